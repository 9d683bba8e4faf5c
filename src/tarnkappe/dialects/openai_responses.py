"""OpenAI's Responses API: `POST /v1/responses` (also under `/api/openai/v1`).

What the OpenAI Agents SDK uses by default and Codex CLI speaks. A request is parsed into the
canonical types (dialects/responses_request.py) and runs the chat pipeline for every model of the
catalog; the answer is a `response` object in OpenAI's shape (`output` items, `usage`, `status`,
`incomplete_details`), a stream OpenAI's typed events with increasing `sequence_number`:

    response.created → response.in_progress
    → (response.output_item.added → response.content_part.added → response.output_text.delta*
       → response.output_text.done → response.content_part.done → response.output_item.done)   text
    → (response.output_item.added → response.function_call_arguments.delta*
       → response.function_call_arguments.done → response.output_item.done)*                    tools
      (a custom tool's call: response.custom_tool_call_input.delta → .done, its text whole)
    → response.completed | response.incomplete (max_output_tokens, content_filter)

and after the first byte an error as an `error` event followed by `response.failed`. Errors before
it are OpenAI error objects, as in the Chat Completions dialect. Nothing is stored (see
responses_request.py): `GET` and `DELETE /v1/responses/{id}` answer 404 and say why.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncGenerator, Mapping
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response

from tarnkappe.core.errors import GatewayError, ModelNotFound
from tarnkappe.core.principal import Principal
from tarnkappe.core.types import ChatChunk, ChatRequest, ChatResult, ToolCallDelta, Usage
from tarnkappe.dialects.client_paths import named_as_sent
from tarnkappe.dialects.media import refuse_media_if_masked
from tarnkappe.dialects.openai import BASE_PATHS, error_response, render_error
from tarnkappe.dialects.responses_request import (
    CUSTOM_INPUT,
    FIELDS,
    OMITTED_TOOLS_HEADER,
    RENAMES,
    STATELESS,
    ParsedResponses,
    ToolOrigin,
    parse_responses_request,
)
from tarnkappe.dialects.typed_frames import event_prefix
from tarnkappe.gateway.pipeline import Gateway
from tarnkappe.server.http import (
    ClientDisconnected,
    DisconnectWatch,
    JSONResponse,
    api_key_from_headers,
    parse_json_object,
    read_body,
)
from tarnkappe.server.route_table import Dialect, Endpoint
from tarnkappe.server.sse_response import SSE_HEADERS, SSEResponse, TypedFrames, first_item

# Finish reasons that end a response as incomplete, and the reason OpenAI gives for each.
INCOMPLETE = {"length": "max_output_tokens", "content_filter": "content_filter"}


def _id(prefix: str) -> str:
    """A new id in OpenAI's form: the prefix and 32 random hex digits (os.urandom's, as uuid4's
    are; without building a UUID, an eighth of a stream's rendering at three ids per stream)."""
    return f"{prefix}_{os.urandom(16).hex()}"


def usage_to_wire(usage: Usage | None) -> dict[str, Any]:
    usage = usage or Usage(prompt_tokens=0)
    cached = int((usage.prompt_tokens_details or {}).get("cached_tokens") or 0)
    reasoning = int((usage.completion_tokens_details or {}).get("reasoning_tokens") or 0)
    return {"input_tokens": usage.prompt_tokens, "input_tokens_details": {"cached_tokens": cached},
            "output_tokens": usage.completion_tokens, "output_tokens_details": {"reasoning_tokens": reasoning},
            "total_tokens": usage.total_tokens}


def message_item(item_id: str, text: str, status: str) -> dict[str, Any]:
    return {"id": item_id, "type": "message", "status": status, "role": "assistant",
            "content": [output_text(text)] if status != "in_progress" else []}


def output_text(text: str) -> dict[str, Any]:
    return {"type": "output_text", "text": text, "annotations": [], "logprobs": []}


def call_item(item_id: str, call_id: str, name: str, arguments: str, status: str,
              origins: dict[str, ToolOrigin] | None = None) -> dict[str, Any]:
    """A tool call as the client named the tool: a function_call (with its `namespace` where the
    tool was one of a namespace), or a custom_tool_call whose `input` is the text argument."""
    origin = (origins or {}).get(name)
    if origin is None:
        return {"id": item_id, "type": "function_call", "status": status, "call_id": call_id, "name": name,
                "arguments": arguments}
    namespace = {"namespace": origin.namespace} if origin.namespace else {}
    if origin.custom:
        return {"id": item_id, "type": "custom_tool_call", "status": status, "call_id": call_id,
                "name": origin.name, **namespace, "input": custom_input(arguments) if status != "in_progress" else ""}
    return {"id": item_id, "type": "function_call", "status": status, "call_id": call_id, "name": origin.name,
            **namespace, "arguments": arguments}


