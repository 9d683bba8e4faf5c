"""A value typed by its key: what a field's key says its value is, and whether the value has that
type's shape.  The one judge of values under keys -- for the lines (fields.py) and the tables
(field_tables.py), and, through ``FieldDetector.value_entity``, for the values other detectors find
under a key (inline_fields.py, form_dumps.py, html_tables.py, slash_tables.py) -- so that a key means
the same wherever it is written.

A key says what its value is where the value alone would not: a surname in no list after
"Nachname:", a number in no phone format after "phone", a date with no cue word in a
"Geburtsdatum" column, "TEL;TYPE=cell:" and "ADR:" in a vCard.  Each value must still have its
type's shape (a name has no digit, a phone at least six digits, a date of birth is a date, a
street line has a number), so a key that says more than its value ("name": "Widget Pro") costs
little; a bare "name"/"nom"/"nome" key also needs a word the name lists know, or two capitalised
words no list knows as ordinary words.  The checks read the name lists, so they are the methods of a
typer that holds them (no module-level state).

Which keys there are, and what their values are, is field_keys.py's.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Iterator

from ..entities import Entity, EntityType
from ..learned.features import german_word, one_language, rare_word
from ..names import NameLexicon, compound_tail
from ..text_memo import once
from . import scan
from .dates import DATE
from .field_keys import (
    ADULT_DOB_KEY,
    ALL_KEYS,
    BIRTH_PLACE_AND_DATE_KEYS,
    CHILD_KEYS,
    GROUP_KEYS,
    NAME_PART_KEYS,
    NAMED_ROLE_KEYS,
    PAIR_TEAM_KEYS,
    PLACE_KEYS,
    PLATE_KEYS,
    RELATIVE_WORDS,
    ROLE_KEYS,
    TEAM_KEYS,
    UNIT_KEYS,
    WEAK_PERSON_KEYS,
    normalise_key,
    qualified_plain_name,
    type_of,
)
from .person_cues import COMPANY_SUFFIXES, CUES, STOP, TITLE_PARTS
from .team_cells import team_names

# Surnames' particles, which a name's words may be in lower case ("von Arx", "Jorinde zu Obermoser"; the mail
# headers' display names are read with them too: display_names.py)
PARTICLE_WORDS = frozenset("von zu zur zum vom van der den de di da del della la le dos du ter ten".split())
_GERMAN_PARTICLES = frozenset("vom zum zur am im auf".split())
# more of a surname's particles, inside a value ("Alf auf dem Kampe", "Harry ap Griffith", "Morena lo Vetro")
_MORE_PARTICLES = frozenset("dem ap lo dalla dalle degli dei dal dos das des delle dello".split())
_NO_ONE = frozenset("""unbekannt keine keiner keins niemand offen none nobody unknown n/a na tbd inconnu inconnue
    personne aucun aucune sconosciuto sconosciuta nessuno""".split())
# lower-case words a weak key's value of names may hold: particles and the words that join two names
_LOWER_IN_NAMES = PARTICLE_WORDS | _GERMAN_PARTICLES | frozenset(
    """und and et e y oder or ou o dit dite genannt het 't op in den dem des da dos das do di del della degli dei bin
    ibn al el le la af av zu""".split())  # ("Teun van het Heerenveen", "Jean-Claude d'Aubigny": elided ones too)
# A German key written for both genders names a person's role, whatever the role ("Zeitnehmer/in",
# "Kontrolleur*in", "Bewerter:in 1", "Redner(in)", "Ärzt_innen"; holdout26, session 23)
GENDERED_ROLE = scan.compile(r"[^\W\d_](?:/-?|\*|:|_|\()(?:in|innen)\b")

# -- a person's value: where the name ends, and whether it is one
_NUMBER_STARTS = frozenset("+(0123456789*✶†")  # (and a birth's or death's sign: "Ama Boateng, * 25-05-1996")
# A street and its number after a name in a value ("Weinbergstrasse 89,", "207 High Street"): an address
_HOUSE_NUMBER = scan.compile(
    r"[A-ZÀ-Þ][^\W\d_]{2,47}+[ ]\d{1,4}[a-z]?(?:,|\Z)|\d(?<![\w]\d)\d{0,3}[ ][A-ZÀ-Þ][^\W\d_]{2,47}+[ ][A-ZÀ-Þ]"
)
_PHONE_TAIL = scan.compile(r"[ ]{1,3}(?=(?:\+|\(?0)\d[\d \-/.()]{6,30}$)")  # (not a date: "né le 2005-02-13")
# Another name of the person in a name cell's aside: married, maiden, nickname, alias.
_NAME_ASIDE = scan.compile(
    r"\((?:in|detto|detta|verh\.|verheiratet|geb\.|geborene|née|né|dite|dit|alias|vulgo|genannt|aka|a\.k\.a\.|called"
    r"|épouse|ép\.|vedova|ved\.|widow of|Witwe)[ ]"
    r"(?P<name>(?:(?:von|van|de|di|da|del|della|du|le|la)[ ])?"
    r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]{1,30}+|['’][A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+)(?:[ -][A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+)?)\)"
)
_ELIDED = scan.compile(r"(?:d|l|dell|dall|nell|sull)['’][A-ZÀ-ÖØ-Þ]")
# a first name's initials: "H.", "H.-J.", "H.J.", "M.-C." -- not an abbreviation's letters
_ABBREVIATIONS = frozenset("U.S. U.K. P.C. E.U. U.N. D.C. L.A. N.Y. A.G. S.A. B.V. I.T. T.V. H.R. P.R. Q.A.".split())
_ANY_INITIAL = scan.compile(r"[^\W\d_]\.")  # a surname's initial, in either case ("F.", "d.")
_INITIALS = scan.compile(r"[A-ZÀ-ÖØ-Þ]\.(?:-?[A-ZÀ-ÖØ-Þ]\.)?")
_UPPER_SUFFIXES = frozenset(suffix.upper() for suffix in COMPANY_SUFFIXES) | {"GESBR", "GESMBH", "SÀRL"}
# Words of organisations' names, which a role key's value may be as well as a person's.
_ORG_WORDS = frozenset(
    """Institut Institute Universität University Université Università Hochschule School Schule École Scuola
    Klinik Clinic Clinique Spital Hospital Hôpital Ospedale Bank Banque Banca Cloud Group Gruppe Groupe Gruppo
    Services Solutions Systems Technologies Consulting Partners Foundation Stiftung Verein Association
    Associazione Amt Office Department Abteilung Team Labs Software Studio Agentur Agency Agence""".split()
)

# -- the other types' values
_PHONE_CHARS = frozenset("0123456789 +()-./\u00a0")
# (with a time written onto it, as exports write a date of birth: "1985-03-14T06:42:00", "1949-10-10T00:00:00Z")
_DATE_VALUE = scan.compile(rf"(?:{DATE})(?:T\d\d:\d\d(?::\d\d(?:\.\d{{1,9}})?)?(?:Z|[+\-]\d\d:?\d\d)?)?")
_DATE_LIST = scan.compile(rf"(?:{DATE})(?:[ \t]{{0,3}}(?:[/&+,]|und|et|e|and|y)[ \t]{{0,3}}(?:{DATE})){{1,5}}")
_YEAR_IN = scan.compile(r"(?:19|20)\d{2}(?!\d)|(?<=[./\-])\d{2}\Z")
_LETTER_POSTCODE = scan.compile(
    r"[A-Z](?<![\w][A-Z])(?:[A-Z]?\d[A-Z\d]?[ ]?\d[A-Z]{2}|\d[A-Z][ ]?\d[A-Z]\d|\d{2}[ ]?[A-Z\d]{4})(?![\w])"
)
_CARE_OF = scan.compile(r"(?:c/o|C/O|bei|chez|presso|z\.[ ]?Hd\.)[ ](?P<name>[^,;\n\d]{2,60}?),[ ]")


def _initials(word: str) -> bool:
    return scan.fullmatch(_INITIALS, word, 0, len(word)) is not None


def _recent(value: str) -> bool:
    """The date ``value`` is of the last ten years (or has no year to tell)."""
    year = scan.search(_YEAR_IN, value)
    if year is None:
        return True
    yy = int(year.group())
    this_year = datetime.date.today().year
    if yy < 100:
        yy += 2000 if yy <= this_year % 100 else 1900
    return yy > this_year - 10


# Italian titles abbreviated with their ending ("Sig.ra", "dott.ssa", "prof.ssa", "avv.to"): no cue word as written
_ABBREVIATED_TITLES = frozenset(("sig.ra", "sig.na", "dott.ssa", "prof.ssa", "avv.to", "avv.ssa", "ing.ra"))


def _after_titles(text: str, start: int, end: int, lex: NameLexicon) -> int:
    """``start`` moved over the titles and forms of address that open a name ("Dr", "dott.",
    "Frau Prof.", "Sig.ra"): the reader keeps them, only the name is personal.  Not over a
    listed first name ("Don Johnson", "Ing Zorbuk" stay whole)."""
    while True:
        space = text.find(" ", start, end)
        if space < 0:
            return start
        word = text[start:space].rstrip(".")
        if word.capitalize() not in CUES and word not in TITLE_PARTS and word.lower() not in _ABBREVIATED_TITLES:
            return start
        if lex.is_first_name(word.capitalize()):
            return start
        start = space + 1


def strip_value(text: str, start: int, end: int) -> tuple[int, int]:
    """The value without surrounding white space (any: "\u2028" too), quotes and a trailing comma
    (JSON, YAML, CSV) -- else the same person got another placeholder with its separator.  The
    lines, the tables and a child's date after its name all cut their values so."""
    while start < end and (text[start].isspace() or text[start] in "\"'"):
        start += 1
    while start < end and text[start] in "*_" and text[start - 1] in "*_:":  # Markdown: "**Coniuge:** Ama Boateng"
        start += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"',\\"):
        end -= 1  # (and the backslashes of a LaTeX line break)
    return start, end


