"""What the attacker reviews' tests ask of a text: its masked form (restored exactly), and which letters of a
secret no entity of a type covers, and the engine's work on a text -- shared by the review files since session 24."""

from __future__ import annotations

from tarnkappe.privacy import Anonymizer
from tarnkappe.privacy.detectors import scan


def masked(anonymizer: Anonymizer, text: str) -> str:
    """``text`` masked, after checking that its vault restores it exactly."""
    vault = anonymizer.new_vault()
    out = anonymizer.mask(text, vault)
    assert vault.restore(out) == text
    return out


def found(anonymizer: Anonymizer, text: str, kind: str) -> set[int]:
    """The offsets of ``text`` that an entity of ``kind`` covers."""
    covered: set[int] = set()
    for e in anonymizer.detect(text):
        if e.type == kind:
            covered.update(range(e.start, e.end))
    return covered


def in_clear(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> str:
    """The letters and digits of ``secret`` (at its first place in ``text``) no entity of ``kind`` covers."""
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
