"""`GET /metrics`: off by default, protected when on (its own token, or a port of its own), in
Prometheus' text format, with the issue's metrics counted by a real gateway process against the
fake upstream — and no prompt text, key or personal value in any label."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tarnkappe.config import ConfigError, parse_settings
from tests.conftest import RunningGateway
from tests.gateways import Gateway, GatewayFactory, free_port

METRICS_TOKEN = "tk-metrics-" + secrets.token_hex(12)


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a scrape by (name, sorted labels)."""
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def total(scrape: dict[tuple[str, tuple[tuple[str, str], ...]], float], name: str, **labels: str) -> float:
    """The sum of `name`'s samples whose labels include `labels`."""
    return sum(value for (sample, have), value in scrape.items()
               if sample == name and set(labels.items()) <= set(have))


def scrape(gateway: Gateway, token: str = METRICS_TOKEN) -> str:
    response = httpx.get(gateway.base_url + "/metrics", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain; version=")
    return response.text


def eventually(check: Callable[[], bool], what: str, attempts: int = 100) -> None:
    """Poll a condition that a background task makes true (a ledger flush): bounded in attempts."""
    for _ in range(attempts):
        if check():
            return
        time.sleep(0.1)
    raise AssertionError(f"never true: {what}")


def routed_entry(upstream_url: str) -> dict[str, Any]:
    """A model of two deployments: the first always fails (503), the second answers."""
    common = {"provider": "openai", "base_url": upstream_url, "api_key": "${FAKE_UPSTREAM_KEY}", "region": "eu"}
    return {"name": "routed/metrics", "provider": "openai", "region": "eu", "timeout": 10, "cooldown": 60,
            "deployments": [{"name": "broken", **common, "upstream_model": "status-503"},
                            {"name": "spare", **common, "upstream_model": "echo", "weight": 0}]}


@pytest.fixture(scope="module")
def metered(gateways: GatewayFactory, tmp_path_factory: pytest.TempPathFactory) -> Gateway:
    workdir = tmp_path_factory.mktemp("metrics")
    config = gateways.config(f"sqlite:///{workdir / 'tk.db'}", metrics={"enabled": True, "token": METRICS_TOKEN})
    config["models"].append(routed_entry(gateways.upstream_url))
    return gateways.start(config, workdir)


def org_key(gateway: Gateway, **org: Any) -> tuple[str, str]:
    name = "m" + secrets.token_hex(4)
    created = gateway.admin("POST", "/orgs", json={"name": name, **org})
    assert created.status_code == 201, created.text
    key = gateway.admin("POST", "/keys", json={"org": name})
    assert key.status_code == 201, key.text
    return created.json()["id"], key.json()["secret"]


def test_metrics_are_off_by_default(gateway: RunningGateway) -> None:
    assert httpx.get(gateway.base_url + "/metrics", timeout=10).status_code == 404
    authorized = httpx.get(gateway.base_url + "/metrics", headers={"Authorization": f"Bearer {gateway.key}"})
    assert authorized.status_code == 404, "an API key never opens the metrics"


def test_metrics_need_their_token(metered: Gateway) -> None:
    url = metered.base_url + "/metrics"
    assert httpx.get(url, timeout=10).status_code == 401
    assert httpx.get(url, headers={"Authorization": "Bearer " + METRICS_TOKEN[:-1] + "x"}).status_code == 401
    assert httpx.get(url, headers={"Authorization": METRICS_TOKEN}).status_code == 401  # no scheme
    assert "tarnkappe_requests_total" in scrape(metered)


def test_enabled_metrics_must_be_protected() -> None:
    with pytest.raises(ConfigError, match="neither a token nor a port"):
        parse_settings({"metrics": {"enabled": True}}, "t.yaml")
    with pytest.raises(ConfigError, match="at least 16"):
        parse_settings({"metrics": {"enabled": True, "token": "short"}}, "t.yaml")
    assert parse_settings({"metrics": {"enabled": True, "port": 9464}}, "t.yaml").metrics.token is None
    assert parse_settings({}, "t.yaml").metrics.enabled is False


def test_requests_tokens_cost_refusals_masking_and_routing_are_counted(metered: Gateway) -> None:
    org_id, key = org_key(metered, limit="100", currency="CHF")
    poor_org, poor_key = org_key(metered, limit="0.01", currency="CHF")
    marker = "mk" + secrets.token_hex(6)
    email = f"{marker}@example.com"
    client = metered.client(key)

    client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": marker}])
    chunks = list(client.chat.completions.create(
        model="fake/echo", messages=[{"role": "user", "content": marker}], stream=True,
        stream_options={"include_usage": True}))
    assert chunks
    client.chat.completions.create(
        model="fake/echo", messages=[{"role": "user", "content": f"Write to Anna Muster at {email}"}],
        extra_body={"anonymize": True})
    client.embeddings.create(model="fake/embed", input=[marker])
    client.chat.completions.create(model="routed/metrics", messages=[{"role": "user", "content": marker}])
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model=f"no/{marker}", messages=[{"role": "user", "content": marker}])
    with pytest.raises(openai.PermissionDeniedError):  # the spending limit
        metered.client(poor_key).chat.completions.create(
            model="fake/metered", messages=[{"role": "user", "content": marker}])
    with pytest.raises(openai.AuthenticationError):
        metered.client("tk-" + marker).models.list()

    text = scrape(metered)
    found = samples(text)
    chat = {"dialect": "openai", "route": "/v1/chat/completions", "model": "fake/echo", "provider": "openai"}
    assert total(found, "tarnkappe_requests_total", **chat, status_class="2xx", outcome="ok") == 3
    assert total(found, "tarnkappe_requests_total", route="/v1/chat/completions", model="none",
                 status_class="4xx", outcome="none") == 1, "an unknown model is not a label"
    assert total(found, "tarnkappe_requests_total", route="/v1/chat/completions", model="fake/metered",
                 status_class="4xx", outcome="insufficient_quota") == 1
    assert total(found, "tarnkappe_requests_total", route="/v1/embeddings", model="fake/embed") == 1
    assert total(found, "tarnkappe_requests_total", route="/v1/models", status_class="4xx") == 1
    assert total(found, "tarnkappe_time_to_first_token_seconds_count", dialect="openai", model="fake/echo") == 1
    assert total(found, "tarnkappe_request_duration_seconds_count", model="fake/echo", stream="false") == 2
    assert total(found, "tarnkappe_upstream_duration_seconds_count", model="fake/echo", provider="openai") == 3
    assert total(found, "tarnkappe_tokens_total", org=org_id, model="fake/echo", type="prompt") > 0
    assert total(found, "tarnkappe_tokens_total", org=org_id, model="fake/echo", type="completion") > 0
    assert total(found, "tarnkappe_cost_total", org=org_id, model="fake/echo", currency="CHF") > 0
    assert total(found, "tarnkappe_budget_refusals_total", org=poor_org) == 1
    assert total(found, "tarnkappe_anonymized_requests_total", model="fake/echo") == 1
    assert total(found, "tarnkappe_masked_entities_total", type="EMAIL") == 1
    assert total(found, "tarnkappe_masked_entities_total", type="PERSON") == 1
    assert total(found, "tarnkappe_router_retries_total", model="routed/metrics") == 1
    assert total(found, "tarnkappe_router_fallbacks_total", model="routed/metrics") == 1
    assert total(found, "tarnkappe_router_cooldowns_total", model="routed/metrics", deployment="broken") == 1
    assert total(found, "tarnkappe_in_flight_streams") == 0
    assert total(found, "tarnkappe_in_flight_requests") == 1, "the scrape itself"
    assert total(found, "tarnkappe_key_cache_hits_total") > 0
    assert found[("tarnkappe_draining", ())] == 0, "exported, and 0 while serving"
    eventually(lambda: total(samples(scrape(metered)), "tarnkappe_ledger_rows_written_total") >= 6,
               "the ledger rows are written")
    later = samples(scrape(metered))
    assert total(later, "tarnkappe_ledger_queue_depth") == 0
    assert total(later, "tarnkappe_ledger_flush_errors_total") == 0

    for secret in (marker, "Anna", "Muster", "example.com", key, poor_key, METRICS_TOKEN):
        assert secret not in text, "no text, key or personal value in a metric"


def test_rate_limit_refusals_are_counted(metered: Gateway) -> None:
    org_id, key = org_key(metered, requests_per_minute=1)
    client = metered.client(key)
    client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": "one"}])
    with pytest.raises(openai.RateLimitError):
        client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": "two"}])
    assert total(samples(scrape(metered)), "tarnkappe_rate_limit_refusals_total", org=org_id) == 1


def test_metrics_on_a_port_of_their_own(gateways: GatewayFactory, tmp_path: Path) -> None:
    port = free_port()
    config = gateways.config(f"sqlite:///{tmp_path / 'tk.db'}", metrics={"enabled": True, "port": port})
    gateway = gateways.start(config, tmp_path)
    try:
        assert httpx.get(gateway.base_url + "/metrics", timeout=10).status_code == 404, "not on the API's port"
        response = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=10)
        assert response.status_code == 200
        assert "tarnkappe_in_flight_requests" in response.text
    finally:
        assert gateway.stop() in (0, -15)