class ValueTyper:
    """Types a value by its key (see the module's docstring): the entities a key-value line would
    mask of a value, judged by the name lists this typer holds."""

    def __init__(self, lexicon: NameLexicon, detector: str) -> None:
        self._lex = lexicon
        self.detector = detector  # the name its entities carry ("fields")

    @property
    def lexicon(self) -> NameLexicon:
        """The name lists the values are judged by."""
        return self._lex

    def value_type(self, key: str, value: str) -> str | None:
        """The entity type of ``value`` under ``key`` ("email", "first_name", "geburtsdatum" ...),
        or None: what a key-value line would mask, for values written elsewhere (log lines,
        query strings, SQL; see inline_fields.py)."""
        entity = self.value_entity(key, value)
        return None if entity is None else entity.type

    def value_entity(self, key: str, value: str) -> Entity | None:
        """What a key-value line would mask of ``value`` (its offsets are the value's): a name
        without a title, a role or a phone number after it ("Theodora Schwaiger (Schwester),
        0680/0189093" is the name, the phone left to the phone detector)."""
        for entity in self.typed(value, key, 0, len(value)):
            return entity
        return None

    def typed(self, text: str, raw_key: str, start: int, end: int) -> Iterator[Entity]:
        """The entities of the value ``text[start:end]`` under ``raw_key`` (a key as written: "Nachname",
        "TEL;TYPE=cell", "Zeitnehmer/in"), or none where the value has not its type's shape."""
        key = normalise_key(raw_key.split(";", 1)[0])
        kind = type_of(key)
        gendered = kind is None and scan.search(GENDERED_ROLE, raw_key) is not None
        if gendered:
            kind = EntityType.PERSON  # "Zeitnehmer/in: Edelbert K.", "Kontrolleur*in: …": a person's role
        if kind is None or end <= start:
            return
        if key in PLATE_KEYS and not self._plate_names(text[start:end]):
            return  # a dish's or a machine's plate: "plate": "Risotto", "nameplate: Siemens / ABB" (review, session 35)
        if key in UNIT_KEYS or key in GROUP_KEYS or key in PLATE_KEYS and text.find(" / ", start, end) > 0:
            yield from self._residents(text, start, end, listed=key in GROUP_KEYS)
            return
        if key in TEAM_KEYS:
            yield from team_names(text, start, end, self.detector, self._lex, pairs_only=key in PAIR_TEAM_KEYS)
            return
        if kind == EntityType.PERSON:
            if (gap := text.find("   ", start, end)) > start and "  " not in text[start:gap]:
                end = gap  # a form's next column: "Worker: LAW Conor   Payroll no. 695634" (holdout32, session 28)
            value_end = end
            weak = key in WEAK_PERSON_KEYS or key in ROLE_KEYS or gendered or qualified_plain_name(key)
            role = key in ROLE_KEYS or gendered
            if weak and not role and (key in _NAME_ALONE_KEYS or qualified_plain_name(key)) and _beside_a_name_key(
                    text, start, end):  # (and a name change's: "Nom actuel : BOECHAT" over "Prénom(s) : Margaux")
                weak = False  # '"prenom": "Charlotte", "nom": "Hettner"': a record's surname, whatever word it is
            if text[end - 1:end] == ")" and (cut := text.rfind(" (", start, end)) > start:
                # "Indie Holland (January 1, 1947)": the aside first, its comma no cut of the name; a name in
                # it is a name too ("Maria Rossi (in Bianchi)", "(detto Pippo)", "(verh. Keller)")
                aside = scan.fullmatch(_NAME_ASIDE, text, cut + 1, end)
                if aside is not None and self._aside_name(aside.group("name")):
                    yield Entity(aside.start("name"), aside.end("name"), kind, aside.group("name"), self.detector)
                end = cut
            for sep in (", ", " ("):
                cut = text.find(sep, start, end)
                if cut > start and text[cut + 2:cut + 3] in _NUMBER_STARTS:
                    if sep == ", " and key in CHILD_KEYS:
                        # "Kind 1: Milan, 12.07.2025" (not "Kind: Milan, 01.08.2026 (Eintritt Kita)": the
                        # value as written, its aside too, must be the date alone)
                        yield from self._child_birth(text, cut + 2, value_end)
                    end = cut  # "WITNESS: Francisc Preda, +353…", "Leitung: Lei Chen (0170/…)": the name before
                elif cut > start and sep == ", " and end - cut <= 120 \
                        and scan.search(_HOUSE_NUMBER, text, cut + 2, end) is not None:
                    end = cut  # "Zeuge: Espérance Kabongo, Weinbergstrasse 89, 6430 Schwyz": the address after
            for dash in (' - "', ' – "', " - „", " – „", " - «", " – «"):
                if (cut := text.find(dash, start, end)) > start:
                    end = cut  # 'Redner/in 1: N. Bähr - "Mein Weg zum Marathon" (Level 2)': the talk after the name
            if text[end - 1:end] == ")" and (cut := text.rfind(" (", start, end)) > start:
                end = cut  # "Notfallkontakt: Gretl Kusch (Ehepartner/in)": the role after the name
            if (tail := scan.search(_PHONE_TAIL, text, start, end)) is not None and tail.start() > start:
                end = tail.start()  # "Production: Kofi Sow 0041 78 383 02 97": the number after the name
            if text[end - 1:end] == "." and end - start >= 5 and text[end - 5:end - 1].isalpha() \
                    and text[end - 2].islower():
                end -= 1  # a sentence's full stop ("– Klingel: Eugster."), not an initial's or an
                # abbreviation's ("Sylvia B.", "Müller Jr.", "Dipl.-Ing.", "sen.")
            if text[start:end].islower() and text[start:end] in once(text, "field_values.mail_domains", _mail_domains):
                return  # a tenant's slug ('"tenant": "benz"' beside "imboden@benz.ch"): an organisation's
            # (a child's key, not a config's lower-case "kind" -- "kind: Deployment", '"kind": "Listing"': a type's)
            child = key in CHILD_KEYS and raw_key.strip(" \"'*_") != "kind"
            if not self.is_person_value(text[start:end], weak, role, name_part=not weak and (
                    key in NAME_PART_KEYS or key in _NAME_ALONE_KEYS), first_name=key in _FIRST_NAME_KEYS,
                    child=child) \
                    or key in NAMED_ROLE_KEYS and not self._named(
                    text[start:end]):
                return
            # without the titles ("Médecin traitant : Dr Chukwuemeka Okoro") and a town after a
            # comma ("Hausarzt: Dr. med. Edin, Leipzig") -- where what is left has a name's shape
            # still (the value as written said it is a person's)
            cut, cut_end = _after_titles(text, start, end, self._lex), end
            comma = text.rfind(", ", cut, end)
            # (sliced only after a comma found: "text[comma + 2:end]" with no comma, -1, copied the
            # text from its start to the value -- per value: quadratic in a form of many lines)
            town = text[comma + 2:end] if comma > cut else ""
            if town and town in self._lex.places and not self._lex.is_first_name(town):
                cut_end = comma
            if (cut, cut_end) != (start, end) and self.is_person_value(text[cut:cut_end], weak=False):
                start, end = cut, cut_end
            yield Entity(start, end, kind, text[start:end], self.detector)
            return
        value = text[start:end]
        if kind == EntityType.PHONE:
            if len(value) <= 32 and set(value) <= _PHONE_CHARS and sum(c.isdigit() for c in value) >= 6:
                yield Entity(start, end, kind, value, self.detector)
        elif kind == EntityType.DOB:
            if key == ADULT_DOB_KEY and _recent(value):
                return  # an adult's column: a recent date is something else's ("Erstausgabe (geb.)" of a book)
            if scan.fullmatch(_DATE_VALUE, text, start, end) is not None:
                yield Entity(start, end, kind, value, self.detector)
            elif end - start <= 120 and scan.fullmatch(_DATE_LIST, text, start, end) is not None:
                # a couple's or a family's ("geb.: 09.04.1951 / 16.04.1956" in a rooming list's cell)
                for listed in scan.finditer(_DATE_VALUE, text, start, end):
                    yield Entity(listed.start(), listed.end(), kind, listed.group(), self.detector)
            elif key in BIRTH_PLACE_AND_DATE_KEYS and end - start <= 80:
                date = scan.search(_DATE_VALUE, text, start, end)
                if date is not None:
                    yield Entity(date.start(), date.end(), kind, date.group(), self.detector)
        elif key in PLACE_KEYS:
            # a postcode, maybe with its town ("8001", "8001 Zürich"); a town alone is no address, and
            # fewer than four digits alone are none ("cp = 12", "cap = 3": a variable of code)
            # (three digits at least, a British, Canadian or Irish code, or a town's district: "Dublin 8";
            # "Ort: Raum 3" of a meeting is none)
            digits = sum(c.isdigit() for c in value)
            if len(value) <= 40 and "@" not in value and digits and not (value.isdigit() and len(value) < 4) and (
                    digits >= 3 or scan.search(_LETTER_POSTCODE, value) is not None
                    or value.split(None, 1)[0].strip(",") in self._lex.places):
                yield Entity(start, end, kind, value, self.detector)
        elif len(value) <= 100 and "@" not in value and any(c.isdigit() for c in value) \
                and any(c.isalpha() for c in value):
            if value.endswith(")") and ":" in value[value.rfind("(") + 1:]:
                # a label in parentheses after the address ("… Hamburg (Klingel: Pacelli)"): its own
                # value, no part of the address (person_labels.py reads it)
                end = start + len(value[:value.rfind("(")].rstrip())
            care_of = scan.match(_CARE_OF, text, start, end)
            if care_of is not None and self.is_person_value(care_of.group("name"), weak=False):
                # "Lieferadresse: c/o Iryna Tkachenko, Bahnhofstr. 131, …": the name is a person's
                n_end = care_of.end("name")
                n_start = _after_titles(text, care_of.start("name"), n_end, self._lex)
                yield Entity(n_start, n_end, EntityType.PERSON, text[n_start:n_end], self.detector)
                start = care_of.end()
            yield Entity(start, end, kind, text[start:end], self.detector)

    def is_person_value(self, value: str, weak: bool, role: bool = False, name_part: bool = False,
                        first_name: bool = False, child: bool = False) -> bool:
        """Letters, spaces, apostrophes, hyphens, initials' dots and one comma; 1-6 words, one
        of them capitalised; for a weak key also a word the lists know as a name or as no word.  A value
        typed without capitals is judged by :meth:`_lower_case_name` (``name_part``: under a first or last
        name's key; ``first_name``: a first name's)."""
        if len(value) > 64 or any(c.isdigit() or c in "@/\\:;()[]{}<>=#%&*+_|" for c in value):
            return False
        words = value.replace(",", " ").split()
        if value.islower():
            return 1 <= len(words) <= 4 and self._lower_case_name(value, words, weak, name_part, role, first_name)
        # a capital after an elided particle counts: "d'Ursel", "dell'Acqua"
        if not 1 <= len(words) <= 6 or not any(w[:1].isupper() or scan.match(_ELIDED, w) is not None for w in words):
            return False
        if value.strip(" .").lower() in _NO_ONE:
            return False  # "Zielperson: Unbekannt", "Gravur: Keine" (second review of session 26)
        if not weak:
            return True
        lower = [k for k, w in enumerate(words)  # (an initial is none: "Techniker: Bram d.")
                 if w[:1].islower() and w not in _LOWER_IN_NAMES and scan.match(_ELIDED, w) is None
                 and not (len(w) == 2 and w[1] == ".")]
        if len(lower) >= 2 or lower and any(w[:1].isupper() for w in words[:lower[0]]):
            return False  # a sentence: "Aufsicht: Die Klasse bleibt im Zimmer." (second review of session 26; a
            # title before the name stays: "Célébrant: diacre Lucien Morand")
        if role and not (COMPANY_SUFFIXES.isdisjoint(w.strip(".") for w in words) and _ORG_WORDS.isdisjoint(words)
                         and _UPPER_SUFFIXES.isdisjoint(w.strip(".").upper() for w in words)):
            return False  # "Empfänger: Muster GmbH", "Partner: Google Cloud", "Student: Max Planck Institut",
            # an employer in capitals: "STEIGER REY GMBH"
        lex = self._lex
        if role and len(words) == 1 and words[0].lower() in _LEVELS:
            return False  # a level, a grade under a role's key: "Friseur: Junior", "Coach: Senior"
        if role and len(words) == 1 and value[:1].isupper() and not value.isupper() and value not in STOP \
                and normalise_key(value) not in RELATIVE_WORDS and all(
                part[:1].isupper() and part.isalpha() and part.lower() not in lex.common_words
                and not lex.is_place_only(part) and not german_word(part) and part.lower() not in ALL_KEYS
                and rare_word(part, 5)
                and not compound_tail(part.lower(), lex) for part in value.split("-")):
            return True  # a role's holder by a name no list has and no dictionary: "| Übergabe durch | … | Arnim |"
            # (holdout40, read in session 36)
        if child and len(words) == 1 and value.isalpha() and not value.isupper() and value not in STOP \
                and value.lower() not in ALL_KEYS and type_of(normalise_key(value)) is None \
                and normalise_key(value) not in RELATIVE_WORDS \
                and (value.lower() not in lex.common_words or rare_word(value, 6) and not german_word(value)):
            return True  # a child's first name, whatever word it is elsewhere: "Child: Isla", "Baby: Poppy" -- not
            # "Kind: Ja", "Kind: Sohn" (holdout40, read in session 36), nor a relation ("Daughter: Stepdaughter";
            # review of session 36)
        if any(len(w) > 1 and lex.is_known_name(w.capitalize() if w.isupper() else w) for w in words):
            return True
        if len(words) >= 3 and _initials(words[0]) and _initials(words[1]):
            words = [words[0] + words[1], *words[2:]]  # "J. P. Löffler"
        last = words[-1]
        if 2 <= len(words) <= 4 and _initials(words[0]) and (last[:1].isupper() and last.isalpha() or scan.match(
                _ELIDED, last) is not None and last[last.index("'") + 1:].isalpha()) \
                and all(w in PARTICLE_WORDS or w in _GERMAN_PARTICLES for w in words[1:-1]) and (
                    words[0] not in _ABBREVIATIONS):
            return True  # initials and a surname, whatever word it is: "Teamleiter: H.-J. Löffler", "M. zum Felde";
            # not an abbreviation's letters ("U.S. Army", "P.C. World": second review of session 28)
        if role and len(words) == 1 and len(value) >= 4 and value.isupper() and value.isalpha() \
                and value.lower() not in lex.common_words and rare_word(value):
            return True  # a receipt's fitter in capitals: "MONTEUR: LOGINOV", "TECNICO: BORZOMÌ" (holdout19)
        # a double surname, each part capitalised, rare and no ordinary word ("Nom ...... Zgraggen-Imfeld"; review of
        # session 24), not a compound of words ("Mehrfamilien-Haus", "Sonder-Aktion")
        if len(words) == 1 and "-" in words[0] and all(
                part[:1].isupper() and part.lower() not in lex.common_words and rare_word(part)
                for part in words[0].split("-")):
            return True
        # two or more capitalised words none of which is an ordinary word ("Zaneta Kowalczyk"), also after a
        # surname's particles ("von Arx", "auf der Maur", "van Susa" in a form's "Name:"; holdout26, session 23)
        k = 0
        while k < len(words) - 1 and words[k] in PARTICLE_WORDS | _GERMAN_PARTICLES:
            k += 1
        rest = words[k:]
        if (len(words) >= 2 and (k > 0 or len(rest) >= 2)
                and all(w[:1].isupper() and w.lower() not in lex.common_words for w in rest)):
            return True
        return self._first_and_surname(words)

    def _first_and_surname(self, words: list[str]) -> bool:
        """Under a weak or a role's key, a first word and a surname that its particles begin ("Fürchtegott im Hof",
        "Zara von Haaren": the surname an ordinary word or a town's) or that is rare in every language, no ordinary
        word and no town ("Asta Mitterreiter", "Perpetua Marlcombe": the first name a word of another language) --
        holdout40, read in session 36.  Not "Rose Garden", "Hotel am See", "Kaffee Sonne", "Mario Kart": the first
        word of a value with particles is a listed first name, and a surname alone after one is rare."""
        lex = self._lex
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in (words[0], words[-1])):
            return False
        first, last, middle = words[0], words[-1], words[1:-1]
        if not first.replace("-", "").isalpha() or len(first) < 3 or first in STOP or first.isupper():
            return False
        if middle:
            return (all(w in PARTICLE_WORDS or w in _GERMAN_PARTICLES or w in _MORE_PARTICLES for w in middle)
                    and last.replace("-", "").isalpha() and last not in STOP
                    and (lex.is_first_name(first) or rare_word(first)) and first.lower() not in lex.common_words)
        return (last.replace("-", "").isalpha() and last.lower() not in lex.common_words and rare_word(last)
                and not lex.is_place_only(last) and last not in STOP and not compound_tail(last.lower(), lex)
                and not (german_word(first) and (german_word(first, 5) or compound_tail(first.lower(), lex))))
        # (not a frequent German noun's or a compound's: "Preis Mostobst", "Geburtshaus Terra" -- "Eitel" is a first
        # name; review of session 36)

    def _lower_case_name(self, value: str, words: list[str], weak: bool, name_part: bool, role: bool = False,
                         first_name: bool = False) -> bool:
        """A value typed without capitals, as exports and chats write names ("nom: romain henry", a
        "cognome,nome" CSV's "sartori,stefano"; holdout33, read in session 29): each word a listed name or a
        rare word that is no ordinary one nor a town (particles aside); under a weak key ("name", "contact")
        two words at least, a listed first name among them (a word alone there is a field's, a slug's, a
        variable's: '<field name="iban">', "name: default"; "name: rose garden", two listed names, is still
        read as one).  A first or last name's key says more: its word is the name, if a list knows it or it
        is rare in every language ("nachname: frei"; not "user_name: admin").  "Surname, first name" is one
        whatever word the surname is ("rivière, odile")."""
        lex = self._lex
        core = [w for w in words if w not in _LOWER_IN_NAMES]
        if len(core) == 3 and scan.fullmatch(_ANY_INITIAL, core[1], 0, len(core[1])) is not None:
            core = [core[0], core[2]]  # a middle initial: "octaviu m. brewer"
        if not core or " ".join(words) in _NO_ONE:
            return False
        if len(words) == 2 and value.count(",") == 1 and value.split(",")[1].strip() == words[1] \
                and lex.is_first_name(words[1].capitalize()) and words[1] not in lex.common_words:
            return True  # "surname, first name", whatever word the surname is: "rivière, odile"
        if len(core) == 2 and scan.fullmatch(_ANY_INITIAL, core[1], 0, len(core[1])) is not None:
            return lex.is_first_name(core[0].capitalize())  # a first name and an initial: '"tecnico": "pietro f."'
        if len(core) == 2 and scan.fullmatch(_ANY_INITIAL, core[0], 0, len(core[0])) is not None:
            core = core[1:]  # an initial and a surname: '"encadrant": "b. chevalier"'
            if len(core[0]) < 3 or core[0] in lex.common_words:
                return False
            return lex.is_known_name(core[0].capitalize()) or rare_word(core[0])
        parts = [part for w in core for part in w.split("-") if part]
        if not all(part.isalpha() or "'" in part or "’" in part for part in parts):
            return False
        listed = [part for part in parts if lex.is_known_name(part.capitalize())]
        if len(parts) == 1 and words[0] in PARTICLE_WORDS and (name_part or not weak) and parts[0] not in ALL_KEYS:
            return True  # a surname after its particle, whatever word: "name = de capitani" beside "vorname = erna"
        if len(parts) == 1:
            # (a field's name -- '<field name="iban">' -- or an ordinary word is none; under a weak key a word alone is
            # a slug's; a first or last name's key only takes one in no list, rare in every language -- not "owner:
            # nginx", '"family": "nginx"', "tenant: contoso" of configurations, "admin" of a log's user, "lapsed")
            word = parts[0]
            if role and lex.is_first_name(word.capitalize()) and word.capitalize() not in lex.ambiguous \
                    and word not in lex.common_words and word not in ALL_KEYS and word.capitalize() not in STOP:
                return True  # a role's holder by first name: '"stylist": "luisa"', "skipper: jelena" (holdout36)
            if name_part and listed and word not in ALL_KEYS and word.capitalize() not in STOP \
                    and word not in _LITERALS:
                return True  # a surname's key over a listed surname that is a word too: "[name] gross" beside
                # "[vorname] odette" (holdout36, read in session 32)
            if first_name and (lex.is_first_name(word.capitalize()) or word not in lex.common_words
                               and rare_word(word) and word not in _PLACEHOLDERS and len(word) >= 3) \
                    and word not in ALL_KEYS and word.capitalize() not in STOP and word not in _LITERALS \
                    and type_of(word) is None:
                return True  # a first name's key says what its word is: '"first_name": "simran"', '"alfie"',
                # '"poppy"' (holdout38, read in session 34: an export typed in lower case)
            if weak or word in lex.common_words or word in ALL_KEYS or type_of(word) is not None:
                return False
            if not name_part:  # a listed first name that is no word ('"display_name": "claire"'; not "nginx")
                return lex.is_first_name(word.capitalize()) and word.capitalize() not in lex.ambiguous
            return bool(listed) or rare_word(word, 2)
        # (after a listed first name that is no word, a surname no list knows as a word and no frequent one: "nome =
        # ivo rusconi", '"name": "calogero maspero"' -- the frequency lists know Italian surnames; holdout36, session
        # 32; not '"name": "mario kart"', "noah backup": the review of session 32)
        led = lex.is_first_name(parts[0].capitalize()) and parts[0] not in lex.common_words
        # a surname after its particles is one whatever word it is ("name = de capitani", "mieter/in: harry von
        # haaren"); after a listed first name, under a key that is no weak one, a word of no German sentence
        # ("accompagnatore: massimo emo"; holdout40, read in session 36)
        after_particle = {part for k, w in enumerate(words[1:], 1) if words[k - 1] in PARTICLE_WORDS
                          for part in w.split("-")}
        if not all(part in listed or part in after_particle or part not in lex.common_words
                   and rare_word(part, 5 if led and k else 4) and not lex.is_place_only(part.capitalize())
                   or (role or not weak) and led and k == 1 == len(parts) - 1 and not german_word(part, 6)
                   and not german_word(part) and part not in ALL_KEYS and part.capitalize() not in STOP
                   for k, part in enumerate(parts)):
            return False
        return not weak or any(lex.is_first_name(part.capitalize()) for part in listed)

    def _named(self, value: str) -> bool:
        """A rare word of the value, no ordinary word nor a compound of one ("On Call", "Management Board", "Key
        Account", "Hauptlager Nord" are none); initials and a surname; a surname in capitals and a first name; a
        listed name alone."""
        words = value.replace(",", " ").split()
        lex = self._lex
        if len(words) == 1:  # a surname alone: '"signed_by": "Grand"'
            return lex.is_known_name(words[0].capitalize() if words[0].isupper() else words[0])
        if len(words) == 2 and words[0].isupper() and len(words[0]) > 1 and words[1].istitle():
            return True  # a surname in capitals and a first name: "Worker: LAW Conor"
        if len(words) == 2 and lex.is_first_name(words[0].capitalize()) \
                and scan.fullmatch(_ANY_INITIAL, words[1], 0, len(words[1])) is not None:
            return True  # a first name and the surname's initial: "Techniker: Hoffnung F.", "Herbert d." (holdout33)
        return _initials(words[0]) or any(
            w.lower() not in lex.common_words and not lex.is_place_only(w) and rare_word(w)
            and not compound_tail(w.lower(), lex) for w in words if len(w) > 1)

    def _child_birth(self, text: str, start: int, end: int) -> Iterator[Entity]:
        """The date after a child's name under a child's key ("Kind 1: Milan, 12.07.2025", "Enfant 2 :
        Hugues, 30/04/2022"): its date of birth, however recent -- not a date to come."""
        start, end = strip_value(text, start, end)
        if end > start and scan.fullmatch(_DATE_VALUE, text, start, end) is not None:
            year = scan.search(_YEAR_IN, text, start, end)
            if year is None or len(year.group()) != 4 or int(year.group()) <= datetime.date.today().year:
                yield Entity(start, end, EntityType.DOB, text[start:end], self.detector)

    def _aside_name(self, name: str) -> bool:
        """A name in a name's aside: no ordinary word, no compound ("(in Elternzeit)", "(in Maternità)",
        "(aka Admin)"), unless the lists know it as a name."""
        last = name.rsplit(" ", 1)[-1]
        lex = self._lex
        if lex.is_known_name(last):
            return True
        low = last.lower()
        return low not in lex.common_words and not compound_tail(low, lex) and not german_word(low) \
            and not one_language(low)

    def _plate_names(self, value: str) -> bool:
        """Each word of a name plate's text a listed name, or no ordinary word and rare in every language."""
        lex = self._lex
        words = [w.strip(".,") for w in value.replace("/", " ").replace("–", " ").replace("&", " ").split()]
        words = [w.capitalize() if w.isupper() or w.islower() else w for w in words if len(w.strip(".,")) > 2]
        return bool(words) and all(lex.is_known_name(w) or w.lower() not in lex.common_words and rare_word(w, below=3)
                                   for w in words)

    def _residents(self, text: str, start: int, end: int, listed: bool = False) -> Iterator[Entity]:
        """The names after a floor or flat, " / " between them; not a value of ordinary words
        only or with a lower-case word that is no particle ("1. OG: Büro und Lager").  ``listed``
        (a party's key: "Gäste", "Passengers"): each name is written "Surname, First" or has a listed
        first name or a listed surname that is no ordinary word ("Gäste: Rollstuhl / Gehhilfe",
        "Passengers: ZRH / LHR", "Guests: Wedding / Birthday" name no one; review of session 17)."""
        common = self._lex.common_words
        known = self._lex.is_known_name
        while start < end:
            cut = text.find(" / ", start, end)
            stop = end if cut < 0 else cut
            value = text[start:stop]
            words = value.replace(",", " ").split()
            if self.is_person_value(value, weak=False) and not all(w.lower() in common for w in words) and all(
                    w[:1].isupper() or w in PARTICLE_WORDS for w in words) and (not listed or ", " in value or any(
                    known(w if not w.isupper() else w.capitalize()) and (
                        self._lex.is_first_name(w.capitalize()) or rare_word(w)) for w in words)):
                yield Entity(start, stop, EntityType.PERSON, value, self.detector)
            start = stop + 3 if cut >= 0 else end


