"""In-process helpers: a migrated store on SQLite or PostgreSQL, and async test bodies."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from tarnkappe.accounts import migrate
from tarnkappe.accounts.store import Store, create_engine

T = TypeVar("T")


def run(body: Callable[[], Awaitable[T]]) -> T:
    return asyncio.run(body())  # type: ignore[arg-type]


async def open_store(url: str) -> Store:
    store = Store(create_engine(url))
    await migrate.upgrade(store.engine)
    return store


def sqlite_url(path: Path) -> str:
    return f"sqlite+aiosqlite:///{path}"


def ledger_row(org_id: str, cost: Decimal, **overrides: Any) -> dict[str, Any]:
    row = {
        "created_at": datetime.now(UTC), "request_id": None, "org_id": org_id, "key_id": "key_test",
        "model": "fake/metered", "provider": "openai", "region": None, "stream": False, "status": "ok", "prompt_tokens": 0,
        "completion_tokens": 41, "web_search_requests": 0, "estimated": False, "cost": cost, "currency": "CHF",
        "latency_ms": 1.0,
        "anonymized": False, "entity_counts": None,
    }
    row.update(overrides)
    return row
