"""`Tariffs.nanos` (integer nano-units, accounts/pricing.py) gives exactly `to_nanos(cost(...))` —
the amount the `Decimal` computation stored, reserved and settled before — for random prices (any
number of digits, trailing zeros, zero, large), rates (direct, inverse, the same currency, missing),
token and search counts (including counts too large for the integer path, which asks `cost()`),
rounding half to even and up; and it raises where `cost()` raises."""

from __future__ import annotations

import random
from decimal import Decimal, InvalidOperation

import pytest

from tarnkappe.accounts.models import to_nanos
from tarnkappe.accounts.pricing import ExchangeRates, MissingExchangeRate, Tariffs, cost
from tarnkappe.core.catalog import Price


def _amount(rng: random.Random) -> Decimal:
    kind = rng.random()
    if kind < 0.1:
        return Decimal(0) if rng.random() < 0.5 else Decimal("0.000")
    digits = str(rng.randrange(1, 10 ** rng.randint(1, 12)))
    if rng.random() < 0.2:
        digits += "0" * rng.randint(1, 4)  # trailing zeros kept in the representation
    return Decimal(digits).scaleb(-rng.randint(0, 14))


def _rate(rng: random.Random) -> Decimal:
    return Decimal(str(rng.randrange(1, 10 ** rng.randint(1, 9)))).scaleb(-rng.randint(0, 9)) \
        if rng.random() < 0.9 else Decimal(rng.choice(["1", "1E+1", "0.88", "1.25", "3"]))


def _tokens(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.05:
        return 0
    if roll < 0.08:
        return rng.randrange(10**15, 10**30)  # beyond the integer path: cost() decides
    return rng.randrange(0, 10 ** rng.randint(1, 8))


def _both(tariffs: Tariffs, rates: ExchangeRates, price: Price, prompt: int, completion: int, currency: str,
          searches: int, per_search: Decimal, round_up: bool) -> tuple[object, object]:
    try:
        expected: object = to_nanos(cost(price, prompt, completion, currency, rates, web_searches=searches,
                                         web_search_per_thousand=per_search, round_up=round_up), round_up=round_up)
    except (MissingExchangeRate, InvalidOperation) as exc:
        expected = type(exc)
    try:
        got: object = tariffs.nanos(price, prompt, completion, currency, web_searches=searches,
                                    web_search_per_thousand=per_search, round_up=round_up)
    except (MissingExchangeRate, InvalidOperation) as exc:
        got = type(exc)
    return got, expected


@pytest.mark.parametrize("seed", range(8))
def test_same_nanos_as_the_decimal_computation(seed: int) -> None:
    rng = random.Random(seed)
    currencies = ["CHF", "EUR", "USD", "GBP"]
    for _ in range(20):
        table: dict[str, Decimal] = {}
        for _ in range(rng.randint(0, 4)):
            source, target = rng.sample(currencies, 2)
            table[f"{source}/{target}"] = _rate(rng)
        rates = ExchangeRates(table)
        tariffs = Tariffs(rates)
        prices = [Price(input_per_million=_amount(rng), output_per_million=_amount(rng),
                        currency=rng.choice(currencies)) for _ in range(4)]
        per_searches = [_amount(rng) for _ in range(3)] + [Decimal(0)]
        for _ in range(250):  # the same prices again and again: the cached integers are used
            price = rng.choice(prices)
            searches = rng.choice([0, 0, 0, 1, 3, rng.randrange(0, 10**6)])
            got, expected = _both(tariffs, rates, price, _tokens(rng), _tokens(rng), rng.choice(currencies),
                                  searches, rng.choice(per_searches), rng.random() < 0.5)
            assert got == expected


def test_ties_round_half_to_even_and_reservations_up() -> None:
    rates = ExchangeRates({})
    tariffs = Tariffs(rates)
    half = Price(input_per_million=Decimal("0.0005"), currency="CHF")  # 0.5 nano-units per token
    for tokens in range(12):
        for round_up in (False, True):
            assert tariffs.nanos(half, tokens, 0, "CHF", round_up=round_up) == to_nanos(
                cost(half, tokens, 0, "CHF", rates, round_up=round_up), round_up=round_up)
    assert [tariffs.nanos(half, t, 0, "CHF") for t in (1, 3, 5)] == [0, 2, 2]
    assert [tariffs.nanos(half, t, 0, "CHF", round_up=True) for t in (1, 3, 5)] == [1, 2, 3]


def test_inverse_rate_is_the_rounded_one_cost_uses() -> None:
    rates = ExchangeRates({"CHF/USD": Decimal("1.13")})  # USD -> CHF is 1/1.13, rounded to 28 digits
    tariffs = Tariffs(rates)
    price = Price(input_per_million=Decimal("2.5"), output_per_million=Decimal("10"), currency="USD")
    for prompt, completion in [(1, 1), (123_457, 4096), (10**9, 10**9), (7, 0)]:
        for round_up in (False, True):
            assert tariffs.nanos(price, prompt, completion, "CHF", round_up=round_up) == to_nanos(
                cost(price, prompt, completion, "CHF", rates, round_up=round_up), round_up=round_up)


def test_free_needs_no_rate_and_a_missing_rate_raises() -> None:
    tariffs = Tariffs(ExchangeRates({}))
    assert tariffs.nanos(Price(currency="USD"), 10, 10, "EUR") == 0
    priced = Price(input_per_million=Decimal("1"), currency="USD")
    assert tariffs.nanos(priced, 0, 0, "EUR") == 0
    for _ in range(2):  # the second time from the cache
        with pytest.raises(MissingExchangeRate, match="USD to EUR"):
            tariffs.nanos(priced, 1, 0, "EUR")
