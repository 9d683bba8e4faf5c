"""Sign-in throttling: after too many failed sign-ins in a window, further attempts are refused
until the window has passed — even with the right password, so that guessing gains nothing.

Failures are counted per e-mail address (guessing one account's password) and per client address
(trying one password against many accounts, with a limit five times higher so that an office
behind one NAT address is not locked out by one person). The counters live in the accounts
database, so that they hold across all instances behind a load balancer.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from tarnkappe.accounts.models import LoginFailure, utcnow
from tarnkappe.accounts.store import Store

CLIENT_FACTOR = 5


def scopes(email: str, client: str | None) -> list[tuple[str, int]]:
    """The counters a sign-in attempt touches, with each one's limit as a multiple of the base."""
    result = [(f"email:{email.strip().lower()[:254]}", 1)]
    if client:
        result.append((f"ip:{client[:60]}", CLIENT_FACTOR))
    return result


class LoginThrottle:
    def __init__(self, store: Store, *, max_failures: int = 10, window: timedelta = timedelta(minutes=15)) -> None:
        self.store = store
        self.max_failures = max_failures
        self.window = window

    async def locked_until(self, attempt_scopes: Sequence[tuple[str, int]]) -> datetime | None:
        """When the latest lock on any of these scopes ends, or None if none is locked."""
        now = utcnow()
        async with self.store.sessions() as session:
            rows = await session.scalars(
                select(LoginFailure.locked_until).where(LoginFailure.scope.in_([s for s, _ in attempt_scopes]))
            )
            ends = [until for until in rows if until is not None and until > now]
        return max(ends) if ends else None

    async def failed(self, attempt_scopes: Sequence[tuple[str, int]]) -> None:
        """Count a failed attempt on every scope; lock a scope that reaches its limit."""
        for _attempt in range(3):  # a concurrent first failure may insert the same row: retry
            try:
                await self._count(attempt_scopes)
                return
            except IntegrityError:
                continue

    async def _count(self, attempt_scopes: Sequence[tuple[str, int]]) -> None:
        now = utcnow()
        async with self.store.sessions.begin() as session:
            for scope, factor in attempt_scopes:
                row = await session.scalar(select(LoginFailure).where(LoginFailure.scope == scope).with_for_update())
                if row is None:
                    row = LoginFailure(scope=scope, failures=0, window_start=now)
                    session.add(row)
                if row.window_start + self.window <= now:
                    row.failures, row.window_start = 0, now
                row.failures += 1
                if row.failures >= self.max_failures * factor:
                    row.locked_until = now + self.window
                    row.failures, row.window_start = 0, now

    async def succeeded(self, email: str) -> None:
        """A successful sign-in clears the address's count (not the client's: a guesser who also
        owns one account must not reset their counter by signing in to it)."""
        scope = scopes(email, None)[0][0]
        async with self.store.sessions.begin() as session:
            await session.execute(delete(LoginFailure).where(LoginFailure.scope == scope))
            # Old rows of everyone are swept here rather than by a timer.
            await session.execute(delete(LoginFailure).where(
                LoginFailure.window_start < utcnow() - 2 * self.window, LoginFailure.locked_until.is_(None)
            ))