# A record's "nom" / "nome" / "name" beside a first name's or a surname's key is the other half of the name
# ('{"prenom": "Charlotte", "nom": "Hettner"}', "nome: Nataliia / cognome: Kovalenko"; holdout30, read in session 27):
# a strong key then, whatever word its value is.  The sibling keys are found once per text (text_memo), each
# value asks by bisection whether one is within _SIBLING_REACH characters.
_NAME_ALONE_KEYS = frozenset(("name", "nom", "nome"))
# A first name's keys (as normalise_key writes them): their word alone is a first name, whatever list knows it
_FIRST_NAME_KEYS = frozenset(
    "firstname firstnames givenname givennames forename forenames vorname vornamen rufname prenom prenoms prénom"
    " prénoms".split()
)
_SIBLING_KEY = scan.compile(
    r"(?<![\w])(?i:pr[ée]noms?|vornamen?|nachname|familienname|cognome|first[_ ]?name|last[_ ]?name|surname"
    r"|given[_ ]?name|family[_ ]?name)(?:\([sn]\))?(?:[\"']?(?:[ \t]{0,4}[:=]|[ ]{1,2}\.{2,60}+)|\][ \t])"
)
_SIBLING_GATE = ("rénom", "renom", "ognome", "name", "RÉNOM", "RENOM", "OGNOME", "NAME")  # (every other key: "name")
_SIBLING_REACH = 160


