"""Provider name (the catalog's `provider:` field) → the class that speaks to it.

Adding a provider is one module plus one line here. Heavy modules (llama.cpp, PyTorch) are imported
only when a catalog entry actually uses them.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from tarnkappe.config import ModelEntry
from tarnkappe.providers.base import Provider, ProviderContext

# name → (module, class, kinds it serves)
PROVIDERS: dict[str, tuple[str, str, frozenset[str]]] = {
    "openai": ("tarnkappe.providers.openai_compat", "OpenAICompatibleProvider", frozenset({"chat", "embedding"})),
    "openai-compatible": ("tarnkappe.providers.openai_compat", "OpenAICompatibleProvider", frozenset({"chat", "embedding"})),
    "local": ("tarnkappe.providers.local_chat", "LocalChatProvider", frozenset({"chat"})),
    "local-embeddings": ("tarnkappe.providers.local_embeddings", "LocalEmbeddingProvider", frozenset({"embedding"})),
}


def check_entry(entry: ModelEntry) -> str | None:
    """Why this entry cannot be served, or None. Used to validate the catalog at start."""
    spec = PROVIDERS.get(entry.provider)
    if spec is None:
        return f"unknown provider {entry.provider!r} (known: {', '.join(sorted(PROVIDERS))})"
    if entry.kind not in spec[2]:
        return f"provider {entry.provider!r} does not serve {entry.kind} models"
    if spec[0].endswith("openai_compat") and not entry.base_url:
        return f"provider {entry.provider!r} needs a base_url"
    return None


def build_provider(entry: ModelEntry, context: ProviderContext) -> Provider:
    problem = check_entry(entry)
    if problem:
        raise ValueError(f"model {entry.name!r}: {problem}")
    module_name, class_name, _ = PROVIDERS[entry.provider]
    factory: Callable[[ModelEntry, ProviderContext], Provider] = getattr(import_module(module_name), class_name)
    return factory(entry, context)
