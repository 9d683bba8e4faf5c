"""How many of Tarnkappe's source files one request runs through — the cost of following it.

    python bench/files_per_request.py [--list]

Method: the application is built from a configuration (a fake OpenAI upstream on 127.0.0.1, the
accounts on SQLite where asked), its lifespan started, and one request of each kind sent straight
to the ASGI application, once to warm up and once measured under `sys.setprofile`: every Tarnkappe
source file in which a Python function is called while the measured request is served counts once
(start-up, imports and the fake upstream do not). "Returns" counts how often the request comes back
to a file it had already left — the back and forth a reader follows.

Run it with PYTHONPATH pointing at another revision's src/ to compare (bench/ab.py's `extract`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests.fakes

from tests.fakes.openai_upstream import UPSTREAM_KEY, FakeOpenAI, ServerThread  # noqa: E402

KEY = "tk-files-per-request-0123456789abcdef"


async def lifespan(app: Any) -> tuple[asyncio.Queue[dict[str, Any]], asyncio.Task[None]]:
    inbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    outbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    task = asyncio.create_task(app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}},
                                   inbox.get, outbox.put))
    await inbox.put({"type": "lifespan.startup"})
    message = await outbox.get()
    assert message["type"] == "lifespan.startup.complete", message
    return inbox, task


async def request(app: Any, path: str, body: dict[str, Any], headers: dict[str, str]) -> tuple[int, bytes]:
    raw = json.dumps(body).encode()
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "path": path,
             "raw_path": path.encode(), "root_path": "", "query_string": b"", "scheme": "http",
             "server": ("127.0.0.1", 8080), "client": ("127.0.0.1", 50000), "state": {},
             "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode()),
                         *((k.encode(), v.encode()) for k, v in headers.items())]}
    sent = [{"type": "http.request", "body": raw, "more_body": False}]
    status, chunks = 0, []

    async def receive() -> dict[str, Any]:
        if sent:
            return sent.pop()
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    return status, b"".join(chunks)


def traced(files: list[str]) -> Any:
    def profile(frame: Any, event: str, arg: Any) -> None:
        if event == "call":
            name = frame.f_code.co_filename
            if "/tarnkappe/" in name and (not files or files[-1] != name):
                files.append(name)
    return profile


async def measure(accounts: bool, stream: bool, anonymize: bool, listing: bool) -> tuple[int, int]:
    from tarnkappe.app import create_app
    from tarnkappe.config import parse_settings

    fake = FakeOpenAI()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with ServerThread(fake.app, port) as server, tempfile.TemporaryDirectory() as where:
        upstream = f"http://127.0.0.1:{server.port}/v1"
        raw = {
            "server": {"log_level": "warning"},
            "api_keys": [{"name": "bench", "key": KEY}],
            "models": [{"name": "fake/echo", "provider": "openai", "base_url": upstream, "api_key": UPSTREAM_KEY,
                        "upstream_model": "echo", "region": "eu", "gdpr": True}],
            "accounts": {"enabled": accounts},
            "database": {"url": f"sqlite:///{where}/tk.db"},
            "console": {"enabled": False},
        }
        app = create_app(parse_settings(raw, "bench", {}))
        inbox, task = await lifespan(app)
        body: dict[str, Any] = {"model": "fake/echo", "stream": stream,
                                "messages": [{"role": "user", "content": "Grüezi, hier ist Anna Meier aus Bern."}]}
        if anonymize:
            body["anonymize"] = True
        headers = {"authorization": f"Bearer {KEY}"}
        status, _ = await request(app, "/v1/chat/completions", body, headers)  # warm-up: caches, pools
        assert status == 200, status
        files: list[str] = []
        sys.setprofile(traced(files))
        try:
            status, _ = await request(app, "/v1/chat/completions", body, headers)
        finally:
            sys.setprofile(None)
        assert status == 200, status
        await inbox.put({"type": "lifespan.shutdown"})
        await task
    distinct = list(dict.fromkeys(files))
    returns = len(files) - len(distinct)
    if listing:
        root = distinct[0].split("/tarnkappe/")[0] + "/tarnkappe/" if distinct else ""
        print("   ", " → ".join(f.removeprefix(root) for f in distinct))
    return len(distinct), returns


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print the files, in the order first entered")
    args = parser.parse_args()
    for accounts, stream, anonymize, label in [
        (False, False, False, "plain chat"), (True, False, False, "plain chat, accounts on"),
        (False, True, False, "streamed"), (True, True, False, "streamed, accounts on"),
        (True, False, True, "anonymized, accounts on"),
    ]:
        count, returns = asyncio.run(measure(accounts, stream, anonymize, args.list))
        print(f"{label:28} {count:3} files, {returns:3} returns to a file already left")


if __name__ == "__main__":
    main()
