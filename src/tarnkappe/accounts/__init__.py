"""Accounts: organizations, API keys, usage metering, spending limits and rate limits.

    models.py        the tables (money as integer nano-units, read as Decimal)
    migrations/      Alembic scripts, run by migrate.py at `tarnkappe serve` and `tarnkappe db upgrade`
    store.py         the storage interface (SQLAlchemy 2 async; SQLite in WAL mode, or PostgreSQL)
    keys.py          the database key store with its TTL cache (revocation within the TTL)
    pricing.py       Decimal costs, exchange rates, worst-case token counts
    budget.py        reservations: in memory (one process) or SQL-atomic (shared database)
    budget_redis.py  reservations as one Lua script (shared Redis)
    ratelimit.py     requests and tokens per minute, in memory or in Redis
    ledger.py        the batched usage-ledger writer, flushed on shutdown
    service.py       `Accounts`: wires the above into the pipeline's Metering
    cli.py           `tarnkappe orgs|keys|usage|db ...`

Configuration (tarnkappe.yaml):

    database: {url: sqlite:///tarnkappe.db}          # or postgresql://USER@HOST/DB
    redis: {url: redis://127.0.0.1:6379/0}           # optional; shares counters between instances
    accounts:
      enabled: true                                  # false: config api_keys only, no DB, no metering
      key_cache_ttl_seconds: 10                      # revocation takes effect within this
      budget_backend: auto                           # auto | memory | database | redis
      rate_limit_backend: auto                       # auto | memory | redis
    exchange_rates: {"USD/CHF": 0.88}
    admin_key: ${TARNKAPPE_ADMIN_KEY:-}              # turns the /admin/ API on

`auto` picks Redis when redis.url is set, else the database for PostgreSQL, else memory (SQLite
serves one gateway process). The keys of `api_keys:` belong to the built-in organization "default",
are metered like any other, and are never subject to limits.
"""
