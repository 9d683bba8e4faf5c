"""Sign-in throttling: after too many failed sign-ins in a window, further attempts are refused
until a lock of one window has passed — even with the right password, so that guessing gains
nothing. An operator lifts a lock early with `tarnkappe users unlock`.

Attempts are counted per e-mail address (guessing one account's password) and per client address
(trying one password against many accounts, with a limit five times higher so that an office
behind one NAT address is not locked out by one person). The counters live in the accounts
database, so that they hold across all instances behind a load balancer.

Every attempt is counted *before* its password is checked, by one atomic statement per counter
(INSERT ... ON CONFLICT DO UPDATE ... RETURNING, on SQLite and PostgreSQL alike): of a burst of
concurrent attempts, only as many as the limit allows are ever checked, whatever the number of
instances. A successful attempt then takes back what it saw — its own attempt and, on its address,
the failures counted before it in the same window — but never failures counted after it, nor a lock
that began meanwhile.

The database keeps a hash of each counter's address, not the address (someone may type their
password into the e-mail field). The log names a counter by the first characters of that hash and
says what a lock cost: how many attempts it refused — never an address.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, case, delete, literal, not_, null, or_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from tarnkappe.accounts.models import LoginFailure, UTCDateTime, utcnow
from tarnkappe.accounts.store import Store

log = logging.getLogger("tarnkappe.console")

CLIENT_FACTOR = 5


def _scope(kind: str, value: str) -> str:
    return f"{kind}:" + hashlib.sha256(f"tarnkappe-sign-in:{kind}:{value}".encode("utf-8", "replace")).hexdigest()


def email_scope(email: str) -> str:
    return _scope("email", email.strip().lower()[:254])


def client_scope(client: str) -> str:
    return _scope("ip", client[:60])


def scopes(email: str, client: str | None) -> list[tuple[str, int]]:
    """The counters a sign-in attempt touches, with each one's limit as a multiple of the base
    (the address's first, then the client's: every attempt takes their rows in this order)."""
    result = [(email_scope(email), 1)]
    if client:
        result.append((client_scope(client), CLIENT_FACTOR))
    return result


def tag(scope: str) -> str:
    """How the log names a counter: its kind and the start of its hash, never the address."""
    kind, _, digest = scope.partition(":")
    return f"{'client' if kind == 'ip' else kind} #{digest[:10]}"


@dataclass(frozen=True, slots=True)
class Count:
    """One counter as an attempt left it."""

    scope: str
    number: int  # this attempt's number in the counter's window, itself included
    limit: int
    window_start: datetime
    locked_until: datetime | None


@dataclass(frozen=True, slots=True)
class Attempt:
    """A counted attempt: whether its password may be checked, and what to take back on success."""

    counts: tuple[Count, ...]
    at: datetime

    @property
    def locked_until(self) -> datetime | None:
        """When the latest lock on any of its counters ends; None if the password may be checked."""
        ends = [c.locked_until for c in self.counts if c.locked_until is not None and c.locked_until > self.at]
        return max(ends) if ends else None


class LoginThrottle:
    def __init__(self, store: Store, *, max_failures: int = 10, window: timedelta = timedelta(minutes=15)) -> None:
        self.store = store
        self.max_failures = max_failures
        self.window = window

    async def attempt(self, attempt_scopes: Sequence[tuple[str, int]]) -> Attempt:
        """Count an attempt on every scope, before its password is checked; lock a scope that
        goes past its limit. The password may be checked only if `locked_until` is None."""
        now = utcnow()
        counts = []
        async with self.store.sessions.begin() as session:
            for scope, factor in attempt_scopes:
                limit = self.max_failures * factor
                row = (await session.execute(self._count_statement(scope, limit, now))).one()
                counts.append(Count(scope, row.failures, limit, row.window_start, row.locked_until))
        for count in counts:
            self._log_cost(count)
        return Attempt(tuple(counts), now)

    def _count_statement(self, scope: str, limit: int, now: datetime):
        insert = pg_insert if self.store.engine.dialect.name == "postgresql" else sqlite_insert
        row = LoginFailure.__table__.c  # in ON CONFLICT DO UPDATE: the row as it was
        at = literal(now, UTCDateTime())
        locked = and_(row.locked_until.is_not(None), row.locked_until > at)
        # A window is over when its lock has ended, or when it had no lock and began a window ago.
        over = and_(not_(locked), or_(row.locked_until.is_not(None),
                                      row.window_start <= literal(now - self.window, UTCDateTime())))
        statement = insert(LoginFailure).values(scope=scope, failures=1, window_start=now, locked_until=None)
        return statement.on_conflict_do_update(index_elements=[row.scope], set_={
            "failures": case((over, 1), else_=row.failures + 1),
            "window_start": case((over, at), else_=row.window_start),
            "locked_until": case(
                (over, null()),
                (and_(not_(locked), row.failures + 1 > limit), literal(now + self.window, UTCDateTime())),
                else_=row.locked_until,
            ),
        }).returning(row.failures, row.window_start, row.locked_until)

    def _log_cost(self, count: Count) -> None:
        """What a lock costs an attacker, in the log: when it begins, and the attempts it refused
        at 10, 100, 1000 ... and every 10,000."""
        refused = count.number - count.limit
        if refused == 1:
            log.warning("console sign-in: %s locked until %s after %d failed attempts in %d min",
                        tag(count.scope), f"{count.locked_until:%Y-%m-%dT%H:%M:%SZ}", count.limit,
                        round(self.window.total_seconds() / 60))
        elif refused in (10, 100, 1000) or (refused > 0 and refused % 10_000 == 0):
            log.warning("console sign-in: %s has refused %d attempts during its lock (%d counted in all)",
                        tag(count.scope), refused, count.number)

    async def succeeded(self, attempt: Attempt) -> None:
        """The attempt's password was right: take back its own count and, on the address, the
        failures it saw counted before it — but not failures counted after it, nor a lock."""
        async with self.store.sessions.begin() as session:
            for index, count in enumerate(attempt.counts):
                seen = count.number if index == 0 else 1  # the client's count: only its own attempt
                await session.execute(update(LoginFailure).where(
                    LoginFailure.scope == count.scope, LoginFailure.window_start == count.window_start,
                    LoginFailure.locked_until.is_(None),
                ).values(failures=case((LoginFailure.failures > seen, LoginFailure.failures - seen), else_=0)))
            # Old rows of everyone are swept here rather than by a timer.
            now = utcnow()
            await session.execute(delete(LoginFailure).where(
                LoginFailure.window_start < now - 2 * self.window,
                or_(LoginFailure.locked_until.is_(None), LoginFailure.locked_until < now),
            ))

    async def unlock(self, attempt_scopes: Sequence[str]) -> list[tuple[str, int, datetime | None]]:
        """Lift the locks and forget the counts of these scopes (for `tarnkappe users unlock`):
        (log tag, attempts counted, lock end) of each scope that had a counter."""
        async with self.store.sessions.begin() as session:
            rows = (await session.execute(delete(LoginFailure).where(LoginFailure.scope.in_(list(attempt_scopes)))
                                          .returning(LoginFailure.scope, LoginFailure.failures,
                                                     LoginFailure.locked_until))).all()
        for scope, failures, _until in rows:
            log.warning("console sign-in: %s unlocked by the operator (%d attempts counted)", tag(scope), failures)
        return [(tag(scope), failures, until) for scope, failures, until in rows]
