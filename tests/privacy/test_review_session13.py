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


# -- literals of code after a key (inline_fields.py) -------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        # prose quoting examples after an ordinary word and a colon or a parenthesis: no code's key
        '# a German compound noun before a surname ("Sitzungszimmer Linde")',
        "# A phone number in parentheses right after a name: \"Fragen an Mirco (+423 789 46 23)\".",
        '# leading words that are no name: "Weitergeleitet von IT Penny Hill" -> "Penny Hill"',
        '# A unit before the street: "Flat 7, ", "2nd Floor Flat, "',
        "a flat before the street (\"Appt 20, …\"), after the house number",
        "a surname in capitals before a first name: \"TRON Alessandra\", \"HENSGEN Guy\"",
        '# them allowed ("Sa fille Claude", "Daughter (Adam)", "The defendant, Foyle, denies").',
    ],
)
def test_prose_quoting_after_a_key_word_is_no_literal_of_code(anonymizer: Anonymizer, text: str) -> None:
    # found running the anonymizer over this repository's own docstrings and comments
    assert [e.text for e in anonymizer.detect(text) if e.detector == "fields"] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('user.setFirstName("Zsófi");\nuser.setLastName("Okonkwo");', ["Zsófi", "Okonkwo"]),
        ('builder.withFirstName("Zsófi").withLastName("Okonkwo")', ["Zsófi", "Okonkwo"]),
        ('const u = { firstName: "Zsófi", lastName: "Okonkwo" };', ["Zsófi", "Okonkwo"]),
        ("p = Person(first_name='Zsófi', last_name='Okonkwo')", ["Zsófi", "Okonkwo"]),
        ("row = {'first_name': 'Zsófi', 'last_name': 'Okonkwo'}", ["Zsófi", "Okonkwo"]),
        ("SELECT * FROM users WHERE last_name='Okonkwo';", ["Okonkwo"]),
        ('u := User{FirstName: "Zsófi", LastName: "Okonkwo"}', ["Zsófi", "Okonkwo"]),
        ('.firstName( "Zsófi" )\n.lastName( "Okonkwo" )', ["Zsófi", "Okonkwo"]),
        ('attrs.put("lastName", "Okonkwo");', ["Okonkwo"]),
        ('fields = [("Vorname", "Zsófi"), ("Nachname", "Okonkwo")]', ["Zsófi", "Okonkwo"]),
    ],
)
def test_names_in_literals_of_code_in_other_spellings(anonymizer: Anonymizer, text: str, names: list[str]) -> None:
    assert set(names) <= set(_of(anonymizer, text, "PERSON"))


def test_a_list_of_keys_is_no_value(anonymizer: Anonymizer) -> None:
    text = 'columns = ["Vorname", "Nachname", "Geburtsdatum"]\nwriter.writerow(("Vorname", "Nachname"))'
    assert [e.text for e in anonymizer.detect(text) if e.detector == "fields"] == []


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

