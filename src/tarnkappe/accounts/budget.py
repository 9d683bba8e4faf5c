"""Spending limits: reserve a request's worst-case cost atomically before it goes upstream, settle
the reservation to the real cost when it ends.

Checking the budget and recording the spend as two steps let concurrent requests overspend in
other gateways; here the check and the reservation are one atomic step in every backend:

* `MemoryBudget` — one gateway process (the SQLite default): counters in memory, where a check and
  an increment without an `await` between them cannot interleave. The spent amount of a period is
  loaded once from the ledger, which stays the durable record. Nothing touches the database on the
  request path.
* `SqlBudget` — several instances sharing PostgreSQL (works on SQLite files too): a conditional
  `UPDATE budgets SET reserved = reserved + :a WHERE spent + reserved + :a <= :limit`, which the
  database serialises per row; each reservation also gets a row with an expiry, so that the
  reservations of a crashed instance are swept and stop blocking the org.
* `RedisBudget` (in `budget_redis.py`) — the same check as one Lua script.

Amounts are whole nano-units (`models.to_nanos`); reservations round up. The request path hands
them over as integers already (`reserve_nanos`, `settle_nanos`: accounts/pricing.py's `Tariffs`);
`reserve` and `settle` take `Decimal` amounts and convert them.
"""

from __future__ import annotations

import asyncio
import enum
import itertools
import logging
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Protocol

from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from tarnkappe.accounts.models import BudgetRow, to_nanos, utcnow
from tarnkappe.accounts.models import Reservation as ReservationRow
from tarnkappe.accounts.periods import period_end, period_start
from tarnkappe.accounts.store import Store
from tarnkappe.core.principal import SpendingLimit

log = logging.getLogger("tarnkappe.budget")

@dataclass(slots=True)
class Reservation:
    """A held amount; `handle` is backend-specific (the memory backend's counter object)."""

    id: str
    org_id: str
    period_start: datetime
    nanos: int
    handle: object = None


class Budget(Protocol):
    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def reserve(self, org_id: str, limit: SpendingLimit, amount: Decimal) -> Reservation | None:
        """Hold `amount` (rounded up to the nano-unit) against the org's limit for the current
        period; None if it does not fit."""

    async def reserve_nanos(self, org_id: str, limit: SpendingLimit, need: int) -> Reservation | None:
        """`reserve` of an amount in nano-units."""

    async def settle(self, reservation: Reservation, cost: Decimal) -> None:
        """Release the held amount and count `cost` as spent. Reservations that outlive their
        time to live are released (their instance died); a backend with a TTL keeps the
        reservations of its own requests alive until they are settled."""

    async def settle_nanos(self, reservation: Reservation, cost: int) -> None:
        """`settle` with a cost in nano-units."""


def new_reservation_id() -> str:
    return "res_" + secrets.token_hex(10)


_limits: dict[int, tuple[SpendingLimit, int]] = {}


def limit_nanos(limit: SpendingLimit) -> int:
    """`to_nanos(limit.amount)`, converted once per limit object (a principal's, cached with its key)."""
    known = _limits.get(id(limit))
    if known is not None and known[0] is limit:
        return known[1]
    if len(_limits) >= 10_000:
        _limits.clear()
    nanos = to_nanos(limit.amount)
    _limits[id(limit)] = (limit, nanos)
    return nanos


# --------------------------------------------------------------------------- memory


class NotLoaded(enum.Enum):
    NOT_LOADED = "not loaded"


NOT_LOADED = NotLoaded.NOT_LOADED


@dataclass(slots=True)
class _Counter:
    period_start: datetime
    spent: int
    reserved: int = 0
    # The period this counter covers, as Unix times and kind: while the clock is inside it, a
    # reservation needs no date arithmetic to find its counter.
    period: str = ""
    since: float = 0.0
    until: float = 0.0


