"""The hot endpoints read the caller's key and the body straight from ASGI (server/http.py): the
key is the one `api_key_from_headers` finds in Starlette's `Headers` for any header list, and the
body is the one Starlette's `Request.stream()` delivers, with the same limit and disconnects."""

from __future__ import annotations

import asyncio
import random
from typing import Any

import pytest
from starlette.datastructures import Headers
from starlette.requests import Request

from tarnkappe.core.errors import PayloadTooLarge
from tarnkappe.server.http import ClientDisconnected, api_key_from_headers, api_key_from_scope, read_body

_NAMES = [b"authorization", b"api-key", b"api-token", b"content-type", b"x-api-key", b"authorizations"]
_VALUES = [b"Bearer tk-abc", b"bearer  tk-def \t", b"Basic Zm9v", b"Bearer", b"Bearer ", b"tk-raw", b"  tk-sp  ",
           b"", b"Bearer tk-\xe9\xa0", b"\tBearer\ttk-tab", b"BEARER tk-up", b"Bearer tk-x\xa0"]


def test_the_key_from_the_scope_is_the_key_from_the_headers() -> None:
    rng = random.Random(11)
    for _ in range(5000):
        raw = [(rng.choice(_NAMES), rng.choice(_VALUES)) for _ in range(rng.randint(0, 6))]
        scope = {"type": "http", "headers": raw}
        assert api_key_from_scope(scope) == api_key_from_headers(Headers(scope=scope)), raw


def _request(messages: list[dict[str, Any]], headers: list[tuple[bytes, bytes]] | None = None) -> Request:
    queue = list(messages)

    async def receive() -> dict[str, Any]:
        if queue:
            return queue.pop(0)
        await asyncio.sleep(3600)
        raise AssertionError("read past the body")

    return Request({"type": "http", "method": "POST", "path": "/", "headers": headers or []}, receive)


async def _starlette_body(messages: list[dict[str, Any]]) -> bytes:
    chunks = [chunk async for chunk in _request(messages).stream()]
    return b"".join(chunks)


@pytest.mark.parametrize("seed", range(3))
def test_the_body_is_the_one_starlette_reads(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(300):
        parts = [bytes(rng.randrange(256) for _ in range(rng.choice([0, 1, 5, 100]))) for _ in range(rng.randint(1, 5))]
        messages = [{"type": "http.request", "body": part, "more_body": i < len(parts) - 1}
                    for i, part in enumerate(parts)]
        if rng.random() < 0.2:
            del messages[-1]["more_body"]  # absent means the last one, as False does
        expected = asyncio.run(_starlette_body(messages))
        assert asyncio.run(read_body(_request(messages), 1 << 20)) == expected


def test_limits_and_disconnects() -> None:
    big = [{"type": "http.request", "body": b"x" * 60, "more_body": True},
           {"type": "http.request", "body": b"x" * 60, "more_body": False}]
    with pytest.raises(PayloadTooLarge):
        asyncio.run(read_body(_request(big), 100))  # counted as it arrives
    with pytest.raises(PayloadTooLarge):  # declared: refused before reading
        asyncio.run(read_body(_request([], [(b"content-length", b"101")]), 100))
    assert asyncio.run(read_body(_request(big[:1] + big[1:], [(b"content-length", b"120")]), 120)) == b"x" * 120
    gone = [{"type": "http.request", "body": b"{", "more_body": True}, {"type": "http.disconnect"}]
    with pytest.raises(ClientDisconnected):
        asyncio.run(read_body(_request(gone), 100))
