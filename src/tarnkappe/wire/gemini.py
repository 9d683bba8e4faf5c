"""Google Gemini's `generateContent` wire format ↔ the canonical types (Google AI and Vertex AI
use the same bodies; only URL and authentication differ, see gemini.py).

Requests: system and developer messages become `systemInstruction`; the assistant is the `model`
role; tool results become `functionResponse` parts, matched to their call by the function name
that the earlier call carried (Gemini has no call ids); sampling options go into
`generationConfig`. JSON schemas (response format, tool parameters) are sent as standard JSON
Schema (`responseJsonSchema`, `parametersJsonSchema`), never translated into Gemini's older
OpenAPI subset, so nothing in a schema is silently lost.

Answers: `SAFETY`-like finish reasons and a blocked prompt (`promptFeedback.blockReason`) become
`finish_reason: content_filter`; thought parts are not passed on; thinking tokens count as
completion tokens, as OpenAI counts reasoning tokens.
"""

from __future__ import annotations

import os
from typing import Any

import orjson

from tarnkappe.core.errors import InvalidRequest
from tarnkappe.core.types import ChatRequest, ChatResult, Choice, ContentPart, Message, ToolCall, Usage
from tarnkappe.wire.convert import (
    data_url,
    image_url_of,
    json_text,
    tool_arguments,
    tool_choice_name,
    tool_names_by_id,
    unsupported_part,
)

PROVIDER = "gemini"
_FILTERED = {"SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY",
             "IMAGE_PROHIBITED_CONTENT", "IMAGE_RECITATION", "MODEL_ARMOR"}


# --------------------------------------------------------------------------- requests


def _parts(content: str | list[ContentPart] | None) -> list[dict[str, Any]]:
    if content is None:
        return []
    if isinstance(content, str):
        return [{"text": content}] if content else []
    parts: list[dict[str, Any]] = []
    for part in content:
        if part.type == "text":
            if part.text:
                parts.append({"text": part.text})
        elif part.type == "image_url":
            inline = data_url(image_url_of(part, PROVIDER))
            if inline is None:
                raise InvalidRequest("gemini models take images only inline, as data: URLs.", param="messages")
            parts.append({"inlineData": {"mimeType": inline[0], "data": inline[1]}})
        else:
            raise unsupported_part(part, PROVIDER)
    return parts


def _tool_response(text: str) -> dict[str, Any]:
    """Gemini wants an object: a tool result that is a JSON object goes as is, anything else wrapped."""
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        value = None
    return value if isinstance(value, dict) else {"content": text}


