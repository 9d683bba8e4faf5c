"""Direct dispatch for the few routes that carry nearly all traffic.

Starlette's router and its exception middleware add about ten awaiting layers around every request,
and every resumption of a request's task (each upstream read, each stream event) walks back through
all of them: the profile put that at ~15% of a proxied request's CPU. The chat and embeddings
endpoints catch and render their own errors, so for them an exact (method, path) lookup is all the
routing needed; every other request — and the lifespan — goes through Starlette as usual.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

Endpoint = Callable[[Request], Awaitable[ASGIApp]]


def _direct(endpoint: Endpoint) -> ASGIApp:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        response = await endpoint(Request(scope, receive, send))
        await response(scope, receive, send)

    return app


class FastPaths:
    def __init__(self, app: ASGIApp, routes: Mapping[tuple[str, str], Endpoint]) -> None:
        self.app = app
        self.routes = {key: _direct(endpoint) for key, endpoint in routes.items()}

    def __call__(self, scope: Scope, receive: Receive, send: Send) -> Awaitable[None]:
        # Not a coroutine function: the handler's own awaitable is returned, so this dispatch adds
        # no frame to the chain every resumption of the request's task passes through.
        if scope["type"] == "http":
            handler = self.routes.get((scope["method"], scope["path"]))
            if handler is not None:
                scope["fast_path"] = True  # a fixed route: its path may be logged as it is
                return handler(scope, receive, send)
        return self.app(scope, receive, send)
