"""Who did it: the name after "gemeldet von", "reported by", "signalé par", "segnalato da".

Damage reports, logbooks and tickets name who reported, entered or noted something: "Schaden: Skull
gebrochen, gemeldet von Dilshad.", "Danno: remo rotto, segnalato da Hudavent Çorlu." (holdout25,
read in session 22).  Alone such a name is a word no list knows; the participle and its preposition
say it is someone's.

A participle of reporting, recording or noting, its preposition, then one to three capitalised words
(a particle may lead: "von der Mühll") that end the clause: a PERSON -- not a company (a legal form
or an organisation's word among them: "gemeldet von Swisscom AG"), not an ordinary word of ours
that no list knows as a name ("erfasst von Hand", "reported by Email").

Linear: each preposition found with ``str.find``, a bounded look before and after it.
"""

from __future__ import annotations

from collections.abc import Iterable

from .detectors import scan
from .detectors.person_cues import COMPANY_SUFFIXES, STOP
from .entities import Entity, EntityType
from .learned.features import rare_word
from .names import NameLexicon

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
    r"(?=[ ]?[.,;:!?()]|[ ](?:am|on|le|il|at|um|à|alle)[ ]|[ ]?\r?\n|\Z)"
)
# The prepositions, found with str.find (a scan led by the participles tried every letter of a text)
_PREPOSITIONS = (" von ", " by ", " par ", " da ")
_LONGEST_PARTICIPLE = 16
_ORGANISATION_WORDS = frozenset("Team Support Service Kundendienst Hotline System Admin Administrator Bot".split())


def names_of_agents(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the names after a participle of reporting or recording (module docstring)."""
    del found  # (overlaps with other entities are resolved later: resolve.py)
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
    """No company, no service, no ordinary word of ours that no list knows as a name."""
    words = [w for w in name.split(" ") if w[:1].isupper()]
    if any(w in STOP or w in COMPANY_SUFFIXES or w in _ORGANISATION_WORDS for w in words):
        return False
    common = lexicon.common_words
    return not all(w.lower() in common and not (lexicon.is_first_name(w) or rare_word(w)) for w in words)
