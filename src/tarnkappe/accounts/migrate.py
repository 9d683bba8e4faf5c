"""Schema migrations, run programmatically (no alembic.ini): at `tarnkappe serve` start and by
`tarnkappe db upgrade`. The scripts ship inside the package, so an installed gateway can migrate
its own database.

Several instances starting at once against one PostgreSQL database take an advisory lock first, so
that only one of them migrates and the others find the schema at head.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision. Kept here so that a database already at head is recognised without importing
# Alembic (half a second of every start and every CLI command); a test checks it against the scripts.
HEAD = "0006_ledger_web_searches"
_LOCK_ID = 0x74_6B_61_63  # "tkac": the advisory lock that serialises migrations on PostgreSQL


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The head according to the migration scripts themselves."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _upgrade(connection: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), "head")


async def _current(connection: object) -> str | None:
    try:
        async with connection.begin_nested():  # type: ignore[attr-defined]
            result = await connection.execute(text("SELECT version_num FROM alembic_version"))  # type: ignore[attr-defined]
            return result.scalar()
    except DBAPIError:
        return None  # no alembic_version table: an empty database


async def upgrade(engine: AsyncEngine) -> None:
    """Bring the schema to the newest revision; a no-op when it is there already."""
    async with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            await connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _LOCK_ID})
        if await _current(connection) == HEAD:
            return
        await connection.run_sync(_upgrade)


async def current_revision(engine: AsyncEngine) -> str | None:
    async with engine.begin() as connection:
        return await _current(connection)


def _make_revision(message: str) -> None:  # pragma: no cover - a developer tool
    """Autogenerate a revision against a scratch SQLite database at head."""
    import asyncio
    import tempfile

    from tarnkappe.accounts.store import create_engine

    async def run() -> None:
        with tempfile.TemporaryDirectory() as scratch:
            engine = create_engine(f"sqlite+aiosqlite:///{scratch}/scratch.db")
            await upgrade(engine)
            from alembic import command

            async with engine.begin() as connection:
                await connection.run_sync(
                    lambda c: command.revision(alembic_config(c), message=message, autogenerate=True)
                )
            await engine.dispose()

    asyncio.run(run())


if __name__ == "__main__":  # pragma: no cover
    if len(sys.argv) == 3 and sys.argv[1] == "revision":
        _make_revision(sys.argv[2])
    else:
        print("usage: python -m tarnkappe.accounts.migrate revision MESSAGE", file=sys.stderr)
        raise SystemExit(2)
