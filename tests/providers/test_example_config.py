"""The shipped example catalog loads, every entry can be served, and it lists the seed's models."""

from __future__ import annotations

from pathlib import Path

from tarnkappe.config import load_settings
from tarnkappe.providers.base import ProviderContext
from tarnkappe.providers.registry import check_entry
from tarnkappe.routing.router import provider_for

EXAMPLE = Path(__file__).resolve().parents[2] / "tarnkappe.example.yaml"
SEED_MODELS = {"llama-3.1-sonar-large-128k-online", "gpt-4o-mini", "gpt-4o", "o1-us", "o1-mini-us",
               "claude-3-5-sonnet", "gemini-1.5-pro", "gemini-1.5-flash", "text-embedding-3-large"}


def test_example_catalog() -> None:
    settings = load_settings(EXAMPLE)
    models = {m.name: m for m in settings.models}
    assert SEED_MODELS <= set(models)
    assert {m.provider for m in settings.models} >= {"perplexity", "azure", "openai", "anthropic", "gemini", "mistral"}
    for entry in settings.models:
        assert check_entry(entry) is None, entry.name
        assert entry.price.input_per_million > 0, entry.name
        assert provider_for(entry, ProviderContext()).entry.name == entry.name
    assert models["text-embedding-3-large"].kind == "embedding"
    assert {d.region for d in models["gpt-4o"].deployments} == {"eu"}
