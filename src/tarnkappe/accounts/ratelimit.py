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
    """One limit of one scope: `name` identifies its counter ("key:key_ab12 rpm")."""

    scope: str
    kind: str  # "rpm" | "tpm"
    limit: int
    name: str


Rules = tuple[Rule, ...]


def retry_after(previous: float, current: float, fraction: float, cost: float, limit: float) -> float:
    """Seconds until `previous*(1-f) + current + cost <= limit` holds again."""
    if current + cost <= limit and previous > 0:
        return max(0.001, ((1 - (limit - current - cost) / previous) - fraction) * WINDOW)
    if cost > limit or current <= 0:
        return WINDOW
    return (1 - fraction) * WINDOW + max(0.0, 1 - (limit - cost) / current) * WINDOW


def compile_rules(scopes: Sequence[Scope]) -> Rules:
    """A rule for every limit that is set, in the scopes' order (requests before tokens). The
    caller keeps them for as long as the scopes stay the same (accounts/service.py: per principal)."""
    rules = []
    for scope, limits in scopes:
        if limits.requests_per_minute is not None:
            rules.append(Rule(scope, "rpm", limits.requests_per_minute, scope + " rpm"))
        if limits.tokens_per_minute is not None:
            rules.append(Rule(scope, "tpm", limits.tokens_per_minute, scope + " tpm"))
    return tuple(rules)


def _refusal(scope: str, kind: str, wait: float) -> RateLimited:
    who = "API key" if scope.startswith("key:") else "organization"
    what = "requests" if kind == "rpm" else "tokens"
    return RateLimited(f"Rate limit reached: your {who}'s {what} per minute. Try again in {wait:.1f} s.",
                       retry_after=wait)


@dataclass(slots=True)
class _Window:
    index: int
    previous: int = 0
    current: int = 0

    def roll(self, index: int) -> None:
        if index != self.index:
            self.previous = self.current if index == self.index + 1 else 0
            self.current = 0
            self.index = index


@dataclass(slots=True)
class MemoryRateLimiter:
    clock: Callable[[], float] = time.time
    _windows: dict[str, _Window] = field(default_factory=dict)  # by Rule.name
    _next_prune: float = 0.0

    async def admit(self, scopes: Sequence[Scope]) -> None:
        await self.admit_rules(compile_rules(scopes))

    async def admit_rules(self, rules: Rules) -> None:
        self.admit_now(rules)

    def admit_now(self, rules: Rules) -> None:
        """Admit one request against every rule, or refuse it (RateLimited, naming the rule that
        frees up last) without counting it anywhere. No await: the check and the count cannot
        interleave with another request's."""
        now = self.clock()
        index = int(now // WINDOW)
        if now >= self._next_prune:
            self._prune(now, index)
        fraction = (now % WINDOW) / WINDOW
        worst: tuple[str, str, float] | None = None
        windows = self._windows
        counted: list[_Window] = []
        for rule in rules:
            window = windows.get(rule.name)
            if window is None:
                window = windows[rule.name] = _Window(index)
            elif window.index != index:
                window.roll(index)
            if window.previous * (1 - fraction) + window.current + 1 > rule.limit:
                wait = retry_after(window.previous, window.current, fraction, 1, rule.limit)
                if worst is None or wait > worst[2]:
                    worst = (rule.scope, rule.kind, wait)
            elif rule.kind == "rpm":
                counted.append(window)
        if worst is not None:
            raise _refusal(*worst)
        for window in counted:
            window.current += 1

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
        for rule in rules:
            if rule.kind == "tpm":
                window = windows.get(rule.name)
                if window is None:
                    window = windows[rule.name] = _Window(index)
                elif window.index != index:
                    window.roll(index)
                window.current += tokens

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
        if not rules:
            return
        now = self.clock()
        index = int(now // WINDOW)
        keys: list[str] = []
        for rule in rules:
            keys += [self._key(rule.scope, rule.kind, index), self._key(rule.scope, rule.kind, index - 1)]
        args = [repr((now % WINDOW) / WINDOW), len(rules), *(rule.limit for rule in rules),
                *("1" if rule.kind == "rpm" else "0" for rule in rules)]
        refused, wait = await self._admit(keys=keys, args=args)
        if int(refused):
            rule = rules[int(refused) - 1]
            raise _refusal(rule.scope, rule.kind, float(wait))

    async def add_tokens(self, scopes: Sequence[Scope], tokens: int) -> None:
        await self.add_tokens_to_rules(compile_rules(scopes), tokens)

    async def add_tokens_to_rules(self, rules: Rules, tokens: int) -> None:
        index = int(self.clock() // WINDOW)
        pipe = self.redis.pipeline(transaction=False)
        for rule in rules:
            if rule.kind == "tpm":
                key = self._key(rule.scope, rule.kind, index)
                pipe.incrby(key, tokens)
                pipe.expire(key, 150)
        await pipe.execute()

    async def close(self) -> None:
        return None
