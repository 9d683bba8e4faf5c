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

from collections.abc import AsyncIterator, Callable
from typing import Any

from tarnkappe.core.capabilities import PROVIDERS
from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.errors import GatewayError
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

    def stream(self, request: ChatRequest) -> AsyncIterator[list[ChatChunk]]:
        body = self._chat_body(request, stream=True)
        return self._stream_chunks(body, request.model)

    def _stream_chunks(self, body: dict[str, Any], model: str) -> AsyncIterator[list[ChatChunk]]:
        # The events of a network read come as one list of their data (bytes, parsed by orjson as
        # they are) and leave as one list of chunks: no event object, no decoding and no
        # generator step per event or chunk in between.
        parser = _ChunkParser(self._chunks, model, complete_at_finish=self.DONE_OPTIONAL)
        return self._http.post_chunks(self._url("/chat/completions"), body, self._headers, parser,
                                      done=b"[DONE]", what="sent a stream chunk")

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


class _ChunkParser:
    """The events of an OpenAI-shaped stream → canonical chunks, through the provider's `_chunks`
    (upstream_http.StreamParser). The answer is complete at `data: [DONE]` (the reader's `done`)
    or, with `complete_at_finish`, at the end of a body that sent a finish reason."""

    __slots__ = ("read", "model", "complete_at_finish", "saw_finish", "complete")

    def __init__(self, read: Callable[[Any, str], list[ChatChunk]], model: str, *, complete_at_finish: bool) -> None:
        self.read = read
        self.model = model
        self.complete_at_finish = complete_at_finish
        self.saw_finish = False
        self.complete = False

    def feed(self, payload: Any) -> list[ChatChunk]:
        chunks = self.read(payload, self.model)
        if self.complete_at_finish and not self.saw_finish:
            self.saw_finish = any(delta.finish_reason for chunk in chunks for delta in chunk.choices)
        return chunks

    def end(self) -> list[ChatChunk]:
        self.complete = self.complete_at_finish and self.saw_finish
        return []


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
