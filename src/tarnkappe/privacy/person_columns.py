"""A column of names: the cell no rule found, in a table column whose other cells are people.

Pitch lists, guide rosters, loan sheets and start lists put one person per row in one column, often
only a surname ("| 02 | Mandelbrennerei | Kainz | +43 677 … |"), an initial and a surname ("L. Wende"),
or a name that is also a word ("Frei", "Nebel", "Knight"): alone, each is too weak for the rules, and
holdout29 (read in session 26) left a fifth of such cells in clear although every other cell of the
column was masked.  Here a block of at least three lines that split into the same number of cells by
the same separator ("|", a tab, ";", ",", or a column's gap of two spaces) is a table; a column in
which at least two cells, and half of the cells with letters, are whole PERSON entities -- two of them a
first name with a surname -- is a column of names; and each other cell of it that reads as a name -- one
to four capitalised words, initials or particles, no digit, a word that is no ordinary word of ours, no
code in capitals and no CamelCase -- is a PERSON too, whole where a rule found only a part of it ("Blümel,
Wieland", holdout37).  A header ("Guide", "Schausteller/in") has no person and no digit in it and stays.

Linear: each line is split once; each cell is judged once.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from .detectors.cells import split_cells
from .detectors.field_keys import ALL_KEYS, normalise_key
from .detectors.person_cues import NAME_PARTICLE_WORDS, STOP
from .entities import Entity, EntityType
from .learned.features import name_word
from .names import NameLexicon

_MIN_ROWS = 3
_MAX_CELL = 60
_GAP = "  "  # a column's gap in a text table (pdftotext, fixed-width exports)
_STREET_WORDS = frozenset("Road Street Drive Avenue Lane Way Close Place Square Terrace Crescent Rue Via Allee".split())


def names_in_columns(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the cells of name columns that no PERSON covers (see the module's docstring)."""
    if "\n" not in text:
        return []
    found = list(found)
    persons = sorted((e.start, e.end) for e in found if e.type == EntityType.PERSON)
    # (the cells that make a column one of names: found by the rules, or two words -- the learned model's
    # single words are its guesses: "Geisterbahn", "Erdmännchen" in a column of rides and animals)
    sure = sorted((e.start, e.end) for e in found if e.type == EntityType.PERSON
                  and (not e.detector.startswith("names-crf") or " " in e.text.strip()))
    if len(sure) < 2:
        return []
    out: list[Entity] = []
    for block in _blocks(text):
        out += _column_names(text, block, persons, sure, lexicon)
    return out


_HTML = "<td"  # an HTML table's row on one line: its cells are what its <td> (and <th>) elements hold


def _separator(line: str) -> str | None:
    if line.count(_HTML) + line.count("<th") >= 2:
        return _HTML
    if line.count("|") >= 2:
        return "|"
    if "\t" in line:
        return "\t"
    if line.count(";") >= 2:
        return ";"
    if line.count(",") >= 2 and not (line.count(_GAP) >= 2 and line.count(", ") == line.count(",")):
        return ","  # (not a gap-aligned table of "Surname, First" cells: "Fuchs, Hans-Gerhard   Ardelean, Alis")
    if line.count(_GAP) >= 2:
        return _GAP
    return None


def _cells(line: str, sep: str) -> list[tuple[int, str]]:
    """(offset, text) of each cell of ``line``; a gap-separated line is split at runs of two spaces or more."""
    if sep == _HTML:
        return _html_cells(line)
    if sep != _GAP:
        return split_cells(line, sep)
    out: list[tuple[int, str]] = []
    pos = 0
    n = len(line)
    while pos < n:
        end = line.find(_GAP, pos)
        if end < 0:
            end = n
        if end > pos:
            out.append((pos, line[pos:end]))
        pos = end
        while pos < n and line[pos] == " ":
            pos += 1
    return out


def _html_cells(line: str) -> list[tuple[int, str]]:
    """(offset, text) of each ``<td>`` element's content on ``line`` ("<td>Ring, Siegmund</td>"; holdout37's
    registers, read in session 33); a cell with markup inside is kept as it is and judged as such."""
    out: list[tuple[int, str]] = []
    pos = _next_cell(line, 0)
    while pos >= 0:
        open_end = line.find(">", pos)
        if open_end < 0:
            break
        close = line.find("</t", open_end)
        end = close if close >= 0 else len(line)
        out.append((open_end + 1, line[open_end + 1:end]))
        pos = _next_cell(line, end)
    return out


