"""Lists of people (found reading holdout5, session 11; texts written for the tests): a first name
after a found person and "und/et/and" or ", " is the next of the list, also where the learned
model, reading it alone, would veto it ("Les vérificateurs Huy Trần et Martina"); a word no list
knows is taken there too ("Soo-ah Kim und Niks").  Companies, places and nouns in lists stay."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les vérificateurs Huy Trần et Martina proposent la décharge (unanimité).", "Martina"),
        ("Les vérificateurs Camille Dupuis et Loïc proposent la décharge.", "Loïc"),
        ("Agnès, Tatiana et Anna, ses petits-enfants, ont la tristesse", "Anna"),
        ("Die Kassenprüfer Lara Vogt und Niks beantragen die Entlastung.", "Niks"),
        ("In stiller Trauer\nNils Abramov mit Frieda, Duyên und Ariane\nsowie alle Angehörigen", "Duyên"),
        ("Odette, Eitan et Fernand, ses petits-enfants", "Fernand"),
    ],
)
def test_the_next_name_of_a_list_is_a_name(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _persons(anonymizer, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Darauf habe man sich mit den Herstellern Siemens und Bombardier geeinigt.", "Bombardier"),
        ("Steven Walker has worked at Myers and Sons in Georgehaven since 2019.", "Sons"),
        ("Eine Reise durch Deutschland, Holland, England und Frankreich.", "England"),
        ("Überweisung an: Dr. med. Sander Müürsepp, Kardiologie\n\nDiagnose: V.a. Vorhofflimmern", "Kardiologie"),
        ("Patientin: Anna Meier, DOB 12.03.1980", "DOB"),
        ("Anna Meier, Bern und Basel", "Basel"),
    ],
)
def test_no_name_in_a_list_of_other_things(anonymizer: Anonymizer, text: str, word: str) -> None:
    assert not any(word in p for p in _persons(anonymizer, text))


def test_a_long_list_is_followed_once(anonymizer: Anonymizer) -> None:
    text = "Anwesend: Anna Meier und " + ", ".join(["Niks"] * 3000) + "."
    persons = _persons(anonymizer, text)
    assert persons and all("Niks" not in p or p == "Niks" for p in persons)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Madame Mady SCHMIT, née COELHO\nnée à Ettelbruck le 8 octobre 1944", "COELHO"),
        ("Madame Noémi NICOLAS, née LE BIHAN\nnée à Paris", "LE BIHAN"),
        ("È mancata all'affetto dei suoi cari\n\nLadina Casanova in Cathomen\ndi anni 78", "Cathomen"),
        ("In stiller Trauer\nHannah Yamamoto mit Fanaka und Flurina\nsowie alle Angehörigen", "Fanaka"),
        ("Spende an die Krebshilfe, Kennwort „Peter Mohaupt“.", "Peter Mohaupt"),  # not vetoed by the model
    ],
)
def test_names_joined_to_a_name(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _persons(anonymizer, text)


def test_a_town_after_in_is_no_married_name(anonymizer: Anonymizer) -> None:
    assert not any("Zürich" in p for p in _persons(anonymizer, "Heute wohnt Anna Meier in Zürich\nund"))


def test_a_header_cell_naming_two_keys_types_its_column(anonymizer: Anonymizer) -> None:
    text = ("N.;Cognome;Nome;Data di nascita;Genitore/tutore;Tel. emergenza\n"
            "1;Cossu;Antioco;16/06/2015;Tonino Murgia;349 1274055\n2;Mai;Camilla;17/09/2015;Khoa Mai;0039 392 4105902\n")
    persons = _persons(anonymizer, text)
    assert "Tonino Murgia" in persons and "Khoa Mai" in persons
