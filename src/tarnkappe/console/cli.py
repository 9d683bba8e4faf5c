"""`tarnkappe users ...`: console users, for the operator who sets up an organization's first
owner (owners then work in the console itself).

The password is asked for twice on a terminal, or read from the first line of stdin with
`--password-stdin` (for scripts) — never taken from the command line, where `ps` and the shell's
history would show it.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from tarnkappe.accounts.cli import add_common_options, org_id_of, print_rows, run_with_store

if TYPE_CHECKING:
    from tarnkappe.accounts.store import Store
    from tarnkappe.console.users import UserDirectory

USER_COLUMNS = ("email", "org_name", "role", "created_at", "last_login_at", "disabled", "id")


def add_user_commands(commands: argparse._SubParsersAction) -> None:
    users = commands.add_parser("users", help="console users", description="Create and list the people who "
                                "sign in to the web console under /console/.")
    user_commands = users.add_subparsers(dest="user_command", metavar="USER_COMMAND", required=True)
    create = user_commands.add_parser(
        "create", help="create a console user (e.g. an organization's first owner)",
        description="Create a console user. The password is asked for twice on a terminal (or read with "
                    "--password-stdin) and needs at least console.password_min_length (12) characters.")
    create.add_argument("--org", required=True, help="the organization the user belongs to")
    create.add_argument("--email", required=True, help="the user's e-mail address (their sign-in name)")
    create.add_argument("--role", choices=("owner", "member"), default="member",
                        help="owner: may change the org's model policy and revoke any key (default: member)")
    create.add_argument("--password-stdin", action="store_true", help="read the password from stdin's first line")
    add_common_options(create)
    create.set_defaults(handler=lambda a: _with_password(a, _create))
    listing = user_commands.add_parser("list", help="list console users")
    listing.add_argument("--org", help="only this organization's users")
    add_common_options(listing, json_flag=True)
    listing.set_defaults(handler=lambda a: run_with_store(a, _list))
    password = user_commands.add_parser("set-password", help="set a user's password (ends their sessions)")
    password.add_argument("--email", required=True)
    password.add_argument("--org", help="the user's organization (needed if the address is in several)")
    password.add_argument("--password-stdin", action="store_true", help="read the password from stdin's first line")
    add_common_options(password)
    password.set_defaults(handler=lambda a: _with_password(a, _set_password))
    unlock = user_commands.add_parser(
        "unlock", help="lift a sign-in lock (after too many failed sign-ins)",
        description="Lift the lock that failed sign-ins put on an e-mail address (and, with --client, on a "
                    "client address), so that its owner can sign in with the right password before the lock "
                    "ends. Forgets the address's count of failed attempts.")
    unlock.add_argument("--email", help="the e-mail address whose lock to lift")
    unlock.add_argument("--client", action="append", default=[], metavar="ADDRESS",
                        help="also a client (IP) address's lock; may be repeated")
    add_common_options(unlock)
    unlock.set_defaults(handler=lambda a: run_with_store(a, _unlock))


def _read_password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        print("tarnkappe: no terminal to ask for the password; use --password-stdin", file=sys.stderr)
        return None
    from tarnkappe.config import load_settings

    minimum = load_settings(args.config).console.password_min_length
    print(f"The password needs at least {minimum} characters.", file=sys.stderr)
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Password again: "):
        print("tarnkappe: the two passwords differ", file=sys.stderr)
        return None
    return first


def _with_password(args: argparse.Namespace, work: object) -> int:
    password = _read_password(args)
    if password is None:
        return 1
    args.password = password
    return run_with_store(args, work)  # type: ignore[arg-type]


def _directory(store: Store, args: argparse.Namespace) -> UserDirectory:
    from tarnkappe.config import load_settings
    from tarnkappe.console.users import UserDirectory

    settings = load_settings(args.config).console
    return UserDirectory(store, password_min_length=settings.password_min_length)


async def _create(store: Store, args: argparse.Namespace) -> int:
    user = await _directory(store, args).create_user(args.org, args.email, args.password, args.role)
    print(f"created {user.role} {user.email} in organization {user.org_name}; they sign in at /console/",
          file=sys.stderr)
    return 0


async def _list(store: Store, args: argparse.Namespace) -> int:
    users = await _directory(store, args).list_users(await org_id_of(store, args.org))
    rows = [{
        "id": u.id, "email": u.email, "org_name": u.org_name, "role": u.role, "created_at": u.created_at.isoformat(),
        "last_login_at": u.last_login_at.isoformat() if u.last_login_at else None, "disabled": u.disabled,
    } for u in users]
    print_rows(args, rows, USER_COLUMNS)
    return 0


async def _set_password(store: Store, args: argparse.Namespace) -> int:
    user = await _directory(store, args).set_password(args.email, args.password, args.org)
    print(f"password of {user.email} changed; their sessions have ended", file=sys.stderr)
    return 0


async def _unlock(store: Store, args: argparse.Namespace) -> int:
    from tarnkappe.accounts.models import utcnow
    from tarnkappe.console.throttle import LoginThrottle, client_scope, email_scope
    from tarnkappe.console.throttle import tag as tag_of

    if not args.email and not args.client:
        print("tarnkappe: name an --email or a --client address to unlock", file=sys.stderr)
        return 2
    named = ([(email_scope(args.email), args.email)] if args.email else []) + [
        (client_scope(client), f"client {client}") for client in args.client]
    lifted = {tag: (count, until) for tag, count, until in await LoginThrottle(store).unlock([s for s, _ in named])}
    for scope, name in named:
        if (found := lifted.get(tag_of(scope))) is None:
            print(f"{name}: no failed sign-ins counted, nothing to unlock", file=sys.stderr)
            continue
        count, until = found
        locked = until is not None and until > utcnow()
        state = f"the lock until {until:%Y-%m-%d %H:%M} UTC is lifted" if locked else "it was not locked"
        print(f"{name} ({tag_of(scope)} in the log): {state}; {count} attempts had been counted", file=sys.stderr)
    return 0
