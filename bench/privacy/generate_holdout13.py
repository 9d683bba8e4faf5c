r"""Thirteenth blind evaluation set ("holdout13") for the anonymizer.

Written 2026-12-05 by a helper session, blind: without reading the detectors and their name lists
(src/tarnkappe/privacy/), the tests (tests/), the other generators and their templates (the bodies of
bench/privacy/generate*.py, templates.py), the README's privacy sections or the texts of any data set under
bench/privacy/data/, without looking at the git history, log, status or diffs of anything, and never run through the
anonymizer, any test or bench/privacy/evaluate.py while written (tarnkappe is not imported; no detector output was
ever seen).  The only things read were the module docstrings of generate_holdout10.py, generate_holdout11.py and
generate_holdout12.py (read with ``ast.get_docstring``: record format, label decisions, genres already used), the
module docstring of evaluate.py and its JSONL-loading and matching code (evaluate_synthetic, _covered, _held_out: the
record fields and the type names), the file names in bench/privacy/ and bench/privacy/data/, the [tool.ruff] settings
in pyproject.toml and the Faker pin in requirements.lock (Faker==40.54.0).  The label decisions below are copied from
holdout12 (which copied them from holdout5..holdout11); the decisions added here were made while writing the
templates, never after looking at any detector output.  The written file was checked only by the generator's own
assertions, by reading its own output and by parsing it the way evaluate.py does (one JSON object per line).  Report
on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout13.jsonl: 4 languages (de, fr, it, en) x 12 templates x 10 documents = 480
documents with 7,073 labelled values (PERSON 3,105, PHONE 1,505, ADDRESS 949, DOB 770, EMAIL 525, IBAN 177, CARD
42), seeded and deterministic for a given Faker version (the lock's; Faker + the standard library; ``random.Random``
seeded with ``"holdout13|<lang>|<template>|<i>"``, every Faker locale re-seeded per document on its first use in the
document; Faker is used for person and company names only - streets, towns, postcodes, phones, e-mail addresses,
IBANs and cards come from lists and code written here, Faker's address and city providers are never called).  Each
record has ``id`` (``holdout13-<lang>-<template>-<NN>``), ``locale``, ``lang``, ``text`` and ``entities``
(``start``, ``end``, ``type``, ``text``); ``text[start:end] == text`` is asserted for every entity, entities are
sorted, do not overlap and carry no surrounding white space, every IBAN has valid ISO 13616 check digits (French ones
also a valid RIB key, Belgian ones a valid national check, Italian ones a valid CIN) and every card number passes
Luhn.  Regions: de -> DE/AT/CH, fr -> FR/BE/CH/LU, it -> IT/CH, en -> GB/IE/US/CA/AU/NZ (``locale`` is
``lang_REGION``); every (language, template) pair gets a balanced list of its regions in a seeded random order, so
region and template variant (``i % 4``) are not correlated.  The templates write the labelled values with inline
markers that are resolved into offsets at the end, so whole-document upper-casing (also with OCR letter confusions
and doubled spaces), lower-casing, pdftotext-style hyphenation at line ends (applied to unlabelled words only) and
JSON escaping keep the labels exact.

Genres (text people paste into an AI assistant at work or at home, wrapped in a request in the document's language),
chosen to differ from the genres listed for holdout3..holdout12 and from the list of earlier genres in the brief of
this session (those of holdout and holdout2 are not listed in anything read here, so an overlap with them cannot be
ruled out):
 1. permission - school trip permission slips (Einverständniserklärung Klassenfahrt, autorisation de sortie scolaire,
    autorizzazione gita, trip consent form) as aligned or plain forms and as OCR'd capitals, the teacher's slip
    tracker (Markdown or fixed width), parents' lower-case consent mails with a number abroad (NL, Nordic, BE, LU);
 2. lessons - tutoring and music lessons: timetables pasted from Excel (TSV) with the tutor's IBAN, music-school
    enrolment forms with SEPA mandate, voicemail transcripts without punctuation, monthly billing tables;
 3. ensemble - choir and orchestra member lists (fixed width), newsletters with birthdays (without year) and a new
    member's data, concert-tour passenger lists (CSV, quoted and unquoted), conductors' seating mails;
 4. allotment - allotment garden associations: plot registers (Markdown, couples, direct-debit IBANs), waiting lists,
    plot handover records, board letters as pdftotext with hyphenation;
 5. sportcourse - ski and sailing course bookings: forms with children and card or IBAN payment, instructor group
    lists (fixed width), booking-system JSON (indented, compact, \u escapes), parents' lower-case mails;
 6. petposter - lost and found pets: posters (sometimes capitals), microchip registry records, finders' messages,
    shelter found-animal logs (Markdown);
 7. watchchat - neighbourhood watch group chats (three time-stamp styles, unknown senders shown as phone numbers);
 8. blooddonor - blood donation: appointment CSV exports, invitation letters, deferral handover notes, SMS logs;
 9. courier - courier delivery exceptions: pipe-separated scanner exports, drivers' lower-case notes, recipients'
    complaints, depot end-of-day tables with the return PO box;
10. rideshare - ride-hailing receipts, lost-item chats between rider and driver, business-account trip CSVs with
    corporate cards, support complaints with a full card number and refund IBAN;
11. scholarship - recommendation letters (pdftotext with hyphenation), academic transcripts, scholarship application
    forms, selection committee shortlists;
12. prisonvisit - prison visit requests (also in capitals), visit confirmations, lawyers' legal-visit requests.
Values appear in prose, "Label: value" forms (aligned and not), two-line address blocks, Markdown, fixed-width, tab-,
semicolon-, comma- and pipe-separated tables, JSON, chat lines, voicemail transcripts, capitals with OCR noise, lower
case, in each country's conventions (German "str." and floors, Austrian "/Top" and "/Stiege/Tür" numbers, "Jänner"
and "A-", Swiss "strasse", "CH-", Postfach / Case postale / Casella postale, French "bis"/"ter", complement lines,
upper-case towns and BP ... CEDEX, Belgian "bte"/"boîte" and "B-", Luxembourg "12, rue ..." and "L-", Italian
"n.", "int.", "scala" and province codes with and without parentheses, British flats and postcodes after the town,
Irish Eircodes and counties, US "Apt" and "#", Canadian "unit-civic" numbers, Australian "Unit 3/12" and upper-case
suburbs, New Zealand suburbs, PO boxes; addresses abroad in the Netherlands, Sweden, Denmark, Norway, Finland, Poland,
Türkiye, Portugal, Spain, Luxembourg and Belgium); phone numbers national and international with "(0)", "00",
slashes, dots, hyphens, parentheses, compact E.164, Luxembourg, Belgian, Dutch and Nordic groupings, extensions as a
word after the number; dates of birth numeric (with and without leading zeros), two-digit years, ISO, US
month-first, with month names and abbreviations in four languages ("1er", "1°", "Jänner", ordinals) and written-out
English ordinals ("the twelfth of March, 1984").  Names in "First Last", "Last, First", "LAST First", "LAST, First",
"A. Last", "First L.", separate first-name / surname fields, first names alone, surnames after salutations, all
capitals, lower case, possessives ("Lenas", "Lena's", "the Meiers'"), with particles, double and hyphenated names,
names that are ordinary words, nicknames, diacritics and their ASCII spellings in e-mail addresses.  Unlabelled
distractors: booking, donor, student, prisoner, ID-document, passport, insurance, microchip, tracking, trip, mandate
and creditor-id numbers, plates, grades, amounts, plain dates and times (trips, appointments, visits, sightings,
applications), birthdays without a year, "Jg." / "classe" / "born in" years, pets' names and dates of birth, masked
cards, last-four digits and expiry dates, role mailboxes (sekretariat@, secretariat@, segreteria@, office@),
public hotlines and emergency numbers, companies (Faker company names, also made of surnames), schools, universities,
foundations, prisons, choirs, clubs and venues named after people or saints, streets without a number, towns alone.

Names: Faker locales de_DE, de_AT, de_CH, fr_FR, fr_BE, fr_CH, it_IT, en_GB, en_IE, en_US, en_CA, en_AU, en_NZ
(gendered first names and surnames; it_CH has no person provider of its own in this Faker version, so Ticino uses
it_IT plus the Ticinese list; fr_LU does not exist, so Luxembourg uses fr_FR plus the Luxembourgish list; names with
non-Latin letters are skipped), plus lists written here: region-own surname lists (German rare, Mennonite, ordinary-
word and particle names, Austrian, Swiss German and Romansh, French, Breton, Basque, Corsican and particle names,
Walloon/Flemish, Swiss-French, Luxembourgish, Italian particles, southern, Sardinian and Friulian, Ticinese, English,
Welsh, Cornish and ordinary-word names, Irish and Irish-language, US (Navajo, African-American), Canadian (Québécois,
First Nations), Australian, Maori and Pacific), language-own first-name lists (double first names, nicknames,
ordinary-word names) and a community list (Turkish, Vietnamese, West African, Maghrebi and Arabic, Persian, Romanian,
Polish, Balkan, Portuguese, South Asian, Tamil, Horn of Africa, Korean, Japanese, Chinese, Ukrainian, Greek, Hebrew,
Andean and Filipino).  About 60 % of the people come from the region's own Faker locale and lists, the rest from the
community list and the other languages' locales; about 6 % get a double surname.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, CARD), copied from holdout12 (which copied them
from holdout5..holdout11):
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
Further decisions copied from holdout5..holdout12: a surname alone after a salutation or in a surname field and a
first name alone are PERSON; lowercase names are PERSON; "Peter und Claudia Huber" is two spans; the dates of birth of
children are DOB; quotes around a value are outside the span; passport, tax, social-security, national-id, insurance
and health-service numbers have no type; values are labelled exactly as written in the source (a JSON escape inside a
value is inside the span); "Lisa K." is one PERSON span including the dot; a national phone number with its area code
in parentheses is one PHONE span including the parentheses; a form or table that keeps the street and "postcode
town" in separate fields gives two ADDRESS spans, a separate postcode-only field is not labelled; short forms in
rosters ("Meier A.", "A. Meier") are PERSON; kinship and role words (Oma, mamie, nonna, Nan, papa) are outside the
PERSON span; a company's PO box with postcode and town is an ADDRESS; a full card number in an export is CARD;
JSON ``street`` is ADDRESS, ``zip`` and ``country`` are not; payees who are persons and their IBANs are labelled;
French and Italian gendered forms are resolved per person, the cue is outside the DOB span.

Clarifications decided here while writing the templates (never after looking at any anonymizer output):
* Permission slips: the school's address and office phone are labelled, its secretariat role mailbox is not; the
  GP after "Dr." is PERSON (surname); insurance numbers, class names, trip dates, trip fees and payment references are
  unlabelled; the signature "N. Surname" is PERSON; the teacher after "Frau" / "M." / "prof." / "Ms" is PERSON.
* Lessons: students as "First L." or first names in a timetable and parents as "Frau Surname" are PERSON; the
  tutor's account holder name and IBAN are labelled; SEPA mandate references and creditor ids are unlabelled; a name in
  a voicemail transcript without punctuation is one PERSON span.
* Ensembles: voice parts and instrument codes are unlabelled; newsletter birthdays with day and month but no year are
  not DOB; the new member's full date of birth is DOB; "Jg. 1972" / "classe 1972" / "born in 1972" are unlabelled;
  "Annas Aushilfe" / "Anna's dep": the first name is PERSON, the ending outside.
* Allotments: plot numbers, "since" years, valuations and water-meter readings are unlabelled; the outgoing tenant's
  payout IBAN and the association's IBAN are labelled; a couple written "Anna and Paul Meier" is two spans.
* Sport courses: accommodation names (Faker companies) are unlabelled; a JSON ``pan`` is CARD, ``exp`` and
  ``last4`` are not; ``firstName`` / ``lastName`` are one PERSON span each; ``createdBy`` user ids are unlabelled.
* Pets: pet names, species, microchip numbers and pets' dates of birth are unlabelled; the keeper's name, address,
  phones, e-mail and date of birth are labelled; a street without a number as last-seen place is unlabelled, a found-at
  street with number is ADDRESS; vet practices are unlabelled.
* Neighbourhood chats: sender display names (first name, "First L.", full name) are PERSON, senders shown as phone
  numbers are PHONE; plates and emergency numbers (110, 112, 17, 999) are unlabelled; the local police station's
  number and the community officer's number are PHONE; "the Popescus' gate": the surname is PERSON, the plural /
  possessive ending outside.
* Blood donation: donor ids, blood groups, slot times and SMS delivery statuses are unlabelled; names inside SMS
  bodies are PERSON; the donation venue's address is ADDRESS; the free donor hotline is unlabelled.
* Couriers: tracking numbers, exception codes and tour numbers are unlabelled; a neighbour's surname in driver notes
  is PERSON and the neighbour's street with number ADDRESS; the depot's return PO box is ADDRESS.
* Ride sharing: trip ids, car models, plates, fares and masked cards are unlabelled; "Greco G." style driver names
  are PERSON; a full corporate card number in a trip export is CARD; "Airport" as destination is unlabelled.
* Scholarships: matriculation numbers, places of birth, course names, grades and ECTS are unlabelled; universities
  and foundations named after people are unlabelled; the professor's office address, phone and e-mail are labelled;
  the referee "Prof. Name <mail>": name PERSON, mail EMAIL, brackets outside.
* Prison visits: prisoner numbers, ID-document numbers, visit dates and the visits booking hotline are unlabelled;
  the prisoner, visitors, children, officers, lawyers and interpreters are PERSON; the facility's address and office
  phone are labelled; the prisoner's date of birth is DOB; the IBAN the money is sent from is IBAN.

Usage (repo root): python bench/privacy/generate_holdout13.py [--out PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

# ruff: noqa: E501

OUT = Path(__file__).resolve().parent / "data" / "synthetic_holdout13.jsonl"
LANGS = ["de", "fr", "it", "en"]
REGIONS = {"de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "CH", "LU"], "it": ["IT", "CH"],
           "en": ["GB", "IE", "US", "CA", "AU", "NZ"]}
FAKER_LOC = {("de", "DE"): "de_DE", ("de", "AT"): "de_AT", ("de", "CH"): "de_CH", ("fr", "FR"): "fr_FR",
             ("fr", "BE"): "fr_BE", ("fr", "CH"): "fr_CH", ("fr", "LU"): "fr_FR", ("it", "IT"): "it_IT",
             ("it", "CH"): "it_IT", ("en", "GB"): "en_GB", ("en", "IE"): "en_IE", ("en", "US"): "en_US",
             ("en", "CA"): "en_CA", ("en", "AU"): "en_AU", ("en", "NZ"): "en_NZ"}
OTHER_LOCS = ["de_DE", "de_AT", "de_CH", "fr_FR", "fr_BE", "fr_CH", "it_IT", "en_GB", "en_IE", "en_US", "en_NZ",
              "en_AU", "en_CA"]

# ----------------------------------------------------------------------------------------------- markers
M0, M1, M2 = "\ue000", "\ue001", "\ue002"
_MARK = re.compile(f"{M0}([A-Z]+){M1}(.*?){M2}", re.S)


def mk(typ: str, s: str) -> str:
    assert s and s == s.strip() and M0 not in s, (typ, s)
    return f"{M0}{typ}{M1}{s}{M2}"


def P(s: str) -> str:
    return mk("PERSON", s)


def A(s: str) -> str:
    return mk("ADDRESS", s)


def D(s: str) -> str:
    return mk("DOB", s)


def T(s: str) -> str:
    return mk("PHONE", s)


def E(s: str) -> str:
    return mk("EMAIL", s)


def IB(s: str) -> str:
    return mk("IBAN", s)


def C(s: str) -> str:
    return mk("CARD", s)


def vis(s: str) -> str:
    return _MARK.sub(lambda m: m.group(2), s)


def mlower(s: str) -> str:
    return s.lower()


def pad(s: str, w: int) -> str:
    return s + " " * max(1, w - len(vis(s)))


def jesc(s: str, ascii_only: bool = False) -> str:
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def resolve(marked: str, mode: str | None, rng: random.Random) -> tuple[str, list[dict]]:
    out: list[str] = []
    ents: list[dict] = []
    pos = 0
    last = 0

    def plain(s: str) -> str:
        if mode in ("upper", "ocr"):
            s = s.upper()
        elif mode in ("lower", "speech"):
            s = s.lower()
        if mode == "ocr":
            s = _ocr(s, rng)
        if mode == "hyph":
            s = _hyph(s, rng)
        return s

    def ent(s: str) -> str:
        if mode in ("upper", "ocr"):
            return s.upper()
        if mode in ("lower", "speech"):
            return s.lower()
        return s

    for m in _MARK.finditer(marked):
        seg = plain(marked[last:m.start()])
        out.append(seg)
        pos += len(seg)
        val = ent(m.group(2))
        ents.append({"start": pos, "end": pos + len(val), "type": m.group(1), "text": val})
        out.append(val)
        pos += len(val)
        last = m.end()
    seg = plain(marked[last:])
    out.append(seg)
    text = "".join(out)
    assert M0 not in text and M1 not in text and M2 not in text
    return text, ents


_OCR_SWAP = {"O": "0", "I": "1", "L": "1", "S": "5", "B": "8", "E": "F", "M": "N", "U": "V"}


def _ocr(s: str, rng: random.Random) -> str:
    res = []
    for ch in s:
        if ch in _OCR_SWAP and rng.random() < 0.03:
            res.append(_OCR_SWAP[ch])
        elif ch == " " and rng.random() < 0.05:
            res.append("  ")
        else:
            res.append(ch)
    return "".join(res)


def _hyph(s: str, rng: random.Random) -> str:
    def cut(m: re.Match) -> str:
        w = m.group(0)
        if rng.random() < 0.25:
            k = rng.randint(3, len(w) - 4)
            return w[:k] + "-\n" + w[k:]
        return w
    return re.sub(r"[A-Za-zÀ-ÿ]{10,}", cut, s)


# ----------------------------------------------------------------------------------------------- names
def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


OWN_LAST = {
    ("de", "DE"): _split("Kloppenburg|Wiegand-Ostermann|Habersetzer|Zwirner|Pfefferkorn|Sonntag|Vogelsang|Frühauf|"
                         "Butterweck|Eichhorn|Janzen|Thießen|Wöhrle|von der Heydt|zu Dohna|Schwarzkopf|Langhans|"
                         "Sauerwein|Rübsamen|Bäumler|Ostrowski|Przybilla|Kaczmarek-Lenz|Himmelreich|Fuchs|Winter|"
                         "Sommer|Lange|Hagedorn|Möllenbeck|Tjarks|Hinrichsen|Ehlers|Klaassen|Mertens-Auer"),
    ("de", "AT"): _split("Pichlmayr|Hinterberger|Nowotny|Wallner|Grubmüller|Oberhuber|Krenn|Hödl|Pospisil|Prohaska|"
                         "Wurzer|Kößler|Hackl|Strasser|Pöltl|Zechmeister|Mayrhofer|Schwaiger|Jungwirth|Stöger"),
    ("de", "CH"): _split("Bärtschi|Zwahlen|Gisler|Tschümperlin|Caduff|Hürlimann|Vonlanthen|Zurbriggen|Ammann|"
                         "Bühler|Wüthrich|Stucki|Schwegler|Gasser|Zgraggen|Imboden|Cavelti|Luzi|Rohrer|Blöchlinger"),
    ("fr", "FR"): _split("Le Gall|Kerhervé|Quéméneur|Etcheverry|Santoni|Bussière|Delacroix-Vautrin|de La Rochette|"
                         "Lefebvre|Boulanger|Berger|Marchand|Meunier|Chevalier|Rousseau-Maillard|Lagarde|Perrin|"
                         "d'Almeida|Poulain|Lemoine|Ferrand|Guérin|Agostini|Oyharçabal|Le Floch"),
    ("fr", "BE"): _split("Van den Broeck|Dupont|Lambert|Maes|Claes|Wouters|Peeters|Lejeune|Renard|Delvaux|Goffin|"
                         "Vanderlinden|Mathieu|Dubois|Collignon|Leroy|Van Acker|De Smet|Pirotte|Hennuy"),
    ("fr", "CH"): _split("Rochat|Favre|Jaquier|Pittet|Chappuis|Gaillard|Monnier|Vuilleumier|Bovet|Rossier|"
                         "Chevalley|Cuénod|Reymond|Ducret|Mottier|Pasche"),
    ("fr", "LU"): _split("Reuter|Kieffer|Thill|Hoffmann|Muller|Schmit|Weis|Majerus|Feller|Wagner|Schroeder|"
                         "Goedert|Hilbert|Kremer|Steichen|Mangen|Bettendorf|Wolter"),
    ("it", "IT"): _split("Esposito|De Luca|Dell'Acqua|Lo Presti|La Rosa|Di Benedetto|Scognamiglio|Cannavacciuolo|"
                         "Pinna|Sanna|Deiana|Cossu|Zanin|Furlan|De Cecco|Pittaluga|Fabbri|Zanetti|Della Valle|"
                         "Barbieri|Passalacqua|Mancuso|Leone|Gallo|Mele|Coppola|Lo Bianco|D'Angelo|Piras|Tomasin"),
    ("it", "CH"): _split("Bernasconi|Lurati|Cattaneo|Bottani|Pedrazzini|Canepa|Rusconi|Beffa|Gianella|Maspoli|"
                         "Soldati|Respini|Induni|Vassalli|Zanetti|Ghisletta"),
    ("en", "GB"): _split("Featherstone|Pennington|Ffoulkes|ap Rhys|MacGillivray|Fairweather|Baker|Cook|Mason|Young|"
                         "Bird|Rose|Fox|Wood|Dunbar-Hale|Whitlock|Hargreaves|Pryce|Trelawney|Penhaligon"),
    ("en", "IE"): _split("Ní Bhriain|Ó Súilleabháin|O'Driscoll|McAllister|Mac Giolla Phádraig|Byrne|Kavanagh|"
                         "Ní Dhomhnaill|Fitzgerald|Brennan|Moriarty|Ó Ceallaigh|Hennessy|Scanlon"),
    ("en", "US"): _split("Begay|Yazzie|Washington|Jefferson|Whitfield|Kowalski|Hernandez-Ruiz|Okonkwo|Robinson|"
                         "Goldberg|Castillo|Nakamura|Tsosie|Baptiste|O'Hara"),
    ("en", "CA"): _split("Bouchard|Tremblay|Gagnon|Lachance|Côté|Sinclair|McLeod|Bearskin|Whitehorse|Paquette|"
                         "Lindqvist|Chu|Singh-Grewal|Fraser"),
    ("en", "AU"): _split("Tamblyn|Pearce|Murray|Haddad|Nguyen|Papadakis|Carmody|Thorpe|Wirrpanda|Kelly|"
                         "Vanstone|Pellegrino|Wheeler"),
    ("en", "NZ"): _split("Tamihana|Te Rangi|Ngata|Parata|Tuhoe|Fa'amausili|Taufa|Cartwright|McKenzie|Rāwiri|"
                         "Pomare|Hēnare|Ferguson|Sione"),
}
OWN_FIRST = {
    "de": ([("Jannis", "m"), ("Mats", "m"), ("Frieda", "f"), ("Ida", "f"), ("Wiebke", "f"), ("Lotte", "f"),
            ("Hannes", "m"), ("Korbinian", "m"), ("Vroni", "f"), ("Ursli", "m"), ("Reto", "m"), ("Seraina", "f"),
            ("Leandra", "f"), ("Hartmut", "m"), ("Gisela", "f"), ("Lutz", "m"), ("Steffi", "f"), ("Bine", "f"),
            ("Toni", "m"), ("Flo", "m"), ("Kathi", "f"), ("Anna-Lena", "f"), ("Karl-Heinz", "m"),
            ("Sieglinde", "f"), ("Wendelin", "m"), ("Frauke", "f"), ("Ole", "m"), ("Gerlinde", "f")]),
    "fr": ([("Maëlys", "f"), ("Enzo", "m"), ("Gaëlle", "f"), ("Loïc", "m"), ("Anne-Sophie", "f"),
            ("Jean-Baptiste", "m"), ("Marie-Thérèse", "f"), ("Yannick", "m"), ("Soizic", "f"), ("Gwenaël", "m"),
            ("Clotilde", "f"), ("Théo", "m"), ("Inès", "f"), ("Romane", "f"), ("Mathis", "m"), ("Fanfan", "f"),
            ("Jean-Luc", "m"), ("Gaspard", "m"), ("Bérénice", "f"), ("Maïwenn", "f"), ("Pol", "m"),
            ("Guy", "m"), ("Colette", "f"), ("Jos", "m")]),
    "it": ([("Gian Marco", "m"), ("Maria Grazia", "f"), ("Pierluigi", "m"), ("Annalisa", "f"), ("Ginevra", "f"),
            ("Ettore", "m"), ("Letizia", "f"), ("Brando", "m"), ("Nicolò", "m"), ("Mattia", "m"),
            ("Caterina", "f"), ("Aurora", "f"), ("Gaetano", "m"), ("Salvatore", "m"), ("Assunta", "f"),
            ("Tullio", "m"), ("Ornella", "f"), ("Gianpiero", "m"), ("Maria Chiara", "f"), ("Pinuccia", "f"),
            ("Totò", "m"), ("Efisio", "m"), ("Nives", "f")]),
    "en": ([("Aoife", "f"), ("Siobhan", "f"), ("Niamh", "f"), ("Caoimhe", "f"), ("Rhys", "m"), ("Dylan", "m"),
            ("Bronwyn", "f"), ("Eilidh", "f"), ("Hamish", "m"), ("Tui", "f"), ("Aroha", "f"), ("Wiremu", "m"),
            ("Mackenzie", "f"), ("Brooke", "f"), ("Jaxon", "m"), ("Keisha", "f"), ("DeShawn", "m"),
            ("Maddison", "f"), ("Kai", "m"), ("Hope", "f"), ("Faith", "f"), ("Grace", "f"), ("Summer", "f"),
            ("Bazza", "m"), ("Shaz", "f"), ("Oisín", "m"), ("Tāne", "m"), ("Mary-Kate", "f")]),
}
COMM_LAST = _split("Yılmaz|Öztürk|Demir|Kaya|Nguyen|Tran|Pham|Okafor|Adeyemi|Mensah|Diallo|Traoré|Haddad|El Amrani|"
                   "Benali|Ait Ouali|Hosseini|Ahmadi|Rahimi|Popescu|Ionescu|Kowalczyk|Wiśniewska|Nowak|Petrović|"
                   "Hodžić|Krasniqi|Berisha|Silva|Pereira|dos Santos|Kumar|Patel|Singh|Sivakumar|Tesfaye|Abdi|"
                   "Warsame|Kim|Park|Tanaka|Sato|Wang|Li|Zhang|Chen|Shevchenko|Kovalenko|Papadopoulos|Cohen|Levi|"
                   "Mamani|Quispe|dela Cruz|Reyes|Abou Khalil|Ben Youssef|Osei|Ndiaye|Mukendi|Arslan|Gashi")
COMM_FIRST = [("Mehmet", "m"), ("Elif", "f"), ("Ayşe", "f"), ("Minh", "m"), ("Thu", "f"), ("Chinedu", "m"),
              ("Ngozi", "f"), ("Kwame", "m"), ("Abena", "f"), ("Fatou", "f"), ("Mamadou", "m"), ("Youssef", "m"),
              ("Samira", "f"), ("Karim", "m"), ("Leila", "f"), ("Reza", "m"), ("Zahra", "f"), ("Andrei", "m"),
              ("Ioana", "f"), ("Katarzyna", "f"), ("Piotr", "m"), ("Dragan", "m"), ("Amra", "f"), ("Arben", "m"),
              ("Blerta", "f"), ("João", "m"), ("Mariana", "f"), ("Priya", "f"), ("Arjun", "m"), ("Tharshan", "m"),
              ("Meron", "f"), ("Yonas", "m"), ("Hodan", "f"), ("Ji-woo", "f"), ("Haruto", "m"), ("Yuki", "f"),
              ("Wei", "m"), ("Xiaoling", "f"), ("Oksana", "f"), ("Taras", "m"), ("Eleni", "f"), ("Yannis", "m"),
              ("Noa", "f"), ("Avi", "m"), ("Wilmer", "m"), ("Maricel", "f"), ("Jun", "m"), ("Olamide", "f")]


def _latin(s: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in s)


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("æ", "ae").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in "-. "))


@dataclass
class Person:
    first: str
    last: str
    g: str

    def fl(self) -> str:
        return f"{self.first} {self.last}"

    def lf(self) -> str:
        return f"{self.last}, {self.first}"

    def ini(self) -> str:
        return self.first[0] + "."

    def fi(self) -> str:
        return f"{self.first} {self.last[0].upper() if self.last[0].isalpha() else self.last[:2]}."


# ----------------------------------------------------------------------------------------------- places
ADDR = {
    "DE": dict(streets=_split("Lindenstraße|Am Mühlbach|Kirchgasse|Hauptstr.|Schillerstraße|Gartenweg|Ahornallee|"
                              "Birkenweg|Im Wiesengrund|Zum Steinbruch|Hohe Straße|Friedrich-Ebert-Str.|"
                              "An der Alten Ziegelei|Rosenstraße|Brunnenweg|Kastanienallee"),
               towns=[("04109", "Leipzig"), ("50667", "Köln"), ("79098", "Freiburg im Breisgau"), ("24103", "Kiel"),
                      ("93047", "Regensburg"), ("01067", "Dresden"), ("66111", "Saarbrücken"), ("33602", "Bielefeld"),
                      ("87435", "Kempten (Allgäu)"), ("18055", "Rostock"), ("49074", "Osnabrück"),
                      ("97070", "Würzburg")]),
    "AT": dict(streets=_split("Mariahilfer Straße|Herrengasse|Linzer Straße|Kaiserfeldgasse|Anichstraße|"
                              "Getreidegasse|Waldweg|Dorfstraße|Schönbrunner Straße|Grazer Gasse"),
               towns=[("1060", "Wien"), ("8010", "Graz"), ("6020", "Innsbruck"), ("5020", "Salzburg"),
                      ("4020", "Linz"), ("9020", "Klagenfurt am Wörthersee"), ("6850", "Dornbirn"),
                      ("3100", "St. Pölten")]),
    "CH": dict(streets=_split("Bahnhofstrasse|Dorfstrasse|Seestrasse|Rütistrasse|Kirchweg|Zürichstrasse|"
                              "Obere Gasse|Hofackerstrasse|Alpenblickweg|Weinbergstrasse"),
               towns=[("8004", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"),
                      ("9000", "St. Gallen"), ("7000", "Chur"), ("8400", "Winterthur"), ("3900", "Brig")]),
    "CHfr": dict(streets=_split("Rue du Lac|Chemin des Vignes|Avenue de la Gare|Route de Berne|Rue du Temple|"
                                "Chemin de la Forêt|Avenue de Morges"),
                 towns=[("1003", "Lausanne"), ("1201", "Genève"), ("2000", "Neuchâtel"), ("1700", "Fribourg"),
                        ("1950", "Sion"), ("1400", "Yverdon-les-Bains"), ("2300", "La Chaux-de-Fonds")]),
    "CHit": dict(streets=_split("Via Cantonale|Via San Gottardo|Via Nassa|Viale Stazione|Via Lucino|Via Vela|"
                                "Via ai Monti"),
                 towns=[("6900", "Lugano"), ("6500", "Bellinzona"), ("6600", "Locarno"), ("6850", "Mendrisio"),
                        ("6512", "Giubiasco"), ("6710", "Biasca")]),
    "FR": dict(streets=_split("rue des Tilleuls|avenue Jean-Jaurès|boulevard de la Liberté|impasse des Mésanges|"
                              "chemin du Moulin|allée des Peupliers|route de Lyon|place du Marché|rue Pasteur|"
                              "rue de la Fontaine"),
               towns=[("69003", "LYON"), ("33000", "BORDEAUX"), ("29200", "BREST"), ("64100", "BAYONNE"),
                      ("13006", "MARSEILLE"), ("59000", "LILLE"), ("67000", "STRASBOURG"), ("35000", "RENNES"),
                      ("20000", "AJACCIO"), ("31000", "TOULOUSE"), ("75011", "PARIS"), ("44000", "NANTES")]),
    "BE": dict(streets=_split("Rue de la Station|Chaussée de Louvain|Avenue des Hêtres|Rue Haute|Rue du Moulin|"
                              "Place Saint-Lambert|Rue des Écoles|Avenue Albert Ier"),
               towns=[("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"),
                      ("1348", "Louvain-la-Neuve"), ("7000", "Mons"), ("1050", "Ixelles"), ("4800", "Verviers")]),
    "LU": dict(streets=_split("rue de Hollerich|avenue de la Liberté|route d'Arlon|Um Bierg|rue Principale|"
                              "rue de l'Alzette|Kierchestrooss"),
               towns=[("1741", "Luxembourg"), ("4001", "Esch-sur-Alzette"), ("9010", "Ettelbruck"),
                      ("8080", "Bertrange"), ("3401", "Dudelange")]),
    "IT": dict(streets=_split("Via Roma|Via Giuseppe Garibaldi|Corso Vittorio Emanuele II|Piazza Duomo|"
                              "Viale dei Mille|Vicolo del Pozzo|Via dei Tigli|Via Nazionale|Via San Francesco|"
                              "Largo Augusto"),
               towns=[("20121", "Milano", "MI"), ("00185", "Roma", "RM"), ("80134", "Napoli", "NA"),
                      ("10123", "Torino", "TO"), ("40126", "Bologna", "BO"), ("90133", "Palermo", "PA"),
                      ("09124", "Cagliari", "CA"), ("33100", "Udine", "UD"), ("50122", "Firenze", "FI"),
                      ("37121", "Verona", "VR"), ("70122", "Bari", "BA"), ("16121", "Genova", "GE")]),
    "GB": dict(streets=_split("Mill Lane|Queen's Road|The Crescent|Kingsway|Rowan Close|High Street|Victoria Terrace|"
                              "Station Road|Glebe Gardens|Hawthorn Drive"),
               towns=[("Leeds", "LS6 2AB"), ("Bristol", "BS3 4QH"), ("Cardiff", "CF24 3DN"),
                      ("Edinburgh", "EH9 1PR"), ("Norwich", "NR2 3LB"), ("Manchester", "M14 5RT"),
                      ("Truro", "TR1 2HW"), ("Inverness", "IV2 3EB")]),
    "IE": dict(streets=_split("Church Road|Harbour View|Ard na Gréine|Main Street|Castle Park|Bóthar na Trá|"
                              "Oakwood Drive"),
               towns=[("Ballincollig, Co. Cork", "P31 X2Y3"), ("Galway", "H91 F8K2"), ("Dublin 8", "D08 T6R4"),
                      ("Tralee, Co. Kerry", "V92 R7P1"), ("Athlone, Co. Westmeath", "N37 A2C9")]),
    "US": dict(streets=_split("Maple Ave|W 14th St|Ridgeview Dr|N Clark St|Orchard Ln|Sycamore Blvd|Pine Ridge Rd"),
               towns=[("Springfield, IL", "62704"), ("Albuquerque, NM", "87106"), ("Portland, OR", "97214-3321"),
                      ("Madison, WI", "53703"), ("Savannah, GA", "31401"), ("Tucson, AZ", "85719")]),
    "CA": dict(streets=_split("Elm Street|rue Saint-Denis|Birchmount Rd|Spring Garden Rd|Portage Ave|Bank Street"),
               towns=[("Toronto, ON", "M4C 1B5"), ("Halifax, NS", "B3H 2Y9"), ("Winnipeg, MB", "R3C 0V8"),
                      ("Vancouver, BC", "V5K 0A1"), ("Ottawa, ON", "K1N 6N5"), ("Montréal, QC", "H2X 3K9")]),
    "AU": dict(streets=_split("Wattle St|Banksia Crescent|Kookaburra Pl|Sydney Rd|Jacaranda Ave|Beach Rd"),
               towns=[("BRUNSWICK", "VIC 3056"), ("FREMANTLE", "WA 6160"), ("NEWTOWN", "NSW 2042"),
                      ("TOOWONG", "QLD 4066"), ("GLENELG", "SA 5045")]),
    "NZ": dict(streets=_split("Kauri Road|Pohutukawa Avenue|Hinemoa Street|Rata Street|Tui Crescent"),
               towns=[("Mt Eden", "Auckland 1024"), ("Karori", "Wellington 6012"), ("Riccarton", "Christchurch 8041"),
                      ("Roslyn", "Dunedin 9010"), ("Hamilton East", "Hamilton 3216")]),
}
ABROAD = [("NL", "Keizersgracht 112-III", "1015 CW Amsterdam"), ("SE", "Storgatan 14", "252 23 Helsingborg"),
          ("DK", "Nørregade 7, 2. th.", "1165 København K"), ("NO", "Kirkeveien 33", "0368 Oslo"),
          ("PL", "ul. Długa 5/12", "80-827 Gdańsk"), ("TR", "Atatürk Cad. No: 14 D: 3", "35220 Konak/İzmir"),
          ("PT", "Rua das Flores 27, 2.º Esq.", "4050-262 Porto"), ("ES", "Calle Mayor 8, 3º B", "28013 Madrid"),
          ("FI", "Mannerheimintie 40 B 12", "00100 Helsinki"), ("LU", "5, rue des Prés", "L-7333 Steinsel"),
          ("BE", "Kerkstraat 17 bus 2", "2000 Antwerpen")]


@dataclass
class Addr:
    street: str
    pct: str
    sub: str = ""
    sep: str = ", "
    sub_after: bool = False

    def one(self) -> str:
        if self.sub and self.sub_after:
            return f"{self.street}, {self.sub}{self.sep}{self.pct}"
        if self.sub:
            return f"{self.sub}, {self.street}{self.sep}{self.pct}"
        return f"{self.street}{self.sep}{self.pct}"

    def lines(self) -> list[str]:
        return ([self.sub] if self.sub else []) + [self.street, self.pct]


# ----------------------------------------------------------------------------------------------- months
MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}
EN_ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
          9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
          15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth"}


def _ord(n: int) -> str:
    return str(n) + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


# ----------------------------------------------------------------------------------------------- checksums
def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def make_iban(cc: str, bban: str) -> str:
    chk = 98 - _num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return _num(s[4:] + s[:4]) % 97 == 1


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cin(s: str) -> str:
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch, 36) if ch.isdigit() else ord(ch) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def luhn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0


def luhn_complete(body: str) -> str:
    for k in range(10):
        if luhn_ok(body + str(k)):
            return body + str(k)
    raise AssertionError


# ----------------------------------------------------------------------------------------------- phones
# country: (cc, trunk, land [(area, len)], mobile [(prefix, len)])
PH = {
    "DE": ("49", "0", [("30", 8), ("40", 8), ("89", 7), ("221", 7), ("341", 7), ("761", 6), ("431", 6), ("941", 6),
                       ("351", 7), ("6221", 6), ("5251", 5)], [("151", 8), ("160", 7), ("170", 7), ("176", 8)]),
    "AT": ("43", "0", [("1", 7), ("316", 6), ("512", 6), ("662", 6), ("732", 6), ("5572", 5)],
           [("664", 7), ("676", 7), ("650", 7), ("699", 8)]),
    "CH": ("41", "0", [("44", 7), ("31", 7), ("61", 7), ("21", 7), ("22", 7), ("91", 7), ("81", 7), ("32", 7)],
           [("79", 7), ("78", 7), ("76", 7), ("77", 7)]),
    "FR": ("33", "0", [("1", 8), ("4", 8), ("5", 8), ("2", 8), ("3", 8)], [("6", 8), ("7", 8)]),
    "BE": ("32", "0", [("2", 7), ("4", 7), ("81", 6), ("71", 6), ("65", 6), ("87", 6)],
           [("470", 6), ("475", 6), ("486", 6), ("499", 6)]),
    "LU": ("352", "", [("2", 7), ("4", 5)], [("621", 6), ("661", 6), ("691", 6)]),
    "IT": ("39", "", [("02", 7), ("06", 8), ("081", 7), ("011", 7), ("051", 7), ("091", 7), ("070", 6),
                      ("0432", 6)], [("333", 7), ("347", 7), ("320", 7), ("389", 7), ("340", 7)]),
    "GB": ("44", "0", [("20", 8), ("113", 7), ("117", 7), ("29", 8), ("131", 7), ("1603", 6), ("161", 7),
                       ("1872", 6)], [("7700", 6), ("7911", 6), ("7458", 6), ("7828", 6)]),
    "IE": ("353", "0", [("1", 7), ("21", 7), ("91", 6), ("66", 7)], [("87", 7), ("86", 7), ("85", 7), ("83", 7)]),
    "US": ("1", "", [("312", 7), ("505", 7), ("503", 7), ("608", 7), ("912", 7), ("520", 7)], []),
    "CA": ("1", "", [("416", 7), ("902", 7), ("204", 7), ("604", 7), ("613", 7), ("514", 7)], []),
    "AU": ("61", "0", [("2", 8), ("3", 8), ("7", 8), ("8", 8)], [("4", 8)]),
    "NZ": ("64", "0", [("9", 7), ("4", 7), ("3", 7)], [("21", 7), ("22", 7), ("27", 7)]),
    "NL": ("31", "0", [("20", 7), ("10", 7), ("30", 7)], [("6", 8)]),
    "SE": ("46", "0", [("8", 7), ("31", 7)], [("70", 7), ("73", 7)]),
    "DK": ("45", "", [("3", 7)], [("2", 7)]),
    "NO": ("47", "", [("2", 7)], [("4", 7), ("9", 7)]),
}


def _grp(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return sep.join(out)


def fmt_phone(rng: random.Random, cc_key: str, area: str, sub: str, intl: bool) -> str:
    cc, trunk, _, _ = PH[cc_key]
    full = area + sub
    ch = rng.random()
    if cc_key == "FR":
        if intl:
            return f"+33 {area} {_grp(sub, [2, 2, 2, 2])}" if ch < .6 else f"+33 (0){area} {_grp(sub, [2, 2, 2, 2])}"
        sep = rng.choice([" ", ".", " ", "-", ""])
        return "0" + area + sep + _grp(sub, [2, 2, 2, 2], sep)
    if cc_key in ("US", "CA"):
        a, b, c = area, sub[:3], sub[3:]
        if intl:
            return rng.choice([f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}", f"+1-{a}-{b}-{c}"])
        return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}"])
    if cc_key == "CH":
        g = _grp(sub, [3, 2, 2])
        if intl:
            return rng.choice([f"+41 {area} {g}", f"0041 {area} {g}", f"+41 (0){area} {g}", f"+41{full}"])
        return rng.choice([f"0{area} {g}", f"0{area} {g}", f"0{area}.{_grp(sub, [3, 2, 2], '.')}", f"0{area}/{sub}"])
    if cc_key == "IT":
        g = rng.choice([sub, _grp(sub, [3, 4]), _grp(sub, [4, 4])])
        if intl:
            return rng.choice([f"+39 {area} {g}", f"0039 {area} {g}", f"+39 {area}{sub}", f"+39.{area}.{sub}"])
        return rng.choice([f"{area} {g}", f"{area}/{sub}", f"{area}.{sub}", f"{area}-{g}"])
    if cc_key == "BE":
        g = _grp(sub, [2, 2, 2] if len(sub) == 6 else [3, 2, 2])
        if intl:
            return rng.choice([f"+32 {area} {g}", f"0032 {area} {g}", f"+32 (0){area} {g}"])
        return rng.choice([f"0{area} {g}", f"0{area}/{_grp(sub, [2, 2, 2] if len(sub) == 6 else [3, 2, 2], '.')}",
                           f"0{area}/{g}"])
    if cc_key == "LU":
        g = _grp(full, [3, 3, 3]) if len(full) == 9 else _grp(full, [2, 2, 2, 2])
        return rng.choice([f"+352 {g}", f"00352 {g}", f"(+352) {g}"]) if intl else g
    if cc_key == "GB":
        if len(area) == 4 and area.startswith("7"):
            nat = f"0{area} {sub}"
        elif area == "20" or area == "29":
            nat = f"0{area} {sub[:4]} {sub[4:]}"
        else:
            nat = rng.choice([f"0{area} {_grp(sub, [3, 4])}", f"(0{area}) {sub}"])
        if intl:
            return rng.choice([f"+44 {area} {_grp(sub, [3, 3, 3])}", f"+44 (0){nat[1:]}" if not nat.startswith("(")
                               else f"+44 {area} {sub}", f"0044 {area} {sub}"])
        return nat
    if cc_key == "AU":
        if area == "4":
            nat = f"04{sub[:2]} {sub[2:5]} {sub[5:]}"
            return f"+61 4{sub[:2]} {sub[2:5]} {sub[5:]}" if intl else nat
        return f"+61 {area} {sub[:4]} {sub[4:]}" if intl else rng.choice([f"(0{area}) {sub[:4]} {sub[4:]}",
                                                                           f"0{area} {sub[:4]} {sub[4:]}"])
    if cc_key == "NL":
        if intl:
            return rng.choice([f"+31 {area} {sub}", f"+31 (0){area} {_grp(sub, [4, 4])}"])
        return f"0{area}-{sub}"
    if cc_key in ("DK", "NO"):
        return (f"+{cc} " if intl else "") + (_grp(full, [2, 2, 2, 2]) if cc_key == "DK" else _grp(full, [3, 2, 3]))
    if cc_key == "SE":
        g = _grp(sub, [3, 2, 2])
        return f"+46 {area} {g}" if intl else f"0{area}-{g}"
    # DE AT IE NZ generic
    g = rng.choice([sub, _grp(sub, [3, 4]) if len(sub) == 7 else _grp(sub, [2, 2, 2, 2][: (len(sub) + 1) // 2]),
                    sub])
    if intl:
        return rng.choice([f"+{cc} {area} {g}", f"+{cc} ({trunk}){area} {g}", f"00{cc} {area} {g}", f"+{cc}{full}",
                           f"+{cc} {area}/{sub}"])
    return rng.choice([f"0{area} {g}", f"0{area}/{sub}", f"(0{area}) {g}", f"0{area}-{sub}", f"0{area} {g}"])


# ----------------------------------------------------------------------------------------------- generator
FAKERS: dict[str, Faker] = {}

DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com"], "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"], "BE": ["skynet.be", "telenet.be",
                                                                              "proximus.be", "gmail.com"],
    "LU": ["pt.lu", "internet.lu", "gmail.com"], "IT": ["libero.it", "virgilio.it", "tiscali.it", "alice.it",
                                                         "gmail.com"],
    "GB": ["btinternet.com", "outlook.com", "gmail.com", "yahoo.co.uk"], "IE": ["eircom.net", "gmail.com",
                                                                                "outlook.ie"],
    "US": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com"], "CA": ["shaw.ca", "gmail.com", "videotron.ca"],
    "AU": ["bigpond.com", "gmail.com", "optusnet.com.au"], "NZ": ["xtra.co.nz", "gmail.com", "slingshot.co.nz"],
}


class Gen:
    def __init__(self, lang: str, region: str, tpl: str, i: int):
        self.rng = random.Random(f"holdout13|{lang}|{tpl}|{i}")
        self.lang, self.region, self.i, self.var = lang, region, i, i % 4
        self.seeded: set[str] = set()
        self.akey = region if not (region == "CH" and lang != "de") else ("CHfr" if lang == "fr" else "CHit")

    # helpers
    def t(self, de: str, fr: str, it: str, en: str) -> str:
        return {"de": de, "fr": fr, "it": it, "en": en}[self.lang]

    def ch(self, seq):
        return self.rng.choice(seq)

    def p(self, x: float) -> bool:
        return self.rng.random() < x

    def n(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def fk(self, loc: str) -> Faker:
        if loc not in FAKERS:
            FAKERS[loc] = Faker(loc)
        if loc not in self.seeded:
            FAKERS[loc].seed_instance(self.rng.randrange(1 << 30))
            self.seeded.add(loc)
        return FAKERS[loc]

    # people
    def person(self, g: str | None = None, last: str | None = None, own: float = 0.6) -> Person:
        g = g or self.ch("mf")
        for _ in range(20):
            r = self.rng.random()
            if r < own * 0.55:
                f = self.fk(FAKER_LOC[(self.lang, self.region)])
                first = f.first_name_male() if g == "m" else f.first_name_female()
                ln = f.last_name()
            elif r < own:
                first = self.ch([x for x, gg in OWN_FIRST[self.lang] if gg == g]) if self.p(.6) else \
                    getattr(self.fk(FAKER_LOC[(self.lang, self.region)]),
                            "first_name_male" if g == "m" else "first_name_female")()
                ln = self.ch(OWN_LAST[(self.lang, self.region)])
            elif r < own + (1 - own) * 0.7:
                first = self.ch([x for x, gg in COMM_FIRST if gg == g])
                ln = self.ch(COMM_LAST)
            else:
                f = self.fk(self.ch(OTHER_LOCS))
                first = f.first_name_male() if g == "m" else f.first_name_female()
                ln = f.last_name()
            if last:
                ln = last
            if _latin(first + ln):
                if self.p(.06) and "-" not in ln and " " not in ln and last is None:
                    ln = ln + "-" + self.ch(OWN_LAST[(self.lang, self.region)]).split()[-1]
                return Person(first, ln, g)
        raise AssertionError

    def name(self, p: Person, styles: str = "fl") -> str:
        s = self.ch(styles.split(","))
        return {"fl": p.fl(), "lf": p.lf(), "LF": f"{p.last.upper()} {p.first}", "LcF": f"{p.last.upper()}, {p.first}",
                "iL": f"{p.ini()} {p.last}", "fI": p.fi(), "f": p.first, "l": p.last, "Lf": f"{p.last} {p.first}",
                "FL": p.fl().upper(), "Li": f"{p.last} {p.ini()}"}[s]

    def email(self, p: Person, region: str | None = None) -> str:
        region = region or self.region
        f = ascii_fold(p.first).lower().replace(" ", "").replace("-", "")
        ln = ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
        dom = self.ch(DOMAINS[region])
        loc = self.ch([f"{f}.{ln}", f"{f[0]}.{ln}", f"{f}{ln}{self.n(1, 99)}", f"{ln}.{f}", f"{f}_{ln}",
                       f"{f[0]}{ln}", f"{f}.{ln[0]}", f"{ln}{self.n(60, 99)}"])
        return f"{loc}@{dom}"

    def work_email(self, p: Person, dom: str) -> str:
        f = ascii_fold(p.first).lower().replace(" ", "").replace("-", "")
        ln = ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
        return self.ch([f"{f}.{ln}", f"{f[0]}.{ln}", f"{ln}"]) + "@" + dom

    # places
    def addr(self, region: str | None = None, sub_ok: bool = True) -> Addr:
        key = region or self.akey
        if key == "ABROAD":
            _, st, pct = self.ch(ABROAD)
            return Addr(st, pct)
        d = ADDR[key]
        st = self.ch(d["streets"])
        no = str(self.n(1, 140))
        if self.p(.15):
            no += self.ch(["a", "b", "A"])
        town = self.ch(d["towns"])
        if key == "DE":
            s = f"{st} {no}" + (self.ch([", 2. OG", " (Hinterhaus)", ", Whg. 5"]) if self.p(.1) and sub_ok else "")
            return Addr(s, f"{town[0]} {town[1]}", sep=self.ch([", ", ", ", " · "]))
        if key == "AT":
            no = self.ch([no, f"{no}/{self.n(1, 12)}", f"{no}/{self.n(1, 4)}/{self.n(1, 20)}", f"{no}/Top {self.n(1, 15)}"])
            return Addr(f"{st} {no}", f"{'A-' if self.p(.25) else ''}{town[0]} {town[1]}")
        if key in ("CH", "CHfr", "CHit"):
            return Addr(f"{st} {no}", f"{'CH-' if self.p(.25) else ''}{town[0]} {town[1]}")
        if key == "FR":
            no = no + self.ch(["", "", "", " bis", " ter"])
            t = town[1] if self.p(.7) else town[1].title()
            sub = self.ch(["Appt 12, Bât. C", "Résidence Les Pins", "Bâtiment B, 3e étage", "Escalier 2, porte 14"]) \
                if sub_ok and self.p(.2) else ""
            return Addr(f"{no} {st}", f"{town[0]} {t}", sub=sub)
        if key == "BE":
            no = self.ch([no, f"{no} bte {self.n(1, 9)}", f"{no}/{self.n(1, 5)}", f"{no} boîte {self.n(1, 12)}"])
            return Addr(f"{st} {no}", f"{'B-' if self.p(.2) else ''}{town[0]} {town[1]}")
        if key == "LU":
            return Addr(f"{no}, {st}", f"L-{town[0]} {town[1]}")
        if key == "IT":
            no = self.ch([no, f"n. {no}", f"{no} int. {self.n(1, 20)}", f"{no} scala {self.ch('ABC')}"])
            s = f"{st} {no}" if self.p(.6) else f"{st}, {no}"
            prov = self.ch([f" ({town[2]})", f" {town[2]}", ""])
            return Addr(s, f"{town[0]} {town[1]}{prov}")
        if key == "GB":
            s = f"{no} {st}"
            if sub_ok and self.p(.2):
                s = f"Flat {self.n(1, 9)}, {s}"
            return Addr(s, f"{town[0]} {town[1]}")
        if key == "IE":
            s = f"{no} {st}" if self.p(.8) else f"Apt {self.n(1, 30)}, {no} {st}"
            return Addr(s, f"{town[0]} {town[1]}" if self.p(.6) else f"{town[0]}, {town[1]}")
        if key == "US":
            s = f"{self.n(10, 4999)} {st}" + (self.ch([f" Apt {self.n(1, 12)}", f" #{self.n(1, 9)}B", ""])
                                              if sub_ok else "")
            return Addr(s.strip(), f"{town[0]} {town[1]}")
        if key == "CA":
            s = f"{self.n(101, 909)}-{self.n(10, 999)} {st}" if self.p(.4) else f"{self.n(10, 2999)} {st}"
            return Addr(s, f"{town[0]}  {town[1]}".replace("  ", " "))
        if key == "AU":
            s = f"Unit {self.n(1, 9)}/{no} {st}" if self.p(.35) else f"{no} {st}"
            return Addr(s, f"{town[0]} {town[1]}")
        if key == "NZ":
            s = f"Flat {self.n(1, 6)}, {no} {st}" if self.p(.2) else f"{no} {st}"
            return Addr(s, town[1], sub=town[0], sub_after=True)
        raise KeyError(key)

    def pobox(self) -> Addr:
        k = self.akey
        n = self.n(10, 9999)
        d = ADDR[k]
        t = self.ch(d["towns"])
        box = {"DE": f"Postfach {n}", "AT": f"Postfach {n}", "CH": f"Postfach {n}", "CHfr": f"Case postale {n}",
               "CHit": f"Casella postale {n}", "FR": f"BP {n}", "BE": f"BP {n}", "LU": f"B.P. {n}",
               "IT": f"Casella Postale {n}", "GB": f"PO Box {n}", "IE": f"PO Box {n}", "US": f"P.O. Box {n}",
               "CA": f"PO Box {n}", "AU": f"PO Box {n}", "NZ": f"PO Box {n}"}[k]
        if k == "FR":
            return Addr(box, f"{t[0]} {t[1]} CEDEX")
        if k in ("GB", "IE", "US", "CA", "AU"):
            return Addr(box, f"{t[0]} {t[1]}")
        if k == "NZ":
            return Addr(box, t[1])
        if k == "LU":
            return Addr(box, f"L-{t[0]} {t[1]}")
        return Addr(box, f"{t[0]} {t[1]}")

    def phone(self, country: str | None = None, mobile: bool | None = None, intl: bool | None = None) -> str:
        c = country or self.region
        cc, trunk, land, mob = PH[c]
        if mobile is None:
            mobile = self.p(.6)
        area, ln = self.ch(mob if mobile and mob else land)
        sub = str(self.n(2, 9)) + "".join(str(self.n(0, 9)) for _ in range(ln - 1))
        if intl is None:
            intl = self.p(.3)
        return fmt_phone(self.rng, c, area, sub, intl)

    def hotline(self) -> str:
        return self.ch({"DE": ["0800 111 0 111", "116 117", "0800 330 1000", "0180 6 222 333"],
                        "AT": ["0800 201 440", "1450", "0800 100 700"],
                        "CH": ["0800 800 110", "144", "0848 200 200", "0800 33 66 55"],
                        "FR": ["0 800 130 000", "3949", "0 969 32 32 32"], "BE": ["0800 99 333", "1733", "078 15 00 00"],
                        "LU": ["8002 1234", "112"], "IT": ["800 123 456", "803 116", "1500", "848 800 777"],
                        "GB": ["0800 028 2255", "111", "0345 600 4000", "0300 123 1212"],
                        "IE": ["1800 201 360", "1850 24 1850", "116 123"],
                        "US": ["1-800-733-2767", "1-888-555-2300", "311"],
                        "CA": ["1-888-236-6283", "811", "1-800-267-2269"],
                        "AU": ["13 14 50", "1800 020 080", "13 11 14"], "NZ": ["0800 448 325", "0800 611 116"]}[
            self.region])

    def dob(self, lo: int = 1940, hi: int = 2006) -> date:
        return date(lo, 1, 1) + timedelta(days=self.n(0, (date(hi, 12, 31) - date(lo, 1, 1)).days))

    def fdate(self, d: date, style: str | None = None) -> str:
        lang, reg = self.lang, self.region
        st = style or self.ch(["num", "num", "num", "name", "name", "iso", "short", "nz"])
        if st == "iso":
            return d.isoformat()
        mon = MONTHS[lang][d.month - 1]
        if lang == "de" and reg == "AT" and d.month == 1:
            mon = "Jänner"
        if st == "name":
            if lang == "de":
                return f"{d.day}. {mon} {d.year}" if self.p(.8) else f"{d.day}. {mon[:3]}. {d.year}"
            if lang == "fr":
                return f"{'1er' if d.day == 1 else d.day} {mon} {d.year}"
            if lang == "it":
                return f"{'1°' if d.day == 1 else d.day} {mon} {d.year}"
            if reg in ("US", "CA") and self.p(.7):
                return self.ch([f"{mon} {d.day}, {d.year}", f"{mon[:3]} {d.day}, {d.year}"])
            return self.ch([f"{d.day} {mon} {d.year}", f"{_ord(d.day)} {mon} {d.year}", f"{d.day} {mon[:3]} {d.year}"])
        if st == "words" and lang == "en" and d.day <= 20:
            return f"the {EN_ORD[d.day]} of {mon}, {d.year}"
        if st == "short":
            sep = {"de": ".", "fr": "/", "it": "/", "en": "/"}[lang]
            if lang == "en" and reg == "US":
                return f"{d.month}/{d.day}/{d.year % 100:02d}"
            return f"{d.day}{sep}{d.month}{sep}{d.year % 100:02d}"
        if st == "nz":
            sep = {"de": ".", "fr": "/", "it": "/", "en": "/"}[lang]
            if lang == "en" and reg == "US":
                return f"{d.month}/{d.day}/{d.year}"
            return f"{d.day}{sep}{d.month}{sep}{d.year}"
        sep = {"de": ".", "fr": self.ch("/./-"), "it": self.ch("/.-"), "en": "/"}[lang]
        if lang == "en" and reg == "US":
            return f"{d.month:02d}/{d.day:02d}/{d.year}"
        if lang == "en" and reg == "CA" and self.p(.5):
            return d.isoformat()
        return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"

    def plain_date(self, y0: int = 2026, y1: int = 2027) -> str:
        d = date(y0, 1, 1) + timedelta(days=self.n(0, 365 * (y1 - y0)))
        return self.fdate(d, self.ch(["num", "name"]))

    def iban(self, country: str | None = None, grouped: bool | None = None) -> str:
        c = country or {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "BE": "BE", "LU": "LU", "IT": "IT",
                        "GB": "GB", "IE": "IE"}.get(self.region, self.ch(["GB", "IE", "DE", "NL", "FR"]))
        dg = lambda k: "".join(str(self.n(0, 9)) for _ in range(k))  # noqa: E731
        if c == "DE":
            b = dg(8) + dg(10)
        elif c == "AT":
            b = dg(5) + dg(11)
        elif c == "CH":
            b = self.ch(["00762", "00230", "00700", "80808", "09000"]) + dg(12)
        elif c == "FR":
            bank, gui, acc = dg(5), dg(5), dg(11)
            key = 97 - ((89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97)
            b = bank + gui + acc + f"{key:02d}"
        elif c == "BE":
            x = dg(10)
            k = int(x) % 97 or 97
            b = x + f"{k:02d}"
        elif c == "LU":
            b = dg(3) + dg(13)
        elif c == "IT":
            body = self.ch(["03069", "02008", "05034", "01030", "03440"]) + dg(5) + dg(12)
            b = _cin(body) + body
        elif c == "GB":
            b = self.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(6) + dg(8)
        elif c == "IE":
            b = self.ch(["AIBK", "BOFI", "IPBS"]) + dg(6) + dg(8)
        elif c == "NL":
            b = self.ch(["INGB", "ABNA", "RABO"]) + dg(10)
        else:
            raise KeyError(c)
        s = make_iban(c, b)
        if grouped is None:
            grouped = self.p(.6)
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s

    def card(self, grouped: bool | None = None) -> str:
        kind = self.ch(["visa", "visa", "mc", "amex"])
        if kind == "amex":
            s = luhn_complete(self.ch(["34", "37"]) + "".join(str(self.n(0, 9)) for _ in range(12)))
            return f"{s[:4]} {s[4:10]} {s[10:]}" if grouped is not False and self.p(.7) else s
        pre = "4" if kind == "visa" else str(self.n(51, 55))
        s = luhn_complete(pre + "".join(str(self.n(0, 9)) for _ in range(15 - len(pre))))
        if grouped is None:
            grouped = self.p(.7)
        return " ".join(s[i:i + 4] for i in range(0, 16, 4)) if grouped else s

    def masked(self) -> str:
        return self.ch(["**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ", "****"]) + f"{self.n(1000, 9999)}"

    def company(self) -> str:
        return self.fk(FAKER_LOC[(self.lang, self.region)]).company()

    def ref(self, prefix: str = "", k: int = 6) -> str:
        return prefix + "".join(str(self.n(0, 9)) for _ in range(k))

    def ask(self, de: list[str], fr: list[str], it: list[str], en: list[str]) -> str:
        return self.ch({"de": de, "fr": fr, "it": it, "en": en}[self.lang])


def two(ad: Addr, indent: str = "") -> str:
    return ("\n" + indent).join(A(x) for x in ad.lines())


def kv(rows: list[tuple[str, str]], align: bool = False, sep: str = ": ") -> str:
    w = max(len(k) for k, _ in rows) + 1 if align else 0
    out = []
    for k, v in rows:
        if not k:
            out.append((" " * (w + len(sep)) if align else "  ") + v)
        elif align:
            out.append((k + sep.strip()).ljust(w + 1) + " " + v)
        else:
            out.append(f"{k}{sep}{v}")
    return "\n".join(out)


def md(headers: list[str], rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def fixed(headers: list[str], rows: list[list[str]]) -> str:
    w = [max(len(vis(x)) for x in col) + 2 for col in zip(headers, *rows, strict=True)]
    lines = ["".join(pad(c, w[i]) for i, c in enumerate(headers)).rstrip()]
    lines.append("-" * (sum(w) - 2))
    for r in rows:
        s = "".join(pad(c, w[i]) for i, c in enumerate(r))
        lines.append(s.rstrip(" "))
    return "\n".join(lines)


def sv(headers: list[str], rows: list[list[str]], sep: str = ";", quote: bool = False) -> str:
    q = (lambda c: f'"{c}"') if quote else (lambda c: c)
    return "\n".join([sep.join(q(h) for h in headers)] + [sep.join(q(c) for c in r) for r in rows])


def jd(o, ind: int | None = 2, lvl: int = 0) -> str:
    if isinstance(o, str):
        return '"' + (o if M0 in o else jesc(o)) + '"'
    if isinstance(o, dict):
        if not o:
            return "{}"
        if ind is None:
            return "{" + ", ".join(f'"{k}": {jd(v, None)}' for k, v in o.items()) + "}"
        pre = " " * (ind * (lvl + 1))
        return "{\n" + ",\n".join(f'{pre}"{k}": {jd(v, ind, lvl + 1)}' for k, v in o.items()) + "\n" + \
            " " * (ind * lvl) + "}"
    if isinstance(o, list):
        if ind is None or not o:
            return "[" + ", ".join(jd(v, None) for v in o) + "]"
        pre = " " * (ind * (lvl + 1))
        return "[\n" + ",\n".join(pre + jd(v, ind, lvl + 1) for v in o) + "\n" + " " * (ind * lvl) + "]"
    return json.dumps(o)


def JP(typ: str, s: str, asc: bool = False) -> str:
    return mk(typ, jesc(s, asc))


# ----------------------------------------------------------------------------------------------- templates
def t_permission(g: Gen) -> tuple[str, str | None]:
    """School trip permission slips."""
    kid = g.person()
    p1 = g.person(last=kid.last if g.p(.7) else None)
    p2 = g.person(g="m" if p1.g == "f" else "f", last=kid.last if g.p(.5) else None)
    teacher = g.person()
    dest = g.ch(["Juist", "Berchtesgaden", "Annecy", "Verdun", "Firenze", "Matera", "York", "Snowdonia", "Galway"])
    school = g.t(g.ch(["Geschwister-Scholl-Gymnasium", "Realschule am Hallo", "Bertha-von-Suttner-Schule",
                       "Sekundarschule Rämibühl"]),
                 g.ch(["Collège Jean-Moulin", "Lycée Victor-Hugo", "Athénée royal Jules Destrée", "École de Malley"]),
                 g.ch(["Liceo Galileo Galilei", "Istituto comprensivo Don Milani", "Scuola media di Viganello"]),
                 g.ch(["St Brigid's National School", "Thomas Tallis School", "Lincoln Middle School",
                       "Rangitoto College"]))
    sa = g.addr(sub_ok=False)
    if g.var in (0, 3):
        kd = g.dob(2009, 2016)
        rows = [(g.t("Schule", "Établissement", "Scuola", "School"), f"{school}, {A(sa.one())}"),
                (g.t("Sekretariat", "Secrétariat", "Segreteria", "Office"),
                 f"{T(g.phone(mobile=False, intl=False))} / "
                 f"{g.t('sekretariat', 'secretariat', 'segreteria', 'office')}@{ascii_fold(school).lower().replace(' ', '')[:14]}.edu"),
                ("", ""),
                (g.t("Name des Kindes", "Nom et prénom de l'élève", "Cognome e nome dell'alunno/a", "Pupil's name"),
                 P(g.name(kid, "fl,LF,lf"))),
                (g.t("Klasse", "Classe", "Classe", "Class"), g.t("7b", "5e B", "2ª C", g.ch(["Year 8", "6A", "Grade 7"]))),
                (g.t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), D(g.fdate(kd))),
                (g.t("Erziehungsberechtigte/r 1", "Responsable légal 1", "Genitore 1", "Parent/carer 1"),
                 P(g.name(p1, "fl,lf"))),
                (g.t("Telefon tagsüber", "Tél. journée", "Tel. durante il giorno", "Daytime phone"), T(g.phone())),
                (g.t("E-Mail", "Courriel", "E-mail", "Email"), E(g.email(p1))),
                (g.t("Erziehungsberechtigte/r 2", "Responsable légal 2", "Genitore 2", "Parent/carer 2"),
                 P(g.name(p2, "fl,lf"))),
                (g.t("Handy", "Portable", "Cellulare", "Mobile"), T(g.phone(mobile=True))),
                ]
        home = g.addr()
        if g.p(.5):
            rows.append((g.t("Anschrift", "Adresse", "Indirizzo", "Home address"), A(home.one())))
        else:
            ls = home.lines()
            rows.append((g.t("Anschrift", "Adresse", "Indirizzo", "Home address"), A(ls[0])))
            rows += [("", A(x)) for x in ls[1:]]
        gm = g.person(g="f", last=p1.last if g.p(.4) else None)
        rows.append((g.t("Notfallkontakt", "Personne à prévenir", "Contatto di emergenza", "Emergency contact"),
                     f"{g.t('Oma', 'mamie', 'nonna', 'Nan')} {P(g.name(gm, 'fl'))}, {T(g.phone())}"))
        doc = g.person()
        rows.append((g.t("Haus-/Kinderarzt", "Médecin traitant", "Pediatra", "GP"),
                     f"{g.t('Dr.', 'Dr', 'Dott.', 'Dr')} {P(doc.last)}, {T(g.phone(mobile=False))}"))
        rows.append((g.t("Krankenversicherung", "N° de sécurité sociale", "Tessera sanitaria", "NHS / insurance no."),
                     g.ref(g.ch(["A", "1 ", "RSSMRA", "485 "]), 9)))
        rows.append((g.t("Allergien / Medikamente", "Allergies / traitement", "Allergie / farmaci",
                         "Allergies / medication"), g.t("Nüsse, Asthmaspray", "arachides", "lattosio", "hay fever")))
        rows.append((g.t("Schwimmer/in", "Sait nager", "Sa nuotare", "Can swim"), g.t("ja", "oui", "sì", "yes")))
        body = kv(rows, align=g.p(.5))
        top = g.t(f"Einverständniserklärung – Klassenfahrt nach {dest}, {g.plain_date()} bis {g.plain_date()}",
                  f"Autorisation parentale – sortie scolaire à {dest} du {g.plain_date()}",
                  f"Autorizzazione gita scolastica a {dest} – partenza {g.plain_date()}",
                  f"Trip consent form – residential trip to {dest}, departing {g.plain_date()}")
        sig = g.t(f"Ich/Wir erlauben unserem Kind die Teilnahme. Kosten: 285 € (Konto der Schule, Verwendungszweck "
                  f"{g.ref('KF-', 5)}).\nOrt, Datum: {g.plain_date()}   Unterschrift: {P(g.name(p1, 'fl,iL'))}\n"
                  f"Begleitende Lehrkraft: Frau {P(teacher.last)} ({E(g.work_email(teacher, 'schule-online.de'))})",
                  f"J'autorise mon enfant à participer. Participation : 145 €.\nFait le {g.plain_date()}, signature : "
                  f"{P(g.name(p1, 'fl,iL'))}\nEnseignant(e) responsable : M. {P(teacher.last)}",
                  f"Il/La sottoscritto/a autorizza il/la proprio/a figlio/a. Quota: 190 €.\nData {g.plain_date()}  "
                  f"Firma: {P(g.name(p1, 'fl,iL'))}\nDocente accompagnatore: prof. {P(teacher.last)}",
                  f"I give permission for my child to attend. Cost £240 (ParentPay ref {g.ref('PP', 6)}).\n"
                  f"Signed: {P(g.name(p1, 'fl,iL'))}   Date: {g.plain_date()}\nTrip leader: Ms {P(teacher.last)} "
                  f"({E(g.work_email(teacher, 'school.sch.uk'))})")
        ask = g.ask(["Kannst du das Formular abtippen und auf Vollständigkeit prüfen?",
                     "Bitte prüfe, ob auf dem Zettel etwas fehlt:"],
                    ["Peux-tu vérifier que le formulaire est complet ?", "Recopie ce coupon au propre stp :"],
                    ["Puoi controllare se il modulo è completo?", "Trascrivi questo tagliando per favore:"],
                    ["Can you check this slip is complete?", "Please type this up for the trip file:"])
        text = f"{ask}\n\n{top}\n\n{body}\n\n{sig}"
        return text, ("ocr" if g.var == 3 else None)
    if g.var == 1:
        rows = []
        for _ in range(g.n(6, 9)):
            k = g.person()
            pa = g.person(last=k.last if g.p(.7) else None)
            rows.append([str(len(rows) + 1), P(g.name(k, "fl,lf,LF")), D(g.fdate(g.dob(2009, 2016), "num")),
                         P(g.name(pa, "fl,iL,l")), T(g.phone(mobile=True)),
                         g.ch([g.t("ja", "oui", "sì", "yes"), g.t("fehlt", "manque", "manca", "missing"), "✓"])])
        head = [g.t("Nr", "N°", "N.", "No"), g.t("Schüler/in", "Élève", "Alunno/a", "Pupil"),
                g.t("Geb.", "Né(e) le", "Nato/a il", "DOB"), g.t("Erziehungsber.", "Responsable", "Genitore", "Parent"),
                g.t("Notfall-Tel.", "Tél. urgence", "Tel. emergenza", "Emergency no."),
                g.t("Zettel", "Coupon", "Modulo", "Slip")]
        tbl = md(head, rows) if g.p(.6) else fixed(head, rows)
        ask = g.t(f"Hier die Rücklaufliste für {dest}. Wer fehlt noch? Schreib bitte eine Erinnerung an die Eltern.",
                  f"Voici la liste des coupons pour {dest}. Qui n'a pas rendu ? Rédige un rappel aux parents.",
                  f"Ecco l'elenco dei moduli per la gita a {dest}. Chi manca? Scrivi un promemoria ai genitori.",
                  f"Here's the slip tracker for {dest}. Who is still missing? Draft a reminder to parents.")
        sig = f"{P(g.name(teacher, 'fl,iL'))}\n{school}\n{T(g.phone(mobile=False))}"
        return f"{ask}\n\n{tbl}\n\n-- \n{sig}", None
    # var 2: parent's lower-case mail
    kd = g.dob(2009, 2016)
    home = g.addr()
    abroad = g.ch(["NL", "SE", "DK", "NO", "BE", "LU"])
    txt = g.t(
        f"hallo frau {P(teacher.last.lower())},\n\nhiermit erlauben wir, dass {P(kid.first.lower())} mit nach {dest} "
        f"fährt. für die jugendherberge: {P(g.name(kid, 'fl').lower())}, geb. {D(g.fdate(kd))}, wohnhaft "
        f"{A(home.one().lower())}. ich bin die woche beruflich in {abroad} und nur über {T(g.phone(abroad, True, True))}"
        f" erreichbar, mein mann {P(p2.first.lower())} unter {T(g.phone(mobile=True))}. "
        f"die schule hat ja die notfallnummer {g.hotline()}.\n\nlg {P(g.name(p1, 'fl').lower())}",
        f"bonjour m. {P(teacher.last.lower())},\n\nj'autorise {P(kid.first.lower())} à partir à {dest}. pour "
        f"l'auberge : {P(g.name(kid, 'fl').lower())}, né{'e' if kid.g == 'f' else ''} le {D(g.fdate(kd))}, "
        f"{A(home.one().lower())}. je serai en déplacement ({abroad}), joignable au {T(g.phone(abroad, True, True))}; "
        f"son père {P(p2.first.lower())} au {T(g.phone(mobile=True))}.\n\nbien à vous, "
        f"{P(g.name(p1, 'fl').lower())}",
        f"gentile prof. {P(teacher.last.lower())},\n\nautorizzo {P(kid.first.lower())} alla gita a {dest}. per "
        f"l'ostello: {P(g.name(kid, 'fl').lower())}, nat{'a' if kid.g == 'f' else 'o'} il {D(g.fdate(kd))}, "
        f"residente in {A(home.one().lower())}. quella settimana sarò in {abroad}, raggiungibile al "
        f"{T(g.phone(abroad, True, True))}, mio marito {P(p2.first.lower())} al {T(g.phone(mobile=True))}.\n\n"
        f"cordiali saluti\n{P(g.name(p1, 'fl').lower())}",
        f"hi ms {P(teacher.last.lower())},\n\nhappy for {P(kid.first.lower())} to go to {dest}. for the hostel "
        f"booking: {P(g.name(kid, 'fl').lower())}, dob {D(g.fdate(kd))}, {A(home.one().lower())}. i'm away in "
        f"{abroad.lower()} that week so best on {T(g.phone(abroad, True, True))}, or "
        f"{P(p2.first.lower())} on {T(g.phone(mobile=True))}.\n\ncheers\n{P(g.name(p1, 'fl').lower())}")
    ask = g.t("Formuliere das bitte höflicher:", "Reformule ce mail plus poliment :",
              "Riscrivi questa mail in modo più formale:", "Make this email a bit more formal please:")
    return f"{ask}\n\n{txt}", None


def t_lessons(g: Gen) -> tuple[str, str | None]:
    """Tutoring and music lesson schedules."""
    tutor = g.person()
    subj = [g.t("Klavier", "piano", "pianoforte", "piano"), g.t("Geige", "violon", "violino", "violin"),
            g.t("Mathe", "maths", "matematica", "maths"), g.t("Latein", "latin", "latino", "Latin"),
            g.t("Gitarre", "guitare", "chitarra", "guitar"), g.t("Englisch", "anglais", "inglese", "French")]
    days = {"de": "Mo Di Mi Do Fr Sa", "fr": "lun mar mer jeu ven sam", "it": "lun mar mer gio ven sab",
            "en": "Mon Tue Wed Thu Fri Sat"}[g.lang].split()
    if g.var == 0:
        head = [g.t("Tag", "Jour", "Giorno", "Day"), g.t("Zeit", "Heure", "Ora", "Time"),
                g.t("Schüler/in", "Élève", "Allievo/a", "Student"), g.t("Fach", "Matière", "Materia", "Subject"),
                g.t("Kontakt", "Contact", "Referente", "Contact"), g.t("Telefon", "Tél.", "Tel.", "Phone")]
        rows = []
        for _ in range(g.n(6, 10)):
            k = g.person()
            pa = g.person(last=k.last)
            rows.append([g.ch(days), f"{g.n(13, 19)}:{g.ch(['00', '30', '45'])}", P(g.name(k, "fI,f,fl")),
                         g.ch(subj), g.ch([g.t("Frau ", "Mme ", "sig.ra ", "Mrs "), g.t("Herr ", "M. ", "sig. ", "Mr ")])
                         + P(pa.last), T(g.phone(mobile=True))])
        tbl = sv(head, rows, "\t")
        foot = g.t(f"Bitte überweist bis zum 5. auf {IB(g.iban())} (Kontoinhaber: {P(tutor.fl())}).",
                   f"Virement avant le 5 sur {IB(g.iban())} (titulaire : {P(tutor.fl())}).",
                   f"Bonifico entro il 5 su {IB(g.iban())} intestato a {P(tutor.fl())}.",
                   f"Payment by the 5th please to {IB(g.iban())} ({P(tutor.fl())}).")
        ask = g.t("Mach mir aus dem Stundenplan (TSV aus Excel) eine Wochenübersicht und einen Infotext für die Eltern:",
                  "Transforme ce planning (copié d'Excel) en tableau hebdo + message aux parents :",
                  "Trasforma questo orario (incollato da Excel) in una tabella settimanale e un avviso ai genitori:",
                  "Turn this timetable (pasted from Excel) into a weekly overview and a note for parents:")
        return f"{ask}\n\n{tbl}\n\n{foot}", None
    if g.var == 1:
        k = g.person()
        pa = g.person(last=k.last if g.p(.8) else None)
        home = g.addr()
        rows = [(g.t("Schüler/in", "Élève", "Allievo/a", "Pupil"), P(g.name(k, "fl,lf"))),
                (g.t("geboren am", "né(e) le", "nato/a il", "date of birth"), D(g.fdate(g.dob(2008, 2019)))),
                (g.t("Instrument", "Instrument", "Strumento", "Instrument"), g.ch(subj)),
                (g.t("Erziehungsberechtigte/r", "Représentant légal", "Genitore", "Parent/guardian"),
                 P(g.name(pa, "fl,lf"))),
                (g.t("Straße, Nr.", "Rue, n°", "Via, n.", "Street"), A(home.lines()[-2])),
                (g.t("PLZ, Ort", "NPA, localité", "CAP, località", "Town / postcode"), A(home.lines()[-1])),
                (g.t("Telefon", "Téléphone", "Telefono", "Phone"), T(g.phone())),
                (g.t("E-Mail", "E-mail", "E-mail", "Email"), E(g.email(pa))),
                (g.t("SEPA-Lastschrift – Kontoinhaber", "Mandat SEPA – titulaire", "Mandato SEPA – intestatario",
                     "Direct debit – account holder"), P(g.name(pa, "fl"))),
                ("IBAN", IB(g.iban())),
                (g.t("Mandatsreferenz", "RUM", "Riferimento mandato", "Mandate ref."), g.ref("MS-", 7)),
                (g.t("Gläubiger-ID", "ICS", "Cod. creditore", "Creditor ID"), "DE98ZZZ09999999999"),
                (g.t("Lehrkraft", "Professeur", "Insegnante", "Teacher"), P(g.name(tutor, "fl,iL")))]
        ask = g.t("Bitte prüfe die Anmeldung an der Musikschule auf Fehler:",
                  "Vérifie cette inscription au conservatoire :",
                  "Controlla questa iscrizione alla scuola di musica:",
                  "Please check this music school enrolment form:")
        return f"{ask}\n\n{kv(rows, align=g.p(.5))}", None
    if g.var == 2:
        pa = g.person()
        k = g.person(last=pa.last)
        num = g.phone(mobile=True, intl=False)
        txt = g.t(
            f"ja hallo hier ist {P(pa.fl())} die mama von {P(k.first)} wegen der nachhilfe am donnerstag "
            f"das klappt diese woche leider nicht weil {P(k.first)} zum zahnarzt muss können wir auf freitag um vier "
            f"schieben ruf mich einfach zurück unter {T(num)} oder schreib mir an {E(g.email(pa))} danke tschüss",
            f"oui bonjour c'est {P(pa.fl())} la maman de {P(k.first)} pour le cours de jeudi ça ne va "
            f"pas être possible cette semaine on peut décaler à vendredi seize heures rappelez-moi au {T(num)} ou "
            f"écrivez à {E(g.email(pa))} merci au revoir",
            f"sì buongiorno sono {P(pa.fl())} la mamma di {P(k.first)} per la lezione di giovedì questa "
            f"settimana non riusciamo possiamo spostare a venerdì alle quattro mi richiami al {T(num)} oppure scriva a "
            f"{E(g.email(pa))} grazie arrivederci",
            f"hi it's {P(pa.fl())} {P(k.first)}'s mum about thursday's lesson {P(k.first)} has the "
            f"dentist so can we move it to friday at four just call me back on {T(num)} or email {E(g.email(pa))} "
            f"thanks bye")
        ask = g.t("Transkript meiner Mailbox, fass zusammen und schlag eine Antwort vor:",
                  "Transcription de ma messagerie, résume et propose une réponse :",
                  "Trascrizione della segreteria, riassumi e proponi una risposta:",
                  "Voicemail transcript, summarise and suggest a reply:")
        return f"{ask}\n\n{txt}", "speech"
    rows = []
    for _ in range(g.n(5, 8)):
        k = g.person()
        pa = g.person(last=k.last if g.p(.7) else None)
        h = g.n(2, 8)
        rows.append([P(g.name(k, "fl,fI")), str(h), f"{h * 35} €", E(g.email(pa)),
                     IB(g.iban()) if g.p(.5) else "-"])
    head = [g.t("Schüler", "Élève", "Allievo", "Student"), g.t("Std.", "h", "ore", "hrs"),
            g.t("Betrag", "Montant", "Importo", "Amount"), g.t("Rechnung an", "Facture à", "Fattura a", "Invoice to"),
            g.t("Lastschrift-IBAN", "IBAN prélèvement", "IBAN addebito", "DD IBAN")]
    ask = g.t("Schreib für jede Zeile eine kurze Rechnungsmail:", "Rédige un mail de facture pour chaque ligne :",
              "Scrivi una breve mail di fattura per ogni riga:", "Write a short invoice email for each row:")
    foot = f"{P(tutor.fl())} · {T(g.phone())} · IBAN {IB(g.iban())}"
    return f"{ask}\n\n{md(head, rows)}\n\n{foot}", None


def t_ensemble(g: Gen) -> tuple[str, str | None]:
    """Choir and orchestra member lists."""
    voices = g.ch([["S1", "S2", "A1", "A2", "T", "B"], ["Vl1", "Vl2", "Va", "Vc", "Kb", "Fl", "Ob", "Kl"]])
    chair = g.person()
    club = g.t(g.ch(["Kirchenchor St. Cäcilia", "Orchesterverein Harmonie", "Männerchor Frohsinn", "Jodlerklub Edelweiss"]),
               g.ch(["Chorale Saint-Martin", "Harmonie municipale", "Ensemble vocal Les Cigales"]),
               g.ch(["Corale Santa Cecilia", "Banda cittadina Giuseppe Verdi", "Coro Monte Generoso"]),
               g.ch(["St Cecilia's Choir", "Elgar Chorale", "Harbour City Orchestra", "Te Reo Singers"]))
    if g.var == 0:
        rows = []
        for _ in range(g.n(8, 12)):
            m = g.person()
            rows.append([g.ch(voices), P(g.name(m, "lf,LF,lf")), D(g.fdate(g.dob(1940, 2005), "num")),
                         T(g.phone()), E(g.email(m)) if g.p(.8) else "-"])
        head = [g.t("Stimme", "Pupitre", "Sezione", "Part"), "Name", g.t("Geb.", "Naissance", "Nascita", "DOB"),
                g.t("Telefon", "Tél.", "Tel.", "Phone"), "E-Mail"]
        ask = g.t(f"Mitgliederliste {club} – sortiere nach Stimme und markiere fehlende E-Mails:",
                  f"Liste des membres ({club}) : trie par pupitre et signale les courriels manquants :",
                  f"Elenco soci {club}: ordina per sezione e segnala le e-mail mancanti:",
                  f"{club} member list - sort by part and flag missing emails:")
        return f"{ask}\n\n{fixed(head, rows)}", None
    if g.var == 1:
        lines = []
        for _ in range(g.n(4, 6)):
            m = g.person()
            lines.append(g.t(f"– {P(g.name(m, 'fl'))} ({g.ch(voices)}) am {g.n(1, 28)}. {MONTHS['de'][g.n(0, 11)]}, "
                             f"{g.ch(['60', '70', '75', '80'])} Jahre",
                             f"– {P(g.name(m, 'fl'))} ({g.ch(voices)}) le {g.n(1, 28)} {MONTHS['fr'][g.n(0, 11)]}",
                             f"– {P(g.name(m, 'fl'))} ({g.ch(voices)}) il {g.n(1, 28)} {MONTHS['it'][g.n(0, 11)]}",
                             f"– {P(g.name(m, 'fl'))} ({g.ch(voices)}) on {g.n(1, 28)} {MONTHS['en'][g.n(0, 11)]}"))
        new = g.person()
        na = g.addr()
        body = g.t(
            f"Rundbrief {club}\n\nGeburtstage:\n" + "\n".join(lines) + f"\n\nNeu bei uns: {P(new.fl())} "
            f"(Jg. {g.n(1950, 2000)}), {A(na.one())}, {T(g.phone())}, {E(g.email(new))} – bitte in die Adressliste "
            f"aufnehmen, geboren am {D(g.fdate(g.dob()))}.\n\nProbe im Pfarrsaal St. Josef, Kasse: {IB(g.iban())}.\n"
            f"Vorsitz: {P(g.name(chair, 'fl'))}, {T(g.phone(mobile=False))}",
            f"Lettre d'info – {club}\n\nAnniversaires :\n" + "\n".join(lines) + f"\n\nNouveau membre : "
            f"{P(new.fl())} (classe {g.n(1950, 2000)}), {A(na.one())}, {T(g.phone())}, {E(g.email(new))}, "
            f"né{'e' if new.g == 'f' else ''} le {D(g.fdate(g.dob()))}.\n\nCotisation : {IB(g.iban())}\n"
            f"Président(e) : {P(g.name(chair, 'fl'))}, {T(g.phone(mobile=False))}",
            f"Notiziario {club}\n\nCompleanni:\n" + "\n".join(lines) + f"\n\nNuovo socio: {P(new.fl())} (classe "
            f"{g.n(1950, 2000)}), {A(na.one())}, {T(g.phone())}, {E(g.email(new))}, "
            f"nat{'a' if new.g == 'f' else 'o'} il {D(g.fdate(g.dob()))}.\n\nQuota sociale: {IB(g.iban())}\n"
            f"Presidente: {P(g.name(chair, 'fl'))}, {T(g.phone(mobile=False))}",
            f"{club} newsletter\n\nBirthdays:\n" + "\n".join(lines) + f"\n\nWelcome to {P(new.fl())} (born in "
            f"{g.n(1950, 2000)}), {A(na.one())}, {T(g.phone())}, {E(g.email(new))}; DOB for the insurance list "
            f"{D(g.fdate(g.dob()))}.\n\nSubs: {IB(g.iban())}\nChair: {P(g.name(chair, 'fl'))}, "
            f"{T(g.phone(mobile=False))}")
        ask = g.t("Kürze den Rundbrief:", "Raccourcis cette lettre :", "Accorcia il notiziario:",
                  "Tighten up this newsletter:")
        return f"{ask}\n\n{body}", None
    if g.var == 2:
        head = [g.t("Nachname", "Nom", "Cognome", "Surname"), g.t("Vorname", "Prénom", "Nome", "First name"),
                g.t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"),
                g.t("Pass-Nr.", "N° passeport", "N. passaporto", "Passport no."),
                g.t("Straße", "Adresse", "Indirizzo", "Street"), g.t("PLZ Ort", "NPA Localité", "CAP Comune",
                                                                     "Town Postcode"),
                g.t("Handy", "Portable", "Cellulare", "Mobile")]
        rows = []
        for _ in range(g.n(5, 8)):
            m = g.person()
            a = g.addr(sub_ok=False)
            rows.append([P(m.last), P(m.first), D(g.fdate(g.dob(), "num")), g.ref(g.ch(["C", "X", "YA", "P"]), 7),
                         A(a.street), A(a.pct), T(g.phone(mobile=True))])
        ask = g.t("Konzertreise: Die Fluggesellschaft will die Liste als Tabelle, mach mir das:",
                  "Tournée : la compagnie veut la liste en tableau :",
                  "Tournée: la compagnia aerea vuole l'elenco in tabella:",
                  "Choir tour: the airline wants this as a table:")
        return f"{ask}\n\n{sv(head, rows, g.ch([';', ',']), quote=g.p(.5))}", None
    names = [g.person() for _ in range(g.n(4, 6))]
    sub = g.person()
    txt = g.t(
        f"Liebe Alle,\n\nfür Samstag: {P(names[0].first)} und {P(names[1].first)} tauschen die Plätze, "
        f"{P(g.name(names[2], 'fI'))} sitzt am ersten Pult. {P(names[3].first)}s Aushilfe ist {P(sub.fl())} "
        f"({T(g.phone(mobile=True))}). Noten bitte bei Frau {P(names[-1].last)} abholen.\n\n"
        f"Euer {P(chair.first)}\n{E(g.email(chair))}",
        f"Bonjour à tous,\n\nsamedi : {P(names[0].first)} et {P(names[1].first)} échangent leurs places, "
        f"{P(g.name(names[2], 'fI'))} au premier pupitre. Remplaçant de {P(names[3].first)} : {P(sub.fl())} "
        f"({T(g.phone(mobile=True))}). Partitions chez Mme {P(names[-1].last)}.\n\n{P(chair.first)}\n"
        f"{E(g.email(chair))}",
        f"Ciao a tutti,\n\nsabato: {P(names[0].first)} e {P(names[1].first)} si scambiano il posto, "
        f"{P(g.name(names[2], 'fI'))} in prima fila. Sostituisce {P(names[3].first)}: {P(sub.fl())} "
        f"({T(g.phone(mobile=True))}). Spartiti dalla sig.ra {P(names[-1].last)}.\n\n{P(chair.first)}\n"
        f"{E(g.email(chair))}",
        f"Hi all,\n\nfor Saturday: {P(names[0].first)} and {P(names[1].first)} swap seats, "
        f"{P(g.name(names[2], 'fI'))} leads. {P(names[3].first)}'s dep is {P(sub.fl())} ({T(g.phone(mobile=True))}). "
        f"Scores from Mrs {P(names[-1].last)}.\n\n{P(chair.first)}\n{E(g.email(chair))}")
    ask = g.t("Mach eine Sitzordnung draus:", "Fais-en un plan de placement :", "Ricava la disposizione dei posti:",
              "Turn this into a seating chart:")
    return f"{ask}\n\n{txt}", None


def t_allotment(g: Gen) -> tuple[str, str | None]:
    """Allotment garden association plot registers."""
    assoc = g.t("Kleingartenverein „Am Sonnenhang“ e.V.", "Jardins familiaux des Charmilles",
                "Orti urbani Parco Nord", "Riverside Allotment Society")
    chair = g.person()
    if g.var == 0:
        rows = []
        for _ in range(g.n(6, 9)):
            a, b = g.person(), None
            if g.p(.3):
                b = g.person(last=a.last)
                who = f"{P(b.first)} {g.t('und', 'et', 'e', 'and')} {P(a.fl())}"
            else:
                who = P(g.name(a, "fl,lf"))
            rows.append([str(g.n(1, 120)), who, A(g.addr(sub_ok=False).one()), T(g.phone()), str(g.n(1985, 2025)),
                         IB(g.iban()) if g.p(.5) else g.t("Überweisung", "virement", "bonifico", "standing order")])
        head = [g.t("Parzelle", "Parcelle", "Lotto", "Plot"), g.t("Pächter/in", "Jardinier(s)", "Assegnatario",
                                                                   "Tenant(s)"),
                g.t("Anschrift", "Adresse", "Indirizzo", "Address"), g.t("Telefon", "Téléphone", "Telefono", "Phone"),
                g.t("seit", "depuis", "dal", "since"), g.t("Lastschrift", "Prélèvement", "Addebito", "Direct debit")]
        ask = g.t("Sortiere das Parzellenverzeichnis nach Nummer:", "Trie ce registre par parcelle :",
                  "Ordina il registro per numero di lotto:", "Sort the plot register by plot number:")
        return f"{ask}\n\n{md(head, rows)}", None
    if g.var == 1:
        rows = []
        for _ in range(g.n(6, 9)):
            a = g.person()
            rows.append([str(len(rows) + 1), P(g.name(a, "lf,fl,LF")), g.plain_date(2021, 2026), T(g.phone()),
                         E(g.email(a)), g.ch(["", f"Jg. {g.n(1950, 1999)}", g.t("Familie", "famille", "famiglia",
                                                                                  "family")])])
        head = ["#", "Name", g.t("Antrag", "Demande", "Domanda", "Applied"), g.t("Telefon", "Tél.", "Tel.", "Phone"),
                "E-Mail", g.t("Notiz", "Note", "Nota", "Note")]
        ask = g.t("Warteliste – wer ist als Nächstes dran?", "Liste d'attente : qui est le prochain ?",
                  "Lista d'attesa: chi è il prossimo?", "Waiting list - who's next?")
        return f"{ask}\n\n{fixed(head, rows)}", None
    if g.var == 2:
        old, new = g.person(), g.person()
        na = g.addr()
        rows = [(g.t("Parzelle", "Parcelle", "Lotto", "Plot"), str(g.n(1, 120))),
                (g.t("Bisherige/r Pächter/in", "Ancien jardinier", "Assegnatario uscente", "Outgoing tenant"),
                 P(g.name(old, "fl,lf"))),
                (g.t("Auszahlung Ablöse an IBAN", "Indemnité versée sur", "Indennizzo su IBAN", "Valuation paid to"),
                 IB(g.iban())),
                (g.t("Neue/r Pächter/in", "Nouveau jardinier", "Nuovo assegnatario", "Incoming tenant"),
                 P(g.name(new, "fl,lf"))),
                (g.t("geb.", "né(e) le", "nato/a il", "DOB"), D(g.fdate(g.dob(1950, 2000)))),
                (g.t("Anschrift", "Adresse", "Indirizzo", "Address"), two(na, "    "))]
        rows += [(g.t("Telefon", "Téléphone", "Telefono", "Phone"), T(g.phone())),
                 (g.t("Schätzwert", "Estimation", "Stima", "Valuation"), f"{g.n(300, 4000)},00"),
                 (g.t("Zählerstand Wasser", "Index eau", "Lettura acqua", "Water meter"), f"{g.n(100, 900)} m³"),
                 (g.t("Vereinskonto", "Compte de l'association", "Conto associazione", "Society account"),
                  IB(g.iban())),
                 (g.t("Vorstand", "Président", "Presidente", "Chair"), P(g.name(chair, "fl,iL")))]
        ask = g.t("Übergabeprotokoll – formuliere daraus eine Bestätigung für beide:",
                  "Procès-verbal de reprise : rédige une confirmation pour les deux :",
                  "Verbale di consegna: scrivi una conferma per entrambi:",
                  "Plot handover record - write a confirmation to both:")
        return f"{ask}\n\n{assoc}\n{kv(rows)}", None
    t = g.person()
    ta = g.addr()
    box = g.pobox()
    letter = g.t(
        f"{assoc} · {A(box.one())}\n\n{'Frau' if t.g == 'f' else 'Herrn'}\n{P(t.fl())}\n{two(ta)}\n\nBetreff: Parzelle "
        f"{g.n(1, 120)} – Heckenschnitt\n\nSehr geehrte/r {P(t.last)}, bei der Begehung am {g.plain_date()} wurde "
        f"festgestellt, dass die Hecke die zulässige Höhe überschreitet. Wir bitten um Rückschnitt bis zum "
        f"{g.plain_date()}. Der Jahresbeitrag (Pacht, Wasser, Versicherung) ist auf {IB(g.iban())} zu überweisen."
        f"\n\nMit gartenfreundlichen Grüßen\n{P(chair.fl())}, Vorsitzende/r, {T(g.phone())}",
        f"{assoc} · {A(box.one())}\n\n{P(t.fl())}\n{two(ta)}\n\nObjet : parcelle {g.n(1, 120)} – taille de haie\n\n"
        f"Madame, Monsieur {P(t.last)}, lors de la visite du {g.plain_date()} nous avons constaté que la haie "
        f"dépasse la hauteur autorisée. Merci de la tailler avant le {g.plain_date()}. La cotisation annuelle est "
        f"à verser sur {IB(g.iban())}.\n\nCordialement,\n{P(chair.fl())}, président(e), {T(g.phone())}",
        f"{assoc} · {A(box.one())}\n\nGent.le {P(t.fl())}\n{two(ta)}\n\nOggetto: lotto {g.n(1, 120)} – potatura "
        f"siepe\n\nDurante il sopralluogo del {g.plain_date()} si è constatato che la siepe supera l'altezza "
        f"consentita. La preghiamo di potarla entro il {g.plain_date()}. La quota annuale va versata su "
        f"{IB(g.iban())}.\n\nCordiali saluti\n{P(chair.fl())}, presidente, {T(g.phone())}",
        f"{assoc} · {A(box.one())}\n\n{P(t.fl())}\n{two(ta)}\n\nRe: Plot {g.n(1, 120)} - hedge height\n\nDear "
        f"{g.ch(['Mr', 'Ms', 'Mx'])} {P(t.last)}, at the inspection on {g.plain_date()} the hedge was found above "
        f"the permitted height. Please cut it back by {g.plain_date()}. Annual rent is payable to {IB(g.iban())}.\n\n"
        f"Kind regards\n{P(chair.fl())}, Chair, {T(g.phone())}")
    ask = g.t("Das ist ein eingescannter Brief (pdftotext). Bitte freundlicher formulieren:",
              "Lettre scannée (pdftotext). Rends-la plus aimable :",
              "Lettera scansionata (pdftotext). Rendila più cordiale:",
              "Scanned letter (pdftotext). Make it friendlier:")
    return f"{ask}\n\n{letter}", "hyph"


def t_sportcourse(g: Gen) -> tuple[str, str | None]:
    """Ski and sailing course registrations."""
    school = g.t(g.ch(["Skischule Oberjoch", "Segelschule Steinhuder Meer", "Schneesportschule Laax"]),
                 g.ch(["École de ski de Val Thorens", "Centre nautique des Glénan", "École de voile de Bayonne"]),
                 g.ch(["Scuola sci Cervinia", "Circolo velico Lago di Garda", "Scuola sci Bosco Gurin"]),
                 g.ch(["Snowsports Queenstown", "Rutland Sailing Club", "Whistler Kids Ski School"]))
    par = g.person()
    kids = [g.person(last=par.last if g.p(.8) else None) for _ in range(g.n(1, 3))]
    lv = [g.t("Anfänger", "débutant", "principiante", "beginner"), g.t("Fortgeschritten", "confirmé", "avanzato",
                                                                          "intermediate"), "Level 3", "Opti"]
    if g.var == 0:
        out = [f"{school} – {g.t('Anmeldung', 'Inscription', 'Iscrizione', 'Booking form')} {g.plain_date()}", ""]
        for i, k in enumerate(kids, 1):
            out.append(f"{g.t('Teilnehmer', 'Participant', 'Partecipante', 'Participant')} {i}: {P(g.name(k, 'fl,lf'))}"
                       f", {g.t('geb.', 'né(e) le', 'nato/a il', 'born')} {D(g.fdate(g.dob(2010, 2021)))}, "
                       f"{g.ch(lv)}")
        ad = g.addr()
        out += ["", f"{g.t('Erziehungsberechtigte/r', 'Responsable', 'Genitore', 'Parent')}: {P(g.name(par, 'fl'))}",
                f"{g.t('Adresse', 'Adresse', 'Indirizzo', 'Address')}: {A(ad.one())}",
                g.t("Notfallnummer während des Kurses", "Urgence pendant le stage", "Numero di emergenza",
                    "Emergency number during course") + f": {T(g.phone(mobile=True))}",
                f"E-Mail: {E(g.email(par))}",
                f"{g.t('Unterkunft', 'Hébergement', 'Alloggio', 'Staying at')}: {g.company()}"]
        if g.p(.5):
            out += [f"{g.t('Kreditkarte', 'Carte bancaire', 'Carta di credito', 'Card')}: {C(g.card())}  "
                    f"{g.t('gültig bis', 'exp.', 'scad.', 'exp')} {g.n(1, 12):02d}/{g.n(27, 31)}  CVC ***"]
        else:
            out += [f"IBAN: {IB(g.iban())}"]
        ask = g.t("Prüf die Anmeldung und schreib eine Bestätigung:", "Vérifie l'inscription et rédige une confirmation :",
                  "Controlla l'iscrizione e scrivi una conferma:", "Check this booking and draft a confirmation:")
        return f"{ask}\n\n" + "\n".join(out), None
    if g.var == 1:
        rows = []
        for _ in range(g.n(6, 10)):
            k = g.person()
            rows.append([g.ch(["A", "B", "C"]), P(g.name(k, "LF,lf,fl")), D(g.fdate(g.dob(2008, 2020), "num")),
                         g.company(), T(g.phone(mobile=True))])
        head = [g.t("Gruppe", "Groupe", "Gruppo", "Group"), "Name", g.t("Geb.", "Né(e)", "Nato/a", "DOB"),
                g.t("Unterkunft", "Hébergement", "Alloggio", "Accommodation"), g.t("Notfall", "Urgence", "Emergenza",
                                                                                    "Emergency")]
        inst = g.person()
        ask = g.t(f"Gruppenliste für Skilehrer/in {P(inst.first)}, bitte nach Gruppe aufteilen:",
                  f"Liste pour le moniteur {P(inst.first)}, répartis par groupe :",
                  f"Elenco per il maestro {P(inst.first)}, dividi per gruppo:",
                  f"Group list for instructor {P(inst.first)}, split by group please:")
        return f"{ask}\n\n{fixed(head, rows)}", None
    if g.var == 2:
        ad = g.addr(sub_ok=False)
        asc = g.p(.4)
        obj = {"bookingId": g.ref("BK", 8), "course": school,
               "booker": {"firstName": JP("PERSON", par.first, asc), "lastName": JP("PERSON", par.last, asc),
                          "email": E(g.email(par)), "phone": T(g.phone(intl=True)), "street": JP("ADDRESS", ad.street,
                                                                                                 asc),
                          "zip": ad.pct.split()[0], "country": g.region},
               "participants": [{"name": JP("PERSON", k.fl(), asc), "birthDate": D(g.fdate(g.dob(2008, 2020), "iso")),
                                 "level": g.ch(lv), "rental": g.p(.5)} for k in kids],
               "payment": ({"method": "sepa", "iban": IB(g.iban(grouped=False))} if g.p(.5) else
                           {"method": "card", "pan": C(g.card(grouped=False)), "exp": f"{g.n(1, 12):02d}/{g.n(27, 31)}",
                            "last4": str(g.n(1000, 9999))}),
               "createdBy": f"web{g.n(10, 99)}"}
        ask = g.t("Das Buchungssystem wirft einen Fehler bei diesem JSON. Warum?",
                  "Le système de réservation rejette ce JSON. Pourquoi ?",
                  "Il gestionale rifiuta questo JSON. Perché?", "Our booking system rejects this JSON. Why?")
        return f"{ask}\n\n```json\n{jd(obj, g.ch([2, 4, None]))}\n```", None
    k = kids[0]
    txt = g.t(
        f"hallo, ich möchte {P(k.first)} für den segelkurs in den herbstferien anmelden. {P(g.name(k, 'fl'))}, "
        f"geboren {D(g.fdate(g.dob(2010, 2019)))}, freischwimmer hat sie. schwimmweste größe s. bei notfällen bitte "
        f"{T(g.phone(mobile=True))} (ich) oder meine schwester {P(g.person(g='f').fl())} {T(g.phone())}. gruß "
        f"{P(par.fl())}",
        f"bonjour, je voudrais inscrire {P(k.first)} au stage de voile de la toussaint. {P(g.name(k, 'fl'))}, "
        f"né{'e' if k.g == 'f' else ''} le {D(g.fdate(g.dob(2010, 2019)))}, a son test d'aisance aquatique. en cas "
        f"d'urgence : {T(g.phone(mobile=True))} ou ma sœur {P(g.person(g='f').fl())} {T(g.phone())}. "
        f"{P(par.fl())}",
        f"buongiorno, vorrei iscrivere {P(k.first)} al corso di vela di ottobre. {P(g.name(k, 'fl'))}, "
        f"nat{'a' if k.g == 'f' else 'o'} il {D(g.fdate(g.dob(2010, 2019)))}, sa nuotare. per emergenze "
        f"{T(g.phone(mobile=True))} oppure mia sorella {P(g.person(g='f').fl())} {T(g.phone())}. "
        f"{P(par.fl())}",
        f"hi, i'd like to book {P(k.first)} onto the half-term dinghy course. {P(g.name(k, 'fl'))}, dob "
        f"{D(g.fdate(g.dob(2010, 2019)))}, can swim 50m. emergencies: {T(g.phone(mobile=True))} (me) or my sister "
        f"{P(g.person(g='f').fl())} {T(g.phone())}. thanks, {P(par.fl())}")
    ask = g.t("Trag das in unser Anmeldeformular ein:", "Remplis notre formulaire avec ça :",
              "Inserisci questi dati nel modulo:", "Put this into our booking form:")
    return f"{ask}\n\n{txt}", "lower"


def t_petposter(g: Gen) -> tuple[str, str | None]:
    """Lost and found pet posters, chip registry records."""
    pet = g.ch(["Moritz", "Luna", "Filou", "Minou", "Briciola", "Pepe", "Biscuit", "Rusty", "Nala", "Oskar"])
    kind = g.t(g.ch(["Kater", "Hündin", "Katze"]), g.ch(["chat", "chienne", "chatte"]),
               g.ch(["gatto", "cagnolina", "gatta"]), g.ch(["cat", "dog", "spaniel"]))
    owner = g.person()
    chip = g.ref("276" if g.lang == "de" else "250", 12)
    if g.var == 0:
        ph = g.phone(mobile=True, intl=False)
        txt = g.t(
            f"VERMISST!\n\n{kind} {pet}, grau getigert, 4 Jahre, Chip-Nr. {chip}\nZuletzt gesehen am {g.plain_date()} "
            f"in der {g.ch(ADDR['DE']['streets'])}.\n\nBitte melden bei {P(owner.first)}: {T(ph)} oder "
            f"{T(g.phone())}\n{E(g.email(owner))}\nBelohnung 100 €!",
            f"PERDU !\n\n{kind} {pet}, tigré gris, 4 ans, puce {chip}\nVu pour la dernière fois le {g.plain_date()} "
            f"rue Pasteur.\n\nContactez {P(owner.first)} au {T(ph)} ou {T(g.phone())}\n{E(g.email(owner))}\nRécompense !",
            f"SMARRITO!\n\n{kind} {pet}, tigrato grigio, 4 anni, microchip {chip}\nVisto l'ultima volta il "
            f"{g.plain_date()} in via Roma.\n\nChiamate {P(owner.first)}: {T(ph)} o {T(g.phone())}\n{E(g.email(owner))}\nRicompensa!",
            f"LOST!\n\n{kind} {pet}, grey tabby, 4 yrs, microchip {chip}\nLast seen {g.plain_date()} near the High "
            f"Street.\n\nPlease call {P(owner.first)} on {T(ph)} or {T(g.phone())}\n{E(g.email(owner))}\nREWARD!")
        ask = g.t("Mach daraus einen Facebook-Post:", "Fais-en un post Facebook :", "Trasformalo in un post Facebook:",
                  "Turn this poster into a Facebook post:")
        return f"{ask}\n\n{txt}", "upper" if g.p(.5) else None
    if g.var == 1:
        ad = g.addr()
        alt = g.person()
        rows = [(g.t("Tiername", "Nom de l'animal", "Nome animale", "Pet name"), pet),
                (g.t("Geburtsdatum Tier", "Date de naissance animal", "Data di nascita animale", "Pet DOB"),
                 g.fdate(g.dob(2014, 2024), "num")),
                ("Transponder", chip),
                (g.t("Halter/in", "Détenteur", "Proprietario", "Keeper"), P(g.name(owner, "LcF,lf,fl"))),
                (g.t("Geburtsdatum Halter", "Date de naissance détenteur", "Data di nascita proprietario",
                     "Keeper DOB"), D(g.fdate(g.dob()))),
                (g.t("Anschrift", "Adresse", "Indirizzo", "Address"), two(ad, "           "))]
        rows += [(g.t("Telefon", "Téléphone", "Telefono", "Phone"), T(g.phone(mobile=False))),
                 (g.t("Mobil", "Portable", "Cellulare", "Mobile"), T(g.phone(mobile=True))),
                 ("E-Mail", E(g.email(owner))),
                 (g.t("Zweitkontakt", "Second contact", "Secondo contatto", "Alt. contact"),
                  f"{P(g.name(alt, 'fl'))} {T(g.phone())}"),
                 (g.t("Registriert durch", "Enregistré par", "Registrato da", "Registered by"),
                  g.t("Tierarztpraxis Dr. Wendt", "Clinique vétérinaire du Parc", "Ambulatorio veterinario San Rocco",
                      "Riverside Vets"))]
        ask = g.t("Ein Fundtier wurde gechippt, das ist der Registerauszug. Schreib eine SMS an die Halterin:",
                  "Extrait du fichier I-CAD pour un animal trouvé. Écris un SMS au propriétaire :",
                  "Estratto dell'anagrafe per un animale trovato. Scrivi un SMS al proprietario:",
                  "Registry record for a found pet. Write a text to the keeper:")
        return f"{ask}\n\n{kv(rows, align=True)}", None
    if g.var == 2:
        finder = g.person()
        txt = g.t(
            f"Hi, ich habe heute morgen vor {A(g.addr(sub_ok=False).one())} einen {kind} gefunden, Marke am Halsband "
            f"sagt „{pet}“ und {T(g.phone())}. Dort geht keiner ran. Ich bin {P(finder.fl())}, erreichbar unter "
            f"{T(g.phone(mobile=True))} oder {E(g.email(finder))}. Das Tier ist bei mir, Tierheim-Notruf "
            f"{g.hotline()} war besetzt.",
            f"Bonjour, j'ai trouvé ce matin un {kind} devant le {A(g.addr(sub_ok=False).one())}, médaille « {pet} » et "
            f"{T(g.phone())}. Personne ne répond. Je suis {P(finder.fl())}, {T(g.phone(mobile=True))}, "
            f"{E(g.email(finder))}.",
            f"Ciao, stamattina ho trovato un {kind} davanti a {A(g.addr(sub_ok=False).one())}, medaglietta «{pet}» e "
            f"{T(g.phone())}. Non risponde nessuno. Sono {P(finder.fl())}, {T(g.phone(mobile=True))}, "
            f"{E(g.email(finder))}.",
            f"Hi, found a {kind} this morning outside {A(g.addr(sub_ok=False).one())}, tag says \"{pet}\" and "
            f"{T(g.phone())}. No answer. I'm {P(finder.fl())}, {T(g.phone(mobile=True))} or {E(g.email(finder))}.")
        ask = g.t("Formuliere einen Aushang daraus:", "Rédige une affichette :", "Scrivi un avviso:",
                  "Write a notice from this:")
        return f"{ask}\n\n{txt}", None
    rows = []
    for _ in range(g.n(4, 7)):
        f_, o = g.person(), g.person()
        rows.append([g.plain_date(), g.ch([kind, "Kaninchen", "lapin", "coniglio", "rabbit"]),
                     A(g.addr(sub_ok=False).street), P(g.name(f_, "fl,iL,lf")), T(g.phone()),
                     f"{P(g.name(o, 'fl,l'))} / {T(g.phone())}" if g.p(.6) else "–"])
    head = [g.t("Datum", "Date", "Data", "Date"), g.t("Tier", "Animal", "Animale", "Animal"),
            g.t("Fundort", "Lieu", "Luogo", "Found at"), g.t("Finder", "Trouvé par", "Trovato da", "Finder"),
            g.t("Tel. Finder", "Tél.", "Tel.", "Finder tel."), g.t("Halter ermittelt", "Propriétaire",
                                                                  "Proprietario", "Owner traced")]
    ask = g.t("Fundtierbuch des Tierheims – welche Fälle sind offen?", "Registre de la fourrière – cas ouverts ?",
              "Registro del canile – casi aperti?", "Shelter found-animal log - which cases are still open?")
    return f"{ask}\n\n{md(head, rows)}", None


def t_watchchat(g: Gen) -> tuple[str, str | None]:
    """Neighbourhood watch group chats."""
    mem = [g.person() for _ in range(g.n(4, 6))]
    cop = g.person()
    plate = g.ch(["B-KL 4412", "GU-123AB", "AB 123 CD", "FT 482 XZ", "LD71 XKA", "ZH 48213", "W-73514K"])
    st = g.addr(sub_ok=False)
    lines = []
    h, mi = 20, 5
    fmt = g.var % 3

    day = g.n(1, 28)

    def stamp() -> str:
        nonlocal mi
        mi += g.n(1, 9)
        d = f"{day:02d}.11.26" if g.lang != "en" else f"{day:02d}/11/2026"
        return [f"[{d}, {h}:{mi:02d}]", f"{d} {h}:{mi:02d} -", f"{h}:{mi:02d}"][fmt]

    def who(p: Person) -> str:
        return P(g.name(p, "fl,f,fI"))
    msgs = g.t(
        [f"weißer transporter ({plate}) fährt seit ner halben stunde langsam durch die straße",
         f"steht jetzt vor {A(st.street)} 🙈",
         f"hab die polizei angerufen, wache {T(g.phone(mobile=False))}, nicht die {g.ch(['110', '112'])}",
         f"danke! {P(mem[0].first.lower())} schau mal ob deine kamera was hat",
         f"bei {P(mem[2].last)}s war letzte woche auch schon einer am gartentor"],
        [f"camionnette blanche ({plate}) qui tourne dans la rue depuis 30 min",
         f"elle est garée devant le {A(st.street)}",
         f"j'ai appelé le commissariat, {T(g.phone(mobile=False))}, pas le 17",
         f"merci ! {P(mem[0].first.lower())} tu peux regarder ta caméra ?",
         f"chez les {P(mem[2].last)} quelqu'un a essayé le portail la semaine dernière"],
        [f"furgone bianco ({plate}) gira nella via da mezz'ora",
         f"ora è fermo davanti al {A(st.street)}",
         f"ho chiamato la caserma, {T(g.phone(mobile=False))}, non il 112",
         f"grazie! {P(mem[0].first.lower())} puoi controllare la telecamera?",
         f"dai {P(mem[2].last)} la settimana scorsa hanno provato il cancello"],
        [f"white van ({plate}) been crawling up and down the road for half an hour",
         f"now parked outside {A(st.street)}",
         f"rang the station on {T(g.phone(mobile=False))}, not 999",
         f"cheers! {P(mem[0].first.lower())} can you check your doorbell cam?",
         f"someone tried the {P(mem[2].last)}s' side gate last week too"])
    senders = [mem[1], mem[3], None, mem[0], mem[4 if len(mem) > 4 else 1]]
    for s, msg in zip(senders, msgs, strict=True):
        sender = T(g.phone(mobile=True, intl=True)) if s is None else who(s)
        lines.append(f"{stamp()} {sender}: {msg}")
    lines.append(f"{stamp()} {who(mem[-1])}: " + g.t(
        f"zur info: kontaktbereichsbeamter ist {P(cop.fl())}, {T(g.phone())}, {E(g.email(cop))}",
        f"pour info : notre policier référent est {P(cop.fl())}, {T(g.phone())}",
        f"per info: il vigile di quartiere è {P(cop.fl())}, {T(g.phone())}",
        f"fyi our community officer is {P(cop.fl())}, {T(g.phone())}"))
    if g.p(.6):
        nb = g.person()
        lines.append(f"{stamp()} {who(mem[1])}: " + g.t(
            f"neu in der gruppe: {P(nb.fl())} aus {A(g.addr(sub_ok=False).one())} 👋",
            f"bienvenue à {P(nb.fl())} du {A(g.addr(sub_ok=False).one())} 👋",
            f"benvenuta/o {P(nb.fl())} di {A(g.addr(sub_ok=False).one())} 👋",
            f"welcome {P(nb.fl())} from {A(g.addr(sub_ok=False).one())} 👋"))
    ask = g.t("Chatverlauf unserer Nachbarschaftsgruppe – fass zusammen, was passiert ist:",
              "Conversation du groupe voisins vigilants, résume ce qui s'est passé :",
              "Chat del controllo di vicinato, riassumi cosa è successo:",
              "Our neighbourhood watch chat - summarise what happened:")
    return f"{ask}\n\n" + "\n".join(lines), None


def t_blooddonor(g: Gen) -> tuple[str, str | None]:
    """Blood donation appointment exports, invitations, handover notes."""
    centre = g.t("DRK-Blutspendedienst", "EFS – Établissement français du sang", "AVIS comunale",
                 "NHS Blood and Transplant")
    if g.var == 0:
        head = ["donor_id", g.t("nachname", "nom", "cognome", "surname"), g.t("vorname", "prenom", "nome", "forename"),
                g.t("geburtsdatum", "date_naissance", "data_nascita", "dob"), "blood_group",
                g.t("telefon", "telephone", "telefono", "phone"), "email", "slot"]
        rows = []
        for _ in range(g.n(6, 9)):
            d = g.person()
            rows.append([g.ref("D", 7), P(d.last), P(d.first), D(g.fdate(g.dob(1958, 2007), g.ch(["iso", "num"]))),
                         g.ch(["0+", "A-", "B+", "AB+", "0-"]), T(g.phone()), E(g.email(d)) if g.p(.85) else "",
                         f"{g.n(8, 18)}:{g.ch(['00', '15', '30', '45'])}"])
        ask = g.t("Export der Termine für morgen. Wer hat keine E-Mail? Schreib eine Erinnerungs-SMS:",
                  "Export des RDV de demain. Qui n'a pas d'e-mail ? Rédige un SMS de rappel :",
                  "Export delle prenotazioni di domani. Chi non ha e-mail? Scrivi un SMS di promemoria:",
                  "Tomorrow's appointment export. Who has no email? Draft a reminder text:")
        return f"{ask}\n\n{sv(head, rows, ',', quote=g.p(.4))}", None
    if g.var == 1:
        d = g.person()
        ad = g.addr()
        doc = g.person()
        venue = g.addr(sub_ok=False)
        txt = g.t(
            f"{centre}\n\n{P(d.fl())}\n{two(ad)}\n\nSpendernummer {g.ref('', 10)} · geb. {D(g.fdate(g.dob()))}\n\n"
            f"Liebe/r {P(d.first)}, Ihre letzte Spende ist über 12 Wochen her. Wir laden Sie am {g.plain_date()} "
            f"in die Turnhalle, {A(venue.one())} ein. Fragen: {g.hotline()} (kostenlos).\n\n"
            f"Dr. med. {P(doc.fl())}, ärztliche Leitung",
            f"{centre}\n\n{P(d.fl())}\n{two(ad)}\n\nN° donneur {g.ref('', 10)} · né(e) le {D(g.fdate(g.dob()))}\n\n"
            f"Bonjour {P(d.first)}, nous vous attendons le {g.plain_date()} à la salle des fêtes, {A(venue.one())}. "
            f"Questions : {g.hotline()}.\n\nDr {P(doc.fl())}, médecin responsable",
            f"{centre}\n\n{P(d.fl())}\n{two(ad)}\n\nCod. donatore {g.ref('', 10)} · nato/a il {D(g.fdate(g.dob()))}"
            f"\n\nCaro/a {P(d.first)}, ti aspettiamo il {g.plain_date()} presso la sede, {A(venue.one())}. "
            f"Info: {g.hotline()}.\n\nDott.ssa {P(doc.fl())}, direttore sanitario",
            f"{centre}\n\n{P(d.fl())}\n{two(ad)}\n\nDonor no. {g.ref('', 10)} · DOB {D(g.fdate(g.dob()))}\n\n"
            f"Dear {P(d.first)}, we'd love to see you on {g.plain_date()} at the community hall, {A(venue.one())}. "
            f"Questions: {g.hotline()}.\n\nDr {P(doc.fl())}, Clinical Lead")
        ask = g.t("Übersetze den Brief ins Englische:", "Traduis cette lettre en anglais :",
                  "Traduci la lettera in inglese:", "Translate this letter into German:")
        return f"{ask}\n\n{txt}", None
    if g.var == 2:
        lines = []
        for _ in range(g.n(4, 6)):
            d = g.person()
            lines.append(g.t(
                f"- {P(g.name(d, 'fl,lf'))} (geb. {D(g.fdate(g.dob(), 'short'))}): Hb zu niedrig, in 8 Wo. wieder, "
                f"Rückruf {T(g.phone(mobile=True))}",
                f"- {P(g.name(d, 'fl,lf'))} (né(e) le {D(g.fdate(g.dob(), 'short'))}) : Hb trop bas, rappeler au "
                f"{T(g.phone(mobile=True))}",
                f"- {P(g.name(d, 'fl,lf'))} (n. {D(g.fdate(g.dob(), 'short'))}): Hb basso, richiamare al "
                f"{T(g.phone(mobile=True))}",
                f"- {P(g.name(d, 'fl,lf'))} (dob {D(g.fdate(g.dob(), 'short'))}): low Hb, defer 8 wks, call back "
                f"{T(g.phone(mobile=True))}"))
        nurse = g.person()
        ask = g.t("Übergabe Spätschicht, bitte als Tabelle:", "Transmissions de l'après-midi, en tableau stp :",
                  "Consegne del turno, in tabella per favore:", "Late shift handover, as a table please:")
        return f"{ask}\n\n" + "\n".join(lines) + f"\n\n{g.t('gez.', 'signé', 'firmato', 'signed')} " \
            f"{P(g.name(nurse, 'fI,iL'))}", "lower" if g.p(.5) else None
    rows = []
    for _ in range(g.n(5, 8)):
        d = g.person()
        rows.append(f"{g.plain_date()} 09:{g.n(10, 59)};{T(g.phone(mobile=True, intl=True))};"
                    f"{g.ch(['DELIVERED', 'FAILED', 'DELIVERED'])};" + g.t(
                        f"Hallo {P(d.first)}, Ihr Spendetermin ist morgen um 16:30.",
                        f"Bonjour {P(d.first)}, votre RDV don du sang est demain 16h30.",
                        f"Ciao {P(d.first)}, la tua donazione è domani alle 16:30.",
                        f"Hi {P(d.first)}, your donation appointment is tomorrow at 4.30pm."))
    ask = g.t("SMS-Log: welche sind fehlgeschlagen?", "Journal SMS : lesquels ont échoué ?",
              "Log SMS: quali sono falliti?", "SMS log: which ones failed?")
    return f"{ask}\n\nsent_at;to;status;body\n" + "\n".join(rows), None


def t_courier(g: Gen) -> tuple[str, str | None]:
    """Courier delivery exception logs."""
    codes = ["NA01 not home", "AD02 address incomplete", "RF03 refused", "NB04 left with neighbour", "CL05 closed"]
    if g.var == 0:
        rows = []
        for _ in range(g.n(6, 9)):
            r = g.person()
            a = g.addr(sub_ok=False)
            rows.append("|".join([f"2026-11-{g.n(1, 28):02d}T{g.n(8, 18):02d}:{g.n(0, 59):02d}",
                                  g.ref("JJD", 12), g.ch(codes), P(g.name(r, "FL,fl,LcF")), A(a.one()),
                                  T(g.phone(intl=g.p(.5))) if g.p(.8) else "",
                                  g.ch(["", "2nd attempt", "Paketshop", "tour 14"])]))
        ask = g.t("Scanner-Export der Zustellausnahmen, gruppier nach Code:",
                  "Export des anomalies de livraison, regroupe par code :",
                  "Export delle eccezioni di consegna, raggruppa per codice:",
                  "Delivery exception scan export, group by code:")
        return f"{ask}\n\nts|tracking|code|recipient|address|phone|note\n" + "\n".join(rows), None
    if g.var == 1:
        lines = []
        for _ in range(g.n(4, 6)):
            r, nb = g.person(), g.person()
            lines.append(g.t(
                f"{g.ref('', 5)}: {P(r.last.lower())} nicht da, bei nachbar {P(nb.last.lower())} "
                f"({A(g.addr(sub_ok=False).street.lower())}) abgegeben, karte eingeworfen",
                f"{g.ref('', 5)}: {P(r.last.lower())} absent, déposé chez voisin {P(nb.last.lower())} "
                f"({A(g.addr(sub_ok=False).street.lower())})",
                f"{g.ref('', 5)}: {P(r.last.lower())} assente, lasciato al vicino {P(nb.last.lower())} "
                f"({A(g.addr(sub_ok=False).street.lower())})",
                f"{g.ref('', 5)}: {P(r.last.lower())} out, left w/ neighbour {P(nb.last.lower())} at "
                f"{A(g.addr(sub_ok=False).street.lower())}"))
        drv = g.person()
        ask = g.t("Notizen vom Fahrer, mach einen sauberen Bericht:", "Notes du livreur, fais un rapport propre :",
                  "Note del corriere, fai un rapporto pulito:", "Driver notes, write a clean report:")
        return f"{ask}\n\n" + "\n".join(lines) + f"\n-- {P(drv.first.lower())}, {T(g.phone(mobile=True))}", "lower"
    if g.var == 2:
        c = g.person()
        nb = g.person()
        a = g.addr()
        txt = g.t(
            f"Sehr geehrte Damen und Herren,\n\nmein Paket (Sendung {g.ref('00340', 15)}) wurde laut Tracking am "
            f"{g.plain_date()} bei „{P(nb.last)}“ abgegeben – so heißt in unserem Haus niemand. Meine Adresse ist "
            f"{A(a.one())}. Bitte klären Sie das; ich bin unter {T(g.phone())} erreichbar. Ihre Hotline "
            f"{g.hotline()} hat mich nur vertröstet.\n\n{P(c.fl())}\n{E(g.email(c))}",
            f"Madame, Monsieur,\n\nmon colis ({g.ref('6A', 11)}) a été remis le {g.plain_date()} à « {P(nb.last)} » "
            f"selon le suivi – personne de ce nom dans l'immeuble. Mon adresse : {A(a.one())}. Merci de me "
            f"rappeler au {T(g.phone())}.\n\n{P(c.fl())}\n{E(g.email(c))}",
            f"Buongiorno,\n\nil mio pacco ({g.ref('BRT', 12)}) risulta consegnato il {g.plain_date()} a «{P(nb.last)}»"
            f", ma nel palazzo non c'è nessuno con quel nome. Il mio indirizzo è {A(a.one())}. Richiamatemi al "
            f"{T(g.phone())}.\n\n{P(c.fl())}\n{E(g.email(c))}",
            f"Hello,\n\nmy parcel ({g.ref('H00', 13)}) shows as delivered on {g.plain_date()} to \"{P(nb.last)}\" - "
            f"nobody of that name lives here. My address is {A(a.one())}. Please call me on {T(g.phone())}.\n\n"
            f"{P(c.fl())}\n{E(g.email(c))}")
        if g.p(.6):
            txt += "\n\n" + g.t("PS: Die Zollgebühr (18,50 €) habe ich online mit meiner Karte ",
                                "PS : j'ai payé les droits de douane (18,50 €) avec ma carte ",
                                "PS: ho pagato il dazio (18,50 €) con la carta ",
                                "PS: I paid the import fee online with my card ") + C(g.card()) + \
                g.t(" bezahlt – bitte erstatten.", ", merci de rembourser.", ", rimborsatemi.", ", please refund it.")
        ask = g.t("Mach die Beschwerde schärfer:", "Rends la réclamation plus ferme :", "Rendi il reclamo più deciso:",
                  "Make this complaint firmer:")
        return f"{ask}\n\n{txt}", None
    rows = []
    for _ in range(g.n(5, 8)):
        r = g.person()
        rows.append([g.ref("", 10), P(g.name(r, "fl,lf,iL")), A(g.addr(sub_ok=False).one()), g.ch(codes)])
    box = g.pobox()
    ask = g.t(f"Tagesabschluss Depot – Retouren gehen an {A(box.one())}. Zusammenfassen bitte:",
              f"Clôture du dépôt – retours à {A(box.one())}. Résume :",
              f"Chiusura deposito – resi a {A(box.one())}. Riassumi:",
              f"Depot end of day - returns go to {A(box.one())}. Summarise:")
    return f"{ask}\n\n{md(['Tracking', g.t('Empfänger', 'Destinataire', 'Destinatario', 'Recipient'), g.t('Adresse', 'Adresse', 'Indirizzo', 'Address'), 'Code'], rows)}", None


def t_rideshare(g: Gen) -> tuple[str, str | None]:
    """Ride-sharing receipts and messages."""
    drv, rid = g.person(), g.person()
    a1, a2 = g.addr(sub_ok=False), g.addr(sub_ok=False)
    if g.var == 0:
        txt = g.t(
            f"Danke für deine Fahrt, {P(rid.first)}!\n\nFahrer: {P(drv.fi())} · {g.ch(['Toyota Prius', 'VW ID.3'])}"
            f" · {g.ch(['M-RT 2231', 'W-12345K', 'ZH 903112'])}\nAbholung: {A(a1.one())}\nZiel: {A(a2.one())}\n"
            f"Fahrpreis 23,40 € · Trinkgeld 2,00 €\nBezahlt mit {g.masked()}\nFahrt-ID {g.ref('TR-', 9)}\n"
            f"Beleg gesendet an {E(g.email(rid))}",
            f"Merci pour votre course, {P(rid.first)} !\n\nChauffeur : {P(drv.fi())} · {g.ch(['Peugeot 508', 'Tesla'])}"
            f"\nDépart : {A(a1.one())}\nArrivée : {A(a2.one())}\nTotal 19,80 €\nPayé avec {g.masked()}\n"
            f"ID course {g.ref('TR-', 9)}\nReçu envoyé à {E(g.email(rid))}",
            f"Grazie per la corsa, {P(rid.first)}!\n\nAutista: {P(drv.fi())} · {g.ch(['Fiat Tipo', 'Toyota C-HR'])}\n"
            f"Partenza: {A(a1.one())}\nArrivo: {A(a2.one())}\nTotale 21,50 €\nPagato con {g.masked()}\n"
            f"ID corsa {g.ref('TR-', 9)}\nRicevuta inviata a {E(g.email(rid))}",
            f"Thanks for riding, {P(rid.first)}!\n\nDriver: {P(drv.fi())} · {g.ch(['Toyota Camry', 'Kia Niro'])}\n"
            f"Pickup: {A(a1.one())}\nDrop-off: {A(a2.one())}\nFare $24.10 · Tip $3.00\nCharged to {g.masked()}\n"
            f"Trip ID {g.ref('TR-', 9)}\nReceipt sent to {E(g.email(rid))}")
        ask = g.t("Reich das als Spesenbeleg ein, schreib mir den Begleittext:",
                  "Rédige le texte pour ma note de frais :", "Scrivi il testo per la nota spese:",
                  "Write the expense note for this receipt:")
        return f"{ask}\n\n{txt}", None
    if g.var == 1:
        rp, dp = g.phone(mobile=True), g.phone(mobile=True)
        txt = g.t(
            f"[{P(rid.first)}] hallo {P(drv.first)}, ich glaub mein schal liegt noch auf der rückbank 🙈\n"
            f"[{P(drv.first)}] ja hab ihn! wo soll ich ihn hinbringen?\n[{P(rid.first)}] zu {A(a2.one())} wäre super,"
            f" ruf an wenn du da bist {T(rp)}\n[{P(drv.first)}] ok gegen 18 uhr, meine nummer {T(dp)}",
            f"[{P(rid.first)}] bonjour {P(drv.first)}, j'ai oublié mon écharpe sur la banquette\n[{P(drv.first)}] "
            f"je l'ai ! je la dépose où ?\n[{P(rid.first)}] au {A(a2.one())}, appelez-moi {T(rp)}\n"
            f"[{P(drv.first)}] ok vers 18h, mon numéro {T(dp)}",
            f"[{P(rid.first)}] ciao {P(drv.first)}, ho lasciato la sciarpa sul sedile\n[{P(drv.first)}] trovata! dove "
            f"te la porto?\n[{P(rid.first)}] a {A(a2.one())}, chiamami al {T(rp)}\n[{P(drv.first)}] ok verso le 18, "
            f"il mio numero {T(dp)}",
            f"[{P(rid.first)}] hi {P(drv.first)}, think i left my scarf on the back seat\n[{P(drv.first)}] got it! "
            f"where do you want it?\n[{P(rid.first)}] {A(a2.one())} would be great, ring me on {T(rp)}\n"
            f"[{P(drv.first)}] ok around 6, my number's {T(dp)}")
        ask = g.t("Ist es okay, dass der Fahrer meine Adresse hat?", "Est-ce normal que le chauffeur ait mon adresse ?",
                  "È normale che l'autista abbia il mio indirizzo?", "Is it ok the driver has my address now?")
        return f"{ask}\n\n{txt}", "lower" if g.p(.4) else None
    if g.var == 2:
        head = [g.t("Mitarbeiter/in", "Collaborateur", "Dipendente", "Employee"), g.t("Datum", "Date", "Data", "Date"),
                g.t("von", "de", "da", "from"), g.t("nach", "à", "a", "to"), g.t("Betrag", "Montant", "Importo",
                                                                                 "Amount"),
                g.t("Kostenstelle", "Centre de coût", "Centro di costo", "Cost centre"),
                g.t("Firmenkarte", "Carte société", "Carta aziendale", "Corporate card")]
        rows = []
        for _ in range(g.n(5, 8)):
            e = g.person()
            rows.append([P(g.name(e, "lf,fl")), g.plain_date(), A(g.addr(sub_ok=False).one()),
                         g.ch([g.t("Flughafen", "Aéroport", "Aeroporto", "Airport"), A(g.addr(sub_ok=False).one())]),
                         f"{g.n(9, 80)}.{g.n(10, 99)}", g.ref("CC", 4), C(g.card(grouped=False)) if g.p(.3) else ""])
        ask = g.t("Fahrtenbericht Business-Account, welche Fahrten sind privat?",
                  "Rapport des courses du compte pro : lesquelles sont perso ?",
                  "Report corse account aziendale: quali sono private?",
                  "Business account trip report: which look personal?")
        return f"{ask}\n\n{sv(head, rows, ',', quote=True)}", None
    card = g.card()
    txt = g.t(
        f"Hallo Support, mir wurde die Fahrt {g.ref('TR-', 9)} doppelt abgebucht. Karte {C(card)}, Name "
        f"{P(rid.fl())}. Bitte erstattet auf mein Konto {IB(g.iban())}. Der Fahrer {P(drv.fi())} hat mich "
        f"auch noch unter {T(g.phone(mobile=True))} angerufen – geht gar nicht. {E(g.email(rid))}",
        f"Bonjour, la course {g.ref('TR-', 9)} a été débitée deux fois. Carte {C(card)}, au nom de {P(rid.fl())}. "
        f"Remboursez sur {IB(g.iban())} svp. Le chauffeur {P(drv.fi())} m'a même appelé au "
        f"{T(g.phone(mobile=True))}. {E(g.email(rid))}",
        f"Salve, la corsa {g.ref('TR-', 9)} mi è stata addebitata due volte. Carta {C(card)}, intestata a "
        f"{P(rid.fl())}. Rimborsate su {IB(g.iban())}. L'autista {P(drv.fi())} mi ha pure chiamato al "
        f"{T(g.phone(mobile=True))}. {E(g.email(rid))}",
        f"Hi support, trip {g.ref('TR-', 9)} was charged twice to card {C(card)}, name {P(rid.fl())}. Refund to "
        f"{IB(g.iban())} please. Driver {P(drv.fi())} also called me on {T(g.phone(mobile=True))} which isn't ok. "
        f"{E(g.email(rid))}")
    ask = g.t("Mach eine Support-Anfrage draus:", "Fais-en une demande au support :", "Trasformalo in un ticket:",
              "Turn this into a support ticket:")
    return f"{ask}\n\n{txt}", None


def t_scholarship(g: Gen) -> tuple[str, str | None]:
    """Scholarship recommendation letters, transcripts and applications."""
    prof, cand = g.person(), g.person()
    uni = g.t(g.ch(["Ludwig-Maximilians-Universität München", "Universität Wien", "ETH Zürich"]),
              g.ch(["Université Paris-Saclay", "Université de Liège", "Université de Lausanne"]),
              g.ch(["Università di Bologna", "Politecnico di Milano", "USI Lugano"]),
              g.ch(["University of Edinburgh", "Trinity College Dublin", "McGill University", "University of Otago"]))
    found = g.t("Studienstiftung Hans Böckler", "Fondation Marie Curie", "Fondazione Cariplo", "Rhodes Trust")
    if g.var == 0:
        off = g.addr(sub_ok=False)
        txt = g.t(
            f"Prof. Dr. {P(prof.fl())}\nInstitut für Physikalische Chemie, {uni}\n{A(off.one())}\nTel. "
            f"{T(g.phone(mobile=False))} · {E(g.work_email(prof, 'uni-example.de'))}\n\nEmpfehlungsschreiben für "
            f"{P(cand.fl())} (geb. {D(g.fdate(g.dob(1998, 2005)))})\n\nHiermit empfehle ich {P(cand.first)} "
            f"{P(cand.last)} nachdrücklich für ein Stipendium der {found}. In meiner Vorlesung gehörte "
            f"{P(cand.last)} zu den herausragenden Studierenden; {P(cand.first)}s Bachelorarbeit über "
            f"Übergangsmetallkatalysatoren war außergewöhnlich selbstständig.",
            f"Pr {P(prof.fl())}\nLaboratoire de chimie physique, {uni}\n{A(off.one())}\nTél. "
            f"{T(g.phone(mobile=False))} · {E(g.work_email(prof, 'univ-example.fr'))}\n\nLettre de recommandation "
            f"pour {P(cand.fl())} (né{'e' if cand.g == 'f' else ''} le {D(g.fdate(g.dob(1998, 2005)))})\n\n"
            f"Je recommande vivement {P(cand.fl())} pour une bourse de la {found}. "
            f"{P(cand.last)} figure parmi les étudiants les plus remarquables de ma promotion.",
            f"Prof. {P(prof.fl())}\nDipartimento di Chimica, {uni}\n{A(off.one())}\nTel. {T(g.phone(mobile=False))} "
            f"· {E(g.work_email(prof, 'unibo.example.it'))}\n\nLettera di referenze per {P(cand.fl())} "
            f"(nat{'a' if cand.g == 'f' else 'o'} il {D(g.fdate(g.dob(1998, 2005)))})\n\nRaccomando "
            f"caldamente {P(cand.fl())} per una borsa della {found}. La tesi di laurea "
            f"sull'elettrochimica è stata straordinariamente indipendente.",
            f"Professor {P(prof.fl())}\nSchool of Chemistry, {uni}\n{A(off.one())}\nTel. {T(g.phone(mobile=False))} "
            f"· {E(g.work_email(prof, 'ed.example.ac.uk'))}\n\nReference for {P(cand.fl())} (born "
            f"{D(g.fdate(g.dob(1998, 2005), g.ch(['name', 'words'])))})\n\nI recommend {P(cand.first)} "
            f"{P(cand.last)} without reservation for the {found} scholarship. {P(cand.first)}'s undergraduate "
            f"dissertation on transition-metal catalysis was exceptionally independent.")
        ask = g.t("Text aus PDF kopiert, bitte Silbentrennung entfernen und ins Englische übersetzen:",
                  "Texte copié d'un PDF, supprime les césures et traduis en anglais :",
                  "Testo copiato da PDF, togli i trattini e traduci in inglese:",
                  "Copied from a PDF, fix the hyphenation and translate into French:")
        return f"{ask}\n\n{txt}", "hyph"
    if g.var == 1:
        rows = [[g.ch(["Analysis I", "Organic Chemistry", "Statistik", "Thermodynamique", "Fisica II",
                       "Linear Algebra", "Latin Prose"]), str(g.n(3, 10)), g.ch(["1,3", "2,0", "A", "28/30", "16/20",
                                                                                  "First"])]
                for _ in range(g.n(5, 8))]
        reg = g.person()
        hdr = kv([(g.t("Name", "Nom", "Cognome e nome", "Name"), P(g.name(cand, "lf,LF,fl"))),
                  (g.t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"),
                   D(g.fdate(g.dob(1996, 2005)))),
                  (g.t("Geburtsort", "Lieu de naissance", "Luogo di nascita", "Place of birth"),
                   g.ch(["Kassel", "Namur", "Trapani", "Cork", "Izmir"])),
                  (g.t("Matrikelnummer", "N° étudiant", "Matricola", "Student ID"), g.ref("", 8)),
                  (g.t("Studiengang", "Filière", "Corso di laurea", "Programme"), "B.Sc. Chemistry")], align=True)
        ask = g.t("Notenauszug – rechne den Schnitt aus:", "Relevé de notes – calcule la moyenne :",
                  "Libretto – calcola la media:", "Transcript - work out the average:")
        return (f"{ask}\n\n{uni}\n{hdr}\n\n{fixed(['Modul', 'ECTS', g.t('Note', 'Note', 'Voto', 'Grade')], rows)}\n\n"
                f"{g.t('Prüfungsamt', 'Scolarité', 'Segreteria studenti', 'Registry')}: {P(g.name(reg, 'iL,fl'))}"), None
    if g.var == 2:
        ad = g.addr()
        m, f_ = g.person(g="f", last=cand.last), g.person(g="m", last=cand.last if g.p(.6) else None)
        ref2 = g.person()
        rows = [(g.t("Bewerber/in", "Candidat(e)", "Candidato/a", "Applicant"), P(cand.fl())),
                (g.t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), D(g.fdate(g.dob(1998, 2006)))),
                (g.t("Adresse", "Adresse", "Indirizzo", "Address"), A(ad.one())),
                (g.t("Telefon", "Téléphone", "Telefono", "Phone"), T(g.phone(mobile=True))),
                ("E-Mail", E(g.email(cand))),
                (g.t("Mutter", "Mère", "Madre", "Mother"), f"{P(m.fl())}, {g.ch(['Pflegefachfrau', 'infirmière', 'insegnante', 'nurse'])}"),
                (g.t("Vater", "Père", "Padre", "Father"), P(f_.fl())),
                (g.t("Haushaltseinkommen", "Revenu du foyer", "ISEE", "Household income"), f"{g.n(18, 60)}.000"),
                (g.t("Auszahlung auf IBAN", "Versement sur IBAN", "Accredito su IBAN", "Pay stipend to IBAN"),
                 IB(g.iban())),
                (g.t("Gutachter/in", "Référent", "Referente", "Referee"),
                 f"Prof. {P(prof.fl())} <{E(g.work_email(prof, 'uni.example.org'))}>"),
                (g.t("Zweitgutachter/in", "Second référent", "Secondo referente", "Second referee"),
                 f"{P(g.name(ref2, 'iL,fl'))}, {T(g.phone())}")]
        ask = g.t(f"Stipendienantrag {found}, fehlt was?", f"Dossier de bourse {found}, il manque quelque chose ?",
                  f"Domanda di borsa {found}, manca qualcosa?", f"{found} application, anything missing?")
        return f"{ask}\n\n{kv(rows, align=g.p(.5))}", None
    rows = []
    for _ in range(g.n(5, 8)):
        c, r = g.person(), g.person()
        rows.append([P(g.name(c, "lf,fl,LF")), D(g.fdate(g.dob(1997, 2006), "num")), g.ch([uni, "TU Delft", "KU Leuven"]),
                     g.ch(["1,2", "3.9", "110L", "17,5", "A"]), P(g.name(r, "iL,l,fl"))])
    head = [g.t("Kandidat/in", "Candidat", "Candidato", "Candidate"), g.t("geb.", "né(e)", "nato/a", "DOB"),
            g.t("Hochschule", "Université", "Ateneo", "University"), g.t("Note", "Moyenne", "Voto", "GPA"),
            g.t("Gutachten von", "Référent", "Referente", "Referee")]
    ask = g.t("Shortlist für die Auswahlkommission – sortiere nach Note:", "Liste restreinte – trie par moyenne :",
              "Rosa dei candidati – ordina per voto:", "Shortlist for the committee - sort by grade:")
    return f"{ask}\n\n{md(head, rows)}", None


def t_prisonvisit(g: Gen) -> tuple[str, str | None]:
    """Prison visit requests and confirmations."""
    inm = g.person()
    fac = g.t(g.ch(["JVA Stadelheim", "Justizanstalt Josefstadt", "JVA Tegel", "Strafanstalt Pöschwies"]),
              g.ch(["Maison d'arrêt de Fresnes", "Prison de Champ-Dollon", "Prison de Haren"]),
              g.ch(["Casa circondariale di San Vittore", "Carcere La Stampa", "Casa di reclusione di Opera"]),
              g.ch(["HMP Wandsworth", "Mountjoy Prison", "Mt Eden Corrections Facility", "FCI Dublin"]))
    fad = g.addr(sub_ok=False)
    if g.var in (0, 3):
        v1 = g.person()
        kid = g.person(last=v1.last if g.p(.6) else inm.last)
        ad = g.addr()
        rows = [(g.t("Gefangene/r", "Détenu(e)", "Detenuto/a", "Prisoner"), P(g.name(inm, "LcF,lf,fl"))),
                (g.t("Buchungsnr.", "N° d'écrou", "Matricola", "Prison no."), g.ref(g.ch(["", "A", "GB"]), 6)),
                (g.t("geb.", "né le", "nato il", "DOB"), D(g.fdate(g.dob(1960, 2004)))),
                (g.t("Besucher/in 1", "Visiteur 1", "Visitatore 1", "Visitor 1"), P(g.name(v1, "fl,lf"))),
                (g.t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), D(g.fdate(g.dob()))),
                (g.t("Beziehung", "Lien", "Parentela", "Relationship"), g.t("Ehefrau", "compagne", "moglie", "partner")),
                (g.t("Ausweis-Nr.", "N° pièce d'identité", "N. documento", "ID no."), g.ref(g.ch(["L01X", "CA", "AY"]), 6)),
                (g.t("Anschrift", "Adresse", "Indirizzo", "Address"), A(ad.one())),
                (g.t("Telefon", "Téléphone", "Telefono", "Phone"), T(g.phone())),
                ("E-Mail", E(g.email(v1))),
                (g.t("Besucher/in 2 (Kind)", "Visiteur 2 (enfant)", "Visitatore 2 (minore)", "Visitor 2 (child)"),
                 f"{P(g.name(kid, 'fl'))}, {D(g.fdate(g.dob(2012, 2022)))}"),
                (g.t("Gewünschter Termin", "Date souhaitée", "Data richiesta", "Preferred date"), g.plain_date())]
        if g.p(.6):
            rows.append((g.t("Einzahlung Eigengeld von IBAN", "Versement pécule depuis IBAN", "Versamento da IBAN",
                             "Money sent in from IBAN"), IB(g.iban())))
        ask = g.t(f"Besuchsantrag für die {fac}, bitte abtippen:", f"Demande de permis de visite ({fac}), recopie :",
                  f"Richiesta di colloquio ({fac}), trascrivi:", f"Visit request for {fac}, please type up:")
        return f"{ask}\n\n{kv(rows, align=True)}", ("upper" if g.var == 3 else None)
    if g.var == 1:
        v = g.person()
        ad = g.addr()
        off = g.person()
        txt = g.t(
            f"{fac} · Besuchsabteilung · {A(fad.one())} · Tel. {T(g.phone(mobile=False))}\n\n{P(v.fl())}\n{two(ad)}\n\n"
            f"Besuchserlaubnis für den Besuch bei Herrn {P(inm.last)}\n\nIhr Besuch am {g.plain_date()}, 14:00 Uhr, "
            f"ist genehmigt. Bitte bringen Sie einen gültigen Lichtbildausweis mit. Terminänderungen nur über die "
            f"Besuchshotline {g.hotline()}.\n\ngez. {P(off.fl())}, Justizvollzugsinspektor/in",
            f"{fac} · Service des parloirs · {A(fad.one())} · Tél. {T(g.phone(mobile=False))}\n\n{P(v.fl())}\n"
            f"{two(ad)}\n\nPermis de visite – M. {P(inm.last)}\n\nVotre parloir du {g.plain_date()} à 14 h est "
            f"accordé. Munissez-vous d'une pièce d'identité. Modifications : {g.hotline()}.\n\n{P(off.fl())}, "
            f"surveillant(e) principal(e)",
            f"{fac} · Ufficio colloqui · {A(fad.one())} · Tel. {T(g.phone(mobile=False))}\n\n{P(v.fl())}\n{two(ad)}"
            f"\n\nAutorizzazione al colloquio con il sig. {P(inm.last)}\n\nIl colloquio del {g.plain_date()} ore 14 è "
            f"autorizzato. Portare un documento valido.\n\n{P(off.fl())}, ispettore",
            f"{fac} · Visits Booking · {A(fad.one())} · Tel. {T(g.phone(mobile=False))}\n\n{P(v.fl())}\n{two(ad)}\n\n"
            f"Visiting order - Mr {P(inm.last)}\n\nYour visit on {g.plain_date()} at 2pm is confirmed. Please bring "
            f"photo ID. Changes via the booking line {g.hotline()}.\n\n{P(off.fl())}, Visits Officer")
        ask = g.t("Erklär mir den Brief in einfacher Sprache:", "Explique-moi cette lettre simplement :",
                  "Spiegami questa lettera in parole semplici:", "Explain this letter in plain words:")
        return f"{ask}\n\n{txt}", None
    law = g.person()
    ext = g.t("Durchwahl", "poste", "interno", "ext.")
    txt = g.t(
        f"Sehr geehrte Damen und Herren,\n\nals Verteidigerin von Herrn {P(inm.fl())} (geb. {D(g.fdate(g.dob()))}) "
        f"beantrage ich einen Anwaltsbesuch in der {fac} am {g.plain_date()}. Begleitet werde ich von der "
        f"Dolmetscherin {P(g.person().fl())}.\n\nMit freundlichen Grüßen\nRAin {P(law.fl())}\n{A(g.addr(sub_ok=False).one())}"
        f"\nTel. {T(g.phone(mobile=False, intl=False))} {ext} {g.n(10, 99)} · {E(g.work_email(law, 'kanzlei-example.de'))}",
        f"Madame, Monsieur,\n\nconseil de M. {P(inm.fl())} (né le {D(g.fdate(g.dob()))}), je sollicite un permis de "
        f"communiquer à la {fac} le {g.plain_date()}, accompagné(e) de l'interprète {P(g.person().fl())}.\n\n"
        f"Me {P(law.fl())}\n{A(g.addr(sub_ok=False).one())}\nTél. {T(g.phone(mobile=False, intl=False))} {ext} "
        f"{g.n(10, 99)} · {E(g.work_email(law, 'avocat-example.fr'))}",
        f"Spett.le Direzione,\n\nin qualità di difensore del sig. {P(inm.fl())} (nato il {D(g.fdate(g.dob()))}) "
        f"chiedo un colloquio presso la {fac} il {g.plain_date()}, con l'interprete {P(g.person().fl())}.\n\n"
        f"Avv. {P(law.fl())}\n{A(g.addr(sub_ok=False).one())}\nTel. {T(g.phone(mobile=False, intl=False))} {ext} "
        f"{g.n(10, 99)} · {E(g.work_email(law, 'studiolegale-example.it'))}",
        f"Dear Sir or Madam,\n\nI act for {P(inm.fl())} (DOB {D(g.fdate(g.dob()))}) and request a legal visit at {fac}"
        f" on {g.plain_date()}, with interpreter {P(g.person().fl())}.\n\nYours faithfully\n{P(law.fl())}, Solicitor\n"
        f"{A(g.addr(sub_ok=False).one())}\nTel. {T(g.phone(mobile=False, intl=False))} {ext} {g.n(10, 99)} · "
        f"{E(g.work_email(law, 'example-law.co.uk'))}")
    ask = g.t("Korrekturlesen bitte:", "Relis ce courrier stp :", "Correggi la lettera:", "Proofread this please:")
    return f"{ask}\n\n{txt}", None


TEMPLATES = {"permission": t_permission, "lessons": t_lessons, "ensemble": t_ensemble, "allotment": t_allotment,
             "sportcourse": t_sportcourse, "petposter": t_petposter, "watchchat": t_watchchat,
             "blooddonor": t_blooddonor, "courier": t_courier, "rideshare": t_rideshare,
             "scholarship": t_scholarship, "prisonvisit": t_prisonvisit}


def build() -> list[dict]:
    docs = []
    for lang in LANGS:
        regs = REGIONS[lang]
        for tpl, fn in TEMPLATES.items():
            order = [regs[k % len(regs)] for k in range(10)]
            random.Random(f"holdout13|regions|{lang}|{tpl}").shuffle(order)
            for i in range(10):
                g = Gen(lang, order[i], tpl, i)
                marked, mode = fn(g)
                text, ents = resolve(marked, mode, g.rng)
                check(text, ents)
                docs.append({"id": f"holdout13-{lang}-{tpl}-{i:02d}", "locale": f"{lang}_{order[i]}", "lang": lang,
                             "text": text, "entities": ents})
    return docs


def check(text: str, ents: list[dict]) -> None:
    last = -1
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert e["text"] == e["text"].strip() and e["text"], e
        assert e["start"] >= last, e
        last = e["end"]
        if e["type"] == "IBAN":
            assert iban_ok(e["text"]), e
        if e["type"] == "CARD":
            assert luhn_ok(e["text"]), e


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    docs = build()
    data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(data, encoding="utf-8")
    n = sum(len(d["entities"]) for d in docs)
    print(f"wrote {len(docs)} documents, {n} values to {args.out} (sha256 {hashlib.sha256(data.encode()).hexdigest()[:16]})")


if __name__ == "__main__":
    main()