def _contents(messages: list[Message]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    names = tool_names_by_id(messages)
    system: list[dict[str, Any]] = []
    contents: list[dict[str, Any]] = []

    def append(role: str, parts: list[dict[str, Any]]) -> None:
        if not parts:
            return
        if contents and contents[-1]["role"] == role:
            contents[-1]["parts"].extend(parts)
        else:
            contents.append({"role": role, "parts": parts})

    for message in messages:
        if message.role in ("system", "developer"):
            system.extend(_parts(message.text()))
        elif message.role == "tool":
            name = names.get(message.tool_call_id or "")
            if name is None:
                raise InvalidRequest("a tool message answers a tool call id that no earlier message made.",
                                     param="messages")
            append("user", [{"functionResponse": {"name": name, "response": _tool_response(message.text())}}])
        elif message.role == "assistant":
            parts = _parts(message.content)
            parts += [{"functionCall": {"name": c.name, "args": tool_arguments(c)}} for c in message.tool_calls or []]
            append("model", parts)
        else:
            append("user", _parts(message.content))
    return system, contents


def _generation_config(request: ChatRequest) -> dict[str, Any]:
    config: dict[str, Any] = {}
    for name, wire_name in (
        ("temperature", "temperature"), ("top_p", "topP"), ("top_k", "topK"), ("max_tokens", "maxOutputTokens"),
        ("stop", "stopSequences"), ("seed", "seed"), ("presence_penalty", "presencePenalty"),
        ("frequency_penalty", "frequencyPenalty"),
    ):
        value = getattr(request, name)
        if value is not None:
            config[wire_name] = value
    if request.n != 1:
        config["candidateCount"] = request.n
    fmt = request.response_format
    if fmt is not None and fmt.type != "text":
        config["responseMimeType"] = "application/json"
        if fmt.type == "json_schema" and fmt.schema:
            config["responseJsonSchema"] = fmt.schema
    return config


def _tool_config(request: ChatRequest) -> dict[str, Any] | None:
    named = tool_choice_name(request.tool_choice)
    if named is not None:
        return {"functionCallingConfig": {"mode": "ANY", "allowedFunctionNames": [named]}}
    mode = {"auto": "AUTO", "required": "ANY", "none": "NONE"}.get(request.tool_choice or "")  # type: ignore[arg-type]
    return {"functionCallingConfig": {"mode": mode}} if mode else None


def request_to_wire(request: ChatRequest) -> dict[str, Any]:
    """The body of `models/{model}:generateContent` for an already adapted request."""
    system, contents = _contents(request.messages)
    if not contents:
        raise InvalidRequest("gemini models need at least one user message.", param="messages")
    body: dict[str, Any] = {"contents": contents}
    if system:
        body["systemInstruction"] = {"parts": system}
    config = _generation_config(request)
    if config:
        body["generationConfig"] = config
    if request.tools:
        declarations = [
            {"name": t.name, "parametersJsonSchema": t.parameters or {"type": "object", "properties": {}}}
            | ({"description": t.description} if t.description else {})
            for t in request.tools
        ]
        body["tools"] = [{"functionDeclarations": declarations}]
        tool_config = _tool_config(request)
        if tool_config:
            body["toolConfig"] = tool_config
    return body


# --------------------------------------------------------------------------- answers


def finish_reason(reason: str | None, *, has_calls: bool) -> str | None:
    if reason is None or reason == "FINISH_REASON_UNSPECIFIED":
        return None
    if reason in _FILTERED:
        return "content_filter"
    if reason == "MAX_TOKENS":
        return "length"
    return "tool_calls" if has_calls else "stop"


def new_call_id() -> str:
    """Gemini's function calls carry no id (or not always); OpenAI clients need one per call."""
    return "call_" + os.urandom(12).hex()


def candidate_parts(candidate: dict[str, Any]) -> tuple[str, list[ToolCall]]:
    """The visible text and the function calls of one candidate (thought parts left out)."""
    texts: list[str] = []
    calls: list[ToolCall] = []
    for part in (candidate.get("content") or {}).get("parts") or []:
        if part.get("thought"):
            continue
        if isinstance(part.get("text"), str):
            texts.append(part["text"])
        elif isinstance(part.get("functionCall"), dict):
            call = part["functionCall"]
            calls.append(ToolCall(id=call.get("id") or new_call_id(), name=call["name"],
                                  arguments=json_text(call.get("args") or {})))
    return "".join(texts), calls


def blocked(raw: dict[str, Any]) -> bool:
    """Whether the prompt itself was blocked (no candidates at all, a block reason instead)."""
    return not raw.get("candidates") and bool((raw.get("promptFeedback") or {}).get("blockReason"))


def usage_from_wire(raw: Any) -> Usage | None:
    if not isinstance(raw, dict):
        return None
    thoughts = int(raw.get("thoughtsTokenCount") or 0)
    cached = int(raw.get("cachedContentTokenCount") or 0)
    return Usage(
        prompt_tokens=int(raw.get("promptTokenCount") or 0) + int(raw.get("toolUsePromptTokenCount") or 0),
        completion_tokens=int(raw.get("candidatesTokenCount") or 0) + thoughts,
        prompt_tokens_details={"cached_tokens": cached} if cached else None,
        completion_tokens_details={"reasoning_tokens": thoughts} if thoughts else None,
    )


def result_from_wire(raw: Any, model: str, *, created: int) -> ChatResult:
    if not isinstance(raw, dict):
        raise ValueError("an answer must be an object")
    choices: list[Choice] = []
    for position, candidate in enumerate(raw.get("candidates") or []):
        text, calls = candidate_parts(candidate)
        message = Message(role="assistant", content=text if text or not calls else None, tool_calls=calls or None)
        reason = finish_reason(candidate.get("finishReason"), has_calls=bool(calls)) or "stop"
        choices.append(Choice(index=int(candidate.get("index", position)), message=message, finish_reason=reason))
    if blocked(raw):
        choices = [Choice(index=0, message=Message(role="assistant", content=""), finish_reason="content_filter")]
    if not choices:
        raise ValueError("an answer needs candidates or a prompt block reason")
    return ChatResult(
        id=str(raw.get("responseId") or ""),
        created=created,
        model=model,
        choices=choices,
        usage=usage_from_wire(raw.get("usageMetadata")),
    )
