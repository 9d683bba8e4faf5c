"""Which request parameters an upstream cannot honour, and what happens to them.

Sampling hints an upstream lacks (seed, penalties, logit_bias...) are dropped: the answer is still
a valid answer to the request. Parameters that change the *shape* of the answer (several choices,
tool calls, a JSON format) are refused with a 400 naming the parameter instead, because dropping
them would hand the client something other than what its code expects. Each provider declares
both sets in `core/capabilities.py`, from which docs/providers.md's table is generated.

An operator can drop more per catalog entry (`drop_params`), e.g. `temperature` for a reasoning
model that rejects it; those are always dropped, never refused.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from tarnkappe.core.capabilities import OPTIONAL_PARAMS, ProviderCapabilities
from tarnkappe.core.errors import InvalidRequest
from tarnkappe.core.types import ChatRequest

_DEFAULTS = {f.name: f.default for f in dataclasses.fields(ChatRequest) if f.name in OPTIONAL_PARAMS}


def is_set(request: ChatRequest, name: str) -> bool:
    value = getattr(request, name)
    return value != _DEFAULTS[name] and value != [] and value is not None


def unknown_params(names: Iterable[str]) -> list[str]:
    """Names that are not droppable request parameters (for validating `drop_params`)."""
    return sorted(set(names) - OPTIONAL_PARAMS)


def adapt_request(
    request: ChatRequest, provider: ProviderCapabilities, operator_drops: frozenset[str] = frozenset()
) -> ChatRequest:
    """The request with what `provider` cannot honour removed; raises InvalidRequest for a
    parameter it refuses (one the operator drops is dropped instead)."""
    for name in sorted(provider.refused - operator_drops):
        if is_set(request, name):
            raise InvalidRequest(f"{provider.name} models do not support the '{name}' parameter.", param=name)
    removed = (provider.dropped | provider.refused | operator_drops) & OPTIONAL_PARAMS
    drops: dict[str, Any] = {name: _DEFAULTS[name] for name in removed if is_set(request, name)}
    return dataclasses.replace(request, **drops) if drops else request
