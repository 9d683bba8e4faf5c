"""Session 16, last hour: shapes read in holdout16 (blind until then: 0.046 at the start revision, 0.045
before reading), tested with texts written for these tests: children's dates of birth after a family
word in lower case, a German street with a prefix word in a table's cell."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer


def _of(anonymizer: Anonymizer, text: str, kind: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == kind]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Vive sola con i figli Ludovica (01/08/2019), Tesfaye (09/08/2021). ISEE in corso", "09/08/2021"),
        ("She lives alone with her children Sonny (14/01/2018). Her benefit claim is in.", "14/01/2018"),
    ],
)
def test_childrens_dates_after_a_lower_case_family_word(anonymizer: Anonymizer, text: str, date: str) -> None:
    assert date in _of(anonymizer, text, "DOB")


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("14.07.2025\t13:30\tEmma\tzu Löwenberg\tAm Mühlbach 51\tMonika\t60\n", "Am Mühlbach 51"),
        ("14.05.2025;07:20;Nala;Lustenberger;Im Gässli 10;Valerie;90\n", "Im Gässli 10"),
    ],
)
def test_a_prefixed_street_in_a_tables_cell(anonymizer: Anonymizer, text: str, street: str) -> None:
    assert street in _of(anonymizer, text, "ADDRESS")


def test_a_weekday_after_am_stays(anonymizer: Anonymizer) -> None:
    assert _of(anonymizer, "Die Sitzung ist Am Montag 3 Uhr;", "ADDRESS") == []


def test_an_adif_logs_names_by_their_tags_length(anonymizer: Anonymizer) -> None:
    text = ("<ADIF_VER:5>3.1.4\n<OPERATOR:6>HB3TWG\n<MY_NAME:18>Gianluca Sollimari\n<EOH>\n"
            "<CALL:5>HB9WA <QSO_DATE:8>20250101 <NAME:13>Babajide Olu <GRIDSQUARE:6>IO81ad <EOR>\n"
            "<NAME:4>LOIC <QTH:8>Delémont <NAME:40>too long for what follows <EOR>\n")
    persons = _of(anonymizer, text, "PERSON")
    assert {"Gianluca Sollimari", "Babajide Olu", "LOIC"} <= set(persons)
    assert "HB3TWG" not in persons  # an operator's call sign
    assert not any("too long" in p for p in persons)  # a length that runs past the line reads nothing


def test_a_chat_handles_name_in_parentheses(anonymizer: Anonymizer) -> None:
    text = "[17:46] oe7skv (lilli): wer fährt mit?\n[09:14] büro (lea-sophie): ok\n[10:00] server (info): restart\n"
    persons = _of(anonymizer, text, "PERSON")
    assert {"lilli", "lea-sophie"} <= set(persons)
    assert "info" not in persons


def test_dog_walkers_and_repair_cafes_columns(anonymizer: Anonymizer) -> None:
    walks = ("Date;Heure;Chien;Maître;Adresse;Promeneur;Min;Prix;Note\n"
             "28/04/2025;15h05;Tango;Al-Hashimi;Rue du Bois 90;Aline;90;€ 15,87;\n")
    persons = set(_of(anonymizer, walks, "PERSON"))
    assert {"Al-Hashimi", "Aline"} <= persons
    repairs = ("Datum;Nr;Besucher/in;PLZ;Gerät;Marke;Fehler;repariert;Reparateur/in;Spende\n"
               "15.04.2025;1;Georgiou, Giorgos;8004;Laptop;Philips;Scharnier;ja;Ji-woo;CHF 9.83\n")
    assert {"Georgiou, Giorgos", "Ji-woo"} <= set(_of(anonymizer, repairs, "PERSON"))
