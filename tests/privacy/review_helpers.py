"""What the attacker reviews' tests ask of a text: its masked form (restored exactly), and which letters of a
secret no entity of a type covers, and the engine's work on a text -- shared by the review files since session 24;
and the strict xfail marks each review writes its findings with (since session 34)."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pytest

from tarnkappe.privacy import Anonymizer
from tarnkappe.privacy.detectors import scan


def masked(anonymizer: Anonymizer, text: str) -> str:
    """``text`` masked, after checking that its vault restores it exactly."""
    vault = anonymizer.new_vault()
    out = anonymizer.mask(text, vault)
    assert vault.restore(out) == text
    return out


def found(anonymizer: Anonymizer, text: str, kind: str | None) -> set[int]:
    """The offsets of ``text`` that an entity of ``kind`` (None: of any type) covers."""
    covered: set[int] = set()
    for e in anonymizer.detect(text):
        if kind is None or e.type == kind:
            covered.update(range(e.start, e.end))
    return covered


def in_clear(anonymizer: Anonymizer, text: str, secret: str, kind: str | None) -> str:
    """The letters and digits of ``secret`` (at its first place in ``text``) no entity of ``kind`` (None: of any
    type -- a name a change moved from one type to another) covers."""
    start = text.index(secret)
    covered = found(anonymizer, text, kind)
    return "".join(ch for i, ch in enumerate(secret, start) if i not in covered and ch.isalnum())


def engine_work(anonymizer: Anonymizer, text: str) -> int:
    """The positions the regex engine is handed while ``text`` is detected (scan.METER): work counted, not timed."""
    scan.METER.on, scan.METER.positions = True, 0
    try:
        anonymizer.detect(text)
        return scan.METER.positions
    finally:
        scan.METER.on = False


class ReviewMarks(NamedTuple):
    """A review's strict xfails: a regression that masks what ``base`` left readable (``over``), one that leaves in
    clear what ``base`` masked (``lost``), a case open at ``base`` too (``open``), and one a fix of the review's own
    findings costs (``kept``) -- each with the reason the case says."""

    over: Callable[[str], pytest.MarkDecorator]
    lost: Callable[[str], pytest.MarkDecorator]
    open: Callable[[str], pytest.MarkDecorator]
    kept: Callable[[str], pytest.MarkDecorator]


def review_marks(change: str, base: str) -> ReviewMarks:
    """The marks of a review of ``change`` (its commits) against ``base`` (the revision before it)."""

    def mark(prefix: str) -> Callable[[str], pytest.MarkDecorator]:
        return lambda what: pytest.mark.xfail(strict=True, reason=f"{prefix}: {what}")

    return ReviewMarks(
        over=mark(f"REGRESSION of {change} (readable at {base})"),
        lost=mark(f"REGRESSION of {change} (masked at {base})"),
        open=mark(f"open, so at {base} too"),
        kept=mark("kept (the fix of a regression this review found costs it)"),
    )
