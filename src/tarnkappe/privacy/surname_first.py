"""A name written surname first is one name: "Bacher, Leoni" is one person, not two.

The rules and the learned model often find both words of a surname-first pair -- "Bacher" by its
list, "Leoni" as a first name, or the forms model one of them -- but as two entities: the text then
reads "[PERSON_1], [PERSON_2]" (two people, for the model that answers) and a name is masked in two
halves.  A makerspace's access log wrote its members so (``user="Bacher, Leoni"``), a home-visit
round ("09:45  Yaman, Tutkun, Hauptplatz 24 …"), a rowing club's crew lists ("van der Berg, Elia /
Schumacher-Schuler, Mark"): holdout25, read in session 22.

Here two PERSON entities a comma and a space apart are one when they stand as one item -- what
comes before the first starts an item (a line's start, a quote, a cell's separator, a label's colon,
a list's slash) and what follows the second ends one (a quote, a cell's separator, a line's end, a
comma, a slash, a parenthesis) -- and the second is one word and a first name: a listed one, or a
word no list knows after no listed first name.  Not "Anna, Bernd" (two people), "Anwesend:
Tralovik, Beckmann" (two surnames), nor a pair inside a longer comma list of names ("Meier, Huber,
Schmidt").  Only entities already found are joined: nothing new is masked.

Bounded work: a few characters read around each pair.
"""

from __future__ import annotations

from .entities import Entity, EntityType
from .names import NameLexicon

# What may stand right before an item's first word, and right after its last.
_ITEM_BEFORE = ("\n", "\t", '"', "'", "|", "/", ":", "=", "(", ";", ",", "[", "  ", "- ", "> ")
# ... and a table's cell: a separator or a column's gap
_CELL_BEFORE = ("\t", "|", "| ", '"', "  ", "/ ")
_CELL_AFTER = ("\t", " |", "|", '"', "  ", " (", " [", " /")
_ITEM_AFTER = ("\n", "\t", '"', "'", "|", "/", ",", ";", ")", "(", "]", "  ", ". ", ".\n", " (", " /", " |", " –", " [")


def join_surname_first(text: str, entities: list[Entity], lexicon: NameLexicon) -> list[Entity]:
    """``entities`` (sorted, disjoint) with each surname-first pair of PERSON entities joined."""
    out: list[Entity] = []
    i, n = 0, len(entities)
    joined = False
    while i < n:
        e = entities[i]
        if i + 1 < n and _pair(text, entities, i, lexicon):
            second = entities[i + 1]
            out.append(Entity(e.start, second.end, EntityType.PERSON, text[e.start:second.end], e.detector))
            i += 2
            joined = True
            continue
        out.append(e)
        i += 1
    return out if joined else entities


def _pair(text: str, entities: list[Entity], i: int, lexicon: NameLexicon) -> bool:
    first, second = entities[i], entities[i + 1]
    if first.type != EntityType.PERSON or second.type != EntityType.PERSON or text[first.end:second.start] != ", ":
        return False
    if " " in second.text or "\n" in first.text or not second.text[:1].isupper():
        return False
    before = text[max(0, first.start - 2):first.start]
    if first.start and not before.endswith(_ITEM_BEFORE) and not before.endswith(tuple(c + " " for c in ":|/;")):
        return False
    if before == ", ":
        return False  # inside a list of names: "Mannschaft: Bruder (C), Stumpf, Summer" (review of session 22)
    after = text[second.end:second.end + 2]
    if after and not after.startswith(_ITEM_AFTER) and after not in _ITEM_AFTER:
        return False
    # the second a first name: one listed as such, or a word no list knows, after no name listed only as a
    # first name ("Garzón, Epifanio", "Hartmann, Lisette"; not "Anna, Bernd", two people); a listed surname
    # only in a table's cell or before its details ("| Ramón, Alejo |", "Cathomen, Mengia  04/06/1999", "Pintér,
    # Bence (…"; not "Anwesend: Tralovik, Beckmann", two surnames)
    single_first = " " not in first.text and lexicon.is_first_name(first.text) and first.text not in lexicon.surnames
    if lexicon.is_first_name(second.text):
        if single_first:
            return False
    elif single_first or second.text.lower() in lexicon.common_words or lexicon.is_known_name(second.text) and not (
            before.endswith(_CELL_BEFORE) or after.startswith(_CELL_AFTER)):
        return False
    # a longer list of names: "Meier, Huber, Schmidt" (the one before or the one after also a comma away)
    if i and entities[i - 1].type == EntityType.PERSON and text[entities[i - 1].end:first.start] == ", ":
        return False
    if i + 2 < len(entities) and entities[i + 2].type == EntityType.PERSON \
            and text[second.end:entities[i + 2].start] == ", " and " " not in entities[i + 2].text:
        return False
    return True
