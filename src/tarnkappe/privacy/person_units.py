"""Who lives where: the name a flat's label stands before, on a bell board, a plate order or a list of flats.

A doorbell board ("| 3. OG li  Kaiser / Vogt  | 3. OG re  BEHRENS |"), an engraver's order ("Klingel +
Briefkasten 3. Stock links | de Weck / Brunner |", "buzzer + mailbox apt 4c  camara / traoré"), a notice of
the flats a technician must enter ("- 2. stock rechts: achermann", "- PIANO 6, INT. 7: PELLEGRINI", "- flat 13:
lewandowski") name one household per flat, most often by its surname alone, in capitals or in lower case: too
weak for the rules, and holdout39 (read in session 35) left a hundred such names in clear.  Here a flat's label
-- a floor with its side ("3. OG li", "2e g.", "1° dx", "RDC", "EG"), a flat's number ("Top 2", "Appt 21", "int.
14", "flat 13", "apt 5d"), or on a bordered grid a floor's digit with L or R ("| 1 L  Schultz") -- followed by
a cell's break (a colon, a tab, two spaces, " | ") is the key of a value, and each household of that value (split
at " / ", " & ", " und ", " and ", " – " …) is a PERSON when it reads as a name: one to four words, no digit, no
vacancy ("— frei —", "libre", "vacant"), a title or "Familie" before it left out, and every word of it one that can
be a name (``name_word``; in lower case the stricter ``owner_word``: a frequent word is no one's -- "- flat 3:
boiler"); after an agenda's or a ranking's "TOP 3:" listed names only; after an address's flat no town.

Linear: two gated scans for the labels, each run only where a label can start; each value is read once, up to the
end of its cell.
"""

from __future__ import annotations

from itertools import chain

from .detectors import scan
from .entities import Entity, EntityType
from .gates import Gate
from .learned.features import name_word, owner_word, rare_word
from .names import NameLexicon

_SIDE = r"(?i:li|re|links|rechts|lin[a-z]{1,3}|rech[a-z]{1,3}|mitte|hinten|vorne|l\.|r\.|g\.|d\.|gauche|droite" \
        r"|centre|fond|sx|dx|left|right|middle|rear|front)(?![^\W\d_])"
# A floor by its number ("3. OG li", "2. Stock links", "3e g.", "1er étage droite", "2° dx"), scanned only near
# digits (scan.py's digit windows), and a floor or a flat by its word ("EG re", "RDC", "PT sx", "Top 2", "Appt 21",
# "int. 14", "flat 13", "piano terra"), each word written out in its cases: the scan tries only where one of them
# occurs (literal_starts.py's index; a case-blind group first cost ~7x a plain scan of the prompt, ~8 M
# instructions).  A letter before the word makes it the tail of another word ("Weg", "Zug").
_FLOOR_NUMBER = scan.compile(
    rf"\d{{1,2}}(?:\.[ ]?(?i:OG|Stock|Etage|UG|Obergeschoss)(?:[ ]{_SIDE})?"
    rf"|(?:e|er|re|ème|è|°)[ ](?i:étage|piano)?(?:[ ]?{_SIDE})?)"
)
_FLAT_WORD = scan.compile(
    rf"(?:EG|eg|DG|dg|UG|ug|Hochparterre|Parterre|Souterrain|RDC|rdc)(?:[ ]{_SIDE})?|PT[ ]{_SIDE}"
    r"|(?:Top|top|TOP|Whg\.?|whg\.?|WHG\.?|Wohnung|WOHNUNG|App?t\.?|app?t\.?|APP?T\.?|Appartement|appartement"
    r"|Appartamento|appartamento|int\.|INT\.|Int\.|interno|Interno|flat|Flat|FLAT|apartment|Apartment|APARTMENT"
    r"|unit|Unit|UNIT)[ ]?\d{1,4}[a-zA-Z]?(?![\w.,/])"
    r"|(?:piano|Piano|PIANO)[ ](?i:terra|\d{1,2})(?:,?[ ](?i:int)\.[ ]?\d{1,3})?"
)
scan.note_rare_starts(_FLAT_WORD)  # ("EG", "eg", "PT": two letters, rare enough in prose)
# a bordered grid's floor and side: "| 1 L  Schultz / Sanchez | 1 R  Karen Ramos |", "| G L  HAN |"
_GRID_LABEL = scan.compile(r"\|[ ]{1,3}(?:[1-9]|G)[ ][LR][ ]{2}")
_GATE = Gate(("OG", "og ", "tock", "TOCK", "tage", "TAGE", "EG", "eg ", "DG", "dg ", "UG", "ug ", "arterre", "ARTERRE",
              "outerrain", "RDC", "rdc", "PT", "pt", "Top", "top", "TOP", "Whg", "whg", "WHG", "ohnung", "OHNUNG", "pp",
              "PP", "nt.", "NT.", "nterno", "NTERNO", "lat", "LAT", "artment", "ARTMENT", "nit", "NIT", "iano", "IANO",
              "°", " L  ", " R  ", "e g.", "e d.", "er g.", "er d."))
