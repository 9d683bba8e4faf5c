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

Linear: each gate word found with ``str.find``; the stretches of at most :data:`_REACH` characters after them (to
their line's end) searched once, where they overlap too.
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
_LONGEST_MATCH = 72  # of _WITH: a preposition, a name of at most 61 characters, " (" or a dash
_WITH = scan.compile(
    r"(?<![^\W\d_])(?:bei|BEI|mit|MIT|with|WITH|avec|AVEC|chez|CHEZ|con|CON|da|DA)[ ]"
    r"(?P<name>[^\W\d_]{2,30}+(?:-[^\W\d_]{2,30}+)?)[ ](?:\(|[–\-][ ])"
)


def names_of_appointments(text: str, lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the one an appointment is with (see the module's docstring)."""
    if not _GATE.opens(text):
        return []
    windows = []  # (start, end): the stretch after each appointment's word, to its line's end
    for word in _APPOINTMENT_WORDS:
        pos = text.find(word)
        while pos >= 0:
            reach = min(len(text), pos + _REACH)
            line_end = text.find("\n", pos, reach)
            windows.append((pos + len(word), reach if line_end < 0 else line_end))
            pos = text.find(word, pos + len(word))
    out: list[Entity] = []
    verdicts: dict[str, bool] = {}  # a word -> _someone's answer (a reminders' export repeats its staff's names)
    scanned = 0  # (windows overlap where the words crowd: each stretch is read once, a match's length back)
    for start, end in sorted(windows):
        start = max(start, scanned - _LONGEST_MATCH)
        for m in scan.finditer(_WITH, text, start, end) if start < end else ():
            name = m.group("name")
            if (known := verdicts.get(name)) is None:
                known = verdicts[name] = _someone(name, lexicon)
            if known and (not out or m.start("name") > out[-1].start):
                out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, name, "appointment"))
        scanned = max(scanned, end)
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
