"""API keys from the database, cached in memory so that the database stays off the hot path.

A request's key is hashed (SHA-256) and looked up in a dict: the cost does not depend on which
key, or how many keys there are. An entry is trusted for `ttl` seconds, then read again from the
database — so a revocation, an expiry date or a changed org limit takes effect within `ttl` on
every instance, without any instance having to tell the others. Concurrent requests with the same
key share one database read.

When the database cannot be reached, a key that was valid a moment ago stays valid for
`stale_grace` seconds more (a database hiccup must not turn every key into a 401), and an unknown
key gets 503 rather than 401, because we cannot know.

Unknown keys are cached too (apart, and fewer), but a client that makes up a new key for every
request would still cost a database read each time. So failed authentications are counted per
client address (`FailedAuthentications`, `server.failed_auth_per_minute`): past the limit, a key
this instance does not know as valid gets 429 without a database read until the minute is over.
Keys it knows (cached as valid, or from the configuration file) are never held up.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from tarnkappe.accounts.models import ApiKey, Organization
from tarnkappe.accounts.store import Store
from tarnkappe.core.errors import KeyExpired, RateLimited, ServiceUnavailable
from tarnkappe.core.principal import ModelRules, Principal, RateLimits, SpendingLimit
from tarnkappe.gateway.auth import ConfigKeyStore, hash_key
from tarnkappe.logs import client_address_var

log = logging.getLogger("tarnkappe.keys")


def principal_from_rows(key: ApiKey, org: Organization) -> Principal:
    """Everything the pipeline needs about a key's caller, read once per cache period."""
    return Principal(
        key_id=key.id,
        key_name=key.name,
        org_id=org.id,
        org_name=org.name,
        currency=org.currency,
        allowed_models=frozenset(key.allowed_models) if key.allowed_models is not None else None,
        rules=ModelRules.of(org.allowed_models, org.regions, org.gdpr_only),
        spending_limit=SpendingLimit(org.limit_amount, org.currency, org.limit_period)
        if org.limit_amount is not None else None,
        key_limits=RateLimits(key.requests_per_minute, key.tokens_per_minute),
        org_limits=RateLimits(org.requests_per_minute, org.tokens_per_minute),
        expires_at=key.expires_at.timestamp() if key.expires_at else None,
        privacy_mode=org.anonymization,
    )


