"""Tables of a notice whose header names the columns with slashes and whose rows set the cells two
spaces or more apart, as a chimney sweep's or a caretaker's notice prints the flats and their
residents ("WOHNUNG / NAME / FEUERSTÄTTE" over "1. OG LI      ROYER  KAMINOFEN", "LOGEMENT / NOM /
APPAREIL", "FLAT / NAME / APPLIANCE").  A header of known keys types the cells of its columns as a
CSV header does in ``field_tables.py`` (issue 13: holdout14's notices; the aligned-table reader needs the
header's cells above the rows' and the separated one a separator in the rows).

Linear: the header lines are found by ``str.find`` of " / ", each row below one is split once; only
rows with exactly as many cells as the header are read.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator

from ..entities import Entity
from ..names import NameLexicon
from . import scan
from .field_keys import COLUMN_KEYS, STREET_KEYS, UNIT_KEYS, normalise_key
from .fields import FieldDetector

_GAP = scan.compile(r"[ \t]{2,64}+")
_RESIDENTS = {"name": "lastname", "nom": "lastname", "nome": "lastname"}


class SlashTableDetector:
    """Typed cells of the rows under a header of slash-separated keys."""

    name = "fields"

    def __init__(self, fields: FieldDetector, lexicon: NameLexicon) -> None:
        self._fields = fields
        self._lexicon = lexicon

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield the typed cells (see the module's docstring)."""
        slash = text.find(" / ")
        while slash >= 0:
            line_start = text.rfind("\n", 0, slash) + 1
            line_end = text.find("\n", slash)
            line_end = len(text) if line_end < 0 else line_end
            keys = [normalise_key(part) for part in text[line_start:line_end].split(" / ")]
            if any(key in UNIT_KEYS or key in STREET_KEYS for key in keys):
                # (a name column beside a flat's or a street's lists the residents: "ROYER" alone is one;
                # beside a server's, a room's or a product's it holds their names: "Frontend", "Gala")
                keys = [_RESIDENTS.get(key, key) for key in keys]
            row = line_end + 1
            header = text[line_start:line_end]
            # (no key-value line: "PLZ / Ort: 8050 Zürich" over "Telefon: …   E-Mail: …")
            if 2 <= len(keys) <= 6 and "  " not in header and ":" not in header and sum(
                    key in COLUMN_KEYS for key in keys) >= 1 and all(keys):
                row = yield from self._rows(text, row, keys)
            slash = text.find(" / ", max(row, line_end))

    def _rows(self, text: str, row: int, keys: list[str]) -> Generator[Entity, None, int]:
        """The typed cells of the rows from ``row`` to a blank line; returns where they end."""
        while True:  # (each row is read once: no cap needed, and one left rows 201-250 of a notice in clear)
            row_end = text.find("\n", row)
            row_end = len(text) if row_end < 0 else row_end
            if row_end - row < 3 or row >= len(text) or text[row] in " \t" or ": " in text[row:row_end]:
                break  # a blank line, an indented one or a key's: a form's block under a heading ("PARENT / GUARDIAN")
            starts = [row]
            ends = []
            for gap in scan.finditer(_GAP, text, row, row_end):
                ends.append(gap.start())
                starts.append(gap.end())
            ends.append(row_end)
            if len(starts) < len(keys):
                row = row_end + 1
                continue  # (a row with an empty cell: its cells cannot be told apart)
            # more cells than keys: OCR's double spaces inside the last one ("POÊLE À  BOIS")
            starts, ends = starts[:len(keys)], [*ends[:len(keys) - 1], row_end]
            for key, start, end in zip(keys, starts, ends, strict=True):
                cell = text[start:end]
                value = cell.strip()
                if key in COLUMN_KEYS and value and not all(map(self._ordinary, value.split())):
                    v_start = start + len(cell) - len(cell.lstrip())
                    for typed in self._fields.value_entities(key, text, v_start, v_start + len(value)):
                        yield Entity(typed.start, typed.end, typed.type, typed.text, self.name)
            row = row_end + 1
        return row

    def _ordinary(self, word: str) -> bool:
        """An ordinary word, no resident's name: "Lager", "Waschküche" (a surname the lists hold as a
        word, "DALLA", is lost)."""
        return word.lower() in self._lexicon.common_words
