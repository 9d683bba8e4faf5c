"""Scans at their start strings (detectors/literal_starts.py, scan.py): a pattern every match of which
starts with one of a few strings is tried by the engine only where one of them occurs in a detected
text, and finds exactly what ``finditer``/``search`` find.

The proof (literal_starts) is checked on hand-made patterns; the scans at the starts against the plain
engine for every indexed pattern of the anonymizer, on long random texts of its own start strings,
prose and separators (the index is only asked above scan.NEAR_DIGITS_MIN characters).
"""

from __future__ import annotations

import random

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.detectors import scan
from tarnkappe.privacy.detectors.literal_starts import SHORTEST, StartIndex, literal_starts


@pytest.mark.parametrize(("pattern", "words"), [
    (r"Frau|Herrn?", {"Frau", "Herr"}),
    (r"[rb](?<![\w])(?:(?<=r)(?:ue|oute)|(?<=b)d[ ])x", {"ruex", "rout", "bd x"}),  # look-behinds pick the letter
    (r"(?:ab|cd)ef", {"abef", "cdef"}),
    (r"abc+d", {"abc"}),
    (r"(?<=x)abc", {"abc"}),
    (r"\babc\b", {"abc"}),
    (r"(?!abd)abc", {"abc"}),  # a negative look-ahead is read as if absent
    (r"abcdefgh", {"abcd"}),  # (LONGEST)
    (r"(?:abc|de)", None),  # "de": too short
    (r"a?bcd", None),
    (r"(?:abc)?def", None),
    (r"[^x][^y]cd", None),  # 255 x 255 strings: too many
    (r"\w\w\w", None),
    (r"(?P<x>a)?(?(x)bcd|efg)", None),
])
def test_literal_starts(pattern: str, words: set[str] | None) -> None:
    found = literal_starts(pattern)
    assert (found and set(found.words)) == words


def test_any_text_or_latin_1_only() -> None:
    assert literal_starts(r"rue\s").any_text is False  # \s: a class of other characters too
    assert literal_starts(r"(?i:rue)").any_text is False  # (case-insensitive: "ſ", "K" ...)
    assert literal_starts(r"rue[ ]").any_text is True
    assert set(literal_starts(r"(?i:ab)c").words) == {"abc", "Abc", "aBc", "ABc"}
    assert literal_starts(r"été|Ölweg") is not None


FRAGMENTS = ["Sehr geehrte Frau Meier, ", "Bahnhofstrasse 12, 8001 Zürich", "\n", "\n\n", "geboren am 14.02.1978",
             "Rue de la Paix 5", "rue de la Paix 5", "via Roma 10", "mein Partner Ivo", "Die Projektgruppe hat. ",
             "1", "-", "/", " ", ".", ",", "(", ":", "x" * 150, "é", "’"]


def test_scans_at_the_starts_find_what_the_engine_finds() -> None:
    anonymizer = Anonymizer(PrivacyConfig(learned_names=False))
    index: StartIndex = anonymizer._gates.start_index
    indexed = [(pattern, shortest) for pattern, _reach, _k, _twin, shortest in scan._facts.values()
               if id(pattern) in index.keys]
    assert len(indexed) > 50 and any(shortest < SHORTEST for _pattern, shortest in indexed)  # (the birth cues)
    patterns = [pattern for pattern, _shortest in indexed]
    words = sorted({w for pattern, shortest in indexed
                    for w in literal_starts(pattern.pattern, pattern.flags, shortest=shortest).words})
    rnd = random.Random(5)
    for round_ in range(6):
        pieces = FRAGMENTS + rnd.sample(words, 200)
        parts: list[str] = []
        while sum(map(len, parts)) < rnd.randint(3 * scan.NEAR_DIGITS_MIN, 6 * scan.NEAR_DIGITS_MIN):
            parts.append(rnd.choice(pieces))
        text = "".join(parts)
        if round_ % 3 == 2:
            text = text.replace("’", "'")  # a Latin-1 text: the strings of Latin-1 only hold too
        gated = anonymizer._gates.gated(text)
        for pattern in patterns:
            pos = rnd.randrange(len(text) // 2)
            end = rnd.randrange(pos + scan.NEAR_DIGITS_MIN, len(text) + 2)
            assert [m.span() for m in scan.finditer(pattern, gated)] == [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in scan.finditer(pattern, gated, pos, end)] == [
                m.span() for m in pattern.finditer(text, pos, end)]
            found, expected = scan.search(pattern, gated, pos, end), pattern.search(text, pos, end)
            assert (found and found.span()) == (expected and expected.span())


def test_starts_across_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A string across the border of two chunks of the automaton's pass is found once."""
    from tarnkappe.privacy.detectors import literal_starts as module

    index = StartIndex([(1, literal_starts(r"Frau|Herr"))])
    text = "xx Frau yy Herr Frau"
    expected = index.starts(text)
    assert expected == {1: [3, 11, 16]}
    for chunk in range(1, 8):
        monkeypatch.setattr(module, "CHUNK", chunk)
        assert index.starts(text) == expected
