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

from .detectors import scan
from .detectors.person_cues import STOP
from .detectors.persons import MONTH_ABBREVIATIONS
from .entities import Entity, EntityType
from .learned.features import rare_word
from .names import NameLexicon

# What may stand right before an item's first word, and right after its last.
_ITEM_BEFORE = ("\n", "\t", '"', "'", "|", "/", ":", "=", "(", ";", ",", "[", "  ", "- ", "> ", ">", ".. ")
# (".. ": a form's dot leaders, "Einreicher/in .......... Kahsay, Tsega"; holdout38)
# ... and a table's cell: a separator or a column's gap
_CELL_BEFORE = ("\t", "|", "| ", '"', "  ", "/ ", ">")  # (">": an HTML cell, "<td>Seidel, Martha</td>")
_CELL_AFTER = ("\t", " |", "|", '"', "  ", " (", " [", " /", "<")
_ITEM_AFTER = ("\n", "\t", '"', "'", "|", "/", ",", ";", ")", "(", "]", "  ", ". ", ".\n", " (", " /", " |", " –", " [",
               "<")


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


# The surname written first before a first name found alone, a comma between: "Silber, Jann", "Little, Alex",
# "zu Eltz, Leonhard" (holdout29, read in session 26: start lists, registers and rosters whose surnames are
# words or in no list).  Read back from the first name's comma: particles, then one capitalised word.
_SURNAME_BEFORE = scan.compile(
    r"(?<![\w'’\-])(?:(?:von|van|vom|de|di|da|du|del|della|zu|zum|zur|ter|ten|le|la|Van|Von|De|Di|Da|Du|Del|Della)[ ])"
    r"{0,2}+[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,30}+(?:[\-'’][A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,30}+)?,[ ]\Z"
)


def widen_over_surnames_first(text: str, entities: list[Entity], lexicon: NameLexicon) -> list[Entity]:
    """``entities`` (sorted, disjoint) with each first name found alone widened over the surname written
    before it ("Silber, Jann"): the pair stands as one item, the first name is a listed one and ends the
    item, and the word before the comma may be a surname -- a listed one, or no ordinary word; not a
    first name alone ("Anna, Bernd"), a stop word, a town or a key."""
    out: list[Entity] = []
    changed = False
    for k, e in enumerate(entities):
        if e.type == EntityType.PERSON and " " not in e.text and text[e.end:e.end + 2] == ", ":
            end = _first_name_after(text, e, entities[k + 1].start if k + 1 < len(entities) else len(text), lexicon)
            if end is not None:
                out.append(Entity(e.start, end, EntityType.PERSON, text[e.start:end], e.detector))
                changed = True
                continue
        if (e.type != EntityType.PERSON or " " in e.text or e.start < 4 or text[e.start - 2:e.start] != ", "
                or not lexicon.is_first_name(e.text)):
            out.append(e)
            continue
        after = text[e.end:e.end + 2]
        m = scan.search(_SURNAME_BEFORE, text, max(0, e.start - 48), e.start) if (
            not after or after.startswith(_ITEM_AFTER) or after in _ITEM_AFTER or after == " &") else None
        if m is None or (out and out[-1].end > m.start()):
            out.append(e)
            continue
        before = text[max(0, m.start() - 2):m.start()]
        word = m.group().rstrip(", ").split(" ")[-1]
        item = m.start() == 0 or before.endswith(_ITEM_BEFORE) or before.endswith(tuple(c + " " for c in ":|/;"))
        if not item or before == ", " or word in STOP or lexicon.is_place_only(word) or (
                lexicon.first_name_only(word)) or (
                word.lower() in lexicon.common_words and word not in lexicon.surnames):
            out.append(e)
            continue
        out.append(Entity(m.start(), e.end, EntityType.PERSON, text[m.start():e.end], e.detector))
        changed = True
    return out if changed else entities


_MONTHS = MONTH_ABBREVIATIONS | {"May"}  # (after "Surname, " a month with its day is a date's, May too)
_DAY_AFTER_MONTH = scan.compile(r"\.?[ ]{1,2}\d{1,2}(?:st|nd|rd|th)?(?!\d)")
_FIRST_AFTER = scan.compile(r",[ ](?P<first>[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,30}+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,30}+)?)")


def _first_name_after(text: str, e: Entity, next_start: int, lexicon: NameLexicon) -> int | None:
    """Where a surname found alone at an item's start ends with the first name after its comma ("1.1
    Schlosser, Aynur, geb. …"): a listed first name or a rare word that no list has as a surname, found by
    nothing, that ends the item -- else None ("Meier, Huber, Schmidt" are surnames)."""
    m = scan.match(_FIRST_AFTER, text, e.end)
    if m is None or m.end() > next_start:
        return None
    first = m.group("first")
    after = text[m.end():m.end() + 2]
    before = text[max(0, e.start - 2):e.start]
    # (a listed surname as the first name only in a table's cell: "| Kröll, Baptist  |", holdout37)
    cell = before.endswith(_CELL_BEFORE) and after.startswith(_CELL_AFTER)
    taken = cell if first in lexicon.surnames else (
        lexicon.is_first_name(first) or rare_word(first) and first.lower() not in lexicon.common_words)
    if first in STOP or not taken:
        return None  # (a first name no list knows, after a surname: "Schlosser, Aynur")
    if first in _MONTHS and scan.match(_DAY_AFTER_MONTH, text, m.end()) is not None:
        return None  # a child and a date: "CHILD 1: Bernard, Dec. 7, 2012" (holdout30, session 27)
    item = e.start == 0 or before.endswith(_ITEM_BEFORE) or before.endswith(tuple(c + " " for c in ":|/;")) or (
        before[-1:] == " " and text[max(0, e.start - 5):e.start].strip()[-1:].isdigit())  # ("1.2 Zhao, Bo")
    if not item or before == ", " or not (not after or after.startswith(_ITEM_AFTER) or after in _ITEM_AFTER):
        return None
    return m.end()


def _pair(text: str, entities: list[Entity], i: int, lexicon: NameLexicon) -> bool:
    first, second = entities[i], entities[i + 1]
    if first.type != EntityType.PERSON or second.type != EntityType.PERSON or text[first.end:second.start] != ", ":
        return False
    if " " in second.text or "\n" in first.text or not second.text[:1].isupper():
        return False
    if second.text in _MONTHS and scan.match(_DAY_AFTER_MONTH, text, second.end) is not None:
        return False  # a child and a date: "CHILD 1: Bernard, Dec. 7, 2012" (holdout30, session 27)
    before = text[max(0, first.start - 3):first.start]
    if first.start and not before.endswith(_ITEM_BEFORE) and not before.endswith(tuple(c + " " for c in ":|/;")):
        return False
    if before[-2:] == ", ":
        return False  # inside a list of names: "Mannschaft: Bruder (C), Stumpf, Summer" (review of session 22)
    after = text[second.end:second.end + 2]
    if after and not after.startswith(_ITEM_AFTER) and after not in _ITEM_AFTER:
        return False
    # the second a first name: one listed as such, or a word no list knows, after no name listed only as a
    # first name ("Garzón, Epifanio", "Hartmann, Lisette"; not "Anna, Bernd", two people); a listed surname
    # only in a table's cell or before its details ("| Ramón, Alejo |", "Cathomen, Mengia  04/06/1999", "Pintér,
    # Bence (…"; not "Anwesend: Tralovik, Beckmann", two surnames)
    single_first = " " not in first.text and lexicon.first_name_only(first.text)
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
