"""Writing Server-Sent Events to the client (reading them from upstreams is
providers/sse_decoder.py's): the SSE framing of a chat stream, and an ASGI response that writes
each event as soon as it exists, but writes events that exist at the same moment in one go.

Why not Starlette's StreamingResponse: it makes one socket write per event. When an upstream sends
a burst (the common case under load: many events in one TCP read), that is one syscall per event,
and profiling showed those writes as the largest single cost of a proxied stream. Here a producer
task renders events into a buffer and a writer sends whatever has accumulated whenever it gets to
run. The stream's first event is sent at once (the producer yields to the writer right after it);
events rendered while a write happens share the next one. Time to first token is
unchanged and the stream is never collapsed — only events that are already waiting share a write.
A parsed stream comes a network read at a time (lists of canonical chunks, providers/base.py) and
is rendered by its dialect's `Frames` (`rendered`), a read's events in one piece.

The client going away cancels the producer, which closes the event source (and with it the
upstream call) at once. Under Tarnkappe's own server the connection's loss is signalled
(server/disconnect.py); only under another server does a task per stream wait in `receive()`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Mapping
from typing import Any, Protocol, TypeVar

from starlette.types import Receive, Scope, Send

from tarnkappe.core.errors import UpstreamError
from tarnkappe.core.types import ChatChunk
from tarnkappe.server.disconnect import disconnect_signal
from tarnkappe.server.http import dumps

T = TypeVar("T")
T_contra = TypeVar("T_contra", contravariant=True)

MAX_BUFFERED_EVENTS = 256  # back-pressure: a slow client stops the producer, not memory

# Proxies in front (nginx and the like) buffer responses unless told not to.
SSE_HEADERS = {"cache-control": "no-cache", "x-accel-buffering": "no"}

DONE = b"data: [DONE]\n\n"


async def first_item(stream: AsyncGenerator[T, None]) -> T:
    """Wait for a stream's first item (its first network read's chunks, or relayed events) before
    any byte is sent, so that everything that fails before the answer starts (access, budget,
    upstream refusal) still gets a real HTTP status."""
    first = await anext(stream, None)
    if first is None:
        raise UpstreamError("the upstream returned an empty stream")
    return first


class Frames(Protocol[T_contra]):
    """What a stream's items are as the client's bytes: a dialect's rendering of one stream. Each
    method adds frames to `out`, which the writer sends in one go."""

    def item(self, item: T_contra, out: list[bytes]) -> None:
        """The frames of one item (those of the chunks before a failing one stay in `out`)."""

    def end(self, out: list[bytes]) -> None:
        """The frames that end a complete stream."""

    def error(self, exc: BaseException, out: list[bytes]) -> None:
        """The frames of an error after the first byte: never a silent end that looks like success."""


class DataFrames:
    """A chat stream as `data:` events of JSON, `data: [DONE]` last (OpenAI's Chat Completions,
    PeakPrivacy). The dialect says what each chunk looks like (`render_chunk`; None: the client
    must not see it) and what an error is."""

    __slots__ = ("render_chunk", "render_error")

    def __init__(self, render_chunk: Callable[[ChatChunk], dict[str, Any] | None],
                 render_error: Callable[[BaseException], dict[str, Any]]) -> None:
        self.render_chunk = render_chunk
        self.render_error = render_error

    def item(self, item: list[ChatChunk], out: list[bytes]) -> None:
        render = self.render_chunk
        for chunk in item:
            event = render(chunk)
            if event is not None:
                out.append(b"data: " + dumps(event) + b"\n\n")

    def end(self, out: list[bytes]) -> None:
        out.append(DONE)

    def error(self, exc: BaseException, out: list[bytes]) -> None:
        out.append(b"data: " + dumps(self.render_error(exc)) + b"\n\n")


def event_frame(kind: str, data: dict[str, Any]) -> bytes:
    """One typed event (`event: KIND` and its JSON), as the APIs with typed streams send them."""
    return b"event: " + kind.encode("ascii") + b"\ndata: " + dumps(data) + b"\n\n"


class EventRenderer(Protocol):
    """How a dialect with typed events (Anthropic's Messages API, OpenAI's Responses API) renders
    one stream: a stateful renderer per stream, since its events open and close blocks that span
    many chunks."""

    def chunk(self, chunk: ChatChunk) -> list[bytes]:
        """The frames this chunk makes (none, while a block is only opened)."""

    def end(self) -> list[bytes]:
        """The frames that end a complete stream."""

    def error(self, exc: BaseException) -> bytes:
        """The frame of an error after the first byte."""


class TypedFrames:
    """A chat stream as typed Server-Sent Events, with no `[DONE]` (the renderer's `end` closes
    it). A chunk the renderer refuses adds none of its frames: those of the chunks before it go
    out, then the error, as when chunks came one at a time."""

    __slots__ = ("renderer",)

    def __init__(self, renderer: EventRenderer) -> None:
        self.renderer = renderer

    def item(self, item: list[ChatChunk], out: list[bytes]) -> None:
        render = self.renderer.chunk
        for chunk in item:
            out += render(chunk)

    def end(self, out: list[bytes]) -> None:
        out += self.renderer.end()

    def error(self, exc: BaseException, out: list[bytes]) -> None:
        out.append(self.renderer.error(exc))


async def rendered(first: T, rest: AsyncGenerator[T, None], frames: Frames[T]) -> AsyncIterator[bytes]:
    """A stream's bytes as `frames` renders them, an item's (a network read's chunks) in one piece,
    then the end; an error after the first byte as an error event, never a silent end."""
    out: list[bytes] = []
    try:
        try:
            frames.item(first, out)
            if out:
                yield b"".join(out)
                out.clear()
            async for item in rest:
                frames.item(item, out)
                if out:
                    yield b"".join(out)
                    out.clear()
            frames.end(out)
        except Exception as exc:
            frames.error(exc, out)
        yield b"".join(out)
    finally:
        # Closing the source now (not whenever the garbage collector gets to it) cancels the
        # upstream call and settles the request the moment the client goes away.
        await rest.aclose()


class Relayed(Protocol):
    """A batch of events already framed for the client (wire/openai_relay.py's RelayedEvents)."""

    @property
    def data(self) -> bytes: ...

    @property
    def last(self) -> bool:
        """Nothing follows: sent together with the stream's end."""


class SSEResponse:
    def __init__(self, events: AsyncIterator[bytes], headers: Mapping[str, str] = SSE_HEADERS) -> None:
        self.events = events
        raw = [(b"content-type", b"text/event-stream; charset=utf-8")]
        raw += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        self.raw_headers = raw

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        buffer: list[bytes] = []
        ready = asyncio.Event()
        room = asyncio.Event()
        room.set()
        finished = False

        async def produce() -> None:
            nonlocal finished
            first = True
            try:
                async for event in self.events:
                    buffer.append(event)
                    ready.set()
                    if first:
                        # Let the writer send the first event now: the rest of a burst that arrived
                        # with it is rendered meanwhile and follows in one write, so the first token
                        # never waits for the last.
                        first = False
                        await asyncio.sleep(0)
                    elif len(buffer) >= MAX_BUFFERED_EVENTS:
                        room.clear()
                        await room.wait()
            finally:
                finished = True
                ready.set()

        async def write() -> None:
            await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
            while True:
                await ready.wait()
                ready.clear()
                batch = b"".join(buffer)
                buffer.clear()
                room.set()
                last = finished
                if batch or last:
                    await send({"type": "http.response.body", "body": batch, "more_body": not last})
                if last:
                    return

        async def watch_disconnect() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass

        producer = asyncio.ensure_future(produce())
        writer = asyncio.ensure_future(write())
        signal = disconnect_signal(scope)
        watcher: asyncio.Future[None]
        if signal is None:
            watcher = asyncio.ensure_future(watch_disconnect())
        else:
            watcher = asyncio.get_running_loop().create_future()

            def gone() -> None:
                if not watcher.done():
                    watcher.set_result(None)

            signal.callback = gone
            if signal.gone:
                gone()
        try:
            await asyncio.wait({writer, watcher}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            if signal is not None:
                signal.callback = None
            for task in (producer, writer, watcher):
                task.cancel()
            await asyncio.gather(producer, writer, watcher, return_exceptions=True)
            aclose = getattr(self.events, "aclose", None)
            if aclose is not None:
                await aclose()
        if writer.done() and not writer.cancelled() and writer.exception() is not None:
            raise writer.exception()  # type: ignore[misc]


class RelayedSSEResponse:
    """A relayed stream (wire/openai_relay.py): batches of events already framed, one per upstream
    network read, written as they come, `data: [DONE]` last; as in `rendered`, an error after the
    first byte is an error event.

    Written from the request's own task, not SSEResponse's producer and writer: the batches already
    hold whatever arrived together, so there is nothing to gather, and two tasks and their events per
    stream are a measurable share of a relayed stream's cost. The one watcher task cancels the
    writing when the client goes away — also while the upstream is silent — and the source is
    closed at once (which cancels the upstream call and settles the request); under Tarnkappe's own
    server the connection's loss is signalled instead (server/disconnect.py), and no watcher task
    runs at all. A slow client holds
    the writing back through the server's flow control, so nothing piles up in memory.
    """

    def __init__(self, first: Relayed, rest: AsyncGenerator[Relayed, None], *,
                 render_error: Callable[[BaseException], dict[str, Any]],
                 headers: Mapping[str, str] = SSE_HEADERS) -> None:
        self.first = first
        self.rest = rest
        self.render_error = render_error
        raw = [(b"content-type", b"text/event-stream; charset=utf-8")]
        raw += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        self.raw_headers = raw

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        task = asyncio.current_task()
        writing = True
        disconnected = False

        def on_disconnect() -> None:
            nonlocal disconnected
            if writing and task is not None:
                disconnected = True
                task.cancel()

        async def watch_disconnect() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass
            on_disconnect()

        signal = disconnect_signal(scope)
        watcher = None
        if signal is None:
            watcher = asyncio.ensure_future(watch_disconnect())
        else:
            signal.callback = on_disconnect
            if signal.gone:
                on_disconnect()  # the first write below raises the cancellation
        try:
            await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
            # The first batch goes out at once (time to first token); a later last one is held
            # until the source has ended — the request is recorded by then (gateway/pipeline.py) —
            # and goes out with `[DONE]` (or the error) in one write.
            held = b""
            try:
                if self.first.data:
                    await send({"type": "http.response.body", "body": self.first.data, "more_body": True})
                async for events in self.rest:
                    if events.last:
                        held = events.data
                    elif events.data:
                        await send({"type": "http.response.body", "body": events.data, "more_body": True})
                end = DONE
            except Exception as exc:
                end = b"data: " + dumps(self.render_error(exc)) + b"\n\n"
            await send({"type": "http.response.body", "body": held + end, "more_body": False})
            writing = False
        except asyncio.CancelledError:
            writing = False
            if not disconnected or task is None:
                raise
            task.uncancel()  # the client left: nothing more to write
        finally:
            if signal is not None:
                signal.callback = None
            if watcher is not None:
                watcher.cancel()
            # Closing the source now (not whenever the garbage collector gets to it) cancels the
            # upstream call and settles the request the moment the client goes away.
            await self.rest.aclose()
