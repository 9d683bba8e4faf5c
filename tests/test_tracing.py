"""OpenTelemetry traces (observability/tracing.py): off by default; a SERVER span per request that
continues the client's `traceparent`, with children for anonymization, the upstream call and each
routing attempt, the GenAI conventions' attributes, `traceparent` sent upstream — and never any
message content, key or personal value.

Two ways in: the gateway's application served over HTTP on 127.0.0.1 from this process with the
SDK's in-memory exporter (every span's fields are checkable), and a real `tarnkappe serve` process
exporting with the OTLP/HTTP exporter to a small receiver (tests/fakes/otlp_receiver.py).
"""

from __future__ import annotations

import os
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from tarnkappe.app import create_app
from tarnkappe.config import TracingSettings, parse_settings
from tarnkappe.observability.tracing import OTelTracing, tracing_wanted
from tests.fakes.openai_upstream import UPSTREAM_KEY, FakeOpenAI, ServerThread
from tests.fakes.otlp_receiver import OtlpReceiver
from tests.gateways import fake_entries, free_port, running_gateway

KEY = "tk-trace-" + secrets.token_hex(8)
CLIENT_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"
CLIENT_SPAN = "00f067aa0ba902b7"


class AppThread:
    """The application under uvicorn on 127.0.0.1, in a thread of this process, lifespan on."""

    def __init__(self, app: Any) -> None:
        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        for _ in range(500):
            if self.server.started:
                return f"http://127.0.0.1:{self.port}"
            time.sleep(0.01)
        raise RuntimeError("the application did not start")

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


def routed(upstream_url: str) -> dict[str, Any]:
    common = {"provider": "openai", "base_url": upstream_url, "api_key": "${FAKE_UPSTREAM_KEY}", "region": "eu"}
    return {"name": "routed/traced", "provider": "openai", "region": "eu", "timeout": 10, "cooldown": 60,
            "deployments": [{"name": "broken", **common, "upstream_model": "status-503"},
                            {"name": "spare", **common, "upstream_model": "echo", "weight": 0}]}


@pytest.fixture(scope="module")
def traced(upstream: tuple[FakeOpenAI, str]) -> Iterator[tuple[str, InMemorySpanExporter, FakeOpenAI]]:
    fake, url = upstream
    raw = {"accounts": {"enabled": False}, "api_keys": [{"name": "t", "key": KEY}],
           "models": [*fake_entries(url), routed(url)]}
    settings = parse_settings(raw, "test", environ={"FAKE_UPSTREAM_KEY": UPSTREAM_KEY})
    exporter = InMemorySpanExporter()
    tracing = OTelTracing.with_exporter(exporter, TracingSettings(service_name="tk-test"), batch=False)
    with AppThread(create_app(settings, tracing=tracing)) as base_url:
        yield base_url, exporter, fake


def spans_of(exporter: InMemorySpanExporter, trace_id: int, count: int) -> list[ReadableSpan]:
    """The trace's spans once `count` have ended (the server span ends just after the answer)."""
    for _ in range(500):
        found = [s for s in exporter.get_finished_spans() if s.context.trace_id == trace_id]
        if len(found) >= count:
            return found
        time.sleep(0.01)
    raise AssertionError(f"fewer than {count} spans in the trace")


def one(spans: list[ReadableSpan], match: Callable[[ReadableSpan], bool]) -> ReadableSpan:
    found = [s for s in spans if match(s)]
    assert len(found) == 1, [s.name for s in spans]
    return found[0]


