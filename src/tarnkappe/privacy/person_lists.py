"""Names in lists typed in lower case: a rowing club's log "| hedwig, birte wüthrich, naomi dirnberger |",
a crew "ouédraogo, king, leila", attendees "anwesend: lou, rana zechmeister, ochsenknecht".

In lower case a word is a name to the rules only beside a first name the lists know ("birte wüthrich"),
so the other members of such a list -- a surname alone, a first name no list has -- stayed in clear
(issue 13: holdout12's boat logs leaked two names in three).  Here a comma list whose items are names
makes its other items names: two items at least, and half of them, must be a listed first name (alone
or before one more word) or a name found already, one of them no town's name ("sydney, victoria,
adelaide" are towns); then each other item of one or two words is a name
unless one of its words is an ordinary word the lists do not know as a name ("km", "gegenwind") or a
stop word.

Not a list of code's names ("(min, max)", "min, max = …").  Linear: one scan for comma lists of
words; each list is judged once, its items with a few set lookups.
"""

from __future__ import annotations

from collections.abc import Iterable

from .detectors import scan
from .detectors.person_cues import STOP
from .entities import Entity, EntityType
from .names import NameLexicon
from .person_dates import overlaps_any

_WORD = r"[^\W\d_]{2,24}+(?:[\-'’][^\W\d_]{1,20}+)?"
_ITEM = rf"{_WORD}(?:[ ]{_WORD})?"
_LIST = scan.compile(rf"(?<![\w\-'’])(?:{_ITEM},[ ]){{1,7}}{_ITEM}(?![\w\-'’])")  # (a longer list: in pieces)
_MIN_NAMES = 2


def names_in_lower_case_lists(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the other items of lower-case lists of names (see the module's docstring)."""
    if ", " not in text:
        return []
    entities = list(found)
    persons = sorted((e.start, e.end) for e in entities if e.type == EntityType.PERSON)
    others = sorted((e.start, e.end) for e in entities if e.type != EntityType.PERSON)
    out: list[Entity] = []
    for m in scan.finditer(_LIST, text):
        if not m.group().islower() or _in_code(text, m.start(), m.end()):
            continue
        items: list[tuple[int, int]] = []
        pos = m.start()
        for item in m.group().split(", "):
            items.append((pos, pos + len(item)))
            pos += len(item) + 2
        found_or_first = [overlaps_any(persons, s, e) or _first_name_item(text[s:e], lexicon) for s, e in items]
        named = [is_name or _first_name_item(text[s:e], lexicon, places=True)
                 for (s, e), is_name in zip(items, found_or_first, strict=True)]
        if sum(named) < max(_MIN_NAMES, (len(items) + 1) // 2) or not any(found_or_first):
            continue  # (a first name that is a town's too counts, beside one that is not: "sydney, victoria")
        for (s, e), is_name in zip(items, named, strict=True):
            if overlaps_any(persons, s, e) or overlaps_any(others, s, e):
                continue
            if is_name or _name_item(text[s:e], lexicon):
                out.append(Entity(s, e, EntityType.PERSON, text[s:e], "lists"))
    return out


def _in_code(text: str, start: int, end: int) -> bool:
    """A list of code's names: arguments, a tuple assigned, an array ("(min, max)", "min, max = …",
    "[var, min, max, steps]", "f(alpha, len(alpha))")."""
    after = text[end:end + 3].lstrip(" ")
    return text[start - 1:start] in ("(", "[", "{") or after[:1] in ("(", ")", "]", "}", "=")


def _first_name_item(item: str, lex: NameLexicon, places: bool = False) -> bool:
    """A listed first name that is no ordinary word and (unless ``places``) no town's name, alone or
    before one more word ("birte wüthrich")."""
    words = item.split(" ")
    first = words[0].capitalize()
    return len(words) <= 2 and lex.is_first_name(first) and words[0] not in lex.common_words \
        and first not in STOP and (places or first not in lex.places) and (len(words) == 1 or _name_word(words[1], lex))


def _name_item(item: str, lex: NameLexicon) -> bool:
    words = item.split(" ")
    return len(words) <= 2 and all(_name_word(w, lex) for w in words)


def _name_word(word: str, lex: NameLexicon) -> bool:
    """No ordinary word, or one the lists know as a name too ("king"); no stop word."""
    cap = "-".join(p.capitalize() for p in word.split("-"))
    if cap in STOP or lex.is_place_only(cap):
        return False
    return word not in lex.common_words or lex.is_known_name(cap) and cap not in lex.ambiguous
