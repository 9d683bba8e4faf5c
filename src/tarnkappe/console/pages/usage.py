"""Usage: spend against the subscription limit, tokens and cost per day and model, the latest
requests (never their text), and the requests of a period as CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator
from datetime import date, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from tarnkappe.accounts.models import money_str, utcnow
from tarnkappe.accounts.periods import period_start
from tarnkappe.console.i18n import Formatter
from tarnkappe.console.reports import DayModel, Period, days, month_of
from tarnkappe.console.web import Console, View, page, secure

CSV_COLUMNS = ("time_utc", "request_id", "key_id", "key_name", "model", "provider", "region", "status", "stream",
               "prompt_tokens", "completion_tokens", "tokens_estimated", "cost", "currency", "latency_ms",
               "anonymized", "entities_replaced", "web_search_requests")
MAX_DAYS = 400
# The days a report or a key's expiry may name. Outside them a date is a typo or a probe: year 9999
# would overflow the arithmetic (the day after it) and year 1 the conversion to UTC.
EARLIEST_DAY, LATEST_DAY = date(2000, 1, 1), date(2999, 12, 31)


def chosen_period(request: Request, console: Console, default: Period) -> tuple[Period, str | None]:
    """The period of `?from=YYYY-MM-DD&to=YYYY-MM-DD` (days in the console's time zone), else the
    default; and an error text key if the dates were unusable (the page then answers 400)."""
    first, last = request.query_params.get("from"), request.query_params.get("to")
    if not first and not last:
        return default, None
    try:
        start = date.fromisoformat(first) if first else default.start.astimezone(console.zone).date()
        end = date.fromisoformat(last) if last else utcnow().astimezone(console.zone).date()
    except ValueError:
        return default, "dates"
    if not EARLIEST_DAY <= start <= end <= LATEST_DAY or (end - start).days > MAX_DAYS:
        return default, "dates"
    return days(start, end, console.zone), None


def dates_error(view: View) -> str:
    return view.gettext("Use dates as YYYY-MM-DD between 2000-01-01 and 2999-12-31, the first not after the last, "
                        "at most 400 days apart.")


def dates_refused(view: View) -> Response:
    """An export asked for with unusable dates: a 400 that says why, not a file of another period."""
    return secure(Response(dates_error(view), status_code=400, media_type="text/plain; charset=utf-8"))


def chart_days(period: Period, zone: ZoneInfo, today: date) -> list[date]:
    """Every day of the period up to today: a day without requests is an empty slot, so that one
    day of data is one bar among the period's days, not one bar as wide as the chart."""
    first, last = period.first_day(zone), min(period.last_day(zone), max(today, period.first_day(zone)))
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]


def chart_data(lines: list[DayModel], all_days: list[date], fmt: Formatter, currency: str) -> dict[str, Any]:
    """Per model, tokens and cost for every day: the JSON the page's charts read. A zero is sent
    as null (no bar), since the charts give every other value a minimum height — a model with 40
    tokens next to one with 40,000 must still be seen. The reader's number symbols and currency
    pattern come along, so that the charts write numbers exactly as the tables (Babel's CLDR)."""
    models = sorted({line.model for line in lines})
    index = {(line.day, line.model): line for line in lines}

    def series(value: Any) -> list[list[Any]]:
        return [[(value(index[(d, m)]) or None) if (d, m) in index else None for d in all_days] for m in models]

    return {
        "labels": [fmt.date(day) for day in all_days],
        "models": models,
        "tokens": series(lambda line: line.prompt_tokens + line.completion_tokens),
        "cost": series(lambda line: float(line.cost)),
        "format": fmt.chart_format(currency),
    }


def csv_cell(value: Any) -> str:
    """A CSV field that a spreadsheet shows as text: a leading =, +, -, @ or tab would otherwise
    make a key's name a formula (CSV injection)."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def routes(console: Console) -> list[Route]:
    store, reports = console.accounts.store, console.reports

    async def default_period(view: View) -> tuple[Period, Any]:
        org = await store.get_org(view.user.org_name)
        assert org is not None  # the session's user belongs to it (cascade delete)
        now = utcnow()
        if org.limit_period in ("total", "year"):
            return month_of(now.astimezone(console.zone).date(), console.zone), org
        return Period(period_start(org.limit_period, now), now), org

    async def usage(request: Request, view: View) -> Response:
        default, org = await default_period(view)
        period, error = chosen_period(request, console, default)
        now = utcnow()
        budget_start = period_start(org.limit_period, now)
        spent = await reports.spent(org.id, Period(budget_start, now))
        lines = await reports.per_day_and_model(org.id, period, console.zone)
        recent = await reports.requests(org.id, period, limit=50)
        per_model: dict[str, list[Any]] = {}
        for line in lines:
            total = per_model.setdefault(line.model, [0, 0, 0, Decimal(0)])
            total[0] += line.requests
            total[1] += line.prompt_tokens
            total[2] += line.completion_tokens
            total[3] += line.cost
        return view.render(
            "usage.html", 400 if error else 200, org=org, spent=spent, budget_start=budget_start,
            share=float(spent / org.limit_amount) if org.limit_amount else None,
            period=period,
            first_day=period.first_day(console.zone).isoformat(),
            last_day=period.last_day(console.zone).isoformat(),
            lines=lines, per_model=per_model, recent=recent,
            # Free models (local ones) cost nothing: the page says so rather than draw an empty chart.
            has_cost=any(line.cost > 0 for line in lines),
            # Inside <script type="application/json">: "<" escaped so no name can close the element.
            chart_json=json.dumps(chart_data(
                lines, chart_days(period, console.zone, now.astimezone(console.zone).date()), view.fmt, org.currency,
            )).replace("<", "\\u003c"),
            error=dates_error(view) if error else None,
        )

    async def export(request: Request, view: View) -> Response:
        default, org = await default_period(view)
        period, error = chosen_period(request, console, default)
        if error:
            return dates_refused(view)

        async def rows() -> AsyncIterator[str]:
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerow(CSV_COLUMNS)
            async for line in reports.iter_requests(org.id, period):
                entities = ";".join(f"{k}={v}" for k, v in sorted((line.entity_counts or {}).items()))
                writer.writerow([csv_cell(v) for v in (
                    line.created_at.isoformat(), line.request_id, line.key_id, line.key_name, line.model,
                    line.provider, line.region, line.status, str(line.stream).lower(), line.prompt_tokens,
                    line.completion_tokens, str(line.estimated).lower(), money_str(line.cost), line.currency,
                    line.latency_ms, str(line.anonymized).lower(), entities, line.web_search_requests,
                )])
                if buffer.tell() > 64_000:
                    yield buffer.getvalue()
                    buffer.seek(0)
                    buffer.truncate()
            yield buffer.getvalue()

        name = f"tarnkappe-usage-{org.name}-{period.first_day(console.zone)}-{period.last_day(console.zone)}.csv"
        response = StreamingResponse(rows(), media_type="text/csv; charset=utf-8",
                                     headers={"content-disposition": f'attachment; filename="{name}"'})
        return secure(response)

    return [
        Route("/usage", page(console, usage), methods=["GET"]),
        Route("/usage.csv", page(console, export), methods=["GET"]),
    ]