def custom_input(arguments: str) -> str:
    """The text a custom tool was called with: the `input` of the function's arguments (a model that
    answered something else has its arguments passed on as they are)."""
    try:
        value = orjson.loads(arguments)
    except orjson.JSONDecodeError:
        return arguments
    if isinstance(value, dict) and isinstance(value.get(CUSTOM_INPUT), str):
        return str(value[CUSTOM_INPUT])
    return arguments


class ResponseShell:
    """The parts of a response object that repeat the request, and its id and time."""

    def __init__(self, model: str, echo: dict[str, Any], origins: dict[str, ToolOrigin] | None = None) -> None:
        self.id = _id("resp")
        self.created_at = int(time.time())
        self.model = model
        self.echo = echo
        self.origins = origins or {}

    def render(self, status: str, output: list[dict[str, Any]], usage: Usage | None, *,
               finish: str | None = None, error: dict[str, Any] | None = None) -> dict[str, Any]:
        reason = INCOMPLETE.get(finish or "")
        if status == "completed" and reason:
            status = "incomplete"
        return {
            "id": self.id, "object": "response", "created_at": self.created_at, "status": status,
            "background": False, "error": error,
            "incomplete_details": {"reason": reason} if status == "incomplete" else None,
            "model": self.model, "output": output, "previous_response_id": None, "store": False,
            "truncation": "disabled", "usage": usage_to_wire(usage) if status != "in_progress" else None,
            **self.echo,
        }


def response_to_wire(result: ChatResult, shell: ResponseShell) -> dict[str, Any]:
    """A canonical result (its first choice: the Responses API has no `n`) as a response object."""
    output: list[dict[str, Any]] = []
    choice = result.choices[0] if result.choices else None
    if choice is not None:
        text = choice.message.text() or choice.message.refusal or ""
        if text or not choice.message.tool_calls:
            output.append(message_item(_id("msg"), text, "completed"))
        for call in choice.message.tool_calls or ():
            output.append(call_item(_id("fc"), call.id, call.name, call.arguments, "completed", shell.origins))
    return shell.render("completed", output, result.usage, finish=choice.finish_reason if choice else None)


# The fixed bytes of each event, up to its sequence number (dialects/typed_frames.py).
_CREATED = event_prefix("response.created", "sequence_number")
_IN_PROGRESS = event_prefix("response.in_progress", "sequence_number")
_ITEM_ADDED = event_prefix("response.output_item.added", "sequence_number")
_PART_ADDED = event_prefix("response.content_part.added", "sequence_number")
_TEXT_DELTA = event_prefix("response.output_text.delta", "sequence_number")
_TEXT_DONE = event_prefix("response.output_text.done", "sequence_number")
_PART_DONE = event_prefix("response.content_part.done", "sequence_number")
_ARGUMENTS_DELTA = event_prefix("response.function_call_arguments.delta", "sequence_number")
_ARGUMENTS_DONE = event_prefix("response.function_call_arguments.done", "sequence_number")
_CUSTOM_DELTA = event_prefix("response.custom_tool_call_input.delta", "sequence_number")
_CUSTOM_DONE = event_prefix("response.custom_tool_call_input.done", "sequence_number")
_ITEM_DONE = event_prefix("response.output_item.done", "sequence_number")
_ENDED = {"completed": event_prefix("response.completed", "sequence_number"),
          "incomplete": event_prefix("response.incomplete", "sequence_number")}
_ERROR = event_prefix("error", "sequence_number")
_FAILED = event_prefix("response.failed", "sequence_number")
_NO_LOGPROBS = b',"logprobs":[]}\n\n'


