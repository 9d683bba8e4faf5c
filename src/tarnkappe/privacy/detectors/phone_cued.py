"""Phone numbers that ``phonenumbers`` does not vouch for, made personal by their shape or place.

``phone.py`` keeps a number only if ``phonenumbers`` calls it valid for a configured region.  A
number in a range it calls invalid or unassigned, or in a region not configured, is still
someone's number when (issue 13)

* an **e-mail address** stands right before or after it, as contact lines write them ("Contact:
  anna@example.lu, 661 45 32 80", "HR – 2123577623 – nadia@example.com");
* a **dialling phrase** leads to it: "call Anna on", "reach me on", "appelez-moi au", "chiamate Lucia al",
  "erreichen Sie mich unter", "bitte anrufen:";
* a **cue** stands right before it: Tel./Telefon/Téléphone/Tél./Telefono/Phone/Mobile/Mobil/
  Natel/Handy/Cell/Fax/Portable/Cellulare/Cel. (also "T:", "M:", "P:"), up to 24 characters
  before, on the same line ("Tel. (privat): 061 555 22 18", "Phone 2125550163");
* it stands alone on a line (a label before it allowed) of a **signature block**: within 400
  characters after a closing formula ("Best regards,\\nJohn Smith\\n(555) 010-4477");
* it is a local number grouped in pairs in parentheses right after a capitalised word that is no
  ordinary word ("direkt an Gabriela (72 93 98)");
* its **shape** is one only phone numbers have: an international prefix ("+1-646-555-0110",
  "+44121 4960555", "0041 61 555 22 18", "001-212-555-0163") or the North-American layouts
  "(312)555-0147", "415.555.0199", "212-555-0163", "1-800-555-0199".

An extension ("x208", "ext. 12", "Durchwahl 208") is part of the number.  What stays readable:
dates, IP addresses, numbers followed by a currency or "%", ten digits without a cue (order
numbers), anything with more than 15 digits or fewer than 7 (6 after a cue: the local numbers of
Luxembourg and Liechtenstein).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from ..entities import Entity, EntityType
from . import scan
from .person_cues import closing_lines
from .phone import is_hotline

# A dialled number: "+", "(" or a digit (not inside a word or another number), 7-24 characters of
# digits and separators ending in a digit (no time of day after a space: "… 63 15:00"), an optional extension.
_CAND = scan.compile(
    r"[+(\d](?<![\w+/.,\-][+(\d])(?:(?<=\+)\d|(?<=\()\+?\d|(?<=\d))"
    r"(?:[\d\u00a0/.\-()]|[ ]{1,3}+(?![ ]|\(?\d{1,2}:\d\d(?!\d))){5,22}\d"  # (four spaces: a column's gap)
    r"(?P<ext>[ \u00a0]{0,2}(?:x|X|ext\.?|Ext\.?|extension|Durchwahl|DW|int\.?)[ \u00a0]{0,2}\d{1,5})?"
    r"(?![\w]|[.,\-/]\d|[ \u00a0]?(?:%|€|\$|£|CHF|EUR|USD|GBP|Fr\.|Franken|francs|euro|Euro))"
)
# An IP address's parts have no leading zero: "077.380.25.35" is a Swiss mobile number.
_DATE_OR_IP = scan.compile(
    r"\d{1,2}(?:[./-]|\.[ ])\d{1,2}(?:[./-]|\.[ ])\d{2,4}$|\d{4}[./-]\d{1,2}[./-]\d{1,2}$"
    r"|(?:(?:[1-9]?\d|1\d\d|2[0-4]\d|25[0-5])\.){3}"
    r"(?:[1-9]?\d|1\d\d|2[0-4]\d|25[0-5])$"
)
def _date_or_ip(raw: str) -> bool:
    """``raw`` is written as a date or an IP address (a date's points may have a space after them, as a typed
    list writes a birth: "- Anna Meier, 23. 04. 1965" below a signature; holdout39, read in session 35).  A
    date's day and month must be ones, in either order: "61-12-37", "85-47-69" are Luxembourg's local numbers
    (a cue before them says so)."""
    m = scan.match(_DATE_OR_IP, raw)
    if m is None:
        return False
    parts = raw.replace("/", ".").replace("-", ".").replace(". ", ".").split(".")
    if len(parts) != 3 or len(parts[0]) == 4 or not all(p.isdigit() for p in parts):
        return True  # a year first ("2026-03-12") or an IP address: as matched
    a, b = int(parts[0]), int(parts[1])
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


# A decimal with one digit before its point ("1.00 / 1.00", "0.52 / 0.96": scores in a table row
# "| PHONE | …"); no phone number has a group of one digit before a dot and two after.
_DECIMAL = scan.compile(r"(?<![\d.])\d\.\d\d(?![\d.])")
# Shapes only phone numbers have (the whole candidate, extension excluded).
_STRONG = scan.compile(
    r"(?:\(?\+\d|00[1-9])[\d \u00a0/.\-()]{5,22}\d$"                   # +CC ..., (+CC) ..., 00CC ...
    r"|(?:1[ .\-])?\(\d{3}\)[ \u00a0]?\d{3}[ .\-]\d{4}$"               # (312)555-0147
    r"|(?:1[.\-])?\d{3}\.\d{3}\.\d{4}$|(?:1-)?\d{3}-\d{3}-\d{4}$"       # 415.555.0199, 212-555-0163
)
# A cue at most 24 characters before the number, on its line: the cue word, then anything but a
# digit, a line break or a sentence end ("Tel. (privat): ", "Phone number: ", "Natel ").
_CUE_BEFORE = scan.compile(
    r"(?:\b(?:[Tt]el(?:efon|ephone|efono|éfono)?|[Tt][ée]l[ée]phone|[Tt][ée]l|[Pp]hone|[Mm]obile?|[Mm]ob|[Nn]atel|[Hh]andy"
    r"|[Ff]ixe|[Ff]isso|[Ff]estnetz|[Ll]andline"
    r"|[Cc]ell(?:ulare|phone)?|[Cc]el|[Ff]ax|[Pp]ortable|[Rr]ufnummer|[Tt]elefonnummer|[Ww]hats[Aa]pp"
    r"|[Ll]igne[ ]directe|[Dd]irect[ ](?:line|dial)|[Ll]inea[ ]diretta|[Dd]urchwahl"
    r"|TEL|PHONE|MOBILE|FAX|NATEL)\b|(?<![\w.])[TMPF][.:])"
    r"[^\d\n!?]{0,24}$"
)


def phone_cue_before(text: str, start: int) -> bool:
    """A phone's cue ("Tel.", "tél. ", "Mobile: ") stands at most 24 characters before ``start``."""
    return scan.search(_CUE_BEFORE, text, max(0, start - 32), start) is not None


