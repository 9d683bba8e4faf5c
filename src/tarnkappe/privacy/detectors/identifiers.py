"""Checksummed identifiers: IBAN, payment cards, AHV, DE tax ID / pension no., AT SVNR, VAT.

A candidate regex finds number-shaped strings cheaply; the checksum from
python-stdnum decides.  That keeps precision high without cue words: random
digit strings rarely pass a checksum (and card numbers also need a card IIN).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from string import ascii_uppercase
from types import MappingProxyType

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.at import uid as at_uid
from stdnum.at import vnr as at_vnr
from stdnum.ch import ssn as ch_ssn
from stdnum.ch import uid as ch_uid
from stdnum.de import idnr as de_idnr
from stdnum.de import vat as de_vat

from ..entities import Entity, EntityType
from . import scan
from .shapes import per_shape, shapes_pattern

# Country codes of the SEPA area; other valid IBANs are masked too (superset).
#
# Speed: all seven shapes are found in one scan of the text (see shapes.py), at a digit or a
# capital that no word character or '+' (phone numbers) precedes; each shape checks its own
# first character with a look-behind.  The guard is what any shape needs next: most digits and
# capitals in prose fail it at once.
_NA = r"(?![\w])"
_LETTER_VALUES = str.maketrans({chr(c): str(c - 55) for c in range(ord("A"), ord("Z") + 1)})


def _stdnum_bban_formats() -> dict[str, str]:
    """python-stdnum's BBAN format ("5!n12!c") of every country code it knows one for."""
    formats = {}
    for country in (a + b for a in ascii_uppercase for b in ascii_uppercase):
        info = std_iban._ibandb.info(country)
        bban = info[0][1].get("bban") if info and info[0][0] == country else None
        if bban:
            formats[country] = bban
    return formats


_BBAN_FORMATS: Mapping[str, str] = MappingProxyType(_stdnum_bban_formats())


def _stdnum_iban_length(country: str) -> int | None:
    """Length of a valid IBAN of ``country`` (compact) by python-stdnum's BBAN format, or None."""
    bban = _BBAN_FORMATS.get(country)
    return 4 + sum(int(n) for n, _ in std_iban._struct_re.findall(bban)) if bban else None


_IBAN_LENGTHS: Mapping[str, int] = MappingProxyType(
    {cc: n for cc in _BBAN_FORMATS if (n := _stdnum_iban_length(cc)) is not None})


def iban_countries() -> frozenset[str]:
    """The country codes that have IBANs (python-stdnum's registry)."""
    return frozenset(_IBAN_LENGTHS)


def iban_length(country: str) -> int | None:
    """The number of letters and digits of ``country``'s IBANs, or None for a country without IBANs."""
    return _IBAN_LENGTHS.get(country)


def _iban_shape() -> str:
    """The IBAN shape (after its first letter): the country code, then exactly as many characters
    as the country's IBANs have, then no word character.

    Why (issue 12): the shape used to take 11-30 characters greedily and backtrack to a word's
    end, and Python then cut the candidate at the country's length and checked that a space or
    the candidate's end came next.  That is the same as asking for exactly that many characters
    and then a non-word character (lengths outside 15-34 could never pass), which the engine
    does without backtracking and without a Python step per candidate.
    """
    by_second: dict[str, dict[int, list[str]]] = {}
    for country in sorted(_BBAN_FORMATS):
        length = _stdnum_iban_length(country)
        if length is not None and 15 <= length <= 34:
            by_second.setdefault(country[1], {}).setdefault(length, []).append(country[0])
    branches = []
    for second, lengths in sorted(by_second.items()):
        per_length = "|".join(
            rf"(?<=[{''.join(firsts)}]{second})\d{{2}}(?:[ ]?[A-Z0-9]){{{length - 4}}}"
            for length, firsts in sorted(lengths.items())
        )
        branches.append(f"{second}(?:{per_length})")
    return "(?<=[A-Z])(?:" + "|".join(branches) + ")" + _NA


