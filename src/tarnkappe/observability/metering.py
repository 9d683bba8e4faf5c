"""Metrics from the pipeline's one record of each request, without a line in the pipeline.

`ObservedMetering` is a `Metering` (core/metering.py) around the accounts' own (or around none,
when accounts are off): the pipeline hands it every request's `RequestOutcome` exactly once, on
every path, and it counts tokens, cost, refusals and masking after the inner metering settled
them. It never raises into a request: metrics are an observation, not a step.
"""

from __future__ import annotations

import logging

from tarnkappe.core.metering import Metering, RequestOutcome
from tarnkappe.core.principal import Principal
from tarnkappe.observability.metrics import Metrics

log = logging.getLogger("tarnkappe.metrics")


class ObservedMetering:
    def __init__(self, inner: Metering | None, metrics: Metrics) -> None:
        self.inner = inner
        self.metrics = metrics

    async def admit(self, outcome: RequestOutcome) -> None:
        if self.inner is not None:
            await self.inner.admit(outcome)

    async def admit_rate(self, principal: Principal) -> None:
        if self.inner is not None:
            await self.inner.admit_rate(principal)

    def finish(self, outcome: RequestOutcome) -> None:
        try:
            if self.inner is not None:
                self.inner.finish(outcome)
        finally:
            try:
                self.metrics.observe_outcome(outcome)
            except Exception as exc:  # an observation must never break an answer
                log.error("metrics failed", extra={"error": type(exc).__name__})
