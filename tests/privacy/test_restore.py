"""Placeholders and whole-text restore: what models do to placeholders."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, Vault


def _vault_with(*items: tuple[str, str]) -> Vault:
    vault = Vault()
    for etype, original in items:
        vault.placeholder_for(etype, original)
    return vault


def test_same_original_same_placeholder_across_messages(anonymizer: Anonymizer) -> None:
    vault = anonymizer.new_vault()
    a = anonymizer.mask("Mail an anna@example.ch", vault)
    b = anonymizer.mask("Nochmals: anna@example.ch und bob@example.ch", vault)
    assert a == "Mail an [[EMAIL_1]]"
    assert b == "Nochmals: [[EMAIL_1]] und [[EMAIL_2]]"


@pytest.mark.parametrize(
    "variant",
    ["[[PERSON_1]]", "[[person_1]]", "[[Person_1]]", "[[ PERSON_1 ]]", "[[PERSON 1]]", "[PERSON_1]",
     "\\[\\[PERSON\\_1\\]\\]", "[[PERSON1]]"],
)
def test_tolerant_restore(variant: str) -> None:
    vault = _vault_with(("PERSON", "Anna Meier"))
    assert vault.restore(f"Hallo {variant}!") == "Hallo Anna Meier!"


@pytest.mark.parametrize(
    "variant",
    ["[[PERSON_1_2]]", "[[person_1_2]]", "[[Person_1_2]]", "[[ PERSON_1_2 ]]", "[[PERSON 1_2]]", "[PERSON_1_2]",
     "\\[\\[PERSON\\_1\\_2\\]\\]", "[[PERSON1_2]]"],
)
def test_tolerant_restore_of_a_variant(variant: str) -> None:
    vault = _vault_with(("PERSON", "Anna Meier"), ("PERSON", "Meier"))
    assert vault.placeholder_for("PERSON", "Meier") == "[[PERSON_1_2]]"
    assert vault.restore(f"Hallo {variant}! [[PERSON_1]]") == "Hallo Meier! Anna Meier"


def test_variant_genitive_punctuation_and_html() -> None:
    vault = _vault_with(("PERSON", "Anna Meier"), ("PERSON", "Meier"))
    assert vault.restore("([[PERSON_1_2]]s Vertrag), [[PERSON_1_2]].") == "(Meiers Vertrag), Meier."
    assert vault.restore("&lt;b&gt;[[PERSON_1_2]]&lt;/b&gt;") == "&lt;b&gt;Meier&lt;/b&gt;"


def test_variant_needs_its_underscore() -> None:
    vault = Vault()
    for i in range(1, 13):
        vault.placeholder_for("PERSON", f"Vorname{i} Meier{i}")
    vault.placeholder_for("PERSON", "Meier1")  # links to the one full name with that word
    assert vault.restore("[[PERSON_12]] [[PERSON_1_2]] [[PERSON_1]]") == "Vorname12 Meier12 Meier1 Vorname1 Meier1"


def test_invented_variants_are_left_alone() -> None:
    vault = _vault_with(("PERSON", "Anna Meier"), ("PERSON", "Meier"))
    text = "[[PERSON_1_3]] [[PERSON_2_2]] [[PERSON_1_0]] [[PERSON_1_1]] [[EMAIL_1_2]]"
    assert vault.restore(text) == text


def test_genitive_and_punctuation_after_placeholder() -> None:
    vault = _vault_with(("PERSON", "Müller"))
    assert vault.restore("([[PERSON_1]]s Vertrag), [[PERSON_1]].") == "(Müllers Vertrag), Müller."


def test_html_escaped_answer() -> None:
    vault = _vault_with(("PERSON", "Anna <Meier>"))
    assert vault.restore("&lt;b&gt;[[PERSON_1]]&lt;/b&gt;") == "&lt;b&gt;Anna <Meier>&lt;/b&gt;"


def test_person_1_vs_12_vs_2() -> None:
    vault = Vault()
    originals = [f"Name{i}" for i in range(1, 13)]
    for o in originals:
        vault.placeholder_for("PERSON", o)
    assert vault.restore("[[PERSON_1]] [[PERSON_12]] [[PERSON_2]]") == "Name1 Name12 Name2"


def test_invented_placeholders_are_left_alone() -> None:
    vault = _vault_with(("PERSON", "Anna"))
    text = "[[PERSON_7]] and [[EMAIL_1]] and [[FOO_1]] and [[PERSONAL_1]]"
    assert vault.restore(text) == text


@pytest.mark.parametrize("original", [r"a\1b", "$1 & $0", "[a-z]+", r"(?P<x>.*)\g<0>", "\\", "[[PERSON_2]]"])
def test_regex_metacharacters_in_originals(original: str) -> None:
    vault = _vault_with(("TERM", original), ("TERM", "other"))
    assert vault.restore("x [[TERM_1]] y [[TERM_2]]") == f"x {original} y other"


def test_literal_placeholder_in_input_is_not_hijacked(anonymizer: Anonymizer) -> None:
    vault = anonymizer.new_vault()
    text = "Template: [[PERSON_1]] wird ersetzt. Herr Huber fragt."
    masked = anonymizer.mask(text, vault)
    assert masked == "Template: [[PERSON_1]] wird ersetzt. Herr [[PERSON_2]] fragt."
    assert vault.restore(masked) == text


def test_round_trip_of_realistic_text(anonymizer: Anonymizer) -> None:
    text = (
        "Sehr geehrter Herr Brunner,\n\nIhre IBAN CH93 0076 2011 6238 5295 7 und Tel. +41 79 123 45 67 "
        "sind notiert. Anna Meiers Termin ist am Montag.\n\nFreundliche Grüsse\nBeat Zwahlen"
    )
    vault = anonymizer.new_vault()
    masked = anonymizer.mask(text, vault)
    for secret in ("Brunner", "CH93", "+41 79", "Anna Meier", "Zwahlen"):
        assert secret not in masked
    assert vault.restore(masked) == text
    assert vault.entity_counts() == {"IBAN": 1, "PERSON": 3, "PHONE": 1}


def test_vaults_do_not_share_state(anonymizer: Anonymizer) -> None:
    v1, v2 = anonymizer.new_vault(), anonymizer.new_vault()
    anonymizer.mask("Herr Huber", v1)
    assert v2.restore("[[PERSON_1]]") == "[[PERSON_1]]"
    assert "Huber" not in repr(v1)
