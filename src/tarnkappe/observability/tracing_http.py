"""The SERVER span of every HTTP request: it continues the client's `traceparent`, is current while
the request is served (so the pipeline's spans are its children), and gets at its end the route's
template, the status and what the pipeline recorded (`request_log_fields`: model, provider, tokens,
outcome) as the HTTP and GenAI semantic conventions' attributes — never a path's values, a query,
a header's value or a body."""

from __future__ import annotations

from typing import Any

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.trace import Status, StatusCode
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tarnkappe.logs import request_id_var, request_log_fields
from tarnkappe.observability.tracing import GENAI_PROVIDER, OTelTracing
from tarnkappe.server.middleware import logged_path

_PROPAGATED = (b"traceparent", b"tracestate")

# gen_ai.operation.name by the end of a route's template.
_OPERATIONS = (("/chat/completions", "chat"), ("/embeddings", "embeddings"), ("/messages", "chat"),
               ("/responses", "chat"), ("/ai/completions", "chat"))


def operation_of(route: str) -> str | None:
    for suffix, operation in _OPERATIONS:
        if route.endswith(suffix):
            return operation
    return None


class TracingMiddleware:
    def __init__(self, app: ASGIApp, tracing: OTelTracing) -> None:
        self.app = app
        self.tracing = tracing

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        carrier = {name.decode("latin-1"): value.decode("latin-1")
                   for name, value in scope.get("headers", ()) if name in _PROPAGATED}
        span = self.tracing.server_span(method, carrier, {"http.request.method": method})
        token = otel_context.attach(trace.set_span_in_context(span))
        status = 0

        async def observed_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        failure: BaseException | None = None
        try:
            await self.app(scope, receive, observed_send)
        except BaseException as exc:
            failure = exc
            raise
        finally:
            try:
                _finish(span, scope, status, failure)
            finally:
                otel_context.detach(token)
                span.end()


def _finish(span: trace.Span, scope: Scope, status: int, failure: BaseException | None) -> None:
    route = logged_path(scope)
    fields: dict[str, Any] = request_log_fields.get() or {}
    model = fields.get("model")
    operation = operation_of(route)
    span.update_name(f"{operation} {model}" if operation and model else f"{scope['method']} {route}")
    span.set_attribute("http.route", route)
    span.set_attribute("tarnkappe.request_id", request_id_var.get())
    if status:
        span.set_attribute("http.response.status_code", status)
    if operation and model:
        span.set_attribute("gen_ai.operation.name", operation)
        span.set_attribute("gen_ai.request.model", str(model))
        span.set_attribute("gen_ai.response.model", str(model))  # the dialects answer with the catalog's name
    provider = fields.get("provider")
    if isinstance(provider, str):
        span.set_attribute("gen_ai.provider.name", GENAI_PROVIDER.get(provider, provider))
    for field, attribute in (("prompt_tokens", "gen_ai.usage.input_tokens"),
                             ("completion_tokens", "gen_ai.usage.output_tokens")):
        if isinstance(fields.get(field), int):
            span.set_attribute(attribute, fields[field])
    outcome = fields.get("outcome")
    if isinstance(outcome, str):
        span.set_attribute("tarnkappe.outcome", outcome)
    if fields.get("anonymized"):
        span.set_attribute("tarnkappe.anonymized", True)
    # As the HTTP conventions have it for a server: a 4xx is the client's error, not the span's.
    if failure is not None or status >= 500:
        error = outcome if isinstance(outcome, str) and outcome != "ok" else (
            type(failure).__name__ if failure is not None else str(status))
        span.set_attribute("error.type", error)
        span.set_status(Status(StatusCode.ERROR))
