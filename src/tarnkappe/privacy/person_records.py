"""Names as travel records write them: an airline's "MEIER/ANNA MARIA MRS" (surname, slash, given
names, a title code) and the transliterated names of an EU digital COVID certificate
("fnt": "MUELLER", "gnt": "ANNA<LENA").

The person rules read words: "MEIER/ANNA" is none to them, and at best the given names came out
without the surname.  Here the whole "SURNAME/GIVEN NAMES" is one PERSON, the title code (MR, MRS,
MS, MSTR, MISS, DR, CHD, INF) outside -- where a title code follows, the given name is a first
name of the lists, or the line says it is a travel record (PNR, PAX, passenger, boarding, flight,
ticket, bag tag …) and both parts have three letters at least; "TCP/IP", "AC/DC", "HR/IT" are
none of these.

And a structured record's name split into a "first" and a "last" key (or "given" and "family"), as JSON and
YAML exports write it ('"first": "Tillmann",' with '"last": "Mandl",' beside it; holdout35, read in session 31):
each key is a name's part where its partner stands at most three lines away with the same indentation --
a form's "First: open the valve" has no "Last:" beside it.

Linear: the scan starts at each "/" after a capital letter; the surname is read back in the 32
characters before it; each line is searched for the travel words once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .detectors import scan
from .detectors.field_keys import normalise_key, type_of
from .detectors.person_cues import STOP
from .entities import Entity, EntityType
from .learned.features import rare_word
from .names import NameLexicon, compound_tail
from .person_dates import overlaps_any

_GIVEN = scan.compile(r"/(?<=[A-Z]/)(?P<given>[A-Z][A-Z'\-]{1,30}+(?:[ ][A-Z][A-Z'\-]{0,30}+){0,3}+)(?![\w/])")
_SURNAME = scan.compile(r"(?<![A-Za-z/'\-])[A-Z][A-Z'\-]{1,30}+(?:[ ][A-Z][A-Z'\-]{1,30}+)?\Z")
_LABELS = frozenset("NAME NAMES PAX PASSENGER PASSAGIER PASSAGER PASSEGGERO NOM NOME".split())
_TITLES = frozenset("MR MRS MS MSTR MISS DR CHD INF MRSDR MRDR".split())
_TRAVEL = scan.compile(
    r"(?i:pnr|pax|passenger|passagier|passager|passeggero|boarding|flight|flug|vol[ ]|volo|ticket|billet"
    r"|bag[ ]?tag|baggage|gepäck|bagage|bagaglio|airline|irregularity|booking|reservation)"
)
# A structured record's name part: '"first": "Tillmann",', "    last: Schärer-Bär" (the value one to four words)
_PART = scan.compile(
    r"(?P<key>[Ff]irst|[Ll]ast|[Gg]iven|[Ff]amily)(?<![\w\-].irst)(?<![\w\-].ast)(?<![\w\-].iven)(?<![\w\-].amily)"
    r"\"?[ ]?:[ ]{0,8}+"
    r"\"?(?P<value>[^\W\d_][^\W\d_'’.\-]{0,40}+(?:[ '’.\-]{1,2}[^\W\d_]{1,40}+){0,4}+)\.?\"?,?[ \t]{0,8}+\}?,?"
    r"(?=\r?\n|\Z)"
    # (the value ends the line; the key's own line start is checked in Python)
)
_NAME_OBJECT_BEFORE = scan.compile(r"\"(?:name|full_?name|person|nom|nome)\"[ ]?:[ ]?\{[ ]?\Z", re.IGNORECASE)
# an object under a person's key: '"pupil": {"last": "Rhodes", "first": "Poppy", …' (holdout40, read in session 36)
_OBJECT_BEFORE = scan.compile(r"\"(?P<key>[^\W\d][\w \-/]{1,30}+)\"[ ]?:[ ]?\{[ ]?\Z")
_INLINE_PART = scan.compile(
    r"\"(?P<key>first|last|given|family)\"[ ]?:[ ]?\"(?P<value>[^\W\d_][^\W\d_'’.\-]{0,40}+"
    r"(?:[ '’.\-]{1,2}[^\W\d_]{1,40}+){0,4}+)\""
)
_NAME_PARTICLES = frozenset("von vom van der den de du des di da del della le la ter ten zu zum zur dos".split())
_PARTNER = {"first": "last", "last": "first", "given": "family", "family": "given"}
_PART_REACH = 3  # lines between a key and its partner
_PART_GATE = ("first", "given")
# EU DCC: the ICAO transliterations of the family and given names, "<" for a space
_DCC_NAME = scan.compile(r"\"(?:fnt|gnt)\"[ ]?:[ ]?\"(?P<name>[A-Z][A-Z<]{0,60}+)\"")


def persons_from_records(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for airline names and certificate transliterations (see the module's
    docstring); each replaces the pieces of it that other rules found (those are overlapped)."""
    taken = sorted((e.start, e.end) for e in found if e.type != EntityType.PERSON)
    out: list[Entity] = []
    travel: dict[int, bool] = {}  # a line's start -> whether it says it is a travel record (read once a line)
    if "/" in text:
        for m in scan.finditer(_GIVEN, text):
            surname = scan.search(_SURNAME, text, max(0, m.start() - 32), m.start())
            if surname is None:
                continue
            start = surname.start()
            if surname.group().split(" ", 1)[0] in _LABELS:
                start = surname.end() - len(surname.group().rsplit(" ", 1)[-1])  # "NAME BRUNNER/SILVIO"
            words = m.group("given").split(" ")
            end = m.end("given")
            titled = words[-1] in _TITLES
            if titled:
                words.pop()
                end -= len(text[m.start("given"):end].rsplit(" ", 1)[-1]) + 1
                if not words:
                    continue
            line_start = text.rfind("\n", 0, surname.start()) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            if not titled and (len(words[0]) < 3 or len(surname.group()) < 3 or not (
                    lexicon.is_first_name(words[0].capitalize()) or _travel_line(text, line_start, line_end, travel))):
                continue  # ("TCP/IP", "AC/DC" on a line about a flight: two letters are no name here)
            if not overlaps_any(taken, start, end):
                out.append(Entity(start, end, EntityType.PERSON, text[start:end], "records"))
    if any(word in text for word in _PART_GATE):
        out += _name_parts(text, lexicon)
        if '"first"' in text or '"given"' in text:
            out += _inline_name_parts(text, lexicon)
    if '"fnt"' in text or '"gnt"' in text:
        for m in scan.finditer(_DCC_NAME, text):
            start, end = m.span("name")
            out.append(Entity(start, end, EntityType.PERSON, m.group("name"), "records"))
    return out


