"""Sign in, sign out, switch language.

The sign-in form has its own CSRF token (a cookie and a hidden field that must match: there is no
session yet to keep it in), so that another site cannot sign a browser in to an account of the
attacker's choosing. Failed attempts are throttled per address and per client (throttle.py).
"""

from __future__ import annotations

import math
from datetime import datetime

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tarnkappe.accounts.models import utcnow
from tarnkappe.console.i18n import LANGUAGES
from tarnkappe.console.throttle import scopes
from tarnkappe.console.web import (
    BASE,
    LANGUAGE_COOKIE,
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    Console,
    View,
    cookie_is_secure,
    local_path,
    new_token,
    page,
    redirect,
    same_origin,
    tokens_match,
    view_for,
)

MAX_FIELD = 1024  # an e-mail address or password longer than this is not one


def routes(console: Console) -> list[Route]:
    async def login_form(request: Request) -> Response:
        view = view_for(console, request)
        if await console.users.session(request.cookies.get(SESSION_COOKIE)):
            return redirect(local_path(request.query_params.get("next")))
        return _login_page(console, view, request.query_params.get("next"))

    async def login(request: Request) -> Response:
        view = view_for(console, request)
        form = await request.form()
        email, password = str(form.get("email") or "")[:MAX_FIELD], str(form.get("password") or "")[:MAX_FIELD]
        target = str(form.get("next") or "")
        if not same_origin(request) or not tokens_match(request.cookies.get(LOGIN_CSRF_COOKIE), form.get("csrf_token")):
            return view.render("error.html", 403, title=view.gettext("Request refused"),
                               message=view.gettext("The form was not sent from this console (CSRF check). "
                                                    "Reload the page and try again."))
        # Counted before the password is checked: of concurrent guesses only as many as the limit
        # allows are checked at all.
        attempt = await console.throttle.attempt(scopes(email, client_address(request)))
        if attempt.locked_until is not None:
            message, retry_after = lock_message(view, attempt.locked_until)
            response = _login_page(console, view, target, email=email, status=429, error=message)
            response.headers["retry-after"] = retry_after
            return response
        user = await console.users.check_password(email, password) if email and password else None
        if user is None:
            return _login_page(console, view, target, email=email, status=401,
                               error=view.gettext("E-mail address or password is wrong."))
        await console.throttle.succeeded(attempt)
        token, signed_in = await console.users.open_session(user)
        response = redirect(local_path(target))
        response.set_cookie(
            SESSION_COOKIE, token, max_age=int(console.users.session_ttl.total_seconds()), path=BASE,
            httponly=True, secure=cookie_is_secure(console, request), samesite="lax",
        )
        response.delete_cookie(LOGIN_CSRF_COOKIE, path=BASE)
        return response

    async def logout(request: Request, view: View) -> Response:
        await console.users.close_session(request.cookies.get(SESSION_COOKIE))
        response = redirect(f"{BASE}/login")
        response.delete_cookie(SESSION_COOKIE, path=BASE)
        return response

    async def language(request: Request) -> Response:
        chosen = request.path_params["language"]
        response = redirect(local_path(request.query_params.get("next"), f"{BASE}/"))
        if chosen in LANGUAGES:
            response.set_cookie(LANGUAGE_COOKIE, chosen, max_age=365 * 86400, path=BASE, samesite="lax",
                                secure=cookie_is_secure(console, request))
        return response

    async def home(request: Request) -> Response:
        return redirect(f"{BASE}/usage")

    return [
        Route("/", home, methods=["GET"]),
        Route("/login", login_form, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/logout", page(console, logout), methods=["POST"]),
        Route("/lang/{language}", language, methods=["GET"]),
    ]


def client_address(request: Request) -> str | None:
    return request.client.host if request.client else None


def lock_message(view: View, locked_until: datetime) -> tuple[str, str]:
    """What a page refused by the sign-in throttle says, and its Retry-After (seconds)."""
    minutes = max(1, math.ceil((locked_until - utcnow()).total_seconds() / 60))
    return (view.gettext("Too many failed sign-ins. Try again in {minutes} minutes.").format(minutes=minutes),
            str(minutes * 60))


def _login_page(console: Console, view: View, target: str | None, *, email: str = "", status: int = 200,
                error: str | None = None) -> Response:
    token = view.request.cookies.get(LOGIN_CSRF_COOKIE) or new_token()
    response = view.render("login.html", status, login_csrf=token, email=email, error=error,
                           next=local_path(target))
    response.set_cookie(LOGIN_CSRF_COOKIE, token, max_age=3600, path=BASE, httponly=True, samesite="strict",
                        secure=cookie_is_secure(console, view.request))
    return response
