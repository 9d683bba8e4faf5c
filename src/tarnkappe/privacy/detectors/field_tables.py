"""The columns of tables whose header names them: CSV, TSV, Markdown and tables aligned with spaces,
and tables keyed by rows, one column per person (issue 13: text pasted from systems, not written as
prose).

A header's cell says what its column's cells are, as a key says what its value is: a surname in no
list in a "Nachname" column, a date with no cue word under "Geburtsdatum".  This module finds the
header rows and their columns and hands each cell to the value typer (field_values.py), which
checks the cell has its type's shape; the key-value lines of a form are fields.py's.

Linear: each line is asked once whether it is a header (one split, two C substitutions and a set
comparison), a table's rows are split once.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator

from ..entities import Entity, EntityType
from ..learned.features import rare_word
from ..names import compound_tail
from . import scan
from .cells import split_cells
from .field_keys import (
    ADULT_DOB_KEY,
    ALL_KEYS,
    COLUMN_KEYS,
    DATE_FORMAT,
    NAME_OWNERS,
    PARENTHESIS,
    PERSON_KEYS,
    TRIGGERS,
    WEAK_PERSON_KEYS,
    beside_names,
    birth_column_key,
    column_key,
    dob_key_within,
    is_alias,
    normalise_key,
)
from .field_values import ValueTyper, strip_value
from .person_cues import STOP

# What separates a table's cells (fields.py asks a text for them before it looks for tables).
SEPARATORS = "|;\t,"
# Separators of a table keyed by rows (a comma is prose's as often: "Adresse, Telefon und …").
_ROW_KEYED_SEPARATORS = ("\t", "|", ";")
# Per separator: every character but letters and that separator (what a header line loses).
_NOT_KEY_CHAR = {sep: scan.compile(rf"(?:[^\w{re.escape(sep)}]|[\d_]){{1,64}}") for sep in SEPARATORS}
# Columns that say a table is about people (beside "last"/"first" of a header).
_CONTACT_CELLS = frozenset(
    "email mail emailaddress phone tel telephone mobile iban address adresse dob birthdate".split()
)
# A contact's column written with its owner ("parent_email", "guardianPhone", "email_eltern").
_CONTACT_ENDINGS = ("email", "phone", "mobile")
# A cell of a table aligned with spaces: words one space apart, at most 48 characters.
# (a reply's quote marks at a line's start are no cell: "> Name    Geburtsdatum" is the header of a quoted table)
_ALIGNED_CELL = scan.compile(r"(?<![^ \t\n])(?!>(?:[ >\n]|\Z))[^\s](?:[^\s]|[ ](?=[^\s])){0,47}+")
_RULE_CHARS = "-=+|:_ \t\r>"  # a header's underline in a table aligned with spaces (quoted too: "> ----")
# A decimal number ("29.8", "1.00", "31.9-32.3"): a group of one digit at a dot; a phone number's
# groups are of two digits or more ("079.123.45.67", "+41.79…", "+1.212.555.0100").
_DECIMAL = scan.compile(r"\.\d(?!\d)|(?<![\d+])\d\.\d")


class FieldTables:
    """The typed cells of a text's tables (see the module's docstring)."""

    def __init__(self, values: ValueTyper) -> None:
        self._values = values
        self._lex = values.lexicon

    def detect(self, text: str) -> Iterator[Entity]:
        """Each header line (>= 2 cells, one a known key) types the cells of its column on the
        lines below it, up to a blank line or a line without the separator."""
        pos, n = 0, len(text)
        while pos < n:
            end = text.find("\n", pos)
            end = n if end < 0 else end
            line = text[pos:end]
            sep = next((c for c in SEPARATORS if c in line), "")
            if sep in _ROW_KEYED_SEPARATORS:
                yield from self._row_keyed(text, pos, end, sep)
            columns = beside_names(_header_columns(line, sep)) if sep else None
            if columns and self._is_pair(line, sep, columns) and not self._row_below(text, end, sep, columns):
                columns = None
            if not columns:
                if "  " in line:  # "Familienname, Vorname  Geburtsdatum  Anschrift": aligned, commas inside
                    pos = yield from self._aligned(text, pos, end)
                else:
                    pos = end + 1
                continue
            row = end + 1
            column = _NameColumn()
            while row < n:
                row_end = text.find("\n", row)
                row_end = n if row_end < 0 else row_end
                if sep not in text[row:row_end] or _starts_table(text[row:row_end], sep):
                    break
                if sep in _ROW_KEYED_SEPARATORS:
                    yield from self._row_keyed(text, row, row_end, sep)
                # (quoted cells whole: '…,"Vicolo Raimondo, n. 25, 00184 Roma RM",…' is one cell)
                for k, (offset, cell) in enumerate(split_cells(text[row:row_end], sep)):
                    key = columns.get(k)
                    if key is not None:
                        c_start, c_end = strip_value(text, row + offset, row + offset + len(cell))
                        if k == 0 and c_start == row and text.startswith(">", row):
                            # a reply's quote marks before the first cell: "> Zgraggen Ivo\t12.03.1985"
                            c_start, c_end = strip_value(text, row + len(cell) - len(cell.lstrip("> ")), c_end)
                        if c_end - c_start > 48 or normalise_key(text[c_start:c_end]) not in ALL_KEYS:
                            # (a key below a key is a form keyed by rows: "Vorname\tAnna\nNachname\tOkafor")
                            yield from column.typed(self._values, text, key, c_start, c_end)
                row = row_end + 1
            yield from column.rescued(self._values, text)
            pos = row

    def _aligned(self, text: str, start: int, end: int) -> Generator[Entity, None, int]:
        """A table aligned with spaces ("Name            Geburtsdatum   Telefon"): a header whose
        cells are two or more spaces apart; a row's cell belongs to the header cell that starts
        within two characters of it (empty cells leave no gap in the count).  Returns where
        the scan goes on."""
        if TRIGGERS.isdisjoint(text[start:end].lower().split()):
            return end + 1  # no key and no first word of one: one split and a set test a line
        header: list[tuple[int, str]] = []
        colon = ":" in text[start:end]
        for m in scan.finditer(_ALIGNED_CELL, text, start, end):
            cell_key = _header_key(m.group())
            words = m.group().split(" ")
            if cell_key not in COLUMN_KEYS and len(words) == 2 and not colon \
                    and _header_key(words[0]) not in COLUMN_KEYS and (second := _header_key(words[1])) in COLUMN_KEYS:
                # two columns' names one space apart ("Platz Name            Anschrift"): the second, a
                # key, heads the column that starts under it (not in a form's line: "Land: Österreich")
                header.append((m.start() - start + len(words[0]) + 1, second))
                continue
            header.append((m.start() - start, cell_key))
        keys = sum(key in COLUMN_KEYS for _, key in header)
        if len(header) < 2 or keys == 0 or (keys == 1 and len(header) == 2):
            # "Vorname               Fabian": a key and its value aligned, no table's header (its
            # column would have made "Geschlecht", "Tag der Geburt" first names)
            return end + 1
        columns = beside_names({offset: key for offset, key in header if key in COLUMN_KEYS}) or {}
        row, n = end + 1, len(text)
        column = _NameColumn()
        while row < n:
            row_end = text.find("\n", row)
            row_end = n if row_end < 0 else row_end
            if "  " not in text[row:row_end]:
                if text[row:row_end].strip(_RULE_CHARS):
                    break
                row = row_end + 1  # "--------- ------------": the header's underline
                continue
            for m in scan.finditer(_ALIGNED_CELL, text, row, row_end):
                offset = m.start() - row
                key = columns.get(offset) or columns.get(offset - 1) or columns.get(offset + 1) \
                    or columns.get(offset - 2) or columns.get(offset + 2)
                if key is not None and normalise_key(m.group()) not in ALL_KEYS:
                    yield from column.typed(self._values, text, key, m.start(), m.end())
            row = row_end + 1
        yield from column.rescued(self._values, text)
        return row

    def _row_keyed(self, text: str, start: int, end: int, sep: str) -> Iterator[Entity]:
        """A table keyed by rows, one column per person ("Geburtsdatum\t20.08.1963\t28.02.1973",
        "| Vorname | Ilona | Valentin |"): the first cell's key types every other cell.  Values
        are checked by their type as in a form, so a header row ("Name | Betrag | Datum") types
        nothing."""
        line = text[start:end]
        cells = line.split(sep)
        first = 1 if sep == "|" and not cells[0].strip() else 0
        # a key and one value ("Nachname\tOkafor") is a form's line; after ";" a table's
        # ("Nachname;Meier;Huber": one column per person)
        if len(cells) - first < (3 if sep == ";" else 2) or len(cells[first]) > 48 or (sep == ";" and ":" in line):
            return  # (a vCard's "ADR;TYPE=home:;;Rue du Lac 5;…" is read as one)
        row_key = normalise_key(cells[first])
        if row_key not in ALL_KEYS:
            row_key = dob_key_within(row_key) or row_key  # "| Geb.-Datum Fahrer/in | 30.10.1969 | 29.3.1961 |"
        if len(row_key) < 3 or row_key not in ALL_KEYS or _starts_table(line, sep) \
                or text.startswith(("|--", "| --", "|:-", "--"), end + 1):
            return  # a header ("N° | Qté | …", "Cognome e nome | Luogo e data di nascita | …")
        key = cells[first] if row_key == normalise_key(cells[first]) else row_key
        if normalise_key(key) in WEAK_PERSON_KEYS and (
                _row_key(text, text.rfind("\n", 0, max(start - 1, 0)) + 1, sep) in PERSON_KEYS
                or _row_key(text, end + 1, sep) in PERSON_KEYS):
            key = "firstname"  # "Nome" below or above "Cognome": a name, whatever it looks like
        cell_start = start + sum(len(cell) + 1 for cell in cells[:first + 1])
        for cell in cells[first + 1:]:
            c_start, c_end = strip_value(text, cell_start, cell_start + len(cell))
            if c_end > c_start and normalise_key(text[c_start:c_end]) not in ALL_KEYS \
                    and "`" not in text[c_start:c_end]:  # (Markdown's code: "| address | `Obere Gasse 5a` |")
                for entity in self._values.typed(text, key, c_start, c_end):
                    if entity.type != EntityType.PHONE or (
                            _digits(entity.text) >= 7 and scan.search(_DECIMAL, entity.text) is None):
                        yield entity  # not "| PHONE | 0.52 / 0.96 |", "| phone | 29.8 / 137.6 |" (tables of scores)
            cell_start += len(cell) + 1

    def _is_pair(self, line: str, sep: str, columns: dict[int, str]) -> bool:
        """A line of one key and its value ("| Cognome | Kipkoech |", "Nachname\tOkafor") is a
        form's line, not a table's header: read as a header, it made the keys of the lines below
        ("| Luogo di nascita | Ancona |", "| CCNL | … |") surnames.  A header's other cell names
        a column ("Name | Bemerkung"), which is no value of the key."""
        if len(columns) != 1:
            return False
        cells = [cell.strip() for cell in line.split(sep)]
        filled = [k for k, cell in enumerate(cells) if cell]
        (column,) = columns
        if len(filled) != 2 or filled[0] != column:
            return False
        return self._values.value_entity(columns[column], cells[filled[1]]) is not None

    def _row_below(self, text: str, end: int, sep: str, columns: dict[int, str]) -> bool:
        """The first line below (past a rule) holds a value of the key in the key's column, not
        another key: a table's row ("Patient\tZimmer" over "Okonkwo-Baptiste\t3B"), and the line
        at ``end`` its header ("Cognome\tKipkoech" over "Nome\tSandra" is a form)."""
        pos = end + 1
        for _ in range(2):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            line = text[pos:line_end]
            if line.strip(_RULE_CHARS):
                break
            pos = line_end + 1
        if sep not in line:
            return False
        (column,) = columns
        cells = [cell.strip() for cell in line.split(sep)]
        cell = cells[column] if column < len(cells) else ""
        lex = self._lex
        if not cell or normalise_key(cell) in ALL_KEYS or not any(
                lex.is_known_name(w) or not (w.lower() in lex.common_words or compound_tail(w.lower(), lex))
                for w in cell.replace("-", " ").split()):
            return False  # ("Kostenstelle", "Luogo di nascita": a form's next key)
        return self._values.value_entity(columns[column], cell) is not None


class _NameColumn:
    """A table's column under a weak person key ("Name", "Kunde", "Client"), read row by row: a
    single word there must be a name the lists know ("Name | Artikel" may list products) -- but where
    half of the column's cells are names at least (more than half where none has two words: "Hugo",
    "Bellini" of a menu), the column is one of people, and its other cells of a name's
    shape are names too, whether a list knows them or not ("Leonhard", "Glauco", "Tesfamariam" among
    "Margaux", "Kajan Ravichandran"; holdout24, session 21).  Not ordinary words ("Gusti", "Total")."""

    def __init__(self) -> None:
        self.names = 0
        self.full = False  # a name of two words or more among them
        self.doubtful: list[tuple[str, int, int]] = []

    def typed(self, values: ValueTyper, text: str, key: str, start: int, end: int) -> Iterator[Entity]:
        """``ValueTyper.typed``, counting the weak person key's names and keeping its doubtful cells."""
        if normalise_key(key.split(";", 1)[0]) not in WEAK_PERSON_KEYS:
            yield from values.typed(text, key, start, end)
            return
        found = False
        for entity in values.typed(text, key, start, end):
            if entity.type == EntityType.PERSON:
                found, self.full = True, self.full or " " in entity.text
            yield entity
        if found:
            self.names += 1
        elif len(self.doubtful) < 1000 and any(c.isalpha() for c in text[start:end]) \
                and not any(c.isdigit() or c == "@" for c in text[start:end]):
            # (not a rule's "-----"; nor a contact's mail or number under a weak key: they are no name and no
            # evidence against the column -- holdout38's karaoke list lost "Usman", "Kavya" so)
            self.doubtful.append((key, start, end))

    def rescued(self, values: ValueTyper, text: str) -> Iterator[Entity]:
        """The doubtful cells that are names, once the column proved to be one of people."""
        if self.names < 2 or self.names < len(self.doubtful) or self.names == len(self.doubtful) and not self.full:
            return
        lex = values.lexicon
        for _, start, end in self.doubtful:
            value = text[start:end]
            words = value.split()
            if values.is_person_value(value, weak=False) and len(words) <= 3 and all(
                    w[:1].isupper() and not w.isupper() and w not in STOP and (
                        lex.is_known_name(w) or w.lower() not in lex.common_words and rare_word(w, 6)
                        and not lex.is_place_only(w)) for w in words):
                yield Entity(start, end, EntityType.PERSON, value, values.detector)


