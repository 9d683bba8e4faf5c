"""Garbage-collector settings for a long-running gateway process.

Why: the cyclic garbage collector's full (generation 2) collection walks every container object the
process holds. After start-up that is everything the imports, the configuration, the name lists of
the anonymizer, SQLAlchemy's metadata and the migrations left behind: measured under bench/run.py's
open loop, each full collection stopped the event loop for 150–200 ms, and every request in flight
waited for it — that was the open-loop p99. None of those objects ever becomes garbage, so once the
application has started they are moved to the permanent generation (`gc.freeze()`), which the
collector never walks; its full collections then cover only what was created since.

The young generations are collected less often too (threshold 700 → `YOUNG_THRESHOLD` allocations):
most of a request's objects are freed by reference counting anyway, so a young collection mostly
walks the state of the requests still in flight; fewer collections walk it fewer times.
"""

from __future__ import annotations

import gc

from starlette.types import ASGIApp, Message, Receive, Scope, Send

YOUNG_THRESHOLD = 7_000


def tune_collector() -> None:
    """Collect the young generation every `YOUNG_THRESHOLD` net allocations instead of every 700;
    the older generations keep their default ratios."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def freeze_startup_objects() -> None:
    """Collect once, then move every object that survived start-up out of the collector's sight."""
    gc.collect()
    gc.freeze()


class FreezeAfterStartup:
    """ASGI wrapper: once the application reports its lifespan start-up complete (connections,
    migrations, caches in place), freeze what exists; everything else passes through untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "lifespan":
            await self.app(scope, receive, send)
            return

        async def send_and_freeze(message: Message) -> None:
            if message["type"] == "lifespan.startup.complete":
                freeze_startup_objects()
            await send(message)

        await self.app(scope, receive, send_and_freeze)

