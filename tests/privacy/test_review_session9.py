"""Leaks an attacker's review found in session 9's own changes (2026-12-04), each fixed: car makes
that are names, town rules that dropped surnames, a label rule that unmasked listed surnames, a
wrapped name, the mention skip under an entity-type filter, the allow-list keeping one piece only,
a display name swallowing the words before it."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _masked(anonymizer: Anonymizer, text: str) -> str:
    return anonymizer.mask(text, anonymizer.new_vault())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # car makes that are names, or after a title
        ("Herr Suzuki möchte einen Termin.", "Suzuki"),
        ("Termin mit Dr. Skoda am Montag.", "Skoda"),
        ("Chère Madame Renault, merci.", "Renault"),
        ("Mein Name ist Kia Meier, ich wohne in Bern.", "Kia"),
        ("Der Kunde Dacia Popescu reklamiert.", "Popescu"),
        ("Mario Lancia Rossi", "Lancia"),
        # surnames that are towns
        ("Ich habe mit Herrn von Büren telefoniert, von Büren bestätigt den Termin.", "Büren"),
        ("Termin mit Frau Dr. von Erlach am Montag.", "Erlach"),
        ("De : Courtenay\nEnvoyé : lundi\nObjet : facture", "Courtenay"),
        ("Danke für die Hilfe.\nGruss, Erlach\n", "Erlach"),
        ("Sie sagte: «Erlach hat recht, wir warten.»", "Erlach"),
        ("Erlach. Bitte ruf mich zurück.", "Erlach"),
        ("Übergabe Schicht: Keller → Büren → Erlach", "Erlach"),  # ("Büren": found by neither, before or after)
        # listed surnames before a colon are speakers or rows, not labels
        ("Scores:\nSmith: 12\nBrown: 9\nBaker: 15\n", "Brown"),
        ("Chat:\nKoch: ok\nWolf: ja, passt\nKoch: 14 Uhr?\n", "Koch"),
        ("Schwarz: 079 123 45 67\nBraun: 078 765 43 21\n", "Braun"),
        # a name wrapped by a mail client
        ("Ansprechpartnerin ist Frau Swaantje\nBüren, 3. Stock.", "Büren"),
        ("Besuch von Quirin\nErlach. Seit Jahren Kunde.", "Erlach"),
    ],
)
def test_these_names_stay_masked(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name not in _masked(anonymizer, text)


def test_a_mention_is_masked_when_the_span_around_it_is_of_a_type_not_masked() -> None:
    persons_only = Anonymizer(PrivacyConfig(entity_types=frozenset({"PERSON"})))
    text = "Halmich musste gestern ins Spital.\nAdresse: c/o Halmich, Seestrasse 4\n8000 Zürich"
    assert "Halmich" not in persons_only.mask(text, persons_only.new_vault())


def test_an_allowed_term_inside_a_name_span_leaves_both_sides_masked() -> None:
    allowing = Anonymizer(PrivacyConfig(allow_terms=("Tarnkappe AG",)))
    masked = allowing.mask("Ansprechpartner: Halmich, Tarnkappe AG, Kundenservice Team Nord\n", allowing.new_vault())
    assert "Tarnkappe AG" in masked and "Halmich" not in masked and "Kundenservice" not in masked


def test_a_display_name_does_not_take_the_words_before_it(anonymizer: Anonymizer) -> None:
    masked = _masked(anonymizer, "Weitergeleitet von IT Penny Hill <penny.hill@example.com>")
    assert masked.startswith("Weitergeleitet von IT [[PERSON_") and "Penny" not in masked
