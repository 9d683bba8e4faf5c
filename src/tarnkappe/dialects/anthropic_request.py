"""A Messages API request body (Anthropic's) as a canonical `ChatRequest`.

    system (string or text blocks)      → system messages, one per block
    a `system` turn inside messages     → system messages at that place (Claude Code sends its
      (string or text blocks)             environment so); Anthropic models get them in `system`
    messages[].content text blocks      → text content (one block: a string)
    image blocks (base64 or url)        → `image_url` parts (a data: URL for base64)
    document blocks, PDF (base64)       → `file` parts (a data: URL), as OpenAI's API carries PDFs:
                                          Anthropic models get the document block back, OpenAI-
                                          compatible ones the file part, others refuse them (400)
    document blocks, plain text         → text parts (masked like any text); Anthropic models get
                                          the document block back (title, context, citations:
                                          `ContentPart.document`), the others its text
    text blocks' citations              → `ContentPart.citations` (Anthropic models only)
    search_result blocks (user, tool_result) → `search_result` parts, their source, title and text
                                          blocks in `ContentPart.document` (Anthropic models only)
    server tool blocks (server_tool_use, web_search_tool_result…, assistant)
                                        → parts of their type, the block verbatim in `native`
                                          (Anthropic models only; dropped when anonymizing)
    tool_use blocks (assistant)         → tool calls, `input` as JSON text
    tool_result blocks (user)           → `tool` messages before the rest of that user turn; text
                                          only: a string; with images or documents: parts
                                          (Anthropic models only)
    consecutive turns of one role       → one message (their text parts adjacent, so that masking
                                          sees a value split across them as one)
    thinking / redacted_thinking        → `Message.thinking`, verbatim (signed: only Anthropic gets
                                          them back; dropped when anonymizing)
    thinking {type: enabled, budget_tokens} → `thinking_budget` (Anthropic models only)
    thinking {type: adaptive, display}  → `adaptive_thinking` (Anthropic models only)
    tools[] with a type (web search, code execution, bash…) → `Tool.server` (Anthropic models only)
    tools[] {name, description, input_schema}, tool_choice auto/any/tool/none,
    disable_parallel_tool_use, stop_sequences, top_k, metadata.user_id → their canonical fields
    cache_control on text, image, tool_result and system blocks → caching breakpoints
                                              (`ContentPart.cache`), which only Anthropic models get

A client tool has no `type` (or `custom`). What only Anthropic models can honour — a tool with a
type (its server tools run at Anthropic; its bash and text editor tools have Anthropic's schemas),
a document to cite, a document or image inside a tool_result — is noted by the client's path
(`ParsedMessages.anthropic_only`), so that the dialect refuses it naming that path for any other
model. What only Anthropic can read back (server tool blocks and citations of earlier answers) is
dropped for the others, as signed thinking is.
`mcp_servers` (Anthropic's MCP connector) is refused with a 400 naming it.
`container` (the code-execution container to reuse, and the skills to load into it) → `container`,
verbatim (ids only; Anthropic models only).
The `anthropic-beta` header's values (`anthropic_betas`) → `anthropic_beta`: sent to Anthropic
models as the header (see providers/anthropic.py for the few withheld), ignored by the others; a
value of another shape than Anthropic's beta names is ignored, never refused.
`service_tier` and fields the gateway does not know are accepted and not sent (`top_k` is sent
where the provider has it: Anthropic, Gemini, the local model);
the gateway's own `anonymize` and `safe_prompt` are read as in the OpenAI dialect.
Invalid fields are a 400 naming them as Anthropic does (`max_tokens: Field required`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tarnkappe.core.errors import InvalidRequest
from tarnkappe.core.types import SERVER_BLOCKS, ChatRequest, ContentPart, Document, Message, ServerTool, Tool, ToolCall
from tarnkappe.dialects.client_paths import Origins
from tarnkappe.server.http import check_depth
from tarnkappe.wire.convert import json_text

MAX_INT32 = 2**31 - 1
THINKING_BLOCKS = frozenset({"thinking", "redacted_thinking"})
ADAPTIVE_DISPLAYS = (None, "summarized", "omitted")


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore")


class _Metadata(_Lenient):
    user_id: str | None = None


class CountTokensBody(_Lenient):
    """What `count_tokens` takes: a Messages request without `max_tokens`."""

    model: str = Field(min_length=1)
    # Checked and converted block by block below, so that an error names the block.
    messages: list[Any] = Field(min_length=1)
    system: str | list[dict[str, Any]] | None = None
    tools: list[dict[str, Any]] | None = None
    tool_choice: dict[str, Any] | None = None
    thinking: dict[str, Any] | None = None
    anonymize: bool | None = None  # the gateway's own additions, as in the OpenAI dialect
    safe_prompt: bool | None = None
    # Anthropic's MCP connector: refused, not ignored (see parse_messages_request).
    mcp_servers: list[Any] | None = None


class MessagesBody(CountTokensBody):
    max_tokens: int = Field(ge=1, le=MAX_INT32)
    stop_sequences: list[str] | None = None
    stream: bool | None = None
    temperature: float | None = Field(default=None, ge=0, le=1)
    top_p: float | None = Field(default=None, ge=0, le=1)
    top_k: int | None = Field(default=None, ge=0, le=MAX_INT32)
    metadata: _Metadata | None = None
    container: Any = None  # checked by _container, so that an error names it as sent


@dataclass(slots=True)
class ParsedMessages:
    """The canonical request; where the client's media blocks were (`messages[1].content[0]`), for
    a refusal by the client's own field names when anonymization applies; where it asked for what
    only an Anthropic model can do (`tools[1].type`); and the client's path of each canonical
    object (see `client_paths`)."""

    request: ChatRequest
    media_paths: list[str] = field(default_factory=list)
    anthropic_only: list[str] = field(default_factory=list)
    origins: Origins = field(default_factory=Origins)

    def note(self, obj: object, where: str) -> None:
        self.origins.note(obj, where)

    def origin(self, obj: object) -> str | None:
        return self.origins.of(obj)


# Canonical field names (OpenAI's, see core/types.py) as the Messages API names them, within a
# path and at the top (dialects/client_paths.py).
RENAMES = ((".server.settings", ""), (".server.", "."), (".function.name", ".name"),
           (".function.arguments", ".input"), (".function.description", ".description"),
           (".function.parameters", ".input_schema"), (".document.", "."))
FIELDS = (("stop", "stop_sequences"), ("anthropic_beta", "anthropic-beta"))


def _invalid(where: str, problem: str) -> InvalidRequest:
    return InvalidRequest(f"{where}: {problem}", param=where)


def _validation_error(exc: ValidationError) -> InvalidRequest:
    first = exc.errors()[0]
    where = "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else str(p)) for i, p in enumerate(first["loc"]))
    problem = "Field required" if first["type"] == "missing" else first["msg"]
    return _invalid(where or "body", problem)


def parse_messages_request(data: dict[str, Any], *, count_only: bool = False) -> ParsedMessages:
    """A Messages body (`count_only`: a count_tokens body) as a canonical request; a 400 naming the
    first invalid field otherwise."""
    check_depth(data)  # tool schemas and blocks go upstream as they are
    try:
        body = (CountTokensBody if count_only else MessagesBody).model_validate(data)
    except ValidationError as exc:
        raise _validation_error(exc) from None
    if body.mcp_servers:
        # Sent on, Anthropic would call those servers with the URLs and tokens given; ignored, the
        # model would answer without their tools as if they had none.  Neither is what was asked.
        raise _invalid("mcp_servers", "Anthropic's MCP connector is not supported by this gateway; "
                                      "connect the MCP servers in your client instead (the request was not sent)")
    parsed = ParsedMessages(ChatRequest(model=body.model, messages=[], anonymize=body.anonymize,
                                        safe_prompt=body.safe_prompt))
    request = parsed.request
    request.messages.extend(_system(body.system, parsed))
    turns: list[Message] = []
    for index, raw in enumerate(body.messages):
        turns.extend(_message(raw, f"messages[{index}]", parsed))
    if all(turn.role == "system" for turn in turns):
        raise _invalid("messages", "system turns need a user turn to go with them")
    request.messages.extend(_merge_turns(turns, parsed))
    if body.tools:
        request.tools = [_tool(raw, f"tools[{index}]", parsed) for index, raw in enumerate(body.tools)]
        for index, tool in enumerate(request.tools):
            parsed.note(tool, f"tools[{index}]")
    if body.tool_choice is not None:
        request.tool_choice, parallel = _tool_choice(body.tool_choice)
        request.parallel_tool_calls = parallel
    request.thinking_budget = _thinking_budget(body.thinking)
    request.adaptive_thinking = _adaptive_thinking(body.thinking)
    if isinstance(body, MessagesBody):
        request.max_tokens = body.max_tokens
        request.stream = bool(body.stream)
        request.stop = body.stop_sequences or None
        request.temperature = body.temperature
        request.top_p = body.top_p
        request.top_k = body.top_k
        request.user = body.metadata.user_id if body.metadata else None
        request.container = _container(body.container, parsed)
    return parsed


# An Anthropic beta's name: lower-case words and digits joined by '-' (`code-execution-2025-08-25`,
# `claude-code-20250219`). Nothing else is passed on: no spaces, '@', '.' or other separators that
# could carry an address or a sentence into a header sent verbatim.
BETA_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_BETAS = 32


def anthropic_betas(headers: Iterable[str]) -> list[str] | None:
    """The `anthropic-beta` header's values (comma-separated, possibly over several headers), in
    order, each once, as Anthropic models are sent them; a value that is not a beta's name is
    ignored, as is a beta the gateway cannot honour for the model (issue 16: not refused)."""
    betas: list[str] = []
    for header in headers:
        for value in header.split(","):
            beta = value.strip()
            if len(beta) <= 64 and BETA_NAME.fullmatch(beta) and beta not in betas and len(betas) < MAX_BETAS:
                betas.append(beta)
    return betas or None


def _container(container: Any, parsed: ParsedMessages) -> str | dict[str, Any] | None:
    """The code-execution container to reuse — its id, or an object with an `id` and the `skills`
    to load — sent to Anthropic models as it is. Only Anthropic runs containers: any other model
    refuses it (ignored, the model would run without the files and skills the client meant)."""
    if container is None or container == "":
        return None
    if not isinstance(container, str | dict):
        raise _invalid("container", "must be a container id or an object with an id and skills")
    if isinstance(container, dict):
        if container.get("id") is not None and not isinstance(container["id"], str):
            raise _invalid("container.id", "must be a string")
        skills = container.get("skills")
        if skills is not None and (not isinstance(skills, list) or not all(isinstance(s, dict) for s in skills)):
            raise _invalid("container.skills", "must be an array of skill objects")
    parsed.anthropic_only.append("container")
    return container


def _thinking_budget(thinking: dict[str, Any] | None) -> int | None:
    """The budget of `thinking: {"type": "enabled", "budget_tokens": N}`; None when disabled (or
    absent, or a mode the gateway does not know, which is then not sent)."""
    if thinking is None or thinking.get("type") != "enabled":
        return None
    budget = thinking.get("budget_tokens")
    if isinstance(budget, float) and budget.is_integer():
        budget = int(budget)  # 2048.0 is an integer in JSON
    if not isinstance(budget, int) or isinstance(budget, bool) or not 1 <= budget <= MAX_INT32:
        raise _invalid("thinking.budget_tokens", "an enabled thinking needs a positive integer budget_tokens")
    return budget


def _adaptive_thinking(thinking: dict[str, Any] | None) -> Literal["default", "summarized", "omitted"] | None:
    """`thinking: {"type": "adaptive", "display": …}` by its display ("default": none named)."""
    if thinking is None or thinking.get("type") != "adaptive":
        return None
    display = thinking.get("display")
    if display not in ADAPTIVE_DISPLAYS:
        raise _invalid("thinking.display", "must be 'summarized' or 'omitted'")
    return "default" if display is None else display


def _thinking_block(block: dict[str, Any], where: str) -> dict[str, Any]:
    """A thinking or redacted_thinking block of an assistant turn, checked and kept verbatim."""
    keys = ("thinking", "signature") if block["type"] == "thinking" else ("data",)
    for key in keys:
        if not isinstance(block.get(key), str):
            raise _invalid(f"{where}.{key}", f"a {block['type']} block needs a string {key}")
    return {"type": block["type"], **{key: block[key] for key in keys}}


def _system(system: str | list[Any] | None, parsed: ParsedMessages, where: str = "system") -> list[Message]:
    if system is None or system == "":
        return []
    if isinstance(system, str):
        message = Message(role="system", content=system)
        parsed.note(message, where)
        return [message]
    messages = []
    for index, block in enumerate(system):
        text = block.get("text") if isinstance(block, dict) else None
        if not isinstance(block, dict) or block.get("type") != "text" or not isinstance(text, str):
            raise _invalid(f"{where}[{index}]", "system blocks must be text blocks")
        cache = _cache(block, f"{where}[{index}]")
        part = ContentPart(type="text", text=text, cache=cache)
        message = Message(role="system", content=[part] if cache else text)
        parsed.note(part, f"{where}[{index}]")
        parsed.note(message, f"{where}[{index}].text")
        messages.append(message)
    return messages


def _cache(block: dict[str, Any], where: str) -> Literal["5m", "1h"] | None:
    """A block's caching breakpoint (`cache_control`), by its lifetime."""
    control = block.get("cache_control")
    if control is None:
        return None
    ttl = control.get("ttl", "5m") if isinstance(control, dict) else None
    if not isinstance(control, dict) or control.get("type") != "ephemeral" or ttl not in ("5m", "1h"):
        raise _invalid(f"{where}.cache_control", "must be {'type': 'ephemeral'} with an optional ttl of 5m or 1h")
    return ttl


