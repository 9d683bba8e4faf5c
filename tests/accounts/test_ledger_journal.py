"""The ledger's Redis journal (accounts/ledger_journal.py) on the real Redis and a SQLite ledger:
rows reach the database through it, a dead instance's rows are adopted and written exactly once,
an instance whose list was taken removes nothing, and a journal that fails keeps the row in memory.
The kill itself, over HTTP with three processes, is tests/accounts/test_scale_out.py."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from redis.asyncio import Redis
from sqlalchemy import select

from tarnkappe.accounts.budget_redis import connect_redis
from tarnkappe.accounts.ledger import LedgerWriter
from tarnkappe.accounts.ledger_journal import RedisLedgerJournal, decode_row, encode_row
from tarnkappe.accounts.models import LedgerRow
from tarnkappe.accounts.store import Store
from tests.accounts.conftest import REDIS_URL, unique
from tests.accounts.helpers import ledger_row, open_store, run, sqlite_url


def rows_for(org_id: str, count: int, tag: str) -> list[dict[str, Any]]:
    return [ledger_row(org_id, Decimal("0.012345678"), request_id=f"{tag}-{i}") for i in range(count)]


async def ledger_ids(store: Store, org_id: str) -> list[str]:
    async with store.engine.connect() as connection:
        found = await connection.execute(select(LedgerRow.request_id).where(LedgerRow.org_id == org_id))
        return sorted(request_id for (request_id,) in found)


def test_rows_round_trip_exactly() -> None:
    row = ledger_row("org_1", Decimal("0.000000001"), request_id="r", overage=Decimal("12.5"),
                     entity_counts={"PERSON": 2}, created_at=datetime(2026, 12, 4, 13, 5, 1, 123456, UTC))
    assert decode_row(encode_row(row)) == row
    assert decode_row(encode_row({**row, "overage": None}))["overage"] is None


def test_rows_reach_the_database_through_the_journal(tmp_path: Path, redis_prefix: str) -> None:
    async def body() -> None:
        store = await open_store(sqlite_url(tmp_path / "j.db"))
        org = await store.create_org("acme")
        redis = connect_redis(REDIS_URL)
        journal = RedisLedgerJournal(redis, prefix=redis_prefix + unique("j") + ":", ttl=5)
        writer = LedgerWriter(store, flush_interval=3600, journal=journal)
        await writer.start()
        for row in rows_for(org.id, 7, "a"):
            pending = writer.record(row)
            assert pending is not None
            await pending
        assert writer.pending == 0 and await redis.llen(journal.rows_key) == 7  # in Redis, not in memory
        await writer.flush()
        assert await redis.llen(journal.rows_key) == 0
        assert await ledger_ids(store, org.id) == [f"a-{i}" for i in range(7)]
        assert await store.spent_since(org.id, None) == Decimal("0.086419746")
        await writer.close()  # an empty journal: the instance is forgotten
        assert not await redis.sismember(journal.instances_key, journal.instance)
        await redis.aclose()
        await store.close()

    run(body)


def test_a_dead_instances_rows_are_adopted_and_written_once(tmp_path: Path, redis_prefix: str) -> None:
    async def body() -> None:
        store = await open_store(sqlite_url(tmp_path / "d.db"))
        org = await store.create_org("acme")
        redis = connect_redis(REDIS_URL)
        prefix = redis_prefix + unique("j") + ":"
        dead = RedisLedgerJournal(redis, prefix=prefix, ttl=0.4, instance="dead")
        await dead.heartbeat()
        rows = rows_for(org.id, 5, "d")
        for row in rows:
            await dead.append(row)
        # It committed its first two rows, then died before taking them off its list.
        await store.write_ledger(rows[:2])

        survivor = RedisLedgerJournal(redis, prefix=prefix, ttl=0.4, instance="survivor")
        writer = LedgerWriter(store, flush_interval=3600, journal=survivor)
        assert await survivor.adopt_orphans() == 0, "alive: not adopted"
        await writer.start()
        for _ in range(50):  # its key expires after 0.4 s; the keeper looks every 0.1 s
            if await redis.llen(dead.rows_key) == 0:
                break
            await asyncio.sleep(0.05)
        await writer.flush()
        assert await ledger_ids(store, org.id) == [f"d-{i}" for i in range(5)], "every row once"
        assert not await redis.sismember(survivor.instances_key, "dead")
        await writer.close()
        await redis.aclose()
        await store.close()

    run(body)


def test_an_instance_whose_list_was_taken_removes_nothing(redis_prefix: str) -> None:
    async def body() -> None:
        redis = connect_redis(REDIS_URL)
        prefix = redis_prefix + unique("j") + ":"
        stalled = RedisLedgerJournal(redis, prefix=prefix, ttl=5, instance="stalled")
        other = RedisLedgerJournal(redis, prefix=prefix, ttl=5, instance="other")
        await stalled.heartbeat()
        for row in rows_for("org_1", 3, "s"):
            await stalled.append(row)
        batch = await stalled.peek(100)
        await redis.delete(stalled.alive_of("stalled"))  # it stalled past its TTL...
        assert await other.adopt_orphans() == 3  # ...and its rows were taken meanwhile
        await stalled.append(rows_for("org_1", 1, "late")[0])
        assert not await stalled.acknowledge(batch)
        assert await redis.llen(stalled.rows_key) == 1 and await redis.llen(other.rows_key) == 3
        await redis.aclose()

    run(body)


def test_a_failing_journal_keeps_the_row_in_memory(tmp_path: Path, redis_prefix: str) -> None:
    async def body() -> None:
        store = await open_store(sqlite_url(tmp_path / "f.db"))
        org = await store.create_org("acme")
        away = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.5)  # nothing listens there
        writer = LedgerWriter(store, flush_interval=3600,
                              journal=RedisLedgerJournal(away, prefix=redis_prefix, ttl=5))
        pending = writer.record(rows_for(org.id, 1, "m")[0])
        assert pending is not None
        await pending  # never raises
        assert writer.pending == 1
        await store.write_ledger(writer._pending)
        assert await ledger_ids(store, org.id) == ["m-0"]
        await away.aclose()
        await store.close()

    run(body)


def test_a_cancelled_request_leaves_its_row_in_the_journal_once(tmp_path: Path, redis_prefix: str) -> None:
    """The request's wait is cancelled (a client gone); the append is not, and the row is not also
    kept in memory: one row in the ledger."""
    async def body() -> None:
        store = await open_store(sqlite_url(tmp_path / "c.db"))
        org = await store.create_org("acme")
        redis = connect_redis(REDIS_URL)
        journal = RedisLedgerJournal(redis, prefix=redis_prefix + unique("j") + ":", ttl=5)
        writer = LedgerWriter(store, flush_interval=3600, journal=journal)
        pending = writer.record(rows_for(org.id, 1, "c")[0])
        assert pending is not None
        waiter = asyncio.ensure_future(pending)
        await asyncio.sleep(0)
        waiter.cancel()
        await asyncio.gather(waiter, return_exceptions=True)
        await writer.close()  # waits for the append, writes the journal
        assert waiter.cancelled() and writer.pending == 0
        assert await ledger_ids(store, org.id) == ["c-0"]
        await redis.aclose()
        await store.close()

    run(body)


def test_a_full_journal_keeps_rows_in_memory_and_a_row_written_twice_is_one(tmp_path: Path,
                                                                             redis_prefix: str) -> None:
    async def body() -> None:
        store = await open_store(sqlite_url(tmp_path / "x.db"))
        org = await store.create_org("acme")
        redis = connect_redis(REDIS_URL)
        journal = RedisLedgerJournal(redis, prefix=redis_prefix + unique("j") + ":", ttl=5, max_rows=2)
        writer = LedgerWriter(store, flush_interval=3600, journal=journal)
        rows = rows_for(org.id, 3, "x")
        for row in rows:
            pending = writer.record(row)
            assert pending is not None
            await pending
        assert await redis.llen(journal.rows_key) == 2 and writer.pending == 1
        await store.write_ledger(rows[:2])  # as if committed once before, by an instance that died
        await writer.flush()
        assert await ledger_ids(store, org.id) == ["x-0", "x-1", "x-2"]
        await writer.close()
        await redis.aclose()
        await store.close()

    run(body)
