"""Writing Server-Sent Events to the client (reading them from upstreams is providers/sse_decoder.py's):
an ASGI response that writes a stream as it comes, and how each dialect's stream becomes bytes.

A stream reaches the writer a network read at a time: a parsed stream as lists of canonical chunks
(providers/base.py), a relayed one as batches of events already framed (wire/openai_relay.py).
Each such item is written in one go as soon as it exists — the first at once, so time to first
token is what the upstream's first read makes it, and events that arrived together share a write
(Starlette's StreamingResponse makes one socket write per event, which profiling showed as the
largest single cost of a proxied stream). A parsed stream's bytes are the dialect's (`SSEResponse`
with its `Frames`: OpenAI-shaped `data:` events, `DataFrames`, or typed events, `TypedFrames`); a
relayed stream's are the upstream's (`RelayedSSEResponse`).

Written from the request's own task, not a producer and a writer task: the items already hold
whatever arrived together, so there is nothing to gather, and two tasks and their events per
stream were a measurable share of a stream's cost. A slow client holds the writing back through
the server's flow control, so nothing piles up in memory. The client going away cancels the
writing — also while the upstream is silent — and the source is closed at once, which cancels the
upstream call and settles the request; under Tarnkappe's own server the connection's loss is
signalled (server/disconnect.py), and only under another server does a task per stream wait in
`receive()`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Callable, Mapping
from typing import Any, Generic, Protocol, TypeVar

from starlette.types import Receive, Scope, Send

from tarnkappe.core.errors import UpstreamError
from tarnkappe.core.types import ChatChunk
from tarnkappe.server.disconnect import disconnect_signal
from tarnkappe.server.http import dumps

T = TypeVar("T")
T_contra = TypeVar("T_contra", contravariant=True)

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


class EventStream(Generic[T]):
    """The writing of a stream (its `first` item, already read, and the `rest`) from the request's
    own task, as the module's docstring says; what is written is the subclass's (`_write`)."""

    def __init__(self, first: T, rest: AsyncGenerator[T, None], headers: Mapping[str, str] = SSE_HEADERS) -> None:
        self.first = first
        self.rest = rest
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
            await self._write(send)
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

    async def _write(self, send: Send) -> None:
        """The body: each item in one write as it comes, then the end (or the error event of a
        stream that fails after its first byte) once the source has ended — by when the request
        is recorded (gateway/pipeline.py)."""
        raise NotImplementedError


class SSEResponse(EventStream[T]):
    """A stream written as `frames` renders it (a parsed stream's chunks, in a dialect's events),
    one write per item: a network read's chunks."""

    def __init__(self, first: T, rest: AsyncGenerator[T, None], frames: Frames[T],
                 headers: Mapping[str, str] = SSE_HEADERS) -> None:
        super().__init__(first, rest, headers)
        self.frames = frames

    async def _write(self, send: Send) -> None:
        frames = self.frames
        out: list[bytes] = []
        try:
            frames.item(self.first, out)
            if out:
                body = b"".join(out)
                out.clear()
                await send({"type": "http.response.body", "body": body, "more_body": True})
            async for item in self.rest:
                frames.item(item, out)
                if out:
                    body = b"".join(out)
                    out.clear()
                    await send({"type": "http.response.body", "body": body, "more_body": True})
            frames.end(out)
        except Exception as exc:
            frames.error(exc, out)
        await send({"type": "http.response.body", "body": b"".join(out), "more_body": False})


class Relayed(Protocol):
    """A batch of events already framed for the client (wire/openai_relay.py's RelayedEvents)."""

    @property
    def data(self) -> bytes: ...

    @property
    def last(self) -> bool:
        """Nothing follows: sent together with the stream's end."""


class RelayedSSEResponse(EventStream[Relayed]):
    """A relayed stream (wire/openai_relay.py): batches of events already framed, one per upstream
    network read, written as they come, `data: [DONE]` last. The first batch goes out at once
    (time to first token); a later last one is held until the source has ended — the request is
    recorded by then (gateway/pipeline.py) — and goes out with `[DONE]` (or the error) in one
    write. Its items are the client's bytes already, so they are written without a rendering step
    (`Frames`) per read: the relay is the commonest stream, and that step a measurable share of it."""

    def __init__(self, first: Relayed, rest: AsyncGenerator[Relayed, None], *,
                 render_error: Callable[[BaseException], dict[str, Any]],
                 headers: Mapping[str, str] = SSE_HEADERS) -> None:
        super().__init__(first, rest, headers)
        self.render_error = render_error

    async def _write(self, send: Send) -> None:
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
