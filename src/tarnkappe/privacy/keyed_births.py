"""A date after the name a form's key gives a person (a child, a baby, a companion) is that person's birth.

Forms list the people who come along or are signed up with their date of birth after their name, under a key
that says who they are: "Child: Poppy, Jul 4, 2024", "| Baby | Hazel, 15th May 2026 |", "Also for\tMilo
Montgomery, Jun 22, 2022", "Mit austretendes Kind: Levi Beckmann, 26.12.2022", "Begleitperson\tHeinrich Eugster,
1999-07-29", "Compagnon de cordée\tEustache Lanlière, 1988-03-22", "Bambino/a: Tommaso, 15 giu 2026" (holdout40,
read in session 36).  No birth's word is written, and the date is often recent (a baby's, a child's), so neither
a birth's cue nor a date after a found name (an adult's, person_dates.py) took them; the key's own type was no
person's ("Also for", "Climbing partner") or the date was written with its month's word first.

The key must name a person (its words below, in the four languages; no bare "Partner", a firm's as often), begin
its line (after a list's or a table's marks) and be followed by its separator; the value must be a name -- one to
five words, none a form's answer ("None", "Due") nor an ordinary word in lower case or capitals unless a listed
name -- then a comma (or a dash) and a full date of a year from 1900 up to this one, the value's last thing on its line,
in its cell or in its list (";").  A grown-up's key (a spouse, a companion) asks a year at least twelve back: a
recent date after such a name is a booking's or a tour's; and a value of several words of which one is an
ordinary word and none a listed name is an event's ("Daughter: Piano Recital, May 4, 2025"; the review of session
36).  A date to come ("Also for: Maple, 2027-01-15") and a key that names no person ("Invoice: …") stay.

Linear: a Gate on the keys' words; the scan starts at a key's first letter (a class, then the look-behind); each
hit reads its line's start (16 characters back) once.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from .detectors import scan
from .detectors.dates import DATE
from .detectors.person_cues import STOP
from .entities import Entity, EntityType
from .gates import Gate
from .names import NameLexicon

# The keys, as forms write them: capitalised, in lower case, in capitals ("CHILD", "BABY").
_KEY_WORDS = (
    # English
    "Child", "Children", "Kid", "Baby", "Infant", "Newborn", "Son", "Daughter", "Also for", "Climbing partner",
    "Rope partner", "Companion", "Spouse", "Dependant", "Dependent", "Grandchild", "Stepchild",
    # German
    "Kind", "Kinder", "Säugling", "Sohn", "Tochter", "Mit austretendes Kind", "Mitaustretendes Kind",
    "Mit austretende Kinder", "Begleitperson", "Seilpartner", "Seilpartnerin", "Ehepartner", "Ehepartnerin",
    "Enkel", "Enkelin", "Auch für",
    # French
    "Enfant", "Bébé", "Fils", "Fille", "Compagnon de cordée", "Compagne de cordée", "Accompagnant", "Accompagnante",
    "Conjoint", "Conjointe", "Également pour", "Aussi pour",
    # Italian
    "Bambino/a", "Bambino", "Bambina", "Figlio/a", "Figlio", "Figlia", "Neonato", "Neonata", "Compagno di cordata",
    "Compagna di cordata", "Accompagnatore", "Accompagnatrice", "Coniuge", "Anche per",
)


def _variants(words: Iterable[str]) -> list[str]:
    """Each key as written, in lower case and in capitals; longest first (the alternation takes the first)."""
    out = {v for w in words for v in (w, w.lower(), w.upper())}
    return sorted(out, key=lambda w: (-len(w), w))


# The keys of a grown-up: a spouse, a companion on a tour.  A date of the last years after such a name is a
# booking's, a tour's, a wedding's ("Spouse: Mark Jones, Jun 3, 2025", "Begleitperson: Anna Meier, 2025-11-29"; the
# review of session 36), no birth's.
_ADULT_KEYS = frozenset(v for v in _variants((
    "Climbing partner", "Rope partner", "Companion", "Spouse", "Begleitperson", "Seilpartner", "Seilpartnerin",
    "Ehepartner", "Ehepartnerin", "Compagnon de cordée", "Compagne de cordée", "Accompagnant", "Accompagnante",
    "Conjoint", "Conjointe", "Compagno di cordata", "Compagna di cordata", "Accompagnatore", "Accompagnatrice",
    "Coniuge",
)))
_ADULT_YEARS = 12  # a birth at least this many years back
_KEYS = _variants(_KEY_WORDS)
_FIRST_LETTERS = "".join(sorted({k[0] for k in _KEYS}))
# (the key's first letter as a class, so the engine skips to it in C; then the look-behind: no word before it)
_KEYED_DATE = scan.compile(
    rf"(?P<key>[{_FIRST_LETTERS}](?<![\w'’\-][{_FIRST_LETTERS}])"
    rf"{scan.words_after_first(frozenset(_KEYS), _FIRST_LETTERS)})"
    r"(?:[ ]\d{1,2})?(?:\*\*)?"
    r"(?:[ \t]{0,4}[:|=](?:\*\*)?[ \t]{1,8}|[ ]{0,2}\.{2,60}+[ \t]{1,8}|\t[ \t]{0,8}|[ ]{2,40})"
    r"(?P<name>[^\W\d_](?:[^\W\d_]|['’.\-]){0,30}+(?:[ ][^\W\d_](?:[^\W\d_]|['’.\-]){0,30}+){0,4}+)"
    # (or a dash between, and a list's ";" after: "Child: Poppy – Jul 4, 2014", "Children: Poppy, 04/07/2014; Leo,
    # …"; the review of session 36)
    rf"(?:,[ ]{{1,2}}|[ ]{{1,2}}[–—\-][ ]{{1,2}})(?P<date>{DATE})(?!\d)"
    r"(?=[ \t]{0,40}(?:[|;]|\r?\n|\Z))"
)
# (a key's first word as written, in lower case and in capitals: "Child", "child", "CHILD", "Mit", "Also")
_GATE = Gate({v for k in _KEY_WORDS for v in _variants([k.split(" ", 1)[0]])})
# What a key may have before it on its line: a list's, a table's, a heading's marks ("- ", "| ", "**", "[", "> ")
_MARKS = frozenset(" \t>-*•|[#")
_YEAR = scan.compile(r"(?:19|20)\d{2}(?!\d)|(?<=[./\-])\d{2}\Z")


def births_after_keyed_names(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """DOB entities for the dates after a person's name under a person's key (see the module's docstring) that
    no DOB of ``found`` covers yet."""
    if not _GATE.opens(text):
        return []
    this_year = datetime.date.today().year
    dobs = [(e.start, e.end) for e in found if e.type == EntityType.DOB]
    out: list[Entity] = []
    for m in scan.finditer(_KEYED_DATE, text):
        start, end = m.span("date")
        latest = this_year - _ADULT_YEARS if m.group("key") in _ADULT_KEYS else this_year
        if not _line_start(text, m.start()) or not _born(m.group("date"), latest) \
                or not _a_name(m.group("name"), lexicon) or any(s < end and start < e for s, e in dobs):
            continue
        out.append(Entity(start, end, EntityType.DOB, m.group("date"), "keyed-births"))
    return out


def _line_start(text: str, pos: int) -> bool:
    """Only a list's or a table's marks stand before ``pos`` on its line (16 characters at most)."""
    lo = max(0, pos - 16)
    k = pos
    while k > lo and text[k - 1] in _MARKS:
        k -= 1
    return k == 0 or text[k - 1] == "\n"


def _born(date: str, latest: int) -> bool:
    """A year from 1900 up to ``latest`` (a two-digit year: of this century up to ``latest``, else the last)."""
    year = scan.search(_YEAR, date)
    if year is None:
        return False
    value = int(year.group())
    if value < 100:
        value += 2000 if value <= latest % 100 else 1900
    return 1900 <= value <= latest


# A form's answers where a name would stand: no person's ("Child: None, …", "Baby: Due, 12.03.2026")
_ANSWERS = frozenset(
    """yes no none n/a na nil unknown pending due expected tbc tba tbd ja nein keine keiner unbekannt offen oui non
    aucun aucune inconnu si sì nessuno nessuna sconosciuto""".split()
)


def _a_name(name: str, lexicon: NameLexicon) -> bool:
    """Each word a listed name, no ordinary word, or written as a name is ("Poppy": a flower's word too) -- not a
    form's answer ("None", "Due") nor an ordinary word in lower case or capitals ("anmeldung")."""
    words = name.split(" ")
    for word in words:
        title = word.capitalize()
        if title in STOP or word in STOP or word.lower().strip(".") in _ANSWERS:
            return False
        if not (lexicon.is_known_name(title) or word.lower() not in lexicon.common_words or word == title):
            return False
    # (a title of words, one an ordinary word and none a listed name, is an event's: "Daughter: Piano Recital, May 4,
    # 2025", "Child: Swimming Lessons, Sep 3, 2024"; the review of session 36 -- one word stays a name: "Poppy")
    return len(words) == 1 or any(lexicon.is_known_name(w.capitalize()) for w in words) or not any(
        w.lower() in lexicon.common_words for w in words)