def _next_cell(line: str, start: int) -> int:
    """Where the next <td> or <th> element opens on ``line`` after ``start``, or -1 (a row's header cell is a
    cell: "<tr><th>Ring, Siegmund</th><td>Bar</td>"; review of session 33)."""
    pos = line.find("<t", start)
    while pos >= 0 and (line[pos + 2:pos + 3] not in ("d", "h") or line[pos + 3:pos + 4] not in (">", " ")):
        pos = line.find("<t", pos + 2)  # (one walk forward: "<tr>", "<thead>", "<tbody>" are no cells)
    return pos


# A table: its rows, each a mapping from a column (a cell's index; in a gap-aligned table, where the cell
# starts on its line, as an empty cell leaves no gap of its own) to the cell's offset and text.
_Row = dict[int, tuple[int, str]]


def _blocks(text: str) -> list[list[_Row]]:
    """Runs of at least three lines that split into 3 or more cells by the same separator (and, but for
    a gap-aligned table, the same number of cells); each line as its cells with offsets into ``text``."""
    blocks: list[list[_Row]] = []
    run: list[_Row] = []
    key: tuple[str, int] | None = None
    pos = 0
    for line in text.split("\n"):
        sep = _separator(line)
        cells = _cells(line, sep) if sep is not None else []
        this = (sep, 0 if sep == _GAP else len(cells)) if sep is not None and len(cells) >= 3 else None
        row = {(off if sep == _GAP else k): (pos + off, cell) for k, (off, cell) in enumerate(cells)}
        if this is not None and this == key:
            run.append(row)
        else:
            if len(run) >= _MIN_ROWS:
                blocks.append(run)
            run = [row] if this is not None else []
            key = this
        pos += len(line) + 1
    if len(run) >= _MIN_ROWS:
        blocks.append(run)
    return blocks


def _stripped(start: int, cell: str) -> tuple[int, int, str]:
    """The cell's text without the spaces and quotes around it, with its span in the text."""
    left = len(cell) - len(cell.lstrip(" \"\r"))
    body = cell.strip(" \"\r")
    return start + left, start + left + len(body), body


def _covered(persons: list[tuple[int, int]], start: int, end: int) -> bool:
    """A PERSON entity covers [start, end) (entities from before may be merged around it)."""
    k = bisect.bisect_right(persons, (start, end)) - 1
    for j in range(max(0, k - 1), min(len(persons), k + 2)):
        s, e = persons[j]
        if s <= start and end <= e:
            return True
    return False


def _covered_by_parts(text: str, persons: list[tuple[int, int]], start: int, end: int) -> bool:
    """PERSON entities cover [start, end), but for the commas and spaces between them: one ("Keller, Johannes")
    or the parts the rules found before they are joined ("Keller" and "Johannes")."""
    k = bisect.bisect_right(persons, (start, end)) - 1
    pos = start
    for j in range(max(0, k - 1), len(persons)):
        s, e = persons[j]
        if e <= pos:
            continue
        if s >= end:
            break
        if s > pos and text[pos:s].strip(", "):
            return False
        pos = max(pos, e)
        if pos >= end:
            return True
    return pos > start and not text[pos:end].strip(", ")


def _rest_named(text: str, persons: list[tuple[int, int]], start: int, end: int, lexicon: NameLexicon) -> bool:
    """No word of a partly found cell that no PERSON covers is an ordinary word no list knows as a name, nor a stop
    word ("Blümel" of "Blümel, Wieland" is none; "Rolls" of "Rolls Royce", "Little" of the horse "Little Joe" are:
    review of session 33).  A cell no rule touched is judged by _name_like alone."""
    k = bisect.bisect_left(persons, (start, start))
    spans = [(s, e) for s, e in persons[max(0, k - 1):k + 8] if s < end and start < e]
    if not spans:
        return True
    comma = text.find(", ", start, end)
    if comma > start and text.find(",", comma + 1, end) < 0 and any(s <= comma + 2 and end <= e for s, e in spans):
        return True  # a surname before the first name found after its comma, whatever word it is ("Santi, Antonia")
    pos = start
    for word in text[start:end].replace(",", " ").split(" "):
        w_start, pos = pos, pos + len(word) + 1
        bare = word.strip(".'’-")
        if not bare or word.lower() in NAME_PARTICLE_WORDS or any(
                s <= w_start and w_start + len(word) <= e for s, e in spans):
            continue
        if bare in STOP or bare.lower() in lexicon.common_words and not lexicon.is_known_name(bare):
            return False
    return True


