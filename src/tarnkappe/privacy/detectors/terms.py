"""Operator-defined deny-list terms (always masked) as one compiled alternation."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..entities import Entity, EntityType
from . import scan


def whole_words_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """Whole-word, case-insensitive alternation of ``terms``, longest first; None if there are none.

    "(?<!\\w)term" is written as "t(?<!\\wt)erm": a pattern that starts with a look-behind is
    tried at every character; one that starts with a character lets the engine skip to where
    that character is (~3x faster for a prompt, same matches).
    """
    ordered = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
    if not ordered:
        return None
    alternatives = [f"{re.escape(t[0])}(?<!\\w{re.escape(t[0])}){re.escape(t[1:])}" for t in ordered]
    return scan.compile("(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


class TermDetector:
    """Whole-word, case-insensitive matches of configured deny terms.

    The terms are escaped with ``re.escape`` and compiled once; longest terms
    first so "Projekt Falke Nord" wins over "Projekt Falke".
    """

    name = "terms"

    def __init__(self, terms: tuple[str, ...]) -> None:
        self._pattern = whole_words_pattern(terms)

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield TERM entities for every deny-term occurrence."""
        if self._pattern is None:
            return
        for m in scan.finditer(self._pattern, text):
            yield Entity(m.start(), m.end(), EntityType.TERM, m.group(0))
