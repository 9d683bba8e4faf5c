"""Any upstream that speaks OpenAI's chat and embeddings API: OpenAI itself, vLLM, Ollama, a
llama.cpp server; and, through small subclasses, Azure OpenAI, Mistral and Perplexity.

The subclasses change only what differs: the URL (`_url`), the headers, the request bodies
(`_chat_body`, `_embedding_body`) and how one stream event is read (`_chunks`). Which parameters
each upstream cannot honour is declared in core/capabilities.py. The HTTP plumbing and timeouts
live in upstream_http.

Streams are read two ways: into canonical chunks (`stream`), which every dialect and the
restoring of an anonymized answer can use, or relayed (`relay`) to a client of the OpenAI dialect as
the upstream's own events with the few changes wire/openai_relay.py makes. The relay is for upstreams
whose events need no reading of their own: a subclass that reads events its own way says so with
`relays_openai = False`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from tarnkappe.core.capabilities import PROVIDERS
from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.errors import GatewayError, UpstreamError
from tarnkappe.core.types import ChatChunk, ChatRequest, ChatResult, EmbeddingRequest, EmbeddingResult
from tarnkappe.providers.base import ProviderContext, RemoteProvider
from tarnkappe.providers.params import adapt_request
from tarnkappe.providers.sse_decoder import SSEDataReader
from tarnkappe.providers.upstream_http import StatusMapper, UpstreamHTTP, upstream_status_error
from tarnkappe.wire import openai as wire
from tarnkappe.wire.openai_relay import ChunkRelay, RelayedEvents

__all__ = ["OpenAICompatibleProvider", "upstream_status_error"]

_SHAPE_ERRORS = (wire.WireFormatError, TypeError, ValueError, AttributeError)


class OpenAICompatibleProvider(RemoteProvider):
    """Chat and embeddings against one OpenAI-compatible base URL."""

    # Whether a stream that ends without `data: [DONE]` but after a finish_reason is complete.
    DONE_OPTIONAL: bool = False
    STATUS_MAPPER: StatusMapper = staticmethod(upstream_status_error)
    # The upstream's public endpoint, for providers that have one (Mistral, Perplexity).
    DEFAULT_BASE_URL: str | None = None
    # Whether `relay` may forward this upstream's events (not where `_chunks` or the stream's end
    # is read differently: such a subclass sets it False).
    relays_openai: bool = True

    def __init__(self, entry: ModelEntry, context: ProviderContext) -> None:
        base_url = entry.base_url or self.DEFAULT_BASE_URL
        if not base_url:
            raise ValueError(f"model {entry.name!r}: provider {entry.provider!r} needs a base_url")
        self.entry = entry
        self.capabilities = PROVIDERS[entry.provider]  # what it honours, drops and refuses
        self._http = UpstreamHTTP(entry, context, on_status=self.STATUS_MAPPER)
        self._base_url = base_url.rstrip("/")
        self._headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if entry.api_key:
            self._headers["Authorization"] = f"Bearer {entry.api_key}"

    # ------------------------------------------------------------------ hooks for subclasses

    def _url(self, path: str) -> str:
        return self._base_url + path

    def _adapt(self, request: ChatRequest) -> ChatRequest:
        return adapt_request(request, self.capabilities, self.entry.drop_params)

    def _chat_body(self, request: ChatRequest, *, stream: bool) -> dict[str, Any]:
        return wire.request_to_wire(
            self._adapt(request), self.entry.wire_model, stream=stream, token_limit_param=self.entry.token_limit_param
        )

    def _chunks(self, payload: Any, model: str) -> list[ChatChunk]:
        return wire.chunks_from_wire(payload, model)

    def _embedding_body(self, request: EmbeddingRequest) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.entry.wire_model,
            "input": request.inputs,
            # base64 is a quarter of the bytes of a JSON float array and decodes without parsing.
            "encoding_format": "base64",
        }
        if request.dimensions is not None:
            body["dimensions"] = request.dimensions
        if request.user is not None:
            body["user"] = request.user
        return body

    # ------------------------------------------------------------------ chat

    async def complete(self, request: ChatRequest) -> ChatResult:
        body = self._chat_body(request, stream=False)
        raw = await self._http.post_json(self._url("/chat/completions"), body, self._headers)
        try:
            return wire.result_from_wire(raw, request.model)
        except _SHAPE_ERRORS as exc:
            raise self._http.shape_error(exc) from None

    def stream(self, request: ChatRequest) -> AsyncIterator[ChatChunk]:
        body = self._chat_body(request, stream=True)
        return self._stream_chunks(body, request.model)

    async def _stream_chunks(self, body: dict[str, Any], model: str) -> AsyncIterator[ChatChunk]:
        # The events of a network read come as one list of their data (bytes, parsed by orjson as
        # they are): no event object, no decoding and no generator step per event in between.
        finished = saw_finish = False
        reader = _EventData(complete_at_end=self.DONE_OPTIONAL)
        async for events in self._http.post_stream(self._url("/chat/completions"), body, self._headers, reader):
            for data in events:
                if data == b"[DONE]":
                    finished = True
                    break
                payload = self._http.event_json(data)
                try:
                    chunks = self._chunks(payload, model)
                except _SHAPE_ERRORS as exc:
                    raise self._http.shape_error(exc, "sent a stream chunk") from None
                for chunk in chunks:
                    saw_finish = saw_finish or any(d.finish_reason for d in chunk.choices)
                    yield chunk
            if finished:
                break
        if not (finished or (self.DONE_OPTIONAL and saw_finish)):
            raise UpstreamError(f"{self.entry.provider} closed the stream before it was complete")

    def relay(self, request: ChatRequest, *, include_usage: bool) -> AsyncIterator[RelayedEvents]:
        """The stream as the upstream's events, relayed for a client of the OpenAI dialect that
        asked for usage or not (wire/openai_relay.py), a batch per network read. Errors as in
        `stream`: before the first batch raised, after it an exception of the iteration."""
        body = self._chat_body(request, stream=True)
        reader = _RelayReader(ChunkRelay(request.model, include_usage=include_usage, provider=self.entry.provider))
        return self._http.post_stream(self._url("/chat/completions"), body, self._headers, reader)

    # ------------------------------------------------------------------ embeddings

    async def embed(self, request: EmbeddingRequest) -> EmbeddingResult:
        raw = await self._http.post_json(self._url("/embeddings"), self._embedding_body(request), self._headers)
        try:
            return wire.embedding_result_from_wire(raw, request.model)
        except _SHAPE_ERRORS as exc:
            raise self._http.shape_error(exc) from None


class _EventData:
    """An upstream's body (`UpstreamHTTP.post_stream`) → the data of its events, a read at a time.
    It has ended at `data: [DONE]` (what follows is not read); with `complete_at_end`, a body that
    ends without one is left to the provider to judge (a finish reason may be enough)."""

    __slots__ = ("events", "finished", "complete_at_end")
    failure = None  # errors are the provider's to find, event by event

    def __init__(self, *, complete_at_end: bool) -> None:
        self.events = SSEDataReader()
        self.finished = False
        self.complete_at_end = complete_at_end

    def feed(self, piece: bytes) -> list[bytes] | None:
        events = self.events.feed(piece)
        if not events:
            return None
        if b"[DONE]" in events:
            self.finished = True
        return events

    def end(self) -> list[bytes] | None:
        events = self.events.end()
        if b"[DONE]" in events or self.complete_at_end:
            self.finished = True
        return events or None


class _RelayReader:
    """An upstream's body (`UpstreamHTTP.post_stream`) → its events' data → the client's events."""

    __slots__ = ("events", "relay")

    def __init__(self, relay: ChunkRelay) -> None:
        self.events = SSEDataReader()
        self.relay = relay

    @property
    def finished(self) -> bool:
        return self.relay.done

    @property
    def failure(self) -> GatewayError | None:
        return self.relay.failure

    def feed(self, piece: bytes) -> RelayedEvents | None:
        return self.relay.read(self.events.feed(piece))

    def end(self) -> RelayedEvents | None:
        return self.relay.read(self.events.end())
