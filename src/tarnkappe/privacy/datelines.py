"""A letter's dateline is a place, not a person: "Basel, 25.10.2025", "Le Locle, 17 juil. 2026", "Reading, 8 Jan 2026".

Letters, minutes, forms and signature blocks begin or end with the town they were written in and the date; a town
that is a surname too ("Keller", "Basel" as a family name, "Reading", "Chester", "Florence") or a word the learned
detector does not know was taken for a name there.  Over the 33 evaluation sets others wrote and we read, 287 such
towns were masked as persons for nothing and no writer labelled one (session 31).  A PERSON entity is dropped where
it begins its line (after white space or a quote's "> "), the lexicon lists it as a town, and a comma and a full date
follow it (an article between: "Porrentruy, le 2025-12-06", "Bonn, den 3. Mai 2025"), the date ending the line or a
column ("Kiel, 12. April 2025   M. Heser": the name after the gap stays).  A dateline is the day of writing: its
year is this year, the last or the next two; and a letter has one -- a line of the same shape above or below is a
list's ("Kinder:\nVictoria, 14.02.2015\nAustin, 03.07.2018", "Keller, 12.03.1961\nMeier, 04.05.1970": names with
their births, the review of session 31), and a first name under a line with a birth's word is a newborn's ("Geburt
unserer Tochter\nCharlotte, 03.02.2026").

Bounded: each entity reads its own line back to its start (at most 8 characters), 48 characters after it, the
lines above and below (at most 120 characters each).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from .detectors import scan
from .detectors.dates import DATE
from .detectors.person_context import first_on_line
from .entities import Entity, EntityType
from .names import NameLexicon

_DATE_AFTER = scan.compile(
    rf",[ ]{{1,3}}(?:(?:le|den|am|il|the|der|lì|li)[ ]{{1,2}})?(?:{DATE})(?!\d)\.?"
    r"(?=[ \t]{0,8}+(?:\r?\n|\Z)|[ ]{2}|\t)"
)
_LINE_LEAD = frozenset(" \t>")
_NAME_LED_BIRTHS = frozenset(("dob-after-name", "repeat"))
_YEAR = scan.compile(r"(?:19|20)\d\d(?!\d)|(?<=[./\-])\d\d\Z")
_SAME_SHAPE = scan.compile(
    rf"[ \t>]{{0,8}}+[^\W\d_][^\W\d_'’.\-]{{0,40}}+(?:[ ][^\W\d_'’.\-]{{1,40}}+){{0,3}}+{_DATE_AFTER.pattern}"
)
_BIRTH_WORDS = scan.compile(
    r"(?<![^\W\d_])(?i:geburt|geboren|tochter|sohn|baby|bébé|fille|fils|figlia|figlio|neonat|born|birth|daughter|son)"
    r"(?![^\W\d_])"
)


def without_datelines(text: str, entities: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """``entities`` without the PERSON entities that are a dateline's town (see the module's docstring); not where
    the date after it is a found date of birth ("Naissance\nLéa, 03.02.2026" with the birth found)."""
    entities = list(entities)
    # (not a date taken for a birth because a name stands before it: that name may be the town -- "Heidelberg,
    # 2025-11-25" made its own date a birth)
    births = {e.start for e in entities if e.type == EntityType.DOB and e.detector not in _NAME_LED_BIRTHS}
    towns = [e for e in entities if e.type == EntityType.PERSON and _dateline_town(text, e, lexicon, births)]
    if not towns:
        return entities
    dropped = {id(e) for e in towns}
    # ... and the date a town's "name" made a birth: "Heidelberg, 2025-11-25" is a letter's day
    after = {e.end for e in towns}
    for e in entities:
        if e.type == EntityType.DOB and e.detector in _NAME_LED_BIRTHS and any(
                e.start - k in after for k in range(2, 8)):
            dropped.add(id(e))
    return [e for e in entities if id(e) not in dropped]


def _dateline_town(text: str, entity: Entity, lexicon: NameLexicon, births: set[int]) -> bool:
    if text[entity.end:entity.end + 1] != ",":
        return False
    if not first_on_line(text, entity.start, _LINE_LEAD):
        return False
    k = text.rfind("\n", max(0, entity.start - 9), entity.start) + 1  # the line's start (the lead is <= 8)
    town = entity.text if not entity.text.isupper() else entity.text.title()
    if town not in lexicon.places:
        return False
    date = scan.match(_DATE_AFTER, text, entity.end, min(len(text), entity.end + 48))
    if date is None or not _recent(date.group()):
        return False
    if any(k in births for k in range(entity.end, date.end())):
        return False
    line_end = text.find("\n", entity.end)
    if _same_shape(text, k - 1) or (line_end >= 0 and _same_shape(text, line_end + 1, above=False)):
        return False  # a list of names and dates
    above = text.rfind("\n", max(0, k - 121), max(0, k - 1)) + 1 if k > 0 else k
    return not (lexicon.is_first_name(town) and k > 0 and scan.search(
        _BIRTH_WORDS, text, above, k) is not None)


def _recent(date: str) -> bool:
    """The date's year is this year, the last or one of the next two."""
    this_year = datetime.date.today().year
    m = scan.search(_YEAR, date, 0, len(date))
    if m is None:
        return False
    year = int(m.group()) if len(m.group()) == 4 else 2000 + int(m.group())
    return this_year - 1 <= year <= this_year + 2


def _same_shape(text: str, edge: int, above: bool = True) -> bool:
    """The line above the one ending at ``edge`` (its "\\n"), or the line starting at ``edge``, is a name and a
    date too."""
    if above:
        if edge <= 0:
            return False
        start = text.rfind("\n", max(0, edge - 120), edge) + 1
        if start == 0 and edge > 120:
            return False
        end = edge
    else:
        if edge >= len(text):
            return False
        end = text.find("\n", edge, edge + 120)
        end = min(len(text), edge + 120) if end < 0 else end
        start = edge
    return scan.match(_SAME_SHAPE, text, start, end) is not None
