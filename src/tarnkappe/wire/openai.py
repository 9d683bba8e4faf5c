"""OpenAI's chat and embeddings wire format ↔ the canonical types.

Two sides speak this format: the OpenAI dialect of our own API (`dialects/openai.py`) and every
OpenAI-compatible upstream (`providers/openai_compat.py`, later Azure, Mistral, Perplexity). The
conversion lives here once so that what a client sends and what an upstream receives can never
drift apart.

The `*_from_wire` functions read JSON that came from outside; they raise `WireFormatError` (never
KeyError/TypeError) when the shape is wrong, so callers can map it to a clean error.
"""

from __future__ import annotations

import base64
from typing import Any

from tarnkappe.core.types import (
    ChatChunk,
    ChatRequest,
    ChatResult,
    Choice,
    ChoiceDelta,
    ContentPart,
    EmbeddingResult,
    Message,
    ToolCall,
    ToolCallDelta,
    Usage,
)


class WireFormatError(ValueError):
    """JSON that does not have the shape of OpenAI's format."""


# --------------------------------------------------------------------------- messages


# Content-part kinds whose payload is text (everything else — images, audio, files — is not).
TEXT_PART_KINDS = frozenset({"text", "input_text", "output_text"})


def _string(value: Any, what: str) -> str | None:
    """`value` if it is a string or absent; a WireFormatError naming `what` otherwise."""
    if value is None or isinstance(value, str):
        return value
    raise WireFormatError(f"{what} must be a string")


def content_from_wire(content: Any) -> str | list[ContentPart] | None:
    if content is None or isinstance(content, str):
        return content
    if isinstance(content, list):
        parts: list[ContentPart] = []
        for raw in content:
            if not isinstance(raw, dict) or not isinstance(raw.get("type"), str):
                raise WireFormatError("content parts must be objects with a type")
            kind = raw["type"]
            if kind in TEXT_PART_KINDS:
                # "text", and the text kinds of OpenAI's newer APIs ("input_text"): the text is kept
                # apart from the rest of the part so that it is masked like any text. The kind
                # decides, never the presence of a "text" key (an image part with one is an image).
                text = raw.get("text")
                if not isinstance(text, str):
                    raise WireFormatError(f"a {kind} content part needs a string text")
                rest = {k: v for k, v in raw.items() if k not in ("type", "text")}
                parts.append(ContentPart(type=kind, text=text, data=rest or None))
            else:
                parts.append(ContentPart(type=kind, data={k: v for k, v in raw.items() if k != "type"}))
        return parts
    raise WireFormatError("content must be a string, an array of parts or null")


def content_to_wire(content: str | list[ContentPart] | None) -> Any:
    if content is None or isinstance(content, str):
        return content
    return [
        {"type": part.type, "text": part.text, **(part.data or {})}
        if part.text is not None
        else {"type": part.type, **(part.data or {})}
        for part in content
    ]


def tool_calls_from_wire(raw: Any) -> list[ToolCall] | None:
    if raw is None:
        return None
    if not isinstance(raw, list):
        raise WireFormatError("tool_calls must be an array")
    calls = []
    for item in raw:
        function = item.get("function") if isinstance(item, dict) else None
        if not isinstance(function, dict):
            raise WireFormatError("each tool call needs a function object")
        calls.append(
            ToolCall(
                id=_string(item.get("id"), "a tool call's id") or "",
                name=_string(function.get("name"), "a tool call's function.name") or "",
                arguments=_string(function.get("arguments"), "a tool call's function.arguments (JSON text)") or "",
                type=_string(item.get("type"), "a tool call's type") or "function",
            )
        )
    return calls


def tool_calls_to_wire(calls: list[ToolCall]) -> list[dict[str, Any]]:
    return [{"id": c.id, "type": c.type, "function": {"name": c.name, "arguments": c.arguments}} for c in calls]


def message_from_wire(raw: Any, *, request: bool = False) -> Message:
    """A message of a request (`request=True`: checked as OpenAI checks it) or of an answer."""
    if not isinstance(raw, dict):
        raise WireFormatError("a message must be an object")
    role = raw.get("role")
    if not isinstance(role, str):
        raise WireFormatError("a message needs a role")
    content = content_from_wire(raw.get("content"))
    tool_calls = tool_calls_from_wire(raw.get("tool_calls"))
    if request and content is None and not (role == "assistant" and (tool_calls or raw.get("refusal"))):
        # OpenAI answers 400 here: only an assistant message that calls tools (or refuses) may
        # come without content.
        raise WireFormatError(
            "content is required (null is allowed only for an assistant message with tool_calls)"
        )
    return Message(
        role=role,
        content=content,
        name=_string(raw.get("name"), "name"),
        tool_calls=tool_calls,
        tool_call_id=_string(raw.get("tool_call_id"), "tool_call_id"),
        refusal=_string(raw.get("refusal"), "refusal"),
    )


