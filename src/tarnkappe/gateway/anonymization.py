"""Anonymization in the pipeline: mask a canonical request before it leaves, restore what comes
back — whole answers, streams chunk by chunk, and tool-call arguments.

The privacy library (`tarnkappe.privacy`) finds and replaces personal data in text; this module
knows where text lives in a chat request: every message's string content, the text parts of
multi-part content, the arguments of tool calls the assistant made, and tool results. One vault
per request, so "Anna Meier" is the same placeholder in every message of it.

Fail closed: if masking fails anywhere, `AnonymizationFailed` is raised and nothing is sent.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from typing import Any

from tarnkappe.gateway.errors import GatewayError
from tarnkappe.gateway.types import ChatChunk, ChatResult, ChatRequest, ChoiceDelta, Message, ToolCallDelta
from tarnkappe.privacy import Anonymizer, DetectionError, StreamRestorer, Vault


class AnonymizationFailed(GatewayError):
    """Anonymization was asked for and could not be done: the request was not sent."""

    status = 500
    code = "anonymization_failed"


def _map_json_strings(text: str, transform: Callable[[str], str]) -> str:
    """Apply `transform` to every string value of a JSON document, leaving its syntax alone, so
    the result is still valid JSON and escaped characters are seen as what they are. Text that is
    not JSON (a model's half-finished arguments) is transformed as a whole."""
    try:
        data = json.loads(text)
    except ValueError:
        return transform(text)

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return transform(value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    return json.dumps(walk(data), ensure_ascii=False)


def _each_text(message: Message, transform: Callable[[str], str], *, write: bool) -> None:
    """Call `transform` on every text of `message` that is sent upstream, in a fixed order;
    with `write`, put its results in their places."""
    if isinstance(message.content, str):
        result = transform(message.content)
        if write:
            message.content = result
    elif message.content:
        for part in message.content:
            if part.type == "text" and part.text:
                result = transform(part.text)
                if write:
                    part.text = result
    for call in message.tool_calls or ():
        arguments = _map_json_strings(call.arguments, transform)
        if write:
            call.arguments = arguments


def mask_request(anonymizer: Anonymizer, request: ChatRequest) -> Vault:
    """Replace personal data in every message of `request` (in place); return the request's vault.

    Two walks over the same texts in the same order: the first only collects them, so the
    anonymizer sees the whole request before it numbers anyone ("Frau Meier" is linked to
    "Anna Meier" only if no other Meier is anywhere in the request); the second writes the
    masked texts back.
    """
    vault = anonymizer.new_vault()
    texts: list[str] = []

    def collect(text: str) -> str:
        texts.append(text)
        return text

    try:
        for message in request.messages:
            _each_text(message, collect, write=False)
        masked = iter(anonymizer.mask_many(texts, vault))
        for message in request.messages:
            _each_text(message, lambda _text: next(masked), write=True)
    except DetectionError as exc:
        raise AnonymizationFailed(
            f"Anonymization failed ({exc.__class__.__name__}); the request was not sent."
        ) from None
    except Exception as exc:  # any failure of the detector: fail closed, never send the original
        raise AnonymizationFailed(
            f"Anonymization failed ({type(exc).__name__}); the request was not sent."
        ) from None
    return vault


def restore_result(result: ChatResult, vault: Vault) -> None:
    """Put the originals back into a whole answer (in place)."""
    for choice in result.choices:
        message = choice.message
        if isinstance(message.content, str):
            message.content = vault.restore(message.content)
        elif message.content:
            for part in message.content:
                if part.text:
                    part.text = vault.restore(part.text)
        for call in message.tool_calls or ():
            call.arguments = _map_json_strings(call.arguments, vault.restore)


async def restore_stream(stream: AsyncIterator[ChatChunk], vault: Vault) -> AsyncIterator[ChatChunk]:
    """Restore placeholders chunk by chunk.

    Each choice's content, and each tool call's arguments, get their own restorer: a placeholder
    split across two chunks is held back only until it is complete, everything else passes at
    once. What is still held back when a choice finishes is emitted on that choice's final chunk,
    before its finish_reason, so nothing is lost and nothing is reordered.
    """
    content: dict[int, StreamRestorer] = {}
    arguments: dict[tuple[int, int], StreamRestorer] = {}
    async for chunk in stream:
        for delta in chunk.choices:
            if delta.content:
                restorer = content.setdefault(delta.index, vault.stream_restorer())
                delta.content = restorer.feed(delta.content)
            for call in delta.tool_calls or ():
                if call.arguments:
                    restorer = arguments.setdefault((delta.index, call.index), vault.stream_restorer())
                    call.arguments = restorer.feed(call.arguments)
            if delta.finish_reason is not None:
                _flush_choice(delta, content, arguments)
        yield chunk
    leftovers = _flush_all(content, arguments)
    if leftovers:
        yield ChatChunk(id=chunk.id, created=chunk.created, model=chunk.model, choices=leftovers)


def _flush_choice(
    delta: ChoiceDelta, content: dict[int, StreamRestorer], arguments: dict[tuple[int, int], StreamRestorer]
) -> None:
    restorer = content.pop(delta.index, None)
    if restorer is not None:
        tail = restorer.flush()
        if tail:
            delta.content = (delta.content or "") + tail
    for key in [k for k in arguments if k[0] == delta.index]:
        tail = arguments.pop(key).flush()
        if tail:
            calls = delta.tool_calls if delta.tool_calls is not None else []
            calls.append(ToolCallDelta(index=key[1], arguments=tail))
            delta.tool_calls = calls


def _flush_all(content: dict[int, StreamRestorer], arguments: dict[tuple[int, int], StreamRestorer]) -> list[ChoiceDelta]:
    """Whatever an upstream left held back without ever finishing its choice (a cut-off stream)."""
    deltas: dict[int, ChoiceDelta] = {}
    for index, restorer in content.items():
        tail = restorer.flush()
        if tail:
            deltas.setdefault(index, ChoiceDelta(index=index)).content = tail
    for (index, call_index), restorer in arguments.items():
        tail = restorer.flush()
        if tail:
            delta = deltas.setdefault(index, ChoiceDelta(index=index))
            delta.tool_calls = (delta.tool_calls or []) + [ToolCallDelta(index=call_index, arguments=tail)]
    return list(deltas.values())
