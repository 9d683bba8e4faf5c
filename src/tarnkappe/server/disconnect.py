"""Learning that a client went away without a task per request that waits for it.

ASGI tells an application about a disconnect only through `receive()`: to cancel an upstream call
the moment its client leaves, every request kept a task of its own parked in `receive()`, created,
scheduled, cancelled and stepped again once the answer was ready — for the many requests whose
client stays, a measurable share of a short request's CPU (bench/ab.py --callgrind).

The server's own protocol (server/protocol.py) knows first: its `connection_lost` runs when the
connection goes. It puts a `DisconnectSignal` in each request's scope and fires it when the
connection is lost before that request's answer is complete; the request's code registers one
callback (cancel my task) and unregisters it when done, which costs a couple of attribute writes.
Under any other server (a test's ASGI transport) there is no signal in the scope, and the callers
(server/http.py's DisconnectWatch, the SSE responses) keep their watcher task.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

SCOPE_KEY = "tarnkappe.disconnect"


class DisconnectSignal:
    """Fired once, when the request's connection is lost before its answer is complete. `gone`
    stays True afterwards, so code that registers late still learns of it."""

    __slots__ = ("callback", "gone")

    def __init__(self) -> None:
        self.callback: Callable[[], None] | None = None
        self.gone = False

    def fire(self) -> None:
        self.gone = True
        callback, self.callback = self.callback, None
        if callback is not None:
            callback()


def disconnect_signal(scope: Mapping[str, object]) -> DisconnectSignal | None:
    """The scope's signal, if the server that runs the application gives one."""
    signal = scope.get(SCOPE_KEY)
    return signal if isinstance(signal, DisconnectSignal) else None
