"""Shapes found reading holdout8 (session 13; texts written for the tests, not copied): a CSV
export whose quoted address holds commas (its columns stayed aligned only when quotes are
respected), a form keyed by rows with a postcode row, first names typed in lower case in a
diary next to a verb or a kinship word.  And what must stay: ordinary words that are names too
("page", "grace") in lower-case prose, a bare postcode row."""

from __future__ import annotations

import datetime

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.detectors.cells import split_cells


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _of(anonymizer: Anonymizer, text: str, kind: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == kind]


@pytest.mark.parametrize(
    ("line", "sep", "cells"),
    [
        ('Ada Lind,"12 Elm Street, Leeds LS6 2QT",(signature),a@x.uk', ",",
         ["Ada Lind", "12 Elm Street, Leeds LS6 2QT", "(signature)", "a@x.uk"]),
        ('a;"b;c";d', ";", ["a", "b;c", "d"]),
        ('x,"say ""hi"", ok",y', ",", ["x", 'say ""hi"", ok', "y"]),
        ('bad "quote,z', ",", ['bad "quote', "z"]),
        ("a|b|c", "|", ["a", "b", "c"]),
    ],
)
def test_cells_respect_quotes(line: str, sep: str, cells: list[str]) -> None:
    got = split_cells(line, sep)
    assert [text for _, text in got] == cells
    assert all(line[offset:offset + len(text)] == text for offset, text in got)


def test_a_csv_row_with_a_quoted_address_keeps_its_columns(anonymizer: Anonymizer) -> None:
    text = (
        "Order,Ticket,First Name,Last Name,Email,Company,Billing Address,Paid\n"
        'R5214693,Student,Ottavio,Fiorentini,o.f@example.it,Lario S.r.l.,"Vicolo Raimondo, n. 25, 00184 Roma RM",yes\n'
        'ORD-8969408,Speaker,Ivo,Mazzoleni,ivo@example.it,Nordest S.r.l.,"Via Manzoni, n. 171, 43121 Parma",yes\n'
    )
    persons = _of(anonymizer, text, "PERSON")
    assert {"Ottavio", "Fiorentini", "Ivo", "Mazzoleni"} <= set(persons)
    # the ticket column is typed by nothing ("Speaker" is the person rules' own guess, before as after)
    assert not [e for e in anonymizer.detect(text) if e.detector == "fields" and e.text in ("Student", "Speaker")]


def test_a_postcode_row_is_masked_as_under_its_key_on_a_line(anonymizer: Anonymizer) -> None:
    # one policy: "- **PLZ**: 8001" is an ADDRESS (test_session10_forms.py), so is "| CAP | 00153 |"
    text = "| Indirizzo | Via Dante Alighieri, n. 97 |\n| CAP | 00153 |\n| Comune | Roma |"
    assert "00153" in _of(anonymizer, text, "ADDRESS")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("31.03.2026\nheute war der tag lang. matthias hat angerufen, ich soll zurückrufen.", "matthias"),
        ("06.01.2026\nendlich ist nina da! wir sind alle so müde und glücklich heute.", "nina"),
        ("mi, 21. januar 2026\noma sigrid hat mir ihr altes rezeptbuch geschenkt, so schön.", "sigrid"),
        ("14 mai 2026\naujourd'hui odette est enfin là, tout le monde va bien.", "odette"),
    ],
)
def test_first_names_typed_in_lower_case_in_a_diary(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _of(anonymizer, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "the page is rendered on the server and the file is cached for a day.",
        "grace is a setting of the theme, mark the rose as read and the will was read.",
    ],
)
def test_words_that_are_names_too_stay_in_lower_case_prose(anonymizer: Anonymizer, text: str) -> None:
    assert _of(anonymizer, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mit freundlichen kollegialen grüßen\n\ndoktor antoine vaillancourt\n\ndiktiert, nicht korrigiert",
         "antoine vaillancourt"),
        ("je vous remercie.\ncordialement\nkamidin suartini\n", "kamidin suartini"),
        ("thanks for sorting it.\n\nbest regards\n\nmin-seo shin", "min-seo shin"),
    ],
)
def test_a_signature_in_lower_case(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _of(anonymizer, text, "PERSON")


@pytest.mark.parametrize("text", ["Viele Grüße\nihr team\n", "best regards\nthe support team\n", "merci\nà bientôt\n"])
def test_a_lower_case_line_after_a_closing_that_is_no_name(anonymizer: Anonymizer, text: str) -> None:
    assert _of(anonymizer, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("TEMP ADDR   : HOTEL ZUR POST, 101 GEORGE STREET, GLASGOW G12 7YB GB UNTIL 11MAR",
         "101 GEORGE STREET, GLASGOW G12 7YB"),
        ("PERM ADDR   : DIANA-WOLF-GASSE 36/3/8 1060 WIEN AT", "DIANA-WOLF-GASSE 36/3/8 1060 WIEN"),
        ("TEMP ADDR   : NOVOTEL AIRPORT, 8121 W BRIDGE ST, HONOLULU, HI 96897 US UNTIL 18JUN",
         "8121 W BRIDGE ST, HONOLULU, HI 96897"),
    ],
)
def test_addresses_written_in_capitals(anonymizer: Anonymizer, text: str, address: str) -> None:
    assert any(address in a for a in _of(anonymizer, text, "ADDRESS"))


