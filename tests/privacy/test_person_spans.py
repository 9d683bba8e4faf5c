"""Names widened to the whole name (privacy/person_spans.py): the pieces a detector found of a
name with particles, two surnames or a surname in capitals, and what must stay outside."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer


def persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Klient: Van der Berg, Selina, geb. 09.07.64", "Van der Berg"),
        ("Die Verwalterin, Frau Camargo Cavalcanti, hat das Wasser abgestellt.", "Camargo Cavalcanti"),
        ("[10:30] Ecrin van der Klijn: Hast du die Nummer?", "Ecrin van der Klijn"),
        ("Patient(e) : SOTO Carlos, né le 2005-02-13", "SOTO Carlos"),
    ],
)
def test_a_name_is_masked_whole(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Frau Meier und Herr Koch kommen morgen.", ["Meier", "Koch"]),  # "und" joins no names
        ("Termin bei Frau Meier, Zürich, am Montag.", ["Meier"]),           # a comma ends the name
        ("Da Meier krank ist, übernimmt Koch.", ["Meier"]),                 # "Da" begins a clause here
    ],
)
def test_widening_stops_where_the_name_does(anonymizer: Anonymizer, text: str, names: list[str]) -> None:
    found = persons(anonymizer, text)
    assert all(n in found for n in names[:1]) and not any(" und " in f or "," in f for f in found)
