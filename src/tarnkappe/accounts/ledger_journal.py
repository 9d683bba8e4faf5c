"""Ledger rows kept in Redis until they are in the database, so that an instance killed without
warning (SIGKILL, the OOM killer, a lost node) loses no row of a request whose client got its answer.

The ledger writer batches rows for the database; rows only in its memory die with the process.
With Redis configured, a row is first appended to this instance's list in Redis (one RPUSH, which
the pipeline awaits before the answer's last byte: `RequestOutcome.recorded`), and the writer takes
its batches from that list, removing them only once they are committed.

Every instance renews a key that lives `ttl` seconds (the reservation TTL: the same "how long until
a silent instance counts as dead") every ttl/4. An instance that finds another's key gone moves that
instance's list onto its own, in one script, and writes the rows as its own.

A row can reach the database twice — committed, then the instance died before removing it; an
append that timed out but landed, its row also kept in memory — so every ledger insert skips rows
whose `request_id` the ledger already has (a unique index and `ON CONFLICT DO NOTHING`: see
`Store.write_ledger`). Removal checks that the list still starts with the batch it wrote (rows are
unique: each holds its request id), so an instance whose list was taken while it stalled removes
nothing it did not write. Each append also (re-)registers the instance, so no list is left where no
one would look for it; a list is capped (`max_rows`, then rows stay in memory), and adoption moves
`ADOPT_ROWS_PER_CALL` rows per script call, so that it never holds Redis for long.

Redis must keep what it acknowledged for this to hold: `appendonly yes` and
`maxmemory-policy noeviction` (README, "Operate").

All keys share one hash tag, so the scripts also run on a Redis cluster (on one shard).
"""

from __future__ import annotations

import secrets
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import orjson

from tarnkappe.accounts.models import from_nanos, money_str

if TYPE_CHECKING:  # the client is imported where one is made (budget_redis.py): without Redis, never
    from redis.asyncio import Redis

# Remove the first `n` rows only if they are still the batch that was written.
_ACKNOWLEDGE = """
local n = tonumber(ARGV[1])
if redis.call('LINDEX', KEYS[1], 0) == ARGV[2] and redis.call('LINDEX', KEYS[1], n - 1) == ARGV[3] then
  redis.call('LTRIM', KEYS[1], n, -1)
  return n
end
return 0
"""

# Append one row unless the list is full (0: keep it in memory); register the instance.
_APPEND = """
if redis.call('LLEN', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('SADD', KEYS[2], ARGV[3])
return 1
"""

# Move up to ARGV[2] of a dead instance's rows onto ours, unless it has come back; once its list
# is empty, forget it. -1: alive; otherwise the rows moved.
_ADOPT = """
if redis.call('EXISTS', KEYS[2]) == 1 then return -1 end
local rows = redis.call('LRANGE', KEYS[1], 0, tonumber(ARGV[2]) - 1)
local moved = 0
for start = 1, #rows, 500 do
  local last = math.min(start + 499, #rows)
  redis.call('RPUSH', KEYS[3], unpack(rows, start, last))
  moved = moved + (last - start + 1)
end
if moved > 0 then redis.call('LTRIM', KEYS[1], moved, -1) end
if redis.call('LLEN', KEYS[1]) == 0 then redis.call('SREM', KEYS[4], ARGV[1]) end
return moved
"""

# Forget this instance, atomically, only if its list is empty.
_RETIRE = """
if redis.call('LLEN', KEYS[1]) > 0 then return 0 end
redis.call('DEL', KEYS[2])
redis.call('SREM', KEYS[3], ARGV[1])
return 1
"""

ADOPT_ROWS_PER_CALL = 5_000  # ~2 MB and a few ms of Redis per script call

_DECIMALS = ("cost", "overage")


