"""What a request costs, in the organization's currency, as `Decimal` (never a float) or as whole
nano-units computed with integers (`Tariffs`: the same amounts, without `Decimal` on the request
path), and how many tokens (and server-side web searches) a request may use at most before the
upstream has said.

Prices come from the catalog (per million tokens, and per 1,000 web searches, in the model's
currency); an exchange-rate table in the configuration converts them where the currencies differ
('USD/CHF': 0.88 means 1 USD = 0.88 CHF; the inverse pair is derived when only one direction is
given).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal, getcontext
from typing import cast

from tarnkappe.accounts.models import NANO, to_nanos
from tarnkappe.core.catalog import ModelEntry, Price
from tarnkappe.core.sizes import request_bytes
from tarnkappe.core.types import ChatRequest, EmbeddingRequest, Usage

ZERO = Decimal(0)
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


# The default decimal context's precision, which nothing in the gateway changes: below this many
# digits every step of `cost()` is exact (see Tariffs).
_EXACT_DIGITS = getcontext().prec
_EXACT_BOUND = 10**_EXACT_DIGITS


def _integer(value: Decimal) -> tuple[int, int] | None:
    """(coefficient, exponent) with value == coefficient * 10**exponent, for a finite value that is
    not negative; None otherwise (such prices take `cost()` itself)."""
    sign, digits, exponent = value.as_tuple()
    if sign or not isinstance(exponent, int):
        return None
    coefficient = 0
    for digit in digits:
        coefficient = coefficient * 10 + digit
    return coefficient, exponent


@dataclass(frozen=True, slots=True)
class _Quote:
    """One price in one currency, as integers: the exact converted cost of `p` prompt tokens, `c`
    completion tokens and `n` searches is `(inputs*p + outputs*c + searches*n) * 10**-scale`.
    `missing`: no exchange rate (a cost other than zero raises); `decimal`: an amount that is
    negative or not finite, or a rate that is not a plain positive number — `cost()` decides."""

    price: Price
    inputs: int
    outputs: int
    searches: int
    unit: int  # 10**(scale - 9) when the amount has digits below the nano-unit, else 0
    factor: int  # 10**(9 - scale) otherwise
    missing: bool = False
    decimal: bool = False


_DECIMAL_QUOTE_FIELDS = (0, 0, 0, 0, 1)


class Tariffs:
    """`cost()` in whole nano-units, with integer arithmetic and each price's and rate's digits
    read once: the same amounts as `to_nanos(cost(...), round_up=...)`, at a fraction of the cost.

    Why it is the same amount: read a price's amounts as integers at a common scale `k`
    (`price.input_per_million == inputs * 10**-k`, and so on) and the rate as `R * 10**-r` (its
    own digits: for an inverse pair, 1/rate rounded to the context's precision, as `cost()` uses
    it). Then every value `cost()` computes before the conversion — the two products, their sum,
    the division by a million, the searches' term, the sum — is an integer multiple of
    `10**-(k+6)` no larger than `N0 * 10**-(k+6)`, `N0 = inputs*prompt + outputs*completion +
    searches*1000*n`, and the converted amount is exactly `N * 10**-(k+6+r)`, `N = N0 * R`. A
    `Decimal` operation whose exact result has no more significant digits than the context's
    precision returns that exact result; with `N` below `10**prec` none of these has more, so
    `cost()` computes the exact amount and `quantize` rounds it once, to the nano-unit, half to
    even (or up, for reservations), which is what the integer division below does. Where `N` or
    the result is too large, or an amount is negative or not finite, `cost()` itself is asked (and
    raises or rounds as it always did). tests/accounts/test_pricing_nanos.py compares both over
    many random prices, rates, token and search counts."""

    def __init__(self, rates: ExchangeRates) -> None:
        self.rates = rates
        self._plain: dict[str, dict[int, _Quote]] = {}  # currency -> price object's id -> quote, no searches
        self._searched: dict[tuple[int, str, Decimal], _Quote] = {}  # with a search price

    def _quote(self, price: Price, currency: str, per_search: Decimal) -> _Quote:
        read = (_integer(price.input_per_million), _integer(price.output_per_million), _integer(per_search))
        values = [value for value in read if value is not None]
        if len(values) < 3:
            return _Quote(price, *_DECIMAL_QUOTE_FIELDS, decimal=True)
        scale = max(0, *(-exponent for _, exponent in values)) + 6
        inputs, outputs, searches = (c * 10 ** (exponent + scale - 6) for c, exponent in values)
        searches *= 1000
        missing = False
        if price.currency != currency:  # cost() multiplies by 1 otherwise
            try:
                rate = _integer(self.rates.rate(price.currency, currency))
            except MissingExchangeRate:
                rate, missing = (1, 0), True
            if rate is None:
                return _Quote(price, *_DECIMAL_QUOTE_FIELDS, decimal=True)
            coefficient, exponent = rate
            inputs, outputs, searches = inputs * coefficient, outputs * coefficient, searches * coefficient
            scale -= exponent
        shift = scale - 9  # the amount is (...) * 10**-scale; nano-units are 10**-9
        return _Quote(price, inputs, outputs, searches, 10**shift if shift > 0 else 0, 10**-shift if shift <= 0 else 0,
                      missing)

    def nanos(self, price: Price, prompt_tokens: int, completion_tokens: int, currency: str, *,
              web_searches: int = 0, web_search_per_thousand: Decimal = ZERO, round_up: bool = False) -> int:
        """`to_nanos(cost(...), round_up=round_up)`, exactly (see the class)."""
        if web_searches and web_search_per_thousand:
            key = (id(price), currency, web_search_per_thousand)
            quote = self._searched.get(key)
            if quote is None or quote.price is not price:
                if len(self._searched) >= 1_000:  # catalog prices: a handful; bounded all the same
                    self._searched.clear()
                quote = self._searched[key] = self._quote(price, currency, web_search_per_thousand)
        else:
            web_searches = 0  # cost() adds nothing for searches at no price (or none at all)
            quotes = self._plain.get(currency)
            if quotes is None:
                quotes = self._plain[currency] = {}
            quote = quotes.get(id(price))
            if quote is None or quote.price is not price:
                if len(quotes) >= 1_000:
                    quotes.clear()
                quote = quotes[id(price)] = self._quote(price, currency, ZERO)
        if quote.decimal or prompt_tokens < 0 or completion_tokens < 0 or web_searches < 0:
            return self._decimal(price, prompt_tokens, completion_tokens, currency, web_searches,
                                 web_search_per_thousand, round_up)
        total = quote.inputs * prompt_tokens + quote.outputs * completion_tokens
        if web_searches:
            total += quote.searches * web_searches
        if not total:
            return 0  # cost() converts nothing: a free request needs no exchange rate
        if quote.missing:
            self.rates.rate(price.currency, currency)  # raises MissingExchangeRate, as cost() does
        if total >= _EXACT_BOUND:
            return self._decimal(price, prompt_tokens, completion_tokens, currency, web_searches,
                                 web_search_per_thousand, round_up)
        unit = quote.unit
        if unit:
            result, rest = divmod(total, unit)
            if rest and (round_up or 2 * rest > unit or (2 * rest == unit and result & 1)):
                result += 1
        else:
            result = total * quote.factor
            if result >= _EXACT_BOUND:  # quantize() would refuse it: let cost() say so
                return self._decimal(price, prompt_tokens, completion_tokens, currency, web_searches,
                                     web_search_per_thousand, round_up)
        return result

    def _decimal(self, price: Price, prompt_tokens: int, completion_tokens: int, currency: str, web_searches: int,
                 web_search_per_thousand: Decimal, round_up: bool) -> int:
        amount = cost(price, prompt_tokens, completion_tokens, currency, self.rates, web_searches=web_searches,
                      web_search_per_thousand=web_search_per_thousand, round_up=round_up)
        return to_nanos(amount, round_up=round_up)


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
        size, messages = request_bytes(request, media_bytes=1024)  # as _request_bytes, one call less
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
