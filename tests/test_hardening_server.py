"""The server's side of issue 14, over HTTP against real `tarnkappe serve` processes on 127.0.0.1:
slow clients and the connection cap, one body limit for every route, logs that no request can
forge, deep JSON, failed-authentication throttling, a readiness answer without the catalog,
private files, the first start's temporary key, and the protocol edge cases (null content, keys
compared exactly, an upstream's invalid UTF-8).

Slow-client tests are bounded by counts (lines or bytes sent before the server must have cut the
connection off), never by measuring how long something took."""

from __future__ import annotations

import asyncio
import logging
import itertools
import os
import re
import secrets
import socket
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from tests.gateways import Gateway, GatewayFactory

HEADER_TIMEOUT = 1.0
BODY_TIMEOUT = 2.0
MAX_BODY = 64 * 1024
FAILED_AUTH_PER_MINUTE = 5
STEP = 0.25  # seconds between two pieces a slow client sends
MAX_STEPS = 40  # 10 s of sending: far beyond both deadlines


def _models(upstream_url: str) -> list[dict[str, Any]]:
    common = {"provider": "openai", "base_url": upstream_url, "api_key": "${FAKE_UPSTREAM_KEY}", "region": "eu",
              "gdpr": True, "timeout": 10, "retries": 0}
    return [
        {"name": "fake/echo", "upstream_model": "echo", **common},
        {"name": "fake/bad-utf8", "upstream_model": "bad-utf8", **common},
        {"name": "fake/bad-utf8-first", "upstream_model": "bad-utf8-first", **common},
    ]


@pytest.fixture(scope="module")
def hard(gateways: GatewayFactory) -> Iterator[Gateway]:
    """A gateway with short deadlines, a small body limit and throttling, a fresh SQLite database
    and no key at all: it starts with a temporary key. Forwarded addresses from 127.0.0.1 are
    believed, so that each test can be a client of its own."""
    workdir = gateways.tmp.mktemp("hardening")
    config = gateways.config(
        f"sqlite:///{workdir}/tarnkappe.db",
        server={"log_level": "info", "header_timeout_seconds": HEADER_TIMEOUT, "body_timeout_seconds": BODY_TIMEOUT,
                "max_body_bytes": MAX_BODY, "failed_auth_per_minute": FAILED_AUTH_PER_MINUTE,
                "trusted_proxies": ["127.0.0.1"]},
        models=_models(gateways.upstream_url),
    )
    gateway = gateways.start(config, workdir)
    yield gateway
    gateway.stop()


@pytest.fixture(scope="module")
def key(hard: Gateway) -> str:
    """The temporary key, from the file whose path the first start printed."""
    match = re.search(r"written to (\S+), readable only by this user", hard.log_path.read_text())
    assert match, "the first start names the file that holds the temporary key"
    return Path(match.group(1)).read_text().strip()


_ADDRESSES = itertools.count(1)


def _ip() -> str:
    """A client address of its own (sent as X-Forwarded-For, believed from 127.0.0.1): a new one each
    call, from the benchmarking range 198.18.0.0/15 -- drawn at random from 250 addresses, two tests'
    failed attempts met on one address now and then and the second got the first's 429."""
    n = next(_ADDRESSES)
    return f"198.18.{n // 250}.{n % 250 + 1}"


def _chat(gateway: Gateway, key: str, body: dict[str, Any], **kwargs: Any) -> httpx.Response:
    return httpx.post(gateway.base_url + "/v1/chat/completions", json=body, timeout=30,
                      headers={"Authorization": f"Bearer {key}", **kwargs.pop("headers", {})}, **kwargs)


# --------------------------------------------------------------------------- slow clients


async def _slow_headers(port: int) -> tuple[int, bytes]:
    """Send a request's header lines one at a time; (lines sent, answer) once the server closes."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        for sent in range(1, MAX_STEPS + 1):
            await asyncio.sleep(STEP)
            if reader.at_eof():
                return sent, await reader.read()
            try:
                writer.write(f"X-Slow-{sent}: yes\r\n".encode())
                await writer.drain()
            except ConnectionError:
                return sent, await reader.read()
            try:
                answer = await asyncio.wait_for(reader.read(), 0.01)
                return sent, answer
            except asyncio.TimeoutError:
                pass
        return MAX_STEPS + 1, b""
    finally:
        writer.close()


async def _silent(port: int) -> tuple[int, bytes]:
    """Connect and send nothing."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for waited in range(1, MAX_STEPS + 1):
            try:
                return waited, await asyncio.wait_for(reader.read(), STEP)
            except asyncio.TimeoutError:
                pass
        return MAX_STEPS + 1, b""
    finally:
        writer.close()


