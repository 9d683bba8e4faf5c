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


# -- values repeated (repeats.py, Anonymizer.mask_many) -----------------------------------------

def _phone_sheet(n: int) -> str:
    return "Name;Telefon\n" + "".join(f"Kunde {i};Tel. 079 {100 + i:03d} {10 + i % 80:02d} {20 + i % 70:02d}\n"
                                      for i in range(n))


def test_a_text_of_many_values_does_not_crowd_out_another_texts_value(anonymizer: Anonymizer) -> None:
    # the text's own first 64 values took every place: "12.03.1985" of the first text stayed in clear
    texts = ["Patientin: Greta Imhof, Geburtsdatum 12.03.1985",
             _phone_sheet(MAX_VALUES + 6) + "Bitte prüfe 12.03.1985 gegen die Akte."]
    assert all("12.03.1985" not in m for m in _masked_many(anonymizer, texts))


def test_a_request_of_many_values_still_repeats_a_date_of_birth(anonymizer: Anonymizer) -> None:
    # only the first 64 distinct values of all texts were repeated: a CSV of phone numbers first
    texts = [_phone_sheet(MAX_VALUES + 6), "Patientin: Greta Imhof, Geburtsdatum 12.03.1985",
             "Bitte prüfe 12.03.1985 gegen die Akte."]
    assert all("12.03.1985" not in m for m in _masked_many(anonymizer, texts))


def test_a_phone_number_written_often_is_masked_at_every_mention(anonymizer: Anonymizer) -> None:
    # more than three other mentions made none: the number stayed in clear five times
    text = "Notfall: Tel. 25 26 62\n" + "".join(f"Tag {k}: 25 26 62 angerufen, keine Antwort.\n" for k in range(5))
    vault = anonymizer.new_vault()
    masked = anonymizer.mask(text, vault)
    assert "25 26 62" not in masked and vault.restore(masked) == text
    masked = _masked_many(anonymizer, ["Notfall: Tel. 25 26 62", text.split("\n", 1)[1]])
    assert all("25 26 62" not in m for m in masked)


class _FindCountingStr(str):
    """A text that counts the characters its ``find`` calls read (repeats.py scans with str.find,
    which the scan meter does not see)."""

    read = 0

    def find(self, sub, start=None, end=None):  # type: ignore[override]
        start = 0 if start is None else start
        end = len(self) if end is None else end
        found = str.find(self, sub, start, end)
        _FindCountingStr.read += max(0, (end if found < 0 else found + len(sub)) - start)
        return found


def test_repeats_read_a_text_a_bounded_number_of_times() -> None:
    # distinct values of the text and of the request's other texts: at most MAX_VALUES scans each
    text = "".join(f"{1 + i % 28:02d}.{1 + i % 12:02d}.{1900 + i} 079 {i:03d} 11 22\n" for i in range(400))
    found = [Entity(0, 10, EntityType.DOB, text[0:10], "dob")]
    for k, line_start in enumerate(i for i in range(len(text)) if i == 0 or text[i - 1] == "\n"):
        found.append(Entity(line_start, line_start + 10, EntityType.DOB, text[line_start:line_start + 10], "dob"))
        if k > 300:
            break
    more = [(f"+41 79 {i:03d} 00 00", EntityType.PHONE) for i in range(500)]
    counting = _FindCountingStr(text)
    _FindCountingStr.read = 0
    repeated_values(counting, found, more)
    assert _FindCountingStr.read <= (2 * MAX_VALUES + 1) * len(text)


# -- names a label makes names (person_labels.py) -----------------------------------------------

@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("(Klingelschild: Pacelli / Okonkwo)", ["Pacelli", "Okonkwo"]),
        ("Adresse: Feldstraße 85 (Klingel: Pacelli/Okonkwo)", ["Pacelli", "Okonkwo"]),
        ("Bitte bei MEIER (079 123 45 67) melden.", ["MEIER"]),
    ],
)
def test_two_names_on_one_bell_and_a_listed_name_in_capitals(anonymizer: Anonymizer, text: str,
                                                             names: list[str]) -> None:
    persons = " ".join(_of(anonymizer, text, "PERSON"))
    assert all(name in persons for name in names)


@pytest.mark.parametrize("text", ["Bitte bei SOS (144) melden.", "Hotline SBB (0848 44 66 88)"])
def test_an_acronym_before_a_number_stays(anonymizer: Anonymizer, text: str) -> None:
    assert _of(anonymizer, text, "PERSON") == []


# -- a name before a colon (person_spans.py) ----------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [("Max Antwort: ok", "Max"), ("- Marco Rückruf: morgen", "Marco")])
def test_a_word_after_a_first_name_before_a_colon_is_a_label(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert _of(anonymizer, text, "PERSON") == [name]


# -- the French number-first street (address.py) ------------------------------------------------

@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Livraison au 12\u202frue de la Paix, merci", "rue de la Paix"),   # French typography's narrow space
        ("Livraison au 12\u2009rue de la Paix, merci", "rue de la Paix"),
        ("Adresse :   27 bis\n      rue des Tanneurs\n      59000 LILLE", "rue des Tanneurs"),
    ],
)
def test_the_number_first_street_with_other_spaces_than_a_tab(anonymizer: Anonymizer, text: str, street: str) -> None:
    assert any(street in a for a in _of(anonymizer, text, "ADDRESS"))


# -- work bounds ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "unit",
    ["x('a')", "'a','a',", "{a: 'b', ", '{"first_name": "Anna", "city": "Bern"}, ', '("Vorname", "Anna"), ',
     "A (1.1.19)", "Kinder: Ab (1.1.19) ", "Klingel: Aa / Bb\n", "Mama (Carina) ", "Bahari (0628486378) ",
     "Vorname;Anna;Peter\n", "Vorname\tAnna\n", "| Vorname | Ilona | Valentin |\n", "Nome\tA\tB\nCognome\tC\tD\n",
     "Name      Telefon\n------ ------\n", "line[3] += a 1\n"],
)
def test_the_new_shapes_scan_each_position_a_bounded_number_of_times(unit: str) -> None:
    anonymizer = Anonymizer(PrivacyConfig(learned_names=False))
    text = unit * (20_000 // len(unit))
    scan.METER.on, scan.METER.positions = True, 0
    try:
        vault = anonymizer.new_vault()
        masked = anonymizer.mask(text, vault)
        positions = scan.METER.positions
    finally:
        scan.METER.on = False
    assert vault.restore(masked) == text
    assert positions <= 80 * len(text)