def _name_parts(text: str, lexicon: NameLexicon) -> list[Entity]:
    """The values of "first"/"last" ("given"/"family") keys that stand as a pair (see the module's docstring);
    not a lower-case ordinary word ("first": true, "last": "none")."""
    # (line number, indentation, key, value's start, end, what _name_value says of it)
    parts: list[tuple[int, str, str, int, int, bool | str]] = []
    line, last_pos = 0, 0
    for m in scan.finditer(_PART, text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        indent = text[line_start:m.start()]
        if indent.strip(" \t-\"{") or "\n" in text[m.start():m.end()]:
            continue  # (not the line's key: "date of first: ...")
        line += text.count("\n", last_pos, m.start())
        last_pos = m.start()
        verdict = _name_value(m.group("value"), lexicon)
        if verdict is None:
            continue
        shape = indent.rstrip('"').replace("-", " ").replace("{", " ")
        parts.append((line, shape, m.group("key").lower(), m.start("value"), m.end("value"), verdict))
    out: list[Entity] = []
    for k, (line, indent, key, start, end, named) in enumerate(parts):
        partner = _PARTNER[key]
        near = parts[max(0, k - 2 * _PART_REACH):k + 2 * _PART_REACH + 1]
        if any(other[2] == partner and other[1] == indent and abs(other[0] - line) <= _PART_REACH
               and _pair(named, other[5]) for other in near):
            out.append(Entity(start, end, EntityType.PERSON, text[start:end], "records"))
    return out


def _inline_name_parts(text: str, lexicon: NameLexicon) -> list[Entity]:
    """The values of a "first"/"last" ("given"/"family") pair of keys side by side in one JSON object on one line
    (holdout38, read in session 34): the two keys next to each other, no brace and no line break between them,
    neither value a town's only, and the first name's value a listed first name or the object a "name" key's
    ('"name": {"last": "Anderson", "first": "Poppy"}'; not '"first": "Aarau", "last": "Olten"', '"first": "Early",
    "last": "Late"' -- the review of session 34).  Linear: each key is paired with its neighbour only (minified JSON
    holds thousands of keys on one line)."""
    out: list[Entity] = []
    previous: re.Match[str] | None = None
    for m in scan.finditer(_INLINE_PART, text):
        if previous is not None and _PARTNER[previous.group("key")] == m.group("key"):
            between = text[previous.end():m.start()]
            if len(between) <= 8 and not any(c in between for c in "{}\n"):
                if _person_object(text, previous.start()):  # a pupil's, a donor's: the pair is a name whatever words
                    if all(_name_value(p.group("value"), lexicon) is not None for p in (previous, m)):
                        out += [Entity(p.start("value"), p.end("value"), EntityType.PERSON, p.group("value"),
                                       "records") for p in (previous, m)]
                    previous = m
                    continue
                one, other = _inline_value(previous, lexicon), _inline_value(m, lexicon)
                firsts = [p for p in (previous, m) if p.group("key") in ("first", "given")]
                if one is not None and other is not None and _pair(one, other) and (
                        lexicon.is_first_name(_titled(firsts[0].group("value").split(" ")[0]))
                        or scan.search(_NAME_OBJECT_BEFORE, text, max(0, previous.start() - 24), previous.start())):
                    out += [Entity(p.start("value"), p.end("value"), EntityType.PERSON, p.group("value"), "records")
                            for p in (previous, m)]
        previous = m
    return out


def _person_object(text: str, start: int) -> bool:
    """The JSON object whose first key is at ``start`` is a person's: its key is a person's or a role's ("pupil",
    "donor", "passenger", "client"), as the forms' keys say (field_keys.type_of)."""
    before = scan.search(_OBJECT_BEFORE, text, max(0, start - 40), start)
    return before is not None and type_of(normalise_key(before.group("key"))) == EntityType.PERSON


def _inline_value(m: re.Match[str], lexicon: NameLexicon) -> bool | str | None:
    """_name_value of a key's value, None for a town's that is no listed name too ("Aarau", "Olten")."""
    value = m.group("value")
    return None if any(lexicon.is_place_only(w) for w in value.split(" ")) else _name_value(value, lexicon)


def _titled(word: str) -> str:
    """``word`` as the lists write a name: "ANDERSON", "anderson" -> "Anderson"."""
    return word[:1].upper() + word[1:].lower()


def _pair(one: bool | str, other: bool | str) -> bool:
    """Two values are a name's parts: one of them a listed first name, or a listed or rare name with no compound
    noun in the pair ("first": "Anna" / "last": "Wasserfallen"; not "Frühschicht" / "Nachtschicht")."""
    if "first" in (one, other):
        return True
    return "compound" not in (one, other) and bool(one or other)


def _name_value(value: str, lexicon: NameLexicon) -> bool | str | None:
    """None: ``value`` is no name's part (a lower-case ordinary word or a stop word that is no first name: "Monday",
    "true" -- "June" is one); "first": a word of it is a listed first name; "compound": a word of it reads as a
    compound noun; else whether a word of it is a listed name or a rare word no list knows as an ordinary one -- see
    _pair ("first": "Evi" / "last": "Mies"; the review of session 31: not a pager's "First"/"Last", a pipeline's
    "Build"/"Deploy")."""
    named = first = compound = False
    for word in value.replace("-", " ").replace("'", " ").replace("’", " ").split():
        if word.lower() in _NAME_PARTICLES:
            continue  # "Le Gall", "van der Berg"
        titled = _titled(word)
        known = lexicon.is_known_name(titled)
        if titled in STOP and not lexicon.is_first_name(titled) or (
                word.islower() and word in lexicon.common_words):
            return None  # ("first": true, "last": "none")
        if not known and compound_tail(word.lower(), lexicon, shortest=5):
            compound = True  # a German compound noun as often: "Nachtschicht" (not "Tillmann": "mann" is too short)
        # (a rare inflection the word list holds is no ordinary word here: "Piacentini")
        named = named or known or rare_word(word, below=5) and word.lower() not in lexicon.common_words
        first = first or lexicon.is_first_name(titled)
    return "first" if first else "compound" if compound else named


def _travel_line(text: str, line_start: int, line_end: int, seen: dict[int, bool]) -> bool:
    """The line says it is a travel record (in its first 400 characters); each line read once (a line of
    300 "AB ZRH/GVA, " read its 400 characters for each of them: 33 positions a character)."""
    verdict = seen.get(line_start)
    if verdict is None:
        verdict = seen[line_start] = scan.search(_TRAVEL, text, line_start, min(line_end, line_start + 400)) is not None
    return verdict
