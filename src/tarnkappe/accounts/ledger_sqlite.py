"""The usage ledger's batch write on SQLite, its parameters converted without SQLAlchemy's per-row work.

Why: a Core executemany builds a parameter dictionary per row and runs SQLAlchemy's checks for
every bind of it before the type conversions, and the keys' `last_used_at` UPDATE was built and
looked up in the compiled cache anew per batch. Measured on 100-row batches (the writer's
transactions), a ledger row cost ~21 µs of CPU against ~5 µs for SQLite's own insert through
aiosqlite; with one row per request that was most of the accounts' share of a non-streamed request
(bench/ab.py --callgrind; issue 18).

Here both statements are written once, and each column's bind processor is looked up once —
SQLAlchemy's own, through `TypeEngine.dialect_impl(...).bind_processor`, so the values stored are
exactly those the Core statements stored (the UTC timestamp's text, Money's nano-units, booleans as
0/1, JSON text; a JSON None as the text `null`, as Core stores it) — and each row becomes one tuple
for the driver's executemany. A column a row does not name gets the column's scalar default, as
Core gives it.

SQLite only (the embedded default and the single-instance deployment); PostgreSQL keeps the Core
statements.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Column, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.types import JSON

Processor = Callable[[Any], Any]


def _scalar_default(column: Column[Any]) -> Any:
    default = column.default
    if default is not None and default.is_scalar:
        return default.arg  # type: ignore[attr-defined]
    return None


def _processor(column: Column[Any], dialect: Dialect) -> Processor | None:
    process: Processor | None = column.type.dialect_impl(dialect).bind_processor(dialect)
    if process is not None and isinstance(column.type, JSON):
        # Most rows have no entity counts: the text Core's JSON processor writes for None, at once.
        json_process = process
        null = json_process(None)
        return lambda value: null if value is None else json_process(value)
    return process


class SqliteLedgerWrite:
    """`insert_sql` with `insert_parameters(rows)` (qmark, one tuple per row; a row whose request id
    the ledger has is skipped, as the Core statement's ON CONFLICT DO NOTHING), and `touch_sql` with
    `touch_parameters(last_used)` (each key's `last_used_at` moved forward to its newest row)."""

    __slots__ = ("insert_sql", "touch_sql", "_columns", "_timestamp")

    def __init__(self, ledger: Table, keys: Table, dialect: Dialect) -> None:
        quote = dialect.identifier_preparer.quote
        columns = [column for column in ledger.columns if not column.primary_key]
        self.insert_sql = (
            f"INSERT INTO {quote(ledger.name)} ({', '.join(quote(c.name) for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)}) ON CONFLICT ({quote('request_id')}) DO NOTHING"
        )
        self._columns = [(column.name, _processor(column, dialect), _scalar_default(column)) for column in columns]
        last_used, key_id = quote(keys.c.last_used_at.name), quote(keys.c.id.name)
        self.touch_sql = (
            f"UPDATE {quote(keys.name)} SET {last_used} = ? WHERE {key_id} = ? "
            f"AND ({last_used} IS NULL OR {last_used} < ?)"
        )
        timestamp = _processor(keys.c.last_used_at, dialect)
        assert timestamp is not None
        self._timestamp = timestamp

    def insert_parameters(self, rows: Sequence[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
        columns = self._columns
        return [
            tuple([process(row.get(name, default)) if process is not None else row.get(name, default)
                   for name, process, default in columns])
            for row in rows
        ]

    def touch_parameters(self, last_used: Mapping[str, datetime]) -> list[tuple[Any, ...]]:
        timestamp = self._timestamp
        return [(at, key_id, at) for key_id, at in ((k, timestamp(v)) for k, v in last_used.items())]
