"""An animal's, a thing's, a place's or a firm's name is no one's: what a form's label or a table's
column says a value is.

Dog tax registers, animal shelters' contracts, vets' and pet-sitters' lists give animals names
people have ("Frieda", "Benno", "Luna", "Rocky") and breeds that are surnames too ("Spitz",
"Boxer"): the name rules took them for people (holdout23 and holdout24, session 21: a fifth of
their over-masked names).  Forms and exports name more than animals: a bird's species, a course, a
photo's title, a kiln's programme, a vaccine, a car's make, a room, a town, an employer, a health
insurer ("Kurs: Drehkurs", "Ort: Heidelberg", a kiln column's "Raku" in every row).  The learned
detector and the name rules read a rare capitalised word first in its field as a surname; over the 25
read evaluation sets such keys' values were 1,421 spans masked for nothing and one person's name
(session 25, counted per key at 96e1135).  A PERSON entity is dropped where its key says it is none:

* the value of a label ("Hund: Frieda", "Name des Hundes:  Bruno", "Tier: Nala, Mischling",
  '"animal": "Balou"', "Rasse: Labrador"; "Kurs: Drehkurs", '"species": "Feldlerche"');
* a cell of a delimited table (";", ",", "|", tab) whose header names the column so
  ("Hund;Rasse;Gebühr", "| Dog | Breed |", "Datum,Ofen,Programm").

Nothing else is dropped: a person's name in the same row or after the label's value stays, a name of
two words or more stays under an animal's key (a first name and a surname are a person's, in whatever
column), and an animal named in prose ("wir haben Balou gesehen") stays masked -- over-masking, the
safe side.  Under a thing's, a place's or a firm's key only the value's first words are dropped, and
not where one of them is a listed first name ("Titel: Anna am Strand", "Arbeitgeber: Anna Meier") --
unless a place's key holds a town ("Geburtsort: Florence") --, a word of a full name elsewhere in the
text ("Arbeitgeber: Tschümperlin" beside "Kontaktperson: Kurt Tschümperlin"), a particle ("von Arx"),
or a word shaped as a surname that stands there once (a sole trader, a household as employer, a class
named after its teacher: "Klasse: Huwyler"; a firm shaped so stays masked too, "Employeur : Holcim" --
the attacker review of session 25 found all of these sent in clear before the last two guards).

Bounded work: each entity reads its own line (at most 200 characters back), and a table's header is
looked up once per line (at most 40 lines up, 200 characters a line).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from .detectors import scan
from .detectors.cells import split_cells
from .detectors.field_keys import normalise_key
from .detectors.field_values import PARTICLE_WORDS
from .entities import Entity, EntityType
from .learned.features import german_word, rare_word
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
# Keys (normalised) of a thing or a kind of one: species, courses, titles, machines, makes, rooms, roles,
# programmes, diagnoses, languages ("Model:" is a photo's model, "Firma:" an Italian signature, "Allergien:" may
# list people: none of them here).
THING_KEYS = frozenset(
    """species art arten spezies espèce espèces especes specie targetspecies zielarten zielart espècescibles
    especescibles speciebersaglio vogelart course kurs kurse kursname kurstitel cours corso coursename title titel
    titre titolo bildtitel worktitle category kategorie catégorie categorie categoria class klasse classe machine
    maschine macchina gerät device kamera camera fotocamera appareil typ type muster vaccine vaccin vaccino
    impfstoff brand marke marque marca make makecolour markefarbe marquecouleur marcacolore hersteller
    manufacturer fabricant produttore room raum salle sala saal hall vehicle fahrzeug véhicule vehicule veicolo
    programme programm program programma brennprogramm technique technik tecnica kiln ofen brennofen four forno
    glaze glasur smalto cert certificate zertifikat brevet brevetto membership mitgliedschaft abonnement event
    anlass événement evenement evento veranstaltung zweck purpose occasion product produkt produit prodotto
    artikel article articolo item material diagnosis diagnose diagnostic diagnosi medication medikament médicament
    medicament farmaco role rolle rôle ruolo funktion fonction funzione beruf profession occupation métier metier
    mestiere jobtitle nationality nationalität nationalité nationalite nazionalità nazionalita staatsangehörigkeit
    citizenship language sprache langue lingua muttersprache""".split()
)
# Keys of a place: towns, places of birth, venues, where a thing was found.
PLACE_KEYS = frozenset(
    """city town ort stadt ville città citta comune commune gemeinde municipality localité localite località
    localita lieu luogo where fundort fundstelle location standort venue birthplace placeofbirth geburtsort
    lieudenaissance luogodinascita wohnort residence domicile domicilio country land pays paese kanton canton
    cantone region bundesland province provincia addresscity admincity registrantcity techcity billingcity posten
    postazione parcelle parzelle""".split()
)
# Keys of an organisation: companies, clubs, employers, insurers, merchants, schools.
FIRM_KEYS = frozenset(
    """company unternehmen entreprise société societe società societa azienda ditta club verein association
    associazione organisation organization org employer arbeitgeber employeur datoredilavoro insurer versicherer
    krankenkasse caissemaladie cassamalati healthinsurance merchant händler haendler commerçant commercant
    commerciante school schule école ecole scuola hochschule university universität université università
    bank banque banca""".split()
)
_SEPARATORS = ("\t", "|", ";", ",")
# A label before the value on its line: the key, its quotes, ":" or "=" ("Hund: ", '"animal": "', "Rasse ... : ")
_LABEL = scan.compile(
    r"(?:^|\n)[ \t]{0,8}(?:[-*•][ \t]{1,3})?[\"']?(?P<key>[^\W\d_][^\W\d_ ]{0,24}(?:[ ][^\W\d_]{1,12}){0,3})[\"']?"
    r"[ \t]{0,24}[:=][ \t]{0,40}[\"']?"
)


_Header = tuple[str, list[str]] | None
_HEADER_REACH = 40  # lines walked up from a row to its header


def without_things(text: str, found: Iterable[Entity], lexicon: NameLexicon | None = None) -> list[Entity]:
    """``found`` without the PERSON entities that are animals', things', places' or firms' names (see
    the module's docstring)."""
    entities = list(found)
    lex = lexicon if lexicon is not None else load_lexicon()
    headers: dict[int, _Header] = {}  # a line's start -> its table's separator and keys
    walked: dict[tuple[int, str], tuple[_Header, int]] = {}  # see _header
    names = [e.text for e in entities if e.type == EntityType.PERSON]
    # a word of a full name elsewhere is that person's ("Arbeitgeber: Tschümperlin" beside "Kurt Tschümperlin");
    # a single word masked twice or more is a column's or a form's repeated value ("Raku" in every firing's row)
    in_full_names = {w.strip(",").lower() for name in names if " " in name for w in name.split()}
    repeated = {name for name, n in Counter(names).items() if n > 1 and " " not in name}
    seen = _Seen(in_full_names, repeated)
    out: list[Entity] = []
    for e in entities:
        if e.type == EntityType.PERSON and _thing(text, e, (headers, walked), lex, seen):
            continue
        out.append(e)
    return out if len(out) < len(entities) else entities


class _Seen(NamedTuple):
    """What the text's other names say: the words of its full names, the single words masked twice or more."""

    in_full_names: set[str]
    repeated: set[str]


def _thing(text: str, e: Entity, memo: tuple[dict[int, _Header], dict[tuple[int, str], tuple[_Header, int]]],
           lex: NameLexicon, seen: _Seen) -> bool:
    headers, walked = memo
    words = e.text.split()
    if len(words) > 1 and e.text not in lex.places and (any(lex.is_first_name(w) for w in words) or not any(
            w.lower() in lex.common_words for w in words)):
        return False  # whatever its key says, as _things_key would (but a town's): before reading the line (speed)
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
            return label.end() == e.start and _things_key(normalise_key(label.group("key")), e.text, lex, seen)
        sep = "," if "," in line else None
        if sep is None:
            return False
    if line_start not in headers:
        headers[line_start] = _header(text, line_start, sep, walked)
    header = headers[line_start]
    if header is None or header[0] != sep:
        return False
    for k, (offset, cell) in enumerate(split_cells(line, sep)):
        if offset <= e.start - line_start and e.end - line_start <= offset + len(cell):
            if k >= len(header[1]):
                return False
            key = header[1][k]
            if key in ANIMAL_KEYS:
                return _things_key(key, e.text, lex, seen)
            first = offset + len(cell) - len(cell.lstrip(" \t\"'"))  # the cell's first word, past its quotes
            return e.start - line_start == first and _things_key(key, e.text, lex, seen)
    return False


def _things_key(key: str, value: str, lex: NameLexicon, seen: _Seen) -> bool:
    """``key`` names the thing ``value`` begins: an animal's, a thing's, a place's or a firm's key
    (see the module's docstring)."""
    if key in ANIMAL_KEYS:
        # a first name and a surname are a person's, whatever the column ("Irmgard Wyrsch (Frieda)")
        return " " not in value.strip() and _animals_key(key, value, lex)
    if key in PLACE_KEYS and value in lex.places:
        return True  # a town, also one a name list knows ("Geburtsort: Florence")
    if not (key in THING_KEYS or key in PLACE_KEYS or key in FIRM_KEYS):
        return False
    words = value.split()
    if "," in value or any(lex.is_first_name(w) for w in words):
        return False  # "Titel: Anna am Strand", "Arbeitgeber: Anna Meier", "Arbeitgeber: Jung, Hye-jin"
    if any(w.lower() in seen.in_full_names for w in words) or (
            value not in seen.repeated and _surname_like(value, lex)):
        return False  # a full name's word elsewhere, a surname's shape once ("Klasse: Huwyler", "von Arx")
    if len(words) > 1 and not any(w.lower() in lex.common_words for w in words):
        return False  # two words of no list, no ordinary word among them: a name ("Model: Alpcan Yılmaz")
    return not (key in FIRM_KEYS and len(words) == 1 and lex.is_known_name(value)
                and value.lower() not in lex.common_words)  # a sole trader ("Arbeitgeber: Brunner")


def _surname_like(value: str, lex: NameLexicon) -> bool:
    """The value begins as a surname may: a particle ("von Arx", "de Courten"), or a word no list and no
    dictionary knows as an ordinary word, no compound of one, no town and no acronym ("Arbeitgeber:
    Tschümperlin", "Klasse: Huwyler", "Where: Okafor's flat"; not "Grauammer", "Drehkurs", "BNSSA").
    Such a word stays masked under a thing's key when it stands there once: a sole trader, a class named
    after its teacher, someone's home (the attacker review of session 25)."""
    first = value.split(" ", 1)[0]
    if first.lower() in _PARTICLES:
        return True
    for suffix in ("'s", "’s"):
        first = first.removesuffix(suffix)
    if not first[:1].isupper() or first.isupper():
        return False
    if len(first) > 3 and first[1] in "'’" and first[2:3].isupper():
        return True  # "O'Brien", "D'Amico"
    low = first.lower()
    return (low not in lex.common_words and rare_word(first) and not german_word(first)
            and not _german_compound(low) and not lex.is_place_only(first))


def _german_compound(low: str) -> bool:
    """``low`` ends in a German noun of four letters or more after three others ("drehkurs", "fischreiher"):
    a thing's name; a surname's ending in a word of another language is no evidence ("zgraggens": "gens")."""
    low = low.replace("ß", "ss")
    return any(german_word(low[i:]) for i in range(3, len(low) - 3))


_PARTICLES = PARTICLE_WORDS | {"des", "mac", "mc"}  # a surname's particles, also French "des", Scottish "Mac"


def _animals_key(key: str, word: str, lex: NameLexicon) -> bool:
    """``key`` names an animal's ``word``: a breed's key, or an animal's where the word is no listed
    surname only (see BREED_KEYS)."""
    return key in ANIMAL_KEYS and (key in BREED_KEYS or not (
        lex.is_known_name(word) and not lex.is_first_name(word) and word.lower() not in lex.common_words))


def _header(text: str, line_start: int, sep: str, walked: dict[tuple[int, str], tuple[_Header, int]]) -> _Header:
    """The separator and the normalised keys of the header above the row at ``line_start``: the
    first line up (past rules and the rows) with the separator and no digit, the rows between holding
    the separator too.  ``walked``: (a row's start, the separator) -> (its answer, the lines walked to it) of the
    rows asked before -- a row under one asked already takes its answer one line further (each row walked up to 40
    lines: 0.8 s on 100 KB of one-line rows, session 31); the same answers as walking."""
    start = line_start
    for step in range(_HEADER_REACH):
        known = walked.get((start, sep)) if step else None
        if known is not None:
            header, steps = known
            return _remember(walked, line_start, sep, header if step + steps <= _HEADER_REACH else None, step + steps)
        if start == 0:
            return _remember(walked, line_start, sep, None, step)
        prev_start = text.rfind("\n", max(0, start - 201), start - 1) + 1
        if prev_start == 0 and start > 201:
            return _remember(walked, line_start, sep, None, step + 1)
        prev = text[prev_start:start - 1]
        if sep not in prev:
            return _remember(walked, line_start, sep, None, step + 1)
        if not any(c.isdigit() for c in prev) and prev.strip(" |-:=+\t"):  # (not a Markdown rule "|---|")
            found = sep, [normalise_key(cell) for _, cell in split_cells(prev, sep)]
            return _remember(walked, line_start, sep, found, step + 1)
        start = prev_start
    return _remember(walked, line_start, sep, None, _HEADER_REACH + 1)


def _remember(walked: dict[tuple[int, str], tuple[_Header, int]], line_start: int, sep: str, header: _Header,
              steps: int) -> _Header:
    """``header`` found (or none) ``steps`` lines up from ``line_start`` -- past the reach: none."""
    if steps > _HEADER_REACH:
        header, steps = None, _HEADER_REACH + 1
    walked[(line_start, sep)] = (header, steps)
    return header
