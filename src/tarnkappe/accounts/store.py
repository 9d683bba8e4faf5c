"""The storage interface of accounts: one class over SQLAlchemy 2 (async), the same code for SQLite
(the embedded default, in WAL mode) and PostgreSQL (several instances sharing one database).

It is the only module that writes SQL for organizations, keys and the ledger; the hot path never
calls it directly (keys are cached, the ledger is written in batches, budgets have their own
backends in `budget.py`). It returns plain frozen records, never ORM objects, so nothing outside
depends on a session being open.
"""

from __future__ import annotations

import asyncio
import os
import re
import secrets
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, bindparam, case, event, func, insert, make_url, or_, select, text, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.sql.dml import Insert

from tarnkappe.accounts.ledger_sqlite import SqliteLedgerWrite
from tarnkappe.accounts.models import (
    ANONYMIZATION_MODES,
    DEFAULT_ORG_ID,
    ApiKey,
    LedgerRow,
    Organization,
    money_str,
    utcnow,
)
from tarnkappe.accounts.periods import PERIODS, InvalidDate, parse_datetime
from tarnkappe.gateway.auth import generate_key, hash_key

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


class AccountsError(Exception):
    """An operator's request that cannot be done (unknown org, duplicate name); the message says why."""


__all__ = ["PERIODS", "AccountsError", "InvalidDate", "KeyInfo", "OrgInfo", "Store", "UsageLine", "parse_datetime"]


@dataclass(frozen=True, slots=True)
class OrgInfo:
    id: str
    name: str
    currency: str
    limit_amount: Decimal | None
    limit_period: str
    allowed_models: list[str] | None
    regions: list[str] | None
    gdpr_only: bool
    requests_per_minute: int | None
    tokens_per_minute: int | None
    anonymization: str | None
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["limit_amount"] = None if self.limit_amount is None else money_str(self.limit_amount)
        data["created_at"] = self.created_at.isoformat()
        return data


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """An API key as operators see it: never the secret, never its hash."""

    id: str
    org_id: str
    org_name: str
    name: str
    prefix: str
    allowed_models: list[str] | None
    requests_per_minute: int | None
    tokens_per_minute: int | None
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None = None
    created_by: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for field in ("created_at", "expires_at", "revoked_at", "last_used_at"):
            value = getattr(self, field)
            data[field] = value.isoformat() if value else None
        return data


@dataclass(frozen=True, slots=True)
class UsageLine:
    org_name: str
    model: str
    currency: str
    requests: int
    prompt_tokens: int
    completion_tokens: int
    cost: Decimal
    estimated_requests: int
    web_search_requests: int = 0  # server-side web searches, priced in `cost`

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "cost": money_str(self.cost)}


def _create_private_file(url: str) -> None:
    """Create a new SQLite database file readable by its owner only (0600), whatever the umask:
    it holds password and key hashes and the ledger. SQLite gives the -wal and -shm files the
    database file's permissions. An existing file is left as it is."""
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    try:
        os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    except OSError:
        pass  # a directory that does not exist: SQLite reports it, in its own words


def create_engine(url: str, *, pool_size: int = 10) -> AsyncEngine:
    """An async engine; SQLite files get WAL (readers never wait for the writer), a busy timeout
    instead of instant 'database is locked', and enforced foreign keys."""
    if url.startswith("sqlite"):
        _create_private_file(url)
        engine = create_async_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine.sync_engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return create_async_engine(url, pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True)


def _org_info(org: Organization) -> OrgInfo:
    return OrgInfo(
        org.id, org.name, org.currency, org.limit_amount, org.limit_period, org.allowed_models, org.regions,
        org.gdpr_only, org.requests_per_minute, org.tokens_per_minute, org.anonymization, org.created_at,
    )


def _key_info(key: ApiKey, org: Organization) -> KeyInfo:
    return KeyInfo(
        key.id, key.org_id, org.name, key.name, key.prefix, key.allowed_models, key.requests_per_minute,
        key.tokens_per_minute, key.created_at, key.expires_at, key.revoked_at, key.last_used_at, key.created_by,
    )


def check_org_fields(currency: str | None = None, period: str | None = None, limit: Decimal | None = None,
                     anonymization: str | None = None) -> None:
    if anonymization is not None and anonymization not in ANONYMIZATION_MODES:
        raise AccountsError(f"anonymization {anonymization!r} must be one of {', '.join(ANONYMIZATION_MODES)}")
    if currency is not None and not re.fullmatch(r"[A-Z]{3}", currency):
        raise AccountsError(f"currency {currency!r} must be a three-letter ISO 4217 code such as CHF")
    if period is not None and period not in PERIODS:
        raise AccountsError(f"period {period!r} must be one of {', '.join(PERIODS)}")
    if limit is not None and limit < 0:
        raise AccountsError("the limit must not be negative")


