"""Mistral's chat and embeddings API (api.mistral.ai/v1, or a self-deployed endpoint).

OpenAI-shaped, with three differences that matter: the seed is called `random_seed`; `safe_prompt`
asks Mistral to prepend its guardrail system prompt; and unknown fields are a 422, so what Mistral
lacks (logit_bias, user, stream_options) must not be sent at all. Mistral always puts the usage on
its last stream chunk; the shared chunk reader moves it onto a chunk of its own.
"""

from __future__ import annotations

from typing import Any

from tarnkappe.core.errors import UpstreamError
from tarnkappe.core.types import ChatChunk, ChatRequest, ChatResult, EmbeddingRequest
from tarnkappe.providers.openai_compat import OpenAICompatibleProvider
from tarnkappe.wire import openai as wire


def _finish_reason(reason: str | None) -> str | None:
    """Mistral's own finish reasons: `model_length` is OpenAI's `length`; `error` means the
    generation failed, which must not reach the client as a normal end."""
    if reason == "error":
        raise UpstreamError("mistral reported an error while generating the answer")
    return "length" if reason == "model_length" else reason


class MistralProvider(OpenAICompatibleProvider):
    DEFAULT_BASE_URL = "https://api.mistral.ai/v1"
    relays_openai = False  # its finish reasons and tool-call indexes are read its own way (_chunks)

    def _chat_body(self, request: ChatRequest, *, stream: bool) -> dict[str, Any]:
        body = super()._chat_body(request, stream=stream)
        body.pop("stream_options", None)
        if "seed" in body:
            body["random_seed"] = body.pop("seed")
        if request.safe_prompt is not None and "safe_prompt" not in self.entry.drop_params:
            body["safe_prompt"] = request.safe_prompt
        for message in body["messages"]:
            if message["role"] != "tool":
                message.pop("name", None)  # only Mistral's tool messages have a name field
        return body

    def _chunks(self, payload: Any, model: str) -> list[ChatChunk]:
        # Mistral sends each tool call whole, all calls of a turn in one delta, and its SDK types
        # mark `index` optional. Position in that one list is then the call's index; it is only
        # filled in where missing, never overriding what Mistral sent.
        for choice in payload.get("choices") or [] if isinstance(payload, dict) else []:
            calls = (choice.get("delta") or {}).get("tool_calls") if isinstance(choice, dict) else None
            for position, call in enumerate(calls or []):
                if isinstance(call, dict) and call.get("index") is None:
                    call["index"] = position
        chunks = wire.chunks_from_wire(payload, model)
        for chunk in chunks:
            for delta in chunk.choices:
                delta.finish_reason = _finish_reason(delta.finish_reason)
        return chunks

    async def complete(self, request: ChatRequest) -> ChatResult:
        result = await super().complete(request)
        for choice in result.choices:
            choice.finish_reason = _finish_reason(choice.finish_reason)
        return result

    def _embedding_body(self, request: EmbeddingRequest) -> dict[str, Any]:
        body: dict[str, Any] = {"model": self.entry.wire_model, "input": request.inputs, "encoding_format": "base64"}
        if request.dimensions is not None:
            body["output_dimension"] = request.dimensions
        return body
