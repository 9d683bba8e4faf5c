"""The admin HTTP API for operators, under /admin/, and the usage endpoint for an org's own keys.

/admin/ answers only to the admin key from the configuration (`admin_key: ${TARNKAPPE_ADMIN_KEY}`);
an ordinary API key gets 401 there, whatever its org. Errors are OpenAI-shaped, like the rest of
the gateway, so the same clients can read them.

    GET    /admin/orgs                     list organizations
    POST   /admin/orgs                     create one {name, currency, limit, period, models, regions,
                                           gdpr_only, requests_per_minute, tokens_per_minute}
    GET    /admin/orgs/{name}              one organization
    PATCH  /admin/orgs/{name}              change limits or model rules (fields as for POST, but name)
    GET    /admin/keys[?org=NAME]          list keys (never secrets)
    POST   /admin/keys                     create one {org, name, models, requests_per_minute,
                                           tokens_per_minute, expires_at}: the secret is in this
                                           answer and nowhere else, ever
    POST   /admin/keys/{id}/revoke         revoke a key (401 on every instance within the key TTL)
    GET    /admin/usage[?org=NAME&since=DATE]

    GET    /v1/usage[?since=DATE]          an ordinary key: its own organization's usage, nothing else
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tarnkappe.accounts.store import AccountsError, InvalidDate, Store, parse_datetime
from tarnkappe.core.errors import AuthenticationFailed, GatewayError, InvalidRequest
from tarnkappe.dialects.openai import render_error
from tarnkappe.server.http import JSONResponse, api_key_from_headers, parse_json_object, read_body

if TYPE_CHECKING:
    from tarnkappe.accounts.service import Accounts
    from tarnkappe.gateway.pipeline import Gateway

MAX_ADMIN_BODY = 64 * 1024


class NotFound(GatewayError):
    status = 404
    code = "not_found"


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OrgChanges(_Body):
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    limit: Decimal | None = Field(default=None, ge=0)
    period: str | None = None
    models: list[str] | None = None
    regions: list[str] | None = None
    gdpr_only: bool | None = None
    requests_per_minute: int | None = Field(default=None, ge=1)
    tokens_per_minute: int | None = Field(default=None, ge=1)
    anonymization: Literal["off", "on_request", "always"] | None = None

    def fields(self) -> dict[str, Any]:
        """Only what the client sent (an explicit null clears a limit or rule)."""
        names = {"limit": "limit_amount", "period": "limit_period", "models": "allowed_models"}
        return {names.get(k, k): v for k, v in self.model_dump(exclude_unset=True).items()}


class NewOrg(OrgChanges):
    name: str


class NewKey(_Body):
    org: str
    name: str = "default"
    models: list[str] | None = None
    requests_per_minute: int | None = Field(default=None, ge=1)
    tokens_per_minute: int | None = Field(default=None, ge=1)
    expires_at: datetime | None = None


def _error(exc: BaseException) -> Response:
    if isinstance(exc, InvalidDate):
        exc = InvalidRequest(str(exc), param="since")
    elif isinstance(exc, AccountsError):
        message = str(exc)
        exc = NotFound(message) if message.startswith("no ") else InvalidRequest(message)
    elif isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        exc = InvalidRequest(f"Invalid value for '{where}': {first['msg']}.", param=where or None)
    status, body, headers = render_error(exc)
    return JSONResponse(body, status_code=status, headers=headers)


def _since(request: Request) -> datetime | None:
    value = request.query_params.get("since")
    return parse_datetime(value) if value else None


class AdminEndpoints:
    def __init__(self, accounts: Accounts, admin_key: str) -> None:
        self.accounts = accounts
        self.store = accounts.store
        self._digest = hashlib.sha256(admin_key.encode()).digest()

    def routes(self) -> list[Route]:
        return [
            Route("/orgs", self._guard(self.list_orgs), methods=["GET"]),
            Route("/orgs", self._guard(self.create_org), methods=["POST"]),
            Route("/orgs/{name}", self._guard(self.get_org), methods=["GET"]),
            Route("/orgs/{name}", self._guard(self.update_org), methods=["PATCH"]),
            Route("/keys", self._guard(self.list_keys), methods=["GET"]),
            Route("/keys", self._guard(self.create_key), methods=["POST"]),
            Route("/keys/{key_id}/revoke", self._guard(self.revoke_key), methods=["POST"]),
            Route("/usage", self._guard(self.usage), methods=["GET"]),
        ]

    def _guard(self, handler: Any) -> Any:
        """Admin key or 401; compared as digests in constant time."""

        async def guarded(request: Request) -> Response:
            given = api_key_from_headers(request.headers) or ""
            if not hmac.compare_digest(hashlib.sha256(given.encode()).digest(), self._digest):
                return _error(AuthenticationFailed("The admin API needs the admin key (TARNKAPPE_ADMIN_KEY)."))
            try:
                return await handler(request)
            except Exception as exc:
                return _error(exc)

        return guarded

    async def _json(self, request: Request) -> dict[str, Any]:
        return parse_json_object(await read_body(request, MAX_ADMIN_BODY))

    async def list_orgs(self, request: Request) -> Response:
        return JSONResponse({"object": "list", "data": [o.to_json() for o in await self.store.list_orgs()]})

    async def create_org(self, request: Request) -> Response:
        body = NewOrg.model_validate(await self._json(request))
        fields = body.fields()
        fields.pop("name")
        org = await self.store.create_org(body.name, **{k: v for k, v in fields.items() if v is not None})
        return JSONResponse(org.to_json(), status_code=201)

    async def get_org(self, request: Request) -> Response:
        org = await self.store.get_org(request.path_params["name"])
        if org is None:
            raise NotFound(f"no organization named {request.path_params['name']!r}")
        return JSONResponse(org.to_json())

    async def update_org(self, request: Request) -> Response:
        body = OrgChanges.model_validate(await self._json(request))
        org = await self.store.update_org(request.path_params["name"], **body.fields())
        return JSONResponse(org.to_json())

    async def list_keys(self, request: Request) -> Response:
        keys = await self.store.list_keys(request.query_params.get("org"))
        return JSONResponse({"object": "list", "data": [k.to_json() for k in keys]})

    async def create_key(self, request: Request) -> Response:
        body = NewKey.model_validate(await self._json(request))
        expires = body.expires_at
        if expires is not None and expires.tzinfo is None:
            expires = parse_datetime(expires.isoformat())
        info, secret = await self.store.create_key(
            body.org, name=body.name, allowed_models=body.models, requests_per_minute=body.requests_per_minute,
            tokens_per_minute=body.tokens_per_minute, expires_at=expires,
        )
        return JSONResponse({**info.to_json(), "secret": secret}, status_code=201,
                            headers={"cache-control": "no-store"})

    async def revoke_key(self, request: Request) -> Response:
        info = await self.store.revoke_key(request.path_params["key_id"])
        self.accounts.keys.forget(info.id)
        return JSONResponse(info.to_json())

    async def usage(self, request: Request) -> Response:
        org_id = None
        if name := request.query_params.get("org"):
            org = await self.store.get_org(name)
            if org is None:
                raise NotFound(f"no organization named {name!r}")
            org_id = org.id
        lines = await self.store.usage(org_id=org_id, since=_since(request))
        return JSONResponse({"object": "list", "data": [line.to_json() for line in lines]})


class OrgUsageEndpoint:
    """`GET /v1/usage`: what the caller's own organization used. The org comes from the key, never
    from the request, so one org's key cannot ask for another's usage."""

    def __init__(self, gateway: Gateway, store: Store) -> None:
        self.gateway = gateway
        self.store = store

    async def get(self, request: Request) -> Response:
        try:
            principal = await self.gateway.authenticate(api_key_from_headers(request.headers))
            if principal.org_id is None:
                raise NotFound("This key belongs to no organization.")
            lines = await self.store.usage(org_id=principal.org_id, since=_since(request))
        except Exception as exc:
            return _error(exc)
        return JSONResponse({"object": "list", "organization": principal.org_name,
                             "data": [line.to_json() for line in lines]})
