"""Which of the learned name model's names are kept (learned/detector.py finds them): the model
reads no company suffix two words on ("bei Müller Reisen AG", "Lambert & Fils"), knows no towns ("in
Kelowna", "Namur, le 11-12": a town no name list knows, where towns stand, is none -- "der Jäger
Orion" stays a name), takes a form's unknown field labels ("Wohnadresse:"), rooms and venues ("Raum
Säntis"), car models, German compound nouns and firms with their legal form for names.  Split from
anonymizer.py, which asks the model and merges what is kept.

Fail closed where the model ran out of budget: a run of words past its ask budget is masked as it
stands, whatever separates its words (a filter that read only its ends -- a company suffix after it
-- would unmask the rest; review of session 10).  Bounded work per name: each test reads a few dozen
characters around it.
"""

from __future__ import annotations

from collections.abc import Iterable

from .detectors import scan
from .detectors.person_context import is_field_label
from .detectors.person_cues import (
    CAR_MAKES,
    COMPANY_AFTER,
    COMPANY_SUFFIXES,
    IMPERATIVES,
    LOCATIVES,
    VENUES,
    imperative_use,
)
from .entities import Entity
from .learned import LearnedNameDetector
from .learned.detector import UNASKED
from .learned.features import rare_word
from .names import NameLexicon, compound_tail
from .person_dates import overlaps_any


def kept_model_names(text: str, extra: Iterable[Entity], persons: Iterable[Entity], lexicon: NameLexicon,
                     learned: LearnedNameDetector) -> list[Entity]:
    """The names of ``extra`` (the model's) that are no firm, town, label, venue, car or noun;
    ``persons`` are the rules' names of the same text."""
    extra, persons = list(extra), list(persons)
    lex = lexicon
    # a word found as (part of) a name elsewhere in the text is no town or noun here either
    name_words = {w for p in (*persons, *extra) if " " in p.text for w in p.text.split()}
    name_words.update(p.text for p in persons)
    person_spans = sorted((p.start, p.end) for p in persons)
    return [
        e for e in extra
        if (e.detector == UNASKED and not e.text.replace("-", "").replace("'", "").isalpha())
        or scan.match(COMPANY_AFTER, text, e.end) is None and not text.startswith((" &", "&"), e.end)
        and not is_field_label(text, e.start, e.end, lex, learned.ordinary)
        and not (lex.is_place_only(e.text) and e.text not in name_words
                 and _in_place_context(text, e.start, e.end, person_spans))
        and not _after_venue(text, e.start)
        and not _car_model(text, e, lex)
        and not (_compound_noun(e.text, lex) and e.text not in name_words)
        and not _firm(e.text)
        and not _imperative(text, e, lex, name_words)
        and not _contraction(e.text)
        and not _abbreviated_cell(text, e.start, e.end, lex)
        and not _form_dump_meta(text, e.start)
        and not _form_key(text, e.start, e.end, lex)
        and not _numbered_abbreviation(text, e.start, e.end, lex)
        and not _key_word(text, e.start, e.end, lex)
    ]


def _key_word(text: str, start: int, end: int, lexicon: NameLexicon) -> bool:
    """An ordinary word of the lists and no listed first name, first on its line before a colon and a capitalised
    value: a form's key the model took for a name ("Landlord: River Keane", "**Reviewer:** Anna …").  Not a word the
    lists lack: a roster's unlisted names read the same ("Mebrahtu: 14-18 Uhr"; review of session 25), and so do a
    chat's speakers whose names are frequent words ("Isla: …", "Basti: …"; a frequency test lost them)."""
    word = text[start:end]
    if " " in word or lexicon.is_first_name(word) or word.lower() not in lexicon.common_words:
        return False
    line_start = text.rfind("\n", max(0, start - 12), start) + 1
    if (line_start == 0 and start > 12) or text[line_start:start].strip(" \t>-*•#"):
        return False
    after = text[end:end + 4].lstrip("*")
    return after[:2] == ": " and after[2:3].isupper() or after[:1] == ":" and after[1:2].isupper()


# after an abbreviation's full stop: a number's word or the number ("Mitgl.-Nr.", "Kand.-Nr.", "Anw. 1", "Kennz. 231")
_NUMBER_AFTER_STOP = scan.compile(r"\.(?:-[A-ZÄÖÜ]|[ ]?\d)")


