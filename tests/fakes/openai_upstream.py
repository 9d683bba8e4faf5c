"""A fake OpenAI-compatible upstream: a real HTTP server on 127.0.0.1.

Every answer is built from the official `openai` SDK's own response types, so what the gateway
reads is what OpenAI would send. Every request is checked against the protocol (path, bearer key,
body shape) and recorded, so tests can assert what reached the upstream.

The scenario is chosen by the `model` the gateway sends upstream (the catalog's `upstream_model`):

    echo            answers "echo: <last user text>", honours n, stream, include_usage
    tools           answers with two parallel tool calls (streamed as index/id/name, then argument pieces)
    usage-inline    streams with the usage on the last choice chunk (some upstreams do)
    filter-preamble streams an Azure-like first chunk with `choices: []`
    status-NNN      answers HTTP NNN with an OpenAI error body
    garbage         answers 200 with a body that is not JSON
    slow            waits longer than any test timeout before answering
    cut             streams two chunks, then drops the connection without [DONE]
    stream-error    streams a chunk, then an in-band error event
    drip            streams one chunk every 50 ms for a long time (for cancellation tests)
    bad-utf8        streams two chunks, then an event with bytes that are not UTF-8
    bad-utf8-first  streams an event with bytes that are not UTF-8 before any valid chunk
    overbill        answers like echo, but reports 1,000,000 completion tokens whatever max_tokens said
    length          answers like echo, cut after max_tokens characters with finish_reason "length" (a
                    stream or answer that max_tokens ends in the middle of a word -- or of a placeholder)
    embed           embeddings derived from each input's hash (for embeddings requests)
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import orjson
import uvicorn
from openai.types import CompletionUsage, CreateEmbeddingResponse, Embedding
from openai.types.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionMessage
from openai.types.chat import chat_completion as cc
from openai.types.chat import chat_completion_chunk as chunk_types
from openai.types.chat.chat_completion_message_function_tool_call import ChatCompletionMessageFunctionToolCall, Function
from openai.types.create_embedding_response import Usage as EmbeddingUsage
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tests.fakes.faults import drop_connection

UPSTREAM_KEY = "sk-fake-upstream-key"
EMBEDDING_DIM = 16


def _limit(body: dict[str, Any]) -> int:
    """The "length" scenario's cut: max_tokens (or max_completion_tokens) counted in characters."""
    return int(body.get("max_completion_tokens") or body.get("max_tokens") or 10**9)


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class UpstreamLog:
    """What the fake upstream saw. Shared between the server thread and the tests."""

    requests: list[Received] = field(default_factory=list)
    disconnects: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, item: Received) -> None:
        with self.lock:
            self.requests.append(item)

    def find(self, marker: str) -> list[Received]:
        """Requests whose body mentions `marker` anywhere (tests put a unique marker in prompts)."""
        with self.lock:
            return [r for r in self.requests if marker in orjson.dumps(r.body).decode()]


def last_user_text(body: dict[str, Any]) -> str:
    for message in reversed(body.get("messages", [])):
        if message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, list):
                return "".join(p.get("text", "") for p in content if p.get("type") == "text")
            return content or ""
    return ""


def last_tool_result(body: dict[str, Any]) -> str | None:
    """The text of the tool result that is the latest turn, if it is one (Chat Completions format)."""
    messages = body.get("messages") or [{}]
    if messages[-1].get("role") != "tool":
        return None
    content = messages[-1].get("content")
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if p.get("type") == "text")
    return content or ""


def count_tokens(text: str) -> int:
    return max(1, len(text.split()))


def _error(status: int, message: str, type_: str = "invalid_request_error", code: str | None = None) -> Response:
    return JSONResponse({"error": {"message": message, "type": type_, "param": None, "code": code}}, status_code=status)


def _protocol_problem(request: Request, body: Any, *, chat: bool) -> Response | None:
    if request.headers.get("authorization") != f"Bearer {UPSTREAM_KEY}":
        return _error(401, "Incorrect API key provided.", code="invalid_api_key")
    if not isinstance(body, dict) or not isinstance(body.get("model"), str):
        return _error(400, "you must provide a model parameter")
    if chat:
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            return _error(400, "'messages' must be a non-empty array")
        for message in messages:
            if message.get("role") not in ("system", "developer", "user", "assistant", "tool"):
                return _error(400, "invalid role")
        if body.get("stream") and body.get("stream_options") != {"include_usage": True}:
            return _error(400, "the gateway must always ask for usage on streams")
    return None


