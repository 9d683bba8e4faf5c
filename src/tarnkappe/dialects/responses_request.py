"""An OpenAI Responses API request body (`POST /v1/responses`) as a canonical `ChatRequest`.

    input (a string)                        → one user message
    input message items (any role; string or input_text / output_text / refusal parts,
      input_image by URL)                   → messages (text parts as text, images as image_url)
    function_call items                     → tool calls of an assistant message (consecutive ones,
                                              and those after an assistant message, joined to it)
    function_call_output items              → tool messages
    reasoning items                         → left out (the canonical types carry no reasoning)
    instructions                            → a system message first
    tools (function tools), tool_choice, parallel_tool_calls, text.format, max_output_tokens,
    temperature, top_p, user, reasoning.effort → their canonical fields
    namespace tools                         → their function and custom tools, each named
                                              `<namespace>__<name>` (a call is answered with
                                              `name` and `namespace` apart again)
    custom tools (freeform text input, optionally by a grammar) → a function tool whose one
                                              parameter `input` is that text (the grammar in its
                                              description); a call is answered as a
                                              custom_tool_call with that text as `input`
    custom_tool_call / custom_tool_call_output items → tool calls and tool messages, likewise

State: a privacy-first gateway keeps no text, so nothing is stored whatever `store` says (the
response says `store: false`), and what needs a stored response — `previous_response_id`,
`conversation`, `item_reference` items — is a 400 that says to send the whole input instead.
Hosted tools (file search, computer use, code interpreter…) run at OpenAI and are refused naming
the field; `input_file` parts likewise. Web search is the exception: Codex CLI offers it with every
request, and a model without it only answers without searching, so it is left out (not offered to
the model) and the answer says so in `x-tarnkappe-omitted-tools`. `metadata`, `include`, `truncation` and fields
the gateway does not know are accepted and not sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tarnkappe.core.errors import InvalidRequest
from tarnkappe.core.types import ChatRequest, ContentPart, Message, ResponseFormat, Tool, ToolCall
from tarnkappe.dialects.client_paths import Origins
from tarnkappe.server.http import check_depth
from tarnkappe.wire.convert import json_text

MAX_INT32 = 2**31 - 1
TEXT_PARTS = frozenset({"input_text", "output_text", "text", "refusal"})
SKIPPED_ITEMS = frozenset({"reasoning"})
# Hosted web search: left out rather than refused (see above); the response header names them.
WEB_SEARCH_TOOLS = frozenset({"web_search", "web_search_preview", "web_search_2025_08_26",
                              "web_search_preview_2025_03_11"})
NAMESPACE_SEPARATOR = "__"
CUSTOM_INPUT = "input"  # the one parameter of a custom tool's function
OMITTED_TOOLS_HEADER = "x-tarnkappe-omitted-tools"
STATELESS = (
    "this gateway stores no responses (no prompt or answer text is kept), so nothing can be referred "
    "to; send the whole conversation in 'input' instead"
)


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class _Format(_Lenient):
    type: Literal["text", "json_object", "json_schema"]
    name: str | None = None
    schema_: dict[str, Any] | None = Field(default=None, alias="schema")
    strict: bool | None = None


class _Text(_Lenient):
    format: _Format | None = None


class _Reasoning(_Lenient):
    effort: str | None = None


class ResponsesBody(_Lenient):
    model: str = Field(min_length=1)
    input: str | list[Any]
    instructions: str | None = None
    tools: list[dict[str, Any]] | None = None
    tool_choice: Literal["none", "auto", "required"] | dict[str, Any] | None = None
    parallel_tool_calls: bool | None = None
    text: _Text | None = None
    max_output_tokens: int | None = Field(default=None, ge=1, le=MAX_INT32)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, ge=0, le=1)
    metadata: dict[str, str] | None = None
    user: str | None = None
    reasoning: _Reasoning | None = None
    stream: bool | None = None
    store: bool | None = None
    previous_response_id: str | None = None
    conversation: str | dict[str, Any] | None = None
    anonymize: bool | None = None
    safe_prompt: bool | None = None


@dataclass(frozen=True, slots=True)
class ToolOrigin:
    """What a canonical tool name stands for in the client's request: a tool of a namespace, or a
    custom (freeform) tool, whose calls are answered in their own shape."""

    name: str
    namespace: str | None = None
    custom: bool = False


@dataclass(slots=True)
class ParsedResponses:
    """The canonical request, and what the response object repeats of the request (as the client
    sent it, never as masked)."""

    request: ChatRequest
    echo: dict[str, Any] = field(default_factory=dict)
    media_paths: list[str] = field(default_factory=list)  # where the input_image parts were
    origins: dict[str, ToolOrigin] = field(default_factory=dict)  # canonical tool name → its origin
    omitted_tools: list[str] = field(default_factory=list)  # tool types left out (web search)
    # The client's path of each canonical message, part, tool call and tool, for refusals named as
    # the client sent the field (dialects/client_paths.py).
    sources: Origins = field(default_factory=Origins)


# Canonical field names (OpenAI's Chat Completions, see core/types.py) as the Responses API names
# them, within a path and at the top (dialects/client_paths.py).
RENAMES = ((".function.name", ".name"), (".function.arguments", ".arguments"),
           (".function.description", ".description"), (".function.parameters", ".parameters"),
           (".json_schema.", "."))
FIELDS = (("max_tokens", "max_output_tokens"), ("response_format", "text.format"),
          ("reasoning_effort", "reasoning.effort"))


def _invalid(where: str, problem: str) -> InvalidRequest:
    return InvalidRequest(f"Invalid value for '{where}': {problem}.", param=where)


def _validation_error(exc: ValidationError) -> InvalidRequest:
    first = exc.errors()[0]
    where = "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else str(p)) for i, p in enumerate(first["loc"]))
    if first["type"] == "missing":
        return InvalidRequest(f"Missing required parameter: '{where}'.", param=where or None)
    return _invalid(where, first["msg"])


def parse_responses_request(data: dict[str, Any]) -> ParsedResponses:
    """A Responses body as a canonical request; a 400 naming the first invalid field otherwise."""
    check_depth(data)
    try:
        body = ResponsesBody.model_validate(data)
    except ValidationError as exc:
        raise _validation_error(exc) from None
    for name in ("previous_response_id", "conversation"):
        if getattr(body, name) is not None:
            raise InvalidRequest(f"'{name}' cannot be used: {STATELESS}.", param=name)
    sources = Origins()
    messages = [Message(role="system", content=body.instructions)] if body.instructions else []
    for message in messages:
        sources.note(message, "instructions")
    media_paths: list[str] = []
    origins: dict[str, ToolOrigin] = {}
    omitted: list[str] = []
    tools = _tools(body.tools, origins, omitted, sources) if body.tools else None
    if isinstance(body.input, str):
        messages.append(Message(role="user", content=body.input))
        sources.note(messages[-1], "input")
    else:
        for index, item in enumerate(body.input):
            _item(item, f"input[{index}]", messages, media_paths, sources)
    request = ChatRequest(
        model=body.model, messages=messages, stream=bool(body.stream), temperature=body.temperature,
        top_p=body.top_p, max_tokens=body.max_output_tokens, user=body.user, tools=tools or None,
        tool_choice=_tool_choice(body.tool_choice), parallel_tool_calls=body.parallel_tool_calls,
        response_format=_format(body.text.format if body.text else None),
        reasoning_effort=body.reasoning.effort if body.reasoning else None,
        anonymize=body.anonymize, safe_prompt=body.safe_prompt,
    )
    echo = {
        "instructions": body.instructions, "max_output_tokens": body.max_output_tokens,
        "metadata": body.metadata or {}, "parallel_tool_calls": body.parallel_tool_calls is not False,
        "temperature": body.temperature if body.temperature is not None else 1.0,
        "top_p": body.top_p if body.top_p is not None else 1.0,
        "tool_choice": body.tool_choice if body.tool_choice is not None else "auto",
        "tools": body.tools or [], "user": body.user,
        "text": {"format": data["text"]["format"]} if body.text and body.text.format else {"format": {"type": "text"}},
        "reasoning": {"effort": body.reasoning.effort if body.reasoning else None, "summary": None},
    }
    return ParsedResponses(request, echo, media_paths, origins, omitted, sources)


def _parts(content: list[Any], where: str, media_paths: list[str], sources: Origins) -> list[ContentPart]:
    parts = []
    for index, raw in enumerate(content):
        at = f"{where}[{index}]"
        kind = raw.get("type") if isinstance(raw, dict) else None
        if kind in TEXT_PARTS:
            text = raw.get("text", raw.get("refusal"))
            if not isinstance(text, str):
                raise _invalid(f"{at}.text", "a text part needs a string text")
            parts.append(ContentPart(type="text", text=text))
        elif kind == "input_image":
            url = raw.get("image_url")
            if not isinstance(url, str) or not url:
                raise _invalid(at, "the gateway passes on images by image_url (a URL or a data: URL), not file_id")
            parts.append(ContentPart(type="image_url", data={"image_url": {"url": url, "detail": raw.get("detail")
                                                                           or "auto"}}))
            media_paths.append(at)
        else:
            raise _invalid(at, "the gateway passes on input_text, output_text and input_image parts, nothing else")
        sources.note(parts[-1], at)
    return parts


def _content(raw: Any, where: str, media_paths: list[str], sources: Origins) -> str | list[ContentPart]:
    if isinstance(raw, str):
        return raw
    if not isinstance(raw, list):
        raise _invalid(where, "must be a string or an array of content parts")
    parts = _parts(raw, where, media_paths, sources)
    if len(parts) == 1 and parts[0].text is not None:
        return parts[0].text
    return parts


def _item(item: Any, where: str, messages: list[Message], media_paths: list[str], sources: Origins) -> None:
    """Append one input item to `messages`."""
    if not isinstance(item, dict):
        raise _invalid(where, "an input item must be an object")
    kind = item.get("type", "message")
    if kind == "message":
        role = item.get("role")
        if role not in ("user", "assistant", "system", "developer"):
            raise _invalid(f"{where}.role", "must be one of user, assistant, system, developer")
        messages.append(Message(role=role, content=_content(item.get("content"), f"{where}.content", media_paths,
                                                            sources)))
        sources.note(messages[-1], f"{where}.content")
    elif kind in ("function_call", "custom_tool_call"):
        argument_key = "arguments" if kind == "function_call" else CUSTOM_INPUT
        call_id, name, arguments = item.get("call_id"), item.get("name"), item.get(argument_key)
        for key, value in (("call_id", call_id), ("name", name), (argument_key, arguments)):
            if not isinstance(value, str) or (key not in ("arguments", CUSTOM_INPUT) and not value):
                raise _invalid(f"{where}.{key}", f"a {kind} item needs it as a string")
        namespace = item.get("namespace")
        if namespace is not None and (not isinstance(namespace, str) or not namespace):
            raise _invalid(f"{where}.namespace", "must be a string")
        if kind == "custom_tool_call":
            arguments = json_text({CUSTOM_INPUT: arguments})
        call = ToolCall(id=call_id, name=_joined(namespace, name), arguments=arguments)  # type: ignore[arg-type]
        sources.note(call, where)
        last = messages[-1] if messages else None
        if last is not None and last.role == "assistant":
            last.tool_calls = [*(last.tool_calls or []), call]
        else:
            messages.append(Message(role="assistant", content=None, tool_calls=[call]))
    elif kind in ("function_call_output", "custom_tool_call_output"):
        call_id, output = item.get("call_id"), item.get("output")
        if not isinstance(call_id, str) or not call_id:
            raise _invalid(f"{where}.call_id", f"a {kind} item needs a string call_id")
        if isinstance(output, str):
            text = output
        else:  # a tool's output goes on as text, in every provider's protocol
            parts = _parts(output if isinstance(output, list) else [output], f"{where}.output", media_paths, sources)
            if any(part.text is None for part in parts):
                raise _invalid(f"{where}.output", "the gateway passes on a function's output as text only")
            text = "".join(part.text or "" for part in parts)
        messages.append(Message(role="tool", content=text, tool_call_id=call_id))
        sources.note(messages[-1], f"{where}.output")
    elif kind == "item_reference":
        raise InvalidRequest(f"'{where}' refers to a stored item: {STATELESS}.", param=where)
    elif kind not in SKIPPED_ITEMS:
        raise _invalid(f"{where}.type", "the gateway passes on message, function_call, function_call_output, "
                                        "custom_tool_call and custom_tool_call_output items")


def _joined(namespace: str | None, name: str) -> str:
    return f"{namespace}{NAMESPACE_SEPARATOR}{name}" if namespace else name


def _tools(raw_tools: list[dict[str, Any]], origins: dict[str, ToolOrigin], omitted: list[str],
           sources: Origins) -> list[Tool]:
    """The client's tools as canonical function tools: namespaces flattened, custom tools as
    functions of one text parameter, web search left out (named in `omitted`), other hosted tools
    refused."""
    tools: list[Tool] = []
    for index, raw in enumerate(raw_tools):
        where = f"tools[{index}]"
        kind = raw.get("type") if isinstance(raw, dict) else None
        if kind in WEB_SEARCH_TOOLS:
            omitted.append(str(kind))
        elif kind == "namespace":
            namespace, inner, about = raw.get("name"), raw.get("tools"), raw.get("description")
            if not isinstance(namespace, str) or not namespace:
                raise _invalid(f"{where}.name", "a namespace needs a string name")
            if not isinstance(inner, list):
                raise _invalid(f"{where}.tools", "a namespace needs a list of tools")
            if about is not None and not isinstance(about, str):
                raise _invalid(f"{where}.description", "must be a string")
            for position, tool in enumerate(inner):
                tools.append(_tool(tool, f"{where}.tools[{position}]", origins, namespace, about))
                sources.note(tools[-1], f"{where}.tools[{position}]")
        else:
            tools.append(_tool(raw, where, origins))
            sources.note(tools[-1], where)
    seen: set[str] = set()
    for tool in tools:
        if tool.name in seen:
            raise _invalid("tools", f"two tools are named {tool.name!r} (a namespace's tools are named "
                                    f"<namespace>{NAMESPACE_SEPARATOR}<name> for every model)")
        seen.add(tool.name)
    return tools


def _tool(raw: Any, where: str, origins: dict[str, ToolOrigin], namespace: str | None = None,
          namespace_description: str | None = None) -> Tool:
    kind = raw.get("type") if isinstance(raw, dict) else None
    if kind not in ("function", "custom"):
        raise _invalid(f"{where}.type", "function, custom and namespace tools can be served by any model; "
                                        "OpenAI's hosted tools run only at OpenAI")
    name, description = raw.get("name"), raw.get("description")
    if not isinstance(name, str) or not name:
        raise _invalid(f"{where}.name", f"a {kind} tool needs a string name")
    if description is not None and not isinstance(description, str):
        raise _invalid(f"{where}.description", "must be a string")
    if namespace_description:
        description = f"{namespace_description}\n\n{description}" if description else namespace_description
    joined = _joined(namespace, name)
    if kind == "custom":
        origins[joined] = ToolOrigin(name, namespace, custom=True)
        return Tool(name=joined, description=description, parameters=_custom_parameters(raw.get("format"), where))
    if namespace:
        origins[joined] = ToolOrigin(name, namespace)
    parameters = raw.get("parameters")
    if parameters is not None and not isinstance(parameters, dict):
        raise _invalid(f"{where}.parameters", "must be a JSON schema object")
    strict = raw.get("strict")
    return Tool(name=joined, description=description, parameters=parameters,
                strict=strict if isinstance(strict, bool) else None)


def _custom_parameters(fmt: Any, where: str) -> dict[str, Any]:
    """A custom tool's input as the one string parameter of a function, its format (free text, or a
    Lark or regex grammar) told to the model in that parameter's description."""
    about = "The tool's whole input, as raw text (not JSON-encoded)."
    if fmt is not None:
        if not isinstance(fmt, dict) or fmt.get("type") not in ("text", "grammar"):
            raise _invalid(f"{where}.format", "must be {'type': 'text'} or {'type': 'grammar', …}")
        if fmt["type"] == "grammar":
            syntax, definition = fmt.get("syntax"), fmt.get("definition")
            if not isinstance(definition, str) or not isinstance(syntax, str):
                raise _invalid(f"{where}.format", "a grammar format needs a string syntax and definition")
            about += f" It must match this {syntax} grammar:\n{definition}"
    return {"type": "object", "properties": {CUSTOM_INPUT: {"type": "string", "description": about}},
            "required": [CUSTOM_INPUT], "additionalProperties": False}


def _tool_choice(raw: str | dict[str, Any] | None) -> str | dict[str, Any] | None:
    """Responses' `{"type": "function" | "custom", "name": …}` as the canonical (Chat Completions')
    shape."""
    if not isinstance(raw, dict):
        return raw
    name, namespace = raw.get("name"), raw.get("namespace")
    if raw.get("type") not in ("function", "custom") or not isinstance(name, str) or not name:
        raise _invalid("tool_choice", "must be none, auto, required or {'type': 'function', 'name': …}")
    return {"type": "function", "function": {"name": _joined(namespace if isinstance(namespace, str) else None,
                                                            name)}}


def _format(fmt: _Format | None) -> ResponseFormat | None:
    if fmt is None or fmt.type == "text":
        return None
    if fmt.type == "json_schema" and fmt.schema_ is None:
        raise InvalidRequest("text.format of type json_schema needs a schema.", param="text.format.schema")
    return ResponseFormat(type=fmt.type, schema=fmt.schema_, schema_name=fmt.name, strict=fmt.strict)
