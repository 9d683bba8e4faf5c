"""Shared fixtures: a fake OpenAI upstream on 127.0.0.1 and the gateway itself, started as a real
`tarnkappe serve` process, with the official `openai` SDK as the client."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from openai import OpenAI

from tests.fakes.openai_upstream import UPSTREAM_KEY, FakeOpenAI, ServerThread
from tests.gateways import (  # noqa: F401 - re-exported for the test packages
    ADMIN_KEY,
    FAKE_SCENARIOS,
    GatewayFactory,
    running_gateway,
    fake_entries,
    free_port,
    wait_until_ready,
)

GATEWAY_KEY = "tk-test-" + os.urandom(8).hex()
MAX_BODY_BYTES = 256 * 1024


@dataclass
class RunningGateway:
    base_url: str
    key: str
    log_path: Path
    upstream: FakeOpenAI
    local_models: bool = True  # the embedded models are in its catalog (not under `make quick`)

    def client(self, key: str | None = None, base_path: str = "/v1", **kwargs: object) -> OpenAI:
        return OpenAI(base_url=self.base_url + base_path, api_key=key or self.key, max_retries=0, **kwargs)


@pytest.fixture(scope="session")
def upstream() -> Iterator[tuple[FakeOpenAI, str]]:
    fake = FakeOpenAI()
    port = free_port()
    with ServerThread(fake.app, port):
        yield fake, f"http://127.0.0.1:{port}/v1"


@pytest.fixture(scope="session")
def gateway(upstream: tuple[FakeOpenAI, str], tmp_path_factory: pytest.TempPathFactory,
            pytestconfig: pytest.Config) -> Iterator[RunningGateway]:
    fake, upstream_url = upstream
    workdir = tmp_path_factory.mktemp("gateway")
    local = local_models_wanted(pytestconfig)
    config = {
        "server": {"max_body_bytes": MAX_BODY_BYTES},
        "api_keys": [{"name": "tests", "key": "${GATEWAY_TEST_KEY}"}],
        "models": [*fake_entries(upstream_url), *(LOCAL_ENTRIES if local else [])],
    }
    env = {"GATEWAY_TEST_KEY": GATEWAY_KEY, "FAKE_UPSTREAM_KEY": UPSTREAM_KEY}
    with running_gateway(config, env, workdir) as (base_url, log_path):
        yield RunningGateway(base_url, GATEWAY_KEY, log_path, fake, local_models=local)


LOCAL_ENTRIES = [
    {"name": "local/gemma-3-270m", "provider": "local", "kind": "chat", "region": "local", "gdpr": True,
     "max_output_tokens": 256},
    {"name": "local/all-minilm-l6-v2", "provider": "local-embeddings", "kind": "embedding",
     "region": "local", "gdpr": True, "dimensions": 384},
]


def local_models_wanted(config: pytest.Config) -> bool:
    """Whether this run exercises the embedded models: not when they are deselected (`make quick`,
    `-m "not local_models"`), so that the gateway does not wait for them to load."""
    return "not local_models" not in (config.option.markexpr or "")


@pytest.fixture
def client(gateway: RunningGateway) -> OpenAI:
    return gateway.client()


@pytest.fixture
def marker() -> str:
    """A unique string to put in a prompt, to find the request again upstream and in logs."""
    return "mk" + os.urandom(6).hex()


@pytest.fixture(scope="session")
def gateways(upstream: tuple[FakeOpenAI, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayFactory]:
    fake, url = upstream
    factory = GatewayFactory(fake, url, tmp_path_factory)
    try:
        yield factory
    finally:
        for gateway in factory.started:
            gateway.stop()
