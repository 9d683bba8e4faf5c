"""Provider name (the catalog's `provider:` field) → the class that speaks to it.

What each provider is and can do — its class, kinds, parameters, base URL, region — is declared once,
in `core/capabilities.py`; this module checks catalog entries against those declarations and builds
providers. Adding a provider is one module plus one declaration there. Heavy modules (llama.cpp,
PyTorch) are imported only when a catalog entry actually uses them.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from tarnkappe.core.capabilities import PROVIDERS
from tarnkappe.core.catalog import ModelEntry
from tarnkappe.providers.base import Provider, ProviderContext
from tarnkappe.providers.params import unknown_params


def check_entry(entry: ModelEntry) -> str | None:
    """Why this entry cannot be served, or None. Used to validate the catalog at start."""
    unknown = unknown_params(entry.drop_params)
    if unknown:
        return f"drop_params names unknown parameters: {', '.join(unknown)}"
    if not entry.deployments:
        return _check_one(entry)
    for number, deployment in enumerate(entry.deployment_entries()):
        problem = _check_one(deployment)
        if problem:
            return f"deployments[{number}]: {problem}"
    return None


def _check_one(entry: ModelEntry) -> str | None:
    declared = PROVIDERS.get(entry.provider)
    if declared is None:
        return f"unknown provider {entry.provider!r} (known: {', '.join(sorted(PROVIDERS))})"
    if entry.kind not in declared.kinds:
        return f"provider {entry.provider!r} does not serve {entry.kind} models"
    if declared.needs_base_url and not entry.base_url:
        return f"provider {entry.provider!r} needs a base_url"
    if entry.provider == "gemini" and entry.project and not entry.location:
        return "a Vertex AI entry (project set) needs a location"
    return None


def build_provider(entry: ModelEntry, context: ProviderContext) -> Provider:
    """The provider for a single-deployment catalog entry. An entry with `deployments` is served
    by a router over one provider per deployment: `routing.router.provider_for` builds that, so
    that routing builds on providers and never the other way round."""
    problem = check_entry(entry)
    if problem:
        raise ValueError(f"model {entry.name!r}: {problem}")
    if entry.deployments:
        raise ValueError(f"model {entry.name!r} has deployments: build it with routing.router.provider_for")
    return _build_one(entry, context)


def _build_one(entry: ModelEntry, context: ProviderContext) -> Provider:
    module_name, _, class_name = PROVIDERS[entry.provider].implementation.partition(":")
    factory: Callable[[ModelEntry, ProviderContext], Provider] = getattr(import_module(module_name), class_name)
    return factory(entry, context)
