"""The learned name detector's per-token work is bounded whatever the input (issue 12).

Found 2026-12-04: 100 KB of one letter took 1.2 s with the learned detector on (25 KB: 81 ms,
50 KB: 304 ms -- quadratic): the tokenizer made the whole run one word and the compound-word
feature sliced and hashed every tail of it.  Two bounds, each counted (never timed):
* the tokenizer cuts a word into tokens of at most ``TOKEN_MAX`` characters, as the rules do, so
  every feature is computed on a bounded string;
* ``compound_tail`` looks up at most as many tails as the longest common word has letters.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.learned import features
from tarnkappe.privacy.names import NameLexicon, compound_tail, load_lexicon


class _CountingSet(frozenset):
    """A frozenset that counts its membership tests."""

    lookups = 0

    def __contains__(self, item: object) -> bool:
        type(self).lookups += 1
        return super().__contains__(item)


def _lexicon_with_counted_common_words() -> NameLexicon:
    lex = load_lexicon()
    return NameLexicon(lex.first_names, lex.surnames, lex.ambiguous, _CountingSet(lex.common_words),
                       lex.longest_common)


@given(st.integers(min_value=0, max_value=200_000), st.sampled_from("aäzß"))
@settings(max_examples=40, deadline=None)
def test_compound_tail_looks_up_a_bounded_number_of_tails(length: int, letter: str) -> None:
    lex = _lexicon_with_counted_common_words()
    _CountingSet.lookups = 0
    compound_tail(letter * length, lex)
    assert _CountingSet.lookups <= lex.longest_common
    assert 0 < lex.longest_common < 64


def test_compound_tail_still_finds_a_compound_of_any_length() -> None:
    lex = load_lexicon()
    assert compound_tail("holzzaun", lex)
    assert compound_tail("x" * 5000 + "holzzaun", lex)
    assert not compound_tail("x" * 5000, lex)


RUNS = st.one_of(
    st.integers(1, 30_000).map(lambda n: "A" * n),
    st.integers(1, 30_000).map(lambda n: "ä" * n),
    st.integers(1, 5_000).map(lambda n: "Aa-" * n + "B"),
    st.integers(1, 5_000).map(lambda n: "O'" * n + "Brien"),
    st.integers(1, 30_000).map(lambda n: "7" * n),
    st.text(alphabet="Aaß-'’7 ", min_size=1, max_size=3_000),
)


@given(RUNS)
@settings(max_examples=60, deadline=None)
def test_no_token_is_longer_than_the_bound_and_none_is_lost(text: str) -> None:
    toks = features.tokenize(text)
    assert all(len(w) <= features.TOKEN_MAX for w in toks.words)
    # the tokens still cover every non-space character, in order
    assert "".join(toks.words) == "".join(text.split())
    assert all(text[s:e] == w for s, e, w in zip(toks.starts, toks.ends, toks.words, strict=True))


def test_a_long_letter_run_masks_with_bounded_feature_work(monkeypatch) -> None:
    """The whole mask, learned detector on: every word the features see is bounded and the
    compound lookups grow linearly with the text (the quadratic bomb did 10^9 slice characters)."""
    seen: list[int] = []
    original = features.Featurizer.word_features

    def spy(self, word):
        seen.append(len(word))
        return original(self, word)

    monkeypatch.setattr(features.Featurizer, "word_features", spy)
    anonymizer = Anonymizer(PrivacyConfig(learned_names=True))
    for bomb in ("A" * 60_000, "Aa-" * 20_000, "Müller" * 10_000):
        seen.clear()
        anonymizer.mask(bomb, anonymizer.new_vault())
        assert seen, "the learned detector saw the text"
        assert max(seen) <= features.TOKEN_MAX
        assert sum(seen) <= len(bomb)


def test_a_possessive_s_is_its_own_token() -> None:
    """"Magagula's garage": the model reads the name as a bare word, as the rules do (issue 13);
    an apostrophe inside a name stays ("O'Brien", "d'Arc")."""
    assert features.tokenize("Magagula's garage").words == ["Magagula", "'", "s", "garage"]
    assert features.tokenize("Anna’s car").words == ["Anna", "’", "s", "car"]
    assert features.tokenize("O'Brien and d'Arc, O'Shea").words == ["O'Brien", "and", "d'Arc", ",", "O'Shea"]


def _unasked(text: str) -> list:
    """The learned detector's entities of ``text`` that it masked past its ask budget."""
    from tarnkappe.privacy.learned.detector import UNASKED

    anonymizer = Anonymizer(PrivacyConfig())
    learned = anonymizer._learned
    assert learned is not None
    entities, _ = learned.analyse(text)
    return [e for e in entities if e.detector == UNASKED]


@given(st.sampled_from(["St. ", "Via ", "Zoe ", "Van der ", "Jo, ", "Ugo de  ", "Aa Co. Bb A98 ", "Xq 7, Yz-9; "]),
       st.integers(2_000, 8_000))
@settings(max_examples=12, deadline=None)
def test_a_run_of_words_past_the_ask_budget_is_one_entity(word: str, repeats: int) -> None:
    """Every word of "St. St. St. …" past the budget was an entity of its own, and each costs
    ~10 us downstream (filters, widening, placeholders): 24,000 of them per 100 KB.  A run is one
    entity now -- counted, not timed -- and still masked whole (fail closed), whatever short gap
    stands between its words ("Aa Co. Bb A98 …": 13,400 entities per 100 KB before)."""
    text = word * repeats
    unasked = _unasked(text)
    assert 1 <= len(unasked) <= 2
    assert unasked[-1].end > len(text) - len(word)  # reaches the last repetition


def test_a_run_past_the_budget_is_masked_even_after_a_venue_word() -> None:
    """A filter that read the run's first word ("Hotel Anna …": a venue, so no name) would unmask
    the whole run: a run of several words past the budget is masked as it stands."""
    text = "x " * 200 + "Zimmer " + "Ottilie Brunnhofer " * 600
    anonymizer = Anonymizer(PrivacyConfig())
    masked = anonymizer.mask(text, anonymizer.new_vault())
    assert "Brunnhofer" not in masked and "Ottilie" not in masked


def test_word_frequencies_share_one_string_per_code() -> None:
    """~209,000 words, ~2,500 distinct frequency codes: one string object per code (issue 18: a
    string per word held 11 MB more of the gateway's resident memory)."""
    freq = features.load_word_freq()
    assert len(freq) > 100_000
    assert len({id(code) for code in freq.values()}) == len(set(freq.values())) < 5_000
