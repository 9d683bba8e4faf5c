"""Routing one catalog model over several deployments (regions, accounts, providers).

A `Router` is itself a chat and embedding provider, so the pipeline calls it exactly like a single
provider. For every request it:

1. keeps only the deployments in the caller's allowed regions (none left: 403, never a silent
   choice of another region);
2. orders them: healthy ones by weighted random choice, then weight-0 ones (fallback only), then
   those cooling down after a failure (soonest back first);
3. tries them in that order, and again round-robin while retries remain, sleeping with exponential
   backoff (or the upstream's Retry-After, capped) only before retrying a deployment already tried;
4. retries only what another attempt can fix: upstream 5xx, 429, timeouts, unreachable hosts.
   A request the upstream rejected (its 400) fails at once, as it would everywhere.

A stream is retried only until its first chunks have arrived: after that the client has bytes, and
a failure is the stream's to report. Every decision here is pure logic over injected `clock`,
`sleep` and `rng`, so it is tested without HTTP or real time.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from tarnkappe.core.capabilities import region_allowed
from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.errors import (
    GatewayError,
    PermissionDenied,
    RateLimited,
    ServiceUnavailable,
    UpstreamError,
    UpstreamTimeout,
)
from tarnkappe.core.tracing import NO_TRACING, Tracing
from tarnkappe.core.types import ChatChunk, ChatRequest, ChatResult, EmbeddingRequest, EmbeddingResult
from tarnkappe.providers.base import Provider, ProviderContext
from tarnkappe.providers.registry import build_provider, check_entry
from tarnkappe.wire.openai_relay import RelayedEvents

log = logging.getLogger("tarnkappe.routing")

T = TypeVar("T")
Regions = frozenset[str] | None


@dataclass(slots=True)
class RoutedDeployment:
    """One deployment as the router sees it: the provider that serves it, its weight, and its
    health (a deployment that failed cools down before it is tried first again)."""

    label: str
    region: str
    weight: float
    provider: Any  # a ChatProvider and/or EmbeddingProvider
    cool_until: float = 0.0
    failures: int = 0


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    retries: int = 2  # attempts after the first, across deployments
    cooldown: float = 30.0  # seconds a failed deployment goes to the back of the line
    backoff: float = 0.25  # first wait before retrying a deployment already tried
    max_backoff: float = 4.0

    def delay(self, retry: int, error: BaseException | None) -> float:
        """Wait before the `retry`-th repeat of a deployment (1-based): exponential, or what a
        rate-limiting upstream asked for, never more than max_backoff."""
        wait = self.backoff * 2 ** (retry - 1)
        if isinstance(error, RateLimited):
            wait = max(wait, error.retry_after)
        return min(wait, self.max_backoff)


def is_retryable(exc: BaseException) -> bool:
    return isinstance(exc, (UpstreamError, UpstreamTimeout, RateLimited, ServiceUnavailable))


def eligible(deployments: Sequence[RoutedDeployment], allowed_regions: Regions) -> list[RoutedDeployment]:
    return [r for r in deployments if region_allowed(r.region.lower(), allowed_regions)]


def plan(deployments: Sequence[RoutedDeployment], now: float, rng: random.Random) -> list[RoutedDeployment]:
    """The order in which one request tries `deployments` (already filtered by region)."""
    healthy = [r for r in deployments if r.cool_until <= now]
    weighted = [r for r in healthy if r.weight > 0]
    # Weighted random order without replacement (Efraimidis–Spirakis): key u^(1/w), largest first.
    weighted.sort(key=lambda r: rng.random() ** (1.0 / r.weight), reverse=True)
    fallbacks = [r for r in healthy if r.weight <= 0]
    cooling = sorted((r for r in deployments if r.cool_until > now), key=lambda r: r.cool_until)
    return weighted + fallbacks + cooling


class Router:
    """Serves one catalog entry from several deployment providers."""

    def __init__(
        self,
        entry: ModelEntry,
        deployments: Sequence[RoutedDeployment],
        policy: RetryPolicy | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        if not deployments:
            raise ValueError(f"model {entry.name!r}: a router needs at least one deployment")
        self.entry = entry
        self.deployments = list(deployments)
        self.policy = policy or RetryPolicy(retries=entry.retries, cooldown=entry.cooldown)
        self._clock = clock
        self._sleep = sleep
        self._rng = rng or random.Random()
        # Told of every retry, fallback and cool-down (event, model, deployment label): the
        # application's metrics set it; None costs nothing.
        self.events: Callable[[str, str, str], None] | None = None
        self.tracing: Tracing = NO_TRACING  # one span per attempt, when traced

    @classmethod
    def for_entry(cls, entry: ModelEntry, providers: Sequence[Provider]) -> Router:
        """A router over `providers`, built from `entry.deployment_entries()` in the same order."""
        routed = []
        for number, (deployment, provider) in enumerate(zip(entry.deployments, providers, strict=True)):
            label = deployment.name or f"{provider.entry.provider}@{provider.entry.region}#{number}"
            routed.append(RoutedDeployment(label, provider.entry.region, deployment.weight, provider))
        return cls(entry, routed)

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        await asyncio.gather(*(r.provider.start() for r in self.deployments))

    async def close(self) -> None:
        await asyncio.gather(*(r.provider.close() for r in self.deployments), return_exceptions=True)

    @property
    def ready(self) -> bool:
        return all(r.provider.ready for r in self.deployments)

    def restricted(self, allowed_regions: Regions) -> RegionBoundRouter:
        return RegionBoundRouter(self, allowed_regions)

    # ------------------------------------------------------------------ calls

    async def complete(self, request: ChatRequest, *, allowed_regions: Regions = None) -> ChatResult:
        return await self._call(lambda p: p.complete(request), allowed_regions)

    async def embed(self, request: EmbeddingRequest, *, allowed_regions: Regions = None) -> EmbeddingResult:
        return await self._call(lambda p: p.embed(request), allowed_regions)

    def stream(self, request: ChatRequest, *, allowed_regions: Regions = None) -> AsyncIterator[list[ChatChunk]]:
        return self._stream(lambda p: p.stream(request), allowed_regions)

    def relay(self, request: ChatRequest, *, include_usage: bool,
              allowed_regions: Regions = None) -> AsyncIterator[RelayedEvents]:
        """As `stream`, relayed (providers/base.py's ChatRelay): only where `relays_openai`."""
        return self._stream(lambda p: p.relay(request, include_usage=include_usage), allowed_regions)

    @property
    def relays_openai(self) -> bool:
        """Whether every deployment can relay: whichever serves a request, the stream is the same."""
        return all(getattr(r.provider, "relays_openai", False) for r in self.deployments)

    async def _stream(self, open_stream: Callable[[Any], AsyncIterator[T]],
                      allowed_regions: Regions) -> AsyncIterator[T]:
        source, first = await self._call(lambda p: _first_item(open_stream(p)), allowed_regions)
        try:
            if first is not None:
                yield first
                async for item in source:
                    yield item
        finally:
            await _close(source)

    async def _call(self, call: Callable[[Any], Awaitable[T]], allowed_regions: Regions) -> T:
        candidates = eligible(self.deployments, allowed_regions)
        if not candidates:
            raise PermissionDenied(
                f"The model '{self.entry.name}' has no deployment in the regions your organization allows.",
                param="model",
            )
        order = plan(candidates, self._clock(), self._rng)
        error: BaseException | None = None
        for attempt in range(self.policy.retries + 1):
            deployment = order[attempt % len(order)]
            if attempt >= len(order):
                await self._sleep(self.policy.delay(attempt - len(order) + 1, error))
            if attempt and self.events is not None:
                self.events("retry", self.entry.name, deployment.label)
            try:
                attributes = {"tarnkappe.deployment": deployment.label, "tarnkappe.attempt": attempt + 1,
                              "gen_ai.request.model": deployment.provider.entry.wire_model}
                with self.tracing.span("attempt " + deployment.label, attributes):
                    result = await call(deployment.provider)
            except Exception as exc:
                if not is_retryable(exc):
                    raise
                error = exc
                self._failed(deployment, exc)
                continue
            deployment.failures, deployment.cool_until = 0, 0.0
            if attempt and deployment is not order[0] and self.events is not None:
                self.events("fallback", self.entry.name, deployment.label)
            return result
        assert error is not None
        raise error

    def _failed(self, deployment: RoutedDeployment, exc: BaseException) -> None:
        deployment.failures += 1
        cooldown = self.policy.cooldown
        if isinstance(exc, RateLimited) and exc.retry_after > 0:
            cooldown = min(cooldown, exc.retry_after)
        deployment.cool_until = self._clock() + cooldown
        if self.events is not None:
            self.events("cooldown", self.entry.name, deployment.label)
        code = exc.code if isinstance(exc, GatewayError) else type(exc).__name__
        log.warning(
            "deployment failed",
            extra={"model": self.entry.name, "deployment": deployment.label, "error": code,
                   "failures": deployment.failures},
        )


class RegionBoundRouter:
    """A router seen through one organization's allowed regions: the same provider interface,
    with the region rule applied to every call."""

    def __init__(self, router: Router, allowed_regions: Regions) -> None:
        self.router = router
        self.allowed_regions = allowed_regions
        self.entry = router.entry

    async def start(self) -> None:
        await self.router.start()

    async def close(self) -> None:
        await self.router.close()

    @property
    def ready(self) -> bool:
        return self.router.ready

    async def complete(self, request: ChatRequest) -> ChatResult:
        return await self.router.complete(request, allowed_regions=self.allowed_regions)

    def stream(self, request: ChatRequest) -> AsyncIterator[list[ChatChunk]]:
        return self.router.stream(request, allowed_regions=self.allowed_regions)

    @property
    def relays_openai(self) -> bool:
        return self.router.relays_openai

    def relay(self, request: ChatRequest, *, include_usage: bool) -> AsyncIterator[RelayedEvents]:
        return self.router.relay(request, include_usage=include_usage, allowed_regions=self.allowed_regions)

    async def embed(self, request: EmbeddingRequest) -> EmbeddingResult:
        return await self.router.embed(request, allowed_regions=self.allowed_regions)


def provider_for(entry: ModelEntry, context: ProviderContext) -> Provider:
    """What serves a catalog entry: its provider, or for an entry with `deployments` a router over
    one provider per deployment (which serves the same interface)."""
    if not entry.deployments:
        return build_provider(entry, context)
    problem = check_entry(entry)
    if problem:
        raise ValueError(f"model {entry.name!r}: {problem}")
    return Router.for_entry(entry, [build_provider(e, context) for e in entry.deployment_entries()])


def bind_regions(provider: Provider, allowed_regions: Regions) -> Provider:
    """The provider to call for an organization limited to `allowed_regions` (None: no limit).

    The pipeline's one call for the region rule, whatever the provider: a router is restricted to
    the allowed deployments; a single-deployment provider is refused (403) if its region is not
    allowed."""
    if allowed_regions is None:
        return provider
    if isinstance(provider, Router):
        return provider.restricted(allowed_regions)
    if not region_allowed(provider.entry.region.lower(), allowed_regions):
        raise PermissionDenied(
            f"The model '{provider.entry.name}' is served from a region your organization does not allow.",
            param="model",
        )
    return provider


async def _first_item(source: AsyncIterator[T]) -> tuple[AsyncIterator[T], T | None]:
    """Wait for an opened stream's first item: the point up to which falling back is safe."""
    try:
        return source, await anext(source, None)
    except BaseException:
        await _close(source)
        raise


async def _close(source: AsyncIterator[Any]) -> None:
    aclose = getattr(source, "aclose", None)
    if aclose is not None:
        await aclose()
