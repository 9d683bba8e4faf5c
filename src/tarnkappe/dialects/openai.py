"""The OpenAI-compatible dialect: `/v1/chat/completions`, `/v1/embeddings`, `/v1/models` (also
under `/api/openai/v1`).

It parses OpenAI's request bodies into canonical requests, hands them to the gateway, and renders
results, stream chunks and errors in OpenAI's exact shape: errors as OpenAI error objects with the
status codes the official SDKs map to their exception classes (400 BadRequestError, 401
AuthenticationError, 403 PermissionDeniedError, 404 NotFoundError, 429 RateLimitError, 5xx
InternalServerError). No business logic lives here; the message formats themselves are
`wire/openai.py`'s, shared with the OpenAI-shaped providers.
Parameters the gateway does not know are accepted and ignored, as OpenAI-compatible clients expect;
known parameters with wrong types or ranges are a 400 naming the parameter.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.requests import Request
from starlette.responses import Response

from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.errors import GatewayError, InvalidRequest, QuotaExceeded, RateLimited
from tarnkappe.core.principal import Principal
from tarnkappe.core.types import ChatChunk, ChatRequest, EmbeddingRequest, Message, ResponseFormat, Tool
from tarnkappe.gateway.pipeline import Gateway
from tarnkappe.logs import log_unexpected
from tarnkappe.server.http import (
    ClientDisconnected,
    DisconnectWatch,
    JSONResponse,
    api_key_from_headers,
    api_key_from_scope,
    check_depth,
    parse_json_object,
    read_body,
    within_depth,
)
from tarnkappe.server.route_table import Dialect, Endpoint
from tarnkappe.server.sse_response import DataFrames, RelayedSSEResponse, SSEResponse, first_item
from tarnkappe.wire import openai as wire

BASE_PATHS = ("/v1", "/api/openai/v1")

# --------------------------------------------------------------------------- request bodies

ROLES = ("system", "developer", "user", "assistant", "tool")


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class _StreamOptions(_Lenient):
    include_usage: bool | None = None


class _JsonSchema(_Lenient):
    name: str = "response"
    schema_: dict[str, Any] | None = Field(default=None, alias="schema")
    strict: bool | None = None


class _ResponseFormat(_Lenient):
    type: Literal["text", "json_object", "json_schema"]
    json_schema: _JsonSchema | None = None


class _Function(_Lenient):
    name: str
    description: str | None = None
    parameters: dict[str, Any] | None = None
    strict: bool | None = None


class _Tool(_Lenient):
    type: Literal["function"] = "function"
    function: _Function


MAX_INT32 = 2**31 - 1  # token counts and ids: what upstreams parse


class ChatCompletionBody(_Lenient):
    model: str = Field(min_length=1)
    # Checked and converted in one pass by wire.message_from_wire (see parse_chat_request).
    messages: list[dict[str, Any]] = Field(min_length=1)
    stream: bool | None = None
    stream_options: _StreamOptions | None = None
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, ge=0, le=1)
    max_tokens: int | None = Field(default=None, ge=1, le=MAX_INT32)
    max_completion_tokens: int | None = Field(default=None, ge=1, le=MAX_INT32)
    stop: str | list[str] | None = None
    seed: int | None = Field(default=None, ge=-(2**63), le=2**63 - 1)
    n: int | None = Field(default=None, ge=1, le=128)
    response_format: _ResponseFormat | None = None
    tools: list[_Tool] | None = None
    tool_choice: Literal["none", "auto", "required"] | dict[str, Any] | None = None
    parallel_tool_calls: bool | None = None
    presence_penalty: float | None = Field(default=None, ge=-2, le=2)
    frequency_penalty: float | None = Field(default=None, ge=-2, le=2)
    logit_bias: dict[str, float] | None = None
    logprobs: bool | None = None
    top_logprobs: int | None = Field(default=None, ge=0, le=20)
    user: str | None = None
    reasoning_effort: str | None = None
    anonymize: bool | None = None
    safe_prompt: bool | None = None


TokenId = Annotated[int, Field(ge=0, le=2**31 - 1)]


class EmbeddingBody(_Lenient):
    model: str = Field(min_length=1)
    input: str | list[str] | list[TokenId] | list[list[TokenId]]
    encoding_format: Literal["float", "base64"] | None = None
    dimensions: int | None = Field(default=None, ge=1, le=65536)
    user: str | None = None
    anonymize: bool | None = None


def _validation_error(exc: ValidationError) -> InvalidRequest:
    first = exc.errors()[0]
    loc = first["loc"]
    param = "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else str(p)) for i, p in enumerate(loc))
    if first["type"] == "missing":
        return InvalidRequest(f"Missing required parameter: '{param}'.", param=param or None)
    return InvalidRequest(f"Invalid value for '{param}': {first['msg']}.", param=param or None)


def parse_chat_request(data: dict[str, Any], *, depth_known: bool = False) -> ChatRequest:
    """`depth_known`: the caller made sure that `data` is nested no deeper than check_depth allows
    (server/http.py's within_depth on its JSON text)."""
    if not depth_known:
        check_depth(data)  # tool schemas, content parts, tool_choice: all go upstream as they are
    plain = _plain_chat_request(data)
    if plain is not None:
        return plain
    try:
        body = ChatCompletionBody.model_validate(data)
    except ValidationError as exc:
        raise _validation_error(exc) from None
    messages = _messages(body.messages)
    fmt = body.response_format
    response_format = None
    if fmt is not None:
        schema = fmt.json_schema
        if fmt.type == "json_schema" and (schema is None or schema.schema_ is None):
            raise InvalidRequest(
                "response_format of type json_schema needs json_schema.schema.", param="response_format.json_schema"
            )
        response_format = ResponseFormat(
            type=fmt.type,
            schema=schema.schema_ if schema else None,
            schema_name=schema.name if schema else None,
            strict=schema.strict if schema else None,
        )
    return ChatRequest(
        model=body.model,
        messages=messages,
        stream=bool(body.stream),
        include_usage=bool(body.stream and body.stream_options and body.stream_options.include_usage),
        temperature=body.temperature,
        top_p=body.top_p,
        max_tokens=body.max_completion_tokens or body.max_tokens,
        stop=[body.stop] if isinstance(body.stop, str) else body.stop,
        seed=body.seed,
        n=body.n or 1,
        response_format=response_format,
        tools=[
            Tool(t.function.name, t.function.description, t.function.parameters, t.function.strict)
            for t in body.tools
        ]
        if body.tools
        else None,
        tool_choice=body.tool_choice,
        parallel_tool_calls=body.parallel_tool_calls,
        presence_penalty=body.presence_penalty,
        frequency_penalty=body.frequency_penalty,
        logit_bias=body.logit_bias,
        logprobs=body.logprobs,
        top_logprobs=body.top_logprobs,
        user=body.user,
        reasoning_effort=body.reasoning_effort,
        anonymize=body.anonymize,
        safe_prompt=body.safe_prompt,
    )


def _messages(raw_messages: list[dict[str, Any]]) -> list[Message]:
    messages = []
    for position, raw in enumerate(raw_messages):
        role = raw.get("role")
        if role not in ROLES:
            param = f"messages[{position}].role"
            if role is None:
                raise InvalidRequest(f"Missing required parameter: '{param}'.", param=param)
            raise InvalidRequest(
                f"Invalid value for '{param}': expected one of {', '.join(ROLES)}.", param=param
            )
        try:
            messages.append(wire.message_from_wire(raw, request=True))
        except wire.WireFormatError as exc:
            param = f"messages[{position}]"
            raise InvalidRequest(f"Invalid value for '{param}': {exc}.", param=param) from None
    return messages


_BODY_FIELDS = frozenset(ChatCompletionBody.model_fields)
# The fields `_plain_chat_request` checks itself (the ones nearly every client sends); a body
# naming any other field of ChatCompletionBody is validated by it.
_PLAIN_FIELDS = frozenset({"model", "messages", "stream", "stream_options", "temperature", "top_p", "max_tokens",
                           "max_completion_tokens", "n", "user", "anonymize"})


def _number(value: Any, low: int, high: int) -> float | None:
    """A JSON number within [low, high] as ChatCompletionBody's float fields make it; None if it is
    anything else (a bool, a string, out of range: pydantic decides, and words the error)."""
    kind = type(value)
    if (kind is float or kind is int) and low <= value <= high:
        return float(value)
    return None


def _plain_chat_request(data: dict[str, Any]) -> ChatRequest | None:
    """The request of a body in the plain shape nearly every client sends, without building the
    pydantic model; None for any other body, which `parse_chat_request` then validates with it.

    Plain: every field of ChatCompletionBody it names is one of `_PLAIN_FIELDS` (others are
    ignored, as the model ignores them), holding exactly the JSON type the field declares, within
    the field's bounds — values the model accepts as they are (a number for a float field becomes
    a float, as the model makes it). Anything the model would convert, refuse or check further (a
    string for a bool, a float for an int, null for a required field, a message that is no
    object) is not plain, so the model's own validation and error messages apply to it unchanged.
    tests/test_chat_parse_plain.py compares both ways over many generated bodies."""
    for key in data:
        if key in _BODY_FIELDS and key not in _PLAIN_FIELDS:
            return None
    model = data.get("model")
    raw_messages = data.get("messages")
    if type(model) is not str or not model or type(raw_messages) is not list or not raw_messages:
        return None
    for raw in raw_messages:
        if type(raw) is not dict:
            return None
    stream = data.get("stream")
    if stream is not None and type(stream) is not bool:
        return None
    include_usage = False
    options = data.get("stream_options")
    if options is not None:
        if type(options) is not dict:
            return None
        asked = options.get("include_usage")
        if asked is not None and type(asked) is not bool:
            return None
        include_usage = bool(stream and asked)
    temperature = data.get("temperature")
    if temperature is not None and (temperature := _number(temperature, 0, 2)) is None:
        return None
    top_p = data.get("top_p")
    if top_p is not None and (top_p := _number(top_p, 0, 1)) is None:
        return None
    max_tokens = data.get("max_tokens")
    if max_tokens is not None and not (type(max_tokens) is int and 1 <= max_tokens <= MAX_INT32):
        return None
    max_completion_tokens = data.get("max_completion_tokens")
    if max_completion_tokens is not None and not (
        type(max_completion_tokens) is int and 1 <= max_completion_tokens <= MAX_INT32
    ):
        return None
    n = data.get("n")
    if n is not None and not (type(n) is int and 1 <= n <= 128):
        return None
    user = data.get("user")
    if user is not None and type(user) is not str:
        return None
    anonymize = data.get("anonymize")
    if anonymize is not None and type(anonymize) is not bool:
        return None
    request = ChatRequest(model=model, messages=_messages(raw_messages), stream=bool(stream),
                          include_usage=include_usage)
    if temperature is not None:
        request.temperature = temperature
    if top_p is not None:
        request.top_p = top_p
    request.max_tokens = max_completion_tokens or max_tokens
    if n is not None:
        request.n = n
    request.user = user
    request.anonymize = anonymize
    return request


def parse_embedding_request(data: dict[str, Any]) -> EmbeddingRequest:
    try:
        body = EmbeddingBody.model_validate(data)
    except ValidationError as exc:
        raise _validation_error(exc) from None
    raw = body.input
    if isinstance(raw, str):
        inputs: list[str] | list[list[int]] = [raw]
    elif raw and isinstance(raw[0], int):
        inputs = [raw]
    else:
        inputs = raw  # type: ignore[assignment]
    if not inputs or any(isinstance(item, (str, list)) and len(item) == 0 for item in inputs):
        raise InvalidRequest("'input' must not be empty.", param="input")
    if len(inputs) > 2048:
        raise InvalidRequest("'input' may hold at most 2048 items.", param="input")
    return EmbeddingRequest(
        model=body.model,
        inputs=inputs,
        encoding_format=body.encoding_format or "float",
        dimensions=body.dimensions,
        user=body.user,
        anonymize=body.anonymize,
    )


# --------------------------------------------------------------------------- rendering


def model_object(entry: ModelEntry) -> dict[str, Any]:
    return {"id": entry.name, "object": "model", "created": 0, "owned_by": entry.owner}


_TYPE_BY_STATUS = {
    400: "invalid_request_error",
    401: "invalid_request_error",
    403: "permission_error",
    404: "invalid_request_error",
    413: "invalid_request_error",
    429: "requests",
}


def error_body(message: str, *, type_: str, param: str | None = None, code: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}


def render_error(exc: BaseException) -> tuple[int, dict[str, Any], dict[str, str]]:
    """(status, body, extra headers) for any exception. Unexpected exceptions become a generic 500:
    their text may hold anything, so it goes to the log (type only) and never to the client."""
    if isinstance(exc, GatewayError):
        headers: dict[str, str] = {}
        if isinstance(exc, QuotaExceeded):
            type_ = "insufficient_quota"
        elif exc.status >= 500:
            type_ = "server_error"
        else:
            type_ = _TYPE_BY_STATUS.get(exc.status, "invalid_request_error")
        if isinstance(exc, RateLimited):
            headers["retry-after"] = str(max(1, round(exc.retry_after)))
        return exc.status, error_body(exc.message, type_=type_, param=exc.param, code=exc.code), headers
    log_unexpected(exc)
    return 500, error_body("The gateway had an internal error.", type_="server_error", code="internal_error"), {}


def error_response(exc: BaseException) -> Response:
    status, body, headers = render_error(exc)
    return JSONResponse(body, status_code=status, headers=headers)


def _error_event(exc: BaseException) -> dict[str, Any]:
    return render_error(exc)[1]


def stream_events(
    first: list[ChatChunk], rest: AsyncGenerator[list[ChatChunk], None], *, include_usage: bool
) -> SSEResponse[list[ChatChunk]]:
    """A chat stream as OpenAI's `chat.completion.chunk` events. The usage chunk is passed on only
    if the client asked for it (`stream_options.include_usage`). Choice-less chunks (Azure's
    prompt-filter preamble, the usage chunk nobody asked for) would break the common
    `chunk.choices[0]` client loop: only the asked-for usage chunk may come without choices."""

    def render(chunk: ChatChunk) -> dict[str, Any] | None:
        if not chunk.choices and not (include_usage and chunk.usage is not None):
            return None
        return wire.chunk_to_wire(chunk, with_usage_field=include_usage)

    return SSEResponse(first, rest, DataFrames(render, _error_event))


# --------------------------------------------------------------------------- endpoints


class OpenAIEndpoints:
    def __init__(self, gateway: Gateway, max_body_bytes: int) -> None:
        self.gateway = gateway
        self.max_body_bytes = max_body_bytes

    def endpoints(self) -> list[Endpoint]:
        return [
            endpoint
            for base in BASE_PATHS
            for endpoint in (
                Endpoint("POST", base, "/chat/completions", self.chat_completions, hot=True),
                Endpoint("POST", base, "/embeddings", self.embeddings, hot=True),
                Endpoint("GET", base, "/models", self.list_models),
                Endpoint("GET", base, "/models/{model_id:path}", self.retrieve_model),
            )
        ]

    async def chat_completions(self, request: Request) -> Response | SSEResponse | RelayedSSEResponse:
        watch = DisconnectWatch(request)

        async def read(principal: Principal) -> ChatRequest:
            body = await read_body(request, self.max_body_bytes)
            chat = parse_chat_request(parse_json_object(body), depth_known=within_depth(body))
            if not chat.stream:
                watch.start()  # a stream watches for the disconnect itself (SSEResponse)
            return chat

        try:
            reply = await watch.run(self.gateway.chat(api_key_from_scope(request.scope), read, relay=True))
            if reply.relayed is not None:  # the upstream's own events (wire/openai_relay.py)
                first_events = await first_item(reply.relayed)
                return RelayedSSEResponse(first_events, reply.relayed, render_error=_error_event)
            if reply.stream is not None:
                first = await first_item(reply.stream)
                return stream_events(first, reply.stream, include_usage=reply.request.include_usage)
            assert reply.result is not None
            return JSONResponse(wire.result_to_wire(reply.result))
        except ClientDisconnected:
            return Response(status_code=499)
        except Exception as exc:
            return error_response(exc)

    async def embeddings(self, request: Request) -> Response:
        watch = DisconnectWatch(request)

        async def read(principal: Principal) -> EmbeddingRequest:
            embedding = parse_embedding_request(parse_json_object(await read_body(request, self.max_body_bytes)))
            watch.start()
            return embedding

        try:
            embedding, result = await watch.run(self.gateway.embed(api_key_from_scope(request.scope), read))
            return JSONResponse(wire.embedding_result_to_wire(result, embedding.encoding_format))
        except ClientDisconnected:
            return Response(status_code=499)
        except Exception as exc:
            return error_response(exc)

    async def list_models(self, request: Request) -> Response:
        try:
            entries = await self.gateway.models(api_key_from_headers(request.headers))
        except Exception as exc:
            return error_response(exc)
        return JSONResponse({"object": "list", "data": [model_object(e) for e in entries]})

    async def retrieve_model(self, request: Request) -> Response:
        try:
            entry = await self.gateway.model(api_key_from_headers(request.headers), request.path_params["model_id"])
        except Exception as exc:
            return error_response(exc)
        return JSONResponse(model_object(entry))


DIALECT = Dialect(
    name="openai",
    path_prefixes=BASE_PATHS,
    endpoints=lambda gateway, max_body_bytes: OpenAIEndpoints(gateway, max_body_bytes).endpoints(),
    render_error=render_error,
)