def _text_of(block: dict[str, Any], where: str) -> str:
    text = block.get("text")
    if not isinstance(text, str):
        raise _invalid(f"{where}.text", "a text block needs a string text")
    return text


def _content(parts: list[ContentPart]) -> str | list[ContentPart]:
    """One text block without a caching breakpoint as a plain string (what every provider takes);
    anything else as parts."""
    only = parts[0] if len(parts) == 1 else None
    if only is not None and only.type == "text" and only.text is not None and only.cache is None \
            and only.document is None and only.citations is None:
        return only.text
    return parts if parts else ""


def _image_part(block: dict[str, Any], where: str) -> ContentPart:
    """An image block as the canonical `image_url` part (base64 as a data: URL), which each
    provider forwards where its model takes images and refuses (400) where not."""
    source = block.get("source")
    if isinstance(source, dict):
        if source.get("type") == "base64" and isinstance(source.get("data"), str):
            url = f"data:{source.get('media_type') or 'image/png'};base64,{source['data']}"
            return ContentPart(type="image_url", data={"image_url": {"url": url}}, cache=_cache(block, where))
        if source.get("type") == "url" and isinstance(source.get("url"), str):
            return ContentPart(type="image_url", data={"image_url": {"url": source["url"]}},
                               cache=_cache(block, where))
    raise _invalid(f"{where}.source", "an image block needs a base64 or url source")


