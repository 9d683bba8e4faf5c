"""A tiny TCP load balancer on 127.0.0.1: each new connection goes to the next backend in turn;
a backend that refuses the connection (a dead instance) is skipped, as a load balancer's health
check would. Bytes are copied as they come, so streams pass unbuffered. Runs on its own thread
and event loop."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter


class RoundRobinProxy:
    def __init__(self, backends: list[int], port: int) -> None:
        self.backends = backends
        self.port = port
        self.connections: Counter[int] = Counter()  # per backend port
        # per client connection, when it ended: (the backend port or None, bytes sent back to the client,
        # what happened) -- for a test's failure message
        self.history: list[tuple[int | None, int, str]] = []
        self._next = 0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.base_events.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def __enter__(self) -> RoundRobinProxy:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._handle, "127.0.0.1", self.port), self._loop)
        self._server = future.result(timeout=10)
        return self

    def __exit__(self, *exc: object) -> None:
        async def stop() -> None:
            if self._server is not None:
                self._server.close()

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        tried: list[str] = []
        # Each connection tries every backend once, from its own turn on: a counter shared by the
        # concurrent connections, read again after each refusal (other connections move it while this one
        # awaits its connect), sent one connection to the dead backend three times and closed it unanswered
        # -- the RemoteProtocolError of the scale-out test's flake (its proxy history showed it).
        first = self._next
        self._next += 1
        try:
            for k in range(len(self.backends)):
                port = self.backends[(first + k) % len(self.backends)]
                try:
                    upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", port)
                except OSError as exc:
                    tried.append(f"{port}: {type(exc).__name__}")
                    continue
                sockname = upstream_writer.get_extra_info("sockname")
                if sockname is None or sockname[1] == port:
                    # A dead backend's port is in the ephemeral range: Linux may give the connect that
                    # very port as its source and the socket connects to itself (TCP simultaneous
                    # open) instead of being refused. That is no backend: skip it, as a refusal.
                    upstream_writer.close()
                    tried.append(f"{port}: connected to itself")
                    continue
                self.connections[port] += 1
                _, back = await asyncio.gather(_pipe(reader, upstream_writer), _pipe(upstream_reader, writer))
                self.history.append((port, back, "; ".join(tried) or "first try"))
                return
            self.history.append((None, 0, "; ".join(tried)))
            writer.close()
        except Exception as exc:  # noqa: BLE001 - recorded for the test's message, then the client sees a close
            self.history.append((None, 0, f"{'; '.join(tried)} -> {type(exc).__name__}: {exc}"))
            writer.close()


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> int:
    """Copy until the end; the bytes copied."""
    copied = 0
    try:
        while data := await reader.read(65536):
            writer.write(data)
            copied += len(data)
            await writer.drain()
    except OSError:
        pass
    finally:
        try:
            writer.close()
        except OSError:
            pass
    return copied
