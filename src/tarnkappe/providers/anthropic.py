"""Anthropic's Messages API (`POST {base_url}/messages`, base_url default https://api.anthropic.com/v1).

Headers: `x-api-key` and `anthropic-version: 2023-06-01`. Prompt tokens are counted exactly by
Anthropic's own `POST {base_url}/messages/count_tokens`. The request and answer translation lives
in wire/anthropic.py; this module holds the HTTP calls and the reading of the event stream:

    message_start (id, input tokens) → content_block_start (text | tool_use id/name)
    → content_block_delta (text_delta | input_json_delta)* → content_block_stop
    → message_delta (stop_reason, output tokens) → message_stop

which becomes canonical chunks: the role first, text and tool-call pieces (each call's id and name
first, then its argument pieces), the finish reason, and the usage last on a choice-less chunk —
when the upstream reported any (without it the pipeline's estimate applies). What only Anthropic
has — a server tool's use (its input as input_json_delta pieces) and result blocks, a text block's
citations (citations_delta) — becomes `ChoiceDelta.native` pieces, which the Messages API renders
as the same events and every other dialect ignores.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from tarnkappe.core.capabilities import PROVIDERS
from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.errors import UpstreamError
from tarnkappe.core.types import ChatChunk, ChatRequest, ChatResult, ChoiceDelta, ToolCallDelta
from tarnkappe.providers.base import ProviderContext, RemoteProvider
from tarnkappe.providers.params import adapt_request
from tarnkappe.providers.upstream_http import UpstreamHTTP
from tarnkappe.wire import anthropic as aw
from tarnkappe.wire.convert import now

DEFAULT_BASE_URL = "https://api.anthropic.com/v1"
API_VERSION = "2023-06-01"
# What `messages/count_tokens` takes of a Messages request body.
COUNTED_FIELDS = frozenset({"model", "messages", "system", "tools", "tool_choice", "thinking"})
CAPABILITIES = PROVIDERS["anthropic"]  # what it honours, drops and refuses (core/capabilities.py)


class AnthropicStream:
    """Turns Anthropic's stream events into canonical chunks, one event at a time."""

    def __init__(self, model: str, *, json: bool) -> None:
        self.model = model
        self.json = json
        self.id = ""
        self.created = now()
        self.usage: dict[str, Any] = {}
        self.blocks: dict[int, int | None] = {}  # Anthropic block index → tool-call index (None: text)
        self.native: set[int] = set()  # Anthropic block indexes of server tool blocks
        self.last: str | None = None  # the type of the block that started last
        self.thinking: dict[int, int] = {}  # Anthropic block index → thinking block number
        self.tool_calls = 0
        self.finished = False

    def _chunk(self, delta: ChoiceDelta) -> ChatChunk:
        return ChatChunk(id=self.id, created=self.created, model=self.model, choices=[delta])

    def feed(self, event: dict[str, Any]) -> list[ChatChunk]:
        kind = event.get("type")
        if kind == "message_start":
            message = event["message"]
            self.id = str(message.get("id") or "")
            self.usage.update(message.get("usage") or {})
            return [self._chunk(ChoiceDelta(index=0, role="assistant", content=""))]
        if kind == "content_block_start":
            return self._block_start(int(event["index"]), event["content_block"])
        if kind == "content_block_delta":
            return self._block_delta(int(event["index"]), event["delta"])
        if kind == "message_delta":
            self.usage.update({k: v for k, v in (event.get("usage") or {}).items() if v is not None})
            reason = aw.finish_reason((event.get("delta") or {}).get("stop_reason"), json=self.json)
            return [self._chunk(ChoiceDelta(index=0, finish_reason=reason))] if reason else []
        if kind == "message_stop":
            self.finished = True
            usage = aw.usage_from_wire(self.usage)
            if usage is None:
                return []  # no usage received, none attached: the pipeline estimates the request
            return [ChatChunk(id=self.id, created=self.created, model=self.model, choices=[], usage=usage)]
        return []  # ping, content_block_stop, and event types added later

    def _block_start(self, index: int, block: dict[str, Any]) -> list[ChatChunk]:
        previous, self.last = self.last, block.get("type")
        if block.get("type") in aw.SERVER_BLOCKS:
            self.native.add(index)
            return [self._chunk(ChoiceDelta(index=0, native={"start": block}))]
        if block.get("type") == "text" and previous == "text":
            # A text block right after another (Anthropic starts one where citations begin or end):
            # said, so that the client gets the blocks apart.
            self.blocks[index] = None
            chunks = [self._chunk(ChoiceDelta(index=0, native={"text": True}))]
            if block.get("text"):
                chunks.append(self._chunk(ChoiceDelta(index=0, content=block["text"])))
            return chunks
        if block.get("type") in aw.THINKING_BLOCKS:
            number = self.thinking[index] = len(self.thinking)
            started = {"index": number, **{k: v for k, v in block.items() if v != ""}}
            return [self._chunk(ChoiceDelta(index=0, thinking=started))]
        if block.get("type") == "text":
            self.blocks[index] = None
            text = block.get("text") or ""
            return [self._chunk(ChoiceDelta(index=0, content=text))] if text else []
        if block.get("type") == "tool_use" and not (self.json and block.get("name") == aw.JSON_TOOL):
            call = self.tool_calls
            self.tool_calls += 1
            self.blocks[index] = call
            delta = ToolCallDelta(index=call, id=block["id"], type="function", name=block["name"], arguments="")
            return [self._chunk(ChoiceDelta(index=0, tool_calls=[delta]))]
        if block.get("type") == "tool_use":
            self.blocks[index] = None  # the JSON answer: its input pieces are the message text
        return []

    def _block_delta(self, index: int, delta: dict[str, Any]) -> list[ChatChunk]:
        if index in self.thinking:
            kind = delta.get("type")
            key = {"thinking_delta": "thinking", "signature_delta": "signature"}.get(kind or "")
            if key is None:
                return []
            return [self._chunk(ChoiceDelta(index=0, thinking={"index": self.thinking[index], key: delta[key]}))]
        kind = delta.get("type")
        if index in self.native:
            if kind == "input_json_delta":  # a server tool's input
                return [self._chunk(ChoiceDelta(index=0, native={"input": delta["partial_json"]}))]
            return []
        if index not in self.blocks:
            return []  # a thinking block, or one we do not pass on
        call = self.blocks[index]
        if kind == "citations_delta" and call is None:
            return [self._chunk(ChoiceDelta(index=0, native={"citation": delta["citation"]}))]
        if kind == "text_delta":
            return [self._chunk(ChoiceDelta(index=0, content=delta["text"]))]
        if kind == "input_json_delta":
            if call is None:
                return [self._chunk(ChoiceDelta(index=0, content=delta["partial_json"]))]
            piece = ToolCallDelta(index=call, arguments=delta["partial_json"])
            return [self._chunk(ChoiceDelta(index=0, tool_calls=[piece]))]
        return []


