"""Session 25: rules from reading holdout28 (bird surveys, hall rentals, firewood, pottery, photo clubs,
textile guilds, scouts, pet boarding, occupational health, sportives, lifeguards, dairies).  The texts
here are written for the test in the shapes that set showed, not copied from it.

A surname after a first name that a detector found alone was sent in clear when the surname is an
ordinary word or a weekday ("Dr. med. Murat Frei", "Von: Xaver Sonntag") or looks like a German noun
("Karagiannis" ends as "Ergebnis" does); a duty roster's keys ("Einsatzleitung:", "Dienst:") name people.
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer


def persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "PERSON"]


@pytest.mark.parametrize("text, name", [
    pytest.param("Ärztin/Arzt: Dr. med. Murat Frei\nAssistenz vor Ort: 075 256 90 38\n", "Murat Frei",
                 id="unlisted-first-name-and-an-ordinary-word"),
    pytest.param("Von: Xaver Sonntag\nGesendet: 23.11.2026 16:30\n", "Xaver Sonntag", id="weekday-surname"),
    pytest.param("Stationsleitung: Georgios Karagiannis, 0174 99 29 365\n", "Georgios Karagiannis",
                 id="surname-with-a-noun-ending"),
    pytest.param("Einsatzleitung: Ernst Kraut, 0152/4870696\n", "Ernst Kraut", id="duty-key"),
    pytest.param("Dienst: Nikolaus Stecher\n", "Nikolaus Stecher", id="roster-duty-key"),
])
def test_the_whole_name_is_masked(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)


@pytest.mark.parametrize("text", [
    pytest.param("Dienst: Frühschicht\n", id="a-shift"),
    pytest.param("Eingesetzt: 3 Boote, 2 Fahrzeuge\n", id="boats-and-vehicles"),
])
def test_a_duty_keys_things_stay(anonymizer: Anonymizer, text: str) -> None:
    assert persons(anonymizer, text) == []