def request_message_to_wire(message: Message) -> dict[str, Any]:
    """A message as a request carries it: only the keys that are set."""
    out: dict[str, Any] = {"role": message.role, "content": content_to_wire(message.content)}
    if message.name is not None:
        out["name"] = message.name
    if message.tool_calls:
        out["tool_calls"] = tool_calls_to_wire(message.tool_calls)
    if message.tool_call_id is not None:
        out["tool_call_id"] = message.tool_call_id
    return out


def response_message_to_wire(message: Message) -> dict[str, Any]:
    """A message as OpenAI answers it: `content` and `refusal` always present, possibly null."""
    out: dict[str, Any] = {
        "role": message.role,
        "content": content_to_wire(message.content),
        "refusal": message.refusal,
    }
    if message.tool_calls:
        out["tool_calls"] = tool_calls_to_wire(message.tool_calls)
    return out


# --------------------------------------------------------------------------- usage


def usage_from_wire(raw: Any) -> Usage | None:
    """`usage: null` (or absent) means "not reported", never zero."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise WireFormatError("usage must be an object")
    try:
        prompt = int(raw.get("prompt_tokens") or 0)
        completion = int(raw.get("completion_tokens") or 0)
        total = raw.get("total_tokens")
        return Usage(
            prompt_tokens=prompt,
            completion_tokens=completion,
            total_tokens=int(total) if total is not None else None,
            prompt_tokens_details=raw.get("prompt_tokens_details"),
            completion_tokens_details=raw.get("completion_tokens_details"),
        )
    except (TypeError, ValueError) as exc:
        raise WireFormatError("usage token counts must be integers") from exc


def usage_to_wire(usage: Usage, *, embedding: bool = False) -> dict[str, Any]:
    if embedding:
        return {"prompt_tokens": usage.prompt_tokens, "total_tokens": usage.total_tokens}
    out: dict[str, Any] = {
        "prompt_tokens": usage.prompt_tokens,
        "completion_tokens": usage.completion_tokens,
        "total_tokens": usage.total_tokens,
    }
    if usage.prompt_tokens_details is not None:
        out["prompt_tokens_details"] = usage.prompt_tokens_details
    if usage.completion_tokens_details is not None:
        out["completion_tokens_details"] = usage.completion_tokens_details
    return out


# --------------------------------------------------------------------------- requests (to upstreams)

_OPTIONAL_REQUEST_FIELDS = (
    "temperature",
    "top_p",
    "stop",
    "seed",
    "parallel_tool_calls",
    "presence_penalty",
    "frequency_penalty",
    "logit_bias",
    "logprobs",
    "top_logprobs",
    "user",
    "reasoning_effort",
)


def request_to_wire(
    request: ChatRequest, upstream_model: str, *, stream: bool, token_limit_param: str = "max_tokens"
) -> dict[str, Any]:
    """The body an OpenAI-compatible upstream receives. Usage is always asked for on streams,
    whatever the client asked, because metering needs it."""
    body: dict[str, Any] = {
        "model": upstream_model,
        "messages": [request_message_to_wire(m) for m in request.messages],
    }
    for name in _OPTIONAL_REQUEST_FIELDS:
        value = getattr(request, name)
        if value is not None:
            body[name] = value
    if request.max_tokens is not None:
        body[token_limit_param] = request.max_tokens
    if request.n != 1:
        body["n"] = request.n
    if request.response_format is not None:
        body["response_format"] = response_format_to_wire(request)
    if request.tools:
        body["tools"] = [
            {
                "type": "function",
                "function": {
                    k: v
                    for k, v in (
                        ("name", t.name),
                        ("description", t.description),
                        ("parameters", t.parameters),
                        ("strict", t.strict),
                    )
                    if v is not None
                },
            }
            for t in request.tools
        ]
    if request.tool_choice is not None:
        body["tool_choice"] = request.tool_choice
    if stream:
        body["stream"] = True
        body["stream_options"] = {"include_usage": True}
    return body


def response_format_to_wire(request: ChatRequest) -> dict[str, Any]:
    fmt = request.response_format
    assert fmt is not None
    if fmt.type != "json_schema":
        return {"type": fmt.type}
    schema: dict[str, Any] = {"name": fmt.schema_name or "response", "schema": fmt.schema or {}}
    if fmt.strict is not None:
        schema["strict"] = fmt.strict
    return {"type": "json_schema", "json_schema": schema}


# --------------------------------------------------------------------------- results


def result_from_wire(raw: Any, model: str) -> ChatResult:
    """Read an upstream's `chat.completion`. `model` is the catalog name the client asked for."""
    if not isinstance(raw, dict) or not isinstance(raw.get("choices"), list):
        raise WireFormatError("a chat completion needs a choices array")
    choices = []
    for position, item in enumerate(raw["choices"]):
        if not isinstance(item, dict):
            raise WireFormatError("each choice must be an object")
        choices.append(
            Choice(
                index=int(item.get("index", position)),
                message=message_from_wire(item.get("message") or {"role": "assistant"}),
                finish_reason=item.get("finish_reason"),
                logprobs=item.get("logprobs"),
            )
        )
    extras = {k: raw[k] for k in ("citations", "search_results", "prompt_filter_results") if k in raw}
    return ChatResult(
        id=str(raw.get("id") or ""),
        created=int(raw.get("created") or 0),
        model=model,
        choices=choices,
        usage=usage_from_wire(raw.get("usage")),
        system_fingerprint=raw.get("system_fingerprint"),
        extras=extras,
    )


