"""Fake Azure OpenAI and Perplexity upstreams on 127.0.0.1, answering with the `openai` SDK's types
plus each provider's own additions.

Azure:      POST /openai/deployments/{deployment}/chat/completions|embeddings?api-version=…, key in
            `api-key` (never a bearer token); the deployment name is the scenario. Answers carry
            `prompt_filter_results` and per-choice `content_filter_results`; streams start with
            Azure's choice-less filter preamble; a blocked prompt is a 400 with code content_filter.
Perplexity: POST /chat/completions with a bearer key; only the parameters Perplexity documents are
            accepted; answers carry `citations` and `search_results`, streams repeat them on every
            chunk, put the usage on the finishing chunk, and end without `[DONE]`.

Both check the body against openai's `CompletionCreateParams` for shape.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

import orjson
from openai.types import CompletionUsage
from openai.types.chat import ChatCompletion, ChatCompletionChunk
from openai.types.chat.completion_create_params import (
    CompletionCreateParamsNonStreaming,
    CompletionCreateParamsStreaming,
)
from pydantic import TypeAdapter
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tests.fakes.faults import drop_connection
from tests.fakes.openai_upstream import UPSTREAM_KEY, FakeOpenAI, last_tool_result, last_user_text
from tests.fakes.protocol import typed_dict_problem
from tests.fakes.scenarios import Plan, Received, UpstreamLog, make_plan, pieces

AZURE_KEY = "fake-azure-key"
AZURE_API_VERSIONS = {"2024-10-21", "2024-06-01", "2025-01-01-preview"}
PERPLEXITY_KEY = "pplx-fake-key"
PERPLEXITY_FIELDS = {
    "model", "messages", "temperature", "top_p", "max_tokens", "stream", "presence_penalty", "frequency_penalty",
    "response_format", "reasoning_effort", "search_mode", "search_domain_filter", "search_recency_filter",
    "return_images", "return_related_questions", "web_search_options", "top_k",
}
CITATIONS = ["https://example.org/a", "https://example.org/b"]
SEARCH_RESULTS = [{"title": "A", "url": "https://example.org/a", "date": "2024-01-01"},
                  {"title": "B", "url": "https://example.org/b", "date": None}]
_PARAMS = TypeAdapter(CompletionCreateParamsNonStreaming)
_STREAM_PARAMS = TypeAdapter(CompletionCreateParamsStreaming)


def params_problem(body: dict[str, Any]) -> str | None:
    if body.get("stream"):
        return typed_dict_problem(_STREAM_PARAMS, CompletionCreateParamsStreaming, body)
    return typed_dict_problem(_PARAMS, CompletionCreateParamsNonStreaming, body)
_FILTER_OK = {c: {"filtered": False, "severity": "safe"} for c in ("hate", "self_harm", "sexual", "violence")}
_FILTER_HIT = {**_FILTER_OK, "violence": {"filtered": True, "severity": "high"}}


def openai_error(status: int, message: str, code: str | None = None) -> Response:
    headers = {"retry-after": "1"} if status == 429 else None
    body = {"error": {"message": message, "type": "invalid_request_error", "param": None, "code": code}}
    return JSONResponse(body, status_code=status, headers=headers)


def json_mode(body: dict[str, Any]) -> bool:
    return (body.get("response_format") or {}).get("type") in ("json_object", "json_schema")


class _OpenAIShaped:
    """Renders a Plan as OpenAI chat completions and chunks; subclasses add the provider's extras."""

    def completion(self, model: str, plan: Plan, count: int, extra: dict[str, Any], choice_extra: dict[str, Any]) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": plan.text}
        if plan.calls:
            message["tool_calls"] = [{"id": f"call_{i}", "type": "function", "function": {"name": n, "arguments": a}}
                                     for i, ((n, _), a) in enumerate(zip(plan.calls, plan.args_json))]
        completion = ChatCompletion.model_validate({
            "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()), "model": model,
            "choices": [{"index": i, "message": message, "finish_reason": plan.finish, "logprobs": None, **choice_extra}
                        for i in range(count)],
            "usage": {"prompt_tokens": plan.prompt_tokens, "completion_tokens": plan.completion_tokens,
                      "total_tokens": plan.prompt_tokens + plan.completion_tokens},
            **extra,
        })
        return completion.model_dump(mode="json", exclude_unset=True)

    @staticmethod
    def chunk(model: str, choices: list[dict[str, Any]], usage: CompletionUsage | None = None, **extra: Any) -> bytes:
        chunk = ChatCompletionChunk.model_validate({"id": "chatcmpl-fake", "object": "chat.completion.chunk",
                                                    "created": int(time.time()), "model": model, "choices": choices,
                                                    **({"usage": usage.model_dump()} if usage else {}), **extra})
        return b"data: " + orjson.dumps(chunk.model_dump(mode="json", exclude_unset=True)) + b"\n\n"

    def deltas(self, plan: Plan, count: int) -> list[list[dict[str, Any]]]:
        """The choices of each chunk before the finishing one: role, then text or tool-call pieces."""
        steps = [[{"index": i, "delta": {"role": "assistant", "content": ""}} for i in range(count)]]
        for piece in pieces(plan.text or ""):
            steps.append([{"index": i, "delta": {"content": piece}} for i in range(count)])
        for number, ((name, _), args) in enumerate(zip(plan.calls, plan.args_json)):
            steps.append([{"index": 0, "delta": {"tool_calls": [{"index": number, "id": f"call_{number}", "type": "function",
                                                                  "function": {"name": name, "arguments": ""}}]}}])
            for piece in pieces(args, 7):
                steps.append([{"index": 0, "delta": {"tool_calls": [{"index": number, "function": {"arguments": piece}}]}}])
        return steps


