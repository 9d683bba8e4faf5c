"""Values of filled PDF forms as tools print them: ``pdftk … dump_data_fields`` (blocks of
"FieldName: applicant.dob" … "FieldValue: 20.07.2000" between "---" lines) and FDF files
(``<< /T (applicant.dob) /V (20.07.2000) >>``).  People paste them to ask why a field prints empty
(issue 13: holdout12's form dumps left every date of birth and most names in clear -- the key and
its value are on different lines, or inside PDF string syntax, where neither the "key: value" lines
of ``fields.py`` nor the cue words of ``dates.py`` see them).

A field's name says what its value is, read as ``fields.py`` reads a key (its keys and the value
checks of ``field_values.py`` are used: a name has no digit, a date of birth is a date …); a dotted
or indexed name is read by its last part ("applicant.dob", "form1[0].page1[0].Geburtsdatum[0]"), and
pdftk's "FieldNameAlt" (the field's tooltip, "Date of birth") where the name says nothing ("Text7").
An FDF string is checked decoded (its octal escapes: "Gra\\347a" is "Graça") and masked as written.

Linear: a text without "FieldValue:" or "/V" costs two substring tests; each value's block is read
once, backwards from the value over at most a few hundred characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..entities import Entity
from . import scan
from .field_keys import PLACE_KEYS, normalise_key
from .fields import FieldDetector

_PDFTK_VALUE = scan.compile(r"(?<![^\n])FieldValue:[ ]?(?P<value>[^\n]{1,300}+)")
_PDFTK_NAME = scan.compile(r"(?<![^\n])FieldName(?P<alt>Alt)?:[ ]?(?P<name>[^\n]{1,120}+)")
_BLOCK_REACH = 600  # a block's lines before its value (type, name, alternative name, flags, options)
# "/T (name) /V (value)": the name and value strings of one FDF field (its escapes kept, decoded after);
# on one line or on two, and in either order -- pdftk's generate_fdf writes each key on a line of its own,
# the value first ("<<\n/V (14.02.1987)\n/T (Date of Birth)\n>>")
_FDF_NAME = r"/T[ ]{0,4}\((?P<name>(?:[^()\\\n]|\\[^\n]){1,120}+)\)"
_FDF_VALUE = r"/V[ ]{0,4}\((?P<value>(?:[^()\\\n]|\\[^\n]){1,300}+)\)"
_FDF_FIELD = scan.compile(rf"{_FDF_NAME}[ \t\r\n]{{0,8}}{_FDF_VALUE}")
_FDF_FIELD_VALUE_FIRST = scan.compile(rf"{_FDF_VALUE}[ \t\r\n]{{0,8}}{_FDF_NAME}")
_INDEX = scan.compile(r"\[\d{1,4}\]")
_ESCAPE = scan.compile(r"\\(?:(?P<octal>[0-7]{1,3})|(?P<char>[^\n]))")
_ESCAPED = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}
# PDFDocEncoding's 0x80-0x9E, where Latin-1 has control characters: "Pawe\233" is "Paweł", "\225ukasz"
# "Łukasz" (read as Latin-1, a name with "ł", "š", "ž" or "Œ" had a control character and was no name)
_PDF_DOC_HIGH = "•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž"


def field_key(name: str) -> str:
    """The part of a form field's full name that says what it holds: "applicant.dob" -> "dob",
    "form1[0].page1[0].Geburtsdatum[0]" -> "Geburtsdatum"."""
    return _INDEX.sub("", name.strip()).rsplit(".", 1)[-1]


def pdf_string(raw: str) -> str:
    """A PDF literal string's text: octal escapes as PDFDocEncoding's Latin-1 range writes accents
    ("\\347" is "ç"), "\\(" as "(", "\\n" as a line break."""
    if "\\" not in raw:
        return raw

    def one(m: re.Match[str]) -> str:
        if m.group("octal") is not None:
            code = int(m.group("octal"), 8) & 0xFF
            return _PDF_DOC_HIGH[code - 0x80] if 0x80 <= code < 0x80 + len(_PDF_DOC_HIGH) else chr(code)
        return _ESCAPED.get(m.group("char"), m.group("char"))

    return _ESCAPE.sub(one, raw)


class FormDumpDetector:
    """Typed values of pdftk's field dumps and of FDF files."""

    name = "fields"

    def __init__(self, fields: FieldDetector) -> None:
        self._fields = fields

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield the values a field's name types (see the module's docstring)."""
        if "FieldValue:" in text:
            yield from self._pdftk(text)
        if "/V" in text and "/T" in text:
            values: set[int] = set()
            for pattern in (_FDF_FIELD, _FDF_FIELD_VALUE_FIRST):
                for m in scan.finditer(pattern, text):
                    if m.start("value") not in values:
                        values.add(m.start("value"))
                        yield from self._value(text, m.start("value"), m.end("value"),
                                               [field_key(pdf_string(m.group("name")))])

    def _pdftk(self, text: str) -> Iterator[Entity]:
        for m in scan.finditer(_PDFTK_VALUE, text):
            block = text.rfind("\n---", max(0, m.start() - _BLOCK_REACH), m.start())
            keys: list[str] = []
            for name in scan.finditer(_PDFTK_NAME, text, max(0, block + 1, m.start() - _BLOCK_REACH), m.start()):
                # the name first, then its tooltip ("FieldNameAlt: Geburtsdatum" of a field "Text7")
                key = field_key(name.group("name"))
                keys.insert(len(keys) if name.group("alt") else 0, key)
            yield from self._value(text, m.start("value"), m.end("value"), keys)

    def _value(self, text: str, start: int, end: int, keys: list[str]) -> Iterator[Entity]:
        raw = text[start:end]
        stripped = raw.strip()
        if not stripped:
            return
        start += len(raw) - len(raw.lstrip())
        value = pdf_string(stripped)
        for key in keys:
            if normalise_key(key) in PLACE_KEYS:
                return  # a postcode in its own field, as a town in its own: the street's field is the address
            typed = self._fields.value_entity(key, value)
            if typed is None:
                continue
            if value == stripped:
                yield Entity(start + typed.start, start + typed.end, typed.type, typed.text, self.name)
            else:  # decoded: the offsets are not the text's -- the whole value as written
                yield Entity(start, start + len(stripped), typed.type, stripped, self.name)
            return
