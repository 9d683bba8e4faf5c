"""Anthropic's Messages API wire format ↔ the canonical types.

Requests: system and developer messages become the top-level `system`; tool results (OpenAI's
`tool` role) become `tool_result` blocks of a user turn; consecutive turns of one role are merged,
because Anthropic wants user and assistant to alternate; `max_tokens` is required, so a default is
sent when the client gave none. Caching breakpoints (`ContentPart.cache`, from clients of the
Messages API) become `cache_control` on their text, image, tool_result and system blocks.
`response_format` (JSON) is served the way Anthropic recommends for models without structured
output: one forced tool whose input schema is the wanted schema, whose input is then handed back to
the client as the message text.

Answers: text blocks are joined into the content, `tool_use` blocks become tool calls, thinking
blocks (signed) are kept verbatim in `Message.thinking` for the Messages API's clients, who send them
back; stop reasons map to OpenAI's finish reasons. Extended thinking (`thinking_budget`, or
`adaptive_thinking`) is sent as `thinking`.

Anthropic's own features go through as Anthropic's blocks, both ways, for the Messages API's
clients: server tools (`Tool.server`) as declared; a document part as a document block (title,
context, citations); images and documents in a tool result as that tool_result's blocks; server
tool blocks of earlier answers (`ContentPart.native`) and their texts' citations verbatim. An answer
that has server tool blocks or citations keeps its blocks in order: its content is then parts — text
parts (with their citations) and native parts — rather than one string.

The other direction serves the gateway's own Messages API (dialects/anthropic.py): a canonical
result rendered as an Anthropic `message`, its finish reason as a `stop_reason`, its usage as
Anthropic's (cached prompt tokens apart from `input_tokens`, the inverse of `usage_from_wire`).
The code-execution container an answer used (`container`: its id and when it expires) is read and
rendered back as it was, for the client to reuse.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from tarnkappe.core.errors import InvalidRequest, UpstreamError
from tarnkappe.core.types import (
    SERVER_BLOCKS,
    ChatRequest,
    ChatResult,
    Choice,
    ContentPart,
    Document,
    Message,
    ToolCall,
    Usage,
)
from tarnkappe.wire.convert import data_url, image_url_of, json_text, tool_arguments, tool_choice_name, unsupported_part

PROVIDER = "anthropic"
JSON_TOOL = "json_response"  # the forced tool that carries a JSON answer
THINKING_BLOCKS = frozenset({"thinking", "redacted_thinking"})  # signed: passed on verbatim
DEFAULT_MAX_TOKENS = 4096

FINISH_REASONS = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    # A turn with server tools that Anthropic paused: only a Messages API request can have server
    # tools, and its client continues the turn by sending it back — so the reason is kept as it is.
    "pause_turn": "pause_turn",
    "max_tokens": "length",
    "model_context_window_exceeded": "length",
    "tool_use": "tool_calls",
    "refusal": "content_filter",
}


# A canonical finish reason as Anthropic's stop_reason (the inverse of FINISH_REASONS).
STOP_REASONS = {
    "stop": "end_turn",
    "length": "max_tokens",
    "tool_calls": "tool_use",
    "function_call": "tool_use",
    "content_filter": "refusal",
    "pause_turn": "pause_turn",
}


def json_mode(request: ChatRequest) -> bool:
    return request.response_format is not None and request.response_format.type != "text"


# --------------------------------------------------------------------------- requests


def cache_control(part: ContentPart) -> dict[str, Any]:
    """`cache_control` for a block from its part's caching breakpoint, if it has one."""
    if part.cache is None:
        return {}
    return {"cache_control": {"type": "ephemeral", **({"ttl": part.cache} if part.cache != "5m" else {})}}


def _cached(content: str | list[ContentPart] | None) -> dict[str, Any]:
    """The caching breakpoint of a message's last cached part (a tool result's, a system text's)."""
    parts = [p for p in content if p.cache is not None] if isinstance(content, list) else []
    return cache_control(parts[-1]) if parts else {}


def _document_fields(document: Document | None) -> dict[str, Any]:
    if document is None:
        return {}
    fields: dict[str, Any] = {k: v for k, v in (("title", document.title), ("context", document.context)) if v}
    if document.citations:
        fields["citations"] = {"enabled": True}
    return fields


