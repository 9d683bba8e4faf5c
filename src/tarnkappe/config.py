"""Configuration: one YAML file, loaded and validated once at start.

This module only loads: the catalog's entry types it validates `models:` into live in
`core/catalog.py`, where every layer can read them without depending on the loader.

Secrets stay out of the file: `${VAR}` (or `${VAR:-default}`) is replaced by the environment
variable's value before validation. A bad file fails at start with a message that names the file,
the entry and the field, because an operator reading a stack trace at 3 a.m. deserves better.
"""

from __future__ import annotations

import os
import re
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import Field, ValidationError, field_validator, model_validator

from tarnkappe.core.catalog import ModelEntry, StrictModel

DEFAULT_CONFIG_NAME = "tarnkappe.yaml"
CONFIG_ENV_VAR = "TARNKAPPE_CONFIG"
# The folder relative SQLite paths are in, whatever the configuration file's (a container's volume).
DATA_DIR_ENV_VAR = "TARNKAPPE_DATA_DIR"

_ENV_PATTERN = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


class ConfigError(Exception):
    """The configuration cannot be used; the message says where and why."""


class ApiKeyEntry(StrictModel):
    """A key accepted by the gateway, given either in clear (from the environment) or as the
    SHA-256 hex digest of the key, so that the file itself need not hold the secret."""

    name: str = "default"
    key: str | None = None
    sha256: str | None = None

    @model_validator(mode="after")
    def _one_of(self) -> ApiKeyEntry:
        if self.key and self.sha256:
            raise ValueError("give either key or sha256, not both")
        if self.sha256 and not re.fullmatch(r"[0-9a-f]{64}", self.sha256):
            raise ValueError("sha256 must be 64 lowercase hex digits")
        return self


class ServerSettings(StrictModel):
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    max_body_bytes: int = Field(default=8 * 1024 * 1024, gt=0, description="every route; the console's at most 1 MiB")
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    log_format: Literal["logfmt", "json"] = Field(default="logfmt", description="json: one object per line")
    # SIGTERM (server/lifecycle.py): unready at once, listeners closed after the grace, in-flight
    # requests and streams given the drain timeout, then ended with their dialect's error event.
    drain_grace_seconds: float = Field(default=0.0, ge=0, description="behind a load balancer: its probe period")
    drain_timeout_seconds: float = Field(default=30.0, gt=0)
    # Slow clients (see server/protocol.py): a request's headers must be complete this long after
    # the connection opened (or the request began), its body this long after the headers; else
    # 408 and the connection is closed. An idle kept-alive connection is closed after keep_alive.
    header_timeout_seconds: float = Field(default=10.0, gt=0)
    body_timeout_seconds: float = Field(default=60.0, gt=0)
    keep_alive_seconds: float = Field(default=5.0, gt=0)
    # Open client connections; one more gets 503 and is closed. Default: half of `ulimit -n`.
    max_connections: int | None = Field(default=None, ge=1)
    # Unknown or revoked API keys per client address and minute; past it 429 (no database read).
    failed_auth_per_minute: int = Field(default=60, ge=1)
    # Addresses of TLS-terminating proxies whose X-Forwarded-For/-Proto are believed (the console's
    # Secure cookies and per-client sign-in throttling need them). Empty: none, and no per-request cost.
    trusted_proxies: list[str] = Field(default=[], description="e.g. [127.0.0.1] or [10.0.0.0/8]")


