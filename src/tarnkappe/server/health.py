"""Liveness and readiness, for load balancers and orchestrators. No authentication, no secrets."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tarnkappe.server.http import JSONResponse


def health_routes(readiness: Callable[[], Awaitable[dict[str, bool]]]) -> list[Route]:
    """`readiness` returns the state of each dependency (storage, each model) by name."""

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(request: Request) -> Response:
        checks = await readiness()
        ready = all(checks.values())
        return JSONResponse(
            {"status": "ready" if ready else "starting", "checks": checks},
            status_code=200 if ready else 503,
        )

    return [Route("/healthz", healthz, methods=["GET"]), Route("/readyz", readyz, methods=["GET"])]