def _header_key(cell: str) -> str:
    """An aligned header's cell as its column key ("Date de na" cut short, "Age check (DOB)")."""
    key = column_key(normalise_key(cell))
    birth = birth_column_key(cell) if key not in COLUMN_KEYS or "(" in cell or "[" in cell else None
    if birth is not None and (key not in COLUMN_KEYS or birth != ADULT_DOB_KEY):
        return birth
    return key


def _owned_part(cell: str) -> str:
    """A header cell that names a person's first or last name after the person ("childfirst",
    "guestlast", "parentfirst" of "child_first;child_last;group;parent_email"): the part, an alias
    that counts only where the header has both and a contact's column; any other cell as it is."""
    for part, alias in (("firstname", "first"), ("lastname", "last"), ("first", "first"), ("last", "last")):
        if cell.endswith(part) and cell[:-len(part)] in NAME_OWNERS:
            return alias  # "kid_firstname", "guest_last"
    for part, alias in (("vorname", "first"), ("nachname", "last")):
        if cell.startswith(part) and cell[len(part):] in NAME_OWNERS:
            return alias  # "vorname_kind", "nachname_kind"
    return cell


def _digits(cell: str) -> int:
    """The digits of a cell: a header's cells have few, a row's values may have many."""
    return sum(c.isdigit() for c in cell)