def _blocks(content: str | list[ContentPart] | None) -> list[dict[str, Any]]:
    if content is None:
        return []
    if isinstance(content, str):
        return [{"type": "text", "text": content}] if content else []
    blocks: list[dict[str, Any]] = []
    for part in content:
        if part.type in SERVER_BLOCKS:
            if part.native is not None:  # None: dropped by the masking, which cannot mask it
                blocks.append(dict(part.native))
        elif part.type == "search_result" and part.document is not None:
            blocks.append({**_search_result(part.document), **cache_control(part)})
        elif part.type == "text" and part.document is not None:
            blocks.append({"type": "document", "source": {"type": "text", "media_type": "text/plain",
                                                          "data": part.text or ""},
                           **_document_fields(part.document), **cache_control(part)})
        elif part.type == "text":
            if part.text:
                citations = {"citations": part.citations} if part.citations else {}
                blocks.append({"type": "text", "text": part.text, **citations, **cache_control(part)})
        elif part.type == "image_url":
            url = image_url_of(part, PROVIDER)
            inline = data_url(url)
            source = (
                {"type": "base64", "media_type": inline[0], "data": inline[1]} if inline
                else {"type": "url", "url": url}
            )
            blocks.append({"type": "image", "source": source, **cache_control(part)})
        elif part.type == "file" and (document := _pdf_document(part)) is not None:
            blocks.append({**document, **cache_control(part)})
        else:
            raise unsupported_part(part, PROVIDER)
    return blocks


def _search_result(result: Document) -> dict[str, Any]:
    """A search result of the Messages API's client, as its block."""
    return {"type": "search_result", "source": result.source or "", "title": result.title or "",
            "content": [{"type": "text", "text": text} for text in result.content or ()],
            **({"citations": {"enabled": True}} if result.citations else {})}


def _pdf_document(part: ContentPart) -> dict[str, Any] | None:
    """A `file` part holding a PDF as a data: URL (OpenAI's shape) as Anthropic's document block."""
    file = (part.data or {}).get("file")
    if not isinstance(file, dict) or not isinstance(file.get("file_data"), str):
        return None
    inline = data_url(file["file_data"])
    if inline is None or inline[0] != "application/pdf":
        return None
    document: dict[str, Any] = {"type": "document",
                                "source": {"type": "base64", "media_type": "application/pdf", "data": inline[1]}}
    if part.document is not None:  # the Messages API's own document block
        return {**document, **_document_fields(part.document)}
    name = file.get("filename")
    if isinstance(name, str) and name and name != "document.pdf":
        document["title"] = name
    return document


def _append(turns: list[dict[str, Any]], role: str, blocks: list[dict[str, Any]]) -> None:
    if not blocks:
        return
    if turns and turns[-1]["role"] == role:
        turns[-1]["content"].extend(blocks)
    else:
        turns.append({"role": role, "content": blocks})


def _system(messages: list[Message]) -> str | list[dict[str, Any]] | None:
    """The system and developer messages as Anthropic's `system`: one text, or text blocks where a
    caching breakpoint has to be kept."""
    system = [m for m in messages if m.role in ("system", "developer")]
    if not any(_cached(m.content) for m in system):
        return "\n\n".join(m.text() for m in system) if system else None
    return [{"type": "text", "text": m.text(), **_cached(m.content)} for m in system if m.text()]


def _turns(messages: list[Message]) -> tuple[str | list[dict[str, Any]] | None, list[dict[str, Any]]]:
    turns: list[dict[str, Any]] = []
    for message in messages:
        if message.role in ("system", "developer"):
            continue
        elif message.role == "tool":
            result: dict[str, Any] = {"type": "tool_result", "tool_use_id": message.tool_call_id or ""}
            if isinstance(message.content, list) and any(p.type != "text" or p.document for p in message.content):
                # Images and documents (the Messages API's): the result's blocks. The caching
                # breakpoint of the last part is the result's, as below.
                inner = _blocks([dataclasses.replace(p, cache=None) for p in message.content])
                result["content"] = inner
            elif message.text():
                result["content"] = message.text()
            _append(turns, "user", [{**result, **_cached(message.content)}])
        elif message.role == "assistant":
            # Signed thinking blocks first, verbatim, as Anthropic wants them back.
            blocks = [dict(block) for block in message.thinking or ()] + _blocks(message.content)
            for call in message.tool_calls or []:
                blocks.append({"type": "tool_use", "id": call.id, "name": call.name, "input": tool_arguments(call)})
            _append(turns, "assistant", blocks)
        else:
            _append(turns, "user", _blocks(message.content))
    return _system(messages), turns


