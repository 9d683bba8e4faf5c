"""Values of personal fields in structured text: "key: value" lines of forms, YAML and INI files,
JSON pairs, vCard properties, and the columns of tables (CSV, TSV, Markdown) whose header names
them (issue 13: text pasted from systems, not written as prose).

A key says what its value is where the value alone would not: a surname in no list after
"Nachname:", a number in no phone format after "phone", a date with no cue word in a
"Geburtsdatum" column, "TEL;TYPE=cell:" and "ADR:" in a vCard.  Each value must still have its
type's shape (a name has no digit, a phone at least six digits, a date of birth is a date, a
street line has a number), so a key that says more than its value ("name": "Widget Pro") costs
little; a bare "name"/"nom"/"nome" key also needs a word the name lists know, or two capitalised
words no list knows as ordinary words.

Which keys there are, and what their values are, is field_keys.py's; this module finds the keys
in lines and tables and checks each value's shape.

Linear: each line is looked at once -- a line without ":" or "=" is skipped with one string
test, a table's rows are split once.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Generator, Iterator

from ..entities import Entity, EntityType
from ..learned.features import german_word, one_language, rare_word
from ..names import NameLexicon, compound_tail
from . import scan
from .birth_objects import DATE_PARTS, DATE_WORDS, in_birth_block, in_birth_object
from .cells import split_cells
from .dates import DATE
from .field_keys import (
    ADULT_DOB_KEY,
    ALL_KEYS,
    BIRTH_PLACE_AND_DATE_KEYS,
    CHILD_KEYS,
    COLUMN_KEYS,
    DATE_FORMAT,
    GROUP_KEYS,
    NAME_OWNERS,
    PARENTHESIS,
    PERSON_KEYS,
    PLACE_KEYS,
    ROLE_KEYS,
    TEAM_KEYS,
    TRIGGERS,
    UNIT_KEYS,
    WEAK_PERSON_KEYS,
    beside_names,
    birth_column_key,
    column_key,
    dob_key_within,
    is_alias,
    is_key,
    normalise_key,
    type_of,
)
from .person_cues import COMPANY_SUFFIXES, CUES, STOP, TITLE_PARTS
from .team_cells import team_names

_NUMBER_STARTS = frozenset("+(0123456789*✶†")  # (and a birth's or death's sign: "Ama Boateng, * 25-05-1996")
_CARE_OF = scan.compile(r"(?:c/o|C/O|bei|chez|presso|z\.[ ]?Hd\.)[ ](?P<name>[^,;\n\d]{2,60}?),[ ]")
_PHONE_CHARS = frozenset("0123456789 +()-./\u00a0")
# (with a time written onto it, as exports write a date of birth: "1985-03-14T06:42:00", "1949-10-10T00:00:00Z")
_DATE_VALUE = scan.compile(rf"(?:{DATE})(?:T\d\d:\d\d(?::\d\d(?:\.\d{{1,9}})?)?(?:Z|[+\-]\d\d:?\d\d)?)?")
_DATE_LIST = scan.compile(rf"(?:{DATE})(?:[ \t]{{0,3}}(?:[/&+,]|und|et|e|and|y)[ \t]{{0,3}}(?:{DATE})){{1,5}}")
# A vCard property line: "TEL;TYPE=cell:+41 …", "item1.ADR;TYPE=home:;;Bahnhofstr. 1;…", "N:Meier;Anna;;;"
_VCARD = scan.compile(
    r"[ \t]{0,8}(?:item\d{1,3}\.)?(?P<key>[A-Z][A-Z\-]{0,15})(?:;[^:\n]{0,80})?:(?P<value>[^\n]{1,200})"
)
# "key: value" / "key = value" at a line's start (forms, YAML, INI), after a bullet or quote mark.
# Markdown's and LaTeX's marks around the key are no part of it ("**Name:** …", "- **Vorname**: …",
# "\\textbf{Geburtsdatum:} …").
_KEY_VALUE = scan.compile(
    r"[ \t]{0,24}(?:[-*•>][ \t]{1,4})?(?:\*\*|__|\*|_|\\[a-z]{1,12}\{)?(?P<key>[^\W_][^:=\n\"]{0,40}?)[:=]"
    r"(?:\*\*|__|\*|_|\})?[ \t]{0,24}+(?P<value>[^\n]{1,200})"
)
# a key and its row of dots (four at least: three are an ellipsis -- "Kunde ... Meier hat wieder angerufen")
_LEADER = r"(?P<key>[^\W\d_][^.\n:=]{0,40}?)[ ]{0,2}\.{4,40}+"
_DOT_LEADER = scan.compile(rf"[ \t>]{{0,8}}{_LEADER}[ ]{{0,4}}(?=[^\s.])")
# the next field's key and leader on the same line: "Kunde ....... Barth, Res ....... Kd.-Nr. 40021"
_NEXT_LEADER = scan.compile(rf"[ ]{{1,8}}(?={_LEADER.replace('?P<key>', '?:')})")
_BRACKET_KEY = scan.compile(r"[ \t>]{0,8}\[(?P<key>[^\W\d_][^\]\n]{0,40})\][ \t]{1,8}(?=\S)")
_LATEX_COMMAND = scan.compile(r"[ \t]{0,24}\\[a-z]{1,12}\{")
# A JSON pair: "key": "value" or "key": 0041 …, or a list's first item: FHIR's "given": ["Narimane"]
_JSON_PAIR = scan.compile(
    r"\"(?P<key>[^\"\n]{1,40})\"[ \t]{0,4}:[ \t]{0,4}(?:\[[ \t]{0,4})?"
    r"(?:\"(?P<value>[^\"\n]{1,200})\"|(?P<number>[+\d][\d +().\-/]{0,30}))"
)
_SEPARATORS = "|;\t,"
# A cell of a table aligned with spaces: words one space apart, at most 48 characters.
_RULE_CHARS = "-=+|:_ \t\r>"  # a header's underline in a table aligned with spaces (quoted too: "> ----")
# Columns that say a table is about people (beside "last"/"first" of a header).
_CONTACT_CELLS = frozenset(
    "email mail emailaddress phone tel telephone mobile iban address adresse dob birthdate".split()
)
# (a reply's quote marks at a line's start are no cell: "> Name    Geburtsdatum" is the header of a quoted table)
_ALIGNED_CELL = scan.compile(r"(?<![^ \t\n])(?!>(?:[ >\n]|\Z))[^\s](?:[^\s]|[ ](?=[^\s])){0,47}+")


# "<anna.meier@example.ch>" and the name right before it (1-4 capitalised words, particles between;
# quoted or not).
_ANGLE_ADDRESS = scan.compile(r"<(?P<local>[^<>@\s]{1,64})@[^<>\s]{1,255}>")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]{0,30}+(?:['’\-][^\W\d_]{1,30}+)?"
_LOWER_PARTICLE = r"(?:von|zu|zur|zum|vom|van|der|den|de|di|da|del|della|la|le|dos|du|ter|ten)"
# "Penny Hill", "Jorinde zu Obermoser", "van der Linde Celine (IT-SEC)", and quoted with the
# surname first: "\"Stadler, Emma\"", "\"de Smet, Gabriel\"" (Outlook's way) -- one name.
_DISPLAY_NAME = scan.compile(
    rf"(?<![\w\-])(?P<quote>\")?(?P<name>(?:{_LOWER_PARTICLE}[ ]){{0,2}}{_NAME_WORD}\.?"
    rf"(?:(?(quote),?)[ ](?:{_LOWER_PARTICLE}[ ]){{0,2}}{_NAME_WORD}\.?){{0,3}}?)(?(quote)\")"
    rf"(?:[ ]\([^()\n]{{1,24}}\))?[ ]?$"
)
# A German key written for both genders names a person's role, whatever the role ("Zeitnehmer/in",
# "Kontrolleur*in", "Bewerter:in 1", "Redner(in)", "Ärzt_innen"; holdout26, session 23)
_GENDERED_ROLE = scan.compile(r"[^\W\d_](?:/-?|\*|:|_|\()(?:in|innen)\b")
_GERMAN_PARTICLES = frozenset("vom zum zur am im auf".split())
_PARTICLE_WORDS = frozenset("von zu zur zum vom van der den de di da del della la le dos du ter ten".split())
_ROLE_MAILBOXES = frozenset(
    """info support noreply no-reply donotreply service kontakt contact office admin mail hello hallo team
    sales verkauf billing buchhaltung rechnung invoice hr jobs karriere news newsletter help hilfe
    servizioclienti assistenza""".split()
)


# "Cc: a@b.ch, Bosco, Marco <bosco@…>", "Von: von Gunten, Noa <…>": an unquoted surname and its comma before the
# first name, as Outlook lists people; after a header's key, another address or the list's start only
_SURNAME_COMMA = scan.compile(
    rf"(?P<surname>(?:{_LOWER_PARTICLE}[ ]){{0,2}}{_NAME_WORD}(?:[- ]{_NAME_WORD})?),[ ]\Z"
)


def _surname_before(text: str, start: int, lex: NameLexicon) -> int:
    """``start`` moved back over a surname written first, unquoted, in a header's list of people
    (holdout26's Cc lines: "…, Klemm, Undine <klemm@…>"); not over an ordinary word ("Sent: Monday, …")."""
    m = scan.search(_SURNAME_COMMA, text, max(0, start - 64), start)
    if m is None:
        return start
    surname = m.group("surname")
    last = surname.split(" ")[-1].split("-")[0]
    if last.lower() in lex.common_words and last not in lex.surnames:
        return start
    before = m.start()
    return before if _after_list_border(text, before) else start


def _after_list_border(text: str, pos: int) -> bool:
    """A header's key, another address or the line's start before ``pos`` (":", ";", ">", "x@y.ch,")."""
    head = text[max(0, pos - 256):pos].rstrip(" \t")
    if not head or head[-1] in ":;>\n":
        return True
    if head[-1] != ",":
        return False
    token = head[:-1].rsplit(None, 1)[-1] if head[:-1].strip() else ""
    return "@" in token or token.endswith(">")


def _after_titles(text: str, start: int, end: int, lex: NameLexicon) -> int:
    """``start`` moved over the titles and forms of address that open a name ("Dr", "dott.",
    "Frau Prof.", "Sig.ra"): the reader keeps them, only the name is personal.  Not over a
    listed first name ("Don Johnson", "Ing Zorbuk" stay whole)."""
    while True:
        space = text.find(" ", start, end)
        if space < 0:
            return start
        word = text[start:space].rstrip(".")
        if word.capitalize() not in CUES and word not in TITLE_PARTS and word.lower() not in ("sig.ra", "sig.na"):
            return start
        if lex.is_first_name(word.capitalize()):
            return start
        start = space + 1


def _opens_name(text: str, start: int) -> bool:
    """Only a quote, a line break, a tab or a list separator (":", ";", ",", "<") stands before
    ``start``, one space allowed."""
    return text[max(0, start - 2):start].rstrip(" ")[-1:] in ("", "\"", "'", "\n", "\t", ":", ";", ",", "<")


# A street and its number after a name in a value ("Weinbergstrasse 89,", "207 High Street"): an address
_HOUSE_NUMBER = scan.compile(
    r"[A-ZÀ-Þ][^\W\d_]{2,47}+[ ]\d{1,4}[a-z]?(?:,|\Z)|\d(?<![\w]\d)\d{0,3}[ ][A-ZÀ-Þ][^\W\d_]{2,47}+[ ][A-ZÀ-Þ]"
)


class FieldDetector:
    """The values of personal fields in structured text (see the module's docstring)."""

    name = "fields"

    def __init__(self, lexicon: NameLexicon) -> None:
        self._lex = lexicon

    @property
    def lexicon(self) -> NameLexicon:
        """The name lists the values are judged by (inline_fields.py judges with them too)."""
        return self._lex

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield the typed values of key-value lines, JSON pairs, vCard properties and tables."""
        if ":" in text or "=" in text or "   " in text or "..." in text or "] " in text:
            yield from self._pairs(text)
        if "  " in text or any(sep in text for sep in _SEPARATORS):
            yield from self._tables(text)
        if "@" in text and "<" in text:
            yield from self._display_names(text)

    # -- Name <address> ---------------------------------------------------------
    def _display_names(self, text: str) -> Iterator[Entity]:
        """The display name before an address in angle brackets: mail headers and quoted replies
        ("On 10/07/2026 Penny Hill <…> wrote:", "Von: Jorinde zu Obermoser <…>"); not before a
        role mailbox ("Support Team <support@…>")."""
        for m in scan.finditer(_ANGLE_ADDRESS, text):
            if m.group("local").lower().split(".")[0] in _ROLE_MAILBOXES:
                continue
            name = scan.search(_DISPLAY_NAME, text, max(0, m.start() - 80), m.start())
            if name is None:
                continue
            start, end = name.span("name")
            # leading words that are no name: "Weitergeleitet von IT Penny Hill" -> "Penny Hill";
            # but a name that starts with its particles stays whole ("; van der Linde Celine <…>")
            lex = self._lex
            while not (text[start].islower() and _opens_name(text, start)):
                word = text[start:end].split(" ", 1)
                if len(word) < 2 or " " not in word[1]:
                    break  # never down to one word: "Avi Kulkarni <…>" is a name as it stands
                first = word[0].rstrip(".")
                if not (first.lower() in lex.common_words or first in _PARTICLE_WORDS
                        or (first.isupper() and len(first) <= 4)) or lex.is_first_name(first):
                    break
                if " " not in word[1] and first.istitle() and text[end:end + 2] == " (":
                    break  # "Bello Luciana (OPS) <…>": a surname first, before a department
                start += len(word[0]) + 1
            if text[end:end + 1] != '"':
                start = _surname_before(text, start, lex)
            yield Entity(start, end, EntityType.PERSON, text[start:end], self.name)

    # -- key: value ---------------------------------------------------------
    def _pairs(self, text: str) -> Iterator[Entity]:
        pos, n = 0, len(text)
        while pos < n:
            end = text.find("\n", pos)
            end = n if end < 0 else end
            line = text[pos:end]  # (sliced once: five tests read it)
            if line and (":" in line or "=" in line or "   " in line or "..." in line or "] " in line):
                yield from self._line(text, pos, end)
            pos = end + 1

    def _line(self, text: str, start: int, end: int) -> Iterator[Entity]:
        line = text[start:end]
        if '"' in line:
            pairs = list(scan.finditer(_JSON_PAIR, text, start, end))
            for m in pairs:
                group = "value" if m.group("value") is not None else "number"
                key = m.group("key")
                normal = normalise_key(key)
                if normal in DATE_PARTS and m.group("number") is not None and in_birth_object(text, m.start()):
                    # '"dateOfBirth": {"day": 14, "month": 3, "year": 1985}': each part of the birth's date
                    part = m.group("number").rstrip(" ,")
                    if part.isdigit() and len(part) <= 4:
                        p_start = m.start("number")
                        yield Entity(p_start, p_start + len(part), EntityType.DOB, part, self.name)
                    continue
                if normal in DATE_WORDS and in_birth_object(text, m.start()):
                    key = "geburtsdatum"  # '"birthData": {"date": "1985-03-14", "time": "06:42"}'
                yield from self._typed(text, key, m.start(group), m.end(group))
            if pairs:
                return
            # no JSON pair: a YAML or form line with a quoted value ('nachname: "Brunnhofer"')
        # one key before the first ":" or "=": asked before any pattern runs (most lines with a
        # colon are prose, times or URLs)
        cut = min((i for i in (line.find(":"), line.find("=")) if i >= 0), default=-1)
        if cut < 0:
            if "] " in line and (bracket := scan.match(_BRACKET_KEY, text, start, end)) is not None:
                # a form's key in brackets: "[PLZ / Ort] 5400 Hallein", "[Kunde] Efil Şama" (holdout27, session 24)
                key = normalise_key(bracket.group("key"))
                v_start, v_end = _strip(text, bracket.end(), end)
                if v_end > v_start and is_key(key):
                    yield from self._typed(text, bracket.group("key"), v_start, v_end)
                return
            if "...." in line and (leader := scan.match(_DOT_LEADER, text, start, end)) is not None:
                # a form's key and value joined by a row of dots: "Kunde ........... Barth, Christl",
                # "Name des Kindes ..... Fiamma Zacchia" (holdout27, read in session 24); fields one after
                # another on a line each read so ("Name ...... Meier    Vorname ...... Anna")
                fields = keyed = 0
                while leader is not None and fields < 8:
                    nxt = scan.search(_NEXT_LEADER, text, leader.end(), end)
                    value_end = end if nxt is None else nxt.start()
                    v_start, v_end = _strip(text, leader.end(), value_end)
                    if v_end > v_start and is_key(normalise_key(leader.group("key"))):
                        keyed += 1
                        yield from self._typed(text, leader.group("key"), v_start, v_end)
                    leader = None if nxt is None else scan.match(_DOT_LEADER, text, nxt.end(), end)
                    fields += 1
                if keyed:
                    return  # (else the line may be a form aligned with spaces, its dots a value's)
            # a form aligned with spaces instead of a colon: "Tag der Geburt        16. Mai 1979"
            gap = line.find("   ", 1)
            if 0 < gap <= 48 and normalise_key(line[:gap]) in ALL_KEYS:
                v_start, v_end = _strip(text, start + gap, end)
                cells = text[v_start:v_end].split("  ", 1)
                if v_end > v_start and (len(cells) < 2 or normalise_key(cells[0]) not in ALL_KEYS):
                    # (not a table's header: "Name      Geburtsdatum    Zimmer", its second cell a key too; a
                    # value of one cell is one, a key word or not: "Name      Stock")
                    yield from self._typed(text, line[:gap], v_start, v_end)
            return
        # several pairs on one line, three spaces or a tab apart ("NOM : UCHE   PRÉNOM : CHARITY",
        # "Cognome: CONTE   Nome: Salvatore"): each read as a line of its own
        for seg_start, seg_end in _segments(text, start, end):
            seg = text[seg_start:seg_end]
            seg_cut = min((i for i in (seg.find(":"), seg.find("=")) if i >= 0), default=-1)
            if seg_cut > 0:
                yield from self._pair(text, seg_start, seg_end, seg_cut)

    def _pair(self, text: str, start: int, end: int, cut: int) -> Iterator[Entity]:
        line = text[start:end]
        key = line[:cut]
        if key[:1] in " \t\\" and (latex := scan.match(_LATEX_COMMAND, key)) is not None:
            key = key[latex.end():]  # "\\textbf{Name" -> "Name"
        birth = key[:1] in " \t" and normalise_key(key) in DATE_WORDS and in_birth_block(text, start)
        normal = normalise_key(key.split(";", 1)[0])
        if not 0 < cut <= 48 or not birth and not is_key(normal) and (
                scan.search(_GENDERED_ROLE, key) is None):
            return
        if line[cut] == "=" and key.rstrip(" \t")[-1:] in _OPERATOR_CHARS:
            return  # code, no form: "line[3] += cost if …" (its value was an address, and spread by repeats.py)
        card = scan.fullmatch(_VCARD, text, start, end)
        if card is not None and card.group("key") in _VCARD_KEYS:
            yield from self._vcard(text, card)
            return
        pair = scan.fullmatch(_KEY_VALUE, text, start, end)
        if pair is not None:
            v_start, v_end = _strip(text, pair.start("value"), pair.end("value"))
            if birth and text[v_start:v_start + 1] in "\"'" and text[v_end - 1:v_end] == text[v_start]:
                v_start, v_end = v_start + 1, v_end - 1  # (a quoted YAML value)
            yield from self._typed(text, "geburtsdatum" if birth else pair.group("key"), v_start, v_end)

    def _vcard(self, text: str, m: re.Match[str]) -> Iterator[Entity]:
        key = m.group("key")
        v_start, v_end = _strip(text, m.start("value"), m.end("value"))
        value = text[v_start:v_end]
        if key in ("N", "FN"):
            if any(c.isdigit() for c in value) or not value.strip(";"):
                return
            # "Meier;Anna;;;" -> the name without the empty components' separators
            v_end = v_start + len(value.rstrip(";"))
            v_start += len(value) - len(value.lstrip(";"))
            yield Entity(v_start, v_end, EntityType.PERSON, text[v_start:v_end], self.name)
        elif key == "ADR":
            v_start += len(value) - len(value.lstrip(";"))
            v_end = v_start + len(text[v_start:v_end].rstrip(";"))
            if v_end > v_start and any(c.isdigit() for c in text[v_start:v_end]):
                yield Entity(v_start, v_end, EntityType.ADDRESS, text[v_start:v_end], self.name)
        elif key == "TEL":
            yield from self._typed(text, "tel", v_start, v_end)
        elif key == "BDAY":
            yield from self._typed(text, "bday", v_start, v_end)

    # -- tables ---------------------------------------------------------------
    def _tables(self, text: str) -> Iterator[Entity]:
        """Each header line (>= 2 cells, one a known key) types the cells of its column on the
        lines below it, up to a blank line or a line without the separator."""
        pos, n = 0, len(text)
        while pos < n:
            end = text.find("\n", pos)
            end = n if end < 0 else end
            line = text[pos:end]
            sep = next((c for c in _SEPARATORS if c in line), "")
            if sep in _ROW_KEYED_SEPARATORS:
                yield from self._row_keyed(text, pos, end, sep)
            columns = beside_names(self._header(line, sep)) if sep else None
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
                if sep not in text[row:row_end] or self._starts_table(text[row:row_end], sep):
                    break
                if sep in _ROW_KEYED_SEPARATORS:
                    yield from self._row_keyed(text, row, row_end, sep)
                # (quoted cells whole: '…,"Vicolo Raimondo, n. 25, 00184 Roma RM",…' is one cell)
                for k, (offset, cell) in enumerate(split_cells(text[row:row_end], sep)):
                    key = columns.get(k)
                    if key is not None:
                        c_start, c_end = _strip(text, row + offset, row + offset + len(cell))
                        if k == 0 and c_start == row and text.startswith(">", row):
                            # a reply's quote marks before the first cell: "> Zgraggen Ivo\t12.03.1985"
                            c_start, c_end = _strip(text, row + len(cell) - len(cell.lstrip("> ")), c_end)
                        if c_end - c_start > 48 or normalise_key(text[c_start:c_end]) not in ALL_KEYS:
                            # (a key below a key is a form keyed by rows: "Vorname\tAnna\nNachname\tOkafor")
                            yield from column.typed(self, text, key, c_start, c_end)
                row = row_end + 1
            yield from column.rescued(self, text)
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
                    yield from column.typed(self, text, key, m.start(), m.end())
            row = row_end + 1
        yield from column.rescued(self, text)
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
        if len(row_key) < 3 or row_key not in ALL_KEYS or self._starts_table(line, sep) \
                or text.startswith(("|--", "| --", "|:-", "--"), end + 1):
            return  # a header ("N° | Qté | …", "Cognome e nome | Luogo e data di nascita | …")
        key = cells[first] if row_key == normalise_key(cells[first]) else row_key
        if normalise_key(key) in WEAK_PERSON_KEYS and (
                self._row_key(text, text.rfind("\n", 0, max(start - 1, 0)) + 1, sep) in PERSON_KEYS
                or self._row_key(text, end + 1, sep) in PERSON_KEYS):
            key = "firstname"  # "Nome" below or above "Cognome": a name, whatever it looks like
        cell_start = start + sum(len(cell) + 1 for cell in cells[:first + 1])
        for cell in cells[first + 1:]:
            c_start, c_end = _strip(text, cell_start, cell_start + len(cell))
            if c_end > c_start and normalise_key(text[c_start:c_end]) not in ALL_KEYS \
                    and "`" not in text[c_start:c_end]:  # (Markdown's code: "| address | `Obere Gasse 5a` |")
                for entity in self._typed(text, key, c_start, c_end):
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
        return self.value_entity(columns[column], cells[filled[1]]) is not None

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
        return self.value_entity(columns[column], cell) is not None

    @staticmethod
    def _row_key(text: str, start: int, sep: str) -> str:
        """The normalised first cell of the line at ``start`` (a row-keyed table's key)."""
        if start >= len(text):
            return ""
        cut = text.find(sep, start + 1, start + 50)
        line_end = text.find("\n", start, start + 50)
        if cut < 0 or 0 <= line_end < cut:
            return ""
        return normalise_key(text[start:cut])

    @classmethod
    def _starts_table(cls, line: str, sep: str) -> bool:
        """A line below a header that is a header itself (two keys or more) ends the table above:
        a line of values with one key-like word ("Kevin Börner, …, Tel. …") read as a header
        must not make the real header and its rows cells of its columns."""
        if _digits(line) >= 4:
            return False  # a row of values ("R5214693,Student,…,n. 25,…" has "student" and "n")
        columns = cls._header(line, sep)
        return columns is not None and len(columns) >= 2

    @staticmethod
    def _header(line: str, sep: str) -> dict[int, str] | None:
        """Column -> normalised key of a header line, or None.  Every line with a separator is
        asked, so the common answer (no key) costs a few C calls: the line is normalised as a
        whole (parentheses out, then all but letters and the separator) and compared as a set,
        after one split has turned away lines with a long cell (prose)."""
        if len(line) > 4000:
            return None
        stripped = PARENTHESIS.sub("", line) if "(" in line else line  # "Name, Vornamen (eigenhändig …)"
        if max(map(len, stripped.split(sep))) > 48:
            return None  # a header's cells are short; prose between commas is not
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

    # -- values ---------------------------------------------------------------
    def value_type(self, key: str, value: str) -> str | None:
        """The entity type of ``value`` under ``key`` ("email", "first_name", "geburtsdatum" ...),
        or None: what a key-value line would mask, for values written elsewhere (log lines,
        query strings, SQL; see inline_fields.py)."""
        entity = self.value_entity(key, value)
        return None if entity is None else entity.type

    def value_entity(self, key: str, value: str) -> Entity | None:
        """What a key-value line would mask of ``value`` (its offsets are the value's): a name
        without a title, a role or a phone number after it ("Theodora Schwaiger (Schwester),
        0680/0189093" is the name, the phone left to the phone detector)."""
        for entity in self._typed(value, key, 0, len(value)):
            return entity
        return None

    def _child_birth(self, text: str, start: int, end: int) -> Iterator[Entity]:
        """The date after a child's name under a child's key ("Kind 1: Milan, 12.07.2025", "Enfant 2 :
        Hugues, 30/04/2022"): its date of birth, however recent -- not a date to come."""
        start, end = _strip(text, start, end)
        if end > start and scan.fullmatch(_DATE_VALUE, text, start, end) is not None:
            year = scan.search(_YEAR_IN, text, start, end)
            if year is None or len(year.group()) != 4 or int(year.group()) <= datetime.date.today().year:
                yield Entity(start, end, EntityType.DOB, text[start:end], self.name)

    def _typed(self, text: str, raw_key: str, start: int, end: int) -> Iterator[Entity]:
        key = normalise_key(raw_key.split(";", 1)[0])
        kind = type_of(key)
        gendered = kind is None and scan.search(_GENDERED_ROLE, raw_key) is not None
        if gendered:
            kind = EntityType.PERSON  # "Zeitnehmer/in: Edelbert K.", "Kontrolleur*in: …": a person's role
        if kind is None or end <= start:
            return
        if key in UNIT_KEYS or key in GROUP_KEYS:
            yield from self._residents(text, start, end, listed=key in GROUP_KEYS)
            return
        if key in TEAM_KEYS:
            yield from team_names(text, start, end, self.name, self._lex)
            return
        if kind == EntityType.PERSON:
            value_end = end
            weak, role = key in WEAK_PERSON_KEYS or key in ROLE_KEYS or gendered, key in ROLE_KEYS or gendered
            if text[end - 1:end] == ")" and (cut := text.rfind(" (", start, end)) > start:
                # "Indie Holland (January 1, 1947)": the aside first, its comma no cut of the name; a name in
                # it is a name too ("Maria Rossi (in Bianchi)", "(detto Pippo)", "(verh. Keller)")
                aside = scan.fullmatch(_NAME_ASIDE, text, cut + 1, end)
                if aside is not None and self._aside_name(aside.group("name")):
                    yield Entity(aside.start("name"), aside.end("name"), kind, aside.group("name"), self.name)
                end = cut
            for sep in (", ", " ("):
                cut = text.find(sep, start, end)
                if cut > start and text[cut + 2:cut + 3] in _NUMBER_STARTS:
                    if sep == ", " and key in CHILD_KEYS:
                        # "Kind 1: Milan, 12.07.2025" (not "Kind: Milan, 01.08.2026 (Eintritt Kita)": the
                        # value as written, its aside too, must be the date alone)
                        yield from self._child_birth(text, cut + 2, value_end)
                    end = cut  # "WITNESS: Francisc Preda, +353…", "Leitung: Lei Chen (0170/…)": the name before
                elif cut > start and sep == ", " and end - cut <= 120 \
                        and scan.search(_HOUSE_NUMBER, text, cut + 2, end) is not None:
                    end = cut  # "Zeuge: Espérance Kabongo, Weinbergstrasse 89, 6430 Schwyz": the address after
            for dash in (' - "', ' – "', " - „", " – „", " - «", " – «"):
                if (cut := text.find(dash, start, end)) > start:
                    end = cut  # 'Redner/in 1: N. Bähr - "Mein Weg zum Marathon" (Level 2)': the talk after the name
            if text[end - 1:end] == ")" and (cut := text.rfind(" (", start, end)) > start:
                end = cut  # "Notfallkontakt: Gretl Kusch (Ehepartner/in)": the role after the name
            if (tail := scan.search(_PHONE_TAIL, text, start, end)) is not None and tail.start() > start:
                end = tail.start()  # "Production: Kofi Sow 0041 78 383 02 97": the number after the name
            if text[end - 1:end] == "." and end - start >= 5 and text[end - 5:end - 1].isalpha() \
                    and text[end - 2].islower():
                end -= 1  # a sentence's full stop ("– Klingel: Eugster."), not an initial's or an
                # abbreviation's ("Sylvia B.", "Müller Jr.", "Dipl.-Ing.", "sen.")
            if not self._person_value(text[start:end], weak, role):
                return
            # without the titles ("Médecin traitant : Dr Chukwuemeka Okoro") and a town after a
            # comma ("Hausarzt: Dr. med. Edin, Leipzig") -- where what is left has a name's shape
            # still (the value as written said it is a person's)
            cut, cut_end = _after_titles(text, start, end, self._lex), end
            comma = text.rfind(", ", cut, end)
            # (sliced only after a comma found: "text[comma + 2:end]" with no comma, -1, copied the
            # text from its start to the value -- per value: quadratic in a form of many lines)
            town = text[comma + 2:end] if comma > cut else ""
            if town and town in self._lex.places and not self._lex.is_first_name(town):
                cut_end = comma
            if (cut, cut_end) != (start, end) and self._person_value(text[cut:cut_end], weak=False):
                start, end = cut, cut_end
            yield Entity(start, end, kind, text[start:end], self.name)
            return
        value = text[start:end]
        if kind == EntityType.PHONE:
            if len(value) <= 32 and set(value) <= _PHONE_CHARS and sum(c.isdigit() for c in value) >= 6:
                yield Entity(start, end, kind, value, self.name)
        elif kind == EntityType.DOB:
            if key == ADULT_DOB_KEY and _recent(value):
                return  # an adult's column: a recent date is something else's ("Erstausgabe (geb.)" of a book)
            if scan.fullmatch(_DATE_VALUE, text, start, end) is not None:
                yield Entity(start, end, kind, value, self.name)
            elif end - start <= 120 and scan.fullmatch(_DATE_LIST, text, start, end) is not None:
                # a couple's or a family's ("geb.: 09.04.1951 / 16.04.1956" in a rooming list's cell)
                for listed in scan.finditer(_DATE_VALUE, text, start, end):
                    yield Entity(listed.start(), listed.end(), kind, listed.group(), self.name)
            elif key in BIRTH_PLACE_AND_DATE_KEYS and end - start <= 80:
                date = scan.search(_DATE_VALUE, text, start, end)
                if date is not None:
                    yield Entity(date.start(), date.end(), kind, date.group(), self.name)
        elif key in PLACE_KEYS:
            # a postcode, maybe with its town ("8001", "8001 Zürich"); a town alone is no address, and
            # fewer than four digits alone are none ("cp = 12", "cap = 3": a variable of code)
            # (three digits at least, a British, Canadian or Irish code, or a town's district: "Dublin 8";
            # "Ort: Raum 3" of a meeting is none)
            digits = sum(c.isdigit() for c in value)
            if len(value) <= 40 and "@" not in value and digits and not (value.isdigit() and len(value) < 4) and (
                    digits >= 3 or scan.search(_LETTER_POSTCODE, value) is not None
                    or value.split(None, 1)[0].strip(",") in self._lex.places):
                yield Entity(start, end, kind, value, self.name)
        elif len(value) <= 100 and "@" not in value and any(c.isdigit() for c in value) \
                and any(c.isalpha() for c in value):
            if value.endswith(")") and ":" in value[value.rfind("(") + 1:]:
                # a label in parentheses after the address ("… Hamburg (Klingel: Pacelli)"): its own
                # value, no part of the address (person_labels.py reads it)
                end = start + len(value[:value.rfind("(")].rstrip())
            care_of = scan.match(_CARE_OF, text, start, end)
            if care_of is not None and self._person_value(care_of.group("name"), weak=False):
                # "Lieferadresse: c/o Iryna Tkachenko, Bahnhofstr. 131, …": the name is a person's
                n_end = care_of.end("name")
                n_start = _after_titles(text, care_of.start("name"), n_end, self._lex)
                yield Entity(n_start, n_end, EntityType.PERSON, text[n_start:n_end], self.name)
                start = care_of.end()
            yield Entity(start, end, kind, text[start:end], self.name)

    def _aside_name(self, name: str) -> bool:
        """A name in a name's aside: no ordinary word, no compound ("(in Elternzeit)", "(in Maternità)",
        "(aka Admin)"), unless the lists know it as a name."""
        last = name.rsplit(" ", 1)[-1]
        lex = self._lex
        if lex.is_known_name(last):
            return True
        low = last.lower()
        return low not in lex.common_words and not compound_tail(low, lex) and not german_word(low) \
            and not one_language(low)

    def _residents(self, text: str, start: int, end: int, listed: bool = False) -> Iterator[Entity]:
        """The names after a floor or flat, " / " between them; not a value of ordinary words
        only or with a lower-case word that is no particle ("1. OG: Büro und Lager").  ``listed``
        (a party's key: "Gäste", "Passengers"): each name is written "Surname, First" or has a listed
        first name or a listed surname that is no ordinary word ("Gäste: Rollstuhl / Gehhilfe",
        "Passengers: ZRH / LHR", "Guests: Wedding / Birthday" name no one; review of session 17)."""
        common = self._lex.common_words
        known = self._lex.is_known_name
        while start < end:
            cut = text.find(" / ", start, end)
            stop = end if cut < 0 else cut
            value = text[start:stop]
            words = value.replace(",", " ").split()
            if self._person_value(value, weak=False) and not all(w.lower() in common for w in words) and all(
                    w[:1].isupper() or w in _PARTICLE_WORDS for w in words) and (not listed or ", " in value or any(
                    known(w if not w.isupper() else w.capitalize()) and (
                        self._lex.is_first_name(w.capitalize()) or rare_word(w)) for w in words)):
                yield Entity(start, stop, EntityType.PERSON, value, self.name)
            start = stop + 3 if cut >= 0 else end

    def _person_value(self, value: str, weak: bool, role: bool = False) -> bool:
        """Letters, spaces, apostrophes, hyphens, initials' dots and one comma; 1-6 words, one
        of them capitalised; for a weak key also a word the lists know as a name or as no word."""
        if len(value) > 64 or any(c.isdigit() or c in "@/\\:;()[]{}<>=#%&*+_|" for c in value):
            return False
        words = value.replace(",", " ").split()
        # a capital after an elided particle counts: "d'Ursel", "dell'Acqua"
        if not 1 <= len(words) <= 6 or not any(w[:1].isupper() or scan.match(_ELIDED, w) is not None for w in words):
            return False
        if not weak:
            return True
        if role and not (COMPANY_SUFFIXES.isdisjoint(w.strip(".") for w in words) and _ORG_WORDS.isdisjoint(words)
                         and _UPPER_SUFFIXES.isdisjoint(w.strip(".").upper() for w in words)):
            return False  # "Empfänger: Muster GmbH", "Partner: Google Cloud", "Student: Max Planck Institut",
            # an employer in capitals: "STEIGER REY GMBH"
        lex = self._lex
        if any(len(w) > 1 and lex.is_known_name(w.capitalize() if w.isupper() else w) for w in words):
            return True
        if role and len(words) == 1 and len(value) >= 4 and value.isupper() and value.isalpha() \
                and value.lower() not in lex.common_words and rare_word(value):
            return True  # a receipt's fitter in capitals: "MONTEUR: LOGINOV", "TECNICO: BORZOMÌ" (holdout19)
        # a double surname, each part capitalised, rare and no ordinary word ("Nom ...... Zgraggen-Imfeld"; review of
        # session 24), not a compound of words ("Mehrfamilien-Haus", "Sonder-Aktion")
        if len(words) == 1 and "-" in words[0] and all(
                part[:1].isupper() and part.lower() not in lex.common_words and rare_word(part)
                for part in words[0].split("-")):
            return True
        # two or more capitalised words none of which is an ordinary word ("Zaneta Kowalczyk"), also after a
        # surname's particles ("von Arx", "auf der Maur", "van Susa" in a form's "Name:"; holdout26, session 23)
        k = 0
        while k < len(words) - 1 and words[k] in _PARTICLE_WORDS | _GERMAN_PARTICLES:
            k += 1
        rest = words[k:]
        return (len(words) >= 2 and (k > 0 or len(rest) >= 2)
                and all(w[:1].isupper() and w.lower() not in lex.common_words for w in rest))


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

    def typed(self, fields: FieldDetector, text: str, key: str, start: int, end: int) -> Iterator[Entity]:
        """``fields._typed``, counting the weak person key's names and keeping its doubtful cells."""
        if normalise_key(key.split(";", 1)[0]) not in WEAK_PERSON_KEYS:
            yield from fields._typed(text, key, start, end)
            return
        found = False
        for entity in fields._typed(text, key, start, end):
            if entity.type == EntityType.PERSON:
                found, self.full = True, self.full or " " in entity.text
            yield entity
        if found:
            self.names += 1
        elif len(self.doubtful) < 1000 and any(c.isalpha() for c in text[start:end]):  # (not a rule's "-----")
            self.doubtful.append((key, start, end))

    def rescued(self, fields: FieldDetector, text: str) -> Iterator[Entity]:
        """The doubtful cells that are names, once the column proved to be one of people."""
        if self.names < 2 or self.names < len(self.doubtful) or self.names == len(self.doubtful) and not self.full:
            return
        lex = fields._lex
        for _, start, end in self.doubtful:
            value = text[start:end]
            words = value.split()
            if fields._person_value(value, weak=False) and len(words) <= 3 and all(
                    w[:1].isupper() and not w.isupper() and w not in STOP and (
                        lex.is_known_name(w) or w.lower() not in lex.common_words and rare_word(w, 6)
                        and not lex.is_place_only(w)) for w in words):
                yield Entity(start, end, EntityType.PERSON, value, fields.name)


_PHONE_TAIL = scan.compile(r"[ ]{1,3}(?=(?:\+|\(?0)\d[\d \-/.()]{6,30}$)")  # (not a date: "né le 2005-02-13")
_LETTER_POSTCODE = scan.compile(
    r"[A-Z](?<![\w][A-Z])(?:[A-Z]?\d[A-Z\d]?[ ]?\d[A-Z]{2}|\d[A-Z][ ]?\d[A-Z]\d|\d{2}[ ]?[A-Z\d]{4})(?![\w])"
)
_UPPER_SUFFIXES = frozenset(suffix.upper() for suffix in COMPANY_SUFFIXES) | {"GESBR", "GESMBH", "SÀRL"}
_ELIDED = scan.compile(r"(?:d|l|dell|dall|nell|sull)['’][A-ZÀ-ÖØ-Þ]")
# Words of organisations' names, which a role key's value may be as well as a person's.
_ORG_WORDS = frozenset(
    """Institut Institute Universität University Université Università Hochschule School Schule École Scuola
    Klinik Clinic Clinique Spital Hospital Hôpital Ospedale Bank Banque Banca Cloud Group Gruppe Groupe Gruppo
    Services Solutions Systems Technologies Consulting Partners Foundation Stiftung Verein Association
    Associazione Amt Office Department Abteilung Team Labs Software Studio Agentur Agency Agence""".split()
)
_VCARD_KEYS = frozenset(("N", "FN", "ADR", "TEL", "BDAY"))
# Per separator: every character but letters and that separator (what a header line loses).
_NOT_KEY_CHAR = {sep: scan.compile(rf"(?:[^\w{re.escape(sep)}]|[\d_]){{1,64}}") for sep in _SEPARATORS}


# Separators of a table keyed by rows (a comma is prose's as often: "Adresse, Telefon und …").
_ROW_KEYED_SEPARATORS = ("\t", "|", ";")
# The last character of an assignment's operator in code ("+=", "-=", "|=", "<=", "!="): no form's key.
_OPERATOR_CHARS = frozenset("+-*/%|&^!<>~")
# A decimal number ("29.8", "1.00", "31.9-32.3"): a group of one digit at a dot; a phone number's
# groups are of two digits or more ("079.123.45.67", "+41.79…", "+1.212.555.0100").
_DECIMAL = scan.compile(r"\.\d(?!\d)|(?<![\d+])\d\.\d")


# Another name of the person in a name cell's aside: married, maiden, nickname, alias.
_NAME_ASIDE = scan.compile(
    r"\((?:in|detto|detta|verh\.|verheiratet|geb\.|geborene|née|né|dite|dit|alias|vulgo|genannt|aka|a\.k\.a\.|called"
    r"|épouse|ép\.|vedova|ved\.|widow of|Witwe)[ ]"
    r"(?P<name>(?:(?:von|van|de|di|da|del|della|du|le|la)[ ])?"
    r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]{1,30}+|['’][A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+)(?:[ -][A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+)?)\)"
)

_YEAR_IN = scan.compile(r"(?:19|20)\d{2}(?!\d)|(?<=[./\-])\d{2}\Z")


def _recent(value: str) -> bool:
    """The date ``value`` is of the last ten years (or has no year to tell)."""
    year = scan.search(_YEAR_IN, value)
    if year is None:
        return True
    yy = int(year.group())
    this_year = datetime.date.today().year
    if yy < 100:
        yy += 2000 if yy <= this_year % 100 else 1900
    return yy > this_year - 10


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


# A contact's column written with its owner ("parent_email", "guardianPhone", "email_eltern").
_CONTACT_ENDINGS = ("email", "phone", "mobile")


def _digits(cell: str) -> int:
    return sum(c.isdigit() for c in cell)


def _segments(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The pairs of a line: split where three spaces or a tab stand before a key and its colon.
    The gaps are found by one scan of the line (a search per gap, to the line's end, was counted
    as the rest of the line each time: a tab and "Name:", 800 times, handed the engine 316 positions
    a character)."""
    pair = -1  # where ": " stands in the segment, -1 before it is known (searched once a segment: a
    # search per gap from the segment's start was quadratic on " – x" repeated -- review of session 16)
    searched = start
    for gap in scan.finditer(_PAIR_GAP, text, start, end):
        rest = gap.end()
        if gap.group()[1:2] in ("–", "—", "·", "|"):
            if pair < 0:
                pair = text.find(": ", searched, gap.start())
                searched = max(searched, gap.start() - 1)
            if pair < 0:
                continue  # a dash after a pair only ("Anschrift: … – Klingel: Young"; not "09:12 Ana – Gastgeber: …")
        colon = text.find(":", rest, min(end, rest + 49))
        if colon > rest and (normalise_key(text[rest:colon]) in ALL_KEYS or (
                gap.group()[:3] == "   " and scan.fullmatch(_LABEL, text, rest, colon) is not None)):
            # a key of ours, or after three spaces any label ("Ort: St. Gallen   Datum: 18.11.2026":
            # the date is no part of the town)
            yield start, gap.start()
            start = searched = rest
            pair = -1
    yield start, end


# (and a form's check box before a key: "☐ Internet  ☐ Google Maps  ☒ Empfehlung von: Vladimir Frei")
# (and a dash or a dot between two pairs of a line, before a key of ours: "Anschrift: Tulpenweg 19, 48143
# Münster – Klingel: Young", "Zusteller/in: Köberl, Elvira · Tel: 0699 …": the town ran to the line's end)
_PAIR_GAP = scan.compile(
    r"(?:[ ]{3,24}+|\t[ \t]{0,24}+|[ ]{0,24}[☐☒☑✓✔][ ]{1,4}|[ ]{0,24}\[[ xX]\][ ]{1,4}|[ ][–—·|][ ]{1,2})"
    r"(?=[^\W\d_])"
)


_LABEL = scan.compile(r"[^\W\d_][^\W\d_ ./\-]{0,24}(?:[ ./\-][^\W\d_][^\W\d_ ./\-]{0,24}){0,2}")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The value without surrounding white space (any: "\u2028" too), quotes and a trailing comma
    (JSON, YAML, CSV) -- else the same person got another placeholder with its separator."""
    while start < end and (text[start].isspace() or text[start] in "\"'"):
        start += 1
    while start < end and text[start] in "*_" and text[start - 1] in "*_:":  # Markdown: "**Coniuge:** Ama Boateng"
        start += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"',\\"):
        end -= 1  # (and the backslashes of a LaTeX line break)
    return start, end
