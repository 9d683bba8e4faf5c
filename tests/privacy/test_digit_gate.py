"""A text without a digit is not read by the detectors that need one (anonymizer.NEED_A_DIGIT): it
must be detected exactly as when every detector reads it.

Three ways: each gated detector finds only values with a digit, on evaluation documents and on
generated texts of their cue words; and the anonymizer with the gate finds what it finds with every
detector, on evaluation documents with their digits taken out and on generated texts without a
digit. Bounded by counts (documents, examples), never by time.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.anonymizer import NEED_A_DIGIT

DATA = Path(__file__).resolve().parents[2] / "bench" / "privacy" / "data"
_DIGIT = re.compile(r"\d")  # Python's: every character of Unicode's decimal-digit category (full-width too)


def _documents(limit_per_set: int) -> list[str]:
    """The first ``limit_per_set`` texts of every evaluation set (bench/privacy/data)."""
    texts: list[str] = []
    for path in sorted(DATA.glob("synthetic_*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for k, line in enumerate(lines):
                if k >= limit_per_set:
                    break
                texts.append(json.loads(line)["text"])
    return texts


DOCUMENTS = _documents(40)


@pytest.fixture(scope="module")
def gated() -> Anonymizer:
    return Anonymizer(PrivacyConfig(deny_terms=["Projekt Falke"], allow_terms=["Tarnkappe AG"]))


@pytest.fixture(scope="module")
def ungated(gated: Anonymizer) -> Anonymizer:
    """The same anonymizer with every detector reading every text."""
    full = Anonymizer(PrivacyConfig(deny_terms=["Projekt Falke"], allow_terms=["Tarnkappe AG"]))
    full._digitless = full._detectors
    return full


def _spans(anonymizer: Anonymizer, text: str) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.type) for e in anonymizer.detect(text)]


def test_the_gate_holds_only_detectors_the_anonymizer_has(gated: Anonymizer) -> None:
    assert NEED_A_DIGIT <= {type(d) for d in gated._detectors}
    assert len(gated._digitless) == len(gated._detectors) - len(NEED_A_DIGIT)


def test_the_gated_detectors_find_only_values_with_a_digit_in_evaluation_documents(gated: Anonymizer) -> None:
    assert len(DOCUMENTS) > 500
    found = 0
    for text in DOCUMENTS:
        for detector in gated._detectors:
            if type(detector) in NEED_A_DIGIT:
                for entity in detector.detect(text):
                    found += 1
                    assert _DIGIT.search(entity.text), (type(detector).__name__, entity)
    assert found > 100  # (they did find values)


def test_evaluation_documents_without_their_digits_are_detected_as_with_every_detector(
        gated: Anonymizer, ungated: Anonymizer) -> None:
    for text in DOCUMENTS:
        plain = _DIGIT.sub("", text)
        assert _spans(gated, plain) == _spans(ungated, plain)


# The cue words and shapes of the gated detectors, without their digits: birth cues, phone cues, postcode
# cues, street types, English postcodes and units, the genealogical signs, months, Roman months, and
# characters that look like digits or are numbers of other kinds (superscripts, fractions, Roman numerals).
_FRAGMENTS = [
    "geboren am ", "geb. ", "Geburtsdatum: ", "born ", "DOB: ", "né le ", "nata il ", "Jahrgang ", "Jg. ", "* ", "b. ",
    "n. ", "°", "✶ ", "(", ")", "Tel. ", "Tel: ", "+", "Telefon ", "Mobile: ", "ext. ", "wohnhaft in ", "PLZ/Ort: ",
    "à ", "in ", "lives in ", "Zürich", "Bern", "Bahnhofstrasse ", "Main Street", " Road", " Ave", "Flat B, ",
    "Rose Court, ", "London SW", "SW A AA", "K A B", "Dublin ", "APO AE ", "PSC ", "Box ", "Unit ", "rue de la Gare ",
    "via Roma ", "März ", "March ", "mars ", "III", "XII", ".", "/", "-", ", ", ": ", "; ", "\n", "\t", " ", "  ",
    "Anna Meier", "Frau Keller", "O", "l", "I", "S", "²", "½", "Ⅻ", "①", "٫", "Kinder (", "Geburtsdaten:\n- ",
    # numbers in words, which other detectors read (spoken phones, dates in words): a gate that held
    # those would be caught here too
    "null ", "sieben ", "neun ", "eins ", "zwei ", "drei ", "zero ", "seven ", "nine ", "double ", "dritten ",
    "neunzehnhundertachtzig", "nineteen eighty", "mil neuf cent ", "quatre-vingt ", "millenovecento",
]
_DIGITLESS = st.lists(st.sampled_from(_FRAGMENTS) | st.text(st.characters(blacklist_categories=("Nd", "Cs")),
                                                             max_size=6),
                      max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_DIGITLESS)
def test_the_gated_detectors_find_nothing_in_a_generated_text_without_a_digit(gated: Anonymizer, text: str) -> None:
    assert not _DIGIT.search(text)
    for detector in gated._detectors:
        if type(detector) in NEED_A_DIGIT:
            assert list(detector.detect(text)) == []


@settings(max_examples=150, deadline=None)
@given(text=_DIGITLESS)
def test_a_generated_text_without_a_digit_is_detected_as_with_every_detector(
        gated: Anonymizer, ungated: Anonymizer, text: str) -> None:
    assert _spans(gated, text) == _spans(ungated, text)


def test_a_text_with_a_digit_anywhere_is_read_by_every_detector(gated: Anonymizer, ungated: Anonymizer) -> None:
    for text in ("Tel. ０７９ １２３ ４５ ６７", "Anna Meier, geboren am 3. März 1980, Tel. 079 123 45 67",
                 "wohnhaft in 6300 Zug", "12 Rose Court, London SW1A 1AA"):
        assert _spans(gated, text) == _spans(ungated, text) != []