def post(base_url: str, path: str, body: dict[str, Any], traceparent: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {KEY}"}
    if traceparent:
        headers["traceparent"] = traceparent
    response = httpx.post(base_url + path, json=body, headers=headers, timeout=30)
    assert response.status_code == 200, response.text
    return response


def assert_no_content(spans: list[ReadableSpan], *secrets_: str) -> None:
    for span in spans:
        for key, value in (span.attributes or {}).items():
            assert not key.startswith(("gen_ai.input", "gen_ai.output", "gen_ai.prompt", "gen_ai.completion"))
            for secret in secrets_:
                assert secret not in str(value), f"{span.name}.{key} carries request data"
        assert not span.events, "no span events (they could carry exception messages)"


def test_tracing_is_off_unless_asked() -> None:
    assert not tracing_wanted(TracingSettings(), environ={})
    assert tracing_wanted(TracingSettings(enabled=True), environ={})
    assert tracing_wanted(TracingSettings(), environ={"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318"})
    assert not tracing_wanted(TracingSettings(), environ={"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318",
                                                          "OTEL_TRACES_EXPORTER": "none"})
    assert not tracing_wanted(TracingSettings(enabled=True), environ={"OTEL_SDK_DISABLED": "true"})


Traced = tuple[str, InMemorySpanExporter, FakeOpenAI]


def test_a_masked_chat_is_one_trace_continuing_the_clients(traced: Traced) -> None:
    base_url, exporter, fake = traced
    marker = "mk" + secrets.token_hex(6)
    email = f"anna.{marker}@example.com"
    text = f"{marker}: write to Anna Muster at {email}"
    post(base_url, "/v1/chat/completions", {
        "model": "fake/echo", "messages": [{"role": "user", "content": text}], "anonymize": True,
        "max_tokens": 40, "temperature": 0.5}, traceparent=f"00-{CLIENT_TRACE}-{CLIENT_SPAN}-01")
    spans = spans_of(exporter, int(CLIENT_TRACE, 16), 3)

    server = one(spans, lambda s: s.kind == SpanKind.SERVER)
    assert server.parent is not None and server.parent.span_id == int(CLIENT_SPAN, 16), "continues the client's trace"
    assert server.name == "chat fake/echo"
    attributes = dict(server.attributes or {})
    assert attributes["gen_ai.operation.name"] == "chat"
    assert attributes["gen_ai.request.model"] == "fake/echo"
    assert attributes["gen_ai.provider.name"] == "openai"
    assert attributes["gen_ai.usage.input_tokens"] > 0 and attributes["gen_ai.usage.output_tokens"] > 0
    assert attributes["http.route"] == "/v1/chat/completions" and attributes["http.response.status_code"] == 200
    assert attributes["tarnkappe.anonymized"] is True

    masking = one(spans, lambda s: s.name == "anonymize")
    assert masking.parent is not None and masking.parent.span_id == server.context.span_id
    assert masking.attributes is not None and masking.attributes["tarnkappe.masked.EMAIL"] == 1
    assert masking.attributes["tarnkappe.masked.PERSON"] == 1

    call = one(spans, lambda s: s.kind == SpanKind.CLIENT)
    assert call.parent is not None and call.parent.span_id == server.context.span_id
    assert call.name == "chat fake/echo"
    call_attributes = dict(call.attributes or {})
    assert call_attributes["gen_ai.request.model"] == "echo", "the model as sent upstream"
    assert call_attributes["gen_ai.request.max_tokens"] == 40 and call_attributes["gen_ai.request.temperature"] == 0.5
    assert call_attributes["gen_ai.usage.output_tokens"] > 0 and call_attributes["gen_ai.response.model"]

    received = fake.log.find(marker)
    assert len(received) == 1 and marker in str(received[0].body)
    traceparent = received[0].headers["traceparent"]
    assert traceparent == f"00-{CLIENT_TRACE}-{call.context.span_id:016x}-01", "propagated to the upstream"
    assert_no_content(spans, marker, "Anna", "Muster", "example.com", KEY, UPSTREAM_KEY)


def test_a_stream_span_ends_with_its_usage(traced: tuple[str, InMemorySpanExporter, FakeOpenAI]) -> None:
    base_url, exporter, _ = traced
    trace_id = secrets.token_hex(16)
    answer = post(base_url, "/v1/chat/completions", {
        "model": "fake/echo", "messages": [{"role": "user", "content": "hello"}], "stream": True,
        "stream_options": {"include_usage": True}}, traceparent=f"00-{trace_id}-{CLIENT_SPAN}-01")
    assert answer.text.rstrip().endswith("data: [DONE]")
    spans = spans_of(exporter, int(trace_id, 16), 2)
    call = one(spans, lambda s: s.kind == SpanKind.CLIENT)
    assert call.attributes is not None and call.attributes["tarnkappe.stream"] is True
    assert call.attributes["gen_ai.usage.input_tokens"] > 0 and call.attributes["gen_ai.usage.output_tokens"] > 0
    assert call.status.status_code != StatusCode.ERROR


def test_routing_attempts_are_child_spans(traced: tuple[str, InMemorySpanExporter, FakeOpenAI]) -> None:
    base_url, exporter, _ = traced
    trace_id = secrets.token_hex(16)
    post(base_url, "/v1/chat/completions", {"model": "routed/traced", "messages": [{"role": "user", "content": "x"}]},
         traceparent=f"00-{trace_id}-{CLIENT_SPAN}-01")
    spans = spans_of(exporter, int(trace_id, 16), 4)
    call = one(spans, lambda s: s.kind == SpanKind.CLIENT)
    attempts = sorted((s for s in spans if s.name.startswith("attempt ")),
                      key=lambda s: (s.attributes or {})["tarnkappe.attempt"])
    assert [s.name for s in attempts] == ["attempt broken", "attempt spare"]
    assert all(s.parent is not None and s.parent.span_id == call.context.span_id for s in attempts)
    assert attempts[0].status.status_code == StatusCode.ERROR
    assert (attempts[0].attributes or {})["error.type"] == "upstream_error"
    assert attempts[1].status.status_code != StatusCode.ERROR


def test_embeddings_and_errors_are_traced(traced: tuple[str, InMemorySpanExporter, FakeOpenAI]) -> None:
    base_url, exporter, _ = traced
    trace_id = secrets.token_hex(16)
    post(base_url, "/v1/embeddings", {"model": "fake/embed", "input": ["a"]},
         traceparent=f"00-{trace_id}-{CLIENT_SPAN}-01")
    spans = spans_of(exporter, int(trace_id, 16), 2)
    assert one(spans, lambda s: s.kind == SpanKind.SERVER).name == "embeddings fake/embed"
    assert one(spans, lambda s: s.kind == SpanKind.CLIENT).name == "embeddings fake/embed"

    trace_id = secrets.token_hex(16)
    response = httpx.post(base_url + "/v1/chat/completions", timeout=30, json={
        "model": "no/such", "messages": [{"role": "user", "content": "x"}]},
        headers={"Authorization": f"Bearer {KEY}", "traceparent": f"00-{trace_id}-{CLIENT_SPAN}-01"})
    assert response.status_code == 404
    server = one(spans_of(exporter, int(trace_id, 16), 1), lambda s: s.kind == SpanKind.SERVER)
    assert server.name == "POST /v1/chat/completions", "an unknown model is not a span name"
    assert (server.attributes or {})["http.response.status_code"] == 404
    assert server.status.status_code == StatusCode.UNSET, "a client's error is not the server span's"
    assert_no_content([server], "no/such")


def test_a_gateway_process_exports_over_otlp_http(upstream: tuple[FakeOpenAI, str], tmp_path: Path) -> None:
    _, url = upstream
    receiver = OtlpReceiver()
    port = free_port()
    marker = "mk" + secrets.token_hex(6)
    config = {"accounts": {"enabled": False}, "api_keys": [{"name": "t", "key": "${GATEWAY_TEST_KEY}"}],
              "models": fake_entries(url),
              "tracing": {"enabled": True, "endpoint": f"http://127.0.0.1:{port}/v1/traces", "service_name": "tk-otlp"}}
    # The conventions' switch for message content, set: the gateway records none all the same.
    env = {"GATEWAY_TEST_KEY": KEY, "FAKE_UPSTREAM_KEY": UPSTREAM_KEY,
           "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "true"}
    with ServerThread(receiver.app, port):
        with running_gateway(config, env, tmp_path) as (base_url, _):
            post(base_url, "/v1/chat/completions", {"model": "fake/echo", "anonymize": True,
                                                    "messages": [{"role": "user", "content": f"{marker} Anna Muster"}]},
                 traceparent=f"00-{CLIENT_TRACE}-{CLIENT_SPAN}-01")
        # Stopped (SIGTERM): the application's shutdown exported what the batch still held.
        with receiver.lock:
            spans = list(receiver.spans)
            raw = b"".join(receiver.raw)
    names = {s.name for s in spans if s.trace_id == CLIENT_TRACE}
    assert {"chat fake/echo", "anonymize"} <= names
    assert all(s.resource.get("service.name") == "tk-otlp" for s in spans)
    assert receiver.content_types and all(t == "application/x-protobuf" for t in receiver.content_types)
    for secret in (marker, "Anna", "Muster", KEY):
        assert secret.encode() not in raw
    assert os.environ.get("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT") is None, "set for the process only"
