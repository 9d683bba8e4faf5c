"""The person a row begins with, before the address it gives: visit rounds, delivery and patient lists.

"10:15  HAMDAN, Rami  |  Brunngasse 122  |  5000 Aarau", "12:15  Stadelmann Margreth, Mühlebachstrasse 81,
8840 Einsiedeln", "13:45  NASER, Rami, Flat 4A, 10 Church Road" (a podiatrist's home visits; holdout25, read
in session 22): the address was masked, the name before it -- a surname in capitals, an ordinary word
("Zampa", "Rami", "Heide"), a surname written first without a comma -- often not.

A line that begins (after a time, a number or a bullet) with one to four capitalised words -- a surname
first with its comma, or after a round's time with a listed first name, particles allowed -- then a
cell's separator or a comma, then an address the other detectors found: those words are a PERSON, unless
none of them is anything but an ordinary word of ours that no list knows as a name ("Lieferung,
Bahnhofstrasse 12") or one is a company's legal form, a stop word or the whole a form's key.

Linear: from each address found, its line's start is read back, 120 characters at most.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable

from .detectors import scan
from .detectors.field_keys import ALL_KEYS, normalise_key
from .detectors.person_cues import COMPANY_SUFFIXES, STOP
from .entities import Entity, EntityType
from .learned.features import rare_word
from .names import NameLexicon, compound_tail

_START = operator.attrgetter("start")  # (a C call per entity)
_REACH = 120
_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+)?"
_PARTICLE = r"(?:von|van|vom|de|di|da|du|del|della|le|la|ten|ter|zu|zur|dos|das)"
_TIME = r"\d{1,2}[:.]\d\d(?:[ ]?[\-–][ ]?\d{1,2}[:.]\d\d)?"  # "10:15", "09:00-09:45"
_ROW_START = scan.compile(
    rf"(?:^|(?<=\n))[ \t>]{{0,8}}+(?:(?P<time>{_TIME}[ \t]{{1,8}}+)|\d{{1,3}}+[.)]?[ \t]{{1,8}}+|[-*•][ \t]{{1,4}}+)?"
    rf"(?P<name>(?:{_PARTICLE}[ ]){{0,2}}{_WORD}(?:,?[ ](?:{_PARTICLE}[ ]){{0,2}}{_WORD}){{0,3}}+)"
    r"(?:[ ]{0,8}+[|;\t][ \t]{0,8}+|[ ]{2,8}+|,[ ])\Z"
)


# A label's colon, then a name and its comma right before the address: "neue adresse laut tochter: tsega mehreteab,
# industriestrasse 96", "new address per the daughter: alfie shaw wilson, flat 6, 50 castle street" (holdout39,
# read in session 35): two to four words, in any case
_NAME_WORD = r"[^\W\d_][^\W\d_'’]{1,29}+(?:-[^\W\d_][^\W\d_'’]{1,29}+)?"
_LABELLED = scan.compile(
    rf":[ \t]{{1,8}}+(?P<name>{_NAME_WORD}(?:[ ](?:{_PARTICLE}[ ]){{0,2}}{_NAME_WORD}){{1,3}}+),[ ]\Z"
)
_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))


def names_before_addresses(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the names a row begins with before its address (see the module docstring)."""
    out: list[Entity] = []
    read = -1  # the start of the last line read (a line with two addresses is read once: its first)
    for address in sorted((e for e in found if e.type == EntityType.ADDRESS), key=_START):
        line_start = text.rfind("\n", max(0, address.start - _REACH), address.start) + 1
        if line_start == read or line_start == 0 and address.start > _REACH:
            continue
        read = line_start
        m = scan.search(_ROW_START, text, line_start, address.start)
        if m is not None and _someone(m.group("name"), m.group("time") is not None, lexicon):
            out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "row"))
            continue
        m = scan.search(_LABELLED, text, line_start, address.start)
        if m is not None and _given_name_first(m.group("name"), lexicon):
            out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "row"))
    return out


def _given_name_first(name: str, lexicon: NameLexicon) -> bool:
    """A name after a label's colon, before its address: a listed first name that is no ordinary word, then
    words that are particles, listed names or no ordinary word of ours ("alfie shaw wilson", "Chase Field"; not
    "Hotel Rose", "Villa Maria", "Maria Hilf Apotheke")."""
    words = [w.capitalize() if w.islower() else w for w in name.split(" ")]
    first = words[0].split("-")[0]
    if not lexicon.is_first_name(first) or first in lexicon.ambiguous or first.lower() in lexicon.common_words:
        return False
    common = lexicon.common_words
    # (no firm's form, no word a language uses often: "Jackson LLC", "sala consiliare" -- measured on the read sets)
    return all(w.lower() in _PARTICLES or w.rstrip(".") not in COMPANY_SUFFIXES and (lexicon.is_known_name(w) or (
        w.lower() not in common and rare_word(w, 4) and not compound_tail(w.lower(), lexicon, shortest=5)))
        for w in words[1:])


def _someone(name: str, timed: bool, lexicon: NameLexicon) -> bool:
    """A person's name by its shape: written surname first with its comma, the surname in capitals or a
    first name after it (a listed one, or no ordinary word: "HAMDAN, Rami", "Sivarajah, Abirami"), or, in
    a round's row after its time, with a listed first name ("12:15  Stadelmann Margreth"); no stop word,
    legal form or key, and one word no ordinary word of ours, or a listed name.  (A venue's, a shelter's
    or a firm's name heads its address as often: "Landgasthof zur Linde, Rosenstraße 120", "Tierheim
    Arche, Am Anger 33", "Migros, Filiale Oerlikon, …" -- none of these shapes.)"""
    words = [w for w in name.replace(",", " ").split(" ") if w[:1].isupper()]
    if any(w in STOP or w.rstrip(".") in COMPANY_SUFFIXES for w in words) \
            or normalise_key(name) in ALL_KEYS or name.count(",") > 1:
        return False
    if ", " in name:
        # after the comma a first name: a listed one, or words that are no ordinary word or compound of ours
        # -- a shop's branch, an agenda's venue, a town's station are written so too ("Migros, Filiale
        # Oerlikon", "Apéro, Kunsthaus", "Zürich, Hauptbahnhof"; review of session 22)
        surname, given = name.split(", ")
        first = given.split(" ")
        capitals = surname.split(" ")[-1].isupper() and len(surname.split(" ")[-1]) > 1  # "HAMDAN, Rami"
        if not capitals and not all(lexicon.is_first_name(w) or w.lower() not in lexicon.common_words
                                    and not compound_tail(w.lower(), lexicon, shortest=5) for w in first):
            return False
    elif not (timed and any(lexicon.is_first_name(w) for w in words)):
        return False
    common = lexicon.common_words
    return any(w.lower() not in common or lexicon.is_known_name(w.capitalize() if w.isupper() else w) for w in words)