@pytest.mark.parametrize("text", ["RECHNUNG NR. 2024-0815 VOM 12.03.2025 BETRAG 1200 EUR ZAHLBAR BIS 30.04.2025",
                                  "FLIGHT LX 1612 ZRH-LHR GATE B34 BOARDING 14:05 SEAT 12A"])
def test_lines_in_capitals_without_an_address(anonymizer: Anonymizer, text: str) -> None:
    assert _of(anonymizer, text, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("Madame Leroy,\n\njoyeux anniversaire pour le 2/15/1937 ! Vous êtes adhérent depuis 2011.", "2/15/1937"),
        ("Gentile signor Kuruc,\n\ntanti auguri per il compleanno del 1950-12-01! È socio dal 2015.", "1950-12-01"),
    ],
)
def test_a_birth_date_after_a_birthday_greeting(anonymizer: Anonymizer, text: str, dob: str) -> None:
    assert _of(anonymizer, text, "DOB") == [dob]


def test_the_coming_birthday_is_a_plain_date(anonymizer: Anonymizer) -> None:
    year = datetime.date.today().year
    assert _of(anonymizer, f"Nous vous souhaitons un joyeux anniversaire le 12 mars {year} !", "DOB") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('    preferred_name: "Moni"\n    buddy: "Sarah"', "Moni"),
        ("    manager: 'Deplazes, Madlaina Mengia'", "Deplazes, Madlaina Mengia"),
        ("Vorgesetzte/r: Zorbach, Heinz-Willi Nuri", "Zorbach, Heinz-Willi Nuri"),
        ("☐ Internet  ☐ Google Maps  ☒ Empfehlung von: Vladimir Frei", "Vladimir Frei"),
        ("[ ] Internet  [x] Recommandé(e) par: Anej K.", "Anej K."),
        ("Parrain/marraine: Frans Lund", "Frans Lund"),
    ],
)
def test_names_under_keys_of_onboarding_and_intake_forms(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _of(anonymizer, text, "PERSON")


def test_a_manager_that_is_a_team_is_no_person(anonymizer: Anonymizer) -> None:
    # (the learned model's own "Helpdesk", before this session as after, is not the keys' doing)
    text = "manager: Marketing Team\nbuddy: IT Helpdesk"
    assert [e.text for e in anonymizer.detect(text) if e.detector == "fields"] == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Unsere kleine Charlotte ist am 29. August 2026 zur Welt gekommen, und Felix ist vernarrt.", "DOB",
         "29. August 2026"),
        ("Unsere kleine Charlotte ist am 29. August 2026 zur Welt gekommen.", "PERSON", "Charlotte"),
        ("Kündigungsabteilung\nPostfach 78 62 8\n50667 Köln", "ADDRESS", "Postfach 78 62 8\n50667 Köln"),
        ("Notfallkontakt: Gretl Kusch (Ehepartner/in), 0162/72553304", "PERSON", "Gretl Kusch"),
        ("Familienname oder Nachname: Ó FIONNLAOICH\nVorname: Herbert", "PERSON", "Ó FIONNLAOICH"),
    ],
)
def test_letters_and_certificates(anonymizer: Anonymizer, text: str, kind: str, value: str) -> None:
    assert value in _of(anonymizer, text, kind)


def test_a_little_garden_is_no_name(anonymizer: Anonymizer) -> None:
    assert _of(anonymizer, "Unser kleiner Garten blüht, und unsere kleine Wohnung ist hell.", "PERSON") == []