def _numbered_abbreviation(text: str, start: int, end: int, lexicon: NameLexicon) -> bool:
    """A word cut short before a number or a number's word -- a header's or a key's abbreviation the model took
    for a name ("| Mitgl.-Nr. |", "| Anw. 1 | Anw. 2 |", "Ford Focus  Kennz. 231-KY-882"; over the read sets the
    model's most frequent words masked for nothing).  Not a listed name ("Chr. 3" stays as the rules say)."""
    word = text[start:end]
    return " " not in word and len(word) <= 8 and not lexicon.is_known_name(word) \
        and scan.match(_NUMBER_AFTER_STOP, text, end) is not None


# A PDF form dump's lines about a field, not its value ("FieldType: Button", "FieldNameAlt: Postcode"): pdftk's
# keys other than FieldValue (form_dumps.py reads the values)
_DUMP_META = scan.compile(r"Field(?:Type|Name|NameAlt|Flags|Justification|StateOption|MaxLength):[ ]")


def _form_dump_meta(text: str, start: int) -> bool:
    line = text.rfind("\n", max(0, start - 40), start) + 1
    return text.startswith("Field", line) and scan.match(_DUMP_META, text, line) is not None \
        and text.find("\n", line, start) < 0


def _abbreviated_cell(text: str, start: int, end: int, lexicon: NameLexicon) -> bool:
    """A table's header cell cut short with a full stop: "Kennz.", "Zi.", "Geb.", "Immat." between the
    cells of a row ("Datum;Kennz.;Muster;Pilot", "| Zi. | Status |"; holdout27, read in session 24) -- a
    name in a cell has no full stop after it."""
    word = text[start:end]
    if " " in word or len(word) > 6 or text[end:end + 1] != "." or lexicon.is_known_name(word):
        return False  # (an abbreviation is short: "…, Rückfrage von Zgraggen." ends a note's sentence)
    before = text[max(0, start - 2):start]
    if not (start == 0 or before[-1:] in (";", "\t", "|", "\n") or before in ("| ", "  ")):
        return False  # (the whole cell, not its last word)
    after = text[end + 1:end + 3]
    if not (after[:1] in (";", "\t", "|", "\n", "") or after in ("  ", " |")):
        return False
    line_start = text.rfind("\n", max(0, start - 400), start) + 1
    line_end = text.find("\n", end, end + 400)
    line = text[line_start:end + 400 if line_end < 0 else line_end]
    return max(line.count(";"), line.count("\t"), line.count("|"), line.count("   ")) >= 2


def _form_key(text: str, start: int, end: int, lexicon: NameLexicon) -> bool:
    """A form's key the model took for a name: one word no name list knows, first on its line (after a
    bullet or a quote's mark), cut short with a full stop before its colon ("Kundennr.: 4711",
    "Mitgliedsnr.: 5187", "Geb.-Ort.:" -- no name has a full stop before its colon).  Not a key without
    the full stop: a roster, a sign-up sheet or a score list of unlisted names reads the same ("Mebrahtu:
    14-18 Uhr" under "Datum: 14.03.2026"; the attacker review of session 25, test_review_session25b.py, found
    15 names sent in clear by a wider rule that read a short value or a key on a line beside as a form's)."""
    word = text[start:end]
    if " " in word or not word[:1].isupper() or lexicon.is_known_name(word) or text[end:end + 1] != ".":
        return False
    line_start = text.rfind("\n", max(0, start - 12), start) + 1
    if (line_start == 0 and start > 12) or text[line_start:start].strip(" \t>-*•\"'"):
        return False
    return scan.match(_KEY_COLON, text, end) is not None


# an abbreviation's full stop and the colon after it ("Kundennr.:", "Kundennr. :"), a value after them
_KEY_COLON = scan.compile(r"\.[ \t]{0,4}:[ \t]{0,40}+(?=[^\s])")


