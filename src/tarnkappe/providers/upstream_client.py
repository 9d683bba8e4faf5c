"""The upstream calls' HTTP/1.1 client: pooled keep-alive connections, a request written in one go,
the answer parsed by llhttp (httptools, which the server uses too) — and nothing else.

Why not aiohttp's client for these calls: a call through `ClientSession.post` cost ~367,000
instructions (callgrind: a POST and its ~400-byte answer, read whole), a third of a whole proxied
request through the gateway and two thirds of the pass-through floor's; this client's ~30,000–60,000
(issue 18). What it leaves out is what the upstream calls never use: redirects, cookies (a gateway
must not carry one client's upstream cookies into another's requests anyway), proxies, auth from
the URL, compression offers (it asks for `identity`; a gzip or deflate answer is still decoded),
request streaming, HTTP/2. A URL it cannot take as it is (user info, a fragment, characters a
request line may not hold, dot segments) goes through aiohttp's session instead
(`UpstreamHTTP`), as does everything when tracing is on (its `traceparent` is aiohttp's hook).

Failures are aiohttp's exception classes, so that `UpstreamHTTP` maps them, and logs their type
names, as before: `ClientConnectorError` (or `…DNSError`) when a connection cannot be made,
`ConnectionTimeoutError` when that takes longer than `connect`, `ServerDisconnectedError` when the
connection ends before the answer's head, `ClientPayloadError` when it ends (or the answer is
malformed) within the body, `TimeoutError` past `total`, `ServerTimeoutError` when a streamed answer
is silent for `sock_read`.

A streamed answer is buffered up to 64 KiB (aiohttp's limit) before the socket stops being read,
and read again as the caller takes what arrived. An answer abandoned before its end (an error, a
cancellation, a client gone) closes its connection; a complete one returns it to the pool, where it
is closed after `keepalive_timeout` seconds idle, or when the upstream closes it.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import zlib
from collections.abc import AsyncIterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import httptools
from aiohttp.client_reqrep import ConnectionKey
from multidict import CIMultiDict, CIMultiDictProxy

_READ_LIMIT = 2**16  # buffered bytes of an answer before the socket is paused (aiohttp's)
_USER_AGENT = b"Tarnkappe"
# What a request line's target may hold as it is (RFC 3986's characters; percent-escapes included).
_TARGET_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?[]@!$&'()*+,;=%")


class Target:
    """A URL as this client sends to it: where to connect, and the request's first lines."""

    __slots__ = ("key", "host", "port", "tls", "head", "connection_key")

    def __init__(self, host: str, port: int, tls: bool, head: bytes) -> None:
        self.key = (host, port, tls)
        self.host = host
        self.port = port
        self.tls = tls
        self.head = head
        self.connection_key = ConnectionKey(host, port, tls, True, None, None, None, host if tls else None)


