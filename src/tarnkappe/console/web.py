"""What every console page shares: the services it reads, rendering a template in the reader's
language, the signed-in user, CSRF checks, and the security headers of every response.

A page handler is an `async def handler(request, view) -> Response` wrapped by `page(...)`: the
wrapper resolves the session (or sends the browser to the sign-in page), checks the CSRF token of
every POST, and refuses members what only owners may do. Handlers never see a request without a
signed-in user, and they get the user's organization from the session, never from the URL or the
form — which is what keeps one organization out of another's data.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from tarnkappe.accounts.service import Accounts
from tarnkappe.config import ConsoleSettings
from tarnkappe.console.i18n import Formatter, load_catalogs, negotiate
from tarnkappe.console.reports import Reports
from tarnkappe.console.throttle import LoginThrottle
from tarnkappe.console.users import SignedIn, UserDirectory, UserInfo
from tarnkappe.gateway.pipeline import Gateway

SESSION_COOKIE = "tk_session"
LANGUAGE_COOKIE = "tk_lang"
LOGIN_CSRF_COOKIE = "tk_login_csrf"
BASE = "/console"
TEMPLATES = Path(__file__).with_name("templates")

SECURITY_HEADERS = {
    # No inline script or style anywhere in the console: everything comes from /console/static/.
    "content-security-policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'"
    ),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "cache-control": "no-store",
}


class Forbidden(Exception):
    """A signed-in user asked for something their role does not allow (403)."""


class NotFoundPage(Exception):
    """Does not exist — or belongs to another organization, which the user must not learn (404)."""


@dataclass
class Console:
    """The services behind the console, built once by `build_console`."""

    accounts: Accounts
    gateway: Gateway
    settings: ConsoleSettings
    users: UserDirectory
    throttle: LoginThrottle
    reports: Reports
    zone: ZoneInfo

    def __post_init__(self) -> None:
        self.catalogs = load_catalogs()
        # One template environment per language: a compiled template binds its environment's
        # gettext, so the languages cannot share one.
        self.templates: dict[str, Environment] = {}
        for language, catalog in self.catalogs.items():
            environment = Environment(
                loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True,
            )
            environment.install_gettext_translations(catalog, newstyle=True)  # type: ignore[attr-defined]
            self.templates[language] = environment


@dataclass
class View:
    """One request's reader: language, formatter, and (on signed-in pages) the session."""

    console: Console
    request: Request
    language: str
    fmt: Formatter
    signed_in: SignedIn | None = None

    @property
    def user(self) -> UserInfo:
        assert self.signed_in is not None
        return self.signed_in.user

    def gettext(self, message: str) -> str:
        return self.console.catalogs[self.language].gettext(message)

    def render(self, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = self.console.templates[self.language].get_template(template).render(
            base=BASE, lang=self.language, fmt=self.fmt, signed_in=self.signed_in,
            user=self.signed_in.user if self.signed_in else None,
            csrf_token=self.signed_in.csrf_token if self.signed_in else "",
            path=self.request.url.path, query=self.request.url.query, **context,
        )
        return secure(HTMLResponse(html, status_code=status))


R = TypeVar("R", bound=Response)


def secure(response: R) -> R:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def view_for(console: Console, request: Request) -> View:
    language, locale = negotiate(request.headers.get("accept-language"), request.cookies.get(LANGUAGE_COOKIE))
    return View(console, request, language, Formatter.create(locale, console.zone))


def cookie_is_secure(console: Console, request: Request) -> bool:
    mode = console.settings.secure_cookies
    return mode == "always" or (mode == "auto" and request.url.scheme == "https")


def same_origin(request: Request) -> bool:
    """A POST whose Origin (or Referer) names another site is refused whatever its token: a second
    line of defence behind the CSRF token. Browsers send Origin on every cross-site POST."""
    source = request.headers.get("origin") or request.headers.get("referer")
    if not source or source == "null":
        return source is None
    parts = urlsplit(source)
    return (parts.scheme, parts.netloc) == (request.url.scheme, request.url.netloc)


def local_path(target: str | None, default: str = BASE + "/usage") -> str:
    """Only paths inside the console are followed after sign-in or a language switch (no open
    redirect to another site)."""
    if target and target.startswith(BASE + "/") and not target.startswith("//") and "\\" not in target:
        return target
    return default


def redirect(target: str) -> Response:
    return secure(RedirectResponse(target, status_code=303))


def new_token() -> str:
    return secrets.token_urlsafe(32)


def tokens_match(expected: str | None, sent: Any) -> bool:
    if not expected or not isinstance(sent, str):
        return False
    return hmac.compare_digest(expected, sent)


Handler = Callable[[Request, View], Awaitable[Response]]


def page(console: Console, handler: Handler, *, owner_only: bool = False) -> Callable[[Request], Awaitable[Response]]:
    """A signed-in page: session resolved, CSRF checked on POST, role checked."""

    async def endpoint(request: Request) -> Response:
        view = view_for(console, request)
        view.signed_in = await console.users.session(request.cookies.get(SESSION_COOKIE))
        if view.signed_in is None:
            if request.method == "GET":
                target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                return redirect(f"{BASE}/login?next={quote(target, safe='')}")
            return view.render("error.html", 403, title=view.gettext("Signed out"),
                               message=view.gettext("Your session has ended. Sign in again."))
        if request.method == "POST":
            form = await request.form()
            if not same_origin(request) or not tokens_match(view.signed_in.csrf_token, form.get("csrf_token")):
                return view.render("error.html", 403, title=view.gettext("Request refused"),
                                   message=view.gettext("The form was not sent from this console (CSRF check). "
                                                        "Reload the page and try again."))
            request.state.form = form
        try:
            if owner_only and not view.user.is_owner:
                raise Forbidden
            return await handler(request, view)
        except Forbidden:
            return view.render("error.html", 403, title=view.gettext("Not allowed"),
                               message=view.gettext("Only an owner of the organization can do this."))
        except NotFoundPage:
            return view.render("error.html", 404, title=view.gettext("Not found"),
                               message=view.gettext("There is no such page in your organization."))

    return endpoint


def form_of(request: Request) -> FormData:
    """The form a POST page handler's wrapper has read (and checked) already."""
    form: FormData = request.state.form
    return form
