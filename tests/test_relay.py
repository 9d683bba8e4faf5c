"""Relayed streams (wire/openai_relay.py): an OpenAI-dialect stream from an OpenAI-compatible upstream
that needs no restoring is sent as the upstream's own events, with the same guarantees as a parsed
one. Each test checks, by the request's log line (`relayed=True`, found by its x-request-id), that
the relay really served the request it looks at."""

from __future__ import annotations

import json
import time

import httpx
import openai
import pytest
from openai import OpenAI

from tests.conftest import RunningGateway


def log_line(gateway: RunningGateway, request_id: str) -> str:
    """The request's access-log line, once it is written (after the response's last byte)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        for line in gateway.log_path.read_text(errors="replace").splitlines():
            if f"request_id={request_id} " in line and "logger=tarnkappe.access" in line:
                return line
        time.sleep(0.05)
    raise AssertionError(f"no log line for {request_id}")


def relayed(gateway: RunningGateway, request_id: str) -> bool:
    return " relayed=True" in log_line(gateway, request_id)


def raw_stream(gateway: RunningGateway, body: dict) -> tuple[str, list[str]]:
    """(x-request-id, the data of every event) of a streamed request."""
    with httpx.stream(
        "POST", gateway.base_url + "/v1/chat/completions", headers={"Authorization": f"Bearer {gateway.key}"},
        json={**body, "stream": True}, timeout=30,
    ) as response:
        assert response.status_code == 200
        lines = list(response.iter_lines())
    events = [line.removeprefix("data: ") for line in lines if line.startswith("data: ")]
    return response.headers["x-request-id"], events


def user(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


def test_plain_stream_is_relayed_an_anonymized_one_is_not(gateway: RunningGateway, marker: str) -> None:
    plain, _ = raw_stream(gateway, {"model": "fake/echo", "messages": user(marker)})
    masked, _ = raw_stream(gateway, {"model": "fake/echo", "messages": user(marker), "anonymize": True})
    assert relayed(gateway, plain)
    assert not relayed(gateway, masked) and " anonymized=True" in log_line(gateway, masked)


def test_relayed_events_without_include_usage(gateway: RunningGateway, marker: str) -> None:
    """Usage is asked upstream and never shown; the model is the catalog's name, not the upstream's;
    the upstream's keep-alive comment and usage chunk do not reach the client; [DONE] ends it."""
    request_id, events = raw_stream(gateway, {"model": "fake/echo", "messages": user(marker)})
    assert relayed(gateway, request_id)
    (received,) = gateway.upstream.log.find(marker)
    assert received.body["stream_options"] == {"include_usage": True} and received.body["model"] == "echo"
    assert events[-1] == "[DONE]" and events.count("[DONE]") == 1
    chunks = [json.loads(e) for e in events[:-1]]
    assert all("usage" not in c and c["choices"] and c["model"] == "fake/echo" for c in chunks)
    assert all(c["object"] == "chat.completion.chunk" and c["id"] == "chatcmpl-fakestream" for c in chunks)
    assert "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks) == f"echo: {marker}"
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    line = log_line(gateway, request_id)
    assert " prompt_tokens=" in line and " completion_tokens=7" in line, "the usage nobody was shown is recorded"


def test_relayed_usage_when_asked(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    raw = client.chat.completions.with_raw_response.create(
        model="fake/echo", messages=user(marker), stream=True, stream_options={"include_usage": True})
    *content, last = list(raw.parse())
    assert relayed(gateway, raw.headers["x-request-id"])
    assert last.choices == [] and last.usage is not None and last.usage.completion_tokens == 7
    assert last.model == "fake/echo" and all(c.usage is None and c.choices for c in content)


def test_relayed_usage_on_a_choice_chunk(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    """An upstream that puts usage on its finishing chunk: split off when asked, removed when not."""
    raw = client.chat.completions.with_raw_response.create(
        model="fake/usage-inline", messages=user(marker), stream=True, stream_options={"include_usage": True})
    chunks = list(raw.parse())
    assert relayed(gateway, raw.headers["x-request-id"])
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert chunks[-2].choices[0].finish_reason == "stop" and chunks[-2].usage is None
    request_id, events = raw_stream(gateway, {"model": "fake/usage-inline", "messages": user(marker)})
    assert relayed(gateway, request_id)
    finishing = json.loads(events[-2])
    assert "usage" not in finishing and finishing["choices"][0]["finish_reason"] == "stop"


def test_relayed_preamble_is_dropped(gateway: RunningGateway, marker: str) -> None:
    request_id, events = raw_stream(gateway, {"model": "fake/filter-preamble", "messages": user(marker)})
    assert relayed(gateway, request_id)
    assert all(json.loads(e)["choices"] for e in events[:-1])


@pytest.mark.parametrize("model", ["fake/cut", "fake/stream-error"])
def test_relayed_error_after_first_byte_is_an_error_event(gateway: RunningGateway, model: str, marker: str) -> None:
    """What came before the failure reaches the client, then an OpenAI error object — never [DONE],
    never the upstream's text — and the request is recorded as failed."""
    request_id, events = raw_stream(gateway, {"model": model, "messages": user(marker)})
    assert relayed(gateway, request_id)
    *chunks, error = [json.loads(e) for e in events]
    assert "[DONE]" not in events
    assert "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks).startswith("echo:")
    assert error["error"]["type"] == "server_error" and "overloaded" not in error["error"]["message"]
    assert " outcome=upstream_error" in log_line(gateway, request_id)


def test_relayed_error_after_first_byte_raises_in_the_sdk(gateway: RunningGateway, client: OpenAI,
                                                          marker: str) -> None:
    raw = client.chat.completions.with_raw_response.create(model="fake/stream-error", messages=user(marker),
                                                           stream=True)
    received = ""
    with pytest.raises(openai.APIError):
        for chunk in raw.parse():
            received += chunk.choices[0].delta.content or ""
    assert received and relayed(gateway, raw.headers["x-request-id"])


def test_relayed_tool_calls(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    raw = client.chat.completions.with_raw_response.create(
        model="fake/tools", messages=user(marker), stream=True,
        tools=[{"type": "function", "function": {"name": "search", "parameters": {"type": "object"}}}])
    calls: dict[int, dict[str, str]] = {}
    for chunk in raw.parse():
        for delta in chunk.choices[0].delta.tool_calls or ():
            call = calls.setdefault(delta.index, {"name": "", "arguments": ""})
            call["name"] += (delta.function and delta.function.name) or ""
            call["arguments"] += (delta.function and delta.function.arguments) or ""
    assert relayed(gateway, raw.headers["x-request-id"])
    assert [calls[i]["name"] for i in sorted(calls)] == ["search", "lookup"]
    assert json.loads(calls[1]["arguments"]) == {"query": marker, "n": 1}


def test_relayed_disconnect_cancels_upstream(gateway: RunningGateway, marker: str) -> None:
    with httpx.stream(
        "POST", gateway.base_url + "/v1/chat/completions", headers={"Authorization": f"Bearer {gateway.key}"},
        json={"model": "fake/drip", "messages": user(marker), "stream": True}, timeout=30,
    ) as response:
        request_id = response.headers["x-request-id"]
        seen = 0
        for line in response.iter_lines():
            seen += line.startswith("data: ")
            if seen == 3:
                break  # leaving the block closes the connection mid-stream
    deadline = time.monotonic() + 10
    while marker not in gateway.upstream.log.disconnects and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker in gateway.upstream.log.disconnects, "upstream call still running"
    line = log_line(gateway, request_id)
    assert " relayed=True" in line and " outcome=cancelled" in line
