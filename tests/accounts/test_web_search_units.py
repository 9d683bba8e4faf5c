"""Server-side web searches in prices, reservations and the ledger, in-process: the catalog's search
price and its default, the cap a reservation is sized by, and the ledger column on SQLite and
PostgreSQL (a database migrated from before the column, and a row journaled by an older instance).
The same over HTTP with the `anthropic` SDK: tests/accounts/test_messages_api.py."""

from __future__ import annotations

import asyncio
import secrets
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import text

from tarnkappe.accounts import migrate
from tarnkappe.accounts.ledger_journal import decode_row, encode_row
from tarnkappe.accounts.pricing import ExchangeRates, cap_web_searches, cost
from tarnkappe.accounts.store import Store, create_engine
from tarnkappe.core.catalog import ModelEntry, Price
from tarnkappe.core.types import ChatRequest, Message, ServerTool, Tool, Usage
from tests.accounts.helpers import ledger_row, run, sqlite_url


def test_a_search_costs_its_price_per_thousand_converted() -> None:
    rates = ExchangeRates({"USD/CHF": Decimal("0.9")})
    price = Price(input_per_million=Decimal(3), output_per_million=Decimal(15), currency="USD")
    tokens = cost(price, 1000, 100, "CHF", rates)
    assert tokens == Decimal("0.00405")
    searched = cost(price, 1000, 100, "CHF", rates, web_searches=3, web_search_per_thousand=Decimal(10))
    assert searched == tokens + 3 * Decimal("0.009")


def test_anthropic_models_price_searches_at_the_list_price_unless_the_catalog_says_otherwise() -> None:
    assert ModelEntry(name="c", provider="anthropic").web_search_per_thousand == Decimal(10)
    assert ModelEntry(name="c", provider="anthropic",
                      price={"web_search_per_thousand": 25}).web_search_per_thousand == Decimal(25)
    assert ModelEntry(name="c", provider="anthropic", price={"web_search_per_thousand": 0}).web_search_per_thousand == 0
    assert ModelEntry(name="g", provider="openai", base_url="http://x").web_search_per_thousand == 0
    routed = ModelEntry(name="r", provider="openai", base_url="http://x",
                        deployments=[{"provider": "anthropic"}, {"weight": 0}])
    assert routed.web_search_per_thousand == Decimal(10), "a deployment of Anthropic's can search"


def test_an_anthropic_model_priced_in_another_currency_must_name_its_search_price() -> None:
    with pytest.raises(ValidationError, match=r"price.web_search_per_thousand: c is priced in CHF"):
        ModelEntry(name="c", provider="anthropic", price={"input_per_million": 3, "currency": "CHF"})
    entry = ModelEntry(name="c", provider="anthropic", price={"currency": "CHF", "web_search_per_thousand": 9})
    assert entry.web_search_per_thousand == Decimal(9)
    assert ModelEntry(name="m", provider="mistral", price={"currency": "EUR"}).web_search_per_thousand == 0


def test_usage_counts_only_whole_searches() -> None:
    assert Usage(1, server_tool_use={"web_search_requests": 2, "web_fetch_requests": 1}).web_search_requests == 2
    assert Usage(1).web_search_requests == 0
    for odd in (None, -1, True, "3", 1.5):
        assert Usage(1, server_tool_use={"web_search_requests": odd}).web_search_requests == 0


def _search_tool(**settings: object) -> Tool:
    return Tool(name="web_search", server=ServerTool(type="web_search_20250305", settings=dict(settings)))


def test_the_search_cap_is_max_uses_or_the_default_which_is_then_sent() -> None:
    fetch = Tool(name="web_fetch", server=ServerTool(type="web_fetch_20250910", settings={}))
    client = Tool(name="lookup", parameters={"type": "object"})
    given, missing = _search_tool(max_uses=3), _search_tool(cache_control={"type": "ephemeral"})
    request = ChatRequest(model="m", messages=[Message("user", "hi")], tools=[client, fetch, given, missing])
    assert cap_web_searches(request, 10) == 13
    assert given.server is not None and given.server.settings == {"max_uses": 3}, "the client's cap is kept"
    assert missing.server is not None and missing.server.settings["max_uses"] == 10, "the default is sent"
    assert fetch.server is not None and "max_uses" not in fetch.server.settings, "a fetch is not billed apart"
    odd = _search_tool(max_uses="many")
    assert cap_web_searches(ChatRequest(model="m", messages=[], tools=[odd]), 10) == 10
    assert odd.server is not None and odd.server.settings == {"max_uses": "many"}, "Anthropic refuses it, unbilled"
    assert cap_web_searches(ChatRequest(model="m", messages=[Message("user", "hi")]), 10) == 0


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on SQLite, and one on the PostgreSQL of 127.0.0.1 (skipped without it)."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "searches.db")
    from tests.accounts.conftest import _pg_create, _pg_drop

    session_url: str = request.getfixturevalue("pg_url")
    name = "tk_test_ws_" + secrets.token_hex(4)
    asyncio.run(_pg_create(name))
    request.addfinalizer(lambda: asyncio.run(_pg_drop(name)))
    return session_url.rsplit("/", 1)[0] + "/" + name


def test_the_ledger_column_migrates_and_sums_on_both_databases(empty_database: str) -> None:
    """From a database at 0005 with a ledger row: the row gets 0 searches (none were priced then);
    rows written after say how many, also in one batch with a row an older instance journaled
    without the column; the usage report sums them."""
    from alembic import command

    async def body() -> None:
        engine = create_engine(empty_database)
        try:
            async with engine.begin() as connection:
                await connection.run_sync(
                    lambda c: command.upgrade(migrate.alembic_config(c), "0005_ledger_request_id"))
                await connection.execute(text(
                    "INSERT INTO usage_ledger (created_at, org_id, key_id, model, provider, stream, status, "
                    "prompt_tokens, completion_tokens, estimated, cost, currency, latency_ms, anonymized) VALUES "
                    "(:now, 'default', 'key_old', 'claude', 'anthropic', false, 'ok', 10, 5, false, 1000, 'CHF', 1.0, "
                    "false)"), {"now": datetime.now(UTC).replace(tzinfo=None)})
            await migrate.upgrade(engine)
            assert await migrate.current_revision(engine) == migrate.HEAD
            store = Store(engine)
            org = await store.create_org("searches")
            old_instance_row = ledger_row(org.id, Decimal("0.01"), model="claude")
            del old_instance_row["web_search_requests"]  # as an instance older than the column journals it
            await store.write_ledger([ledger_row(org.id, Decimal("0.05"), model="claude", web_search_requests=3),
                                      decode_row(encode_row(old_instance_row))])
            (line,) = await store.usage(org_id=org.id)
            assert (line.requests, line.web_search_requests, line.cost) == (2, 3, Decimal("0.06"))
            assert line.to_json()["web_search_requests"] == 3
            (before,) = await store.usage(org_id="default")
            assert (before.requests, before.web_search_requests) == (1, 0)
        finally:
            await engine.dispose()

    run(body)
