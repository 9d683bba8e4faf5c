"""Personal values written inside a line by machines: log lines and query strings
(``user=4711 email=anna%40example.ch name=Anna+Meier dob=1980-03-12``) and SQL INSERT statements
(``INSERT INTO patients (first_name, birth_date) VALUES ('Anna', '1980-03-12')``), XML elements
(``<lastName>Meier</lastName>``, ISO 20022 payment files' ``<Nm>`` and ``<StrtNm>``), and e-mail
addresses with their "@" URL-encoded (issue 13: text pasted from systems).

A key says what its value is, as in ``fields.py`` (whose keys and value checks, ``field_values.py``,
are used: a name has no digit, a phone at least six digits, a date of birth is a date ...); the
value is checked decoded (``%40``, ``+`` for a space, SQL's doubled quotes) and masked as written.

Linear: each pattern has bounded reach (``scan``); the SQL values are read once, left to right,
and only in texts that say INSERT.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import unquote_plus

from ..entities import Entity, EntityType
from ..gates import Gate
from ..learned.features import load_word_freq
from . import scan
from .field_keys import ALL_KEYS, PLACE_KEYS, beside_names, normalise_key
from .fields import FieldDetector

# key=value inside a line: logfmt, query strings, "k=v; k=v" (a quoted value too); an unquoted
# value of logfmt may go on over spaces up to the next key ("holder=TIMON ZUR MÜHLEN status=…").
# A dotted key is read by its last part, as structured logs name fields ("user.full_name=…",
# "customer.name=…"; the whole key was no key and the name stayed in clear).
_PAIR = scan.compile(
    r"(?<![\w.\-])(?:[A-Za-z_][\w\-]{0,40}+\.){0,3}+(?P<key>[A-Za-z_][\w\-]{0,40}+)=(?:\"(?P<quoted>[^\"\n]{1,200})\""
    r"|'(?P<single>[^'\n]{1,200})'"
    r"|(?P<value>[^\s&\"';,<>|]{1,200}+(?:[ ](?![\w.\-]{1,124}+=)[^\s&\"';,<>|=]{1,60}+){0,4}+))"
)
# A machine's field of a user or a member, quoted, holding a person's name as people write it: two to four
# capitalised words, the first maybe before a comma ('user="Gusti Zobel"', 'user="von Arx, Bärbel"'; a
# makerspace's access log, holdout25, session 22) -- not a login ("user=gzobel"), which is no name's shape.
# (not "name", "customer", "client", "owner": a thing's or a firm's as often -- name="Main Office")
_DISPLAY_NAME_KEYS = frozenset("user username member patient guest author assignee requester reporter employee driver "
                               "fullname displayname participant".split())
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+(?:[\-'’][A-ZÀ-ÖØ-Þ]?[^\W\d_]{1,30}+)?"
_DISPLAY_NAME = scan.compile(
    rf"(?:(?:von|van|de|di|da|du|del|della|ten|ter|zu)[ ]){{0,2}}{_NAME_WORD},?(?:[ ]{_NAME_WORD}){{1,3}}"
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
# The key right before a literal.  A call's parenthesis follows its name ("firstName(", not the
# prose of 'a surname ("Sitzungszimmer Linde")'), and a colon is a key's only where code writes
# one (``colon``: checked in Python, see _code_key).
_CODE_KEY = scan.compile(
    r"(?<![\w])(?P<key>[A-Za-z_][\w]{2,40}+)(?:[\"']?[ \t]{0,4}(?:=>|->|:=|=|\{)|\(|(?P<colon>[\"']?[ \t]{0,4}:))"
    r"[ \t]{0,4}\Z"
)
# What may stand before a key with a colon: an object's or a call's opening, a list separator,
# or the line's start ("{ firstName: \"Anna\", lastName: …}", "{'first_name': 'Anna'}", YAML).
_COLON_KEY_AFTER = frozenset("{(,[;\n")
# A setter's or builder's name says the key too: "setFirstName(\"Anna\")", "withLastName(…)".
_SETTER = scan.compile(r"(?:set|with|Set|With)_?(?=[A-Z])|(?:set|with)_(?=[a-z])")
# The characters a key's operator may end with right before a literal (white space between):
# a cheap test before the key is searched for.
_OPERATOR_ENDS = frozenset("=>:({")
# Texts without any of these have no literal after a key (one substring test each, before any scan).
_LITERAL_GATE = Gate(("(\"", "('", "( \"", "( '", "=>", " = \"", " = '", "=\"", "='", "{ \"", "{ '", "{\"", "{'",
                      ": \"", ": '"))
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
_INSERT_GATE = Gate(('NSERT', 'nsert'))


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
        if _INSERT_GATE.opens(text):
            yield from self._inserts(text)
        if "</" in text:
            yield from self._elements(text)
        if _LITERAL_GATE.opens(text):
            yield from self._code_literals(text)

    def _code_literals(self, text: str) -> Iterator[Entity]:
        previous: tuple[int, str] | None = None  # the end and the text of the literal before
        for m in scan.finditer(_LITERAL, text):
            group = "dq" if m.group("dq") is not None else "sq"
            value = m.group(group)
            key = self._code_key(text, m.start(), previous)
            previous = (m.end(), value)
            if key is None or normalise_key(value) in ALL_KEYS:
                continue  # (a list of a table's keys: '["Vorname", "Nachname", …]')
            typed = self._fields.value_entity(key, value)
            if typed is not None:
                start = m.start(group) + typed.start
                yield Entity(start, start + len(typed.text), typed.type, typed.text, self.name)

    @staticmethod
    def _code_key(text: str, quote: int, previous: tuple[int, str] | None) -> str | None:
        """The key of the literal whose quote is at ``quote``: an identifier and an operator right
        before it, or a literal naming a key before a comma ('put("lastName", "Okafor")',
        '("Nachname", "Meier")'); None if there is none, or it says too little (see _NOT_CODE_KEYS)."""
        before = text[max(0, quote - 6):quote].rstrip(" \t")
        if before[-1:] == ",":
            if previous is None or not 0 < quote - previous[0] <= 9 or text[previous[0]:quote].strip(" \t") != "," \
                    or len(previous[1]) > 40 or not all(c.isalnum() or c in " _-." for c in previous[1]):
                return None  # (a key as code names one: not prose's '"Daughter (Adam)", "The defendant, …"')
            key = previous[1]
        elif before[-1:] in _OPERATOR_ENDS and before:
            found = scan.search(_CODE_KEY, text, max(0, quote - 64), quote)
            if found is None:
                return None
            key = found.group("key")
            if found.group("colon") is not None:
                if found.group("colon")[0] == "\"":
                    return None  # a JSON pair: fields.py reads it
                lead = found.start() - (text[found.start() - 1:found.start()] in ("\"", "'"))
                lead_text = text[max(0, lead - 24):lead].rstrip(" \t")
                if lead_text and lead_text[-1] not in _COLON_KEY_AFTER:
                    return None  # prose: 'after a name: "Fragen an Marco"'
            setter = scan.match(_SETTER, key)
            if setter is not None:
                key = key[setter.end():]
        else:
            return None
        normal = normalise_key(key)
        return None if normal in _NOT_CODE_KEYS or normal not in ALL_KEYS else key

    def _elements(self, text: str) -> Iterator[Entity]:
        for m in scan.finditer(_ELEMENT, text):
            key = m.group("key")
            if m.group("close") != key:
                continue
            raw = m.group("value")
            typed = self._fields.value_entity(key.rsplit(":", 1)[-1], raw.strip())
            if typed is not None:
                start = m.start("value") + len(raw) - len(raw.lstrip()) + typed.start
                yield Entity(start, start + len(typed.text), typed.type, typed.text, self.name)

    def _pairs(self, text: str) -> Iterator[Entity]:
        for m in scan.finditer(_PAIR, text):
            # (quoted in double or single quotes: 'user="Gusti Zobel"', "user='Gusti Zobel'")
            group = next((g for g in ("quoted", "single") if m.group(g) is not None), "value")
            raw = m.group(group)
            kind = self._fields.value_type(m.group("key"), unquote_plus(raw) if group == "value" else raw)
            if kind is None and group != "value" and normalise_key(m.group("key")) in _DISPLAY_NAME_KEYS \
                    and scan.fullmatch(_DISPLAY_NAME, raw, 0, len(raw)) is not None and self._display_name(raw):
                kind = EntityType.PERSON  # a log's user as a person: 'user="Bacher, Leoni"', 'user="Gusti Zobel"'
            if kind is not None:
                yield Entity(m.start(group), m.end(group), kind, raw, self.name)

    def _display_name(self, value: str) -> bool:
        """No frequent English word that no list knows as a name, and no brand's inner capital: an office, a
        role, a team or a bot is a log's user too ('user="Main Office"', 'user="System Administrator"',
        'author="GitHub Actions"', 'assignee="Release Team"'; review of session 22) -- machines name their
        accounts in English, people keep their names ("Gusti Zobel": "gusti" is an Italian word)."""
        lex, freq = self._fields.lexicon, load_word_freq()
        for word in value.replace(",", " ").split():
            if not word[:1].isupper():
                continue  # (a particle)
            zipf = freq.get(word.lower())
            english = zipf is not None and zipf[3] >= "5"
            if any(c.isupper() for c in word[1:]) or english and not lex.is_known_name(word):
                return False
        return True

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