def _row_key(text: str, start: int, sep: str) -> str:
    """The normalised first cell of the line at ``start`` (a row-keyed table's key)."""
    if start >= len(text):
        return ""
    cut = text.find(sep, start + 1, start + 50)
    line_end = text.find("\n", start, start + 50)
    if cut < 0 or 0 <= line_end < cut:
        return ""
    return normalise_key(text[start:cut])


def _starts_table(line: str, sep: str) -> bool:
    """A line below a header that is a header itself (two keys or more) ends the table above:
    a line of values with one key-like word ("Kevin Börner, …, Tel. …") read as a header
    must not make the real header and its rows cells of its columns."""
    if _digits(line) >= 4:
        return False  # a row of values ("R5214693,Student,…,n. 25,…" has "student" and "n")
    columns = _header_columns(line, sep)
    # (two different keys: a roster's shifts "S\tS\tN\tN" are one letter twice, no header)
    return columns is not None and len({key for key in columns.values() if len(key) > 1}) >= 2


def _header_columns(line: str, sep: str) -> dict[int, str] | None:
    """Column -> normalised key of a header line, or None.  Every line with a separator is
    asked, so the common answer (no key) costs a few C calls: the line is normalised as a
    whole (parentheses out, then all but letters and the separator) and compared as a set,
    after one split has turned away lines with a long cell (prose)."""
    columns = _keyed_columns(line, sep)
    if columns is None and "_" in line and (plain := _without_owner(line, sep)) is not None:
        columns = _keyed_columns(plain, sep)
    return columns


