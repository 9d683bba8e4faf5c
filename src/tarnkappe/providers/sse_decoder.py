"""Reading Server-Sent Events from an upstream's byte stream.

Only what LLM APIs use: `data:` lines (possibly several per event), `event:` names, comment lines
starting with `:` (keep-alives), and blank lines ending an event.

The input is the body as the network delivers it (`response.content.iter_any()`), in pieces of any
size, not line by line: aiohttp's `readline` costs two awaits and a buffer scan per line, which the
profile put at a fifth of a proxied stream's CPU. Lines are split here, a whole network read at a
time; a line (or a UTF-8 character) cut between two reads waits for the rest. A line that is not
valid UTF-8 raises UnicodeDecodeError (a ValueError), which the caller reports as the upstream's
fault.

The providers read their streams with `SSEDataReader` — each event's data as bytes, which their
JSON parser checks for UTF-8 itself (upstream_http.ChunkReader, the relay); `SSEDecoder` gives
whole events, names and decoded text, to a caller that needs them.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass


@dataclass(slots=True)
class ServerSentEvent:
    data: str
    event: str | None = None


async def iter_sse(chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
    """Yield events from the raw body, given in pieces of any size (whole lines, or not)."""
    decoder = SSEDecoder()
    async for chunk in chunks:
        for event in decoder.feed(chunk):
            yield event
    for event in decoder.end():
        yield event


class SSEDecoder:
    """Events from the pieces of a body as they arrive; what an unfinished line or event holds is
    kept for the next piece. Synchronous, so that a caller reading the body itself spends no
    async-generator hop per event."""

    __slots__ = ("data", "event", "partial", "broken")

    def __init__(self) -> None:
        self.data: list[str] = []
        self.event: str | None = None
        self.partial = b""
        self.broken: UnicodeDecodeError | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """The events that this piece of the body completes."""
        if self.broken is not None:
            raise self.broken
        if self.partial:
            chunk = self.partial + chunk
        lines = chunk.split(b"\n")
        self.partial = lines.pop()  # what follows the last newline: an unfinished line, or b""
        return self._lines(lines)

    def end(self) -> list[ServerSentEvent]:
        """The body ended: it may lack a final newline, and the blank line after its last event."""
        if self.broken is not None:
            raise self.broken
        partial, self.partial = self.partial, b""
        return self._lines([partial, b""])

    def _lines(self, lines: list[bytes]) -> list[ServerSentEvent]:
        done: list[ServerSentEvent] = []
        for raw in lines:
            try:
                line = raw.decode("utf-8").rstrip("\r")
            except UnicodeDecodeError as exc:
                if not done:
                    raise
                # The events before the broken line (same network read) still go out; the error
                # follows at the next piece, or at the end.
                self.broken = exc
                return done
            if not line:
                if self.data:
                    done.append(ServerSentEvent("\n".join(self.data), self.event))
                self.data, self.event = [], None
                continue
            if line[0] == ":":
                continue
            name, _, value = line.partition(":")
            if value.startswith(" "):
                value = value[1:]
            if name == "data":
                self.data.append(value)
            elif name == "event":
                self.event = value
        return done


class SSEDataReader:
    """The `data` of each event as bytes, for a caller that forwards events rather than reads them
    (the OpenAI relay, wire/openai_relay.py): no decoding to text (the JSON parser checks UTF-8
    itself), and only what such a caller needs — event names, ids and comments (keep-alives) are
    skipped, several `data:` lines of one event are joined by a newline. Line ends may be LF, CRLF
    or CR. The body is split at blank lines, an event at a time, and the common event — one
    `data: ` line — is taken whole; an event cut between two network reads waits for the rest."""

    __slots__ = ("partial",)

    def __init__(self) -> None:
        self.partial = b""

    def feed(self, chunk: bytes) -> list[bytes]:
        """The data of the events that this piece of the body completes."""
        if self.partial:
            chunk = self.partial + chunk
        held = b""
        # `find`, not `in`: a bytes operand of `in` is first tried as an integer, and the TypeError
        # that makes costs more than the search (~2,000 instructions each).
        if chunk.find(b"\r") >= 0:
            if chunk[-1:] == b"\r":  # perhaps the first half of a CRLF: decided with the next piece
                chunk, held = chunk[:-1], b"\r"
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        blocks = chunk.split(b"\n\n")
        self.partial = blocks.pop() + held  # the event not yet ended by a blank line
        done: list[bytes] = []
        for block in blocks:
            if block[:6] == b"data: " and block.find(b"\n") < 0:
                done.append(block[6:])
            elif block:
                _event(block, done)
        return done

    def end(self) -> list[bytes]:
        """The body ended: its last event may lack the blank line after it."""
        partial, self.partial = self.partial, b""
        if partial.find(b"\r") >= 0:
            partial = partial.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        done: list[bytes] = []
        for block in partial.split(b"\n\n"):
            if block:
                _event(block, done)
        return done


def _event(block: bytes, done: list[bytes]) -> None:
    """The data of the event(s) in `block`, line by line (a blank line at its start ends nothing)."""
    data: list[bytes] = []
    for line in block.split(b"\n"):
        if not line:
            if data:
                done.append(b"\n".join(data))
                data = []
        elif line[:5] == b"data:":
            data.append(line[6:] if line[5:6] == b" " else line[5:])
        elif line == b"data":
            data.append(b"")
    if data:
        done.append(b"\n".join(data))
