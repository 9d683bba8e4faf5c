"""Which request parameters an upstream cannot honour, and what happens to them.

Sampling hints an upstream lacks (seed, penalties, logit_bias...) are dropped: the answer is still
a valid answer to the request. Parameters that change the *shape* of the answer (several choices,
tool calls, a JSON format) are refused with a 400 naming the parameter instead, because dropping
them would hand the client something other than what its code expects. docs/providers.md lists
both per provider; each provider declares its set in one `UNSUPPORTED` class attribute.

An operator can drop more per catalog entry (`drop_params`), e.g. `temperature` for a reasoning
model that rejects it; those are always dropped, never refused.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from tarnkappe.core.errors import InvalidRequest
from tarnkappe.core.types import ChatRequest

# The ChatRequest fields a provider may decline. Everything else (model, messages, stream...) is
# always honoured.
OPTIONAL_PARAMS: frozenset[str] = frozenset(
    {
        "temperature", "top_p", "max_tokens", "stop", "seed", "n", "response_format", "tools",
        "tool_choice", "parallel_tool_calls", "presence_penalty", "frequency_penalty", "logit_bias",
        "logprobs", "top_logprobs", "user", "reasoning_effort", "safe_prompt",
    }
)

# Dropping these would change what the client gets back, not only how it was sampled.
SHAPE_CHANGING: frozenset[str] = frozenset({"n", "tools", "tool_choice", "response_format"})

_DEFAULTS = {f.name: f.default for f in dataclasses.fields(ChatRequest) if f.name in OPTIONAL_PARAMS}


def is_set(request: ChatRequest, name: str) -> bool:
    value = getattr(request, name)
    return value != _DEFAULTS[name] and value != [] and value is not None


def unknown_params(names: Iterable[str]) -> list[str]:
    """Names that are not droppable request parameters (for validating `drop_params`)."""
    return sorted(set(names) - OPTIONAL_PARAMS)


def adapt_request(
    request: ChatRequest, *, provider: str, unsupported: frozenset[str], operator_drops: frozenset[str] = frozenset()
) -> ChatRequest:
    """The request with what `provider` cannot honour removed; raises InvalidRequest for a
    shape-changing parameter it cannot honour."""
    for name in sorted(unsupported & SHAPE_CHANGING - operator_drops):
        if is_set(request, name):
            raise InvalidRequest(f"{provider} models do not support the '{name}' parameter.", param=name)
    drops = {name: _DEFAULTS[name] for name in (unsupported | operator_drops) & OPTIONAL_PARAMS if is_set(request, name)}
    return dataclasses.replace(request, **drops) if drops else request
