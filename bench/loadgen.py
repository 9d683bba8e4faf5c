"""A small closed-loop load generator: `concurrency` workers, each sending its next request as soon
as the previous one is answered, for a fixed number of requests (bounded in count and time)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import aiohttp
import orjson


@dataclass
class Sample:
    total_ms: float
    first_byte_ms: float


@dataclass
class RunResult:
    samples: list[Sample] = field(default_factory=list)
    errors: int = 0
    wall_s: float = 0.0

    @property
    def rps(self) -> float:
        return len(self.samples) / self.wall_s if self.wall_s else 0.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


async def _timed_request(session: aiohttp.ClientSession, url: str, payload: bytes, result: RunResult) -> None:
    """Send one request and record its total time and time to the first body byte (for a stream:
    the first event; for a plain answer the first bytes of the body) into `result`."""
    started = time.perf_counter()
    first = None
    ok = False
    try:
        async with session.post(url, data=payload) as response:
            async for _ in response.content.iter_any():
                if first is None:
                    first = time.perf_counter()
            ok = response.status == 200
    except aiohttp.ClientError:
        pass
    end = time.perf_counter()
    if ok:
        result.samples.append(Sample((end - started) * 1000, ((first or end) - started) * 1000))
    else:
        result.errors += 1


async def run_load(
    url: str, body: dict, headers: dict[str, str], *, concurrency: int, requests: int, stream: bool,
    time_limit_s: float = 120.0,
) -> RunResult:
    payload = orjson.dumps({**body, "stream": stream})
    result = RunResult()
    remaining = requests
    connector = aiohttp.TCPConnector(limit=concurrency, force_close=False)
    deadline = time.perf_counter() + time_limit_s
    async with aiohttp.ClientSession(connector=connector, headers={"Content-Type": "application/json", **headers}) as session:

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0 and time.perf_counter() < deadline:
                remaining -= 1
                await _timed_request(session, url, payload, result)

        begin = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        result.wall_s = time.perf_counter() - begin
    return result


async def run_open_loop(
    url: str, body: dict, headers: dict[str, str], *, rate: float, requests: int, stream: bool,
    max_in_flight: int = 32,
) -> RunResult:
    """Open loop: requests start at a fixed rate whether or not earlier ones have finished (up to
    `max_in_flight` at once), as independent users would send them. Unlike a closed loop, this
    measures latency under load without measuring the queue of a saturated server."""
    payload = orjson.dumps({**body, "stream": stream})
    result = RunResult()
    slots = asyncio.Semaphore(max_in_flight)
    connector = aiohttp.TCPConnector(limit=max_in_flight)
    async with aiohttp.ClientSession(connector=connector, headers={"Content-Type": "application/json", **headers}) as session:

        async def one() -> None:
            async with slots:
                await _timed_request(session, url, payload, result)

        begin = time.perf_counter()
        tasks = []
        for i in range(requests):
            delay = begin + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.ensure_future(one()))
        await asyncio.gather(*tasks)
        result.wall_s = time.perf_counter() - begin
    return result
