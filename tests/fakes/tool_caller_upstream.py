"""A fake upstream that calls the tools it is offered, for the coding clients' request shapes
(tests/providers/test_coding_clients.py): OpenAI's Chat Completions and Anthropic's Messages API on
127.0.0.1, streamed or not, answers in each protocol's own shape.

    the latest turn is tool results     → text: "done: <the results' text>"
    tools offered whose names the user's prompt mentions → one call of each (in the order
                                          offered), arguments {"input": <the prompt>}
    otherwise                           → text: "echo: <the prompt>"

(the prompt: the last text part of the latest user turn that has text)

Every request is recorded (`log`), so tests can assert what the gateway sent.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tests.fakes.openai_upstream import Received, UpstreamLog

KEY = "sk-tool-caller"
USAGE = {"prompt_tokens": 9, "completion_tokens": 4, "total_tokens": 13}


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content
                       if isinstance(part, dict) and part.get("type") in ("text", None))
    return ""


def _last_text(content: Any) -> str:
    """A user turn's last text part (the prompt, after what clients put in front of it)."""
    if isinstance(content, list):
        texts = [part["text"] for part in content if isinstance(part, dict) and part.get("type") == "text"]
        return texts[-1] if texts else ""
    return _text(content)


def plan(tool_names: list[str], user_text: str, tool_results: list[str] | None) -> tuple[str | None, list[str]]:
    """(text, names of the tools to call)."""
    if tool_results is not None:
        return "done: " + " | ".join(tool_results), []
    called = [name for name in tool_names if name in user_text]
    return (None, called) if called else (f"echo: {user_text}", [])


class FakeToolCaller:
    def __init__(self) -> None:
        self.log = UpstreamLog()
        self.app = Starlette(routes=[Route("/v1/chat/completions", self.chat, methods=["POST"]),
                                     Route("/v1/messages", self.messages, methods=["POST"])])

    # ---- Chat Completions

    async def chat(self, request: Request) -> Response:
        body = orjson.loads(await request.body())
        self.log.record(Received(request.url.path, dict(request.headers), body))
        if request.headers.get("authorization") != f"Bearer {KEY}":
            return JSONResponse({"error": {"message": "bad key", "type": "invalid_request_error"}}, status_code=401)
        messages = body["messages"]
        results = None
        if messages[-1]["role"] == "tool":
            tail = []
            for message in reversed(messages):
                if message["role"] != "tool":
                    break
                tail.insert(0, _text(message["content"]))
            results = tail
        user = _last_text(next((m["content"] for m in reversed(messages) if m["role"] == "user"), ""))
        text, names = plan([t["function"]["name"] for t in body.get("tools") or []], user, results)
        arguments = orjson.dumps({"input": user}).decode()
        calls = [{"id": f"call_{i}", "type": "function", "function": {"name": n, "arguments": arguments}}
                 for i, n in enumerate(names)]
        finish = "tool_calls" if calls else "stop"
        base = {"id": "chatcmpl-caller", "created": int(time.time()), "model": body["model"]}
        if not body.get("stream"):
            message = {"role": "assistant", "content": text, **({"tool_calls": calls} if calls else {})}
            return JSONResponse({**base, "object": "chat.completion", "usage": USAGE,
                                 "choices": [{"index": 0, "message": message, "finish_reason": finish}]})

        async def events() -> AsyncIterator[bytes]:
            def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> bytes:
                data = {**base, "object": "chat.completion.chunk",
                        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}]}
                return b"data: " + orjson.dumps(data) + b"\n\n"

            yield chunk({"role": "assistant", "content": ""})
            for i, call in enumerate(calls):
                yield chunk({"tool_calls": [{"index": i, "id": call["id"], "type": "function",
                                             "function": {"name": call["function"]["name"], "arguments": ""}}]})
                half = len(arguments) // 2
                for piece in (arguments[:half], arguments[half:]):
                    yield chunk({"tool_calls": [{"index": i, "function": {"arguments": piece}}]})
            if text:
                yield chunk({"content": text})
            yield chunk({}, finish)
            usage = {**base, "object": "chat.completion.chunk", "choices": [], "usage": USAGE}
            yield b"data: " + orjson.dumps(usage) + b"\n\ndata: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    # ---- Anthropic Messages

    async def messages(self, request: Request) -> Response:
        body = orjson.loads(await request.body())
        self.log.record(Received(request.url.path, dict(request.headers), body))
        if request.headers.get("x-api-key") != KEY:
            return JSONResponse({"type": "error", "error": {"type": "authentication_error", "message": "bad key"}},
                                status_code=401)
        last = body["messages"][-1]
        blocks = last["content"] if isinstance(last["content"], list) else [{"type": "text", "text": last["content"]}]
        results = [_text(b.get("content")) for b in blocks if b.get("type") == "tool_result"] or None
        user = next((_last_text(m["content"]) for m in reversed(body["messages"])
                     if m["role"] == "user" and _last_text(m["content"])), "")
        text, names = plan([t["name"] for t in body.get("tools") or []], user, results)
        content: list[dict[str, Any]] = [{"type": "tool_use", "id": f"toolu_{i}", "name": n, "input": {"input": user}}
                                         for i, n in enumerate(names)]
        if text:
            content.append({"type": "text", "text": text})
        stop = "tool_use" if names else "end_turn"
        usage = {"input_tokens": 9, "output_tokens": 4}
        message = {"id": "msg_caller", "type": "message", "role": "assistant", "model": body["model"],
                   "content": content, "stop_reason": stop, "stop_sequence": None, "usage": usage}
        if not body.get("stream"):
            return JSONResponse(message)

        async def events() -> AsyncIterator[bytes]:
            def event(kind: str, data: dict[str, Any]) -> bytes:
                return f"event: {kind}\ndata: ".encode() + orjson.dumps({"type": kind, **data}) + b"\n\n"

            yield event("message_start", {"message": {**message, "content": [], "stop_reason": None,
                                                      "usage": {"input_tokens": 9, "output_tokens": 1}}})
            for index, block in enumerate(content):
                if block["type"] == "tool_use":
                    yield event("content_block_start", {"index": index, "content_block": {**block, "input": {}}})
                    yield event("content_block_delta", {"index": index, "delta": {
                        "type": "input_json_delta", "partial_json": orjson.dumps(block["input"]).decode()}})
                else:
                    yield event("content_block_start", {"index": index, "content_block": {"type": "text", "text": ""}})
                    yield event("content_block_delta", {"index": index,
                                                        "delta": {"type": "text_delta", "text": block["text"]}})
                yield event("content_block_stop", {"index": index})
            yield event("message_delta", {"delta": {"stop_reason": stop, "stop_sequence": None},
                                          "usage": {"output_tokens": 4}})
            yield event("message_stop", {})

        return StreamingResponse(events(), media_type="text/event-stream")
