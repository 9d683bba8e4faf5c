"""The metrics' label rules and the Grafana dashboard, without a gateway: label values from closed
sets only, and every metric the dashboard queries is one the gateway exports."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

from prometheus_client import generate_latest

from tarnkappe.core.metering import RequestOutcome
from tarnkappe.core.types import Usage
from tarnkappe.dialects import DIALECTS
from tarnkappe.gateway.drain import Drain
from tarnkappe.observability.metrics import Metrics, known_error_codes, status_class
from tarnkappe.observability.setup import build_metrics
from tarnkappe.privacy.entities import EntityType

DASHBOARD = Path(__file__).parents[1] / "deploy" / "grafana" / "tarnkappe-dashboard.json"


def metrics() -> Metrics:
    return Metrics(models=["fake/echo"], providers=["openai"], entity_types=EntityType.ALL,
                   dialects=[(d.name, d.path_prefixes) for d in DIALECTS])


def test_label_values_come_from_closed_sets() -> None:
    m = metrics()
    assert m.model_label("fake/echo") == "fake/echo"
    assert m.model_label("Anna Muster's secret model") == "none"
    assert m.provider_label("anthropic") == "none", "a kind not in use is not a label either"
    assert m.outcome_label("insufficient_quota") == "insufficient_quota"
    assert m.outcome_label("upstream said: anna@example.com") == "other"
    assert m.entity_label("EMAIL") == "EMAIL" and m.entity_label("anna") == "other"
    assert m.dialect_of("/v1/messages") == "anthropic"
    assert m.dialect_of("/v1/chat/completions") == "openai"
    assert m.dialect_of("/api/openai/v1/responses") == "openai-responses"
    assert m.dialect_of("/v1/ai/completions") == "peakprivacy"
    assert m.dialect_of("/healthz") == "none"
    assert "rate_limit_exceeded" in known_error_codes() and "ok" in known_error_codes()
    assert [status_class(s) for s in (200, 404, 503, 0)] == ["2xx", "4xx", "5xx", "disconnect"]


def test_an_outcome_counts_tokens_entities_and_refusals() -> None:
    m = metrics()
    usage = Usage(prompt_tokens=5, completion_tokens=7)
    outcome = RequestOutcome("fake/echo", "openai", "key1", stream=False, usage=usage, anonymized=True,
                             entity_counts={"PERSON": 2, "weird": 1})
    m.observe_outcome(outcome)
    m.observe_outcome(RequestOutcome("fake/echo", "openai", "key1", stream=False, status="insufficient_quota"))
    text = generate_latest(m.registry).decode()
    assert 'tarnkappe_tokens_total{model="fake/echo",org="none",type="prompt"} 5.0' in text
    assert 'tarnkappe_masked_entities_total{type="PERSON"} 2.0' in text
    assert 'tarnkappe_masked_entities_total{type="other"} 1.0' in text
    assert 'tarnkappe_budget_refusals_total{org="none"} 1.0' in text


def test_two_applications_never_share_a_registry() -> None:
    first, second = metrics(), metrics()
    first.in_flight.inc()
    assert "tarnkappe_in_flight_requests 0.0" in generate_latest(second.registry).decode()


def test_the_dashboard_queries_only_exported_metrics() -> None:
    dashboard = json.loads(DASHBOARD.read_text())
    accounts = SimpleNamespace(ledger=SimpleNamespace(pending=0, flush_errors=0, dropped=0, written=0),
                               keys=SimpleNamespace(cache_hits=0, cache_misses=0))
    built = build_metrics(models=[], providers={}, dialects=DIALECTS, entity_types=EntityType.ALL, accounts=accounts,
                          drain=Drain())
    exported = {family.name for family in built.registry.collect()}
    queried = {name for panel in dashboard["panels"] for target in panel["targets"]
               for name in re.findall(r"tarnkappe_[a-z_]+", target["expr"])}
    assert queried, "the dashboard has queries"
    for name in queried:
        base = re.sub(r"_(total|bucket|count|sum)$", "", name)
        assert base in exported, f"the dashboard queries {name}, which the gateway does not export"
    assert len(dashboard["panels"]) >= 10