_FLOOR_GATE = Gate((". OG", ".OG", ". og", ". Stock", ".Stock", ". stock", ". STOCK", ". Etage", ". etage", ". ETAGE",
                    ". UG", ". Obergeschoss", "e étage", "er étage", "e ÉTAGE", "e g.", "e d.", "er g.", "er d.",
                    "e gauche", "e droite", "er gauche", "er droite", "e centre", "° ", "e piano", "E G.", "E D."))
_GRID_GATE = Gate(("L  ", "R  "))
# what separates a flat's label from its household: a colon, a tab, two spaces, a table's bar
_BREAK = scan.compile(r"[ ]{0,3}(?::[ ]{0,4}|\t[ ]{0,4}|[ ]{2,40}|\|[ ]{1,4})")
_VALUE_END = ("\t", "  ", "|", "\n", ";")
# households of one value: "Kaiser / Vogt", "Fournier-Girard / Guérin", "Yonas & Eva", "PÉREZ – NAVARRO"
_HOUSEHOLDS = scan.compile(r"[ ]{1,3}(?:/|&|\+|–|—|und|and|et|e|y)[ ]{1,3}")
# said before a household, never a name: "Familie Egli", "fam. zwahlen-cathomen", "mr and mrs bell", "Dr. F. Winkler"
_BEFORE = frozenset(
    "familie fam fam. famille famiglia family the mr mrs ms miss mr. mrs. ms. herr frau dr dr. prof prof. m. mme "
    "mlle monsieur madame sig. sig.ra signor signora sig.na".split())
_VACANT = frozenset(
    "frei leer vermietet reserviert libre vacant vacante libero libera vuoto empty free tbc tba nn n.n. unbewohnt "
    "hauswart hausmeister concierge conciergerie custode portineria caretaker janitor büro bureau ufficio office "
    "praxis cabinet studio lager keller cave cantina waschküche buanderie lavanderia laundry technik".split())
_PARTICLES = frozenset("de von van di da du del della le la ap al el ben bin ter ten zu vom".split())
_MAX_VALUE = 70


