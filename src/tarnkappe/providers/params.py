"""Which request parameters an upstream cannot honour, and what happens to them.

Sampling hints an upstream lacks (seed, penalties, logit_bias...) are dropped: the answer is still
a valid answer to the request. Parameters that change the *shape* of the answer (several choices,
tool calls, a JSON format) are refused with a 400 naming the parameter instead, because dropping
them would hand the client something other than what its code expects. Each provider declares
both sets in `core/capabilities.py`, from which docs/providers.md's table is generated.

An operator can drop more per catalog entry (`drop_params`), e.g. `temperature` for a reasoning
model that rejects it; those are always dropped, never refused.

Anthropic's own blocks follow the same rule for a provider without them: what asks for something
(a server tool, a document to cite) is refused naming it; what only Anthropic can read back (server
tool blocks and citations of earlier answers) is left out, as signed thinking is. The Messages API
refuses the former by the client's names before this (and images or documents in a tool result,
which a tool message of the OpenAI dialect may also carry, and which its upstream then judges);
this is the backstop.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from tarnkappe.core.capabilities import OPTIONAL_PARAMS, ProviderCapabilities
from tarnkappe.core.errors import InvalidRequest
from tarnkappe.core.types import SERVER_BLOCKS, ChatRequest, Message

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
    if not provider.anthropic_blocks:
        _refuse_anthropic_blocks(request, provider.name)
        messages = [_without_anthropic_blocks(m) for m in request.messages]
        if any(new is not old for new, old in zip(messages, request.messages, strict=True)):
            drops["messages"] = messages
    return dataclasses.replace(request, **drops) if drops else request


def _refuse_anthropic_blocks(request: ChatRequest, provider: str) -> None:
    problem = f"{provider} models cannot honour this; only Anthropic models can."
    for index, tool in enumerate(request.tools or ()):
        if tool.server is not None:
            raise InvalidRequest(problem, param=f"tools[{index}].server.type")
    for k, message in enumerate(request.messages):
        for j, part in enumerate(message.content if isinstance(message.content, list) else ()):
            if part.document is not None and part.document.citations:
                raise InvalidRequest(problem, param=f"messages[{k}].content[{j}].document.citations")


def _without_anthropic_blocks(message: Message) -> Message:
    """The message without Anthropic's server tool blocks and citations (the same object if it has
    none)."""
    if not isinstance(message.content, list) or not any(p.native is not None or p.citations or p.type in SERVER_BLOCKS
                                                        for p in message.content):
        return message
    parts = [dataclasses.replace(p, citations=None) for p in message.content
             if p.native is None and p.type not in SERVER_BLOCKS]
    return dataclasses.replace(message, content=parts)
