"""The floor: a bare pass-through proxy, the least any Python gateway on aiohttp must pay.

    python bench/passthrough_proxy.py PORT UPSTREAM_BASE_URL    (e.g. http://127.0.0.1:9000/v1)

It forwards `POST /v1/chat/completions` to the upstream unchanged and sends the answer back, streamed
chunk by chunk as it arrives or whole: one pooled upstream connection per request in flight, no
parsing, no authentication, no limits, no metering, no logging. Whatever a real gateway spends above
this is its own features (and its own inefficiencies); this much is the price of the server, the
client and the event loop, which every Python gateway pays.
"""

from __future__ import annotations

import asyncio
import sys

import aiohttp
from aiohttp import web

# Hop-by-hop and length headers are the proxy's own business; everything else passes through.
_DROP = {"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "host"}


class PassThrough:
    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.session: aiohttp.ClientSession | None = None

    async def start(self, app: web.Application) -> None:
        connector = aiohttp.TCPConnector(limit=1024, limit_per_host=0, keepalive_timeout=60)
        # auto_decompress off: bytes go through as they came.
        self.session = aiohttp.ClientSession(connector=connector, auto_decompress=False)

    async def stop(self, app: web.Application) -> None:
        if self.session is not None:
            await self.session.close()

    async def chat(self, request: web.Request) -> web.StreamResponse:
        assert self.session is not None
        body = await request.read()
        headers = {"Content-Type": request.headers.get("Content-Type", "application/json")}
        async with self.session.post(self.upstream + "/chat/completions", data=body, headers=headers) as upstream:
            out_headers = {k: v for k, v in upstream.headers.items() if k.lower() not in _DROP}
            if upstream.headers.get("Content-Type", "").startswith("text/event-stream"):
                response = web.StreamResponse(status=upstream.status, headers=out_headers)
                await response.prepare(request)
                async for chunk in upstream.content.iter_any():
                    await response.write(chunk)
                await response.write_eof()
                return response
            return web.Response(status=upstream.status, body=await upstream.read(), headers=out_headers)


async def health(request: web.Request) -> web.Response:
    return web.Response(text="ok")


def main() -> None:
    port, upstream = int(sys.argv[1]), sys.argv[2]
    proxy = PassThrough(upstream)
    app = web.Application()
    app.on_startup.append(proxy.start)
    app.on_cleanup.append(proxy.stop)
    app.router.add_post("/v1/chat/completions", proxy.chat)
    app.router.add_get("/healthz", health)
    try:
        import uvloop

        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    except ImportError:
        pass
    web.run_app(app, host="127.0.0.1", port=port, access_log=None, print=None)


if __name__ == "__main__":
    main()
