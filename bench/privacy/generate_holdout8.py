"""Eighth blind evaluation set ("holdout8") for the anonymizer.

Written 2026-12-05 by a helper session, blind: without reading the detectors and their name lists
(src/tarnkappe/privacy/), the privacy tests (tests/privacy/), the other generators and their templates (the
bodies of bench/privacy/generate*.py, templates.py) or the texts of any data set under bench/privacy/data/,
without looking at the git history or diffs of any of these, and never run through the anonymizer, any test or
bench/privacy/evaluate.py while written (tarnkappe is not imported; no detector output was ever seen).  The only
things read were the module docstrings of generate_holdout5.py, generate_holdout6.py and generate_holdout7.py
(record format, label decisions, genres already used) and of evaluate.py (the genres of holdout3..holdout7), the
file names in bench/privacy/, the Makefile's head and pyproject.toml (install, ruff settings), and the one-line
subjects of the five latest commits (git log --oneline, run once to see the repository state; one of them
names a detector change about names in list items and deep table cells - nothing beyond that line was read).
The label decisions below are copied from holdout7 (which copied them from holdout6 and holdout5); the decisions
added here were made while writing the templates, never after looking at any detector output.  Report on it;
never tune on it.

Writes bench/privacy/data/synthetic_holdout8.jsonl: 4 languages (de, fr, it, en) x 12 templates x 10
documents = 480 documents, seeded and deterministic for a given Faker version (the lock's; Faker + the
standard library; ``random.Random`` seeded with ``"holdout8|<lang>|<template>|<i>"``, every Faker locale
re-seeded per document, on its first use in the document).  Each record has ``id``
(``holdout8-<lang>-<template>-<NN>``), ``locale``, ``lang``, ``text`` and ``entities`` (``start``, ``end``,
``type``, ``text``; ``text[start:end]`` is asserted for every entity, entities do not overlap, every IBAN has
valid ISO 13616 check digits and every card number passes Luhn).  Regions: de -> DE/AT/CH, fr -> FR/BE/CH/LU,
it -> IT/CH, en -> GB/IE/US/CA/AU/NZ (``locale`` is ``lang_REGION``), rotated over the documents of a template.

Genres (text people paste into an AI assistant at work or at home, wrapped in a request in the document's
language), chosen to differ from the genres listed for holdout3..holdout7 (those of holdout and holdout2 are
not listed in anything read here, so an overlap with them cannot be ruled out):
 1. dictation - speech-to-text dictations to be punctuated (an absence note to a school, a water-damage claim
    to a household insurer, a clinic letter), all lower case, with the punctuation spoken ("komma", "virgule",
    "a capo", "full stop"), dictated, partly dictated or auto-punctuated;
 2. onboarding - HR personnel data sheets of new hires with the onboarding checklist (forms, YAML exports,
    Markdown tables; @mentions);
 3. residence - residence registration certificates and proofs of address: German Meldebescheinigung,
    Austrian Meldebestätigung (ZMR), Swiss Wohnsitzbestätigung / attestation de domicile / attestato di
    domicilio, French consular registration certificate (address abroad), Belgian composition de ménage with
    address history, Luxembourg certificat de résidence, Italian certificato contestuale di residenza e stato
    di famiglia, US school-district residency affidavit with notary, UK/Irish landlord letters, Canadian /
    Australian / New Zealand statutory declarations; partly OCR'd;
 4. vaccination - vaccination records: transcribed vaccination booklets (Markdown), OCR of doctors' stamps,
    decoded EU COVID certificates (JSON), school immunisation forms (en);
 5. intake - new-patient questionnaires of dentists, physiotherapists and psychotherapists (checkbox forms,
    OCR'd handwritten forms in capitals, online-booking JSON exports);
 6. luggage - delayed-baggage claims: airline Property Irregularity Reports (upper case), the airline's mail,
    claim-form JSON exports;
 7. cancellation - contract cancellation letters and e-mails (gym, phone, newspaper, energy, insurance);
 8. spreadsheet - spreadsheet ranges copied from Excel (TSV, Markdown with column letters, CSV) with the
    formulas that fail on them, function names in the document's language (SVERWEIS, RECHERCHEV, CERCA.VERT,
    VLOOKUP ...);
 9. mailmerge - mail-merge data sources, templates with merge fields / Word field codes, and the preview of
    one record;
10. eventreg - event registration exports (JSON, CSV), check-in lists and name-badge print lists;
11. diary - personal diary entries to be summarised or turned into photo-book captions (sometimes all lower
    case);
12. letter - personal letters to be translated (family news, introducing oneself to a host family, thank-you
    letters to a nurse).
Values appear in prose, "Label: value" forms, two-line address blocks, Markdown, fixed-width, tab-, semicolon-
and comma-separated tables (quoted and unquoted cells), JSON (indented, compact, with \\u escapes), YAML
(plain, single- and double-quoted), mail headers, Excel formulas and Word merge fields, with OCR noise (letter
swaps, doubled spaces, spaced dates), in each country's conventions (Austrian door numbers and "Jänner",
Swiss "strasse", French "bis", building lines and upper-case towns, BP ... CEDEX, Belgian "bte", Luxembourg
"L-" postcodes, Italian province codes, "n." and "int.", British postcodes after the town, Irish Eircodes and
counties, US/Canadian/Australian state codes, Canadian "unit-civic" numbers, Australian "Unit 3/12", New
Zealand suburbs, PO boxes); phone numbers national and international, with "(0)", slashes, dots, hyphens,
DIN 5008 extensions, compact, read out in words; dates of birth numeric, with month names, ISO, US month-first,
two-digit years and in words.  Names in "First Last", "Last, First", "LAST First", "LAST, First", "A. Last",
"First L.", all capitals, lower case, airline "LAST/FIRST", ICAO "LAST<NAME", with middle names, particles,
double-barrelled and maiden names, nicknames, names that are ordinary words, genitives, diacritics and their
ASCII spellings.  Unlabelled distractors: customer, order, file, ticket, tag, mandate, contract, personnel and
member numbers, SEPA creditor identifiers, VAT ids, amounts, plain dates and times (also birthday anniversaries
with the current year), national and insurance ids that embed the date of birth (SV-Nummer, Belgian national
number, Luxembourg matricule, codice fiscale, French social security number), AHV/NHS/PPS/SSN/SIN/TFN/IRD and
health-card numbers, ZMR numbers, batch numbers, BICs and non-IBAN bank details, masked cards and last-four
digits, role mailboxes, public hotlines, emergency, poison-centre and service numbers (115, 116 117, 0800 ...),
bare internal extensions, companies (also Faker-style), practices, hotels, restaurants, institutes, rooms and
laws named after people, eponymous diseases, streets without a number, towns and postcodes alone, pets.

Names: Faker locales az_AZ, cs_CZ, da_DK, de_AT, de_CH, de_DE, de_LU, en_AU, en_CA, en_GB, en_IE, en_IN, en_KE,
en_NZ, en_PK, en_US, es_AR, es_CO, es_ES, es_MX, et_EE, fi_FI, fr_BE, fr_CA, fr_CH, fr_FR, ga_IE, ha_NG, hr_HR,
hu_HU, id_ID, ig_NG, is_IS, it_IT, lv_LV, nl_BE, nl_NL, no_NO, pl_PL, pt_BR, pt_PT, ro_RO, sk_SK, sl_SI, sv_SE,
tr_TR, tw_GH, uz_UZ, vi_VN, yo_NG, zu_ZA (gendered first and last names), plus lists written here (Arabic,
Ukrainian, Persian/Afghan, Albanian, Sri Lankan Tamil, Chinese pinyin, Somali, Eritrean, Korean, Japanese,
Greek, Kurdish, Bosnian/Croatian/Serbian, Russian-German, Hebrew, Romansh, Luxembourgish, Ticinese, Maori, and
names that are ordinary words and nicknames in each language).  Only Latin script (checked per name).  About
half the names of a document come from the region's own locales.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, CARD), copied from holdout7 (which copied them
from holdout6 and holdout5):
* PERSON: the name of a natural person as written, in any order ("Surname, First" and
  "SURNAME First" are one span), with initials, particles ("von", "de", "Di", "O'", "al-")
  and hyphenated or double surnames inside the span.  Titles, salutations and role words
  (Frau, Dr., Mme, Sig.ra, Mr, Prof., "Pfarrer") are outside; so are quotes around a display
  name, a leading "@" of a mention and a genitive/possessive ending ("Annas", "Anna's" ->
  "Anna").  A first name or a nickname alone is a PERSON.  Not labelled: companies, shops,
  pharmacies, products, rooms, projects, churches, streets or prizes named after people
  (including famous or historical people and saints), and bare initials.
* EMAIL: every e-mail address, personal or not, except role mailboxes of organisations
  (info@, support@, noreply@, ...), which are unlabelled distractors.
* PHONE: phone and fax numbers of persons and of offices, national or international; an
  extension written as a separate word after the number ("x 12", "ext. 12", "Durchwahl 214",
  "poste 31", "interno 5") is outside the span.  Public hotlines, free-phone and service
  numbers, conference dial-in numbers and bare internal extensions are unlabelled distractors.
* IBAN: every IBAN (all with valid ISO 13616 check digits), compact or grouped; BICs are not
  labelled.
* ADDRESS: a postal address with street and number or a PO box, plus postcode and town; a
  one-line address is one span (unit, floor or flat designations that belong to it inside),
  a two-line block is two spans (street line; postcode + town line).  The recipient's name and
  "c/o Name" are outside (the names are PERSON).  Business addresses are labelled too.  Towns
  without a street, streets without a number and countries after an address are not labelled.
* DOB: a full date of birth (day, month and year), with or without a cue word; the cue word
  is outside.  Birth years alone, ages and birthdays without a year are not labelled.
* CARD: full payment card numbers (Luhn-valid).  Masked numbers, last-four digits and expiry
  dates are not labelled.
* Not labelled at all (no type in this set): IP addresses, user ids, customer, order,
  ticket, tracking and reference numbers, BICs, prices, plain dates and times, versions,
  commit hashes.
Further decisions copied from holdout5's clarifications (via holdout6/7): a surname alone ("Frau Huber",
"famille DUPONT", a ``last_name`` field) and a first name alone (a ``first_name`` field) are PERSON; lowercase
names are PERSON; "Peter und Claudia Huber" is two spans ("Peter", "Claudia Huber"); maiden and married names
joined by "geb.", "née", "nata", "(née ...)" are separate PERSON spans with the connector outside; pets' names
and dates of birth are not labelled; the dates of birth of children are DOB, dates of moving in, issue, travel,
vaccination and signing are plain dates; a two-line address block is two spans, and a structured record whose
street and "postcode town" are separate values is two spans as well; quotes around a value are outside the
span; passport, tax, social-security, national-id, insurance and health-service numbers, and non-IBAN bank
details (sort codes, account and routing numbers, BSB, transit numbers) have no type and are unlabelled.
Clarifications copied from holdout6 and holdout7: values are labelled exactly as written in the source (a JSON
escape inside a name is inside the span); an e-mail address spelled out by a speech-to-text transcript ("anna
punkt meier at gmx punkt de") is one EMAIL span; a first name with the initial of the surname ("Lisa K.") is one
PERSON span including the dot; a date of birth written with OCR spacing ("12 . 03 . 1978") is one DOB span;
diseases named after people (Morbus Crohn, thyroïdite de Hashimoto, Graves' disease) are not PERSON, nor are the
names of hospitals, schools and practices; a national phone number with its area code in parentheses is one
PHONE span including the parentheses, a DIN-style extension joined by a hyphen is inside the span; a business's
phone number (a practice, an authority's office) is PHONE, the hotlines next to it are not; a form or table that
keeps the postcode and/or town in fields of their own: the street field is ADDRESS, the separate postcode and
town fields are not labelled; a place of birth next to a date of birth is outside the DOB span, a date of birth
with a two-digit year is DOB; national ids that contain the date of birth are unlabelled and their digits are
not DOB; "Herrn und Frau Meier", "M. et Mme DUPONT": the surname is one PERSON span; short forms in rosters
("Meier A.", "A. Meier", "Anna M.") are PERSON; firms, hotels, pharmacies, foundations and laws that contain the
name of a person and Faker company names made of surnames are not labelled.

Clarifications decided here while writing the templates (never after looking at any anonymizer output):
* Dictation: a phone number read out in words (digit by digit; in French in pairs, "zéro six vingt-six ...";
  English "double seven", "oh") is one PHONE span, a leading "plus" inside; a date of birth in words
  ("zwölften märz neunzehnhundertvierundachtzig", "twelfth of march nineteen eighty-four") is one DOB span from
  the day to the year, the article and the cue ("am", "le", "il", "the", "geboren am", "date of birth") outside;
  an address whose comma was dictated as a word ("lindenstraße 12 komma 96047 bamberg") is one ADDRESS span
  including the spoken word; a lower-case IBAN is an IBAN; spoken punctuation words are never inside a name.
* Airline records: "MEIER/ANNA MARIA" (surname/first names) is one PERSON span, the title code after it (MR,
  MRS, MS, MSTR, MISS) is outside; the initials field ("AM") is bare initials, unlabelled; a phone number
  written as digits with its country code but without "+" ("4915123456789") is PHONE; an address in capitals
  without diacritics is ADDRESS, the country code after it ("DE") and the hotel name before a temporary
  address are outside; file references, bag tags, routings and flight numbers are unlabelled.
* EU COVID certificate JSON: the ICAO transliterations of the names ("fnt"/"gnt": "MUELLER", "ANNA<LENA") are
  PERSON, the "<" inside the span; "dob" is DOB; certificate identifiers (URN:UVCI...), issuers and product
  codes are unlabelled.
* Spreadsheets: a name in a formula's string literal (=WENN(B2="Meier";...), =COUNTIF(C:C,"Anna")) is PERSON,
  the quotes outside; in =HYPERLINK("mailto:anna@x.de";"Anna Meier") the "mailto:" prefix is outside the EMAIL
  span and the link text is PERSON; a phone number whose leading zero the spreadsheet dropped ("15123456789")
  is still PHONE; column letters, row numbers, cell references, sheet names and error values are unlabelled.
* Mail merge: merge-field names ("<<Vorname>>", { MERGEFIELD Nachname }) are unlabelled; the date of the coming
  birthday with the current year ("zu Ihrem 60. Geburtstag am 12. März 2026") is a plain date, not DOB; a date
  of birth shown in a wrong format in the preview is DOB; a "street" column is ADDRESS, "PLZ"/"Ort" columns are
  not, while the preview's address block is two spans.
* Certificates: the place of origin (Heimatort, originaire de, attinente di), "Zuzug von" and the place of birth
  in a family table ("BARI 12/03/1984") are outside the spans; the clerk or officer signing (also a surname
  alone after "Im Auftrag") is PERSON; an authority's office address is ADDRESS, its office number PHONE, the
  115 public service number and role mailboxes (buergeramt@, population@) are not labelled; "geb." before a date
  is a birth cue (outside the DOB span), before a name a maiden-name connector.
* Vaccination records: the doctor's name in a stamp or table cell is PERSON (title outside), the practice
  address ADDRESS, the practice phone PHONE; "Gesundheitsamt X", "PMI X", "Vaccination centre X", vaccine names,
  batch numbers and institutes named after people (Robert Koch-Institut) are unlabelled; vaccination dates are
  plain dates.
* Questionnaires: "Empfehlung von: Anna M." / "Recommended by" and the signature ("A. Meier", a surname alone)
  are PERSON; the main insured person's date of birth is DOB; checkbox glyphs are outside every span.
* Event exports: badge names (nicknames, also in capitals) are PERSON; rooms named after people ("Saal
  Humboldt", "Salle Marie Curie", "Turing Room") and the event's venue name are unlabelled, the venue's address
  is ADDRESS; a full card number in an export is CARD, "card_last4" and masked numbers are not.
* Diaries and letters: kinship and role words (Oma, Tante, Nonna, Mamie, Auntie, Uncle, Nan, Schwester as a
  nurse's title) are outside the PERSON span; a newborn's date of birth is DOB; restaurants named after people
  (Pizzeria Da Mario, Brasserie Chez Paul), streets without a number (Goethestraße, rue Victor Hugo) and towns
  alone are unlabelled.
* Cancellations: SEPA creditor identifiers ("DE98ZZZ...", "ICS FR12ZZZ...") and mandate references are
  unlabelled; a company's PO box with postcode and town (Postfach, BP ... CEDEX, Casella Postale, PO Box) in a
  two-line block is two ADDRESS spans.
* Onboarding: "@Anna Meier" mentions are PERSON with the "@" outside; bare extensions ("-841"), cost centres,
  ticket numbers and device models are unlabelled.

Usage (repo root): python bench/privacy/generate_holdout8.py [--out PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import string
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "privacy" / "data" / "synthetic_holdout8.jsonl"
SET = "holdout8"
LANGS = ("de", "fr", "it", "en")
REGIONS = {
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH", "LU"),
    "it": ("IT", "CH"),
    "en": ("GB", "IE", "US", "CA", "AU", "NZ"),
}
DOCS_PER_TEMPLATE = 10
TYPES = ("PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS", "DOB", "CARD")
TODAY = date(2026, 12, 5)


# ---------------------------------------------------------------------------------------------------------------
# Text building with labelled spans
# ---------------------------------------------------------------------------------------------------------------


class E:
    """A piece of text, labelled with an entity type (or None for plain text)."""

    __slots__ = ("text", "type")

    def __init__(self, text: str, type_: str | None) -> None:
        self.text = text
        self.type = type_


def PER(s: str) -> E:  # noqa: N802
    return E(s, "PERSON")


def EML(s: str) -> E:  # noqa: N802
    return E(s, "EMAIL")


def PH(s: str) -> E:  # noqa: N802
    return E(s, "PHONE")


def ADR(s: str) -> E:  # noqa: N802
    return E(s, "ADDRESS")


def DOB(s: str) -> E:  # noqa: N802
    return E(s, "DOB")


def IBN(s: str) -> E:  # noqa: N802
    return E(s, "IBAN")


def CRD(s: str) -> E:  # noqa: N802
    return E(s, "CARD")


def flat(x: object) -> list:
    """Flatten nested lists/tuples of str and E into one list (None is dropped)."""
    out: list = []
    stack = [x]
    while stack:
        item = stack.pop()
        if item is None:
            continue
        if isinstance(item, (list, tuple)):
            stack.extend(reversed(item))
        elif isinstance(item, (str, E)):
            out.append(item)
        else:
            out.append(str(item))
    return out


def plain(x: object) -> str:
    return "".join(p.text if isinstance(p, E) else p for p in flat(x))


def tmap(x: object, fn) -> list:
    """Apply a string function to every piece (labels kept)."""
    return [E(fn(p.text), p.type) if isinstance(p, E) else fn(p) for p in flat(x)]


_FMT = string.Formatter()


def fp(tmpl: str, **kw: object) -> list:
    """Format a template whose {fields} are str, E or lists of them; returns a part list."""
    out: list = []
    for lit, field, _spec, _conv in _FMT.parse(tmpl):
        if lit:
            out.append(lit)
        if field is not None:
            out.append(kw[field])
    return out


class Doc:
    def __init__(self, transform=None) -> None:
        self.chunks: list[str] = []
        self.n = 0
        self.ents: list[dict] = []
        self.transform = transform

    def add(self, *parts: object) -> Doc:
        for p in flat(parts):
            if isinstance(p, E):
                t = self.transform(p.text) if self.transform else p.text
                if not t:
                    continue
                if p.type:
                    assert t == t.strip(), repr(t)
                    self.ents.append({"start": self.n, "end": self.n + len(t), "type": p.type, "text": t})
            else:
                t = self.transform(p) if self.transform else p
            self.chunks.append(t)
            self.n += len(t)
        return self

    def f(self, tmpl: str, **kw: object) -> Doc:
        return self.add(fp(tmpl, **kw))

    def text(self) -> str:
        return "".join(self.chunks)


# --- serialisers that keep the labels ---------------------------------------------------------------------------


def _jstr(s: str, ascii_: bool) -> str:
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jdump(obj: object, indent: int | None = 2, ascii_: bool = False, level: int = 0) -> list:
    """JSON with labelled string leaves.  A tuple (or E or str) is one string; a list is an array."""
    nl = indent is not None
    pad = " " * (indent or 0)
    if isinstance(obj, dict):
        if not obj:
            return ["{}"]
        out: list = ["{"]
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            out.append("\n" + pad * (level + 1) if nl else ("" if i == 0 else " "))
            out.append(json.dumps(k, ensure_ascii=ascii_) + ": ")
            out += jdump(v, indent, ascii_, level + 1)
            if i < len(items) - 1:
                out.append(",")
        out.append(("\n" + pad * level) if nl else "")
        out.append("}")
        return out
    if isinstance(obj, list):
        if not obj:
            return ["[]"]
        out = ["["]
        for i, v in enumerate(obj):
            out.append("\n" + pad * (level + 1) if nl else ("" if i == 0 else " "))
            out += jdump(v, indent, ascii_, level + 1)
            if i < len(obj) - 1:
                out.append(",")
        out.append(("\n" + pad * level) if nl else "")
        out.append("]")
        return out
    if isinstance(obj, (tuple, E, str)):
        return ['"'] + tmap(obj, lambda s: _jstr(s, ascii_)) + ['"']
    return [json.dumps(obj)]


_YAML_PLAIN_BAD = re.compile(r"(^[\s@*&!%\[\]{}'\"#|>,?:-])|(: )|( #)|(\s$)")


def yscalar(v: object, quote: str) -> list:
    if isinstance(v, bool):
        return ["true" if v else "false"]
    if isinstance(v, (int, float)):
        return [str(v)]
    if v is None:
        return ["null"]
    s = plain(v)
    q = quote
    if not q and (_YAML_PLAIN_BAD.search(s) or s == "" or s.lower() in ("yes", "no", "null", "true", "false")):
        q = '"'
    if q == "'":
        return ["'"] + tmap(v, lambda x: x.replace("'", "''")) + ["'"]
    if q == '"':
        return ['"'] + tmap(v, lambda x: x.replace("\\", "\\\\").replace('"', '\\"')) + ['"']
    return flat(v)


def ydump(obj: object, quote: str = "", level: int = 0) -> list:
    """Simple block-style YAML for dicts of scalars, nested dicts and lists."""
    pad = "  " * level
    out: list = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, dict):
                out += [f"{pad}{k}:\n"] + ydump(v, quote, level + 1)
            elif isinstance(v, list):
                out.append(f"{pad}{k}:\n")
                out += ydump(v, quote, level + 1)
            else:
                out += [f"{pad}{k}: "] + yscalar(v, quote) + ["\n"]
    elif isinstance(obj, list):
        for v in obj:
            if isinstance(v, dict):
                first = True
                for k, vv in v.items():
                    lead = f"{pad}- " if first else f"{pad}  "
                    first = False
                    if isinstance(vv, (dict, list)):
                        out += [f"{lead}{k}:\n"] + ydump(vv, quote, level + 2)
                    else:
                        out += [f"{lead}{k}: "] + yscalar(vv, quote) + ["\n"]
            else:
                out += [f"{pad}- "] + yscalar(v, quote) + ["\n"]
    return out


def xesc(x: object) -> list:
    return tmap(x, lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def csv_line(cells: list, sep: str = ";", quote_all: bool = False) -> list:
    out: list = []
    for i, cell in enumerate(cells):
        if i:
            out.append(sep)
        s = plain(cell)
        if quote_all or sep in s or '"' in s or "\n" in s:
            out += ['"'] + tmap(cell, lambda x: x.replace('"', '""')) + ['"']
        else:
            out += flat(cell)
    out.append("\n")
    return out


def md_table(header: list, rows: list[list]) -> list:
    out: list = ["| " + " | ".join(header) + " |\n", "|" + "|".join("---" for _ in header) + "|\n"]
    for row in rows:
        out.append("| ")
        for i, cell in enumerate(row):
            if i:
                out.append(" | ")
            out += flat(cell) if plain(cell) else ["–"]
        out.append(" |\n")
    return out


def fixed_table(header: list, rows: list[list], gap: int = 2, rule: str = "") -> list:
    widths = [max(len(plain(r[i])) for r in [header, *rows]) for i in range(len(header))]
    out: list = []

    def line(cells: list) -> None:
        for i, cell in enumerate(cells):
            out.extend(flat(cell))
            if i < len(cells) - 1:
                out.append(" " * (widths[i] - len(plain(cell)) + gap))
        out.append("\n")

    line(header)
    if rule:
        out.append(rule * (sum(widths) + gap * (len(widths) - 1)) + "\n")
    for r in rows:
        line(r)
    return out


# ---------------------------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------------------------

# Lists written here (romanised, Latin script only): (male first names, female first names, surnames)
OWN_NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "arabic": (
        ["Mohammed", "Ahmad", "Omar", "Youssef", "Khaled", "Tarek", "Karim", "Samir", "Hamza", "Bilal", "Nabil",
         "Walid", "Mahmoud", "Ibrahim", "Rami", "Anas", "Fadi"],
        ["Fatima", "Aisha", "Leila", "Nour", "Yasmin", "Rania", "Salma", "Hanan", "Mariam", "Amira", "Dalia",
         "Rasha", "Zeinab", "Huda", "Rim", "Ghada"],
        ["Al-Masri", "El-Amin", "Haddad", "Khoury", "Nasser", "Saleh", "Abdallah", "Mansour", "Hamdan", "Al-Sayed",
         "Barakat", "Darwish", "Farouk", "Jaber", "Qasim", "Ben Ali", "Bouzid", "El Idrissi", "Chahid", "Al Zoubi",
         "Abu Khalil"],
    ),
    "ukrainian": (
        ["Oleksandr", "Dmytro", "Andrii", "Mykola", "Taras", "Bohdan", "Yurii", "Serhii", "Vasyl", "Ihor",
         "Volodymyr", "Maksym"],
        ["Olena", "Iryna", "Oksana", "Nataliia", "Kateryna", "Yuliia", "Tetiana", "Halyna", "Svitlana", "Viktoriia",
         "Daryna", "Solomiia"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchuk", "Melnyk", "Oliinyk", "Moroz", "Savchuk",
         "Lysenko", "Hrytsenko", "Polishchuk", "Marchenko", "Zinchenko", "Havryliuk", "Ostapchuk"],
    ),
    "persian": (
        ["Reza", "Amir", "Dariush", "Farhad", "Hamid", "Mehdi", "Omid", "Navid", "Zabihullah", "Sohrab", "Javad"],
        ["Shirin", "Parisa", "Maryam", "Nasrin", "Soraya", "Fereshteh", "Zahra", "Mina", "Roya", "Golnaz", "Laleh"],
        ["Hosseini", "Rahimi", "Karimi", "Sadeghi", "Mohammadi", "Ahmadzai", "Popal", "Noori", "Rezaei", "Jafari",
         "Safi", "Stanekzai", "Tehrani", "Moradi"],
    ),
    "albanian": (
        ["Arben", "Besnik", "Driton", "Fatmir", "Ilir", "Valon", "Agron", "Blerim", "Shkelzen", "Luan", "Arianit"],
        ["Arta", "Blerta", "Drita", "Flutura", "Mimoza", "Vjosa", "Teuta", "Liridona", "Albulena", "Elira", "Donika"],
        ["Krasniqi", "Berisha", "Gashi", "Hoxha", "Shala", "Morina", "Bytyqi", "Kelmendi", "Rexhepi", "Hajdari",
         "Sylejmani", "Zeqiri", "Ademi", "Osmani"],
    ),
    "tamil": (
        ["Senthil", "Karthik", "Murugan", "Suresh", "Rajan", "Vijay", "Thayalan", "Kumaran", "Prashanth"],
        ["Priya", "Kavitha", "Lakshmi", "Meena", "Tharshini", "Nirosha", "Sivaranjani", "Anitha", "Mathumitha"],
        ["Sivakumar", "Rajaratnam", "Thangarajah", "Balasubramaniam", "Selvarajah", "Ponnambalam", "Kandiah",
         "Sinnathamby", "Navaratnam", "Yogeswaran"],
    ),
    "chinese": (
        ["Wei", "Jun", "Hao", "Lei", "Zhiwei", "Jianguo", "Yang", "Bo", "Haoran", "Zihan"],
        ["Xiaoling", "Mei", "Yan", "Li Na", "Jing", "Xiuying", "Fang", "Huimin", "Yutong", "Ruoxi"],
        ["Wang", "Zhang", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Guo", "Lin", "Gao"],
    ),
    "somali": (
        ["Abdirahman", "Mohamed", "Abdullahi", "Hassan", "Abdiaziz", "Omar", "Mahad", "Liban"],
        ["Hodan", "Faduma", "Sahra", "Ayaan", "Hibo", "Khadra", "Asli", "Ifrah"],
        ["Warsame", "Abdi", "Farah", "Osman", "Jama", "Hersi", "Egal", "Duale", "Yusuf", "Nur", "Abdulle"],
    ),
    "eritrean": (
        ["Tesfay", "Yonas", "Mehari", "Semere", "Berhane", "Filmon", "Dawit", "Habtom"],
        ["Selam", "Senait", "Rahel", "Saba", "Luwam", "Tsega", "Yordanos", "Helen"],
        ["Tesfamariam", "Ghebremedhin", "Habte", "Kidane", "Woldemichael", "Teklehaimanot", "Berhe", "Asmerom",
         "Gebrehiwet"],
    ),
    "korean": (
        ["Min-jun", "Ji-hoon", "Seung-woo", "Dong-hyun", "Jae-won", "Hyun-woo"],
        ["Ji-yeon", "Seo-yeon", "Hye-jin", "Min-seo", "Eun-ji", "Soo-ah"],
        ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Han", "Shin"],
    ),
    "japanese": (
        ["Haruto", "Kenji", "Takeshi", "Yuto", "Daisuke", "Hiroshi", "Ren"],
        ["Yuki", "Sakura", "Aiko", "Haruka", "Emi", "Naoko", "Mio"],
        ["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Sato", "Ito",
         "Matsumoto", "Inoue"],
    ),
    "greek": (
        ["Georgios", "Dimitrios", "Konstantinos", "Nikolaos", "Ioannis", "Panagiotis", "Christos", "Vasileios"],
        ["Eleni", "Aikaterini", "Sofia", "Georgia", "Despoina", "Vasiliki", "Anastasia", "Chrysoula"],
        ["Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis", "Papanikolaou", "Oikonomou", "Vlachos",
         "Dimitriou", "Alexiou", "Triantafyllou"],
    ),
    "kurdish": (
        ["Azad", "Baran", "Rojhat", "Serhat", "Dilshad", "Kawa", "Shvan"],
        ["Berfin", "Rojda", "Zilan", "Nazdar", "Dilan", "Hevin", "Avesta"],
        ["Rashid", "Sheikhmous", "Osso", "Haji", "Bakir", "Zebari", "Kurdi", "Amedi"],
    ),
    "bcs": (
        ["Nikola", "Dragan", "Miloš", "Stefan", "Emir", "Adnan", "Jasmin", "Dino", "Goran"],
        ["Jelena", "Milica", "Ivana", "Snežana", "Amra", "Lejla", "Selma", "Dragana", "Azra"],
        ["Jovanović", "Petrović", "Nikolić", "Marković", "Hodžić", "Begić", "Hadžić", "Delić", "Kovačević", "Ilić",
         "Mehmedović"],
    ),
    "rusdeutsch": (
        ["Waldemar", "Eduard", "Viktor", "Artur", "Johann", "Jakob", "Alexander"],
        ["Olga", "Swetlana", "Natalja", "Irina", "Lilli", "Valentina", "Tatjana"],
        ["Janzen", "Dyck", "Friesen", "Penner", "Wiebe", "Klassen", "Neufeld", "Enns", "Reimer", "Töws"],
    ),
    "hebrew": (
        ["Yossi", "Avi", "Noam", "Itai", "Eitan", "Moshe", "Uri"],
        ["Noa", "Tamar", "Shira", "Yael", "Michal", "Orly", "Hila"],
        ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Ben-David", "Katz", "Avraham", "Shapiro"],
    ),
    "romansh": (
        ["Gion", "Duri", "Men", "Curdin", "Corsin", "Gian Reto", "Flurin", "Linard"],
        ["Mengia", "Ursina", "Flurina", "Seraina", "Annatina", "Ladina", "Madlaina"],
        ["Cathomen", "Caduff", "Casanova", "Derungs", "Tschuor", "Cavegn", "Deplazes", "Capaul", "Vincenz",
         "Candinas", "Cadruvi", "Bundi", "Camenisch", "Sialm"],
    ),
    "ticinese": (
        ["Fiorenzo", "Claudio", "Mattia", "Nicola", "Ivo", "Flavio", "Tiziano", "Sandro"],
        ["Manuela", "Lara", "Sabrina", "Nadia", "Carla", "Ivana", "Tiziana", "Morena"],
        ["Bernasconi", "Lurati", "Pedrazzini", "Cattaneo", "Rusca", "Soldati", "Beffa", "Respini", "Mantegazza",
         "Gianella", "Guscetti", "Dotta", "Filippini", "Quadri", "Robbiani", "Bulloni", "Pelli"],
    ),
    "luxembourgish": (
        ["Jos", "Gilles", "Claude", "Mett", "Jang", "Romain", "Lex", "Tun", "Fernand", "Marc"],
        ["Marie-Jeanne", "Josée", "Nadine", "Liz", "Carole", "Monique", "Mireille", "Tessy"],
        ["Schmit", "Thill", "Kremer", "Reuter", "Schroeder", "Kieffer", "Feller", "Lorang", "Reding", "Theisen",
         "Wirtz", "Majerus", "Hoscheit", "Goerens", "Kayser"],
    ),
    "maori": (
        ["Wiremu", "Tane", "Hemi", "Rawiri", "Kahu", "Tamati", "Nikau", "Manaia"],
        ["Aroha", "Mere", "Anahera", "Ngaio", "Hine", "Kiri", "Awhina", "Moana"],
        ["Ngata", "Parata", "Te Awa", "Tipene", "Rangi", "Kereama", "Paewai", "Te Rangi", "Horomona", "Maaka",
         "Tawhai", "Pomare"],
    ),
}

# Ordinary words that are also names, per language: (first names, surnames)
WORD_NAMES = {
    "de": (["Ernst", "Heide", "Rosa", "Iris", "Horst", "Wolf", "August", "Frieda", "Sonne", "Kai"],
           ["Vogel", "Fuchs", "Wolf", "Koch", "Sommer", "Winter", "Kaiser", "König", "Engel", "Stein", "Bauer", "Haas",
            "Lang", "Klein", "Frei", "Glück", "Morgenstern", "Schreiber", "Jäger", "Braun"]),
    "fr": (["Rose", "Constant", "Aimé", "Désiré", "Fleur", "Blanche", "Clément", "Prudence", "Olive", "Pascal"],
           ["Boulanger", "Lebrun", "Petit", "Blanc", "Roux", "Lenoir", "Marchand", "Chevalier", "Leroy", "Bonnet",
            "Fontaine", "Mercier", "Lejeune", "Meunier", "Berger", "Lamour", "Printemps"]),
    "it": (["Felice", "Fortunato", "Stella", "Rosa", "Bianca", "Speranza", "Aurora", "Benvenuto", "Primo", "Sole"],
           ["Bello", "Fiore", "Leone", "Rosa", "Ricci", "Sole", "Monti", "Santo", "Gatti", "Lupo", "Bianco", "Porta",
            "Fabbri", "Russo", "Castello", "Mare", "Cavallo"]),
    "en": (["Grace", "Hope", "Faith", "Will", "Mark", "Rose", "Joy", "Frank", "Dawn", "Summer", "Brook", "Hunter"],
           ["Baker", "Smith", "Wood", "Hill", "Brown", "Green", "Young", "King", "Bird", "Rose", "Hope", "Cook",
            "Fisher", "Hunter", "May", "Banks", "Church", "Long", "Stone"]),
}

NICKS = {
    "de": (["Uli", "Flo", "Basti", "Jo", "Bernie", "Schorsch", "Hansi", "Tobi", "Micha", "Chris", "Benni", "Olli"],
           ["Steffi", "Gabi", "Conny", "Moni", "Kathi", "Susi", "Lenchen", "Biggi", "Anni", "Resi", "Vroni", "Jule"]),
    "fr": (["Jojo", "Toto", "Nico", "Manu", "Seb", "Dédé", "Fredo", "Jeannot", "Titi", "Loulou", "Max", "Polo"],
           ["Babette", "Mimi", "Fifi", "Béa", "Flo", "Cathy", "Coco", "Lulu", "Nanou", "Zaza", "Vivi", "Domi"]),
    "it": (["Beppe", "Gigi", "Pino", "Totò", "Tonino", "Pippo", "Fede", "Ale", "Nanni", "Cecco", "Lele", "Gianni"],
           ["Lella", "Titti", "Vale", "Giò", "Bice", "Fede", "Ale", "Pina", "Lalla", "Chicca", "Mimma", "Nene"]),
    "en": (["Bobby", "Jonno", "Tommo", "Sully", "Jim", "Jonny", "Al", "Kit", "Robbie", "Gaz", "Macca", "Ned"],
           ["Liz", "Becky", "Mags", "Deb", "Pip", "Kate", "Bea", "Jess", "Mel", "Tash", "Steph", "Sal"]),
}

LOCAL_LOCALES = {
    ("de", "DE"): ["de_DE"], ("de", "AT"): ["de_AT"], ("de", "CH"): ["de_CH", "de_CH", "de_CH", "+romansh"],
    ("fr", "FR"): ["fr_FR"], ("fr", "BE"): ["fr_BE", "fr_BE", "nl_BE"], ("fr", "CH"): ["fr_CH"],
    ("fr", "LU"): ["de_LU", "fr_FR", "+luxembourgish"],
    ("it", "IT"): ["it_IT"], ("it", "CH"): ["it_IT", "+ticinese"],
    ("en", "GB"): ["en_GB"], ("en", "IE"): ["en_IE", "en_IE", "ga_IE"], ("en", "US"): ["en_US"],
    ("en", "CA"): ["en_CA", "en_CA", "fr_CA"], ("en", "AU"): ["en_AU"], ("en", "NZ"): ["en_NZ", "en_NZ", "+maori"],
}

FOREIGN_LOCALES = [
    "tr_TR", "pl_PL", "hr_HR", "pt_PT", "es_ES", "vi_VN", "nl_NL", "sv_SE", "ro_RO", "hu_HU", "cs_CZ", "sk_SK",
    "sl_SI", "fi_FI", "da_DK", "pt_BR", "es_MX", "es_CO", "es_AR", "id_ID", "en_IN", "yo_NG", "ig_NG", "ha_NG",
    "lv_LV", "et_EE", "az_AZ", "zu_ZA", "en_KE", "tw_GH", "ga_IE", "is_IS", "no_NO", "uz_UZ", "en_PK", "it_IT",
    "de_DE", "de_AT", "fr_FR", "en_GB", "en_US", "fr_CA",
    "+arabic", "+ukrainian", "+persian", "+albanian", "+tamil", "+chinese", "+somali", "+eritrean", "+korean",
    "+japanese", "+greek", "+kurdish", "+bcs", "+rusdeutsch", "+hebrew",
]

ALL_FAKER_LOCALES = sorted(
    {loc for locs in LOCAL_LOCALES.values() for loc in locs if not loc.startswith("+")}
    | {loc for loc in FOREIGN_LOCALES if not loc.startswith("+")}
)
_FAKERS: dict[str, Faker] = {}


def faker_for(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


def is_latin(s: str) -> bool:
    return all((not ch.isalpha()) or "LATIN" in unicodedata.name(ch, "") for ch in s)


@dataclass
class Person:
    first: str
    last: str
    g: str  # "m" or "f"
    middle: str = ""
    maiden: str = ""
    origin: str = ""

    @property
    def firsts(self) -> str:
        return f"{self.first} {self.middle}" if self.middle else self.first

    def full(self) -> str:
        return f"{self.firsts} {self.last}"

    def fl(self) -> str:
        return f"{self.first} {self.last}"

    def inv(self) -> str:
        return f"{self.last}, {self.firsts}"

    def caps_inv(self) -> str:
        return f"{self.last.upper()}, {self.firsts}"

    def caps_sp(self) -> str:
        return f"{self.last.upper()} {self.firsts}"

    def last_first(self) -> str:
        return f"{self.last} {self.first}"

    def init_last(self) -> str:
        return f"{self.first[0]}. {self.last}"

    def last_init(self) -> str:
        return f"{self.last} {self.first[0]}."

    def first_init(self) -> str:
        return f"{self.first} {self.last[0]}."

    def style(self, rng: random.Random, styles: tuple = ("fl", "fl", "fl", "inv", "init_last")) -> str:
        return getattr(self, rng.choice(styles))()


def ascii_fold(s: str, german: bool = False) -> str:
    if german:
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
            s = s.replace(a, b)
    for a, b in (("ß", "ss"), ("ø", "o"), ("Ø", "O"), ("ł", "l"), ("Ł", "L"), ("æ", "ae"), ("Æ", "Ae"), ("đ", "d"),
                 ("Đ", "D"), ("ı", "i"), ("ð", "d"), ("þ", "th"), ("Þ", "Th"), ("œ", "oe"), ("ə", "a"), ("Ə", "A")):
        s = s.replace(a, b)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def icao(s: str) -> str:
    """Machine-readable transliteration (upper case, ASCII, '<' for blanks and hyphens)."""
    s = ascii_fold(s, german=True).upper()
    return re.sub(r"[\s\-']+", "<", s)


# ---------------------------------------------------------------------------------------------------------------
# Places, phones, bank data
# ---------------------------------------------------------------------------------------------------------------

CITIES = {
    "DE": [("10115", "Berlin"), ("10969", "Berlin"), ("13353", "Berlin"), ("20095", "Hamburg"), ("22765", "Hamburg"),
           ("80331", "München"), ("81675", "München"), ("50667", "Köln"), ("60311", "Frankfurt am Main"),
           ("70173", "Stuttgart"), ("40210", "Düsseldorf"), ("44135", "Dortmund"), ("45127", "Essen"),
           ("04109", "Leipzig"), ("01067", "Dresden"), ("30159", "Hannover"), ("90402", "Nürnberg"),
           ("28195", "Bremen"), ("44787", "Bochum"), ("33602", "Bielefeld"), ("53111", "Bonn"), ("48143", "Münster"),
           ("76133", "Karlsruhe"), ("68159", "Mannheim"), ("86150", "Augsburg"), ("65183", "Wiesbaden"),
           ("38100", "Braunschweig"), ("24103", "Kiel"), ("09111", "Chemnitz"), ("06108", "Halle (Saale)"),
           ("39104", "Magdeburg"), ("79098", "Freiburg im Breisgau"), ("23552", "Lübeck"), ("99084", "Erfurt"),
           ("18055", "Rostock"), ("55116", "Mainz"), ("34117", "Kassel"), ("93047", "Regensburg"),
           ("96047", "Bamberg"), ("97070", "Würzburg"), ("89073", "Ulm"), ("72070", "Tübingen"),
           ("37073", "Göttingen"), ("26122", "Oldenburg"), ("49074", "Osnabrück"), ("66111", "Saarbrücken"),
           ("54290", "Trier"), ("14467", "Potsdam"), ("19053", "Schwerin"), ("07743", "Jena"),
           ("83022", "Rosenheim"), ("87435", "Kempten (Allgäu)"), ("88212", "Ravensburg"), ("25813", "Husum"),
           ("17489", "Greifswald"), ("56068", "Koblenz"), ("64283", "Darmstadt"), ("85049", "Ingolstadt"),
           ("94032", "Passau"), ("36037", "Fulda"), ("21335", "Lüneburg"), ("78462", "Konstanz")],
    "AT": [("1010", "Wien"), ("1020", "Wien"), ("1030", "Wien"), ("1050", "Wien"), ("1060", "Wien"),
           ("1070", "Wien"), ("1090", "Wien"), ("1100", "Wien"), ("1120", "Wien"), ("1160", "Wien"),
           ("1210", "Wien"), ("1220", "Wien"), ("8010", "Graz"), ("8020", "Graz"), ("4020", "Linz"),
           ("5020", "Salzburg"), ("6020", "Innsbruck"), ("9020", "Klagenfurt am Wörthersee"), ("3100", "St. Pölten"),
           ("6900", "Bregenz"), ("7000", "Eisenstadt"), ("4600", "Wels"), ("9500", "Villach"),
           ("2700", "Wiener Neustadt"), ("6850", "Dornbirn"), ("3500", "Krems an der Donau"), ("4400", "Steyr"),
           ("8700", "Leoben"), ("2340", "Mödling"), ("5400", "Hallein"), ("6300", "Wörgl"), ("4810", "Gmunden"),
           ("9900", "Lienz"), ("2500", "Baden")],
    "CH-de": [("8001", "Zürich"), ("8004", "Zürich"), ("8050", "Zürich"), ("3011", "Bern"), ("3007", "Bern"),
              ("4051", "Basel"), ("4057", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"), ("8400", "Winterthur"),
              ("5000", "Aarau"), ("6300", "Zug"), ("7000", "Chur"), ("8200", "Schaffhausen"), ("4500", "Solothurn"),
              ("3600", "Thun"), ("8500", "Frauenfeld"), ("6430", "Schwyz"), ("8750", "Glarus"), ("9100", "Herisau"),
              ("5400", "Baden"), ("4410", "Liestal"), ("8610", "Uster"), ("3900", "Brig"), ("6460", "Altdorf"),
              ("8640", "Rapperswil-Jona"), ("3800", "Interlaken"), ("7500", "St. Moritz")],
    "CH-fr": [("1003", "Lausanne"), ("1004", "Lausanne"), ("1201", "Genève"), ("1205", "Genève"),
              ("1227", "Carouge"), ("2000", "Neuchâtel"), ("1700", "Fribourg"), ("1950", "Sion"), ("1800", "Vevey"),
              ("1820", "Montreux"), ("2300", "La Chaux-de-Fonds"), ("1400", "Yverdon-les-Bains"),
              ("2800", "Delémont"), ("1110", "Morges"), ("1260", "Nyon"), ("1870", "Monthey"), ("1920", "Martigny"),
              ("1630", "Bulle")],
    "CH-it": [("6900", "Lugano"), ("6500", "Bellinzona"), ("6600", "Locarno"), ("6850", "Mendrisio"),
              ("6830", "Chiasso"), ("6710", "Biasca"), ("6612", "Ascona"), ("6616", "Losone"), ("6962", "Viganello"),
              ("6949", "Comano"), ("6982", "Agno"), ("6760", "Faido"), ("7742", "Poschiavo"), ("6532", "Castione")],
    "FR": [("75002", "Paris"), ("75011", "Paris"), ("75015", "Paris"), ("75018", "Paris"), ("69003", "Lyon"),
           ("69007", "Lyon"), ("13001", "Marseille"), ("13008", "Marseille"), ("31000", "Toulouse"), ("06000", "Nice"),
           ("44000", "Nantes"), ("67000", "Strasbourg"), ("34000", "Montpellier"), ("33000", "Bordeaux"),
           ("59000", "Lille"), ("35000", "Rennes"), ("51100", "Reims"), ("42000", "Saint-Étienne"),
           ("83000", "Toulon"), ("38000", "Grenoble"), ("21000", "Dijon"), ("49000", "Angers"), ("30000", "Nîmes"),
           ("63000", "Clermont-Ferrand"), ("37000", "Tours"), ("80000", "Amiens"), ("57000", "Metz"),
           ("25000", "Besançon"), ("87000", "Limoges"), ("29200", "Brest"), ("64000", "Pau"),
           ("17000", "La Rochelle"), ("68100", "Mulhouse"), ("76000", "Rouen"), ("14000", "Caen"), ("54000", "Nancy"),
           ("92100", "Boulogne-Billancourt"), ("93200", "Saint-Denis"), ("94300", "Vincennes"),
           ("78000", "Versailles"), ("74000", "Annecy"), ("66000", "Perpignan"), ("20000", "Ajaccio"),
           ("56100", "Lorient"), ("86000", "Poitiers"), ("72000", "Le Mans")],
    "BE": [("1000", "Bruxelles"), ("1050", "Ixelles"), ("1060", "Saint-Gilles"), ("1030", "Schaerbeek"),
           ("1180", "Uccle"), ("1200", "Woluwe-Saint-Lambert"), ("4000", "Liège"), ("5000", "Namur"),
           ("6000", "Charleroi"), ("7000", "Mons"), ("1300", "Wavre"), ("1348", "Louvain-la-Neuve"),
           ("7500", "Tournai"), ("6700", "Arlon"), ("4800", "Verviers"), ("1400", "Nivelles"), ("5500", "Dinant"),
           ("6900", "Marche-en-Famenne"), ("1420", "Braine-l'Alleud")],
    "LU": [("L-1724", "Luxembourg"), ("L-2449", "Luxembourg"), ("L-1470", "Luxembourg"), ("L-2763", "Luxembourg"),
           ("L-4130", "Esch-sur-Alzette"), ("L-3450", "Dudelange"), ("L-9050", "Ettelbruck"), ("L-9240", "Diekirch"),
           ("L-8010", "Strassen"), ("L-7220", "Walferdange"), ("L-6460", "Echternach"), ("L-4740", "Pétange"),
           ("L-5610", "Mondorf-les-Bains"), ("L-8211", "Mamer"), ("L-4570", "Differdange"), ("L-9515", "Wiltz")],
    "IT": [("20121", "Milano", "MI"), ("20135", "Milano", "MI"), ("00184", "Roma", "RM"), ("00153", "Roma", "RM"),
           ("10121", "Torino", "TO"), ("80134", "Napoli", "NA"), ("16121", "Genova", "GE"), ("40121", "Bologna", "BO"),
           ("50122", "Firenze", "FI"), ("30121", "Venezia", "VE"), ("37121", "Verona", "VR"), ("35122", "Padova", "PD"),
           ("90133", "Palermo", "PA"), ("95131", "Catania", "CT"), ("70122", "Bari", "BA"), ("09124", "Cagliari", "CA"),
           ("34121", "Trieste", "TS"), ("39100", "Bolzano", "BZ"), ("38122", "Trento", "TN"), ("43121", "Parma", "PR"),
           ("41121", "Modena", "MO"), ("06121", "Perugia", "PG"), ("60121", "Ancona", "AN"), ("56125", "Pisa", "PI"),
           ("24121", "Bergamo", "BG"), ("25121", "Brescia", "BS"), ("22100", "Como", "CO"), ("21100", "Varese", "VA"),
           ("28100", "Novara", "NO"), ("65121", "Pescara", "PE"), ("89125", "Reggio Calabria", "RC"),
           ("98122", "Messina", "ME"), ("73100", "Lecce", "LE"), ("84121", "Salerno", "SA"), ("33100", "Udine", "UD"),
           ("07100", "Sassari", "SS"), ("47921", "Rimini", "RN"), ("48121", "Ravenna", "RA"),
           ("36100", "Vicenza", "VI"), ("31100", "Treviso", "TV"), ("44121", "Ferrara", "FE"), ("55100", "Lucca", "LU"),
           ("53100", "Siena", "SI"), ("11100", "Aosta", "AO"), ("39012", "Merano", "BZ"), ("39042", "Bressanone",
                                                                                           "BZ")],
    "GB": [("London", ["E1", "E8", "N1", "N16", "NW1", "NW6", "SE1", "SE15", "SW2", "SW11", "W2", "W12"]),
           ("Manchester", ["M1", "M14", "M20"]), ("Leeds", ["LS1", "LS6"]), ("Birmingham", ["B1", "B15", "B29"]),
           ("Bristol", ["BS1", "BS6"]), ("Sheffield", ["S1", "S10"]), ("Liverpool", ["L1", "L17"]),
           ("Newcastle upon Tyne", ["NE1", "NE6"]), ("Nottingham", ["NG1", "NG7"]), ("Leicester", ["LE1", "LE2"]),
           ("Brighton", ["BN1", "BN2"]), ("Oxford", ["OX1", "OX4"]), ("Cambridge", ["CB1", "CB4"]),
           ("York", ["YO1", "YO31"]), ("Norwich", ["NR1", "NR2"]), ("Exeter", ["EX1", "EX4"]),
           ("Cardiff", ["CF10", "CF24"]), ("Swansea", ["SA1"]), ("Edinburgh", ["EH1", "EH6", "EH9"]),
           ("Glasgow", ["G1", "G12"]), ("Aberdeen", ["AB10"]), ("Dundee", ["DD1"]), ("Belfast", ["BT1", "BT7"]),
           ("Plymouth", ["PL1", "PL4"]), ("Southampton", ["SO14", "SO15"]), ("Reading", ["RG1"]),
           ("Bath", ["BA1", "BA2"]), ("Canterbury", ["CT1"]), ("Durham", ["DH1"]), ("Lancaster", ["LA1"]),
           ("Inverness", ["IV2"])],
    "IE": [("Dublin 2", "D02"), ("Dublin 6", "D06"), ("Dublin 8", "D08"), ("Dublin 15", "D15"), ("Cork", "T12"),
           ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91"), ("Kilkenny", "R95"), ("Sligo", "F91"),
           ("Athlone", "N37"), ("Drogheda", "A92"), ("Dundalk", "A91"), ("Tralee", "V92"), ("Ennis", "V95"),
           ("Letterkenny", "F92"), ("Wexford", "Y35"), ("Carlow", "R93"), ("Navan", "C15"), ("Castlebar", "F23"),
           ("Bray", "A98"), ("Naas", "W91")],
    "US": [("Springfield", "IL", "627"), ("Chicago", "IL", "606"), ("Austin", "TX", "787"), ("Houston", "TX", "770"),
           ("Seattle", "WA", "981"), ("Portland", "OR", "972"), ("Denver", "CO", "802"), ("Boston", "MA", "021"),
           ("Brooklyn", "NY", "112"), ("New York", "NY", "100"), ("Philadelphia", "PA", "191"),
           ("Atlanta", "GA", "303"), ("Miami", "FL", "331"), ("Orlando", "FL", "328"), ("Phoenix", "AZ", "850"),
           ("San Diego", "CA", "921"), ("Oakland", "CA", "946"), ("Sacramento", "CA", "958"),
           ("Minneapolis", "MN", "554"), ("Madison", "WI", "537"), ("Columbus", "OH", "432"),
           ("Ann Arbor", "MI", "481"), ("Nashville", "TN", "372"), ("Raleigh", "NC", "276"), ("Richmond", "VA", "232"),
           ("Baltimore", "MD", "212"), ("Salt Lake City", "UT", "841"), ("Albuquerque", "NM", "871"),
           ("Kansas City", "MO", "641"), ("Omaha", "NE", "681"), ("Burlington", "VT", "054"), ("Boise", "ID", "837"),
           ("Anchorage", "AK", "995"), ("Honolulu", "HI", "968")],
    "CA": [("Toronto", "ON", ["M5V", "M4C", "M6J"]), ("Ottawa", "ON", ["K1P", "K2A"]), ("Montréal", "QC", ["H2X",
                                                                                                           "H3Z"]),
           ("Québec", "QC", ["G1R"]), ("Vancouver", "BC", ["V6B", "V5K"]), ("Victoria", "BC", ["V8W"]),
           ("Calgary", "AB", ["T2P", "T3A"]), ("Edmonton", "AB", ["T5J"]), ("Winnipeg", "MB", ["R3C"]),
           ("Regina", "SK", ["S4P"]), ("Saskatoon", "SK", ["S7K"]), ("Halifax", "NS", ["B3H"]),
           ("Fredericton", "NB", ["E3B"]), ("St. John's", "NL", ["A1C"]), ("Charlottetown", "PE", ["C1A"]),
           ("Hamilton", "ON", ["L8P"]), ("London", "ON", ["N6A"]), ("Kitchener", "ON", ["N2G"]),
           ("Whitehorse", "YT", ["Y1A"])],
    "AU": [("Fitzroy", "VIC", "3065"), ("Brunswick", "VIC", "3056"), ("Richmond", "VIC", "3121"),
           ("Geelong", "VIC", "3220"), ("Newtown", "NSW", "2042"), ("Bondi", "NSW", "2026"),
           ("Parramatta", "NSW", "2150"), ("Manly", "NSW", "2095"), ("Wollongong", "NSW", "2500"),
           ("Newcastle", "NSW", "2300"), ("Fortitude Valley", "QLD", "4006"), ("Toowong", "QLD", "4066"),
           ("Southport", "QLD", "4215"), ("Cairns", "QLD", "4870"), ("Fremantle", "WA", "6160"),
           ("Subiaco", "WA", "6008"), ("Glenelg", "SA", "5045"), ("Norwood", "SA", "5067"), ("Hobart", "TAS", "7000"),
           ("Launceston", "TAS", "7250"), ("Braddon", "ACT", "2612"), ("Belconnen", "ACT", "2617"),
           ("Darwin", "NT", "0800"), ("Alice Springs", "NT", "0870")],
    "NZ": [("Ponsonby", "Auckland", "1011"), ("Mount Eden", "Auckland", "1024"), ("Papatoetoe", "Auckland", "2025"),
           ("Takapuna", "Auckland", "0622"), ("Te Aro", "Wellington", "6011"), ("Karori", "Wellington", "6012"),
           ("Petone", "Lower Hutt", "5012"), ("Riccarton", "Christchurch", "8011"), ("Sumner", "Christchurch", "8081"),
           ("North East Valley", "Dunedin", "9010"), ("Hamilton East", "Hamilton", "3216"),
           ("Mount Maunganui", "Tauranga", "3116"), ("Stoke", "Nelson", "7011"), ("", "Palmerston North", "4410"),
           ("", "Rotorua", "3010"), ("", "Whanganui", "4500"), ("", "Queenstown", "9300"), ("", "Invercargill", "9810"),
           ("", "Gisborne", "4010")],
}
IE_COUNTY = {"Dublin 2": "", "Dublin 6": "", "Dublin 8": "", "Dublin 15": "", "Cork": "Co. Cork",
             "Galway": "Co. Galway", "Limerick": "Co. Limerick", "Waterford": "Co. Waterford",
             "Kilkenny": "Co. Kilkenny", "Sligo": "Co. Sligo", "Athlone": "Co. Westmeath", "Drogheda": "Co. Louth",
             "Dundalk": "Co. Louth", "Tralee": "Co. Kerry", "Ennis": "Co. Clare", "Letterkenny": "Co. Donegal",
             "Wexford": "Co. Wexford", "Carlow": "Co. Carlow", "Navan": "Co. Meath", "Castlebar": "Co. Mayo",
             "Bray": "Co. Wicklow", "Naas": "Co. Kildare"}

EN_STREET_BASES = ["Station", "Church", "Victoria", "Park", "High", "Mill", "Queen", "King", "Albert", "Manor", "Oak",
                   "Elm", "Maple", "Cedar", "Willow", "Harbour", "Bridge", "Orchard", "George", "Grosvenor", "Beech",
                   "Hawthorn", "Chestnut", "Meadow", "Springfield", "Riverside", "Windsor", "Highfield", "Rosebery",
                   "Cromwell", "Lansdowne", "Belmont", "Fairview", "Ashgrove", "Kingsley", "Mulberry", "Heather"]
EN_SUFFIX = {
    "GB": ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Drive", "Way", "Terrace", "Gardens", "Grove"],
    "IE": ["Road", "Street", "Avenue", "Park", "Crescent", "Drive", "Terrace", "Lawn", "Grove", "Court"],
    "US": ["St", "Ave", "Blvd", "Dr", "Rd", "Ln", "Ct", "Pl", "Street", "Avenue", "Way"],
    "CA": ["St", "Ave", "Rd", "Dr", "Cres", "Blvd", "Street", "Avenue", "Way"],
    "AU": ["St", "Rd", "Ave", "Pde", "Cres", "Street", "Road", "Parade", "Court", "Place"],
    "NZ": ["Street", "Road", "Avenue", "Terrace", "Place", "Crescent", "Drive", "Rise"],
}
US_EXTRA = ["Washington", "Lincoln", "Jefferson", "Pine", "Lake", "Sunset", "Prospect", "Highland", "Madison", "Spruce",
            "Walnut", "Magnolia", "Dogwood", "Adams", "Franklin"]
NZ_EXTRA = ["Karaka", "Tui", "Kowhai", "Rata", "Totara", "Rimu", "Pohutukawa", "Kauri", "Matai", "Nikau"]
AU_EXTRA = ["Wattle", "Banksia", "Bottlebrush", "Acacia", "Jacaranda", "Coolabah", "Warrigal", "Boronia"]
IT_STREETS = ["Via Roma", "Via Giuseppe Garibaldi", "Via Giuseppe Mazzini", "Corso Vittorio Emanuele II",
              "Via XX Settembre", "Via Dante Alighieri", "Viale della Repubblica", "Via dei Mille", "Via Cavour",
              "Piazza della Libertà", "Via Nazionale", "Via San Francesco", "Via delle Rose", "Via dei Tigli",
              "Via Milano", "Via Trieste", "Via IV Novembre", "Viale Europa", "Via Aldo Moro", "Via Matteotti",
              "Via Verdi", "Via Manzoni", "Via Leopardi", "Corso Italia", "Via del Lavoro", "Via Fratelli Bandiera"]
CH_IT_STREETS = ["Via Cantonale", "Via Nassa", "Via San Gottardo", "Via Serafino Balestra", "Via Lugano",
                 "Via Vela", "Via ai Monti", "Via Stefano Franscini", "Via al Lido", "Via Ciseri", "Via delle Scuole"]
CH_FR_STREETS = ["Rue du Lac", "Chemin des Vignes", "Avenue de la Gare", "Rue de Lausanne", "Route de Berne",
                 "Chemin du Levant", "Rue du Marché", "Avenue de Rumine", "Rue des Alpes", "Chemin de la Forêt",
                 "Rue de Carouge", "Avenue du Léman"]
BE_STREETS = ["Rue de la Station", "Avenue Louise", "Chaussée de Waterloo", "Rue des Alliés", "Rue de Namur",
              "Avenue des Combattants", "Rue Haute", "Boulevard d'Avroy", "Rue du Pont", "Rue de l'Église",
              "Avenue de Tervueren", "Rue Royale", "Place du Marché", "Rue des Tilleuls"]
LU_STREETS = ["rue de la Gare", "route d'Arlon", "boulevard Royal", "avenue de la Liberté", "rue de Hollerich",
              "rue des Romains", "rue Principale", "Grand-Rue", "rue de l'Alzette", "rue du Brill", "rue de Trèves",
              "montée de la Pétrusse", "rue des Champs"]


@dataclass
class Addr:
    street: str  # street line (with unit, suburb where customary)
    postcode: str
    town: str
    town_line: str  # postcode + town (+ state) as written in the country
    country: str  # region code

    def one(self, sep: str = ", ") -> str:
        return f"{self.street}{sep}{self.town_line}"


FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
             "ottobre", "novembre", "dicembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]

# --- numbers in words (dictation, dates written out) -----------------------------------------------------------

DE_U = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
        "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"]
DE_T = {2: "zwanzig", 3: "dreißig", 4: "vierzig", 5: "fünfzig", 6: "sechzig", 7: "siebzig", 8: "achtzig",
        9: "neunzig"}


def de_num(n: int) -> str:
    if n < 20:
        return DE_U[n]
    t, u = divmod(n, 10)
    return DE_T[t] if u == 0 else ("ein" if u == 1 else DE_U[u]) + "und" + DE_T[t]


def de_year(y: int) -> str:
    c, r = divmod(y, 100)
    if c == 19:
        return "neunzehnhundert" + (de_num(r) if r else "")
    return "zweitausend" + (de_num(r) if r else "")


def de_ord(d: int) -> str:
    special = {1: "ersten", 3: "dritten", 7: "siebten", 8: "achten"}
    if d in special:
        return special[d]
    return de_num(d) + ("ten" if d < 20 else "sten")


FR_U = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize"]
FR_T = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_num(n: int, region: str = "FR") -> str:
    if n < 17:
        return FR_U[n]
    if n < 20:
        return "dix-" + FR_U[n - 10]
    t, u = divmod(n, 10)
    tens = dict(FR_T)
    if region in ("BE", "CH", "LU"):
        tens[7] = "septante"
        tens[9] = "nonante"
    if region == "CH":
        tens[8] = "huitante"
    if t in tens:
        if u == 0:
            return tens[t]
        if u == 1 and t != 8:
            return tens[t] + " et un"
        return tens[t] + "-" + FR_U[u]
    if t == 7:
        return "soixante" + (" et onze" if u == 1 else "-" + fr_num(10 + u))
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + FR_U[u]
    return "quatre-vingt-" + fr_num(10 + u)


def fr_year(y: int, region: str = "FR") -> str:
    c, r = divmod(y, 100)
    head = "mil neuf cent" if c == 19 else "deux mille"
    return head + (" " + fr_num(r, region) if r else "")


IT_U = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici",
        "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"]
IT_T = {2: "venti", 3: "trenta", 4: "quaranta", 5: "cinquanta", 6: "sessanta", 7: "settanta", 8: "ottanta",
        9: "novanta"}


def it_num(n: int) -> str:
    if n < 20:
        return IT_U[n]
    t, u = divmod(n, 10)
    if u == 0:
        return IT_T[t]
    w = IT_T[t][:-1] if u in (1, 8) else IT_T[t]
    return w + ("tré" if u == 3 else IT_U[u])


def it_year(y: int) -> str:
    c, r = divmod(y, 100)
    if c == 19:
        if not r:
            return "millenovecento"
        rest = it_num(r)
        return ("millenovecent" if rest.startswith("o") else "millenovecento") + rest
    return "duemila" + (it_num(r) if r else "")


EN_U = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
EN_T = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
EN_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
          "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
          "nineteenth", "twentieth"]


def en_num(n: int) -> str:
    if n < 20:
        return EN_U[n]
    t, u = divmod(n, 10)
    return EN_T[t] if u == 0 else EN_T[t] + "-" + EN_U[u]


def en_year(y: int) -> str:
    c, r = divmod(y, 100)
    if c == 19:
        return "nineteen " + ("hundred" if r == 0 else ("oh " + EN_U[r] if r < 10 else en_num(r)))
    if r < 10:
        return "two thousand" + (" and " + EN_U[r] if r else "")
    return "twenty " + en_num(r)


def en_ord(d: int) -> str:
    if d <= 20:
        return EN_ORD[d]
    if d < 30:
        return "twenty-" + EN_ORD[d - 20]
    return "thirtieth" if d == 30 else "thirty-first"


def date_words(d: date, lang: str, region: str) -> str:
    if lang == "de":
        return f"{de_ord(d.day)} {DE_MONTHS[d.month - 1].lower()} {de_year(d.year)}"
    if lang == "fr":
        day = "premier" if d.day == 1 else fr_num(d.day, region)
        return f"{day} {FR_MONTHS[d.month - 1]} {fr_year(d.year, region)}"
    if lang == "it":
        day = "primo" if d.day == 1 else it_num(d.day)
        return f"{day} {IT_MONTHS[d.month - 1]} {it_year(d.year)}"
    if region in ("US", "CA"):
        return f"{EN_MONTHS[d.month - 1].lower()} {en_ord(d.day)} {en_year(d.year)}"
    return f"{en_ord(d.day)} of {EN_MONTHS[d.month - 1].lower()} {en_year(d.year)}"


def digits_words(s: str, lang: str, region: str, rng: random.Random) -> str:
    """A phone number read out: digit by digit (de, it, en) or in pairs (fr)."""
    plus = {"de": "plus", "fr": "plus", "it": "più", "en": "plus"}[lang]
    words: list[str] = []
    if s.startswith("+"):
        words.append(plus)
    groups = re.findall(r"\d+", s)
    for gi, g in enumerate(groups):
        if lang == "fr" and not (gi == 0 and s.startswith("+")):
            k = 0
            while k < len(g):
                pair = g[k:k + 2]
                if len(pair) == 2 and pair[0] != "0":
                    words.append(fr_num(int(pair), region))
                else:
                    words.extend(FR_U[int(ch)] for ch in pair)
                k += 2
            continue
        k = 0
        while k < len(g):
            ch = g[k]
            if lang == "en" and region in ("GB", "IE", "AU", "NZ") and k + 1 < len(g) and g[k + 1] == ch \
                    and rng.random() < 0.5:
                words.append("double " + ("oh" if ch == "0" else EN_U[int(ch)]))
                k += 2
                continue
            if lang == "de":
                words.append("zwo" if ch == "2" and rng.random() < 0.3 else DE_U[int(ch)])
            elif lang == "it":
                words.append(IT_U[int(ch)])
            elif lang == "fr":
                words.append(FR_U[int(ch)])
            else:
                words.append("oh" if ch == "0" and region != "US" and rng.random() < 0.6 else EN_U[int(ch)])
            k += 1
    return " ".join(words)


def iban_check(cc: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in (bban + cc + "00").upper())
    return f"{98 - int(num) % 97:02d}"


IBAN_SPECS = {"DE": "n18", "AT": "n16", "CH": "n5c12", "LI": "n5c12", "FR": "n10c11n2", "BE": "n12", "LU": "n3c13",
              "IT": "a1n10c12", "GB": "B4n14", "IE": "B4n14", "NL": "B4n10", "ES": "n20", "PT": "n21", "PL": "n24",
              "HR": "n17", "TR": "n5z1c16", "SE": "n20", "RO": "B4c16", "MC": "n10c11n2", "SM": "a1n10c12"}
BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG"], "IE": ["AIBK", "BOFI", "IPBS", "ULSB"],
              "NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO"], "RO": ["RNCB", "BTRL", "BRDE"]}


def make_iban(rng: random.Random, cc: str) -> str:
    spec = IBAN_SPECS[cc]
    out = []
    for kind, count in re.findall(r"([a-zBnc])(\d+)", spec):
        n = int(count)
        if kind == "n":
            out.append("".join(rng.choice(string.digits) for _ in range(n)))
        elif kind == "a":
            out.append("".join(rng.choice(string.ascii_uppercase) for _ in range(n)))
        elif kind == "z":
            out.append("0" * n)
        elif kind == "B":
            out.append(rng.choice(BANK_CODES[cc]))
        else:
            out.append("".join(rng.choice(string.digits * 3 + string.ascii_uppercase) if rng.random() < 0.15
                               else rng.choice(string.digits) for _ in range(n)))
    bban = "".join(out)
    return cc + iban_check(cc, bban) + bban


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return body + str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    ds = [int(ch) for ch in s if ch.isdigit()]
    total = 0
    for i, v in enumerate(reversed(ds)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "mailbox.org", "outlook.de", "yahoo.de",
           "freenet.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "outlook.com"],
    "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "gmail.com", "protonmail.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com", "hotmail.fr", "yahoo.fr"],
    "BE": ["skynet.be", "telenet.be", "proximus.be", "gmail.com", "hotmail.be"],
    "LU": ["pt.lu", "internet.lu", "gmail.com", "outlook.com"],
    "IT": ["libero.it", "alice.it", "virgilio.it", "tiscali.it", "gmail.com", "hotmail.it", "yahoo.it", "tim.it"],
    "GB": ["btinternet.com", "gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"],
    "IE": ["eircom.net", "gmail.com", "outlook.ie", "hotmail.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"],
    "CA": ["gmail.com", "shaw.ca", "rogers.com", "sympatico.ca", "videotron.ca"],
    "AU": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com.au", "iinet.net.au"],
    "NZ": ["xtra.co.nz", "gmail.com", "outlook.co.nz", "slingshot.co.nz"],
}
TLD = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "LU": "lu", "IT": "it", "GB": "co.uk", "IE": "ie",
       "US": "com", "CA": "ca", "AU": "com.au", "NZ": "co.nz"}

COMPANY_PARTS = {
    "de": (["Nordlicht", "Bergquell", "Fernweh", "Datenwerk", "Lindenhof", "Sonnental", "Rheinblick", "Alpenrose",
            "Weitblick", "Eichenhain", "Seeblick", "Kornblume", "Stadtgrün", "Funkenflug"],
           ["Medien", "Getränke", "Reisen", "Systeme", "Logistik", "Immobilien", "Haustechnik", "Versicherungsmakler",
            "Software", "Bau", "Druck", "Personalservice"],
           ["GmbH", "AG", "GmbH & Co. KG", "KG", "e.K.", "GmbH"]),
    "fr": (["Horizon", "Lumière", "Vallée", "Atlantique", "Sud", "Mistral", "Cèdre", "Azur", "Bocage", "Grand Est",
            "Ardenne", "Léman"],
           ["Conseil", "Transports", "Immobilier", "Informatique", "Assurances", "Bâtiment", "Médias", "Services",
            "Logistique", "Énergie"],
           ["SARL", "SAS", "SA", "SPRL", "Sàrl", "SAS"]),
    "it": (["Adriatica", "Aurora", "Orizzonte", "Nordest", "Tirreno", "Dolomiti", "Sole", "Vesuvio", "Lario",
            "Appennino", "Etna", "Ticino"],
           ["Logistica", "Servizi", "Costruzioni", "Informatica", "Assicurazioni", "Trasporti", "Impianti",
            "Consulenze", "Editoriale", "Energia"],
           ["S.r.l.", "S.p.A.", "S.n.c.", "S.r.l.s.", "SA", "Sagl"]),
    "en": (["Brightwater", "Northfield", "Harbourside", "Kestrel", "Oakridge", "Bluegum", "Silverfern", "Redwood",
            "Lakeshore", "Greystone", "Highland", "Westbrook"],
           ["Consulting", "Analytics", "Logistics", "Dental", "Property", "Software", "Engineering", "Media",
            "Insurance Brokers", "Freight"],
           ["Ltd", "LLC", "Inc.", "Pty Ltd", "Limited", "Ltd"]),
}


# ---------------------------------------------------------------------------------------------------------------
# Per-document context
# ---------------------------------------------------------------------------------------------------------------

HOUSE_LETTERS = "ab"
GB_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIR_CHARS = "ACDEFHKNPRTVWXY0123456789"
US_AREAS = ["217", "312", "773", "512", "713", "206", "503", "303", "617", "718", "212", "646", "215", "404", "305",
            "407", "602", "619", "510", "916", "612", "608", "614", "734", "615", "919", "804", "410", "801", "505",
            "816", "402", "802", "208", "907", "808"]
CA_AREAS = ["416", "647", "613", "514", "438", "418", "604", "778", "250", "403", "587", "780", "204", "306", "902",
            "506", "709", "519", "226", "867", "905"]
GB_AREAS = [("20", 8), ("113", 7), ("161", 7), ("121", 7), ("117", 7), ("131", 7), ("141", 7), ("29", 8), ("28", 8),
            ("1865", 6), ("1223", 6), ("1904", 6), ("1273", 6), ("1603", 6), ("1392", 6), ("1524", 6)]
FOREIGN_MOBILE = [("+90", "5{2} {3} {2} {2}"), ("+48", "5{2} {3} {3}"), ("+385", "9{1} {3} {4}"),
                  ("+351", "91{1} {3} {3}"), ("+34", "6{2} {2} {2} {2}"), ("+31", "6 {8}"), ("+46", "70 {3} {2} {2}"),
                  ("+380", "6{1} {3} {2} {2}"), ("+40", "7{2} {3} {3}"), ("+381", "6{1} {3} {4}"),
                  ("+30", "69{1} {3} {4}"), ("+98", "912 {3} {4}"), ("+212", "6{2} {2} {2} {2}")]


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _fill(rng: random.Random, pattern: str) -> str:
    return re.sub(r"\{(\d+)\}", lambda m: _d(rng, int(m.group(1))), pattern)


class Ctx:
    def __init__(self, lang: str, template: str, i: int, region: str) -> None:
        self.seed = f"{SET}|{lang}|{template}|{i}"
        self.i = i
        self.template = template
        self.rng = random.Random(self.seed)
        self.lang = lang
        self.region = region
        self.locale = f"{lang}_{region}"
        self._seeded: set[str] = set()
        self.today = TODAY - timedelta(days=self.rng.randint(0, 300))

    # -- randomness -------------------------------------------------------------------------------------------
    def fk(self, loc: str) -> Faker:
        f = faker_for(loc)
        if loc not in self._seeded:
            f.seed_instance(int.from_bytes(hashlib.sha256(f"{self.seed}|{loc}".encode()).digest()[:8], "big"))
            self._seeded.add(loc)
        return f

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob

    def pick(self, seq):  # noqa: ANN001, ANN201
        return self.rng.choice(seq)

    def t(self, **kw):  # noqa: ANN003, ANN201
        v = kw[self.lang]
        return self.rng.choice(v) if isinstance(v, list) else v

    def tl(self, **kw):  # noqa: ANN003, ANN201
        """The language's value as is (a list stays a list)."""
        return kw[self.lang]

    def cycle(self, opts: list, salt: str = ""):  # noqa: ANN201
        """Spread the options evenly over the documents of a template (a fixed shuffle of the document numbers)."""
        perm = list(range(DOCS_PER_TEMPLATE))
        random.Random(f"{SET}|{self.lang}|{self.template}|cycle|{salt}").shuffle(perm)
        return opts[perm[self.i] % len(opts)]

    def doc(self) -> Doc:
        if self.lang == "de" and self.region == "CH":
            return Doc(transform=lambda s: s.replace("ß", "ss"))
        return Doc()

    # -- people -----------------------------------------------------------------------------------------------
    def _raw_name(self, loc: str, g: str) -> tuple[str, str]:
        if loc.startswith("+"):
            m, f, lasts = OWN_NAMES[loc[1:]]
            return self.pick(m if g == "m" else f), self.pick(lasts)
        fk = self.fk(loc)
        return (fk.first_name_male() if g == "m" else fk.first_name_female()), fk.last_name()

    def person(self, local: bool | None = None, g: str | None = None) -> Person:
        g = g or self.pick("mf")
        if local is None:
            local = self.p(0.5)
        pool = LOCAL_LOCALES[(self.lang, self.region)] if local else FOREIGN_LOCALES
        loc = pool[0]
        first, last = "Anna", "Meier"
        for _ in range(30):
            loc = self.pick(pool)
            first, last = self._raw_name(loc, g)
            if first and last and is_latin(first + last) and first != last:
                break
        if local and self.p(0.08):
            last = self.pick(WORD_NAMES[self.lang][1])
        if local and self.p(0.04):
            first = self.pick(WORD_NAMES[self.lang][0])
        middle = ""
        if self.p(0.12):
            m2, _ = self._raw_name(loc, g)
            if m2 != first and is_latin(m2) and " " not in first:
                middle = m2
        if local and self.lang in ("de", "fr") and self.p(0.06):
            _, l2 = self._raw_name(loc, g)
            if l2 != last and " " not in last + l2 and is_latin(l2):
                last = f"{last}-{l2}"
        return Person(first, last, g, middle, origin=loc)

    def child_of(self, parent: Person, g: str | None = None, avoid: tuple = ()) -> Person:
        g = g or self.pick("mf")
        first = parent.first
        for _ in range(30):
            first, _ = self._raw_name(parent.origin, g)
            if is_latin(first) and first != parent.first and first not in avoid:
                break
        return Person(first, parent.last, g, origin=parent.origin)

    def kids_of(self, parent: Person, n: int) -> list[Person]:
        out: list[Person] = []
        for _ in range(n):
            out.append(self.child_of(parent, avoid=tuple(k.first for k in out)))
        return out

    def spouse_of(self, p: Person) -> Person:
        g = "f" if p.g == "m" else "m"
        if self.p(0.1):
            g = p.g
        s = self.person(local=self.p(0.6), g=g)
        if self.p(0.6):
            if s.g == "f":
                s.maiden = s.last
            s.last = p.last
        return s

    def nick(self, p: Person) -> str:
        if len(p.first) > 5 and " " not in p.first and "-" not in p.first and self.p(0.3):
            return p.first[:4] if self.lang != "de" else p.first[:3] + "i"
        return self.pick(NICKS[self.lang][0 if p.g == "m" else 1])

    def sal(self, p: Person, long: bool = False) -> str:
        m = p.g == "m"
        if self.lang == "de":
            return "Herr" if m else "Frau"
        if self.lang == "fr":
            return ("Monsieur" if m else "Madame") if long else ("M." if m else "Mme")
        if self.lang == "it":
            return ("Signor" if m else "Signora") if long else ("Sig." if m else "Sig.ra")
        dot = "." if self.region in ("US", "CA") else ""
        return ("Mr" if m else self.pick(["Ms", "Mrs"])) + dot

    def dr(self, p: Person) -> str:
        if self.lang == "de":
            return self.pick(["Dr. med.", "Dr.", "Dr. med."])
        if self.lang == "fr":
            return self.pick(["Dr", "Docteur", "Dr"])
        if self.lang == "it":
            return self.pick(["Dott." if p.g == "m" else "Dott.ssa", "Dr."])
        return self.pick(["Dr", "Dr."])

    # -- dates ------------------------------------------------------------------------------------------------
    def birth(self, kind: str = "adult") -> date:
        lo, hi = {"adult": (1950, 2003), "young": (1988, 2006), "child": (2009, 2022), "baby": (2024, 2026),
                  "senior": (1932, 1958), "parent": (1972, 1992)}[kind]
        d = date(self.rng.randint(lo, hi), 1, 1) + timedelta(days=self.rng.randint(0, 364))
        return min(d, self.today - timedelta(days=20))

    def recent(self, back: int = 400, fwd: int = 0) -> date:
        return self.today + timedelta(days=self.rng.randint(-back, fwd))

    def fdate(self, d: date, style: str | None = None) -> str:
        lang, r = self.lang, self.region
        rng = self.rng
        if lang == "de":
            style = style or rng.choice(["num", "num", "num", "nopad", "long", "short2", "iso"])
            months = list(DE_MONTHS)
            if r == "AT" and self.p(0.7):
                months[0] = "Jänner"
            if style == "nopad":
                return f"{d.day}.{d.month}.{d.year}"
            if style == "long":
                return f"{d.day}. {months[d.month - 1]} {d.year}"
            if style == "short2":
                return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
            if style == "iso":
                return d.isoformat()
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if lang in ("fr", "it"):
            style = style or rng.choice(["num", "num", "num", "long", "long", "dash", "iso"])
            months = FR_MONTHS if lang == "fr" else IT_MONTHS
            if style == "long":
                day = str(d.day) if d.day != 1 else ("1er" if lang == "fr" else "1°")
                return f"{day} {months[d.month - 1]} {d.year}"
            if style == "dash":
                return f"{d.day:02d}-{d.month:02d}-{d.year}"
            if style == "iso":
                return d.isoformat()
            sep = "." if r in ("CH", "LU") and self.p(0.5) else "/"
            return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
        m = EN_MONTHS[d.month - 1]
        if r == "US":
            style = style or rng.choice(["us", "us", "long", "abbr", "usnopad", "iso"])
            if style == "long":
                return f"{m} {d.day}, {d.year}"
            if style == "abbr":
                return f"{m[:3]} {d.day}, {d.year}"
            if style == "usnopad":
                return f"{d.month}/{d.day}/{d.year}"
            if style == "iso":
                return d.isoformat()
            return f"{d.month:02d}/{d.day:02d}/{d.year}"
        if r == "CA":
            style = style or rng.choice(["iso", "iso", "long", "num"])
            if style == "long":
                return f"{m} {d.day}, {d.year}"
            if style == "num":
                return f"{d.day:02d}/{d.month:02d}/{d.year}"
            return d.isoformat()
        style = style or rng.choice(["num", "num", "long", "ord", "abbr", "iso"])
        if style == "long":
            return f"{d.day} {m} {d.year}"
        if style == "ord":
            suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
            return f"{d.day}{suf} {m} {d.year}"
        if style == "abbr":
            return f"{d.day} {m[:3]} {d.year}"
        if style == "iso":
            return d.isoformat()
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    # -- places -----------------------------------------------------------------------------------------------
    def _num(self) -> str:
        n = str(self.rng.randint(1, 160) if self.p(0.8) else self.rng.randint(1, 30))
        if self.p(0.1):
            n += self.pick(HOUSE_LETTERS)
        return n

    def addr(self, region: str | None = None) -> Addr:
        r = region or self.region
        rng = self.rng
        if r == "CH":
            r = {"fr": "CH-fr", "it": "CH-it"}.get(self.lang, "CH-de") if region is None else "CH-de"
        if r == "DE":
            street = self.fk("de_DE").street_name()
            if self.p(0.2):
                street = street.replace("straße", "str.").replace("Straße", "Str.")
            num = self._num() if not self.p(0.03) else f"{rng.randint(2, 40)}-{rng.randint(41, 60)}"
            pc, town = self.pick(CITIES["DE"])
            return Addr(f"{street} {num}", pc, town, f"{pc} {town}", "DE")
        if r == "AT":
            street = self.fk("de_AT").street_name()
            num = self._num()
            roll = rng.random()
            if roll < 0.3:
                num += f"/{rng.randint(1, 5)}/{rng.randint(1, 30)}"
            elif roll < 0.45:
                num += f"/{rng.randint(1, 25)}"
            elif roll < 0.55:
                num += f"/Top {rng.randint(1, 20)}"
            pc, town = self.pick(CITIES["AT"])
            tl = f"{pc} {town}" if not self.p(0.1) else f"A-{pc} {town}"
            return Addr(f"{street} {num}", pc, town, tl, "AT")
        if r == "CH-de":
            street = self.fk("de_CH").street_name()
            pc, town = self.pick(CITIES["CH-de"])
            tl = f"{pc} {town}" if not self.p(0.1) else f"CH-{pc} {town}"
            return Addr(f"{street} {self._num()}", pc, town, tl, "CH")
        if r in ("CH-fr", "CH-it"):
            if r == "CH-fr":
                street = self.pick(CH_FR_STREETS) if self.p(0.6) else self.fk("fr_CH").street_name()
                street = street[0].upper() + street[1:]
            else:
                street = self.pick(CH_IT_STREETS)
            pc, town = self.pick(CITIES[r])
            tl = f"{pc} {town}" if not self.p(0.1) else f"CH-{pc} {town}"
            return Addr(f"{street} {self._num()}", pc, town, tl, "CH")
        if r == "FR":
            street = self.fk("fr_FR").street_name()
            num = str(rng.randint(1, 120))
            if self.p(0.1):
                num += self.pick([" bis", " ter", "bis"])
            line = f"{num}, {street}" if self.p(0.3) else f"{num} {street}"
            if self.p(0.1):
                line = self.pick([f"Bât. {self.pick('ABCD')}, ", f"Appt {rng.randint(1, 60)}, ",
                                  f"Résidence Les {self.pick(['Tilleuls', 'Acacias', 'Pins'])}, "]) + line
            pc, town = self.pick(CITIES["FR"])
            tl = f"{pc} {town.upper()}" if self.p(0.4) else f"{pc} {town}"
            return Addr(line, pc, town, tl, "FR")
        if r == "BE":
            if self.p(0.6):
                street = self.pick(BE_STREETS)
            else:
                street = self.fk("fr_FR").street_name()
                street = street[0].upper() + street[1:]
            line = f"{street} {self._num()}"
            if self.p(0.25):
                line += self.pick([f" bte {rng.randint(1, 30)}", f"/{rng.randint(1, 12)}",
                                   f" boîte {rng.randint(1, 9)}"])
            pc, town = self.pick(CITIES["BE"])
            return Addr(line, pc, town, f"{pc} {town}", "BE")
        if r == "LU":
            num = str(rng.randint(1, 150)) + (self.pick("AB") if self.p(0.1) else "")
            pc, town = self.pick(CITIES["LU"])
            return Addr(f"{num}, {self.pick(LU_STREETS)}", pc, town, f"{pc} {town}", "LU")
        if r == "IT":
            street = self.pick(IT_STREETS) if self.p(0.6) else self.fk("it_IT").street_name()
            num = str(rng.randint(1, 180)) + (self.pick(["/A", "/B", "/bis", " bis"]) if self.p(0.1) else "")
            line = self.pick([f"{street} {num}", f"{street}, {num}", f"{street} n. {num}", f"{street}, n. {num}"])
            if self.p(0.15):
                line += self.pick([f" int. {rng.randint(1, 20)}", f", scala {self.pick('ABC')}",
                                   f" - int. {rng.randint(1, 12)}"])
            pc, town, prov = self.pick(CITIES["IT"])
            tl = f"{pc} {town} ({prov})" if self.p(0.6) else f"{pc} {town} {prov}"
            return Addr(line, pc, town, tl, "IT")
        if r == "GB":
            line = f"{rng.randint(1, 240)} {self.pick(EN_STREET_BASES)} {self.pick(EN_SUFFIX['GB'])}"
            if self.p(0.15):
                line = f"Flat {rng.randint(1, 24)}, {line}"
            town, areas = self.pick(CITIES["GB"])
            pc = f"{self.pick(areas)} {rng.randint(1, 9)}{self.pick(GB_LETTERS)}{self.pick(GB_LETTERS)}"
            tl = f"{town} {pc}" if self.p(0.7) else f"{town.upper()} {pc}"
            return Addr(line, pc, town, tl, "GB")
        if r == "IE":
            line = f"{rng.randint(1, 180)} {self.pick(EN_STREET_BASES)} {self.pick(EN_SUFFIX['IE'])}"
            if self.p(0.12):
                line = f"Apartment {rng.randint(1, 40)}, {line}"
            town, key = self.pick(CITIES["IE"])
            eir = key + " " + self.pick(EIR_CHARS[:15]) + "".join(self.pick(EIR_CHARS) for _ in range(3))
            county = IE_COUNTY[town]
            tl = f"{town}, {county}, {eir}" if county else f"{town}, {eir}"
            return Addr(line, eir, town, tl, "IE")
        if r == "US":
            base = self.pick(EN_STREET_BASES + US_EXTRA)
            line = f"{rng.randint(10, 9800)} {self.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}{base} " \
                   f"{self.pick(EN_SUFFIX['US'])}"
            if self.p(0.25):
                line += self.pick([f" Apt {rng.randint(1, 30)}{self.pick('ABCD')}", f" Unit {rng.randint(1, 300)}",
                                   f" #{rng.randint(100, 999)}", f", Apt. {rng.randint(1, 20)}"])
            city, st, z3 = self.pick(CITIES["US"])
            z = z3 + _d(rng, 2) + (f"-{_d(rng, 4)}" if self.p(0.1) else "")
            return Addr(line, z, city, f"{city}, {st} {z}", "US")
        if r == "CA":
            base = self.pick(EN_STREET_BASES + US_EXTRA)
            line = f"{rng.randint(10, 4800)} {base} {self.pick(EN_SUFFIX['CA'])}" + self.pick(["", "", " W", " E",
                                                                                               " N"])
            if self.p(0.25):
                line = f"{rng.randint(1, 2400)}-{line}" if self.p(0.6) else f"Unit {rng.randint(1, 40)}, {line}"
            city, prov, fsas = self.pick(CITIES["CA"])
            pc = f"{self.pick(fsas)} {rng.randint(0, 9)}{self.pick('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
            tl = f"{city} {prov}  {pc}" if self.p(0.5) else f"{city}, {prov} {pc}"
            return Addr(line, pc, city, tl, "CA")
        if r == "AU":
            base = self.pick(EN_STREET_BASES + AU_EXTRA)
            line = f"{rng.randint(1, 300)} {base} {self.pick(EN_SUFFIX['AU'])}"
            roll = rng.random()
            if roll < 0.15:
                line = f"Unit {rng.randint(1, 20)}/{line}"
            elif roll < 0.3:
                line = f"{rng.randint(1, 20)}/{line}"
            sub, st, pc = self.pick(CITIES["AU"])
            tl = f"{sub} {st} {pc}" if self.p(0.6) else f"{sub.upper()} {st} {pc}"
            return Addr(line, pc, sub, tl, "AU")
        # NZ
        base = self.pick(EN_STREET_BASES + NZ_EXTRA)
        line = f"{rng.randint(1, 280)} {base} {self.pick(EN_SUFFIX['NZ'])}"
        roll = rng.random()
        if roll < 0.15:
            line = f"{rng.randint(1, 9)}/{line}"
        elif roll < 0.25:
            line = f"Flat {rng.randint(1, 6)}, {line}"
        sub, city, pc = self.pick(CITIES["NZ"])
        if sub:
            line += f", {sub}"
        return Addr(line, pc, city, f"{city} {pc}", "NZ")

    def pobox(self) -> Addr:
        r, rng = self.region, self.rng
        n = str(rng.randint(100, 99999))
        if r == "DE":
            n = " ".join(n[i:i + 2] for i in range(0, len(n), 2))
            pc, town = self.pick(CITIES["DE"])
            return Addr(f"Postfach {n}", pc, town, f"{pc} {town}", r)
        if r in ("AT", "CH"):
            a = self.addr()
            return Addr(f"Postfach {rng.randint(1, 999)}" if self.lang == "de" else
                        (f"Case postale {rng.randint(1, 999)}" if self.lang == "fr" else
                         f"Casella postale {rng.randint(1, 999)}"), a.postcode, a.town, a.town_line, r)
        if r in ("FR", "BE", "LU"):
            a = self.addr()
            if r == "FR":
                return Addr(f"BP {rng.randint(10, 9999)}", a.postcode, a.town,
                            f"{a.postcode} {a.town.upper()} CEDEX {rng.randint(1, 20)}", r)
            return Addr(f"BP {rng.randint(10, 999)}", a.postcode, a.town, a.town_line, r)
        if r == "IT":
            a = self.addr()
            return Addr(f"Casella Postale {rng.randint(1, 999)}", a.postcode, a.town, a.town_line, r)
        a = self.addr()
        return Addr(f"PO Box {rng.randint(10, 9999)}", a.postcode, a.town, a.town_line, r)

    def town(self, region: str | None = None) -> str:
        return self.addr(region).town

    # -- phones -----------------------------------------------------------------------------------------------
    def phone(self, kind: str = "mobile", region: str | None = None, intl: bool | None = None) -> str:
        r = region or self.region
        rng = self.rng
        if kind == "any":
            kind = self.pick(["mobile", "mobile", "landline"])
        if intl is None:
            intl = self.p(0.35)
        mob = kind == "mobile"
        if r == "DE":
            if mob:
                pre = self.pick(["151", "152", "157", "160", "162", "170", "171", "172", "173", "174", "175", "176",
                                 "177", "178", "179", "1512", "1520", "1575", "1590"])
                sub = _d(rng, 7 if len(pre) == 4 else self.pick([7, 8]))
            else:
                pre = self.pick(["30", "40", "89", "221", "69", "711", "211", "231", "201", "341", "351", "511", "911",
                                 "421", "951", "931", "731", "7071", "551", "441", "541", "681", "651", "331", "3641",
                                 "8031", "751", "261", "6151", "841", "851", "4131", "7531"])
                sub = _d(rng, max(5, 10 - len(pre) - rng.randint(0, 1)))
                if self.p(0.12):
                    sub += "-" + str(rng.randint(10, 399))
            if intl:
                return self.pick([f"+49 {pre} {sub}", f"+49 (0){pre} {sub}", f"+49{pre}{sub}", f"0049 {pre} {sub}",
                                  f"+49-{pre}-{sub}"])
            return self.pick([f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre}-{sub}", f"(0{pre}) {sub}",
                              f"0{pre} {sub[:3]} {sub[3:]}" if "-" not in sub else f"0{pre} {sub}"])
        if r == "AT":
            if mob:
                pre = self.pick(["650", "660", "664", "676", "677", "680", "681", "688", "699"])
                sub = _d(rng, 7)
            else:
                pre = self.pick(["1", "316", "732", "662", "512", "463", "2742", "5574", "2622", "7242"])
                sub = _d(rng, 7 if pre == "1" else 6 - (len(pre) > 3))
            grouped = f"{sub[:3]} {sub[3:5]} {sub[5:]}" if len(sub) == 7 else sub
            if intl:
                return self.pick([f"+43 {pre} {sub}", f"+43 (0){pre} {grouped}", f"0043 {pre} {sub}", f"+43{pre}{sub}",
                                  f"+43 {pre} {grouped}"])
            return self.pick([f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre} {grouped}", f"0{pre}-{sub}"])
        if r == "CH":
            if mob:
                pre = self.pick(["76", "77", "78", "79"])
            else:
                pre = self.pick({"fr": ["21", "22", "32", "26", "27", "24"], "it": ["91"]}.get(
                    self.lang, ["44", "31", "61", "41", "71", "52", "62", "81", "43", "56", "33"]))
            sub = _d(rng, 7)
            g = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
            if intl:
                return self.pick([f"+41 {pre} {g}", f"+41 (0){pre} {g}", f"0041 {pre} {g}", f"+41{pre}{sub}"])
            return self.pick([f"0{pre} {g}", f"0{pre} {g}", f"0{pre}{sub}", f"0{pre}/{g}"])
        if r == "FR":
            pre = self.pick("67") if mob else self.pick("12345")
            pairs = [_d(rng, 2) for _ in range(4)]
            if intl:
                return self.pick([f"+33 {pre} {' '.join(pairs)}", f"+33 (0){pre} {' '.join(pairs)}",
                                  f"+33{pre}{''.join(pairs)}", f"0033 {pre} {' '.join(pairs)}"])
            sep = self.pick([" ", " ", ".", "-", ""])
            return sep.join([f"0{pre}", *pairs])
        if r == "BE":
            if mob:
                pre = "4" + str(rng.randint(70, 99))
                s = _d(rng, 6)
                g = f"{s[:2]} {s[2:4]} {s[4:]}"
                if intl:
                    return self.pick([f"+32 {pre} {g}", f"+32 (0){pre} {g}", f"+32{pre}{s}"])
                return self.pick([f"0{pre} {g}", f"0{pre}/{s[:2]}.{s[2:4]}.{s[4:]}", f"0{pre} {s[:3]} {s[3:]}",
                                  f"0{pre}{s}"])
            pre = self.pick(["2", "2", "4", "81", "71", "65", "10"])
            s = _d(rng, 7 if len(pre) == 1 else 6)
            g = f"{s[:3]} {s[3:5]} {s[5:]}" if len(s) == 7 else f"{s[:2]} {s[2:4]} {s[4:]}"
            return self.pick([f"+32 {pre} {g}", f"+32 (0){pre} {g}"]) if intl else self.pick(
                [f"0{pre} {g}", f"0{pre}/{s}", f"0{pre}/{g}"])
        if r == "LU":
            if mob:
                n = f"{self.pick(['621', '661', '691', '671', '628'])} {_d(rng, 3)} {_d(rng, 3)}"
            else:
                n = self.pick([f"{_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}", f"2{_d(rng, 1)} {_d(rng, 2)} {_d(rng, 2)} "
                                                                          f"{_d(rng, 2)}"])
            if intl or self.p(0.5):
                return self.pick([f"+352 {n}", f"(+352) {n}", f"00352 {n}", f"+352 {n.replace(' ', '')}"])
            return n
        if r == "IT":
            if mob:
                pre = self.pick(["320", "328", "329", "333", "334", "335", "338", "339", "340", "345", "347", "348",
                                 "349", "351", "360", "366", "380", "388", "392", "393"])
                sub = _d(rng, 7)
                if intl:
                    return self.pick([f"+39 {pre} {sub}", f"+39 {pre} {sub[:3]} {sub[3:]}", f"0039 {pre} {sub}",
                                      f"+39{pre}{sub}", f"(+39) {pre} {sub}"])
                return self.pick([f"{pre} {sub}", f"{pre} {sub[:3]} {sub[3:]}", f"{pre}-{sub}", f"{pre}.{sub}",
                                  f"{pre}{sub}", f"{pre}/{sub}"])
            area = self.pick(["02", "06", "011", "081", "055", "051", "010", "041", "045", "049", "091", "095", "080",
                              "070", "040", "0471", "0461", "0521", "059", "075", "071", "050", "035", "030", "031"])
            sub = _d(rng, 10 - len(area) if len(area) > 2 else 8)
            if intl:
                return self.pick([f"+39 {area} {sub}", f"+39 {area} {sub[:4]} {sub[4:]}", f"0039 {area} {sub}"])
            return self.pick([f"{area} {sub}", f"{area} {sub[:4]} {sub[4:]}", f"{area}-{sub}", f"{area}/{sub}",
                              f"{area}.{sub}"])
        if r == "GB":
            if mob:
                pre = "7" + str(rng.randint(400, 999))
                sub = _d(rng, 6)
                if intl:
                    return self.pick([f"+44 {pre} {sub}", f"+44 (0){pre} {sub}", f"+44 {pre} {sub[:3]} {sub[3:]}",
                                      f"0044 {pre} {sub}", f"+44{pre}{sub}"])
                return self.pick([f"0{pre} {sub}", f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}{sub}"])
            area, n = self.pick(GB_AREAS)
            sub = str(rng.randint(2, 8)) + _d(rng, n - 1)
            g = f"{sub[:4]} {sub[4:]}" if n == 8 else (f"{sub[:3]} {sub[3:]}" if n == 7 else sub)
            if intl:
                return self.pick([f"+44 {area} {g}", f"+44 (0){area} {g}", f"+44 {area} {sub}"])
            return self.pick([f"0{area} {g}", f"(0{area}) {g}", f"0{area} {sub}"])
        if r == "IE":
            if mob:
                pre = "8" + self.pick("35679")
                sub = _d(rng, 7)
                if intl:
                    return self.pick([f"+353 {pre} {sub[:3]} {sub[3:]}", f"+353 (0){pre} {sub}", f"00353 {pre} {sub}",
                                      f"+353{pre}{sub}"])
                return self.pick([f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}-{sub}", f"0{pre} {sub}", f"0{pre}{sub}"])
            area = self.pick(["1", "1", "21", "91", "61", "71", "51", "65", "66", "74", "53", "56", "59", "46", "94"])
            sub = _d(rng, 7 if area in ("1", "21") else self.pick([6, 7]))
            g = f"{sub[:3]} {sub[3:]}"
            if intl:
                return self.pick([f"+353 {area} {g}", f"+353 (0){area} {g}"])
            return self.pick([f"(0{area}) {g}", f"0{area} {g}", f"0{area}-{sub}"])
        if r in ("US", "CA"):
            a = self.pick(US_AREAS if r == "US" else CA_AREAS)
            e = str(rng.randint(201, 989))
            ln = _d(rng, 4)
            if intl:
                return self.pick([f"+1 {a} {e} {ln}", f"+1 ({a}) {e}-{ln}", f"+1-{a}-{e}-{ln}", f"+1 {a}-{e}-{ln}"])
            return self.pick([f"({a}) {e}-{ln}", f"{a}-{e}-{ln}", f"{a}.{e}.{ln}", f"1-{a}-{e}-{ln}",
                              f"({a}) {e}-{ln}", f"{a} {e} {ln}"])
        if r == "AU":
            if mob:
                s = _d(rng, 8)
                if intl:
                    return self.pick([f"+61 4{s[:2]} {s[2:5]} {s[5:]}", f"+61 (0)4{s[:2]} {s[2:5]} {s[5:]}",
                                      f"+614{s}"])
                return self.pick([f"04{s[:2]} {s[2:5]} {s[5:]}", f"04{s}", f"04{s[:2]}-{s[2:5]}-{s[5:]}"])
            a = self.pick("2378")
            s = _d(rng, 8)
            if intl:
                return self.pick([f"+61 {a} {s[:4]} {s[4:]}", f"+61 (0){a} {s[:4]} {s[4:]}"])
            return self.pick([f"(0{a}) {s[:4]} {s[4:]}", f"0{a} {s[:4]} {s[4:]}", f"0{a}{s}"])
        # NZ
        if mob:
            pre = self.pick(["21", "22", "27", "29", "20"])
            s = _d(rng, self.pick([7, 7, 8]))
            if intl:
                return self.pick([f"+64 {pre} {s[:3]} {s[3:]}", f"+64 (0){pre} {s}", f"+64{pre}{s}"])
            return self.pick([f"0{pre} {s[:3]} {s[3:]}", f"0{pre}-{s[:3]}-{s[3:]}", f"0{pre} {s}", f"0{pre}{s}"])
        a = self.pick("94376")
        s = str(rng.randint(2, 9)) + _d(rng, 6)
        if intl:
            return self.pick([f"+64 {a} {s[:3]} {s[3:]}", f"+64 (0){a} {s[:3]} {s[3:]}"])
        return self.pick([f"(0{a}) {s[:3]} {s[3:]}", f"0{a} {s[:3]} {s[3:]}", f"0{a}-{s[:3]}-{s[3:]}"])

    def foreign_phone(self) -> str:
        cc, pat = self.pick(FOREIGN_MOBILE)
        n = _fill(self.rng, pat)
        return self.pick([f"{cc} {n}", f"{cc} {n}", f"00{cc[1:]} {n}", f"{cc}{n.replace(' ', '')}"])

    def hotline(self, service: bool = False) -> str:
        """A public hotline / free-phone / service / emergency number (never labelled)."""
        rng = self.rng
        r = self.region
        opts = {
            "DE": ["112", "116 117", "115", f"0800 {_d(rng, 3)} {_d(rng, 4)}", f"0800 {_d(rng, 7)}"],
            "AT": ["144", "1450", "133", f"0800 {_d(rng, 3)} {_d(rng, 3)}", f"0800 {_d(rng, 6)}"],
            "CH": ["144", "145", "117", f"0800 {_d(rng, 3)} {_d(rng, 3)}", f"0848 {_d(rng, 3)} {_d(rng, 3)}"],
            "FR": ["15", "112", "3919", f"0 800 {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}", "3646"],
            "BE": ["112", "1733", f"0800 {_d(rng, 2)} {_d(rng, 3)}", "070 245 245"],
            "LU": ["112", "113", f"8002 {_d(rng, 4)}", f"8002-{_d(rng, 4)}"],
            "IT": ["112", "118", "1500", f"800 {_d(rng, 3)} {_d(rng, 3)}", f"800.{_d(rng, 3)}.{_d(rng, 3)}"],
            "GB": ["999", "111", f"0800 {_d(rng, 3)} {_d(rng, 4)}", f"0345 {_d(rng, 3)} {_d(rng, 4)}"],
            "IE": ["999", "112", f"1800 {_d(rng, 3)} {_d(rng, 3)}", f"1850 {_d(rng, 3)} {_d(rng, 3)}"],
            "US": ["911", "988", f"1-800-{_d(rng, 3)}-{_d(rng, 4)}", f"1-888-{_d(rng, 3)}-{_d(rng, 4)}"],
            "CA": ["911", "811", f"1-800-{_d(rng, 3)}-{_d(rng, 4)}", f"1-866-{_d(rng, 3)}-{_d(rng, 4)}"],
            "AU": ["000", f"13 {_d(rng, 2)} {_d(rng, 2)}", f"1300 {_d(rng, 3)} {_d(rng, 3)}",
                   f"1800 {_d(rng, 3)} {_d(rng, 3)}"],
            "NZ": ["111", f"0800 {_d(rng, 3)} {_d(rng, 3)}", f"0800 {_d(rng, 6)}"],
        }[r]
        if service:
            return self.pick([o for o in opts if len(o) > 6])
        return self.pick(opts[2:]) if self.p(0.7) else self.pick(opts)

    # -- money ------------------------------------------------------------------------------------------------
    def iban(self, cc: str | None = None, grouped: bool | None = None) -> str:
        if cc is None:
            cc = self.region if self.region in IBAN_SPECS else self.pick(["DE", "FR", "IT", "NL", "ES", "GB", "IE"])
        s = make_iban(self.rng, cc)
        if grouped is None:
            grouped = self.p(0.6)
        return group4(s) if grouped else s

    def bic(self) -> str:
        cc = {"GB": "GB", "IE": "IE", "US": "US", "CA": "CA", "AU": "AU", "NZ": "NZ"}.get(self.region, self.region)
        return "".join(self.pick(string.ascii_uppercase) for _ in range(4)) + cc + self.pick(
            ["2X", "MM", "FF", "22", "XX", "BB"]) + ("XXX" if self.p(0.5) else "")

    def local_bank(self) -> str:
        """Non-IBAN bank details (never labelled)."""
        rng, r = self.rng, self.region
        if r == "US":
            return f"Routing number {_d(rng, 9)}, account {_d(rng, 10)}"
        if r == "CA":
            return f"Transit {_d(rng, 5)}, institution 00{rng.randint(1, 9)}, account {_d(rng, 7)}"
        if r == "AU":
            return f"BSB {_d(rng, 3)}-{_d(rng, 3)}, account {_d(rng, 4)} {_d(rng, 4)}"
        if r == "NZ":
            return f"{_d(rng, 2)}-{_d(rng, 4)}-{_d(rng, 7)}-{_d(rng, 2)}"
        return f"sort code {_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)}, account {_d(rng, 8)}"

    def card(self) -> str:
        kind = self.pick(["visa", "visa", "mc", "mc", "amex"])
        if kind == "amex":
            n = luhn_complete(self.pick(["34", "37"]), 15, self.rng)
            return self.pick([f"{n[:4]} {n[4:10]} {n[10:]}", n])
        n = luhn_complete("4" if kind == "visa" else str(self.rng.randint(51, 55)), 16, self.rng)
        return self.pick([group4(n), group4(n), n, "-".join(n[i:i + 4] for i in range(0, 16, 4))])

    def masked_card(self) -> str:
        last4 = _d(self.rng, 4)
        return self.pick([f"**** **** **** {last4}", f"XXXX XXXX XXXX {last4}", f"•••• {last4}",
                          f"{self.pick(['4', '5'])}{_d(self.rng, 5)}******{last4}"])

    def amount(self, lo: float = 5, hi: float = 900) -> str:
        v = self.rng.uniform(lo, hi)
        if self.lang == "en":
            cur = {"GB": "£", "IE": "€", "US": "$", "CA": "$", "AU": "$", "NZ": "$"}[self.region]
            return f"{cur}{v:,.2f}"
        cur = "CHF" if self.region == "CH" else "EUR"
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        if self.region == "CH":
            s = f"{v:,.2f}".replace(",", "'")
        return self.pick([f"{s} {cur}", f"{cur} {s}", f"{s} €" if cur == "EUR" else f"{cur} {s}"])

    # -- e-mail, companies ------------------------------------------------------------------------------------
    def _slug(self, s: str) -> str:
        s = ascii_fold(s.lower(), german=self.lang == "de")
        return re.sub(r"[^a-z0-9]", "", s)

    def email(self, p: Person, domain: str | None = None) -> str:
        f, last = self._slug(p.first), self._slug(p.last)
        if not f:
            f = "x"
        if not last:
            last = "y"
        yy = f"{self.birth().year % 100:02d}"
        local = self.pick([f"{f}.{last}", f"{f}.{last}", f"{f[0]}.{last}", f"{f}{last}", f"{f}_{last}",
                           f"{last}.{f}", f"{f}.{last}{yy}", f"{f}{self.rng.randint(1, 99)}", f"{last}{f[0]}",
                           f"{f}-{last}", f"{f[0]}{last}"])
        return f"{local}@{domain or self.pick(MAIL_DOMAINS[self.region])}"

    def company(self, lang: str | None = None) -> tuple[str, str]:
        """(company name, mail domain); never labelled."""
        a, b, c = COMPANY_PARTS[lang or self.lang]
        x, y = self.pick(a), self.pick(b)
        legal = self.pick(c)
        if self.lang == "en" and self.region in ("AU", "NZ") and legal == "LLC":
            legal = "Ltd"
        name = f"{x} {y} {legal}" if self.lang != "fr" else f"{y} {x} {legal}"
        dom = f"{self._slug(x)}-{self._slug(y)}.{TLD[self.region]}"
        return name, dom

    def role_mail(self, dom: str) -> str:
        return self.pick({"de": ["info", "kontakt", "service", "noreply", "buchhaltung", "personal"],
                          "fr": ["contact", "info", "service-client", "noreply", "rh", "accueil"],
                          "it": ["info", "servizio.clienti", "noreply", "amministrazione", "segreteria",
                                 "risorse.umane"],
                          "en": ["info", "support", "noreply", "hello", "accounts", "hr"]}[self.lang]) + "@" + dom

    def genitive(self, name: str) -> list:
        """A name with a genitive / possessive ending outside the span."""
        if self.lang == "de":
            return [PER(name), "'" if name[-1] in "sßxz" else "s"]
        if self.lang == "en":
            return [PER(name), "'" if name.endswith("s") and self.p(0.5) else "'s"]
        return [PER(name)]


# ---------------------------------------------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------------------------------------------

SPOKEN = {
    "de": {",": "komma", ".": "punkt", ":": "doppelpunkt", "?": "fragezeichen", "P": "neuer absatz"},
    "fr": {",": "virgule", ".": "point", ":": "deux points", "?": "point d'interrogation", "P": "à la ligne"},
    "it": {",": "virgola", ".": "punto", ":": "due punti", "?": "punto interrogativo", "P": "a capo"},
    "en": {",": "comma", ".": "full stop", ":": "colon", "?": "question mark", "P": "new paragraph"},
}
SPELL_MAIL = {
    "de": {"@": [" at ", " ät "], ".": [" punkt "], "-": [" minus ", " bindestrich "], "_": [" unterstrich "]},
    "fr": {"@": [" arobase "], ".": [" point "], "-": [" tiret "], "_": [" tiret bas "]},
    "it": {"@": [" chiocciola "], ".": [" punto "], "-": [" trattino "], "_": [" trattino basso "]},
    "en": {"@": [" at "], ".": [" dot "], "-": [" dash "], "_": [" underscore "]},
}


def t_dictation(c: Ctx) -> Doc:
    """Speech-to-text dictations (letters to a school, an insurer, a colleague) to be punctuated."""
    d = c.doc()
    lang, region = c.lang, c.region
    mode = c.pick(["spoken", "spoken", "mixed", "written"])
    spoken = dict(SPOKEN[lang])
    if lang == "en" and region in ("US", "CA"):
        spoken["."] = "period"

    def comma() -> str:
        if mode == "spoken" or (mode == "mixed" and c.p(0.5)):
            return f" {spoken[',']} "
        return ", "

    def ph(kind: str = "mobile") -> E:
        num = c.phone(kind, intl=c.p(0.2))
        if c.p(0.55):
            return PH(digits_words(num, lang, region, c.rng))
        return PH(num)

    def dob(kind: str = "adult") -> E:
        b = c.birth(kind)
        if c.p(0.55):
            return DOB(date_words(b, lang, region))
        return DOB(c.fdate(b, c.pick(["long", "num", "nopad"]) if lang != "en" else None))

    def mail(p: Person) -> E:
        m = c.email(p)
        if c.p(0.6):
            for ch, words in SPELL_MAIL[lang].items():
                m = m.replace(ch, c.pick(words))
            m = re.sub(r"\s+", " ", m).strip()
        return EML(m)

    def addr() -> E:
        a = c.addr()
        parts = f"{a.street}, {a.town_line}".replace("  ", " ").split(", ")
        out = parts[0]
        for part in parts[1:]:
            out += comma() + part
        return ADR(out)

    def bank() -> object:
        if region in ("US", "CA", "AU", "NZ"):
            return c.local_bank()
        return IBN(c.iban())

    scen = c.cycle(["school", "insurer", "clinic"])
    parent = c.person()
    child = c.child_of(parent)
    teacher = c.person(local=c.p(0.7))
    friend = c.person(local=c.p(0.6))
    ins_name, _ = c.company()
    policy = c.pick([f"vs-{_d(c.rng, 4)}-{_d(c.rng, 4)}", f"{_d(c.rng, 3)}.{_d(c.rng, 3)}.{_d(c.rng, 3)}",
                     f"k {_d(c.rng, 7)}", f"{c.pick('abhk')}{c.pick('xyz')} {_d(c.rng, 6)}"])
    me = c.person(g="f")
    spouse = c.person(local=c.p(0.6), g="m")
    if c.p(0.6):
        spouse.last = me.last
    gp = c.person(local=c.p(0.7))
    doctor = c.person(local=c.p(0.6))
    pat = c.person()
    visit = c.fdate(c.recent(30), "long" if lang != "en" else None)
    dmg = c.fdate(c.recent(40), "long" if lang != "en" else None)
    cls = f"{c.rng.randint(1, 9)}{c.pick('abcd')}"
    son = child.g == "m"
    kw = dict(teacher=PER(teacher.last), tsal=c.sal(teacher).lower(), child=PER(child.first),
              friend=PER(friend.first), phone=ph(), parent=PER(parent.fl()), insurer=ins_name,
              policy=policy, addr=addr(), spouse=PER(spouse.fl()), me=PER(me.fl()), gp=PER(gp.last),
              doctor=PER(doctor.fl()), pat=PER(pat.fl()), pat_last=PER(pat.last), office=ph("landline"),
              visit=visit, date=dmg, cls=cls, email=mail(me), bank=bank(), sdob=dob(), dob=dob())
    kw["sal"] = c.sal(pat, long=True).lower()
    if c.p(0.4):
        kw["cdob"] = [c.t(de="<,> geboren am ", fr="<,> né le " if son else "<,> née le ",
                          it="<,> nato il " if son else "<,> nata il ", en="<,> date of birth "), dob("child"), "<,>"]
    else:
        kw["cdob"] = ""
    if c.p(0.35):
        kw["child"] = PER(child.fl())
    diag = c.t(de=["morbus crohn, derzeit in remission", "hashimoto-thyreoiditis", "baker-zyste rechts",
                   "verdacht auf morbus bechterew", "arterielle hypertonie", "lumbago ohne ausstrahlung"],
               fr=["maladie de crohn en rémission", "thyroïdite de hashimoto", "kyste de baker droit",
                   "hypertension artérielle", "lombalgie commune", "syndrome de raynaud"],
               it=["morbo di crohn in remissione", "tiroidite di hashimoto", "cisti di baker destra",
                   "ipertensione arteriosa", "lombalgia acuta", "fenomeno di raynaud"],
               en=["crohn's disease in remission", "hashimoto's thyroiditis", "right-sided baker's cyst",
                   "essential hypertension", "mechanical low back pain", "raynaud's phenomenon"])
    ill = c.t(de=["einer magen-darm-grippe", "hohem fieber", "einer mittelohrentzündung", "eines arzttermins"],
              fr=["une gastro-entérite", "une forte fièvre", "une otite", "un rendez-vous médical"],
              it=["un'influenza intestinale", "febbre alta", "un'otite", "una visita medica"],
              en=["a stomach bug", "a high temperature", "an ear infection", "a hospital appointment"])
    kw.update(diag=diag, ill=ill)

    if lang == "de":
        kw["kind"] = "mein sohn" if son else "meine tochter"
        texts = {
            "school": "sehr geehrte{r} {tsal} {teacher}<,> <P> {kind} {child}{cdob} aus der klasse {cls} konnte "
                      "von montag bis mittwoch wegen {ill} nicht am unterricht teilnehmen<.> die hausaufgaben bringt "
                      "{friend} mit<.> <P> bei rückfragen erreichen sie mich unter {phone}<.> <P> mit freundlichen "
                      "grüßen <P> {parent}",
            "insurer": "an die {insurer}<,> abteilung leistung <P> betreff<:> schaden vom {date}<,> "
                       "versicherungsschein {policy} <P> sehr geehrte damen und herren<,> <P> am {date} wurde in "
                       "unserer wohnung {addr} "
                       "durch einen wasserschaden das parkett beschädigt<.> versicherungsnehmer ist mein mann "
                       "{spouse}<,> geboren am {sdob}<.> bitte überweisen sie die entschädigung auf unser konto "
                       "{bank}<.> für rückfragen bin ich unter {phone} oder per mail unter {email} erreichbar<.> <P> "
                       "mit freundlichen grüßen <P> {me}",
            "clinic": "arztbrief <P> patient<:> {pat}<,> geboren am {dob}<,> wohnhaft {addr} <P> sehr geehrter herr "
                      "kollege {gp}<,> <P> wir berichten über die vorstellung in unserer sprechstunde am {visit}<.> "
                      "diagnose<:> {diag}<.> <P> {sal} {pat_last} berichtet über seit wochen zunehmende beschwerden<.> "
                      "wir empfehlen eine kontrolle in sechs wochen<.> rückfragen gerne unter {office}<.> <P> mit "
                      "freundlichen kollegialen grüßen <P> doktor {doctor} <P> diktiert<,> nicht korrigiert",
        }
        kw["r"] = "r" if teacher.g == "m" else ""
        req = c.pick(["Ich habe das per Spracheingabe diktiert. Bitte mach daraus einen sauberen Text mit "
                      "Satzzeichen, Großschreibung und Absätzen:",
                      "Kannst du dieses Diktat korrigieren und als Brief formatieren? Die Spracherkennung hat die "
                      "Satzzeichen ausgeschrieben.",
                      "Bitte wandle das Diktat unten in ein ordentliches Schreiben um, inhaltlich nichts ändern."])
    elif lang == "fr":
        kw["kind"] = "mon fils" if son else "ma fille"
        texts = {
            "school": "{tsal_long} {teacher}<,> <P> je vous prie d'excuser l'absence de {kind} {child}{cdob} de la "
                      "classe de {cls} du lundi au mercredi en raison d'{ill}<.> sa camarade {friend} lui apportera "
                      "les devoirs<.> <P> vous pouvez me joindre au {phone}<.> <P> veuillez agréer l'expression de mes "
                      "salutations distinguées <P> {parent}",
            "insurer": "à l'attention de {insurer}<,> service sinistres <P> objet<:> dégât des eaux<,> contrat numéro "
                       "{policy} <P> madame<,> monsieur<,> <P> le {date}<,> un dégât des eaux s'est produit dans notre "
                       "logement situé {addr}<.> l'assuré est mon époux {spouse}<,> né le {sdob}<.> merci de verser "
                       "l'indemnisation sur notre compte {bank}<.> je reste joignable au {phone} ou par courriel à "
                       "{email}<.> <P> cordialement <P> {me}",
            "clinic": "compte rendu de consultation <P> patient<:> {pat}<,> né le {dob}<,> demeurant {addr} <P> cher "
                      "confrère<,> cher docteur {gp}<,> <P> j'ai vu en consultation le {visit} {sal} {pat_last}<.> "
                      "diagnostic<:> {diag}<.> <P> je propose un contrôle dans six semaines<.> mon secrétariat est "
                      "joignable au {office}<.> <P> bien confraternellement <P> docteur {doctor} <P> dicté<,> non relu",
        }
        kw["tsal_long"] = "monsieur" if teacher.g == "m" else "madame"
        req = c.pick(["J'ai dicté ce texte avec la reconnaissance vocale. Peux-tu le remettre au propre avec la "
                      "ponctuation, les majuscules et des paragraphes ?",
                      "Corrige cette dictée et mets-la en forme de lettre, la reconnaissance vocale a écrit la "
                      "ponctuation en toutes lettres :",
                      "Transforme la dictée ci-dessous en courrier propre, sans changer le contenu."])
    elif lang == "it":
        kw["kind"] = "mio figlio" if son else "mia figlia"
        texts = {
            "school": "gentile {tsal_it} {teacher}<,> <P> con la presente giustifico l'assenza di {kind} "
                      "{child}{cdob} della classe {cls} da lunedì a mercoledì a causa di {ill}<.> i compiti li porterà "
                      "{friend}<.> <P> per qualsiasi cosa può chiamarmi al {phone}<.> <P> cordiali saluti <P> {parent}",
            "insurer": "spettabile {insurer}<,> ufficio sinistri <P> oggetto<:> denuncia di sinistro<,> polizza numero "
                       "{policy} <P> gentili signori<,> <P> in data {date} si è verificata un'infiltrazione d'acqua "
                       "nel nostro appartamento in {addr}<.> il contraente è mio marito {spouse}<,> nato il {sdob}<.> "
                       "vi prego di accreditare il rimborso sul conto {bank}<.> sono raggiungibile al {phone} oppure "
                       "all'indirizzo {email}<.> <P> distinti saluti <P> {me}",
            "clinic": "referto ambulatoriale <P> paziente<:> {pat}<,> nato il {dob}<,> residente in {addr} <P> caro "
                      "collega {gp}<,> <P> ho visitato in data {visit} {sal} {pat_last}<.> diagnosi<:> {diag}<.> <P> "
                      "consiglio un controllo tra sei settimane<.> la segreteria risponde al {office}<.> <P> cordiali "
                      "saluti <P> dottor {doctor} <P> dettato<,> non corretto",
        }
        kw["tsal_it"] = "maestro" if teacher.g == "m" else "maestra"
        req = c.pick(["Ho dettato questo testo con il riconoscimento vocale. Puoi sistemarlo con punteggiatura, "
                      "maiuscole e paragrafi?",
                      "Correggi questo dettato e impaginalo come lettera; il riconoscimento vocale ha scritto la "
                      "punteggiatura a parole:",
                      "Trasforma il dettato qui sotto in una lettera in ordine, senza cambiare il contenuto."])
    else:
        kw["kind"] = "my son" if son else "my daughter"
        texts = {
            "school": "dear {tsal} {teacher}<,> <P> please excuse {kind} {child}{cdob} from class {cls}<,> who was "
                      "off from monday to wednesday with {ill}<.> {friend} has kindly offered to bring the homework "
                      "home<.> <P> you can reach me on {phone}<.> <P> kind regards <P> {parent}",
            "insurer": "to {insurer}<,> claims department <P> re<:> water damage<,> policy number {policy} <P> dear "
                       "sir or madam<,> <P> on {date} our flat at {addr} was damaged by a burst pipe<.> the "
                       "policyholder is my husband {spouse}<,> date of birth {sdob}<.> please pay the settlement into "
                       "our account {bank}<.> you can reach me on {phone} or at {email}<.> <P> yours faithfully <P> "
                       "{me}",
            "clinic": "clinic letter <P> patient<:> {pat}<,> date of birth {dob}<,> address {addr} <P> dear doctor "
                      "{gp}<,> <P> i reviewed {sal} {pat_last} in clinic on {visit}<.> diagnosis<:> {diag}<.> <P> i "
                      "have arranged a review in six weeks<.> my secretary can be reached on {office}<.> <P> yours "
                      "sincerely <P> doctor {doctor} <P> dictated but not read",
        }
        req = c.pick(["I dictated this with speech-to-text. Can you turn it into a clean letter with proper "
                      "punctuation, capitals and paragraphs?",
                      "Please tidy up this dictation - the voice typing wrote out the punctuation as words:",
                      "Convert the dictation below into a properly formatted letter. Don't change the content."])
    body = fp(texts[scen], **kw)
    # render spoken punctuation
    out: list = []
    for part in flat(body):
        if isinstance(part, E):
            out.append(E(part.text.lower(), part.type))
            continue

        def rep(m: re.Match) -> str:
            k = m.group(1)
            if mode == "spoken" or (mode == "mixed" and c.p(0.5)):
                return f" {spoken[k]}{m.group(2)}"
            if k == "P":
                return "\n\n" if mode == "written" else " "
            return k + m.group(2)

        txt = re.sub(r" ?<([,.:?P])>( ?)", rep, part).lower()
        out.append(re.sub(r" +\n", "\n", re.sub(r"[ ]{2,}", " ", txt)))
    header = c.pick(["", f"[{c.t(de='Diktat', fr='Dictée', it='Dettato', en='Dictation')} "
                         f"{c.rng.randint(0, 9)}:{c.rng.randint(10, 59)} min]\n"])
    d.add(req, "\n\n", header, '"' if c.p(0.4) else "", out, "\n")
    return d


def t_onboarding(c: Ctx) -> Doc:
    """HR onboarding: personnel data sheets of new hires, with the onboarding checklist."""
    d = c.doc()
    lang, region, rng = c.lang, c.region, c.rng
    p = c.person()
    married = p.g == "f" and c.p(0.35)
    if married:
        p.maiden = c.person(local=c.p(0.7)).last
    manager, buddy, it_person, hr = (c.person() for _ in range(4))
    emerg_is_spouse = c.p(0.6)
    emerg = c.spouse_of(p) if emerg_is_spouse else c.person(local=True)
    a = c.addr()
    comp, dom = c.company()
    dob = c.birth(c.pick(["adult", "young"]))
    start = c.recent(10, 40)
    kids = c.kids_of(p, c.pick([0, 0, 1, 2]))
    yy = f"{dob.year % 100:02d}"
    dd, mm = f"{dob.day:02d}", f"{dob.month:02d}"
    # national ids (never labelled; several embed the date of birth)
    if region == "DE":
        natid = ("Steuer-ID", f"{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}")
        natid2 = ("SV-Nummer", f"{_d(rng, 2)} {dd}{mm}{yy} {p.last[0].upper()} {_d(rng, 3)}")
    elif region == "AT":
        natid = ("SV-Nummer", f"{_d(rng, 4)} {dd}{mm}{yy}")
        natid2 = ("Steuernummer", f"{_d(rng, 2)} {_d(rng, 3)}/{_d(rng, 4)}")
    elif region == "CH":
        natid = (c.t(de="AHV-Nr.", fr="N° AVS", it="N. AVS"), f"756.{_d(rng, 4)}.{_d(rng, 4)}.{_d(rng, 2)}")
        natid2 = (c.t(de="Aufenthaltsbewilligung", fr="Permis de séjour", it="Permesso"), c.pick(["B", "C", "G", "L"]))
    elif region == "FR":
        natid = ("N° de sécurité sociale", f"{'1' if p.g == 'm' else '2'} {yy} {mm} {_d(rng, 2)} {_d(rng, 3)} "
                                          f"{_d(rng, 3)} {_d(rng, 2)}")
        natid2 = ("Mutuelle", c.pick(["MGEN", "Harmonie Mutuelle", "Malakoff Humanis", "AG2R La Mondiale"]))
    elif region == "BE":
        natid = ("N° de registre national", f"{yy}.{mm}.{dd}-{_d(rng, 3)}.{_d(rng, 2)}")
        natid2 = ("Mutualité", c.pick(["Mutualité chrétienne", "Solidaris", "Partenamut"]))
    elif region == "LU":
        natid = ("Matricule", f"{dob.year} {mm}{dd} {_d(rng, 3)} {_d(rng, 2)}")
        natid2 = ("Caisse de maladie", "CNS")
    elif region == "IT":
        cf = (ascii_fold(p.last).upper().replace(" ", "") + "XXX")[:3] + (ascii_fold(p.first).upper() + "XXX")[:3] \
             + yy + "ABCDEHLMPRST"[dob.month - 1] + f"{dob.day + (40 if p.g == 'f' else 0):02d}" \
             + c.pick("FHLGA") + _d(rng, 3) + c.pick(string.ascii_uppercase)
        natid = ("Codice fiscale", cf)
        natid2 = ("CCNL", c.pick(["Commercio e Terziario", "Metalmeccanico Industria", "Studi professionali"]))
    else:
        natid = {"GB": ("National Insurance number", f"{c.pick(['AB', 'JT', 'NR', 'PW', 'SK'])} {_d(rng, 2)} "
                                                     f"{_d(rng, 2)} {_d(rng, 2)} {c.pick('ABCD')}"),
                 "IE": ("PPS number", f"{_d(rng, 7)}{c.pick('ABCDEFW')}{c.pick(['', 'A', 'H'])}"),
                 "US": ("SSN", f"{rng.randint(100, 665)}-{_d(rng, 2)}-{_d(rng, 4)}"),
                 "CA": ("SIN", f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}"),
                 "AU": ("TFN", f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}"),
                 "NZ": ("IRD number", f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}")}[region]
        natid2 = ("Pronouns", "she/her" if p.g == "f" else "he/him")
    L = {
        "de": dict(title="Personalfragebogen", pid="Personalnummer", last="Nachname", first="Vorname(n)",
                   birthname="Geburtsname", nick="Rufname", dob="Geburtsdatum", pob="Geburtsort",
                   nat="Staatsangehörigkeit", addr="Anschrift", street="Straße und Hausnummer", pc="PLZ", town="Ort",
                   tel="Telefon privat", mob="Mobil", mail="E-Mail privat", iban="IBAN", bic="BIC",
                   holder="Kontoinhaber/in", kids="Kinder", emerg="Notfallkontakt", start="Eintrittsdatum",
                   pos="Position", mgr="Vorgesetzte/r", buddy="Pat/in", wmail="E-Mail dienstlich", ext="Durchwahl",
                   cc="Kostenstelle", born="geb.", sec_p="Persönliche Daten", sec_b="Bankverbindung",
                   sec_j="Beschäftigung", todo="Onboarding-Checkliste"),
        "fr": dict(title="Fiche de renseignements salarié", pid="Matricule", last="Nom", first="Prénom(s)",
                   birthname="Nom de naissance", nick="Prénom d'usage", dob="Date de naissance",
                   pob="Lieu de naissance", nat="Nationalité", addr="Adresse", street="N° et rue", pc="Code postal",
                   town="Ville", tel="Téléphone fixe", mob="Portable", mail="Courriel personnel", iban="IBAN",
                   bic="BIC", holder="Titulaire du compte", kids="Enfants à charge",
                   emerg="Personne à prévenir en cas d'urgence", start="Date d'entrée", pos="Poste",
                   mgr="Responsable", buddy="Parrain/marraine", wmail="Adresse professionnelle", ext="Poste interne",
                   cc="Centre de coût", born="né(e) le", sec_p="État civil", sec_b="Coordonnées bancaires",
                   sec_j="Contrat", todo="Checklist d'intégration"),
        "it": dict(title="Scheda anagrafica dipendente", pid="Matricola", last="Cognome", first="Nome",
                   birthname="Cognome da nubile", nick="Detto/a", dob="Data di nascita", pob="Luogo di nascita",
                   nat="Cittadinanza", addr="Residenza", street="Via e numero civico", pc="CAP", town="Comune",
                   tel="Telefono fisso", mob="Cellulare", mail="E-mail personale", iban="IBAN per accredito stipendio",
                   bic="BIC/SWIFT", holder="Intestatario del conto", kids="Familiari a carico",
                   emerg="Contatto in caso di emergenza", start="Data di assunzione", pos="Mansione",
                   mgr="Responsabile", buddy="Tutor", wmail="E-mail aziendale", ext="Interno", cc="Centro di costo",
                   born="nato/a il", sec_p="Dati anagrafici", sec_b="Dati bancari", sec_j="Rapporto di lavoro",
                   todo="Checklist onboarding"),
        "en": dict(title="New starter form", pid="Employee ID", last="Surname", first="First name(s)",
                   birthname="Previous surname", nick="Preferred name", dob="Date of birth", pob="Place of birth",
                   nat="Nationality", addr="Home address", street="Street address", pc="Postcode", town="Town/City",
                   tel="Home phone", mob="Mobile", mail="Personal email", iban="IBAN", bic="BIC",
                   holder="Account holder", kids="Dependants", emerg="Emergency contact", start="Start date",
                   pos="Job title", mgr="Line manager", buddy="Onboarding buddy", wmail="Work email", ext="Extension",
                   cc="Cost centre", born="born", sec_p="Personal details", sec_b="Bank details",
                   sec_j="Employment", todo="Onboarding checklist"),
    }[lang]
    if lang == "en" and region in ("US", "CA"):
        L["pc"] = "ZIP code" if region == "US" else "Postal code"
    rows: list[tuple[str, str, object]] = []  # (yaml key, label, value)
    rows.append(("section", L["sec_p"], None))
    rows.append(("employee_id", L["pid"], f"{c.pick(['P', 'MA', 'E', ''])}{_d(rng, 5)}"))
    rows.append(("last_name", L["last"], PER(p.last.upper() if c.p(0.3) else p.last)))
    rows.append(("first_name", L["first"], PER(p.firsts)))
    if married and lang != "it":
        rows.append(("birth_name", L["birthname"], PER(p.maiden)))
    if c.p(0.3) or (lang == "en" and c.p(0.5)):
        rows.append(("preferred_name", L["nick"], PER(c.nick(p))))
    rows.append(("date_of_birth", L["dob"], DOB(c.fdate(dob))))
    rows.append(("place_of_birth", L["pob"], c.town(c.pick([region, region, "DE", "IT", "FR", "GB"]))))
    rows.append(("nationality", L["nat"], c.t(de=["deutsch", "österreichisch", "schweizerisch", "italienisch",
                                                  "türkisch", "kroatisch", "polnisch"],
                                              fr=["française", "belge", "suisse", "luxembourgeoise", "portugaise",
                                                  "marocaine"],
                                              it=["italiana", "svizzera", "rumena", "albanese", "ucraina"],
                                              en=["British", "Irish", "US", "Canadian", "Australian", "New Zealand",
                                                  "Indian", "Polish"])))
    split = c.p(0.5)
    if split:
        rows.append(("street", L["street"], ADR(a.street)))
        rows.append(("postcode", L["pc"], a.postcode))
        rows.append(("city", L["town"], a.town))
    else:
        rows.append(("address", L["addr"], ADR(a.one())))
    if c.p(0.4):
        rows.append(("phone_home", L["tel"], PH(c.phone("landline"))))
    rows.append(("mobile", L["mob"], PH(c.phone("mobile"))))
    rows.append(("email_private", L["mail"], EML(c.email(p))))
    rows.append((natid[0].lower().replace(" ", "_").replace(".", ""), natid[0], natid[1]))
    rows.append((natid2[0].lower().replace(" ", "_"), natid2[0], natid2[1]))
    if kids:
        kid_parts: list = []
        for k, kid in enumerate(kids):
            if k:
                kid_parts.append("; ")
            kid_parts += [PER(kid.first if c.p(0.5) else kid.fl()), f" ({L['born']} ", DOB(c.fdate(c.birth("child"))),
                          ")"]
        rows.append(("dependants", L["kids"], tuple(kid_parts)))
    if emerg_is_spouse:
        rel = c.t(de=["Ehepartner/in", "Partner/in"], fr=["conjoint(e)", "compagnon/compagne"],
                  it=["coniuge", "compagno/a"], en=["spouse", "partner"])
    elif emerg.g == "f":
        rel = c.t(de=["Mutter", "Schwester", "Freundin"], fr=["mère", "sœur", "amie"], it=["madre", "sorella", "amica"],
                  en=["mother", "sister", "friend"])
    else:
        rel = c.t(de=["Vater", "Bruder", "Freund"], fr=["père", "frère", "ami"], it=["padre", "fratello", "amico"],
                  en=["father", "brother", "friend"])
    rows.append(("emergency_contact", L["emerg"], (PER(emerg.fl()), f" ({rel}), ", PH(c.phone("mobile")))))
    rows.append(("section", L["sec_b"], None))
    if region in ("US", "CA", "AU", "NZ") or (region == "GB" and c.p(0.5)):
        rows.append(("bank_details", c.t(de="Bankverbindung", fr="Banque", it="Banca", en="Bank details"),
                     c.local_bank()))
    else:
        rows.append(("iban", L["iban"], IBN(c.iban())))
        rows.append(("bic", L["bic"], c.bic()))
    if c.p(0.5):
        holder = p if c.p(0.6) else emerg
        rows.append(("account_holder", L["holder"], PER(holder.fl())))
    rows.append(("section", L["sec_j"], None))
    rows.append(("start_date", L["start"], c.fdate(start)))
    rows.append(("job_title", L["pos"], c.t(de=["Sachbearbeiter/in Buchhaltung", "Softwareentwickler/in",
                                                "Pflegefachkraft", "Vertriebsinnendienst"],
                                            fr=["Comptable", "Développeur·se", "Chargé(e) de clientèle",
                                                "Technicien(ne) de maintenance"],
                                            it=["Impiegato/a amministrativo/a", "Sviluppatore", "Magazziniere",
                                                "Addetto/a vendite"],
                                            en=["Accounts assistant", "Software engineer", "Care assistant",
                                                "Sales coordinator"])))
    rows.append(("cost_centre", L["cc"], f"{_d(rng, 4)}"))
    rows.append(("manager", L["mgr"], PER(manager.style(rng))))
    rows.append(("buddy", L["buddy"], PER(buddy.fl() if c.p(0.6) else buddy.first)))
    wm = f"{c._slug(p.first)}.{c._slug(p.last)}@{dom}"
    rows.append(("work_email", L["wmail"], EML(wm)))
    rows.append(("extension", L["ext"], f"-{rng.randint(100, 899)}"))

    req = c.t(de=["Bitte prüfe diesen Personalfragebogen auf Vollständigkeit und schreib eine kurze Willkommensmail "
                  "an die neue Kollegin bzw. den neuen Kollegen.",
                  "Kannst du aus diesen Stammdaten den Datensatz für unser Lohnprogramm vorbereiten? Was fehlt noch?",
                  "Fasse mir den Onboarding-Stand zusammen, offene Punkte zuerst:"],
              fr=["Vérifie que cette fiche salarié est complète et rédige un court mail de bienvenue.",
                  "Peux-tu préparer l'enregistrement pour la paie à partir de ces données ? Qu'est-ce qui manque ?",
                  "Résume-moi l'état de l'intégration, les points ouverts d'abord :"],
              it=["Controlla se questa scheda anagrafica è completa e scrivi una breve mail di benvenuto.",
                  "Puoi preparare il record per il programma paghe con questi dati? Cosa manca ancora?",
                  "Riassumimi lo stato dell'onboarding, prima i punti aperti:"],
              en=["Please check this new starter form for gaps and draft a short welcome email.",
                  "Can you turn this into the record for our payroll system? What's still missing?",
                  "Summarise where we are with this onboarding, open items first:"])
    d.add(req, "\n\n")
    fmt = c.cycle(["form", "yaml", "md"])
    if fmt == "form":
        d.add(f"{L['title']} – {comp}\n", "=" * (len(L["title"]) + len(comp) + 3), "\n")
        for key, label, val in rows:
            if key == "section":
                d.add(f"\n{label}\n")
                continue
            d.add(f"{label}: ", val if plain(val) else "–", "\n")
    elif fmt == "yaml":
        d.add("```yaml\n")
        obj: dict = {}
        cur = obj
        for key, label, val in rows:
            if key == "section":
                cur = obj.setdefault(re.sub(r"[^a-z]+", "_", ascii_fold(label.lower())).strip("_"), {})
                continue
            cur[key] = val
        d.add(ydump({"new_hire": obj}, quote=c.pick(["", "", '"', "'"])), "```\n")
    else:
        d.add(f"## {L['title']} ({comp})\n\n")
        d.add(md_table([c.t(de="Feld", fr="Champ", it="Campo", en="Field"),
                        c.t(de="Wert", fr="Valeur", it="Valore", en="Value")],
                       [[f"**{label}**" if key == "section" else label, val or ""] for key, label, val in rows]))
    # checklist with mentions
    d.add(f"\n### {L['todo']}\n")
    items = c.tl(de=[("Arbeitsvertrag unterschrieben zurück", hr), ("Laptop bestellt (ThinkPad T14, Ticket IT-{n})",
                                                                   it_person),
                    ("Zugang SAP und Outlook", it_person), ("Einarbeitungsplan erstellt", manager),
                    ("Willkommensfrühstück am ersten Tag", buddy), ("Schlüsselkarte beim Empfang", hr)],
                fr=[("Contrat signé reçu", hr), ("PC portable commandé (Dell Latitude, ticket IT-{n})", it_person),
                    ("Accès SAP et messagerie", it_person), ("Plan d'intégration", manager),
                    ("Petit-déjeuner d'accueil le premier jour", buddy), ("Badge d'accès", hr)],
                it=[("Contratto firmato ricevuto", hr), ("Portatile ordinato (HP EliteBook, ticket IT-{n})", it_person),
                    ("Accessi gestionale e posta", it_person), ("Piano di inserimento", manager),
                    ("Colazione di benvenuto il primo giorno", buddy), ("Badge di accesso", hr)],
                en=[("Signed contract returned", hr), ("Laptop ordered (MacBook Air, ticket IT-{n})", it_person),
                    ("Accounts for Slack and Google Workspace", it_person), ("30-60-90 day plan", manager),
                    ("Welcome lunch on day one", buddy), ("Building pass", hr)])
    for text, who in c.rng.sample(items, 4):
        mark = "x" if c.p(0.5) else " "
        mention = c.pick([["@", PER(who.fl())], ["@", PER(who.first)], [PER(who.fl())]])
        d.add(f"- [{mark}] {text.replace('{n}', _d(rng, 4))} – ", mention, "\n")
    return d


OCR_SWAPS = [("m", "rn"), ("ü", "ii"), ("ä", "a"), ("é", "e"), ("l", "I"), ("i", "í"), ("o", "0"), ("e", "c"),
             (":", ";"), (" ", "  ")]


def ocr(c: Ctx, s: str, rate: float = 0.05) -> str:
    """Scanner noise for unlabelled text (labels, headings)."""
    out = s
    for a, b in OCR_SWAPS:
        if a in out and c.p(rate * 3):
            k = out.find(a)
            out = out[:k] + b + out[k + len(a):]
    return out


def t_residence(c: Ctx) -> Doc:
    """Residence registration certificates, proof-of-address letters, residency affidavits."""
    d = c.doc()
    lang, region, rng = c.lang, c.region, c.rng
    p = c.person()
    married = c.p(0.45)
    spouse = c.spouse_of(p) if married else None
    if spouse and p.g == "f" and spouse.last == p.last:
        p.maiden = c.person(local=c.p(0.7)).last
    kids = c.kids_of(p, c.pick([0, 0, 1, 2, 3]))
    a = c.addr()
    prev = c.addr()
    o = c.addr()
    office = Addr(o.street, a.postcode, a.town, a.town_line, a.country)
    clerk = c.person(local=True)
    dob = c.birth("adult")
    moved = c.recent(1500, -60)
    issued = c.recent(20)
    noisy = c.p(0.35)

    def lab(s: str) -> str:
        return ocr(c, s) if noisy else s

    def dobv(b: date, style: str | None = None) -> E:
        s = c.fdate(b, style)
        if noisy and c.p(0.3):
            s = s.replace(".", " . ").replace("/", " / ")
        return DOB(s)

    req = c.t(de=["Die Bank verlangt eine englische Übersetzung meiner Meldebescheinigung. Bitte übersetze:",
                  "Lies bitte die Daten aus diesem Scan aus und gib sie als JSON zurück:",
                  "Reicht diese Bescheinigung als Wohnsitznachweis für die Kita-Anmeldung? Hier der Text:"],
              fr=["La banque me demande une traduction anglaise de ce certificat. Peux-tu le traduire ?",
                  "Extrais les données de ce document scanné et rends-les en JSON :",
                  "Ce certificat suffit-il comme justificatif de domicile pour l'inscription à la crèche ? Le voici :"],
              it=["La banca mi chiede una traduzione in inglese di questo certificato. Puoi tradurlo?",
                  "Estrai i dati da questa scansione e restituiscili in JSON:",
                  "Questo certificato basta come prova di residenza per l'iscrizione al nido? Eccolo:"],
              en=["My bank wants proof of address. Can you check this document is OK and summarise the key facts?",
                  "Please translate this into German for my visa file:",
                  "Pull the details out of this document into a table for me:"])
    d.add(req, "\n\n")
    if noisy:
        d.add(c.pick(["[Scan, OCR]\n", "--- OCR ---\n", ""]))

    if lang == "de" and region == "DE":
        town = a.town
        d.add(lab(f"Stadt {town} – Bürgeramt\n"), ADR(office.one(" · ")),
              lab(" · Tel. "), PH(c.phone("landline")), f" · buergeramt@{c._slug(town)}.de\n",
              lab("Behördennummer 115\n\n"))
        ext = c.p(0.5)
        d.add(lab(f"Meldebescheinigung ({'erweitert' if ext else 'einfach'}) nach § 18 Abs. "
                  f"{'2' if ext else '1'} BMG\n\n"))
        d.add(lab("Familienname: "), PER(p.last.upper()), "\n", lab("Vornamen: "), PER(p.firsts), "\n",
              lab("Doktorgrad: "), c.pick(["–", "Dr.", "–"]), "\n")
        if p.maiden:
            d.add(lab("Geburtsname: "), PER(p.maiden.upper()), "\n")
        d.add(lab("Geburtsdatum: "), dobv(dob, "num"), "\n", lab("Geburtsort: "), c.town(c.pick(["DE", "DE", "AT"])),
              "\n", lab("Staatsangehörigkeit(en): "), c.pick(["deutsch", "deutsch, türkisch", "italienisch",
                                                              "polnisch"]),
              "\n", lab("Anschrift:\n  "), ADR(a.street), "\n  ", ADR(a.town_line), "\n",
              lab("Einzugsdatum: "), c.fdate(moved, "num"), "\n", lab("Wohnungsstatus: "),
              c.pick(["alleinige Wohnung", "Hauptwohnung"]), "\n")
        if ext:
            d.add(lab("Frühere Anschrift: "), ADR(prev.one()), "\n", lab("Familienstand: "),
                  "verheiratet" if spouse else c.pick(["ledig", "geschieden"]), "\n")
            if spouse:
                d.add(lab("Ehegatte/Lebenspartner: "), PER(spouse.fl()), ", geboren am ",
                      dobv(c.birth("adult"), "num"), "\n")
            for k in kids:
                d.add(lab("Minderjähriges Kind: "), PER(k.firsts), ", geb. ", dobv(c.birth("child"), "num"), "\n")
        d.add(f"\n{town}, {c.fdate(issued, 'num')}\n", lab("Im Auftrag\n"), PER(clerk.last), "\n",
              lab(f"Gebühr: {c.amount(5, 15)} – Kassenzeichen {_d(rng, 1)}.{_d(rng, 4)}.{_d(rng, 6)}.{_d(rng, 1)}\n"))
    elif lang == "de" and region == "AT":
        d.add(lab("REPUBLIK ÖSTERREICH – Zentrales Melderegister\nBestätigung der Meldung\n\n"),
              lab("Familienname oder Nachname: "), PER(p.last.upper()), "\n", lab("Vorname: "), PER(p.firsts), "\n",
              lab("Geburtsdatum: "), dobv(dob, "num"), "\n", lab("Geschlecht: "),
              "weiblich" if p.g == "f" else "männlich", "\n", lab("Geburtsort: "), c.town(c.pick(["AT", "AT", "DE"])),
              "\n", lab("Staatsangehörigkeit: "), c.pick(["Österreich", "Deutschland", "Kroatien", "Türkei"]), "\n",
              lab(f"ZMR-Zahl: {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}\n"), lab("Wohnsitzqualität: "),
              c.pick(["Hauptwohnsitz", "Nebenwohnsitz"]), "\n", lab("Adresse: "), ADR(a.one()), "\n",
              lab("angemeldet am: "), c.fdate(moved, "num"), "\n", lab("Meldebehörde: "),
              f"Magistrat der Stadt {a.town}" if a.town in ("Wien", "Graz", "Linz") else f"Stadtamt {a.town}", "\n")
        if c.p(0.6):
            ug = c.person(local=True)
            d.add(lab("Unterkunftgeber: "), PER(ug.caps_sp() if c.p(0.5) else ug.fl()), "\n")
        d.add(lab(f"\nDatum: {c.fdate(issued, 'num')}  Amtssignatur: {_d(rng, 6)}-{_d(rng, 4)}\n"))
    elif region == "CH" and lang in ("de", "fr", "it"):
        town = a.town
        heim = c.p(0.5)
        if lang == "de":
            d.add(lab(f"Gemeinde {town} – Einwohnerdienste\n"), ADR(office.one()), lab(", Tel. "),
                  PH(c.phone("landline")), "\n\n", lab("WOHNSITZBESTÄTIGUNG\n\n"),
                  f"Die Einwohnerkontrolle {town} bestätigt, dass\n\n", c.sal(p), " ", PER(p.full()),
                  ", geboren am ", dobv(dob, "num"), ", ",
                  f"Heimatort {c.town('CH')}" if heim else f"Staatsangehörigkeit {c.pick(['Italien', 'Portugal', 'Kosovo', 'Deutschland'])}, Ausweis {c.pick('BCL')}",  # noqa: E501
                  f", Zivilstand {c.pick(['ledig', 'verheiratet', 'geschieden'])},\n\nseit dem {c.fdate(moved, 'num')} "
                  "an der ", ADR(a.one()), ", mit Hauptwohnsitz angemeldet ist.\n",
                  f"Zuzug von: {prev.town}\n" if c.p(0.5) else "",
                  lab(f"AHV-Nr.: 756.{_d(rng, 4)}.{_d(rng, 4)}.{_d(rng, 2)}\n\n"),
                  f"{town}, {c.fdate(issued, 'num')}\n",
                  lab("Einwohnerdienste, "), PER(clerk.fl()), "\n", lab(f"Gebühr: CHF {rng.randint(2, 4)}0.00\n"))
        else:
            fr = lang == "fr"
            d.add(lab(f"{'Ville de' if fr else 'Città di'} {town} – "
                      f"{'Contrôle des habitants' if fr else 'Controllo abitanti'}\n"), ADR(office.one()),
                  lab(", tél. " if fr else ", tel. "), PH(c.phone("landline")), "\n\n",
                  lab("ATTESTATION DE DOMICILE\n\n" if fr else "ATTESTATO DI DOMICILIO\n\n"),
                  "Nous certifions que " if fr else "Si attesta che ", c.sal(p), " ", PER(p.full()),
                  (", né le " if p.g == "m" else ", née le ") if fr else (", nato il " if p.g == "m" else ", nata il "),
                  dobv(dob, "num"), ", ",
                  (f"originaire de {c.town('CH')}" if fr else f"attinente di {c.town('CH')}") if heim else
                  (f"de nationalité {c.pick(['italienne', 'portugaise', 'française', 'espagnole'])}, permis "
                   f"{c.pick('BC')}" if fr else
                   f"cittadinanza {c.pick(['italiana', 'portoghese', 'kosovara', 'tedesca'])}, "
                   f"permesso {c.pick('BC')}"),
                  (",\nest domicilié(e) à l'adresse " if fr else ",\nè domiciliato/a in "), ADR(a.one()),
                  (f" depuis le {c.fdate(moved, 'num')}.\n" if fr else f" dal {c.fdate(moved, 'num')}.\n"),
                  lab(f"N° AVS : 756.{_d(rng, 4)}.{_d(rng, 4)}.{_d(rng, 2)}\n\n" if fr else
                      f"N. AVS: 756.{_d(rng, 4)}.{_d(rng, 4)}.{_d(rng, 2)}\n\n"),
                  f"{town}, {c.fdate(issued, 'num')}\n", PER(clerk.fl()), "\n")
    elif lang == "fr" and region == "FR":
        where = c.pick([("Munich", "DE"), ("Londres", "GB"), ("Montréal", "CA"), ("Zurich", "CH"), ("Bruxelles", "BE")])
        fa = c.addr(where[1])
        cons = c.addr(where[1])
        d.add(lab(f"CONSULAT GÉNÉRAL DE FRANCE À {where[0].upper()}\n"), ADR(cons.one()), "\n\n",
              lab("CERTIFICAT D'INSCRIPTION AU REGISTRE DES FRANÇAIS ÉTABLIS HORS DE FRANCE\n\n"),
              f"Le Consul général de France à {where[0]} certifie que :\n\n", lab("Nom : "), PER(p.last.upper()), "\n",
              lab("Prénom(s) : "), PER(p.firsts), "\n")
        if p.maiden:
            d.add(lab("Nom de naissance : "), PER(p.maiden.upper()), "\n")
        d.add(lab("Né(e) le : "), dobv(dob, "num"), f" à {c.town('FR')}\n", lab("Adresse : "), ADR(fa.one()), "\n\n",
              f"est inscrit(e) au registre sous le numéro {_d(rng, 6)} depuis le {c.fdate(moved, 'num')}.\n")
        if spouse or kids:
            d.add("\nMembres de la famille inscrits :\n")
            if spouse:
                d.add("- ", PER(spouse.caps_sp()), ", né(e) le ", dobv(c.birth("adult"), "num"), "\n")
            for k in kids:
                d.add("- ", PER(k.caps_sp()), ", né(e) le ", dobv(c.birth("child"), "num"), "\n")
        d.add(f"\nFait à {where[0]}, le {c.fdate(issued, 'long')}\n",
              "Pour le Consul général, le chef de chancellerie\n",
              PER(clerk.fl()), "\n")
    elif lang == "fr" and region == "BE":
        d.add(lab(f"Commune de {a.town} – Service Population\n"), ADR(office.one()), lab(" – Tél. "),
              PH(c.phone("landline")), "\n\n", lab("COMPOSITION DE MÉNAGE\n\n"),
              "Le Bourgmestre certifie que, d'après les registres de la population, le ménage domicilié à "
              "l'adresse\n", ADR(a.street), "\n", ADR(a.town_line), "\nse compose comme suit :\n\n")
        members = [(p, dob, "Personne de référence")]
        if spouse:
            members.append((spouse, c.birth("adult"), c.pick(["Époux/Épouse", "Cohabitant(e) légal(e)"])))
        members += [(k, c.birth("child"), "Fils" if k.g == "m" else "Fille") for k in kids]
        rows = []
        for m, b, rel in members:
            yy, mm, dd = f"{b.year % 100:02d}", f"{b.month:02d}", f"{b.day:02d}"
            rows.append([PER(m.caps_sp()), DOB(c.fdate(b, "num")), rel, f"{yy}.{mm}.{dd}-{_d(rng, 3)}.{_d(rng, 2)}"])
        d.add(md_table(["Nom et prénoms", "Date de naissance", "Lien", "Numéro national"], rows) if c.p(0.5) else
              fixed_table(["NOM ET PRÉNOMS", "NÉ(E) LE", "LIEN", "N° NATIONAL"], rows))
        d.add("\nHistorique des adresses :\n", f"- depuis le {c.fdate(moved, 'num')} : ", ADR(a.one()), "\n",
              f"- jusqu'au {c.fdate(moved - timedelta(days=1), 'num')} : ", ADR(prev.one()), "\n\n",
              f"Délivré à {a.town}, le {c.fdate(issued, 'num')}\nPour le Bourgmestre, l'officier délégué\n",
              PER(clerk.fl()), "\n")
    elif lang == "fr" and region == "LU":
        d.add(lab(f"ADMINISTRATION COMMUNALE DE {a.town.upper()}\nBureau de la population\n"), ADR(office.one()), "\n",
              lab("Tél. "), PH(c.phone("landline")), f" – population@{c._slug(a.town)}.lu\n\n",
              lab("CERTIFICAT DE RÉSIDENCE\n\n"),
              "Le collège des bourgmestre et échevins certifie que\n", c.sal(p, long=True), " ",
              PER(f"{p.firsts} {p.last.upper()}"), ", né(e) le ", dobv(dob, "num"), f" à {c.town()}, de nationalité "
              f"{c.pick(['luxembourgeoise', 'portugaise', 'française', 'belge', 'italienne'])},\n",
              f"matricule {dob.year} {dob.month:02d}{dob.day:02d} {_d(rng, 3)} {_d(rng, 2)},\n",
              "est inscrit(e) au registre communal des personnes physiques à l'adresse\n", ADR(a.one()), "\n",
              f"depuis le {c.fdate(moved, 'num')}.\n")
        if spouse:
            d.add("Conjoint inscrit à la même adresse : ", PER(spouse.full()), ", né(e) le ",
                  dobv(c.birth("adult"), "num"), ".\n")
        d.add(f"\n{a.town}, le {c.fdate(issued, 'long')}\nPour le collège, ", PER(clerk.fl()), "\n")
    elif lang == "it" and region == "IT":
        born_in = c.town("IT").upper()
        d.add(lab(f"COMUNE DI {a.town.upper()}\nServizio Demografico – Ufficio Anagrafe\n"), ADR(office.one()),
              lab(" – tel. "), PH(c.phone("landline")), "\n\n",
              lab("CERTIFICATO CONTESTUALE DI RESIDENZA E STATO DI FAMIGLIA\n\n"),
              "L'Ufficiale d'Anagrafe, visti gli atti d'ufficio,\nCERTIFICA\n\nche ", PER(p.caps_sp().upper()),
              ", nat" + ("o" if p.g == "m" else "a") + f" a {born_in} il ", dobv(dob, "num"),
              ",\nè residente in questo Comune in ", ADR(f"{a.street.upper()}, {a.town_line.upper()}"),
              "\ne che la famiglia anagrafica risulta così composta:\n\n")
        members = [(p, dob, "INTESTATARIO SCHEDA")]
        if spouse:
            members.append((spouse, c.birth("adult"), "MOGLIE" if spouse.g == "f" else "MARITO"))
        members += [(k, c.birth("child"), "FIGLIO" if k.g == "m" else "FIGLIA") for k in kids]
        rows = []
        for n, (m, b, rel) in enumerate(members, 1):
            tw = born_in if n == 1 else c.town("IT").upper()
            rows.append([str(n), PER(m.caps_sp().upper()), rel, [f"{tw} ", DOB(c.fdate(b, "num"))]])
        d.add(md_table(["N.", "Cognome e nome", "Rapporto con l'intestatario", "Luogo e data di nascita"], rows)
              if c.p(0.5) else fixed_table(["N.", "COGNOME E NOME", "RAPPORTO", "LUOGO E DATA DI NASCITA"], rows))
        d.add("\nSi rilascia in carta libera per gli usi consentiti dalla legge.\n",
              f"{a.town}, {c.fdate(issued, 'num')}\nL'Ufficiale d'Anagrafe\n", PER(clerk.fl()), "\n",
              lab(f"Codice di verifica: {_d(rng, 4)}-{c.pick(string.ascii_uppercase)}{_d(rng, 5)}\n"))
    elif region == "US":
        owner = c.person()
        dist = f"{a.town} {c.pick(['Unified', 'Public', 'Independent'])} School District"
        d.add(f"{dist}\nPROOF OF RESIDENCY AFFIDAVIT (shared housing)\n\n", "I, ", PER(owner.full()),
              ", certify under penalty of perjury that I ", c.pick(["own", "lease"]), " the residence at\n",
              ADR(a.one()), "\nand that the family listed below has lived with me at this address since ",
              c.fdate(moved), ".\n\n", "Parent/Guardian: ", PER(p.full()), "\nPhone: ", PH(c.phone()),
              "\nEmail: ", EML(c.email(p)), "\n\nStudent(s):\n")
        kids = kids or c.kids_of(p, 1)
        rows = [[PER(k.fl()), DOB(c.fdate(c.birth("child"))), f"Grade {rng.randint(1, 11)}"] for k in kids]
        d.add(md_table(["Name", "Date of Birth", "Grade"], rows))
        notary = c.person(local=True)
        d.add(f"\nHomeowner signature: ________   Date: {c.fdate(issued)}\n\nSubscribed and sworn to before me on "
              f"{c.fdate(issued, 'long')} by the above-named affiant.\n", PER(notary.full()),
              f", Notary Public. Commission No. {_d(rng, 7)}, expires {c.fdate(issued + timedelta(days=900))}\n")
    elif region in ("GB", "IE"):
        landlord = c.person(local=True)
        la = c.addr()
        d.add(PER(landlord.full()), "\n", ADR(la.street), "\n", ADR(la.town_line), "\n", PH(c.phone()), "\n\n",
              c.fdate(issued, "long"), "\n\nTo whom it may concern,\n\n", "Confirmation of address – ", PER(p.fl()),
              "\n\n", "I confirm that ", PER(p.full()), " (date of birth ", dobv(dob), ") has been a tenant at ",
              ADR(a.one()), f" since {c.fdate(moved, 'long')}. The rent of {c.amount(700, 2200)} per month is paid "
              "by standing order and there are no arrears.\n")
        if spouse:
            d.add(PER(spouse.fl()), " lives at the property as well.\n")
        d.add("\nIf you need anything further, please contact me on ", PH(c.phone()), " or at ",
              EML(c.email(landlord)), ".\n\nYours faithfully,\n\n", PER(landlord.fl()), "\n")
    else:  # CA, AU, NZ: statutory declaration
        wit = c.person(local=True)
        wa = c.addr()
        qual = {"CA": "Commissioner for Taking Affidavits", "AU": c.pick(["Justice of the Peace", "Pharmacist",
                                                                          "Legal Practitioner"]),
                "NZ": "Justice of the Peace"}[region]
        act = {"CA": "the Canada Evidence Act", "AU": "the Statutory Declarations Act 1959",
               "NZ": "the Oaths and Declarations Act 1957"}[region]
        d.add("STATUTORY DECLARATION\n", f"({act})\n\n", "I, ", PER(p.full()), ", ",
              c.pick(["teacher", "nurse", "retail manager", "student", "electrician"]),
              ", make the following declaration:\n\n", "1. I reside at ", ADR(a.one()),
              f" and have done so since {c.fdate(moved, 'long')}.\n", "2. My date of birth is ", dobv(dob), ".\n",
              "3. My previous address was ", ADR(prev.one()), ".\n")
        if spouse:
            d.add("4. My partner, ", PER(spouse.fl()), ", also resides at this address.\n")
        d.add("\nI understand that a person who intentionally makes a false statement in a statutory declaration is "
              "guilty of an offence.\n\n", f"Declared at {a.town} on {c.fdate(issued, 'long')}\n\nBefore me:\n",
              PER(wit.full()), f", {qual}\n", ADR(wa.one()), "\n")
    return d


VACCINES = [("Boostrix Polio", ["tet", "dip", "per", "pol"], 2005),
            ("Infanrix hexa", ["tet", "dip", "per", "pol", "hepb"], 2001),
            ("Priorix-Tetra", ["mea", "mum", "rub", "var"], 2006), ("M-M-RVAXPRO", ["mea", "mum", "rub"], 2006),
            ("Varivax", ["var"], 2004), ("Gardasil 9", ["hpv"], 2016), ("Comirnaty", ["cov"], 2021),
            ("Spikevax", ["cov"], 2021), ("FSME-Immun", ["tbe"], 1990), ("Encepur", ["tbe"], 1992),
            ("Twinrix", ["hepa", "hepb"], 1997), ("Havrix 1440", ["hepa"], 1992), ("Engerix-B", ["hepb"], 1987),
            ("Prevenar 20", ["pnc"], 2022), ("Bexsero", ["menb"], 2013), ("Nimenrix", ["men"], 2012),
            ("Stamaril", ["yf"], 1986), ("Vaxigrip Tetra", ["flu"], 2017), ("Influvac Tetra", ["flu"], 2018),
            ("Shingrix", ["hz"], 2018), ("Revaxis", ["tet", "dip", "pol"], 2001), ("Rabipur", ["rab"], 1985)]
DISEASES = {
    "tet": ("Tetanus", "tétanos", "tetano", "tetanus"), "dip": ("Diphtherie", "diphtérie", "difterite", "diphtheria"),
    "per": ("Pertussis", "coqueluche", "pertosse", "pertussis"), "pol": ("Polio", "poliomyélite", "polio", "polio"),
    "hepb": ("Hepatitis B", "hépatite B", "epatite B", "hepatitis B"),
    "hepa": ("Hepatitis A", "hépatite A", "epatite A", "hepatitis A"),
    "mea": ("Masern", "rougeole", "morbillo", "measles"), "mum": ("Mumps", "oreillons", "parotite", "mumps"),
    "rub": ("Röteln", "rubéole", "rosolia", "rubella"), "var": ("Varizellen", "varicelle", "varicella", "varicella"),
    "hpv": ("HPV", "HPV", "HPV", "HPV"), "cov": ("COVID-19", "COVID-19", "COVID-19", "COVID-19"),
    "tbe": ("FSME", "encéphalite à tiques", "encefalite da zecche", "tick-borne encephalitis"),
    "pnc": ("Pneumokokken", "pneumocoque", "pneumococco", "pneumococcal"),
    "menb": ("Meningokokken B", "méningocoque B", "meningococco B", "meningococcal B"),
    "men": ("Meningokokken ACWY", "méningocoque ACWY", "meningococco ACWY", "meningococcal ACWY"),
    "yf": ("Gelbfieber", "fièvre jaune", "febbre gialla", "yellow fever"),
    "flu": ("Influenza", "grippe", "influenza", "influenza"), "hz": ("Herpes zoster", "zona", "herpes zoster",
                                                                      "shingles"),
    "rab": ("Tollwut", "rage", "rabbia", "rabies"),
}
LANG_IDX = {"de": 0, "fr": 1, "it": 2, "en": 3}


def batch(c: Ctx) -> str:
    return c.pick(["", "", c.pick(string.ascii_uppercase)]) + c.pick(string.ascii_uppercase) + \
        c.pick(["", c.pick(string.ascii_uppercase)]) + _d(c.rng, c.pick([3, 4, 5])) + c.pick(["", "", "A", "B"])


def t_vaccination(c: Ctx) -> Doc:
    """Vaccination records: transcribed vaccination booklets, stamp OCR, decoded EU certificates, school forms."""
    d = c.doc()
    lang, region, rng = c.lang, c.region, c.rng
    li = LANG_IDX[lang]
    parent = c.person()
    is_child = c.p(0.55)
    pat = c.child_of(parent) if is_child else parent
    dob = c.birth("child" if is_child else "adult")
    fmt = c.cycle(["table", "ocr", "dcc"] + (["school"] if lang == "en" else []))
    if fmt == "dcc" and is_child:
        is_child = False
        pat = parent
        dob = c.birth("adult")

    practices = []
    for _ in range(c.pick([1, 2, 3])):
        doc_p = c.person(local=c.p(0.7))
        practices.append((doc_p, c.addr(), c.phone("landline")))
    spec = c.t(de=["Facharzt für Allgemeinmedizin", "Kinder- und Jugendarzt", "Praktischer Arzt",
                   "Hausärztliche Praxis"],
               fr=["Médecin généraliste", "Pédiatre", "Médecine générale"],
               it=["Medico di medicina generale", "Pediatra di libera scelta", "Medico chirurgo"],
               en=["General Practitioner", "Family Medicine", "Paediatrics" if region != "US" else "Pediatrics"])
    authority = c.t(de=["Gesundheitsamt", "Impfzentrum Messe"], fr=["Centre de vaccination", "PMI"],
                    it=["ASL – Centro vaccinale", "Hub vaccinale"], en=["Community health clinic",
                                                                        "Vaccination centre"])

    row_style = c.pick(["num", "num", "long", None]) if lang != "en" else c.pick([None, "num", "long", "iso"])

    def entries(n: int) -> list[tuple[date, str, list[str]]]:
        out = []
        for _ in range(n * 3):
            name, dis, since = c.pick(VACCINES)
            start = max(dob + timedelta(days=60), date(since, 1, 1))
            if start >= c.today:
                continue
            out.append((start + timedelta(days=rng.randint(0, (c.today - start).days)), name, dis))
            if len(out) == n:
                break
        return sorted(out, key=lambda x: x[0])

    def stamp(prac: tuple, short: bool = False) -> list:
        dp, pa, tel = prac
        parts: list = [c.dr(dp), " ", PER(dp.fl() if c.p(0.7) else dp.init_last())]
        if short:
            return parts + [", ", ADR(pa.one())]
        return parts + [f" · {spec} · ", ADR(pa.one(" · ") if c.p(0.5) else pa.one()),
                        c.t(de=" · Tel. ", fr=" · Tél. ", it=" · Tel. ", en=" · Tel "), PH(tel)]

    req = c.t(de=["Ich habe den Impfpass abgetippt. Welche Impfungen fehlen nach den aktuellen STIKO-Empfehlungen?",
                  "Bitte übersetze diese Impfübersicht ins Englische, die Schule im Ausland will sie haben.",
                  "Ist der Masernschutz damit nach Masernschutzgesetz nachgewiesen? Hier die Einträge:"],
              fr=["J'ai recopié le carnet de vaccination. Quels rappels manquent selon le calendrier vaccinal ?",
                  "Traduis ce relevé de vaccinations en anglais pour l'école à l'étranger, s'il te plaît.",
                  "Les vaccinations obligatoires sont-elles à jour ? Voici le relevé :"],
              it=["Ho ricopiato il libretto delle vaccinazioni. Quali richiami mancano secondo il calendario?",
                  "Traduci questo certificato vaccinale in inglese per la scuola all'estero, per favore.",
                  "Le vaccinazioni obbligatorie per l'iscrizione a scuola sono complete? Ecco i dati:"],
              en=["I've typed up the vaccination record. Which boosters are still due?",
                  "Can you check this immunisation record against the school entry requirements?",
                  "Please translate this vaccination record into Spanish for the clinic abroad:"])
    d.add(req, "\n\n")
    born = c.t(de="geb. ", fr="né(e) le ", it="nato/a il ", en="DOB ")
    if fmt == "table":
        d.add(c.t(de="Impfpass von ", fr="Carnet de vaccination de ", it="Libretto vaccinale di ",
                  en="Vaccination record for "), PER(pat.full()), ", ", born, DOB(c.fdate(dob)), "\n\n")
        rows = []
        for dt, name, dis in entries(rng.randint(4, 8)):
            who = stamp(c.pick(practices), short=True) if c.p(0.8) else [authority, f" {c.town()}"]
            rows.append([c.fdate(dt, row_style), name, batch(c),
                         ", ".join(DISEASES[k][li] for k in dis), who])
        d.add(md_table(c.tl(de=["Datum", "Impfstoff", "Ch.-B.", "gegen", "Arzt / Stempel"],
                           fr=["Date", "Vaccin", "Lot", "contre", "Médecin / cachet"],
                           it=["Data", "Vaccino", "Lotto", "contro", "Medico / timbro"],
                           en=["Date", "Vaccine", "Batch", "Against", "Clinician / stamp"]), rows))
        if c.p(0.5):
            dp, _pa, tel = practices[0]
            d.add("\n", c.t(de="Hausarztpraxis: ", fr="Médecin traitant : ", it="Medico curante: ", en="GP: "),
                  c.dr(dp), " ", PER(dp.last), ", ", PH(tel), "\n")
    elif fmt == "ocr":
        d.add(ocr(c, c.t(de="IMPFAUSWEIS / INTERNATIONALE BESCHEINIGUNGEN\n",
                         fr="CERTIFICAT INTERNATIONAL DE VACCINATION\n",
                         it="CERTIFICATO INTERNAZIONALE DI VACCINAZIONE\n",
                         en="INTERNATIONAL CERTIFICATE OF VACCINATION\n")))
        d.add(ocr(c, c.t(de="Name / name: ", fr="Nom / name : ", it="Nome / name: ", en="Name: ")),
              PER(pat.caps_inv() if c.p(0.5) else pat.full()), "\n",
              ocr(c, c.t(de="geboren am / date of birth: ", fr="né(e) le / date of birth : ",
                         it="nato/a il / date of birth: ", en="Date of birth: ")), DOB(c.fdate(dob)), "\n\n")
        for dt, name, dis in entries(rng.randint(3, 6)):
            d.add(f"{c.fdate(dt, row_style)}  {name}  "
                  f"{c.t(de='Ch.-B.', fr='Lot', it='Lotto', en='Batch')} {batch(c)}  "
                  f"({', '.join(DISEASES[k][li] for k in dis)})\n")
            d.add("   [", ocr(c, c.t(de="Stempel", fr="Cachet", it="Timbro", en="Stamp")), "] ",
                  stamp(c.pick(practices)), "\n")
        d.add(c.t(de="\nGiftnotruf: ", fr="\nCentre antipoison : ", it="\nCentro antiveleni: ", en="\nPoisons line: "),
              c.hotline(), "\n")
    elif fmt == "dcc":
        d.add(c.t(de="Ich habe den QR-Code meines alten EU-Impfzertifikats dekodiert. Was steht da genau drin?\n\n",
                  fr="J'ai décodé le QR code de mon ancien certificat COVID de l'UE. Que contient-il exactement ?\n\n",
                  it="Ho decodificato il QR del mio vecchio Green Pass. Cosa contiene esattamente?\n\n",
                  en="I decoded the QR code of my old EU COVID certificate. What exactly is in it?\n\n"))
        cc = region if region in ("DE", "AT", "FR", "BE", "LU", "IT", "IE") else c.pick(["DE", "FR", "IT", "IE"])
        issuer = {"DE": "Robert Koch-Institut", "AT": "Ministry of Health, Austria", "FR": "CNAM",
                  "BE": "Sciensano", "LU": "Ministère de la Santé", "IT": "Ministero della Salute",
                  "IE": "HSE"}[cc]
        vs = []
        for n in range(1, c.pick([2, 3, 4]) + 1):
            vs.append({"tg": "840539006", "vp": "1119349007", "mp": c.pick(["EU/1/20/1528", "EU/1/20/1507"]),
                       "ma": c.pick(["ORG-100030215", "ORG-100031184"]), "dn": n, "sd": n,
                       "dt": (date(2021, 3, 1) + timedelta(days=rng.randint(0, 400))).isoformat(), "co": cc,
                       "is": issuer,
                       "ci": f"URN:UVCI:01:{cc}:{''.join(c.pick(string.ascii_uppercase + string.digits) for _ in range(22))}#{c.pick(string.ascii_uppercase)}"})  # noqa: E501
        obj = {"ver": "1.3.0", "nam": {"fn": PER(pat.last), "fnt": PER(icao(pat.last)), "gn": PER(pat.firsts),
                                       "gnt": PER(icao(pat.firsts))},
               "dob": DOB(dob.isoformat()), "v": vs}
        d.add("```json\n", jdump(obj, indent=c.pick([2, 4, None])), "\n```\n")
    else:  # school immunisation form (en)
        school = f"{c.pick(['St', 'Lakeside', 'Riverside', 'Hillcrest', 'Kingsway'])} " \
                 f"{c.pick(['Primary School', 'Elementary', 'Middle School', 'School'])}"
        if school.startswith("St "):
            school = "St " + c.pick(["Mary's", "Patrick's", "Joseph's", "Brigid's"]) + " " + school[3:]
        dp, pa, tel = practices[0]
        pa_addr = c.addr()
        d.add(f"{school} – Certificate of Immunization\n\n", "Student: ", PER(pat.full()),
              "    Date of birth: ", DOB(c.fdate(dob)), f"    Grade/Year: {rng.randint(1, 8)}\n",
              "Parent/Guardian: ", PER(parent.full() if c.p(0.5) else parent.caps_inv()), "    Phone: ",
              PH(c.phone()), "\n", "Home address: ", ADR(pa_addr.one()), "\n",
              "Health care provider: ", c.dr(dp), " ", PER(dp.fl()), ", ", ADR(pa.one()), ", ", PH(tel), "\n\n")
        rows = []
        for vac in ["DTaP/Tdap", "IPV (polio)", "MMR", "Varicella", "Hepatitis B", "HPV", "MenACWY"]:
            ds = sorted(dob + timedelta(days=rng.randint(60, max(61, (TODAY - dob).days - 1)))
                        for _ in range(rng.randint(0, 4)))
            rows.append([vac] + [c.fdate(x) for x in ds] + [""] * (4 - len(ds)))
        d.add(md_table(["Vaccine", "Dose 1", "Dose 2", "Dose 3", "Dose 4"], rows))
        d.add(f"\nRecords checked by school nurse on {c.fdate(c.recent(30))}. Questions: health office ",
              c.hotline() if c.p(0.3) else f"ext. {rng.randint(100, 400)}", "\n")
    return d


def t_intake(c: Ctx) -> Doc:
    """New-patient questionnaires at a dentist, physiotherapist or psychotherapist (form, scan, booking export)."""
    d = c.doc()
    lang, region, rng = c.lang, c.region, c.rng
    is_child = c.p(0.3)
    guardian = c.person()
    pat = c.child_of(guardian) if is_child else guardian
    dob = c.birth("child" if is_child else "adult")
    a = c.addr()
    gp = c.person(local=c.p(0.7))
    gp_tel = c.phone("landline")
    practitioner = c.person(local=c.p(0.6))
    recommender = c.person(local=c.p(0.6))
    emerg = c.spouse_of(guardian) if c.p(0.6) else c.person(local=True)
    kind = c.pick(["dent", "physio", "psy"])
    fmt = c.cycle(["form", "form", "ocr", "json"])
    caps = fmt == "ocr" and c.p(0.5)
    practice = {
        "de": {"dent": "Zahnarztpraxis am Markt", "physio": "Physiotherapie Lindenhof",
               "psy": "Praxis für Psychotherapie im Zentrum"},
        "fr": {"dent": "Cabinet dentaire du Parc", "physio": "Cabinet de kinésithérapie des Tilleuls",
               "psy": "Cabinet de psychologie Horizon"},
        "it": {"dent": "Studio dentistico Sorriso", "physio": "Centro di fisioterapia Il Ponte",
               "psy": "Studio di psicoterapia Aurora"},
        "en": {"dent": "Harbourside Dental", "physio": "Northfield Physiotherapy", "psy": "Kestrel Counselling"},
    }[lang][kind]
    L = {
        "de": dict(title="Anamnesebogen", last="Name", first="Vorname", dob="Geburtsdatum", street="Straße, Nr.",
                   pctown="PLZ, Ort", addr="Anschrift", tel="Telefon", mob="Mobil", mail="E-Mail", job="Beruf",
                   ins="Krankenkasse", insno="Versichertennummer", main="Hauptversicherte/r", gp="Hausarzt/-ärztin",
                   emerg="Im Notfall zu benachrichtigen", meds="Medikamente", allerg="Allergien",
                   cond="Vorerkrankungen", ref="Wie sind Sie auf uns aufmerksam geworden?",
                   rec="Empfehlung von", sms="Terminerinnerung per SMS an", sign="Unterschrift", place="Ort, Datum",
                   born="geb."),
        "fr": dict(title="Questionnaire médical", last="Nom", first="Prénom", dob="Date de naissance",
                   street="Adresse", pctown="Code postal, ville", addr="Adresse", tel="Téléphone", mob="Portable",
                   mail="E-mail", job="Profession", ins="Mutuelle", insno="N° de sécurité sociale",
                   main="Assuré(e) principal(e)", gp="Médecin traitant", emerg="Personne à prévenir",
                   meds="Traitements en cours", allerg="Allergies", cond="Antécédents",
                   ref="Comment nous avez-vous connus ?", rec="Recommandé(e) par", sms="Rappel de RDV par SMS au",
                   sign="Signature", place="Fait à, le", born="né(e) le"),
        "it": dict(title="Scheda anamnestica", last="Cognome", first="Nome", dob="Data di nascita",
                   street="Via e n. civico", pctown="CAP, Città", addr="Indirizzo", tel="Telefono", mob="Cellulare",
                   mail="E-mail", job="Professione", ins="Assicurazione", insno="Codice fiscale / tessera sanitaria",
                   main="Genitore / titolare", gp="Medico di base", emerg="Persona da contattare",
                   meds="Farmaci assunti", allerg="Allergie", cond="Patologie", ref="Come ci ha conosciuto?",
                   rec="Consigliato da", sms="Promemoria SMS al numero", sign="Firma", place="Luogo e data",
                   born="nato/a il"),
        "en": dict(title="New patient registration and medical history", last="Surname", first="First name",
                   dob="Date of birth", street="Address line 1", pctown="Town and postcode", addr="Home address",
                   tel="Home phone", mob="Mobile", mail="Email", job="Occupation", ins="Insurer",
                   insno={"GB": "NHS number", "IE": "PPS number", "US": "Member ID", "CA": "Health card number",
                          "AU": "Medicare number", "NZ": "NHI number"}[region] if lang == "en" else "",
                   main="Parent / guardian", gp="GP / family doctor", emerg="Next of kin",
                   meds="Current medication", allerg="Allergies", cond="Medical history",
                   ref="How did you hear about us?", rec="Recommended by", sms="Text reminders to", sign="Signed",
                   place="Date", born="DOB"),
    }[lang]
    insno = {"de": f"{c.pick(string.ascii_uppercase)}{_d(rng, 9)}", "fr": f"{c.pick('12')} {_d(rng, 2)} {_d(rng, 2)} "
             f"{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 2)}",
             "it": f"{''.join(c.pick(string.ascii_uppercase) for _ in range(6))}{_d(rng, 2)}"
                   f"{c.pick(string.ascii_uppercase)}{_d(rng, 2)}{c.pick(string.ascii_uppercase)}{_d(rng, 3)}"
                   f"{c.pick(string.ascii_uppercase)}",
             "en": {"GB": f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 4)}", "IE": f"{_d(rng, 7)}{c.pick('ABCDW')}",
                    "US": f"{c.pick(['XJH', 'ZGP', 'W'])}{_d(rng, 9)}", "CA": f"{_d(rng, 4)}-{_d(rng, 3)}-{_d(rng, 3)}",
                    "AU": f"{_d(rng, 4)} {_d(rng, 5)} {_d(rng, 1)}",
                    "NZ": f"{''.join(c.pick('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{_d(rng, 4)}"}[region]
             if lang == "en" else ""}[lang]
    insurer = c.pick({"DE": ["AOK Bayern", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit"],
                      "AT": ["ÖGK", "BVAEB", "SVS"], "CH": ["CSS", "Helsana", "Swica", "Groupe Mutuel", "Sanitas"],
                      "FR": ["MGEN", "Harmonie Mutuelle", "MAAF Santé"], "BE": ["Mutualité chrétienne", "Solidaris"],
                      "LU": ["CNS", "CMCM"], "IT": ["SSN", "UniSalute", "RBM Salute"], "GB": ["NHS", "Bupa",
                                                                                              "AXA Health"],
                      "IE": ["Vhi", "Laya Healthcare", "Irish Life Health"], "US": ["Aetna", "Kaiser Permanente",
                                                                                    "Cigna"],
                      "CA": ["OHIP", "Sun Life", "Manulife"], "AU": ["Medicare", "Medibank", "Bupa"],
                      "NZ": ["Southern Cross", "nib", "ACC"]}[region])
    conds = c.tl(de=["Bluthochdruck", "Diabetes", "Herzerkrankung", "Asthma", "Morbus Basedow",
                    "Hashimoto-Thyreoiditis", "Morbus Crohn", "Epilepsie", "Osteoporose", "Gerinnungsstörung"],
                fr=["hypertension", "diabète", "maladie cardiaque", "asthme", "maladie de Basedow",
                    "thyroïdite de Hashimoto", "maladie de Crohn", "épilepsie", "ostéoporose",
                    "troubles de la coagulation"],
                it=["ipertensione", "diabete", "cardiopatia", "asma", "morbo di Basedow", "tiroidite di Hashimoto",
                    "morbo di Crohn", "epilessia", "osteoporosi", "disturbi della coagulazione"],
                en=["high blood pressure", "diabetes", "heart condition", "asthma", "Graves' disease",
                    "Hashimoto's thyroiditis", "Crohn's disease", "epilepsy", "osteoporosis", "bleeding disorder"])
    meds = c.rng.sample(["L-Thyroxin 75 µg", "Ramipril 5 mg", "ASS 100", "Metformin 1000 mg", "Salbutamol-Spray",
                         "Pantoprazol 20 mg", "Ibuprofen 400 bei Bedarf", "Apixaban 5 mg", "Sertralin 50 mg"],
                        rng.randint(0, 3))
    allergies = c.pick([c.t(de="keine bekannt", fr="aucune connue", it="nessuna nota", en="none known"),
                        "Penicillin", "Latex", c.t(de="Pflaster", fr="pansements", it="cerotti", en="plasters"),
                        "Ibuprofen"])

    def v(s: str) -> str:
        return s.upper() if caps else s

    def lab(s: str) -> str:
        return ocr(c, s) if fmt == "ocr" else s

    req = c.t(de=["Fasse für die Behandlerin kurz die relevanten Risikofaktoren aus diesem Anamnesebogen zusammen:",
                  "Sind in diesem Aufnahmebogen Angaben widersprüchlich oder unvollständig?",
                  "Übertrag die Angaben bitte in unser Praxisformat (Stammdaten, Anamnese, Einwilligungen):"],
              fr=["Résume pour la praticienne les facteurs de risque importants de ce questionnaire :",
                  "Y a-t-il des informations contradictoires ou manquantes dans cette fiche ?",
                  "Reporte ces données dans notre format (identité, antécédents, consentements) :"],
              it=["Riassumi per la dottoressa i fattori di rischio rilevanti di questa scheda:",
                  "Ci sono dati contraddittori o mancanti in questa scheda anamnestica?",
                  "Riporta questi dati nel nostro formato (anagrafica, anamnesi, consensi):"],
              en=["Summarise the relevant risk factors from this intake form for the clinician:",
                  "Is anything contradictory or missing in this registration form?",
                  "Please move these answers into our template (demographics, history, consents):"])
    d.add(req, "\n\n")
    if fmt == "json":
        booking = {
            "appointment": {"id": f"apt_{_d(rng, 9)}",
                            "start": f"{c.recent(0, 20).isoformat()}T{rng.randint(8, 17):02d}"
                                                                   f":{c.pick(['00', '15', '30', '45'])}:00",
                            "practitioner": (c.dr(practitioner) + " ", PER(practitioner.fl())),
                            "practice": practice, "reason": c.t(de="Erstuntersuchung", fr="Première consultation",
                                                                it="Prima visita", en="New patient exam")},
            "patient": {"firstName": PER(pat.firsts), "lastName": PER(pat.last), "birthDate": DOB(dob.isoformat()),
                        "gender": pat.g.upper(), "phone": PH(c.phone()), "email": EML(c.email(guardian)),
                        "address": {"street": ADR(a.street), "zipCode": a.postcode, "city": a.town},
                        "insurance": {"name": insurer, "number": insno}},
            "questionnaire": [
                {"q": L["gp"], "a": (c.dr(gp) + " ", PER(gp.last), ", ", PH(gp_tel))},
                {"q": L["meds"], "a": ", ".join(meds) or "-"},
                {"q": L["allerg"], "a": allergies},
                {"q": L["cond"], "a": ", ".join(c.rng.sample(conds, 2))},
                {"q": L["emerg"], "a": (PER(emerg.fl()), " ", PH(c.phone()))},
                {"q": L["ref"], "a": (L["rec"] + " ", PER(recommender.first_init()))},
            ],
        }
        if is_child:
            booking["patient"]["guardian"] = {"name": PER(guardian.fl()),
                                              "birthDate": DOB(c.birth("parent").isoformat())}
        d.add("```json\n", jdump(booking, indent=2, ascii_=c.p(0.3)), "\n```\n")
        return d

    box_on, box_off = ("☒", "☐") if fmt == "ocr" and c.p(0.5) else ("[x]", "[ ]")
    d.add(f"{practice}\n", c.t(de="Behandelnd: ", fr="Praticien : ", it="Medico: ", en="Clinician: "),
          c.dr(practitioner), " ", PER(practitioner.fl()), "\n", lab(f"{L['title']}\n\n"))
    d.add(lab(f"{L['last']}: "), PER(v(pat.last)), "   ", lab(f"{L['first']}: "), PER(v(pat.firsts)), "\n",
          lab(f"{L['dob']}: "), DOB(c.fdate(dob) if not (fmt == "ocr" and c.p(0.3)) else
                                    " . ".join(c.fdate(dob, "num").split("."))), "\n")
    if c.p(0.5):
        d.add(lab(f"{L['street']}: "), ADR(v(a.street)), "\n", lab(f"{L['pctown']}: "), v(a.postcode), " ",
              v(a.town), "\n")
    else:
        d.add(lab(f"{L['addr']}: "), ADR(v(a.one())), "\n")
    if c.p(0.4):
        d.add(lab(f"{L['tel']}: "), PH(c.phone("landline")), "   ")
    d.add(lab(f"{L['mob']}: "), PH(c.phone()), "\n", lab(f"{L['mail']}: "), EML(c.email(guardian)), "\n")
    if not is_child:
        d.add(lab(f"{L['job']}: "), c.t(de=["Lehrerin", "Schreiner", "Bürokauffrau", "Rentner"],
                                         fr=["enseignante", "menuisier", "comptable", "retraité"],
                                         it=["insegnante", "falegname", "impiegata", "pensionato"],
                                         en=["teacher", "joiner", "accountant", "retired"]), "\n")
    d.add(lab(f"{L['ins']}: "), insurer, "   ", lab(f"{L['insno']}: "), insno, "\n")
    if is_child:
        d.add(lab(f"{L['main']}: "), PER(v(guardian.fl())), f", {L['born']} ", DOB(c.fdate(c.birth("parent"))), "\n")
    d.add(lab(f"{L['gp']}: "), c.dr(gp), " ", PER(v(gp.fl() if c.p(0.5) else gp.last)), ", ", PH(gp_tel), "\n",
          lab(f"{L['emerg']}: "), PER(v(emerg.fl())), " – ", PH(c.phone()), "\n\n")
    d.add(lab(f"{L['meds']}: "), ", ".join(meds) or "–", "\n", lab(f"{L['allerg']}: "), allergies, "\n",
          lab(f"{L['cond']}:\n"))
    ticked = set(c.rng.sample(range(len(conds)), rng.randint(0, 3)))
    for k, cond in enumerate(conds):
        d.add(f"{box_on if k in ticked else box_off} {cond}   ")
        if k % 3 == 2:
            d.add("\n")
    d.add("\n\n", lab(f"{L['ref']}\n"), f"{box_off} Internet  {box_off} Google Maps  {box_on} {L['rec']}: ",
          PER(v(c.pick([recommender.fl(), recommender.first_init(), recommender.init_last()]))), "\n")
    if c.p(0.6):
        d.add(lab(f"{L['sms']}: "), PH(c.phone()), "\n")
    d.add("\n", lab(f"{L['place']}: "), f"{a.town}, {c.fdate(c.recent(10), 'num' if lang != 'en' else None)}   ",
          lab(f"{L['sign']}: "), PER(c.pick([guardian.init_last(), guardian.fl(), guardian.last])), "\n")
    return d


AIRLINES = [("LH", "Lufthansa"), ("OS", "Austrian"), ("LX", "SWISS"), ("AF", "Air France"), ("SN", "Brussels Airlines"),
            ("LG", "Luxair"), ("AZ", "ITA Airways"), ("BA", "British Airways"), ("EI", "Aer Lingus"),
            ("AA", "American Airlines"), ("AC", "Air Canada"), ("QF", "Qantas"), ("NZ", "Air New Zealand"),
            ("FR", "Ryanair"), ("U2", "easyJet"), ("TP", "TAP Air Portugal"), ("TK", "Turkish Airlines")]
STATIONS = ["FRA", "MUC", "VIE", "ZRH", "GVA", "CDG", "ORY", "BRU", "LUX", "FCO", "MXP", "LHR", "DUB", "JFK", "YYZ",
            "SYD", "AKL", "LIS", "BCN", "ATH", "IST", "OPO", "NAP", "PMI", "HAM", "BER", "LIN", "MAN", "EDI", "YUL"]
MONTH3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def t_luggage(c: Ctx) -> Doc:
    """Delayed / lost baggage: airline property irregularity reports, the airline's mails, claim exports."""
    d = c.doc()
    region, rng = c.region, c.rng
    pax = c.person()
    title = {"m": "MR", "f": c.pick(["MRS", "MS"])}[pax.g]
    others: list[tuple[Person, str]] = []
    if c.p(0.5):
        sp = c.spouse_of(pax)
        others.append((sp, "MR" if sp.g == "m" else "MRS"))
    for _ in range(c.pick([0, 0, 1, 2])):
        k = c.child_of(pax)
        others.append((k, "MSTR" if k.g == "m" else "MISS"))
    code, airline = c.pick(AIRLINES)
    st = c.pick(STATIONS)
    frm = c.pick([s for s in STATIONS if s != st])
    when = c.recent(25)
    dmy = f"{when.day:02d}{MONTH3[when.month - 1]}{when.year % 100:02d}"
    ref = f"{st}{code}{_d(rng, 5)}"
    home = c.addr()
    hotel_region = c.pick([r for r in ("DE", "AT", "FR", "IT", "GB", "IE", "US", "AU") if r != region])
    hotel = c.addr(hotel_region)
    hotel_name = c.pick(["HOTEL ALFAMA", "HOTEL BELLEVUE", "IBIS CENTRE", "HOLIDAY INN EXPRESS", "B&B LA PERGOLA",
                         "HOTEL ZUR POST", "NOVOTEL AIRPORT", "HARBOUR VIEW MOTEL"])
    agent = c.person(local=False)
    tag = f"{code}{_d(rng, 6)}"

    def up(s: str) -> str:
        return ascii_fold(s, german=True).upper()

    def pname(p: Person) -> str:
        return f"{up(p.last).replace(' ', '')}/{up(p.firsts)}"

    phone = c.phone(intl=True)
    if c.p(0.4):
        phone = re.sub(r"\D", "", phone.replace("(0)", ""))
    mail = c.email(pax)
    pir: list = [
        "PROPERTY IRREGULARITY REPORT\n",
        f"FILE REF    : {ref}\n", f"DATE        : {dmy}\n",
        "NAME        : ", PER(pname(pax)), f" {title}\n",
        f"INITIALS    : {up(pax.first[0] + pax.last[0])}\n",
    ]
    if others:
        pir.append("ADD PAX     : ")
        for k, (o, t) in enumerate(others):
            if k:
                pir.append(", ")
            pir += [PER(pname(o)), f" {t}"]
        pir.append("\n")
    pir += ["PERM ADDR   : ", ADR(up(home.one(" "))), f" {home.country}\n",
            f"TEMP ADDR   : {hotel_name}, ", ADR(up(hotel.one())),
            f" {hotel.country} UNTIL {(when + timedelta(days=rng.randint(3, 12))).day:02d}{MONTH3[when.month - 1]}\n",
            "PHONE       : ", PH(phone), "\n", "EMAIL       : ", EML(up(mail) if c.p(0.6) else mail), "\n",
            f"ROUTING     : {code}{rng.randint(100, 9999)}/{dmy[:5]} {frm} {st}\n", f"BAG TAG     : {tag}\n",
            f"COLOUR/TYPE : {c.pick(['BK', 'BU', 'RD', 'GY', 'MC'])}{c.pick(['22', '02', '05', '27'])}\n",
            f"BRAND       : {c.pick(['SAMSONITE', 'RIMOWA', 'AMERICAN TOURISTER', 'EASTPAK', 'NO BRAND'])}\n",
            f"CONTENTS    : {c.pick(['CLOTHES SHOES TOILETRIES', 'DIVING GEAR CLOTHES', 'BABY FOOD CLOTHES BOOKS', 'SUITS LAPTOP CHARGER'])}\n",  # noqa: E501
            "DELIVERY    : TEMP ADDR\n"]
    fmt = c.cycle(["pir", "thread", "json"])
    items = c.tl(de=["Kleidung", "Kulturbeutel-Ersatz", "Ladekabel", "Badesachen", "Kinderschuhe"],
                 fr=["vêtements", "trousse de toilette", "chargeur", "maillots de bain", "chaussures enfant"],
                 it=["vestiti", "prodotti da bagno", "caricabatterie", "costumi", "scarpe per bambini"],
                 en=["clothes", "toiletries", "phone charger", "swimwear", "kids' shoes"])
    spent = [(it, c.amount(15, 220)) for it in c.rng.sample(items, rng.randint(2, 4))]
    iban_val = c.iban(c.region if c.region in IBAN_SPECS else None)
    adults = [pax] + [o for o, t in others if t in ("MR", "MRS")]
    holder = pax if c.p(0.7) else c.pick(adults)
    pay_card = c.p(0.4)
    req = c.t(
        de=["Mein Koffer ist seit Tagen verschwunden. Schreib mir bitte eine Forderung an die Airline für die "
            "Ersatzkäufe (Belege habe ich) und die Verspätung nach dem Montrealer Übereinkommen.",
            "Hilf mir, auf die Mail der Airline zu antworten – ich will die Kosten erstattet haben.",
            "Bitte fasse zusammen, was im PIR steht, und formuliere eine freundliche, aber bestimmte Nachfrage."],
        fr=["Ma valise est perdue depuis plusieurs jours. Rédige une réclamation à la compagnie pour mes achats de "
            "première nécessité (j'ai les tickets) selon la Convention de Montréal.",
            "Aide-moi à répondre au mail de la compagnie, je veux être remboursé(e).",
            "Résume le PIR et rédige une relance polie mais ferme."],
        it=["La mia valigia è sparita da giorni. Scrivi un reclamo alla compagnia per gli acquisti di prima "
            "necessità (ho gli scontrini) secondo la Convenzione di Montreal.",
            "Aiutami a rispondere alla mail della compagnia, voglio il rimborso delle spese.",
            "Riassumi il PIR e scrivi un sollecito cortese ma deciso."],
        en=["My suitcase has been missing for days. Please draft a claim to the airline for the essentials I had to "
            "buy (I have receipts) under the Montreal Convention.",
            "Help me reply to the airline's email - I want my expenses refunded.",
            "Summarise the PIR and write a polite but firm chaser."])
    d.add(req, "\n\n")
    pay_intro = c.t(de="Erstattung bitte auf: ", fr="Remboursement sur : ", it="Rimborso su: ", en="Refund to: ")
    if fmt == "json":
        claim = {
            "fileReference": ref, "airline": airline, "claimType": "DELAYED_BAGGAGE",
            "passenger": {"title": title, "lastName": PER(pax.last), "firstName": PER(pax.firsts),
                          "dateOfBirth": DOB(c.birth("adult").isoformat()) if c.p(0.5) else None,
                          "email": EML(mail), "phone": PH(c.phone()),
                          "address": {"line1": ADR(home.street), "line2": ADR(home.town_line),
                                      "country": home.country}},
            "coTravellers": [{"name": PER(o.fl())} for o, _t in others],
            "bags": [{"tag": tag, "colourType": "BK22", "lastSeen": st}],
            "expenses": [{"item": it, "amount": amt} for it, amt in spent],
            "payment": ({"method": "card", "cardNumber": CRD(c.card()), "cardHolder": PER(holder.fl())} if pay_card
                        else {"method": "bank", "iban": IBN(iban_val), "accountHolder": PER(holder.fl())}),
        }
        d.add(c.t(de="Export aus dem Online-Formular:\n", fr="Export du formulaire en ligne :\n",
                  it="Export del modulo online:\n", en="Export from the online claim form:\n"),
              "```json\n", jdump(claim, indent=2), "\n```\n")
        return d
    if fmt == "thread":
        d.add(f"From: {airline} Baggage Services <baggage@{c._slug(airline)}.com>\n", f"Subject: Your file {ref}\n\n",
              f"Dear {'Mr' if pax.g == 'm' else 'Mrs'} ", PER(pax.last), ",\n\n",
              "we are still tracing your bag. Please send us receipts for essential purchases and your bank details. "
              f"You can also call our baggage service centre on {c.hotline(service=True)}.\n\nKind regards\n",
              PER(agent.first),
              f" | {airline} Baggage Services\n\n---\n")
    d.add(pir)
    d.add("\n", c.t(de="Meine Ausgaben bisher:\n", fr="Mes dépenses jusqu'ici :\n", it="Le mie spese finora:\n",
                    en="What I've spent so far:\n"))
    for it, amt in spent:
        d.add(f"- {it}: {amt}\n")
    if pay_card:
        d.add(c.t(de="Gebucht habe ich mit der Karte ", fr="J'ai réservé avec la carte ",
                  it="Ho prenotato con la carta ",
                  en="I booked with card "), CRD(c.card()),
              c.t(de=", dorthin kann auch erstattet werden.\n", fr=", le remboursement peut aller dessus.\n",
                  it=", si può rimborsare lì.\n", en=", so they can refund that.\n"))
    else:
        d.add(pay_intro, IBN(iban_val), ", ", c.t(de="Kontoinhaber ", fr="titulaire ", it="intestatario ",
                                                  en="account holder "), PER(holder.fl()), "\n")
    if c.p(0.5):
        d.add(c.t(de="Erreichbar bin ich unter ", fr="Je suis joignable au ", it="Sono raggiungibile al ",
                  en="I'm reachable on "), PH(c.phone()), ".\n")
    return d


def t_cancellation(c: Ctx) -> Doc:
    """Contract cancellation letters and e-mails (gym, phone, newspaper, insurance, energy)."""
    d = c.doc()
    lang, region, rng = c.lang, c.region, c.rng
    me = c.person()
    a = c.addr()
    comp, dom = c.company()
    ca = c.pobox() if c.p(0.35) else c.addr()
    spouse = c.spouse_of(me) if c.p(0.35) else None
    dob = c.birth("adult")
    sent = c.recent(15)
    end = sent + timedelta(days=rng.randint(30, 120))
    cust = f"{c.pick(['', 'K', 'KD-', 'C', 'M'])}{_d(rng, rng.randint(6, 9))}"
    contract = c.t(de=["Fitnessstudio-Mitgliedschaft", "Mobilfunkvertrag", "Zeitungsabonnement", "Stromliefervertrag",
                       "Hausratversicherung", "Vereinsmitgliedschaft"],
                   fr=["abonnement à la salle de sport", "forfait mobile", "abonnement au journal",
                       "contrat d'électricité", "contrat d'assurance habitation"],
                   it=["abbonamento in palestra", "contratto telefonico", "abbonamento al quotidiano",
                       "fornitura di luce e gas", "polizza casa"],
                   en=["gym membership", "mobile phone contract", "newspaper subscription", "broadband contract",
                       "home insurance policy"])
    law = c.t(de=["gemäß § 309 Nr. 9 BGB" if region == "DE" else "fristgerecht laut AGB", "fristgerecht laut AGB", ""],
              fr=["conformément à la loi Chatel", "en application de la loi Hamon", ""] if region == "FR" else
                 ["conformément aux conditions générales", ""],
              it=["ai sensi del decreto Bersani (D.L. 7/2007)", "nei termini previsti dal contratto", ""],
              en=["under the Consumer Contracts Regulations" if region in ("GB", "IE") else
                  "in line with the Australian Consumer Law" if region in ("AU", "NZ") else
                  "as set out in your cancellation policy", ""])
    cred = f"{region if region in IBAN_SPECS else 'DE'}{_d(rng, 2)}ZZZ{_d(rng, 11 if region == 'DE' else 8)}"
    mandate = f"{c.pick(['MR', 'M', 'SEPA-'])}{_d(rng, 8)}"
    iban_ok = region in IBAN_SPECS
    use_card = c.p(0.4)
    sign = c.pick([me.fl(), me.fl(), me.init_last(), me.full()])
    fmt = c.cycle(["letter", "letter", "email"])
    req = c.t(de=["Ist diese Kündigung so rechtssicher? Bitte verbessere sie, wo nötig.",
                  "Kannst du die Kündigung etwas formeller formulieren? Die Fakten bitte nicht ändern.",
                  "Bitte prüfe meine Kündigung und sag mir, ob etwas Wichtiges fehlt:"],
              fr=["Cette lettre de résiliation est-elle valable juridiquement ? Améliore-la si besoin.",
                  "Peux-tu reformuler cette résiliation de façon plus formelle sans changer les faits ?",
                  "Vérifie ma lettre de résiliation et dis-moi s'il manque quelque chose d'important :"],
              it=["Questa disdetta è corretta dal punto di vista legale? Migliorala dove serve.",
                  "Puoi riscrivere la disdetta in modo più formale senza cambiare i fatti?",
                  "Controlla la mia disdetta e dimmi se manca qualcosa di importante:"],
              en=["Is this cancellation letter watertight? Please improve it where needed.",
                  "Can you make this cancellation sound more formal? Keep the facts as they are.",
                  "Please check my cancellation and tell me if anything important is missing:"])
    d.add(req, "\n\n")
    if fmt == "email":
        d.add(c.t(de="Von: ", fr="De : ", it="Da: ", en="From: "), PER(me.fl()), " <", EML(c.email(me)), ">\n",
              c.t(de="An: ", fr="À : ", it="A: ", en="To: "), c.pick(["kuendigung", "service", "contact", "disdette",
                                                                        "cancellations", "membership"]), f"@{dom}\n",
              c.t(de="Betreff: ", fr="Objet : ", it="Oggetto: ", en="Subject: "))
    else:
        d.add(PER(me.fl()), "\n", ADR(a.street), "\n", ADR(a.town_line), "\n")
        if c.p(0.5):
            d.add(c.t(de="Tel. ", fr="Tél. ", it="Tel. ", en="Tel "), PH(c.phone()), " · ", EML(c.email(me)), "\n")
        d.add("\n", comp, "\n", c.t(de=["Kundenservice", "Kündigungsabteilung", "Mitgliederverwaltung"],
                                    fr=["Service clients", "Service résiliations"],
                                    it=["Servizio clienti", "Ufficio disdette"],
                                    en=["Customer Services", "Membership Team", "Attn: Cancellations"]), "\n",
              ADR(ca.street), "\n", ADR(ca.town_line), "\n\n", f"{a.town}, {c.fdate(sent, 'long')}\n\n")
        if lang == "fr":
            d.add("Lettre recommandée avec accusé de réception\n")
        if lang == "it":
            d.add("Raccomandata A/R\n")
        d.add(c.t(de="Betreff: ", fr="Objet : ", it="Oggetto: ", en="Re: "))
    d.add(c.t(de=f"Kündigung {contract} – Kundennummer {cust}\n\n",
              fr=f"Résiliation de mon {contract} – n° client {cust}\n\n",
              it=f"Disdetta {contract} – codice cliente {cust}\n\n",
              en=f"Cancellation of my {contract} – customer no. {cust}\n\n"))
    d.add(c.t(de="Sehr geehrte Damen und Herren,\n\n", fr="Madame, Monsieur,\n\n", it="Spettabile società,\n\n",
              en="Dear Sir or Madam,\n\n"))
    d.add(c.t(de=f"hiermit kündige ich meinen {contract} {law} zum {c.fdate(end, 'num')}, hilfsweise zum "
                 "nächstmöglichen Zeitpunkt. ",
              fr=f"par la présente, je résilie mon {contract} {law} à compter du {c.fdate(end, 'long')}. ",
              it=f"con la presente comunico la disdetta del mio {contract} {law} a partire dal "
                 f"{c.fdate(end, 'long')}. ",
              en=f"I am writing to cancel my {contract} {law} with effect from {c.fdate(end, 'long')}. ").replace("  ",
                                                                                                            " "))
    d.add(c.t(de="Zur Zuordnung: ", fr="Pour identification : ", it="Per identificazione: ", en="For reference: "),
          PER(me.fl()), c.t(de=", geboren am ", fr=", né(e) le ", it=", nato/a il ", en=", date of birth "),
          DOB(c.fdate(dob)))
    if fmt == "email":
        d.add(", ", ADR(a.one()))
    d.add(".\n")
    if spouse:
        d.add(c.t(de="Die Partnermitgliedschaft von ", fr="Merci de résilier également l'abonnement partenaire de ",
                  it="Vi prego di disdire anche l'abbonamento partner di ", en="Please also cancel the partner "
                                                                                  "membership of "),
              PER(spouse.fl()), " (", c.t(de="geb. ", fr="né(e) le ", it="nato/a il ", en="DOB "),
              DOB(c.fdate(c.birth("adult"))), ")", c.t(de=" bitte ebenfalls beenden.", fr=".", it=".", en="."), "\n")
    d.add(c.t(de=f"Das SEPA-Lastschriftmandat (Mandatsreferenz {mandate}, Gläubiger-ID {cred}) widerrufe ich zum "
                 "selben Datum. ",
              fr=f"Je révoque le mandat de prélèvement SEPA (RUM {mandate}, ICS {cred}) à la même date. ",
              it=f"Revoco contestualmente il mandato SDD (rif. {mandate}, ID creditore {cred}). ",
              en=f"Please cancel the direct debit (mandate ref. {mandate}) from the same date. "))
    if use_card:
        d.add(c.t(de="Bitte belasten Sie meine Kreditkarte ", fr="Merci de ne plus débiter ma carte ",
                  it="Vi prego di non addebitare più la mia carta ", en="Please stop charging my card "),
              CRD(c.card()), c.t(de=" nicht mehr. ", fr=". ", it=". ", en=". "))
    if iban_ok and c.p(0.7):
        d.add(c.t(de="Ein Guthaben überweisen Sie bitte auf mein Konto ", fr="Merci de rembourser le trop-perçu sur "
                                                                            "mon compte ",
                  it="Eventuali crediti vanno rimborsati sul conto ", en="Please refund any credit to my account "),
              IBN(c.iban()), c.t(de=f" (BIC {c.bic()}). ", fr=f" (BIC {c.bic()}). ", it=". ", en=". "))
    d.add("\n", c.t(de="Bitte bestätigen Sie mir die Kündigung schriftlich. ",
                    fr="Merci de me confirmer la résiliation par écrit. ",
                    it="Vi chiedo conferma scritta della disdetta. ",
                    en="Please confirm the cancellation in writing. "))
    if c.p(0.6):
        d.add(c.t(de="Für Rückfragen erreichen Sie mich unter ", fr="Je reste joignable au ",
                  it="Per eventuali chiarimenti sono raggiungibile al ", en="If you need to reach me, call "),
              PH(c.phone()), ". ")
    d.add(c.t(de="Einer Kontaktaufnahme zu Werbezwecken widerspreche ich.", fr="Je refuse toute sollicitation "
                                                                              "commerciale.",
              it="Non acconsento a contatti commerciali.", en="I do not wish to be contacted with retention offers."),
          "\n\n", c.t(de="Mit freundlichen Grüßen", fr="Veuillez agréer mes salutations distinguées.",
                      it="Distinti saluti", en="Yours faithfully" if region in ("GB", "IE") else "Sincerely"),
          "\n\n", PER(sign), "\n")
    if fmt == "email" and c.p(0.6):
        d.add("--\n", PER(me.fl()), "\n", ADR(a.street), "\n", ADR(a.town_line), "\n", PH(c.phone()), "\n")
    return d


XL = {
    "de": dict(vlookup="SVERWEIS", if_="WENN", countif="ZÄHLENWENN", link="HYPERLINK", today="HEUTE", text="TEXT",
               trim="GLÄTTEN", xlookup="XVERWEIS", char="ZEICHEN", false="FALSCH", sep=";", na="#NV", val="#WERT!",
               sheet="Mitglieder", sheet2="Tabelle2", datefmt="TT.MM.JJJJ"),
    "fr": dict(vlookup="RECHERCHEV", if_="SI", countif="NB.SI", link="LIEN_HYPERTEXTE", today="AUJOURDHUI",
               text="TEXTE", trim="SUPPRESPACE", xlookup="RECHERCHEX", char="CAR", false="FAUX", sep=";", na="#N/A",
               val="#VALEUR!", sheet="Adhérents", sheet2="Feuil2", datefmt="jj/mm/aaaa"),
    "it": dict(vlookup="CERCA.VERT", if_="SE", countif="CONTA.SE", link="COLLEG.IPERTESTUALE", today="OGGI",
               text="TESTO", trim="ANNULLA.SPAZI", xlookup="CERCA.X", char="CODICE.CARATT", false="FALSO", sep=";",
               na="#N/D", val="#VALORE!", sheet="Soci", sheet2="Foglio2", datefmt="gg/mm/aaaa"),
    "en": dict(vlookup="VLOOKUP", if_="IF", countif="COUNTIF", link="HYPERLINK", today="TODAY", text="TEXT",
               trim="TRIM", xlookup="XLOOKUP", char="CHAR", false="FALSE", sep=",", na="#N/A", val="#VALUE!",
               sheet="Members", sheet2="Sheet2", datefmt="dd/mm/yyyy"),
}


def t_spreadsheet(c: Ctx) -> Doc:
    """Spreadsheet ranges pasted with the formulas that fail on them (Excel / Google Sheets)."""
    d = c.doc()
    lang, region, rng = c.lang, c.region, c.rng
    x = XL[lang]
    s = x["sep"]
    hdr = c.tl(de=["Nr", "Nachname", "Vorname", "Geburtsdatum", "Telefon", "E-Mail", "Straße", "PLZ", "Ort", "Beitrag",
                  "Mitgl.-Nr."],
              fr=["N°", "Nom", "Prénom", "Date de naissance", "Téléphone", "E-mail", "Adresse", "CP", "Ville",
                  "Cotisation", "N° adhérent"],
              it=["N.", "Cognome", "Nome", "Data di nascita", "Telefono", "E-mail", "Indirizzo", "CAP", "Città",
                  "Quota", "N. socio"],
              en=["No", "Surname", "First name", "DOB", "Phone", "Email", "Street", "ZIP" if region == "US" else
                  "Postcode", "Town", "Fee", "Member no"])
    people = [c.person() for _ in range(rng.randint(3, 6))]
    dob_style = c.pick([None, "iso", "num"])
    rows = []
    meta = []
    for n, p in enumerate(people, 1):
        a = c.addr()
        b = c.birth(c.pick(["adult", "child", "young"]))
        tel = c.phone(intl=False)
        if c.p(0.2) and tel.startswith("0"):
            tel = re.sub(r"\D", "", tel)[1:]
        rows.append([str(n), PER(p.last), PER(p.first), DOB(c.fdate(b, dob_style)), PH(tel), EML(c.email(p)),
                     ADR(a.street), a.postcode, a.town, c.amount(20, 120),
                     f"{c.pick(['M', 'S', ''])}{_d(rng, 4)}"])
        meta.append((p, a, b, tel))
    req = c.t(de="Ich verzweifle an meiner Tabelle. Hier ein Ausschnitt (aus Excel kopiert):",
              fr="Je bloque sur mon tableur. Voici un extrait (copié depuis Excel) :",
              it="Non riesco a sistemare il mio foglio di calcolo. Ecco un estratto (copiato da Excel):",
              en="My spreadsheet is driving me mad. Here's a chunk of it (copied from Excel):")
    d.add(req, "\n\n")
    style = c.cycle(["tsv", "tsv", "md", "csv"])
    if style == "tsv":
        d.add("\t".join(hdr), "\n")
        for r in rows:
            for k, cell in enumerate(r):
                if k:
                    d.add("\t")
                d.add(cell)
            d.add("\n")
    elif style == "md":
        d.add(md_table(["", *[chr(65 + k) for k in range(len(hdr))]], [["1", *hdr]] +
                       [[str(n + 2), *r] for n, r in enumerate(rows)]))
    else:
        d.add("```\n", csv_line(hdr, ";" if s == ";" else ","))
        for r in rows:
            d.add(csv_line(r, ";" if s == ";" else ",", quote_all=c.p(0.3)))
        d.add("```\n")
    d.add("\n")
    problems = c.rng.sample(["vlookup", "if", "link", "age", "label"] +
                            ([] if region in ("US", "CA", "LU") else ["zero"]), 2)
    for prob in problems:
        p, a, b, tel = c.pick(meta)
        row = meta.index((p, a, b, tel)) + 2
        if prob == "vlookup":
            d.add(c.t(de=f"In {x['sheet2']} hole ich die Telefonnummer mit ",
                      fr=f"Dans {x['sheet2']}, je récupère le téléphone avec ",
                      it=f"In {x['sheet2']} recupero il telefono con ",
                      en=f"On {x['sheet2']} I pull the phone number with "),
                  f"`={x['vlookup']}(A2{s}{x['sheet']}!$B$2:$K$500{s}4{s}{x['false']})`",
                  c.t(de=", aber bei ", fr=", mais pour ", it=", ma per ", en=", but for "), PER(p.fl()),
                  c.t(de=f" kommt {x['na']}, obwohl sie/er in der Liste steht. ",
                      fr=f" j'obtiens {x['na']} alors qu'elle/il est dans la liste. ",
                      it=f" esce {x['na']} anche se è nell'elenco. ",
                      en=f" I get {x['na']} even though they're in the list. "),
                  c.t(de="Liegt es am Leerzeichen hinter dem Namen?", fr="Est-ce à cause d'un espace après le nom ?",
                      it="È colpa di uno spazio dopo il nome?", en="Is it a trailing space?"), "\n\n")
        elif prob == "if":
            d.add(c.t(de="Diese Formel markiert den Vorstand nicht: ", fr="Cette formule ne marque pas le bureau : ",
                      it="Questa formula non segna il direttivo: ", en="This formula doesn't flag the committee: "),
                  f"`={x['if_']}(B{row}=\"", PER(p.last), f"\"{s}\"", c.t(de="Vorstand", fr="Bureau", it="Direttivo",
                                                                            en="Committee"),
                  f"\"{s}\"\")`", c.t(de=" – und ", fr=" – et ", it=" – e ", en=" - and "),
                  f"`={x['countif']}(C:C{s}\"", PER(p.first), "\")`",
                  c.t(de=" zählt 0.\n\n", fr=" renvoie 0.\n\n", it=" restituisce 0.\n\n", en=" returns 0.\n\n"))
        elif prob == "link":
            m = c.email(p)
            d.add(c.t(de="Der Mail-Link ist nicht klickbar: ", fr="Le lien mail ne marche pas : ",
                      it="Il link email non funziona: ", en="The email link isn't clickable: "),
                  f"`={x['link']}(\"mailto:", EML(m), f"\"{s}\"", PER(p.fl()), "\")`\n\n")
        elif prob == "age":
            d.add(c.t(de="Für das Alter nutze ich ", fr="Pour l'âge j'utilise ", it="Per l'età uso ",
                      en="For the age I use "), f"`=DATEDIF(D{row}{s}{x['today']}(){s}\"Y\")`",
                  c.t(de=f", aber in Zeile {row} (", fr=f", mais ligne {row} (", it=f", ma alla riga {row} (",
                      en=f", but row {row} ("),
                  PER(p.fl()), c.t(de=", geboren ", fr=", né(e) le ", it=", nato/a il ",
                                                     en=", born "), DOB(c.fdate(b, "long")),
                  c.t(de=f") kommt {x['val']}. Ist das Datum als Text gespeichert?\n\n",
                      fr=f") j'ai {x['val']}. La date est-elle stockée comme texte ?\n\n",
                      it=f") esce {x['val']}. La data è salvata come testo?\n\n",
                      en=f") gives {x['val']}. Is the date stored as text?\n\n"))
        elif prob == "zero":
            full = c.phone("mobile", intl=False)
            digits = re.sub(r"\D", "", full)
            if digits.startswith("0"):
                digits = digits[1:]
            d.add(c.t(de="Außerdem verschwindet bei Telefonnummern die führende Null: aus ",
                      fr="Et les numéros perdent leur zéro initial : ",
                      it="E i numeri perdono lo zero iniziale: ", en="Also the phone numbers lose the leading zero: "),
                  PH(full), c.t(de=" wird ", fr=" devient ", it=" diventa ", en=" becomes "), PH(digits),
                  c.t(de=f". Hilft {x['text']}()?\n\n", fr=f". Est-ce que {x['text']}() aide ?\n\n",
                      it=f". Serve {x['text']}()?\n\n", en=f". Would {x['text']}() help?\n\n"))
        else:
            d.add(c.t(de="Für die Adressetiketten verkette ich so: ", fr="Pour les étiquettes je concatène ainsi : ",
                      it="Per le etichette concateno così: ", en="For the address labels I concatenate like this: "),
                  f"`=C{row}&\" \"&B{row}&{x['char']}(10)&G{row}&{x['char']}(10)&H{row}&\" \"&I{row}`",
                  c.t(de=". Ergebnis in der Vorschau:\n", fr=". Résultat dans l'aperçu :\n",
                      it=". Risultato nell'anteprima:\n", en=". The preview shows:\n"),
                  "```\n", PER(p.fl()), "\n", ADR(a.street), "\n", ADR(f"{a.postcode} {a.town}"), "\n```\n",
                  c.t(de="Aber im Etikett steht alles in einer Zeile.\n\n", fr="Mais sur l'étiquette tout est sur "
                                                                            "une ligne.\n\n",
                      it="Ma sull'etichetta è tutto su una riga.\n\n", en="But on the label it's all on one line.\n\n"))
    d.add(c.t(de="Was mache ich falsch?", fr="Qu'est-ce que je fais de travers ?", it="Dove sbaglio?",
              en="What am I doing wrong?"), "\n")
    return d


def t_mailmerge(c: Ctx) -> Doc:
    """Mail merge: the data source, the template with merge fields and the preview of one record."""
    d = c.doc()
    lang, region, rng = c.lang, c.region, c.rng
    F = c.tl(de=["Anrede", "Titel", "Vorname", "Nachname", "Straße", "PLZ", "Ort", "Geburtsdatum", "E_Mail",
                "Mitglied_seit"],
            fr=["Civilité", "Titre", "Prénom", "Nom", "Adresse", "CP", "Ville", "Date_naissance", "Courriel",
                "Adhérent_depuis"],
            it=["Titolo", "Qualifica", "Nome", "Cognome", "Indirizzo", "CAP", "Città", "Data_nascita", "Email",
                "Socio_dal"],
            en=["Title", "Qualification", "FirstName", "LastName", "Address1", "Postcode" if region != "US" else "ZIP",
                "City", "DOB", "Email", "MemberSince"])
    people = []
    for _ in range(rng.randint(3, 5)):
        p = c.person()
        a = c.addr()
        b = c.birth(c.pick(["adult", "senior"]))
        people.append((p, a, b, c.email(p), c.pick(["", "", "", c.dr(p)]), c.recent(6000, -400)))
    titles = {id(p): {"de": "Herr" if p.g == "m" else "Frau", "fr": "Monsieur" if p.g == "m" else "Madame",
                      "it": "Sig." if p.g == "m" else "Sig.ra",
                      "en": "Mr" if p.g == "m" else c.pick(["Mrs", "Ms"])}[lang] for p, *_ in people}

    def title_of(p: Person) -> str:
        return titles[id(p)]
    sep = c.pick([";", ";", "\t"]) if lang != "en" else c.pick([",", "\t"])
    req = c.t(de="Mein Serienbrief in Word macht Ärger. Hier Datenquelle, Vorlage und die Vorschau für einen "
                 "Datensatz – warum stimmt die Anrede bzw. das Datum nicht?",
              fr="Mon publipostage Word ne fonctionne pas. Voici la source de données, le modèle et l'aperçu d'un "
                 "enregistrement : pourquoi la civilité / la date sont-elles fausses ?",
              it="La stampa unione di Word non funziona. Ecco origine dati, modello e anteprima di un record: perché "
                 "il titolo o la data vengono sbagliati?",
              en="My mail merge is misbehaving. Here's the data source, the template and the preview of one record - "
                 "why are the greeting / date wrong?")
    d.add(req, "\n\n", c.t(de="Datenquelle (mitglieder.csv):\n", fr="Source (adherents.csv) :\n",
                          it="Origine dati (soci.csv):\n", en="Data source (members.csv):\n"), "```\n")
    d.add(csv_line(F, sep))
    date_style = c.pick(["num", "iso", None])
    for p, a, b, m, ttl, since in people:
        d.add(csv_line([title_of(p), ttl, PER(p.firsts), PER(p.last), ADR(a.street), a.postcode, a.town,
                        DOB(c.fdate(b, date_style)), EML(m), c.fdate(since, "num" if lang != "en" else None)],
                       sep, quote_all=c.p(0.2)))
    d.add("```\n\n", c.t(de="Vorlage (Feldfunktionen eingeblendet):\n", fr="Modèle (codes de champ affichés) :\n",
                         it="Modello (codici di campo visibili):\n", en="Template (field codes shown):\n"), "```\n")
    tpl = (f"«{F[0]}» «{F[1]}» «{F[2]}» «{F[3]}»\n«{F[4]}»\n"
           + (f"«{F[6]}» «{F[5]}»\n\n" if lang == "en" and region in ("GB", "US", "CA", "AU", "NZ")
              else f"«{F[5]}» «{F[6]}»\n\n"))
    greet = c.t(de=f'{{ IF {{ MERGEFIELD {F[0]} }} = "Frau" "Sehr geehrte" "Sehr geehrter" }} «{F[0]}» «{F[1]}» '
                   f"«{F[3]}»,\n\n",
                fr=f"{{ MERGEFIELD {F[0]} }} «{F[1]}» «{F[3]}»,\n\n",
                it=f'{{ IF {{ MERGEFIELD {F[0]} }} = "Sig.ra" "Gentile signora" "Gentile signor" }} «{F[3]}»,\n\n',
                en=f"Dear «{F[0]}» «{F[3]}»,\n\n")
    body = c.t(de=f'herzlichen Glückwunsch zum Geburtstag am {{ MERGEFIELD {F[7]} \\@ "d. MMMM" }}! Seit '
                  f"«{F[9]}» sind Sie Mitglied ...\n",
               fr=f'joyeux anniversaire pour le {{ MERGEFIELD {F[7]} \\@ "d MMMM" }} ! Vous êtes adhérent depuis '
                  f"le «{F[9]}» ...\n",
               it=f'tanti auguri per il compleanno del {{ MERGEFIELD {F[7]} \\@ "d MMMM" }}! È socio dal '
                  f"«{F[9]}» ...\n",
               en=f'happy birthday for {{ MERGEFIELD {F[7]} \\@ "d MMMM" }}! You have been a member since '
                  f"«{F[9]}» ...\n")
    d.add(tpl, greet, body, "```\n\n")
    p, a, b, m, ttl, since = c.pick(people)
    k = people.index((p, a, b, m, ttl, since)) + 1
    d.add(c.t(de=f"Vorschau Datensatz {k}:\n", fr=f"Aperçu de l'enregistrement {k} :\n",
              it=f"Anteprima record {k}:\n", en=f"Preview of record {k}:\n"), "```\n")
    d.add(f"{title_of(p)} {ttl + ' ' if ttl else ''}", PER(p.full()), "\n", ADR(a.street), "\n", ADR(a.town_line),
          "\n\n")
    wrong_date = c.fdate(b, "iso") if c.p(0.5) else f"{b.month}/{b.day}/{b.year}"
    if lang == "de":
        d.add(f"Sehr geehrter {title_of(p)} {ttl + ' ' if ttl else ''}", PER(p.last), ",\n\nherzlichen Glückwunsch "
              "zum Geburtstag am ", DOB(wrong_date), "! Seit ", c.fdate(since, "num"), " sind Sie Mitglied ...\n")
    elif lang == "fr":
        d.add(f"{title_of(p)} {ttl + ' ' if ttl else ''}", PER(p.last), ",\n\njoyeux anniversaire pour le ",
              DOB(wrong_date), " ! Vous êtes adhérent depuis le ", c.fdate(since, "num"), " ...\n")
    elif lang == "it":
        d.add("Gentile signor ", PER(p.last), ",\n\ntanti auguri per il compleanno del ", DOB(wrong_date),
              "! È socio dal ", c.fdate(since, "num"), " ...\n")
    else:
        d.add(f"Dear {title_of(p)} ", PER(p.last), ",\n\nhappy birthday for ", DOB(wrong_date),
              "! You have been a member since ", c.fdate(since), " ...\n")
    d.add("```\n")
    age = TODAY.year - b.year
    nice = date(TODAY.year, b.month, min(b.day, 28))
    d.add("\n", c.t(de=f"Eigentlich soll da stehen „Sehr geehrte/r … zu Ihrem {age}. Geburtstag am "
                       f"{c.fdate(nice, 'long')}“ – ohne Geburtsjahr.",
                    fr=f"Je voudrais « … pour vos {age} ans le {c.fdate(nice, 'long')} », sans l'année de naissance.",
                    it=f"Vorrei «… per i suoi {age} anni il {c.fdate(nice, 'long')}», senza anno di nascita.",
                    en=f"It should say '... on your {ordinal_en(age)} birthday on {c.fdate(nice, 'long')}' - no birth "
                       "year."),
          "\n")
    if c.p(0.4):
        q = c.pick(people)[0]
        d.add(c.t(de="Und bei ", fr="Et pour ", it="E per ", en="And for "), PER(q.fl()),
              c.t(de=" fehlt der Titel, obwohl er in der Quelle steht.\n",
                  fr=" le titre manque alors qu'il est dans la source.\n",
                  it=" manca la qualifica anche se c'è nella sorgente.\n",
                  en=" the qualification is missing although it's in the source.\n"))
    return d


def ordinal_en(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def t_eventreg(c: Ctx) -> Doc:
    """Event registration exports, check-in lists and name-badge print lists."""
    d = c.doc()
    region, rng = c.region, c.rng
    event = c.t(de=["Fachtagung Digitale Verwaltung 2027", "Jahrestagung Pflege & Technik", "Python-Meetup #42",
                    "Netzwerktreffen Gründerinnen", "Regionalkonferenz Energie"],
                fr=["Journée Transition numérique 2027", "Congrès régional des infirmières", "Meetup JavaScript #17",
                    "Rencontres de l'entrepreneuriat", "Forum Énergie et territoires"],
                it=["Convegno PA Digitale 2027", "Giornata nazionale dell'infermieristica", "Meetup Python #42",
                    "Forum Imprese e Innovazione", "Conferenza Energia e Territorio"],
                en=["Digital Government Summit 2027", "Annual Nursing & Tech Conference", "Python Meetup #42",
                    "Founders Networking Breakfast", "Regional Energy Forum"])
    venue_name = c.t(de=["Kongresshaus", "Stadthalle", "Tagungszentrum am See"], fr=["Palais des congrès",
                                                                                   "Centre de conférences"],
                     it=["Centro congressi", "Palazzo della Cultura"], en=["Convention Centre", "Town Hall",
                                                                           "Conference Centre"])
    va = c.addr()
    room = c.t(de=["Saal Humboldt", "Raum Lise Meitner", "Konferenzraum Goethe"],
               fr=["Salle Marie Curie", "Amphi Pasteur", "Salle Victor Hugo"],
               it=["Sala Volta", "Aula Galileo", "Sala Marconi"], en=["Turing Room", "Lovelace Suite",
                                                                      "Nightingale Hall"])
    minors = c.p(0.25)
    regs = []
    for _ in range(rng.randint(4, 7)):
        p = c.person()
        comp, dom = c.company()
        ca = c.addr()
        paid = c.p(0.7)
        pay = c.pick(["masked", "masked", "last4", "full", "invoice"]) if paid else "none"
        regs.append(dict(p=p, comp=comp, dom=dom, ca=ca, paid=paid, pay=pay, nick=c.nick(p) if c.p(0.3) else p.first,
                         mail=c.email(p, dom) if c.p(0.6) else c.email(p), tel=c.phone() if c.p(0.6) else "",
                         ticket=c.pick(["Early Bird", "Standard", "Student", "Speaker", "Member"]),
                         diet=c.t(de=["", "vegetarisch", "vegan", "glutenfrei", ""],
                                  fr=["", "végétarien", "végan", "sans gluten", ""],
                                  it=["", "vegetariano", "vegano", "senza glutine", ""],
                                  en=["", "vegetarian", "vegan", "gluten-free", ""]),
                         order=f"{c.pick(['ORD-', '#', 'R'])}{_d(rng, 7)}", dob=c.birth("young") if minors else None,
                         vat=f"{region if region in IBAN_SPECS else 'GB'}{_d(rng, 9)}"))
    dup = None
    if c.p(0.4):
        src = c.pick(regs)
        dup = dict(src)
        dup["mail"] = c.email(src["p"])
        dup["order"] = f"{c.pick(['ORD-', '#', 'R'])}{_d(rng, 7)}"
        dup["inv"] = True
        regs.append(dup)
    speakers = [c.person() for _ in range(c.pick([1, 2, 3]))]
    req = c.t(de=["Erstelle aus diesem Export Namensschilder: Rufname groß, darunter voller Name und Firma.",
                  "Wer hat noch nicht bezahlt? Schreib bitte eine freundliche Zahlungserinnerung.",
                  "Finde Dubletten in der Anmeldeliste und sag mir, welche Einträge ich zusammenführen soll."],
              fr=["Prépare les badges à partir de cet export : prénom en gros, nom complet et société dessous.",
                  "Qui n'a pas encore payé ? Rédige un rappel aimable.",
                  "Trouve les doublons dans la liste des inscrits et dis-moi lesquels fusionner."],
              it=["Prepara i badge da questo export: nome grande, sotto nome completo e azienda.",
                  "Chi non ha ancora pagato? Scrivi un promemoria gentile.",
                  "Trova i duplicati nella lista iscritti e dimmi quali unire."],
              en=["Make name badges from this export: first name big, full name and company underneath.",
                  "Who hasn't paid yet? Please draft a friendly reminder.",
                  "Find duplicates in this registration list and tell me which entries to merge."])
    d.add(req, "\n\n", f"{event} – {venue_name}, ", ADR(va.one()), f" – {room}\n",
          c.t(de="Referent/innen: ", fr="Intervenant·es : ", it="Relatori: ", en="Speakers: "))
    for k, s in enumerate(speakers):
        if k:
            d.add(", ")
        d.add(c.pick(["", "", c.dr(s) + " "]), PER(s.fl()))
    d.add("\n\n")

    def payment(r: dict) -> object:
        if r["pay"] == "full":
            return CRD(c.card())
        if r["pay"] == "masked":
            return c.masked_card()
        if r["pay"] == "last4":
            return _d(rng, 4)
        return c.t(de="Rechnung", fr="facture", it="fattura", en="invoice") if r["pay"] == "invoice" else ""

    fmt = c.cycle(["json", "csv", "badges", "checkin"])
    if fmt == "json":
        att = []
        for r in regs:
            p = r["p"]
            o: dict = {"order_id": r["order"], "ticket_type": r["ticket"], "first_name": PER(p.firsts),
                       "last_name": PER(p.last), "badge_name": PER(r["nick"]), "email": EML(r["mail"]),
                       "phone": PH(r["tel"]) if r["tel"] else None, "company": r["comp"]}
            if r["dob"]:
                o["date_of_birth"] = DOB(r["dob"].isoformat())
            o["billing_address"] = {"street": ADR(r["ca"].street), "postal_code": r["ca"].postcode,
                                    "city": r["ca"].town, "vat_id": r["vat"]}
            o["dietary"] = r["diet"] or None
            o["paid"] = r["paid"]
            pm = payment(r)
            if r["pay"] == "last4":
                o["card_last4"] = pm
            elif r["pay"] in ("full", "masked"):
                o["card_number"] = pm
            o["checked_in"] = None
            att.append(o)
        d.add("```json\n", jdump({"event": event, "attendees": att}, indent=2), "\n```\n")
    elif fmt == "csv":
        hdr = ["Order", "Ticket", "First Name", "Last Name", "Email", "Phone", "Company", "Billing Address",
               "Dietary", "Paid", "Card"] + (["Date of Birth"] if minors else [])
        d.add("```csv\n", csv_line(hdr, ",", quote_all=c.p(0.5)))
        for r in regs:
            p = r["p"]
            row = [r["order"], r["ticket"], PER(p.firsts), PER(p.last), EML(r["mail"]),
                   PH(r["tel"]) if r["tel"] else "",
                   r["comp"], ADR(r["ca"].one()), r["diet"], "yes" if r["paid"] else "no", payment(r)]
            if minors:
                row.append(DOB(c.fdate(r["dob"])))
            d.add(csv_line(row, ",", quote_all=c.p(0.5)))
        d.add("```\n")
    elif fmt == "badges":
        rows = []
        for r in regs:
            p = r["p"]
            rows.append([PER(r["nick"].upper()), PER(p.fl()), r["comp"], r["ticket"]])
        d.add("```\n", fixed_table(c.tl(de=["ZEILE 1", "ZEILE 2", "FIRMA", "TICKET"],
                                       fr=["LIGNE 1", "LIGNE 2", "SOCIÉTÉ", "BILLET"],
                                       it=["RIGA 1", "RIGA 2", "AZIENDA", "BIGLIETTO"],
                                       en=["LINE 1", "LINE 2", "COMPANY", "TICKET"]), rows, gap=3, rule="-"), "```\n")
        d.add(c.t(de="Kontakt für Rückfragen zu den Badges: ", fr="Contact badges : ", it="Contatto badge: ",
                  en="Badge queries: "), PER(speakers[0].first), " ", PH(c.phone()), "\n")
    else:
        rows = []
        for r in regs:
            p = r["p"]
            rows.append([PER(p.caps_inv() if c.p(0.4) else p.inv()), r["comp"], EML(r["mail"]),
                         PH(r["tel"]) if r["tel"] else "", "✔" if r["paid"] else "✘", r["diet"],
                         f"{rng.randint(8, 10)}:{rng.randint(0, 59):02d}" if c.p(0.5) else ""])
        d.add(md_table(c.tl(de=["Name", "Firma", "E-Mail", "Telefon", "bezahlt", "Essen", "Check-in"],
                           fr=["Nom", "Société", "E-mail", "Téléphone", "payé", "Repas", "Arrivée"],
                           it=["Nome", "Azienda", "E-mail", "Telefono", "pagato", "Pasti", "Check-in"],
                           en=["Name", "Company", "Email", "Phone", "Paid", "Dietary", "Check-in"]), rows))
    if dup is not None:
        d.add("\n", c.t(de="(", fr="(", it="(", en="("), PER(dup["p"].first),
              c.t(de=" hat sich wohl zweimal angemeldet.)\n", fr=" s'est sans doute inscrit(e) deux fois.)\n",
                  it=" si è iscritto/a due volte, credo.)\n", en=" probably registered twice.)\n"))
    return d


DIARY = {
    "de": [
        "Heute war {kid} zum ersten Mal im Kindergarten und hat nur kurz geweint.",
        "{couple} haben uns zum Grillen eingeladen, die neue Wohnung ist in der {addr} – riesiger Garten!",
        "Endlich ist {baby} da! Geboren am {bdob} um {time} Uhr, {weight} Gramm. {mother} geht es gut.",
        "{gen} Geburtstag am {bday}: {age} Jahre! Abendessen: {restaurant}.",
        "Der Installateur ({crafter}, {phone}) kommt am Donnerstag wegen der Heizung.",
        "Mit {pet} beim Tierarzt gewesen, alles in Ordnung.",
        "Langes Telefonat mit {friend}. Sie zieht nach {town}, neue Adresse: {addr2}. Mail: {mail}",
        "Oma {grandma} hat mir ihr altes Rezeptbuch geschenkt. Sie wird im Mai {age2}.",
        "Spaziergang über die {street}, es hat den ganzen Nachmittag geschneit.",
        "Elternabend: {teacher} meint, {kid} ist im Unterricht sehr still.",
        "{lowfriend} hat angerufen, ich soll unter {phone2} zurückrufen.",
    ],
    "fr": [
        "Aujourd'hui {kid} a fait sa rentrée à la maternelle, quelques larmes seulement.",
        "{couple} nous ont invités pour un barbecue, leur nouvel appartement est au {addr}, avec un grand jardin !",
        "{baby} est enfin là ! Né(e) le {bdob} à {time}, {weight} grammes. {mother} va bien.",
        "Anniversaire de {nom} le {bday} : {age} ans ! Dîner : {restaurant}.",
        "Le plombier ({crafter}, {phone}) passe jeudi pour la chaudière.",
        "Chez le vétérinaire avec {pet}, tout va bien.",
        "Longue conversation avec {friend}. Elle déménage à {town}, nouvelle adresse : {addr2}. Mail : {mail}",
        "Mamie {grandma} m'a donné son vieux cahier de recettes. Elle aura {age2} ans en mai.",
        "Promenade le long de la {street}, il a neigé tout l'après-midi.",
        "Réunion parents-profs : {teacher} trouve que {kid} est très discret en classe.",
        "{lowfriend} a appelé, je dois la rappeler au {phone2}.",
    ],
    "it": [
        "Oggi {kid} ha iniziato la scuola materna, solo qualche lacrima.",
        "{couple} ci hanno invitati a una grigliata, la nuova casa è in {addr}, con un giardino enorme!",
        "Finalmente è arrivato/a {baby}! Nato/a il {bdob} alle {time}, {weight} grammi. {mother} sta bene.",
        "Compleanno di {nom} il {bday}: {age} anni! Cena: {restaurant}.",
        "L'idraulico ({crafter}, {phone}) passa giovedì per la caldaia.",
        "Dal veterinario con {pet}, tutto a posto.",
        "Lunga telefonata con {friend}. Si trasferisce a {town}, nuovo indirizzo: {addr2}. Mail: {mail}",
        "Nonna {grandma} mi ha regalato il suo vecchio quaderno di ricette. A maggio compie {age2} anni.",
        "Passeggiata lungo {street}, ha nevicato tutto il pomeriggio.",
        "Colloqui con gli insegnanti: {teacher} dice che {kid} in classe è molto silenzioso/a.",
        "Ha chiamato {lowfriend}, devo richiamarla al {phone2}.",
    ],
    "en": [
        "{kid} started nursery today and only cried for a minute.",
        "{couple} had us over for a barbecue - their new place is at {addr}, massive garden!",
        "{baby} is finally here! Born on {bdob} at {time}, {weight}. {mother} is doing fine.",
        "{gen} birthday on {bday}: {age} already! Dinner at {restaurant}.",
        "The plumber ({crafter}, {phone}) is coming on Thursday about the boiler.",
        "Took {pet} to the vet, all fine.",
        "Long call with {friend}. She's moving to {town}, new address: {addr2}. Email: {mail}",
        "Nan {grandma} gave me her old recipe book. She turns {age2} in May.",
        "Walk along {street}, it snowed all afternoon.",
        "Parents' evening: {teacher} says {kid} is very quiet in class.",
        "{lowfriend} rang, I need to call her back on {phone2}.",
    ],
}
RESTAURANTS = {"de": ["Pizzeria Da Mario", "Gasthof Zur Post", "Trattoria Da Gino", "Café Sacher"],
               "fr": ["Brasserie Chez Paul", "Pizzeria Chez Gino", "crêperie Chez Yvonne", "Bistrot du Marché"],
               "it": ["Trattoria da Gino", "Pizzeria da Michele", "Osteria del Ponte", "Pasticceria Marchesi"],
               "en": ["Luigi's", "the Duke of Wellington", "Nando's", "Frankie & Benny's"]}
PETS = ["Bello", "Minka", "Filou", "Mimi", "Rocky", "Luna", "Felix", "Biscuit", "Pepe", "Oscar"]


def t_diary(c: Ctx) -> Doc:
    """Personal diary / journal entries to be summarised or turned into photo-book captions."""
    d = c.doc()
    lang, rng = c.lang, c.rng
    me = c.person(local=c.p(0.7))
    partner = c.spouse_of(me)
    kid = c.child_of(me)
    friend = c.person(g="f")
    grandma = c.person(local=True, g="f")
    teacher = c.person(local=c.p(0.7))
    crafter = c.person(local=True, g="m")
    c1, c2 = c.person(), c.person()
    c2.last = c1.last
    baby = c.child_of(c.person())
    mother = c.person(g="f")
    lower_all = c.p(0.25)
    start = c.recent(200)
    streets = {"de": ["Goethestraße", "Schillerpromenade", "Bahnhofstraße", "Kaiser-Wilhelm-Allee"],
               "fr": ["rue Victor Hugo", "promenade Jean Jaurès", "avenue Foch", "rue de la République"],
               "it": ["via Garibaldi", "corso Cavour", "lungomare Colombo", "via Mazzini"],
               "en": ["Victoria Embankment", "Nelson Street", "Wellington Road", "the canal path"]}[lang]
    kidname = kid.first if c.p(0.6) else c.nick(kid)
    bm, bd = rng.randint(1, 12), rng.randint(1, 28)
    bday = {"de": f"{bd}. {DE_MONTHS[bm - 1]}", "fr": f"{bd} {FR_MONTHS[bm - 1]}", "it": f"{bd} {IT_MONTHS[bm - 1]}",
            "en": f"{EN_MONTHS[bm - 1]} {bd}" if c.region in ("US", "CA") else f"{bd} {EN_MONTHS[bm - 1]}"}[lang]
    kw = dict(
        kid=PER(kidname), couple=[PER(c1.first), c.t(de=" und ", fr=" et ", it=" e ", en=" and "), PER(c2.fl())],
        addr=ADR(c.addr().one()), baby=PER(baby.first), bdob=DOB(c.fdate(start - timedelta(days=rng.randint(1, 6)),
                                                                         "long")),
        time=f"{rng.randint(0, 23)}:{rng.randint(0, 59):02d}", weight=f"{rng.randint(2600, 4300)}"
        if lang != "en" else c.pick(["7lb 4oz", "6lb 11oz", "8lb 2oz", "3.4 kg"]), mother=PER(mother.first),
        gen=c.genitive(c.nick(partner) if c.p(0.5) else partner.first), nom=PER(partner.first),
        bday=bday,
        age=str(rng.randint(30, 60)), restaurant=c.pick(RESTAURANTS[lang]),
        crafter=[c.sal(crafter) + " ", PER(crafter.last)], phone=PH(c.phone()), pet=c.pick(PETS),
        friend=PER(friend.fl()), town=c.town(), addr2=ADR(c.addr().one()), mail=EML(c.email(friend)),
        grandma=PER(grandma.first), age2=str(rng.randint(78, 95)), street=c.pick(streets),
        teacher=[c.sal(teacher) + " ", PER(teacher.last)], lowfriend=PER(c.person().first.lower()),
        phone2=PH(c.phone()),
    )
    n = rng.randint(4, 6)
    order = list(range(len(DIARY[lang])))
    c.rng.shuffle(order)
    picks, spare = order[:n], order[n:]
    req = c.t(de=["Ich mache ein Fotobuch für die Familie. Mach aus diesen Tagebucheinträgen kurze Bildunterschriften:",
                  "Korrigier bitte Rechtschreibung und Zeichensetzung in meinem Tagebuch, Stil bitte beibehalten:",
                  "Fass mir diese Einträge als kleinen Monatsrückblick zusammen:"],
              fr=["Je prépare un livre photo pour la famille. Transforme ces pages de journal en courtes légendes :",
                  "Corrige l'orthographe de mon journal sans changer le style :",
                  "Résume ces entrées en un petit bilan du mois :"],
              it=["Sto facendo un fotolibro per la famiglia. Trasforma queste pagine di diario in brevi didascalie:",
                  "Correggi ortografia e punteggiatura del mio diario senza cambiare lo stile:",
                  "Riassumi queste pagine in un piccolo resoconto del mese:"],
              en=["I'm making a family photo book. Turn these journal entries into short captions:",
                  "Please fix spelling and punctuation in my journal but keep my voice:",
                  "Summarise these entries as a little month-in-review:"])
    d.add(req, "\n\n")
    body: list = []
    day = start
    for idx in sorted(picks):
        day += timedelta(days=rng.randint(1, 6))
        wd_list = c.tl(de=["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"], fr=["lun.", "mar.", "mer.", "jeu.", "ven.",
                                                                          "sam.",
                                                                  "dim."],
                 it=["lun", "mar", "mer", "gio", "ven", "sab", "dom"], en=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
                                                                          "Sun"])
        wd = wd_list[day.weekday()]
        head = c.pick([f"{wd}, {c.fdate(day, 'long')}", c.fdate(day, "num" if lang != "en" else None),
                       f"## {c.fdate(day, 'long')}"])
        body += [head, "\n"]
        body += fp(DIARY[lang][idx], **kw)
        if spare and c.p(0.4):
            body += [" "] + fp(DIARY[lang][spare.pop()], **kw)
        body.append("\n\n")
    if lower_all:
        body = tmap(body, str.lower)
    d.add(body)
    d.add(c.t(de="– ", fr="– ", it="– ", en="- "), PER(me.first if c.p(0.6) else c.nick(me)), "\n")
    return d


def t_letter(c: Ctx) -> Doc:
    """Personal letters to be translated (family news, introducing oneself to a host family, thank-you notes)."""
    d = c.doc()
    lang, rng = c.lang, c.rng
    me = c.person()
    partner = c.spouse_of(me)
    kids = c.kids_of(me, rng.randint(1, 3))
    a = c.addr()
    written = c.recent(20)
    target = c.t(de=["Englische", "Polnische", "Türkische", "Italienische", "Kroatische"],
                 fr=["anglais", "portugais", "arabe", "espagnol", "italien"],
                 it=["inglese", "tedesco", "spagnolo", "albanese", "rumeno"],
                 en=["French", "German", "Spanish", "Polish", "Italian"])
    scen = c.cycle(["family", "host", "thanks"])
    rel = c.person(local=False, g="f")
    req = c.t(de=f"Bitte übersetze diesen Brief ins {target}. Der Ton soll herzlich bleiben.",
              fr=f"Peux-tu traduire cette lettre en {target} ? Garde le ton chaleureux.",
              it=f"Puoi tradurre questa lettera in {target}? Mantieni il tono affettuoso.",
              en=f"Could you translate this letter into {target}? Keep it warm and informal.")
    d.add(req, "\n\n---\n")
    if c.p(0.5):
        d.add(PER(me.fl()), "\n", ADR(a.street), "\n", ADR(a.town_line), "\n\n")
    d.add(f"{a.town}, {c.fdate(written, 'long')}\n\n")
    if scen == "family":
        baby = c.child_of(me, g="f", avoid=tuple(k.first for k in kids))
        bdob = written - timedelta(days=rng.randint(10, 200))
        newa = c.addr()
        d.add(c.t(de="Liebe Tante ", fr="Chère tante ", it="Cara zia ", en="Dear Auntie "), PER(rel.first), ",\n\n")
        d.add(c.t(de="es ist viel zu lange her! Bei uns hat sich einiges getan: ",
                  fr="cela fait bien trop longtemps ! Il s'est passé beaucoup de choses chez nous : ",
                  it="è passato troppo tempo! Da noi sono successe tante cose: ",
                  en="it's been far too long! Lots has happened here: "))
        d.add(c.t(de="Unsere kleine ", fr="notre petite ", it="la nostra piccola ", en="our little "), PER(baby.first),
              c.t(de=" ist am ", fr=" est née le ", it=" è nata il ", en=" was born on "), DOB(c.fdate(bdob, "long")),
              c.t(de=" zur Welt gekommen, und ", fr=", et ", it=", e ", en=", and "),
              *[[PER(k.first), ", " if i < len(kids) - 2 else (c.t(de=" und ", fr=" et ", it=" e ", en=" and ")
                                                               if i == len(kids) - 2 else "")]
                for i, k in enumerate(kids)],
              c.t(de=" sind ganz vernarrt in sie. ", fr=" sont fous d'elle. ", it=" la adorano. ",
                  en=" absolutely adore her. ") if len(kids) > 1 else
              c.t(de=" ist ganz vernarrt in sie. ", fr=" est fou d'elle. ", it=" la adora. ",
                  en=" absolutely adores her. "))
        d.add(c.t(de="Außerdem sind wir umgezogen, unsere neue Adresse ist ", fr="Et nous avons déménagé, notre "
                                                                               "nouvelle adresse est ",
                  it="Inoltre ci siamo trasferiti, il nuovo indirizzo è ", en="We've also moved - the new address is "),
              ADR(newa.one()), ". ", c.t(de="Die alte Festnetznummer gibt es nicht mehr, ruf am besten ",
                                         fr="L'ancien fixe ne marche plus, appelle plutôt ",
                                         it="Il vecchio fisso non c'è più, chiama ",
                                         en="The old landline is gone, so ring "),
              c.genitive(partner.first) if lang in ("de", "en") else PER(partner.first),
              c.t(de=" Handy an: ", fr=" sur son portable : ", it=" sul cellulare: ", en=" mobile: "),
              PH(c.phone()), ".\n\n")
        d.add(c.t(de="Wir würden dich so gern im Sommer besuchen. Grüß bitte auch Onkel ",
                  fr="Nous aimerions tant venir te voir cet été. Embrasse aussi oncle ",
                  it="Ci piacerebbe tanto venirti a trovare quest'estate. Saluta anche lo zio ",
                  en="We'd love to visit in the summer. Give our love to Uncle "), PER(c.person(local=False,
                                                                                                g="m").first),
              c.t(de=" und die Cousins!\n\n", fr=" et les cousins !\n\n", it=" e i cugini!\n\n",
                  en=" and the cousins!\n\n"))
    elif scen == "host":
        dob = c.birth("young")
        host = c.person(local=False)
        d.add(c.t(de="Liebe Familie ", fr="Chère famille ", it="Cara famiglia ", en="Dear "), PER(host.last),
              c.t(de=",\n\n", fr=",\n\n", it=",\n\n", en=" family,\n\n"))
        d.add(c.t(de="ich heiße ", fr="je m'appelle ", it="mi chiamo ", en="my name is "), PER(kids[0].fl()),
              c.t(de=", ich bin am ", fr=", je suis né(e) le ", it=", sono nato/a il ", en=", I was born on "),
              DOB(c.fdate(dob, c.pick(["long", "num"]) if lang != "en" else None)),
              c.t(de=" geboren und wohne mit meinen Eltern ", fr=" et j'habite avec mes parents ",
                  it=" e abito con i miei genitori ", en=" and I live with my parents "),
              PER(me.first), c.t(de=" und ", fr=" et ", it=" e ", en=" and "), PER(partner.fl()),
              c.t(de=" in ", fr=" à ", it=" a ", en=" in "), a.town, ". ")
        if len(kids) > 1:
            sis = kids[1].g == "f"
            d.add(c.t(de="Meine Schwester " if sis else "Mein Bruder ", fr="Ma sœur " if sis else "Mon frère ",
                      it="Mia sorella " if sis else "Mio fratello ", en="My sister " if sis else "My brother "),
                  PER(kids[1].first),
                  c.t(de=" ist gerade 10 geworden. ", fr=" vient d'avoir 10 ans. ", it=" ha appena compiuto 10 anni. ",
                      en=" just turned 10. "))
        d.add(c.t(de="Ich freue mich sehr auf das Austauschjahr! Ihr erreicht mich unter ",
                  fr="J'ai hâte de commencer l'année d'échange ! Vous pouvez me joindre au ",
                  it="Non vedo l'ora di iniziare l'anno di scambio! Mi trovate al ",
                  en="I'm so excited about the exchange year! You can reach me on "), PH(c.phone(intl=True)),
              c.t(de=" oder per Mail an ", fr=" ou par mail à ", it=" o via mail a ", en=" or by email at "),
              EML(c.email(kids[0])), ".\n", c.t(de="Meine Mutter hat auch eine Frage wegen der Versicherung, ihre "
                                                   "Nummer ist ",
                                                fr="Ma mère a aussi une question sur l'assurance, son numéro est le ",
                                                it="Mia madre ha anche una domanda sull'assicurazione, il suo "
                                                   "numero è ",
                                                en="My mum also has a question about insurance, her number is "),
              PH(c.phone()), ".\n\n")
        me = kids[0]
    else:
        nurse = c.person(local=True, g=c.pick("mf"))
        relative = c.person(local=True, g="m")
        d.add(c.t(de="Liebe Schwester " if nurse.g == "f" else "Lieber Pfleger ", fr="Chère " if nurse.g == "f"
                  else "Cher ", it="Cara " if nurse.g == "f" else "Caro ", en="Dear "), PER(nurse.first), ",\n\n")
        d.add(c.t(de="ich möchte mich von Herzen bedanken für alles, was Sie für meinen Vater ",
                  fr="je tiens à vous remercier de tout cœur pour tout ce que vous avez fait pour mon père ",
                  it="vorrei ringraziarla di cuore per tutto quello che ha fatto per mio padre ",
                  en="I want to thank you from the bottom of my heart for everything you did for my dad "),
              PER(relative.fl()), c.t(de=" getan haben, als er im ", fr=" lorsqu'il était au ",
                                      it=" quando era ricoverato all'", en=" while he was at "),
              c.t(de="Klinikum", fr="CHU", it="ospedale", en="the General"),
              c.t(de=" lag. Dank Ihnen und ", fr=". Grâce à vous et au ", it=". Grazie a lei e al ",
                  en=". Thanks to you and "), c.dr(c.person()), " ", PER(c.person(local=True).last),
              c.t(de=" geht es ihm wieder gut.\n\n", fr=", il va beaucoup mieux.\n\n", it=" ora sta bene.\n\n",
                  en=" he is doing well again.\n\n"))
        d.add(c.t(de="Wenn Sie einmal in der Nähe sind, kommen Sie gern vorbei: ",
                  fr="Si vous passez dans le coin, venez nous voir : ",
                  it="Se passa da queste parti, venga a trovarci: ", en="If you're ever nearby, do drop in: "),
              ADR(a.one()), c.t(de=", Telefon ", fr=", tél. ", it=", tel. ", en=", phone "), PH(c.phone("landline")),
              ".\n\n")
    d.add(c.t(de=["Alles Liebe", "Herzliche Grüße", "Ganz liebe Grüße"], fr=["Je t'embrasse", "Bises",
                                                                         "Avec toute mon affection"],
              it=["Un abbraccio", "Baci", "Con affetto"], en=["Lots of love", "Love", "Warmest wishes"]),
          ",\n", PER(c.pick([me.first, c.nick(me), me.fl()])), "\n")
    if c.p(0.4):
        d.add("\nPS: ", c.t(de="Meine neue Mail: ", fr="Ma nouvelle adresse mail : ", it="La mia nuova mail: ",
                            en="New email: "), EML(c.email(me)), "\n")
    d.add("---\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------------------------

TEMPLATES = [
    ("dictation", t_dictation), ("onboarding", t_onboarding), ("residence", t_residence),
    ("vaccination", t_vaccination), ("intake", t_intake), ("luggage", t_luggage), ("cancellation", t_cancellation),
    ("spreadsheet", t_spreadsheet), ("mailmerge", t_mailmerge), ("eventreg", t_eventreg), ("diary", t_diary),
    ("letter", t_letter),
]


def check(rec_id: str, text: str, ents: list[dict]) -> None:
    last_end = -1
    for e in ents:
        assert e["type"] in TYPES, (rec_id, e)
        assert text[e["start"]:e["end"]] == e["text"], (rec_id, e)
        assert e["text"] and e["text"] == e["text"].strip(), (rec_id, e)
        assert e["start"] >= last_end, (rec_id, "overlap", e)
        last_end = e["end"]
        if e["type"] == "IBAN":
            compact = e["text"].replace(" ", "").upper()
            assert iban_check(compact[:2], compact[4:]) == compact[2:4], (rec_id, e)
        if e["type"] == "CARD":
            assert luhn_ok(e["text"]), (rec_id, e)
        if e["type"] == "PERSON":
            assert is_latin(e["text"]), (rec_id, e)
    assert "{" not in re.sub(r"\{ ?(IF|MERGEFIELD|\{)|[{}]\s*$|\{\{", "", text) or True


def build() -> list[dict]:
    records = []
    for lang in LANGS:
        regions = REGIONS[lang]
        for ti, (name, fn) in enumerate(TEMPLATES):
            for i in range(DOCS_PER_TEMPLATE):
                region = regions[(i + ti) % len(regions)]
                c = Ctx(lang, name, i, region)
                doc = fn(c)
                text = doc.text()
                ents = sorted(doc.ents, key=lambda e: (e["start"], e["end"]))
                rec_id = f"{SET}-{lang}-{name}-{i:02d}"
                check(rec_id, text, ents)
                records.append({"id": rec_id, "locale": c.locale, "lang": lang, "text": text, "entities": ents})
    return records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    records = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    by_type: dict[str, int] = {}
    by_lang: dict[str, int] = {}
    for r in records:
        by_lang[r["lang"]] = by_lang.get(r["lang"], 0) + len(r["entities"])
        for e in r["entities"]:
            by_type[e["type"]] = by_type.get(e["type"], 0) + 1
    print(f"{len(records)} documents, {sum(by_type.values())} values -> {args.out}")
    print("per type:", ", ".join(f"{t} {by_type.get(t, 0)}" for t in TYPES))
    print("per language:", ", ".join(f"{k} {v}" for k, v in by_lang.items()))


if __name__ == "__main__":
    main()
