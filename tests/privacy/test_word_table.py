"""The word frequencies' compact table (learned/word_table.py, issue 18) answers exactly as the
dict it replaced: over every shipped word, over random words that are not there, and over random
tables (hypothesis) with the letters that take the table's other paths (beyond Latin-1, empty,
line breaks, NULs)."""

from __future__ import annotations

import gzip
import io
import random
import sys
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tarnkappe.privacy.learned import features
from tarnkappe.privacy.learned.word_table import WordTable


def _old_load_word_freq() -> dict[str, str]:
    """load_word_freq as it was before the table (f2930b3): a dict."""
    with resources.files("tarnkappe.privacy").joinpath("data", "word_freq.txt.gz").open("rb") as raw:
        words, codes = gzip.decompress(raw.read()).decode("utf-8").split("\0")
    shared: dict[str, str] = {}
    per_word = (shared.setdefault(line, line) for line in map(str.rstrip, io.StringIO(codes)))
    return dict(zip(words.split("\n"), per_word, strict=False))


@pytest.fixture(scope="module")
def old() -> dict[str, str]:
    return _old_load_word_freq()


def _same(table: WordTable, expected: dict[str, str], queries: list[str]) -> None:
    for word in queries:
        assert table.get(word) == expected.get(word), word
        assert table.get(word, "-") == expected.get(word, "-"), word
        assert (word in table) == (word in expected), word
        if word in expected:
            assert table[word] == expected[word], word
        else:
            with pytest.raises(KeyError):
                table[word]


def test_every_shipped_word_and_its_code(old: dict[str, str]) -> None:
    table = features.load_word_freq()
    assert isinstance(table, WordTable)
    assert len(table) == len(old) > 200_000
    assert list(table) == list(old)  # the same words, in the file's order
    for word, code in old.items():
        assert table.get(word) == code and table[word] == code and word in table
    assert dict(table.items()) == old


def test_words_that_are_not_there(old: dict[str, str]) -> None:
    table = features.load_word_freq()
    rnd = random.Random(18)
    words = list(old)
    queries = ["", " ", "\n", "\0", "a\nb", "ß", "œ", "sœurx", "Ω", "\U0001F600", "x" * 600]
    for word in rnd.sample(words, 20_000):
        cut = rnd.randrange(len(word) + 1)
        queries += [word + "s", word[:-1], word.capitalize(), word.upper(), word[:cut] + "é" + word[cut:],
                    word[:cut] + "œ" + word[cut:], word + "\n", "\n" + word, word.replace("e", "ë")]
    queries += ["".join(rnd.choices("abcdefghijklmnopqrstuvwxyzäöüéèàçñœ", k=rnd.randint(1, 14)))
                for _ in range(50_000)]
    _same(table, old, queries)


def test_keys_that_are_no_strings(old: dict[str, str]) -> None:
    table = features.load_word_freq()
    for key in (None, 5, 0, -1, 2.5, b"haus", ("haus",), ("a",), frozenset({"a"})):
        assert table.get(key) == old.get(key)  # type: ignore[call-overload]
        assert (key in table) == (key in old)
    for unhashable in (["haus"], {"a": 1}, {"a"}):
        with pytest.raises(TypeError):
            table.get(unhashable)  # type: ignore[call-overload]
        with pytest.raises(TypeError):
            _ = unhashable in old  # noqa: B015 -- the dict raises too


def test_one_object_per_code_and_compact() -> None:
    table = features.load_word_freq()
    codes = {id(table[w]): table[w] for w in table}
    assert len(codes) == len(set(codes.values())) < 5_000
    held = sum(sys.getsizeof(getattr(table, slot)) for slot in WordTable.__slots__)
    assert held < 8 * 2**20  # the dict held ~20 MB (table and one str per word)


_LETTERS = st.sampled_from(list("abcdeéüß") + ["œ", "Ω", "\n", "\0", "\U0001F600"])
_WORDS = st.lists(st.text(_LETTERS, max_size=6), unique=True, max_size=300)


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.data())
def test_random_tables_answer_as_a_dict(words: list[str], data: st.DataObject) -> None:
    codes = [data.draw(st.sampled_from(["0000", "1234", "9999", "5", ""])) for _ in words]
    expected = dict(zip(words, codes, strict=True))
    table = WordTable(iter(words), iter(codes))
    assert len(table) == len(expected)
    assert list(table) == words
    others = data.draw(st.lists(st.text(_LETTERS, max_size=7), max_size=100))
    _same(table, expected, words + others)
    for word in words:  # equal codes are one object, as the old loader shared them
        assert table[word] is table[words[codes.index(expected[word])]]


def test_large_random_table_with_wide_words_among_narrow_ones() -> None:
    """More words than one chunk (4,096), wide words here and there: every path of the build."""
    rnd = random.Random(5)
    words = sorted({"".join(rnd.choices("abcdefghijklmnopqrstuvwxyzäöü", k=rnd.randint(1, 10))) for _ in range(30_000)}
                   | {"".join(rnd.choices("abœΩ", k=rnd.randint(1, 5))) for _ in range(200)})
    codes = [str(rnd.randrange(1000)).zfill(4) for _ in words]
    expected = dict(zip(words, codes, strict=True))
    table = WordTable(words, codes)
    assert list(table) == words
    _same(table, expected, words + [w + "x" for w in words[::7]] + [w[1:] for w in words[::5]])


def test_refuses_repeats_and_mismatched_lengths() -> None:
    with pytest.raises(ValueError, match="twice"):
        WordTable(["haus", "baum", "haus"], ["1", "2", "3"])
    with pytest.raises(ValueError, match="twice"):
        WordTable(["œuf", "œuf"], ["1", "2"])
    with pytest.raises(ValueError, match="codes"):
        WordTable(["haus", "baum"], ["1"])
    with pytest.raises(ValueError, match="codes"):
        WordTable(["haus"], ["1", "2"])


def test_word_freq_sections_split_as_the_old_loader() -> None:
    for text in ["a\nb\0c\nd", "\0", "a\0b", "a\n\nb\0x\n\ny", "ä\nœ\nz\0" + "\n".join(["1"] * 3)]:
        words, codes = text.split("\0")
        got_words, got_codes = features._word_freq_sections(text.encode("utf-8"))
        assert list(got_words) == words.split("\n")
        assert list(got_codes) == codes.split("\n")
    long = "\n".join(f"wörter{i}" for i in range(40_000))  # several 64 KB pieces
    got_words, got_codes = features._word_freq_sections((long + "\0" + long).encode("utf-8"))
    assert list(got_words) == long.split("\n") == list(got_codes)