_SHAPES: dict[str, str] = {
    "iban": _iban_shape(),
    "vat": (
        r"(?:(?<=C)HE[-\s]?\d{3}[.\s]?\d{3}[.\s]?\d{3}(?:\s?(?:MWST|TVA|IVA|HR))?"
        r"|(?<=D)E[ ]?\d{9}|(?<=A)TU[ ]?\d{8})" + _NA
    ),
    # also "5555.5555.5555.4444" and groups two spaces apart (as on a receipt: "4754  1909  4906  8596")
    # and as people type them: in pairs ("41 11 11 …"), a short group ("… 1111 11 11"), " - " between
    "card": r"(?<=[2-6])\d(?:(?:[ .\-\u00a0]|[ ]{2}|[ ]-[ ])?\d){11,17}" + _NA,
    # A card number glued to its brand code, as airline and hotel systems print the form of payment
    # ("FP CCVI4111111111111111/1227", "MC5555555555554444"); the candidate starts at the code's
    # first letter, the card at its first digit.
    "glued_card": (
        r"(?:(?<=C)C(?:VI|CA|MC|AX|DC|JC|TP|DS|VS|CB|VISA|AMEX)|(?<=V)(?:I|S|ISA)|(?<=C)[AB]|(?<=M)C"
        r"|(?<=A)(?:X|MEX)|(?<=D)[CS]|(?<=J)C|(?<=T)P)[2-6]\d{12,18}+" + _NA
    ),
    "ahv": r"(?<=7)56[.\s]?\d{4}[.\s]?\d{4}[.\s]?\d{2}" + _NA,
    "idnr": r"(?<=[1-9])\d(?:[ ]?\d{3}){3}" + _NA,
    "rvnr": r"(?<=\d)\d[ ]?\d{6}[ ]?[A-Z][ ]?\d{2}[ ]?\d" + _NA,
    "svnr": r"(?<=[1-9])\d{3}[ ]?\d{6}" + _NA,
}
_GUARD = r"\d[\d\s.\-]{6}|[A-Z]{1,3}\d|HE[-\s]?\d|E ?\d|TU ?\d"
_CANDIDATES = shapes_pattern(r"[\dA-Z]", _SHAPES, not_after=r"\w+", guard=_GUARD)
_NAMES = tuple(_SHAPES)
_RVNR_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def _digits(s: str) -> str:
    return "".join(filter(str.isdigit, s))


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
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, _RVNR_WEIGHTS, strict=False))
    return total % 10 == int(s[11])


def _is_valid_at_svnr(number: str) -> bool:
    s = _digits(number)
    if not at_vnr.is_valid(s):
        return False
    day, month = int(s[4:6]), int(s[6:8])
    return 1 <= day <= 31 and 1 <= month <= 14  # 13/14: unknown birth month codes


# Per country: the compiled BBAN structure -- what ``stdnum.iban.validate`` looks up for every
# number (without the country's own checks: see is_valid_iban).
_BBAN_PATTERNS: Mapping[str, re.Pattern[str]] = MappingProxyType(
    {cc: std_iban._struct_to_re(bban) for cc, bban in _BBAN_FORMATS.items()}
)


def is_valid_iban(candidate: str) -> bool:
    """Whether a match of the IBAN shape (its country's length exactly) is a valid IBAN.

    ``stdnum.iban.is_valid`` step by step, with its per-number lookups done once at import: it
    searched its country database and compiled the BBAN structure for every number (~50 us; a
    text of distinct valid IBANs -- a CSV -- paid that for each, issue 12).  The candidate is
    already compact (capitals, digits and single spaces) and its country is one stdnum knows.
    """
    compact = candidate.replace(" ", "")
    if int((compact[4:] + compact[:4]).translate(_LETTER_VALUES)) % 97 != 1:
        return False
    # Not the country's own checks: python-stdnum's Belgian one, for one, turns down every bank
    # code missing from its registry, and an account at a bank it does not list is still
    # someone's account (fail closed: the ISO 13616 checksum and the BBAN layout decide).
    return _BBAN_PATTERNS[compact[:2]].match(compact[4:]) is not None


def _is_ahv(digits: str) -> bool:
    """``stdnum.ch.ssn.is_valid`` of the digits of an AHV candidate.

    Speed (issue 12): stdnum cleans the number twice through a Python generator per character
    (~25 us; a text of distinct valid AHV numbers paid it for each).  For ASCII digits cleaning
    changes nothing, so what is left is its length, the 756 prefix and the EAN-13 check digit;
    other digits go to stdnum, which maps some (full-width ones) to ASCII.
    """
    if not digits.isascii():
        return ch_ssn.is_valid(digits)
    if len(digits) != 13 or not digits.startswith("756"):
        return False
    # EAN-13: from the right, the digits before the check digit weigh 3, 1, 3, 1, ...
    total = 3 * sum(map(int, digits[1:12:2])) + sum(map(int, digits[0:12:2]))
    return (10 - total) % 10 == int(digits[12])


def _is_card(s: str) -> bool:
    digits = _digits(s)
    return 13 <= len(digits) <= 19 and _card_groups(s) and luhn.is_valid(digits)


def _card_groups(s: str) -> bool:
    """Not a table's cells run together: a column gap ("  ") beside a dot, a dash or a single space
    ("2312  27321658 1990-03" of an Elo, a FIDE ID and a date of birth passed Luhn once in ten).  Cards are grouped in
    many ways ("41 11 …", "4111 1111 1111 11 11", "4111 - 1111 - …"), each kept."""
    seps = set(_SEPARATORS.findall(s))
    if "  " not in seps:
        return True
    if any("." in sep or "-" in sep for sep in seps):
        return False
    # beside single spaces, a card's groups only ("4111  1111 1111 1111"): "2502  0041 32 305 98 70" is a
    # postcode's cell and a phone's
    groups = [len(group) for group in s.split()]
    return " " not in seps or len(set(groups)) == 1 or groups in ([4, 6, 5], [4, 6, 4])