def names_by_units(text: str, lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the households named after a flat's label (see the module's docstring)."""
    if not _GATE.opens(text):
        return []
    out: list[Entity] = []
    # (a floor's number only where a floor's word follows a number somewhere: the scan near every digit of a text
    # with many numbers cost ~0.8 M instructions on the ~2,000-token prompt)
    floors = scan.finditer(_FLOOR_NUMBER, text) if _FLOOR_GATE.opens(text) else iter(())
    labels = chain(floors, (
        m for m in scan.finditer(_FLAT_WORD, text) if m.start() == 0 or not text[m.start() - 1].isalpha()))
    for label in labels:
        gap = scan.match(_BREAK, text, label.end())
        if gap is None or gap.end() == label.end() or "\n" in text[label.end():gap.end()]:
            continue
        # (an agenda's item or a ranking's place after "TOP 3:" -- "TOP 3: Kassenbericht", "Top 3: Inception / …" --
        # unless its words are listed names: "Top 3: Koch / Weber")
        listed = text[label.start():label.start() + 3].lower() == "top" and ":" in text[label.end():gap.end()]
        out += _households(text, gap.end(), lexicon, after_address=_in_address(text, label.start()), listed=listed)
    if _GRID_GATE.opens(text):
        for label in scan.finditer(_GRID_LABEL, text):
            out += _households(text, label.end(), lexicon)
    return out


def _in_address(text: str, start: int) -> bool:
    """A number before the label in its cell: the flat of an address, whose next cell is a household ("Gutenbergstr.
    105, 4. OG\tHerr Mans") or its town ("4236 Washington Ln Unit 10 | Baltimore", "Via Aldo Moro n. 39 int. 1
    medico")."""
    cell = max(text.rfind(mark, max(0, start - _MAX_VALUE), start) for mark in ("\n", "|", "\t", "  "))
    return any(ch.isdigit() for ch in text[max(cell, start - _MAX_VALUE):start])


def _value_end(text: str, start: int) -> int:
    """Where the value that starts at ``start`` ends: at its cell's or its line's end."""
    end = min(len(text), start + _MAX_VALUE)
    for mark in _VALUE_END:
        found = text.find(mark, start, end)
        if found >= 0:
            end = found
    return end


def _households(text: str, start: int, lexicon: NameLexicon, *, after_address: bool = False,
                listed: bool = False) -> list[Entity]:
    end = _value_end(text, start)
    while end > start and text[end - 1] in " .,":
        end -= 1
    if end <= start or any(ch.isdigit() or ch in "@()[]{}#=<>:" for ch in text[start:end]):
        return []
    out: list[Entity] = []
    pos = start
    for sep in [*scan.finditer(_HOUSEHOLDS, text, start, end), None]:
        part_end = sep.start() if sep is not None else end
        entity = _household(text, pos, part_end, lexicon)
        if entity is not None and listed and not all(
                lexicon.is_known_name(word.capitalize()) for word in entity.text.split(" ") if len(word) > 2):
            entity = None
        if entity is not None and after_address and (
                entity.text.islower() or any(word in lexicon.places for word in entity.text.split())):
            entity = None  # (after an address, a town, or a word in lower case: "medico")
        if entity is not None:
            out.append(entity)
        if sep is not None:
            pos = sep.end()
    return out


def _household(text: str, start: int, end: int, lexicon: NameLexicon) -> Entity | None:
    """The name of one household, without the title or "Familie" before it; None when it is no name."""
    words = text[start:end].split(" ")
    offset = start
    while words and (not words[0] or words[0].lower() in _BEFORE or words[0].lower() == "and"):
        offset += len(words[0]) + 1
        words = words[1:]
    words = [w for w in words if w]
    if not 1 <= len(words) <= 4:
        return None
    for word in words:
        bare = word.strip(".,'’-")
        if bare.lower() in _VACANT or bare in ("—", "-", "–"):
            return None
        if len(bare) <= 1 or bare.lower() in _PARTICLES:
            continue  # an initial or a particle: "O. Klymenko", "de Weck"
        if not bare.replace("-", "").replace("'", "").replace("’", "").isalpha() or lexicon.is_place_only(bare):
            return None
        # every word a name's: "Pilar Martínez Serrano", not "keys with neighbour", "Pizza Margherita"
        if not any(_name_piece(piece, lexicon) for piece in [p for p in bare.split("-") if len(p) > 2] or [bare]):
            return None
    name_end = offset + len(" ".join(words))
    while name_end > offset and text[name_end - 1] in ".,":
        name_end -= 1
    return Entity(offset, name_end, EntityType.PERSON, text[offset:name_end], "units")


def _name_piece(word: str, lexicon: NameLexicon) -> bool:
    """A word (or a part of a double name) that can be a household's name: ``name_word`` (in lower case the stricter
    ``owner_word``), or a word
    rare in all four languages that no list of ours knows as an ordinary one ("Achermann", "DARWISH": the noun's
    tail of "-mann" makes ``name_word`` doubt them; in a flat's value they are the household's)."""
    capitalised = word.capitalize()
    judge = owner_word if word.islower() else name_word  # (in lower case a frequent word is no one's: "boiler")
    return judge(capitalised, lexicon) or (
        word.lower() not in lexicon.common_words and rare_word(capitalised, below=3))
