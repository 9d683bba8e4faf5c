"""Anthropic's Messages API: `POST /v1/messages` and `POST /v1/messages/count_tokens`.

What Claude Code and every Anthropic SDK speak (Claude Code is pointed at the gateway with
`ANTHROPIC_BASE_URL`). The key comes in `x-api-key` (Anthropic's SDKs) or as a bearer token
(`ANTHROPIC_AUTH_TOKEN`); `anthropic-version` and `anthropic-beta` are accepted: Anthropic models
are sent the client's betas (as `anthropic-beta`, see providers/anthropic.py), the others ignore
them, so a beta the gateway cannot honour is ignored rather than refused (only one holding personal
data of an anonymized request is, as any value sent verbatim). The
code-execution container an Anthropic model's answer used comes back as Anthropic sends it:
`container` on the message, and in a stream on message_delta (and on message_start where the
upstream had it there). A request is parsed into the canonical types
(dialects/anthropic_request.py) and runs the same pipeline as a chat, for every model of the
catalog: answers are rendered as an Anthropic `message`, streams as Anthropic's typed events, and
errors in Anthropic's shape, `{"type": "error", "error": {"type", "message"}}`, with the statuses
its SDKs map to their exception classes.
"""

from __future__ import annotations

import os
from collections.abc import AsyncGenerator
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response

from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.errors import GatewayError, InvalidRequest, PayloadTooLarge, RateLimited, UpstreamError
from tarnkappe.core.principal import Principal
from tarnkappe.core.types import ChatChunk, ChatRequest, ToolCallDelta, Usage
from tarnkappe.dialects.anthropic_request import (
    FIELDS,
    RENAMES,
    ParsedMessages,
    anthropic_betas,
    parse_messages_request,
)
from tarnkappe.dialects.client_paths import named_as_sent
from tarnkappe.dialects.media import refuse_media_if_masked
from tarnkappe.dialects.typed_frames import event_prefix
from tarnkappe.gateway.pipeline import Gateway
from tarnkappe.logs import log_unexpected
from tarnkappe.server.http import (
    ClientDisconnected,
    DisconnectWatch,
    JSONResponse,
    api_key_from_headers,
    parse_json_object,
    read_body,
)
from tarnkappe.server.route_table import Dialect, Endpoint
from tarnkappe.server.sse_response import SSEResponse, TypedFrames, event_frame, first_item
from tarnkappe.wire import anthropic as aw

MOUNT = "/v1"
PATH_PREFIXES = ("/v1/messages",)
# Says whether a count_tokens answer is exact or an estimate; an estimate also gets its upper bound.
TOKEN_COUNT_HEADER = "x-tarnkappe-token-count"
TOKEN_UPPER_BOUND_HEADER = "x-tarnkappe-token-count-upper-bound"

# --------------------------------------------------------------------------- errors

_TYPE_BY_STATUS = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    503: "overloaded_error",
    504: "timeout_error",
}


def error_body(type_: str, message: str) -> dict[str, Any]:
    return {"type": "error", "error": {"type": type_, "message": message}}


def render_error(exc: BaseException) -> tuple[int, dict[str, Any], dict[str, str]]:
    """(status, body, extra headers) in Anthropic's shape. Unexpected exceptions become a generic
    500: their text may hold anything, so it goes to the log (type only), never to the client."""
    if isinstance(exc, GatewayError):
        headers: dict[str, str] = {}
        if isinstance(exc, RateLimited):
            headers["retry-after"] = str(max(1, round(exc.retry_after)))
        type_ = _TYPE_BY_STATUS.get(exc.status, "api_error")
        if isinstance(exc, PayloadTooLarge):
            type_ = "request_too_large"
        # Anthropic names the field at fault in front of its message (`max_tokens: Field required`).
        named = not exc.param or exc.message.startswith(f"{exc.param}:")
        message = exc.message if named else f"{exc.param}: {exc.message}"
        return exc.status, error_body(type_, message), headers
    log_unexpected(exc)
    return 500, error_body("api_error", "The gateway had an internal error."), {}


def error_response(exc: BaseException) -> Response:
    status, body, headers = render_error(exc)
    return JSONResponse(body, status_code=status, headers=headers)


# --------------------------------------------------------------------------- streams