class FailedAuthentications:
    """Failed authentications per client address in fixed one-minute windows; bounded in memory
    (the addresses of the longest-ago windows are forgotten first)."""

    WINDOW = 60.0

    def __init__(self, per_minute: int, *, size: int = 10_000, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.size = size
        self.clock = clock
        self._windows: OrderedDict[str, list[float]] = OrderedDict()  # address -> [window start, count]
        self.refused = 0  # for the log: how many were held up, never by whom

    def check(self, address: str) -> None:
        """429 if `address` has used up its failures of this minute."""
        window = self._windows.get(address)
        if window is None or window[1] < self.per_minute:
            return
        retry_after = window[0] + self.WINDOW - self.clock()
        if retry_after <= 0:
            del self._windows[address]
            return
        self.refused += 1
        if self.refused == 1 or self.refused % 1000 == 0:
            log.warning("failed authentications over the limit", extra={"refused_total": self.refused})
        raise RateLimited(
            "Too many failed authentications from your address; retry later.",
            retry_after=retry_after, code="too_many_failed_authentications",
        )

    def record(self, address: str) -> None:
        now = self.clock()
        window = self._windows.get(address)
        if window is None or window[0] + self.WINDOW <= now:
            self._windows[address] = [now, 1]
            self._windows.move_to_end(address)
            while len(self._windows) > self.size:
                self._windows.popitem(last=False)
        else:
            window[1] += 1


@dataclass(slots=True)
class _Entry:
    principal: Principal | None  # None: unknown or revoked
    fresh_until: float
    stale_until: float


class DatabaseKeyStore:
    """Keys of the database (and of the configuration file, which never expire), with a bounded
    TTL cache in front of the database."""

    def __init__(self, store: Store, config_keys: ConfigKeyStore, *, ttl: float = 10.0, size: int = 10_000,
                 stale_grace: float = 300.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self.config_keys = config_keys
        self.ttl = ttl
        self.size = size
        self.stale_grace = stale_grace
        self.clock = clock
        self._cache: OrderedDict[str, _Entry] = OrderedDict()
        # Unknown keys are cached apart and fewer, so that a flood of made-up keys cannot evict
        # the real ones.
        self._unknown: OrderedDict[str, _Entry] = OrderedDict()
        self._reading: dict[str, asyncio.Future[_Entry]] = {}
        self.failures: FailedAuthentications | None = None  # set by the application (server settings)
        self.cache_hits = 0  # answered from the cache without the database (for the metrics)
        self.cache_misses = 0

    async def authenticate(self, secret: str) -> Principal | None:
        digest = hash_key(secret)
        principal = self.config_keys.lookup(digest)
        if principal is not None:
            return principal
        now = self.clock()
        entry = self._cache.get(digest) or self._unknown.get(digest)
        failures = self.failures
        address = None
        if failures is not None and (entry is None or entry.principal is None):
            # Not a key known as valid: a guess, perhaps. Refused before the database is asked.
            address = client_address_var.get()
            if address is not None:
                failures.check(address)
        if entry is None or entry.fresh_until <= now:
            self.cache_misses += 1
            entry = await self._refresh(digest, entry, now)
        else:
            self.cache_hits += 1
        principal = entry.principal
        expired = principal is not None and principal.expires_at is not None and principal.expires_at <= time.time()
        if expired:
            principal = None
        if principal is None and failures is not None:
            address = address or client_address_var.get()
            if address is not None:
                failures.record(address)
        if expired:
            raise KeyExpired("API key expired. Ask your organization for a new key.")
        return principal

    async def _refresh(self, digest: str, old: _Entry | None, now: float) -> _Entry:
        reading = self._reading.get(digest)
        if reading is not None:
            return await asyncio.shield(reading)
        future: asyncio.Future[_Entry] = asyncio.get_running_loop().create_future()
        self._reading[digest] = future
        try:
            try:
                row = await self.store.find_key(digest)
            except Exception as exc:
                if old is not None and old.principal is not None and old.stale_until > now:
                    log.warning("accounts database unreachable; using a cached key",
                                extra={"error": type(exc).__name__, "key_id": old.principal.key_id})
                    entry = old
                else:
                    log.error("accounts database unreachable", extra={"error": type(exc).__name__})
                    raise ServiceUnavailable(
                        "The gateway cannot check API keys right now; try again shortly."
                    ) from None
            else:
                principal = None
                if row is not None and row[0].revoked_at is None:
                    principal = principal_from_rows(*row)
                entry = _Entry(principal, now + self.ttl, now + self.ttl + self.stale_grace)
                self._store(digest, entry)
            future.set_result(entry)
            return entry
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: waiters re-raise it, nobody logs "never retrieved"
            raise
        finally:
            del self._reading[digest]

    def _store(self, digest: str, entry: _Entry) -> None:
        known, other = (self._cache, self._unknown) if entry.principal else (self._unknown, self._cache)
        other.pop(digest, None)
        known[digest] = entry
        known.move_to_end(digest)
        limit = self.size if entry.principal else max(100, self.size // 10)
        while len(known) > limit:
            known.popitem(last=False)

    def forget(self, key_id: str) -> None:
        """Drop a key from this instance's cache at once (after a revocation through this instance;
        other instances see it within the TTL)."""
        self._forget(lambda principal: principal.key_id == key_id)

    def forget_org(self, org_id: str) -> None:
        """Drop every cached key of an organization (after its rules changed through this
        instance): its next request reads the new rules."""
        self._forget(lambda principal: principal.org_id == org_id)

    def _forget(self, matches: Callable[[Principal], bool]) -> None:
        for digest in [d for d, e in self._cache.items() if e.principal and matches(e.principal)]:
            del self._cache[digest]
