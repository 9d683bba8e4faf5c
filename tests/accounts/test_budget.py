"""Budget reservations: 200 concurrent requests against a nearly spent limit never overspend, on
every backend — in memory, SQLite, PostgreSQL, Redis, and two instances sharing PostgreSQL or Redis
(two engines or two clients in one process: separate connections, as two processes would have)."""

from __future__ import annotations

import asyncio
import random
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from tarnkappe.accounts.budget import Budget, MemoryBudget, SqlBudget, period_start
from tarnkappe.accounts.budget_redis import RedisBudget, connect_redis
from tarnkappe.accounts.models import to_nanos, utcnow
from tarnkappe.accounts.store import Store
from tarnkappe.core.principal import SpendingLimit
from tests.accounts.conftest import REDIS_URL, unique
from tests.accounts.helpers import ledger_row, open_store, run, sqlite_url

COST = Decimal("0.0369")  # one request: 41 output tokens at 1000 USD per million, at 0.9 CHF per USD
LIMIT = SpendingLimit(COST * Decimal("10.5"), "CHF", "month")
PRESPENT = 3  # requests already in the ledger before the burst
CONCURRENT = 200


async def burst(budgets: list[Budget], org_id: str, *, seed: int, failures: bool = False) -> tuple[int, Decimal]:
    """200 concurrent reserve → (hold a moment) → settle. Returns (admitted, total settled cost)."""
    rng = random.Random(seed)
    plan = [(rng.random() * 0.004, failures and rng.random() < 0.3) for _ in range(CONCURRENT)]
    settled: list[Decimal] = []

    async def one(i: int) -> bool:
        budget = budgets[i % len(budgets)]
        reservation = await budget.reserve(org_id, LIMIT, COST)
        if reservation is None:
            return False
        hold, failed = plan[i]
        await asyncio.sleep(hold)
        cost = Decimal(0) if failed else COST  # an upstream error costs nothing
        await budget.settle(reservation, cost)
        settled.append(cost)
        return True

    admitted = sum(await asyncio.gather(*(one(i) for i in range(CONCURRENT))))
    return admitted, sum(settled, Decimal(0))


async def prepare(store: Store) -> str:
    org = await store.create_org(unique("burst"), currency="CHF", limit_amount=LIMIT.amount)
    await store.write_ledger([ledger_row(org.id, COST) for _ in range(PRESPENT)])
    return org.id


def check(admitted: int, settled: Decimal, failures: bool) -> None:
    total = COST * PRESPENT + settled
    assert total <= LIMIT.amount, f"overspent: {total} > {LIMIT.amount}"
    if not failures:
        # Exactly the 7 that fit into 10.5 - 3: fewer would mean a leaked or stale reservation.
        assert admitted == 7
        assert total == COST * 10


@pytest.mark.parametrize("failures", [False, True], ids=["all-succeed", "some-fail"])
def test_memory_budget(tmp_path: Path, failures: bool) -> None:
    async def body() -> None:
        store = await open_store(sqlite_url(tmp_path / "m.db"))
        org_id = await prepare(store)
        budget = MemoryBudget(store)
        admitted, settled = await burst([budget], org_id, seed=1, failures=failures)
        check(admitted, settled, failures)
        snapshot = budget.snapshot(org_id)
        assert snapshot is not None and snapshot[1] == 0, "reservations left behind"
        assert snapshot[0] == to_nanos(COST * PRESPENT + settled)
        await store.close()

    run(body)


def _sql_body(urls: list[str], failures: bool):
    async def body() -> None:
        stores = [await open_store(url) for url in urls]
        org_id = await prepare(stores[0])
        budgets = [SqlBudget(store, reservation_ttl=60) for store in stores]
        admitted, settled = await burst(budgets, org_id, seed=2, failures=failures)
        check(admitted, settled, failures)
        totals = await budgets[0].totals(org_id, period_start("month", utcnow()))
        assert totals == (COST * PRESPENT + settled, Decimal(0))
        for store in stores:
            await store.close()

    return body


@pytest.mark.parametrize("failures", [False, True], ids=["all-succeed", "some-fail"])
def test_sql_budget_sqlite(tmp_path: Path, failures: bool) -> None:
    run(_sql_body([sqlite_url(tmp_path / "s.db")], failures))


@pytest.mark.parametrize("failures", [False, True], ids=["all-succeed", "some-fail"])
def test_sql_budget_postgres(pg_url: str, failures: bool) -> None:
    run(_sql_body([pg_url], failures))


def test_sql_budget_two_instances_postgres(pg_url: str) -> None:
    run(_sql_body([pg_url, pg_url], failures=False))


