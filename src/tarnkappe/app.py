"""Builds the ASGI application from the settings: catalog, providers, key store, gateway, routes.

Providers that load weights start in the background, so the server answers `/healthz` at once and
`/readyz` reports 503 until every model is loaded; requests for a model that is still loading wait
for it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

import aiohttp
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount

from tarnkappe.config import Settings
from tarnkappe.gateway.auth import ConfigKeyStore, KeyStore
from tarnkappe.gateway.errors import GatewayError
from tarnkappe.gateway.pipeline import Gateway
from tarnkappe.providers.base import Provider, ProviderContext
from tarnkappe.providers.registry import build_provider
from tarnkappe.routing.catalog import Catalog
from tarnkappe.server.health import health_routes
from tarnkappe.server.middleware import RequestIdMiddleware
from tarnkappe.server.openai_api import OpenAIEndpoints, error_response
from tarnkappe.server.peakprivacy_api import PeakPrivacyEndpoints

log = logging.getLogger("tarnkappe.app")

OPENAI_BASE_PATHS = ("/v1", "/api/openai/v1")


class NotFound(GatewayError):
    status = 404
    code = "not_found"


def create_app(settings: Settings, *, keys: KeyStore | None = None) -> Starlette:
    catalog = Catalog(settings.models)
    context = ProviderContext()
    providers: dict[str, Provider] = {entry.name: build_provider(entry, context) for entry in catalog}
    gateway = Gateway(catalog, providers, keys if keys is not None else ConfigKeyStore(settings.api_keys))
    endpoints = OpenAIEndpoints(gateway, settings.server.max_body_bytes)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        connector = aiohttp.TCPConnector(limit=1024, limit_per_host=0, ttl_dns_cache=300, keepalive_timeout=60)
        context.http = aiohttp.ClientSession(connector=connector, auto_decompress=True)
        loading = [asyncio.create_task(_start(provider)) for provider in providers.values()]
        try:
            yield
        finally:
            for task in loading:
                task.cancel()
            await asyncio.gather(*loading, return_exceptions=True)
            await asyncio.gather(*(p.close() for p in providers.values()), return_exceptions=True)
            await context.http.close()

    def readiness() -> dict[str, bool]:
        return {f"model:{name}": provider.ready for name, provider in providers.items()}

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 404:
            return error_response(NotFound(f"Unknown request URL: {request.method} {request.url.path}."))
        error = GatewayError(exc.detail or "Request not allowed.")
        error.status = exc.status_code
        error.code = None
        return error_response(error)

    peakprivacy = PeakPrivacyEndpoints(gateway, settings.server.max_body_bytes)
    routes = [*health_routes(readiness)]
    # Before the OpenAI mounts: "/v1/ai/..." would otherwise fall into the "/v1" mount.
    routes.append(Mount("/v1/ai", routes=peakprivacy.routes()))
    routes += [Mount(base, routes=endpoints.routes()) for base in OPENAI_BASE_PATHS]
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={HTTPException: http_error})
    app.state.gateway = gateway
    app.add_middleware(RequestIdMiddleware)
    return app


async def _start(provider: Provider) -> None:
    name = provider.entry.name
    try:
        await provider.start()
        if not provider.ready:
            return
        log.info("model ready", extra={"model": name})
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # a model that cannot load must not take the others down
        log.error("model failed to load", extra={"model": name, "error": type(exc).__name__, "detail": str(exc)[:300]})

