"""Session 18 (issue 13): a name found once is masked where the text writes it again; dates of birth
in the cues, cells and formats the probes found missing."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer
from tarnkappe.privacy.names import load_lexicon
from tarnkappe.privacy.person_mentions import repeated_names


def persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "PERSON"]


def test_a_name_found_once_is_masked_in_every_cell(anonymizer: Anonymizer) -> None:
    text = ("Schichtplan KW 51\nMo 14/12\tQ. Xu\tH. Tamarau\tS. Combs\nDi 15/12\tQ. Xu\t— (offen)\t"
            "Q. Xu, L. Mazzeo\nMi 16/12\tS. Combs\tL. Mazzeo, Q. Xu\t— (offen)")
    found = persons(anonymizer, text)
    assert found.count("Q. Xu") == 4 and found.count("S. Combs") == 2, found


def test_a_repeated_full_name_is_masked_without_its_cue(anonymizer: Anonymizer) -> None:
    text = "Dear Dr Will Black,\nthanks. -- Message from Will Black --\nWill Black wrote the note."
    assert persons(anonymizer, text).count("Will Black") == 3


def test_a_one_word_name_is_not_spread() -> None:
    # "Treasurer" taken for a name once (a wrong guess) must not become every "Treasurer" of the text
    from tarnkappe.privacy.entities import Entity, EntityType

    text = "Treasurer: Ann Ngata\nThe Treasurer reports.\nNgata thanks the Treasurer."
    found = [Entity(0, 9, EntityType.PERSON, "Treasurer", "persons"),
             Entity(11, 20, EntityType.PERSON, "Ann Ngata", "persons")]
    out = [(e.start, e.text) for e in repeated_names(text, found, load_lexicon())]
    assert out == [(text.index("Ngata thanks"), "Ngata")]


def test_mentions_inside_a_found_span_are_skipped_in_one_pass() -> None:
    # each mention is checked against the entities by a pointer, not a search: a roster of 2,000
    # rows finds no mention twice and no mention inside a found name
    from tarnkappe.privacy.entities import Entity, EntityType

    row = "| Lea Brunner | Lea Brunner |\n"
    text = row * 2000
    found = [Entity(i * len(row) + 2, i * len(row) + 13, EntityType.PERSON, "Lea Brunner", "persons")
             for i in range(2000)]
    out = repeated_names(text, found, load_lexicon())
    assert len(out) == 2000 and all(text[e.start:e.end] == "Lea Brunner" for e in out)
    assert len({e.start for e in out}) == 2000


# -- dates of birth: cues, cells and formats the probes of session 18 found missing -------------


def dobs(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "DOB"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Geb.Dat. 14.03.1985", "14.03.1985"),              # German abbreviations of the cue
        ("Geb. Dat.: 2.5.1977", "2.5.1977"),
        ("date de naiss. 14 mars 1985", "14 mars 1985"),    # French "naiss."
        ("D.N. 14/03/1985", "14/03/1985"),                  # Italian "data di nascita"
        ("Lea Brunner;14.03.1985;Bern", "14.03.1985"),      # a CSV row's next cell
        ("| Lucie Martin | 14/03/85 | membre |", "14/03/85"),  # a two-digit year in a table's cell
        ("DOB: 14MAR1985", "14MAR1985"),                    # as travel and medical systems print it
        ("DOB 14 03 1985", "14 03 1985"),                   # a form's boxes typed with spaces
        ("Name: Lea Brunner, 14. Mär. 1985", "14. Mär. 1985"),  # a month's abbreviation is no name
        ("Name: Lea Brunner, 14. Jänner 1985", "14. Jänner 1985"),
    ],
)
def test_a_date_of_birth_in_these_shapes_is_masked(anonymizer: Anonymizer, text: str, date: str) -> None:
    assert any(date in d for d in dobs(anonymizer, text)), anonymizer.detect(text)


@pytest.mark.parametrize(
    "text", ["Lea Brunner, Jg. 1985", "Giulia Rossi (classe 1985)", "YOB: 1985", "b. 1985, d. 2020"],
)
def test_a_year_of_birth_after_these_cues_is_masked(anonymizer: Anonymizer, text: str) -> None:
    assert "1985" in dobs(anonymizer, text)


def test_a_club_list_s_join_dates_stay_plain_next_to_a_year_of_birth(anonymizer: Anonymizer) -> None:
    # a row's year of birth is no reason to take the next row's join date for a birth
    text = ("Nr Name                Mitglied seit  Telefon         Jahrgang\n"
            "1  Jonas Keller        12.04.2019     079 111 22 33   Jg. 1967\n"
            "2  Frauke Zurbach      11.02.2021     079 444 55 66   Jg. 1972\n")
    found = dobs(anonymizer, text)
    assert "1967" in found and "1972" in found and not any("2021" in d or "2019" in d for d in found), found


@pytest.mark.parametrize(
    "text",
    ["Lea Brunner (41, 14.03.1985)", "Lea Brunner, 41 J., 14.03.1985", "Lea Brunner / 14.03.1985 / Bern",
     "Lea Brunner · 14.03.1985 · Bern", "Lea Brunner — 14.03.1985", "- Lea: 14.03.1985"],
)
def test_a_date_of_birth_after_a_name_and_these_marks(anonymizer: Anonymizer, text: str) -> None:
    assert "14.03.1985" in dobs(anonymizer, text)
