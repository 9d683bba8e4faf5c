"""Anthropic's Messages API under an organization's limits, with the official `anthropic` SDK
against a real `tarnkappe serve` with accounts on: spending limit, rate limit and model rules are
refused in Anthropic's error shape, and every request — streamed or not — writes exactly one ledger
row with its real cost (a stream is never recorded with spend 0); `count_tokens` generates nothing
and writes none."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import anthropic
import httpx
import pytest

from tests.accounts.conftest import Gateway, GatewayFactory
from tests.accounts.test_http import METERED_COST, PROMPT, new_key, new_org, requests_recorded, usage_rows, wait_for


@pytest.fixture(scope="module")
def gw(gateways: GatewayFactory) -> Iterator[Gateway]:
    workdir = gateways.tmp.mktemp("messages-gw")
    gateway = gateways.start(gateways.config(f"sqlite:///{workdir}/tarnkappe.db"), workdir)
    yield gateway
    gateway.stop()


def client(gw: Gateway, key: str) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=gw.base_url, api_key=key, max_retries=0)


def ask(gw: Gateway, key: str, model: str = "fake/echo", **kwargs: object) -> anthropic.types.Message:
    return client(gw, key).messages.create(model=model, max_tokens=41, messages=[{"role": "user", "content": PROMPT}],
                                           **kwargs)  # type: ignore[arg-type]


def test_spending_limit_is_a_permission_error(gateways: GatewayFactory, gw: Gateway) -> None:
    key = new_key(gateways, gw, new_org(gateways, gw, "--limit", "0.01"))
    response = httpx.post(gw.base_url + "/v1/messages", headers={"x-api-key": key}, json={
        "model": "fake/metered", "max_tokens": 41, "messages": [{"role": "user", "content": PROMPT}]})
    assert response.status_code == 403
    assert response.json() == {"type": "error", "error": {
        "type": "permission_error", "message": "Subscription amount limit has been reached"}}
    with pytest.raises(anthropic.PermissionDeniedError):
        with client(gw, key).messages.stream(model="fake/metered", max_tokens=41,
                                             messages=[{"role": "user", "content": PROMPT}]) as stream:
            stream.get_final_message()
    assert ask(gw, key).content  # a cheap model still fits


def test_rate_limit_is_a_rate_limit_error_with_retry_after(gateways: GatewayFactory, gw: Gateway) -> None:
    key = new_key(gateways, gw, new_org(gateways, gw), "--rpm", "2")
    ask(gw, key)
    ask(gw, key)
    with pytest.raises(anthropic.RateLimitError) as limited:
        ask(gw, key)
    assert limited.value.body["error"]["type"] == "rate_limit_error"  # type: ignore[index]
    assert int(limited.value.response.headers["retry-after"]) >= 1


def test_model_rules_apply(gateways: GatewayFactory, gw: Gateway) -> None:
    key = new_key(gateways, gw, new_org(gateways, gw, "--regions", "ch"))
    with pytest.raises(anthropic.PermissionDeniedError) as refused:
        ask(gw, key, "fake/us-echo")
    assert "fake/us-echo" in refused.value.body["error"]["message"]  # type: ignore[index]
    with pytest.raises(anthropic.PermissionDeniedError):
        client(gw, key).messages.count_tokens(model="fake/us-echo", messages=[{"role": "user", "content": "x"}])
    assert ask(gw, key, "fake/ch-echo").content


def test_one_ledger_row_per_request_with_its_real_cost(gateways: GatewayFactory, gw: Gateway) -> None:
    org = new_org(gateways, gw, "--currency", "CHF")
    key = new_key(gateways, gw, org)
    ask(gw, key, "fake/metered")
    with client(gw, key).messages.stream(model="fake/metered", max_tokens=41,
                                         messages=[{"role": "user", "content": PROMPT}]) as stream:
        final = stream.get_final_message()
    assert (final.usage.input_tokens, final.usage.output_tokens) == (40, 7)  # the fake's stream: 7 tokens
    with pytest.raises(anthropic.InternalServerError):
        ask(gw, key, "fake/status-500")
    client(gw, key).messages.count_tokens(model="fake/metered", messages=[{"role": "user", "content": PROMPT}])
    wait_for(lambda: requests_recorded(gw, org) == 3)
    rows = {row["model"]: row for row in usage_rows(gw, org)}
    assert set(rows) == {"fake/metered", "fake/status-500"}, "count_tokens writes no row"
    metered = rows["fake/metered"]  # one plain (41 tokens), one streamed (7): each once, at its real cost
    assert metered["requests"] == 2 and metered["estimated_requests"] == 0
    assert (metered["prompt_tokens"], metered["completion_tokens"]) == (80, 48)
    assert Decimal(metered["cost"]) == METERED_COST * 48 / 41
    assert rows["fake/status-500"]["cost"] == "0"
