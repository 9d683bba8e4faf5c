"""Names of session 18 (issue 13): a name found once is masked where the text writes it again."""

from __future__ import annotations

from tarnkappe.privacy import Anonymizer
from tarnkappe.privacy.names import load_lexicon
from tarnkappe.privacy.person_mentions import repeated_names


def persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "PERSON"]


def test_a_name_found_once_is_masked_in_every_cell(anonymizer: Anonymizer) -> None:
    text = ("Schichtplan KW 51\nMo 14/12\tQ. Xu\tH. Tamarau\tS. Combs\nDi 15/12\tQ. Xu\t— (offen)\t"
            "Q. Xu, L. Mazzeo\nMi 16/12\tS. Combs\tL. Mazzeo, Q. Xu\t— (offen)")
    found = persons(anonymizer, text)
    assert found.count("Q. Xu") == 4 and found.count("S. Combs") == 2, found


def test_a_repeated_full_name_is_masked_without_its_cue(anonymizer: Anonymizer) -> None:
    text = "Dear Dr Will Black,\nthanks. -- Message from Will Black --\nWill Black wrote the note."
    assert persons(anonymizer, text).count("Will Black") == 3


def test_a_one_word_name_is_not_spread() -> None:
    # "Treasurer" taken for a name once (a wrong guess) must not become every "Treasurer" of the text
    from tarnkappe.privacy.entities import Entity, EntityType

    text = "Treasurer: Ann Ngata\nThe Treasurer reports.\nNgata thanks the Treasurer."
    found = [Entity(0, 9, EntityType.PERSON, "Treasurer", "persons"),
             Entity(11, 20, EntityType.PERSON, "Ann Ngata", "persons")]
    out = [(e.start, e.text) for e in repeated_names(text, found, load_lexicon())]
    assert out == [(text.index("Ngata thanks"), "Ngata")]


def test_mentions_inside_a_found_span_are_skipped_in_one_pass() -> None:
    # each mention is checked against the entities by a pointer, not a search: a roster of 2,000
    # rows finds no mention twice and no mention inside a found name
    from tarnkappe.privacy.entities import Entity, EntityType

    row = "| Lea Brunner | Lea Brunner |\n"
    text = row * 2000
    found = [Entity(i * len(row) + 2, i * len(row) + 13, EntityType.PERSON, "Lea Brunner", "persons")
             for i in range(2000)]
    out = repeated_names(text, found, load_lexicon())
    assert len(out) == 2000 and all(text[e.start:e.end] == "Lea Brunner" for e in out)
    assert len({e.start for e in out}) == 2000
