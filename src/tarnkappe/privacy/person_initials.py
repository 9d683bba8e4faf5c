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

A table's column of such pairs vouches for its ordinary words: where two pairs after the same cell separator (a
tab, ";", "|", "," or a column's gap) are taken, a pair whose surname is an ordinary word is a name too if its own
column holds no more such pairs than taken ones ("J. Fröhlich", "N. Regen", "F.-J. Gute" beside "D. Stadelmann" in a
guides' column; holdout40, read in session 36; not an outline's "A. Begrüssung" beside its speakers' column).  A
particle may begin the surname ("P. Dalle Vedove", "R. ap Griffith", "M. de Coulon").

Linear: one pass of a bounded pattern anchored on a capital letter and a full stop.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable

from .detectors import scan
from .detectors.person_cues import CUES, STOP, TITLE_PARTS
from .entities import Entity, EntityType
from .gates import Gate
from .learned.features import rare_word
from .names import NameLexicon, compound_tail

_WORD = r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]{1,30}+|(?=['’]))(?:['’\-][^\W\d_]{1,30}+){0,2}+"  # ("O'Connor")
_INITIAL = r"[A-ZÀ-ÖØ-Þ]\.(?:-[A-Za-zÀ-ÖØ-öø-ÿ]\.)?"  # ("Kim S.-j."; not "Bertin S.A.", a firm)
_END = r"(?=[ ]?[(\[/=]|[;|,\"\t\r\n]|[ ]{2}|[ ](?:und|and|et|e|y|&|–)[ ]|\Z)"
# Anchored on the initial (a capital and a full stop: most positions fail at once), then the word
# after it or before it (Python's re would otherwise try a whole word at every capital of the text).
_INITIAL_AT = scan.compile(r"[A-ZÀ-ÖØ-Þ](?<![\w.'’\-][A-ZÀ-ÖØ-Þ])\.(?:-[A-Za-zÀ-ÖØ-öø-ÿ]\.)?")  # (= _INITIAL)
# (a surname's particles first: "P. Dalle Vedove", "R. ap Griffith", "M. de Coulon", "A. van der Berg")
_SURNAME_PARTICLES = (r"(?:(?:[Dd](?:e|i|a|u|el|ella|elle|ello|alla|alle|ei|egli|os)|[Vv]an|[Vv]on|ap|[Ll]o|[Tt]e[nr]"
                      r"|der|den|la)[ ]){0,2}+")
_SURNAME_AFTER = scan.compile(rf"[ ](?P<particles>{_SURNAME_PARTICLES})(?P<word>{_WORD}){_END}")
_WORD_BEFORE = scan.compile(rf"(?<![\w.'’\-])(?P<word>{_WORD})[ ]\Z")
_ENDS_HERE = scan.compile(_END)
_ITEM_STARTS = frozenset("/;|=:\"\t\n,-*•–&")  # (a pair's "K. Lyons – L. Douglas", "P. Kohl & M. Ritter")
_M_INITIAL_LEADS = frozenset({"  ", "|", "/", "=", "\t", ";"})
_NUMBERED = scan.compile(r"(?:^|\n)[ \t]{0,4}\d{1,3}[.)][ \t]{1,3}\Z")  # "1. J. Lange"
# A list of first names with their surnames' initials: "Mannschaft: Seraina J., Carmine H., Vladimir V.",
# "| Hannes E., Pompeo S., Budi N. |" (a crew, a shift): every item has the shape, so each is a name
# whose word is no ordinary one -- as a list's item alone ("Seraina J.") the word had to be known or rare.
_INITIALLED = r"[A-ZÀ-ÖØ-Þ][^\W\d_]{1,24}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,24}+)?[ ][A-ZÀ-ÖØ-Þ]\."
_INITIALLED_LIST = scan.compile(rf"(?<![\w.'’\-])(?:{_INITIALLED}[,;][ ]){{1,9}}+{_INITIALLED}(?![\w.])")
_INITIALS_GATE = Gate(('., ', '.; '))
# The separators that begin a table's cell (a column's gap is "  "), and the mark of a pair taken only in a column
_CELL_LEADS = frozenset({"\t", ";", "|", ",", "  "})
_DOUBTFUL = "initials?"
_OUTLINE_LEADS = frozenset({"", "\n", "|", "\t"})  # (where an outline's headings begin: a line, a table's cell)


