"""The operators' commands: `tarnkappe orgs|keys|usage|db ...`, added to the main parser by
`add_commands`. Each opens the configured database (migrating it first, so they work on a fresh
one), does one thing, and prints a table — or JSON with `--json`, for scripts.

A new key's secret is printed once, alone on stdout's first line, so that
`KEY=$(tarnkappe keys create --org acme)` captures exactly the key; everything else goes to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, TypeVar

from tarnkappe.accounts.models import ANONYMIZATION_MODES
from tarnkappe.accounts.periods import PERIODS, InvalidDate, parse_datetime
from tarnkappe.config import ConfigError, database_label, load_settings, new_sqlite_file

if TYPE_CHECKING:  # the database layer is imported only by the commands that use it
    from tarnkappe.accounts.store import Store

T = TypeVar("T")
CONFIG_HELP = "YAML configuration file (its database: url is used)"


def add_commands(commands: argparse._SubParsersAction, key_commands: argparse._SubParsersAction) -> None:
    """Add `orgs`, `usage`, `db` and the database-backed `keys` subcommands."""
    orgs = commands.add_parser("orgs", help="organizations", description="Create, change and list organizations.")
    org_commands = orgs.add_subparsers(dest="org_command", metavar="ORG_COMMAND", required=True)
    create = org_commands.add_parser("create", help="create an organization")
    create.add_argument("name")
    _org_options(create, creating=True)
    create.set_defaults(handler=lambda a: run_with_store(a, _create_org))
    change = org_commands.add_parser("update", help="change an organization's limits or model rules")
    change.add_argument("name")
    _org_options(change, creating=False)
    change.set_defaults(handler=lambda a: run_with_store(a, _update_org))
    listing = org_commands.add_parser("list", help="list organizations")
    add_common_options(listing, json_flag=True)
    listing.set_defaults(handler=lambda a: run_with_store(a, _list_orgs))

    create_key = key_commands.add_parser(
        "create", help="create an API key for an organization and print it once",
        description="Create an API key. The secret is printed once, on its own line; only its hash is stored.",
    )
    create_key.add_argument("--org", required=True, help="the organization the key belongs to")
    create_key.add_argument("--name", default="default", help="a label for the key")
    create_key.add_argument("--models", type=_names,
                            help="comma-separated models this key may use (default: all of the org's)")
    create_key.add_argument("--rpm", type=int, help="requests per minute for this key")
    create_key.add_argument("--tpm", type=int, help="tokens per minute for this key")
    create_key.add_argument("--expires", metavar="DATE",
                            help="the last day the key is valid, YYYY-MM-DD: through the end of that day in "
                                 "console.timezone (Europe/Zurich), as the console's 'valid until'; or an ISO "
                                 "8601 date-time (without an offset: in that time zone). Not in the past")
    add_common_options(create_key)
    create_key.set_defaults(handler=lambda a: run_with_store(a, _create_key))
    list_keys = key_commands.add_parser("list", help="list API keys (never their secrets)")
    list_keys.add_argument("--org", help="only this organization's keys")
    add_common_options(list_keys, json_flag=True)
    list_keys.set_defaults(handler=lambda a: run_with_store(a, _list_keys))
    revoke = key_commands.add_parser("revoke", help="revoke an API key (by its id, key_...)")
    revoke.add_argument("key_id")
    add_common_options(revoke)
    revoke.set_defaults(handler=lambda a: run_with_store(a, _revoke_key))

    usage = commands.add_parser(
        "usage", help="usage and cost per organization and model",
        description="Requests, tokens and cost per organization and model from the usage ledger: of all time, "
                    "or from --since on (the period shown is printed first, on stderr). The console shows the "
                    "same per day and per key.")
    usage.add_argument("--org", help="only this organization")
    usage.add_argument("--since", type=_date, help="from this date on (YYYY-MM-DD or ISO 8601, UTC; default: "
                                                   "all time)")
    add_common_options(usage, json_flag=True)
    usage.set_defaults(handler=lambda a: run_with_store(a, _usage))

    db = commands.add_parser(
        "db", help="the accounts database",
        description="The accounts database (database.url: organizations, keys, users, the usage ledger). "
                    "serve migrates it at start; `db upgrade` does it alone, e.g. once per release before the "
                    "instances restart.")
    db_commands = db.add_subparsers(dest="db_command", metavar="DB_COMMAND", required=True)
    upgrade = db_commands.add_parser(
        "upgrade", help="migrate the database to the newest schema",
        description="Create the database's tables or migrate them to this version's schema, and print the "
                    "revision. Safe to run again.")
    add_common_options(upgrade)
    upgrade.set_defaults(handler=lambda a: run_with_store(a, _db_upgrade))


def add_common_options(parser: argparse.ArgumentParser, *, json_flag: bool = False) -> None:
    parser.add_argument("--config", metavar="PATH", help=CONFIG_HELP)
    if json_flag:
        parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _date(text: str) -> Any:
    try:
        return parse_datetime(text)
    except InvalidDate as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _names(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _amount(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount such as 100 or 99.50") from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"{text}: the amount must be a non-negative number such as 100 or 99.50")
    return value


def _currency(text: str) -> str:
    """An ISO 4217 code that CLDR (Babel) knows, as the console and the ledger write amounts in it."""
    from babel.numbers import list_currencies

    code = text.strip().upper()
    if code not in list_currencies():
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO 4217 currency code (such as CHF, EUR or USD)")
    return code


def _org_options(parser: argparse.ArgumentParser, *, creating: bool) -> None:
    parser.add_argument("--limit", type=_amount, help="spending limit per period, in the org's currency")
    if not creating:
        parser.add_argument("--no-limit", action="store_true", help="remove the spending limit")
    parser.add_argument("--currency", type=_currency, default="CHF" if creating else None,
                        help="ISO 4217 currency of the limit and the ledger (default: CHF)")
    parser.add_argument("--period", choices=PERIODS, default="month" if creating else None,
                        help="budget period (default: month)")
    parser.add_argument("--models", type=_names, help="comma-separated catalog models the org may use")
    parser.add_argument("--regions", type=_names, help="comma-separated regions allowed, e.g. eu,ch")
    parser.add_argument("--gdpr-only", action=argparse.BooleanOptionalAction, default=None,
                        help="only models marked gdpr: true")
    parser.add_argument("--rpm", type=int, help="requests per minute for the whole org")
    parser.add_argument("--tpm", type=int, help="tokens per minute for the whole org")
    parser.add_argument("--anonymization", choices=ANONYMIZATION_MODES,
                        help="the org's anonymization policy (default: the gateway's privacy.mode)")
    add_common_options(parser, json_flag=True)


def run_with_store(args: argparse.Namespace, work: Callable[[Store, argparse.Namespace], Awaitable[int]]) -> int:
    from tarnkappe.accounts import migrate
    from tarnkappe.accounts.store import AccountsError, Store, create_engine

    settings = load_settings(args.config)
    args.settings = settings
    where = database_label(settings.database.url)
    if new_sqlite_file(settings.database.url) and not getattr(args, "db_command", None):
        print(f"tarnkappe: no database at {where} yet: creating it (configuration: {settings.source})",
              file=sys.stderr)

    async def main() -> int:
        store = Store(create_engine(settings.database.url))
        try:
            await migrate.upgrade(store.engine)
            return await work(store, args)
        finally:
            await store.close()

    try:
        return asyncio.run(main())
    except AccountsError as exc:
        # Names the database: a command run with another configuration (or none) sees another one.
        print(f"tarnkappe: {where}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        raise ConfigError(f"{settings.source}: cannot reach the database {where}: {exc}") from None


def _org_fields(args: argparse.Namespace) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for arg, column in (("limit", "limit_amount"), ("currency", "currency"), ("period", "limit_period"),
                        ("models", "allowed_models"), ("regions", "regions"), ("gdpr_only", "gdpr_only"),
                        ("rpm", "requests_per_minute"), ("tpm", "tokens_per_minute"),
                        ("anonymization", "anonymization")):
        value = getattr(args, arg, None)
        if value is not None:
            fields[column] = value
    if getattr(args, "no_limit", False):
        fields["limit_amount"] = None
    return fields


def print_rows(args: argparse.Namespace, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(list(rows), indent=2))
        return
    table = [list(columns)] + [["-" if row.get(c) is None else _cell(row[c]) for c in columns] for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(columns))]
    for line in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(map(str, value))
    return str(value)


ORG_COLUMNS = ("name", "currency", "limit_amount", "limit_period", "allowed_models", "regions", "gdpr_only",
               "requests_per_minute", "tokens_per_minute", "anonymization", "id")


async def _create_org(store: Store, args: argparse.Namespace) -> int:
    fields = _org_fields(args)
    org = await store.create_org(args.name, **fields)
    print_rows(args, [org.to_json()], ORG_COLUMNS)
    return 0


async def _update_org(store: Store, args: argparse.Namespace) -> int:
    org = await store.update_org(args.name, **_org_fields(args))
    print_rows(args, [org.to_json()], ORG_COLUMNS)
    return 0


async def _list_orgs(store: Store, args: argparse.Namespace) -> int:
    print_rows(args, [o.to_json() for o in await store.list_orgs()], ORG_COLUMNS)
    return 0


async def _create_key(store: Store, args: argparse.Namespace) -> int:
    from zoneinfo import ZoneInfo

    expires_at = None
    if args.expires is not None:
        from tarnkappe.accounts.models import utcnow
        from tarnkappe.accounts.periods import parse_expiry

        try:
            expires_at = parse_expiry(args.expires, ZoneInfo(args.settings.console.timezone), utcnow())
        except InvalidDate as exc:
            print(f"tarnkappe keys create: --expires: {exc}", file=sys.stderr)
            return 2
    info, secret = await store.create_key(
        args.org, name=args.name, allowed_models=args.models, requests_per_minute=args.rpm,
        tokens_per_minute=args.tpm, expires_at=expires_at,
    )
    print(secret, flush=True)
    print(f"# API key {info.id} ({info.name}) for organization {info.org_name}. This is the only time the "
          "secret is shown; it is stored as a hash.", file=sys.stderr)
    if expires_at is not None:
        zone = args.settings.console.timezone
        print(f"# It expires at {expires_at.astimezone(ZoneInfo(zone)):%Y-%m-%d %H:%M} {zone} "
              f"({expires_at.astimezone(UTC):%Y-%m-%d %H:%M} UTC).", file=sys.stderr)
    return 0


async def _list_keys(store: Store, args: argparse.Namespace) -> int:
    keys = [k.to_json() for k in await store.list_keys(args.org)]
    print_rows(args, keys, ("id", "org_name", "name", "prefix", "allowed_models", "requests_per_minute",
                             "tokens_per_minute", "created_at", "expires_at", "revoked_at"))
    return 0


async def _revoke_key(store: Store, args: argparse.Namespace) -> int:
    info = await store.revoke_key(args.key_id)
    print(f"revoked {info.id} ({info.name}, organization {info.org_name}); every gateway refuses it within the "
          "key cache TTL (accounts.key_cache_ttl_seconds)", file=sys.stderr)
    return 0


async def org_id_of(store: Store, name: str | None) -> str | None:
    """The id of `--org NAME` (None without the option); an unknown name is the operator's error."""
    if name is None:
        return None
    from tarnkappe.accounts.store import AccountsError

    org = await store.get_org(name)
    if org is None:
        raise AccountsError(f"no organization named {name!r}")
    return org.id


async def _usage(store: Store, args: argparse.Namespace) -> int:
    lines = await store.usage(org_id=await org_id_of(store, args.org), since=args.since)
    since = f"since {args.since.astimezone(UTC):%Y-%m-%d %H:%M} UTC" if args.since else "of all time (--since for less)"
    print(f"# usage {since}, up to now" + (f", organization {args.org}" if args.org else ""), file=sys.stderr)
    rows = [line.to_json() for line in lines]
    if not args.json and rows:
        from tarnkappe.accounts.models import money_str

        totals: dict[str, Decimal] = {}
        for line in lines:
            totals[line.currency] = totals.get(line.currency, Decimal(0)) + line.cost
        rows += [{"org_name": "TOTAL", "currency": c, "cost": money_str(v)} for c, v in sorted(totals.items())]
    print_rows(args, rows, ("org_name", "model", "requests", "prompt_tokens", "completion_tokens",
                             "web_search_requests", "cost", "currency", "estimated_requests"))
    return 0


async def _db_upgrade(store: Store, args: argparse.Namespace) -> int:
    from tarnkappe.accounts import migrate

    print(f"database at revision {await migrate.current_revision(store.engine)}", file=sys.stderr)
    return 0
