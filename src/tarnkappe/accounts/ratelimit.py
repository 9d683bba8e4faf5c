"""Requests and tokens per minute, per key and per organization.

A sliding-window counter: the previous minute's count, weighted by how much of it still overlaps
the last 60 seconds, plus the current minute's. It needs two numbers per limit (no per-request
log) and does not allow the double burst of fixed windows at a minute's boundary.

Requests are counted when admitted. Tokens are counted when a request ends (only then are they
known): a request is admitted while the window's tokens are below the limit, so a single request
may cross it, and the next ones wait. `MemoryRateLimiter` serves one process; `RedisRateLimiter`
shares the counters between instances with one Lua script per admission.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the client is imported where one is made (budget_redis.py): without Redis, never
    from redis.asyncio import Redis

from tarnkappe.core.errors import RateLimited
from tarnkappe.core.principal import RateLimits

WINDOW = 60.0
Scope = tuple[str, RateLimits]  # ("key:key_ab12", limits) or ("org:org_cd34", limits)


@dataclass(frozen=True, slots=True)
class Rule:
    """One limit of one scope."""

    scope: str
    kind: str  # "rpm" | "tpm"
    limit: int


@dataclass(frozen=True, slots=True)
class ScopeRules:
    """The limits of one scope, checked against the scope's counters together."""

    scope: str
    requests: int | None  # per minute; None: no limit
    tokens: int | None


@dataclass(frozen=True, slots=True)
class Rules:
    """Every limit of a request's scopes, in the scopes' order (requests before tokens): `each` one
    by one (the Redis script's keys), `by_scope` grouped (the memory limiter's counters)."""

    each: tuple[Rule, ...]
    by_scope: tuple[ScopeRules, ...]

    def __bool__(self) -> bool:
        return bool(self.each)


def retry_after(previous: float, current: float, fraction: float, cost: float, limit: float) -> float:
    """Seconds until `previous*(1-f) + current + cost <= limit` holds again."""
    if current + cost <= limit and previous > 0:
        return max(0.001, ((1 - (limit - current - cost) / previous) - fraction) * WINDOW)
    if cost > limit or current <= 0:
        return WINDOW
    return (1 - fraction) * WINDOW + max(0.0, 1 - (limit - cost) / current) * WINDOW


def compile_rules(scopes: Sequence[Scope]) -> Rules:
    """The rules of every limit that is set. The caller keeps them for as long as the scopes stay
    the same (accounts/service.py: per principal)."""
    each = []
    by_scope = []
    for scope, limits in scopes:
        if limits.requests_per_minute is not None:
            each.append(Rule(scope, "rpm", limits.requests_per_minute))
        if limits.tokens_per_minute is not None:
            each.append(Rule(scope, "tpm", limits.tokens_per_minute))
        if limits.any:
            by_scope.append(ScopeRules(scope, limits.requests_per_minute, limits.tokens_per_minute))
    return Rules(tuple(each), tuple(by_scope))


def _refusal(scope: str, kind: str, wait: float) -> RateLimited:
    who = "API key" if scope.startswith("key:") else "organization"
    what = "requests" if kind == "rpm" else "tokens"
    return RateLimited(f"Rate limit reached: your {who}'s {what} per minute. Try again in {wait:.1f} s.",
                       retry_after=wait)


@dataclass(slots=True)
class _Windows:
    """A scope's counts of this minute (`index`) and the one before: requests and tokens. Both roll
    together: a count rolled early to the same minute is the count rolled late (it only grows at
    the latest minute), so one index serves both."""

    index: int
    requests_previous: int = 0
    requests: int = 0
    tokens_previous: int = 0
    tokens: int = 0

    def roll(self, index: int) -> None:
        if index == self.index + 1:
            self.requests_previous, self.tokens_previous = self.requests, self.tokens
        else:
            self.requests_previous = self.tokens_previous = 0
        self.requests = self.tokens = 0
        self.index = index


