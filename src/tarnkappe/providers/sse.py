"""Reading Server-Sent Events from an upstream's byte stream.

Only what LLM APIs use: `data:` lines (possibly several per event), `event:` names, comment lines
starting with `:` (keep-alives), and blank lines ending an event.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass


@dataclass(slots=True)
class ServerSentEvent:
    data: str
    event: str | None = None


async def iter_sse(lines: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
    """Yield events from an iterable of raw lines (as aiohttp's `response.content` gives them)."""
    data: list[str] = []
    event: str | None = None
    async for raw in lines:
        line = raw.decode("utf-8").rstrip("\r\n")
        if not line:
            if data:
                yield ServerSentEvent("\n".join(data), event)
            data, event = [], None
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "data":
            data.append(value)
        elif name == "event":
            event = value
    if data:
        yield ServerSentEvent("\n".join(data), event)
