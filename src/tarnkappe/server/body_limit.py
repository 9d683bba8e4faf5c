"""One limit on the size of every request body, for every route, before anything is buffered.

The API endpoints read their bodies through `read_body` with a limit of their own, but nothing kept
the rest — the console's forms above all, whose multipart parser buffers what it gets — from
reading a body of any size. This ASGI wrapper answers 413 in the shape of the API the path
belongs to, before anything beyond the limit is buffered:

- a declared `Content-Length` above the limit: at once, without calling the application;
- a chunked body: counted as the application reads it; the piece that crosses the limit is never
  delivered (the application sees the client go away) and the 413 is sent in its place.

A body with a `Content-Length` within the limit cannot grow past it (the HTTP parser delivers that
many bytes and no more), so such requests — nearly all — pass through untouched, at no cost.

The connection is not closed at once: a client still sending would then see a reset instead of the
413. uvicorn discards (does not buffer) what arrives after a complete response, and the server's
body deadline (`server.body_timeout_seconds`) ends a client that goes on sending for too long.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tarnkappe.core.errors import PayloadTooLarge

ErrorRenderer = Callable[[BaseException], tuple[int, dict[str, Any], dict[str, str]]]

# The console posts forms of a few fields: a megabyte is far more than any of them needs.
CONSOLE_MAX_BODY = 1024 * 1024


class BodyLimit:
    """`error_shapes`: (path prefix, the dialect's error renderer) — the longest matching prefix
    renders the 413; `default_shape` renders it for every other API path."""

    def __init__(self, app: ASGIApp, limit: int, *, error_shapes: Sequence[tuple[str, ErrorRenderer]],
                 default_shape: ErrorRenderer) -> None:
        self.app = app
        self.limit = limit
        self.error_shapes = sorted(error_shapes, key=lambda shape: len(shape[0]), reverse=True)
        self.default_shape = default_shape

    def _too_large(self, path: str, limit: int) -> tuple[bytes, bytes]:
        """(content type, body) of the 413 in the shape of the API that `path` belongs to."""
        message = f"The request body is larger than the gateway's limit of {limit} bytes."
        if path == "/console" or path.startswith("/console/"):
            return b"text/plain; charset=utf-8", message.encode()
        render = next((r for prefix, r in self.error_shapes if path.startswith(prefix + "/")), self.default_shape)
        return b"application/json", orjson.dumps(render(PayloadTooLarge(message))[1])

    def limit_for(self, path: str) -> int:
        if path.startswith("/console"):
            return min(self.limit, CONSOLE_MAX_BODY)
        return self.limit

    def __call__(self, scope: Scope, receive: Receive, send: Send) -> Awaitable[None]:
        # Not a coroutine function: a request that passes untouched gets the application's own
        # awaitable, so this check adds no frame to the chain every resumption of its task
        # passes through.
        if scope["type"] != "http":
            return self.app(scope, receive, send)
        limit = self.limit_for(scope["path"])
        declared = None
        for name, value in scope["headers"]:
            if name == b"content-length":
                declared = value
                break
        if declared is not None:
            if declared.isdigit() and int(declared) > limit:
                return self._refuse(scope, send, limit)
            return self.app(scope, receive, send)  # the parser delivers exactly that many bytes
        return self._counted(scope, receive, send, limit)

    async def _counted(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        received = 0
        over = False
        started = False

        async def counting_receive() -> Message:
            nonlocal received, over
            if over:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    over = True
                    if not started:
                        await self._refuse(scope, send, limit)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if over:
                return  # the 413 went out in the application's place
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except Exception:
            if not over:
                raise
            # What the application makes of a body cut off under it is of no interest: it was
            # answered with the 413.

    async def _refuse(self, scope: Scope, send: Send, limit: int) -> None:
        content_type, body = self._too_large(scope["path"], limit)
        await send({
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", content_type),
                (b"content-length", str(len(body)).encode()),
            ],
        })
        await send({"type": "http.response.body", "body": body})