@dataclass(slots=True)
class MemoryBudget:
    """Counters of one process. Correct only when a single gateway process serves the org."""

    store: Store
    _counters: dict[str, _Counter] = field(default_factory=dict)
    _loading: asyncio.Lock = field(default_factory=asyncio.Lock)
    _ids: Iterator[int] = field(default_factory=itertools.count)  # reservation ids, unique in this process

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def _counter(self, org_id: str, limit: SpendingLimit) -> _Counter:
        counter = self._counters.get(org_id)
        if counter is not None and counter.period == limit.period and counter.since <= time.time() < counter.until:
            return counter
        start = period_start(limit.period, utcnow())
        if counter is not None and counter.period_start == start:
            return counter
        async with self._loading:  # first use of this org in this period: load once
            counter = self._counters.get(org_id)
            if counter is None or counter.period_start != start:
                spent = await self.store.spent_since(org_id, None if limit.period == "total" else start)
                end = period_end(limit.period, start)
                counter = _Counter(start, to_nanos(spent), 0, limit.period, start.timestamp(),
                                   end.timestamp() if end is not None else float("inf"))
                self._counters[org_id] = counter  # replaces last period's: memory stays bounded
            return counter

    async def reserve(self, org_id: str, limit: SpendingLimit, amount: Decimal) -> Reservation | None:
        return await self.reserve_nanos(org_id, limit, to_nanos(amount, round_up=True))

    async def reserve_nanos(self, org_id: str, limit: SpendingLimit, need: int) -> Reservation | None:
        counter = await self._counter(org_id, limit)
        return self._hold(counter, org_id, limit, need)

    def reserve_now(self, org_id: str, limit: SpendingLimit, need: int) -> Reservation | None | NotLoaded:
        """`reserve_nanos` without a coroutine while the org's counter of the current period is in
        memory (nearly always); `NOT_LOADED` when it must be read first (then `reserve_nanos`)."""
        counter = self._counters.get(org_id)
        if counter is None or counter.period != limit.period or not counter.since <= time.time() < counter.until:
            return NOT_LOADED
        return self._hold(counter, org_id, limit, need)

    def _hold(self, counter: _Counter, org_id: str, limit: SpendingLimit, need: int) -> Reservation | None:
        # No await from the check to the increment: nothing can run in between.
        if counter.spent + counter.reserved + need > limit_nanos(limit):
            return None
        counter.reserved += need
        # Nothing outside this process sees a memory reservation's id: a counter will do.
        return Reservation(f"res_{next(self._ids)}", org_id, counter.period_start, need, counter)

    async def settle(self, reservation: Reservation, cost: Decimal) -> None:
        self.settle_now(reservation, to_nanos(cost))

    async def settle_nanos(self, reservation: Reservation, cost: int) -> None:
        self.settle_now(reservation, cost)

    def settle_now(self, reservation: Reservation, cost: int) -> None:
        """Settling in memory needs no I/O: done at once, without a task. `cost` in nano-units."""
        counter = reservation.handle
        assert isinstance(counter, _Counter)
        counter.reserved -= reservation.nanos
        counter.spent += cost

    def snapshot(self, org_id: str) -> tuple[int, int] | None:
        """(spent, reserved) in nano-units, for tests and diagnostics."""
        counter = self._counters.get(org_id)
        return (counter.spent, counter.reserved) if counter else None


# --------------------------------------------------------------------------- SQL