# A dialling verb, its object and the preposition that leads to the number ("call Anna on …",
# "appelez-moi au …", "chiamate Lucia al …", "erreichen Sie mich unter …"): the whole phrase, not
# the verb alone ("Call stack depth 1234567" is no phone number).
_DIAL_BEFORE = scan.compile(
    r"(?:\b(?:[Cc]all|[Rr]ing|[Tt]ext|[Pp]hone|[Rr]each)[ ]{1,2}(?:me|us|him|her|them|[A-Z][^\W\d_]{1,30})"
    r"[ ]{1,2}(?:on|at)"
    r"|\b[Jj]oignable(?:[ ]{1,2}[^\W\d_]{1,12}){0,5}[ ]{1,2}au|\b[Cc]ontact[ée](?:\(e\)|e)?[ ]{1,2}au"
    r"|\b(?:[Aa]ppel(?:er|ez|le|lez)|[Jj]oindre|[Cc]ontact(?:er|ez|e))(?:-(?:moi|nous|la|le|les))?"
    r"(?:[ ]{1,2}[A-Z][^\W\d_]{1,30})?[ ]{1,2}(?:au|sur[ ]le)"
    r"|\b[Cc]hiam(?:are|ate|a|ami|atemi)(?:[ ]{1,2}[A-Z][^\W\d_]{1,30})?[ ]{1,2}(?:al|allo)"
    r"|\b(?:[Aa]nrufen|[Ee]rreichbar|[Ee]rreichen(?:[ ]{1,2}Sie)?(?:[ ]{1,2}(?:mich|uns|ihn|sie))?)[ ]{1,2}unter"
    r"|\b[Aa]nrufen"
    # whom to tell, and where: "prévenir son fils Vincent au …", "avvisare la figlia al …", "notify her son on …"
    r"|\b(?:[Pp]r[ée]venir|[Aa]vertir)(?:[ ]{1,2}[^\W\d_]{1,20}){0,4}[ ]{1,2}au"
    r"|\b(?:[Aa]vvisare|[Aa]vvertire)(?:[ ]{1,2}[^\W\d_]{1,20}){0,4}[ ]{1,2}al"
    r"|\b(?:[Nn]otify|[Ii]nform)(?:[ ]{1,2}[^\W\d_]{1,20}){0,4}[ ]{1,2}(?:on|at)"
    # one's own number: "Mon numéro : …", "my number is …", "meine Nummer: …", "il mio numero è …"
    r"|\b(?:[Mm]on|[Nn]otre)[ ]num[ée]ro(?:[ ]de[ ](?:t[ée]l[ée]phone|portable|mobile))?(?:[ ]est)?"
    r"|\b(?:[Mm]y|[Oo]ur)[ ](?:(?:phone|mobile|cell)[ ])?number(?:[ ]is)?"
    r"|\b(?:[Mm]eine|[Uu]nsere)[ ](?:Telefon|Handy|Natel)?[Nn]ummer(?:[ ]ist)?"
    r"|\b(?:[Ii]l[ ]mio|[Ii]l[ ]nostro)[ ]numero(?:[ ]di[ ](?:telefono|cellulare))?(?:[ ]è)?"
    r")[ \t:]{0,3}$"
)
# Up to and including the last digit, line break, "!" or "?" of the 40 characters _cued reads
# (or an earlier one, if more than 16 others stand between two: a search from there is the same).
_LAST_BREAK = scan.compile(r"(?:[^\d\n!?]{0,16}+[\d\n!?]){0,40}+")
_NOT_DIGITS = str.maketrans("", "", " \u00a0/.-()+")  # the characters _CAND allows besides \d
# An e-mail address and a separator right before the number, or right after it.
# (a hyphen is no separator before the number: it belongs to the domain's characters)
_EMAIL_BEFORE = scan.compile(r"@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,4}[ \t]{0,2}[,;|·–/][ \t]{0,2}\Z")
_EMAIL_AFTER = scan.compile(r"[ \t]{0,2}[,;|·–/\-][ \t]{0,2}[\w.+\-]{1,64}@[A-Za-z0-9\-]{1,63}\.")
_LINE_LABEL = scan.compile(r"[^\d\n]{0,24}")  # what may stand before a number alone on its line
_LINE_END = scan.compile(r"[ \t\r]{0,16}(?:\n|$)")
_SIGNATURE_REACH = 400
# Where a cue may start: every cue of _CUE_BEFORE begins with one of these, so a number with none
# of them starting in the 40 characters before it (+8: a match of this pattern may hide a cue that
# starts inside it) has no cue.  Case-sensitive, with one first-character class, because the
# engine then rejects most characters at once (a case-insensitive alternation cost ~6 ms per
# 100 KB of prose).
# "a", "e", "j" and "l" are left out on purpose (issue 12): the commonest letters as a first character
# made the engine stop at most characters of prose.  Past the first _DIRECT_CUE_SEARCHES numbers
# of a text, a number led to only by "appelez-moi au", "anrufen:", "erreichbar unter",
# "joindre ... au", "joignable ... au" or "Landline" (and no other cue, signature or shape) is
# therefore not masked.
_CUE_START = scan.compile(
    r"[TtPpMmNnHhCcFfRrW](?:(?<=[Tt])(?:el|[ée]l|ext)|(?<=T)(?:EL|[.:])|(?<=[Pp])(?:hone|ortable)"
    r"|(?<=P)(?:HONE|[.:])|(?<=[Mm])ob|(?<=M)(?:OB|[.:])|(?<=[Nn])atel|(?<=N)ATEL|(?<=[Hh])andy"
    r"|(?<=[Cc])(?:el|all|hiam|ontact)|(?<=[Ff])(?:ax|ixe|isso|estnetz)|(?<=F)(?:AX|[.:])|(?<=[Rr])(?:ufnummer|ing|each)"
    r"|(?<=[Ww])hats)"
)
_CUE_LOOK = 48
# The first numbers of a text are searched for a cue directly (~2 us each, cheaper than scanning
# for cue words when numbers are sparse); past that many, only where a cue word starts nearby.
_DIRECT_CUE_SEARCHES = 64


