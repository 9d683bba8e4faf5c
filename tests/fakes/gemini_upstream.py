"""A fake Gemini API on 127.0.0.1, in both forms, answering with `google-genai`'s own types.

    Google AI  POST /v1beta/models/{model}:generateContent | :streamGenerateContent?alt=sse
               | :batchEmbedContents, with x-goog-api-key
    Vertex AI  POST /v1/projects/{p}/locations/{l}/publishers/google/models/{model}:… | :predict,
               with Authorization: Bearer

Every request is checked: path, method name, `alt=sse` on streams, the credential header of its
form (and not the other's), each top-level body field against the SDK model it must parse as
(those models forbid unknown fields), roles `user`/`model` only, and every functionResponse
answering an earlier functionCall by name. The scenario comes from the model name (scenarios.py).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson
from google.genai import types
from pydantic import TypeAdapter, ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tests.fakes.openai_upstream import fake_vector
from tests.fakes.scenarios import Plan, Received, UpstreamLog, make_plan, pieces
from tests.fakes.faults import drop_connection

GEMINI_KEY = "fake-google-ai-key"
VERTEX_TOKEN = "ya29.fake-vertex-token"
VERTEX_PROJECT, VERTEX_LOCATION = "tk-project", "europe-west4"
_FIELDS: dict[str, TypeAdapter[Any]] = {
    "contents": TypeAdapter(list[types.Content]),
    "systemInstruction": TypeAdapter(types.Content),
    "generationConfig": TypeAdapter(types.GenerationConfig),
    "tools": TypeAdapter(list[types.Tool]),
    "toolConfig": TypeAdapter(types.ToolConfig),
    "safetySettings": TypeAdapter(list[types.SafetySetting]),
}
_STATUS = {400: "INVALID_ARGUMENT", 403: "PERMISSION_DENIED", 404: "NOT_FOUND", 429: "RESOURCE_EXHAUSTED",
           500: "INTERNAL", 503: "UNAVAILABLE"}
_FINISH = {"stop": "STOP", "tool_calls": "STOP", "content_filter": "SAFETY"}


def error(status: int, message: str) -> Response:
    return JSONResponse({"error": {"code": status, "message": message, "status": _STATUS.get(status, "UNKNOWN")}},
                        status_code=status)


def body_problem(body: Any) -> str | None:
    if not isinstance(body, dict):
        return "body must be an object"
    unknown = sorted(set(body) - set(_FIELDS))
    if unknown:
        return f"Invalid JSON payload received. Unknown name {unknown[0]!r}"
    for name, adapter in _FIELDS.items():
        if name in body:
            try:
                adapter.validate_python(body[name])
            except ValidationError as exc:
                return f"{name}: {str(exc)[:500]}"
    if not body.get("contents"):
        return "contents is not specified"
    called: set[str] = set()
    for content in body["contents"]:
        if content.get("role") not in ("user", "model"):
            return "Please use a valid role: user, model."
        for part in content["parts"]:
            if "functionCall" in part:
                called.add(part["functionCall"]["name"])
            if "functionResponse" in part and part["functionResponse"]["name"] not in called:
                return "function response without a matching function call"
    return None


def _user_text(body: dict[str, Any]) -> str:
    for content in reversed(body["contents"]):
        texts = [p["text"] for p in content["parts"] if "text" in p]
        if content["role"] == "user" and texts:
            return "".join(texts)
    return ""


def _tool_result(body: dict[str, Any]) -> str | None:
    """What the functionResponse parts of the latest turn hold, if it has any: a response with one
    string value as that string, else as JSON."""
    responses = [p["functionResponse"]["response"] for p in body["contents"][-1]["parts"] if "functionResponse" in p]
    if not responses:
        return None
    values = [next(iter(r.values())) if len(r) == 1 and isinstance(next(iter(r.values())), str)
              else orjson.dumps(r).decode() for r in responses]
    return "".join(values)


def _response(candidates: list[types.Candidate], plan: Plan, *, final: bool) -> bytes:
    usage = types.GenerateContentResponseUsageMetadata(
        prompt_token_count=plan.prompt_tokens,
        candidates_token_count=plan.completion_tokens if final else 1,
        total_token_count=plan.prompt_tokens + (plan.completion_tokens if final else 1),
    )
    feedback = types.GenerateContentResponsePromptFeedback(block_reason="SAFETY") if plan.blocked else None
    response = types.GenerateContentResponse(candidates=candidates or None, usage_metadata=usage,
                                             prompt_feedback=feedback, model_version="gemini-fake-001",
                                             response_id="resp-fake01")
    return orjson.dumps(response.model_dump(mode="json", by_alias=True, exclude_none=True))


def _candidate(index: int, parts: list[types.Part], finish: str | None) -> types.Candidate:
    ratings = [types.SafetyRating(category="HARM_CATEGORY_HARASSMENT", probability="HIGH", blocked=True)] \
        if finish == "SAFETY" else None
    return types.Candidate(index=index, content=types.Content(role="model", parts=parts) if parts else None,
                           finish_reason=finish, safety_ratings=ratings)


class FakeGemini:
    def __init__(self) -> None:
        self.log = UpstreamLog()
        self.app = Starlette(routes=[
            Route("/v1beta/models/{target:path}", self.google_ai, methods=["POST"]),
            Route("/v1/projects/{project}/locations/{location}/publishers/google/models/{target:path}",
                  self.vertex, methods=["POST"]),
        ])

    async def google_ai(self, request: Request) -> Response:
        if request.headers.get("x-goog-api-key") != GEMINI_KEY or "authorization" in request.headers:
            return error(403, "API key not valid. Please pass a valid API key.")
        return await self._dispatch(request, vertex=False)

    async def vertex(self, request: Request) -> Response:
        if request.headers.get("authorization") != f"Bearer {VERTEX_TOKEN}" or "x-goog-api-key" in request.headers:
            return error(401, "Request had invalid authentication credentials.")
        if (request.path_params["project"], request.path_params["location"]) != (VERTEX_PROJECT, VERTEX_LOCATION):
            return error(404, "project or location not found")
        return await self._dispatch(request, vertex=True)

    async def _dispatch(self, request: Request, *, vertex: bool) -> Response:
        model, _, method = request.path_params["target"].partition(":")
        try:
            body = orjson.loads(await request.body())
        except orjson.JSONDecodeError:
            return error(400, "Invalid JSON payload received.")
        self.log.record(Received(request.url.path, dict(request.headers), body))
        if method == "batchEmbedContents" and not vertex:
            return self._embed(model, body)
        if method == "predict" and vertex:
            return self._predict(body)
        if method not in ("generateContent", "streamGenerateContent"):
            return error(404, f"method {method} not found")
        problem = body_problem(body)
        if problem:
            return error(400, problem)
        config = body.get("generationConfig") or {}
        plan = make_plan(model, _user_text(body), json_mode=config.get("responseMimeType") == "application/json",
                         tool_result=_tool_result(body))
        if plan.status:
            return error(plan.status, f"fake gemini failure {plan.status}")
        count = config.get("candidateCount", 1)
        if method == "streamGenerateContent":
            if request.query_params.get("alt") != "sse":
                return error(400, "the gateway must ask for alt=sse")
            return StreamingResponse(self._stream(plan, count), media_type="text/event-stream")
        parts = self._parts(plan)
        candidates = [] if plan.blocked else [_candidate(i, parts, _FINISH[plan.finish]) for i in range(count)]
        return Response(_response(candidates, plan, final=True), media_type="application/json")

    @staticmethod
    def _parts(plan: Plan) -> list[types.Part]:
        parts = [types.Part(text=plan.text)] if plan.text is not None else []
        return parts + [types.Part(function_call=types.FunctionCall(name=n, args=a)) for n, a in plan.calls]

    async def _stream(self, plan: Plan, count: int) -> AsyncIterator[bytes]:
        if plan.blocked:
            yield b"data: " + _response([], plan, final=True) + b"\r\n\r\n"
            return
        if plan.text is not None:
            for step, piece in enumerate(pieces(plan.text)):
                candidates = [_candidate(i, [types.Part(text=piece)], None) for i in range(count)]
                yield b"data: " + _response(candidates, plan, final=False) + b"\r\n\r\n"
                if plan.cut and step == 1:
                    await drop_connection()
        calls = [types.Part(function_call=types.FunctionCall(name=n, args=a)) for n, a in plan.calls]
        final = [_candidate(i, calls, _FINISH[plan.finish]) for i in range(count)]
        yield b"data: " + _response(final, plan, final=True) + b"\r\n\r\n"

    def _embed(self, model: str, body: dict[str, Any]) -> Response:
        requests = body.get("requests")
        if set(body) != {"requests"} or not isinstance(requests, list):
            return error(400, "batchEmbedContents takes {requests: [...]}")
        rows = []
        for item in requests:
            if item.get("model") != f"models/{model}" or set(item) - {"model", "content", "outputDimensionality"}:
                return error(400, "each request needs model: models/{model} and content")
            try:
                content = types.Content.model_validate(item["content"])
            except ValidationError as exc:
                return error(400, str(exc)[:300])
            vector = fake_vector("".join(p.text or "" for p in content.parts or []))[: item.get("outputDimensionality")]
            rows.append(types.ContentEmbedding(values=vector.tolist()))
        return JSONResponse({"embeddings": [r.model_dump(mode="json", by_alias=True, exclude_none=True) for r in rows]})

    def _predict(self, body: dict[str, Any]) -> Response:
        instances = body.get("instances")
        if not isinstance(instances, list) or set(body) - {"instances", "parameters"}:
            return error(400, "predict takes {instances: [...], parameters: {...}}")
        dims = (body.get("parameters") or {}).get("outputDimensionality")
        predictions = [{"embeddings": {"values": fake_vector(i["content"])[:dims].tolist(),
                                       "statistics": {"token_count": len(i["content"].split()), "truncated": False}}}
                       for i in instances]
        return JSONResponse({"predictions": predictions})
