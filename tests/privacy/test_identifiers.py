"""Checksummed identifiers: valid ones are found, one changed digit is not."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tarnkappe.privacy.detectors.identifiers import IdentifierDetector, is_valid_de_rvnr

VALID = [
    ("Bitte auf CH93 0076 2011 6238 5295 7 überweisen.", "CH93 0076 2011 6238 5295 7", "IBAN"),
    ("IBAN DE89370400440532013000 (Commerzbank)", "DE89370400440532013000", "IBAN"),
    ("Virement sur FR14 2004 1010 0505 0001 3M02 606.", "FR14 2004 1010 0505 0001 3M02 606", "IBAN"),
    ("Conto IT60X0542811101000000123456, grazie", "IT60X0542811101000000123456", "IBAN"),
    ("Konto AT61 1904 3002 3457 3201.", "AT61 1904 3002 3457 3201", "IBAN"),
    ("Card 4111 1111 1111 1111 expired", "4111 1111 1111 1111", "CARD"),
    ("Karte 5500-0000-0000-0004.", "5500-0000-0000-0004", "CARD"),
    ("AHV-Nr. 756.1234.5678.97", "756.1234.5678.97", "AHV"),
    ("numéro AVS 7561234567897", "7561234567897", "AHV"),
    ("Steuer-ID 86095742719", "86095742719", "TAXID"),
    ("Versicherungsnummer 65 170839 J 00 3", "65 170839 J 00 3", "SSN"),
    ("SVNR 1237 010180", "1237 010180", "SSN"),
    ("UID CHE-116.281.710 MWST", "CHE-116.281.710 MWST", "VAT"),
    ("USt-IdNr. DE136695976", "DE136695976", "VAT"),
    ("UID ATU13585627", "ATU13585627", "VAT"),
]


@pytest.mark.parametrize(("text", "value", "etype"), VALID)
def test_valid_identifiers_are_found(text: str, value: str, etype: str) -> None:
    found = {(e.text, e.type) for e in IdentifierDetector().detect(text)}
    assert (value, etype) in found


def _flip_last_digit(value: str) -> str:
    idx = max(i for i, c in enumerate(value) if c.isdigit())
    return value[:idx] + str((int(value[idx]) + 1) % 10) + value[idx + 1:]


@pytest.mark.parametrize(("text", "value", "etype"), VALID)
def test_invalid_checksum_is_not_flagged(text: str, value: str, etype: str) -> None:
    broken = text.replace(value, _flip_last_digit(value))
    assert not [e for e in IdentifierDetector().detect(broken) if e.type == etype]


def test_rvnr_known_examples_and_rejections() -> None:
    assert is_valid_de_rvnr("65170839J003")
    assert is_valid_de_rvnr("15070649C103")
    assert not is_valid_de_rvnr("65170839J004")
    assert not is_valid_de_rvnr("65173939J003")  # month 39 is no month


def test_ordinary_numbers_are_not_identifiers() -> None:
    text = "Rechnung 2024-0815 über CHF 1'250.00, Auftrag 12345678901234 vom 12.03.2024."
    assert not [e for e in IdentifierDetector().detect(text) if e.type in ("IBAN", "AHV", "CARD")]


def test_two_ibans_in_a_row_are_both_found() -> None:
    text = "CH93 0076 2011 6238 5295 7 UND DE89 3704 0044 0532 0130 00"
    assert [e.text for e in IdentifierDetector().detect(text) if e.type == "IBAN"] == [
        "CH93 0076 2011 6238 5295 7",
        "DE89 3704 0044 0532 0130 00",
    ]


_BBAN_CHARS = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


@settings(max_examples=400, deadline=None)
@given(data=st.data(), grouped=st.booleans(), checked=st.booleans(), loose=st.booleans())
def test_the_iban_check_is_stdnums(data: st.DataObject, grouped: bool, checked: bool, loose: bool) -> None:
    """is_valid_iban (stdnum's steps with its per-number lookups done at import) says what
    stdnum.iban.is_valid says without the national checks (check_country=False: BE's asks its bank
    registry, and an account at a bank stdnum does not list is still an account -- since
    2026-12-04), and every IBAN stdnum calls valid with them is one too: random BBANs of the
    country's structure (or any characters, ``loose``), with correct (``checked``) or random
    check digits."""
    from stdnum import iban as stdnum_iban

    from tarnkappe.privacy.detectors import identifiers

    country = data.draw(st.sampled_from(sorted(identifiers._BBAN_FORMATS)))
    body = ""
    for count, kind in stdnum_iban._struct_re.findall(identifiers._BBAN_FORMATS[country]):
        pool = _BBAN_CHARS["c" if loose else kind]
        body += data.draw(st.text(alphabet=st.sampled_from(pool), min_size=int(count), max_size=int(count)))
    check = (stdnum_iban.calc_check_digits(f"{country}00{body}") if checked
             else f"{data.draw(st.integers(0, 99)):02d}")
    compact = f"{country}{check}{body}"
    candidate = " ".join(compact[k:k + 4] for k in range(0, len(compact), 4)) if grouped else compact
    assert re.fullmatch("[A-Z]" + identifiers._SHAPES["iban"], candidate)
    assert identifiers.is_valid_iban(candidate) == stdnum_iban.is_valid(candidate, check_country=False)
    if stdnum_iban.is_valid(candidate):
        assert identifiers.is_valid_iban(candidate)


def test_an_iban_at_a_bank_no_registry_lists_is_masked() -> None:
    """ISO 13616 checksum right, bank code "539" unknown to python-stdnum's Belgian registry."""
    from stdnum import iban as stdnum_iban

    assert not stdnum_iban.is_valid("BE68539007547034")
    found = [e.text for e in IdentifierDetector().detect("Compte : BE68 5390 0754 7034, merci.") if e.type == "IBAN"]
    assert found == ["BE68 5390 0754 7034"]


@settings(max_examples=400, deadline=None)
@given(rest=st.text(alphabet=st.sampled_from(list("0123456789") + ["５", "٣"]), min_size=8, max_size=11),
       prefix=st.sampled_from(["756", "757", "75", "7560"]), checked=st.booleans())
def test_the_ahv_check_is_stdnums(rest: str, prefix: str, checked: bool) -> None:
    """_is_ahv says what stdnum.ch.ssn.is_valid says (full-width and Arabic-Indic digits too)."""
    from stdnum import ean
    from stdnum.ch import ssn

    from tarnkappe.privacy.detectors import identifiers

    digits = prefix + rest
    if checked and len(digits) == 13 and digits[:12].isascii():
        digits = digits[:12] + ean.calc_check_digit(digits[:12])
    assert identifiers._is_ahv(digits) == ssn.is_valid(digits)


def test_a_card_number_grouped_by_dots() -> None:
    from tarnkappe.privacy import Anonymizer, PrivacyConfig

    found = [(e.type, e.text) for e in Anonymizer(PrivacyConfig(learned_names=False)).detect(
        "card 5555.5555.5555.4444 exp 08/29, version 3.10.12.1234.5678")]
    assert found == [("CARD", "5555.5555.5555.4444")]