class ResponseEvents:
    """One stream's canonical chunks as the Responses API's typed events. The message item (all
    text of the answer) and one function_call item per tool call are opened as their first piece
    arrives and completed at the end, in the order they were opened.

    Written for speed, as it runs for every piece of every answer: a text or arguments delta is
    joined from fixed bytes, its item's pre-rendered part and the piece's JSON string
    (dialects/typed_frames.py); the pieces are kept in lists and joined once at the end (not a
    string copied per piece); at the end each text and each item is encoded once and placed as it
    is (orjson.Fragment) in the events and the response that repeat it; and the frames of a network
    read's chunks are joined once, by the writer (server/sse_response.py)."""

    def __init__(self, shell: ResponseShell) -> None:
        self.shell = shell
        self.sequence = 0
        self.items: list[dict[str, Any]] = []  # the output items, as they will be when done
        self.message: int | None = None  # output index of the message item
        self.text: list[str] = []  # the message's text, in pieces
        self.calls: dict[int, int] = {}  # tool-call index → output index
        self.arguments: dict[int, list[str]] = {}  # output index → a tool call's arguments, in pieces
        self.text_at = b""  # the message's deltas' bytes between sequence number and piece
        self.delta_at: dict[int, bytes] = {}  # output index → a function call's deltas' bytes, as text_at
        self.finish: str | None = None
        self.usage: Usage | None = None

    def _event(self, prefix: bytes, fields: dict[str, Any], frames: list[bytes]) -> None:
        """An event of fields that vary (rendered whole, after the type and sequence number)."""
        frames.append(prefix + b"%d," % self.sequence + orjson.dumps(fields)[1:] + b"\n\n")
        self.sequence += 1

    def chunk(self, chunk: ChatChunk) -> list[bytes]:
        """The chunk's events (none, while an item is only opened)."""
        frames: list[bytes] = []
        if self.sequence == 0:
            started = orjson.Fragment(orjson.dumps(self.shell.render("in_progress", [], None)))
            self._event(_CREATED, {"response": started}, frames)
            self._event(_IN_PROGRESS, {"response": started}, frames)
        for delta in chunk.choices:
            if delta.index != 0:
                continue
            text = delta.content or delta.refusal
            if text:
                if self.message is None:
                    self._open_message(frames)
                self.text.append(text)
                frames.append(b"".join((_TEXT_DELTA, b"%d" % self.sequence, self.text_at, orjson.dumps(text),
                                        _NO_LOGPROBS)))
                self.sequence += 1
            if delta.tool_calls:
                for call in delta.tool_calls:
                    self._call_piece(call, frames)
            if delta.finish_reason is not None:
                self.finish = delta.finish_reason
        if chunk.usage is not None:
            self.usage = chunk.usage
        return frames

    def _open_message(self, frames: list[bytes]) -> None:
        """The message item opened: its added events, and its deltas' bytes."""
        index = self.message = len(self.items)
        item = message_item(_id("msg"), "", "in_progress")
        self.items.append(item)
        self._event(_ITEM_ADDED, {"output_index": index, "item": item}, frames)
        item["content"] = [output_text("")]
        self._event(_PART_ADDED, {"item_id": item["id"], "output_index": index, "content_index": 0,
                                  "part": output_text("")}, frames)
        self.text_at = (b',"item_id":' + orjson.dumps(item["id"]) + b',"output_index":%d' % index
                        + b',"content_index":0,"delta":')

    def _call_piece(self, call: ToolCallDelta, frames: list[bytes]) -> None:
        if call.index not in self.calls:
            item = call_item(_id("fc"), call.id or _id("call"), call.name or "", "", "in_progress", self.shell.origins)
            index = self.calls[call.index] = len(self.items)
            self.items.append(item)
            self.arguments[index] = []
            self._event(_ITEM_ADDED, {"output_index": index, "item": item}, frames)
            self.delta_at[index] = b',"item_id":' + orjson.dumps(item["id"]) + b',"output_index":%d,"delta":' % index
        index = self.calls[call.index]
        if call.arguments:
            self.arguments[index].append(call.arguments)
            if self.items[index]["type"] != "custom_tool_call":
                frames.append(b"".join((_ARGUMENTS_DELTA, b"%d" % self.sequence, self.delta_at[index],
                                        orjson.dumps(call.arguments), b"}\n\n")))
                self.sequence += 1
            # (a custom tool's text is inside the function's JSON arguments: sent whole at the end)

    def _settle(self) -> None:
        """The items' text and arguments so far, joined into them (as the end and the failed
        response show them)."""
        if self.message is not None:
            self.items[self.message]["content"][0]["text"] = "".join(self.text)
        for index, pieces in self.arguments.items():
            if self.items[index]["type"] != "custom_tool_call":
                self.items[index]["arguments"] = "".join(pieces)

    def end(self) -> list[bytes]:
        frames: list[bytes] = []
        self._settle()
        output: list[Any] = []
        for index, item in enumerate(self.items):
            item["status"] = "completed"
            where = {"item_id": item["id"], "output_index": index}
            if item["type"] == "message":
                text = orjson.Fragment(orjson.dumps(item["content"][0]["text"]))
                part = orjson.Fragment(orjson.dumps({**item["content"][0], "text": text}))
                self._event(_TEXT_DONE, {**where, "content_index": 0, "text": text, "logprobs": []}, frames)
                self._event(_PART_DONE, {**where, "content_index": 0, "part": part}, frames)
                rendered = orjson.Fragment(orjson.dumps({**item, "content": [part]}))
            elif item["type"] == "custom_tool_call":
                item["input"] = custom_input("".join(self.arguments[index]))
                if item["input"]:
                    self._event(_CUSTOM_DELTA, {**where, "delta": item["input"]}, frames)
                self._event(_CUSTOM_DONE, {**where, "input": item["input"]}, frames)
                rendered = orjson.Fragment(orjson.dumps(item))
            else:
                self._event(_ARGUMENTS_DONE, {**where, "name": item["name"], "arguments": item["arguments"]}, frames)
                rendered = orjson.Fragment(orjson.dumps(item))
            self._event(_ITEM_DONE, {"output_index": index, "item": rendered}, frames)
            output.append(rendered)
        response = self.shell.render("completed", output, self.usage, finish=self.finish)
        self._event(_ENDED[response["status"]], {"response": response}, frames)
        return frames

    def error(self, exc: BaseException) -> bytes:
        self._settle()
        error = render_error(exc)[1]["error"]
        frames: list[bytes] = []
        self._event(_ERROR, {"code": error["code"], "message": error["message"], "param": error["param"]}, frames)
        failed = self.shell.render("failed", self.items, self.usage, error={
            "code": error["code"] or "server_error", "message": error["message"]})
        self._event(_FAILED, {"response": failed}, frames)
        return b"".join(frames)


