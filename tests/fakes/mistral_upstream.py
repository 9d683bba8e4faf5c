"""A fake Mistral API on 127.0.0.1 (`/v1/chat/completions`, `/v1/embeddings`), answering with the
`mistralai` SDK's own types.

Like Mistral, it refuses any body field its request model does not define with a 422 (so
`seed`, `stream_options`, `user`, `logit_bias` never pass), and validates the body with
`ChatCompletionRequest` / `ChatCompletionStreamRequest`. Like Mistral, it sends each tool call whole
in one delta (without `index`, which the SDK types leave optional) and the usage on the finishing
chunk of a stream.
"""

from __future__ import annotations

import base64
import time
from collections.abc import AsyncIterator
from typing import Any

import mistralai.client.models as mm
import orjson
from pydantic import BaseModel, ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tests.fakes.openai_upstream import fake_vector, last_tool_result, last_user_text
from tests.fakes.scenarios import Plan, Received, UpstreamLog, make_plan, pieces
from tests.fakes.faults import drop_connection

MISTRAL_KEY = "fake-mistral-key"


def error(status: int, message: str) -> Response:
    headers = {"retry-after": "1"} if status == 429 else None
    body = {"object": "error", "message": message, "type": "invalid_request_error", "param": None, "code": None}
    return JSONResponse(body, status_code=status, headers=headers)


def _fields(model: type[BaseModel]) -> set[str]:
    return {f.alias or name for name, f in model.model_fields.items()}


def body_problem(body: Any, model: type[BaseModel]) -> str | None:
    if not isinstance(body, dict):
        return "body must be an object"
    unknown = sorted(set(body) - _fields(model))
    if unknown:
        return f"Extra inputs are not permitted: {', '.join(unknown)}"
    try:
        model.model_validate(body)
    except ValidationError as exc:
        return str(exc)[:500]
    return None


def _dump(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json", by_alias=True, exclude_unset=True)


def _calls(plan: Plan) -> list[mm.ToolCall]:
    # Mistral's tool call ids are nine alphanumeric characters.
    return [mm.ToolCall(id=f"tool{i:05d}", type="function", function=mm.FunctionCall(name=name, arguments=args))
            for i, ((name, _), args) in enumerate(zip(plan.calls, plan.args_json))]


def _usage(plan: Plan) -> mm.UsageInfo:
    return mm.UsageInfo(prompt_tokens=plan.prompt_tokens, completion_tokens=plan.completion_tokens,
                        total_tokens=plan.prompt_tokens + plan.completion_tokens)


class FakeMistral:
    def __init__(self) -> None:
        self.log = UpstreamLog()
        self.app = Starlette(routes=[
            Route("/v1/chat/completions", self.chat, methods=["POST"]),
            Route("/v1/embeddings", self.embeddings, methods=["POST"]),
        ])

    async def chat(self, request: Request) -> Response:
        body = orjson.loads(await request.body())
        self.log.record(Received(request.url.path, dict(request.headers), body))
        if request.headers.get("authorization") != f"Bearer {MISTRAL_KEY}":
            return error(401, "Unauthorized")
        schema = mm.ChatCompletionStreamRequest if body.get("stream") else mm.ChatCompletionRequest
        problem = body_problem(body, schema)
        if problem:
            return error(422, problem)
        json_mode = (body.get("response_format") or {}).get("type") in ("json_object", "json_schema")
        plan = make_plan(body["model"], last_user_text(body), json_mode=json_mode,
                         tool_result=last_tool_result(body))
        if plan.status:
            return error(plan.status, f"fake mistral failure {plan.status}")
        count = body.get("n") or 1
        if body.get("stream"):
            return StreamingResponse(self._stream(body["model"], plan, count), media_type="text/event-stream")
        message = mm.AssistantMessage(role="assistant", content=plan.text, tool_calls=_calls(plan) or None)
        response = mm.ChatCompletionResponse(
            id="cmpl-fake", object="chat.completion", model=body["model"], created=int(time.time()), usage=_usage(plan),
            choices=[mm.ChatCompletionChoice(index=i, message=message, finish_reason=plan.finish) for i in range(count)],
        )
        return JSONResponse(_dump(response))

    async def _stream(self, model: str, plan: Plan, count: int) -> AsyncIterator[bytes]:
        def chunk(choices: list[mm.CompletionResponseStreamChoice], usage: mm.UsageInfo | None = None) -> bytes:
            event = mm.CompletionChunk(id="cmpl-fake", object="chat.completion.chunk", created=int(time.time()),
                                       model=model, choices=choices, **({"usage": usage} if usage else {}))
            return b"data: " + orjson.dumps(_dump(event)) + b"\n\n"

        def choice(index: int, finish: str | None = None, **delta: Any) -> mm.CompletionResponseStreamChoice:
            return mm.CompletionResponseStreamChoice(index=index, delta=mm.DeltaMessage(**delta), finish_reason=finish)

        yield chunk([choice(i, role="assistant", content="") for i in range(count)])
        for step, piece in enumerate(pieces(plan.text or "")):
            yield chunk([choice(i, content=piece) for i in range(count)])
            if plan.cut and step == 1:
                await drop_connection()
        if plan.calls:
            yield chunk([choice(0, tool_calls=_calls(plan))])
        yield chunk([choice(i, finish=plan.finish, content="") for i in range(count)], _usage(plan))
        yield b"data: [DONE]\n\n"

    async def embeddings(self, request: Request) -> Response:
        body = orjson.loads(await request.body())
        self.log.record(Received(request.url.path, dict(request.headers), body))
        if request.headers.get("authorization") != f"Bearer {MISTRAL_KEY}":
            return error(401, "Unauthorized")
        problem = body_problem(body, mm.EmbeddingRequest)
        if problem:
            return error(422, problem)
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        data = []
        for index, item in enumerate(inputs):
            vector = fake_vector(item)[: body.get("output_dimension")]
            encoded: Any = (base64.b64encode(vector.astype("<f4").tobytes()).decode()
                            if body.get("encoding_format") == "base64" else vector.tolist())
            data.append(mm.EmbeddingResponseData.model_construct(object="embedding", embedding=encoded, index=index))
        response = mm.EmbeddingResponse.model_construct(
            id="embd-fake", object="list", model=body["model"], data=data,
            usage=mm.UsageInfo(prompt_tokens=len(inputs) * 3, completion_tokens=0, total_tokens=len(inputs) * 3))
        return JSONResponse(response.model_dump(mode="json", warnings=False))
