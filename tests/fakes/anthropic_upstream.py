"""A fake Anthropic Messages API on 127.0.0.1, answering with the `anthropic` SDK's own types.

Every request is checked against the protocol: path `/v1/messages` (or `/v1/messages/count_tokens`,
whose count is COUNT_BASE plus the words of the system prompt, every text block and each tool's
name and description), `x-api-key` and
`anthropic-version` headers (and no bearer token), the body against the SDK's
`MessageCreateParams` (plus the sampling fields claude-3.x still takes), roles alternating from a
user turn, no system role inside `messages`, every `tool_result` answering an earlier `tool_use`,
temperature within 0..1. The scenario comes from `model` (see scenarios.py).

Anthropic's own features, as its API answers them: with a `web_search` server tool the text answer
is preceded by a search — a `server_tool_use` block (its input, the query, is the last user text)
and its `web_search_tool_result` (one result whose title quotes the query) — and cites the result
(`web_search_result_location`); a text document with `citations.enabled` is cited (`char_location`,
the whole document's text and its title), a search result with `citations.enabled` by its first text
block (`search_result_location`); adaptive thinking is answered with a signed thinking block
like enabled thinking. A search whose last user text has "[pause]" in it stops after the search with
`pause_turn`, as Anthropic pauses a long turn. Streamed, these are Anthropic's events: the server
tool's input as input_json_delta, the result block whole in its content_block_start, citations as
citations_delta before the text they support.

The code-execution container, as Anthropic runs it: with a code execution tool (or a `container`
with skills) the answer ran a command — a `server_tool_use` block named `bash_code_execution` and
its `bash_code_execution_tool_result` ahead of the text — in a container that the answer names,
`container: {id, expires_at, skills?}` on the message, or in a stream on `message_delta` (its
`message_start` has none). The container is the one the request named (`container`: its id, or
`{id, skills}`), else a new one; its skills are those the request loaded.

`anthropic-beta`: as Anthropic, a value it does not know is a 400 naming it ("Unexpected value(s)
`x` for the `anthropic-beta` header…"); known are the SDK's betas and a few more clients send
(`KNOWN_BETAS`). Headers are recorded with every request (`Received.headers`).
"""

from __future__ import annotations

import asyncio
import itertools
import typing
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
from anthropic.types import (
    Message,
    RawContentBlockDeltaEvent,
    RawContentBlockStartEvent,
    RawContentBlockStopEvent,
    RawMessageDeltaEvent,
    RawMessageStartEvent,
    RawMessageStopEvent,
)
from anthropic.types.anthropic_beta_param import AnthropicBetaParam
from anthropic.types.message_count_tokens_params import MessageCountTokensParams
from anthropic.types.message_create_params import MessageCreateParamsNonStreaming, MessageCreateParamsStreaming
from pydantic import BaseModel, TypeAdapter
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tests.fakes.protocol import typed_dict_problem
from tests.fakes.scenarios import Plan, Received, UpstreamLog, make_plan, pieces
from tests.fakes.faults import drop_connection

ANTHROPIC_KEY = "sk-ant-fake-key"
# Sampling fields the current SDK no longer types (newer models refuse them), claude-3.x takes.
LEGACY_FIELDS = {"temperature", "top_p", "top_k"}
_PLAIN = TypeAdapter(MessageCreateParamsNonStreaming)
_STREAMING = TypeAdapter(MessageCreateParamsStreaming)
_COUNT = TypeAdapter(MessageCountTokensParams)
COUNT_BASE = 100  # what the fake's count adds to the words, so that a test tells it from an estimate
_STOP_REASONS = {"stop": "end_turn", "tool_calls": "tool_use", "content_filter": "refusal", "pause_turn": "pause_turn"}
_ERROR_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
                404: "not_found_error", 429: "rate_limit_error", 500: "api_error", 529: "overloaded_error"}


def error(status: int, message: str) -> Response:
    body = {"type": "error", "error": {"type": _ERROR_TYPES.get(status, "api_error"), "message": message}}
    headers = {"retry-after": "1"} if status == 429 else None
    return JSONResponse(body, status_code=status, headers=headers)


# The betas Anthropic knows: the SDK's, and those clients send that it accepts (Claude Code's own,
# and betas of features since released, which it still takes).
KNOWN_BETAS = frozenset(typing.get_args(next(a for a in typing.get_args(AnthropicBetaParam) if a is not str))) | {
    "claude-code-20250219", "code-execution-2025-08-25", "fine-grained-tool-streaming-2025-05-14",
    "advanced-tool-use-2025-11-20", "effort-2025-11-24", "web-fetch-2025-09-10", "extended-cache-ttl-2025-04-11"}


