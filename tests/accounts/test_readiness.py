"""/readyz says whether the accounts database answers, not only whether the gateway started."""

from __future__ import annotations

import asyncio
import secrets

import httpx
import pytest

from tests.accounts.conftest import PG_ADMIN_URL, _pg_create, _pg_drop
from tests.gateways import GatewayFactory


def test_readyz_reports_a_lost_database(gateways: GatewayFactory) -> None:
    name = "tk_test_" + secrets.token_hex(6)
    try:
        asyncio.run(_pg_create(name))
    except Exception as exc:  # noqa: BLE001 - any failure means: no usable server here
        pytest.skip(f"PostgreSQL not reachable at {PG_ADMIN_URL} ({type(exc).__name__})")
    url = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://") + "/" + name
    gateway = gateways.start(gateways.config(url), gateways.tmp.mktemp("ready"))
    try:
        ready = httpx.get(gateway.base_url + "/readyz", timeout=10)
        assert ready.status_code == 200 and ready.json()["checks"]["storage"] is True
        asyncio.run(_pg_drop(name))  # WITH (FORCE): the gateway's connections are cut
        lost = httpx.get(gateway.base_url + "/readyz", timeout=10)
        assert lost.status_code == 503
        assert lost.json()["checks"]["storage"] is False
        assert httpx.get(gateway.base_url + "/healthz", timeout=10).status_code == 200, "alive, not ready"
    finally:
        gateway.stop()
        asyncio.run(_pg_drop(name))
