"""OpenTelemetry traces (the official SDK), off by default.

One `TracerProvider` per application — never the SDK's global one, so that nothing else in the
process (a library that traces on its own) reports into the gateway's traces, and two applications
in one process keep theirs apart. Spans:

- one SERVER span per HTTP request (observability/tracing_http.py), continuing the client's
  `traceparent`, with the HTTP and GenAI semantic conventions' attributes at its end;
- `anonymize` (entity counts by type), the upstream call as a CLIENT span (`chat MODEL`,
  `embeddings MODEL`: operation, provider, request and response model, token usage) and, for a
  model served by several deployments, one `attempt` span per deployment tried;
- the upstream request carries `traceparent` (an aiohttp trace hook on the shared client session).

Never message content: the conventions' opt-in content attributes (`gen_ai.input.messages`, …) are
not written at all — there is no switch for them, since a prompt in a trace is a prompt kept outside
the gateway whether or not anonymization applied.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, TypeVar

import aiohttp
from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor, SpanExporter
from opentelemetry.sdk.trace.sampling import ParentBased, TraceIdRatioBased
from opentelemetry.trace import SpanKind, Status, StatusCode
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from tarnkappe import __version__
from tarnkappe.config import TracingSettings
from tarnkappe.core.tracing import AttributeValue
from tarnkappe.observability.tracing_wanted import tracing_wanted as tracing_wanted  # re-exported

T = TypeVar("T")

# gen_ai.provider.name's well-known values, by provider kind of the catalog.
GENAI_PROVIDER = {
    "openai": "openai", "azure": "azure.ai.openai", "anthropic": "anthropic", "gemini": "gcp.gemini",
    "mistral": "mistral_ai", "perplexity": "perplexity", "local": "tarnkappe.local",
    "local-embeddings": "tarnkappe.local",
}



class _Span:
    """A span, current inside `with` (the block must not yield: the context is the task's)."""

    __slots__ = ("_span", "_token")

    def __init__(self, span: trace.Span) -> None:
        self._span = span
        self._token: object = None

    def set(self, key: str, value: AttributeValue) -> None:
        self._span.set_attribute(key, value)

    def fail(self, error_type: str) -> None:
        self._span.set_attribute("error.type", error_type)
        self._span.set_status(Status(StatusCode.ERROR))

    def __enter__(self) -> _Span:
        self._token = otel_context.attach(trace.set_span_in_context(self._span))
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if exc is not None:
            self.fail(error_type(exc))
        otel_context.detach(self._token)  # type: ignore[arg-type]
        self._span.end()


class _InSpan:
    """An async iterator whose every step runs with its span current; the span ends with it.
    A class, not a generator: attach and detach happen within one `__anext__` call, in whatever
    task calls it (a stream's first chunk is awaited in the request's task, the rest in the
    writer's)."""

    def __init__(self, span: trace.Span, source: AsyncIterator[Any]) -> None:
        self._span = span
        self._context = trace.set_span_in_context(span)
        self._source = source
        self._ended = False
        self._model_seen = False

    def __aiter__(self) -> _InSpan:
        return self

    async def __anext__(self) -> Any:
        token = otel_context.attach(self._context)
        try:
            item = await anext(self._source)
            self._observe(item)
            return item
        except StopAsyncIteration:
            self._end(None)
            raise
        except BaseException as exc:
            self._end(exc)
            raise
        finally:
            otel_context.detach(token)

    def _observe(self, item: Any) -> None:
        """The response model (first chunk) and the usage (when it comes) of a chat stream, whose
        items are lists of chunks (a parsed stream's network reads) or relayed events."""
        for chunk in item if isinstance(item, list) else (item,):
            if not self._model_seen:
                self._model_seen = True
                model = getattr(chunk, "model", None)
                if isinstance(model, str) and model:
                    self._span.set_attribute("gen_ai.response.model", model)
            usage = getattr(chunk, "usage", None)
            if usage is not None:
                self._span.set_attribute("gen_ai.usage.input_tokens", usage.prompt_tokens)
                if usage.completion_tokens is not None:
                    self._span.set_attribute("gen_ai.usage.output_tokens", usage.completion_tokens)

    async def aclose(self) -> None:
        try:
            aclose = getattr(self._source, "aclose", None)
            if aclose is not None:
                await aclose()
        finally:
            self._end(None)

    def _end(self, exc: BaseException | None) -> None:
        if self._ended:
            return
        self._ended = True
        if exc is not None:
            self._span.set_attribute("error.type", error_type(exc))
            self._span.set_status(Status(StatusCode.ERROR))
        self._span.end()


def semantic(attributes: Mapping[str, AttributeValue]) -> dict[str, AttributeValue]:
    """The attributes with `gen_ai.provider.name` as the conventions spell it (`azure.ai.openai`
    for the catalog's `azure`, …)."""
    result = dict(attributes)
    provider = result.get("gen_ai.provider.name")
    if isinstance(provider, str):
        result["gen_ai.provider.name"] = GENAI_PROVIDER.get(provider, provider)
    return result


def error_type(exc: BaseException) -> str:
    """A gateway error's code, else the exception's class name — never its message."""
    code = getattr(exc, "code", None)
    return code if isinstance(code, str) else type(exc).__name__


class OTelTracing:
    """The `Tracing` of core/tracing.py over one TracerProvider."""

    def __init__(self, provider: TracerProvider) -> None:
        self.provider = provider
        self.tracer = provider.get_tracer("tarnkappe", __version__)
        self.propagator = TraceContextTextMapPropagator()

    @classmethod
    def from_settings(cls, settings: TracingSettings) -> OTelTracing:
        """With the OTLP/HTTP exporter (its endpoint from the configuration, else from the
        standard OTEL_EXPORTER_OTLP_* variables, which it reads itself) and batched export."""
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        return cls.with_exporter(OTLPSpanExporter(endpoint=settings.endpoint), settings, batch=True)

    @classmethod
    def with_exporter(cls, exporter: SpanExporter, settings: TracingSettings, *, batch: bool) -> OTelTracing:
        attributes: dict[str, Any] = {"service.version": __version__}
        if settings.service_name:
            attributes["service.name"] = settings.service_name  # else OTEL_SERVICE_NAME or the SDK's
        provider = TracerProvider(resource=Resource.create(attributes),
                                  sampler=ParentBased(TraceIdRatioBased(settings.sample_ratio)))
        provider.add_span_processor(BatchSpanProcessor(exporter) if batch else SimpleSpanProcessor(exporter))
        return cls(provider)

    # ------------------------------------------------------------------ core.tracing.Tracing

    def span(self, name: str, attributes: Mapping[str, AttributeValue], *, client: bool = False) -> _Span:
        kind = SpanKind.CLIENT if client else SpanKind.INTERNAL
        return _Span(self.tracer.start_span(name, kind=kind, attributes=semantic(attributes)))

    def stream(self, name: str, attributes: Mapping[str, AttributeValue],
               source: AsyncIterator[T]) -> AsyncIterator[T]:
        span = self.tracer.start_span(name, kind=SpanKind.CLIENT, attributes=semantic(attributes))
        return _InSpan(span, source)

    # ------------------------------------------------------------------ the HTTP edges

    def server_span(self, name: str, headers: Mapping[str, str],
                    attributes: Mapping[str, AttributeValue]) -> trace.Span:
        """A SERVER span continuing the client's `traceparent` (if any)."""
        parent = self.propagator.extract(carrier=headers)
        return self.tracer.start_span(name, context=parent, kind=SpanKind.SERVER, attributes=dict(attributes))

    def aiohttp_trace_config(self) -> aiohttp.TraceConfig:
        """Adds `traceparent` (of the current span: the upstream call's, or its attempt's) to
        every upstream request of the shared client session."""
        config = aiohttp.TraceConfig()
        propagator = self.propagator

        async def on_request_start(session: aiohttp.ClientSession, context: Any,
                                   params: aiohttp.TraceRequestStartParams) -> None:
            carrier: dict[str, str] = {}
            propagator.inject(carrier)
            for key, value in carrier.items():
                params.headers[key] = value

        config.on_request_start.append(on_request_start)
        return config

    def shutdown(self) -> None:
        """Export what is pending and stop (at the application's shutdown)."""
        self.provider.shutdown()
