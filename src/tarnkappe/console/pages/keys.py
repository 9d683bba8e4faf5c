"""API keys: list, create (the secret shown once), a key's page, revoke.

Members create keys and revoke their own; owners revoke any key of the organization. A revoked key
is refused at once by this instance (its cache entry is dropped) and by every other instance within
the key cache's TTL.
"""

from __future__ import annotations

import time
from datetime import date

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tarnkappe.accounts.models import utcnow
from tarnkappe.accounts.periods import end_of_day, period_start
from tarnkappe.accounts.store import AccountsError, KeyInfo
from tarnkappe.console.pages.usage import LATEST_DAY
from tarnkappe.console.reports import Period
from tarnkappe.console.web import BASE, Console, Forbidden, NotFoundPage, View, form_of, page, redirect

MAX_KEY_NAME = 100


def key_state(key: KeyInfo) -> str:
    if key.revoked_at is not None:
        return "revoked"
    if key.expires_at is not None and key.expires_at.timestamp() <= time.time():
        return "expired"
    return "active"


def routes(console: Console) -> list[Route]:
    store = console.accounts.store

    async def org_keys(view: View) -> list[KeyInfo]:
        keys = await store.list_keys(view.user.org_name)
        return sorted(keys, key=lambda k: (key_state(k) != "active", -k.created_at.timestamp()))

    async def find_key(view: View, key_id: str) -> KeyInfo:
        for key in await store.list_keys(view.user.org_name):
            if key.id == key_id:
                return key
        raise NotFoundPage  # unknown, or another organization's: the same answer

    def may_revoke(view: View, key: KeyInfo) -> bool:
        return view.user.is_owner or key.created_by == view.user.id

    async def listing(request: Request, view: View) -> Response:
        keys = await org_keys(view)
        return view.render("keys.html", keys=keys, key_state=key_state, may_revoke=lambda k: may_revoke(view, k),
                           done=request.query_params.get("done"), error=None)

    async def refuse(view: View, error: str) -> Response:
        keys = await org_keys(view)
        return view.render("keys.html", 400, keys=keys, key_state=key_state,
                           may_revoke=lambda k: may_revoke(view, k), done=None, error=error)

    async def create(request: Request, view: View) -> Response:
        form = form_of(request)
        name = str(form.get("name") or "").strip()
        if not name or len(name) > MAX_KEY_NAME or not name.isprintable():
            return await refuse(view, view.gettext("Give the key a name of 1 to 100 characters."))
        expires_at = None
        if expiry := str(form.get("expires") or "").strip():
            try:
                # valid through the whole of that day, in the console's time zone (as the CLI's --expires)
                last_day = date.fromisoformat(expiry)
                if last_day <= LATEST_DAY:
                    expires_at = end_of_day(last_day, console.zone)
            except ValueError:
                expires_at = None
            if expires_at is None or expires_at <= utcnow():
                return await refuse(view, view.gettext(
                    "The expiry date must be a day from today on, at the latest 2999-12-31 (YYYY-MM-DD)."))
        info, secret = await store.create_key(view.user.org_name, name=name, created_by=view.user.id,
                                              expires_at=expires_at)
        # The secret is in this response only: not in a URL, not in a log, not stored.
        return view.render("key_created.html", 201, key=info, secret=secret,
                           gateway_url=str(request.base_url).rstrip("/"))

    async def detail(request: Request, view: View) -> Response:
        key = await find_key(view, request.path_params["key_id"])
        now = utcnow()
        org = await store.get_org(view.user.org_name)
        start = period_start(org.limit_period if org else "month", now)
        requests, tokens, cost = await console.reports.key_totals(view.user.org_id, key.id, Period(start, now))
        recent = await console.reports.requests(view.user.org_id, Period(start, now), limit=20, key_id=key.id)
        return view.render("key.html", key=key, state=key_state(key), may_revoke=may_revoke(view, key),
                           period_start=start, requests=requests, tokens=tokens, cost=cost,
                           currency=org.currency if org else "CHF", recent=recent)

    async def revoke(request: Request, view: View) -> Response:
        key = await find_key(view, request.path_params["key_id"])
        if not may_revoke(view, key):
            raise Forbidden
        try:
            await store.revoke_key(key.id, org_id=view.user.org_id)
        except AccountsError:
            raise NotFoundPage from None
        console.accounts.keys.forget(key.id)
        return redirect(f"{BASE}/keys?done=revoked")

    return [
        Route("/keys", page(console, listing), methods=["GET"]),
        Route("/keys", page(console, create), methods=["POST"]),
        Route("/keys/{key_id}", page(console, detail), methods=["GET"]),
        Route("/keys/{key_id}/revoke", page(console, revoke), methods=["POST"]),
    ]