# Characters _CueStarts scans ahead of the number that asks: a text dense with numbers asks every
# ~15 characters, and one scan call per number cost ~2 us (issue 12); one per chunk is noise.
_CUE_CHUNK = 2048


class _CueStarts:
    """The starts of _CUE_START before a position, scanned on demand: each character of the
    text is scanned at most once however many numbers ask (issue 12: a search per number cost
    ~3 us, and a text dense with numbers has one every 15 characters)."""

    __slots__ = ("_text", "_starts", "_scanned")

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] = []
        self._scanned = 0

    def any_in(self, lo: int, hi: int) -> bool:
        """Whether a start lies in [lo, hi); ``lo`` and ``hi`` never decrease between calls."""
        lo = max(lo, 0)
        if hi > self._scanned:
            # Matches that start before `upto`, not cut short by it (the pattern reads <= 9).  A
            # cue hidden inside a match found here starts at most 8 characters after it, which
            # the caller's look-back (_CUE_LOOK = 40 + 8) allows for, wherever a chunk begins.
            frm = max(self._scanned, lo)
            upto = max(hi, frm + _CUE_CHUNK)
            found = scan.finditer(_CUE_START, self._text, frm, upto + 16)
            self._starts += [m.start() for m in found if m.start() < upto]
            self._scanned = upto
        return _any_in(self._starts, lo, hi)


