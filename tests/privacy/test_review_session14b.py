"""Review of session 14's second half (8836dd4..30f6153): leaks and false values the new rules made,
and the linear time of their shapes."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.detectors import scan


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _spans(anonymizer: Anonymizer, text: str) -> list[tuple[str, str]]:
    return [(text[e.start:e.end], e.type.value if hasattr(e.type, "value") else str(e.type))
            for e in anonymizer.detect(text)]


def _masked(anonymizer: Anonymizer, text: str) -> str:
    return anonymizer.mask(text, anonymizer.new_vault())


@pytest.mark.parametrize("text, street", [
    ("Elle habite 5-7 rue de la Paix, 75002 Paris.", "rue de la Paix"),  # a range's second number
    ("Livraison au 12/14 avenue Foch, 75016 Paris.", "avenue Foch"),
])
def test_a_number_first_street_after_a_range_or_pair_is_an_address(anonymizer: Anonymizer, text: str,
                                                                   street: str) -> None:
    masked = _masked(anonymizer, text)
    assert street not in masked and "7500" not in masked


@pytest.mark.parametrize("text, number", [
    ("Il habite au 12 rue Victor Hugo 3 ème étage.", "12 rue"),  # the number after is the floor's
    ("Mme Claire Dubois, 4 rue des Écoles 2 ans de suite", "4 rue"),
    ("Adresse:\n2010\nchemin du Lac, Montréal", "2010"),  # a house number on its line, no date's year
])
def test_the_house_number_before_a_street_stays_in_the_address(anonymizer: Anonymizer, text: str,
                                                               number: str) -> None:
    assert number not in _masked(anonymizer, text)


@pytest.mark.parametrize("text, kept", [
    ("née le 27/01/1998, Chaussée de Wavre 12", "27/01/1998"),  # a date's year is no house number
    ("Mariage Dupont – 10 juin 2026\n12 rue des Champs", "2026"),
    ("Lot n° 28, Avenue Louise 234 boîte 7", "28"),  # a lot's number
])
def test_dates_and_lot_numbers_are_still_no_house_numbers(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert all(kept not in value for value, kind in _spans(anonymizer, text) if kind.lower() == "address")


@pytest.mark.parametrize("text, word", [
    ("I asked my brother Google for help.", "Google"),  # a relative's word before an ordinary word
    ("The wife Chrome tab crashed.", "Chrome"),
    ("Le fils Prodigue revient.", "Prodigue"),
    ("Il figlio Maggiore lavora a Milano.", "Maggiore"),
    ("sister Act was a film", "Act"),
])
def test_a_relatives_word_before_an_ordinary_word_makes_no_name(anonymizer: Anonymizer, text: str,
                                                                 word: str) -> None:
    assert word in _masked(anonymizer, text)


@pytest.mark.parametrize("text, name", [
    ("mio fratello Giorgio arriva.", "Giorgio"),
    ("ma fille Rose est malade.", "Rose"),  # a listed first name, an ordinary word too
    ("my sister Grace called.", "Grace"),
    ("la famille Petit", "Petit"),  # a family's word: its name
])
def test_a_relatives_first_name_is_still_a_name(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name not in _masked(anonymizer, text)


@pytest.mark.parametrize("text, leaked", [
    ("Liste: von Graffenried, Anna; von Wattenwyl, Beat", ("Graffenried", "Anna", "Wattenwyl")),
    ("Antwort von Weber, Lukas", ("Weber",)),  # "von" a preposition: the surname written first is a name
    ("Teilnehmer: van den Berg, Jan; ter Horst, Jan", ("Berg", "Horst")),
    ("| 1 | van der Dussen, Bruno | 20.01.1980 |", ("van der", "Dussen")),  # the particles with the name
])
def test_a_surname_written_first_after_its_particles_is_masked(anonymizer: Anonymizer, text: str,
                                                               leaked: tuple[str, ...]) -> None:
    masked = _masked(anonymizer, text)
    assert not [word for word in leaked if word in masked]


@pytest.mark.parametrize("text", [
    "Listing: 1200 Square Feet, 3 bedrooms",
    "Size: 850 Square Metres",
    "approx. 90 square Meter Wohnfläche",
])
def test_a_surface_in_square_units_is_no_address(anonymizer: Anonymizer, text: str) -> None:
    assert not [value for value, kind in _spans(anonymizer, text) if kind.lower() == "address"]


def test_a_square_is_still_a_street(anonymizer: Anonymizer) -> None:
    assert "Montholon" not in _masked(anonymizer, "Adresse: 12 square Montholon, Paris")
