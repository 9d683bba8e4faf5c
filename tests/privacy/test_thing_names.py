"""A thing's, a place's or a firm's name is no one's (thing_names.py): a course, a kiln, a town under its
label or in its column.  And what stays a person's under such keys: a listed first name, a "Last, First", two
words of no list, a word of a full name elsewhere, a word shaped as a surname that stands there once (a sole
trader, a class named after its teacher: the attacker review of session 25, test_review_session25.py) -- and
the keys that look like a thing's but hold people ("Model:", the Italian "Firma:", "Allergien:")."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer


def persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "PERSON"]


SURVEY_FORM = """Anmeldung Brutvogelkartierung 2027
Name: Severin Kälin
Geburtsdatum: 04.05.1981
Kurs: Drehkurs
Ort: Heidelberg, Garten hinter dem Haus
"""


def test_a_forms_things_and_places_name_no_one(anonymizer: Anonymizer) -> None:
    found = persons(anonymizer, SURVEY_FORM)
    assert "Severin Kälin" in found
    assert not {"Drehkurs", "Heidelberg"} & set(found)


KILN_LOG = """Datum,Ofen,Programm,Mitglied,Telefon
2026-11-02,Raku,Steinzeug,Ottilie Brandstätter,079 555 12 34
2026-11-03,Raku,Schrühbrand,Kuno Imboden,079 555 12 35
"""


@pytest.mark.parametrize("text, thing, person", [
    (KILN_LOG, "Raku", "Ottilie Brandstätter"),  # the same kiln in every row: a column's value, no one's
    ("Geburtsort: Florence\nGast: Florence Dubois\n", "Florence", "Florence Dubois"),  # a town a list has as a name
])
def test_a_things_label_or_column(anonymizer: Anonymizer, text: str, thing: str, person: str) -> None:
    found = persons(anonymizer, text)
    assert person in found
    assert thing not in found


@pytest.mark.parametrize("text, name", [
    ("Titel: Anna am Strand\n", "Anna"),  # a listed first name in a photo's title
    ("Model: Alpcan Yılmaz\n", "Alpcan Yılmaz"),  # a photo's model is a person
    ("Firma: O. Pucci\n", "O. Pucci"),  # Italian: a signature
    ("Arbeitgeber: Jung, Hye-jin\n", "Jung, Hye-jin"),  # a household's employer is a person
    ("Arbeitgeber: Brunner\n", "Brunner"),  # a sole trader's surname under a firm's key
    ("Employer: Kowalczyk\n", "Kowalczyk"),
    ("Allergien: Tamina: Erdnüsse\n", "Tamina"),  # a list of who is allergic to what
    ("Employeur : Holcim\nSalarié : Noémie Curchod\n", "Holcim"),  # a word shaped as a surname, once: kept masked
])
def test_what_stays_a_persons_under_such_keys(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)