def beta_problem(request: Request) -> str | None:
    """Anthropic's refusal of `anthropic-beta` values it does not know (an empty one included)."""
    if "anthropic-beta" not in request.headers:
        return None
    values = [v.strip() for header in request.headers.getlist("anthropic-beta") for v in header.split(",")]
    unknown = [v for v in values if v not in KNOWN_BETAS]
    if not unknown:
        return None
    return (f"Unexpected value(s) {', '.join(f'`{v}`' for v in unknown)} for the `anthropic-beta` header. "
            "Please consult our documentation at docs.claude.com or try again without the header.")


def protocol_problem(request: Request, body: Any) -> str | None:
    if request.headers.get("x-api-key") != ANTHROPIC_KEY or "authorization" in request.headers:
        return "auth"
    if request.headers.get("anthropic-version") != "2023-06-01":
        return "anthropic-version header missing or wrong"
    if problem := beta_problem(request):
        return problem
    if not isinstance(body, dict):
        return "body must be an object"
    typed = MessageCreateParamsStreaming if body.get("stream") else MessageCreateParamsNonStreaming
    problem = typed_dict_problem(_STREAMING if body.get("stream") else _PLAIN, typed, body, LEGACY_FIELDS)
    if problem:
        return problem
    if not 0 <= body.get("temperature", 0) <= 1:
        return "temperature: must be between 0 and 1"
    roles = [m["role"] for m in body["messages"]]
    if roles[0] != "user" or any(a == b for a, b in zip(roles, roles[1:])):
        return "messages: roles must alternate, starting with user"
    if (body.get("thinking") or {}).get("type") == "enabled":
        # Anthropic's rule: with thinking on, an assistant turn that used tools starts with its thinking.
        for message in body["messages"]:
            blocks = message["content"] if isinstance(message["content"], list) else []
            if message["role"] == "assistant" and any(b["type"] == "tool_use" for b in blocks) and \
                    blocks[0]["type"] not in ("thinking", "redacted_thinking"):
                return "messages: with thinking enabled, an assistant turn with tool_use must start with thinking"
    seen_tool_uses: set[str] = set()
    for message in body["messages"]:
        for block in message["content"] if isinstance(message["content"], list) else []:
            if block["type"] == "tool_use":
                seen_tool_uses.add(block["id"])
            if block["type"] == "tool_result" and block["tool_use_id"] not in seen_tool_uses:
                return "messages: tool_result without a matching tool_use"
    return None