# The fixed bytes of the events every block sends (dialects/typed_frames.py).
_START = event_prefix("content_block_start", "index")
_DELTA = event_prefix("content_block_delta", "index")
_STOP = event_prefix("content_block_stop", "index")
_TEXT_BLOCK = b',"content_block":{"type":"text","text":""}}\n\n'
_TEXT_DELTA = b',"delta":{"type":"text_delta","text":'
_JSON_DELTA = b',"delta":{"type":"input_json_delta","partial_json":'
_PING = event_frame("ping", {"type": "ping"})
_MESSAGE_STOP = event_frame("message_stop", {"type": "message_stop"})


class MessageEvents:
    """One stream's canonical chunks as Anthropic's events:

        message_start, ping → (content_block_start → content_block_delta* → content_block_stop)*
        → message_delta (stop_reason, usage) → message_stop

    An Anthropic model's thinking opens thinking blocks (thinking_delta, signature_delta), text a
    text block, each tool call a tool_use block (its argument pieces as input_json_delta); its
    server tools' blocks open as they were (a server_tool_use's input as input_json_delta) and
    its citations are citations_delta of the text block; a block is closed when the next one
    opens. The code-execution container the answer used goes into `message_delta` (and into
    `message_start` too where the upstream's first event named it). Usage arrives last (the
    pipeline's providers put it on the final chunk), so it goes into `message_delta`, which the
    SDKs read as the final count.

    Written for speed, as it runs for every piece of every answer: the events of text and tool
    arguments are joined from fixed bytes and the piece's JSON string (dialects/typed_frames.py),
    and the frames of a network read's chunks are joined once, by the writer (server/sse_response.py)."""

    def __init__(self, message_id: str, model: str) -> None:
        self.message_id = message_id
        self.model = model
        self.started = False
        self.block = -1  # the index of the open block, -1: none yet
        self.open: str | None = None  # the open block's type ("text", "tool_use"…), None: closed
        self.at = b""  # the open block's index as its events' JSON has it: `"index":N`'s N
        self.tool_blocks: dict[int, int] = {}  # tool-call index → block index
        self.thinking_blocks: dict[int, int] = {}  # thinking block number → block index
        self.finish: str | None = None
        self.usage: Usage | None = None
        self.container: dict[str, Any] | None = None  # the code-execution container the answer used

    def _open(self, content_block: dict[str, Any], frames: list[bytes]) -> None:
        self._close(frames)
        self.block += 1
        self.open = content_block["type"]
        self.at = b"%d" % self.block
        frames.append(_START + self.at + b',"content_block":' + orjson.dumps(content_block) + b"}\n\n")

    def _open_text(self, frames: list[bytes]) -> None:
        self._close(frames)
        self.block += 1
        self.open = "text"
        self.at = b"%d" % self.block
        frames.append(_START + self.at + _TEXT_BLOCK)

    def _close(self, frames: list[bytes]) -> None:
        if self.open is not None:
            frames.append(_STOP + self.at + b"}\n\n")
            self.open = None

    def _delta(self, delta: dict[str, Any], frames: list[bytes]) -> None:
        frames.append(_DELTA + self.at + b',"delta":' + orjson.dumps(delta) + b"}\n\n")

    def _tool_piece(self, call: ToolCallDelta, frames: list[bytes]) -> None:
        if call.index not in self.tool_blocks:
            self._open({"type": "tool_use", "id": call.id or f"toolu_{_random_hex()}",
                        "name": call.name or "", "input": {}}, frames)
            self.tool_blocks[call.index] = self.block
        elif self.tool_blocks[call.index] != self.block or self.open != "tool_use":
            # Anthropic's blocks cannot interleave: a piece of a call whose block is closed.
            raise UpstreamError("the upstream interleaved the pieces of parallel tool calls")
        if call.arguments:
            frames.append(_DELTA + self.at + _JSON_DELTA + orjson.dumps(call.arguments) + b"}}\n\n")

    def _thinking_piece(self, piece: dict[str, Any], frames: list[bytes]) -> None:
        number = piece["index"]
        if "type" in piece:
            block = ({"type": "thinking", "thinking": "", "signature": ""} if piece["type"] == "thinking"
                     else {"type": "redacted_thinking", "data": piece.get("data", "")})
            self._open(block, frames)
            self.thinking_blocks[number] = self.block
        elif self.thinking_blocks.get(number) != self.block or self.open not in aw.THINKING_BLOCKS:
            raise UpstreamError("the upstream interleaved the pieces of its thinking blocks")
        for key, kind in (("thinking", "thinking_delta"), ("signature", "signature_delta")):
            if piece.get(key):
                self._delta({"type": kind, key: piece[key]}, frames)

    def _native_piece(self, piece: dict[str, Any], frames: list[bytes]) -> None:
        if "start" in piece:
            self._open(piece["start"], frames)
        elif "text" in piece:
            self._open_text(frames)
        elif "input" in piece:
            if self.open != "server_tool_use":
                raise UpstreamError("the upstream sent a server tool's input outside its block")
            frames.append(_DELTA + self.at + _JSON_DELTA + orjson.dumps(piece["input"]) + b"}}\n\n")
        elif "citation" in piece:
            if self.open != "text":
                self._open_text(frames)
            self._delta({"type": "citations_delta", "citation": piece["citation"]}, frames)
        elif "container" in piece:
            self.container = piece["container"]  # said in message_delta, as Anthropic does

    def _start(self, chunk: ChatChunk, frames: list[bytes]) -> None:
        self.started = True
        message: dict[str, Any] = {
            "id": self.message_id, "type": "message", "role": "assistant", "model": self.model,
            "content": [], "stop_reason": None, "stop_sequence": None,
            "usage": aw.usage_to_wire(chunk.usage)}
        # A container the upstream named in its message_start (its first chunk) is named here too.
        container = next((d.native["container"] for d in chunk.choices
                          if d.index == 0 and d.native and "container" in d.native), None)
        if container is not None:
            message["container"] = container
        frames.append(event_frame("message_start", {"type": "message_start", "message": message}))
        frames.append(_PING)

    def chunk(self, chunk: ChatChunk) -> list[bytes]:
        """The chunk's events (none, while a block is only opened)."""
        frames: list[bytes] = []
        if not self.started:
            self._start(chunk, frames)
        for delta in chunk.choices:
            if delta.index != 0:
                continue  # the Messages API has one answer (no `n`)
            if delta.thinking is not None:
                self._thinking_piece(delta.thinking, frames)
            if delta.native is not None:
                self._native_piece(delta.native, frames)
            text = delta.content or delta.refusal
            if text:
                if self.open != "text":
                    self._open_text(frames)
                frames.append(_DELTA + self.at + _TEXT_DELTA + orjson.dumps(text) + b"}}\n\n")
            if delta.tool_calls:
                for call in delta.tool_calls:
                    self._tool_piece(call, frames)
            if delta.finish_reason is not None:
                self.finish = delta.finish_reason
        if chunk.usage is not None:
            self.usage = chunk.usage
        return frames

    def end(self) -> list[bytes]:
        frames: list[bytes] = []
        self._close(frames)
        usage = aw.usage_to_wire(self.usage)
        delta: dict[str, Any] = {"stop_reason": aw.stop_reason(self.finish or "stop"), "stop_sequence": None}
        if self.container is not None:
            delta["container"] = self.container
        frames.append(event_frame("message_delta", {"type": "message_delta", "delta": delta, "usage": usage}))
        frames.append(_MESSAGE_STOP)
        return frames

    def error(self, exc: BaseException) -> bytes:
        return event_frame("error", render_error(exc)[1])