@dataclass(slots=True)
class MemoryRateLimiter:
    clock: Callable[[], float] = time.time
    _windows: dict[str, _Windows] = field(default_factory=dict)  # by scope
    _next_prune: float = 0.0

    async def admit(self, scopes: Sequence[Scope]) -> None:
        await self.admit_rules(compile_rules(scopes))

    async def admit_rules(self, rules: Rules) -> None:
        self.admit_now(rules)

    def admit_now(self, rules: Rules) -> None:
        """Admit one request against every rule, or refuse it (RateLimited, naming the rule that
        frees up last; the first of those that free up equally late) without counting it
        anywhere. No await: the check and the count cannot interleave with another request's."""
        now = self.clock()
        index = int(now // WINDOW)
        if now >= self._next_prune:
            self._prune(now, index)
        fraction = (now % WINDOW) / WINDOW
        keep = 1 - fraction
        worst: tuple[str, str, float] | None = None
        windows = self._windows
        counted: list[_Windows] = []
        for rules_of in rules.by_scope:
            window = windows.get(rules_of.scope)
            if window is None:
                window = windows[rules_of.scope] = _Windows(index)
            elif window.index != index:
                window.roll(index)
            limit = rules_of.requests
            if limit is not None:
                if window.requests_previous * keep + window.requests + 1 > limit:
                    wait = retry_after(window.requests_previous, window.requests, fraction, 1, limit)
                    if worst is None or wait > worst[2]:
                        worst = (rules_of.scope, "rpm", wait)
                else:
                    counted.append(window)
            limit = rules_of.tokens
            if limit is not None and window.tokens_previous * keep + window.tokens + 1 > limit:
                wait = retry_after(window.tokens_previous, window.tokens, fraction, 1, limit)
                if worst is None or wait > worst[2]:
                    worst = (rules_of.scope, "tpm", wait)
        if worst is not None:
            raise _refusal(*worst)
        for window in counted:
            window.requests += 1

    async def add_tokens(self, scopes: Sequence[Scope], tokens: int) -> None:
        self.add_tokens_to_rules_now(compile_rules(scopes), tokens)

    async def add_tokens_to_rules(self, rules: Rules, tokens: int) -> None:
        self.add_tokens_to_rules_now(rules, tokens)

    def add_tokens_now(self, scopes: Sequence[Scope], tokens: int) -> None:
        self.add_tokens_to_rules_now(compile_rules(scopes), tokens)

    def add_tokens_to_rules_now(self, rules: Rules, tokens: int) -> None:
        """Counting in memory needs no I/O: done at once, without a task."""
        index = int(self.clock() // WINDOW)
        windows = self._windows
        for rules_of in rules.by_scope:
            if rules_of.tokens is not None:
                window = windows.get(rules_of.scope)
                if window is None:
                    window = windows[rules_of.scope] = _Windows(index)
                elif window.index != index:
                    window.roll(index)
                window.tokens += tokens

    def _prune(self, now: float, index: int) -> None:
        """Forget windows older than two minutes, so memory holds only the active keys."""
        self._next_prune = now + WINDOW
        for name in [name for name, window in self._windows.items() if window.index < index - 1]:
            del self._windows[name]

    async def close(self) -> None:
        return None


_ADMIT = """
local fraction = tonumber(ARGV[1])
local n = tonumber(ARGV[2])
local worst = -1
local worst_rule = 0
for i = 0, n - 1 do
  local current = tonumber(redis.call('GET', KEYS[2 * i + 1]) or '0')
  local previous = tonumber(redis.call('GET', KEYS[2 * i + 2]) or '0')
  local limit = tonumber(ARGV[3 + i])
  if previous * (1 - fraction) + current + 1 > limit then
    local wait
    if current + 1 <= limit and previous > 0 then
      wait = math.max(0.001, ((1 - (limit - current - 1) / previous) - fraction) * 60)
    elseif 1 > limit or current <= 0 then
      wait = 60
    else
      wait = (1 - fraction) * 60 + math.max(0, 1 - (limit - 1) / current) * 60
    end
    if wait > worst then worst = wait; worst_rule = i + 1 end
  end
end
if worst >= 0 then return {worst_rule, tostring(worst)} end
for i = 0, n - 1 do
  if ARGV[3 + n + i] == '1' then
    redis.call('INCR', KEYS[2 * i + 1])
    redis.call('EXPIRE', KEYS[2 * i + 1], 150)
  end
end
return {0, '0'}
"""


class RedisRateLimiter:
    def __init__(self, redis: Redis, *, prefix: str, clock: Callable[[], float] = time.time) -> None:
        self.redis = redis
        self.prefix = prefix
        self.clock = clock
        self._admit = redis.register_script(_ADMIT)

    def _key(self, scope: str, kind: str, index: int) -> str:
        return f"{self.prefix}rl:{scope}:{kind}:{index}"

    async def admit(self, scopes: Sequence[Scope]) -> None:
        await self.admit_rules(compile_rules(scopes))

    async def admit_rules(self, rules: Rules) -> None:
        """Every rule checked and the request counted in one script (atomic in Redis)."""
        each = rules.each
        if not each:
            return
        now = self.clock()
        index = int(now // WINDOW)
        keys: list[str] = []
        for rule in each:
            keys += [self._key(rule.scope, rule.kind, index), self._key(rule.scope, rule.kind, index - 1)]
        args = [repr((now % WINDOW) / WINDOW), len(each), *(rule.limit for rule in each),
                *("1" if rule.kind == "rpm" else "0" for rule in each)]
        refused, wait = await self._admit(keys=keys, args=args)
        if int(refused):
            rule = each[int(refused) - 1]
            raise _refusal(rule.scope, rule.kind, float(wait))

    async def add_tokens(self, scopes: Sequence[Scope], tokens: int) -> None:
        await self.add_tokens_to_rules(compile_rules(scopes), tokens)

    async def add_tokens_to_rules(self, rules: Rules, tokens: int) -> None:
        index = int(self.clock() // WINDOW)
        pipe = self.redis.pipeline(transaction=False)
        for rule in rules.each:
            if rule.kind == "tpm":
                key = self._key(rule.scope, rule.kind, index)
                pipe.incrby(key, tokens)
                pipe.expire(key, 150)
        await pipe.execute()

    async def close(self) -> None:
        return None
