"""Liveness and readiness, for load balancers and orchestrators. No authentication, no secrets.

Anyone who can reach the port may ask, so the answers say only what an orchestrator acts on:
ready or not, and which kind of dependency is missing (storage, models) — never the catalog's
model names (an operator finds the model that failed to load in the log).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tarnkappe.server.http import JSONResponse


def health_routes(readiness: Callable[[], Awaitable[dict[str, bool]]],
                  draining: Callable[[], bool] = lambda: False) -> list[Route]:
    """`readiness` returns the state of each dependency by name: `storage`, `model:NAME` for each
    model (answered as one check). `draining()` is true from SIGTERM on (server/lifecycle.py): then
    the answer is 503 `draining`, so that load balancers stop sending before the listener closes."""

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(request: Request) -> Response:
        checks: dict[str, bool] = {}
        for name, ok in (await readiness()).items():
            kind = "models" if name.startswith("model:") else name
            checks[kind] = checks.get(kind, True) and ok
        ready = all(checks.values())
        status = "ready" if ready else "starting"
        if draining():  # stopping: unready whatever the dependencies say
            ready, status = False, "draining"
        return JSONResponse(
            {"status": status, "checks": checks},
            status_code=200 if ready else 503,
        )

    return [Route("/healthz", healthz, methods=["GET"]), Route("/readyz", readyz, methods=["GET"])]
