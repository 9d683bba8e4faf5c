"""Phone numbers in national and international forms (CH, DE, AT, IT, FR, GB, US, LU).

A cheap regex finds digit groups that look like a dialled number; only those
are parsed with ``phonenumbers`` and kept if valid for one of the configured
regions.  Running ``PhoneNumberMatcher`` once per region over the whole text
is ~10x slower and blows the 5 ms budget, so the matcher's leniency is
replaced by explicit shape rules: international prefix (+CC / 00CC), a
national trunk 0, an Italian mobile (3xx), or a US (NXX) NXX-XXXX layout.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from ..entities import Entity, EntityType
from . import scan
from .dates import DATE

# Three spaces in a row end a number: "03.04.1977      031 555 11 22" is a date and a phone in an
# aligned table, not one number; "079  123  45  67" (two) is one.
# A "+" may follow a "/" ("HK1/+4917612345678" in a booking's contact line, "Tel./+41 ..."): a
# digit or "(" after one may be a date's or a path's part and is not taken.
# Not a time's minutes ("18:45  (617) 793-5758" of a hotline's log: the number starts after the time), and
# no time after it ("0041 79 484 56 63 (15:00): hallo" of an SMS export, "(15.00)", "… 63 15:00").
_CAND = scan.compile(
    r"[+(\d](?<![\w+/.\-][(\d])(?<![\w+.\-]\+)(?<!\d:\d)(?:(?<=\+)|(?<=\()\d|(?<=\d))"
    r"(?:[\d\u00a0/.\-)]|\((?!\d{1,2}[:.]\d\d\))|[ ][ ]?+(?![ ]|\(?\d{1,2}:\d\d(?!\d))){5,22}\d"
    r"(?![\w]|[.\-/]\d)"
)
_DATE_AT = scan.compile(rf"(?:{DATE})")  # a date that starts where a candidate's last part does
_DATE_LIKE = scan.compile(  # an IP address's parts have no leading zero ("077.380.25.35" is a phone)
    r"^\d{1,2}[./-][ ]?\d{1,2}[./-][ ]?\d{2,4}$|^\d{4}-\d{2}-\d{2}$"  # (and "07. 03. 1966", as forms space it)
    r"|^(?:(?:[1-9]?\d|1\d\d|2[0-4]\d|25[0-5])\.){3}(?:[1-9]?\d|1\d\d|2[0-4]\d|25[0-5])$"
)
_DATE_THEN_TIME = scan.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})[ ,]{1,2}\d{1,2}$")  # "02/12/2026 20:08"
# a date and the next column's number ("WOOD Kenneth  02/06/2006  1389   11" of a driver list; holdout23)
# (or a date of two-digit year and the next column's date: "Karz, Olena   02.03.60  18.02.22" of a staff list's
# birth and entry; holdout37, session 33)
_DATE_THEN_MORE = scan.compile(
    r"\d{1,2}(?:/\d{1,2}/|\.\d{1,2}\.|-\d{1,2}-)(?:19|20)\d{2}[ ]"
    r"|\d{1,2}\.\d{1,2}\.\d{2}[ ]{1,2}\d{1,2}\.\d{1,2}\.|\d{1,2}/\d{1,2}/\d{2}[ ]{1,2}\d{1,2}/\d{1,2}/"
    r"|\d{1,2}-\d{1,2}-\d{2}[ ]{1,2}\d{1,2}-\d{1,2}-")
_NOT_DIGITS = str.maketrans("", "", " \u00a0/.-()+")  # every character _CAND allows besides \d
# (with the long-distance "1-" too: "Grade 1  1-608-353-1568" of a bus list; holdout37, session 33)
_US_SHAPE = scan.compile(r"^(?:1[ .\-])?\(?\d{3}\)?[ .\-]\d{3}[ .\-]\d{4}$")
# A US number's "1 " and three groups spaced alike, first on its line or cell: a table's rank and counts
# ("Rank  Wins  Games  Points\n1 212 555 1234"; the review of session 33) -- after words it stays a phone
# ("Emergency contact: Dana Ruiz, 1 608 353 1568").
_SPACED_US_ONE = scan.compile(r"1[ ]\d{3}[ ]\d{3}[ ]\d{4}\Z")
_ROW_START_BEFORE = scan.compile(r"(?:(?<![^\n])|[|\t])[ \t]{0,8}+\Z")


def _rank_and_counts(text: str, start: int, raw: str) -> bool:
    """``raw`` at ``start`` is "1 ddd ddd dddd" first on its line or in a table's cell (see _SPACED_US_ONE)."""
    return scan.fullmatch(_SPACED_US_ONE, raw, 0, len(raw)) is not None and scan.search(
        _ROW_START_BEFORE, text, max(0, start - 10), start) is not None