# The owners whose prefix a header's cells may share: persons -- the name keys' owners (field_keys.NAME_OWNERS) and
# the roles a table names its people by.  A thing's cells read without theirs are a person's keys ("product_name",
# "team_name", "pet_birth", "horse_birth_date", "street_zip": the review of session 36).
_OWNERS = NAME_OWNERS | frozenset(
    """adherent adhérent athlete beneficiary borrower buyer caller debtor deceased declarant demandeur dipendente emp
    father guarantor heir inquilino insured iscritto kundin locataire mentee mieterin mother partner patientin
    policyholder recipient resident richiedente seller sender spouse subscriber teacher teilnehmerin traveler traveller
    utente witness""".split()
)


def _without_owner(line: str, sep: str) -> str | None:
    """A header whose cells share their owner's prefix, without it ("id;candidate_surname;candidate_given_name;
    candidate_birth_date;…" -> "id;surname;given_name;birth_date;…" of an export; holdout40, read in session 36:
    no cell was a key, so the dates of birth below went unread), or None: three cells at least and half of
    them share the prefix (one word before "_")."""
    if len(line) > 4000:
        return None  # (as _keyed_columns: a long line is prose, not split)
    cells = line.split(sep)
    if len(cells) < 3 or len(cells) > 60:
        return None
    heads: dict[str, int] = {}
    for cell in cells:
        head, underscore, rest = cell.strip().partition("_")
        if underscore and rest and head.isalpha():
            heads[head] = heads.get(head, 0) + 1
    if not heads:
        return None
    owner, count = max(heads.items(), key=lambda item: item[1])
    if count < 3 or 2 * count < len(cells) or owner.lower() not in _OWNERS:
        return None
    prefix = owner + "_"
    return sep.join(cell.replace(prefix, "", 1) if cell.strip().startswith(prefix) else cell for cell in cells)


