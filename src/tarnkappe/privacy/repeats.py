"""A value masked once is masked at every mention.

A detector finds a date of birth next to its cue ("'birth_date' => '29.12.1969'"), a phone next to
"Tel." or an e-mail address in its usual shape; the same value written again without what made it
findable ("Incorrect date value: '29.12.1969' for column …", a number repeated in a reply, an
address quoted in a summary) is still the same person's.  Names have their own, fuzzier linking
(person_links.py); this module does the exact one for every other type: each distinct detected
value is looked for again, as a whole token, and every other mention becomes an entity of its type.

Work bound (issue 12): one ``str.find`` scan of the text per distinct value, for at most
:data:`MAX_VALUES` values of the text itself and :data:`MAX_VALUES` more of the request's other
texts, each of at least :data:`MIN_LENGTH` characters; a text with more distinct values has the
first ones repeated (the others are masked where found, as before), those found by their context
first (a date of birth, a phone number, an address: a value of a shape its detector finds
everywhere -- an e-mail address, an IBAN -- needs no repeating), and a date with more than
:data:`MAX_MENTIONS` other mentions none.  A text's own values do not take the other texts' places.
"""

from __future__ import annotations

from collections.abc import Iterable

from .entities import Entity, EntityType
from .person_dates import overlaps_any

MAX_VALUES = 64
MIN_LENGTH = 6
# A date written more often than this besides where it was found is a date heading a chat's every
# line or a form's default: what made one mention look like a birth date was wrong about it ("dein
# geburtsdatum?\n02.12.26, 18:28 - Marga: 10.06.1990": the cue before the chat's next line took its
# date), and repeating it would spread the error.  Dates only: any other value -- a phone number, an
# address -- is the same person's however often it is written (past the cap it was left in clear
# at all its mentions).
MAX_MENTIONS = 3

# Person names: person_links.py and the name hints; a custom term is masked everywhere by its own
# detector already.
_SKIPPED = frozenset({EntityType.PERSON, EntityType.TERM})
# Types whose detectors find a value by its shape (or its checksum) wherever it is written, the
# same value the same way in every text: not looked for again (each was a scan of the text for
# nothing: ~100 us of the ~2,000-token prompt's mask).
_BY_SHAPE = frozenset({EntityType.EMAIL, EntityType.URL, EntityType.IBAN, EntityType.IP, EntityType.CARD,
                       EntityType.AHV, EntityType.TAXID, EntityType.SSN, EntityType.VAT})

# (value, type)
Candidate = tuple[str, str]


def _candidates(found: Iterable[Entity]) -> list[Candidate]:
    """The distinct values worth repeating -- those found by their context, not by their shape --
    in the order of the text, dates of birth first (no detector finds a date without its cue);
    one pass, no sort."""
    seen: set[str] = set()
    ranked: tuple[list[Candidate], ...] = ([], [])
    for entity in found:
        if entity.type in _SKIPPED or entity.type in _BY_SHAPE or len(entity.text) < MIN_LENGTH \
                or entity.text in seen:
            continue
        seen.add(entity.text)
        ranked[0 if entity.type == EntityType.DOB else 1].append((entity.text, entity.type))
    return ranked[0] + ranked[1]


def repeated_values(text: str, found: Iterable[Entity], more: Iterable[Candidate] = ()) -> list[Entity]:
    """The other mentions in ``text`` of the values of ``found`` (and of ``more``: values found
    in the request's other texts, :func:`distinct_values`), not already inside an entity."""
    found = list(found)
    taken = sorted((entity.start, entity.end) for entity in found)
    values = dict(_candidates(found)[:MAX_VALUES])
    added = 0
    for value, kind in more:
        if added >= MAX_VALUES:
            break
        if value not in values:
            values[value] = kind
            added += 1
    out: list[Entity] = []
    for value, kind in values.items():
        capped = kind == EntityType.DOB
        mentions: list[Entity] = []
        pos = text.find(value)
        while pos >= 0 and (not capped or len(mentions) <= MAX_MENTIONS):
            end = pos + len(value)
            if _whole(text, pos, end, value) and not overlaps_any(taken, pos, end):
                mentions.append(Entity(pos, end, kind, value, "repeat"))
            pos = text.find(value, end)
        if not capped or len(mentions) <= MAX_MENTIONS:
            out += mentions
    return out


def distinct_values(found: Iterable[Entity]) -> list[Candidate]:
    """The first :data:`MAX_VALUES` distinct values worth repeating (ranked as in a text: dates of
    birth first), for :func:`repeated_values`'s ``more`` (one list for all the texts of a request)."""
    return _candidates(found)[:MAX_VALUES]


def _whole(text: str, start: int, end: int, value: str) -> bool:
    """Not part of a longer word or number: "12.03.1985" in "112.03.19850" is none of its mentions."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not ((before.isalnum() and value[0].isalnum()) or (after.isalnum() and value[-1].isalnum()))