class FakeOpenAI:
    def __init__(self) -> None:
        self.log = UpstreamLog()
        self.app = Starlette(
            routes=[
                Route("/v1/chat/completions", self.chat, methods=["POST"]),
                Route("/v1/embeddings", self.embeddings, methods=["POST"]),
            ]
        )

    # ------------------------------------------------------------------ chat

    async def chat(self, request: Request) -> Response:
        try:
            body = orjson.loads(await request.body())
        except orjson.JSONDecodeError:
            return _error(400, "We could not parse the JSON body of your request.")
        self.log.record(Received(request.url.path, dict(request.headers), body))
        problem = _protocol_problem(request, body, chat=True)
        if problem:
            return problem
        scenario: str = body["model"]
        if scenario.startswith("status-"):
            status = int(scenario.removeprefix("status-"))
            return _error(status, f"fake upstream failure {status}", type_="server_error" if status >= 500 else "invalid_request_error")
        if scenario == "garbage":
            return Response(b"<html>502 Bad Gateway</html>", media_type="application/json")
        if scenario == "slow":
            # Answer after 30 s, unless the caller goes away first (then record that it did).
            for _ in range(300):
                if await request.is_disconnected():
                    self.log.disconnects.append(last_user_text(body))
                    return Response(status_code=499)
                await asyncio.sleep(0.1)
        if body.get("stream"):
            return StreamingResponse(self._stream(body, request), media_type="text/event-stream")
        return JSONResponse(self._completion(body).model_dump(mode="json", exclude_unset=True))

    def _completion(self, body: dict[str, Any]) -> ChatCompletion:
        text = last_user_text(body)
        n = body.get("n", 1)
        choices = []
        for index in range(n):
            if body["model"] == "tools":
                message = ChatCompletionMessage(role="assistant", content=None, tool_calls=self._tool_calls(text))
                finish = "tool_calls"
            elif body["model"] == "length":
                message = ChatCompletionMessage(role="assistant", content=self._answer(text, index, n)[:_limit(body)])
                finish = "length"
            else:
                message = ChatCompletionMessage(role="assistant", content=self._answer(text, index, n))
                finish = "stop"
            choices.append(cc.Choice(index=index, message=message, finish_reason=finish, logprobs=None))
        completion_tokens = sum(count_tokens(c.message.content or "x") for c in choices)
        if body["model"] == "overbill":
            completion_tokens = 1_000_000
        return ChatCompletion(
            id="chatcmpl-fake" + hashlib.sha1(text.encode()).hexdigest()[:12],
            object="chat.completion",
            created=int(time.time()),
            model=body["model"] + "-2024-07-18",
            choices=choices,
            system_fingerprint="fp_fake",
            usage=CompletionUsage(
                prompt_tokens=count_tokens(text),
                completion_tokens=completion_tokens,
                total_tokens=count_tokens(text) + completion_tokens,
            ),
        )

    @staticmethod
    def _answer(text: str, index: int, n: int) -> str:
        return f"echo: {text}" if n == 1 else f"echo {index}: {text}"

    @staticmethod
    def _tool_calls(text: str) -> list[ChatCompletionMessageFunctionToolCall]:
        return [
            ChatCompletionMessageFunctionToolCall(
                id=f"call_{i}", type="function",
                function=Function(name=name, arguments=orjson.dumps({"query": text, "n": i}).decode()),
            )
            for i, name in enumerate(("search", "lookup"))
        ]

    async def _stream(self, body: dict[str, Any], request: Request):  # noqa: C901 - one branch per scenario
        scenario = body["model"]
        text = last_user_text(body)
        n = body.get("n", 1)
        base = dict(id="chatcmpl-fakestream", object="chat.completion.chunk", created=int(time.time()), model=scenario)

        def chunk(choices: list[chunk_types.Choice], usage: CompletionUsage | None = None) -> bytes:
            obj = ChatCompletionChunk(choices=choices, usage=usage, **base)
            return b"data: " + obj.model_dump_json(exclude_unset=True).encode() + b"\n\n"

        def delta(index: int, finish: str | None = None, **fields: Any) -> chunk_types.Choice:
            return chunk_types.Choice(index=index, delta=chunk_types.ChoiceDelta(**fields), finish_reason=finish)

        usage = CompletionUsage(prompt_tokens=count_tokens(text), completion_tokens=7, total_tokens=count_tokens(text) + 7)
        try:
            if scenario == "filter-preamble":
                yield b'data: {"id":"","object":"","created":0,"model":"","choices":[],"prompt_filter_results":[{"prompt_index":0,"content_filter_results":{}}]}\n\n'
            if scenario == "tools":
                calls = self._tool_calls(text)
                yield chunk([delta(0, role="assistant", content=None)])
                for i, call in enumerate(calls):
                    yield chunk([delta(0, tool_calls=[chunk_types.ChoiceDeltaToolCall(
                        index=i, id=call.id, type="function",
                        function=chunk_types.ChoiceDeltaToolCallFunction(name=call.function.name, arguments=""))])])
                # Interleave the argument pieces of the two calls.
                args = [c.function.arguments for c in calls]
                for start in range(0, max(map(len, args)), 7):
                    for i, a in enumerate(args):
                        if start < len(a):
                            yield chunk([delta(0, tool_calls=[chunk_types.ChoiceDeltaToolCall(
                                index=i, function=chunk_types.ChoiceDeltaToolCallFunction(arguments=a[start:start + 7]))])])
                yield chunk([delta(0, finish="tool_calls")])
                yield chunk([], usage)
                yield b"data: [DONE]\n\n"
                return
            if scenario == "bad-utf8-first":
                yield b'data: {"id":"chatcmpl-x","choices":[{"index":0,"delta":{"content":"\xff\xfe"}}]}\n\n'
                return
            if scenario == "drip":
                for i in range(2000):
                    if await request.is_disconnected():
                        break
                    yield chunk([delta(0, content=f"tick{i} ")])
                    await asyncio.sleep(0.05)
                return
            answers = [self._answer(text, i, n) for i in range(n)]
            if scenario == "length":
                answers = [a[:_limit(body)] for a in answers]
            pieces = [[a[j:j + 5] for j in range(0, len(a), 5)] for a in answers]
            for i in range(n):
                yield chunk([delta(i, role="assistant", content="")])
            for step in range(max(map(len, pieces))):
                for i in range(n):  # choices interleave, each with its own index
                    if step < len(pieces[i]):
                        yield chunk([delta(i, content=pieces[i][step])])
                if scenario == "cut" and step == 1:
                    await drop_connection()
                if scenario == "bad-utf8" and step == 1:
                    yield b'data: {"id":"chatcmpl-x","choices":[{"index":0,"delta":{"content":"\xc3\x28"}}]}\n\n'
                    return
                if scenario == "stream-error" and step == 1:
                    yield b'data: {"error": {"message": "overloaded", "type": "server_error"}}\n\n'
                    return
            if scenario == "usage-inline":
                yield chunk([delta(i, finish="stop") for i in range(n)], usage)
            elif scenario == "length":
                yield chunk([delta(i, finish="length") for i in range(n)])
                yield chunk([], usage)
            else:
                for i in range(n):
                    yield chunk([delta(i, finish="stop")])
                yield b": keep-alive comment\n\n"
                yield chunk([], usage)
            yield b"data: [DONE]\n\n"
        finally:
            if await request.is_disconnected():
                self.log.disconnects.append(text)

    # ------------------------------------------------------------------ embeddings

    async def embeddings(self, request: Request) -> Response:
        body = orjson.loads(await request.body())
        self.log.record(Received(request.url.path, dict(request.headers), body))
        problem = _protocol_problem(request, body, chat=False)
        if problem:
            return problem
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        data = []
        for index, item in enumerate(inputs):
            vector = fake_vector(item)
            if body.get("encoding_format") == "base64":
                encoded: Any = base64.b64encode(vector.astype("<f4").tobytes()).decode()
            else:
                encoded = vector.tolist()
            data.append(Embedding.model_construct(embedding=encoded, index=index, object="embedding"))
        response = CreateEmbeddingResponse.model_construct(
            data=data, model=body["model"], object="list",
            usage=EmbeddingUsage(prompt_tokens=len(inputs) * 3, total_tokens=len(inputs) * 3),
        )
        # model_construct skips validation so a base64 string can stand where the type says floats,
        # exactly as OpenAI sends it.
        return JSONResponse(response.model_dump(mode="json", warnings=False))


def fake_vector(item: str | list[int]) -> np.ndarray:
    """A deterministic vector per input, so tests can compute the expected answer themselves."""
    seed = int.from_bytes(hashlib.sha256(orjson.dumps(item)).digest()[:4], "little")
    return np.random.default_rng(seed).standard_normal(EMBEDDING_DIM).astype(np.float32)


class ServerThread:
    """Runs an ASGI app with uvicorn on 127.0.0.1 in a background thread."""

    def __init__(self, app: Any, port: int) -> None:
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.port = port

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("fake upstream did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=5)
