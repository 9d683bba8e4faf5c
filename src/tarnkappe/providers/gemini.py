"""Google Gemini, in its two forms:

- Google AI (`base_url` default https://generativelanguage.googleapis.com/v1beta), key in the
  `x-goog-api-key` header: `{base}/models/{model}:generateContent`, `:streamGenerateContent?alt=sse`,
  `:batchEmbedContents`.
- Vertex AI, chosen by setting `project` and `location` on the catalog entry: the regional endpoint
  `https://{location}-aiplatform.googleapis.com/v1/projects/{project}/locations/{location}/publishers/google/models/{model}:…`
  with `Authorization: Bearer <access token>` (the entry's api_key), and `:predict` for embeddings.
  The region is part of the URL, which is what keeps an EU deployment in the EU.

The body translation lives in wire/gemini.py. A Gemini stream is a sequence of partial
GenerateContentResponse objects, each possibly with usage so far, ended by the end of the body.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

from tarnkappe.core.capabilities import PROVIDERS
from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.errors import InvalidRequest, UpstreamError
from tarnkappe.core.types import (
    ChatChunk,
    ChatRequest,
    ChatResult,
    ChoiceDelta,
    EmbeddingRequest,
    EmbeddingResult,
    ToolCallDelta,
    Usage,
)
from tarnkappe.providers.base import ProviderContext, RemoteProvider
from tarnkappe.providers.params import adapt_request
from tarnkappe.providers.upstream_http import UpstreamHTTP
from tarnkappe.wire import gemini as gw
from tarnkappe.wire.convert import now

GOOGLE_AI_BASE_URL = "https://generativelanguage.googleapis.com/v1beta"
CAPABILITIES = PROVIDERS["gemini"]  # what it honours, drops and refuses (core/capabilities.py)
_SHAPE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


def vertex_base_url(location: str) -> str:
    host = "aiplatform.googleapis.com" if location == "global" else f"{location}-aiplatform.googleapis.com"
    return f"https://{host}/v1"


class GeminiStream:
    """Turns partial GenerateContentResponse objects into canonical chunks (a StreamParser of
    upstream_http's): complete when the body ends after every candidate has finished."""

    def __init__(self, model: str) -> None:
        self.model = model
        self.id = ""
        self.created = now()
        self.started: set[int] = set()  # candidates whose role chunk was sent
        self.calls: dict[int, int] = {}  # candidate → tool calls so far
        self.finished: set[int] = set()  # candidates that sent their finish reason
        self.usage: Usage | None = None
        self.complete = False

    def feed(self, raw: dict[str, Any]) -> list[ChatChunk]:
        self.id = self.id or str(raw.get("responseId") or "")
        self.usage = gw.usage_from_wire(raw.get("usageMetadata")) or self.usage
        deltas: list[ChoiceDelta] = []
        if gw.blocked(raw):
            deltas.append(ChoiceDelta(index=0, role="assistant", content="", finish_reason="content_filter"))
            self.finished.add(0)
        for position, candidate in enumerate(raw.get("candidates") or []):
            index = int(candidate.get("index", position))
            if index not in self.started:
                self.started.add(index)
                deltas.append(ChoiceDelta(index=index, role="assistant", content=""))
            text, calls = gw.candidate_parts(candidate)
            if text:
                deltas.append(ChoiceDelta(index=index, content=text))
            for call in calls:
                number = self.calls.get(index, 0)
                self.calls[index] = number + 1
                # A Gemini call arrives whole; it is still sent as OpenAI does: id and name first,
                # then the arguments, so clients assembling deltas need no special case.
                first = ToolCallDelta(index=number, id=call.id, type="function", name=call.name, arguments="")
                deltas.append(ChoiceDelta(index=index, tool_calls=[first]))
                piece = ToolCallDelta(index=number, arguments=call.arguments)
                deltas.append(ChoiceDelta(index=index, tool_calls=[piece]))
            reason = gw.finish_reason(candidate.get("finishReason"), has_calls=index in self.calls)
            if reason:
                self.finished.add(index)
                deltas.append(ChoiceDelta(index=index, finish_reason=reason))
        return [ChatChunk(id=self.id, created=self.created, model=self.model, choices=[d]) for d in deltas]

    def end(self) -> list[ChatChunk]:
        """The body ended: the usage, last, if every candidate had finished."""
        if not self.finished or not self.started <= self.finished:
            raise UpstreamError("gemini closed the stream before it was complete")
        self.complete = True
        usage = self.usage or Usage(prompt_tokens=0, estimated=True)
        return [ChatChunk(id=self.id, created=self.created, model=self.model, choices=[], usage=usage)]


class GeminiProvider(RemoteProvider):
    """Chat and embeddings against Gemini on Google AI or Vertex AI."""

    def __init__(self, entry: ModelEntry, context: ProviderContext) -> None:
        self.entry = entry
        self._http = UpstreamHTTP(entry, context)
        self._headers = {"Content-Type": "application/json", "Accept": "application/json"}
        model = quote(entry.wire_model, safe="")
        self.vertex = entry.project is not None
        if self.vertex:
            if not entry.location:
                raise ValueError(f"model {entry.name!r}: a Vertex AI entry (project set) needs a location")
            base = (entry.base_url or vertex_base_url(entry.location)).rstrip("/")
            self._model_url = (
                f"{base}/projects/{quote(entry.project or '', safe='')}/locations/{quote(entry.location, safe='')}"
                f"/publishers/google/models/{model}"
            )
            if entry.api_key:
                self._headers["Authorization"] = f"Bearer {entry.api_key}"
        else:
            self._model_url = f"{(entry.base_url or GOOGLE_AI_BASE_URL).rstrip('/')}/models/{model}"
            if entry.api_key:
                self._headers["x-goog-api-key"] = entry.api_key

    def _body(self, request: ChatRequest) -> dict[str, Any]:
        adapted = adapt_request(request, CAPABILITIES, self.entry.drop_params)
        return gw.request_to_wire(adapted)

    async def complete(self, request: ChatRequest) -> ChatResult:
        raw = await self._http.post_json(self._model_url + ":generateContent", self._body(request), self._headers)
        try:
            return gw.result_from_wire(raw, request.model, created=now())
        except _SHAPE_ERRORS as exc:
            raise self._http.shape_error(exc) from None

    def stream(self, request: ChatRequest) -> AsyncIterator[list[ChatChunk]]:
        url = self._model_url + ":streamGenerateContent?alt=sse"
        return self._http.post_chunks(url, self._body(request), self._headers, GeminiStream(request.model))

    # ------------------------------------------------------------------ embeddings

    async def embed(self, request: EmbeddingRequest) -> EmbeddingResult:
        if request.is_tokens:
            raise InvalidRequest("gemini embedding models take text, not token arrays.", param="input")
        texts: list[str] = request.inputs  # type: ignore[assignment]
        try:
            if self.vertex:
                return await self._embed_vertex(texts, request)
            return await self._embed_google_ai(texts, request)
        except _SHAPE_ERRORS as exc:
            raise self._http.shape_error(exc) from None

    async def _embed_google_ai(self, texts: list[str], request: EmbeddingRequest) -> EmbeddingResult:
        import numpy as np  # loaded at start-up when the catalog has an embedding model (app.py)

        model = "models/" + self.entry.wire_model
        extra = {"outputDimensionality": request.dimensions} if request.dimensions else {}
        body = {"requests": [{"model": model, "content": {"parts": [{"text": t}]}, **extra} for t in texts]}
        raw = await self._http.post_json(self._model_url + ":batchEmbedContents", body, self._headers)
        vectors = np.asarray([e["values"] for e in raw["embeddings"]], dtype=np.float32)
        # Google AI reports no token count for embeddings: estimate (4 characters a token), marked so.
        usage = Usage(prompt_tokens=sum(max(1, len(t) // 4) for t in texts), estimated=True)
        return EmbeddingResult(model=request.model, vectors=vectors, usage=usage)

    async def _embed_vertex(self, texts: list[str], request: EmbeddingRequest) -> EmbeddingResult:
        import numpy as np  # loaded at start-up when the catalog has an embedding model (app.py)

        body: dict[str, Any] = {"instances": [{"content": t} for t in texts]}
        if request.dimensions:
            body["parameters"] = {"outputDimensionality": request.dimensions}
        raw = await self._http.post_json(self._model_url + ":predict", body, self._headers)
        predictions = raw["predictions"]
        vectors = np.asarray([p["embeddings"]["values"] for p in predictions], dtype=np.float32)
        tokens = sum(int((p["embeddings"].get("statistics") or {}).get("token_count") or 0) for p in predictions)
        return EmbeddingResult(model=request.model, vectors=vectors, usage=Usage(prompt_tokens=tokens))
