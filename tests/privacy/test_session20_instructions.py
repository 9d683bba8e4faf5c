"""Session 20 (issue 13, precision): a prompt's instruction verb and a contraction are no names.

The learned name model took a prompt's first word for an unknown name ("Riassumi questa mail",
"Sortier mir die Liste") and "We'll" for "O'Neill"; the shapes below were written for this file, not
copied from an evaluation set.  The names beside them must stay masked."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer


def persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "PERSON"]


@pytest.mark.parametrize(
    "prompt",
    [
        "Riassumi questa mail per il cliente, grazie.",
        "Correggi il testo e rendilo più breve.",
        "Traduis ce texte en allemand, s'il te plaît.",
        "Reformule cette réponse de façon plus polie.",
        "Sortier mir die Liste nach Postleitzahl.",
        "Korrigier die Tippfehler im zweiten Absatz.",
        "Formulier das bitte freundlicher.",
        "Hier ist der Entwurf. Übersetz das ins Englische.",
    ],
)
def test_an_instruction_verb_that_opens_a_prompt_is_no_name(anonymizer: Anonymizer, prompt: str) -> None:
    verb = prompt.split(". ")[-1].split(" ", 1)[0] if prompt.startswith("Hier") else prompt.split(" ", 1)[0]
    assert verb not in persons(anonymizer, prompt)
    vault = anonymizer.new_vault()
    assert anonymizer.mask(prompt, vault).count(verb) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Oluwaseun will call you tomorrow about the invoice.", "Oluwaseun"),
        ("Nqobizitha saluta tutti e ringrazia per il regalo.", "Nqobizitha"),
        ("Ghjuvanni la chiama domani mattina.", "Ghjuvanni"),          # a clitic before the verb
        ("Tafadzwa das Protokoll schicken", "Tafadzwa"),                # a note: the infinitive last
        ("Tafadzwa die Unterlagen bis Freitag geben.", "Tafadzwa"),
    ],
)
def test_a_name_before_its_verb_or_in_a_note_stays_masked(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)
    assert name not in anonymizer.mask(text, anonymizer.new_vault())


@pytest.mark.parametrize(
    "text",
    ["We'll send the forms on Monday.", "You've got the keys, we'd love to see you.",
     "L'ospite arriva alle otto.", "Dov'è il contratto firmato?"],
)
def test_a_contraction_or_an_elided_article_is_no_name(anonymizer: Anonymizer, text: str) -> None:
    word = text.split(" ", 1)[0]
    assert word not in persons(anonymizer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("Hafsat Sa’idu will bring the forms.", "Sa’idu"), ("Call S'fiso Jiyane tomorrow.", "S'fiso Jiyane"),
     ("Maria D'Amico hat angerufen.", "D'Amico")],
)
def test_an_apostrophe_inside_a_name_keeps_it_a_name(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name not in anonymizer.mask(text, anonymizer.new_vault())
