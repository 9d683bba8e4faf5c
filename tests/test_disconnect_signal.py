"""DisconnectWatch under Tarnkappe's server: the protocol's signal (server/disconnect.py) cancels
the work when the connection goes — also when it went before the watch started — and, once the
work is done, nothing. (tests/test_cancellation.py covers the same end to end, over HTTP.)"""

from __future__ import annotations

import asyncio

import pytest
from starlette.requests import Request

from tarnkappe.server.disconnect import SCOPE_KEY, DisconnectSignal
from tarnkappe.server.http import ClientDisconnected, DisconnectWatch


async def _never() -> dict[str, object]:
    raise AssertionError("with a signal in the scope, nothing waits in receive()")


def _watch() -> tuple[DisconnectWatch, DisconnectSignal]:
    signal = DisconnectSignal()
    request = Request({"type": "http", "method": "POST", "headers": [], SCOPE_KEY: signal}, _never)
    return DisconnectWatch(request), signal


def test_signal_cancels_the_work() -> None:
    async def main() -> None:
        watch, signal = _watch()
        reached = asyncio.Event()

        async def work() -> None:
            watch.start()
            reached.set()
            await asyncio.sleep(30)

        task = asyncio.ensure_future(watch.run(work()))
        await reached.wait()
        signal.fire()
        with pytest.raises(ClientDisconnected):
            await task
        assert task.cancelling() == 0  # the cancellation was the watch's, and is taken back

    asyncio.run(main())


def test_connection_lost_before_the_watch_started() -> None:
    async def main() -> None:
        watch, signal = _watch()
        signal.fire()

        async def work() -> None:
            watch.start()
            await asyncio.sleep(30)

        with pytest.raises(ClientDisconnected):
            await asyncio.wait_for(watch.run(work()), 5)

    asyncio.run(main())


def test_no_cancellation_after_the_work() -> None:
    async def main() -> None:
        watch, signal = _watch()

        async def work() -> str:
            watch.start()
            await asyncio.sleep(0)
            return "answer"

        assert await watch.run(work()) == "answer"
        assert signal.callback is None
        signal.fire()  # the connection goes while the answer is being written: nothing to cancel
        await asyncio.sleep(0)
        assert asyncio.current_task().cancelling() == 0  # type: ignore[union-attr]

    asyncio.run(main())
