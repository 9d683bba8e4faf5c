"""An OpenAI-compatible upstream whose answers wait for the test: a stream sends its first chunk,
then holds until the test releases it (by the request's last user text); a plain answer holds
before it starts. Lets the lifecycle tests put a request across a signal without any timing."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

HOLD_AT_MOST_SECONDS = 120.0  # a test that never releases does not leave a request behind for ever


class GatedUpstream:
    def __init__(self) -> None:
        self._gates: dict[str, threading.Event] = {}
        self._lock = threading.Lock()
        self.held: list[str] = []  # texts whose requests reached the hold point, in order
        self.abandoned: list[str] = []  # texts whose callers went away while held
        self.app = Starlette(routes=[Route("/v1/chat/completions", self.chat, methods=["POST"])])

    def gate(self, text: str) -> threading.Event:
        with self._lock:
            return self._gates.setdefault(text, threading.Event())

    def release(self, text: str) -> None:
        self.gate(text).set()

    def wait_until_held(self, text: str, attempts: int = 600) -> None:
        for _ in range(attempts):
            if text in self.held:
                return
            time.sleep(0.01)
        raise AssertionError(f"the request {text!r} never reached the upstream")

    async def _hold(self, text: str, request: Request) -> bool:
        """Wait for the release; False if the caller went away first."""
        gate = self.gate(text)
        self.held.append(text)
        deadline = time.monotonic() + HOLD_AT_MOST_SECONDS
        try:
            while not gate.is_set() and time.monotonic() < deadline:
                if await request.is_disconnected():
                    self.abandoned.append(text)
                    return False
                await asyncio.sleep(0.02)
        except asyncio.CancelledError:  # a streaming response is cancelled when its caller goes away
            self.abandoned.append(text)
            raise
        return True

    async def chat(self, request: Request) -> Response:
        body = json.loads(await request.body())
        text = str(body["messages"][-1]["content"])
        model = body["model"]
        if body.get("stream"):
            return StreamingResponse(self._stream(text, model, request), media_type="text/event-stream")
        if not await self._hold(text, request):
            return Response(status_code=499)
        return JSONResponse({
            "id": "chatcmpl-gated", "object": "chat.completion", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "released"},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4},
        })

    async def _stream(self, text: str, model: str, request: Request) -> AsyncIterator[bytes]:
        def chunk(delta: dict[str, Any], finish: str | None = None, usage: dict[str, int] | None = None) -> bytes:
            choices = [] if usage else [{"index": 0, "delta": delta, "finish_reason": finish}]
            data: dict[str, Any] = {"id": "chatcmpl-gated", "object": "chat.completion.chunk",
                                    "created": int(time.time()), "model": model, "choices": choices}
            if usage:
                data["usage"] = usage
            return b"data: " + json.dumps(data).encode() + b"\n\n"

        yield chunk({"role": "assistant", "content": "first "})
        if not await self._hold(text, request):
            return
        yield chunk({"content": "second"})
        yield chunk({}, finish="stop")
        yield chunk({}, usage={"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5})
        yield b"data: [DONE]\n\n"
