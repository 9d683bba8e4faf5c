"""The request pipeline, written once for every API dialect.

    authenticate (cached) → read the request (the dialect's parser) → check model access and org
    rules → admit (rate limits, budget reservation) → mask → route → call provider → restore →
    finish (settle the reservation, write the ledger row)

A dialect calls it once per request — `chat`, `embed`, `count_tokens`, `models` or `model`, each with the API key
it was given — so it cannot reach a provider without authentication, the org's rules and the
masking step. It hands over a `read` function instead of a parsed request: the body is read and
parsed only once the caller is known, so an unauthenticated client gets its 401 whatever it sent.

Anonymization (when the request asks for it or the configuration forces it) masks the request after
admission and before routing; the answer is restored on its way back, chunk by chunk for streams.
A stream passes the pipeline a network read at a time: the chunks one read of the upstream made
(providers/base.py) go through the drain guard, the restoring, the metering and to the dialect's
writer as one list — one step of each per read rather than per chunk, each chunk treated as alone.
If masking fails, the request fails: the original text is never sent. Every terminal path of a
request — success, upstream failure, client disconnect, a stream cut off — passes through
`_finish`, so what is recorded and settled about a request never depends on how it ended.
Admission and settlement belong to a `Metering` (the accounts package implements it); without one
the gateway only logs.

A stream is relayed rather than parsed when the dialect can take the upstream's own events (the
OpenAI dialect: `chat(..., relay=True)`), the request is not anonymized (nothing to restore) and the
provider can relay (an OpenAI-compatible upstream: providers/base.py's ChatRelay). The client then
gets the upstream's events with only what wire/openai_relay.py changes, and the pipeline reads only
what metering needs; admission, the region rule, draining and `_finish` are the same.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from tarnkappe.core.catalog import Catalog, ModelEntry
from tarnkappe.core.errors import (
    AuthenticationFailed,
    GatewayError,
    InvalidRequest,
    PermissionDenied,
    ServiceUnavailable,
)
from tarnkappe.core.metering import Metering, RequestOutcome
from tarnkappe.core.principal import KeyStore, Principal
from tarnkappe.core.tracing import NO_TRACING, Span, Tracing
from tarnkappe.core.types import ChatChunk, ChatRequest, ChatResult, EmbeddingRequest, EmbeddingResult, Usage
from tarnkappe.gateway.anonymization import VerbatimKinds, plan_masking
from tarnkappe.gateway.drain import Drain
from tarnkappe.gateway.restore import restore_batches, restore_result, wants_json
from tarnkappe.gateway.safety import apply_safe_prompt
from tarnkappe.gateway.token_count import TokenCount, estimate_tokens
from tarnkappe.logs import request_log_fields
from tarnkappe.privacy import Anonymizer, Vault
from tarnkappe.providers.base import ChatProvider, ChatRelay, EmbeddingProvider, Provider, TokenCounter
from tarnkappe.routing.router import bind_regions
from tarnkappe.wire.openai_relay import RelayedEvents

log = logging.getLogger("tarnkappe.requests")

MAX_CHOICES = 128


@dataclass(slots=True)
class ChatReply:
    """What `Gateway.chat` gives back: the request as the dialect parsed it, and either the result
    or — for a streamed request — the chunks, a list per network read of the upstream, not yet
    started (access and upstream errors surface from the first `__anext__`, before any byte is
    sent), or, for a relayed stream, the upstream's events as the client will see them (likewise
    not yet started)."""

    request: ChatRequest
    result: ChatResult | None = None
    stream: AsyncGenerator[list[ChatChunk], None] | None = None
    relayed: AsyncGenerator[RelayedEvents, None] | None = None


# Masking is CPU work on the event loop; above this many characters it moves to a thread so that a
# huge prompt does not stall every other request for its duration.
MASK_IN_THREAD_CHARS = 20_000


class Gateway:
    def __init__(self, catalog: Catalog, providers: Mapping[str, Provider], keys: KeyStore,
                 metering: Metering | None = None, *, anonymizer: Anonymizer | None = None,
                 privacy_mode: str = "on_request", embedding_privacy: str = "mask") -> None:
        self.catalog = catalog
        self.providers = providers
        self.keys = keys
        self.metering = metering
        self.anonymizer = anonymizer
        self._verbatim: VerbatimKinds | None = None  # of self.anonymizer, built on the first masking
        self.privacy_mode = privacy_mode
        self.embedding_privacy = embedding_privacy  # mask | refuse
        # At shutdown (server/lifecycle.py): ends upstream waits still running at the drain timeout.
        self.drain = Drain()
        self.tracing: Tracing = NO_TRACING  # spans around masking and the upstream call, when traced

    # ------------------------------------------------------------------ the dialects' entry points

    async def chat(self, api_key: str | None, read: Callable[[Principal], Awaitable[ChatRequest]], *,
                   relay: bool = False) -> ChatReply:
        """Authenticate, read the request with `read`, and answer it (or open its stream). With
        `relay`, the dialect takes OpenAI Chat Completions events as they are: a stream that needs
        no restoring, from a provider that can relay, comes back as `relayed`."""
        principal = await self.authenticate(api_key)
        request = await read(principal)
        if request.stream:
            if relay and not self._wants_anonymization(principal, request):
                entry, provider = self._chat_provider(principal, request)
                if getattr(provider, "relays_openai", False):
                    return ChatReply(request, relayed=self._relay(principal, request, entry, cast(ChatRelay, provider)))
                return ChatReply(request, stream=self._stream(principal, request, (entry, provider)))
            return ChatReply(request, stream=self._stream(principal, request))
        # Answered here rather than in a method of its own: every resumption of the upstream call
        # walks the chain of awaiting coroutines, so one layer less is measurably cheaper.
        entry, provider = self._chat_provider(principal, request)
        outcome = _outcome(principal, entry, request, stream=False)
        async with _Recorded(self, outcome):
            vault = await self._mask(principal, request, outcome)
            with self.tracing.span("chat " + entry.name, _span_attributes(entry, "chat", request), client=True) as span:
                async with self.drain.guard():
                    result = await provider.complete(request)
                _span_result(span, result.model, result.usage)
            outcome.usage = result.usage
            if result.usage is None:  # the upstream reported none: the ledger estimates from the answer
                outcome.completion_chars = _answer_chars(result)
            if vault is not None:
                restore_result(result, vault, json_content=wants_json(request))
        return ChatReply(request, result=result)

    async def embed(
        self, api_key: str | None, read: Callable[[Principal], Awaitable[EmbeddingRequest]]
    ) -> tuple[EmbeddingRequest, EmbeddingResult]:
        """Authenticate, read the request with `read`, and answer it."""
        principal = await self.authenticate(api_key)
        request = await read(principal)
        return request, await self._embed(principal, request)

    async def count_tokens(
        self, api_key: str | None, read: Callable[[Principal], Awaitable[ChatRequest]]
    ) -> TokenCount:
        """How many prompt tokens the request would be, for a model the caller may use: exact where
        the model's provider can count (the local model's tokenizer, Anthropic's count endpoint),
        otherwise an estimate marked so (gateway/token_count.py). Text goes upstream only to a
        provider in an allowed region, and masked when anonymization applies, as for a chat —
        then what is counted is what a chat would send. Nothing is generated, so nothing is
        reserved or written to the ledger; a count that reaches a provider (an upstream's count
        endpoint, a local tokenizer) passes the caller's rate limits first, like any request
        (an estimate is arithmetic here and is not limited)."""
        principal = await self.authenticate(api_key)
        request = await read(principal)
        entry = self.model_for(principal, request.model)
        if entry.kind != "chat":
            raise InvalidRequest(f"{entry.name} is an embedding model; it counts no chat tokens", param="model")
        self._check_anonymizer(principal, request)
        provider = self._held_to_regions(self._provider(entry), principal)
        if not isinstance(provider, TokenCounter):
            return estimate_tokens(request)
        if self.metering is not None:
            await self.metering.admit_rate(principal)
        if self._wants_anonymization(principal, request):
            await self._mask(principal, request, _outcome(principal, entry, request, stream=False))
        return TokenCount(await provider.count_tokens(request), exact=True)

    async def models(self, api_key: str | None, kind: str | None = None) -> list[ModelEntry]:
        """The models this key may use (of one kind, if given)."""
        return self.models_for(await self.authenticate(api_key), kind)

    async def model(self, api_key: str | None, name: str) -> ModelEntry:
        """One model this key may use; ModelNotFound or PermissionDenied otherwise."""
        return self.model_for(await self.authenticate(api_key), name)

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
        """The models this caller may use: its org's rules and its key's allow-list applied."""
        return [
            entry
            for entry in self.catalog
            if (kind is None or entry.kind == kind) and principal.denial(entry) is None
        ]

    def model_for(self, principal: Principal, name: str) -> ModelEntry:
        entry = self.catalog.find(name)
        rule = principal.denial(entry)
        if rule is not None:
            raise PermissionDenied(
                f"The model '{name}' is not available to you: it is excluded by {rule}. "
                "GET /v1/models lists the models you may use.",
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

    @staticmethod
    def _held_to_regions(provider: Provider, principal: Principal) -> Provider:
        """The provider held to the caller's org region rule (routing/router.py), if it has one."""
        allowed = _allowed_regions(principal)
        return provider if allowed is None else bind_regions(provider, allowed)

    def _chat_provider(self, principal: Principal, request: ChatRequest) -> tuple[ModelEntry, ChatProvider]:
        entry = self.model_for(principal, request.model)
        if entry.kind != "chat":
            raise InvalidRequest(
                f"{entry.name} is an embedding model; use /v1/embeddings for it", param="model"
            )
        if not 1 <= request.n <= MAX_CHOICES:
            raise InvalidRequest(f"n must be between 1 and {MAX_CHOICES}", param="n")
        self._check_anonymizer(principal, request)
        provider = self._held_to_regions(self._provider(entry), principal)
        if request.safe_prompt:
            apply_safe_prompt(request, entry)
        return entry, provider  # type: ignore[return-value]

    # ------------------------------------------------------------------ anonymization

    def privacy_mode_for(self, org_mode: str | None) -> str:
        """The anonymization policy that applies to an organization with this policy of its own
        (None: it has none) — the gateway's `always` is a floor no organization can lower."""
        if self.privacy_mode == "always" or org_mode is None:
            return self.privacy_mode
        return org_mode

    def anonymization_applies(self, principal: Principal, request: ChatRequest | EmbeddingRequest) -> bool:
        """Whether this caller's request will be masked — for a dialect that refuses what cannot be
        masked by its own field names before the pipeline would by canonical ones. Raises the
        pipeline's own refusal where the request asks for what its organization switched off."""
        return self._wants_anonymization(principal, request)

    def _check_anonymizer(self, principal: Principal, request: ChatRequest | EmbeddingRequest) -> None:
        """Fail closed before anything else: anonymization applies and this gateway cannot do it
        (switched off), or it applies to an embeddings request and the operator chose to refuse
        those rather than embed masked text."""
        if not self._wants_anonymization(principal, request):
            return
        if self.anonymizer is None:
            raise InvalidRequest(
                "Anonymization is switched off on this gateway; the request was not sent.", param="anonymize"
            )
        if isinstance(request, EmbeddingRequest) and self.embedding_privacy == "refuse":
            raise InvalidRequest(
                "Anonymization applies to this request, and this gateway refuses embeddings of anonymized "
                "text (privacy.embeddings: refuse); the request was not sent.",
                param="input",
            )

    def _wants_anonymization(self, principal: Principal, request: ChatRequest | EmbeddingRequest) -> bool:
        mode = self.privacy_mode_for(principal.privacy_mode)
        if mode == "always":
            return True
        if request.anonymize and mode == "off" and self.privacy_mode != "off":
            # The client asked for it and its organization switched it off: refuse rather than
            # send the text unmasked (fail closed).
            raise InvalidRequest(
                "Anonymization is switched off for your organization; the request was not sent.",
                param="anonymize",
            )
        return bool(request.anonymize)

    async def _mask(
        self, principal: Principal, request: ChatRequest | EmbeddingRequest, outcome: RequestOutcome
    ) -> Vault | None:
        """Mask every field of the request in place if anonymization applies (see
        gateway/anonymization.py); the vault restores the answer. A field that cannot be masked
        is refused here, before anything is sent."""
        if not self._wants_anonymization(principal, request):
            return None
        anonymizer = self.anonymizer
        assert anonymizer is not None  # checked in _check_anonymizer
        verbatim = self._verbatim
        if verbatim is None or verbatim.anonymizer is not anonymizer:
            verbatim = self._verbatim = VerbatimKinds(anonymizer)
        with self.tracing.span("anonymize", {}) as span:
            plan = plan_masking(request)
            if plan.size > MASK_IN_THREAD_CHARS:
                vault = await asyncio.to_thread(plan.apply, anonymizer, verbatim)
            else:
                vault = plan.apply(anonymizer, verbatim)
            outcome.anonymized = True
            outcome.entity_counts = vault.entity_counts()
            for entity_type, count in outcome.entity_counts.items():  # types and counts, never values
                span.set("tarnkappe.masked." + entity_type, count)
        return vault

    # ------------------------------------------------------------------ chat

    async def _stream(self, principal: Principal, request: ChatRequest,
                      chosen: tuple[ModelEntry, ChatProvider] | None = None) -> AsyncGenerator[list[ChatChunk], None]:
        """Chunks as the provider produces them, a network read's at a time. Access is checked
        before the first chunk is awaited (unless the caller already did: `chosen`), so those
        errors surface from the first `__anext__` like an upstream's would."""
        entry, provider = chosen or self._chat_provider(principal, request)
        outcome = _outcome(principal, entry, request, stream=True)
        async with _Recorded(self, outcome):
            vault = await self._mask(principal, request, outcome)
            source = self.tracing.stream("chat " + entry.name, _span_attributes(entry, "chat", request),
                                         provider.stream(request))
            if vault is not None:
                source = restore_batches(source, vault, json_content=wants_json(request))
            async for batch in self.drain.bounded(source):
                for chunk in batch:
                    if chunk.usage is not None:
                        outcome.usage = chunk.usage
                    for choice in chunk.choices:
                        if choice.content:
                            outcome.completion_chars += len(choice.content)
                        for call in choice.tool_calls or ():
                            outcome.completion_chars += len(call.arguments or "") + len(call.name or "")
                yield batch

    async def _relay(self, principal: Principal, request: ChatRequest, entry: ModelEntry,
                     provider: ChatRelay) -> AsyncGenerator[RelayedEvents, None]:
        """A relayed stream (see the module's docstring): admitted, drained and finished as
        `_stream`, with only the usage and the characters generated read from it."""
        outcome = _outcome(principal, entry, request, stream=True)
        outcome.relayed = True
        async with _Recorded(self, outcome):
            source = self.tracing.stream("chat " + entry.name, _span_attributes(entry, "chat", request),
                                         provider.relay(request, include_usage=request.include_usage))
            async for events in self.drain.bounded(source):
                if events.usage is not None:
                    outcome.usage = events.usage
                outcome.completion_chars += events.completion_chars
                yield events

    # ------------------------------------------------------------------ embeddings

    async def _embed(self, principal: Principal, request: EmbeddingRequest) -> EmbeddingResult:
        entry = self.model_for(principal, request.model)
        if entry.kind != "embedding":
            raise InvalidRequest(f"{entry.name} is a chat model; use /v1/chat/completions for it", param="model")
        if request.dimensions is not None and request.dimensions != entry.dimensions and not entry.supports_dimensions:
            raise InvalidRequest(
                f"{entry.name} produces {entry.dimensions or 'fixed-size'} dimensions and cannot shorten them",
                param="dimensions",
            )
        self._check_anonymizer(principal, request)
        provider: EmbeddingProvider = self._held_to_regions(self._provider(entry), principal)  # type: ignore[assignment]
        outcome = _outcome(principal, entry, request, stream=False)
        async with _Recorded(self, outcome):
            # Embeddings are masked like chat: the vectors are those of the masked text (see the
            # README: similarity between texts that differ only in personal data goes up).
            await self._mask(principal, request, outcome)
            with self.tracing.span("embeddings " + entry.name, _span_attributes(entry, "embeddings", request),
                                   client=True) as span:
                async with self.drain.guard():
                    result = await provider.embed(request)
                _span_result(span, result.model, result.usage)
            outcome.usage = result.usage
            return result

    # ------------------------------------------------------------------ recording

    def _finish(self, outcome: RequestOutcome) -> None:
        usage = outcome.usage
        fields = {
            "model": outcome.model,
            "provider": outcome.provider,
            "key_id": outcome.key_id,
            "stream": outcome.stream,
            "outcome": outcome.status,
            "prompt_tokens": usage.prompt_tokens if usage else None,
            "completion_tokens": usage.completion_tokens if usage else None,
            "upstream_ms": round((time.perf_counter() - outcome.started) * 1000, 2),
        }
        if outcome.anonymized:
            fields["anonymized"] = True
        if outcome.relayed:
            fields["relayed"] = True
        request_fields = request_log_fields.get()
        if request_fields is not None:  # the HTTP edge writes them with its one line per request
            request_fields.update(fields)
        else:
            log.info("request finished", extra=fields)
        if self.metering is not None:
            try:
                self.metering.finish(outcome)
            except Exception as exc:  # metering must never break an answer already on its way
                log.error("metering failed", extra={"error": type(exc).__name__})