def _document(block: dict[str, Any], where: str, parsed: ParsedMessages) -> Document:
    """A document block's title, context and citations switch; asking for citations is something
    only Anthropic models can honour."""
    title, context, citations = block.get("title"), block.get("context"), block.get("citations")
    for key, value in (("title", title), ("context", context)):
        if value is not None and not isinstance(value, str):
            raise _invalid(f"{where}.{key}", "must be a string")
    enabled = citations.get("enabled") if isinstance(citations, dict) else None
    if citations is not None and not isinstance(enabled, bool | None):
        raise _invalid(f"{where}.citations", "must be {'enabled': true or false}")
    if enabled:
        parsed.anthropic_only.append(f"{where}.citations")
    return Document(title=title or None, context=context or None, citations=bool(enabled))


def _document_part(block: dict[str, Any], where: str, parsed: ParsedMessages) -> ContentPart:
    """A document block: a PDF as the canonical `file` part (what OpenAI's API sends PDFs as), which
    cannot be masked and is refused like an image when anonymizing; a plain-text document as text,
    which is masked like any other. Both keep the block's own fields for Anthropic models."""
    source = block.get("source")
    cache = _cache(block, where)
    if isinstance(source, dict):
        if source.get("type") == "base64" and source.get("media_type") == "application/pdf" \
                and isinstance(source.get("data"), str):
            document = _document(block, where, parsed)
            name = document.title or "document.pdf"
            part = ContentPart(type="file", cache=cache, document=document, data={"file": {
                "filename": name, "file_data": f"data:application/pdf;base64,{source['data']}"}})
            parsed.media_paths.append(where)
            parsed.note(part, where)
            return part
        if source.get("type") == "text" and isinstance(source.get("data"), str):
            part = ContentPart(type="text", text=source["data"], cache=cache, document=_document(block, where, parsed))
            parsed.note(part, where)
            return part
    raise _invalid(f"{where}.source", "a document block needs a base64 PDF or a plain-text source")


