"""Scans near digits (scan.py): a pattern that needs a digit within k characters of its start reads
a detected text only near its digits, and finds exactly what ``finditer``/``search`` find.

The proof (scan.digit_reach) is checked on hand-made patterns; the windowed scan against the plain
engine for every pattern of the anonymizer that has a digit reach, on long random texts of digits,
prose and separators (the windows only start above scan.NEAR_DIGITS_MIN characters).
"""

from __future__ import annotations

import random

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.detectors import scan
from tarnkappe.privacy.gates import GateIndex


@pytest.mark.parametrize(("pattern", "k"), [
    (r"\d", 1), (r"a\d", 2), (r"[A-Z](?=\d)", 2), (r"(?:a\d|b\d{2})x", 2), (r"x{0,3}\d", 4), (r"[0-9]", 1),
    (r"(?:a|b\d)", None), (r"(?<=\d)a", None), (r"(?!\d)a", None), (r"[0-9a]", None), (r"[^\D]", None),
    (r"\d?a", None), (r"(?:ab){0,2}", None), (r"(?P<x>a)?(?(x)\d|b)", None), (r"(?P<x>a)?(?(x)\d|\d)", 2),
])
def test_digit_reach(pattern: str, k: int | None) -> None:
    assert scan.digit_reach(pattern) == k


FRAGMENTS = ["Sehr geehrte Frau Meier, ", "Bahnhofstrasse 12, 8001 Zürich", "+41 79 123 45 67", "\n", "\n\n",
             "geboren am 14.02.1978", "CH93 0076 2011 6238 5295 7", "Rue de la Paix 5", "(044) 668 18 00",
             "Die Projektgruppe hat in den letzten Wochen intensiv gearbeitet. ", "1", "12", "-", "/", " ", ".",
             "Postfach 78 62 8", "A-1010 Wien", "Via Roma 10", "756.1234.5678.97", "Tel. ", "x" * 150]


def test_windowed_scans_find_what_the_engine_finds() -> None:
    Anonymizer(PrivacyConfig(learned_names=False))  # (compiles the detectors' patterns)
    patterns = [pattern for pattern, _reach, k, *_ in scan._facts.values() if k is not None]
    assert len(patterns) > 50
    rnd = random.Random(12)
    for _ in range(6):
        text = "".join(rnd.choice(FRAGMENTS) for _ in range(rnd.randint(200, 700)))
        gated = GateIndex([]).gated(text)
        for pattern in patterns:
            pos = rnd.randrange(len(text) // 2)
            end = rnd.randrange(pos + scan.NEAR_DIGITS_MIN, len(text) + 2)
            assert [m.span() for m in scan.finditer(pattern, gated)] == [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in scan.finditer(pattern, gated, pos, end)] == [
                m.span() for m in pattern.finditer(text, pos, end)]
            found, expected = scan.search(pattern, gated, pos, end), pattern.search(text, pos, end)
            assert (found and found.span()) == (expected and expected.span())


def test_digit_clusters_hold_every_digit() -> None:
    """The clusters (Latin-1 text read as bytes, any other by the pattern) start and end at digits,
    hold every digit, and lie more than the gap apart: the windows built on them miss no digit."""
    assert all(chr(c).isdecimal() == (0x30 <= c <= 0x39) for c in range(256))  # what the bytes rely on
    rnd = random.Random(7)
    for _ in range(400):
        text = "".join(rnd.choice(["a", " ", "1", "23", "x" * rnd.randint(0, 300), "\n", "é", "4" * rnd.randint(1, 40),
                                   "\u0663", "’"]) for _ in range(rnd.randint(0, 60)))
        clusters = scan._digit_clusters(text)
        digits = {k for k, c in enumerate(text) if c.isdecimal()}
        assert {k for start, end in clusters for k in range(start, end) if text[k].isdecimal()} == digits
        assert all(text[start].isdecimal() and text[end - 1].isdecimal() for start, end in clusters)
        assert all(a[1] <= b[0] for a, b in zip(clusters, clusters[1:], strict=False))


LATIN_1_FRAGMENTS = FRAGMENTS + ["Grüsse", "Æbeltoft", "ß", "é", "µ", "ª", "º", "²", "¹", "½", "\u00a0", "\x85", "_",
                                 "ÿ", "×", "÷", "Ö", "\t", "\r\n", "'", "0", "9", "a_b", "Straße 7"]


def test_latin_1_twins_find_what_their_patterns_find() -> None:
    """A pattern's Latin-1 twin (its categories spelled out below U+0100) matches in a Latin-1 text exactly
    what the pattern matches -- scans run it there, in a detected text and in an ASCII one."""
    Anonymizer(PrivacyConfig(learned_names=False))
    pairs = [(pattern, twin) for pattern, _reach, _k, twin, _shortest in scan._facts.values() if twin is not pattern]
    assert len(pairs) > 100
    rnd = random.Random(5)
    texts = ["".join(rnd.choice(LATIN_1_FRAGMENTS) for _ in range(rnd.randint(50, 400))) for _ in range(4)]
    texts.append("".join(chr(rnd.randrange(256)) for _ in range(3000)))
    for text in texts:
        gated = GateIndex([]).gated(text)
        assert gated.latin_1
        for pattern, twin in pairs:
            assert twin.pattern == pattern.pattern and twin.groupindex == pattern.groupindex
            assert [m.span() for m in twin.finditer(text)] == [m.span() for m in pattern.finditer(text)]
            assert [(m.start(), m.groups()) for m in scan.finditer(pattern, gated)] == [
                (m.start(), m.groups()) for m in pattern.finditer(text)]
    assert not GateIndex([]).gated("Zürich \u2013 Genf").latin_1
