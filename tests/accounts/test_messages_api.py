"""Anthropic's Messages API under an organization's limits, with the official `anthropic` SDK
against a real `tarnkappe serve` with accounts on: spending limit, rate limit and model rules are
refused in Anthropic's error shape, and every request — streamed or not — writes exactly one ledger
row with its real cost (a stream is never recorded with spend 0, nor a request whose upstream reports
no usage: that one is estimated; web searches, which Anthropic bills apart, are in it);
`count_tokens` generates nothing and writes none."""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import anthropic
import httpx
import pytest

from tests.accounts.conftest import Gateway, GatewayFactory
from tests.accounts.test_http import METERED_COST, PROMPT, new_key, new_org, requests_recorded, usage_rows, wait_for
from tests.conftest import free_port
from tests.fakes.anthropic_upstream import ANTHROPIC_KEY, FakeAnthropic
from tests.fakes.openai_upstream import ServerThread


@pytest.fixture(scope="module")
def fake_anthropic() -> Iterator[tuple[FakeAnthropic, str]]:
    """A fake Anthropic upstream and its base URL (its `no-usage` scenario answers without any usage)."""
    fake = FakeAnthropic()
    with ServerThread(fake.app, free_port()) as server:
        yield fake, f"http://127.0.0.1:{server.port}/v1"


@pytest.fixture(scope="module")
def gw(gateways: GatewayFactory, fake_anthropic: tuple[FakeAnthropic, str]) -> Iterator[Gateway]:
    workdir = gateways.tmp.mktemp("messages-gw")
    config = gateways.config(f"sqlite:///{workdir}/tarnkappe.db")
    common = {"provider": "anthropic", "base_url": fake_anthropic[1], "api_key": ANTHROPIC_KEY, "region": "eu",
              "gdpr": True, "timeout": 10,
              "price": {"input_per_million": 1000, "output_per_million": 1000, "currency": "USD"}}
    config["models"] += [
        {"name": "anthropic/echo", "upstream_model": "echo", **common},
        # web searches at a price of the operator's instead of Anthropic's list price
        {"name": "anthropic/search-priced", "upstream_model": "echo",
         **{**common, "price": {**common["price"], "web_search_per_thousand": 25}}},  # type: ignore[dict-item]
        # an Anthropic-compatible upstream that reports no usage
        {"name": "anthropic/no-usage", "upstream_model": "no-usage", **common},
    ]
    gateway = gateways.start(config, workdir)
    yield gateway
    gateway.stop()


TOKEN_PRICE = Decimal("0.0009")  # CHF per token: 1000 USD per million at 0.9 CHF per USD
SEARCH_PRICE = Decimal("0.009")  # CHF per web search: Anthropic's list price, 10 USD per 1,000
WEB_SEARCH = {"type": "web_search_20250305", "name": "web_search", "max_uses": 3}


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


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
def test_upstream_without_usage_is_estimated_not_free(gateways: GatewayFactory, gw: Gateway, stream: bool) -> None:
    """An upstream that speaks Anthropic's protocol but reports no usage (some Anthropic-compatible
    proxies): the request is recorded at the gateway's estimate, marked estimated — never at 0."""
    org = new_org(gateways, gw, "--currency", "CHF")
    key = new_key(gateways, gw, org)
    messages = [{"role": "user", "content": PROMPT}]
    if stream:
        with client(gw, key).messages.stream(model="anthropic/no-usage", max_tokens=41,
                                             messages=messages) as events:  # type: ignore[arg-type]
            answer = events.get_final_message()
    else:
        answer = ask(gw, key, "anthropic/no-usage")
    assert answer.content[0].text == "echo: " + PROMPT  # type: ignore[union-attr]
    wait_for(lambda: requests_recorded(gw, org) == 1)
    [row] = usage_rows(gw, org)
    assert row["model"] == "anthropic/no-usage" and row["estimated_requests"] == 1
    assert row["prompt_tokens"] > 0 and row["completion_tokens"] > 0, "the answer's tokens are estimated too"
    assert Decimal(row["cost"]) > 0