def names_with_initials(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for an initial and a surname that stand alone as an item (see the module's
    docstring); where a found name covers the surname, the initial is masked with it."""
    if "." not in text:
        return []
    out: list[Entity] = []
    common = lexicon.common_words
    # pairs whose surname is an ordinary word, by the table's cell (its separator and column) they stand in, and
    # the taken pairs' cells
    doubtful: list[tuple[tuple[str, int], Entity]] = []
    persons = sorted((e.start, e.end) for e in found if e.type == EntityType.PERSON)
    taken: Counter[tuple[str, int]] = Counter()
    for initial in scan.finditer(_INITIAL_AT, text):
        start, end = initial.span()
        after = scan.match(_SURNAME_AFTER, text, end)
        if after is not None:  # "J. Lange"
            found_item = _item(text, start, after.end(), after.group("word"), initial.group(), lexicon, common,
                               particles=bool(after.group("particles")))
            cell = _cell(text, start) if found_item is not None else None
            if found_item is None or cell is None:
                if found_item is not None and found_item.detector != _DOUBTFUL:
                    out.append(found_item)
            elif found_item.detector == _DOUBTFUL:
                if _covered(persons, start, after.end()):
                    taken[cell] += 1  # (another detector's: "D. Stadelmann" by the model)
                else:
                    doubtful.append((cell, found_item))
            else:
                out.append(found_item)
                taken[cell] += 1
        if start > 2 and text[start - 1] == " " and scan.match(_ENDS_HERE, text, end) is not None:
            before = scan.search(_WORD_BEFORE, text, max(0, start - 40), start)  # "Goodman A."
            if before is not None:
                found_item = _item(text, before.start(), end, before.group("word"), None, lexicon, common)
                if found_item is not None:
                    out.append(found_item)
    out += _vouched(doubtful, taken)
    if _INITIALS_GATE.opens(text):
        for run in scan.finditer(_INITIALLED_LIST, text):
            items = run.group().replace("; ", ", ").split(", ")
            words = [item.rsplit(" ", 1)[0] for item in items]
            # (each a first name, and not one word lettered: "Szenario A., Szenario B.")
            if len(set(words)) > 1 and all(_listed_first(word, lexicon, common) for word in words):
                pos = run.start()
                for item in items:
                    out.append(Entity(pos, pos + len(item), EntityType.PERSON, item, "initials"))
                    pos += len(item) + 2
    return out


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """A span of the sorted ``spans`` covers ``start``..``end`` (asked of the one starting last at or before
    ``start``: enough for a pair, which one name covers or none)."""
    k = bisect_right(spans, (start, sys.maxsize)) - 1
    return k >= 0 and spans[k][1] >= end


def _listed_first(word: str, lexicon: NameLexicon, common: frozenset[str]) -> bool:
    """A list's first name before an initial: no stop word, cue or title, no ordinary word unless a
    list knows it as a name ("Typ A., Typ B.", "Plan B., Anlage C." are none)."""
    if word in STOP or word in CUES or word in TITLE_PARTS or word.isupper():
        return False
    return word.lower() not in common or lexicon.is_known_name(word)


def _item(text: str, start: int, end: int, word: str, initial: str | None, lexicon: NameLexicon,
          common: frozenset[str], particles: bool = False) -> Entity | None:
    """The PERSON entity of text[start:end] -- ``initial`` and the surname ``word`` after it (``particles``
    before it), or (None) a word and its initial after it -- if it is a name standing alone as an item (see the
    module's docstring); detector ``_DOUBTFUL`` where only its surname's being an ordinary word speaks against it
    -- after a particle too where an outline's heading may stand, at a line's or a cell's start ("P. Dalle Vedove"
    in a column, "Kontakt: P. Dalle Vedove"; not an outline's "C. Delle Successioni"; review of session 36)."""
    if word.isupper() and len(word) > 1:
        word = word.capitalize()  # "J. LANGE": a surname in capitals, a name the lists know
        if not lexicon.is_known_name(word):
            return None
    if word in STOP or word in CUES or word in TITLE_PARTS:
        return None
    lower = word.lower()
    known = lexicon.is_known_name(word)
    lead = _item_start(text, start)
    doubtful = not known and (not particles or lead in _OUTLINE_LEADS) and (
        lower in common or compound_tail(lower, lexicon) or not rare_word(word))
    if doubtful and initial is None:
        return None  # ("A. Einleitung", "I. Aktiva", "D. Beschäftigungen": an outline's heading)
    if lead is None or lead in (":", "-", "*", "•") and initial is None and not known:
        return None  # (a form's value, a word before a letter: "Stufe: Sekundar B.", "Impfstoff: Pertussis A.")
    if initial == "M." and lead not in _M_INITIAL_LEADS and text[end:end + 1] == " " \
            and text[end + 1:end + 2].islower():
        return None  # Monsieur in prose: "M. Dupont et Mme Rochat" (an item's "M. Dupont" ends at a separator)
    return Entity(start, end, EntityType.PERSON, text[start:end], _DOUBTFUL if doubtful else "initials")


def _vouched(doubtful: list[tuple[tuple[str, int], Entity]], taken: Counter[tuple[str, int]]) -> list[Entity]:
    """The doubtful pairs a table vouches for: two pairs taken after the same separator, and in the pair's own
    column no more doubtful pairs than taken ones -- a column of initials and surnames, its ordinary words surnames
    too ("S. Fröhlich" under "L. Wehrli"; "G. Sereno" beside "M. Polishchuk" in a bell panel's grid), not an
    outline's column beside its speakers' ("A. Begrüssung", "B. Referat" beside "M. Keller"; review of session 36)."""
    by_lead: Counter[str] = Counter()
    for (lead, _), count in taken.items():
        by_lead[lead] += count
    unsure = Counter(cell for cell, _ in doubtful)
    return [Entity(item.start, item.end, EntityType.PERSON, item.text, "initials") for cell, item in doubtful
            if by_lead[cell[0]] >= 2 and unsure[cell] <= taken[cell]]


def _cell(text: str, start: int) -> tuple[str, int] | None:
    """The table's cell the item at ``start`` begins: its separator (one of _CELL_LEADS) and the number of cells
    before it on its line -- None where no cell separator leads it or its line begins more than 200 characters
    before it.  A column, not a separator, vouches: not a programme's items ("08:00;A. Begrüssung;M. Keller")
    beside its speakers (review of session 36)."""
    lead = _item_start(text, start)
    if lead not in _CELL_LEADS:
        return None
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    if line_start == 0 and start > 200:
        return None  # (a window, not the whole line: a pair's look-back stays bounded)
    before = text[line_start:start]
    if lead == "  ":
        return lead, sum(1 for piece in before.split("  ") if piece.strip())
    return lead, before.count(lead)


def _item_start(text: str, start: int) -> str | None:
    """What starts the item at ``start`` (spaces skipped): a separator, "  " (a column's gap), "1." (a
    numbered item) or "" (the text's start); None if the item starts no list."""
    pos = start
    while pos > 0 and text[pos - 1] == " " and start - pos < 40:
        pos -= 1
    if pos == 0:
        return ""
    if text[pos - 1] in _ITEM_STARTS:
        return text[pos - 1]
    if start - pos >= 2:
        return "  "
    if text[pos - 1] == "." and scan.search(_NUMBERED, text, max(0, start - 12), start) is not None:
        return "1."
    return None
