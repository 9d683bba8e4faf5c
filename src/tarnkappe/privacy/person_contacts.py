"""Names in lower case before a phone number, after an emergency contact's or a driver's cue:
"singh – notfall: hussein singh 077/872 48 22", "furrer – urgence : sandrine bourquard-schenk +41 …",
"fahrer sofia oikonomou +41 (0)79 465 27 46".

Notes typed in lower case name people as the rules cannot see them: no capital, often no listed first
name (issue 13: holdout17's tour leaders' notes left every emergency contact in clear).  The cue and the
number together make the words between them a person's name: one to three words, none an ordinary
word of ours the lists do not know as a name ("notfall: arzt 144" names no one).  The person the
contact is for stands at the line's start, before " – " and the cue, and is a name the same way.

Linear: read from each phone number found, back along its line, at most ``_REACH`` characters.
"""

from __future__ import annotations

from collections.abc import Iterable

from .detectors import scan
from .detectors.person_cues import ROLE_WORDS, STOP
from .entities import Entity, EntityType
from .learned.features import rare_word
from .names import NameLexicon, compound_tail
from .person_kin import KIN

_REACH = 120
_WORD = r"[^\W\d_]{2,24}+(?:-[^\W\d_]{2,24}+)?"
_WORDS = rf"{_WORD}(?:[ ]{_WORD}){{0,2}}+"
_CUE = (r"(?:notfall|notfallkontakt|notruf|urgence|contact[ ]d'urgence|emergenza|emergency|emergency[ ]contact"
        r"|ice|fahrer|fahrerin|driver|chauffeur|chauffeuse|autista)")
_BEFORE_PHONE = scan.compile(
    rf"(?:^(?P<who>{_WORDS})[ ]{{1,2}}[–\-][ ]{{1,2}})?(?<![^\W\d_]){_CUE}[ ]?:?[ ]{{1,2}}"
    rf"(?P<name>{_WORDS})[ ]{{1,2}}\Z"
)


def lower_case_contacts(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for lower-case names before a phone after a cue (see the module's docstring)."""
    out: list[Entity] = []
    for phone in found:
        if phone.type != EntityType.PHONE:
            continue
        line_start = text.rfind("\n", max(0, phone.start - _REACH), phone.start) + 1
        lo = max(line_start, phone.start - _REACH)
        m = scan.search(_BEFORE_PHONE, text[lo:phone.start])
        if m is None:
            continue
        contact = m.group("name")
        for group in ("who", "name") if lo == line_start else ("name",):  # (a line's start only if read)
            value = m.group(group)
            # the person's surname that the contact shares counts as listed ("zürcher – notfall: ilse zürcher")
            family = group == "who" and value is not None and set(value.split()) <= set(contact.split()) \
                and _names_someone(contact, lexicon)
            if value is not None and value.islower() and (family or _names_someone(value, lexicon)):
                start = lo + m.start(group)
                out.append(Entity(start, start + len(value), EntityType.PERSON, value, "lower-contact"))
    return out


def _listed(word: str, lexicon: NameLexicon) -> bool:
    """A listed first name, or a listed surname that is no ordinary word ("service", "wolf")."""
    cap = word.capitalize()
    return lexicon.is_first_name(cap) or (lexicon.is_known_name(cap) and rare_word(cap))


def _names_someone(value: str, lexicon: NameLexicon) -> bool:
    """No ordinary word, family word or role, and one word a listed name ("kinderspital", "helpdesk",
    "service" are no one's; review of session 17)."""
    if not any(_listed(part, lexicon) for w in value.split() for part in w.split("-")):
        return False
    for word in value.split():
        if word in STOP or word in KIN or word in ROLE_WORDS:
            return False  # ("notfall: mama 079 …", "fahrer: taxi …")
        cap = "-".join(part.capitalize() for part in word.split("-"))
        if (word in lexicon.common_words or compound_tail(word, lexicon)) and not lexicon.is_known_name(cap):
            return False  # ("hausarzt": a compound of an ordinary word)
    return True
