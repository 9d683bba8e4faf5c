"""OpenAI's Responses API under an organization's limits, with the official `openai` SDK against a
real `tarnkappe serve` with accounts on: the spending limit and rate limit refused as OpenAI errors
(403 insufficient_quota, 429 with Retry-After), and one ledger row per request at its real cost,
streamed or not (a stream is never recorded with spend 0)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import openai
import pytest

from tests.accounts.conftest import Gateway, GatewayFactory
from tests.accounts.test_http import METERED_COST, PROMPT, new_key, new_org, requests_recorded, usage_rows, wait_for


@pytest.fixture(scope="module")
def gw(gateways: GatewayFactory) -> Iterator[Gateway]:
    workdir = gateways.tmp.mktemp("responses-gw")
    gateway = gateways.start(gateways.config(f"sqlite:///{workdir}/tarnkappe.db"), workdir)
    yield gateway
    gateway.stop()


def test_spending_limit_is_insufficient_quota(gateways: GatewayFactory, gw: Gateway) -> None:
    client = gw.client(new_key(gateways, gw, new_org(gateways, gw, "--limit", "0.01")))
    with pytest.raises(openai.PermissionDeniedError) as refused:
        client.responses.create(model="fake/metered", input=PROMPT, max_output_tokens=41)
    assert refused.value.code == "insufficient_quota"
    with pytest.raises(openai.PermissionDeniedError):
        with client.responses.stream(model="fake/metered", input=PROMPT, max_output_tokens=41) as stream:
            stream.get_final_response()
    assert client.responses.create(model="fake/echo", input=PROMPT, max_output_tokens=41).output_text


def test_rate_limit_is_429_with_retry_after(gateways: GatewayFactory, gw: Gateway) -> None:
    client = gw.client(new_key(gateways, gw, new_org(gateways, gw), "--rpm", "2"))
    for _ in range(2):
        client.responses.create(model="fake/echo", input=PROMPT)
    with pytest.raises(openai.RateLimitError) as limited:
        client.responses.create(model="fake/echo", input=PROMPT)
    assert limited.value.code == "rate_limit_exceeded" and int(limited.value.response.headers["retry-after"]) >= 1


def test_one_ledger_row_per_request_with_its_real_cost(gateways: GatewayFactory, gw: Gateway) -> None:
    org = new_org(gateways, gw, "--currency", "CHF")
    client = gw.client(new_key(gateways, gw, org))
    client.responses.create(model="fake/metered", input=PROMPT, max_output_tokens=41)
    with client.responses.stream(model="fake/metered", input=PROMPT, max_output_tokens=41) as stream:
        final = stream.get_final_response()
    assert final.usage is not None and (final.usage.input_tokens, final.usage.output_tokens) == (40, 7)
    wait_for(lambda: requests_recorded(gw, org) == 2)
    (metered,) = usage_rows(gw, org)  # one plain (41 tokens), one streamed (7): each once, at its real cost
    assert metered["requests"] == 2 and metered["estimated_requests"] == 0
    assert (metered["prompt_tokens"], metered["completion_tokens"]) == (80, 48)
    assert Decimal(metered["cost"]) == METERED_COST * 48 / 41