def _anthropic_model(entry: ModelEntry) -> bool:
    """Whether every deployment of the catalog model is Anthropic's (a routed model may fall back to
    another provider's, which could not honour what only Anthropic models can)."""
    providers = {deployment.provider or entry.provider for deployment in entry.deployments} or {entry.provider}
    return providers == {"anthropic"}


def _named_as_sent(exc: BaseException, checked: list[ParsedMessages]) -> BaseException:
    """A refusal of the pipeline or a provider, which name the canonical field
    (`tools[1].function.name`, `messages[3].tool_calls[0]…`), with the field as the client sent it
    (`tools[1].name`, `messages[2].content[1]…`). `checked` is empty until the request was parsed
    and checked: errors before that name the client's fields already."""
    return named_as_sent(exc, checked[0].request, checked[0].origins, RENAMES, FIELDS) if checked else exc


def message_id(upstream_id: str) -> str:
    """The upstream's id where it is Anthropic's own, else a new one in Anthropic's form."""
    return upstream_id if upstream_id.startswith("msg_") else "msg_" + _random_hex()


def _random_hex() -> str:
    """24 random hex digits, as Anthropic's ids end (os.urandom's, as uuid4's are, without building
    a UUID: it cost as much as rendering three stream events)."""
    return os.urandom(12).hex()


