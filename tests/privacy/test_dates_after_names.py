"""Dates of birth without a cue word, cards printed with wide gaps, a DOB question answered on
the next line (found reading holdout3, 2026-12-04, session 9; values written here)."""

from __future__ import annotations

import datetime

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _found(anonymizer: Anonymizer, text: str, kind: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == kind]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Beteiligte/r 1: OBERHOLZER, Quirina, 14.02.1977\n  wohnhaft: Seestrasse 5, 8002 Zürich", "14.02.1977"),
        ("Voyageur 2 : Mme Josiane Berthoud – 03/09/1958\nAller : TGV 6201", "03/09/1958"),
        ("Conducente: Gianluca Ferretti, 21/11/1969, residente in Via Roma 3", "21/11/1969"),
        ("Teilnehmer: Anna Brunnhofer (07.05.1991), Gruppe B", "07.05.1991"),
        ("DRIVER 2: Tobias Blenkinsop   30/05/1983\nAddress: 9 Mill Street", "30/05/1983"),
    ],
)
def test_a_full_date_right_after_a_name_is_a_birth_date(anonymizer: Anonymizer, text: str, date: str) -> None:
    assert date in _found(anonymizer, text, "DOB")


@pytest.mark.parametrize(
    "text",
    [
        f"Anna Meier, 12.03.{datetime.date.today().year}",  # a letter's date: recent
        "Termin mit Anna Meier, 12.03.1990 14:30 im Büro",  # a date with a time: an appointment
        "Anna Meier, 12.03.90",  # a two-digit year says too little
        "Rechnung vom 12.03.1990, Betrag CHF 120",  # no name before it
    ],
)
def test_other_dates_stay_readable(anonymizer: Anonymizer, text: str) -> None:
    assert _found(anonymizer, text, "DOB") == []


def test_a_birth_date_question_answered_on_the_next_line(anonymizer: Anonymizer) -> None:
    text = "Q. And your date of birth?\nA. March 3, 1961.\nQ. Where do you live?"
    assert _found(anonymizer, text, "DOB") == ["March 3, 1961"]


@pytest.mark.parametrize("number", ["4111  1111  1111  1111", "5555  5555  5555  4444"])
def test_card_groups_two_spaces_apart(anonymizer: Anonymizer, number: str) -> None:
    assert _found(anonymizer, f"Bezahlt mit Karte {number} am Schalter", "CARD") == [number]
