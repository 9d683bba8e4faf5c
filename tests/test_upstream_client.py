"""The upstream calls' lean HTTP client (providers/upstream_client.py, issue 18) against aiohttp's,
over the same generated answers from a scripted server: framing by length, by chunks (cut anywhere)
or by the connection's end, gzip and deflate, status codes, headers, keep-alive or not, written in
random pieces — both clients must read the same status, headers and body, whole and piece by piece;
and broken answers (cut before the head, within the body, malformed) must fail both, in the classes
UpstreamHTTP maps (payload, disconnect, timeout)."""

from __future__ import annotations

import asyncio
import functools
import gzip
import random
import zlib
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import pytest
import uvloop

from tarnkappe.providers.upstream_client import UpstreamClient, parse_target


class Script:
    """What the server answers to each request: its pieces, then whether it closes."""

    def __init__(self) -> None:
        self.answers: list[tuple[list[bytes], bool]] = []
        self.requests: list[bytes] = []
        self.connections = 0


async def serve(script: Script) -> tuple[asyncio.AbstractServer, int]:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        script.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                script.requests.append(head + await reader.readexactly(length))
                pieces, close = script.answers.pop(0)
                for piece in pieces:
                    writer.write(piece)
                    await writer.drain()
                    await asyncio.sleep(0)
                if close:
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


def sync(test: Callable[..., Awaitable[None]]) -> Callable[..., None]:
    """The test run in uvloop, as the gateway runs."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        uvloop.run(test(*args, **kwargs))

    return run


def cut(data: bytes, rng: random.Random) -> list[bytes]:
    pieces = []
    while data:
        size = rng.choice([1, 2, 7, 50, 1000, len(data)])
        pieces.append(data[:size])
        data = data[size:]
    return pieces


def answer(rng: random.Random) -> tuple[bytes, bool, int, bytes, dict[str, str]]:
    """(the answer's bytes, whether the connection closes after it, status, body, headers)."""
    body = bytes(rng.randrange(256) for _ in range(rng.choice([0, 1, 30, 500, 5000])))
    status = rng.choice([200, 200, 200, 201, 400, 401, 429, 500, 503])
    headers = {"Content-Type": rng.choice(["application/json", "text/event-stream"]), "Retry-After": "3",
               "X-Thing": "Mixed Case"}
    sent = body
    coding = rng.choice([None, None, "gzip", "deflate"])
    if coding == "gzip":
        sent = gzip.compress(body)
        headers["Content-Encoding"] = "gzip"
    elif coding == "deflate":
        sent = zlib.compress(body)
        headers["Content-Encoding"] = "deflate"
    framing = rng.choice(["length", "chunked", "close"])
    close = framing == "close" or rng.random() < 0.2
    if framing == "length":
        headers["Content-Length"] = str(len(sent))
        payload = sent
    elif framing == "chunked":
        headers["Transfer-Encoding"] = "chunked"
        payload = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in cut(sent, rng) if p) + b"0\r\n\r\n"
    else:
        payload = sent
    if close:
        headers["Connection"] = "close"
    head = f"HTTP/1.1 {status} X\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    return head.encode() + payload, close, status, body, headers


async def aiohttp_read(session: aiohttp.ClientSession, url: str, whole: bool) -> tuple[int, dict[str, str], bytes]:
    async with session.post(url, data=b'{"a":1}', headers={"Content-Type": "application/json"}) as response:
        body = await response.read() if whole else b"".join([p async for p in response.content.iter_any()])
        return response.status, dict(response.headers), body


async def lean_read(client: UpstreamClient, url: str, whole: bool) -> tuple[int, dict[str, str], bytes]:
    target = parse_target(url)
    assert target is not None
    response = await client.post(target, b'{"a":1}', {"Content-Type": "application/json"}, total=10)
    try:
        body = await response.read() if whole else b"".join([p async for p in response.iter_any()])
        return response.status, dict(response.headers), body
    finally:
        response.release()


@pytest.mark.parametrize("seed", range(4))
@sync
async def test_the_same_answers_as_aiohttp(seed: int) -> None:
    rng = random.Random(seed)
    script = Script()
    server, port = await serve(script)
    url = f"http://127.0.0.1:{port}/v1/chat/completions?x=1"
    client = UpstreamClient()
    try:
        async with aiohttp.ClientSession() as session:
            for _ in range(60):
                raw, close, status, body, headers = answer(rng)
                whole = rng.random() < 0.5
                results = []
                script.answers.append((cut(raw, rng), close))
                results.append(await aiohttp_read(session, url, whole))
                script.answers.append((cut(raw, rng), close))
                results.append(await lean_read(client, url, whole))
                (a_status, a_headers, a_body), (l_status, l_headers, l_body) = results
                assert l_status == a_status == status
                assert l_body == a_body == body
                for name in headers:
                    assert l_headers[name.lower()] == headers[name]
                    assert a_headers[name] == headers[name]
                first, second = script.requests[-2:]
                assert second.endswith(b'\r\n\r\n{"a":1}') and first.endswith(b'{"a":1}')
                assert b"POST /v1/chat/completions?x=1 HTTP/1.1\r\n" in second
                assert f"\r\nHost: 127.0.0.1:{port}\r\n".encode() in second
                assert b"\r\nContent-Type: application/json\r\n" in second
    finally:
        await client.close()
        server.close()


