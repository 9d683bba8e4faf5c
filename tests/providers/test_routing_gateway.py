"""Routing through the running gateway: a catalog entry with two deployments, the first of which
fails (HTTP 503), falls back to the second, of another provider, for plain and streamed calls."""

from __future__ import annotations

import time

from openai import OpenAI

from tests.providers.conftest import NativeGateway


def test_fallback_to_the_second_deployment(native_gateway: NativeGateway, native_client: OpenAI, marker: str) -> None:
    completion = native_client.chat.completions.create(
        model="routed/fallback", messages=[{"role": "user", "content": marker}])
    assert completion.choices[0].message.content == f"echo: {marker}"
    assert completion.model == "routed/fallback"
    assert native_gateway.upstreams["mistral"].find(marker), "served by the fallback deployment"
    tried = [r.path for r in native_gateway.upstreams["azure"].requests]
    assert any(path.startswith("/openai/deployments/status-503/") for path in tried)

    chunks = list(native_client.chat.completions.create(
        model="routed/fallback", messages=[{"role": "user", "content": marker + " again"}], stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == f"echo: {marker} again"
    assert native_gateway.upstreams["azure"].find(marker) and not native_gateway.upstreams["azure"].find(marker + " again"), \
        "the failed deployment is cooling down: the second request goes straight to the fallback"

    log = native_gateway.log_path.read_text()
    assert "deployment failed" in log and "azure-broken" in log
    assert marker not in log


def test_a_routed_stream_is_relayed_and_falls_back(native_gateway: NativeGateway, native_client: OpenAI,
                                                   marker: str) -> None:
    """Both deployments speak OpenAI's format, so the router relays (wire/openai_relay.py); the failing
    one is still left for the other before the first byte."""
    raw = native_client.chat.completions.with_raw_response.create(
        model="routed/relay", messages=[{"role": "user", "content": marker}], stream=True)
    chunks = list(raw.parse())
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == f"echo: {marker}"
    assert all(c.model == "routed/relay" for c in chunks)
    assert native_gateway.upstreams["openai"].find(marker), "served by the fallback deployment"
    assert any(r.path.startswith("/openai/deployments/status-503/") for r in native_gateway.upstreams["azure"].requests)
    request_id = raw.headers["x-request-id"]
    deadline = time.monotonic() + 10
    lines: list[str] = []
    while not lines and time.monotonic() < deadline:
        lines = [line for line in native_gateway.log_path.read_text().splitlines()
                 if f"request_id={request_id} " in line and "logger=tarnkappe.access" in line]
        time.sleep(0.05)
    assert lines and " relayed=True" in lines[0]
