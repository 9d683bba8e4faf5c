"""Spend that cannot be exceeded: the reservation is the ceiling of what one request costs. The
upstream is told the reserved output cap; an upstream that bills beyond it is recorded, not
charged; and a reservation lives as long as its request, however long a stream runs."""

from __future__ import annotations

import asyncio
import threading
import time
from decimal import Decimal

import openai
import pytest

from tarnkappe.accounts.store import Store
from tests.accounts.conftest import REDIS_URL, GatewayFactory, unique
from tests.accounts.helpers import open_store, run


def _org_with_key(gateway, limit: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    org = unique("money")
    created = gateway.admin("POST", "/orgs", json={"name": org, "limit": limit, "currency": "CHF"})
    assert created.status_code == 201, created.text
    return created.json()["id"], gateway.admin("POST", "/keys", json={"org": org}).json()["secret"]


def test_reserved_output_cap_is_sent_and_overbilling_is_not_charged(gateways: GatewayFactory, pg_url: str,
                                                                   marker: str) -> None:
    gateway = gateways.start(gateways.config(pg_url))
    org_id, key = _org_with_key(gateway, "100")
    client = gateway.client(key)

    client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": marker}])
    (received,) = gateways.upstream.log.find(marker)
    assert received.body["max_tokens"] == 4096, "the reservation's output cap goes upstream"

    capped = marker + "-capped"
    client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": capped}], max_tokens=20)
    (received,) = gateways.upstream.log.find(capped)
    assert received.body["max_tokens"] == 20, "a client's own smaller cap is kept"

    # The upstream reports 1,000,000 completion tokens (1 CHF at 1 CHF per million) against a cap of 4,096.
    billed = client.chat.completions.create(model="fake/overbill", messages=[{"role": "user", "content": "hi"}])
    assert billed.usage.completion_tokens == 1_000_000, "the client sees what the upstream reported"
    gateway.stop()
    assert gateway.shut_down_cleanly()

    async def ledger() -> list[tuple[Decimal, Decimal | None, int]]:
        store: Store = await open_store(pg_url)
        try:
            from sqlalchemy import select

            from tarnkappe.accounts.models import LedgerRow

            async with store.sessions() as session:
                rows = await session.execute(
                    select(LedgerRow.cost, LedgerRow.overage, LedgerRow.completion_tokens)
                    .where(LedgerRow.org_id == org_id, LedgerRow.model == "fake/overbill"))
                return [tuple(r) for r in rows]
        finally:
            await store.close()

    ((cost, overage, completion),) = run(ledger)
    assert completion == 1_000_000
    reserved_ceiling = Decimal(4096) / 1_000_000  # output only: the input is free
    assert cost <= reserved_ceiling, f"charged {cost}, more than was reserved"
    assert overage is not None and cost + overage == Decimal(1), "the excess is recorded, not lost"
    assert "upstream reported more than the request was allowed" in gateway.log_path.read_text()


@pytest.mark.parametrize("backend", ["database", "redis"])
def test_a_stream_longer_than_the_reservation_ttl_keeps_its_hold(gateways: GatewayFactory, pg_url: str,
                                                                 redis_prefix: str, backend: str) -> None:
    """With a 1.5 s reservation TTL, a stream that runs 4 s still holds its reservation: a second
    request that would not fit beside it is refused the whole time."""
    extra = {"redis": {"url": REDIS_URL}} if backend == "redis" else {}
    config = gateways.config(pg_url, **extra, accounts={
        "budget_backend": backend, "rate_limit_backend": "memory", "redis_prefix": redis_prefix,
        "reservation_ttl_seconds": 1.5})
    gateway = gateways.start(config)
    # fake/drip: 0.6 USD (0.54 CHF) per million output tokens; 1,000 reserved ≈ 0.00054 CHF, and the
    # limit holds one such reservation, not two.
    _, key = _org_with_key(gateway, "0.0009")
    client = gateway.client(key)
    streaming = threading.Event()
    stop = threading.Event()

    def long_stream() -> None:
        with client.chat.completions.create(model="fake/drip", stream=True, max_tokens=1000,
                                            messages=[{"role": "user", "content": "tick"}]) as stream:
            for _ in stream:
                streaming.set()
                if stop.is_set():
                    break

    thread = threading.Thread(target=long_stream)
    thread.start()
    try:
        assert streaming.wait(10)
        outcomes = []
        deadline = time.monotonic() + 4  # well past the TTL, and past several sweeps
        while time.monotonic() < deadline:
            try:
                client.chat.completions.create(model="fake/drip", max_tokens=1000,
                                               messages=[{"role": "user", "content": "second"}])
                outcomes.append("admitted")
            except openai.PermissionDeniedError:
                outcomes.append("refused")
            time.sleep(0.5)
        assert outcomes and set(outcomes) == {"refused"}, outcomes
    finally:
        stop.set()
        thread.join(30)
    gateway.stop()


def test_keep_alive_touches_only_live_reservations(pg_url: str) -> None:
    """Unit level: a settled reservation is no longer kept alive, so a dead one can expire."""
    from tarnkappe.accounts import migrate
    from tarnkappe.accounts.budget import SqlBudget
    from tarnkappe.core.principal import SpendingLimit

    async def body() -> tuple[int, int]:
        store = await open_store(pg_url)
        try:
            await migrate.upgrade(store.engine)
            org = unique("keep")
            from tarnkappe.accounts.models import Organization

            async with store.sessions() as session:
                session.add(Organization(id=org, name=org, currency="CHF"))
                await session.commit()
            budget = SqlBudget(store, reservation_ttl=60)
            limit = SpendingLimit(amount=Decimal(1), currency="CHF", period="month")
            first = await budget.reserve(org, limit, Decimal("0.1"))
            await budget.reserve(org, limit, Decimal("0.1"))
            before = await budget.keep_alive()
            assert first is not None
            await budget.settle(first, Decimal("0.05"))
            return before, await budget.keep_alive()
        finally:
            await store.close()

    assert asyncio.run(body()) == (2, 1)
