"""An animal's name is no one's: the dog, cat or horse a form, a register or a table names.

Dog tax registers, animal shelters' contracts, vets' and pet-sitters' lists give animals names
people have ("Frieda", "Benno", "Luna", "Rocky") and breeds that are surnames too ("Spitz",
"Boxer"): the name rules took them for people (holdout23 and holdout24, session 21: a fifth of
their over-masked names).  A PERSON entity is dropped where its key says it is an animal's:

* the value of a label ("Hund: Frieda", "Name des Hundes:  Bruno", "Tier: Nala, Mischling",
  '"animal": "Balou"', "Rasse: Labrador");
* a cell of a delimited table (";", ",", "|", tab) whose header names the column so
  ("Hund;Rasse;Gebühr", "| Dog | Breed |").

Nothing else is dropped: a person's name in the same row or after the label's value stays, a name of
two words or more stays (a first name and a surname are a person's, in whatever column), and an animal
named in prose ("wir haben Balou gesehen") stays masked -- over-masking, the safe side.

Bounded work: each entity reads its own line (at most 200 characters back), and a table's header is
looked up once per line (at most 40 lines up, 200 characters a line).
"""

from __future__ import annotations

from collections.abc import Iterable

from .detectors import scan
from .detectors.cells import split_cells
from .detectors.field_keys import normalise_key
from .entities import Entity, EntityType
from .names import NameLexicon, load_lexicon

# Keys (normalised: lower case, letters only) of an animal's name or breed.
ANIMAL_KEYS = frozenset(
    """hund hunde hundename namedeshundes hundesname tier tiername namedestiers tierart rasse hunderasse
    chien nomduchien nomdelanimal animal animaux race cane nomedelcane nomecane animale razza gatto katze kater
    cat cheval pferd cavallo horse pet petname petsname dog dogname dogsname breed animalname nomanimal
    chat nomduchat pony taube pigeon vogel""".split()
)
# Keys of a breed ("Spitz", "Boxer" are surnames too): any one word of theirs is no one's.  Under the
# others, a name of the animal, a listed surname no list knows as a first name stays a person's -- the
# owner's name in the dog's column ("Hund;Rasse / Imhof;Dackel").
BREED_KEYS = frozenset("rasse hunderasse tierart race razza breed".split())
_SEPARATORS = ("\t", "|", ";", ",")
# A label before the value on its line: the key, its quotes, ":" or "=" ("Hund: ", '"animal": "', "Rasse ... : ")
_LABEL = scan.compile(
    r"(?:^|\n)[ \t]{0,8}(?:[-*•][ \t]{1,3})?[\"']?(?P<key>[^\W\d_][^\W\d_ ]{0,24}(?:[ ][^\W\d_]{1,12}){0,3})[\"']?"
    r"[ \t]{0,24}[:=][ \t]{0,40}[\"']?"
)


def without_animals(text: str, found: Iterable[Entity], lexicon: NameLexicon | None = None) -> list[Entity]:
    """``found`` without the PERSON entities that are animals' names (see the module's docstring)."""
    entities = list(found)
    lex = lexicon if lexicon is not None else load_lexicon()
    headers: dict[int, tuple[str, list[str]] | None] = {}  # a line's start -> its table's separator and keys
    out: list[Entity] = []
    for e in entities:
        if e.type == EntityType.PERSON and _animal(text, e, headers, lex):
            continue
        out.append(e)
    return out if len(out) < len(entities) else entities


def _animal(text: str, e: Entity, headers: dict[int, tuple[str, list[str]] | None], lex: NameLexicon) -> bool:
    if " " in e.text.strip():
        return False  # a first name and a surname are a person's, whatever the column ("Irmgard Wyrsch (Frieda)")
    line_start = text.rfind("\n", max(0, e.start - 200), e.start) + 1
    if line_start == 0 and e.start > 200:
        return False
    line_end = text.find("\n", e.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    sep = next((c for c in _SEPARATORS[:3] if c in line), None)  # (a label's value may hold a comma)
    if sep is None:
        label = scan.match(_LABEL, text, max(0, line_start - 1), e.start)
        if label is not None:  # the label's value, first on its line ("Tier: Nala, Mischling";
            # not its owner after it: "Tier: Nala (Halterin Jana Imhof)", "Rasse: Dackel, Halterin Imhof")
            return label.end() == e.start and _animals_key(normalise_key(label.group("key")), e.text, lex)
        sep = "," if "," in line else None
        if sep is None:
            return False
    if line_start not in headers:
        headers[line_start] = _header(text, line_start, sep)
    header = headers[line_start]
    if header is None or header[0] != sep:
        return False
    for k, (offset, cell) in enumerate(split_cells(line, sep)):
        if offset <= e.start - line_start and e.end - line_start <= offset + len(cell):
            return k < len(header[1]) and _animals_key(header[1][k], e.text, lex)
    return False


def _animals_key(key: str, word: str, lex: NameLexicon) -> bool:
    """``key`` names an animal's ``word``: a breed's key, or an animal's where the word is no listed
    surname only (see BREED_KEYS)."""
    return key in ANIMAL_KEYS and (key in BREED_KEYS or not (
        lex.is_known_name(word) and not lex.is_first_name(word) and word.lower() not in lex.common_words))


def _header(text: str, line_start: int, sep: str) -> tuple[str, list[str]] | None:
    """The separator and the normalised keys of the header above the row at ``line_start``: the
    first line up (past rules and the rows) with the separator and no digit, the rows between holding
    the separator too."""
    start = line_start
    for _ in range(40):
        if start == 0:
            return None
        prev_start = text.rfind("\n", max(0, start - 201), start - 1) + 1
        if prev_start == 0 and start > 201:
            return None
        prev = text[prev_start:start - 1]
        if sep not in prev:
            return None
        if not any(c.isdigit() for c in prev) and prev.strip(" |-:=+\t"):  # (not a Markdown rule "|---|")
            return sep, [normalise_key(cell) for _, cell in split_cells(prev, sep)]
        start = prev_start
    return None
