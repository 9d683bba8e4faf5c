"""The `tarnkappe` command line."""

from __future__ import annotations

import argparse
import contextlib
import os
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tarnkappe import __version__
from tarnkappe.config import (
    CONFIG_ENV_VAR,
    DEFAULT_CONFIG_NAME,
    ConfigError,
    Settings,
    database_label,
    load_settings,
    new_sqlite_file,
)

DESCRIPTION = """\
Tarnkappe — a self-hosted, privacy-first LLM gateway.

Any official OpenAI SDK works against it by changing base_url to http://HOST:PORT/v1.
"""

PROBE_TIMEOUT = 5.0
CONFIG_HELP = (
    f"YAML configuration file (default: ${CONFIG_ENV_VAR}, else ./{DEFAULT_CONFIG_NAME}, "
    "else the built-in defaults with the embedded local models)"
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tarnkappe", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"tarnkappe {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    serve = commands.add_parser(
        "serve",
        help="run the gateway",
        description="Run the gateway: the OpenAI-compatible API under /v1 and /api/openai/v1, "
        "/healthz and /readyz.",
    )
    serve.add_argument("--config", metavar="PATH", help=CONFIG_HELP)
    serve.add_argument("--host", help="address to listen on (default: server.host, 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (default: server.port, 8080)")
    serve.set_defaults(handler=_serve)

    check = commands.add_parser(
        "check-config", help="validate a configuration file and list its models", description="Validate a "
        "configuration file, resolve its ${ENV} references, and print the model catalog. Exits 1 on error."
    )
    check.add_argument("--config", metavar="PATH", help=CONFIG_HELP)
    check.add_argument("--probe", action="store_true",
                       help="also try to reach each remote deployment once (GET of its models list, no key sent, "
                            f"{PROBE_TIMEOUT:g} s at most) and say whether it answered; exits 1 if one did not")
    check.set_defaults(handler=_check_config)

    keys = commands.add_parser("keys", help="API keys", description="Work with API keys.")
    key_commands = keys.add_subparsers(dest="key_command", metavar="KEY_COMMAND", required=True)
    generate = key_commands.add_parser(
        "generate",
        help="print a new random API key and the line that accepts it",
        description="Print a new API key (on its own line) and, on stderr, the api_keys entry that makes "
        "the gateway accept it without writing the secret into the file.",
    )
    generate.add_argument("--name", default="default", help="label for the key (default: default)")
    generate.set_defaults(handler=_generate_key)

    anonymize = commands.add_parser(
        "anonymize",
        help="show what anonymization would replace in a text",
        description="Read a text (FILE or stdin), print it as the upstream would see it with anonymization "
        "on, and a table of what was replaced. Uses the deny/allow terms of the configuration. Prints "
        "original values: for an operator checking their own data, never for logs.",
    )
    anonymize.add_argument("file", nargs="?", help="input file (default: stdin)")
    anonymize.add_argument("--json", action="store_true", help="print JSON instead of text and a table")
    anonymize.add_argument("--config", metavar="PATH", help=CONFIG_HELP)
    anonymize.set_defaults(handler=_anonymize)

    from tarnkappe.accounts.cli import add_commands
    from tarnkappe.console.cli import add_user_commands

    add_commands(commands, key_commands)
    add_user_commands(commands)
    _remember_parsers(parser)
    return parser


def _remember_parsers(parser: argparse.ArgumentParser) -> None:
    """Each (sub)command's parser puts itself into the namespace, so that an unknown option is
    reported by the command it was given to, with that command's usage."""
    parser.set_defaults(parser_=parser)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _remember_parsers(sub)


def _unrecognized(args: argparse.Namespace, extras: list[str]) -> None:
    """argparse (3.11) reports unknown options with the top-level usage and no hint: report them
    with the command's usage and its closest option."""
    import difflib

    target: argparse.ArgumentParser = args.parser_
    known = [option for action in target._actions for option in action.option_strings]
    hints = []
    for extra in extras:
        if extra.startswith("-"):
            close = difflib.get_close_matches(extra.split("=", 1)[0], known, n=1)
            if close:
                hints.append(f"did you mean {close[0]}?")
    target.error(f"unrecognized arguments: {' '.join(extras)}" + (f" ({'; '.join(hints)})" if hints else ""))


def main(argv: Sequence[str] | None = None) -> int:
    # Every file this process creates (the SQLite database and its -wal/-shm, the temporary key's
    # file) is for its own user only: they hold key and password hashes and the ledger.
    os.umask(0o077)
    parser = build_parser()
    args, extras = parser.parse_known_args(argv)
    if extras:
        _unrecognized(args, extras)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except ConfigError as exc:
        print(f"tarnkappe: {exc}", file=sys.stderr)
        return 1


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from tarnkappe.app import create_app
    from tarnkappe.gateway.auth import ConfigKeyStore, generate_key
    from tarnkappe.logs import configure_logging
    from tarnkappe.server.gc_tuning import FreezeAfterStartup

    settings = load_settings(args.config)
    configure_logging(settings.server.log_level, settings.server.log_format)
    host = args.host or settings.server.host
    port = args.port if args.port is not None else settings.server.port
    # Before the database is migrated and the models are loaded: a second start on a busy port
    # fails at once with one line, not after a minute of work among info lines.
    _check_port(host, port)
    print(f"Tarnkappe {__version__}: configuration from {settings.source}, {len(settings.models)} models",
          file=sys.stderr)
    if not settings.models:
        print(f"WARNING: {settings.source} names no models: every request will get 'model not found' "
              "(add entries under models:, see tarnkappe.example.yaml)", file=sys.stderr)
    accounts = settings.accounts.enabled
    database_keys = 0
    if accounts:
        from tarnkappe.accounts.models import DEFAULT_ORG_ID

        keys = ConfigKeyStore(settings.api_keys, org_id=DEFAULT_ORG_ID)
        database_keys = _prepare_database(settings)
    else:
        keys = ConfigKeyStore(settings.api_keys)
    key_file = None
    if len(keys) == 0 and database_keys == 0:
        temporary = generate_key()
        keys.add(temporary, name="temporary")
        config = None if settings.source == "<built-in defaults>" else os.path.abspath(settings.source)
        key_file = _print_first_start(temporary, host, port, accounts=accounts, config=config)
    from tarnkappe.gateway.drain import Drain

    drain = Drain()
    try:
        app = create_app(settings, keys=keys, migrate=not accounts, drain=drain)
    except ValueError as exc:
        raise ConfigError(f"{settings.source}: {exc}") from None
    served = FreezeAfterStartup(app) if key_file is None else _RemoveAtShutdown(FreezeAfterStartup(app), key_file)
    try:
        _run(uvicorn, served, settings, host, port, drain)
    finally:
        if key_file is not None:  # a start that failed before the application ran
            with contextlib.suppress(OSError):
                os.unlink(key_file)
    return 0


def _check_port(host: str, port: int) -> None:
    """Bind the address the server will listen on, and let it go again: ConfigError (one line,
    exit 1) if another process holds it or it cannot be bound here."""
    import errno
    import socket

    if port == 0:
        return
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds: TIME_WAIT is no conflict
        try:
            probe.bind((host, port))
        except OSError as exc:
            reason = "already in use (is another gateway running?)" if exc.errno == errno.EADDRINUSE else \
                (exc.strerror or str(exc))
            raise ConfigError(f"cannot listen on {host}:{port}: {reason}") from None


class _RemoveAtShutdown:
    """ASGI wrapper: remove a file once the application has shut down. The temporary key is valid
    only while this run lasts, and `finally` after the server's run is not enough: a second SIGTERM
    (or SIGINT) makes uvicorn raise the signal again after its shutdown, which ends the process
    before it."""

    def __init__(self, app: Any, path: str) -> None:
        self.app = app
        self.path = path

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "lifespan":
            await self.app(scope, receive, send)
            return

        async def send_and_remove(message: Any) -> None:
            if message["type"] == "lifespan.shutdown.complete":
                with contextlib.suppress(OSError):
                    os.unlink(self.path)
            await send(message)

        await self.app(scope, receive, send_and_remove)


def _run(uvicorn: Any, app: Any, settings: Settings, host: str, port: int, drain: Any) -> None:
    from tarnkappe.server.lifecycle import DrainingServer, ignore_hangup
    from tarnkappe.server.protocol import protocol_class

    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        loop="uvloop",
        # Said, not guessed: uvicorn takes an app whose __call__ is no coroutine function for ASGI 2,
        # and the outermost wrappers return their inner app's awaitable (server/gc_tuning.py).
        interface="asgi3",
        # httptools with the header and body deadlines and the connection cap (server/protocol.py).
        http=protocol_class(settings.server),
        timeout_keep_alive=settings.server.keep_alive_seconds,
        access_log=False,
        # Forwarded headers are trusted only from the configured proxies (the middleware costs
        # every request, so without proxies it is not installed at all).
        proxy_headers=bool(settings.server.trusted_proxies),
        forwarded_allow_ips=",".join(settings.server.trusted_proxies) or None,
        log_config=None,
        server_header=False,
    )
    # SIGTERM drains (server/lifecycle.py); the graceful-shutdown timeout is set from the drain's.
    server = DrainingServer(config, drain, grace=settings.server.drain_grace_seconds,
                            timeout=settings.server.drain_timeout_seconds)
    ignore_hangup()
    server.run()


def _prepare_database(settings: Settings) -> int:
    """Create or migrate the accounts database before serving; the number of usable keys in it."""
    import asyncio

    from tarnkappe.accounts import migrate
    from tarnkappe.accounts.store import Store, create_engine

    async def prepare() -> tuple[str | None, str | None, int]:
        store = Store(create_engine(settings.database.url))
        try:
            before = await migrate.current_revision(store.engine)
            await migrate.upgrade(store.engine)
            return before, await migrate.current_revision(store.engine), await store.count_active_keys()
        finally:
            await store.close()

    where = database_label(settings.database.url)
    created = new_sqlite_file(settings.database.url)
    try:
        before, after, count = asyncio.run(prepare())
    except OSError as exc:
        raise ConfigError(f"{settings.source}: cannot reach the database {where}: {exc}") from None
    # One line for what alembic logs per migration (its docstrings, escaped into the log as \n).
    if created or before is None:
        state = f"{'created, ' if created else ''}migrated to {after}"
    elif before != after:
        state = f"migrated {before} -> {after}"
    else:
        state = f"schema {after}, up to date"
    print(f"Accounts database {where}: {state}, {count} active API keys", file=sys.stderr)
    return count


def command_path() -> str:
    """How to run this `tarnkappe` from any shell: the absolute path of the script beside the
    running interpreter (a venv's bin/, which is not on PATH unless the venv is active), else of
    the script that was run, else `python -m tarnkappe`."""
    beside = Path(sys.executable).parent / "tarnkappe"
    if beside.is_file() and os.access(beside, os.X_OK):
        return shlex.quote(str(beside))
    if Path(sys.argv[0]).name == "tarnkappe" and os.path.isfile(sys.argv[0]):
        return shlex.quote(os.path.abspath(sys.argv[0]))
    return f"{shlex.quote(sys.executable)} -m tarnkappe"


def _print_first_start(key: str, host: str, port: int, *, accounts: bool, config: str | None) -> str | None:
    """Tell the operator the temporary key, where only the operator sees it: on a terminal, or
    (when stderr is a log, e.g. a service's journal that others may read) in a file that only this
    user can read, whose path is printed instead. Returns that file's path, if any."""
    key_file = None
    shown = key
    if not sys.stderr.isatty():
        import tempfile

        descriptor, key_file = tempfile.mkstemp(prefix="tarnkappe-temporary-key-", suffix=".txt")  # 0600
        with os.fdopen(descriptor, "w") as out:
            out.write(key + "\n")
        shown = f"(written to {key_file}, readable only by this user; removed when the gateway stops)"
        key = f"$(cat {key_file})"
    option = f" --config {shlex.quote(config)}" if config else ""
    command = command_path()
    if accounts:
        keep = f"""To create a lasting key (stored hashed in the database, shown once):
    {command} keys create --org default{option}
or for an organization of its own, with a monthly spending limit:
    {command} orgs create acme --limit 100 --currency CHF{option}
    {command} keys create --org acme --name laptop{option}
and its first owner, who then works in the web console at http://{host}:{port}/console/:
    {command} users create --org acme --email you@example.com --role owner{option}"""
    else:
        keep = f"""To keep a key across restarts:  export TARNKAPPE_API_KEY=$({command} keys generate)
(the default configuration accepts $TARNKAPPE_API_KEY), or add the api_keys entry that
`{command} keys generate` prints to your tarnkappe.yaml."""
    print(
        f"""
No API key exists yet, so this run accepts a temporary key (valid until the gateway stops):

    {shown}

Try it:
    curl http://{host}:{port}/v1/models -H "Authorization: Bearer {key}"

{keep}
""",
        file=sys.stderr,
        flush=True,
    )
    return key_file


def _check_config(args: argparse.Namespace) -> int:
    from tarnkappe.core.capabilities import LOCAL_PROVIDERS, LOCAL_REGION, UNKNOWN_REGION
    from tarnkappe.providers.registry import check_entry

    settings: Settings = load_settings(args.config)
    problems = 0
    print(f"{settings.source}: {len(settings.models)} models, {len(settings.api_keys)} api_keys entries")
    if not settings.models:
        print("  ERROR: no models: the gateway would serve nothing (add entries under models:)")
        problems += 1
    for entry in settings.models:
        problem = check_entry(entry)
        problems += problem is not None
        remote_local = any(e.region.lower() == LOCAL_REGION and e.provider not in LOCAL_PROVIDERS
                           for e in entry.deployment_entries())
        if problem is None and remote_local:
            status = ("WARNING: region local on a remote provider: every region rule allows it; "
                      "use it only for servers on machines you run")
        elif problem is None and UNKNOWN_REGION in entry.regions():
            status = ("WARNING: no region: no organization with a region rule may use it; "
                      "set region: (eu, ch, us, ...) where the upstream processes requests")
        else:
            status = f"ERROR: {problem}" if problem else "ok"
        keyless = [e for e in entry.deployment_entries() if e.provider not in LOCAL_PROVIDERS and not e.api_key]
        if problem is None and keyless:
            empty = "WARNING: api_key is empty" + ("" if not entry.deployments else f" ({len(keyless)} deployments)")
            status = empty if status == "ok" else f"{status}; {empty}"
        gdpr = str(entry.gdpr).lower()
        print(f"  {entry.name:32} {entry.kind:9} {entry.provider:18} region={entry.region:6} gdpr={gdpr:5} {status}")
        if args.probe and problem is None:
            problems += _probe(entry)
    return 1 if problems else 0


def _probe(entry: Any) -> int:
    """Try each remote deployment of a catalog entry once; print one line each; the number that
    could not be reached. Any HTTP answer (a 401 without the key, a 404) means reachable."""
    import asyncio

    import aiohttp

    from tarnkappe.core.capabilities import LOCAL_PROVIDERS
    from tarnkappe.providers.upstream_http import url_host

    async def one(url: str) -> str:
        timeout = aiohttp.ClientTimeout(total=PROBE_TIMEOUT)
        try:
            async with aiohttp.ClientSession(timeout=timeout) as session, session.get(url) as response:
                return f"reachable (HTTP {response.status})"
        except (TimeoutError, aiohttp.ClientError) as exc:
            return f"UNREACHABLE: {type(exc).__name__}"

    unreachable = 0
    for number, deployment in enumerate(entry.deployment_entries()):
        label = entry.deployments[number].name if entry.deployments else None
        label = label or f"{deployment.provider}@{deployment.region}" + (f"#{number}" if entry.deployments else "")
        if deployment.provider in LOCAL_PROVIDERS:
            continue
        base = _base_url(deployment)
        if base is None:
            print(f"    probe {label}: no base_url to try")
            continue
        result = asyncio.run(one(base.rstrip("/") + "/models"))
        unreachable += result.startswith("UNREACHABLE")
        print(f"    probe {label} {url_host(base)}: {result}")
    return unreachable


def _base_url(entry: Any) -> str | None:
    """Where a deployment's requests go: its base_url, else its provider's default."""
    if entry.base_url:
        return str(entry.base_url)
    from importlib import import_module

    from tarnkappe.core.capabilities import PROVIDERS

    module_name, _, class_name = PROVIDERS[entry.provider].implementation.partition(":")
    module = import_module(module_name)
    if entry.provider == "gemini" and entry.project:
        return str(module.vertex_base_url(entry.location))
    for holder, name in ((getattr(module, class_name, None), "DEFAULT_BASE_URL"), (module, "DEFAULT_BASE_URL"),
                         (module, "GOOGLE_AI_BASE_URL")):
        if (value := getattr(holder, name, None)) is not None:
            return str(value)
    return None


def _anonymize(args: argparse.Namespace) -> int:
    from tarnkappe.privacy.cli import main as anonymize_main

    settings = load_settings(args.config)
    argv = [args.file] if args.file else []
    argv += ["--json"] if args.json else []
    for term in settings.privacy.deny_terms:
        argv += ["--deny", term]
    for term in settings.privacy.allow_terms:
        argv += ["--allow", term]
    return anonymize_main(argv)


def _generate_key(args: argparse.Namespace) -> int:
    from tarnkappe.gateway.auth import generate_key, hash_key

    key = generate_key()
    print(key)
    print(
        f"# accept it with this entry under api_keys: in tarnkappe.yaml:\n"
        f"#   - {{name: {args.name}, sha256: {hash_key(key)}}}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
