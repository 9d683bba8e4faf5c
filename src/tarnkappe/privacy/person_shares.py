"""Names in a split of shares: "Aufteilung: Agathe 34%, Wildeggstätter 33%, Šinkovec 33%", "splits for
nachtfalter: sylvia 25, andrii 25, jennifer 25, şiyar 25".

Songwriters' split sheets, an estate's heirs, a flat's owners: who gets how much, each a name and a number,
the numbers adding up to a hundred.  The names are first names, surnames or both, typed as the writer
types, in lower case in a chat -- and surnames that are words ("Stark", "Brot"): the rules, which want a
listed name or a capital, let half of holdout26's split lines through (session 23).  Here a line with a
split's word ("split", "Aufteilung", "Verteilung", "Répartition", "ripartizione", "shares", "Anteile")
whose list of two items or more -- a word or two and a number, a per cent sign or none, joined by commas
or "and" -- adds up to 100 (99 to 101: "34, 33, 33"), names a person by each item that is no ordinary word
of the lists, or that the lists know as a name too ("Stark") -- when half of its items at least are first names
the lists know; "Miete 50%, Nebenkosten 50%", "Dinkel 70%, Roggen 30%", "Mama 50%, Papa 50%" name no one.

Linear: a text without a split's word is not read; each line with one is matched once.
"""

from __future__ import annotations

import re

from .detectors import scan
from .detectors.person_cues import STOP
from .entities import Entity, EntityType
from .gates import Gate
from .names import NameLexicon

_SHARE_GATE = Gate(("plit", "ufteilung", "erteilung", "épartition", "ipartizione", "hares", "nteile"))
_CUE = scan.compile(r"(?i:splits?|aufteilung|verteilung|répartition|ripartizione|shares|anteile)\b")
_NAME = r"[^\W\d_][^\W\d_'’\-]{1,30}+(?:[ ][^\W\d_][^\W\d_'’\-]{1,30}+)?"
_NUMBER = r"\d{1,3}(?:[.,]\d{1,2})?+[ ]?%?"
_LIST = scan.compile(
    rf"(?<![\w\-])(?P<items>{_NAME}[ ]{_NUMBER}(?:(?:,[ ]|[ ](?:und|and|et|e|y)[ ]|,[ ](?:und|and|et|e)[ ])"
    rf"{_NAME}[ ]{_NUMBER}){{1,11}}+)(?![\w%])"
)
_ITEM = scan.compile(rf"(?P<name>{_NAME})[ ](?P<number>\d{{1,3}}(?:[.,]\d{{1,2}})?+)")
_JOINERS = frozenset("und and et e y".split())


def names_in_shares(text: str, lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the people of each split of shares (see the module's docstring)."""
    if not _SHARE_GATE.opens(text):
        return []
    out: list[Entity] = []
    read_to = -1  # (a line is read after its first split's word only: "Aufteilung: " a thousand times is one read)
    for cue in scan.finditer(_CUE, text):
        if cue.start() < read_to:
            continue
        line_end = text.find("\n", cue.end())
        read_to = line_end = len(text) if line_end < 0 else line_end
        shares = scan.search(_LIST, text, cue.end(), line_end)
        if shares is not None:
            out += _people(text, shares, lexicon)
    return out


def _people(text: str, shares: re.Match[str], lexicon: NameLexicon) -> list[Entity]:
    items = list(scan.finditer(_ITEM, text, shares.start("items"), shares.end("items")))
    total = sum(float(m.group("number").replace(",", ".")) for m in items)
    if len(items) < 2 or not 99 <= total <= 101:
        return []
    known = sum(any(lexicon.is_first_name(w[:1].upper() + w[1:]) for w in m.group("name").split(" ")) for m in items)
    if 2 * known < len(items):
        return []  # "Miete 50%, Nebenkosten 50%", "Dinkel 70%, Roggen 30%": a split of costs, of flours
    out = []
    for m in items:
        start, end = m.span("name")
        words = text[start:end].split(" ")
        if words[0].lower() in _JOINERS:  # "… 25 und Ruth 25": the joiner is the item's first word
            start += len(words[0]) + 1
            words = words[1:]
        if words and all(_a_name(w, lexicon) for w in words):
            out.append(Entity(start, end, EntityType.PERSON, text[start:end], "shares"))
    return out


# a family's words, no names: "Mama 50%, Papa 50%" splits a cost between parents
_KIN = frozenset("mama mami mutter papa papi vater maman papa mamma papà babbo mum mom dad oma opa nonna nonno".split())


def _a_name(word: str, lexicon: NameLexicon) -> bool:
    titled = word[:1].upper() + word[1:]
    if titled in STOP or word.lower() in _KIN:
        return False
    return word.lower() not in lexicon.common_words or lexicon.is_known_name(titled)