def _keyed_columns(line: str, sep: str) -> dict[int, str] | None:
    """_header_columns of a line as written."""
    if len(line) > 4000:
        return None
    stripped = PARENTHESIS.sub("", line) if "(" in line else line  # "Name, Vornamen (eigenhändig …)"
    parts = stripped.split(sep)
    if max(map(len, parts)) > 48 and max(len(part.strip()) for part in parts) > 48:
        # a header's cells are short; prose between commas is not (a Markdown table pads its header's cells to
        # its widest value: "| Adresse" and 52 spaces; holdout39, read in session 35)
        return None
    keyed = _NOT_KEY_CHAR[sep].sub("", stripped).lower()
    cells = keyed.split(sep)
    if "mm" in keyed:  # a date's format after a key ("Geburtsdatum TT.MM.JJ"): every format has "mm"
        cells = [DATE_FORMAT.sub("", cell) for cell in cells]
    if len(cells) < 2:
        return None
    cells = [column_key(cell) for cell in cells]  # (a header cut short: "Date de na")
    owned = False
    if ("first" in keyed or "vorname" in keyed) and ("last" in keyed or "nachname" in keyed):
        owned_cells = [_owned_part(cell) for cell in cells]  # "child_first;child_last;…;parent_email"
        owned = owned_cells != cells
        cells = owned_cells
    if sum(map(is_alias, cells)) >= 2 and (not _CONTACT_CELLS.isdisjoint(cells) or owned and any(
            cell.endswith(_CONTACT_ENDINGS) or cell.startswith(_CONTACT_ENDINGS) for cell in cells)):
        # "last" and "first" side by side, with a contact's column ("berth;last;first;email;iban" of a
        # marina's export; not a timetable's "Line;First;Last" stops, a test run's "First;Last" results)
        cells = [column_key(cell, aliases=True) for cell in cells]
    if COLUMN_KEYS.isdisjoint(cells):
        return None
    raw_cells = stripped.split(sep)
    # a cell with digits is a value, not a header's key ("…, Innsbruck, Tel. +43 688 …")
    columns = {k: cell for k, cell in enumerate(cells) if cell in COLUMN_KEYS and _digits(raw_cells[k]) < 3}
    if not columns:
        return None
    if len(columns) < len(cells) or "(" in line or "[" in line:
        for k, raw in enumerate(line.split(sep)):
            # (a person's cell that says its values are that person's birth: "Kind (geb.)", "Mère (née le)")
            if (k not in columns or "(" in raw or "[" in raw) and (birth := birth_column_key(raw)) is not None \
                    and (k not in columns or birth != ADULT_DOB_KEY):
                columns[k] = birth  # "contact_dob", "Alterskontrolle (geb.)"
    if "/" in line and sep != "/":
        # a cell naming two keys: "Genitore/tutore", "Vater/Mutter", "Tel./Mobile" -- its first
        for k, raw in enumerate(line.split(sep)):
            if k not in columns and "/" in raw:
                first = normalise_key(raw.split("/", 1)[0])
                if first in COLUMN_KEYS:
                    columns[k] = first
    return columns
