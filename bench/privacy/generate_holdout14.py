"""Fourteenth blind evaluation set ("holdout14") for the anonymizer.

Written 2026-12-05 by a helper session, blind: without reading the detectors and their name lists
(src/tarnkappe/privacy/), the tests (tests/), the other generators and their templates (the bodies of
bench/privacy/generate*.py, templates.py), the README's privacy sections or the texts of any data set under
bench/privacy/data/, without looking at the git history, log, status or diffs of anything, and never run through the
anonymizer, any test or bench/privacy/evaluate.py while written (tarnkappe is not imported; no detector output was
ever seen).  The only things read were the module docstrings of generate_holdout11.py, generate_holdout12.py and
generate_holdout13.py (read with ``ast.get_docstring``: record format, label decisions, genres already used), the
module docstring of evaluate.py and its JSONL-loading and matching code (evaluate_synthetic, _covered, _held_out: the
record fields and the type names), the file names in bench/privacy/ and bench/privacy/data/, the [tool.ruff] settings
in pyproject.toml and the Faker pin in requirements.lock (Faker==40.54.0).  The project venv had no Faker installed
at the time, so the file was written with Faker==40.54.0 and ruff==0.17.6 (the lock's pins) in a separate
virtualenv.  The label decisions below are copied from holdout13 (which copied them from holdout5..holdout12); the
decisions added here were made while writing the templates, never after looking at any detector output.  The written
file was checked only by the generator's own assertions, by reading its own output (also a scan of it for unlabelled
repeats of labelled names - only a saint's name in a clinic and a company made of surnames - and for unlabelled
e-mail addresses - only role mailboxes) and by parsing it the way evaluate.py does (one JSON object per line).
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout14.jsonl: 4 languages (de, fr, it, en) x 12 templates x 10 documents = 480
documents with 7,403 labelled values (PERSON 3,327, PHONE 1,288, ADDRESS 1,266, DOB 801, EMAIL 513, IBAN 160, CARD
48; de 1,902, fr 1,808, it 1,852, en 1,841), seeded and deterministic for a given Faker version (the lock's; Faker +
the standard library; ``random.Random`` seeded with ``"holdout14|<lang>|<template>|<i>"``, every Faker locale
re-seeded per document on its first use in the document from that seed and the locale name; Faker is used for person
and company names only - streets, towns, postcodes, phones, e-mail addresses, IBANs and cards come from lists and
code written here, Faker's address, phone and city providers are never called).  Each record has ``id``
(``holdout14-<lang>-<template>-<NN>``), ``locale``, ``lang``, ``text`` and ``entities`` (``start``, ``end``,
``type``, ``text``); ``text[start:end] == text`` is asserted for every entity, entities are sorted, do not overlap
and carry no surrounding white space, every IBAN has valid ISO 13616 check digits (French ones also a valid RIB key,
Belgian ones a valid national check, Italian ones a valid CIN) and every card number passes Luhn.  Regions: de ->
DE/AT/CH, fr -> FR/BE/CH/LU, it -> IT/CH, en -> GB/IE/US/CA/AU/NZ (``locale`` is ``lang_REGION``); every (language,
template) pair gets a balanced list of its regions in a seeded random order (``"holdout14|<lang>|<template>|regions"``),
so region and template variant (``i % 4``) are not correlated; most people of a list live in the list's town,
relatives, guests, au pairs and holiday hosts often elsewhere or abroad.  The templates write the labelled values with
inline markers that are resolved into offsets at the end, so whole-document upper-casing (also with OCR letter
confusions and doubled spaces in the unlabelled text), lower-casing, pdftotext-style line filling with hyphenation at
line ends (of unlabelled words only), CSV quoting, fixed-width padding, XML escaping and JSON escaping (also ``\\u``
escapes, kept inside the span as written) keep the labels exact.

Genres (text people paste into an AI assistant at work or at home, wrapped in a request in the document's language),
chosen to differ from the genres listed for holdout3..holdout13 (those of holdout and holdout2 are not listed in
anything read here, so an overlap with them cannot be ruled out):
 1. aupair - au pair matching: agency matching-tool JSON exports (host parents, children, the candidate abroad,
    references, coordinator), host family questionnaires, host family / au pair chats, au pair agreements as
    pdftotext with hyphenation;
 2. midwife - pregnancy and postnatal midwife care: booking forms, home-visit logs (Markdown), lower-case SMS threads
    between mother and midwife, the midwife's monthly claims export (CSV, semicolon or tab);
 3. pollworkers - election poll worker staffing: staffing exports with allowance IBANs, appointment letters from the
    election office, volunteers' sign-up mails, fixed-width staffing plans copied from a PDF;
 4. drivingschool - driving schools: enrolment forms with SEPA mandate or card payment, lesson booking TSV exports,
    instructor / office chats (lower case), practical test lists (fixed width);
 5. retrofit - heat pump / energy retrofit subsidies: grant application forms, a grant portal's JSON request with a 422
    validation error, homeowner / energy adviser mail threads with signatures, installer quotes as pdftotext;
 6. splitbill - shared holiday expenses: Splitwise / Tricount CSV exports, group chats with payment details,
    Markdown settle-up tables, a mail with a forwarded holiday rental booking;
 7. paperround - newspaper home delivery: carriers' route lists (fixed width), holiday stop / redirect web forms,
    non-delivery complaint mails with the reply, subscription change CSV exports;
 8. chimney - chimney sweeps and heating / gas safety checks: OCR'd notices in capitals, the sweep's day round
    (Markdown), inspection certificates and gas safety records, rescheduling mails;
 9. loyalty - shop loyalty programmes: member CSV exports, OCR'd paper sign-up cards, birthday mail-merge sources,
    a CRM API JSON response with payment cards;
10. licence - fishing and hunting licences: applications, club member lists (Markdown or TSV), lost-licence mails
    with the authority's reply, course result lists (fixed width);
11. survey - household survey fieldwork: interviewer contact sheets, panel XML exports, lower-case field notes,
    pipe-separated call-back logs;
12. grave - cemetery administration: grave register extracts (fixed width), grave lease renewal letters, requests to
    transfer a grave lease, headstone orders with the inscription.
Values appear in prose, "Label: value" forms (aligned and not), two- and three-line address blocks, letterheads and
signatures, Markdown, fixed-width, tab-, semicolon-, comma- and pipe-separated tables (quoted and unquoted cells),
JSON (indented, compact, \\u escapes), XML elements and attributes, mail headers and quotes, chat lines with three
time-stamp styles, SMS logs with senders shown as numbers, capitals with OCR noise, lower case, in each country's
conventions (German "str." and floors, "Whg.", "Hinterhaus", Austrian "/Top", "/Stiege/Tür" numbers, "Jänner" and
"A-", Swiss "strasse", "CH-", Postfach / Case postale / Casella postale, French "bis"/"ter", complement lines,
upper-case towns and BP / CS ... CEDEX, Belgian "bte"/"boîte" and "B-", Luxembourg "12, rue ..." and "L-", Italian
"n.", "int.", "scala", "piano" and province codes with and without parentheses, British flats and postcodes after the
town, Irish Eircodes and counties, US "Apt", "#", "Unit", "Ste" and ZIP+4, Canadian "unit-civic" numbers and
"(Québec)", Australian "Unit 3/12", "Level 2" and upper-case suburbs, New Zealand suburb lines, PO boxes; addresses
abroad in Poland, Spain, Portugal, the Philippines, Colombia, Ukraine, Brazil, Mexico, Türkiye and the Netherlands);
phone numbers national and international with "(0)", "00", slashes, dots, hyphens, parentheses, compact E.164,
DIN-style hyphenated extensions and extensions as a word after the number, Luxembourg, Belgian, Swiss, Irish, NANP,
Australian and New Zealand groupings and foreign mobiles; dates of birth numeric (with and without leading zeros),
two-digit years, ISO, US month-first, dashes, month names and abbreviations in four languages ("1er", "1°",
"Jänner", "Jän.", ordinals), in capitals.  Names in "First Last", "Last, First", "LAST First", "LAST, First", "Last
First" (Italian lists), "A. Last", "H.-P. Last", "First L.", separate first-name / surname fields, first names alone
(chat senders, instructors, column headers), surnames alone (doorbells, resident lists, route lists, after
salutations), all capitals, lower case, possessives ("Irfans", "Lena's", "di Lena"), nicknames, particles, double and
hyphenated names, names that are ordinary words, diacritics and their ASCII spellings in e-mail addresses.
Unlabelled distractors: match, candidate, case, serial, interviewer, application, quote, booking, subscription,
account, member, loyalty-card (EAN-13), plot, grave, licence, exam, candidate, NEPH, provisional-licence, ID-card,
reference and policy numbers, insurance / health numbers (NHS, KVNR, AHV, NISS, NIR, codice fiscale, PPSN, NHI,
Medicare; some embedding the date of birth), VAT / UID / SIRET / ABN numbers, Gas Safe / RGII / CSIA and adviser
accreditation numbers, appliance serials and measurements, number plates, polling-station and precinct numbers,
amounts and prices, plain dates and times (due dates, appointments, elections, lessons, tests, deaths, lease ends,
deliveries, holidays), ages and birth years alone, birthdays without a year, places of birth, pets' names, product
names, last-four digits, masked cards and expiry dates, role mailboxes (info@, wahlen@, elections@, elettorale@,
leserservice@, abonnements@, abbonamenti@, subscriptions@, fischerei@, licensing@ ...), free-phone, shared-cost and
service numbers, companies (Faker company names, also made of surnames), driving schools, practices, clinics,
newspapers, cemeteries and clubs (also named after saints or people), towns and postcodes alone.

Names: Faker locales de_DE, de_AT, de_CH, fr_FR, fr_BE, fr_CH, it_IT, en_GB, en_IE, en_US, en_CA, en_AU, en_NZ
(gendered first names and surnames; it_CH has no person provider of its own in this Faker version, so Ticino uses
it_IT plus the Ticinese list, and Luxembourg uses fr_FR plus the Luxembourgish list; names with non-Latin letters
are skipped), plus lists written here: region-own surname lists (German ordinary-word, particle, Mennonite and rare
names, Austrian and Austro-Czech, Swiss German and Romansh, French, Breton, Basque, Corsican, Alsatian and particle
names, Walloon / Flemish, Swiss-French, Luxembourgish, Italian particles, southern, Sardinian and Friulian, Ticinese,
English, Welsh, Cornish, Scottish and ordinary-word names, Irish and Irish-language, US (Navajo, African-American),
Canadian (Québécois, First Nations, Punjabi, Ukrainian), Australian (Greek, Italian, Vietnamese, Aboriginal), Maori
and Pacific), language-own first-name lists (double first names, ordinary-word names, nicknames) with region-own
additions (Luxembourgish, Irish-language, African-American and Navajo, Québécois, Australian, Maori and Pacific) and
community lists (Turkish, Arabic and Maghrebi, Polish, Ukrainian, Vietnamese, Portuguese and Brazilian, Balkan and
Albanian, West African, South Asian and Tamil, East Asian, Horn of Africa, Persian and Afghan, Romanian, Greek,
Hispanic and Andean, Filipino, Hebrew).  About 58 % of the people come from the region's own Faker locale (60 %) and
lists (40 %), 28 % from the community lists (one in twelve with a first name of another community) and 14 % from the
other languages' Faker locales; about 6 % get a double surname.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, CARD), copied from holdout13 (which copied them
from holdout5..holdout12):
* PERSON: the name of a natural person as written, in any order ("Surname, First" and "SURNAME First" are one span),
  with initials, particles and hyphenated or double surnames inside the span.  Titles, salutations and role words
  (Frau, Dr., Mme, Sig.ra, Mr, Prof., Me, Avv., RAin) are outside; so are quotes around a name and a
  genitive/possessive ending.  A first name or a nickname alone is a PERSON.  Not labelled: companies, shops,
  products, rooms, churches, streets, schools, universities, foundations or prisons named after people, and bare
  initials.
* EMAIL: every e-mail address, personal or not, except role mailboxes of organisations, which are unlabelled.
* PHONE: phone and fax numbers of persons and of offices, national or international; an extension written as a
  separate word after the number ("Durchwahl 12", "poste 31", "interno 5", "ext. 12") is outside the span.  Public
  hotlines, free-phone and service numbers and emergency numbers are unlabelled distractors.
* IBAN: every IBAN, compact or grouped.
* ADDRESS: a postal address with street and number or a PO box, plus postcode and town; a one-line address is one
  span (unit, floor, flat, complement and suburb inside), a two-line block is two spans (street line; postcode + town
  line), every line of a longer block is its own span.  The recipient's name is outside.  Business addresses are
  labelled too.  Towns without a street, streets without a number and countries are not labelled; a street with a
  house number standing alone is ADDRESS.
* DOB: a full date of birth (day, month and year), with or without a cue word; the cue word is outside.  Birth years
  alone, ages and birthdays without a year are not labelled.
* CARD: full payment card numbers (Luhn-valid).  Masked numbers, last-four digits and expiry dates are not labelled.
* Not labelled at all: customer, order, ticket, tracking and reference numbers, BICs, prices, plain dates and times.
Further decisions copied from holdout5..holdout13: a surname alone after a salutation or in a surname field and a
first name alone are PERSON; lowercase names are PERSON; "Peter und Claudia Huber" is two spans; the dates of birth of
children are DOB; quotes around a value are outside the span; passport, tax, social-security, national-id, insurance
and health-service numbers have no type; values are labelled exactly as written in the source (a JSON escape inside a
value is inside the span); "Lisa K." is one PERSON span including the dot; a national phone number with its area code
in parentheses is one PHONE span including the parentheses; a form or table that keeps the street and "postcode
town" in separate fields gives two ADDRESS spans, a separate postcode-only or town-only field is not labelled; short
forms in rosters ("Meier A.", "A. Meier") are PERSON; kinship and role words (Oma, mamie, nonna, Nan, Tochter, la
figlia, daughter) are outside the PERSON span; a company's PO box with postcode and town is an ADDRESS; a full card
number in an export is CARD; JSON ``street`` / ``line1`` are ADDRESS, ``zip``, ``postalCode``, ``city`` and
``country`` are not; payees who are persons and their IBANs are labelled; French and Italian gendered forms are
resolved per person, the cue ("né", "née", "né(e) le", "nato/a il") is outside the DOB span; a DOB in a validator's
error message is DOB; firms, agencies and practices named after a person are not labelled; a business's or an
office's direct number is PHONE.

Clarifications decided here while writing the templates (never after looking at any anonymizer output):
* Public office numbers: the direct (geographic or mobile) line of an office - election office, cemetery office,
  licensing authority, chimney sweep, practice - is PHONE; free-phone, shared-cost and service numbers (0800, 0180,
  0848, 0810, numero verde, 1800/1300, 1-800) are hotlines and unlabelled, as are role mailboxes.
* Au pairs: a JSON ``familyName`` is PERSON; the candidate's home address abroad and foreign mobile are labelled;
  match, candidate and policy numbers, flight numbers, arrival dates, pocket-money amounts and the ``createdBy`` user
  id are unlabelled; children's dates of birth are DOB; pets' names are unlabelled; the agency is a company.
* Midwives: the baby's date of birth is DOB, the birth time and weight are not; the due date (ET, EDD, date prévue)
  is a plain date; the doorbell surname is PERSON; health and insurance numbers (some embedding the date of birth) and
  the midwife's IK / RPPS / provider number are unlabelled; a sender shown as a phone number is PHONE; the midwife's
  own IBAN is labelled; "mein Mann Jonas" / "my partner Jonas": the first name is PERSON, the kinship words outside.
* Poll workers: the polling station's address (a public building with street and number) is ADDRESS, the venue name
  is not; station, precinct and reference numbers, election dates and allowances are unlabelled.
* Driving schools: number plates, licence classes, application / NEPH / provisional-licence and ID-card numbers and
  lesson types are unlabelled; a pickup street with a number is ADDRESS, "office" / "Fahrschule" as pickup is not; a
  driving school named after a person ("Fahrschule Metz") is a company; instructors' first names are PERSON; the
  examiner after "Herr" / "Ms" is PERSON; a card number on the enrolment form is CARD.
* Retrofit grants: application ids, parcel numbers, energy ratings, product names, costs, VAT / UID / SIRET / ABN
  numbers and adviser accreditation numbers are unlabelled; the installer firm and its info@ mailbox are not labelled,
  its contact person, his or her personal mailbox and the firm's IBAN are; the energy adviser's office address is
  ADDRESS; a wrongly formatted ``birthDate`` is DOB, also where the validator repeats it.
* Split bills: participants' first names as column headers of an expense export are PERSON, also inside an item
  description; PayPal / Interac / Zelle / PayID e-mail addresses are EMAIL, TWINT / Satispay / PayID / Zelle phone
  numbers PHONE, domestic account numbers unlabelled; the rental's address and the host are labelled; booking numbers
  and "Visa ending 1234" are not; a card number typed into the group chat is CARD.
* Paper rounds: in a route list the subscriber (also a surname alone in capitals) is PERSON and the street with number
  ADDRESS; route, district, subscription numbers, editions, copies and delivery notes are unlabelled; a holiday
  address written "c/o Name, street, postcode town" is PERSON + two ADDRESS spans with "c/o" outside; a student's date
  of birth in a subscription export is DOB.
* Chimney sweeps: district / job numbers, appliance serials, readings and registration numbers are unlabelled; flat
  designations ("1. OG li", "Flat 2") standing alone in a resident list are not ADDRESS, the residents' surnames are
  PERSON; the building's address is ADDRESS; a neighbour holding a key is PERSON.
* Loyalty: loyalty-card numbers (EAN-13) and member ids are unlabelled, as are store numbers and mail-merge
  placeholders; a birthday that lost its year ("05/04") is not DOB; ``pan`` is CARD, ``expiry`` is not, ``holder``
  in capitals is PERSON.
* Licences: licence, exam and candidate numbers, fees, scores and the town column of a result list are unlabelled;
  club names are unlabelled, the club chair / secretary is PERSON.
* Surveys: case and interviewer numbers, outcome codes, ages and birth years ("geburtsjahr 1954", "classe 1955",
  "born 1950") are unlabelled; the doorbell surname is PERSON; in XML the ``given`` and ``family`` elements are one
  PERSON span each, ``street`` is ADDRESS, ``postcode`` and ``city`` are not, an ``iban`` attribute is IBAN.
* Graves: grave / plot numbers, dates of death (also after "†"), lease ends and fees are unlabelled; the deceased's
  dates of birth are DOB, also on an inscription after "*" / "✶" / "geb."; cemeteries named after saints and the
  stonemason's firm are unlabelled; the municipality's IBAN is labelled.

Usage (repo root): python bench/privacy/generate_holdout14.py [--out PATH]
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "privacy" / "data" / "synthetic_holdout14.jsonl"
SET = "holdout14"
LANGS = ["de", "fr", "it", "en"]
REGIONS = {"de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "CH", "LU"], "it": ["IT", "CH"],
           "en": ["GB", "IE", "US", "CA", "AU", "NZ"]}
DOCS_PER_TEMPLATE = 10

# ---------------------------------------------------------------------------------------------------------------
# Inline markers.  A labelled value is written as S + code + M + value + E; transforms work segment by segment and
# the markers are resolved into offsets at the very end.
# ---------------------------------------------------------------------------------------------------------------
S, M, E = "\ue000", "\ue001", "\ue002"
NBSP_MARK = "\ue003"
TYPES = {"P": "PERSON", "T": "PHONE", "A": "ADDRESS", "D": "DOB", "E": "EMAIL", "I": "IBAN", "C": "CARD"}
_SEG = re.compile(S + "([PTADEIC])" + M + "(.*?)" + E, re.S)


def mark(code: str, value: str) -> str:
    assert value and value == value.strip(), repr(value)
    assert S not in value and M not in value and E not in value, repr(value)
    return f"{S}{code}{M}{value}{E}"


def P(v: str) -> str:
    return mark("P", v)


def T(v: str) -> str:
    return mark("T", v)


def A(v: str) -> str:
    return mark("A", v)


def D(v: str) -> str:
    return mark("D", v)


def EM(v: str) -> str:
    return mark("E", v)


def IB(v: str) -> str:
    return mark("I", v)


def C(v: str) -> str:
    return mark("C", v)


def segments(text: str):
    pos = 0
    for m in _SEG.finditer(text):
        if m.start() > pos:
            yield None, text[pos:m.start()]
        yield m.group(1), m.group(2)
        pos = m.end()
    if pos < len(text):
        yield None, text[pos:]


def remap(text: str, plain=None, label=None) -> str:
    out = []
    for code, seg in segments(text):
        if code is None:
            out.append(plain(seg) if plain else seg)
        else:
            out.append(mark(code, label(code, seg) if label else seg))
    return "".join(out)


def visible(text: str) -> str:
    return "".join(seg for _, seg in segments(text))


def vlen(text: str) -> int:
    return len(visible(text))


def pad(text: str, width: int) -> str:
    return text + " " * max(1, width - vlen(text))


def upper(text: str) -> str:
    return remap(text, str.upper, lambda c, s: s.upper())


def lower(text: str, keep: str = "IC") -> str:
    return remap(text, str.lower, lambda c, s: s if c in keep else s.lower())


OCR_MAP = {"O": "0", "0": "O", "I": "1", "1": "I", "S": "5", "B": "8", "E": "F", "G": "6", "Z": "2", "L": "I",
           "É": "E", "È": "E", "À": "A", "Ü": "U", "Ö": "O", "Ä": "A", "N": "H", "M": "N", "C": "("}


def ocr(text: str, rng: random.Random, rate: float = 0.035) -> str:
    """OCR letter confusions and doubled spaces, applied to unlabelled text only."""
    def f(seg: str) -> str:
        out = []
        for ch in seg:
            if ch in OCR_MAP and rng.random() < rate:
                out.append(OCR_MAP[ch])
            elif ch == " " and rng.random() < 0.05:
                out.append("  ")
            else:
                out.append(ch)
        return "".join(out)
    return remap(text, f)


def uesc(text: str) -> str:
    """JSON \\u escapes for every non-ASCII character (labelled values keep the escape inside the span)."""
    def f(seg: str) -> str:
        return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch):04x}" for ch in seg)
    return remap(text, f, lambda c, s: f(s))


def xesc(v: str) -> str:
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


VOWELS = set("aeiouyäöüàâéèêëîïôùûœæ")
_HYPH_WORD = re.compile(r"^([^\W\d_]{9,})([,.;:]?)$")


def wrap(text: str, width: int, rng: random.Random, hyph: float = 0.85) -> str:
    """pdftotext-like line filling; only unlabelled words are hyphenated at line ends."""
    lines_out = []
    for line in text.split("\n"):
        if vlen(line) <= width:
            lines_out.append(line)
            continue
        prot = _SEG.sub(lambda m: m.group(0).replace(" ", NBSP_MARK), line)
        words = [w for w in prot.split(" ") if w]
        cur = ""
        for w in words:
            wl = vlen(w)
            if not cur:
                cur = w
                continue
            if vlen(cur) + 1 + wl <= width:
                cur += " " + w
                continue
            m = _HYPH_WORD.match(w) if S not in w else None
            room = width - vlen(cur) - 2
            if m and rng.random() < hyph and room >= 3:
                core = m.group(1)
                top = min(room, len(core) - 3)
                ks = [j for j in range(top, 2, -1) if core[j - 1].lower() in VOWELS
                      and core[j].lower() not in VOWELS and core[j + 1].lower() in VOWELS]
                k = ks[0] if ks else top
                if k >= 3:
                    lines_out.append(cur + " " + w[:k] + "-")
                    cur = w[k:]
                    continue
            lines_out.append(cur)
            cur = w
        if cur:
            lines_out.append(cur)
    return "\n".join(lines_out).replace(NBSP_MARK, " ")


def resolve(text: str) -> tuple[str, list[dict]]:
    clean, ents, n = [], [], 0
    for code, seg in segments(text):
        if code is not None:
            ents.append({"start": n, "end": n + len(seg), "type": TYPES[code], "text": seg})
        clean.append(seg)
        n += len(seg)
    out = "".join(clean)
    assert S not in out and M not in out and E not in out and NBSP_MARK not in out
    return out, ents


def csv_rows(rows: list[list[str]], delim: str = ",", quote_all: bool = False) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
                   lineterminator="\n")
    for row in rows:
        w.writerow(row)
    return buf.getvalue().rstrip("\n")


def md_table(header: list[str], rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def fixed(rows: list[list[str]], widths: list[int]) -> str:
    out = []
    for r in rows:
        cells = [pad(c, w) if k < len(r) - 1 else c for k, (c, w) in enumerate(zip(r, widths, strict=False))]
        out.append("".join(cells).rstrip())
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------------------------
# Checks: IBAN (ISO 13616 + national), Luhn.
# ---------------------------------------------------------------------------------------------------------------
def iban_ok(v: str) -> bool:
    s = re.sub(r"[\s-]", "", v).upper()
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def iso_iban(cc: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def luhn_ok(v: str) -> bool:
    ds = [int(c) for c in re.sub(r"\D", "", v)][::-1]
    tot = 0
    for k, d in enumerate(ds):
        if k % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def rib_key(bank: str, guichet: str, account: str) -> int:
    return 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(account)) % 97)


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cin(abi: str, cab: str, conto: str) -> str:
    s = abi + cab + conto
    tot = 0
    for k, ch in enumerate(s):
        val = int(ch) if ch.isdigit() else ord(ch.upper()) - 65
        tot += _CIN_ODD[val] if k % 2 == 0 else val
    return chr(65 + tot % 26)


def it_iban_ok(v: str) -> bool:
    s = re.sub(r"\s", "", v).upper()
    return cin(s[5:10], s[10:15], s[15:27]) == s[4]


def fr_iban_ok(v: str) -> bool:
    s = re.sub(r"\s", "", v).upper()
    return rib_key(s[4:9], s[9:14], s[14:25]) == int(s[25:27])


def be_iban_ok(v: str) -> bool:
    s = re.sub(r"\s", "", v).upper()
    return (int(s[4:14]) % 97 or 97) == int(s[14:16])


# ---------------------------------------------------------------------------------------------------------------
# Names: Faker locales plus lists written here.
# ---------------------------------------------------------------------------------------------------------------
FAKER_LOCALE = {"de_DE": "de_DE", "de_AT": "de_AT", "de_CH": "de_CH", "fr_FR": "fr_FR", "fr_BE": "fr_BE",
                "fr_CH": "fr_CH", "fr_LU": "fr_FR", "it_IT": "it_IT", "it_CH": "it_IT", "en_GB": "en_GB",
                "en_IE": "en_IE", "en_US": "en_US", "en_CA": "en_CA", "en_AU": "en_AU", "en_NZ": "en_NZ"}

OWN_SURNAMES = {
    "de_DE": ["Vogel", "Fuchs", "Engel", "König", "Kaiser", "Winter", "Sommer", "Hahn", "Storch", "Specht", "Fink",
              "Adler", "Wolf", "Bär", "Haas", "Krebs", "Stein", "Busch", "Ernst", "Fröhlich", "Klug", "Lustig",
              "Sauer", "Süß", "Ehrlich", "Kühn", "Freitag", "Sonntag", "von der Heide", "von Bülow", "zu Dohna",
              "van der Meer", "ter Horst", "Thießen", "Penner", "Klassen", "Dyck", "Friesen", "Wiebe", "Janzen",
              "Neufeld", "Sawatzky", "Pöhlmann", "Jähnichen", "Grzesik", "Kowalczyk", "Schimanski", "Wischnewski",
              "Großkopf", "Brinkmann", "Hinrichs", "Oltmanns", "Backhaus", "Rübsam", "Ziegenhagen", "Löffler"],
    "de_AT": ["Hofbauer", "Gruber", "Pichler", "Moser", "Leitner", "Wallner", "Schwarzl", "Pölzl", "Mayrhofer",
              "Oberhauser", "Auinger", "Kerschbaumer", "Nowotny", "Dvořák", "Prohaska", "Swoboda", "Wondraschek",
              "Hrdlicka", "Zach", "Aigner", "Haslinger", "Stadlober", "Edlinger-Ploder", "Fürnkranz",
              "Weißensteiner", "Unterberger", "Ritzberger", "Jungwirth", "Hinterleitner", "Zöchling", "Strasser"],
    "de_CH": ["Brunner", "Baumgartner", "Zürcher", "Bachmann", "Hofstetter", "Egger", "Gisler", "Zgraggen",
              "Tschudi", "Caduff", "Cadonau", "Casutt", "Derungs", "Tuor", "Giger", "Lüthi", "Aebischer", "Inäbnit",
              "Wyss", "Rüegg", "Schnyder", "Imhof", "von Graffenried", "de Weck", "Zwahlen", "Stucki", "Kälin",
              "Fässler", "Bärtschi", "Niederberger", "Wälti", "Gubser", "Ammann", "Rohrer"],
    "fr_FR": ["Le Goff", "Le Gall", "Kerguelen", "Quéméner", "Le Bihan", "Cadiou", "Etxeberria", "Irigoyen",
              "Agostini", "Santoni", "Casanova", "Poli", "de La Fontaine", "de Villiers", "Du Pont", "d'Arcy",
              "Lebrun", "Blanc", "Petit", "Legrand", "Boulanger", "Charpentier", "Boucher", "Lapierre", "Rivière",
              "Lamour", "Bonheur", "Printemps", "Pain", "Lenoir", "Meunier", "Sauvage", "Berger", "Schaeffer",
              "Haegelin", "Wurtz", "Ohayon", "Nakache", "Bensimon", "Mercier-Lagrange", "Delaunay", "Jourdain"],
    "fr_BE": ["Van den Broeck", "Vandermeulen", "Peeters", "Janssens", "Maes", "Willems", "Claes", "Goossens",
              "Wouters", "De Smet", "Dubois", "Lambert", "Leclercq", "Mertens", "Vanderlinden", "Delvaux",
              "Hautecoeur", "Wéry", "Lemaire", "Colson", "Dethier", "Grosjean", "Collard", "Gilson", "Remacle",
              "Lejeune", "Hubert", "Deprez", "Van Damme", "Vanhoutte", "Bastin", "Renard", "Wauters"],
    "fr_CH": ["Favre", "Rochat", "Pittet", "Chappuis", "Jaquet", "Ducommun", "Perrenoud", "Jeanneret", "Monnier",
              "Roulin", "Chassot", "Rossier", "Berset", "Dafflon", "Sciboz", "Cuendet", "Mottier", "Bovet",
              "de Rham", "de Pury", "Clerc", "Perret", "Zufferey", "Fournier", "Crettenand", "Bonvin"],
    "fr_LU": ["Schmit", "Muller", "Weber", "Wagner", "Hoffmann", "Thill", "Reuter", "Kremer", "Schroeder", "Hansen",
              "Welter", "Kieffer", "Majerus", "Hilbert", "Reding", "Bettendorf", "Goedert", "Zeimet", "Feltgen",
              "Steichen", "Jacoby", "Wirtgen", "Kayser", "Bintner", "Da Costa", "Pereira", "Ferreira"],
    "it_IT": ["De Luca", "Di Stefano", "Dell'Orto", "La Rosa", "Lo Presti", "Dalla Valle", "Lo Bianco", "D'Angelo",
              "De Santis", "Della Rovere", "Esposito", "Russo", "Ferraro", "Coppola", "Amato", "Sanna", "Piras",
              "Pinna", "Melis", "Deiana", "Cossu", "Zanin", "Furlan", "Tomasin", "Cecchin", "Sbrissa", "Gallo",
              "Leone", "Lupo", "Bella", "Fortunato", "Speranza", "Barbieri", "Fabbri", "Giordano", "Caruso",
              "Vitale", "Marino", "Calabrese", "Siciliano", "Napolitano", "Santoro", "Mancini", "Greco"],
    "it_CH": ["Bernasconi", "Pedrazzini", "Rusconi", "Cattaneo", "Balestra", "Guscetti", "Gianella", "Moretti",
              "Lepori", "Fumagalli", "Vassalli", "Pellandini", "Respini", "Maggetti", "Sciolli", "Induni", "Dotta",
              "Canevascini", "Ghiringhelli", "Sala", "Lurati", "Tettamanti", "Beffa", "Ferrari", "Rossi"],
    "en_GB": ["Baker", "Rich", "Brown", "Young", "Hope", "Rose", "Page", "Bishop", "Lord", "King", "Fox", "Wood",
              "Bird", "Cook", "Davies", "Evans", "Llewellyn", "ap Rhys", "Pritchard", "Vaughan", "Pengelly",
              "Trelawny", "Penrose", "MacLeod", "McAllister", "Fraser", "Buchanan", "Ogilvy", "Hughes-Williams",
              "Smyth", "Ashworth", "Whitfield", "Nwosu", "Okafor", "Patel", "Khan", "Begum", "Chowdhury"],
    "en_IE": ["O'Brien", "Ó Súilleabháin", "Ní Bhriain", "Mac Giolla Phádraig", "Murphy", "Kelly", "Byrne",
              "Ryan", "Walsh", "Doyle", "McCarthy", "Gallagher", "Ó Ceallaigh", "Mac Cárthaigh", "Fitzgerald",
              "Power", "Brennan", "Quinn", "Nolan", "Keane", "Duggan", "Kowalczyk", "Adeyemi"],
    "en_US": ["Washington", "Jefferson", "Freeman", "Jackson", "Begay", "Yazzie", "Tsosie", "Benally", "Nez",
              "Whitehorse", "Goodwin", "Banks", "Gonzalez", "Nguyen", "Kowalski", "O'Neal", "DeShields", "LaRue",
              "St. John", "Vandenberg", "Hollister", "Abernathy", "Kealoha", "Castillo", "Hernández"],
    "en_CA": ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné",
              "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Thibodeau",
              "Cardinal", "Bearskin", "Manitowabi", "Sinclair", "Morningstar", "MacNeil", "MacIsaac",
              "Kowalchuk", "Hryniuk", "Dhaliwal", "Sandhu"],
    "en_AU": ["Nguyen", "Papadopoulos", "Georgiou", "Karagiannis", "Rossi", "Ferraro", "Tran", "Pham", "Singh",
              "Kaur", "Murray", "Campbell", "Oakley", "Mundine", "Wanganeen", "Clarke", "Briggs", "Dodson",
              "O'Shea", "McKenzie", "Fitzpatrick", "Kelly", "Thompson", "Lee"],
    "en_NZ": ["Ngata", "Parata", "Tamihana", "Te Whata", "Horomona", "Walker", "Ruatapu", "Tipene", "Wihongi",
              "Henare", "Paewai", "Fa'alogo", "Tuilagi", "Leota", "Faleolo", "Taufa", "Vaifale", "Mackenzie",
              "Sutherland", "McKay", "Anderson", "Thomson", "Harrison", "Kerr"],
}

OWN_FIRST = {
    "de": ({"m": ["Hans-Peter", "Karl-Heinz", "Jan-Ole", "Ernst", "Frank", "Heiner", "Till", "Kai", "Benno", "Lutz",
                  "Wolf", "Klaus-Dieter", "Jörg", "Björn", "Uwe", "Götz", "Sönke", "Hinnerk", "Ole", "Fiete", "Mats",
                  "Florian", "Lukas", "Maximilian", "Jonas", "Leon", "Elias", "Noah", "Paul"],
            "f": ["Anne-Kathrin", "Eva-Maria", "Marie-Luise", "Rosa", "Heide", "Frieda", "Wiebke", "Imke", "Maren",
                  "Kerstin", "Gesa", "Silke", "Ulrike", "Dörte", "Jördis", "Liesl", "Vroni", "Resi", "Christel",
                  "Sonja", "Lena", "Hannah", "Mia", "Emilia", "Leonie", "Lea", "Sophie", "Clara"]}),
    "fr": ({"m": ["Jean-Pierre", "Jean-Baptiste", "Pierre-Yves", "Aimé", "Clément", "Constant", "Désiré", "Modeste",
                  "Loïc", "Yannick", "Gwenaël", "Maël", "Ange", "Félix", "Honoré", "Baptiste", "Mattéo", "Noé",
                  "Sacha", "Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Théo", "Nathan"],
            "f": ["Marie-Claire", "Anne-Sophie", "Marie-Hélène", "Rose", "Blanche", "Violette", "Aimée", "Victoire",
                  "Prudence", "Constance", "Bérénice", "Maëlys", "Gwenaëlle", "Solène", "Océane", "Ninon",
                  "Capucine", "Dominique", "Claude", "Camille", "Chloé", "Léa", "Manon", "Inès", "Jade", "Zoé"]}),
    "it": ({"m": ["Gian Marco", "Pier Paolo", "Gianluca", "Giancarlo", "Benvenuto", "Fortunato", "Felice", "Angelo",
                  "Leone", "Salvatore", "Gennaro", "Ciro", "Efisio", "Gavino", "Bachisio", "Tiziano", "Vasco",
                  "Nicolò", "Jacopo", "Mattia", "Lorenzo", "Tommaso", "Riccardo", "Edoardo", "Alessandro"],
            "f": ["Maria Grazia", "Anna Maria", "Maria Teresa", "Gioia", "Serena", "Stella", "Rosa", "Bianca",
                  "Speranza", "Immacolata", "Assunta", "Concetta", "Chiara", "Ilaria", "Noemi", "Viola", "Asia",
                  "Gaia", "Vittoria", "Benedetta", "Giulia", "Sofia", "Aurora", "Ginevra", "Beatrice"]}),
    "en": ({"m": ["Will", "Bill", "Rich", "Pat", "Mark", "Frank", "Jack", "Ted", "Hunter", "Mason", "Chance", "Ray",
                  "Dusty", "Forrest", "River", "Ash", "Sandy", "Bob", "Baxter", "Rhys", "Dylan", "Callum", "Oliver",
                  "Harry", "George", "Noah", "Liam", "Ethan"],
            "f": ["Hope", "Grace", "Faith", "Joy", "Rose", "Violet", "Summer", "Autumn", "Sky", "Ivy", "Holly",
                  "Poppy", "Daisy", "Ruby", "Pearl", "Amber", "Honey", "Sian", "Bethan", "Carys", "Mhairi", "Olivia",
                  "Amelia", "Isla", "Ava", "Emily", "Charlotte"]}),
}

REGION_FIRST = {
    "fr_LU": {"m": ["Jang", "Jos", "Marc", "Romain", "Claude", "Fernand", "Gaston", "Raoul", "Sven", "Gilles",
                    "Yves", "Pol", "Tom", "Ben", "Luc"],
              "f": ["Lou", "Mia", "Josée", "Marie-Paule", "Nadine", "Sandy", "Tessy", "Carole", "Joëlle", "Anne",
                    "Lis", "Malou", "Martine", "Nathalie"]},
    "en_IE": {"m": ["Oisín", "Cian", "Tadhg", "Pádraig", "Ciarán", "Darragh", "Eoin", "Seán", "Diarmuid", "Colm",
                    "Fionn", "Ruairí"],
              "f": ["Aoife", "Siobhán", "Niamh", "Caoimhe", "Saoirse", "Gráinne", "Eimear", "Clodagh", "Sadhbh",
                    "Róisín", "Orla", "Méabh"]},
    "en_US": {"m": ["DeShawn", "Jamal", "Tyrone", "Darnell", "Chayton", "Kai", "Brayden", "Skyler", "Hunter",
                    "Dakota", "Reese", "Chance", "Tucker", "Bo"],
              "f": ["Latoya", "Keisha", "Aaliyah", "Shanice", "Winona", "Madison", "Hope", "Faith", "Destiny",
                    "Brooklyn", "Kayleigh", "Shawna"]},
    "en_CA": {"m": ["Jean-François", "Mathieu", "Étienne", "Gaétan", "Réjean", "Félix", "Harjit", "Gurpreet",
                    "Tanner", "Cody", "Brennan"],
              "f": ["Marie-Ève", "Geneviève", "Chantal", "Sylvie", "Josée", "Mélanie", "Nathalie", "Rosalie",
                    "Maëlle", "Tanis", "Shawnee", "Kiana"]},
    "en_AU": {"m": ["Shane", "Brett", "Darren", "Jarrah", "Lachlan", "Bodhi", "Banjo", "Kayden", "Mitchell",
                    "Travis", "Jayden"],
              "f": ["Bronwyn", "Kylie", "Narelle", "Kirra", "Tahlia", "Matilda", "Shaz", "Jacinta", "Kiara",
                    "Talia", "Indi"]},
    "en_NZ": {"m": ["Tama", "Rawiri", "Wiremu", "Hemi", "Manaia", "Tane", "Nikau", "Sione", "Tevita", "Ihaia"],
              "f": ["Aroha", "Mere", "Anahera", "Ngaio", "Mereana", "Kiri", "Ataahua", "Losa", "Malia", "Hine"]},
}

COMMUNITY = {
    "turkish": (["Mehmet", "Mustafa", "Emre", "Burak", "Yusuf", "Kerem", "Serkan", "Okan"],
                ["Ayşe", "Fatma", "Elif", "Zeynep", "Emine", "Büşra", "Derya", "Gülşen"],
                ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç",
                 "Aksoy", "Güneş"]),
    "arabic": (["Mohamed", "Ahmed", "Youssef", "Karim", "Rachid", "Omar", "Hamza", "Bilal", "Samir", "Tarek"],
               ["Fatima", "Amina", "Leïla", "Nadia", "Samira", "Yasmina", "Khadija", "Salma", "Nour", "Rania"],
               ["Benali", "El Amrani", "Bouazza", "Haddad", "Ben Salah", "Chaoui", "Mansouri", "Al-Hashimi",
                "Abou Chakra", "Belkacem", "Ait Ouali", "El Idrissi"]),
    "polish": (["Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Łukasz", "Grzegorz"],
               ["Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Magdalena", "Zofia"],
               ["Kowalski", "Wiśniewski", "Wójcik", "Lewandowski", "Zieliński", "Dąbrowski", "Jankowski", "Mazur",
                "Krawczyk", "Nowak"]),
    "ukrainian": (["Oleksandr", "Andriy", "Mykola", "Dmytro", "Serhiy", "Taras", "Bohdan"],
                  ["Olena", "Iryna", "Nataliya", "Oksana", "Yuliya", "Tetiana", "Svitlana", "Kateryna"],
                  ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Oliynyk", "Boyko",
                   "Hrytsenko", "Lysenko"]),
    "vietnamese": (["Minh", "Tuan", "Huy", "Duc", "Quang", "Long", "Thanh"],
                   ["Linh", "Thao", "Huong", "Mai", "Lan", "Ngoc Anh", "Trang"],
                   ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngô"]),
    "portuguese": (["João", "Tiago", "Rui", "Nuno", "Gonçalo", "Paulo", "Thiago", "Rafael"],
                   ["Inês", "Beatriz", "Mariana", "Conceição", "Joana", "Rita", "Larissa", "Fernanda"],
                   ["Ferreira", "Rodrigues", "da Silva", "dos Santos", "Gonçalves", "Pereira", "Sousa", "Carvalho",
                    "Martins", "Lopes", "de Oliveira", "Fonseca"]),
    "balkan": (["Luka", "Dragan", "Nikola", "Marko", "Ardit", "Besnik", "Arben", "Emir", "Adnan", "Dženan"],
               ["Jelena", "Milica", "Ivana", "Arta", "Drita", "Blerta", "Amra", "Lejla", "Selma", "Mirela"],
               ["Petrović", "Jovanović", "Hodžić", "Begić", "Kovačević", "Horvat", "Babić", "Krasniqi", "Berisha",
                "Gashi", "Hoxha", "Shala", "Mehmedović", "Šarić"]),
    "westafrican": (["Kwame", "Kofi", "Chinedu", "Emeka", "Oluwaseun", "Mamadou", "Ibrahima", "Ousmane", "Moussa"],
                    ["Ama", "Akosua", "Ngozi", "Chiamaka", "Adaeze", "Fatou", "Aminata", "Awa", "Mariama"],
                    ["Mensah", "Asante", "Owusu", "Okonkwo", "Adeyemi", "Diallo", "Ndiaye", "Traoré", "Koné", "Diop",
                     "Sow", "Ogunleye", "Eze"]),
    "southasian": (["Rahul", "Arjun", "Vikram", "Sanjay", "Tharshan", "Kajan", "Rajesh", "Imran", "Harpreet"],
                   ["Priya", "Ananya", "Lakshmi", "Deepa", "Thulasi", "Nirosha", "Kavitha", "Ayesha", "Simran"],
                   ["Sharma", "Patel", "Singh", "Kaur", "Krishnan", "Sivakumar", "Thurairajah", "Selvarajah",
                    "Iyer", "Reddy", "Chaudhry", "Hussain"]),
    "eastasian": (["Wei", "Jun", "Hao", "Jian", "Min-jun", "Ji-ho", "Hiroshi", "Takumi", "Kenji"],
                  ["Li Na", "Xiaoling", "Mei", "Yan", "Ji-woo", "Seo-yeon", "Yuki", "Haruka", "Aiko"],
                  ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Kim", "Park", "Choi", "Tanaka", "Suzuki",
                   "Watanabe", "Sato"]),
    "horn": (["Yonas", "Tesfaye", "Dawit", "Abdirahman", "Abdullahi", "Semere", "Filmon"],
             ["Selam", "Hiwet", "Meron", "Saba", "Hodan", "Fadumo", "Ayaan"],
             ["Tesfamariam", "Gebremedhin", "Haile", "Tekle", "Abraha", "Warsame", "Farah", "Mohamud", "Hassan"]),
    "persian": (["Reza", "Ali", "Mehdi", "Farid", "Ahmad", "Hamid", "Omid"],
                ["Maryam", "Shirin", "Parisa", "Zahra", "Fereshteh", "Laleh", "Nilofar"],
                ["Hosseini", "Ahmadi", "Rahimi", "Karimi", "Mohammadi", "Rezaei", "Sadeghi", "Azizi", "Popal",
                 "Noori"]),
    "romanian": (["Ionuț", "Andrei", "Mihai", "Florin", "Cătălin", "Gheorghe"],
                 ["Ioana", "Andreea", "Elena", "Mihaela", "Alexandra", "Roxana"],
                 ["Popescu", "Ionescu", "Dumitrescu", "Stan", "Constantin", "Marinescu", "Munteanu", "Stoica",
                  "Niculescu", "Dobre"]),
    "greek": (["Giorgos", "Dimitris", "Nikos", "Konstantinos", "Yannis", "Christos"],
              ["Eleni", "Katerina", "Despina", "Vasiliki", "Sofia", "Athina"],
              ["Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis", "Oikonomou", "Vlachos", "Antoniou",
               "Pappas"]),
    "hispanic": (["José Luis", "Alejandro", "Carlos", "Diego", "Javier", "Mateo", "Santiago", "Andrés"],
                 ["María José", "Lucía", "Valentina", "Camila", "Daniela", "Carmen", "Ximena", "Luisa Fernanda"],
                 ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Quispe", "Mamani",
                  "Flores", "de la Cruz", "Rodríguez", "Ospina", "Restrepo"]),
    "filipino": (["Jose Mari", "Rodel", "Mark Anthony", "Rommel", "Arnel", "Jericho"],
                 ["Maricel", "Jocelyn", "Lourdes", "Rowena", "Cherry Mae", "Analyn", "Kristine Joy"],
                 ["Santos", "Reyes", "dela Cruz", "Bautista", "Mendoza", "Villanueva", "Macaraeg", "Dimaculangan",
                  "Pangilinan"]),
    "hebrew": (["Avi", "Yossi", "Noam", "Eitan", "Ariel"],
               ["Noa", "Tamar", "Yael", "Shira", "Michal"],
               ["Cohen", "Levi", "Mizrahi", "Friedman", "Ben-David", "Peretz", "Azoulay", "Rosenberg"]),
}
COMMUNITY_KEYS = sorted(COMMUNITY)
DOUBLE_JOIN = {"de": "-", "fr": "-", "it": " ", "en": "-"}


def latin_only(s: str) -> bool:
    for ch in s:
        if ch in " -'’.":
            continue
        if not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


_TRANSLIT_DE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_TRANSLIT = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i"})


def ascii_fold(s: str, german: bool = False) -> str:
    if german:
        s = s.translate(_TRANSLIT_DE)
    s = s.translate(_TRANSLIT)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s: str, german: bool = False, sep: str = "") -> str:
    s = ascii_fold(s, german).lower()
    s = re.sub(r"['’.]", "", s)
    s = re.sub(r"[^a-z0-9]+", sep, s)
    return s.strip(sep)


_UPPER_INITIAL = re.compile(r"[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČĐ]")


@dataclass
class Person:
    first: str
    last: str
    g: str
    lang: str

    def full(self) -> str:
        return f"{self.first} {self.last}"

    def rev(self) -> str:
        return f"{self.last}, {self.first}"

    def caps(self) -> str:
        return f"{self.last.upper()} {self.first}"

    def capsrev(self) -> str:
        return f"{self.last.upper()}, {self.first}"

    def ini(self) -> str:
        return f"{initials(self.first)} {self.last}"

    def fl(self) -> str:
        m = _UPPER_INITIAL.search(self.last)
        return f"{self.first} {(m.group(0) if m else self.last[0].upper())}."

    def lf(self) -> str:
        return f"{self.last} {self.first}"


def initials(first: str) -> str:
    if "-" in first:
        return "-".join(p[0] + "." for p in first.split("-"))
    return " ".join(p[0] + "." for p in first.split())


# ---------------------------------------------------------------------------------------------------------------
# Places: streets, postcodes, towns and area codes per region (written here; Faker's address providers are not used).
# ---------------------------------------------------------------------------------------------------------------
TOWNS = {
    "de_DE": [("10115", "Berlin", "030"), ("10999", "Berlin", "030"), ("12043", "Berlin", "030"),
              ("13353", "Berlin", "030"), ("20095", "Hamburg", "040"), ("22765", "Hamburg", "040"),
              ("80331", "München", "089"), ("81669", "München", "089"), ("50667", "Köln", "0221"),
              ("50823", "Köln", "0221"), ("60311", "Frankfurt am Main", "069"), ("70173", "Stuttgart", "0711"),
              ("40210", "Düsseldorf", "0211"), ("04109", "Leipzig", "0341"), ("01067", "Dresden", "0351"),
              ("28195", "Bremen", "0421"), ("30159", "Hannover", "0511"), ("90402", "Nürnberg", "0911"),
              ("44135", "Dortmund", "0231"), ("45127", "Essen", "0201"), ("53111", "Bonn", "0228"),
              ("48143", "Münster", "0251"), ("79098", "Freiburg im Breisgau", "0761"),
              ("69117", "Heidelberg", "06221"), ("24103", "Kiel", "0431"), ("18055", "Rostock", "0381"),
              ("99084", "Erfurt", "0361"), ("93047", "Regensburg", "0941"), ("86150", "Augsburg", "0821"),
              ("33098", "Paderborn", "05251"), ("26121", "Oldenburg", "0441"), ("37073", "Göttingen", "0551"),
              ("55116", "Mainz", "06131"), ("66111", "Saarbrücken", "0681"), ("06108", "Halle (Saale)", "0345"),
              ("39104", "Magdeburg", "0391"), ("14467", "Potsdam", "0331"), ("97070", "Würzburg", "0931"),
              ("87435", "Kempten (Allgäu)", "0831"), ("83435", "Bad Reichenhall", "08651"),
              ("73430", "Aalen", "07361"), ("35390", "Gießen", "0641"), ("56068", "Koblenz", "0261"),
              ("08056", "Zwickau", "0375"), ("25813", "Husum", "04841"), ("94032", "Passau", "0851")],
    "de_AT": [("1010", "Wien", "01"), ("1070", "Wien", "01"), ("1100", "Wien", "01"), ("1160", "Wien", "01"),
              ("1220", "Wien", "01"), ("8010", "Graz", "0316"), ("8020", "Graz", "0316"), ("4020", "Linz", "0732"),
              ("5020", "Salzburg", "0662"), ("6020", "Innsbruck", "0512"),
              ("9020", "Klagenfurt am Wörthersee", "0463"), ("3100", "St. Pölten", "02742"),
              ("6900", "Bregenz", "05574"), ("7000", "Eisenstadt", "02682"), ("9500", "Villach", "04242"),
              ("4600", "Wels", "07242"), ("2700", "Wiener Neustadt", "02622"), ("6850", "Dornbirn", "05572"),
              ("3500", "Krems an der Donau", "02732"), ("8700", "Leoben", "03842"), ("4400", "Steyr", "07252"),
              ("5700", "Zell am See", "06542"), ("6370", "Kitzbühel", "05356")],
    "de_CH": [("8001", "Zürich", "044"), ("8004", "Zürich", "044"), ("8050", "Zürich", "044"),
              ("3011", "Bern", "031"), ("3012", "Bern", "031"), ("4051", "Basel", "061"), ("4057", "Basel", "061"),
              ("6003", "Luzern", "041"), ("9000", "St. Gallen", "071"), ("8400", "Winterthur", "052"),
              ("5000", "Aarau", "062"), ("8200", "Schaffhausen", "052"), ("7000", "Chur", "081"),
              ("6300", "Zug", "041"), ("2502", "Biel/Bienne", "032"), ("4500", "Solothurn", "032"),
              ("3600", "Thun", "033"), ("8500", "Frauenfeld", "052"), ("6430", "Schwyz", "041"),
              ("3920", "Zermatt", "027"), ("7500", "St. Moritz", "081"), ("8640", "Rapperswil-Jona", "055"),
              ("9100", "Herisau", "071"), ("6460", "Altdorf UR", "041")],
    "fr_CH": [("1003", "Lausanne", "021"), ("1004", "Lausanne", "021"), ("1201", "Genève", "022"),
              ("1205", "Genève", "022"), ("1227", "Carouge GE", "022"), ("2000", "Neuchâtel", "032"),
              ("1700", "Fribourg", "026"), ("1950", "Sion", "027"), ("1800", "Vevey", "021"),
              ("1820", "Montreux", "021"), ("2300", "La Chaux-de-Fonds", "032"), ("1400", "Yverdon-les-Bains", "024"),
              ("1260", "Nyon", "022"), ("2800", "Delémont", "032"), ("1630", "Bulle", "026"),
              ("1920", "Martigny", "027"), ("1110", "Morges", "021")],
    "it_CH": [("6900", "Lugano", "091"), ("6500", "Bellinzona", "091"), ("6600", "Locarno", "091"),
              ("6850", "Mendrisio", "091"), ("6830", "Chiasso", "091"), ("6648", "Minusio", "091"),
              ("6982", "Agno", "091"), ("6710", "Biasca", "091"), ("6760", "Faido", "091"),
              ("6616", "Losone", "091"), ("6900", "Massagno", "091")],
    "fr_FR": [("75011", "Paris", "01"), ("75018", "Paris", "01"), ("75015", "Paris", "01"),
              ("92100", "Boulogne-Billancourt", "01"), ("93100", "Montreuil", "01"), ("69003", "Lyon", "04"),
              ("69007", "Lyon", "04"), ("13008", "Marseille", "04"), ("13001", "Marseille", "04"),
              ("31000", "Toulouse", "05"), ("33000", "Bordeaux", "05"), ("44000", "Nantes", "02"),
              ("35000", "Rennes", "02"), ("29200", "Brest", "02"), ("59000", "Lille", "03"),
              ("67000", "Strasbourg", "03"), ("68100", "Mulhouse", "03"), ("06000", "Nice", "04"),
              ("34000", "Montpellier", "04"), ("38000", "Grenoble", "04"), ("21000", "Dijon", "03"),
              ("37000", "Tours", "02"), ("64100", "Bayonne", "05"), ("20000", "Ajaccio", "04"),
              ("87000", "Limoges", "05"), ("51100", "Reims", "03"), ("14000", "Caen", "02"),
              ("63000", "Clermont-Ferrand", "04"), ("76000", "Rouen", "02"), ("57000", "Metz", "03"),
              ("74000", "Annecy", "04"), ("56100", "Lorient", "02")],
    "fr_BE": [("1000", "Bruxelles", "02"), ("1050", "Ixelles", "02"), ("1060", "Saint-Gilles", "02"),
              ("1030", "Schaerbeek", "02"), ("1080", "Molenbeek-Saint-Jean", "02"),
              ("1200", "Woluwe-Saint-Lambert", "02"), ("4000", "Liège", "04"), ("4020", "Liège", "04"),
              ("5000", "Namur", "081"), ("6000", "Charleroi", "071"), ("7000", "Mons", "065"),
              ("1300", "Wavre", "010"), ("1348", "Louvain-la-Neuve", "010"), ("7500", "Tournai", "069"),
              ("6700", "Arlon", "063"), ("4800", "Verviers", "087"), ("1400", "Nivelles", "067"),
              ("5500", "Dinant", "082"), ("6900", "Marche-en-Famenne", "084")],
    "fr_LU": [("1611", "Luxembourg", ""), ("2449", "Luxembourg", ""), ("1724", "Luxembourg", ""),
              ("4001", "Esch-sur-Alzette", ""), ("4170", "Esch-sur-Alzette", ""), ("9001", "Ettelbruck", ""),
              ("3401", "Dudelange", ""), ("4501", "Differdange", ""), ("8001", "Strassen", ""),
              ("7201", "Walferdange", ""), ("6401", "Echternach", ""), ("9201", "Diekirch", ""),
              ("8201", "Mamer", ""), ("9501", "Wiltz", ""), ("5201", "Sandweiler", "")],
    "it_IT": [("20121", "Milano", "MI", "02"), ("20135", "Milano", "MI", "02"), ("00185", "Roma", "RM", "06"),
              ("00153", "Roma", "RM", "06"), ("10123", "Torino", "TO", "011"), ("80134", "Napoli", "NA", "081"),
              ("50122", "Firenze", "FI", "055"), ("40126", "Bologna", "BO", "051"), ("30121", "Venezia", "VE", "041"),
              ("16123", "Genova", "GE", "010"), ("90133", "Palermo", "PA", "091"), ("95131", "Catania", "CT", "095"),
              ("09124", "Cagliari", "CA", "070"), ("07100", "Sassari", "SS", "079"), ("33100", "Udine", "UD", "0432"),
              ("34121", "Trieste", "TS", "040"), ("70122", "Bari", "BA", "080"), ("37121", "Verona", "VR", "045"),
              ("35122", "Padova", "PD", "049"), ("24122", "Bergamo", "BG", "035"), ("25121", "Brescia", "BS", "030"),
              ("43121", "Parma", "PR", "0521"), ("06123", "Perugia", "PG", "075"), ("60121", "Ancona", "AN", "071"),
              ("89125", "Reggio Calabria", "RC", "0965"), ("39100", "Bolzano", "BZ", "0471"),
              ("38122", "Trento", "TN", "0461"), ("84121", "Salerno", "SA", "089"), ("73100", "Lecce", "LE", "0832"),
              ("98122", "Messina", "ME", "090"), ("22100", "Como", "CO", "031"), ("17100", "Savona", "SV", "019")],
    "en_GB": [("London", ["SW9", "N16", "E8", "SE15", "NW5", "W12", "E17", "SW17"], "020"),
              ("Manchester", ["M14", "M20", "M21", "M4"], "0161"), ("Leeds", ["LS6", "LS8", "LS11"], "0113"),
              ("Bristol", ["BS6", "BS3", "BS5"], "0117"), ("Birmingham", ["B13", "B29", "B15"], "0121"),
              ("Edinburgh", ["EH9", "EH6", "EH11"], "0131"), ("Glasgow", ["G12", "G41", "G31"], "0141"),
              ("Cardiff", ["CF24", "CF11", "CF5"], "029"), ("Oxford", ["OX4", "OX2"], "01865"),
              ("Norwich", ["NR2", "NR3"], "01603"), ("York", ["YO10", "YO31"], "01904"),
              ("Brighton", ["BN2", "BN1"], "01273"), ("Belfast", ["BT7", "BT9", "BT15"], "028"),
              ("Sheffield", ["S11", "S7"], "0114"), ("Newcastle upon Tyne", ["NE6", "NE2"], "0191"),
              ("Exeter", ["EX4", "EX2"], "01392"), ("Swansea", ["SA1", "SA2"], "01792"),
              ("Inverness", ["IV2", "IV3"], "01463"), ("Truro", ["TR1"], "01872"),
              ("Leicester", ["LE2", "LE3"], "0116")],
    "en_IE": [("Dublin 3", "", "D03", "01", "Clontarf"), ("Dublin 6", "", "D06", "01", "Rathmines"),
              ("Dublin 8", "", "D08", "01", "Kilmainham"), ("Dublin 15", "", "D15", "01", "Blanchardstown"),
              ("Cork", "Co. Cork", "T12", "021", "Ballintemple"), ("Cork", "Co. Cork", "T23", "021", "Blackpool"),
              ("Galway", "Co. Galway", "H91", "091", "Salthill"), ("Limerick", "Co. Limerick", "V94", "061", ""),
              ("Waterford", "Co. Waterford", "X91", "051", ""), ("Kilkenny", "Co. Kilkenny", "R95", "056", ""),
              ("Sligo", "Co. Sligo", "F91", "071", ""), ("Tralee", "Co. Kerry", "V92", "066", ""),
              ("Athlone", "Co. Westmeath", "N37", "090", ""), ("Drogheda", "Co. Louth", "A92", "041", ""),
              ("Ennis", "Co. Clare", "V95", "065", ""), ("Letterkenny", "Co. Donegal", "F92", "074", ""),
              ("Bray", "Co. Wicklow", "A98", "01", ""), ("Swords", "Co. Dublin", "K67", "01", ""),
              ("Navan", "Co. Meath", "C15", "046", ""), ("Westport", "Co. Mayo", "F28", "098", "")],
    "en_US": [("Boston", "MA", "021", "617"), ("Cambridge", "MA", "021", "617"), ("New York", "NY", "100", "212"),
              ("Brooklyn", "NY", "112", "718"), ("Philadelphia", "PA", "191", "215"), ("Chicago", "IL", "606", "312"),
              ("Evanston", "IL", "602", "847"), ("Austin", "TX", "787", "512"), ("Houston", "TX", "770", "713"),
              ("Denver", "CO", "802", "303"), ("Seattle", "WA", "981", "206"), ("Portland", "OR", "972", "503"),
              ("San Francisco", "CA", "941", "415"), ("Oakland", "CA", "946", "510"),
              ("Los Angeles", "CA", "900", "323"), ("San Diego", "CA", "921", "619"), ("Atlanta", "GA", "303", "404"),
              ("Miami", "FL", "331", "305"), ("Minneapolis", "MN", "554", "612"), ("Madison", "WI", "537", "608"),
              ("Albuquerque", "NM", "871", "505"), ("Gallup", "NM", "873", "505"),
              ("Window Rock", "AZ", "865", "928"), ("Phoenix", "AZ", "850", "602"), ("Nashville", "TN", "372", "615"),
              ("New Orleans", "LA", "701", "504"), ("Baltimore", "MD", "212", "410"),
              ("Burlington", "VT", "054", "802"), ("Anchorage", "AK", "995", "907"), ("Honolulu", "HI", "968", "808"),
              ("Columbus", "OH", "432", "614"), ("Ann Arbor", "MI", "481", "734"), ("Raleigh", "NC", "276", "919")],
    "en_CA": [("Toronto", "ON", "M5V", "416"), ("Toronto", "ON", "M4C", "647"), ("Ottawa", "ON", "K1N", "613"),
              ("Montréal", "QC", "H2X", "514"), ("Montréal", "QC", "H2J", "438"), ("Québec", "QC", "G1R", "418"),
              ("Vancouver", "BC", "V5K", "604"), ("Victoria", "BC", "V8W", "250"), ("Calgary", "AB", "T2P", "403"),
              ("Edmonton", "AB", "T5J", "780"), ("Winnipeg", "MB", "R3C", "204"), ("Halifax", "NS", "B3H", "902"),
              ("Saskatoon", "SK", "S7K", "306"), ("St. John's", "NL", "A1C", "709"), ("Hamilton", "ON", "L8P", "905"),
              ("Whitehorse", "YT", "Y1A", "867"), ("Moncton", "NB", "E1C", "506")],
    "en_AU": [("FITZROY", "VIC", "3065", "03"), ("BRUNSWICK", "VIC", "3056", "03"), ("ST KILDA", "VIC", "3182", "03"),
              ("GEELONG", "VIC", "3220", "03"), ("NEWTOWN", "NSW", "2042", "02"), ("BONDI", "NSW", "2026", "02"),
              ("PARRAMATTA", "NSW", "2150", "02"), ("NEWCASTLE", "NSW", "2300", "02"),
              ("WOLLONGONG", "NSW", "2500", "02"), ("FORTITUDE VALLEY", "QLD", "4006", "07"),
              ("TOOWONG", "QLD", "4066", "07"), ("CAIRNS", "QLD", "4870", "07"), ("TOWNSVILLE", "QLD", "4810", "07"),
              ("FREMANTLE", "WA", "6160", "08"), ("SUBIACO", "WA", "6008", "08"), ("NORWOOD", "SA", "5067", "08"),
              ("GLENELG", "SA", "5045", "08"), ("DARWIN", "NT", "0800", "08"), ("ALICE SPRINGS", "NT", "0870", "08"),
              ("HOBART", "TAS", "7000", "03"), ("LAUNCESTON", "TAS", "7250", "03"), ("BRADDON", "ACT", "2612", "02"),
              ("BELCONNEN", "ACT", "2617", "02")],
    "en_NZ": [("Ponsonby", "Auckland", "1011", "09"), ("Grey Lynn", "Auckland", "1021", "09"),
              ("Mt Eden", "Auckland", "1024", "09"), ("Ōtara", "Auckland", "2023", "09"),
              ("Te Aro", "Wellington", "6011", "04"), ("Newtown", "Wellington", "6021", "04"),
              ("Karori", "Wellington", "6012", "04"), ("Riccarton", "Christchurch", "8011", "03"),
              ("Sydenham", "Christchurch", "8023", "03"), ("North Dunedin", "Dunedin", "9016", "03"),
              ("Hamilton East", "Hamilton", "3216", "07"), ("Mount Maunganui", "Tauranga", "3116", "07"),
              ("Hokowhitu", "Palmerston North", "4410", "06"), ("Ahuriri", "Napier", "4110", "06"),
              ("Frankton", "Queenstown", "9300", "03"), ("Nelson South", "Nelson", "7010", "03"),
              ("Kensington", "Whangārei", "0112", "09"), ("Fenton Park", "Rotorua", "3010", "07")],
}

STREETS = {
    "de_DE": ["Hauptstraße", "Bahnhofstraße", "Lindenstraße", "Schillerstraße", "Goethestraße", "Gartenstraße",
              "Kirchweg", "Am Mühlbach", "Im Winkel", "Auf dem Kamp", "Sonnenallee", "Karl-Marx-Allee",
              "Friedrich-Ebert-Straße", "Bergstr.", "Rosenweg", "Ahornweg", "Birkenweg", "Zum Sportplatz",
              "Mühlenkamp", "Eichendorffstr.", "Kastanienallee", "Wilhelmstraße", "Lange Reihe", "Alter Markt",
              "Hinter der Mauer", "Ludwigstraße", "Uhlandstraße", "Am Hang", "Dorfstraße", "Weidenstraße",
              "Tulpenweg", "Parkstraße", "Am Schlosspark", "Raiffeisenstraße", "Max-Planck-Str.", "Brunnenstr.",
              "Feldstraße", "Neue Straße", "An der Linde", "Hohe Str.", "Emser Str.", "Kleiststraße"],
    "de_AT": ["Mariahilfer Straße", "Favoritenstraße", "Landstraßer Hauptstraße", "Gußhausstraße", "Herrengasse",
              "Annenstraße", "Landstraße", "Getreidegasse", "Maria-Theresien-Straße", "Hauptplatz", "Linzer Gasse",
              "Wiener Straße", "Bahnhofstraße", "Schulgasse", "Kirchengasse", "Am Anger", "Sonnleitenweg",
              "Grabenweg", "Lerchenfelder Gürtel", "Brunner Straße", "Leopoldauer Straße", "Reininghausstraße"],
    "de_CH": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Hauptstrasse", "Kirchgasse", "Rosenweg",
              "Langstrasse", "Badenerstrasse", "Zürichstrasse", "Bernstrasse", "Gerechtigkeitsgasse", "Spalenberg",
              "Freie Strasse", "Hertensteinstrasse", "Rorschacher Strasse", "Poststrasse", "Schulhausstrasse",
              "Alpenstrasse", "Birkenweg", "Im Grüt", "Sonnenbergstrasse", "Oberdorfstrasse", "Via Maistra",
              "Quaderstrasse", "Unterer Graben", "Rütistrasse"],
    "fr_CH": ["Rue du Lac", "Avenue de la Gare", "Chemin des Vignes", "Route de Berne", "Rue de Lausanne",
              "Rue du Rhône", "Boulevard Carl-Vogt", "Chemin du Bochet", "Rue des Moulins", "Avenue de Rumine",
              "Place du Marché", "Rue de la Cité", "Chemin de la Forêt", "Rue du Temple", "Route de Chêne",
              "Rue des Alpes", "Avenue de Cour"],
    "it_CH": ["Via Nassa", "Via Cantonale", "Via San Gottardo", "Via Ciseri", "Viale Stefano Franscini", "Via Luini",
              "Piazza Grande", "Via Vela", "Via della Posta", "Via Lugano", "Via Motta", "Strada Regina",
              "Via ai Monti", "Via Vignola", "Via Besso", "Via Pretorio", "Via Orelli"],
    "fr_FR": ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo",
              "impasse des Lilas", "allée des Tilleuls", "place du Marché", "rue du Faubourg Saint-Antoine",
              "chemin des Écoliers", "rue de la Paix", "rue Pasteur", "avenue du Général Leclerc", "quai de la Loire",
              "cours Lafayette", "rue des Trois Rois", "rue Nationale", "rue de l'Église", "route de Lyon",
              "rue du Moulin", "rue Sainte-Catherine", "avenue Foch", "rue des Martyrs", "rue Émile Zola",
              "rue des Capucins", "boulevard de la Liberté", "rue Gambetta", "rue des Jardins"],
    "fr_BE": ["Rue de la Loi", "Avenue Louise", "Chaussée de Wavre", "Rue Haute", "Rue Saint-Gilles",
              "Boulevard d'Avroy", "Rue des Guillemins", "Rue de Fer", "Rue de la Station", "Avenue des Combattants",
              "Chaussée de Bruxelles", "Rue du Pont", "Rue Grande", "Rue de Namur", "Avenue de Tervueren",
              "Rue Royale", "Rue des Carmes", "Rue du Laveu", "Place Communale"],
    "fr_LU": ["rue de la Gare", "avenue de la Liberté", "boulevard Royal", "rue du Fossé", "route d'Arlon",
              "rue de Hollerich", "Grand-Rue", "rue de l'Alzette", "rue des Romains", "rue Principale",
              "rue du Village", "rue de Luxembourg", "rue du Brill", "avenue Gaston Diderich"],
    "it_IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Piazza Duomo", "Viale Monza",
              "Via Mazzini", "Via Cavour", "Via Dante Alighieri", "Via XX Settembre", "Via IV Novembre",
              "Corso Italia", "Via dei Mille", "Vicolo Stretto", "Largo Augusto", "Via Nazionale",
              "Via San Francesco d'Assisi", "Via Toledo", "Borgo Santa Croce", "Via del Corso", "Via Manzoni",
              "Salita San Nicola", "Via delle Rose", "Via Verdi", "Viale dei Pini", "via Solferino", "via Aurelia"],
    "en_GB": ["Albert Road", "Church Lane", "Victoria Street", "Station Road", "High Street", "Mill Lane",
              "Queens Drive", "Park Avenue", "The Crescent", "Kingsway", "Orchard Close", "Beech Grove",
              "St Mary's Road", "Clarendon Place", "Elm Terrace", "Manor Way", "Rosebery Avenue", "Chapel Row",
              "Green Lane", "Heol y Deri", "Gloucester Crescent", "Balmoral Terrace", "Cromwell Road"],
    "en_IE": ["Seaview Terrace", "Main Street", "Church Road", "Griffith Avenue", "Patrick Street", "Shop Street",
              "O'Connell Street", "Bóthar na Trá", "Ard na Gréine", "The Green", "Castle Park", "Ashgrove Lawn",
              "Maple Drive", "Willow Court", "St. Brigid's Road", "Mary Street", "Friars Walk"],
    "en_US": ["Maple Ave", "Oak Street", "Elm St", "Main St", "Washington Blvd", "Lincoln Avenue", "Park Pl",
              "Cedar Ln", "Pine Street", "Lakeview Dr", "N 3rd St", "W 42nd St", "Grand Ave", "Highland Ave",
              "Magnolia Ct", "Spring Garden St", "Commonwealth Ave", "Peachtree St NE", "S Congress Ave",
              "Dogwood Trail", "Fairview Rd"],
    "en_CA": ["King St W", "Queen Street East", "Rue Sainte-Catherine O", "Boulevard Saint-Laurent",
              "Rue Saint-Denis", "Jasper Ave", "Portage Ave", "Spring Garden Rd", "Granville St", "Yonge Street",
              "Bank St", "Elgin Street", "Water St", "17 Ave SW", "Whyte Ave", "Bloor St W", "Maple Crescent"],
    "en_AU": ["Smith Street", "Brunswick St", "Glebe Point Rd", "King St", "Sydney Rd", "Oxford Street",
              "Beach Road", "Ann St", "Hay St", "The Parade", "Esplanade", "Wattle Grove", "Banksia Cres",
              "Jacaranda Ave", "Gouger St", "Lonsdale St", "Anzac Parade", "Coronation Dr", "Mitchell St"],
    "en_NZ": ["Queen Street", "Ponsonby Road", "Karangahape Road", "Cuba Street", "Riddiford Street",
              "Riccarton Road", "George Street", "Grey Street", "Victoria Avenue", "Tui Street", "Kowhai Grove",
              "Rimu Road", "Pohutukawa Drive", "Marine Parade", "Hillside Crescent", "Devon Street", "Rata Street"],
}

# Addresses and phones abroad (for au pairs, holiday addresses, relatives).
ABROAD = {
    "NL": (["Kerkstraat", "Prinsengracht", "Dorpsstraat", "Molenweg", "Julianalaan"],
           [("1017 GC", "Amsterdam"), ("3511 LK", "Utrecht"), ("9711 HV", "Groningen"), ("2611 KP", "Delft")],
           "31", ["6"], 8, "Nederland"),
    "ES": (["Calle Mayor", "Avenida de la Constitución", "Calle de Alcalá", "Carrer de Mallorca"],
           [("28013", "Madrid"), ("08013", "Barcelona"), ("41004", "Sevilla"), ("46002", "Valencia")],
           "34", ["6", "7"], 8, "España"),
    "PL": (["ul. Długa", "ul. Piotrkowska", "ul. Floriańska", "al. Niepodległości"],
           [("00-238", "Warszawa"), ("90-001", "Łódź"), ("31-019", "Kraków"), ("80-831", "Gdańsk")],
           "48", ["5", "6", "7"], 8, "Polska"),
    "PT": (["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Almada"],
           [("1100-048", "Lisboa"), ("4000-443", "Porto"), ("3000-150", "Coimbra")],
           "351", ["91", "93", "96"], 7, "Portugal"),
    "PH": (["Mabini St.", "Rizal Avenue", "Katipunan Ave.", "Osmeña Blvd."],
           [("1600", "Pasig City"), ("1100", "Quezon City"), ("6000", "Cebu City")],
           "63", ["917", "918", "927"], 7, "Philippines"),
    "CO": (["Calle 45", "Carrera 7", "Calle 10", "Avenida 68"],
           [("110231", "Bogotá"), ("050021", "Medellín"), ("760001", "Cali")],
           "57", ["310", "311", "320"], 7, "Colombia"),
    "UA": (["vul. Khreshchatyk", "vul. Shevchenka", "prosp. Peremohy", "vul. Sichovykh Striltsiv"],
           [("01001", "Kyiv"), ("79000", "Lviv"), ("61000", "Kharkiv")],
           "380", ["67", "50", "93"], 7, "Ukraine"),
    "BR": (["Rua das Flores", "Avenida Paulista", "Rua XV de Novembro"],
           [("01310-100", "São Paulo"), ("80020-310", "Curitiba"), ("30130-010", "Belo Horizonte")],
           "55", ["119", "419", "319"], 8, "Brasil"),
    "MX": (["Calle Madero", "Avenida Juárez", "Calle Hidalgo"],
           [("06000", "Ciudad de México"), ("44100", "Guadalajara"), ("64000", "Monterrey")],
           "52", ["55", "33", "81"], 8, "México"),
    "TR": (["Atatürk Cad.", "İstiklal Cad.", "Cumhuriyet Mah. 12. Sok."],
           [("34433", "İstanbul"), ("06420", "Ankara"), ("35210", "İzmir")],
           "90", ["532", "505", "544"], 7, "Türkiye"),
}
ABROAD_BY_ORIGIN = {"hispanic": ["ES", "CO", "MX"], "filipino": ["PH"], "ukrainian": ["UA"], "polish": ["PL"],
                    "portuguese": ["PT", "BR"], "turkish": ["TR"]}

MAIL_DOMAINS = {
    "de_DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "icloud.com", "mailbox.org",
              "freenet.de", "yahoo.de"],
    "de_AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "outlook.com", "icloud.com"],
    "de_CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "protonmail.ch", "outlook.com"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com", "hotmail.fr", "yahoo.fr"],
    "fr_BE": ["skynet.be", "telenet.be", "proximus.be", "gmail.com", "hotmail.com", "outlook.be"],
    "fr_CH": ["bluewin.ch", "gmail.com", "hispeed.ch", "sunrise.ch", "netplus.ch"],
    "fr_LU": ["pt.lu", "post.lu", "gmail.com", "hotmail.com", "internet.lu"],
    "it_IT": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "fastwebnet.it", "gmail.com", "hotmail.it",
              "yahoo.it", "tim.it"],
    "it_CH": ["bluewin.ch", "ticino.com", "gmail.com", "hispeed.ch", "gmx.ch"],
    "en_GB": ["btinternet.com", "sky.com", "hotmail.co.uk", "yahoo.co.uk", "gmail.com", "outlook.com",
              "virginmedia.com"],
    "en_IE": ["eircom.net", "gmail.com", "hotmail.com", "yahoo.ie", "icloud.com"],
    "en_US": ["gmail.com", "comcast.net", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "verizon.net"],
    "en_CA": ["rogers.com", "sympatico.ca", "shaw.ca", "gmail.com", "videotron.ca", "telus.net"],
    "en_AU": ["bigpond.com", "optusnet.com.au", "gmail.com", "outlook.com", "iinet.net.au"],
    "en_NZ": ["xtra.co.nz", "slingshot.co.nz", "gmail.com", "orcon.net.nz", "outlook.co.nz"],
    "abroad": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com"],
}

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}
MONTHS_ABBR = {
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "it": ["gen.", "feb.", "mar.", "apr.", "mag.", "giu.", "lug.", "ago.", "set.", "ott.", "nov.", "dic."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}

HOTLINES = {
    "DE": ["0800 1110111", "0800 22 55 530", "0180 6 123456", "116 117", "115"],
    "AT": ["0800 500 150", "1450", "0810 400 300", "0800 240 260"],
    "CH": ["0800 800 135", "0848 444 888", "0844 81 81 81", "0800 33 66 55"],
    "FR": ["0 800 130 000", "3939", "0 805 200 500", "3646"],
    "BE": ["0800 14 689", "1733", "078 15 15 15", "0800 120 33"],
    "LU": ["8002 8080", "8002 1212", "8002 4040"],
    "IT": ["800 123 456", "800 90 10 10", "199 151 172", "803 116"],
    "GB": ["0800 028 0082", "0300 123 1234", "0345 600 2400", "111"],
    "IE": ["1800 200 600", "1850 211 311", "1890 22 22 22"],
    "US": ["1-800-342-9647", "1 (888) 227-4001", "311", "1-866-514-7783"],
    "CA": ["1-800-959-8281", "1 888 936-4484", "311"],
    "AU": ["1300 655 506", "13 14 50", "1800 020 080"],
    "NZ": ["0800 611 116", "0800 222 478", "0800 456 450"],
}
CURRENCY = {"DE": "€", "AT": "€", "FR": "€", "BE": "€", "LU": "€", "IT": "€", "IE": "€", "CH": "CHF", "GB": "£",
            "US": "$", "CA": "$", "AU": "$", "NZ": "$"}
IBAN_COUNTRY = {"DE", "AT", "CH", "FR", "BE", "LU", "IT", "GB", "IE", "NL"}


# ---------------------------------------------------------------------------------------------------------------
# Addresses
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class Addr:
    loc: str
    street_no: str   # street and number only
    l1: str          # street line (unit/flat inside)
    lines: list      # block lines (each line is its own span)
    one: str         # one-line form
    pc: str
    town: str
    area: str = ""
    cc: str = ""
    l2: str = ""     # postcode + town (for two-line blocks and "postcode / town" fields)
    tw: tuple = ()   # the town entry the address was made from (for addresses in the same town)

    def __post_init__(self) -> None:
        if not self.l2:
            self.l2 = ", ".join(self.lines[self.lines.index(self.l1) + 1:])

    def block(self, sep: str = "\n") -> str:
        return sep.join(A(x) for x in self.lines)

    def two(self, sep: str = "\n") -> str:
        return A(self.l1) + sep + A(self.l2)


GB_LET = "ABDEFGHJLNPQRSTUWXYZ"
EIR = "ACDEFHKNPRTVWXY0123456789"
CA_LET = "ABCEGHJKLMNPRSTVWXYZ"


def make_addr(r: random.Random, loc: str, kind: str = "home", tw: tuple | None = None) -> Addr:
    tw = tw or r.choice(TOWNS[loc])
    a = _make_addr(r, loc, kind, tw)
    a.tw = tw
    return a


def _make_addr(r: random.Random, loc: str, kind: str, tw: tuple) -> Addr:
    flat = kind == "flat" or (kind == "home" and r.random() < 0.3)
    po = kind == "po"
    cc = loc[3:]
    if loc in ("de_DE", "de_AT", "de_CH", "fr_CH", "it_CH"):
        pc, town, area = tw
        street = r.choice(STREETS[loc])
        n = r.randint(1, 160)
        num = f"{n}{r.choice('abc')}" if r.random() < 0.1 else str(n)
        if loc == "fr_CH" and r.random() < 0.08:
            num = f"{n}bis"
        so = f"{street} {num}"
        l1 = so
        if flat and loc == "de_DE":
            l1 = so + ", " + r.choice([f"Whg. {r.randint(1, 24)}", f"{r.randint(1, 5)}. OG",
                                       f"{r.randint(1, 4)}. OG links", f"{r.randint(1, 4)}. OG rechts",
                                       "Hinterhaus", f"App. {r.randint(1, 40)}", "Seitenflügel"])
        elif flat and loc == "de_AT":
            st, tu = r.randint(1, 4), r.randint(1, 30)
            so = f"{street} {n}"
            l1 = r.choice([f"{street} {n}/{st}/{tu}", f"{street} {n}/Top {tu}", f"{street} {n}/{tu}",
                           f"{street} {n}, Stiege {st}, Tür {tu}", f"{street} {n}/{st}/{tu}"])
        elif flat and r.random() < 0.3:
            l1 = so + ", " + {"de_CH": f"{r.randint(1, 5)}. Stock", "fr_CH": f"{r.randint(1, 6)}e étage",
                              "it_CH": f"{r.randint(1, 5)}° piano"}.get(loc, f"{r.randint(1, 5)}. Stock")
        if po:
            l1 = {"de_DE": f"Postfach {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                  "de_AT": f"Postfach {r.randint(10, 999)}",
                  "de_CH": r.choice(["Postfach", f"Postfach {r.randint(100, 9999)}"]),
                  "fr_CH": f"Case postale {r.randint(10, 9999)}",
                  "it_CH": f"Casella postale {r.randint(10, 9999)}"}[loc]
            so = l1
        pre = {"de_DE": "D-", "de_AT": "A-"}.get(loc, "CH-")
        l2 = f"{pre if r.random() < 0.12 else ''}{pc} {town}"
        return Addr(loc, so, l1, [l1, l2], f"{l1}, {l2}", pc, town, area, cc)
    if loc == "fr_FR":
        pc, town, area = tw
        street = r.choice(STREETS[loc])
        if r.random() < 0.35:
            street = street[0].upper() + street[1:]
        n = r.randint(1, 140)
        num = f"{n}{r.choice([' bis', ' ter', 'bis', ' B'])}" if r.random() < 0.12 else str(n)
        so = f"{num} {street}" if r.random() < 0.85 else f"{num}, {street}"
        TOWN = town.upper() if r.random() < 0.5 else town
        if po:
            l1 = r.choice([f"BP {r.randint(10, 999)}", f"CS {r.randint(10000, 99999)}"])
            l2 = f"{pc} {town.upper()} CEDEX"
            return Addr(loc, l1, l1, [l1, l2], f"{l1}, {l2}", pc, town, area, cc)
        l2 = f"{pc} {TOWN}"
        if flat:
            comp = r.choice([f"Bâtiment {r.choice('ABCD')}", f"Bât. {r.choice('ABC')}, Esc. {r.randint(1, 4)}",
                             f"Appt {r.randint(1, 80)}", f"Résidence Les {r.choice(['Tilleuls', 'Pins', 'Glycines'])}",
                             f"Escalier {r.randint(1, 4)}, {r.randint(1, 7)}e étage",
                             f"Appartement {r.randint(1, 60)}"])
            return Addr(loc, so, so, [comp, so, l2], f"{comp}, {so}, {l2}", pc, town, area, cc)
        return Addr(loc, so, so, [so, l2], f"{so}, {l2}", pc, town, area, cc)
    if loc == "fr_BE":
        pc, town, area = tw
        street = r.choice(STREETS[loc])
        n = r.randint(1, 300)
        so = f"{street} {n}"
        l1 = so
        if flat:
            l1 = so + r.choice([f" bte {r.randint(1, 20)}", f" boîte {r.randint(1, 20)}", f"/{r.randint(1, 12)}",
                                f" bte {r.choice('ABC')}{r.randint(1, 9)}"])
        l2 = f"{'B-' if r.random() < 0.15 else ''}{pc} {town}"
        return Addr(loc, so, l1, [l1, l2], f"{l1}, {l2}", pc, town, area, cc)
    if loc == "fr_LU":
        pc, town, area = tw
        street = r.choice(STREETS[loc])
        n = r.randint(1, 180)
        so = f"{n}, {street}" if r.random() < 0.6 else f"{n} {street}"
        if po:
            so = r.choice([f"B.P. {r.randint(10, 9999)}", f"Boîte postale {r.randint(10, 999)}"])
        l2 = f"L-{pc} {town}"
        return Addr(loc, so, so, [so, l2], f"{so}, {l2}", pc, town, area, cc)
    if loc == "it_IT":
        pc, town, prov, area = tw
        street = r.choice(STREETS[loc])
        n = r.randint(1, 220)
        form = r.random()
        if form < 0.5:
            so = f"{street} {n}"
        elif form < 0.75:
            so = f"{street}, {n}"
        elif form < 0.9:
            so = f"{street} n. {n}"
        else:
            so = f"{street} {n}/{r.choice('ABC')}"
        l1 = so
        if flat:
            l1 = so + r.choice([f" int. {r.randint(1, 30)}", f", scala {r.choice('ABCD')}, piano {r.randint(1, 6)}",
                                f" (scala {r.choice('AB')}, int. {r.randint(1, 20)})", f", piano {r.randint(1, 6)}"])
        if po:
            l1 = so = f"Casella Postale {r.randint(10, 9999)}"
        l2 = r.choice([f"{pc} {town} ({prov})", f"{pc} {town} {prov}", f"{pc} {town.upper()} ({prov})",
                       f"{pc} {town}"])
        return Addr(loc, so, l1, [l1, l2], f"{l1}, {l2}", pc, town, area, cc)
    if loc == "en_GB":
        town, outs, area = tw
        pcode = f"{r.choice(outs)} {r.randint(1, 9)}{r.choice(GB_LET)}{r.choice(GB_LET)}"
        n = r.randint(1, 240)
        so = f"{n} {r.choice(STREETS[loc])}"
        l1 = so
        if flat:
            l1 = r.choice([f"Flat {r.randint(1, 24)}, {so}", f"Flat {r.randint(1, 6)}{r.choice('ABC')}, {so}",
                           f"Flat {r.randint(1, 3)}/{r.randint(1, 2)}, {so}"])
        if po:
            l1 = so = f"PO Box {r.randint(10, 9999)}"
        lines = [l1, town.upper(), pcode] if r.random() < 0.55 else [l1, f"{town} {pcode}"]
        return Addr(loc, so, l1, lines, f"{l1}, {town} {pcode}", pcode, town, area, cc, f"{town} {pcode}")
    if loc == "en_IE":
        town, county, rk, area, locality = tw
        eir = rk + " " + r.choice("ACDEFHKNPRTVWXY") + "".join(r.choice(EIR) for _ in range(3))
        so = f"{r.randint(1, 180)} {r.choice(STREETS[loc])}"
        l1 = so
        if flat:
            l1 = f"Apt {r.randint(1, 60)}, {so}"
        lines = [l1]
        if locality and r.random() < 0.7:
            lines.append(locality)
        lines.append(town)
        if county and (town.startswith("Dublin") is False) and r.random() < 0.8:
            lines.append(county)
        lines.append(eir)
        return Addr(loc, so, l1, lines, ", ".join(lines), eir, town, area, cc)
    if loc in ("en_US", "en_CA"):
        city, st, pre, area = tw
        n = r.randint(10, 9899)
        street = r.choice(STREETS[loc])
        so = f"{n} {street}"
        l1 = so
        if loc == "en_US":
            zc = pre + f"{r.randint(0, 99):02d}"
            if flat:
                l1 = so + r.choice([f" Apt {r.randint(1, 30)}{r.choice('ABCD')}", f", Apt {r.randint(1, 40)}",
                                    f" #{r.randint(1, 40)}", f" Unit {r.randint(1, 20)}"])
            if kind == "biz" and r.random() < 0.5:
                l1 = so + f", Ste {r.randint(100, 900)}"
            if po:
                l1 = so = r.choice(["PO Box ", "P.O. Box "]) + str(r.randint(10, 9999))
            l2 = r.choice([f"{city}, {st} {zc}", f"{city} {st} {zc}-{r.randint(1000, 9999)}", f"{city}, {st} {zc}"])
        else:
            zc = f"{pre} {r.randint(0, 9)}{r.choice(CA_LET)}{r.randint(0, 9)}"
            if flat:
                u = r.randint(1, 40)
                l1 = r.choice([f"{u}-{so}", f"Unit {u}, {so}", f"{so}, Apt {u}"])
                if st == "QC" and r.random() < 0.5:
                    l1 = f"{so}, app. {u}"
            if po:
                l1 = so = f"PO Box {r.randint(10, 9999)}, Station {r.choice('ABCD')}"
            if st == "QC" and r.random() < 0.4:
                l2 = f"{city} (Québec) {zc}"
            else:
                l2 = r.choice([f"{city}, {st} {zc}", f"{city} {st}  {zc}"])
        return Addr(loc, so, l1, [l1, l2], f"{l1}, {l2}", zc, city, area, cc)
    if loc == "en_AU":
        sub, st, pc, area = tw
        n = r.randint(1, 300)
        street = r.choice(STREETS[loc])
        so = f"{n} {street}"
        l1 = so
        if flat:
            u = r.randint(1, 24)
            l1 = r.choice([f"Unit {u}/{n} {street}", f"{u}/{n} {street}", f"Unit {u}, {n} {street}"])
        if kind == "biz" and r.random() < 0.5:
            l1 = f"Level {r.randint(1, 12)}, {so}"
        if po:
            l1 = so = r.choice(["PO Box ", "GPO Box ", "Locked Bag "]) + str(r.randint(10, 9999))
        s = sub if r.random() < 0.75 else sub.title()
        l2 = f"{s} {st} {pc}"
        return Addr(loc, so, l1, [l1, l2], f"{l1}, {l2}", pc, sub.title(), area, cc)
    if loc == "en_NZ":
        sub, city, pc, area = tw
        n = r.randint(1, 200)
        street = r.choice(STREETS[loc])
        so = f"{n} {street}"
        l1 = so
        if flat:
            u = r.randint(1, 8)
            l1 = r.choice([f"Flat {u}, {so}", f"{u}/{n} {street}", f"{n}{r.choice('ABC')} {street}"])
        if po:
            l1 = so = f"PO Box {r.randint(10, 99999)}"
            return Addr(loc, so, l1, [l1, f"{city} {pc}"], f"{l1}, {city} {pc}", pc, city, area, cc)
        lines = [l1, sub, f"{city} {pc}"]
        return Addr(loc, so, l1, lines, f"{l1}, {sub}, {city} {pc}", pc, city, area, cc)
    raise KeyError(loc)


def make_abroad(r: random.Random, cc: str) -> Addr:
    streets, towns, _pcc, _pre, _n, country = ABROAD[cc]
    pc, town = r.choice(towns)
    st = r.choice(streets)
    n = r.randint(1, 150)
    so = {
        "ES": f"{st} {n}, {r.randint(1, 8)}º {r.choice('ABCD')}",
        "PL": f"{st} {n} m. {r.randint(1, 60)}",
        "PT": f"{st} {n}, {r.randint(1, 6)}º {r.choice(['Esq.', 'Dto.'])}",
        "CO": f"{st} # {r.randint(1, 99)}-{r.randint(1, 99)}, Apto {r.randint(101, 1204)}",
        "UA": f"{st} {n}, kv. {r.randint(1, 120)}",
        "BR": f"{st}, {n}, apto {r.randint(11, 204)}",
        "MX": f"{st} {n}, Int. {r.randint(1, 12)}",
        "TR": f"{st} No: {n} D: {r.randint(1, 20)}",
        "PH": f"{n} {st}, Brgy. {r.choice(['San Antonio', 'Poblacion', 'Kapitolyo', 'Lahug'])}",
    }.get(cc, f"{st} {n}")
    if cc == "NL" and r.random() < 0.3:
        so = f"{st} {n}-{r.choice(['I', 'II', 'III', 'hs'])}"
    l2 = f"{pc} {town}"
    return Addr("abroad", so, so, [so, l2], f"{so}, {l2}", pc, town, "", cc)


# ---------------------------------------------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------------------------------------------
def digits(r: random.Random, n: int, first: str = "123456789") -> str:
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def grp(s: str, sizes: list[int], sep: str = " ") -> str:
    out, k = [], 0
    for n in sizes:
        if k >= len(s):
            break
        out.append(s[k:k + n])
        k += n
    if k < len(s):
        out[-1] += s[k:]
    return sep.join(out)


def pairs(s: str, sep: str = " ") -> str:
    if len(s) % 2:
        return s[:3] + sep + grp(s[3:], [2] * 10, sep)
    return grp(s, [2] * 10, sep)


def make_phone(r: random.Random, loc: str, kind: str = "any", area: str = "") -> str:
    cc = loc[3:] if loc != "abroad" else ""
    mob = kind == "mob" or (kind == "any" and r.random() < 0.55) or (cc == "LU" and kind == "any")
    if cc == "DE":
        if mob or not area:
            a = r.choice(["151", "152", "157", "159", "160", "162", "170", "171", "172", "173", "174", "175", "176",
                          "177", "178", "179"])
            s = digits(r, r.choice([7, 8]), "123456789")
        else:
            a = area[1:]
            s = digits(r, max(5, 10 - len(a)), "2345689")
        styles = [f"0{a} {s}", f"0{a}/{s}", f"0{a} {grp(s, [3, 2, 2, 2])}", f"+49 {a} {s}", f"+49 (0){a} {s}",
                  f"0049 {a} {s}", f"+49{a}{s}", f"(0{a}) {s}", f"0{a}-{s}", f"0{a} {grp(s, [4, 4])}"]
        if not mob and len(s) > 5:
            styles += [f"0{a} {s[:-2]}-{s[-2:]}", f"+49 {a} {s[:-3]}-{s[-3:]}"]
        return r.choice(styles)
    if cc == "AT":
        if mob or not area:
            a = r.choice(["650", "660", "664", "676", "680", "681", "688", "699"])
            s = digits(r, 7)
        else:
            a = area[1:]
            s = digits(r, 8 if a == "1" else max(5, 9 - len(a)), "2345689")
        return r.choice([f"0{a} {s}", f"0{a}/{s}", f"+43 {a} {s}", f"+43 (0){a} {s}", f"0043 {a} {s}",
                         f"+43{a}{s}", f"0{a} {grp(s, [3, 2, 2, 2])}", f"0{a}/{grp(s, [3, 4])}"])
    if cc == "CH":
        if mob or not area:
            a = r.choice(["76", "77", "78", "79", "75"])
        else:
            a = area[1:]
        s = digits(r, 7, "2345678")
        g = grp(s, [3, 2, 2])
        return r.choice([f"0{a} {g}", f"+41 {a} {g}", f"+41 (0){a} {g}", f"0041 {a} {g}", f"+41{a}{s}",
                         f"0{a}{s}", f"0{a}/{g}", f"0{a} {g}"])
    if cc == "FR":
        a = r.choice("67") if (mob or not area) else area[1:]
        s = a + digits(r, 8, "0123456789")
        p = pairs(s[1:])
        return r.choice([f"0{a} {p}", "0" + pairs(s, "."), "0" + s, f"+33 {a} {p}", f"+33 (0){a} {p}",
                         f"0033 {a} {p}", f"+33{s}", "0" + pairs(s, "-"), f"0{a} {p}"])
    if cc == "BE":
        if mob or not area:
            a = "4" + r.choice(["70", "71", "72", "73", "75", "76", "77", "78", "79", "84", "85", "86", "87", "88",
                                "89", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99"])
            s = digits(r, 6)
            g, gd = grp(s, [2, 2, 2]), grp(s, [2, 2, 2], ".")
        else:
            a = area[1:]
            s = digits(r, 7 if len(a) == 1 else 6, "2345678")
            g = grp(s, [3, 2, 2]) if len(a) == 1 else grp(s, [2, 2, 2])
            gd = g.replace(" ", ".")
        return r.choice([f"0{a} {g}", f"0{a}/{gd}", f"+32 {a} {g}", f"+32 (0){a} {g}", f"0032 {a} {g}",
                         f"+32{a}{s}", f"0{a}/{g}", f"0{a} {g}"])
    if cc == "LU":
        if mob:
            s = "6" + r.choice(["21", "28", "61", "91", "71", "98"]) + digits(r, 6, "0123456789")
            g = grp(s, [3, 3, 3])
        else:
            s = r.choice(["2", "4"]) + digits(r, r.choice([5, 7]), "0123456789")
            g = pairs(s)
        return r.choice([f"+352 {g}", g, f"(+352) {g}", f"00352 {g}", f"+352{s}", f"+352 {g}"])
    if cc == "IT":
        if mob or not area:
            a = r.choice(["320", "328", "329", "330", "333", "334", "335", "338", "339", "340", "345", "346", "347",
                          "348", "349", "366", "377", "380", "388", "392", "393"])
            s = digits(r, 7, "0123456789")
            return r.choice([f"{a} {s[:3]} {s[3:]}", f"{a} {s}", f"{a}/{s}", f"{a}-{s}", f"+39 {a} {s[:3]} {s[3:]}",
                             f"+39 {a}{s}", f"0039 {a} {s}", f"+39{a}{s}", f"{a}{s}", f"{a} {s[:2]} {s[2:4]} {s[4:]}"])
        s = digits(r, max(6, 10 - len(area)), "2345789")
        return r.choice([f"{area} {s}", f"{area}/{s}", f"{area}-{s}", f"{area} {s[:4]} {s[4:]}", f"+39 {area} {s}",
                         f"0039 {area} {s}", f"+39 {area}{s}", f"{area}{s}"])
    if cc == "GB":
        if mob or not area:
            a = "7" + r.choice(["700", "711", "712", "723", "734", "745", "756", "767", "778", "789", "790", "805",
                                "912", "931", "943", "958", "960", "970", "984"])
            s = digits(r, 6, "0123456789")
            return r.choice([f"0{a} {s}", f"0{a} {s[:3]} {s[3:]}", f"+44 {a} {s}", f"+44 (0){a} {s}",
                             f"0044 {a} {s}", f"+44{a}{s}", f"0{a}{s}", f"+44 {a} {s[:3]} {s[3:]}"])
        a = area[1:]
        n = 10 - len(a)
        s = digits(r, n, "2345789")
        if len(a) == 2:
            nat = f"0{a} {s[:4]} {s[4:]}"
            intl = f"{a} {s[:4]} {s[4:]}"
        elif len(a) == 3:
            nat = f"0{a} {s[:3]} {s[3:]}"
            intl = f"{a} {s[:3]} {s[3:]}"
        else:
            nat = f"0{a} {s}"
            intl = f"{a} {s}"
        return r.choice([nat, nat, f"+44 {intl}", f"+44 (0){intl}", f"+44 (0) {intl}", f"0044 {intl}",
                         f"(0{a}) {s}", f"+44{a}{s}"])
    if cc == "IE":
        if mob or not area:
            a = "8" + r.choice("35679")
            s = digits(r, 7, "0123456789")
        else:
            a = area[1:]
            s = digits(r, 7 if len(a) <= 2 else r.choice([6, 7]), "2345689")
        g = f"{s[:3]} {s[3:]}"
        return r.choice([f"0{a} {g}", f"(0{a}) {g}", f"+353 {a} {g}", f"+353 (0){a} {g}", f"00353 {a} {g}",
                         f"+353{a}{s}", f"0{a}{s}", f"0{a}-{s}", f"0{a} {g}"])
    if cc in ("US", "CA"):
        if not area:
            area = r.choice([t[3] for t in TOWNS[loc]])
        ex = digits(r, 3, "23456789")
        if ex[1:] == "11":
            ex = ex[0] + "21"
        ln = digits(r, 4, "0123456789")
        return r.choice([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}", f"+1 {area} {ex} {ln}",
                         f"+1-{area}-{ex}-{ln}", f"1-{area}-{ex}-{ln}", f"{area}{ex}{ln}", f"+1 ({area}) {ex}-{ln}",
                         f"({area}) {ex}-{ln}", f"{area} {ex} {ln}"])
    if cc == "AU":
        if mob or not area:
            s = "4" + digits(r, 8, "0123456789")
            return r.choice([f"0{s[:3]} {s[3:6]} {s[6:]}", f"0{s}", f"+61 {s[:3]} {s[3:6]} {s[6:]}",
                             f"+61 (0){s[:3]} {s[3:6]} {s[6:]}", f"0{s[:1]} {s[1:5]} {s[5:]}", f"+61{s}",
                             f"0{s[:3]} {s[3:6]} {s[6:]}"])
        a = area[1:]
        s = digits(r, 8, "3456789")
        return r.choice([f"(0{a}) {s[:4]} {s[4:]}", f"0{a} {s[:4]} {s[4:]}", f"+61 {a} {s[:4]} {s[4:]}",
                         f"0{a}-{s[:4]}-{s[4:]}", f"(0{a}) {s[:4]} {s[4:]}", f"+61{a}{s}"])
    if cc == "NZ":
        if mob or not area:
            a = "2" + r.choice("1279")
            s = digits(r, r.choice([7, 7, 8]), "0123456789")
        else:
            a = area[1:]
            s = digits(r, 7, "2345789")
        g = f"{s[:3]} {s[3:]}" if len(s) == 7 else f"{s[:4]} {s[4:]}"
        return r.choice([f"0{a} {g}", f"(0{a}) {g}", f"+64 {a} {g}", f"+64 (0){a} {g}", f"0064 {a} {g}",
                         f"+64{a}{s}", f"0{a}{s}", f"0{a} {g}"])
    raise KeyError(loc)


def make_phone_abroad(r: random.Random, cc: str) -> str:
    pcc, pres, n = ABROAD[cc][2], ABROAD[cc][3], ABROAD[cc][4]
    pre = r.choice(pres)
    s = pre.replace(" ", "") + digits(r, n, "0123456789")
    group = {"NL": [1, 8], "ES": [3, 3, 3], "PL": [3, 3, 3], "PT": [3, 3, 3], "PH": [3, 3, 4], "CO": [3, 3, 4],
             "UA": [2, 3, 4], "MX": [2, 4, 4], "TR": [3, 3, 2, 2], "BR": [2, 5, 4]}[cc]
    g = grp(s, group)
    if cc == "NL" and r.random() < 0.4:
        return r.choice([f"06-{s[1:]}", f"+31 (0)6 {grp(s[1:], [2, 2, 2, 2])}"])
    if cc == "BR":
        return f"+55 ({s[:2]}) {s[2:7]}-{s[7:]}"
    return r.choice([f"+{pcc} {g}", f"00{pcc} {g}", f"+{pcc}{s}", f"+{pcc} {g}"])


# ---------------------------------------------------------------------------------------------------------------
# IBANs and cards
# ---------------------------------------------------------------------------------------------------------------
def make_iban(r: random.Random, cc: str) -> str:
    def dg(n: int) -> str:
        return "".join(r.choice("0123456789") for _ in range(n))
    if cc == "DE":
        iban = iso_iban("DE", r.choice("12345678") + dg(7) + dg(10))
    elif cc == "AT":
        iban = iso_iban("AT", r.choice(["12000", "20111", "32000", "14000", "60000", "38000", "20404"]) + dg(11))
    elif cc == "CH":
        iban = iso_iban("CH", r.choice(["00762", "00230", "00700", "80808", "09000", "00767", "08390"]) + dg(12))
    elif cc == "FR":
        bank = r.choice(["30004", "30003", "30002", "10278", "20041", "16606", "10907", "13335", "18206"])
        gui, acct = dg(5), dg(11)
        iban = iso_iban("FR", bank + gui + acct + f"{rib_key(bank, gui, acct):02d}")
    elif cc == "BE":
        b = r.choice(["001", "068", "310", "363", "733", "734", "750", "063", "088", "973", "143", "651"]) + dg(7)
        iban = iso_iban("BE", b + f"{(int(b) % 97) or 97:02d}")
    elif cc == "LU":
        iban = iso_iban("LU", r.choice(["001", "002", "003", "014", "019", "030", "141", "250"]) + dg(13))
    elif cc == "IT":
        abi = r.choice(["03069", "02008", "05034", "03062", "01030", "06230", "03111", "05387", "03440"])
        cab, conto = dg(5), dg(12)
        iban = iso_iban("IT", cin(abi, cab, conto) + abi + cab + conto)
    elif cc == "GB":
        iban = iso_iban("GB", r.choice(["BARC", "NWBK", "LOYD", "HBUK", "MIDL", "NAIA", "RBOS", "CPBK", "MONZ",
                                        "SRLG"]) + dg(6) + dg(8))
    elif cc == "IE":
        iban = iso_iban("IE", r.choice(["AIBK", "BOFI", "IPBS", "ULSB", "REVO"]) + dg(6) + dg(8))
    elif cc == "NL":
        iban = iso_iban("NL", r.choice(["ABNA", "INGB", "RABO", "TRIO", "KNAB", "SNSB"]) + dg(10))
    else:
        raise KeyError(cc)
    assert iban_ok(iban)
    if cc == "IT":
        assert it_iban_ok(iban)
    if cc == "FR":
        assert fr_iban_ok(iban)
    if cc == "BE":
        assert be_iban_ok(iban)
    return iban


def fmt_iban(r: random.Random, iban: str, style: str | None = None) -> str:
    style = style or r.choice(["grp", "grp", "grp", "compact"])
    if style == "compact":
        return iban
    return " ".join(iban[k:k + 4] for k in range(0, len(iban), 4))


def make_card(r: random.Random, brand: str | None = None, sep: str | None = None) -> str:
    brand = brand or r.choice(["visa", "visa", "visa", "mc", "mc", "amex"])
    if brand == "visa":
        num = luhn_complete("4" + digits(r, 5, "0123456789"), 16, r)
    elif brand == "mc":
        pre = r.choice(["51", "52", "53", "54", "55", "2221", "2720", "2301"])
        num = luhn_complete(pre, 16, r)
    elif brand == "discover":
        num = luhn_complete("6011", 16, r)
    else:
        num = luhn_complete(r.choice(["34", "37"]), 15, r)
    assert luhn_ok(num)
    sep = sep if sep is not None else r.choice([" ", " ", "-", ""])
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[k:k + 4] for k in range(0, 16, 4))


# ---------------------------------------------------------------------------------------------------------------
# Document context
# ---------------------------------------------------------------------------------------------------------------
FAKERS: dict[str, Faker] = {}
ALL_LOCS = {"de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_BE", "fr_CH", "fr_LU"], "it": ["it_IT", "it_CH"],
            "en": ["en_GB", "en_IE", "en_US", "en_CA", "en_AU", "en_NZ"]}


class Ctx:
    def __init__(self, lang: str, region: str, template: str, i: int):
        self.lang, self.region, self.i = lang, region, i
        self.loc = f"{lang}_{region}"
        self.seed = f"{SET}|{lang}|{template}|{i}"
        self.r = random.Random(self.seed)
        self.v = i % 4
        self.seeded: set[str] = set()
        self.cur = CURRENCY[region]

    # -- basic helpers -------------------------------------------------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def t(self, **kw):
        val = kw[self.lang]
        return self.r.choice(val) if isinstance(val, list) else val

    def tl(self, **kw):
        return kw[self.lang]

    def fk(self, loc: str) -> Faker:
        fl = FAKER_LOCALE.get(loc, loc)
        if fl not in FAKERS:
            FAKERS[fl] = Faker(fl)
        f = FAKERS[fl]
        if fl not in self.seeded:
            f.seed_instance(int(hashlib.sha256(f"{self.seed}|{fl}".encode()).hexdigest()[:12], 16))
            self.seeded.add(fl)
        return f

    # -- people --------------------------------------------------------------------------------------------------
    def _faker_name(self, loc: str, g: str) -> tuple[str, str]:
        f = self.fk(loc)
        for _ in range(20):
            first = f.first_name_male() if g == "m" else f.first_name_female()
            last = f.last_name()
            if latin_only(first + last) and first != last:
                return first, last
        return first, last

    def person(self, g: str | None = None, src: str | None = None, loc: str | None = None,
               origin: str | None = None, last: str | None = None) -> Person:
        g = g or self.ch("mf")
        loc = loc or self.loc
        lang = loc[:2]
        if src is None:
            x = self.r.random()
            src = "own" if x < 0.58 else ("comm" if x < 0.86 else "other")
        if origin:
            src = "comm"
        if src == "own":
            if self.p(0.6):
                first, ln = self._faker_name(loc, g)
            else:
                firsts = REGION_FIRST.get(loc, {}).get(g, []) if self.p(0.5) else []
                first = self.ch(firsts) if firsts else (self.ch(OWN_FIRST[lang][g]) if self.p(0.6)
                                                        else self._faker_name(loc, g)[0])
                ln = self.ch(OWN_SURNAMES[loc])
            o = loc
        elif src == "comm":
            origin = origin or self.ch(COMMUNITY_KEYS)
            fm, ff, sn = COMMUNITY[origin]
            first, ln = self.ch(fm if g == "m" else ff), self.ch(sn)
            if self.p(0.08):
                o2 = COMMUNITY[self.ch(COMMUNITY_KEYS)]
                first = self.ch(o2[0] if g == "m" else o2[1])
            o = origin
        else:
            other = self.ch([x for xs in ALL_LOCS.values() for x in xs if x[:2] != self.lang] +
                            ["de_DE", "fr_FR", "it_IT", "en_GB"])
            first, ln = self._faker_name(other, g)
            o = other
        if last is not None:
            ln = last
        elif self.p(0.06):
            if src == "comm" or lang == "it":
                ln2 = self.ch(COMMUNITY[o][2]) if src == "comm" else self._faker_name(loc, g)[1]
                if ln2 != ln:
                    ln = f"{ln} {ln2}" if (o == "hispanic" or lang == "it") else f"{ln}-{ln2}"
            else:
                ln2 = self._faker_name(loc if o == loc else o, g)[1]
                if ln2 != ln and " " not in ln and " " not in ln2:
                    ln = f"{ln}{DOUBLE_JOIN[lang]}{ln2}"
        return Person(first, ln, g, o)

    def kin(self, p: Person, g: str | None = None, same_last: bool = True) -> Person:
        g = g or self.ch("mf")
        if p.lang in COMMUNITY:
            fm, ff, _ = COMMUNITY[p.lang]
            first = self.ch(fm if g == "m" else ff)
        elif p.lang in FAKER_LOCALE:
            first = self._faker_name(p.lang, g)[0] if self.p(0.6) else self.ch(OWN_FIRST[p.lang[:2]][g])
        else:
            first = self._faker_name(self.loc, g)[0]
        last = p.last.split("-")[0] if (same_last and "-" in p.last and self.p(0.5)) else p.last
        if not same_last:
            return self.person(g=g)
        if first == p.first:
            first = self.ch(OWN_FIRST[self.lang][g])
        return Person(first, last, g, p.lang)

    def spouse(self, p: Person) -> Person:
        g = "f" if p.g == "m" else "m"
        if self.p(0.1):
            g = p.g
        share = 0.2 if self.lang == "it" else 0.6
        return self.kin(p, g) if self.p(share) else self.person(g=g)

    def company(self, loc: str | None = None) -> str:
        f = self.fk(loc or self.loc)
        c = ""
        for _ in range(20):
            c = f.company()
            if c[:1].isupper() and " " in c and latin_only(c.replace("&", "").replace(",", "")):
                break
        if (loc or self.loc) in ("fr_BE", "fr_LU"):
            c = c.replace(" and ", " et ")
        return c

    def domain_of(self, company: str) -> str:
        core = re.sub(r"\b(GmbH|AG|KG|GbR|OHG|SE|e\.K\.|GesbR|Sàrl|SARL|S\.A\.R\.L\.|SA|S\.A\.|SAS|SPA|S\.p\.A\.|"
                      r"s\.r\.l\.|S\.r\.l\.|srl|Ltd|PLC|LLC|Inc|Group|and Sons|e figli|et Fils|& Co\.?)\b\.?", "",
                      company)
        s = slug(core, self.lang == "de", "-")[:24].strip("-") or "firma"
        tld = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "LU": "lu", "IT": "it", "GB": "co.uk",
               "IE": "ie", "US": "com", "CA": "ca", "AU": "com.au", "NZ": "co.nz"}[self.region]
        return f"{s}.{tld}"

    # -- contact data ----------------------------------------------------------------------------------------------
    def addr(self, loc: str | None = None, kind: str = "home", near: Addr | None = None) -> Addr:
        loc = loc or self.loc
        return make_addr(self.r, loc, kind, near.tw if (near is not None and near.loc == loc) else None)

    def local(self, near: Addr, kind: str = "home") -> Addr:
        """Another address in the same town (most people in a list live where the list was made)."""
        return self.addr(near.loc, kind, near if self.p(0.8) else None)

    def abroad(self, cc: str) -> Addr:
        return make_abroad(self.r, cc)

    def phone(self, loc: str | None = None, kind: str = "any", a: Addr | None = None) -> str:
        loc = loc or self.loc
        area = a.area if (a is not None and a.loc == loc) else ""
        if kind == "land" and not area:
            towns = TOWNS[loc]
            area = {"en_GB": lambda t: t[2], "en_IE": lambda t: t[3], "it_IT": lambda t: t[3]}.get(
                loc, lambda t: t[-1] if len(t) > 2 else "")(self.ch(towns))
        return make_phone(self.r, loc, kind, area)

    def mob(self, loc: str | None = None) -> str:
        return self.phone(loc, "mob")

    def land(self, a: Addr | None = None, loc: str | None = None) -> str:
        loc = loc or (a.loc if a is not None and a.loc != "abroad" else self.loc)
        if loc == "fr_LU":
            return make_phone(self.r, loc, "land", "")
        return self.phone(loc, "land", a)

    def hotline(self) -> str:
        return self.ch(HOTLINES[self.region])

    def email(self, p: Person, loc: str | None = None, domain: str | None = None) -> str:
        loc = loc or self.loc
        german = p.lang[:2] == "de" or loc[:2] == "de"
        f = slug(p.first, german, "")
        ln = slug(p.last, german, "")
        if self.p(0.2):
            ln = slug(p.last, german, "-")
        dom = domain or self.ch(MAIL_DOMAINS.get(loc, MAIL_DOMAINS["abroad"]))
        yy = str(self.r.randint(60, 99) if self.p(0.6) else self.r.randint(1, 99)).zfill(2)
        local = self.ch([f"{f}.{ln}", f"{f}.{ln}", f"{f[0]}.{ln}", f"{f}{ln}", f"{ln}.{f}", f"{f}_{ln}",
                         f"{f}{yy}", f"{ln}{f[0]}", f"{f}.{ln}{yy}", f"{f}-{ln}", f"{f[0]}{ln}"])
        if domain:
            local = self.ch([f"{f}.{ln}", f"{f[0]}.{ln}", f"{ln}", f"{f}"])
        return f"{local}@{dom}"

    def iban(self, cc: str | None = None, style: str | None = None) -> str:
        cc = cc or self.region
        if cc not in IBAN_COUNTRY:
            cc = self.ch(["DE", "FR", "IT", "NL", "IE"])
        return fmt_iban(self.r, make_iban(self.r, cc), style)

    def has_iban(self) -> bool:
        return self.region in IBAN_COUNTRY

    def card(self, brand: str | None = None, sep: str | None = None) -> str:
        if brand is None and self.region == "US" and self.p(0.15):
            brand = "discover"
        return make_card(self.r, brand, sep)

    def domestic_account(self) -> str:
        r = self.r
        return {"US": f"routing {digits(r, 9, '0123')} / acct {digits(r, 10)}",
                "CA": f"transit {digits(r, 5)}, institution 00{r.randint(1, 9)}, account {digits(r, 7)}",
                "AU": f"BSB {digits(r, 3, '0123456789')}-{digits(r, 3, '0123456789')}, acc {digits(r, 9)}",
                "NZ": f"{r.choice(['12', '02', '06', '38'])}-{digits(r, 4)}-{digits(r, 7)}-0{r.randint(0, 3)}",
                }.get(self.region, f"{digits(r, 2)}-{digits(r, 2)}-{digits(r, 2)} {digits(r, 8)}")

    # -- dates -----------------------------------------------------------------------------------------------------
    def bdate(self, lo: int = 18, hi: int = 80) -> date:
        today = date(2025, 11, 15)
        days = self.r.randint(lo * 365 + 10, hi * 365 + 300)
        return today - timedelta(days=days)

    def when(self, lo: int = -120, hi: int = 120) -> date:
        return date(2025, 11, 15) + timedelta(days=self.r.randint(lo, hi))

    def fdate(self, d: date, style: str | None = None, lang: str | None = None, region: str | None = None) -> str:
        lang = lang or self.lang
        region = region or self.region
        us = region == "US"
        if style is None:
            style = self.ch({"de": ["num", "num", "num", "nz", "yy", "long", "abbr", "iso"],
                             "fr": ["num", "num", "num", "long", "long", "dash", "iso", "nz"],
                             "it": ["num", "num", "num", "long", "dash", "nz", "yy", "iso"],
                             "en": ["num", "num", "long", "ord", "abbr", "nz", "iso", "yy"]}[lang])
        dd, mm, yyyy = d.day, d.month, d.year
        if style == "iso":
            return d.isoformat()
        sep = "." if (lang == "de" or (region == "CH" and self.p(0.6))) else "/"
        if style == "dash":
            return f"{dd:02d}-{mm:02d}-{yyyy}"
        if style in ("num", "nz", "yy"):
            y = str(yyyy) if style != "yy" else f"{yyyy % 100:02d}"
            if style == "nz":
                a, b = (str(mm), str(dd)) if us else (str(dd), str(mm))
            else:
                a, b = (f"{mm:02d}", f"{dd:02d}") if us else (f"{dd:02d}", f"{mm:02d}")
            return f"{a}{sep}{b}{sep}{y}"
        months = MONTHS[lang][:]
        if lang == "de" and region == "AT":
            months[0] = "Jänner"
        if style == "abbr":
            ab = MONTHS_ABBR[lang][mm - 1]
            if lang == "de" and region == "AT" and mm == 1:
                ab = "Jän."
            if lang == "en":
                return f"{ab} {dd}, {yyyy}" if us else f"{dd} {ab} {yyyy}"
            if lang == "de":
                return f"{dd}. {ab} {yyyy}"
            return f"{dd} {ab} {yyyy}"
        mname = months[mm - 1]
        if lang == "de":
            return f"{dd}. {mname} {yyyy}"
        if lang == "fr":
            return f"{'1er' if dd == 1 else dd} {mname} {yyyy}"
        if lang == "it":
            return f"{'1°' if dd == 1 else dd} {mname} {yyyy}"
        if style == "ord" or (region in ("GB", "IE") and self.p(0.3)):
            suf = "th" if 10 <= dd % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
            return f"{mname} {dd}{suf}, {yyyy}" if us else f"{dd}{suf} {mname} {yyyy}"
        return f"{mname} {dd}, {yyyy}" if us else f"{dd} {mname} {yyyy}"

    def dob(self, lo: int = 18, hi: int = 80, style: str | None = None) -> str:
        return D(self.fdate(self.bdate(lo, hi), style))

    def short_date(self, d: date) -> str:
        if self.region == "US":
            return f"{d.month}/{d.day}"
        return f"{d.day:02d}.{d.month:02d}." if self.lang == "de" else f"{d.day:02d}/{d.month:02d}"

    def money(self, x: float) -> str:
        cur, reg = self.cur, self.region
        whole, cents = f"{x:,.2f}".split(".")
        if reg == "CH":
            return f"CHF {whole.replace(',', chr(39))}.{cents}"
        if reg in ("GB", "US", "CA", "AU", "NZ", "IE") and self.lang == "en":
            return f"{cur}{whole}.{cents}"
        if self.lang == "de":
            return f"{whole.replace(',', '.')},{cents} €"
        if self.lang == "fr":
            return f"{whole.replace(',', ' ')},{cents} €"
        return f"€ {whole.replace(',', '.')},{cents}"

    def time(self, lo: int = 7, hi: int = 20) -> str:
        h, m = self.r.randint(lo, hi), self.ch([0, 0, 15, 30, 45, 10, 20, 40, 50])
        if self.region == "US" and self.p(0.5):
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        return f"{h:02d}:{m:02d}" if self.lang != "fr" or self.p(0.5) else f"{h}h{m:02d}"

    def ref(self, prefix: str = "", n: int = 6) -> str:
        return prefix + digits(self.r, n, "123456789")

    # -- convenience renderings ------------------------------------------------------------------------------------
    def name(self, p: Person, style: str | None = None) -> str:
        style = style or self.ch(["full", "full", "full", "rev", "caps", "ini", "fl"])
        return P(getattr(p, style)())

    def salut(self, p: Person) -> str:
        return {"de": {"m": "Herr", "f": "Frau"}, "fr": {"m": "M.", "f": "Mme"},
                "it": {"m": self.ch(["Sig.", "sig."]), "f": self.ch(["Sig.ra", "sig.ra"])},
                "en": {"m": "Mr", "f": self.ch(["Ms", "Mrs"])}}[self.lang][p.g]

    def dear(self, p: Person) -> str:
        return {"de": {"m": "Sehr geehrter Herr", "f": "Sehr geehrte Frau"},
                "fr": {"m": "Monsieur", "f": "Madame"},
                "it": {"m": "Gentile Sig.", "f": "Gentile Sig.ra"},
                "en": {"m": "Dear Mr", "f": "Dear Ms"}}[self.lang][p.g]

    def dr(self, p: Person) -> str:
        return {"de": "Dr.", "fr": "Dr", "it": "dott." if p.g == "m" else "dott.ssa", "en": "Dr"}[self.lang]

    def partner_word(self, p: Person, own: bool = True) -> str:
        """'mein Mann' / 'ma femme' / 'my wife' ... for the speaker's partner p."""
        w = {"de": {"m": "mein Mann", "f": "meine Frau"}, "fr": {"m": "mon mari", "f": "ma femme"},
             "it": {"m": "mio marito", "f": "mia moglie"}, "en": {"m": "my husband", "f": "my wife"}}[self.lang][p.g]
        if self.p(0.25):
            w = {"de": "mein Partner" if p.g == "m" else "meine Partnerin",
                 "fr": "mon compagnon" if p.g == "m" else "ma compagne",
                 "it": "il mio compagno" if p.g == "m" else "la mia compagna", "en": "my partner"}[self.lang]
        return w

    def born(self, p: Person) -> str:
        return {"de": "geb.", "fr": "né" if p.g == "m" else "née", "it": "nato" if p.g == "m" else "nata",
                "en": "born"}[self.lang]

    def request(self, body: str, reqs: dict, fence: float = 0.3) -> str:
        q = self.t(**reqs)
        if self.p(fence):
            body = "```\n" + body + "\n```"
        if self.p(0.8):
            return q + "\n\n" + body
        return body + "\n\n" + q


# ---------------------------------------------------------------------------------------------------------------
# Shared template helpers
# ---------------------------------------------------------------------------------------------------------------
COUNTRY = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "FR": "Frankreich", "BE": "Belgien",
           "LU": "Luxemburg", "IT": "Italien", "GB": "Großbritannien", "IE": "Irland", "US": "USA", "CA": "Kanada",
           "AU": "Australien", "NZ": "Neuseeland", "NL": "Niederlande", "ES": "Spanien", "PL": "Polen",
           "PT": "Portugal", "PH": "Philippinen", "CO": "Kolumbien", "UA": "Ukraine", "BR": "Brasilien",
           "MX": "Mexiko", "TR": "Türkei"},
    "fr": {"DE": "Allemagne", "AT": "Autriche", "CH": "Suisse", "FR": "France", "BE": "Belgique",
           "LU": "Luxembourg", "IT": "Italie", "GB": "Royaume-Uni", "IE": "Irlande", "US": "États-Unis",
           "CA": "Canada", "AU": "Australie", "NZ": "Nouvelle-Zélande", "NL": "Pays-Bas", "ES": "Espagne",
           "PL": "Pologne", "PT": "Portugal", "PH": "Philippines", "CO": "Colombie", "UA": "Ukraine",
           "BR": "Brésil", "MX": "Mexique", "TR": "Turquie"},
    "it": {"DE": "Germania", "AT": "Austria", "CH": "Svizzera", "FR": "Francia", "BE": "Belgio",
           "LU": "Lussemburgo", "IT": "Italia", "GB": "Regno Unito", "IE": "Irlanda", "US": "Stati Uniti",
           "CA": "Canada", "AU": "Australia", "NZ": "Nuova Zelanda", "NL": "Paesi Bassi", "ES": "Spagna",
           "PL": "Polonia", "PT": "Portogallo", "PH": "Filippine", "CO": "Colombia", "UA": "Ucraina",
           "BR": "Brasile", "MX": "Messico", "TR": "Turchia"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "FR": "France", "BE": "Belgium",
           "LU": "Luxembourg", "IT": "Italy", "GB": "United Kingdom", "IE": "Ireland", "US": "USA", "CA": "Canada",
           "AU": "Australia", "NZ": "New Zealand", "NL": "Netherlands", "ES": "Spain", "PL": "Poland",
           "PT": "Portugal", "PH": "Philippines", "CO": "Colombia", "UA": "Ukraine", "BR": "Brazil",
           "MX": "Mexico", "TR": "Türkiye"},
}


@dataclass
class Foreigner:
    p: Person
    a: Addr
    phone: str
    email: str
    cc: str
    iban_cc: str | None


def foreigner(c: Ctx, g: str | None = None) -> Foreigner:
    k = c.ch(["hispanic", "filipino", "ukrainian", "portuguese", "turkish", "polish", "loc"])
    if c.lang == "en" and c.p(0.6):
        k = "loc"
    if k == "loc":
        loc = c.ch([x for x in ["de_DE", "de_AT", "fr_FR", "it_IT", "fr_BE", "de_CH", "en_GB", "en_IE"]
                    if x[:2] != c.lang])
        p = c.person(g=g, src="own", loc=loc)
        return Foreigner(p, c.addr(loc), c.phone(loc, "mob"), c.email(p, loc), loc[3:], loc[3:])
    cc = c.ch(ABROAD_BY_ORIGIN[k])
    p = c.person(g=g, origin=k)
    return Foreigner(p, c.abroad(cc), make_phone_abroad(c.r, cc), c.email(p, "abroad"), cc, None)


def chat_ts(c: Ctx, d: date, hh: int, mm: int) -> str:
    if c.lang == "de":
        return f"[{d.day:02d}.{d.month:02d}.{d.year % 100:02d}, {hh:02d}:{mm:02d}]"
    if c.lang == "fr":
        return f"{d.day:02d}/{d.month:02d}/{d.year} {hh:02d}:{mm:02d} -"
    if c.lang == "it":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}, {hh:02d}:{mm:02d} -"
    if c.region == "US":
        return f"{d.month}/{d.day}/{d.year % 100:02d}, {(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'} -"
    return f"[{d.day:02d}/{d.month:02d}/{d.year}, {hh:02d}:{mm:02d}:{c.r.randint(0, 59):02d}]"


def chat(c: Ctx, msgs: list[tuple[str, str]], d: date | None = None) -> str:
    d = d or c.when(-60, 0)
    hh, mm = c.r.randint(7, 20), c.r.randint(0, 59)
    out = []
    for who, msg in msgs:
        mm += c.r.randint(0, 9)
        if mm >= 60:
            hh, mm = hh + 1, mm - 60
        if hh >= 24:
            hh, d = 7, d + timedelta(days=1)
        out.append(f"{chat_ts(c, d, hh, mm)} {who}: {msg}")
    return "\n".join(out)


def mail_header(c: Ctx, frm: str, to: str, subj: str, d: date | None = None, cc: str = "") -> str:
    d = d or c.when(-40, 0)
    lab = {"de": ("Von", "An", "Cc", "Betreff", "Datum"), "fr": ("De", "À", "Cc", "Objet", "Date"),
           "it": ("Da", "A", "Cc", "Oggetto", "Data"), "en": ("From", "To", "Cc", "Subject", "Date")}[c.lang]
    lines = [f"{lab[0]}: {frm}", f"{lab[1]}: {to}"]
    if cc:
        lines.append(f"{lab[2]}: {cc}")
    lines += [f"{lab[4]}: {c.fdate(d, 'num', region='DE' if c.lang == 'de' else c.region)} {c.time()}",
              f"{lab[3]}: {subj}"]
    return "\n".join(lines)


def who(p: Person, c: Ctx, e: str | None = None) -> str:
    e = e or c.email(p)
    return f"{P(p.full())} <{EM(e)}>"


def greet(c: Ctx) -> str:
    return c.t(de=["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "LG"],
               fr=["Cordialement", "Bien à vous", "Bonne journée", "Salutations distinguées"],
               it=["Cordiali saluti", "Distinti saluti", "Un saluto", "Grazie e buona giornata"],
               en=["Kind regards", "Best wishes", "Thanks", "Many thanks", "Cheers"])


def lbl(c: Ctx, key: str) -> str:
    table = {
        "name": ("Name", "Nom", "Nome e cognome", "Name"),
        "first": ("Vorname", "Prénom", "Nome", "First name"),
        "last": ("Nachname", "Nom", "Cognome", "Surname"),
        "dob": ("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"),
        "addr": ("Anschrift", "Adresse", "Indirizzo", "Address"),
        "street": ("Straße, Hausnr.", "N° et voie", "Via e numero civico", "Street address"),
        "pctown": ("PLZ / Ort", "Code postal / Localité", "CAP / Località", "Town / Postcode"),
        "tel": ("Telefon", "Téléphone", "Telefono", "Phone"),
        "mob": ("Mobil", "Portable", "Cellulare", "Mobile"),
        "mail": ("E-Mail", "Courriel", "E-mail", "Email"),
        "sig": ("Unterschrift", "Signature", "Firma", "Signature"),
        "date": ("Datum", "Date", "Data", "Date"),
        "holder": ("Kontoinhaber/in", "Titulaire du compte", "Intestatario del conto", "Account holder"),
    }
    val = table[key][LANGS.index(c.lang)]
    if key == "pctown" and c.region == "US":
        return "City / State / ZIP"
    return val


def occ(c: Ctx, g: str = "m") -> str:
    m = c.t(de=["Lehrer", "Ingenieur", "Pfleger", "Architekt", "Softwareentwickler", "Arzt", "selbstständig",
                "Polizeibeamter"],
            fr=["enseignant", "ingénieur", "infirmier", "architecte", "développeur", "médecin", "avocat",
                "cadre commercial"],
            it=["insegnante", "ingegnere", "infermiere", "architetto", "medico", "commercialista", "impiegato",
                "avvocato"],
            en=["teacher", "engineer", "nurse", "architect", "software developer", "GP", "solicitor",
                "accountant"])
    if g == "f":
        m = {"Lehrer": "Lehrerin", "Ingenieur": "Ingenieurin", "Pfleger": "Pflegerin", "Architekt": "Architektin",
             "Softwareentwickler": "Softwareentwicklerin", "Arzt": "Ärztin", "Polizeibeamter": "Polizeibeamtin",
             "enseignant": "enseignante", "ingénieur": "ingénieure", "infirmier": "infirmière",
             "développeur": "développeuse", "avocat": "avocate", "cadre commercial": "cadre commerciale",
             "infermiere": "infermiera", "impiegato": "impiegata", "avvocato": "avvocata"}.get(m, m)
    return m


# ---------------------------------------------------------------------------------------------------------------
# 1. aupair - au pair and host family matching
# ---------------------------------------------------------------------------------------------------------------
def t_aupair(c: Ctx) -> str:
    p1 = c.person()
    single = c.p(0.2)
    p2 = None if single else c.spouse(p1)
    home = c.addr()
    kids: list[Person] = []
    for _ in range(c.r.randint(1, 3)):
        k = c.kin(p1)
        if all(k.first != q.first for q in kids + [p1]):
            kids.append(k)
    if not kids:
        kids.append(c.kin(p1))
    kdob = [c.bdate(1, 12) for _ in kids]
    ap = foreigner(c, g="f" if c.p(0.85) else "m")
    apdob = c.bdate(18, 27)
    agency = c.company()
    adom = c.domain_of(agency)
    coord = c.person()
    parents = [p1] + ([p2] if p2 else [])
    v = c.v
    if v == 0:
        obj = {
            "matchId": f"AP-2025-{c.ref('', 5)}",
            "status": c.ch(["interview_scheduled", "pending_family_review", "matched_pending_visa"]),
            "hostFamily": {
                "familyName": P(p1.last),
                "parents": [{"firstName": P(p.first), "lastName": P(p.last),
                             "birthDate": D(c.fdate(c.bdate(30, 50), "iso")),
                             "mobile": T(c.mob()), "email": EM(c.email(p)), "occupation": occ(c, p.g)}
                            for p in parents],
                "address": {"street": A(home.l1), "postalCode": home.pc, "city": home.town, "country": c.region},
                "landline": T(c.land(home)) if c.p(0.6) else None,
                "children": [{"firstName": P(k.first), "birthDate": D(c.fdate(d, "iso")),
                              "notes": c.ch(["", "nut allergy", "asthma", "coeliac", "ADHD", ""])}
                             for k, d in zip(kids, kdob, strict=True)],
                "pets": c.ch([None, "cat", "dog", "2 rabbits"]),
            },
            "candidate": {
                "candidateId": f"C{c.ref('', 7)}",
                "firstName": P(ap.p.first), "lastName": P(ap.p.last),
                "birthDate": D(c.fdate(apdob, "iso")), "countryOfResidence": ap.cc,
                "phone": T(ap.phone), "email": EM(ap.email),
                "homeAddress": A(ap.a.one),
                "references": [{"name": P(ref.full()), "relation": c.ch(["former employer", "teacher", "neighbour",
                                                                         "host family 2023"]),
                                "phone": T(make_phone_abroad(c.r, ap.cc) if ap.a.loc == "abroad"
                                           else c.phone(ap.a.loc, "any"))}
                               for ref in [c.person(src="comm" if ap.a.loc == "abroad" else "other")
                                           for _ in range(c.r.randint(1, 2))]],
            },
            "coordinator": {"name": P(coord.full()), "phone": T(c.land()), "email": EM(c.email(coord, domain=adom))},
            "createdBy": f"{slug(coord.first)}{c.r.randint(10, 99)}",
            "updatedAt": f"2025-{c.r.randint(1, 10):02d}-{c.r.randint(1, 28):02d}T{c.r.randint(8, 18):02d}:14:03Z",
        }
        body = json.dumps(obj, ensure_ascii=False, indent=c.ch([2, 2, None]))
        if c.p(0.35):
            body = uesc(body)
        return c.request(body, dict(
            de=["Kannst du mir aus diesem Export der Agentur eine kurze, freundliche Vorstellung der Gastfamilie "
                "für das erste Videogespräch mit der Kandidatin schreiben?",
                "Hier der Datensatz aus unserem Matching-Tool. Bitte fass die Familie und die Kandidatin in "
                "Stichpunkten zusammen, ich brauche das für die Teamrunde."],
            fr=["Peux-tu me rédiger, à partir de cet export de l'agence, une courte présentation de la famille "
                "d'accueil pour le premier appel vidéo avec la candidate ?",
                "Voici la fiche JSON de notre outil de matching. Résume la famille et la candidate en quelques "
                "points pour la réunion d'équipe."],
            it=["Mi scrivi, partendo da questo export dell'agenzia, una breve presentazione della famiglia "
                "ospitante per la prima videochiamata con la candidata?",
                "Ecco il record del nostro gestionale. Riassumi famiglia e candidata in punti per la riunione."],
            en=["Can you turn this agency export into a short, friendly intro of the host family for the first "
                "video call with the candidate?",
                "Here's the record from our matching tool - summarise the family and the candidate in bullet "
                "points for the team meeting, please."]), fence=0.5)
    if v == 1:
        L = c.t(de=dict(t="GASTFAMILIEN-FRAGEBOGEN – Au-pair-Programm 2025/26", fam="Familienname",
                        mum="Gastelternteil 1", dad="Gastelternteil 2", tel="Telefon (Festnetz)", mob="Mobil",
                        kids="Kinder (Vorname, Geburtsdatum, Kita/Schule)", room="Eigenes Zimmer",
                        roomv="ja, 14 m², Dachgeschoss, eigenes Bad", pock="Taschengeld",
                        ref="Referenz (frühere Au-pair)", em="Notfallkontakt (Nachbarin)", dsig="Ort, Datum",
                        born="geb.", pet="Haustiere", petv="Katze „Minka“", agency="Agentur",
                        school=["Kita Sonnenschein", "Grundschule am Park", "Krippe", "Montessori-Schule"]),
                fr=dict(t="QUESTIONNAIRE FAMILLE D'ACCUEIL – Programme au pair 2025/26", fam="Nom de famille",
                        mum="Parent 1", dad="Parent 2", tel="Téléphone fixe", mob="Portable",
                        kids="Enfants (prénom, date de naissance, école)", room="Chambre individuelle",
                        roomv="oui, 12 m², 2e étage", pock="Argent de poche",
                        ref="Référence (ancienne au pair)", em="Contact d'urgence (voisine)", dsig="Fait à, le",
                        born="né(e) le", pet="Animaux", petv="un chat (Caramel)", agency="Agence",
                        school=["crèche Les Lutins", "école Jules Ferry", "maternelle", "collège"]),
                it=dict(t="QUESTIONARIO FAMIGLIA OSPITANTE – Programma alla pari 2025/26", fam="Cognome famiglia",
                        mum="Genitore 1", dad="Genitore 2", tel="Telefono fisso", mob="Cellulare",
                        kids="Figli (nome, data di nascita, scuola)", room="Camera singola",
                        roomv="sì, 12 mq, bagno condiviso", pock="Paghetta",
                        ref="Referenza (ex ragazza alla pari)", em="Contatto di emergenza (vicina)",
                        dsig="Luogo e data", born="nato/a il", pet="Animali", petv="un gatto (Briciola)",
                        agency="Agenzia", school=["asilo nido", "scuola primaria", "scuola dell'infanzia",
                                                  "scuola media"]),
                en=dict(t="HOST FAMILY APPLICATION – Au Pair Programme 2025/26", fam="Family name",
                        mum="Host parent 1", dad="Host parent 2", tel="Home phone", mob="Mobile",
                        kids="Children (first name, date of birth, school)", room="Private bedroom",
                        roomv="yes, 12 m², own bathroom", pock="Weekly pocket money",
                        ref="Reference (previous au pair)", em="Emergency contact (neighbour)", dsig="Place, date",
                        born="DOB", pet="Pets", petv="one dog (Biscuit)", agency="Agency",
                        school=["nursery", "primary school", "pre-school", "middle school"]))
        refp = c.person(src="comm")
        neighbour = c.person(g="f")
        lines = [L["t"], f"{L['agency']}: {agency}", "",
                 f"{L['fam']}: {P(p1.last)}"]
        for k, p in enumerate(parents):
            lines.append(f"{L['mum'] if k == 0 else L['dad']}: {P(p.full())}, {L['born']} {c.dob(28, 55)}, "
                         f"{occ(c, p.g)}")
        lines += [f"{lbl(c, 'street')}: {A(home.l1)}", f"{lbl(c, 'pctown')}: {A(home.l2)}"]
        if c.p(0.7):
            lines.append(f"{L['tel']}: {T(c.land(home))}")
        lines.append(f"{L['mob']}: " + " / ".join(f"{P(p.first)} {T(c.mob())}" for p in parents))
        lines.append(f"{lbl(c, 'mail')}: {EM(c.email(p1))}")
        lines.append(L["kids"] + ":")
        for k, d in zip(kids, kdob, strict=True):
            lines.append(f"  - {P(k.first)}, {D(c.fdate(d))}, {c.ch(L['school'])}")
        lines += [f"{L['pet']}: {L['petv']}", f"{L['room']}: {L['roomv']}",
                  f"{L['pock']}: {c.money(c.ch([70, 80, 90, 280, 300, 320]))}",
                  f"{L['ref']}: {P(refp.full())}, {T(make_phone_abroad(c.r, c.ch(list(ABROAD))))}, "
                  f"{EM(c.email(refp, 'abroad'))}",
                  f"{L['em']}: {c.salut(neighbour)} {P(neighbour.last)}, {T(c.phone(a=home))}",
                  f"{L['dsig']}: {home.town}, {c.fdate(c.when(-90, -5), 'num')}   {P(p1.ini())}"]
        body = "\n".join(lines)
        return c.request(body, dict(
            de=["Unsere Agentur will den Fragebogen auf Englisch. Kannst du ihn übersetzen? Die Daten bitte so "
                "lassen.", "Bitte prüf, ob in unserem Fragebogen etwas fehlt, bevor ich ihn abschicke."],
            fr=["L'agence veut le questionnaire en anglais. Tu peux le traduire sans toucher aux données ?",
                "Vérifie si quelque chose manque dans notre questionnaire avant que je l'envoie."],
            it=["L'agenzia vuole il questionario in inglese. Puoi tradurlo lasciando i dati come sono?",
                "Controlla se manca qualcosa nel nostro questionario prima che lo invii."],
            en=["Could you tidy up our host family application before I send it to the agency?",
                "Please check whether anything is missing from this form."]))
    if v == 2:
        d0 = c.when(-50, -10)
        mum = p1
        p2 = p2 or c.spouse(p1)
        fam_tel = T(c.mob())
        gran = c.person(g="f") if c.p(0.5) else c.kin(p1, "f")
        gran_label = c.t(de="Oma", fr="mamie", it="nonna", en="Nan")
        k0 = kids[0]
        poss = {"de": f"{P(k0.first)}s", "fr": f"de {P(k0.first)}", "it": f"di {P(k0.first)}",
                "en": f"{P(k0.first)}'s"}[c.lang]
        msgs = c.t(
            de=[[(P(mum.first), f"Hallo {P(ap.p.first)}! Schön, dass es geklappt hat 😊 Hier nochmal unsere Adresse: "
                 f"{A(home.one)}"),
                 (P(ap.p.full()), f"Hi! Thank you so much. My flight arrives {c.fdate(c.when(5, 30), 'num')} "
                  f"at {c.time()} (LH {c.r.randint(400, 2999)})"),
                 (P(mum.first), f"Super. {P(gran.first)} ({gran_label}) holt dich ab, ihre Nummer: {T(c.mob())}"),
                 (P(mum.first), f"Meine Nummer kennst du, {P(p2.first if p2 else mum.first)} hat {fam_tel}"),
                 (P(ap.p.first), f"Perfect. My German number will be {T(c.mob())} from next week"),
                 (P(mum.first), f"{poss} Kita ist gleich um die Ecke, Erzieherin heißt Frau {P(c.person().last)}"),
                 (P(ap.p.first), "😍 can't wait")]],
            fr=[[(P(mum.first), f"Coucou {P(ap.p.first)} ! Voici notre adresse : {A(home.one)}"),
                 (P(ap.p.full()), f"Hi! Thank you. Mon vol arrive le {c.fdate(c.when(5, 30), 'num')} à {c.time()}"),
                 (P(mum.first), f"Parfait. {P(gran.first)} ({gran_label}) viendra te chercher : {T(c.mob())}"),
                 (P(mum.first), f"Le numéro de {P(p2.first if p2 else mum.first)} : {fam_tel}"),
                 (P(ap.p.first), f"Super ! Mon numéro ici sera {T(c.mob())}"),
                 (P(mum.first), f"L'école {poss} est à 5 minutes, la maîtresse s'appelle Mme "
                                f"{P(c.person().last)}"),
                 (P(ap.p.first), "merci beaucoup 😊")]],
            it=[[(P(mum.first), f"Ciao {P(ap.p.first)}! Ecco il nostro indirizzo: {A(home.one)}"),
                 (P(ap.p.full()), f"Ciao! Grazie mille. Il mio volo arriva il {c.fdate(c.when(5, 30), 'num')} "
                                  f"alle {c.time()}"),
                 (P(mum.first), f"Perfetto, ti viene a prendere {P(gran.first)} ({gran_label}), il suo numero: "
                                f"{T(c.mob())}"),
                 (P(mum.first), f"Il numero di {P(p2.first if p2 else mum.first)}: {fam_tel}"),
                 (P(ap.p.first), f"Ok! Il mio numero qui sarà {T(c.mob())}"),
                 (P(mum.first), f"La scuola {poss} è vicinissima, la maestra è la signora {P(c.person().last)}"),
                 (P(ap.p.first), "grazie!! 😊")]],
            en=[[(P(mum.first), f"Hi {P(ap.p.first)}! So happy it worked out. Our address again: {A(home.one)}"),
                 (P(ap.p.full()), f"Hi!! Thank you. My flight lands {c.fdate(c.when(5, 30))} at {c.time()}"),
                 (P(mum.first), f"Great. {P(gran.first)} ({gran_label}) will pick you up, her number is "
                                f"{T(c.mob())}"),
                 (P(mum.first), f"And {P(p2.first if p2 else mum.first)}'s mobile is {fam_tel}"),
                 (P(ap.p.first), f"Perfect. My local number will be {T(c.mob())}"),
                 (P(mum.first), f"{poss} school is just round the corner, her teacher is Mrs "
                                f"{P(c.person().last)}"),
                 (P(ap.p.first), "can't wait 😍")]])
        body = chat(c, msgs, d0)
        return c.request(body, dict(
            de=["Das ist unser Chat mit dem neuen Au-pair. Kannst du mir daraus eine Checkliste für die Ankunft "
                "machen?", "Fass mir bitte zusammen, was wir mit unserem Au-pair schon abgesprochen haben."],
            fr=["Voici notre conversation avec la nouvelle au pair. Fais-moi une checklist pour son arrivée.",
                "Résume ce qu'on a déjà convenu avec notre au pair, s'il te plaît."],
            it=["Questa è la chat con la nuova ragazza alla pari. Mi fai una checklist per l'arrivo?",
                "Riassumimi cosa abbiamo già concordato con la ragazza alla pari."],
            en=["This is our chat with the new au pair - can you make me an arrival checklist from it?",
                "Summarise what we've already agreed with our au pair, please."]))
    # v == 3: contract as pdftotext
    iban_cc = ap.iban_cc if ap.iban_cc in IBAN_COUNTRY else (c.region if c.has_iban() else None)
    holder = ap.p
    start = c.when(10, 60)
    L = c.t(
        de=dict(t="AU-PAIR-VEREINBARUNG", betw="zwischen", fam="der Gastfamilie", res="wohnhaft",
                called="– nachfolgend „Gastfamilie“ –", und="und", born="geboren am", home="Heimatanschrift",
                called2="– nachfolgend „Au-pair“ –",
                p1=f"§ 1 Dauer. Der Aufenthalt beginnt am {c.fdate(start, 'num')} und ist auf zwölf Monate "
                   "befristet. Eine Verlängerung bedarf der schriftlichen Vereinbarung beider Parteien.",
                p2="§ 2 Taschengeld. Die Gastfamilie zahlt ein monatliches Taschengeld von "
                   f"{c.money(280)} jeweils zum Monatsersten auf folgendes Konto:",
                p3="§ 3 Arbeitszeit. Die Mithilfe im Haushalt und die Kinderbetreuung umfassen höchstens "
                   "dreißig Stunden wöchentlich; ein voller freier Tag pro Woche ist garantiert.",
                p4="§ 4 Sprachkurs und Versicherung. Die Gastfamilie beteiligt sich mit monatlich "
                   f"{c.money(70)} an den Kosten eines Sprachkurses und schließt eine Kranken-, Unfall- und "
                   "Haftpflichtversicherung ab (Versicherungsnummer AP-" + c.ref("", 8) + ").",
                sig="Ort, Datum", ih="Kontoinhaber/in"),
        fr=dict(t="CONVENTION DE SÉJOUR AU PAIR", betw="entre", fam="la famille d'accueil", res="demeurant",
                called="ci-après « la famille »", und="et", born="né(e) le", home="Adresse dans le pays d'origine",
                called2="ci-après « l'au pair »",
                p1=f"Article 1 – Durée. Le séjour commence le {c.fdate(start, 'num')} pour une durée de douze "
                   "mois. Toute prolongation fait l'objet d'un avenant signé par les deux parties.",
                p2="Article 2 – Argent de poche. La famille verse chaque mois une somme de "
                   f"{c.money(320)} par virement sur le compte suivant :",
                p3="Article 3 – Participation aux tâches familiales. La participation ne dépasse pas trente "
                   "heures hebdomadaires ; une journée complète de repos par semaine est garantie.",
                p4="Article 4 – Cours de langue et assurance. La famille prend en charge l'inscription à un "
                   "cours de français et souscrit une assurance maladie et responsabilité civile (contrat n° "
                   + c.ref("", 9) + ").",
                sig="Fait à", ih="Titulaire"),
        it=dict(t="ACCORDO DI COLLOCAMENTO ALLA PARI", betw="tra", fam="la famiglia ospitante", res="residente in",
                called="di seguito «famiglia»", und="e", born="nata/o il", home="Indirizzo nel paese d'origine",
                called2="di seguito «ragazza/o alla pari»",
                p1=f"Art. 1 – Durata. Il soggiorno inizia il {c.fdate(start, 'num')} e ha durata di dodici mesi; "
                   "eventuali proroghe devono essere concordate per iscritto.",
                p2="Art. 2 – Paghetta. La famiglia corrisponde mensilmente un importo di "
                   f"{c.money(300)} mediante bonifico sul seguente conto:",
                p3="Art. 3 – Orario. L'aiuto nelle attività familiari non supera le trenta ore settimanali, con "
                   "almeno un giorno libero completo alla settimana.",
                p4="Art. 4 – Corso di lingua e assicurazione. La famiglia contribuisce alle spese di un corso di "
                   "italiano e stipula un'assicurazione sanitaria e di responsabilità civile (polizza n. "
                   + c.ref("", 9) + ").",
                sig="Luogo e data", ih="Intestatario"),
        en=dict(t="AU PAIR AGREEMENT", betw="between", fam="the host family", res="of",
                called="(the \"Host Family\")", und="and", born="born", home="Home address",
                called2="(the \"Au Pair\")",
                p1=f"1. Term. The placement starts on {c.fdate(start)} and lasts twelve months. Any extension "
                   "must be agreed in writing by both parties.",
                p2="2. Pocket money. The Host Family pays weekly pocket money of "
                   f"{c.money(c.ch([95, 100, 110, 195.75]))} by bank transfer to the following account:",
                p3="3. Hours. Help with childcare and light housework will not exceed thirty hours per week, "
                   "with at least one full day off each week.",
                p4="4. Course and insurance. The Host Family contributes towards an evening language course and "
                   "arranges health and liability insurance (policy no. " + c.ref("AP", 8) + ").",
                sig="Signed at", ih="Account holder"))
    names = f" {L['und']} ".join(P(p.full()) for p in parents)
    lines = [L["t"], "", L["betw"], f"{L['fam']} {names}, {L['res']} {A(home.one)}, "
             f"{lbl(c, 'tel')} {T(c.phone(a=home))}, {lbl(c, 'mail')} {EM(c.email(p1))} {L['called']}", "",
             L["und"], "",
             f"{P(ap.p.full())}, {L['born']} {D(c.fdate(apdob))} ({COUNTRY[c.lang][ap.cc]}), "
             f"{L['home']}: {A(ap.a.one)}, {lbl(c, 'mob')} {T(ap.phone)} {L['called2']}", "",
             L["p1"], "", L["p2"]]
    if iban_cc:
        lines.append(f"{L['ih']}: {P(holder.full())}, IBAN {IB(c.iban(iban_cc))}")
    else:
        lines.append(f"{L['ih']}: {P(holder.full())}, {c.domestic_account()}")
    lines += ["", L["p3"], "", L["p4"], "",
              f"{L['sig']} {home.town}, {c.fdate(c.when(-30, 0), 'num')}", "",
              "_______________________        _______________________",
              f"{P(p1.full())}                 {P(ap.p.full())}"]
    body = wrap("\n".join(lines), c.ch([72, 78, 84]), c.r)
    return c.request(body, dict(
        de=["Das ist der Au-pair-Vertrag als Text aus dem PDF. Fehlt da rechtlich etwas Wichtiges?",
            "Kannst du diesen Vertrag ins Englische übersetzen, damit unser Au-pair ihn versteht?"],
        fr=["Voici la convention au pair copiée depuis le PDF. Est-ce qu'il manque quelque chose d'important ?",
            "Peux-tu traduire cette convention en anglais pour notre au pair ?"],
        it=["Questo è l'accordo alla pari copiato dal PDF. Manca qualcosa di importante?",
            "Puoi tradurre questo accordo in inglese per la nostra ragazza alla pari?"],
        en=["This is our au pair agreement copied out of the PDF. Is anything important missing?",
            "Can you rewrite this agreement in plainer English for our au pair?"]), fence=0.2)


# ---------------------------------------------------------------------------------------------------------------
# 2. midwife - postnatal midwife care
# ---------------------------------------------------------------------------------------------------------------
def ins_id(c: Ctx) -> str:
    r = c.r
    let = "ABCDEFGHKLMNPRSTVWZ"
    return {"DE": f"{r.choice(let)}{digits(r, 9, '0123456789')}",
            "AT": f"{digits(r, 4)} {r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(60, 99)}",
            "CH": f"756.{digits(r, 4)}.{digits(r, 4)}.{digits(r, 2)}",
            "FR": f"{r.choice('12')} {r.randint(60, 99)} {r.randint(1, 12):02d} {digits(r, 2)} {digits(r, 3)} "
                  f"{digits(r, 3)} {digits(r, 2)}",
            "BE": f"{r.randint(60, 99)}.{r.randint(1, 12):02d}.{r.randint(1, 28):02d}-{digits(r, 3)}.{digits(r, 2)}",
            "LU": f"{r.randint(1960, 2005)} {r.randint(1, 12):02d}{r.randint(1, 28):02d} {digits(r, 5)}",
            "IT": "".join(r.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + f"{r.randint(60, 99)}"
                  f"{r.choice('ABCDEHLMPRST')}{r.randint(41, 71)}{r.choice('ABCDEFGHLM')}{digits(r, 3)}"
                  f"{r.choice('ABCDEFGHXYZ')}",
            "GB": f"{digits(r, 3)} {digits(r, 3)} {digits(r, 4)}",
            "IE": f"{digits(r, 7)}{r.choice('ABCDEFGHW')}{r.choice(['', 'A', 'W'])}",
            "US": f"{r.choice(['XEH', 'BCB', 'UHC', 'AET'])}{digits(r, 9)}",
            "CA": f"{digits(r, 4)}-{digits(r, 3)}-{digits(r, 3)}-{r.choice(['AB', 'XY', 'KL'])}",
            "AU": f"{digits(r, 4)} {digits(r, 5)} {r.randint(1, 9)}",
            "NZ": "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + digits(r, 4)}[c.region]


def ins_name(c: Ctx) -> str:
    return c.ch({"DE": ["TK", "AOK Bayern", "Barmer", "DAK-Gesundheit", "IKK classic", "hkk"],
                 "AT": ["ÖGK", "BVAEB", "SVS"], "CH": ["CSS", "Helsana", "Swica", "Concordia", "Sanitas"],
                 "FR": ["CPAM", "MGEN", "Harmonie Mutuelle"], "BE": ["Mutualité chrétienne", "Solidaris",
                                                                      "Partenamut"],
                 "LU": ["CNS"], "IT": ["ASL", "ATS", "ASP"], "GB": ["NHS"], "IE": ["HSE"],
                 "US": ["Blue Cross", "Aetna", "UnitedHealthcare", "Kaiser"], "CA": ["OHIP", "RAMQ", "MSP"],
                 "AU": ["Medicare"], "NZ": ["Te Whatu Ora"]}[c.region])


def t_midwife(c: Ctx) -> str:
    mum = c.person(g="f")
    partner = c.spouse(mum)
    home = c.addr(kind="flat" if c.p(0.5) else "home")
    mw = c.person(g="f" if c.p(0.9) else "m")
    practice = c.t(de=["Hebammenpraxis Kugelrund", "Hebammenpraxis Nestwärme", "Geburtshaus am See",
                       "Hebammengemeinschaft Mondkind"],
                   fr=["Cabinet de sages-femmes du Parc", "Maison de naissance Les Bercets", "Cabinet Cocon"],
                   it=["Studio Ostetrico Il Nido", "Consultorio Familiare", "Casa Maternità La Culla"],
                   en=["Riverside Midwifery Team", "Little Acorns Midwifery", "Community Midwives - North Team"])
    baby = c.kin(partner if c.p(0.5) else mum)
    baby_dob = c.when(-40, -3)
    doc = c.person()
    v = c.v
    if v == 0:
        sib = c.kin(mum)
        due = c.when(20, 150)
        L = c.t(de=dict(t="ANMELDUNG HEBAMMENBETREUUNG (Schwangerschaft & Wochenbett)", rec="Eingang",
                        pr="Praxis", mw="Betreuende Hebamme", ins="Krankenkasse / Versichertennr.",
                        due="Errechneter Termin (ET)", place="Geplanter Geburtsort",
                        placev=["Klinikum Nord", "Geburtshaus", "Hausgeburt", "St. Elisabeth-Krankenhaus"],
                        prev="Bisherige Geburten", part="Partner/in", gyn="Frauenarzt/-ärztin",
                        ref="Wie haben Sie von uns erfahren?", refv="Empfehlung von", bell="Klingelschild",
                        blood="Blutgruppe", born="geb."),
                fr=dict(t="DEMANDE DE SUIVI SAGE-FEMME (grossesse et post-partum)", rec="Reçu le",
                        pr="Cabinet", mw="Sage-femme référente", ins="Caisse / N° de sécurité sociale",
                        due="Date prévue d'accouchement", place="Lieu d'accouchement prévu",
                        placev=["Maternité du CHU", "Clinique Sainte-Anne", "maison de naissance", "CHR Citadelle"],
                        prev="Accouchements précédents", part="Conjoint(e)", gyn="Gynécologue",
                        ref="Comment nous avez-vous connus ?", refv="Recommandée par", bell="Nom sur la sonnette",
                        blood="Groupe sanguin", born="né(e) le"),
                it=dict(t="RICHIESTA DI ASSISTENZA OSTETRICA (gravidanza e puerperio)", rec="Ricevuta il",
                        pr="Studio", mw="Ostetrica di riferimento", ins="Ente / Codice fiscale",
                        due="Data presunta del parto", place="Luogo del parto previsto",
                        placev=["Ospedale Maggiore", "Casa maternità", "parto in casa", "Policlinico"],
                        prev="Parti precedenti", part="Partner", gyn="Ginecologo/a",
                        ref="Come ci ha conosciuto?", refv="Consigliata da", bell="Nome sul citofono",
                        blood="Gruppo sanguigno", born="nato/a il"),
                en=dict(t="MIDWIFERY BOOKING FORM (antenatal & postnatal)", rec="Received",
                        pr="Practice", mw="Named midwife", ins="Health number / insurer",
                        due="Estimated due date (EDD)", place="Planned place of birth",
                        placev=["Maternity Unit, General Hospital", "Birth centre", "home birth",
                                "Women's Hospital"],
                        prev="Previous births", part="Partner", gyn="GP / obstetrician",
                        ref="How did you hear about us?", refv="Recommended by", bell="Name on doorbell",
                        blood="Blood group", born="born"))
        friend = c.person(g="f")
        lines = [L["t"], f"{L['rec']}: {c.fdate(c.when(-30, 0), 'num')}",
                 f"{L['pr']}: {practice} · {L['mw']}: {P(mw.full())}", "",
                 f"{lbl(c, 'name')}: {P(mum.rev() if c.p(0.6) else mum.full())}",
                 f"{lbl(c, 'dob')}: {c.dob(19, 44)}",
                 f"{lbl(c, 'addr')}: {A(home.one)}"]
        if c.p(0.5):
            lines.append(f"{L['bell']}: {P(partner.last if partner.last != mum.last else mum.last)}")
        lines += [f"{lbl(c, 'tel')}: {T(c.phone(a=home))}   {lbl(c, 'mob')}: {T(c.mob())}",
                  f"{lbl(c, 'mail')}: {EM(c.email(mum))}",
                  f"{L['ins']}: {ins_name(c)} / {ins_id(c)}",
                  f"{L['due']}: {c.fdate(due, 'num')}",
                  f"{L['place']}: {c.ch(L['placev'])}"]
        if c.p(0.5):
            lines.append(f"{L['prev']}: 1 ({P(sib.first)}, {L['born']} {D(c.fdate(c.bdate(2, 9)))})")
        else:
            lines.append(f"{L['prev']}: 0")
        lines += [f"{L['part']}: {P(partner.full())}, {lbl(c, 'mob')} {T(c.mob())}",
                  f"{L['gyn']}: {c.dr(doc)} {P(doc.last)}, {lbl(c, 'tel')} {T(c.land(home))}",
                  f"{L['blood']}: {c.ch(['A+', '0+', 'B-', 'AB+', 'A-'])}",
                  f"{L['ref']} {L['refv']} {c.salut(friend)} {P(friend.last)}"]
        body = "\n".join(lines)
        return c.request(body, dict(
            de=["Kannst du mir aus dieser Anmeldung eine kurze Begrüßungsmail an die Frau formulieren?",
                "Bitte übertrag die Anmeldung in eine übersichtliche Tabelle für unsere Kartei."],
            fr=["Peux-tu rédiger un petit mail de bienvenue à cette patiente à partir de sa fiche ?",
                "Mets cette demande dans un tableau clair pour notre dossier, s'il te plaît."],
            it=["Puoi scrivere una breve mail di benvenuto a questa signora partendo dal modulo?",
                "Trasforma questa richiesta in una tabella ordinata per il nostro archivio."],
            en=["Can you draft a short welcome email to this client from her booking form?",
                "Please put this booking form into a tidy table for our records."]))
    if v == 1:
        grams = c.r.randint(2600, 4300)
        L = c.t(de=dict(h="Wochenbettbesuche", kid="Kind", born="geb.", at="um", w="Gewicht", n="Notizen",
                        dt="Datum", tm="Uhrzeit", part="Partner", bell="Klingel", ped="Kinderarzt/-ärztin",
                        sub="Vertretung", notes=["Stillen klappt gut", "Nabel trocken", "leichte Gelbsucht",
                                                 "Mutter müde, Rückbildung besprochen", "Brust gerötet, Quark",
                                                 "Gewicht wieder über Geburtsgewicht"],
                        vis=["Besuch von Oma", "Kollegin übernimmt", "unterstützt sehr"]),
                fr=dict(h="Visites post-natales", kid="Bébé", born="né(e) le", at="à", w="Poids", n="Notes",
                        dt="Date", tm="Heure", part="Conjoint", bell="Sonnette", ped="Pédiatre",
                        sub="Remplaçante", notes=["allaitement ok", "cordon tombé", "léger ictère",
                                                  "maman fatiguée, rééducation évoquée", "engorgement",
                                                  "poids de naissance repris"],
                        vis=["visite de la grand-mère", "collègue prend le relais", "très présent"]),
                it=dict(h="Visite in puerperio", kid="Neonato/a", born="nato/a il", at="alle", w="Peso",
                        n="Note", dt="Data", tm="Ora", part="Partner", bell="Citofono", ped="Pediatra",
                        sub="Sostituta", notes=["allattamento ok", "moncone caduto", "lieve ittero",
                                                "mamma stanca, parlato di riabilitazione", "ingorgo mammario",
                                                "recuperato il peso alla nascita"],
                        vis=["visita della nonna", "subentra la collega", "molto presente"]),
                en=dict(h="Postnatal visits", kid="Baby", born="born", at="at", w="Weight", n="Notes",
                        dt="Date", tm="Time", part="Partner", bell="Doorbell", ped="Health visitor / GP",
                        sub="Cover", notes=["feeding well", "cord off", "mild jaundice",
                                            "mum tired, pelvic floor discussed", "engorgement",
                                            "back above birth weight"],
                        vis=["grandma visiting", "colleague covering", "very supportive"]))
        cover = c.person(g="f")
        gw = f"{grams:,} g".replace(",", ".") if c.lang != "en" else f"{grams} g"
        head = [f"## {L['h']} – {P(mum.full())} ({c.born(mum)} {c.dob(20, 43)})",
                f"{L['kid']}: {P(baby.first)} {P(baby.last) if c.p(0.6) else ''}".rstrip() +
                f", {L['born']} {D(c.fdate(baby_dob))} {L['at']} {c.time(0, 23)}, {gw}",
                f"{lbl(c, 'addr')}: {A(home.one)} – {L['bell']}: {P(mum.last)}",
                f"{L['part']}: {P(partner.first)} – {T(c.mob())}", ""]
        rows = []
        d = baby_dob + timedelta(days=2)
        for k in range(c.r.randint(4, 6)):
            note = c.ch(L["notes"])
            if k == 1:
                note += f"; {P(partner.first)} {c.ch(L['vis'])}" if c.p(0.5) else f"; {c.ch(L['vis'])}"
            if k == 3:
                note += f"; {L['sub']}: {P(cover.fl())} ({T(c.mob())})"
            rows.append([c.short_date(d), c.time(8, 18), f"{grams - 150 + 40 * k} g", note])
            d += timedelta(days=c.r.randint(1, 3))
        ped = c.person()
        body = "\n".join(head) + md_table([L["dt"], L["tm"], L["w"], L["n"]], rows) + \
            f"\n\n{L['ped']}: {c.dr(ped)} {P(ped.last)}, {T(c.land(home))}"
        return c.request(body, dict(
            de=["Mach mir aus meinen Besuchsnotizen bitte einen kurzen Abschlussbericht für die Kinderärztin.",
                "Formulier die Notizen in ganze Sätze für die Dokumentation um."],
            fr=["Fais-moi un court compte rendu de fin de suivi à partir de ces notes de visite.",
                "Reformule ces notes en phrases complètes pour le dossier."],
            it=["Fammi una breve relazione di fine assistenza per la pediatra da queste note.",
                "Riscrivi queste note in frasi complete per la documentazione."],
            en=["Turn my visit notes into a short discharge summary for the health visitor, please.",
                "Rewrite these notes as full sentences for the records."]))
    if v == 2:
        mt = T(c.mob())
        gm = c.kin(mum, "f")
        gma = c.addr()
        ped = c.person(g="f")
        pw = c.partner_word(partner)
        msgs = c.tl(
            de=[(mt, f"hallo frau {P(mw.last)}, hier ist {P(mum.first)}. die kleine trinkt seit heute nacht kaum, "
                     "ist das normal?"),
                ("Ich", f"guten morgen! ich komme gegen 9. ist die adresse noch {A(home.one)}?"),
                (mt, f"nein wir sind gerade bei meiner mutter ({P(gm.full())}), {A(gma.one)}, klingel {P(gm.last)}"),
                ("Ich", "ok, bis gleich. bitte vorher nochmal anlegen und die windeln zählen"),
                (mt, f"{pw} {P(partner.first)} ist unter {T(c.mob())} erreichbar falls ich schlafe"),
                (mt, f"kinderärztin {c.dr(ped).lower()} {P(ped.last)} hat gesagt wir sollen uns bei ihnen melden")],
            fr=[(mt, f"bonjour madame {P(mw.last)}, c'est {P(mum.first)}. le bébé ne boit presque plus depuis "
                     "cette nuit, c'est normal ?"),
                ("Moi", f"bonjour ! je passe vers 9h. toujours au {A(home.one)} ?"),
                (mt, f"non on est chez ma mère ({P(gm.full())}), {A(gma.one)}, sonnette {P(gm.last)}"),
                ("Moi", "ok à tout à l'heure. remettez-la au sein et comptez les couches"),
                (mt, f"{pw} {P(partner.first)} est joignable au {T(c.mob())} si je dors"),
                (mt, f"la pédiatre, {c.dr(ped).lower()} {P(ped.last)}, nous a dit de vous appeler")],
            it=[(mt, f"buongiorno {P(mw.first)}, sono {P(mum.first)}. la piccola da stanotte non si attacca quasi "
                     "più, è normale?"),
                ("Io", f"buongiorno! passo verso le 9. siete sempre in {A(home.one)}?"),
                (mt, f"no siamo da mia mamma ({P(gm.full())}), {A(gma.one)}, citofono {P(gm.last)}"),
                ("Io", "ok a dopo. intanto prova ad attaccarla e conta i pannolini"),
                (mt, f"{pw} {P(partner.first)} risponde al {T(c.mob())} se dormo"),
                (mt, f"la pediatra {c.dr(ped)} {P(ped.last)} ha detto di sentire te")],
            en=[(mt, f"hi {P(mw.first)}, it's {P(mum.first)}. baby's hardly feeding since last night, is that "
                     "normal?"),
                ("Me", f"morning! i'll come round about 9. still at {A(home.one)}?"),
                (mt, f"no we're at my mum's ({P(gm.full())}), {A(gma.one)}"),
                ("Me", "ok see you soon. keep offering feeds and count the nappies"),
                (mt, f"{pw} {P(partner.first)} is on {T(c.mob())} if i'm asleep"),
                (mt, f"the gp, dr {P(ped.last)}, said to ring you first")])
        d = baby_dob + timedelta(days=c.r.randint(3, 9))
        out = []
        for k, (who_, msg) in enumerate(msgs):
            hh = 6 + k // 2
            out.append(f"{c.short_date(d)} {hh:02d}:{(k * 7 + 3) % 60:02d} – {who_}: {msg}")
        body = lower("\n".join(out), keep="ICT")
        return c.request(body, dict(
            de=["Ich bin Hebamme. Kannst du aus diesem SMS-Verlauf einen Eintrag für die Dokumentation machen?",
                "Fass den Verlauf kurz für meine Kollegin zusammen, die morgen übernimmt."],
            fr=["Je suis sage-femme. Peux-tu faire une note de dossier à partir de ces SMS ?",
                "Résume cet échange pour ma collègue qui me remplace demain."],
            it=["Sono ostetrica. Puoi ricavare da questi messaggi una nota per la cartella?",
                "Riassumi lo scambio per la collega che mi sostituisce domani."],
            en=["I'm a community midwife - can you write a notes entry from this text thread?",
                "Summarise this thread for my colleague who's covering tomorrow."]))
    # v == 3: billing export
    hdr = c.tl(de=["Nachname", "Vorname", "Geburtsdatum", "Kind geb.", "Versichertennr.", "Kasse", "Straße", "PLZ",
                  "Ort", "Telefon", "Leistungen", "Betrag"],
              fr=["Nom", "Prénom", "Date naissance", "Naissance enfant", "N° SS", "Caisse", "Adresse", "CP",
                  "Ville", "Téléphone", "Actes", "Montant"],
              it=["Cognome", "Nome", "Data nascita", "Nascita neonato", "Codice fiscale", "Ente", "Indirizzo", "CAP",
                  "Comune", "Telefono", "Prestazioni", "Importo"],
              en=["Surname", "First name", "DOB", "Baby DOB", "Health no.", "Insurer", "Address", "Postcode",
                  "Town", "Phone", "Items", "Amount"])
    codes = c.tl(de=["0500", "1800 x4", "0200", "1810 x2", "2300"], fr=["SF 16", "SFI 4 x3", "C 25"],
                it=["89.26", "V.D. x3", "99.01"], en=["PN1", "PN2 x3", "AN4"])
    rows = [hdr]
    base = c.addr()
    for _ in range(c.r.randint(3, 4)):
        m = c.person(g="f")
        a = c.local(base)
        rows.append([P(m.last), P(m.first), D(c.fdate(c.bdate(19, 44), "num")),
                     D(c.fdate(c.when(-60, -5), "num")), ins_id(c), ins_name(c), A(a.l1), a.pc, a.town,
                     T(c.phone(a=a)), c.ch(codes), c.money(c.r.randint(60, 480) + 0.5)])
    sep = c.ch([";", ",", "\t"])
    hold = f"{lbl(c, 'holder')}: {P(mw.full())}"
    bank = f"IBAN {IB(c.iban())}" if c.has_iban() else c.domestic_account()
    top = c.t(de=f"Abrechnung {MONTHS['de'][c.r.randint(0, 9)]} 2025 – Hebamme {P(mw.full())}, IK "
                 f"{digits(c.r, 9)}",
              fr=f"Facturation {MONTHS['fr'][c.r.randint(0, 9)]} 2025 – sage-femme {P(mw.full())}, RPPS "
                 f"{digits(c.r, 11)}",
              it=f"Rendiconto {MONTHS['it'][c.r.randint(0, 9)]} 2025 – ostetrica {P(mw.full())}, iscr. albo n. "
                 f"{digits(c.r, 4)}",
              en=f"Claims {MONTHS['en'][c.r.randint(0, 9)]} 2025 - midwife {P(mw.full())}, provider no. "
                 f"{digits(c.r, 7)}")
    body = top + "\n" + hold + ", " + bank + "\n\n" + csv_rows(rows, sep)
    return c.request(body, dict(
        de=["Mein Abrechnungsexport hat Formatfehler. Kannst du die Zeilen prüfen und die Summe bilden?",
            "Welche Spalten muss ich für die Kasse noch ergänzen? Hier der Export:"],
        fr=["Mon export de facturation a des erreurs de format. Peux-tu vérifier les lignes et faire le total ?",
            "Quelles colonnes dois-je compléter pour la caisse ? Voici l'export :"],
        it=["Il mio export ha errori di formato. Puoi controllare le righe e fare la somma?",
            "Quali colonne devo aggiungere per l'ente? Ecco l'export:"],
        en=["My claims export has formatting problems. Can you check the rows and total them?",
            "Which columns am I missing for the insurer? Export below:"]))


# ---------------------------------------------------------------------------------------------------------------
# 3. pollworkers - election poll worker staffing
# ---------------------------------------------------------------------------------------------------------------
POLL = {
    "de": dict(
        DE=("Bundestagswahl", "Wahlbezirk", ["Wahlvorsteher/in", "stellv. Wahlvorsteher/in", "Schriftführer/in",
                                             "Beisitzer/in"], "Erfrischungsgeld", "Wahlamt"),
        AT=("Nationalratswahl", "Sprengel", ["Sprengelwahlleiter/in", "Stellvertreter/in", "Beisitzer/in",
                                              "Wahlzeuge/-zeugin"], "Entschädigung", "Wahlbehörde"),
        CH=("Eidgenössische Abstimmung", "Wahlbüro", ["Präsident/in Wahlbüro", "Stimmenzähler/in",
                                                      "Urnendienst"], "Sitzungsgeld", "Stadtkanzlei")),
    "fr": dict(
        FR=("élections municipales", "bureau", ["président(e)", "assesseur", "secrétaire", "délégué(e)"],
            "indemnité", "service des élections"),
        BE=("élections communales", "bureau", ["président(e)", "assesseur", "secrétaire", "assesseur suppléant"],
            "jeton de présence", "administration communale"),
        CH=("votation fédérale", "bureau électoral", ["président(e)", "scrutateur/trice", "secrétaire"],
            "vacation", "contrôle des habitants"),
        LU=("élections communales", "bureau", ["président(e)", "assesseur", "secrétaire"], "indemnité",
            "administration communale")),
    "it": dict(
        IT=("elezioni amministrative", "sezione", ["presidente", "scrutatore", "segretario", "vicepresidente"],
            "compenso", "Ufficio elettorale"),
        CH=("votazione federale", "ufficio elettorale", ["presidente", "scrutatore", "segretario"], "indennità",
            "Cancelleria comunale")),
    "en": dict(
        GB=("local elections", "polling station", ["Presiding Officer", "Poll Clerk", "Poll Clerk (reserve)"],
            "fee", "Electoral Services"),
        IE=("local elections", "polling station", ["Presiding Officer", "Poll Clerk"], "fee", "Franchise Section"),
        US=("general election", "precinct", ["Election Judge", "Poll Worker", "Chief Inspector", "Greeter"],
            "stipend", "Elections Office"),
        CA=("federal election", "polling division", ["Deputy Returning Officer", "Poll Clerk",
                                                     "Information Officer"], "pay", "Returning Office"),
        AU=("federal election", "polling place", ["Officer in Charge", "Ordinary Issuing Officer",
                                                  "Declaration Vote Issuing Officer"], "pay", "Divisional Office"),
        NZ=("general election", "voting place", ["Voting Place Manager", "Issuing Officer", "Ordinary Vote Issuer"],
            "pay", "Electoral Office")),
}
VENUES = {"de": ["Grundschule am Lindenhof", "Gemeindehaus", "Kita Regenbogen", "Turnhalle", "Bürgerhaus",
                 "Feuerwehrhaus"],
          "fr": ["école élémentaire Jules Ferry", "salle des fêtes", "gymnase municipal", "école communale",
                 "maison de quartier"],
          "it": ["scuola primaria G. Pascoli", "palestra comunale", "scuola media", "centro civico",
                 "sala consiliare"],
          "en": ["St Anne's Church Hall", "Community Centre", "Primary School", "Scout Hut", "Fire Station",
                 "Public Library"]}


def t_pollworkers(c: Ctx) -> str:
    elec, unit, roles, fee, office = POLL[c.lang][c.region]
    v = c.v
    town_a = c.addr(kind="biz")
    stations = []
    for _ in range(c.r.randint(2, 3)):
        stations.append((f"{c.r.randint(1, 40):03d}", c.ch(VENUES[c.lang]), c.addr(near=town_a)))
    if v == 0:
        hdr = c.tl(de=[unit, "Funktion", "Name", "Vorname", "Geburtsdatum", "Anschrift", "Telefon", "E-Mail", "IBAN"],
                  fr=[unit.capitalize(), "Fonction", "Nom", "Prénom", "Né(e) le", "Adresse", "Téléphone", "Courriel",
                      "IBAN"],
                  it=[unit.capitalize(), "Ruolo", "Cognome", "Nome", "Data di nascita", "Indirizzo", "Telefono",
                      "E-mail", "IBAN"],
                  en=[unit.title(), "Role", "Surname", "First name", "DOB", "Address", "Phone", "Email",
                      "Bank details"])
        rows = [hdr]
        for sno, _venue, _a in stations:
            for role in roles[:2]:
                p = c.person()
                a = c.local(town_a)
                bank = IB(c.iban()) if c.has_iban() else c.domestic_account()
                rows.append([sno, role, P(p.last), P(p.first), D(c.fdate(c.bdate(18, 75), "num")), A(a.one),
                             T(c.phone(a=a)), EM(c.email(p)) if c.p(0.4) else "", bank if c.p(0.4) else ""])
        st = "\n".join(f"{sno}: {venue}, {A(a.one)}" for sno, venue, a in stations)
        body = st + "\n\n" + csv_rows(rows, c.ch([";", ",", "\t"]))
        return c.request(body, dict(
            de=["Das ist unsere Wahlhelferliste. Kannst du prüfen, ob jeder Wahlbezirk vollständig besetzt ist?",
                "Bitte sortier die Liste nach Wahlbezirk und markier fehlende Angaben."],
            fr=["Voici la liste des membres des bureaux de vote. Chaque bureau est-il complet ?",
                "Trie la liste par bureau et signale les données manquantes, merci."],
            it=["Questa è la lista degli scrutatori. Puoi verificare che ogni seggio sia completo?",
                "Ordina la lista per sezione e segnala i dati mancanti."],
            en=["Here's our poll worker list. Can you check every station is fully staffed?",
                "Please sort this by station and flag anything missing."]))
    if v == 1:
        p = c.person()
        a = c.local(town_a)
        off = c.person()
        chief = c.person()
        sno, venue, sa = stations[0]
        d_el = c.when(20, 80)
        ref = f"{c.r.randint(10, 99)}-{c.r.randint(100, 999)}/{2025}"
        mail = "wahlhelfer" if c.lang == "de" else {"fr": "elections", "it": "elettorale", "en": "elections"}[c.lang]
        dom = c.t(de="stadt-" + slug(town_a.town, True, "-") + ".de", fr="ville-" + slug(town_a.town, sep="-") + ".fr",
                  it="comune." + slug(town_a.town, sep="") + ".it", en=slug(town_a.town, sep="") + ".gov.uk")
        if c.region in ("CH", "AT", "BE", "LU", "IE", "US", "CA", "AU", "NZ"):
            dom = dom.rsplit(".", 1)[0] + "." + {"CH": "ch", "AT": "at", "BE": "be", "LU": "lu", "IE": "ie",
                                                 "US": "gov", "CA": "ca", "AU": "gov.au", "NZ": "govt.nz"}[c.region]
        bank = f"IBAN {IB(c.iban())}" if c.has_iban() else c.domestic_account()
        ext = c.t(de=f"Durchwahl {c.r.randint(10, 499)}", fr=f"poste {c.r.randint(10, 99)}",
                  it=f"interno {c.r.randint(1, 99)}", en=f"ext. {c.r.randint(100, 999)}")
        body = c.t(
            de=f"{town_a.town} · {office} · {A(town_a.one)}\n\n{'Herrn' if p.g == 'm' else 'Frau'} {P(p.full())}\n"
               f"{A(a.l1)}\n{A(a.l2)}\n\n"
               f"Unser Zeichen: {ref}        {town_a.town}, {c.fdate(c.when(-30, -5), 'num')}\n\n"
               f"Berufung in den Wahlvorstand – {elec} am {c.fdate(d_el, 'num')}\n\n"
               f"{c.dear(p)} {P(p.last)},\n\nwir berufen Sie als {roles[1]} für den {unit} {sno}. Wahlraum: {venue}, "
               f"{A(sa.one)}. Bitte finden Sie sich am Wahltag um 7:30 Uhr ein. Wahlvorsteher/in ist "
               f"{P(chief.full())}.\n\nDas {fee} von {c.money(50)} überweisen wir nach der Wahl auf das von "
               f"Ihnen angegebene Konto ({bank}).\nBitte bestätigen Sie bis zum {c.fdate(c.when(0, 14), 'num')} "
               f"telefonisch unter {T(c.land(town_a))} ({ext}) oder per E-Mail an {mail}@{dom}.\n\n"
               f"Mit freundlichen Grüßen\nIm Auftrag\n{P(off.full())}",
            fr=f"{town_a.town} – {office}\n{A(town_a.l1)}\n{A(town_a.l2)}\n\n{c.salut(p)} {P(p.full())}\n"
               f"{A(a.l1)}\n{A(a.l2)}\n\nRéf. : {ref}        Le {c.fdate(c.when(-30, -5), 'long')}\n\n"
               f"Objet : convocation – {elec} du {c.fdate(d_el, 'long')}\n\n{c.dear(p)},\n\nVous êtes désigné(e) "
               f"comme {roles[1]} du {unit} n° {sno} ({venue}, {A(sa.one)}). Merci de vous présenter à 7 h 30. "
               f"Le bureau sera présidé par {P(chief.full())}.\nUne {fee} de {c.money(50)} sera versée sur votre "
               f"compte ({bank}).\nMerci de confirmer avant le {c.fdate(c.when(0, 14), 'num')} au "
               f"{T(c.land(town_a))} ({ext}) ou à {mail}@{dom}.\n\nCordialement,\n{P(off.full())}",
            it=f"Comune di {town_a.town} – {office}\n{A(town_a.one)}\n\nAl/Alla {c.salut(p)} {P(p.full())}\n"
               f"{A(a.l1)}\n{A(a.l2)}\n\nProt. n. {ref}        {town_a.town}, {c.fdate(c.when(-30, -5), 'num')}\n\n"
               f"Oggetto: nomina a {roles[1]} – {elec} del {c.fdate(d_el, 'long')}\n\nLa S.V. è nominata "
               f"{roles[1]} presso la {unit} n. {sno} ({venue}, {A(sa.one)}). Presidente di seggio: "
               f"{P(chief.full())}.\nIl {fee} sarà accreditato sul conto indicato ({bank}).\nPer conferme: tel. "
               f"{T(c.land(town_a))} {ext}, e-mail {mail}@{dom}.\n\nIl Responsabile del servizio\n{P(off.full())}",
            en=f"{town_a.town} {office}\n{town_a.block()}\n\n{P(p.full())}\n{a.block()}\n\n"
               f"Our ref: {ref}        {c.fdate(c.when(-30, -5))}\n\nAppointment - {elec}, "
               f"{c.fdate(d_el)}\n\n{c.dear(p)} {P(p.last)},\n\nThank you for agreeing to work as "
               f"{roles[1]} at {unit} {sno}, {venue}, {A(sa.one)}. Please arrive by 6:15am. Your "
               f"{roles[0]} will be {P(chief.full())}.\nYour {fee} will be paid into the account you gave us "
               f"({bank}).\nPlease confirm by calling {T(c.land(town_a))} {ext} or email {mail}@{dom}.\n\n"
               f"Yours sincerely\n{P(off.full())}\n{office}")
        return c.request(body, dict(
            de=["Ich habe diesen Brief bekommen. Muss ich das machen, und was passiert, wenn ich absage?",
                "Kannst du mir eine kurze Zusage-Mail auf dieses Schreiben formulieren?"],
            fr=["J'ai reçu cette convocation. Suis-je obligé(e) d'y aller ? Que se passe-t-il si je refuse ?",
                "Peux-tu m'écrire un court mail de confirmation en réponse à ce courrier ?"],
            it=["Ho ricevuto questa nomina. Sono obbligato? Cosa succede se rinuncio?",
                "Puoi scrivermi una breve mail di conferma in risposta a questa lettera?"],
            en=["I got this letter - can you draft a short reply confirming I'll do it?",
                "What exactly am I agreeing to here? Summarise the letter, please."]))
    if v == 2:
        parts = []
        town_dom = c.domain_of(town_a.town)
        for _ in range(c.r.randint(2, 3)):
            p = c.person()
            a = c.local(town_a)
            body = c.t(
                de=f"Hallo,\n\nich würde gern wieder als Wahlhelfer/in mitmachen, gern im {unit} "
                   f"{stations[0][0]}. Meine Daten: {P(p.full())}, geb. {c.dob(18, 75)}, {A(a.one)}. "
                   f"Am besten erreichbar unter {T(c.phone(a=a))}.\n\n{greet(c)}\n{P(p.first)}",
                fr=f"Bonjour,\n\nje souhaite être {c.ch(roles[1:])} pour le scrutin. {P(p.full())}, "
                   f"{c.born(p)} le {c.dob(18, 75)}, domicilié(e) {A(a.one)}. Joignable au "
                   f"{T(c.phone(a=a))}.\n\n{greet(c)}\n{P(p.first)}",
                it=f"Buongiorno,\n\nvorrei dare la disponibilità come scrutatore. {P(p.full())}, "
                   f"{c.born(p)} il {c.dob(18, 75)}, residente in {A(a.one)}, cell. {T(c.mob())}.\n\n"
                   f"{greet(c)}\n{P(p.first)}",
                en=f"Hi,\n\nI'd like to sign up as a {c.ch(roles[1:])} again. {P(p.full())}, date of birth "
                   f"{c.dob(18, 75)}, {A(a.one)}. Best number: {T(c.phone(a=a))}.\n\n{greet(c)}\n{P(p.first)}")
            role_box = c.t(de="wahlen", fr="elections", it="elettorale", en="elections") + "@" + town_dom
            parts.append(mail_header(c, who(p, c), role_box, c.t(de="Wahlhelfer", fr="Bureau de vote",
                                                                 it="Disponibilità scrutatore",
                                                                 en="Poll worker sign-up")) + "\n\n" + body)
        body = "\n\n-----\n\n".join(parts)
        return c.request(body, dict(
            de=["Trag mir bitte die Freiwilligen aus diesen Mails in eine Tabelle ein (Name, Geburtsdatum, Adresse, "
                "Telefon).", "Schreib mir für jede dieser Mails eine kurze Eingangsbestätigung."],
            fr=["Mets les volontaires de ces mails dans un tableau (nom, date de naissance, adresse, téléphone).",
                "Rédige un court accusé de réception pour chacun de ces mails."],
            it=["Inserisci i volontari di queste mail in una tabella (nome, data di nascita, indirizzo, telefono).",
                "Scrivi una breve conferma di ricezione per ciascuna mail."],
            en=["Put the volunteers from these emails into a table (name, DOB, address, phone), please.",
                "Draft a short acknowledgement for each of these emails."]))
    # v == 3: fixed-width roster
    head = c.tl(de=[unit, "Funktion", "Name", "Telefon", "Einsatz"], fr=[unit.capitalize(), "Fonction", "Nom",
                                                                        "Téléphone", "Horaire"],
               it=[unit.capitalize(), "Ruolo", "Nominativo", "Telefono", "Turno"],
               en=[unit.title(), "Role", "Name", "Phone", "Shift"])
    rows = [head]
    for sno, _venue, _a in stations:
        for role in roles[:c.r.randint(2, 4)]:
            p = c.person()
            nm = c.ch(["capsrev", "rev", "lf"] if c.lang == "it" else ["capsrev", "rev", "full"])
            rows.append([sno, role, P(getattr(p, nm)()), T(c.phone(a=town_a)), c.ch(["07:30-18:00", "07:30-13:00",
                                                                            "13:00-close", "06:00-22:00"])])
    org = c.person()
    top = c.t(de=f"Einsatzplan {elec} – Stand {c.fdate(c.when(-10, 0), 'num')} – Ansprechpartner: {P(org.full())}, "
                 f"{T(c.land())}",
              fr=f"Planning {elec} – mise à jour {c.fdate(c.when(-10, 0), 'num')} – contact : {P(org.full())}, "
                 f"{T(c.land())}",
              it=f"Turni {elec} – agg. {c.fdate(c.when(-10, 0), 'num')} – referente: {P(org.full())}, "
                 f"{T(c.land())}",
              en=f"Staffing plan, {elec} - updated {c.fdate(c.when(-10, 0))} - contact: {P(org.full())}, "
                 f"{T(c.land())}")
    body = top + "\n\n" + fixed(rows, [8, 30, 34, 22, 14])
    return c.request(body, dict(
        de=["Das ist aus dem PDF kopiert und verrutscht. Kannst du daraus wieder eine saubere Tabelle machen?",
            "Wer ist in mehreren Wahlbezirken eingetragen? Liste unten."],
        fr=["Copié depuis le PDF, les colonnes sont décalées. Tu peux refaire un tableau propre ?",
            "Qui apparaît dans plusieurs bureaux ? Liste ci-dessous."],
        it=["Copiato dal PDF, le colonne sono sfalsate. Me la rifai come tabella pulita?",
            "Chi è assegnato a più sezioni? Lista qui sotto."],
        en=["Copied out of the PDF and the columns are off - can you rebuild a clean table?",
            "Is anyone down for more than one station? List below."]), fence=0.5)


# ---------------------------------------------------------------------------------------------------------------
# 4. drivingschool - driving school enrolment, lessons and tests
# ---------------------------------------------------------------------------------------------------------------
def plate(c: Ctx) -> str:
    r = c.r
    L = "ABCDEFGHJKLMNPRSTVWXYZ"

    def ls(n: int) -> str:
        return "".join(r.choice(L) for _ in range(n))
    return {"DE": f"{r.choice(['M', 'B', 'HH', 'K', 'S', 'F', 'FR', 'HD'])}-{ls(2)} {r.randint(1, 9999)}",
            "AT": f"{r.choice(['W', 'G', 'L', 'S', 'I'])}-{r.randint(10000, 99999)} {ls(1)}",
            "CH": f"{r.choice(['ZH', 'BE', 'BS', 'VD', 'GE', 'TI', 'LU'])} {r.randint(10000, 999999)}",
            "FR": f"{ls(2)}-{r.randint(100, 999)}-{ls(2)}", "BE": f"1-{ls(3)}-{r.randint(100, 999)}",
            "LU": f"{ls(2)} {r.randint(1000, 9999)}", "IT": f"{ls(2)} {r.randint(100, 999)} {ls(2)}",
            "GB": f"{ls(2)}{r.randint(10, 75)} {ls(3)}", "IE": f"{r.randint(151, 251)}-{r.choice(['D', 'C', 'G'])}-"
                                                              f"{r.randint(1000, 99999)}",
            "US": f"{r.randint(1, 9)}{ls(3)}{r.randint(100, 999)}", "CA": f"{ls(4)} {r.randint(100, 999)}",
            "AU": f"{r.randint(1, 9)}{ls(3)} {r.randint(100, 999)}", "NZ": f"{ls(3)}{r.randint(100, 999)}"}[c.region]


DRV = {
    "de": dict(school="Fahrschule", cls=["B", "B197", "BF17", "A2", "BE"], lesson=["Übungsfahrt", "Überland",
                                                                                 "Autobahn", "Nacht",
                                                                                 "Prüfungsvorbereitung"]),
    "fr": dict(school="Auto-école", cls=["B", "B (AAC)", "B boîte auto", "A2"], lesson=["conduite", "circulation",
                                                                                       "autoroute", "nuit",
                                                                                       "examen blanc"]),
    "it": dict(school="Autoscuola", cls=["B", "AM", "A2", "B96"], lesson=["guida urbana", "extraurbana",
                                                                         "autostrada", "notturna",
                                                                         "simulazione esame"]),
    "en": dict(school="Driving School", cls=["B (manual)", "B (automatic)", "B"],
               lesson=["town", "dual carriageway", "motorway", "night", "mock test", "parallel parking"]),
}


EN_CLS = {"GB": ["B (manual)", "B (automatic)", "BE"], "IE": ["B (manual)", "B (automatic)", "A2"],
          "US": ["Class D", "Class C", "Class M"], "CA": ["G2", "G", "Class 5"], "AU": ["C (manual)", "C (auto)"],
          "NZ": ["Class 1 restricted", "Class 1 full"]}


def classes(c: Ctx) -> list[str]:
    return EN_CLS[c.region] if c.lang == "en" else DRV[c.lang]["cls"]


def t_drivingschool(c: Ctx) -> str:
    school = f"{DRV[c.lang]['school']} {c.ch([c.company().split()[0].strip(','), 'Easy Drive', 'Centrale'])}" \
        if c.lang != "en" else c.ch(["Easy Drive", "Learn2Drive", "Green Light", "Pass First Time"]) + " " + \
        DRV["en"]["school"]
    v = c.v
    instr = [c.person() for _ in range(3)]
    if v == 0:
        st = c.person()
        minor = c.p(0.5)
        a = c.addr()
        par = c.kin(st) if c.p(0.7) else c.person()
        L = c.t(de=dict(t="ANMELDUNG / AUSBILDUNGSVERTRAG", st="Fahrschüler/in", pob="Geburtsort",
                        cls="Führerscheinklasse", eye="Sehtest vom", aid="Erste-Hilfe-Kurs vom",
                        par="Erziehungsberechtigte/r", pay="Zahlung", sepa="SEPA-Lastschriftmandat",
                        card="Kreditkarte", exp="gültig bis", instr="Gewünschte/r Fahrlehrer/in",
                        id="Personalausweis-Nr.", gsig="Unterschrift Erziehungsberechtigte/r"),
                fr=dict(t="CONTRAT DE FORMATION – INSCRIPTION", st="Élève", pob="Lieu de naissance",
                        cls="Catégorie", eye="Certificat médical du", aid="Code obtenu le",
                        par="Représentant légal", pay="Règlement", sepa="Mandat de prélèvement SEPA",
                        card="Carte bancaire", exp="exp.", instr="Moniteur souhaité", id="N° NEPH",
                        gsig="Signature du représentant légal"),
                it=dict(t="ISCRIZIONE AUTOSCUOLA", st="Allievo/a", pob="Luogo di nascita", cls="Patente",
                        eye="Certificato medico del", aid="Esame teoria superato il", par="Genitore/tutore",
                        pay="Pagamento", sepa="Addebito SEPA", card="Carta di credito", exp="scad.",
                        instr="Istruttore richiesto", id="N. foglio rosa", gsig="Firma del genitore"),
                en=dict(t="PUPIL ENROLMENT FORM", st="Pupil", pob="Place of birth", cls="Licence category",
                        eye="Eyesight check", aid="Theory test passed", par="Parent / guardian",
                        pay="Payment", sepa="Direct debit", card="Card", exp="exp", instr="Preferred instructor",
                        id="Provisional licence no.", gsig="Parent/guardian signature"))
        lines = [f"{school} – {L['t']}", "", f"{L['st']}:",
                 f"  {lbl(c, 'name')}: {P(st.rev())}",
                 f"  {lbl(c, 'dob')}: {c.dob(16, 17) if minor else c.dob(18, 60)}    {L['pob']}: "
                 f"{c.addr().town}",
                 f"  {lbl(c, 'street')}: {A(a.l1)}",
                 f"  {lbl(c, 'pctown')}: {A(a.l2)}",
                 f"  {lbl(c, 'mob')}: {T(c.mob())}    {lbl(c, 'mail')}: {EM(c.email(st))}",
                 f"  {L['id']}: {c.ch('ABCDEFGHJKL')}{digits(c.r, 8)}",
                 f"  {L['cls']}: {c.ch(classes(c))}    {L['eye']}: {c.fdate(c.when(-60, -1), 'num')}    "
                 f"{L['aid']}: {c.fdate(c.when(-90, -1), 'num')}"]
        if minor:
            lines += ["", f"{L['par']}: {P(par.full())}, {lbl(c, 'tel')} {T(c.phone(a=a))}"]
        lines += ["", f"{L['instr']}: {P(instr[0].first)}", ""]
        if c.has_iban() and c.p(0.6):
            payer = par if minor else st
            lines.append(f"{L['pay']}: {L['sepa']} – {lbl(c, 'holder')}: {P(payer.full())}, IBAN {IB(c.iban())}")
        else:
            lines.append(f"{L['pay']}: {L['card']} {C(c.card())} {L['exp']} {c.r.randint(1, 12):02d}/"
                         f"{c.r.randint(26, 30)}")
        lines += ["", f"{lbl(c, 'sig')}: {P(st.ini())}" + (f"     {L['gsig']}: {P(par.ini())}" if minor else "")]
        body = "\n".join(lines)
        return c.request(body, dict(
            de=["Bitte prüf die Anmeldung auf Vollständigkeit, bevor ich sie ins System übernehme.",
                "Schreib mir aus diesen Daten eine Willkommensmail mit den nächsten Schritten."],
            fr=["Vérifie que l'inscription est complète avant que je la saisisse, s'il te plaît.",
                "Écris un mail de bienvenue à l'élève avec les prochaines étapes."],
            it=["Controlla che l'iscrizione sia completa prima che la inserisca nel gestionale.",
                "Scrivi una mail di benvenuto all'allievo con i prossimi passi."],
            en=["Check this enrolment form is complete before I key it in, please.",
                "Draft a welcome email to this pupil with next steps."]))
    if v == 1:
        hdr = c.tl(de=["Datum", "Beginn", "Fahrlehrer", "Schüler/in", "Handy", "Abholort", "Art", "Fzg."],
                  fr=["Date", "Début", "Moniteur", "Élève", "Portable", "Lieu RDV", "Type", "Véhicule"],
                  it=["Data", "Inizio", "Istruttore", "Allievo", "Cellulare", "Ritiro", "Tipo", "Veicolo"],
                  en=["Date", "Start", "Instructor", "Pupil", "Mobile", "Pickup", "Type", "Car"])
        rows = [hdr]
        d = c.when(-3, 10)
        cars = [plate(c) for _ in range(2)]
        base = c.addr()
        for _ in range(c.r.randint(4, 6)):
            s = c.person()
            a = c.local(base)
            pick = A(a.street_no) if c.p(0.6) else (A(a.one) if c.p(0.5) else c.t(
                de="Fahrschule", fr="agence", it="sede", en="office"))
            rows.append([c.short_date(d), c.time(7, 19), P(c.ch(instr).first),
                         P(c.ch([s.rev(), s.full(), s.fl()])), T(c.mob()), pick,
                         c.ch(DRV[c.lang]["lesson"]), c.ch(cars)])
            if c.p(0.4):
                d += timedelta(days=1)
        body = "\n".join("\t".join(r) for r in rows)
        return c.request(body, dict(
            de=["Das ist der Export aus unserem Buchungssystem für nächste Woche. Kannst du mir pro Fahrlehrer eine "
                "Tagesübersicht machen?", "Sortier mir die Fahrstunden nach Fahrlehrer und Uhrzeit."],
            fr=["Voici l'export du planning de la semaine prochaine. Fais-moi un récapitulatif par moniteur.",
                "Trie les leçons par moniteur et par heure."],
            it=["Ecco l'export delle guide della prossima settimana. Mi fai un riepilogo per istruttore?",
                "Ordina le guide per istruttore e orario."],
            en=["Export from our booking system for next week - can you do a day sheet per instructor?",
                "Sort these lessons by instructor and start time, please."]))
    if v == 2:
        i0 = instr[0]
        off = c.person(g="f")
        s1, s2, s3 = c.person(), c.person(g="f"), c.person(g="m")
        a1 = c.addr()
        a2 = c.local(a1)
        gm = c.kin(s2, "f")
        msgs = c.tl(
            de=[(P(i0.first), f"{P(s1.first)} hat abgesagt, krank. kannst du {P(s2.full())} fragen ob sie um 9 "
                              f"kann? nummer {T(c.mob())}"),
                (f"Büro ({P(off.first)})", f"mach ich. abholung wieder {A(a1.street_no)}?"),
                (P(i0.first), f"nee, diesmal bei ihrer oma ({P(gm.last)}), {A(a2.one)}"),
                (f"Büro ({P(off.first)})", f"ok. {P(s3.fl())} will die prüfung verschieben, ruft dich unter "
                                           f"{T(c.mob())} an"),
                (P(i0.first), f"{P(s1.first)}s mutter soll bitte die rechnung zahlen, steht noch offen"),
                (f"Büro ({P(off.first)})", "👍")],
            fr=[(P(i0.first), f"{P(s1.first)} annule, malade. tu peux demander à {P(s2.full())} si elle peut à 9h ? "
                              f"{T(c.mob())}"),
                (f"Agence ({P(off.first)})", f"ok. je la prends toujours au {A(a1.street_no)} ?"),
                (P(i0.first), f"non, chez sa grand-mère ({P(gm.last)}), {A(a2.one)}"),
                (f"Agence ({P(off.first)})", f"{P(s3.fl())} veut décaler son examen, il t'appelle du "
                                             f"{T(c.mob())}"),
                (P(i0.first), f"la mère de {P(s1.first)} doit encore régler la facture"),
                (f"Agence ({P(off.first)})", "👍")],
            it=[(P(i0.first), f"{P(s1.first)} ha disdetto, è malato. puoi chiedere a {P(s2.full())} se riesce alle "
                              f"9? {T(c.mob())}"),
                (f"Ufficio ({P(off.first)})", f"ok. la prendo sempre in {A(a1.street_no)}?"),
                (P(i0.first), f"no, dalla nonna ({P(gm.last)}), {A(a2.one)}"),
                (f"Ufficio ({P(off.first)})", f"{P(s3.fl())} vuole spostare l'esame, ti chiama dal {T(c.mob())}"),
                (P(i0.first), f"la mamma di {P(s1.first)} deve ancora pagare la fattura"),
                (f"Ufficio ({P(off.first)})", "👍")],
            en=[(P(i0.first), f"{P(s1.first)} cancelled, ill. can you ask {P(s2.full())} if she can do 9? "
                              f"{T(c.mob())}"),
                (f"Office ({P(off.first)})", f"will do. pick up at {A(a1.street_no)} again?"),
                (P(i0.first), f"no, at her gran's ({P(gm.last)}), {A(a2.one)}"),
                (f"Office ({P(off.first)})", f"{P(s3.fl())} wants to move his test, he'll ring you from "
                                             f"{T(c.mob())}"),
                (P(i0.first), f"{P(s1.first)}'s mum still hasn't paid the invoice"),
                (f"Office ({P(off.first)})", "👍")])
        body = lower(chat(c, msgs), keep="ICT")
        return c.request(body, dict(
            de=["Kannst du mir aus dem Chat die Änderungen für heute als Liste rausschreiben?",
                "Was muss das Büro aus diesem Chat noch erledigen?"],
            fr=["Fais-moi la liste des changements du jour à partir de ce chat.",
                "Qu'est-ce que l'agence doit encore faire d'après ce chat ?"],
            it=["Mi fai la lista dei cambiamenti di oggi da questa chat?",
                "Cosa deve ancora fare l'ufficio secondo questa chat?"],
            en=["Pull today's changes out of this chat as a list, please.",
                "What does the office still need to do from this chat?"]))
    # v == 3: test list
    ex = c.person()
    ex_t = c.t(de="Herr" if ex.g == "m" else "Frau",
               fr="M." if ex.g == "m" else "Mme", it="ing." if ex.g == "m" else "dott.ssa",
               en="Mr" if ex.g == "m" else "Ms")
    hdr = c.tl(de=["Nr", "Name, Vorname", "Geb.-Datum", "Kl.", "Antrag-Nr.", "Uhrzeit"],
              fr=["N°", "Nom, prénom", "Né(e) le", "Cat.", "NEPH", "Heure"],
              it=["N.", "Cognome e nome", "Nato/a il", "Pat.", "Pratica", "Ora"],
              en=["No", "Name", "DOB", "Cat", "Ref", "Time"])
    rows = [hdr]
    for k in range(c.r.randint(5, 8)):
        s = c.person()
        nm = c.ch(["rev", "capsrev"]) if c.lang != "it" else c.ch(["lf", "caps"])
        rows.append([str(k + 1), P(getattr(s, nm)()), D(c.fdate(c.bdate(17, 45), "num")),
                     c.ch(classes(c)), f"{digits(c.r, 2)}-{digits(c.r, 6)}", c.time(7, 15)])
    top = c.t(de=f"Prüfauftrag praktische Prüfung – {school} – Prüfer: {ex_t} {P(ex.last)} – "
                 f"{c.fdate(c.when(1, 20), 'num')}",
              fr=f"Liste des candidats – examen pratique – {school} – inspecteur : {ex_t} {P(ex.last)} – "
                 f"{c.fdate(c.when(1, 20), 'num')}",
              it=f"Elenco candidati esame di guida – {school} – esaminatore: {ex_t} {P(ex.last)} – "
                 f"{c.fdate(c.when(1, 20), 'num')}",
              en=f"Practical test list - {school} - examiner: {ex_t} {P(ex.last)} - {c.fdate(c.when(1, 20))}")
    body = top + "\n\n" + fixed(rows, [5, 34, 13, 20, 14, 8])
    return c.request(body, dict(
        de=["Erstell mir aus der Prüfliste eine Info-SMS für jeden Schüler mit Uhrzeit.",
            "Prüf bitte, ob alle Schüler am Prüfungstag mindestens 17 sind."],
        fr=["Prépare un SMS d'information pour chaque élève avec son horaire.",
            "Vérifie que tous les candidats ont au moins 17 ans le jour de l'examen."],
        it=["Prepara un SMS per ogni allievo con l'orario dell'esame.",
            "Controlla che tutti abbiano almeno 18 anni il giorno dell'esame."],
        en=["Make me a reminder text for each pupil with their test time.",
            "Check every candidate is old enough on the test date."]), fence=0.5)


# ---------------------------------------------------------------------------------------------------------------
# 5. retrofit - energy retrofit subsidy applications
# ---------------------------------------------------------------------------------------------------------------
GRANT = {"DE": "BEG Einzelmaßnahmen – Heizungstausch (KfW 458)", "AT": "Raus aus Öl und Gas 2025",
         "CH": "Das Gebäudeprogramm – Förderbeitrag Wärmepumpe", "FR": "MaPrimeRénov' – Rénovation par geste",
         "BE": "Primes Habitation – Région wallonne", "LU": "Klimabonus Wunnen – PRIMe House",
         "IT": "Conto Termico 3.0 (GSE) – pompa di calore", "GB": "Boiler Upgrade Scheme",
         "IE": "SEAI Heat Pump System Grant", "US": "Mass Save Heat Pump Rebate",
         "CA": "Canada Greener Homes Grant", "AU": "Solar Homes - Solar Battery Rebate (Solar Victoria)",
         "NZ": "Warmer Kiwi Homes - heat pump grant"}
GRANT_CH = {"fr": "Programme Bâtiments – subvention pompe à chaleur",
            "it": "Programma Edifici – incentivo pompa di calore", "de": GRANT["CH"]}


ADV_TITLE = {"de_DE": "Gebäudeenergieberater (HWK)", "de_AT": "Energieberater, Energieberatung NÖ",
             "de_CH": "Energieberater, GEAK-Experte", "fr_FR": "Conseiller France Rénov'",
             "fr_BE": "Conseiller énergie, Guichet énergie Wallonie", "fr_CH": "Conseiller énergétique, expert CECB",
             "fr_LU": "Conseiller énergie, Klima-Agence", "it_IT": "Tecnico abilitato (APE)",
             "it_CH": "Consulente energetico, esperto CECE", "en_GB": "Retrofit coordinator",
             "en_IE": "BER assessor", "en_US": "Home energy advisor", "en_CA": "Registered energy advisor",
             "en_AU": "Energy assessor", "en_NZ": "Home energy advisor"}


def t_retrofit(c: Ctx) -> str:
    grant = GRANT_CH[c.lang] if c.region == "CH" else GRANT[c.region]
    owner = c.person()
    co = c.spouse(owner)
    prop = c.addr(kind="home")
    post = c.addr() if c.p(0.3) else prop
    inst = c.company()
    idom = c.domain_of(inst)
    ia = c.addr(kind="biz", near=prop)
    tech = c.person()
    adv = c.person()
    prod = c.ch(["Vitocal 250-A", "Daikin Altherma 3 H HT", "Mitsubishi Ecodan PUZ-WM85", "Stiebel Eltron WPL-A 07",
                 "Panasonic Aquarea T-CAP", "Samsung EHS Mono HT Quiet", "Vaillant aroTHERM plus 75/6"])
    cost = c.r.randint(18000, 42000) + 0.0
    v = c.v
    if v == 0:
        L = c.t(de=dict(t="Antrag auf Förderung", app="Antragsteller/in", co="Miteigentümer/in",
                        obj="Investitionsobjekt", objx=f"Baujahr {c.r.randint(1950, 1995)}, Wohnfläche "
                                                     f"{c.r.randint(90, 220)} m², Flurstück {c.r.randint(10, 999)}/"
                                                     f"{c.r.randint(1, 9)}",
                        post="Postanschrift (falls abweichend)", inst="Fachunternehmen", cp="Ansprechpartner",
                        adv="Energieberater/in", advid="Experten-Nr.", bank="Bankverbindung für die Auszahlung",
                        cost="Förderfähige Kosten (brutto)", sig="Ort, Datum, Unterschrift", same="wie oben"),
                fr=dict(t="Demande d'aide", app="Demandeur", co="Co-propriétaire", obj="Logement concerné",
                        objx=f"construit en {c.r.randint(1950, 1995)}, {c.r.randint(60, 180)} m², parcelle "
                             f"{c.ch('ABCD')}{c.r.randint(10, 999)}",
                        post="Adresse postale (si différente)", inst="Entreprise RGE", cp="Interlocuteur",
                        adv="Accompagnateur Rénov'", advid="N° d'agrément", bank="Coordonnées bancaires pour le "
                                                                                "versement",
                        cost="Montant des travaux TTC", sig="Fait à, le, signature", same="identique"),
                it=dict(t="Domanda di incentivo", app="Richiedente", co="Comproprietario/a", obj="Immobile",
                        objx=f"anno di costruzione {c.r.randint(1950, 1995)}, {c.r.randint(60, 180)} mq, foglio "
                             f"{c.r.randint(1, 99)} mapp. {c.r.randint(10, 999)}",
                        post="Recapito (se diverso)", inst="Impresa installatrice", cp="Referente",
                        adv="Tecnico asseveratore", advid="Iscr. albo n.", bank="Coordinate per l'accredito",
                        cost="Spesa ammissibile (IVA incl.)", sig="Luogo, data, firma", same="come sopra"),
                en=dict(t="Grant application", app="Applicant", co="Joint owner", obj="Property",
                        objx=f"built {c.r.randint(1930, 1995)}, {c.r.randint(70, 200)} m², " + {
                            "GB": f"EPC band {c.ch('DEFG')}", "IE": f"BER {c.ch(['D1', 'D2', 'E1', 'F'])}",
                            "US": f"HERS index {c.r.randint(90, 140)}", "CA": f"EnerGuide {c.r.randint(40, 70)}",
                            "AU": f"NatHERS {c.ch(['2.5', '3', '3.5'])} stars",
                            "NZ": "no wall insulation"}.get(c.region, ""),
                        post="Correspondence address (if different)", inst="Installer", cp="Contact",
                        adv="Energy assessor", advid="Accreditation no.", bank="Bank details for payment",
                        cost="Eligible cost (incl. " + {"GB": "VAT", "IE": "VAT", "US": "tax", "CA": "GST/HST",
                                                        "AU": "GST", "NZ": "GST"}.get(c.region, "") + ")",
                        sig="Signed / date", same="as above"))
        lines = [f"{L['t']} – {grant}", f"{c.t(de='Vorgangsnummer', fr='N° de dossier', it='Pratica n.', en='Ref')}:"
                 f" {c.r.randint(2025000000, 2025999999)}", "",
                 f"1. {L['app']}: {P(owner.rev())}, {lbl(c, 'dob')} {c.dob(30, 80)}",
                 f"   {lbl(c, 'tel')}: {T(c.phone(a=prop))}  {lbl(c, 'mail')}: {EM(c.email(owner))}",
                 f"2. {L['co']}: {P(co.full())}, {lbl(c, 'dob')} {c.dob(30, 80)}",
                 f"3. {L['obj']}: {A(prop.one)} ({L['objx']})",
                 f"4. {L['post']}: {A(post.one) if post is not prop else L['same']}",
                 f"5. {L['inst']}: {inst}, {A(ia.one)} – {L['cp']}: {P(tech.full())}, {T(c.land(ia))}, "
                 f"{EM(c.email(tech, domain=idom))}",
                 f"6. {L['adv']}: {P(adv.full())}, {L['advid']} {digits(c.r, 4)}-{digits(c.r, 4)}, "
                 f"{T(c.mob())}",
                 f"7. {L['cost']}: {c.money(cost)} – {prod}"]
        if c.has_iban():
            lines.append(f"8. {L['bank']}: {lbl(c, 'holder')} {P(owner.full())}, IBAN {IB(c.iban())}")
        else:
            lines.append(f"8. {L['bank']}: {P(owner.full())}, {c.domestic_account()}")
        lines += ["", f"{L['sig']}: {prop.town}, {c.fdate(c.when(-20, 0), 'num')}, {P(owner.ini())}"]
        body = "\n".join(lines)
        return c.request(body, dict(
            de=["Ich stelle gerade diesen Förderantrag. Habe ich alles richtig ausgefüllt? Was fehlt noch?",
                "Kannst du mir erklären, welche Nachweise ich zu diesem Antrag noch hochladen muss?"],
            fr=["Je remplis cette demande d'aide. Est-ce que tout est correct ? Que manque-t-il ?",
                "Quels justificatifs dois-je encore joindre à cette demande ?"],
            it=["Sto compilando questa domanda. È tutto corretto? Cosa manca?",
                "Quali documenti devo ancora allegare a questa domanda?"],
            en=["I'm filling in this grant application - have I got everything right? What's missing?",
                "Which documents do I still need to upload for this application?"]))
    if v == 1:
        d = c.bdate(30, 80)
        bad = c.ch(["num", "long", "nz"])
        obj = {
            "applicationId": f"{c.ch(['BEG', 'MPR', 'GSE', 'BUS', 'SEAI', 'CGH'])}-{digits(c.r, 8)}",
            "scheme": grant,
            "applicant": {"firstName": P(owner.first), "lastName": P(owner.last), "birthDate": D(c.fdate(d, bad)),
                          "email": EM(c.email(owner)), "phone": T(c.phone(a=prop)),
                          "address": {"street": A(prop.l1), "postalCode": prop.pc, "city": prop.town}},
            "coApplicant": {"name": P(co.full()), "birthDate": D(c.fdate(c.bdate(30, 80), "iso"))} if c.p(0.6)
            else None,
            "measure": {"type": "heat_pump_air_water", "product": prod, "costGross": round(cost, 2)},
            "installer": {"company": inst, "contactName": P(tech.full()), "contactPhone": T(c.land(ia)),
                          "email": f"info@{idom}"},
            "payout": ({"accountHolder": P(owner.full()), "iban": IB(c.iban(style="compact"))} if c.has_iban()
                       else {"accountHolder": P(owner.full()), "account": c.domestic_account()}),
        }
        err = {"status": 422, "error": "VALIDATION_FAILED", "details": [
            {"field": "applicant.birthDate", "message": f"invalid date '{D(c.fdate(d, bad))}', expected YYYY-MM-DD"},
            {"field": "measure.invoiceDate", "message": "must not be empty"}]}
        ind = c.ch([2, None])
        body = "POST /api/v1/applications\n" + json.dumps(obj, ensure_ascii=False, indent=ind) + \
            "\n\nHTTP/1.1 422 Unprocessable Entity\n" + json.dumps(err, ensure_ascii=False, indent=ind)
        if c.p(0.3):
            body = uesc(body)
        return c.request(body, dict(
            de=["Unser Portal lehnt den Antrag ab. Was genau ist an dem Request falsch und wie korrigiere ich ihn?",
                "Kannst du den JSON-Request so korrigieren, dass die Validierung durchgeht?"],
            fr=["Le portail rejette la demande. Qu'est-ce qui ne va pas dans la requête ?",
                "Corrige ce JSON pour que la validation passe, s'il te plaît."],
            it=["Il portale rifiuta la domanda. Cosa c'è di sbagliato nella richiesta?",
                "Correggi questo JSON in modo che passi la validazione."],
            en=["The portal rejects the application - what's wrong with this request and how do I fix it?",
                "Can you correct the JSON so it passes validation?"]), fence=0.6)
    if v == 2:
        wife = co
        pw = c.partner_word(wife)
        pw = pw[0].upper() + pw[1:]
        adom = c.domain_of(c.company())
        aa = c.addr(kind="biz", near=prop)
        sig = f"{P(adv.full())}\n{ADV_TITLE[c.loc]}" \
              f"\n{A(aa.one)}\n{lbl(c, 'tel')} {T(c.land(aa))} · {lbl(c, 'mob')} {T(c.mob())}\n" \
              f"{EM(c.email(adv, domain=adom))}"
        bank = (f"IBAN {IB(c.iban())}" if c.has_iban() else c.domestic_account())
        m1 = c.t(
            de=f"Hallo {c.salut(adv)} {P(adv.last)},\n\nanbei die Unterlagen. Unsere Adresse für das Objekt ist "
               f"{A(prop.one)}. "
               f"Kontoinhaber ist {P(owner.full())}, {bank}. {pw} {P(wife.first)} ist tagsüber unter "
               f"{T(c.mob())} erreichbar, falls der Installateur ({inst}, {c.salut(tech)} {P(tech.last)}) vorbeikommen "
               f"möchte.\n\n{greet(c)}\n{P(owner.full())}",
            fr=f"Bonjour {c.salut(adv)} {P(adv.last)},\n\nVoici les pièces. Le logement est au {A(prop.one)}. "
               f"Titulaire du "
               f"compte : {P(owner.full())}, {bank}. {pw} {P(wife.first)} est joignable en journée au "
               f"{T(c.mob())} si l'installateur ({inst}, {c.salut(tech)} {P(tech.last)}) doit passer.\n\n{greet(c)}\n"
               f"{P(owner.full())}",
            it=f"Buongiorno {P(adv.first)},\n\nin allegato i documenti. L'immobile è in {A(prop.one)}. "
               f"Intestatario: {P(owner.full())}, {bank}. {pw} {P(wife.first)} risponde al {T(c.mob())} "
               f"se l'installatore ({inst}, {c.salut(tech)} {P(tech.last)}) deve passare.\n\n{greet(c)}\n"
               f"{P(owner.full())}",
            en=f"Hi {P(adv.first)},\n\nDocuments attached. The property is {A(prop.one)}. Account holder is "
               f"{P(owner.full())}, {bank}. {pw} {P(wife.first)} is on {T(c.mob())} during the day if the "
               f"installer ({inst}, {P(tech.first)}) needs to pop round.\n\n{greet(c)}\n{P(owner.first)}")
        m2 = c.t(
            de=f"Guten Tag {c.salut(owner)} {P(owner.last)},\n\ndanke, der Antrag ist vollständig. Bitte schicken "
               f"Sie mir noch "
               f"die Rechnung, sobald die Anlage läuft.\n\n{greet(c)}\n{sig}",
            fr=f"Bonjour {c.salut(owner)} {P(owner.last)},\n\nmerci, le dossier est complet. Envoyez-moi la facture "
               f"dès la mise "
               f"en service.\n\n{greet(c)}\n{sig}",
            it=f"Gentile {P(owner.full())},\n\ngrazie, la pratica è completa. Mi invii la fattura appena "
               f"l'impianto è in funzione.\n\n{greet(c)}\n{sig}",
            en=f"Hi {P(owner.first)},\n\nThanks, the application is complete. Please send me the invoice once "
               f"the system is commissioned.\n\n{greet(c)}\n{sig}")
        oe = EM(c.email(owner))
        body = (mail_header(c, f"{P(adv.full())} <{EM(c.email(adv, domain=adom))}>", oe,
                            c.t(de="AW: Förderantrag Wärmepumpe", fr="RE: dossier aide PAC",
                                it="R: pratica pompa di calore", en="RE: heat pump grant")) + "\n\n" + m2 +
                "\n\n> " + m1.replace("\n", "\n> "))
        return c.request(body, dict(
            de=["Was muss ich laut diesem Mailverlauf als Nächstes tun?",
                "Fass mir den Mailverlauf mit dem Energieberater kurz zusammen."],
            fr=["D'après cet échange, que dois-je faire maintenant ?",
                "Résume-moi cet échange avec le conseiller."],
            it=["Secondo questa corrispondenza, cosa devo fare adesso?",
                "Riassumimi lo scambio con il tecnico."],
            en=["Based on this email thread, what do I need to do next?",
                "Summarise this thread with the assessor for me."]))
    # v == 3: installer quote as pdftotext
    tel, fax = T(c.land(ia)), T(c.land(ia))
    vat = {"DE": f"USt-IdNr. DE{digits(c.r, 9)}", "AT": f"UID ATU{digits(c.r, 8)}",
           "CH": f"MWST-Nr. CHE-{digits(c.r, 3)}.{digits(c.r, 3)}.{digits(c.r, 3)} MWST",
           "FR": f"SIRET {digits(c.r, 14)}", "BE": f"TVA BE0{digits(c.r, 9)}", "LU": f"TVA LU{digits(c.r, 8)}",
           "IT": f"P.IVA {digits(c.r, 11)}", "GB": f"VAT reg. GB {digits(c.r, 9)}", "IE": f"VAT IE{digits(c.r, 7)}T",
           "US": f"License #{digits(c.r, 6)}", "CA": f"GST/HST {digits(c.r, 9)} RT0001",
           "AU": f"ABN {digits(c.r, 2)} {digits(c.r, 3)} {digits(c.r, 3)} {digits(c.r, 3)}",
           "NZ": f"GST {digits(c.r, 3)}-{digits(c.r, 3)}-{digits(c.r, 3)}"}[c.region]
    if c.region == "CH" and c.lang == "fr":
        vat = vat.replace("MWST-Nr.", "N° TVA").replace(" MWST", " TVA")
    if c.region == "CH" and c.lang == "it":
        vat = vat.replace("MWST-Nr.", "N. IVA").replace(" MWST", " IVA")
    ih = c.iban() if c.has_iban() else None
    intro = c.t(
        de=f"Sehr geehrte{'r Herr' if owner.g == 'm' else ' Frau'} {P(owner.last)}, vielen Dank für Ihre Anfrage und "
           "das freundliche Gespräch vor Ort. Gerne unterbreiten wir Ihnen folgendes Angebot für den Austausch "
           "Ihrer bestehenden Gasheizung gegen eine Luft-Wasser-Wärmepumpe einschließlich Demontage, "
           "hydraulischem Abgleich und Inbetriebnahme. Die Förderfähigkeit wurde mit Ihrem Energieberater "
           f"{P(adv.full())} abgestimmt.",
        fr=f"{c.dear(owner)} {P(owner.last)}, nous vous remercions de votre demande et de votre accueil lors de la "
           "visite technique. Veuillez trouver ci-dessous notre proposition pour le remplacement de votre "
           "chaudière fioul par une pompe à chaleur air-eau, comprenant la dépose, l'équilibrage hydraulique et "
           f"la mise en service. L'éligibilité a été vérifiée avec votre conseiller {P(adv.full())}.",
        it=f"Gentile {c.salut(owner)} {P(owner.last)}, la ringraziamo per la richiesta e per la disponibilità "
           "durante il sopralluogo. Di seguito la nostra offerta per la sostituzione della caldaia esistente con "
           "una pompa di calore aria-acqua, comprensiva di smontaggio, bilanciamento idraulico e collaudo. "
           f"L'ammissibilità all'incentivo è stata verificata con il tecnico {P(adv.full())}.",
        en=f"Dear {c.salut(owner)} {P(owner.last)}, thank you for your enquiry and for showing us round during the "
           "survey. Please find below our quotation for replacing your existing boiler with an air source heat "
           "pump, including removal, system balancing and commissioning. Eligibility has been checked with your "
           f"assessor {P(adv.full())}.")
    lines = [f"{inst} · {A(ia.one)}", f"{lbl(c, 'tel')} {tel} · Fax {fax} · info@{idom} · www.{idom}", vat, "",
             P(owner.full()), *([A(x) for x in prop.lines]), "",
             c.t(de="Angebot Nr.", fr="Devis n°", it="Preventivo n.", en="Quote no.")
             + f" {c.r.randint(2025001, 2025999)}"
             f"   {lbl(c, 'date')}: {c.fdate(c.when(-30, 0), 'num')}   "
             f"{c.t(de='Bearbeiter', fr='Chargé d’affaires', it='Referente', en='Contact')}: {P(tech.full())}", "",
             intro, "",
             f"Pos. 1  {prod}  1 Stk  {c.money(cost * 0.62)}",
             "Pos. 2  " + c.t(de="Montage und Inbetriebnahme", fr="Pose et mise en service", it="Installazione",
                              en="Installation") + f"  {c.money(cost * 0.28)}",
             f"Pos. 3  {c.t(de='Demontage Altanlage', fr='Dépose ancienne chaudière', it='Smontaggio', en='Removal')}"
             f"  {c.money(cost * 0.10)}", ""]
    if ih:
        lines.append(c.t(de="Bankverbindung", fr="Coordonnées bancaires", it="Coordinate bancarie", en="Bank")
                     + f": IBAN {IB(ih)}")
    body = wrap("\n".join(lines), c.ch([76, 82, 90]), c.r)
    return c.request(body, dict(
        de=["Ist dieses Angebot für eine Wärmepumpe preislich in Ordnung? Was sollte ich nachfragen?",
            "Kannst du das Angebot mit den Förderbedingungen abgleichen?"],
        fr=["Ce devis de pompe à chaleur est-il correct niveau prix ? Que devrais-je demander ?",
            "Compare ce devis avec les conditions de l'aide, s'il te plaît."],
        it=["Questo preventivo per la pompa di calore è congruo? Cosa dovrei chiedere?",
            "Confronta il preventivo con i requisiti dell'incentivo."],
        en=["Is this heat pump quote reasonable? What should I ask the installer?",
            "Can you check this quote against the grant conditions?"]), fence=0.2)


# ---------------------------------------------------------------------------------------------------------------
# 6. splitbill - shared expense settling among friends
# ---------------------------------------------------------------------------------------------------------------
NICKS = {"de": ["Schnecke", "Maxi", "Flo", "Lenchen", "Tobi", "Kathi", "Basti", "Steffi"],
         "fr": ["Loulou", "Titi", "Mimi", "Jojo", "Pilou", "Nono", "Fifi"],
         "it": ["Giò", "Fede", "Ale", "Vale", "Teo", "Bea", "Cri"],
         "en": ["Bex", "Jonno", "Macca", "Lils", "Robbo", "Gaz", "Tash", "Dazza"]}


def t_splitbill(c: Ctx) -> str:
    n = c.r.randint(4, 6)
    ppl: list[Person] = []
    while len(ppl) < n:
        p = c.person()
        if all(p.first != q.first and p.last != q.last for q in ppl):
            ppl.append(p)
    rental = c.addr(loc=c.ch(ALL_LOCS[c.lang]))
    host = c.person()
    v = c.v
    items = c.tl(de=[("Ferienhaus Anzahlung", "Unterkunft"), ("Ferienhaus Rest", "Unterkunft"),
                     ("Einkauf Supermarkt", "Lebensmittel"), ("Tanken", "Transport"), ("Pizza", "Essen"),
                     ("Bootsverleih", "Freizeit"), ("Maut", "Transport"), ("Getränke", "Lebensmittel"),
                     ("Skipass", "Freizeit")],
                 fr=[("Acompte gîte", "Logement"), ("Solde gîte", "Logement"), ("Courses", "Alimentation"),
                     ("Essence", "Transport"), ("Resto", "Repas"), ("Location kayak", "Loisirs"),
                     ("Péage", "Transport"), ("Apéro", "Alimentation"), ("Forfait ski", "Loisirs")],
                 it=[("Acconto casa", "Alloggio"), ("Saldo casa", "Alloggio"), ("Spesa", "Cibo"),
                     ("Benzina", "Trasporti"), ("Pizzeria", "Cibo"), ("Noleggio barca", "Svago"),
                     ("Autostrada", "Trasporti"), ("Aperitivo", "Cibo"), ("Skipass", "Svago")],
                 en=[("Cottage deposit", "Accommodation"), ("Cottage balance", "Accommodation"),
                     ("Big food shop", "Groceries"), ("Fuel", "Transport"), ("Curry night", "Eating out"),
                     ("Kayak hire", "Activities"), ("Tolls", "Transport"), ("Drinks", "Groceries"),
                     ("Lift passes", "Activities")])
    pay_ids = []
    for p in ppl:
        if c.region == "CH" and c.p(0.5):
            pay_ids.append(("TWINT", T(c.mob())))
        elif c.region == "IT" and c.p(0.3):
            pay_ids.append(("Satispay", T(c.mob())))
        elif c.region == "AU" and c.p(0.5):
            pay_ids.append(("PayID", T(c.mob()) if c.p(0.5) else EM(c.email(p))))
        elif c.region == "CA" and c.p(0.6):
            pay_ids.append(("Interac", EM(c.email(p))))
        elif c.region == "US" and c.p(0.6):
            pay_ids.append(("Zelle", EM(c.email(p)) if c.p(0.5) else T(c.mob())))
        elif c.has_iban() and c.p(0.6):
            pay_ids.append(("IBAN", IB(c.iban())))
        else:
            pay_ids.append(("PayPal", EM(c.email(p))))
    if v == 0:
        hdr = c.tl(de=["Datum", "Beschreibung", "Kategorie", "Kosten", "Währung"],
                  fr=["Date", "Description", "Catégorie", "Montant", "Devise"],
                  it=["Data", "Descrizione", "Categoria", "Importo", "Valuta"],
                  en=["Date", "Description", "Category", "Cost", "Currency"])
        cur = {"€": "EUR", "CHF": "CHF", "£": "GBP", "$": {"US": "USD", "CA": "CAD", "AU": "AUD",
                                                          "NZ": "NZD"}.get(c.region, "USD")}[c.cur]
        rows = [hdr + [P(p.first) for p in ppl]]
        d = c.when(-60, -20)
        for it_, cat in items[:c.r.randint(5, 8)]:
            amt = round(c.r.uniform(12, 900), 2)
            payer = c.r.randrange(n)
            share = round(amt / n, 2)
            vals = [f"{(amt - share) if k == payer else -share:.2f}" for k in range(n)]
            desc = it_ if c.p(0.7) else f"{it_} ({P(ppl[payer].first)})"
            rows.append([d.isoformat(), desc, cat, f"{amt:.2f}", cur] + vals)
            d += timedelta(days=c.r.randint(0, 2))
        csvtxt = csv_rows(rows, ",")
        pays = "\n".join(f"{P(p.first)}: {kind} {val}" for p, (kind, val) in zip(ppl, pay_ids, strict=True)
                         if c.p(0.6))
        q = c.t(de="Zahlungsdaten aus der Gruppe:", fr="Coordonnées pour les remboursements :",
                it="Dati per i pagamenti:", en="Payment details from the group:")
        body = csvtxt + "\n\n" + q + "\n" + pays
        return c.request(body, dict(
            de=["Das ist der Export aus Splitwise von unserem Urlaub. Wer muss wem wie viel überweisen, mit möglichst "
                "wenigen Überweisungen?", "Rechne mir bitte die Salden aus dem Tricount-Export nach."],
            fr=["Voici l'export Tricount de nos vacances. Qui doit combien à qui, avec le moins de virements "
                "possible ?", "Vérifie les soldes de cet export Splitwise, s'il te plaît."],
            it=["Questo è l'export di Splitwise della vacanza. Chi deve quanto a chi, col minor numero di "
                "bonifici?", "Ricontrolla i saldi di questo export di Tricount."],
            en=["This is our Splitwise export from the trip - who owes whom, with as few transfers as possible?",
                "Can you double-check the balances in this Tricount export?"]))
    if v == 1:
        nick = c.ch(NICKS[c.lang])
        cardp = c.ch(ppl)
        msgs = []
        msgs.append((P(ppl[0].first), c.t(de="so leute, abrechnung kommt heute abend 😅",
                                           fr="bon, je fais les comptes ce soir 😅",
                                           it="ragazzi stasera faccio i conti 😅",
                                           en="right, doing the sums tonight 😅")))
        msgs.append((P(nick), c.t(de=f"schick mir einfach per paypal: {EM(c.email(ppl[1]))}",
                                  fr=f"envoie-moi sur paypal : {EM(c.email(ppl[1]))}",
                                  it=f"mandami su paypal: {EM(c.email(ppl[1]))}",
                                  en=f"just paypal me: {EM(c.email(ppl[1]))}")))
        kind, val = pay_ids[2]
        msgs.append((P(ppl[2].full()), c.t(de=f"meine daten: {kind} {val}", fr=f"pour moi : {kind} {val}",
                                           it=f"i miei dati: {kind} {val}", en=f"mine: {kind} {val}")))
        poss = {"de": f"{P(ppl[3].first)}s", "fr": f"de {P(ppl[3].first)}", "it": f"di {P(ppl[3].first)}",
                "en": f"{P(ppl[3].first)}'s"}[c.lang]
        msgs.append((P(ppl[0].first), c.t(
            de=f"{poss} karte wurde im restaurant doppelt belastet, zieh ich ab",
            fr=f"la carte {poss} a été débitée deux fois au resto, je déduis",
            it=f"la carta {poss} è stata addebitata due volte al ristorante, lo tolgo",
            en=f"{poss} card got charged twice at the restaurant, i'll knock it off")))
        msgs.append((P(ppl[1].first), c.t(
            de=f"der vermieter ({c.salut(host).lower()} {P(host.last)}, {T(c.phone(rental.loc))}) will die kaution "
               f"erst nächste woche "
               f"zurückzahlen",
            fr=f"le proprio ({c.salut(host).lower()} {P(host.last)}, {T(c.phone(rental.loc))}) rend la caution la "
               "semaine prochaine",
            it=f"il proprietario ({c.salut(host).lower()} {P(host.last)}, {T(c.phone(rental.loc))}) restituisce la "
               "cauzione la "
               "settimana prossima",
            en=f"the owner ({P(host.full())}, {T(c.phone(rental.loc))}) says deposit back next week")))
        msgs.append((P(ppl[2].first), c.t(de=f"adresse fürs nächste jahr merken: {A(rental.one)}",
                                           fr=f"l'adresse pour l'an prochain : {A(rental.one)}",
                                           it=f"segnatevi l'indirizzo per l'anno prossimo: {A(rental.one)}",
                                           en=f"saving the address for next year: {A(rental.one)}")))
        if c.p(0.5):
            msgs.append((P(cardp.first), c.t(
                de=f"kannst du die fähre für mich mitbuchen? meine karte {C(c.card())}, "
                   f"ablauf {c.r.randint(1, 12):02d}/{c.r.randint(26, 30)}, cvc schick ich per sms",
                fr=f"tu peux réserver le ferry pour moi ? ma carte {C(c.card())}, exp "
                   f"{c.r.randint(1, 12):02d}/{c.r.randint(26, 30)}",
                it=f"mi prenoti anche il traghetto? carta {C(c.card())}, scad. "
                   f"{c.r.randint(1, 12):02d}/{c.r.randint(26, 30)}",
                en=f"can you book my ferry too? card {C(c.card())}, exp {c.r.randint(1, 12):02d}/"
                   f"{c.r.randint(26, 30)}, cvv by text")))
        msgs.append((P(ppl[-1].first), "👍"))
        body = chat(c, msgs)
        return c.request(body, dict(
            de=["Kannst du aus unserem Gruppenchat rausschreiben, wer welche Zahlungsdaten geschickt hat und was "
                "noch offen ist?", "Fass mir den Chat zusammen, ich war nicht dabei."],
            fr=["Peux-tu extraire de ce groupe qui a envoyé quelles coordonnées et ce qui reste à régler ?",
                "Résume-moi la conversation, je n'ai pas suivi."],
            it=["Mi estrai dal gruppo chi ha mandato quali dati di pagamento e cosa resta da saldare?",
                "Riassumimi la chat, non l'ho seguita."],
            en=["Can you pull out of our group chat who sent which payment details and what's still open?",
                "Summarise the chat for me, I missed it."]))
    if v == 2:
        hdr = c.tl(de=["Person", "bezahlt", "Anteil", "Saldo", "Zahlungsdaten"],
                  fr=["Personne", "Payé", "Part", "Solde", "Coordonnées"],
                  it=["Persona", "Pagato", "Quota", "Saldo", "Dati di pagamento"],
                  en=["Person", "Paid", "Share", "Balance", "Pay to"])
        tot = round(c.r.uniform(900, 4200), 2)
        share = tot / n
        paid = [round(c.r.uniform(0, tot / 2), 2) for _ in range(n)]
        rows = []
        for p, pd, (kind, val) in zip(ppl, paid, pay_ids, strict=True):
            rows.append([P(p.full()), c.money(pd), c.money(share), f"{'+' if pd >= share else '-'}"
                         f"{c.money(abs(pd - share))}", f"{kind} {val}"])
        body = "## " + c.t(de="Abrechnung", fr="Comptes", it="Conti", en="Settle-up") + f" – {rental.town}\n\n" + \
            md_table(hdr, rows) + "\n\n" + c.t(de="Unterkunft", fr="Logement", it="Alloggio", en="Stayed at") + \
            f": {A(rental.one)} ({c.t(de='Vermieter', fr='propriétaire', it='proprietario', en='host')}: " \
            f"{P(host.full())})"
        return c.request(body, dict(
            de=["Stimmen die Salden in meiner Tabelle? Schreib mir dann eine Nachricht an die Gruppe, wer wem was "
                "schickt.", "Formatier mir die Abrechnung als WhatsApp-Nachricht."],
            fr=["Mes soldes sont-ils justes ? Rédige ensuite un message au groupe avec qui rembourse qui.",
                "Mets ces comptes en forme pour un message WhatsApp."],
            it=["I saldi della mia tabella sono giusti? Poi scrivi un messaggio al gruppo con chi paga chi.",
                "Formatta i conti come messaggio WhatsApp."],
            en=["Are the balances in my table right? Then write a message to the group saying who pays whom.",
                "Turn this settle-up into a WhatsApp message."]))
    # v == 3: mail with forwarded booking confirmation
    lead = ppl[0]
    la = c.addr()
    bk = f"{c.ch(['HMX', 'BK', 'VRB'])}{digits(c.r, 8)}"
    body = c.t(
        de=f"Hallo zusammen,\n\nhier die Buchungsbestätigung, damit ihr seht, was ich schon gezahlt habe. Bitte "
           f"überweist mir euren Anteil ({c.money(c.r.randint(150, 480))}) auf "
           f"{IB(c.iban()) if c.has_iban() else EM(c.email(lead))}.\n\n{P(lead.first)}\n\n"
           f"---------- Weitergeleitete Nachricht ----------\nBuchung {bk} – bestätigt\nGast: {P(lead.full())}, "
           f"{A(la.one)}, {T(c.mob())}\nUnterkunft: {A(rental.one)}\nGastgeber: {P(host.full())}, "
           f"{T(c.phone(rental.loc))}\nReisende: " + ", ".join(P(p.full()) for p in ppl[1:]) +
           f"\nBezahlt mit Visa •••• {digits(c.r, 4)}",
        fr=f"Salut tout le monde,\n\nvoici la confirmation pour que vous voyiez ce que j'ai avancé. Merci de me "
           f"virer votre part ({c.money(c.r.randint(150, 480))}) sur "
           f"{IB(c.iban()) if c.has_iban() else EM(c.email(lead))}.\n\n{P(lead.first)}\n\n"
           f"---------- Message transféré ----------\nRéservation {bk} – confirmée\nVoyageur : {P(lead.full())}, "
           f"{A(la.one)}, {T(c.mob())}\nLogement : {A(rental.one)}\nHôte : {P(host.full())}, "
           f"{T(c.phone(rental.loc))}\nVoyageurs : " + ", ".join(P(p.full()) for p in ppl[1:]) +
           f"\nPayé par carte •••• {digits(c.r, 4)}",
        it=f"Ciao a tutti,\n\necco la conferma così vedete quanto ho anticipato. Mandatemi la vostra quota "
           f"({c.money(c.r.randint(150, 480))}) su {IB(c.iban()) if c.has_iban() else EM(c.email(lead))}.\n\n"
           f"{P(lead.first)}\n\n---------- Messaggio inoltrato ----------\nPrenotazione {bk} – confermata\nOspite: "
           f"{P(lead.full())}, {A(la.one)}, {T(c.mob())}\nAlloggio: {A(rental.one)}\nHost: {P(host.full())}, "
           f"{T(c.phone(rental.loc))}\nViaggiatori: " + ", ".join(P(p.full()) for p in ppl[1:]) +
           f"\nPagato con carta •••• {digits(c.r, 4)}",
        en=f"Hi all,\n\nHere's the booking confirmation so you can see what I've paid. Please send me your share "
           f"({c.money(c.r.randint(150, 480))}) - "
           f"{('IBAN ' + IB(c.iban())) if c.has_iban() else ('PayPal ' + EM(c.email(lead)))}.\n\n{P(lead.first)}"
           f"\n\n---------- Forwarded message ----------\nBooking {bk} - confirmed\nLead guest: {P(lead.full())}, "
           f"{A(la.one)}, {T(c.mob())}\nProperty: {A(rental.one)}\nHost: {P(host.full())}, "
           f"{T(c.phone(rental.loc))}\nGuests: " + ", ".join(P(p.full()) for p in ppl[1:]) +
           f"\nPaid with Visa ending {digits(c.r, 4)}")
    return c.request(body, dict(
        de=["Kannst du das als freundliche Erinnerung an die, die noch nicht gezahlt haben, umformulieren?",
            "Wie viel muss jeder zahlen, wenn die Kaution zurückkommt? Hier die Mail:"],
        fr=["Reformule ça en petit rappel sympa pour ceux qui n'ont pas encore payé.",
            "Combien chacun doit-il si la caution est rendue ? Voici le mail :"],
        it=["Riformulalo come promemoria gentile per chi non ha ancora pagato.",
            "Quanto deve pagare ciascuno se ci ridanno la cauzione? Ecco la mail:"],
        en=["Can you rephrase this as a friendly reminder to those who haven't paid yet?",
            "How much does everyone owe if the deposit comes back? Email below:"]))


# ---------------------------------------------------------------------------------------------------------------
# 7. paperround - newspaper home delivery: carrier route lists, holiday service, complaints, subscription exports
# ---------------------------------------------------------------------------------------------------------------
PAPERS = {"DE": ["SZ", "Tagblatt", "RP", "Abendzeitung", "HAZ"], "AT": ["Kleine Zeitung", "Der Standard", "Kurier"],
          "CH": {"de": ["Tages-Anzeiger", "NZZ", "Bund"], "fr": ["24 heures", "Le Temps", "La Liberté"],
                 "it": ["Corriere del Ticino", "laRegione"]},
          "FR": ["Ouest-France", "Le Parisien", "La Voix du Nord"], "BE": ["Le Soir", "La Libre", "L'Avenir"],
          "LU": ["Wort", "Le Quotidien", "Tageblatt"], "IT": ["Corriere", "La Nazione", "Il Resto del Carlino"],
          "GB": ["Guardian", "Times", "Echo", "Observer"], "IE": ["Irish Times", "Independent", "Examiner"],
          "US": ["Globe", "Tribune", "Times"], "CA": ["Star", "Globe and Mail", "La Presse"],
          "AU": ["The Age", "Herald Sun", "SMH"], "NZ": ["Herald", "The Press", "ODT"]}


def paper(c: Ctx) -> str:
    x = PAPERS[c.region]
    return c.ch(x[c.lang] if isinstance(x, dict) else x)


def t_paperround(c: Ctx) -> str:
    v = c.v
    if v == 0:
        carrier = c.person()
        base = c.addr()
        hdr = c.tl(de=["Nr", "Name", "Straße / Nr.", "Expl.", "Hinweis"], fr=["N°", "Abonné", "Adresse", "Ex.",
                                                                             "Consigne"],
                  it=["N.", "Abbonato", "Indirizzo", "Copie", "Note"], en=["No", "Name", "Address", "Qty", "Notes"])
        notes = c.tl(de=["Briefkasten Hof", "Hund!", "nur Sa", "in Zeitungsrolle", "Tür klemmt", "", "", ""],
                    fr=["boîte dans la cour", "chien !", "samedi seulement", "digicode 4B12", "", "", ""],
                    it=["cassetta nel cortile", "cane!", "solo sabato", "citofono rotto", "", "", ""],
                    en=["side gate", "dog!", "Sat only", "through door not porch", "", "", ""])
        rows = [hdr]
        for k in range(c.r.randint(6, 8)):
            p = c.person()
            a = make_addr(c.r, c.loc) if k % 3 else base
            nm = c.ch(["caps", "rev", "fl", "last"]) if c.lang != "en" else c.ch(["full", "ini", "last"])
            name = P(p.last.upper()) if nm == "last" else P(getattr(p, nm)())
            note = c.ch(notes)
            if c.p(0.15):
                nb = c.person()
                note = c.t(de=f"bei Abwesenheit an {P(nb.last)} (EG)", fr=f"si absent : chez {P(nb.last)}",
                           it=f"se assente: da {P(nb.last)}", en=f"if away leave with {P(nb.last)} next door")
            if c.p(0.15):
                note = (note + " " if note else "") + f"{lbl(c, 'tel')} {T(c.phone(a=a))}"
            rows.append([f"{k + 1:02d}", name, A(a.street_no), str(c.ch([1, 1, 1, 2])), note])
        top = c.t(de=f"ZUSTELLLISTE Bezirk {c.r.randint(10, 99)}-{c.r.randint(1, 20):02d} · Zusteller/in: "
                     f"{P(carrier.rev())} · {T(c.mob())} · Ausgabe {paper(c)} · Stand {c.fdate(c.when(-7, 0), 'num')}",
                  fr=f"TOURNÉE DE PORTAGE n° {c.r.randint(100, 999)} · porteur : {P(carrier.caps())} · {T(c.mob())}"
                     f" · titre {paper(c)} · MAJ {c.fdate(c.when(-7, 0), 'num')}",
                  it=f"GIRO DI CONSEGNA {c.r.randint(1, 40)} · distributore: {P(carrier.lf())} · {T(c.mob())} · "
                     f"testata {paper(c)} · agg. {c.fdate(c.when(-7, 0), 'num')}",
                  en=f"DELIVERY ROUND {c.r.randint(1, 30)} · carrier: {P(carrier.full())} · {T(c.mob())} · "
                     f"{paper(c)} · updated {c.fdate(c.when(-7, 0))}")
        body = top + "\n\n" + fixed(rows, [4, 28, 34, 6, 30])
        return c.request(body, dict(
            de=["Das ist meine Zustellliste als Text aus dem PDF. Kannst du sie nach Straßen sortieren, damit ich "
                "eine sinnvolle Route habe?", "Mach mir aus der Liste eine Tabelle, die ich ausdrucken kann."],
            fr=["Voici ma liste de tournée copiée du PDF. Peux-tu la trier par rue pour optimiser mon parcours ?",
                "Fais-moi un tableau imprimable à partir de cette liste."],
            it=["Questa è la mia lista di consegna copiata dal PDF. Puoi ordinarla per via?",
                "Trasforma la lista in una tabella da stampare."],
            en=["Here's my paper round list from the PDF - can you sort it by street so the route makes sense?",
                "Turn this list into a printable table for me."]), fence=0.5)
    if v == 1:
        forms = []
        for _ in range(c.r.randint(2, 3)):
            p = c.person()
            a = c.addr()
            hol_loc = c.ch(ALL_LOCS[c.lang] + ["it_IT", "fr_FR", "de_AT"])
            ha = c.addr(loc=hol_loc)
            host = c.person(loc=hol_loc if hol_loc in FAKER_LOCALE else None)
            nb = c.person()
            d1 = c.when(5, 40)
            d2 = d1 + timedelta(days=c.r.randint(7, 28))
            kind = c.ch(["redirect", "pause", "neighbour"])
            L = c.t(de=dict(t="Urlaubsservice – Online-Formular", rec="Eingang", ab="Abo-Nr.", dl="Lieferadresse",
                            k={"redirect": "Nachsendung an Urlaubsadresse", "pause": "Unterbrechung mit Gutschrift",
                               "neighbour": "Zeitung an Nachbarn"}, per="Zeitraum", ua="Urlaubsadresse",
                            nb="Nachbar/in", rem="Bemerkung", remv="Bitte nicht klingeln."),
                    fr=dict(t="Service vacances – formulaire en ligne", rec="Reçu", ab="N° abonné",
                            dl="Adresse de livraison",
                            k={"redirect": "Réexpédition sur lieu de vacances", "pause": "Suspension avec report",
                               "neighbour": "Livraison chez un voisin"}, per="Période", ua="Adresse de vacances",
                            nb="Voisin(e)", rem="Remarque", remv="Merci de ne pas sonner."),
                    it=dict(t="Servizio vacanze – modulo online", rec="Ricevuto", ab="Cod. abbonato",
                            dl="Indirizzo di consegna",
                            k={"redirect": "Invio all'indirizzo di vacanza", "pause": "Sospensione con recupero",
                               "neighbour": "Consegna al vicino"}, per="Periodo", ua="Indirizzo vacanza",
                            nb="Vicino/a", rem="Note", remv="Non suonare, grazie."),
                    en=dict(t="Holiday stop - web form", rec="Received", ab="Account no.", dl="Delivery address",
                            k={"redirect": "Redirect to holiday address", "pause": "Suspend and credit",
                               "neighbour": "Deliver to neighbour"}, per="Dates", ua="Holiday address",
                            nb="Neighbour", rem="Comments", remv="Please don't ring the bell."))
            lines = [f"{L['t']} ({L['rec']} {c.fdate(c.when(-5, 0), 'num')} {c.time()})",
                     f"{L['ab']}: {digits(c.r, 8)}", f"{lbl(c, 'name')}: {P(p.full())}",
                     f"{L['dl']}: {A(a.one)}", f"{lbl(c, 'tel')}: {T(c.phone(a=a))}",
                     f"{lbl(c, 'mail')}: {EM(c.email(p))}", f"{L['k'][kind]}",
                     f"{L['per']}: {c.fdate(d1, 'num')} – {c.fdate(d2, 'num')}"]
            if kind == "redirect":
                lines.append(f"{L['ua']}: c/o {P(host.full())}, {A(ha.l1)}, {A(ha.l2)}")
            elif kind == "neighbour":
                lines.append(f"{L['nb']}: {c.salut(nb)} {P(nb.last)}, {A(c.addr().street_no)}")
            lines.append(f"{L['rem']}: {L['remv']}")
            forms.append("\n".join(lines))
        body = "\n\n====\n\n".join(forms)
        return c.request(body, dict(
            de=["Bitte mach aus diesen Formulareingängen eine Liste für die Zusteller, sortiert nach Datum.",
                "Welche dieser Urlaubsaufträge überschneiden sich? Eingänge unten."],
            fr=["Transforme ces formulaires en liste pour les porteurs, triée par date.",
                "Lesquelles de ces demandes se chevauchent ?"],
            it=["Trasforma queste richieste in una lista per i distributori, in ordine di data.",
                "Quali di queste richieste si sovrappongono?"],
            en=["Make a list for the carriers from these form submissions, sorted by date.",
                "Which of these holiday stops overlap?"]))
    if v == 2:
        parts = []
        for _ in range(2):
            p = c.person()
            a = c.addr()
            agent = c.person()
            carrier = c.person(g="f")
            mail = c.t(
                de=f"hallo,\n\nseit drei tagen kommt bei uns ({A(a.one)}) keine zeitung an. abo-nr {digits(c.r, 8)}. "
                   f"das ist jetzt schon das zweite mal diesen monat!! rufen sie mich bitte zurück: "
                   f"{T(c.phone(a=a))}\n\nmfg {P(p.full().lower())}",
                fr=f"bonjour,\n\ndepuis trois jours pas de journal chez nous ({A(a.one)}). abonné n° "
                   f"{digits(c.r, 8)}. c'est la deuxième fois ce mois-ci !! rappelez-moi au {T(c.phone(a=a))}\n\n"
                   f"{P(p.full().lower())}",
                it=f"buongiorno,\n\nda tre giorni non arriva il giornale ({A(a.one)}). codice abbonato "
                   f"{digits(c.r, 8)}. è già la seconda volta questo mese!! richiamatemi al {T(c.phone(a=a))}\n\n"
                   f"{P(p.full().lower())}",
                en=f"hi,\n\nno paper for three days now at {A(a.one)}. account {digits(c.r, 8)}. second time this "
                   f"month!! please call me back on {T(c.phone(a=a))}\n\n{P(p.full().lower())}")
            reply = c.t(
                de=f"{c.dear(p)} {P(p.last)},\n\nbitte entschuldigen Sie. Ihre Zustellerin, Frau {P(carrier.last)}, "
                   f"war erkrankt. Wir schreiben Ihnen drei Ausgaben gut.\n\n{greet(c)}\n{P(agent.fl())}\nLeserservice"
                   f" · {c.hotline()}",
                fr=f"{c.dear(p)},\n\nnous vous prions de nous excuser : votre porteuse, Mme {P(carrier.last)}, était "
                   f"malade. Trois numéros vous seront crédités.\n\n{greet(c)}\n{P(agent.fl())}\nService abonnés · "
                   f"{c.hotline()}",
                it=f"{c.dear(p)} {P(p.last)},\n\nci scusiamo: la sua distributrice, sig.ra {P(carrier.last)}, era "
                   f"malata. Le accrediteremo tre uscite.\n\n{greet(c)}\n{P(agent.fl())}\nServizio abbonati · "
                   f"{c.hotline()}",
                en=f"{c.dear(p)} {P(p.last)},\n\nSorry about this - your carrier, {P(carrier.first)}, was off sick. "
                   f"We've credited three issues to your account.\n\n{greet(c)}\n{P(agent.fl())}\nCustomer services · "
                   f"{c.hotline()}")
            pe = c.email(p)
            box = c.t(de="leserservice", fr="abonnements", it="abbonamenti", en="subscriptions")
            parts.append(mail_header(c, f"{P(p.full())} <{EM(pe)}>", box
                                     + "@" + c.domain_of(paper(c)),
                                     c.t(de="schon wieder keine zeitung", fr="toujours pas de journal",
                                         it="ancora niente giornale", en="no paper AGAIN")) + "\n\n" + mail +
                         "\n\n---\n\n" + reply)
        body = "\n\n==========\n\n".join(parts)
        return c.request(body, dict(
            de=["Kannst du mir für unsere Reklamationsstatistik aus diesen Mails Datum, Adresse und Ursache "
                "rausschreiben?", "Formulier die Antworten etwas freundlicher und persönlicher."],
            fr=["Extrais de ces mails la date, l'adresse et la cause pour nos statistiques de réclamations.",
                "Reformule les réponses de façon plus chaleureuse."],
            it=["Estrai da queste mail data, indirizzo e causa per la statistica reclami.",
                "Riscrivi le risposte in modo più cordiale."],
            en=["Pull date, address and cause out of these emails for our complaints log.",
                "Make the replies a bit warmer and more personal."]))
    # v == 3: subscription change export
    hdr = ["aktion", "abonr", "anrede", "vorname", "nachname", "geburtsdatum", "strasse", "plz", "ort", "telefon",
           "email", "zahlart", "iban", "kartennr", "start"]
    hdr = {"de": hdr, "fr": ["action", "n_abonne", "civilite", "prenom", "nom", "date_naissance", "adresse", "cp",
                             "ville", "telephone", "email", "mode_paiement", "iban", "num_carte", "debut"],
           "it": ["azione", "cod_abb", "titolo", "nome", "cognome", "data_nascita", "indirizzo", "cap", "comune",
                  "telefono", "email", "pagamento", "iban", "num_carta", "inizio"],
           "en": ["action", "account", "title", "first_name", "last_name", "dob", "address1", "postcode", "town",
                  "phone", "email", "pay_method", "iban", "card_number", "start"]}[c.lang]
    rows = [hdr]
    base = c.addr()
    for _ in range(c.r.randint(3, 4)):
        p = c.person()
        a = c.local(base)
        act = c.ch(["NEW", "MOVE", "CANCEL", "NEW"])
        student = c.p(0.4)
        pay = c.ch(["SEPA", "CARD"]) if c.has_iban() else "CARD"
        rows.append([act, digits(c.r, 8) if act != "NEW" else "", c.salut(p), P(p.first), P(p.last),
                     D(c.fdate(c.bdate(18, 27), "iso")) if student else "", A(a.l1), a.pc, a.town,
                     T(c.phone(a=a)), EM(c.email(p)) if c.p(0.7) else "", pay,
                     IB(c.iban(style="compact")) if pay == "SEPA" and act != "CANCEL" else "",
                     C(c.card(sep="")) if pay == "CARD" and act == "NEW" else "",
                     c.fdate(c.when(0, 40), "iso")])
    body = csv_rows(rows, c.ch([",", ";"]), quote_all=c.p(0.4))
    return c.request(body, dict(
        de=["Der Import in unser Abosystem bricht bei dieser Datei ab. Siehst du, woran es liegt?",
            "Prüf bitte, bei welchen Studentenabos das Alter nicht passt (unter 28)."],
        fr=["L'import de ce fichier dans notre logiciel d'abonnements échoue. Tu vois pourquoi ?",
            "Vérifie quels abonnements étudiants ne respectent pas la limite d'âge (moins de 28 ans)."],
        it=["L'import di questo file nel gestionale abbonamenti si blocca. Vedi perché?",
            "Controlla quali abbonamenti studenti non rispettano il limite d'età (under 28)."],
        en=["Our subscriptions import fails on this file - can you see why?",
            "Check which student subscriptions don't meet the under-28 rule."]), fence=0.5)


# ---------------------------------------------------------------------------------------------------------------
# 8. chimney - chimney sweep and heating / gas safety inspections
# ---------------------------------------------------------------------------------------------------------------
SWEEP = {"de": dict(trade="Schornsteinfegermeister", notice="ANKÜNDIGUNG FEUERSTÄTTENSCHAU",
                    apps=["Gastherme", "Kaminofen", "Öl-Brennwertkessel", "Pelletofen", "Gas-Etagenheizung"],
                    flats=["EG li", "EG re", "1. OG li", "1. OG re", "2. OG li", "2. OG re", "DG"]),
         "fr": dict(trade="Ramoneur", notice="AVIS DE PASSAGE – RAMONAGE ET ENTRETIEN",
                    apps=["chaudière gaz", "poêle à bois", "insert", "chaudière fioul", "poêle à granulés"],
                    flats=["RDC gauche", "RDC droite", "1er gauche", "1er droite", "2e", "3e", "combles"]),
         "it": dict(trade="Spazzacamino / manutentore", notice="AVVISO CONTROLLO FUMI E PULIZIA CANNA FUMARIA",
                    apps=["caldaia a gas", "stufa a pellet", "camino", "caldaia a condensazione", "stufa a legna"],
                    flats=["piano terra", "1° piano sx", "1° piano dx", "2° piano", "3° piano", "mansarda"]),
         "en": dict(trade="Chimney sweep / gas engineer", notice="NOTICE OF ANNUAL GAS SAFETY CHECK",
                    apps=["combi boiler", "gas fire", "wood burner", "gas hob", "open fire"],
                    flats=["Flat 1", "Flat 2", "Flat 3", "Flat 4", "Flat 5", "Ground floor", "Top floor"])}


def t_chimney(c: Ctx) -> str:
    S_ = dict(SWEEP[c.lang])
    if c.loc == "de_CH":
        S_.update(trade="Kaminfegermeister", notice="ANKÜNDIGUNG KAMINFEGER UND FEUERUNGSKONTROLLE")
    elif c.loc == "de_AT":
        S_.update(trade="Rauchfangkehrermeister", notice="ANKÜNDIGUNG ÜBERPRÜFUNG DER FEUERSTÄTTEN")
    elif c.lang == "en" and c.region != "GB":
        S_.update(notice={"IE": "NOTICE OF ANNUAL GAS BOILER SERVICE", "US": "NOTICE OF CHIMNEY AND FLUE INSPECTION",
                          "CA": "NOTICE OF CHIMNEY AND FLUE INSPECTION", "AU": "NOTICE OF GAS HEATER SAFETY CHECK",
                          "NZ": "NOTICE OF CHIMNEY SWEEP AND FLUE CHECK"}[c.region])
    sweep = c.person(g="m" if c.p(0.8) else "f")
    off = c.addr(kind="biz")
    house = c.addr(near=off)
    v = c.v
    if v == 0:
        d = c.when(5, 30)
        res = [(fl, c.person()) for fl in c.r.sample(S_["flats"], c.r.randint(4, 6))]
        keyp = c.ch(res)
        L = c.t(de=dict(dear="Sehr geehrte Bewohnerinnen und Bewohner des Hauses",
                        txt=f"am {c.fdate(d, 'long')} zwischen 8 und 12 Uhr führen wir die gesetzlich "
                            "vorgeschriebene Feuerstättenschau durch. Bitte ermöglichen Sie den Zugang zu allen "
                            "Feuerstätten.", tab="Wohnung / Name / Feuerstätte",
                        key=f"Bei Verhinderung bitte Schlüssel bei {P(keyp[1].last)} ({keyp[0]}) hinterlegen oder "
                            "einen neuen Termin vereinbaren unter", bez=f"Kehrbezirk {c.r.randint(1, 40):02d}"),
                fr=dict(dear="Madame, Monsieur, résidents de l'immeuble",
                        txt=f"notre technicien passera le {c.fdate(d, 'long')} entre 8 h et 12 h pour le ramonage "
                            "annuel obligatoire. Merci de laisser l'accès aux appareils.",
                        tab="Logement / Nom / Appareil",
                        key=f"En cas d'absence, déposez la clé chez {P(keyp[1].last)} ({keyp[0]}) ou prenez "
                            "rendez-vous au", bez=f"Secteur {c.r.randint(1, 40):02d}"),
                it=dict(dear="Gentili condomini dello stabile",
                        txt=f"il giorno {c.fdate(d, 'long')} dalle 8 alle 12 effettueremo il controllo fumi e la "
                            "pulizia delle canne fumarie. Si prega di garantire l'accesso.",
                        tab="Appartamento / Nome / Apparecchio",
                        key=f"In caso di assenza lasciare le chiavi a {P(keyp[1].last)} ({keyp[0]}) o fissare un "
                            "nuovo appuntamento al", bez=f"Zona {c.r.randint(1, 40):02d}"),
                en=dict(dear="To all residents of",
                        txt=f"your landlord has arranged the annual gas safety check on {c.fdate(d)} between 8am and "
                            "12pm. Please make sure the engineer can get to all appliances.",
                        tab="Flat / Name / Appliance",
                        key=f"If you can't be in, leave a key with {P(keyp[1].last)} ({keyp[0]}) or rebook on",
                        bez=f"Job {c.r.randint(1000, 9999)}"))
        lines = [f"{S_['trade']} {P(sweep.full())}", L["bez"],
                 f"{A(off.one)} · {lbl(c, 'tel')} {T(c.land(off))} · {lbl(c, 'mob')} {T(c.mob())}", "",
                 S_["notice"], "", f"{L['dear']} {A(house.one)},", "", L["txt"], "", L["tab"]]
        for fl, p in res:
            lines.append(f"{fl:<14}{P(p.last)}  {c.ch(S_['apps'])}")
        lines += ["", f"{L['key']} {T(c.mob())}.", "", P(sweep.full())]
        body = ocr(upper("\n".join(lines)), c.r)
        return c.request(body, dict(
            de=["Das hing im Hausflur, ich habe es abfotografiert und per Texterkennung kopiert. Was muss ich tun "
                "und bis wann?", "Kannst du den Aushang in normale Schreibweise bringen und die Fehler der "
                                 "Texterkennung korrigieren?"],
            fr=["Affiché dans le hall, je l'ai photographié et passé en OCR. Que dois-je faire et pour quand ?",
                "Remets cet avis en minuscules et corrige les erreurs d'OCR."],
            it=["Era appeso nell'androne, l'ho fotografato e passato in OCR. Cosa devo fare e entro quando?",
                "Riscrivi l'avviso in minuscolo correggendo gli errori dell'OCR."],
            en=["This was stuck up in the hallway - I photographed it and ran OCR. What do I need to do and by "
                "when?", "Can you clean this up into normal case and fix the OCR mistakes?"]), fence=0.5)
    if v == 1:
        appr = c.person()
        rows = []
        for _ in range(c.r.randint(5, 6)):
            p = c.person()
            a = c.local(off)
            note = c.ch(c.tl(de=["", "Hund", "Rußtür klemmt", "Messung nicht möglich", "Zahlung bar"],
                            fr=["", "chien", "trappe bloquée", "mesure impossible", "paiement espèces"],
                            it=["", "cane", "sportello bloccato", "analisi non possibile", "paga contanti"],
                            en=["", "dog", "flue access tight", "no CO reading", "pays cash"]))
            if c.p(0.25):
                nb = c.person()
                note = c.t(de=f"Schlüssel bei Nachbar {P(nb.last)}", fr=f"clé chez le voisin {P(nb.last)}",
                           it=f"chiavi dal vicino {P(nb.last)}", en=f"key with neighbour {P(nb.full())}")
            rows.append([c.time(7, 16), A(a.street_no) if c.p(0.6) else A(a.one), P(c.ch([p.full(), p.last,
                                                                                           p.rev()])),
                         T(c.phone(a=a)) if c.p(0.8) else "", c.ch(S_["apps"]), note])
        hdr = c.tl(de=["Zeit", "Adresse", "Kunde", "Tel.", "Anlage", "Notiz"],
                  fr=["Heure", "Adresse", "Client", "Tél.", "Appareil", "Note"],
                  it=["Ora", "Indirizzo", "Cliente", "Tel.", "Impianto", "Note"],
                  en=["Time", "Address", "Customer", "Phone", "Appliance", "Notes"])
        top = c.t(de=f"### Tour {c.fdate(c.when(1, 10), 'num')} – Geselle: {P(appr.first)}",
                  fr=f"### Tournée du {c.fdate(c.when(1, 10), 'num')} – technicien : {P(appr.first)}",
                  it=f"### Giro del {c.fdate(c.when(1, 10), 'num')} – tecnico: {P(appr.first)}",
                  en=f"### Round {c.fdate(c.when(1, 10))} - engineer: {P(appr.first)}")
        body = top + "\n\n" + md_table(hdr, rows)
        return c.request(body, dict(
            de=["Optimier mir die Reihenfolge der Tour, damit mein Geselle möglichst wenig fährt.",
                "Schreib mir für jeden Kunden auf der Liste eine kurze Terminerinnerung per SMS."],
            fr=["Optimise l'ordre de la tournée pour limiter les trajets.",
                "Rédige un SMS de rappel pour chaque client de la liste."],
            it=["Ottimizza l'ordine del giro per ridurre gli spostamenti.",
                "Scrivi un SMS di promemoria per ogni cliente della lista."],
            en=["Reorder this round so the engineer drives as little as possible.",
                "Write a short reminder text for each customer on the list."]))
    if v == 2:
        owner = c.person()
        oa = c.addr()
        ten = c.person()
        if c.lang == "en":
            L_t, L_reg = {"GB": ("LANDLORD GAS SAFETY RECORD", "Gas Safe reg."),
                          "IE": ("GAS SAFETY CERTIFICATE (RGII)", "RGII reg."),
                          "US": ("CHIMNEY INSPECTION REPORT - LEVEL 2", "CSIA cert."),
                          "CA": ("WETT INSPECTION REPORT", "WETT cert."),
                          "AU": ("GAS APPLIANCE SAFETY CHECK", "Gas fitter licence"),
                          "NZ": ("CHIMNEY SWEEP CERTIFICATE", "Cert. no.")}[c.region]
        L = c.t(de=dict(t="Bescheinigung über die Überprüfung der Abgasanlage / Messbescheinigung",
                        own="Eigentümer/in", ten="Betreiber/in (Mieter/in)", prop="Objekt", app="Anlage",
                        vals="Messwerte", defs="Mängel", none="keine", by="Prüfer/in", reg="Betriebs-Nr."),
                fr=dict(t="CERTIFICAT DE RAMONAGE ET D'ENTRETIEN", own="Propriétaire", ten="Occupant",
                        prop="Adresse de l'installation", app="Appareil", vals="Mesures", defs="Anomalies",
                        none="aucune", by="Technicien", reg="N° SIRET"),
                it=dict(t="RAPPORTO DI CONTROLLO DI EFFICIENZA ENERGETICA (Allegato) – PULIZIA CANNA FUMARIA",
                        own="Proprietario", ten="Occupante / responsabile", prop="Ubicazione impianto",
                        app="Generatore", vals="Analisi fumi", defs="Anomalie", none="nessuna", by="Tecnico",
                        reg="Cod. catasto impianti"),
                en=dict(t="LANDLORD GAS SAFETY RECORD", own="Landlord", ten="Tenant", prop="Property",
                        app="Appliance", vals="Readings", defs="Defects", none="none identified",
                        by="Engineer", reg="Gas Safe reg."))
        if c.lang == "en":
            L["t"], L["reg"] = L_t, L_reg
        model = c.ch(["Vaillant ecoTEC plus VC 206", "Viessmann Vitodens 100-W", "Buderus Logamax plus GB172",
                      "Worcester Greenstar 30i", "Baxi 800 Combi", "Ariston Clas One", "Jøtul F 163"])
        lines = [L["t"], "", f"{L['own']}: {P(owner.full())}, {A(oa.one)}, {lbl(c, 'tel')} {T(c.phone(a=oa))}",
                 f"{L['ten']}: {P(ten.full())}, {lbl(c, 'mob')} {T(c.mob())}",
                 f"{L['prop']}: {A(house.one)}",
                 f"{L['app']}: {c.ch(S_['apps'])} – {model}, {c.r.randint(1998, 2022)}, "
                 f"{c.r.randint(8, 35)} kW, S/N {digits(c.r, 10)}",
                 f"{L['vals']}: CO {c.r.randint(5, 120)} ppm, CO2 {c.r.randint(80, 105) / 10} %, "
                 f"{c.t(de='Abgasverlust', fr='rendement', it='rendimento', en='ratio')} {c.r.randint(2, 9)} %",
                 f"{L['defs']}: {L['none']}", "",
                 f"{L['by']}: {P(sweep.full())}, {L['reg']} {digits(c.r, 6)}, {A(off.one)}, {T(c.land(off))}",
                 f"{lbl(c, 'date')}: {c.fdate(c.when(-20, 0), 'num')}"]
        body = "\n".join(lines)
        return c.request(body, dict(
            de=["Ich bin Vermieter. Muss ich wegen dieser Bescheinigung irgendetwas tun? Was bedeuten die Werte?",
                "Kannst du mir eine Mail an den Mieter schreiben, dass alles in Ordnung war?"],
            fr=["Je suis propriétaire bailleur. Dois-je faire quelque chose suite à ce certificat ?",
                "Rédige un mail au locataire pour dire que tout est en ordre."],
            it=["Sono il proprietario. Devo fare qualcosa dopo questo rapporto? Cosa significano i valori?",
                "Scrivi una mail all'inquilino per dire che è tutto a posto."],
            en=["I'm the landlord - do I need to do anything about this record? What do the readings mean?",
                "Draft an email to the tenant saying everything passed."]))
    # v == 3: rescheduling mails
    p = c.person()
    nb = c.person()
    pe = c.email(p)
    sd = c.domain_of(c.company())
    nbw = c.t(de="Mein Nachbar" if nb.g == "m" else "Meine Nachbarin", fr="Mon voisin" if nb.g == "m" else "Ma voisine",
              it="Il mio vicino" if nb.g == "m" else "La mia vicina", en="My neighbour")
    m1 = c.t(
        de=f"Guten Tag {c.salut(sweep)} {P(sweep.last)},\n\nam angekündigten Termin "
           f"({c.fdate(c.when(3, 20), 'num')}) bin ich "
           f"leider nicht da. {nbw} {P(nb.full())} (Tel. {T(c.mob())}) hat einen Schlüssel für "
           f"{A(house.one)}. Oder Sie rufen mich an: {T(c.phone(a=house))}.\n\n{greet(c)}\n{P(p.full())}",
        fr=f"Bonjour {c.salut(sweep)} {P(sweep.last)},\n\nje ne serai pas là le {c.fdate(c.when(3, 20), 'num')}. {nbw} "
           f"{P(nb.full())} ({T(c.mob())}) a une clé du {A(house.one)}. Sinon appelez-moi au "
           f"{T(c.phone(a=house))}.\n\n{greet(c)}\n{P(p.full())}",
        it=f"Buongiorno {P(sweep.full())},\n\nil {c.fdate(c.when(3, 20), 'num')} non sarò a casa. {nbw} "
           f"{P(nb.full())} (cell. {T(c.mob())}) ha le chiavi di {A(house.one)}. Altrimenti mi chiami al "
           f"{T(c.phone(a=house))}.\n\n{greet(c)}\n{P(p.full())}",
        en=f"Hi {P(sweep.first)},\n\nI won't be in on {c.fdate(c.when(3, 20))}. {nbw} {P(nb.full())} "
           f"({T(c.mob())}) has a key for {A(house.one)}, or ring me on {T(c.phone(a=house))}.\n\n{greet(c)}\n"
           f"{P(p.first)}")
    sig = f"{P(sweep.full())}\n{S_['trade']}\n{A(off.one)}\n{lbl(c, 'tel')} {T(c.land(off))} · Fax {T(c.land(off))}"
    nbd = "Ihrem Nachbarn" if nb.g == "m" else "Ihrer Nachbarin"
    m2 = c.t(de=f"{c.dear(p)} {P(p.last)},\n\nkein Problem, wir melden uns bei {nbd}.\n\n{greet(c)}\n{sig}",
             fr=f"{c.dear(p)},\n\naucun souci, nous contacterons votre voisin.\n\n{greet(c)}\n{sig}",
             it=f"{c.dear(p)} {P(p.last)},\n\nnessun problema, contatteremo il suo vicino.\n\n{greet(c)}\n{sig}",
             en=f"{c.dear(p)} {P(p.last)},\n\nNo problem, we'll arrange it with your neighbour.\n\n{greet(c)}\n{sig}")
    body = mail_header(c, f"{P(sweep.full())} <{EM(c.email(sweep, domain=sd))}>", f"{P(p.full())} <{EM(pe)}>",
                       c.t(de={"de_CH": "AW: Termin Kaminfeger", "de_AT": "AW: Termin Rauchfangkehrer"}.get(
                           c.loc, "AW: Termin Feuerstättenschau"), fr="RE: passage ramoneur",
                           it="R: appuntamento spazzacamino", en="RE: gas safety check")) + \
        "\n\n" + m2 + "\n\n> " + m1.replace("\n", "\n> ")
    return c.request(body, dict(
        de=["Ist jetzt alles geklärt oder muss ich noch etwas machen?",
            "Schreib mir bitte eine kurze Info an meinen Nachbarn, dass der Schornsteinfeger kommt."],
        fr=["Est-ce que tout est réglé ou dois-je encore faire quelque chose ?",
            "Écris un petit mot à mon voisin pour le prévenir du passage du ramoneur."],
        it=["È tutto a posto o devo fare ancora qualcosa?",
            "Scrivi un breve messaggio al mio vicino per avvisarlo dello spazzacamino."],
        en=["Is this sorted now or do I still need to do something?",
            "Write a quick note to my neighbour letting him know the engineer is coming."]))


# ---------------------------------------------------------------------------------------------------------------
# 9. loyalty - customer club / loyalty card members
# ---------------------------------------------------------------------------------------------------------------
def ean13(c: Ctx) -> str:
    body = "29" + digits(c.r, 10, "0123456789")
    s = sum(int(d) * (3 if k % 2 else 1) for k, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def t_loyalty(c: Ctx) -> str:
    shop = c.company()
    v = c.v
    if v == 0:
        hdr = ["member_no", "title", "first_name", "last_name", "birth_date", "street", "zip", "city", "email",
               "mobile", "optin_email", "points", "store"]
        rows = [hdr]
        base = c.addr()
        for _ in range(c.r.randint(3, 4)):
            p = c.person()
            a = c.local(base)
            rows.append([ean13(c), c.salut(p), P(p.first), P(p.last),
                         D(c.fdate(c.bdate(18, 85), c.ch(["iso", "num"]))) if c.p(0.8) else "",
                         A(a.l1), a.pc, a.town, EM(c.email(p)) if c.p(0.8) else "",
                         T(c.mob()) if c.p(0.7) else "", c.ch(["1", "0", "1"]), str(c.r.randint(0, 9000)),
                         f"{c.t(de='Filiale', fr='Magasin', it='Negozio', en='Store')} {c.r.randint(1, 60)}"])
        body = csv_rows(rows, ",", quote_all=True)
        return c.request(body, dict(
            de=["Welche dieser Kundenclub-Mitglieder haben im Dezember Geburtstag? Export aus unserem Kassensystem:",
                "Der Export soll ins neue CRM. Passt das Datumsformat überall?"],
            fr=["Quels membres du programme fidélité fêtent leur anniversaire en décembre ? Export de la caisse :",
                "Cet export doit aller dans le nouveau CRM. Le format de date est-il homogène ?"],
            it=["Quali iscritti alla carta fedeltà compiono gli anni a dicembre? Export dalla cassa:",
                "L'export va nel nuovo CRM. Il formato delle date è uniforme?"],
            en=["Which loyalty members have birthdays in December? Export from our till system:",
                "This export is going into the new CRM - is the date format consistent?"]), fence=0.5)
    if v == 1:
        cards = []
        for _ in range(2):
            p = c.person()
            a = c.addr()
            L = c.t(de=dict(t="KUNDENKARTE – ANMELDUNG", bd="GEBURTSDATUM (FÜR IHRE GEBURTSTAGSÜBERRASCHUNG)",
                            cons="Ich möchte per E-Mail über Angebote informiert werden: [X]"),
                    fr=dict(t="CARTE DE FIDÉLITÉ – ADHÉSION", bd="DATE DE NAISSANCE (POUR VOTRE CADEAU)",
                            cons="J'accepte de recevoir les offres par e-mail : [X]"),
                    it=dict(t="CARTA FEDELTÀ – MODULO DI ADESIONE", bd="DATA DI NASCITA (PER IL TUO REGALO)",
                            cons="Acconsento a ricevere offerte via e-mail: [X]"),
                    en=dict(t="REWARDS CARD - SIGN-UP", bd="DATE OF BIRTH (FOR YOUR BIRTHDAY TREAT)",
                            cons="Send me offers by email: [X]"))
            lines = [f"{shop} – {L['t']}", f"{lbl(c, 'last')}: {P(p.last)}   {lbl(c, 'first')}: {P(p.first)}",
                     f"{L['bd']}: {c.dob(18, 85)}", f"{lbl(c, 'street')}: {A(a.l1)}",
                     f"{lbl(c, 'pctown')}: {A(a.l2)}", f"{lbl(c, 'tel')}: {T(c.phone(a=a))}",
                     f"{lbl(c, 'mail')}: {EM(c.email(p))}", L["cons"],
                     f"{lbl(c, 'sig')}: {P(p.ini())}   {lbl(c, 'date')}: {c.fdate(c.when(-30, 0), 'num')}"]
            cards.append(ocr(upper("\n".join(lines)), c.r))
        body = "\n\n----- " + c.t(de="nächste Karte", fr="carte suivante", it="scheda successiva",
                                  en="next card") + " -----\n\n"
        body = body.join(cards)
        return c.request(body, dict(
            de=["Das sind eingescannte Anmeldekarten (OCR). Kannst du die Daten sauber in Tabellenform bringen?",
                "Korrigier die OCR-Fehler in diesen Anmeldekarten."],
            fr=["Ce sont des bulletins d'adhésion scannés (OCR). Mets les données proprement dans un tableau.",
                "Corrige les erreurs d'OCR de ces bulletins."],
            it=["Sono moduli scansionati (OCR). Puoi mettere i dati in una tabella pulita?",
                "Correggi gli errori dell'OCR in questi moduli."],
            en=["These are scanned sign-up cards (OCR). Can you put the data into a clean table?",
                "Fix the OCR errors in these sign-up cards."]))
    if v == 2:
        tpl = c.t(de="Liebe/r {vorname}, alles Gute zum Geburtstag! Ihr Gutschein über 10 € wartet in Ihrer Filiale.",
                  fr="Cher/Chère {prenom}, joyeux anniversaire ! Un bon de 10 € vous attend en magasin.",
                  it="Caro/a {nome}, buon compleanno! Ti aspetta un buono da 10 € in negozio.",
                  en="Dear {first_name}, happy birthday! Your birthday treat is waiting in store.")
        hdr = c.tl(de=["Vorname", "Nachname", "Geburtstag", "E-Mail", "Filiale"],
                  fr=["Prénom", "Nom", "Anniversaire", "E-mail", "Magasin"],
                  it=["Nome", "Cognome", "Compleanno", "E-mail", "Negozio"],
                  en=["First name", "Surname", "Birthday", "Email", "Store"])
        rows = []
        broken = None
        for k in range(c.r.randint(3, 5)):
            p = c.person()
            bd = c.bdate(18, 85)
            if k == 2:
                val = c.short_date(bd)
                broken = p
            else:
                val = D(c.fdate(bd, "num"))
            rows.append([P(p.first), P(p.last), val, EM(c.email(p)), str(c.r.randint(1, 40))])
        mgr = c.person()
        note = c.t(
            de=f"Problem: bei {P(broken.full())} wurde das Jahr nicht übernommen. Bitte prüfen. – {P(mgr.fl())}",
            fr=f"Problème : pour {P(broken.full())} l'année n'a pas été reprise. À vérifier. – {P(mgr.fl())}",
            it=f"Problema: per {P(broken.full())} l'anno non è stato importato. Da verificare. – {P(mgr.fl())}",
            en=f"Issue: the year didn't come through for {P(broken.full())}. Please check. - {P(mgr.fl())}")
        body = c.t(de="Vorlage", fr="Modèle", it="Modello", en="Template") + f": \"{tpl}\"\n\n" + \
            md_table(hdr, rows) + "\n\n" + note
        return c.request(body, dict(
            de=["Ich will mit dem Serienbrief Geburtstagsmails verschicken. Passt die Vorlage zu den Daten?",
                "Formulier die Geburtstagsvorlage persönlicher und prüf die Datenquelle."],
            fr=["Je veux envoyer les mails d'anniversaire par publipostage. Le modèle colle-t-il aux données ?",
                "Rends le modèle plus chaleureux et vérifie la source de données."],
            it=["Voglio mandare gli auguri con la stampa unione. Il modello va bene con i dati?",
                "Rendi il modello più personale e controlla i dati."],
            en=["I'm sending birthday emails by mail merge - does the template match the data?",
                "Make the birthday template warmer and check the data source."]))
    # v == 3: CRM API JSON with payment card
    members = []
    for _ in range(c.r.randint(2, 3)):
        p = c.person()
        a = c.addr()
        m = {"id": f"c_{''.join(c.r.choice('0123456789abcdef') for _ in range(10))}",
             "loyaltyCard": ean13(c), "firstName": P(p.first), "lastName": P(p.last),
             "dateOfBirth": D(c.fdate(c.bdate(18, 85), "iso")),
             "address": {"line1": A(a.l1), "postalCode": a.pc, "city": a.town, "country": c.region},
             "phone": T(c.mob()), "email": EM(c.email(p)), "tier": c.ch(["silver", "gold", "basic"])}
        if c.p(0.8):
            m["paymentCard"] = {"pan": C(c.card(sep="")), "expiry": f"{c.r.randint(1, 12):02d}/{c.r.randint(26, 30)}",
                                "holder": P(p.full().upper())}
        members.append(m)
    body = json.dumps({"data": members, "page": 1, "total": len(members)}, ensure_ascii=False,
                      indent=c.ch([2, None]))
    if c.p(0.3):
        body = uesc(body)
    return c.request(body, dict(
        de=["Unsere Kundenclub-API liefert offenbar komplette Kartennummern aus. Wie maskieren wir das richtig? "
            "Beispielantwort:", "Schreib mir ein Python-Skript, das diese Antwort in eine CSV umwandelt."],
        fr=["Notre API fidélité renvoie les numéros de carte complets. Comment les masquer ? Exemple de réponse :",
            "Écris-moi un script Python qui convertit cette réponse en CSV."],
        it=["La nostra API fedeltà restituisce i numeri di carta completi. Come li mascheriamo? Esempio:",
            "Scrivimi uno script Python che converta questa risposta in CSV."],
        en=["Our loyalty API seems to return full card numbers - how should we mask them? Sample response:",
            "Write me a Python script that turns this response into a CSV."]), fence=0.6)


# ---------------------------------------------------------------------------------------------------------------
# 10. licence - fishing, hunting and boating licence applications
# ---------------------------------------------------------------------------------------------------------------
LIC = {"DE": ("Fischereischein (Jahresfischereischein)", "Untere Fischereibehörde", "Fischerprüfung",
              "Angelsportverein"),
       "AT": ("Fischerkarte / Jahreslizenz", "Landesfischereiverband", "Fischerprüfung", "Fischereiverein"),
       "CH": {"de": ("Fischereipatent (Jahrespatent)", "Jagd- und Fischereiverwaltung", "SaNa-Kurs",
                     "Fischereiverein"),
              "fr": ("permis de pêche cantonal", "Inspection de la pêche", "attestation SaNa", "Société de pêche"),
              "it": ("patente di pesca cantonale", "Ufficio caccia e pesca", "corso SaNa", "Società di pesca")},
       "FR": ("permis de chasser – validation annuelle", "Fédération départementale des chasseurs",
              "examen du permis de chasser", "Société de chasse"),
       "BE": ("permis de chasse (Région wallonne)", "Département de la Nature et des Forêts",
              "examen de chasse", "Conseil cynégétique"),
       "LU": ("permis de pêche", "Administration de la gestion de l'eau", "examen de pêche", "Société de pêche"),
       "IT": ("licenza di pesca di tipo B", "Ufficio caccia e pesca della Regione", "esame di abilitazione",
              "Associazione pescatori"),
       "GB": ("rod fishing licence", "Environment Agency", "angling course", "Angling Club"),
       "IE": ("salmon and sea trout licence", "Inland Fisheries Ireland", "angling course", "Angling Club"),
       "US": ("resident hunting license", "Department of Fish and Wildlife", "hunter education course",
              "Rod & Gun Club"),
       "CA": ("Outdoors Card and fishing licence", "Ministry of Natural Resources", "hunter education course",
              "Fish and Game Club"),
       "AU": ("recreational fishing licence", "Fisheries Department", "boating safety course",
              "Angling Club"),
       "NZ": ("whole season fishing licence", "Fish & Game New Zealand", "firearms safety course",
              "Anglers Club")}


def lic(c: Ctx) -> tuple[str, str, str, str]:
    x = LIC[c.region]
    return x[c.lang] if isinstance(x, dict) else x


def t_licence(c: Ctx) -> str:
    kind, auth, exam, club = lic(c)
    suffix = c.t(de=["Petri Heil", "Forelle 1923", "Seeblick", "Hubertus"],
                 fr=["Saint-Hubert", "La Truite", "Les Amis du Lac"],
                 it=["Valle Verde", "La Trota", "Alto Lago"], en=["Lakeside", "Riverside", "Kingfisher"])
    club = f"{club} {suffix}"
    v = c.v
    if v == 0:
        p = c.person()
        a = c.addr()
        chair = c.person()
        L = c.t(de=dict(t="Antrag auf Erteilung", pob="Geburtsort", nat="Staatsangehörigkeit",
                        ex="bestanden am", exn="Prüfungsnummer", fee="Gebühr", pay="per Lastschrift",
                        card="per Kreditkarte", clubl="Vereinsmitgliedschaft", chair="Vorsitzende/r",
                        prev="Bisheriger Schein Nr.", decl="Ich versichere die Richtigkeit meiner Angaben."),
                fr=dict(t="Demande de", pob="Lieu de naissance", nat="Nationalité", ex="réussi le",
                        exn="N° de candidat", fee="Redevance", pay="par prélèvement", card="par carte",
                        clubl="Adhésion", chair="Président(e)", prev="Ancien permis n°",
                        decl="Je certifie l'exactitude des renseignements."),
                it=dict(t="Domanda di rilascio", pob="Luogo di nascita", nat="Cittadinanza", ex="superato il",
                        exn="N. verbale", fee="Tassa", pay="con addebito", card="con carta", clubl="Associazione",
                        chair="Presidente", prev="Licenza precedente n.",
                        decl="Dichiaro che i dati forniti sono veritieri."),
                en=dict(t="Application for", pob="Place of birth", nat="Nationality", ex="passed on",
                        exn="Certificate no.", fee="Fee", pay="by direct debit", card="by card",
                        clubl="Club membership", chair="Secretary", prev="Previous licence no.",
                        decl="I declare the information given is true."))
        lines = [f"{auth}", f"{L['t']}: {kind}", "",
                 f"{lbl(c, 'last')}: {P(p.last)}", f"{lbl(c, 'first')}: {P(p.first)}",
                 f"{lbl(c, 'dob')}: {c.dob(14, 80)}   {L['pob']}: {c.addr().town}",
                 f"{L['nat']}: {COUNTRY[c.lang][c.region]}",
                 f"{lbl(c, 'street')}: {A(a.l1)}", f"{lbl(c, 'pctown')}: {A(a.l2)}",
                 f"{lbl(c, 'tel')}: {T(c.phone(a=a))}   {lbl(c, 'mail')}: {EM(c.email(p))}",
                 f"{exam}: {L['ex']} {c.fdate(c.when(-200, -10), 'num')}, {L['exn']} {digits(c.r, 6)}",
                 f"{L['prev']} {c.ch('ABCFK')}-{digits(c.r, 7)}",
                 f"{L['clubl']}: {club} ({L['chair']}: {P(c.ch([chair.full(), chair.ini()]))}, "
                 f"{T(c.phone())})"]
        fee = c.money(c.ch([24, 36, 45, 60, 85.5, 120]))
        if c.has_iban() and c.p(0.6):
            lines.append(f"{L['fee']} {fee} {L['pay']}: IBAN {IB(c.iban())}, {lbl(c, 'holder')} {P(p.full())}")
        else:
            lines.append(f"{L['fee']} {fee} {L['card']}: {C(c.card())}, {c.r.randint(1, 12):02d}/"
                         f"{c.r.randint(26, 30)}")
        lines += ["", L["decl"], f"{lbl(c, 'sig')}: {P(p.ini())}  {c.fdate(c.when(-10, 0), 'num')}"]
        body = "\n".join(lines)
        return c.request(body, dict(
            de=["Ich will diesen Antrag online einreichen. Fehlt noch etwas oder ist etwas falsch ausgefüllt?",
                "Kannst du mir sagen, welche Unterlagen ich zu diesem Antrag mitschicken muss?"],
            fr=["Je veux déposer cette demande en ligne. Manque-t-il quelque chose ?",
                "Quels justificatifs dois-je joindre à cette demande ?"],
            it=["Voglio presentare questa domanda online. Manca qualcosa?",
                "Quali documenti devo allegare a questa domanda?"],
            en=["I'm submitting this application online - is anything missing or wrong?",
                "Which documents do I need to send with this application?"]))
    if v == 1:
        hdr = c.tl(de=["Nr.", "Name", "Geb.-Datum", "Anschrift", "Telefon", "Schein gültig bis"],
                  fr=["N°", "Nom", "Né(e) le", "Adresse", "Téléphone", "Permis valable jusqu'au"],
                  it=["N.", "Cognome Nome", "Nato/a il", "Indirizzo", "Telefono", "Licenza valida fino al"],
                  en=["No", "Name", "DOB", "Address", "Phone", "Licence expires"])
        rows = []
        base = c.addr()
        for _ in range(c.r.randint(4, 5)):
            p = c.person()
            a = c.local(base)
            nm = p.lf() if c.lang == "it" else c.ch([p.rev(), p.full()])
            rows.append([str(c.r.randint(1, 300)), P(nm), D(c.fdate(c.bdate(12, 85), "num")), A(a.one),
                         T(c.phone(a=a)), c.fdate(c.when(30, 900), "num")])
        chair = c.person()
        top = c.t(de=f"{club} – Mitgliederliste (Stand {c.fdate(c.when(-30, 0), 'num')}) – Vorsitz: "
                     f"{P(chair.full())}",
                  fr=f"{club} – liste des membres ({c.fdate(c.when(-30, 0), 'num')}) – président : "
                     f"{P(chair.full())}",
                  it=f"{club} – elenco soci ({c.fdate(c.when(-30, 0), 'num')}) – presidente: {P(chair.full())}",
                  en=f"{club} - member list ({c.fdate(c.when(-30, 0))}) - secretary: {P(chair.full())}")
        if c.p(0.5):
            body = top + "\n\n" + md_table(hdr, rows)
        else:
            body = top + "\n\n" + "\n".join("\t".join(r) for r in [hdr] + rows)
        return c.request(body, dict(
            de=["Bei welchen Mitgliedern läuft der Schein dieses Jahr ab? Schreib mir eine Erinnerungsmail.",
                "Wer ist noch minderjährig und braucht eine Einverständniserklärung?"],
            fr=["Quels membres ont un permis qui expire cette année ? Rédige un mail de rappel.",
                "Qui est encore mineur et a besoin d'une autorisation parentale ?"],
            it=["A quali soci scade la licenza quest'anno? Scrivi una mail di promemoria.",
                "Chi è ancora minorenne e ha bisogno dell'autorizzazione dei genitori?"],
            en=["Whose licence expires this year? Draft a reminder email.",
                "Which members are still under 18 and need parental consent?"]))
    if v == 2:
        p = c.person()
        a = c.addr()
        clerk = c.person()
        oa = c.addr(kind="biz")
        role = c.t(de="fischerei", fr="permis", it="cacciapesca", en="licensing")
        dom = c.domain_of(auth)
        m1 = c.t(
            de=f"Sehr geehrte Damen und Herren,\n\nich habe meinen {kind} verloren und bitte um eine "
               "Ersatzausstellung. "
               f"Mein Name ist {P(p.full())}, geb. {c.dob(18, 80)}, wohnhaft {A(a.one)}. Rückfragen gern unter "
               f"{T(c.phone(a=a))}.\n\n{greet(c)}\n{P(p.full())}",
            fr=f"Madame, Monsieur,\n\nj'ai perdu mon {kind} et sollicite un duplicata. {P(p.full())}, "
               f"{c.born(p)} le {c.dob(18, 80)}, demeurant {A(a.one)}. Joignable au {T(c.phone(a=a))}.\n\n"
               f"{greet(c)}\n{P(p.full())}",
            it=f"Spett.le Ufficio,\n\nho smarrito la mia {kind} e chiedo un duplicato. {P(p.full())}, "
               f"{c.born(p)} il {c.dob(18, 80)}, residente in {A(a.one)}, tel. {T(c.phone(a=a))}.\n\n"
               f"{greet(c)}\n{P(p.full())}",
            en=f"Dear Sir or Madam,\n\nI've lost my {kind} and would like a replacement. {P(p.full())}, date of "
               f"birth {c.dob(18, 80)}, {A(a.one)}. You can reach me on {T(c.phone(a=a))}.\n\n{greet(c)}\n"
               f"{P(p.full())}")
        ext = c.t(de=f"Durchwahl {c.r.randint(100, 499)}", fr=f"poste {c.r.randint(10, 99)}",
                  it=f"int. {c.r.randint(1, 99)}", en=f"ext {c.r.randint(100, 999)}")
        m2 = c.t(
            de=f"{c.dear(p)} {P(p.last)},\n\nbitte senden Sie uns eine Verlusterklärung und überweisen Sie die "
               f"Gebühr von {c.money(15)}.\n\n{greet(c)}\n{P(clerk.full())}\n{auth}\n{A(oa.one)}\nTel. "
               f"{T(c.land(oa))} {ext}\nFax {T(c.land(oa))}",
            fr=f"{c.dear(p)},\n\nmerci de nous adresser une déclaration de perte et de régler {c.money(15)}.\n\n"
               f"{greet(c)}\n{P(clerk.full())}\n{auth}\n{A(oa.one)}\nTél. {T(c.land(oa))} {ext}",
            it=f"{c.dear(p)} {P(p.last)},\n\nci invii la denuncia di smarrimento e la ricevuta del versamento di "
               f"{c.money(15)}.\n\n{greet(c)}\n{P(clerk.full())}\n{auth}\n{A(oa.one)}\nTel. {T(c.land(oa))} {ext}",
            en=f"{c.dear(p)} {P(p.last)},\n\nPlease send us a short statement of loss and the {c.money(15)} fee.\n\n"
               f"{greet(c)}\n{P(clerk.full())}\n{auth}\n{oa.block()}\nTel {T(c.land(oa))} {ext}")
        body = mail_header(c, f"{role}@{dom}", f"{P(p.full())} <{EM(c.email(p))}>",
                           c.t(de="AW: Verlust Fischereischein", fr="RE: perte de permis", it="R: smarrimento licenza",
                               en="RE: lost licence")) + "\n\n" + m2 + "\n\n> " + m1.replace("\n", "\n> ")
        return c.request(body, dict(
            de=["Hilf mir, die Verlusterklärung zu schreiben, die die Behörde hier verlangt.",
                "Was genau will die Behörde von mir? Mail unten."],
            fr=["Aide-moi à rédiger la déclaration de perte demandée ici.",
                "Que me demande exactement l'administration ? Mail ci-dessous."],
            it=["Aiutami a scrivere la denuncia di smarrimento richiesta.",
                "Cosa vuole esattamente l'ufficio da me? Mail qui sotto."],
            en=["Help me write the statement of loss they're asking for.",
                "What exactly do they want from me? Email below."]))
    # v == 3: course participant list
    lead = c.person()
    hdr = c.tl(de=["Nr", "Name, Vorname", "geb.", "Wohnort", "Punkte", "Ergebnis"],
              fr=["N°", "Nom, prénom", "né(e)", "Commune", "Points", "Résultat"],
              it=["N.", "Cognome e nome", "nato/a", "Comune", "Punti", "Esito"],
              en=["No", "Name", "DOB", "Town", "Score", "Result"])
    res = c.tl(de=["bestanden", "nicht bestanden", "bestanden"], fr=["admis", "ajourné", "admis"],
              it=["idoneo", "non idoneo", "idoneo"], en=["pass", "fail", "pass"])
    rows = [hdr]
    for k in range(c.r.randint(6, 8)):
        p = c.person()
        nm = p.lf() if c.lang == "it" else c.ch([p.rev(), p.capsrev()])
        rows.append([str(k + 1), P(nm), D(c.fdate(c.bdate(13, 70), c.ch(["num", "nz"]))), c.addr().town,
                     f"{c.r.randint(30, 60)}/60", c.ch(res)])
    top = c.t(de=f"Vorbereitungslehrgang {exam} – Kursleiter: {P(lead.full())} ({T(c.mob())})",
              fr=f"Formation {exam} – formateur : {P(lead.full())} ({T(c.mob())})",
              it=f"Corso di preparazione – {exam} – docente: {P(lead.full())} ({T(c.mob())})",
              en=f"{exam.capitalize()} - tutor: {P(lead.full())} ({T(c.mob())})")
    body = top + "\n\n" + fixed(rows, [4, 32, 13, 24, 8, 12])
    return c.request(body, dict(
        de=["Kannst du mir aus der Ergebnisliste Glückwunsch-Mails für alle, die bestanden haben, vorbereiten?",
            "Rechne mir die Bestehensquote aus und sortier nach Punkten."],
        fr=["Prépare des mails de félicitations pour tous les admis de cette liste.",
            "Calcule le taux de réussite et trie par points."],
        it=["Prepara le mail di congratulazioni per tutti gli idonei.",
            "Calcola la percentuale di idonei e ordina per punteggio."],
        en=["Draft congratulation emails for everyone who passed.",
            "Work out the pass rate and sort by score."]), fence=0.5)


# ---------------------------------------------------------------------------------------------------------------
# 11. survey - household survey fieldwork
# ---------------------------------------------------------------------------------------------------------------
SURVEY = {"de": "Haushaltsbefragung „Leben in Deutschland“", "fr": "Enquête ménages « Conditions de vie »",
          "it": "Indagine multiscopo sulle famiglie", "en": "Household Living Conditions Survey"}


def t_survey(c: Ctx) -> str:
    study = SURVEY[c.lang] if not (c.lang == "de" and c.region != "DE") else \
        {"AT": "Haushaltsbefragung „Leben in Österreich“", "CH": "Schweizer Haushalt-Panel"}[c.region]
    v = c.v
    if v == 0:
        a = c.addr(kind="flat" if c.p(0.5) else "home")
        head = c.person()
        sp = c.spouse(head)
        kid = c.kin(head)
        target = c.ch([head, sp])
        L = c.t(de=dict(t="KONTAKTPROTOKOLL", case="Fall-Nr.", iv="Interviewer-Nr.", bell="Klingelschild",
                        att="Kontaktversuche", r1="niemand angetroffen", r2="Termin vereinbart mit",
                        r3="Nachbarin sagt, Familie ist abends da", hh="Haushaltsmitglieder", tgt="Zielperson",
                        yrs="J.", land="Telefon Festnetz", rem="Bemerkung",
                        remv="Interview auf Wunsch nur am Wochenende."),
                fr=dict(t="FICHE ADRESSE", case="N° FA", iv="Enquêteur n°", bell="Nom sur la boîte aux lettres",
                        att="Tentatives de contact", r1="personne", r2="RDV pris avec",
                        r3="la voisine dit qu'ils rentrent le soir", hh="Membres du ménage", tgt="Kish",
                        yrs="ans", land="Téléphone fixe", rem="Remarque", remv="Entretien uniquement le week-end."),
                it=dict(t="SCHEDA DI CONTATTO", case="Cod. famiglia", iv="Rilevatore n.", bell="Nome sul citofono",
                        att="Tentativi di contatto", r1="nessuno in casa", r2="appuntamento con",
                        r3="la vicina dice che rientrano la sera", hh="Componenti", tgt="persona selezionata",
                        yrs="anni", land="Telefono fisso", rem="Note", remv="Intervista solo nel fine settimana."),
                en=dict(t="CONTACT SHEET", case="Serial", iv="Interviewer no.", bell="Name on door",
                        att="Calls", r1="no reply", r2="appointment made with", r3="neighbour says they're in "
                                                                                   "evenings",
                        hh="Household grid", tgt="selected respondent", yrs="yrs", land="Landline", rem="Notes",
                        remv="Prefers weekend interview."))
        d = c.when(-20, -5)
        lines = [f"{L['t']}  {study}  {L['case']} {digits(c.r, 4)}-{digits(c.r, 4)}  {L['iv']} {digits(c.r, 4)}",
                 f"{lbl(c, 'addr')}: {a.two(', ')}", f"{L['bell']}: {P(head.last.upper())}", "",
                 f"{L['att']}:",
                 f"1  {c.short_date(d)} {c.time(16, 20)}  {L['r1']}",
                 f"2  {c.short_date(d + timedelta(days=2))} {c.time(17, 20)}  {L['r3']}",
                 f"3  {c.short_date(d + timedelta(days=4))} {c.time(17, 20)}  {L['r2']} {c.salut(sp)} "
                 f"{P(sp.last)} ({T(c.mob())})", "", f"{L['hh']}:",
                 f"  {P(head.first)}, {c.r.randint(35, 70)} {L['yrs']}",
                 f"  {P(sp.first)}, {c.born(sp)} {c.dob(30, 70)}" + (f"  <- {L['tgt']}" if target is sp else ""),
                 f"  {P(kid.first)}, {c.r.randint(3, 17)} {L['yrs']}"]
        if target is head:
            lines[-3] += f"  <- {L['tgt']}"
        lines += [f"{L['land']}: {T(c.land(a))}", f"{L['rem']}: {L['remv']}"]
        body = "\n".join(lines)
        return c.request(body, dict(
            de=["Ich bin Interviewerin. Kannst du mir aus dem Kontaktprotokoll eine kurze Übergabe an die "
                "Feldleitung schreiben?", "Was sollte ich beim nächsten Besuch beachten? Protokoll unten."],
            fr=["Je suis enquêtrice. Rédige une courte note de transmission au superviseur à partir de cette fiche.",
                "Que dois-je prévoir pour la prochaine visite ? Fiche ci-dessous."],
            it=["Sono rilevatrice. Mi scrivi una breve nota per il coordinatore da questa scheda?",
                "A cosa devo fare attenzione alla prossima visita? Scheda qui sotto."],
            en=["I'm a field interviewer - can you write a short handover note for my supervisor from this sheet?",
                "What should I bear in mind for the next visit? Sheet below."]))
    if v == 1:
        out = ['<?xml version="1.0" encoding="UTF-8"?>', f'<panel wave="2025-{c.r.randint(1, 12):02d}">']
        base = c.addr()
        for _ in range(c.r.randint(2, 3)):
            p = c.person()
            a = c.local(base)
            out += [f'  <respondent id="R-{digits(c.r, 6)}" status="{c.ch(["active", "active", "paused"])}">',
                    f"    <name><given>{P(xesc(p.first))}</given><family>{P(xesc(p.last))}</family></name>",
                    f"    <birthDate>{D(c.fdate(c.bdate(18, 90), 'iso'))}</birthDate>",
                    f"    <address><street>{A(xesc(a.l1))}</street><postcode>{a.pc}</postcode>"
                    f"<city>{xesc(a.town)}</city></address>",
                    f'    <phone type="{c.ch(["mobile", "home"])}">{T(c.phone(a=a))}</phone>']
            if c.p(0.7):
                out.append(f"    <email>{EM(c.email(p))}</email>")
            if c.has_iban() and c.p(0.5):
                out.append(f'    <incentive type="transfer" iban="{IB(c.iban(style="compact"))}" amount="20"/>')
            else:
                out.append('    <incentive type="voucher" amount="20"/>')
            out.append("  </respondent>")
        out.append("</panel>")
        body = "\n".join(out)
        return c.request(body, dict(
            de=["Kannst du mir ein XSLT oder Python-Skript schreiben, das aus diesem Panel-Export eine CSV macht?",
                "Prüf bitte, ob der XML-Export gültig ist und welche Felder fehlen."],
            fr=["Écris-moi un script Python qui transforme cet export XML du panel en CSV.",
                "Vérifie si cet export XML est valide et quels champs manquent."],
            it=["Scrivimi uno script Python che trasformi questo export XML in CSV.",
                "Controlla se l'XML è valido e quali campi mancano."],
            en=["Write me a Python script that turns this panel XML export into a CSV.",
                "Check whether this XML export is valid and which fields are missing."]), fence=0.6)
    if v == 2:
        notes = []
        base = c.addr()
        for _ in range(c.r.randint(4, 5)):
            a = c.local(base)
            nb = c.person()
            g = c.ch("mf")
            p = c.person(g=g)
            pf = c.person(g="f")
            sp = c.salut(p).lower()
            ph = T(c.mob())
            by = c.r.randint(1940, 1960)
            notes.append(c.ch(c.tl(
                de=[f"- {A(a.street_no)}: {sp} {P(p.last)} sehr nett, will aber nur telefonisch, {ph}, abends",
                    f"- {A(a.street_no)}: niemand da, nachbar ({P(nb.full())}) sagt familie ist bis ende monat "
                    "verreist",
                    f"- {A(a.one)}: {sp} {P(p.last)} (geburtsjahr {by}) hat interview gemacht, dauer 55 min",
                    f"- {A(a.street_no)}: verweigert, tür nicht geöffnet",
                    f"- {A(a.street_no)}: {P(pf.first)} (tochter) gibt handynummer der mutter: {ph}"],
                fr=[f"- {A(a.street_no)} : {sp} {P(p.last)} très sympa mais seulement par téléphone, {ph}, le soir",
                    f"- {A(a.street_no)} : personne, le voisin ({P(nb.full())}) dit qu'ils sont partis jusqu'à la fin "
                    "du mois",
                    f"- {A(a.one)} : {sp} {P(p.last)} ({c.born(p)} en {by}) a répondu, 55 min",
                    f"- {A(a.street_no)} : refus, porte fermée",
                    f"- {A(a.street_no)} : {P(pf.first)} (la fille) donne le portable de sa mère : {ph}"],
                it=[f"- {A(a.street_no)}: {sp} {P(p.last)} gentilissim{'o' if g == 'm' else 'a'} ma solo al "
                    f"telefono, {ph}, la sera",
                    f"- {A(a.street_no)}: nessuno, il vicino ({P(nb.full())}) dice che sono via fino a fine mese",
                    f"- {A(a.one)}: {sp} {P(p.last)} (classe {by}) intervista fatta, 55 min",
                    f"- {A(a.street_no)}: rifiuto, non ha aperto",
                    f"- {A(a.street_no)}: {P(pf.first)} (la figlia) mi dà il cellulare della madre: {ph}"],
                en=[f"- {A(a.street_no)}: {sp} {P(p.last)} lovely but phone only, {ph}, evenings",
                    f"- {A(a.street_no)}: no answer, neighbour ({P(nb.full())}) says they're away till end of month",
                    f"- {A(a.one)}: {sp} {P(p.last)} (born {by}) did the interview, 55 mins",
                    f"- {A(a.street_no)}: refusal, didn't open the door",
                    f"- {A(a.street_no)}: {P(pf.first)} (daughter) gave me her mum's mobile: {ph}"])))
        top = c.t(de=f"notizen {c.short_date(c.when(-10, 0))} – feldarbeit bezirk {c.r.randint(1, 40)}",
                  fr=f"notes {c.short_date(c.when(-10, 0))} – terrain secteur {c.r.randint(1, 40)}",
                  it=f"appunti {c.short_date(c.when(-10, 0))} – rilevazione zona {c.r.randint(1, 40)}",
                  en=f"notes {c.short_date(c.when(-10, 0))} - fieldwork area {c.r.randint(1, 40)}")
        body = lower(top + "\n" + "\n".join(notes), keep="ICT")
        return c.request(body, dict(
            de=["Mach aus meinen Feldnotizen bitte eine ordentliche Tabelle mit Status pro Adresse.",
                "Welche Adressen muss ich nochmal anfahren? Notizen unten."],
            fr=["Transforme mes notes de terrain en tableau avec un statut par adresse.",
                "Quelles adresses dois-je revisiter ? Notes ci-dessous."],
            it=["Trasforma i miei appunti in una tabella con lo stato per indirizzo.",
                "Quali indirizzi devo rivisitare? Appunti qui sotto."],
            en=["Turn my field notes into a tidy table with a status per address.",
                "Which addresses do I need to go back to? Notes below."]))
    # v == 3: call-back log
    rows = ["case_id|name|phone|attempt|timestamp|outcome|note"]
    for _ in range(c.r.randint(4, 6)):
        p = c.person()
        ph = T(c.phone())
        nm = P(c.ch([p.full(), p.rev(), p.caps()]))
        cid = f"{digits(c.r, 4)}-{digits(c.r, 4)}"
        for k in range(c.r.randint(1, 2)):
            ts = f"2025-{c.r.randint(9, 11):02d}-{c.r.randint(1, 28):02d} {c.r.randint(9, 20):02d}:" \
                 f"{c.r.randint(0, 59):02d}"
            outc = c.ch(["NA", "BUSY", "APPT", "REF", "COMPLETE", "CALLBACK"])
            note = c.ch(["", "", c.t(de="nach 18 Uhr", fr="après 18h", it="dopo le 18", en="after 6pm"),
                         c.t(de="Sprachbox", fr="répondeur", it="segreteria", en="voicemail")])
            rows.append(f"{cid}|{nm}|{ph}|{k + 1}|{ts}|{outc}|{note}")
    body = "\n".join(rows)
    return c.request(body, dict(
        de=["Das ist unser Rückruf-Log (Pipe-getrennt). Welche Fälle sollen wir heute Abend nochmal anrufen?",
            "Rechne mir aus dem Log die Erreichbarkeitsquote pro Versuch aus."],
        fr=["Voici le journal des rappels (séparé par des pipes). Quels cas rappeler ce soir ?",
            "Calcule le taux de contact par tentative à partir de ce journal."],
        it=["Questo è il log dei richiami (separato da pipe). Quali casi richiamiamo stasera?",
            "Calcola il tasso di contatto per tentativo da questo log."],
        en=["Here's our call-back log (pipe-separated). Which cases should we ring again tonight?",
            "Work out the contact rate per attempt from this log."]), fence=0.6)


# ---------------------------------------------------------------------------------------------------------------
# 12. grave - cemetery administration and headstones
# ---------------------------------------------------------------------------------------------------------------
CEM = {"de": ["Friedhof St. Martin", "Waldfriedhof", "Alter Friedhof", "Bergfriedhof", "Friedhof Nord"],
       "fr": ["cimetière Saint-Pierre", "cimetière du Nord", "cimetière communal", "cimetière de l'Est"],
       "it": ["cimitero di San Michele", "cimitero monumentale", "cimitero comunale", "cimitero maggiore"],
       "en": ["St Mary's Cemetery", "Highgate Road Cemetery", "Municipal Cemetery", "Lawn Cemetery"]}


def t_grave(c: Ctx) -> str:
    cem = c.ch(CEM[c.lang])
    v = c.v
    if v == 0:
        hdr = c.tl(de=["Grab-Nr.", "Verstorbene/r", "geb.", "gest.", "Nutzungsberechtigte/r", "Anschrift", "Ablauf"],
                  fr=["Concession", "Défunt(e)", "né(e)", "décédé(e)", "Concessionnaire", "Adresse", "Échéance"],
                  it=["Loculo", "Defunto/a", "nato/a", "morto/a", "Concessionario", "Indirizzo", "Scadenza"],
                  en=["Plot", "Deceased", "Born", "Died", "Deed holder", "Address", "Expires"])
        rows = [hdr]
        base = c.addr()
        for _ in range(c.r.randint(4, 6)):
            dec = c.person()
            hold = c.kin(dec) if c.p(0.6) else c.person()
            a = c.local(base)
            born = c.bdate(60, 105)
            died = born + timedelta(days=c.r.randint(50 * 365, min(100 * 365, (date(2025, 1, 1) - born).days)))
            rows.append([f"{c.ch('ABCDE')}-{c.r.randint(1, 30):02d}-{c.r.randint(1, 40):03d}",
                         P(c.ch([dec.rev(), dec.capsrev()]) if c.lang != "it" else dec.lf()),
                         D(c.fdate(born, "num")), c.fdate(died, "num"), P(hold.rev() if c.lang != "it" else hold.lf()),
                         A(a.one), str(c.r.randint(2025, 2045))])
        top = c.t(de=f"{cem} – Grabregister – Auszug Abteilung {c.ch('ABCDE')}",
                  fr=f"{cem} – registre des concessions – extrait carré {c.ch('ABCDE')}",
                  it=f"{cem} – registro concessioni – estratto settore {c.ch('ABCDE')}",
                  en=f"{cem} - burial register - extract section {c.ch('ABCDE')}")
        body = top + "\n\n" + fixed(rows, [11, 30, 12, 12, 30, 44, 6])
        return c.request(body, dict(
            de=["Welche Nutzungsrechte laufen in den nächsten zwei Jahren ab? Bitte Anschreiben vorbereiten.",
                "Mach aus dem verrutschten Registerauszug bitte eine saubere Tabelle."],
            fr=["Quelles concessions arrivent à échéance dans les deux ans ? Prépare les courriers.",
                "Refais un tableau propre à partir de cet extrait de registre décalé."],
            it=["Quali concessioni scadono nei prossimi due anni? Prepara le lettere.",
                "Rifai una tabella pulita da questo estratto di registro."],
            en=["Which deeds expire in the next two years? Please draft the letters.",
                "Turn this misaligned register extract into a clean table."]), fence=0.5)
    if v == 1:
        oa = c.addr(kind="biz")
        rec = c.person()
        ra = c.local(oa)
        par1 = c.person(g="m")
        par2 = c.kin(par1, "f")
        clerk = c.person()
        plot = f"{c.ch('ABCDE')}-{c.r.randint(1, 30):02d}-{c.r.randint(1, 40):03d}"
        bank = f"IBAN {IB(c.iban())}" if c.has_iban() else c.domestic_account()
        town = oa.town
        mairie = {"FR": "Mairie de", "CH": "Commune de"}.get(c.region, "Administration communale de")
        body = c.t(
            de=f"{c.ch(['Stadt', 'Gemeinde', 'Markt'])} {town} – Friedhofsverwaltung\n{A(oa.l1)}\n{A(oa.l2)}\n\n"
               f"{'Herrn' if rec.g == 'm' else 'Frau'}\n{P(rec.full())}\n{ra.block()}\n\n"
               f"{town}, {c.fdate(c.when(-20, 0), 'num')}\n\nAblauf des Nutzungsrechts an der Grabstätte {plot} "
               f"({cem})\n\n{c.dear(rec)} {P(rec.last)},\n\ndas Nutzungsrecht an der Grabstätte Ihrer Eltern "
               f"{P(par1.full())} (geb. {c.dob(70, 100)}) und {P(par2.full())} (geb. {c.dob(70, 100)}) endet am "
               f"31.12.{c.r.randint(2025, 2026)}. Eine Verlängerung um zehn Jahre kostet "
               f"{c.money(c.r.randint(400, 1600))}"
               f". Bitte überweisen Sie den Betrag unter Angabe der Grabnummer auf {bank}.\n\nFür Rückfragen "
               f"erreichen Sie mich unter {T(c.land(oa))}.\n\n{greet(c)}\n{P(clerk.full())}",
            fr=f"{mairie} {town} – Service des cimetières\n{A(oa.l1)}\n{A(oa.l2)}\n\n{c.salut(rec)} "
               f"{P(rec.full())}\n{ra.block()}\n\n{town}, le {c.fdate(c.when(-20, 0), 'long')}\n\nObjet : "
               f"renouvellement de la concession {plot} ({cem})\n\n{c.dear(rec)},\n\nla concession où reposent "
               f"{P(par1.full())} (né le {c.dob(70, 100)}) et {P(par2.full())} (née le {c.dob(70, 100)}) arrive à "
               f"échéance le 31/12/{c.r.randint(2025, 2026)}. Le renouvellement pour quinze ans s'élève à "
               f"{c.money(c.r.randint(300, 1500))}, à régler par virement ({bank}).\n\nPour toute question : "
               f"{T(c.land(oa))}.\n\n{greet(c)}\n{P(clerk.full())}",
            it=f"Comune di {town} – Servizi cimiteriali\n{A(oa.l1)}\n{A(oa.l2)}\n\nGent.mo/a {P(rec.full())}\n"
               f"{ra.block()}\n\n{town}, {c.fdate(c.when(-20, 0), 'num')}\n\nOggetto: scadenza concessione {plot} "
               f"({cem})\n\n{c.dear(rec)} {P(rec.last)},\n\nla concessione del loculo dove riposano "
               f"{P(par1.full())} (nato il {c.dob(70, 100)}) e {P(par2.full())} (nata il {c.dob(70, 100)}) "
               f"scade il 31/12/{c.r.randint(2025, 2026)}. Il rinnovo trentennale costa "
               f"{c.money(c.r.randint(600, 2500))}, da versare su {bank}.\n\nPer informazioni: {T(c.land(oa))}.\n\n"
               f"{greet(c)}\n{P(clerk.full())}",
            en=f"{town} Council - Bereavement Services\n{oa.block()}\n\n{P(rec.full())}\n{ra.block()}\n\n"
               f"{c.fdate(c.when(-20, 0))}\n\nRenewal of exclusive right of burial, plot {plot} ({cem})\n\n"
               f"{c.dear(rec)} {P(rec.last)},\n\nThe exclusive right of burial for the grave of {P(par1.full())} "
               f"(born {c.dob(70, 100)}) and {P(par2.full())} (born {c.dob(70, 100)}) expires on 31 December "
               f"{c.r.randint(2025, 2026)}. Renewal for 25 years costs {c.money(c.r.randint(300, 1200))}; please pay "
               f"quoting the plot number ({bank}).\n\nIf you have any questions please call {T(c.land(oa))}.\n\n"
               f"Yours sincerely\n{P(clerk.full())}")
        return c.request(body, dict(
            de=["Ich habe diesen Brief von der Friedhofsverwaltung bekommen. Was passiert, wenn ich nicht "
                "verlängere?", "Schreib mir bitte eine Antwort, dass ich das Grab um zehn Jahre verlängern möchte."],
            fr=["J'ai reçu ce courrier du service des cimetières. Que se passe-t-il si je ne renouvelle pas ?",
                "Rédige une réponse disant que je souhaite renouveler la concession."],
            it=["Ho ricevuto questa lettera dal Comune. Cosa succede se non rinnovo?",
                "Scrivimi una risposta per rinnovare la concessione."],
            en=["I got this letter from the council - what happens if I don't renew?",
                "Draft a reply saying I'd like to renew the grave for 25 years."]))
    if v == 2:
        me = c.person()
        mum = c.kin(me, "f")
        sibs = [c.kin(me) for _ in range(c.r.randint(1, 2))]
        ma = c.addr()
        plot = f"{c.ch('ABCDE')}-{c.r.randint(1, 30):02d}-{c.r.randint(1, 40):03d}"
        sib_txt = " und ".join(f"{P(s.full())} ({A(c.addr().one)})" for s in sibs)
        sib_fr = " et ".join(f"{P(s.full())} ({A(c.addr().one)})" for s in sibs)
        sib_it = " e ".join(f"{P(s.full())} ({A(c.addr().one)})" for s in sibs)
        sib_en = " and ".join(f"{P(s.full())} ({A(c.addr().one)})" for s in sibs)
        body = c.t(
            de=f"Sehr geehrte Damen und Herren,\n\nmeine Mutter {P(mum.full())} (geb. {c.dob(70, 100)}) war "
               f"Nutzungsberechtigte der Grabstätte {plot} auf dem {cem}. Sie ist im "
               f"{MONTHS['de'][c.r.randint(0, 9)]} verstorben. Meine Geschwister {sib_txt} sind einverstanden, dass "
               f"ich das Nutzungsrecht übernehme.\n\nMeine Daten: {P(me.full())}, geb. {c.dob(40, 75)}, {A(ma.one)}, "
               f"Tel. {T(c.phone(a=ma))}, {EM(c.email(me))}.\n\n{greet(c)}\n{P(me.full())}",
            fr=f"Madame, Monsieur,\n\nma mère, {P(mum.full())} (née le {c.dob(70, 100)}), était titulaire de la "
               f"concession {plot} au {cem}. Elle est décédée en {MONTHS['fr'][c.r.randint(0, 9)]}. Mes frères et "
               f"sœurs {sib_fr} sont d'accord pour que je reprenne la concession.\n\nMes coordonnées : "
               f"{P(me.full())}, {c.born(me)} le {c.dob(40, 75)}, {A(ma.one)}, tél. {T(c.phone(a=ma))}, "
               f"{EM(c.email(me))}.\n\n{greet(c)}\n{P(me.full())}",
            it=f"Spett.le Ufficio,\n\nmia madre {P(mum.full())} (nata il {c.dob(70, 100)}) era concessionaria del "
               f"loculo {plot} presso il {cem}. È mancata a {MONTHS['it'][c.r.randint(0, 9)]}. I miei fratelli "
               f"{sib_it} sono d'accordo che la concessione passi a me.\n\nI miei dati: {P(me.full())}, "
               f"{c.born(me)} il {c.dob(40, 75)}, {A(ma.one)}, tel. {T(c.phone(a=ma))}, {EM(c.email(me))}.\n\n"
               f"{greet(c)}\n{P(me.full())}",
            en=f"Dear Sir or Madam,\n\nMy mother, {P(mum.full())} (born {c.dob(70, 100)}), held the deed for plot "
               f"{plot} at {cem}. She passed away in {MONTHS['en'][c.r.randint(0, 9)]}. My siblings {sib_en} have "
               f"agreed that the deed should be transferred to me.\n\nMy details: {P(me.full())}, date of birth "
               f"{c.dob(40, 75)}, {A(ma.one)}, tel {T(c.phone(a=ma))}, {EM(c.email(me))}.\n\n{greet(c)}\n"
               f"{P(me.full())}")
        return c.request(body, dict(
            de=["Kannst du diese Mail an die Friedhofsverwaltung etwas förmlicher formulieren?",
                "Welche Nachweise wird die Friedhofsverwaltung für die Umschreibung wohl verlangen?"],
            fr=["Peux-tu rendre ce mail au service des cimetières un peu plus formel ?",
                "Quels justificatifs la mairie va-t-elle demander pour le transfert ?"],
            it=["Puoi rendere questa mail al Comune un po' più formale?",
                "Quali documenti chiederà il Comune per il subentro?"],
            en=["Can you make this email to the council a bit more formal?",
                "What paperwork will the council probably want for the transfer?"]))
    # v == 3: headstone order
    cust = c.person()
    ca = c.addr()
    d1 = c.person()
    d2 = c.kin(d1)
    mason = c.company()
    b1, b2 = c.bdate(70, 100), c.bdate(70, 100)
    x1, x2 = c.when(-900, -30), c.when(-3000, -400)
    sep = c.ch(["*", "✶", "geb."] if c.lang == "de" else ["*", "✶"])
    dsep = c.ch(["†", "✝"])
    L = c.t(de=dict(t="AUFTRAG GRABMAL", cust="Auftraggeber/in", ins="Inschrift", font="Schrift",
                    fontv="Antiqua, vertieft, vergoldet", mat="Material", matv="Granit Nero Assoluto, poliert",
                    dep="Anzahlung 30 %", card="per Kreditkarte", exp="gültig bis"),
            fr=dict(t="BON DE COMMANDE – MONUMENT FUNÉRAIRE", cust="Client", ins="Inscription", font="Police",
                    fontv="romaine, gravée, dorée à la feuille", mat="Matériau", matv="granit gris du Tarn",
                    dep="Acompte 30 %", card="par carte", exp="exp."),
            it=dict(t="ORDINE LAPIDE", cust="Committente", ins="Epigrafe", font="Carattere",
                    fontv="lapidario romano, inciso, dorato", mat="Materiale", matv="marmo bianco di Carrara",
                    dep="Acconto 30 %", card="con carta", exp="scad."),
            en=dict(t="MEMORIAL ORDER FORM", cust="Customer", ins="Inscription", font="Lettering",
                    fontv="Roman, incised, gilded", mat="Material", matv="black granite, polished",
                    dep="Deposit 30%", card="by card", exp="exp"))
    inscr = [P(d1.full().upper()) if c.p(0.5) else P(d1.full()),
             f"{sep} {D(c.fdate(b1, c.ch(['num', 'long'])))}   {dsep} {c.fdate(x1, 'num')}",
             P(d2.full().upper()) if c.p(0.5) else P(d2.full()),
             f"{sep} {D(c.fdate(b2, c.ch(['num', 'long'])))}   {dsep} {c.fdate(x2, 'num')}"]
    lines = [f"{mason} – {L['t']}", "",
             f"{L['cust']}: {P(cust.full())}", f"{lbl(c, 'street')}: {A(ca.l1)}", f"{lbl(c, 'pctown')}: {A(ca.l2)}",
             f"{lbl(c, 'tel')}: {T(c.phone(a=ca))}   {lbl(c, 'mob')}: {T(c.mob())}", f"{lbl(c, 'mail')}: "
             f"{EM(c.email(cust))}", "", f"{L['ins']}:", *["    " + x for x in inscr], "",
             f"{L['font']}: {L['fontv']}", f"{L['mat']}: {L['matv']}", f"{cem}, {c.ch('ABCDE')}-"
             f"{c.r.randint(1, 30):02d}-{c.r.randint(1, 40):03d}"]
    if c.p(0.6):
        lines.append(f"{L['dep']} {L['card']}: {C(c.card())} {L['exp']} {c.r.randint(1, 12):02d}/"
                     f"{c.r.randint(26, 30)}")
    elif c.has_iban():
        lines.append(f"{L['dep']}: IBAN {IB(c.iban())}")
    body = "\n".join(lines)
    return c.request(body, dict(
        de=["Prüf bitte die Inschrift auf Tippfehler und ob die Daten plausibel sind, bevor ich den Auftrag "
            "unterschreibe.", "Kannst du den Auftrag für den Steinmetz noch einmal übersichtlich zusammenfassen?"],
        fr=["Vérifie l'inscription (fautes, dates plausibles) avant que je signe le bon de commande.",
            "Résume clairement cette commande pour le marbrier."],
        it=["Controlla l'epigrafe (errori, date plausibili) prima che firmi l'ordine.",
            "Riassumi in modo chiaro questo ordine per il marmista."],
        en=["Please check the inscription for typos and that the dates make sense before I sign.",
            "Can you summarise this order clearly for the stonemason?"]))


# ---------------------------------------------------------------------------------------------------------------
# Generation and checks
# ---------------------------------------------------------------------------------------------------------------
TEMPLATES = [("aupair", t_aupair), ("midwife", t_midwife), ("pollworkers", t_pollworkers),
             ("drivingschool", t_drivingschool), ("retrofit", t_retrofit), ("splitbill", t_splitbill),
             ("paperround", t_paperround), ("chimney", t_chimney), ("loyalty", t_loyalty), ("licence", t_licence),
             ("survey", t_survey), ("grave", t_grave)]


def region_plan(lang: str, template: str) -> list[str]:
    """A balanced list of the language's regions for the template's documents, in a seeded random order."""
    rr = random.Random(f"{SET}|{lang}|{template}|regions")
    regs = REGIONS[lang][:]
    rr.shuffle(regs)
    plan = [regs[k % len(regs)] for k in range(DOCS_PER_TEMPLATE)]
    rr.shuffle(plan)
    return plan


def check(rec: dict) -> None:
    text, ents = rec["text"], rec["entities"]
    last_end = -1
    for e in ents:
        s, t = e["start"], e["end"]
        assert 0 <= s < t <= len(text), e
        assert text[s:t] == e["text"], e
        assert e["text"] == e["text"].strip(), e
        assert s >= last_end, (rec["id"], e)
        last_end = t
        v = re.sub(r"\\u[0-9a-f]{4}", "x", e["text"])
        if e["type"] == "IBAN":
            assert iban_ok(v), v
            compact = re.sub(r"\s", "", v).upper()
            if compact.startswith("IT"):
                assert it_iban_ok(compact), v
            if compact.startswith("FR"):
                assert fr_iban_ok(compact), v
            if compact.startswith("BE"):
                assert be_iban_ok(compact), v
        elif e["type"] == "CARD":
            assert luhn_ok(v) and 13 <= len(re.sub(r"\D", "", v)) <= 19, v
        elif e["type"] == "EMAIL":
            assert re.fullmatch(r"[^@\s]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", v), v
        elif e["type"] == "PHONE":
            assert len(re.sub(r"\D", "", v)) >= 6, v
        elif e["type"] == "DOB":
            assert re.search(r"\d", v) and re.search(r"(19|20)\d\d|\b\d\d$", v), v
        elif e["type"] == "PERSON":
            assert not re.search(r"\d", v), v
    for ch in (S, M, E, NBSP_MARK):
        assert ch not in text


def build() -> list[dict]:
    recs = []
    for lang in LANGS:
        for name, fn in TEMPLATES:
            plan = region_plan(lang, name)
            for i in range(DOCS_PER_TEMPLATE):
                c = Ctx(lang, plan[i], name, i)
                text, ents = resolve(fn(c))
                rec = {"id": f"{SET}-{lang}-{name}-{i:02d}", "locale": c.loc, "lang": lang, "text": text,
                       "entities": ents}
                check(rec)
                recs.append(rec)
    return recs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    recs = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    by_type: dict[str, int] = {}
    by_lang: dict[str, int] = {}
    for rec in recs:
        for e in rec["entities"]:
            by_type[e["type"]] = by_type.get(e["type"], 0) + 1
            by_lang[rec["lang"]] = by_lang.get(rec["lang"], 0) + 1
    print(f"wrote {len(recs)} documents, {sum(by_type.values())} values to {args.out}")
    print(" ".join(f"{k} {v}" for k, v in sorted(by_type.items(), key=lambda kv: -kv[1])))
    print(" ".join(f"{k} {v}" for k, v in by_lang.items()))


if __name__ == "__main__":
    main()