_SEPARATORS = scan.compile(r"[ .\-\u00a0]{1,2}")  # (on a candidate of at most ~40 characters)


_CHECKS: dict[str, tuple[str, Callable[[str], bool]]] = {
    "card": (EntityType.CARD, _is_card),
    "glued_card": (EntityType.CARD, lambda s: _is_card(s.lstrip(ascii_uppercase))),
    "ahv": (EntityType.AHV, lambda s: _is_ahv(_digits(s))),
    "idnr": (EntityType.TAXID, lambda s: de_idnr.is_valid(_digits(s))),
    "rvnr": (EntityType.SSN, is_valid_de_rvnr),
    "svnr": (EntityType.SSN, _is_valid_at_svnr),
    "vat": (EntityType.VAT, lambda s: _is_valid_vat(s)),  # defined below
}
_HAS_DIGIT = scan.compile(r"\d")


class IdentifierDetector:
    """All checksummed identifiers in one scan of the text."""

    name = "identifiers"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield valid identifiers; invalid checksums are not reported."""
        if scan.search(_HAS_DIGIT, text) is None:
            return
        # A text that repeats a number (quoted replies) has its checksum computed once.
        verdicts: dict[tuple[str, str], bool] = {}
        iban_valid: dict[str, bool] = {}

        def claim(shape: str, start: int, end: int) -> int | None:
            if shape != "iban":
                return end
            # A candidate that fails the checksum lets the search go on one character later
            # (inside it); a valid one is skipped as a whole.
            candidate = text[start:end]
            valid = iban_valid.get(candidate)
            if valid is None:
                valid = iban_valid[candidate] = is_valid_iban(candidate)
            return end if valid else None

        for shape, start, end in per_shape(_CANDIDATES, text, _NAMES, claim=claim):
            candidate = text[start:end]
            if shape == "iban":
                yield Entity(start, end, EntityType.IBAN, candidate, self.name)
                continue
            entity_type, check = _CHECKS[shape]
            if _memo(verdicts, shape, candidate, check):
                if shape == "glued_card":  # the brand code stays readable
                    start += len(candidate) - len(candidate.lstrip(ascii_uppercase))
                    candidate = text[start:end]
                yield Entity(start, end, entity_type, candidate, self.name)
            elif shape == "card" and text[end:end + 1] == "/":
                # the month of the expiry after a card number ("5489 8879 0250 6889 06/28") was
                # taken into the candidate: the card is a shorter run of whole groups
                cut = _card_in_groups(candidate)
                if cut:
                    yield Entity(start, start + cut, entity_type, candidate[:cut], self.name)
            elif shape == "card" and (cut := candidate.rfind("  ")) > 0 and _is_card(candidate[:cut]):
                # the next column's number after a column gap ("4111 1111 1111 1111  40" of an aligned table)
                yield Entity(start, start + cut, entity_type, candidate[:cut], self.name)


def _card_in_groups(candidate: str) -> int:
    """The length of the longest prefix of ``candidate`` that ends before a separator, holds
    13-19 digits and passes Luhn, with at most two digits after it (an expiry's month: the caller
    asks only where "/" follows the candidate); 0 if none.  Random groups of a tracking number
    pass Luhn one time in ten: without that bound a longer number was cut to a "card" (review of
    session 13)."""
    cut = len(candidate)
    for _ in range(4):
        cut = max(candidate.rfind(" ", 0, cut), candidate.rfind("-", 0, cut), candidate.rfind(".", 0, cut))
        while cut > 0 and not candidate[cut - 1].isdigit():
            cut -= 1
        if cut <= 0 or len(_digits(candidate[cut:])) > 2:
            return 0  # (what is cut off is the expiry's month, not half a tracking number)
        if _is_card(candidate[:cut]):
            return cut
    return 0


def _memo(verdicts: dict[tuple[str, str], bool], shape: str, candidate: str, check: Callable[[str], bool]) -> bool:
    key = (shape, candidate)
    verdict = verdicts.get(key)
    if verdict is None:
        verdict = verdicts[key] = check(candidate)
    return verdict


def _is_valid_vat(s: str) -> bool:
    compact = re.sub(r"[\s.\-]", "", s).upper()
    if compact.startswith("CHE"):
        return ch_uid.is_valid(re.sub(r"(MWST|TVA|IVA|HR)$", "", compact))
    if compact.startswith("ATU"):
        return at_uid.is_valid(compact)
    return de_vat.is_valid(compact)
