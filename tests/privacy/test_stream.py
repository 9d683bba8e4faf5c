"""Streaming restore: any chunking gives the same result as a whole-text restore."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tarnkappe.privacy import Vault

ORIGINALS = ["Anna Meier", "Zoë Müller-Lüdenscheidt", "anna@example.ch", "🙂 Ω", "$1 \\1 [a-z]"]


def _vault() -> tuple[Vault, list[str]]:
    vault = Vault()
    placeholders = [vault.placeholder_for("PERSON", o) for o in ORIGINALS]
    return vault, placeholders


def _stream(vault: Vault, chunks: list[str]) -> str:
    r = vault.stream_restorer()
    return "".join(r.feed(c) for c in chunks) + r.flush()


def _split(text: str, cuts: list[int]) -> list[str]:
    points = sorted({c % (len(text) + 1) for c in cuts})
    pieces, prev = [], 0
    for p in points:
        pieces.append(text[prev:p])
        prev = p
    pieces.append(text[prev:])
    return pieces


filler = st.text(alphabet=st.sampled_from(list("ab [_]\\ÄöéΩ🙂\n.,PERSON_1" )), max_size=12)
variants = st.sampled_from(["[[PERSON_{}]]", "[[person_{}]]", "[PERSON_{}]", "[[ PERSON_{} ]]", "\\[\\[PERSON\\_{}\\]\\]"])


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(st.tuples(filler, st.integers(1, 6), variants), max_size=6),
    tail=filler,
    cuts=st.lists(st.integers(0, 400), max_size=12),
)
def test_stream_equals_whole_restore(parts, tail, cuts) -> None:
    vault, _ = _vault()
    answer = "".join(f + v.format(n) for f, n, v in parts) + tail
    assert _stream(vault, _split(answer, cuts)) == vault.restore(answer)


@settings(max_examples=200, deadline=None)
@given(
    texts=st.lists(st.text(max_size=15), min_size=1, max_size=6),
    picks=st.lists(st.integers(0, len(ORIGINALS) - 1), min_size=1, max_size=6),
    cuts=st.lists(st.integers(0, 400), max_size=12),
)
def test_echoed_placeholders_come_back_as_originals(texts, picks, cuts) -> None:
    vault, placeholders = _vault()
    # Free text that does not itself contain '[' or '\\' so that only our placeholders are present.
    texts = [t.replace("[", "(").replace("\\", "/") for t in texts]
    original = "".join(t + ORIGINALS[p] for t, p in zip(texts, picks))
    answer = "".join(t + placeholders[p] for t, p in zip(texts, picks))
    assert vault.restore(answer) == original
    assert _stream(vault, _split(answer, cuts)) == original


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=40), cuts=st.lists(st.integers(0, 200), max_size=10))
def test_utf8_bytes_split_anywhere(text: str, cuts: list[int]) -> None:
    vault, placeholders = _vault()
    answer = f"{text} {placeholders[3]} ✓ {placeholders[0]}"
    data = answer.encode("utf-8")
    points = sorted({c % (len(data) + 1) for c in cuts})
    chunks, prev = [], 0
    for p in points:
        chunks.append(data[prev:p])
        prev = p
    chunks.append(data[prev:])
    r = vault.stream_restorer()
    out = "".join(r.feed(c) for c in chunks) + r.flush()
    assert out == vault.restore(answer)


def test_only_a_short_tail_is_held_back() -> None:
    vault, _ = _vault()
    r = vault.stream_restorer()
    assert r.feed("Hallo ") == "Hallo "
    assert r.feed("[[PER") == ""          # could still be a placeholder
    assert r.feed("SON_1]] und") == "Anna Meier und"
    assert r.feed(" [Link](x)") == " [Link](x)"  # not a placeholder: passed on at once
    assert r.feed(" [[PERSON_1") == " "
    assert r.feed("2]]") == "[[PERSON_12]]"  # unknown: left as it is, never confused with _1
    assert r.flush() == ""


def test_long_stream_is_not_collapsed() -> None:
    vault, _ = _vault()
    r = vault.stream_restorer()
    emitted = [r.feed("word ") for _ in range(100)]
    assert all(e == "word " for e in emitted)
