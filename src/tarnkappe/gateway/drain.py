"""Draining: what the pipeline does while the process stops (server/lifecycle.py decides when).

Two moments. `begin()`: the gateway goes unready (`/readyz` 503, so load balancers stop sending)
while everything in flight goes on. `cut_off()`, at the drain timeout: whatever is still waiting
for its upstream is cancelled and ends as a `ServiceUnavailable` — a stream with its dialect's error
event, a plain request with a 503 in its dialect's shape — rather than being cut off mid-answer by
the server. Either way the pipeline's `_finish` runs, so the request is settled and recorded.

Cost while nothing drains: adding and removing the current task from a set around each upstream
wait (a stream: around each wait for the next network read's chunks), and one flag test per read.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any, TypeVar

from tarnkappe.core.errors import ServiceUnavailable

T = TypeVar("T")

SHUTTING_DOWN = "The gateway is shutting down and could not finish this request in time; retry it."


class ShuttingDown(ServiceUnavailable):
    """The drain timeout ended this request (503: another instance can take the retry)."""


class Drain:
    def __init__(self) -> None:
        self.draining = False
        self.cut = False
        self._waiting: set[asyncio.Task[Any]] = set()

    def begin(self) -> None:
        self.draining = True

    def cut_off(self) -> None:
        """End every request still waiting for its upstream (see the module's docstring)."""
        self.draining = self.cut = True
        for task in list(self._waiting):
            task.cancel(msg="drain timeout")

    def guard(self) -> _Guard:
        """`async with drain.guard():` around an upstream wait that the cut-off may end."""
        return _Guard(self)

    async def bounded(self, source: AsyncIterator[T]) -> AsyncIterator[T]:
        """`source`'s items until it ends or the cut-off comes (then ShuttingDown)."""
        try:
            while True:
                if self.cut:
                    raise ShuttingDown(SHUTTING_DOWN)
                async with _Guard(self):
                    try:
                        item = await anext(source)
                    except StopAsyncIteration:
                        return
                yield item
        finally:
            aclose = getattr(source, "aclose", None)
            if aclose is not None:
                await aclose()


class _Guard:
    __slots__ = ("drain", "task")

    def __init__(self, drain: Drain) -> None:
        self.drain = drain
        self.task: asyncio.Task[Any] | None = None

    async def __aenter__(self) -> None:
        if self.drain.cut:
            raise ShuttingDown(SHUTTING_DOWN)
        task = asyncio.current_task()
        if task is not None:
            self.task = task
            self.drain._waiting.add(task)

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        task = self.task
        if task is None:
            return
        self.drain._waiting.discard(task)
        if exc_type is asyncio.CancelledError and self.drain.cut and task.cancelling():
            task.uncancel()
            raise ShuttingDown(SHUTTING_DOWN) from None
