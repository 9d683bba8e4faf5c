"""Spellings of one person share a number ([[PERSON_1]], [[PERSON_1_2]]) only where that is safe."""

from __future__ import annotations

from tarnkappe.privacy import Anonymizer, Vault


def test_surname_title_and_genitive_link_to_the_full_name(anonymizer: Anonymizer) -> None:
    vault = anonymizer.new_vault()
    text = "Anna Meier hat angerufen. Frau Meier bittet um Rückruf, Meiers Vertrag liegt bei. Anna Meiers Akte auch."
    masked = anonymizer.mask(text, vault)
    assert masked == (
        "[[PERSON_1]] hat angerufen. Frau [[PERSON_1_2]] bittet um Rückruf, [[PERSON_1_2]]s Vertrag liegt bei. "
        "[[PERSON_1]]s Akte auch."
    )
    assert vault.restore(masked) == text
    assert vault.entity_counts() == {"PERSON": 1}


def test_short_mention_before_the_full_name_still_links(anonymizer: Anonymizer) -> None:
    vault = anonymizer.new_vault()
    text = "Herr Brunner ruft an. Später schreibt Thomas Brunner eine Mail."
    masked = anonymizer.mask(text, vault)
    assert masked == "Herr [[PERSON_1_2]] ruft an. Später schreibt [[PERSON_1]] eine Mail."
    assert vault.restore(masked) == text


def test_two_meiers_are_not_linked(anonymizer: Anonymizer) -> None:
    vault = anonymizer.new_vault()
    text = "Anna Meier und Peter Meier sind Geschwister. Frau Meier hat angerufen."
    masked = anonymizer.mask(text, vault)
    assert masked == "[[PERSON_1]] und [[PERSON_2]] sind Geschwister. Frau [[PERSON_3]] hat angerufen."
    assert vault.restore(masked) == text


def test_two_meiers_in_different_messages_are_not_linked(anonymizer: Anonymizer) -> None:
    """mask_many reads every message first: the second Meier in the last message blocks the link."""
    vault = anonymizer.new_vault()
    texts = ["Anna Meier ist Kundin.", "Frau Meier hat angerufen.", "Peter Meier ist ihr Bruder."]
    masked = anonymizer.mask_many(texts, vault)
    assert masked == ["[[PERSON_1]] ist Kundin.", "Frau [[PERSON_2]] hat angerufen.", "[[PERSON_3]] ist ihr Bruder."]
    assert [vault.restore(m) for m in masked] == texts


def test_link_across_messages(anonymizer: Anonymizer) -> None:
    vault = anonymizer.new_vault()
    texts = ["Bitte antworte Frau Keller.", "Kundin: Sabine Keller, seit 2019."]
    masked = anonymizer.mask_many(texts, vault)
    assert masked == ["Bitte antworte Frau [[PERSON_1_2]].", "Kundin: [[PERSON_1]], seit 2019."]
    assert [vault.restore(m) for m in masked] == texts


def test_different_full_names_with_one_surname_stay_apart() -> None:
    vault = Vault()
    assert vault.placeholder_for("PERSON", "Anna Meier") == "[[PERSON_1]]"
    assert vault.placeholder_for("PERSON", "Hans Meier") == "[[PERSON_2]]"
    assert vault.placeholder_for("PERSON", "ANNA MEIER") == "[[PERSON_1_2]]"  # same words, other case
    assert vault.placeholder_for("PERSON", "Anna Meier") == "[[PERSON_1]]"
    assert vault.entity_counts() == {"PERSON": 2}


def test_first_name_alone_links_when_unique() -> None:
    vault = Vault()
    vault.note_persons(["Sabine Keller", "Thomas Huber"])
    assert vault.placeholder_for("PERSON", "Sabine") == "[[PERSON_1_2]]"
    assert vault.placeholder_for("PERSON", "Sabine Keller") == "[[PERSON_1]]"
    assert vault.placeholder_for("PERSON", "Huber") == "[[PERSON_2_2]]"


def test_unrelated_single_names_are_separate_people() -> None:
    vault = Vault()
    assert [vault.placeholder_for("PERSON", n) for n in ("Huber", "Keller", "Huber")] == [
        "[[PERSON_1]]", "[[PERSON_2]]", "[[PERSON_1]]"
    ]


def test_other_types_never_get_variants() -> None:
    vault = Vault()
    assert vault.placeholder_for("EMAIL", "anna@example.ch") == "[[EMAIL_1]]"
    assert vault.placeholder_for("EMAIL", "ANNA@example.ch") == "[[EMAIL_2]]"


def test_literal_variant_placeholder_in_input_reserves_its_number(anonymizer: Anonymizer) -> None:
    vault = anonymizer.new_vault()
    text = "Vorlage: [[PERSON_1_2]] bleibt. Anna Meier und Frau Meier."
    masked = anonymizer.mask(text, vault)
    assert masked == "Vorlage: [[PERSON_1_2]] bleibt. [[PERSON_2]] und Frau [[PERSON_2_2]]."
    assert vault.restore(masked) == text
