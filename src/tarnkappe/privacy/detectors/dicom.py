"""Personal values in DICOM headers (radiology images) and in the worklists that copy them.

A radiographer pastes a header dump to ask why an image does not show up in the PACS:

* dcmdump / gdcmdump: ``(0010,0010) PN [Meier^Anna]   #  10, 1 PatientName``;
* pydicom: ``(0010, 0010) Patient's Name                      PN: 'Meier^Anna'``.

DICOM writes a person's name as ``Family^Given^Middle^Prefix^Suffix`` (value representation PN), a date
as eight digits (DA, ``19840312``) and an address's parts joined by ``^`` (``Moorweg 7a^^28195 Bremen``)
-- shapes the prose rules do not read as one value (issue 13: holdout26's DICOM dumps leaked each
patient's name, date of birth and town).  The dump says what each value is, as a form's label does:

* every PN value is a person's name (patient, referring and performing physicians, operators);
* (0010,0030) is the patient's date of birth; (0010,1040) the patient's and (0008,0092) the
  referring physician's address; (0010,2154) and (0008,0094) their phone numbers.

Worklist and RIS exports copy names in the same encoding outside a dump
(``A6867;HODEL^SÉBASTIEN;19480507;…``): a pair of capitalised words joined by ``^`` is a name there too,
wherever it stands (``MAX^2``, ``Ctrl^C`` and ``x^y`` are none: digits, one letter, lower case; nor on a
line of an HL7 message, a formula or code: "|", "=", "*", braces).

Linear: a text without ``^`` or a tag's ``(`` is not read; each line with a tag is parsed once, and
each ``^`` looks at most ``_REACH`` characters to each side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..entities import Entity, EntityType
from . import scan

_REACH = 64
# "(0010,0010) PN [" / "(0010, 0010) Patient's Name   PN: '" -- the tag, the value representation, the value's opening
_TAG_LINE = scan.compile(
    r"\((?P<group>[0-9A-Fa-f]{4}),[ ]?(?P<element>[0-9A-Fa-f]{4})\)[ \t]{1,40}+"
    r"(?:(?P<vr>[A-Z]{2})[ \t]{1,8}+(?:\#[ ]?\d{1,6}+[ \t]{1,8}+)?\["
    r"|(?:[^\W\d_][\w'’\-/]{0,30}+[ ]){1,8}+[ \t]{0,40}+(?P<vr2>[A-Z]{2}):[ ]{0,8}+['\"])"
)
_DOB, _ADDRESS, _PHONE = ("0010", "0030"), (("0010", "1040"), ("0008", "0092")), (("0010", "2154"), ("0008", "0094"))
# the family name before "^": one word, or up to four after a field's border ("[DE WECK^", ";BANKS KAUR^")
_FAMILY = scan.compile(
    r"(?:(?<![^\[;,\t|\"'=(\n])[ ]?(?P<many>(?:[^\W\d_][\w'’\-]{0,30}+[ ]){1,3}+))?"
    r"(?<![\w\-])(?<!\w['’])(?P<last>[^\W\d_][^\W\d_'’\-]{0,30}+(?:['’\-][^\W\d_]{1,30}+){0,3}+)\Z"
)
# the given names after it, then the middle name, prefix and suffix ("^Vreni^M", "^Anna^^Dr.")
_GIVEN = scan.compile(
    r"(?P<given>[^\W\d_][^\W\d_'’\-]{0,30}+(?:['’\-][^\W\d_]{1,30}+){0,3}+(?:[ ][^\W\d_][\w'’\-.]{0,30}+){0,3}+)"
    r"(?P<rest>(?:\^[^\W\d_][\w\-.]{0,30}+|\^(?=\^)){0,3}+)(?![\w^@])"
)
# a "^" between two letters (the literal first: the engine skips to each caret in C)
_LETTER_CARET_LETTER = scan.compile(r"\^(?<=[^\W\d_]\^)(?=[^\W\d_])")
_NAME_MARKS = frozenset(" -'’")
# marks of the lines whose carets join no names: HL7's fields (its names are hl7.py's), formulas and code
_NOT_NAME_LINES = ("|", "=", "*", "{", "}")
# lower-case words a family name begins with ("van Dyke^Philip", "de Weck^Olivier")
_PARTICLES = frozenset("de di da du del della des van von der den dos zu zur am auf le la lo ten ter".split())


def _code(word: str) -> bool:
    """No name's part: one letter, lower case, or a code of two or three capitals ("MR", "NET", "FS")."""
    return len(word) < 2 or not word[0].isupper() or word.isupper() and len(word) <= 3


