"""uvicorn's httptools protocol with the deadlines and the connection cap it lacks.

What uvicorn offers, and why it is not enough against a slow client:

- `timeout_keep_alive` closes a connection that stays idle *after a response*. A connection that
  never completes its first request (or that sends nothing at all) is never timed out.
- `limit_concurrency` answers 503 once a request's headers are complete and too many connections
  or tasks exist. A connection that never completes its headers is never counted against it, so
  slow clients still hold every file descriptor they open.
- `h11_max_incomplete_event_size` bounds the size of headers (h11 only), not the time they take.

So this subclass adds three things, each a timer or a counter on the event loop (no task, no
cost per byte):

- a header deadline (`server.header_timeout_seconds`): from the moment a connection is accepted,
  or from the first byte of the next request on a kept-alive connection, until the request's
  headers are complete; past it, 408 and the connection is closed;
- a body deadline (`server.body_timeout_seconds`): from the end of the headers until the end of
  the body; past it, 408 if no answer has started, and the connection is closed (the application
  sees the client go away);
- a connection cap (`server.max_connections`): a connection accepted beyond it gets 503 and is
  closed at once, before it can hold a descriptor for long.

It also fires each request's `DisconnectSignal` (server/disconnect.py) when the connection is lost
before that request's answer is complete, so that no request needs a task waiting in `receive()`.
"""

from __future__ import annotations

import asyncio
import logging
import resource
from typing import Any

from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from tarnkappe.config import ServerSettings
from tarnkappe.server.disconnect import SCOPE_KEY, DisconnectSignal, disconnect_signal

log = logging.getLogger("tarnkappe.server")


def connection_cap(settings: ServerSettings) -> int:
    """`server.max_connections`, or half of this process's open-file limit (`ulimit -n`): the rest
    is for upstream connections, the database and the files the process has open."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if settings.max_connections is not None:
        if soft != resource.RLIM_INFINITY and settings.max_connections > soft - 32:
            log.warning("server.max_connections is near or above the open-file limit: new connections may "
                        "fail before the cap is reached", extra={"max_connections": settings.max_connections,
                                                                 "open_file_limit": soft})
        return settings.max_connections
    if soft == resource.RLIM_INFINITY:
        return 4096
    return max(16, soft // 2)


def _close_with(transport: asyncio.BaseTransport, status: int, message: str) -> None:
    body = message.encode()
    transport.write(b"".join([  # type: ignore[attr-defined]
        STATUS_LINE[status],
        b"content-type: text/plain; charset=utf-8\r\n",
        b"content-length: " + str(len(body)).encode() + b"\r\n",
        b"connection: close\r\n\r\n",
        body,
    ]))
    transport.close()


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    """Set up by `protocol_class` with the server settings (uvicorn builds one per connection)."""

    header_timeout: float = 10.0
    body_timeout: float = 60.0
    max_connections: int = 1000

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None

    # ---------------------------------------------------------------- timers

    def _arm(self, seconds: float, on_expiry: Any) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(seconds, on_expiry)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _headers_too_slow(self) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        log.info("connection closed: request headers incomplete after the deadline",
                 extra={"timeout_s": self.header_timeout})
        _close_with(self.transport, 408, "Request headers took too long.")

    def _body_too_slow(self) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        log.info("connection closed: request body incomplete after the deadline",
                 extra={"timeout_s": self.body_timeout})
        cycle = self.cycle
        if cycle is not None and not cycle.response_started:
            cycle.disconnected = True  # the application's answer, if it still makes one, goes nowhere
            _close_with(self.transport, 408, "The request body took too long.")
        else:
            self.transport.close()

    # ---------------------------------------------------------------- protocol events

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            log.warning("connection refused: server.max_connections reached",
                        extra={"max_connections": self.max_connections})
            _close_with(transport, 503, "The server has too many open connections; retry shortly.")
            return
        self._arm(self.header_timeout, self._headers_too_slow)

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        cycle = self.cycle
        super().connection_lost(exc)
        if cycle is not None and not cycle.response_complete:
            signal = disconnect_signal(cycle.scope)
            if signal is not None:
                signal.fire()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self.scope[SCOPE_KEY] = DisconnectSignal()  # type: ignore[literal-required]
        # The next request on a kept-alive connection: its headers have the same deadline (the
        # first request's runs since the connection was accepted). While an earlier request of a
        # pipeline is still being answered, reading is uvicorn's business, not a slow client.
        if self._deadline is None and (self.cycle is None or self.cycle.response_complete):
            self._arm(self.header_timeout, self._headers_too_slow)

    def on_headers_complete(self) -> None:
        self._disarm()
        super().on_headers_complete()
        self._arm(self.body_timeout, self._body_too_slow)

    def on_message_complete(self) -> None:
        self._disarm()
        super().on_message_complete()


def protocol_class(settings: ServerSettings) -> type[GuardedHttpToolsProtocol]:
    """The protocol class for uvicorn's `http=` with this configuration's deadlines and cap."""
    return type("TarnkappeHttpToolsProtocol", (GuardedHttpToolsProtocol,), {
        "header_timeout": settings.header_timeout_seconds,
        "body_timeout": settings.body_timeout_seconds,
        "max_connections": connection_cap(settings),
    })
