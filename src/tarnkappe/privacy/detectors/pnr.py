"""Airline booking records (PNR): the passenger data of ``SSR DOCS`` and the contacts of ``CTCM`` / ``CTCE``.

A travel agent pastes a booking into a prompt; its special service requests carry the passport
data in slash-separated fields that no other rule reads as a name or a birth date::

    SSR DOCS LX HK1/P/CHE/X1234567/CHE/12MAR85/F/12DEC30/MEIER/ANNA MARIA/H
    3DOCSA/DB/12MAR1985/F/MEIER/ANNA                       (Sabre, secure-flight form)
    SSR CTCM LX HK1/41791234567/P1                          (mobile number, digits only)
    SSR CTCE LX HK1/ANNA.MEIER//EXAMPLE.CH                  (e-mail: "//" stands for "@")

The date of birth is the first date field followed by a gender field (M, F, U, X, MI, FI); after
it, past an optional expiry date, come the surname and the given names -- one span, so that either
half or both are covered.  (The passport number has no entity type of ours and stays.)

Linear: one scan for the keywords; each element is read once, up to the next keyword, its line's end or
``_LINE`` characters ("DOCS///" repeated re-read 240 characters per keyword: 13 s for 1 MB; a second
passenger on the same line was skipped; reviews of session 17).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..entities import Entity, EntityType
from ..gates import Gate
from . import scan

# The element's code as a word of its own, before an airline's code or Sabre's "A/" ("SSR DOCS LX HK1",
# "3DOCSA/DB/…"), not inside another word or before anything else ("MYDOCS/…", "CTCM-Spezifikation");
# a booking writes months as their three letters.
_KEYWORD = scan.compile(r"(?<![A-Za-z])(?:DOCS(?=[ ][A-Z0-9]{2}[ ]|[ ]HK\d|A?/)|CTC[ME](?=[ ][A-Z0-9]{2}[ ]|[ ]HK\d))")
_LINE = 240
_DATE = scan.compile(r"\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\d{2}|\d{4})")
_GENDERS = frozenset({"M", "F", "U", "X", "MI", "FI"})
_NAME_FIELD = scan.compile(r"[A-Z][A-Z' \-]{0,63}")
_HOLDER = scan.compile(r"P\d{1,2}|H")  # passenger association / multi-passport holder flag
# A passenger's "SURNAME/GIVEN NAMES" in a booking's name element ("1.1MEIER/ANNA MRS"), its billing
# address ("AB MEIER/ANNA, BAHNHOFSTRASSE 1 …") and a boarding pass's bar code ("M1MEIER/ANNA        EL8L9LY
# ZRHFRALX …"; IATA BCBP: "M", the number of legs, the name field): read by no other rule, the name in
# capitals (holdout19, session 20).
# The bar code's name field is padded with spaces; the billing address follows its name after a comma; a
# name element ends in a title, two spaces or the line ("Version 1.2AB/CD", "AB CHF/EUR" are none).
_TITLE = r"(?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF)(?![A-Z])"
_NAME = rf"[A-Z][A-Z'\-]{{1,30}}+/[A-Z][A-Z'\-]{{1,30}}+(?:[ ](?!{_TITLE})[A-Z][A-Z'\-]{{1,30}}+){{0,2}}"
# (each shape led by a class the engine skips to in C: "M", "A" or a digit, its look-behind after it)
_PASSENGER = scan.compile(
    rf"[MA\d](?:(?<=M)(?<![A-Za-z0-9]M)[1-4](?P<name>{_NAME})(?=[ ])(?![ ](?!$)[A-Z][a-z])"
    rf"|(?<=A)(?<![\w]A)B[ ](?P<billed>{_NAME})(?=,)"
    rf"|(?<=\d)(?<![\w.]\d)\d?\.\d{{1,2}}(?P<element>{_NAME})(?=[ ]{{2}}|[ ]?\r?\n|[ ]?\Z|[ ]{_TITLE}))"
)
_CAPITALS_SLASHED = scan.compile(r"/(?<=[A-Z]{2}/)[A-Z]{2}")
_STATUS = scan.compile(r"(?:HK|KK|TK|HN|NN)\d?[/ ]|/")  # a segment's status and its separator, or the first slash
_CONTACT_PHONE = scan.compile(r"\+?\d[\d ]{6,20}\d")
_CONTACT_EMAIL = scan.compile(r"[A-Z0-9._\-]{1,64}//[A-Z0-9.\-]{1,253}")
_DOCS_GATE = Gate(('DOCS', 'CTC'))


def _whole(pattern: re.Pattern[str], value: str) -> bool:
    return scan.fullmatch(pattern, value, 0, len(value)) is not None


class PNRDetector:
    """Names, dates of birth, phones and e-mails in a booking's DOCS / CTCM / CTCE elements."""

    name = "pnr"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield the values (see the module's docstring); only in a text with such an element."""
        if "/" in text and scan.search(_CAPITALS_SLASHED, text) is not None:  # (one C scan for "X/Y" first)
            for m in scan.finditer(_PASSENGER, text):
                group = m.lastgroup or "name"
                surname, _, given = m.group(group).partition("/")
                if len(surname) <= 3 and len(given.split(" ", 1)[0]) <= 3:
                    continue  # two codes ("AB ZRH/GVA, TÄGLICH": airports), no passenger
                yield Entity(m.start(group), m.end(group), EntityType.PERSON, m.group(group), self.name)
        if not _DOCS_GATE.opens(text):
            return
        # Each element is read up to the next element's keyword (a booking pasted on one line, a JSON
        # array, "; " between elements), its line's end or _LINE characters: every character once.
        found = list(scan.finditer(_KEYWORD, text))
        for k, m in enumerate(found):
            stop = found[k + 1].start() if k + 1 < len(found) else len(text)
            end = text.find("\n", m.end(), min(stop, m.end() + _LINE))
            end = min(stop, m.end() + _LINE) if end < 0 else end
            if m.group() == "DOCS":
                yield from self._docs(text, m.end(), end)
            else:
                yield from self._contact(text, m.group() == "CTCM", m.end(), end)

    def _fields(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        pos = start
        while pos <= end:
            cut = text.find("/", pos, end)
            cut = end if cut < 0 else cut
            out.append((pos, cut))
            pos = cut + 1
        return out

    def _docs(self, text: str, start: int, end: int) -> Iterator[Entity]:
        fields = self._fields(text, start, end)
        values = [text[s:e].strip() for s, e in fields]
        for i in range(len(values) - 1):
            if _whole(_DATE, values[i]) and values[i + 1] in _GENDERS:
                s, e = fields[i]
                yield Entity(s, e, EntityType.DOB, text[s:e], self.name)
                j = i + 2
                if j < len(values) and (not values[j] or _whole(_DATE, values[j])):
                    j += 1  # the document's expiry date
                names: list[tuple[int, int]] = []
                while j < len(values) and len(names) < 2 and _whole(_NAME_FIELD, values[j]) \
                        and not _whole(_HOLDER, values[j]):
                    names.append(fields[j])
                    j += 1
                if names:
                    s, e = names[0][0], names[-1][1]
                    stripped = text[s:e].strip()
                    s += text[s:e].index(stripped[0])
                    yield Entity(s, s + len(stripped), EntityType.PERSON, stripped, self.name)
                return

    def _contact(self, text: str, phone: bool, start: int, end: int) -> Iterator[Entity]:
        # the value after the status's slash ("HK1/41791234567/P1") or, as Amadeus writes it, a space
        # ("HK1 436801051429/P1"; holdout19, session 20)
        status = scan.search(_STATUS, text, start, end)
        if status is None:
            return
        found = scan.match(_CONTACT_PHONE if phone else _CONTACT_EMAIL, text, status.end(), end)
        if found is not None:
            kind = EntityType.PHONE if phone else EntityType.EMAIL
            yield Entity(found.start(), found.end(), kind, found.group(), self.name)
