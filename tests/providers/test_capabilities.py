"""The declared capabilities are consistent with themselves and with the code that serves them."""

from __future__ import annotations

from importlib import import_module

import pytest

from tarnkappe.core.capabilities import LOCAL_PROVIDERS, OPTIONAL_PARAMS, PROVIDERS, SHAPE_CHANGING
from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.types import ChatRequest, Message
from tarnkappe.gateway.safety import SAFE_PROMPT, apply_safe_prompt


@pytest.mark.parametrize("name", sorted(PROVIDERS))
def test_declaration_is_consistent(name: str) -> None:
    declared = PROVIDERS[name]
    assert declared.name == name
    assert (declared.dropped | declared.refused) <= OPTIONAL_PARAMS
    assert not declared.dropped & declared.refused
    assert {p for p, _ in declared.notes} <= OPTIONAL_PARAMS
    module, _, cls = declared.implementation.partition(":")
    assert callable(getattr(import_module(module), cls))
    if not declared.runs_locally:
        # Every remote provider goes through providers/params.py: a shape-changing parameter it
        # lacks must be refused, never silently dropped.
        assert not declared.dropped & SHAPE_CHANGING, name


def test_local_providers_are_those_that_run_in_process() -> None:
    assert LOCAL_PROVIDERS == {"local", "local-embeddings"}
    assert ModelEntry(name="m", provider="local").region == "local"
    assert ModelEntry(name="m", provider="anthropic").region == "unknown"


@pytest.mark.parametrize("provider, emulated", [("mistral", False), ("anthropic", True), ("openai", True)])
def test_safe_prompt_is_emulated_only_without_a_native_switch(provider: str, emulated: bool) -> None:
    request = ChatRequest(model="m", messages=[Message(role="user", content="hi")], safe_prompt=True)
    apply_safe_prompt(request, ModelEntry(name="m", provider=provider, base_url="https://x"))
    assert (request.messages[0].content == SAFE_PROMPT) is emulated
