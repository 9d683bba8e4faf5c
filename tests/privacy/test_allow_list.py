"""The operator's allow-list wins over detection, also where a detected span only overlaps it."""

from tarnkappe.privacy import Anonymizer, PrivacyConfig


def test_entity_overlapping_an_allowed_term_is_trimmed() -> None:
    anonymizer = Anonymizer(PrivacyConfig(allow_terms=["Meier Treuhand"]))
    vault = anonymizer.new_vault()
    masked = anonymizer.mask("Frau Anna Meier von Meier Treuhand hat angerufen.", vault)
    assert "Meier Treuhand hat angerufen." in masked
    assert "Anna Meier" not in masked
    assert vault.restore(masked) == "Frau Anna Meier von Meier Treuhand hat angerufen."


def test_entity_inside_an_allowed_term_is_dropped() -> None:
    anonymizer = Anonymizer(PrivacyConfig(allow_terms=["Hans Muster AG"]))
    masked = anonymizer.mask("Die Hans Muster AG liefert.", anonymizer.new_vault())
    assert masked == "Die Hans Muster AG liefert."
