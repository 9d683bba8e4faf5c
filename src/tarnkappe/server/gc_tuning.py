"""The garbage collector in a long-running gateway process: start-up objects frozen out of its sight.

Why: the cyclic garbage collector's full (generation 2) collection walks every container object the
process holds. After start-up that is everything the imports, the configuration, the name lists of
the anonymizer, SQLAlchemy's metadata and the migrations left behind: measured under bench/run.py's
open loop, each full collection stopped the event loop for 150–200 ms, and every request in flight
waited for it. None of those objects ever becomes garbage, so once the application has started
they are moved to the permanent generation (`gc.freeze()`), which the collector never walks; its
collections then cover only what was created since (measured: none of generation 2, and one or
two young ones of under 1.5 ms, in 30 s of the open loop).

The same start-up also shortens the interpreter's thread switch interval: a large anonymized
request is masked in a worker thread, and a thread running Python keeps the GIL for up to that
interval (5 ms by default) before the event loop gets it back — every other request waited that
long at p50. At 1 ms, a plain request's latency grows by 3–4.7 ms at p99 while 1 MB is masked
(bench/privacy/worst_case.py --gil-only --switch-interval 1), against 7–11 ms at 5 ms.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Awaitable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

THREAD_SWITCH_INTERVAL = 0.001  # seconds a thread may hold the GIL while others wait
# Allocations less deallocations of container objects between two young collections (Python's
# default: 700). See freeze_startup_objects.
YOUNG_GENERATION_THRESHOLD = 10_000


def freeze_startup_objects() -> None:
    """Collect once, then move every object that survived start-up out of the collector's sight;
    then collect the young generation less often. A request allocates hundreds of container
    objects and frees nearly all of them itself; a young collection walks only those still alive
    at that moment (what the requests in flight hold), which does not grow with the threshold,
    while the number of walks shrinks with it. At Python's default (700) young collections were
    ~3% of a non-streamed request's instructions (callgrind's gc_collect_main, bench/ab.py)."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_GENERATION_THRESHOLD, middle, old)


class FreezeAfterStartup:
    """ASGI wrapper: once the application reports its lifespan start-up complete (connections,
    migrations, caches in place), freeze what exists; everything else passes through untouched.

    Not a coroutine function: for a request it returns the application's own awaitable, so this
    wrapper adds no frame to the chain every resumption of a request's task passes through."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def __call__(self, scope: Scope, receive: Receive, send: Send) -> Awaitable[None]:
        if scope["type"] != "lifespan":
            return self.app(scope, receive, send)
        return self._lifespan(scope, receive, send)

    async def _lifespan(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_and_freeze(message: Message) -> None:
            if message["type"] == "lifespan.startup.complete":
                freeze_startup_objects()
                sys.setswitchinterval(THREAD_SWITCH_INTERVAL)
            await send(message)

        await self.app(scope, receive, send_and_freeze)
