"""Stopping a real `tarnkappe serve` process with requests in flight (server/lifecycle.py).

SIGTERM: `/readyz` answers 503 `draining` at once; after the grace new connections are refused,
while a stream running across the signal finishes whole; after the drain timeout whatever still
waits ends with its dialect's error event (or a 503); the usage ledger has a row for each, and the
process exits 0. SIGHUP does not kill it. The upstream holds its answers until the test releases
them (tests/fakes/gated_upstream.py): no step depends on how long anything takes, only on the
order of events.
"""

from __future__ import annotations

import json
import secrets
import signal
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.fakes.gated_upstream import GatedUpstream
from tests.fakes.openai_upstream import ServerThread
from tests.gateways import Gateway, GatewayFactory, free_port


@pytest.fixture(scope="module")
def gated() -> Iterator[tuple[GatedUpstream, str]]:
    upstream = GatedUpstream()
    port = free_port()
    with ServerThread(upstream.app, port):
        yield upstream, f"http://127.0.0.1:{port}/v1"


def start(gateways: GatewayFactory, workdir: Path, upstream_url: str, **server: Any) -> tuple[Gateway, str]:
    config = gateways.config(f"sqlite:///{workdir / 'tk.db'}", server={"log_level": "info", **server})
    config["models"].append({"name": "gated/chat", "provider": "openai", "upstream_model": "gated",
                             "base_url": upstream_url, "api_key": "unused", "region": "eu", "timeout": 120})
    gateway = gateways.start(config, workdir)
    org = "life" + secrets.token_hex(3)
    assert gateway.admin("POST", "/orgs", json={"name": org}).status_code == 201
    return gateway, gateway.admin("POST", "/keys", json={"org": org}).json()["secret"]


def ledger_status(workdir: Path, request_id: str) -> list[str]:
    with sqlite3.connect(workdir / "tk.db") as db:
        return [row[0] for row in db.execute("SELECT status FROM usage_ledger WHERE request_id = ?", (request_id,))]


def wait_for_draining(gateway: Gateway) -> dict[str, Any]:
    """Poll /readyz right after the signal until it says draining (bounded in attempts)."""
    for _ in range(500):
        answer = httpx.get(gateway.base_url + "/readyz", timeout=5)
        if answer.status_code == 503:
            return answer.json()
        assert answer.status_code == 200
        time.sleep(0.01)
    raise AssertionError("/readyz never went 503 after SIGTERM")


def wait_until_refused(gateway: Gateway) -> None:
    """Poll until a new connection is not served (the listener closed after the grace).

    Two outcomes mean the same: the connect is refused, or a connection that was still in the
    kernel's accept queue when the listener closed is dropped before any response (seen in a CI
    run under load: as the server closing it, or as a reset while the request is read -- httpx's
    ReadError, seen 2026-12-05). A response -- any status -- means the gateway still serves, and the
    poll goes on.
    """
    for _ in range(1000):
        try:
            httpx.get(gateway.base_url + "/healthz", timeout=5)
        except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError):
            return
        time.sleep(0.01)
    raise AssertionError("new connections were still accepted")


def data_lines(lines: Iterator[str]) -> Iterator[str]:
    return (line.removeprefix("data: ") for line in lines if line.startswith("data: "))


def test_a_stream_runs_across_sigterm_and_the_process_exits_0(
        gateways: GatewayFactory, gated: tuple[GatedUpstream, str], tmp_path: Path) -> None:
    upstream, url = gated
    gateway, key = start(gateways, tmp_path, url, drain_grace_seconds=1, drain_timeout_seconds=60)
    text = "across-" + secrets.token_hex(4)
    body = {"model": "gated/chat", "messages": [{"role": "user", "content": text}], "stream": True,
            "stream_options": {"include_usage": True}}
    with httpx.stream("POST", gateway.base_url + "/v1/chat/completions", json=body, timeout=60,
                      headers={"Authorization": f"Bearer {key}"}) as response:
        assert response.status_code == 200
        request_id = response.headers["x-request-id"]
        events = data_lines(response.iter_lines())
        assert json.loads(next(events))["choices"][0]["delta"]["content"] == "first "
        upstream.wait_until_held(text)

        gateway.process.send_signal(signal.SIGTERM)
        readiness = wait_for_draining(gateway)
        assert readiness["status"] == "draining"
        assert httpx.get(gateway.base_url + "/healthz", timeout=5).status_code == 200, "alive while draining"
        wait_until_refused(gateway)  # after the grace; the stream is still held upstream, so still open

        upstream.release(text)
        rest = list(events)
    assert rest[-1] == "[DONE]"
    assert [json.loads(e)["choices"][0]["delta"].get("content") for e in rest[:-1] if json.loads(e)["choices"]] \
        == ["second", None]
    assert not any("error" in json.loads(e) for e in rest[:-1])

    assert gateway.process.wait(timeout=60) == 0
    assert ledger_status(tmp_path, request_id) == ["ok"], "the ledger was written before the exit"
    log = gateway.log_path.read_text()
    assert "SIGTERM: draining" in log and "Application shutdown complete" in log
    assert text not in log


