"""`GET /` is a page for a person, over HTTP against the running gateway: it points to the console
(only where one is served) and to every API base URL, and names nothing of the configuration."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.conftest import RunningGateway
from tests.gateways import GatewayFactory

BASE_PATHS = ("/v1", "/api/openai/v1", "/v1/ai", "/v1/messages")


def test_root_is_a_page_with_the_base_urls(gateway: RunningGateway) -> None:
    response = httpx.get(gateway.base_url + "/", timeout=10)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    for path in BASE_PATHS:
        assert f"<code>{gateway.base_url}{path}</code>" in page
    assert 'href="/openapi.json"' in page
    assert 'href="/console/"' in page  # accounts are on by default, and with them the console
    assert "fake/echo" not in page  # the catalog is not the public's business
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src" not in policy
    assert response.headers["x-frame-options"] == "DENY"


def test_the_console_link_leads_to_the_sign_in(gateway: RunningGateway) -> None:
    console = httpx.get(gateway.base_url + "/console/", timeout=10, follow_redirects=True)
    assert console.status_code == 200 and "/console/login" in str(console.url)


def test_without_accounts_the_page_says_there_is_no_console(gateways: GatewayFactory, tmp_path: Path) -> None:
    config = gateways.config("sqlite:///tarnkappe.db", accounts={"enabled": False}, models=[])
    gateway = gateways.start(config, tmp_path)
    try:
        page = httpx.get(gateway.base_url + "/", timeout=10)
        assert page.status_code == 200
        assert 'href="/console/"' not in page.text and "serves no web console" in page.text
    finally:
        gateway.stop()


def test_the_host_header_is_escaped(gateway: RunningGateway) -> None:
    response = httpx.get(gateway.base_url + "/", headers={"host": 'x"><b>y'}, timeout=10)
    assert response.status_code in (200, 400)
    assert "<b>y" not in response.text
