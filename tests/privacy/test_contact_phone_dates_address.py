"""E-mail, URL, IP, phone, date of birth and address detection (with negatives)."""

from __future__ import annotations

import pytest


def test_email_url_ip(detect_types) -> None:
    found = detect_types(
        "Schreiben Sie an anna.meier@example.ch oder siehe https://www.linkedin.com/in/anna-meier/. "
        "Server 85.195.1.20 und 2001:db8::8a2e:370:7334."
    )
    assert found["anna.meier@example.ch"] == "EMAIL"
    assert found["https://www.linkedin.com/in/anna-meier/"] == "URL"
    assert found["85.195.1.20"] == "IP"  # (a private one is no one's: test_organisation_contacts.py)
    assert found["2001:db8::8a2e:370:7334"] == "IP"


def test_bare_domain_and_times_are_not_masked(detect_types) -> None:
    found = detect_types("Infos auf https://www.admin.ch. Treffen um 10:30:00, Version 1.2.3.")
    assert found == {}


@pytest.mark.parametrize(
    "number",
    [
        "+41 44 668 18 00", "044 668 18 00", "079 123 45 67", "+49 30 901820", "030 901820",
        "0049 30 1234567", "+43 1 5353535", "0664 1234567", "+39 06 6982 1234", "347 123 4567",
        "+33 1 42 68 53 00", "06 12 34 56 78", "+44 20 7946 0958", "020 7946 0958", "(212) 555-0123",
    ],
)
def test_phone_numbers(detect_types, number: str) -> None:
    assert detect_types(f"Bitte rufen Sie {number} an.") == {number: "PHONE"}


def test_numbers_that_are_not_phones(detect_types) -> None:
    found = detect_types("Betrag 1250.00, am 12.03.2024, Artikel 4711, Jahr 2024, Seite 12-14.")
    assert "PHONE" not in found.values()


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Anna, geboren am 12.03.1985 in Luzern", "12.03.1985"),
        ("geb. 3. Mai 1970", "3. Mai 1970"),
        ("Geburtsdatum: 1985-03-12", "1985-03-12"),
        ("Elle est née le 1er mars 1990 à Lyon", "1er mars 1990"),
        ("nato il 4 luglio 1981 a Roma", "4 luglio 1981"),
        ("Date of birth: March 3, 1985", "March 3, 1985"),
        ("DOB 03/04/1985", "03/04/1985"),
    ],
)
def test_date_of_birth_with_cue(detect_types, text: str, date: str) -> None:
    assert detect_types(text).get(date) == "DOB"


def test_plain_dates_are_not_dob(detect_types) -> None:
    assert "DOB" not in detect_types("Rechnung vom 12.03.2024, fällig am 30.04.2024.").values()


@pytest.mark.parametrize(
    "address",
    [
        "Bahnhofstrasse 12, 8001 Zürich", "Hauptstraße 5a", "Mariahilfer Straße 45/3, 1060 Wien",
        "12 rue de la Paix, 75002 Paris", "Avenue de la Gare 10, 1003 Lausanne", "Via Roma 10, 00184 Roma",
        "Alte Landstrasse 120", "Am Markt 3",
        "Piazzetta San Marco 4, 30124 Venezia", "Calle Larga 12", "Lungotevere Flaminio, 46",
        "Incrocio Segrè 126, 13871 Bagni Di Comano", "Circonvallazione Clodia 5",
    ],
)
def test_addresses(detect_types, address: str) -> None:
    assert detect_types(f"Adresse: {address}\nDanke").get(address) == "ADDRESS"


def test_not_addresses(detect_types) -> None:
    found = detect_types("Im Kapitel 3 steht es. Der Weg 5 war lang. Im Jahr 2024 Bericht.")
    assert "ADDRESS" not in found.values()
    found = detect_types("Il signor Costa Bianchi, 3 giorni fa, e il Canale 5 di sera.")
    assert "ADDRESS" not in found.values()


@pytest.mark.parametrize("text", [
    "Objet : dossier #0990497", "My order 3916-4252-94 (Kindle) never arrived",
    "Zahlbar innert 30 Tagen. Kundennummer 3344-2626-88.",
])
def test_reference_numbers_are_no_phones(text: str) -> None:
    from tarnkappe.privacy import Anonymizer, PrivacyConfig

    assert not [e for e in Anonymizer(PrivacyConfig(learned_names=False)).detect(text) if e.type == "PHONE"]


def test_a_phone_after_its_cue_stays_a_phone() -> None:
    from tarnkappe.privacy import Anonymizer, PrivacyConfig

    found = [e.text for e in Anonymizer(PrivacyConfig(learned_names=False)).detect(
        "Telefon-Nr.: 044 668 18 00, Rechnung an 044 668 18 01") if e.type == "PHONE"]
    assert found == ["044 668 18 00", "044 668 18 01"]


def test_a_dotted_swiss_mobile_is_a_phone_not_an_ip() -> None:
    from tarnkappe.privacy import Anonymizer, PrivacyConfig

    # (the private address masked as well: what is asked here is which detector takes which)
    config = PrivacyConfig(learned_names=False, keep_organisation_contacts=False)
    found = [(e.type, e.text) for e in Anonymizer(config).detect("Tél. 078.108.46.75, Server 192.168.0.10")]
    assert found == [("PHONE", "078.108.46.75"), ("IP", "192.168.0.10")]


def test_a_local_number_in_parentheses_after_a_name() -> None:
    from tarnkappe.privacy import Anonymizer, PrivacyConfig

    anonymizer = Anonymizer(PrivacyConfig(learned_names=False))
    found = [e.text for e in anonymizer.detect("Bei Fragen bitte direkt an Gabriela (72 93 98).") if e.type == "PHONE"]
    assert found == ["72 93 98"]
    assert not [e for e in anonymizer.detect("Die Tabelle (12 34 56) zeigt die Werte.") if e.type == "PHONE"]