def _plain_request(base_url: str, key: str, text: str, result: dict[str, Any]) -> None:
    body = {"model": "gated/chat", "messages": [{"role": "user", "content": text}]}
    response = httpx.post(base_url + "/v1/chat/completions", json=body, timeout=60,
                          headers={"Authorization": f"Bearer {key}"})
    result.update(status=response.status_code, body=response.json(), request_id=response.headers["x-request-id"])


def test_the_drain_timeout_ends_what_is_left_with_each_dialects_error(
        gateways: GatewayFactory, gated: tuple[GatedUpstream, str], tmp_path: Path) -> None:
    upstream, url = gated
    gateway, key = start(gateways, tmp_path, url, drain_grace_seconds=0.2, drain_timeout_seconds=1,
                         log_format="json")
    tag = secrets.token_hex(4)
    openai_text, anthropic_text, plain_text = f"oa-{tag}", f"an-{tag}", f"pl-{tag}"
    plain: dict[str, Any] = {}
    worker = threading.Thread(target=_plain_request, args=(gateway.base_url, key, plain_text, plain))
    worker.start()
    with httpx.Client(timeout=60) as client, \
            client.stream("POST", gateway.base_url + "/v1/chat/completions", headers={"Authorization": f"Bearer {key}"},
                          json={"model": "gated/chat", "stream": True,
                                "messages": [{"role": "user", "content": openai_text}]}) as chat, \
            client.stream("POST", gateway.base_url + "/v1/messages",
                          headers={"x-api-key": key, "anthropic-version": "2023-06-01"},
                          json={"model": "gated/chat", "stream": True, "max_tokens": 50,
                                "messages": [{"role": "user", "content": anthropic_text}]}) as messages:
        chat_lines, message_lines = chat.iter_lines(), messages.iter_lines()
        assert "first " in next(data_lines(chat_lines))
        for text in (openai_text, anthropic_text, plain_text):
            upstream.wait_until_held(text)

        gateway.process.send_signal(signal.SIGTERM)
        chat_rest = list(data_lines(chat_lines))
        message_rest = list(message_lines)
        chat_id, messages_id = chat.headers["x-request-id"], messages.headers["x-request-id"]
    worker.join(timeout=60)

    assert "[DONE]" not in chat_rest, "an incomplete stream never ends like a complete one"
    error = json.loads(chat_rest[-1])["error"]
    assert error["code"] == "service_unavailable" and "shutting down" in error["message"]
    events = [line.removeprefix("event: ") for line in message_rest if line.startswith("event: ")]
    assert events[-1] == "error" and "message_stop" not in events
    assert plain["status"] == 503 and plain["body"]["error"]["code"] == "service_unavailable"

    assert gateway.process.wait(timeout=60) == 0
    for request_id in (chat_id, messages_id, plain["request_id"]):
        assert ledger_status(tmp_path, request_id) == ["service_unavailable"]
    for _ in range(500):  # the upstream calls were closed, not left running
        if {openai_text, anthropic_text, plain_text} <= set(upstream.abandoned):
            break
        time.sleep(0.01)
    assert {openai_text, anthropic_text, plain_text} <= set(upstream.abandoned)

    # Structured logs: every log record is one JSON object per line, with the usual fields.
    lines = gateway.log_path.read_text().splitlines()
    records = [json.loads(line) for line in lines if line.startswith("{")]
    assert not [line for line in lines if line.startswith("time=")], "no logfmt line in JSON mode"
    access = [r for r in records if r["logger"] == "tarnkappe.access" and r.get("model") == "gated/chat"]
    assert len(access) == 3 and {r["outcome"] for r in access} == {"service_unavailable"}
    assert all(r["request_id"].startswith("req_") for r in access)
    assert any(r["msg"] == "drain timeout: ending what is still in flight" for r in records)
    for text in (openai_text, anthropic_text, plain_text, key):
        assert text not in "\n".join(lines)


def test_sighup_does_not_stop_the_gateway(gateways: GatewayFactory, gated: tuple[GatedUpstream, str],
                                          tmp_path: Path) -> None:
    gateway, key = start(gateways, tmp_path, gated[1])
    gateway.process.send_signal(signal.SIGHUP)
    for _ in range(500):
        if "SIGHUP ignored" in gateway.log_path.read_text():
            break
        time.sleep(0.01)
    assert "SIGHUP ignored" in gateway.log_path.read_text()
    assert gateway.process.poll() is None
    assert httpx.get(gateway.base_url + "/readyz", timeout=5).status_code == 200
    assert gateway.stop() == 0