class _Recorded:
    """`async with _Recorded(gateway, outcome):` admits a request (rate limits, budget) and finishes
    it — settles and records it — exactly once, on every path: refused by admission, succeeded,
    failed, or cancelled (a client disconnect; GeneratorExit when a stream is closed early)."""

    __slots__ = ("gateway", "outcome")

    def __init__(self, gateway: Gateway, outcome: RequestOutcome) -> None:
        self.gateway = gateway
        self.outcome = outcome

    async def __aenter__(self) -> None:
        metering = self.gateway.metering
        if metering is not None:
            try:
                await metering.admit(self.outcome)
            except BaseException as exc:  # refused: __aexit__ will not run, so finish here
                self.outcome.status = _status_of(exc)
                self.gateway._finish(self.outcome)
                await self._recorded()
                raise

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if exc is not None:
            self.outcome.status = _status_of(exc)
        self.gateway._finish(self.outcome)
        await self._recorded()

    async def _recorded(self) -> None:
        """Wait until the ledger row is durable (a journal in Redis), before the answer's last byte:
        a process killed after that loses no row of a request its client saw complete."""
        recorded, self.outcome.recorded = self.outcome.recorded, None
        if recorded is not None:
            await recorded


def _outcome(principal: Principal, entry: ModelEntry, request: ChatRequest | EmbeddingRequest, *,
             stream: bool) -> RequestOutcome:
    return RequestOutcome(
        entry.name, entry.provider, principal.key_id, stream=stream, principal=principal, entry=entry,
        request=request,  # `anonymized` is set by the anonymization stage when it actually masked
    )


