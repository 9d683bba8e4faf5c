"""Values of personal fields in structured text: "key: value" lines of forms, YAML and INI files,
JSON pairs, vCard properties, keys in brackets and keys with dotted leaders -- and, through the
modules it composes, the columns of tables whose header names them and the display names of mail
headers (issue 13: text pasted from systems, not written as prose).

This module is the detector and reads the lines; each part has a module of its own, so that each
can be read (and measured) alone:

* fields.py: where a line's keys and values are (JSON, vCard, form lines, several pairs a line);
* field_tables.py: the header rows of tables and the cells of their columns;
* display_names.py: the name before a mail address in angle brackets;
* field_values.py: whether a value has the shape its key says (every part, and the detectors that
  find values under keys elsewhere, type values through it);
* field_keys.py: which keys there are, and what their values are.

Linear: each line is looked at once -- a line without ":" or "=" is skipped with one string
test, a table's rows are split once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..entities import Entity, EntityType
from ..names import NameLexicon
from . import scan
from .birth_objects import DATE_PARTS, DATE_WORDS, in_birth_block, in_birth_object
from .display_names import display_names
from .field_keys import ALL_KEYS, is_key, normalise_key
from .field_tables import SEPARATORS, FieldTables
from .field_values import GENDERED_ROLE, ValueTyper, strip_value

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
_VCARD_KEYS = frozenset(("N", "FN", "ADR", "TEL", "BDAY"))
# The last character of an assignment's operator in code ("+=", "-=", "|=", "<=", "!="): no form's key.
_OPERATOR_CHARS = frozenset("+-*/%|&^!<>~")
# Where a line's next pair starts: three spaces or a tab before a key
# (and a form's check box before a key: "☐ Internet  ☐ Google Maps  ☒ Empfehlung von: Vladimir Frei")
# (and a dash or a dot between two pairs of a line, before a key of ours: "Anschrift: Tulpenweg 19, 48143
# Münster – Klingel: Young", "Zusteller/in: Köberl, Elvira · Tel: 0699 …": the town ran to the line's end)
_PAIR_GAP = scan.compile(
    r"(?:[ ]{3,24}+|\t[ \t]{0,24}+|[ ]{0,24}[☐☒☑✓✔][ ]{1,4}|[ ]{0,24}\[[ xX]\][ ]{1,4}|[ ][–—·|][ ]{1,2})"
    r"(?=[^\W\d_])"
)
# any label of one to three words: after three spaces a key, ours or not ("Ort: St. Gallen   Datum: 18.11.2026")
_LABEL = scan.compile(r"[^\W\d_][^\W\d_ ./\-]{0,24}(?:[ ./\-][^\W\d_][^\W\d_ ./\-]{0,24}){0,2}")


class FieldDetector:
    """The values of personal fields in structured text (see the module's docstring)."""

    name = "fields"

    def __init__(self, lexicon: NameLexicon) -> None:
        self._lex = lexicon
        self._values = ValueTyper(lexicon, self.name)
        self._tables = FieldTables(self._values)

    @property
    def lexicon(self) -> NameLexicon:
        """The name lists the values are judged by (inline_fields.py judges with them too)."""
        return self._lex

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield the typed values of key-value lines, JSON pairs, vCard properties and tables."""
        if ":" in text or "=" in text or "   " in text or "..." in text or "] " in text:
            yield from self._pairs(text)
        if "  " in text or any(sep in text for sep in SEPARATORS):
            yield from self._tables.detect(text)
        if "@" in text and "<" in text:
            yield from display_names(text, self.name, self._lex)

    def value_type(self, key: str, value: str) -> str | None:
        """The entity type of ``value`` under ``key``, or None: what a key-value line would mask, for
        values written elsewhere (log lines, query strings, SQL; see inline_fields.py)."""
        return self._values.value_type(key, value)

    def value_entity(self, key: str, value: str) -> Entity | None:
        """What a key-value line would mask of ``value`` (its offsets are the value's; see
        ``ValueTyper.value_entity``)."""
        return self._values.value_entity(key, value)

    def value_entities(self, key: str, text: str, start: int, end: int) -> Iterator[Entity]:
        """Every entity a key-value line would mask of the value ``text[start:end]``: a cell can hold more
        than one ("Travis/Bill" of a crew, a name and its aside)."""
        return self._values.typed(text, key, start, end)

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
                yield from self._values.typed(text, key, m.start(group), m.end(group))
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
                v_start, v_end = strip_value(text, bracket.end(), end)
                if v_end > v_start and is_key(key):
                    yield from self._values.typed(text, bracket.group("key"), v_start, v_end)
                return
            if "...." in line and (leader := scan.match(_DOT_LEADER, text, start, end)) is not None:
                # a form's key and value joined by a row of dots: "Kunde ........... Barth, Christl",
                # "Name des Kindes ..... Fiamma Zacchia" (holdout27, read in session 24); fields one after
                # another on a line each read so ("Name ...... Meier    Vorname ...... Anna")
                fields = keyed = 0
                while leader is not None and fields < 8:
                    nxt = scan.search(_NEXT_LEADER, text, leader.end(), end)
                    value_end = end if nxt is None else nxt.start()
                    v_start, v_end = strip_value(text, leader.end(), value_end)
                    if v_end > v_start and is_key(normalise_key(leader.group("key"))):
                        keyed += 1
                        yield from self._values.typed(text, leader.group("key"), v_start, v_end)
                    leader = None if nxt is None else scan.match(_DOT_LEADER, text, nxt.end(), end)
                    fields += 1
                if keyed:
                    return  # (else the line may be a form aligned with spaces, its dots a value's)
            # a form aligned with spaces instead of a colon: "Tag der Geburt        16. Mai 1979"
            gap = line.find("   ", 1)
            if 0 < gap <= 48 and normalise_key(line[:gap]) in ALL_KEYS:
                v_start, v_end = strip_value(text, start + gap, end)
                cells = text[v_start:v_end].split("  ", 1)
                if v_end > v_start and (len(cells) < 2 or normalise_key(cells[0]) not in ALL_KEYS):
                    # (not a table's header: "Name      Geburtsdatum    Zimmer", its second cell a key too; a
                    # value of one cell is one, a key word or not: "Name      Stock")
                    yield from self._values.typed(text, line[:gap], v_start, v_end)
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
                scan.search(GENDERED_ROLE, key) is None):
            return
        if line[cut] == "=" and key.rstrip(" \t")[-1:] in _OPERATOR_CHARS:
            return  # code, no form: "line[3] += cost if …" (its value was an address, and spread by repeats.py)
        card = scan.fullmatch(_VCARD, text, start, end)
        if card is not None and card.group("key") in _VCARD_KEYS:
            yield from self._vcard(text, card)
            return
        pair = scan.fullmatch(_KEY_VALUE, text, start, end)
        if pair is not None:
            v_start, v_end = strip_value(text, pair.start("value"), pair.end("value"))
            if birth and text[v_start:v_start + 1] in "\"'" and text[v_end - 1:v_end] == text[v_start]:
                v_start, v_end = v_start + 1, v_end - 1  # (a quoted YAML value)
            yield from self._values.typed(text, "geburtsdatum" if birth else pair.group("key"), v_start, v_end)

    def _vcard(self, text: str, m: re.Match[str]) -> Iterator[Entity]:
        key = m.group("key")
        v_start, v_end = strip_value(text, m.start("value"), m.end("value"))
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
            yield from self._values.typed(text, "tel", v_start, v_end)
        elif key == "BDAY":
            yield from self._values.typed(text, "bday", v_start, v_end)


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
