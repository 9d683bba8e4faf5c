"""Budget periods and the dates operators type. Kept free of heavy imports: the command line's
parser needs it before it knows whether it will touch the database at all."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

PERIODS = ("day", "week", "month", "year", "total")
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class InvalidDate(ValueError):
    pass


def period_start(period: str, now: datetime) -> datetime:
    """The start (UTC) of the budget period that contains `now`."""
    day = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "day":
        return day
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    if period == "year":
        return day.replace(month=1, day=1)
    return EPOCH  # "total": one period for ever


def period_end(period: str, start: datetime) -> datetime | None:
    """The start of the period after the one that starts at `start`; None for `total`."""
    if period == "day":
        return start + timedelta(days=1)
    if period == "week":
        return start + timedelta(days=7)
    if period == "month":
        if start.month == 12:
            return start.replace(year=start.year + 1, month=1)
        return start.replace(month=start.month + 1)
    if period == "year":
        return start.replace(year=start.year + 1)
    return None


def period_length(period: str) -> timedelta | None:
    """How long counters of a period must live (an upper bound); None for `total`."""
    return {"day": timedelta(days=1), "week": timedelta(days=7), "month": timedelta(days=31),
            "year": timedelta(days=366)}.get(period)


def end_of_day(day: date, zone: tzinfo) -> datetime:
    """The instant a key valid "until `day`" expires: the end of that day in `zone` (the console's
    time zone), i.e. the next day's midnight there. The console and the CLI store exactly this."""
    return datetime.combine(day + timedelta(days=1), time(), zone)


def parse_expiry(text: str, zone: tzinfo, now: datetime) -> datetime:
    """An API key's expiry as operators type it: `2027-06-30` (valid through that whole day in
    `zone`) or an ISO 8601 date-time (without an offset: in `zone`). A past one is an error."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise InvalidDate(f"{text!r} is not a date (YYYY-MM-DD) or ISO 8601 date-time") from None
        expires = moment.replace(tzinfo=zone) if moment.tzinfo is None else moment
    else:
        if day.year >= 9999:
            raise InvalidDate(f"{text!r}: give a day before 9999-12-31")
        expires = end_of_day(day, zone)
    if expires <= now:
        raise InvalidDate(f"{text!r} is in the past: a key must be valid for some time from now")
    return expires


def parse_datetime(text: str) -> datetime:
    """`2025-01-31` or an ISO 8601 date-time; without a zone it is UTC."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidDate(f"{text!r} is not a date (YYYY-MM-DD) or ISO 8601 date-time") from None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value