class AnthropicProvider(RemoteProvider):
    """Chat against Anthropic's Messages API."""

    def __init__(self, entry: ModelEntry, context: ProviderContext) -> None:
        self.entry = entry
        self._http = UpstreamHTTP(entry, context)
        self._url = (entry.base_url or DEFAULT_BASE_URL).rstrip("/") + "/messages"
        self._count_url = self._url + "/count_tokens"
        self._headers = {
            "Content-Type": "application/json",
            "Accept": "application/json",
            "anthropic-version": API_VERSION,
        }
        if entry.api_key:
            self._headers["x-api-key"] = entry.api_key

    def _body(self, request: ChatRequest, *, stream: bool) -> dict[str, Any]:
        adapted = adapt_request(request, CAPABILITIES, self.entry.drop_params)
        max_tokens = self.entry.max_output_tokens or aw.DEFAULT_MAX_TOKENS
        body = aw.request_to_wire(adapted, self.entry.wire_model, max_tokens=max_tokens, stream=stream)
        if request.container is not None:  # the code-execution container to reuse (Messages API only)
            body["container"] = request.container
        return body

    async def complete(self, request: ChatRequest) -> ChatResult:
        body = self._body(request, stream=False)
        raw = await self._http.post_json(self._url, body, self._headers)
        try:
            return aw.result_from_wire(raw, request.model, json=aw.json_mode(request), created=now())
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise self._http.shape_error(exc) from None

    async def count_tokens(self, request: ChatRequest) -> int:
        """The prompt's tokens as Anthropic counts them: the body a chat would send, without what
        the count endpoint does not take (sampling, limits, metadata)."""
        body = {k: v for k, v in self._body(request, stream=False).items() if k in COUNTED_FIELDS}
        raw = await self._http.post_json(self._count_url, body, self._headers)
        tokens = raw.get("input_tokens") if isinstance(raw, dict) else None
        if not isinstance(tokens, int) or isinstance(tokens, bool) or tokens < 0:
            raise UpstreamError("anthropic answered a token count without input_tokens")
        return tokens

    def stream(self, request: ChatRequest) -> AsyncIterator[ChatChunk]:
        body = self._body(request, stream=True)
        return self._stream(body, AnthropicStream(request.model, json=aw.json_mode(request)))

    async def _stream(self, body: dict[str, Any], state: AnthropicStream) -> AsyncIterator[ChatChunk]:
        async for event in self._http.post_sse(self._url, body, self._headers):
            payload = self._http.event_json(event)
            try:
                chunks = state.feed(payload)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise self._http.shape_error(exc, "sent a stream event") from None
            for chunk in chunks:
                yield chunk
            if state.finished:
                return
        raise UpstreamError("anthropic closed the stream before it was complete")
