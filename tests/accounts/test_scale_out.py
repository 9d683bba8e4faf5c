"""Three gateway processes on one PostgreSQL and one Redis, behind a round-robin proxy
(tests/fakes/round_robin_proxy.py), as a Kubernetes Service would spread them.

Mixed load — chats, streams, embeddings, anonymized chats, an organization at its spending limit and
one at its rate limit: no answer but 200 and the expected 403/429, no overspend across instances,
every request in the ledger exactly once. Then one instance is killed (SIGKILL) with load running:
requests that start after the kill all succeed on the others, the dead instance's budget
reservation is released by its expiry, and no ledger row of a request that completed is lost: the
instance that is killed writes its ledger only once a minute, so its rows are in its Redis journal
alone when it dies, and the others adopt and write them (accounts/ledger_journal.py).
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import asyncpg
import httpx

from tests.accounts.conftest import REDIS_URL, Gateway, GatewayFactory, unique
from tests.accounts.helpers import open_store
from tests.fakes.round_robin_proxy import RoundRobinProxy
from tests.gateways import free_port, wait_until_ready

PROMPT = " ".join(f"w{i}" for i in range(40))
COST = Decimal("0.0369")  # fake/metered with PROMPT and max_tokens 41: 41 output tokens at 1000 USD/M, 0.9 CHF/USD
FITS = 10  # requests the metered organization's limit allows
RATE = 5  # requests per minute of the rate-limited organization


async def ledger(pg_url: str, request_ids: list[str]) -> dict[str, int]:
    """How many ledger rows each request id has."""
    connection = await asyncpg.connect(pg_url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        rows = await connection.fetch("SELECT request_id, count(*) AS n FROM usage_ledger "
                                      "WHERE request_id = ANY($1::text[]) GROUP BY request_id", request_ids)
        return {row["request_id"]: row["n"] for row in rows}
    finally:
        await connection.close()


async def spent(pg_url: str, org_id: str) -> Decimal:
    store = await open_store(pg_url)
    try:
        return await store.spent_since(org_id, None)
    finally:
        await store.close()


def org_with_key(gateway: Gateway, **org: Any) -> tuple[str, str]:
    created = gateway.admin("POST", "/orgs", json={"name": unique("scale"), **org})
    assert created.status_code == 201, created.text
    key = gateway.admin("POST", "/keys", json={"org": created.json()["name"]})
    assert key.status_code == 201, key.text
    return created.json()["id"], key.json()["secret"]


Request = Callable[[httpx.AsyncClient], Awaitable[tuple[int, str | None]]]


def chat(key: str, model: str = "fake/echo", *, stream: bool = False, anonymize: bool = False,
         content: str = "hello") -> Request:
    async def send(client: httpx.AsyncClient) -> tuple[int, str | None]:
        body: dict[str, Any] = {"model": model, "messages": [{"role": "user", "content": content}],
                                "stream": stream, "max_tokens": 41}
        if anonymize:
            body["anonymize"] = True
        response = await client.post("/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {key}"})
        if response.status_code == 200:
            if stream:
                assert response.text.rstrip().endswith("data: [DONE]"), "a stream ends whole"
            elif anonymize:
                assert "Anna Muster" in response.json()["choices"][0]["message"]["content"], "restored"
        return response.status_code, response.headers.get("x-request-id")

    return send


def embed(key: str) -> Request:
    async def send(client: httpx.AsyncClient) -> tuple[int, str | None]:
        response = await client.post("/v1/embeddings", json={"model": "fake/embed", "input": ["a", "b"]},
                                     headers={"Authorization": f"Bearer {key}"})
        if response.status_code == 200:
            assert len(response.json()["data"]) == 2
        return response.status_code, response.headers.get("x-request-id")

    return send


class Killed:
    """Whether the instance has been killed yet (set by the load's own event loop)."""

    def __init__(self) -> None:
        self.value = False


async def run_load(base_url: str, requests: list[tuple[str, Request]], concurrency: int, killed: Killed,
                   on_done: Callable[[int], None] | None = None) -> list[tuple[str, int | str, str | None, bool]]:
    """(label, status or transport error, request id, started after the kill) per request. No
    kept-alive connections: every request is a new connection, so the proxy spreads them."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=0)
    results: list[tuple[str, int | str, str | None, bool]] = []
    gate = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60) as client:
        async def one(label: str, request: Request) -> None:
            async with gate:
                after = killed.value
                try:
                    status, request_id = await request(client)
                    results.append((label, status, request_id, after))
                except httpx.TransportError as exc:
                    results.append((label, type(exc).__name__, None, after))
                if on_done is not None:
                    on_done(len(results))

        await asyncio.gather(*(one(label, request) for label, request in requests))
    return results


def test_three_instances_behind_a_proxy_with_one_killed_mid_load(
        gateways: GatewayFactory, pg_url: str, redis_prefix: str) -> None:
    config = gateways.config(pg_url, redis={"url": REDIS_URL},
                             accounts={"budget_backend": "redis", "rate_limit_backend": "redis",
                                       "redis_prefix": redis_prefix, "reservation_ttl_seconds": 3})
    slow_ledger = {**config, "accounts": {**config["accounts"], "ledger_flush_interval_seconds": 60}}
    victim = gateways.launch(slow_ledger)
    instances = [*gateways.start_many(config, 2), victim]
    wait_until_ready(victim.base_url, victim.process, victim.log_path, timeout=60)
    ports = [int(gw.base_url.rsplit(":", 1)[1]) for gw in instances]
    victim_port = ports[-1]
    first = instances[0]
    _, free = org_with_key(first)
    metered_org, metered = org_with_key(first, limit=str(COST * Decimal("10.5")), currency="CHF")
    _, limited = org_with_key(first, requests_per_minute=RATE)
    _, held = org_with_key(first, limit=str(COST * Decimal("1.5")), currency="CHF")
    killed = Killed()

    with RoundRobinProxy(ports, free_port()) as proxy:
        base_url = f"http://127.0.0.1:{proxy.port}"
        load: list[tuple[str, Request]] = []
        load += [("chat", chat(free)) for _ in range(12)]
        load += [("stream", chat(free, stream=True)) for _ in range(8)]
        load += [("embed", embed(free)) for _ in range(8)]
        load += [("anonymized", chat(free, anonymize=True, content="Please write to Anna Muster")) for _ in range(6)]
        load += [("metered", chat(metered, "fake/metered", content=PROMPT)) for _ in range(2 * FITS)]
        load += [("limited", chat(limited)) for _ in range(2 * RATE)]
        results = asyncio.run(run_load(base_url, load, concurrency=12, killed=killed))

        assert sorted(proxy.connections) == sorted(ports) and min(proxy.connections.values()) >= 10, \
            "every instance took its share"
        by_label: dict[str, list[int | str]] = {}
        for label, status, _, _ in results:
            by_label.setdefault(label, []).append(status)
        for label in ("chat", "stream", "embed", "anonymized"):
            assert set(by_label[label]) == {200}, (label, by_label[label])
        assert sorted(by_label["metered"]) == [200] * FITS + [403] * FITS, "the limit held across instances"
        assert sorted(by_label["limited"]) == [200] * RATE + [429] * RATE, "the rate held across instances"

        ids = [request_id for _, _, request_id, _ in results]
        assert all(ids) and len(set(ids)) == len(ids)

        # A stream on the third instance holds the only reservation its organization's limit allows.
        with httpx.Client(base_url=victim.base_url, timeout=60) as direct, direct.stream(
                "POST", "/v1/chat/completions", headers={"Authorization": f"Bearer {held}"},
                json={"model": "fake/metered-drip", "stream": True, "max_tokens": 41,
                      "messages": [{"role": "user", "content": PROMPT}]}) as holding:
            assert holding.status_code == 200
            lines = holding.iter_lines()  # kept: a dropped line iterator would close the stream
            assert next(lines) is not None  # the stream runs: its reservation is held
            status, _ = asyncio.run(_one(base_url, chat(held, "fake/metered", content=PROMPT)))
            assert status == 403, "the held reservation leaves too little"

            def kill_at(done: int) -> None:
                if done == 15 and not killed.value:
                    victim.process.kill()
                    victim.process.wait(timeout=30)  # gone: its port refuses from now on
                    _until_refused(victim_port)
                    killed.value = True

            more = [("chat", chat(free)) for _ in range(45)]
            after_kill = asyncio.run(run_load(base_url, more, concurrency=6, killed=killed, on_done=kill_at))
        assert victim.process.wait(timeout=30) == -9

    started_after = [r for r in after_kill if r[3]]
    not_served = [r for r in started_after if r[1] != 200]
    assert started_after and not not_served, \
        f"requests after the kill are served by the others: {not_served}\nproxy, connections that sent nothing " \
        f"back: {[h for h in proxy.history if h[1] == 0]}\n" + _log_tails(instances[:2])
    failed = [r for r in after_kill if r[1] != 200]
    assert len(failed) <= 6 and all(isinstance(status, str) for _, status, _, _ in failed), \
        "only requests in flight on the killed instance failed, and only as dropped connections"

    # The dead instance never settles its reservation: it expires (reservation_ttl_seconds: 3).
    for _ in range(100):
        status, _ = asyncio.run(_one(instances[0].base_url, chat(held, "fake/metered", content=PROMPT)))
        if status == 200:
            break
        time.sleep(0.1)
    assert status == 200, "the dead instance's reservation was released by its expiry"

    # Every request that completed, before the kill and after, on any instance — the killed one's
    # rows written by the others once its journal key expired (reservation_ttl_seconds: 3).
    completed = ids + [request_id for _, status, request_id, _ in after_kill if status == 200]
    for _ in range(200):
        rows = asyncio.run(ledger(pg_url, completed))  # type: ignore[arg-type]
        if len(rows) == len(completed):
            break
        time.sleep(0.1)
    assert rows == {request_id: 1 for request_id in completed}, "every completed request in the ledger, once"
    assert asyncio.run(spent(pg_url, metered_org)) == COST * FITS, "no overspend, nothing lost"
    for gateway in instances[:2]:
        assert gateway.stop() == 0


def _until_refused(port: int) -> None:
    """Wait (at most 5 s) until a connect to ``port`` is refused: the killed instance is gone from the
    network, not only from the process table."""
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as probe:
                if probe.getsockname()[1] == port:
                    return  # connected to itself (the port is a free ephemeral one): nothing listens
        except OSError:
            return
        time.sleep(0.05)
    raise AssertionError(f"the killed instance's port {port} still accepts connections")


def _log_tails(gateways: list[Gateway]) -> str:
    """The last lines of each surviving instance's log (no request text is logged), for a failure."""
    return "\n".join(f"--- {gw.base_url}\n" + "\n".join(gw.log_path.read_text(errors="replace").splitlines()[-15:])
                     for gw in gateways)


async def _one(base_url: str, request: Request) -> tuple[int, str | None]:
    async with httpx.AsyncClient(base_url=base_url, timeout=60) as client:
        return await request(client)
