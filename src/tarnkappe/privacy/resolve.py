"""Turn overlapping candidate spans from all detectors into one clean list."""

from __future__ import annotations

from collections.abc import Iterable

from .entities import Entity, EntityType

# On equal length the more specific / more certain detector wins.
PRIORITY: dict[str, int] = {
    t: i
    for i, t in enumerate(
        (EntityType.TERM, EntityType.EMAIL, EntityType.URL, EntityType.IBAN, EntityType.CARD,
         EntityType.AHV, EntityType.SSN, EntityType.TAXID, EntityType.VAT, EntityType.IP,
         EntityType.PHONE, EntityType.DOB, EntityType.ADDRESS, EntityType.PERSON)
    )
}


def resolve_overlaps(candidates: Iterable[Entity]) -> list[Entity]:
    """Keep the longest span where candidates overlap (priority breaks ties).

    Longest-first means "anna.meier@firma.ch" stays one EMAIL instead of a
    PERSON inside it, and a street named after a person stays an ADDRESS.
    """
    ordered = sorted(candidates, key=lambda e: (-(e.end - e.start), PRIORITY.get(e.type, 99), e.start))
    if not ordered:
        return []
    # Which characters a kept span covers: a candidate is kept if none of its characters is
    # covered.  Linear in the text (each detector's spans are disjoint, so the candidates cover
    # each character a few times at most); inserting into a sorted list of kept spans, as before,
    # took time quadratic in their number.
    covered = bytearray(max(e.end for e in ordered) + 1)
    kept: list[Entity] = []
    for ent in ordered:
        if covered.find(1, ent.start, ent.end) >= 0:
            continue
        covered[ent.start:ent.end] = b"\x01" * (ent.end - ent.start)
        kept.append(ent)
    kept.sort(key=lambda e: e.start)
    return kept
