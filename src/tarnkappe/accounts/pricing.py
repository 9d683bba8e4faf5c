"""What a request costs, in the organization's currency, as `Decimal` (never a float), and how
many tokens (and server-side web searches) a request may use at most before the upstream has said.

Prices come from the catalog (per million tokens, and per 1,000 web searches, in the model's
currency); an exchange-rate table in the configuration converts them where the currencies differ
('USD/CHF': 0.88 means 1 USD = 0.88 CHF; the inverse pair is derived when only one direction is
given).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from typing import cast

from tarnkappe.accounts.models import NANO
from tarnkappe.core.catalog import ModelEntry, Price
from tarnkappe.core.sizes import request_bytes
from tarnkappe.core.types import ChatRequest, EmbeddingRequest, Usage

MILLION = Decimal(1_000_000)
THOUSAND = Decimal(1_000)
# Anthropic's web search tool types are versioned (web_search_20250305, web_search_20260209...).
WEB_SEARCH_TOOL_PREFIX = "web_search_"
# Per message, chat templates add a few tokens (role markers, separators); 8 covers the known ones.
_MESSAGE_OVERHEAD = 8
_REQUEST_OVERHEAD = 16


class MissingExchangeRate(Exception):
    """A priced model's currency cannot be converted into the organization's."""


@dataclass(frozen=True, slots=True)
class ExchangeRates:
    rates: Mapping[str, Decimal]

    def rate(self, source: str, target: str) -> Decimal:
        if source == target:
            return Decimal(1)
        direct = self.rates.get(f"{source}/{target}")
        if direct is not None:
            return direct
        inverse = self.rates.get(f"{target}/{source}")
        if inverse is not None:
            return Decimal(1) / inverse
        raise MissingExchangeRate(
            f"no exchange rate from {source} to {target} is configured (exchange_rates: '{source}/{target}')"
        )

    def convert(self, amount: Decimal, source: str, target: str) -> Decimal:
        if not amount:
            return Decimal(0)
        return amount * self.rate(source, target)


def cost(price: Price, prompt_tokens: int, completion_tokens: int, currency: str, rates: ExchangeRates,
         *, web_searches: int = 0, web_search_per_thousand: Decimal = Decimal(0), round_up: bool = False) -> Decimal:
    """The cost of these tokens (and server-side web searches, at `web_search_per_thousand` in the
    price's currency: `ModelEntry.web_search_per_thousand`) at this price, in `currency`, to the
    nano-unit. Reservations round up, so that a reservation is never smaller than the cost it
    stands for."""
    raw = (price.input_per_million * prompt_tokens + price.output_per_million * completion_tokens) / MILLION
    if web_searches:
        raw += web_search_per_thousand * web_searches / THOUSAND
    converted = rates.convert(raw, price.currency, currency)
    return converted.quantize(NANO, rounding=ROUND_CEILING) if round_up else converted.quantize(NANO)


def _request_bytes(request: ChatRequest) -> tuple[int, int]:
    """(UTF-8 bytes of everything the model reads, number of messages); an image etc. as 1 KiB, a
    rough ceiling."""
    return request_bytes(request, media_bytes=1024)


def prompt_token_ceiling(request: ChatRequest | EmbeddingRequest, entry: ModelEntry) -> int:
    """An upper bound of the prompt's tokens: byte-level BPE tokenizers never make more tokens than
    bytes, plus the template's overhead; capped at the model's context window when it is known.
    Deliberately pessimistic — it only sizes a reservation, which is settled to the real count."""
    if isinstance(request, EmbeddingRequest):
        if request.is_tokens:
            tokens = sum(len(item) for item in request.inputs)
        else:
            texts = cast("list[str]", request.inputs)
            tokens = sum(len(item.encode("utf-8")) for item in texts) + 2 * len(texts)
    else:
        size, messages = _request_bytes(request)
        tokens = size + _MESSAGE_OVERHEAD * messages + _REQUEST_OVERHEAD
    return min(tokens, entry.context_window) if entry.context_window else tokens


def completion_token_ceiling(request: ChatRequest | EmbeddingRequest, entry: ModelEntry, default: int) -> int:
    """The most completion tokens the request can produce: `max_tokens` (per choice), else the
    model's output ceiling, else the configured default."""
    if isinstance(request, EmbeddingRequest):
        return 0
    per_choice = request.max_tokens or entry.max_output_tokens or default
    if entry.max_output_tokens:
        per_choice = min(per_choice, entry.max_output_tokens)
    return per_choice * max(1, request.n)


def cap_web_searches(request: ChatRequest | EmbeddingRequest, default: int) -> int:
    """The most server-side web searches the request can run, and be billed for: the sum of its web
    search tools' `max_uses`. A search tool without one gets `default` as its `max_uses`, sent
    upstream — Anthropic sets no limit of its own, and a reservation needs one; as with
    `max_tokens`, the upstream is told the cap, so that it cannot bill more than was reserved. A
    `max_uses` that is no positive whole number is left for Anthropic to refuse (nothing is billed
    then) and counts as `default`."""
    if isinstance(request, EmbeddingRequest) or not request.tools:
        return 0
    total = 0
    for tool in request.tools:
        server = tool.server
        if server is None or not server.type.startswith(WEB_SEARCH_TOOL_PREFIX):
            continue
        uses = server.settings.setdefault("max_uses", default)
        total += uses if isinstance(uses, int) and not isinstance(uses, bool) and uses > 0 else default
    return total


def estimate_prompt_tokens(request: ChatRequest | EmbeddingRequest) -> int:
    """A realistic (not worst-case) count, for the ledger when the upstream never reported usage:
    about four bytes per token in European languages."""
    if isinstance(request, EmbeddingRequest):
        if request.is_tokens:
            return sum(len(item) for item in request.inputs)
        return sum(math.ceil(len(item.encode("utf-8")) / 4) for item in cast("list[str]", request.inputs))
    size, messages = _request_bytes(request)
    return math.ceil(size / 4) + 4 * messages


def estimate_completion_tokens(characters: int) -> int:
    return math.ceil(characters / 4)


def estimated_usage(request: ChatRequest | EmbeddingRequest, completion_characters: int) -> Usage:
    return Usage(
        prompt_tokens=estimate_prompt_tokens(request),
        completion_tokens=estimate_completion_tokens(completion_characters),
        estimated=True,
    )
