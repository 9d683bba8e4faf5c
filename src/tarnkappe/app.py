"""Builds the ASGI application from the settings: catalog, providers, key store, accounts, gateway,
routes.

With accounts on (the default), keys come from the database (and `api_keys:` of the configuration,
as keys of the built-in org "default" without limits); the schema is migrated at start, and every
request is rate-limited, reserved against its org's budget and written to the usage ledger. The
admin API under /admin/ exists only when an admin key is configured; the organizations' web console
is under /console/.

Providers that load weights start in the background, so the server answers `/healthz` at once and
`/readyz` reports 503 until every model is loaded; requests for a model that is still loading wait
for it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import aiohttp
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount
from starlette.types import ASGIApp

from tarnkappe.config import Settings
from tarnkappe.core.catalog import Catalog
from tarnkappe.core.errors import GatewayError
from tarnkappe.core.metering import Metering
from tarnkappe.core.principal import KeyStore
from tarnkappe.dialects import DIALECTS
from tarnkappe.gateway.auth import ConfigKeyStore
from tarnkappe.gateway.drain import Drain
from tarnkappe.gateway.pipeline import Gateway
from tarnkappe.observability.metering import ObservedMetering
from tarnkappe.observability.metrics_http import MetricsMiddleware, MetricsPort, metrics_route
from tarnkappe.observability.setup import build_metrics
from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.entities import EntityType
from tarnkappe.providers.base import Provider, ProviderContext
from tarnkappe.providers.upstream_client import UpstreamClient
from tarnkappe.routing.router import Router, provider_for
from tarnkappe.server.body_limit import BodyLimit
from tarnkappe.server.fast_paths import FastPaths
from tarnkappe.server.health import health_routes
from tarnkappe.server.http import JSONResponse
from tarnkappe.server.middleware import RequestIdMiddleware
from tarnkappe.server.openapi import openapi_routes
from tarnkappe.server.route_table import Endpoint, hot_paths, starlette_routes

if TYPE_CHECKING:
    from tarnkappe.observability.tracing import OTelTracing

log = logging.getLogger("tarnkappe.app")

OPENAI_BASE_PATHS = ("/v1", "/api/openai/v1")  # where an organization's usage is answered too


class NotFound(GatewayError):
    status = 404
    code = "not_found"


def create_app(settings: Settings, *, keys: KeyStore | None = None, migrate: bool = True,
               drain: Drain | None = None, tracing: OTelTracing | None = None) -> ASGIApp:
    """The application. `keys` replaces the configuration's key list (with accounts on, it must be
    a `ConfigKeyStore` of the "default" org, as `tarnkappe serve` builds it); `migrate=False` when
    the caller has migrated the database already; `drain`: what the server's SIGTERM handling
    (server/lifecycle.py) drives; `tracing`: traces to this exporter setup instead of the one the
    configuration asks for (tests: the SDK's in-memory exporter)."""
    catalog = Catalog(settings.models)
    context = ProviderContext()
    providers: dict[str, Provider] = {entry.name: provider_for(entry, context) for entry in catalog}
    if any(entry.kind == "embedding" for entry in catalog):
        # Vectors are numpy arrays, imported where they are made (~12 MB a chat-only gateway never
        # needs): loaded now, so that the first embeddings request does not wait for the import.
        import numpy  # noqa: F401
    anonymizer = build_anonymizer(settings)
    privacy_mode, embedding_privacy = settings.privacy.mode, settings.privacy.embeddings
    accounts = None
    metrics = None
    drain = drain or Drain()  # what a server's SIGTERM handling drives; unused without one
    if settings.accounts.enabled:
        from tarnkappe.accounts.service import Accounts

        config_keys = keys if isinstance(keys, ConfigKeyStore) else None
        accounts = Accounts.from_settings(settings, config_keys)
        from tarnkappe.accounts.keys import FailedAuthentications

        accounts.keys.failures = FailedAuthentications(settings.server.failed_auth_per_minute)
    if settings.metrics.enabled:
        metrics = build_metrics(models=(entry.name for entry in catalog), providers=providers, dialects=DIALECTS,
                                entity_types=EntityType.ALL, accounts=accounts, drain=drain)
    metering: Metering | None = accounts if metrics is None else ObservedMetering(accounts, metrics)
    if accounts is not None:
        gateway = Gateway(catalog, providers, accounts.keys, metering, anonymizer=anonymizer,
                          privacy_mode=privacy_mode, embedding_privacy=embedding_privacy)
    else:
        key_store = keys if keys is not None else ConfigKeyStore(settings.api_keys)
        gateway = Gateway(catalog, providers, key_store, metering, anonymizer=anonymizer, privacy_mode=privacy_mode,
                          embedding_privacy=embedding_privacy)
    gateway.drain = drain
    if tracing is None:
        tracing = build_tracing(settings)
    if tracing is not None:
        gateway.tracing = tracing
        for provider in providers.values():
            if isinstance(provider, Router):
                provider.tracing = tracing
    metrics_port = None
    if metrics is not None and settings.metrics.port is not None:
        metrics_port = MetricsPort(metrics, settings.metrics.host, settings.metrics.port)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if accounts is not None:
            await accounts.start(migrate_schema=migrate)
        connector = aiohttp.TCPConnector(limit=1024, limit_per_host=0, ttl_dns_cache=300, keepalive_timeout=60)
        trace_configs = [tracing.aiohttp_trace_config()] if tracing is not None else None
        context.http = aiohttp.ClientSession(connector=connector, auto_decompress=True, trace_configs=trace_configs)
        # The upstream calls' lean client (providers/upstream_client.py); with tracing, the session's
        # hook adds each call's traceparent, so every call goes through the session.
        context.client = UpstreamClient(keepalive_timeout=60) if tracing is None else None
        loading = [asyncio.create_task(_start(provider)) for provider in providers.values()]
        if metrics_port is not None:
            metrics_port.start()
        try:
            yield
        finally:
            if metrics_port is not None:
                metrics_port.stop()
            for task in loading:
                task.cancel()
            await asyncio.gather(*loading, return_exceptions=True)
            await asyncio.gather(*(p.close() for p in providers.values()), return_exceptions=True)
            await context.http.close()
            if context.client is not None:
                await context.client.close()
            if accounts is not None:
                await accounts.close()  # after the last request: every ledger row is written
            if tracing is not None:
                await asyncio.to_thread(tracing.shutdown)  # export the last spans

    async def readiness() -> dict[str, bool]:
        checks = {f"model:{name}": provider.ready for name, provider in providers.items()}
        if accounts is not None:
            checks["storage"] = await accounts.store.ping()
        return checks

    default_dialect = DIALECTS[0]

    def error_response(exc: BaseException) -> Response:
        status, body, headers = default_dialect.render_error(exc)
        return JSONResponse(body, status_code=status, headers=headers)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 404:
            return error_response(NotFound(f"Unknown request URL: {request.method} {request.url.path}."))
        error = GatewayError(exc.detail or "Request not allowed.")
        error.status = exc.status_code
        error.code = None
        return error_response(error)

    # The API's one route table: every dialect's endpoints, and an organization's usage.
    table: list[Endpoint] = []
    mounts: list[BaseRoute] = []
    if accounts is not None:
        # Accounts' routes: /v1/usage (an org's own usage) and, only with an admin key configured,
        # the admin API; the web console.
        from tarnkappe.accounts.admin_api import AdminEndpoints, OrgUsageEndpoint

        usage = OrgUsageEndpoint(gateway, accounts.store)
        table += [Endpoint("GET", "", base + "/usage", usage.get) for base in OPENAI_BASE_PATHS]
        if settings.admin_key:
            mounts.append(Mount("/admin", routes=AdminEndpoints(accounts, settings.admin_key).routes()))
        if settings.console.enabled:
            from tarnkappe.console.routes import build_console

            mounts.append(build_console(accounts, gateway, settings.console))
    for dialect in DIALECTS:
        table += dialect.endpoints(gateway, settings.server.max_body_bytes)
    health = health_routes(readiness, draining=lambda: gateway.drain.draining)
    routes = [*health, *openapi_routes(), *starlette_routes(table), *mounts]
    if metrics is not None and settings.metrics.token is not None:
        routes.append(metrics_route(metrics, settings.metrics.token))
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={HTTPException: http_error})
    app.state.gateway = gateway
    app.state.accounts = accounts
    app.state.metrics = metrics
    error_shapes = [(prefix, d.render_error) for d in DIALECTS for prefix in d.path_prefixes]
    body_limit = BodyLimit(FastPaths(app, hot_paths(table)), settings.server.max_body_bytes,
                           error_shapes=error_shapes, default_shape=default_dialect.render_error)
    observed: ASGIApp = body_limit if metrics is None else MetricsMiddleware(body_limit, metrics)
    if tracing is not None:
        from tarnkappe.observability.tracing_http import TracingMiddleware

        observed = TracingMiddleware(observed, tracing)
    return RequestIdMiddleware(observed)


def build_tracing(settings: Settings) -> OTelTracing | None:
    """OpenTelemetry when the configuration or the OTEL_* environment asks for it (the SDK is
    imported only then)."""
    from tarnkappe.observability.tracing_wanted import tracing_wanted

    if not tracing_wanted(settings.tracing):
        return None
    from tarnkappe.observability.tracing import OTelTracing

    return OTelTracing.from_settings(settings.tracing)


def build_anonymizer(settings: Settings) -> Anonymizer | None:
    """The one anonymizer of this gateway (name lists loaded, patterns compiled: ~0.1 s, once),
    or None when anonymization is switched off."""
    if settings.privacy.mode == "off":
        return None
    privacy = settings.privacy
    return Anonymizer(PrivacyConfig(deny_terms=tuple(privacy.deny_terms), allow_terms=tuple(privacy.allow_terms),
                                    max_text_chars=privacy.max_text_chars, learned_names=privacy.learned_names,
                                    keep_organisation_contacts=privacy.organisation_contacts == "keep"))


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