def stream_events(first: list[ChatChunk], rest: AsyncGenerator[list[ChatChunk], None],
                  model: str) -> SSEResponse[list[ChatChunk]]:
    """The stream as the response that writes its events (its chunks a network read's at a time)."""
    return SSEResponse(first, rest, TypedFrames(MessageEvents(message_id(first[0].id), model)))


# --------------------------------------------------------------------------- endpoints


def api_key(request: Request) -> str | None:
    """`x-api-key` (Anthropic's SDKs), else the gateway's other key headers (a bearer token is what
    Claude Code sends with ANTHROPIC_AUTH_TOKEN)."""
    return (request.headers.get("x-api-key") or "").strip(" \t") or api_key_from_headers(request.headers)


class MessagesEndpoints:
    def __init__(self, gateway: Gateway, max_body_bytes: int) -> None:
        self.gateway = gateway
        self.max_body_bytes = max_body_bytes

    def endpoints(self) -> list[Endpoint]:
        return [
            Endpoint("POST", MOUNT, "/messages", self.messages, hot=True),
            Endpoint("POST", MOUNT, "/messages/count_tokens", self.count_tokens),
        ]

    async def _parse(self, request: Request, principal: Principal, checked: list[ParsedMessages], *,
                     count: bool) -> ChatRequest:
        """The canonical request, once what cannot be sent is refused by the client's field names;
        then noted in `checked`, so that the refusals of the pipeline and the providers that follow
        (which name canonical fields) are named as the client sent them."""
        parsed = parse_messages_request(
            parse_json_object(await read_body(request, self.max_body_bytes)), count_only=count)
        parsed.request.anthropic_beta = anthropic_betas(request.headers.getlist("anthropic-beta"))
        refuse_media_if_masked(self.gateway, principal, parsed.request, parsed.media_paths)
        if parsed.anthropic_only and not _anthropic_model(self.gateway.model_for(principal, parsed.request.model)):
            where = parsed.anthropic_only[0]
            raise InvalidRequest(
                f"{where}: only Anthropic models can honour this (a tool with a type, a document to cite, a "
                f"search result, an image or document in a tool_result, a code-execution container); "
                f"{parsed.request.model} is not one. "
                "Send it to an Anthropic model of the catalog, or without it.", param=where)
        checked.append(parsed)
        return parsed.request

    async def messages(self, request: Request) -> Response | SSEResponse[list[ChatChunk]]:
        watch = DisconnectWatch(request)
        checked: list[ParsedMessages] = []

        async def read(principal: Principal) -> ChatRequest:
            chat = await self._parse(request, principal, checked, count=False)
            if not chat.stream:
                watch.start()  # a stream watches for the disconnect itself (SSEResponse)
            return chat

        try:
            reply = await watch.run(self.gateway.chat(api_key(request), read))
            if reply.stream is not None:
                first = await first_item(reply.stream)
                return stream_events(first, reply.stream, reply.request.model)
            assert reply.result is not None
            return JSONResponse(aw.result_to_wire(reply.result, message_id(reply.result.id)))
        except ClientDisconnected:
            return Response(status_code=499)
        except Exception as exc:
            return error_response(_named_as_sent(exc, checked))

    async def count_tokens(self, request: Request) -> Response:
        checked: list[ParsedMessages] = []

        async def read(principal: Principal) -> ChatRequest:
            return await self._parse(request, principal, checked, count=True)

        try:
            count = await self.gateway.count_tokens(api_key(request), read)
        except Exception as exc:
            return error_response(_named_as_sent(exc, checked))
        headers = {TOKEN_COUNT_HEADER: "exact" if count.exact else "estimate"}
        if count.upper_bound is not None:
            headers[TOKEN_UPPER_BOUND_HEADER] = str(count.upper_bound)
        return JSONResponse({"input_tokens": count.tokens}, headers=headers)


DIALECT = Dialect(
    name="anthropic",
    path_prefixes=PATH_PREFIXES,
    endpoints=lambda gateway, max_body_bytes: MessagesEndpoints(gateway, max_body_bytes).endpoints(),
    render_error=render_error,
)
