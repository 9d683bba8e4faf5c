"""The usage ledger's writer: rows are queued in memory on the request path (an append, no I/O)
and inserted in batches by one background task — every `flush_interval` seconds, or at once when a
batch is full.

A failed insert keeps its rows and is retried with backoff; a clean shutdown flushes everything
that is queued before the process exits. The queue is bounded (`max_pending`): should the
database stay away that long, the oldest rows are dropped and an error is logged for each batch
dropped, rather than the gateway running out of memory.

A batch goes to the database in transactions of at most `ROWS_PER_TRANSACTION` rows. SQLAlchemy
converts a statement's parameters on the event loop, in one stretch, at ~12 µs a row: 400 rows (a
second's worth at 400 requests/s) stopped every request in flight for ~4 ms, the open loop's p99.
At 100 rows the stretch is ~1 ms; smaller slices cost more per row (a transaction each) for
little gain (measured: 400 rows in slices of 400/100/50/25 took 5–9/11–14/11–15/19–22 ms CPU).
On SQLite the rows are converted by accounts/ledger_sqlite.py's generated function, at ~20,000
instructions a row instead of ~52,000, so 250 rows make the stretch 100 made before
(`ROWS_PER_TRANSACTION_SQLITE`); a transaction's own cost (its BEGIN, the keys' UPDATE, COMMIT, a
trip to aiosqlite's thread for each, SQLite's commit) then falls from ~13,000 to ~6,500
instructions a row (callgrind, /tmp micro; issue 18).

Rows only in memory die with the process. With a journal (Redis: `ledger_journal.py`), `record`
returns an awaitable that puts the row in the journal; the pipeline awaits it before the answer's
last byte, and the writer takes its batches from the journal, so a SIGKILL loses no row of a
request that completed. Should the journal fail, the row falls back to the memory queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable
from typing import Any

from tarnkappe.accounts.ledger_journal import RedisLedgerJournal, decode_row
from tarnkappe.accounts.store import Store

log = logging.getLogger("tarnkappe.ledger")

ROWS_PER_TRANSACTION = 100
ROWS_PER_TRANSACTION_SQLITE = 250
# How long a request's last byte may wait for its row to reach the journal before the row is kept
# in memory instead (Redis slow or away: the answer is not held up for Redis's own timeouts).
JOURNAL_TIMEOUT = 0.5


class LedgerWriter:
    def __init__(self, store: Store, *, flush_interval: float = 1.0, batch_size: int = 500,
                 max_pending: int = 100_000, journal: RedisLedgerJournal | None = None) -> None:
        self.store = store
        self.journal = journal
        self.flush_interval = flush_interval
        self.batch_size = batch_size
        self.max_pending = max_pending
        self._pending: list[dict[str, Any]] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._keeper: asyncio.Task[None] | None = None
        self._closing = False
        self.written = 0
        self.dropped = 0
        self.flush_errors = 0  # failed batch writes (retried), for the metrics
        self._journaled = 0  # rows put in the journal since the last wake-up
        self._appends: set[asyncio.Task[None]] = set()  # journal appends under way

    @property
    def pending(self) -> int:
        return len(self._pending)

    def record(self, row: dict[str, Any]) -> Awaitable[None] | None:
        """Queue one row. Never blocks, never raises: metering must not fail a request. With a
        journal, the row is on its way there already (a task, so it is kept even if nobody waits);
        the awaitable returned says when it is there, and never raises either — a request cancelled
        meanwhile leaves the append running rather than guessing whether it landed."""
        if self.journal is None:
            self._queue(row)
            return None
        task = asyncio.get_running_loop().create_task(self._journal_append(row))
        self._appends.add(task)
        task.add_done_callback(self._appends.discard)
        return asyncio.shield(task)

    async def _journal_append(self, row: dict[str, Any]) -> None:
        """Put the row in the journal within `JOURNAL_TIMEOUT`, else keep it in memory. A timed-out
        append may still land: the ledger's unique request id then drops the second copy."""
        assert self.journal is not None
        try:
            added = await asyncio.wait_for(self.journal.append(row), JOURNAL_TIMEOUT)
        except Exception as exc:  # Redis away or slow
            self._queue(row)
            log.error("usage ledger journal append failed; row kept in memory", extra={"error": type(exc).__name__})
            return
        if not added:
            self._queue(row)
            log.error("usage ledger journal full; row kept in memory", extra={"max_rows": self.journal.max_rows})
            return
        self._journaled += 1
        if self._journaled >= self.batch_size:
            self._journaled = 0
            self._wake.set()

    def _queue(self, row: dict[str, Any]) -> None:
        self._pending.append(row)
        if len(self._pending) > self.max_pending:
            excess = len(self._pending) - self.max_pending
            del self._pending[:excess]
            self.dropped += excess
            log.error("usage ledger queue full; oldest rows dropped", extra={"dropped": excess})
        if len(self._pending) >= self.batch_size:
            self._wake.set()

    async def start(self) -> None:
        if self.journal is not None:
            await self.journal.heartbeat()
            self._keeper = asyncio.create_task(self._keep_alive())
        self._task = asyncio.create_task(self._run())

    async def _keep_alive(self) -> None:
        """Renew this instance's key and adopt the journals of dead instances, every ttl/4 —
        independently of the flush interval, which may be longer than the TTL."""
        assert self.journal is not None
        while True:
            try:
                await self.journal.heartbeat()
                if await self.journal.adopt_orphans():
                    self._wake.set()
            except Exception as exc:
                log.error("usage ledger journal heartbeat failed", extra={"error": type(exc).__name__})
            await asyncio.sleep(self.journal.ttl / 4)

    async def _run(self) -> None:
        backoff = self.flush_interval
        while not self._closing:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=backoff)
            self._wake.clear()
            try:
                await self.flush()
                backoff = self.flush_interval
            except Exception as exc:
                self.flush_errors += 1
                backoff = min(30.0, backoff * 2)
                log.error("usage ledger write failed; will retry", extra={"error": type(exc).__name__,
                                                                          "pending": len(self._pending)})

    async def flush(self) -> None:
        """Write everything queued, a slice per transaction (see ROWS_PER_TRANSACTION). A slice
        that fails goes back to the front of the queue, in order; a journal's slice stays in the
        journal."""
        size = min(self.batch_size, ROWS_PER_TRANSACTION_SQLITE if self.store.engine.dialect.name == "sqlite"
                   else ROWS_PER_TRANSACTION)
        while self.journal is not None:
            encoded = await self.journal.peek(size)
            if not encoded:
                break
            await self.store.write_ledger([decode_row(data) for data in encoded])
            if not await self.journal.acknowledge(encoded):
                log.warning("usage ledger journal taken over by another instance; it writes the rest")
                break
            self.written += len(encoded)
        while self._pending:
            batch = self._pending[:size]
            del self._pending[: len(batch)]
            try:
                await self.store.write_ledger(batch)
            except BaseException:
                self._pending[:0] = batch
                raise
            self.written += len(batch)

    async def close(self, *, attempts: int = 5) -> None:
        """Stop the background task and write what is left (retrying a few times)."""
        self._closing = True
        self._wake.set()
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)
        if self._appends:  # appends under way end in the journal or in memory: wait for them
            await asyncio.gather(*self._appends, return_exceptions=True)
        for attempt in range(attempts):
            try:
                await self.flush()
                if self.journal is not None:
                    await self.journal.retire()
                break
            except Exception as exc:
                self.flush_errors += 1
                log.error("usage ledger write failed at shutdown", extra={"error": type(exc).__name__,
                                                                          "attempt": attempt + 1})
                await asyncio.sleep(0.2 * 2**attempt)
        # The heartbeat ran through the final flush (so no one adopted the list meanwhile); rows
        # left in the journal now are adopted by another instance once the key expires.
        if self._keeper is not None:
            self._keeper.cancel()
            await asyncio.gather(self._keeper, return_exceptions=True)
        if self._pending:
            log.error("usage ledger rows lost at shutdown", extra={"lost": len(self._pending)})
