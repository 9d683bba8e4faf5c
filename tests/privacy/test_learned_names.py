"""The learned name detector (CRF): ships, finds what the rules miss, fails closed, stays linear."""

from __future__ import annotations

import time
from importlib import resources

import pytest

from tarnkappe.privacy import Anonymizer, DetectionError, Entity, PrivacyConfig
from tarnkappe.privacy.learned import LearnedNameDetector
from tarnkappe.privacy.learned.features import line_start_at, tokenize
from tarnkappe.privacy.names import load_lexicon

PROSE = [
    # bare surnames in running text, no cue word, not all in the name lists
    ("Zuvor musste Halmich aber nochmals all ihr Können aufbieten.", "Halmich"),
    # (was "Der Vorsitzende Richter Bubik …": since 2026-12-04 the rules take a name after a
    # role noun, see test_persons.py)
    ("Nach der Sitzung erklärte Trebnitzer, man sei zufrieden.", "Trebnitzer"),
    ("Berlusconi wolle sich einen Herzschrittmacher einsetzen lassen.", "Berlusconi"),
]


@pytest.fixture(scope="module")
def rules() -> Anonymizer:
    return Anonymizer(PrivacyConfig(learned_names=False))


def test_model_and_frequencies_ship_as_package_data() -> None:
    data = resources.files("tarnkappe.privacy").joinpath("data")
    assert data.joinpath("names_crf.model").read_bytes()[:4] == b"lCRF"
    assert data.joinpath("word_freq.txt.gz").is_file()


@pytest.mark.parametrize(("text", "name"), PROSE)
def test_finds_bare_surnames_the_rules_miss(anonymizer: Anonymizer, rules: Anonymizer, text: str, name: str) -> None:
    assert name not in {e.text for e in rules.detect(text)}
    found = {e.text: e.detector for e in anonymizer.detect(text) if e.type == "PERSON"}
    assert found.get(name) == "names-crf"


def test_every_entity_says_which_detector_found_it(anonymizer: Anonymizer) -> None:
    ents = anonymizer.detect("Frau Meier, IBAN CH93 0076 2011 6238 5295 7. " + PROSE[0][0])
    by_text = {e.text: e.detector for e in ents}
    assert by_text["Meier"] == "persons"
    assert by_text["CH93 0076 2011 6238 5295 7"] == "identifiers"
    assert by_text["Halmich"] == "names-crf"
    # the detector is for reports only: it takes no part in equality
    assert Entity(0, 3, "PERSON", "Ann", "persons") == Entity(0, 3, "PERSON", "Ann")


def test_switched_off_by_config(rules: Anonymizer) -> None:
    text = PROSE[0][0]
    assert all(e.detector != "names-crf" for e in rules.detect(text))


@pytest.mark.parametrize("text", [
    "Die Sonne scheint, die Bank ist geschlossen und der Mandant wartet.",
    "Ich habe die Nebenkostenabrechnung und die Kündigungsfrist geprüft.",
    "Die Projektgruppe trifft sich am Freitag in Zürich zum Workshop.",
    "Bitte senden Sie die AHV-Nummer und die E-Mail-Adresse bis Montag.",
])
def test_ordinary_words_stay(anonymizer: Anonymizer, text: str) -> None:
    assert [e.text for e in anonymizer.detect(text) if e.type == "PERSON"] == []


def test_a_found_name_is_masked_everywhere_in_the_request(anonymizer: Anonymizer) -> None:
    vault = anonymizer.new_vault()
    first, second, third = anonymizer.mask_many([
        "Zuvor musste Halmich aber nochmals all ihr Können aufbieten.",
        "Halmichs Vorschlag kam erst spät.",
        "Kann jemand Halmich anrufen? Ich glaube, Halmich ist da.",
    ], vault)
    assert "Halmich" not in first + second + third
    assert vault.restore(first + second + third).count("Halmich") == 4


@pytest.mark.parametrize("text", [p for p, _ in PROSE] + [
    "Laut Bubik war Halmich nicht da. Bubiks Antwort kam später; Halmich schwieg.",
])
def test_round_trip_exact_whole_and_streamed(anonymizer: Anonymizer, text: str) -> None:
    vault = anonymizer.new_vault()
    masked = anonymizer.mask(text, vault)
    assert masked != text
    assert vault.restore(masked) == text
    restorer = vault.stream_restorer()
    out = "".join(restorer.feed(masked[i:i + 3]) for i in range(0, len(masked), 3)) + restorer.flush()
    assert out == text


class _BrokenTagger(LearnedNameDetector):
    __slots__ = ()

    def _tagger(self):
        raise RuntimeError("model gone: Halmich")


def test_fails_closed() -> None:
    lex = load_lexicon()
    with pytest.raises(Exception):
        LearnedNameDetector(lex, model=b"not a model")  # a broken model fails at start-up
    ok = LearnedNameDetector(lex)
    broken = object.__new__(_BrokenTagger)
    for slot in ("_lex", "_feat", "_freq", "_model", "_local", "_threshold"):
        object.__setattr__(broken, slot, getattr(ok, slot))
    anonymizer = Anonymizer(PrivacyConfig(), learned=broken)
    with pytest.raises(DetectionError) as info:
        anonymizer.mask(PROSE[0][0], anonymizer.new_vault())
    assert "Halmich" not in str(info.value) and info.value.__cause__ is None


def test_region_tokens_equal_whole_text_tokens() -> None:
    """Run time tokenises regions around candidates; training tokenises whole sentences."""
    text = "Gestern traf Frau Dr. Anna-Lena O'Brien (Tel. 044) Herrn Özdemir; danach: nichts.\nGruss Bubik"
    whole = tokenize(text)
    lo = text.index("Anna")
    hi = text.index(";") + 1
    part = tokenize(text, lo, hi, line_start_at(text, lo))
    k = whole.starts.index(lo)
    assert part.words == whole.words[k:k + len(part.words)]
    assert part.line_starts == whole.line_starts[k:k + len(part.words)]
    assert not part.line_starts[0], "a '.' after a title ends no sentence"
    assert whole.line_starts[whole.words.index("Gruss")] and line_start_at(text, text.index("Gruss"))


def test_time_is_linear_in_the_input(anonymizer: Anonymizer) -> None:
    """Worst case for the model: every word a candidate (unknown capitalised words)."""
    unit = "Zorblatt Quenverik sagte Harmsdottir, Plenkowitz und Vrabelj kamen. "

    def best(text: str) -> float:
        times = []
        for _ in range(3):
            t = time.perf_counter()
            anonymizer.detect(text)
            times.append(time.perf_counter() - t)
        return min(times)

    # distinct words, so the per-call caches cannot help
    small = "".join(unit.replace("Zorblatt", f"Zorblatt{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}") for i in range(100))
    large = "".join(unit.replace("Zorblatt", f"Zorblatt{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676)}")
                    for i in range(400))
    assert best(large) < 4 * best(small) * 2.5
