"""How much a chat request gives the model to read, in UTF-8 bytes: the common ground of every
token estimate (the budget's ceilings and estimates in accounts/pricing.py, count_tokens's
estimate in gateway/token_count.py), so that they measure the same request the same way."""

from __future__ import annotations

from tarnkappe.core.types import ChatRequest


def request_bytes(request: ChatRequest, *, media_bytes: int) -> tuple[int, int]:
    """(UTF-8 bytes of everything the model reads, number of messages); each non-text part (an
    image etc.) counts as `media_bytes`, the caller's ceiling for one."""
    size = 0
    for message in request.messages:
        if isinstance(message.content, str):
            size += len(message.content.encode("utf-8"))
        elif message.content:
            for part in message.content:
                size += len(part.text.encode("utf-8")) if part.text else media_bytes
        for call in message.tool_calls or ():
            size += len(call.name) + len(call.arguments.encode("utf-8"))
    for tool in request.tools or ():
        size += len(tool.name) + len((tool.description or "").encode("utf-8")) + len(str(tool.parameters or ""))
    return size, len(request.messages)
