"""Checksummed identifiers: IBAN, payment cards, AHV, DE tax ID / pension no., AT SVNR, VAT.

A candidate regex finds number-shaped strings cheaply; the checksum from
python-stdnum decides.  That keeps precision high without cue words: random
digit strings rarely pass a checksum (and card numbers also need a card IIN).
"""

from __future__ import annotations

import re
from typing import Iterator

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.at import uid as at_uid
from stdnum.at import vnr as at_vnr
from stdnum.ch import ssn as ch_ssn
from stdnum.ch import uid as ch_uid
from stdnum.de import idnr as de_idnr
from stdnum.de import vat as de_vat

from ..entities import Entity, EntityType

# Country codes of the SEPA area; other valid IBANs are masked too (superset).
# Each pattern starts with a character class and only then checks that no
# word character or '+' (phone numbers) precedes it: a leading look-behind
# would disable the regex engine's fast scan and cost ~3x.
_NA = r"(?![\w])"

_IBAN = re.compile(r"[A-Z](?<![\w+][A-Z])[A-Z]\d{2}(?:[ ]?[A-Z0-9]){11,30}" + _NA)
_CARD = re.compile(r"[2-6](?<![\w+][2-6])\d{3}(?:[ \-]?\d){9,15}" + _NA)
_AHV = re.compile(r"7(?<![\w+]7)56[.\s]?\d{4}[.\s]?\d{4}[.\s]?\d{2}" + _NA)
_DE_IDNR = re.compile(r"[1-9](?<![\w+][1-9])\d(?:[ ]?\d{3}){3}" + _NA)
_DE_RVNR = re.compile(r"\d(?<![\w+]\d)\d[ ]?\d{6}[ ]?[A-Z][ ]?\d{2}[ ]?\d" + _NA)
_AT_SVNR = re.compile(r"[1-9](?<![\w+][1-9])\d{3}[ ]?\d{6}" + _NA)
_VAT = re.compile(
    r"[CDA](?<![\w+][CDA])(?:(?<=C)HE[-\s]?\d{3}[.\s]?\d{3}[.\s]?\d{3}(?:\s?(?:MWST|TVA|IVA|HR))?"
    r"|(?<=D)E[ ]?\d{9}|(?<=A)TU[ ]?\d{8})" + _NA
)
_RVNR_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def is_valid_de_rvnr(number: str) -> bool:
    """German pension insurance number (VKVV § 2): area, DDMMYY, letter, serial, check.

    Not in python-stdnum, hence written here: the letter becomes its two-digit
    alphabet position, the 12 digits are weighted 2,1,2,5,7,1,2,1,2,1,2,1, the
    digit sums of the products are added, and the sum mod 10 is the check digit.
    """
    s = "".join(number.split()).upper()
    if len(s) != 12 or not (s[:8].isdigit() and s[8].isalpha() and s[9:].isdigit()):
        return False
    day, month = int(s[2:4]), int(s[4:6])
    if not (1 <= day <= 31 or 51 <= day <= 81) or not 1 <= month <= 12:
        return False
    digits = s[:8] + f"{ord(s[8]) - 64:02d}" + s[9:11]
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, _RVNR_WEIGHTS))
    return total % 10 == int(s[11])


def _is_valid_at_svnr(number: str) -> bool:
    s = _digits(number)
    if not at_vnr.is_valid(s):
        return False
    day, month = int(s[4:6]), int(s[6:8])
    return 1 <= day <= 31 and 1 <= month <= 14  # 13/14: unknown birth month codes


def _iban_spans(text: str) -> Iterator[Entity]:
    pos = 0
    while (m := _IBAN.search(text, pos)) is not None:
        raw = m.group(0)
        pos = m.start() + 1
        # The candidate may have swallowed a following word or number: shrink
        # from the right (at group boundaries) until the checksum holds.
        for end in range(len(raw), 14, -1):
            if end < len(raw) and raw[end] != " ":
                continue
            cand = raw[:end]
            if std_iban.is_valid(cand):
                yield Entity(m.start(), m.start() + end, EntityType.IBAN, cand)
                pos = m.start() + end
                break


class IdentifierDetector:
    """All checksummed identifiers in one pass per pattern."""

    name = "identifiers"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield valid identifiers; invalid checksums are not reported."""
        if not any(c.isdigit() for c in text):
            return
        yield from _iban_spans(text)
        simple = (
            (_CARD, EntityType.CARD, lambda s: 13 <= len(_digits(s)) <= 19 and luhn.is_valid(_digits(s))),
            (_AHV, EntityType.AHV, lambda s: ch_ssn.is_valid(_digits(s))),
            (_DE_IDNR, EntityType.TAXID, lambda s: de_idnr.is_valid(_digits(s))),
            (_DE_RVNR, EntityType.SSN, is_valid_de_rvnr),
            (_AT_SVNR, EntityType.SSN, _is_valid_at_svnr),
            (_VAT, EntityType.VAT, _is_valid_vat),
        )
        for pattern, entity_type, check in simple:
            for m in pattern.finditer(text):
                if check(m.group(0)):
                    yield Entity(m.start(), m.end(), entity_type, m.group(0))


def _is_valid_vat(s: str) -> bool:
    compact = re.sub(r"[\s.\-]", "", s).upper()
    if compact.startswith("CHE"):
        return ch_uid.is_valid(re.sub(r"(MWST|TVA|IVA|HR)$", "", compact))
    if compact.startswith("ATU"):
        return at_uid.is_valid(compact)
    return de_vat.is_valid(compact)
