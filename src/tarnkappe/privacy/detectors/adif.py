"""Amateur radio logs in ADIF, the format every logging program exports: ``<NAME:15>Babajide Diallo``,
``<MY_NAME:21>…``, ``<ADDRESS:56>…``, ``<EMAIL:…>``.  A field's tag says how many characters its value
has, so the value is exactly that many characters after the tag -- no guess at where a name ends
(issue 13: holdout16's QSL logs left the operators' names in clear).

Linear: the tags are found by one scan (a "<" first); each value is a slice of the length the tag gives
(at most 200 characters: a longer one is no name or address).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..entities import Entity, EntityType
from ..gates import Gate
from . import scan

_TAG = scan.compile(
    r"<(?P<field>(?i:name|my_name|contacted_op|operator|address|my_street|my_postal_code|email|my_email|phone"
    r"|my_phone)):(?P<length>\d{1,3})(?::[A-Za-z])?>"
)
_TYPES = {
    "name": EntityType.PERSON, "my_name": EntityType.PERSON, "contacted_op": EntityType.PERSON,
    "address": EntityType.ADDRESS, "my_street": EntityType.ADDRESS, "my_postal_code": EntityType.ADDRESS,
    "email": EntityType.EMAIL, "my_email": EntityType.EMAIL, "phone": EntityType.PHONE, "my_phone": EntityType.PHONE,
}
_MAX_VALUE = 200
_ADIF_GATE = Gate(('<EOR>', '<eor>', '<EOH>', '<eoh>'))


class ADIFDetector:
    """Values of an ADIF log's personal fields, exactly as long as their tags say."""

    name = "adif"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield the values (see the module's docstring); only in a text with an ADIF tag."""
        if not _ADIF_GATE.opens(text):
            return
        for m in scan.finditer(_TAG, text):
            length = int(m.group("length"))
            field = m.group("field").lower()
            if field == "operator" and not any(c.islower() for c in text[m.end():m.end() + length]):
                continue  # (an operator's call sign, "HB3TWG", is no name)
            if not 0 < length <= _MAX_VALUE or m.end() + length > len(text):
                continue
            value = text[m.end():m.end() + length]
            if "<" in value or "\n" in value:
                continue  # (a tag whose length does not fit its value: read nothing rather than a wrong span)
            stripped = value.strip()
            if stripped:
                start = m.end() + value.index(stripped[0])
                yield Entity(start, start + len(stripped), _TYPES[field], stripped, self.name)
