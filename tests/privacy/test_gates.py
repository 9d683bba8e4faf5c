"""Gate words (privacy/gates.py): one Aho-Corasick pass answers every pass's cue-word test exactly
as asking ``in`` word by word does, and no gated module is left out of the anonymizer's index.

Bounded by counts (examples, documents), never by time.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import tarnkappe.privacy
from tarnkappe.privacy import Anonymizer, PrivacyConfig, gates
from tarnkappe.privacy.anonymizer import GATED_MODULES
from tarnkappe.privacy.gates import Gate, GatedText, GateIndex, gates_of

DATA = Path(__file__).resolve().parents[2] / "bench" / "privacy" / "data"
INDEXED = gates_of(*GATED_MODULES)
WORDS = sorted({word for gate in INDEXED for word in gate.words})


def _all_privacy_modules() -> list:
    return [importlib.import_module(info.name)
            for info in pkgutil.walk_packages(tarnkappe.privacy.__path__, "tarnkappe.privacy.")]


def test_every_module_with_gates_is_in_the_index() -> None:
    """A gate outside the index answers right but costs a scan per word: none may be left out."""
    indexed = set(INDEXED)
    missing = {module.__name__ for module in _all_privacy_modules() for gate in gates_of(module)
               if gate not in indexed}
    assert not missing, f"add to anonymizer.GATED_MODULES: {sorted(missing)}"
    assert len(INDEXED) >= 40  # the gates of this change (a test that finds none would assert nothing)


def test_the_anonymizer_reads_a_gated_text() -> None:
    """Detection hands the passes the gated text (the gates answer from one pass, not word by word)."""
    seen: list[str] = []

    class Spy:
        name = "spy"

        def detect(self, text: str):
            seen.append(type(text).__name__)
            return iter(())

    Anonymizer(PrivacyConfig(learned_names=False), extra_detectors=[Spy()]).detect("Mein Partner Ivo kommt.")
    assert seen == ["GatedText"]


_texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet="ab .,:()/\n-éÄ", max_size=6)),
                  max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_texts, chunk=st.integers(min_value=1, max_value=40))
@example(text="xx partner", chunk=4)  # a word across a chunk's border
@example(text="", chunk=1)
def test_gates_answer_as_substring_tests(text: str, chunk: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(gates, "CHUNK", chunk)
        gated = GateIndex(INDEXED).gated(text)
    assert gated == text and isinstance(gated, GatedText)
    for gate in INDEXED:
        assert gate.opens(gated) == any(word in text for word in gate.words), gate


def test_gates_on_evaluation_documents() -> None:
    """Every indexed gate answers on the first documents of each evaluation set as ``in`` does."""
    index = GateIndex(INDEXED)
    opened = 0
    for path in sorted(DATA.glob("synthetic_*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for k, line in enumerate(lines):
                if k >= 20:
                    break
                text = json.loads(line)["text"]
                gated = index.gated(text)
                for gate in INDEXED:
                    expected = any(word in text for word in gate.words)
                    assert gate.opens(gated) == expected, (path.name, k, gate)
                    opened += expected
    assert opened > 100


def test_a_gate_outside_the_index_and_a_plain_text_ask_word_by_word() -> None:
    outside = Gate(("Zebra",))
    gated = GateIndex(INDEXED).gated("ein Zebra")
    assert outside.opens(gated) and outside.opens("ein Zebra") and not outside.opens("ein Pferd")
    assert INDEXED[0].opens(next(iter(INDEXED[0].words))) is True


def test_a_gate_needs_words() -> None:
    with pytest.raises(ValueError):
        Gate(())
    with pytest.raises(ValueError):
        Gate(("",))


def test_the_pass_reads_large_text_in_chunks() -> None:
    """4 MB of gate words: the automaton is called once per chunk (another thread runs between)."""
    calls: list[int] = []
    index = GateIndex(INDEXED)

    class Counting:
        def __init__(self, inner) -> None:
            self.inner = inner

        def find_matches_as_strings(self, chunk: str, overlapping: bool) -> list[str]:
            calls.append(len(chunk))
            return self.inner.find_matches_as_strings(chunk, overlapping=overlapping)

    index._automaton = Counting(index._automaton)
    text = "partner " * 500_000
    assert "partner" in index.gated(text).gate_words
    assert len(calls) == -(-len(text) // gates.CHUNK) and max(calls) <= gates.CHUNK + max(map(len, WORDS))


# -- gates that stand for a pattern or a look-back: necessary conditions of what they skip ---------------

_KIN = sorted(__import__("tarnkappe.privacy.detectors.person_cues", fromlist=["KIN_WORDS"]).KIN_WORDS)
_TYPES = ("rue", "route", "rte", "ruelle", "avenue", "av.", "allée", "boulevard", "bd", "chemin", "ch.", "cours",
          "croissant", "chaussée", "place", "passage", "impasse", "quai", "sentier", "montée", "viale", "via",
          "vicolo", "piazzale", "piazza", "corso", "contrada", "largo", "località", "lungomare", "strada", "salita",
          "frazione")
_pieces = st.one_of(st.sampled_from(_KIN), st.sampled_from(_TYPES), st.sampled_from(["Anna", "Gare", "12", "3b"]),
                    st.text(alphabet="aeilmnorsuv .,'’()\nAMR", max_size=5))


@settings(max_examples=400, deadline=None)
@given(words=st.lists(_pieces, max_size=12))
@example(words=["la", " ", "famille", " ", "Petit"])
@example(words=["(", "sig.ra", " ", "Zakrajšek"])
@example(words=["l'", "oncle", " ", "Marc"])
@example(words=["rue", " ", "de", " ", "la", " ", "Gare", " ", "12"])
@example(words=["via", " ", "Roma", " ", "3b"])
def test_the_kin_and_street_type_gates_are_necessary(words: list[str]) -> None:
    """Where the kin look-back or the lower-case street-type pattern finds something, their gate opens."""
    from tarnkappe.privacy.detectors import address_en, person_context

    text = "".join(words)
    if any(person_context.kin_before(text, i) for i in range(len(text) + 1)):
        assert person_context.KIN_GATE.opens(text)
    if address_en._LOWER_TYPE.search(text):
        assert address_en._LOWER_TYPE_GATE.opens(text)


def test_the_examples_reach_what_the_gates_skip() -> None:
    from tarnkappe.privacy.detectors import address_en, person_context

    assert person_context.kin_before("la famille Petit", 11) and person_context.kin_before("l'oncle Marc", 8)
    assert address_en._LOWER_TYPE.search("rue de la Gare 12") and address_en._LOWER_TYPE.search("via Roma 3b")
    assert not person_context.KIN_GATE.opens("Frau Meier") and not address_en._LOWER_TYPE_GATE.opens("Herr Koch")


def test_a_text_the_automaton_cannot_read_asks_word_by_word() -> None:
    """A lone surrogate (a broken emoji, as JSON's "\\ud83d" decodes) is no UTF-8: the text is not indexed, and
    its gates answer as ``in`` does (the review of session 24 found it raised UnicodeEncodeError)."""
    text = "Mein Partner Ivo \ud83d kommt"
    gated = GateIndex(INDEXED).gated(text)
    assert gated == text and not isinstance(gated, GatedText)
    assert all(gate.opens(gated) == any(w in text for w in gate.words) for gate in INDEXED)
