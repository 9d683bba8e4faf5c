"""The SQLite ledger write (accounts/ledger_sqlite.py) stores exactly what the Core statement
stored: the same text, integers and nulls in every column, for rows with and without optional
values, a row missing a column, and a request id the ledger has already (skipped)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from tarnkappe.accounts.models import DEFAULT_ORG_ID
from tests.accounts.helpers import ledger_row, open_store, run, sqlite_url


def _rows() -> list[dict[str, object]]:
    at = datetime(2026, 12, 4, 18, 0, 0, 0, tzinfo=UTC)  # microsecond 0: still written with .000000
    return [
        ledger_row(DEFAULT_ORG_ID, Decimal("0.0000165"), created_at=at, request_id="req_a", overage=None),
        ledger_row(DEFAULT_ORG_ID, Decimal("1.5"), created_at=at + timedelta(microseconds=123456),
                   request_id="req_b", stream=True, estimated=True, anonymized=True,
                   entity_counts={"PERSON": 2, "EMAIL": 1}, overage=Decimal("0.25"), region="ch",
                   web_search_requests=3),
        ledger_row(DEFAULT_ORG_ID, Decimal(0), request_id=None,  # an aware time in another zone: stored as UTC
                   created_at=datetime(2026, 12, 4, 20, tzinfo=UTC).astimezone(ZoneInfo("Europe/Zurich")),
                   overage=None),
    ]


def _without_searches() -> list[dict[str, object]]:
    """A batch whose rows do not name a column (and leave out overage): the columns' defaults."""
    rows = [ledger_row(DEFAULT_ORG_ID, Decimal("0.5"), request_id=f"req_old{i}") for i in range(2)]
    for row in rows:
        del row["web_search_requests"]
    return rows


def _stored(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT * FROM usage_ledger ORDER BY id").fetchall()


def test_same_values_as_the_core_statement(tmp_path: Path) -> None:
    async def main() -> None:
        fast, core = tmp_path / "fast.db", tmp_path / "core.db"
        store = await open_store(sqlite_url(fast))
        batches = [_rows(), _without_searches()]
        for batch in batches:
            await store.write_ledger(batch)
        await store.write_ledger(_rows()[1:2])  # its request id is in the ledger: skipped
        await store.close()
        reference = await open_store(sqlite_url(core))
        for batch in batches:
            async with reference.engine.begin() as connection:
                await connection.execute(reference._ledger_insert(), batch)
        await reference.close()
        assert len(_stored(fast)) == 5
        assert _stored(fast) == _stored(core)

    run(main)


def test_last_used_moves_forward_only(tmp_path: Path) -> None:
    async def main() -> None:
        store = await open_store(sqlite_url(tmp_path / "ledger.db"))
        key_id = (await store.create_key("default", name="k"))[0].id
        late = datetime(2026, 12, 4, 18, 30, tzinfo=UTC)
        await store.write_ledger([ledger_row(DEFAULT_ORG_ID, Decimal(0), key_id=key_id, created_at=late)])
        await store.write_ledger([ledger_row(DEFAULT_ORG_ID, Decimal(0), key_id=key_id,
                                             created_at=late - timedelta(minutes=5))])
        info = next(k for k in await store.list_keys() if k.id == key_id)
        await store.close()
        assert info.last_used_at == late

    run(main)


def test_the_generated_conversion_gives_the_processors_values() -> None:
    """The generated row conversion writes, for every column, what the column's processor writes:
    random rows with bools (and 0/1), amounts as Decimal and as nano-units, timestamps in UTC, in
    another zone and at microsecond 0, entity counts, nulls and left-out columns."""
    import random

    from sqlalchemy import Table
    from sqlalchemy.dialects import sqlite

    from tarnkappe.accounts.ledger_sqlite import SqliteLedgerWrite
    from tarnkappe.accounts.models import ApiKey, LedgerRow

    write = SqliteLedgerWrite(LedgerRow.__table__, ApiKey.__table__, sqlite.dialect())  # type: ignore[arg-type]
    assert isinstance(LedgerRow.__table__, Table)
    rng = random.Random(5)
    zones = [UTC, ZoneInfo("Europe/Zurich"), ZoneInfo("America/New_York")]
    rows = []
    for _ in range(3000):
        at = datetime(rng.randint(1990, 2100), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                      rng.randint(0, 59), rng.randint(0, 59), rng.choice([0, 1, 999_999, rng.randint(0, 999_999)]),
                      tzinfo=rng.choice(zones))
        amount = Decimal(rng.randrange(0, 10**12)).scaleb(-9)
        row = ledger_row(DEFAULT_ORG_ID, rng.choice([amount, int(amount.scaleb(9))]), created_at=at,
                         request_id=rng.choice([None, f"req_{rng.getrandbits(64):x}"]),
                         stream=rng.choice([True, False, 1, 0]), estimated=rng.choice([True, False]),
                         anonymized=rng.choice([True, False, 0]),
                         overage=rng.choice([None, amount, int(amount.scaleb(9))]),
                         entity_counts=rng.choice([None, {"PERSON": rng.randint(1, 9)}]),
                         latency_ms=rng.random() * 100, region=rng.choice([None, "ch"]))
        if rng.random() < 0.1:
            del row["web_search_requests"]
        rows.append(row)
    assert write.insert_parameters(rows) == write.processed(rows)
    converted = write.insert_parameters(rows)
    assert {type(value) for row in converted for value in (row[7], row[12], row[17])} == {int}  # 0/1 flags
