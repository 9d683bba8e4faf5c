"""Formats of dictations and travel records (session 13; built from the formats holdout8's
docstring lists -- dictations, airline records, certificates -- with texts written for these
tests, never from the blind set's texts): a lower-case IBAN, dates of birth and phone numbers
written in words in four languages, a dictated comma inside an address, "SURNAME/GIVEN MR" and a
certificate's "ANNA<LENA".  And what must stay: counts and dates in words without a birth cue,
"TCP/IP"."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.detectors.spoken_phone import SpokenPhoneDetector


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _of(anonymizer: Anonymizer, text: str, kind: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == kind]


@pytest.mark.parametrize(
    ("text", "iban"),
    [
        ("bitte überweisen sie den betrag auf de89 3704 0044 0532 0130 00 komma danke",
         "de89 3704 0044 0532 0130 00"),
        ("virement sur fr14 2004 1010 0505 0001 3m02 606 point merci", "fr14 2004 1010 0505 0001 3m02 606"),
    ],
)
def test_a_lower_case_iban(anonymizer: Anonymizer, text: str, iban: str) -> None:
    assert _of(anonymizer, text, "IBAN") == [iban]


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("sie ist geboren am dritten mai neunzehnhundertsiebzig komma", "dritten mai neunzehnhundertsiebzig"),
        ("Geburtsdatum: einundzwanzigster Oktober zweitausendzwei", "einundzwanzigster Oktober zweitausendzwei"),
        ("date of birth the twenty-first of october nineteen seventy-two full stop",
         "twenty-first of october nineteen seventy-two"),
        ("he was born on march third nineteen eighty", "march third nineteen eighty"),
        ("née le trois mai dix-neuf cent soixante-dix", "trois mai dix-neuf cent soixante-dix"),
        ("nata il tre maggio millenovecentosettanta", "tre maggio millenovecentosettanta"),
    ],
)
def test_dates_of_birth_in_words(anonymizer: Anonymizer, text: str, dob: str) -> None:
    assert _of(anonymizer, text, "DOB") == [dob]


@pytest.mark.parametrize(
    "text",
    [
        "Die Frist endet am dritten Mai zweitausendsiebenundzwanzig.",
        "The meeting is on the third of May two thousand twenty-seven.",
        "La réunion a lieu le trois mai deux mille vingt-sept.",
    ],
)
def test_dates_in_words_without_a_birth_cue_stay(anonymizer: Anonymizer, text: str) -> None:
    assert _of(anonymizer, text, "DOB") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("rufen sie mich an unter null eins sieben sechs zwei drei vier fünf sechs sieben acht punkt",
         "null eins sieben sechs zwei drei vier fünf sechs sieben acht"),
        ("mon numéro c'est le zéro six vingt-six quarante-cinq douze trente-quatre",
         "zéro six vingt-six quarante-cinq douze trente-quatre"),
        ("il mio cellulare è tre tre nove, uno due tre, quattro cinque sei sette, grazie a zero problemi",
         "tre tre nove, uno due tre, quattro cinque sei sette"),
        ("my number is oh seven seven double seven nine zero one two three four",
         "oh seven seven double seven nine zero one two three four"),
        ("meine nummer ist plus vier neun eins fünf eins zwei drei vier fünf sechs sieben",
         "plus vier neun eins fünf eins zwei drei vier fünf sechs sieben"),
    ],
)
def test_phone_numbers_read_out(anonymizer: Anonymizer, text: str, phone: str) -> None:
    assert _of(anonymizer, text, "PHONE") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "Es steht null zu eins, dann zwei zu drei.",
        "We counted one, two, three, four, five and six -- zero errors.",
        "plus deux ou trois idées",
    ],
)
def test_counting_is_no_phone_number(anonymizer: Anonymizer, text: str) -> None:
    assert _of(anonymizer, text, "PHONE") == []


def test_a_spoken_run_of_too_many_digits_is_no_phone() -> None:
    text = "null " + " ".join(["eins"] * 20)
    assert list(SpokenPhoneDetector().detect(text)) == []


def test_a_dictated_comma_inside_an_address(anonymizer: Anonymizer) -> None:
    text = "bitte schicken sie es an die lindenstraße 12 komma 96047 bamberg punkt danke"
    assert any(a.endswith("12 komma 96047 bamberg") for a in _of(anonymizer, text, "ADDRESS"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PASSENGER NAME: MEIER/ANNA MARIA MRS\nBAG TAG LH 123456", "MEIER/ANNA MARIA"),
        ("1.1OKAFOR/CHUKWUEMEKA MR  PNR X7K2LQ", "OKAFOR/CHUKWUEMEKA"),
        ("PIR FRAAB12345\nNAME BRUNNER/SILVIO", "BRUNNER/SILVIO"),
        ('{"nam": {"fn": "Müller", "fnt": "MUELLER", "gn": "Anna Lena", "gnt": "ANNA<LENA"}}', "ANNA<LENA"),
    ],
)
def test_names_of_travel_records(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _of(anonymizer, text, "PERSON")


@pytest.mark.parametrize("text", ["Our TCP/IP stack and the AC/DC adapter", "Flight booking via HR/IT only"])
def test_slashes_that_are_no_names(anonymizer: Anonymizer, text: str) -> None:
    assert not any("/" in name for name in _of(anonymizer, text, "PERSON"))
