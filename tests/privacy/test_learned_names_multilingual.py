"""The learned name detector beyond German prose (issue 13): names in chat, minutes, lists and
signatures in de/fr/it/en, names in no list, and what must stay readable around them."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer
from tarnkappe.privacy.entities import Entity, EntityType
from tarnkappe.privacy.learned.features import compound_tail
from tarnkappe.privacy.names import load_lexicon

# Names in none of the shipped lists (checked below), in shapes the rules alone do not cover.
UNLISTED = [
    ("Protokoll\nAnwesend: Wendrika Solbrandt, Peter Keller\n\n1. Solbrandt berichtet über das Projekt.",
     ["Wendrika Solbrandt", "Solbrandt"]),
    ("Selon Varlemont, la situation reste tendue. Le porte-parole dément.", ["Varlemont"]),
    ("Secondo Ottrezzi la situazione resta tesa, ha detto il portavoce.", ["Ottrezzi"]),
    ("According to Whitlacombe, the figures are still missing.", ["Whitlacombe"]),
]


def _persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "PERSON"]


@pytest.mark.parametrize(("text", "names"), UNLISTED)
def test_unlisted_names_in_four_languages(anonymizer: Anonymizer, text: str, names: list[str]) -> None:
    lex = load_lexicon()
    assert not any(lex.is_known_name(w) for n in names for w in n.split() if w != "Peter")
    found = _persons(anonymizer, text)
    for name in names:
        assert name in found


@pytest.mark.parametrize("text", [
    "Es macht Spaß, mit Glas zu arbeiten. Schließlich ist der Holzzaun regelmäßig gestrichen.",
    "Bestellung INV-48213 ist raus. Das Modell ThinkPad X1 ist ausverkauft.",
    "La commande PO-77120 a été expédiée. Le modèle Galaxy S23 est épuisé.",
    "L'ordine #335860 è stato spedito da Milano.",
    "Order 48213 has shipped. Please update Windows 11 and Excel.",
])
def test_ordinary_words_products_and_orders_stay(anonymizer: Anonymizer, text: str) -> None:
    assert _persons(anonymizer, text) == []


def test_sharp_s_is_looked_up_as_ss() -> None:
    lexicon = load_lexicon()
    common = lexicon.common_words
    assert "spass" in common and "spaß" not in common  # wordfreq spells ß as ss
    assert compound_tail("holzzaun", lexicon) and not compound_tail("solbrandt", lexicon)


@pytest.mark.parametrize("text", [t for t, _ in UNLISTED])
def test_round_trip_exact(anonymizer: Anonymizer, text: str) -> None:
    vault = anonymizer.new_vault()
    masked = anonymizer.mask(text, vault)
    assert vault.restore(masked) == text
    r = vault.stream_restorer()
    assert "".join(r.feed(masked[i:i + 3]) for i in range(0, len(masked), 3)) + r.flush() == text


def test_multi_word_rules_name_is_asked_about(anonymizer: Anonymizer) -> None:
    """A rules' two-word span with no cue, not at a line start, is asked about as a whole."""
    learned = anonymizer._learned
    assert learned is not None
    text = "Die Überreste einer im Ahltener Wald befindlichen Burg wurden zerstört."
    rules_span = Entity(23, 36, EntityType.PERSON, text[23:36], "persons")
    assert rules_span.text == "Ahltener Wald"
    assert learned.doubtful(text, [rules_span]) == [(23, 36)]
    # a full name after a line start or a cue is no doubt
    sig = "Grüsse\nAnna Meier"
    assert learned.doubtful(sig, [Entity(7, 17, EntityType.PERSON, "Anna Meier", "persons")]) == []
