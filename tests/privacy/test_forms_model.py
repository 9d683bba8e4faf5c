"""The forms model (privacy/learned/forms.py): a second CRF whose word counts on structured lines
only -- table rows, CSV rows, aligned fields, short items -- never in prose."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.learned import LearnedNameDetector
from tarnkappe.privacy.learned.forms import structured
from tarnkappe.privacy.names import load_lexicon


@pytest.fixture(scope="module")
def prose_only() -> Anonymizer:
    return Anonymizer(PrivacyConfig(), learned=LearnedNameDetector(load_lexicon(), forms=False))


def persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        ("09:00\tTeodora Vlasceanu\tMassage", True),        # a tab
        ("| 7 | Jalia Okot | 0871 |", True),                  # a Markdown row
        ("12:00;Salma B.;077 860 59 41;Piega", True),          # a CSV row
        ("Jalia Okot, 1987, Cork, member, paid", True),       # three commas
        ("Pferd     Einsteller", True),                        # aligned columns
        ("Mezzo 2: Salvatore / Filippo", True),                # a short item
        ("Die Sitzung leitete Brandolf Ehmig, der die Anwesenden begrüsste.", False),  # a sentence
    ],
)
def test_which_lines_are_structured(line: str, verdict: bool) -> None:
    assert structured(line, 0, len(line)) is verdict


def test_a_name_in_a_table_the_prose_model_misses_is_masked(anonymizer: Anonymizer, prose_only: Anonymizer) -> None:
    # (a first name no list knows: "Brandolf" was one until the lists took Jörg Michael's names, session 32)
    text = ("09:00\tTeodora Vlasceanu\tMassage 60'\tRosalind\n"
            "10:00\tBrandulf Ehmig\tGesichtsbehandlung\tRosalind")
    assert not load_lexicon().is_first_name("Brandulf")
    assert "Brandulf Ehmig" not in persons(prose_only, text)  # (what the forms model adds)
    found = {e.text: e.detector for e in anonymizer.detect(text)}
    assert found.get("Brandulf Ehmig") == "names-crf-forms"  # (tarnkappe anonymize says which model)


@pytest.mark.parametrize(
    "text",
    [
        "Die Sitzung leitete Brandolf Ehmig, der die Anwesenden begrüsste und das Protokoll verlas.",
        "Am Montag sprach Ministerin Halbritter in Genf über die Zusammenarbeit mit Frankreich und Italien.",
        "Le rapport de Madame Oyelaran-Duc précise que la Commune de Sion a validé le budget en juin dernier.",
    ],
)
def test_prose_is_left_to_the_prose_model(anonymizer: Anonymizer, prose_only: Anonymizer, text: str) -> None:
    assert anonymizer.detect(text) == prose_only.detect(text)


def test_a_level_in_a_column_stays_a_word(anonymizer: Anonymizer) -> None:
    text = "Leistung;Friseur;Preis\nHerrenschnitt;Junior;45\nDamenschnitt;Senior;85"
    assert not {"Junior", "Senior"} & set(persons(anonymizer, text))