def _contraction(word: str) -> bool:
    """One word that is a pronoun's contraction or an elided article before a lower-case word
    ("We'll", "You've", "L'ospite", "Dov'è", "L'acheteur"): the model reads the capital and the
    apostrophe of "O'Neill".  A name's apostrophe has a capital after it ("D'Amico") or stands in a
    name no closed list of contractions holds ("Asma’u", "Sa’idu", "S'fiso")."""
    if " " in word:
        return False
    head, sep, tail = word.replace("’", "'").partition("'")
    if not sep or head not in _CONTRACTED or not tail[:1].islower():
        return False
    # (an elided article before a word no language uses often is a name's: "N'golo", "M'hamed")
    return len(head) > 2 or not rare_word(tail)


# English pronouns and auxiliaries before "'ll", "'d", "'ve", "'re", "'m", "n't"; French and Italian
# articles, pronouns and adverbs elided before a vowel ("L'ospite", "C'était", "Qu'il", "Dov'è") -- not the
# articulated prepositions, which begin surnames ("Dell'Orto", "Dall'Ara").
_CONTRACTED = frozenset(
    "We You They I He She It That There Who What Where Let Don Can Won Isn Aren Didn Doesn Couldn Wouldn "
    "Shouldn L C J N M T Qu Lorsqu Puisqu Jusqu Dov".split())


def _imperative(text: str, entity: Entity, lexicon: NameLexicon, name_words: set[str]) -> bool:
    """A prompt's instruction verb the model took for a name: one word that begins a line or a
    sentence, then an article or a pronoun that a verb takes as its object and a name as its subject
    does not ("Riassumi questa mail", "Traduis ce texte", "Sortier mir die Liste", "Formulier das
    neu", "Summarise the thread").  On the read evaluation sets 9 of 10 of the model's one-word names
    before such a word at a line's start were instructions; its names there were followed by verbs
    ("Oluwaseun will", "Nikolaj hat").  Clitics that stand before a verb after a subject ("Marco la
    chiama", "Marie le sait", "Anna gli scrive") are no evidence and do not count; a word a name list
    knows or that is part of a name elsewhere in the text stays a name."""
    word = entity.text
    if " " in word or "\n" in word or word in name_words or lexicon.is_known_name(word) and word not in IMPERATIVES:
        return False
    start = entity.start
    line_start = text.rfind("\n", max(0, start - 80), start) + 1
    if text[line_start:start].strip(" \t") and text[start - 2:start] not in _SENTENCE_ENDS:
        return False
    if word in IMPERATIVES and imperative_use(text, entity.end):
        return True  # a verb prompts begin with, whatever follows it ("Riassumi la chat", "Erstell daraus …";
        # not a subject's verb: "Lies hat angerufen")
    after = scan.match(_OBJECT_AFTER, text, entity.end)
    if after is None:
        return False
    following = text[after.end():after.end() + 16].lstrip(" ").split(" ", 1)[0].strip(",.;:!?").lower()
    if following in _TIME_WORDS:
        return False  # a subject and when: "Chiamaka cette semaine est en congé", "Kwabena this morning called"
    if after.group().strip() in _GERMAN_OBJECTS:
        # a note's "Tafadzwa das Protokoll schicken": a name, its object, the infinitive last
        clause = text[after.end():after.end() + 120].split("\n", 1)[0]
        for end in (". ", "! ", "? "):
            clause = clause.split(end, 1)[0]
        last = clause.rstrip(" .!?").rsplit(" ", 1)[-1]
        if last.isalpha() and last.islower() and last.endswith(("en", "ern", "eln")):
            return False
    return True


_SENTENCE_ENDS = frozenset({". ", "! ", "? "})
_TIME_WORDS = frozenset(
    """woche morgen abend nachmittag vormittag monat jahr mal wochenende semaine matin soir après-midi mois année
    fois weekend week-end settimana mattina sera pomeriggio mese anno volta fine morning evening afternoon week
    month year time""".split())
_GERMAN_OBJECTS = frozenset("das die diese dieses diesen mir alle eine einen meine meinen".split())
# Articles, demonstratives and object pronouns that follow an imperative and not a subject name
# (German, French, Italian, English); a clitic that stands before a finite verb is left out.
_OBJECT_AFTER = scan.compile(
    r"[ ](?:das|die|diese|dieses|diesen|mir|alle|eine|einen|meine|meinen"
    r"|ce|ça|cette|ces|un|une|mes"
    r"|il|i|questo|questa|queste|questi|uno|una|un|l['’]"
    r"|the|this|these|my)(?![^\W\d_'’])")