@sync
async def test_connections_are_kept_alive_and_reused() -> None:
    script = Script()
    server, port = await serve(script)
    url = f"http://127.0.0.1:{port}/x"
    client = UpstreamClient()
    ok = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
    try:
        for _ in range(5):
            script.answers.append(([ok], False))
            assert (await lean_read(client, url, True))[2] == b"ok"
        assert script.connections == 1
        script.answers.append(([b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"], True))
        await lean_read(client, url, True)
        script.answers.append(([ok], False))
        await lean_read(client, url, True)
        assert script.connections == 2
        # An informational answer first is skipped; a second answer to one request is not read,
        # and its connection is not used again.
        script.answers.append(([b"HTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\n" + ok], False))
        assert await lean_read(client, url, True) == (200, {"content-length": "2"}, b"ok")
        script.answers.append(([ok + b"HTTP/1.1 500 No\r\nContent-Length: 3\r\n\r\nbad"], False))
        assert (await lean_read(client, url, True))[2] == b"ok"
        script.answers.append(([ok], False))
        assert (await lean_read(client, url, True))[2] == b"ok"
        assert script.connections == 3
    finally:
        await client.close()
        server.close()


BROKEN = [
    ([b""], aiohttp.ServerDisconnectedError),  # closed before any answer
    ([b"HTTP/1.1 200 OK\r\nContent-Le"], aiohttp.ServerDisconnectedError),  # within the head
    ([b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"], aiohttp.ClientPayloadError),  # body cut
    ([b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n"], aiohttp.ClientPayloadError),
    # malformed: aiohttp's class depends on where its parser sees it; both are client errors
    ([b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n"], aiohttp.ClientError),
]


@pytest.mark.parametrize(("pieces", "error"), BROKEN)
@pytest.mark.parametrize("whole", [True, False])
@sync
async def test_broken_answers_fail_both_alike(pieces: list[bytes], error: type[Exception], whole: bool) -> None:
    script = Script()
    server, port = await serve(script)
    url = f"http://127.0.0.1:{port}/x"
    client = UpstreamClient()
    try:
        async with aiohttp.ClientSession() as session:
            for read in (lambda: aiohttp_read(session, url, whole), lambda: lean_read(client, url, whole)):
                script.answers.append((pieces, True))
                with pytest.raises(error):
                    await read()
    finally:
        await client.close()
        server.close()


@sync
async def test_timeouts_and_unreachable() -> None:
    script = Script()
    server, port = await serve(script)
    client = UpstreamClient()
    target = parse_target(f"http://127.0.0.1:{port}/x")
    assert target is not None
    try:
        script.answers.append(([], False))  # never answers
        with pytest.raises(TimeoutError):
            await client.post(target, b"{}", {}, total=0.2)
        script.answers.append(([b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n"], False))
        response = await client.post(target, b"{}", {}, sock_read=0.3)
        pieces: list[bytes] = []
        with pytest.raises(aiohttp.ServerTimeoutError):
            async for piece in response.iter_any():
                pieces.append(piece)
        response.release()
        assert pieces == [b"a"]
        server.close()
        await server.wait_closed()
        gone = parse_target(f"http://127.0.0.1:{port}/x")
        assert gone is not None
        with pytest.raises(aiohttp.ClientConnectorError):
            await client.post(gone, b"{}", {}, total=2)
    finally:
        await client.close()


@sync
async def test_a_slow_reader_pauses_the_socket() -> None:
    script = Script()
    server, port = await serve(script)
    client = UpstreamClient()
    target = parse_target(f"http://127.0.0.1:{port}/x")
    assert target is not None
    big = b"x" * 1_000_000
    try:
        script.answers.append(([b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(big), big], False))
        response = await client.post(target, b"{}", {}, sock_read=5)
        await asyncio.sleep(0.2)
        assert response._size <= 2**16 + 2**18  # paused near the limit, not the whole megabyte
        got = b""
        async for piece in response.iter_any():
            got += piece
        response.release()
        assert got == big
    finally:
        await client.close()
        server.close()


@pytest.mark.parametrize("url", ["http://u:p@h/x", "http://h/a b", "ftp://h/x", "http://h/a/../b", "http://h/x#f",
                                 "http://h:99999/x", "http://h/é"])
def test_urls_left_to_aiohttp(url: str) -> None:
    assert parse_target(url) is None

