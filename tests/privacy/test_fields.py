"""Values of personal fields in structured text (detectors/fields.py, issue 13): the key says what
the value is; the value must still have its type's shape."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.detectors.fields import FieldDetector, normalise_key
from tarnkappe.privacy.names import load_lexicon


@pytest.fixture(scope="module")
def fields() -> FieldDetector:
    return FieldDetector(load_lexicon())


def found(detector: FieldDetector, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in detector.detect(text)]


def test_keys_are_normalised() -> None:
    assert normalise_key("Date of birth") == "dateofbirth"
    assert normalise_key("first_name") == "firstname"
    assert normalise_key("Geburtsdatum (TT.MM.JJJJ)") == "geburtsdatum"
    assert normalise_key("Né(e) le") == "néle"


def test_json_pairs(fields: FieldDetector) -> None:
    text = '{"firstName": "Quirina", "lastName": "Oberholzer", "mobile": "+41 79 555 12 12", ' \
           '"birthDate": "1984-02-03", "zip": "8002", "sku": "A-1234"}'
    assert found(fields, text) == [("PERSON", "Quirina"), ("PERSON", "Oberholzer"), ("PHONE", "+41 79 555 12 12"),
                                   ("DOB", "1984-02-03"), ("ADDRESS", "8002")]


def test_yaml_and_ini_lines(fields: FieldDetector) -> None:
    text = "contact:\n  - Vorname: Ueli\n    Nachname = Brunnhofer\n  street: Seestrasse 45\n  city: Zürich\n"
    assert found(fields, text) == [("PERSON", "Ueli"), ("PERSON", "Brunnhofer"), ("ADDRESS", "Seestrasse 45")]


def test_a_vcard(fields: FieldDetector) -> None:
    text = ("BEGIN:VCARD\nN:Ndiayeh;Awa;;;\nFN:Awa Ndiayeh\nTEL;TYPE=cell:+41 79 123 45 67\n"
            "ADR;TYPE=home:;;Rue du Lac 5;Vevey;;1800;CH\nBDAY:1990-05-06\nEND:VCARD")
    assert found(fields, text) == [("PERSON", "Ndiayeh;Awa"), ("PERSON", "Awa Ndiayeh"), ("PHONE", "+41 79 123 45 67"),
                                   ("ADDRESS", "Rue du Lac 5;Vevey;;1800;CH"), ("DOB", "1990-05-06")]


def test_table_columns_named_by_their_header(fields: FieldDetector) -> None:
    text = ("Nachname;Vorname;Strasse;PLZ;Ort;Telefon;Geburtsdatum (TT.MM.JJJJ)\n"
            "Brunnhofer;Ueli;Dorfstrasse 3;3000;Bern;031 555 11 22;03.04.1977\n\nTotal;2;;;;;\n")
    assert found(fields, text) == [("PERSON", "Brunnhofer"), ("PERSON", "Ueli"), ("ADDRESS", "Dorfstrasse 3"),
                                   ("ADDRESS", "3000"), ("PHONE", "031 555 11 22"), ("DOB", "03.04.1977")]


@pytest.mark.parametrize("text", [
    '{"name": "Widget Pro", "price": 12}',        # a product under a bare "name" key
    "city: Zürich\nZeit: 10:30\nhttps://example.org/a:b",  # a town alone, a time, a URL
    "Telefon: bitte morgen anrufen",               # no number after the phone key
    "Name, Menge, Preis\nSchraube, 12, 0.40",      # an ordinary word under "Name"
])
def test_a_key_whose_value_has_not_its_types_shape(fields: FieldDetector, text: str) -> None:
    assert found(fields, text) == []


def test_the_anonymizer_masks_and_restores_a_csv_paste() -> None:
    anonymizer = Anonymizer(PrivacyConfig(learned_names=False))
    text = "name,date of birth,phone\nZaneta Kowalczyk,1950-01-02,079 555 66 77\n"
    vault = anonymizer.new_vault()
    masked = anonymizer.mask(text, vault)
    assert "Kowalczyk" not in masked and "1950-01-02" not in masked and "079 555" not in masked
    assert vault.restore(masked) == text


def test_a_table_aligned_with_spaces(fields: FieldDetector) -> None:
    text = ("Mitgliederliste\n\nName                 Geburtsdatum    Telefon\n"
            "Quirina Oberholzer   03.04.1977      031 555 11 22\n"
            "Ueli Brunnhofer                      079 555 66 77\n\nTotal  2")
    assert found(fields, text) == [("PERSON", "Quirina Oberholzer"), ("DOB", "03.04.1977"),
                                   ("PHONE", "031 555 11 22"), ("PERSON", "Ueli Brunnhofer"),
                                   ("PHONE", "079 555 66 77")]  # an empty cell shifts no column


def test_two_spaces_end_a_phone_number() -> None:
    found_ = [(e.type, e.text) for e in Anonymizer(PrivacyConfig(learned_names=False)).detect(
        "geboren 03.04.1977      031 555 11 22")]
    assert found_ == [("DOB", "03.04.1977"), ("PHONE", "031 555 11 22")]


def test_a_quoted_reply_keeps_its_labels_signature_and_postcode_line() -> None:
    text = "> Anwesend: Tralovik, Beckmann\n>\n> Freundliche Grüsse\n> Quirina Oberholzer\n> Seestrasse 5\n> 8002 Zürich"
    found_ = [(e.type, e.text) for e in Anonymizer(PrivacyConfig(learned_names=False)).detect(text)]
    assert ("PERSON", "Quirina Oberholzer") in found_ and ("PERSON", "Tralovik") in found_
    assert ("ADDRESS", "8002 Zürich") in found_


def test_a_quoted_value_outside_json(fields: FieldDetector) -> None:
    """A YAML or form line whose value is quoted: the JSON reading finds no pair, the key-value one must."""
    text = 'nachname: "Brunnhofer"\ntelefon: "079 555 66 77"\nSie sagte: "Hallo"'
    assert found(fields, text) == [("PERSON", "Brunnhofer"), ("PHONE", "079 555 66 77")]
