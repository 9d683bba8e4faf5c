"""The machine-readable zone of a passport or an identity card (ICAO 9303), as OCR pastes it:

    P<CHEMUSTER<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<<<      (TD3, passports: 2 lines of 44)
    X1234567<8CHE6204155F3012312<<<<<<<<<<<<<<02

    IDCHEX1234567<8<<<<<<<<<<<<<<<                     (TD1, identity cards: 3 lines of 30;
    6204155F3012312CHE<<<<<<<<<<<4                      TD2: 2 lines of 36)
    MUSTER<<ANNA<MARIA<<<<<<<<<<<<

The holder's name ("MUSTER<<ANNA<MARIA", "<" for the spaces) is one PERSON and the date of
birth (YYMMDD at its fixed place) a DOB; the rest of the zone stays as it is (the document
number has no type of ours yet: a gap, said in privacy/README.md).  Issue 13: a format our rules never saw -- the
prose rules read "CHEMUSTER" as no name at all.

Linear: lines of exactly 30, 36 or 44 characters of A-Z, 0-9 and "<" are looked at, once each,
and only in a text with "<<".
"""

from __future__ import annotations

from collections.abc import Iterator

from ..entities import Entity, EntityType

_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")


class MRZDetector:
    """Holder's name and date of birth in a passport's or identity card's machine-readable zone."""

    name = "mrz"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield the name and the date of birth of each zone."""
        if "<<" not in text:
            return
        lines: list[tuple[int, str]] = []
        pos = 0
        for line in text.splitlines(keepends=True):
            body = line.rstrip("\r\n").strip(" ")
            offset = pos + line.find(body) if body else pos
            lines.append((offset, body if len(body) in (30, 36, 44) and _ALPHABET.issuperset(body) else ""))
            pos += len(line)
        for k, (start, body) in enumerate(lines):
            if not body:
                continue
            nxt = lines[k + 1][1] if k + 1 < len(lines) else ""
            if len(body) in (44, 36) and body[0] in "PIACV" and len(nxt) == len(body):
                yield from _name(start + 5, body[5:])
                yield from _date(lines[k + 1][0] + 13, nxt[13:19])
            elif len(body) == 30 and body[0] in "IAC" and len(nxt) == 30 and k + 2 < len(lines) and (
                    len(lines[k + 2][1]) == 30):
                yield from _date(lines[k + 1][0], nxt[0:6])
                yield from _name(lines[k + 2][0], lines[k + 2][1])


def _name(start: int, field: str) -> Iterator[Entity]:
    end = len(field.rstrip("<"))
    lead = len(field) - len(field.lstrip("<"))
    if end - lead >= 2 and any(c.isalpha() for c in field[lead:end]):
        yield Entity(start + lead, start + end, EntityType.PERSON, field[lead:end], MRZDetector.name)


def _date(start: int, field: str) -> Iterator[Entity]:
    if len(field) == 6 and field.isdigit() and "01" <= field[2:4] <= "12" and "01" <= field[4:6] <= "31":
        yield Entity(start, start + 6, EntityType.DOB, field, MRZDetector.name)
