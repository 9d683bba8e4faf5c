"""Keys, rate limits, prices, the ledger writer and migrations, in-process against real databases."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import inspect as sa_inspect

from tarnkappe.accounts import migrate
from tarnkappe.accounts.budget_redis import connect_redis
from tarnkappe.accounts.keys import DatabaseKeyStore
from tarnkappe.accounts.ledger import LedgerWriter
from tarnkappe.accounts.models import DEFAULT_ORG_ID, utcnow
from tarnkappe.accounts.pricing import ExchangeRates, MissingExchangeRate, cost, prompt_token_ceiling
from tarnkappe.accounts.ratelimit import MemoryRateLimiter, RedisRateLimiter
from tarnkappe.accounts.store import Store, create_engine
from tarnkappe.core.catalog import ModelEntry, Price
from tarnkappe.core.errors import KeyExpired, RateLimited, ServiceUnavailable
from tarnkappe.core.principal import RateLimits
from tarnkappe.core.types import ChatRequest, Message
from tarnkappe.gateway.auth import ConfigKeyStore, hash_key
from tests.accounts.conftest import REDIS_URL, unique
from tests.accounts.helpers import ledger_row, open_store, run, sqlite_url


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


# --------------------------------------------------------------------------- migrations


def _tables(url: str) -> set[str]:
    async def body() -> set[str]:
        engine = create_engine(url)
        try:
            assert await migrate.current_revision(engine) is None  # really empty
            await migrate.upgrade(engine)
            await migrate.upgrade(engine)  # idempotent
            assert await migrate.current_revision(engine) == migrate.head_revision()
            async with engine.connect() as connection:
                return set(await connection.run_sync(lambda c: sa_inspect(c).get_table_names()))
        finally:
            await engine.dispose()

    return run(body)


EXPECTED_TABLES = {"organizations", "api_keys", "budgets", "budget_reservations", "usage_ledger", "alembic_version"}


def test_head_constant_matches_the_scripts() -> None:
    assert migrate.HEAD == migrate.head_revision()


def test_migrations_from_empty_sqlite(tmp_path: Path) -> None:
    assert _tables(sqlite_url(tmp_path / "empty.db")) >= EXPECTED_TABLES


def test_migrations_from_empty_postgres(pg_url: str) -> None:
    # A second, empty database: the session database already has the schema.
    import secrets

    from tests.accounts.conftest import _pg_create, _pg_drop

    name = "tk_test_mig_" + secrets.token_hex(4)
    asyncio.run(_pg_create(name))
    try:
        assert _tables(pg_url.rsplit("/", 1)[0] + "/" + name) >= EXPECTED_TABLES
    finally:
        asyncio.run(_pg_drop(name))


def test_instances_starting_together_migrate_once_postgres(pg_url: str) -> None:
    import secrets

    from tests.accounts.conftest import _pg_create, _pg_drop

    name = "tk_test_race_" + secrets.token_hex(4)
    asyncio.run(_pg_create(name))
    url = pg_url.rsplit("/", 1)[0] + "/" + name

    async def body() -> None:
        engines = [create_engine(url) for _ in range(4)]
        try:
            await asyncio.gather(*(migrate.upgrade(engine) for engine in engines))
            assert await migrate.current_revision(engines[0]) == migrate.HEAD
        finally:
            for engine in engines:
                await engine.dispose()

    try:
        run(body)
    finally:
        asyncio.run(_pg_drop(name))


def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    async def body() -> str:
        store = await open_store(sqlite_url(tmp_path / "wal.db"))
        async with store.engine.connect() as connection:
            mode = (await connection.exec_driver_sql("PRAGMA journal_mode")).scalar()
        await store.close()
        return str(mode)

    assert run(body) == "wal"


def test_default_org_exists_after_migration(tmp_path: Path) -> None:
    async def body() -> None:
        store = await open_store(sqlite_url(tmp_path / "d.db"))
        org = await store.get_org("default")
        assert org is not None and org.id == DEFAULT_ORG_ID and org.limit_amount is None
        await store.close()

    run(body)


# --------------------------------------------------------------------------- keys


def test_keys_are_stored_only_as_hashes(tmp_path: Path) -> None:
    async def body() -> None:
        store = await open_store(sqlite_url(tmp_path / "k.db"))
        await store.create_org("acme")
        info, secret = await store.create_key("acme", name="laptop")
        assert secret.startswith("tk-") and len(secret) >= 40
        assert info.prefix == secret[:10]
        await store.close()
        raw = (tmp_path / "k.db").read_bytes() + b"".join(p.read_bytes() for p in tmp_path.glob("k.db-*"))
        assert secret.encode() not in raw
        assert hash_key(secret).encode() in raw

    run(body)


def test_key_cache_revocation_and_expiry(tmp_path: Path) -> None:
    async def body() -> None:
        store = await open_store(sqlite_url(tmp_path / "c.db"))
        await store.create_org("acme", limit_amount=Decimal("5"), requests_per_minute=10, regions=["eu", "ch"])
        info, secret = await store.create_key("acme", allowed_models=["m1"], tokens_per_minute=100)
        clock = Clock()
        keys = DatabaseKeyStore(store, ConfigKeyStore([]), ttl=10, clock=clock)
        principal = await keys.authenticate(secret)
        assert principal is not None and principal.key_id == info.id and principal.org_name == "acme"
        assert principal.spending_limit is not None and principal.spending_limit.amount == Decimal("5")
        assert principal.org_limits == RateLimits(10, None) and principal.key_limits == RateLimits(None, 100)
        assert principal.allowed_models == frozenset({"m1"}) and principal.rules.regions == frozenset({"eu", "ch"})
        assert await keys.authenticate("tk-made-up") is None

        await store.revoke_key(info.id)
        assert await keys.authenticate(secret) is not None  # still cached: within the TTL
        clock.now += 10.01
        assert await keys.authenticate(secret) is None  # the TTL has passed: revoked everywhere

        _, expiring = await store.create_key("acme", expires_at=utcnow() + timedelta(seconds=-1))
        with pytest.raises(KeyExpired):  # told apart from an unknown key (issue 19)
            await keys.authenticate(expiring)
        await store.close()

    run(body)


def test_database_down_keeps_cached_keys_and_refuses_unknown_ones(tmp_path: Path) -> None:
    async def body() -> None:
        store = await open_store(sqlite_url(tmp_path / "down.db"))
        await store.create_org("acme")
        _, secret = await store.create_key("acme")
        clock = Clock()
        keys = DatabaseKeyStore(store, ConfigKeyStore([]), ttl=1, stale_grace=60, clock=clock)
        assert await keys.authenticate(secret) is not None

        async def broken(digest: str) -> None:
            raise ConnectionError("database away")

        store.find_key = broken  # type: ignore[method-assign]
        clock.now += 5
        assert await keys.authenticate(secret) is not None  # stale but known: served
        with pytest.raises(ServiceUnavailable):
            await keys.authenticate("tk-never-seen")  # cannot know: 503, not 401
        clock.now += 120
        with pytest.raises(ServiceUnavailable):
            await keys.authenticate(secret)  # past the grace period
        await store.close()

    run(body)


def test_concurrent_lookups_share_one_read(tmp_path: Path) -> None:
    async def body() -> int:
        store = await open_store(sqlite_url(tmp_path / "sf.db"))
        await store.create_org("acme")
        _, secret = await store.create_key("acme")
        reads = 0
        original = store.find_key

        async def counting(digest: str):  # type: ignore[no-untyped-def]
            nonlocal reads
            reads += 1
            return await original(digest)

        store.find_key = counting  # type: ignore[method-assign]
        keys = DatabaseKeyStore(store, ConfigKeyStore([]), ttl=10)
        results = await asyncio.gather(*(keys.authenticate(secret) for _ in range(50)))
        assert all(r is not None for r in results)
        await store.close()
        return reads

    assert run(body) == 1


# --------------------------------------------------------------------------- rate limits


async def _limiter_checks(limiter: MemoryRateLimiter | RedisRateLimiter, clock: Clock, scope: str) -> None:
    scopes = [(scope, RateLimits(requests_per_minute=3))]
    for _ in range(3):
        await limiter.admit(scopes)
    with pytest.raises(RateLimited) as refused:
        await limiter.admit(scopes)
    assert 0 < refused.value.retry_after <= 120
    clock.now += 120  # two windows later everything has decayed
    await limiter.admit(scopes)

    tokens = [(scope + "-t", RateLimits(tokens_per_minute=100))]
    await limiter.admit(tokens)
    await limiter.add_tokens(tokens, 150)  # one request may cross the limit...
    with pytest.raises(RateLimited):  # ...and the next one waits
        await limiter.admit(tokens)


def test_memory_rate_limiter() -> None:
    clock = Clock(60 * 1000 + 30)
    run(lambda: _limiter_checks(MemoryRateLimiter(clock=clock), clock, "key:k1"))


def test_redis_rate_limiter(redis_prefix: str) -> None:
    clock = Clock(60 * 1000 + 30)

    async def body() -> None:
        client = connect_redis(REDIS_URL)
        try:
            await _limiter_checks(RedisRateLimiter(client, prefix=redis_prefix, clock=clock), clock, "key:" + unique("k"))
        finally:
            await client.aclose()

    run(body)


def test_sliding_window_allows_no_double_burst() -> None:
    clock = Clock(60 * 1000 + 59)  # the last second of a window
    limiter = MemoryRateLimiter(clock=clock)
    scopes = [("org:o", RateLimits(requests_per_minute=10))]

    async def body() -> int:
        admitted = 0
        for _ in range(10):
            await limiter.admit(scopes)
            admitted += 1
        clock.now += 2  # just into the next window: a fixed window would allow 10 more
        for _ in range(10):
            try:
                await limiter.admit(scopes)
                admitted += 1
            except RateLimited:
                pass
        return admitted

    assert run(body) <= 11


# --------------------------------------------------------------------------- prices


def test_cost_is_decimal_and_converted() -> None:
    rates = ExchangeRates({"USD/CHF": Decimal("0.9")})
    price = Price(input_per_million=Decimal("0.15"), output_per_million=Decimal("0.6"), currency="USD")
    assert cost(price, 1000, 500, "USD", rates) == Decimal("0.00045")
    assert cost(price, 1000, 500, "CHF", rates) == Decimal("0.000405")
    assert cost(price, 1000, 0, "USD", ExchangeRates({"CHF/USD": Decimal("1.25")})) == Decimal("0.00015")
    assert cost(Price(currency="USD"), 10, 10, "EUR", rates) == 0  # free needs no rate
    with pytest.raises(MissingExchangeRate, match="USD to EUR"):
        cost(price, 1, 1, "EUR", rates)


def test_prompt_ceiling_is_an_upper_bound() -> None:
    entry = ModelEntry(name="m", provider="openai", context_window=100_000)
    text = "Grüezi mitenand, 日本語のテキスト " * 20
    request = ChatRequest(model="m", messages=[Message("user", text)])
    assert prompt_token_ceiling(request, entry) >= len(text.encode("utf-8"))
    small = ModelEntry(name="m", provider="openai", context_window=50)
    assert prompt_token_ceiling(request, small) == 50


# --------------------------------------------------------------------------- ledger


def test_ledger_flushes_on_close_and_retries_failures(tmp_path: Path) -> None:
    async def body() -> None:
        store = await open_store(sqlite_url(tmp_path / "l.db"))
        org = await store.create_org("acme")
        writer = LedgerWriter(store, flush_interval=3600, batch_size=1000)
        await writer.start()
        failing = True
        original = store.write_ledger

        async def flaky(rows):  # type: ignore[no-untyped-def]
            if failing:
                raise ConnectionError("database away")
            await original(rows)

        store.write_ledger = flaky  # type: ignore[method-assign]
        for _ in range(25):
            writer.record(ledger_row(org.id, Decimal("0.01")))
        with pytest.raises(ConnectionError):
            await writer.flush()
        assert writer.pending == 25  # kept, in order
        failing = False
        await writer.close()
        assert writer.pending == 0 and writer.written == 25
        assert await store.ledger_count(org.id) == 25
        assert await store.spent_since(org.id, None) == Decimal("0.25")
        await store.close()

    run(body)


def test_store_usage_is_per_org(tmp_path: Path) -> None:
    async def body() -> None:
        store: Store = await open_store(sqlite_url(tmp_path / "u.db"))
        a = await store.create_org("org-a")
        b = await store.create_org("org-b")
        await store.write_ledger([ledger_row(a.id, Decimal("1.5")), ledger_row(b.id, Decimal("2"))])
        lines = await store.usage(org_id=a.id)
        assert [(line.org_name, line.cost) for line in lines] == [("org-a", Decimal("1.5"))]
        await store.close()

    run(body)