# Luxembourg's mobiles as written: "621 73 36 16", "691 477 027", "661302187" (not a decimal: "6.55832839")
_LU_MOBILE_SHAPE = scan.compile(r"^6\d\d(?:[ .]?\d{3}[ .]?\d{3}|[ .]?\d\d[ .]?\d\d[ .]?\d\d)$")

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
        name = self.name
        covered: bytearray | None = None  # the characters numbers given as alternatives cover
        resumed: set[int] = set()
        for m in scan.finditer(_CAND, text):
            # A match ends in a digit; an opening parenthesis that is never closed is not part of
            # the number ("(044 668 18 00" -> "044 668 18 00").  Cheap tests first: a text dense
            # with numbers spends most of its time here (issue 12).
            start, raw = _stripped(m)
            end = m.end()
            if covered is not None and _digits_covered(text, covered, start, end):
                continue  # read already, as an alternative (its digits are in one)
            valid = self._verdict(raw, verdicts, budget)
            if " / " in raw and (not valid or text[end:end + 1] == " " and text[end + 1:end + 2].isdigit()):
                numbers = self._alternatives(text, start, raw, valid, verdicts, budget, resumed)
                if numbers is not None:
                    if covered is None:
                        covered = bytearray(len(text))
                    for number in numbers:
                        covered[number.start:number.end] = b"\x01" * (number.end - number.start)
                    yield from numbers
                    clear = _first_clear_digit(text, covered, start, end)
                    if valid and clear is not None:
                        # valid as a whole, digits of it in clear after the alternatives ("… / 06 12"
                        # cut short, the part there no number): masked, as they were before
                        # alternatives were read (review of session 14) -- apart from the first
                        yield Entity(clear, end, EntityType.PHONE, text[clear:end], name)
                    continue
            if not valid and "  " in raw:
                # the next column's value run into the number ("079 123 45 67  14.03.1985"): the part before the gap
                gap = raw.find("  ")
                head = raw[:gap]
                if self._verdict(head, verdicts, budget):
                    raw, valid, end = head, True, start + len(head)
                else:
                    # the column before run into it ("8684870  07903-927732": a card's number, then the phone's;
                    # holdout26, session 23): the part after the gap
                    skip = gap + len(raw[gap:]) - len(raw[gap:].lstrip(" "))
                    tail = raw[skip:]
                    if tail and self._verdict(tail, verdicts, budget):
                        raw, valid, start = tail, True, start + skip
            elif valid and "  " in raw:
                after_gap = start + raw.find("  ") + 2  # (at most two spaces inside a candidate)
                date = scan.match(_DATE_AT, text, after_gap)
                if date is not None and date.end() > end:
                    raw = self._before_column_gap(raw, verdicts, budget)
                    end = start + len(raw)
            if valid and not (raw[0] != "+" and _reference_before(text, start)) and not is_hotline(
                    text, start, raw) and not _rank_and_counts(text, start, raw):
                yield Entity(start, end, EntityType.PHONE, raw, name)

    def _before_column_gap(self, raw: str, verdicts: dict[str, bool], budget: list[int]) -> str:
        """A number written with single spaces that two spaces end: an aligned table's next column
        begins there ("07 90 61 34 78  19 décembre 1997": the digits after the gap begin a date that
        runs on past the candidate), if the part before is a number by itself.  One written with two
        spaces throughout ("079  123  45  67"), or with one gap before its last digits ("030 1234
        5678 heute"), is one number."""
        gap = raw.find("  ")
        head = raw[:gap]
        if " " not in head:
            return raw
        return head if self._verdict(head, verdicts, budget) else raw

    def _verdict(self, raw: str, verdicts: dict[str, bool], budget: list[int]) -> bool:
        """``_valid(raw)``, asked once per text for each distinct candidate."""
        valid = verdicts.get(raw)
        if valid is None:
            valid = verdicts[raw] = self._valid(raw, budget)
        return valid

    def _alternatives(self, text: str, start: int, raw: str, valid: bool, verdicts: dict[str, bool],
                      budget: list[int], resumed: set[int]) -> list[Entity] | None:
        """Numbers given as alternatives, "077 392 56 84 / 0041 91 301 07 73": the first (with the
        parts after it that still make one number: "06131 / 35 32 30"), then the one that starts
        at the part after it -- the candidate's length cut the second short (also when the cut one
        passed as a whole: "06131 / 35 32 30 / 0171|1234567"), and so on while that one is cut
        too.  None if the candidate at ``start`` is one number: valid as a whole, none of its
        first parts valid ("+49 (0) 6131 / 35 32 30" before another number; review of session
        14: it was dropped, and the resume inside it ran into the next number and hid that).

        Each resume starts at another position of the text (``resumed``; a later candidate's
        alternatives that reach one were read from there already) with one anchored attempt, so
        the numbers given as alternatives cost a bounded amount per character."""
        out: list[Entity] = []
        first = True
        while True:
            end = start + len(raw)
            if " / " in raw and (not valid or text[end:end + 1] == " " and text[end + 1:end + 2].isdigit()):
                part, part_valid = self._first_of_alternatives(raw, verdicts, budget)
                if part_valid or not valid:
                    if part_valid and not (part[0] != "+" and _reference_before(text, start)) \
                            and not is_hotline(text, start, part):
                        out.append(Entity(start, start + len(part), EntityType.PHONE, part, self.name))
                    resume = start + len(part) + 3
                    if resume in resumed:
                        return out
                    resumed.add(resume)
                    m = scan.match(_CAND, text, resume)
                    if m is None:
                        return out
                    start, raw = _stripped(m)
                    valid = self._verdict(raw, verdicts, budget)
                    first = False
                    continue
                if first:
                    return None
            if valid and not (raw[0] != "+" and _reference_before(text, start)) and not is_hotline(
                    text, start, raw) and not _rank_and_counts(text, start, raw):
                out.append(Entity(start, end, EntityType.PHONE, raw, self.name))
            return out

    def _first_of_alternatives(self, raw: str, verdicts: dict[str, bool], budget: list[int]) -> tuple[str, bool]:
        """The longest run of ``raw``'s first parts between " / " that is a valid number (and True),
        or its first part (and False)."""
        parts = raw.split(" / ")
        for k in range(len(parts) - 1, 0, -1):
            prefix = " / ".join(parts[:k])
            if self._verdict(prefix, verdicts, budget):
                return prefix, True
        return parts[0], False

    def _valid(self, raw: str, budget: list[int]) -> bool:
        """Valid in a region; True without asking once ``budget`` (parses left) is used up."""
        head = raw[1:5]  # every _DATE_LIKE shape has a '.', '/' or '-' among these
        if ("." in head or "/" in head or "-" in head) and (
                scan.match(_DATE_LIKE, raw) or scan.match(_DATE_THEN_TIME, raw) or scan.match(_DATE_THEN_MORE, raw)):
            return False
        digits = raw.translate(_NOT_DIGITS)  # = the characters with isdigit(): _CAND has no others
        n = len(digits)
        if not 7 <= n <= 15:
            return False
        first = digits[0]
        if first != "0" and raw[0] != "+" and n != 10 and not (first in "36" and n == 9) and not (
                first == "1" and n == 11):
            # What the shape rules below need, in one test: a trunk 0 (every region), a "+",
            # an Italian mobile "3" with 9-10 digits, Luxembourg's mobile "6x1" with 9 (no trunk
            # prefix there: "621 73 36 16"), or the 10 digits of the US layout (11 with its "1-").  Most
            # numbers in a text dense with them ("1234 5678 1") stop here (issue 12).
            return False
        try:
            if raw[0] == "+" or raw.startswith("00"):
                # No country code starts with 0: phonenumbers raises INVALID_COUNTRY_CODE for
                # "+0..." (and "00" + "0..."), so that is answered without spending a parse --
                # past the budget such a run ("0001 0007 1") was masked without asking.
                if digits[0 if raw[0] == "+" else 2] == "0":
                    return False
                if _spent(budget):
                    return True
                num = phonenumbers.parse("+" + digits[2:] if raw[0] != "+" else raw, None)
                return phonenumbers.is_valid_number(num)
            for region in self._regions:
                if region == "US":
                    if not (n == 10 or n == 11 and first == "1") or not scan.match(_US_SHAPE, raw):
                        continue
                elif region == "IT":
                    if not (first == "0" or (first == "3" and 9 <= n <= 10)):
                        continue
                elif region == "LU":
                    if not (first == "6" and n == 9 and scan.match(_LU_MOBILE_SHAPE, raw)):
                        continue  # (its fixed lines of 4 to 8 digits are any number's shape: not without a cue)
                elif first != "0":
                    continue
                if _spent(budget):
                    return True
                if phonenumbers.is_valid_number(phonenumbers.parse(raw, region)):
                    return True
        except phonenumbers.NumberParseException:
            return False
        return False