class Store:
    """Organizations, keys and the usage ledger in one SQL database."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.sessions = async_sessionmaker(engine, expire_on_commit=False)
        self._sqlite_write: SqliteLedgerWrite | None = None

    async def ping(self, timeout: float = 2.0) -> bool:
        """Whether the database answers a trivial query within `timeout` seconds (for /readyz)."""
        try:
            async with asyncio.timeout(timeout):
                async with self.engine.connect() as connection:
                    await connection.execute(text("SELECT 1"))
            return True
        except Exception:  # any failure means: not ready; the reason is for the database's own logs
            return False

    async def close(self) -> None:
        await self.engine.dispose()

    # ------------------------------------------------------------------ organizations

    async def create_org(self, name: str, *, currency: str = "CHF", limit_amount: Decimal | None = None,
                         limit_period: str = "month", **fields: Any) -> OrgInfo:
        if not _NAME.fullmatch(name):
            raise AccountsError(f"organization name {name!r}: use letters, digits, '.', '_' and '-' (up to 100)")
        check_org_fields(currency, limit_period, limit_amount, fields.get("anonymization"))
        async with self.sessions.begin() as session:
            if await session.scalar(select(Organization.id).where(Organization.name == name)):
                raise AccountsError(f"an organization named {name!r} exists already")
            org = Organization(
                id="org_" + secrets.token_hex(8), name=name, currency=currency, limit_amount=limit_amount,
                limit_period=limit_period, gdpr_only=bool(fields.pop("gdpr_only", False)), **fields,
            )
            session.add(org)
        return _org_info(org)

    async def update_org(self, name: str, **changes: Any) -> OrgInfo:
        """Change an organization's limits or model rules; takes effect within the key cache's TTL."""
        check_org_fields(changes.get("currency"), changes.get("limit_period"), changes.get("limit_amount"),
                         changes.get("anonymization"))
        async with self.sessions.begin() as session:
            org = await session.scalar(select(Organization).where(Organization.name == name))
            if org is None:
                raise AccountsError(f"no organization named {name!r}")
            for field, value in changes.items():
                setattr(org, field, value)
        return _org_info(org)

    async def get_org(self, name: str) -> OrgInfo | None:
        async with self.sessions() as session:
            org = await session.scalar(select(Organization).where(Organization.name == name))
            return _org_info(org) if org else None

    async def list_orgs(self) -> list[OrgInfo]:
        async with self.sessions() as session:
            return [_org_info(o) for o in await session.scalars(select(Organization).order_by(Organization.name))]

    # ------------------------------------------------------------------ keys

    async def create_key(self, org_name: str, *, name: str = "default", allowed_models: list[str] | None = None,
                         requests_per_minute: int | None = None, tokens_per_minute: int | None = None,
                         expires_at: datetime | None = None, created_by: str | None = None) -> tuple[KeyInfo, str]:
        """A new key for the organization: (what operators see, the secret). The secret is shown
        once by the caller and stored only as its SHA-256."""
        secret = generate_key()
        async with self.sessions.begin() as session:
            org = await session.scalar(select(Organization).where(Organization.name == org_name))
            if org is None:
                raise AccountsError(
                    f"no organization named {org_name!r} (create it with `tarnkappe orgs create {org_name}`)"
                )
            key = ApiKey(
                id="key_" + secrets.token_hex(8), org_id=org.id, name=name, prefix=secret[:10],
                key_hash=hash_key(secret), allowed_models=allowed_models, requests_per_minute=requests_per_minute,
                tokens_per_minute=tokens_per_minute, created_at=utcnow(), expires_at=expires_at,
                created_by=created_by,
            )
            session.add(key)
        return _key_info(key, org), secret

    async def list_keys(self, org_name: str | None = None) -> list[KeyInfo]:
        query = select(ApiKey, Organization).join(Organization).order_by(Organization.name, ApiKey.created_at)
        if org_name is not None:
            query = query.where(Organization.name == org_name)
        async with self.sessions() as session:
            return [_key_info(k, o) for k, o in (await session.execute(query)).all()]

    async def revoke_key(self, key_id: str, *, org_id: str | None = None) -> KeyInfo:
        """Revoke a key (keeps the row for the ledger's sake). With `org_id`, only that org's keys."""
        async with self.sessions.begin() as session:
            query = select(ApiKey, Organization).join(Organization).where(ApiKey.id == key_id)
            row = (await session.execute(query)).first()
            if row is None or (org_id is not None and row[0].org_id != org_id):
                raise AccountsError(f"no API key with id {key_id!r}")
            key, org = row
            if key.revoked_at is None:
                key.revoked_at = utcnow()
        return _key_info(key, org)

    async def find_key(self, key_hash: str) -> tuple[ApiKey, Organization] | None:
        """The key row with this hash and its organization (revoked and expired ones too: the
        caller decides)."""
        async with self.sessions() as session:
            row = (await session.execute(
                select(ApiKey, Organization).join(Organization).where(ApiKey.key_hash == key_hash)
            )).first()
            return (row[0], row[1]) if row else None

    async def count_active_keys(self) -> int:
        async with self.sessions() as session:
            active = select(func.count()).select_from(ApiKey).where(ApiKey.revoked_at.is_(None))
            return int(await session.scalar(active) or 0)

    # ------------------------------------------------------------------ ledger

    async def write_ledger(self, rows: Sequence[dict[str, Any]]) -> None:
        """Insert ledger rows in one transaction (all or none), and move each key's `last_used_at`
        forward to its newest row — one UPDATE per key in the batch rather than one per request.
        A Core executemany on the table, not the ORM's bulk insert: the profile showed the ORM path
        compiling on the event loop; on SQLite, not even Core's per-row work (ledger_sqlite.py). A
        row whose request id the ledger already has is skipped (`ON CONFLICT DO NOTHING` on the
        unique index): a row from the Redis journal may have been committed once before
        (accounts/ledger_journal.py)."""
        if rows:
            last_used: dict[str, datetime] = {}
            for row in rows:
                key_id, at = row["key_id"], row["created_at"]
                if key_id not in last_used or last_used[key_id] < at:
                    last_used[key_id] = at
            keys = cast(Table, ApiKey.__table__)
            async with self.engine.begin() as connection:
                if self.engine.dialect.name == "sqlite":  # as the driver takes them (ledger_sqlite.py)
                    write = self._sqlite_ledger_write()
                    await connection.exec_driver_sql(write.insert_sql, write.insert_parameters(rows))
                    await connection.exec_driver_sql(write.touch_sql, write.touch_parameters(last_used))
                    return
                await connection.execute(self._ledger_insert(), list(rows))
                await connection.execute(
                    update(keys)
                    .where(keys.c.id == bindparam("b_id"))
                    .where(or_(keys.c.last_used_at.is_(None), keys.c.last_used_at < bindparam("b_at")))
                    .values(last_used_at=bindparam("b_at")),
                    [{"b_id": key_id, "b_at": at} for key_id, at in last_used.items()],
                )

    def _sqlite_ledger_write(self) -> SqliteLedgerWrite:
        if self._sqlite_write is None:
            self._sqlite_write = SqliteLedgerWrite(cast(Table, LedgerRow.__table__), cast(Table, ApiKey.__table__),
                                                   self.engine.dialect)
        return self._sqlite_write

    def _ledger_insert(self) -> Insert:
        table = cast(Table, LedgerRow.__table__)
        if self.engine.dialect.name == "postgresql":
            return postgresql_insert(table).on_conflict_do_nothing(index_elements=["request_id"])
        if self.engine.dialect.name == "sqlite":
            return sqlite_insert(table).on_conflict_do_nothing(index_elements=["request_id"])
        return insert(table)

    async def spent_since(self, org_id: str, since: datetime | None) -> Decimal:
        query = select(func.coalesce(func.sum(LedgerRow.cost), 0)).where(LedgerRow.org_id == org_id)
        if since is not None:
            query = query.where(LedgerRow.created_at >= since)
        async with self.sessions() as session:
            value = await session.scalar(query)
        return value if isinstance(value, Decimal) else Decimal(0)

    async def usage(self, *, org_id: str | None = None, since: datetime | None = None) -> list[UsageLine]:
        """Totals per organization and model (and currency, should an org have changed it)."""
        query = (
            select(
                func.coalesce(Organization.name, LedgerRow.org_id), LedgerRow.model, LedgerRow.currency,
                func.count(), func.sum(LedgerRow.prompt_tokens), func.sum(LedgerRow.completion_tokens),
                func.sum(LedgerRow.cost), func.sum(case((LedgerRow.estimated, 1), else_=0)),
                func.sum(LedgerRow.web_search_requests),
            )
            .select_from(LedgerRow)
            .outerjoin(Organization, Organization.id == LedgerRow.org_id)
            .group_by(func.coalesce(Organization.name, LedgerRow.org_id), LedgerRow.model, LedgerRow.currency)
            .order_by(func.coalesce(Organization.name, LedgerRow.org_id), LedgerRow.model)
        )
        if org_id is not None:
            query = query.where(LedgerRow.org_id == org_id)
        if since is not None:
            query = query.where(LedgerRow.created_at >= since)
        async with self.sessions() as session:
            rows = (await session.execute(query)).all()
        return [
            UsageLine(org or "-", model, currency, int(n), int(p or 0), int(c or 0), cost or Decimal(0), int(e or 0),
                      int(w or 0))
            for org, model, currency, n, p, c, cost, e, w in rows
        ]

    async def ledger_count(self, org_id: str | None = None) -> int:
        query = select(func.count()).select_from(LedgerRow)
        if org_id is not None:
            query = query.where(LedgerRow.org_id == org_id)
        async with self.sessions() as session:
            return int(await session.scalar(query) or 0)


async def set_default_org_exists(store: Store) -> None:
    """The built-in organization the configuration's keys belong to (created by the first migration;
    recreated here should an operator have deleted it)."""
    async with store.sessions.begin() as session:
        if await session.get(Organization, DEFAULT_ORG_ID) is None:
            session.add(Organization(id=DEFAULT_ORG_ID, name="default", currency="CHF", limit_period="month"))


