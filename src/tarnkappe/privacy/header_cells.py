"""A table's header names its columns, not people: "Anmeldung<tab>Name<tab>Geburtsdatum<tab>…<tab>Prio".

The learned model and the name rules took a header's unfamiliar column names for names -- "Prio",
"Keycard", "LastIP", "RemoteAddr", "Qté", "Bambino", "Walker" -- in every export of the read sets
(61 spans on holdout19, 20, 23, 24 and 25, none of them a person's: session 22).  A line that is a
header -- three cells or more, split by tabs, semicolons or bars, two of them keys of ours ("Name",
"Geburtsdatum", "Telefon", …; or cells aligned with spaces, not all in capitals) -- holds no name: a
PERSON entity that is one of its cells is dropped.  So does a header of one key or none whose other cells
name what tables count and date (:data:`_COLUMN_WORDS`: "Datum;Kennz.;Muster;Pilot;…;Dauer", "Platz;Team;
R1;R2;Joker;Total"; holdout27, read in session 24), three such cells at least -- but there only a cell that
is an ordinary word, a key or an abbreviation of three letters at most ("Sys", "Dia", "Min"): a roster's columns
may be its people ("Datum;Start;Ende;Brunner;Zgraggen").  A line with a cell that holds an e-mail address or six
digits that are no years is a row of values, not a header: "Snežana Marković | Leitung | Tel. 055 919 84 26"
signs a mail (holdout32, read in session 28: 13 signatures' names sent in clear).

Bounded work: each line an entity stands on is split once.
"""

from __future__ import annotations

from collections.abc import Iterable

from .detectors import scan
from .detectors.field_keys import ALL_KEYS, normalise_key
from .entities import Entity, EntityType
from .names import load_lexicon

_SEPARATORS = ("\t", ";", "|")
_GAP = scan.compile(r"[ ]{2,64}")
_CELL_PADDING = " >*\"'"
_LONGEST_LINE = 4096  # (a longer "line" is no header: read no further)


def without_header_cells(text: str, entities: Iterable[Entity]) -> list[Entity]:
    """``entities`` without the PERSON entities that are a cell of a table's header line."""
    out: list[Entity] = []
    headers: dict[int, tuple[frozenset[str], bool] | None] = {}  # a line's start -> (its cells, by keys), or None
    common = load_lexicon().common_words
    for e in entities:
        if e.type == EntityType.PERSON and "\n" not in e.text:
            line_start = text.rfind("\n", max(0, e.start - _LONGEST_LINE), e.start) + 1
            if line_start not in headers:
                headers[line_start] = _header_cells(text, line_start)
            header = headers[line_start]
            if header is not None and e.text in header[0] and (header[1] or len(e.text) <= 3 or (
                    e.text.lower() in common or normalise_key(e.text) in ALL_KEYS
                    or normalise_key(e.text) in _COLUMN_WORDS)):
                continue
        out.append(e)
    return out


def _header_cells(text: str, line_start: int) -> tuple[frozenset[str], bool] | None:
    """(The cells of the header at ``line_start``, whether two of them are keys), or None: no header."""
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
    if len(cells) < 3 or any("@" in c or _phone_digits(c) for c in cells):
        return None  # (a cell holding an e-mail or a phone's digits is a value: "Name | Leitung | Tel. 055 919 84 26")
    keys = [normalise_key(c) for c in cells]
    # (two different keys of two letters or more: a roster's shifts "S\tS\tN\tN" name no columns)
    named = len({key for key in keys if key in ALL_KEYS and len(key) > 1})
    counted = sum(key in _COLUMN_WORDS for key in keys)
    if named < 2 and (counted < 2 or named + counted < 3):
        return None
    return frozenset((*cells, *(c.rstrip(".") for c in cells))), named >= 2  # ("Naiss." is the entity "Naiss")


_YEAR = scan.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _phone_digits(cell: str) -> bool:
    """Six digits or more that are no years ("Tel. 055 919 84 26", not "Saison 2023/2024")."""
    digits = sum(ch.isdigit() for ch in cell)
    return digits >= 6 and digits - 4 * sum(1 for _ in scan.finditer(_YEAR, cell)) >= 6


# Column names of what tables count, date and sort -- no person's key, no name: with a key of ours or two more
# of these they make a line a header.
_COLUMN_WORDS = frozenset(
    """datum date data fecha total summe sum gesamt status start ende end dauer duration zeit time heure ora nr no
    id typ type art rang rank platz pos position punkte points pts score team équipe squadra kategorie category
    catégorie categoria betrag amount montant importo preis price prix prezzo anzahl menge qty quantité quantità
    bemerkung bemerkungen remarks notes note notiz kommentar comment commentaire muster modell model kennz
    kennzeichen immat immatriculation off on runde round tour giro joker bonus""".split()
)
