"""The JSON nesting check (server/http.py): the level-by-level walk refuses exactly the values the
walk before it refused, naming the same field, and `within_depth` never lets a too-deep body skip it."""

from __future__ import annotations

import random
from typing import Any

import orjson
import pytest

from tarnkappe.core.errors import InvalidRequest
from tarnkappe.server.http import _deep_field, check_depth, within_depth


def _reference(data: Any, limit: int) -> str | None:
    """check_depth as it was (a stack of (value, depth) pairs): the field it named, or None."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > limit:
            return _deep_field(data, limit)
        if isinstance(value, dict):
            stack.extend((item, depth + 1) for item in value.values() if isinstance(item, (dict, list)))
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value if isinstance(item, (dict, list)))
    return None


def _value(rng: random.Random, depth: int) -> Any:
    roll = rng.random()
    if depth <= 0 or roll < 0.3:
        return rng.choice([1, "x", None, True, "{[", 2.5])
    if roll < 0.65:
        return [_value(rng, depth - 1) for _ in range(rng.randint(0, 3))]
    return {f"k{i}": _value(rng, depth - 1) for i in range(rng.randint(0, 3))}


@pytest.mark.parametrize("seed", range(4))
def test_refuses_as_before_and_names_the_same_field(seed: int) -> None:
    rng = random.Random(seed)
    refused = 0
    for _ in range(1500):
        limit = rng.randint(1, 8)
        data = _value(rng, rng.randint(1, 11))
        expected = _reference(data, limit)
        try:
            check_depth(data, limit)
            got = None
        except InvalidRequest as exc:
            got = exc.param
            refused += 1
        assert got == expected
        if within_depth(orjson.dumps(data), limit):
            assert expected is None
    assert refused > 100


def test_a_body_of_many_brackets_is_walked() -> None:
    shallow = {"messages": [{"content": "{[" * 100}]}  # brackets inside a string: a deep text, a shallow value
    body = orjson.dumps(shallow)
    assert not within_depth(body)
    check_depth(shallow)  # walked, and accepted
    deep: Any = "x"
    for _ in range(70):
        deep = [deep]
    assert not within_depth(orjson.dumps({"messages": deep}))
    with pytest.raises(InvalidRequest):
        check_depth({"messages": deep})
