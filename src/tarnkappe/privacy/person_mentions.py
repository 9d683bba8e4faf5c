"""A name found once is a name where the text writes it again: in lower case, and as found.

A contact form's mail header says "Reply-To: Karen Hansen <…>" and its body "Von: karen hansen";
a failing test prints the name it expected ("Friedrich SCHREMPF") and the one it got ("friedrich
schrempf").  The rules read capitals, so the lower-case mention stayed in clear next to a masked
one.  Every found name of two words or more is looked for again in lower case, and so is each of
its words that is rare in all four languages (Zipf < 4: "schrempf"; not "karen", "devis" or
"kingston" alone; no name of one word: "Anthropic" taken for a name once must not make every
"anthropic" of a README one), as whole words (not glued to
a host's dot or hyphen, an identifier's underscore) -- not a name only the learned model took (a
guess is not spread).

Work bound (issue 12): one ``str.find`` scan of the text per distinct name or word, for at most
:data:`MAX_NAMES` of them.
"""

from __future__ import annotations

from collections.abc import Iterable

from .detectors.person_cues import STOP
from .entities import Entity, EntityType
from .learned.features import rare_word
from .names import NameLexicon
from .person_dates import overlaps_any

MAX_NAMES = 48
_STRUCTURED = frozenset({"fields", "records", "label", "signature", "lists"})
# A word glued to these is part of a host, an address, a path or an identifier ("smtp.hart-plumbing.com",
# "{madison_hopk"), not a mention
_GLUE = frozenset("-._@/\\{}<>=+#~")


def lower_case_mentions(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the lower-case mentions of the names in ``found`` that no entity overlaps."""
    entities = list(found)
    wanted: dict[str, None] = {}
    common = lexicon.common_words
    for e in entities:
        if e.type != EntityType.PERSON or e.text.islower() or "\n" in e.text or len(wanted) >= MAX_NAMES:
            continue  # (a name over a line break is a rule's guess at a list or a heading)
        name = " ".join(e.text.replace(",", " ").split())
        if e.detector.startswith("names-crf"):
            continue  # what only the learned model took is a guess, not to be spread
        words = [w for w in name.split(" ") if len(w) >= 3 and w.lower() not in common and w.isalpha()
                 and not lexicon.is_place_only(w.capitalize())]
        if " " in name and len(words) == name.count(" ") + 1:
            wanted.setdefault(name.lower())
        # (its words alone only from a form, a record or a label: a rule's two-word guess in a list
        # of job titles made every "tehničar" of it a name -- review of session 13; a one-word name
        # is not spread at all: "Anthropic")
        for word in words if " " in name and e.detector in _STRUCTURED else ():
            if rare_word(word):  # a rare word alone: "schrempf", not "karen", "devis"
                wanted.setdefault(word.lower())
    if not wanted:
        return []
    taken = sorted((e.start, e.end) for e in entities)
    out: list[Entity] = []
    for needle in list(wanted)[:MAX_NAMES]:
        pos = text.find(needle)
        while pos >= 0:
            end = pos + len(needle)
            if (pos == 0 or text[pos - 1] not in _GLUE and not text[pos - 1].isalnum()) and (
                    end == len(text) or text[end] not in _GLUE and not text[end].isalnum()) \
                    and not overlaps_any(taken, pos, end):
                out.append(Entity(pos, end, EntityType.PERSON, needle, "mentions"))  # (overlaps: resolve.py)
            pos = text.find(needle, end)
    return out



def repeated_names(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the other mentions, written as found, of the names of two words or more
    in ``found`` and of their words that are no ordinary word: a name a cue, a form or a signature
    gave is a name where the text writes it again without them ("Q. Xu" in a roster's every cell,
    "Preda" after "sono Georgia Preda").  Not a name of one word: one wrong guess ("Treasurer",
    "Trento", a pet's name) would spread to every mention (read sets: twice the over-masking for a
    fifth more names).  The learned model's names count: its spans of two words are seldom wrong.

    Work bound (issue 12): names of at most :data:`_LONGEST` characters; one ``str.find`` scan of
    the text per distinct name or word, for at most :data:`MAX_NAMES` of them, each mention
    checked against the entities in O(1) (a pointer walks their union in the text's order)."""
    entities = list(found)
    names: dict[str, None] = {}
    words: dict[str, None] = {}
    common = lexicon.common_words
    for e in entities:
        name = e.text
        if e.type != EntityType.PERSON or " " not in name or len(name) > _LONGEST or "\n" in name:
            continue  # (a name over a line break is a rule's guess at a list or a heading)
        names.setdefault(name)
        for word in name.replace(",", " ").split():
            if len(word) >= 3 and word[0].isupper() and word.replace("-", "").replace("'", "").isalpha() \
                    and word.lower() not in common and word not in STOP and not lexicon.is_place_only(word) \
                    and not (len(word) <= 4 and word.isupper()):  # (a carrier's "DHL" of "DHL Express")
                words.setdefault(word)
        if len(names) >= MAX_NAMES:
            break
    # the full names first: a word's mention inside a full name's is then found taken
    wanted = [*names, *(w for w in words if w not in names)][:MAX_NAMES]
    if not wanted:
        return []
    taken = _union(sorted((e.start, e.end) for e in entities))
    n_taken = len(taken)
    taken_set = set(taken)
    out: list[Entity] = []
    for needle in wanted:
        if out and (out[-1].start, out[-1].end) not in taken_set:
            taken = _union(sorted([*taken, *((e.start, e.end) for e in out)]))
            taken_set = set(taken)
            n_taken = len(taken)
        k = 0
        pos = text.find(needle)
        while pos >= 0:
            end = pos + len(needle)
            while k < n_taken and taken[k][1] <= pos:
                k += 1
            if k < n_taken and taken[k][0] < end:  # inside (or across) an entity: look on after it
                pos = text.find(needle, max(end, taken[k][1]))
                continue
            if (pos == 0 or text[pos - 1] not in _GLUE and not text[pos - 1].isalnum()) and (
                    end == len(text) or text[end] not in _GLUE and not text[end].isalnum()):
                out.append(Entity(pos, end, EntityType.PERSON, needle, "mentions"))
            pos = text.find(needle, end)
    return out


# Longest name spread to its other mentions (a longer "name" is a run the rules merged).
_LONGEST = 80


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans merged where they overlap: disjoint, in order."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out