def _column_names(text: str, block: list[_Row], persons: list[tuple[int, int]], sure: list[tuple[int, int]],
                  lexicon: NameLexicon) -> list[Entity]:
    out: list[Entity] = []
    # The first row is the header when no digit is in it ("Datum;Zeit;Station;Zoo-Scout;Handy", "| KW | Pikett |
    # Stellvertretung |" though a rule took a word of it for a name): never a name.  (A first row of data has its
    # number, date or phone: "01     Entenangeln      Farkas …")
    if not any(ch.isdigit() for _, cell in block[0].values() for ch in cell):
        block = block[1:]
    # Each cell once, by its column (a gap-aligned table names its columns by their offsets: a long line over
    # short rows has many; reading every row for every column was quadratic -- second review of session 26).
    by_column: dict[int, list[tuple[int, int, str]]] = {}
    for row in block:
        for col, cell in row.items():
            by_column.setdefault(col, []).append(_stripped(*cell))
    for cells in by_column.values():
        if len(cells) < 2:
            continue
        lettered = [c for c in cells if any(ch.isalpha() for ch in c[2])]
        named = [c for c in lettered if _covered_by_parts(text, sure, c[0], c[1])]
        if len(named) < 2 or 2 * len(named) < len(lettered):
            continue
        # (and two of them a first name with a surname: a column of pets, teams or shops some of which a rule
        # took for people has none -- "Tulpe", "Quiz Khalifa", "Migros")
        if sum(1 for c in named if _full_name(c[2], lexicon)) < 2:
            continue
        for start, end, body in lettered:
            # (a cell a rule found a part of is the column's name whole: "| Blümel, Wieland |" where the list
            # knew the first name, "van Laak, Anna-Lena" without its particle -- holdout37, read in session 33)
            if _covered(persons, start, end) or not _name_like(body, lexicon) or not _rest_named(
                    text, persons, start, end, lexicon):
                continue
            out.append(Entity(start, end, EntityType.PERSON, text[start:end], "columns"))
    return out


def _full_name(body: str, lexicon: NameLexicon) -> bool:
    """Two words or more, the first or the last a listed first name ("Tobias Hartmann", "Steurer, Juliana")."""
    words = [word if not word.islower() else word.split("-")[0].capitalize() for word in body.replace(",", " ").split()]
    return len(words) >= 2 and (lexicon.is_first_name(words[0]) or lexicon.is_first_name(words[-1]))


def _name_like(body: str, lexicon: NameLexicon) -> bool:
    """One to four capitalised words, initials or particles ("L. Wende", "von Stein", "Okafor, Kofi"), no
    digit, not a header's or a key's word, and not every word an ordinary one no list knows as a name."""
    if not body or len(body) > _MAX_CELL or _GAP in body or any(ch.isdigit() or ch in "@/:()[]{}#+=" for ch in body):
        return False
    words = body.replace(",", " ").replace("&", " ").split()
    if not 1 <= len(words) <= 4 or normalise_key(body) in ALL_KEYS:
        return False  # (a form's key in a key column: "| Geburtsdatum | 17. März '57 |")
    if body.islower():
        # a name typed in lower case, in a column of names: read capitalised, and a listed first name first or last
        # ("| callum ward |", "brandstätter-berger, clemens" -- holdout39's registers, read in session 35)
        words = ["-".join(part.capitalize() for part in word.split("-")) for word in words]
        if not _full_name(body, lexicon):
            return False
    if words[-1] in _STREET_WORDS or words[-1].lower().endswith(("strasse", "straße", "gasse", "weg", "platz")):
        return False  # where something was found: "| Beach Road |"
    named = False
    initial = False
    for word in words:
        bare = word.strip(".'’-")
        if word.lower() in NAME_PARTICLE_WORDS:
            continue
        if len(bare) == 1 and bare.isupper():  # an initial: "L. Wende" is someone's, "A. Salz" too
            named = named or len(words) > 1
            initial = True
            continue
        if not bare or not bare[0].isupper() or not bare.replace("-", "").replace("'", "").replace("’", "").isalpha():
            return False
        if bare in STOP or lexicon.is_place_only(bare) and not initial:
            return False
        if len(bare) <= 4 and bare.isupper() and not lexicon.is_known_name(bare.capitalize()):
            return False  # a code or a club's letters: "PIC", "LAC Basel", "LG Nord"
        if any(c.isupper() for c in bare[1:]) and not bare.isupper() and "-" not in bare and "'" not in bare \
                and not bare.startswith(("Mc", "Mac", "De", "Di", "Da", "Le", "La", "Van", "Von", "O'")):
            return False  # a header's or a product's CamelCase: "ReferringPhysicianName", "ChatGPT"
        if name_word(bare, lexicon):
            named = True
    return named

