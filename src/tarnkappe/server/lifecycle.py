"""Stopping without cutting anyone off: uvicorn's server with a drain on SIGTERM.

On the first SIGTERM (what `systemctl stop`, `docker stop` and Kubernetes send):

1. at once: the gateway goes unready (`/readyz` 503, the `tarnkappe_draining` metric 1), and
   keeps serving, new requests included, so that load balancers notice before anything is refused;
2. after `server.drain_grace_seconds`: the listening sockets close (new connections are refused),
   idle kept-alive connections are closed, requests in flight — streams too — go on;
3. after `server.drain_timeout_seconds` more: whatever still waits for its upstream ends with the
   dialect's error event or a 503 (gateway/drain.py), so every client learns that its answer is
   incomplete rather than seeing a connection drop;
4. then the application shuts down — the usage ledger is written out — and the process exits 0.

A second SIGTERM, or SIGINT, stops at once, as uvicorn does by default (and re-raises the signal).

SIGHUP does not reload the configuration; it is logged and otherwise ignored (without a handler
it would kill the process). Why not reload: the catalog's providers hold loaded models, open
connection pools and routers' health, and streams in flight hold references to all of them;
swapping them in place safely is a second, rarely exercised code path for what a drained restart
(one instance at a time, behind the load balancer) already does with the code path used at every
start. What changes often — organizations, keys, limits, model policies — lives in the database
and takes effect without any restart (within `accounts.key_cache_ttl_seconds`).
"""

from __future__ import annotations

import asyncio
import logging
import signal
import socket
from types import FrameType

import uvicorn

from tarnkappe.gateway.drain import Drain

log = logging.getLogger("tarnkappe.server")

# After the drain timeout, the error events still have to be written: uvicorn cancels what is
# left only this much later.
CUT_OFF_MARGIN_SECONDS = 5.0


class DrainingServer(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, drain: Drain, *, grace: float, timeout: float) -> None:
        config.timeout_graceful_shutdown = int(timeout + CUT_OFF_MARGIN_SECONDS + 0.999)
        super().__init__(config)
        self.drain = drain
        self.grace = grace
        self.timeout = timeout
        self._loop: asyncio.AbstractEventLoop | None = None
        self._drain_requested = False

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        self._loop = asyncio.get_running_loop()
        await super().startup(sockets)

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        loop = self._loop
        if sig == signal.SIGTERM and not self._drain_requested and loop is not None and not self.should_exit:
            # Not recorded as a captured signal: after a drain the process exits 0, not by SIGTERM.
            self._drain_requested = True
            loop.call_soon_threadsafe(self._begin_drain)
            return
        super().handle_exit(sig, frame)

    def _begin_drain(self) -> None:
        log.info("SIGTERM: draining", extra={"grace_s": self.grace, "timeout_s": self.timeout})
        self.drain.begin()
        assert self._loop is not None
        self._loop.call_later(self.grace, self._stop_accepting)
        self._loop.call_later(self.grace + self.timeout, self._cut_off)

    def _stop_accepting(self) -> None:
        self.should_exit = True  # uvicorn's main loop sees it within 0.1 s and closes the listeners

    def _cut_off(self) -> None:
        log.warning("drain timeout: ending what is still in flight", extra={"timeout_s": self.timeout})
        self.drain.cut_off()


def ignore_hangup() -> None:
    """SIGHUP: logged, not fatal, no reload (see the module's docstring for why)."""

    def handler(sig: int, frame: FrameType | None) -> None:
        log.warning("SIGHUP ignored: the configuration is not reloaded in place; restart the gateway "
                    "(SIGTERM drains it) to apply a changed configuration file")

    signal.signal(signal.SIGHUP, handler)
