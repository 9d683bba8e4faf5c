"""Phone numbers in national and international forms (CH, DE, AT, IT, FR, GB, US).

A cheap regex finds digit groups that look like a dialled number; only those
are parsed with ``phonenumbers`` and kept if valid for one of the configured
regions.  Running ``PhoneNumberMatcher`` once per region over the whole text
is ~10x slower and blows the 5 ms budget, so the matcher's leniency is
replaced by explicit shape rules: international prefix (+CC / 00CC), a
national trunk 0, an Italian mobile (3xx), or a US (NXX) NXX-XXXX layout.
"""

from __future__ import annotations

from collections.abc import Iterator

import phonenumbers

from ..entities import Entity, EntityType
from . import scan

_CAND = scan.compile(
    r"[+(\d](?<![\w+/.\-][+(\d])(?:(?<=\+)|(?<=\()\d|(?<=\d))[\d \u00a0/.\-()]{5,22}\d(?![\w]|[.\-/]\d)"
)
_DATE_LIKE = scan.compile(
    r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{4}-\d{2}-\d{2}$|^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$"
)
_NOT_DIGITS = str.maketrans("", "", " \u00a0/.-()+")  # every character _CAND allows besides \d
_US_SHAPE = scan.compile(r"^\(?\d{3}\)?[ .\-]\d{3}[ .\-]\d{4}$")

# Work bound (issue 12): phonenumbers.parse costs ~30-45 us a region, and a text dense with
# distinct phone-like numbers valid nowhere had each parsed in up to six regions (~2 s per
# 100 KB).  A text gets PARSE_BUDGET_BASE + len // PARSE_BUDGET_CHARS parses; past that, a
# candidate that the shape rules would hand to phonenumbers is masked without asking (it fails
# safe: more is masked, never less).  No evaluation document comes near the budget.
PARSE_BUDGET_BASE = 200
PARSE_BUDGET_CHARS = 1000


class PhoneDetector:
    """Validated phone numbers; regions are tried in the configured order."""

    name = "phone"

    def __init__(self, regions: tuple[str, ...]) -> None:
        self._regions = regions

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield phone numbers valid in one of the regions (or with a +CC prefix)."""
        # Parsing is the expensive part (~20-70 us a number); a text that repeats a number
        # (signatures, quoted replies) has it parsed once.
        verdicts: dict[str, bool] = {}
        budget = [PARSE_BUDGET_BASE + len(text) // PARSE_BUDGET_CHARS]
        for m in scan.finditer(_CAND, text):
            raw = m.group(0).rstrip(" -/.(")
            if raw.count("(") != raw.count(")"):
                raw = raw.lstrip("(") if raw.startswith("(") and ")" not in raw else raw
            start = m.start() + m.group(0).find(raw)
            valid = verdicts.get(raw)
            if valid is None:
                valid = verdicts[raw] = self._valid(raw, budget)
            if valid:
                yield Entity(start, start + len(raw), EntityType.PHONE, raw)

    def _valid(self, raw: str, budget: list[int]) -> bool:
        """Valid in a region; True without asking once ``budget`` (parses left) is used up."""
        head = raw[1:5]  # every _DATE_LIKE shape has a '.', '/' or '-' among these
        if ("." in head or "/" in head or "-" in head) and scan.match(_DATE_LIKE, raw):
            return False
        digits = raw.translate(_NOT_DIGITS)  # = the characters with isdigit(): _CAND has no others
        if not 7 <= len(digits) <= 15:
            return False
        try:
            if raw.startswith("+") or raw.startswith("00"):
                if _spent(budget):
                    return True
                num = phonenumbers.parse("+" + digits[2:] if raw.startswith("00") else raw, None)
                return phonenumbers.is_valid_number(num)
            for region in self._regions:
                if region == "US":
                    if not scan.match(_US_SHAPE, raw):
                        continue
                elif region == "IT":
                    if not (digits[0] == "0" or (digits[0] == "3" and 9 <= len(digits) <= 10)):
                        continue
                elif digits[0] != "0":
                    continue
                if _spent(budget):
                    return True
                if phonenumbers.is_valid_number(phonenumbers.parse(raw, region)):
                    return True
        except phonenumbers.NumberParseException:
            return False
        return False


def _spent(budget: list[int]) -> bool:
    """Take one parse from the budget; True if there was none left."""
    if budget[0] <= 0:
        return True
    budget[0] -= 1
    return False