def parse_target(url: str) -> Target | None:
    """The target of `url`, or None if this client does not take it as it is (see the module)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or parts.username is not None or parts.password is not None:
        return None
    if parts.fragment or "#" in url or not parts.hostname:
        return None
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    if not set(target) <= _TARGET_CHARS or any(seg in (".", "..") for seg in parts.path.split("/")):
        return None
    tls = parts.scheme == "https"
    default = 443 if tls else 80
    port = port or default
    host = parts.hostname
    shown = f"[{host}]" if ":" in host else host
    if port != default:
        shown += f":{port}"
    if not set(shown) <= _TARGET_CHARS:
        return None
    return Target(host, port, tls, f"POST {target} HTTP/1.1\r\nHost: {shown}\r\n".encode("ascii"))


class UpstreamResponse:
    """An answer: its status and headers once `UpstreamClient.post` returns, its body by `read()`
    (whole) or `iter_any()` (what arrived, a piece at a time). `release()` when done with it."""

    __slots__ = ("status", "_raw_headers", "_headers", "_connection", "_chunks", "_size", "_complete", "_error",
                 "_waiter", "_decoder", "_paused", "_released")

    def __init__(self, connection: _Connection) -> None:
        self.status = 0
        self._raw_headers: list[tuple[bytes, bytes]] = []
        self._headers: CIMultiDictProxy[str] | None = None
        self._connection = connection
        self._chunks: list[bytes] = []
        self._size = 0
        self._complete = False
        self._error: BaseException | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._decoder: Any = None
        self._paused = False
        self._released = False

    @property
    def headers(self) -> CIMultiDictProxy[str]:
        if self._headers is None:
            self._headers = CIMultiDictProxy(CIMultiDict(
                (name.decode("latin-1"), value.decode("latin-1")) for name, value in self._raw_headers))
        return self._headers

    @property
    def content(self) -> UpstreamResponse:
        """As aiohttp's `response.content`: `iter_any()` is here."""
        return self

    async def read(self) -> bytes:
        while not self._complete:
            if self._error is not None:
                raise self._error
            await self._wait()
        if self._error is not None:
            raise self._error
        chunks = self._chunks
        body = chunks[0] if len(chunks) == 1 else b"".join(chunks)
        self._chunks = []
        return body

    async def iter_any(self) -> AsyncIterator[bytes]:
        while True:
            if self._chunks:
                chunks = self._chunks
                data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
                self._chunks = []
                self._size = 0
                if self._paused:
                    self._paused = False
                    self._connection.resume()
                yield data
            elif self._error is not None:
                raise self._error
            elif self._complete:
                return
            else:
                await self._wait()

    def release(self) -> None:
        """Done with the answer: its connection goes back to the pool if the answer is complete and
        the upstream keeps it open, else it is closed."""
        if not self._released:
            self._released = True
            self._connection.finished(self._complete and self._error is None)

    # ------------------------------------------------------------ fed by the connection

    def _wait(self) -> asyncio.Future[None]:
        waiter = self._waiter = self._connection.loop.create_future()
        return waiter

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    def _feed(self, data: bytes) -> None:
        if self._decoder is not None:
            try:
                data = self._decoder.decompress(data)
            except zlib.error:
                self._fail(aiohttp.ClientPayloadError("Can not decode content-encoding"))
                return
            if not data:
                return
        self._chunks.append(data)
        self._size += len(data)
        if self._size > _READ_LIMIT and not self._paused:
            self._paused = True
            self._connection.pause()
        self._wake()

    def _end(self) -> None:
        if self._decoder is not None:
            try:
                rest = self._decoder.flush()
            except zlib.error:
                self._fail(aiohttp.ClientPayloadError("Can not decode content-encoding"))
                return
            if rest:
                self._chunks.append(rest)
        self._complete = True
        self._wake()

    def _fail(self, exc: BaseException) -> None:
        if self._error is None and not self._complete:
            self._error = exc
        self._wake()


