"""What is recorded about one request, and the protocol of whoever records it.

The pipeline fills a `RequestOutcome` on every path of a request and hands it to a `Metering`
(the accounts package implements it: rate limits, budget reservations, the usage ledger). Both live
in the ground layer so that accounts can implement the protocol without importing the pipeline.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.principal import Principal
from tarnkappe.core.types import ChatRequest, EmbeddingRequest, Usage


@dataclass(slots=True)
class RequestOutcome:
    """What is recorded about one request: never its text. `request` is kept only for the
    lifetime of the request, to estimate tokens when the upstream reported none."""

    model: str
    provider: str
    key_id: str
    stream: bool
    started: float = field(default_factory=time.perf_counter)
    started_at: float = field(default_factory=time.time)  # wall clock, for the ledger
    usage: Usage | None = None
    status: str = "ok"
    principal: Principal | None = None
    entry: ModelEntry | None = None
    request: ChatRequest | EmbeddingRequest | None = None
    ticket: Any = None  # what Metering.admit held for the request (a reservation, rate scopes)
    completion_chars: int = 0  # streamed so far, for an estimate when the usage never comes
    anonymized: bool = False
    relayed: bool = False  # a stream relayed as the upstream's events (gateway/pipeline.py)
    entity_counts: dict[str, int] | None = None  # per entity type, never values
    cost: Decimal | None = None  # what metering recorded in the ledger, for the metrics
    currency: str | None = None
    # Set by `Metering.finish` when the ledger row is durable only once this is awaited (a journal
    # in Redis); the pipeline awaits it before the answer's last byte. Never raises.
    recorded: Awaitable[None] | None = None


class Metering(Protocol):
    """Rate limits, budget reservations and the usage ledger, around every provider call."""

    async def admit(self, outcome: RequestOutcome) -> None:
        """Decide whether the request may go upstream; raise RateLimited or QuotaExceeded if not.
        Whatever it holds goes into `outcome.ticket`."""

    async def admit_rate(self, principal: Principal) -> None:
        """The caller's rate limits only, for a request that reaches a provider without generating
        (a token count): raise RateLimited if over them. Nothing is reserved and nothing recorded,
        so there is no `finish` for it."""

    def finish(self, outcome: RequestOutcome) -> None:
        """Settle what admit held and record the request. Called exactly once per admitted or
        refused request, on every path; must not block and must not raise. Where the record is
        durable only after I/O, it leaves that I/O in `outcome.recorded` for the caller to await."""
