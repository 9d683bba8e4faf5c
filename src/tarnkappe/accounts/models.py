"""The database tables of accounts: organizations, API keys, budgets, reservations, the usage ledger.

Money is stored as whole nano-units (10^-9 of the currency) in 64-bit integers and read back as
`Decimal`: SQLite has no decimal type (SQLAlchemy's Numeric would become a float there), and integer
arithmetic keeps the budget's conditional UPDATE exact on every backend. 2^63 nano-units are nine
billion units of any currency.

The ledger holds no prompt or answer text, by construction: there is no column for it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_CEILING, ROUND_HALF_EVEN, Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NANO = Decimal("0.000000001")
ANONYMIZATION_MODES = ("off", "on_request", "always")
DEFAULT_ORG_ID = "org_default"


def to_nanos(amount: Decimal, *, round_up: bool = False) -> int:
    """Whole nano-units; reservations round up so that they never undercount."""
    return int((amount / NANO).to_integral_value(ROUND_CEILING if round_up else ROUND_HALF_EVEN))


def from_nanos(nanos: int) -> Decimal:
    return (Decimal(nanos) * NANO).normalize() if nanos else Decimal(0)


def money_str(amount: Decimal) -> str:
    """Plain notation for people and JSON ('0.000000123', never '1.23E-7')."""
    return format(amount.normalize(), "f")


class Money(TypeDecorator[Decimal]):
    """A `Decimal` amount stored as an integer count of nano-units."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, int):
            return value
        return to_nanos(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else from_nanos(int(value))


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime; use datetime.now(UTC)")
        return value.astimezone(UTC) if dialect.name != "sqlite" else value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Organization(Base):
    __tablename__ = "organizations"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    currency: Mapped[str] = mapped_column(String(3), default="CHF")
    limit_amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    limit_period: Mapped[str] = mapped_column(String(10), default="month")
    allowed_models: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    regions: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    gdpr_only: Mapped[bool] = mapped_column(Boolean, default=False)
    requests_per_minute: Mapped[int | None] = mapped_column(Integer, nullable=True)
    tokens_per_minute: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The org's anonymization policy: off | on_request | always; None follows the gateway's setting.
    anonymization: Mapped[str | None] = mapped_column(String(12), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="default")
    prefix: Mapped[str] = mapped_column(String(16))  # the first characters, to recognise a key in lists
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 hex of the secret
    allowed_models: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    requests_per_minute: Mapped[int | None] = mapped_column(Integer, nullable=True)
    tokens_per_minute: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Updated when the ledger is flushed (about once a second), never on the request path.
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_by: Mapped[str | None] = mapped_column(String(40), nullable=True)  # a console user's id


class BudgetRow(Base):
    """Spent and reserved amounts of one organization in one period (used by the database-atomic
    budget backend; the ledger stays the record of what was spent)."""

    __tablename__ = "budgets"

    org_id: Mapped[str] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True)
    period_start: Mapped[datetime] = mapped_column(UTCDateTime, primary_key=True)
    spent: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    reserved: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))


class Reservation(Base):
    """One in-flight request's worst-case cost, so that a crashed instance's reservations expire."""

    __tablename__ = "budget_reservations"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    org_id: Mapped[str] = mapped_column(String(40))
    period_start: Mapped[datetime] = mapped_column(UTCDateTime)
    amount: Mapped[Decimal] = mapped_column(Money)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class LedgerRow(Base):
    """One request: who, which model, how many tokens, what it cost. Never its text."""

    __tablename__ = "usage_ledger"
    # One row per request id (several without one may exist): a row from the Redis journal that was
    # committed once already is skipped by `ON CONFLICT DO NOTHING` (Store.write_ledger).
    __table_args__ = (Index("ix_usage_ledger_org_created", "org_id", "created_at"),
                      Index("ux_usage_ledger_request_id", "request_id", unique=True))

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)  # when the request started
    request_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    org_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    key_id: Mapped[str] = mapped_column(String(40))
    model: Mapped[str] = mapped_column(String(200))
    provider: Mapped[str] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(40), nullable=True)  # where the model runs
    stream: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(60))
    prompt_tokens: Mapped[int] = mapped_column(Integer, default=0)
    completion_tokens: Mapped[int] = mapped_column(Integer, default=0)
    # Server-side web searches the upstream ran (Anthropic's web_search tool), priced in `cost`.
    web_search_requests: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    estimated: Mapped[bool] = mapped_column(Boolean, default=False)  # tokens estimated, not reported
    cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # charged: at most the reservation
    currency: Mapped[str] = mapped_column(String(3))
    # What the upstream's usage report priced beyond the request's reservation (not charged); None: none.
    overage: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    latency_ms: Mapped[float] = mapped_column(Float)
    anonymized: Mapped[bool] = mapped_column(Boolean, default=False)
    entity_counts: Mapped[dict[str, int] | None] = mapped_column(JSON, nullable=True)  # per type, never values


class User(Base):
    """A person who signs in to the web console. The password is stored only as an argon2 hash."""

    __tablename__ = "users"
    # An address is unique within an organization, not across them: an owner who adds an address
    # that another organization has must not learn so (it signs in to its oldest active account).
    __table_args__ = (UniqueConstraint("org_id", "email", name="uq_users_org_email"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(254), index=True)  # stored lower-case
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(10))  # owner | member
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)


class ConsoleSession(Base):
    """A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a copy
    of the database signs nobody in. The CSRF token of the session's forms lives here too."""

    __tablename__ = "console_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 hex of the cookie's token
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class LoginFailure(Base):
    """Failed sign-ins per e-mail address and per client address, in a sliding window, shared by
    every instance through the database so that throttling holds behind a load balancer."""

    __tablename__ = "login_failures"

    scope: Mapped[str] = mapped_column(String(300), primary_key=True)  # "email:..." or "ip:..."
    failures: Mapped[int] = mapped_column(Integer, default=0)
    window_start: Mapped[datetime] = mapped_column(UTCDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