class _Connection(asyncio.Protocol):
    """One pooled connection, answering one request at a time (no pipelining)."""

    __slots__ = ("client", "key", "loop", "transport", "parser", "response", "lost", "keep_alive", "framed",
                 "extra", "timer", "sock_read", "last_read", "idle_timer")

    def __init__(self, client: UpstreamClient, key: tuple[str, int, bool], loop: asyncio.AbstractEventLoop) -> None:
        self.client = client
        self.key = key
        self.loop = loop
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.response: UpstreamResponse | None = None
        self.lost = False
        self.keep_alive = False
        self.framed = True  # the answer says where its body ends (length, chunks, or no body)
        self.extra = False  # more came than one answer: read nothing more, and close
        self.timer: asyncio.TimerHandle | None = None
        self.sock_read = 0.0
        self.last_read = 0.0
        self.idle_timer: asyncio.TimerHandle | None = None

    # ------------------------------------------------------------ asyncio protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        response = self.response
        if response is None or response._complete:  # nothing asked: the connection is not usable
            self.close()
            return
        if self.sock_read:
            self.last_read = self.loop.time()
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self._failed(aiohttp.ClientPayloadError(f"Invalid HTTP response: {type(exc).__name__}")
                         if response.status else aiohttp.ServerDisconnectedError("Invalid HTTP response"))
            self.close()

    def eof_received(self) -> bool:
        return False  # close the transport: connection_lost follows

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        self._stop_timer()
        if self.idle_timer is not None:
            self.idle_timer.cancel()
            self.idle_timer = None
        self.client._forget(self)
        response = self.response
        if response is None or response._complete:
            return
        if not response.status:
            self._failed(aiohttp.ServerDisconnectedError())
        elif not self.framed:
            response._end()  # its body ends with the connection
        else:
            self._failed(aiohttp.ClientPayloadError("Response payload is not completed"
                                                    + (f": {exc!r}" if exc is not None else "")))

    # ------------------------------------------------------------ llhttp callbacks

    def on_message_begin(self) -> None:
        response = self.response
        if response is not None and response.status:  # a second answer to one request
            self.extra = True
            self.keep_alive = False

    def on_header(self, name: bytes, value: bytes) -> None:
        if not self.extra:
            self.response._raw_headers.append((name.lower(), value))  # type: ignore[union-attr]

    def on_headers_complete(self) -> None:
        response = self.response
        assert response is not None
        if self.extra:
            return
        parser = self.parser
        status = parser.get_status_code()
        if status < 200:  # an informational answer (103 Early Hints): the real one follows
            response._raw_headers.clear()
            return
        response.status = status
        length = chunked = False
        for name, value in response._raw_headers:
            if name == b"content-length":
                length = True
            elif name == b"transfer-encoding":
                chunked = chunked or value.lower().find(b"chunked") >= 0
            elif name == b"content-encoding":
                coding = value.strip().lower()
                if coding in (b"gzip", b"x-gzip"):
                    response._decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
                elif coding == b"deflate":
                    response._decoder = zlib.decompressobj()
        self.framed = length or chunked or status in (204, 304)
        response._wake()

    def on_body(self, body: bytes) -> None:
        if not self.extra:
            self.response._feed(body)  # type: ignore[union-attr]

    def on_message_complete(self) -> None:
        response = self.response
        assert response is not None
        if self.extra or not response.status:  # the extra answer, or an informational one, ends
            return
        self.keep_alive = self.parser.should_keep_alive()
        self._stop_timer()
        response._end()

    # ------------------------------------------------------------ requests

    def start(self, response: UpstreamResponse, request: bytes, *, total: float | None,
              sock_read: float | None) -> None:
        self.response = response
        self.keep_alive = False
        self.framed = True
        self.extra = False
        if total:
            self.sock_read = 0.0
            self.timer = self.loop.call_later(total, self._total_expired)
        elif sock_read:
            self.sock_read = sock_read
            self.last_read = self.loop.time()
            self.timer = self.loop.call_later(sock_read, self._read_expired)
        self.transport.write(request)  # type: ignore[union-attr]

    def finished(self, complete: bool) -> None:
        """The response is released: pooled if complete and kept alive, else closed."""
        self._stop_timer()
        self.response = None
        if complete and self.keep_alive and not self.extra and not self.lost and not self.transport.is_closing():  # type: ignore[union-attr]
            self.client._pool(self)
        else:
            self.close()

    def pause(self) -> None:
        if not self.lost:
            self.transport.pause_reading()  # type: ignore[union-attr]

    def resume(self) -> None:
        if not self.lost:
            self.transport.resume_reading()  # type: ignore[union-attr]

    def close(self) -> None:
        if self.transport is not None and not self.lost:
            self.transport.close()

    def _failed(self, exc: BaseException) -> None:
        self._stop_timer()
        if self.response is not None:
            self.response._fail(exc)

    def _stop_timer(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None

    def _total_expired(self) -> None:
        self.timer = None
        self._failed(TimeoutError())
        self.close()

    def _read_expired(self) -> None:
        self.timer = None
        silent = self.loop.time() - self.last_read
        if silent < self.sock_read:
            self.timer = self.loop.call_later(self.sock_read - silent, self._read_expired)
            return
        self._failed(aiohttp.ServerTimeoutError(f"Timeout on reading data from socket ({self.sock_read:g} s)"))
        self.close()


class UpstreamClient:
    """The pool and the requests (see the module's docstring). One per gateway, made and closed by
    the application's lifespan (app.py), inside its event loop."""

    def __init__(self, *, keepalive_timeout: float = 60.0) -> None:
        self._idle: dict[tuple[str, int, bool], list[_Connection]] = {}
        self._open: set[_Connection] = set()
        self._targets: dict[str, Target | None] = {}
        self._ssl: ssl.SSLContext | None = None
        self._keepalive = keepalive_timeout

    def target(self, url: str) -> Target | None:
        """`url`'s target (cached: upstream URLs are a catalog's few), None if it is not this
        client's (see the module's docstring)."""
        try:
            return self._targets[url]
        except KeyError:
            pass
        if len(self._targets) > 4096:
            self._targets.clear()
        target = self._targets[url] = parse_target(url)
        return target

    async def post(self, target: Target, body: bytes, headers: Mapping[str, str], *, total: float | None = None,
                   connect: float | None = None, sock_read: float | None = None) -> UpstreamResponse:
        """POST `body` with `headers` and return the answer once its head has arrived. `total`
        bounds the whole call including the body's reading (non-streamed), else `sock_read` each
        silence of the answer (streamed); `connect`, making a new connection."""
        lines = [target.head]
        for name, value in headers.items():
            if "\n" in value or "\r" in value or "\n" in name or "\r" in name:
                raise ValueError("Newline or carriage return character detected in HTTP header")
            lines.append(f"{name}: {value}\r\n".encode("latin-1"))
        lines.append(b"Accept-Encoding: identity\r\nUser-Agent: %s\r\nContent-Length: %d\r\n\r\n"
                     % (_USER_AGENT, len(body)))
        lines.append(body)
        request = b"".join(lines)
        loop = asyncio.get_running_loop()
        started = loop.time() if total else 0.0
        connection = await self._connection(target, loop, connect if not total else min(connect or total, total))
        if total:
            total = max(0.001, total - (loop.time() - started))
        response = UpstreamResponse(connection)
        connection.start(response, request, total=total, sock_read=sock_read)
        try:
            while not response.status:
                if response._error is not None:
                    raise response._error
                await response._wait()
        except BaseException:
            response.release()
            raise
        return response

    async def _connection(self, target: Target, loop: asyncio.AbstractEventLoop,
                          connect: float | None) -> _Connection:
        idle = self._idle.get(target.key)
        while idle:
            connection = idle.pop()
            if connection.idle_timer is not None:
                connection.idle_timer.cancel()
                connection.idle_timer = None
            if not connection.lost and not connection.transport.is_closing():  # type: ignore[union-attr]
                return connection
        if target.tls and self._ssl is None:
            self._ssl = ssl.create_default_context()
        opening = loop.create_connection(
            lambda: _Connection(self, target.key, loop), target.host, target.port,
            ssl=self._ssl if target.tls else None, server_hostname=target.host if target.tls else None,
        )
        try:
            if connect:
                _, connection = await asyncio.wait_for(opening, connect)
            else:
                _, connection = await opening
        except TimeoutError:
            raise aiohttp.ConnectionTimeoutError(
                f"Connection timeout to host {target.host}:{target.port}") from None
        except socket.gaierror as exc:
            raise aiohttp.ClientConnectorDNSError(target.connection_key, exc) from None
        except OSError as exc:
            raise aiohttp.ClientConnectorError(target.connection_key, exc) from None
        self._open.add(connection)
        return connection

    def _pool(self, connection: _Connection) -> None:
        self._idle.setdefault(connection.key, []).append(connection)
        connection.idle_timer = connection.loop.call_later(self._keepalive, connection.close)

    def _forget(self, connection: _Connection) -> None:
        self._open.discard(connection)
        idle = self._idle.get(connection.key)
        if idle and connection in idle:
            idle.remove(connection)

    async def close(self) -> None:
        """Close every connection (at the application's shutdown)."""
        for connection in list(self._open):
            connection.close()
        self._idle.clear()
        await asyncio.sleep(0)  # let the transports' connection_lost run
