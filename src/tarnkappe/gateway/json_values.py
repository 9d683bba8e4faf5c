"""Every key and string of a JSON value, in one fixed order, and the value rebuilt from them.

Masking (gateway/anonymization.py) and restoring (gateway/restore.py) both treat JSON — tool
arguments, schemas, structured output — key by key and string by string, so that escaped
characters are seen as what they are and the result is still valid JSON.

With ``numbers=True`` the text of every number is one of the strings too: a card or AHV number
written as a JSON number (`{"card": 4111111111111111}`) is personal data like the same digits
in a string. A number whose text comes back unchanged stays a number; one that was masked
becomes its placeholder string (and, restored, a string of its digits).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from tarnkappe.core.errors import InvalidRequest

# Deeper JSON is refused (400) before it is walked: these walkers recurse, and Python's recursion
# limit is 1000. The HTTP edge already refuses request bodies deeper than 64 levels; this bound also
# covers JSON that arrives otherwise (an upstream's tool-call arguments, restored).
MAX_JSON_DEPTH = 100


class TooDeep(InvalidRequest):
    def __init__(self) -> None:
        super().__init__(f"A JSON value is nested deeper than {MAX_JSON_DEPTH} levels and cannot be anonymized; "
                         "the request was not sent.")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def json_strings(value: Any, out: list[str], depth: int = 0, *, numbers: bool = False) -> None:
    """Every key and string value of a JSON value (and, with ``numbers``, the text of every
    number), in a fixed order (see `json_rebuild`)."""
    if isinstance(value, str):
        out.append(value)
    elif numbers and _is_number(value):
        out.append(json.dumps(value))
    elif isinstance(value, list):
        if depth >= MAX_JSON_DEPTH:
            raise TooDeep()
        for item in value:
            json_strings(item, out, depth + 1, numbers=numbers)
    elif isinstance(value, dict):
        if depth >= MAX_JSON_DEPTH:
            raise TooDeep()
        for key, item in value.items():
            out.append(str(key))
            json_strings(item, out, depth + 1, numbers=numbers)


def json_rebuild(value: Any, strings: Iterator[str], *, numbers: bool = False) -> Any:
    """`value` with its keys and strings (and numbers, as `json_strings` took them) replaced, in
    `json_strings`' order, from `strings` (only ever after `json_strings` walked it: its depth is
    bounded)."""
    if isinstance(value, str):
        return next(strings)
    if numbers and _is_number(value):
        text = next(strings)
        return value if text == json.dumps(value) else text
    if isinstance(value, list):
        return [json_rebuild(item, strings, numbers=numbers) for item in value]
    if isinstance(value, dict):
        rebuilt = {}
        for item in value.values():  # each key's masked form comes next from `strings`
            new_key = next(strings)
            rebuilt[new_key] = json_rebuild(item, strings, numbers=numbers)
        return rebuilt
    return value


def map_json_strings(text: str, transform: Callable[[str], str]) -> str:
    """Apply `transform` to every key and string value of a JSON document, leaving its syntax
    alone, so the result is still valid JSON and escaped characters are seen as what they are.
    Text that is not JSON (a model's half-finished arguments), or JSON too deep to walk, is
    transformed as a whole."""
    try:
        data = json.loads(text)
        strings: list[str] = []
        json_strings(data, strings, numbers=True)
    except (ValueError, RecursionError, TooDeep):
        return transform(text)
    return json.dumps(json_rebuild(data, iter(transform(s) for s in strings), numbers=True), ensure_ascii=False)
