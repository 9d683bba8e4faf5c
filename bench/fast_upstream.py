"""A deliberately fast OpenAI-compatible upstream for benchmarks: pre-rendered answers, aiohttp's
low-level server, no parsing beyond what is needed to tell a stream from a plain request.

    python bench/fast_upstream.py PORT
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

from aiohttp import web

DELTAS = 20


def _completion() -> bytes:
    return json.dumps({
        "id": "chatcmpl-bench", "object": "chat.completion", "created": int(time.time()), "model": "bench",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "Grüezi! " * 10, "refusal": None},
                     "logprobs": None, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 30, "completion_tokens": 20, "total_tokens": 50},
        "system_fingerprint": "fp_bench",
    }).encode()


def _stream() -> list[bytes]:
    base = {"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": int(time.time()), "model": "bench"}
    events = [{**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}]
    events += [{**base, "choices": [{"index": 0, "delta": {"content": f"tok{i} "}, "finish_reason": None}]} for i in range(DELTAS)]
    events += [{**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}]
    events += [{**base, "choices": [], "usage": {"prompt_tokens": 30, "completion_tokens": DELTAS, "total_tokens": 30 + DELTAS}}]
    return [b"data: " + json.dumps(e).encode() + b"\n\n" for e in events] + [b"data: [DONE]\n\n"]


COMPLETION = _completion()
STREAM = _stream()


async def chat(request: web.Request) -> web.StreamResponse:
    body = await request.read()
    if b'"stream":true' not in body.replace(b" ", b""):
        return web.Response(body=COMPLETION, content_type="application/json")
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await response.prepare(request)
    for event in STREAM:
        await response.write(event)
    await response.write_eof()
    return response


def main() -> None:
    app = web.Application()
    app.router.add_post("/v1/chat/completions", chat)
    try:
        import uvloop
        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    except ImportError:
        pass
    web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), access_log=None, print=None)


if __name__ == "__main__":
    main()