def _stripped(m: re.Match[str]) -> tuple[int, str]:
    """Where a candidate starts, and its text: an opening parenthesis that is never closed is not
    part of the number ("(044 668 18 00" -> "044 668 18 00")."""
    raw = m.group()
    if raw[0] == "(" and ")" not in raw:
        stripped = raw.lstrip("(")
        return m.start() + len(raw) - len(stripped), stripped
    return m.start(), raw


def _digits_covered(text: str, covered: bytearray, start: int, end: int) -> bool:
    """Every digit of text[start:end] is ``covered``."""
    return all(covered[i] for i in range(start, end) if text[i].isdigit())


def _first_clear_digit(text: str, covered: bytearray, start: int, end: int) -> int | None:
    """The first digit of text[start:end] not ``covered``, or None."""
    return next((i for i in range(start, end) if not covered[i] and text[i].isdigit()), None)


def is_hotline(text: str, start: int, raw: str) -> bool:
    """A free-phone, shared-cost or premium-rate number (0800, 0848, 0180 5, 0900, 1-800) that a
    hotline word names ("Notdienst-Hotline: 0800 520 876", "Service clients 0 800 …", "numero
    verde 800 …"): an organisation's, left readable.  Without such a word it is masked as any
    number ("Vous pouvez me joindre au 0906 382 632": whoever gave it, it reaches them)."""
    plain = raw.translate(_NOT_DIGITS)
    us_toll_free = len(plain) in (10, 11) and plain.lstrip("1")[:3] in US_TOLL_FREE
    if not plain.startswith(SERVICE_PREFIXES) and not us_toll_free:
        return False
    return scan.search(_HOTLINE_BEFORE, text, max(0, start - 48), start) is not None


