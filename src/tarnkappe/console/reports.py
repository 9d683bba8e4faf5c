"""What the console shows about one organization's use, read from the usage ledger: spend in a
period, tokens and cost per day and model, the latest requests, and the privacy report.

Every query takes the organization's id and filters by it; the pages never pass anything else.
Aggregation happens in SQL where the two backends agree (counts and sums per hour bucket), and the
step that needs a time zone (hours into the viewer's days) happens here, so SQLite and PostgreSQL
give the same report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.engine import Dialect

from tarnkappe.accounts.models import ApiKey, LedgerRow
from tarnkappe.accounts.store import Store


@dataclass(frozen=True, slots=True)
class Period:
    """A half-open range [start, end) of UTC instants."""

    start: datetime
    end: datetime

    def first_day(self, zone: ZoneInfo) -> date:
        return self.start.astimezone(zone).date()

    def last_day(self, zone: ZoneInfo) -> date:
        """The last day inside the half-open period."""
        return (self.end - timedelta(microseconds=1)).astimezone(zone).date()


@dataclass(frozen=True, slots=True)
class DayModel:
    day: date
    model: str
    requests: int
    prompt_tokens: int
    completion_tokens: int
    cost: Decimal


@dataclass(frozen=True, slots=True)
class RequestLine:
    created_at: datetime
    request_id: str | None
    key_id: str
    key_name: str | None
    model: str
    provider: str
    region: str | None
    status: str
    stream: bool
    prompt_tokens: int
    completion_tokens: int
    estimated: bool
    cost: Decimal
    currency: str
    latency_ms: float
    anonymized: bool
    entity_counts: dict[str, int] | None
    web_search_requests: int = 0  # server-side web searches, priced in `cost`


@dataclass(slots=True)
class PrivacyReport:
    """The record a data-protection officer asks for: where requests went, how many were
    anonymized, and how many values of each kind were replaced. Counts only, never values."""

    period: Period
    requests: int = 0
    anonymized: int = 0
    destinations: list[dict[str, Any]] = field(default_factory=list)  # provider, region, requests, anonymized
    entities: dict[str, int] = field(default_factory=dict)


def _hour_bucket(dialect: Dialect) -> ColumnElement[Any]:
    """The UTC hour of a ledger row, as a sortable string 'YYYY-MM-DD HH' on both backends."""
    if dialect.name == "sqlite":
        # SQLite stores the UTC datetime as ISO text: its first 13 characters are the hour.
        return func.substr(LedgerRow.created_at, 1, 13)
    return func.to_char(func.timezone("UTC", LedgerRow.created_at), "YYYY-MM-DD HH24")


def _in_period(org_id: str, period: Period) -> list[ColumnElement[bool]]:
    return [LedgerRow.org_id == org_id, LedgerRow.created_at >= period.start, LedgerRow.created_at < period.end]


class Reports:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def spent(self, org_id: str, period: Period) -> Decimal:
        query = select(func.coalesce(func.sum(LedgerRow.cost), 0)).where(*_in_period(org_id, period))
        async with self.store.sessions() as session:
            value = await session.scalar(query)
        return value if isinstance(value, Decimal) else Decimal(0)

    async def per_day_and_model(self, org_id: str, period: Period, zone: ZoneInfo) -> list[DayModel]:
        """Requests, tokens and cost per day (in `zone`) and model, oldest day first."""
        bucket = _hour_bucket(self.store.engine.dialect).label("bucket")
        query = (
            select(bucket, LedgerRow.model, func.count(), func.sum(LedgerRow.prompt_tokens),
                   func.sum(LedgerRow.completion_tokens), func.sum(LedgerRow.cost))
            .where(*_in_period(org_id, period))
            .group_by(bucket, LedgerRow.model)
        )
        async with self.store.sessions() as session:
            rows = (await session.execute(query)).all()
        totals: dict[tuple[date, str], list[Any]] = defaultdict(lambda: [0, 0, 0, Decimal(0)])
        for hour, model, requests, prompt, completion, cost in rows:
            day = datetime.strptime(hour, "%Y-%m-%d %H").replace(tzinfo=UTC).astimezone(zone).date()
            line = totals[(day, model)]
            line[0] += int(requests)
            line[1] += int(prompt or 0)
            line[2] += int(completion or 0)
            line[3] += cost if isinstance(cost, Decimal) else Decimal(cost or 0)
        return [DayModel(day, model, *values) for (day, model), values in sorted(totals.items())]

    async def requests(self, org_id: str, period: Period, *, limit: int | None = 50,
                       key_id: str | None = None) -> list[RequestLine]:
        """The newest requests first (all of the period when `limit` is None)."""
        return [line async for line in self.iter_requests(org_id, period, limit=limit, key_id=key_id)]

    async def iter_requests(self, org_id: str, period: Period, *, limit: int | None = None,
                            key_id: str | None = None) -> AsyncIterator[RequestLine]:
        """Like `requests`, streamed from the database in batches (for CSV exports of any size)."""
        query = (
            select(LedgerRow, ApiKey.name)
            .outerjoin(ApiKey, ApiKey.id == LedgerRow.key_id)
            .where(*_in_period(org_id, period))
            .order_by(LedgerRow.created_at.desc(), LedgerRow.id.desc())
            .execution_options(yield_per=500)
        )
        if key_id is not None:
            query = query.where(LedgerRow.key_id == key_id)
        if limit is not None:
            query = query.limit(limit)
        async with self.store.sessions() as session:
            result = await session.stream(query)
            async for row, key_name in result:
                yield RequestLine(
                    row.created_at, row.request_id, row.key_id, key_name, row.model, row.provider, row.region,
                    row.status, row.stream, row.prompt_tokens, row.completion_tokens, row.estimated, row.cost,
                    row.currency, row.latency_ms, row.anonymized, row.entity_counts, row.web_search_requests,
                )

    async def key_totals(self, org_id: str, key_id: str, period: Period) -> tuple[int, int, Decimal]:
        """Requests, tokens and cost of one key in the period."""
        query = select(
            func.count(), func.coalesce(func.sum(LedgerRow.prompt_tokens + LedgerRow.completion_tokens), 0),
            func.coalesce(func.sum(LedgerRow.cost), 0),
        ).where(*_in_period(org_id, period), LedgerRow.key_id == key_id)
        async with self.store.sessions() as session:
            requests, tokens, cost = (await session.execute(query)).one()
        return int(requests), int(tokens or 0), cost if isinstance(cost, Decimal) else Decimal(cost or 0)

    async def privacy(self, org_id: str, period: Period) -> PrivacyReport:
        report = PrivacyReport(period)
        anonymized_count = func.sum(func.cast(LedgerRow.anonymized, type_=LedgerRow.prompt_tokens.type))
        query = (
            select(LedgerRow.provider, LedgerRow.region, func.count(), anonymized_count)
            .where(*_in_period(org_id, period))
            .group_by(LedgerRow.provider, LedgerRow.region)
            .order_by(func.count().desc(), LedgerRow.provider)
        )
        entities = (
            select(LedgerRow.entity_counts)
            .where(*_in_period(org_id, period), LedgerRow.anonymized.is_(True))
            .execution_options(yield_per=1000)
        )
        async with self.store.sessions() as session:
            for provider, region, requests, anonymized in (await session.execute(query)).all():
                report.destinations.append({"provider": provider, "region": region or "-",
                                            "requests": int(requests), "anonymized": int(anonymized or 0)})
                report.requests += int(requests)
                report.anonymized += int(anonymized or 0)
            counts: dict[str, int] = defaultdict(int)
            async for (entity_counts,) in await session.stream(entities):
                for kind, count in (entity_counts or {}).items():
                    counts[kind] += int(count)
        report.entities = dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
        return report


def month_of(day: date, zone: ZoneInfo) -> Period:
    """The calendar month containing `day`, in `zone`, as UTC instants."""
    start = datetime(day.year, day.month, 1, tzinfo=zone)
    end = datetime(day.year + (day.month == 12), day.month % 12 + 1, 1, tzinfo=zone)
    return Period(start.astimezone(UTC), end.astimezone(UTC))


def days(first: date, last: date, zone: ZoneInfo) -> Period:
    """From the start of `first` to the end of `last`, in `zone`."""
    start = datetime(first.year, first.month, first.day, tzinfo=zone)
    end = datetime(last.year, last.month, last.day, tzinfo=zone) + timedelta(days=1)
    return Period(start.astimezone(UTC), end.astimezone(UTC))
