"""Spending limits shared through Redis: the check and the reservation are one Lua script, which
Redis runs atomically, so any number of gateway instances can reserve against one org.

Per org and period: a hash (spent, reserved), a sorted set of reservation ids by expiry and a hash
of their amounts. Every reserve first releases the org's expired reservations (their instance died
before settling), so leaked holds cannot block an org for longer than the reservation TTL.

The counters are integer nano-units. Redis keeps them exact (64-bit), but Lua compares them as
doubles, which are exact up to 2^53 nano-units: limits up to about nine million units of a
currency. When a period's counters are missing (first use, or Redis lost them), they are loaded
from the ledger in the database.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import datetime
from decimal import Decimal

from redis.asyncio import BlockingConnectionPool, Redis

from tarnkappe.accounts.budget import Reservation, limit_nanos, new_reservation_id
from tarnkappe.accounts.models import to_nanos, utcnow
from tarnkappe.accounts.periods import period_length, period_start
from tarnkappe.accounts.store import Store
from tarnkappe.core.principal import SpendingLimit

log = logging.getLogger("tarnkappe.budget")

def connect_redis(url: str, *, max_connections: int = 64) -> Redis:
    """A client whose pool waits for a free connection under load (instead of failing with
    "Too many connections"): a burst of requests queues for a few milliseconds."""
    return Redis(connection_pool=BlockingConnectionPool.from_url(url, max_connections=max_connections, timeout=10))


_RESERVE = """
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[5])
for _, id in ipairs(expired) do
  local held = redis.call('HGET', KEYS[3], id)
  if held then
    redis.call('HINCRBY', KEYS[1], 'reserved', '-' .. held)
    redis.call('HDEL', KEYS[3], id)
  end
  redis.call('ZREM', KEYS[2], id)
end
local spent = tonumber(redis.call('HGET', KEYS[1], 'spent') or '0')
local reserved = tonumber(redis.call('HGET', KEYS[1], 'reserved') or '0')
if spent + reserved + tonumber(ARGV[1]) > tonumber(ARGV[2]) then return 0 end
redis.call('HINCRBY', KEYS[1], 'reserved', ARGV[1])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[3])
redis.call('HSET', KEYS[3], ARGV[3], ARGV[1])
if tonumber(ARGV[6]) > 0 then
  redis.call('EXPIRE', KEYS[2], ARGV[6])
  redis.call('EXPIRE', KEYS[3], ARGV[6])
end
return 1
"""

_SETTLE = """
local held = redis.call('HGET', KEYS[3], ARGV[1])
if held then
  redis.call('HINCRBY', KEYS[1], 'reserved', '-' .. held)
  redis.call('HDEL', KEYS[3], ARGV[1])
  redis.call('ZREM', KEYS[2], ARGV[1])
end
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('HINCRBY', KEYS[1], 'spent', ARGV[2])
end
return 1
"""

_INIT = """
if redis.call('HSETNX', KEYS[1], 'spent', ARGV[1]) == 1 then
  redis.call('HSETNX', KEYS[1], 'reserved', '0')
  if tonumber(ARGV[2]) > 0 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
end
return 1
"""


class RedisBudget:
    def __init__(self, redis: Redis, store: Store, *, prefix: str, reservation_ttl: float) -> None:
        self.redis = redis
        self.store = store
        self.prefix = prefix
        self.ttl = reservation_ttl
        self._reserve = redis.register_script(_RESERVE)
        self._settle = redis.register_script(_SETTLE)
        self._init = redis.register_script(_INIT)
        self._live: dict[str, Reservation] = {}  # this instance's unsettled reservations, kept alive
        self._keeper: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._keeper = asyncio.create_task(self._keep_alive_forever())

    async def close(self) -> None:
        if self._keeper is not None:
            self._keeper.cancel()
            await asyncio.gather(self._keeper, return_exceptions=True)

    async def keep_alive(self) -> int:
        """Push the expiry of every unsettled reservation of this instance a TTL ahead (ZADD XX:
        only holds that still exist), so a stream longer than the TTL keeps its hold. Only a dead
        instance's reservations expire."""
        live = list(self._live.values())
        if not live:
            return 0
        expiry = int((time.time() + self.ttl) * 1000)
        async with self.redis.pipeline(transaction=False) as pipe:
            for reservation in live:
                pipe.zadd(self.keys(reservation.org_id, reservation.period_start)[1], {reservation.id: expiry}, xx=True)
            await pipe.execute()
        return len(live)

    async def _keep_alive_forever(self) -> None:
        while True:
            await asyncio.sleep(min(60.0, self.ttl / 4))
            try:
                await self.keep_alive()
            except Exception as exc:  # Redis may be away for a while; try again later
                log.error("keeping budget reservations alive failed", extra={"error": type(exc).__name__})

    def keys(self, org_id: str, start: datetime) -> list[str]:
        # One hash tag per org and period keeps the three keys in one slot of a Redis cluster.
        base = f"{self.prefix}budget:{{{org_id}:{int(start.timestamp())}}}"
        return [base + ":state", base + ":holds", base + ":amounts"]

    @staticmethod
    def _lifetime(limit: SpendingLimit) -> int:
        length = period_length(limit.period)
        return 0 if length is None else int(length.total_seconds()) + 2 * 86400

    async def reserve(self, org_id: str, limit: SpendingLimit, amount: Decimal) -> Reservation | None:
        return await self.reserve_nanos(org_id, limit, to_nanos(amount, round_up=True))

    async def reserve_nanos(self, org_id: str, limit: SpendingLimit, need: int) -> Reservation | None:
        start = period_start(limit.period, utcnow())
        keys = self.keys(org_id, start)
        reservation = Reservation(new_reservation_id(), org_id, start, need)
        now = time.time()
        args: list[int | str] = [need, limit_nanos(limit), reservation.id, int((now + self.ttl) * 1000),
                                 int(now * 1000), self._lifetime(limit)]
        for _ in range(2):
            result = int(await self._reserve(keys=keys, args=args))
            if result == 1:
                self._live[reservation.id] = reservation
                return reservation
            if result == 0:
                return None
            spent = await self.store.spent_since(org_id, None if limit.period == "total" else start)
            await self._init(keys=keys[:1], args=[to_nanos(spent), self._lifetime(limit)])
        raise RuntimeError("budget counters vanished twice in a row")

    async def settle(self, reservation: Reservation, cost: Decimal) -> None:
        await self.settle_nanos(reservation, to_nanos(cost))

    async def settle_nanos(self, reservation: Reservation, cost: int) -> None:
        self._live.pop(reservation.id, None)
        await self._settle(keys=self.keys(reservation.org_id, reservation.period_start),
                           args=[reservation.id, cost])

    async def totals(self, org_id: str, start: datetime) -> tuple[int, int] | None:
        """(spent, reserved) in nano-units, for tests and diagnostics."""
        values = await self.redis.hmget(self.keys(org_id, start)[0], ["spent", "reserved"])
        if values[0] is None:
            return None
        return int(values[0]), int(values[1] or 0)