def stream_events(first: list[ChatChunk], rest: AsyncGenerator[list[ChatChunk], None], shell: ResponseShell,
                  headers: Mapping[str, str] = SSE_HEADERS) -> SSEResponse[list[ChatChunk]]:
    """The stream as the response that writes its events (its chunks a network read's at a time)."""
    return SSEResponse(first, rest, TypedFrames(ResponseEvents(shell)), headers)


class ResponsesEndpoints:
    def __init__(self, gateway: Gateway, max_body_bytes: int) -> None:
        self.gateway = gateway
        self.max_body_bytes = max_body_bytes

    def endpoints(self) -> list[Endpoint]:
        return [
            endpoint
            for base in BASE_PATHS
            for endpoint in (
                Endpoint("POST", base, "/responses", self.create, hot=True),
                Endpoint("GET", base, "/responses/{response_id}", self.stored),
                Endpoint("DELETE", base, "/responses/{response_id}", self.stored),
            )
        ]

    async def create(self, request: Request) -> Response | SSEResponse[list[ChatChunk]]:
        watch = DisconnectWatch(request)
        parsed: list[ParsedResponses] = []
        checked: list[ParsedResponses] = []

        async def read(principal: Principal) -> ChatRequest:
            parsed.append(parse_responses_request(parse_json_object(await read_body(request, self.max_body_bytes))))
            refuse_media_if_masked(self.gateway, principal, parsed[0].request, parsed[0].media_paths)
            checked.append(parsed[0])  # from here on, refusals name canonical fields
            if not parsed[0].request.stream:
                watch.start()  # a stream watches for the disconnect itself (SSEResponse)
            return parsed[0].request

        try:
            reply = await watch.run(self.gateway.chat(api_key_from_headers(request.headers), read))
            shell = ResponseShell(reply.request.model, parsed[0].echo, parsed[0].origins)
            omitted = {OMITTED_TOOLS_HEADER: ", ".join(parsed[0].omitted_tools)} if parsed[0].omitted_tools else {}
            if reply.stream is not None:
                first = await first_item(reply.stream)
                return stream_events(first, reply.stream, shell, {**SSE_HEADERS, **omitted})
            assert reply.result is not None
            return JSONResponse(response_to_wire(reply.result, shell), headers=omitted)
        except ClientDisconnected:
            return Response(status_code=499)
        except Exception as exc:
            # As the client sent the field (`tools[2].name`, not the canonical `tools[1].function.name`).
            named = named_as_sent(exc, checked[0].request, checked[0].sources, RENAMES, FIELDS) if checked else exc
            return error_response(named)

    async def stored(self, request: Request) -> Response:
        """Retrieving or deleting a stored response: there are none (authenticated first, so an
        unknown key gets its 401 as everywhere)."""
        try:
            await self.gateway.authenticate(api_key_from_headers(request.headers))
            raise ModelNotFound(f"No response found: {STATELESS}.", param="response_id", code="not_found")
        except GatewayError as exc:
            return error_response(exc)


DIALECT = Dialect(
    name="openai-responses",
    path_prefixes=tuple(base + "/responses" for base in BASE_PATHS),
    endpoints=lambda gateway, max_body_bytes: ResponsesEndpoints(gateway, max_body_bytes).endpoints(),
    render_error=render_error,
)
