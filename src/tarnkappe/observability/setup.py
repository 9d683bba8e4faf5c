"""Building the metrics for one application from what it is made of: the catalog and providers
(label sets, the routers' events), the dialects (route → dialect), and — with accounts on — the
usage ledger's queue and the key cache, read at scrape time."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from tarnkappe.gateway.drain import Drain
from tarnkappe.observability.metrics import Metrics
from tarnkappe.routing.router import Router
from tarnkappe.server.route_table import Dialect


def build_metrics(*, models: Iterable[str], providers: Mapping[str, Any], dialects: Iterable[Dialect],
                  entity_types: Iterable[str], accounts: Any = None, drain: Drain | None = None) -> Metrics:
    """`providers` by model name (a `Router` among them reports its retries, fallbacks and
    cool-downs); `accounts`: the accounts service, or None when accounts are off; `drain`: the
    shutdown's state (gateway/drain.py), when a server drives one."""
    kinds: set[str] = set()
    for provider in providers.values():
        kinds.add(provider.entry.provider)
        if isinstance(provider, Router):
            kinds.update(d.provider.entry.provider for d in provider.deployments)
    metrics = Metrics(models=models, providers=kinds, entity_types=entity_types,
                      dialects=[(d.name, d.path_prefixes) for d in dialects])
    for provider in providers.values():
        if isinstance(provider, Router):
            provider.events = metrics.router_event
    if drain is not None:
        metrics.watch("gauge", "tarnkappe_draining", "1 from a SIGTERM on: not ready, finishing what is in flight",
                      lambda: drain.draining)
    if accounts is not None:
        ledger, keys = accounts.ledger, accounts.keys
        metrics.watch("gauge", "tarnkappe_ledger_queue_depth", "Usage ledger rows queued, not yet written",
                      lambda: ledger.pending)
        metrics.watch("counter", "tarnkappe_ledger_flush_errors", "Failed usage ledger writes (retried)",
                      lambda: ledger.flush_errors)
        metrics.watch("counter", "tarnkappe_ledger_rows_dropped", "Usage ledger rows dropped (queue full)",
                      lambda: ledger.dropped)
        metrics.watch("counter", "tarnkappe_ledger_rows_written", "Usage ledger rows written",
                      lambda: ledger.written)
        metrics.watch("counter", "tarnkappe_key_cache_hits", "API key lookups answered from the cache",
                      lambda: keys.cache_hits)
        metrics.watch("counter", "tarnkappe_key_cache_misses", "API key lookups that read the database",
                      lambda: keys.cache_misses)
    return metrics