def encode_row(row: dict[str, Any]) -> bytes:
    """A ledger row as JSON: the datetime in ISO 8601, amounts as decimal strings (exact). The
    metering hands amounts over in nano-units (int); they are written as the decimal amount they
    stand for, as `Decimal` amounts always were, so that every instance reads every journal alike
    (a rolling upgrade: an older instance may adopt this one's rows, and the other way round)."""
    if any(type(row.get(name)) is int for name in _DECIMALS):
        row = {**row, **{name: money_str(from_nanos(row[name])) for name in _DECIMALS if type(row.get(name)) is int}}
    return orjson.dumps(row, default=_decimal_as_string)


def decode_row(data: bytes) -> dict[str, Any]:
    row: dict[str, Any] = orjson.loads(data)
    row["created_at"] = datetime.fromisoformat(row["created_at"])
    for name in _DECIMALS:
        if row.get(name) is not None:
            row[name] = Decimal(row[name])
    # A row journaled by an instance older than the column (a rolling upgrade): every row of a batch
    # must name the same columns for one executemany.
    row.setdefault("web_search_requests", 0)
    return row


def _decimal_as_string(value: Any) -> str:
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(type(value).__name__)


class RedisLedgerJournal:
    def __init__(self, redis: Redis, *, prefix: str, ttl: float, instance: str | None = None,
                 max_rows: int = 100_000) -> None:
        self.redis = redis
        self.ttl = ttl
        self.max_rows = max_rows
        self.instance = instance or secrets.token_hex(8)
        self._base = f"{prefix}{{ledger}}:"
        self.rows_key = self.rows_of(self.instance)
        self._append = redis.register_script(_APPEND)
        self._acknowledge = redis.register_script(_ACKNOWLEDGE)
        self._adopt = redis.register_script(_ADOPT)
        self._retire = redis.register_script(_RETIRE)

    def rows_of(self, instance: str) -> str:
        return f"{self._base}rows:{instance}"

    def alive_of(self, instance: str) -> str:
        return f"{self._base}alive:{instance}"

    @property
    def instances_key(self) -> str:
        return self._base + "instances"

    async def append(self, row: dict[str, Any]) -> bool:
        """Put one row in the journal; False if the journal is full (the caller keeps it)."""
        added = await self._append(keys=[self.rows_key, self.instances_key],
                                   args=[encode_row(row), self.max_rows, self.instance])
        return bool(added)

    async def peek(self, count: int) -> list[bytes]:
        """The oldest `count` rows, still in the journal."""
        rows = await self.redis.lrange(self.rows_key, 0, count - 1)
        return [row if isinstance(row, bytes) else row.encode() for row in rows]

    async def acknowledge(self, batch: list[bytes]) -> bool:
        """Remove `batch` (the result of `peek`, now committed) from the head of the journal;
        False if the journal no longer starts with it (another instance took the list)."""
        if not batch:
            return True
        removed = await self._acknowledge(keys=[self.rows_key], args=[len(batch), batch[0], batch[-1]])
        return bool(removed)

    async def heartbeat(self) -> None:
        """Say this instance is alive for another `ttl` seconds."""
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.set(self.alive_of(self.instance), b"1", px=int(self.ttl * 1000))
            pipe.sadd(self.instances_key, self.instance)
            await pipe.execute()

    async def adopt_orphans(self) -> int:
        """Move the rows of every instance that stopped renewing its key onto this instance's
        list; the number of rows moved."""
        moved = 0
        for raw in await self.redis.smembers(self.instances_key):
            other = raw.decode() if isinstance(raw, bytes) else str(raw)
            if other == self.instance:
                continue
            while True:
                count = int(await self._adopt(keys=[self.rows_of(other), self.alive_of(other), self.rows_key,
                                                    self.instances_key], args=[other, ADOPT_ROWS_PER_CALL]))
                moved += max(0, count)
                if count < ADOPT_ROWS_PER_CALL:
                    break
        return moved

    async def retire(self) -> bool:
        """At a clean shutdown: forget this instance if its list is empty (in one script, so no
        append slips in between); a list with rows stays, for another instance to adopt once the
        key expires. Whether it was forgotten."""
        retired = await self._retire(keys=[self.rows_key, self.alive_of(self.instance), self.instances_key],
                                     args=[self.instance])
        return bool(retired)
