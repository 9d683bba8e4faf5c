"""Session 16: shapes read in holdout15 (blind until this session's second half; its number before
reading is reported as blind), tested with texts written for these tests: an account holder after
an IBAN, the authors a citation names, a comment's "name, date of birth, phone" line, Luxembourg's
local numbers written like dates, a direct line, a chat's answer that starts with the date of birth,
a table's "prénoms" column."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer


def _of(anonymizer: Anonymizer, text: str, kind: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == kind]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("rückzahlung der kaution an: de45 2504 9102 6531 0872 36 (bertil ohnesorg)", "bertil ohnesorg"),
        ("voici mon IBAN : BE20 0885 0464 8656 (titulaire : Mei Ling Abebe).", "Mei Ling Abebe"),
    ],
)
def test_the_account_holder_after_an_iban(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _of(anonymizer, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Auszahlung auf: IBAN AT88 1200 0504 6166 6352 (BIC OBKLAT2L), Kontoinhaber/in: siehe oben",
        "Zahlstelle: IBAN DE51370400444871620345 (Amtskonto)",
        "bitte auf CH87 0880 0227 0974 3270 6 (SC Chur), Vermerk: Camp",
        "da versare su CH84 0900 0404 5206 8797 9 (Atletica Bellinzona), causale: camp",
    ],
)
def test_what_an_iban_names_that_is_no_person(anonymizer: Anonymizer, text: str) -> None:
    inside = text[text.index("(") + 1:text.index(")")]
    assert not any(inside in p or p in inside for p in _of(anonymizer, text, "PERSON"))


def test_authors_of_a_citation(anonymizer: Anonymizer) -> None:
    text = ("Bekannt ist ein ähnlicher Ansatz aus dem Aufsatz von Roggenmoser-Ilg et al. (2021); "
            "l'article de Vuilleumier et al. le montre aussi.")
    assert {"Roggenmoser-Ilg", "Vuilleumier"} <= set(_of(anonymizer, text, "PERSON"))


def test_a_comments_name_date_and_phone(anonymizer: Anonymizer) -> None:
    text = ("bitte schreibt uns euren namen, geburtsdatum und handynummer\n\n@ronja.77 · 10:30\n"
            "ronja pfeiffenberger, 26.06.2001, 01523 5909925\n\nkaffee holen, 12.03.2024, erledigt\n")
    assert "ronja pfeiffenberger" in _of(anonymizer, text, "PERSON")
    dobs = _of(anonymizer, text, "DOB")
    assert "26.06.2001" in dobs and "12.03.2024" not in dobs


def test_luxembourgs_local_numbers_after_a_cue(anonymizer: Anonymizer) -> None:
    text = ("Mme Shala, la voisine, en prête, tél. 61-12-37.\nM. Thill, ligne directe 77 54 31 31.\n"
            "Mme Berger est joignable au 85-47-69.\nTel. 12-03-87 war das Datum.")
    phones = _of(anonymizer, text, "PHONE")
    assert {"61-12-37", "77 54 31 31", "85-47-69"} <= set(phones)
    assert "12-03-87" not in phones  # a date after a cue stays a date


def test_an_answer_that_starts_with_the_date_of_birth(anonymizer: Anonymizer) -> None:
    text = ("3/13/26, 10:35 AM - Agnes Moser: Schick mir bitte noch dein Geburtsdatum und die IBAN\n"
            "3/13/26, 10:36 AM - Dario Rüegsegger: 3. Februar 1987. Konto: CH94 0023 0009 9240 8471 3\n"
            "3/13/26, 10:37 AM - Agnes Moser: danke\n")
    assert "3. Februar 1987" in _of(anonymizer, text, "DOB")


def test_a_prenoms_column(anonymizer: Anonymizer) -> None:
    text = "id_jure;nom;prenoms;date_naissance\n700176;Goossens;Ange;08/09/1961\n"
    assert "Ange" in _of(anonymizer, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("and Rhydian Blackwater, date of birth Aug 6, 1989, of 4807 Walnut St", "Rhydian Blackwater"),
        ("Spouse / partner: Kojo Mensah-Diop, born 28/11/1971", "Kojo Mensah-Diop"),
        ("läuft auf meinen Namen Yusuf Tekinalp, geb. 5. Mai 1976", "Yusuf Tekinalp"),
        ("guests: célestine mabillard + 3\nguest address: 2 hawthorn rise", "célestine mabillard"),
        ("- **Coniuge:** Ama Boatengová, * 25-05-1996", "Ama Boatengová"),
    ],
)
def test_names_before_a_birth_and_guests(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _of(anonymizer, text, "PERSON")


def test_household_employment_columns(anonymizer: Anonymizer) -> None:
    text = ("payroll_id;employer;employee;dob;hours\nHH-0101;Jung, Hye-jin;Sánchez, Camila;1960-01-31;26\n"
            "HH-0102;STEIGER REY GMBH;Allenby, Gail;1960-07-23;23\n")
    persons = _of(anonymizer, text, "PERSON")
    assert {"Jung, Hye-jin", "Sánchez, Camila", "Allenby, Gail"} <= set(persons)
    assert "STEIGER REY GMBH" not in persons  # an employer in capitals with a firm's suffix


def test_a_sign_off_with_a_kiss(anonymizer: Anonymizer) -> None:
    assert "gabrielle" in _of(anonymizer, "you've still got the spare key, right?\n\nx gabrielle\n", "PERSON")
    text = "hai ancora le chiavi di scorta? grazie mille per tutto\n\nun abbraccio, graziella\n"
    assert "graziella" in _of(anonymizer, text, "PERSON")


@pytest.mark.parametrize(
    "address",
    [
        "Unit 3/14 Wattlebird Street\nBRUNSWICK VIC 3056",
        "277 OSBORNE ST, TORONTO, ON M6G 6H4",
        "24 St. Brendan's Terrace, Tralee V92 H1Y9",
        "7 Ffordd y Môr, Swansea SA1 8NS",
        "FLAT 8, 30 KINGSLEY CLOSE, EDINBURGH EH9 3YB",
        "22 The Paddocks, Tralee V92 CC0K",
    ],
)
def test_streets_without_a_type_word_before_a_town_and_code(anonymizer: Anonymizer, address: str) -> None:
    text = f"Contact us: {address}, or call.\n" if "\n" in address else f"Venue: {address} · phone 066 390 2010"
    assert address in _of(anonymizer, text, "ADDRESS")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vous récupérez les clés chez El Ouazzani au rez-de-chaussée, tél. 01 23 45 67 89", "El Ouazzani"),
        ("Le chiavi le trovate da Brambillasca al piano terra.", "Brambillasca"),
        ("You can pick up the keys from Quarmby on the ground floor.", "Quarmby"),
        ("Sono il marito di Viridiana, il mio numero: +41 79 522 16 46", "Viridiana"),
        ("Réalisation: Arben Babić · Production: Kofi Sowah 0041 78 383 02 97", "Kofi Sowah"),
    ],
)
def test_keys_at_a_neighbours_and_kin_of_someone(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _of(anonymizer, text, "PERSON")


def test_the_son_of_a_common_word_stays(anonymizer: Anonymizer) -> None:
    assert "God" not in _of(anonymizer, "the son of God is a film", "PERSON")