def test_count_tokens_passes_the_rate_limit(gateways: GatewayFactory, gw: Gateway,
                                            fake_anthropic: tuple[FakeAnthropic, str]) -> None:
    """A count for an Anthropic model calls Anthropic's count endpoint, so it passes the key's rate
    limit like any request (429 in Anthropic's shape with Retry-After), without a reservation or a
    ledger row; a key over its limit cannot call the upstream's count endpoint without bound."""
    org = new_org(gateways, gw)
    key = new_key(gateways, gw, org, "--rpm", "2")
    counts = fake_anthropic[0].log
    before = len(counts.requests)
    messages = [{"role": "user", "content": PROMPT}]
    for _ in range(2):
        counted = client(gw, key).messages.with_raw_response.count_tokens(
            model="anthropic/echo", messages=messages)  # type: ignore[arg-type]
        assert counted.headers["x-tarnkappe-token-count"] == "exact" and counted.parse().input_tokens > 0
    with pytest.raises(anthropic.RateLimitError) as limited:
        client(gw, key).messages.count_tokens(model="anthropic/echo", messages=messages)  # type: ignore[arg-type]
    body = limited.value.body
    assert isinstance(body, dict) and body["type"] == "error" and body["error"]["type"] == "rate_limit_error"
    assert int(limited.value.response.headers["retry-after"]) >= 1
    assert len(counts.requests) - before == 2, "the refused count never reached the upstream"
    with pytest.raises(anthropic.RateLimitError):  # the counts used the key's requests of this minute
        ask(gw, key, "anthropic/echo")
    other = new_key(gateways, gw, org)  # the limit is the key's: another key of the org still counts
    assert client(gw, other).messages.count_tokens(model="anthropic/echo", messages=messages).input_tokens > 0
    time.sleep(0.5)  # longer than the ledger's flush interval
    assert {row["model"] for row in usage_rows(gw, org)} <= {"anthropic/echo"}
    assert requests_recorded(gw, org) == 1, "only the refused messages request is recorded; counts write no row"


def searched(gw: Gateway, key: str, stream: bool, **request: Any) -> anthropic.types.Message:
    """An answer that ran the fake's one web search, from `create` or as a stream's final message."""
    request = {"max_tokens": 41, "tools": [WEB_SEARCH], "messages": [{"role": "user", "content": PROMPT}], **request}
    if stream:
        with client(gw, key).messages.stream(**request) as events:
            message = events.get_final_message()
    else:
        message = client(gw, key).messages.create(**request)
    assert message.usage.server_tool_use is not None and message.usage.server_tool_use.web_search_requests == 1
    return message


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
def test_web_searches_are_priced_in_the_ledger(gateways: GatewayFactory, gw: Gateway, stream: bool) -> None:
    """Anthropic bills each web search apart from tokens (10 USD per 1,000): the ledger row's cost is
    its tokens plus its searches at the catalog's search price — Anthropic's list price unless the
    entry names its own — and the row counts them; the usage report sums them."""
    org = new_org(gateways, gw, "--currency", "CHF")
    key = new_key(gateways, gw, org)
    searched(gw, key, stream, model="anthropic/echo")
    searched(gw, key, stream, model="anthropic/echo")
    searched(gw, key, stream, model="anthropic/search-priced")
    wait_for(lambda: requests_recorded(gw, org) == 3)
    rows = {row["model"]: row for row in usage_rows(gw, org)}
    listed, own = rows["anthropic/echo"], rows["anthropic/search-priced"]
    assert (listed["requests"], listed["web_search_requests"], own["web_search_requests"]) == (2, 2, 1)
    assert listed["estimated_requests"] == own["estimated_requests"] == 0
    tokens = (listed["prompt_tokens"] + listed["completion_tokens"]) * TOKEN_PRICE
    assert tokens > 0 and Decimal(listed["cost"]) == tokens + 2 * SEARCH_PRICE
    own_tokens = (own["prompt_tokens"] + own["completion_tokens"]) * TOKEN_PRICE
    assert Decimal(own["cost"]) == own_tokens + Decimal(25) / 1000 * Decimal("0.9")


def test_the_reservation_covers_the_searches_a_request_may_run(gateways: GatewayFactory, gw: Gateway,
                                                               fake_anthropic: tuple[FakeAnthropic, str],
                                                               marker: str) -> None:
    """Under a spending limit a request's searches are reserved before it goes upstream: its tools'
    `max_uses`, and a search tool without one is sent with `accounts.default_max_web_searches` (10)
    — Anthropic has no cap of its own — so that the upstream cannot bill more than was reserved.
    Without a limit nothing is reserved and the tool goes as the client declared it."""
    limited = new_key(gateways, gw, new_org(gateways, gw, "--limit", "1", "--currency", "CHF"))
    # Its tokens reserve under 0.4 CHF; 200 searches add 1.8 CHF, more than the limit.
    with pytest.raises(anthropic.PermissionDeniedError):
        searched(gw, limited, False, model="anthropic/echo", tools=[{**WEB_SEARCH, "max_uses": 200}],
                 messages=[{"role": "user", "content": f"{marker} many"}])
    assert not fake_anthropic[0].log.find(f"{marker} many"), "nothing was sent"
    uncapped = {k: v for k, v in WEB_SEARCH.items() if k != "max_uses"}
    searched(gw, limited, True, model="anthropic/echo", tools=[uncapped],
             messages=[{"role": "user", "content": f"{marker} capped"}])
    (sent,) = fake_anthropic[0].log.find(f"{marker} capped")
    assert sent.body["tools"] == [{**uncapped, "max_uses": 10}]
    free = new_key(gateways, gw, new_org(gateways, gw))
    searched(gw, free, False, model="anthropic/echo", tools=[uncapped],
             messages=[{"role": "user", "content": f"{marker} free"}])
    (sent,) = fake_anthropic[0].log.find(f"{marker} free")
    assert sent.body["tools"] == [uncapped]
