"""Perplexity's Sonar API (api.perplexity.ai): OpenAI-shaped chat with web search.

What Perplexity adds — `citations` (URLs) and `search_results` (title, url, date) — is passed
through to the client unchanged, on the completion and on the stream chunk where it arrives.
What it lacks: tools, several choices, seed, stop, logit_bias, logprobs (see docs/providers.md).

Perplexity reports usage on its stream chunks without being asked (and rejects nothing it does not
know, but we do not rely on it), possibly more than once; the reader keeps the latest report and
sends it once, last, on a chunk of its own, as every canonical stream does.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from tarnkappe.core.types import ChatChunk, ChatRequest, Usage
from tarnkappe.providers.openai_compat import OpenAICompatibleProvider


class PerplexityProvider(OpenAICompatibleProvider):
    DEFAULT_BASE_URL = "https://api.perplexity.ai"
    DONE_OPTIONAL = True  # Perplexity's stream may end after the finishing chunk without [DONE]
    relays_openai = False  # its usage rides on every chunk and its stream may end without [DONE]

    def _chat_body(self, request: ChatRequest, *, stream: bool) -> dict[str, Any]:
        body = super()._chat_body(request, stream=stream)
        body.pop("stream_options", None)
        return body

    async def _stream_chunks(self, body: dict[str, Any], model: str) -> AsyncIterator[list[ChatChunk]]:
        usage: Usage | None = None
        last: ChatChunk | None = None
        async for batch in super()._stream_chunks(body, model):
            kept = []
            for chunk in batch:
                if chunk.usage is not None:
                    usage = chunk.usage
                last = chunk
                if chunk.choices or chunk.extras:
                    chunk.usage = None
                    kept.append(chunk)
            if kept:
                yield kept
        if usage is not None and last is not None:
            yield [ChatChunk(id=last.id, created=last.created, model=model, choices=[], usage=usage,
                             system_fingerprint=last.system_fingerprint)]
