"""The request path's shortcuts in accounts keep every guarantee (issue 18):

- rate limits: `MemoryRateLimiter` with rules compiled once per principal admits and refuses exactly
  as the limiter did before (a reference copy of it below), over random sequences of requests,
  token counts and clock steps on overlapping key and org scopes;
- budgets: `Accounts.admit` reserving in memory without a coroutine (`MemoryBudget.reserve_now`)
  and, for a counter not yet loaded, through the lock (`reserve_nanos`) never lets 200 concurrent
  requests overspend, and settles to the exact ledger amounts;
- amounts in nano-units reach the ledger, and the Redis journal, as the `Decimal` amounts did.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from tarnkappe.accounts.budget import MemoryBudget
from tarnkappe.accounts.ledger_journal import decode_row, encode_row
from tarnkappe.accounts.models import Money, to_nanos
from tarnkappe.accounts.pricing import cost, prompt_token_ceiling
from tarnkappe.accounts.ratelimit import WINDOW, MemoryRateLimiter, Scope, compile_rules, retry_after
from tarnkappe.accounts.service import Accounts
from tarnkappe.config import Settings
from tarnkappe.core.errors import QuotaExceeded, RateLimited
from tarnkappe.core.metering import RequestOutcome
from tarnkappe.core.principal import RateLimits
from tarnkappe.core.types import ChatRequest, Message, Usage
from tests.accounts.helpers import run

# --------------------------------------------------------------------------- rate limits


@dataclass
class _ReferenceWindow:
    index: int
    previous: int = 0
    current: int = 0

    def roll(self, index: int) -> None:
        if index != self.index:
            self.previous = self.current if index == self.index + 1 else 0
            self.current = 0
            self.index = index


@dataclass
class _ReferenceLimiter:
    """MemoryRateLimiter as it was before its rules were compiled once per principal (9d088b2)."""

    clock: object
    windows: dict[tuple[str, str], _ReferenceWindow] = field(default_factory=dict)

    @staticmethod
    def rules(scopes: Sequence[Scope]) -> list[tuple[str, str, int]]:
        rules = []
        for scope, limits in scopes:
            if limits.requests_per_minute is not None:
                rules.append((scope, "rpm", limits.requests_per_minute))
            if limits.tokens_per_minute is not None:
                rules.append((scope, "tpm", limits.tokens_per_minute))
        return rules

    def admit(self, scopes: Sequence[Scope]) -> tuple[str, str, float] | None:
        now = self.clock()  # type: ignore[operator]
        index, fraction = int(now // WINDOW), (now % WINDOW) / WINDOW
        rules = self.rules(scopes)
        worst: tuple[str, str, float] | None = None
        for scope, kind, limit in rules:
            window = self.windows.setdefault((scope, kind), _ReferenceWindow(index))
            window.roll(index)
            if window.previous * (1 - fraction) + window.current + 1 > limit:
                wait = retry_after(window.previous, window.current, fraction, 1, limit)
                if worst is None or wait > worst[2]:
                    worst = (scope, kind, wait)
        if worst is not None:
            return worst
        for scope, kind, _ in rules:
            if kind == "rpm":
                self.windows[(scope, kind)].current += 1
        return None

    def add_tokens(self, scopes: Sequence[Scope], tokens: int) -> None:
        index = int(self.clock() // WINDOW)  # type: ignore[operator]
        for scope, kind, _ in self.rules(scopes):
            if kind == "tpm":
                window = self.windows.setdefault((scope, kind), _ReferenceWindow(index))
                window.roll(index)
                window.current += tokens


class _Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("seed", range(6))
def test_compiled_rules_admit_and_refuse_as_before(seed: int) -> None:
    rng = random.Random(seed)
    clock = _Clock(60 * 1000 + rng.random() * 60)
    limiter, reference = MemoryRateLimiter(clock=clock), _ReferenceLimiter(clock)
    orgs = [("org:o1", RateLimits(rng.randint(5, 40), rng.choice([None, rng.randint(50, 400)]))),
            ("org:o2", RateLimits(None, rng.randint(50, 400)))]
    principals = []
    for i in range(6):
        limits = RateLimits(rng.choice([None, rng.randint(2, 20)]), rng.choice([None, rng.randint(20, 300)]))
        key: Scope = (f"key:k{i}", limits)
        scopes = [s for s in (key, rng.choice(orgs)) if s[1].any]
        principals.append((scopes, compile_rules(scopes)))
    admitted = refused = 0
    for _ in range(3000):
        scopes, rules = rng.choice(principals)
        roll = rng.random()
        if roll < 0.6:
            expected = reference.admit(scopes)
            try:
                limiter.admit_now(rules)
                got = None
                admitted += 1
            except RateLimited as exc:
                got = exc
                refused += 1
            if expected is None:
                assert got is None
            else:
                assert got is not None and got.retry_after == expected[2]
                assert ("API key" if expected[0].startswith("key:") else "organization") in got.message
                assert ("requests" if expected[1] == "rpm" else "tokens") in got.message
        elif roll < 0.85:
            tokens = rng.randint(1, 120)
            reference.add_tokens(scopes, tokens)
            limiter.add_tokens_to_rules_now(rules, tokens)
        else:
            clock.now += rng.choice([0.5, 3.0, 17.0, 45.0, 70.0, 130.0])
    assert admitted > 100 and refused > 100  # both outcomes were compared, many times


def test_the_scope_api_still_counts_with_the_compiled_rules() -> None:
    clock = _Clock(60 * 1000 + 1)
    limiter = MemoryRateLimiter(clock=clock)
    scopes = [("key:k", RateLimits(requests_per_minute=2, tokens_per_minute=10))]
    rules = compile_rules(scopes)

    async def body() -> None:
        await limiter.admit(scopes)
        limiter.admit_now(rules)  # the same counters by either way in
        with pytest.raises(RateLimited):
            await limiter.admit(scopes)
        clock.now += 120
        await limiter.add_tokens(scopes, 11)
        with pytest.raises(RateLimited, match="tokens"):
            limiter.admit_now(rules)

    run(body)


# --------------------------------------------------------------------------- budgets through Accounts

PRICE_OUT = Decimal("1000")  # USD per million output tokens
RATE = Decimal("0.9")  # CHF per USD
MAX_TOKENS = 41


def _settings(path: Path) -> Settings:
    return Settings.model_validate({
        "database": {"url": f"sqlite:///{path}"}, "exchange_rates": {"USD/CHF": str(RATE)},
        "models": [{"name": "fake/metered", "provider": "openai", "upstream_model": "m", "base_url": "http://x",
                    "api_key": "k", "region": "ch",
                    "price": {"input_per_million": "0.15", "output_per_million": str(PRICE_OUT), "currency": "USD"}}],
    })


def _request() -> ChatRequest:
    return ChatRequest(model="fake/metered", messages=[Message("user", "hello " * 20)], max_tokens=MAX_TOKENS)


@pytest.mark.parametrize("loaded_first", [True, False])
def test_concurrent_admissions_never_overspend(tmp_path: Path, loaded_first: bool) -> None:
    """200 requests admitted at once through `Accounts.admit` against a limit that fits ten of them:
    never more admitted than fit, settled amounts exactly those of the Decimal computation, and
    the in-memory counters end with nothing reserved. `loaded_first`: the org's counter is in memory
    before the burst (every admission takes `reserve_now`); otherwise they all find it missing and
    queue for its load."""
    settings = _settings(tmp_path / "t.db")
    entry = settings.models[0]

    async def body() -> None:
        accounts = Accounts.from_settings(settings)
        await accounts.start()
        assert isinstance(accounts.budget, MemoryBudget)
        ceiling = prompt_token_ceiling(_request(), entry)
        worst = to_nanos(cost(entry.price, ceiling, MAX_TOKENS, "CHF", accounts.rates, round_up=True), round_up=True)
        limit = Decimal(worst * 10 + worst // 2).scaleb(-9)  # ten and a half requests' worst case
        org = await accounts.store.create_org("burst", currency="CHF", limit_amount=limit)
        _, secret = await accounts.store.create_key("burst")
        principal = await accounts.keys.authenticate(secret)
        assert principal is not None
        request = _request()
        if loaded_first:
            first = RequestOutcome(entry.name, entry.provider, principal.key_id, stream=False, principal=principal,
                                   entry=entry, request=request)
            await accounts.admit(first)
            first.usage = Usage(prompt_tokens=0, completion_tokens=0)
            accounts.finish(first)  # settled at zero: the counter is loaded, nothing spent
        rng = random.Random(7)
        settled: list[int] = []

        async def one(i: int) -> bool:
            outcome = RequestOutcome(entry.name, entry.provider, principal.key_id, stream=False, principal=principal,
                                     entry=entry, request=_request())
            try:
                await accounts.admit(outcome)
            except QuotaExceeded:
                outcome.status = "insufficient_quota"
                accounts.finish(outcome)
                return False
            held = accounts.budget.snapshot(org.id)
            assert held is not None and held[0] + held[1] <= to_nanos(limit)  # never more held than the limit
            await asyncio.sleep(rng.random() * 0.003)
            prompt, completion = rng.randint(1, ceiling), rng.randint(0, MAX_TOKENS)
            outcome.usage = Usage(prompt_tokens=prompt, completion_tokens=completion)
            accounts.finish(outcome)
            expected = to_nanos(cost(entry.price, prompt, completion, "CHF", accounts.rates))
            assert to_nanos(outcome.cost or Decimal(0)) == expected
            settled.append(expected)
            return True

        admitted = sum(await asyncio.gather(*(one(i) for i in range(200))))
        # Ten reservations fit at a time; settled to their real (smaller) costs, later ones fit too.
        assert 10 <= admitted < 200
        spent, reserved = accounts.budget.snapshot(org.id) or (None, None)
        assert reserved == 0
        assert spent == sum(settled)
        assert spent <= to_nanos(limit)
        await accounts.close()
        ledger = await _ledger_costs(settings)
        assert sorted(ledger["ok"]) == sorted(settled + ([0] if loaded_first else []))
        assert len(ledger["insufficient_quota"]) == 200 - admitted and set(ledger["insufficient_quota"]) <= {0}

    run(body)


async def _ledger_costs(settings: Settings) -> dict[str, list[int]]:
    import sqlite3

    path = settings.database.url.split(":///", 1)[1]
    rows: dict[str, list[int]] = {"ok": [], "insufficient_quota": []}
    with sqlite3.connect(path) as connection:
        for status, amount in connection.execute("SELECT status, cost FROM usage_ledger WHERE org_id != 'org_default'"):
            rows.setdefault(status, []).append(amount)
    return rows


def test_rate_limited_admission_reserves_nothing(tmp_path: Path) -> None:
    settings = _settings(tmp_path / "t.db")
    entry = settings.models[0]

    async def body() -> None:
        accounts = Accounts.from_settings(settings)
        await accounts.start()
        org = await accounts.store.create_org("rl", currency="CHF", limit_amount=Decimal(100), requests_per_minute=3)
        _, secret = await accounts.store.create_key("rl")
        principal = await accounts.keys.authenticate(secret)
        assert principal is not None
        outcomes = []
        for _ in range(3):
            outcome = RequestOutcome(entry.name, entry.provider, principal.key_id, stream=False, principal=principal,
                                     entry=entry, request=_request())
            await accounts.admit(outcome)
            outcomes.append(outcome)
        refused = RequestOutcome(entry.name, entry.provider, principal.key_id, stream=False, principal=principal,
                                 entry=entry, request=_request())
        with pytest.raises(RateLimited):
            await accounts.admit(refused)
        snapshot = accounts.budget.snapshot(org.id)
        assert snapshot is not None and snapshot[1] == sum(o.ticket.reservation.nanos for o in outcomes)
        await accounts.close()

    run(body)


# --------------------------------------------------------------------------- nano-units in rows


def test_nano_amounts_are_stored_and_journaled_as_the_decimal_amounts_were() -> None:
    rng = random.Random(3)
    money = Money()
    for _ in range(2000):
        amount = Decimal(rng.randrange(0, 10**15)).scaleb(-9)
        nanos = to_nanos(amount)
        assert money.process_bind_param(nanos, None) == money.process_bind_param(amount, None)  # type: ignore[arg-type]
        row = {"created_at": datetime(2026, 12, 4, tzinfo=UTC), "cost": nanos, "overage": nanos if nanos % 2 else None}
        old = {**row, "cost": amount, "overage": amount if nanos % 2 else None}
        assert encode_row(row) == encode_row(old) or decode_row(encode_row(row)) == decode_row(encode_row(old))
        decoded = decode_row(encode_row(row))
        assert to_nanos(decoded["cost"]) == nanos
        assert decoded["overage"] is None or to_nanos(decoded["overage"]) == nanos
