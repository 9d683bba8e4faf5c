"""Accounts over HTTP, with the official `openai` SDK against a real `tarnkappe serve` on SQLite:
the operators' CLI and admin API, keys and their headers, org model rules, spending and rate
limits, revocation, org isolation, and the usage ledger."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import openai
import pytest

from tests.accounts.conftest import ADMIN_KEY, Gateway, GatewayFactory, unique

PROMPT = " ".join(f"w{i}" for i in range(40))  # 40 words: the fake bills 40 prompt and 41 completion tokens
METERED_COST = Decimal("0.0369")  # 41 tokens at 1000 USD per million, 0.9 CHF per USD


def wait_for(predicate: Callable[[], Any], timeout: float = 15.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("condition not reached in time")


@pytest.fixture(scope="module")
def gw(gateways: GatewayFactory) -> Iterator[Gateway]:
    workdir = gateways.tmp.mktemp("sqlite-gw")
    gateway = gateways.start(gateways.config(f"sqlite:///{workdir}/tarnkappe.db"), workdir)
    yield gateway
    gateway.stop()


_FIELDS = {"--limit": "limit", "--currency": "currency", "--period": "period", "--models": "models",
           "--regions": "regions", "--rpm": "requests_per_minute", "--tpm": "tokens_per_minute", "--name": "name",
           "--expires": "expires_at"}


def _as_json(options: tuple[str, ...]) -> dict[str, Any]:
    """The CLI's options as the admin API's JSON, so that each test can use either."""
    body: dict[str, Any] = {}
    items = list(options)
    while items:
        flag = items.pop(0)
        if flag == "--gdpr-only":
            body["gdpr_only"] = True
            continue
        value: Any = items.pop(0)
        if flag in ("--models", "--regions"):
            value = value.split(",")
        elif flag in ("--rpm", "--tpm"):
            value = int(value)
        body[_FIELDS[flag]] = value
    return body


def new_org(gateways: GatewayFactory, gw: Gateway, *options: str, cli: bool = False) -> str:
    name = unique("org")
    if cli:
        gateways.cli(gw.config_path, "orgs", "create", name, *options)
    else:
        response = gw.admin("POST", "/orgs", json={"name": name, **_as_json(options)})
        assert response.status_code == 201, response.text
    return name


SECRETS: list[str] = []  # every key created here, to look for in the log and the database at the end


def new_key(gateways: GatewayFactory, gw: Gateway, org: str, *options: str, cli: bool = False) -> str:
    if cli:
        result = gateways.cli(gw.config_path, "keys", "create", "--org", org, *options)
        lines = result.stdout.splitlines()
        assert len(lines) == 1 and lines[0].startswith("tk-"), "the secret alone, on its own line"
        assert lines[0] not in result.stderr
        secret = lines[0]
    else:
        response = gw.admin("POST", "/keys", json={"org": org, **_as_json(options)})
        assert response.status_code == 201, response.text
        secret = response.json()["secret"]
    SECRETS.append(secret)
    return secret


def chat(gw: Gateway, key: str, model: str = "fake/echo", **kwargs: Any) -> Any:
    return gw.client(key).chat.completions.create(
        model=model, messages=[{"role": "user", "content": PROMPT}], **kwargs
    )


def usage_rows(gw: Gateway, org: str) -> list[dict[str, Any]]:
    response = gw.admin("GET", "/usage", params={"org": org})
    assert response.status_code == 200, response.text
    return response.json()["data"]


def requests_recorded(gw: Gateway, org: str) -> int:
    return sum(row["requests"] for row in usage_rows(gw, org))


# --------------------------------------------------------------------------- keys


def test_cli_org_and_key_then_sdk(gateways: GatewayFactory, gw: Gateway) -> None:
    org = new_org(gateways, gw, "--limit", "100", "--currency", "CHF", "--period", "month", cli=True)
    key = new_key(gateways, gw, org, "--name", "laptop", cli=True)
    answer = chat(gw, key)
    assert answer.choices[0].message.content == f"echo: {PROMPT}"
    listing = gateways.cli(gw.config_path, "keys", "list", "--org", org, "--json").stdout
    assert key not in listing and key[:10] in listing and "laptop" in listing
    orgs = gateways.cli(gw.config_path, "orgs", "list").stdout
    assert org in orgs and "100" in orgs


@pytest.mark.parametrize("header", ["Authorization", "Api-token", "api-key"])
def test_key_accepted_in_every_header(gateways: GatewayFactory, gw: Gateway, header: str) -> None:
    key = new_key(gateways, gw, new_org(gateways, gw))
    value = f"Bearer {key}" if header == "Authorization" else key
    response = httpx.get(gw.base_url + "/v1/models", headers={header: value})
    assert response.status_code == 200
    assert httpx.get(gw.base_url + "/v1/models", headers={header: value[:-2] + "xx"}).status_code == 401


def test_revoked_key_gets_401_within_the_ttl(gateways: GatewayFactory, gw: Gateway) -> None:
    org = new_org(gateways, gw)
    key = new_key(gateways, gw, org)
    assert chat(gw, key).choices
    key_id = gw.admin("GET", "/keys", params={"org": org}).json()["data"][0]["id"]
    gateways.cli(gw.config_path, "keys", "revoke", key_id)  # another process: the gateway learns by its TTL

    def refused() -> bool:
        try:
            chat(gw, key)
        except openai.AuthenticationError:
            return True
        return False

    wait_for(refused)
    with pytest.raises(openai.AuthenticationError):
        gw.client(key).models.list()


def test_expired_key_gets_401(gateways: GatewayFactory, gw: Gateway) -> None:
    # the CLI refuses a past expiry (tests/console/test_key_expiry.py); the admin API takes any instant
    key = new_key(gateways, gw, new_org(gateways, gw), "--expires", "2020-01-01T00:00:00Z")
    with pytest.raises(openai.AuthenticationError) as refused:
        chat(gw, key)
    assert refused.value.code == "api_key_expired"


# --------------------------------------------------------------------------- org rules


def test_models_and_refusals_follow_org_rules(gateways: GatewayFactory, gw: Gateway) -> None:
    key = new_key(gateways, gw, new_org(gateways, gw, "--regions", "eu,ch", "--gdpr-only", cli=True))
    client = gw.client(key)
    visible = {m.id for m in client.models.list()}
    assert {"fake/echo", "fake/ch-echo"} <= visible
    assert not visible & {"fake/us-echo", "fake/eu-nogdpr", "fake/slow"}  # us; no gdpr flag
    with pytest.raises(openai.PermissionDeniedError) as region:
        chat(gw, key, "fake/us-echo")
    assert region.value.status_code == 403 and "region rule (CH, EU only)" in region.value.message
    with pytest.raises(openai.PermissionDeniedError) as gdpr:
        chat(gw, key, "fake/eu-nogdpr")
    assert "GDPR-compliant models only" in gdpr.value.message
    assert chat(gw, key, "fake/ch-echo").choices


def test_allow_lists_of_org_and_key(gateways: GatewayFactory, gw: Gateway) -> None:
    org = new_org(gateways, gw, "--models", "fake/echo,fake/embed")
    key = new_key(gateways, gw, org)
    narrow = new_key(gateways, gw, org, "--models", "fake/embed")
    assert {m.id for m in gw.client(key).models.list()} == {"fake/echo", "fake/embed"}
    assert {m.id for m in gw.client(narrow).models.list()} == {"fake/embed"}
    with pytest.raises(openai.PermissionDeniedError, match="list of allowed models"):
        chat(gw, key, "fake/ch-echo")
    with pytest.raises(openai.PermissionDeniedError, match="API key's list"):
        chat(gw, narrow, "fake/echo")
    with pytest.raises(openai.NotFoundError):
        chat(gw, key, "fake/does-not-exist")


def test_org_never_sees_another_orgs_usage(gateways: GatewayFactory, gw: Gateway) -> None:
    org_a, org_b = new_org(gateways, gw), new_org(gateways, gw)
    key_a, key_b = new_key(gateways, gw, org_a), new_key(gateways, gw, org_b)
    chat(gw, key_a)
    chat(gw, key_b, "fake/us-echo")
    wait_for(lambda: requests_recorded(gw, org_a) and requests_recorded(gw, org_b))
    own = httpx.get(gw.base_url + "/v1/usage", headers={"Authorization": f"Bearer {key_a}"}).json()
    assert own["organization"] == org_a
    assert {row["org_name"] for row in own["data"]} == {org_a}
    assert {row["model"] for row in own["data"]} == {"fake/echo"}
    # An ordinary key, of any org, never reaches the admin API.
    for key in (key_a, key_b):
        response = httpx.get(gw.base_url + "/admin/usage", headers={"Authorization": f"Bearer {key}"})
        assert response.status_code == 401
        assert org_b not in response.text
    assert httpx.get(gw.base_url + "/admin/orgs").status_code == 401


# --------------------------------------------------------------------------- limits


def test_quota_exceeded_is_openai_insufficient_quota(gateways: GatewayFactory, gw: Gateway) -> None:
    key = new_key(gateways, gw, new_org(gateways, gw, "--limit", "0.01"))
    response = httpx.post(
        gw.base_url + "/v1/chat/completions", headers={"Authorization": f"Bearer {key}"},
        json={"model": "fake/metered", "messages": [{"role": "user", "content": PROMPT}], "max_tokens": 41},
    )
    assert response.status_code == 403
    assert response.json() == {"error": {
        "message": "Subscription amount limit has been reached", "type": "insufficient_quota", "param": None,
        "code": "insufficient_quota",
    }}
    with pytest.raises(openai.PermissionDeniedError) as refused:
        chat(gw, key, "fake/metered", max_tokens=41)
    assert refused.value.code == "insufficient_quota"
    assert chat(gw, key, "fake/echo", max_tokens=41).choices  # a cheap model still fits


def test_rate_limit_per_key_is_429_with_retry_after(gateways: GatewayFactory, gw: Gateway) -> None:
    key = new_key(gateways, gw, new_org(gateways, gw), "--rpm", "2")
    chat(gw, key)
    chat(gw, key)
    with pytest.raises(openai.RateLimitError) as limited:
        chat(gw, key)
    assert limited.value.code == "rate_limit_exceeded"
    assert int(limited.value.response.headers["retry-after"]) >= 1


def test_rate_limit_per_org_spans_its_keys(gateways: GatewayFactory, gw: Gateway) -> None:
    org = new_org(gateways, gw, "--rpm", "3")
    keys = [new_key(gateways, gw, org) for _ in range(2)]
    for key in (keys[0], keys[1], keys[0]):
        chat(gw, key)
    with pytest.raises(openai.RateLimitError):
        chat(gw, keys[1])


def test_disconnect_settles_the_reservation(gateways: GatewayFactory, gw: Gateway) -> None:
    """A client that goes away mid-stream: its reservation is released (so the org can spend the
    rest), and the ledger gets one row, marked estimated and cancelled."""
    org = new_org(gateways, gw, "--limit", "0.05")  # room for one metered reservation at a time
    key = new_key(gateways, gw, org)
    with httpx.stream(
        "POST", gw.base_url + "/v1/chat/completions", headers={"Authorization": f"Bearer {key}"},
        json={"model": "fake/metered-drip", "messages": [{"role": "user", "content": "go"}], "stream": True,
              "max_tokens": 41}, timeout=30,
    ) as response:
        assert response.status_code == 200
        seen = 0
        for line in response.iter_lines():
            seen += line.startswith("data: ")
            if seen == 3:
                with pytest.raises(openai.PermissionDeniedError):  # the stream holds the budget
                    chat(gw, key, "fake/metered", max_tokens=41)
                break

    def fits_again() -> bool:
        try:
            return bool(chat(gw, key, "fake/metered", max_tokens=41).choices)
        except openai.PermissionDeniedError:
            return False

    wait_for(fits_again)
    rows = wait_for(lambda: [r for r in usage_rows(gw, org) if r["model"] == "fake/metered-drip"])
    assert rows[0]["requests"] == 1 and rows[0]["estimated_requests"] == 1
    assert Decimal(rows[0]["cost"]) > 0  # what was streamed before the disconnect is paid for


# --------------------------------------------------------------------------- ledger


def test_every_request_writes_one_ledger_row(gateways: GatewayFactory, gw: Gateway) -> None:
    org = new_org(gateways, gw, "--currency", "CHF")
    key = new_key(gateways, gw, org)
    client = gw.client(key)
    chat(gw, key, "fake/metered", max_tokens=41)
    for chunk in client.chat.completions.create(
        model="fake/echo", messages=[{"role": "user", "content": "stream me"}], stream=True,
        stream_options={"include_usage": True},
    ):
        pass
    with pytest.raises(openai.APIError):  # cut off without usage: estimated
        for chunk in client.chat.completions.create(
            model="fake/cut", messages=[{"role": "user", "content": "cut me"}], stream=True
        ):
            pass
    with pytest.raises(openai.InternalServerError):
        chat(gw, key, "fake/status-500")
    client.embeddings.create(model="fake/embed", input=["one", "two"])
    wait_for(lambda: requests_recorded(gw, org) == 5)
    rows = {row["model"]: row for row in usage_rows(gw, org)}
    metered = rows["fake/metered"]
    assert (metered["prompt_tokens"], metered["completion_tokens"]) == (40, 41)
    assert Decimal(metered["cost"]) == METERED_COST and metered["currency"] == "CHF"
    assert rows["fake/echo"]["completion_tokens"] == 7 and rows["fake/echo"]["estimated_requests"] == 0
    assert rows["fake/cut"]["estimated_requests"] == 1 and rows["fake/cut"]["completion_tokens"] > 0
    assert rows["fake/status-500"]["cost"] == "0"
    assert rows["fake/embed"]["prompt_tokens"] == 6


def test_admin_api(gateways: GatewayFactory, gw: Gateway) -> None:
    name = unique("api-org")
    created = gw.admin("POST", "/orgs", json={"name": name, "limit": "12.50", "currency": "EUR", "regions": ["ch"]})
    assert created.status_code == 201, created.text
    assert created.json()["limit_amount"] == "12.5" and created.json()["currency"] == "EUR"
    assert gw.admin("POST", "/orgs", json={"name": name}).status_code == 400
    assert gw.admin("POST", "/orgs", json={"name": unique("x"), "limt": 1}).status_code == 400  # typo caught
    key = gw.admin("POST", "/keys", json={"org": name, "name": "ci"})
    assert key.status_code == 201
    secret, key_id = key.json()["secret"], key.json()["id"]
    assert {m.id for m in gw.client(secret).models.list()} >= {"fake/ch-echo"}
    changed = gw.admin("PATCH", f"/orgs/{name}", json={"regions": None, "gdpr_only": True})
    assert changed.status_code == 200 and changed.json()["regions"] is None
    listed = gw.admin("GET", "/keys", params={"org": name}).json()["data"]
    assert [k["id"] for k in listed] == [key_id] and secret not in str(listed) and "key_hash" not in listed[0]
    assert gw.admin("POST", f"/keys/{key_id}/revoke").json()["revoked_at"]
    with pytest.raises(openai.AuthenticationError):  # revoked through this instance: at once
        gw.client(secret).models.list()
    assert gw.admin("GET", "/orgs/nope-" + name).status_code == 404
    wrong = httpx.get(gw.base_url + "/admin/orgs", headers={"Authorization": f"Bearer {ADMIN_KEY}x"})
    assert wrong.status_code == 401


def test_cli_usage_table_and_json(gateways: GatewayFactory, gw: Gateway) -> None:
    org = new_org(gateways, gw)
    key = new_key(gateways, gw, org)
    chat(gw, key, "fake/metered", max_tokens=41)
    wait_for(lambda: requests_recorded(gw, org))
    table = gateways.cli(gw.config_path, "usage", "--org", org).stdout
    assert "fake/metered" in table and "0.0369" in table and "TOTAL" in table
    import json

    data = json.loads(gateways.cli(gw.config_path, "usage", "--org", org, "--since", "2000-01-01", "--json").stdout)
    assert data == [{"org_name": org, "model": "fake/metered", "currency": "CHF", "requests": 1,
                     "prompt_tokens": 40, "completion_tokens": 41, "cost": "0.0369", "estimated_requests": 0,
                     "web_search_requests": 0}]
    assert PROMPT.split()[5] not in gateways.cli(gw.config_path, "usage", "--json").stdout


def test_no_secret_or_text_in_log_or_database(gateways: GatewayFactory, gw: Gateway, marker: str) -> None:
    """Runs last in this module: the log and the database files have seen every key and prompt."""
    key = new_key(gateways, gw, new_org(gateways, gw))
    gw.client(key).chat.completions.create(
        model="fake/echo", messages=[{"role": "user", "content": f"my secret is {marker}"}])
    for chunk in gw.client(key).chat.completions.create(
        model="fake/echo", messages=[{"role": "user", "content": f"stream {marker}"}], stream=True):
        pass
    wait_for(lambda: requests_recorded(gw, unique_org_of(gw, key)) == 2)
    log = gw.log_path.read_text(errors="replace")
    files = b"".join(p.read_bytes() for p in gw.workdir.glob("tarnkappe.db*"))
    assert marker not in log and marker.encode() not in files
    assert ADMIN_KEY not in log
    for secret in SECRETS:
        assert secret not in log and secret.encode() not in files


def unique_org_of(gw: Gateway, key: str) -> str:
    return httpx.get(gw.base_url + "/v1/usage", headers={"Authorization": f"Bearer {key}"}).json()["organization"]