def _search_result_part(block: dict[str, Any], where: str, parsed: ParsedMessages) -> ContentPart:
    """A search result (the client's own, for Anthropic models to cite): its source, title and text
    blocks are text, masked when anonymizing; only Anthropic models take it."""
    for key in ("source", "title"):
        if not isinstance(block.get(key), str):
            raise _invalid(f"{where}.{key}", f"a search_result block needs a string {key}")
    content = block.get("content")
    if not isinstance(content, list):
        raise _invalid(f"{where}.content", "a search_result block needs an array of text blocks")
    texts = []
    for index, inner in enumerate(content):
        if not isinstance(inner, dict) or inner.get("type") != "text":
            raise _invalid(f"{where}.content[{index}]", "a search_result's content holds text blocks only")
        texts.append(_text_of(inner, f"{where}.content[{index}]"))
    parsed.anthropic_only.append(where)
    document = _document({k: v for k, v in block.items() if k != "context"}, where, parsed)
    document.source, document.content = block["source"], texts
    part = ContentPart(type="search_result", document=document, cache=_cache(block, where))
    parsed.note(part, where)
    return part


def _text_part(block: dict[str, Any], where: str, parsed: ParsedMessages) -> ContentPart:
    """A text block, with the citations of an earlier answer where it has them (sent back to
    Anthropic models only)."""
    citations = block.get("citations")
    if citations is not None and (not isinstance(citations, list)
                                  or not all(isinstance(c, dict) for c in citations)):
        raise _invalid(f"{where}.citations", "must be an array of citation objects")
    part = ContentPart(type="text", text=_text_of(block, where), cache=_cache(block, where),
                       citations=citations or None)
    parsed.note(part, where)
    return part


