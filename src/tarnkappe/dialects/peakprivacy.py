"""The PeakPrivacy-compatible dialect: `POST /v1/ai/completions` and `GET /v1/ai/models`.

A client written against PeakPrivacy's API document must work unchanged. That document's service
validates like a Laravel application: every invalid field is reported at once, under its dotted
name, with Laravel's sentences ("The model field is required.", "The messages.0.role field is
required."), in `{"message": "Validation error", "errors": {...}}`. Its other errors are
`{"error": "Unauthenticated"}` (401) and `{"error": "Subscription amount limit has been reached"}`
(403). Answers are always JSON, whatever `Accept` says.

Malformed JSON is validated as an empty body — what a Laravel service answers, and still a 400
in the documented shape.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncGenerator
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response

from tarnkappe.core.errors import AuthenticationFailed, GatewayError, KeyExpired, QuotaExceeded, RateLimited
from tarnkappe.core.principal import Principal
from tarnkappe.core.types import ChatChunk, ChatRequest, ChatResult, Message
from tarnkappe.gateway.pipeline import Gateway
from tarnkappe.logs import log_unexpected
from tarnkappe.server.http import ClientDisconnected, DisconnectWatch, JSONResponse, read_body
from tarnkappe.server.route_table import Dialect, Endpoint
from tarnkappe.server.sse_response import DataFrames, SSEResponse, first_item
from tarnkappe.wire import openai as wire

MOUNT = "/v1/ai"
# Laravel's sentence for an unknown model, and where to look: a client that copies the document's
# example model (`gpt-4-1106-preview`) otherwise learns only that it is wrong, not what is right.
UNKNOWN_MODEL = f"The selected model is invalid. GET {MOUNT}/models lists the models you may use."
ROLES = ("system", "user", "assistant")
UNAUTHENTICATED = {"error": "Unauthenticated"}
KEY_EXPIRED = {"error": "API key expired"}  # the same shape; the document has no word of its own for it
QUOTA_EXCEEDED = {"error": "Subscription amount limit has been reached"}


class ValidationFailed(Exception):
    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__("validation failed")
        self.errors = errors


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_integer(value: Any) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool)) or (
        isinstance(value, float) and value.is_integer()
    )


MAX_INT32 = 2**31 - 1


def validate(data: Any, known_model: Any) -> dict[str, list[str]]:
    """Every problem of the body, keyed by Laravel's dotted field names. `known_model(name)` says
    whether the caller may use that model."""
    body = data if isinstance(data, dict) else {}
    errors: dict[str, list[str]] = {}

    def add(field: str, message: str) -> None:
        errors.setdefault(field, []).append(message)

    model = body.get("model")
    if model is None or model == "":
        add("model", "The model field is required.")
    elif not isinstance(model, str):
        add("model", "The model field must be a string.")
    elif not known_model(model):
        add("model", UNKNOWN_MODEL)

    messages = body.get("messages")
    if messages is None or messages == []:
        add("messages", "The messages field is required.")
    elif not isinstance(messages, list):
        add("messages", "The messages field must be an array.")
    else:
        for index, message in enumerate(messages):
            prefix = f"messages.{index}"
            if not isinstance(message, dict):
                add(prefix, f"The {prefix} field must be an array.")
                continue
            role, content = message.get("role"), message.get("content")
            if role is None or role == "":
                add(f"{prefix}.role", f"The {prefix}.role field is required.")
            elif not isinstance(role, str):
                add(f"{prefix}.role", f"The {prefix}.role field must be a string.")
            elif role not in ROLES:
                add(f"{prefix}.role", f"The selected {prefix}.role is invalid.")
            if content is None or content == "":
                add(f"{prefix}.content", f"The {prefix}.content field is required.")
            elif not isinstance(content, str):
                add(f"{prefix}.content", f"The {prefix}.content field must be a string.")

    for field in ("temperature", "top_p"):
        value = body.get(field)
        if value is None:
            continue
        if not _is_number(value):
            add(field, f"The {field} field must be a number.")
        elif not 0 <= value <= 1:
            add(field, f"The {field} field must be between 0 and 1.")

    max_tokens = body.get("max_tokens")
    if max_tokens is not None:
        if not _is_integer(max_tokens):
            add("max_tokens", "The max_tokens field must be an integer.")
        elif max_tokens < 1:
            add("max_tokens", "The max_tokens field must be at least 1.")
        elif max_tokens > MAX_INT32:
            add("max_tokens", f"The max_tokens field must not be greater than {MAX_INT32}.")

    seed = body.get("random_seed")
    if seed is not None and not _is_integer(seed):
        add("random_seed", "The random_seed field must be an integer.")
    elif seed is not None and not -(2**63) <= seed < 2**63:
        add("random_seed", "The random_seed field must be a 64-bit integer.")

    for field in ("safe_prompt", "anonymize", "stream"):
        value = body.get(field)
        if value is not None and not isinstance(value, bool):
            add(field, f"The {field} field must be true or false.")
    return errors


def to_chat_request(body: dict[str, Any]) -> ChatRequest:
    return ChatRequest(
        model=body["model"],
        messages=[Message(role=m["role"], content=m["content"]) for m in body["messages"]],
        stream=bool(body.get("stream")),
        temperature=body.get("temperature"),
        top_p=body.get("top_p"),
        max_tokens=int(body["max_tokens"]) if body.get("max_tokens") is not None else None,
        seed=int(body["random_seed"]) if body.get("random_seed") is not None else None,
        safe_prompt=body.get("safe_prompt"),
        anonymize=body.get("anonymize"),
    )


def render_result(result: ChatResult, completion_id: str) -> dict[str, Any]:
    """The documented answer: exactly these fields."""
    usage = result.usage
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": result.created,
        "model": result.model,
        "choices": [
            {
                "finish_reason": choice.finish_reason,
                "index": choice.index,
                "message": {"content": choice.message.text(), "role": choice.message.role},
            }
            for choice in result.choices
        ],
        "usage": {
            "completion_tokens": usage.completion_tokens if usage else 0,
            "prompt_tokens": usage.prompt_tokens if usage else 0,
            "total_tokens": usage.total_tokens if usage else 0,
        },
    }


def render_error(exc: BaseException) -> tuple[int, dict[str, Any], dict[str, str]]:
    if isinstance(exc, ValidationFailed):
        return 400, {"message": "Validation error", "errors": exc.errors}, {}
    if isinstance(exc, KeyExpired):
        return 401, KEY_EXPIRED, {}
    if isinstance(exc, AuthenticationFailed):
        return 401, UNAUTHENTICATED, {}
    if isinstance(exc, QuotaExceeded):
        return 403, QUOTA_EXCEEDED, {}
    if isinstance(exc, GatewayError):
        headers = {"retry-after": str(max(1, round(exc.retry_after)))} if isinstance(exc, RateLimited) else {}
        return exc.status, {"error": exc.message}, headers
    log_unexpected(exc)
    return 500, {"error": "The gateway had an internal error."}, {}


def error_response(exc: BaseException) -> Response:
    status, body, headers = render_error(exc)
    return JSONResponse(body, status_code=status, headers=headers)


def stream_events(first: list[ChatChunk], rest: AsyncGenerator[list[ChatChunk], None],
                  completion_id: str) -> SSEResponse[list[ChatChunk]]:
    """A chat stream as PeakPrivacy sends it: OpenAI's chunk objects under the completion's own id,
    never a usage chunk; an error after the first byte as `{"error": ...}`."""

    def render(chunk: ChatChunk) -> dict[str, Any] | None:
        if not chunk.choices:
            return None
        rendered = wire.chunk_to_wire(chunk, with_usage_field=False)
        rendered["id"] = completion_id
        return rendered

    return SSEResponse(first, rest, DataFrames(render, lambda exc: render_error(exc)[1]))


class PeakPrivacyEndpoints:
    def __init__(self, gateway: Gateway, max_body_bytes: int) -> None:
        self.gateway = gateway
        self.max_body_bytes = max_body_bytes

    def endpoints(self) -> list[Endpoint]:
        return [
            Endpoint("POST", MOUNT, "/completions", self.completions, hot=True),
            Endpoint("GET", MOUNT, "/models", self.models),
        ]

    async def completions(self, request: Request) -> Response | SSEResponse[list[ChatChunk]]:
        watch = DisconnectWatch(request)

        async def read(principal: Principal) -> ChatRequest:
            raw = await read_body(request, self.max_body_bytes)
            try:
                data = orjson.loads(raw)
            except orjson.JSONDecodeError:
                data = {}
            chat_models = {e.name for e in self.gateway.models_for(principal, kind="chat")}
            errors = validate(data, chat_models.__contains__)
            if errors:
                raise ValidationFailed(errors)
            chat = to_chat_request(data)
            if not chat.stream:
                watch.start()  # a stream watches for the disconnect itself (SSEResponse)
            return chat

        try:
            reply = await watch.run(self.gateway.chat(request.headers.get("api-token"), read))
            completion_id = str(uuid.uuid4())
            if reply.stream is not None:
                first = await first_item(reply.stream)
                return stream_events(first, reply.stream, completion_id)
            assert reply.result is not None
            return JSONResponse(render_result(reply.result, completion_id))
        except ClientDisconnected:
            return Response(status_code=499)
        except Exception as exc:
            return error_response(exc)

    async def models(self, request: Request) -> Response:
        try:
            entries = await self.gateway.models(request.headers.get("api-token"), kind="chat")
        except Exception as exc:
            return error_response(exc)
        data = [{"id": e.name, "object": "model", "created": 0, "owned_by": e.owner} for e in entries]
        return JSONResponse({"object": "list", "data": data})


DIALECT = Dialect(
    name="peakprivacy",
    path_prefixes=(MOUNT,),
    endpoints=lambda gateway, max_body_bytes: PeakPrivacyEndpoints(gateway, max_body_bytes).endpoints(),
    render_error=render_error,
)
