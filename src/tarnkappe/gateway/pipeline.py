"""The request pipeline, written once for every API dialect.

    authenticate → check model access → route → call provider → record the outcome

Later stages (org policy, budget reservation, anonymization and restore) slot in here, between the
dialect that parsed the request and the provider that serves it. Every terminal path of a request —
success, upstream failure, client disconnect — passes through `_finish`, so what is recorded about a
request never depends on how it ended.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field

from tarnkappe.config import ModelEntry
from tarnkappe.gateway.auth import KeyStore, Principal
from tarnkappe.gateway.errors import (
    AuthenticationFailed,
    GatewayError,
    InvalidRequest,
    ModelNotFound,
    ServiceUnavailable,
)
from tarnkappe.gateway.safety import apply_safe_prompt
from tarnkappe.gateway.types import (
    ChatChunk,
    ChatRequest,
    ChatResult,
    EmbeddingRequest,
    EmbeddingResult,
    Usage,
)
from tarnkappe.providers.base import ChatProvider, EmbeddingProvider, Provider
from tarnkappe.routing.catalog import Catalog

log = logging.getLogger("tarnkappe.requests")

MAX_CHOICES = 128


@dataclass(slots=True)
class RequestOutcome:
    """What is recorded about one request: never its text."""

    model: str
    provider: str
    key_id: str
    stream: bool
    started: float = field(default_factory=time.perf_counter)
    usage: Usage | None = None
    status: str = "ok"


class Gateway:
    def __init__(self, catalog: Catalog, providers: Mapping[str, Provider], keys: KeyStore) -> None:
        self.catalog = catalog
        self.providers = providers
        self.keys = keys

    # ------------------------------------------------------------------ access

    async def authenticate(self, secret: str | None) -> Principal:
        if not secret:
            raise AuthenticationFailed(
                "You didn't provide an API key. Send it as 'Authorization: Bearer YOUR_KEY'."
            )
        principal = await self.keys.authenticate(secret)
        if principal is None:
            raise AuthenticationFailed("Incorrect API key provided.")
        return principal

    def models_for(self, principal: Principal, kind: str | None = None) -> list[ModelEntry]:
        return [
            entry
            for entry in self.catalog
            if principal.may_use(entry.name) and (kind is None or entry.kind == kind)
        ]

    def model_for(self, principal: Principal, name: str) -> ModelEntry:
        entry = self.catalog.find(name)
        if not principal.may_use(name):
            # Indistinguishable from a model that does not exist: a key learns nothing about
            # models it may not use.
            raise ModelNotFound(
                f"The model '{name}' does not exist or you do not have access to it. "
                "GET /v1/models lists the models available to your key.",
                param="model",
            )
        return entry

    @property
    def ready(self) -> bool:
        return all(provider.ready for provider in self.providers.values())

    def _provider(self, entry: ModelEntry) -> Provider:
        provider = self.providers.get(entry.name)
        if provider is None:
            raise ServiceUnavailable(f"no provider is configured for {entry.name}")
        return provider

    def _chat_provider(self, principal: Principal, request: ChatRequest) -> tuple[ModelEntry, ChatProvider]:
        entry = self.model_for(principal, request.model)
        if entry.kind != "chat":
            raise InvalidRequest(
                f"{entry.name} is an embedding model; use /v1/embeddings for it", param="model"
            )
        if not 1 <= request.n <= MAX_CHOICES:
            raise InvalidRequest(f"n must be between 1 and {MAX_CHOICES}", param="n")
        if request.anonymize:
            # Fail closed: anonymization was asked for and this gateway cannot do it yet, so the
            # text must not leave.
            raise InvalidRequest(
                "Anonymization is not available on this gateway yet; the request was not sent.",
                param="anonymize",
            )
        provider = self._provider(entry)
        apply_safe_prompt(request, provider)
        return entry, provider  # type: ignore[return-value]

    # ------------------------------------------------------------------ chat

    async def complete(self, principal: Principal, request: ChatRequest) -> ChatResult:
        entry, provider = self._chat_provider(principal, request)
        outcome = RequestOutcome(entry.name, entry.provider, principal.key_id, stream=False)
        try:
            result = await provider.complete(request)
            outcome.usage = result.usage
            return result
        except BaseException as exc:
            outcome.status = _status_of(exc)
            raise
        finally:
            self._finish(outcome)

    async def stream(self, principal: Principal, request: ChatRequest) -> AsyncIterator[ChatChunk]:
        """Chunks as the provider produces them. Access is checked before the first chunk is
        awaited, so those errors surface from the first `__anext__` like an upstream's would."""
        entry, provider = self._chat_provider(principal, request)
        outcome = RequestOutcome(entry.name, entry.provider, principal.key_id, stream=True)
        try:
            async for chunk in provider.stream(request):
                if chunk.usage is not None:
                    outcome.usage = chunk.usage
                yield chunk
        except BaseException as exc:
            outcome.status = _status_of(exc)
            raise
        finally:
            self._finish(outcome)

    # ------------------------------------------------------------------ embeddings

    async def embed(self, principal: Principal, request: EmbeddingRequest) -> EmbeddingResult:
        entry = self.model_for(principal, request.model)
        if entry.kind != "embedding":
            raise InvalidRequest(f"{entry.name} is a chat model; use /v1/chat/completions for it", param="model")
        if request.dimensions is not None and request.dimensions != entry.dimensions and not entry.supports_dimensions:
            raise InvalidRequest(
                f"{entry.name} produces {entry.dimensions or 'fixed-size'} dimensions and cannot shorten them",
                param="dimensions",
            )
        provider: EmbeddingProvider = self._provider(entry)  # type: ignore[assignment]
        outcome = RequestOutcome(entry.name, entry.provider, principal.key_id, stream=False)
        try:
            result = await provider.embed(request)
            outcome.usage = result.usage
            return result
        except BaseException as exc:
            outcome.status = _status_of(exc)
            raise
        finally:
            self._finish(outcome)

    # ------------------------------------------------------------------ recording

    def _finish(self, outcome: RequestOutcome) -> None:
        usage = outcome.usage
        log.info(
            "request finished",
            extra={
                "model": outcome.model,
                "provider": outcome.provider,
                "key_id": outcome.key_id,
                "stream": outcome.stream,
                "outcome": outcome.status,
                "prompt_tokens": usage.prompt_tokens if usage else None,
                "completion_tokens": usage.completion_tokens if usage else None,
                "upstream_ms": round((time.perf_counter() - outcome.started) * 1000, 2),
            },
        )


def _status_of(exc: BaseException) -> str:
    if isinstance(exc, (asyncio.CancelledError, GeneratorExit)):
        return "cancelled"
    if isinstance(exc, GatewayError):
        return exc.code or "error"
    return "internal_error"
