"""Conversions shared by the providers whose wire format is not OpenAI's (Anthropic, Gemini).

The canonical request is OpenAI-shaped: images as data or https URLs, tool-call arguments as JSON
text, tool results matched to calls by id. Native protocols want images as (mime type, base64),
arguments as JSON objects, and (Gemini) tool results matched by function name. Refusals name the
field at fault and never quote the request's content.
"""

from __future__ import annotations

import re
import time
from typing import Any

import orjson

from tarnkappe.core.errors import InvalidRequest
from tarnkappe.core.types import ContentPart, Message, ToolCall

_DATA_URL = re.compile(r"data:(?P<mime>[\w.+-]+/[\w.+-]+);base64,(?P<data>.*)", re.DOTALL)


def now() -> int:
    return int(time.time())


def data_url(url: str) -> tuple[str, str] | None:
    """(mime type, base64 payload) of a `data:` URL, or None for any other URL."""
    match = _DATA_URL.fullmatch(url)
    return (match["mime"], match["data"]) if match else None


def image_url_of(part: ContentPart, provider: str) -> str:
    url = (part.data or {}).get("image_url", {})
    url = url.get("url") if isinstance(url, dict) else url
    if not isinstance(url, str) or not url:
        raise InvalidRequest(f"an image_url part needs image_url.url (for {provider})", param="messages")
    return url


def unsupported_part(part: ContentPart, provider: str) -> InvalidRequest:
    return InvalidRequest(f"{provider} models do not accept '{part.type}' content parts.", param="messages")


def tool_arguments(call: ToolCall) -> dict[str, Any]:
    """A call's arguments as the JSON object native protocols want."""
    try:
        value = orjson.loads(call.arguments or "{}")
    except orjson.JSONDecodeError:
        raise InvalidRequest(f"the arguments of tool call {call.id!r} are not valid JSON", param="messages") from None
    if not isinstance(value, dict):
        raise InvalidRequest(f"the arguments of tool call {call.id!r} must be a JSON object", param="messages")
    return value


def tool_names_by_id(messages: list[Message]) -> dict[str, str]:
    """Which function each earlier tool call id named (a tool result carries only the id)."""
    return {call.id: call.name for m in messages for call in (m.tool_calls or [])}


def json_text(value: Any) -> str:
    return orjson.dumps(value).decode()


def tool_choice_name(choice: str | dict[str, Any] | None) -> str | None:
    """The function name of `{"type": "function", "function": {"name": ...}}`, else None."""
    if isinstance(choice, dict):
        function = choice.get("function")
        if isinstance(function, dict) and isinstance(function.get("name"), str):
            return function["name"]
        raise InvalidRequest("tool_choice must name a function: {'type': 'function', 'function': {'name': ...}}",
                             param="tool_choice")
    return None
