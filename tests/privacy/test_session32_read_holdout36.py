"""Shapes of holdout36 (blind since session 31, measured at the start of session 32, then read) the anonymizer now
masks: first names of every origin the lists lacked (Jörg Michael's nam_dict.txt, as gender-guesser ships it), the one
an appointment is with ("… bei Pascale (Ansatzfarbe)"), a caretaker's or a mentor's name typed in lower case after
the role, an IRC log's and a "(6:46 PM)" speaker before a lower-case message, a form's key written in two languages
("nachname(n) / last name(s)"), a record's "[name]" beside "[vorname]", a name under a "name =" key typed in lower
case, a stylist's or a skipper's key, a patient's date before a diagnosis' code -- and what stays readable beside
them (a level under a role's key, a date in a table where an Italian street type stands, Austrian door numbers, an
organisation's mailbox at a town's domain, a record's keys that are no speakers)."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.detectors.field_keys import normalise_key
from tarnkappe.privacy.names import load_lexicon


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _found(anonymizer: Anonymizer, text: str) -> dict[str, str]:
    return {e.text: e.type for e in anonymizer.detect(text)}


def _persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "PERSON"]


@pytest.mark.parametrize("name", ["Leonhard", "Tilmann", "Laurenz", "Aynur", "Vasilis", "Daryna", "Konstantin",
                                  "Igor", "Vladimir", "Jochen", "Mehmet", "Murat", "Ermenegildo", "Theophil"])
def test_first_names_of_every_origin_are_listed(name: str) -> None:
    assert load_lexicon().is_first_name(name)


@pytest.mark.parametrize("word", ["Tea", "Mall", "Valve", "Door", "Basel", "Haifa", "Pena", "Mille"])
def test_words_and_towns_of_that_list_are_left_out(word: str) -> None:
    assert not load_lexicon().is_first_name(word)


@pytest.mark.parametrize(("text", "name"), [
    ("Guten Tag Frau Olbrich, wir erinnern an Ihren Termin am 03.02.2027 um 09:15 bei Daryna (Balayage).", "Daryna"),
    ("Hi Sam, a reminder of your appointment on 02/11/2027 at 3:30 PM with Vasilis (Beard trim).", "Vasilis"),
    ("Bonjour, rappel de votre RDV le 14.05.2027 à 11h00 avec Gelsomina (Coupe enfant).", "Gelsomina"),
    ("ciao marta, ti ricordiamo l'appuntamento del 09.06.2027 alle 10:00 con ermenegildo (taglio uomo).",
     "ermenegildo"),
    ("HALLO JENS, WIR ERINNERN AN IHREN TERMIN AM 01.03.2027 UM 10:00 BEI SWETLANA (BART TRIMMEN).", "SWETLANA"),
])
def test_the_one_an_appointment_is_with(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _persons(anonymizer, text)


@pytest.mark.parametrize("text", [
    "Ihr Termin am 03.02.2027 bei Coiffure (Zürich) ist bestätigt.",
    "Your appointment on 02/11/2027 with Basel (the clinic) is confirmed.",
])
def test_no_one_an_appointment_is_with_where_a_word_or_a_town_stands(anonymizer: Anonymizer, text: str) -> None:
    assert not _persons(anonymizer, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Kathi, [03.03.27 09:10]\nbesichtigung bitte mit hauswartin wyrsch-oberholzer, erreichbar unter 079 555 12 12",
     "wyrsch-oberholzer"),
    ("Dominic  08:12\nviewing via the caretaker tilmann oakhurst on 07700 900123", "tilmann oakhurst"),
    ("Léa (10:02): le concierge, alfred le quéré, 06 12 34 56 78", "alfred le quéré"),
    ("sehr geehrter herr dr. ernst morgenthaler,", "ernst morgenthaler"),
])
def test_a_lower_case_name_after_a_role_typed_so(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _persons(anonymizer, text)


def test_a_role_before_an_ordinary_word_names_no_one(anonymizer: Anonymizer) -> None:
    assert not _persons(anonymizer, "bitte die hauswartin informieren, der concierge service ist zu.")


@pytest.mark.parametrize(("text", "name"), [
    ("[08:20] <Ottilie> preis 1071 (ballonfahrt) noch nicht abgeholt, laurenz obermoser geht nicht ran",
     "laurenz obermoser"),
    ("Marcia (6:46 PM): the spare key is with tilmann kessling, call him", "tilmann kessling"),
])
def test_a_speakers_prefix_before_a_lower_case_message(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _persons(anonymizer, text)


@pytest.mark.parametrize(("key", "normal"), [
    ("nachname(n) / last name(s)", "nachname"),
    ("nome / first name(s)", "firstname"),
    ("cognome / last name(s)", "cognome"),
])
def test_a_key_in_two_languages_is_one_of_them(key: str, normal: str) -> None:
    assert normalise_key(key) == normal


@pytest.mark.parametrize(("key", "normal"), [("Ort / Zeit", "ortzeit"), ("Beruf / Arbeitgeber", "berufarbeitgeber")])
def test_two_questions_in_one_key_are_read_as_written(key: str, normal: str) -> None:
    assert normalise_key(key) == normal


@pytest.mark.parametrize(("text", "names"), [
    ("| nachname(n) / last name(s) | brechbühl |\n| vorname(n) / first name(s) | ansgar |", ["brechbühl", "ansgar"]),
    ("[anreise] 18.07.2027\n[name] weiss\n[vorname] odette\n", ["weiss", "odette"]),
    ("i tuoi dati:\nnome = ivo rusconi\ne-mail = ivo.r@example.com", ["ivo rusconi"]),
    ('{"id": 7, "name": "calogero maspero", "street": "via san gottardo 6"}', ["calogero maspero"]),
])
def test_names_under_keys_typed_in_lower_case(anonymizer: Anonymizer, text: str, names: list[str]) -> None:
    found = _persons(anonymizer, text)
    assert all(name in found for name in names), found


@pytest.mark.parametrize(("text", "value"), [
    ("Ort / Zeit: Station Rathausplatz, 29.06.2027 18:50", "Station Rathausplatz, 29.06.2027 18:50"),
    ("Beruf / Arbeitgeber: Pflegefachfrau, Kantonsspital", "Pflegefachfrau, Kantonsspital"),
    ("name: default\nport: 8080", "default"),
])
def test_values_under_keys_that_name_no_one_stay(anonymizer: Anonymizer, text: str, value: str) -> None:
    assert value not in _found(anonymizer, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Datum;Zeit;Patient/in;Telefon;Therapeut/in\n03.05.2027;09:00;Barth, Emil;0176 1234567;Sieglinde\n"
     "03.05.2027;10:00;Rey, Ella;0171 7654321;Kunigunde", "Kunigunde"),
    ('{"date": "2027-03-02", "service": "Balayage", "stylist": "Leonhard", "price": "CHF 120"}', "Leonhard"),
    ('{"berth": 4, "vessel": "Windspiel", "skipper": "Hope Friend", "phone": "+44 7700 900123"}', "Hope Friend"),
    ('{"date": "2027-04-26", "service": "piega e taglio", "stylist": "biagio", "price": "chf 52.65"}', "biagio"),
])
def test_names_under_the_keys_of_salons_practices_and_harbours(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _persons(anonymizer, text)


@pytest.mark.parametrize("text", ["sender: system\nrecipient: admin\n", "    stylist: lei\n    price: 15\n"])
def test_a_word_under_a_roles_key_typed_in_lower_case_stays(anonymizer: Anonymizer, text: str) -> None:
    assert not _persons(anonymizer, text)


def test_a_level_under_a_salons_key_stays(anonymizer: Anonymizer) -> None:
    found = _persons(anonymizer, "Leistung;Stylist;Preis\nHerrenschnitt;Junior;45\nDamenschnitt;Senior;85")
    assert "Junior" not in found and "Senior" not in found


@pytest.mark.parametrize(("text", "dob"), [
    ("SOAP 18.06.2027\nSCHOMBERG Marie, 16.03.19 - F84.0\n\nS: Marie berichtet", "16.03.19"),
    ("SOAP 05.02.2027\nElla Mairhofer, 25.03.2021 - F84.0", "25.03.2021"),
    ("SOAP note 12 September 2027\nArthur Penrose, 9 Jun 2021 - F90.0", "9 Jun 2021"),
])
def test_a_patients_date_before_a_diagnosis_code(anonymizer: Anonymizer, text: str, dob: str) -> None:
    assert _found(anonymizer, text).get(dob) == "DOB"


def test_a_meetings_date_without_a_code_stays(anonymizer: Anonymizer) -> None:
    assert "DOB" not in _found(anonymizer, "Protokoll\nElla Mairhofer, 25.03.2026\nTeilnehmende: 5").values()


@pytest.mark.parametrize(("text", "name", "dob"), [
    ("Nome             Rapporto  Nato/a il\n---------------  --------  ---------\n"
     "Sofia Traversi   compagna  7/6/1964\n", "Sofia Traversi", "7/6/1964"),
    ("Date\tTime\tPatient\tDOB\tPhone\nOct 9, 2027\t8:30 AM\tRaymond Kochs\t8/16/94\t(512) 555-0178\n",
     "Raymond Kochs", "8/16/94"),
])
def test_a_date_in_a_row_is_no_house_number(anonymizer: Anonymizer, text: str, name: str, dob: str) -> None:
    found = _found(anonymizer, text)
    assert found.get(name) == "PERSON" and found.get(dob) == "DOB", found


def test_austrian_door_numbers_stay_an_address(anonymizer: Anonymizer) -> None:
    assert _found(anonymizer, "Herr Kurt Aigner, Am Kogel 9/2/14 – 85 Jahre\n").get("Am Kogel 9/2/14") == "ADDRESS"


@pytest.mark.parametrize("text", [
    "Fragen? kurse@pilzverein-rosenheim.de",
    "Schreiben Sie an helpdesk@locarno.ch",
])
def test_an_organisations_mailbox_at_a_towns_domain_stays(anonymizer: Anonymizer, text: str) -> None:
    assert "EMAIL" not in _found(anonymizer, text).values()


def test_a_records_keys_are_no_speakers(anonymizer: Anonymizer) -> None:
    text = ("app: CoachFit Studio\nrecords:\n  - first_name: Hedda\n    last_name: Hörle\n    card: •••• 2170\n"
            "  - first_name: Miodrag\n    last_name: Holzapfel\n    card: •••• 4471\n"
            "Miodrag Holzapfel: bitte prüfen\n")
    found = _persons(anonymizer, text)
    assert "card" not in found and "app" not in found and "Hedda" in found


def test_a_caller_from_an_organisation_is_the_first_name_only(anonymizer: Anonymizer) -> None:
    found = _persons(anonymizer, "[16:05] 0170 555 1842: Hallo, hier Irmtraud von der Post, bin gleich da.")
    assert found == ["Irmtraud"]


def test_a_word_labelling_a_number_is_no_name(anonymizer: Anonymizer) -> None:
    found = _persons(anonymizer, "Worker: LAW Conor   Payroll no. 695634")
    assert "Payroll" not in found and "LAW Conor" in found
