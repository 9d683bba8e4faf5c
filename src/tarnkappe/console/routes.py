"""Builds the console's routes from the accounts and the gateway (kept apart from the package
so that `tarnkappe users ...` does not import the web stack)."""


from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from tarnkappe.accounts.service import Accounts
from tarnkappe.config import ConsoleSettings
from tarnkappe.console.pages import auth, keys, models, privacy, usage, users
from tarnkappe.console.reports import Reports
from tarnkappe.console.throttle import LoginThrottle
from tarnkappe.console.users import UserDirectory
from tarnkappe.console.web import BASE, Console, view_for
from tarnkappe.gateway.pipeline import Gateway

STATIC = Path(__file__).with_name("static")

__all__ = ["build_console"]


def build_console(accounts: Accounts, gateway: Gateway, settings: ConsoleSettings) -> Mount:
    """The console's routes, mounted at /console."""
    console = Console(
        accounts=accounts,
        gateway=gateway,
        settings=settings,
        users=UserDirectory(accounts.store, session_ttl=timedelta(hours=settings.session_hours),
                            password_min_length=settings.password_min_length),
        throttle=LoginThrottle(accounts.store, max_failures=settings.max_failed_logins,
                               window=timedelta(minutes=settings.lockout_minutes)),
        reports=Reports(accounts.store),
        zone=ZoneInfo(settings.timezone),
    )

    async def not_found(request: Request) -> Response:
        view = view_for(console, request)
        return view.render("error.html", 404, title=view.gettext("Not found"),
                           message=view.gettext("There is no such page in your organization."))

    routes = [
        *auth.routes(console), *keys.routes(console), *usage.routes(console), *models.routes(console),
        *privacy.routes(console), *users.routes(console),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
        Route("/{path:path}", not_found, methods=["GET", "POST"]),
    ]
    return Mount(BASE, routes=routes)
