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
# A list is read from each ", " between two lower-case letters: the item before it, back to its start,
# and the items after it (a scan of the whole text for lists cost ~650 us on the ~2,000-token prompt).
_INNER = "-'’"  # inside a word of a name
# What starts a clause after a comma, no list of names: prose has these after most of its commas.
_FUNCTION_WORDS = frozenset(
    "die der das den dem des dass und oder wie wenn weil aber sowie sondern ob als auch so er sie es wir ihr ich"
    " du man wo was wer damit bis da la le les un une de du et ou que qui mais donc car il elle ils elles on nous"
    " vous je tu lo gli che ma se come dove quando perché the a an and or but that which who if when as so it he"
    " she we they you i this these those where while because".split())
_ITEMS_AFTER = scan.compile(rf"{_ITEM}(?:,[ ]{_ITEM}){{0,6}}(?![\w\-'’])")  # (a longer list: in pieces)
_MIN_NAMES = 2


def names_in_lower_case_lists(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the other items of lower-case lists of names (see the module's docstring)."""
    if ", " not in text:
        return []
    candidates = [(s, e) for s, e in _lists(text) if text[s:e].islower() and not _in_code(text, s, e)]
    if not candidates:
        return []
    entities = list(found)
    # (a name found inside a list of lower-case words is in lower case too: the others cannot overlap one)
    lower_names = [e for e in entities if e.type == EntityType.PERSON and e.text[:1].islower()]
    persons = sorted((e.start, e.end) for e in lower_names)
    # the words of the lower-case names found anywhere in the text: "dirnberger" of "naomi dirnberger" is
    # a name in another list of it too ("hedwig, dirnberger, kovačević")
    name_words = _words(lower_names, lexicon)
    out: list[Entity] = []
    # two rounds: the names one list gives make another list's items names
    for _ in range(2):
        before = len(out)
        candidates = [c for c in candidates if not _list_of_names(text, c, lexicon, persons, name_words, out)]
        if len(out) == before or not candidates:
            break
        name_words |= _words(out[before:], lexicon)
        persons = sorted(persons + [(e.start, e.end) for e in out[before:]])
    if not out:
        return out
    others = sorted((e.start, e.end) for e in entities if e.type != EntityType.PERSON)
    return [e for e in out if not overlaps_any(others, e.start, e.end)]


def _words(names: Iterable[Entity], lexicon: NameLexicon) -> set[str]:
    return {w for e in names for w in e.text.split() if len(w) >= 3 and w not in lexicon.common_words}


def _list_of_names(text: str, span: tuple[int, int], lexicon: NameLexicon, persons: list[tuple[int, int]],
                   name_words: set[str], out: list[Entity]) -> bool:
    """Whether the list at ``span`` is one of names; its other items are then added to ``out``."""
    start, end = span
    items: list[tuple[int, int]] = []
    pos = start
    for item in text[start:end].split(", "):
        items.append((pos, pos + len(item)))
        pos += len(item) + 2
    found_or_first = [overlaps_any(persons, s, e) or _first_name_item(text[s:e], lexicon)
                      or all(w in name_words for w in text[s:e].split(" ")) for s, e in items]
    named = [is_name or _first_name_item(text[s:e], lexicon, places=True)
             for (s, e), is_name in zip(items, found_or_first, strict=True)]
    # a first name that is a word as well ("mark", "rose", "amber") counts beside as many that are not:
    # "duchesne, mark, laurent" is a crew, "amber, ruby, jade, hazel, olive, ivory" are colours
    ambiguous = [not is_name and _first_name_item(text[s:e], lexicon, places=True, ambiguous=True)
                 for (s, e), is_name in zip(items, named, strict=True)]
    if 0 < sum(ambiguous) <= sum(found_or_first):
        named = [a or b for a, b in zip(named, ambiguous, strict=True)]
    if sum(named) < max(_MIN_NAMES, (len(items) + 1) // 2) or not any(found_or_first):
        return False  # (a first name that is a town's too counts, beside one that is not: "sydney, victoria")
    for (s, e), is_name in zip(items, named, strict=True):
        if not overlaps_any(persons, s, e) and (is_name or _name_item(text[s:e], lexicon)):
            out.append(Entity(s, e, EntityType.PERSON, text[s:e], "lists"))
    return True


def _lists(text: str) -> list[tuple[int, int]]:
    """The spans of the text's comma lists of one- or two-word items, two items at least."""
    spans: list[tuple[int, int]] = []
    done = 0
    comma = text.find(", ")
    while comma > 0:
        if comma >= done and text[comma - 1].islower() and text[comma + 2:comma + 3].islower() and (
                _next_word(text, comma + 2) not in _FUNCTION_WORDS):
            first = _item_start(text, comma)
            after = scan.match(_ITEMS_AFTER, text, comma + 2) if first is not None else None
            if first is not None and after is not None:
                spans.append((first, after.end()))
                done = after.end()
        comma = text.find(", ", comma + 2)
    return spans


def _next_word(text: str, start: int) -> str:
    space = text.find(" ", start, start + 24)
    return text[start:space if space > 0 else start + 24]


def _item_start(text: str, end: int) -> int | None:
    """Where the one- or two-word item ending at ``end`` starts, or None (read back in Python: a search
    for it tried each of the positions before)."""
    last = _word_start(text, end)
    if last is None:
        return None
    if last >= 2 and text[last - 1] == " ":
        first = _word_start(text, last - 1)
        if first is not None and _starts_word(text, first):
            return first
    return last if _starts_word(text, last) else None


def _word_start(text: str, end: int) -> int | None:
    """Where the word of letters (hyphens and apostrophes inside) ending at ``end`` starts."""
    seg = text[max(0, end - 46):end]
    words = seg.rsplit(None, 1)
    word = words[-1] if words and not seg[-1:].isspace() else ""
    if len(word) < 2 or not word[0].isalpha() or not word.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return None
    return end - len(word)


def _starts_word(text: str, pos: int) -> bool:
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in _INNER or text[pos - 1] == "_")


def _in_code(text: str, start: int, end: int) -> bool:
    """A list of code's names: arguments, a tuple assigned, an array ("(min, max)", "min, max = …",
    "[var, min, max, steps]", "f(alpha, len(alpha))")."""
    after = text[end:end + 3].lstrip(" ")
    return text[start - 1:start] in ("(", "[", "{") or after[:1] in ("(", ")", "]", "}", "=")


def _first_name_item(item: str, lex: NameLexicon, places: bool = False, ambiguous: bool = False) -> bool:
    """A listed first name that is no ordinary word and (unless ``places``) no town's name, alone or
    before one more word ("birte wüthrich"); alone, one the lists know as a word too only if ``ambiguous``."""
    words = item.split(" ")
    first = words[0].capitalize()
    # (alone, no first name that is a word as well: "amber, ruby, jade, hazel" are colours, "rose, lily,
    # daisy, violet" flowers -- words the German, French and Italian lists of ordinary words lack)
    return len(words) <= 2 and lex.is_first_name(first) and words[0] not in lex.common_words \
        and first not in STOP and (places or first not in lex.places) and (
            _name_word(words[1], lex) if len(words) == 2 else ambiguous or first not in lex.ambiguous)


def _name_item(item: str, lex: NameLexicon) -> bool:
    words = item.split(" ")
    return len(words) <= 2 and all(_name_word(w, lex) for w in words)


def _name_word(word: str, lex: NameLexicon) -> bool:
    """No ordinary word, or one the lists know as a name too ("king"); no stop word."""
    cap = "-".join(p.capitalize() for p in word.split("-"))
    if cap in STOP or lex.is_place_only(cap) or word in ("am", "pm"):  # (a time's: "at 12:20 pm, dinu, rosalie")
        return False
    return word not in lex.common_words or lex.is_known_name(cap) and cap not in lex.ambiguous
