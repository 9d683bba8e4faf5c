"""Names widened to the whole name (privacy/person_spans.py): the pieces a detector found of a
name with particles, two surnames or a surname in capitals, and what must stay outside."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer


def persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # written surname first, the pair is one name (persons.py, _inverted)
        ("Klient: Van der Berg, Selina, geb. 09.07.64", "Van der Berg, Selina"),
        ("Die Verwalterin, Frau Camargo Cavalcanti, hat das Wasser abgestellt.", "Camargo Cavalcanti"),
        ("[10:30] Ecrin van der Klijn: Hast du die Nummer?", "Ecrin van der Klijn"),
        ("Patient(e) : SOTO Carlos, né le 2005-02-13", "SOTO Carlos"),
    ],
)
def test_a_name_is_masked_whole(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Frau Meier und Herr Koch kommen morgen.", ["Meier", "Koch"]),  # "und" joins no names
        ("Termin bei Frau Meier, Zürich, am Montag.", ["Meier"]),           # a comma ends the name
        ("Da Meier krank ist, übernimmt Koch.", ["Meier"]),                 # "Da" begins a clause here
    ],
)
def test_widening_stops_where_the_name_does(anonymizer: Anonymizer, text: str, names: list[str]) -> None:
    found = persons(anonymizer, text)
    assert all(n in found for n in names[:1]) and not any(" und " in f or "," in f for f in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le certificat du Dr Joris Van Tieghem est joint.", "Joris Van Tieghem"),   # particle after the name
        ("occupied by Donal Ó Maolfabhail. The manager", "Donal Ó Maolfabhail"),    # Irish particles
        ("New members: Ian Mac an tSaoir, 73 Pine Rd", "Ian Mac an tSaoir"),        # lower-case surname start
        ("Patient(e) : VAN DEN HOVEN Karen, née le 06/05/2002", "VAN DEN HOVEN Karen"),  # particles in capitals
        ("Witnessed by: PC B. Mpanzamaba", "B. Mpanzamaba"),                         # initials on any detector's name
    ],
)
def test_particles_and_initials_widen_a_name(anonymizer: Anonymizer, text: str, name: str) -> None:
    found = persons(anonymizer, text)
    assert any(name in f for f in found), found


def test_a_lower_case_particle_takes_no_ordinary_word(anonymizer: Anonymizer) -> None:
    found = persons(anonymizer, "Anna Müller von der Firma Meier hat angerufen.")
    assert not any("Firma" in f for f in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nr. | Name | Geburtsdatum\n9 | Kalniņa, Harijs | 1977-02-04", "Kalniņa, Harijs"),  # a table cell
        ("- Okonjo, Jalia, b. 2000-03-14, 087 156 05 72", "Okonjo, Jalia"),   # a first name in no list
        ("1. Abbasli, Flora – (011) 5848175", "Abbasli, Flora"),
    ],
)
def test_a_list_items_surname_first_pair_is_one_name(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)


def test_a_list_of_surnames_stays_a_list(anonymizer: Anonymizer) -> None:
    assert persons(anonymizer, "Anwesend: Meier, Müller, Huber") == ["Meier", "Müller", "Huber"]


def test_a_chain_of_merged_names_builds_one_entity(monkeypatch) -> None:
    """A text of 30,000 adjacent name pieces that merge into one name: the entity is made once,
    not once per merge (each merge copied a growing slice: quadratic, issue 12)."""
    from tarnkappe.privacy import person_spans
    from tarnkappe.privacy.entities import Entity, EntityType
    from tarnkappe.privacy.names import load_lexicon

    made = []
    real = person_spans.Entity

    def counting(*args, **kwargs):
        made.append(1)
        return real(*args, **kwargs)

    text = "Éa " * 30000
    pieces = [Entity(k, k + 3 if k + 3 < len(text) else k + 2, EntityType.PERSON, "", "names-crf")
              for k in range(0, len(text), 3)]
    pieces = [Entity(e.start, e.end, e.type, text[e.start:e.end], e.detector) for e in pieces]
    monkeypatch.setattr(person_spans, "Entity", counting)
    out = person_spans.widen_names(text, pieces, load_lexicon())
    assert len(out) == 1 and out[0].text == text.rstrip()
    assert len(made) <= 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word no list and no dictionary knows, right after a name found alone (read sets: 56 such)
        ("in persona del legale rappresentante Nanni Stuccolari (di seguito «Committente»)", "Nanni Stuccolari"),
        # and right before one (a first name the lists lack before two surnames)
        ("Bitte an die Ersatzkontaktperson Tadeyo Santos Costa weiterleiten.", "Tadeyo Santos Costa"),
    ],
)
def test_an_unknown_word_beside_a_name_is_part_of_it(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)

