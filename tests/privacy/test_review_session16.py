"""Review of f9edcbf (session 16): problems found by the review; each test fails on f9edcbf."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer
from tarnkappe.privacy.detectors.dates import _listed_under_birth_heading
from tarnkappe.privacy.detectors.fields import _segments


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer()


class _CountingStr(str):
    """A str that counts the characters its find() calls read (no wall clock)."""

    read = 0

    def find(self, sub, start=None, end=None):  # type: ignore[override]
        s = 0 if start is None else start
        e = len(self) if end is None else min(end, len(self))
        r = str.find(self, sub, start, end)
        type(self).read += max(0, (e if r < 0 else r + len(sub)) - s)
        return r


@pytest.mark.parametrize("unit", ["a:\n", "a:\r\n"])
def test_birth_heading_scan_reads_each_character_a_bounded_number_of_times(unit: str) -> None:
    # every ":\n" searched for the next ":\r\n" to the text's end (and the reverse): quadratic
    # (200 KB of "a:\n": ~9 s of Anonymizer.detect, 1 MB: ~220 s)
    text = _CountingStr(unit * 20_000)
    _CountingStr.read = 0
    list(_listed_under_birth_heading(text))
    assert _CountingStr.read <= 20 * len(text)


def test_pair_gaps_read_the_line_a_bounded_number_of_times() -> None:
    # each " – " gap searched for ": " from the line's start: "a=b" + " – x" * N is quadratic
    text = _CountingStr("a=b" + " – x" * 20_000)
    _CountingStr.read = 0
    list(_segments(text, 0, len(text)))
    assert _CountingStr.read <= 20 * len(text)


def test_crlf_heading_before_a_later_lf_heading(anonymizer: Anonymizer) -> None:
    # the first ":\n" is taken even when a ":\r\n" heading comes before it
    text = "Kinder (Vorname, Geburtsdatum):\r\n  - Silke, 19.04.2017\r\n  - Ben, 02.11.2019\r\nNotiz:\nok"
    found = {e.text for e in anonymizer.detect(text)}
    assert {"19.04.2017", "02.11.2019"} <= found


@pytest.mark.parametrize("text, name", [
    ("Mein partner bohdan ist krank.", "bohdan"),
    ("Mio marito thanh risponde.", "thanh"),
    ("Klingel gstrein.", "gstrein"),
])
def test_kin_shapes_at_a_sentence_start(anonymizer: Anonymizer, text: str, name: str) -> None:
    # the same shapes with their first word capitalised, as a message's first word is
    assert name in {e.text for e in anonymizer.detect(text)}


@pytest.mark.parametrize("text", [
    "my sister (grace period) ends soon",
    "ask my dad (mark the date)",
    "call my mother (will do)",
])
def test_ordinary_words_in_parentheses_after_a_family_word(anonymizer: Anonymizer, text: str) -> None:
    assert anonymizer.detect(text) == []


@pytest.mark.parametrize("text", [
    "Born in the USA tour dates:\n- 12.06.2024 Berlin\n- 14.06.2024 Hamburg",
    "Nachsorgetermine für Neugeborene:\n- 12.03.2024 Hausbesuch\n- 15.03.2024 Wiegen",
])
def test_event_dates_under_a_heading_that_only_contains_a_birth_word(anonymizer: Anonymizer, text: str) -> None:
    assert not [e for e in anonymizer.detect(text) if str(e.type).endswith("DOB")]
