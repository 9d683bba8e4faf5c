"""Turn overlapping candidate spans from all detectors into one clean list."""

from __future__ import annotations

import bisect
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
    starts: list[int] = []
    kept: list[Entity] = []
    for ent in ordered:
        k = bisect.bisect_right(starts, ent.start)
        if k and kept[k - 1].end > ent.start:
            continue
        if k < len(kept) and kept[k].start < ent.end:
            continue
        starts.insert(k, ent.start)
        kept.insert(k, ent)
    return kept