def result_to_wire(result: ChatResult) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": result.id,
        "object": "chat.completion",
        "created": result.created,
        "model": result.model,
        "choices": [
            {
                "index": c.index,
                "message": response_message_to_wire(c.message),
                "logprobs": c.logprobs,
                "finish_reason": c.finish_reason,
            }
            for c in result.choices
        ],
        "usage": usage_to_wire(result.usage) if result.usage else None,
        "system_fingerprint": result.system_fingerprint,
    }
    out.update(result.extras)
    return out


# --------------------------------------------------------------------------- stream chunks


def _tool_call_deltas_from_wire(raw: Any) -> list[ToolCallDelta] | None:
    if raw is None:
        return None
    if not isinstance(raw, list):
        raise WireFormatError("delta.tool_calls must be an array")
    deltas = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("index"), int):
            # A tool-call delta without its index cannot be assembled by any client; defaulting it
            # to 0 would merge parallel calls. Refuse it instead.
            raise WireFormatError("every tool-call delta needs an integer index")
        function = item.get("function") or {}
        deltas.append(
            ToolCallDelta(
                index=item["index"],
                id=item.get("id"),
                type=item.get("type"),
                name=function.get("name"),
                arguments=function.get("arguments"),
            )
        )
    return deltas


def chunks_from_wire(raw: Any, model: str) -> list[ChatChunk]:
    """Read one upstream `chat.completion.chunk`.

    Returns one or two canonical chunks: an upstream that puts its usage on a chunk that still
    carries choices is split, so that usage always travels alone on the final, choice-less chunk.

    Runs for every event of every stream, so it is written for speed: positional construction,
    and the rare parts (tool calls, usage, extras) looked at only when present.
    """
    if not isinstance(raw, dict):
        raise WireFormatError("a chunk needs a choices array")
    choices = raw.get("choices")
    if choices is None:
        if "choices" in raw:  # present but null
            raise WireFormatError("a chunk needs a choices array")
        choices = ()
    elif not isinstance(choices, list):
        raise WireFormatError("a chunk needs a choices array")
    deltas = []
    for item in choices:
        if not isinstance(item, dict):
            raise WireFormatError("each choice must be an object")
        delta = item.get("delta") or {}
        calls = delta.get("tool_calls")
        deltas.append(
            ChoiceDelta(
                int(item.get("index", 0)),
                delta.get("role"),
                delta.get("content"),
                None if calls is None else _tool_call_deltas_from_wire(calls),
                delta.get("refusal"),
                item.get("finish_reason"),
                item.get("logprobs"),
            )
        )
    raw_usage = raw.get("usage")
    usage = None if raw_usage is None else usage_from_wire(raw_usage)
    if "citations" in raw or "search_results" in raw or "prompt_filter_results" in raw:
        extras = {k: raw[k] for k in _CHUNK_EXTRAS if k in raw}
    else:
        extras = {}
    chunk_id = str(raw.get("id") or "")
    created = int(raw.get("created") or 0)
    fingerprint = raw.get("system_fingerprint")
    if usage is not None and deltas:
        return [ChatChunk(chunk_id, created, model, deltas, None, fingerprint, extras),
                ChatChunk(chunk_id, created, model, [], usage, fingerprint, {})]
    return [ChatChunk(chunk_id, created, model, deltas, usage, fingerprint, extras)]


