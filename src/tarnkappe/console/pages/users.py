"""People: owners add members and owners (with a one-time password, shown once, that the new user
changes after signing in), disable and re-enable them; everyone changes their own password."""

from __future__ import annotations

import secrets

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tarnkappe.console.pages.auth import client_address, lock_message
from tarnkappe.console.throttle import scopes
from tarnkappe.console.users import ROLES, UserError
from tarnkappe.console.web import BASE, SESSION_COOKIE, Console, NotFoundPage, View, form_of, page, redirect


def routes(console: Console) -> list[Route]:
    users = console.users

    async def render_list(view: View, status: int = 200, error: str | None = None, done: str | None = None) -> Response:
        people = await users.list_users(view.user.org_id)
        return view.render("users.html", status, people=people, roles=ROLES, error=error, done=done)

    async def listing(request: Request, view: View) -> Response:
        return await render_list(view, done=request.query_params.get("done"))

    async def create(request: Request, view: View) -> Response:
        form = form_of(request)
        email, role = str(form.get("email") or "").strip(), str(form.get("role") or "member")
        password = secrets.token_urlsafe(12)  # 16 characters; changed by its owner after signing in
        try:
            person = await users.create_user(view.user.org_name, email, password, role)
        except UserError as exc:
            message = str(exc)
            text = (view.gettext("A user with this e-mail address exists already.") if "exists already" in message
                    else view.gettext("Enter an e-mail address and a role."))
            return await render_list(view, 400, error=text)
        return view.render("user_created.html", 201, person=person, password=password)

    async def set_state(request: Request, view: View, disabled: bool) -> Response:
        user_id = request.path_params["user_id"]
        if await users.get_user(view.user.org_id, user_id) is None:
            raise NotFoundPage
        if user_id == view.user.id and disabled:
            return await render_list(view, 400, error=view.gettext("You cannot disable yourself."))
        try:
            await users.set_disabled(view.user.org_id, user_id, disabled)
        except UserError:
            return await render_list(view, 400, error=view.gettext("The last owner cannot be disabled."))
        return redirect(f"{BASE}/users?done={'disabled' if disabled else 'enabled'}")

    async def disable(request: Request, view: View) -> Response:
        return await set_state(request, view, True)

    async def enable(request: Request, view: View) -> Response:
        return await set_state(request, view, False)

    async def account(request: Request, view: View) -> Response:
        return view.render("account.html", error=None, done=request.query_params.get("done"),
                           min_length=users.password_min_length)

    async def change_password(request: Request, view: View) -> Response:
        form = form_of(request)
        current, new, again = (str(form.get(name) or "") for name in ("current", "new", "again"))
        error = None
        if new != again:
            error = view.gettext("The two new passwords differ.")
        elif len(new) < users.password_min_length:
            error = view.gettext("The new password needs at least {count} characters.").format(
                count=users.password_min_length)
        if error:
            return view.render("account.html", 400, error=error, done=None, min_length=users.password_min_length)
        # The current password is guessed no more often here than at the sign-in: the same
        # counters, counted before the check (a session left open must not let anyone find it).
        attempt = await console.throttle.attempt(scopes(view.user.email, client_address(request)))
        if attempt.locked_until is not None:
            message, retry_after = lock_message(view, attempt.locked_until)
            response = view.render("account.html", 429, error=message, done=None, min_length=users.password_min_length)
            response.headers["retry-after"] = retry_after
            return response
        if not await users.change_password(view.user.id, current, new,
                                           keep_session=request.cookies.get(SESSION_COOKIE)):
            return view.render("account.html", 400, error=view.gettext("The current password is wrong."), done=None,
                               min_length=users.password_min_length)
        await console.throttle.succeeded(attempt)
        return redirect(f"{BASE}/account?done=password")

    return [
        Route("/users", page(console, listing, owner_only=True), methods=["GET"]),
        Route("/users", page(console, create, owner_only=True), methods=["POST"]),
        Route("/users/{user_id}/disable", page(console, disable, owner_only=True), methods=["POST"]),
        Route("/users/{user_id}/enable", page(console, enable, owner_only=True), methods=["POST"]),
        Route("/account", page(console, account), methods=["GET"]),
        Route("/account/password", page(console, change_password), methods=["POST"]),
    ]
