"""The people of a team's cell: "Stumpf / Karge / Eckhänsli", "Hettner - Weinhage", "Darwish - Battisti".

Results lists and logbooks write a pair, a crew or a team as surnames joined by a slash, a dash, an
ampersand or a comma, in a column headed "Namen", "Mannschaft", "Crew", "Giocatori", "Joueurs"
(bridge results, rowing clubs' boat logs; holdout25, read in session 22).  Alone such a surname is a
word as often as a name ("Bruder", "Stumpf", "Best", "Summer", "May"), and the rules left most of
them in clear.  Under such a key every part of the cell is a name -- one to four words, each capitalised
or a particle, no digit; a stop word only beside other parts ("Best - Hollenstein"); no town; a rare word
that is no ordinary word of ours, or listed names only -- or the cell names no one.

Bounded work: one cell, split once.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..entities import Entity, EntityType
from ..learned.features import rare_word
from ..names import NameLexicon
from . import scan
from .person_cues import STOP

_SEPARATOR = scan.compile(r"[ ]?/[ ]?|[ ][\-–&+][ ]|,[ ]|[ ](?:und|and|et|e|y)[ ]")
_ASIDE_AFTER = scan.compile(r"[ ]?(?:\([^()\n]{1,16}\)|\[[^\[\]\n]{1,16}\])\Z")
_PARTICLES = frozenset("von vom van der den de la le du des di da del della ten ter zu zur dos das af".split())


def team_names(text: str, start: int, end: int, detector: str, lexicon: NameLexicon,
               pairs_only: bool = False) -> Iterator[Entity]:
    """PERSON entities for the parts of the cell ``text[start:end]`` under a team's key -- all of them, if
    more than half of them are names by the lists or rare words and none is a town, or none: such a cell
    holds things, places or roles ("Apfel / Birne", "Kapitän / Steuermann / Koch", "Servette, Lugano",
    "Solo / Co-op", a header's "Punkte"; review of session 22); a crew's "Stumpf / Karge / Eckhänsli" has
    an ordinary word among its surnames.  With ``pairs_only`` (a key that names a team as often as its people:
    "Team", "Équipe") a cell of one part names no one, nor one whose parts are not all first names or rare words
    ("Blue/Green")."""
    if end - start > 400:
        return
    pos = start
    separators = list(scan.finditer(_SEPARATOR, text, start, end))
    if pairs_only and not separators:
        return  # ("Team: Brainstormers": a team's own name, under a key that names people only in pairs)
    parts: list[tuple[int, int, bool]] = []
    for sep in (*separators, None):
        stop = end if sep is None else sep.start()
        part_start, part_end = pos, stop
        while part_start < part_end and text[part_start] in " \t\"'":
            part_start += 1
        while part_end > part_start and text[part_end - 1] in " \t\"'.":
            part_end -= 1
        aside = scan.search(_ASIDE_AFTER, text, part_start, part_end)
        if aside is not None:  # a captain's mark or a pair's number after the name: "Bruder (C)", "Karge (Paar 3)"
            part_end = aside.start()
        if part_end > part_start:
            verdict = _a_name(text[part_start:part_end], not separators, lexicon)
            if verdict is None:
                return
            parts.append((part_start, part_end, verdict))
        if sep is not None:
            pos = sep.end()
    if 2 * sum(named is True for _, _, named in parts) <= len(parts):
        return
    if pairs_only and not all(_first_name_or_rare(text[s:e].split(" ", 1)[0], lexicon) for s, e, _ in parts):
        return  # ("Team: Blue/Green", "Alpha/Bravo", "Ferrari/Mercedes": a crew's pair is of first names)
    for part_start, part_end, named in parts:
        if named is not False or _shaped(text[part_start:part_end], not separators):
            yield Entity(part_start, part_end, EntityType.PERSON, text[part_start:part_end], detector)


def _first_name_or_rare(word: str, lexicon: NameLexicon) -> bool:
    return lexicon.is_first_name(word) or word.lower() not in lexicon.common_words and rare_word(word)


def _a_name(part: str, alone: bool, lexicon: NameLexicon) -> bool | None:
    """None if the part is a town's -- the cell then names no one; else whether it has a name's shape and
    the lists or the word's rarity make it a name: a rare word that is no ordinary word of ours, or listed
    names only ("Bruder", "Stumpf", "Summer" are surnames too; "Anhang", "Birne", "Kapitän" are none)."""
    if not _shaped(part, alone):
        return False
    named = [w for w in part.split(" ") if w[:1].isupper()]
    if any(lexicon.is_place_only(w) for w in named):
        return None
    common = lexicon.common_words
    return any(w.lower() not in common and rare_word(w) for w in named) or all(
        lexicon.is_known_name(w.capitalize() if w.isupper() else w) for w in named)


def _shaped(part: str, alone: bool) -> bool:
    """A name's shape: one to four words, each capitalised or a particle, no digit, no two-letter code ("OW",
    "NS", "K2"); a word of our stop list only beside other parts ("Best - Hollenstein"; not "Total")."""
    words = part.split(" ")
    if not 1 <= len(words) <= 4 or any(not w for w in words):
        return False
    if not any(w[:1].isupper() for w in words) or any(c.isdigit() for c in part):
        return False
    for word in words:
        if alone and word in STOP or not (word[:1].isupper() or word in _PARTICLES):
            return False
        if not word.replace("-", "").replace("'", "").replace("’", "").replace(".", "").isalpha():
            return False
        if word.isupper() and len(word) <= 3 and "." not in word:
            return False
    return True