_CHUNK_EXTRAS = ("citations", "search_results", "prompt_filter_results")


def _delta_to_wire(delta: ChoiceDelta) -> dict[str, Any]:
    body: dict[str, Any] = {}
    if delta.role is not None:
        body["role"] = delta.role
    if delta.content is not None:
        body["content"] = delta.content
    if delta.refusal is not None:
        body["refusal"] = delta.refusal
    if delta.tool_calls is not None:
        calls = []
        for call in delta.tool_calls:
            wire: dict[str, Any] = {"index": call.index}
            if call.id is not None:
                wire["id"] = call.id
            if call.type is not None:
                wire["type"] = call.type
            function = {}
            if call.name is not None:
                function["name"] = call.name
            if call.arguments is not None:
                function["arguments"] = call.arguments
            if function:
                wire["function"] = function
            calls.append(wire)
        body["tool_calls"] = calls
    return body


def chunk_to_wire(chunk: ChatChunk, *, with_usage_field: bool) -> dict[str, Any]:
    """Render a chunk. With `stream_options.include_usage` every chunk carries `usage` (null until
    the last); without it the field is absent, as OpenAI does."""
    out: dict[str, Any] = {
        "id": chunk.id,
        "object": "chat.completion.chunk",
        "created": chunk.created,
        "model": chunk.model,
        "system_fingerprint": chunk.system_fingerprint,
        "choices": [
            {
                "index": d.index,
                "delta": _delta_to_wire(d),
                "logprobs": d.logprobs,
                "finish_reason": d.finish_reason,
            }
            for d in chunk.choices
        ],
    }
    if with_usage_field:
        out["usage"] = usage_to_wire(chunk.usage) if chunk.usage else None
    out.update(chunk.extras)
    return out


# --------------------------------------------------------------------------- embeddings


def embedding_result_from_wire(raw: Any, model: str) -> EmbeddingResult:
    import numpy as np  # here, not at start-up: ~12 MB a gateway without embedding models never needs

    if not isinstance(raw, dict) or not isinstance(raw.get("data"), list):
        raise WireFormatError("an embeddings answer needs a data array")
    rows: list[tuple[int, np.ndarray]] = []
    for position, item in enumerate(raw["data"]):
        if not isinstance(item, dict):
            raise WireFormatError("each embedding must be an object")
        vector = item.get("embedding")
        if isinstance(vector, str):
            array = np.frombuffer(base64.b64decode(vector), dtype="<f4")
        elif isinstance(vector, list):
            array = np.asarray(vector, dtype=np.float32)
        else:
            raise WireFormatError("embedding must be a float array or a base64 string")
        rows.append((int(item.get("index", position)), array))
    rows.sort(key=lambda pair: pair[0])
    vectors = np.stack([r for _, r in rows]) if rows else np.zeros((0, 0), dtype=np.float32)
    usage = usage_from_wire(raw.get("usage")) or Usage(prompt_tokens=0, estimated=True)
    return EmbeddingResult(model=model, vectors=vectors, usage=usage)


def embedding_result_to_wire(result: EmbeddingResult, encoding_format: str) -> dict[str, Any]:
    data = []
    for index, row in enumerate(result.vectors):
        if encoding_format == "base64":
            embedding: Any = base64.b64encode(row.astype("<f4", copy=False).tobytes()).decode("ascii")
        else:
            # Left as float32: the JSON encoder (orjson with OPT_SERIALIZE_NUMPY) writes each value's
            # shortest float32 form, as OpenAI does, instead of a widened float64 repr.
            embedding = row
        data.append({"object": "embedding", "index": index, "embedding": embedding})
    return {
        "object": "list",
        "data": data,
        "model": result.model,
        "usage": usage_to_wire(result.usage, embedding=True),
    }
