"""Children listed with their dates of birth in parentheses: "Besuch für Evangelos (25. Dez. 2021), Blanka
(25. Dez. 2022), Kläre (30. Aug. 2018)", "une visite pour François (03/10/2018) et Timothée (28/03/2018)".

Parents booking a visit, a camp or an insurance write their children so: a first name, its date of birth in
parentheses, the next child after a comma or an "and".  The first names are often in no list ("Evangelos",
"Kläre") and the dates are recent, so neither the name rules nor `person_dates` (a date after a *found*
name, a recent one only beside an adult's) took them: holdout26's St Nicholas bookings left both in clear
(session 23).  Two such items or more in a row are a family's list: each word a name, each date a date of
birth -- a full date of a past year from 1900 on, the word no ordinary word unless a listed first name
("Abgabe (12.03.2024), Prüfung (15.04.2024)" lists a course's deadlines), where the text speaks of children,
births, sign-ups or insurance before it (storms, releases and foals are listed so too).

Linear: the scan starts at each " (" before a digit; the name before it is looked for in a bounded window.
"""

from __future__ import annotations

import datetime
import re

from .detectors import scan
from .detectors.dates import DATE
from .detectors.field_keys import RELATIVE_WORDS, normalise_key
from .detectors.person_cues import STOP
from .entities import Entity, EntityType
from .learned.features import rare_word
from .names import NameLexicon
from .person_dates import family_talk_before

_ITEM = scan.compile(rf"[ ]\((?P<date>{DATE})\)")
_NAME_BEFORE = scan.compile(
    r"(?<![\w\-'’.])(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+)?"
    r"(?:[ ][A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+)?)\Z"
)
_JOINERS = frozenset((", ", " und ", " and ", " et ", " e ", " y ", ", und ", ", and ", " & "))
_YEAR = scan.compile(r"(?:19|20)\d{2}(?!\d)|(?<=[./\-])\d{2}\Z")


def children_with_birth_dates(text: str, lexicon: NameLexicon) -> list[Entity]:
    """PERSON and DOB entities of each list of two children or more (see the module's docstring)."""
    if " (" not in text:
        return []
    this_year = datetime.date.today().year
    items: list[tuple[int, int, int, int]] = []  # (name start, name end, date start, date end)
    for m in scan.finditer(_ITEM, text):
        name = scan.search(_NAME_BEFORE, text, max(0, m.start() - 64), m.start())
        if name is None or not _a_birth(m, this_year) or not _a_name(name.group("name"), lexicon):
            continue
        items.append((name.start("name"), name.end("name"), m.start("date"), m.end("date")))
    out: list[Entity] = []
    run: list[tuple[int, int, int, int]] = []
    for item in items:
        if run and text[run[-1][3] + 1:item[0]] not in _JOINERS:
            out += _family(text, run)
            run = []
        run.append(item)
    out += _family(text, run)
    return out


# A household's member with the relation and the date of birth in parentheses: "Maja Glück (Partnerin, 4. Dez.
# 1962)", "Maura (figlio/a, 05.09.2023)", "Alan (child, 17-FEB-2025)", "Océane Leroy (conjointe, 17/02/60)" -- a debt
# counsellor's or a benefits form's household (holdout31, read in session 27): the date is that person's birth,
# however recent, and the words before the parentheses the person's name.
_RELATIVE_ITEM = scan.compile(
    rf"[ ]\((?P<relation>[^\W\d_]{{3,20}}+(?:/[^\W\d_]{{1,3}}+)?)[,;][ ]?(?P<date>{DATE})\)"
)


# (the name: up to three capitalised words, a surname's particle before the last -- "Camille d'Aubigné")
_RELATIVE_NAME_BEFORE = scan.compile(
    r"(?<![\w\-'’.])(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+)?"
    r"(?:[ ](?:d['’]|(?:de|du|van|von|di|da|del|della|zu|zur)[ ])?[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+){0,2}+)\Z"
)


def relatives_with_birth_dates(text: str, lexicon: NameLexicon) -> list[Entity]:
    """DOB entities for "<name> (<relation>, <date>)" (see the comment above) and PERSON ones for the name
    before it; a date of a past year from 1900 on, a family word (field_keys.RELATIVE_WORDS) for the relation,
    a name's words before it (each a listed first name or a rare word, as `_a_name` reads a child's)."""
    if " (" not in text:
        return []
    this_year = datetime.date.today().year
    out: list[Entity] = []
    for m in scan.finditer(_RELATIVE_ITEM, text):
        if normalise_key(m.group("relation")) not in RELATIVE_WORDS or not _a_birth(m, this_year):
            continue  # (a past year: "Firma Keller (Partner, 31.12.2026)" is a date to come)
        name = scan.search(_RELATIVE_NAME_BEFORE, text, max(0, m.start() - 64), m.start())
        if name is None or not (_a_name(name.group("name"), lexicon)
                                or _first_and_surname(name.group("name"), lexicon)):
            continue  # a person's name before it: not "Epic Login (parent, …)", "Berlin (Partner, …)"
        out.append(Entity(m.start("date"), m.end("date"), EntityType.DOB, m.group("date"), "children"))
        out.append(Entity(name.start("name"), name.end("name"), EntityType.PERSON, name.group("name"), "children"))
    return out


def _family(text: str, run: list[tuple[int, int, int, int]]) -> list[Entity]:
    if len(run) < 2 or not family_talk_before(text, run[0][0]):
        return []  # (storms, releases, approvals, foals: "Ylenia (17.02.2022), Zeynep (18.02.2022)")
    out = []
    for name_start, name_end, date_start, date_end in run:
        out.append(Entity(name_start, name_end, EntityType.PERSON, text[name_start:name_end], "children"))
        out.append(Entity(date_start, date_end, EntityType.DOB, text[date_start:date_end], "children"))
    return out


def _a_birth(m: re.Match[str], this_year: int) -> bool:
    year = scan.search(_YEAR, m.group("date"))
    if year is None:
        return False
    value = int(year.group())
    if value < 100:
        value += 2000 if value < this_year % 100 else 1900
    return 1900 <= value < this_year


def _first_and_surname(name: str, lexicon: NameLexicon) -> bool:
    """Two capitalised words or more, the first no ordinary word and no town: "Maja Glück" (a surname that is
    a word too), "Camille d'Aubigné"; not "Epic Login", "Hemd Gross"."""
    words = name.split(" ")
    return len(words) >= 2 and words[0] not in STOP and words[-1] not in STOP \
        and words[0].lower() not in lexicon.common_words and not lexicon.is_place_only(words[0])


def _a_name(name: str, lexicon: NameLexicon) -> bool:
    for word in name.split(" "):
        if word in STOP:
            return False
        if not lexicon.is_first_name(word) and (word.lower() in lexicon.common_words or not rare_word(word)):
            return False
    return True
