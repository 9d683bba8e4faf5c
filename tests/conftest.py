"""Shared fixtures: a fake OpenAI upstream on 127.0.0.1 and the gateway itself, started as a real
`tarnkappe serve` process, with the official `openai` SDK as the client."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import yaml
from openai import OpenAI

from tests.fakes.openai_upstream import UPSTREAM_KEY, FakeOpenAI, ServerThread

GATEWAY_KEY = "tk-test-" + os.urandom(8).hex()
MAX_BODY_BYTES = 256 * 1024

FAKE_SCENARIOS = [
    "echo", "tools", "usage-inline", "filter-preamble", "garbage", "cut", "stream-error", "drip",
    "status-400", "status-401", "status-404", "status-429", "status-500", "status-503",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_ready(base_url: str, process: subprocess.Popen[bytes], log_path: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gateway exited with {process.returncode}:\n{log_path.read_text()[-3000:]}")
        try:
            if httpx.get(base_url + "/readyz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"gateway not ready after {timeout}s:\n{log_path.read_text()[-3000:]}")


@dataclass
class RunningGateway:
    base_url: str
    key: str
    log_path: Path
    upstream: FakeOpenAI

    def client(self, key: str | None = None, base_path: str = "/v1", **kwargs: object) -> OpenAI:
        return OpenAI(base_url=self.base_url + base_path, api_key=key or self.key, max_retries=0, **kwargs)


def fake_entries(upstream_url: str) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = [
        {
            "name": f"fake/{scenario}",
            "provider": "openai",
            "upstream_model": scenario,
            "base_url": upstream_url,
            "api_key": "${FAKE_UPSTREAM_KEY}",
            "region": "eu",
            "gdpr": True,
            "timeout": 10,
            "price": {"input_per_million": 0.15, "output_per_million": 0.6, "currency": "USD"},
        }
        for scenario in FAKE_SCENARIOS
    ]
    entries += [
        {"name": "fake/slow", "provider": "openai", "upstream_model": "slow", "base_url": upstream_url,
         "api_key": "${FAKE_UPSTREAM_KEY}", "timeout": 1},
        {"name": "fake/unreachable", "provider": "openai", "upstream_model": "echo",
         "base_url": f"http://127.0.0.1:{free_port()}/v1", "api_key": "x", "timeout": 2, "connect_timeout": 1},
        {"name": "fake/embed", "provider": "openai", "kind": "embedding", "upstream_model": "embed",
         "base_url": upstream_url, "api_key": "${FAKE_UPSTREAM_KEY}", "dimensions": 16, "supports_dimensions": True},
        {"name": "fake/embed-fixed", "provider": "openai", "kind": "embedding", "upstream_model": "embed",
         "base_url": upstream_url, "api_key": "${FAKE_UPSTREAM_KEY}", "dimensions": 16},
    ]
    return entries


@pytest.fixture(scope="session")
def upstream() -> Iterator[tuple[FakeOpenAI, str]]:
    fake = FakeOpenAI()
    port = free_port()
    with ServerThread(fake.app, port):
        yield fake, f"http://127.0.0.1:{port}/v1"


@pytest.fixture(scope="session")
def gateway(upstream: tuple[FakeOpenAI, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningGateway]:
    fake, upstream_url = upstream
    workdir = tmp_path_factory.mktemp("gateway")
    config = {
        "server": {"max_body_bytes": MAX_BODY_BYTES},
        "api_keys": [{"name": "tests", "key": "${GATEWAY_TEST_KEY}"}],
        "models": [
            *fake_entries(upstream_url),
            {"name": "local/gemma-3-270m", "provider": "local", "kind": "chat", "region": "local", "gdpr": True,
             "max_output_tokens": 256},
            {"name": "local/all-minilm-l6-v2", "provider": "local-embeddings", "kind": "embedding",
             "region": "local", "gdpr": True, "dimensions": 384},
        ],
    }
    config_path = workdir / "tarnkappe.yaml"
    config_path.write_text(yaml.safe_dump(config))
    port = free_port()
    log_path = workdir / "gateway.log"
    env = {**os.environ, "GATEWAY_TEST_KEY": GATEWAY_KEY, "FAKE_UPSTREAM_KEY": UPSTREAM_KEY}
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "tarnkappe", "serve", "--config", str(config_path), "--port", str(port)],
            cwd=workdir, env=env, stdout=log_file, stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(base_url, process, log_path)
        yield RunningGateway(base_url, GATEWAY_KEY, log_path, fake)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture
def client(gateway: RunningGateway) -> OpenAI:
    return gateway.client()


@pytest.fixture
def marker() -> str:
    """A unique string to put in a prompt, to find the request again upstream and in logs."""
    return "mk" + os.urandom(6).hex()
