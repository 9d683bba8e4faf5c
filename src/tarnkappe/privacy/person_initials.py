"""A surname with an initial, written as a list's item or a table's cell: "J. Lange", "S. Wyss",
"Goodman A.", "O'Connor J.", "Kim S.-j.".

Start lists, duty rosters, shooting-range registers and technicians' logs write a person as an
initial and a surname, alone between the separators of a list ("… / Acosta F. (Ospite 0041 …) / …"),
in an aligned column ("Ausweis 4710     S. Wyss              KK 50m"), after a key ("tech=P. Guerra").
The rules looked for a first name or a surname no ordinary word: "Lange", "Pop", "Goodman" are
words, and an initial was no evidence.  Here the initial is, where the pair stands alone as an item
(a separator or a line's start before it; a bracket, a slash, a separator or the line's end after
it) and its word is no stop word, no title and not an ordinary word unless the lists know it as a
name ("Plan B.", "Anlage A." stay readable).

Linear: one pass of a bounded pattern anchored on a capital letter and a full stop.
"""

from __future__ import annotations

from collections.abc import Iterable

from .detectors import scan
from .detectors.person_cues import CUES, STOP, TITLE_PARTS
from .entities import Entity, EntityType
from .learned.features import rare_word
from .names import NameLexicon, compound_tail

_WORD = r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]{1,30}+|(?=['’]))(?:['’\-][^\W\d_]{1,30}+){0,2}+"  # ("O'Connor")
_INITIAL = r"[A-ZÀ-ÖØ-Þ]\.(?:-[A-Za-zÀ-ÖØ-öø-ÿ]\.)?"  # ("Kim S.-j."; not "Bertin S.A.", a firm)
_ITEM = scan.compile(
    rf"(?<![\w.'’\-])(?:(?P<initial>{_INITIAL})[ ](?P<surname>{_WORD})|(?P<word>{_WORD})[ ](?P<after>{_INITIAL}))"
    r"(?=[ ]?[(\[/=]|[;|,\"\t\r\n]|[ ]{2}|\Z)"
)
_ITEM_STARTS = frozenset("/;|=:\"\t\n,")


def names_with_initials(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for an initial and a surname that stand alone as an item (see the module's
    docstring); where a found name covers the surname, the initial is masked with it."""
    if "." not in text:
        return []
    out: list[Entity] = []
    common = lexicon.common_words
    for m in scan.finditer(_ITEM, text):
        word = m.group("surname") or m.group("word")
        if word in STOP or word in CUES or word in TITLE_PARTS or not any(c.islower() for c in word):
            continue
        lower = word.lower()
        if not lexicon.is_known_name(word) and (
                lower in common or compound_tail(lower, lexicon) or not rare_word(word)):
            continue  # ("A. Einleitung", "I. Aktiva", "D. Beschäftigungen": an outline's heading)
        if not _item_start(text, m.start()):
            continue
        out.append(Entity(m.start(), m.end(), EntityType.PERSON, m.group(), "initials"))
    return out


def _item_start(text: str, start: int) -> bool:
    """A separator, a column's gap or the text's start before ``start`` (spaces skipped)."""
    pos = start
    while pos > 0 and text[pos - 1] == " " and start - pos < 40:
        pos -= 1
    if pos == 0:
        return True
    return text[pos - 1] in _ITEM_STARTS or start - pos >= 2