def _dump(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json", exclude_unset=True)


def _event(model: BaseModel, *, usage: bool = True) -> bytes:
    data = _dump(model)
    if not usage:  # the no-usage scenario: neither message_start nor message_delta reports any
        data.pop("usage", None)
        if isinstance(data.get("message"), dict):
            data["message"].pop("usage", None)
    return f"event: {data['type']}\ndata: ".encode() + orjson.dumps(data) + b"\n\n"


# The fake's thinking, when the request enables it: a signed block before the answer.
THINKING = {"type": "thinking", "thinking": "Let me think about it.", "signature": "sig-fake-0001"}


def _thinking(body: dict[str, Any]) -> bool:
    return (body.get("thinking") or {}).get("type") in ("enabled", "adaptive")


def _thinking_block(body: dict[str, Any]) -> dict[str, Any]:
    """The signed thinking block; with `display: omitted` (adaptive thinking) its text is empty."""
    omitted = (body.get("thinking") or {}).get("display") == "omitted"
    return {**THINKING, "thinking": ""} if omitted else dict(THINKING)


SEARCH_ID = "srvtoolu_fake01"
SEARCHED = {"web_search_requests": 1, "web_fetch_requests": 0}  # usage.server_tool_use of a search
SEARCH_URL = "https://example.org/result"
ENCRYPTED = "RW5jcnlwdGVkQ29udGVudA=="  # the result's content, opaque to the client


def _searches(body: dict[str, Any]) -> bool:
    return any(str(tool.get("type", "")).startswith("web_search_") for tool in body.get("tools") or ())


CODE_ID = "srvtoolu_fake02"
CODE_COMMAND = "python3 -c 'print(6 * 7)'"
NEW_CONTAINER = "container_fake"  # + a number: the containers the fake made, one per request without one
_containers = itertools.count(1)


def _runs_code(body: dict[str, Any]) -> bool:
    """Whether the request gives the model a container: a code execution tool, or skills to load."""
    container = body.get("container")
    return any(str(tool.get("type", "")).startswith("code_execution_") for tool in body.get("tools") or ()) or \
        (isinstance(container, dict) and bool(container.get("skills")))


def _code_blocks() -> list[dict[str, Any]]:
    """What running code adds ahead of the answer: the command's use, then its result."""
    return [{"type": "server_tool_use", "id": CODE_ID, "name": "bash_code_execution",
             "input": {"command": CODE_COMMAND}},
            {"type": "bash_code_execution_tool_result", "tool_use_id": CODE_ID, "content": {
                "type": "bash_code_execution_result", "stdout": "42\n", "stderr": "", "return_code": 0,
                "content": []}}]


def _container(body: dict[str, Any]) -> dict[str, Any] | None:
    """The container the answer used: the request's (by its id), else a new one; with the skills
    the request loaded into it. None where the request gave the model no container."""
    if not _runs_code(body):
        return None
    asked = body.get("container")
    named = asked if isinstance(asked, str) else (asked or {}).get("id") if isinstance(asked, dict) else None
    container: dict[str, Any] = {
        "id": named or f"{NEW_CONTAINER}{next(_containers):04d}",
        "expires_at": (datetime.now(UTC) + timedelta(days=30)).isoformat().replace("+00:00", "Z")}
    if isinstance(asked, dict) and asked.get("skills"):
        container["skills"] = [{"type": skill["type"], "skill_id": skill["skill_id"],
                                "version": skill.get("version") or "latest"} for skill in asked["skills"]]
    return container


def _server_blocks(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The server tools' blocks ahead of the answer, in pairs of a use and its result."""
    return (_search_blocks(_user_text(body)) if _searches(body) else []) + (_code_blocks() if _runs_code(body) else [])


def _request_blocks(body: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    """The blocks of one kind in the request, in order, tool results' blocks included (Anthropic
    numbers the documents, and apart from them the search results, of the whole request)."""
    blocks = [block for message in body["messages"] if isinstance(message["content"], list)
              for block in message["content"]]
    blocks = [inner for block in blocks for inner in (
        block.get("content") if block["type"] == "tool_result" and isinstance(block.get("content"), list)
        else [block])]
    return [block for block in blocks if block["type"] == kind]


def _cited(block: dict[str, Any]) -> bool:
    return bool((block.get("citations") or {}).get("enabled"))


def _cited_documents(body: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    """(document index, block) of every text document to cite."""
    return [(i, d) for i, d in enumerate(_request_blocks(body, "document"))
            if _cited(d) and d["source"]["type"] == "text"]


def _search_blocks(query: str) -> list[dict[str, Any]]:
    """What a search for `query` adds ahead of the answer: the server tool's use, then its result."""
    return [{"type": "server_tool_use", "id": SEARCH_ID, "name": "web_search", "input": {"query": query}},
            {"type": "web_search_tool_result", "tool_use_id": SEARCH_ID, "content": [
                {"type": "web_search_result", "title": f"Results for {query}", "url": SEARCH_URL,
                 "encrypted_content": ENCRYPTED, "page_age": "2 days ago"}]}]


def _citations(body: dict[str, Any], query: str) -> list[dict[str, Any]]:
    """The citations of the answer's text: the search result, and each document to cite."""
    citations: list[dict[str, Any]] = []
    if _searches(body):
        citations.append({"type": "web_search_result_location", "cited_text": query, "url": SEARCH_URL,
                          "title": f"Results for {query}", "encrypted_index": "RW5jSW5kZXg="})
    for index, document in _cited_documents(body):
        text = document["source"]["data"]
        citations.append({"type": "char_location", "cited_text": text, "document_index": index,
                          "document_title": document.get("title"), "start_char_index": 0,
                          "end_char_index": len(text)})
    for index, result in enumerate(_request_blocks(body, "search_result")):
        if _cited(result):  # its first text block
            citations.append({"type": "search_result_location", "cited_text": result["content"][0]["text"],
                              "source": result["source"], "title": result["title"], "search_result_index": index,
                              "start_block_index": 0, "end_block_index": 1})
    return citations


def _user_text(body: dict[str, Any]) -> str:
    for message in reversed(body["messages"]):
        if message["role"] == "user":
            content = message["content"]
            if isinstance(content, str):
                return content
            texts = [b.get("text", "") for b in content if b["type"] == "text"]
            if texts:
                return "".join(texts)
    return ""


def _tool_result(body: dict[str, Any]) -> str | None:
    """The text of the tool results that are the latest turn, if they are (a user message of them)."""
    last = body["messages"][-1] if body["messages"] else {}
    content = last.get("content")
    if last.get("role") != "user" or not isinstance(content, list):
        return None
    results = [b for b in content if b.get("type") == "tool_result"]
    if not results:
        return None
    texts: list[str] = []
    for block in results:
        inner = block.get("content") or ""
        texts += [inner] if isinstance(inner, str) else [p.get("text", "") for p in inner if p.get("type") == "text"]
    return "".join(texts)


def counted_words(body: dict[str, Any]) -> int:
    """The words of the system prompt, of every text block and tool result, and of each tool's name
    and description of `body`."""
    texts = [body["system"]] if isinstance(body.get("system"), str) else []
    texts += [f"{tool.get('name', '')} {tool.get('description', '')}" for tool in body.get("tools") or ()]
    for message in body["messages"]:
        content = message["content"]
        blocks = [{"type": "text", "text": content}] if isinstance(content, str) else content
        for block in blocks:
            if block["type"] == "text":
                texts.append(block["text"])
            elif block["type"] == "tool_result" and isinstance(block.get("content"), str):
                texts.append(block["content"])
    return sum(len(text.split()) for text in texts)


class FakeAnthropic:
    def __init__(self) -> None:
        self.log = UpstreamLog()
        self.app = Starlette(routes=[Route("/v1/messages", self.messages, methods=["POST"]),
                                     Route("/v1/messages/count_tokens", self.count_tokens, methods=["POST"])])

    async def count_tokens(self, request: Request) -> Response:
        body = orjson.loads(await request.body())
        self.log.record(Received(request.url.path, dict(request.headers), body))
        if request.headers.get("x-api-key") != ANTHROPIC_KEY or "authorization" in request.headers:
            return error(401, "invalid x-api-key")
        problem = typed_dict_problem(_COUNT, MessageCountTokensParams, body) or beta_problem(request)
        if problem or request.headers.get("anthropic-version") != "2023-06-01":
            return error(400, problem or "anthropic-version header missing or wrong")
        plan = make_plan(body["model"], _user_text(body))
        if plan.status:
            return error(plan.status, f"fake anthropic failure {plan.status}")
        return JSONResponse({"input_tokens": COUNT_BASE + counted_words(body)})

    async def messages(self, request: Request) -> Response:
        try:
            body = orjson.loads(await request.body())
        except orjson.JSONDecodeError:
            return error(400, "invalid JSON")
        self.log.record(Received(request.url.path, dict(request.headers), body))
        problem = protocol_problem(request, body)
        if problem == "auth":
            return error(401, "invalid x-api-key")
        if problem:
            return error(400, problem)
        forced = (body.get("tool_choice") or {}).get("name")
        plan = make_plan(body["model"], _user_text(body), tool_result=_tool_result(body))
        if forced and plan.text is not None:
            # A forced tool is how the gateway asks for JSON: answer with that tool's input.
            plan.calls, plan.text, plan.finish = [(forced, {"echo": _user_text(body)})], None, "tool_calls"
        if plan.status:
            return error(plan.status, f"fake anthropic failure {plan.status}")
        if plan.text is not None and _searches(body) and "[pause]" in _user_text(body):
            plan.finish = "pause_turn"  # the search blocks, no text yet
        if body.get("stream"):
            return StreamingResponse(self._stream(body, plan), media_type="text/event-stream")
        answer = _dump(self._message(body, plan, container=_container(body) if plan.text is not None else None))
        if not plan.usage:
            del answer["usage"]
        return JSONResponse(answer)

    @staticmethod
    def _blocks(plan: Plan, thinking: bool = False, body: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        blocks: list[dict[str, Any]] = [_thinking_block(body or {})] if thinking else []
        if plan.text is not None and body is not None:
            blocks += _server_blocks(body)
        citations = _citations(body, _user_text(body)) if plan.text is not None and body is not None else []
        blocks += [{"type": "text", "text": plan.text, **({"citations": citations} if citations else {})}] \
            if plan.text is not None and plan.finish != "pause_turn" else []
        blocks += [{"type": "tool_use", "id": f"toolu_{i}", "name": name, "input": args}
                   for i, (name, args) in enumerate(plan.calls)]
        return blocks

    def _message(self, body: dict[str, Any], plan: Plan, *, content: bool = True,
                 container: dict[str, Any] | None = None) -> Message:
        return Message.model_validate({
            "id": "msg_fake01", "type": "message", "role": "assistant", "model": body["model"],
            **({"container": container} if container else {}),
            "content": self._blocks(plan, _thinking(body), body) if content else [],
            "stop_reason": _STOP_REASONS[plan.finish] if content else None, "stop_sequence": None,
            "usage": {"input_tokens": plan.prompt_tokens, "output_tokens": plan.completion_tokens if content else 1,
                      "cache_read_input_tokens": 0, "cache_creation_input_tokens": 0,
                      **({"server_tool_use": SEARCHED} if content and _searches(body) else {})},
        })

    async def _stream(self, body: dict[str, Any], plan: Plan) -> AsyncIterator[bytes]:
        yield _event(RawMessageStartEvent(type="message_start", message=self._message(body, plan, content=False)),
                     usage=plan.usage)
        yield b"event: ping\ndata: {\"type\": \"ping\"}\n\n"
        index = 0
        if _thinking(body):
            yield _event(RawContentBlockStartEvent.model_validate({"type": "content_block_start", "index": 0,
                "content_block": {"type": "thinking", "thinking": "", "signature": ""}}))
            for piece in pieces(_thinking_block(body)["thinking"]):
                yield _event(RawContentBlockDeltaEvent.model_validate({"type": "content_block_delta", "index": 0,
                    "delta": {"type": "thinking_delta", "thinking": piece}}))
            yield _event(RawContentBlockDeltaEvent.model_validate({"type": "content_block_delta", "index": 0,
                "delta": {"type": "signature_delta", "signature": THINKING["signature"]}}))
            yield _event(RawContentBlockStopEvent(type="content_block_stop", index=0))
            index = 1
        server = _server_blocks(body) if plan.text is not None else []
        for use, result in zip(server[::2], server[1::2], strict=True):
            yield _event(RawContentBlockStartEvent.model_validate({"type": "content_block_start", "index": index,
                                                                   "content_block": {**use, "input": {}}}))
            for piece in pieces(orjson.dumps(use["input"]).decode(), 6):
                yield _event(RawContentBlockDeltaEvent.model_validate({
                    "type": "content_block_delta", "index": index,
                    "delta": {"type": "input_json_delta", "partial_json": piece}}))
            yield _event(RawContentBlockStopEvent(type="content_block_stop", index=index))
            yield _event(RawContentBlockStartEvent.model_validate({"type": "content_block_start", "index": index + 1,
                                                                   "content_block": result}))
            yield _event(RawContentBlockStopEvent(type="content_block_stop", index=index + 1))
            index += 2
        if plan.text is not None and plan.finish != "pause_turn":
            yield _event(RawContentBlockStartEvent.model_validate(
                {"type": "content_block_start", "index": index, "content_block": {"type": "text", "text": ""}}))
            for citation in _citations(body, _user_text(body)):
                yield _event(RawContentBlockDeltaEvent.model_validate({
                    "type": "content_block_delta", "index": index,
                    "delta": {"type": "citations_delta", "citation": citation}}))
            for step, piece in enumerate(pieces(plan.text)):
                yield _event(RawContentBlockDeltaEvent.model_validate(
                    {"type": "content_block_delta", "index": index, "delta": {"type": "text_delta", "text": piece}}))
                if plan.cut and step == 1:
                    await drop_connection()
                await asyncio.sleep(0)
            yield _event(RawContentBlockStopEvent(type="content_block_stop", index=index))
            index += 1
        for (name, _), args, number in zip(plan.calls, plan.args_json, range(len(plan.calls))):
            block = index + number
            yield _event(RawContentBlockStartEvent.model_validate({
                "type": "content_block_start", "index": block,
                "content_block": {"type": "tool_use", "id": f"toolu_{number}", "name": name, "input": {}}}))
            for piece in pieces(args, 7):
                yield _event(RawContentBlockDeltaEvent.model_validate({
                    "type": "content_block_delta", "index": block,
                    "delta": {"type": "input_json_delta", "partial_json": piece}}))
            yield _event(RawContentBlockStopEvent(type="content_block_stop", index=block))
        container = _container(body) if plan.text is not None else None
        yield _event(RawMessageDeltaEvent.model_validate({
            "type": "message_delta", "delta": {"stop_reason": _STOP_REASONS[plan.finish], "stop_sequence": None,
                                               **({"container": container} if container else {})},
            "usage": {"output_tokens": plan.completion_tokens,
                      **({"server_tool_use": SEARCHED} if _searches(body) else {})}}),
                     usage=plan.usage)
        yield _event(RawMessageStopEvent(type="message_stop"))