class DICOMDetector:
    """Names, dates of birth, addresses and phone numbers of DICOM header dumps and ``Family^Given`` names."""

    name = "dicom"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield the values of a dump's personal tags and each ``Family^Given`` name (see the module's docstring)."""
        if "^" in text:
            yield from _caret_names(text)
        if ")" in text and ("(0010," in text or "(0008," in text):  # (pydicom's "(0010, 0010)" too)
            yield from _tag_values(text)


def _tag_values(text: str) -> Iterator[Entity]:
    for m in scan.finditer(_TAG_LINE, text):
        vr = m.group("vr") or m.group("vr2")
        close = "]" if m.group("vr") else text[m.end() - 1]
        start = m.end()
        end = text.find(close, start, min(len(text), start + 256))
        newline = text.find("\n", start, end if end >= 0 else start + 256)
        if end < 0 or newline >= 0:
            continue
        tag = (m.group("group").upper(), m.group("element").upper())
        if vr == "PN":
            kind = EntityType.PERSON
        elif tag == _DOB:
            kind = EntityType.DOB
        elif tag in _ADDRESS:
            kind = EntityType.ADDRESS
        elif tag in _PHONE:
            kind = EntityType.PHONE
        else:
            continue
        yield from _parts(text, start, end, kind)


def _parts(text: str, start: int, end: int, kind: str) -> Iterator[Entity]:
    """The value, or an address's parts each (``street^^postcode town``: two values, as a letter's two lines)."""
    if kind == EntityType.ADDRESS:
        pos = start
        while pos <= end:
            caret = text.find("^", pos, end)
            part_end = end if caret < 0 else caret
            entity = _trimmed(text, pos, part_end, kind)
            if entity is not None:
                yield entity
            if caret < 0:
                break
            pos = caret + 1
        return
    entity = _trimmed(text, start, end, kind)
    if entity is None:
        return
    if kind == EntityType.DOB and sum(c.isdigit() for c in entity.text) < 8:
        return  # "19840312", "1984-03-12", "1984.03.12"; a year or an age is no date of birth
    if kind == EntityType.PERSON and not any(c.isalpha() for c in entity.text):
        return
    yield entity


def _trimmed(text: str, start: int, end: int, kind: str) -> Entity | None:
    while start < end and text[start] in " ^\t":
        start += 1
    while end > start and text[end - 1] in " ^\t":
        end -= 1
    if end <= start:
        return None
    return Entity(start, end, kind, text[start:end], DICOMDetector.name)


def _caret_names(text: str) -> Iterator[Entity]:
    last_end = -1
    code_lines: dict[int, bool] = {}  # a line's start -> it is an HL7 segment's, a formula's or code's
    for candidate in scan.finditer(_LETTER_CARET_LETTER, text):  # ("^^", "x^2": no name's words around it)
        caret = candidate.start()
        if caret < last_end:
            continue
        given = scan.match(_GIVEN, text, caret + 1, min(len(text), caret + 1 + _REACH * 2))
        if given is None:
            continue
        entity = _caret_name(text, caret, given, code_lines)
        if entity is not None:
            yield entity
            last_end = entity.end


def _caret_name(text: str, caret: int, given: re.Match[str], code_lines: dict[int, bool]) -> Entity | None:
    """``Family^Given`` around the ``^`` at ``caret``: capitalised words of letters, two at least each."""
    # the run of a name's characters before it (the family name is sought there only, so the runs of
    # consecutive carets, which do not overlap, are read once each)
    left, window = caret - 1, max(0, caret - _REACH)
    while left > window and (text[left - 1].isalpha() or text[left - 1] in _NAME_MARKS):
        left -= 1
    family = scan.search(_FAMILY, text, left, caret)
    if family is None:
        return None
    last, words = family.group("last"), given.group("given").split(" ")
    if _code(last) or _code(words[0]) or text[family.start() - 1:family.start()] == "^":
        return None  # an HL7 field's codes ("^^^KIS^MR", "SPO^Spouse"), a label printer's ("GmbH^FS")
    line_start = text.rfind("\n", max(0, caret - 512), caret) + 1
    if line_start not in code_lines:  # (asked once per line)
        line_end = text.find("\n", caret, caret + 512)
        line = text[line_start:caret + 512 if line_end < 0 else line_end]
        code_lines[line_start] = any(mark in line for mark in _NOT_NAME_LINES)
    if code_lines[line_start]:
        return None  # an HL7 segment's text ("OBR|1|…|Sonographie^Abdomen"), a formula's or code's XOR
    kept = 1
    while kept < len(words) and words[kept][0].isupper():  # "^Thu Trang", not "^JOHN was here"
        kept += 1
    end = given.end() if kept == len(words) else given.start() + len(" ".join(words[:kept]))
    many = family.group("many")
    start = family.start("many") if many and all(
        w[:1].isupper() or w in _PARTICLES for w in many.split()) else family.start("last")
    return Entity(start, end, EntityType.PERSON, text[start:end], DICOMDetector.name)


def without_dump_words(text: str, entities: Iterable[Entity]) -> list[Entity]:
    """``entities`` without the names other detectors read in a dump line's keyword after its value
    ("PatientTelephoneNumbers": the learned model took it for a name).  Each line an entity stands on is
    matched once."""
    out: list[Entity] = []
    lines: dict[int, int | None] = {}  # a dump line's start -> where its value ends (None: no dump line)
    for e in entities:
        if e.type == EntityType.PERSON and e.detector != DICOMDetector.name and e.start > 0:
            line_start = text.rfind("\n", max(0, e.start - 256), e.start) + 1
            if line_start not in lines:
                lines[line_start] = _name_end(text, line_start)
            name_end = lines[line_start]
            if name_end is not None and e.start >= name_end:
                continue
        out.append(e)
    return out


def _name_end(text: str, line_start: int) -> int | None:
    """Where a dump line's value ends (what follows is its keyword: "#  8, 1 PatientBirthDate"); None: no dump
    line.  A value of any kind may name a person ("Praxis Dr. med. Reto Brunner", a comment's "Ehemann Kurt
    Brunner"): the names in it stay (review of session 23)."""
    tag = text.find("(", line_start, min(len(text), line_start + 16))  # (dcm4che writes an offset first: "335: (")
    if tag < 0:
        return None
    m = scan.match(_TAG_LINE, text, tag, min(len(text), tag + 256))
    if m is None:
        return None
    close = text.find("]" if m.group("vr") else text[m.end() - 1], m.end(), min(len(text), m.end() + 256))
    return close if close >= 0 else None
