"""Any upstream that speaks OpenAI's chat and embeddings API: OpenAI itself, Perplexity, vLLM,
Ollama, a llama.cpp server.

Connections are pooled in the gateway's one aiohttp session. Non-streamed calls are bounded by the
entry's `timeout` as a whole; streamed calls by the same number as the longest silence between two
reads, so that a long answer that keeps flowing is never cut.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from typing import Any

import aiohttp
import orjson

from tarnkappe.config import ModelEntry
from tarnkappe.gateway.errors import (
    GatewayError,
    UpstreamError,
    UpstreamRateLimited,
    UpstreamRejected,
    UpstreamTimeout,
)
from tarnkappe.gateway.types import ChatChunk, ChatRequest, ChatResult, EmbeddingRequest, EmbeddingResult
from tarnkappe.providers.base import ProviderContext
from tarnkappe.providers.sse import iter_sse
from tarnkappe.wire import openai as wire


def upstream_status_error(status: int, body: bytes, headers: Mapping[str, str], provider: str) -> GatewayError:
    """Map an upstream's HTTP error to ours.

    The upstream's 400-class complaints about the request itself are the client's to fix and keep
    their message; a 401/403/404 from the upstream means the gateway's own credentials or catalog
    are wrong, which the client cannot fix: that is a 502, and the upstream's text is not shown.
    """
    message = _error_message(body)
    if status in (400, 413, 422):
        return UpstreamRejected(f"{provider} rejected the request: {message}" if message else f"{provider} rejected the request")
    if status == 429:
        retry_after = _retry_after(headers)
        return UpstreamRateLimited(f"{provider} is rate limiting the gateway; retry later", retry_after=retry_after)
    if status in (401, 403):
        return UpstreamError(f"{provider} refused the gateway's credentials (HTTP {status}); tell the operator")
    if status == 404:
        return UpstreamError(f"{provider} does not know the configured upstream model (HTTP 404); tell the operator")
    if status in (408, 504):
        return UpstreamTimeout(f"{provider} timed out (HTTP {status})")
    return UpstreamError(f"{provider} failed with HTTP {status}")


def _error_message(body: bytes) -> str | None:
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return error["message"][:500]
    if isinstance(error, str):
        return error[:500]
    return None


def _retry_after(headers: Mapping[str, str]) -> float:
    try:
        return max(0.0, float(headers.get("retry-after", "1")))
    except ValueError:
        return 1.0


class OpenAICompatibleProvider:
    """Chat and embeddings against one OpenAI-compatible base URL."""

    def __init__(self, entry: ModelEntry, context: ProviderContext) -> None:
        if not entry.base_url:
            raise ValueError(f"model {entry.name!r}: provider {entry.provider!r} needs a base_url")
        self.entry = entry
        self._context = context
        self._base_url = entry.base_url.rstrip("/")
        self._headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if entry.api_key:
            self._headers["Authorization"] = f"Bearer {entry.api_key}"
        self._timeout = aiohttp.ClientTimeout(total=entry.timeout, connect=entry.connect_timeout)
        self._stream_timeout = aiohttp.ClientTimeout(
            total=None, connect=entry.connect_timeout, sock_read=entry.timeout
        )

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    @property
    def ready(self) -> bool:
        return True

    # ------------------------------------------------------------------ chat

    async def complete(self, request: ChatRequest) -> ChatResult:
        body = wire.request_to_wire(request, self.entry.wire_model, stream=False)
        raw = await self._post_json("/chat/completions", body)
        try:
            return wire.result_from_wire(raw, request.model)
        except (wire.WireFormatError, TypeError, ValueError) as exc:
            raise UpstreamError(f"{self.entry.provider} answered in an unexpected shape: {exc}") from None

    def stream(self, request: ChatRequest) -> AsyncIterator[ChatChunk]:
        body = wire.request_to_wire(request, self.entry.wire_model, stream=True)
        return self._stream_chunks(body, request.model)

    async def _stream_chunks(self, body: dict[str, Any], model: str) -> AsyncIterator[ChatChunk]:
        session = self._context.session()
        url = self._base_url + "/chat/completions"
        try:
            async with session.post(
                url, data=orjson.dumps(body), headers=self._headers, timeout=self._stream_timeout
            ) as response:
                if response.status >= 400:
                    raise upstream_status_error(
                        response.status, await response.read(), response.headers, self.entry.provider
                    )
                finished = False
                async for event in iter_sse(response.content):
                    if event.data == "[DONE]":
                        finished = True
                        break
                    try:
                        payload = orjson.loads(event.data)
                    except orjson.JSONDecodeError:
                        raise UpstreamError(f"{self.entry.provider} sent a stream event that is not JSON") from None
                    if isinstance(payload, dict) and "error" in payload:
                        raise UpstreamError(f"{self.entry.provider} reported an error in the stream")
                    try:
                        for chunk in wire.chunks_from_wire(payload, model):
                            yield chunk
                    except (wire.WireFormatError, TypeError, ValueError) as exc:
                        raise UpstreamError(
                            f"{self.entry.provider} sent a stream chunk in an unexpected shape: {exc}"
                        ) from None
                if not finished:
                    raise UpstreamError(f"{self.entry.provider} closed the stream before it was complete")
        except (asyncio.TimeoutError, aiohttp.ServerTimeoutError):
            raise UpstreamTimeout(f"{self.entry.provider} did not answer within {self.entry.timeout:g} s") from None
        except aiohttp.ClientPayloadError:
            raise UpstreamError(f"{self.entry.provider} closed the stream before it was complete") from None
        except aiohttp.ClientError as exc:
            raise UpstreamError(f"cannot reach {self.entry.provider}: {type(exc).__name__}") from None

    # ------------------------------------------------------------------ embeddings

    async def embed(self, request: EmbeddingRequest) -> EmbeddingResult:
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
        raw = await self._post_json("/embeddings", body)
        try:
            return wire.embedding_result_from_wire(raw, request.model)
        except (wire.WireFormatError, TypeError, ValueError) as exc:
            raise UpstreamError(f"{self.entry.provider} answered in an unexpected shape: {exc}") from None

    # ------------------------------------------------------------------ plumbing

    async def _post_json(self, path: str, body: dict[str, Any]) -> Any:
        session = self._context.session()
        try:
            async with session.post(
                self._base_url + path, data=orjson.dumps(body), headers=self._headers, timeout=self._timeout
            ) as response:
                payload = await response.read()
                if response.status >= 400:
                    raise upstream_status_error(response.status, payload, response.headers, self.entry.provider)
        except (asyncio.TimeoutError, aiohttp.ServerTimeoutError):
            raise UpstreamTimeout(f"{self.entry.provider} did not answer within {self.entry.timeout:g} s") from None
        except aiohttp.ClientError as exc:
            raise UpstreamError(f"cannot reach {self.entry.provider}: {type(exc).__name__}") from None
        try:
            return orjson.loads(payload)
        except orjson.JSONDecodeError:
            raise UpstreamError(f"{self.entry.provider} answered with something that is not JSON") from None
