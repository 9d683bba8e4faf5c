"""Operator-defined deny-list terms (always masked) as one compiled alternation."""

from __future__ import annotations

import re
from typing import Iterator

from ..entities import Entity, EntityType


class TermDetector:
    """Whole-word, case-insensitive matches of configured deny terms.

    The terms are escaped with ``re.escape`` and compiled once; longest terms
    first so "Projekt Falke Nord" wins over "Projekt Falke".
    """

    name = "terms"

    def __init__(self, terms: tuple[str, ...]) -> None:
        ordered = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
        self._pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)", re.IGNORECASE)
            if ordered
            else None
        )

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield TERM entities for every deny-term occurrence."""
        if self._pattern is None:
            return
        for m in self._pattern.finditer(text):
            yield Entity(m.start(), m.end(), EntityType.TERM, m.group(0))
