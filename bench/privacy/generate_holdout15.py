"""Fifteenth blind evaluation set ("holdout15") for the anonymizer.

Written 2026-12-05 by a helper session, blind: without reading the detectors and their name lists
(src/tarnkappe/privacy/), the tests (tests/), the other generators and their templates (the bodies of
bench/privacy/generate*.py, templates.py), the README's privacy sections or the texts of any data set under
bench/privacy/data/ (only their file names were listed), without looking at the git history, log, status or diffs of
anything, and never run through the anonymizer, any test or bench/privacy/evaluate.py while written (tarnkappe is not
imported; no detector output was ever seen).  The only things read were the module docstrings of generate_holdout12.py,
generate_holdout13.py and generate_holdout14.py (read with ``ast.get_docstring``: record format, label decisions,
genres already used), the module docstring of evaluate.py and its functions evaluate_synthetic, _covered and
_held_out (the record fields and the type names), the file names in bench/privacy/ and bench/privacy/data/, the
[tool.ruff] settings in pyproject.toml and the Faker pin in requirements.lock (Faker==40.54.0).  The file was written
with Faker==40.54.0 and ruff==0.17.6 in a separate virtualenv (the project venv, which now also has Faker 40.54.0,
writes the same file).  The label decisions below are copied from holdout14 (which copied them from
holdout5..holdout13); the decisions added here were made while writing the templates, never after looking at any
detector output.  The written file was checked only by the generator's own assertions, by reading its own output (also
a scan of it for unlabelled repeats of the words of labelled names - only Instagram user names made of a first name
and digits, a patent firm named after its partner and the word "park" - and for unlabelled e-mail addresses - only
role mailboxes) and by parsing it the way evaluate.py does (one JSON object per line).  Report on it; never tune on
it.

Writes bench/privacy/data/synthetic_holdout15.jsonl: 4 languages (de, fr, it, en) x 12 templates x 10 documents = 480
documents with 7,233 labelled values (PERSON 3,300, PHONE 1,259, ADDRESS 1,164, DOB 731, EMAIL 564, IBAN 189, CARD 26;
de 1,856, fr 1,842, it 1,778, en 1,757), seeded and deterministic for a given Faker version (the lock's; Faker + the
standard library; ``random.Random`` seeded with ``"holdout15|<lang>|<template>|<i>"``, every Faker locale re-seeded
per document on its first use in the document from that seed and the locale name; Faker is used for person and company
names only - streets, towns, postcodes, phones, e-mail addresses, IBANs and cards come from lists and code written
here, Faker's address, phone and city providers are never called). Each record has ``id``
(``holdout15-<lang>-<template>-<NN>``), ``locale``, ``lang``, ``text`` and ``entities`` (``start``, ``end``, ``type``,
``text``); ``text[start:end] == text`` is asserted for every entity, entities are sorted, do not overlap and carry no
surrounding white space, every IBAN has valid ISO 13616 check digits (French ones also a valid RIB key, Belgian ones a
valid national check, Italian ones a valid CIN) and every card number passes Luhn. Regions: de -> DE/AT/CH, fr ->
FR/BE/CH/LU, it -> IT/CH, en -> GB/IE/US/CA/AU/NZ (``locale`` is ``lang_REGION``); every (language, template) pair
gets a balanced list of its regions in a seeded random order (``"holdout15|<lang>|<template>|regions"``; which regions
get the extra documents of the ten rotates over the templates, so every language's regions are balanced over the set),
so region and template variant (``i % 4``) are not correlated; most people of a list live in the list's town,
relatives, guests, co-inventors and swap partners often elsewhere or abroad. The templates write the labelled values
with inline markers that are resolved into offsets at the end, so whole-document upper-casing (with OCR letter
confusions and doubled spaces in the unlabelled text), lower-casing, pdftotext-style line filling with hyphenation at
line ends (of unlabelled words only), CSV quoting, fixed-width padding, XML escaping, JSON escaping (also ``\\u``
escapes and surrogate pairs, kept inside the span as written) and Italian elision before dates ("l'8 marzo",
"dell'11") keep the labels exact.

Genres (text people paste into an AI assistant at work or at home, wrapped in a request in the document's language),
chosen to differ from the genres listed in evaluate.py's docstring for holdout3..holdout14 and in the docstrings of
generate_holdout12/13/14.py (those of holdout and holdout2 are not listed in anything read here, so an overlap with
them cannot be ruled out):
 1. jury - lay judges and jurors: municipal proposal lists and jury panels (fixed width), excusal / deferral letters
    to the court, jury office mail threads about travel expenses, juror pool CSV exports;
 2. fleamarket - flea markets, car boot sales and children's bazaars: stallholder registers (Markdown), seller lists
    with payout details (CSV), organisers' group chats, OCR'd handwritten booking slips in capitals;
 3. callsheet - film and photo shoots: call sheets (Markdown), model releases as pdftotext with hyphenation, casting
    platform JSON exports, location release mail threads;
 4. tattoo - tattoo and piercing studios: consent forms (also with a parent's consent), booking diary TSV pasted from
    Excel, lower-case Instagram DM threads, contact-form mails with a card number in the client's answer;
 5. patent - patent filings: inventor designations, employee invention disclosures (Markdown), e-filing XML with
    parties, mail threads between an IP firm's paralegal and an inventor;
 6. bulkywaste - bulky waste collection: online booking confirmations, crews' route sheets (fixed width), a city
    service-request API's JSON, complaints about a missed collection with the authority's reply;
 7. domestic - household employment (cleaners, carers, nannies): registration forms for the social insurance or
    payroll, employment contracts as pdftotext, household payroll CSV exports, family / carer chats;
 8. firstaid - workplace first-aid courses: attendance registers with dates of birth (Markdown or TSV), OCR'd
    certificates in capitals, HR booking mails (some with the company card), learning platform JSON exports;
 9. homeswap - home exchanges: exchange agreements with named drivers and key holders, platform message threads,
    house manuals (Markdown), lower-case mails with a forwarded confirmation;
10. prizedraw - competitions and raffles: Google Forms entry CSV exports (all cells quoted), winner mails with the
    filled-in claim form (some asking for a card fee), raffle ticket sales lists (fixed width) with newsletter winners,
    Instagram giveaway comment JSON with the winner's DM;
11. naturalisation - citizenship applications: application forms with family and residence history (Markdown table)
    and a card authorisation, referee declarations, mail threads with the citizenship office, a lawyer's Markdown
    file notes;
12. guardianship - adult guardianship / deputyship: annual reports to the court (pdftotext), asset inventories with
    account IBANs (fixed width), mail threads with the care home, a guardian's phone log.
Values appear in prose, "Label: value" forms (aligned and not), two- and three-line address blocks, letterheads and
signatures, Markdown tables and lists, fixed-width tables, tab-, semicolon- and comma-separated tables (quoted and
unquoted cells), JSON (indented, compact, \\u escapes), XML elements, mail headers and quotes, chat exports with three
time-stamp styles and senders shown as phone numbers, Instagram DMs, capitals with OCR noise, lower case, in each
country's conventions (German "str." and floors, "Whg.", "Hinterhaus", Austrian "/Top", "/Stiege/Tür" numbers,
"Jänner" and "A-", Swiss "strasse", "CH-", French "bis"/"ter", complement lines, upper-case towns, Belgian "bte"/
"boîte" and "B-", Luxembourg "12, rue ..." and "L-", Italian "n.", "int.", "scala", "piano" and province codes with
and without parentheses, British flats and postcodes after the town, Irish Eircodes and localities, US "Apt", "#",
"Unit" and ZIP+4, Canadian "unit-civic" numbers and "(Québec)", Australian "Unit 3/12" and upper-case suburbs, New
Zealand suburb lines; addresses abroad in Poland, Portugal, Spain, the Netherlands, Türkiye, Croatia, Romania,
Sweden, Ukraine, Greece, Brazil, the Philippines, Denmark and Czechia); phone numbers national and
international with "(0)", "00", slashes, dots, hyphens, parentheses, compact E.164, DIN-style hyphenated extensions
and extensions as a word after the number, Luxembourg, Belgian, Swiss, Irish, NANP, Australian and New Zealand
groupings, La Réunion numbers and foreign mobiles; dates of birth numeric (with and without leading zeros), two-digit
years, ISO, US month-first, Canadian ISO and "1984/07/03", dashes, dots, month names and abbreviations in four
languages ("1er", "1°", "Jänner", "Jän.", English ordinals: "3rd July 1984", "3rd of July 1984", "July 3rd, 1984"),
after "*", in capitals and lower case.  Names in "First Last", "Last, First", "LAST First", "LAST, First", "Last
First" (Italian lists), "A. Last", "K.-H. Last", "First L.", separate first-name / surname fields and XML / JSON
fields, first names alone (chat senders, artists, relatives, cleaners), surnames alone (after salutations, route
sheets, "Dr.", cited authors), all capitals, lower case, possessives and plurals ("Camilas Mann", "the Meiers"),
nicknames, particles, double and hyphenated names, names that are ordinary words, diacritics and their ASCII
spellings in e-mail addresses, \\u escapes in JSON.  Unlabelled distractors: juror, pool, panel, pitch, seller,
booking, request, tour, course, licence, staff, payroll, application, docket, case, court file, residence permit,
ticket, entry, comment and user ids, ID-card, passport and driving-licence numbers, social security / tax numbers
(Rentenversicherungsnummer, Austrian SVNR, AHV, NIR, NISS, codice fiscale, NI, PPSN, SSN, SIN, TFN, IRD; some
embedding the date of birth), domestic bank details (sort codes, routing, transit, BSB and NZ account numbers), BICs,
plates, car models, Wi-Fi names and passwords, amounts, prices, fees, percentages, heights and shoe sizes, plain dates
and times (hearings, shoots, collections, courses, swaps, draws, appointments, signatures, validity and permit
dates), birth places, nationalities, occupations, pets' names, project and product titles, role names in a call
sheet, masked cards and "card ending 1234", expiry dates, Instagram user names and @-mentions, role mailboxes (info@,
contact@, bookings@, schoeffen@, jury@, juryservice@, giudicipopolari@, abfallberatung@, proprete@, ambiente@,
waste@), free-phone, shared-cost and service numbers, emergency numbers, companies (Faker company names, also made
of surnames, studios, production companies, casting agencies, IP firms, training providers, banks, care homes),
courts and authorities, towns and postcodes alone.

Names: Faker locales de_DE, de_AT, de_CH, fr_FR, fr_BE, fr_CH, it_IT, en_GB, en_IE, en_US and en_NZ (gendered first
names and surnames; it_CH, en_CA and en_AU have no person provider of their own in this Faker version, so Ticino uses
it_IT, Canada and Australia en_US, and Luxembourg fr_FR, each with the region's own list; names with non-Latin letters
are skipped), plus lists written here: region-own surname lists (German ordinary-word, particle, Mennonite and rare
names, Austrian and Austro-Czech, Swiss German and Romansh, French, Breton, Basque, Corsican, Réunionese, Alsatian
and particle names, Walloon / Flemish, Swiss-French, Luxembourgish, Italian particles, southern, Sardinian and
Friulian, Ticinese, English, Welsh, Cornish, Scottish and ordinary-word names, Irish and Irish-language, US (Navajo,
African-American and others), Canadian (Québécois, Punjabi, Ukrainian, First Nations), Australian (Greek, Italian,
Vietnamese, Aboriginal), Maori and Pacific), language-own first-name lists (double first names, ordinary-word names)
with region-own additions (Luxembourgish, Irish-language, Maori and Pacific, African-American and Navajo, Québécois,
Punjabi, Australian, Ticinese, Swiss German and Romansh, Austrian), nickname lists, and community lists (Turkish and
Kurdish, Arabic and Maghrebi, Polish, Ukrainian, Vietnamese, Portuguese and Brazilian, Balkan and Albanian, West
African, South Asian and Tamil, Chinese, Korean, Japanese, Persian and Afghan, Horn of Africa, Romanian, Greek,
Hispanic and Andean, Filipino, Hebrew; Polish and Greek surnames take their feminine forms).  About 58 % of the people
come from the region's own Faker locale (60 %) and lists (40 %), 28 % from the community lists (one in twelve with a
first name of another community) and 14 % from the other languages' Faker locales; about 6 % get a double surname
(hyphenated, or with a space in Italian, Hispanic and Lusophone names); relatives share the surname most of the time.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, CARD), copied from holdout14 (which copied them from
holdout13 and holdout5..holdout12):
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
Further decisions copied from holdout13/14 (and holdout5..holdout12): a surname alone after a salutation or in a
surname field and a first name alone are PERSON; lowercase names are PERSON; "Peter und Claudia Huber" is two spans;
the dates of birth of children are DOB; quotes around a value are outside the span; passport, tax, social-security,
national-id, insurance and health-service numbers have no type; values are labelled exactly as written in the source
(a JSON escape inside a value is inside the span); "Lisa K." is one PERSON span including the dot; a national phone
number with its area code in parentheses is one PHONE span including the parentheses; a form or table that keeps the
street and "postcode town" in separate fields gives two ADDRESS spans, a separate postcode-only or town-only field is
not labelled; short forms in rosters ("Meier A.", "A. Meier") are PERSON; kinship and role words (Oma, mamie, nonna,
Nan, Tochter, la figlia, daughter) are outside the PERSON span; a company's PO box with postcode and town is an
ADDRESS; a full card number in an export is CARD; JSON ``street`` / ``line1`` are ADDRESS, ``zip``,
``postalCode``, ``city`` and ``country`` are not; payees who are persons and their IBANs are labelled; French and
Italian gendered forms are resolved per person, the cue ("né", "née", "né(e) le", "nato/a il") is outside the DOB
span; firms, agencies and practices named after a person are not labelled; a business's or an office's direct number
is PHONE; the direct (geographic or mobile) line of an office is PHONE, free-phone, shared-cost and service numbers
are hotlines and unlabelled, as are role mailboxes; "the Popescus' gate": the surname is PERSON, the plural /
possessive ending outside; a sender shown as a phone number is PHONE; "*" / "geb." before a date of birth is outside
the DOB span; in XML the name elements are one PERSON span each, the street element is ADDRESS, postcode and city
are not; a card number typed into a chat or mail is CARD; ``pan`` is CARD, ``expiry`` is not, a cardholder in
capitals is PERSON; a display name is PERSON, a user name with digits is a user id.

Clarifications decided here while writing the templates (never after looking at any anonymizer output):
* General: "Street 12, 12345 Town, Country" written on one line (also abroad) is one ADDRESS span, the country
  outside; a place of birth after "à" / "a" / in its own column is outside the DOB span and unlabelled; Italian
  elided articles before a date ("nata l'8 marzo 1990", "dell'11") are outside the span.
* Jury service: juror, pool and panel numbers, court case numbers, courtrooms, occupations, statuses and places of
  birth are unlabelled; a proposal list's address column holding only street and number is ADDRESS; the jury office's
  direct line (extension word outside) is PHONE, its role mailbox is not; the court's address is ADDRESS; the mother
  the juror cares for, the GP after "Dr." / "le Dr" / "dott." and the line manager are PERSON, the mother's date of
  birth is DOB; US routing numbers for expenses are unlabelled.
* Flea markets: pitch, stand and seller numbers, ID-card / licence / passport numbers, codice fiscale, hobbyist card
  numbers, plates and fees are unlabelled; in "né(e) le 12/03/1984 à Lyon" only the date is DOB; payout cells holding
  an IBAN are IBAN, "bar" / "cash", sort codes, BSB and NZ account numbers are not, "Interac <mail>" is EMAIL, "PayID
  <mobile>" is PHONE; a card number written on a booking slip is CARD, its expiry is not; the treasurer and the
  neighbour lending tables are PERSON.
* Film and photo shoots: production companies, photo studios, casting agencies, project titles, role names in a call
  sheet ("Mutter", "Waiter") and heights, shoe sizes, playing ages, agency ids, photo URLs and fees are unlabelled;
  every crew and cast name is PERSON; the location, pick-up and hospital addresses are ADDRESS, the hospital's name is
  not, its number is PHONE and the emergency number is not; in the casting JSON ``firstName`` / ``lastName`` are one
  PERSON span each, ``dateOfBirth`` is DOB, ``city`` is not labelled, ``street`` is ADDRESS, an agent's ``name`` is
  PERSON and ``phone`` PHONE; the minor model's parent is PERSON; the witness is PERSON.
* Tattoo studios: studio names, Instagram user names (also the studio's), designs and placements, deposits and
  "****1234" are unlabelled; artists' first names and nicknames are PERSON; the parent whose account paid the deposit
  is PERSON; the owner's PayPal address is EMAIL; a full card number in the client's mail is CARD, its expiry is not;
  driving-licence and ID numbers on the consent form are unlabelled.
* Patents: application and docket numbers, staff numbers, shares, IPC-like classes and fees are unlabelled;
  applicants and IP firms (also named after a partner) are unlabelled; cited authors ("Keller et al.") are PERSON;
  inventors' home addresses (also abroad) and the firm's office address are ADDRESS; fax numbers are PHONE.
* Bulky waste: booking / request / tour numbers, vehicle plates, items, floors, coordinates and collection dates are
  unlabelled; in a route sheet the street column is ADDRESS and a surname alone in capitals is PERSON; a neighbour
  named in a note ("bei Frau Keller klingeln", "ask for Grace at no. 32") is PERSON, a bare house number is not;
  "card ending 1234" is unlabelled, the cardholder in capitals is PERSON; the authority's office address and direct
  line are labelled, its free-phone number and role mailbox are not.
* Household employment: social-security, tax, employer and payroll numbers, wages, hours and start dates are
  unlabelled; the employee's and the employer's IBANs are labelled, domestic account details elsewhere are not; the
  employee's birth name is PERSON; the grandmother, the GP and the neighbour holding the key in a chat are PERSON.
* First-aid courses: course numbers, trainer licence numbers, accident-insurer member numbers, codice fiscale, staff
  numbers, scores and validity dates are unlabelled; training providers and employers are unlabelled; the course
  venue's address is ADDRESS; a company card number in a booking mail is CARD, the cardholder PERSON.
* Home swaps: listing / member numbers, plates, car models, Wi-Fi names and passwords, pets' names and the towns in
  parentheses after a sender are unlabelled; named drivers' dates of birth are DOB; "Camilas Mann" / "Camila's husband":
  the first name is PERSON, the ending outside; the GP's practice address and number, the cleaner's first name and the
  plumber (with his firm unlabelled) are labelled.
* Prize draws: time stamps, answers, ticket numbers and ranges, comment ids, like counts and post URLs are
  unlabelled; Instagram user names and @-mentions are unlabelled user ids, ``full_name`` is PERSON; "Anna M. aus
  Köln": "Anna M." is PERSON, the town is not; a card number typed into a prize claim form for a fee is CARD.
* Naturalisation: case numbers, residence permit numbers, nationalities, places of birth, language-test results,
  fees and appointment dates are unlabelled; the birth name is PERSON; every address of a residence history (also
  abroad) is ADDRESS; the referee, the case worker, the lawyer in "Cc", the interpreter and the lawyer's initialled
  signature ("H. Meier") are PERSON; in a card authorisation the holder is PERSON, the number CARD, the expiry not.
* Guardianship: court file numbers, room numbers, care homes, banks, account types, balances, pensions and incomes are
  unlabelled; the accounts' IBANs are labelled; the care home's address, a room's direct line and the hospital's
  address are labelled; callers in a phone log (relatives, staff, neighbours; also surname alone) are PERSON with the
  role word outside.

Usage (repo root): python bench/privacy/generate_holdout15.py [--out PATH] [--only TEMPLATE]
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from faker import Faker

OUT = Path(__file__).resolve().parent / "data" / "synthetic_holdout15.jsonl"
SET = "holdout15"
LANG_REGIONS = {
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH", "LU"],
    "it": ["IT", "CH"],
    "en": ["GB", "IE", "US", "CA", "AU", "NZ"],
}
N_DOCS = 10
TODAY = date(2026, 12, 5)

# --------------------------------------------------------------------------------------------------------------------
# Inline markers: a labelled value is written as OPEN[type] + value + CLOSE and resolved into offsets at the very end,
# so that whole-document transforms (case changes, OCR noise, line filling, escaping, padding) keep the labels exact.
# --------------------------------------------------------------------------------------------------------------------
TYPES = ("PERSON", "PHONE", "ADDRESS", "DOB", "EMAIL", "IBAN", "CARD")
_OPEN = {t: chr(0xE000 + i) for i, t in enumerate(TYPES)}
_TYPE_OF = {c: t for t, c in _OPEN.items()}
_CLOSE = "\ue00f"
_GLUE = "\ue010"  # a space inside a labelled value while a text is re-filled
_MARKS = set(_TYPE_OF) | {_CLOSE, _GLUE}


def mk(t: str, s: str) -> str:
    if not s or s != s.strip() or "\n" in s:
        raise ValueError(f"bad value {s!r}")
    if any(c in _MARKS for c in s):
        raise ValueError(f"nested marker in {s!r}")
    return _OPEN[t] + s + _CLOSE


def P(s: str) -> str:
    return mk("PERSON", s)


def PH(s: str) -> str:
    return mk("PHONE", s)


def AD(s: str) -> str:
    return mk("ADDRESS", s)


def DB(s: str) -> str:
    return mk("DOB", s)


def EM(s: str) -> str:
    return mk("EMAIL", s)


def IB(s: str) -> str:
    return mk("IBAN", s)


def CA(s: str) -> str:
    return mk("CARD", s)


def plain(s: str) -> str:
    return "".join(" " if c == _GLUE else c for c in s if c not in _TYPE_OF and c != _CLOSE)


def vlen(s: str) -> int:
    return len(plain(s))


def segments(s: str) -> list[tuple[str, str | None]]:
    """Split a marked string into (text, type) pieces; type None for unlabelled text."""
    out: list[tuple[str, str | None]] = []
    buf: list[str] = []
    cur: str | None = None
    for c in s:
        if c in _TYPE_OF:
            if cur is not None:
                raise ValueError("nested marker")
            if buf:
                out.append(("".join(buf), None))
            buf, cur = [], _TYPE_OF[c]
        elif c == _CLOSE:
            if cur is None:
                raise ValueError("unbalanced marker")
            out.append(("".join(buf), cur))
            buf, cur = [], None
        else:
            buf.append(c)
    if cur is not None:
        raise ValueError("unclosed marker")
    if buf:
        out.append(("".join(buf), None))
    return out


def join_segments(parts: list[tuple[str, str | None]]) -> str:
    return "".join(t if ty is None else _OPEN[ty] + t + _CLOSE for t, ty in parts)


def map_free(s: str, fn) -> str:
    """Apply fn to the unlabelled text only."""
    return join_segments([(fn(t) if ty is None else t, ty) for t, ty in segments(s)])


def resolve(s: str) -> tuple[str, list[dict]]:
    text: list[str] = []
    ents: list[dict] = []
    pos = 0
    for t, ty in segments(s):
        t = t.replace(_GLUE, " ")
        if ty is not None:
            ents.append({"start": pos, "end": pos + len(t), "type": ty, "text": t})
        text.append(t)
        pos += len(t)
    return "".join(text), ents


# ---------------------------------------------------------------------------------------------------- transforms ---
_OCR = {"O": "0", "I": "1", "S": "5", "B": "8", "E": "F", "G": "6", "L": "I", "Z": "2", "M": "RN", "D": "O"}


def upper(s: str, rng: random.Random | None = None, noise: float = 0.03) -> str:
    """Upper-case everything; with rng, add OCR letter confusions and doubled spaces to the unlabelled text."""
    s = s.upper()
    if rng is None:
        return s

    def ocr(t: str) -> str:
        out = []
        for c in t:
            r = rng.random()
            if c in _OCR and r < noise:
                out.append(_OCR[c])
            elif c == " " and r < noise:
                out.append("  ")
            else:
                out.append(c)
        return "".join(out)

    return map_free(s, ocr)


def lower(s: str) -> str:
    return s.lower()


def fill(s: str, width: int, rng: random.Random, hyphen: bool = True) -> str:
    """pdftotext-style line filling of paragraphs (separated by blank lines); lines starting with two spaces or
    containing a tab are kept.  Labelled values are never broken; unlabelled long words may be hyphenated."""
    glued = join_segments([(t.replace(" ", _GLUE) if ty else t, ty) for t, ty in segments(s)])
    paras = glued.split("\n\n")
    out_paras = []
    for para in paras:
        if para.startswith("  ") or "\t" in para or para.startswith("|"):
            out_paras.append(para)
            continue
        words = para.split()
        lines: list[str] = []
        cur = ""
        for w in words:
            if not cur:
                cur = w
                continue
            if vlen(cur) + 1 + vlen(w) <= width:
                cur += " " + w
                continue
            room = width - vlen(cur) - 2
            core = w.rstrip(".,;:)")
            if (hyphen and room >= 3 and len(core) >= 8 and core.isalpha() and not any(c in _MARKS for c in w)
                    and rng.random() < 0.7):
                cut = min(room, len(core) - 3)
                if cut >= 3:
                    lines.append(cur + " " + w[:cut] + "-")
                    cur = w[cut:]
                    continue
            lines.append(cur)
            cur = w
        if cur:
            lines.append(cur)
        out_paras.append("\n".join(lines))
    return "\n\n".join(out_paras).replace(_GLUE, " ")


def _esc_char_json(c: str, ascii_only: bool) -> str:
    if c in _MARKS:
        return c
    if c == '"':
        return '\\"'
    if c == "\\":
        return "\\\\"
    if c == "\n":
        return "\\n"
    if c == "\t":
        return "\\t"
    o = ord(c)
    if o < 0x20:
        return f"\\u{o:04x}"
    if ascii_only and o > 0x7E:
        if o > 0xFFFF:
            o -= 0x10000
            return f"\\u{0xD800 + (o >> 10):04x}\\u{0xDC00 + (o & 0x3FF):04x}"
        return f"\\u{o:04x}"
    return c


def jstr(s: str, ascii_only: bool = False) -> str:
    return '"' + "".join(_esc_char_json(c, ascii_only) for c in s) + '"'


def jdump(obj, indent: int | None = 2, ascii_only: bool = False, _lvl: int = 0) -> str:
    """JSON serialiser that keeps the markers (values are escaped inside their spans)."""
    if isinstance(obj, str):
        return jstr(obj, ascii_only)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int | float):
        return json.dumps(obj)
    sep_item = "," if indent is not None else ", "
    if indent is None:
        sep_item, colon = ",", ":"
    else:
        colon = ": "
    pad_in = "\n" + " " * (indent * (_lvl + 1)) if indent is not None else ""
    pad_out = "\n" + " " * (indent * _lvl) if indent is not None else ""
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [pad_in + jstr(k) + colon + jdump(v, indent, ascii_only, _lvl + 1) for k, v in obj.items()]
        return "{" + sep_item.join(items) + pad_out + "}"
    if isinstance(obj, list | tuple):
        if not obj:
            return "[]"
        items = [pad_in + jdump(v, indent, ascii_only, _lvl + 1) for v in obj]
        return "[" + sep_item.join(items) + pad_out + "]"
    raise TypeError(type(obj))


def check_json(s: str) -> None:
    json.loads(plain(s))


def xesc(s: str) -> str:
    rep = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
    return "".join(rep.get(c, c) for c in s)


def csv_cell(s: str, delim: str = ",", force: bool = False) -> str:
    raw = plain(s)
    if force or delim in raw or '"' in raw or "\n" in raw:
        return '"' + s.replace('"', '""') + '"'
    return s


def csv_row(cells: list[str], delim: str = ",", force: bool = False) -> str:
    return delim.join(csv_cell(c, delim, force) for c in cells)


def pad(s: str, w: int) -> str:
    n = vlen(s)
    return s + " " * (w - n) if n < w else s + " "


def rpad_row(cells: list[str], widths: list[int]) -> str:
    return "".join(pad(c, w) for c, w in zip(cells, widths, strict=True)).rstrip()


def md_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def fixed_table(header: list[str], rows: list[list[str]], gap: int = 2) -> str:
    widths = [max(vlen(x) for x in col) + gap for col in zip(header, *rows, strict=True)]
    out = [rpad_row(header, widths), "-" * (sum(widths) - gap)]
    out += [rpad_row(r, widths) for r in rows]
    return "\n".join(out)


def aligned(pairs: list[tuple[str, str]], colon: str = ":", width: int | None = None) -> str:
    w = width if width is not None else max(len(k) for k, _ in pairs) + len(colon) + 1
    return "\n".join(pad(k + colon, w) + v for k, v in pairs)


def kv(pairs: list[tuple[str, str]], colon: str = ": ") -> str:
    return "\n".join(k + colon + v for k, v in pairs)


# ------------------------------------------------------------------------------------------------ check helpers ---
def iban_ok(s: str) -> bool:
    c = re.sub(r"[\s-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c):
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def luhn_ok(digits: str) -> bool:
    d = [int(x) for x in digits][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_digit(body: str) -> str:
    for k in range(10):
        if luhn_ok(body + str(k)):
            return str(k)
    raise AssertionError


def fold(s: str, german: bool = False) -> str:
    """ASCII spelling of a name for an e-mail address."""
    if german:
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
            s = s.replace(a, b)
    s = s.replace("ø", "o").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    s = s.replace("æ", "ae").replace("œ", "oe").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def is_latin(s: str) -> bool:
    for c in s:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


# -------------------------------------------------------------------------------------------------------- names ---
# Region-own surnames (ordinary-word names, particles, regional and rare names) written here; Faker gives the rest.
OWN_SURNAMES = {
    "DE": ["Fuchs", "Vogel", "Winter", "Sommer", "Koch", "Brandt", "Kühn", "Große", "von Bredow", "von der Heyde",
           "zu Dohna", "Thießen", "Penner", "Friesen", "Klassen", "Wiebe", "Janzen", "Rümmele", "Ohnesorge", "Liebig",
           "Gottschalk", "Morgenstern", "Stein", "Engel", "Lamm", "Hase", "Kranich", "Pfeiffer", "Dreßler",
           "Nußbaum", "Eichhorn", "Sauer", "Frühling", "Mai", "Böhm", "Tietz", "Jäckel", "Wendt", "Kaiser", "Bauer"],
    "AT": ["Gruber", "Huber", "Pichler", "Moser", "Hofer", "Leitner", "Steiner", "Wimmer", "Egger", "Brunner",
           "Auer", "Lechner", "Haas", "Fuchsberger", "Novak", "Dvořák", "Prohaska", "Hrdlicka", "Swoboda",
           "Kovacic", "Zechner", "Oberhauser", "Rainer", "Brandstätter", "Hinterleitner", "Ebner", "Strasser",
           "Wallner", "Pölzl", "Kettner"],
    "CHde": ["Gerber", "Zürcher", "Rüegg", "Bachmann", "Hug", "Iten", "Tschudi", "Caflisch", "Casutt", "Cadonau",
             "Giger", "Vontobel", "Hürlimann", "Stäheli", "Näf", "Wüthrich", "Zbinden", "Aebischer", "Rohner",
             "Gisler", "Zgraggen", "Tuor", "Kälin", "Schnyder", "Imboden", "Good", "Frei", "Koller"],
    "FR": ["Le Gall", "Le Goff", "Kerbrat", "Quéméner", "Etcheverry", "Harispe", "Casanova", "Santoni", "Schaeffer",
           "Lefèvre", "Garnier", "Rousseau", "Fontaine", "Chevalier", "Mercier", "Blanc", "Roy", "Lebrun",
           "de La Fontaine", "d'Aubigny", "Delacroix", "Boulanger", "Charpentier", "Legrand", "Petit", "Marchand",
           "Rivière", "Hoarau", "Payet", "Grondin", "Lejeune", "Printemps", "Bonnefoy", "Jolivet"],
    "BE": ["Peeters", "Janssens", "Maes", "Dubois", "Lambert", "Dupont", "Claes", "Goossens", "Wouters", "De Smet",
           "Van den Bossche", "Vandenberghe", "Lejeune", "Delvaux", "Renard", "Collard", "Wathelet", "Leroy",
           "Hennuy", "Dethier", "Pirard", "Gilson", "Mathieu", "Lemaire", "Vanderlinden"],
    "CHfr": ["Rochat", "Favre", "Bovet", "Cuche", "Jaquier", "Monnier", "Pittet", "Chappuis", "Perrin", "Ducommun",
             "Jeanneret", "Berset", "Girardet", "Reymond", "Bonvin", "Crettenand", "Fellay", "Besson", "Vuilleumier"],
    "LU": ["Schmit", "Muller", "Weber", "Wagner", "Hoffmann", "Thill", "Kremer", "Schroeder", "Reuter", "Klein",
           "Faber", "Hansen", "Kieffer", "Biver", "Feltgen", "Wirtz", "Majerus", "Theisen", "Goedert", "Mangen"],
    "IT": ["Esposito", "Russo", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti",
           "De Luca", "Di Stefano", "Dell'Orto", "La Rosa", "Lo Bianco", "Dalla Costa", "D'Angelo", "Caputo", "Sanna",
           "Piras", "Pinna", "Melis", "Deiana", "Cossu", "Furlan", "Zanin", "Cirillo", "Ferrara", "Coppola", "Amato",
           "Pellegrino", "Santoro", "Lombardi", "Barbieri", "Vitale", "Longo", "Speranza", "Fortuna", "Del Vecchio"],
    "CHit": ["Bernasconi", "Bianchi", "Rusconi", "Cattaneo", "Pedrazzini", "Lepori", "Soldati", "Gianella",
             "Balestra", "Guscetti", "Zanetti", "Gendotti", "Quadri", "Crivelli", "Ghisletta", "Pellanda",
             "Fumagalli", "Rezzonico", "Beffa", "Canonica"],
    "GB": ["Smith", "Jones", "Williams", "Taylor", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Griffiths",
           "Pritchard", "ap Rhys", "Pengelly", "Trelawny", "Penrose", "MacLeod", "Mackenzie", "Fraser", "Baker",
           "Cook", "Fisher", "Bird", "Hart", "Stone", "Wood", "Hill", "Moss", "Frost", "Brook", "Young", "Little"],
    "IE": ["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill", "McCarthy",
           "Ní Bhriain", "Ó Súilleabháin", "Mac Giolla Phádraig", "Ní Dhomhnaill", "Ó Ceallaigh", "Fitzgerald",
           "Doherty", "Gallagher", "Quinn", "Nolan", "Brennan", "McLoughlin", "Kavanagh", "Dunne"],
    "US": ["Washington", "Jackson", "Robinson", "Begay", "Yazzie", "Tsosie", "Benally", "Freeman", "Banks", "Brooks",
           "Hernandez", "Nguyen", "Kowalski", "Olson", "Lindqvist", "Goldberg", "Castillo", "Whitehorse"],
    "CA": ["Tremblay", "Gagnon", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gélinas", "Bélanger",
           "Sandhu", "Grewal", "Dhillon", "Kovalenko", "Hrynyk", "Bearskin", "Littlechild", "Cardinal", "MacDonald"],
    "AU": ["Papadopoulos", "Nguyen", "Tran", "Russo", "Costa", "Kelly", "Walker", "Anderson", "Mitchell", "Campbell",
           "Thompson", "O'Brien", "Tatnell", "Mununggurr", "Yunupingu", "Watson", "Nicholls", "Brady"],
    "NZ": ["Ngata", "Parata", "Tamihana", "Te Whare", "Henare", "Rāwiri", "Pōmare", "Tuilagi", "Fa'amausili",
           "Taufa", "Leota", "Thomson", "Robertson", "McKenzie", "Stewart", "Te Kani", "Ropata"],
}
OWN_FIRST = {
    "de": (["Karl-Heinz", "Hans-Peter", "Jan-Ole", "Klaus", "Friedrich", "Moritz", "Jonas", "Till", "Ole", "Anton",
            "Konrad", "Mats", "Emil", "Veit"],
           ["Anne-Kathrin", "Marie-Luise", "Heike", "Rosa", "Lilli", "Sonja", "Frieda", "Lotte", "Mia", "Ilse",
            "Hanna", "Stella", "Wiebke", "Merle"]),
    "fr": (["Jean-Baptiste", "Pierre-Yves", "Jean-Marc", "Loïc", "Yannick", "Gaël", "Ange", "Dominique", "Pascal",
            "Olivier", "Maël", "Baptiste", "Aurélien"],
           ["Marie-Claire", "Anne-Sophie", "Maëlle", "Solène", "Capucine", "Rose", "Violette", "Blanche", "Perrine",
            "Océane", "Clémence", "Aude", "Gwenaëlle"]),
    "it": (["Gian Luca", "Pier Paolo", "Gianmarco", "Salvatore", "Gennaro", "Ciro", "Efisio", "Gavino", "Primo",
            "Fortunato", "Benvenuto", "Mattia", "Nicolò"],
           ["Maria Grazia", "Anna Maria", "Maria Teresa", "Rosaria", "Assunta", "Immacolata", "Gioia", "Stella",
            "Serena", "Fortunata", "Chiara", "Bianca", "Ginevra"]),
    "en": (["Robin", "Rowan", "Bill", "Bob", "Hunter", "Mason", "Sonny", "Ernie", "Ewan", "Rhys", "Jack", "Reuben"],
           ["Hope", "Faith", "Grace", "Joy", "Summer", "April", "Ivy", "Holly", "Megan", "Mary-Kate", "Rose", "Poppy"]),
}
REGION_FIRST = {
    "LU": (["Jos", "Gilles", "Claude", "Tom", "Ben", "Pol", "Gust", "Romain", "Fernand"],
           ["Martine", "Josée", "Carole", "Lis", "Mady", "Sandy", "Tessy", "Nadine", "Jacqueline"]),
    "IE": (["Ciarán", "Donncha", "Tadhg", "Pádraig", "Oisín", "Cian", "Darragh"],
           ["Saoirse", "Caoimhe", "Aoibheann", "Róisín", "Siobhán", "Niamh", "Aoife"]),
    "NZ": (["Wiremu", "Tama", "Rawiri", "Hēmi", "Manaia", "Tane", "Sione"],
           ["Aroha", "Mere", "Anahera", "Ngaio", "Kahurangi", "Mele", "Moana"]),
    "US": (["Jamal", "Marquis", "Darnell", "Ahiga", "Tyrell", "Cody", "Wyatt"],
           ["Ebony", "Aaliyah", "Nizhoni", "Latoya", "Shayla", "Brittany", "Kaylee"]),
    "CA": (["Jean-François", "Mathieu", "Stéphane", "Maxime", "Sébastien", "Gurpreet", "Taras"],
           ["Marie-Ève", "Geneviève", "Gabrielle", "Josée", "Manpreet", "Oksana", "Kateri"]),
    "AU": (["Shane", "Darren", "Lachlan", "Jarrah", "Bradley", "Hamish"],
           ["Bronwyn", "Kylie", "Narelle", "Kirra", "Tegan", "Shannon"]),
    "CHit": (["Ivo", "Mirko", "Fulvio", "Sandro", "Moreno"], ["Mara", "Ilaria", "Nives", "Fabiola", "Ornella"]),
    "CHde": (["Reto", "Urs", "Beat", "Ueli", "Jürg", "Men"], ["Regula", "Vreni", "Barbla", "Corina", "Seraina"]),
    "AT": (["Sepp", "Florian", "Hannes", "Lukas", "Valentin"], ["Resi", "Theresa", "Johanna", "Leni", "Magdalena"]),
}
NICKNAMES = {
    "de": ["Steffi", "Micha", "Basti", "Flo", "Uli", "Conny", "Gabi", "Toni", "Kalle", "Jupp", "Sepp", "Hansi",
           "Moni", "Biggi"],
    "fr": ["Jojo", "Manu", "Seb", "Fanfan", "Béa", "Flo", "Nico", "Steph", "Titi", "Cathy", "Domi", "Mimi"],
    "it": ["Pino", "Gigi", "Peppe", "Totò", "Nino", "Betta", "Lalla", "Fede", "Vale", "Sandrino", "Ciccio", "Teo"],
    "en": ["Jonno", "Bazza", "Shaz", "Lizzie", "Mikey", "Davo", "Charlie", "Jess", "Sam", "Al", "Tash", "Robbo"],
}
# (male first names, female first names, surnames) of communities living in all regions.
COMMUNITIES = {
    "turkish": (["Mehmet", "Mustafa", "Emre", "Burak", "Cem", "Hakan", "Yusuf", "Serkan", "Baran", "Serhat"],
                ["Ayşe", "Elif", "Zeynep", "Fatma", "Derya", "Gül", "Hatice", "Büşra", "Rojda", "Berfin"],
                ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç",
                 "Korkmaz", "Güneş", "Aksoy"]),
    "arabic": (["Mohamed", "Youssef", "Karim", "Omar", "Rachid", "Hamza", "Bilal", "Nabil", "Samir", "Ahmed"],
               ["Fatima", "Amina", "Leila", "Nadia", "Yasmina", "Samira", "Khadija", "Salma", "Rania", "Imane"],
               ["Benali", "El Amrani", "Bouzid", "Haddad", "Khalil", "Mansour", "Ben Youssef", "Abou Khalil",
                "al-Masri", "Cherif", "Belkacem", "Ait Ahmed", "Ouali", "Zerrouki", "El Idrissi"]),
    "polish": (["Piotr", "Tomasz", "Krzysztof", "Łukasz", "Paweł", "Wojciech", "Marek", "Jakub"],
               ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Magdalena", "Ewa", "Zofia", "Marta"],
               ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
                "Woźniak", "Dąbrowski", "Mazur", "Krawczyk", "Jabłoński"]),
    "ukrainian": (["Oleksandr", "Andrii", "Dmytro", "Serhii", "Taras", "Bohdan", "Yurii", "Mykola"],
                  ["Olena", "Iryna", "Oksana", "Nataliia", "Kateryna", "Yuliia", "Svitlana", "Halyna"],
                  ["Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko",
                   "Marchenko", "Savchuk", "Lysenko", "Ponomarenko", "Hnatiuk"]),
    "vietnamese": (["Minh", "Tuấn", "Hùng", "Quang", "Dũng", "Khoa", "Long", "Bảo"],
                   ["Lan", "Hương", "Thảo", "Ngọc", "Linh", "Mai", "Trang", "Thu"],
                   ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Nguyen", "Tran"]),
    "lusophone": (["João", "Tiago", "Rui", "Paulo", "Gonçalo", "Thiago", "Lucas", "Rafael"],
                  ["Ana", "Beatriz", "Inês", "Mariana", "Joana", "Fernanda", "Luana", "Conceição"],
                  ["da Silva", "dos Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins",
                   "Sousa", "Gonçalves", "Carvalho", "de Almeida", "Fonseca"]),
    "balkan": (["Arben", "Besnik", "Dragan", "Milan", "Nikola", "Emir", "Amir", "Luka", "Goran", "Admir"],
               ["Arta", "Drita", "Jelena", "Ivana", "Milica", "Amra", "Lejla", "Vesna", "Blerta", "Mirela"],
               ["Krasniqi", "Hoxha", "Berisha", "Gashi", "Shala", "Petrović", "Jovanović", "Nikolić", "Hodžić",
                "Begić", "Kovačević", "Marić", "Babić", "Delić", "Petrovic"]),
    "westafrican": (["Kwame", "Kofi", "Moussa", "Mamadou", "Chinedu", "Oluwaseun", "Ibrahima", "Sékou", "Yaw",
                     "Emeka"],
                    ["Ama", "Aïssatou", "Fatoumata", "Ngozi", "Adaeze", "Mariama", "Awa", "Efua", "Chiamaka",
                     "Bintou"],
                    ["Mensah", "Owusu", "Diallo", "Traoré", "Coulibaly", "Okafor", "Adeyemi", "Ndiaye", "Sow",
                     "Diop", "Boateng", "Okonkwo", "Keïta", "Camara", "Eze"]),
    "southasian": (["Arjun", "Rahul", "Sanjay", "Vikram", "Imran", "Kumaran", "Tharshan", "Suresh", "Ravi"],
                   ["Priya", "Ananya", "Lakshmi", "Deepa", "Ayesha", "Nirmala", "Thivya", "Kavitha", "Sunita"],
                   ["Patel", "Sharma", "Singh", "Kaur", "Gupta", "Iyer", "Krishnan", "Sivakumar", "Thambirajah",
                    "Hussain", "Chaudhry", "Nair", "Reddy", "Sivanesan", "Kanagaratnam"]),
    "chinese": (["Wei", "Jun", "Hao", "Lei", "Ming"], ["Mei", "Xiaoling", "Yan", "Li Na", "Jing"],
                ["Wang", "Zhang", "Chen", "Liu", "Huang", "Zhao", "Wu", "Zhou"]),
    "korean": (["Min-jun", "Ji-hoon", "Seo-jun", "Dong-hyun"], ["Ji-woo", "Seo-yeon", "Min-ji", "Hye-jin"],
               ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon"]),
    "japanese": (["Haruto", "Takeshi", "Kenji", "Daisuke"], ["Yuki", "Aiko", "Sakura", "Haruka"],
                 ["Tanaka", "Suzuki", "Takahashi", "Yamamoto", "Watanabe", "Sato"]),
    "persian": (["Reza", "Ali", "Dariush", "Ahmad", "Farid", "Mehdi", "Hamid"],
                ["Shirin", "Maryam", "Parisa", "Zahra", "Laleh", "Nilufar", "Soraya"],
                ["Hosseini", "Rahimi", "Karimi", "Ahmadi", "Mohammadi", "Rezaei", "Noori", "Sadat", "Azizi",
                 "Popal"]),
    "horn": (["Tesfaye", "Yonas", "Abdi", "Dawit", "Samuel", "Abdirahman"],
             ["Selam", "Hiwet", "Faduma", "Hodan", "Meron", "Saba"],
             ["Tesfamariam", "Ghebremedhin", "Haile", "Warsame", "Hassan", "Mohamud", "Weldemichael", "Berhane"]),
    "romanian": (["Andrei", "Mihai", "Ionuț", "Florin", "Cristian", "Radu"],
                 ["Ioana", "Elena", "Andreea", "Mihaela", "Roxana", "Alina"],
                 ["Popescu", "Ionescu", "Popa", "Dumitrescu", "Stan", "Stoica", "Gheorghe", "Munteanu", "Dinu"]),
    "greek": (["Giorgos", "Nikos", "Dimitris", "Kostas", "Yannis"],
              ["Eleni", "Katerina", "Sofia", "Despina", "Vasiliki"],
              ["Papadopoulos", "Georgiou", "Nikolaidis", "Christodoulou", "Karagiannis", "Vlachos", "Oikonomou"]),
    "hispanic": (["José", "Carlos", "Javier", "Alejandro", "Diego", "Mateo", "Luis"],
                 ["María", "Lucía", "Carmen", "Valentina", "Camila", "Sofía", "Daniela"],
                 ["García", "Martínez", "López", "Hernández", "González", "Rodríguez", "Pérez", "Sánchez", "Quispe",
                  "Mamani", "Torres", "Flores", "de la Cruz"]),
    "filipino": (["Jose Mari", "Rommel", "Jericho", "Mark Anthony", "Rodel"],
                 ["Maricel", "Jocelyn", "Rowena", "Precious", "Lovely"],
                 ["Santos", "Reyes", "Dela Cruz", "Bautista", "Ocampo", "Mendoza", "Villanueva", "Macaraeg"]),
    "hebrew": (["Yossi", "Avi", "Noam", "Eitan", "Itai"], ["Tamar", "Noa", "Yael", "Shira", "Michal"],
               ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Shapiro"]),
}
_GREEK_F = {"Papadopoulos": "Papadopoulou", "Nikolaidis": "Nikolaidou", "Karagiannis": "Karagianni",
            "Vlachos": "Vlachou"}

FAKER_LOCALE = {"DE": "de_DE", "AT": "de_AT", "CHde": "de_CH", "FR": "fr_FR", "BE": "fr_BE", "CHfr": "fr_CH",
                "LU": "fr_FR", "IT": "it_IT", "CHit": "it_IT", "GB": "en_GB", "IE": "en_IE", "US": "en_US",
                "CA": "en_US", "AU": "en_US", "NZ": "en_NZ"}
OTHER_LOCALES = {"de": ["fr_FR", "it_IT", "en_GB", "en_US", "fr_BE", "en_IE"],
                 "fr": ["de_DE", "it_IT", "en_GB", "de_AT", "en_US", "de_CH"],
                 "it": ["de_DE", "fr_FR", "en_GB", "de_CH", "fr_CH", "en_US"],
                 "en": ["de_DE", "fr_FR", "it_IT", "de_AT", "fr_BE", "de_CH"]}
_FAKERS: dict[str, Faker] = {}


def feminine(surname: str, community: str) -> str:
    if community == "polish":
        for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if surname.endswith(m):
                return surname[: -len(m)] + f
    if community == "greek":
        return _GREEK_F.get(surname, surname)
    return surname


def masculine(surname: str) -> str:
    for f, m in (("ska", "ski"), ("cka", "cki"), ("dzka", "dzki")):
        if surname.endswith(f):
            return surname[: -len(f)] + m
    for m, f in _GREEK_F.items():
        if surname == f:
            return m
    return surname


@dataclass
class Person:
    first: str
    last: str
    g: str  # "f" or "m"
    origin: str = "own"
    nick: str = ""

    def full(self) -> str:
        return f"{self.first} {self.last}"

    def core_last(self) -> str:
        """The surname without a lower-case particle, e.g. for an initial."""
        words = self.last.split()
        while len(words) > 1 and words[0][0].islower():
            words = words[1:]
        return " ".join(words)

    def initial(self) -> str:
        parts = re.split(r"([- ])", self.first)
        return "".join(p[0] + "." if p not in ("-", " ") else ("-" if p == "-" else "") for p in parts if p)

    def fmt(self, style: str) -> str:
        f, last = self.first, self.last
        return {
            "full": f"{f} {last}",
            "last, first": f"{last}, {f}",
            "LAST first": f"{last.upper()} {f}",
            "LAST, first": f"{last.upper()}, {f}",
            "last first": f"{last} {f}",
            "i. last": f"{self.initial()} {last}",
            "first l.": f"{f} {self.core_last()[0].upper()}.",
            "last i.": f"{last} {self.initial()}",
            "FULL": f"{f} {last}".upper(),
            "first": f,
            "last": last,
            "LAST": last.upper(),
        }[style]


# ------------------------------------------------------------------------------------------- salutations etc. ---
def sal(lang: str, p: Person, short: bool = True) -> str:
    if lang == "de":
        return "Herr" if p.g == "m" else "Frau"
    if lang == "fr":
        return ("M." if p.g == "m" else "Mme") if short else ("Monsieur" if p.g == "m" else "Madame")
    if lang == "it":
        return ("Sig." if p.g == "m" else "Sig.ra") if short else ("Signor" if p.g == "m" else "Signora")
    return "Mr" if p.g == "m" else ("Ms" if short else "Mrs")


def gw(p: Person, m: str, f: str) -> str:
    return m if p.g == "m" else f


# ---------------------------------------------------------------------------------------------------------- geo ---
# (postcode, town, phone area code in national form, state / province / suburb or "")
TOWNS = {
    "DE": [("10997", "Berlin", "030", ""), ("80469", "München", "089", ""), ("50733", "Köln", "0221", ""),
           ("22765", "Hamburg", "040", ""), ("04275", "Leipzig", "0341", ""), ("90429", "Nürnberg", "0911", ""),
           ("28203", "Bremen", "0421", ""), ("79102", "Freiburg im Breisgau", "0761", ""),
           ("33615", "Bielefeld", "0521", ""), ("97072", "Würzburg", "0931", ""), ("24105", "Kiel", "0431", ""),
           ("18057", "Rostock", "0381", ""), ("66111", "Saarbrücken", "0681", ""), ("93049", "Regensburg", "0941", ""),
           ("49078", "Osnabrück", "0541", ""), ("35039", "Marburg", "06421", ""), ("37083", "Göttingen", "0551", ""),
           ("06114", "Halle (Saale)", "0345", ""), ("99085", "Erfurt", "0361", ""), ("01099", "Dresden", "0351", ""),
           ("55118", "Mainz", "06131", ""), ("88214", "Ravensburg", "0751", ""), ("83022", "Rosenheim", "08031", ""),
           ("26121", "Oldenburg", "0441", ""), ("44137", "Dortmund", "0231", ""), ("53115", "Bonn", "0228", ""),
           ("87439", "Kempten (Allgäu)", "0831", ""), ("94032", "Passau", "0851", ""),
           ("17489", "Greifswald", "03834", ""), ("03046", "Cottbus", "0355", ""), ("14469", "Potsdam", "0331", ""),
           ("72074", "Tübingen", "07071", ""), ("76133", "Karlsruhe", "0721", ""), ("83646", "Bad Tölz", "08041", ""),
           ("58511", "Lüdenscheid", "02351", ""), ("67433", "Neustadt an der Weinstraße", "06321", ""),
           ("25813", "Husum", "04841", ""), ("36037", "Fulda", "0661", "")],
    "AT": [("1070", "Wien", "01", ""), ("1160", "Wien", "01", ""), ("1100", "Wien", "01", ""),
           ("8010", "Graz", "0316", ""), ("4020", "Linz", "0732", ""), ("5020", "Salzburg", "0662", ""),
           ("6020", "Innsbruck", "0512", ""), ("9020", "Klagenfurt am Wörthersee", "0463", ""),
           ("3100", "St. Pölten", "02742", ""), ("6900", "Bregenz", "05574", ""), ("7000", "Eisenstadt", "02682", ""),
           ("4600", "Wels", "07242", ""), ("9500", "Villach", "04242", ""), ("2700", "Wiener Neustadt", "02622", ""),
           ("3500", "Krems an der Donau", "02732", ""), ("8700", "Leoben", "03842", ""),
           ("6850", "Dornbirn", "05572", ""), ("4400", "Steyr", "07252", ""), ("5700", "Zell am See", "06542", ""),
           ("2340", "Mödling", "02236", ""), ("6460", "Imst", "05412", "")],
    "CHde": [("8004", "Zürich", "044", ""), ("8400", "Winterthur", "052", ""), ("3013", "Bern", "031", ""),
             ("4057", "Basel", "061", ""), ("6003", "Luzern", "041", ""), ("9000", "St. Gallen", "071", ""),
             ("5000", "Aarau", "062", ""), ("7000", "Chur", "081", ""), ("6300", "Zug", "041", ""),
             ("8200", "Schaffhausen", "052", ""), ("2502", "Biel/Bienne", "032", ""), ("3600", "Thun", "033", ""),
             ("4500", "Solothurn", "032", ""), ("8500", "Frauenfeld", "052", ""), ("3900", "Brig", "027", ""),
             ("6460", "Altdorf", "041", ""), ("7500", "St. Moritz", "081", ""), ("8640", "Rapperswil", "055", "")],
    "CHfr": [("1205", "Genève", "022", ""), ("1004", "Lausanne", "021", ""), ("2000", "Neuchâtel", "032", ""),
             ("1700", "Fribourg", "026", ""), ("1950", "Sion", "027", ""), ("1400", "Yverdon-les-Bains", "024", ""),
             ("2300", "La Chaux-de-Fonds", "032", ""), ("1820", "Montreux", "021", ""), ("2800", "Delémont", "032", ""),
             ("1260", "Nyon", "022", ""), ("1920", "Martigny", "027", ""), ("1630", "Bulle", "026", "")],
    "CHit": [("6900", "Lugano", "091", ""), ("6500", "Bellinzona", "091", ""), ("6600", "Locarno", "091", ""),
             ("6850", "Mendrisio", "091", ""), ("6830", "Chiasso", "091", ""), ("6710", "Biasca", "091", ""),
             ("6612", "Ascona", "091", ""), ("6780", "Airolo", "091", "")],
    "FR": [("75011", "Paris", "01", ""), ("75018", "Paris", "01", ""), ("69003", "Lyon", "04", ""),
           ("13006", "Marseille", "04", ""), ("31000", "Toulouse", "05", ""), ("33000", "Bordeaux", "05", ""),
           ("44000", "Nantes", "02", ""), ("67000", "Strasbourg", "03", ""), ("59000", "Lille", "03", ""),
           ("35000", "Rennes", "02", ""), ("34000", "Montpellier", "04", ""), ("06000", "Nice", "04", ""),
           ("21000", "Dijon", "03", ""), ("63000", "Clermont-Ferrand", "04", ""), ("37000", "Tours", "02", ""),
           ("29200", "Brest", "02", ""), ("64100", "Bayonne", "05", ""), ("20000", "Ajaccio", "04", ""),
           ("87000", "Limoges", "05", ""), ("57000", "Metz", "03", ""), ("51100", "Reims", "03", ""),
           ("38000", "Grenoble", "04", ""), ("14000", "Caen", "02", ""), ("49100", "Angers", "02", ""),
           ("86000", "Poitiers", "05", ""), ("30000", "Nîmes", "04", ""), ("68100", "Mulhouse", "03", ""),
           ("25000", "Besançon", "03", ""), ("97400", "Saint-Denis", "0262", ""),
           ("84000", "Avignon", "04", ""), ("22300", "Lannion", "02", "")],
    "BE": [("1000", "Bruxelles", "02", ""), ("1050", "Ixelles", "02", ""), ("1180", "Uccle", "02", ""),
           ("1030", "Schaerbeek", "02", ""), ("4000", "Liège", "04", ""), ("5000", "Namur", "081", ""),
           ("6000", "Charleroi", "071", ""), ("7000", "Mons", "065", ""), ("1300", "Wavre", "010", ""),
           ("1348", "Louvain-la-Neuve", "010", ""), ("6700", "Arlon", "063", ""), ("7500", "Tournai", "069", ""),
           ("4800", "Verviers", "087", ""), ("5500", "Dinant", "082", ""), ("6900", "Marche-en-Famenne", "084", ""),
           ("1400", "Nivelles", "067", "")],
    "LU": [("2449", "Luxembourg", "", ""), ("1724", "Luxembourg", "", ""), ("4050", "Esch-sur-Alzette", "", ""),
           ("9052", "Ettelbruck", "", ""), ("3401", "Dudelange", "", ""), ("8009", "Strassen", "", ""),
           ("6460", "Echternach", "", ""), ("9515", "Wiltz", "", ""), ("7201", "Walferdange", "", ""),
           ("4701", "Pétange", "", ""), ("8080", "Bertrange", "", ""), ("5201", "Sandweiler", "", "")],
    "IT": [("00184", "Roma", "06", "RM"), ("00153", "Roma", "06", "RM"), ("20121", "Milano", "02", "MI"),
           ("20135", "Milano", "02", "MI"), ("10121", "Torino", "011", "TO"), ("80134", "Napoli", "081", "NA"),
           ("40126", "Bologna", "051", "BO"), ("50122", "Firenze", "055", "FI"), ("16121", "Genova", "010", "GE"),
           ("30121", "Venezia", "041", "VE"), ("90133", "Palermo", "091", "PA"), ("70122", "Bari", "080", "BA"),
           ("09124", "Cagliari", "070", "CA"), ("37121", "Verona", "045", "VR"), ("35122", "Padova", "049", "PD"),
           ("38122", "Trento", "0461", "TN"), ("39100", "Bolzano", "0471", "BZ"), ("33100", "Udine", "0432", "UD"),
           ("34121", "Trieste", "040", "TS"), ("06121", "Perugia", "075", "PG"), ("60121", "Ancona", "071", "AN"),
           ("95131", "Catania", "095", "CT"), ("73100", "Lecce", "0832", "LE"), ("43121", "Parma", "0521", "PR"),
           ("24121", "Bergamo", "035", "BG"), ("25121", "Brescia", "030", "BS"), ("07100", "Sassari", "079", "SS"),
           ("84121", "Salerno", "089", "SA"), ("65122", "Pescara", "085", "PE"), ("98122", "Messina", "090", "ME"),
           ("22100", "Como", "031", "CO"), ("87100", "Cosenza", "0984", "CS"), ("08100", "Nuoro", "0784", "NU")],
    "GB": [("M14 5RT", "Manchester", "0161", ""), ("LS6 2AB", "Leeds", "0113", ""), ("BS7 8QD", "Bristol", "0117", ""),
           ("CF24 4HQ", "Cardiff", "029", ""), ("EH9 1JT", "Edinburgh", "0131", ""), ("G12 8QQ", "Glasgow", "0141", ""),
           ("BT9 6AZ", "Belfast", "028", ""), ("NR2 3LE", "Norwich", "01603", ""), ("YO10 5DD", "York", "01904", ""),
           ("BN2 1RT", "Brighton", "01273", ""), ("S10 2TN", "Sheffield", "0114", ""),
           ("NG7 2RD", "Nottingham", "0115", ""), ("NE6 5QB", "Newcastle upon Tyne", "0191", ""),
           ("EX4 4QJ", "Exeter", "01392", ""), ("SA1 6BH", "Swansea", "01792", ""),
           ("AB24 3UB", "Aberdeen", "01224", ""), ("IV2 3HN", "Inverness", "01463", ""),
           ("PL4 8AA", "Plymouth", "01752", ""), ("OX4 1DA", "Oxford", "01865", ""),
           ("CB1 3NP", "Cambridge", "01223", ""), ("L15 4HN", "Liverpool", "0151", ""),
           ("B13 9RG", "Birmingham", "0121", ""), ("LE2 1TR", "Leicester", "0116", ""), ("BA2 4DB", "Bath", "01225",
                                                                                         ""),
           ("TR1 2HN", "Truro", "01872", ""), ("CA1 2NG", "Carlisle", "01228", ""), ("E8 2LN", "London", "020", ""),
           ("N16 7XY", "London", "020", ""), ("SE15 4QB", "London", "020", ""), ("LL57 2EF", "Bangor", "01248", "")],
    "IE": [("D06 K2W7", "Dublin 6", "01", "Rathgar"), ("D07 E6F3", "Dublin 7", "01", "Phibsborough"),
           ("D15 XR2P", "Dublin 15", "01", "Castleknock"), ("T12 YX84", "Cork", "021", "Ballintemple"),
           ("H91 T2KD", "Galway", "091", "Salthill"), ("V94 E2C8", "Limerick", "061", "Castletroy"),
           ("X91 K8P3", "Waterford", "051", ""), ("F91 H5R2", "Sligo", "071", ""), ("R95 W3XY", "Kilkenny", "056", ""),
           ("N37 A6F8", "Athlone", "090", ""), ("F92 PX63", "Letterkenny", "074", ""), ("V92 D8K4", "Tralee", "066",
                                                                                        ""),
           ("A91 C4E9", "Dundalk", "042", ""), ("V95 T9W2", "Ennis", "065", ""), ("Y35 R7N6", "Wexford", "053", ""),
           ("F23 X4V7", "Castlebar", "094", "")],
    "US": [("97214", "Portland", "503", "OR"), ("78704", "Austin", "512", "TX"), ("53703", "Madison", "608", "WI"),
           ("43215", "Columbus", "614", "OH"), ("87106", "Albuquerque", "505", "NM"),
           ("05401", "Burlington", "802", "VT"), ("31401", "Savannah", "912", "GA"), ("83702", "Boise", "208", "ID"),
           ("15213", "Pittsburgh", "412", "PA"), ("55408", "Minneapolis", "612", "MN"),
           ("85719", "Tucson", "520", "AZ"), ("48104", "Ann Arbor", "734", "MI"), ("11215", "Brooklyn", "718", "NY"),
           ("60614", "Chicago", "773", "IL"), ("80206", "Denver", "303", "CO"), ("23220", "Richmond", "804", "VA"),
           ("28801", "Asheville", "828", "NC"), ("87301", "Gallup", "505", "NM"), ("96816", "Honolulu", "808", "HI"),
           ("99501", "Anchorage", "907", "AK"), ("21218", "Baltimore", "410", "MD"),
           ("95816", "Sacramento", "916", "CA"), ("94610", "Oakland", "510", "CA"), ("68131", "Omaha", "402", "NE")],
    "CA": [("M6G 2L7", "Toronto", "416", "ON"), ("H2T 1S6", "Montréal", "514", "QC"),
           ("V5L 3X8", "Vancouver", "604", "BC"), ("K1S 5B6", "Ottawa", "613", "ON"), ("B3H 2Y5", "Halifax", "902",
                                                                                       "NS"),
           ("R3M 1K5", "Winnipeg", "204", "MB"), ("T2S 0X3", "Calgary", "403", "AB"),
           ("T6E 2A9", "Edmonton", "780", "AB"), ("V8V 3K1", "Victoria", "250", "BC"), ("G1R 2L3", "Québec", "418",
                                                                                        "QC"),
           ("S7N 0W1", "Saskatoon", "306", "SK"), ("A1C 2H5", "St. John's", "709", "NL"),
           ("E1C 4P7", "Moncton", "506", "NB"), ("C1A 4P3", "Charlottetown", "902", "PE"),
           ("L8P 4R5", "Hamilton", "905", "ON")],
    "AU": [("3065", "Fitzroy", "03", "VIC"), ("2042", "Newtown", "02", "NSW"), ("4101", "West End", "07", "QLD"),
           ("6006", "North Perth", "08", "WA"), ("5067", "Norwood", "08", "SA"), ("7004", "Battery Point", "03", "TAS"),
           ("2612", "Braddon", "02", "ACT"), ("0820", "Parap", "08", "NT"), ("3056", "Brunswick", "03", "VIC"),
           ("2204", "Marrickville", "02", "NSW"), ("4810", "Townsville", "07", "QLD"),
           ("6160", "Fremantle", "08", "WA"), ("3220", "Geelong", "03", "VIC"), ("3350", "Ballarat", "03", "VIC"),
           ("2500", "Wollongong", "02", "NSW"), ("4870", "Cairns", "07", "QLD")],
    "NZ": [("1011", "Auckland", "09", "Ponsonby"), ("1021", "Auckland", "09", "Mount Eden"),
           ("6011", "Wellington", "04", "Mount Victoria"), ("6021", "Wellington", "04", "Island Bay"),
           ("8011", "Christchurch", "03", "Riccarton"), ("9016", "Dunedin", "03", "North East Valley"),
           ("3216", "Hamilton", "07", "Hamilton East"), ("3110", "Tauranga", "07", ""), ("7010", "Nelson", "03", ""),
           ("4410", "Palmerston North", "06", ""), ("4110", "Napier", "06", ""), ("0110", "Whangārei", "09", ""),
           ("3010", "Rotorua", "07", ""), ("9810", "Invercargill", "03", ""), ("4310", "New Plymouth", "06", "")],
}
STREETS = {
    "DE": ["Hauptstraße", "Bahnhofstraße", "Lindenstraße", "Goethestraße", "Schillerstraße", "Am Mühlbach",
           "Birkenweg", "Gartenstraße", "Kirchgasse", "Rosenweg", "Berliner Allee", "Kastanienallee", "Waldstraße",
           "Auf der Heide", "Im Winkel", "Brunnenstraße", "Sonnenstraße", "Ringstraße", "Ahornweg", "Erlenweg",
           "Holunderweg", "Turmstraße", "Schulstraße", "Weinbergstraße", "Eichendorffstraße", "Tulpenweg",
           "Kurze Straße", "Zum Steinbruch", "An der Alten Ziegelei", "Hinter den Gärten", "Wilhelm-Busch-Straße",
           "Lessingstraße", "Am Anger", "Mozartstraße"],
    "AT": ["Lerchenfelder Straße", "Mariahilfer Straße", "Wiedner Hauptstraße", "Grazer Straße", "Linzer Gasse",
           "Herrengasse", "Schulgasse", "Kirchenplatz", "Brunngasse", "Mühlweg", "Bahnhofstraße",
           "Anton-Wildgans-Gasse", "Josefstädter Straße", "Keplerstraße", "Rennweg", "Hauptplatz", "Annenstraße",
           "Sankt-Peter-Hauptstraße", "Feldgasse", "Praterstraße"],
    "CHde": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Kirchweg", "Hauptgasse", "Rosenbergstrasse",
             "Zürcherstrasse", "Bernstrasse", "Sonnenbergweg", "Im Grund", "Landstrasse", "Bergstrasse",
             "Alte Landstrasse", "Rebbergweg", "Schulhausstrasse", "Feldeggstrasse", "Obere Halde"],
    "CHfr": ["Rue du Lac", "Chemin des Vignes", "Avenue de la Gare", "Route de Berne", "Rue de Lausanne",
             "Chemin de la Forêt", "Grand-Rue", "Rue du Simplon", "Avenue de Rumine", "Chemin des Pâquerettes",
             "Rue des Moulins", "Route de Chêne"],
    "CHit": ["Via Cantonale", "Via alla Chiesa", "Via San Gottardo", "Via Nassa", "Via ai Ronchi", "Strada di Gandria",
             "Via Motta", "Via Lavizzari", "Via dei Fiori", "Via Borghese"],
    "FR": ["rue de la République", "rue Victor-Hugo", "avenue Jean-Jaurès", "boulevard Voltaire", "rue des Lilas",
           "impasse des Tilleuls", "chemin du Moulin", "place de l'Église", "allée des Acacias",
           "rue du Général-de-Gaulle", "rue Pasteur", "route de Lyon", "quai de la Fosse", "rue des Écoles",
           "rue Saint-Michel", "cours Mirabeau", "rue de la Paix", "rue des Glycines", "avenue des Peupliers",
           "rue du Château d'Eau", "rue Émile-Zola"],
    "BE": ["Rue de l'Enseignement", "Avenue Louise", "Chaussée de Waterloo", "Rue des Champs", "Rue Haute",
           "Place Saint-Lambert", "Rue du Moulin", "Avenue des Combattants", "Rue de Namur", "Boulevard d'Avroy",
           "Rue Émile Vandervelde", "Clos des Merisiers", "Rue de Fer", "Avenue de la Couronne"],
    "LU": ["rue de l'Alzette", "route d'Arlon", "avenue de la Liberté", "rue des Prés", "Grand-Rue",
           "rue du Moulin", "boulevard Royal", "rue Principale", "rue de Luxembourg", "montée de la Pétrusse",
           "rue des Jardins"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Piazza della Repubblica",
           "Viale Europa", "Via San Francesco", "Via delle Rose", "Vicolo Stretto", "Via Cavour", "Via XX Settembre",
           "Via Nazionale", "Via Mazzini", "Via Giuseppe Verdi", "Viale dei Tigli", "Via del Pozzo",
           "Contrada Piano Grande", "Via Aldo Moro", "Via Dante Alighieri", "Via Santa Lucia"],
    "GB": ["Mill Lane", "Church Street", "Victoria Road", "Station Road", "High Street", "Queen's Avenue",
           "The Crescent", "Albert Terrace", "Kingsley Close", "Elm Grove", "Moor View", "Park Road", "Chapel Street",
           "Clarence Road", "Ffordd y Môr", "Sycamore Drive", "Orchard Way", "Hawthorn Rise"],
    "IE": ["Rathgar Road", "Bishop Street", "College Road", "Ashgrove Park", "St. Patrick's Terrace", "Main Street",
           "Bóthar na Trá", "Father Griffin Road", "Castle Street", "Willow Lawn", "The Paddocks", "Church View"],
    "US": ["SE Hawthorne Blvd", "Oak St", "Maple Ave", "W 22nd St", "N Lincoln Ave", "Elm Street",
           "E Speedway Blvd", "Walnut St", "Jefferson Ave", "Cedar Lane", "Prospect Park W", "Sunset Dr",
           "Pine Street", "Lakeshore Rd"],
    "CA": ["Bay St", "rue Saint-Denis", "Robie St", "Commercial Dr", "Elgin St", "avenue du Parc", "Main St",
           "Jasper Ave", "Whyte Ave", "Spring Garden Rd", "Osborne St", "Queen St E"],
    "AU": ["Smith Street", "Brunswick Street", "Flinders Lane", "Wattle Grove", "Kings Road", "Enmore Road",
           "Boundary Street", "Fitzgerald Street", "The Parade", "Hampden Road", "Jacaranda Avenue", "Murray Street"],
    "NZ": ["Franklin Road", "Oriental Parade", "Riccarton Road", "George Street", "Grey Street", "Karaka Street",
           "Kowhai Avenue", "Te Awe Awe Street", "Tainui Street", "Queen Street"],
}
# Addresses abroad: (country, street line, postcode + town line, phone prefix)
ABROAD = [
    ("PL", "ul. Mickiewicza 14/3", "31-120 Kraków", "+48"), ("PL", "ul. Piotrkowska 88 m. 12", "90-102 Łódź", "+48"),
    ("PT", "Rua das Flores 28, 2.º Esq.", "4050-262 Porto", "+351"),
    ("PT", "Avenida da Liberdade 144, 5.º Dto.", "1250-146 Lisboa", "+351"),
    ("ES", "Calle Mayor 12, 3.º B", "28013 Madrid", "+34"), ("ES", "Carrer de Sant Pere 45, 2n 1a", "08003 Barcelona",
                                                           "+34"),
    ("NL", "Prinsengracht 263-1", "1016 GV Amsterdam", "+31"), ("NL", "Oudegracht 112 bis", "3511 AW Utrecht", "+31"),
    ("TR", "Atatürk Cad. No: 45 D: 6", "35220 Konak/İzmir", "+90"),
    ("TR", "Bağdat Cad. No: 212 D: 9", "34728 Kadıköy/İstanbul", "+90"),
    ("MA", "12, Rue Ibn Batouta", "20250 Casablanca", "+212"), ("HR", "Ilica 54", "10000 Zagreb", "+385"),
    ("RO", "Str. Avram Iancu nr. 7, ap. 12", "400117 Cluj-Napoca", "+40"), ("SE", "Storgatan 18", "114 55 Stockholm",
                                                                           "+46"),
    ("UA", "vul. Sahaidachnoho 22, kv. 15", "04070 Kyiv", "+380"), ("GR", "Ermou 22", "105 63 Athina", "+30"),
    ("IN", "12 MG Road, Flat 4B", "Bengaluru 560001", "+91"), ("BR", "Rua Augusta 1508, apto 72",
                                                              "01304-001 São Paulo - SP", "+55"),
    ("PH", "45 Mabini Street, Brgy. San Roque", "1870 Antipolo City", "+63"),
    ("DK", "Nørrebrogade 44, 2. th.", "2200 København N", "+45"), ("CZ", "Vinohradská 48", "120 00 Praha 2", "+420"),
]
COUNTRY_NAME = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "FR": "Frankreich", "BE": "Belgien",
           "LU": "Luxemburg", "IT": "Italien", "GB": "Vereinigtes Königreich", "IE": "Irland", "US": "USA",
           "CA": "Kanada", "AU": "Australien", "NZ": "Neuseeland", "PL": "Polen", "PT": "Portugal", "ES": "Spanien",
           "NL": "Niederlande", "TR": "Türkei", "MA": "Marokko", "HR": "Kroatien", "RO": "Rumänien",
           "SE": "Schweden", "UA": "Ukraine", "GR": "Griechenland", "IN": "Indien", "BR": "Brasilien",
           "PH": "Philippinen", "DK": "Dänemark", "CZ": "Tschechien"},
    "fr": {"DE": "Allemagne", "AT": "Autriche", "CH": "Suisse", "FR": "France", "BE": "Belgique",
           "LU": "Luxembourg", "IT": "Italie", "GB": "Royaume-Uni", "IE": "Irlande", "US": "États-Unis",
           "CA": "Canada", "AU": "Australie", "NZ": "Nouvelle-Zélande", "PL": "Pologne", "PT": "Portugal",
           "ES": "Espagne", "NL": "Pays-Bas", "TR": "Turquie", "MA": "Maroc", "HR": "Croatie", "RO": "Roumanie",
           "SE": "Suède", "UA": "Ukraine", "GR": "Grèce", "IN": "Inde", "BR": "Brésil", "PH": "Philippines",
           "DK": "Danemark", "CZ": "Tchéquie"},
    "it": {"DE": "Germania", "AT": "Austria", "CH": "Svizzera", "FR": "Francia", "BE": "Belgio",
           "LU": "Lussemburgo", "IT": "Italia", "GB": "Regno Unito", "IE": "Irlanda", "US": "Stati Uniti",
           "CA": "Canada", "AU": "Australia", "NZ": "Nuova Zelanda", "PL": "Polonia", "PT": "Portogallo",
           "ES": "Spagna", "NL": "Paesi Bassi", "TR": "Turchia", "MA": "Marocco", "HR": "Croazia", "RO": "Romania",
           "SE": "Svezia", "UA": "Ucraina", "GR": "Grecia", "IN": "India", "BR": "Brasile", "PH": "Filippine",
           "DK": "Danimarca", "CZ": "Cechia"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "FR": "France", "BE": "Belgium",
           "LU": "Luxembourg", "IT": "Italy", "GB": "United Kingdom", "IE": "Ireland", "US": "USA", "CA": "Canada",
           "AU": "Australia", "NZ": "New Zealand", "PL": "Poland", "PT": "Portugal", "ES": "Spain",
           "NL": "Netherlands", "TR": "Türkiye", "MA": "Morocco", "HR": "Croatia", "RO": "Romania", "SE": "Sweden",
           "UA": "Ukraine", "GR": "Greece", "IN": "India", "BR": "Brazil", "PH": "Philippines", "DK": "Denmark",
           "CZ": "Czechia"},
}
CC_OF = {"CHde": "CH", "CHfr": "CH", "CHit": "CH"}


def cc_of(geo: str) -> str:
    return CC_OF.get(geo, geo)


@dataclass
class Addr:
    geo: str
    street: str  # street and number in the country's order, one line
    postcode: str
    town: str
    area: str = ""
    state: str = ""  # US/AU/CA state, Italian province, Irish/NZ locality
    extra: str = ""  # a French complement line
    line2_override: str = ""  # foreign addresses: the postcode + town line as written

    @property
    def cc(self) -> str:
        return cc_of(self.geo) if len(self.geo) > 2 else self.geo

    def town_line(self, variant: int = 0) -> str:
        g, pc, t, st = self.geo, self.postcode, self.town, self.state
        if self.line2_override:
            return self.line2_override
        if g == "DE":
            return f"D-{pc} {t}" if variant == 2 else f"{pc} {t}"
        if g == "AT":
            return f"A-{pc} {t}" if variant == 2 else f"{pc} {t}"
        if g.startswith("CH"):
            return f"CH-{pc} {t}" if variant == 2 else f"{pc} {t}"
        if g == "FR":
            return f"{pc} {t.upper()}" if variant in (1, 2) else f"{pc} {t}"
        if g == "BE":
            return f"B-{pc} {t}" if variant == 2 else f"{pc} {t}"
        if g == "LU":
            return f"L-{pc} {t}"
        if g == "IT":
            return f"{pc} {t} ({st})" if variant == 1 else (f"I-{pc} {t} {st}" if variant == 2 else f"{pc} {t} {st}")
        if g == "GB":
            return f"{t.upper()} {pc}" if variant == 1 else f"{t} {pc}"
        if g == "IE":
            return f"{t} {pc}" if variant != 1 else f"{t}, {pc}"
        if g == "US":
            return f"{t.upper()} {st} {pc}" if variant == 1 else f"{t}, {st} {pc}"
        if g == "CA":
            if st == "QC" and variant != 1:
                return f"{t} (Québec) {pc}"
            return f"{t.upper()} {st}  {pc}" if variant == 1 else f"{t}, {st} {pc}"
        if g == "AU":
            return f"{t.upper()} {st} {pc}"
        if g == "NZ":
            return f"{t} {pc}"
        raise KeyError(g)

    def lines(self, variant: int = 0) -> list[str]:
        """The lines of a postal block (each its own ADDRESS span)."""
        g = self.geo
        out = []
        if self.extra:
            out.append(self.extra)
        out.append(self.street)
        if g == "IE" and self.state:
            out.append(self.state)
        if g == "NZ" and self.state:
            out.append(self.state)
        if g == "GB" and variant == 1:
            out += [self.town.upper(), self.postcode]
            return out
        out.append(self.town_line(variant))
        return out

    def one(self, variant: int = 0, sep: str = ", ") -> str:
        parts = []
        if self.extra:
            parts.append(self.extra)
        parts.append(self.street)
        if self.geo in ("IE", "NZ") and self.state:
            parts.append(self.state)
        parts.append(self.town_line(variant if variant != 1 or self.geo not in ("GB",) else 0))
        return sep.join(parts)

    def block(self, variant: int = 0, indent: str = "") -> str:
        return "\n".join(indent + AD(x) for x in self.lines(variant))


def house_no(rng: random.Random, geo: str) -> str:
    n = rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 140)])
    r = rng.random()
    if geo in ("DE", "CHde"):
        if r < 0.15:
            return f"{n}{rng.choice('abc')}"
        if r < 0.2:
            return f"{n} {rng.choice('ab')}"
        if r < 0.25:
            return f"{n}-{n + 2}"
    if geo == "AT":
        if r < 0.3:
            return f"{n}/{rng.randint(1, 24)}"
        if r < 0.45:
            return f"{n}/{rng.randint(1, 4)}/{rng.randint(1, 20)}"
        if r < 0.55:
            return f"{n}/Top {rng.randint(1, 16)}"
        if r < 0.62:
            return f"{n}/Stiege {rng.randint(1, 4)}/Tür {rng.randint(1, 20)}"
    if geo in ("FR", "BE", "CHfr", "LU") and r < 0.12:
        return f"{n} {rng.choice(['bis', 'ter', 'bis', 'A'])}"
    if geo in ("IT", "CHit"):
        if r < 0.15:
            return f"{n}/{rng.choice('ABC')}"
    return str(n)


def make_addr(rng: random.Random, geo: str) -> Addr:
    if geo in ABROAD_CODES:
        c, st, tl, _ = rng.choice([a for a in ABROAD if a[0] == geo])
        return Addr(geo, st, "", "", line2_override=tl)
    pc, town, area, st = rng.choice(TOWNS[geo])
    pc = vary_postcode(rng, geo, pc)
    street = rng.choice(STREETS[geo])
    no = house_no(rng, geo)
    extra = ""
    r = rng.random()
    if geo in ("DE", "AT", "CHde"):
        line = f"{street} {no}"
        if geo == "DE" and r < 0.12:
            line = line.replace("straße", "str.").replace("Straße", "Str.")
        if geo == "DE" and 0.12 <= r < 0.2:
            line += rng.choice([", 3. OG", ", Hinterhaus", ", 2. OG links", ", Whg. 7"])
    elif geo in ("BE", "CHfr", "CHit"):
        line = f"{street} {no}"
        if geo == "BE" and r < 0.25:
            line += rng.choice([f" bte {rng.randint(1, 12)}", f" boîte {rng.randint(1, 30)}", f"/{rng.randint(1, 9)}"])
    elif geo == "FR":
        line = f"{no} {street}"
        if r < 0.25:
            extra = rng.choice([f"Bâtiment {rng.choice('ABCD')}, appt {rng.randint(1, 60)}",
                                f"Résidence Les {rng.choice(['Pins', 'Tilleuls', 'Mimosas', 'Hirondelles'])}",
                                f"Appartement {rng.randint(1, 40)}, {rng.randint(1, 6)}e étage",
                                f"Escalier {rng.choice('ABC')}, porte {rng.randint(1, 20)}"])
    elif geo == "LU":
        line = f"{no}, {street}"
    elif geo == "IT":
        line = rng.choice([f"{street} {no}", f"{street}, {no}", f"{street} n. {no}", f"{street}, {no}"])
        if r < 0.2:
            line += rng.choice([f", int. {rng.randint(1, 20)}", f", scala {rng.choice('ABC')}",
                                f", piano {rng.randint(1, 6)}", f" int. {rng.randint(1, 9)}"])
    elif geo == "GB":
        line = f"{no} {street}"
        if r < 0.2:
            line = f"Flat {rng.randint(1, 12)}, {line}"
    elif geo == "IE":
        line = f"{no} {street}"
        if r < 0.15:
            line = f"Apartment {rng.randint(1, 40)}, {line}"
    elif geo == "US":
        line = f"{rng.randint(100, 4999)} {street}"
        if r < 0.3:
            line += rng.choice([f" Apt {rng.randint(1, 9)}{rng.choice('ABCD')}", f" #{rng.randint(2, 30)}",
                                f" Unit {rng.randint(1, 12)}"])
    elif geo == "CA":
        base = f"{rng.randint(10, 3999)} {street}"
        line = f"{rng.randint(101, 1204)}-{base}" if r < 0.3 else base
    elif geo == "AU":
        line = f"{no} {street}"
        if r < 0.25:
            unit = f"Unit {rng.randint(1, 12)}" if rng.random() < 0.5 else str(rng.randint(1, 9))
            line = f"{unit}/{no} {street}"
    elif geo == "NZ":
        line = f"{no} {street}"
        if r < 0.25:
            line = f"{rng.randint(1, 6)}/{no} {street}" if rng.random() < 0.5 else f"Flat {rng.randint(1, 4)}, {line}"
    else:
        raise KeyError(geo)
    return Addr(geo, line, pc, town, area, st, extra)


ABROAD_CODES = {a[0] for a in ABROAD}


def vary_postcode(rng: random.Random, geo: str, pc: str) -> str:
    """Postcodes that name a street or a building rather than a town get their local part drawn here."""
    if geo == "GB":
        abc = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{pc.split()[0]} {rng.randint(1, 9)}{rng.choice(abc)}{rng.choice(abc)}"
    if geo == "IE":
        return pc[:3] + " " + rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice("ACDEFHKNPRTVWXY0123456789")
                                                                      for _ in range(3))
    if geo == "CA":
        abc = "ABCEGHJKLMNPRSTVWXYZ"
        return f"{pc[:3]} {rng.randint(0, 9)}{rng.choice(abc)}{rng.randint(0, 9)}"
    if geo == "US" and rng.random() < 0.2:
        return f"{pc}-{rng.randint(1000, 9999)}"
    return pc


BIRTHPLACES = {
    "turkish": ["Ankara", "Konya", "Kayseri", "Trabzon", "Diyarbakır", "İzmir", "Sivas"],
    "arabic": ["Casablanca", "Oran", "Tunis", "Aleppo", "Beirut", "Fès", "Alexandria"],
    "polish": ["Kraków", "Gdańsk", "Wrocław", "Poznań", "Lublin"],
    "ukrainian": ["Kyiv", "Lviv", "Kharkiv", "Odesa", "Dnipro"],
    "vietnamese": ["Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng"],
    "lusophone": ["Porto", "Braga", "Lisboa", "São Paulo", "Recife", "Funchal"],
    "balkan": ["Prishtina", "Prizren", "Sarajevo", "Tuzla", "Beograd", "Skopje", "Split"],
    "westafrican": ["Accra", "Kumasi", "Dakar", "Bamako", "Lagos", "Enugu", "Abidjan", "Conakry"],
    "southasian": ["Jaffna", "Chennai", "Mumbai", "Lahore", "Amritsar", "Colombo", "Dhaka"],
    "chinese": ["Shanghai", "Chengdu", "Wuhan", "Guangzhou"], "korean": ["Busan", "Seoul", "Daegu"],
    "japanese": ["Osaka", "Sapporo", "Nagoya", "Fukuoka"],
    "persian": ["Tehran", "Isfahan", "Shiraz", "Kabul", "Herat", "Mashhad"],
    "horn": ["Asmara", "Addis Ababa", "Mogadishu", "Keren", "Hargeisa"],
    "romanian": ["Cluj-Napoca", "Iași", "Timișoara", "Brașov", "Chișinău"],
    "greek": ["Thessaloniki", "Athina", "Patra", "Ioannina", "Larisa"],
    "hispanic": ["Madrid", "Sevilla", "Lima", "Cusco", "La Paz", "Bogotá", "Guadalajara"],
    "filipino": ["Manila", "Cebu", "Davao", "Iloilo", "Baguio"],
    "hebrew": ["Tel Aviv", "Haifa", "Jerusalem", "Be'er Sheva"],
}
NATIONALITY = {"turkish": "TR", "arabic": "MA", "polish": "PL", "ukrainian": "UA", "vietnamese": "VN",
               "lusophone": "PT", "balkan": "XK", "westafrican": "GH", "southasian": "LK", "chinese": "CN",
               "korean": "KR", "japanese": "JP", "persian": "IR", "horn": "ER", "romanian": "RO", "greek": "GR",
               "hispanic": "PE", "filipino": "PH", "hebrew": "IL"}
EXTRA_COUNTRIES = {
    "de": {"VN": "Vietnam", "XK": "Kosovo", "GH": "Ghana", "LK": "Sri Lanka", "CN": "China", "KR": "Südkorea",
           "JP": "Japan", "IR": "Iran", "ER": "Eritrea", "PE": "Peru", "IL": "Israel"},
    "fr": {"VN": "Viêt Nam", "XK": "Kosovo", "GH": "Ghana", "LK": "Sri Lanka", "CN": "Chine", "KR": "Corée du Sud",
           "JP": "Japon", "IR": "Iran", "ER": "Érythrée", "PE": "Pérou", "IL": "Israël"},
    "it": {"VN": "Vietnam", "XK": "Kosovo", "GH": "Ghana", "LK": "Sri Lanka", "CN": "Cina", "KR": "Corea del Sud",
           "JP": "Giappone", "IR": "Iran", "ER": "Eritrea", "PE": "Perù", "IL": "Israele"},
    "en": {"VN": "Vietnam", "XK": "Kosovo", "GH": "Ghana", "LK": "Sri Lanka", "CN": "China", "KR": "South Korea",
           "JP": "Japan", "IR": "Iran", "ER": "Eritrea", "PE": "Peru", "IL": "Israel"},
}
for _l, _d in EXTRA_COUNTRIES.items():
    COUNTRY_NAME[_l].update(_d)
LOCALE_GEO = {"de_DE": "DE", "de_AT": "AT", "de_CH": "CHde", "fr_FR": "FR", "fr_BE": "BE", "fr_CH": "CHfr",
              "it_IT": "IT", "en_GB": "GB", "en_IE": "IE", "en_US": "US", "en_NZ": "NZ"}


# ------------------------------------------------------------------------------------------------------- phones ---
def _digits(rng: random.Random, n: int, first: str = "23456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _grp(s: str, sizes: list[int]) -> str:
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return " ".join(out)


MOBILE_PREFIX = {
    "DE": ["151", "152", "157", "160", "162", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179",
           "1511", "1520", "1523", "1590"],
    "AT": ["650", "660", "664", "676", "677", "680", "681", "688", "699"],
    "CH": ["76", "77", "78", "79", "75"],
    "FR": ["6", "7"],
    "BE": ["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484", "485", "486", "488", "490",
           "491", "492", "493", "494", "495", "496", "497", "498", "499"],
    "LU": ["621", "628", "661", "671", "691"],
    "IT": ["320", "324", "328", "329", "330", "331", "333", "334", "335", "338", "339", "340", "342", "345", "347",
           "348", "349", "351", "366", "371", "380", "389", "392", "393"],
    "GB": ["7412", "7463", "7506", "7592", "7716", "7733", "7801", "7832", "7904", "7912", "7956", "7984"],
    "IE": ["83", "85", "86", "87", "89"],
    "AU": ["400", "401", "402", "403", "404", "405", "406", "407", "408", "409", "410", "411", "412", "413", "414",
           "415", "416", "417", "418", "419", "420", "421", "422", "423", "424", "425", "427", "428", "429", "430",
           "431", "432", "433", "434", "435", "437", "438", "439", "447", "448", "449", "450", "451", "452", "455",
           "456", "457", "458", "459", "466", "467", "468", "469", "470", "474", "475", "476", "477", "478", "479",
           "481", "482", "487", "488", "490", "491", "497", "498", "499"],
    "NZ": ["21", "22", "27", "20", "28"],
}
FOREIGN_MOBILE = {
    "PL": lambda r: f"+48 {_digits(r, 3, '5678')} {_digits(r, 3, '0123456789')} {_digits(r, 3, '0123456789')}",
    "PT": lambda r: f"+351 9{r.choice('1236')}{_digits(r, 1, '0123456789')} {_digits(r, 3)} {_digits(r, 3)}",
    "ES": lambda r: f"+34 6{_digits(r, 2, '0123456789')} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
    "NL": lambda r: f"+31 6 {_digits(r, 8, '123456789')}",
    "TR": lambda r: f"+90 5{_digits(r, 2, '0345')} {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}",
    "MA": lambda r: f"+212 6{_digits(r, 2, '0156789')}-{_digits(r, 6)}",
    "HR": lambda r: f"+385 9{r.choice('1258')} {_digits(r, 3)} {_digits(r, 4, '0123456789')}",
    "RO": lambda r: f"+40 7{_digits(r, 2, '2345')} {_digits(r, 3)} {_digits(r, 3)}",
    "SE": lambda r: f"+46 7{r.choice('0236')} {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}",
    "UA": lambda r: f"+380 {r.choice(['50', '63', '66', '67', '68', '73', '93', '97'])} {_digits(r, 3)} "
                    f"{_digits(r, 4)}",
    "GR": lambda r: f"+30 69{r.choice('3457')} {_digits(r, 3)} {_digits(r, 4)}",
    "IN": lambda r: f"+91 9{_digits(r, 4, '0123456789')} {_digits(r, 5)}",
    "BR": lambda r: f"+55 11 9{_digits(r, 4)}-{_digits(r, 4, '0123456789')}",
    "PH": lambda r: f"+63 9{_digits(r, 2, '0123456789')} {_digits(r, 3)} {_digits(r, 4)}",
    "DK": lambda r: f"+45 {_digits(r, 2, '2345')} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
    "CZ": lambda r: f"+420 {r.choice(['602', '603', '604', '605', '606', '607', '720', '731', '777'])} "
                    f"{_digits(r, 3)} {_digits(r, 3)}",
}


def phone(rng: random.Random, geo: str, kind: str = "mobile", area: str = "", style: int | None = None) -> str:
    """A phone number as people write it in the country of geo (national or international)."""
    cc = cc_of(geo) if len(geo) > 2 else geo
    if cc in FOREIGN_MOBILE:
        return FOREIGN_MOBILE[cc](rng)
    if not area:
        area = rng.choice(TOWNS[geo])[2] if geo in TOWNS else ""
    s = rng.randint(0, 9) if style is None else style
    intl = s >= 6
    if cc == "DE":
        if kind == "mobile":
            pre = rng.choice(MOBILE_PREFIX["DE"])
            sub = _digits(rng, 7 if len(pre) == 4 else rng.choice([7, 8]), "123456789")
            nat = "0" + pre
            if not intl:
                return [f"{nat} {sub}", f"{nat}/{sub}", f"{nat}-{sub}", f"{nat} {_grp(sub, [3, 2, 2])}",
                        f"{nat} {sub}", f"({nat}) {sub}"][s]
            return [f"+49 {pre} {sub}", f"+49 (0){pre} {sub}", f"0049 {pre} {sub}", f"+49{pre}{sub}"][s - 6]
        n = 10 - len(area) + rng.choice([0, 1])
        sub = _digits(rng, n)
        if not intl:
            ext = f"{sub[:-2]}-{sub[-2:]}" if len(sub) >= 6 else sub
            return [f"{area} {sub}", f"{area}/{sub}", f"{area}-{sub}", f"{area} {ext}", f"({area}) {sub}",
                    f"{area} {_grp(sub, [2, 2, 2, 2])}"][s]
        return [f"+49 {area[1:]} {sub}", f"+49 (0){area[1:]} {sub}", f"0049 {area[1:]} {sub}",
                f"+49 {area[1:]} {sub[:-2]}-{sub[-2:]}"][s - 6]
    if cc == "AT":
        if kind == "mobile":
            pre = rng.choice(MOBILE_PREFIX["AT"])
            sub = _digits(rng, 8 if pre in ("699", "660") and rng.random() < 0.5 else 7)
            if not intl:
                return [f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre} {_grp(sub, [3, 2, 2])}",
                        f"0{pre}/{_grp(sub, [3, 4])}",
                        f"0{pre} {sub}", f"0{pre}-{sub}"][s]
            return [f"+43 {pre} {sub}", f"+43 (0) {pre} {sub}", f"+43{pre}{sub}", f"0043 {pre} {sub}"][s - 6]
        sub = _digits(rng, 7 if area == "01" else rng.choice([5, 6]))
        if not intl:
            return [f"{area} {sub}", f"{area}/{sub}", f"{area} {_grp(sub, [3, 2, 2])}",
                    f"{area}/{_grp(sub, [2, 2, 3])}",
                    f"{area} {sub}", f"({area}) {sub}"][s]
        return [f"+43 {area[1:]} {sub}", f"+43 (0){area[1:]} {sub}", f"+43 {area[1:]} {_grp(sub, [2, 2, 3])}",
                f"0043 {area[1:]} {sub}"][s - 6]
    if cc == "CH":
        a = ("0" + rng.choice(MOBILE_PREFIX["CH"])) if kind == "mobile" else area
        sub = _digits(rng, 7)
        g = _grp(sub, [3, 2, 2])
        if not intl:
            return [f"{a} {g}", f"{a} {g}", f"{a}/{g}", f"{a}{sub}", f"{a} {sub[:3]} {sub[3:]}",
                    f"{a}-{g.replace(' ', '-')}"][s]
        return [f"+41 {a[1:]} {g}", f"+41 (0){a[1:]} {g}", f"0041 {a[1:]} {g}", f"+41{a[1:]}{sub}"][s - 6]
    if cc == "FR":
        a = rng.choice(MOBILE_PREFIX["FR"]) if kind == "mobile" else area[1:]
        body = "0" + a + _digits(rng, 9 - len(a), "0123456789")
        pairs = " ".join(body[i:i + 2] for i in range(0, 10, 2))
        if len(a) == 3:  # La Réunion
            pairs = f"{body[:4]} {body[4:6]} {body[6:8]} {body[8:]}"
            return pairs if not intl else f"+262 {body[1:4]} {body[4:6]} {body[6:8]} {body[8:]}"
        if not intl:
            return [pairs, pairs, pairs.replace(" ", "."), body, pairs.replace(" ", "-"), pairs][s]
        rest = " ".join(body[i:i + 2] for i in range(2, 10, 2))
        return [f"+33 {body[1]} {rest}", f"+33 (0){body[1]} {rest}", f"0033 {body[1]} {rest}", f"+33{body[1:]}"][s - 6]
    if cc == "BE":
        if kind == "mobile":
            pre = rng.choice(MOBILE_PREFIX["BE"])
            sub = _digits(rng, 6, "0123456789")
            g = _grp(sub, [2, 2, 2])
            if not intl:
                return [f"0{pre} {g}", f"0{pre}/{g.replace(' ', '.')}", f"0{pre} {g}", f"0{pre}/{sub}",
                        f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}.{g.replace(' ', '.')}"][s]
            return [f"+32 {pre} {g}", f"+32 (0){pre} {g}", f"0032 {pre} {g}", f"+32{pre}{sub}"][s - 6]
        n = 7 if len(area) == 2 else 6
        sub = _digits(rng, n)
        g = _grp(sub, [3, 2, 2]) if n == 7 else _grp(sub, [2, 2, 2])
        if not intl:
            return [f"{area} {g}", f"{area}/{g.replace(' ', '.')}", f"{area} {g}", f"{area}/{sub}", f"{area} {g}",
                    f"{area}-{g.replace(' ', '-')}"][s]
        return [f"+32 {area[1:]} {g}", f"+32 (0){area[1:]} {g}", f"0032 {area[1:]} {g}", f"+32{area[1:]}{sub}"][s - 6]
    if cc == "LU":
        if kind == "mobile":
            pre = rng.choice(MOBILE_PREFIX["LU"])
            sub = _digits(rng, 6, "0123456789")
            if not intl:
                return [f"{pre} {sub[:3]} {sub[3:]}", f"{pre} {_grp(sub, [2, 2, 2])}", f"{pre}{sub}",
                        f"{pre} {sub[:3]} {sub[3:]}", f"{pre}/{sub}", f"{pre} {sub[:3]} {sub[3:]}"][s]
            return [f"+352 {pre} {sub[:3]} {sub[3:]}", f"+352 {pre} {_grp(sub, [2, 2, 2])}",
                    f"00352 {pre} {sub[:3]} {sub[3:]}", f"+352{pre}{sub}"][s - 6]
        sub = _digits(rng, rng.choice([6, 8]))
        g = _grp(sub, [2, 2, 2, 2])
        if not intl:
            return [g, g, sub, g.replace(" ", "-"), g, g][s]
        return [f"+352 {g}", f"+352 {g}", f"00352 {g}", f"+352{sub}"][s - 6]
    if cc == "IT":
        if kind == "mobile":
            pre = rng.choice(MOBILE_PREFIX["IT"])
            sub = _digits(rng, 7, "0123456789")
            if not intl:
                return [f"{pre} {sub[:3]} {sub[3:]}", f"{pre} {sub}", f"{pre}-{sub}", f"{pre}.{sub}", f"{pre}{sub}",
                        f"{pre}/{sub}"][s]
            return [f"+39 {pre} {sub[:3]} {sub[3:]}", f"+39 {pre} {sub}", f"0039 {pre} {sub}", f"+39{pre}{sub}"][s - 6]
        sub = _digits(rng, 10 - len(area) if len(area) >= 3 else 8)
        if not intl:
            g = f"{sub[:4]} {sub[4:]}" if len(sub) == 8 else f"{sub[:3]} {sub[3:]}"
            return [f"{area} {g}", f"{area} {sub}", f"{area}/{sub}", f"{area}-{sub}", f"{area} {g}", f"{area}.{sub}"][s]
        return [f"+39 {area} {sub}", f"+39 {area} {sub[:4]} {sub[4:]}", f"0039 {area} {sub}", f"+39{area}{sub}"][s - 6]
    if cc == "GB":
        if kind == "mobile":
            pre = rng.choice(MOBILE_PREFIX["GB"])
            sub = _digits(rng, 6, "123456789")
            if not intl:
                return [f"0{pre} {sub}", f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}{sub}", f"0{pre} {sub}",
                        f"0{pre} {sub}",
                        f"(0{pre}) {sub}"][s]
            return [f"+44 {pre} {sub}", f"+44 (0){pre} {sub}", f"+44 {pre} {sub[:3]} {sub[3:]}",
                    f"+44{pre}{sub}"][s - 6]
        if area == "020":
            sub = rng.choice("378") + _digits(rng, 7, "0123456789")
            g = f"{sub[:4]} {sub[4:]}"
        elif area in ("029", "028"):
            sub = ("20" if area == "029" else "90") + _digits(rng, 6, "0123456789")
            g = f"{sub[:4]} {sub[4:]}"
        elif len(area) == 4:
            sub = _digits(rng, 7)
            g = f"{sub[:3]} {sub[3:]}"
        else:
            sub = _digits(rng, 6)
            g = sub
        if not intl:
            return [f"{area} {g}", f"({area}) {g}", f"{area} {g}", f"{area}{sub}", f"{area} {g}", f"({area}) {g}"][s]
        return [f"+44 {area[1:]} {g}", f"+44 (0){area[1:]} {g}", f"+44 {area[1:]} {g}", f"0044 {area[1:]} {g}"][s - 6]
    if cc == "IE":
        if kind == "mobile":
            pre = rng.choice(MOBILE_PREFIX["IE"])
            sub = _digits(rng, 7)
            if not intl:
                return [f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}-{sub}", f"0{pre} {sub}",
                        f"(0{pre}) {sub[:3]} {sub[3:]}",
                        f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}{sub}"][s]
            return [f"+353 {pre} {sub[:3]} {sub[3:]}", f"+353 (0){pre} {sub}", f"00353 {pre} {sub}",
                    f"+353{pre}{sub}"][s - 6]
        sub = _digits(rng, 7 if area == "01" else rng.choice([6, 7]))
        g = f"{sub[:3]} {sub[3:]}"
        if not intl:
            return [f"{area} {g}", f"({area}) {g}", f"{area}-{sub}", f"{area} {sub}", f"{area} {g}",
                    f"({area}) {sub}"][s]
        return [f"+353 {area[1:]} {g}", f"+353 (0){area[1:]} {g}", f"00353 {area[1:]} {g}",
                f"+353{area[1:]}{sub}"][s - 6]
    if cc in ("US", "CA"):
        a = area or "212"
        ex = _digits(rng, 3, "23456789")
        while ex == "555":
            ex = _digits(rng, 3, "23456789")
        ln = _digits(rng, 4, "0123456789")
        if not intl:
            return [f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"({a}) {ex}-{ln}", f"{a} {ex} {ln}",
                    f"({a}){ex}-{ln}"][s]
        return [f"+1 {a}-{ex}-{ln}", f"+1 ({a}) {ex}-{ln}", f"1-{a}-{ex}-{ln}", f"+1{a}{ex}{ln}"][s - 6]
    if cc == "AU":
        if kind == "mobile":
            pre = rng.choice(MOBILE_PREFIX["AU"])
            sub = _digits(rng, 6, "0123456789")
            if not intl:
                return [f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}{sub}", f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}-{sub}",
                        f"0{pre[0]}{pre[1:]} {sub[:3]} {sub[3:]}", f"0{pre} {sub}"][s]
            return [f"+61 {pre} {sub[:3]} {sub[3:]}", f"+61 (0){pre} {sub[:3]} {sub[3:]}", f"+61{pre}{sub}",
                    f"0061 {pre} {sub[:3]} {sub[3:]}"][s - 6]
        sub = _digits(rng, 8)
        g = f"{sub[:4]} {sub[4:]}"
        if not intl:
            return [f"({area}) {g}", f"{area} {g}", f"({area}) {g}", f"{area}{sub}", f"{area} {g}",
                    f"({area}) {sub}"][s]
        return [f"+61 {area[1:]} {g}", f"+61 (0){area[1:]} {g}", f"+61{area[1:]}{sub}", f"+61 {area[1:]} {g}"][s - 6]
    if cc == "NZ":
        if kind == "mobile":
            pre = rng.choice(MOBILE_PREFIX["NZ"])
            sub = _digits(rng, rng.choice([7, 7, 6]), "0123456789")
            g = f"{sub[:3]} {sub[3:]}"
            if not intl:
                return [f"0{pre} {g}", f"0{pre} {sub}", f"0{pre}-{g}", f"0{pre} {g}", f"(0{pre}) {g}",
                        f"0{pre}{sub}"][s]
            return [f"+64 {pre} {g}", f"+64 (0){pre} {g}", f"+64{pre}{sub}", f"0064 {pre} {g}"][s - 6]
        sub = _digits(rng, 7)
        g = f"{sub[:3]} {sub[3:]}"
        if not intl:
            return [f"({area}) {g}", f"{area} {g}", f"{area}-{g}", f"({area}) {g}", f"{area} {sub}", f"{area} {g}"][s]
        return [f"+64 {area[1:]} {g}", f"+64 (0){area[1:]} {g}", f"+64{area[1:]}{sub}", f"+64 {area[1:]} {g}"][s - 6]
    raise KeyError(geo)


def hotline(rng: random.Random, geo: str) -> str:
    """Free-phone / shared-cost / service numbers (unlabelled)."""
    cc = cc_of(geo)
    d = lambda n: _digits(rng, n, "0123456789")  # noqa: E731
    return {
        "DE": lambda: rng.choice([f"0800 {d(3)} {d(4)}", f"0180 {rng.choice('2356')} {d(6)}", f"0800 {d(7)}"]),
        "AT": lambda: rng.choice([f"0800 {d(3)} {d(3)}", f"0810 {d(3)} {d(3)}"]),
        "CH": lambda: rng.choice([f"0800 {d(3)} {d(3)}", f"0848 {d(3)} {d(3)}", f"0842 {d(3)} {d(3)}"]),
        "FR": lambda: rng.choice([f"0 800 {d(2)} {d(2)} {d(2)}", f"0 805 {d(3)} {d(3)}",
                                  f"0 969 {d(2)} {d(2)} {d(2)}"]),
        "BE": lambda: rng.choice([f"0800 {d(2)} {d(3)}", f"078 {d(2)} {d(2)} {d(2)}", f"070 {d(2)} {d(2)} {d(2)}"]),
        "LU": lambda: f"8002 {d(4)}",
        "IT": lambda: rng.choice([f"800 {d(3)} {d(3)}", f"800.{d(3)}.{d(3)}", f"199 {d(3)} {d(3)}"]),
        "GB": lambda: rng.choice([f"0800 {d(3)} {d(4)}", f"0300 {d(3)} {d(4)}", f"0345 {d(3)} {d(4)}"]),
        "IE": lambda: rng.choice([f"1800 {d(3)} {d(3)}", f"1850 {d(3)} {d(3)}"]),
        "US": lambda: rng.choice([f"1-800-{d(3)}-{d(4)}", f"1-888-{d(3)}-{d(4)}", f"(877) {d(3)}-{d(4)}"]),
        "CA": lambda: rng.choice([f"1-866-{d(3)}-{d(4)}", f"1-800-{d(3)}-{d(4)}"]),
        "AU": lambda: rng.choice([f"1300 {d(3)} {d(3)}", f"1800 {d(3)} {d(3)}", f"13 {d(2)} {d(2)}"]),
        "NZ": lambda: rng.choice([f"0800 {d(3)} {d(3)}", f"0508 {d(3)} {d(3)}"]),
    }[cc]()


EMERGENCY = {"DE": "112", "AT": "144", "CH": "144", "FR": "15", "BE": "112", "LU": "112", "IT": "112", "GB": "999",
             "IE": "112", "US": "911", "CA": "911", "AU": "000", "NZ": "111"}

# ------------------------------------------------------------------------------------------------------- e-mail ---
MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "gmail.com", "outlook.de", "freenet.de",
           "yahoo.de", "icloud.com"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.com", "live.at"],
    "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "protonmail.ch", "gmail.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com", "hotmail.fr", "yahoo.fr"],
    "BE": ["skynet.be", "telenet.be", "proximus.be", "gmail.com", "hotmail.be", "outlook.be"],
    "LU": ["pt.lu", "internet.lu", "gmail.com", "yahoo.fr", "outlook.com"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com", "hotmail.it", "yahoo.it",
           "fastwebnet.it"],
    "GB": ["btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "gmail.com", "outlook.com", "sky.com", "virginmedia.com"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com", "yahoo.ie", "outlook.ie"],
    "US": ["gmail.com", "yahoo.com", "comcast.net", "aol.com", "outlook.com", "icloud.com", "verizon.net"],
    "CA": ["gmail.com", "shaw.ca", "sympatico.ca", "videotron.ca", "rogers.com", "hotmail.ca"],
    "AU": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com.au", "iinet.net.au"],
    "NZ": ["xtra.co.nz", "gmail.com", "orcon.net.nz", "slingshot.co.nz", "outlook.co.nz"],
}
TLD = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "LU": "lu", "IT": "it", "GB": "co.uk", "IE": "ie",
       "US": "com", "CA": "ca", "AU": "com.au", "NZ": "co.nz"}


def _mailname(s: str, german: bool) -> str:
    s = fold(s, german).lower()
    return re.sub(r"[^a-z0-9]+", "", s.replace(" ", "").replace("-", "").replace("'", ""))


def email_for(rng: random.Random, p: Person, geo: str, domain: str = "") -> str:
    cc = cc_of(geo) if len(geo) > 2 else geo
    german = cc in ("DE", "AT", "CH") and rng.random() < 0.6
    f, last = _mailname(p.first.split()[0], german), _mailname(p.last, german)
    hy_last = re.sub(r"[^a-z0-9-]+", "", fold(p.last, german).lower().replace(" ", "-").replace("'", ""))
    dom = domain or rng.choice(MAIL_DOMAINS.get(cc, MAIL_DOMAINS["US"]))
    yy = str(rng.randint(60, 99)) if rng.random() < 0.5 else str(rng.randint(1, 99)).zfill(2)
    if domain:
        local = rng.choice([f"{f}.{last}", f"{f[0]}.{last}", f"{f}.{last}", f"{last}", f"{f[0]}{last}"])
    else:
        local = rng.choice([f"{f}.{last}", f"{f}.{last}", f"{f[0]}.{last}", f"{f}{last}", f"{last}.{f}",
                            f"{f}_{last}", f"{f}.{last}{yy}", f"{f}{yy}", f"{last}{f[0]}", f"{f}.{hy_last}",
                            f"{f[0]}{last}{yy}"])
    return f"{local}@{dom}"


_SLUG_STOP = {"studio", "atelier", "le", "la", "les", "the", "il", "lo", "l", "de", "du", "des", "di", "del", "della",
              "and", "und", "et", "e", "salon", "tattoo", "officina", "s", "a", "gmbh", "ag", "kg", "sa", "sarl", "ltd",
              "llc", "inc", "srl"}


def slug(s: str) -> str:
    words = [re.sub(r"[^a-z0-9]+", "", w) for w in re.split(r"[\s,&'-]+", fold(s).lower())]
    words = [w for w in words if w and w not in _SLUG_STOP]
    return "".join(words[:2])[:20] or "firma"


# ---------------------------------------------------------------------------------------------- dates of birth ---
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
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def _ord_en(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d: date, lang: str, geo: str, style: int) -> str:
    """A date in one of the ways it is written in lang / geo (style 0..7)."""
    dd, mm, y = d.day, d.month, d.year
    mon = MONTHS[lang][mm - 1]
    if geo == "AT" and mm == 1:
        mon = "Jänner"
    ab = MONTHS_ABBR[lang][mm - 1]
    if geo == "AT" and mm == 1:
        ab = "Jän."
    if lang == "de":
        return [f"{dd:02d}.{mm:02d}.{y}", f"{dd}.{mm}.{y}", f"{dd:02d}.{mm:02d}.{y % 100:02d}", f"{dd}. {mon} {y}",
                f"{dd:02d}. {ab} {y}", f"{y}-{mm:02d}-{dd:02d}", f"{dd:02d}.{mm:02d}.{y}", f"{dd}. {mon} {y}"][style]
    if lang == "fr":
        j = "1er" if dd == 1 else str(dd)
        return [f"{dd:02d}/{mm:02d}/{y}", f"{dd}/{mm}/{y}", f"{dd:02d}/{mm:02d}/{y % 100:02d}", f"{j} {mon} {y}",
                f"{j} {ab} {y}", f"{y}-{mm:02d}-{dd:02d}", f"{dd:02d}.{mm:02d}.{y}", f"{dd:02d}-{mm:02d}-{y}"][style]
    if lang == "it":
        j = "1°" if dd == 1 else str(dd)
        return [f"{dd:02d}/{mm:02d}/{y}", f"{dd}/{mm}/{y}", f"{dd:02d}/{mm:02d}/{y % 100:02d}", f"{j} {mon} {y}",
                f"{j} {ab} {y}", f"{y}-{mm:02d}-{dd:02d}", f"{dd:02d}.{mm:02d}.{y}", f"{dd:02d}-{mm:02d}-{y}"][style]
    if geo == "US":
        return [f"{mm:02d}/{dd:02d}/{y}", f"{mm}/{dd}/{y}", f"{mm}/{dd}/{y % 100:02d}", f"{mon} {dd}, {y}",
                f"{ab} {dd}, {y}", f"{y}-{mm:02d}-{dd:02d}", f"{mm:02d}-{dd:02d}-{y}",
                f"{mon} {_ord_en(dd)}, {y}"][style]
    if geo == "CA":
        return [f"{y}-{mm:02d}-{dd:02d}", f"{dd:02d}/{mm:02d}/{y}", f"{y}/{mm:02d}/{dd:02d}", f"{mon} {dd}, {y}",
                f"{ab} {dd}, {y}", f"{y}-{mm:02d}-{dd:02d}", f"{dd} {mon} {y}", f"{mm:02d}/{dd:02d}/{y}"][style]
    return [f"{dd:02d}/{mm:02d}/{y}", f"{dd}/{mm}/{y}", f"{dd:02d}/{mm:02d}/{y % 100:02d}", f"{dd} {mon} {y}",
            f"{dd} {ab} {y}", f"{y}-{mm:02d}-{dd:02d}", f"{_ord_en(dd)} {mon} {y}",
            f"{dd}.{mm:02d}.{y}" if geo == "IE" and style == 7 else f"{_ord_en(dd)} of {mon} {y}"][style]


def rand_date(rng: random.Random, y0: int, y1: int) -> date:
    start = date(y0, 1, 1)
    return start + timedelta(days=rng.randint(0, (date(y1, 12, 31) - start).days))


# ------------------------------------------------------------------------------------------------ IBAN / cards ---
def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def with_check(cc: str, bban: str) -> str:
    chk = 98 - _mod97(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"


def _rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97):02d}"


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cin(s: str) -> str:
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def _es_dc(s: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w[i] for i, c in enumerate(s.rjust(10, "0"))) % 11
    return str({11: 0, 10: 1}.get(d, d))


def make_iban(rng: random.Random, cc: str) -> str:
    n = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
    if cc == "DE":
        bban = rng.choice(["100", "200", "250", "300", "370", "430", "500", "600", "700", "760", "830"]) + n(5) + n(10)
    elif cc == "AT":
        bban = rng.choice(["12000", "20111", "32000", "14000", "19043", "20404", "38000", "60000"]) + n(11)
    elif cc == "CH":
        bban = rng.choice(["00230", "00700", "00767", "09000", "00235", "80808", "30000"]) + n(12)
    elif cc == "FR":
        bank, branch, acct = rng.choice(["30003", "30004", "20041", "10278", "16606", "30066", "11306"]), n(5), n(11)
        bban = bank + branch + acct + _rib_key(bank, branch, acct)
    elif cc == "BE":
        first = rng.choice(["001", "063", "068", "143", "310", "363", "732", "751", "088"]) + n(7)
        chk = int(first) % 97 or 97
        bban = first + f"{chk:02d}"
    elif cc == "LU":
        bban = rng.choice(["001", "002", "003", "014", "019", "030", "141"]) + n(13)
    elif cc == "IT":
        body = rng.choice(["03069", "02008", "05034", "01030", "03111", "05387", "08327"]) + n(5) + n(12)
        bban = _cin(body) + body
    elif cc in ("GB", "IE"):
        bank = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "CPBK"] if cc == "GB" else ["AIBK", "BOFI", "IPBS"])
        bban = bank + n(6) + n(8)
    elif cc == "ES":
        bank, br, acct = rng.choice(["2100", "0049", "0182", "2080"]), n(4), n(10)
        bban = bank + br + _es_dc("00" + bank + br) + _es_dc(acct) + acct
    elif cc == "NL":
        bank = rng.choice(["INGB", "ABNA", "RABO", "TRIO", "SNSB"])
        while True:
            acct = n(10)
            if acct[0] != "0" and sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0:
                break
        bban = bank + acct
    elif cc == "PT":
        body = rng.choice(["0035", "0033", "0007", "0010"]) + n(4) + n(11)
        chk = 98 - int(body + "00") % 97
        bban = body + f"{chk:02d}"
    elif cc == "PL":
        bban = n(24)
    else:
        raise KeyError(cc)
    iban = with_check(cc, bban)
    assert iban_ok(iban)
    return iban


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


BIC_BANK = {"DE": ["COBA", "DEUT", "GENO", "HYVE", "BYLA", "SOLA", "INGD"], "AT": ["BKAU", "RZOO", "GIBA", "OBKL"],
            "CH": ["UBSW", "POFI", "RAIF", "ZKBK", "BCVL"], "FR": ["BNPA", "AGRI", "CCBP", "SOGE", "CMCI"],
            "BE": ["GEBA", "BBRU", "KRED", "GKCC"], "LU": ["BCEE", "BGLL", "CCRA", "BILL"],
            "IT": ["BCIT", "UNCR", "BPMO", "BAPP", "ICRA"], "GB": ["NWBK", "BARC", "LOYD", "HBUK"],
            "IE": ["AIBK", "BOFI"]}


def make_bic(rng: random.Random, cc: str) -> str:
    b = rng.choice(BIC_BANK.get(cc, ["BANK"]))
    loc = rng.choice(["FF", "MM", "22", "WW", "2X", "LL", "HH", "BB", "XX"])
    return b + cc + loc + (rng.choice(["", "XXX", "", "100", "810"]) if cc != "CH" else "80A")


def make_card(rng: random.Random, brand: str = "") -> str:
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex"])
    n = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
    if brand == "visa":
        body = "4" + n(14)
    elif brand == "mc":
        body = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"])
        body += n(15 - len(body))
    else:
        body = rng.choice(["34", "37"]) + n(12)
    num = body + luhn_digit(body)
    assert luhn_ok(num)
    return num


def fmt_card(num: str, style: int) -> str:
    if len(num) == 15:
        return [f"{num[:4]} {num[4:10]} {num[10:]}", num, f"{num[:4]}-{num[4:10]}-{num[10:]}"][style % 3]
    return [group4(num), num, "-".join(num[i:i + 4] for i in range(0, 16, 4))][style % 3]


# ----------------------------------------------------------------------------------------------------- context ---
LEGAL = {"DE": ["GmbH", "GmbH", "KG", "AG", "e.K."], "AT": ["GmbH", "KG", "OG", "e.U."], "CH": ["AG", "GmbH", "Sàrl"],
         "FR": ["SARL", "SAS", "SA", "EURL"], "BE": ["SRL", "SA", "SPRL"], "LU": ["S.à r.l.", "S.A."],
         "IT": ["S.r.l.", "S.n.c.", "S.p.A.", "S.a.s."], "GB": ["Ltd", "Ltd", "LLP"], "IE": ["Ltd", "DAC"],
         "US": ["LLC", "Inc.", "Co."], "CA": ["Inc.", "Ltd."], "AU": ["Pty Ltd"], "NZ": ["Ltd", "Limited"]}
_LEGAL_RE = re.compile(r"\b(GmbH|KG|AG|OG|GesbR|GbR|KGaA|e\.K\.|SA|S\.A\.|SARL|S\.A\.R\.L\.|Sàrl\.?|SAS|SRL|SPA|"
                       r"s\.r\.l\.|S\.r\.l\.|Ltd|LLC|Inc|PLC|Group|e figli|Co\.)\b")


def _fix_company(name: str, lang: str, cc: str, rng: random.Random) -> str:
    name = name.replace(" and Sons", {"de": " & Söhne", "fr": " & Fils", "it": " e figli", "en": " & Sons"}[lang])
    name = name.replace(" and ", " & ").replace(" e ", " & ") if lang != "it" else name.replace(" and ", " e ")
    if lang != "en" or cc not in ("GB", "IE", "US", "CA", "AU", "NZ"):
        forms = LEGAL[cc] if cc != "CH" else {"de": ["AG", "GmbH"], "fr": ["SA", "Sàrl"], "it": ["SA", "Sagl"]}[lang]
        name = re.sub(r" (PLC|LLC|Inc\.?|Ltd|Group)$", " " + rng.choice(forms), name)
    return name


class Ctx:
    def __init__(self, lang: str, region: str, tpl: str, i: int):
        self.lang, self.region, self.tpl, self.i = lang, region, tpl, i
        self.geo = region if region != "CH" else {"de": "CHde", "fr": "CHfr", "it": "CHit"}[lang]
        self.cc = region
        self.seed = f"{SET}|{lang}|{tpl}|{i}"
        self.rng = random.Random(self.seed)
        self.variant = i % 4
        self._seeded: set[str] = set()
        self.used_names: set[str] = set()
        self.used_last: set[str] = set()
        self.home_town: tuple | None = None

    # -- randomness --
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def randint(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def sample(self, seq, k: int):
        return self.rng.sample(seq, k)

    def L(self, d: dict):
        """Pick the document language's entry; a list entry gives a random choice."""
        v = d[self.lang]
        return self.pick(v) if isinstance(v, list) else v

    def faker(self, loc: str) -> Faker:
        if loc not in _FAKERS:
            _FAKERS[loc] = Faker(loc)
        f = _FAKERS[loc]
        if loc not in self._seeded:
            f.seed_instance(int(hashlib.sha256(f"{self.seed}|{loc}".encode()).hexdigest()[:16], 16))
            self._seeded.add(loc)
        return f

    # -- people --
    def _faker_name(self, loc: str, g: str) -> tuple[str, str]:
        f = self.faker(loc)
        for _ in range(20):
            first = f.first_name_male() if g == "m" else f.first_name_female()
            last = f.last_name()
            if is_latin(first + last):
                return first, last
        return first, last

    def person(self, g: str | None = None, src: str | None = None, geo: str | None = None, last: str | None = None,
               community: str | None = None, locale: str | None = None) -> Person:
        rng = self.rng
        geo = geo or self.geo
        for _ in range(40):
            gg = g or rng.choice("fm")
            r = rng.random()
            s = src or ("own" if r < 0.58 else "community" if r < 0.86 else "other")
            origin = s
            if s == "own" and geo in OWN_SURNAMES:
                lang = {"DE": "de", "AT": "de", "CHde": "de", "FR": "fr", "BE": "fr", "CHfr": "fr", "LU": "fr",
                        "IT": "it", "CHit": "it"}.get(geo, "en")
                if rng.random() < 0.6:
                    first, sur = self._faker_name(FAKER_LOCALE[geo], gg)
                    if geo in ("LU", "CHit", "CA", "AU", "NZ") and rng.random() < 0.5:
                        sur = rng.choice(OWN_SURNAMES[geo])
                else:
                    pool = list(OWN_FIRST[lang][0 if gg == "m" else 1])
                    if geo in REGION_FIRST:
                        pool += REGION_FIRST[geo][0 if gg == "m" else 1] * 2
                    first = rng.choice(pool) if rng.random() < 0.7 else self._faker_name(FAKER_LOCALE[geo], gg)[0]
                    sur = rng.choice(OWN_SURNAMES[geo])
            elif s == "community" or (s == "own"):
                com = community or rng.choice(sorted(COMMUNITIES))
                origin = com
                mf, ff, ss = COMMUNITIES[com]
                first = rng.choice(mf if gg == "m" else ff)
                if rng.random() < 1 / 12:
                    other = COMMUNITIES[rng.choice(sorted(COMMUNITIES))]
                    first = rng.choice(other[0] if gg == "m" else other[1])
                sur = rng.choice(ss)
                if gg == "f":
                    sur = feminine(sur, com)
            else:
                loc = locale or rng.choice(OTHER_LOCALES[self.lang])
                first, sur = self._faker_name(loc, gg)
                origin = f"other:{loc}"
            if last is not None:
                sur = last
                if origin in COMMUNITIES:
                    sur = feminine(masculine(sur), origin) if gg == "f" else masculine(sur)
            elif rng.random() < 0.06:
                second = self._faker_name(FAKER_LOCALE.get(geo, "en_US"), "m")[1]
                if second != sur and " " not in sur and " " not in second:
                    sur = f"{sur} {second}" if self.lang == "it" or origin in ("hispanic", "lusophone") else \
                        f"{sur}-{second}"
            if first == sur or f"{first} {sur}" in self.used_names:
                continue
            if last is None and sur in self.used_last and rng.random() < 0.9:
                continue
            self.used_names.add(f"{first} {sur}")
            self.used_last.add(sur)
            for w in sur.split():
                self.used_last.add(w)
            return Person(first, sur, gg, origin)
        raise RuntimeError("no name")

    def relative(self, p: Person, g: str | None = None, same_last: float = 0.8) -> Person:
        keep = self.chance(same_last)
        last = p.last if keep else None
        if p.origin.startswith("other:"):
            return self.person(g=g, src="other", last=last, locale=p.origin[6:])
        if p.origin == "own":
            return self.person(g=g, src="own", last=last)
        return self.person(g=g, src="community", last=last, community=p.origin)

    def birthplace(self, p: Person) -> str:
        if p.origin in BIRTHPLACES:
            return self.pick(BIRTHPLACES[p.origin])
        geo = LOCALE_GEO.get(p.origin[6:], self.geo) if p.origin.startswith("other:") else self.geo
        if p.origin == "own" and self.chance(0.25):
            geo = self.pick([g for g in TOWNS if g[:2] == self.geo[:2] or g == self.geo])
        return self.pick(TOWNS[geo])[1]

    def job(self, p: Person) -> str:
        m, f = self.pick(JOBS[self.lang])
        return m if p.g == "m" else f

    def nick(self) -> str:
        return self.pick(NICKNAMES[self.lang])

    def company(self, sector: str = "") -> str:
        loc = FAKER_LOCALE[self.geo]
        f = self.faker(loc)
        for _ in range(20):
            name = _fix_company(f.company(), self.lang, self.cc, self.rng)
            words = set(re.findall(r"[\w'-]+", name))
            if words & self.used_last:
                continue
            if sector:
                base = re.split(r"[ ,&-]", name)[0]
                if base in self.used_last:
                    continue
                name = f"{base} {sector}"
            if not _LEGAL_RE.search(name):
                forms = LEGAL[self.cc] if self.cc != "CH" else {"de": ["AG", "GmbH"], "fr": ["SA", "Sàrl"],
                                                                "it": ["SA", "Sagl"]}[self.lang]
                name = f"{name} {self.pick(forms)}"
            self.used_last.update(w for w in words)
            return name
        return name

    # -- values --
    def addr(self, geo: str | None = None, near: bool = False) -> Addr:
        """An address; near=True puts it in the town of the document's first address (neighbours, members)."""
        g = geo or self.geo
        a = make_addr(self.rng, g)
        if g == self.geo:
            if near and self.home_town is not None:
                row = self.home_town
                a.postcode, a.town, a.area, a.state = vary_postcode(self.rng, g, row[0]), row[1], row[2], row[3]
            elif self.home_town is None:
                self.home_town = next(r for r in TOWNS[g] if r[1] == a.town and r[2] == a.area)
        return a

    def abroad(self) -> Addr:
        g = self.pick(sorted(ABROAD_CODES))
        return make_addr(self.rng, g)

    def other_geo(self) -> str:
        opts = [g for g in TOWNS if g != self.geo]
        return self.pick(opts)

    def phone(self, kind: str = "mobile", addr: Addr | None = None, geo: str | None = None,
              intl: bool | None = None) -> str:
        g = geo or (addr.geo if addr else self.geo)
        area = addr.area if addr and addr.area else ""
        if not area and g == self.geo and self.home_town is not None and self.chance(0.7):
            area = self.home_town[2]
        if g == "LU":
            area = ""
        style = None
        if intl is not None:
            style = self.randint(6, 9) if intl else self.randint(0, 5)
        return phone(self.rng, g, kind, area, style)

    def email(self, p: Person, geo: str | None = None, domain: str = "") -> str:
        return email_for(self.rng, p, geo or self.geo, domain)

    def dob(self, lo: int = 18, hi: int = 80, style: int | None = None, geo: str | None = None) -> str:
        d = rand_date(self.rng, TODAY.year - hi, TODAY.year - lo - 1)
        return fmt_date(d, self.lang, geo or self.geo, self.randint(0, 7) if style is None else style)

    def dob_date(self, lo: int = 18, hi: int = 80) -> date:
        return rand_date(self.rng, TODAY.year - hi, TODAY.year - lo - 1)

    def fdate(self, d: date, style: int | None = None) -> str:
        return fmt_date(d, self.lang, self.geo, self.randint(0, 7) if style is None else style)

    def date_span(self, y: int = 2027, days: tuple[int, int] = (5, 28)) -> tuple[str, str]:
        d1 = rand_date(self.rng, y, y)
        d2 = d1 + timedelta(days=self.randint(*days))
        st = self.pick([0, 1, 3, 5])
        return fmt_date(d1, self.lang, self.geo, st), fmt_date(d2, self.lang, self.geo, st)

    def plain_date(self, y0: int = 2026, y1: int = 2027, style: int | None = None) -> str:
        d = rand_date(self.rng, y0, y1)
        return fmt_date(d, self.lang, self.geo, self.pick([0, 1, 3, 5]) if style is None else style)

    def iban(self, cc: str | None = None, grouped: bool | None = None) -> str:
        c = cc or self.cc
        if c not in ("DE", "AT", "CH", "FR", "BE", "LU", "IT", "GB", "IE", "ES", "NL", "PT", "PL"):
            c = self.pick(["DE", "FR", "IT", "GB", "NL"])
        s = make_iban(self.rng, c)
        g = self.chance(0.7) if grouped is None else grouped
        return group4(s) if g else s

    def has_iban(self) -> bool:
        return self.cc in ("DE", "AT", "CH", "FR", "BE", "LU", "IT", "GB", "IE")

    def card(self, brand: str = "") -> str:
        return fmt_card(make_card(self.rng, brand), self.randint(0, 2))

    def ref(self, pattern: str) -> str:
        out = []
        for c in pattern:
            if c == "#":
                out.append(self.pick("0123456789"))
            elif c == "A":
                out.append(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ"))
            else:
                out.append(c)
        return "".join(out)

    def money(self, lo: float, hi: float) -> str:
        v = self.rng.uniform(lo, hi)
        if self.cc in ("GB",):
            return f"£{v:,.2f}"
        if self.cc in ("US", "CA", "AU", "NZ"):
            return f"${v:,.2f}"
        if self.cc == "IE":
            return f"€{v:,.2f}"
        if self.cc == "CH":
            return f"CHF {v:,.2f}".replace(",", "'")
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return f"{s} €" if self.lang != "it" or self.chance(0.5) else f"€ {s}"

    def country(self, cc: str) -> str:
        return COUNTRY_NAME[self.lang][cc]

    def hotline(self) -> str:
        return hotline(self.rng, self.geo)

    def plate(self) -> str:
        return self.ref({"DE": "A-AA ####", "AT": "A-#####A", "CH": "AA ######", "FR": "AA-###-AA", "BE": "1-AAA-###",
                         "LU": "AA ####", "IT": "AA ###AA", "GB": "AA## AAA", "IE": "##-A-#####", "US": "#AAA###",
                         "CA": "AAAA ###", "AU": "#AA#AA", "NZ": "AAA###"}[self.cc])

    def time(self) -> str:
        h, m = self.randint(7, 20), self.pick([0, 15, 30, 45, 10, 20, 40, 50])
        return f"{h}:{m:02d}" if self.lang == "en" and self.cc == "US" else f"{h:02d}:{m:02d}"


def name(p: Person, style: str = "full") -> str:
    return P(p.fmt(style))


# ====================================================================================================================
# Templates.  Each gets a Ctx and returns the marked text (request in the document's language + pasted material).
# ====================================================================================================================
JOBS = {
    "de": [("Erzieher", "Erzieherin"), ("Elektriker", "Elektrikerin"), ("Bankkaufmann", "Bankkauffrau"),
           ("Rentner", "Rentnerin"), ("Landwirt", "Landwirtin"), ("Pflegefachmann", "Pflegefachfrau"),
           ("Lehrer", "Lehrerin"), ("Verkäufer", "Verkäuferin"), ("Ingenieur", "Ingenieurin"),
           ("Schreiner", "Schreinerin"), ("Hausmann", "Hausfrau"), ("Busfahrer", "Busfahrerin"),
           ("Steuerfachangestellter", "Steuerfachangestellte"), ("Koch", "Köchin"), ("Architekt", "Architektin"),
           ("Physiotherapeut", "Physiotherapeutin"), ("IT-Berater", "IT-Beraterin"), ("Friseur", "Friseurin")],
    "fr": [("infirmier", "infirmière"), ("électricien", "électricienne"), ("retraité", "retraitée"),
           ("agriculteur", "agricultrice"), ("professeur des écoles", "professeure des écoles"),
           ("comptable", "comptable"), ("vendeur", "vendeuse"), ("ingénieur", "ingénieure"),
           ("menuisier", "menuisière"), ("sans profession", "sans profession"), ("chauffeur de bus",
                                                                                 "conductrice de bus"),
           ("boulanger", "boulangère"), ("architecte", "architecte"), ("aide-soignant", "aide-soignante"),
           ("technicien", "technicienne"), ("assistant de direction", "assistante de direction")],
    "it": [("insegnante", "insegnante"), ("elettricista", "elettricista"), ("pensionato", "pensionata"),
           ("agricoltore", "agricoltrice"), ("infermiere", "infermiera"), ("impiegato", "impiegata"),
           ("commerciante", "commerciante"), ("ingegnere", "ingegnera"), ("falegname", "falegname"),
           ("casalingo", "casalinga"), ("autista", "autista"), ("ragioniere", "ragioniera"), ("geometra", "geometra"),
           ("parrucchiere", "parrucchiera"), ("cuoco", "cuoca"), ("medico", "medico")],
    "en": [(x, x) for x in ["teacher", "electrician", "retired", "farmer", "nurse", "accountant", "shop assistant",
                            "engineer", "joiner", "homemaker", "bus driver", "software developer", "paramedic", "chef",
                            "student", "plumber"]],
}


def request(ctx: Ctx, body: str, asks, fence: str = "") -> str:
    """Wrap the pasted material in the user's request (before or after it)."""
    if isinstance(asks, dict):
        ask = ctx.L(asks)
    else:
        ask = ctx.pick(asks) if isinstance(asks, list) else asks
    if fence:
        body = f"```{fence}\n{body}\n```"
    if ctx.chance(0.25):
        return f"{body}\n\n{ask}"
    return f"{ask}\n\n{body}"


def court_name(ctx: Ctx, town: str) -> str:
    return {
        "DE": f"Amtsgericht {town}", "AT": f"Landesgericht {town}", "CHde": f"Bezirksgericht {town}",
        "FR": f"Cour d'assises – greffe, tribunal judiciaire de {town}", "BE": f"Cour d'assises, palais de justice "
        f"de {town}",
        "CHfr": f"Tribunal criminel, {town}", "LU": f"Tribunal du travail de {town}",
        "IT": f"Corte d'Assise di {town}", "CHit": f"Pretura penale, {town}",
        "GB": f"{town} Crown Court", "IE": f"{town} Circuit Court", "US": f"{town} County Circuit Court",
        "CA": f"Superior Court of Justice, {town}", "AU": f"District Court of {town}", "NZ": f"{town} District Court",
    }[ctx.geo]


def t_jury(ctx: Ctx) -> str:
    lang, v = ctx.lang, ctx.variant
    town_addr = ctx.addr()
    town = town_addr.town
    if v == 0:
        n = ctx.randint(5, 8)
        rows = []
        for k in range(n):
            p = ctx.person()
            a = ctx.addr(near=True)
            d = ctx.dob(25, 68, style=ctx.pick([0, 0, 1, 6]) if lang != "en" else None)
            born = ctx.birthplace(p)
            job = ctx.job(p)
            birth = P(ctx.person(g="m").last) if p.g == "f" and ctx.chance(0.3) else "–"
            if lang == "de":
                rows.append([str(k + 1), P(p.last), P(p.first), birth, DB(d), born, job, AD(a.street)])
            elif lang == "fr":
                rows.append([str(k + 1), P(p.last.upper()), P(p.first), DB(d), born, AD(a.street), job])
            elif lang == "it":
                rows.append([str(k + 1), P(p.fmt("last first")), born, DB(d), AD(a.street), job])
            else:
                rows.append([ctx.ref("J-####"), P(p.fmt(ctx.pick(["last, first", "LAST first"]))), DB(d),
                             AD(a.one()), job])
        if lang == "de":
            head = ["Nr.", "Familienname", "Vorname(n)", "Geburtsname", "Geb.-Datum", "Geburtsort", "Beruf",
                    "Anschrift"]
            title = {"DE": f"Gemeinde {town} – Vorschlagsliste Schöffinnen und Schöffen, Geschäftsjahre 2029–2033",
                     "AT": f"Stadt {town} – Grundliste Geschworene und Schöffen {TODAY.year + 1}, Auszug",
                     "CHde": f"Gemeinde {town} – Wahlvorschläge Laienrichterinnen und Laienrichter, Auszug"}[ctx.geo]
            ask = ["Das ist ein Auszug aus unserer Vorschlagsliste, leider nur als Festbreitentext aus dem "
                   "Fachverfahren. "
                   "Kannst du prüfen, ob alle am 1. Januar 2029 zwischen 25 und 69 Jahre alt sind, und mir die, die "
                   "rausfallen, nennen?",
                   "Bitte mach mir aus dieser Liste eine saubere Tabelle für die Sitzungsvorlage des Gemeinderats. "
                   "Spalten bitte so lassen."]
        elif lang == "fr":
            head = ["N°", "NOM", "Prénom(s)", "Né(e) le", "à", "Adresse", "Profession"]
            title = {"FR": f"Commune de {town} – Liste préparatoire du jury criminel, tirage au sort en mairie",
                     "BE": f"Ville de {town} – Liste des jurés tirés au sort, cour d'assises",
                     "CHfr": f"Commune de {town} – Liste des jurés proposés, Tribunal criminel",
                     "LU": f"Commune de {town} – Liste des assesseurs proposés, Tribunal du travail"}[ctx.geo]
            ask = ["Voici la liste issue du logiciel de l'état civil (texte à largeur fixe). Peux-tu vérifier qui aura "
                   "moins de 23 ans au 1er janvier et me rendre un tableau propre ?",
                   "Mets-moi cette liste en forme pour le courrier au greffe, sans changer les données."]
        elif lang == "it":
            head = ["N.", "Cognome e nome", "Luogo di nascita", "Data di nascita", "Residenza", "Professione"]
            title = {"IT": f"Comune di {town} – Aggiornamento albo dei giudici popolari di Corte d'Assise",
                     "CHit": f"Comune di {town} – Proposte assessori giurati, Corte delle assise criminali"}[ctx.geo]
            ask = ["Ti incollo l'estratto dell'albo (è testo a larghezza fissa). Controlla chi supera i 65 anni e "
                   "preparami una tabella ordinata per la commissione comunale.",
                   "Sistemami questo elenco in una tabella leggibile, senza cambiare i dati."]
        else:
            head = ["Juror no.", "Name", "Date of birth", "Address", "Occupation"]
            title = {"GB": f"{town} Crown Court – jury panel, week commencing Monday",
                     "IE": f"County Registrar – {town} Circuit Court jury panel",
                     "US": f"Jury Commissioner – {town} – qualified juror pool (draw 3)",
                     "CA": f"Sheriff's Office – {town} jury panel list", "AU": f"Sheriff's Office – {town} jury panel",
                     "NZ": f"{town} District Court – jury panel"}[ctx.geo]
            ask = ["This is the panel list our system prints as fixed-width text. Can you flag anyone over 75 on the "
                   "trial start date and turn the rest into a neat table?",
                   "Please turn this jury panel printout into a clean table sorted by surname."]
        body = title + "\n\n" + fixed_table(head, rows)
        body += "\n\n" + {"de": f"Stand {ctx.plain_date(2026, 2026, 0)}, Seite 1 von 1",
                          "fr": f"Édité le {ctx.plain_date(2026, 2026, 0)} – page 1/1",
                          "it": f"Stampato il {ctx.plain_date(2026, 2026, 0)} – pag. 1 di 1",
                          "en": f"Printed {ctx.plain_date(2026, 2026, 0)} – page 1 of 1"}[lang]
        return request(ctx, body, {lang: ask})
    if v == 1:
        p = ctx.person()
        a = ctx.addr(near=True)
        court_a = ctx.addr(near=True)
        court = court_name(ctx, court_a.town)
        mother = ctx.relative(p, g="f", same_last=0.4)
        doc_p = ctx.person()
        boss = ctx.person()
        firm = ctx.company()
        own_dob = ctx.dob(60, 74)
        m_dob = ctx.dob(84, 96)
        ref = ctx.ref("##/####") if lang != "en" else ctx.ref("#########")
        prac = ctx.phone("land", a)
        ph = ctx.phone("mobile")
        em = ctx.email(p)
        bph = ctx.phone("land", ctx.addr(near=True), intl=False)
        if lang == "de":
            body = (f"{name(p)}\n{a.block()}\nTel. {PH(ph)}\n{EM(em)}\n\n{court}\n– Schöffengeschäftsstelle –\n"
                    f"{court_a.block()}\n\n{town}, {ctx.plain_date(2026, 2026)}\n\n"
                    f"Ihr Zeichen: {ref} – Antrag auf Streichung von der Schöffenliste\n\nSehr geehrte Damen und "
                    f"Herren,\n\nich wurde als Hauptschöffe gewählt. Ich bitte darum, mich von der Liste zu streichen. "
                    f"Ich bin am {DB(own_dob)} geboren und pflege seit dem Frühjahr meine Mutter, {name(mother)} "
                    f"(geb. {DB(m_dob)}), die bei mir wohnt und Pflegegrad 4 hat. Eine Vertretung ist an "
                    f"Sitzungstagen nicht möglich. Eine Bescheinigung der Hausärztin, Frau Dr. {name(doc_p, 'last')}, "
                    f"lege ich bei; die Praxis ist unter {PH(prac)} erreichbar.\n\nAußerdem arbeite ich noch "
                    f"20 Stunden bei der {firm}; {gw(boss, 'mein Vorgesetzter, Herr', 'meine Vorgesetzte, Frau')} "
                    f"{name(boss, 'last')} kann das unter {PH(bph)} bestätigen.\n\nMit freundlichen "
                    f"Grüßen\n\n{name(p)}")
            ask = ["Kannst du meinen Brief ans Gericht etwas formeller und kürzer machen? Inhalt bitte gleich lassen.",
                   "Bitte prüf den Brief auf Fehler und ob die Begründung überzeugend ist."]
        elif lang == "fr":
            body = (f"{name(p)}\n{a.block(ctx.pick([0, 1]))}\nTél. : {PH(ph)}\nCourriel : {EM(em)}\n\n{court}\n"
                    f"Service du jury\n{court_a.block(1)}\n\n{town}, le {ctx.plain_date(2026, 2026, 3)}\n\n"
                    f"Objet : demande de dispense – convocation n° {ref}\n\nMadame, Monsieur,\n\nJ'ai été "
                    f"{gw(p, 'désigné', 'désignée')} comme juré pour la prochaine session. Je sollicite une dispense : "
                    f"{gw(p, 'né', 'née')} le {DB(own_dob)}, je m'occupe seul{gw(p, '', 'e')} de ma mère, "
                    f"Mme {name(mother)}, {'née' if ctx.chance(0.5) else 'âgée de 91 ans, née'} le {DB(m_dob)}, "
                    f"qui vit chez moi. Son médecin traitant, le Dr {name(doc_p, 'last')}, peut le confirmer "
                    f"(cabinet : {PH(prac)}).\n\nPar ailleurs, je travaille à mi-temps chez {firm} ; "
                    f"{sal(lang, boss)} {name(boss)}, {gw(boss, 'mon responsable', 'ma responsable')}, est "
                    f"joignable au {PH(bph)}.\n\n"
                    "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations "
                    f"distinguées.\n\n{name(p)}")
            ask = ["Tu peux rendre ma lettre au greffe plus formelle et plus courte ? Garde le contenu.",
                   "Corrige les fautes de cette lettre et dis-moi si l'argument tient la route."]
        elif lang == "it":
            body = (f"{name(p)}\n{a.block(ctx.pick([0, 1]))}\nCell. {PH(ph)}\nE-mail {EM(em)}\n\nSpett.le\n"
                    f"{court}\nUfficio giudici popolari\n{court_a.block()}\n\n{town}, {ctx.plain_date(2026, 2026, 3)}"
                    "\n\nOggetto: richiesta di esonero – prot. "
                    f"{ref}\n\n{gw(p, 'Il sottoscritto', 'La sottoscritta')} {name(p)}, "
                    f"{gw(p, 'nato', 'nata')} il {DB(own_dob)}, chiede di essere {gw(p, 'esonerato', 'esonerata')} "
                    "dall'incarico di giudice "
                    f"popolare per la prossima sessione. Assisto quotidianamente mia madre, {name(mother)}, nata il "
                    f"{DB(m_dob)}, che vive con me ed è invalida al 100%. Il medico curante, dott. "
                    f"{name(doc_p, 'last')}, è raggiungibile allo {PH(prac)}.\n\nLavoro inoltre part-time presso "
                    f"{firm}; il responsabile, {sal(lang, boss)} {name(boss)}, può confermarlo al {PH(bph)}.\n\n"
                    f"Distinti saluti\n\n{name(p)}")
            ask = ["Puoi rendere più formale e più breve questa lettera al tribunale? Il contenuto resta uguale.",
                   "Correggi gli errori di questa lettera e dimmi se la motivazione regge."]
        else:
            body = (f"{name(p)}\n{a.block(ctx.pick([0, 1]))}\nTel: {PH(ph)}\nEmail: {EM(em)}\n\n"
                    f"The Jury Manager\n{court}\n{court_a.block()}\n\n{ctx.plain_date(2026, 2026, 3)}\n\n"
                    f"Juror number {ref} – request to be excused\n\nDear Sir or Madam,\n\nI have received a jury "
                    f"summons and would like to ask to be excused. I was born on {DB(own_dob)} and I am the only carer "
                    f"for my mother, {name(mother)} (date of birth {DB(m_dob)}), who lives with me. Her GP, "
                    f"Dr {name(doc_p, 'last')}, can confirm this; the surgery's number is {PH(prac)}.\n\n"
                    f"I also work part-time for {firm}. My line manager, {name(boss)}, is happy to confirm my hours on "
                    f"{PH(bph)}.\n\nYours faithfully,\n\n{name(p)}")
            ask = ["Can you make my letter to the court a bit more formal and shorter? Keep the facts as they are.",
                   "Please proofread this letter and tell me if the reasons sound convincing."]
        return request(ctx, body, {lang: ask})
    if v == 2:
        p = ctx.person()
        clerk = ctx.person()
        spouse = ctx.relative(p, g="f" if p.g == "m" else "m")
        court_a = ctx.addr(near=True)
        court = court_name(ctx, court_a.town)
        new_a = ctx.addr(near=True)
        dom = slug(court_a.town) + "." + {"DE": "justiz.de", "AT": "justiz.gv.at", "CH": "gerichte.ch",
                                          "FR": "justice.fr", "BE": "just.fgov.be", "LU": "justice.lu",
                                          "IT": "giustizia.it", "GB": "justice.gov.uk", "IE": "courts.ie",
                                          "US": "courts.gov", "CA": "ontario.ca", "AU": "courts.gov.au",
                                          "NZ": "justice.govt.nz"}[ctx.cc]
        cm = ctx.email(clerk, domain=dom)
        pm = ctx.email(p)
        iban = ctx.iban() if ctx.has_iban() else ""
        cph = ctx.phone("land", court_a, intl=False)
        ext = ctx.randint(100, 499)
        mob = ctx.phone("mobile")
        role = {"de": "schoeffen", "fr": "jury", "it": "giudicipopolari", "en": "juryservice"}[lang]
        bank_line = {
            "de": f"Für die Entschädigung hier meine Bankverbindung: {IB(iban)}, Kontoinhaber {name(p)}." if iban
            else "",
            "fr": f"Pour les indemnités, voici mon IBAN : {IB(iban)} (titulaire : {name(p)})." if iban else "",
            "it": f"Per il rimborso vi indico l'IBAN: {IB(iban)}, intestato a {name(p)}." if iban else "",
            "en": f"For the expenses claim, my bank details are IBAN {IB(iban)} (account name {name(p)})." if iban
            else f"For the expenses claim, please pay by cheque to {name(p)}; routing and account numbers are on the "
                 f"form (routing {ctx.ref('#########')}).",
        }[lang]
        date1 = ctx.plain_date(2027, 2027, 3)
        if lang == "de":
            body = (f"Von: {name(clerk)} <{EM(cm)}>\nAn: {name(p)} <{EM(pm)}>\nBetreff: AW: Ladung zur Sitzung am "
                    f"{date1}\n\n{sal(lang, p)} {name(p, 'last')},\n\nvielen Dank für Ihre Rückmeldung. Die Sitzung "
                    f"beginnt um 9:00 Uhr in Saal {ctx.randint(1, 4)}.{ctx.randint(10, 199):03d}. Eine Begleitperson "
                    f"kann im Zuschauerraum Platz nehmen. Fahrtkosten erstatten wir nach dem JVEG; bitte senden Sie "
                    f"uns dazu Ihre Bankverbindung.\n\nMit freundlichen Grüßen\n{name(clerk)}\nSchöffengeschäftsstelle"
                    f"\n{court}\n{AD(court_a.one())}\nTel. {PH(cph)} Durchwahl {ext}\n{role}@{dom}\n\n"
                    f"> Am Montag schrieb {name(p)}:\n> Guten Tag {name(clerk)},\n> darf "
                    f"{gw(spouse, 'mein Mann', 'meine Frau')} "
                    f"{name(spouse, 'first')} mich zur ersten Sitzung begleiten? Ich bin übrigens umgezogen, die neue "
                    f"Anschrift ist {AD(new_a.one())}.\n> Neue Handynummer: {PH(mob)}\n\n"
                    f"Antwort von {name(p, 'first')}:\n{bank_line}\nViele Grüße\n{name(p)}")
            ask = ["Fass mir den Mailverlauf kurz zusammen: was muss ich noch erledigen?",
                   "Kannst du aus dem Verlauf eine Checkliste für den Sitzungstag machen?"]
        elif lang == "fr":
            body = (f"De : {name(clerk)} <{EM(cm)}>\nÀ : {name(p)} <{EM(pm)}>\nObjet : RE: Convocation session du "
                    f"{date1}\n\n{sal(lang, p, False)},\n\nMerci pour votre réponse. L'audience commence à 9 h en "
                    f"salle {ctx.randint(1, 9)}. La personne qui vous accompagne pourra s'asseoir dans le public. "
                    f"Pour le remboursement des frais de déplacement, merci de nous transmettre un RIB.\n\n"
                    f"Cordialement,\n{name(clerk)}\nGreffe – service du jury\n{court}\n{AD(court_a.one())}\n"
                    f"Tél. {PH(cph)} poste {ext}\n{role}@{dom}\n\n> Le lundi, {name(p)} a écrit :\n> Bonjour,\n"
                    f"> est-ce que mon {gw(spouse, 'mari', 'épouse')}, {name(spouse, 'first')}, peut m'accompagner ? "
                    f"J'ai aussi déménagé : nouvelle adresse {AD(new_a.one())}.\n> Nouveau portable : {PH(mob)}\n\n"
                    f"Réponse de {name(p, 'first')} :\n{bank_line}\nBien à vous,\n{name(p)}")
            ask = ["Résume-moi cet échange : qu'est-ce qu'il me reste à faire ?",
                   "Fais-moi une liste de choses à préparer pour le jour de l'audience à partir de ces mails."]
        elif lang == "it":
            body = (f"Da: {name(clerk)} <{EM(cm)}>\nA: {name(p)} <{EM(pm)}>\nOggetto: R: Convocazione udienza del "
                    f"{date1}\n\nGentile {sal(lang, p, False).lower()} {name(p, 'last')},\n\ngrazie per la risposta. "
                    f"L'udienza inizia alle 9:00 in aula {ctx.randint(1, 9)}. Chi la accompagna può sedere tra il "
                    f"pubblico. Per il rimborso delle spese di viaggio ci invii le coordinate bancarie.\n\n"
                    f"Cordiali saluti\n{name(clerk)}\nCancelleria – ufficio giudici popolari\n{court}\n"
                    f"{AD(court_a.one())}\nTel. {PH(cph)} interno {ext}\n{role}@{dom}\n\n> Lunedì {name(p)} ha scritto:"
                    f"\n> Buongiorno,\n> può accompagnarmi {gw(spouse, 'mio marito', 'mia moglie')} "
                    f"{name(spouse, 'first')}? Mi sono anche {gw(p, 'trasferito', 'trasferita')}: nuovo indirizzo "
                    f"{AD(new_a.one())}.\n"
                    f"> Nuovo cellulare: {PH(mob)}\n\nRisposta di {name(p, 'first')}:\n{bank_line}\nSaluti\n{name(p)}")
            ask = ["Riassumimi lo scambio di mail: cosa devo ancora fare?",
                   "Fammi una lista delle cose da preparare per il giorno dell'udienza."]
        else:
            body = (f"From: {name(clerk)} <{EM(cm)}>\nTo: {name(p)} <{EM(pm)}>\nSubject: RE: Jury service starting "
                    f"{date1}\n\nDear {sal(lang, p)} {name(p, 'last')},\n\nThank you for your reply. Please report to "
                    f"the jury assembly room at 8:45am. A companion may sit in the public gallery. To claim travel "
                    f"expenses, please send us your bank details.\n\nKind regards,\n{name(clerk)}\nJury Officer\n"
                    f"{court}\n{AD(court_a.one())}\nDirect line: {PH(cph)} ext. {ext}\n{role}@{dom}\n\n"
                    f"> On Monday, {name(p)} wrote:\n> Hi,\n> could my {gw(spouse, 'husband', 'wife')}, "
                    f"{name(spouse, 'first')}, come with me on the first day? Also I've moved – my new address is "
                    f"{AD(new_a.one())}.\n> New mobile: {PH(mob)}\n\nReply from {name(p, 'first')}:\n{bank_line}\n"
                    f"Thanks,\n{name(p)}")
            ask = ["Summarise this thread for me: what do I still need to do?",
                   "Turn this email thread into a checklist for my first day of jury service."]
        return request(ctx, body, {lang: ask})
    # v == 3: CSV export of the jury management system
    delim = ctx.pick([";", ",", "\t"])
    head = {"de": ["schoeffen_id", "nachname", "vornamen", "geburtsdatum", "strasse", "plz", "ort", "telefon", "email",
                   "status"],
            "fr": ["id_jure", "nom", "prenoms", "date_naissance", "adresse", "code_postal", "commune", "telephone",
                   "courriel", "statut"],
            "it": ["id", "cognome", "nome", "data_nascita", "indirizzo", "cap", "comune", "telefono", "email",
                   "esito"],
            "en": ["juror_id", "surname", "given_names", "dob", "address_line1", "postcode", "town", "phone", "email",
                   "status"]}[lang]
    statuses = {"de": ["einberufen", "befreit", "zurückgestellt", "offen"],
                "fr": ["convoqué", "dispensé", "reporté", "en attente"],
                "it": ["convocato", "esonerato", "rinviato", "in attesa"],
                "en": ["summoned", "excused", "deferred", "pending"]}[lang]
    rows = [head]
    n = ctx.randint(5, 7)
    for _ in range(n):
        p = ctx.person()
        a = ctx.addr(near=True)
        d = ctx.dob(20, 74, style=ctx.pick([0, 5]) if lang != "en" else ctx.pick([0, 5]))
        ph = PH(ctx.phone(ctx.pick(["mobile", "land"]), a)) if ctx.chance(0.85) else ""
        em = EM(ctx.email(p)) if ctx.chance(0.6) else ""
        pc = a.postcode if a.geo not in ("US", "AU", "CA") else f"{a.state} {a.postcode}"
        rows.append([ctx.ref("######"), P(p.last), P(p.first), DB(d), AD(a.street), pc, a.town, ph, em,
                     ctx.pick(statuses)])
    body = "\n".join(csv_row(r, delim) for r in rows)
    ask = {"de": ["Export aus dem Schöffenverwaltungsprogramm. Kannst du mir zählen, wie viele noch offen sind, und "
                  "die Befreiten in eine eigene Tabelle schreiben?",
                  "Bitte wandle diesen CSV-Export in eine Serienbrief-Datenquelle um (Anrede, Name, Adresse)."],
           "fr": ["Export du logiciel de gestion du jury. Combien sont encore en attente ? Sors-moi les dispensés "
                  "dans un tableau à part.",
                  "Transforme cet export CSV en source de publipostage (civilité, nom, adresse)."],
           "it": ["Esportazione dal gestionale dei giudici popolari. Quanti sono ancora in attesa? Mettimi gli "
                  "esonerati in una tabella a parte.",
                  "Trasforma questo CSV in una fonte dati per la stampa unione (nome, indirizzo)."],
           "en": ["Export from our jury management system. How many are still pending? Put the excused ones in a "
                  "separate table.",
                  "Turn this CSV export into a mail-merge source for the summons letters."]}
    return request(ctx, body, ask, fence=ctx.pick(["", "csv"]))


class Chat:
    """Chat export lines with increasing time stamps in one of three export styles."""

    def __init__(self, ctx: Ctx, style: int | None = None, day: date | None = None):
        self.ctx = ctx
        self.style = ({"de": 0, "fr": 1, "it": 1, "en": 2}[ctx.lang] if ctx.chance(0.7) else ctx.randint(0, 2)) \
            if style is None else style
        d = day or rand_date(ctx.rng, 2026, 2026)
        self.t = datetime(d.year, d.month, d.day, ctx.randint(7, 10), ctx.randint(0, 59), ctx.randint(0, 59))
        self.lines: list[str] = []

    def stamp(self) -> str:
        t = self.t
        if self.style == 0:
            return f"[{t.day:02d}.{t.month:02d}.{t.year % 100:02d}, {t.hour:02d}:{t.minute:02d}:{t.second:02d}] "
        if self.style == 1:
            return f"{t.day:02d}/{t.month:02d}/{t.year}, {t.hour:02d}:{t.minute:02d} - "
        ap = "AM" if t.hour < 12 else "PM"
        return f"{t.month}/{t.day}/{t.year % 100:02d}, {(t.hour - 1) % 12 + 1}:{t.minute:02d} {ap} - "

    def say(self, who: str, msg: str) -> None:
        self.t += timedelta(minutes=self.ctx.randint(0, 35), seconds=self.ctx.randint(1, 59))
        self.lines.append(self.stamp() + who + ": " + msg)

    def text(self) -> str:
        return "\n".join(self.lines)


def currency(ctx: Ctx, amount: int) -> str:
    return {"CH": f"CHF {amount}", "GB": f"£{amount}", "IE": f"€{amount}", "US": f"${amount}", "CA": f"${amount}",
            "AU": f"${amount}", "NZ": f"${amount}"}.get(ctx.cc, f"{amount} €")


def payout_cell(ctx: Ctx, p: Person) -> str:
    """How a private seller wants to be paid: IBAN, cash, or the domestic ways outside the IBAN countries."""
    cash = {"de": "bar", "fr": "espèces", "it": "contanti", "en": "cash"}[ctx.lang]
    if ctx.chance(0.25):
        return cash
    if ctx.has_iban() and ctx.cc != "GB":
        return IB(ctx.iban())
    if ctx.cc == "GB":
        return ctx.pick([f"sort code {ctx.ref('##-##-##')} acc {ctx.ref('########')}", "PayPal", cash])
    if ctx.cc == "US":
        return ctx.pick(["Venmo", "Zelle (same phone)", "check"])
    if ctx.cc == "CA":
        return ctx.pick(["Interac e-Transfer", f"Interac {EM(ctx.email(p))}"])
    if ctx.cc == "AU":
        return ctx.pick([f"PayID {PH(ctx.phone('mobile'))}", f"BSB {ctx.ref('###-###')} acc {ctx.ref('########')}"])
    return f"a/c {ctx.ref('##-####-#######-##')}"


def t_fleamarket(ctx: Ctx) -> str:
    lang, v = ctx.lang, ctx.variant
    org_a = ctx.addr()
    town = org_a.town
    day = ctx.plain_date(2027, 2027, 3)
    boot = "Community flea market" if ctx.cc in ("US", "CA") else "Car boot sale"
    if v == 0:
        n = ctx.randint(5, 7)
        rows = []
        for _ in range(n):
            p = ctx.person()
            a = ctx.addr(near=ctx.chance(0.6))
            stand = str(ctx.randint(1, 80)) + ctx.pick(["", "", "a", "b"])
            ph = PH(ctx.phone("mobile", intl=ctx.chance(0.2)))
            if lang == "fr":
                d = DB(ctx.dob(18, 80, style=ctx.pick([0, 0, 1])))
                rows.append([stand, P(p.fmt(ctx.pick(["LAST first", "full"]))),
                             f"{d} à {ctx.birthplace(p)}", AD(a.one(variant=ctx.pick([0, 1]))),
                             ctx.pick(["CNI", "passeport", "permis"]) + " " + ctx.ref("##AA#####"), ph])
            elif lang == "de":
                rows.append([stand, P(p.fmt("last, first")), AD(a.one()), ph, DB(ctx.dob(18, 80, style=0)),
                             ctx.ref("L##AAA###") if ctx.cc == "DE" else ctx.ref("A#######")])
            elif lang == "it":
                rows.append([stand, P(p.last.upper()), P(p.first), f"{ctx.birthplace(p)}, {DB(ctx.dob(18, 80, 0))}",
                             AD(a.one()), ctx.ref("AAAAAA##A##A###A"), ctx.ref("HB-####")])
            else:
                rows.append([stand, P(p.fmt(ctx.pick(["full", "i. last"]))), AD(a.one()), ph, ctx.plate(),
                             ctx.pick(["paid", "paid", "cash on day", "—"])])
        head = {"fr": ["Empl.", "Nom Prénom", "Né(e) le / à", "Domicile", "Pièce d'identité", "Tél."],
                "de": ["Stand", "Name, Vorname", "Anschrift", "Telefon", "Geb.-Datum", "Ausweis-Nr."],
                "it": ["Posto", "Cognome", "Nome", "Luogo e data di nascita", "Residenza", "Codice fiscale",
                       "Tesserino"],
                "en": ["Pitch", "Name", "Address", "Phone", "Plate" if ctx.cc in ("US", "CA") else "Vehicle reg",
                       "Fee"]}[lang]
        title = {"fr": f"Vide-grenier du comité des fêtes – {town}, {day}\nRegistre des exposants non professionnels",
                 "de": f"Hofflohmarkt {town} – {day}\nStandliste (nur für die Orga)",
                 "it": f"Mercatino dell'usato e dell'hobbistica – {town}, {day}\nRegistro espositori hobbisti",
                 "en": f"{boot} – {town} – {day}\nPitch register"}[lang]
        ask = {"fr": ["Voici le registre qu'on doit déposer en mairie. Tu peux vérifier qu'il ne manque rien et me le "
                      "remettre en ordre par numéro d'emplacement ?",
                      "Peux-tu compter les exposants et me préparer le mail de rappel pour la veille ?"],
               "de": ["Das ist unsere Standliste. Kannst du sie nach Standnummer sortieren und markieren, wer unter 18 "
                      "ist?",
                      "Bitte mach mir aus der Liste einen Aushang mit Standnummer und Vornamen, ohne Adressen."],
               "it": ["Ecco il registro degli hobbisti da consegnare al Comune. Ordinalo per numero di posto e dimmi "
                      "se manca qualche dato.", "Preparami un messaggio di promemoria per gli espositori."],
               "en": ["Here's our pitch register for Sunday. Can you sort it by pitch number and flag anyone who "
                      "hasn't paid?", "Please draft a reminder text to everyone on this list about the 6am set-up."]}
        return request(ctx, title + "\n\n" + md_table(head, rows), ask)
    if v == 1:
        delim = ctx.pick([";", ",", "\t"])
        head = {"de": ["Verk.-Nr.", "Name", "Vorname", "Telefon", "E-Mail", "Auszahlung"],
                "fr": ["N° déposant", "Nom", "Prénom", "Téléphone", "Mail", "Règlement"],
                "it": ["N. venditore", "Cognome", "Nome", "Cellulare", "Email", "Pagamento"],
                "en": ["Seller no", "Surname", "First name", "Mobile", "Email", "Payout"]}[lang]
        rows = [head]
        for _ in range(ctx.randint(5, 7)):
            p = ctx.person(g=ctx.pick("ffm"))
            ph = PH(ctx.phone("mobile"))
            em = EM(ctx.email(p))
            r = payout_cell(ctx, p)
            rows.append([ctx.ref("###"), P(p.last), P(p.first), ph, em, r])
        body = "\n".join(csv_row(r, delim) for r in rows)
        if ctx.chance(0.5):
            body = f"```csv\n{body}\n```"
        title = {"de": f"Kinderkleiderbasar {town} – Verkäuferliste (Export aus der Basar-App)",
                 "fr": f"Bourse aux vêtements enfants – {town} – liste des déposants",
                 "it": f"Mercatino dei bambini – {town} – elenco venditori",
                 "en": f"Nearly new sale – {town} – seller list"}[lang]
        ask = {"de": "Unten die Verkäuferliste vom Basar. Bitte erstelle daraus eine Überweisungsliste (Name, IBAN, "
                     "Betrag leer) und sag mir, wer bar ausgezahlt werden möchte.",
               "fr": "Voici la liste des déposants. Prépare-moi la liste des virements à faire après la bourse et "
                     "dis-moi qui sera payé en espèces.",
               "it": "Qui sotto l'elenco dei venditori. Preparami la lista dei bonifici da fare dopo il mercatino e "
                     "dimmi chi vuole i contanti.",
               "en": "Below is the seller list from the sale. Please make me a payout list and tell me who wants "
                     "cash."}
        return request(ctx, title + "\n\n" + body, ask)
    if v == 2:
        chat = Chat(ctx)
        say = chat.say
        people = [ctx.person() for _ in range(3)] + [ctx.person(g="f" if lang in ("fr", "it") else None)]
        unknown = ctx.phone("mobile", intl=True)
        pick_a = ctx.addr(near=True)
        neigh = ctx.person()
        neigh_ph = ctx.phone("land", pick_a)
        iban = ctx.iban() if ctx.has_iban() else ""
        fee = currency(ctx, ctx.pick([5, 8, 10, 12]))
        n = [name(x, ctx.pick(["first", "full", "first"])) for x in people]
        if lang == "de":
            say(n[0], "Moin zusammen, die Standplätze sind verteilt, Plan hängt ab morgen am Gemeindehaus 😊")
            say(n[1], f"Super! Ich hab Stand {ctx.randint(1, 40)}, kann mich jemand mit dem Tapeziertisch abholen? "
                      f"Ich wohne {AD(pick_a.street)}")
            say(n[2], f"Kann ich machen, ich fahr um 6:30 los. {name(people[1], 'first')} schick mir deine Nummer")
            say(n[1], f"{PH(ctx.phone('mobile'))} danke!!")
            say(PH(unknown), f"Hallo, hier ist {name(ctx.person(), 'full')}, ich bin neu in der Gruppe – gibt es noch "
                             f"einen Platz für einen Kinderstand?")
            say(n[0], f"Klar! Die Standgebühr ({fee}) bitte vorab an unsere Kassenwartin {name(people[3], 'full')}"
                      + (f", IBAN {IB(iban)}" if iban else "") + ", Verwendungszweck Stand + Name")
            say(n[3], f"Und wer noch Tische braucht: {name(neigh, 'last')} von nebenan verleiht welche, "
                      f"Tel. {PH(neigh_ph)}")
            ask = "Das ist der Chatverlauf unserer Flohmarkt-Gruppe. Fass bitte zusammen, wer was übernimmt."
        elif lang == "fr":
            say(n[0], "Bonjour à tous, les emplacements sont attribués, le plan sera affiché à la salle des fêtes 🙂")
            say(n[1],
                f"Top ! J'ai l'emplacement {ctx.randint(1, 40)}, quelqu'un peut passer me prendre avec la table ? "
                      f"J'habite {AD(pick_a.street)}")
            say(n[2], f"Je peux, je pars à 6h30. {name(people[1], 'first')} envoie-moi ton numéro")
            say(n[1], f"{PH(ctx.phone('mobile'))} merci !!")
            say(PH(unknown),
                f"Bonjour, c'est {name(ctx.person(), 'full')}, je viens d'arriver dans le groupe, il reste "
                             f"une place pour un stand enfants ?")
            say(n[0], f"Oui ! L'emplacement ({fee}) est à régler à notre trésorière {name(people[3], 'full')}"
                      + (f", IBAN {IB(iban)}" if iban else "") + ", en indiquant le numéro et le nom")
            say(n[3],
                f"Et pour les tables : {sal(lang, neigh)} {name(neigh, 'last')}, le voisin de la salle, en prête, "
                      f"tél. {PH(neigh_ph)}")
            ask = "Voici la discussion du groupe du vide-grenier. Résume qui fait quoi, s'il te plaît."
        elif lang == "it":
            say(n[0], "Ciao a tutti, i posti sono assegnati, la piantina sarà in bacheca in parrocchia da domani 😊")
            say(n[1], f"Grande! Io ho il posto {ctx.randint(1, 40)}, qualcuno mi passa a prendere col tavolo? Abito in "
                      f"{AD(pick_a.street)}")
            say(n[2], f"Ci penso io, parto alle 6:30. {name(people[1], 'first')} mandami il tuo numero")
            say(n[1], f"{PH(ctx.phone('mobile'))} grazie!!")
            say(PH(unknown), f"Buongiorno, sono {name(ctx.person(), 'full')}, sono nuova del gruppo, c'è ancora posto "
                             f"per un banco di giochi per bambini?")
            say(n[0], f"Certo! La quota ({fee}) va versata alla tesoriera {name(people[3], 'full')}"
                      + (f", IBAN {IB(iban)}" if iban else "") + ", causale numero posto + nome")
            say(n[3],
                f"Per i tavoli: il {sal(lang, neigh, False).lower()} {name(neigh, 'last')}, vicino dell'oratorio, "
                      f"ne presta qualcuno, tel. {PH(neigh_ph)}")
            ask = "Questa è la chat del gruppo del mercatino. Riassumimi chi fa cosa."
        else:
            say(n[0], "Morning all, pitches are allocated, map goes up at the village hall tomorrow 🙂")
            say(n[1], f"Brill! I'm on pitch {ctx.randint(1, 40)}, could someone pick me up with the pasting table? "
                      f"I'm at {AD(pick_a.street)}")
            say(n[2], f"I can, leaving at 6.30. {name(people[1], 'first')} text me your number")
            say(n[1], f"{PH(ctx.phone('mobile'))} thanks!!")
            say(PH(unknown), f"Hi, it's {name(ctx.person(), 'full')}, just joined the group – any space left for a "
                             f"kids' stall?")
            pay = (f"bank transfer to our treasurer {name(people[3], 'full')}, IBAN {IB(iban)}" if iban else
                   f"e-transfer / PayPal to our treasurer {name(people[3], 'full')} at {EM(ctx.email(people[3]))}")
            say(n[0], f"Yes! Pitch fee ({fee}) please by {pay}, reference pitch + name")
            say(n[3], f"And for tables: {sal(lang, neigh)} {name(neigh, 'last')} next door to the hall lends them out, "
                      f"ring {PH(neigh_ph)}")
            ask = f"This is our {boot.lower()} group chat. Can you summarise who's doing what?"
        return request(ctx, chat.text(), {lang: ask})
    # v == 3: OCR'd handwritten registration slip
    p = ctx.person()
    a = ctx.addr(near=ctx.chance(0.7))
    helper = ctx.person()
    em = ctx.email(p)
    if lang == "de":
        pairs = [("Name", P(p.last)), ("Vorname", P(p.first)), ("Geburtsdatum", DB(ctx.dob(18, 75))),
                 ("Straße, Hausnr.", AD(a.street)), ("PLZ, Ort", AD(a.town_line())), ("Telefon", PH(ctx.phone("land",
                                                                                                              a))),
                 ("Handy", PH(ctx.phone("mobile"))), ("E-Mail", EM(em)), ("Ausweis-Nr.", ctx.ref("L##AAA###")),
                 ("Kfz-Kennzeichen", ctx.plate()), ("Standlänge", f"{ctx.randint(2, 6)} m"),
                 ("Helfer/in", f"{name(helper)}, {PH(ctx.phone('mobile'))}")]
        if ctx.chance(0.3):
            pairs.append(("Standgebühr per Karte", f"{CA(ctx.card(ctx.pick(['visa', 'mc'])))} bis "
                                                   f"{ctx.randint(1, 12):02d}/{ctx.randint(27, 30)}"))
        body = (f"ANMELDUNG FLOHMARKT {town} – {day}\n\n" + aligned(pairs) + "\n\nIch versichere, dass ich nur "
                f"gebrauchte Gegenstände aus eigenem Besitz verkaufe und nicht gewerblich tätig bin.\n\n"
                f"{town}, den {ctx.plain_date(2026, 2026, 0)}     Unterschrift: {name(p)}")
        ask = "Ich hab die handschriftlichen Anmeldezettel eingescannt, die Texterkennung ist nicht toll. Kannst du " \
              "die " \
              "Felder sauber abtippen?"
    elif lang == "fr":
        pairs = [("Nom", P(p.last)), ("Prénom", P(p.first)),
                 (gw(p, "Né le", "Née le"), f"{DB(ctx.dob(18, 75))} à {ctx.birthplace(p)}"),
                 ("Adresse", AD(a.street)), ("CP / Ville", AD(a.town_line())), ("Tél.", PH(ctx.phone("mobile"))),
                 ("Courriel", EM(em)), ("Pièce d'identité n°", ctx.ref("##AA#####")),
                 ("Délivrée le", ctx.plain_date(2018, 2024, 0)), ("Immatriculation", ctx.plate()),
                 ("Métrage", f"{ctx.randint(2, 6)} m"), ("Accompagnant", f"{name(helper)} – {PH(ctx.phone('mobile'))}")]
        body = (f"BULLETIN D'INSCRIPTION – VIDE-GRENIER DE {town}\n\n" + aligned(pairs) + "\n\nAttestation sur "
                f"l'honneur : je soussigné{gw(p, '', 'e')} déclare ne pas avoir participé à plus de deux ventes au "
                f"déballage dans l'année civile.\n\nFait à {town}, le {ctx.plain_date(2026, 2026, 0)}\nSignature : "
                f"{name(p)}")
        ask = "J'ai scanné les bulletins remplis à la main, l'OCR est catastrophique. Tu peux remettre les champs au " \
              "propre ?"
    elif lang == "it":
        pairs = [("Cognome", P(p.last)), ("Nome", P(p.first)),
                 (gw(p, "Nato a", "Nata a"), f"{ctx.birthplace(p)} il {DB(ctx.dob(18, 75))}"),
                 ("Residente in", AD(a.street)), ("CAP / Comune", AD(a.town_line())), ("Cell.",
                                                                                       PH(ctx.phone("mobile"))),
                 ("Email", EM(em)), ("Codice fiscale", ctx.ref("AAAAAA##A##A###A")),
                 ("Documento", "C.I. " + ctx.ref("CA#####AA")), ("Targa", ctx.plate()),
                 ("Metri richiesti", str(ctx.randint(2, 6))), ("Aiutante", f"{name(helper)} {PH(ctx.phone('mobile'))}")]
        body = (f"DOMANDA DI PARTECIPAZIONE – MERCATINO DI {town}\n\n" + aligned(pairs) + "\n\nDichiaro di vendere "
                f"esclusivamente beni usati di mia proprietà e di non esercitare attività commerciale.\n\n"
                f"{town}, {ctx.plain_date(2026, 2026, 0)}   Firma: {name(p)}")
        ask = "Ho scansionato i moduli compilati a mano ma l'OCR è pessimo. Puoi ricopiarmi i campi in modo pulito?"
    else:
        pairs = [("Surname", P(p.last)), ("First name", P(p.first)), ("Date of birth", DB(ctx.dob(18, 75))),
                 ("Address", AD(a.street)), ("Town / Postcode", AD(a.town_line())), ("Phone", PH(ctx.phone("mobile"))),
                 ("Email", EM(em)), ("Vehicle reg", ctx.plate()), ("Pitch size", ctx.pick(["car", "van", "table"])),
                 ("Helper", f"{name(helper)} {PH(ctx.phone('mobile'))}")]
        if ctx.chance(0.6):
            pairs.append(("Card for pitch fee", f"{CA(ctx.card(ctx.pick(['visa', 'mc'])))} exp "
                                                f"{ctx.randint(1, 12):02d}/{ctx.randint(27, 30)}"))
        body = (f"BOOKING FORM – {town} {boot.upper()}\n\n" + aligned(pairs) + "\n\nI confirm I am selling used "
                f"household items only and not trading as a business.\n\nSigned: {name(p)}   Date: "
                f"{ctx.plain_date(2026, 2026, 0)}")
        ask = "I scanned the handwritten booking forms and the OCR is awful. Can you type the fields out cleanly?"
    return request(ctx, upper(body, ctx.rng), {lang: ask})


PROJECT_TITLES = {
    "de": ["Nachtfalter", "Die Stille danach", "Kleiner Grenzverkehr", "Sommer ohne Namen", "Feuerland",
           "Weißes Rauschen"],
    "fr": ["Les Heures claires", "Rive gauche", "L'Été d'avant", "Le Dernier Bac", "Poussière d'or", "Sans filet"],
    "it": ["La stagione breve", "Controvento", "Terra di mezzo", "Il giorno dopo", "Acqua alta", "Fuori orario"],
    "en": ["Low Tide", "The Quiet Year", "Northern Line", "Paper Boats", "Second Summer", "Half Light"],
}
CREW_ROLES = {
    "de": ["Regie", "Regieassistenz", "Kamera", "Licht", "Ton", "Szenenbild", "Kostüm", "Maske", "Aufnahmeleitung",
           "Set-Runner"],
    "fr": ["Réalisation", "1er assistant", "Chef opérateur", "Chef électro", "Son", "Déco", "Costumes", "Maquillage",
           "Régie", "Renfort régie"],
    "it": ["Regia", "Aiuto regia", "Direttore della fotografia", "Capo elettricista", "Fonico", "Scenografia",
           "Costumi", "Trucco", "Segreteria di produzione", "Runner"],
    "en": ["Director", "1st AD", "DoP", "Gaffer", "Sound mixer", "Art director", "Costume", "Make-up",
           "Location manager", "Runner"],
}
CAST_ROLES = {
    "de": ["Mutter", "Vater", "Nachbarin", "Kellner", "Polizist", "Passantin", "Junge (10)", "Ärztin"],
    "fr": ["la mère", "le père", "la voisine", "le serveur", "le policier", "passante", "l'enfant (10 ans)",
           "la médecin"],
    "it": ["la madre", "il padre", "la vicina", "il cameriere", "il poliziotto", "passante", "il bambino (10)",
           "la dottoressa"],
    "en": ["Mum", "Dad", "Neighbour", "Waiter", "Police officer", "Passer-by", "Boy (10)", "Doctor"],
}
CAST_G = "fmfmmfmf"  # the gender of each role in CAST_ROLES
HOSPITAL = {"de": "Klinikum", "fr": "Centre hospitalier", "it": "Ospedale civile", "en": "General Hospital"}


def t_callsheet(ctx: Ctx) -> str:
    lang, v = ctx.lang, ctx.variant
    title = ctx.pick(PROJECT_TITLES[lang])
    prod = ctx.company({"de": "Filmproduktion", "fr": "Films", "it": "Film", "en": "Pictures"}[lang])
    if v == 0:
        day = ctx.plain_date(2027, 2027, 3)
        loc_a = ctx.addr()
        owner = ctx.person()
        hosp_a = ctx.addr(near=True)
        director, producer = ctx.person(), ctx.person()
        crew = [(r, ctx.person()) for r in ctx.sample(CREW_ROLES[lang][1:], ctx.randint(4, 6))]
        cast = [(CAST_ROLES[lang][k], ctx.person(g=CAST_G[k]))
                for k in ctx.sample(range(len(CAST_ROLES[lang])), ctx.randint(2, 3))]
        h = {"de": ("Drehtag", "Crew-Call", "Motiv", "Adresse", "Parken", "Ansprechpartner", "Abteilung", "Name",
                    "Mobil", "Call", "Rolle", "Darsteller/in", "Abholung", "Nächstes Krankenhaus", "Regie",
                    "Produktion"),
             "fr": ("Jour de tournage", "Convocation équipe", "Décor", "Adresse", "Stationnement", "Contact", "Poste",
                    "Nom", "Portable", "Heure", "Rôle", "Comédien·ne", "Ramassage", "Hôpital le plus proche",
                    "Réalisation", "Production"),
             "it": ("Giorno di riprese", "Convocazione troupe", "Location", "Indirizzo", "Parcheggio", "Referente",
                    "Reparto", "Nome", "Cellulare", "Orario", "Ruolo", "Interprete", "Pick-up", "Pronto soccorso",
                    "Regia", "Produzione"),
             "en": ("Shoot day", "Crew call", "Location", "Address", "Parking", "Contact", "Dept", "Name", "Mobile",
                    "Call", "Role", "Cast", "Pick-up", "Nearest ER" if ctx.cc in ("US", "CA") else "Nearest A&E",
                    "Director", "Producer")}[lang]
        park = {"de": "Seitenstraße, Halteverbot beantragt", "fr": "rue adjacente, arrêté demandé",
                "it": "via laterale, permesso richiesto", "en": "side street, suspension requested"}[lang]
        rows_loc = [["1", {"de": "Wohnung (INT)", "fr": "appartement (INT)", "it": "appartamento (INT)",
                           "en": "apartment (INT)" if ctx.cc in ("US",
                                                                 "CA") else "flat (INT)"}[lang], AD(loc_a.one()), park,
                     f"{name(owner)} {PH(ctx.phone('mobile'))}"],
                    ["2", {"de": "Stadtpark (EXT)", "fr": "parc municipal (EXT)", "it": "parco comunale (EXT)",
                           "en": "town park (EXT)"}[lang], "—", "—", "—"]]
        rows_crew = [[r, name(p), PH(ctx.phone("mobile")), f"{ctx.randint(6, 8):02d}:{ctx.pick(['00', '30'])}"]
                     for r, p in crew]
        rows_cast = []
        for r, p in cast:
            pick = AD(ctx.addr(near=True).one()) if ctx.chance(0.5) else {"de": "selbst", "fr": "par ses propres "
                                                                          "moyens", "it": "autonomo",
                                                                          "en": "self drive"}[lang]
            rows_cast.append([r, name(p), pick, f"{ctx.randint(6, 9):02d}:{ctx.pick(['15', '45'])}"])
        body = (f"# CALL SHEET – „{title}“ – {h[0]} {ctx.randint(2, 18)}/{ctx.randint(20, 30)}\n\n"
                if lang == "de" else
                f"# CALL SHEET – “{title}” – {h[0]} {ctx.randint(2, 18)}/{ctx.randint(20, 30)}\n\n")
        body += (f"**{prod}** · {day} · {h[1]} 07:00 · {h[14]}: {name(director)} · {h[15]}: {name(producer)} "
                 f"{PH(ctx.phone('mobile'))}\n\n## {h[2]}\n\n"
                 + md_table(["#", h[2], h[3], h[4], h[5]], rows_loc)
                 + f"\n\n{h[13]}: {HOSPITAL[lang]} {hosp_a.town}, {AD(hosp_a.one())}, {PH(ctx.phone('land', hosp_a))}"
                 f" – {EMERGENCY[ctx.cc]}\n\n## Crew\n\n" + md_table([h[6], h[7], h[8], h[9]], rows_crew)
                 + "\n\n## Cast\n\n" + md_table([h[10], h[11], h[12], h[9]], rows_cast))
        ask = {"de": ["Kannst du aus der Dispo eine kurze SMS für die Crew machen (Treffpunkt, Uhrzeit, Parken)?",
                      "Bitte prüf die Dispo auf Lücken – fehlt irgendwo eine Nummer oder Uhrzeit?"],
               "fr": ["Tu peux me tirer de cette feuille de service un SMS court pour l'équipe (lieu, heure, "
               "parking) ?",
                      "Vérifie la feuille de service : il manque un numéro ou un horaire quelque part ?"],
               "it": ["Dall'ordine del giorno fammi un SMS breve per la troupe (luogo, orario, parcheggio).",
                      "Controlla l'odg: manca qualche numero o orario?"],
               "en": ["Can you turn this call sheet into a short text for the crew (where, when, parking)?",
                      "Please check the call sheet for gaps – is any number or call time missing?"]}
        return request(ctx, body, ask)
    if v == 1:
        photog = ctx.person()
        model = ctx.person()
        minor = ctx.chance(0.35)
        parent = ctx.relative(model, same_last=0.8) if minor else None
        witness = ctx.person()
        pa, ma = ctx.addr(), ctx.addr(near=True)
        studio = ctx.company({"de": "Fotostudio", "fr": "Studio photo", "it": "Studio fotografico",
                              "en": "Photography"}[lang])
        mdob = ctx.dob(8, 15) if minor else ctx.dob(18, 45)
        fee = ctx.money(150, 900)
        when = ctx.plain_date(2026, 2026, 3)
        if lang == "de":
            par = (f"\n\nDa das Model minderjährig ist, willigt der/die Erziehungsberechtigte {name(parent)}, "
                   f"erreichbar unter {PH(ctx.phone('mobile'))}, in diese Vereinbarung ein." if minor else "")
            body = (f"MODEL-RELEASE – Vereinbarung über die Nutzung von Bildaufnahmen\n\nzwischen {name(photog)}, "
                    f"{studio}, {AD(pa.one())}, Tel. {PH(ctx.phone('land', pa))}, {EM(ctx.email(photog))} "
                    f"(nachfolgend Fotograf/in)\n\nund {name(model)}, geboren am {DB(mdob)}, wohnhaft "
                    f"{AD(ma.one())}, Mobil {PH(ctx.phone('mobile'))} (nachfolgend Model){par}\n\n§ 1 Gegenstand. "
                    f"Die Aufnahmen entstehen am {when} im Rahmen einer Kampagne für Herbstmode. Das Model räumt "
                    f"dem Fotografen die zeitlich und räumlich unbeschränkten Nutzungsrechte an den Aufnahmen ein, "
                    f"einschließlich Bearbeitung und Veröffentlichung in Print- und Onlinemedien.\n\n§ 2 Honorar. "
                    f"Das Model erhält ein Pauschalhonorar von {fee}. Die Zahlung erfolgt innerhalb von 14 Tagen "
                    f"nach Rechnungsstellung.\n\n§ 3 Widerruf. Ein Widerruf ist nur aus wichtigem Grund möglich.\n\n"
                    f"Ort, Datum: {ma.town}, {when}\n\nUnterschriften: {name(photog)} / {name(model)}"
                    + (f" / {name(parent)}" if minor else "") + f"\nZeuge/Zeugin: {name(witness)}")
            ask = ["Ich hab den Model-Release-Vertrag aus dem PDF kopiert. Ist der so wasserdicht? Was fehlt?",
                   "Kannst du den Vertrag in einfache Sprache übersetzen, damit die Eltern ihn verstehen?"]
        elif lang == "fr":
            par = (f"\n\nLe modèle étant mineur, son représentant légal, {sal(lang, parent)} {name(parent)}, "
                   f"joignable au {PH(ctx.phone('mobile'))}, donne son accord au présent contrat." if minor else "")
            body = (f"AUTORISATION DE DROIT À L'IMAGE – CONTRAT DE CESSION\n\nEntre {name(photog)}, {studio}, "
                    f"{AD(pa.one())}, tél. {PH(ctx.phone('land', pa))}, {EM(ctx.email(photog))}, ci-après le "
                    f"photographe,\n\net {name(model)}, {gw(model, 'né', 'née')} le {DB(mdob)}, "
                    f"{gw(model, 'domicilié', 'domiciliée')} "
                    f"{AD(ma.one())}, portable {PH(ctx.phone('mobile'))}, ci-après le modèle.{par}\n\n"
                    f"Article 1 – Objet. Les prises de vue ont lieu le {when} pour une campagne de mode automne. Le "
                    f"modèle autorise le photographe à fixer, reproduire et diffuser son image sur tous supports, "
                    f"pour une durée de dix ans et pour le monde entier.\n\nArticle 2 – Rémunération. Le modèle "
                    f"perçoit une rémunération forfaitaire de {fee}, versée sous quinze jours.\n\nArticle 3 – "
                    f"Retrait. L'autorisation ne peut être retirée que pour un motif légitime.\n\nFait à {ma.town}, "
                    f"le {when}\n\nSignatures : {name(photog)} / {name(model)}"
                    + (f" / {name(parent)}" if minor else "") + f"\nTémoin : {name(witness)}")
            ask = ["J'ai copié ce contrat de droit à l'image depuis le PDF. Il tient juridiquement ? Qu'est-ce qui "
                   "manque ?", "Tu peux reformuler ce contrat en langage simple pour les parents ?"]
        elif lang == "it":
            par = (f"\n\nEssendo il modello minorenne, il genitore {name(parent)}, reperibile al "
                   f"{PH(ctx.phone('mobile'))}, presta il proprio consenso." if minor else "")
            body = (f"LIBERATORIA PER L'UTILIZZO DELL'IMMAGINE\n\nTra {name(photog)}, {studio}, {AD(pa.one())}, "
                    f"tel. {PH(ctx.phone('land', pa))}, {EM(ctx.email(photog))} (di seguito il fotografo)\n\ne "
                    f"{name(model)}, {gw(model, 'nato', 'nata')} il {DB(mdob)}, residente in {AD(ma.one())}, cell. "
                    f"{PH(ctx.phone('mobile'))} (di seguito il modello).{par}\n\nArt. 1 – Oggetto. Le riprese si "
                    f"svolgono il {when} per una campagna di moda autunnale. Il modello autorizza il fotografo a "
                    f"pubblicare e diffondere le immagini su qualsiasi supporto, senza limiti di tempo e di "
                    f"territorio.\n\nArt. 2 – Compenso. Al modello spetta un compenso forfettario di {fee}, pagato "
                    f"entro quindici giorni.\n\nArt. 3 – Revoca. La liberatoria è revocabile solo per giusta causa.\n\n"
                    f"Luogo e data: {ma.town}, {when}\n\nFirme: {name(photog)} / {name(model)}"
                    + (f" / {name(parent)}" if minor else "") + f"\nTestimone: {name(witness)}")
            ask = ["Ho copiato la liberatoria dal PDF. È fatta bene? Cosa manca?",
                   "Puoi riscrivere questa liberatoria in linguaggio semplice per i genitori?"]
        else:
            par = (f"\n\nAs the model is under 18, the parent or guardian, {name(parent)}, reachable on "
                   f"{PH(ctx.phone('mobile'))}, consents to this release." if minor else "")
            body = (f"MODEL RELEASE\n\nBetween {name(photog)}, {studio}, {AD(pa.one())}, tel. "
                    f"{PH(ctx.phone('land', pa))}, {EM(ctx.email(photog))} (the Photographer)\n\nand {name(model)}, "
                    f"date of birth {DB(mdob)}, of {AD(ma.one())}, mobile {PH(ctx.phone('mobile'))} (the Model).{par}"
                    f"\n\n1. Grant. The photographs will be taken on {when} for an autumn fashion campaign. The Model "
                    f"grants the Photographer the irrevocable, worldwide right to use, edit and publish the images in "
                    f"any medium.\n\n2. Fee. The Model will be paid a flat fee of {fee} within 14 days of invoice.\n\n"
                    f"3. Withdrawal. This release may only be withdrawn for good cause.\n\nSigned at {ma.town} on "
                    f"{when}\n\nSignatures: {name(photog)} / {name(model)}"
                    + (f" / {name(parent)}" if minor else "") + f"\nWitness: {name(witness)}")
            ask = ["I copied this model release out of the PDF. Is it watertight? What's missing?",
                   "Can you rewrite this release in plain English for the parents?"]
        return request(ctx, fill(body, ctx.randint(72, 95), ctx.rng), {lang: ask})
    if v == 2:
        agency = ctx.company({"de": "Casting", "fr": "Casting", "it": "Casting", "en": "Casting"}[lang])
        subs = []
        for _ in range(ctx.randint(3, 5)):
            p = ctx.person()
            a = ctx.addr(near=True)
            d = rand_date(ctx.rng, 1960, 2005)
            entry = {"id": ctx.randint(10000, 99999), "firstName": P(p.first), "lastName": P(p.last),
                     "dateOfBirth": DB(f"{d.year}-{d.month:02d}-{d.day:02d}") if ctx.chance(0.7)
                     else DB(fmt_date(d, lang, ctx.geo, 0)),
                     "mobile": PH(ctx.phone("mobile", intl=ctx.chance(0.5))), "email": EM(ctx.email(p)),
                     "heightCm": ctx.randint(150, 198), "shoeSize": ctx.randint(36, 46), "city": a.town,
                     "playingAge": f"{ctx.randint(18, 40)}-{ctx.randint(41, 65)}",
                     "photos": [f"https://cdn.castingbox.io/u/{ctx.ref('AA##A#A#')}.jpg"]}
            if ctx.chance(0.3):
                entry["street"] = AD(a.street)
            if ctx.chance(0.3):
                ag = ctx.person()
                entry["agent"] = {"name": P(ag.full()), "phone": PH(ctx.phone("land", a))}
            else:
                entry["agent"] = None
            subs.append(entry)
        obj = {"project": title, "production": prod, "castingAgency": agency, "role": ctx.pick(CAST_ROLES[lang]),
               "shootDays": [ctx.plain_date(2027, 2027, 5), ctx.plain_date(2027, 2027, 5)], "submissions": subs}
        body = jdump(obj, indent=ctx.pick([2, 2, None]), ascii_only=ctx.chance(0.3))
        check_json(body)
        ask = {"de": ["Das ist der Export aus der Casting-Plattform. Welche Komparsen passen vom Spielalter auf 40–50? "
                      "Bitte als Tabelle.", "Mach mir aus dem JSON eine Kontaktliste für die Aufnahmeleitung."],
               "fr": ["Voici l'export de la plateforme de casting. Quels figurants collent pour un âge de jeu de "
                      "40-50 ans ? En tableau stp.", "Fais-moi une liste de contacts à partir de ce JSON."],
               "it": ["Ecco l'export della piattaforma casting. Quali comparse vanno bene per un'età scenica di "
                      "40-50 anni? In tabella.", "Ricavami dal JSON un elenco contatti per la produzione."],
               "en": ["This is the export from the casting platform. Which extras fit a playing age of 40-50? Table "
                      "please.", "Turn this JSON into a contact list for the production office."]}
        return request(ctx, body, ask, fence="json")
    # v == 3: location release mail thread
    scout, owner = ctx.person(), ctx.person()
    owner2 = ctx.relative(owner, g="f" if owner.g == "m" else "m")
    la = ctx.addr()
    neighbours = [ctx.person() for _ in range(2)]
    office = ctx.person()
    sdom = slug(prod) + "." + TLD[ctx.cc]
    sm = ctx.email(scout, domain=sdom)
    om = ctx.email(owner)
    iban = ctx.iban() if ctx.has_iban() else ""
    fee = ctx.money(400, 2500)
    d1 = ctx.plain_date(2027, 2027, 3)
    n1, n2 = neighbours
    if lang == "de":
        pay = f"Bitte überweisen Sie die Motivmiete auf {IB(iban)} (Kontoinhaber {name(owner)})." if iban else ""
        body = (f"Von: {name(owner)} <{EM(om)}>\nAn: {name(scout)} <{EM(sm)}>\nBetreff: Re: Drehgenehmigung "
                f"{AD(la.street)}\n\nHallo {sal(lang, scout)} {name(scout, 'last')},\n\nmeine "
                f"{gw(owner2, 'Mann', 'Frau')} "
                f"{name(owner2, 'first')} und ich sind einverstanden: Dreh am {d1}, 7–19 Uhr, Küche und Garten. "
                f"Die Nachbarn {name(n1, 'last')} (links) und {name(n2)} (gegenüber) haben wir informiert; "
                f"{name(n1, 'last')}s erreichen Sie unter {PH(ctx.phone('land', la))}. {pay}\n\nFür Rückfragen bin "
                f"ich tagsüber unter {PH(ctx.phone('mobile'))} erreichbar.\n\nViele Grüße\n{name(owner)}\n"
                f"{AD(la.one())}\n\n---- Ursprüngliche Nachricht ----\nVon: {name(scout)}\n\nSehr "
                f"{gw(owner, 'geehrter Herr', 'geehrte Frau')} {name(owner, 'last')},\n\nwie telefonisch "
                f"besprochen, würden wir gern einen Drehtag für „{title}“ bei "
                f"Ihnen verbringen. Motivmiete {fee} pauschal. Die Halteverbotszone beantragen wir bei der "
                f"Straßenverkehrsbehörde ({sal(lang, office)} {name(office, 'last')}, {PH(ctx.phone('land', la))}).\n\n"
                f"Beste Grüße\n{name(scout)}\nLocation Scout | {prod}\nMobil {PH(ctx.phone('mobile'))}")
        ask = "Kannst du aus dieser Mail einen kurzen Motivvertrag entwerfen? Alle Angaben sind drin."
    elif lang == "fr":
        pay = f"Merci de verser la location sur l'IBAN {IB(iban)} (titulaire {name(owner)})." if iban else ""
        body = (f"De : {name(owner)} <{EM(om)}>\nÀ : {name(scout)} <{EM(sm)}>\nObjet : Re: Autorisation de tournage "
                f"– {AD(la.street)}\n\nBonjour {sal(lang, scout)} {name(scout, 'last')},\n\nmon "
                f"{gw(owner2, 'mari', 'épouse')} {name(owner2, 'first')} et moi sommes d'accord : tournage le {d1}, "
                f"de 7 h à 19 h, cuisine et jardin. Nous avons prévenu les voisins, {sal(lang, n1)} "
                f"{name(n1, 'last')} (à gauche) et {name(n2)} (en face) ; les {name(n1, 'last')} sont joignables au "
                f"{PH(ctx.phone('land', la))}. {pay}\n\nJe suis joignable en journée au {PH(ctx.phone('mobile'))}."
                f"\n\nCordialement,\n{name(owner)}\n{AD(la.one())}\n\n---- Message d'origine ----\nDe : "
                f"{name(scout)}\n\n{sal(lang, owner, False)},\n\ncomme convenu par téléphone, nous aimerions tourner "
                f"une journée chez vous pour « {title} ». Location forfaitaire : {fee}. Nous demandons l'arrêté de "
                f"stationnement auprès de la mairie ({sal(lang, office)} {name(office, 'last')}, "
                f"{PH(ctx.phone('land', la))}).\n\nBien à vous,\n{name(scout)}\nRepérages | {prod}\nPortable "
                f"{PH(ctx.phone('mobile'))}")
        ask = "Tu peux rédiger un petit contrat de location de décor à partir de ce mail ? Tout y est."
    elif lang == "it":
        pay = f"Il compenso va bonificato sull'IBAN {IB(iban)} intestato a {name(owner)}." if iban else ""
        body = (f"Da: {name(owner)} <{EM(om)}>\nA: {name(scout)} <{EM(sm)}>\nOggetto: Re: Permesso riprese "
                f"{AD(la.street)}\n\nBuongiorno {name(scout, 'first')},\n\n{gw(owner2, 'mio marito', 'mia moglie')} "
                f"{name(owner2, 'first')} e io siamo d'accordo: riprese il {d1}, dalle 7 alle 19, cucina e giardino. "
                f"Abbiamo avvisato i vicini, {name(n1, 'last')} (a sinistra) e {name(n2)} (di fronte); i "
                f"{name(n1, 'last')} rispondono allo {PH(ctx.phone('land', la))}. {pay}\n\nDi giorno sono "
                f"reperibile al {PH(ctx.phone('mobile'))}.\n\nCordiali saluti\n{name(owner)}\n{AD(la.one())}\n\n"
                f"---- Messaggio originale ----\nDa: {name(scout)}\n\nGentile {name(owner, 'last')},\n\ncome "
                f"d'accordo al telefono, vorremmo girare una giornata da voi per «{title}». Compenso forfettario "
                f"{fee}. Il permesso di occupazione suolo lo chiediamo al Comune ({sal(lang, office)} "
                f"{name(office, 'last')}, {PH(ctx.phone('land', la))}).\n\nA presto\n{name(scout)}\nLocation manager "
                f"| {prod}\nCell. {PH(ctx.phone('mobile'))}")
        ask = "Puoi stendermi un breve contratto di location a partire da questa mail? C'è tutto."
    else:
        pay = (f"Please pay the location fee to IBAN {IB(iban)} (account name {name(owner)})." if iban else
               f"Please send the fee by e-transfer to {EM(om)}." if ctx.cc == "CA" else "")
        body = (f"From: {name(owner)} <{EM(om)}>\nTo: {name(scout)} <{EM(sm)}>\nSubject: Re: Filming at "
                f"{AD(la.street)}\n\nHi {name(scout, 'first')},\n\nmy {gw(owner2, 'husband', 'wife')} "
                f"{name(owner2, 'first')} and I are happy to go ahead: filming on {d1}, 7am–7pm, kitchen and garden. "
                f"We've let the neighbours know – the {name(n1, 'last')}s (left) and {name(n2)} (opposite); the "
                f"{name(n1, 'last')}s are on {PH(ctx.phone('land', la))}. {pay}\n\nI'm on "
                f"{PH(ctx.phone('mobile'))} during the day.\n\nBest,\n{name(owner)}\n{AD(la.one())}\n\n"
                f"---- Original message ----\nFrom: {name(scout)}\n\nDear {name(owner, 'full')},\n\nas discussed on "
                f"the phone, we'd love to spend a shoot day at your house for \"{title}\". Location fee {fee} flat. "
                f"We're applying to the council for the parking suspension ({sal(lang, office)} "
                f"{name(office, 'last')}, {PH(ctx.phone('land', la))}).\n\nBest wishes,\n{name(scout)}\n"
                f"Location Manager | {prod}\nMobile {PH(ctx.phone('mobile'))}")
        ask = "Can you draft a short location agreement from this email? Everything's in there."
    return request(ctx, body, {lang: ask})


STUDIOS = {
    "de": ["Black Lotus Tattoo", "Tinte & Nadel", "Stichwerk Tattoo Studio", "Schwarzwerk Tattoo", "Nadelkunst"],
    "fr": ["Atelier Encre Noire", "Le Dard Tattoo", "Encre & Plume", "Salon Noir Ivoire", "La Piqûre Tatouage"],
    "it": ["Inchiostro Nero Tattoo Studio", "Ago e Colore", "Officina del Tatuaggio", "Studio Linea Sottile",
           "Tatuaggi Via Lattea"],
    "en": ["Iron Rose Tattoo", "Blackwork Collective", "Ink & Anchor", "Sacred Needle Studio", "Fine Line Parlour"],
}
MOTIFS = {
    "de": ["Fineline-Rose, Unterarm", "Mandala, Schulter", "Schriftzug, Rippen", "Kompass, Wade", "Cover-up, Oberarm",
           "Helix-Piercing", "Schwalbe, Handgelenk", "Blackwork-Sleeve, Sitzung 2"],
    "fr": ["rose fine line, avant-bras", "mandala, épaule", "lettrage, côtes", "boussole, mollet", "recouvrement, bras",
           "piercing hélix", "hirondelle, poignet", "manchette blackwork, séance 2"],
    "it": ["rosa fine line, avambraccio", "mandala, spalla", "scritta, costole", "bussola, polpaccio",
           "cover-up, braccio", "piercing all'elica", "rondine, polso", "manica blackwork, seduta 2"],
    "en": ["fine-line rose, forearm", "mandala, shoulder", "script, ribs", "compass, calf", "cover-up, upper arm",
           "helix piercing", "swallow, wrist", "blackwork sleeve, session 2"],
}


def t_tattoo(ctx: Ctx) -> str:
    lang, v = ctx.lang, ctx.variant
    studio = ctx.pick(STUDIOS[lang])
    sa = ctx.addr()
    artists = [ctx.person() for _ in range(3)]
    art_names = [a.first if ctx.chance(0.7) else ctx.nick() for a in artists]
    if v == 0:
        p = ctx.person()
        minor = ctx.chance(0.3)
        a = ctx.addr(near=True)
        ice = ctx.person()
        parent = ctx.relative(p) if minor else None
        d = ctx.dob(16, 17) if minor else ctx.dob(18, 55)
        motif = ctx.pick(MOTIFS[lang])
        if lang == "de":
            pairs = [("Nachname", P(p.last)), ("Vorname", P(p.first)), ("Geburtsdatum", DB(d)),
                     ("Straße / Nr.", AD(a.street)), ("PLZ / Ort", AD(a.town_line())),
                     ("Telefon", PH(ctx.phone("mobile"))), ("E-Mail", EM(ctx.email(p))),
                     ("Ausweis", f"Personalausweis {ctx.ref('L##AAA###')}"),
                     ("Notfallkontakt", f"{name(ice)} ({ctx.pick(['Partner/in', 'Mutter', 'Freund/in'])}), "
                                        f"{PH(ctx.phone('mobile'))}"),
                     ("Motiv / Stelle", motif), ("Artist", P(art_names[0]))]
            health = ("Blutverdünner: [ ] ja [x] nein   Schwangerschaft: [ ] ja [x] nein   Allergien: Latex\n"
                      "Ich bestätige, über Risiken und Pflege aufgeklärt worden zu sein.")
            minor_txt = (f"\n\nEinwilligung Erziehungsberechtigte/r: {name(parent)}, geb. {DB(ctx.dob(38, 55))}, "
                         f"Tel. {PH(ctx.phone('mobile'))}" if minor else "")
            body = (f"{studio} · {AD(sa.one())} · {PH(ctx.phone('land', sa))}\n\nEINVERSTÄNDNISERKLÄRUNG\n\n"
                    + aligned(pairs) + "\n\n" + health + minor_txt
                    + f"\n\n{sa.town}, {ctx.plain_date(2026, 2026, 0)}   Unterschrift: {name(p)}")
            ask = ["Wir wollen unsere Einverständniserklärungen digital erfassen. Kannst du aus diesem ausgefüllten "
                   "Formular ein Datenbankschema ableiten?",
                   "Bitte prüf, ob bei diesem Formular alles ausgefüllt ist, bevor wir stechen."]
        elif lang == "fr":
            pairs = [("Nom", P(p.last)), ("Prénom", P(p.first)), ("Date de naissance", DB(d)),
                     ("Adresse", AD(a.street)), ("Code postal / Ville", AD(a.town_line())),
                     ("Téléphone", PH(ctx.phone("mobile"))), ("E-mail", EM(ctx.email(p))),
                     ("Pièce d'identité", f"CNI n° {ctx.ref('##AA#####')}"),
                     ("Personne à prévenir", f"{name(ice)} – {PH(ctx.phone('mobile'))}"),
                     ("Motif / zone", motif), ("Tatoueur·se", P(art_names[0]))]
            health = ("Anticoagulants : [ ] oui [x] non   Grossesse : [ ] oui [x] non   Allergies : nickel\n"
                      "Je reconnais avoir reçu l'information sur les risques et les soins (arrêté du 3 décembre 2008).")
            minor_txt = (f"\n\nAutorisation parentale : {sal(lang, parent)} {name(parent)}, "
                         f"{gw(parent, 'né', 'née')} le {DB(ctx.dob(38, 55))}, tél. {PH(ctx.phone('mobile'))}"
                         if minor else "")
            body = (f"{studio} – {AD(sa.one())} – {PH(ctx.phone('land', sa))}\n\nFICHE DE CONSENTEMENT\n\n"
                    + aligned(pairs) + "\n\n" + health + minor_txt
                    + f"\n\nFait à {sa.town}, le {ctx.plain_date(2026, 2026, 0)}   Signature : {name(p)}")
            ask = ["On veut passer nos fiches de consentement en numérique. Tu peux déduire un schéma de base de "
                   "données de cette fiche remplie ?", "Vérifie que tout est rempli sur cette fiche avant la séance."]
        elif lang == "it":
            pairs = [("Cognome", P(p.last)), ("Nome", P(p.first)), ("Data di nascita", DB(d)),
                     ("Indirizzo", AD(a.street)), ("CAP / Città", AD(a.town_line())),
                     ("Cellulare", PH(ctx.phone("mobile"))), ("Email", EM(ctx.email(p))),
                     ("Documento", f"C.I. {ctx.ref('CA#####AA')}"),
                     ("Contatto di emergenza", f"{name(ice)} {PH(ctx.phone('mobile'))}"),
                     ("Soggetto / zona", motif), ("Tatuatore", P(art_names[0]))]
            health = ("Anticoagulanti: [ ] sì [x] no   Gravidanza: [ ] sì [x] no   Allergie: nessuna\n"
                      "Dichiaro di essere stato/a informato/a sui rischi e sulla cura del tatuaggio.")
            minor_txt = (f"\n\nConsenso del genitore: {name(parent)}, {gw(parent, 'nato', 'nata')} il "
                         f"{DB(ctx.dob(38, 55))}, cell. {PH(ctx.phone('mobile'))}" if minor else "")
            body = (f"{studio} – {AD(sa.one())} – {PH(ctx.phone('land', sa))}\n\nMODULO DI CONSENSO INFORMATO\n\n"
                    + aligned(pairs) + "\n\n" + health + minor_txt
                    + f"\n\n{sa.town}, {ctx.plain_date(2026, 2026, 0)}   Firma: {name(p)}")
            ask = ["Vogliamo digitalizzare i moduli di consenso. Mi ricavi uno schema di database da questo modulo "
                   "compilato?", "Controlla che questo modulo sia completo prima della seduta."]
        else:
            pairs = [("Surname", P(p.last)), ("First name", P(p.first)), ("Date of birth", DB(d)),
                     ("Address", AD(a.street)), ("Town / Postcode", AD(a.town_line())),
                     ("Mobile", PH(ctx.phone("mobile"))), ("Email", EM(ctx.email(p))),
                     ("Photo ID", f"driving licence {ctx.ref('AAAAA######AA##')}"),
                     ("Emergency contact", f"{name(ice)} {PH(ctx.phone('mobile'))}"),
                     ("Design / placement", motif), ("Artist", P(art_names[0]))]
            health = ("Blood thinners: [ ] yes [x] no   Pregnant: [ ] yes [x] no   Allergies: none\n"
                      "I confirm I have been told about the risks and aftercare.")
            minor_txt = (f"\n\nParent/guardian consent: {name(parent)}, DOB {DB(ctx.dob(38, 55))}, "
                         f"{PH(ctx.phone('mobile'))}" if minor else "")
            body = (f"{studio} – {AD(sa.one())} – {PH(ctx.phone('land', sa))}\n\nCLIENT CONSENT FORM\n\n"
                    + aligned(pairs) + "\n\n" + health + minor_txt
                    + f"\n\nSigned: {name(p)}   Date: {ctx.plain_date(2026, 2026, 0)}")
            ask = ["We want to move our consent forms online. Can you derive a database schema from this filled-in "
                   "form?", "Please check this form is complete before the session."]
        return request(ctx, body, {lang: ask})
    if v == 1:
        head = {"de": ["Datum", "Zeit", "Artist", "Kunde", "Telefon", "Motiv", "Anzahlung", "Zahlart"],
                "fr": ["Date", "Heure", "Artiste", "Client", "Téléphone", "Motif", "Acompte", "Paiement"],
                "it": ["Data", "Ora", "Artista", "Cliente", "Telefono", "Soggetto", "Acconto", "Pagamento"],
                "en": ["Date", "Time", "Artist", "Client", "Phone", "Design", "Deposit", "Paid by"]}[lang]
        rows = [head]
        for _ in range(ctx.randint(5, 7)):
            p = ctx.person()
            k = ctx.randint(0, 2)
            card_w = {"de": "Karte", "fr": "CB", "it": "carta", "en": "card"}[lang]
            pay = ctx.pick([f"{card_w}"
                            f" ****{ctx.ref('####')}", "PayPal", "cash" if lang == "en" else "bar" if lang == "de"
                            else "espèces" if lang == "fr" else "contanti"])
            rows.append([ctx.plain_date(2027, 2027, 0), ctx.time(), P(art_names[k]),
                         P(p.fmt(ctx.pick(["full", "full", "first l.", "last, first"]))),
                         PH(ctx.phone("mobile")), ctx.pick(MOTIFS[lang]), currency(ctx, ctx.pick([50, 80, 100, 150])),
                         pay])
        body = "\n".join("\t".join(r) for r in rows)
        ask = {"de": "Export aus unserem Terminbuch (aus Excel kopiert). Wie viele Termine hat jeder Artist und wie "
                     "viel Anzahlung ist schon da?",
               "fr": "Export de notre agenda (copié d'Excel). Combien de rendez-vous par artiste et combien d'acomptes "
                     "encaissés ?",
               "it": "Export della nostra agenda (copiato da Excel). Quanti appuntamenti ha ogni artista e quanto "
                     "abbiamo incassato di acconti?",
               "en": "Export from our booking diary (pasted from Excel). How many sessions per artist and how much "
                     "deposit have we taken?"}
        return request(ctx, body, ask)
    if v == 2:
        p = ctx.person()
        mum = ctx.relative(p, g="f", same_last=0.7)
        owner = artists[0]
        handle = f"@{fold(p.first).lower()}{ctx.pick(['.', '_', ''])}{ctx.randint(1, 99)}"
        shandle = "@" + re.sub(r"[^a-z]", "", fold(studio).lower())[:14] + ctx.pick(["", "_tattoo", ".studio"])
        t0 = ctx.randint(9, 20)
        pn, dd, ph1 = P(p.full()), DB(ctx.dob(18, 30, ctx.pick([0, 1, 3]))), PH(ctx.phone("mobile"))
        om, on, mn = EM(ctx.email(owner)), P(owner.first), P(mum.full())
        sl, a2, ph2 = AD(sa.one()), P(art_names[1]), PH(ctx.phone("mobile"))
        msgs = {
            "de": [(shandle, "hey! danke für deine anfrage 🖤 für die buchung brauchen wir vollständigen namen, "
                             "geburtsdatum und handynummer"),
                   (handle, f"{pn}, {dd}, {ph1}"),
                   (shandle, f"top. anzahlung 80€ per paypal an {om} (das ist {on}, "
                             f"{gw(owner, 'unser inhaber', 'unsere inhaberin')}) – termin ist dann fix"),
                   (handle, f"erledigt! kam vom konto meiner mama, {mn}, nicht wundern"),
                   (shandle, f"passt. wir sind in der {sl}, klingel bei atelier. bei fragen einfach {a2} "
                             f"anrufen: {ph2}")],
            "fr": [(shandle, "coucou ! merci pour ta demande 🖤 pour réserver il nous faut nom complet, date de "
                             "naissance et portable"),
                   (handle, f"{pn}, {dd}, {ph1}"),
                   (shandle, f"parfait. acompte de 80€ par paypal à {om} (c'est {on}, "
                             f"{gw(owner, 'le gérant', 'la gérante')}) et le rdv est calé"),
                   (handle, f"c'est fait ! ça vient du compte de ma mère, {mn}, ne vous étonnez pas"),
                   (shandle, f"ok. on est au {sl}, sonner à atelier. si besoin appelle {a2} : {ph2}")],
            "it": [(shandle, "ciao! grazie per la richiesta 🖤 per prenotare ci servono nome completo, data di "
                             "nascita e cellulare"),
                   (handle, f"{pn}, {dd}, {ph1}"),
                   (shandle,
                    f"perfetto. acconto 80€ con paypal a {om} (è {on}, {gw(owner, 'il titolare', 'la titolare')}"
                             f") e l'appuntamento è fissato"),
                   (handle, f"fatto! arriva dal conto di mia mamma, {mn}, non preoccupatevi"),
                   (shandle, f"ok. siamo in {sl}, citofono atelier. per qualsiasi cosa chiama {a2}: "
                             f"{ph2}")],
            "en": [(shandle, "hey! thanks for your enquiry 🖤 to book we need your full name, date of birth and "
                             "mobile number"),
                   (handle, f"{pn}, {dd}, {ph1}"),
                   (shandle, f"great. deposit is 80 via paypal to {om} (that's {on}, the owner) and you're booked in"),
                   (handle, f"done! it came from my mum's account, {mn}, just so you know"),
                   (shandle, f"perfect. we're at {sl}, first floor, buzz the studio. any questions ring {a2} on "
                             f"{ph2}")],
        }[lang]
        out = []
        minute = t0 * 60 + ctx.randint(0, 30)
        for who, msg in msgs:
            minute += ctx.randint(1, 40)
            out.append(f"{who} · {minute // 60 % 24:02d}:{minute % 60:02d}\n{msg}")
        body = "\n\n".join(out)
        body = lower(body)
        ask = {"de": "Das ist ein Instagram-Chat mit einer Kundin/einem Kunden. Trag mir bitte die Buchungsdaten in "
                     "unser Formular-Schema ein (Name, Geburtsdatum, Telefon, Anzahlung).",
               "fr": "Voici une conversation Instagram avec un·e client·e. Remplis-moi les champs de réservation "
                     "(nom, date de naissance, téléphone, acompte).",
               "it": "Questa è una chat Instagram con un cliente. Compilami i campi della prenotazione (nome, data "
                     "di nascita, telefono, acconto).",
               "en": "This is an Instagram DM thread with a client. Fill in our booking fields from it (name, date "
                     "of birth, phone, deposit)."}
        return request(ctx, body, ask)
    # v == 3: contact form mail + reply with IBAN + card in the client's answer
    p = ctx.person()
    a = ctx.addr(near=True)
    owner = artists[0]
    sdom = slug(studio) + "." + TLD[ctx.cc]
    pm = ctx.email(p)
    iban = ctx.iban() if ctx.has_iban() else ""
    card = ctx.card()
    d = ctx.dob(18, 50)
    motif = ctx.pick(MOTIFS[lang])
    lab = {"de": ("Neue Anfrage über das Kontaktformular", "Name", "E-Mail", "Telefon", "Geburtsdatum", "Adresse",
                  "Motiv", "Nachricht", "Mein Freund/meine Freundin kommt mit"),
           "fr": ("Nouvelle demande via le formulaire de contact", "Nom", "E-mail", "Téléphone", "Date de naissance",
                  "Adresse", "Motif", "Message", "Je viens avec"),
           "it": ("Nuova richiesta dal modulo contatti", "Nome", "Email", "Telefono", "Data di nascita", "Indirizzo",
                  "Soggetto", "Messaggio", "Viene con me"),
           "en": ("New enquiry via contact form", "Name", "Email", "Phone", "Date of birth", "Address", "Design",
                  "Message", "Bringing a friend")}[lang]
    friend = ctx.person()
    form = kv([(lab[1], name(p)), (lab[2], EM(pm)), (lab[3], PH(ctx.phone("mobile"))), (lab[4], DB(d)),
               (lab[5], AD(a.one())), (lab[6], motif), (lab[8], name(friend, "first"))])
    pay_de = f"Die Anzahlung von 100 € bitte auf {IB(iban)} (Kontoinhaber/in {name(owner)})." if iban else ""
    if lang == "de":
        reply = (f"Hallo {name(p, 'first')},\n\ndanke dir! Termin wäre am {ctx.plain_date(2027, 2027, 3)} um "
                 f"{ctx.time()} bei {P(art_names[1])}. {pay_de}\n\nLiebe Grüße\n{name(owner)}\n{studio}\n"
                 f"{AD(sa.one())} · {PH(ctx.phone('land', sa))}\ninfo@{sdom}")
        client = (f"Hi, überweisen dauert bei mir ewig – könnt ihr einfach die Karte belasten? {CA(card)}, "
                  f"gültig bis {ctx.randint(1, 12):02d}/{ctx.randint(27, 31)}. Danke, {name(p, 'first')}")
        ask = "Wie antworte ich höflich darauf, dass die Kundin/der Kunde uns die Kartennummer per Mail geschickt hat?"
    elif lang == "fr":
        pay = f"L'acompte de 100 € est à verser sur l'IBAN {IB(iban)} (titulaire {name(owner)})." if iban else ""
        reply = (f"Bonjour {name(p, 'first')},\n\nmerci ! On peut te proposer le {ctx.plain_date(2027, 2027, 3)} à "
                 f"{ctx.time()} avec {P(art_names[1])}. {pay}\n\nÀ bientôt\n{name(owner)}\n{studio}\n"
                 f"{AD(sa.one())} · {PH(ctx.phone('land', sa))}\ncontact@{sdom}")
        client = (f"Bonjour, un virement ça prend des jours chez moi – vous pouvez débiter ma carte ? {CA(card)}, "
                  f"exp. {ctx.randint(1, 12):02d}/{ctx.randint(27, 31)}. Merci, {name(p, 'first')}")
        ask = "Comment répondre poliment au client qui nous a envoyé son numéro de carte par mail ?"
    elif lang == "it":
        pay = f"L'acconto di 100 € va versato sull'IBAN {IB(iban)} (intestato a {name(owner)})." if iban else ""
        reply = (f"Ciao {name(p, 'first')},\n\ngrazie! Ti proponiamo il {ctx.plain_date(2027, 2027, 3)} alle "
                 f"{ctx.time()} con {P(art_names[1])}. {pay}\n\nA presto\n{name(owner)}\n{studio}\n"
                 f"{AD(sa.one())} · {PH(ctx.phone('land', sa))}\ninfo@{sdom}")
        client = (f"Ciao, il bonifico per me è lentissimo – potete addebitare direttamente la carta? {CA(card)}, "
                  f"scadenza {ctx.randint(1, 12):02d}/{ctx.randint(27, 31)}. Grazie, {name(p, 'first')}")
        ask = "Come rispondo con gentilezza a un cliente che ci ha mandato il numero della carta per mail?"
    else:
        pay = (f"The deposit is 100, please transfer it to IBAN {IB(iban)} (account name {name(owner)})." if iban
               else "The deposit is 100 and we take it by card on the phone.")
        reply = (f"Hi {name(p, 'first')},\n\nthanks! We can do {ctx.plain_date(2027, 2027, 3)} at {ctx.time()} with "
                 f"{P(art_names[1])}. {pay}\n\nCheers\n{name(owner)}\n{studio}\n{AD(sa.one())} · "
                 f"{PH(ctx.phone('land', sa))}\nbookings@{sdom}")
        client = (f"Hi, a transfer takes ages for me – can you just charge my card? {CA(card)}, exp "
                  f"{ctx.randint(1, 12):02d}/{ctx.randint(27, 31)}. Thanks, {name(p, 'first')}")
        ask = "How do I reply politely to a client who emailed us their full card number?"
    body = f"{lab[0]}\n\n{form}\n\n---\n\n{reply}\n\n---\n\n{client}"
    return request(ctx, body, {lang: ask})


INVENTIONS = {
    "de": ["Verfahren zur Kalibrierung eines Drucksensors", "Wärmetauscher mit segmentierter Lamellenstruktur",
           "Schnellverschluss für Fahrradtaschen", "Verfahren zur Erkennung von Leckagen in Wasserleitungen",
           "Modulares Regalsystem mit werkzeugloser Montage"],
    "fr": ["Procédé d'étalonnage d'un capteur de pression", "Échangeur thermique à ailettes segmentées",
           "Système de fixation rapide pour sacoches de vélo", "Procédé de détection de fuites dans un réseau d'eau",
           "Étagère modulaire à montage sans outil"],
    "it": ["Metodo per la calibrazione di un sensore di pressione", "Scambiatore di calore ad alette segmentate",
           "Aggancio rapido per borse da bicicletta", "Metodo per il rilevamento di perdite nelle condotte idriche",
           "Scaffale modulare a montaggio senza attrezzi"],
    "en": ["Method for calibrating a pressure sensor", "Heat exchanger with segmented fin structure",
           "Quick-release mount for bicycle panniers", "Method for detecting leaks in water mains",
           "Modular shelving system with tool-free assembly"],
}
IP_FIRM = {"de": "Patentanwälte", "fr": "Conseils en propriété industrielle", "it": "Consulenti in brevetti",
           "en": "Patent Attorneys"}


def t_patent(ctx: Ctx) -> str:
    lang, v = ctx.lang, ctx.variant
    title = ctx.pick(INVENTIONS[lang])
    applicant = ctx.company()
    app_a = ctx.addr()
    firm = ctx.company(IP_FIRM[lang])
    firm_a = ctx.addr()
    inventors = [ctx.person() for _ in range(ctx.randint(2, 3))]
    appno = {"DE": ctx.ref("10 2026 1## ###.#"), "AT": f"A {ctx.ref('###')}/2026", "CH": ctx.ref("CH00###/26"),
             "FR": ctx.ref("FR26#####"), "BE": ctx.ref("BE2026/5###"), "LU": ctx.ref("LU50####"),
             "IT": ctx.ref("1020260000####"), "GB": ctx.ref("GB26#####.#"), "IE": ctx.ref("S2026/0###"),
             "US": ctx.ref("63/###,###"), "CA": ctx.ref("3,###,###"), "AU": ctx.ref("202690####"),
             "NZ": ctx.ref("8#####")}[ctx.cc]
    docket = ctx.ref("P####-AA")
    if v == 0:
        rep = ctx.person()
        rep_mail = ctx.email(rep, domain=slug(firm) + "." + TLD[ctx.cc])
        inv_lines = []
        for k, p in enumerate(inventors):
            a = ctx.addr(geo=ctx.geo if ctx.chance(0.75) else ctx.other_geo())
            if ctx.chance(0.5):
                inv_lines.append(f"{k + 1}. {name(p, ctx.pick(['last, first', 'LAST, first']))}\n   {AD(a.one())}"
                                 + (f", {ctx.country(a.cc)}" if a.cc != ctx.cc else ""))
            else:
                inv_lines.append(f"{k + 1}. {name(p)}\n" + a.block(indent="   ")
                                 + (f"\n   {ctx.country(a.cc)}" if a.cc != ctx.cc else ""))
        h = {"de": ("Erfindernennung", "Aktenzeichen", "Anmelder", "Bezeichnung der Erfindung",
                    "Als Erfinder werden benannt", "Vertreter", "Unterschrift", "Zeichen des Vertreters"),
             "fr": ("Désignation de l'inventeur", "N° de dépôt", "Demandeur", "Titre de l'invention",
                    "Inventeurs désignés", "Mandataire", "Signature", "Réf. du mandataire"),
             "it": ("Designazione dell'inventore", "Domanda n.", "Richiedente", "Titolo dell'invenzione",
                    "Inventori designati", "Mandatario", "Firma", "Rif. mandatario"),
             "en": ("Designation of inventor", "Application no.", "Applicant", "Title of invention",
                    "The following are designated as inventors", "Representative", "Signature",
                    "Representative's reference")}[lang]
        body = (f"{h[0].upper()}\n\n{h[1]}: {appno}\n{h[7]}: {docket}\n{h[2]}: {applicant}, {AD(app_a.one())}\n"
                f"{h[3]}: {title}\n\n{h[4]}:\n\n" + "\n\n".join(inv_lines)
                + f"\n\n{h[5]}: {name(rep)}, {firm}\n{AD(firm_a.one())}\n"
                f"Tel. {PH(ctx.phone('land', firm_a))} · Fax {PH(ctx.phone('land', firm_a))} · {EM(rep_mail)}\n\n"
                f"{h[6]}: {name(rep)}    {ctx.plain_date(2026, 2026, 0)}")
        ask = {"de": ["Das ist die Erfindernennung aus unserem Entwurf. Kannst du prüfen, ob die Angaben vollständig "
                      "sind und die Reihenfolge zur Anmeldung passt?", "Übersetz mir die Erfindernennung bitte ins "
                      "Englische für die PCT-Akte."],
               "fr": ["Voici la désignation d'inventeur de notre projet. Tu peux vérifier qu'elle est complète ?",
                      "Traduis-moi cette désignation en anglais pour le dossier PCT."],
               "it": ["Ecco la designazione dell'inventore della bozza. Puoi controllare che sia completa?",
                      "Traducimi la designazione in inglese per il fascicolo PCT."],
               "en": ["This is the inventor designation from our draft. Can you check it is complete?",
                      "Please translate this designation into German for the EP file."]}
        return request(ctx, body, ask)
    if v == 1:
        sup = ctx.person()
        author = ctx.person(src="other")
        ipm = ctx.person()
        ip_mail = ctx.email(ipm, domain=slug(applicant) + "." + TLD[ctx.cc])
        rows = []
        share = [50, 30, 20] if len(inventors) == 3 else [60, 40]
        for p, sh in zip(inventors, share, strict=True):
            a = ctx.addr(near=True)
            rows.append([name(p), ctx.pick(["R&D", "PM", "QA", "Prod."]), AD(a.one()),
                         PH(ctx.phone("mobile")), f"{sh} %", ctx.ref("######")])
        h = {"de": ("Erfindungsmeldung (§ 5 ArbnErfG)", ["Name", "Abt.", "Privatanschrift", "Telefon privat", "Anteil",
                                                          "Pers.-Nr."],
                    "Stand der Technik", "Vorgesetzte/r", "Eingang Patentabteilung"),
             "fr": ("Déclaration d'invention de salarié", ["Nom", "Service", "Adresse personnelle", "Tél. perso",
                                                            "Part", "Matricule"],
                    "État de la technique", "Responsable hiérarchique", "Reçu par le service PI"),
             "it": ("Comunicazione di invenzione del dipendente", ["Nome", "Reparto", "Indirizzo privato",
                                                                   "Tel. privato", "Quota", "Matricola"],
                    "Stato della tecnica", "Responsabile", "Ricevuto dall'ufficio brevetti"),
             "en": ("Employee invention disclosure", ["Name", "Dept", "Home address", "Personal phone", "Share",
                                                      "Staff no."],
                    "Prior art", "Line manager", "Received by IP department")}[lang]
        prior = {"de": f"Bekannt ist ein ähnlicher Ansatz aus dem Aufsatz von {name(author, 'last')} et al. (2021); "
                       f"dort fehlt jedoch die Temperaturkompensation.",
                 "fr": f"Une approche voisine est décrite dans l'article de {name(author, 'last')} et al. (2021), "
                       f"sans compensation thermique.",
                 "it": f"Un approccio simile è descritto nell'articolo di {name(author, 'last')} et al. (2021), ma "
                       f"senza compensazione termica.",
                 "en": f"A similar approach is described in {name(author, 'last')} et al. (2021), but without "
                       f"temperature compensation."}[lang]
        body = (f"{h[0]}\n{applicant} – {docket}\n\n{title}\n\n" + md_table(h[1], rows)
                + f"\n\n**{h[2]}:** {prior}\n\n**{h[3]}:** {name(sup)} ({ctx.plain_date(2026, 2026, 0)})\n"
                f"**{h[4]}:** {ctx.plain_date(2026, 2026, 0)}, {name(ipm, 'i. last')} – {EM(ip_mail)}")
        ask = {"de": "Bitte formuliere aus dieser Erfindungsmeldung eine kurze Eingangsbestätigung an alle Erfinder "
                     "mit Hinweis auf die Viermonatsfrist.",
               "fr": "Rédige à partir de cette déclaration un accusé de réception court pour tous les inventeurs.",
               "it": "Scrivi una breve conferma di ricezione per tutti gli inventori a partire da questa "
               "comunicazione.",
               "en": "Please draft a short acknowledgement to all inventors based on this disclosure."}
        return request(ctx, body, ask)
    if v == 2:
        agent = ctx.person()
        inv_xml = []
        for k, p in enumerate(inventors):
            a = ctx.addr(geo=ctx.geo if ctx.chance(0.8) else ctx.other_geo())
            inv_xml.append(
                f'      <inventor sequence="{k + 1}">\n        <addressbook>\n'
                f"          <last-name>{P(xesc(p.last))}</last-name>\n          <first-name>{P(xesc(p.first))}"
                f"</first-name>\n          <address>\n            <address-1>{AD(xesc(a.street))}</address-1>\n"
                f"            <postcode>{xesc(a.postcode)}</postcode>\n            <city>{xesc(a.town)}</city>\n"
                f"            <country>{a.cc}</country>\n          </address>\n        </addressbook>\n"
                f"      </inventor>")
        amail = ctx.email(agent, domain=slug(firm) + "." + TLD[ctx.cc])
        body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<application-body lang="{lang}" country="{ctx.cc}" '
                f'file-reference-id="{docket}">\n  <invention-title>{xesc(title)}</invention-title>\n  <parties>\n'
                f'    <applicants>\n      <applicant sequence="1" app-type="applicant">\n        <addressbook>\n'
                f"          <orgname>{xesc(applicant)}</orgname>\n          <address>\n"
                f"            <address-1>{AD(xesc(app_a.street))}</address-1>\n"
                f"            <postcode>{xesc(app_a.postcode)}</postcode>\n            "
                f"<city>{xesc(app_a.town)}</city>\n"
                f"            <country>{ctx.cc}</country>\n          </address>\n        </addressbook>\n"
                f"      </applicant>\n    </applicants>\n    <inventors>\n" + "\n".join(inv_xml)
                + f'\n    </inventors>\n    <agents>\n      <agent sequence="1" rep-type="attorney">\n'
                f"        <addressbook>\n          <last-name>{P(xesc(agent.last))}</last-name>\n"
                f"          <first-name>{P(xesc(agent.first))}</first-name>\n          "
                f"<orgname>{xesc(firm)}</orgname>\n"
                f"          <address>\n            <address-1>{AD(xesc(firm_a.street))}</address-1>\n"
                f"            <postcode>{xesc(firm_a.postcode)}</postcode>\n            <city>{xesc(firm_a.town)}"
                f"</city>\n          </address>\n          <phone>{PH(ctx.phone('land', firm_a, intl=True))}</phone>\n"
                f"          <email>{EM(amail)}</email>\n        </addressbook>\n      </agent>\n    </agents>\n"
                f"  </parties>\n</application-body>")
        ask = {"de": ["Das Einreichungstool meldet „Schemafehler in parties“. Siehst du im XML, was nicht stimmt?",
                      "Mach mir aus diesem XML eine lesbare Übersicht der Beteiligten."],
               "fr": ["L'outil de dépôt renvoie « erreur de schéma dans parties ». Tu vois ce qui cloche dans le XML ?",
                      "Fais-moi un récapitulatif lisible des parties à partir de ce XML."],
               "it": ["Il software di deposito segnala «errore di schema in parties». Vedi cosa non va nell'XML?",
                      "Ricavami da questo XML un riepilogo leggibile delle parti."],
               "en": ["The filing tool says 'schema error in parties'. Can you see what's wrong with the XML?",
                      "Turn this XML into a readable summary of the parties."]}
        return request(ctx, body, ask, fence="xml")
    # v == 3: mail thread paralegal <-> inventor
    para = ctx.person()
    p, q = inventors[0], inventors[1]
    pm = ctx.email(para, domain=slug(firm) + "." + TLD[ctx.cc])
    im = ctx.email(p, domain=slug(applicant) + "." + TLD[ctx.cc])
    home = ctx.addr(near=True)
    q_new = ctx.abroad()
    q_mail = ctx.email(q)
    d1 = ctx.plain_date(2026, 2027, 3)
    if lang == "de":
        body = (f"Von: {name(p)} <{EM(im)}>\nAn: {name(para)} <{EM(pm)}>\nBetreff: AW: {docket} – Erklärung der "
                f"Erfinder für die US-Nachanmeldung\n\nHallo {sal(lang, para)} {name(para, 'last')},\n\nmeine "
                f"Privatanschrift ist {AD(home.one())} (nicht mehr die alte in der Akte). {name(q)} "
                f"ist seit dem Sommer bei unserer Tochtergesellschaft im Ausland, die neue Anschrift "
                f"lautet {AD(q_new.one())}, {ctx.country(q_new.cc)}; erreichbar unter "
                f"{PH(phone(ctx.rng, q_new.cc))} oder privat {EM(q_mail)}.\n\nDie unterschriebene Erklärung "
                "schicke ich "
                f"bis {d1}.\n\nGruß\n{name(p)}\nEntwicklung · {applicant}\nMobil {PH(ctx.phone('mobile'))}\n\n"
                f"-----Ursprüngliche Nachricht-----\nVon: {name(para)}\n\nfür die Erklärung nach 37 CFR 1.63 "
                f"benötigen wir von allen Erfindern Wohnort und Postanschrift. Bitte bestätigen Sie die Angaben "
                f"bis {d1}.\n\nMit freundlichen Grüßen\n{name(para)}\nPatentanwaltsfachangestellte/r\n{firm}\n"
                f"{AD(firm_a.one())}\nTel. {PH(ctx.phone('land', firm_a))} Durchwahl {ctx.randint(10, 89)}")
        ask = "Bitte zieh mir aus dem Verlauf die aktualisierten Erfinderdaten in eine Tabelle."
    elif lang == "fr":
        body = (f"De : {name(p)} <{EM(im)}>\nÀ : {name(para)} <{EM(pm)}>\nObjet : RE: {docket} – déclaration des "
                f"inventeurs pour l'extension US\n\nBonjour {sal(lang, para)} {name(para, 'last')},\n\nmon adresse "
                f"personnelle est {AD(home.one())} (pas l'ancienne du dossier). {name(q)} est chez notre filiale à "
                f"l'étranger depuis l'été, nouvelle adresse : {AD(q_new.one())}, "
                f"{ctx.country(q_new.cc)} ; joignable au {PH(phone(ctx.rng, q_new.cc))} ou sur {EM(q_mail)}.\n\n"
                f"J'envoie la déclaration signée avant le {d1}.\n\nCordialement,\n{name(p)}\nR&D · {applicant}\n"
                f"Portable {PH(ctx.phone('mobile'))}\n\n-----Message d'origine-----\nDe : {name(para)}\n\npour la "
                f"déclaration selon 37 CFR 1.63, il nous faut le lieu de résidence et l'adresse postale de chaque "
                f"inventeur. Merci de confirmer avant le {d1}.\n\nBien cordialement,\n{name(para)}\nAssistant·e "
                f"brevets\n{firm}\n{AD(firm_a.one())}\nTél. {PH(ctx.phone('land', firm_a))} poste "
                f"{ctx.randint(10, 89)}")
        ask = "Sors-moi de cet échange les données inventeurs à jour, sous forme de tableau."
    elif lang == "it":
        body = (f"Da: {name(p)} <{EM(im)}>\nA: {name(para)} <{EM(pm)}>\nOggetto: R: {docket} – dichiarazione degli "
                f"inventori per il deposito USA\n\nBuongiorno {name(para, 'first')},\n\nil mio indirizzo privato è "
                f"{AD(home.one())} (non quello vecchio in pratica). {name(q)} da quest'estate lavora nella nostra "
                f"filiale all'estero, nuovo indirizzo: {AD(q_new.one())}, "
                f"{ctx.country(q_new.cc)}; tel. {PH(phone(ctx.rng, q_new.cc))}, mail {EM(q_mail)}.\n\nMando la "
                f"dichiarazione firmata entro il {d1}.\n\nSaluti\n{name(p)}\nR&S · {applicant}\nCell. "
                f"{PH(ctx.phone('mobile'))}\n\n-----Messaggio originale-----\nDa: {name(para)}\n\nper la "
                f"dichiarazione ai sensi del 37 CFR 1.63 ci servono residenza e indirizzo postale di tutti gli "
                f"inventori. Vi chiediamo conferma entro il {d1}.\n\nCordiali saluti\n{name(para)}\nUfficio "
                f"brevetti\n{firm}\n{AD(firm_a.one())}\nTel. {PH(ctx.phone('land', firm_a))} int. "
                f"{ctx.randint(10, 89)}")
        ask = "Estraimi da questo scambio i dati aggiornati degli inventori in una tabella."
    else:
        body = (f"From: {name(p)} <{EM(im)}>\nTo: {name(para)} <{EM(pm)}>\nSubject: RE: {docket} – inventor "
                f"declarations for the US filing\n\nHi {name(para, 'first')},\n\nmy home address is "
                f"{AD(home.one())} (not the old one on file). {name(q)} moved to our subsidiary abroad in the "
                f"summer – new address {AD(q_new.one())}, {ctx.country(q_new.cc)}; "
                f"phone {PH(phone(ctx.rng, q_new.cc))}, personal email {EM(q_mail)}.\n\nI'll send the signed "
                f"declaration by {d1}.\n\nBest,\n{name(p)}\nR&D · {applicant}\nMobile {PH(ctx.phone('mobile'))}"
                f"\n\n-----Original Message-----\nFrom: {name(para)}\n\nfor the declaration under 37 CFR 1.63 we "
                f"need the residence and mailing address of each inventor. Please confirm by {d1}.\n\nKind "
                f"regards,\n{name(para)}\nParalegal\n{firm}\n{AD(firm_a.one())}\nDirect: "
                f"{PH(ctx.phone('land', firm_a))} ext. {ctx.randint(10, 89)}")
        ask = "Please pull the updated inventor details out of this thread into a table."
    return request(ctx, body, {lang: ask})


ITEMS = {
    "de": ["Sofa (3-Sitzer)", "2 Matratzen", "Kleiderschrank zerlegt", "Lattenrost", "Teppich, gerollt",
           "Schreibtisch", "Kühlschrank", "Waschmaschine", "Gartenstühle (4)", "Fahrradanhänger", "Bettgestell"],
    "fr": ["canapé 3 places", "2 matelas", "armoire démontée", "sommier", "tapis roulé", "bureau", "réfrigérateur",
           "lave-linge", "chaises de jardin (4)", "remorque vélo", "cadre de lit"],
    "it": ["divano 3 posti", "2 materassi", "armadio smontato", "rete a doghe", "tappeto arrotolato", "scrivania",
           "frigorifero", "lavatrice", "sedie da giardino (4)", "carrellino bici", "struttura letto"],
    "en": ["3-seater sofa", "2 mattresses", "wardrobe (flat-packed)", "bed base", "rolled rug", "desk", "fridge",
           "washing machine", "garden chairs (4)", "bike trailer", "bed frame"],
}
AUTHORITY = {
    "DE": "Abfallwirtschaftsbetrieb", "AT": "Magistratsabteilung Abfallwirtschaft", "CHde": "Entsorgung + Recycling",
    "FR": "Service propreté – encombrants", "BE": "Service propreté", "CHfr": "Voirie – levée des encombrants",
    "LU": "Service d'hygiène", "IT": "Servizio ritiro ingombranti", "CHit": "Ufficio rifiuti",
    "GB": "Waste & Recycling Services", "IE": "Environment Section", "US": "Department of Sanitation",
    "CA": "Solid Waste Services", "AU": "Waste Services", "NZ": "Rubbish & Recycling",
}


def t_bulkywaste(ctx: Ctx) -> str:
    lang, v = ctx.lang, ctx.variant
    auth = AUTHORITY[ctx.geo]
    if v == 0:
        p = ctx.person()
        a = ctx.addr()
        site = ctx.person()
        items = ", ".join(ctx.sample(ITEMS[lang], ctx.randint(2, 4)))
        d = ctx.plain_date(2027, 2027, 0)
        ref = ctx.ref("SPM-2027-#####")
        floor = {"de": f"{ctx.randint(0, 5)}. OG", "fr": f"{ctx.randint(0, 5)}e étage",
                 "it": f"piano {ctx.randint(0, 5)}",
                 "en": f"floor {ctx.randint(0, 5)}"}[lang]
        lab = {"de": ("Sperrmüll-Anmeldung – Online-Formular", "Name", "Straße / Hausnr.", "PLZ / Ort", "Etage",
                      "Telefon (tagsüber)", "E-Mail", "Wunschtermin", "Gegenstände", "Ansprechperson vor Ort",
                      "Vorgangsnummer", "Diese Nachricht wurde automatisch erzeugt. Fragen: Servicetelefon "),
               "fr": ("Demande d'enlèvement des encombrants – formulaire en ligne", "Nom", "Adresse",
                      "Code postal / Commune", "Étage", "Téléphone (journée)", "Courriel", "Date souhaitée",
                      "Objets", "Personne présente sur place", "N° de demande",
                      "Message généré automatiquement. Questions : numéro vert "),
               "it": ("Prenotazione ritiro ingombranti – modulo online", "Nome e cognome", "Indirizzo",
                      "CAP / Comune", "Piano", "Telefono (giorno)", "Email", "Data richiesta", "Oggetti",
                      "Referente sul posto", "N. pratica", "Messaggio generato automaticamente. Info: numero verde "),
               "en": ("Bulky waste collection – online booking", "Name", "Address line 1", "Town / Postcode", "Floor",
                      "Daytime phone", "Email", "Requested date", "Items", "Contact on site", "Booking reference",
                      "This is an automated message. Queries: ")}[lang]
        rel = {"de": gw(site, "Hausmeister", "Hausmeisterin"), "fr": gw(site, "gardien", "gardienne"),
               "it": gw(site, "portiere", "portiera"), "en": "caretaker"}[lang]
        pairs = [(lab[1], name(p)), (lab[2], AD(a.street)), (lab[3], AD(a.town_line())), (lab[4], floor),
                 (lab[5], PH(ctx.phone(ctx.pick(["mobile", "land"]), a))), (lab[6], EM(ctx.email(p))),
                 (lab[7], d), (lab[8], items), (lab[9], f"{name(site)} ({rel}), {PH(ctx.phone('mobile'))}"),
                 (lab[10], ref)]
        pay = ""
        if ctx.cc in ("GB", "US", "AU", "NZ", "CA"):
            pay = f"\nPayment: card ending {ctx.ref('####')}, cardholder {name(p, 'FULL')}"
        elif ctx.cc == "CH":
            pay = {"de": f"\nGebühr: Rechnung an {name(p)}", "fr": f"\nTaxe : facture à {name(p)}",
                   "it": f"\nTassa: fattura a {name(p)}"}[lang]
        body = (f"{lab[0]}\n{auth}\n\n" + aligned(pairs, width=26) + pay
                + f"\n\n{lab[11]}{ctx.hotline()}")
        ask = {"de": ["Ich hab diese Bestätigung bekommen. Stimmt alles? Der Kühlschrank darf doch gar nicht zum "
                      "Sperrmüll, oder?", "Kannst du meinem Hausmeister eine kurze Nachricht mit den Infos schreiben?"],
               "fr": ["J'ai reçu cette confirmation. Tout est bon ? Le frigo n'a pas le droit d'aller aux "
                      "encombrants, si ?", "Tu peux écrire un petit message au gardien avec ces infos ?"],
               "it": ["Mi è arrivata questa conferma. È tutto giusto? Il frigorifero non si può mettere con gli "
                      "ingombranti, vero?", "Scrivi un messaggio breve al portiere con queste informazioni."],
               "en": ["I got this confirmation. Is everything right? The fridge can't go as bulky waste, can it?",
                      "Can you write a short text to my caretaker with these details?"]}
        return request(ctx, body, ask)
    if v == 1:
        n = ctx.randint(5, 7)
        base = ctx.addr()
        rows = []
        for k in range(n):
            p = ctx.person()
            a = ctx.addr(near=True)
            note_p = ctx.person() if ctx.chance(0.25) else None
            note = ctx.pick({"de": ["Hof", "Hund!", "Tiefgarage", "vor dem Haus", "Einfahrt frei lassen"],
                             "fr": ["cour", "chien !", "parking souterrain", "devant l'immeuble", "laisser l'accès"],
                             "it": ["cortile", "cane!", "garage", "davanti al portone", "lasciare libero il passo"],
                             "en": ["rear yard", "dog!", "underground car park", "front kerb",
                                    "keep drive clear"]}[lang])
            if note_p:
                note = {"de": f"bei {gw(note_p, 'Herrn', 'Frau')} {P(note_p.last)} klingeln",
                        "fr": f"sonner chez {sal(lang, note_p)} {P(note_p.last)}",
                        "it": f"suonare a {P(note_p.last)}", "en": f"ask for {P(note_p.first)} at no. "
                                                                  f"{ctx.randint(1, 40)}"}[lang]
            who = P(p.last.upper()) if ctx.chance(0.5) else P(p.fmt(ctx.pick(["last, first", "i. last"])))
            tel = PH(ctx.phone(ctx.pick(["mobile", "land"]), a)) if ctx.chance(0.8) else ""
            rows.append([str(k + 1), AD(a.street), who, tel, ", ".join(ctx.sample(ITEMS[lang], 2)), note])
        head = {"de": ["Nr", "Straße", "Name", "Telefon", "Gegenstände", "Hinweis"],
                "fr": ["N°", "Adresse", "Nom", "Tél.", "Objets", "Remarque"],
                "it": ["N.", "Indirizzo", "Nome", "Tel.", "Oggetti", "Note"],
                "en": ["No", "Address", "Name", "Phone", "Items", "Note"]}[lang]
        tour = {"de": "Tourenplan Sperrmüll", "fr": "Tournée encombrants", "it": "Giro ritiro ingombranti",
                "en": "Bulky collection round"}[lang]
        body = (f"{auth} – {base.town}\n{tour} {ctx.randint(1, 9)} – {ctx.plain_date(2027, 2027, 0)} – "
                f"{ {'de': 'Fahrzeug', 'fr': 'véhicule', 'it': 'mezzo', 'en': 'vehicle'}[lang]}"
                f" {ctx.plate()}\n\n" + fixed_table(head, rows))
        ask = {"de": "Das ist der Tourenplan für morgen. Kannst du die Stopps so sortieren, dass wir möglichst wenig "
                     "hin- und herfahren, und die mit Hund markieren?",
               "fr": "Voici la tournée de demain. Tu peux réordonner les arrêts pour limiter les allers-retours ?",
               "it": "Ecco il giro di domani. Puoi riordinare le fermate per fare meno strada?",
               "en": "Here's tomorrow's round. Can you reorder the stops to cut down on back-and-forth?"}
        return request(ctx, body, ask)
    if v == 2:
        reqs = []
        officer = ctx.person()
        for _ in range(2):
            p = ctx.person()
            a = ctx.addr(near=True)
            nb = ctx.person()
            desc = {"de": f"{', '.join(ctx.sample(ITEMS[lang], 2))}. Bitte bei {P(nb.full())} im EG klingeln, ich bin "
                          f"nicht da.",
                    "fr": f"{', '.join(ctx.sample(ITEMS[lang], 2))}. Sonner chez {P(nb.full())} au RDC, je serai "
                    "absent.",
                    "it": f"{', '.join(ctx.sample(ITEMS[lang], 2))}. Suonare a {P(nb.full())} al piano terra, non ci "
                          f"sono.",
                    "en": f"{', '.join(ctx.sample(ITEMS[lang], 2))}. Please knock at {P(nb.full())}'s, ground floor, "
                          f"I'll be out."}[lang]
            reqs.append({"service_request_id": ctx.ref("2027-#######"), "service_code": "BULKY",
                         "status": ctx.pick(["open", "scheduled", "closed"]),
                         "requested_datetime": f"2027-0{ctx.randint(1, 9)}-{ctx.randint(10, 28)}T"
                                               f"{ctx.randint(7, 20):02d}:{ctx.randint(10, 59)}:00+01:00",
                         "address": AD(a.street), "zipcode": a.postcode, "city": a.town,
                         "lat": round(ctx.rng.uniform(40, 55), 5), "long": round(ctx.rng.uniform(-5, 15), 5),
                         "first_name": P(p.first), "last_name": P(p.last), "phone": PH(ctx.phone("mobile")),
                         "email": EM(ctx.email(p)) if ctx.chance(0.7) else None, "description": desc,
                         "notes": [{"author": P(officer.fmt("first l.")), "text": {
                             "de": "Termin bestätigt, Kühlgerät separat.", "fr": "RDV confirmé, froid à part.",
                             "it": "Appuntamento confermato, frigo a parte.",
                             "en": "Booked, fridge separately."}[lang]}]})
        body = jdump(reqs, indent=ctx.pick([2, 2, None]), ascii_only=ctx.chance(0.25))
        check_json(body)
        ask = {"de": "Die API vom Bürgerservice liefert das hier. Ich will eine Tabelle mit Status und Adresse für "
                     "das Team – kannst du die bauen?",
               "fr": "L'API du service aux habitants renvoie ça. Tu peux me faire un tableau statut + adresse pour "
                     "l'équipe ?",
               "it": "L'API dello sportello cittadini restituisce questo. Mi fai una tabella stato + indirizzo per "
                     "la squadra?",
               "en": "Our 311 API returns this. Can you build me a table of status and address for the crew?"}
        return request(ctx, body, ask, fence="json")
    # v == 3: complaint and reply
    p = ctx.person()
    a = ctx.addr()
    nb = ctx.person()
    nb_a = ctx.addr(near=True)
    off = ctx.person()
    auth_a = ctx.addr(near=True)
    dom = {"DE": "stadt.de", "AT": "gv.at", "CH": "ch", "FR": "mairie.fr", "BE": "be", "LU": "lu", "IT": "comune.it",
           "GB": "gov.uk", "IE": "ie", "US": "gov", "CA": "ca", "AU": "gov.au", "NZ": "govt.nz"}[ctx.cc]
    dom = slug(a.town) + "." + dom
    om = ctx.email(off, domain=dom)
    pm = ctx.email(p)
    ref = ctx.ref("######")
    if lang == "de":
        body = (f"Von: {name(p)} <{EM(pm)}>\nAn: abfallberatung@{dom}\nBetreff: Sperrmüll nicht abgeholt – "
                f"Vorgang {ref}\n\nGuten Tag,\n\nunser Sperrmüll stand wie vereinbart vor {AD(a.one())}, wurde aber "
                f"nicht abgeholt. Inzwischen hat jemand einen alten Kühlschrank dazugestellt – nach Auskunft der "
                f"Nachbarn war das {gw(nb, 'Herr', 'Frau')} {name(nb, 'last')} aus der {AD(nb_a.street)}. Ich "
                f"möchte nicht dafür zahlen.\n\nSie erreichen mich unter {PH(ctx.phone('mobile'))}.\n\n"
                f"{name(p)}\n\n---\n\nSehr {gw(p, 'geehrter Herr', 'geehrte Frau')} {name(p, 'last')},\n\ndie Tour "
                f"musste wegen eines Fahrzeugschadens ausfallen, wir holen am {ctx.plain_date(2027, 2027, 3)} nach. "
                f"Den Kühlschrank nehmen wir mit; die Sache mit dem Nachbarn prüfen wir.\n\nFreundliche Grüße\n"
                f"{name(off)}\n{auth}\n{AD(auth_a.one())}\nTel. {PH(ctx.phone('land', auth_a))} · {EM(om)}\n"
                f"Servicetelefon {ctx.hotline()}")
        ask = "Kann ich mich mit der Antwort zufriedengeben? Hilf mir bei einer kurzen Rückmeldung."
    elif lang == "fr":
        body = (f"De : {name(p)} <{EM(pm)}>\nÀ : proprete@{dom}\nObjet : Encombrants non ramassés – demande {ref}\n\n"
                f"Bonjour,\n\nnos encombrants étaient sortis comme convenu devant le {AD(a.one())}, mais personne "
                f"n'est passé. Depuis, quelqu'un a ajouté un vieux frigo ; d'après les voisins, c'est "
                f"{sal(lang, nb)} {name(nb, 'last')}, du {AD(nb_a.street)}. Je ne veux pas payer pour ça.\n\n"
                f"Vous pouvez me joindre au {PH(ctx.phone('mobile'))}.\n\n{name(p)}\n\n---\n\n{sal(lang, p, False)},"
                f"\n\nla tournée a été annulée suite à une panne de véhicule ; nous repasserons le "
                f"{ctx.plain_date(2027, 2027, 3)}. Le réfrigérateur sera enlevé ; nous vérifions pour le voisin.\n\n"
                f"Cordialement,\n{name(off)}\n{auth}\n{AD(auth_a.one())}\nTél. {PH(ctx.phone('land', auth_a))} · "
                f"{EM(om)}\nNuméro vert {ctx.hotline()}")
        ask = "Je peux me contenter de cette réponse ? Aide-moi à répondre brièvement."
    elif lang == "it":
        body = (f"Da: {name(p)} <{EM(pm)}>\nA: ambiente@{dom}\nOggetto: Ingombranti non ritirati – pratica {ref}\n\n"
                f"Buongiorno,\n\ngli ingombranti erano fuori come concordato davanti a {AD(a.one())}, ma nessuno è "
                f"passato. Nel frattempo qualcuno ha aggiunto un vecchio frigorifero: secondo i vicini è stato "
                f"{gw(nb, 'il signor', 'la signora')} {name(nb, 'last')} di {AD(nb_a.street)}. Non intendo "
                f"pagare per questo.\n\nSono raggiungibile al {PH(ctx.phone('mobile'))}.\n\n{name(p)}\n\n---\n\n"
                f"Gentile {name(p)},\n\nil giro è saltato per un guasto al mezzo; ripassiamo il "
                f"{ctx.plain_date(2027, 2027, 3)}. Il frigorifero lo ritiriamo noi; verifichiamo la questione del "
                f"vicino.\n\nCordiali saluti\n{name(off)}\n{auth}\n{AD(auth_a.one())}\nTel. "
                f"{PH(ctx.phone('land', auth_a))} · {EM(om)}\nNumero verde {ctx.hotline()}")
        ask = "Posso accontentarmi di questa risposta? Aiutami a rispondere in breve."
    else:
        body = (f"From: {name(p)} <{EM(pm)}>\nTo: waste@{dom}\nSubject: Bulky collection missed – ref {ref}\n\n"
                f"Hello,\n\nour items were out as agreed in front of {AD(a.one())} but nobody came. Since then someone "
                f"has added an old fridge – the neighbours say it was {sal(lang, nb)} {name(nb, 'last')} from "
                f"{AD(nb_a.street)}. I don't want to be charged for it.\n\nYou can reach me on "
                f"{PH(ctx.phone('mobile'))}.\n\n{name(p)}\n\n---\n\nDear {sal(lang, p)} {name(p, 'last')},\n\nthe "
                f"round was cancelled because of a vehicle fault; we'll come on {ctx.plain_date(2027, 2027, 3)}. We "
                f"will take the fridge and are looking into the neighbour.\n\nKind regards,\n{name(off)}\n{auth}\n"
                f"{AD(auth_a.one())}\nTel {PH(ctx.phone('land', auth_a))} · {EM(om)}\nContact centre {ctx.hotline()}")
        ask = "Should I accept this reply? Help me write a short response."
    return request(ctx, body, {lang: ask})


def social_no(ctx: Ctx, dob: date | None = None) -> str:
    """Social-security / tax numbers of the region (unlabelled; some embed the date of birth)."""
    d = dob or rand_date(ctx.rng, 1960, 2000)
    cc = ctx.cc
    if cc == "DE":
        return f"{ctx.randint(10, 89)} {d.day:02d}{d.month:02d}{d.year % 100:02d} {ctx.pick('ABCDEFGHKLMS')} " \
               f"{ctx.randint(100, 999)}"
    if cc == "AT":
        return f"{ctx.randint(1000, 9999)} {d.day:02d}{d.month:02d}{d.year % 100:02d}"
    if cc == "CH":
        return f"756.{ctx.randint(1000, 9999)}.{ctx.randint(1000, 9999)}.{ctx.randint(10, 99)}"
    if cc == "FR":
        return f"{ctx.pick('12')} {d.year % 100:02d} {d.month:02d} {ctx.randint(10, 95)} {ctx.randint(100, 999)} " \
               f"{ctx.randint(100, 999)} {ctx.randint(10, 97)}"
    if cc == "BE":
        return f"{d.year % 100:02d}.{d.month:02d}.{d.day:02d}-{ctx.randint(100, 999)}.{ctx.randint(10, 97)}"
    if cc == "LU":
        return f"{d.year}{d.month:02d}{d.day:02d}{ctx.randint(10000, 99999)}"
    if cc == "IT":
        return ctx.ref("AAAAAA") + f"{d.year % 100:02d}" + ctx.pick("ABCDEHLMPRST") + f"{d.day:02d}" + ctx.ref("A###A")
    if cc == "GB":
        return ctx.ref("AA ## ## ## A").replace("D", "B").replace("F", "C")
    if cc == "IE":
        return ctx.ref("#######A")
    if cc == "US":
        return f"{ctx.randint(100, 665)}-{ctx.randint(10, 99)}-{ctx.randint(1000, 9999)}"
    if cc == "CA":
        return f"{ctx.randint(100, 899)} {ctx.randint(100, 999)} {ctx.randint(100, 999)}"
    if cc == "AU":
        return f"{ctx.randint(100, 999)} {ctx.randint(100, 999)} {ctx.randint(100, 999)}"
    return f"{ctx.randint(100, 139)}-{ctx.randint(100, 999)}-{ctx.randint(100, 999)}"


def bank_cell(ctx: Ctx) -> str:
    """A salary account: IBAN where there is one, domestic details (unlabelled) elsewhere."""
    if ctx.has_iban() and ctx.cc != "GB":
        return IB(ctx.iban())
    return {"GB": f"sort code {ctx.ref('##-##-##')}, account {ctx.ref('########')}",
            "US": f"routing {ctx.ref('#########')}, account {ctx.ref('##########')}",
            "CA": f"transit {ctx.ref('#####')}, institution {ctx.ref('###')}, account {ctx.ref('#######')}",
            "AU": f"BSB {ctx.ref('###-###')}, account {ctx.ref('########')}",
            "NZ": f"{ctx.ref('##-####-#######-##')}"}[ctx.cc]


def t_domestic(ctx: Ctx) -> str:
    lang, v = ctx.lang, ctx.variant
    emp = ctx.person()
    ea = ctx.addr()
    wk = ctx.person(src=ctx.pick(["community", "community", "own", "other"]))
    wa = ctx.addr(near=ctx.chance(0.8))
    wdob = ctx.dob_date(20, 64)
    job = {"de": ctx.pick(["Haushaltshilfe", "Betreuungskraft", "Kinderbetreuung"]),
           "fr": ctx.pick(["aide ménagère", "garde d'enfants à domicile", "assistante de vie"]),
           "it": ctx.pick(["colf", "badante", "baby-sitter"]),
           "en": ctx.pick(["nanny", "housekeeper", "home carer"])}[lang]
    wage = ctx.money(12, 25)
    if v == 0:
        sec = {"de": {"DE": ("Haushaltsscheck – Anmeldung bei der Minijob-Zentrale", "Betriebsnummer",
                             "Rentenversicherungsnummer"),
                      "AT": ("Anmeldung geringfügig Beschäftigte im Privathaushalt (ÖGK)", "Dienstgeberkontonummer",
                             "Versicherungsnummer"),
                      "CH": ("Anmeldung Hausangestellte – vereinfachtes Abrechnungsverfahren", "Abrechnungsnummer",
                             "AHV-Nummer")},
               "fr": {"FR": ("CESU – déclaration d'embauche d'un salarié à domicile", "N° CESU employeur", "NIR"),
                      "BE": ("Déclaration Dimona – personnel domestique", "N° ONSS employeur", "NISS"),
                      "CH": ("Annonce d'une employée de maison – procédure simplifiée", "N° de décompte", "N° AVS"),
                      "LU": ("Déclaration d'entrée – salarié de maison (CCSS)", "Matricule employeur",
                             "Matricule")},
               "it": {"IT": ("Comunicazione di assunzione – lavoro domestico (INPS)", "Codice fiscale datore",
                             "Codice fiscale"),
                      "CH": ("Notifica collaboratrice domestica – procedura semplificata", "N. conteggio", "N. AVS")},
               "en": {"GB": ("Nanny payroll – new employee set-up", "Employer PAYE ref", "NI number"),
                      "IE": ("Domestic employee – Revenue registration details", "Employer reg. no.", "PPSN"),
                      "US": ("Household employee onboarding (Schedule H)", "EIN", "SSN"),
                      "CA": ("Household employee – payroll set-up", "CRA business no.", "SIN"),
                      "AU": ("Household employee – payroll set-up", "ABN", "TFN"),
                      "NZ": ("Household employee – payroll set-up", "Employer IRD no.", "IRD no.")}}[lang][ctx.cc]
        L = {"de": ("Arbeitgeber/in", "Name, Vorname", "Anschrift", "Telefon", "E-Mail", "Beschäftigte/r",
                    "Geburtsname", "Geburtsdatum", "Tätigkeit", "Beginn", "Stundenlohn", "Konto für Lastschrift"),
             "fr": ("Employeur", "Nom, prénom", "Adresse", "Téléphone", "Courriel", "Salarié(e)",
                    "Nom de naissance", "Date de naissance", "Emploi", "Date d'embauche", "Salaire horaire net",
                    "IBAN du salarié"),
             "it": ("Datore di lavoro", "Cognome e nome", "Indirizzo", "Telefono", "Email", "Lavoratore/trice",
                    "Cognome di nascita", "Data di nascita", "Mansione", "Data inizio", "Paga oraria",
                    "IBAN lavoratore"),
             "en": ("Employer", "Name", "Address", "Phone", "Email", "Employee", "Surname at birth",
                    "Date of birth", "Role", "Start date", "Hourly rate", "Bank details")}[lang]
        birth = P(ctx.person(g="m").last) if wk.g == "f" and ctx.chance(0.4) else "—"
        body = (f"{sec[0]}\n\n[{L[0]}]\n" + aligned([
            (L[1], P(emp.fmt(ctx.pick(["last, first", "LAST first"])))), (L[2], AD(ea.one())),
            (L[3], PH(ctx.phone("land", ea))), (L[4], EM(ctx.email(emp))),
            (sec[1], social_no(ctx) if ctx.cc == "IT" else ctx.ref("########"))])
            + f"\n\n[{L[5]}]\n" + aligned([
                (L[1], P(wk.fmt(ctx.pick(["last, first", "LAST first"])))), (L[6], birth),
                (L[7], DB(ctx.fdate(wdob))), (sec[2], social_no(ctx, wdob)), (L[2], AD(wa.one())),
                (L[3], PH(ctx.phone("mobile"))), (L[8], job), (L[9], ctx.plain_date(2027, 2027, 0)),
                (L[10], wage), (L[11], bank_cell(ctx))]))
        ask = {"de": "Ich melde zum ersten Mal eine Haushaltshilfe an. Kannst du prüfen, ob das Formular plausibel "
                     "ausgefüllt ist und was ich noch brauche?",
               "fr": "C'est la première fois que je déclare une employée à domicile. Tu peux vérifier que c'est "
                     "cohérent et me dire ce qu'il manque ?",
               "it": "È la prima volta che assumo una colf. Puoi controllare che il modulo sia compilato bene e "
                     "dirmi cosa manca?",
               "en": "First time employing someone at home. Can you check this form makes sense and tell me what "
                     "else I need?"}
        return request(ctx, body, ask)
    if v == 1:
        ice = ctx.person()
        start = ctx.plain_date(2027, 2027, 3)
        if lang == "de":
            body = (f"Arbeitsvertrag für eine {job}\n\nZwischen {name(emp)}, {AD(ea.one())} (Arbeitgeber/in), und "
                    f"{name(wk)}, geboren am {DB(ctx.fdate(wdob))}, wohnhaft {AD(wa.one())} (Arbeitnehmer/in), wird "
                    f"folgender Vertrag geschlossen:\n\n§ 1 Beginn und Tätigkeit. Das Arbeitsverhältnis beginnt am "
                    f"{start}. Die Tätigkeit umfasst Reinigung, Wäsche und Einkäufe im Haushalt.\n\n§ 2 "
                    f"Arbeitszeit und Vergütung. Die wöchentliche Arbeitszeit beträgt {ctx.randint(6, 12)} Stunden. "
                    f"Der Stundenlohn beträgt {wage} brutto. Die Vergütung wird zum Monatsende auf das Konto "
                    f"{IB(ctx.iban()) if ctx.has_iban() else ctx.ref('########')} überwiesen.\n\n§ 3 Urlaub. Es "
                    f"besteht Anspruch auf den gesetzlichen Mindesturlaub.\n\n§ 4 Notfallkontakt der Arbeitnehmerin/"
                    f"des Arbeitnehmers: {name(ice)}, Tel. {PH(ctx.phone('mobile'))}.\n\n{ea.town}, den "
                    f"{ctx.plain_date(2026, 2026, 0)}\n\n{name(emp)}                {name(wk)}")
            ask = [f"Ist dieser Vertrag für {'einen Minijob' if ctx.cc == 'DE' else 'eine Anstellung'} im "
                   f"Haushalt so in Ordnung? Was fehlt rechtlich?",
                   "Kannst du den Vertrag in einfaches Deutsch übertragen, damit meine Haushaltshilfe ihn versteht?"]
        elif lang == "fr":
            body = (f"Contrat de travail – {job}\n\nEntre {name(emp)}, {AD(ea.one())} (l'employeur), et {name(wk)}, "
                    f"{gw(wk, 'né', 'née')} le {DB(ctx.fdate(wdob))}, {gw(wk, 'domicilié', 'domiciliée')} "
                    f"{AD(wa.one())} (le salarié), il est convenu ce qui suit :\n\nArticle 1 – Engagement. Le contrat "
                    f"prend effet le {start}. Les tâches comprennent le ménage, le repassage et les courses.\n\n"
                    f"Article 2 – Durée et rémunération. La durée hebdomadaire est de {ctx.randint(6, 12)} heures, "
                    f"rémunérées {wage} brut de l'heure, par virement sur le compte "
                    f"{IB(ctx.iban()) if ctx.has_iban() else ctx.ref('########')}.\n\nArticle 3 – Congés. Le salarié "
                    f"bénéficie des congés payés légaux.\n\nArticle 4 – Personne à prévenir : {name(ice)}, "
                    f"{PH(ctx.phone('mobile'))}.\n\nFait à {ea.town}, le {ctx.plain_date(2026, 2026, 3)}\n\n"
                    f"{name(emp)}                {name(wk)}")
            ask = ["Ce contrat pour une employée à domicile tient la route ? Qu'est-ce qui manque ?",
                   "Tu peux reformuler ce contrat en français simple pour la salariée ?"]
        elif lang == "it":
            body = (f"Contratto di lavoro domestico – {job}\n\nTra {name(emp)}, residente in {AD(ea.one())} "
                    f"(datore di lavoro), e {name(wk)}, {gw(wk, 'nato', 'nata')} il {DB(ctx.fdate(wdob))}, residente "
                    f"in {AD(wa.one())} (lavoratore), si conviene quanto segue:\n\nArt. 1 – Assunzione. Il rapporto "
                    f"decorre dal {start}, livello B del CCNL lavoro domestico.\n\nArt. 2 – Orario e retribuzione. "
                    f"L'orario è di {ctx.randint(10, 25)} ore settimanali, con paga oraria di {wage} lordi, "
                    "accreditata "
                    f"sull'IBAN {IB(ctx.iban()) if ctx.has_iban() else ctx.ref('########')}.\n\nArt. 3 – Ferie. "
                    f"Spettano 26 giorni lavorativi di ferie all'anno.\n\nArt. 4 – Persona da contattare in caso di "
                    f"necessità: {name(ice)}, cell. {PH(ctx.phone('mobile'))}.\n\n{ea.town}, "
                    f"{ctx.plain_date(2026, 2026, 3)}\n\n{name(emp)}                {name(wk)}")
            ask = ["Questo contratto per la colf va bene così? Cosa manca secondo il CCNL?",
                   "Puoi riscrivere il contratto in italiano semplice per la lavoratrice?"]
        else:
            pay = (f"by bank transfer to IBAN {IB(ctx.iban())}" if ctx.has_iban() and ctx.cc != "GB"
                   else "by bank transfer to the account the Employee has given")
            body = (f"Contract of employment – {job}\n\nThis agreement is between {name(emp)} of {AD(ea.one())} (the "
                    f"Employer) and {name(wk)}, date of birth {DB(ctx.fdate(wdob))}, of {AD(wa.one())} (the "
                    f"Employee).\n\n1. Start and duties. Employment starts on {start}. Duties include childcare, "
                    f"school runs and light housekeeping.\n\n2. Hours and pay. The Employee will work "
                    f"{ctx.randint(15, 40)} hours a week at {wage} gross per hour, paid monthly {pay}.\n\n3. Holiday. "
                    f"The Employee is entitled to the statutory minimum holiday.\n\n4. Emergency contact: "
                    f"{name(ice)}, {PH(ctx.phone('mobile'))}.\n\nSigned on {ctx.plain_date(2026, 2026, 3)}\n\n"
                    f"{name(emp)}                {name(wk)}")
            ask = ["Is this nanny contract OK as it stands? What's missing legally?",
                   "Can you rewrite this contract in plain English for our nanny?"]
        return request(ctx, fill(body, ctx.randint(70, 92), ctx.rng), {lang: ask})
    if v == 2:
        delim = ctx.pick([";", ","])
        head = {"de": ["pers_nr", "arbeitgeber", "beschaeftigte", "geburtsdatum", "konto", "stunden", "brutto"],
                "fr": ["matricule", "employeur", "salarie", "date_naissance", "compte", "heures", "brut"],
                "it": ["matricola", "datore", "lavoratore", "data_nascita", "conto", "ore", "lordo"],
                "en": ["payroll_id", "employer", "employee", "dob", "bank", "hours", "gross"]}[lang]
        rows = [head]
        for _ in range(ctx.randint(4, 5)):
            e = ctx.person()
            w = ctx.person(src=ctx.pick(["community", "own"]))
            rows.append([ctx.ref("HH-####"), P(e.fmt("last, first")), P(w.fmt("last, first")),
                         DB(ctx.dob(20, 66, style=ctx.pick([0, 5]))), bank_cell(ctx), str(ctx.randint(20, 80)),
                         ctx.money(300, 1900)])
        body = "\n".join(csv_row(r, delim) for r in rows)
        ask = {"de": "Export aus unserem Lohnprogramm für Privathaushalte. Wer liegt über "
                     + {"DE": "der Minijob-Grenze", "AT": "der Geringfügigkeitsgrenze",
                        "CH": "dem Freibetrag"}.get(ctx.cc, "der Grenze") + "? Bitte als kurze Liste.",
               "fr": "Export de notre logiciel de paie pour particuliers employeurs. Qui dépasse 1 000 € brut ? Fais "
                     "une liste courte.",
               "it": "Export del nostro gestionale paghe per famiglie. Chi supera i 1.000 € lordi? Fammi un elenco "
                     "breve.",
               "en": "Export from our household payroll tool. Who is over the threshold this month? Short list please."}
        return request(ctx, body, ask, fence=ctx.pick(["", "csv"]))
    # v == 3: chat between the family and the carer
    gran = ctx.relative(emp, g="f", same_last=0.6)
    ga = ctx.addr(near=True)
    gp = ctx.person()
    chat = Chat(ctx)
    e1 = name(emp, "first")
    w1 = name(wk, ctx.pick(["first", "full"]))
    new_ph = ctx.phone("mobile")
    if lang == "de":
        chat.say(w1, f"Guten Morgen, ich habe eine neue Nummer: {PH(new_ph)}")
        chat.say(e1, "Danke! Für die Anmeldung brauche ich noch dein Geburtsdatum und die IBAN")
        chat.say(w1, f"{DB(ctx.fdate(wdob))}. Konto: {bank_cell(ctx)}")
        chat.say(e1, f"Perfekt. Morgen bitte zuerst zu Oma {name(gran, 'first')}, {AD(ga.one())}. Sie hat um 11 "
                     f"einen Termin bei Dr. {name(gp, 'last')}, Praxis {PH(ctx.phone('land', ga))}")
        chat.say(w1, "ok 👍 soll ich den Schlüssel beim Nachbarn holen?")
        chat.say(e1, f"Ja, bei {name(ctx.person(), 'last')} im 1. Stock")
        ask = (f"Kannst du mir aus dem Chat die Daten für die Anmeldung bei der "
               f"{ {'DE': 'Minijob-Zentrale', 'AT': 'ÖGK', 'CH': 'Ausgleichskasse'}[ctx.cc]} heraussuchen?")
    elif lang == "fr":
        chat.say(w1, f"Bonjour, j'ai changé de numéro : {PH(new_ph)}")
        chat.say(e1, "Merci ! Pour la déclaration il me faut ta date de naissance et ton IBAN")
        chat.say(w1, f"{DB(ctx.fdate(wdob))}. Compte : {bank_cell(ctx)}")
        chat.say(e1, f"Parfait. Demain passe d'abord chez mamie {name(gran, 'first')}, {AD(ga.one())}. Elle a "
                     f"rendez-vous à 11 h chez le Dr {name(gp, 'last')}, cabinet {PH(ctx.phone('land', ga))}")
        chat.say(w1, "ok 👍 je récupère la clé chez le voisin ?")
        nb = ctx.person()
        chat.say(e1, f"Oui, chez {sal(lang, nb)} {name(nb, 'last')} au 1er")
        ask = "Tu peux retrouver dans cette conversation les infos dont j'ai besoin pour la déclaration ?"
    elif lang == "it":
        chat.say(w1, f"Buongiorno signora, ho un numero nuovo: {PH(new_ph)}")
        chat.say(e1, "Grazie! Per l'assunzione mi servono la tua data di nascita e l'IBAN")
        chat.say(w1, f"{DB(ctx.fdate(wdob))}. Conto: {bank_cell(ctx)}")
        chat.say(e1, f"Perfetto. Domani prima passa dalla nonna {name(gran, 'first')}, {AD(ga.one())}. Alle 11 ha "
                     f"la visita dal dottor {name(gp, 'last')}, studio {PH(ctx.phone('land', ga))}")
        chat.say(w1, "ok 👍 prendo le chiavi dal vicino?")
        chat.say(e1, f"Sì, da {name(ctx.person(), 'last')} al primo piano")
        ask = "Mi trovi nella chat i dati che mi servono per la comunicazione di assunzione all'INPS?"
    else:
        chat.say(w1, f"Morning! I've got a new number: {PH(new_ph)}")
        chat.say(e1, "Thanks! For payroll I still need your date of birth and bank details")
        chat.say(w1, f"{DB(ctx.fdate(wdob))}. Bank: {bank_cell(ctx)}")
        chat.say(e1, f"Perfect. Tomorrow please go to Nan {name(gran, 'first')} first, {AD(ga.one())}. She has an "
                     f"appointment with Dr {name(gp, 'last')} at 11, surgery {PH(ctx.phone('land', ga))}")
        chat.say(w1, "ok 👍 shall I get the key from next door?")
        chat.say(e1, f"Yes, from the {name(ctx.person(), 'last')}s upstairs")
        ask = "Can you pull the details I need for the payroll sign-up out of this chat?"
    return request(ctx, chat.text(), {lang: ask})


FA_PROVIDER = {"de": "Erste-Hilfe-Schulungen", "fr": "Formation Secourisme", "it": "Formazione Sicurezza",
               "en": "First Aid Training"}


def t_firstaid(ctx: Ctx) -> str:
    lang, v = ctx.lang, ctx.variant
    prov = ctx.company(FA_PROVIDER[lang])
    pa = ctx.addr()
    trainer = ctx.person()
    course = ctx.ref("EH-26-####") if lang == "de" else ctx.ref("SST-26-###") if lang == "fr" else \
        ctx.ref("PS-26/###") if lang == "it" else f"FAW-{ctx.ref('####')}"
    cdate = ctx.plain_date(2026, 2027, 0)
    if v == 0:
        firms = [ctx.company() for _ in range(2)]
        rows = []
        for k in range(ctx.randint(6, 8)):
            p = ctx.person()
            d = DB(ctx.dob(18, 63, style=ctx.pick([0, 0, 1, 2]) if lang != "en" else None))
            f = ctx.pick(firms)
            sig = ctx.pick(["✓", "(unterschrieben)" if lang == "de" else "(signé)" if lang == "fr" else
                            "(firmato)" if lang == "it" else "(signed)", "", "✓"])
            if lang == "de":
                rows.append([str(k + 1), P(p.fmt("last, first")), d, f, ctx.ref("##########"), sig])
            elif lang == "fr":
                rows.append([str(k + 1), P(p.last.upper()), P(p.first), d, f, sig, sig])
            elif lang == "it":
                rows.append([str(k + 1), P(p.fmt("last first")), d, ctx.ref("AAAAAA##A##A###A"), f, sig])
            else:
                rows.append([str(k + 1), P(p.full()), d, f, sig])
        head = {"de": ["Nr.", "Name, Vorname", "Geburtsdatum", "Unternehmen", "Mitgl.-Nr. UV-Träger", "Unterschrift"],
                "fr": ["N°", "NOM", "Prénom", "Date de naissance", "Entreprise", "Matin", "Après-midi"],
                "it": ["N.", "Cognome e nome", "Data di nascita", "Codice fiscale", "Azienda", "Firma"],
                "en": ["No", "Name", "Date of birth", "Employer", "Signature"]}[lang]
        title = {"de": f"Teilnahmeliste Erste-Hilfe-Ausbildung (9 UE) – Lehrgang {course}",
                 "fr": f"Feuille d'émargement – formation initiale SST – session {course}",
                 "it": f"Registro presenze – corso di primo soccorso aziendale (gruppo B/C) – {course}",
                 "en": f"Attendance register – First Aid at Work (3 days) – course {course}" if ctx.cc in ("GB", "IE")
                 else f"Attendance roster – First Aid/CPR/AED – class {course}"}[lang]
        where = {"de": "Ort", "fr": "Lieu", "it": "Sede", "en": "Venue"}[lang]
        tr = {"de": "Ausbilder/in", "fr": "Formateur", "it": "Docente", "en": "Trainer"}[lang]
        table = md_table(head, rows) if ctx.chance(0.5) else "\n".join("\t".join(r) for r in [head, *rows])
        body = (f"{title}\n{prov} · {where}: {AD(pa.one())} · {cdate}\n{tr}: {name(trainer)} "
                f"({'Lizenz' if lang == 'de' else 'n°' if lang == 'fr' else 'abil.' if lang == 'it' else 'cert.'} "
                f"{ctx.ref('###/####')})\n\n" + table)
        ask = {"de": ["Die Berufsgenossenschaft will die Teilnahmeliste digital. Kannst du mir die Tabelle als CSV "
                      "ausgeben und fehlende Unterschriften markieren?",
                      "Bitte zähl, wie viele Teilnehmende pro Unternehmen da waren."],
               "fr": [("L'OPCO" if ctx.cc == "FR" else "L'organisme certificateur")
                      + " veut la feuille d'émargement en numérique. Tu peux me la sortir en CSV et signaler les "
                      "signatures manquantes ?", "Compte le nombre de stagiaires par entreprise, stp."],
               "it": ["Il fondo interprofessionale vuole il registro in digitale. Mi fai un CSV e segnali le firme "
                      "mancanti?", "Conta quanti partecipanti ci sono per azienda."],
               "en": ["The awarding body wants the register electronically. Can you output it as CSV and flag "
                      "missing signatures?", "Please count attendees per employer."]}
        return request(ctx, body, ask)
    if v == 1:
        certs = []
        pph = ctx.phone("land", pa)
        for _ in range(2):
            p = ctx.person()
            d = ctx.dob(18, 63)
            if lang == "de":
                certs.append(f"BESCHEINIGUNG\nüber die Teilnahme an einer Erste-Hilfe-Ausbildung\n\n"
                             f"{gw(p, 'Herr', 'Frau')} {name(p)}\ngeboren am {DB(d)}\nhat am {cdate} an der "
                             f"Erste-Hilfe-Ausbildung (9 Unterrichtseinheiten) teilgenommen.\n\nLehrgangs-Nr. {course}"
                             f"\nAusbildungsstelle: {prov}, {AD(pa.one())}, Tel. {PH(pph)}\n"
                             f"Ausbilder/in: {name(trainer)}\nDiese Bescheinigung gilt zwei Jahre.")
            elif lang == "fr":
                certs.append(f"CERTIFICAT DE SAUVETEUR SECOURISTE DU TRAVAIL\n\n{sal(lang, p, False)} {name(p)}\n"
                             f"{gw(p, 'né', 'née')} le {DB(d)}\na suivi avec succès la formation initiale SST le "
                             f"{cdate}.\n\nSession n° {course}\nOrganisme de formation : {prov}, {AD(pa.one())}, tél. "
                             f"{PH(pph)}\nFormateur : {name(trainer)}\nValidité : 24 mois.")
            elif lang == "it":
                certs.append(f"ATTESTATO DI FREQUENZA\ncorso di primo soccorso aziendale\n\n"
                             f"{sal(lang, p)} {name(p)}\n{gw(p, 'nato', 'nata')} il {DB(d)}\nha frequentato il corso "
                             f"di 12 ore concluso il {cdate}.\n\nCorso n. {course}\nEnte formatore: {prov}, "
                             f"{AD(pa.one())}, tel. {PH(pph)}\nDocente: {name(trainer)}\n"
                             f"Aggiornamento entro tre anni.")
            else:
                certs.append(f"CERTIFICATE OF COMPETENCE\nFirst Aid at Work\n\nThis is to certify that {name(p)}\n"
                             f"date of birth {DB(d)}\nsuccessfully completed the course ending {cdate}.\n\n"
                             f"Course ref {course}\nTraining provider: {prov}, {AD(pa.one())}, tel. "
                             f"{PH(pph)}\nTrainer: {name(trainer)}\nValid for three years.")
        body = upper(("\n\n" + "-" * 40 + "\n\n").join(certs), ctx.rng)
        ask = {"de": "Zwei eingescannte Bescheinigungen, die Texterkennung ist holprig. Bitte schreib mir Name, "
                     "Geburtsdatum, Kursdatum und Gültigkeit sauber heraus.",
               "fr": "Deux certificats scannés, l'OCR est approximatif. Recopie-moi proprement nom, date de "
                     "naissance, date et validité.",
               "it": "Due attestati scansionati, l'OCR non è granché. Riportami nome, data di nascita, data del "
                     "corso e scadenza.",
               "en": "Two scanned certificates, the OCR is a bit rough. Please pull out name, date of birth, course "
                     "date and expiry cleanly."}
        return request(ctx, body, ask)
    if v == 2:
        hr = ctx.person()
        firm = ctx.company()
        fdom = slug(firm) + "." + TLD[ctx.cc]
        tdom = slug(prov) + "." + TLD[ctx.cc]
        staff = [ctx.person() for _ in range(ctx.randint(3, 4))]
        lines = []
        for p in staff:
            lines.append(f"- {name(p, ctx.pick(['full', 'last, first']))}, {DB(ctx.dob(19, 62))}, "
                         f"{ {'de': 'Pers.-Nr.', 'fr': 'matricule', 'it': 'matr.', 'en': 'staff no.'}[lang]} "
                         f"{ctx.ref('#####')}")
        hm, tm = ctx.email(hr, domain=fdom), ctx.email(trainer, domain=tdom)
        pay = ""
        if ctx.chance(0.5):
            holder = hr if ctx.chance(0.6) else ctx.person()
            pay = {"de": "\n\nBezahlung bitte über die Firmenkreditkarte: {c}, gültig bis {e}, Inhaber/in {h}.",
                   "fr": "\n\nRèglement par la carte de l'entreprise : {c}, exp. {e}, titulaire {h}.",
                   "it": "\n\nPagamento con la carta aziendale: {c}, scad. {e}, titolare {h}.",
                   "en": "\n\nPlease charge the company card: {c}, exp {e}, cardholder {h}."}[lang].format(
                c=CA(ctx.card()), e=f"{ctx.randint(1, 12):02d}/{ctx.randint(27, 31)}", h=name(holder))
        ext = ctx.randint(100, 899)
        fa = ctx.addr(near=True)
        if lang == "de":
            body = (f"Von: {name(hr)} <{EM(hm)}>\nAn: {name(trainer)} <{EM(tm)}>\nBetreff: Anmeldung Ersthelfer "
                    f"Lehrgang {course}\n\nHallo {gw(trainer, 'Herr', 'Frau')} {name(trainer, 'last')},\n\nfür den "
                    f"Lehrgang am {cdate} melden wir folgende Mitarbeitende an (Geburtsdaten für die Bescheinigung):\n"
                    + "\n".join(lines) + pay + "\n\n"
                    + ("" if pay else f"Die Abrechnung läuft direkt über die "
                                      f"{ {'DE': 'BG', 'AT': 'AUVA', 'CH': 'Suva'}[ctx.cc]}. ")
                    + f"Treffpunkt ist unser "
                    f"Standort {AD(fa.one())}, Pforte.\n\nViele Grüße\n{name(hr)}\nPersonalabteilung · {firm}\nTel. "
                    f"{PH(ctx.phone('land', fa))} Durchwahl {ext}\n\n> {name(trainer, 'first')} schrieb:\n> gern, "
                    f"bitte bis Freitag Namen und Geburtsdaten schicken. Bei Rückfragen: {PH(ctx.phone('mobile'))}\n"
                    f"> {prov}, {AD(pa.one())}")
            ask = "Kannst du mir aus der Mail eine Teilnehmerliste für den Kurs als Tabelle machen?"
        elif lang == "fr":
            body = (f"De : {name(hr)} <{EM(hm)}>\nÀ : {name(trainer)} <{EM(tm)}>\nObjet : Inscriptions SST session "
                    f"{course}\n\nBonjour {sal(lang, trainer)} {name(trainer, 'last')},\n\npour la session du "
                    f"{cdate}, nous inscrivons les salariés suivants (dates de naissance pour les certificats) :\n"
                    + "\n".join(lines) + pay + f"\n\nLa formation a lieu sur notre site, {AD(fa.one())}, accueil.\n\n"
                    f"Cordialement,\n{name(hr)}\nRessources humaines · {firm}\nTél. {PH(ctx.phone('land', fa))} "
                    f"poste {ext}\n\n> {name(trainer, 'first')} a écrit :\n> avec plaisir, envoyez-moi les noms et "
                    f"dates de naissance d'ici vendredi. Pour toute question : {PH(ctx.phone('mobile'))}\n> {prov}, "
                    f"{AD(pa.one())}")
            ask = "Tu peux me faire à partir de ce mail la liste des inscrits sous forme de tableau ?"
        elif lang == "it":
            body = (f"Da: {name(hr)} <{EM(hm)}>\nA: {name(trainer)} <{EM(tm)}>\nOggetto: Iscrizioni corso primo "
                    f"soccorso {course}\n\nBuongiorno {name(trainer, 'first')},\n\nper il corso del {cdate} "
                    f"iscriviamo i seguenti dipendenti (date di nascita per gli attestati):\n" + "\n".join(lines) + pay
                    + f"\n\nIl corso si tiene nella nostra sede di {AD(fa.one())}, reception.\n\nCordiali saluti\n"
                    f"{name(hr)}\nUfficio personale · {firm}\nTel. {PH(ctx.phone('land', fa))} int. {ext}\n\n> "
                    f"{name(trainer, 'first')} ha scritto:\n> volentieri, mandatemi nomi e date di nascita entro "
                    f"venerdì. Per domande: {PH(ctx.phone('mobile'))}\n> {prov}, {AD(pa.one())}")
            ask = "Mi prepari da questa mail l'elenco degli iscritti in tabella?"
        else:
            body = (f"From: {name(hr)} <{EM(hm)}>\nTo: {name(trainer)} <{EM(tm)}>\nSubject: Bookings for course "
                    f"{course}\n\nHi {name(trainer, 'first')},\n\nfor the course on {cdate} please book the following "
                    f"staff (dates of birth for the certificates):\n" + "\n".join(lines) + pay
                    + f"\n\nThe course will run at our site, {AD(fa.one())} – ask at reception.\n\nThanks,\n"
                    f"{name(hr)}\nHR · {firm}\nTel {PH(ctx.phone('land', fa))} ext. {ext}\n\n> "
                    f"{name(trainer, 'first')} wrote:\n> happy to, please send names and dates of birth by Friday. "
                    f"Any questions: {PH(ctx.phone('mobile'))}\n> {prov}, {AD(pa.one())}")
            ask = "Can you turn this email into an attendee table for the course?"
        return request(ctx, body, ask)
    # v == 3: LMS JSON export
    firm = ctx.company()
    fdom = slug(firm) + "." + TLD[ctx.cc]
    users = []
    for _ in range(ctx.randint(3, 4)):
        p = ctx.person()
        d = rand_date(ctx.rng, 1962, 2006)
        users.append({"userId": ctx.randint(1000, 9999), "firstName": P(p.first), "lastName": P(p.last),
                      "email": EM(ctx.email(p, domain=fdom)),
                      "mobile": PH(ctx.phone("mobile", intl=True)) if ctx.chance(0.6) else None,
                      "birthDate": DB(f"{d.year}-{d.month:02d}-{d.day:02d}"),
                      "course": course, "status": ctx.pick(["completed", "completed", "no_show", "enrolled"]),
                      "score": ctx.randint(60, 100), "validUntil": f"{ctx.randint(2027, 2029)}-{ctx.randint(1, 12):02d}"
                                                                  f"-{ctx.randint(1, 28):02d}"})
    obj = {"tenant": slug(firm), "exportedAt": "2026-12-0" + str(ctx.randint(1, 4)) + "T08:00:00Z",
           "trainer": {"name": P(trainer.full()), "email": EM(ctx.email(trainer,
                                                                        domain=slug(prov) + "." + TLD[ctx.cc]))},
           "enrolments": users}
    body = jdump(obj, indent=ctx.pick([2, None]), ascii_only=ctx.chance(0.3))
    check_json(body)
    ask = {"de": "Export aus unserer Lernplattform. Wer hat den Erste-Hilfe-Kurs nicht abgeschlossen? Bitte mit "
                 "Mailadresse, damit ich erinnern kann.",
           "fr": "Export de notre plateforme de formation. Qui n'a pas terminé le SST ? Avec l'e-mail pour les "
                 "relancer.",
           "it": "Export della piattaforma e-learning. Chi non ha completato il corso? Con email per il sollecito.",
           "en": "Export from our LMS. Who hasn't completed first aid? Include emails so I can chase them."}
    return request(ctx, body, ask, fence="json")


PETS = ["Minka", "Balu", "Fripouille", "Pepe", "Luna", "Biscuit", "Oskar", "Nala", "Tigrou", "Pixel"]


def t_homeswap(ctx: Ctx) -> str:
    lang, v = ctx.lang, ctx.variant
    a1 = ctx.addr()
    og = ctx.other_geo()
    a2 = ctx.addr(geo=og)
    h1 = ctx.person()
    h1b = ctx.relative(h1, g="f" if h1.g == "m" else "m", same_last=0.6)
    h2 = ctx.person(geo=og if og in OWN_SURNAMES else None)
    h2b = ctx.relative(h2, g="f" if h2.g == "m" else "m", same_last=0.7)
    d1, d2 = ctx.date_span(2027, (7, 24))
    pet = ctx.pick(PETS)
    if v == 0:
        nb = ctx.person()
        nb_a = ctx.addr(near=True)
        L = {"de": ("Vereinbarung zum Haustausch", "Familie 1", "Familie 2", "Adresse", "Telefon", "E-Mail",
                    "Zeitraum", "Auto", "Kennzeichen", "Mitversicherte Fahrer (mit Geburtsdatum für die Versicherung)",
                    "Schlüssel / Notfallkontakt vor Ort", "Haustiere", "WLAN", "Passwort", "Unterschriften"),
             "fr": ("Accord d'échange de maisons", "Famille 1", "Famille 2", "Adresse", "Téléphone", "E-mail",
                    "Période", "Voiture", "Immatriculation", "Conducteurs déclarés (date de naissance pour l'assureur)",
                    "Clés / contact d'urgence sur place", "Animaux", "Wi-Fi", "Mot de passe", "Signatures"),
             "it": ("Accordo di scambio casa", "Famiglia 1", "Famiglia 2", "Indirizzo", "Telefono", "Email",
                    "Periodo", "Auto", "Targa", "Conducenti autorizzati (data di nascita per l'assicurazione)",
                    "Chiavi / contatto di emergenza", "Animali", "Wi-Fi", "Password", "Firme"),
             "en": ("Home exchange agreement", "Family 1", "Family 2", "Address", "Phone", "Email", "Dates", "Car",
                    "Registration", "Named drivers (date of birth for the insurer)", "Keys / local emergency contact",
                    "Pets", "Wi-Fi", "Password", "Signed")}[lang]

        def fam(h: Person, hb: Person, a: Addr) -> str:
            return (f"{name(h)} & {name(hb, 'first')}\n{L[3]}: {AD(a.one())}\n{L[4]}: "
                    f"{PH(ctx.phone('mobile', addr=a, intl=True))}\n{L[5]}: {EM(ctx.email(h, geo=a.geo))}")

        drivers = f"{name(h2)} ({DB(ctx.dob(28, 70))}), {name(h2b)} ({DB(ctx.dob(28, 70))})"
        body = (f"{L[0]}\n\n{L[1]}:\n{fam(h1, h1b, a1)}\n\n{L[2]}:\n{fam(h2, h2b, a2)}\n\n{L[6]}: {d1} – {d2}\n\n"
                f"{L[7]} ({L[1]}): "
                f"{ctx.pick(['VW Touran', 'Skoda Octavia Combi', 'Peugeot 308', 'Fiat Tipo', 'Toyota Corolla'])}, "
                f"{L[8]} {ctx.plate()}\n{L[9]}: {drivers}\n\n{L[10]}: {name(nb)}, {AD(nb_a.street)}, "
                f"{PH(ctx.phone('land', nb_a))}\n{L[11]}: {pet} "
                f"({'Katze' if lang == 'de' else 'chat' if lang == 'fr' else 'gatto' if lang == 'it' else 'cat'})"
                f"\n{L[12]}: {ctx.pick(['FRITZ!Box 7590 XY', 'Livebox-4A21', 'TIM-2231', 'VM8834123'])} – {L[13]}: "
                f"{ctx.ref('####-AAAA-####')}\n\n{L[14]}: {name(h1)} / {name(h2)}")
        ask = {"de": ["Wir machen zum ersten Mal Haustausch. Kannst du die Vereinbarung durchsehen – fehlt etwas "
                      "Wichtiges (Versicherung, Schäden, Nebenkosten)?", "Bitte übersetz die Vereinbarung ins "
                      "Englische, damit die andere Familie sie auch versteht."],
               "fr": ["Premier échange de maison pour nous. Tu peux relire l'accord : il manque quelque chose "
                      "d'important ?", "Traduis l'accord en anglais pour l'autre famille, stp."],
               "it": ["È il nostro primo scambio casa. Puoi rileggere l'accordo: manca qualcosa di importante?",
                      "Traduci l'accordo in inglese per l'altra famiglia."],
               "en": ["Our first home swap. Can you read through the agreement – anything important missing?",
                      "Please translate this agreement into German for the other family."]}
        return request(ctx, body, ask)
    if v == 1:
        nb = ctx.person()
        t = {"de": ("Hallo {h1}, danke für die Anfrage! Unser Haus ist in den Ferien frei, eure Wohnung klingt toll.",
                    "Super! Dann fix: {d1} bis {d2}. Meine Handynummer für WhatsApp: {ph}",
                    "Bestätigt 🙂 Unsere Adresse: {addr}. Den Schlüssel bekommt ihr bei {nb} im Erdgeschoss, "
                    "Tel. {nbph}.",
                    "Danke! Unsere Adresse für euch: {addr2}. Ich bin {h2b}s {rel}, meine Nummer: {ph2}"),
             "fr": ("Bonjour {h1}, merci pour la demande ! Notre maison est libre pendant les vacances, votre "
             "appartement a "
                    "l'air super.",
                    "Génial ! Alors c'est calé : du {d1} au {d2}. Mon portable pour WhatsApp : {ph}",
                    "Confirmé 🙂 Notre adresse : {addr}. Vous récupérez les clés chez {nb} au rez-de-chaussée, "
                    "tél. {nbph}.",
                    "Merci ! Notre adresse pour vous : {addr2}. Je suis {rel} {de}{h2b}, mon numéro : {ph2}"),
             "it": ("Ciao {h1}, grazie per la richiesta! La nostra casa è libera durante le vacanze, il vostro "
             "appartamento "
                    "sembra bellissimo.",
                    "Perfetto! Allora confermiamo: dal {d1} al {d2}. Il mio cellulare per WhatsApp: {ph}",
                    "Confermato 🙂 Il nostro indirizzo: {addr}. Le chiavi le trovate da {nb} al piano terra, "
                    "tel. {nbph}.",
                    "Grazie! Il nostro indirizzo: {addr2}. Sono {rel} di {h2b}, il mio numero: {ph2}"),
             "en": ("Hi {h1}, thanks for the request! Our house is free over the holidays and your flat looks lovely.",
                    "Great! Let's confirm {d1} to {d2}. My mobile for WhatsApp: {ph}",
                    "Confirmed 🙂 Our address: {addr}. You can pick up the keys from {nb} on the ground floor, "
                    "tel. {nbph}.",
                    "Thanks! Our address for you: {addr2}. I'm {h2b}'s {rel}, my number: {ph2}")}[lang]
        rel = {"de": gw(h1, "Mann", "Frau"), "fr": gw(h1, "le mari", "la femme"), "it": gw(h1, "il marito",
                                                                                           "la moglie"),
               "en": gw(h1, "husband", "wife")}[lang]
        msgs = [
            (h2, a2, t[0].format(h1=name(h1, "first"))),
            (h1, a1, t[1].format(d1=d1, d2=d2, ph=PH(ctx.phone("mobile", addr=a1, intl=True)))),
            (h2, a2, t[2].format(addr=AD(a2.one()), nb=name(nb, ctx.pick(["full", "last"])),
                                 nbph=PH(ctx.phone("land", a2)))),
            (h1, a1, t[3].format(addr2=AD(a1.one()), h2b=name(h1b, "first"), rel=rel,
                                 de="d'" if fold(h1b.first)[0] in "AEIOUYaeiouy" else "de ",
                                 ph2=PH(ctx.phone("mobile", addr=a1, intl=True)))),
        ]
        out = []
        day = rand_date(ctx.rng, 2026, 2026)
        for who, a, msg in msgs:
            day += timedelta(days=ctx.randint(0, 3))
            out.append(f"{name(who, 'first')} ({a.town}) · {day.day} {MONTHS_ABBR[lang][day.month - 1]}\n{msg}")
        body = "\n\n".join(out)
        ask = {"de": "Das ist unser Nachrichtenverlauf auf der Tauschplattform. Mach mir bitte eine Übersicht: wer, "
                     "wann, wo, Schlüssel, Telefonnummern.",
               "fr": "Voici nos messages sur la plateforme d'échange. Fais-moi un récap : qui, quand, où, clés, "
                     "numéros.",
               "it": "Questi sono i messaggi sulla piattaforma di scambio. Fammi un riepilogo: chi, quando, dove, "
                     "chiavi, numeri.",
               "en": "These are our messages on the swap platform. Give me a summary: who, when, where, keys, phone "
                     "numbers."}
        return request(ctx, body, ask)
    if v == 2:
        nb1, nb2 = ctx.person(), ctx.person()
        gp = ctx.person()
        clean = ctx.person()
        plumber = ctx.person()
        gp_a = ctx.addr(near=True)
        L = {"de": ("Hausbuch für unsere Gäste", "Adresse fürs Navi", "Wichtige Nummern", "Wer", "Nummer",
                    "Nachbarn links", "Nachbarn gegenüber (haben einen Schlüssel)", "Hausarzt", "Putzhilfe (kommt "
                    "dienstags, ist bezahlt)", "Installateur", "Notruf", "Giftnotruf", "Müll", "Bio: Montag, Rest: "
                    "Donnerstag (Tonnen an die Straße)"),
             "fr": ("Guide de la maison pour nos invités", "Adresse pour le GPS", "Numéros utiles", "Qui", "Numéro",
                    "Voisins de gauche", "Voisins d'en face (ont un double des clés)", "Médecin traitant",
                    "Femme de ménage (vient le mardi, déjà payée)", "Plombier", "Urgences", "Centre antipoison",
                    "Poubelles", "bio le lundi, ordures le jeudi (bacs sur le trottoir)"),
             "it": ("Manuale di casa per i nostri ospiti", "Indirizzo per il navigatore", "Numeri utili", "Chi",
                    "Numero", "Vicini a sinistra", "Vicini di fronte (hanno le chiavi)", "Medico di base",
                    "Signora delle pulizie (viene il martedì, già pagata)", "Idraulico", "Emergenze",
                    "Centro antiveleni", "Rifiuti", "umido lunedì, indifferenziato giovedì"),
             "en": ("House manual for our guests", "Address for the sat-nav", "Useful numbers", "Who", "Number",
                    "Neighbours (left)", "Neighbours opposite (have a spare key)", "GP", "Cleaner (comes Tuesdays, "
                    "already paid)", "Plumber", "Emergency", "Poison line", "Bins", "food waste Monday, general "
                    "Thursday (bins out the night before)")}[lang]
        dr = {"de": "Dr.", "fr": "Dr", "it": "dott.", "en": "Dr"}[lang]
        rows = [[L[5], f"{name(nb1, ctx.pick(['full', 'last']))}", PH(ctx.phone("land", a1))],
                [L[6], f"{name(nb2)}", PH(ctx.phone("mobile"))],
                [L[7], f"{dr} {name(gp, 'last')}, {AD(gp_a.one())}", PH(ctx.phone("land", gp_a))],
                [L[8], name(clean, "first"), PH(ctx.phone("mobile"))],
                [L[9], f"{name(plumber)} ({ctx.company()})", PH(ctx.phone("mobile"))],
                [L[10], "", EMERGENCY[ctx.cc]], [L[11], "", ctx.hotline()]]
        body = (f"# {L[0]}\n\n## {L[1]}\n\n{AD(a1.one())}\n\n## {'WLAN' if lang == 'de' else 'Wi-Fi'}\n\n"
                f"{ctx.pick(['FRITZ!Box 7530 QK', 'Livebox-9C2F', 'FASTWEB-2G-88', 'SKY8A1F2'])} · "
                f"{ctx.ref('AAAA-####-AAAA')}\n\n## {L[2]}\n\n" + md_table([L[3], "", L[4]], rows)
                + f"\n\n## {L[12]}\n\n{L[13]}\n\n## {pet}\n\n"
                + {"de": f"{pet} bekommt morgens und abends eine halbe Dose. Sie darf raus.",
                   "fr": f"{pet} mange une demi-boîte matin et soir et peut sortir.",
                   "it": f"{pet} mangia mezza scatoletta mattina e sera. Può uscire.",
                   "en": f"{pet} gets half a tin morning and evening and is allowed out."}[lang])
        ask = {"de": "Das ist unser Hausbuch für die Tauschgäste. Kannst du es freundlicher formulieren und auf "
                     "Englisch übersetzen?",
               "fr": "Voici notre guide de la maison pour les invités. Tu peux le rendre plus chaleureux et le "
                     "traduire en anglais ?",
               "it": "Questo è il manuale di casa per gli ospiti. Puoi renderlo più cordiale e tradurlo in inglese?",
               "en": "This is our house manual for the swap guests. Can you make it friendlier and translate it "
                     "into French?"}
        return request(ctx, body, ask)
    # v == 3: lower-case mail to a friend with a forwarded confirmation
    friend = ctx.person()
    iban = ctx.iban() if ctx.has_iban() else ""
    mid = ctx.ref("HX-#######")
    if lang == "de":
        mail = (f"hey {name(friend, 'first')},\n\nstell dir vor, der tausch mit {name(h2, 'first')} und "
                f"{name(h2b, 'first')} hat geklappt! unten die bestätigung. kannst du in der zeit ab und zu nach "
                f"unseren pflanzen schauen? der ersatzschlüssel ist bei dir, oder?\n\nlg {name(h1, 'first')}")
        conf = (f"---------- weitergeleitete nachricht ----------\nbetreff: dein tausch ist bestätigt ({mid})\n\n"
                f"gäste: {name(h2)} + 3\nadresse der gäste: {AD(a2.one())}\ntelefon der gäste: "
                f"{PH(ctx.phone('mobile', addr=a2, intl=True))}\nzeitraum: {d1} – {d2}\nkaution: wird über die "
                f"plattform hinterlegt" + (f"\nrückzahlung der kaution an: {IB(iban)} ({name(h1)})" if iban else ""))
        ask = (f"ich will das an {gw(friend, 'meinen freund', 'meine freundin')} schicken, aber es klingt so holprig. "
               f"kannst du die mail glätten?")
    elif lang == "fr":
        mail = (f"coucou {name(friend, 'first')},\n\nl'échange avec {name(h2, 'first')} et {name(h2b, 'first')} "
                f"est confirmé ! je te transfère la confirmation. tu pourras passer arroser les plantes de temps en "
                f"temps ? tu as toujours le double des clés ?\n\nbisous, {name(h1, 'first')}")
        conf = (f"---------- message transféré ----------\nobjet : ton échange est confirmé ({mid})\n\ninvités : "
                f"{name(h2)} + 3\nadresse des invités : {AD(a2.one())}\ntéléphone : "
                f"{PH(ctx.phone('mobile', addr=a2, intl=True))}\ndates : {d1} – {d2}\ncaution : déposée via la "
                f"plateforme" + (f"\nremboursement de la caution sur : {IB(iban)} ({name(h1)})" if iban else ""))
        ask = (f"je veux envoyer ça à {gw(friend, 'un ami', 'une amie')} mais c'est mal écrit. tu peux reformuler le "
               f"mail ?")
    elif lang == "it":
        mail = (f"ciao {name(friend, 'first')},\n\nlo scambio con {name(h2, 'first')} e {name(h2b, 'first')} è "
                f"confermato! ti inoltro la conferma. riesci a passare ogni tanto per le piante? hai ancora le "
                f"chiavi di scorta?\n\nun abbraccio, {name(h1, 'first')}")
        conf = (f"---------- messaggio inoltrato ----------\noggetto: il tuo scambio è confermato ({mid})\n\nospiti: "
                f"{name(h2)} + 3\nindirizzo degli ospiti: {AD(a2.one())}\ntelefono: "
                f"{PH(ctx.phone('mobile', addr=a2, intl=True))}\ndate: {d1} – {d2}\ncauzione: depositata tramite "
                f"la piattaforma" + (f"\nrimborso cauzione su: {IB(iban)} ({name(h1)})" if iban else ""))
        ask = f"voglio mandarlo a {gw(friend, 'un amico', 'un’amica')} ma è scritto male. mi sistemi la mail?"
    else:
        mail = (f"hey {name(friend, 'first')},\n\nthe swap with {name(h2, 'first')} and {name(h2b, 'first')} is on! "
                f"confirmation below. could you pop round and water the plants now and then? you've still got the "
                f"spare key, right?\n\nx {name(h1, 'first')}")
        conf = (f"---------- forwarded message ----------\nsubject: your exchange is confirmed ({mid})\n\nguests: "
                f"{name(h2)} + 3\nguest address: {AD(a2.one())}\nguest phone: "
                f"{PH(ctx.phone('mobile', addr=a2, intl=True))}\ndates: {d1} – {d2}\ndeposit: held by the "
                f"platform" + (f"\ndeposit refund to: {IB(iban)} ({name(h1)})" if iban else ""))
        ask = "i want to send this to my friend but it reads badly. can you tidy up the email?"
    return request(ctx, lower(mail + "\n\n" + conf), {lang: ask})


PRIZES = {
    "de": ["ein E-Bike", "ein Wellness-Wochenende für zwei", "500 € Einkaufsgutschein", "eine Kaffeemaschine",
           "zwei Konzertkarten"],
    "fr": ["un vélo électrique", "un week-end bien-être pour deux", "un bon d'achat de 500 €", "une machine à café",
           "deux places de concert"],
    "it": ["una e-bike", "un weekend benessere per due", "un buono spesa da 500 €", "una macchina da caffè",
           "due biglietti per un concerto"],
    "en": ["an e-bike", "a spa weekend for two", "a 500 gift card", "a coffee machine", "two concert tickets"],
}


def handle_of(ctx: Ctx, p: Person) -> str:
    base = re.sub(r"[^a-z]", "", fold(p.first).lower())
    return ctx.pick([f"{base}_{fold(p.core_last())[0].lower()}{ctx.randint(80, 99)}",
                     f"{base}.{ctx.randint(1, 99):02d}", f"the_real_{base}{ctx.randint(1, 9)}",
                     f"{base}{ctx.pick(['.', '_'])}{re.sub(r'[^a-z]', '', fold(p.core_last()).lower())[:3]}"
                     f"{ctx.randint(10, 99)}"])


def t_prizedraw(ctx: Ctx) -> str:
    lang, v = ctx.lang, ctx.variant
    brand = ctx.company()
    prize = ctx.pick(PRIZES[lang])
    if v == 0:
        head = {"de": ["Zeitstempel", "Vorname", "Nachname", "E-Mail-Adresse", "Telefon (optional)", "Geburtsdatum",
                       "Straße und Hausnummer", "PLZ", "Ort", "Wie heißt unser neues Produkt?",
                       "Newsletter"],
                "fr": ["Horodateur", "Prénom", "Nom", "Adresse e-mail", "Téléphone (facultatif)", "Date de naissance",
                       "Adresse", "Code postal", "Ville", "Quel est le nom de notre nouveau produit ?", "Newsletter"],
                "it": ["Informazioni cronologiche", "Nome", "Cognome", "Indirizzo email", "Telefono (facoltativo)",
                       "Data di nascita", "Indirizzo", "CAP", "Città", "Come si chiama il nostro nuovo prodotto?",
                       "Newsletter"],
                "en": ["Timestamp", "First name", "Last name", "Email address", "Phone (optional)", "Date of birth",
                       "Street address", "Postcode", "Town", "What is our new product called?",
                       "Newsletter"]}[lang]
        rows = [head]
        for _ in range(ctx.randint(4, 5)):
            p = ctx.person()
            a = ctx.addr(near=ctx.chance(0.4))
            d = rand_date(ctx.rng, 2026, 2026)
            ts = (f"{d.day:02d}.{d.month:02d}.{d.year} {ctx.randint(7, 23):02d}:{ctx.randint(0, 59):02d}:"
                  f"{ctx.randint(0, 59):02d}" if lang == "de" else
                  f"{d.month}/{d.day}/{d.year} {ctx.randint(7, 23)}:{ctx.randint(0, 59):02d}:{ctx.randint(0, 59):02d}"
                  if ctx.cc == "US" else
                  f"{d.day:02d}/{d.month:02d}/{d.year} {ctx.randint(7, 23):02d}:{ctx.randint(0, 59):02d}:"
                  f"{ctx.randint(0, 59):02d}")
            pc = a.postcode if a.geo not in ("US", "AU", "CA") else f"{a.state} {a.postcode}"
            rows.append([ts, P(p.first), P(p.last), EM(ctx.email(p)),
                         PH(ctx.phone("mobile")) if ctx.chance(0.5) else "",
                         DB(ctx.dob(16, 75, style=ctx.pick([0, 1, 5]))), AD(a.street), pc, a.town,
                         ctx.pick(["Nova", "nova", "NOVA Plus", "Nova?", "keine Ahnung" if lang == "de" else "?"]),
                         ctx.pick(["Ja", "Nein"] if lang == "de" else ["Oui", "Non"] if lang == "fr" else
                                  ["Sì", "No"] if lang == "it" else ["Yes", "No"])])
        body = "\n".join(csv_row(r, ",", force=True) for r in rows)
        ask = {"de": f"Export aus dem Google-Formular für unser Gewinnspiel ({prize}). Bitte filtere alle raus, die "
                     "unter 18 sind oder die Frage falsch beantwortet haben, und zieh dann zufällig eine/n "
                     "Gewinner/in.",
               "fr": f"Export du formulaire Google de notre jeu-concours ({prize}). Retire les moins de 18 ans et les "
                     f"mauvaises réponses, puis tire un gagnant au sort.",
               "it": f"Export del modulo Google del nostro concorso ({prize}). Togli i minorenni e chi ha sbagliato la "
                     f"risposta, poi estrai un vincitore.",
               "en": f"Export from the Google Form for our giveaway ({prize}). Remove anyone under 18 or with the "
                     f"wrong answer, then pick a winner at random."}
        return request(ctx, body, ask, fence=ctx.pick(["", "csv"]))
    if v == 1:
        mk_p = ctx.person()
        win = ctx.person()
        a = ctx.addr()
        bdom = slug(brand) + "." + TLD[ctx.cc]
        mm = ctx.email(mk_p, domain=bdom)
        wm = ctx.email(win)
        ba = ctx.addr(near=ctx.chance(0.3))
        cash = ctx.has_iban() and ctx.chance(0.6)
        L = {"de": ("Name", "Geburtsdatum", "Anschrift", "PLZ / Ort", "Telefon", "IBAN für die Auszahlung",
                    "Ausweisnummer", "Lieferadresse (falls abweichend)"),
             "fr": ("Nom", "Date de naissance", "Adresse", "CP / Ville", "Téléphone", "IBAN pour le versement",
                    "N° de pièce d'identité", "Adresse de livraison (si différente)"),
             "it": ("Nome", "Data di nascita", "Indirizzo", "CAP / Città", "Telefono", "IBAN per l'accredito",
                    "N. documento", "Indirizzo di consegna (se diverso)"),
             "en": ("Name", "Date of birth", "Address", "Town / Postcode", "Phone", "Bank details (IBAN)",
                    "ID number", "Delivery address (if different)")}[lang]
        pairs = [(L[0], name(win)), (L[1], DB(ctx.dob(18, 70))), (L[2], AD(a.street)), (L[3], AD(a.town_line())),
                 (L[4], PH(ctx.phone("mobile"))), (L[6], ctx.ref("##AA#####"))]
        if cash:
            pairs.append((L[5], IB(ctx.iban())))
        else:
            pairs.append((L[7], AD(ba.one())))
        scam = ctx.chance(0.4)
        if scam:
            fee_l = {"de": "Bearbeitungsgebühr 4,90 € – Kreditkarte", "fr": "Frais de dossier 4,90 € – carte",
                     "it": "Spese di spedizione 4,90 € – carta", "en": "Handling fee 4.95 – card"}[lang]
            pairs.append((fee_l, f"{CA(ctx.card(ctx.pick(['visa', 'mc'])))} {ctx.randint(1, 12):02d}/"
                                 f"{ctx.randint(27, 31)}"))
        form = aligned(pairs)
        if lang == "de":
            body = (f"Von: {name(mk_p)} <{EM(mm)}>\nAn: {EM(wm)}\nBetreff: Herzlichen Glückwunsch – Sie haben "
                    f"gewonnen!\n\n{gw(win, 'Lieber', 'Liebe')} {name(win, 'first')},\n\nSie haben bei unserem "
                    f"Gewinnspiel {prize} gewonnen! Damit wir den Gewinn zustellen können, füllen Sie bitte das "
                    f"Formular aus (Teilnahme ab 18 Jahren).\n\nBeste Grüße\n{name(mk_p)}\nMarketing · {brand}\n"
                    f"Tel. {PH(ctx.phone('land'))}\n\n---- Antwort ----\n\n" + form
                    + f"\n\nDanke!! {name(win, 'first')}")
            ask = ("Ich hab das Formular schon ausgefüllt, aber jetzt zweifle ich: Ist das seriös, wenn die eine "
                   "Gebühr per Karte wollen?" if scam else
                   "Das Formular kam zurück. Sind alle Angaben da, die wir für die Gewinnübergabe brauchen?")
        elif lang == "fr":
            body = (f"De : {name(mk_p)} <{EM(mm)}>\nÀ : {EM(wm)}\nObjet : Félicitations, vous avez gagné !\n\n"
                    f"Bonjour {name(win, 'first')},\n\nvous avez gagné {prize} à notre jeu-concours ! Pour recevoir "
                    f"votre lot, merci de remplir le formulaire ci-dessous (réservé aux majeurs).\n\nBien à vous,\n"
                    f"{name(mk_p)}\nMarketing · {brand}\nTél. {PH(ctx.phone('land'))}\n\n---- Réponse ----\n\n"
                    + form + f"\n\nMerci !! {name(win, 'first')}")
            ask = ("J'ai déjà rempli le formulaire mais j'ai un doute : c'est normal qu'ils demandent des frais par "
                   "carte ?" if scam else "Le formulaire est revenu. Est-ce qu'on a tout ce qu'il faut pour remettre "
                                          "le lot ?")
        elif lang == "it":
            body = (f"Da: {name(mk_p)} <{EM(mm)}>\nA: {EM(wm)}\nOggetto: Complimenti, ha vinto!\n\nGentile "
                    f"{name(win, 'first')},\n\nha vinto {prize} nel nostro concorso! Per ricevere il premio compili "
                    f"il modulo qui sotto (riservato ai maggiorenni).\n\nCordiali saluti\n{name(mk_p)}\nMarketing · "
                    f"{brand}\nTel. {PH(ctx.phone('land'))}\n\n---- Risposta ----\n\n" + form
                    + f"\n\nGrazie!! {name(win, 'first')}")
            ask = ("Ho già compilato il modulo ma ho un dubbio: è normale che chiedano delle spese con la carta?"
                   if scam else
                   "Il modulo è tornato compilato. Abbiamo tutto quello che serve per consegnare il premio?")
        else:
            body = (f"From: {name(mk_p)} <{EM(mm)}>\nTo: {EM(wm)}\nSubject: Congratulations – you've won!\n\nHi "
                    f"{name(win, 'first')},\n\nyou've won {prize} in our giveaway! So we can send it to you, please "
                    f"fill in the form below (entrants must be 18+).\n\nBest wishes,\n{name(mk_p)}\nMarketing · "
                    f"{brand}\nTel {PH(ctx.phone('land'))}\n\n---- Reply ----\n\n" + form
                    + f"\n\nThanks!! {name(win, 'first')}")
            ask = ("I've already filled in the form but now I'm not sure – is it legit if they want a fee by card?"
                   if scam else "The form came back. Do we have everything we need to hand over the prize?")
        return request(ctx, body, ask)
    if v == 2:
        club = {"de": ctx.pick(["TSV", "SV", "Musikverein", "Kleingartenverein"]) + " " + ctx.addr().town,
                "fr": ctx.pick(["Comité des fêtes de ", "Amicale des pompiers de ", "APE de "]) + ctx.addr().town,
                "it": ctx.pick(["Pro Loco ", "Polisportiva ", "Parrocchia di "]) + ctx.addr().town,
                "en": ctx.addr().town + ctx.pick([" Rugby Club", " Scouts", " Primary PTA", " Bowls Club"])}[lang]
        rows = []
        start = ctx.randint(1, 50) * 10
        sellers = []
        for _ in range(ctx.randint(5, 7)):
            p = ctx.person()
            k = ctx.randint(5, 40)
            sellers.append(p)
            rows.append([f"{start:04d}–{start + k - 1:04d}", P(p.fmt(ctx.pick(["full", "last, first", "first l."]))),
                         PH(ctx.phone(ctx.pick(["mobile", "land"]))) if ctx.chance(0.8) else "",
                         currency(ctx, k * 2)])
            start += k
        head = {"de": ["Lose", "Verkauft an", "Telefon", "Betrag"], "fr": ["Billets", "Vendus à", "Tél.", "Montant"],
                "it": ["Biglietti", "Venduti a", "Tel.", "Importo"], "en": ["Tickets", "Sold to", "Phone",
                                                                            "Amount"]}[lang]
        winners = []
        for k in range(3):
            w = ctx.pick(sellers) if ctx.chance(0.5) else ctx.person()
            town = ctx.addr(near=True).town
            wn = P(w.fmt("first l.")) if ctx.chance(0.7) else P(w.full())
            winners.append({"de": f"{k + 1}. Preis: Los {ctx.randint(1, start):04d} – {wn} aus {town}",
                            "fr": f"{k + 1}{'er' if k == 0 else 'e'} lot : billet {ctx.randint(1, start):04d} – {wn} "
                                  f"({town})",
                            "it": f"{k + 1}° premio: biglietto {ctx.randint(1, start):04d} – {wn} di {town}",
                            "en": f"{k + 1}{['st', 'nd', 'rd'][k]} prize: ticket {ctx.randint(1, start):04d} – {wn} "
                                  f"from {town}"}[lang])
        title = {"de": f"{club} – Tombola, Losverkauf", "fr": f"{club} – tombola, vente des billets",
                 "it": f"{club} – lotteria, vendita biglietti", "en": f"{club} – raffle ticket sales"}[lang]
        wt = {"de": "Gewinner (für den Newsletter)", "fr": "Gagnants (pour la newsletter)",
              "it": "Vincitori (per la newsletter)", "en": "Winners (for the newsletter)"}[lang]
        body = title + "\n\n" + fixed_table(head, rows) + f"\n\n{wt}:\n" + "\n".join(winners)
        ask = {"de": "Rechne bitte zusammen, wie viel die Tombola eingebracht hat, und formuliere einen kurzen "
                     "Newsletter-Absatz mit den Gewinnern.",
               "fr": "Calcule ce que la tombola a rapporté et rédige un court paragraphe de newsletter avec les "
                     "gagnants.",
               "it": "Calcola quanto ha fruttato la lotteria e scrivi un breve paragrafo per la newsletter con i "
                     "vincitori.",
               "en": "Please add up what the raffle made and write a short newsletter paragraph with the winners."}
        return request(ctx, body, ask)
    # v == 3: giveaway comments JSON + the winner's DM
    comments = []
    people = [ctx.person() for _ in range(ctx.randint(4, 5))]
    handles = [handle_of(ctx, p) for p in people]
    for k, p in enumerate(people):
        tags = " ".join("@" + h for h in ctx.sample(handles[:k] + handles[k + 1:], 2))
        txt = {"de": ["{t} wir gewinnen! 🍀", "Mitgemacht 🙌 {t}", "{t} das wär was für uns!"],
               "fr": ["{t} on va gagner ! 🍀", "Je participe 🙌 {t}", "{t} ce serait top pour nous !"],
               "it": ["{t} vinciamo noi! 🍀", "Partecipo 🙌 {t}", "{t} sarebbe perfetto per noi!"],
               "en": ["{t} we're winning this! 🍀", "Entered 🙌 {t}", "{t} this would be perfect for us!"]}[lang]
        comments.append({"id": ctx.ref("179##########"), "username": handles[k],
                         "full_name": P(p.full()) if ctx.chance(0.8) else "",
                         "text": ctx.pick(txt).format(t=tags), "like_count": ctx.randint(0, 30),
                         "timestamp": f"2026-11-{ctx.randint(10, 28)}T{ctx.randint(7, 23):02d}:{ctx.randint(10, 59)}:"
                                      f"{ctx.randint(10, 59)}+0000"})
    obj = {"post": f"https://www.instagram.com/p/{ctx.ref('AA#A#AAA##A')}/", "comments": comments}
    body = jdump(obj, indent=ctx.pick([2, None]), ascii_only=ctx.chance(0.3))
    check_json(body)
    win = people[ctx.randint(0, len(people) - 1)]
    a = ctx.addr()
    dm = {"de": f"DM von @{handles[people.index(win)]}:\nHallo!! Danke 😍 Hier meine Daten: {name(win)}, "
                f"{AD(a.one())}, Handy {PH(ctx.phone('mobile'))}. Geboren am "
                f"{DB(ctx.dob(18, 50))}, falls ihr das braucht.",
          "fr": f"DM de @{handles[people.index(win)]} :\nCoucou !! Merci 😍 Voici mes coordonnées : {name(win)}, "
                f"{AD(a.one())}, portable {PH(ctx.phone('mobile'))}. "
                f"{gw(win, 'Né', 'Née')} le {DB(ctx.dob(18, 50))} si besoin.",
          "it": f"DM da @{handles[people.index(win)]}:\nCiao!! Grazie 😍 Ecco i miei dati: {name(win)}, "
                f"{AD(a.one())}, cell. {PH(ctx.phone('mobile'))}. "
                f"{gw(win, 'Nato', 'Nata')} il {DB(ctx.dob(18, 50))}, se serve.",
          "en": f"DM from @{handles[people.index(win)]}:\nHi!! Thank you 😍 Here are my details: {name(win)}, "
                f"{AD(a.one())}, mobile {PH(ctx.phone('mobile'))}. Date of birth "
                f"{DB(ctx.dob(18, 50))} if you need it."}[lang]
    ask = {"de": "Unten der Kommentar-Export von unserem Gewinnspiel-Post und die DM der Gewinnerin/des Gewinners. "
                 "Wer hat am meisten Leute markiert? Und bitte schreib eine Versandnotiz für den Gewinn.",
           "fr": "Ci-dessous l'export des commentaires du concours et le message du gagnant. Qui a identifié le plus "
                 "d'amis ? Et prépare une étiquette d'envoi pour le lot.",
           "it": "Qui sotto l'export dei commenti del concorso e il DM del vincitore. Chi ha taggato più persone? E "
                 "preparami i dati per la spedizione del premio.",
           "en": "Below is the comment export from our giveaway post and the winner's DM. Who tagged the most "
                 "people? And please write a shipping note for the prize."}
    return request(ctx, f"```json\n{body}\n```\n\n{dm}", ask)


NAT_OFFICE = {
    "DE": "Einbürgerungsbehörde", "AT": "Amt der Landesregierung – Staatsbürgerschaft",
    "CHde": "Amt für Migration und Bürgerrecht", "FR": "Préfecture – plateforme naturalisation",
    "BE": "Service Nationalité – commune", "CHfr": "Service de la population – naturalisations",
    "LU": "Ministère de la Justice – service de la nationalité", "IT": "Prefettura – Area IV cittadinanza",
    "CHit": "Sezione della popolazione – naturalizzazioni", "GB": "UK Visas and Immigration – Nationality",
    "IE": "Citizenship Division", "US": "USCIS Field Office", "CA": "IRCC – Citizenship", "AU": "Department of Home "
    "Affairs – Citizenship", "NZ": "Department of Internal Affairs – Citizenship",
}


def fee_block(ctx: Ctx, app: Person) -> str:
    """The fee section of the form: card authorisation (full number, CARD) or a transfer reference."""
    fee = currency(ctx, ctx.pick([255, 380, 640, 725, 1330]))
    lab = {"de": ("Gebühr", "Zahlung per Kreditkarte", "Karteninhaber/in", "Kartennummer", "gültig bis",
                  "Zahlung per Überweisung, Verwendungszweck"),
           "fr": ("Droit de timbre / frais", "Paiement par carte", "Titulaire", "Numéro de carte", "expire fin",
                  "Paiement par virement, référence"),
           "it": ("Contributo", "Pagamento con carta", "Titolare", "Numero carta", "scadenza",
                  "Pagamento con bonifico, causale"),
           "en": ("Fee", "Credit card authorisation", "Cardholder", "Card number", "expiry",
                  "Paid by bank transfer, reference")}[ctx.lang]
    if ctx.chance(0.75):
        holder = app if ctx.chance(0.7) else ctx.person()
        return (f"{lab[0]}: {fee} – {lab[1]}\n" + aligned([
            (lab[2], P(holder.fmt(ctx.pick(["full", "FULL"])))), (lab[3], CA(ctx.card())),
            (lab[4], f"{ctx.randint(1, 12):02d}/{ctx.randint(27, 31)}")]))
    return f"{lab[0]}: {fee} – {lab[5]} NAT{ctx.ref('########')}"


def t_naturalisation(ctx: Ctx) -> str:
    lang, v = ctx.lang, ctx.variant
    app = ctx.person(src=ctx.pick(["community", "community", "other"]))
    office = NAT_OFFICE[ctx.geo]
    case = ctx.ref("EB-2026-#####") if lang == "de" else f"2026/NAT/{ctx.ref('#####')}" if lang == "fr" else \
        ctx.ref("K10/######") if lang == "it" else f"NAT-{ctx.ref('###-###-###')}"
    home = ctx.addr()
    if v == 0:
        sp = ctx.relative(app, g="f" if app.g == "m" else "m", same_last=0.5)
        kids = [ctx.relative(app, same_last=0.95) for _ in range(ctx.randint(1, 2))]
        prev = [ctx.addr(near=True), ctx.abroad()]
        L = {"de": ("Antrag auf Einbürgerung – Angaben zur Person", "Familienname", "Vornamen", "Geburtsname",
                    "Geburtsdatum", "Geburtsort", "Staatsangehörigkeit", "Anschrift seit", "Telefon", "E-Mail",
                    "Ehegatte/Ehegattin", "Kinder", "Name", "geb.", "Frühere Wohnsitze (letzte 10 Jahre)", "von",
                    "bis", "Anschrift", "heute"),
             "fr": ("Demande de naturalisation – état civil", "Nom", "Prénoms", "Nom de naissance",
                    "Date de naissance", "Lieu de naissance", "Nationalité", "Adresse depuis", "Téléphone", "Courriel",
                    "Conjoint(e)", "Enfants", "Nom", "né(e) le", "Adresses successives (10 dernières années)", "du",
                    "au", "Adresse", "ce jour"),
             "it": ("Domanda di cittadinanza – dati anagrafici", "Cognome", "Nomi", "Cognome alla nascita",
                    "Data di nascita", "Luogo di nascita", "Cittadinanza", "Residenza dal", "Telefono", "Email",
                    "Coniuge", "Figli", "Nome", "nato/a il", "Residenze precedenti (ultimi 10 anni)", "dal", "al",
                    "Indirizzo", "oggi"),
             "en": ("Application for citizenship – personal details", "Surname", "Given names", "Surname at birth",
                    "Date of birth", "Place of birth", "Nationality", "Address since", "Phone", "Email",
                    "Spouse / partner", "Children", "Name", "born", "Previous addresses (last 10 years)", "from",
                    "to", "Address", "present")}[lang]
        y_now = ctx.randint(2018, 2023)
        nat_cc = NATIONALITY.get(app.origin) or (cc_of(LOCALE_GEO.get(app.origin[6:], "PL"))
                                                 if app.origin.startswith("other:") else "PL")
        nat = ctx.country(nat_cc)
        kid_lines = "\n".join(f"  {name(k)}, {L[13]} {DB(ctx.dob(1, 17))}" for k in kids)
        hist = [[f"{ctx.randint(1, 12):02d}/{y_now}", L[18], AD(home.one())],
                [f"{ctx.randint(1, 12):02d}/{y_now - ctx.randint(2, 4)}", f"{ctx.randint(1, 12):02d}/{y_now}",
                 AD(prev[0].one())],
                [f"{ctx.randint(1, 12):02d}/{y_now - ctx.randint(6, 9)}", f"{ctx.randint(1, 12):02d}/"
                 f"{y_now - ctx.randint(2, 4)}", AD(prev[1].one()) + ", "
                 + ctx.country(prev[1].cc)]]
        birthname = "—"
        if app.g == "f" and ctx.chance(0.4):
            bp = ctx.person(g="m", src="community", community=app.origin) if app.origin in COMMUNITIES else \
                ctx.person(g="m")
            birthname = P(bp.last)
        az = {"de": "Az.", "fr": "Réf.", "it": "Rif.", "en": "Ref."}[lang]
        body = (f"{L[0]}\n{office} · {az} {case}\n\n" + aligned([
            (L[1], P(app.last)), (L[2], P(app.first)), (L[3], birthname), (L[4], DB(ctx.dob(25, 60))),
            (L[5], ctx.birthplace(app)), (L[6], nat), (L[7], f"{ctx.randint(1, 12):02d}/{y_now}"),
            (L[8], PH(ctx.phone("mobile"))), (L[9], EM(ctx.email(app)))])
            + f"\n\n{L[10]}: {name(sp)}, {L[13]} {DB(ctx.dob(25, 60))}\n{L[11]}:\n{kid_lines}\n\n{L[14]}:\n\n"
            + md_table([L[15], L[16], L[17]], hist) + "\n\n" + fee_block(ctx, app))
        ask = {"de": ["Ich helfe einem Freund beim Einbürgerungsantrag. Kannst du prüfen, ob die Wohnsitze lückenlos "
                      "die letzten zehn Jahre abdecken?", "Bitte übersetz diese Angaben ins Englische für die "
                      "Botschaft."],
               "fr": ["J'aide un ami pour sa demande de naturalisation. Tu peux vérifier que les adresses couvrent "
                      "bien les dix dernières années sans trou ?", "Traduis ces informations en anglais pour le "
                      "consulat."],
               "it": ["Aiuto un amico con la domanda di cittadinanza. Puoi controllare che le residenze coprano gli "
                      "ultimi dieci anni senza buchi?", "Traduci questi dati in inglese per il consolato."],
               "en": ["I'm helping a friend with their citizenship application. Can you check the address history "
                      "covers the last ten years with no gaps?", "Please translate these details into Spanish for "
                      "the consulate."]}
        return request(ctx, body, ask)
    if v == 1:
        ref = ctx.person(src="own")
        ra = ctx.addr(near=True)
        job = ctx.job(ref)
        years = ctx.randint(3, 12)
        d = ctx.dob(25, 60)
        if lang == "de":
            body = (f"{name(ref)}\n{ra.block()}\nTel. {PH(ctx.phone('land', ra))}\n{EM(ctx.email(ref))}\n\n{office}"
                    f"\nAz. {case}\n\nBestätigung als Referenzperson\n\nHiermit bestätige ich, {name(ref)}, "
                    f"{job}, dass ich {gw(app, 'Herrn', 'Frau')} {name(app)}, geboren am {DB(d)}, seit {years} Jahren "
                    f"persönlich kenne. Wir sind Nachbarn und engagieren uns gemeinsam im Elternbeirat. "
                    f"{gw(app, 'Er', 'Sie')} ist im Ort gut integriert und spricht sehr gut Deutsch. Für Rückfragen "
                    f"bin ich unter {PH(ctx.phone('mobile'))} erreichbar.\n\n{ra.town}, {ctx.plain_date(2026, 2026, 0)}"
                    f"\n\n{name(ref)}")
            ask = "Kannst du dieses Referenzschreiben etwas überzeugender formulieren, ohne zu übertreiben?"
        elif lang == "fr":
            body = (f"{name(ref)}\n{ra.block(ctx.pick([0, 1]))}\nTél. {PH(ctx.phone('land', ra))}\n"
                    f"{EM(ctx.email(ref))}\n\n{office}\nRéf. {case}\n\nAttestation de témoin\n\nJe soussigné"
                    f"{gw(ref, '', 'e')} {name(ref)}, {job}, atteste connaître personnellement "
                    f"{sal(lang, app, False)} {name(app)}, {gw(app, 'né', 'née')} le {DB(d)}, depuis {years} ans. "
                    f"Nous sommes voisins et membres du même club de randonnée. {gw(app, 'Il', 'Elle')} est très bien "
                    f"{gw(app, 'intégré', 'intégrée')} et parle couramment français. Je reste joignable au "
                    f"{PH(ctx.phone('mobile'))}.\n\nFait à {ra.town}, le {ctx.plain_date(2026, 2026, 3)}\n\n"
                    f"{name(ref)}")
            ask = "Tu peux rendre cette attestation un peu plus convaincante, sans en faire trop ?"
        elif lang == "it":
            body = (f"{name(ref)}\n{ra.block(ctx.pick([0, 1]))}\nTel. {PH(ctx.phone('land', ra))}\n"
                    f"{EM(ctx.email(ref))}\n\nSpett.le {office}\nRif. {case}\n\nDichiarazione di conoscenza\n\n"
                    f"{gw(ref, 'Il sottoscritto', 'La sottoscritta')} {name(ref)}, {job}, dichiara di conoscere "
                    f"personalmente {gw(app, 'il signor', 'la signora')} {name(app)}, {gw(app, 'nato', 'nata')} il "
                    f"{DB(d)}, da {years} anni. Siamo vicini di casa e facciamo volontariato insieme in parrocchia. "
                    f"È ben {gw(app, 'integrato', 'integrata')} e parla bene l'italiano. Resto a disposizione al "
                    f"{PH(ctx.phone('mobile'))}.\n\n{ra.town}, {ctx.plain_date(2026, 2026, 3)}\n\n{name(ref)}")
            ask = "Puoi rendere questa dichiarazione un po' più convincente, senza esagerare?"
        else:
            body = (f"{name(ref)}\n{ra.block(ctx.pick([0, 1]))}\nTel: {PH(ctx.phone('land', ra))}\n"
                    f"{EM(ctx.email(ref))}\n\n{office}\nRef: {case}\n\nReferee declaration\n\nI, {name(ref)}, "
                    f"{job}, confirm that I have known {name(app)}, date of birth {DB(d)}, personally for {years} "
                    f"years. We are neighbours and volunteer together at the local food bank. "
                    f"{gw(app, 'He', 'She')} is well settled in the community and speaks excellent English. I can be "
                    f"contacted on {PH(ctx.phone('mobile'))}.\n\nSigned: {name(ref)}\nDate: "
                    f"{ctx.plain_date(2026, 2026, 3)}")
            ask = "Can you make this referee letter a bit more convincing without overdoing it?"
        return request(ctx, body, ask)
    if v == 2:
        clerk = ctx.person(src="own")
        lawyer = ctx.person()
        oa = ctx.addr(near=True)
        odom = slug(oa.town) + "." + {"DE": "de", "AT": "gv.at", "CH": "ch", "FR": "gouv.fr", "BE": "be",
                                      "LU": "public.lu", "IT": "interno.it", "GB": "gov.uk", "IE": "gov.ie",
                                      "US": "gov", "CA": "gc.ca", "AU": "gov.au", "NZ": "govt.nz"}[ctx.cc]
        cm = ctx.email(clerk, domain=odom)
        am = ctx.email(app)
        lm = ctx.email(lawyer, domain=slug(ctx.company()) + "." + TLD[ctx.cc])
        kid = ctx.relative(app, same_last=0.95)
        if lang == "de":
            body = (f"Von: {name(app)} <{EM(am)}>\nAn: {name(clerk)} <{EM(cm)}>\nCc: {name(lawyer)} <{EM(lm)}>\n"
                    f"Betreff: AW: Ihr Einbürgerungsantrag, Az. {case} – fehlende Unterlagen\n\nSehr "
                    f"{gw(clerk, 'geehrter Herr', 'geehrte Frau')} {name(clerk, 'last')},\n\nanbei die Geburtsurkunde "
                    f"{gw(kid, 'meines Sohnes', 'meiner Tochter')} {name(kid, 'first')} (geb. "
                    f"{DB(ctx.dob(2, 15))}) und die "
                    f"Meldebescheinigung. Seit {ctx.plain_date(2025, 2026, 3)} wohnen wir in der "
                    f"{AD(home.one())}. Das B1-Zertifikat reiche ich nach.\n\nMit "
                    f"freundlichen Grüßen\n{name(app)}\nTel. {PH(ctx.phone('mobile'))}\n\n> {name(clerk)} schrieb:\n"
                    f"> für die weitere Bearbeitung fehlen noch: Geburtsurkunden der Kinder, aktuelle "
                    f"Meldebescheinigung, Sprachnachweis B1.\n> {office}\n> {AD(oa.one())}\n> Tel. "
                    f"{PH(ctx.phone('land', oa))}, Sprechzeiten Di und Do 8–12 Uhr")
            ask = "Ist meine Antwort an die Behörde so okay? Bitte höflicher und vollständiger formulieren."
        elif lang == "fr":
            body = (f"De : {name(app)} <{EM(am)}>\nÀ : {name(clerk)} <{EM(cm)}>\nCc : {name(lawyer)} <{EM(lm)}>\n"
                    f"Objet : RE: Votre demande de naturalisation, réf. {case} – pièces manquantes\n\n"
                    f"{sal(lang, clerk, False)},\n\nveuillez trouver ci-joint l'acte de naissance de "
                    f"{gw(kid, 'mon fils', 'ma fille')} {name(kid, 'first')} ({gw(kid, 'né', 'née')} le "
                    f"{DB(ctx.dob(2, 15))}) et un justificatif de domicile. Depuis le {ctx.plain_date(2025, 2026, 3)}, "
                    f"nous habitons {AD(home.one())}. Le diplôme de langue suivra.\n\n"
                    f"Cordialement,\n{name(app)}\nTél. {PH(ctx.phone('mobile'))}\n\n> {name(clerk)} a écrit :\n"
                    f"> pour l'instruction de votre dossier, il manque : actes de naissance des enfants, justificatif "
                    f"de domicile récent, attestation de niveau B1.\n> {office}\n> {AD(oa.one())}\n> Tél. "
                    f"{PH(ctx.phone('land', oa))}, accueil mardi et jeudi de 9 h à 12 h")
            ask = "Ma réponse à la préfecture est correcte ? Rends-la plus polie et plus complète, stp."
        elif lang == "it":
            body = (f"Da: {name(app)} <{EM(am)}>\nA: {name(clerk)} <{EM(cm)}>\nCc: {name(lawyer)} <{EM(lm)}>\n"
                    f"Oggetto: R: Domanda di cittadinanza, rif. {case} – documenti mancanti\n\nGentile "
                    f"{gw(clerk, 'dottor', 'dottoressa')} {name(clerk, 'last')},\n\nin allegato l'atto di nascita "
                    f"di {gw(kid, 'mio figlio', 'mia figlia')} {name(kid, 'first')} ({gw(kid, 'nato', 'nata')} il "
                    f"{DB(ctx.dob(2, 15))}) e il certificato di residenza. Dal {ctx.plain_date(2025, 2026, 3)} "
                    f"abitiamo in {AD(home.one())}. La certificazione B1 la invio appena "
                    f"possibile.\n\nCordiali saluti\n{name(app)}\nCell. {PH(ctx.phone('mobile'))}\n\n> "
                    f"{name(clerk)} ha scritto:\n> per proseguire l'istruttoria mancano: atti di nascita dei figli, "
                    f"certificato di residenza aggiornato, certificazione linguistica B1.\n> {office}\n> "
                    f"{AD(oa.one())}\n> Tel. {PH(ctx.phone('land', oa))}, ricevimento martedì e giovedì 9-12")
            ask = "La mia risposta alla Prefettura va bene? Rendila più cortese e completa."
        else:
            body = (f"From: {name(app)} <{EM(am)}>\nTo: {name(clerk)} <{EM(cm)}>\nCc: {name(lawyer)} <{EM(lm)}>\n"
                    f"Subject: RE: Your citizenship application {case} – missing documents\n\nDear "
                    f"{sal(lang, clerk)} {name(clerk, 'last')},\n\nplease find attached the birth certificate of my "
                    f"{gw(kid, 'son', 'daughter')} {name(kid, 'first')} (born {DB(ctx.dob(2, 15))}) and proof of "
                    f"address. Since {ctx.plain_date(2025, 2026, 3)} we have lived at {AD(home.one())}"
                    f". I will send the English test certificate shortly.\n\nKind regards,\n"
                    f"{name(app)}\nMobile {PH(ctx.phone('mobile'))}\n\n> {name(clerk)} wrote:\n> to continue "
                    f"processing we still need: children's birth certificates, recent proof of address, English "
                    f"language evidence.\n> {office}\n> {AD(oa.one())}\n> Tel {PH(ctx.phone('land', oa))}, "
                    f"Tuesday and Thursday 9am–12pm")
            ask = "Is my reply to the citizenship office OK? Please make it more polite and complete."
        return request(ctx, body, ask)
    # v == 3: a lawyer's Markdown notes on a client
    lawyer = ctx.person()
    sp = ctx.relative(app, g="f" if app.g == "m" else "m", same_last=0.5)
    prev = ctx.abroad()
    interp = ctx.person()
    L = {"de": ("Mandant/in", "Ehegatte/-gattin", "Wohnsitz", "Vorher", "Dolmetscher/in", "To do",
                "Aufenthaltstitel", "Sprachtest", "Termin Behörde", "Geburtsurkunde beglaubigt übersetzen lassen",
                "Rentenversicherungsverlauf anfordern"),
         "fr": ("Client(e)", "Conjoint(e)", "Domicile", "Avant", "Interprète", "À faire", "Titre de séjour",
                "Test de langue", "RDV préfecture", "Faire traduire l'acte de naissance", "Demander le relevé de "
                "carrière"),
         "it": ("Assistito/a", "Coniuge", "Residenza", "In precedenza", "Interprete", "Da fare",
                "Permesso di soggiorno", "Test di lingua", "Appuntamento", "Far tradurre l'atto di nascita",
                "Richiedere l'estratto contributivo"),
         "en": ("Client", "Spouse", "Address", "Previously", "Interpreter", "To do", "Residence permit",
                "Language test", "Appointment", "Get certified translation of birth certificate",
                "Request employment history")}[lang]
    poa = {"de": "Vollmacht", "fr": "procuration", "it": "procura", "en": "letter of authority"}[lang]
    ok = ctx.pick({"de": ["bestanden", "ok", "✓"], "fr": ["réussi", "ok", "✓"], "it": ["superato", "ok", "✓"],
                   "en": ["passed", "ok", "✓"]}[lang])
    body = (f"## {case} – {name(app, 'LAST first')}\n\n- **{L[0]}:** {name(app)}, * {DB(ctx.dob(25, 60))}, "
            f"{ctx.birthplace(app)}; {PH(ctx.phone('mobile'))}; {EM(ctx.email(app))}\n- **{L[1]}:** {name(sp)}, * "
            f"{DB(ctx.dob(25, 60))}\n- **{L[2]}:** {AD(home.one())}\n- **{L[3]}:** {AD(prev.one())}"
            f" ({ctx.country(prev.cc)})\n- **{L[6]}:** {ctx.ref('AA#######')}, "
            f"{ctx.plain_date(2028, 2030, 0)}\n- **{L[7]}:** B1 {ok} ({ctx.plain_date(2026, 2026, 0)})\n"
            f"- **{L[4]}:** {name(interp)}, {PH(ctx.phone('mobile'))}\n- **{L[8]}:** {ctx.plain_date(2027, 2027, 0)}, "
            f"{ctx.time()}\n\n### {L[5]}\n\n- [ ] {L[9]}\n- [ ] {L[10]}\n- [x] {name(lawyer, 'i. last')}: {poa}")
    ask = {"de": "Meine Notizen zum Mandat. Mach mir daraus bitte eine saubere Aktennotiz und eine Liste der "
                 "nächsten Schritte mit Fristen.",
           "fr": "Mes notes sur le dossier. Fais-en une note propre et une liste des prochaines étapes avec délais.",
           "it": "I miei appunti sulla pratica. Trasformali in una nota ordinata con i prossimi passi e le scadenze.",
           "en": "My notes on the file. Turn them into a clean file note and a list of next steps with deadlines."}
    return request(ctx, body, ask)


GUARD_COURT = {
    "DE": "Amtsgericht {t} – Betreuungsgericht", "AT": "Bezirksgericht {t} – Erwachsenenschutz",
    "CHde": "KESB {t}", "FR": "Tribunal judiciaire de {t} – juge des contentieux de la protection",
    "BE": "Justice de paix de {t}", "CHfr": "Justice de paix du district de {t}", "LU": "Juge des tutelles, {t}",
    "IT": "Tribunale di {t} – Giudice tutelare", "CHit": "ARP {t}", "GB": "Office of the Public Guardian",
    "IE": "Decision Support Service", "US": "{t} County Probate Court", "CA": "Office of the Public Guardian and "
    "Trustee", "AU": "Civil and Administrative Tribunal", "NZ": "Family Court at {t}",
}
CARE_HOME = {"de": ["Seniorenzentrum Am Park", "Pflegeheim St. Elisabeth", "Haus Lindenhof"],
             "fr": ["EHPAD Les Tilleuls", "Résidence Le Clos Fleuri", "EMS La Colline"],
             "it": ["RSA Villa Serena", "Casa di riposo San Giuseppe", "Residenza Il Glicine"],
             "en": ["Willow Court Care Home", "St Anne's Nursing Home", "Oakfield Lodge"]}


BANKS = {"DE": ["Sparkasse", "Volksbank", "Postbank", "Commerzbank"],
         "AT": ["Erste Bank", "Raiffeisenbank", "BAWAG", "Bank Austria"],
         "CH": ["PostFinance", "UBS", "Raiffeisen", "Kantonalbank"],
         "FR": ["Crédit Agricole", "La Banque Postale", "BNP Paribas", "Caisse d'Epargne"],
         "BE": ["Belfius", "BNP Paribas Fortis", "KBC", "ING"],
         "LU": ["Spuerkeess", "BGL BNP Paribas", "Banque Raiffeisen", "POST Finance"],
         "IT": ["Intesa Sanpaolo", "Poste Italiane", "UniCredit", "BPER"], "GB": ["Nationwide", "Barclays", "Lloyds",
                                                                                  "HSBC"],
         "IE": ["AIB", "Bank of Ireland", "PTSB"], "US": ["Chase", "Wells Fargo", "credit union"],
         "CA": ["RBC", "TD", "Desjardins"], "AU": ["Commonwealth Bank", "Westpac", "ANZ"],
         "NZ": ["ASB", "Kiwibank", "ANZ"]}


def t_guardianship(ctx: Ctx) -> str:
    lang, v = ctx.lang, ctx.variant
    ward = ctx.person(src=ctx.pick(["own", "own", "community"]))
    ha = ctx.addr()
    home = ctx.pick(CARE_HOME[lang])
    court = GUARD_COURT[ctx.geo].format(t=ha.town)
    az = ctx.ref("### XVII ###/##") if ctx.cc == "DE" else ctx.ref("####/##")
    g = ctx.person(src="own")
    ga = ctx.addr(near=True)
    wdob = ctx.dob(72, 97)
    if v == 0:
        daughter = ctx.relative(ward, g="f", same_last=0.5)
        gp = ctx.person()
        ibans = [ctx.iban() for _ in range(2)] if ctx.has_iban() else []
        bank_rows = "\n".join(f"  {b}  {IB(i)}  {ctx.money(300, 40000)}" for b, i in
                              zip(["Girokonto", "Sparkonto"] if lang == "de" else ["Compte courant", "Livret"]
                                  if lang == "fr" else ["Conto corrente", "Libretto"] if lang == "it"
                                  else ["Current account", "Savings"], ibans, strict=False)) \
            if ibans else f"  {ctx.money(300, 40000)} (account ending {ctx.ref('####')})"
        if lang == "de":
            body = (f"Jahresbericht der Betreuerin / des Betreuers\n{court} – Az. {az}\n\nBetroffene Person: "
                    f"{name(ward)}, geb. {DB(wdob)}\nAufenthalt: {home}, {AD(ha.one())}\nBetreuer/in: {name(g)}, "
                    f"{AD(ga.one())}, Tel. {PH(ctx.phone('mobile'))}, {EM(ctx.email(g))}\n\n1. Persönliche Kontakte. "
                    f"Ich habe {gw(ward, 'Herrn', 'Frau')} {name(ward, 'last')} im Berichtszeitraum etwa alle zwei "
                    f"Wochen besucht. Die Tochter, {name(daughter)}, kommt regelmäßig; sie ist unter "
                    f"{PH(ctx.phone('mobile'))} erreichbar.\n\n2. Gesundheit. Die hausärztliche Versorgung übernimmt "
                    f"Dr. {name(gp, 'last')} (Praxis {PH(ctx.phone('land', ha))}). Im März gab es einen "
                    f"Krankenhausaufenthalt wegen einer Lungenentzündung.\n\n3. Vermögen zum Stichtag:\n\n{bank_rows}"
                    f"\n\n4. Die Betreuung ist weiterhin erforderlich.\n\n{ga.town}, {ctx.plain_date(2026, 2026, 0)}"
                    f"\n{name(g)}")
            ask = ["Ich bin ehrenamtliche Betreuerin und muss den Jahresbericht abgeben. Kannst du meinen Entwurf "
                   "sprachlich glätten?", "Fehlt in meinem Jahresbericht etwas, was das Gericht erwartet?"]
        elif lang == "fr":
            body = (f"Compte rendu annuel de la mesure de protection\n{court} – RG {az}\n\nPersonne protégée : "
                    f"{name(ward)}, {gw(ward, 'né', 'née')} le {DB(wdob)}\nLieu de vie : {home}, {AD(ha.one())}\n"
                    f"Curateur/curatrice : {name(g)}, {AD(ga.one())}, tél. {PH(ctx.phone('mobile'))}, "
                    f"{EM(ctx.email(g))}\n\n1. Liens personnels. J'ai rendu visite à {sal(lang, ward)} "
                    f"{name(ward, 'last')} environ toutes les deux semaines. Sa fille, {name(daughter)}, vient "
                    f"régulièrement ; elle est joignable au {PH(ctx.phone('mobile'))}.\n\n2. Santé. Le suivi est "
                    f"assuré par le Dr {name(gp, 'last')} (cabinet {PH(ctx.phone('land', ha))}). Une hospitalisation "
                    f"a eu lieu en mars pour une pneumonie.\n\n3. Patrimoine au 31 décembre :\n\n{bank_rows}\n\n4. La "
                    f"mesure reste nécessaire.\n\nFait à {ga.town}, le {ctx.plain_date(2026, 2026, 3)}\n{name(g)}")
            ask = ["Je suis curatrice familiale et je dois rendre le compte rendu annuel. Tu peux améliorer la "
                   "rédaction ?", "Il manque quelque chose dans mon compte rendu que le juge attend ?"]
        elif lang == "it":
            body = (f"Relazione annuale dell'amministratore di sostegno\n{court} – R.G. {az}\n\nBeneficiario: "
                    f"{name(ward)}, {gw(ward, 'nato', 'nata')} il {DB(wdob)}\nDomicilio: {home}, {AD(ha.one())}\n"
                    f"Amministratore: {name(g)}, {AD(ga.one())}, cell. {PH(ctx.phone('mobile'))}, "
                    f"{EM(ctx.email(g))}\n\n1. Rapporti personali. Ho fatto visita "
                    f"{gw(ward, 'al signor', 'alla signora')}"
                    f" {name(ward, 'last')} circa ogni due settimane. La figlia, {name(daughter)}, viene spesso; è "
                    f"reperibile al {PH(ctx.phone('mobile'))}.\n\n2. Salute. Il medico curante è il dott. "
                    f"{name(gp, 'last')} (studio {PH(ctx.phone('land', ha))}). A marzo c'è stato un ricovero per "
                    f"polmonite.\n\n3. Situazione patrimoniale al 31 dicembre:\n\n{bank_rows}\n\n4. La misura resta "
                    f"necessaria.\n\n{ga.town}, {ctx.plain_date(2026, 2026, 3)}\n{name(g)}")
            ask = ["Sono amministratrice di sostegno e devo depositare la relazione annuale. Puoi migliorarne la "
                   "forma?", "Manca qualcosa nella mia relazione che il giudice tutelare si aspetta?"]
        else:
            body = (f"Annual report of the guardian / deputy\n{court} – case {az}\n\nPerson: {name(ward)}, date of "
                    f"birth {DB(wdob)}\nLives at: {home}, {AD(ha.one())}\nGuardian / deputy: {name(g)}, "
                    f"{AD(ga.one())}, tel. {PH(ctx.phone('mobile'))}, {EM(ctx.email(g))}\n\n1. Contact. I visited "
                    f"{sal(lang, ward)} {name(ward, 'last')} about every two weeks. {gw(ward, 'His', 'Her')} daughter, "
                    f"{name(daughter)}, visits regularly and can be reached on {PH(ctx.phone('mobile'))}.\n\n2. "
                    f"Health. The GP is Dr {name(gp, 'last')} (surgery {PH(ctx.phone('land', ha))}). There was a "
                    f"hospital stay in March for pneumonia.\n\n3. Assets at year end:\n\n{bank_rows}\n\n4. The "
                    f"arrangement is still needed.\n\nSigned {name(g)}, {ctx.plain_date(2026, 2026, 3)}")
            ask = ["I'm a lay deputy and have to file the annual report. Can you polish my draft?",
                   "Is anything missing from my annual report that the court will expect?"]
        head, _, prose = body.partition("\n\n1. ")
        return request(ctx, head + "\n\n" + fill("1. " + prose, ctx.randint(78, 100), ctx.rng), {lang: ask})
    if v == 1:
        rows = []
        banks = BANKS[ctx.cc]
        kinds = {"DE": ["Girokonto", "Sparbuch", "Tagesgeld", "Bausparvertrag"],
                 "AT": ["Girokonto", "Sparbuch", "Onlinesparen", "Bausparvertrag"],
                 "FR": ["compte courant", "livret A", "LDDS", "assurance-vie"],
                 "BE": ["compte à vue", "compte d'épargne", "compte à terme", "assurance-vie"],
                 "LU": ["compte courant", "compte d'épargne", "compte à terme", "assurance-vie"],
                 "IT": ["conto corrente", "libretto postale", "conto deposito", "buoni fruttiferi"],
                 "GB": ["current account", "savings", "ISA", "premium bonds"],
                 "IE": ["current account", "savings", "deposit account", "prize bonds"]}.get(ctx.cc)
        if ctx.cc == "CH":
            kinds = {"de": ["Privatkonto", "Sparkonto", "Säule 3a", "Wertschriftendepot"],
                     "fr": ["compte privé", "compte épargne", "compte 3a", "dépôt titres"],
                     "it": ["conto privato", "conto risparmio", "conto 3a", "deposito titoli"]}[lang]
        kinds = kinds or ["checking", "savings", "term deposit", "retirement account"]
        for k in range(ctx.randint(3, 4)):
            acct = IB(ctx.iban()) if ctx.has_iban() else ctx.ref("####-######")
            rows.append([ctx.pick(banks), kinds[k], acct, ctx.money(100, 50000)])
        head = {"de": ["Bank", "Art", "IBAN", "Stand"], "fr": ["Banque", "Type", "IBAN", "Solde"],
                "it": ["Banca", "Tipo", "IBAN", "Saldo"],
                "en": ["Bank", "Type", "IBAN" if ctx.has_iban() else "Account", "Balance"]}[lang]
        inc = {"de": "Einnahmen monatlich: Altersrente {a}, Witwenrente {b}\nAusgaben monatlich: Heimentgelt {c} an "
                     "{h}",
               "fr": "Revenus mensuels : pension de retraite {a}, pension de réversion {b}\nDépenses : frais "
                     "d'hébergement {c} à {h}",
               "it": "Entrate mensili: pensione di vecchiaia {a}, reversibilità {b}\nUscite: retta {c} a {h}",
               "en": "Monthly income: state pension {a}, widow's pension {b}\nOutgoings: care home fees {c} to {h}"}[
            lang].format(a=ctx.money(900, 1800), b=ctx.money(200, 700), c=ctx.money(1800, 4200), h=home)
        hdr = {"de": "Vermögensverzeichnis", "fr": "Inventaire du patrimoine", "it": "Inventario dei beni",
               "en": "Inventory of assets"}[lang]
        body = (f"{hdr} – {name(ward, 'LAST, first')}, * {DB(wdob)}\n{court}, {az}\n"
                f"{ {'de': 'Betreuer/in', 'fr': 'Mandataire', 'it': 'Amministratore', 'en': 'Deputy'}[lang]}: "
                f"{name(g)}, {AD(ga.one())}\n\n" + fixed_table(head, rows) + "\n\n" + inc)
        ask = {"de": "Summe bitte ausrechnen und prüfen, ob die laufenden Einnahmen die Heimkosten decken.",
               "fr": "Fais le total et dis-moi si les revenus couvrent les frais d'hébergement.",
               "it": "Fai il totale e dimmi se le entrate coprono la retta.",
               "en": "Please total this and tell me whether the income covers the care home fees."}
        return request(ctx, body, ask)
    if v == 2:
        mgr = ctx.person()
        nephew = ctx.relative(ward, g="m", same_last=0.5)
        clerk = ctx.person()
        hosp_a = ctx.addr(near=True)
        hdom = slug(home) + "." + TLD[ctx.cc]
        mm = ctx.email(mgr, domain=hdom)
        gm = ctx.email(g)
        room_ph = ctx.phone("land", ha)
        if lang == "de":
            body = (f"Von: {name(mgr)} <{EM(mm)}>\nAn: {name(g)} <{EM(gm)}>\nBetreff: {gw(ward, 'Herr', 'Frau')} "
                    f"{name(ward, 'last')} – Zimmerwechsel und Besuch\n\n{gw(g, 'Lieber Herr', 'Liebe Frau')} "
                    f"{name(g, 'last')},\n\n{gw(ward, 'Herr', 'Frau')} {name(ward, 'last')} ist seit gestern im "
                    f"Zimmer 214, die neue Durchwahl ist {PH(room_ph)}. Ein Neffe, {name(nephew)}, möchte "
                    f"Unterlagen aus dem Nachttisch mitnehmen – dürfen wir das zulassen? Außerdem ist nächste Woche "
                    f"eine Untersuchung im Krankenhaus ({AD(hosp_a.one())}) geplant; wer begleitet?\n\nHerzliche "
                    f"Grüße\n{name(mgr)}\nHeimleitung · {home}\n{AD(ha.one())}\nTel. {PH(ctx.phone('land', ha))}\n\n"
                    f"> {name(g, 'first')} {name(g, 'last')} schrieb:\n> bitte keine Unterlagen herausgeben, ich kläre "
                    f"das mit {gw(clerk, 'Herrn', 'Frau')} {name(clerk, 'last')} vom Gericht ({az}).")
            ask = "Wie antworte ich der Heimleitung am besten? Der Neffe soll nichts mitnehmen."
        elif lang == "fr":
            body = (f"De : {name(mgr)} <{EM(mm)}>\nÀ : {name(g)} <{EM(gm)}>\nObjet : {sal(lang, ward)} "
                    f"{name(ward, 'last')} – changement de chambre et visite\n\nBonjour {sal(lang, g)} "
                    f"{name(g, 'last')},\n\n{sal(lang, ward)} {name(ward, 'last')} est depuis hier en chambre 214, "
                    f"ligne directe {PH(room_ph)}. Un neveu, {name(nephew)}, souhaite récupérer des papiers dans "
                    f"la table de nuit : pouvons-nous l'autoriser ? Par ailleurs un examen est prévu à l'hôpital "
                    f"({AD(hosp_a.one())}) la semaine prochaine ; qui l'accompagne ?\n\nBien cordialement,\n"
                    f"{name(mgr)}\nDirection · {home}\n{AD(ha.one())}\nTél. {PH(ctx.phone('land', ha))}\n\n> "
                    f"{name(g)} a écrit :\n> merci de ne remettre aucun document, je vois cela avec "
                    f"{sal(lang, clerk)} {name(clerk, 'last')} au greffe ({az}).")
            ask = "Comment répondre à la direction ? Le neveu ne doit rien emporter."
        elif lang == "it":
            body = (f"Da: {name(mgr)} <{EM(mm)}>\nA: {name(g)} <{EM(gm)}>\nOggetto: {sal(lang, ward)} "
                    f"{name(ward, 'last')} – cambio stanza e visita\n\nGentile {name(g)},\n\n{sal(lang, ward)} "
                    f"{name(ward, 'last')} da ieri è nella stanza 214, il nuovo numero diretto è {PH(room_ph)}. Un "
                    f"nipote, {name(nephew)}, vorrebbe prendere dei documenti dal comodino: possiamo permetterlo? "
                    f"Inoltre la prossima settimana è prevista una visita in ospedale ({AD(hosp_a.one())}); chi "
                    f"accompagna?\n\nCordiali saluti\n{name(mgr)}\nDirezione · {home}\n{AD(ha.one())}\nTel. "
                    f"{PH(ctx.phone('land', ha))}\n\n> {name(g)} ha scritto:\n> per favore non consegnate documenti, "
                    f"ne parlo con {sal(lang, clerk)} {name(clerk, 'last')} della cancelleria ({az}).")
            ask = "Come rispondo alla direzione? Il nipote non deve portare via niente."
        else:
            body = (f"From: {name(mgr)} <{EM(mm)}>\nTo: {name(g)} <{EM(gm)}>\nSubject: {sal(lang, ward)} "
                    f"{name(ward, 'last')} – room move and a visitor\n\nDear {name(g, 'first')},\n\n"
                    f"{sal(lang, ward)} {name(ward, 'last')} moved to room 214 yesterday; the direct line is "
                    f"{PH(room_ph)}. A nephew, {name(nephew)}, wants to take some papers from the bedside drawer – "
                    f"can we allow that? Also there's a hospital appointment next week ({AD(hosp_a.one())}); who "
                    f"will go along?\n\nKind regards,\n{name(mgr)}\nManager · {home}\n{AD(ha.one())}\nTel "
                    f"{PH(ctx.phone('land', ha))}\n\n> {name(g)} wrote:\n> please don't hand over any papers – "
                    f"I'm checking with {sal(lang, clerk)} {name(clerk, 'last')} at the court ({az}).")
            ask = "How should I reply to the care home? The nephew mustn't take anything."
        return request(ctx, body, ask)
    # v == 3: phone note log of a professional guardian
    entries = []
    d = rand_date(ctx.rng, 2026, 2026)
    callers = [(ctx.relative(ward, g="f", same_last=0.5), {"de": "Tochter", "fr": "fille", "it": "figlia",
                                                             "en": "daughter"}[lang]),
               (ctx.person(g="f"), {"de": "Pflegedienstleitung", "fr": "infirmière coordinatrice",
                               "it": "coordinatrice infermieristica", "en": "head of care"}[lang]),
               (ctx.person(g="m"), {"de": {"DE": "Sachbearbeiter Rentenversicherung",
                                           "AT": "Pensionsversicherungsanstalt",
                                           "CH": "AHV-Ausgleichskasse"}.get(ctx.cc, ""),
                               "fr": "conseiller caisse de retraite",
                               "it": "operatore INPS", "en": "pensions adviser"}[lang]),
               (ctx.person(g="m"), {"de": "Nachbar", "fr": "voisin", "it": "vicino", "en": "neighbour"}[lang])]
    texts = {"de": ["bittet um Rückruf wegen Geburtstagsfeier am Wochenende",
                    "Medikamentenplan geändert, Arztbrief folgt per Post", "Antrag auf Witwenrente fehlt Unterschrift",
                    "Briefkasten in der alten Wohnung quillt über, soll er leeren?"],
             "fr": ["demande à être rappelée pour l'anniversaire ce week-end", "traitement modifié, courrier du "
                    "médecin à suivre", "il manque une signature sur la demande de réversion",
                    "la boîte aux lettres de l'ancien logement déborde, doit-il la vider ?"],
             "it": ["chiede di essere richiamata per la festa di compleanno", "terapia modificata, segue lettera "
                    "del medico", "manca una firma sulla domanda di reversibilità",
                    "la cassetta della posta della vecchia casa è piena, deve svuotarla?"],
             "en": ["asks for a call back about the birthday visit at the weekend", "medication changed, GP letter "
                    "to follow", "pension claim form is missing a signature",
                    "post piling up at the old flat – should he clear it?"]}[lang]
    for (p, role), txt in zip(callers, texts, strict=True):
        d += timedelta(days=ctx.randint(0, 4))
        num = ctx.phone(ctx.pick(["mobile", "land"]))
        who = f"{name(p, ctx.pick(['full', 'last']))} ({role})" if ctx.chance(0.7) else f"{name(p)}, {role}"
        entries.append(f"- {d.day:02d}.{d.month:02d}. {ctx.time()} – {who}, {PH(num)}: {txt}")
    hdr = {"de": f"Telefonnotizen – Betreuung {name(ward, 'last')}, {name(ward, 'first')} (geb. {DB(wdob)})",
           "fr": f"Notes téléphoniques – mesure {name(ward, 'LAST first')} ({gw(ward, 'né', 'née')} le {DB(wdob)})",
           "it": f"Appunti telefonate – {name(ward, 'LAST first')} ({gw(ward, 'nato', 'nata')} il {DB(wdob)})",
           "en": f"Phone log – {name(ward, 'LAST first')} (DOB {DB(wdob)})"}[lang]
    body = hdr + f"\n{court} · {az}\n\n" + "\n".join(entries)
    ask = {"de": "Das sind meine Telefonnotizen der Woche. Mach mir daraus eine To-do-Liste mit Rückrufnummern.",
           "fr": "Voici mes notes d'appels de la semaine. Fais-en une liste de tâches avec les numéros à rappeler.",
           "it": "Questi sono gli appunti delle telefonate della settimana. Fammi una lista di cose da fare con i "
                 "numeri da richiamare.",
           "en": "These are my phone notes from this week. Turn them into a to-do list with call-back numbers."}
    return request(ctx, body, ask)


TEMPLATES = {
    "jury": t_jury,
    "fleamarket": t_fleamarket,
    "callsheet": t_callsheet,
    "tattoo": t_tattoo,
    "patent": t_patent,
    "bulkywaste": t_bulkywaste,
    "domestic": t_domestic,
    "firstaid": t_firstaid,
    "homeswap": t_homeswap,
    "prizedraw": t_prizedraw,
    "naturalisation": t_naturalisation,
    "guardianship": t_guardianship,
}


# ====================================================================================================================
# Building and checking the records
# ====================================================================================================================
def check_entities(text: str, ents: list[dict], rid: str) -> None:
    last_end = -1
    for e in ents:
        s, t = e["start"], e["end"]
        assert 0 <= s < t <= len(text), rid
        assert text[s:t] == e["text"], rid
        assert e["text"] == e["text"].strip(), (rid, e)
        assert e["type"] in TYPES, rid
        assert s >= last_end, (rid, "overlap", e)
        last_end = t
        if e["type"] == "IBAN":
            assert iban_ok(e["text"]), (rid, e)
        if e["type"] == "CARD":
            assert luhn_ok(re.sub(r"\D", "", e["text"])), (rid, e)
        if e["type"] == "EMAIL":
            assert "@" in e["text"] or "\\u0040" in e["text"], (rid, e)
        if e["type"] == "PHONE":
            assert sum(c.isdigit() for c in e["text"]) >= 6, (rid, e)
    for c in text:
        assert c not in _MARKS, rid


_IT_ELIDE = re.compile(r"\b(il|del|dal|al) ([\ue000-\ue00f]?)(8|11|1°)(?=[\s/.-])")


def it_elide(s: str) -> str:
    """Italian elision before a date starting with a vowel sound: "l'8 marzo", "dell'11", "dall'1° maggio"."""
    art = {"il": "l'", "del": "dell'", "dal": "dall'", "al": "all'"}
    return _IT_ELIDE.sub(lambda m: art[m.group(1)] + m.group(2) + m.group(3), s)


def build(only: str | None = None) -> list[dict]:
    records = []
    for lang, regions in LANG_REGIONS.items():
        for t_idx, (tpl, fn) in enumerate(TEMPLATES.items()):
            if only and tpl != only:
                continue
            rr = random.Random(f"{SET}|{lang}|{tpl}|regions")
            rot = t_idx % len(regions)  # which regions get the extra documents rotates over the templates
            regs = regions[rot:] + regions[:rot]
            order = (regs * (N_DOCS // len(regs) + 1))[:N_DOCS]
            rr.shuffle(order)
            for i in range(N_DOCS):
                ctx = Ctx(lang, order[i], tpl, i)
                marked = fn(ctx)
                if lang == "it":
                    marked = it_elide(marked)
                text, ents = resolve(marked)
                rid = f"{SET}-{lang}-{tpl}-{i:02d}"
                check_entities(text, ents, rid)
                records.append({"id": rid, "locale": f"{lang}_{order[i]}", "lang": lang, "text": text,
                                "entities": ents})
    return records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--only", default=None, help="one template (for inspection)")
    args = ap.parse_args()
    if args.only and args.out == OUT:
        ap.error("--only writes a partial set; give --out another path")
    records = build(args.only)
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    if not args.only:
        assert len(records) == len(LANG_REGIONS) * len(TEMPLATES) * N_DOCS
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # read it back the way evaluate.py does (one JSON object per line)
    back = [json.loads(line) for line in args.out.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert back == records
    by_type = collections.Counter(e["type"] for r in records for e in r["entities"])
    by_lang = collections.Counter(r["lang"] for r in records for _ in r["entities"])
    print(f"{len(records)} documents, {sum(by_type.values())} labelled values -> {args.out}")
    print("  " + ", ".join(f"{t} {by_type[t]}" for t in TYPES))
    print("  " + ", ".join(f"{k} {by_lang[k]}" for k in LANG_REGIONS))


if __name__ == "__main__":
    main()