def test_sql_budget_two_processes_one_sqlite_file(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "shared.db")
    run(_sql_body([url, url], failures=True))


def _redis_body(url: str, prefix: str, instances: int, failures: bool):
    async def body() -> None:
        store = await open_store(url)
        org_id = await prepare(store)
        clients = [connect_redis(REDIS_URL) for _ in range(instances)]
        budgets = [RedisBudget(c, store, prefix=prefix, reservation_ttl=60) for c in clients]
        admitted, settled = await burst(budgets, org_id, seed=3, failures=failures)
        check(admitted, settled, failures)
        totals = await budgets[0].totals(org_id, period_start("month", utcnow()))
        assert totals == (to_nanos(COST * PRESPENT + settled), 0)
        for client in clients:
            await client.aclose()
        await store.close()

    return body


@pytest.mark.parametrize("failures", [False, True], ids=["all-succeed", "some-fail"])
def test_redis_budget(tmp_path: Path, redis_prefix: str, failures: bool) -> None:
    run(_redis_body(sqlite_url(tmp_path / "r.db"), redis_prefix, 1, failures))


def test_redis_budget_two_instances_with_postgres(pg_url: str, redis_prefix: str) -> None:
    run(_redis_body(pg_url, redis_prefix, 2, failures=False))


def test_leaked_sql_reservation_expires(tmp_path: Path) -> None:
    """An instance that dies between reserve and settle must not block the org for ever."""

    async def body() -> None:
        store = await open_store(sqlite_url(tmp_path / "leak.db"))
        org = await store.create_org(unique("leak"), limit_amount=COST)
        limit = SpendingLimit(COST, "CHF", "month")
        budget = SqlBudget(store, reservation_ttl=60)
        assert await budget.reserve(org.id, limit, COST) is not None  # never settled: the instance "died"
        assert await budget.reserve(org.id, limit, COST) is None
        assert await budget.sweep() == 0  # not expired yet
        # Make it expire (instead of waiting for the TTL).
        from sqlalchemy import update

        from tarnkappe.accounts.models import Reservation

        async with store.engine.begin() as connection:
            await connection.execute(update(Reservation).values(expires_at=utcnow() - timedelta(seconds=1)))
        assert await budget.sweep() == 1
        assert await budget.reserve(org.id, limit, COST) is not None
        await store.close()

    run(body)


def test_leaked_redis_reservation_expires(tmp_path: Path, redis_prefix: str) -> None:
    async def body() -> None:
        store = await open_store(sqlite_url(tmp_path / "rleak.db"))
        org = await store.create_org(unique("rleak"), limit_amount=COST)
        limit = SpendingLimit(COST, "CHF", "month")
        client = connect_redis(REDIS_URL)
        short = RedisBudget(client, store, prefix=redis_prefix, reservation_ttl=0.05)
        assert await short.reserve(org.id, limit, COST) is not None  # leaked
        await asyncio.sleep(0.2)
        # The next reservation sweeps the expired holds first.
        normal = RedisBudget(client, store, prefix=redis_prefix, reservation_ttl=60)
        reservation = await normal.reserve(org.id, limit, COST)
        assert reservation is not None
        await normal.settle(reservation, COST)
        assert await normal.totals(org.id, period_start("month", utcnow())) == (to_nanos(COST), 0)
        await client.aclose()
        await store.close()

    run(body)


def test_settle_may_exceed_reservation_and_then_blocks(tmp_path: Path) -> None:
    """The ledger tells the truth even when the upstream used more than reserved; the org is then
    refused until the next period."""

    async def body() -> None:
        store = await open_store(sqlite_url(tmp_path / "over.db"))
        org = await store.create_org(unique("over"), limit_amount=COST * 2)
        limit = SpendingLimit(COST * 2, "CHF", "month")
        budget = MemoryBudget(store)
        reservation = await budget.reserve(org.id, limit, COST)
        assert reservation is not None
        await budget.settle(reservation, COST * 3)
        assert await budget.reserve(org.id, limit, Decimal("0.000000001")) is None
        await store.close()

    run(body)


def test_period_start() -> None:
    from datetime import UTC, datetime

    now = datetime(2025, 3, 19, 15, 30, tzinfo=UTC)  # a Wednesday
    assert period_start("day", now) == datetime(2025, 3, 19, tzinfo=UTC)
    assert period_start("week", now) == datetime(2025, 3, 17, tzinfo=UTC)
    assert period_start("month", now) == datetime(2025, 3, 1, tzinfo=UTC)
    assert period_start("year", now) == datetime(2025, 1, 1, tzinfo=UTC)
    assert period_start("total", now).year == 1970
