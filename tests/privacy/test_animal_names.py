"""An animal's name is no one's (thing_names.py): by its label or its table column, nothing else."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer


def persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "PERSON"]


DOG_TAX = """Hundesteuer 2026 – Liste für die Gemeinde

Nr;Halterin / Halter;Adresse;Hund;Rasse;Gebühr
H-1001;Irmgard Wyrsch;Seestrasse 4;Frieda;Dackel;120,00
H-1002;Quirin Abderhalden;Dorfplatz 2;Benno;Spitz;120,00
"""


def test_the_dog_column_names_no_one_and_the_owner_stays(anonymizer: Anonymizer) -> None:
    found = persons(anonymizer, DOG_TAX)
    assert "Irmgard Wyrsch" in found and "Quirin Abderhalden" in found
    assert not {"Frieda", "Benno", "Spitz", "Dackel"} & set(found)


@pytest.mark.parametrize("text, animal, person", [
    ("Tier:          Nala, Mischling\nÜbernehmerin:  Jonas Imhof\n", "Nala", "Jonas Imhof"),
    ("Name des Hundes:  Bruno\nRasse:            Labrador\nHalterin:         Frieda Huber\n", "Bruno", "Frieda Huber"),
    ('{"animal": "Balou", "adopter": "Luna Meier"}', "Balou", "Luna Meier"),
    ("| Datum | Hund | Sitter |\n|---|---|---|\n| 03.05. | Rocky | Lara Gisler |\n", "Rocky", "Lara Gisler"),
])
def test_an_animals_label_or_column(anonymizer: Anonymizer, text: str, animal: str, person: str) -> None:
    found = persons(anonymizer, text)
    assert person in found
    assert animal not in found


@pytest.mark.parametrize("text, name", [
    ("Vorname: Gernot\nRufname: Geri\n", "Geri"),  # a person's call name, not a dog's
    ("Hundehalterin: Frieda Huber, Seestrasse 4\n", "Frieda Huber"),  # the owner's key
])
def test_a_persons_keys_stay_names(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)