# National prefixes of free-phone, shared-cost and premium-rate numbers (CH, DE, AT, FR, IT, GB) and the
# US toll-free area codes.
SERVICE_PREFIXES = ("0800", "0801", "0805", "0806", "0808", "0809", "0840", "0842", "0844", "0845", "0848",
                    "0870", "0871", "0900", "0901", "0906", "0180", "0137", "0190", "0810", "0820", "0821", "0828",
                    "800", "803")
US_TOLL_FREE = frozenset(("800", "833", "844", "855", "866", "877", "888"))
_HOTLINE_BEFORE = scan.compile(
    r"(?i:hotline|helpline|infoline|service|kundendienst|kundenservice|notdienst|pikett|support|assistance"
    r"|numéro[ ]vert|numero[ ]verde|servizio[ ]clienti|customer[ ]care|toll[ -]free|free[ ]?phone|einwahl"
    r"|dial[ -]in|service[ ]desk|bestell|reservierung|réservation|prenotazion)[^\d\n]{0,32}\Z"
)


def _reference_before(text: str, start: int) -> bool:
    """An order, invoice, customer or case number, not a phone: "#0990497", "My order
    3916-4252-94", "Kundennummer 3344-2626-88", "dossier #0644001", "customer no. 12345678".
    Read in the 40 characters before the number.  "Nr."/"No." alone are no reference words
    ("Telefon-Nr.: 044 …"), and "client", "customer", "ticket", "booking", "Vertrag" only with
    one ("Client: 079 123 45 67" is the client's phone; review of session 8)."""
    if start and text[start - 1] == "#" or text[start - 2:start] == ",,":
        return True  # (",,": the conference ID a dial-in string sends after the number, "+4940…,,681259354#")
    return scan.search(_REFERENCE_BEFORE, text, max(0, start - 40), start) is not None


_REFERENCE_BEFORE = scan.compile(
    # words that name a reference number by themselves, or any of the others with a number word
    r"(?i)(?<![\w\-])(?:(?:order|bestellung|auftrag|rechnung|invoice|dossier|kundennummer|kundennr|referenz"
    r"|référence|reference|commande|facture|ordine|fattura|pin|passcode|zugangscode|codice|konferenz-id|meeting-id)"
    r"(?:[ \-]?(?:nr|no|n°|number|nummer|numéro|numero|id)\.?)?"
    r"|(?:ticket|customer|client|claim|policy|polizza(?:[ ]vita)?|booking|buchung|réservation|prenotazione|pratica|case"
    r"|vertrag|contrat|contratto|contract|mandat)[ \-]?(?:nr|no|n°|n|number|nummer|numéro|numero|id)\.?)"
    r"[ \t]{0,2}[:.#]?[ \t]{0,2}#?$"
)


def _spent(budget: list[int]) -> bool:
    """Take one parse from the budget; True if there was none left."""
    if budget[0] <= 0:
        return True
    budget[0] -= 1
    return False
