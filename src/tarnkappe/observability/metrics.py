"""The gateway's Prometheus metrics: one `CollectorRegistry` per application (never the library's
global default registry, so two applications in one process — the tests start several — never
share or double-count a series).

Every label value comes from a closed set known when the application is built: catalog model
names (a model a client named that the catalog does not have is `none`), provider kinds, the
dialects' route templates, error codes of the gateway's own error classes, entity types, org ids,
deployment labels of the configuration. Anything outside its set is written as a fixed placeholder
(`none`, `other`), so that no client can create series or put text into a label.

Most metrics are counted where the request ends (`observe_request`, `observe_outcome`): a few
dictionary updates per request, off the stream's hot loop. Queue depths and cache counters are read
only when Prometheus scrapes (`watch`), so they cost nothing in between.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from tarnkappe.core.errors import GatewayError
from tarnkappe.core.metering import RequestOutcome

NONE = "none"
OTHER = "other"

# LLM calls last from tens of milliseconds (embeddings, a cached key) to minutes (a long stream).
DURATION_BUCKETS = (0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 30.0, 60.0, 120.0, 300.0)
FIRST_TOKEN_BUCKETS = (0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.5, 5.0, 10.0, 30.0)

# Outcomes that are not error codes.
_PLAIN_OUTCOMES = frozenset({"ok", "cancelled", "internal_error", "error"})


def known_error_codes() -> frozenset[str]:
    """Every `code` a gateway error class declares (subclasses defined anywhere that is imported by
    now: core, dialects, accounts), plus the pipeline's own outcomes."""
    codes = set(_PLAIN_OUTCOMES)
    stack: list[type[GatewayError]] = [GatewayError]
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        code = cls.__dict__.get("code")
        if isinstance(code, str):
            codes.add(code)
    return frozenset(codes)


def status_class(status: int) -> str:
    """`2xx` … `5xx`; `disconnect` when the client left before an answer began."""
    return f"{status // 100}xx" if 100 <= status <= 599 else "disconnect"


