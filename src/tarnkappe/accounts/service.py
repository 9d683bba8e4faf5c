"""Accounts as the pipeline sees them: the key store, and the `Metering` that admits requests
(rate limits, budget reservation) and finishes them (settlement, ledger row).

`Accounts.from_settings` picks the backends: with a Redis URL, counters are shared through Redis;
with PostgreSQL and no Redis, budgets are reserved in the database; with SQLite alone (one
process), everything is counted in memory and the database is touched only by the batched ledger
writer and the key cache's refreshes.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from tarnkappe.accounts import migrate
from tarnkappe.accounts.budget import NOT_LOADED, Budget, MemoryBudget, Reservation, SqlBudget
from tarnkappe.accounts.keys import DatabaseKeyStore
from tarnkappe.accounts.ledger import LedgerWriter
from tarnkappe.accounts.models import DEFAULT_ORG_ID, from_nanos
from tarnkappe.accounts.pricing import (
    ZERO,
    ExchangeRates,
    MissingExchangeRate,
    Tariffs,
    cap_web_searches,
    completion_token_ceiling,
    estimated_usage,
    prompt_token_ceiling,
)
from tarnkappe.accounts.ratelimit import MemoryRateLimiter, RedisRateLimiter, Rules, Scope, compile_rules
from tarnkappe.accounts.store import Store, create_engine, set_default_org_exists
from tarnkappe.config import AccountsSettings, Settings
from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.errors import GatewayError, QuotaExceeded
from tarnkappe.core.metering import RequestOutcome
from tarnkappe.core.principal import Principal
from tarnkappe.core.types import ChatRequest, Usage
from tarnkappe.gateway.auth import ConfigKeyStore
from tarnkappe.logs import request_id_var

log = logging.getLogger("tarnkappe.accounts")

# PeakPrivacy's exact 403 body text; the OpenAI dialect sends it with code insufficient_quota.
QUOTA_MESSAGE = "Subscription amount limit has been reached"


class ExchangeRateMissing(GatewayError):
    status = 500
    code = "exchange_rate_missing"


@dataclass(frozen=True, slots=True)
class RatePlan:
    """A principal's rate limits as admission checks them, worked out once per principal object
    (the key cache hands out the same one until its entry is refreshed)."""

    principal: Principal
    scopes: tuple[Scope, ...]
    rules: Rules
    counts_tokens: bool  # a tokens-per-minute limit: a finished request's tokens are counted


@dataclass(slots=True)
class Ticket:
    """What admission held for one request."""

    plan: RatePlan
    reservation: Reservation | None

    @property
    def scopes(self) -> tuple[Scope, ...]:
        return self.plan.scopes


class Accounts:
    def __init__(self, store: Store, keys: DatabaseKeyStore, budget: Budget,
                 limiter: MemoryRateLimiter | RedisRateLimiter, ledger: LedgerWriter, rates: ExchangeRates,
                 options: AccountsSettings, redis: Any = None) -> None:
        self.store = store
        self.keys = keys
        self.budget = budget
        self.limiter = limiter
        self.ledger = ledger
        self.rates = rates
        self.tariffs = Tariffs(rates)
        self.options = options
        self._redis = redis
        self._tasks: set[asyncio.Task[None]] = set()
        self._plans: dict[int, RatePlan] = {}
        # Settled and counted at once, without a task, when nothing needs I/O.
        self._memory_budget = budget if isinstance(budget, MemoryBudget) else None
        self._memory_limiter = limiter if isinstance(limiter, MemoryRateLimiter) else None

    @classmethod
    def from_settings(cls, settings: Settings, config_keys: ConfigKeyStore | None = None) -> Accounts:
        """Build everything without connecting; `start()` connects and migrates."""
        options = settings.accounts
        store = Store(create_engine(settings.database.url, pool_size=settings.database.pool_size))
        config_keys = config_keys or ConfigKeyStore(settings.api_keys, org_id=DEFAULT_ORG_ID)
        keys = DatabaseKeyStore(store, config_keys, ttl=options.key_cache_ttl_seconds, size=options.key_cache_size,
                                stale_grace=options.key_stale_grace_seconds)
        redis = None
        if settings.redis.url and "redis" in (options.budget_backend, options.rate_limit_backend, "auto"):
            from tarnkappe.accounts.budget_redis import connect_redis

            redis = connect_redis(settings.redis.url)
        budget_kind = options.budget_backend
        if budget_kind == "auto":
            budget_kind = "redis" if redis else ("database" if store.engine.dialect.name == "postgresql" else "memory")
        budget: Budget
        if budget_kind == "redis":
            from tarnkappe.accounts.budget_redis import RedisBudget

            assert redis is not None, "settings validation requires redis.url for the redis backend"
            budget = RedisBudget(redis, store, prefix=options.redis_prefix,
                                 reservation_ttl=options.reservation_ttl_seconds)
        elif budget_kind == "database":
            budget = SqlBudget(store, reservation_ttl=options.reservation_ttl_seconds)
        else:
            budget = MemoryBudget(store)
        limiter_kind = options.rate_limit_backend
        if limiter_kind == "auto":
            limiter_kind = "redis" if redis else "memory"
        limiter: MemoryRateLimiter | RedisRateLimiter = MemoryRateLimiter()
        if limiter_kind == "redis":
            assert redis is not None, "settings validation requires redis.url for the redis backend"
            limiter = RedisRateLimiter(redis, prefix=options.redis_prefix)
        journal = None
        if redis is not None and options.ledger_journal:  # a killed instance must not take rows along
            from tarnkappe.accounts.ledger_journal import RedisLedgerJournal

            journal = RedisLedgerJournal(redis, prefix=options.redis_prefix, ttl=options.reservation_ttl_seconds,
                                         max_rows=options.ledger_max_pending)
        ledger = LedgerWriter(store, flush_interval=options.ledger_flush_interval_seconds,
                              batch_size=options.ledger_batch_size, max_pending=options.ledger_max_pending,
                              journal=journal)
        return cls(store, keys, budget, limiter, ledger, ExchangeRates(dict(settings.exchange_rates)), options, redis)

    async def start(self, *, migrate_schema: bool = True) -> None:
        if migrate_schema:
            await migrate.upgrade(self.store.engine)
        await set_default_org_exists(self.store)
        await self.budget.start()
        await self.ledger.start()
        log.info("accounts ready", extra={"budget": type(self.budget).__name__,
                                          "rate_limits": type(self.limiter).__name__,
                                          "database": self.store.engine.dialect.name})

    async def close(self) -> None:
        """Wait for pending settlements, then write every queued ledger row."""
        if self._tasks:
            await asyncio.wait(self._tasks, timeout=10)
        await self.ledger.close()
        await self.budget.close()
        await self.limiter.close()
        if self._redis is not None:
            await self._redis.aclose()
        await self.store.close()

    # ------------------------------------------------------------------ Metering

    @staticmethod
    def _rate_scopes(principal: Principal) -> list[Scope]:
        scopes: list[Scope] = []
        if principal.key_limits.any:
            scopes.append(("key:" + principal.key_id, principal.key_limits))
        if principal.org_limits.any and principal.org_id:
            scopes.append(("org:" + principal.org_id, principal.org_limits))
        return scopes

    def _plan(self, principal: Principal) -> RatePlan:
        plan = self._plans.get(id(principal))
        if plan is not None and plan.principal is principal:
            return plan
        scopes = tuple(self._rate_scopes(principal))
        plan = RatePlan(principal, scopes, compile_rules(scopes), any(limits.tokens_per_minute for _, limits in scopes))
        if len(self._plans) >= 2 * self.options.key_cache_size:  # principals of keys no longer cached
            self._plans.clear()
        self._plans[id(principal)] = plan
        return plan

    async def admit_rate(self, principal: Principal) -> None:
        plan = self._plan(principal)
        if plan.rules:
            if self._memory_limiter is not None:
                self._memory_limiter.admit_now(plan.rules)
            else:
                await self.limiter.admit_rules(plan.rules)

    async def admit(self, outcome: RequestOutcome) -> None:
        principal, entry, request = outcome.principal, outcome.entry, outcome.request
        assert principal is not None and entry is not None and request is not None
        plan = self._plans.get(id(principal))
        if plan is None or plan.principal is not principal:
            plan = self._plan(principal)
        if plan.rules:
            if self._memory_limiter is not None:
                self._memory_limiter.admit_now(plan.rules)  # no I/O: no coroutine either
            else:
                await self.limiter.admit_rules(plan.rules)
        ticket = Ticket(plan, None)
        outcome.ticket = ticket
        limit = principal.spending_limit
        if limit is None or principal.org_id is None:
            return
        prompt = prompt_token_ceiling(request, entry)
        completion = completion_token_ceiling(request, entry, self.options.default_max_output_tokens)
        searches = 0
        if isinstance(request, ChatRequest):
            # The reservation covers this many output tokens per choice; the upstream is told so,
            # so that it cannot bill more than was reserved (every provider sends max_tokens on).
            request.max_tokens = completion // max(1, request.n)
            if request.tools:
                # Server-side web searches are billed per search: the reservation covers the most
                # the request's search tools may run, and the upstream is told that cap.
                searches = cap_web_searches(request, self.options.default_max_web_searches)
        try:
            worst = self.tariffs.nanos(entry.price, prompt, completion, principal.currency, web_searches=searches,
                                       web_search_per_thousand=entry.web_search_per_thousand if searches else ZERO,
                                       round_up=True)
        except MissingExchangeRate as exc:
            raise ExchangeRateMissing(f"{exc}; the gateway cannot enforce the spending limit without it") from None
        memory = self._memory_budget
        reservation = memory.reserve_now(principal.org_id, limit, worst) if memory is not None else NOT_LOADED
        if reservation is NOT_LOADED:
            reservation = await self.budget.reserve_nanos(principal.org_id, limit, worst)
        ticket.reservation = reservation
        if reservation is None:
            raise QuotaExceeded(QUOTA_MESSAGE)

    def finish(self, outcome: RequestOutcome) -> None:
        principal, entry, request = outcome.principal, outcome.entry, outcome.request
        assert principal is not None and entry is not None and request is not None
        ticket: Ticket | None = outcome.ticket
        usage = outcome.usage
        if usage is None:
            admitted = ticket is not None and outcome.status not in ("rate_limit_exceeded", "insufficient_quota")
            # Cut off or cancelled after it went upstream: estimate (the upstream has billed something).
            if admitted and (outcome.completion_chars or outcome.status in ("ok", "cancelled")):
                usage = estimated_usage(request, outcome.completion_chars)
            else:
                usage = Usage(prompt_tokens=0)
        # Amounts in nano-units (the ledger's and the budgets' own unit): `Tariffs` computes them
        # with integers, exactly as `to_nanos(cost(...))` did with `Decimal`.
        searches = usage.web_search_requests
        amount, currency = self._cost(entry, usage, searches, principal.currency)
        overage = None
        if ticket is not None:
            if ticket.reservation is not None:
                reservation = ticket.reservation
                # The reservation is the ceiling of what one request costs the organization; an
                # upstream that reports more than it was allowed is recorded, not charged.
                held = reservation.nanos
                if amount > held:
                    overage, amount = amount - held, held
                    log.warning("upstream reported more than the request was allowed; the excess is not charged",
                                extra={"model": entry.name, "provider": entry.provider,
                                       "prompt_tokens": usage.prompt_tokens,
                                       "completion_tokens": usage.completion_tokens,
                                       "web_search_requests": searches,
                                       "max_tokens": request.max_tokens if isinstance(request, ChatRequest) else None,
                                       "overage": str(Decimal(overage).scaleb(-9)), "currency": currency})
                if self._memory_budget is not None:
                    self._memory_budget.settle_now(reservation, amount)
                else:
                    settled = amount
                    self._spawn(lambda: self.budget.settle_nanos(reservation, settled), "budget settlement")
            tokens = usage.total_tokens
            if tokens and ticket.plan.counts_tokens:
                rules = ticket.plan.rules
                if self._memory_limiter is not None:
                    self._memory_limiter.add_tokens_to_rules_now(rules, tokens)
                else:
                    self._spawn(lambda: self.limiter.add_tokens_to_rules(rules, tokens), "token count")
        outcome.cost, outcome.currency = from_nanos(amount), currency
        outcome.recorded = self.ledger.record({
            "created_at": datetime.fromtimestamp(outcome.started_at, UTC),
            "request_id": _request_id(),
            "org_id": principal.org_id,
            "key_id": principal.key_id,
            "model": entry.name,
            "provider": entry.provider,
            "region": entry.region,
            "stream": outcome.stream,
            "status": outcome.status,
            "prompt_tokens": usage.prompt_tokens,
            "completion_tokens": usage.completion_tokens,
            "web_search_requests": searches,
            "estimated": usage.estimated,
            "cost": amount,
            "currency": currency,
            "overage": overage,
            "latency_ms": round((time.perf_counter() - outcome.started) * 1000, 3),
            "anonymized": outcome.anonymized,
            "entity_counts": outcome.entity_counts,
        })

    def _cost(self, entry: ModelEntry, usage: Usage, searches: int, currency: str) -> tuple[int, str]:
        """What the usage costs at the entry's prices, in nano-units: its tokens, and the web
        searches the upstream reported (billed per search, apart from tokens)."""
        price = entry.price
        per_search = entry.web_search_per_thousand if searches else ZERO
        try:
            return self.tariffs.nanos(price, usage.prompt_tokens, usage.completion_tokens, currency,
                                      web_searches=searches, web_search_per_thousand=per_search), currency
        except MissingExchangeRate:
            # No rate configured (only possible for orgs without a limit): record the cost in the
            # model's own currency rather than a made-up one; the row says which.
            return self.tariffs.nanos(price, usage.prompt_tokens, usage.completion_tokens, price.currency,
                                      web_searches=searches, web_search_per_thousand=per_search), price.currency

    def _spawn(self, work: Callable[[], Coroutine[Any, Any, None]], what: str) -> None:
        """Run settlement off the request path (it may need the database or Redis); `close()`
        waits for these before the process exits."""
        task = asyncio.get_running_loop().create_task(_with_retries(work, what))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


async def _with_retries(work: Callable[[], Coroutine[Any, Any, None]], what: str, attempts: int = 4) -> None:
    """Settle; retry a failing settlement a few times (should all fail, the reservation expires)."""
    for attempt in range(attempts):
        try:
            await work()
            return
        except Exception as exc:
            log.error(f"{what} failed", extra={"error": type(exc).__name__, "attempt": attempt + 1})
            await asyncio.sleep(0.1 * 4**attempt)


def _request_id() -> str | None:
    """The id the HTTP edge gave this request (the client saw it as x-request-id), so a ledger row
    can be matched with the log line and with what the client reports."""
    value = request_id_var.get()
    return None if value == "-" else value
