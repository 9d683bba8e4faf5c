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

The rows' conversion is one generated function (`_row_converter`): a tuple expression per row
with each column's processor called directly, and, for the values the metering writes, the
processor's result written inline — a bool as 0/1, a nano-unit amount (int) as itself, a UTC
timestamp in the DATETIME type's own storage format — any other value goes to the processor.
That halved the conversion's cost again (52,600 -> ~20,000 instructions a row, callgrind);
tests/accounts/test_ledger_sqlite.py compares it with the processors over random rows.

SQLite only (the embedded default and the single-instance deployment); PostgreSQL keeps the Core
statements.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.types import JSON, Boolean

from tarnkappe.accounts.models import Money, UTCDateTime

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


# The DATETIME type's default storage format (sqlalchemy/dialects/sqlite/base.py), positionally.
_DATETIME_STORAGE = "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"
_DATETIME_TEXT = "%04d-%02d-%02d %02d:%02d:%02d.%06d"


def _utc_text(process: Processor) -> Processor:
    """UTCDateTime's processor for a datetime in UTC, inline: the UTC fields in the storage format
    (UTCDateTime makes the value naive UTC, DATETIME formats its fields); anything else — another
    zone, a naive value, None — goes through the processor itself."""
    utc, text = UTC, _DATETIME_TEXT

    def convert(value: Any) -> Any:
        if type(value) is datetime and value.tzinfo is utc:
            return text % (value.year, value.month, value.day, value.hour, value.minute, value.second,
                           value.microsecond)
        return process(value)

    return convert


def _row_converter(columns: list[tuple[Column[Any], Processor | None, Any]], dialect: Dialect
                   ) -> Callable[[Sequence[Mapping[str, Any]]], list[tuple[Any, ...]]]:
    """One function that turns rows into the driver's tuples (see the module's docstring)."""
    names: dict[str, Any] = {}
    parts = []
    for i, (column, process, default) in enumerate(columns):
        names[f"d{i}"], names[f"p{i}"] = default, process
        get = f"row.get({column.name!r}, d{i})" if default is not None else f"row.get({column.name!r})"
        kind = column.type
        if process is None:
            parts.append(get)
        elif isinstance(kind, Boolean):
            parts.append(f"(1 if (v{i} := {get}) is True else 0 if v{i} is False else p{i}(v{i}))")
        elif isinstance(kind, Money):
            parts.append(f"(v{i} if type(v{i} := {get}) is int else p{i}(v{i}))")
        elif isinstance(kind, UTCDateTime) and getattr(kind.impl_instance.dialect_impl(dialect), "_storage_format",
                                                       None) == _DATETIME_STORAGE:
            names[f"p{i}"] = _utc_text(process)
            parts.append(f"p{i}({get})")
        else:
            parts.append(f"p{i}({get})")
    source = f"def convert(rows):\n    return [({', '.join(parts)},) for row in rows]\n"
    exec(compile(source, "<ledger row converter>", "exec"), names)
    converter: Callable[[Sequence[Mapping[str, Any]]], list[tuple[Any, ...]]] = names["convert"]
    return converter


class SqliteLedgerWrite:
    """`insert_sql` with `insert_parameters(rows)` (qmark, one tuple per row; a row whose request id
    the ledger has is skipped, as the Core statement's ON CONFLICT DO NOTHING), and `touch_sql` with
    `touch_parameters(last_used)` (each key's `last_used_at` moved forward to its newest row)."""

    __slots__ = ("insert_sql", "touch_sql", "_columns", "_timestamp", "insert_parameters")

    def __init__(self, ledger: Table, keys: Table, dialect: Dialect) -> None:
        quote = dialect.identifier_preparer.quote
        columns = [column for column in ledger.columns if not column.primary_key]
        self.insert_sql = (
            f"INSERT INTO {quote(ledger.name)} ({', '.join(quote(c.name) for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)}) ON CONFLICT ({quote('request_id')}) DO NOTHING"
        )
        self._columns = [(column.name, _processor(column, dialect), _scalar_default(column)) for column in columns]
        self.insert_parameters = _row_converter(
            [(column, process, default) for column, (_, process, default) in zip(columns, self._columns, strict=True)],
            dialect)
        last_used, key_id = quote(keys.c.last_used_at.name), quote(keys.c.id.name)
        self.touch_sql = (
            f"UPDATE {quote(keys.name)} SET {last_used} = ? WHERE {key_id} = ? "
            f"AND ({last_used} IS NULL OR {last_used} < ?)"
        )
        timestamp = _processor(keys.c.last_used_at, dialect)
        assert timestamp is not None
        self._timestamp = timestamp

    def processed(self, rows: Sequence[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
        """`insert_parameters` the slow way, each value through its column's processor (for tests)."""
        columns = self._columns
        return [
            tuple([process(row.get(name, default)) if process is not None else row.get(name, default)
                   for name, process, default in columns])
            for row in rows
        ]

    def touch_parameters(self, last_used: Mapping[str, datetime]) -> list[tuple[Any, ...]]:
        timestamp = self._timestamp
        return [(at, key_id, at) for key_id, at in ((k, timestamp(v)) for k, v in last_used.items())]