def _tools(request: ChatRequest) -> tuple[list[dict[str, Any]] | None, dict[str, Any] | None]:
    if json_mode(request):
        if request.tools:
            raise InvalidRequest(
                "anthropic models cannot combine tools with a JSON response_format.", param="response_format"
            )
        fmt = request.response_format
        assert fmt is not None
        schema = fmt.schema if fmt.type == "json_schema" and fmt.schema else {"type": "object"}
        if schema.get("type") != "object":
            raise InvalidRequest("anthropic models can only answer a JSON object schema.", param="response_format")
        tool = {"name": JSON_TOOL, "description": "Answer with this tool's input as the JSON response.",
                "input_schema": schema}
        return [tool], {"type": "tool", "name": JSON_TOOL}
    if not request.tools:
        return None, None
    tools = [
        t.server.to_wire(t.name) if t.server is not None else
        {k: v for k, v in (("name", t.name), ("description", t.description)) if v is not None}
        | {"input_schema": t.parameters or {"type": "object", "properties": {}}}
        for t in request.tools
    ]
    choice: dict[str, Any] | None
    named = tool_choice_name(request.tool_choice)
    if named is not None:
        choice = {"type": "tool", "name": named}
    else:
        choice = {"auto": {"type": "auto"}, "required": {"type": "any"}, "none": {"type": "none"}, None: None}.get(
            request.tool_choice  # type: ignore[arg-type]
        )
    if request.parallel_tool_calls is False and (choice is None or choice["type"] != "none"):
        choice = {**(choice or {"type": "auto"}), "disable_parallel_tool_use": True}
    return tools, choice


def request_to_wire(request: ChatRequest, model: str, *, max_tokens: int, stream: bool) -> dict[str, Any]:
    """The body of `POST /v1/messages` for an already adapted request (see providers/params.py)."""
    if request.temperature is not None and request.temperature > 1:
        raise InvalidRequest("anthropic models take a temperature between 0 and 1.", param="temperature")
    system, turns = _turns(request.messages)
    if not turns:
        raise InvalidRequest("anthropic models need at least one user message.", param="messages")
    body: dict[str, Any] = {"model": model, "max_tokens": request.max_tokens or max_tokens, "messages": turns}
    if system:
        body["system"] = system
    for name, wire_name in (("temperature", "temperature"), ("top_p", "top_p"), ("top_k", "top_k"),
                            ("stop", "stop_sequences")):
        value = getattr(request, name)
        if value is not None:
            body[wire_name] = value
    if request.user is not None:
        body["metadata"] = {"user_id": request.user}
    if request.thinking_budget is not None:
        body["thinking"] = {"type": "enabled", "budget_tokens": request.thinking_budget}
    elif request.adaptive_thinking is not None:
        display = request.adaptive_thinking
        body["thinking"] = {"type": "adaptive", **({"display": display} if display != "default" else {})}
    tools, choice = _tools(request)
    if tools:
        body["tools"] = tools
    if choice:
        body["tool_choice"] = choice
    if stream:
        body["stream"] = True
    return body


# --------------------------------------------------------------------------- answers


USAGE_FIELDS = ("input_tokens", "output_tokens", "cache_read_input_tokens", "cache_creation_input_tokens")


def usage_from_wire(raw: Any) -> Usage | None:
    """Anthropic counts cached prompt tokens apart from `input_tokens`; OpenAI's prompt_tokens
    includes them, with the cache reads repeated in prompt_tokens_details. No count at all (some
    Anthropic-compatible proxies send no `usage`, or an empty one) is None, not zeros: the pipeline
    then records its own estimate, marked so, instead of a request that cost nothing."""
    if not isinstance(raw, dict) or all(raw.get(name) is None for name in USAGE_FIELDS):
        return None
    cache_read = int(raw.get("cache_read_input_tokens") or 0)
    prompt = int(raw.get("input_tokens") or 0) + int(raw.get("cache_creation_input_tokens") or 0) + cache_read
    server = raw.get("server_tool_use")
    return Usage(
        prompt_tokens=prompt,
        completion_tokens=int(raw.get("output_tokens") or 0),
        prompt_tokens_details={"cached_tokens": cache_read} if cache_read else None,
        server_tool_use=server if isinstance(server, dict) and server else None,
    )


def finish_reason(stop_reason: str | None, *, json: bool) -> str | None:
    if stop_reason is None:
        return None
    reason = FINISH_REASONS.get(stop_reason, "stop")
    return "stop" if json and reason == "tool_calls" else reason


def container_from_wire(raw: Any) -> dict[str, Any] | None:
    """The code-execution container an answer used (`{"id", "expires_at", "skills"?}`, on the
    message or a stream's message_start/message_delta), as Anthropic sent it; None where there is
    none, or it has no id (nothing a client could reuse)."""
    return dict(raw) if isinstance(raw, dict) and isinstance(raw.get("id"), str) and raw["id"] else None