class FakeAzure(_OpenAIShaped):
    def __init__(self) -> None:
        self.log = UpstreamLog()
        self._openai = FakeOpenAI()
        self.app = Starlette(routes=[
            Route("/openai/deployments/{deployment}/chat/completions", self.chat, methods=["POST"]),
            Route("/openai/deployments/{deployment}/embeddings", self.embeddings, methods=["POST"]),
        ])

    def _problem(self, request: Request) -> Response | None:
        if request.headers.get("api-key") != AZURE_KEY or "authorization" in request.headers:
            return openai_error(401, "Access denied due to invalid subscription key.", "401")
        if request.query_params.get("api-version") not in AZURE_API_VERSIONS:
            return openai_error(404, "Resource not found (api-version missing or unsupported)", "404")
        return None

    async def chat(self, request: Request) -> Response:
        body = orjson.loads(await request.body())
        self.log.record(Received(request.url.path + "?" + request.url.query, dict(request.headers), body))
        problem = self._problem(request) or self._body_problem(body)
        if problem:
            return problem
        deployment = request.path_params["deployment"]
        plan = make_plan(deployment, last_user_text(body), json_mode=json_mode(body),
                         tool_result=last_tool_result(body))
        if plan.status:
            return openai_error(plan.status, f"fake azure failure {plan.status}")
        if plan.blocked:
            return JSONResponse({"error": {
                "message": "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
                "type": None, "param": "prompt", "code": "content_filter", "status": 400,
                "innererror": {"code": "ResponsibleAIPolicyViolation", "content_filter_result": _FILTER_HIT}}},
                status_code=400)
        prompt_filter = {"prompt_filter_results": [{"prompt_index": 0, "content_filter_results": _FILTER_OK}]}
        count = body.get("n", 1)
        if body.get("stream"):
            return StreamingResponse(self._stream(deployment, plan, count, body, prompt_filter), media_type="text/event-stream")
        filters = {"content_filter_results": _FILTER_HIT if plan.finish == "content_filter" else _FILTER_OK}
        return JSONResponse(self.completion(deployment, plan, count, prompt_filter, filters))

    @staticmethod
    def _body_problem(body: Any) -> Response | None:
        if not isinstance(body, dict) or not body.get("messages"):
            return openai_error(400, "'messages' is a required property")
        problem = params_problem(body)
        return openai_error(400, problem) if problem else None

    async def _stream(self, model: str, plan: Plan, count: int, body: dict[str, Any], preamble: dict[str, Any]) -> AsyncIterator[bytes]:
        yield self.chunk("", [], **preamble)
        for step, choices in enumerate(self.deltas(plan, count)):
            yield self.chunk(model, choices)
            if plan.cut and step == 2:
                await drop_connection()
        yield self.chunk(model, [{"index": i, "delta": {}, "finish_reason": plan.finish} for i in range(count)])
        if (body.get("stream_options") or {}).get("include_usage"):
            usage = CompletionUsage(prompt_tokens=plan.prompt_tokens, completion_tokens=plan.completion_tokens,
                                    total_tokens=plan.prompt_tokens + plan.completion_tokens)
            yield self.chunk(model, [], usage)
        yield b"data: [DONE]\n\n"

    async def embeddings(self, request: Request) -> Response:
        problem = self._problem(request)
        if problem:
            return problem
        # The embeddings body is OpenAI's: the OpenAI fake answers it, once Azure's parts are checked.
        body = orjson.loads(await request.body())
        self.log.record(Received(request.url.path, dict(request.headers), body))
        inner = Request({**request.scope, "headers": [(b"authorization", b"Bearer " + UPSTREAM_KEY.encode())]})
        inner._body = orjson.dumps({**body, "model": request.path_params["deployment"]})
        return await self._openai.embeddings(inner)


