"""The router's decisions, with scripted in-process deployments that fail on command, a fake clock
and a recorded sleep: no HTTP, no real waiting."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest

from tarnkappe.config import parse_settings
from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.errors import (
    PermissionDenied,
    UpstreamError,
    UpstreamRateLimited,
    UpstreamRejected,
    UpstreamTimeout,
)
from tarnkappe.core.types import ChatChunk, ChatRequest, ChatResult, Choice, ChoiceDelta, Message
from tarnkappe.providers.base import ProviderContext
from tarnkappe.providers.registry import check_entry
from tarnkappe.routing.router import RetryPolicy, RoutedDeployment, Router, bind_regions, provider_for

REQUEST = ChatRequest(model="m", messages=[Message(role="user", content="hi")])


@dataclass
class Scripted:
    """A deployment that fails with the queued errors, then answers; it records every call."""

    name: str
    region: str = "eu"
    failures: list[Exception] = field(default_factory=list)
    fail_after_first_chunk: bool = False
    calls: int = 0
    ready: bool = True

    @property
    def entry(self) -> ModelEntry:
        return ModelEntry(name="m", provider="scripted", region=self.region)

    def _next(self) -> None:
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)

    async def complete(self, request: ChatRequest) -> ChatResult:
        self._next()
        return ChatResult(id=self.name, created=0, model="m",
                          choices=[Choice(0, Message("assistant", self.name), "stop")])

    def stream(self, request: ChatRequest) -> AsyncIterator[list[ChatChunk]]:
        return self._stream()

    async def _stream(self) -> AsyncIterator[list[ChatChunk]]:
        self._next()
        yield [ChatChunk(id=self.name, created=0, model="m", choices=[ChoiceDelta(0, content=self.name)])]
        if self.fail_after_first_chunk:
            raise UpstreamError("broke mid-stream")
        yield [ChatChunk(id=self.name, created=0, model="m", choices=[ChoiceDelta(0, finish_reason="stop")])]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def make_router(*deployments: Scripted, weights: tuple[float, ...] | None = None, retries: int = 2,
                clock: Clock | None = None, seed: int = 1) -> tuple[Router, Clock]:
    clock = clock or Clock()
    deployments = [RoutedDeployment(d.name, d.region, (weights or (1.0,) * len(deployments))[i], d) for i, d in enumerate(deployments)]
    router = Router(ModelEntry(name="m", provider="scripted"), deployments, RetryPolicy(retries=retries, cooldown=30),
                    clock=clock, sleep=clock.sleep, rng=random.Random(seed))
    return router, clock


def run(coro):  # noqa: ANN001, ANN201
    return asyncio.run(coro)


async def collect(stream: AsyncIterator[list[ChatChunk]]) -> list[str]:
    return [chunk.id async for batch in stream for chunk in batch]


def test_fallback_to_the_next_deployment_without_waiting() -> None:
    a, b = Scripted("a", failures=[UpstreamError("500")]), Scripted("b")
    router, clock = make_router(a, b, weights=(1, 0))
    assert run(router.complete(REQUEST)).id == "b"
    assert (a.calls, b.calls, clock.sleeps) == (1, 1, [])


def test_retries_one_deployment_with_exponential_backoff() -> None:
    a = Scripted("a", failures=[UpstreamTimeout("t"), UpstreamError("503")])
    router, clock = make_router(a, retries=2)
    assert run(router.complete(REQUEST)).id == "a"
    assert a.calls == 3 and clock.sleeps == [0.25, 0.5]


def test_rate_limit_waits_as_asked_but_capped() -> None:
    a = Scripted("a", failures=[UpstreamRateLimited("429", retry_after=2.0), UpstreamRateLimited("429", retry_after=60)])
    router, clock = make_router(a, retries=2)
    run(router.complete(REQUEST))
    assert clock.sleeps == [2.0, 4.0]


def test_gives_up_with_the_last_error() -> None:
    a = Scripted("a", failures=[UpstreamError("1"), UpstreamError("2"), UpstreamRateLimited("3", retry_after=1)])
    router, _ = make_router(a, retries=2)
    with pytest.raises(UpstreamRateLimited):
        run(router.complete(REQUEST))
    assert a.calls == 3


def test_the_clients_own_mistake_is_not_retried() -> None:
    a, b = Scripted("a", failures=[UpstreamRejected("bad request")]), Scripted("b")
    router, _ = make_router(a, b, weights=(1, 0))
    with pytest.raises(UpstreamRejected):
        run(router.complete(REQUEST))
    assert b.calls == 0


def test_failing_deployment_cools_down_then_comes_back() -> None:
    a, b = Scripted("a", failures=[UpstreamError("down")]), Scripted("b")
    router, clock = make_router(a, b, weights=(1, 0))
    assert run(router.complete(REQUEST)).id == "b"
    assert run(router.complete(REQUEST)).id == "b", "a is cooling down: b is tried first"
    assert a.calls == 1
    clock.now += 31
    assert run(router.complete(REQUEST)).id == "a", "after the cool-down a is first again"


def test_all_cooling_still_serves_soonest_back_first() -> None:
    a, b = Scripted("a"), Scripted("b")
    router, clock = make_router(a, b, weights=(5, 1))
    router.deployments[0].cool_until = clock.now + 20
    router.deployments[1].cool_until = clock.now + 10
    assert run(router.complete(REQUEST)).id == "b"
    assert router.deployments[1].cool_until == 0.0, "a success ends the cool-down"


def test_weighted_choice_follows_weights() -> None:
    a, b = Scripted("a"), Scripted("b")
    router, _ = make_router(a, b, weights=(3, 1), seed=7)
    firsts = Counter(run(router.complete(REQUEST)).id for _ in range(2000))
    assert 2.5 < firsts["a"] / firsts["b"] < 3.6


def test_weight_zero_is_fallback_only() -> None:
    a, b = Scripted("a"), Scripted("b")
    router, _ = make_router(a, b, weights=(1, 0))
    assert {run(router.complete(REQUEST)).id for _ in range(50)} == {"a"}


def test_regions_outside_the_allowed_set_are_never_chosen() -> None:
    eu, us = Scripted("eu", region="eu", failures=[UpstreamError("x")] * 5), Scripted("us", region="us")
    router, _ = make_router(eu, us, weights=(1, 1), retries=4)
    with pytest.raises(UpstreamError):
        run(router.complete(REQUEST, allowed_regions=frozenset({"eu", "ch"})))
    assert us.calls == 0, "a failing EU deployment never falls back to the US"
    with pytest.raises(PermissionDenied):
        run(router.complete(REQUEST, allowed_regions=frozenset({"ch"})))
    assert run(router.restricted(frozenset({"us"})).complete(REQUEST)).id == "us"


def test_bind_regions_for_single_providers() -> None:
    single = Scripted("x", region="us")
    assert bind_regions(single, None) is single  # type: ignore[arg-type]
    assert bind_regions(single, frozenset({"us"})) is single  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        bind_regions(single, frozenset({"eu"}))  # type: ignore[arg-type]


def test_stream_falls_back_before_the_first_chunk() -> None:
    a, b = Scripted("a", failures=[UpstreamError("x")]), Scripted("b")
    router, _ = make_router(a, b, weights=(1, 0))
    assert run(collect(router.stream(REQUEST))) == ["b", "b"]


def test_stream_never_falls_back_after_the_first_chunk() -> None:
    a, b = Scripted("a", fail_after_first_chunk=True), Scripted("b")
    router, _ = make_router(a, b, weights=(1, 0))
    seen: list[str] = []

    async def consume() -> None:
        async for batch in router.stream(REQUEST):
            seen.extend(chunk.id for chunk in batch)

    with pytest.raises(UpstreamError):
        run(consume())
    assert seen == ["a"] and b.calls == 0


def test_config_with_deployments_builds_a_router() -> None:
    settings = parse_settings({"models": [{
        "name": "gpt-4o", "provider": "azure", "api_key": "k", "upstream_model": "gpt-4o", "retries": 1,
        "deployments": [
            {"name": "sweden", "base_url": "https://se.example", "region": "eu", "weight": 2},
            {"name": "fallback", "provider": "openai", "base_url": "https://api.example/v1", "region": "us",
             "weight": 0, "timeout": 5},
        ],
    }]}, "t", {})
    entry = settings.models[0]
    assert check_entry(entry) is None
    router = provider_for(entry, ProviderContext())
    assert isinstance(router, Router) and router.policy.retries == 1
    assert [(r.label, r.region, r.weight, r.provider.entry.provider) for r in router.deployments] == [
        ("sweden", "eu", 2, "azure"), ("fallback", "us", 0, "openai")]
    assert router.deployments[1].provider.entry.timeout == 5 and router.deployments[1].provider.entry.api_key == "k"


def test_bad_deployment_is_named() -> None:
    settings = parse_settings({"models": [{"name": "m", "provider": "azure",
                                           "deployments": [{"base_url": "https://x"}, {"provider": "nope"}]}]}, "t", {})
    assert check_entry(settings.models[0]).startswith("deployments[1]: unknown provider 'nope'")