class SqlBudget:
    """Reservations as conditional UPDATEs in the shared database."""

    def __init__(self, store: Store, *, reservation_ttl: float, sweep_interval: float | None = None) -> None:
        self.store = store
        self.ttl = timedelta(seconds=reservation_ttl)
        self.sweep_interval = sweep_interval or min(60.0, reservation_ttl / 4)
        self._ensured: dict[str, datetime] = {}  # org → the period whose row exists (one per org)
        self._sweeper: asyncio.Task[None] | None = None
        self._live: dict[str, Reservation] = {}  # this instance's unsettled reservations, kept alive
        self._insert = pg_insert if store.engine.dialect.name == "postgresql" else sqlite_insert

    async def start(self) -> None:
        self._sweeper = asyncio.create_task(self._sweep_forever())

    async def close(self) -> None:
        if self._sweeper is not None:
            self._sweeper.cancel()
            await asyncio.gather(self._sweeper, return_exceptions=True)

    async def _ensure_row(self, org_id: str, limit: SpendingLimit, start: datetime) -> None:
        if self._ensured.get(org_id) == start:
            return
        spent = await self.store.spent_since(org_id, None if limit.period == "total" else start)
        statement = self._insert(BudgetRow).values(org_id=org_id, period_start=start, spent=spent, reserved=0)
        async with self.store.engine.begin() as connection:
            await connection.execute(statement.on_conflict_do_nothing())
        self._ensured[org_id] = start

    async def reserve(self, org_id: str, limit: SpendingLimit, amount: Decimal) -> Reservation | None:
        return await self.reserve_nanos(org_id, limit, to_nanos(amount, round_up=True))

    async def reserve_nanos(self, org_id: str, limit: SpendingLimit, need: int) -> Reservation | None:
        start = period_start(limit.period, utcnow())
        await self._ensure_row(org_id, limit, start)
        reservation = Reservation(new_reservation_id(), org_id, start, need)
        async with self.store.engine.begin() as connection:
            result = await connection.execute(
                update(BudgetRow)
                .where(BudgetRow.org_id == org_id, BudgetRow.period_start == start,
                       BudgetRow.spent + BudgetRow.reserved + need <= limit_nanos(limit))
                .values(reserved=BudgetRow.reserved + need)
            )
            if result.rowcount != 1:
                return None
            await connection.execute(insert(ReservationRow).values(
                id=reservation.id, org_id=org_id, period_start=start, amount=need, expires_at=utcnow() + self.ttl,
            ))
        self._live[reservation.id] = reservation
        return reservation

    async def keep_alive(self) -> int:
        """Push the expiry of every unsettled reservation of this instance a TTL ahead: a stream
        that runs longer than the TTL keeps its hold, so nobody can spend the same money twice.
        Only a dead instance's reservations expire."""
        ids = list(self._live)
        for start in range(0, len(ids), 500):
            async with self.store.engine.begin() as connection:
                await connection.execute(
                    update(ReservationRow).where(ReservationRow.id.in_(ids[start:start + 500]))
                    .values(expires_at=utcnow() + self.ttl)
                )
        return len(ids)

    async def settle(self, reservation: Reservation, cost: Decimal) -> None:
        await self.settle_nanos(reservation, to_nanos(cost))

    async def settle_nanos(self, reservation: Reservation, cost_nanos: int) -> None:
        self._live.pop(reservation.id, None)
        async with self.store.engine.begin() as connection:
            removed = await connection.execute(delete(ReservationRow).where(ReservationRow.id == reservation.id))
            # Swept already (it outlived its TTL): its hold is gone, only the spend remains to count.
            release = reservation.nanos if removed.rowcount == 1 else 0
            await connection.execute(
                update(BudgetRow)
                .where(BudgetRow.org_id == reservation.org_id, BudgetRow.period_start == reservation.period_start)
                .values(reserved=BudgetRow.reserved - release, spent=BudgetRow.spent + cost_nanos)
            )

    async def sweep(self) -> int:
        """Release reservations past their expiry (their instance died before settling them)."""
        async with self.store.sessions() as session:
            expired = (await session.execute(
                select(ReservationRow.id, ReservationRow.org_id, ReservationRow.period_start, ReservationRow.amount)
                .where(ReservationRow.expires_at < utcnow()).limit(1000)
            )).all()
        released = 0
        for res_id, org_id, start, amount in expired:
            async with self.store.engine.begin() as connection:
                removed = await connection.execute(delete(ReservationRow).where(ReservationRow.id == res_id))
                if removed.rowcount == 1:
                    await connection.execute(
                        update(BudgetRow).where(BudgetRow.org_id == org_id, BudgetRow.period_start == start)
                        .values(reserved=BudgetRow.reserved - to_nanos(amount))
                    )
                    released += 1
        if released:
            log.warning("released expired budget reservations", extra={"count": released})
        return released

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(self.sweep_interval)
            try:
                await self.keep_alive()
                await self.sweep()
            except Exception as exc:  # the database may be away for a while; try again later
                log.error("reservation sweep failed", extra={"error": type(exc).__name__})

    async def totals(self, org_id: str, start: datetime) -> tuple[Decimal, Decimal] | None:
        """(spent, reserved) of a period, for tests and diagnostics."""
        async with self.store.sessions() as session:
            row = (await session.execute(
                select(BudgetRow.spent, BudgetRow.reserved)
                .where(BudgetRow.org_id == org_id, BudgetRow.period_start == start)
            )).first()
        return (row[0], row[1]) if row else None
