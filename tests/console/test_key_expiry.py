"""Key expiry has one meaning: "valid until 2027-06-30" is the end of that day in the console's
time zone, stored as the same instant by the console and by `tarnkappe keys create --expires`,
shown as that day; past days are refused by both; and an expired key is told so, in each API's
own error shape, and nothing else about it."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import openai
import pytest

from tests.console.conftest import ConsoleSite

ZURICH = ZoneInfo("Europe/Zurich")


def stored_expiry(site: ConsoleSite, name: str) -> datetime:
    listing = site.factory.cli(site.gateway.config_path, "keys", "list", "--org", "acme", "--json")
    return datetime.fromisoformat(next(k for k in json.loads(listing.stdout) if k["name"] == name)["expires_at"])


def test_console_and_cli_store_the_same_instant_and_refuse_the_past(site: ConsoleSite) -> None:
    browser = site.signed_in("owner")
    assert browser.post("/console/keys", {"name": "console-june", "expires": "2027-06-30"}).status_code == 201
    cli = site.factory.cli(site.gateway.config_path, "keys", "create", "--org", "acme", "--name", "cli-june",
                           "--expires", "2027-06-30")
    assert cli.stdout.startswith("tk-")
    end_of_day = datetime(2027, 7, 1, tzinfo=ZURICH)  # 2027-06-30T22:00:00Z: summer time
    assert stored_expiry(site, "console-june") == stored_expiry(site, "cli-june") == end_of_day
    assert "2027-07-01 00:00 Europe/Zurich (2027-06-30 22:00 UTC)" in cli.stderr  # the CLI says when

    listing = browser.get("/console/keys").text  # shown as the day it was given, not "1 Jul 2027, 00:00"
    assert listing.count("30 Jun 2027") + listing.count("Jun 30, 2027") >= 2
    assert "Jul 2027" not in listing and "Jul 1, 2027" not in listing

    yesterday = (datetime.now(ZURICH).date() - timedelta(days=1)).isoformat()
    refused = site.factory.cli(site.gateway.config_path, "keys", "create", "--org", "acme", "--name", "cli-past",
                               "--expires", yesterday, check=False)
    assert refused.returncode == 2 and "is in the past" in refused.stderr and not refused.stdout
    assert browser.post("/console/keys", {"name": "console-past", "expires": yesterday}).status_code == 400
    names = {k["name"] for k in json.loads(site.factory.cli(site.gateway.config_path, "keys", "list", "--org",
                                                            "acme", "--json").stdout)}
    assert "cli-past" not in names and "console-past" not in names


@pytest.fixture(scope="module")
def expired_key(site: ConsoleSite) -> str:
    """A key whose expiry has passed (the admin API, unlike the CLI and the console, takes any instant)."""
    response = site.gateway.admin("POST", "/keys", json={"org": "acme", "name": "long-gone",
                                                          "expires_at": "2020-01-01T00:00:00Z"})
    assert response.status_code == 201, response.text
    return response.json()["secret"]


def test_an_expired_key_is_told_so_in_openai_shape(site: ConsoleSite, expired_key: str) -> None:
    with pytest.raises(openai.AuthenticationError) as expired:
        site.gateway.client(expired_key).models.list()
    assert expired.value.status_code == 401
    assert expired.value.code == "api_key_expired" and expired.value.type == "invalid_request_error"
    assert expired.value.body["message"] == "API key expired. Ask your organization for a new key."
    with pytest.raises(openai.AuthenticationError) as unknown:  # an unknown key stays what it was
        site.gateway.client("tk-" + "0" * 40).models.list()
    assert unknown.value.code == "invalid_api_key" and "expired" not in str(unknown.value.body)


def test_an_expired_key_is_told_so_in_anthropic_and_peakprivacy_shape(site: ConsoleSite, expired_key: str) -> None:
    messages = httpx.post(site.base_url + "/v1/messages", headers={"x-api-key": expired_key,
                                                                   "anthropic-version": "2023-06-01"},
                          json={"model": "fake/echo", "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]})
    assert messages.status_code == 401
    assert messages.json() == {"type": "error", "error": {
        "type": "authentication_error", "message": "API key expired. Ask your organization for a new key."}}
    peak_headers = {"Api-token": expired_key, "X-Requested-With": "XMLHttpRequest", "Accept": "application/json"}
    peak = httpx.post(site.base_url + "/v1/ai/completions", headers=peak_headers,
                      json={"model": "fake/echo", "messages": [{"role": "user", "content": "hi"}]})
    assert peak.status_code == 401 and peak.json() == {"error": "API key expired"}