def _server_block(block: dict[str, Any], where: str, parsed: ParsedMessages) -> ContentPart:
    """A server tool's use or result in an assistant turn, kept verbatim for Anthropic models."""
    part = ContentPart(type=block["type"], native=block)
    parsed.note(part, where)
    return part


def _message(raw: Any, where: str, parsed: ParsedMessages) -> list[Message]:
    """One Messages API turn as canonical messages (a user turn's tool results become tool
    messages of their own, ahead of the turn's other content, as Anthropic orders them)."""
    if not isinstance(raw, dict):
        raise _invalid(where, "a message must be an object")
    role, content = raw.get("role"), raw.get("content")
    if role not in ("user", "assistant", "system"):
        raise _invalid(f"{where}.role", "must be 'user', 'assistant' or 'system'")
    if role == "system":
        if not isinstance(content, str | list):
            raise _invalid(f"{where}.content", "must be a string or an array of text blocks")
        return _system(content, parsed, f"{where}.content")
    if isinstance(content, str):
        message = Message(role=role, content=content)
        parsed.note(message, f"{where}.content")
        return [message]
    if not isinstance(content, list):
        raise _invalid(f"{where}.content", "must be a string or an array of content blocks")
    out: list[Message] = []
    parts: list[ContentPart] = []
    calls: list[ToolCall] = []
    thinking: list[dict[str, Any]] = []
    for index, block in enumerate(content):
        at = f"{where}.content[{index}]"
        kind = block.get("type") if isinstance(block, dict) else None
        if not isinstance(kind, str):
            raise _invalid(at, "a content block must be an object with a type")
        if kind == "text":
            parts.append(_text_part(block, at, parsed))
        elif kind in THINKING_BLOCKS and role == "assistant":
            thinking.append(_thinking_block(block, at))
        elif kind == "tool_use" and role == "assistant":
            calls.append(_tool_call(block, at))
            parsed.note(calls[-1], at)
        elif kind in SERVER_BLOCKS and role == "assistant":
            parts.append(_server_block(block, at, parsed))
        elif kind == "image" and role == "user":
            parts.append(_image_part(block, at))
            parsed.note(parts[-1], at)
            parsed.media_paths.append(at)
        elif kind == "document" and role == "user":
            parts.append(_document_part(block, at, parsed))
        elif kind == "search_result" and role == "user":
            parts.append(_search_result_part(block, at, parsed))
        elif kind == "tool_result" and role == "user":
            out.append(_tool_result(block, at, parsed))
        else:
            raise _invalid(at, f"this block type is not accepted in a{'n' if role == 'assistant' else ''} {role} turn")
    if role == "assistant":
        message = Message(role="assistant", content=_content(parts) if parts or not calls else None,
                          tool_calls=calls or None, thinking=thinking or None)
    elif parts or not out:
        message = Message(role="user", content=_content(parts))
    else:
        return out
    # A single text block is sent as a string: it is named by that block's text.
    parsed.note(message, f"{parsed.origin(parts[0])}.text" if isinstance(message.content, str) and parts
                else f"{where}.content")
    out.append(message)
    return out