def _sibling_keys(text: str) -> list[int]:
    if not any(word in text for word in _SIBLING_GATE):
        return []
    return [m.start() for m in scan.finditer(_SIBLING_KEY, text)]


def _beside_a_name_key(text: str, start: int, end: int) -> bool:
    """A first name's or a surname's key stands within :data:`_SIBLING_REACH` characters of the value."""
    keys = once(text, "field_values.sibling_keys", _sibling_keys)
    k = bisect.bisect_left(keys, start - _SIBLING_REACH)
    return k < len(keys) and keys[k] <= end + _SIBLING_REACH


# A value of a configuration, no one's surname ('first_name: true' of a YAML schema; the review of session 32)
_LITERALS = frozenset("true false null none nil yes no ja nein oui non si sì vero falso default".split())
# What a form's or a fixture's field holds in place of a name (the review of session 34: under a first name's key too)
_PLACEHOLDERS = frozenset(
    """placeholder admin administrator root todo tbd tba tbc xxx xyz abc foo bar baz qux qwerty asdf test tester
    testuser dummy sample example demo anonym anonymous anonymisiert anonymisé anonimo redacted hidden unknown
    unbekannt inconnu sconosciuto nn na firstname vorname prenom prénom nome""".split()
)
# A role's levels and grades, no one's name under its key ("Friseur;Junior", "Stylist: Senior", "Coach: Master")
_LEVELS = frozenset("junior senior trainee azubi lehrling apprenti apprentie stagiaire meister master top".split())

# The names of mail domains in a text ("benz" of "imboden@benz.ch"): a lower-case value that is one is an
# organisation's (a tenant's, an account's slug), no person's.
_MAIL_DOMAIN = scan.compile(r"@(?P<label>[a-z\d][a-z\d\-]{0,62}+)\.")


def _mail_domains(text: str) -> frozenset[str]:
    if "@" not in text:
        return frozenset()
    return frozenset(m.group("label") for m in scan.finditer(_MAIL_DOMAIN, text))
