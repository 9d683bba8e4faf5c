"""Names written in capitals beside a first name the lists know: "DENIZ ÖZDEMIR", "HABERL RETO",
"TRAVIS BELL", "SOFIA MARGRIT HUHN".

Bailiffs' minutes, pension statements, insurance schedules, envelopes and call-centre slots are
printed in capitals (issue 13: holdout12 left such names in clear or in pieces).  In capitals the
rules lose what tells a name from a word -- its capital letter -- and short words look like acronyms
("SEPP", "RETO", "BELL"), so a name came out in pieces ("TRAVIS") or not at all.  Here a run of two
or three words in capitals, one space apart, is a name when one of them is a listed first name that
no list knows as an ordinary word, and each other word is no ordinary word either -- or, next to
such a first name, a listed surname ("BELL", "HUHN", "BAUER": words too, but beside "TRAVIS" a
surname).  No word may be one of the rules' stop words (titles, keys, months: "FRAU", "GEB", "TEL").

Linear: one scan for two capital words in a row (a character class that excludes lower-case
letters, so a word of prose fails at its second letter); each run is judged once.
"""

from __future__ import annotations

from collections.abc import Iterable

from .detectors import scan
from .detectors.dates import MONTHS
from .detectors.person_cues import CAR_MAKES, COMPANY_SUFFIXES, STOP
from .entities import Entity, EntityType
from .names import NameLexicon
from .person_dates import overlaps_any

# Two to eight words of capitals (no lower-case letter of Latin-1; others are tested in Python), one
# space apart; a word may have a hyphen or an apostrophe ("HEINZ-WERNER", "D'ARCY").
_UPPER = r"[^\W\d_a-zß-öø-ÿ]"
_WORD = rf"{_UPPER}{{2,30}}+(?:[\-'’]{_UPPER}{{1,30}}+)?"
# (the first letter first, from a plain class of capitals, its look-behind after: a look-behind first
# made the engine test every position of the text, ~200 us on the ~2,000-token prompt; now ~90 us, one
# try per capitalised word)
_RUN = scan.compile(
    rf"[A-ZÀ-ÖØ-ÞĀ-ŽȘȚ](?<![\w\-'’.][A-ZÀ-ÖØ-ÞĀ-ŽȘȚ]){_UPPER}{{1,29}}+(?:[\-'’]{_UPPER}{{1,30}}+)?"
    rf"(?:[ ]{_WORD}){{1,7}}(?![\w\-'’])"
)


# Codes printed in capitals beside names on invoices and statements ("CARPA IBAN", "EUR IVA").
_CODES = frozenset("IBAN BIC SWIFT UID MWST IVA TVA VAT EUR CHF USD GBP REF TEL FAX GMBH".split())
# Street words that are surnames too: "VICTORIA STREET" is a street.
_STREET_WORDS = frozenset(
    "STREET ROAD AVENUE LANE DRIVE WAY CLOSE COURT PLACE SQUARE TERRACE CRESCENT GROVE HILL PARK GARDENS"
    " STRASSE GASSE WEG PLATZ ALLEE RING RUE CHEMIN ROUTE VIA VIALE PIAZZA CORSO".split())
_MONTH = scan.compile(rf"(?i:{MONTHS})")
_FIRMS = frozenset(w.upper() for w in COMPANY_SUFFIXES | CAR_MAKES)


def names_in_capitals(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the names in capitals (see the module's docstring) that no entity of
    ``found`` overlaps, other than a PERSON inside them (a piece of the name: "TRAVIS")."""
    out: list[Entity] = []
    entities = list(found)
    not_names = sorted((e.start, e.end) for e in entities if e.type != EntityType.PERSON)
    for m in scan.finditer(_RUN, text):
        run = m.group()
        if not run.isupper():
            continue
        for start, end in _names(run, lexicon):
            start, end = start + m.start(), end + m.start()
            if not overlaps_any(not_names, start, end):
                out.append(Entity(start, end, EntityType.PERSON, text[start:end], "capitals"))
    return out


def _names(run: str, lex: NameLexicon) -> list[tuple[int, int]]:
    """The spans (in ``run``) of the names in a run of words in capitals: each longest stretch of
    words that may be a name's, two words at least, one of them a first name."""
    words = run.split(" ")
    if any(w in _FIRMS for w in words):
        return []  # a firm ("STEIGER REY GMBH") or a car ("RENAULT CLIO", "KIA CEED")
    kinds = [_kind(w, lex) for w in words]
    if _FIRST not in kinds:
        return []
    out: list[tuple[int, int]] = []
    start = i = 0
    while i < len(words):
        j = i
        # (a listed surname that is a word too only after a first name: "TRAVIS BELL", not "DEVIS MAX")
        while j < len(words) and kinds[j] is not None and (
                kinds[j] != _WORD_SURNAME or j > i and kinds[j - 1] == _FIRST):
            j += 1
        if j - i >= 2 and _FIRST in kinds[i:j]:
            out.append((start, start + len(" ".join(words[i:j]))))
        for w in words[i:j + 1]:
            start += len(w) + 1
        i = j + 1
    return out


_FIRST, _OTHER, _WORD_SURNAME = "first", "other", "word-surname"


def _kind(word: str, lex: NameLexicon) -> str | None:
    """A listed first name that is no ordinary word (each part of a hyphenated one: "HEINZ-WERNER"),
    another word a name may have -- no ordinary word, or an ordinary word the lists know as a surname
    ("BELL") -- or None.
    A word of three letters is an acronym unless the lists know it as a name ("REY", "BÙI"), one of
    two always; a month ("JANUARY" is a first name too), a code, a title or key is none."""
    norm = "-".join(p.capitalize() for p in word.split("-"))
    if len(word) < 3 or len(word) == 3 and not lex.is_known_name(norm):
        return None
    if word in _CODES or word in _STREET_WORDS or word in STOP or norm in STOP or _MONTH.fullmatch(word) is not None:
        return None
    common = lex.common_words
    if all(lex.is_first_name(p) and p not in lex.ambiguous and p.lower() not in common for p in norm.split("-")):
        return _FIRST
    if lex.is_place_only(norm):
        return None
    if norm.lower() in common:
        return _WORD_SURNAME if norm in lex.surnames else None
    return _OTHER
