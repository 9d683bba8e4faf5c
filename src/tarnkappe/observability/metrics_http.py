"""Serving the metrics, and counting every HTTP request for them.

`/metrics` is never open by default: with `metrics.enabled` it is either on the API's port behind
its own bearer token (`metrics.token`, not an API key: a scraper that leaks it can read counters,
never call a model), or on a port of its own (`metrics.port`, e.g. reachable only inside the
cluster), or both. The answer is Prometheus' text format, from this application's own registry.

`MetricsMiddleware` runs inside the request-id middleware (server/middleware.py), so it sees what
the pipeline recorded about the request (`request_log_fields`: model, provider, outcome) when the
request ends, and the route's template rather than its path.
"""

from __future__ import annotations

import hmac
import threading
import time
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest, start_http_server
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tarnkappe.logs import request_log_fields
from tarnkappe.observability.metrics import Metrics
from tarnkappe.server.middleware import logged_path

_EVENT_STREAM = b"text/event-stream"


class MetricsMiddleware:
    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        metrics = self.metrics
        started = time.perf_counter()
        status = 0
        streaming = False
        first_byte: float | None = None

        async def observed_send(message: Message) -> None:
            nonlocal status, streaming, first_byte
            kind = message["type"]
            if kind == "http.response.start":
                status = message["status"]
                for name, value in message.get("headers", ()):
                    if name == b"content-type" and value.startswith(_EVENT_STREAM):
                        streaming = True
                        metrics.in_flight_streams.inc()
            elif kind == "http.response.body" and streaming and first_byte is None and message.get("body"):
                first_byte = time.perf_counter() - started
            await send(message)

        metrics.in_flight.inc()
        try:
            await self.app(scope, receive, observed_send)
        finally:
            metrics.in_flight.dec()
            if streaming:
                metrics.in_flight_streams.dec()
            fields = request_log_fields.get() or {}
            metrics.observe_request(route=logged_path(scope), status=status, fields=fields,
                                    seconds=time.perf_counter() - started,
                                    first_byte_seconds=first_byte if streaming else None)


def metrics_route(metrics: Metrics, token: str) -> Route:
    """`GET /metrics` on the API's port, for a caller with `Authorization: Bearer TOKEN`."""
    expected = ("Bearer " + token).encode()

    async def endpoint(request: Request) -> Response:
        given = request.headers.get("authorization", "").encode("latin-1", "replace")
        if not hmac.compare_digest(given, expected):
            return Response("metrics need the metrics token\n", status_code=401, media_type="text/plain",
                            headers={"www-authenticate": 'Bearer realm="metrics"'})
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    return Route("/metrics", endpoint, methods=["GET"])


class MetricsPort:
    """`/metrics` on a port of its own: prometheus-client's small HTTP server on a thread (it
    renders from the same registry; the registry's collectors are thread-safe)."""

    def __init__(self, metrics: Metrics, host: str, port: int) -> None:
        self.metrics = metrics
        self.host = host
        self.port = port
        self._server: Any = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._server, self._thread = start_http_server(self.port, addr=self.host, registry=self.metrics.registry)

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
