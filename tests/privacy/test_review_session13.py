"""An attacker's review of session 13's privacy changes (values repeated at their other mentions,
names a label makes names, literals of code after a key, tables keyed by rows, the French
number-first street without a tab, names before a colon or a dash): the leaks, the new false
positives and the work bounds found, one test each.  Texts written for these tests."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.detectors import scan
from tarnkappe.privacy.entities import Entity, EntityType
from tarnkappe.privacy.repeats import MAX_VALUES, repeated_values


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _of(anonymizer: Anonymizer, text: str, kind: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == kind]


def _masked_many(anonymizer: Anonymizer, texts: list[str]) -> list[str]:
    vault = anonymizer.new_vault()
    masked = anonymizer.mask_many(texts, vault)
    assert [vault.restore(m) for m in masked] == texts
    return masked


# -- forms and tables (fields.py) ---------------------------------------------------------------

def test_an_assignment_of_code_is_no_address_and_is_not_spread(anonymizer: Anonymizer) -> None:
    # "line" is an address key; "line[3] += …" made the expression an address, and repeats.py
    # masked the same expression wherever the code repeated it
    text = ("            line[1] += int(prompt or 0)\n"
            "            line[3] += cost if isinstance(cost, Decimal) else Decimal(cost or 0)\n"
            "        return int(requests), cost if isinstance(cost, Decimal) else Decimal(cost or 0)\n")
    assert anonymizer.detect(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "| detector | worst shape | before | after |\n|---|---|---:|---:|\n"
        "| phone | distinct `011 001 01 07, ` | 29.8 / 137.6 | 31.9-32.3 / 109.9-110.3 |\n"
        "| address | `Obere Gasse 5a, ` / `CH-8000 A A A ...` | 50.0 / 76.0 | 35.6-36.7 / 90.3-90.8 |\n",
        "Telefon\t1.25 / 3.50\t12.5 / 33.0\n",
    ],
)
def test_a_table_of_numbers_keyed_by_type_names_is_no_data(anonymizer: Anonymizer, text: str) -> None:
    assert [e for e in anonymizer.detect(text) if e.detector == "fields"] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Vorname\tZsófi\nNachname\tOkonkwo\nTelefon\t079 123 45 67", ["Zsófi", "Okonkwo"]),
        ("Nachname;Okonkwo;Brülisauer\nVorname;Zsófi;Anna\nTelefon;079 123 45 67;078 765 43 21",
         ["Okonkwo", "Brülisauer", "Zsófi", "Anna"]),
    ],
)
def test_forms_keyed_by_rows_with_one_value_or_semicolons(anonymizer: Anonymizer, text: str,
                                                           names: list[str]) -> None:
    persons = _of(anonymizer, text, "PERSON")
    assert set(names) <= set(persons)
    # the keys below the first line are no values of its column
    assert not {"Nachname", "Vorname", "Telefon"} & set(persons)


def test_keys_below_a_header_key_are_no_values(anonymizer: Anonymizer) -> None:
    text = "Prénom\tJeanne\tLuc\nNom\tDUPONT\tMARTIN\nTéléphone\t06 12 34 56 78\t06 98 76 54 32\n"
    persons = _of(anonymizer, text, "PERSON")
    assert {"Jeanne", "Luc", "DUPONT", "MARTIN"} <= set(persons)
    assert "Nom" not in persons and "Téléphone" not in persons

