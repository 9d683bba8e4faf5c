"""The people of a team's cell: "Stumpf / Karge / Eckhänsli", "Hettner - Weinhage", "Darwish - Battisti".

Results lists and logbooks write a pair, a crew or a team as surnames joined by a slash, a dash, an
ampersand or a comma, in a column headed "Namen", "Mannschaft", "Crew", "Giocatori", "Joueurs"
(bridge results, rowing clubs' boat logs; holdout25, read in session 22).  Alone such a surname is a
word as often as a name ("Bruder", "Stumpf", "Best", "Summer", "May"), and the rules left most of
them in clear.  Under such a key every part of the cell is a name: one to four words, each
capitalised or a particle, no digit; a stop word only beside other parts ("Best - Hollenstein").

Bounded work: one cell, split once.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..entities import Entity, EntityType
from . import scan
from .person_cues import STOP

_SEPARATOR = scan.compile(r"[ ]?/[ ]?|[ ][\-–&+][ ]|,[ ]|[ ](?:und|and|et|e|y)[ ]")
_PARTICLES = frozenset("von vom van der den de la le du des di da del della ten ter zu zur dos das af".split())


def team_names(text: str, start: int, end: int, detector: str) -> Iterator[Entity]:
    """PERSON entities for the parts of the cell ``text[start:end]`` under a team's key."""
    if end - start > 400:
        return
    pos = start
    separators = list(scan.finditer(_SEPARATOR, text, start, end))
    for sep in (*separators, None):
        stop = end if sep is None else sep.start()
        part_start, part_end = pos, stop
        while part_start < part_end and text[part_start] in " \t\"'":
            part_start += 1
        while part_end > part_start and text[part_end - 1] in " \t\"'.":
            part_end -= 1
        if _a_name(text[part_start:part_end], alone=not separators):
            yield Entity(part_start, part_end, EntityType.PERSON, text[part_start:part_end], detector)
        if sep is not None:
            pos = sep.end()


def _a_name(part: str, alone: bool) -> bool:
    """A name's shape; a word of our stop list only beside other names ("Best - Hollenstein"; not "Total")."""
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
            return False  # a direction or a class: "OW", "NS", "K2"
    return True
