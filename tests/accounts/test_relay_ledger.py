"""Relayed streams (wire/openai_relay.py) are metered like parsed ones: the ledger row has the
upstream's exact tokens and their cost even when the client never saw the usage, and the budget
reservation is settled to that cost when the stream ends. Each request is checked to have been
relayed by its log line (`relayed=True`, found by its x-request-id)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import openai
import pytest

from tests.accounts.conftest import Gateway, GatewayFactory
from tests.accounts.test_http import PROMPT, new_key, new_org, usage_rows, wait_for


@pytest.fixture(scope="module")
def gw(gateways: GatewayFactory) -> Iterator[Gateway]:
    workdir = gateways.tmp.mktemp("sqlite-relay")
    gateway = gateways.start(gateways.config(f"sqlite:///{workdir}/tarnkappe.db"), workdir)
    yield gateway
    gateway.stop()


def relayed(gw: Gateway, request_id: str) -> bool:
    def line() -> str | None:
        for text in gw.log_path.read_text(errors="replace").splitlines():
            if f"request_id={request_id} " in text and "logger=tarnkappe.access" in text:
                return text
        return None

    return " relayed=True" in wait_for(line)


def test_relayed_stream_is_metered_and_settled(gateways: GatewayFactory, gw: Gateway) -> None:
    # Room for one worst-case reservation of fake/metered (41 tokens at 1000 USD per million,
    # 0.9 CHF per USD: 0.0369 CHF) at a time: a second fits only once the first is settled.
    org = new_org(gateways, gw, "--limit", "0.05", "--currency", "CHF")
    key = new_key(gateways, gw, org)
    client = gw.client(key)
    raw = client.chat.completions.with_raw_response.create(
        model="fake/metered", messages=[{"role": "user", "content": PROMPT}], stream=True, max_tokens=41)
    chunks = list(raw.parse())
    assert all(c.usage is None and c.choices for c in chunks), "the client did not ask for usage"
    assert relayed(gw, raw.headers["x-request-id"])
    rows = wait_for(lambda: usage_rows(gw, org))
    (row,) = rows
    # The fake's stream reports 40 prompt and 7 completion tokens: exact, not estimated.
    assert (row["prompt_tokens"], row["completion_tokens"], row["estimated_requests"]) == (40, 7, 0)
    assert Decimal(row["cost"]) == Decimal("0.0063")
    # Settled: 0.0063 spent, so another worst-case reservation fits again.
    assert client.chat.completions.create(
        model="fake/metered", messages=[{"role": "user", "content": PROMPT}], max_tokens=41).choices


def test_relayed_stream_cut_off_is_estimated(gateways: GatewayFactory, gw: Gateway) -> None:
    org = new_org(gateways, gw, "--currency", "CHF")
    key = new_key(gateways, gw, org)
    raw = gw.client(key).chat.completions.with_raw_response.create(
        model="fake/cut", messages=[{"role": "user", "content": "cut me"}], stream=True)
    with pytest.raises(openai.APIError):
        for _ in raw.parse():
            pass
    assert relayed(gw, raw.headers["x-request-id"])
    (row,) = wait_for(lambda: usage_rows(gw, org))
    assert row["estimated_requests"] == 1 and row["completion_tokens"] > 0
