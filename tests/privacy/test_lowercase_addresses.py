"""Addresses written in lower case (privacy/lowercase.py; found reading holdout5's chats, session
11; texts written for the tests): the address detectors read a capitalised view of the part of a
line after its last capital letter.  A view keeps the text's length, so spans and restoring are
exact; prose with a number stays as it is."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig, Vault
from tarnkappe.privacy.lowercase import address_view


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("neue adresse: herrengasse 84, 6900 bregenz (2. stock)", "herrengasse 84, 6900 bregenz"),
        ("[03.12.26, 18:16:10] Darsh R.: neue adresse: praterstraße 37/4/4, 3100 st. pölten (1. stock)",
         "praterstraße 37/4/4, 3100 st. pölten"),
        ("nouvelle adresse : 42 rue de la république, 59000 lille (1er étage)", "42 rue de la république, 59000 lille"),
        ("nuovo indirizzo: via motta 6, 6850 mendrisio (1° piano)", "via motta 6, 6850 mendrisio"),
        ("new address: 4903 elm drive, portland, or 97205 (5th floor)", "4903 elm drive, portland, or 97205"),
    ],
)
def test_a_lower_case_address_is_one_value(anonymizer: Anonymizer, text: str, address: str) -> None:
    assert address in [e.text for e in anonymizer.detect(text) if e.type == "ADDRESS"]
    vault = Vault()
    masked = anonymizer.mask(text, vault)
    assert address not in masked and vault.restore(masked) == text


@pytest.mark.parametrize(
    "text",
    [
        "A. Mary was my supervisor at Hall Plumbing Co. from 2021 until last spring.",
        "wir treffen uns um 10 uhr, 8000 leute kommen am 12 mai",
        "Die Rechnung 4711 über CHF 120.50 ist bezahlt.",
    ],
)
def test_prose_with_numbers_gets_no_address(anonymizer: Anonymizer, text: str) -> None:
    assert not [e for e in anonymizer.detect(text) if e.type == "ADDRESS"]


def test_the_view_keeps_the_length_and_changes_only_lower_case_tails() -> None:
    text = "Anna Meier schrieb:\nneue adresse: obere gasse 33, 6300 zug\nDanke, Grüsse"
    view, lines = address_view(text) or ("", [])
    assert len(view) == len(text)
    assert "Obere Gasse 33, 6300 Zug" in view and view.startswith("Anna Meier schrieb:\n")
    assert address_view("Keine Zahl hier") is None


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("residente in Piazza della Repubblica 71, 6° piano, 90133 Palermo PA, codice fiscale",
         "Piazza della Repubblica 71, 6° piano, 90133 Palermo PA"),
        ("Filiale: Via Garibaldi n. 68 bis - 09124 Cagliari CA · tel. 070/916 3677",
         "Via Garibaldi n. 68 bis - 09124 Cagliari CA"),
        ("domiciliés Appt 6, 59 place du Marché, 06000 Nice.", "Appt 6, 59 place du Marché, 06000 Nice"),
        ("> ich ziehe von Grabenweg 5/Stiege 1/18, 6900 Bregenz nach", "Grabenweg 5/Stiege 1/18, 6900 Bregenz"),
        ("  billing:\n    street: Kirchweg 9\n    zip_city: 3920 Zermatt\n    country: CH", "3920 Zermatt"),
        ('"billing_address": {\n  "line1": "Zur alten Ziegelei 45",\n  "line2": "24103 Kiel"}', "Zur alten Ziegelei 45"),
    ],
)
def test_the_flat_floor_and_town_belong_to_the_address(anonymizer: Anonymizer, text: str, address: str) -> None:
    assert address in [e.text for e in anonymizer.detect(text) if e.type == "ADDRESS"]


def test_bis_after_a_date_is_no_address(anonymizer: Anonymizer) -> None:
    assert not [e for e in anonymizer.detect("Bezahlt am 12.03.2026 bis 15.04.2026") if e.type == "ADDRESS"]