def _answer_chars(result: ChatResult) -> int:
    """The characters an answer generated (text, tool names and arguments), as a stream counts them."""
    chars = 0
    for choice in result.choices:
        chars += len(choice.message.text())
        for call in choice.message.tool_calls or ():
            chars += len(call.arguments or "") + len(call.name or "")
    return chars


def _span_attributes(entry: ModelEntry, operation: str, request: ChatRequest | EmbeddingRequest) -> dict[str, Any]:
    """The GenAI semantic conventions' request attributes of an upstream call: names and numbers,
    never content."""
    attributes: dict[str, Any] = {"gen_ai.operation.name": operation, "gen_ai.request.model": entry.wire_model,
                                  "gen_ai.provider.name": entry.provider, "tarnkappe.model": entry.name}
    if isinstance(request, ChatRequest):
        for key, value in (("max_tokens", request.max_tokens), ("temperature", request.temperature),
                           ("top_p", request.top_p)):
            if value is not None:
                attributes["gen_ai.request." + key] = value
        attributes["tarnkappe.stream"] = request.stream
    return attributes


def _span_result(span: Span, model: str | None, usage: Usage | None) -> None:
    if model:
        span.set("gen_ai.response.model", model)
    if usage is not None:
        span.set("gen_ai.usage.input_tokens", usage.prompt_tokens)
        if usage.completion_tokens is not None:
            span.set("gen_ai.usage.output_tokens", usage.completion_tokens)


def _allowed_regions(principal: Principal) -> frozenset[str] | None:
    """The deployment regions the caller's organization allows (None: any), lower-case; the region
    rule itself (a local model is always allowed) is core/capabilities.py's `region_allowed`."""
    regions = principal.rules.regions
    return None if regions is None else frozenset(r.lower() for r in regions)


def _status_of(exc: BaseException) -> str:
    if isinstance(exc, (asyncio.CancelledError, GeneratorExit)):
        return "cancelled"
    if isinstance(exc, GatewayError):
        return exc.code or "error"
    return "internal_error"
