"""Placeholder format ``[[TYPE_N]]`` / ``[[TYPE_N_V]]`` and the tolerant pattern that finds it again.

Why ``[[TYPE_N]]``: plain ASCII (one or few tokens for every tokenizer), typed
so the model still knows a name is a name, numbered per request so the model
can tell two people apart, and double square brackets because they almost
never occur in prose or code, survive HTML escaping unchanged (unlike ``<...>``)
and are not a markdown construct.

Why ``[[TYPE_N_V]]``: other spellings of one person ("Frau Meier" after "Anna
Meier") keep the person's number N, so the model sees they are one person,
and get their own variant V (2, 3, ...), so each place still restores to
exactly what was written there.  The first spelling has no suffix.

The restore side accepts what models do to such tokens: any case
(``[[person_1]]``), one bracket lost or doubled (``[PERSON_1]``), a space
inside the brackets, a space or nothing instead of ``_`` and markdown escaping
(``\\[\\[PERSON\\_1\\]\\]``).  The variant needs its ``_`` (PERSON_12 is not
PERSON_1_2).  Only known TYPE words match, and the number must be followed by
the closing bracket or a variant, so PERSON_1 never matches inside PERSON_12.
Nothing from a placeholder or an original is ever put into a regex: there is
one compiled generic pattern and a dict lookup.
"""

from __future__ import annotations

import re
from functools import cache

from .entities import EntityType


def format_placeholder(entity_type: str, number: int, variant: int | None = None) -> str:
    """Return the canonical placeholder for the ``number``-th entity of a type.

    ``variant`` (2, 3, ...) marks another spelling of the same entity.
    """
    if variant is None:
        return f"[[{entity_type}_{number}]]"
    return f"[[{entity_type}_{number}_{variant}]]"


def _type_alternation() -> str:
    return "|".join(sorted(EntityType.ALL, key=len, reverse=True))


# (full pattern, pattern of its proper prefixes) per atom, in order.
def _atoms() -> list[tuple[str, str]]:
    types = sorted(EntityType.ALL, key=len, reverse=True)
    type_prefixes = sorted({t[:i] for t in types for i in range(1, len(t))}, key=len, reverse=True)
    return [
        (r"\\?", ""),
        (r"\[", ""),
        (r"(?:\\?\[)?", r"\\?"),
        (r"[ ]?", ""),
        (f"(?P<type>{'|'.join(types)})", f"(?:{'|'.join(map(re.escape, type_prefixes))})?"),
        (r"(?:\\?_|[ ])?", r"\\?"),
        (r"(?P<num>\d{1,6})", r"\d{0,5}"),
        (r"(?:\\?_(?P<var>\d{1,6}))?", r"\\?_?"),
        (r"[ ]?", ""),
        (r"\\?\]", r"\\?"),
        (r"(?P<close2>\\?\])?", r"\\?"),
    ]


@cache
def placeholder_pattern() -> re.Pattern[str]:
    """The one generic, tolerant placeholder pattern (compiled once)."""
    return re.compile("".join(full for full, _ in _atoms()), re.IGNORECASE)


@cache
def prefix_pattern() -> re.Pattern[str]:
    """Matches (with fullmatch) every string that can still grow into a placeholder."""
    atoms = _atoms()
    expr = ""
    for full, partial in reversed(atoms):
        # prefix(a_i .. a_n) = proper-prefix(a_i) | a_i prefix(a_i+1 .. a_n)
        full_plain = re.sub(r"\(\?P<\w+>", "(?:", full)
        expr = f"(?:{partial}|{full_plain}{expr})"
    return re.compile(expr, re.IGNORECASE)


MAX_PLACEHOLDER_LEN = 2 * 2 + 2 + 1 + max(len(t) for t in EntityType.ALL) + 2 + 6 + (2 + 6) + 1 + 2 * 2
"""Upper bound on the length of anything :func:`placeholder_pattern` matches."""


def could_grow_into_placeholder(tail: str) -> bool:
    """True if more text appended to ``tail`` could make it (part of) a placeholder.

    A complete placeholder that already has its second closing bracket cannot
    grow any further, so it is not held back.
    """
    if not tail or len(tail) > MAX_PLACEHOLDER_LEN:
        return False
    if not prefix_pattern().fullmatch(tail):
        return False
    done = placeholder_pattern().fullmatch(tail)
    return not (done and done.group("close2"))


_TRUNCATED_START = re.compile(r"\\?\[\\?\[\s?[A-Za-z]")


def scan_truncated(text: str) -> int | None:
    """Where a placeholder that the text ends inside of starts (``... [[PERSON_`` at its end), or
    None.  Only from ``[[`` and a letter on: a lone ``[`` or ``[[`` at the end is the text's own."""
    n = len(text)
    for i in range(max(0, n - MAX_PLACEHOLDER_LEN), n):
        if text[i] in "[\\" and could_grow_into_placeholder(text[i:]):
            done = placeholder_pattern().fullmatch(text, i)
            if done is not None:
                return None  # complete (one closing bracket is enough for restore)
            return i if _TRUNCATED_START.match(text, i) else None
    return None
