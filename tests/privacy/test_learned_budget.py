"""The learned name detector asks about a bounded number of candidates per text (issue 12) and
fails closed past that: a candidate not asked about is masked; a doubtful rules' name is kept."""

from __future__ import annotations

import re

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.learned import detector as learned_detector

SYLLABLES = [c + v for c in "bdfgklmnprstvwz" for v in "aeiou"]


def _unknown_words(count: int) -> list[str]:
    """Distinct capitalised made-up words (candidates: in no list of ordinary words)."""
    return [(SYLLABLES[i % 75] + SYLLABLES[(i // 75) % 75] + SYLLABLES[(i // 5625) % 75]).capitalize()
            for i in range(count)]


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _asked(anonymizer: Anonymizer, monkeypatch, text: str) -> tuple[list, int]:
    asked = []
    learned = type(anonymizer._learned)
    original = learned._tag_regions

    def spy(self, text, regions, starts, verdict, *rest):
        asked.append(len(starts))
        return original(self, text, regions, starts, verdict, *rest)

    monkeypatch.setattr(learned, "_tag_regions", spy)
    return anonymizer.detect(text), sum(asked)


def test_candidates_past_the_budget_are_masked_without_asking(anonymizer: Anonymizer, monkeypatch) -> None:
    words = _unknown_words(3000)
    text = " und ".join(words) + "."
    found, asked = _asked(anonymizer, monkeypatch, text)
    budget = learned_detector.ASK_BUDGET_BASE + len(text) // learned_detector.ASK_BUDGET_CHARS
    assert asked == budget < len(words)
    # every word past the budget is masked (fail closed); the first ones were judged by the model.
    # Words separated by a short lower-case word ("X und Y") are masked as one run since
    # 2026-12-04 (one entity per word cost ~10 us each downstream).
    past = words[budget:]
    starts = [m.start() for m in re.finditer(r"\S+", text)][::2]  # the names' positions
    covered = [any(e.start <= s and s + len(w) <= e.end for e in found) for s, w in zip(starts, words, strict=True)]
    assert all(covered[budget:])
    unasked = [e for e in found if e.detector == learned_detector.UNASKED]
    # (a name the model finds next to the last word it was asked about may cover one of them)
    assert 1 <= len(unasked) <= len(past) // 100


def test_doubtful_rules_names_past_the_budget_are_kept(anonymizer: Anonymizer, monkeypatch) -> None:
    text = "Müllers " * 4000
    rules = Anonymizer(PrivacyConfig(learned_names=False)).detect(text)
    found, asked = _asked(anonymizer, monkeypatch, text)
    budget = learned_detector.ASK_BUDGET_BASE + len(text) // learned_detector.ASK_BUDGET_CHARS
    assert asked == budget
    kept = {(e.start, e.end) for e in found}
    # the model may veto the ones it was asked about; none of the others is dropped
    rules_past = [(e.start, e.end) for e in rules][budget + 1:]
    assert rules_past
    assert all(span in kept for span in rules_past)


def test_no_evaluation_sized_prompt_comes_near_the_budget(anonymizer: Anonymizer, monkeypatch) -> None:
    text = ("Sehr geehrte Frau Abgottspon, Herr Halmich und Anna Meier trafen Berlusconi in Zürich. " * 5)
    _, asked = _asked(anonymizer, monkeypatch, text)
    assert asked < learned_detector.ASK_BUDGET_BASE