def _after_venue(text: str, start: int) -> bool:
    """A room, venue or project word right before or first in the name: "Raum Säntis", "Hotel
    Edelweiss", "chantier Orion", "Sitzungszimmer Eiger"."""
    words = text[max(0, start - 24):start].rsplit(None, 1)
    if bool(words) and text[start - 1:start] == " " and words[-1].lower() in VENUES:
        return True
    return text[start:start + 24].split(" ", 1)[0].lower() in VENUES  # the model's "Sitzungszimmer Eiger"


def _compound_noun(word: str, lexicon: NameLexicon) -> bool:
    """A long word ending in an ordinary word of five letters or more after three or more, that
    no name list knows: a German compound noun the model took for a surname ("Schlussbericht",
    "Felsbänke", "Hauptartikel"; GermEval cross-validated: 7 of its false names, none of its right
    ones).  A shorter tail is a surname's as often ("Schönland", "Galenzone", "Neuhauser"), and so
    is "-mann" ("Grissmann"); a hyphenated name is none ("Falkner-Kellner")."""
    if len(word) < 9 or " " in word or "-" in word or word.endswith("mann") or lexicon.is_known_name(word):
        return False
    return compound_tail(word.lower().replace("ß", "ss"), lexicon, shortest=5)


def _firm(name: str) -> bool:
    """The model's span ends in a company's legal form: "Bottani Sagl", "Novatek S.p.A.", "Rohleder e.K."."""
    last = name.rsplit(" ", 1)[-1]
    return " " in name and (last.replace(".", "") in COMPANY_SUFFIXES or last == "e.K.")


def _car_model(text: str, entity: Entity, lexicon: NameLexicon) -> bool:
    """The model's "Opel Corsa", "Dacia Duster": a car make that no name list knows, then one word."""
    words = entity.text.split(" ")
    return len(words) == 2 and words[0] in CAR_MAKES and not lexicon.is_known_name(words[0])


def _in_place_context(text: str, start: int, end: int, persons: list[tuple[int, int]]) -> bool:
    """Where a town stands: after a locative preposition ("in Vevey", "à Arlon", "from Kelowna")
    or a town's institution ("Universität Frauenfeld", "Tribunal de police de Namur"), or before
    a letter's date ("Namur, le 11-12-2026", "Chur, 24.3.", "Zug, den 3. Mai"); after a noun and
    "de"/"aus" ("supermarché de Schaerbeek"), an article ("A Sligo bakery"), a form's "à :"; as a
    whole quotation ('Tavolo 3 «Positano»'), after a street at an address line's end ("Main Street,
    Galway").  Not after a title's particle ("Herrn von Büren": a name's particle is no place
    word), nor at a line's start ("Erlach. Bitte ruf mich zurück." is a name)."""
    before = text[max(0, start - 24):start].replace("à :", "à").rsplit(None, 2)
    if before and text[start - 1:start] == " ":
        word = before[-1].lower()
        if word in LOCATIVES or word in _PLACE_INSTITUTIONS or word in _ARTICLES_BEFORE_PLACE:
            return True
        if word in _OF_PLACE and len(before) > 1:
            prev = before[-2]
            if prev.lower() in _PLACE_INSTITUTIONS or (prev.isalpha() and prev.islower()):
                return True  # "Tribunal de police de Namur", "le parking du supermarché de Schaerbeek"
    if text[start - 1:start] in _QUOTES_OPEN and text[end:end + 1] in _QUOTES_CLOSE:
        return True  # a table, a hotel, a project named after a town: 'Tavolo 3 «Positano»'
    if text[start - 2:start] == "« " and text[end:end + 2] == " »":
        return True
    if scan.match(_DATELINE, text, end) is not None:
        return True
    sep = _whole_cell(text, start, end)
    if sep is not None and not _column_of_names(text, start, sep, persons):
        return True  # a table's town column: "| Faido |", ";Bellinzona;", "\tBiasca\t"
    return text[start - 2:start] == ", " and text[end:end + 1] in ("\n", "") and _street_before(text, start - 2)


