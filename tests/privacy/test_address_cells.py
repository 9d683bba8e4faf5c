"""Addresses in the layouts found reading holdout3 (2026-12-04, session 9): unit words between the
street and the postcode, an Italian postcode written "20135 - Milano (MI)", postcode + town as a
CSV cell or a JSON/YAML value of its own, UK towns in capitals before the postcode, Irish towns
and counties before an Eircode, US directional streets.  Values written here, not copied from it."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _addresses(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Wir wohnen in der Lindenallee 7, 3. Stock rechts, 50667 Köln.", "Lindenallee 7, 3. Stock rechts, 50667 Köln"),
        ("Schadenort: Goethestraße 12b (Hinterhaus), 04109 Leipzig", "Goethestraße 12b (Hinterhaus), 04109 Leipzig"),
        ("wohnhaft: Hernalser Hauptstraße 80/Top 7, EG links, 1170 Wien", "Hernalser Hauptstraße 80/Top 7, EG links, 1170 Wien"),
        ("Risiedo in Via Garibaldi 14, 10122 - Torino (TO). Grazie", "Via Garibaldi 14, 10122 - Torino (TO)"),
        ("Adresse : Rue des Alpes 9\n                         1950 Sion\nTél.", "Rue des Alpes 9\n                         1950 Sion"),
    ],
)
def test_unit_words_and_postcode_forms_stay_in_the_address(anonymizer: Anonymizer, text: str, address: str) -> None:
    assert address in _addresses(anonymizer, text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("ID;Nome;Indirizzo;CAP e città\n7;Rossi;Via Nassa 3;6900 Lugano;079 123 45 67", "6900 Lugano"),
        ("7;Bianchi;Corso Italia 5;20122 - Milano (MI);x", "20122 - Milano (MI)"),
        ('{"line1": "12, rue Oberkampf", "line2": "75011 Paris", "country": "FR"}', "75011 Paris"),
        ('address:\n  line1: "Bahnhofplatz 2"\n  line2: "3011 Bern"\n', "3011 Bern"),
        ("Ort\tPLZ\nHuber\t8400 Winterthur\t052 111 22 33", "8400 Winterthur"),
    ],
)
def test_postcode_and_town_as_a_value_of_their_own(anonymizer: Anonymizer, text: str, town: str) -> None:
    assert any(town in a for a in _addresses(anonymizer, text))


def test_a_cell_of_a_number_and_a_common_word_is_no_address(anonymizer: Anonymizer) -> None:
    assert _addresses(anonymizer, "Jahr;Titel\n2024;x;2024 Bericht;12\n") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Our address (14 Mill Lane, NORWICH NR2 4QT) is on the front.", "14 Mill Lane, NORWICH NR2 4QT"),
        ("I, Ann Doyle, of 9 Seaview Lawn, Tralee, V92 F2XW, will say", "9 Seaview Lawn, Tralee, V92 F2XW"),
        ("Moved out of 5 Main Street, Dún Laoghaire, Co. Dublin, A96 K2P4 last year",
         "5 Main Street, Dún Laoghaire, Co. Dublin, A96 K2P4"),
        ("New address: 2207 SE 4th St, Portland, OR 97214", "2207 SE 4th St, Portland, OR 97214"),
    ],
)
def test_english_and_irish_town_lines(anonymizer: Anonymizer, text: str, address: str) -> None:
    assert address in _addresses(anonymizer, text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("44\tMurphy\t3 Church Road\tBray, Co. Wicklow A98 W2C8\t087 123 4567", "3 Church Road\tBray, Co. Wicklow A98 W2C8"),
        ('7,Kelly,12 Quay Street,"Galway, H91 E2K7",+353 91 000000', '12 Quay Street,"Galway, H91 E2K7'),
        ("Town & Eircode: Dublin 6W, D6W F6X2", "Dublin 6W, D6W F6X2"),
    ],
)
def test_irish_town_and_eircode_cells(anonymizer: Anonymizer, text: str, address: str) -> None:
    assert any(address in a for a in _addresses(anonymizer, text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("parked outside my home at 2nd Floor Flat, 56 Kingsley Road, York, YO1 8RZ when",
         "2nd Floor Flat, 56 Kingsley Road, York, YO1 8RZ"),
        ("Adresse actuelle : Résidence Les Pins, bât. B, 13, avenue de la Libération\n76000 Rouen",
         "Résidence Les Pins, bât. B, 13, avenue de la Libération\n76000 Rouen"),
        ("demeurant 99 Grand-Rue, L-9010 Ettelbruck, défendeur", "99 Grand-Rue, L-9010 Ettelbruck"),
        ("ho lasciato l'appartamento in Via San Francesco d'Assisi 93 int. 12, 39100 Bolzano il 4",
         "Via San Francesco d'Assisi 93 int. 12, 39100 Bolzano"),
        ('  line1: "Rue du Rhône 1"\n  line2: "2300 La Chaux-de-Fonds"\n', "2300 La Chaux-de-Fonds"),
    ],
)
def test_units_before_the_street_and_more_street_names(anonymizer: Anonymizer, text: str, address: str) -> None:
    assert any(address in a for a in _addresses(anonymizer, text))


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("I've called Francesca's direct line (+44 (0)20 5029 0258) four times.", "+44 (0)20 5029 0258"),
        ("Garant : Yan Melo – tél. 671 455 558\n", "671 455 558"),
        ("Je suis joignable le soir au 671 761 778.", "671 761 778"),
        ("Je peux être contacté(e) au :691 656 486\n", "691 656 486"),
        ("Fixe : 94 92 17\nCourriel : x", "94 92 17"),
    ],
)
def test_phones_in_parentheses_and_after_french_cues(anonymizer: Anonymizer, text: str, phone: str) -> None:
    assert phone in [e.text for e in anonymizer.detect(text) if e.type == "PHONE"]
