"""Streaming restore: any chunking gives the same result as a whole-text restore."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tarnkappe.privacy import Anonymizer, Vault
from tarnkappe.privacy.placeholders import scan_truncated

ORIGINALS = [
    "Anna Meier", "Zoë Müller-Lüdenscheidt", "anna@example.ch", "🙂 Ω", "$1 \\1 [a-z]",
    "Meier", "ANNA MEIER", "Müller-Lüdenscheidt",  # spellings of the first two: [[PERSON_1_2]] etc.
]


def _vault() -> tuple[Vault, list[str]]:
    vault = Vault()
    placeholders = [vault.placeholder_for("PERSON", o) for o in ORIGINALS]
    assert placeholders[5:] == ["[[PERSON_1_2]]", "[[PERSON_1_3]]", "[[PERSON_2_2]]"]
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


filler = st.text(alphabet=st.sampled_from(list("ab [_]\\ÄöéΩ🙂\n.,PERSON_12s" )), max_size=12)
forms = st.sampled_from(["[[PERSON_{}]]", "[[person_{}]]", "[PERSON_{}]", "[[ PERSON_{} ]]", "\\[\\[PERSON\\_{}\\]\\]"])
# a number, or a number with a variant suffix (issued, invented, or markdown-escaped)
numbers = st.one_of(
    st.integers(1, 6).map(str),
    st.tuples(st.integers(1, 6), st.integers(0, 4), st.sampled_from(["_", "\\_"])).map(
        lambda t: f"{t[0]}{t[2]}{t[1]}"
    ),
)


@settings(max_examples=400, deadline=None)
@given(
    parts=st.lists(st.tuples(filler, numbers, forms), max_size=6),
    tail=filler,
    cuts=st.lists(st.integers(0, 400), max_size=12),
)
def test_stream_equals_whole_restore(parts, tail, cuts) -> None:
    vault, _ = _vault()
    answer = "".join(f + v.format(n) for f, n, v in parts) + tail
    # An answer that ends inside a placeholder ends, streamed, in the one it can begin, or without it
    cut = scan_truncated(answer)
    whole = answer if cut is None else answer[:cut] + (vault.complete_placeholder(answer[cut:]) or "")
    assert _stream(vault, _split(answer, cuts)) == vault.restore(whole)


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


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(st.text(max_size=15), min_size=1, max_size=6),
    picks=st.lists(st.integers(0, len(ORIGINALS) - 1), min_size=1, max_size=6),
    genitive=st.lists(st.booleans(), min_size=6, max_size=6),
    cuts=st.lists(st.integers(0, 400), max_size=12),
)
def test_mask_then_restore_is_exact_with_variants(anonymizer: Anonymizer, texts, picks, genitive, cuts) -> None:
    """restore(stream) == restore(whole) == original for masked text with linked spellings."""
    texts = [t.replace("[", "(").replace("\\", "/") for t in texts]
    names = ["Anna Meier", "Frau Meier", "Meiers", "ANNA MEIER", "Thomas Brunner", "Herr Brunner"]
    original = "".join(
        f"{t} {names[p % len(names)]}{'s' if g else ''} " for t, p, g in zip(texts, picks, genitive)
    )
    vault = anonymizer.new_vault()
    masked = anonymizer.mask(original, vault)
    assert vault.restore(masked) == original
    assert _stream(vault, _split(masked, cuts)) == original


def test_variant_split_across_chunks() -> None:
    vault, _ = _vault()
    r = vault.stream_restorer()
    assert r.feed("Frau [[PERSON_1") == "Frau "
    assert r.feed("_") == ""
    assert r.feed("2]]s Vertrag, ") == "Meiers Vertrag, "
    assert r.feed("[[person_1_") == ""
    assert r.feed("3]] und [PERSON_2\\_2] ") == "ANNA MEIER und Müller-Lüdenscheidt "
    assert r.feed("[[PERSON_1_9") == ""
    assert r.feed("]]") == "[[PERSON_1_9]]"  # invented variant: left as it is
    assert r.feed(" [[PERSON_1]]") == " Anna Meier"
    assert r.flush() == ""


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


def test_a_stream_cut_inside_an_unambiguous_placeholder_ends_in_its_original() -> None:
    vault, placeholders = _vault()  # PERSON_1 .. PERSON_5, variants PERSON_1_2, PERSON_1_3, PERSON_2_2
    # "[[PERSON_3" begins only [[PERSON_3]] (no PERSON_3_x, no PERSON_30), "[[PERSON_2_" only [[PERSON_2_2]]
    assert placeholders[2] == "[[PERSON_3]]" and placeholders[7] == "[[PERSON_2_2]]"
    assert _stream(vault, ["Grüsse an ", "[[PERSON_3"]) == f"Grüsse an {ORIGINALS[2]}"
    assert _stream(vault, ["Grüsse an ", "[[person_3"]) == f"Grüsse an {ORIGINALS[2]}"
    assert _stream(vault, ["Grüsse an \\[\\[PERSON", "\\_3"]) == f"Grüsse an {ORIGINALS[2]}"
    assert _stream(vault, ["Grüsse an [[PERSON_2_"]) == f"Grüsse an {ORIGINALS[7]}"


def test_a_stream_cut_inside_an_ambiguous_or_unknown_placeholder_drops_that_start() -> None:
    vault, _ = _vault()
    # "[[PERSON_1" begins [[PERSON_1]], [[PERSON_1_2]] and [[PERSON_1_3]]: which one is unknown
    assert _stream(vault, ["Grüsse an [[PERSON_1"]) == "Grüsse an "
    assert _stream(vault, ["Grüsse an [[PERS"]) == "Grüsse an "
    assert _stream(vault, ["Grüsse an [[EMAIL_"]) == "Grüsse an "  # this request has no e-mail
    # a lone "[" or "[[" at the end is the text's own
    assert _stream(vault, ["a list: ["]) == "a list: ["
    assert _stream(vault, ["wiki: [["]) == "wiki: [["
