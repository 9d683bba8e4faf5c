"""Pure ASGI middleware (no BaseHTTPMiddleware: it buffers and costs time on every request).

Every response gets an `x-request-id` header; one log line per request records method, path,
status and duration, plus what the pipeline added to `request_log_fields` (model, tokens, outcome)
— never a body, a query string or a header value.
"""

from __future__ import annotations

import logging
import os
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tarnkappe.logs import client_address_var, request_id_var, request_log_fields, write_info

log = logging.getLogger("tarnkappe.access")


def new_request_id() -> str:
    """`req_`, the time in milliseconds since 1970 (12 hex digits), then 80 random bits (20 hex
    digits): unique as a random id is (the ledger's unique index keeps one row per id), and ordered
    by time, so that the ledger's request-id index takes new rows at its end. With random ids every
    row landed on another page of that index, and each batch's commit wrote one page per row:
    SQLite's insert cost 10 µs a row on a table of 40,000 rows and 20 µs on one of 200,000, against
    ~5 µs with time-ordered ids at any size (bench/ab.py's ledger; issue 18). The time it shows is
    when the gateway received the request, which the client knows as well."""
    return f"req_{time.time_ns() // 1_000_000:012x}{os.urandom(10).hex()}"


def logged_path(scope: Scope) -> str:
    """The path as the log may show it: the route's template (`/v1/models/{model_id:path}`), not
    the values in it — a path can carry an e-mail address as well as a body can. A path no route
    matched (a 404, or refused before routing) is not written at all; a hot path served without
    routing (server/fast_paths.py) is a fixed string."""
    route = scope.get("route")
    template = getattr(route, "path", None)
    if isinstance(template, str):
        prefix = scope.get("root_path", "")[len(scope.get("app_root_path", "")):]
        return prefix + template
    if scope.get("fast_path"):
        return str(scope["path"])
    return "(no route)"


class RequestIdMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = new_request_id()
        token = request_id_var.set(request_id)
        fields: dict[str, object] = {}
        fields_token = request_log_fields.set(fields)
        client = scope.get("client")
        address_token = client_address_var.set(client[0] if client else None)
        started = time.perf_counter()
        status = 0
        header = (b"x-request-id", request_id.encode("ascii"))

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), header]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            if log.isEnabledFor(logging.INFO):
                elapsed = (time.perf_counter() - started) * 1000
                write_info(log, f"{scope['method']} {logged_path(scope)} {status or 'disconnect'} {elapsed:.1f}ms",
                           fields)
            request_log_fields.reset(fields_token)
            client_address_var.reset(address_token)
            request_id_var.reset(token)
