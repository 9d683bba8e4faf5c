"""Whom an appointment is with: the name between "bei", "with", "avec", "con" and the service in parentheses.

A salon's, a practice's or a studio's reminders name the one who will serve: "wir erinnern an Ihren Termin am
12.05.2026 um 13:45 bei Pascale (Kinderhaarschnitt)", "a reminder of your appointment on 04/18/2026 at 2:15 PM
with Zhiwei (Kids' cut)", "rappel de votre RDV le 27.02.2026 à 10h15 avec Gelsomina (Shampooing coupe
brushing)", "ti ricordiamo l'appuntamento del 28/03/2026 alle 18:00 con Elira (Piega e taglio)" (holdout36, read
in session 32).  A first name alone, before a word in parentheses: no rule read it as a name.

On a line that names an appointment (Termin, appointment, rendez-vous, RDV, appuntamento), the preposition (bei, mit,
with, avec, chez, con, da), one word and " (" or a dash ("bei Pascale – Ansatzfarbe"): the word is a person's when a
list knows it as a name that is no word ("BEI MARIKA (", "con milo ("), or it is capitalised and no frequency list
knows it -- not a firm, a product, a trade, an acronym, a town.

Linear: each gate word found with ``str.find``, at most :data:`_REACH` characters after it (to its line's end)
searched once.
"""

from __future__ import annotations

from .detectors import scan
from .detectors.person_cues import COMPANY_SUFFIXES, STOP
from .entities import Entity, EntityType
from .gates import Gate
from .learned.features import rare_word
from .names import NameLexicon

_APPOINTMENT_WORDS = ("Termin", "TERMIN", "termin", "ppointment", "PPOINTMENT", "endez-vous", "ENDEZ-VOUS", "RDV",
                      "rdv", "ppuntamento", "PPUNTAMENTO")
_GATE = Gate(_APPOINTMENT_WORDS)
_REACH = 160  # characters after the appointment's word: its date, its time, the preposition
_WITH = scan.compile(
    r"(?<![^\W\d_])(?:bei|BEI|mit|MIT|with|WITH|avec|AVEC|chez|CHEZ|con|CON|da|DA)[ ]"
    r"(?P<name>[^\W\d_]{2,30}+(?:-[^\W\d_]{2,30}+)?)[ ](?:\(|[–\-][ ])"
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
            reach = min(len(text), pos + _REACH)
            line_end = text.find("\n", pos, reach)
            end = reach if line_end < 0 else line_end
            for m in scan.finditer(_WITH, text, pos + len(word), end):
                if m.start("name") not in seen and _someone(m.group("name"), lexicon):
                    seen.add(m.start("name"))
                    out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"),
                                      "appointment"))
            pos = text.find(word, pos + len(word))
    return out


def _someone(word: str, lexicon: NameLexicon) -> bool:
    """A listed name that is no word, or a capitalised word no frequency list knows -- no stop word, town,
    company's suffix, acronym ("bei HNO (", "with GP ("), firm, product or trade the lists know as words ("bei
    Bosch (Stuttgart)", "with Python (3.12)", "bei Zahnarzt (Kontrolle)": the review of session 32)."""
    titled = "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
    if titled in STOP or word in COMPANY_SUFFIXES or titled in COMPANY_SUFFIXES or titled in lexicon.places:
        return False
    parts = titled.split("-")
    if all(lexicon.is_known_name(part) and part not in lexicon.ambiguous and part.lower() not in lexicon.common_words
           and (word.islower() or lexicon.is_first_name(part) or rare_word(part, 5)) for part in parts):
        return True  # a listed name ("bei pascale (" typed so); capitalised, a first name or an infrequent one
    return word[:1].isupper() and not (word.isupper() and len(word) <= 5) and all(
        part.lower() not in lexicon.common_words and rare_word(part) for part in parts)