async def _slow_body(port: int) -> tuple[int, bytes]:
    """Complete headers promising 1000 bytes, then one byte at a time."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 1000\r\n\r\n{")
        for sent in range(1, MAX_STEPS + 1):
            await asyncio.sleep(STEP)
            try:
                writer.write(b" ")
                await writer.drain()
            except ConnectionError:
                return sent, await reader.read()
            if reader.at_eof():
                return sent, await reader.read()
            try:
                return sent, await asyncio.wait_for(reader.read(), 0.01)
            except asyncio.TimeoutError:
                pass
        return MAX_STEPS + 1, b""
    finally:
        writer.close()


def test_slow_headers_and_silent_connections_are_cut_off(hard: Gateway) -> None:
    port = int(hard.base_url.rsplit(":", 1)[1])

    async def run() -> list[tuple[int, bytes]]:
        clients = [_slow_headers(port) for _ in range(10)] + [_silent(port) for _ in range(5)]
        return await asyncio.wait_for(asyncio.gather(*clients), 60)

    for steps, answer in asyncio.run(run()):
        assert steps <= MAX_STEPS, "a client that never completes its headers is not held forever"
        assert answer == b"" or answer.startswith(b"HTTP/1.1 408"), answer[:80]
    assert httpx.get(hard.base_url + "/healthz", timeout=10).status_code == 200, "normal clients still served"


def test_a_slow_body_is_cut_off(hard: Gateway) -> None:
    port = int(hard.base_url.rsplit(":", 1)[1])

    async def run() -> list[tuple[int, bytes]]:
        return await asyncio.wait_for(asyncio.gather(*[_slow_body(port) for _ in range(5)]), 60)

    for steps, answer in asyncio.run(run()):
        assert steps <= MAX_STEPS, "a body that never completes is not waited for forever"
        assert answer == b"" or answer.startswith(b"HTTP/1.1 408"), answer[:80]


def test_connections_beyond_the_cap_are_refused_at_once(gateways: GatewayFactory) -> None:
    config = gateways.config("sqlite:///tarnkappe.db", server={"log_level": "info", "max_connections": 8,
                                                               "header_timeout_seconds": 60},
                             accounts={"enabled": False}, models=[])
    gateway = gateways.start(config)
    port = int(gateway.base_url.rsplit(":", 1)[1])
    held = [socket.create_connection(("127.0.0.1", port)) for _ in range(8)]
    try:
        extra = socket.create_connection(("127.0.0.1", port))
        extra.settimeout(10)
        with extra:
            answer = extra.recv(4096)
            assert answer.startswith(b"HTTP/1.1 503"), answer[:80]
            assert extra.recv(4096) == b"", "and the connection is closed"
    finally:
        for sock in held:
            sock.close()
        for _ in range(50):  # the server sees the closes a moment later
            try:
                if httpx.get(gateway.base_url + "/healthz", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
        else:
            pytest.fail("the gateway did not serve again once the held connections closed")
        gateway.stop()


# --------------------------------------------------------------------------- body limit


def _declared_too_large(port: int, path: str, content_type: bytes) -> bytes:
    """Declare a 150 MB body, send 64 KB of it, read the answer."""
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.settimeout(10)
        sock.sendall(b"POST " + path.encode() + b" HTTP/1.1\r\nHost: x\r\nContent-Type: " + content_type
                     + b"\r\nContent-Length: 150000000\r\n\r\n" + b"x" * 65536)
        answer = b""
        while b"\r\n\r\n" not in answer or len(answer) < answer.index(b"\r\n\r\n") + 20:
            piece = sock.recv(65536)
            if not piece:
                break
            answer += piece
        return answer


@pytest.mark.parametrize(("path", "content_type", "shape"), [
    ("/console/login", b"multipart/form-data; boundary=x", b"text/plain"),
    ("/v1/chat/completions", b"application/json", b'"code":"request_too_large"'),
    ("/v1/ai/completions", b"application/json", b'{"error":"The request body is larger'),
    ("/admin/orgs", b"application/json", b'"type":"invalid_request_error"'),
])
def test_every_route_refuses_a_declared_oversized_body_before_reading_it(hard: Gateway, path: str,
                                                                         content_type: bytes, shape: bytes) -> None:
    answer = _declared_too_large(int(hard.base_url.rsplit(":", 1)[1]), path, content_type)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert shape in answer, answer[:400]


def test_a_chunked_console_body_is_cut_off_at_the_limit(hard: Gateway) -> None:
    def body() -> Iterator[bytes]:
        yield b"--x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\n"
        for _ in range(8):  # 512 KB: past the limit, though not in one piece
            yield b"a" * 65536
        yield b"\r\n--x--\r\n"

    answer = httpx.post(hard.base_url + "/console/login", content=body(), timeout=30,
                        headers={"Content-Type": "multipart/form-data; boundary=x"})
    assert answer.status_code == 413
    assert "larger than the gateway's limit" in answer.text


# --------------------------------------------------------------------------- logs


def test_control_characters_of_a_request_never_reach_the_log_raw(hard: Gateway) -> None:
    """The access log shows a route's template, never the values in a path (a path can carry an
    e-mail address), and a path no route matched not at all; what is logged has every control
    and line-separator character escaped."""
    from tarnkappe.logs import LogfmtFormatter

    marker = secrets.token_hex(4)
    forged = f"%0D%0Atime=0%20level=error%20msg=forged%1B%5B31m%E2%80%A8%C2%85%E2%80%AE{marker}"
    headers = {"Authorization": "Bearer nobody"}
    assert httpx.get(hard.base_url + f"/v1/{forged}", timeout=10).status_code == 404
    assert httpx.get(hard.base_url + f"/v1/models/anna.meier@example.ch-{marker}%1B%5B31m", headers=headers,
                     timeout=10).status_code == 401
    text = ""
    for _ in range(100):  # the lines are written as the answers go out: a moment later, perhaps
        text = hard.log_path.read_bytes().decode("utf-8")
        if "GET /v1/models/{model_id:path} 401" in text and "GET (no route) 404" in text:
            break
        time.sleep(0.05)
    assert "GET /v1/models/{model_id:path} 401" in text and "GET (no route) 404" in text
    assert marker not in text and "anna.meier" not in text, "no value of a path is logged"
    for raw in ("\r", "\x1b", "\u2028", "\x85", "\u202e"):
        assert raw not in text, f"{raw!r} written raw into the log"

    # Every field is escaped, wherever a value comes from.
    record = logging.LogRecord("tarnkappe.access", logging.INFO, __file__, 1, "GET %s", ("/x\r\nlevel=error\x1b[31m\u2028\x85\u202e",), None)
    line = LogfmtFormatter().format(record)
    assert "\\r\\nlevel=error\\x1b[31m\\u2028\\x85\\u202e" in line, line
    for raw in ("\r", "\n", "\x1b", "\u2028", "\x85", "\u202e"):
        assert raw not in line


def test_an_exception_is_logged_with_type_and_place_never_its_message() -> None:
    # Unit level: every 500 goes through one of these two (the dialects' render_error ->
    # log_unexpected, or uvicorn's "Exception in ASGI application" record -> the formatter).
    from tarnkappe.logs import LogfmtFormatter
    from tarnkappe.logs import log_unexpected

    def failing() -> None:
        raise ValueError("secret prompt text")

    try:
        failing()
    except ValueError as exc:
        error = exc
    record = logging.LogRecord("uvicorn.error", logging.ERROR, __file__, 1, "Exception in ASGI application\n",
                               None, (ValueError, error, error.__traceback__))
    line = LogfmtFormatter().format(record)
    assert "error=ValueError" in line and "secret" not in line
    assert re.search(r'where="test_hardening_server\.py:\d+ failing < test_hardening_server\.py:\d+ ', line), line

    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger("tarnkappe.errors")
    logger.addHandler(handler)
    try:
        log_unexpected(error)
    finally:
        logger.removeHandler(handler)
    line = LogfmtFormatter().format(records[0])
    assert "error=ValueError" in line and "failing" in line and "secret" not in line, line


# --------------------------------------------------------------------------- deep JSON


def _nested(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {"type": "string"}
    for _ in range(depth):
        value = {"type": "object", "properties": {"a": value}}
    return value


def test_a_deeply_nested_tool_schema_is_a_400_naming_the_field(hard: Gateway, key: str) -> None:
    # Written by hand: no JSON library here writes 1000 levels.
    parameters = '{"type":"object","properties":{"a":' * 500 + '{"type":"string"}' + "}}" * 500
    body = ('{"model":"fake/echo","messages":[{"role":"user","content":"hi"}],'
            '"tools":[{"type":"function","function":{"name":"f","parameters":' + parameters + "}}]}")
    answer = httpx.post(hard.base_url + "/v1/chat/completions", content=body, timeout=30,
                        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
    assert answer.status_code == 400, answer.text
    error = answer.json()["error"]
    assert error["param"] == "tools[0].function.parameters"
    assert "nested deeper than" in error["message"]
    shallow = [{"type": "function", "function": {"name": "f", "parameters": _nested(5)}}]
    assert _chat(hard, key, {"model": "fake/echo", "messages": [{"role": "user", "content": "hi"}],
                             "tools": shallow}).status_code == 200


def test_deep_json_in_anonymized_fields_is_refused_or_restored_not_crashed() -> None:
    from tarnkappe.gateway import anonymization, json_values

    deep: Any = "x"
    for _ in range(2000):
        deep = [deep]
    with pytest.raises(anonymization.InvalidRequest):
        json_values.json_strings(deep, [])
    text = "[" * 5000 + "]" * 5000
    assert json_values.map_json_strings(text, str.upper) == text, "too deep to walk: restored as text"


# --------------------------------------------------------------------------- keys


def test_failed_authentications_are_throttled_per_address(hard: Gateway, key: str) -> None:
    attacker, bystander = _ip(), _ip()
    while bystander == attacker:
        bystander = _ip()
    url = hard.base_url + "/v1/models"
    statuses = []
    for _ in range(FAILED_AUTH_PER_MINUTE + 3):
        answer = httpx.get(url, timeout=10, headers={"Authorization": f"Bearer tk-{secrets.token_urlsafe(32)}",
                                                     "X-Forwarded-For": attacker})
        statuses.append(answer.status_code)
    assert statuses == [401] * FAILED_AUTH_PER_MINUTE + [429] * 3
    assert answer.json()["error"]["code"] == "too_many_failed_authentications"
    assert int(answer.headers["retry-after"]) >= 1
    peak = httpx.get(hard.base_url + "/v1/ai/models", timeout=10,
                     headers={"Api-token": secrets.token_hex(16), "X-Forwarded-For": attacker})
    assert peak.status_code == 429 and set(peak.json()) == {"error"}, "PeakPrivacy's shape"
    other = httpx.get(url, timeout=10, headers={"Authorization": "Bearer tk-nope", "X-Forwarded-For": bystander})
    assert other.status_code == 401, "another address is not held up"
    mine = httpx.get(url, timeout=10, headers={"Authorization": f"Bearer {key}", "X-Forwarded-For": attacker})
    assert mine.status_code == 200, "a known key is never held up"


def test_keys_are_compared_exactly(hard: Gateway, key: str) -> None:
    url = hard.base_url + "/v1/models"
    assert httpx.get(url, headers={"Authorization": f"Bearer {key}"}, timeout=10).status_code == 200
    for suffix in (b"\xa0", b"\xc2\xa0"):
        answer = httpx.get(url, headers={"Authorization": b"Bearer " + key.encode() + suffix,
                                         "X-Forwarded-For": _ip()}, timeout=10)
        assert answer.status_code == 401, suffix


def test_the_temporary_key_of_a_first_start_is_not_in_the_log(hard: Gateway, key: str) -> None:
    assert key.startswith("tk-")
    assert key not in hard.log_path.read_text()
    path = re.search(r"written to (\S+), readable", hard.log_path.read_text()).group(1)  # type: ignore[union-attr]
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_the_temporary_key_file_is_removed_when_the_gateway_stops(gateways: GatewayFactory) -> None:
    workdir = gateways.tmp.mktemp("first-start")
    gateway = gateways.start(gateways.config(f"sqlite:///{workdir}/tarnkappe.db", server={"log_level": "info"},
                                             models=_models(gateways.upstream_url)), workdir)
    path = Path(re.search(r"written to (\S+), readable", gateway.log_path.read_text()).group(1))  # type: ignore[union-attr]
    assert path.exists()
    gateway.stop()  # SIGTERM, as systemd or Kubernetes stop it
    assert gateway.shut_down_cleanly()
    assert not path.exists(), "a stopped gateway's temporary key must not stay behind"


# --------------------------------------------------------------------------- readiness, files


def test_readiness_names_no_model(hard: Gateway) -> None:
    answer = httpx.get(hard.base_url + "/readyz", timeout=10)
    assert answer.status_code == 200
    assert answer.json() == {"status": "ready", "checks": {"models": True, "storage": True}}
    assert "fake/" not in answer.text


def test_the_database_and_its_wal_files_are_private(hard: Gateway, key: str) -> None:
    assert _chat(hard, key, {"model": "fake/echo", "messages": [{"role": "user", "content": "hi"}]}).status_code == 200
    for name in ("tarnkappe.db", "tarnkappe.db-wal", "tarnkappe.db-shm"):
        path = hard.workdir / name
        assert path.exists(), name
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, f"{name} is {oct(path.stat().st_mode)}"


# --------------------------------------------------------------------------- protocol edge cases


@pytest.mark.parametrize("message", [
    {"role": "user", "content": None},
    {"role": "user"},
    {"role": "system", "content": None},
    {"role": "assistant", "content": None},
])
def test_null_content_is_a_400_except_for_an_assistant_calling_tools(hard: Gateway, key: str,
                                                                     message: dict[str, Any]) -> None:
    messages = [message, {"role": "user", "content": "hi"}] if message["role"] != "user" else [message]
    answer = _chat(hard, key, {"model": "fake/echo", "messages": messages})
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["param"] == "messages[0]"


def test_null_content_of_an_assistant_with_tool_calls_is_fine(hard: Gateway, key: str) -> None:
    messages = [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": None,
         "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "done"},
    ]
    assert _chat(hard, key, {"model": "fake/echo", "messages": messages}).status_code == 200


def test_invalid_utf8_from_an_upstream_is_its_fault(hard: Gateway, key: str) -> None:
    body = {"messages": [{"role": "user", "content": "hi"}], "stream": True}
    before = _chat(hard, key, {"model": "fake/bad-utf8-first", **body})
    assert before.status_code == 502, before.text
    assert before.json()["error"]["code"] == "upstream_error"
    after = _chat(hard, key, {"model": "fake/bad-utf8", **body})
    assert after.status_code == 200
    events = [line[6:] for line in after.text.split("\n") if line.startswith("data: ")]
    assert events[-1] != "[DONE]", "a broken stream never ends like a complete one"
    assert orjson.loads(events[-1])["error"]["code"] == "upstream_error"
    assert "internal_error" not in after.text


def test_events_before_invalid_utf8_in_the_same_read_still_go_out() -> None:
    from tarnkappe.providers.sse_decoder import SSEDecoder

    decoder = SSEDecoder()
    events = decoder.feed(b"data: a\n\ndata: b\n\ndata: \xff\n\n")
    assert [e.data for e in events] == ["a", "b"]
    with pytest.raises(UnicodeDecodeError):
        decoder.end()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))


async def _kept_alive_then(port: int, second: bytes, trickle: bytes) -> tuple[float, bytes]:
    """A complete request on a connection, then `second` (an incomplete request) followed by one
    `trickle` piece per STEP: (seconds from `second` until the server closed, what it sent after
    the first answer)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        first = await reader.readuntil(b"\r\n\r\n")
        length = int(next(line.split(b":")[1] for line in first.split(b"\r\n")
                          if line.lower().startswith(b"content-length")))
        await reader.readexactly(length)
        started = time.monotonic()
        writer.write(second)
        for _ in range(MAX_STEPS):
            await asyncio.sleep(STEP)
            if reader.at_eof():
                break
            try:
                writer.write(trickle)
                await writer.drain()
            except ConnectionError:
                break
            try:
                answer = await asyncio.wait_for(reader.read(), 0.01)
                return time.monotonic() - started, answer
            except TimeoutError:
                pass
        return time.monotonic() - started, await reader.read()
    finally:
        writer.close()


def test_a_kept_alive_connections_next_request_has_the_same_deadlines(hard: Gateway) -> None:
    """A second request on a kept-alive connection whose headers, or body, trickle in is cut off
    after the same deadlines as a connection's first request (server/protocol.py)."""
    port = int(hard.base_url.rsplit(":", 1)[1])

    async def run() -> list[tuple[float, bytes]]:
        return await asyncio.wait_for(asyncio.gather(
            _kept_alive_then(port, b"GET /healthz HTTP/1.1\r\n", b"X-Slow: yes\r\n"),
            _kept_alive_then(port, b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
                                   b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{", b" "),
        ), 60)

    (header_wait, header_answer), (body_wait, body_answer) = asyncio.run(run())
    assert HEADER_TIMEOUT <= header_wait < HEADER_TIMEOUT + 3 * STEP + 1, header_wait
    assert header_answer == b"" or header_answer.startswith(b"HTTP/1.1 408"), header_answer[:80]
    assert BODY_TIMEOUT <= body_wait < BODY_TIMEOUT + 3 * STEP + 1, body_wait
    assert body_answer == b"" or body_answer.startswith(b"HTTP/1.1 408"), body_answer[:80]
