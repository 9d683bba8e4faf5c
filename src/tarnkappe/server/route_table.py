"""The API's one route table, and the two things derived from it: Starlette's routes and the
hot-path dispatch (server/fast_paths.py).

Each dialect lists its endpoints once, as `Endpoint`s; whether an endpoint is hot (served by an
exact (method, path) lookup, bypassing Starlette's router) is a flag on the same line, so the two
can never disagree. Endpoints sharing a `mount` become one Starlette `Mount`, so that Starlette's
own matching, 404s, 405s and slash redirects stay what they are for mounted routers.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import ASGIApp

if TYPE_CHECKING:
    from tarnkappe.gateway.pipeline import Gateway

Handler = Callable[[Request], Awaitable[ASGIApp]]
ErrorRenderer = Callable[[BaseException], tuple[int, dict[str, Any], dict[str, str]]]


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One (method, path) of the API. `hot`: it carries nearly all traffic and renders its own
    errors, so it may skip Starlette's router and exception middleware (see server/fast_paths.py)."""

    method: str
    mount: str  # "" for a route at the top level
    path: str
    handler: Handler
    hot: bool = False

    @property
    def full_path(self) -> str:
        return self.mount + self.path


@dataclass(frozen=True, slots=True)
class Dialect:
    """An API dialect as the application assembles it: the paths it owns (longest prefix wins, for
    errors raised before any endpoint runs, such as a body over the size limit), its endpoints, and
    how it renders an error: (status, body, extra headers)."""

    name: str
    path_prefixes: tuple[str, ...]
    endpoints: Callable[[Gateway, int], list[Endpoint]]  # (gateway, max body bytes) → endpoints
    render_error: ErrorRenderer


def starlette_routes(table: Sequence[Endpoint]) -> list[BaseRoute]:
    """The table as Starlette routes: top-level endpoints first, then one `Mount` per mount, the
    longest first — a `Mount("/v1")` would otherwise take `/v1/ai/...` and answer 404 for it."""
    by_mount: dict[str, list[Route]] = {}
    for endpoint in table:
        by_mount.setdefault(endpoint.mount, []).append(
            Route(endpoint.path, endpoint.handler, methods=[endpoint.method])
        )
    routes: list[BaseRoute] = list(by_mount.pop("", []))
    for mount in sorted(by_mount, key=len, reverse=True):
        routes.append(Mount(mount, routes=by_mount[mount]))
    return routes


def hot_paths(table: Iterable[Endpoint]) -> dict[tuple[str, str], Handler]:
    """The hot endpoints by exact (method, path): what server/fast_paths.py dispatches directly."""
    return {(e.method, e.full_path): e.handler for e in table if e.hot}