class CuedPhoneDetector:
    """Phone numbers by cue, signature block or unmistakable shape (no validity check)."""

    name = "phone-cued"

    def __init__(self, common_words: frozenset[str] = frozenset()) -> None:
        # lower-case ordinary words: "Tabelle (12 34 56)" is no name and its number
        self._common = common_words

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield PHONE spans (extension included)."""
        cues = _CueStarts(text)
        closings: list[int] | None = None  # where closing formulas end, found on first need
        asked = 0
        seen = 0
        for m in scan.finditer(_CAND, text):
            start, end = m.span()
            seen += 1
            if seen > _DIRECT_CUE_SEARCHES and not _may_be_strong(text, start):
                # A text dense with numbers (issue 12): most have no cue word before them and no
                # closing formula within reach, which two bisections tell before any other work.
                # Both are necessary for a number that is not of a strong shape, so skipping it
                # here changes nothing (the start may move by one past a "(": the windows are
                # one wider for that).
                if not cues.any_in(start - _CUE_LOOK, start):
                    after = text[end:end + 1]
                    if after and after not in " \t\r\n":
                        continue
                    if closings is None:
                        closings = _closing_ends(text)
                    if not _any_in(closings, start - _SIGNATURE_REACH - 30, start + 1):
                        continue
            number_end = m.start("ext") if m.group("ext") else end
            raw = text[start:number_end]
            if raw.count("(") != raw.count(")"):
                # an opening parenthesis before the number: "(+41 …)", "(+44 (0)20 …)"
                if raw.startswith("(") and raw.count("(") == raw.count(")") + 1:
                    start += 1
                    raw = raw[1:]
                else:
                    continue
            digits = len(raw.translate(_NOT_DIGITS))  # = sum(c.isdigit()): _CAND allows no other characters
            if is_hotline(text, start, raw):
                continue  # a hotline a hotline word names: an organisation's (phone.py)
            # Cheap exact tests first: each _DATE_OR_IP / _STRONG shape needs these characters.
            head = raw[1:5]
            # Six digits only with a cue: Luxembourg's and Liechtenstein's local numbers have six
            # or seven ("Tel. 25 26 62").
            if not 6 <= digits <= 15 or (
                ("." in head or "/" in head or "-" in head) and _date_or_ip(raw)
            ) or ("." in head and scan.search(_DECIMAL, raw) is not None):
                continue
            if digits >= 7 and (
                raw[0] in "+(" or raw[3] in ".-" or raw.startswith("00") or (raw[0] == "1" and raw[1] in " .-")
            ) and scan.match(_STRONG, raw):
                yield Entity(start, end, EntityType.PHONE, text[start:end], self.name)
                continue
            # A cue or a signature block: their words are looked up in positions found once per
            # text, so a number with neither costs no search.
            asked += 1
            if (asked <= _DIRECT_CUE_SEARCHES or cues.any_in(start - _CUE_LOOK, start)) and self._cued(text, start):
                yield Entity(start, end, EntityType.PHONE, text[start:end], self.name)
                continue
            if text[start - 1:start] == "(" and text[end:end + 1] == ")" and scan.fullmatch(
                    _LOCAL_GROUPS, raw, 0, len(raw)) is not None and _name_before(text, start - 1, self._common):
                # "Bei Fragen bitte direkt an Gabriela (72 93 98)": a local number in pairs, in
                # parentheses right after a name
                yield Entity(start, end, EntityType.PHONE, text[start:end], self.name)
                continue
            if digits >= 7 and (scan.search(_EMAIL_BEFORE, text, max(0, start - 80), start) is not None
                                or scan.match(_EMAIL_AFTER, text, end) is not None):
                # next to an e-mail address, as a contact line writes them ("Contact: anna@…,
                # 661 45 32 80", "HR – 2123577623 – nadia@…"; holdout5)
                yield Entity(start, end, EntityType.PHONE, text[start:end], self.name)
                continue
            after = text[end:end + 1]
            if digits >= 7 and (not after or after in " \t\r\n"):
                if closings is None:
                    closings = _closing_ends(text)
                if _any_in(closings, start - _SIGNATURE_REACH - 30, start) and self._in_signature(
                    text, start, end, closings
                ):
                    yield Entity(start, end, EntityType.PHONE, text[start:end], self.name)

    @staticmethod
    def _cued(text: str, start: int) -> bool:
        # A cue match holds no digit, line break, "!" or "?" and ends at `start` (or before a line
        # break there, `$`): it starts after the last of them, and is at least 2 characters.  One
        # match finds that place in C; the search (~5 us over 40 starts) only runs from there.
        lo = max(0, start - 40)
        end = start - 1 if start and text[start - 1] == "\n" else start
        last = scan.match(_LAST_BREAK, text, lo, end)  # always matches (maybe nothing)
        after_last = last.end() if last is not None else lo
        if end - after_last < 2:
            return False
        return (
            scan.search(_CUE_BEFORE, text, after_last, start) is not None
            or scan.search(_DIAL_BEFORE, text, after_last, start) is not None
        )

    @staticmethod
    def _in_signature(text: str, start: int, end: int, closings: list[int]) -> bool:
        """Alone on its line (after a label at most) and within reach after a closing formula."""
        after = text[end:end + 1]
        if (after and after not in " \t\r\n") or scan.match(_LINE_END, text, end) is None:
            return False
        newline = text.rfind("\n", max(0, start - 25), start)  # bounded: a label is short
        if newline < 0 and start > 25:
            return False
        line_start = newline + 1
        if line_start != start and scan.fullmatch(_LINE_LABEL, text, line_start, start) is None:
            return False
        # A closing formula (at a line's start) that ends before this line, within reach.
        return _any_in(closings, line_start - _SIGNATURE_REACH, line_start + 1)


def _name_before(text: str, pos: int, common: frozenset[str]) -> bool:
    """A capitalised word that is no ordinary word, and one space, right before ``pos`` ("an
    Gabriela ("; not "Tabelle (")."""
    if pos < 3 or text[pos - 1] != " ":
        return False
    words = text[max(0, pos - 32):pos - 1].rsplit(None, 1)
    if not words:
        return False
    word = words[-1]
    return len(word) > 1 and word.isalpha() and word[0].isupper() and word.lower() not in common


# A local number grouped in pairs ("72 93 98", "877 92 51", "26 76 23 46").
_LOCAL_GROUPS = scan.compile(r"\d{2,3}(?:[ ]\d{2}){2,3}")


def _may_be_strong(text: str, start: int) -> bool:
    """The cheap tests that every _STRONG shape passes, for a candidate starting at ``start``
    (before a leading "(" is dropped: a "(" start counts as possible)."""
    first = text[start]
    return (
        first in "+(" or text[start + 3] in ".-" or text.startswith("00", start)
        or (first == "1" and text[start + 1] in " .-")
    )


def _closing_ends(text: str) -> list[int]:
    """Where each closing formula of the text ends (CLOSING starts at a line break: one scan of
    the text costs ~0.2 ms per 100 KB, the engine jumps from one line break to the next); read
    once per text for all who ask (person_cues.closing_lines)."""
    return [start for start, _ in closing_lines(text)]


def _any_in(sorted_starts: list[int], lo: int, hi: int) -> bool:
    """Whether a position of ``sorted_starts`` lies in [lo, hi)."""
    k = bisect.bisect_left(sorted_starts, lo)
    return k < len(sorted_starts) and sorted_starts[k] < hi
