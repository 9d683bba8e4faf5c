"""Gateway processes for tests that need their own configuration: a factory that writes a config,
starts `tarnkappe serve` on a free port, and stops every gateway it started at the end.
The `gateways` fixture (tests/conftest.py) hands it out."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openai import AsyncOpenAI, OpenAI

from tests.fakes.openai_upstream import UPSTREAM_KEY, FakeOpenAI

ADMIN_KEY = "tk-admin-" + secrets.token_hex(16)

FAKE_SCENARIOS = [
    "echo", "tools", "usage-inline", "filter-preamble", "garbage", "cut", "stream-error", "drip", "length",
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
        {"name": "fake/reasoning", "provider": "openai", "upstream_model": "echo", "base_url": upstream_url,
         "api_key": "${FAKE_UPSTREAM_KEY}", "token_limit_param": "max_completion_tokens"},
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


def account_models(upstream_url: str) -> list[dict[str, Any]]:
    """The fake models, plus ones in other regions and without GDPR, for the org-rule tests, and a
    'metered' model whose real cost equals its worst case (input free, 41 output tokens)."""
    entries = fake_entries(upstream_url)
    common = {"provider": "openai", "base_url": upstream_url, "api_key": "${FAKE_UPSTREAM_KEY}", "timeout": 10}
    entries += [
        {"name": "fake/us-echo", "upstream_model": "echo", "region": "us", "gdpr": True, **common},
        {"name": "fake/ch-echo", "upstream_model": "echo", "region": "ch", "gdpr": True, **common},
        {"name": "fake/eu-nogdpr", "upstream_model": "echo", "region": "eu", "gdpr": False, **common},
        {"name": "fake/overbill", "upstream_model": "overbill", "region": "eu", "gdpr": True,
         "price": {"input_per_million": 0, "output_per_million": 1, "currency": "CHF"}, **common},
        {"name": "fake/metered", "upstream_model": "echo", "region": "eu", "gdpr": True,
         "price": {"input_per_million": 0, "output_per_million": 1000, "currency": "USD"}, **common},
        {"name": "fake/metered-drip", "upstream_model": "drip", "region": "eu", "gdpr": True,
         "price": {"input_per_million": 0, "output_per_million": 1000, "currency": "USD"}, **common},
    ]
    return entries


@dataclass
class Gateway:
    """One `tarnkappe serve` process with accounts on."""

    base_url: str
    config_path: Path
    log_path: Path
    process: subprocess.Popen[bytes]
    env: dict[str, str]
    workdir: Path

    def client(self, key: str, **kwargs: Any) -> OpenAI:
        return OpenAI(base_url=self.base_url + "/v1", api_key=key, max_retries=0, **kwargs)

    def async_client(self, key: str, **kwargs: Any) -> AsyncOpenAI:
        return AsyncOpenAI(base_url=self.base_url + "/v1", api_key=key, max_retries=0, **kwargs)

    def admin(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {ADMIN_KEY}"}
        return httpx.request(method, self.base_url + "/admin" + path, headers=headers, timeout=10, **kwargs)

    def stop(self) -> int:
        """SIGTERM, as an operator's `systemctl stop` would: a clean shutdown."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode

    def shut_down_cleanly(self) -> bool:
        """uvicorn re-raises SIGTERM after its graceful shutdown, so -15 is a clean exit too."""
        log = self.log_path.read_text(errors="replace")
        return self.process.returncode in (0, -signal.SIGTERM) and "Application shutdown complete" in log


@dataclass
class GatewayFactory:
    upstream: FakeOpenAI
    upstream_url: str
    tmp: pytest.TempPathFactory
    started: list[Gateway] = field(default_factory=list)

    def config(self, database_url: str, **extra: Any) -> dict[str, Any]:
        accounts = {"key_cache_ttl_seconds": 0.5, "ledger_flush_interval_seconds": 0.2, **extra.pop("accounts", {})}
        return {
            "server": {"log_level": "info"},
            "database": {"url": database_url},
            "accounts": accounts,
            "admin_key": "${TK_TEST_ADMIN_KEY}",
            "exchange_rates": {"USD/CHF": "0.9"},
            "models": account_models(self.upstream_url),
            **extra,
        }

    def launch(self, config: dict[str, Any], workdir: Path | None = None) -> Gateway:
        """Start a gateway process without waiting for it."""
        workdir = workdir or self.tmp.mktemp("gw")
        config_path = workdir / "tarnkappe.yaml"
        config_path.write_text(yaml.safe_dump(config))
        port = free_port()
        log_path = workdir / f"gateway-{port}.log"
        env = {**os.environ, "FAKE_UPSTREAM_KEY": UPSTREAM_KEY, "TK_TEST_ADMIN_KEY": ADMIN_KEY}
        with log_path.open("wb") as log_file:
            process = subprocess.Popen(
                [sys.executable, "-m", "tarnkappe", "serve", "--config", str(config_path), "--port", str(port)],
                cwd=workdir, env=env, stdout=log_file, stderr=subprocess.STDOUT,
            )
        gateway = Gateway(f"http://127.0.0.1:{port}", config_path, log_path, process, env, workdir)
        self.started.append(gateway)
        return gateway

    def start(self, config: dict[str, Any], workdir: Path | None = None) -> Gateway:
        gateway = self.launch(config, workdir)
        wait_until_ready(gateway.base_url, gateway.process, gateway.log_path, timeout=60)
        return gateway

    def start_many(self, config: dict[str, Any], count: int) -> list[Gateway]:
        """Several instances of one configuration, started at once (as a deployment would: they
        also race to migrate the shared database)."""
        gateways = [self.launch(config) for _ in range(count)]
        for gateway in gateways:
            wait_until_ready(gateway.base_url, gateway.process, gateway.log_path, timeout=60)
        return gateways

    def cli(self, config_path: Path, *args: str, check: bool = True, input: str | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "FAKE_UPSTREAM_KEY": UPSTREAM_KEY, "TK_TEST_ADMIN_KEY": ADMIN_KEY}
        result = subprocess.run(
            [sys.executable, "-m", "tarnkappe", *args, "--config", str(config_path)],
            env=env, cwd=config_path.parent, capture_output=True, text=True, timeout=60, input=input,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"tarnkappe {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
        return result


@contextmanager
def running_gateway(
    config: dict[str, Any], env: dict[str, str], workdir: Path, timeout: float = 120
) -> Iterator[tuple[str, Path]]:
    """A `tarnkappe serve` process on a free port with `config`; yields (base URL, log path)."""
    config_path = workdir / "tarnkappe.yaml"
    config_path.write_text(yaml.safe_dump(config))
    port = free_port()
    log_path = workdir / "gateway.log"
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "tarnkappe", "serve", "--config", str(config_path), "--port", str(port)],
            cwd=workdir, env={**os.environ, **env}, stdout=log_file, stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(base_url, process, log_path, timeout=timeout)
        yield base_url, log_path
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
