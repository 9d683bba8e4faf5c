"""Name-list lookups that forgive accents (issue 13): "López" is the listed "Lopez"."""

from __future__ import annotations

from tarnkappe.privacy.names import NameLexicon, without_accents


def _lexicon() -> NameLexicon:
    common = frozenset({"bar"})
    return NameLexicon(first_names=frozenset({"Jose", "Anna"}), surnames=frozenset({"Lopez", "Bar"}),
                       ambiguous=frozenset(), common_words=common, longest_common=3)


def test_a_name_is_known_whatever_its_accents() -> None:
    lex = _lexicon()
    assert lex.is_known_name("López") and lex.is_first_name("José")
    assert lex.is_known_name("Lopez") and not lex.is_first_name("López")
    assert not lex.is_known_name("Lópes") and not lex.is_known_name("Maria")


def test_without_accents_keeps_letters_without_a_decomposition() -> None:
    assert without_accents("Martínez Dvořák") == "Martinez Dvorak"
    assert without_accents("Søren Łukasz Strauß") == "Søren Łukasz Strauß"
