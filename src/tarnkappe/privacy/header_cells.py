"""A table's header names its columns, not people: "Anmeldung<tab>Name<tab>Geburtsdatum<tab>…<tab>Prio".

The learned model and the name rules took a header's unfamiliar column names for names -- "Prio",
"Keycard", "LastIP", "RemoteAddr", "Qté", "Bambino", "Walker" -- in every export of the read sets
(61 spans on holdout19, 20, 23, 24 and 25, none of them a person's: session 22).  A line that is a
header -- three cells or more, split by tabs, semicolons or bars, two of them keys of ours ("Name",
"Geburtsdatum", "Telefon", …; or cells aligned with spaces, not all in capitals) -- holds no name: a
PERSON entity that is one of its cells is dropped.

Bounded work: each line an entity stands on is split once.
"""

from __future__ import annotations

from collections.abc import Iterable

from .detectors import scan
from .detectors.field_keys import ALL_KEYS, normalise_key
from .entities import Entity, EntityType

_SEPARATORS = ("\t", ";", "|")
_GAP = scan.compile(r"[ ]{2,64}")
_CELL_PADDING = " >*\"'"
_LONGEST_LINE = 4096  # (a longer "line" is no header: read no further)


def without_header_cells(text: str, entities: Iterable[Entity]) -> list[Entity]:
    """``entities`` without the PERSON entities that are a cell of a table's header line."""
    out: list[Entity] = []
    headers: dict[int, frozenset[str] | None] = {}  # a line's start -> its header cells (None: no header)
    for e in entities:
        if e.type == EntityType.PERSON and "\n" not in e.text:
            line_start = text.rfind("\n", max(0, e.start - _LONGEST_LINE), e.start) + 1
            if line_start not in headers:
                headers[line_start] = _header_cells(text, line_start)
            cells = headers[line_start]
            if cells is not None and e.text in cells:
                continue
        out.append(e)
    return out


def _header_cells(text: str, line_start: int) -> frozenset[str] | None:
    line_end = text.find("\n", line_start, line_start + _LONGEST_LINE)
    if line_end < 0:
        line_end = min(len(text), line_start + _LONGEST_LINE)
    line = text[line_start:line_end]
    sep = next((c for c in _SEPARATORS if line.count(c) >= 2), None)
    if sep is not None:
        cells = [c.strip(_CELL_PADDING) for c in line.split(sep)]
    elif "  " in line and not line.isupper():
        # aligned with spaces: "Bed    Patient    DOB    Faith    Request" (not a row in capitals: "PIANO TERRA
        # WALKER  CAMINO" lists a floor's tenant)
        cells = [c.strip(_CELL_PADDING) for c in _GAP.split(line)]  # (a line of at most _LONGEST_LINE)
    else:
        return None
    cells = [c for c in cells if c]
    if len(cells) < 3 or sum(normalise_key(c) in ALL_KEYS for c in cells) < 2:
        return None
    return frozenset(cells)
