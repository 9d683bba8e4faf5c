"""Anthropic's Messages API (`POST {base_url}/messages`, base_url default https://api.anthropic.com/v1).

Headers: `x-api-key` and `anthropic-version: 2023-06-01`, and `anthropic-beta` with the betas a
Messages API client asked for (`ChatRequest.anthropic_beta`, but `WITHHELD_BETAS`). Prompt tokens are counted exactly by
Anthropic's own `POST {base_url}/messages/count_tokens`. The request and answer translation lives
in wire/anthropic.py; this module holds the HTTP calls and the reading of the event stream:

    message_start (id, input tokens) → content_block_start (text | tool_use id/name)
    → content_block_delta (text_delta | input_json_delta)* → content_block_stop
    → message_delta (stop_reason, output tokens) → message_stop

which becomes canonical chunks: the role first, text and tool-call pieces (each call's id and name
first, then its argument pieces), the finish reason, and the usage last on a choice-less chunk —
when the upstream reported any (without it the pipeline's estimate applies). What only Anthropic
has — a server tool's use (its input as input_json_delta pieces) and result blocks, a text block's
citations (citations_delta), the code-execution container the answer used (message_start's or
message_delta's `container`) — becomes `ChoiceDelta.native` pieces, which the Messages API renders
as the same events and every other dialect ignores.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Mapping
from typing import Any

from tarnkappe.core.capabilities import PROVIDERS
from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.errors import GatewayError, UpstreamError, UpstreamRejected
from tarnkappe.core.types import ChatChunk, ChatRequest, ChatResult, ChoiceDelta, ToolCallDelta
from tarnkappe.providers.base import ProviderContext, RemoteProvider
from tarnkappe.providers.params import adapt_request
from tarnkappe.providers.upstream_http import UpstreamHTTP, upstream_status_error
from tarnkappe.wire import anthropic as aw
from tarnkappe.wire.convert import now

DEFAULT_BASE_URL = "https://api.anthropic.com/v1"
API_VERSION = "2023-06-01"
# What `messages/count_tokens` takes of a Messages request body.
COUNTED_FIELDS = frozenset({"model", "messages", "system", "tools", "tool_choice", "thinking"})
CAPABILITIES = PROVIDERS["anthropic"]  # what it honours, drops and refuses (core/capabilities.py)
# Betas of the client's `anthropic-beta` header that are not passed on (ignored, not refused):
# 1M-token context is billed above 200K prompt tokens at a premium the ledger does not price (sent,
# a budget would be undercounted; without it Anthropic refuses such prompts as too long), and OAuth
# is about the client's own Anthropic credentials, which the gateway replaces with its key.
WITHHELD_BETAS = ("context-1m-", "oauth-")
MAX_UNKNOWN_BETAS = 64
# Anthropic's refusal of betas it does not know (a 400): "Unexpected value(s) `a`, `b` for the
# `anthropic-beta` header. Please consult our documentation…".
_UNEXPECTED_BETAS = re.compile(r"Unexpected value\(s\) (.+?) for the `anthropic-beta` header")
log = logging.getLogger("tarnkappe.upstream")


class BetasRefused(UpstreamRejected):
    """Anthropic refused `betas` of the `anthropic-beta` header (none named: it did not say which)."""

    def __init__(self, message: str, betas: frozenset[str]) -> None:
        super().__init__(message)
        self.betas = betas


def _status_error(status: int, body: bytes, headers: Mapping[str, str], provider: str) -> GatewayError:
    """An HTTP error of Anthropic's as the gateway's (`upstream_status_error`); a refusal of betas
    as `BetasRefused`, so that the request goes again without them."""
    error = upstream_status_error(status, body, headers, provider)
    found = _UNEXPECTED_BETAS.search(error.message) if status == 400 else None
    if found is None:
        return error
    return BetasRefused(error.message, frozenset(re.findall(r"`([^`]+)`", found.group(1))))


class AnthropicStream:
    """Turns Anthropic's stream events into canonical chunks, one event at a time (a StreamParser
    of upstream_http's): complete at `message_stop`."""

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
        self.complete = False

    def _chunk(self, delta: ChoiceDelta) -> ChatChunk:
        return ChatChunk(id=self.id, created=self.created, model=self.model, choices=[delta])

    def feed(self, event: dict[str, Any]) -> list[ChatChunk]:
        kind = event.get("type")
        if kind == "message_start":
            message = event["message"]
            self.id = str(message.get("id") or "")
            self.usage.update(message.get("usage") or {})
            container = aw.container_from_wire(message.get("container"))
            native = {"container": container} if container else None
            return [self._chunk(ChoiceDelta(index=0, role="assistant", content="", native=native))]
        if kind == "content_block_start":
            return self._block_start(int(event["index"]), event["content_block"])
        if kind == "content_block_delta":
            return self._block_delta(int(event["index"]), event["delta"])
        if kind == "message_delta":
            self.usage.update({k: v for k, v in (event.get("usage") or {}).items() if v is not None})
            delta = event.get("delta") or {}
            reason = aw.finish_reason(delta.get("stop_reason"), json=self.json)
            container = aw.container_from_wire(delta.get("container"))
            native = {"container": container} if container else None
            return [self._chunk(ChoiceDelta(index=0, finish_reason=reason, native=native))] if reason or native else []
        if kind == "message_stop":
            self.complete = True
            usage = aw.usage_from_wire(self.usage)
            if usage is None:
                return []  # no usage received, none attached: the pipeline estimates the request
            return [ChatChunk(id=self.id, created=self.created, model=self.model, choices=[], usage=usage)]
        return []  # ping, content_block_stop, and event types added later

    def end(self) -> list[ChatChunk]:
        return []  # a body that ends before message_stop: the answer is not complete

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
        self._http = UpstreamHTTP(entry, context, on_status=_status_error)
        self._unknown_betas: frozenset[str] = frozenset()  # betas Anthropic refused, no longer sent
        self._url = (entry.base_url or DEFAULT_BASE_URL).rstrip("/") + "/messages"
        self._count_url = self._url + "/count_tokens"
        self._headers = {
            "Content-Type": "application/json",
            "Accept": "application/json",
            "anthropic-version": API_VERSION,
        }
        if entry.api_key:
            self._headers["x-api-key"] = entry.api_key

    def _headers_for(self, request: ChatRequest, refused: BetasRefused | None = None) -> dict[str, str]:
        """The headers, with the client's `anthropic-beta` values (Messages API) that Anthropic
        may be asked for: all but those withheld (`WITHHELD_BETAS`) and those it refused before;
        after a refusal (`refused`), without the betas it named (without any, if it named none)."""
        if refused is not None and not refused.betas:
            return self._headers
        skip = self._unknown_betas | (refused.betas if refused is not None else frozenset())
        betas = [beta for beta in request.anthropic_beta or () if not beta.startswith(WITHHELD_BETAS)
                 and beta not in skip]
        return {**self._headers, "anthropic-beta": ",".join(betas)} if betas else self._headers

    def _forget(self, refused: BetasRefused, headers: dict[str, str]) -> None:
        """Anthropic refused betas of a request (400: `Unexpected value(s)` of the header): they are
        ignored from now on, as betas the gateway cannot honour are (issue 16), and the request is
        sent again without them. A refusal of a request that had none is the client's to see."""
        if "anthropic-beta" not in headers:
            raise refused
        new = refused.betas - self._unknown_betas
        if new and len(self._unknown_betas) < MAX_UNKNOWN_BETAS:  # bounded: clients choose the names
            self._unknown_betas |= new
            log.info("anthropic refused the betas %s of %s; they are no longer sent",
                     ", ".join(sorted(new)), self.entry.name)

    async def _post(self, url: str, body: dict[str, Any], request: ChatRequest) -> Any:
        headers = self._headers_for(request)
        try:
            return await self._http.post_json(url, body, headers)
        except BetasRefused as refused:
            self._forget(refused, headers)
            return await self._http.post_json(url, body, self._headers_for(request, refused))

    def _body(self, request: ChatRequest, *, stream: bool) -> dict[str, Any]:
        adapted = adapt_request(request, CAPABILITIES, self.entry.drop_params)
        max_tokens = self.entry.max_output_tokens or aw.DEFAULT_MAX_TOKENS
        body = aw.request_to_wire(adapted, self.entry.wire_model, max_tokens=max_tokens, stream=stream)
        if request.container is not None:  # the code-execution container to reuse (Messages API only)
            body["container"] = request.container
        return body

    async def complete(self, request: ChatRequest) -> ChatResult:
        body = self._body(request, stream=False)
        raw = await self._post(self._url, body, request)
        try:
            return aw.result_from_wire(raw, request.model, json=aw.json_mode(request), created=now())
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise self._http.shape_error(exc) from None

    async def count_tokens(self, request: ChatRequest) -> int:
        """The prompt's tokens as Anthropic counts them: the body a chat would send, without what
        the count endpoint does not take (sampling, limits, metadata)."""
        body = {k: v for k, v in self._body(request, stream=False).items() if k in COUNTED_FIELDS}
        raw = await self._post(self._count_url, body, request)
        tokens = raw.get("input_tokens") if isinstance(raw, dict) else None
        if not isinstance(tokens, int) or isinstance(tokens, bool) or tokens < 0:
            raise UpstreamError("anthropic answered a token count without input_tokens")
        return tokens

    def stream(self, request: ChatRequest) -> AsyncIterator[list[ChatChunk]]:
        body = self._body(request, stream=True)
        return self._stream(body, request, AnthropicStream(request.model, json=aw.json_mode(request)))

    async def _stream(self, body: dict[str, Any], request: ChatRequest,
                      state: AnthropicStream) -> AsyncIterator[list[ChatChunk]]:
        headers = self._headers_for(request)
        batches = self._http.post_chunks(self._url, body, headers, state)
        first: list[ChatChunk] | None = None
        try:
            first = await anext(batches)  # an HTTP error status comes before the first event
        except BetasRefused as refused:
            self._forget(refused, headers)
            batches = self._http.post_chunks(self._url, body, self._headers_for(request, refused), state)
        except StopAsyncIteration:
            return
        if first is not None:
            yield first
        async for batch in batches:
            yield batch
