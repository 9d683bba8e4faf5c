"""Names joined by a slash to a name found already: "Wolf, Berndt / zu Dohna, Eitel" in a rooming
list's cell, "KTW 1: Janik / Arjun" in an ambulance crew plan, "HOFSTETTER Clemens / Beguin, Danielle
/ PATEL Sanjay" for a family's room.

The rules find the first of such a list, or one of its parts, and left the others in clear (issue 13:
holdout17's rooming lists leaked every second guest).  Here each part of a " / " list next to a found
name is a name too, if it has a name's shape: one to four words, each capitalised (or written in
capitals) or a particle ("zu", "von", "de", "O'"), a comma only as "Surname, First", no digit, each
word a listed name or a rare word that is no town, one of them listed ("Rollstuhl / Gehhilfe",
"Marketing / Zürich", "Swisscom" are none).

Linear: from each found name, at most ``_CHAIN`` parts either side, each read once within
``_PART`` characters.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from .detectors import scan
from .detectors.person_cues import STOP
from .entities import Entity, EntityType
from .gates import Gate
from .learned.features import german_word, rare_word
from .names import NameLexicon, compound_tail

_CHAIN = 6
_PART = 64  # longest part read (characters)
_ENDS = "/\t|;\n"  # what ends a part: the next slash, a cell's or a line's end
# (and an HTML cell's tag: "<td>Maria / Christopher</td>" -- the slash of "</td>" had ended the part; holdout39)
_TAG_BEFORE, _TAG_AFTER = ">", "<"
_PARTICLES = frozenset({"zu", "von", "vom", "van", "der", "den", "de", "du", "des", "di", "da", "del", "della",
                        "le", "la", "dos", "das", "ten", "ter", "y"})
_SLASH_GATE = Gate((' / ', '/ '))


def names_beside_slashes(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the parts of slash lists next to a found name (see the module's docstring)."""
    persons = [e for e in found if e.type == EntityType.PERSON]
    if not persons or not _SLASH_GATE.opens(text):
        return []
    taken = {(e.start, e.end) for e in persons}
    out: list[Entity] = []
    for p in persons:
        for next_part, edge in ((_part_after, p.end), (_part_before, p.start)):
            for _ in range(_CHAIN):
                part = next_part(text, edge)
                if part is None or part in taken or not _name_shape(text[part[0]:part[1]], lexicon):
                    break
                taken.add(part)
                out.append(Entity(part[0], part[1], EntityType.PERSON, text[part[0]:part[1]], "slash-list"))
                edge = part[1] if next_part is _part_after else part[0]
    return out


def _part_after(text: str, end: int) -> tuple[int, int] | None:
    """The part after " / " right after ``end``: its span without the spaces around it."""
    pos = end
    while pos < len(text) and text[pos] in " \u00a0":
        pos += 1
    if text[pos:pos + 1] != "/" or text[pos + 1:pos + 2] not in (" ", "\u00a0"):
        return None
    start = pos + 1
    stop = min(len(text), start + _PART + 1)
    cut = stop
    for sep in (*_ENDS, _TAG_AFTER):
        k = text.find(sep, start, stop)
        if 0 <= k < cut:
            cut = k
    if cut == stop and stop < len(text):
        return None  # longer than a name
    # two spaces end a cell of a table aligned by spaces ("Gut, Mariama   18.08.2004")
    gap = text.find("  ", start + 1, cut)
    if gap >= 0:
        cut = gap
    raw = text[start:cut]
    value = raw.strip()
    if not value:
        return None
    s = start + raw.index(value[0])
    return s, s + len(value)


def _part_before(text: str, start: int) -> tuple[int, int] | None:
    """The part before " / " right before ``start``."""
    pos = start
    while pos > 0 and text[pos - 1] in " \u00a0":
        pos -= 1
    if pos < 2 or text[pos - 1] != "/" or text[pos - 2] not in (" ", "\u00a0"):
        return None
    end = pos - 1
    lo = max(0, end - _PART - 1)
    cut = lo - 1
    for sep in (*_ENDS, _TAG_BEFORE):
        k = text.rfind(sep, lo, end)
        if k > cut:
            cut = k
    if cut < lo and lo > 0:
        return None  # longer than a name
    colon = text.rfind(": ", max(cut + 1, lo), end)  # "KTW 1: Janik / Arjun": the label before
    gap = text.rfind("  ", max(cut + 1, lo), end - 1)
    begin = max(cut + 1, colon + 2 if colon >= 0 else 0, gap + 2 if gap >= 0 else 0)
    raw = text[begin:end]
    value = raw.strip()
    if not value:
        return None
    s = begin + raw.index(value[0])
    return s, s + len(value)


def _name_shape(value: str, lexicon: NameLexicon) -> bool:
    """A person's name as a list writes it: one to four words, a comma only as "Surname, First", no
    digit; each word (but a particle) a listed name or a rare word that is no town, one of them a listed
    name ("Anna Meier / Marketing / Zürich", "Hans Keller / Swisscom" list no one else; review of
    session 17)."""
    if any(c.isdigit() for c in value) or value.count(",") > 1:
        return False
    if "," in value and not value.split(",", 1)[1].startswith(" "):
        return False
    words = value.replace(",", " ").split()
    if not 1 <= len(words) <= 4:
        return False
    listed = False
    for word in words:
        if word.lower() in _PARTICLES and word != words[-1]:
            continue
        bare = word.replace("-", "").replace("'", "").replace("’", "").replace(".", "")
        if not bare.isalpha() or not word[:1].isupper():
            return False
        cap = word if not word.isupper() else "-".join(p.capitalize() for p in word.split("-"))
        if lexicon.is_known_name(cap) or all(lexicon.is_known_name(p) for p in cap.split("-") if p):
            listed = True
        elif not rare_word(cap) or lexicon.is_place_only(cap):
            return False
    return listed