class DatabaseSettings(StrictModel):
    """Where orgs, keys, budgets and the usage ledger live. SQLite (the default, one file next to
    the gateway) serves one instance; PostgreSQL serves several instances sharing one database."""

    url: str = "sqlite+aiosqlite:///tarnkappe.db"
    pool_size: int = Field(default=10, ge=1)

    @field_validator("url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        # Accept the URLs operators know and pick the async driver for them.
        for plain, driver in (("sqlite://", "sqlite+aiosqlite://"), ("postgresql://", "postgresql+asyncpg://"),
                              ("postgres://", "postgresql+asyncpg://")):
            if value.startswith(plain):
                return driver + value[len(plain):]
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("must be a sqlite:///PATH or postgresql://USER@HOST/DB URL")
        return value


class RedisSettings(StrictModel):
    """Optional: counters shared by several gateway instances (budget reservations, rate limits)."""

    url: str | None = None

    @field_validator("url")
    @classmethod
    def _redis_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        if not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("must be a redis://HOST:PORT/DB URL")
        return value


class AccountsSettings(StrictModel):
    """Organizations, API keys, metering, spending and rate limits. `enabled: false` falls back to
    the keys of `api_keys:` only, without database, limits or ledger."""

    enabled: bool = True
    key_cache_ttl_seconds: float = Field(default=10.0, gt=0, description="revocation takes effect within this")
    key_cache_size: int = Field(default=10_000, ge=1)
    key_stale_grace_seconds: float = Field(default=300.0, ge=0, description="serve cached keys while the DB is down")
    budget_backend: Literal["auto", "memory", "database", "redis"] = "auto"
    rate_limit_backend: Literal["auto", "memory", "redis"] = "auto"
    reservation_ttl_seconds: float = Field(default=900.0, gt=0, description="leaked reservations expire after this")
    default_max_output_tokens: int = Field(default=4096, gt=0)
    # A web search tool without `max_uses`, for an organization with a spending limit, is sent with
    # this many (accounts/pricing.py: cap_web_searches), as max_tokens caps the tokens reserved.
    default_max_web_searches: int = Field(default=10, gt=0)
    ledger_flush_interval_seconds: float = Field(default=1.0, gt=0)
    ledger_batch_size: int = Field(default=500, ge=1)
    ledger_max_pending: int = Field(default=100_000, ge=1)
    # With Redis: each completed request's ledger row waits in Redis until it is in the database, so
    # a killed instance loses none (accounts/ledger_journal.py). Off: rows wait in memory only.
    ledger_journal: bool = True
    redis_prefix: str = "tarnkappe:"


class PrivacySettings(StrictModel):
    """Reversible anonymization. `on_request`: when a request asks for it (`anonymize: true`);
    `always`: every chat request; `off`: never, and a request that asks for it is refused rather
    than sent unprotected."""

    mode: Literal["off", "on_request", "always"] = "on_request"
    deny_terms: list[str] = Field(default=[], description="always masked (a customer's project names, ...)")
    allow_terms: list[str] = Field(default=[], description="never masked (the company's own name, ...)")
    max_text_chars: int = Field(
        default=4_000_000, gt=0, description="a request with more text than this is refused (413), never sent unmasked"
    )
    learned_names: bool = Field(
        default=True, description="also run the learned person-name detector (a CRF shipped with the package)"
    )
    organisation_contacts: Literal["keep", "mask"] = Field(
        default="keep",
        description="an organisation's role mailboxes (info@firma.example) and private network addresses "
        "(192.168.1.20): keep them readable, or mask them as personal data",
    )
    embeddings: Literal["mask", "refuse"] = Field(
        default="mask",
        description="when anonymization applies to an embeddings request: mask its inputs, or refuse it",
    )


class ConsoleSettings(StrictModel):
    """The organizations' web console under /console/ (needs accounts). Behind a TLS-terminating
    proxy, let uvicorn trust its X-Forwarded-Proto (`--forwarded-allow-ips`) or set
    `secure_cookies: true`, so that session cookies carry `Secure`."""

    enabled: bool = True
    session_hours: float = Field(default=12.0, gt=0, description="a sign-in lasts this long")
    secure_cookies: Literal["auto", "always", "never"] = Field(
        default="auto", description="auto: Secure when the request came over https"
    )
    max_failed_logins: int = Field(default=10, ge=1, description="per e-mail and per client address")
    lockout_minutes: float = Field(default=15.0, gt=0, description="the window of failures, and the lockout")
    password_min_length: int = Field(default=12, ge=8)
    timezone: str = Field(default="Europe/Zurich", description="days and times of the pages and reports")

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is not an IANA time zone such as Europe/Zurich") from None
        return value


class MetricsSettings(StrictModel):
    """Prometheus metrics (`/metrics`). Off by default; switched on, they are never open to anyone
    who can reach the API: on the API's port they need their own bearer token, and on a port of
    their own (`port`, bound to `host`) the network decides who may scrape."""

    enabled: bool = False
    token: str | None = Field(default=None, description="bearer token for /metrics on the API's port")
    port: int | None = Field(default=None, ge=1, le=65535, description="a port of its own, without token")
    host: str = Field(default="127.0.0.1", description="where that port listens (0.0.0.0 in a pod)")

    @field_validator("token")
    @classmethod
    def _token(cls, value: str | None) -> str | None:
        if not value:
            return None  # `${TARNKAPPE_METRICS_TOKEN:-}` unset
        if len(value) < 16:
            raise ValueError("must be at least 16 characters (make one with `tarnkappe keys generate`)")
        return value

    @model_validator(mode="after")
    def _protected(self) -> MetricsSettings:
        if self.enabled and self.token is None and self.port is None:
            raise ValueError("metrics are enabled but neither a token nor a port of their own is set: "
                             "set metrics.token (for /metrics on the API's port) or metrics.port")
        return self


class TracingSettings(StrictModel):
    """OpenTelemetry traces over OTLP/HTTP. Off by default; on with `enabled`, or when the standard
    OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT is set (OTEL_SDK_DISABLED=true keeps it off). Never message
    content, whatever the environment asks."""

    enabled: bool = False
    endpoint: str | None = Field(default=None, description="e.g. http://otel-collector:4318/v1/traces; "
                                 "else the OTEL_EXPORTER_OTLP_* variables")
    service_name: str | None = Field(default=None, description="else OTEL_SERVICE_NAME, else tarnkappe")
    sample_ratio: float = Field(default=1.0, ge=0, le=1, description="of traces not sampled by the caller")


class Settings(StrictModel):
    server: ServerSettings = ServerSettings()
    metrics: MetricsSettings = MetricsSettings()
    tracing: TracingSettings = TracingSettings()
    privacy: PrivacySettings = PrivacySettings()
    console: ConsoleSettings = ConsoleSettings()
    api_keys: list[ApiKeyEntry] = []
    models: list[ModelEntry] = []
    database: DatabaseSettings = DatabaseSettings()
    redis: RedisSettings = RedisSettings()
    accounts: AccountsSettings = AccountsSettings()
    exchange_rates: dict[str, Decimal] = Field(default={}, description="'USD/CHF': 0.88 means 1 USD = 0.88 CHF")
    admin_key: str | None = None
    source: str = Field(default="<built-in defaults>", exclude=True)

    @field_validator("exchange_rates")
    @classmethod
    def _rates(cls, value: dict[str, Decimal]) -> dict[str, Decimal]:
        for pair, rate in value.items():
            if not re.fullmatch(r"[A-Z]{3}/[A-Z]{3}", pair):
                raise ValueError(f"{pair!r}: write currency pairs as 'USD/CHF' (1 USD = RATE CHF)")
            if rate <= 0:
                raise ValueError(f"{pair!r}: the rate must be positive")
        return value

    @field_validator("admin_key")
    @classmethod
    def _admin_key(cls, value: str | None) -> str | None:
        if not value:
            return None  # `${TARNKAPPE_ADMIN_KEY:-}` unset: the admin API is off
        if len(value) < 16:
            raise ValueError("must be at least 16 characters (make one with `tarnkappe keys generate`)")
        return value

    @model_validator(mode="after")
    def _redis_needed(self) -> Settings:
        for field_name in ("budget_backend", "rate_limit_backend"):
            if getattr(self.accounts, field_name) == "redis" and not self.redis.url:
                raise ValueError(f"accounts.{field_name} is redis, but redis.url is not set")
        return self

    @model_validator(mode="after")
    def _unique_names(self) -> Settings:
        seen: set[str] = set()
        for entry in self.models:
            if entry.name in seen:
                raise ValueError(f"model name {entry.name!r} appears twice in models")
            seen.add(entry.name)
        return self


def interpolate_env(value: Any, environ: dict[str, str] | os._Environ[str], where: str = "") -> Any:
    """Replace `${VAR}` and `${VAR:-default}` in every string of a parsed YAML tree."""
    if isinstance(value, str):

        def substitute(match: re.Match[str]) -> str:
            name, default = match.group(1), match.group(2)
            if name in environ:
                return environ[name]
            if default is not None:
                return default
            raise ConfigError(
                f"{where or 'value'}: environment variable {name} is not set "
                f"(write ${{{name}:-}} to make it optional)"
            )

        return _ENV_PATTERN.sub(substitute, value)
    if isinstance(value, dict):
        return {k: interpolate_env(v, environ, f"{where}.{k}" if where else str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [interpolate_env(v, environ, f"{where}[{i}]") for i, v in enumerate(value)]
    return value


def _describe_location(raw: dict[str, Any], loc: tuple[int | str, ...]) -> str:
    """Turn pydantic's ('models', 2, 'price', 'currency') into `models[2] (name 'x') → price.currency`."""
    parts: list[str] = []
    node: Any = raw
    for item in loc:
        if isinstance(item, int):
            label = f"[{item}]"
            if isinstance(node, list) and item < len(node):
                node = node[item]
                if isinstance(node, dict) and "name" in node:
                    label += f" (name {node['name']!r})"
            parts.append(label)
        else:
            parts.append(("." if parts else "") + str(item))
            node = node.get(item) if isinstance(node, dict) else None
    return "".join(parts) or "(top level)"


def parse_settings(raw: Any, source: str, environ: dict[str, str] | os._Environ[str] | None = None) -> Settings:
    """Validate an already-parsed YAML tree; raise ConfigError naming the source and the field."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: the top level must be a mapping (server:, api_keys:, models:)")
    try:
        resolved = interpolate_env(raw, os.environ if environ is None else environ)
    except ConfigError as exc:
        raise ConfigError(f"{source}: {exc}") from None
    try:
        return Settings.model_validate({**resolved, "source": source})
    except ValidationError as exc:
        lines = [f"{source}: invalid configuration"]
        for error in exc.errors():
            lines.append(f"  {_describe_location(resolved, error['loc'])}: {error['msg']}")
        raise ConfigError("\n".join(lines)) from None


def load_settings(path: str | Path | None = None) -> Settings:
    """Load the configuration from `path`, `$TARNKAPPE_CONFIG`, `./tarnkappe.yaml`, or the
    built-in defaults (the embedded local models), in that order."""
    candidate = path or os.environ.get(CONFIG_ENV_VAR)
    if candidate is None and Path(DEFAULT_CONFIG_NAME).exists():
        candidate = DEFAULT_CONFIG_NAME
    if candidate is None:
        text = resources.files("tarnkappe").joinpath("defaults/tarnkappe.yaml").read_text("utf-8")
        source = "<built-in defaults>"
    else:
        config_path = Path(candidate)
        try:
            text = config_path.read_text("utf-8")
        except OSError as exc:
            raise ConfigError(f"{config_path}: cannot read configuration: {exc.strerror}") from None
        source = str(config_path)
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        # PyYAML names a string it parsed "<unicode string>": name the file instead.
        message = str(exc).replace('"<unicode string>"', f'"{source}"')
        raise ConfigError(f"{source}: not valid YAML: {message}") from None
    settings = parse_settings(raw, source)
    explicit = os.environ.get(DATA_DIR_ENV_VAR)
    if explicit:
        base = Path(explicit).resolve()
    else:
        base = data_directory() if candidate is None else Path(candidate).resolve().parent
    url = resolve_database_url(settings.database.url, base)
    if url == settings.database.url:
        return settings
    return settings.model_copy(update={"database": settings.database.model_copy(update={"url": url})})


def data_directory() -> Path:
    """Where the built-in defaults keep their SQLite database: $TARNKAPPE_DATA_DIR, else the user's
    data directory ($XDG_DATA_HOME/tarnkappe, else ~/.local/share/tarnkappe), the same from every folder."""
    if explicit := os.environ.get(DATA_DIR_ENV_VAR):
        return Path(explicit).resolve()
    root = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(root) / "tarnkappe"


def resolve_database_url(url: str, base: Path) -> str:
    """A relative SQLite path is relative to `base` (the configuration file's folder), so that
    `serve` and every CLI command open the same file from whatever folder they are run."""
    if not url.startswith("sqlite"):
        return url
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:") or os.path.isabs(database):
        return url
    return parsed.set(database=str(base / database)).render_as_string(hide_password=False)


def new_sqlite_file(url: str) -> bool:
    """Whether opening `url` will create a new SQLite file (the data directory of the built-in
    defaults is made here, for its user only)."""
    if not url.startswith("sqlite"):
        return False
    from sqlalchemy.engine import make_url

    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return False
    path = Path(database)
    if path.parent == data_directory():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    return not path.exists()


def database_label(url: str) -> str:
    """The database as operators write it, for messages: `sqlite:////abs/path/tarnkappe.db`,
    `postgresql://user:***@host/db` (never a password)."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # an URL SQLAlchemy cannot parse is validated elsewhere; never echo a secret
        return url.split("@")[-1]
    if parsed.get_backend_name() == "sqlite":
        return f"sqlite:///{parsed.database}" if parsed.database else "sqlite://"
    return parsed.set(drivername=parsed.get_backend_name()).render_as_string(hide_password=True)