class FakePerplexity(_OpenAIShaped):
    def __init__(self) -> None:
        self.log = UpstreamLog()
        self.app = Starlette(routes=[Route("/chat/completions", self.chat, methods=["POST"])])

    async def chat(self, request: Request) -> Response:
        body = orjson.loads(await request.body())
        self.log.record(Received(request.url.path, dict(request.headers), body))
        if request.headers.get("authorization") != f"Bearer {PERPLEXITY_KEY}":
            return openai_error(401, "Invalid API key")
        unknown = sorted(set(body) - PERPLEXITY_FIELDS)
        if unknown:
            return openai_error(400, f"unsupported parameters: {', '.join(unknown)}")
        problem = params_problem(body)
        roles = [m["role"] for m in body["messages"] if m["role"] != "system"]
        if problem or roles[:1] != ["user"] or any(a == b for a, b in zip(roles, roles[1:])):
            return openai_error(400, problem or "After the (optional) system message(s), user and assistant roles should be alternating.")
        plan = make_plan(body["model"], last_user_text(body), json_mode=json_mode(body),
                         tool_result=last_tool_result(body))
        if plan.status:
            return openai_error(plan.status, f"fake perplexity failure {plan.status}")
        extras = {"citations": CITATIONS, "search_results": SEARCH_RESULTS}
        if body.get("stream"):
            return StreamingResponse(self._stream(body["model"], plan, extras), media_type="text/event-stream")
        completion = self.completion(body["model"], plan, 1, extras, {})
        completion["usage"].update(citation_tokens=12, num_search_queries=1)
        return JSONResponse(completion)

    async def _stream(self, model: str, plan: Plan, extras: dict[str, Any]) -> AsyncIterator[bytes]:
        for step, choices in enumerate(self.deltas(plan, 1)):
            yield self.chunk(model, choices, **extras)
            if plan.cut and step == 2:
                await drop_connection()
        usage = CompletionUsage(prompt_tokens=plan.prompt_tokens, completion_tokens=plan.completion_tokens,
                                total_tokens=plan.prompt_tokens + plan.completion_tokens)
        yield self.chunk(model, [{"index": 0, "delta": {}, "finish_reason": plan.finish}], usage, **extras)


class FakePlainOpenAI(_OpenAIShaped):
    """OpenAI itself (the `openai` provider) in the scenario vocabulary every native fake shares
    (tests/fakes/scenarios.py), so that the provider suite asserts the same answers of it as of the
    others: POST /v1/chat/completions with a bearer key; embeddings as FakeOpenAI answers them."""

    def __init__(self) -> None:
        self.log = UpstreamLog()
        self._openai = FakeOpenAI()
        self.app = Starlette(routes=[
            Route("/v1/chat/completions", self.chat, methods=["POST"]),
            Route("/v1/embeddings", self._openai.embeddings, methods=["POST"]),
        ])

    async def chat(self, request: Request) -> Response:
        body = orjson.loads(await request.body())
        self.log.record(Received(request.url.path, dict(request.headers), body))
        if request.headers.get("authorization") != f"Bearer {UPSTREAM_KEY}":
            return openai_error(401, "Incorrect API key provided.", "invalid_api_key")
        problem = FakeAzure._body_problem(body)
        if problem:
            return problem
        model = body["model"]
        plan = make_plan(model, last_user_text(body), json_mode=json_mode(body),
                         tool_result=last_tool_result(body))
        if plan.status:
            return openai_error(plan.status, f"fake openai failure {plan.status}")
        count = body.get("n", 1)
        if body.get("stream"):
            return StreamingResponse(self._stream(model, plan, count, body), media_type="text/event-stream")
        return JSONResponse(self.completion(model, plan, count, {}, {}))

    async def _stream(self, model: str, plan: Plan, count: int, body: dict[str, Any]) -> AsyncIterator[bytes]:
        for step, choices in enumerate(self.deltas(plan, count)):
            yield self.chunk(model, choices)
            if plan.cut and step == 2:
                await drop_connection()
        yield self.chunk(model, [{"index": i, "delta": {}, "finish_reason": plan.finish} for i in range(count)])
        if (body.get("stream_options") or {}).get("include_usage"):
            usage = CompletionUsage(prompt_tokens=plan.prompt_tokens, completion_tokens=plan.completion_tokens,
                                    total_tokens=plan.prompt_tokens + plan.completion_tokens)
            yield self.chunk(model, [], usage)
        yield b"data: [DONE]\n\n"