def _parts(content: str | list[ContentPart] | None) -> list[ContentPart]:
    if isinstance(content, str):
        return [ContentPart(type="text", text=content)] if content else []
    return list(content or ())


def _merge_turns(messages: list[Message], parsed: ParsedMessages) -> list[Message]:
    """Consecutive turns of one role as one turn, as Anthropic itself combines them. Done before
    masking, so that a value split across two turns ("… anna.meier@exa", "mple.ch please") lies in
    adjacent text parts of one message, which the masking joins into one value — masked separately,
    its halves would be joined into one Anthropic turn by the provider and the address sent in
    clear. A turn is merged into the one before it only where the blocks keep their order: not
    after an assistant turn's tool calls, nor with a later turn's thinking (which must lead).
    System turns between them do not keep them apart (Anthropic lifts those into `system`, and joins
    the turns around them): they follow the merged turn."""
    merged: list[Message] = []
    for message in messages:
        at = len(merged)
        while at and merged[at - 1].role == "system" and message.role != "system":
            at -= 1  # the turn before the system turns in between
        previous = merged[at - 1] if at else None
        if (previous is None or message.role not in ("user", "assistant") or previous.role != message.role
                or previous.tool_calls or message.thinking):
            merged.append(message)
            continue
        parts = _parts(previous.content) + _parts(message.content)
        merged[at - 1] = Message(role=message.role, content=_content(parts) if parts or not message.tool_calls
                                 else None, tool_calls=message.tool_calls, thinking=previous.thinking)
        turn = (parsed.origin(previous) or "messages").split(".content")[0]
        parsed.note(merged[at - 1], f"{turn}.content")
    return merged


def _tool_call(block: dict[str, Any], where: str) -> ToolCall:
    call_id, name, arguments = block.get("id"), block.get("name"), block.get("input", {})
    if not isinstance(call_id, str) or not call_id:
        raise _invalid(f"{where}.id", "a tool_use block needs a string id")
    if not isinstance(name, str) or not name:
        raise _invalid(f"{where}.name", "a tool_use block needs a string name")
    if not isinstance(arguments, dict):
        raise _invalid(f"{where}.input", "a tool_use block's input must be an object")
    return ToolCall(id=call_id, name=name, arguments=json_text(arguments))