def result_from_wire(raw: Any, model: str, *, json: bool, created: int) -> ChatResult:
    if not isinstance(raw, dict) or not isinstance(raw.get("content"), list):
        raise ValueError("a message needs a content array")
    texts: list[str] = []
    calls: list[ToolCall] = []
    thinking: list[dict[str, Any]] = []
    parts: list[ContentPart] = []  # the text and server tool blocks in order, if the answer has the latter
    for block in raw["content"]:
        kind = block.get("type")
        if kind in THINKING_BLOCKS:
            thinking.append(block)
        elif kind == "text":
            texts.append(block["text"])
            parts.append(ContentPart(type="text", text=block["text"], citations=block.get("citations") or None))
        elif kind == "tool_use" and json and block.get("name") == JSON_TOOL:
            texts.append(json_text(block.get("input") or {}))
        elif kind == "tool_use":
            calls.append(ToolCall(id=block["id"], name=block["name"], arguments=json_text(block.get("input") or {})))
        elif kind in SERVER_BLOCKS:
            parts.append(ContentPart(type=kind, native=block))
    native = any(part.native is not None or part.citations for part in parts)
    content: str | list[ContentPart] | None = (parts if native else "".join(texts) if texts or not calls
                                               else None)
    message = Message(role="assistant", content=content, tool_calls=calls or None, thinking=thinking or None)
    return ChatResult(
        id=str(raw.get("id") or ""),
        created=created,
        model=model,
        choices=[Choice(index=0, message=message, finish_reason=finish_reason(raw.get("stop_reason"), json=json))],
        usage=usage_from_wire(raw.get("usage")),
        container=container_from_wire(raw.get("container")),
    )


# --------------------------------------------------------------------------- answers (to clients)


def stop_reason(finish: str | None) -> str | None:
    """A canonical finish reason as Anthropic's `stop_reason` (None while a stream runs)."""
    if finish is None:
        return None
    return STOP_REASONS.get(finish, "end_turn")


def usage_to_wire(usage: Usage | None) -> dict[str, Any]:
    """Anthropic's usage object. Anthropic counts cache reads apart from `input_tokens`; a usage
    the upstream never reported is zero here (the ledger has the gateway's estimate). Server tool
    uses (web searches) are passed on as Anthropic counted them."""
    if usage is None:
        return {"input_tokens": 0, "output_tokens": 0}
    cached = int((usage.prompt_tokens_details or {}).get("cached_tokens") or 0)
    out: dict[str, Any] = {"input_tokens": max(0, usage.prompt_tokens - cached),
                           "output_tokens": usage.completion_tokens}
    if cached:
        out["cache_read_input_tokens"] = cached
    if usage.server_tool_use:
        out["server_tool_use"] = usage.server_tool_use
    return out


def tool_input(call: ToolCall) -> dict[str, Any]:
    """A canonical call's arguments as a `tool_use` block's `input` object; arguments that are not a
    JSON object (a model that wrote broken JSON) are the upstream's fault, not the client's."""
    try:
        return tool_arguments(call)
    except InvalidRequest:
        raise UpstreamError("the model's tool call arguments are not a JSON object") from None


def content_to_wire(message: Message) -> list[dict[str, Any]]:
    """A canonical assistant message as Anthropic content blocks: its thinking, its text (or, from
    an Anthropic model that used server tools or cited, its text and server tool blocks in
    order), then its tool calls."""
    blocks: list[dict[str, Any]] = list(message.thinking or ())
    if isinstance(message.content, list) and any(p.native is not None or p.citations for p in message.content):
        for part in message.content:
            if part.native is not None:
                blocks.append(part.native)
            elif part.type == "text":
                blocks.append({"type": "text", "text": part.text or "",
                               **({"citations": part.citations} if part.citations else {})})
        for call in message.tool_calls or ():
            blocks.append({"type": "tool_use", "id": call.id, "name": call.name, "input": tool_input(call)})
        return blocks
    text = message.text()
    if text or not message.tool_calls:
        blocks.append({"type": "text", "text": text})
    for call in message.tool_calls or ():
        blocks.append({"type": "tool_use", "id": call.id, "name": call.name, "input": tool_input(call)})
    return blocks


def result_to_wire(result: ChatResult, message_id: str) -> dict[str, Any]:
    """A canonical result (one choice: the Messages API has no `n`) as an Anthropic `message`, with
    the code-execution container it used, if any."""
    choice = result.choices[0] if result.choices else None
    message = choice.message if choice else Message(role="assistant", content="")
    out: dict[str, Any] = {
        "id": message_id,
        "type": "message",
        "role": "assistant",
        "model": result.model,
        "content": content_to_wire(message),
        "stop_reason": stop_reason(choice.finish_reason if choice else "stop") or "end_turn",
        "stop_sequence": None,
        "usage": usage_to_wire(result.usage),
    }
    if result.container is not None:
        out["container"] = result.container
    return out
