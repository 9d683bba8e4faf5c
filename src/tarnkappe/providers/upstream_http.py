"""The HTTP calls every remote provider makes, whatever its wire format: a JSON POST, or a POST
whose answer is a stream of Server-Sent Events; with one mapping of transport failures and HTTP
statuses to the gateway's errors.

Connections are pooled in the gateway's lean client (providers/upstream_client.py), or, for a URL it
does not take and when tracing is on, in its one aiohttp session. Non-streamed calls are bounded by the
entry's `timeout` as a whole; streamed calls by the same number as the longest silence between two
reads, so that a long answer that keeps flowing is never cut.

A streamed answer is read a network read at a time (`post_stream`): what a read brings is made into
one item — canonical chunks (`post_chunks`, with each provider's `StreamParser`), or a relay's
events — so that everything downstream takes one step per read, not one per event.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from typing import Any, Protocol, TypeVar
from urllib.parse import urlsplit

import aiohttp
import orjson

from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.errors import GatewayError, UpstreamError, UpstreamRateLimited, UpstreamRejected, UpstreamTimeout
from tarnkappe.core.types import ChatChunk
from tarnkappe.providers.base import ProviderContext
from tarnkappe.providers.sse_decoder import SSEDataReader
from tarnkappe.providers.upstream_client import UpstreamResponse

StatusMapper = Callable[[int, bytes, Mapping[str, str], str], GatewayError]
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class BodyReader(Protocol[T_co]):
    """What `UpstreamHTTP.post_stream` hands a streamed body to: the pieces as the network delivers
    them, and what they make, a read at a time."""

    @property
    def finished(self) -> bool:
        """The answer is complete, or broken (what follows, if anything, is not read)."""

    @property
    def failure(self) -> GatewayError | None:
        """What was wrong with the answer after the good part the reader last made (raised once
        that part has been yielded, so the client still gets it, as it would event by event)."""

    def feed(self, piece: bytes) -> T_co | None:
        """What this piece makes (None: nothing yet)."""

    def end(self) -> T_co | None:
        """The body ended: what is left (a last event without its blank line)."""

log = logging.getLogger("tarnkappe.upstream")


def url_host(url: str) -> str:
    """`host:port` of an upstream URL, for logs: never its user info, path or query (Gemini's key
    may be in the query)."""
    try:
        parts = urlsplit(url)
        port = parts.port or {"https": 443, "http": 80}.get(parts.scheme)
    except ValueError:
        return "?"
    return f"{parts.hostname}:{port}" if port else str(parts.hostname)


def upstream_status_error(status: int, body: bytes, headers: Mapping[str, str], provider: str) -> GatewayError:
    """Map an upstream's HTTP error to ours.

    The upstream's 400-class complaints about the request itself are the client's to fix and keep
    their message; a 401/403/404 from the upstream means the gateway's own credentials or catalog
    are wrong, which the client cannot fix: that is a 502, and the upstream's text is not shown.
    """
    message = error_message(body)
    if status in (400, 413, 422):
        return UpstreamRejected(f"{provider} rejected the request" + (f": {message}" if message else ""))
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


def error_message(body: bytes) -> str | None:
    """The human-readable message of an error body. OpenAI, Azure, Anthropic, Gemini and Mistral
    all put it at `error.message` (Mistral's 422 sometimes at top-level `message`)."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    if isinstance(data, list) and data and isinstance(data[0], dict):
        data = data[0]  # Gemini sometimes wraps its error in a one-element array
    if not isinstance(data, dict):
        return None
    error = data.get("error")
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return error["message"][:500]
    if isinstance(error, str):
        return error[:500]
    if isinstance(data.get("message"), str):
        return data["message"][:500]
    return None


def _retry_after(headers: Mapping[str, str]) -> float:
    try:
        return max(0.0, float(headers.get("retry-after", "1")))
    except ValueError:
        return 1.0


class UpstreamHTTP:
    """One provider's HTTP client: timeouts from its catalog entry, errors named after it."""

    def __init__(
        self, entry: ModelEntry, context: ProviderContext, *, on_status: StatusMapper = upstream_status_error
    ) -> None:
        self.provider = entry.provider
        self._model = entry.name
        self._region = entry.region
        self._context = context
        self._limit = entry.timeout
        self._connect_limit = entry.connect_timeout
        self._on_status = on_status
        self._timeout = aiohttp.ClientTimeout(total=entry.timeout, connect=entry.connect_timeout)
        self._stream_timeout = aiohttp.ClientTimeout(
            total=None, connect=entry.connect_timeout, sock_read=entry.timeout
        )

    async def post_json(self, url: str, body: dict[str, Any], headers: Mapping[str, str]) -> Any:
        """POST a JSON body and return the parsed JSON answer."""
        client = self._context.client
        target = client.target(url) if client is not None else None
        try:
            if target is not None:
                assert client is not None
                answer = await client.post(target, orjson.dumps(body), headers, total=self._limit,
                                           connect=self._connect_limit)
                try:
                    payload = await answer.read()
                finally:
                    answer.release()
                if answer.status >= 400:
                    raise self._on_status(answer.status, payload, answer.headers, self.provider)
            else:
                async with self._context.session().post(url, data=orjson.dumps(body), headers=headers,
                                                        timeout=self._timeout) as response:
                    payload = await response.read()
                    if response.status >= 400:
                        raise self._on_status(response.status, payload, response.headers, self.provider)
        except (TimeoutError, aiohttp.ServerTimeoutError):
            raise UpstreamTimeout(f"{self.provider} did not answer within {self._limit:g} s") from None
        except aiohttp.ClientError as exc:
            raise self._unreachable(url, exc) from None
        try:
            return orjson.loads(payload)
        except orjson.JSONDecodeError:
            raise UpstreamError(f"{self.provider} answered with something that is not JSON") from None

    async def post_stream(
        self, url: str, body: dict[str, Any], headers: Mapping[str, str], reader: BodyReader[T]
    ) -> AsyncIterator[T]:
        """POST a JSON body and yield what `reader` makes of the answer, one network read at a
        time (a relay forwards events in the batches they arrived in, not one by one). An HTTP
        error status is raised before the first item, so a router can still fall back; the answer
        stops being read once the reader has seen its end."""
        try:
            async with self._streamed(url, body, headers) as response:
                async for piece in response.content.iter_any():
                    item = reader.feed(piece)
                    if item is not None:
                        yield item
                    if reader.finished:
                        break
                else:
                    item = reader.end()
                    if item is not None:
                        yield item
                if reader.failure is not None:
                    raise reader.failure
                if not reader.finished:
                    raise UpstreamError(f"{self.provider} closed the stream before it was complete")
        except (TimeoutError, aiohttp.ClientError, UnicodeDecodeError) as exc:
            raise self._stream_failure(url, exc) from None

    def post_chunks(self, url: str, body: dict[str, Any], headers: Mapping[str, str], parser: StreamParser, *,
                    done: bytes | None = None, what: str = "sent a stream event") -> AsyncIterator[list[ChatChunk]]:
        """POST a JSON body and yield the canonical chunks `parser` reads from the answer's events,
        a list per network read (`ChunkReader`); errors as in `post_stream`."""
        return self.post_stream(url, body, headers, ChunkReader(self, parser, done=done, what=what))

    @asynccontextmanager
    async def _streamed(
        self, url: str, body: dict[str, Any], headers: Mapping[str, str]
    ) -> AsyncIterator[aiohttp.ClientResponse | UpstreamResponse]:
        """The open answer to a streamed POST; an HTTP error status is raised before it is read."""
        client = self._context.client
        target = client.target(url) if client is not None else None
        if target is not None:
            assert client is not None
            answer = await client.post(target, orjson.dumps(body), headers, connect=self._connect_limit,
                                       sock_read=self._limit)
            try:
                if answer.status >= 400:
                    raise self._on_status(answer.status, await answer.read(), answer.headers, self.provider)
                yield answer
            finally:
                answer.release()
            return
        async with self._context.session().post(
            url, data=orjson.dumps(body), headers=headers, timeout=self._stream_timeout
        ) as response:
            if response.status >= 400:
                raise self._on_status(response.status, await response.read(), response.headers, self.provider)
            yield response

    def _stream_failure(self, url: str, exc: TimeoutError | aiohttp.ClientError | UnicodeDecodeError) -> GatewayError:
        """What a transport failure while streaming is to the client."""
        if isinstance(exc, (TimeoutError, aiohttp.ServerTimeoutError)):
            return UpstreamTimeout(f"{self.provider} did not answer within {self._limit:g} s")
        if isinstance(exc, aiohttp.ClientPayloadError):
            return UpstreamError(f"{self.provider} closed the stream before it was complete")
        if isinstance(exc, UnicodeDecodeError):
            # The upstream's fault, not ours: a 502 before the first event, an error event after.
            return UpstreamError(f"{self.provider} sent a stream that is not valid UTF-8")
        return self._unreachable(url, exc)

    def _unreachable(self, url: str, exc: aiohttp.ClientError) -> UpstreamError:
        """Log which deployment could not be reached, and where (never a key, never text); the
        client's error names only the provider."""
        log.warning("upstream unreachable", extra={"model": self._model, "provider": self.provider,
                                                   "region": self._region, "host": url_host(url),
                                                   "error": type(exc).__name__})
        return UpstreamError(f"cannot reach {self.provider}: {type(exc).__name__}")

    def event_json(self, data: bytes) -> Any:
        """The JSON payload of one event's data; an in-band `{"error": ...}` becomes an
        UpstreamError."""
        try:
            payload = orjson.loads(data)
        except orjson.JSONDecodeError:
            if not _utf8(data):
                raise UpstreamError(f"{self.provider} sent a stream that is not valid UTF-8") from None
            raise UpstreamError(f"{self.provider} sent a stream event that is not JSON") from None
        if isinstance(payload, dict) and "error" in payload and payload.get("error") is not None:
            raise UpstreamError(f"{self.provider} reported an error in the stream")
        return payload

    def shape_error(self, exc: Exception, what: str = "answered") -> UpstreamError:
        """An answer we cannot read. The exception text names a field, never request content."""
        return UpstreamError(f"{self.provider} {what} in an unexpected shape: {exc}")


class StreamParser(Protocol):
    """A provider's reading of one stream's events into canonical chunks (Anthropic's, Gemini's,
    the OpenAI-shaped upstreams'): synchronous, an event at a time, fed by `ChunkReader`."""

    @property
    def complete(self) -> bool:
        """The answer is complete (Anthropic's `message_stop`): what follows is not read."""

    def feed(self, payload: Any) -> list[ChatChunk]:
        """The chunks of one event (its JSON); KeyError, TypeError, ValueError or AttributeError
        for a shape it cannot read, a GatewayError for what the upstream reported."""

    def end(self) -> list[ChatChunk]:
        """The body ended before `complete`: the last chunks of an answer complete that way
        (`complete` is then set), none otherwise; a GatewayError for what this says."""


class ChunkReader:
    """An upstream's streamed body (`UpstreamHTTP.post_stream`) → the canonical chunks its events
    make, one list per network read, through the provider's `StreamParser`. An event the parser
    cannot read, or an error the upstream reports in the stream, ends the answer: the chunks read
    before it in the same read are handed on first (`failure`), as they would be one by one.
    `done`: the data of the event that ends a complete answer (OpenAI's `[DONE]`)."""

    __slots__ = ("events", "parser", "http", "done", "what", "finished", "failure")

    def __init__(self, http: UpstreamHTTP, parser: StreamParser, *, done: bytes | None, what: str) -> None:
        self.events = SSEDataReader()
        self.parser = parser
        self.http = http
        self.done = done
        self.what = what  # the shape error's wording: "sent a stream chunk" / "… event"
        self.finished = False
        self.failure: GatewayError | None = None

    def feed(self, piece: bytes) -> list[ChatChunk] | None:
        return self._read(self.events.feed(piece))

    def end(self) -> list[ChatChunk] | None:
        chunks = self._read(self.events.end()) or []
        if not self.finished:
            try:
                chunks += self.parser.end()
            except GatewayError as exc:
                self.failure = exc
            self.finished = self.failure is not None or self.parser.complete
        return chunks or None

    def _read(self, events: list[bytes]) -> list[ChatChunk] | None:
        chunks: list[ChatChunk] = []
        parser = self.parser
        for data in events:
            if data == self.done:
                self.finished = True
                break
            try:
                chunks += parser.feed(self.http.event_json(data))
            except GatewayError as exc:
                self.failure = exc
            except _SHAPE_ERRORS as exc:
                self.failure = self.http.shape_error(exc, self.what)
            if self.failure is not None or parser.complete:
                self.finished = True
                break
        return chunks or None


_SHAPE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)

def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