# Two first names in one cell of a rota, joined by "&", ",", "and" (or a slash, neither found first): "| YONAS &
# EVA-MARIA |", "<td>Gilles & Jean-Marc</td>", "\tWOLFGANG, GÜL\t", "| Ama and Emeka Diallo |" (holdout39, read in
# session 35: one of the two found, the other left in clear)
_CELL_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_'’]{1,24}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_'’]{1,24}+)?"
_CELL_PAIR = scan.compile(
    r"(?:(?<=[|\t>])|(?<=[ ]{2})|(?<=[|\t>][ ])|^)"
    rf"(?P<a>{_CELL_WORD}(?:[ ]{_CELL_WORD})?)"
    r"(?P<join>[ ]?/[ ]?|[ ]&[ ]|,[ ]|[ ](?:and|und|et|e|AND|UND|ET)[ ])"
    rf"(?P<b>{_CELL_WORD}(?:[ ]{_CELL_WORD})?)"
    r"(?=[ ]{0,24}+(?:[|\t<]|\r?\n|\Z)|[ ]{2})",
    re.MULTILINE,
)
_PAIR_GATE = Gate(("|", "\t", "<td", "<TD"))


def names_in_cell_pairs(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the other of two names that fill a table's cell together where one is found (or its
    words are a found name's), the other a listed first name or a word no language uses often, no town, no stop
    word: "Paris / London" (neither a person found), "Müller & Söhne" (an ordinary word) name no one else."""
    persons = [e for e in found if e.type == EntityType.PERSON]
    if not persons or not _PAIR_GATE.opens(text):
        return []
    known = {e.text.casefold() for e in persons if " " not in e.text}
    spans = sorted((e.start, e.end) for e in persons)
    out: list[Entity] = []
    for _ in range(2):  # (a name found in one cell counts in the cells before it on the second pass)
        for m in scan.finditer(_CELL_PAIR, text):
            if m.group("join") == ", " and (m.start() == 0 or text[m.start() - 1] == "\n"):
                continue  # (a line of prose or a signature's role and firm: "Stationssekretariat, Landesklinikum …")
            sides = (m.span("a"), m.span("b"))
            # each side found whole, in part ("YONA" of "YONAS") or not at all
            state = [2 if _covered(spans, *side) or text[side[0]:side[1]].casefold() in known
                     else 1 if _touched(spans, *side) else 0 for side in sides]
            if not any(state) or state == [2, 2] or m.group("join") == " & " and any(
                    " " in text[start:end] for start, end in sides):
                continue  # (names of two words joined by "&" are a firm's: "Maple & Finch Realty")
            for k, (start, end) in enumerate(sides):
                # (the other found whole: "Maple & Finch Realty" of a firm's footer, "Finch" found, names no one)
                if state[k] < 2 and state[1 - k] == 2 and _pair_name(
                        text[start:end], lexicon, listed=m.group("join").strip() not in ("/", "&", ",")) or (
                        state[k] == 2 and not _covered(spans, start, end)):  # (a name found in another cell)
                    out.append(Entity(start, end, EntityType.PERSON, text[start:end], "slash-list"))
                    bisect.insort(spans, (start, end))  # (a sort of all of them per name was quadratic)
                    if " " not in text[start:end]:
                        known.add(text[start:end].casefold())
    return out


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether found names cover all of ``start``..``end`` (a part covered is no name found: "YONA" of "YONAS",
    "Chen" of "Fang Chen")."""
    k = bisect.bisect_left(spans, (start, start))
    pos = start
    for s, e in spans[max(0, k - 4):k + 4]:
        if s <= pos < e:
            pos = e
    return pos >= end


def _touched(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a found name covers some of ``start``..``end``."""
    k = bisect.bisect_left(spans, (start, start))
    return any(s < end and start < e for s, e in spans[max(0, k - 4):k + 4])


def _pair_name(value: str, lexicon: NameLexicon, *, listed: bool) -> bool:
    """One or two words: the first a listed first name (capitals folded) or -- unless ``listed`` (after "und",
    "and", "et": "Bauzaun und Materiallager") -- a word no language uses often that is no German noun or compound;
    no ordinary word, no town; the second, if any, a listed name or a rare word ("Emeka Diallo", "Fang Chen")."""
    words = value.split(" ")
    folded = ["-".join(p.capitalize() for p in w.split("-")) if w.isupper() else w for w in words]
    first = folded[0]
    if first in STOP or first.lower() in lexicon.common_words or lexicon.is_place_only(first):
        return False
    if not (lexicon.is_first_name(first) or all(lexicon.is_first_name(p) for p in first.split("-"))) and (
            listed or german_word(first) or compound_tail(first.lower(), lexicon, shortest=5)
            or not all(lexicon.is_first_name(p) or rare_word(p) for p in first.split("-"))):
        return False
    return all(w not in STOP and w.lower() not in lexicon.common_words and (lexicon.is_known_name(w) or rare_word(w))
               for w in folded[1:])
