"""The interface every provider implements, and what providers share.

A provider instance is bound to one catalog entry (one model at one upstream). It turns canonical
requests into its upstream's wire format and the answers back into canonical results. Providers know
nothing of keys, budgets or API dialects.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.types import ChatRequest, ChatResult, ChatStream, EmbeddingRequest, EmbeddingResult
from tarnkappe.wire.openai_relay import RelayedEvents

if TYPE_CHECKING:
    import aiohttp

    from tarnkappe.providers.upstream_client import UpstreamClient


@runtime_checkable
class Provider(Protocol):
    entry: ModelEntry

    async def start(self) -> None:
        """Acquire what the provider needs (load weights, warm connections). May take long."""

    async def close(self) -> None:
        """Release everything acquired by start()."""

    @property
    def ready(self) -> bool:
        """True once start() has finished and requests can be served."""


@runtime_checkable
class ChatProvider(Provider, Protocol):
    async def complete(self, request: ChatRequest) -> ChatResult: ...

    def stream(self, request: ChatRequest) -> ChatStream:
        """An async iterator of the answer's chunks, a list at a time: the chunks of one network
        read of the upstream's body (a local model: the tokens made while the last list was
        handed on), never an empty list, and never one held back to wait for more — so the
        pipeline, the restoring and the dialect's writer take a step per read, not per chunk,
        and the first token is as early as it was. Errors before the first list are raised from
        the first `__anext__`, errors after it once the chunks read before them are handed on;
        the usage arrives last, alone on a chunk without choices."""


class ChatRelay(ChatProvider, Protocol):
    """A chat provider whose upstream streams OpenAI's Chat Completions events, which a client of
    the OpenAI dialect can be sent as they are (wire/openai_relay.py) when nothing in them must be
    restored. `relays_openai` says whether this one can (a router: all its deployments)."""

    relays_openai: bool

    def relay(self, request: ChatRequest, *, include_usage: bool) -> AsyncIterator[RelayedEvents]:
        """The stream's events for the client, a batch per network read; errors as `stream`'s."""


@runtime_checkable
class EmbeddingProvider(Provider, Protocol):
    async def embed(self, request: EmbeddingRequest) -> EmbeddingResult: ...


@runtime_checkable
class TokenCounter(Protocol):
    """A chat provider that can count a request's prompt tokens exactly (its model's tokenizer, or
    its upstream's own count endpoint). Providers that cannot are estimated by the pipeline."""

    async def count_tokens(self, request: ChatRequest) -> int: ...


class RemoteProvider:
    """The lifecycle of a provider that only talks HTTP: nothing to load, ready at once; the pooled
    session it uses belongs to the application (`ProviderContext`) and is closed there."""

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    @property
    def ready(self) -> bool:
        return True


@dataclass
class ProviderContext:
    """Resources shared by all providers of one gateway: one pooled HTTP client session, created
    inside the running event loop by the application's lifespan, and the lean client the upstream
    calls use where they can (providers/upstream_client.py; None: all go through the session)."""

    http: aiohttp.ClientSession | None = None
    extras: dict[str, object] = field(default_factory=dict)
    client: UpstreamClient | None = None

    def session(self) -> aiohttp.ClientSession:
        if self.http is None:
            raise RuntimeError("the HTTP client session is not started")
        return self.http