def _whole_cell(text: str, start: int, end: int) -> str | None:
    """The separator of the table's row ("|" of Markdown, ";" or "," of CSV, a tab) when the word is
    all of one of its cells, else None."""
    before = text[max(0, start - 2):start].rstrip(" ")[-1:] if text[start - 1:start] == " " else text[start - 1:start]
    after = text[end:end + 2].lstrip(" ")[:1] if text[end:end + 1] == " " else text[end:end + 1]
    if before not in _CELL_SEPARATORS or after not in (before, "\n", ""):
        return None
    line_start = max(text.rfind("\n", max(0, start - 2000), start) + 1, start - 2000)
    line_end = text.find("\n", end, end + 2000)
    # (a row has three cells at least: "Gruss, Erlach" is a sign-off)
    return before if text.count(before, line_start, end + 2000 if line_end < 0 else line_end) >= 2 else None


_CELL_SEPARATORS = frozenset({"|", ";", ",", "\t"})
_MAX_COLUMN = 64


def _column_of_names(text: str, start: int, sep: str, persons: list[tuple[int, int]]) -> bool:
    """The cell at ``start`` is in a column whose cell in a row just above or below is a name the
    rules found ("| LEMOINE Johan | … | Shevchenko |" under "| … | Sinclair |": a referee, not a town);
    ``persons`` sorted."""
    line_start = text.rfind("\n", 0, start) + 1
    column = text.count(sep, max(line_start, start - 2000), start)
    if column > _MAX_COLUMN or start - line_start > 2000:
        return False  # (no table of names is that wide: bounded work per cell)
    lines = [line_start]
    for _ in range(2):  # two rows above
        if lines[0] == 0:
            break
        lines.insert(0, text.rfind("\n", 0, lines[0] - 1) + 1)
    below = line_start
    for _ in range(2):  # two rows below
        nxt = text.find("\n", below)
        if nxt < 0:
            break
        below = nxt + 1
        lines.append(below)
    for row in lines:
        if row == line_start:
            continue
        row_end = text.find("\n", row)
        row_end = len(text) if row_end < 0 else row_end
        cell = row
        for _ in range(column):
            cell = text.find(sep, cell, row_end) + 1
            if cell == 0:
                break
        else:
            cell_end = text.find(sep, cell, row_end)
            cell_end = row_end if cell_end < 0 else cell_end
            if overlaps_any(persons, cell, cell_end):
                return True
    return False


def _street_before(text: str, comma: int) -> bool:
    """The line before ``comma`` ends in a street or holds a number: an address line."""
    line = text[max(text.rfind("\n", max(0, comma - 80), comma) + 1, comma - 80, 0):comma]
    last = line.rsplit(None, 1)[-1].lower() if line.strip() else ""
    return any(c.isdigit() for c in line) or last.endswith(_STREET_ENDINGS)


# Words before a town that make it one: "A Sligo bakery", "the Bristol office".
_ARTICLES_BEFORE_PLACE = frozenset("a an the".split())
# Particles that make a town of the next word only after a lower-case noun ("supermarché de Schaerbeek").
_OF_PLACE = frozenset("de di du da von aus of".split())
_QUOTES_OPEN = frozenset('«"“„‘\'')
_QUOTES_CLOSE = frozenset('»"”“’\'')
_STREET_ENDINGS = (
    "street", "road", "lane", "avenue", "drive", "way", "place", "square", "close", "crescent", "terrace",
    "strasse", "straße", "gasse", "weg", "platz", "allee", "rue", "via", "piazza", "corso", "st", "rd", "ave",
)


# Words after which a town is named: "Universität Frauenfeld", "Commune de Vevey", "Gericht Chur".
_PLACE_INSTITUTIONS = frozenset(
    """universität université università university stadt gemeinde kanton bezirk bezirksgericht
    kantonsgericht amtsgericht landgericht commune ville canton tribunal police comune città
    tribunale city town county""".split()
)
# A letter's place and date: ", le 11-12-2026", ", 24.3.", ", den 3. Mai", ", il 5 maggio", ", 3 May".
_DATELINE = scan.compile(r",[ ](?:le[ ]|den[ ]|am[ ]|il[ ]|lì[ ])?(?:\d{1,2}(?:er)?[ ./\-]|[A-Z][a-z]{2,8}[ ]\d)")
