"""Session 17: shapes read in holdout17 (blind until then: 0.046 at the start revision and just before
reading), tested with texts written for these tests: a party's names and dates of birth in one cell of
a rooming list, names in lower case before an emergency contact's or a driver's phone number."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer


def _of(anonymizer: Anonymizer, text: str, kind: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == kind]


ROOMING = (
    "Rooming list – Hotel Alpenblick, Anreise 12.05.2025\n\n"
    "Zi.\tTyp\tGäste\tgeb.\tBemerkung\n"
    "1\tDZ\tBrunner, Heidi / BRUNNER Kaspar\t02.03.1950 / 11.09.1948\tRollstuhl\n"
    "2\tTPL\tOkafor, Ngozi / OKAFOR Emeka / Okafor, Ada\t14.06.1979 / 30.01.1977 / 05.05.2012\t\n"
)


@pytest.mark.parametrize("name", ["Brunner, Heidi", "BRUNNER Kaspar", "Okafor, Ngozi", "OKAFOR Emeka", "Okafor, Ada"])
def test_every_guest_of_a_rooming_lists_cell(anonymizer: Anonymizer, name: str) -> None:
    assert name in _of(anonymizer, ROOMING, "PERSON")


@pytest.mark.parametrize("date", ["02.03.1950", "11.09.1948", "14.06.1979", "30.01.1977", "05.05.2012"])
def test_every_date_of_birth_of_a_rooming_lists_cell(anonymizer: Anonymizer, date: str) -> None:
    assert date in _of(anonymizer, ROOMING, "DOB")


def test_the_arrival_date_stays(anonymizer: Anonymizer) -> None:
    assert "12.05.2025" not in _of(anonymizer, ROOMING, "DOB")


NOTES = (
    "notizen reiseleitung:\n"
    "fahrer marek nowicki +41 79 555 20 31, pause nach 4,5 h\n"
    "zürcher – notfall: ilse zürcher 079 555 44 12\n"
    "tamara osei – urgence : kwame osei +41 76 555 87 00 (diabète)\n"
)


@pytest.mark.parametrize("name", ["marek nowicki", "zürcher", "ilse zürcher", "tamara osei", "kwame osei"])
def test_lower_case_names_around_an_emergency_contact(anonymizer: Anonymizer, name: str) -> None:
    assert name in _of(anonymizer, NOTES, "PERSON")


@pytest.mark.parametrize("text", ["notfall: mama 079 555 12 34", "im notfall: hausarzt 079 555 12 34"])
def test_a_family_word_or_a_role_before_the_number_is_no_name(anonymizer: Anonymizer, text: str) -> None:
    assert _of(anonymizer, text, "PERSON") == []


def test_a_stylists_column_of_an_appointment_book(anonymizer: Anonymizer) -> None:
    text = ("Ora;Cliente;Contatto;Servizio;Operatore;Prezzo\n"
            "09:00;Lia Brenni;079 555 10 20;Taglio;Graziella;Fr. 72.80\n"
            "10:00;Ugo Sala;079 555 10 21;Colore;Graziella;Fr. 93.40\n")
    assert _of(anonymizer, text, "PERSON").count("Graziella") == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sammelbestellung Heizöl:\n- Kowalski (Lindenweg 3): 3.000 l = 3.597,30 EUR\n", "Kowalski"),
        ("Sammelbestellung Heizöl:\n- von Arx, Jana (Lindenweg 57b): 3.500 l\n", "von Arx, Jana"),
        ("commande groupée :\n- Peyrac (128 rue des Écoles): 1 200 l\n", "Peyrac"),
    ],
)
def test_a_list_items_name_before_its_address_in_parentheses(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _of(anonymizer, text, "PERSON")


def test_an_ordinary_word_before_an_address_in_parentheses_stays(anonymizer: Anonymizer) -> None:
    text = "Lieferungen:\n- Lager (Industriestrasse 4): 2.000 l\n"
    assert _of(anonymizer, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[12/09/2025, 12:56:08] +32470555264: c'est marcello tavani du n° 14, je peux ajouter 2 000 l ?\n"
         "[12/09/2025, 12:57:08] Ruben: ok", "marcello tavani"),
        ("10/08/2025, 09:21 - 335 555 6106: sono Ornella Pezzi del civico 13, posso aggiungere?\n"
         "10/08/2025, 09:22 - Lia: si", "Ornella Pezzi"),
    ],
)
def test_a_chats_introduction_with_the_surname(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _of(anonymizer, text, "PERSON")
