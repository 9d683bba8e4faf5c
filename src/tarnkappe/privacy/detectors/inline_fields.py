"""Personal values written inside a line by machines: log lines and query strings
(``user=4711 email=anna%40example.ch name=Anna+Meier dob=1980-03-12``) and SQL INSERT statements
(``INSERT INTO patients (first_name, birth_date) VALUES ('Anna', '1980-03-12')``), XML elements
(``<lastName>Meier</lastName>``, ISO 20022 payment files' ``<Nm>`` and ``<StrtNm>``), and e-mail
addresses with their "@" URL-encoded (issue 13: text pasted from systems).

A key says what its value is, as in ``fields.py`` (whose keys and value checks are used: a name
has no digit, a phone at least six digits, a date of birth is a date ...); the value is checked
decoded (``%40``, ``+`` for a space, SQL's doubled quotes) and masked as written.

Linear: each pattern has bounded reach (``scan``); the SQL values are read once, left to right,
and only in texts that say INSERT.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import unquote_plus

from ..entities import Entity, EntityType
from . import scan
from .fields import PLACE_KEYS, FieldDetector, beside_names, normalise_key

# key=value inside a line: logfmt, query strings, "k=v; k=v" (a quoted value too); an unquoted
# value of logfmt may go on over spaces up to the next key ("holder=TIMON ZUR MÜHLEN status=…").
# A dotted key is read by its last part, as structured logs name fields ("user.full_name=…",
# "customer.name=…"; the whole key was no key and the name stayed in clear).
_PAIR = scan.compile(
    r"(?<![\w.\-])(?:[A-Za-z_][\w\-]{0,40}+\.){0,3}+(?P<key>[A-Za-z_][\w\-]{0,40}+)=(?:\"(?P<quoted>[^\"\n]{1,200})\""
    r"|(?P<value>[^\s&\"';,<>|]{1,200}+(?:[ ](?![\w.\-]{1,124}+=)[^\s&\"';,<>|=]{1,60}+){0,4}+))"
)
# An e-mail address with its "@" written %40 (a query string, a URL-encoded form body, a log).
_ENCODED_EMAIL = scan.compile(
    r"(?:(?<![\w.+\-%])|(?<=%3D)|(?<=%3d)|(?<=%3A)|(?<=%3a)|(?<=%20)|(?<=%2C)|(?<=%2c))"
    r"[\w.+\-]{1,64}%40[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,8}(?![\w\-])"
)
# An XML element with text only: "<lastName>Meier</lastName>", ISO 20022's "<Nm>Anna Meier</Nm>",
# "<ns:birthDate>1980-03-12</ns:birthDate>"; the closing tag is compared in Python (a backreference
# has no bounded reach for scan.py).
_ELEMENT = scan.compile(
    r"<(?P<key>[A-Za-z_][\w.:\-]{0,40}+)(?:[ \t][^<>\n]{0,200}+)?>(?P<value>[^<>\n]{1,200}+)"
    r"</(?P<close>[A-Za-z_][\w.:\-]{0,40}+)>"
)
# A string literal of code and the key before it, as test fixtures and seed data write a person:
# ".firstName(\"Recep\")", "'last_name' => 'Trupp'", "first_name { \"Jan\" }", "FirstName = \"Anna\"",
# "(\"Kaiser\", \"Susan\")" is none (a comma is no key's).  The scan is of the literals (from their quote); the key
# is read in the 64 characters before each, in Python's order of the text.
_LITERAL = scan.compile(r"\"(?P<dq>[^\"\n\\]{1,120}+)\"|'(?P<sq>[^'\n\\]{1,120}+)'")
_CODE_KEY = scan.compile(
    r"(?<![\w])(?P<key>[A-Za-z_][\w]{2,40}+)[\"']?[ \t]{0,4}(?:=>|->|:=|=|:|\(|\{)[ \t]{0,4}\Z"
)
# Keys too common in code to say what a literal is ("line = 'abc 1'"), and those of a postcode or a
# town alone ('zip: "8011"', "city('Bern')"), which no address is without its street.
_NOT_CODE_KEYS = PLACE_KEYS | frozenset({"line", "addressline", "adrline"})
_INSERT = scan.compile(
    r"(?i:insert)[ \t\r\n]{1,8}(?i:into)[ \t\r\n]{1,8}[\w.\"`\[\]]{1,64}[ \t\r\n]{0,8}"
    r"\((?P<columns>[^()\n]{1,800})\)[ \t\r\n]{0,8}(?i:values)[ \t\r\n]{0,8}"
)
_ROW_OPEN = scan.compile(r"[ \t\r\n]{0,8},?[ \t\r\n]{0,8}\(")
_SQL_VALUE = scan.compile(
    r"[ \t\r\n]{0,8}(?:'(?P<string>(?:[^'\\\n]|''|\\.){0,300})'"
    r"|(?P<bare>NULL|null|TRUE|FALSE|true|false|DEFAULT|default|[-+]?[\d.]{1,30}|[A-Za-z_]\w{0,30}\(\)))"
    r"[ \t\r\n]{0,8}(?P<sep>[,)])"
)


class InlineFieldDetector:
    """Typed values of keys inside log lines, query strings and SQL INSERTs; %40 e-mails."""

    name = "fields"

    def __init__(self, fields: FieldDetector) -> None:
        self._fields = fields

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield the values (see the module's docstring)."""
        if "=" in text:
            yield from self._pairs(text)
        if "%40" in text:
            for m in scan.finditer(_ENCODED_EMAIL, text):
                yield Entity(m.start(), m.end(), EntityType.EMAIL, m.group(), self.name)
        if "NSERT" in text or "nsert" in text:
            yield from self._inserts(text)
        if "</" in text:
            yield from self._elements(text)
        if '("' in text or "('" in text or "=> " in text or '{ "' in text or ' = "' in text or " = '" in text:
            yield from self._code_literals(text)

    def _code_literals(self, text: str) -> Iterator[Entity]:
        for m in scan.finditer(_LITERAL, text):
            key = scan.search(_CODE_KEY, text, max(0, m.start() - 64), m.start())
            if key is None or normalise_key(key.group("key")) in _NOT_CODE_KEYS:
                continue
            group = "dq" if m.group("dq") is not None else "sq"
            kind = self._fields.value_type(key.group("key"), m.group(group))
            if kind is not None:
                yield Entity(m.start(group), m.end(group), kind, m.group(group), self.name)

    def _elements(self, text: str) -> Iterator[Entity]:
        for m in scan.finditer(_ELEMENT, text):
            key = m.group("key")
            if m.group("close") != key:
                continue
            raw = m.group("value")
            kind = self._fields.value_type(key.rsplit(":", 1)[-1], raw.strip())
            if kind is not None:
                start = m.start("value") + len(raw) - len(raw.lstrip())
                end = m.end("value") - (len(raw) - len(raw.rstrip()))
                yield Entity(start, end, kind, text[start:end], self.name)

    def _pairs(self, text: str) -> Iterator[Entity]:
        for m in scan.finditer(_PAIR, text):
            group = "quoted" if m.group("quoted") is not None else "value"
            raw = m.group(group)
            kind = self._fields.value_type(m.group("key"), unquote_plus(raw) if group == "value" else raw)
            if kind is not None:
                yield Entity(m.start(group), m.end(group), kind, raw, self.name)

    def _inserts(self, text: str) -> Iterator[Entity]:
        for m in scan.finditer(_INSERT, text):
            names = [c.strip(" \t\r\n\"`[]") for c in m.group("columns").split(",")]
            # "nom" beside "prenom" is a surname, whatever its value looks like ("d'Ursel"), as in a table
            typed = beside_names({k: normalise_key(c) for k, c in enumerate(names)}) or {}
            columns = [typed.get(k, c) for k, c in enumerate(names)]
            pos = m.end()
            while (row := scan.match(_ROW_OPEN, text, pos)) is not None:
                pos = row.end()
                index = 0
                while (value := scan.match(_SQL_VALUE, text, pos)) is not None:
                    pos = value.end()
                    if value.group("string") is not None and index < len(columns):
                        raw = value.group("string")
                        kind = self._fields.value_type(columns[index], raw.replace("''", "'"))
                        if kind is not None and raw:
                            yield Entity(value.start("string"), value.end("string"), kind, raw, self.name)
                    index += 1
                    if value.group("sep") == ")":
                        break
                else:
                    break  # not a row of values: stop reading this statement