class Metrics:
    """The metric families and the few calls that update them.

    `models`: the catalog's names; `providers`: the provider kinds in use; `dialects`: each
    dialect's name and path prefixes (`dialect_of` picks the longest matching prefix);
    `entity_types`: what anonymization can mask. Org ids are not known at start, but every one is
    an id the gateway itself created (never a name a client sent)."""

    def __init__(self, *, models: Iterable[str], providers: Iterable[str],
                 dialects: Sequence[tuple[str, Sequence[str]]], entity_types: Iterable[str]) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self._models = frozenset(models)
        self._providers = frozenset(providers)
        # (prefix, dialect), longest prefix first: /v1/messages is Anthropic's, /v1 OpenAI's.
        self._prefixes = sorted(((p, name) for name, prefixes in dialects for p in prefixes),
                                key=lambda item: len(item[0]), reverse=True)
        self._entity_types = frozenset(entity_types)
        self._codes = known_error_codes()
        registry = self.registry

        self.requests = Counter(
            "tarnkappe_requests", "HTTP requests, by API dialect, route template, catalog model, provider kind, "
            "status class and the pipeline's outcome (an error code; none: it did not reach a model)",
            ["dialect", "route", "model", "provider", "status_class", "outcome"], registry=registry)
        self.duration = Histogram(
            "tarnkappe_request_duration_seconds", "Whole request, until its last byte (a stream: until it ended)",
            ["dialect", "model", "stream"], buckets=DURATION_BUCKETS, registry=registry)
        self.first_token = Histogram(
            "tarnkappe_time_to_first_token_seconds", "Streams: from the request's start to its first event's bytes",
            ["dialect", "model"], buckets=FIRST_TOKEN_BUCKETS, registry=registry)
        self.upstream = Histogram(
            "tarnkappe_upstream_duration_seconds", "The pipeline's provider stage: masking, routing, the upstream "
            "call (a stream: until it ended)", ["model", "provider"], buckets=DURATION_BUCKETS, registry=registry)
        self.in_flight = Gauge("tarnkappe_in_flight_requests", "HTTP requests being answered now", registry=registry)
        self.in_flight_streams = Gauge("tarnkappe_in_flight_streams", "Event streams open now", registry=registry)
        self.tokens = Counter(
            "tarnkappe_tokens", "Tokens by organization, model and type (prompt, completion), as the upstream "
            "reported them or as estimated when it did not", ["org", "model", "type"], registry=registry)
        self.cost = Counter(
            "tarnkappe_cost", "Cost recorded in the usage ledger, by organization, model and currency",
            ["org", "model", "currency"], registry=registry)
        self.budget_refusals = Counter(
            "tarnkappe_budget_refusals", "Requests refused because the organization's spending limit was reached",
            ["org"], registry=registry)
        self.rate_limit_refusals = Counter(
            "tarnkappe_rate_limit_refusals", "Requests refused by the key's or organization's rate limits",
            ["org"], registry=registry)
        self.anonymized = Counter(
            "tarnkappe_anonymized_requests", "Requests whose text was masked before it went upstream",
            ["model"], registry=registry)
        self.entities = Counter(
            "tarnkappe_masked_entities", "Distinct personal values masked, by entity type (never the values)",
            ["type"], registry=registry)
        self.retries = Counter(
            "tarnkappe_router_retries", "Attempts after a request's first, over a model's deployments",
            ["model"], registry=registry)
        self.fallbacks = Counter(
            "tarnkappe_router_fallbacks", "Requests answered by a deployment other than the first one chosen",
            ["model"], registry=registry)
        self.cooldowns = Counter(
            "tarnkappe_router_cooldowns", "Deployments sent to cool down after a failure",
            ["model", "deployment"], registry=registry)
        self._readings = _Readings()
        registry.register(self._readings)

    # ------------------------------------------------------------------ label values

    def model_label(self, name: object) -> str:
        return name if isinstance(name, str) and name in self._models else NONE

    def provider_label(self, name: object) -> str:
        return name if isinstance(name, str) and name in self._providers else NONE

    def outcome_label(self, code: object) -> str:
        if code is None:
            return NONE
        return code if isinstance(code, str) and code in self._codes else OTHER

    def dialect_of(self, route: str) -> str:
        for prefix, name in self._prefixes:
            if route == prefix or route.startswith(prefix + "/"):
                return name
        return NONE

    def entity_label(self, entity_type: str) -> str:
        return entity_type if entity_type in self._entity_types else OTHER

    # ------------------------------------------------------------------ observations

    def observe_request(self, *, route: str, status: int, fields: Mapping[str, Any], seconds: float,
                        first_byte_seconds: float | None) -> None:
        """One HTTP request at its end. `route` is the route template (never the path's values);
        `fields` is what the pipeline recorded about it (model, provider, outcome, upstream_ms)."""
        dialect = self.dialect_of(route)
        model = self.model_label(fields.get("model"))
        provider = self.provider_label(fields.get("provider"))
        outcome = self.outcome_label(fields.get("outcome"))
        self.requests.labels(dialect, route, model, provider, status_class(status), outcome).inc()
        stream = "true" if first_byte_seconds is not None else "false"
        self.duration.labels(dialect, model, stream).observe(seconds)
        if first_byte_seconds is not None:
            self.first_token.labels(dialect, model).observe(first_byte_seconds)
        upstream_ms = fields.get("upstream_ms")
        if isinstance(upstream_ms, (int, float)) and model != NONE:
            self.upstream.labels(model, provider).observe(upstream_ms / 1000)

    def observe_outcome(self, outcome: RequestOutcome) -> None:
        """What metering settled about one request: tokens, cost, refusals, masking."""
        principal = outcome.principal
        org = (principal.org_id if principal is not None else None) or NONE
        model = self.model_label(outcome.model)
        if outcome.status == "insufficient_quota":
            self.budget_refusals.labels(org).inc()
        elif outcome.status == "rate_limit_exceeded":
            self.rate_limit_refusals.labels(org).inc()
        usage = outcome.usage
        if usage is not None:
            if usage.prompt_tokens:
                self.tokens.labels(org, model, "prompt").inc(usage.prompt_tokens)
            if usage.completion_tokens:
                self.tokens.labels(org, model, "completion").inc(usage.completion_tokens)
        if outcome.cost is not None and outcome.cost > 0 and outcome.currency:
            self.cost.labels(org, model, outcome.currency).inc(float(outcome.cost))
        if outcome.anonymized:
            self.anonymized.labels(model).inc()
            for entity_type, count in (outcome.entity_counts or {}).items():
                self.entities.labels(self.entity_label(entity_type)).inc(count)

    def router_event(self, event: str, model: str, deployment: str) -> None:
        """A routing decision (routing/router.py calls it): retry, fallback or cooldown."""
        name = self.model_label(model)
        if event == "retry":
            self.retries.labels(name).inc()
        elif event == "fallback":
            self.fallbacks.labels(name).inc()
        elif event == "cooldown":
            self.cooldowns.labels(name, deployment).inc()

    def watch(self, kind: str, name: str, documentation: str, read: Callable[[], float]) -> None:
        """A value read only at scrape time (a queue's depth, a cache's counters): `kind` is
        `gauge` or `counter` (a counter's `read` returns the running total)."""
        self._readings.add(kind, name, documentation, read)


class _Readings(Collector):
    """Values read from live objects when Prometheus scrapes."""

    def __init__(self) -> None:
        self._items: list[tuple[str, str, str, Callable[[], float]]] = []

    def add(self, kind: str, name: str, documentation: str, read: Callable[[], float]) -> None:
        if kind not in ("gauge", "counter"):
            raise ValueError(f"unknown metric kind {kind!r}")
        self._items.append((kind, name, documentation, read))

    def collect(self) -> Iterator[Metric]:
        for kind, name, documentation, read in self._items:
            if kind == "gauge":
                yield GaugeMetricFamily(name, documentation, value=float(read()))
            else:
                yield CounterMetricFamily(name, documentation, value=float(read()))
