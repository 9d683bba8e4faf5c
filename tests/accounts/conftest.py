"""Fixtures for the accounts tests: a real PostgreSQL database and a real Redis key prefix per test
session (skipped with the reason when the server is not on 127.0.0.1), gateway processes with
accounts on, and the `tarnkappe` command line."""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import Iterator

import pytest

from tests.gateways import ADMIN_KEY, Gateway, GatewayFactory, account_models  # noqa: F401

PG_ADMIN_URL = os.environ.get("TK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("TK_TEST_REDIS", "redis://127.0.0.1:6379/0")


async def _pg_create(name: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(PG_ADMIN_URL, timeout=3)
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


async def _pg_drop(name: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(PG_ADMIN_URL, timeout=3)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, dropped at the end."""
    name = "tk_test_" + secrets.token_hex(6)
    try:
        asyncio.run(_pg_create(name))
    except Exception as exc:  # noqa: BLE001 - any failure means: no usable server here
        pytest.skip(f"PostgreSQL not reachable at {PG_ADMIN_URL} ({type(exc).__name__}: {exc})")
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}".replace("postgresql://", "postgresql+asyncpg://")
    finally:
        asyncio.run(_pg_drop(name))


async def _redis_ping() -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(REDIS_URL, socket_connect_timeout=3)
    try:
        await client.ping()
    finally:
        await client.aclose()


async def _redis_clean(prefix: str) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(REDIS_URL)
    try:
        keys = [key async for key in client.scan_iter(match=prefix + "*", count=1000)]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()


@pytest.fixture(scope="session")
def redis_prefix() -> Iterator[str]:
    """A key prefix of this test session on the real Redis; its keys are deleted at the end."""
    try:
        asyncio.run(_redis_ping())
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"Redis not reachable at {REDIS_URL} ({type(exc).__name__}: {exc})")
    prefix = f"tk-test-{secrets.token_hex(6)}:"
    try:
        yield prefix
    finally:
        asyncio.run(_redis_clean(prefix))


def unique(name: str) -> str:
    return f"{name}-{secrets.token_hex(4)}"
