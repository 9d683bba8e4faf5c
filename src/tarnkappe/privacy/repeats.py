"""A value masked once is masked at every mention.

A detector finds a date of birth next to its cue ("'birth_date' => '29.12.1969'"), a phone next to
"Tel." or an e-mail address in its usual shape; the same value written again without what made it
findable ("Incorrect date value: '29.12.1969' for column …", a number repeated in a reply, an
address quoted in a summary) is still the same person's.  Names have their own, fuzzier linking
(person_links.py); this module does the exact one for every other type: each distinct detected
value is looked for again, as a whole token, and every other mention becomes an entity of its type.

Work bound (issue 12): one ``str.find`` scan of the text per distinct value, for at most
:data:`MAX_VALUES` values of at least :data:`MIN_LENGTH` characters; a text with more distinct
values has the first ones repeated (the others are masked where found, as before), and a value
with more than :data:`MAX_MENTIONS` other mentions none.
"""

from __future__ import annotations

from collections.abc import Iterable

from .entities import Entity, EntityType
from .person_dates import overlaps_any

MAX_VALUES = 64
MIN_LENGTH = 6
# A value written more often than this besides where it was found is a date heading a chat's every
# line, a form's default, a number of the document: what made one mention look personal was wrong
# about it, and repeating it would spread the error.
MAX_MENTIONS = 3

# Person names: person_links.py and the name hints; a custom term is masked everywhere by its own
# detector already.
_SKIPPED = frozenset({EntityType.PERSON, EntityType.TERM})


def repeated_values(text: str, found: Iterable[Entity], more: Iterable[tuple[str, str]] = ()) -> list[Entity]:
    """The other mentions in ``text`` of the values of ``found`` (and of ``more``: (type, value)
    pairs found in the request's other texts), not already inside an entity."""
    values: dict[str, str] = {}
    taken: list[tuple[int, int]] = []
    for entity in found:
        taken.append((entity.start, entity.end))
        if entity.type not in _SKIPPED and len(entity.text) >= MIN_LENGTH and len(values) < MAX_VALUES:
            values.setdefault(entity.text, entity.type)
    for kind, value in more:
        if kind not in _SKIPPED and len(value) >= MIN_LENGTH and len(values) < MAX_VALUES:
            values.setdefault(value, kind)
    if not values:
        return []
    taken.sort()
    out: list[Entity] = []
    for value, kind in values.items():
        mentions: list[Entity] = []
        pos = text.find(value)
        while pos >= 0 and len(mentions) <= MAX_MENTIONS:
            end = pos + len(value)
            if _whole(text, pos, end, value) and not overlaps_any(taken, pos, end):
                mentions.append(Entity(pos, end, kind, value, "repeat"))
            pos = text.find(value, end)
        if len(mentions) <= MAX_MENTIONS:
            out += mentions
    return out


def distinct_values(found: Iterable[Entity]) -> list[tuple[str, str]]:
    """The first :data:`MAX_VALUES` distinct (type, value) pairs worth repeating, for
    :func:`repeated_values`'s ``more`` (one list for all the texts of a request)."""
    values: dict[str, str] = {}
    for entity in found:
        if entity.type not in _SKIPPED and len(entity.text) >= MIN_LENGTH:
            values.setdefault(entity.text, entity.type)
            if len(values) >= MAX_VALUES:
                break
    return [(kind, value) for value, kind in values.items()]


def _whole(text: str, start: int, end: int, value: str) -> bool:
    """Not part of a longer word or number: "12.03.1985" in "112.03.19850" is none of its mentions."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not ((before.isalnum() and value[0].isalnum()) or (after.isalnum() and value[-1].isalnum()))
