"""Who did it: the name after "gemeldet von", "reported by", "signalé par", "segnalato da".

Damage reports, logbooks and tickets name who reported, entered or noted something: "Schaden: Skull
gebrochen, gemeldet von Dilshad.", "Danno: remo rotto, segnalato da Hudavent Çorlu." (holdout25,
read in session 22).  Alone such a name is a word no list knows; the participle and its preposition
say it is someone's.

A participle of reporting, recording or noting, its preposition, then one to three capitalised words
(a particle may lead: "von der Mühll") that end the clause or go on in lower case ("gemeldet von
Dilshad heute morgen"): a PERSON if a list knows one of them as a
name, or if they are two or three words none of which is an ordinary word -- not a company (a legal
form, an organisation's word, a brand's inner capital), not one word no list knows (a service, a
platform: "gemeldet von Swisscom", "booked by Airbnb"), not an ordinary word ("erfasst von Hand").

Linear: each preposition found with ``str.find``, a bounded look before and after it.
"""

from __future__ import annotations

from .detectors import scan
from .detectors.person_cues import COMPANY_SUFFIXES, STOP
from .entities import Entity, EntityType
from .names import NameLexicon, compound_tail

_PARTICIPLE_BEFORE = scan.compile(
    r"(?<![^\W\d_])(?:gemeldet|erfasst|eingetragen|notiert|gebucht|unterschrieben|abgezeichnet|geprüft|geändert"
    r"|reported|logged|submitted|entered|noted|recorded|signed|checked|booked"
    r"|signalé|signalée|déclaré|déclarée|noté|notée|saisi|saisie|enregistré|enregistrée|signé|signée"
    r"|segnalato|segnalata|registrato|registrata|annotato|annotata|firmato|firmata|inserito|inserita)\Z"
)
_NAME_AFTER = scan.compile(
    r"(?P<name>(?:(?:von|van|de|di|da|du|del|della|ten|ter)[ ]){0,2}"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+)?"
    r"(?:[ ][A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+)?){0,2})"
    r"(?=[ ]?[.,;:!?()]|[ ][a-zà-ÿ]|[ ]?\r?\n|\Z)"
)
# The prepositions, found with str.find (a scan led by the participles tried every letter of a text)
_PREPOSITIONS = (" von ", " by ", " par ", " da ")
_LONGEST_PARTICIPLE = 16
_ORGANISATION_WORDS = frozenset("Team Support Service Kundendienst Hotline System Admin Administrator Bot".split())


def names_of_agents(text: str, lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the names after a participle of reporting or recording (module docstring)."""
    out: list[Entity] = []
    for preposition in _PREPOSITIONS:
        pos = text.find(preposition)
        while pos >= 0:
            after = pos + len(preposition)
            if scan.search(_PARTICIPLE_BEFORE, text, max(0, pos - _LONGEST_PARTICIPLE), pos) is not None \
                    and (m := scan.match(_NAME_AFTER, text, after)) is not None and _someone(m.group("name"), lexicon):
                out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "agent"))
            pos = text.find(preposition, after - 1)
    return out


def _someone(name: str, lexicon: NameLexicon) -> bool:
    """No company, no service, no ordinary word of ours that no list knows as a name; a name a list knows,
    or two words or more none of which is an ordinary word or a compound of one -- a service, a platform
    or a board reports, signs and books too, under one word no list knows ("gemeldet von Swisscom",
    "signed by DocuSign", "booked by Airbnb", "gemeldet von Geschäftsleitung"; review of session 22)."""
    words = [w for w in name.split(" ") if w[:1].isupper()]
    if any(w in STOP or w in COMPANY_SUFFIXES or w in _ORGANISATION_WORDS for w in words):
        return False
    if any(any(c.isupper() for c in w[1:]) and not w.isupper() for w in words):
        return False  # a brand's inner capital: "PagerDuty", "DocuSign"
    common = lexicon.common_words
    if any(w.lower() in common and not lexicon.is_first_name(w) for w in words):
        return False  # (a surname that is a word is a word here: "erfasst von Hand")
    if any(lexicon.is_known_name(w) for w in words):
        return True
    return len(words) >= 2 and not any(compound_tail(w.lower(), lexicon, shortest=5) for w in words)
