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