def _tool_result(block: dict[str, Any], where: str, parsed: ParsedMessages) -> Message:
    """A tool result as a `tool` message: its text as a string (what every provider's tool message
    carries); with images or documents in it, as parts, which only Anthropic models take."""
    call_id, content = block.get("tool_use_id"), block.get("content")
    if not isinstance(call_id, str) or not call_id:
        raise _invalid(f"{where}.tool_use_id", "a tool_result block needs a string tool_use_id")
    parts: list[ContentPart] = []
    if content is None or isinstance(content, str):
        text = content or ""
    elif isinstance(content, list):
        texts = []
        for index, inner in enumerate(content):
            at = f"{where}.content[{index}]"
            kind = inner.get("type") if isinstance(inner, dict) else None
            if kind == "text":
                texts.append(_text_of(inner, at))
                parts.append(_text_part(inner, at, parsed))
            elif kind == "image":
                parts.append(_image_part(inner, at))
                parsed.note(parts[-1], at)
                parsed.media_paths.append(at)
            elif kind == "document":
                parts.append(_document_part(inner, at, parsed))
            elif kind == "search_result":
                parts.append(_search_result_part(inner, at, parsed))
            else:
                raise _invalid(at, "the gateway passes on text, image, document and search_result blocks in a "
                                   "tool_result")
            if kind != "text" and at not in parsed.anthropic_only:
                parsed.anthropic_only.append(at)  # a tool message of the others carries text only
        text = "\n".join(texts)
    else:
        raise _invalid(f"{where}.content", "must be a string or an array of text, image and document blocks")
    error = block.get("is_error") is True
    cache = _cache(block, where)
    if parts and len(texts) < len(parts):  # images or documents: the blocks as parts
        if error:
            parts.insert(0, ContentPart(type="text", text="Error:"))
        if cache:
            parts[-1].cache = cache
        message = Message(role="tool", content=parts, tool_call_id=call_id)
        parsed.note(message, f"{where}.content")
        return message
    if error:
        text = f"Error: {text}" if text else "Error"
    message = Message(role="tool", content=[ContentPart(type="text", text=text, cache=cache)] if cache else text,
                      tool_call_id=call_id)
    parsed.note(message, f"{where}.content")
    return message


def _server_tool(raw: dict[str, Any], where: str, parsed: ParsedMessages) -> Tool:
    """A tool with a type: Anthropic's server tools (web search, web fetch, code execution) run at
    Anthropic, its bash, text editor and memory tools have schemas only its models know — so only
    Anthropic models get them, as declared."""
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise _invalid(f"{where}.name", "a tool needs a string name")
    domains: dict[str, list[str] | None] = {}
    for key in ("allowed_domains", "blocked_domains"):
        value = raw.get(key)
        if value is not None and (not isinstance(value, list) or not all(isinstance(d, str) for d in value)):
            raise _invalid(f"{where}.{key}", "must be an array of domains")
        domains[key] = value
    location = raw.get("user_location")
    if location is not None and not isinstance(location, dict):
        raise _invalid(f"{where}.user_location", "must be an object")
    settings = {k: v for k, v in raw.items()
                if k not in ("type", "name", "allowed_domains", "blocked_domains", "user_location")}
    parsed.anthropic_only.append(f"{where}.type")
    return Tool(name=name, server=ServerTool(type=raw["type"], settings=settings, user_location=location, **domains))


def _tool(raw: dict[str, Any], where: str, parsed: ParsedMessages) -> Tool:
    kind = raw.get("type")
    if kind not in (None, "custom"):
        if not isinstance(kind, str):
            raise _invalid(f"{where}.type", "must be a string")
        return _server_tool(raw, where, parsed)
    name, description, schema = raw.get("name"), raw.get("description"), raw.get("input_schema")
    if not isinstance(name, str) or not name:
        raise _invalid(f"{where}.name", "a tool needs a string name")
    if description is not None and not isinstance(description, str):
        raise _invalid(f"{where}.description", "must be a string")
    if not isinstance(schema, dict):
        raise _invalid(f"{where}.input_schema", "a tool needs an input_schema object")
    return Tool(name=name, description=description, parameters=schema)


def _tool_choice(raw: dict[str, Any]) -> tuple[str | dict[str, Any], bool | None]:
    """(the canonical tool_choice, parallel_tool_calls) of Anthropic's tool_choice."""
    kind = raw.get("type")
    parallel = False if raw.get("disable_parallel_tool_use") is True else None
    if kind == "tool":
        name = raw.get("name")
        if not isinstance(name, str) or not name:
            raise _invalid("tool_choice.name", "a tool_choice of type tool needs the tool's name")
        return {"type": "function", "function": {"name": name}}, parallel
    choices = {"auto": "auto", "any": "required", "none": "none"}
    if kind not in choices:
        raise _invalid("tool_choice.type", "must be one of auto, any, tool, none")
    return choices[kind], parallel
