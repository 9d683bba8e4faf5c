"""Fake native upstreams (OpenAI, Azure, Anthropic, Gemini on Google AI and Vertex, Mistral,
Perplexity) on 127.0.0.1, and one real `tarnkappe serve` process whose catalog has, for every provider, one entry
per scenario (`<provider>/<scenario>`, see tests/fakes/scenarios.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openai import OpenAI

from tests.conftest import GATEWAY_KEY, free_port
from tests.fakes.anthropic_upstream import ANTHROPIC_KEY, FakeAnthropic
from tests.fakes.gemini_upstream import GEMINI_KEY, VERTEX_LOCATION, VERTEX_PROJECT, VERTEX_TOKEN, FakeGemini
from tests.fakes.mistral_upstream import MISTRAL_KEY, FakeMistral
from tests.fakes.openai_shaped_upstream import AZURE_KEY, PERPLEXITY_KEY, FakeAzure, FakePerplexity, FakePlainOpenAI
from tests.fakes.openai_upstream import UPSTREAM_KEY, ServerThread
from tests.fakes.scenarios import UpstreamLog
from tests.gateways import running_gateway

PROVIDERS = ["openai", "azure", "anthropic", "gemini", "vertex", "mistral", "perplexity"]
SCENARIOS = ["echo", "tools", "agent", "filtered", "blocked", "cut", "status-400", "status-429", "status-500"]
EMBEDDERS = ["azure", "gemini", "vertex", "mistral"]

KEYS_ENV = {"OPENAI_TEST_KEY": UPSTREAM_KEY, "AZURE_TEST_KEY": AZURE_KEY, "ANTHROPIC_TEST_KEY": ANTHROPIC_KEY, "GEMINI_TEST_KEY": GEMINI_KEY,
            "VERTEX_TEST_TOKEN": VERTEX_TOKEN, "MISTRAL_TEST_KEY": MISTRAL_KEY, "PPLX_TEST_KEY": PERPLEXITY_KEY}


@dataclass
class NativeGateway:
    base_url: str
    key: str
    log_path: Path
    upstreams: dict[str, UpstreamLog]  # provider → what its fake received
    urls: dict[str, str]

    def client(self, **kwargs: Any) -> OpenAI:
        return OpenAI(base_url=self.base_url + "/v1", api_key=self.key, max_retries=0, **kwargs)


def provider_fields(provider: str, url: str) -> dict[str, Any]:
    """How the catalog reaches each fake: the part of an entry that is not the scenario."""
    return {
        "openai": {"provider": "openai", "base_url": url + "/v1", "api_key": "${OPENAI_TEST_KEY}"},
        "azure": {"provider": "azure", "base_url": url, "api_key": "${AZURE_TEST_KEY}", "api_version": "2024-10-21"},
        "anthropic": {"provider": "anthropic", "base_url": url + "/v1", "api_key": "${ANTHROPIC_TEST_KEY}"},
        "gemini": {"provider": "gemini", "base_url": url + "/v1beta", "api_key": "${GEMINI_TEST_KEY}"},
        "vertex": {"provider": "gemini", "base_url": url + "/v1", "api_key": "${VERTEX_TEST_TOKEN}",
                   "project": VERTEX_PROJECT, "location": VERTEX_LOCATION},
        "mistral": {"provider": "mistral", "base_url": url + "/v1", "api_key": "${MISTRAL_TEST_KEY}"},
        "perplexity": {"provider": "perplexity", "base_url": url, "api_key": "${PPLX_TEST_KEY}"},
    }[provider]


def catalog(urls: dict[str, str]) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for provider in PROVIDERS:
        for scenario in SCENARIOS:
            entries.append({"name": f"{provider}/{scenario}", "upstream_model": scenario, "region": "eu",
                            "timeout": 10, **provider_fields(provider, urls[provider])})
    for provider in EMBEDDERS:
        entries.append({"name": f"{provider}/embed", "kind": "embedding", "upstream_model": "embed", "region": "eu",
                        "dimensions": 16, "supports_dimensions": True, **provider_fields(provider, urls[provider])})
    entries.append({  # a failing deployment first, a healthy one of another provider behind it
        "name": "routed/fallback", "provider": "azure", "region": "eu", "timeout": 10, "cooldown": 60,
        "deployments": [
            {"name": "azure-broken", **provider_fields("azure", urls["azure"]), "upstream_model": "status-503"},
            {"name": "mistral-ok", **provider_fields("mistral", urls["mistral"]), "upstream_model": "echo", "weight": 0},
        ],
    })
    entries.append({  # the same with two OpenAI-shaped deployments: its streams are relayed
        "name": "routed/relay", "provider": "azure", "region": "eu", "timeout": 10, "cooldown": 60,
        "deployments": [
            {"name": "azure-broken", **provider_fields("azure", urls["azure"]), "upstream_model": "status-503"},
            {"name": "openai-ok", **provider_fields("openai", urls["openai"]), "upstream_model": "echo", "weight": 0},
        ],
    })
    return entries


@pytest.fixture(scope="session")
def native_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NativeGateway]:
    fakes = {"openai": FakePlainOpenAI(), "azure": FakeAzure(), "anthropic": FakeAnthropic(), "gemini": FakeGemini(), "mistral": FakeMistral(),
             "perplexity": FakePerplexity()}
    fakes["vertex"] = fakes["gemini"]
    with ExitStack() as stack:
        urls: dict[str, str] = {}
        for name, fake in fakes.items():
            if name == "vertex":
                continue
            server = stack.enter_context(ServerThread(fake.app, free_port()))
            urls[name] = f"http://127.0.0.1:{server.port}"
        urls["vertex"] = urls["gemini"]
        config = {"api_keys": [{"name": "tests", "key": "${GATEWAY_TEST_KEY}"}], "models": catalog(urls)}
        env = {"GATEWAY_TEST_KEY": GATEWAY_KEY, **KEYS_ENV}
        base_url, log_path = stack.enter_context(running_gateway(config, env, tmp_path_factory.mktemp("native")))
        yield NativeGateway(base_url, GATEWAY_KEY, log_path, {n: f.log for n, f in fakes.items()}, urls)


@pytest.fixture
def native_client(native_gateway: NativeGateway) -> OpenAI:
    return native_gateway.client()
