r"""Tenth blind evaluation set ("holdout10") for the anonymizer.

Written 2026-12-05 by a helper session, blind: without reading the detectors and their name lists
(src/tarnkappe/privacy/), the tests (tests/), the other generators and their templates (the bodies of
bench/privacy/generate*.py, templates.py) or the texts of any data set under bench/privacy/data/, without looking at the
git history, diffs or status of any of these, and never run through the anonymizer, any test or
bench/privacy/evaluate.py while written (tarnkappe is not imported; no detector output was ever seen).  The only things
read were the module docstrings of generate_holdout7.py, generate_holdout8.py and generate_holdout9.py (record format,
label decisions, genres already used) and of evaluate.py (the genres of holdout3..holdout9), the file names in
bench/privacy/ and bench/privacy/data/, the Makefile's head, pyproject.toml (install, ruff settings) and the Faker pin
in requirements.lock. One command meant to print only the hash of the latest commit also printed its one-line subject (a
tidy-up making a helper of a person-detector module private again); nothing else of the history, no diff and no
status was looked at.  The label decisions below are copied from holdout9 (which copied them from holdout5..holdout8);
the decisions added here were made while writing the templates, never after looking at any detector output.  Report on
it; never tune on it.

Writes bench/privacy/data/synthetic_holdout10.jsonl: 4 languages (de, fr, it, en) x 12 templates x 10 documents = 480
documents, seeded and deterministic for a given Faker version (the lock's; Faker + the standard library;
``random.Random`` seeded with ``"holdout10|<lang>|<template>|<i>"``, every Faker locale re-seeded per document, on its
first use in the document).  Each record has ``id`` (``holdout10-<lang>-<template>-<NN>``), ``locale``, ``lang``,
``text`` and ``entities`` (``start``, ``end``, ``type``, ``text``; ``text[start:end]`` is asserted for every entity,
entities do not overlap and carry no surrounding white space, every IBAN has valid ISO 13616 check digits (French and
Belgian ones also a valid national key, Italian ones a valid CIN) and every card number passes Luhn).  Regions: de ->
DE/AT/CH, fr -> FR/BE/CH/LU, it -> IT/CH, en -> GB/IE/US/CA/AU/NZ (``locale`` is ``lang_REGION``), rotated over the
documents of a template.  The templates write the labelled values with inline markers that are resolved into offsets
at the end, so that whole-document upper-casing and OCR noise (applied to the unlabelled text only) keep the labels
exact.

Genres (text people paste into an AI assistant at work or at home, wrapped in a request in the document's language),
chosen to differ from the genres listed for holdout3..holdout9 (those of holdout and holdout2 are not listed in anything
read here, so an overlap with them cannot be ruled out):
 1. accident - joint accident reports (Europäischer Unfallbericht, constat amiable, constatazione amichevole, European
    accident statement) transcribed as "Label: value" forms for vehicles A and B, as a Markdown table, as the mail to
    the insurer, OCR'd in capitals from the carbon copy, and North American / Australasian driver-exchange notes;
 2. driverid - traffic-fine driver identification: Zeugenfragebogen / Anhörungsbogen, Austrian Lenkerauskunft, Swiss
    Halterbefragung, désignation du conducteur, comunicazione dati del conducente (art. 126-bis), s.172 notices,
    fixed-charge nominations, affidavits of non-liability; authority letters with the filled form, fleet managers'
    mails, the online portal's JSON payload with its 422 error, the holder's reply letter;
 3. visitorlog - visitor logs: visitor-management CSV exports, care-home and hospital ward visitor books (Markdown,
    fixed-width) during an outbreak, secure-site access pre-registrations (YAML, JSON) with dates of birth, reception
    mails for badge printing, XML exports;
 4. estate - estate inventories (Nachlassverzeichnis, inventaire de succession, prospetto per la dichiarazione di
    successione, probate inventories) as outlines and Markdown tables, letters to the bank after a death with the heirs'
    accounts, the siblings' shared to-do list;
 5. conveyancing - property purchases: notaries' appointment mails with the data sheet for the deed (Kaufvertrag,
    acte de vente, rogito), the data as a seller/buyer table, buyers' mails to the notary, HTML mails of broker
    portals, memoranda of sale, purchase summaries, AML identity forms, mails to the solicitor;
 6. baptism - parish paperwork: baptism registration forms with parents and godparents, marriage preparation forms
    with witnesses, confirmation / first communion candidate lists (Markdown, CSV, TSV), parish office mails about
    godparent certificates;
 7. shareholders - shareholder lists and registers (Gesellschafterliste, liste des associés, elenco soci, register of
    members), beneficial-owner declarations (Transparenzregister, WiEReG, Formular K, DBE, titolare effettivo, PSC
    register, RBO, BOI report, director details), KYC onboarding JSON of a business bank account, articles /
    statuts / atto costitutivo / shareholders' agreement drafts;
 8. minortravel - travel consent for minors: consent letters of the parent staying at home, the French AST and
    equivalent forms, airline unaccompanied-minor handling advice (capitals), travel-portal JSON (also \u escaped);
 9. lostproperty - lost and found: loss reports to transport operators and lost-property offices listing the wallet's
    contents, finders' lower-case notes, hotel lost-and-found mail threads, municipal found-property registers;
10. playerreg - youth sports player registration: licence / player-pass applications with guardians, doctor and
    emergency contact, tournament squad lists with dates of birth (Markdown, TSV, CSV, fixed-width), coaches'
    lower-case carpool messages, federation transfer-request XML;
11. repair - repair shops and after-sales: intake receipts (receipt printer, capitals, centred header), RMA web-form
    JSON with a refund IBAN, buy-back records with the seller's ID check and payout account, technicians' visit reports;
12. studyconsent - research studies: REDCap-style screening-log CSV exports, participant contact sheets with GP and
    reimbursement details, visit reminder schedules (TSV) with an SMS template, YAML seed fixtures with a validator
    error.
Values appear in prose, "Label: value" forms (aligned and not), two-line address blocks, Markdown, fixed-width, tab-,
semicolon- and comma-separated tables (quoted and unquoted cells), JSON (indented, compact, \u escapes), YAML (plain,
single- and double-quoted), XML (elements and attributes), HTML (<br> blocks, tel: and mailto: links), mail headers,
chat-style lower case, OCR noise (letter confusions, doubled spaces, stray bars) and all capitals, in each country's
conventions (German "str." and "strasse", Austrian "/Top", "/Stiege/Tür" and "Jänner", Swiss "strasse" and "CH-", French
"bis"/"ter", "Appt", "Bât." and upper-case towns, BP / CS ... CEDEX, Belgian "bte"/"boîte"/"bus" and "B-", Luxembourg
"12, rue ..." and "L-" postcodes, Italian "n.", "int.", "scala", "piano" and province codes, British postcodes after the
town, Irish Eircodes and counties, US ZIP+4 and "#" units, Canadian "unit-civic" numbers, Australian "Unit 3/12", New
Zealand suburbs, PO boxes and Postfach, addresses abroad in Türkiye, Portugal, Poland, Spain, the Netherlands, Morocco,
Brazil, Romania, Croatia, Ukraine, India, Vietnam, the Philippines, Nigeria, Mexico, Colombia, Albania, Greece and
Senegal); phone numbers national and international with "(0)", "00", slashes, dots, hyphens, parentheses, compact and
grouped; dates of birth numeric, two-digit years, without leading zeros, with month names ("1er", "1°", "Jänner",
ordinals, abbreviations), ISO, US month-first, in capitals.  Names in "First Last", "Last, First", "LAST First",
"LAST, First", "Last First" (Italian forms), "A. Last", "First L.", all capitals, lower case, in separate first-name /
surname fields, with middle names and initials, particles, double surnames, maiden names, nicknames, names that are
ordinary words, diacritics and their ASCII spellings (in e-mail addresses) and \u escapes in JSON.  Unlabelled
distractors: case, file, notice, report, job, RMA, request, booking, record, participant, player, pass, badge, policy,
green-card, register (HRB, FN, CHE, RCS, BCE, REA, CRO, EIN, BN, ACN, NZBN) and ticket numbers, plates, licence numbers
(also UK ones that embed the date of birth), passport and ID-card numbers, IMEIs (15 digits, Luhn-valid) and serial
numbers, passcodes, tax ids, AHV/AVS, social-security, pension, NI, PPS, SSN, SIN, TFN and IRD numbers and codici
fiscali (several embedding the date of birth), Kassenzeichen and structured communications, cadastral and land-register
references, domestic bank details (sort codes, routing, transit, BSB, NZ accounts), BICs, masked cards and expiry dates,
amounts, shares and percentages, plain dates and times (accidents, offences, deaths, baptisms, weddings, appointments,
travel, purchases, visits), flight numbers, role mailboxes (info@, office@, admin@, contact@, segreteria@, reception@,
rezeption@, frontdesk@, pfarrbuero@, secretariat@, parish.office@), public hotlines, freephone and service numbers,
bare extensions, companies, insurers, agencies, garages, funeral homes, law firms, shops, hotels, clubs, parishes,
universities, hospitals and meeting rooms named after people or saints, streets without a number, towns and postcodes
alone, nationalities and denominations.

Names: Faker locales az_AZ, cs_CZ, da_DK, de_AT, de_CH, de_DE, de_LI, de_LU, en_AU, en_CA, en_GB, en_IE, en_IN, en_KE,
en_NG, en_NZ, en_PK, en_US, es_AR, es_CL, es_CO, es_ES, es_MX, et_EE, fi_FI, fr_BE, fr_CA, fr_CH, fr_DZ, fr_FR, ga_IE,
ha_NG, hr_HR, hu_HU, id_ID, ig_NG, is_IS, it_IT, lt_LT, lv_LV, nl_BE, nl_NL, no_NO, pl_PL, pt_BR, pt_PT, ro_RO, sk_SK,
sl_SI, sv_SE, sw, tr_TR, tw_GH, uz_UZ, vi_VN, yo_NG, zu_ZA (gendered first names; gendered surnames where the locale has
them), plus lists written here: region-own lists (German names that are ordinary words and nicknames, Russian-German
Mennonite surnames, Austrian and Austro-Czech names, Swiss German, Romansh, Breton/Corsican/Basque/Alsatian/Occitan,
French ordinary-word names and nicknames, Walloon/Flemish, Luxembourgish, southern Italian/Sardinian/Friulian with
particles, Italian ordinary-word names, Ticinese, Welsh/Scottish/English ordinary-word names and nicknames, Irish and
Irish-language, US (African-American, Navajo), Québécois and First Nations, Australian (Aboriginal, nicknames), Maori
and Pacific) and community lists (Arabic, Maghrebi, Kurdish, Afghan/Persian, Sri Lankan Tamil,
Eritrean/Ethiopian/Somali, Ukrainian, Bosnian/Serbian/Croatian/Albanian, Sinti/Roma, Chinese pinyin, Korean/Japanese
romanised, Thai/Nepali/Tibetan/Mongolian, Punjabi/Bangladeshi/Pakistani, Filipino, West African, Congolese, Cape
Verdean, Haitian/Caribbean, Andean, Greek, Armenian/Georgian/Chechen, Hebrew).  Only Latin script (checked per name).
About half the names (53 % of the people generated) come from the region's own locales and lists.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, CARD), copied from holdout9 (which copied them
from holdout5..holdout8):
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
Further decisions copied from holdout5's clarifications (via holdout6..holdout9): a surname alone ("Frau Huber",
"famille DUPONT", a ``last_name`` field) and a first name alone (a ``first_name`` field) are PERSON; lowercase names are
PERSON; "Peter und Claudia Huber" is two spans ("Peter", "Claudia Huber"); maiden and married names joined by "geb.",
"née", "nata", "(née ...)" are separate PERSON spans with the connector outside; pets' names and dates of birth are not
labelled; the dates of birth of children are DOB, dates of moving in, issue, travel, vaccination and signing are plain
dates; a two-line address block is two spans, and a structured record whose street and "postcode town" are separate
values is two spans as well; quotes around a value are outside the span; passport, tax, social-security,
national-id, insurance and health-service numbers, and non-IBAN bank details (sort codes, account and routing
numbers, BSB, transit numbers) have no type and are unlabelled.
Clarifications copied from holdout6..holdout9: values are labelled exactly as written in the source (a JSON escape
inside a name or street is inside the span); a first name with the initial of the surname ("Lisa K.") is one PERSON span
including the dot; diseases named after people are not PERSON, nor are the names of hospitals, schools and practices; a
national phone number with its area code in parentheses is one PHONE span including the parentheses, a DIN-style
extension joined by a hyphen is inside the span; a business's phone number (a practice, a pharmacy, an authority's
office) is PHONE, the hotlines next to it are not; a form or table that keeps the postcode and/or town in fields of
their own: the street field is ADDRESS (with the town if it is in that field), the separate postcode and town fields are
not labelled; a place of birth next to a date of birth is outside the DOB span, a date of birth with a two-digit year is
DOB; national ids that contain the date of birth are unlabelled and their digits are not DOB; "Herrn und Frau Meier",
"M. et Mme DUPONT": the surname is one PERSON span; short forms in rosters ("Meier A.", "A. Meier", "Anna M.") are
PERSON; firms, hotels, pharmacies, foundations and laws that contain the name of a person and Faker company names made
of surnames are not labelled; a doorbell label with a surname is PERSON; kinship and role words (Tochter, sa fille, la
figlia, daughter) are outside the PERSON span; restaurants named after people and streets without a number are
unlabelled; a company's PO box with postcode and town is an ADDRESS; SEPA creditor identifiers and mandate references
are unlabelled; a full card number in an export is CARD, "last4" and masked numbers are not; an office address written
on one line is one ADDRESS span; in HTML "<br>" separates the lines of an address block (two spans, tags outside), a
"mailto:" link's address and its link text are each EMAIL; a display name is PERSON, a user name with digits is a user
id; schools and venues named after people are unlabelled; JSON ``street`` / XML ``line1`` are ADDRESS, ``postal_code``,
``zip``, ``city`` and ``country`` are not; a date of birth with a time part is one DOB span; a form field holding
postcode and town together (CN 23 "PLZ / Ort") is the second ADDRESS span of the street field's address; payees who are
persons and their IBANs are labelled, companies are not; policy, member and participant numbers and shares are
unlabelled, every beneficiary's and witness's name, address and date of birth is labelled; embassy names, passport
numbers and visit dates are unlabelled; blood groups, health-card numbers, allergies, pets and card-blocking hotlines
are unlabelled; French and Italian gendered forms are resolved per person ("né"/"née", "nato"/"nata"), the cue is
outside the DOB span in either form.

Clarifications decided here while writing the templates (never after looking at any anonymizer output):
* Accident reports: separate "Name" and "Vorname" / "Nom" and "Prénom" / "Surname" and "First name" fields are one
  PERSON span each; the place of the accident written as street, number, postcode and town ("vor dem Haus Hauptstraße
  45, 12345 Ort") is an ADDRESS, junctions, motorway kilometres and car parks are not; plates, policy, green-card and
  driving-licence numbers, the accident's date and time and the insurers are unlabelled; agencies and garages named
  after people (Agentur Pospischil, Karosserie Demir, Arnold Clark) are unlabelled, the agency's phone and address are
  labelled.
* Driver identification: a field "PLZ, Wohnort" / "Code postal et commune" / "CAP e Comune" / "Town/State/Code" holding
  postcode and town is the second ADDRESS span of the street field's address (as holdout9's CN 23 rule); an "Address"
  field holding street and town ("49 Orchard Close, Belfast") next to a separate "Postcode" field is one ADDRESS span
  without the postcode; the authority's PO box or address is ADDRESS, its office number PHONE, its "Servicetelefon" /
  enquiries line a hotline (unlabelled), the clerk ("Sachbearbeiter/in: M. Bonbach") PERSON; the authority's IBAN is
  labelled (every IBAN is); case numbers, Kassenzeichen, "+++123/4567/89012+++" communications, fines, the offence's
  date, time and place (road and kilometre, street without a number) are unlabelled; a fleet manager's "ext. 115" is
  outside.
* Visitor logs: a resident or patient after a salutation ("Fr. Pospischil (Zi. 20)", "Sig.ra Chen (stanza 20)", "Mr
  Evans (bed 6)"): the surname is PERSON, the room or bed is not; badge, ID-document and access-request numbers, plates,
  times and the visitors' companies are unlabelled; meeting rooms named after people ("Raum Einstein", "salle Marie
  Curie", "Turing Room") are unlabelled; "Durchwahl -100" / "poste 100" / "ext. 100" alone are bare extensions.
* Estates: the deceased's date of birth is DOB, the date of death a plain date; the heirs' dates of birth are DOB;
  funeral homes and law firms named after people are unlabelled, the notary's and solicitor's names are PERSON (Maître,
  Notar, dott. outside); land-register and cadastral references, pension, NI, SSN and similar numbers, domestic account
  details and quotas ("1/3") are unlabelled; foreign accounts' IBANs are labelled; the heirs' first names alone in a
  to-do list are PERSON; a landlord after "Herrn" / "Mme" / "sig.ra" / "Mrs" is PERSON (surname).
* Conveyancing: the parties' birth names after "Geburtsname" / "Nom de naissance" / "Cognome da nubile" are PERSON;
  Steuer-ID, AHV, national register numbers and codici fiscali are unlabelled; the property's address is ADDRESS; the
  signing appointment is a plain date; in HTML a "tel:" link's number and its link text are each PHONE (by analogy with
  the mailto rule); the notary's role mailbox (info@, office@, segreteria@) is unlabelled, the notary, clerk, broker,
  bank adviser and lawyers are PERSON, estate agencies and law firms made of surnames are not.
* Baptism and marriage paperwork: baptism and wedding dates (also "getauft am ..." of adults) are plain dates, the
  child's and the couple's dates of birth DOB; parishes and churches named after saints are unlabelled; clergy titles
  (Pfarrer, Pfarrerin, Pater, Diakon, Kaplan, Pastor, abbé, père, diacre, don, padre, diacono, suor, Fr., Father, Rev.,
  Deacon, Canon) are outside the PERSON span, a priest named by first name only ("Pater Benedikt", "don Mario") is
  PERSON; denominations and Bible references are unlabelled; the parish office's role mailbox is unlabelled, its phone
  PHONE.
* Shareholders: a "Wohnort" / residence field holding only a town (German Gesellschafterliste, Transparenzregister) is
  not an ADDRESS; a PSC register's month-and-year date of birth ("March 1984") is not DOB (no day); register numbers,
  capital, shares, percentages and nationalities are unlabelled; KYC JSON ``line1`` / ``street`` are ADDRESS,
  ``postal_code`` and ``city`` are not; the company's phone is PHONE, its role mailbox unlabelled.
* Minors' travel: the children's and adults' dates of birth are DOB, passport numbers, booking references, flight
  numbers and travel dates are not; the address of the stay abroad is ADDRESS; in the capitals of an airline form an
  "ADDRESS:" line and its continuation line are two spans; "Il/La sottoscritto/a" and other role words are outside.
* Lost property: a card number typed into a loss report or a mail is CARD (its expiry "gültig bis 08/29" outside), a
  girocard's printed IBAN is IBAN, ID-card numbers, train, seat and report numbers are not; the hotel's role mailbox is
  unlabelled, the housekeeper is PERSON and her direct line PHONE; a "Fundort" street without a number is unlabelled.
* Players: shirt numbers and licence, pass and player ids are unlabelled; clubs named after people or saints (TSV Jahn,
  DJK St. Georg, ASD Don Bosco, St Kevin's Boys) and venues (centro sportivo Gaetano Scirea, gymnase
  Pierre-de-Coubertin) are unlabelled; lower-case first names in chat messages are PERSON, "papa von" / "mamma di" /
  "dad of" outside; "the Haddadi family" / "famille X": the surname is PERSON; a GP named "Dr Buchanan": the surname is
  PERSON.
* Repair: IMEIs (15 digits, Luhn-valid) and serial numbers are not CARD and unlabelled, nor are passcodes, job and RMA
  numbers; "VISA ****4273" is a masked card (unlabelled); a signature "R. Patel" and a customer after "Herr" / "Mr"
  are PERSON; shops named after their owner (Handy-Doktor Jäggi, Riparazioni Lo Cascio) are unlabelled, their address
  and phone are labelled; the site address of a visit report is a two-line block (two spans).
* Studies: universities, hospitals and institutes named after people (Ludwig-Maximilians-Universität, Policlinico
  Gemelli, Institut Gustave Roussy, Istituto Mario Negri, Johns Hopkins, McGill) are unlabelled; record, participant and
  study ids and initials ("IS") are unlabelled; REDCap ``first_name`` / ``last_name`` are PERSON, ``address_street``
  ADDRESS, ``address_zip`` / ``address_city`` not; ``gp_name`` "Dr. Janzen": the surname is PERSON; the study's
  freephone number is a hotline, the study nurse's line PHONE; template placeholders ({Vorname}) are unlabelled; a date
  of birth in a wrong format in a YAML fixture is still DOB.

Usage (repo root): python bench/privacy/generate_holdout10.py [--out PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from faker import Faker

SEED = "holdout10"
LANGS = ("de", "fr", "it", "en")
REGIONS = {
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH", "LU"),
    "it": ("IT", "CH"),
    "en": ("GB", "IE", "US", "CA", "AU", "NZ"),
}
N_DOCS = 10
TYPES = ("PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS", "DOB", "CARD")
DEFAULT_OUT = Path(__file__).resolve().parent / "data" / "synthetic_holdout10.jsonl"

# --------------------------------------------------------------------------------------------------------------------
# Markers: a labelled value is written into the text as  \ue000TYPE\ue001value\ue002  and resolved into offsets at the
# end, so that whole-document transformations (upper case, lower case) keep the labels right.
# --------------------------------------------------------------------------------------------------------------------
_S, _M, _E = "\ue000", "\ue001", "\ue002"
_MARK_RE = re.compile(f"{_S}([A-Za-z]+){_M}(.*?){_E}", re.S)
_SPLIT_RE = re.compile(f"({_S}[A-Za-z]+{_M}|{_E})")


def mark(typ: str, value: str) -> str:
    assert value and value == value.strip(), repr(value)
    assert not any(c in value for c in (_S, _M, _E)), repr(value)
    return f"{_S}{typ}{_M}{value}{_E}"


def P(v: str) -> str:  # noqa: N802
    return mark("PERSON", v)


def E(v: str) -> str:  # noqa: N802
    return mark("EMAIL", v)


def T(v: str) -> str:  # noqa: N802
    return mark("PHONE", v)


def I(v: str) -> str:  # noqa: N802, E743
    return mark("IBAN", v)


def A(v: str) -> str:  # noqa: N802
    return mark("ADDRESS", v)


def D(v: str) -> str:  # noqa: N802
    return mark("DOB", v)


def C(v: str) -> str:  # noqa: N802
    return mark("CARD", v)


def strip_marks(s: str) -> str:
    return _MARK_RE.sub(lambda m: m.group(2), s)


def map_plain(s: str, fn) -> str:
    """Apply fn to the unmarked stretches of s (markers and labelled values untouched)."""
    out, inside = [], False
    for part in _SPLIT_RE.split(s):
        if not part:
            continue
        if part.startswith(_S):
            inside = True
            out.append(part)
        elif part == _E:
            inside = False
            out.append(part)
        else:
            out.append(part if inside else fn(part))
    return "".join(out)


def jstr(s: str, ascii_only: bool = False) -> str:
    """A JSON string literal for a (possibly marked) value; markers stay inside the quotes."""
    return '"' + map_plain_all(s, lambda seg: json.dumps(seg, ensure_ascii=ascii_only)[1:-1]) + '"'


def map_plain_all(s: str, fn) -> str:
    """Apply fn to every stretch of text (inside and outside labelled values), keeping the markers."""
    out = []
    for part in _SPLIT_RE.split(s):
        if not part:
            continue
        out.append(part if (part.startswith(_S) or part == _E) else fn(part))
    return "".join(out)


def jdump(obj, indent: int | None = 2, ascii_only: bool = False, level: int = 0) -> str:
    """json.dumps for objects holding marked strings."""
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [f"{pad}{jstr(k)}: {jdump(v, indent, ascii_only, level + 1)}" for k, v in obj.items()]
        return "{" + sep.join(items) + end + "}"
    if isinstance(obj, list):
        if not obj:
            return "[]"
        items = [f"{pad}{jdump(v, indent, ascii_only, level + 1)}" for v in obj]
        return "[" + sep.join(items) + end + "]"
    if isinstance(obj, str):
        return jstr(obj, ascii_only)
    return json.dumps(obj)


def xesc(s: str) -> str:
    return map_plain_all(s, xml_escape)


def csv_cell(s: str, sep: str = ",", always: bool = False) -> str:
    plain = strip_marks(s)
    if always or sep in plain or '"' in plain or "\n" in plain:
        return '"' + map_plain_all(s, lambda seg: seg.replace('"', '""')) + '"'
    return s


def vis_len(s: str) -> int:
    return len(strip_marks(s))


def pad(s: str, width: int) -> str:
    return s + " " * max(1, width - vis_len(s))


def center(s: str, width: int) -> str:
    return " " * max(0, (width - vis_len(s)) // 2) + s


def md_table(header: list[str], rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for r in rows:
        out.append("| " + " | ".join(r) + " |")
    return "\n".join(out)


def fixed_table(header: list[str], rows: list[list[str]], gap: int = 2) -> str:
    widths = [max(vis_len(c) for c in col) + gap for col in zip(header, *rows, strict=True)]
    lines = ["".join(pad(c, w) for c, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("-" * (sum(widths) - gap))
    for r in rows:
        line = "".join(pad(c, w) for c, w in zip(r, widths, strict=True))
        lines.append(line.rstrip(" "))
    return "\n".join(lines)


def finish(marked: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    ents: list[dict] = []
    pos = 0
    last = 0
    for m in _MARK_RE.finditer(marked):
        chunk = marked[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        typ, val = m.group(1).upper(), m.group(2)
        assert typ in TYPES, typ
        ents.append({"start": pos, "end": pos + len(val), "type": typ, "text": val})
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    assert not any(c in text for c in (_S, _M, _E)), "stray marker"
    return text, ents


# --------------------------------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------------------------------
def iban_valid(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(d)):
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def check_record(rec: dict) -> None:
    text, prev_end = rec["text"], -1
    for e in sorted(rec["entities"], key=lambda e: e["start"]):
        assert text[e["start"]:e["end"]] == e["text"], (rec["id"], e)
        assert e["text"] == e["text"].strip() and e["text"], (rec["id"], e)
        assert e["start"] >= prev_end, (rec["id"], "overlap", e)
        prev_end = e["end"]
        if e["type"] == "IBAN":
            assert iban_valid(e["text"]), (rec["id"], e)
        if e["type"] == "CARD":
            assert luhn_ok(e["text"]), (rec["id"], e)
        if e["type"] == "PERSON":
            for ch in e["text"]:
                if ch.isalpha():
                    assert "LATIN" in unicodedata.name(ch), (rec["id"], e)


# --------------------------------------------------------------------------------------------------------------------
# Names.  Faker locales (gendered first names, last names) and lists written here: (male, female, last).
# --------------------------------------------------------------------------------------------------------------------
def _w(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


OWN: dict[str, tuple[list[str], list[str], list[str]]] = {
    # region-own lists
    "de_words": (_w("Ernst|August|Frank|Konrad|Kalle|Basti|Flo|Hansi|Sepp|Willi|Benno|Fritz"),
                 _w("Rose|Heide|Frieda|Uschi|Steffi|Gretl|Resi|Sonja|Heidi|Biene|Hanne|Liesel"),
                 _w("Sonntag|Vogel|Fuchs|Winter|Koch|Bauer|Klein|Lange|Engel|Wolf|Sommer|Hase|Kaiser|König|Roth|"
                    "Schwarz|Weiß|Frost|Morgenroth|Liebe|Fröhlich|Ehrlich|Stark|Mai|Freitag|Ostermann")),
    "de_russ": (_w("Waldemar|Eduard|Viktor|Artur|Dmitri|Jakob|Heinrich|Witali"),
                _w("Olga|Natalja|Swetlana|Irina|Lilli|Jelena|Tamara|Nelli"),
                _w("Neufeld|Janzen|Friesen|Dück|Penner|Enns|Reimer|Giesbrecht|Wiens|Klassen|Harder|Thiessen")),
    "at_own": (_w("Sepp|Ferdl|Florian|Hannes|Gerhard|Poldi|Much|Wastl|Bertl|Franzi"),
               _w("Resi|Waltraud|Theresia|Kathi|Vroni|Lisl|Mitzi|Gundi|Hermine|Burgi"),
               _w("Pichler|Gruber|Wimmer|Hofer|Leitner|Moser|Mayrhofer|Pöschl|Kölbl|Zöchling|Novak|Swoboda|"
                  "Dvořak|Prohaska|Nemec|Wessely|Pospischil|Horvath|Kovacs|Hinterberger|Oberhauser")),
    "ch_rm": (_w("Gion|Duri|Men|Jon|Flurin|Curdin|Reto|Gian Andrea|Luregn|Mattias"),
              _w("Mengia|Ursina|Flurina|Annina|Seraina|Madlaina|Uorschla|Chatrina|Ladina"),
              _w("Caviezel|Cadonau|Tscharner|Derungs|Cathomen|Casanova|Lechmann|Bundi|Vieli|Capaul|Sialm|"
                 "Candinas|Darms|Janett")),
    "ch_de": (_w("Ueli|Köbi|Beat|Urs|Päddy|Hansruedi|Thömu|Fredi|Sämi|Res"),
              _w("Vreni|Regula|Trudi|Barbla|Annemarie|Käthi|Beatrice|Rösli|Dora|Erika"),
              _w("Bärtschi|Zbinden|Schönenberger|Nüesch|Stäheli|Gygax|Hostettler|Rüegg|Brändli|Iseli|Wyss|"
                 "Aebischer|Zürcher|Gerber|Hänni|Blaser")),
    "fr_reg": (_w("Yannick|Gwenaël|Erwan|Loïc|Ange-Marie|Jean-Toussaint|Xabi|Peio|Iñaki|Joan|Mathias|Corentin"),
               _w("Maïwenn|Nolwenn|Soizic|Gwenola|Maddalena|Maialen|Ainhoa|Odile|Anaïs|Elouan"),
               _w("Le Goff|Le Bihan|Quéré|Tanguy|Le Gall|Santoni|Casanova|Pietri|Luciani|Etcheverry|Elizalde|"
                  "Bidegain|Kieffer|Bastide|Fabre|Kerjean|Ollivier|Muzzarelli")),
    "fr_words": (_w("Pierre|Blaise|Modeste|Aimé|Fanfan|Dédé|Jojo|Manu|Titou|Constant"),
                 _w("Rose|Blanche|Fleur|Violette|Prudence|Loulou|Mimi|Fanny|Capucine|Océane"),
                 _w("Lebrun|Boulanger|Lenoir|Petit|Legrand|Boucher|Marchand|Berger|Charpentier|Lefèvre|Meunier|"
                    "Pasteur|Lheureux|Bonhomme|Rivière|Fontaine|Dimanche|Printemps|Lejeune|Leroy|Chevalier")),
    "be_own": (_w("Wim|Luc|Bart|Jef|Didier|Thibaut|Arnaud|Benoît|Quentin"),
               _w("Annick|Els|Griet|Véronique|Murielle|Sofie|Ilse|Déborah|Laetitia"),
               _w("Lambert|Dubois|Wauters|Peeters|Claes|Janssens|Goossens|Dethier|Renard|Maes|Vandenbroucke|"
                  "De Smet|Van Damme|Delvaux|Hennuy|Jacquemin|Collard")),
    "lu_own": (_w("Jhemp|Pit|Gusty|Fränz|Jos|Lex|Marco|Tom|Romain|Claude"),
               _w("Josée|Monique|Nathalie|Lis|Mady|Carole|Tessy|Jacqueline|Nadine"),
               _w("Wagner|Schmit|Weber|Hoffmann|Kremer|Thill|Weis|Reuter|Schroeder|Krier|Goedert|Reding|"
                  "Bettendorf|Hengen|Lentz|Medinger|Feltgen|Kayser")),
    "it_reg": (_w("Salvatore|Gennaro|Calogero|Ciro|Pasquale|Efisio|Gavino|Tonino|Peppe|Gigi|Totò|Nino|Furio"),
               _w("Concetta|Assunta|Carmela|Immacolata|Graziella|Rosaria|Bonaria|Tittina|Pina|Lella|Nunzia"),
               _w("Esposito|Russo|Lo Cascio|Di Stefano|La Rosa|Sanna|Pinna|Deiana|Cossu|Puddu|Furlan|Zanutto|"
                  "Candotti|D'Angelo|Dell'Orto|Lo Presti|De Luca|Scognamiglio|Capuozzo|Piras|Lo Monaco")),
    "it_words": (_w("Benedetto|Fortunato|Felice|Sereno|Innocenzo|Modesto|Primo|Ottavio"),
                 _w("Rosa|Speranza|Gioia|Serena|Stella|Bella|Viola|Letizia|Celeste|Aurora"),
                 _w("Bello|Pace|Sole|Fiore|Marino|Santi|Porta|Guerra|Leone|Cavallo|Gatti|Lupo|Volpe|Vita|"
                    "Bonfante|Amato|Grasso|Mancino|Monti|Ricci")),
    "ch_ti": (_w("Fiorenzo|Mosè|Ivo|Dario|Lorenzo|Flavio|Sandro|Tiziano|Remo"),
              _w("Fiorella|Nives|Ornella|Luana|Ilaria|Lara|Raffaella|Norma|Simona"),
              _w("Bernasconi|Pedrazzini|Rusca|Bignasca|Cattaneo|Lepori|Mondada|Guscetti|Ghisletta|Respini|"
                 "Vanoni|Poncini|Beffa|Induni|Regazzoni|Soldati|Balestra")),
    "gb_own": (_w("Dafydd|Rhodri|Gethin|Iwan|Hamish|Callum|Angus|Fraser|Baz|Jonno|Will|Mark|Bill|Alfie"),
               _w("Cerys|Sian|Bethan|Eirlys|Morag|Ailsa|Kirsty|Shaz|Hope|Grace|Faith|Summer|Nell"),
               _w("Pritchard|ap Rhys|Llewellyn|Vaughan|MacLeod|McAllister|Buchanan|Drummond|Baker|Cook|Hunter|"
                  "Young|Brown|Page|Bishop|Godfrey|Ramsbottom|Featherstonehaugh|Ellis-Jones")),
    "ie_own": (_w("Oisín|Cathal|Donnacha|Fiachra|Tadhg|Ruairí|Paudie|Mick|Seánie"),
               _w("Aoife|Saoirse|Gráinne|Niamh|Caoimhe|Siobhán|Deirdre|Bríd|Orla"),
               _w("Ó Súilleabháin|Mac Giolla Phádraig|O'Brien|McGuinness|Fitzgerald|Ó Dónaill|Kavanagh|"
                  "Breathnach|Mac Cárthaigh|Power|Nic Amhlaoibh|Ní Bhriain|Geoghegan")),
    "us_own": (_w("DeShawn|Tyrone|Jamal|Cody|Dakota|Bubba|Buddy|Chip|Hunter|Colt|Darnell"),
               _w("LaToya|Shaniqua|Brandi|Destiny|Autumn|Harmony|Kayleigh|Cheyenne|Tanisha"),
               _w("Washington|Jefferson|Jackson|Rodriguez|Kowalski|Begay|Yazzie|Tsosie|Benally|Freeman|Little|"
                  "Redfeather|Whitehorse|Oyelaran-Smith")),
    "ca_own": (_w("Étienne|Jean-Guy|Ti-Jean|Maxime|Kyle|Tanner|Gabriel|Mathieu"),
               _w("Marie-Ève|Josée|Geneviève|Brittany|Kayla|Aiyana|Mélissa|Chantal"),
               _w("Cardinal|Bellegarde|Commanda|Nahwegahbow|Tootoosis|Sinclair|Whitehead|Bouchard|Tremblay|"
                  "Gagnon|Côté|Lavallée|Desjarlais")),
    "au_own": (_w("Bazza|Davo|Macca|Shane|Lachlan|Jarrah|Koby|Brodie"),
               _w("Shazza|Kylie|Tahlia|Jacinta|Kirra|Narelle|Bindi|Chelsea"),
               _w("Mundine|Pearce|Thorpe|Walker|Kennedy|Papadopoulos|Tran|Wanganeen|Yunupingu|Briggs|O'Shea|"
                  "Goolagong")),
    "nz_own": (_w("Tama|Wiremu|Hemi|Rawiri|Nikau|Manaia|Sione|Tevita|Ropata"),
               _w("Aroha|Mere|Ngaio|Hine|Kiri|Anahera|Mele|Losaline|Huia"),
               _w("Ngata|Te Whare|Parata|Tuhiwai|Rangi|Horomona|Tupou|Fifita|Faleolo|Tuilagi|Henare|Tamihana|"
                  "Pohatu|Te Rangi")),
    # communities (used everywhere as "foreign")
    "arabic": (_w("Mohammed|Ahmad|Khaled|Omar|Youssef|Hamza|Bilal|Tarek|Ziad"),
               _w("Fatima|Aisha|Rania|Nour|Yasmin|Leila|Samira|Hiba|Lamis"),
               _w("Al-Khatib|Haddad|El Masri|Nasser|Abou Chakra|Al-Hashimi|Darwish|Khoury|Mansour|El-Amin|Saleh|"
                  "Al Zoubi")),
    "maghreb": (_w("Karim|Rachid|Mehdi|Nabil|Abdelkader|Soufiane|Yassine|Hicham"),
                _w("Nadia|Khadija|Samia|Imane|Yamina|Houria|Meriem|Sarah"),
                _w("Benali|Bouzid|Cherkaoui|El Idrissi|Ait Oufella|Belkacem|Haddadi|Zerrouki|Benjelloun|Amrani")),
    "kurdish": (_w("Azad|Rojhat|Serhat|Diyar|Baran|Zana|Shivan"),
                _w("Berfin|Rojda|Zilan|Dilan|Helin|Nazdar|Jiyan"),
                _w("Barzani|Xelîl|Ehmed|Amedî|Silêman|Dersimi|Bozarslan|Kurdo|Zaxoyî")),
    "afghan": (_w("Ahmad Shah|Farid|Mohammad Nabi|Jawad|Omid|Reza|Dariush|Sohrab"),
               _w("Zahra|Mariam|Parisa|Shirin|Nargis|Soraya|Farzaneh|Mahtab"),
               _w("Ahmadi|Rahimi|Karimi|Hosseini|Sadat|Mohammadi|Nazari|Popal|Stanekzai|Jalali|Tehrani|Moradi")),
    "tamil": (_w("Tharshan|Kajan|Sivakumar|Nirojan|Vithusan|Thayalan|Ragavan"),
              _w("Tharsika|Kajani|Sinthuja|Vithya|Mathumitha|Abinaya|Keerthana"),
              _w("Sivalingam|Thambirajah|Kanagaratnam|Selvarajah|Ponnambalam|Nadarajah|Balasingam|Yogarajah")),
    "horn": (_w("Yonas|Tesfay|Dawit|Mehari|Berhane|Abel|Kidane|Abdirahman|Mahad|Liban"),
             _w("Senait|Selam|Meron|Tsega|Lemlem|Almaz|Hodan|Ayaan|Ifrah|Sagal"),
             _w("Tesfamariam|Ghebremedhin|Haile|Woldemichael|Abraha|Tekle|Gebreyesus|Bekele|Warsame|Abdullahi|"
                "Jama|Hirsi|Dualeh|Samatar")),
    "ukrainian": (_w("Oleksandr|Mykola|Taras|Bohdan|Andrii|Yurii|Serhii|Volodymyr"),
                  _w("Oksana|Kateryna|Olena|Iryna|Yuliia|Nataliia|Solomiia|Khrystyna"),
                  _w("Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchuk|Melnyk|Hrytsenko|Lysenko|Savchuk|Boiko")),
    "balkan": (_w("Adnan|Emir|Dragan|Nikola|Mirza|Zoran|Goran|Amar|Arben|Besnik|Driton|Valon"),
               _w("Amra|Jasmina|Dragana|Milica|Lejla|Snježana|Mirela|Arta|Blerta|Drita|Fjolla|Vjosa"),
               _w("Hodžić|Begić|Kovačević|Petrović|Jovanović|Mehmedović|Halilović|Alić|Đorđević|Krasniqi|Berisha|"
                  "Gashi|Hoxha|Shala|Morina|Bytyqi|Kelmendi|Rexhepi")),
    "sinti_roma": (_w("Django|Romeo|Zipflo|Janko|Bela|Tibor|Sandro"),
                   _w("Dotschy|Esmeralda|Rosita|Tina|Zita|Violetta|Mala"),
                   _w("Reinhardt|Weiss|Rosenberg|Lagrene|Winterstein|Adler|Balogh|Lakatos|Rostás|Steinbach")),
    "chinese": (_w("Wei|Jun|Hao|Zhiwei|Jianguo|Xiaoming|Yifan|Chen Long"),
                _w("Li Na|Xiaoling|Mei|Yan|Jing|Xiuying|Ting|Yuxin"),
                _w("Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou|Xu|Sun|Ma|Guo|Lin")),
    "east_asia": (_w("Min-jun|Ji-hoon|Seo-jun|Dong-hyun|Haruto|Kenji|Takeshi|Daiki|Sota"),
                  _w("Ji-woo|Seo-yeon|Min-seo|Hye-jin|Yui|Aiko|Sakura|Haruka|Keiko"),
                  _w("Kim|Lee|Park|Choi|Jung|Kang|Yoon|Sato|Suzuki|Takahashi|Tanaka|Watanabe|Yamamoto|Kobayashi")),
    "himalaya": (_w("Somchai|Anan|Prakash|Bishnu|Sagar|Tenzin|Norbu|Ganbold"),
                 _w("Siriporn|Malee|Sunita|Anjali|Pema|Dolma|Yangchen|Sarnai"),
                 _w("Srisuk|Wongsakul|Chaiyaporn|Shrestha|Gurung|Tamang|Thapa|Sherpa|Tsering|Dorjee|Batbayar")),
    "southasia": (_w("Gurpreet|Harjit|Manpreet|Arjun|Rahul|Imran|Tanvir|Ravinder"),
                  _w("Harpreet|Simran|Jaspreet|Priya|Ananya|Nusrat|Farhana|Shabnam"),
                  _w("Singh|Kaur|Sandhu|Gill|Dhillon|Sharma|Patel|Chowdhury|Rahman|Hossain|Iqbal|Bhatti")),
    "filipino": (_w("Jomar|Rodel|Jun-Jun|Mark Anthony|Reynaldo|Bong|Jericho"),
                 _w("Maricel|Rowena|Jocelyn|Mary Grace|Lovely|Precious|Marites"),
                 _w("Dela Cruz|Santos|Reyes|Bautista|Villanueva|Mendoza|Ocampo|Macaraeg|Dimaculangan|Pangilinan")),
    "westafrica": (_w("Mamadou|Ousmane|Moussa|Cheikh|Ibrahima|Seydou|Kwame|Kofi|Lamine"),
                   _w("Aminata|Fatoumata|Mariama|Awa|Adama|Akosua|Ama|Kadiatou|Binta"),
                   _w("Diallo|Ndiaye|Traoré|Keita|Coulibaly|Sow|Diop|Camara|Sissoko|Mensah|Boateng|Owusu|Faye")),
    "congo": (_w("Jean-Marie|Patrice|Dieudonné|Blaise|Fiston|Héritier|Trésor"),
              _w("Grâce|Espérance|Bibiche|Nathalie|Ornella|Mireille|Merveille"),
              _w("Kabongo|Mbuyi|Tshibangu|Ilunga|Mukendi|Nsimba|Lukusa|Kalonji|Mutombo|Makiadi")),
    "lusophone": (_w("Adilson|Edmilson|Ivanildo|Nelson|Jailson|Hélder"),
                  _w("Edna|Nilza|Djenifer|Ivone|Sandra|Eunice"),
                  _w("Tavares|Monteiro|Fortes|Semedo|Furtado|Lopes|Andrade|Brito|Varela|Delgado")),
    "caribbean": (_w("Jean-Baptiste|Wesner|Jodel|Garry|Makenson|Delroy|Winston"),
                  _w("Fabienne|Guerline|Widline|Marjorie|Sherika|Shanice|Nadège"),
                  _w("Joseph|Pierre-Louis|Jean-Charles|Dorval|Célestin|Toussaint|Campbell|Morgan|Grant|Thélusma")),
    "andean": (_w("Wilmer|Yupanqui|Huáscar|Edwin|Walter|Fredy"),
               _w("Killa|Nayra|Sisa|Yessenia|Wara|Rosmery"),
               _w("Mamani|Quispe|Huamán|Condori|Choque|Apaza|Ticona|Flores|Villca|Cusi")),
    "greek": (_w("Giorgos|Dimitrios|Konstantinos|Nikos|Stavros|Panagiotis"),
              _w("Eleni|Katerina|Vasiliki|Despina|Maria|Sofia"),
              _w("Papadopoulos|Georgiou|Oikonomou|Karagiannis|Vlachou|Christodoulou|Antoniou|Nikolaidis|Alexiou")),
    "caucasus": (_w("Aram|Tigran|Levon|Giorgi|Levan|Davit|Aslan|Magomed"),
                 _w("Anahit|Lusine|Nino|Tamar|Ketevan|Armine|Zarema|Madina"),
                 _w("Petrosyan|Hakobyan|Sargsyan|Grigoryan|Beridze|Kapanadze|Gelashvili|Tsiklauri|Umarov|Bakhaev")),
    "hebrew": (_w("Avi|Yossi|Eitan|Noam|Ariel|Itai"),
               _w("Noa|Tamar|Shira|Yael|Michal|Orly"),
               _w("Cohen|Levi|Mizrahi|Peretz|Biton|Friedman|Katz|Azoulay|Ben-David|Shapiro")),
}

REGION_LOCAL: dict[str, list[tuple[str, int]]] = {
    # (source, weight): Faker locales and own lists of the region
    "DE": [("de_DE", 6), ("de_words", 2), ("de_russ", 1)],
    "AT": [("de_AT", 6), ("at_own", 3)],
    "CH-de": [("de_CH", 5), ("ch_de", 2), ("ch_rm", 2), ("de_LI", 1)],
    "FR": [("fr_FR", 6), ("fr_reg", 2), ("fr_words", 2)],
    "BE": [("fr_BE", 5), ("be_own", 3), ("nl_BE", 2)],
    "CH-fr": [("fr_CH", 6), ("ch_rm", 1), ("fr_words", 1)],
    "LU": [("de_LU", 4), ("lu_own", 4), ("fr_FR", 1)],
    "IT": [("it_IT", 6), ("it_reg", 2), ("it_words", 2)],
    "CH-it": [("it_IT", 3), ("ch_ti", 5), ("ch_rm", 1)],
    "GB": [("en_GB", 6), ("gb_own", 3)],
    "IE": [("en_IE", 4), ("ga_IE", 2), ("ie_own", 3)],
    "US": [("en_US", 6), ("us_own", 3)],
    "CA": [("en_CA", 4), ("fr_CA", 2), ("ca_own", 3)],
    "AU": [("en_AU", 6), ("au_own", 3)],
    "NZ": [("en_NZ", 4), ("nz_own", 4)],
}

FOREIGN_FAKER = ("az_AZ cs_CZ da_DK en_IN en_KE en_NG en_PK es_AR es_CL es_CO es_ES es_MX et_EE fi_FI fr_DZ ha_NG "
                 "hr_HR hu_HU id_ID ig_NG is_IS lt_LT lv_LV nl_NL no_NO pl_PL pt_BR pt_PT ro_RO sk_SK sl_SI sv_SE "
                 "sw tr_TR tw_GH uz_UZ vi_VN yo_NG zu_ZA").split()
FOREIGN_OWN = ("arabic maghreb kurdish afghan tamil horn ukrainian balkan sinti_roma chinese east_asia himalaya "
               "southasia filipino westafrica congo lusophone caribbean andean greek caucasus hebrew").split()

GENDERED_SURNAMES = {"cs_CZ", "sk_SK", "pl_PL", "lt_LT", "lv_LV", "is_IS", "az_AZ", "uz_UZ"}
_FAKERS: dict[str, Faker] = {}


def faker_for(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


def is_latin(s: str) -> bool:
    return all((not ch.isalpha()) or "LATIN" in unicodedata.name(ch, "") for ch in s)


_TRANS = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ł": "l", "Ł": "L", "đ": "d",
                        "Đ": "D", "ı": "i", "ə": "e", "Ə": "E", "œ": "oe", "Œ": "Oe", "þ": "th", "ð": "d"})


def ascii_fold(s: str, german: bool = False) -> str:
    if german:
        s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
        s = s.replace("Ü", "Ue")
    s = s.translate(_TRANS)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s: str, german: bool = False, sep: str = "") -> str:
    s = ascii_fold(s, german).lower()
    s = re.sub(r"[^a-z0-9]+", sep, s)
    return s.strip(sep) if sep else s


@dataclass
class Person:
    first: str
    last: str
    gender: str
    src: str
    local: bool
    middle: str = ""
    dob: dt.date | None = None

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.first, self.middle, self.last) if x)

    @property
    def fl(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def lf(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def LF(self) -> str:  # noqa: N802
        return f"{self.last.upper()} {self.first}"

    @property
    def LcF(self) -> str:  # noqa: N802
        return f"{self.last.upper()}, {self.first}"

    @property
    def lastfirst(self) -> str:
        return f"{self.last} {self.first}"

    @property
    def initial(self) -> str:
        parts = re.split(r"([- ])", self.first)
        out = ""
        for p in parts:
            if p in ("-", " "):
                out += "-" if p == "-" else " "
            elif p:
                out += p[0] + "."
        return out

    @property
    def il(self) -> str:
        return f"{self.initial} {self.last}"

    @property
    def fi(self) -> str:
        letters = [c for c in self.last if c.isalpha() and c.isupper()]
        return f"{self.first} {(letters[0] if letters else self.last[0].upper())}."

    @property
    def upper(self) -> str:
        return self.full.upper()


# --------------------------------------------------------------------------------------------------------------------
# Addresses
# --------------------------------------------------------------------------------------------------------------------
STREETS = {
    "DE": _w("Lindenstraße|Hauptstraße|Bahnhofstraße|Schulstraße|Gartenstraße|Am Mühlbach|Birkenweg|Kirchgasse|"
             "Rosenstraße|Friedrich-Ebert-Straße|Goethestraße|Schillerplatz|Am Sonnenhang|Eichendorffweg|Ringstraße|"
             "Waldstraße|Bergstraße|Mozartstraße|Parkallee|Kastanienallee|Im Winkel|Auf der Höhe|Lange Reihe|"
             "Sandweg|Ulmenring|Hinter den Gärten|Wilhelmstraße|Feldstraße|Zur Alten Mühle|Heckenrosenweg"),
    "AT": _w("Hauptplatz|Wiener Straße|Linzer Gasse|Mariahilfer Straße|Landstraßer Hauptstraße|Herrengasse|"
             "Kaiserfeldgasse|Schmiedgasse|Annenstraße|Maria-Theresien-Straße|Salzachgasse|Bahnhofstraße|"
             "Lerchenfelder Gürtel|Favoritenstraße|Ottakringer Straße|Grazer Straße|Am Steinfeld|Kirchenplatz|"
             "Schubertgasse|Brunnengasse"),
    "CH-de": _w("Bahnhofstrasse|Dorfstrasse|Hauptstrasse|Kirchweg|Seestrasse|Rosenweg|Schulhausstrasse|"
                "Oberdorfstrasse|Feldeggstrasse|Zürichstrasse|Bernstrasse|Birkenweg|Sonnenbergstrasse|"
                "Weinbergstrasse|Rütistrasse|Alpenstrasse|Im Gässli|Unterer Graben|Winkelriedstrasse"),
    "CH-fr": _w("Rue du Marché|Avenue de la Gare|Chemin des Vignes|Rue de Lausanne|Route de Berne|Rue du Simplon|"
                "Avenue de Cour|Chemin du Levant|Rue des Alpes|Rue de Carouge|Grand-Rue|Chemin de la Forêt"),
    "CH-it": _w("Via Cantonale|Via Nassa|Via San Gottardo|Viale Stazione|Via Lugano|Via Ciseri|Piazza Collegiata|"
                "Via dei Patrizi|Via Vela|Strada Regina|Via Pretorio|Contrada di Sassello|Via Besso"),
    "FR": _w("rue des Lilas|rue Victor Hugo|avenue Jean Jaurès|boulevard Gambetta|rue de la République|"
             "chemin des Écoliers|allée des Tilleuls|rue du Moulin|place du Marché|impasse des Peupliers|"
             "rue Pasteur|avenue de la Libération|rue Nationale|quai des Chartrons|rue de la Paix|cours Mirabeau|"
             "route de Toulouse|rue Saint-Michel|rue des Trois Frères|rue du Général Leclerc|chemin de la Croix"),
    "BE": _w("rue de la Station|chaussée de Louvain|avenue Louise|rue Haute|rue des Wallons|rue du Pont|"
             "avenue des Combattants|rue de Namur|boulevard d'Avroy|rue Royale|chaussée de Waterloo|rue Grétry|"
             "rue de Fer|Kerkstraat|Stationsstraat|Dorpstraat|Molenstraat|rue des Glycines"),
    "LU": _w("rue de la Gare|route d'Arlon|boulevard Royal|avenue de la Liberté|rue de Hollerich|"
             "rue du Fort Neipperg|Grand-Rue|rue de l'Alzette|route de Longwy|rue Principale|montée de la Pétrusse|"
             "rue des Romains|rue de Luxembourg"),
    "IT": _w("Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Piazza Cavour|Via dei Mille|Viale Europa|"
             "Via Mazzini|Via San Francesco|Via della Repubblica|Corso Umberto I|Via Nazionale|Vicolo del Pozzo|"
             "Via Trento|Via dei Tigli|Largo Augusto|Via Toledo|Via Etnea|Borgo Pinti|Via Pigafetta|"
             "Lungomare Colombo|Via delle Rose|Via Aurelia"),
    "GB": _w("Mill Lane|Victoria Road|Church Street|Station Road|High Street|Queen's Drive|Park Avenue|The Crescent|"
             "Kings Road|Manor Way|Orchard Close|Beech Grove|Albert Terrace|Riverside Walk|Elm Tree Avenue|"
             "St John's Road|Moss Side Lane|Gladstone Street|Heol y Felin"),
    "IE": _w("Main Street|Bridge Street|Church Road|Castle Street|The Mall|Strand Road|Patrick Street|"
             "O'Connell Street|Dublin Road|Sea Road|College Road|Upper Rathmines Road|Greenpark Avenue"),
    "US": _w("Maple Avenue|Oak Street|Elm Street|Washington Blvd|Lincoln Ave|Cedar Lane|Pine St|Sunset Drive|"
             "Lakeview Terrace|Highland Ave|Park Place|2nd Street|Ridge Road|Willow Way|Magnolia Court|"
             "Martin Luther King Jr Blvd|W 34th St"),
    "CA": _w("Bloor St W|Queen Street East|Rue Sainte-Catherine|Main Street|Jasper Avenue|Granville St|"
             "Portage Ave|Wellington Street|Spring Garden Road|Dundas St|Sherbrooke Street West|Kingsway"),
    "AU": _w("Smith St|Brunswick Street|George Street|Chapel St|Oxford Street|Beach Road|King William Road|"
             "Hay Street|Flinders Lane|Boundary Road|Kooyong Road|Wattle Avenue|Bunya Street"),
    "NZ": _w("Kowhai Road|Queen Street|Ponsonby Road|Cuba Street|Riccarton Road|George Street|Karangahape Road|"
             "Te Mata Road|Victoria Avenue|Rimu Street|Beach Road|Great South Road|Pōhutukawa Drive"),
}

TOWNS = {
    "DE": [("10115", "Berlin"), ("10997", "Berlin"), ("12049", "Berlin"), ("20095", "Hamburg"), ("22765", "Hamburg"),
           ("80331", "München"), ("81667", "München"), ("50667", "Köln"), ("50823", "Köln"),
           ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"), ("40210", "Düsseldorf"), ("04109", "Leipzig"),
           ("01067", "Dresden"), ("30159", "Hannover"), ("90402", "Nürnberg"), ("28195", "Bremen"),
           ("44135", "Dortmund"), ("45127", "Essen"), ("53111", "Bonn"), ("69117", "Heidelberg"),
           ("79098", "Freiburg im Breisgau"), ("24103", "Kiel"), ("18055", "Rostock"), ("99084", "Erfurt"),
           ("06108", "Halle (Saale)"), ("93047", "Regensburg"), ("97070", "Würzburg"), ("37073", "Göttingen"),
           ("26122", "Oldenburg"), ("66111", "Saarbrücken"), ("55116", "Mainz"), ("14467", "Potsdam"),
           ("83278", "Traunstein"), ("36037", "Fulda"), ("48143", "Münster"), ("33602", "Bielefeld"),
           ("87435", "Kempten (Allgäu)"), ("02826", "Görlitz"), ("25980", "Sylt")],
    "AT": [("1010", "Wien"), ("1030", "Wien"), ("1100", "Wien"), ("1160", "Wien"), ("1220", "Wien"),
           ("8010", "Graz"), ("8020", "Graz"), ("4020", "Linz"), ("5020", "Salzburg"), ("6020", "Innsbruck"),
           ("9020", "Klagenfurt am Wörthersee"), ("3100", "St. Pölten"), ("6900", "Bregenz"), ("7000", "Eisenstadt"),
           ("2700", "Wiener Neustadt"), ("4600", "Wels"), ("8700", "Leoben"), ("9500", "Villach"),
           ("6850", "Dornbirn"), ("2500", "Baden"), ("3500", "Krems an der Donau"), ("4400", "Steyr"),
           ("5700", "Zell am See")],
    "CH-de": [("8001", "Zürich"), ("8004", "Zürich"), ("8048", "Zürich"), ("3011", "Bern"), ("3007", "Bern"),
              ("4051", "Basel"), ("4057", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"),
              ("8400", "Winterthur"), ("5000", "Aarau"), ("7000", "Chur"), ("6300", "Zug"), ("8200", "Schaffhausen"),
              ("4500", "Solothurn"), ("3600", "Thun"), ("2502", "Biel/Bienne"), ("8500", "Frauenfeld"),
              ("6430", "Schwyz"), ("7500", "St. Moritz"), ("3920", "Zermatt"), ("7130", "Ilanz")],
    "CH-fr": [("1201", "Genève"), ("1205", "Genève"), ("1227", "Carouge GE"), ("1003", "Lausanne"),
              ("1006", "Lausanne"), ("1400", "Yverdon-les-Bains"), ("2000", "Neuchâtel"),
              ("2300", "La Chaux-de-Fonds"), ("1700", "Fribourg"), ("1950", "Sion"), ("1920", "Martigny"),
              ("1820", "Montreux"), ("1260", "Nyon"), ("2800", "Delémont"), ("1110", "Morges")],
    "CH-it": [("6900", "Lugano"), ("6500", "Bellinzona"), ("6600", "Locarno"), ("6850", "Mendrisio"),
              ("6830", "Chiasso"), ("6710", "Biasca"), ("6760", "Faido"), ("6612", "Ascona"), ("6952", "Canobbio"),
              ("7742", "Poschiavo"), ("6534", "San Vittore")],
    "FR": [("75011", "Paris"), ("75018", "Paris"), ("75015", "Paris"), ("69003", "Lyon"), ("69007", "Lyon"),
           ("13006", "Marseille"), ("31000", "Toulouse"), ("33000", "Bordeaux"), ("44000", "Nantes"),
           ("67000", "Strasbourg"), ("59000", "Lille"), ("35000", "Rennes"), ("34000", "Montpellier"),
           ("06000", "Nice"), ("21000", "Dijon"), ("63000", "Clermont-Ferrand"), ("87000", "Limoges"),
           ("29200", "Brest"), ("20000", "Ajaccio"), ("97400", "Saint-Denis"), ("64100", "Bayonne"),
           ("38000", "Grenoble"), ("76000", "Rouen"), ("51100", "Reims"), ("37000", "Tours"), ("45000", "Orléans"),
           ("68100", "Mulhouse"), ("56100", "Lorient"), ("93200", "Saint-Denis"), ("92100", "Boulogne-Billancourt"),
           ("94300", "Vincennes"), ("74000", "Annecy")],
    "BE": [("1000", "Bruxelles"), ("1050", "Ixelles"), ("1060", "Saint-Gilles"), ("1080", "Molenbeek-Saint-Jean"),
           ("1200", "Woluwe-Saint-Lambert"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"),
           ("7000", "Mons"), ("1300", "Wavre"), ("1348", "Louvain-la-Neuve"), ("6700", "Arlon"),
           ("4800", "Verviers"), ("7500", "Tournai"), ("1400", "Nivelles"), ("4020", "Liège"),
           ("6900", "Marche-en-Famenne"), ("9000", "Gent"), ("2000", "Antwerpen"), ("3000", "Leuven")],
    "LU": [("1611", "Luxembourg"), ("2449", "Luxembourg"), ("1724", "Luxembourg"), ("4001", "Esch-sur-Alzette"),
           ("4240", "Esch-sur-Alzette"), ("9001", "Ettelbruck"), ("6401", "Echternach"), ("3401", "Dudelange"),
           ("8001", "Strassen"), ("7201", "Walferdange"), ("9201", "Diekirch"), ("4501", "Differdange"),
           ("5201", "Sandweiler"), ("8211", "Mamer"), ("9501", "Wiltz")],
    "IT": [("20121", "Milano", "MI"), ("20145", "Milano", "MI"), ("00185", "Roma", "RM"), ("00153", "Roma", "RM"),
           ("10128", "Torino", "TO"), ("80133", "Napoli", "NA"), ("40126", "Bologna", "BO"),
           ("50123", "Firenze", "FI"), ("90133", "Palermo", "PA"), ("70121", "Bari", "BA"),
           ("09124", "Cagliari", "CA"), ("37121", "Verona", "VR"), ("35122", "Padova", "PD"),
           ("16121", "Genova", "GE"), ("95124", "Catania", "CT"), ("39100", "Bolzano", "BZ"),
           ("34121", "Trieste", "TS"), ("06121", "Perugia", "PG"), ("60121", "Ancona", "AN"),
           ("89125", "Reggio Calabria", "RC"), ("73100", "Lecce", "LE"), ("07100", "Sassari", "SS"),
           ("33100", "Udine", "UD"), ("24121", "Bergamo", "BG"), ("25121", "Brescia", "BS"),
           ("84121", "Salerno", "SA"), ("98122", "Messina", "ME"), ("38122", "Trento", "TN"),
           ("43121", "Parma", "PR"), ("65121", "Pescara", "PE")],
    "GB": [("London", "SW9 8QH"), ("London", "E8 3RL"), ("London", "N16 7UJ"), ("Leeds", "LS6 2AB"),
           ("Manchester", "M14 5TQ"), ("Birmingham", "B13 9LP"), ("Bristol", "BS6 5QE"), ("Cardiff", "CF24 4NQ"),
           ("Swansea", "SA1 6ED"), ("Glasgow", "G11 6PR"), ("Edinburgh", "EH6 8JJ"), ("Aberdeen", "AB24 3EN"),
           ("Belfast", "BT9 6AW"), ("Liverpool", "L17 8XY"), ("Sheffield", "S11 8YE"),
           ("Newcastle upon Tyne", "NE6 5SQ"), ("Norwich", "NR2 3DJ"), ("Oxford", "OX4 1RE"),
           ("Cambridge", "CB1 3NF"), ("York", "YO10 3BP"), ("Brighton", "BN2 1TW"), ("Nottingham", "NG7 1FE"),
           ("Inverness", "IV2 4AB"), ("Exeter", "EX4 4QJ")],
    "IE": [("Rathmines, Dublin 6", "D06"), ("Dublin 8", "D08"), ("Blanchardstown, Dublin 15", "D15"),
           ("Cork", "T12", "Co. Cork"), ("Galway", "H91", "Co. Galway"), ("Limerick", "V94", "Co. Limerick"),
           ("Ennis", "V95", "Co. Clare"), ("Tralee", "V92", "Co. Kerry"), ("Sligo", "F91", "Co. Sligo"),
           ("Kilkenny", "R95", "Co. Kilkenny"), ("Waterford", "X91", "Co. Waterford"),
           ("Athlone", "N37", "Co. Westmeath"), ("Letterkenny", "F92", "Co. Donegal"),
           ("Wexford", "Y35", "Co. Wexford"), ("Drogheda", "A92", "Co. Louth"), ("Bray", "A98", "Co. Wicklow"),
           ("Naas", "W91", "Co. Kildare")],
    "US": [("Springfield", "IL", "62704"), ("Chicago", "IL", "60614"), ("Austin", "TX", "78704"),
           ("Houston", "TX", "77006"), ("Brooklyn", "NY", "11215"), ("Albany", "NY", "12203"),
           ("Seattle", "WA", "98103"), ("Portland", "OR", "97214"), ("Denver", "CO", "80206"),
           ("Atlanta", "GA", "30306"), ("Boston", "MA", "02130"), ("Nashville", "TN", "37206"),
           ("Phoenix", "AZ", "85004"), ("Madison", "WI", "53703"), ("Raleigh", "NC", "27605"),
           ("Ann Arbor", "MI", "48104"), ("Gallup", "NM", "87301"), ("Burlington", "VT", "05401"),
           ("Savannah", "GA", "31401"), ("Sacramento", "CA", "95816"), ("Oakland", "CA", "94610"),
           ("Miami", "FL", "33133"), ("Minneapolis", "MN", "55408")],
    "CA": [("Toronto", "ON", "M6P 1A1"), ("Toronto", "ON", "M4K 2P3"), ("Ottawa", "ON", "K1N 5T5"),
           ("Montreal", "QC", "H2X 1Y4"), ("Vancouver", "BC", "V6H 3J9"), ("Calgary", "AB", "T2N 1N4"),
           ("Edmonton", "AB", "T5K 0L4"), ("Winnipeg", "MB", "R3C 0V8"), ("Halifax", "NS", "B3H 1Z4"),
           ("Saskatoon", "SK", "S7K 1J5"), ("Victoria", "BC", "V8W 1P6"), ("Hamilton", "ON", "L8P 4R5"),
           ("St. John's", "NL", "A1C 5H5"), ("Kingston", "ON", "K7L 3N6"), ("Whitehorse", "YT", "Y1A 2C6")],
    "AU": [("Fitzroy", "VIC", "3065"), ("Brunswick", "VIC", "3056"), ("St Kilda", "VIC", "3182"),
           ("Newtown", "NSW", "2042"), ("Bondi Junction", "NSW", "2022"), ("Parramatta", "NSW", "2150"),
           ("Fremantle", "WA", "6160"), ("Subiaco", "WA", "6008"), ("West End", "QLD", "4101"),
           ("Cairns", "QLD", "4870"), ("Glenelg", "SA", "5045"), ("Hobart", "TAS", "7000"),
           ("Braddon", "ACT", "2612"), ("Darwin", "NT", "0800"), ("Wollongong", "NSW", "2500"),
           ("Geelong", "VIC", "3220")],
    "NZ": [("Mount Eden", "Auckland", "1024"), ("Ponsonby", "Auckland", "1011"), ("Otahuhu", "Auckland", "1062"),
           ("Te Aro", "Wellington", "6011"), ("Newtown", "Wellington", "6021"), ("Riccarton", "Christchurch", "8011"),
           ("North Dunedin", "Dunedin", "9016"), ("Hamilton East", "Hamilton", "3216"),
           ("Havelock North", "Havelock North", "4130"), ("Frankton", "Queenstown", "9300"),
           ("Tauranga South", "Tauranga", "3112"), ("Hokowhitu", "Palmerston North", "4410")],
}

COUNTRY_NAMES = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "FR": "Frankreich", "IT": "Italien",
           "GB": "Vereinigtes Königreich", "BE": "Belgien", "LU": "Luxemburg", "TR": "Türkei", "PT": "Portugal",
           "PL": "Polen", "ES": "Spanien", "NL": "Niederlande"},
    "fr": {"FR": "France", "BE": "Belgique", "CH": "Suisse", "LU": "Luxembourg", "DE": "Allemagne",
           "IT": "Italie", "PT": "Portugal", "MA": "Maroc", "ES": "Espagne", "NL": "Pays-Bas", "TR": "Turquie"},
    "it": {"IT": "Italia", "CH": "Svizzera", "DE": "Germania", "FR": "Francia", "AT": "Austria",
           "RO": "Romania", "AL": "Albania", "ES": "Spagna"},
    "en": {"GB": "United Kingdom", "IE": "Ireland", "US": "USA", "CA": "Canada", "AU": "Australia",
           "NZ": "New Zealand", "DE": "Germany", "FR": "France", "IT": "Italy", "IN": "India", "PH": "Philippines"},
}


@dataclass
class Addr:
    line1: str
    line2: str
    postcode: str
    town: str
    country: str
    sep: str = ", "

    @property
    def one(self) -> str:
        return f"{self.line1}{self.sep}{self.line2}"


_ABROAD = {
    "TR": lambda r: (f"{r.choice(['Atatürk Cad.', 'Bağdat Cad.', 'Cumhuriyet Mah. Gül Sok.', 'İnönü Cad.'])} "
                     f"No: {r.randint(2, 120)} D: {r.randint(1, 14)}",
                     f"{r.choice(['34710 Kadıköy/İstanbul', '06420 Çankaya/Ankara', '35220 Konak/İzmir'])}"),
    "PT": lambda r: (f"Rua {r.choice(['das Flores', 'de Santa Catarina', 'do Almada', 'Augusta'])} "
                     f"{r.randint(3, 250)}, {r.randint(1, 5)}º {r.choice(['Esq.', 'Dto.'])}",
                     r.choice(["4050-265 Porto", "1100-053 Lisboa", "3000-143 Coimbra", "8000-079 Faro"])),
    "PL": lambda r: (f"ul. {r.choice(['Długa', 'Mickiewicza', 'Piotrkowska', 'Kwiatowa'])} {r.randint(2, 140)} "
                     f"m. {r.randint(1, 40)}",
                     r.choice(["80-831 Gdańsk", "90-406 Łódź", "31-042 Kraków", "00-950 Warszawa"])),
    "ES": lambda r: (f"Calle {r.choice(['Mayor', 'de Alcalá', 'Gran Vía', 'del Sol'])} {r.randint(2, 180)}, "
                     f"{r.randint(1, 8)}º {r.choice('ABCD')}",
                     r.choice(["28013 Madrid", "08002 Barcelona", "41004 Sevilla", "46001 Valencia"])),
    "NL": lambda r: (f"{r.choice(['Prinsengracht', 'Oudegracht', 'Kerkstraat', 'Molenweg'])} {r.randint(3, 400)}"
                     f"{r.choice(['', '-1', ' A', '-2'])}",
                     r.choice(["1016 GV Amsterdam", "3511 AL Utrecht", "2512 CD Den Haag", "9711 HV Groningen"])),
    "MA": lambda r: (f"{r.randint(2, 90)}, {r.choice(['Rue Oued Ziz', 'Avenue Hassan II', 'Rue de Fès'])}",
                     r.choice(["10000 Rabat", "20250 Casablanca", "30000 Fès", "90000 Tanger"])),
    "BR": lambda r: (f"Rua {r.choice(['Augusta', 'das Laranjeiras', 'XV de Novembro'])}, {r.randint(10, 2000)}, "
                     f"apto {r.randint(11, 120)}",
                     r.choice(["01304-001 São Paulo - SP", "22240-003 Rio de Janeiro - RJ",
                               "80020-310 Curitiba - PR"])),
    "RO": lambda r: (f"Strada {r.choice(['Lipscani', 'Memorandumului', 'Republicii'])} {r.randint(2, 80)}, "
                     f"ap. {r.randint(1, 40)}",
                     r.choice(["030031 București", "400114 Cluj-Napoca", "300011 Timișoara"])),
    "HR": lambda r: (f"{r.choice(['Ilica', 'Vukovarska', 'Ulica kralja Zvonimira', 'Frankopanska'])} "
                     f"{r.randint(2, 200)}",
                     r.choice(["10000 Zagreb", "21000 Split", "51000 Rijeka", "31000 Osijek"])),
    "UA": lambda r: (f"vul. {r.choice(['Khreshchatyk', 'Shevchenka', 'Sadova'])} {r.randint(2, 90)}, "
                     f"kv. {r.randint(1, 120)}",
                     r.choice(["01001 Kyiv", "79008 Lviv", "65014 Odesa", "61002 Kharkiv"])),
    "IN": lambda r: (f"Flat {r.randint(1, 40)}, {r.choice(['Shanti Apartments', 'Green Park Residency'])}, "
                     f"{r.randint(2, 200)} {r.choice(['MG Road', 'Linking Road', 'Anna Salai'])}",
                     r.choice(["Bengaluru 560001", "Mumbai 400050", "Chennai 600002"])),
    "VN": lambda r: (f"{r.randint(2, 300)} {r.choice(['Nguyễn Huệ', 'Lê Lợi', 'Trần Hưng Đạo'])}, "
                     f"{r.choice(['Quận 1', 'Quận 3', 'Phường Bến Nghé'])}",
                     r.choice(["TP. Hồ Chí Minh 700000", "Hà Nội 100000"])),
    "PH": lambda r: (f"{r.randint(2, 300)} {r.choice(['Mabini St.', 'Rizal Ave.', 'Aguinaldo Hwy'])}, "
                     f"Brgy. {r.choice(['San Roque', 'Poblacion', 'Malate'])}",
                     r.choice(["1100 Quezon City", "4027 Calamba, Laguna", "6000 Cebu City"])),
    "NG": lambda r: (f"{r.randint(2, 60)} {r.choice(['Awolowo Road', 'Adeola Odeku Street', 'Aminu Kano Crescent'])}",
                     r.choice(["Ikoyi, Lagos 101233", "Victoria Island, Lagos 101241", "Wuse II, Abuja 900288"])),
    "MX": lambda r: (f"Av. {r.choice(['Insurgentes Sur', 'Revolución', 'Juárez'])} {r.randint(10, 2000)}, "
                     f"Col. {r.choice(['Del Valle', 'Roma Norte', 'Centro'])}",
                     r.choice(["03100 Ciudad de México, CDMX", "44100 Guadalajara, Jal.", "64000 Monterrey, N.L."])),
    "CO": lambda r: (f"Calle {r.randint(10, 120)} # {r.randint(1, 90)}-{r.randint(1, 99)}, Apto {r.randint(101, 1204)}",
                     r.choice(["110231 Bogotá", "050021 Medellín", "760001 Cali"])),
    "AL": lambda r: (f"Rruga {r.choice(['e Kavajës', 'Myslym Shyri', 'e Durrësit'])} {r.randint(2, 150)}",
                     r.choice(["1001 Tiranë", "2001 Durrës", "4001 Shkodër"])),
    "GR": lambda r: (f"{r.choice(['Odos Ermou', 'Leoforos Alexandras', 'Odos Egnatias'])} {r.randint(2, 200)}",
                     r.choice(["105 63 Athina", "546 24 Thessaloniki", "262 21 Patra"])),
    "SN": lambda r: (f"Villa n° {r.randint(10, 999)}, {r.choice(['Cité Keur Gorgui', 'Sacré-Cœur 3', 'Mermoz'])}",
                     r.choice(["BP 12000 Dakar", "10200 Dakar"])),
}
ABROAD_COUNTRIES = tuple(_ABROAD)


def split_postcode(line2: str) -> tuple[str, str]:
    """Postcode and town of a foreign "postcode town" line (for forms that keep them in fields of their own)."""
    for pat, pc_first in ((r"^(\d{4} [A-Z]{2}) (.+)$", True), (r"^(BP \d+) (.+)$", True),
                          (r"^(\d{2,6}(?:[- ]\d{2,3})?) (.+)$", True), (r"^(.+?),? (\d{5,6})$", False)):
        m = re.match(pat, line2)
        if m:
            return (m.group(1), m.group(2)) if pc_first else (m.group(2), m.group(1))
    return "", line2


# --------------------------------------------------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------------------------------------------------
def _digits(r: random.Random, n: int, first_nonzero: bool = True) -> str:
    s = "".join(str(r.randint(0, 9)) for _ in range(n))
    if first_nonzero and s and s[0] == "0":
        s = str(r.randint(2, 9)) + s[1:]
    return s


def _grp(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def make_phone(r: random.Random, c: str, kind: str = "mobile", intl: bool | None = None) -> str:
    """A phone number of country c in one of the country's usual spellings."""
    if intl is None:
        intl = r.random() < 0.35
    if c == "DE":
        if kind == "mobile":
            pre = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178",
                            "179", "1520", "1590"])
            sub = _digits(r, 8 if pre.startswith("15") and len(pre) == 3 else 7)
        else:
            pre = r.choice(["30", "40", "89", "221", "69", "711", "211", "351", "341", "511", "911", "421", "228",
                            "6221", "7531", "5251", "3641", "8031", "4131", "761"])
            sub = _digits(r, 10 - len(pre) + r.choice([0, 0, -1]))
        if intl:
            return r.choice([f"+49 {pre} {sub}", f"+49 (0){pre} {sub}", f"0049 {pre} {sub}", f"+49{pre}{sub}",
                             f"+49 {pre} {_grp(sub, [3, 2, 2, 2])}", f"+49-{pre}-{sub}"])
        return r.choice([f"0{pre} {sub}", f"0{pre}/{sub}", f"(0{pre}) {sub}", f"0{pre}{sub}",
                         f"0{pre} {_grp(sub, [2, 2, 2, 2])}", f"0{pre}-{sub}", f"0{pre} / {sub}"])
    if c == "AT":
        if kind == "mobile":
            pre = r.choice(["650", "660", "664", "676", "677", "680", "681", "688", "699"])
            sub = _digits(r, 7)
        else:
            pre = r.choice(["1", "316", "512", "662", "732", "463", "2742", "5574", "2622", "4242"])
            sub = _digits(r, {1: 7, 3: 6}.get(len(pre), r.choice([5, 6])))
        if intl:
            return r.choice([f"+43 {pre} {sub}", f"+43 (0){pre} {sub}", f"0043 {pre} {sub}",
                             f"+43 {pre} {_grp(sub, [3, 2, 2])}", f"+43{pre}{sub}"])
        return r.choice([f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre} {_grp(sub, [3, 2, 2])}", f"0{pre}{sub}",
                         f"0{pre}/{_grp(sub, [3, 2, 2])}"])
    if c in ("CH", "LI"):
        pre = (r.choice(["76", "77", "78", "79", "75"]) if kind == "mobile" else
               r.choice(["44", "31", "61", "41", "71", "52", "62", "81", "22", "21", "32", "26", "27", "91", "58"]))
        sub = _digits(r, 7)
        g = _grp(sub, [3, 2, 2])
        if intl:
            return r.choice([f"+41 {pre} {g}", f"+41 (0){pre} {g}", f"0041 {pre} {g}", f"+41{pre}{sub}",
                             f"+41 {pre} {sub}"])
        return r.choice([f"0{pre} {g}", f"0{pre} {g}", f"0{pre}{sub}", f"0{pre}/{g}",
                         f"0{pre}.{_grp(sub, [3, 2, 2], '.')}"])
    if c == "FR":
        pre = r.choice(["6", "7"]) if kind == "mobile" else r.choice(["1", "2", "3", "4", "5", "9"])
        sub = _digits(r, 8, first_nonzero=False)
        g = _grp(sub, [2, 2, 2, 2])
        if intl:
            return r.choice([f"+33 {pre} {g}", f"+33 (0){pre} {g}", f"0033 {pre} {g}", f"+33{pre}{sub}",
                             f"+33 {pre}{sub[:2]} {_grp(sub[2:], [2, 2, 2])}"])
        return r.choice([f"0{pre} {g}", f"0{pre} {g}", f"0{pre}.{_grp(sub, [2, 2, 2, 2], '.')}", f"0{pre}{sub}",
                         f"0{pre}-{_grp(sub, [2, 2, 2, 2], '-')}"])
    if c == "BE":
        if kind == "mobile":
            pre = r.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "483", "484", "485", "486",
                            "487", "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499"])
            sub = _digits(r, 6, first_nonzero=False)
            g = _grp(sub, [2, 2, 2])
            gd = _grp(sub, [2, 2, 2], ".")
        else:
            pre = r.choice(["2", "3", "4", "9", "10", "19", "50", "64", "65", "67", "71", "81", "85", "87"])
            sub = _digits(r, 8 - len(pre))
            g = _grp(sub, [3, 2, 2] if len(sub) == 7 else [2, 2, 2])
            gd = _grp(sub, [3, 2, 2] if len(sub) == 7 else [2, 2, 2], ".")
        if intl:
            return r.choice([f"+32 {pre} {g}", f"+32 (0){pre} {g}", f"0032 {pre} {g}", f"+32{pre}{sub}"])
        return r.choice([f"0{pre} {g}", f"0{pre}/{gd}", f"0{pre}/{g}", f"0{pre}{sub}", f"0{pre} {gd}"])
    if c == "LU":
        if kind == "mobile":
            pre = r.choice(["621", "628", "661", "671", "691"])
            sub = _digits(r, 6, first_nonzero=False)
            body = r.choice([f"{pre} {_grp(sub, [3, 3])}", f"{pre} {_grp(sub, [2, 2, 2])}", f"{pre}{sub}"])
        else:
            sub = r.choice(["2", "4", "3", "5", "8"]) + _digits(r, r.choice([5, 7]), first_nonzero=False)
            body = _grp(sub, [2, 2, 2, 2])
        return r.choice([f"+352 {body}", f"(+352) {body}", f"00352 {body}", body, body]) if intl or r.random() < .4 \
            else body
    if c == "IT":
        if kind == "mobile":
            pre = r.choice(["320", "328", "329", "333", "334", "335", "338", "339", "340", "345", "347", "348", "349",
                            "366", "380", "388", "392"])
            sub = _digits(r, 7, first_nonzero=False)
            nat = r.choice([f"{pre} {_grp(sub, [3, 4])}", f"{pre} {sub}", f"{pre}{sub}", f"{pre}-{sub}",
                            f"{pre}.{_grp(sub, [3, 4], '.')}", f"{pre}/{sub}"])
        else:
            pre = r.choice(["02", "06", "011", "081", "051", "055", "091", "080", "070", "045", "049", "010", "095",
                            "0471", "040", "075", "071", "0965", "0832"])
            sub = _digits(r, 10 - len(pre), first_nonzero=True)
            nat = r.choice([f"{pre} {sub}", f"{pre} {_grp(sub, [4, 4])}", f"{pre}/{sub}", f"{pre}-{sub}",
                            f"{pre}{sub}", f"{pre}.{sub}"])
        if intl:
            return r.choice([f"+39 {nat}", f"0039 {nat}", "+39" + nat.replace(" ", "").replace("-", "").replace(
                ".", "").replace("/", "")])
        return nat
    if c == "GB":
        if kind == "mobile":
            sub = "7" + r.choice(["4", "5", "7", "8", "9"]) + _digits(r, 8, first_nonzero=False)
            nat = r.choice([f"0{sub[:4]} {sub[4:]}", f"0{sub[:4]} {sub[4:7]} {sub[7:]}", f"0{sub}"])
            if intl:
                return r.choice([f"+44 {sub[:4]} {sub[4:]}", f"+44 (0){sub[:4]} {sub[4:]}", f"0044 {sub[:4]} {sub[4:]}",
                                 f"+44{sub}"])
            return nat
        area = r.choice(["20", "113", "121", "131", "141", "161", "117", "151", "1865", "1223", "29", "28", "1792",
                         "1392", "1603"])
        sub = _digits(r, 10 - len(area))
        if area in ("20", "29", "28"):
            g = _grp(sub, [4, 4])
        elif len(area) == 3:
            g = _grp(sub, [3, 4])
        else:
            g = sub
        if intl:
            return r.choice([f"+44 {area} {g}", f"+44 (0){area} {g}", f"0044 {area} {g}"])
        return r.choice([f"0{area} {g}", f"(0{area}) {g}", f"0{area} {g}", f"0{area}{sub}"])
    if c == "IE":
        if kind == "mobile":
            pre = r.choice(["83", "85", "86", "87", "89"])
            sub = _digits(r, 7)
            if intl:
                return r.choice([f"+353 {pre} {_grp(sub, [3, 4])}", f"+353 (0){pre} {_grp(sub, [3, 4])}",
                                 f"00353 {pre} {sub}", f"+353{pre}{sub}"])
            return r.choice([f"0{pre} {_grp(sub, [3, 4])}", f"0{pre}{sub}", f"0{pre}-{_grp(sub, [3, 4])}",
                             f"0{pre} {sub}"])
        pre = r.choice(["1", "21", "91", "61", "51", "66", "74", "94", "42", "65"])
        sub = _digits(r, 7 if pre == "1" else r.choice([6, 7]))
        g = _grp(sub, [3, 4]) if len(sub) == 7 else sub
        if intl:
            return r.choice([f"+353 {pre} {g}", f"+353 (0){pre} {g}"])
        return r.choice([f"0{pre} {g}", f"(0{pre}) {g}", f"0{pre}-{g}"])
    if c in ("US", "CA"):
        ac = r.choice(["212", "312", "415", "617", "206", "303", "512", "404", "718", "503", "615", "702", "919",
                       "248", "505", "608"] if c == "US" else
                      ["416", "647", "604", "778", "514", "438", "613", "403", "587", "902", "204", "306", "780",
                       "519", "867"])
        ex = str(r.randint(2, 9)) + _digits(r, 2, first_nonzero=False)
        if ex[1:] == "11":
            ex = ex[0] + "21"
        ln = _digits(r, 4, first_nonzero=False)
        if intl:
            return r.choice([f"+1 {ac} {ex} {ln}", f"+1 ({ac}) {ex}-{ln}", f"+1-{ac}-{ex}-{ln}", f"1-{ac}-{ex}-{ln}"])
        return r.choice([f"({ac}) {ex}-{ln}", f"{ac}-{ex}-{ln}", f"{ac}.{ex}.{ln}", f"({ac}) {ex}-{ln}",
                         f"{ac} {ex} {ln}", f"{ac}{ex}{ln}"])
    if c == "AU":
        if kind == "mobile":
            sub = "4" + _digits(r, 8, first_nonzero=False)
            if intl:
                return r.choice([f"+61 {sub[:3]} {sub[3:6]} {sub[6:]}", f"+61{sub}", f"+61 (0){sub[:3]} {sub[3:6]} "
                                                                                     f"{sub[6:]}"])
            return r.choice([f"0{sub[:3]} {sub[3:6]} {sub[6:]}", f"0{sub}", f"0{sub[:3]}-{sub[3:6]}-{sub[6:]}"])
        pre = r.choice(["2", "3", "7", "8"])
        sub = _digits(r, 8)
        if intl:
            return r.choice([f"+61 {pre} {_grp(sub, [4, 4])}", f"+61 (0){pre} {_grp(sub, [4, 4])}"])
        return r.choice([f"(0{pre}) {_grp(sub, [4, 4])}", f"0{pre} {_grp(sub, [4, 4])}", f"0{pre}{sub}"])
    if c == "NZ":
        if kind == "mobile":
            pre = r.choice(["21", "22", "27", "29", "20"])
            sub = _digits(r, 7)
            if intl:
                return r.choice([f"+64 {pre} {_grp(sub, [3, 4])}", f"+64{pre}{sub}", f"0064 {pre} {sub}"])
            return r.choice([f"0{pre} {_grp(sub, [3, 4])}", f"0{pre}-{_grp(sub, [3, 4])}",
                             f"0{pre} {_grp(sub, [4, 3])}",
                             f"0{pre}{sub}"])
        pre = r.choice(["9", "4", "3", "7", "6"])
        sub = _digits(r, 7)
        if intl:
            return r.choice([f"+64 {pre} {_grp(sub, [3, 4])}", f"+64 (0){pre} {_grp(sub, [3, 4])}"])
        return r.choice([f"(0{pre}) {_grp(sub, [3, 4])}", f"0{pre} {_grp(sub, [3, 4])}", f"0{pre}-{sub}"])
    # abroad, always international
    tpl = {
        "TR": lambda: f"+90 5{r.randint(30, 59)} {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}",
        "PT": lambda: f"+351 9{r.choice('1236')}{_digits(r, 1, False)} {_digits(r, 3)} {_digits(r, 3)}",
        "PL": lambda: f"+48 {r.choice(['501', '601', '693', '783', '512'])} {_digits(r, 3)} {_digits(r, 3)}",
        "ES": lambda: f"+34 6{_digits(r, 2, False)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
        "NL": lambda: f"+31 6 {_digits(r, 8, False)}",
        "MA": lambda: f"+212 6 {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
        "BR": lambda: f"+55 {r.choice(['11', '21', '41'])} 9{_digits(r, 4)}-{_digits(r, 4)}",
        "RO": lambda: f"+40 7{r.randint(20, 99)} {_digits(r, 3)} {_digits(r, 3)}",
        "HR": lambda: f"+385 9{r.choice('1258')} {_digits(r, 3)} {_digits(r, 4)}",
        "UA": lambda: f"+380 {r.choice(['50', '67', '63', '93'])} {_digits(r, 3)} {_digits(r, 4)}",
        "IN": lambda: f"+91 9{_digits(r, 4, False)} {_digits(r, 5)}",
        "VN": lambda: f"+84 9{_digits(r, 1, False)} {_digits(r, 3)} {_digits(r, 4)}",
        "PH": lambda: f"+63 9{_digits(r, 2, False)} {_digits(r, 3)} {_digits(r, 4)}",
        "NG": lambda: f"+234 80{r.choice('3678')} {_digits(r, 3)} {_digits(r, 4)}",
        "MX": lambda: f"+52 55 {_digits(r, 4)} {_digits(r, 4)}",
        "CO": lambda: f"+57 3{_digits(r, 2, False)} {_digits(r, 3)} {_digits(r, 4)}",
        "AL": lambda: f"+355 6{r.choice('789')} {_digits(r, 3)} {_digits(r, 4)}",
        "GR": lambda: f"+30 69{_digits(r, 1, False)} {_digits(r, 3)} {_digits(r, 4)}",
        "SN": lambda: f"+221 7{r.choice('078')} {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}",
    }
    return tpl[c]()


HOTLINES = {
    "DE": ["0800 1110111", "0800 111 0 222", "116 117", "116 116", "115", "0800 6888000", "0180 6 996633"],
    "AT": ["0800 240 444", "1450", "0800 222 555", "0810 810 300"],
    "CH": ["0800 33 66 55", "0848 800 444", "0800 117 117", "0844 800 800", "145"],
    "FR": ["3237", "0 800 130 000", "0 805 202 804", "3646", "0 969 39 00 00"],
    "BE": ["0800 99 123", "1733", "070 245 245", "078 15 15 15", "0800 14 689"],
    "LU": ["8002 8080", "8002 2424", "8002 4545"],
    "IT": ["800 123 456", "800 90 96 00", "1500", "803.116", "199 123 456", "800.861.061"],
    "GB": ["0800 121 4000", "0345 300 0900", "0300 123 1234", "0800 028 0199", "111"],
    "IE": ["1800 555 555", "1850 24 1850", "1800 200 100"],
    "US": ["1-800-555-0199", "1-888-275-8777", "1-877-382-4357", "311"],
    "CA": ["1-888-242-2100", "1-800-959-8281", "1-866-864-5823"],
    "AU": ["13 22 11", "1300 555 000", "1800 022 222", "13 14 50"],
    "NZ": ["0800 123 456", "0800 611 116", "0800 80 60 40"],
}


# --------------------------------------------------------------------------------------------------------------------
# Dates, IBANs, cards
# --------------------------------------------------------------------------------------------------------------------
MONTHS = {
    "de": _w("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
    "fr": _w("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
    "it": _w("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"),
    "en": _w("January|February|March|April|May|June|July|August|September|October|November|December"),
}


def fmt_date(d: dt.date, lang: str, region: str, style: str) -> str:
    dd, mm, yy = d.day, d.month, d.year
    months = MONTHS[lang]
    if lang == "de" and region == "AT":
        months = ["Jänner"] + months[1:]
    if style == "iso":
        return d.isoformat()
    if lang == "de":
        return {"num": f"{dd:02d}.{mm:02d}.{yy}", "num2": f"{dd:02d}.{mm:02d}.{yy % 100:02d}",
                "nopad": f"{dd}.{mm}.{yy}", "long": f"{dd}. {months[mm - 1]} {yy}",
                "abbr": f"{dd}. {months[mm - 1][:3]}. {yy}"}.get(style, f"{dd:02d}.{mm:02d}.{yy}")
    if lang == "fr":
        day = "1er" if dd == 1 else str(dd)
        return {"num": f"{dd:02d}/{mm:02d}/{yy}", "num2": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
                "nopad": f"{dd}/{mm}/{yy}", "long": f"{day} {months[mm - 1]} {yy}",
                "dot": f"{dd:02d}.{mm:02d}.{yy}", "dash": f"{dd:02d}-{mm:02d}-{yy}"}.get(
            style, f"{dd:02d}/{mm:02d}/{yy}")
    if lang == "it":
        day = "1°" if dd == 1 else str(dd)
        return {"num": f"{dd:02d}/{mm:02d}/{yy}", "num2": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
                "nopad": f"{dd}/{mm}/{yy}", "long": f"{day} {months[mm - 1]} {yy}",
                "dot": f"{dd:02d}.{mm:02d}.{yy}", "dash": f"{dd:02d}-{mm:02d}-{yy}"}.get(
            style, f"{dd:02d}/{mm:02d}/{yy}")
    suffix = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
    if region == "US" or style.startswith("us"):
        return {"us_long": f"{months[mm - 1]} {dd}, {yy}", "us2": f"{mm}/{dd}/{yy % 100:02d}",
                "us_abbr": f"{months[mm - 1][:3]} {dd}, {yy}", "long": f"{months[mm - 1]} {dd}, {yy}",
                "num2": f"{mm}/{dd}/{yy % 100:02d}", "nopad": f"{mm}/{dd}/{yy}",
                "dash": f"{mm:02d}-{dd:02d}-{yy}"}.get(style, f"{mm:02d}/{dd:02d}/{yy}")
    return {"num": f"{dd:02d}/{mm:02d}/{yy}", "num2": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "nopad": f"{dd}/{mm}/{yy}",
            "long": f"{dd} {months[mm - 1]} {yy}", "ord": f"{dd}{suffix} {months[mm - 1]} {yy}",
            "abbr": f"{dd}-{months[mm - 1][:3]}-{yy}", "abbr2": f"{dd} {months[mm - 1][:3]} {yy}",
            "dot": f"{dd:02d}.{mm:02d}.{yy}"}.get(style, f"{dd:02d}/{mm:02d}/{yy}")


DOB_STYLES = {
    "de": [("num", 6), ("num2", 1), ("nopad", 1), ("long", 2), ("iso", 1)],
    "fr": [("num", 6), ("num2", 1), ("long", 3), ("dot", 1), ("iso", 1)],
    "it": [("num", 6), ("num2", 1), ("long", 2), ("dash", 1), ("dot", 1), ("iso", 1)],
    "en": [("num", 4), ("long", 3), ("ord", 1), ("abbr", 1), ("abbr2", 1), ("iso", 1)],
    "en-US": [("num", 5), ("us_long", 3), ("us2", 1), ("us_abbr", 1), ("iso", 1)],
    "en-CA": [("iso", 4), ("us_long", 2), ("num", 1), ("long", 2)],
}


def iban_check(cc: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cin(s: str) -> str:
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def make_iban(r: random.Random, cc: str) -> str:
    dg = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    if cc == "DE":
        bban = r.choice(["10050000", "20050550", "37050198", "70150000", "50010517", "12030000", "43060967",
                         "76050101", "86055592", "30050110"]) + dg(10)
    elif cc == "AT":
        bban = r.choice(["20111", "12000", "14000", "32000", "38000", "60000", "20404"]) + dg(11)
    elif cc in ("CH", "LI"):
        bban = r.choice(["00762", "00700", "09000", "00230", "08390", "00788", "80808"]) + dg(12)
    elif cc == "FR":
        bank, branch, acc = r.choice(["30004", "30003", "20041", "10278", "11315", "16606", "30002"]), dg(5), dg(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97
        bban = f"{bank}{branch}{acc}{key:02d}"
    elif cc == "BE":
        first = r.choice(["001", "068", "310", "363", "732", "751", "063", "000", "035"]) + dg(7)
        chk = int(first) % 97 or 97
        bban = f"{first}{chk:02d}"
    elif cc == "LU":
        bban = r.choice(["001", "002", "003", "014", "019", "030"]) + dg(13)
    elif cc == "IT":
        rest = r.choice(["03069", "02008", "05034", "01030", "05584", "03111", "08327"]) + dg(5) + dg(12)
        bban = _cin(rest) + rest
    elif cc == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "CITI", "SRLG"]) + dg(6) + dg(8)
    elif cc == "IE":
        bban = r.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + dg(6) + dg(8)
    elif cc == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + dg(10)
    elif cc == "ES":
        bban = r.choice(["2100", "0049", "0182", "2080"]) + dg(20)
    elif cc == "PT":
        bban = "0" + r.choice(["035", "007", "033", "018"]) + dg(17)
    elif cc == "PL":
        bban = dg(24)
    else:
        raise ValueError(cc)
    return cc + iban_check(cc, bban) + bban


def fmt_iban(s: str, style: str) -> str:
    if style == "compact":
        return s
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def make_card(r: random.Random, brand: str | None = None) -> tuple[str, str]:
    brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if brand == "visa":
        body, n = "4" + "".join(str(r.randint(0, 9)) for _ in range(5)), 16
    elif brand == "mc":
        body, n = r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif brand == "amex":
        body, n = r.choice(["34", "37"]), 15
    else:
        body, n = r.choice(["6759", "5018", "6304"]), 16
    while len(body) < n - 1:
        body += str(r.randint(0, 9))
    for ck in range(10):
        if luhn_ok(body + str(ck)):
            num = body + str(ck)
            break
    style = r.random()
    if brand == "amex":
        out = f"{num[:4]} {num[4:10]} {num[10:]}" if style < .7 else num
    elif style < .55:
        out = " ".join(num[i:i + 4] for i in range(0, 16, 4))
    elif style < .8:
        out = num
    else:
        out = "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return brand, out


# --------------------------------------------------------------------------------------------------------------------
# The document context: one seeded random generator and the Faker locales, re-seeded per document on first use.
# --------------------------------------------------------------------------------------------------------------------
REF = dt.date(2026, 11, 20)
COMPANY_LOCALE = {"DE": "de_DE", "AT": "de_AT", "CH-de": "de_CH", "CH-fr": "fr_CH", "CH-it": "it_IT", "FR": "fr_FR",
                  "BE": "fr_FR", "LU": "fr_FR", "IT": "it_IT", "GB": "en_GB", "IE": "en_IE", "US": "en_US",
                  "CA": "en_CA", "AU": "en_AU", "NZ": "en_NZ"}
PRIVATE_DOMAINS = {
    "DE": _w("gmx.de|web.de|t-online.de|gmail.com|posteo.de|outlook.de|freenet.de|mailbox.org|icloud.com"),
    "AT": _w("gmx.at|aon.at|chello.at|a1.net|gmail.com|icloud.com|outlook.at"),
    "CH": _w("bluewin.ch|gmx.ch|sunrise.ch|hispeed.ch|gmail.com|proton.me|outlook.com"),
    "FR": _w("orange.fr|free.fr|laposte.net|sfr.fr|wanadoo.fr|gmail.com|hotmail.fr|yahoo.fr"),
    "BE": _w("skynet.be|telenet.be|proximus.be|gmail.com|hotmail.be|outlook.be"),
    "LU": _w("pt.lu|internet.lu|gmail.com|outlook.com|vo.lu"),
    "IT": _w("libero.it|virgilio.it|tiscali.it|alice.it|gmail.com|hotmail.it|yahoo.it|fastwebnet.it"),
    "GB": _w("btinternet.com|sky.com|gmail.com|hotmail.co.uk|yahoo.co.uk|outlook.com|virginmedia.com"),
    "IE": _w("eircom.net|gmail.com|hotmail.com|yahoo.ie|icloud.com"),
    "US": _w("gmail.com|yahoo.com|aol.com|comcast.net|outlook.com|icloud.com|verizon.net"),
    "CA": _w("gmail.com|shaw.ca|rogers.com|sympatico.ca|videotron.ca|hotmail.ca"),
    "AU": _w("bigpond.com|gmail.com|optusnet.com.au|outlook.com|iinet.net.au"),
    "NZ": _w("xtra.co.nz|gmail.com|slingshot.co.nz|orcon.net.nz|outlook.co.nz"),
}
TLD = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "LU": "lu", "IT": "it", "GB": "co.uk",
       "IE": "ie", "US": "com", "CA": "ca", "AU": "com.au", "NZ": "co.nz"}


class Ctx:
    def __init__(self, lang: str, template: str, i: int, t_index: int):
        self.key = f"{SEED}|{lang}|{template}|{i}"
        self.rng = random.Random(self.key)
        regions = REGIONS[lang]
        self.region = regions[(i + t_index) % len(regions)]
        self.lang = lang
        self.locale = f"{lang}_{self.region}"
        self.rkey = f"CH-{lang}" if self.region == "CH" else self.region
        self.i = i
        self._seeded: set[str] = set()
        self._names: set[str] = set()

    # -- random helpers --
    def c(self, seq):
        return self.rng.choice(seq)

    def r(self) -> float:
        return self.rng.random()

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def sample(self, seq, k: int):
        return self.rng.sample(list(seq), k)

    def wc(self, pairs):
        vals, weights = zip(*pairs, strict=True)
        return self.rng.choices(vals, weights=weights)[0]

    def L(self, **kw):  # noqa: N802
        return kw[self.lang]

    def fk(self, loc: str) -> Faker:
        f = faker_for(loc)
        if loc not in self._seeded:
            f.seed_instance(f"{self.key}|{loc}")
            self._seeded.add(loc)
        return f

    # -- people --
    def _name_from(self, src: str, g: str) -> tuple[str, str]:
        if src in OWN:
            m, f, last = OWN[src]
            return self.c(m if g == "m" else f), self.c(last)
        fk = self.fk(src)
        first = fk.first_name_male() if g == "m" else fk.first_name_female()
        if src in GENDERED_SURNAMES and hasattr(fk, "last_name_male"):
            return first, (fk.last_name_male() if g == "m" else fk.last_name_female())
        return first, fk.last_name()

    def person(self, g: str | None = None, local: bool | None = None, age: tuple[int, int] = (22, 75),
               src: str | None = None, last: str | None = None, like: Person | None = None) -> Person:
        """A new person; with like=, someone of the same name source (a relative; the surname is kept)."""
        if like is not None:
            src, local = like.src, like.local
            last = like.last if last is None else last
            if src in GENDERED_SURNAMES:
                g = like.gender
        g = g or self.c("mf")
        if local is None:
            local = self.r() < 0.3
        for _ in range(60):
            s = src
            if s is None:
                if local:
                    s = self.wc(REGION_LOCAL[self.rkey])
                else:
                    s = self.c(FOREIGN_FAKER) if self.r() < 0.5 else self.c(FOREIGN_OWN)
            first, ln = self._name_from(s, g)
            first, ln = " ".join(first.split()), " ".join(ln.split())
            if last is not None:
                ln = last
            full = f"{first} {ln}"
            if not is_latin(full) or full in self._names or len(first) < 2:
                continue
            self._names.add(full)
            break
        middle = ""
        if s in ("en_US", "en_GB", "us_own", "en_CA", "en_AU", "en_NZ") and self.r() < 0.15:
            middle = self.c(["J.", "R.", "A.", "M.", "Lee", "Marie", "James", "Anne"])
        p = Person(first, ln, g, s, bool(local), middle)
        p.dob = self.bday(*age)
        return p

    def child(self, parent: Person, age: tuple[int, int] = (2, 17), g: str | None = None) -> Person:
        src = parent.src
        g = parent.gender if src in GENDERED_SURNAMES else (g or self.c("mf"))
        for _ in range(30):
            first, _ln = self._name_from(src, g)
            first = " ".join(first.split())
            if is_latin(first) and f"{first} {parent.last}" not in self._names and first != parent.first:
                break
        self._names.add(f"{first} {parent.last}")
        p = Person(first, parent.last, g, src, parent.local)
        p.dob = self.bday(*age)
        return p

    def bday(self, lo: int, hi: int) -> dt.date:
        start = REF - dt.timedelta(days=int(hi * 365.25))
        end = REF - dt.timedelta(days=int(lo * 365.25))
        return start + dt.timedelta(days=self.ri(0, (end - start).days))

    def dob(self, p: Person | dt.date, style: str | None = None) -> str:
        d = p.dob if isinstance(p, Person) else p
        assert d is not None
        if style is None:
            key = self.lang if self.lang != "en" else {"US": "en-US", "CA": "en-CA"}.get(self.region, "en")
            style = self.wc(DOB_STYLES[key])
        return fmt_date(d, self.lang, self.region, style)

    def pdate(self, lo: int = -90, hi: int = 60, style: str = "num", base: dt.date = REF) -> str:
        d = base + dt.timedelta(days=self.ri(lo, hi))
        return fmt_date(d, self.lang, self.region, style)

    def pdate_obj(self, lo: int = -90, hi: int = 60) -> dt.date:
        return REF + dt.timedelta(days=self.ri(lo, hi))

    def nm(self, p: Person, *styles: str) -> str:
        st = self.c(styles or ("full",))
        return {"full": p.full, "fl": p.fl, "lf": p.lf, "LF": p.LF, "LcF": p.LcF, "il": p.il, "fi": p.fi,
                "first": p.first, "last": p.last, "upper": p.upper, "lastfirst": p.lastfirst}[st]

    def sal(self, p: Person) -> str:
        m = p.gender == "m"
        if self.lang == "de":
            return "Herr" if m else "Frau"
        if self.lang == "fr":
            return "M." if m else self.c(["Mme", "Mme", "Madame"])
        if self.lang == "it":
            return "Sig." if m else "Sig.ra"
        return "Mr" if m else self.c(["Ms", "Mrs", "Ms"])

    def born(self, p: Person) -> str:
        f = p.gender == "f"
        return self.L(de="geb.", fr="née le" if f else "né le", it="nata il" if f else "nato il", en="born")

    # -- contact data --
    def ccode(self, country: str | None = None) -> str:
        return country or self.region

    def phone(self, kind: str = "mobile", country: str | None = None, intl: bool | None = None) -> str:
        return make_phone(self.rng, self.ccode(country), kind, intl)

    def hotline(self, country: str | None = None) -> str:
        return self.c(HOTLINES[self.ccode(country)])

    def email(self, p: Person, domain: str | None = None, country: str | None = None) -> str:
        german = self.lang == "de" and self.r() < 0.6
        f = slug(p.first.split()[0], german)
        last = p.last.split()[-1] if (" " in p.last and self.r() < 0.4) else p.last
        ln = slug(last, german, sep=self.c(["", "", "-"]))
        if not f:
            f = "x"
        yy = f"{(p.dob.year % 100):02d}" if p.dob else str(self.ri(10, 99))
        local = self.c([f"{f}.{ln}", f"{f}.{ln}", f"{f[0]}.{ln}", f"{f}{ln}", f"{f}_{ln}", f"{ln}.{f}",
                        f"{f}.{ln}{self.ri(1, 99)}", f"{f}{yy}", f"{ln}{f[0]}", f"{f[0]}{ln}", f"{f}-{ln}",
                        f"{ln}{yy}"])
        if domain is None:
            cc = self.ccode(country)
            domain = self.c(PRIVATE_DOMAINS.get(cc, ["gmail.com", "outlook.com", "yahoo.com"]))
        return f"{local}@{domain}"

    def work_email(self, p: Person, domain: str) -> str:
        f, ln = slug(p.first.split()[0], self.lang == "de"), slug(p.last, self.lang == "de")
        return f"{self.c([f'{f}.{ln}', f'{f[0]}.{ln}', f'{f[0]}{ln}', f'{ln}', f'{f}.{ln}'])}@{domain}"

    def company(self) -> str:
        name = self.fk(COMPANY_LOCALE[self.rkey]).company()
        if " " not in name:
            name += " " + self.c({"de": ["GmbH", "AG", "KG", "& Co."], "fr": ["SARL", "SA", "SAS", "& Fils"],
                                  "it": ["S.r.l.", "S.p.A.", "& C. s.n.c."], "en": ["Ltd", "LLC", "& Co.", "Group"]}[
                self.lang])
        return name

    def domain_for(self, name: str, country: str | None = None) -> str:
        base = slug(name, self.lang == "de", "-")
        if len(base) > 28:
            base = base[:28].rsplit("-", 1)[0]
        base = base.strip("-") or "firma"
        cc = self.ccode(country)
        return f"{base}.{TLD.get(cc, 'com')}"

    def iban(self, country: str | None = None, style: str | None = None) -> str:
        cc = self.ccode(country)
        if cc not in ("DE", "AT", "CH", "LI", "FR", "BE", "LU", "IT", "GB", "IE", "NL", "ES", "PT", "PL"):
            cc = self.c(["DE", "FR", "IT", "NL", "ES"])
        return fmt_iban(make_iban(self.rng, cc), style or self.c(["grouped", "grouped", "compact"]))

    def card(self, brand: str | None = None) -> str:
        return make_card(self.rng, brand)[1]

    def cname(self, cc: str) -> str:
        return COUNTRY_NAMES[self.lang].get(cc, cc)

    # -- addresses --
    def addr(self, country: str | None = None) -> Addr:
        cc = self.ccode(country)
        rg = self.rng
        if cc == "CH":
            key = f"CH-{self.lang}" if self.lang in ("de", "fr", "it") else self.c(["CH-de", "CH-fr", "CH-it"])
            st = self.c(STREETS[key])
            plz, town = self.c(TOWNS[key])
            l1 = f"{st} {self.ri(1, 120)}{self.c(['', '', '', 'a', 'b'])}"
            l2 = f"{self.c(['', '', '', 'CH-'])}{plz} {town}"
            return Addr(l1, l2, plz, town, "CH")
        if cc == "DE":
            st = self.c(STREETS["DE"]) if self.r() < 0.8 else self.fk("de_DE").street_name()
            x = self.r()
            if x < 0.2 and st.endswith("straße"):
                st = st[:-6] + "str."
            elif x < 0.26 and st.endswith("straße"):
                st = st[:-6] + "strasse"
            plz, town = self.c(TOWNS["DE"])
            l1 = f"{st} {self.ri(1, 160)}{self.c(['', '', '', '', 'a', 'b', ' a', '-3'])}"
            return Addr(l1, f"{self.c(['', '', '', '', '', 'D-'])}{plz} {town}", plz, town, "DE")
        if cc == "AT":
            st = self.c(STREETS["AT"])
            n = self.ri(1, 140)
            num = self.c([f"{n}", f"{n}/{self.ri(1, 9)}", f"{n}/{self.ri(1, 5)}/{self.ri(1, 30)}",
                          f"{n}/Top {self.ri(1, 24)}",
                          f"{n}/Stiege {self.ri(1, 4)}/Tür {self.ri(1, 30)}", f"{n}/{self.ri(1, 4)}/{self.ri(1, 20)}"])
            plz, town = self.c(TOWNS["AT"])
            return Addr(f"{st} {num}", f"{self.c(['', '', '', '', 'A-'])}{plz} {town}", plz, town, "AT")
        if cc == "FR":
            st = self.c(STREETS["FR"])
            n = f"{self.ri(1, 180)}{self.c(['', '', '', '', ' bis', ' ter', 'B'])}"
            l1 = self.c([f"{n} {st}", f"{n} {st}", f"{n}, {st}"])
            if self.r() < 0.15:
                l1 += self.c([f", Appt {self.ri(1, 60)}", f", Bât. {self.c('ABCD')}", f", {self.ri(1, 9)}e étage"])
            plz, town = self.c(TOWNS["FR"])
            return Addr(l1, f"{plz} {town.upper() if self.r() < 0.4 else town}", plz, town, "FR")
        if cc == "BE":
            st = self.c(STREETS["BE"])
            st = st[0].upper() + st[1:] if self.r() < 0.6 else st
            n = self.ri(1, 250)
            box = "bus" if st[0] in "KSDM" and st.endswith("straat") else self.c(["bte", "boîte", "bte"])
            num = self.c([f"{n}", f"{n}", f"{n} {box} {self.ri(1, 12)}", f"{n}/{self.ri(1, 9)}", f"{n}{self.c('ABC')}"])
            plz, town = self.c(TOWNS["BE"])
            return Addr(f"{st} {num}", f"{self.c(['', '', '', 'B-'])}{plz} {town}", plz, town, "BE")
        if cc == "LU":
            st = self.c(STREETS["LU"])
            plz, town = self.c(TOWNS["LU"])
            return Addr(self.c([f"{self.ri(1, 150)}, {st}", f"{self.ri(1, 150)} {st}"]),
                        f"L-{plz} {town}", plz, town, "LU")
        if cc == "IT":
            st = self.c(STREETS["IT"])
            n = self.ri(1, 220)
            num = self.c([f" {n}", f", {n}", f" {n}", f" n. {n}", f" {n}/{self.c('ABC')}",
                          f" {n} int. {self.ri(1, 24)}", f", {n}, scala {self.c('ABCD')}, piano {self.ri(1, 6)}",
                          f" {n}, int. {self.ri(1, 30)}"])
            plz, town, prov = self.c(TOWNS["IT"])
            l2 = self.c([f"{plz} {town} ({prov})", f"{plz} {town} {prov}", f"{plz} {town}", f"{plz} {town.upper()} "
                                                                                            f"({prov})",
                         f"{plz} - {town} ({prov})"])
            return Addr(f"{st}{num}", l2, plz, town, "IT")
        if cc == "GB":
            st = self.c(STREETS["GB"])
            n = self.ri(1, 220)
            l1 = self.c([f"{n} {st}", f"{n} {st}", f"Flat {self.ri(1, 12)}, {n} {st}", f"{n}{self.c('ab')} {st}"])
            town, pc = self.c(TOWNS["GB"])
            return Addr(l1, self.c([f"{town} {pc}", f"{town.upper()} {pc}", f"{town}, {pc}"]), pc, town, "GB")
        if cc == "IE":
            st = self.c(STREETS["IE"])
            n = self.ri(1, 140)
            l1 = self.c([f"{n} {st}", f"{n} {st}", f"Apartment {self.ri(1, 40)}, {n} {st}", f"{n} {st} Upper"])
            t = self.c(TOWNS["IE"])
            code = t[1] + " " + "".join(self.c("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
            if len(t) == 3:
                l2 = self.c([f"{t[0]}, {t[2]} {code}", f"{t[0]}, {t[2]}, {code}", f"{t[0]} {code}"])
            else:
                l2 = self.c([f"{t[0]} {code}", f"{t[0]}, {code}"])
            return Addr(l1, l2, code, t[0], "IE")
        if cc == "US":
            st = self.c(STREETS["US"])
            n = self.ri(10, 9800)
            l1 = self.c([f"{n} {st}", f"{n} {st}", f"{n} {st} Apt {self.ri(1, 40)}{self.c(['', 'A', 'B'])}",
                         f"{n} {st}, Unit {self.ri(1, 20)}", f"{n} {st} #{self.ri(100, 900)}"])
            town, stc, z = self.c(TOWNS["US"])
            z = z if self.r() < 0.8 else f"{z}-{self.ri(1000, 9999)}"
            return Addr(l1, f"{town}, {stc} {z}", z, town, "US")
        if cc == "CA":
            st = self.c(STREETS["CA"])
            n = self.ri(10, 4800)
            l1 = self.c([f"{n} {st}", f"{self.ri(101, 2405)}-{n} {st}", f"{n} {st}, Unit {self.ri(1, 30)}",
                         f"Apt {self.ri(1, 30)}, {n} {st}"])
            town, pr, pc = self.c(TOWNS["CA"])
            return Addr(l1, self.c([f"{town}, {pr} {pc}", f"{town} {pr}  {pc}", f"{town} ({pr}) {pc}"]), pc, town, "CA")
        if cc == "AU":
            st = self.c(STREETS["AU"])
            n = self.ri(1, 300)
            l1 = self.c([f"{n} {st}", f"{n} {st}", f"Unit {self.ri(1, 20)}/{n} {st}", f"{self.ri(1, 12)}/{n} {st}"])
            town, stc, pc = self.c(TOWNS["AU"])
            return Addr(l1, self.c([f"{town} {stc} {pc}", f"{town.upper()} {stc} {pc}"]), pc, town, "AU")
        if cc == "NZ":
            st = self.c(STREETS["NZ"])
            n = self.ri(1, 300)
            l1 = self.c([f"{n} {st}", f"{n} {st}", f"Flat {self.ri(1, 8)}, {n} {st}", f"{self.ri(1, 8)}/{n} {st}"])
            sub, city, pc = self.c(TOWNS["NZ"])
            l2 = f"{city} {pc}" if sub == city else f"{sub}, {city} {pc}"
            return Addr(l1, l2, pc, city, "NZ")
        if cc in _ABROAD:
            l1, l2 = _ABROAD[cc](rg)
            pc, town = split_postcode(l2)
            return Addr(l1, l2, pc, town, cc)
        raise ValueError(cc)

    def pobox(self, country: str | None = None) -> Addr:
        cc = self.ccode(country)
        n = self.ri(10, 9999)
        if cc == "DE":
            plz, town = self.c(TOWNS["DE"])
            return Addr(f"Postfach {_grp(str(self.ri(100000, 999999)), [2, 2, 2])}", f"{plz} {town}", plz, town, cc)
        if cc == "AT":
            plz, town = self.c(TOWNS["AT"])
            return Addr(f"Postfach {n}", f"{plz} {town}", plz, town, cc)
        if cc == "CH":
            key = f"CH-{self.lang}" if self.lang in ("de", "fr", "it") else "CH-de"
            plz, town = self.c(TOWNS[key])
            word = {"CH-de": "Postfach", "CH-fr": "Case postale", "CH-it": "Casella postale"}[key]
            return Addr(f"{word} {n}", f"{plz} {town}", plz, town, cc)
        if cc == "FR":
            plz, town = self.c(TOWNS["FR"])
            return Addr(self.c([f"BP {self.ri(100, 99999)}", f"CS {self.ri(10000, 99999)}"]),
                        f"{plz[:2]}{self.ri(100, 999)} {town.upper()} CEDEX {self.c(['', '1', '2', '9'])}".strip(),
                        plz, town, cc)
        if cc == "BE":
            plz, town = self.c(TOWNS["BE"])
            return Addr(f"Boîte postale {self.ri(1, 400)}", f"{plz} {town}", plz, town, cc)
        if cc == "LU":
            plz, town = self.c(TOWNS["LU"])
            return Addr(f"B.P. {self.ri(100, 9999)}", f"L-{int(plz) + self.ri(0, 8):04d} {town}", plz, town, cc)
        if cc == "IT":
            plz, town, prov = self.c(TOWNS["IT"])
            return Addr(f"Casella Postale {self.ri(1, 999)}", f"{plz[:3]}00 {town} ({prov})", plz, town, cc)
        if cc == "IE":
            t = self.c([x for x in TOWNS["IE"] if len(x) == 3])
            code = t[1] + " " + "".join(self.c("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
            return Addr(f"PO Box {self.ri(10, 999)}", f"{t[0]}, {t[2]} {code}", code, t[0], cc)
        a = self.addr(cc)
        return Addr(f"PO Box {n}", a.line2, a.postcode, a.town, cc)

    def abroad(self, exclude: tuple[str, ...] = ()) -> Addr:
        return self.addr(self.c([c for c in ABROAD_COUNTRIES if c not in exclude]))

    def plain_dt(self) -> str:
        minute = ["00", "05", "10", "15", "20", "30", "40", "45", "50"]
        return f"{self.pdate(-40, -1)}, {self.ri(6, 21):02d}:{self.c(minute)}"


def addr_block(a: Addr) -> str:
    """A two-line address block: two spans."""
    return f"{A(a.line1)}\n{A(a.line2)}"


def addr_one(a: Addr) -> str:
    return A(a.one)


# --------------------------------------------------------------------------------------------------------------------
# Shared pieces of the templates
# --------------------------------------------------------------------------------------------------------------------
def wrap(x: Ctx, request: str, body: str, after: str | None = None) -> str:
    """The user's request around the pasted material."""
    style = x.c(["plain", "plain", "fence", "dashes", "after", "quote"])
    if style == "fence":
        out = f"{request}\n\n```\n{body}\n```"
    elif style == "dashes":
        out = f"{request}\n\n---\n{body}\n---"
    elif style == "after":
        out = f"{body}\n\n{request}"
    elif style == "quote":
        out = f"{request}\n\n\"\"\"\n{body}\n\"\"\""
    else:
        out = f"{request}\n\n{body}"
    if after:
        out += f"\n\n{after}"
    return out


_OCR_SUBS = [("rn", "m"), ("m", "rn"), ("l", "1"), ("O", "0"), ("I", "l"), ("e", "c"), ("i", "í"), (":", ";"),
             ("S", "5"), ("B", "8"), ("a", "o")]


def ocr_noise(x: Ctx, s: str, rate: float = 0.04) -> str:
    """OCR noise on the unlabelled text only (letter confusions, doubled spaces, stray bars)."""
    def noisy(seg: str) -> str:
        out = []
        for w in re.split(r"( +)", seg):
            if w.strip() and x.r() < rate:
                a, b = x.c(_OCR_SUBS)
                if a in w:
                    w = w.replace(a, b, 1)
            elif w == " " and x.r() < rate:
                w = x.c(["  ", " | ", "   "])
            out.append(w)
        return "".join(out)
    return map_plain(s, noisy)


def plate(x: Ctx, cc: str | None = None) -> str:
    cc = x.ccode(cc)
    L_ = "ABCDEFGHJKLMNPRSTUVWXYZ"

    def let(n: int) -> str:
        return "".join(x.c(L_) for _ in range(n))
    return {
        "DE": lambda: f"{x.c(['M', 'B', 'HH', 'K', 'F', 'S', 'HD', 'LB', 'RO', 'GÖ', 'OL', 'FR'])}-{let(2)} "
                      f"{x.ri(1, 9999)}"
                      f"{x.c(['', '', '', 'E', 'H'])}",
        "AT": lambda: f"{x.c(['W', 'G', 'L', 'S', 'I', 'K', 'BZ', 'MD', 'GU'])}-{x.ri(100, 99999)}{let(1)}",
        "CH": lambda: f"{x.c(['ZH', 'BE', 'LU', 'SG', 'AG', 'GR', 'VD', 'GE', 'TI', 'VS', 'FR', 'NE'])} "
                      f"{x.ri(1000, 999999)}",
        "FR": lambda: f"{let(2)}-{x.ri(100, 999)}-{let(2)}",
        "BE": lambda: f"{x.ri(1, 2)}-{let(3)}-{x.ri(100, 999)}",
        "LU": lambda: f"{let(2)} {x.ri(1000, 9999)}",
        "IT": lambda: f"{let(2)} {x.ri(100, 999)} {let(2)}",
        "GB": lambda: f"{let(2)}{x.ri(10, 75)} {let(3)}",
        "IE": lambda: f"{x.ri(151, 252)}-{x.c(['D', 'C', 'G', 'L', 'KY', 'WX', 'MH'])}-{x.ri(100, 99999)}",
        "US": lambda: f"{x.ri(1, 9)}{let(3)}{x.ri(100, 999)}",
        "CA": lambda: f"{let(4)} {x.ri(100, 999)}",
        "AU": lambda: f"{x.ri(1, 9)}{let(2)} {x.ri(1, 9)}{let(2)}",
        "NZ": lambda: f"{let(3)}{x.ri(100, 999)}",
    }.get(cc, lambda: f"{let(2)} {x.ri(1000, 9999)}")()


INSURERS = {
    "DE": _w("Allianz|HUK-COBURG|DEVK|R+V|ERGO|Generali|LVM|VHV"),
    "AT": _w("Wiener Städtische|UNIQA|Generali|Allianz Elementar|Donau Versicherung|GrazerWechselseitige"),
    "CH": _w("die Mobiliar|AXA|Zurich|Helvetia|Baloise|Allianz Suisse|Vaudoise|TCS Assurances"),
    "FR": _w("MAIF|MACIF|AXA|Groupama|Matmut|GMF|MAAF|Allianz"),
    "BE": _w("AG Insurance|Ethias|P&V|AXA Belgium|Belfius Assurances|Baloise Belgium"),
    "LU": _w("Foyer Assurances|La Luxembourgeoise|Baloise Luxembourg|AXA Luxembourg"),
    "IT": _w("UnipolSai|Generali Italia|Allianz|Reale Mutua|Cattolica|Zurich Connect|Verti|Vittoria Assicurazioni"),
    "GB": _w("Aviva|Direct Line|Admiral|LV=|Churchill|Hastings Direct"),
    "IE": _w("FBD Insurance|AXA Ireland|Aviva Ireland|Allianz Ireland|Liberty Insurance"),
    "US": _w("State Farm|GEICO|Progressive|Allstate|Liberty Mutual"),
    "CA": _w("Intact Insurance|Desjardins|TD Insurance|ICBC|Aviva Canada"),
    "AU": _w("NRMA Insurance|RACV|AAMI|Budget Direct|Allianz Australia"),
    "NZ": _w("AA Insurance|AMI|Tower Insurance|State Insurance"),
}
CARS = _w("VW Golf|Opel Corsa|Renault Clio|Peugeot 208|Fiat Panda|Toyota Yaris|Škoda Octavia|Ford Focus|Citroën C3|"
          "Mercedes-Benz A 180|Dacia Sandero|Tesla Model 3|Honda Civic|Kia Ceed|BMW 320d|Seat Ibiza|Volvo XC40|"
          "Hyundai i20|Mazda CX-5|Nissan Leaf|Subaru Outback|Ford Ranger|Toyota Corolla")


def policy_no(x: Ctx) -> str:
    return x.c([f"{x.ri(100, 999)} {x.ri(100000, 999999)}-{x.c('ABKX')}",
                f"{x.ri(10, 99)}.{x.ri(100, 999)}.{x.ri(100, 999)}",
                f"{x.c(['KH', 'AU', 'P', 'POL'])}-{x.ri(1000000, 9999999)}", f"{x.ri(1000000000, 9999999999)}"])


def licence_no(x: Ctx) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return x.c(["".join(x.c(al) for _ in range(11)), f"{x.ri(10000000, 99999999)}",
                f"{x.c('ABCDEFGH')}{x.ri(1000000, 9999999)}", f"{x.c(['U1', 'MI', 'RM', 'TO'])}{x.ri(1000000, 9999999)}"
                f"{x.c('ABCDEFGH')}"])


def nat_id(x: Ctx, p: Person | None = None) -> str:
    """A national / social-security id of the document's region (unlabelled; several embed the date of birth)."""
    d = (p.dob if p and p.dob else None) or x.bday(20, 80)
    yy, mm, dd = f"{d.year % 100:02d}", f"{d.month:02d}", f"{d.day:02d}"
    g = (p.gender if p else x.c("mf"))
    return {
        "DE": f"{x.ri(10, 89)} {dd}{mm}{yy} {(slug(p.last)[:1].upper() if p else 'M') or 'M'} {x.ri(100, 599)}",
        "AT": f"{x.ri(1000, 9999)} {dd}{mm}{yy}",
        "CH": f"756.{x.ri(1000, 9999)}.{x.ri(1000, 9999)}.{x.ri(10, 99)}",
        "FR": f"{1 if g == 'm' else 2} {yy} {mm} {x.ri(1, 95):02d} {x.ri(100, 999)} {x.ri(100, 999)} {x.ri(10, 97)}",
        "BE": f"{yy}.{mm}.{dd}-{x.ri(100, 998)}.{x.ri(10, 97)}",
        "LU": f"{d.year} {mm}{dd} {x.ri(100, 999)} {x.ri(10, 99)}",
        "IT": x.fk("it_IT").ssn(),
        "GB": f"{x.c('ABCEHJKLMNPRSTWXYZ')}{x.c('ABCEHJKLMNPRSTWXYZ')} {x.ri(10, 99)} {x.ri(10, 99)} {x.ri(10, 99)} "
              f"{x.c('ABCD')}",
        "IE": f"{x.ri(1000000, 9999999)}{x.c('ABCDEFGHKLMTW')}{x.c(['', 'A', 'W'])}",
        "US": f"{x.ri(100, 665)}-{x.ri(10, 99)}-{x.ri(1000, 9999)}",
        "CA": f"{x.ri(100, 799)} {x.ri(100, 999)} {x.ri(100, 999)}",
        "AU": f"{x.ri(100, 999)} {x.ri(100, 999)} {x.ri(100, 999)}",
        "NZ": f"{x.ri(10, 150)}-{x.ri(100, 999)}-{x.ri(100, 999)}",
    }[x.region]


ID_NAMES = {"GB": "NI no.", "IE": "PPSN", "US": "SSN", "CA": "SIN", "AU": "TFN", "NZ": "IRD no."}


def kv(label: str, value: str, width: int = 0) -> str:
    return f"{label}:{' ' * max(1, width - len(label))}{value}" if width else f"{label}: {value}"


def signoff(x: Ctx) -> str:
    return x.L(de=x.c(["Mit freundlichen Grüßen", "Viele Grüße",
                       "Freundliche Grüsse" if x.region == "CH" else "Beste Grüße"]),
               fr=x.c(["Cordialement", "Bien à vous", "Meilleures salutations", "Veuillez agréer mes salutations "
                                                                                "distinguées"]),
               it=x.c(["Cordiali saluti", "Distinti saluti", "Grazie e saluti", "Un saluto"]),
               en=x.c(["Kind regards", "Best regards", "Many thanks", "Regards", "Sincerely"]))


# ====================================================================================================================
# 1. accident - joint accident reports (Europäischer Unfallbericht, constat amiable, CAI, accident statement,
#    driver information exchange) transcribed, as a table, in a mail to the insurer, or OCR'd in capitals
# ====================================================================================================================
ACC_LBL = {
    "de": dict(title="Europäischer Unfallbericht", date="1. Datum des Unfalls", time="Uhrzeit", place="2. Ort",
               injured="3. Verletzte (auch leicht)", no="nein", damage="4. Sachschaden an anderen Fahrzeugen",
               witness="5. Zeugen: Namen, Anschriften, Tel.", veh="FAHRZEUG",
               holder="6. Versicherungsnehmer/Versicherter",
               last="Name", first="Vorname", addr="Anschrift", pc="Postleitzahl", country="Land",
               contact="Tel. oder E-Mail", vehicle="7. Fahrzeug – Marke, Typ", plate="Amtl. Kennzeichen",
               insurer="8. Versicherungsunternehmen", policy="Versicherungsschein-Nr.", green="Grüne-Karte-Nr.",
               agency="Agentur (oder Büro oder Makler)", driver="9. Fahrer/in", dob="Geburtsdatum",
               lic="Führerschein-Nr.", cat="Klasse", valid="gültig bis", remarks="14. Meine Bemerkungen"),
    "fr": dict(title="Constat amiable d'accident automobile", date="1. Date de l'accident", time="Heure",
               place="2. Localisation", injured="3. Blessé(s) même léger(s)", no="non",
               damage="4. Dégâts matériels à des véhicules autres que A et B", witness="5. Témoins : noms, adresses, "
                                                                                       "tél.",
               veh="VÉHICULE", holder="6. Preneur d'assurance/assuré (voir attestation d'assurance)", last="Nom",
               first="Prénom", addr="Adresse", pc="Code postal", country="Pays", contact="Tél. ou e-mail",
               vehicle="7. Véhicule – Marque, type", plate="N° d'immatriculation", insurer="8. Société d'assurance",
               policy="N° de contrat", green="N° de carte verte", agency="Agence (ou bureau, ou courtier)",
               driver="9. Conducteur (voir permis de conduire)", dob="Date de naissance", lic="Permis de conduire n°",
               cat="Catégorie", valid="valable jusqu'au", remarks="14. Mes observations"),
    "it": dict(title="Constatazione amichevole di incidente (CAI)", date="1. Data dell'incidente", time="Ora",
               place="2. Luogo", injured="3. Feriti anche se lievi", no="no",
               damage="4. Danni materiali a veicoli diversi da A e B", witness="5. Testimoni: nomi, indirizzi, tel.",
               veh="VEICOLO", holder="6. Contraente/Assicurato", last="Cognome", first="Nome", addr="Indirizzo",
               pc="C.A.P.", country="Stato", contact="Tel. o e-mail", vehicle="7. Veicolo – Marca, tipo",
               plate="N. di targa", insurer="8. Impresa di assicurazione", policy="N. di polizza",
               green="N. carta verde", agency="Agenzia (o ufficio, o broker)", driver="9. Conducente",
               dob="Data di nascita", lic="Patente di guida n.", cat="Categoria", valid="valida fino al",
               remarks="14. Mie osservazioni"),
    "en": dict(title="European Accident Statement", date="1. Date of accident", time="Time", place="2. Location",
               injured="3. Injuries even if slight", no="no", damage="4. Material damage to vehicles other than A and "
                                                                     "B",
               witness="5. Witnesses: names, addresses, tel.", veh="VEHICLE",
               holder="6. Policyholder/insured (see insurance certificate)", last="Surname", first="First name",
               addr="Address", pc="Postcode", country="Country", contact="Tel. or e-mail",
               vehicle="7. Vehicle – make, model", plate="Registration no.", insurer="8. Insurance company",
               policy="Policy no.", green="Green card no.", agency="Agency (or office, or broker)",
               driver="9. Driver (see driving licence)", dob="Date of birth", lic="Driving licence no.",
               cat="Category", valid="valid until", remarks="14. My remarks"),
}

AGENCY_WORDS = {"de": ["Versicherungsbüro", "Generalagentur", "Agentur"], "fr": ["Cabinet", "Agence"],
                "it": ["Agenzia", "Studio assicurativo"], "en": ["Brokers", "Insurance Services"]}


def _acc_party(x: Ctx) -> dict:
    holder = x.person(age=(24, 82))
    roll = x.r()
    if roll < 0.55:
        driver = holder
    elif roll < 0.8:
        driver = x.child(holder, age=(18, 30))
    else:
        driver = x.person(age=(19, 75))
    home = x.addr()
    d = dict(holder=holder, driver=driver, home=home, phone=x.phone(), email=x.email(holder),
             car=x.c(CARS), plate=plate(x), insurer=x.c(INSURERS[x.region]), policy=policy_no(x),
             green=f"{x.region}/{x.ri(10, 999)}/{x.ri(1000000, 9999999)}", lic=licence_no(x),
             driver_home=home if driver.last == holder.last and x.r() < 0.7 else x.addr(),
             driver_phone=x.phone() if driver is not holder else None,
             driver_email=x.email(driver) if driver is not holder and x.r() < 0.5 else None)
    if x.r() < 0.45:
        agent = x.person(local=True)
        word = x.c(AGENCY_WORDS[x.lang])
        d["agency"] = (f"{word} {agent.last}" if x.lang != "en" else f"{agent.last} {word}", x.phone("land"),
                       x.addr() if x.r() < 0.5 else None)
    return d


def _acc_location(x: Ctx) -> str:
    s1, s2 = x.sample(STREETS[x.rkey] if x.rkey in STREETS else STREETS["GB"], 2)
    town = x.addr().town
    k = x.r()
    if k < 0.35:
        return x.L(de=f"Kreuzung {s1} / {s2}, {town}", fr=f"carrefour {s1} / {s2}, {town}",
                   it=f"incrocio tra {s1} e {s2}, {town}", en=f"junction of {s1} and {s2}, {town}")
    if k < 0.65:
        a = x.addr()
        return x.L(de="vor dem Haus ", fr="à hauteur de l'adresse ", it="all'altezza di ", en="outside ") + A(a.one)
    if k < 0.85:
        return x.L(de=f"A {x.ri(1, 99)}, km {x.ri(1, 300)},{x.ri(1, 9)}, Fahrtrichtung {town}",
                   fr=f"A{x.ri(1, 89)}, PR {x.ri(1, 300)}+{x.ri(100, 900)}, sens {town}",
                   it=f"A{x.ri(1, 30)}, km {x.ri(1, 500)}+{x.ri(100, 900)}, direzione {town}",
                   en=f"{x.c(['M', 'A', 'N', 'I-', 'SH '])}{x.ri(1, 95)}, near exit {x.ri(2, 40)}, towards {town}")
    return x.L(de=f"Parkplatz Supermarkt, {s1}, {town}", fr=f"parking du supermarché, {s1}, {town}",
               it=f"parcheggio del supermercato, {s1}, {town}", en=f"supermarket car park, {s1}, {town}")


def _acc_block(x: Ctx, lb: dict, side: str, d: dict, caps: bool = False) -> list[str]:
    h, dr = d["holder"], d["driver"]
    out = [f"{lb['veh']} {side}", lb["holder"]]
    out.append("   " + kv(lb["last"], P(h.last)))
    out.append("   " + kv(lb["first"], P(h.first)))
    if x.r() < 0.5:
        out.append("   " + kv(lb["addr"], A(d["home"].line1)))
        out.append("   " + kv(lb["pc"], d["home"].postcode) + "   " + kv(lb["country"], x.cname(d["home"].country)))
    else:
        out.append("   " + kv(lb["addr"], A(d["home"].one)))
        out.append("   " + kv(lb["country"], x.cname(d["home"].country)))
    contact = T(d["phone"]) if x.r() < 0.5 else f"{T(d['phone'])} / {E(d['email'])}"
    out.append("   " + kv(lb["contact"], contact))
    out.append(kv(lb["vehicle"], d["car"]) + "   " + kv(lb["plate"], d["plate"]))
    out.append(lb["insurer"] + ": " + d["insurer"])
    out.append("   " + kv(lb["policy"], d["policy"]))
    if x.r() < 0.5:
        out.append("   " + kv(lb["green"], d["green"]))
    if "agency" in d:
        name, ph, ad = d["agency"]
        line = "   " + kv(lb["agency"], name) + ", " + (A(ad.one) + ", " if ad else "") + T(ph)
        out.append(line)
    out.append(lb["driver"])
    out.append("   " + kv(lb["last"], P(dr.last)) + "   " + kv(lb["first"], P(dr.first)))
    out.append("   " + kv(lb["dob"], D(x.dob(dr))))
    if dr is not h:
        out.append("   " + kv(lb["addr"], A(d["driver_home"].one)))
        c = T(d["driver_phone"]) + (f" / {E(d['driver_email'])}" if d["driver_email"] else "")
        out.append("   " + kv(lb["contact"], c))
    out.append("   " + kv(lb["lic"], d["lic"]) + "   " + kv(lb["cat"], "B") + "   "
               + kv(lb["valid"], str(REF.year + x.ri(1, 12))))
    return out


def g_accident(x: Ctx) -> str:
    lb = ACC_LBL[x.lang]
    a, b = _acc_party(x), _acc_party(x)
    wit = x.person(age=(18, 85)) if x.r() < 0.75 else None
    wit_a, wit_p = x.addr(), x.phone()
    when = x.pdate(-20, -1)
    hhmm = f"{x.ri(6, 22):02d}:{x.ri(0, 59):02d}"
    loc = _acc_location(x)
    v = x.i % 4
    us_style = x.lang == "en" and x.region in ("US", "CA", "AU", "NZ")
    if us_style and v in (0, 3):
        return _acc_exchange(x, a, b, wit, wit_a, wit_p, when, hhmm, loc)
    if v in (0, 3):
        lines = [lb["title"], "", kv(lb["date"], when) + "   " + kv(lb["time"], hhmm), kv(lb["place"], loc),
                 kv(lb["injured"], lb["no"]), kv(lb["damage"], lb["no"])]
        if wit:
            lines.append(kv(lb["witness"], f"{P(wit.full)}, {A(wit_a.one)}, {T(wit_p)}"))
        else:
            lines.append(kv(lb["witness"], "–"))
        lines.append("")
        lines += _acc_block(x, lb, "A", a)
        lines.append("")
        lines += _acc_block(x, lb, "B", b)
        lines.append("")
        lines.append(kv(lb["remarks"], x.L(
            de="B ist beim Abbiegen nach links mit meinem Heck zusammengestoßen. Fotos vorhanden.",
            fr="B a heurté l'arrière de mon véhicule en tournant à gauche. Photos disponibles.",
            it="B ha urtato la parte posteriore del mio veicolo svoltando a sinistra. Ho le foto.",
            en="B hit the rear of my car while turning left. Photos taken.")))
        body = "\n".join(lines)
        if v == 3:
            body = ocr_noise(x, body.upper(), 0.05)
            req = x.L(de="Das ist der OCR-Text von unserem handschriftlichen Unfallbericht (Durchschlag, schlecht "
                         "lesbar). "
                         "Bitte bring ihn in eine saubere Form und sag mir, ob Angaben fehlen.",
                      fr="Voici le texte OCR de notre constat rempli à la main (le double, peu lisible). "
                         "Peux-tu le remettre au propre et me dire s'il manque des informations ?",
                      it="Questo è il testo OCR della nostra constatazione amichevole compilata a mano (la copia, "
                         "poco leggibile). Puoi sistemarlo e dirmi se manca qualcosa?",
                      en="This is the OCR text of the accident statement we filled in by hand at the scene (the carbon "
                         "copy, hard to read). Please tidy it up and tell me if anything is missing.")
        else:
            req = x.L(de="Ich hatte einen kleinen Unfall. Hier die Angaben aus dem Unfallbericht. Schreib mir bitte "
                         "daraus eine Schadenmeldung an meine Versicherung (ich bin Fahrzeug A).",
                      fr="J'ai eu un petit accrochage. Voici ce que nous avons mis sur le constat. Rédige-moi une "
                         "déclaration de sinistre pour mon assureur (je suis le véhicule A).",
                      it="Ho avuto un piccolo incidente. Ecco i dati del CAI. Mi scrivi la denuncia di sinistro per "
                         "la mia assicurazione? (Io sono il veicolo A.)",
                      en="I had a minor collision. Here is what we wrote on the accident statement. Please draft the "
                         "claim notification for my insurer (I'm vehicle A).")
        return wrap(x, req, body)
    if v == 1:
        return _acc_table(x, a, b, wit, wit_a, wit_p, when, hhmm, loc)
    return _acc_mail(x, a, b, wit, wit_a, wit_p, when, hhmm, loc)


def _acc_exchange(x, a, b, wit, wit_a, wit_p, when, hhmm, loc) -> str:
    dl = {"US": "Driver's license #", "CA": "Driver's licence #", "AU": "Licence no.", "NZ": "Licence no."}[x.region]
    lines = [f"Accident {when} approx {hhmm}", f"Where: {loc}", "", "MY DETAILS"]

    def side(d: dict, mine: bool) -> list[str]:
        h, dr = d["holder"], d["driver"]
        o = [f"Owner: {P(h.full)}", f"Address: {A(d['home'].one)}", f"Phone: {T(d['phone'])}"]
        if not mine or x.r() < 0.5:
            o.append(f"Email: {E(d['email'])}")
        if dr is not h:
            o.append(f"Driver: {P(dr.full)} (DOB {D(x.dob(dr))}), {A(d['driver_home'].one)}, {T(d['driver_phone'])}")
        else:
            o.append(f"DOB: {D(x.dob(h))}")
        o += [f"{dl}: {d['lic']}", f"Vehicle: {d['car']}, plate {d['plate']}",
              f"Insurer: {d['insurer']}, policy {d['policy']}"]
        return o
    lines += side(a, True)
    lines += ["", "OTHER DRIVER"] + side(b, False)
    if wit:
        lines += ["", f"Witness: {P(wit.full)}, {T(wit_p)} (lives at {A(wit_a.one)})"]
    lines += ["", f"Police attended, report no. {x.c(['P', 'R', 'E'])}{x.ri(10000000, 99999999)}" if x.r() < 0.5 else
              "No police attended."]
    req = x.c(["I wrote these notes on my phone after a fender bender. Can you turn them into a clear statement for my "
               "insurance claim?", "Please organise these accident notes into a table (me vs. other driver) so I can "
               "file the claim online."])
    return wrap(x, req, "\n".join(lines))


def _acc_table(x, a, b, wit, wit_a, wit_p, when, hhmm, loc) -> str:
    H = x.L(de=["", "Fahrzeug A (ich)", "Fahrzeug B"], fr=["", "Véhicule A (moi)", "Véhicule B"],
            it=["", "Veicolo A (io)", "Veicolo B"], en=["", "Vehicle A (me)", "Vehicle B"])
    R = x.L(de=["Versicherungsnehmer", "Anschrift", "Telefon", "E-Mail", "Fahrer/in", "Geb.-Datum Fahrer/in",
                "Kennzeichen", "Versicherung / Nr."],
            fr=["Assuré", "Adresse", "Téléphone", "E-mail", "Conducteur", "Date de naissance conducteur",
                "Immatriculation", "Assureur / n° contrat"],
            it=["Contraente", "Indirizzo", "Telefono", "E-mail", "Conducente", "Data di nascita conducente", "Targa",
                "Assicurazione / n. polizza"],
            en=["Policyholder", "Address", "Phone", "Email", "Driver", "Driver's date of birth", "Registration",
                "Insurer / policy no."])
    name_style = x.c(["full", "LF", "lf"])
    rows = []
    cols = []
    for d in (a, b):
        cols.append([P(x.nm(d["holder"], name_style)), A(d["home"].one), T(d["phone"]),
                     E(d["email"]) if x.r() < 0.75 else "–", P(x.nm(d["driver"], "full", "fl")),
                     D(x.dob(d["driver"])), d["plate"], f"{d['insurer']} / {d['policy']}"])
    for i, label in enumerate(R):
        rows.append([label, cols[0][i], cols[1][i]])
    body = md_table(H, rows)
    head = x.L(de=f"Unfall am {when}, {hhmm} Uhr – {loc}", fr=f"Accident du {when} à {hhmm} – {loc}",
               it=f"Incidente del {when}, ore {hhmm} – {loc}", en=f"Accident on {when}, {hhmm} – {loc}")
    extra = ""
    if wit:
        extra = "\n\n" + x.L(de="Zeuge/Zeugin: ", fr="Témoin : ", it="Testimone: ", en="Witness: ") + \
            f"{P(wit.full)}, {A(wit_a.line1)}, {A(wit_a.line2)} – {T(wit_p)}"
    req = x.L(de="Kannst du aus dieser Tabelle den Text für die Online-Schadenmeldung machen? Kurz und sachlich.",
              fr="Peux-tu transformer ce tableau en texte pour la déclaration de sinistre en ligne ? Court et factuel.",
              it="Puoi trasformare questa tabella nel testo per la denuncia online? Breve e oggettivo.",
              en="Can you turn this table into the text for the online claim form? Short and factual.")
    return wrap(x, req, head + "\n\n" + body + extra)


def _acc_mail(x, a, b, wit, wit_a, wit_p, when, hhmm, loc) -> str:
    h, dr = a["holder"], a["driver"]
    o = b["holder"]
    iban = x.iban() if x.region not in ("US", "CA", "AU", "NZ") else None
    rel = ""
    if dr is not h:
        rel = x.L(de=f", gefahren von {P(dr.full)} (geb. {D(x.dob(dr))}),",
                  fr=f", conduit par {P(dr.full)} ({x.born(dr)} {D(x.dob(dr))}),",
                  it=f", guidato da {P(dr.full)} ({x.born(dr)} {D(x.dob(dr))}),",
                  en=f", driven by {P(dr.full)} (born {D(x.dob(dr))}),")
    other = x.L(
        de=f"Unfallgegner: {x.sal(o)} {P(o.full)}, wohnhaft {A(b['home'].one)}, Tel. {T(b['phone'])}, "
           f"Kennzeichen {b['plate']}, versichert bei {b['insurer']} (Vers.-Nr. {b['policy']}).",
        fr=f"Partie adverse : {x.sal(o)} {P(o.full)}, demeurant {A(b['home'].one)}, tél. {T(b['phone'])}, "
           f"immatriculation {b['plate']}, assuré(e) chez {b['insurer']} (contrat n° {b['policy']}).",
        it=f"Controparte: {x.sal(o)} {P(o.full)}, residente in {A(b['home'].one)}, tel. {T(b['phone'])}, "
           f"targa {b['plate']}, assicurato/a con {b['insurer']} (polizza n. {b['policy']}).",
        en=f"Other party: {x.sal(o)} {P(o.full)}, of {A(b['home'].one)}, tel. {T(b['phone'])}, registration "
           f"{b['plate']}, insured with {b['insurer']} (policy no. {b['policy']}).")
    if b["driver"] is not o:
        bd = b["driver"]
        other += " " + x.L(de=f"Gefahren hat {P(bd.full)}, geb. {D(x.dob(bd))}.",
                           fr=f"Le conducteur était {P(bd.full)}, {x.born(bd)} {D(x.dob(bd))}.",
                           it=f"Alla guida c'era {P(bd.full)}, {x.born(bd)} {D(x.dob(bd))}.",
                           en=f"The driver was {P(bd.full)}, date of birth {D(x.dob(bd))}.")
    wl = ""
    if wit:
        wl = x.L(de=f"Zeuge: {P(wit.full)}, {A(wit_a.one)}, Tel. {T(wit_p)}.",
                 fr=f"Témoin : {P(wit.full)}, {A(wit_a.one)}, tél. {T(wit_p)}.",
                 it=f"Testimone: {P(wit.full)}, {A(wit_a.one)}, tel. {T(wit_p)}.",
                 en=f"Witness: {P(wit.full)}, {A(wit_a.one)}, tel. {T(wit_p)}.")
    garage = x.c(x.L(de=["Autohaus Brenner", "Karosserie Demir", "Autohaus Seitz & Söhne"],
                     fr=["Garage du Centre", "Carrosserie Lefranc", "Garage Renault Dupuis"],
                     it=["Carrozzeria Ferrari", "Autofficina Rossi", "Carrozzeria Da Mario"],
                     en=["Kwik Fit", "Midas", "Murphy's Body Shop", "Arnold Clark"]))
    pay = ""
    if iban:
        pay = x.L(de=f"Bitte überweisen Sie die Reparaturkosten auf mein Konto: IBAN {I(iban)} (Kontoinhaber: "
                     f"{P(h.full)}).",
                  fr=f"Merci de verser l'indemnité sur mon compte : IBAN {I(iban)} (titulaire : {P(h.full)}).",
                  it=f"Vi prego di accreditare il risarcimento sul mio conto: IBAN {I(iban)} (intestato a "
                     f"{P(h.full)}).",
                  en=f"Please pay the settlement into my account, IBAN {I(iban)} (account holder {P(h.full)}).")
    sal = x.L(de="Sehr geehrte Damen und Herren,", fr="Madame, Monsieur,", it="Gentili Signori,",
              en="Dear Sir or Madam,")
    p1 = x.L(de=f"am {when} gegen {hhmm} Uhr wurde mein Fahrzeug ({a['car']}, {a['plate']}){rel} an folgender Stelle "
                f"beschädigt: {loc}.",
             fr=f"le {when} vers {hhmm}, mon véhicule ({a['car']}, {a['plate']}){rel} a été endommagé à l'endroit "
                f"suivant : {loc}.",
             it=f"il {when} verso le {hhmm} il mio veicolo ({a['car']}, {a['plate']}){rel} è stato danneggiato "
                f"in questo luogo: {loc}.",
             en=f"on {when} at about {hhmm} my car ({a['car']}, {a['plate']}){rel} was damaged at the following "
                f"location: {loc}.")
    p3 = x.L(de=f"Das Fahrzeug steht zur Besichtigung bei {garage}.", fr=f"Le véhicule est visible chez {garage}.",
             it=f"Il veicolo è visionabile presso {garage}.", en=f"The car can be inspected at {garage}.")
    subj = x.L(de=f"Betreff: Schadenmeldung Vers.-Nr. {a['policy']}",
               fr=f"Objet : déclaration de sinistre – contrat n° {a['policy']}",
               it=f"Oggetto: denuncia di sinistro – polizza n. {a['policy']}",
               en=f"Subject: Claim notification – policy no. {a['policy']}")
    sig = [signoff(x), "", P(h.full), A(a["home"].line1), A(a["home"].line2),
           x.L(de="Tel. ", fr="Tél. ", it="Tel. ", en="Tel. ") + T(a["phone"])]
    if x.r() < 0.6:
        sig.append(E(a["email"]))
    body = "\n".join([subj, "", sal, "", p1, "", other, wl, "", p3 + (" " + pay if pay else ""), "", *sig])
    req = x.L(de="Bitte lies meine Mail an die Versicherung gegen und formuliere sie etwas sachlicher:",
              fr="Peux-tu relire mon mail à l'assurance et le rendre un peu plus factuel ?",
              it="Mi correggi questa mail all'assicurazione e la rendi un po' più formale?",
              en="Could you proofread my email to the insurer and make it a bit more formal?")
    return wrap(x, req, body)


# ====================================================================================================================
# 2. driverid - traffic-fine driver identification: Zeugenfragebogen / Lenkerauskunft / Halterbefragung,
#    désignation du conducteur, comunicazione dati del conducente (art. 126-bis), s.172 notices, nomination of the
#    driver, affidavits of non-liability; letters, filled forms, fleet managers' mails, portal JSON
# ====================================================================================================================
AUTHORITIES = {
    "DE": ["Zentrale Bußgeldstelle im Bayerischen Polizeiverwaltungsamt", "Stadt Köln – Bußgeldstelle",
           "Landkreis Göttingen – Bußgeldstelle", "Zentrale Bußgeldstelle Gotha"],
    "AT": ["Landespolizeidirektion Wien – Strafamt", "Bezirkshauptmannschaft Mödling", "Magistrat Graz – Strafamt"],
    "CH": {"de": ["Kantonspolizei Zürich – Bussenzentrale", "Stadtrichteramt Zürich", "Kantonspolizei Bern – "
                                                                                      "Ordnungsbussen"],
           "fr": ["Police cantonale vaudoise – Bureau des amendes d'ordre", "Service des contraventions de Genève"],
           "it": ["Polizia cantonale – Ufficio delle contravvenzioni", "Polizia Città di Lugano – Contravvenzioni"]},
    "FR": ["Agence nationale de traitement automatisé des infractions (ANTAI)", "Centre national de traitement"],
    "BE": ["SPF Justice – Service Perception immédiate", "Parquet de police – Service des amendes"],
    "LU": ["Centre de Constatation et de Sanctions Automatisées", "Police grand-ducale – Avertissements taxés"],
    "IT": ["Polizia Locale di Milano – Ufficio Verbali", "Comando Polizia Municipale di Roma Capitale",
           "Polizia Locale – Comune di Bologna"],
    "GB": ["Central Ticket Office – West Yorkshire Police", "Safety Camera Partnership – Central Ticket Office"],
    "IE": ["An Garda Síochána – Fixed Charge Processing Office"],
    "US": ["City of Chicago – Department of Finance, Automated Enforcement", "Red Light Camera Program"],
    "CA": ["City of Toronto – Automated Speed Enforcement", "Joint Processing Centre"],
    "AU": ["Fines Victoria", "Revenue NSW – Fines"],
    "NZ": ["New Zealand Police – Police Infringement Bureau"],
}
OFFENCES = {
    "de": ["Sie überschritten die zulässige Höchstgeschwindigkeit außerhalb geschlossener Ortschaften um {n} km/h.",
           "Sie missachteten das Rotlicht der Lichtzeichenanlage; die Rotphase dauerte bereits länger als 1 Sekunde.",
           "Sie überschritten die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um {n} km/h."],
    "fr": ["Excès de vitesse inférieur à 20 km/h ({n} km/h retenus) par un véhicule dont la vitesse maximale autorisée "
           "est supérieure à 50 km/h.", "Franchissement par un véhicule d'un feu de signalisation rouge fixe.",
           "Excès de vitesse de {n} km/h en agglomération."],
    "it": ["Superamento dei limiti di velocità di oltre 10 km/h e non oltre 40 km/h (art. 142 c. 8 CdS), "
           "velocità rilevata {n} km/h oltre il limite.", "Transito con semaforo rosso (art. 146 c. 3 CdS).",
           "Accesso non autorizzato in ZTL (art. 7 c. 9 e 14 CdS)."],
    "en": ["Exceeding the speed limit: {n} mph over the limit on a restricted road.",
           "Failing to stop at a red traffic signal.", "Speeding: {n} km/h over the posted limit."],
}


def _uk_licence(p: Person) -> str:
    last = (slug(p.last) + "99999")[:5].upper()
    d = p.dob or REF
    m = d.month + (50 if p.gender == "f" else 0)
    return f"{last}{str(d.year)[2]}{m:02d}{d.day:02d}{str(d.year)[3]}{(slug(p.first) + '9')[:1].upper()}9" \
           f"{'ABCDEFGHJK'[d.day % 10]}{'LMNPRSTUVW'[d.month % 10]}"


def g_driverid(x: Ctx) -> str:
    auths = AUTHORITIES[x.region]
    auth = x.c(auths[x.lang] if isinstance(auths, dict) else auths)
    office = x.pobox() if x.r() < 0.5 else x.addr()
    clerk = x.person(local=True)
    pre = x.L(de=["VB", "OWi", "V", "ST"], fr=["AV", "PV", "N°"], it=["V", "PL", "R.G."], en=["PCN", "FCN", "NIP"])
    case = x.c([f"{x.ri(100, 999)}.{x.ri(10000, 99999)}.{x.ri(1, 9)}", f"{x.ri(10, 99)}-{x.ri(1000000, 9999999)}",
                f"{x.c(pre)} {x.ri(1000, 99999)}/{REF.year % 100}"])
    company = x.company() if x.r() < 0.5 else None
    holder = x.person(age=(28, 75))
    driver = x.person(age=(19, 70)) if x.r() < 0.6 else x.person(like=holder, age=(18, 45))
    home_h, home_d = x.addr(), x.addr()
    pl = plate(x)
    when = f"{x.pdate(-50, -15)}, {x.ri(6, 22):02d}:{x.ri(0, 59):02d}"
    offence = x.c(OFFENCES[x.lang]).format(n=x.ri(11, 29))
    fine = x.c(["30,00", "50,00", "70,00", "100,00", "120,00", "135", "90", "200,00"])
    v = x.i % 4
    if x.lang == "en":
        return _driverid_en(x, auth, office, clerk, case, company, holder, driver, home_h, home_d, pl, when, offence, v)
    L = x.L(
        de=dict(case="Aktenzeichen", plate="Kennzeichen", when="Tatzeit", where="Tatort", clerk="Sachbearbeiter/in",
                tel="Telefon", hotline="Servicetelefon", title=x.c(["Zeugenfragebogen", "Anhörung im Bußgeldverfahren"])
                if x.region == "DE" else ("Aufforderung zur Lenkerauskunft (§ 103 Abs. 2 KFG)" if x.region == "AT"
                                          else "Halterbefragung – Bekanntgabe der fahrzeugführenden Person"),
                drv="Angaben zur Person des Fahrers / der Fahrerin", last="Name", first="Vorname",
                birthname="Geburtsname", dob="Geburtsdatum", pob="Geburtsort", street="Straße, Hausnummer",
                town="PLZ, Wohnort", lic="Führerschein-Nr.", email="E-Mail (freiwillig)", pay="Bankverbindung",
                amount="Verwarnungsgeld"),
        fr=dict(case="N° d'avis", plate="Immatriculation", when="Date et heure", where="Lieu", clerk="Dossier suivi "
                                                                                                     "par",
                tel="Tél.", hotline="Centre d'appel", title="Formulaire de requête en exonération – désignation du "
                "conducteur", drv="Identité du conducteur désigné", last="Nom", first="Prénom(s)",
                birthname="Nom de naissance", dob="Date de naissance", pob="Lieu de naissance", street="Adresse",
                town="Code postal et commune", lic="N° du permis de conduire", email="Courriel", pay="Coordonnées "
                                                                                                     "bancaires",
                amount="Montant de l'amende forfaitaire"),
        it=dict(case="Verbale n.", plate="Targa", when="Data e ora", where="Luogo", clerk="Responsabile del "
                                                                                          "procedimento",
                tel="Tel.", hotline="Numero verde", title="Comunicazione dei dati del conducente (art. 126-bis CdS)",
                drv="Dati del conducente", last="Cognome", first="Nome", birthname="Cognome da nubile",
                dob="Data di nascita", pob="Luogo di nascita", street="Via/Piazza e n. civico", town="CAP e Comune",
                lic="Patente n.", email="E-mail", pay="Estremi per il pagamento", amount="Importo"),
    )
    place = f"{x.c(STREETS[x.rkey])}, {x.addr().town}" if x.r() < 0.6 else x.L(
        de=f"A {x.ri(1, 99)}, km {x.ri(1, 250)},{x.ri(0, 9)}", fr=f"A{x.ri(1, 89)} PR {x.ri(1, 300)}",
        it=f"A{x.ri(1, 30)} km {x.ri(1, 400)}")
    head = [auth, A(office.line1), A(office.line2), f"{L['tel']}: {T(x.phone('land'))}   "
            f"{L['hotline']}: {x.hotline()}", f"{L['clerk']}: {P(x.nm(clerk, 'full', 'il', 'last'))}", ""]
    rcpt_name = company if company else P(holder.full)
    rcpt = [rcpt_name] + ([x.L(de="z. Hd. ", fr="à l'attention de ", it="alla c.a. di ") + P(holder.full)]
                          if company else []) + [A(home_h.line1), A(home_h.line2)]
    facts = [f"{L['case']}: {case}", f"{L['plate']}: {pl}", f"{L['when']}: {when}", f"{L['where']}: {place}",
             offence, f"{L['amount']}: {fine} {'CHF' if x.region == 'CH' else 'EUR'}"]
    fem_maiden = driver.gender == "f" and x.r() < 0.4
    maiden = x.person(g="f", like=None, local=driver.local).last if fem_maiden else None
    form = [L["drv"], kv(L["last"], P(driver.last), 26), kv(L["first"], P(driver.first), 26)]
    if maiden:
        form.append(kv(L["birthname"], P(maiden), 26))
    form += [kv(L["dob"], D(x.dob(driver)), 26), kv(L["pob"], x.addr().town, 26)]
    if x.r() < 0.5:
        form += [kv(L["street"], A(home_d.line1), 26), kv(L["town"], A(home_d.line2), 26)]
    else:
        pcl = x.L(de="PLZ", fr="Code postal", it="CAP")
        tl = x.L(de="Wohnort", fr="Commune", it="Comune")
        form += [kv(L["street"].split(",")[0].split(" e ")[0], A(home_d.line1), 26), kv(pcl, home_d.postcode, 26),
                 kv(tl, home_d.town, 26)]
    form.append(kv(L["lic"], licence_no(x), 26))
    if x.r() < 0.5:
        form.append(kv(L["email"], E(x.email(driver)), 26))
    pay = []
    if x.region in ("DE", "AT", "CH", "BE", "LU", "IT") and x.r() < 0.7:
        payee = x.L(de=x.c(["Landeshauptkasse", "Stadtkasse", "Kantonale Finanzverwaltung"]),
                    fr=x.c(["SPF Justice", "Trésorerie de l'État", "Administration de l'enregistrement"]),
                    it=x.c(["Comune – Servizio Tesoreria", "Tesoreria comunale"]))
        ref = x.L(de=f"Kassenzeichen {x.ri(1000, 9999)}.{x.ri(1000, 9999)}.{x.ri(1000, 9999)}",
                  fr=f"communication structurée +++{x.ri(100, 999)}/{x.ri(1000, 9999)}/{x.ri(10000, 99999)}+++",
                  it=f"causale: verbale {case}")
        bic = {"DE": "BYLADEM1001", "AT": "BAWAATWW", "CH": "POFICHBEXXX", "BE": "GEBABEBB", "LU": "BCEELULL",
               "IT": "UNCRITMM"}[x.region]
        pay = [f"{L['pay']}: {payee}, IBAN {I(x.iban())}, BIC {bic}, {ref}"]
    if v == 0:
        req = x.L(de="Ich habe diesen Brief wegen meines Firmenwagens bekommen und den Bogen so ausgefüllt. Passt das "
                     "so? "
                     "Und wie formuliere ich den Begleitsatz, dass ich nicht selbst gefahren bin?",
                  fr="J'ai reçu cet avis et j'ai rempli la désignation comme ci-dessous. C'est correct ? Et comment "
                     "formuler la phrase expliquant que je ne conduisais pas ?",
                  it="Ho ricevuto questo verbale e ho compilato la comunicazione così. Va bene? Come scrivo la frase "
                     "in cui spiego che non ero io alla guida?")
        body = "\n".join(head + rcpt + ["", L["title"], ""] + facts + [""] + form + ([""] + pay if pay else []))
        return wrap(x, req, body)
    if v == 1:
        mgr = x.person(local=True)
        driver = x.person(age=(22, 64))
        dom = x.domain_for(company or x.company())
        emp_mail = x.work_email(holder, dom)
        lines = [f"{x.L(de='Von', fr='De', it='Da')}: {P(mgr.fl)} <{E(x.work_email(mgr, dom))}>",
                 f"{x.L(de='An', fr='À', it='A')}: {P(holder.fl)} <{E(emp_mail)}>",
                 f"{x.L(de='Betreff', fr='Objet', it='Oggetto')}: "
                 f"{x.L(de='WG', fr='TR', it='I')}: {L['title']} – {case} ({pl})", "",
                 x.L(de=f"Hallo {P(holder.first)},", fr=f"Bonjour {P(holder.first)},", it=f"Ciao {P(holder.first)},"),
                 "",
                 x.L(de=f"laut Fahrtenbuch hattest du den Wagen am {when.split(',')[0]}. Ich muss den Fahrer bis "
                        f"Freitag melden und habe Folgendes ins Portal eingetragen – bitte kurz prüfen:",
                     fr=f"d'après le carnet de bord, tu avais le véhicule le {when.split(',')[0]}. Je dois désigner le "
                        f"conducteur avant vendredi ; voici ce que j'ai saisi sur le site, merci de vérifier :",
                     it=f"dal registro risulta che il {when.split(',')[0]} l'auto l'avevi tu. Devo comunicare il "
                        f"conducente entro venerdì; ho inserito questi dati sul portale, puoi controllare?"),
                 "", kv(x.L(de="Name, Vorname", fr="Nom, prénom", it="Cognome e nome"), P(holder.lf)),
                 kv(L["dob"], D(x.dob(holder))), kv(x.L(de="Anschrift", fr="Adresse", it="Indirizzo"), A(home_h.one)),
                 kv(L["lic"], licence_no(x)), "", x.L(de="Danke dir!", fr="Merci !", it="Grazie!"), "",
                 P(mgr.fl), x.L(de="Fuhrparkmanagement", fr="Gestion de flotte", it="Gestione flotta aziendale") +
                 f" | {company or x.company()}", A(x.addr().one),
                 f"Tel. {T(x.phone('land'))}" + (f" | Mobil {T(x.phone())}" if x.r() < 0.5 else "")]
        f_ = driver.gender == "f"
        req = x.L(de=f"Ich bin {P(holder.first)}. An dem Tag ist aber {'meine Kollegin' if f_ else 'mein Kollege'} "
                     f"{P(driver.full)} gefahren ({'sie' if f_ else 'er'} hatte den Schlüssel, ich war im Urlaub). "
                     f"Hilf mir bitte, eine freundliche Antwort an {P(mgr.first)} zu schreiben.",
                  fr=f"C'est moi, {P(holder.first)}. Mais ce jour-là c'est {'ma' if f_ else 'mon'} collègue "
                     f"{P(driver.full)} qui conduisait (j'étais en congé). Aide-moi à répondre poliment à "
                     f"{P(mgr.first)}.",
                  it=f"Sono {P(holder.first)}. Quel giorno però guidava {'la mia' if f_ else 'il mio'} collega "
                     f"{P(driver.full)} (io ero in ferie). Mi aiuti a rispondere gentilmente a {P(mgr.first)}?")
        return wrap(x, req, "\n".join(lines))
    if v == 2:
        obj = {"case": case, "plate": pl, "offence_time": when, "holder": {
            "type": "company" if company else "private", "name": company or P(holder.full),
            "contact": P(holder.full), "street": A(home_h.line1), "zip": home_h.postcode, "city": home_h.town,
            "phone": T(x.phone())}, "driver": {
            "last_name": P(driver.last), "first_name": P(driver.first),
            "birth_date": D(x.dob(driver, x.c(["iso", "num"]))), "birth_place": x.addr().town,
            "street": A(home_d.line1), "zip": home_d.postcode, "city": home_d.town, "email": E(x.email(driver)),
            "licence_no": licence_no(x)}, "consent": True}
        err = x.L(de="Fehler 422 – Feld driver.birth_date: ungültiges Format", fr="Erreur 422 – champ "
                                                                                  "driver.birth_date : "
                  "format invalide", it="Errore 422 – campo driver.birth_date: formato non valido")
        req = x.L(de="Das Online-Portal der Bußgeldstelle lehnt meine Fahrerbenennung ab. Das hier wird laut "
                     "Entwicklertools gesendet, und das kommt zurück. Was ist falsch?",
                  fr="Le portail refuse ma désignation de conducteur. Voici ce qui est envoyé (outils de "
                     "développement) "
                     "et la réponse. Qu'est-ce qui ne va pas ?",
                  it="Il portale rifiuta la mia comunicazione del conducente. Questo è il payload inviato (strumenti "
                     "per sviluppatori) e la risposta. Cosa c'è che non va?")
        return wrap(x, req, f"POST /api/v1/designation\n{jdump(obj, x.c([2, 2, None]))}\n\n{err}")
    rel = x.L(de=x.c(["mein Schwager", "meine Nachbarin" if driver.gender == "f" else "mein Nachbar",
                      "eine Bekannte" if driver.gender == "f" else "ein Bekannter"]),
              fr=x.c(["mon beau-frère" if driver.gender == "m" else "ma belle-sœur", "un ami" if driver.gender == "m"
                      else "une amie"]),
              it=x.c(["mio cognato" if driver.gender == "m" else "mia cognata", "un amico" if driver.gender == "m"
                      else "un'amica"]))
    letter = x.L(
        de=f"Sehr geehrte Damen und Herren,\n\nzum Aktenzeichen {case} teile ich mit, dass ich das Fahrzeug {pl} zur "
           f"Tatzeit nicht selbst geführt habe. Gefahren ist {rel} {P(driver.full)}, geboren am {D(x.dob(driver))}, "
           f"wohnhaft {A(home_d.one)}.\n\n{signoff(x)}\n\n{P(holder.full)}\n{A(home_h.line1)}\n{A(home_h.line2)}",
        fr=f"Madame, Monsieur,\n\nConcernant l'avis n° {case}, je vous informe que je ne conduisais pas le véhicule "
           f"{pl} "
           f"au moment des faits. Le conducteur était {rel}, {P(driver.full)}, {x.born(driver)} {D(x.dob(driver))}, "
           f"demeurant {A(home_d.one)}.\n\n{signoff(x)}\n\n{P(holder.full)}\n{A(home_h.line1)}\n{A(home_h.line2)}",
        it=f"Spett.le Comando,\n\ncon riferimento al verbale n. {case} comunico che alla guida del veicolo targato "
           f"{pl} "
           f"non c'ero io, bensì {rel} {P(driver.full)}, {x.born(driver)} {D(x.dob(driver))}, residente in "
           f"{A(home_d.one)}.\n\n{signoff(x)}\n\n{P(holder.full)}\n{A(home_h.line1)}\n{A(home_h.line2)}")
    req = x.L(de="Kannst du meinen Antwortbrief an die Bußgeldstelle etwas förmlicher machen?",
              fr="Peux-tu rendre ma réponse un peu plus formelle ?",
              it="Puoi rendere la mia risposta al comando un po' più formale?")
    return wrap(x, req, "\n".join(facts) + "\n\n" + letter)


def _driverid_en(x, auth, office, clerk, case, company, holder, driver, home_h, home_d, pl, when, offence, v) -> str:
    rg = x.region
    head = [auth, A(office.line1), A(office.line2), f"Tel: {T(x.phone('land'))}   Enquiries line: {x.hotline()}", ""]
    rcpt = ([company, f"FAO {P(holder.full)}"] if company else [P(holder.full)]) + [A(home_h.line1), A(home_h.line2)]
    if rg == "GB":
        title = "NOTICE OF INTENDED PROSECUTION – REQUIREMENT TO PROVIDE DRIVER DETAILS (s.172 Road Traffic Act 1988)"
    elif rg == "IE":
        title = "FIXED CHARGE NOTICE – NOMINATION OF DRIVER"
    elif rg == "US":
        title = "NOTICE OF VIOLATION – AFFIDAVIT OF NON-LIABILITY / DRIVER IDENTIFICATION"
    elif rg == "CA":
        title = "NOTICE OF OFFENCE – AUTOMATED ENFORCEMENT – DRIVER IDENTIFICATION"
    else:
        title = "INFRINGEMENT NOTICE – NOMINATION STATEMENT"
    facts = [f"Notice no.: {case}", f"Vehicle: {pl}", f"Date/time: {when}",
             f"Location: {x.c(STREETS[rg])}, {x.addr().town}", offence]
    lic = _uk_licence(driver) if rg == "GB" else licence_no(x)
    form = ["DRIVER DETAILS", kv("Surname", P(driver.last), 18), kv("Forename(s)", P(driver.first), 18),
            kv("Date of birth", D(x.dob(driver)), 18)]
    if rg in ("GB", "IE") and x.r() < 0.6:
        form += [kv("Address", A(home_d.line1 + ", " + home_d.town), 18), kv("Postcode", home_d.postcode, 18)]
    else:
        form += [kv("Address", A(home_d.line1), 18), kv("Town/State/Code", A(home_d.line2), 18)]
    form += [kv("Licence number", lic, 18)]
    if rg == "US":
        form[-1] = kv("Driver license no.", lic, 18) + f"  State: {home_d.line2.split(',')[-1].split()[0]}"
    if x.r() < 0.5:
        form.append(kv("Phone", T(x.phone()), 18))
    if v in (0, 2):
        req = x.c(["I got this for a car I'd lent to a friend. I've filled in the driver details below – is this "
                   "right, "
                   "and what do I write in the declaration box?",
                   "Our company car got flagged. Here's the notice and what I've filled in for the driver. Can you "
                   "check it and draft the cover note?"])
        body = "\n".join(head + rcpt + ["", title, ""] + facts + [""] + form)
        return wrap(x, req, body)
    if v == 1:
        mgr = x.person(local=True)
        dom = x.domain_for(company or x.company())
        lines = [f"From: {P(mgr.fl)} <{E(x.work_email(mgr, dom))}>", f"To: {P(holder.fl)} "
                                                                     f"<{E(x.work_email(holder, dom))}>",
                 f"Subject: FW: {title.split(' – ')[0].title()} {case} ({pl})", "", f"Hi {P(holder.first)},", "",
                 f"The logbook says you had the pool car on {when.split(',')[0]}. I need to nominate the driver by "
                 f"Friday – this is what I've entered on the portal, can you confirm?", "",
                 kv("Name", P(holder.LcF)), kv("DOB", D(x.dob(holder))), kv("Home address", A(home_h.one)),
                 kv("Licence", _uk_licence(holder) if rg == "GB" else licence_no(x)), "", "Thanks,", P(mgr.first), "",
                 f"{P(mgr.fl)} | Fleet Coordinator", A(x.addr().one), f"T: {T(x.phone('land'))} ext. {x.ri(100, 999)}"]
        req = (f"I'm {P(holder.first)}. I wasn't driving that day – {P(driver.full)} from sales had the keys. "
               f"Help me reply to {P(mgr.first)} politely.")
        return wrap(x, req, "\n".join(lines))
    letter = (f"Dear Sir/Madam,\n\nRe: notice {case}, vehicle {pl}. I was not driving the vehicle at the time of the "
              f"alleged offence. The driver was {P(driver.full)}, date of birth {D(x.dob(driver))}, of "
              f"{A(home_d.one)}.\n\n{signoff(x)}\n\n{P(holder.full)}\n{A(home_h.line1)}\n{A(home_h.line2)}\n"
              f"{E(x.email(holder))}")
    return wrap(x, "Can you make my reply to the ticket office sound more formal?", "\n".join(facts) + "\n\n" + letter)


# ====================================================================================================================
# 3. visitorlog - visitor logs: visitor-management CSV exports, care-home and ward visitor books (fixed-width,
#    Markdown), secure-site access pre-registrations (YAML, JSON), reception mails, XML exports
# ====================================================================================================================
ROOMS = ["Einstein", "Curie", "Lovelace", "Humboldt", "Turing", "Goethe", "Montessori", "Volta", "Marie Curie",
         "Hopper", "Galilei", "Pasteur", "Brunel", "Hypatia"]


def _visitors(x: Ctx, n: int, hosts: list[Person]) -> list[dict]:
    out = []
    for _ in range(n):
        p = x.person(age=(20, 70))
        comp = x.company() if x.r() < 0.75 else None
        dom = x.domain_for(comp) if comp else None
        t_in = x.ri(7 * 60, 16 * 60)
        t_out = t_in + x.ri(15, 300)
        out.append(dict(p=p, comp=comp, host=x.c(hosts), mob=x.phone() if x.r() < 0.7 else "",
                        mail=(x.work_email(p, dom) if dom else x.email(p)) if x.r() < 0.55 else "",
                        tin=f"{t_in // 60:02d}:{t_in % 60:02d}", tout=f"{t_out // 60:02d}:{t_out % 60:02d}" if
                        x.r() < 0.9 else "", badge=f"{x.c(['B', 'V', 'G', 'BES'])}-{x.ri(100, 9999)}",
                        plate=plate(x) if x.r() < 0.35 else "", day=x.pdate(-14, 0)))
    return out


def g_visitorlog(x: Ctx) -> str:
    v = x.i % 5
    hosts = [x.person(local=True, age=(25, 64)) for _ in range(x.ri(2, 4))]
    if v == 0:
        vs = _visitors(x, x.ri(7, 10), hosts)
        en = x.lang == "en"
        sep = "," if en else ";"
        hdr = x.L(de="Datum;Ankunft;Abgang;Nachname;Vorname;Firma;Besuchte Person;Mobil;E-Mail;Ausweis-Nr.;Kennzeichen",
                  fr="date;arrivée;départ;nom;prénom;société;hôte;portable;e-mail;badge;immatriculation",
                  it="data;entrata;uscita;cognome;nome;azienda;referente;cellulare;email;badge;targa",
                  en="date,time_in,time_out,last_name,first_name,company,host,mobile,email,badge,vehicle_reg")
        rows = [hdr]
        host_style = x.c(["full", "lf", "il"])
        for d in vs:
            cells = [d["day"], d["tin"], d["tout"], P(d["p"].last), P(d["p"].first),
                     d["comp"] or x.L(de="privat", fr="particulier", it="privato", en="private"),
                     P(x.nm(d["host"], host_style)), T(d["mob"]) if d["mob"] else "", E(d["mail"]) if d["mail"] else "",
                     d["badge"], d["plate"]]
            rows.append(sep.join(csv_cell(c, sep, always=en and i in (3, 4, 5, 6)) for i, c in enumerate(cells)))
        req = x.L(de="Export aus unserem Besuchermanagement. Welche Besucher waren länger als zwei Stunden im Haus? "
                     "Und bei wem fehlt die Abmeldung?",
                  fr="Export de notre logiciel d'accueil. Quels visiteurs sont restés plus de deux heures ? Et qui n'a "
                     "pas badgé en sortant ?",
                  it="Export del registro visitatori. Chi è rimasto più di due ore? E chi non ha registrato l'uscita?",
                  en="Export from our visitor sign-in system. Which visitors stayed longer than two hours, and who "
                     "never signed out?")
        return wrap(x, req, "\n".join(rows))
    if v == 1:
        ward = x.L(de=x.c(["Wohnbereich Sonnenblick", "Station 3B", "Haus Lindenhof, 2. OG"]),
                   fr=x.c(["Unité Les Glycines", "Service de médecine 2", "EHPAD – aile B"]),
                   it=x.c(["Reparto Medicina 2", "RSA Villa Serena – nucleo B", "Residenza Il Glicine"]),
                   en=x.c(["Ward 7 (Elm)", "Rosewood Unit", "Maple Lodge care home – first floor"]))
        residents = [x.person(age=(70, 98)) for _ in range(x.ri(3, 5))]
        rooms = {id(r_): str(x.ri(1, 40)) for r_ in residents}
        rows = []
        for _ in range(x.ri(7, 11)):
            res = x.c(residents)
            if x.r() < 0.4:
                vis = x.person(like=res, age=(30, 70))
                vname = P(x.nm(vis, "full", "il"))
            else:
                vis = x.person(age=(18, 80))
                vname = P(x.nm(vis, "full", "LF"))
            room = rooms[id(res)]
            who = x.L(de=f"{x.sal(res)[:2] + '.' if x.r() < 0.5 else x.sal(res)} {P(res.last)} (Zi. {room})",
                      fr=f"{x.sal(res)} {P(res.last)} (ch. {room})", it=f"{x.sal(res)} {P(res.last)} (stanza {room})",
                      en=f"{x.sal(res)} {P(res.last)} (bed {room})")
            if x.lang == "de" and who.startswith("He."):
                who = "Hr." + who[3:]
            t = f"{x.ri(9, 19):02d}:{x.c(['00', '10', '15', '30', '45', '50'])}"
            rows.append([x.pdate(-10, 0), t, vname, who, T(x.phone()) if x.r() < 0.8 else "–"])
        hdr = x.L(de=["Datum", "Uhrzeit", "Besucher/in", "Besuch bei", "Telefon"],
                  fr=["Date", "Heure", "Visiteur", "Visite à", "Téléphone"],
                  it=["Data", "Ora", "Visitatore", "Visita a", "Telefono"],
                  en=["Date", "Time", "Visitor", "Visiting", "Phone"])
        table = md_table(hdr, rows) if x.r() < 0.5 else fixed_table(hdr, rows)
        req = x.L(de=f"Auf {ward} gibt es einen Norovirus-Ausbruch. Das ist die Besucherliste der letzten Tage. Mach "
                     "mir "
                     f"bitte eine Anrufliste (wer, welche Nummer), sortiert nach Datum.",
                  fr=f"Il y a une épidémie de gastro dans l'unité « {ward} ». Voici le registre des visites. Fais-moi "
                     "une "
                     f"liste d'appels (qui, quel numéro), triée par date.",
                  it=f"Focolaio di norovirus in {ward}. Questo è il registro visite degli ultimi giorni. Mi prepari "
                     "una "
                     f"lista di persone da chiamare (chi, quale numero) in ordine di data?",
                  en=f"We have a norovirus outbreak on {ward}. This is the visitor book for the last few days. Please "
                     f"make me a call list (who, which number), sorted by date.")
        return wrap(x, req, table)
    if v == 2:
        vis = []
        for _ in range(x.ri(2, 4)):
            p = x.person(age=(21, 66))
            vis.append(p)
        comp = x.company()
        caddr = x.addr()
        dom = x.domain_for(comp)
        host = hosts[0]
        escort = hosts[-1]
        recs = []
        for p in vis:
            recs.append({"last_name": P(p.last), "first_name": P(p.first),
                         "date_of_birth": D(x.dob(p, x.c(["iso", "iso", None]))),
                         "id_document": f"{x.c(['ID', 'PASS', 'CI'])} {x.c('CLMNPRTVX')}{x.ri(10000000, 99999999)}",
                         "mobile": T(x.phone()), "email": E(x.work_email(p, dom))})
        obj = {"request": f"ACC-{REF.year}-{x.ri(1000, 9999)}", "site": x.c(["FRA3 data centre", "Campus Nord",
                                                                              "Lab building C", "DC Zurich-West"]),
               "date": x.pdate(1, 20, "iso"), "time_window": "08:00-17:00", "company": {
                   "name": comp, "street": A(caddr.line1), "postcode": caddr.postcode, "city": caddr.town,
                   "phone": T(x.phone("land"))},
               "visitors": recs, "host": {"name": P(host.full), "extension": str(x.ri(100, 899))},
               "escort": P(escort.fl), "purpose": x.c(["rack installation", "maintenance of cooling units",
                                                        "audit", "fibre patching"])}
        if x.r() < 0.5:
            lines = ["access_request:"]

            def y(obj, ind):
                for k, val in obj.items():
                    if isinstance(val, dict):
                        lines.append(" " * ind + f"{k}:")
                        y(val, ind + 2)
                    elif isinstance(val, list):
                        lines.append(" " * ind + f"{k}:")
                        for it in val:
                            first = True
                            for k2, v2 in it.items():
                                lines.append(" " * ind + ("  - " if first else "    ") + f"{k2}: {v2}")
                                first = False
                    else:
                        q = "\"" if (x.r() < 0.3 or ":" in strip_marks(val)) else ""
                        lines.append(" " * ind + f"{k}: {q}{val}{q}")
            y(obj, 2)
            body = "\n".join(lines)
        else:
            body = jdump(obj, 2)
        req = x.L(de="Bitte prüf, ob in dieser Zutrittsanmeldung alle Pflichtfelder ausgefüllt sind, bevor ich sie an "
                     "den Werkschutz schicke:",
                  fr="Peux-tu vérifier que tous les champs obligatoires de cette demande d'accès sont remplis avant "
                     "que "
                     "je l'envoie au service de sécurité ?",
                  it="Puoi controllare che tutti i campi obbligatori di questa richiesta di accesso siano compilati "
                     "prima che la mandi alla vigilanza?",
                  en="Please check that all mandatory fields in this site access request are filled in before I send "
                     "it to security:")
        return wrap(x, req, body)
    if v == 3:
        vs = _visitors(x, x.ri(4, 7), hosts)
        recep = x.person(local=True)
        day = x.pdate(1, 3)
        lines = [x.L(de=f"Hallo zusammen, für {day} sind folgende Besucher angemeldet:",
                     fr=f"Bonjour à tous, voici les visiteurs attendus le {day} :",
                     it=f"Ciao a tutti, ecco i visitatori previsti per il {day}:",
                     en=f"Hi all, these are the visitors booked in for {day}:"), ""]
        for d in vs:
            room = x.c(ROOMS)
            room = x.L(de=f"Raum {room}", fr=f"salle {room}", it=f"sala {room}", en=f"{room} Room")
            extra = f", {x.L(de='Mobil', fr='port.', it='cell.', en='mob.')} {T(d['mob'])}" if d["mob"] else ""
            comp = f" ({d['comp']})" if d["comp"] else ""
            lines.append(f"- {d['tin']} {P(x.nm(d['p'], 'full', 'full', 'LF'))}{comp}{extra} – "
                         f"{x.L(de='Gastgeber', fr='hôte', it='referente', en='host')}: "
                         f"{P(x.nm(d['host'], 'full', 'fi'))}"
                         f", {room}")
        lines += ["", x.L(de="Parkplätze bitte über den Empfang reservieren (Durchwahl -100).",
                          fr="Réservez les places de parking auprès de l'accueil (poste 100).",
                          it="I posti auto vanno prenotati alla reception (interno 100).",
                          en="Please book parking through reception (ext. 100)."), "",
                  f"{P(recep.fl)}", x.L(de="Empfang", fr="Accueil", it="Reception", en="Front desk") +
                  f" | {E(x.work_email(recep, x.domain_for(x.company())))}"]
        req = x.L(de="Mach mir aus dieser Mail eine Tabelle für den Badge-Drucker (Name, Firma, Gastgeber, Raum).",
                  fr="Transforme ce mail en tableau pour l'impression des badges (nom, société, hôte, salle).",
                  it="Trasforma questa mail in una tabella per stampare i badge (nome, azienda, referente, sala).",
                  en="Turn this email into a table for the badge printer (name, company, host, room).")
        return wrap(x, req, "\n".join(lines))
    vs = _visitors(x, x.ri(4, 6), hosts)
    out = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<visitorLog site=\"" + xesc(x.addr().town) + "\">"]
    for d in vs:
        out.append(f"  <visit date=\"{d['day']}\" in=\"{d['tin']}\" out=\"{d['tout']}\">")
        out.append(f"    <visitor><name>{xesc(P(d['p'].fl))}</name>"
                   + (f"<company>{xesc(d['comp'])}</company>" if d["comp"] else "") + "</visitor>")
        if d["mob"]:
            out.append(f"    <phone>{xesc(T(d['mob']))}</phone>")
        if d["mail"]:
            out.append(f"    <email>{xesc(E(d['mail']))}</email>")
        out.append(f"    <host>{xesc(P(d['host'].fl))}</host>")
        out.append(f"    <badge>{d['badge']}</badge>")
        out.append("  </visit>")
    out.append("</visitorLog>")
    req = x.L(de="Kannst du aus diesem XML-Export eine CSV-Datei machen (eine Zeile pro Besuch)?",
              fr="Peux-tu convertir cet export XML en CSV (une ligne par visite) ?",
              it="Puoi convertire questo export XML in CSV (una riga per visita)?",
              en="Can you convert this XML export to CSV, one row per visit?")
    return wrap(x, req, "\n".join(out))


# ====================================================================================================================
# 4. estate - estate inventories (Nachlassverzeichnis, inventaire de succession, prospetto per la dichiarazione di
#    successione, probate inventory), letters to the bank after a death, the heirs' shared to-do lists, tables
# ====================================================================================================================
BANKS = {
    "DE": _w("Sparkasse KölnBonn|Volksbank Mittelhessen|Commerzbank|Deutsche Bank|ING|DKB|Postbank|Stadtsparkasse "
             "München"),
    "AT": _w("Erste Bank|Raiffeisenbank Region Graz|BAWAG|Bank Austria|Oberbank|Volksbank Wien"),
    "CH": _w("UBS|PostFinance|Raiffeisenbank|Zürcher Kantonalbank|Banque Cantonale Vaudoise|BancaStato|Migros Bank"),
    "FR": _w("La Banque Postale|Crédit Agricole|BNP Paribas|Société Générale|Caisse d'Épargne|Crédit Mutuel|LCL"),
    "BE": _w("Belfius|BNP Paribas Fortis|ING Belgique|CBC Banque|Argenta|Crelan"),
    "LU": _w("Spuerkeess|BGL BNP Paribas|BIL|Banque Raiffeisen|POST Finance"),
    "IT": _w("Intesa Sanpaolo|UniCredit|BPER Banca|Banco BPM|BancoPosta|Monte dei Paschi di Siena|Crédit Agricole "
             "Italia"),
    "GB": _w("Nationwide|Barclays|Lloyds Bank|HSBC UK|NatWest|Santander UK"),
    "IE": _w("AIB|Bank of Ireland|PTSB|Credit Union"),
    "US": _w("Chase|Bank of America|Wells Fargo|Navy Federal Credit Union|US Bank"),
    "CA": _w("RBC Royal Bank|TD Canada Trust|Scotiabank|Desjardins|BMO"),
    "AU": _w("CommBank|Westpac|NAB|ANZ|Bendigo Bank"),
    "NZ": _w("ANZ|ASB|Kiwibank|Westpac NZ|BNZ"),
}
FUNERAL = {"de": ["Bestattungen Lindner", "Pietät Hoffmann", "Bestattungshaus Kühn & Söhne"],
           "fr": ["Pompes funèbres Roc-Eclerc", "PF Marchal & Fils", "Pompes funèbres Delattre"],
           "it": ["Onoranze funebri Bellini", "Agenzia funebre San Giuseppe", "Onoranze Funebri Rossi & Figli"],
           "en": ["Co-op Funeralcare", "A. Walsh & Sons Funeral Directors", "Dignity Funerals", "Hartley Funeral Home"]}


def bank_details_nonban(x: Ctx) -> str:
    """Domestic account details of countries without IBANs (unlabelled)."""
    return {"GB": f"sort code {x.ri(10, 99)}-{x.ri(10, 99)}-{x.ri(10, 99)}, account {x.ri(10000000, 99999999)}",
            "IE": f"sort code {x.ri(90, 99)}-{x.ri(10, 99)}-{x.ri(10, 99)}, account {x.ri(10000000, 99999999)}",
            "US": f"routing {x.ri(10000000, 39999999)}{x.ri(0, 9)}, account {x.ri(1000000000, 9999999999)}",
            "CA": f"transit {x.ri(10000, 99999)}, institution 00{x.ri(1, 9)}, account {x.ri(1000000, 9999999)}",
            "AU": f"BSB {x.ri(0, 9)}{x.ri(10, 99)}-{x.ri(100, 999)}, account {x.ri(10000000, 99999999)}",
            "NZ": f"{x.ri(1, 38):02d}-{x.ri(1000, 9999)}-{x.ri(1000000, 9999999)}-{x.ri(0, 99):02d}"}.get(
        x.region, f"{x.ri(10000000, 99999999)}")


def _money(x: Ctx, lo: int, hi: int) -> str:
    v = x.ri(lo, hi) + x.ri(0, 99) / 100
    if x.lang in ("de", "it"):
        return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    if x.lang == "fr":
        return f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return f"{v:,.2f}"


def g_estate(x: Ctx) -> str:
    v = x.i % 4
    dec = x.person(age=(68, 97))
    death = x.pdate(-120, -20)
    dec_home = x.addr()
    n_heirs = x.ri(2, 4)
    heirs = []
    for k in range(n_heirs):
        h = x.person(like=dec, age=(30, 68)) if k == 0 or x.r() < 0.5 else x.person(age=(30, 68))
        home = x.addr() if x.r() < 0.8 else x.abroad()
        ph = x.phone(country=home.country) if home.country in ABROAD_COUNTRIES and x.r() < 0.7 else x.phone()
        heirs.append(dict(p=h, home=home, phone=ph, mail=x.email(h)))
    has_iban = x.region not in ("US", "CA", "AU", "NZ")
    bank = x.c(BANKS[x.region])
    cur = x.region if x.region in ("CH",) else None
    rels = x.L(de=[("Sohn", "Tochter"), ("Enkel", "Enkelin"), ("Neffe", "Nichte"),
                   ("Lebensgefährte", "Lebensgefährtin")],
               fr=[("fils", "fille"), ("petit-fils", "petite-fille"), ("neveu", "nièce"), ("compagnon", "compagne")],
               it=[("figlio", "figlia"), ("nipote", "nipote"), ("cognato", "cognata"), ("compagno", "compagna")],
               en=[("son", "daughter"), ("grandson", "granddaughter"), ("nephew", "niece"), ("partner", "partner")])

    def rel(p: Person) -> str:
        assert p.dob is not None and dec.dob is not None
        gap = (p.dob - dec.dob).days / 365.25
        k = 3 if gap < 14 else (x.c([0, 0, 2]) if gap < 42 else 1)
        return rels[k][0 if p.gender == "m" else 1]
    quota = f"1/{n_heirs}"
    if v in (0, 3) and x.lang != "en":
        acc_lines = []
        for k in range(x.ri(2, 3)):
            b = bank if k == 0 else x.c(BANKS[x.region])
            kind = x.L(de=x.c(["Girokonto", "Tagesgeldkonto", "Sparkonto"]),
                       fr=x.c(["compte chèques", "compte courant", "compte joint"]),
                       it=x.c(["conto corrente", "conto deposito", "conto cointestato"]))
            acc_lines.append((kind, b, I(x.iban(cur)), _money(x, 100, 48000)))
        prop = x.addr()
        card = C(x.card())
        heir_rows = []
        for h in heirs:
            heir_rows.append((P(x.nm(h["p"], "full", "lf")), rel(h["p"]), D(x.dob(h["p"])), h["home"], T(h["phone"]),
                              E(h["mail"]), x.born(h["p"])))
        notary = x.person(local=True)
        n_addr = x.addr()
        if v == 0:
            lines = x.L(
                de=[f"NACHLASSVERZEICHNIS (Entwurf) – Stand {x.pdate(-10, 0)}", "",
                    f"Erblasser/in: {P(dec.full)}, geb. {D(x.dob(dec))} in {x.addr().town}",
                    f"zuletzt wohnhaft: {A(dec_home.one)}", f"verstorben am {death}", "", "I. Aktiva"],
                fr=[f"INVENTAIRE DE SUCCESSION (projet) – mis à jour le {x.pdate(-10, 0)}", "",
                    f"Défunt(e) : {P(dec.full)}, {x.born(dec)} {D(x.dob(dec))} à {x.addr().town}",
                    f"domicile : {A(dec_home.one)}", f"décédé(e) le {death}", "", "I. Actif"],
                it=[f"PROSPETTO PER LA DICHIARAZIONE DI SUCCESSIONE (bozza) – aggiornato al {x.pdate(-10, 0)}", "",
                    f"De cuius: {P(dec.full)}, {x.born(dec)} {D(x.dob(dec))} a {x.addr().town}",
                    f"ultima residenza: {A(dec_home.one)}", f"deceduto/a il {death}", "", "I. Attivo"])
            for k, (kind, b, ib, amt) in enumerate(acc_lines, 1):
                lines.append(f"{k}. {kind} {x.L(de='bei der', fr='–', it='presso')} {b}, IBAN {ib} – "
                             f"{x.L(de='Stand am Todestag', fr='solde au décès', it='saldo alla data del decesso')}: "
                             f"{amt} {'CHF' if x.region == 'CH' else 'EUR'}")
            k = len(acc_lines) + 1
            lines.append(x.L(de=f"{k}. Eigentumswohnung {A(prop.one)}, Grundbuch Blatt {x.ri(100, 9999)}, "
                                f"Verkehrswert ca. {_money(x, 150000, 600000)} €",
                             fr=f"{k}. Appartement {A(prop.one)}, cadastre section {x.c('ABCDE')}{x.c('ABCDE')} n° "
                                f"{x.ri(10, 999)}, valeur estimée {_money(x, 150000, 600000)} €",
                             it=f"{k}. Appartamento in {A(prop.one)}, foglio {x.ri(1, 80)} particella {x.ri(10, 999)} "
                                f"sub. {x.ri(1, 30)}, valore stimato {_money(x, 90000, 400000)} €"))
            lines.append(x.L(de=f"{k + 1}. Kreditkarte Visa {card} – Saldo −{_money(x, 20, 900)} €, noch kündigen!",
                             fr=f"{k + 1}. Carte bancaire {card} – solde débiteur {_money(x, 20, 900)} €, à résilier",
                             it=f"{k + 1}. Carta di credito {card} – saldo da pagare {_money(x, 20, 900)} €, da "
                                f"disdire"))
            lines += ["", x.L(de="II. Passiva", fr="II. Passif", it="II. Passivo"),
                      x.L(de=f"1. Bestattungskosten {x.c(FUNERAL['de'])}: {_money(x, 3000, 9000)} €",
                          fr=f"1. Frais d'obsèques {x.c(FUNERAL['fr'])} : {_money(x, 3000, 9000)} €",
                          it=f"1. Spese funebri {x.c(FUNERAL['it'])}: {_money(x, 3000, 9000)} €"),
                      "", x.L(de="III. Erben", fr="III. Héritiers", it="III. Eredi")]
            for name, r_, dob, home, ph, ml, bo in heir_rows:
                lines.append(x.L(de=f"- {name} ({r_}), geb. {dob}, {A(home.one)}, Tel. {ph}, {ml} – Quote {quota}",
                                 fr=f"- {name} ({r_}), {bo} {dob}, {A(home.one)}, tél. {ph}, {ml} – part {quota}",
                                 it=f"- {name} ({r_}), {bo} {dob}, {A(home.one)}, tel. {ph}, {ml} – quota {quota}"))
            lines += ["", x.L(de=f"Notar: {x.c(['Dr. ', ''])}{P(notary.full)}, {A(n_addr.one)}, Tel. "
                                 f"{T(x.phone('land'))}",
                              fr=f"Notaire : Maître {P(notary.full)}, {A(n_addr.one)}, tél. {T(x.phone('land'))}",
                              it=f"Notaio: {'dott.ssa' if notary.gender == 'f' else 'dott.'} {P(notary.full)}, "
                                 f"{A(n_addr.one)}, tel. {T(x.phone('land'))}")]
            req = x.L(de="Das ist unser Entwurf für das Nachlassverzeichnis meiner Mutter. Ist das vollständig? Was "
                         "fehlt typischerweise noch?",
                      fr="Voici notre projet d'inventaire pour la succession. Est-il complet ? Qu'est-ce qui manque "
                         "habituellement ?",
                      it="Questa è la nostra bozza per la successione. È completa? Cosa manca di solito?")
            return wrap(x, req, "\n".join(lines))
        hdr = x.L(de=["Position", "Institut", "IBAN", "Betrag"], fr=["Poste", "Établissement", "IBAN", "Montant"],
                  it=["Voce", "Istituto", "IBAN", "Importo"])
        t1 = md_table(hdr, [[k_, b_, ib_, a_] for k_, b_, ib_, a_ in acc_lines])
        hdr2 = x.L(de=["Erbe/Erbin", "Verhältnis", "Geburtsdatum", "Anschrift", "Telefon"],
                   fr=["Héritier", "Lien", "Date de naissance", "Adresse", "Téléphone"],
                   it=["Erede", "Parentela", "Data di nascita", "Indirizzo", "Telefono"])
        t2 = md_table(hdr2, [[n_, r_, d_, A(h_.one), p_] for n_, r_, d_, h_, p_, _m, _b in heir_rows])
        head = x.L(de=f"Nachlass {P(dec.full)} (geb. {D(x.dob(dec))}, gest. {death})",
                   fr=f"Succession de {P(dec.full)} ({x.born(dec)} {D(x.dob(dec))}, décédé(e) le {death})",
                   it=f"Successione di {P(dec.full)} ({x.born(dec)} {D(x.dob(dec))}, deceduto/a il {death})")
        req = x.L(de="Bitte rechne aus, wie viel jeder Erbe von den Konten bekommt, wenn alle zu gleichen Teilen "
                     "erben.",
                  fr="Calcule combien chaque héritier reçoit des comptes si le partage se fait à parts égales.",
                  it="Calcola quanto riceve ogni erede dai conti se la divisione è in parti uguali.")
        return wrap(x, req, f"{head}\n\n{t1}\n\n{t2}")
    if v == 1 or (x.lang == "en" and v == 3):
        writer = heirs[0]
        acc = I(x.iban(cur)) if has_iban else bank_details_nonban(x)
        lbl = "IBAN " if has_iban else ""
        payees = []
        for h in heirs:
            if has_iban:
                payees.append(f"{P(h['p'].full)}: IBAN {I(x.iban(cur if h['home'].country == x.region else None))}")
            else:
                payees.append(f"{P(h['p'].full)}: {bank_details_nonban(x)}")
        card = C(x.card())
        body = x.L(
            de=f"{P(writer['p'].full)}\n{A(writer['home'].line1)}\n{A(writer['home'].line2)}\n\n{bank}\n"
               f"Nachlassabteilung\n\nSterbefall {P(dec.full)}, geb. {D(x.dob(dec))}\n\nSehr geehrte Damen und "
               "Herren,\n\n"
               f"am {death} ist {'meine Mutter' if dec.gender == 'f' else 'mein Vater'} {P(dec.full)} verstorben. "
               f"Sie führen für {'sie' if dec.gender == 'f' else 'ihn'} das Konto {lbl}{acc}. Den Erbschein des "
               f"Amtsgerichts (Az. {x.ri(1, 99)} VI {x.ri(100, 999)}/{REF.year % 100}) lege ich bei.\n\n"
               f"Bitte lösen Sie das Konto auf und überweisen Sie das Guthaben zu gleichen Teilen an:\n"
               + "\n".join(f"- {p_}" for p_ in payees) +
               f"\n\nDie Kreditkarte {card} bitte sofort sperren.\n\nFür Rückfragen: {T(writer['phone'])}, "
               f"{E(writer['mail'])}\n\n{signoff(x)}\n{P(writer['p'].full)}",
            fr=f"{P(writer['p'].full)}\n{A(writer['home'].line1)}\n{A(writer['home'].line2)}\n\n{bank}\n"
               f"Service successions\n\nObjet : succession de {P(dec.full)}, {x.born(dec)} {D(x.dob(dec))}\n\n"
               f"Madame, Monsieur,\n\n{'ma mère' if dec.gender == 'f' else 'mon père'}, {P(dec.full)}, est "
               f"décédé{'e' if dec.gender == 'f' else ''} le {death}. {'Elle' if dec.gender == 'f' else 'Il'} était "
               f"titulaire chez vous du compte {lbl}{acc}. Vous trouverez ci-joint l'acte de notoriété.\n\n"
               f"Merci de clôturer ce compte et de virer le solde à parts égales à :\n"
               + "\n".join(f"- {p_}" for p_ in payees) +
               f"\n\nMerci de faire opposition sur la carte {card}.\n\nJe reste joignable au {T(writer['phone'])} ou "
               f"par e-mail : {E(writer['mail'])}\n\n{signoff(x)}\n{P(writer['p'].full)}",
            it=f"{P(writer['p'].full)}\n{A(writer['home'].line1)}\n{A(writer['home'].line2)}\n\nSpett.le {bank}\n"
               f"Ufficio Successioni\n\nOggetto: successione di {P(dec.full)}, {x.born(dec)} {D(x.dob(dec))}\n\n"
               f"Gentili Signori,\n\nil {death} è venut{'a' if dec.gender == 'f' else 'o'} a mancare "
               f"{'mia madre' if dec.gender == 'f' else 'mio padre'} {P(dec.full)}, titolare presso di voi del conto "
               f"{lbl}{acc}. Allego la dichiarazione di successione e l'atto notorio.\n\nVi chiedo di estinguere il "
               f"conto e di bonificare il saldo in parti uguali a:\n" + "\n".join(f"- {p_}" for p_ in payees) +
               f"\n\nVi prego inoltre di bloccare la carta {card}.\n\nRecapiti: {T(writer['phone'])}, "
               f"{E(writer['mail'])}\n\n{signoff(x)}\n{P(writer['p'].full)}",
            en=f"{P(writer['p'].full)}\n{A(writer['home'].line1)}\n{A(writer['home'].line2)}\n\n{bank}\n"
               f"Bereavement Services\n\nRe: the estate of {P(dec.full)}, date of birth {D(x.dob(dec))}\n\n"
               f"Dear Sir or Madam,\n\nmy {'mother' if dec.gender == 'f' else 'father'}, {P(dec.full)}, passed away "
               f"on {death}. {'She' if dec.gender == 'f' else 'He'} held the account {lbl}{acc} with you. "
               "I enclose the "
               f"{'grant of probate' if x.region in ('GB', 'IE', 'AU', 'NZ') else 'letters testamentary'}."
               f"\n\nPlease close the account and pay the balance in equal shares to:\n"
               + "\n".join(f"- {p_}" for p_ in payees) +
               f"\n\nPlease also cancel the credit card {card}.\n\nYou can reach me on {T(writer['phone'])} or "
               f"{E(writer['mail'])}.\n\n{signoff(x)}\n{P(writer['p'].full)}")
        req = x.L(de="Ist dieser Brief an die Bank so in Ordnung? Bitte korrigieren und kürzen.",
                  fr="Ce courrier à la banque est-il correct ? Corrige-le et raccourcis-le.",
                  it="Questa lettera alla banca va bene? Correggila e accorciala.",
                  en="Is this letter to the bank OK? Please correct and shorten it.")
        return wrap(x, req, body)
    if v == 2:
        who = [h["p"] for h in heirs]
        lines = [x.L(de="## Nachlass – To-do (geteilte Notiz)", fr="## Succession – à faire (note partagée)",
                     it="## Successione – cose da fare (nota condivisa)", en="## Estate – to-do (shared note)"), ""]
        tasks = x.L(
            de=[f"Sterbeurkunden beim Standesamt (10 Stück) – erledigt, {P(who[0].first)}",
                f"Rentenservice informieren, Versicherungsnummer {nat_id(x, dec)}",
                f"Konto bei {bank} auflösen (IBAN {I(x.iban(cur))}) – {P(who[-1].first)} kümmert sich",
                f"Kreditkarte {C(x.card())} kündigen",
                f"Wohnung {A(dec_home.one)} kündigen, Übergabe mit Vermieter {x.c(['Herrn', 'Frau'])} "
                f"{P(x.person(local=True).last)} ({T(x.phone('land'))})",
                f"Nachsendeauftrag an {A(heirs[0]['home'].one)}"],
            fr=[f"Actes de décès à la mairie (10 exemplaires) – fait, {P(who[0].first)}",
                f"Prévenir la caisse de retraite, n° {nat_id(x, dec)}",
                f"Clôturer le compte {bank} (IBAN {I(x.iban(cur))}) – {P(who[-1].first)} s'en occupe",
                f"Résilier la carte {C(x.card())}",
                f"Résilier le bail de {A(dec_home.one)}, état des lieux avec {x.c(['M.', 'Mme'])} "
                f"{P(x.person(local=True).last)} ({T(x.phone('land'))})",
                f"Réexpédition du courrier vers {A(heirs[0]['home'].one)}"],
            it=[f"Certificati di morte in Comune (10 copie) – fatto, {P(who[0].first)}",
                f"Avvisare l'INPS per la pensione, codice fiscale {x.fk('it_IT').ssn()}",
                f"Chiudere il conto {bank} (IBAN {I(x.iban(cur))}) – se ne occupa {P(who[-1].first)}",
                f"Disdire la carta {C(x.card())}",
                f"Disdire l'affitto di {A(dec_home.one)}, riconsegna chiavi a {x.c(['sig.', 'sig.ra'])} "
                f"{P(x.person(local=True).last)} ({T(x.phone('land'))})",
                f"Inoltro della posta a {A(heirs[0]['home'].one)}"],
            en=[f"Death certificates from the registry office (10 copies) – done, {P(who[0].first)}",
                f"{x.c(['Report the death to the pension service', 'Stop the pension payments'])}, "
                f"{ID_NAMES.get(x.region, 'ID')} "
                f"{nat_id(x, dec)}",
                f"Close the {bank} account ({bank_details_nonban(x)}) – {P(who[-1].first)} is on it",
                f"Cancel the credit card {C(x.card())}",
                f"Give notice on {A(dec_home.one)}, keys back to the landlord {x.c(['Mr', 'Mrs'])} "
                f"{P(x.person(local=True).last)} ({T(x.phone('land'))})",
                f"Redirect post to {A(heirs[0]['home'].one)}"])
        for t_ in tasks:
            lines.append(f"- [{x.c([' ', ' ', 'x'])}] {t_}")
        lines += ["", x.L(de="Kontakte:", fr="Contacts :", it="Contatti:", en="Contacts:")]
        for h in heirs:
            lines.append(f"- {P(x.nm(h['p'], 'first', 'full'))}: {T(h['phone'])}, {E(h['mail'])}")
        req = x.L(de="Das ist die To-do-Liste von uns Geschwistern nach dem Tod unseres Vaters. Was fehlt noch? "
                     "Bitte nach Dringlichkeit sortieren.",
                  fr="Voici notre liste de frères et sœurs après le décès de notre père. Qu'est-ce qui manque ? "
                     "Classe par urgence.",
                  it="Questa è la lista di noi fratelli dopo la morte di nostro padre. Cosa manca? Ordina per urgenza.",
                  en="This is our siblings' to-do list after Dad died. What's missing? Please sort by urgency.")
        return wrap(x, req, "\n".join(lines))
    # v == 3, English: probate inventory
    execs = heirs[:2] if len(heirs) > 2 else heirs[:1]
    sol = x.person(local=True)
    firm = f"{x.person(local=True).last} & {x.person(local=True).last} {x.c(['Solicitors', 'LLP', 'Law'])}"
    lines = [f"ESTATE OF {P(dec.upper)} (DECEASED)", "",
             f"Date of birth: {D(x.dob(dec))}", f"Date of death: {death}", f"Last address: {A(dec_home.one)}", "",
             "Executors:"]
    for h in execs:
        lines.append(f"  {P(h['p'].full)}, {A(h['home'].one)} – {T(h['phone'])} – {E(h['mail'])}")
    lines += ["", "Assets:"]
    for _ in range(x.ri(2, 3)):
        lines.append(f"  {x.c(BANKS[x.region])} {x.c(['current account', 'savings account', 'ISA'])}, "
                     f"{bank_details_nonban(x)}: {_money(x, 100, 60000)}")
    if x.r() < 0.6:
        lines.append(f"  Holiday flat abroad, account with {x.c(['CaixaBank', 'Crédit Agricole', 'Millennium bcp'])}, "
                     f"IBAN {I(x.iban(x.c(['ES', 'FR', 'PT'])))}: {_money(x, 1000, 20000)} EUR")
    lines.append(f"  Credit card {C(x.card())} (balance owing {_money(x, 20, 3000)}) – to cancel")
    lines += ["", "Beneficiaries under the will:"]
    for h in heirs:
        lines.append(f"  {P(h['p'].full)} ({rel(h['p'])}), born {D(x.dob(h['p']))}, {A(h['home'].one)} – {quota}")
    lines += ["", f"Solicitor: {P(sol.full)}, {firm}, {A(x.addr().one)}, {T(x.phone('land'))}"]
    req = x.c(["I'm one of the executors. Can you turn these notes into a tidy inventory table for the solicitor?",
               "Please check this estate inventory for gaps before we apply for probate."])
    return wrap(x, req, "\n".join(lines))


# ====================================================================================================================
# 5. conveyancing - property purchases: notaries' appointment confirmations with the data sheet for the deed
#    (Kaufvertrag, acte de vente / compromis, rogito / preliminare), estate agents' memoranda of sale, AML identity
#    checks, buyers' replies, HTML mails of broker portals
# ====================================================================================================================
def _party_data(x: Ctx, role: str) -> dict:
    p = x.person(age=(26, 80))
    maiden = x.person(g="f", local=p.local).last if p.gender == "f" and x.r() < 0.45 else None
    return dict(p=p, maiden=maiden, home=x.addr() if x.r() < 0.9 else x.abroad(), phone=x.phone(),
                mail=x.email(p), taxid=nat_id(x, p) if x.region != "DE" else
                f"{x.ri(10, 99)} {x.ri(100, 999)} {x.ri(100, 999)} {x.ri(100, 999)}", role=role,
                pob=x.addr().town)


def g_conveyancing(x: Ctx) -> str:
    v = x.i % 4
    sellers = [_party_data(x, "S")]
    if x.r() < 0.5:
        s2 = _party_data(x, "S")
        s2["p"] = x.person(like=sellers[0]["p"], age=(26, 80), g="f" if sellers[0]["p"].gender == "m" else "m")
        s2["home"] = sellers[0]["home"]
        s2["mail"] = x.email(s2["p"])
        sellers.append(s2)
    buyers = [_party_data(x, "B")]
    if x.r() < 0.5:
        buyers.append(_party_data(x, "B"))
    prop = x.addr()
    price = _money(x, 180000, 900000)
    notary = x.person(local=True, age=(35, 70))
    clerk = x.person(local=True, age=(22, 60))
    off = x.addr()
    agent = x.person(local=True)
    agency = x.L(de=x.c(["Immobilien", "Immobilienkontor", "Real Estate"]), fr=x.c(["Immobilier", "Agence"]),
                 it=x.c(["Immobiliare", "Agenzia Immobiliare"]), en=x.c(["Estate Agents", "Property", "Realty"]))
    agency = (f"{x.person(local=True).last} {agency}" if x.lang in ("de", "en") else
              f"{agency} {x.person(local=True).last}")
    has_iban = x.region not in ("US", "CA", "AU", "NZ")
    appt = f"{x.pdate(7, 40)}, {x.c(['09:00', '10:00', '10:30', '11:00', '14:00', '15:30'])}"
    if x.lang == "en":
        return _conv_en(x, v, sellers, buyers, prop, price, notary, clerk, off, agent, agency, appt)
    ds = x.c(["num", "num", "long"])
    lab = x.L(
        de=dict(sel="VERKÄUFER", buy="KÄUFER", name="Name, Vorname", maiden="Geburtsname", dob="Geburtsdatum",
                pob="Geburtsort", addr="Anschrift", tax="Steuer-ID", fam="Familienstand", tel="Telefon",
                mail="E-Mail", obj="KAUFOBJEKT", sel_s="Verkäufer", buy_s="Käufer", price="Kaufpreis",
                pay="Zahlung des Kaufpreises auf das Konto",
                agent="Makler"),
        fr=dict(sel="VENDEUR(S)", buy="ACQUÉREUR(S)", name="Nom, prénom", maiden="Nom de naissance",
                dob="Date de naissance", pob="Lieu de naissance", addr="Domicile", tax="N° fiscal",
                fam="Situation matrimoniale", tel="Téléphone", mail="Courriel", obj="BIEN VENDU", sel_s="Vendeur",
                buy_s="Acquéreur", price="Prix",
                pay="Dépôt de garantie à verser sur le compte de l'office", agent="Agence"),
        it=dict(sel="PARTE VENDITRICE", buy="PARTE ACQUIRENTE", name="Cognome e nome", maiden="Cognome da nubile",
                dob="Data di nascita", pob="Luogo di nascita", addr="Residenza", tax="Codice fiscale",
                fam="Stato civile", tel="Telefono", mail="E-mail", obj="IMMOBILE", sel_s="Venditore",
                buy_s="Acquirente", price="Prezzo",
                pay="Caparra confirmatoria tramite bonifico su", agent="Agenzia"))
    if x.region in ("CH", "BE", "LU", "AT"):
        lab["tax"] = {"CH": x.L(de="AHV-Nr.", fr="N° AVS", it="N. AVS"), "BE": "N° de registre national",
                      "LU": "Matricule", "AT": "SV-Nummer"}[x.region]
    fams = x.L(de=["ledig", "verheiratet (Zugewinngemeinschaft)", "geschieden", "verwitwet", "verheiratet "
                                                                                             "(Gütertrennung)"],
               fr=["célibataire", "marié(e) sous le régime de la communauté", "pacsé(e)", "divorcé(e)", "veuf/veuve"],
               it=["celibe/nubile", "coniugato/a in comunione dei beni", "coniugato/a in separazione dei beni",
                   "divorziato/a", "vedovo/a"])

    def sheet(parties: list[dict], title: str) -> list[str]:
        out = [title]
        for k, d in enumerate(parties, 1):
            p = d["p"]
            pre = f"{k}. " if len(parties) > 1 else ""
            out.append(f"{pre}{kv(lab['name'], P(x.nm(p, 'lf', 'LcF')), 0)}")
            if d["maiden"]:
                out.append("   " + kv(lab["maiden"], P(d["maiden"])))
            out.append("   " + kv(lab["dob"], D(x.dob(p, ds))) + f", {lab['pob']}: {d['pob']}")
            out.append("   " + kv(lab["addr"], A(d["home"].one)))
            out.append("   " + kv(lab["tax"], d["taxid"]))
            out.append("   " + kv(lab["fam"], x.c(fams)))
            out.append("   " + kv(lab["tel"], T(d["phone"])) + " · " + kv(lab["mail"], E(d["mail"])))
        return out
    obj = x.L(de=f"Eigentumswohnung Nr. {x.ri(1, 24)}, {A(prop.one)}, Grundbuch von {prop.town} Blatt "
                 f"{x.ri(1000, 9999)}, "
                 f"Flurstück {x.ri(10, 999)}/{x.ri(1, 20)}",
              fr=f"Lot n° {x.ri(1, 60)}, {A(prop.one)}, cadastre section {x.c('ABCDK')}{x.c('ABCDEH')} n° "
                 f"{x.ri(10, 999)}",
              it=f"Appartamento in {A(prop.one)}, foglio {x.ri(1, 90)}, particella {x.ri(10, 999)}, sub. "
                 f"{x.ri(1, 40)}, "
                 f"cat. A/{x.ri(2, 4)}")
    pay_acc = I(x.iban()) if has_iban else bank_details_nonban(x)
    cur = "CHF" if x.region == "CH" else "EUR"
    tail = [lab["obj"], obj, kv(lab["price"], f"{price} {cur}"), f"{lab['pay']}: IBAN {pay_acc}",
            kv(lab["agent"], f"{agency}, {P(agent.full)}, {T(x.phone())}")]
    fem = notary.gender == "f"
    ntitle = x.L(de=x.c(["Notarin Dr.", "Notarin"] if fem else ["Notar Dr.", "Notar"]), fr="Maître",
                 it=x.c(["Notaio", "dott.ssa", "Notaio dott.ssa"] if fem else ["Notaio", "dott.", "Notaio dott."]))
    nsig = [P(clerk.full), x.L(de="Notarfachangestellte" if clerk.gender == "f" else "Notarfachangestellter",
                               fr="clerc de notaire", it="collaboratrice di studio" if clerk.gender == "f" else
                               "collaboratore di studio"),
            x.L(de=f"Notariat {ntitle} {P(notary.full)}", fr=f"Office notarial de {ntitle} {P(notary.full)}",
                it=f"Studio Notarile {ntitle} {P(notary.full)}"),
            A(off.line1), A(off.line2),
            f"Tel. {T(x.phone('land'))}" + (f" · Fax {T(x.phone('land'))}" if x.r() < 0.4 else "")]
    if v == 0:
        role_mail = x.L(de="info@", fr="office@", it="segreteria@") + x.domain_for(f"notar {notary.last}")
        sal = " ".join(f"{x.sal(d['p'])} {P(d['p'].last)}," for d in buyers)
        lines = [f"{x.L(de='Von', fr='De', it='Da')}: {role_mail}",
                 f"{x.L(de='An', fr='À', it='A')}: " + ", ".join(E(d["mail"]) for d in buyers),
                 f"{x.L(de='Betreff', fr='Objet', it='Oggetto')}: " + x.L(
                     de=f"Beurkundungstermin {appt} – Kaufvertrag {prop.line1}",
                     fr=f"Rendez-vous de signature {appt} – vente {prop.line1}",
                     it=f"Appuntamento per il rogito {appt} – {prop.line1}"), "",
                 x.L(de="Guten Tag", fr="Bonjour", it="Buongiorno") + f" {sal}", "",
                 x.L(de=f"wir bestätigen den Beurkundungstermin am {appt} Uhr. Bitte prüfen Sie die Angaben, die wir "
                        f"für den Vertragsentwurf erfasst haben:",
                     fr=f"nous vous confirmons le rendez-vous de signature le {appt}. Merci de vérifier les "
                        f"informations saisies pour le projet d'acte :",
                     it=f"confermiamo l'appuntamento per il rogito il {appt}. Vi preghiamo di verificare i dati "
                        f"raccolti per la bozza dell'atto:"), ""]
        lines += sheet(sellers, lab["sel"]) + [""] + sheet(buyers, lab["buy"]) + [""] + tail + ["", signoff(x)] + nsig
        req = x.L(de="Wir kaufen eine Wohnung. Das hat uns das Notariat geschickt. Kannst du prüfen, ob etwas "
                     "auffällig "
                     "ist, und eine kurze Bestätigung formulieren?",
                  fr="Nous achetons un appartement. Voici le mail de l'office notarial. Peux-tu vérifier s'il y a une "
                     "incohérence et rédiger une courte confirmation ?",
                  it="Stiamo comprando casa. Questa è la mail dello studio notarile. Puoi controllare se c'è qualcosa "
                     "che non torna e scrivere una breve conferma?")
        return wrap(x, req, "\n".join(lines))
    if v == 1:
        hdr = ["", lab["sel_s"], lab["buy_s"]]
        rows = []
        a_, b_ = sellers[0], buyers[0]
        rows.append([lab["name"], P(a_["p"].full), P(b_["p"].full)])
        rows.append([lab["maiden"], P(a_["maiden"]) if a_["maiden"] else "–", P(b_["maiden"]) if b_["maiden"] else "–"])
        rows.append([lab["dob"], D(x.dob(a_["p"])), D(x.dob(b_["p"]))])
        rows.append([lab["pob"], a_["pob"], b_["pob"]])
        rows.append([lab["addr"], A(a_["home"].one), A(b_["home"].one)])
        rows.append([lab["tel"], T(a_["phone"]), T(b_["phone"])])
        rows.append([lab["mail"], E(a_["mail"]), E(b_["mail"])])
        rows.append([lab["tax"], a_["taxid"], b_["taxid"]])
        body = md_table(hdr, rows) + "\n\n" + "\n".join(tail)
        if len(sellers) > 1 or len(buyers) > 1:
            extra = (sellers[1:] + buyers[1:])[0]
            body += "\n\n" + x.L(de="Außerdem beteiligt: ", fr="Également partie : ", it="Interviene inoltre: ") + \
                f"{P(extra['p'].full)}, {x.born(extra['p'])} {D(x.dob(extra['p']))}, {A(extra['home'].one)}"
        req = x.L(de="Ich bereite für unseren Notar die Daten vor. Fehlt noch etwas, was für einen Kaufvertrag nötig "
                     "ist?",
                  fr="Je prépare les informations pour le notaire. Manque-t-il quelque chose pour l'acte de vente ?",
                  it="Sto preparando i dati per il notaio. Manca qualcosa per il rogito?")
        return wrap(x, req, body)
    if v == 2:
        b = buyers[0]
        p = b["p"]
        co = buyers[1] if len(buyers) > 1 else None
        txt = x.L(
            de=f"Sehr geehrte{'r Herr' if notary.gender == 'm' else ' Frau'}"
               f"{' Dr.' if 'Dr.' in ntitle else ''} {P(notary.last)},\n\nwie gewünscht hier meine Daten für den "
               f"Kaufvertrag ({prop.line1}):\n\n{P(p.full)}{', geb. ' + P(b['maiden']) if b['maiden'] else ''}, "
               f"geboren am {D(x.dob(p))} in {b['pob']}, wohnhaft {A(b['home'].one)}, {lab['tax']} {b['taxid']}.",
            fr=f"Maître {P(notary.last)},\n\nvoici comme convenu mes informations pour l'acte de vente ({prop.line1}) :"
               f"\n\n{P(p.full)}{', née ' + P(b['maiden']) if b['maiden'] else ''}, {x.born(p)} {D(x.dob(p))} à "
               f"{b['pob']}, {'domiciliée' if p.gender == 'f' else 'domicilié'} {A(b['home'].one)}.",
            it=f"Gentile {ntitle} {P(notary.last)},\n\ncome richiesto Le invio i miei dati per il rogito "
               f"({prop.line1}):\n\n{P(p.full)}{', nata ' + P(b['maiden']) if b['maiden'] else ''}, {x.born(p)} "
               f"{D(x.dob(p))} a {b['pob']}, residente in {A(b['home'].one)}, C.F. {b['taxid']}.")
        if co:
            txt += "\n" + x.L(de=f"Miterwerber{'in' if co['p'].gender == 'f' else ''}: {P(co['p'].full)}, geb. "
                                 f"{D(x.dob(co['p']))}, gleiche Anschrift.",
                              fr=f"Co-acquéreur : {P(co['p'].full)}, {x.born(co['p'])} {D(x.dob(co['p']))}, même "
                                 f"adresse.",
                              it=f"Coacquirente: {P(co['p'].full)}, {x.born(co['p'])} {D(x.dob(co['p']))}, stessa "
                                 f"residenza.")
        bank_p = x.person(local=True)
        txt += "\n\n" + x.L(
            de=f"Die Finanzierung läuft über die {x.c(BANKS[x.region])}, "
               f"Ansprechpartner{'in' if bank_p.gender == 'f' else ''} "
               f"{P(bank_p.full)}, Tel. {T(x.phone('land'))}. Den Kaufpreis überweisen wir auf das Konto der "
               f"Verkäufer, IBAN {pay_acc}.",
            fr=f"Le financement passe par {x.c(BANKS[x.region])} (conseiller : {P(bank_p.full)}, tél. "
               f"{T(x.phone('land'))}). Nous verserons le dépôt de garantie sur l'IBAN {pay_acc}.",
            it=f"Il mutuo è con {x.c(BANKS[x.region])} (referente {P(bank_p.full)}, tel. {T(x.phone('land'))}). "
               f"La caparra la versiamo sull'IBAN {pay_acc}.")
        txt += "\n\n" + x.L(de=f"Sie erreichen mich unter {T(b['phone'])} oder {E(b['mail'])}.",
                            fr=f"Vous pouvez me joindre au {T(b['phone'])} ou à {E(b['mail'])}.",
                            it=f"Sono raggiungibile al {T(b['phone'])} o a {E(b['mail'])}.")
        txt += f"\n\n{signoff(x)}\n{P(p.full)}"
        req = x.L(de="Kannst du diese Mail an den Notar etwas förmlicher und übersichtlicher machen?",
                  fr="Peux-tu rendre ce mail au notaire plus clair et plus formel ?",
                  it="Puoi rendere questa mail al notaio più chiara e formale?")
        return wrap(x, req, txt)
    # v == 3: HTML mail of a broker portal
    rows = []
    for d in sellers + buyers:
        who = lab["sel_s"] if d["role"] == "S" else lab["buy_s"]
        rows.append(f"<tr><td>{who}</td><td>{xesc(P(d['p'].full))}</td><td>{xesc(D(x.dob(d['p'], 'num')))}</td>"
                    f"<td>{xesc(A(d['home'].line1))}<br>{xesc(A(d['home'].line2))}</td>"
                    f"<td><a href=\"tel:{T(re.sub(r'[^0-9+]', '', d['phone']))}\">"
                    f"{xesc(T(d['phone']))}</a></td>"
                    f"<td><a href=\"mailto:{xesc(E(d['mail']))}\">{xesc(E(d['mail']))}</a></td></tr>")
    html = ["<html><body>", f"<p>{x.L(de='Objekt', fr='Bien', it='Immobile')}: <b>{xesc(A(prop.one))}</b> – "
            f"{price} {cur}</p>", "<table>",
            "<tr><th></th><th>" + "</th><th>".join(x.L(de=["Name", "Geb.", "Anschrift", "Tel.", "E-Mail"],
                                                     fr=["Nom", "Naissance", "Adresse", "Tél.", "E-mail"],
                                                     it=["Nome", "Nascita", "Indirizzo", "Tel.", "E-mail"]))
            + "</th></tr>", *rows, "</table>",
            f"<p>{xesc(x.L(de='Ihr Ansprechpartner', fr='Votre contact', it='Il vostro referente'))}: "
            f"{xesc(P(agent.full))}, {xesc(agency)}, {xesc(T(x.phone()))}</p>", "</body></html>"]
    req = x.L(de="Das ist die HTML-Mail aus dem Maklerportal. Mach daraus bitte eine saubere Textübersicht für den "
                 "Notar.",
              fr="Voici le mail HTML du portail de l'agence. Fais-en un récapitulatif texte propre pour le notaire.",
              it="Questa è la mail HTML del portale dell'agenzia. Trasformala in un riepilogo testuale per il notaio.")
    return wrap(x, req, "\n".join(html))


def _conv_en(x, v, sellers, buyers, prop, price, notary, clerk, off, agent, agency, appt) -> str:
    rg = x.region
    cur = {"GB": "£", "IE": "€", "US": "$", "CA": "$", "AU": "$", "NZ": "$"}[rg]
    s_firm = f"{x.person(local=True).last} {x.c(['& Co', 'Solicitors', 'Law', 'Legal'])}"
    b_firm = f"{x.person(local=True).last} & {x.person(local=True).last} {x.c(['LLP', 'Solicitors', 'Conveyancing'])}"
    b_sol = x.person(local=True)
    if v in (0, 2):
        pname = {"GB": "MEMORANDUM OF SALE", "IE": "SALE AGREED – MEMORANDUM", "US": "PURCHASE AGREEMENT SUMMARY",
                 "CA": "AGREEMENT OF PURCHASE AND SALE – SUMMARY", "AU": "CONTRACT OF SALE – SUMMARY",
                 "NZ": "SALE AND PURCHASE AGREEMENT – SUMMARY"}[rg]
        lines = [pname, f"{agency}", "", f"Property: {A(prop.one)}", f"Agreed price: {cur}{price}",
                 f"Settlement / completion target: {appt.split(',')[0]}", "", "VENDOR(S)"]
        for d in sellers:
            lines.append(f"  {P(d['p'].full)} – tel {T(d['phone'])} – {E(d['mail'])}")
        lines.append(f"  Correspondence address: {A(sellers[0]['home'].one)}")
        lines += [f"Vendor's {'solicitor' if rg in ('GB', 'IE') else 'attorney' if rg == 'US' else 'lawyer'}: "
                  f"{s_firm}, FAO {P(notary.full)}, {A(off.one)}, {T(x.phone('land'))}, "
                  f"{E(x.work_email(notary, x.domain_for(s_firm)))}", "", "PURCHASER(S)"]
        for d in buyers:
            lines.append(f"  {P(d['p'].full)}, {A(d['home'].one)} – tel {T(d['phone'])} – {E(d['mail'])}")
        lines += [f"Purchaser's {'solicitor' if rg in ('GB', 'IE') else 'conveyancer' if rg == 'AU' else 'lawyer'}: "
                  f"{b_firm}, {P(b_sol.full)}, {T(x.phone('land'))}",
                  f"Mortgage broker: {P(x.person(local=True).full)}, {T(x.phone())}",
                  f"Deposit to trust account: {bank_details_nonban(x)}" if rg not in ("GB", "IE") else
                  f"Deposit paid to client account IBAN {I(x.iban())}", "",
                  f"Negotiator: {P(agent.full)}, {T(x.phone())}"]
        req = x.c(["We've just had an offer accepted on a flat! This is the memorandum of sale from the agent. Can you "
                   "explain what happens next and draft an email to our solicitor introducing ourselves?",
                   "Please check this sale summary for missing details before it goes to the lawyers."])
        return wrap(x, req, "\n".join(lines))
    if v == 1:
        lines = ["CLIENT IDENTIFICATION (AML) – please complete and return with certified ID", ""]
        for k, d in enumerate(buyers, 1):
            p = d["p"]
            prev = x.addr()
            lines += [f"Client {k}", kv("Full name", P(p.full), 22), kv("Date of birth", D(x.dob(p)), 22),
                      kv("Current address", A(d["home"].one), 22),
                      kv("Previous address", A(prev.one), 22) + "  (if less than 3 years at current address)",
                      kv("Mobile", T(d["phone"]), 22), kv("Email", E(d["mail"]), 22),
                      kv("Occupation", x.c(["teacher", "nurse", "software developer", "retired", "self-employed"]), 22),
                      kv("Source of deposit", x.c(["savings", "gift from parents", "sale of previous home"]), 22), ""]
        lines += [f"Property being purchased: {A(prop.one)}", f"Your conveyancer: {P(b_sol.full)}, {b_firm}",
                  f"{A(off.line1)}", f"{A(off.line2)}", f"Tel {T(x.phone('land'))}"]
        req = "Our conveyancer sent us this ID form and I filled it in. Can you check it's complete and consistent?"
        return wrap(x, req, "\n".join(lines))
    b = buyers[0]
    p = b["p"]
    txt = (f"Dear {P(b_sol.full)},\n\nThank you for agreeing to act for us on the purchase of {A(prop.one)} "
           f"({cur}{price}). Our details are:\n\n{P(p.full)}, born {D(x.dob(p))}\n")
    if len(buyers) > 1:
        txt += f"{P(buyers[1]['p'].full)}, born {D(x.dob(buyers[1]['p']))}\n"
    txt += (f"Current address: {A(b['home'].one)}\nPhone: {T(b['phone'])}\nEmail: {E(b['mail'])}\n\n"
            f"The agent is {P(agent.full)} at {agency} ({T(x.phone())}). The vendors' lawyers are {s_firm}.\n\n"
            f"{signoff(x)}\n{P(p.first)}")
    return wrap(x, "Can you tidy up this email to our solicitor?", txt)


# ====================================================================================================================
# 6. baptism - parish paperwork: baptism registration forms with godparents, marriage preparation forms with
#    witnesses, confirmation / first communion candidate lists, parish office mails and godparent certificates
# ====================================================================================================================
PARISHES = {"de": ["St. Martin", "St. Josef", "Heilig Geist", "St. Michael", "Maria Hilf", "St. Elisabeth",
                   "Liebfrauen", "St. Peter und Paul"],
            "fr": ["Saint-Pierre", "Sainte-Thérèse", "Notre-Dame de l'Assomption", "Saint-Joseph", "Saint-Nicolas",
                   "Saint-Vincent-de-Paul"],
            "it": ["San Giovanni Battista", "Santa Maria Assunta", "San Lorenzo", "Sant'Antonio di Padova",
                   "San Nicola", "Santi Pietro e Paolo"],
            "en": ["St Patrick's", "St Mary's", "Holy Cross", "St Columba's", "Our Lady of Lourdes",
                   "St Thomas More", "Sacred Heart"]}
CLERGY = {"de": ["Pfarrer", "Pater", "Diakon", "Kaplan", "Pfarrerin", "Pastor"], "fr": ["abbé", "père", "diacre"],
          "it": ["don", "padre", "diacono"], "en": ["Fr.", "Father", "Rev.", "Deacon", "Canon"]}


def bap_date(x: Ctx, p: Person) -> str:
    """A baptism date (plain date) a few weeks to months after the date of birth."""
    assert p.dob is not None
    return fmt_date(p.dob + dt.timedelta(days=x.ri(20, 420)), x.lang, x.region, x.c(["num", "num", "long"]))


def g_baptism(x: Ctx) -> str:
    v = x.i % 4
    parish = x.c(PARISHES[x.lang])
    town = x.addr().town
    priest = x.person(local=True, g="m" if x.r() < 0.85 else "f", age=(30, 75))
    ptitle = x.c(CLERGY[x.lang])
    if priest.gender == "f":
        ptitle = x.L(de="Pfarrerin", fr="diacre", it="suor", en="Rev.")
    short = "first" if ptitle in ("Pater", "père", "padre", "don", "Father") else "full"
    pname = P(x.nm(priest, "full", "full", short))
    church = x.L(de=f"Pfarrkirche {parish}, {town}", fr=f"église {parish}, {town}", it=f"chiesa di {parish}, {town}",
                 en=f"{parish} Church, {town}")
    off = x.addr()
    off_phone = x.phone("land")
    role = x.L(de="pfarrbuero@", fr="secretariat@", it="segreteria@", en="parish.office@") + \
        x.domain_for(x.L(de=f"pfarrei {parish}", fr=f"paroisse {parish}", it=f"parrocchia {parish}", en=parish))
    cat = x.L(de=["röm.-kath.", "evang.", "röm.-kath.", "altkath.", "orthodox"], fr=["catholique", "catholique",
              "protestant(e)"], it=["cattolica", "cattolica", "ortodossa"], en=["Catholic", "Catholic", "Anglican",
                                                                             "Church of Ireland"])
    if v == 0:
        father = x.person(g="m", age=(24, 50))
        mother = x.person(g="f", age=(22, 45), like=father) if x.r() < 0.6 else x.person(g="f", age=(22, 45))
        maiden = x.person(g="f", local=mother.local).last if mother.last == father.last else None
        child = x.child(father if x.r() < 0.8 else mother, age=(0, 6))
        child_mid = x.child(father, age=(0, 1)).first if x.r() < 0.4 else ""
        home = x.addr()
        gps = [x.person(age=(18, 60)) for _ in range(x.ri(1, 2))]
        L = x.L(
            de=dict(title=f"TAUFANMELDUNG – Pfarrei {parish}, {town}", child="Täufling", last="Familienname",
                    first="Vorname(n)", born="geboren am", in_="in", addr="Anschrift", father="Vater", mother="Mutter",
                    nf="Name, Vorname", bn="Geburtsname", dob="geb.", conf="Konfession", tel="Tel.", mail="E-Mail",
                    gp="Paten", date="Tauftermin", by="Taufspender", verse="Taufspruch",
                    vtext="„Denn er hat seinen Engeln befohlen, dass sie dich behüten auf allen deinen Wegen.“ (Ps "
                          "91,11)"),
            fr=dict(title=f"DEMANDE DE BAPTÊME – Paroisse {parish}, {town}", child="Enfant", last="Nom",
                    first="Prénom(s)", born="né(e) le", in_="à", addr="Adresse", father="Père", mother="Mère",
                    nf="Nom, prénom", bn="Nom de jeune fille", dob="né(e) le", conf="Religion", tel="Tél.",
                    mail="Courriel", gp="Parrain / marraine", date="Date souhaitée", by="Célébrant",
                    verse="Texte choisi", vtext="« Laissez venir à moi les petits enfants » (Mc 10,14)"),
            it=dict(title=f"RICHIESTA DI BATTESIMO – Parrocchia {parish}, {town}", child="Battezzando/a",
                    last="Cognome", first="Nome", born="nato/a il", in_="a", addr="Residenza", father="Padre",
                    mother="Madre", nf="Cognome e nome", bn="Cognome da nubile", dob="nato/a il", conf="Religione",
                    tel="Tel.", mail="E-mail", gp="Padrino / madrina", date="Data del battesimo", by="Celebrante",
                    verse="Lettura scelta", vtext="«Lasciate che i bambini vengano a me» (Mc 10,14)"),
            en=dict(title=f"BAPTISM APPLICATION – {parish} Parish, {town}", child="Child", last="Surname",
                    first="Forename(s)", born="Date of birth", in_="Place of birth", addr="Address", father="Father",
                    mother="Mother", nf="Name", bn="Maiden name", dob="DOB", conf="Religion", tel="Phone",
                    mail="Email", gp="Godparents", date="Date requested", by="Celebrant", verse="Reading",
                    vtext="\"Let the little children come to me\" (Mark 10:14)"))
        first = f"{child.first} {child_mid}".strip()
        lines = [L["title"], "", L["child"], "  " + kv(L["last"], P(child.last)), "  " + kv(L["first"], P(first))]
        if x.lang == "en":
            lines += ["  " + kv(L["born"], D(x.dob(child))), "  " + kv(L["in_"], x.addr().town)]
        else:
            lines.append(f"  {L['born']}: {D(x.dob(child))}   {L['in_']}: {x.addr().town}")
        lines.append("  " + kv(L["addr"], A(home.one)))
        for lab_, par in ((L["father"], father), (L["mother"], mother)):
            lines += ["", lab_, "  " + kv(L["nf"], P(x.nm(par, "lf", "full" if x.lang != "it" else "lastfirst")))]
            if par is mother and maiden:
                lines.append("  " + kv(L["bn"], P(maiden)))
            lines.append(f"  {L['dob']}: {D(x.dob(par))}   {L['conf']}: {x.c(cat)}")
            if x.r() < 0.8:
                lines.append(f"  {L['tel']}: {T(x.phone())}" + (f"   {L['mail']}: {E(x.email(par))}" if x.r() < 0.6
                                                                  else ""))
        lines += ["", L["gp"]]
        for k, gp in enumerate(gps, 1):
            gpar = x.c(PARISHES[x.lang])
            lines.append(f"  {k}. {P(gp.full)}, {A(x.addr().one)}, {x.c(cat)}"
                         + x.L(de=f" (Pfarrei {gpar})", fr=f" (paroisse {gpar})", it=f" (parrocchia {gpar})",
                               en=f" ({gpar} parish)"))
        lines += ["", kv(L["date"], f"{x.pdate(30, 150)}, 11:30, {church}"), kv(L["by"], f"{ptitle} {pname}"),
                  kv(L["verse"], L["vtext"]), "",
                  x.L(de="☒ Taufgespräch vereinbart   ☐ Geburtsurkunde liegt vor",
                      fr="☒ Rencontre de préparation fixée   ☐ Acte de naissance fourni",
                      it="☒ Incontro di preparazione fissato   ☐ Certificato di nascita consegnato",
                      en="☒ Preparation meeting booked   ☐ Birth certificate seen")]
        req = x.L(de="Ich bin Pfarrsekretärin. Bitte übertrag diese Taufanmeldung in unsere Tabelle (eine Zeile, "
                     "Spalten: Täufling, Geburtsdatum, Eltern, Paten, Termin) und formuliere eine Terminbestätigung an "
                     "die Eltern.",
                  fr="Je suis au secrétariat paroissial. Recopie cette demande dans notre tableau (enfant, date de "
                     "naissance, parents, parrain/marraine, date) et rédige une confirmation pour les parents.",
                  it="Lavoro in segreteria parrocchiale. Riporta questa richiesta nella nostra tabella (battezzando, "
                     "data di nascita, genitori, padrini, data) e scrivi una conferma per i genitori.",
                  en="I volunteer in the parish office. Please copy this application into our register table (child, "
                     "DOB, parents, godparents, date) and draft a confirmation email to the parents.")
        return wrap(x, req, "\n".join(lines))
    if v == 1:
        groom = x.person(g="m", age=(23, 50))
        bride = x.person(g="f", age=(22, 48))
        wits = [x.person(age=(20, 60)) for _ in range(2)]
        L = x.L(de=dict(title=f"Ehevorbereitungsprotokoll – Pfarrei {parish}", g="Bräutigam", b="Braut",
                        name="Name", dob="geboren am", pob="in", bap="getauft am", bapin="in der Pfarrei",
                        addr="Wohnsitz", tel="Telefon", mail="E-Mail", wit="Trauzeugen", date="Trautermin",
                        by="Trauung durch"),
                fr=dict(title=f"Dossier de mariage – Paroisse {parish}", g="Fiancé", b="Fiancée", name="Nom",
                        dob="né(e) le", pob="à", bap="baptisé(e) le", bapin="paroisse", addr="Domicile", tel="Tél.",
                        mail="Courriel", wit="Témoins", date="Date du mariage", by="Célébrant"),
                it=dict(title=f"Esame dei nubendi – Parrocchia {parish}", g="Sposo", b="Sposa", name="Cognome e nome",
                        dob="nato/a il", pob="a", bap="battezzato/a il", bapin="nella parrocchia", addr="Residenza",
                        tel="Tel.", mail="E-mail", wit="Testimoni", date="Data delle nozze", by="Celebrante"),
                en=dict(title=f"Marriage preparation form – {parish} Parish", g="Groom", b="Bride", name="Full name",
                        dob="Date of birth", pob="Place of birth", bap="Baptised on", bapin="at",
                        addr="Address", tel="Phone", mail="Email", wit="Witnesses", date="Wedding date",
                        by="Officiant"))
        lines = [L["title"], ""]
        for lab_, p in ((L["g"], groom), (L["b"], bride)):
            bp = x.c(PARISHES[x.lang])
            lines += [lab_.upper(), "  " + kv(L["name"], P(x.nm(p, "full", "LF", "lf"))),
                      f"  {L['dob']}: {D(x.dob(p))}, {L['pob']}: {x.addr().town}",
                      f"  {L['bap']} {bap_date(x, p)}, {L['bapin']} {bp}",
                      "  " + kv(L["addr"], A(x.addr().one)),
                      f"  {L['tel']}: {T(x.phone())}   {L['mail']}: {E(x.email(p))}", ""]
        lines.append(L["wit"] + ":")
        for w in wits:
            wa = x.addr()
            lines.append(f"  - {P(w.full)}, {A(wa.one)}" + (f", {T(x.phone())}" if x.r() < 0.5 else ""))
        lines += ["", kv(L["date"], f"{x.pdate(60, 300)}, 14:00, {church}"), kv(L["by"], f"{ptitle} {pname}")]
        req = x.L(de="Kannst du aus diesem Protokoll eine kurze Ankündigung für den Pfarrbrief machen (nur Namen und "
                     "Termin, keine Adressen)?",
                  fr="Peux-tu faire de ce dossier une courte annonce pour la feuille paroissiale (noms et date, sans "
                     "adresses) ?",
                  it="Puoi ricavare da questa scheda un breve avviso per il foglio parrocchiale (nomi e data, niente "
                     "indirizzi)?",
                  en="Can you turn this form into a short notice of banns for the parish newsletter (names and date "
                     "only, no addresses)?")
        return wrap(x, req, "\n".join(lines))
    if v == 2:
        n = x.ri(7, 11)
        rows = []
        first_comm = x.r() < 0.4
        for _ in range(n):
            par = x.person(age=(33, 55))
            kid = x.child(par, age=(8, 10) if first_comm else (12, 15))
            rows.append([P(kid.last), P(kid.first), D(x.dob(kid, x.c(["num", "num", "iso"]))),
                         P(x.nm(par, "full", "il", "lf")), T(x.phone()), E(x.email(par)) if x.r() < 0.7 else "",
                         x.c(["A", "B", "C"])])
        hdr = x.L(de=["Name", "Vorname", "Geburtsdatum", "Erziehungsberechtigte/r", "Telefon", "E-Mail", "Gruppe"],
                  fr=["Nom", "Prénom", "Date de naissance", "Parent", "Téléphone", "E-mail", "Groupe"],
                  it=["Cognome", "Nome", "Data di nascita", "Genitore", "Telefono", "E-mail", "Gruppo"],
                  en=["Surname", "First name", "DOB", "Parent/guardian", "Phone", "Email", "Group"])
        fmt = x.c(["md", "csv", "tsv"])
        if fmt == "md":
            body = md_table(hdr, rows)
        elif fmt == "csv":
            sep = ";" if x.lang != "en" else ","
            body = "\n".join(sep.join(csv_cell(c, sep) for c in r) for r in [hdr] + rows)
        else:
            body = "\n".join("\t".join(r) for r in [hdr] + rows)
        what = x.L(de="Erstkommunionkinder" if first_comm else x.c(["Firmlinge", "Konfirmanden"]),
                   fr="enfants de la première communion" if first_comm else "confirmands",
                   it="bambini della prima comunione" if first_comm else "cresimandi",
                   en="first communion children" if first_comm else "confirmation candidates")
        req = x.L(de=f"Das ist unsere Liste der {what} {REF.year + 1} (Pfarrei {parish}). Bitte mach daraus eine "
                     f"Telefonkette pro Gruppe und sag mir, wer noch keine E-Mail angegeben hat.",
                  fr=f"Voici la liste des {what} {REF.year + 1} (paroisse {parish}). Fais une chaîne téléphonique par "
                     f"groupe et dis-moi qui n'a pas donné d'e-mail.",
                  it=f"Questa è la lista dei {what} {REF.year + 1} (parrocchia {parish}). Prepara una catena "
                     f"telefonica per gruppo e dimmi chi non ha dato l'e-mail.",
                  en=f"Here's our list of {what} for {REF.year + 1} ({parish}). Please make a phone tree per group and "
                     f"tell me who hasn't given an email address.")
        return wrap(x, req, body)
    gp = x.person(age=(18, 70))
    parent = x.person(age=(25, 45))
    sec = x.person(local=True, g="f" if x.r() < 0.8 else "m")
    gp_home = x.addr()
    bap_par = x.c(PARISHES[x.lang])
    lines = x.L(
        de=[f"Von: Pfarrbüro {parish} <{role}>", f"An: {P(gp.full)} <{E(x.email(gp))}>",
            "Betreff: Ihre Patenschaft – Patenbescheinigung", "", f"{x.c(['Liebe', 'Sehr geehrte'])} "
            f"{'Frau' if gp.gender == 'f' else 'Herr'} {P(gp.last)}," if gp.gender == "f" else
            f"{x.c(['Lieber', 'Sehr geehrter'])} Herr {P(gp.last)},", "",
            f"{'Frau' if parent.gender == 'f' else 'Herr'} {P(parent.full)} hat Sie als Paten für die Taufe am "
            f"{x.pdate(20, 90)} angegeben. Für die Patenbescheinigung brauchen wir noch Ihre Daten. Bitte prüfen Sie:",
            "", f"Name: {P(gp.full)}", f"Geburtsdatum: {D(x.dob(gp))}", f"Anschrift: {A(gp_home.one)}",
            f"getauft am {bap_date(x, gp)} in der Pfarrei {bap_par}", "",
            f"Die Bescheinigung stellt Ihre Wohnsitzpfarrei aus. Bei Fragen erreichen Sie uns unter {T(off_phone)} "
            f"(Di und Do 9–12 Uhr).", "", "Herzliche Grüße", P(sec.full), "Pfarrsekretärin" if sec.gender == "f" else
            "Pfarrsekretär", f"Pfarrbüro {parish}", A(off.line1), A(off.line2)],
        fr=[f"De : Secrétariat paroisse {parish} <{role}>", f"À : {P(gp.full)} <{E(x.email(gp))}>",
            "Objet : votre engagement de parrain/marraine – certificat", "", f"Bonjour {x.sal(gp)} {P(gp.last)},", "",
            f"{x.sal(parent)} {P(parent.full)} vous a choisi(e) comme {'marraine' if gp.gender == 'f' else 'parrain'} "
            f"pour le baptême du {x.pdate(20, 90)}. Pour le certificat, merci de vérifier vos coordonnées :", "",
            f"Nom : {P(gp.full)}", f"Date de naissance : {D(x.dob(gp))}", f"Adresse : {A(gp_home.one)}",
            f"baptisé{'e' if gp.gender == 'f' else ''} le {bap_date(x, gp)}, paroisse {bap_par}", "",
            f"Le secrétariat est ouvert le mardi et le jeudi de 9 h à 12 h, tél. {T(off_phone)}.", "",
            "Bien fraternellement,", P(sec.full), "Secrétariat paroissial", A(off.line1), A(off.line2)],
        it=[f"Da: Segreteria parrocchiale {parish} <{role}>", f"A: {P(gp.full)} <{E(x.email(gp))}>",
            "Oggetto: idoneità a padrino/madrina", "", f"Gentile {x.sal(gp)} {P(gp.last)},", "",
            f"{x.sal(parent)} {P(parent.full)} L'ha indicata come {'madrina' if gp.gender == 'f' else 'padrino'} per "
            "il "
            f"battesimo del {x.pdate(20, 90)}. Per il certificato di idoneità La preghiamo di verificare i Suoi dati:",
            "", f"Cognome e nome: {P(gp.lf)}", f"Data di nascita: {D(x.dob(gp))}", f"Residenza: {A(gp_home.one)}",
            f"battezzat{'a' if gp.gender == 'f' else 'o'} il {bap_date(x, gp)} nella parrocchia {bap_par}", "",
            f"La segreteria è aperta martedì e giovedì 9–12, tel. {T(off_phone)}.", "", "Cordiali saluti",
            P(sec.full), "Segreteria parrocchiale", A(off.line1), A(off.line2)],
        en=[f"From: {parish} Parish Office <{role}>", f"To: {P(gp.full)} <{E(x.email(gp))}>",
            "Subject: Godparent certificate", "", f"Dear {P(gp.first)},", "",
            f"{P(parent.full)} has asked you to be godparent at the baptism on {x.pdate(20, 90)}. For the sponsor "
            f"certificate we need to confirm your details:", "", f"Name: {P(gp.full)}",
            f"Date of birth: {D(x.dob(gp))}", f"Address: {A(gp_home.one)}",
            f"Baptised on {bap_date(x, gp)} at {bap_par}", "",
            f"The parish office is open Tue and Thu 9–12, phone {T(off_phone)}.", "", "God bless,", P(sec.full),
            "Parish Secretary", A(off.line1), A(off.line2)])
    req = x.L(de="Kannst du mir diese Mail auf Englisch übersetzen? Mein Patenonkel wohnt in Irland.",
              fr="Peux-tu traduire ce mail en anglais ? Le parrain vit à l'étranger.",
              it="Puoi tradurre questa mail in inglese? Il padrino vive all'estero.",
              en="Can you translate this email into Polish for my godmother? Keep names and addresses as they are.")
    return wrap(x, req, "\n".join(lines))


# ====================================================================================================================
# 7. shareholders - shareholder lists and registers (Gesellschafterliste, Aktienbuch, liste des associés, elenco
#    soci, register of members, cap tables), beneficial-owner declarations (Transparenzregister, WiEReG, Formular K,
#    RBE, titolare effettivo, PSC register, BOI report), KYC onboarding exports, articles and agreements
# ====================================================================================================================
NATIONALITIES = {
    "de": {"DE": "deutsch", "AT": "österreichisch", "CH": "schweizerisch", "_": _w("italienisch|türkisch|portugiesisch|"
                                                                                  "polnisch|kroatisch|syrisch")},
    "fr": {"FR": "française", "BE": "belge", "CH": "suisse", "LU": "luxembourgeoise",
           "_": _w("portugaise|italienne|marocaine|allemande|algérienne|roumaine")},
    "it": {"IT": "italiana", "CH": "svizzera", "_": _w("rumena|albanese|tedesca|marocchina|ucraina|cinese")},
    "en": {"GB": "British", "IE": "Irish", "US": "American", "CA": "Canadian", "AU": "Australian",
           "NZ": "New Zealander", "_": _w("German|Indian|Polish|Nigerian|Filipino|Italian")},
}


def nationality(x: Ctx) -> str:
    n = NATIONALITIES[x.lang]
    return n[x.region] if x.r() < 0.65 else x.c(n["_"])


def _shareholder(x: Ctx) -> dict:
    p = x.person(age=(25, 78))
    return dict(p=p, home=x.addr() if x.r() < 0.85 else x.abroad(), phone=x.phone(), mail=x.email(p),
                nat=nationality(x), pct=0.0, pob=x.addr().town)


def _split_pct(x: Ctx, n: int) -> list[float]:
    cuts = sorted(x.sample(range(5, 95), n - 1))
    vals = [b - a for a, b in zip([0] + cuts, cuts + [100], strict=True)]
    return [float(v_) for v_ in vals]


def g_shareholders(x: Ctx) -> str:
    v = x.i % 4
    comp = x.company()
    seat = x.addr()
    n = x.ri(2, 4)
    sh = [_shareholder(x) for _ in range(n)]
    for d, pct in zip(sh, _split_pct(x, n), strict=True):
        d["pct"] = pct
    md = x.person(local=True, age=(30, 65))
    reg = {"DE": f"HRB {x.ri(1000, 99999)}", "AT": f"FN {x.ri(100000, 599999)}{x.c('abdfghikmpstvwxyz')}",
           "CH": f"CHE-{x.ri(100, 999)}.{x.ri(100, 999)}.{x.ri(100, 999)}", "FR": f"RCS {seat.town} {x.ri(100, 999)} "
           f"{x.ri(100, 999)} {x.ri(100, 999)}", "BE": f"BCE 0{x.ri(100, 999)}.{x.ri(100, 999)}.{x.ri(100, 999)}",
           "LU": f"RCS Luxembourg B{x.ri(10000, 299999)}",
           "IT": f"REA {x.c(['MI', 'RM', 'TO', 'BO'])}-{x.ri(100000, 2999999)}",
           "GB": f"Company no. {x.ri(10000000, 16999999)}", "IE": f"CRO {x.ri(100000, 799999)}",
           "US": f"EIN {x.ri(10, 99)}-{x.ri(1000000, 9999999)}", "CA": f"BN {x.ri(100000000, 999999999)}",
           "AU": f"ACN {x.ri(100, 999)} {x.ri(100, 999)} {x.ri(100, 999)}",
           "NZ": f"NZBN 9429{x.ri(100000000, 999999999)}"
           }[x.region]
    has_iban = x.region not in ("US", "CA", "AU", "NZ")
    if v == 0:
        if x.lang == "en":
            hdr = ["No.", "Member", "Address", "Shares", "%"]
            rows = [[str(k), P(x.nm(d["p"], "full", "LcF")), A(d["home"].one), str(int(d["pct"] * 100)),
                     f"{d['pct']:.1f}"]
                    for k, d in enumerate(sh, 1)]
            title = f"REGISTER OF MEMBERS – {comp} ({reg})"
            tail = [f"Registered office: {A(seat.one)}", f"Director: {P(md.full)}"]
            if x.region in ("AU", "NZ"):
                tail.append(f"Director's date of birth: {D(x.dob(md))}, place of birth: {x.addr().town}")
            req = "Can you check this register adds up to 100% and draft a short cover note for the accountant?"
        else:
            hdr = x.L(de=["Nr.", "Gesellschafter", "Geburtsdatum", "Wohnort", "Nennbetrag (EUR)", "Anteil"],
                      fr=["N°", "Associé", "Né(e) le", "Domicile", "Parts", "%"],
                      it=["N.", "Socio", "Data di nascita", "Residenza", "Quota (EUR)", "%"])
            cap = x.c([25000, 30000, 50000, 100000])
            rows = []
            full_addr = x.region in ("AT", "CH", "FR", "BE", "LU", "IT")
            for k, d in enumerate(sh, 1):
                where = A(d["home"].one) if full_addr else d["home"].town
                rows.append([str(k), P(x.nm(d["p"], "lf", "lf", "LcF")), D(x.dob(d["p"])), where,
                             f"{int(cap * d['pct'] / 100):,}".replace(",", "."), f"{d['pct']:.2f} %".replace(".", ",")])
            title = x.L(de=f"Liste der Gesellschafter der {comp} mit dem Sitz in {seat.town} ({reg})",
                        fr=f"Liste des associés de {comp}, siège social {seat.town} ({reg})",
                        it=f"Elenco soci di {comp}, sede legale in {seat.town} ({reg})")
            tail = [x.L(de=f"{seat.town}, den {x.pdate(-20, 0)}", fr=f"Fait à {seat.town}, le {x.pdate(-20, 0)}",
                        it=f"{seat.town}, {x.pdate(-20, 0)}"),
                    x.L(de="Geschäftsführer" if md.gender == "m" else "Geschäftsführerin", fr="Gérant(e)",
                        it="Amministratore unico") + f": {P(md.full)}"]
            req = x.L(de="Bitte prüf, ob die Anteile zusammen 100 % ergeben, und formuliere daraus die Meldung an das "
                         "Transparenzregister (wirtschaftlich Berechtigte ab 25 %).",
                      fr="Vérifie que les parts font 100 % et rédige la déclaration des bénéficiaires effectifs (plus "
                         "de 25 %).",
                      it="Controlla che le quote facciano 100 % e prepara la comunicazione dei titolari effettivi "
                         "(oltre il 25 %).")
        table = md_table(hdr, rows) if x.r() < 0.5 else fixed_table(hdr, rows)
        return wrap(x, req, "\n".join([title, "", table, ""] + tail))
    if v == 1:
        reps = [md] + [d["p"] for d in sh[:1]]
        md_home = x.addr()
        obj = {"company": {"legal_name": comp, "register_no": reg, "registered_address": {
            "street": A(seat.line1), "postal_code": seat.postcode, "city": seat.town, "country": x.region},
            "phone": T(x.phone("land")),
            "email": f"{x.c(['info', 'office', 'contact', 'admin'])}@{x.domain_for(comp)}"},
            "representatives": [], "beneficial_owners": []}
        for k, p in enumerate(reps):
            home = md_home if k == 0 else sh[0]["home"]
            obj["representatives"].append({
                "role": "managing_director" if k == 0 else "authorised_signatory", "first_name": P(p.first),
                "last_name": P(p.last), "date_of_birth": D(x.dob(p, "iso")), "nationality": x.region,
                "residential_address": {"line1": A(home.line1), "postal_code": home.postcode, "city": home.town},
                "mobile": T(x.phone()), "email": E(x.email(p))})
        for k, d in enumerate(sh):
            if d["pct"] < 25 and k > 0:
                continue
            entry = {"full_name": P(d["p"].full), "ownership_percent": d["pct"],
                     "date_of_birth": D(x.dob(d["p"], "iso")) if k != len(sh) - 1 or x.r() < 0.5 else None,
                     "residence_country": d["home"].country}
            obj["beneficial_owners"].append(entry)
        if has_iban:
            obj["initial_deposit_from"] = {"iban": I(x.iban(style="compact")), "holder": P(sh[0]["p"].full)}
        body = jdump(obj, 2).replace("null", "null")
        req = x.L(de="Die Bank lehnt unser Onboarding für das Geschäftskonto ab („KYC incomplete“). Hier der Export "
                     "aus "
                     "dem Portal – was fehlt?",
                  fr="La banque refuse l'ouverture du compte pro (« KYC incomplete »). Voici l'export du portail : "
                     "qu'est-ce qui manque ?",
                  it="La banca rifiuta l'apertura del conto aziendale (\"KYC incomplete\"). Ecco l'export dal portale: "
                     "cosa manca?",
                  en="The bank rejected our business account onboarding (\"KYC incomplete\"). Here's the export from "
                     "the portal – what's missing?")
        return wrap(x, req, body)
    if v == 2:
        dep = (f"IBAN {I(x.iban())}") if has_iban else bank_details_nonban(x)
        parts = []
        for k, d in enumerate(sh, 1):
            p = d["p"]
            parts.append(x.L(
                de=f"{k}. {x.sal(p)} {P(p.full)}, geboren am {D(x.dob(p))}, wohnhaft {A(d['home'].one)},",
                fr=f"{k}. {'Monsieur' if p.gender == 'm' else 'Madame'} {P(p.full)}, {x.born(p)} {D(x.dob(p))} à "
                   f"{d['pob']}, de nationalité {d['nat']}, demeurant {A(d['home'].one)} ;",
                it=f"{k}. {P(p.full)}, {x.born(p).replace(' il', '')} a {d['pob']} il {D(x.dob(p))}, residente in "
                   f"{A(d['home'].one)}, codice fiscale {nat_id(x, p) if x.region == 'IT' else '-'};",
                en=f"({k}) {P(p.full.upper() if x.r() < 0.5 else p.full)} of {A(d['home'].one)} (born {D(x.dob(p))});"))
        txt = x.L(
            de="GESELLSCHAFTSVERTRAG (Entwurf)\n\nDie nachstehend Genannten\n" + "\n".join(parts) +
               f"\n\nerrichten hiermit eine Gesellschaft mit beschränkter Haftung unter der Firma {comp} mit dem Sitz "
               f"in {seat.town}. Das Stammkapital beträgt {'20.000 CHF' if x.region == 'CH' else '25.000 EUR'}. Die "
               "Einlagen sind sofort in voller Höhe auf das "
               f"Konto der Gesellschaft in Gründung, {dep}, einzuzahlen.\n\nZum ersten Geschäftsführer wird "
               f"{P(md.full)}, geboren am {D(x.dob(md))}, bestellt.",
            fr="STATUTS (projet)\n\nENTRE LES SOUSSIGNÉS :\n" + "\n".join(parts) +
               f"\n\nIl a été établi ainsi qu'il suit les statuts de la société {comp}, dont le siège est fixé "
               f"{A(seat.one)}. Les apports en numéraire ont été déposés sur le compte ouvert au nom de la société en "
               f"formation, {dep}.\n\nPremier président : {P(md.full)}, {x.born(md)} {D(x.dob(md))}.",
            it="ATTO COSTITUTIVO DI S.R.L. (bozza)\n\nSono presenti:\n" + "\n".join(parts) +
               f"\n\nI comparenti costituiscono la società {comp}, con sede in {A(seat.one)}. Il capitale sociale è "
               f"versato sul conto intestato alla società in costituzione, {dep}.\n\nViene nominato amministratore "
               f"unico {P(md.full)}, {x.born(md)} {D(x.dob(md))}.",
            en=f"SHAREHOLDERS' AGREEMENT (draft)\n\nTHIS AGREEMENT is made on {x.pdate(1, 30)}\n\nBETWEEN:\n"
               + "\n".join(parts) + f"\n({len(parts) + 1}) {comp} ({reg}) whose registered office is at {A(seat.one)}."
               f"\n\nThe subscription monies shall be paid to the Company's account ({dep}). {P(md.full)} shall be "
               f"appointed as a director.")
        req = x.L(de="Kannst du den Entwurf unseres Gesellschaftsvertrags sprachlich glätten? Inhaltlich nichts "
                     "ändern.",
                  fr="Peux-tu relire ce projet de statuts (style uniquement, ne change pas le fond) ?",
                  it="Puoi sistemare la forma di questa bozza di atto costitutivo? Non cambiare il contenuto.",
                  en="Can you tidy the wording of this draft agreement? Don't change the substance.")
        return wrap(x, req, txt)
    # v == 3: beneficial owner declarations
    owners = [d for d in sh if d["pct"] >= 25] or sh[:1]
    if x.lang == "en" and x.region in ("GB", "IE"):
        lines = [f"{'PSC REGISTER' if x.region == 'GB' else 'REGISTER OF BENEFICIAL OWNERS (RBO)'} – {comp}", ""]
        for d in owners:
            p = d["p"]
            assert p.dob is not None
            lines += [f"Name: {P(p.full)}",
                      f"Date of birth: {MONTHS['en'][p.dob.month - 1]} {p.dob.year}" if x.region == "GB" else
                      f"Date of birth: {D(x.dob(p))}", f"Nationality: {d['nat']}",
                      f"Service address: {A(x.addr().one)}", f"Usual residential address: {A(d['home'].one)}",
                      "Nature of control: ownership of shares – "
                      + ("more than 25% but not more than 50%" if d["pct"] <= 50 else
                         "more than 50% but less than 75%"),
                      f"Notified on: {x.pdate(-300, -10)}", ""]
        lines.append(f"Company secretary: {P(md.full)}, {T(x.phone('land'))}, {E(x.email(md))}")
        req = ("Our bank asked for the beneficial ownership details. Can you turn this register extract into a short "
               "letter?")
        return wrap(x, req, "\n".join(lines))
    if x.lang == "en":
        title = "BENEFICIAL OWNERSHIP INFORMATION REPORT" if x.region == "US" else "DIRECTOR AND SHAREHOLDER DETAILS"
        lines = [f"{title}"
                 f" – {comp} ({reg})", ""]
        for k, d in enumerate(owners, 1):
            p = d["p"]
            lines += [f"Owner {k}", kv("Legal name", P(p.LcF), 20), kv("Date of birth", D(x.dob(p)), 20),
                      kv("Residential address", A(d["home"].one), 20),
                      kv("ID document", f"{x.c(['Passport', 'Driver license'])} "
                                        f"{x.c('ABCDEFGHJKLMN')}{x.ri(1000000, 9999999)}", 20),
                      kv("Phone", T(d["phone"]), 20), ""]
        lines.append(f"Company applicant: {P(md.full)}, {A(seat.one)}")
        req = "Please check these owner details for the filing – anything inconsistent or missing?"
        return wrap(x, req, "\n".join(lines))
    L = x.L(
        de=dict(title={"DE": "Mitteilung an das Transparenzregister – wirtschaftlich Berechtigte",
                       "AT": "WiEReG-Meldung – wirtschaftliche Eigentümer",
                       "CH": "Formular K – Feststellung der wirtschaftlich berechtigten Person"}.get(x.region, ""),
                last="Nachname", first="Vorname", dob="Geburtsdatum", pob="Geburtsort", nat="Staatsangehörigkeit",
                addr="Wohnort" if x.region == "DE" else "Wohnsitz (Adresse)", kind="Art und Umfang",
                since="wirtschaftlich Berechtigter seit"),
        fr=dict(title="Document relatif au bénéficiaire effectif (DBE)", last="Nom", first="Prénoms",
                dob="Date de naissance", pob="Lieu de naissance", nat="Nationalité", addr="Adresse personnelle",
                kind="Modalités du contrôle", since="Date à laquelle la personne est devenue bénéficiaire effectif"),
        it=dict(title="Comunicazione del titolare effettivo", last="Cognome", first="Nome", dob="Data di nascita",
                pob="Luogo di nascita", nat="Cittadinanza", addr="Residenza anagrafica", kind="Entità della "
                                                                                              "partecipazione",
                since="Titolare effettivo dal"))
    lines = [L["title"], f"{comp} – {reg}", ""]
    for k, d in enumerate(owners, 1):
        p = d["p"]
        where = d["home"].town if x.region == "DE" else A(d["home"].one)
        lines += [f"{k}.", "  " + kv(L["last"], P(p.last)), "  " + kv(L["first"], P(p.first)),
                  "  " + kv(L["dob"], D(x.dob(p))), "  " + kv(L["pob"], d["pob"]), "  " + kv(L["nat"], d["nat"]),
                  "  " + kv(L["addr"], where), "  " + kv(L["kind"], f"{d['pct']:.0f} %"),
                  "  " + kv(L["since"], x.pdate(-900, -30)), ""]
    lines += [x.L(de="Ansprechpartner", fr="Contact", it="Referente") + f": {P(md.full)}, {T(x.phone())}, "
              f"{E(x.work_email(md, x.domain_for(comp)))}"]
    req = x.L(de="Bitte prüf diese Meldung. Stimmt das so mit den 25 %? Und formuliere eine kurze Begleitmail an "
                 "den Steuerberater.",
              fr="Peux-tu vérifier cette déclaration (seuil de 25 %) et écrire un court mail d'accompagnement pour "
                 "l'expert-comptable ?",
              it="Puoi verificare questa comunicazione (soglia del 25 %) e scrivere una breve mail di accompagnamento "
                 "per il commercialista?")
    return wrap(x, req, "\n".join(lines))


# ====================================================================================================================
# 8. minortravel - travel consent for minors: consent letters of the parent staying at home, the French AST and
#    equivalents as forms, airline unaccompanied-minor forms, booking-API JSON
# ====================================================================================================================
AIRLINES = {"Lufthansa": "LH", "Swiss": "LX", "Austrian": "OS", "Air France": "AF", "Brussels Airlines": "SN",
            "Luxair": "LG", "ITA Airways": "AZ", "Aer Lingus": "EI", "British Airways": "BA", "Air Canada": "AC",
            "Qantas": "QF", "Air New Zealand": "NZ", "Turkish Airlines": "TK", "TAP Air Portugal": "TP"}
DEST_NAMES = {
    "de": dict(TR="die Türkei", PT="Portugal", ES="Spanien", HR="Kroatien", MA="Marokko", GR="Griechenland",
               PL="Polen", RO="Rumänien", AL="Albanien", DE="Deutschland", FR="Frankreich", IT="Italien",
               AT="Österreich", CH="die Schweiz", GB="Großbritannien"),
    "fr": dict(TR="Turquie", PT="Portugal", ES="Espagne", HR="Croatie", MA="Maroc", GR="Grèce", PL="Pologne",
               RO="Roumanie", AL="Albanie", DE="Allemagne", FR="France", IT="Italie", AT="Autriche", CH="Suisse",
               GB="Royaume-Uni"),
    "it": dict(TR="Turchia", PT="Portogallo", ES="Spagna", HR="Croazia", MA="Marocco", GR="Grecia", PL="Polonia",
               RO="Romania", AL="Albania", DE="Germania", FR="Francia", IT="Italia", AT="Austria", CH="Svizzera",
               GB="Regno Unito"),
    "en": dict(TR="Türkiye", PT="Portugal", ES="Spain", HR="Croatia", MA="Morocco", GR="Greece", PL="Poland",
               RO="Romania", AL="Albania", DE="Germany", FR="France", IT="Italy", AT="Austria", CH="Switzerland",
               GB="the UK"),
}


def g_minortravel(x: Ctx) -> str:
    v = x.i % 4
    home = x.addr()
    parent = x.person(age=(28, 52))
    other = x.person(like=parent, g="f" if parent.gender == "m" else "m", age=(28, 55)) if x.r() < 0.6 else \
        x.person(g="f" if parent.gender == "m" else "m", age=(28, 55))
    kids = [x.child(parent if x.r() < 0.7 else other, age=(3, 17)) for _ in range(x.ri(1, 2))]
    dest_cc = x.c([c for c in ABROAD_COUNTRIES if c in ("TR", "PT", "ES", "HR", "MA", "GR", "PL", "RO", "AL")] +
                  [c for c in ("DE", "FR", "IT", "AT", "CH", "GB") if c != x.region])
    dest = x.addr(dest_cc)
    dest_country = DEST_NAMES[x.lang].get(dest_cc) or x.cname(dest_cc)
    d_from, d_to = x.pdate(10, 40), x.pdate(45, 80)
    pp = lambda: f"{x.c('CFGHJKLMNPRTVWXYZ')}{x.c('CFGHJKLMNPRTVWXYZ')}{x.ri(1000000, 9999999)}"  # noqa: E731
    if v == 0:
        kl = ", ".join(f"{P(k.full)} "
                       f"({x.L(de='geb.', fr=x.born(k), it=x.born(k), en='born')} {D(x.dob(k))}, "
                       f"{x.L(de='Reisepass', fr='passeport', it='passaporto', en='passport')} {pp()})" for k in kids)
        rel = x.L(de="Vater" if other.gender == "m" else "Mutter", fr="père" if other.gender == "m" else "mère",
                  it="padre" if other.gender == "m" else "madre", en="father" if other.gender == "m" else "mother")
        txt = x.L(
            de=f"EINVERSTÄNDNISERKLÄRUNG\n\nHiermit erkläre ich, {P(parent.full)}, geboren am {D(x.dob(parent))}, "
               f"wohnhaft {A(home.one)}, als sorgeberechtigte{'r' if parent.gender == 'm' else ''} "
               f"{'Vater' if parent.gender == 'm' else 'Mutter'}, dass "
               f"{'meine Kinder' if len(kids) > 1 else 'mein Kind'} "
               f"{kl} in der Zeit vom {d_from} bis {d_to} mit {'dem' if other.gender == 'm' else 'der'} {rel} "
               f"{P(other.full)} (geb. {D(x.dob(other))}, Reisepass {pp()}) "
               f"{'in' if dest_country.startswith('die ') else 'nach'} {dest_country} reisen darf.\n\n"
               f"Unterkunft: {A(dest.one)}\n\nIch bin während der Reise jederzeit erreichbar unter {T(x.phone())} "
               f"oder {E(x.email(parent))}.\n\n{home.town}, {x.pdate(-5, 0)}\n\n______________________\n"
               f"{P(parent.full)}",
            fr=f"AUTORISATION PARENTALE DE VOYAGE\n\nJe soussigné{'e' if parent.gender == 'f' else ''} "
               f"{P(parent.full)}, {x.born(parent)} {D(x.dob(parent))}, demeurant {A(home.one)}, "
               f"{'père' if parent.gender == 'm' else 'mère'} exerçant l'autorité parentale, autorise "
               f"{'mes enfants' if len(kids) > 1 else 'mon enfant'} {kl} à voyager du {d_from} au {d_to} "
               f"{'au' if dest_country in ('Portugal', 'Maroc', 'Royaume-Uni') else 'en'} {dest_country} avec "
               f"{'son' if other.gender == 'm' else 'sa'} {rel}, {P(other.full)} "
               f"({x.born(other)} {D(x.dob(other))}, passeport {pp()}).\n\nAdresse sur place : {A(dest.one)}\n\n"
               f"Je reste joignable pendant tout le séjour au {T(x.phone())} ou par courriel : "
               f"{E(x.email(parent))}.\n\nFait à {home.town}, le {x.pdate(-5, 0)}\n\n{P(parent.full)}",
            it=f"DICHIARAZIONE DI ASSENSO\n\nIl/La sottoscritto/a {P(parent.full)}, {x.born(parent)} "
               f"{D(x.dob(parent))}, "
               f"residente in {A(home.one)}, in qualità di genitore esercente la responsabilità genitoriale, autorizza "
               f"{'i propri figli' if len(kids) > 1 else 'il/la proprio/a figlio/a'} {kl} a recarsi in {dest_country} "
               f"dal {d_from} al {d_to} in compagnia {'del padre' if other.gender == 'm' else 'della madre'} "
               f"{P(other.full)} ({x.born(other)} {D(x.dob(other))}, passaporto {pp()}).\n\nRecapito durante il "
               f"soggiorno: {A(dest.one)}\n\nSono raggiungibile al {T(x.phone())} o via e-mail: {E(x.email(parent))}."
               f"\n\n{home.town}, {x.pdate(-5, 0)}\n\nIn fede\n{P(parent.full)}",
            en=f"CHILD TRAVEL CONSENT LETTER\n\nI, {P(parent.full)}, born {D(x.dob(parent))}, of {A(home.one)}, am the "
               f"{'father' if parent.gender == 'm' else 'mother'} and legal guardian of {kl}. I consent to "
               f"{'their' if len(kids) > 1 else 'my child'} travelling to {dest_country} from {d_from} to {d_to} with "
               f"{'their' if len(kids) > 1 else 'his or her'} {rel}, {P(other.full)} (born {D(x.dob(other))}, passport "
               f"{pp()}).\n\nAddress during the stay: {A(dest.one)}\n\nI can be contacted at any time on "
               f"{T(x.phone())} or {E(x.email(parent))}.\n\nSigned: ______________   Date: {x.pdate(-5, 0)}\n"
               f"{P(parent.full)}")
        req = x.L(de="Bitte übersetz diese Einverständniserklärung ins Englische, damit sie an der Grenze verstanden "
                     "wird. Formatierung beibehalten.",
                  fr="Peux-tu traduire cette autorisation en anglais pour le contrôle à la frontière ? Garde la mise "
                     "en forme.",
                  it="Traduci questa dichiarazione in inglese per il controllo alla frontiera, mantenendo il formato.",
                  en="Can you check this consent letter reads properly? We fly next month and the border officers "
                     "may ask for it.")
        return wrap(x, req, txt)
    if v == 1:
        k = kids[0]
        L = x.L(
            de=dict(t="Reisevollmacht für Minderjährige", child="KIND", last="Name", first="Vorname(n)",
                    dob="Geburtsdatum", pob="Geburtsort", par="ERZIEHUNGSBERECHTIGTE PERSON", addr="Anschrift",
                    pc="PLZ", town="Ort", tel="Telefon", mail="E-Mail", acc="BEGLEITPERSON", dest="Reiseziel",
                    valid="Gültig bis"),
            fr=dict(t="AUTORISATION DE SORTIE DU TERRITOIRE D'UN MINEUR (cerfa n°15646*01)", child="ENFANT",
                    last="Nom", first="Prénom(s)", dob="Date de naissance", pob="Lieu de naissance",
                    par="TITULAIRE DE L'AUTORITÉ PARENTALE", addr="Adresse", pc="Code postal", town="Commune",
                    tel="Téléphone", mail="Courriel", acc="PERSONNE ACCOMPAGNANTE", dest="Pays de destination",
                    valid="Autorisation valable jusqu'au"),
            it=dict(t="Dichiarazione di accompagnamento per minori", child="MINORE", last="Cognome", first="Nome",
                    dob="Data di nascita", pob="Luogo di nascita", par="GENITORE / TUTORE", addr="Indirizzo",
                    pc="CAP", town="Comune", tel="Telefono", mail="E-mail", acc="ACCOMPAGNATORE",
                    dest="Paese di destinazione", valid="Valida fino al"),
            en=dict(t="CONSENT FOR A CHILD TO TRAVEL", child="CHILD", last="Surname", first="Given name(s)",
                    dob="Date of birth", pob="Place of birth", par="PARENT / GUARDIAN", addr="Address",
                    pc="Postcode", town="Town", tel="Phone", mail="Email", acc="ACCOMPANYING ADULT",
                    dest="Destination", valid="Valid until"))
        w = 24
        lines = [L["t"], "", L["child"], kv(L["last"], P(k.last), w), kv(L["first"], P(k.first), w),
                 kv(L["dob"], D(x.dob(k)), w), kv(L["pob"], x.addr().town, w), "", L["par"],
                 kv(L["last"], P(parent.last), w), kv(L["first"], P(parent.first), w),
                 kv(L["dob"], D(x.dob(parent)), w), kv(L["addr"], A(home.line1), w), kv(L["pc"], home.postcode, w),
                 kv(L["town"], home.town, w), kv(L["tel"], T(x.phone()), w), kv(L["mail"], E(x.email(parent)), w), ""]
        acc = x.person(age=(20, 75))
        lines += [L["acc"], kv(L["last"] + ", " + L["first"].lower(), P(acc.lf), w), kv(L["dob"], D(x.dob(acc)), w),
                  kv(L["tel"], T(x.phone()), w), "", kv(L["dest"], dest_country, w), kv(L["valid"], d_to, w)]
        req = x.L(de="Ich habe das Formular so ausgefüllt. Fehlt etwas? Die Oma fliegt mit meiner Tochter.",
                  fr="J'ai rempli le formulaire comme ceci. Il manque quelque chose ? C'est la grand-mère qui voyage "
                     "avec ma fille.",
                  it="Ho compilato il modulo così. Manca qualcosa? Viaggia con la nonna.",
                  en="I've filled in the form like this. Anything missing? Her grandmother is travelling with her.")
        return wrap(x, req, "\n".join(lines))
    if v == 2:
        k = kids[0]
        bring, meet = parent, x.person(age=(25, 75))
        meet_home = dest
        air = x.c(list(AIRLINES))
        fl = f"{AIRLINES[air]} {x.ri(100, 1999)}"
        lines = [f"{air} – UNACCOMPANIED MINOR (UM) HANDLING ADVICE", "",
                 f"PASSENGER: {P(k.LF.upper())}   DOB: {D(x.dob(k, 'num'))}   AGE: {REF.year - k.dob.year}"
                 if k.dob else "", f"FLIGHT: {fl}   DATE: {d_from}   LANGUAGE: {x.lang.upper()}", "",
                 "PERSON SEEING MINOR OFF AT DEPARTURE", f"  NAME: {P(bring.upper)}",
                 f"  ADDRESS: {A(home.one.upper())}",
                 f"  PHONE: {T(x.phone())}", f"  ID: {x.c(['ID', 'PP'])} {pp()}", "",
                 "PERSON MEETING MINOR ON ARRIVAL", f"  NAME: {P(meet.upper)}",
                 f"  ADDRESS: {A(meet_home.line1.upper())}",
                 f"           {A(meet_home.line2.upper())}",
                 f"  PHONE: {T(x.phone(country=dest_cc))}",
                 f"  RELATIONSHIP: {x.c(['GRANDMOTHER', 'UNCLE', 'AUNT', 'FATHER', 'FAMILY FRIEND'])}", "",
                 f"EMERGENCY CONTACT: {P(other.upper)} {T(x.phone())}", "E-MAIL FOR NOTIFICATIONS: "
                                                                        f"{E(x.email(parent))}"]
        req = x.L(de="Das ist das UM-Formular der Airline für meinen Sohn. Bitte prüf, ob alles stimmt, und erklär "
                     "mir, "
                     "was am Flughafen passiert.",
                  fr="Voici le formulaire « enfant voyageant seul » de la compagnie. Tu peux vérifier et m'expliquer "
                     "comment ça se passe à l'aéroport ?",
                  it="Questo è il modulo minore non accompagnato della compagnia. Puoi controllarlo e spiegarmi cosa "
                     "succede in aeroporto?",
                  en="This is the airline's unaccompanied minor form for my son. Please check it and explain what "
                     "happens at the airport.")
        return wrap(x, req, "\n".join(ln for ln in lines if ln is not None))
    obj = {"booking_ref": "".join(x.c("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
           "minors": [{"given_name": P(k.first), "surname": P(k.last), "birth_date": D(x.dob(k, "iso")),
                       "document": pp()} for k in kids],
           "guardian": {"name": P(parent.full), "dob": D(x.dob(parent, "iso")), "address": A(home.one),
                        "phone": T(x.phone(intl=True)), "email": E(x.email(parent))},
           "escort": {"name": P(other.full), "phone": T(x.phone(intl=True))},
           "stay_address": A(dest.one), "consent_signed": False}
    req = x.L(de="Unser Reiseportal hat diese Daten für die Einverständniserklärung übernommen. Kannst du daraus "
                 "einen Brief machen, den ich nur noch unterschreiben muss?",
              fr="Le site de voyage a repris ces données pour l'autorisation. Peux-tu en faire une lettre que je n'ai "
                 "plus qu'à signer ?",
              it="Il portale di viaggio ha preso questi dati per l'autorizzazione. Puoi farne una lettera da firmare?",
              en="Our travel portal pulled these details for the consent form. Can you turn this into a letter I "
                 "just need to sign?")
    return wrap(x, req, jdump(obj, x.c([2, 4, None]), ascii_only=x.r() < 0.3))


# ====================================================================================================================
# 9. lostproperty - lost and found: loss reports to transport operators and lost-property offices (with the wallet's
#    contents), finders' messages, hotel lost-and-found mail threads, municipal found-property registers
# ====================================================================================================================
OPERATORS = {"DE": ["Deutsche Bahn – Fundservice", "BVG Fundbüro", "MVG Fundbüro", "Fundbüro der Stadt"],
             "AT": ["ÖBB Fundservice", "Wiener Linien – Fundservice", "Fundamt der Stadt"],
             "CH": {"de": ["SBB Fundservice", "VBZ Fundbüro"], "fr": ["CFF Objets trouvés", "TL Objets trouvés"],
                    "it": ["FFS Oggetti smarriti", "TPL Oggetti smarriti"]},
             "FR": ["RATP – Service des objets trouvés", "SNCF Objets trouvés", "Préfecture de police – objets "
                                                                                "trouvés"],
             "BE": ["SNCB – Objets trouvés", "STIB – Objets trouvés", "Service communal des objets trouvés"],
             "LU": ["CFL – Objets trouvés", "Bureau des objets trouvés de la Ville"],
             "IT": ["Trenitalia – Oggetti smarriti", "ATM Milano – Oggetti smarriti", "Ufficio oggetti rinvenuti del "
                                                                                      "Comune"],
             "GB": ["TfL Lost Property Office", "National Rail Lost Property", "Council lost property"],
             "IE": ["Irish Rail Lost Property", "Dublin Bus Lost Property"],
             "US": ["MTA Lost and Found", "CTA Lost & Found", "City lost and found"],
             "CA": ["TTC Lost Articles Office", "STM Objets perdus"],
             "AU": ["Transport for NSW Lost Property", "PTV Lost Property"],
             "NZ": ["Auckland Transport Lost Property", "Metlink Lost Property"]}


def _wallet(x: Ctx, owner: Person, home: Addr) -> list[str]:
    card = C(x.card())
    items = x.L(
        de=[f"Personalausweis auf den Namen {P(owner.full)} (Nr. {x.c('CFGHJKLMNPRTVWXYZ')}{x.ri(10000000, 99999999)})",
            f"Kreditkarte {card}" + x.c([" (gültig bis 08/29)", "", " – bereits gesperrt"]),
            x.c([f"girocard der {x.c(BANKS['DE'])}, IBAN {I(x.iban('DE'))}", "Führerschein",
                 "Bahncard 50", "Krankenversichertenkarte"]) if x.region == "DE" else
            x.c(["Führerschein", "e-card", "Halbtax-Abo", "Bankomatkarte (Karte ****" + str(x.ri(1000, 9999)) + ")"]),
            f"ca. {x.ri(10, 120)} € Bargeld", "Foto von den Kindern"],
        fr=[f"carte d'identité au nom de {P(owner.full)} (n° {x.ri(100000000000, 999999999999)})",
            f"carte bancaire {card}" + x.c([" (exp. 08/29)", "", " – déjà en opposition"]),
            x.c(["permis de conduire", "carte Vitale", "carte Navigo", "abonnement demi-tarif"]),
            f"environ {x.ri(10, 120)} € en espèces", "une photo de mes enfants"],
        it=[f"carta d'identità intestata a {P(owner.full)} (n. CA{x.ri(10000, 99999)}{x.c('ABCDE')}{x.c('ABCDE')})",
            f"carta di credito {card}" + x.c([" (scad. 08/29)", "", " – già bloccata"]),
            x.c(["patente", "tessera sanitaria", "abbonamento ATM",
                 "bancomat (carta ****" + str(x.ri(1000, 9999)) + ")"]),
            f"circa {x.ri(10, 120)} € in contanti", "una foto dei bambini"],
        en=[f"driving licence in the name of {P(owner.full)}",
            f"{x.c(['Visa', 'Mastercard', 'debit card'])} {card}" + x.c([" (exp 08/29)", "", " – already cancelled"]),
            x.c(["Oyster card", "library card", "gym membership card", "Leap card", "Opal card"]),
            f"about {x.ri(10, 120)} in cash", "a photo of my kids"])
    return items


def g_lostproperty(x: Ctx) -> str:
    v = x.i % 4
    owner = x.person(age=(18, 80))
    home = x.addr()
    ops = OPERATORS[x.region]
    op = x.c(ops[x.lang] if isinstance(ops, dict) else ops)
    when = f"{x.pdate(-10, -1)}, {x.ri(6, 23):02d}:{x.c(['05', '15', '30', '45', '50'])}"
    if v == 0:
        item = x.L(de=x.c(["Geldbörse, schwarz, Leder", "Portemonnaie, braun", "Brieftasche mit Reißverschluss"]),
                   fr=x.c(["portefeuille noir en cuir", "porte-monnaie marron", "pochette zippée"]),
                   it=x.c(["portafoglio nero in pelle", "portamonete marrone", "pochette con zip"]),
                   en=x.c(["black leather wallet", "brown purse", "zip wallet"]))
        where = x.L(de=f"{x.c(['ICE', 'RE', 'S'])} {x.ri(1, 999)}, Wagen {x.ri(1, 14)}, Platz {x.ri(11, 120)}",
                    fr=f"{x.c(['RER B', 'ligne 4', 'TER', 'TGV'])} {x.ri(1, 9999)}, voiture {x.ri(1, 14)}",
                    it=f"{x.c(['Frecciarossa', 'Regionale', 'linea M2'])} {x.ri(1, 9999)}, carrozza {x.ri(1, 12)}",
                    en=f"{x.c(['Northern line', 'bus route', 'train', 'DART'])} {x.ri(1, 999)}, around "
                       f"{when.split(', ')[1]}")
        contents = _wallet(x, owner, home)
        L = x.L(de=dict(no="Vorgangsnummer", date="Verlustdatum", where="Verlustort", item="Gegenstand",
                        cont="Inhalt", name="Name", addr="Anschrift", tel="Telefon", mail="E-Mail", dob="Geburtsdatum"),
                fr=dict(no="N° de déclaration", date="Date de la perte", where="Lieu", item="Objet", cont="Contenu",
                        name="Nom", addr="Adresse", tel="Téléphone", mail="E-mail", dob="Date de naissance"),
                it=dict(no="N. denuncia", date="Data dello smarrimento", where="Luogo", item="Oggetto",
                        cont="Contenuto", name="Nome", addr="Indirizzo", tel="Telefono", mail="E-mail",
                        dob="Data di nascita"),
                en=dict(no="Report no.", date="Date lost", where="Where", item="Item", cont="Contents", name="Name",
                        addr="Address", tel="Phone", mail="Email", dob="Date of birth"))
        lines = [op, "", kv(L["no"], f"{x.c(['V', 'LP', 'OT', 'F'])}-{REF.year}-{x.ri(100000, 999999)}"),
                 kv(L["date"], when), kv(L["where"], where), kv(L["item"], item), f"{L['cont']}:"]
        lines += [f"  - {c_}" for c_ in contents]
        lines += ["", kv(L["name"], P(x.nm(owner, "full", "lf"))), kv(L["dob"], D(x.dob(owner))),
                  kv(L["addr"], A(home.one)), kv(L["tel"], T(x.phone())), kv(L["mail"], E(x.email(owner)))]
        req = x.L(de="Ich habe das Verlustformular abgeschickt. Kannst du mir eine kurze, freundliche Nachfrage an das "
                     "Fundbüro schreiben, falls sich nach einer Woche niemand meldet? Und: war es klug, die "
                     "Kartennummer anzugeben?",
                  fr="J'ai envoyé la déclaration de perte. Peux-tu m'écrire une relance courte et polie pour dans une "
                     "semaine ? Et c'était une bonne idée de donner le numéro de carte ?",
                  it="Ho inviato la denuncia di smarrimento. Mi scrivi un breve sollecito gentile da mandare tra una "
                     "settimana? E ho fatto bene a indicare il numero della carta?",
                  en="I submitted this lost property report. Can you write me a short, polite follow-up for next week? "
                     "And was it wise to include the card number?")
        return wrap(x, req, "\n".join(lines))
    if v == 1:
        finder = x.person(local=True)
        bag = x.L(de=x.c(["einen Rucksack", "eine Handtasche", "eine Laptoptasche"]),
                  fr=x.c(["un sac à dos", "un sac à main", "une sacoche d'ordinateur"]),
                  it=x.c(["uno zaino", "una borsa", "una borsa porta PC"]),
                  en=x.c(["a backpack", "a handbag", "a laptop bag"]))
        letter_to = x.person(like=owner) if x.r() < 0.5 else owner
        txt = x.L(
            de=f"hab heute in der {x.c(['S-Bahn', 'Straßenbahn', 'U6', 'Regionalbahn'])} {bag} gefunden. drin: laptop, "
               f"ladekabel, ein brief an {P(letter_to.full)}, {A(home.one)}, und ein ausweis: {P(owner.full.upper())}, "
               f"geb. {D(x.dob(owner, 'num'))}. auf einem zettel steht noch eine nummer: {T(x.phone())}. "
               f"ich bin {P(finder.first)}, erreichbar unter {T(x.phone())}",
            fr=f"j'ai trouvé {bag} dans le {x.c(['métro', 'tram', 'bus 38', 'TER'])} aujourd'hui. dedans : un "
               f"ordinateur, un chargeur, une lettre adressée à {P(letter_to.full)}, {A(home.one)}, et une carte "
               f"d'identité : {P(owner.full.upper())}, {x.born(owner)} {D(x.dob(owner, 'num'))}. il y a aussi un "
               f"numéro sur un post-it : {T(x.phone())}. moi c'est {P(finder.first)}, {T(x.phone())}",
            it=f"oggi ho trovato {bag} sul {x.c(['treno', 'tram', 'bus 90', 'metrò'])}. dentro: portatile, "
               f"caricabatterie, una lettera per {P(letter_to.full)}, {A(home.one)}, e una carta d'identità: "
               f"{P(owner.full.upper())}, {x.born(owner)} {D(x.dob(owner, 'num'))}. su un foglietto c'è anche un "
               f"numero: {T(x.phone())}. io sono {P(finder.first)}, {T(x.phone())}",
            en=f"found {bag} on the {x.c(['tube', 'bus', 'train', 'tram'])} today. inside: laptop, charger, a letter "
               f"addressed to {P(letter_to.full)}, {A(home.one)}, and an ID card: {P(owner.full.upper())}, DOB "
               f"{D(x.dob(owner, 'num'))}. there's also a number on a sticky note: {T(x.phone())}. i'm "
               f"{P(finder.first)}, {T(x.phone())}")
        req = x.L(de="Was ist der beste Weg, die Besitzerin oder den Besitzer zu erreichen? Schreib mir eine kurze "
                     "Nachricht, die ich per SMS schicken kann. Meine Notizen:",
                  fr="Quelle est la meilleure façon de joindre le propriétaire ? Écris-moi un court SMS. Mes notes :",
                  it="Qual è il modo migliore per contattare il proprietario? Scrivimi un breve SMS. Le mie note:",
                  en="What's the best way to reach the owner? Write me a short text message I can send. My notes:")
        return wrap(x, req, txt)
    if v == 2:
        hotel = x.c(["Hotel Adler", "Hôtel du Lac", "Albergo Bellavista", "The Grand", "Hotel Sacher",
                     "Hotel Beau-Rivage", "Parkhotel Schönbrunn", "The Shelbourne", "Hotel Garni Alpenrose"])
        staff = x.person(local=True)
        item = x.L(de="mein Ladekabel und eine graue Strickjacke", fr="mon chargeur et un gilet gris",
                   it="il caricabatterie e un cardigan grigio", en="my charger and a grey cardigan")
        room = x.ri(101, 512)
        dom = x.domain_for(hotel)
        role = x.L(de="rezeption@", fr="reception@", it="reception@", en="frontdesk@") + dom
        card = C(x.card())
        mail1 = x.L(
            de=f"Von: {P(owner.full)} <{E(x.email(owner))}>\nAn: {role}\nBetreff: Vergessene Sachen Zimmer {room}\n\n"
               f"Guten Tag,\nich war bis {when.split(',')[0]} in Zimmer {room} und habe {item} vergessen. Könnten Sie "
               f"mir beides schicken? Adresse:\n{P(owner.full)}\n{A(home.line1)}\n{A(home.line2)}\nDie Versandkosten "
               f"können Sie von meiner Karte abbuchen: {card}, gültig bis {x.ri(1, 12):02d}/{x.ri(27, 31)}.\n"
               f"Danke! {P(owner.first)}\nTel. {T(x.phone())}",
            fr=f"De : {P(owner.full)} <{E(x.email(owner))}>\nÀ : {role}\nObjet : objets oubliés chambre {room}\n\n"
               f"Bonjour,\nj'ai séjourné chambre {room} jusqu'au {when.split(',')[0]} et j'ai oublié {item}. Pourriez-"
               f"vous me les envoyer à :\n{P(owner.full)}\n{A(home.line1)}\n{A(home.line2)}\nVous pouvez débiter les "
               f"frais de port sur ma carte : {card}, exp. {x.ri(1, 12):02d}/{x.ri(27, 31)}.\nMerci ! "
               f"{P(owner.first)}\nTél. {T(x.phone())}",
            it=f"Da: {P(owner.full)} <{E(x.email(owner))}>\nA: {role}\nOggetto: oggetti dimenticati camera {room}\n\n"
               f"Buongiorno,\nsono stato/a nella camera {room} fino al {when.split(',')[0]} e ho dimenticato {item}. "
               f"Potete spedirmeli a:\n{P(owner.full)}\n{A(home.line1)}\n{A(home.line2)}\nPotete addebitare la "
               f"spedizione sulla mia carta {card}, scad. {x.ri(1, 12):02d}/{x.ri(27, 31)}.\nGrazie! "
               f"{P(owner.first)}\nTel. {T(x.phone())}",
            en=f"From: {P(owner.full)} <{E(x.email(owner))}>\nTo: {role}\nSubject: Items left in room {room}\n\n"
               f"Hi,\nI stayed in room {room} until {when.split(',')[0]} and left {item} behind. Could you post them "
               "to:"
               f"\n{P(owner.full)}\n{A(home.line1)}\n{A(home.line2)}\nPlease charge the postage to my card {card}, "
               f"exp {x.ri(1, 12):02d}/{x.ri(27, 31)}.\nThanks, {P(owner.first)}\n{T(x.phone())}")
        mail2 = x.L(
            de=f"> Antwort von {P(staff.fl)} (Housekeeping): Wir haben die Jacke gefunden, das Kabel leider nicht. "
               f"Bitte rufen Sie mich an: {T(x.phone('land'))}",
            fr=f"> Réponse de {P(staff.fl)} (gouvernante) : nous avons retrouvé le gilet, pas le chargeur. "
               f"Appelez-moi au {T(x.phone('land'))}",
            it=f"> Risposta di {P(staff.fl)} (governante): abbiamo trovato il cardigan, il caricabatterie no. "
               f"Mi chiami al {T(x.phone('land'))}",
            en=f"> Reply from {P(staff.fl)} (housekeeping): we found the cardigan but not the charger. Please call me "
               f"on {T(x.phone('land'))}")
        req = x.L(de=f"Ich arbeite an der Rezeption vom {hotel}. Schreib bitte eine Antwort an den Gast und sag mir, "
                     f"ob wir die Kartennummer aus der Mail so verwenden dürfen.",
                  fr=f"Je travaille à la réception de l'{hotel}. Rédige une réponse au client et dis-moi si on peut "
                     f"utiliser le numéro de carte envoyé par mail.",
                  it=f"Lavoro alla reception dell'{hotel}. Scrivi una risposta all'ospite e dimmi se possiamo usare il "
                     f"numero di carta mandato via mail.",
                  en=f"I work on reception at {hotel}. Please draft a reply to the guest and tell me whether we can "
                     "use "
                     f"the card number from the email.")
        return wrap(x, req, mail1 + "\n\n" + mail2)
    rows = []
    for _ in range(x.ri(6, 9)):
        f_ = x.person(age=(16, 80))
        fa = x.addr()
        item = x.L(de=x.c(["Schlüsselbund (3 Schlüssel)", "Smartphone", "Brille", "Kinderfahrrad", "Regenschirm",
                           "Geldbörse", "Ehering"]),
                   fr=x.c(["trousseau de clés", "smartphone", "lunettes", "vélo d'enfant", "parapluie",
                           "portefeuille", "alliance"]),
                   it=x.c(["mazzo di chiavi", "smartphone", "occhiali", "bici da bambino", "ombrello", "portafoglio",
                           "fede nuziale"]),
                   en=x.c(["bunch of keys", "smartphone", "glasses", "child's bike", "umbrella", "wallet",
                           "wedding ring"]))
        loser = ""
        if x.r() < 0.35:
            lp = x.person(age=(18, 80))
            loser = f"{P(x.nm(lp, 'full', 'lf'))}, {T(x.phone())}"
        rows.append([f"{REF.year % 100}-{x.ri(100, 999)}", x.pdate(-250, -1), x.c(STREETS[x.rkey] if x.rkey in STREETS
                                                                                  else STREETS["GB"]),
                     item, f"{P(x.nm(f_, 'full', 'lf', 'LF'))}, {A(fa.one)}, {T(x.phone())}", loser or "–"])
    hdr = x.L(de=["Fund-Nr.", "Funddatum", "Fundort", "Gegenstand", "Finder/in", "Verlierer/in"],
              fr=["N°", "Date", "Lieu", "Objet", "Inventeur", "Propriétaire"],
              it=["N.", "Data", "Luogo", "Oggetto", "Rinvenitore", "Proprietario"],
              en=["Ref", "Date found", "Where", "Item", "Finder", "Owner"])
    body = md_table(hdr, rows) if x.r() < 0.5 else "\n".join(";".join(csv_cell(c, ";") for c in r)
                                                                for r in [hdr] + rows)
    req = x.L(de="Auszug aus unserem Fundbuch (Gemeinde). Welche Fundsachen liegen schon länger als sechs Monate? "
                 "Die Finder haben dann Anspruch – bitte Anschreiben-Entwurf dazu.",
              fr="Extrait du registre des objets trouvés de la commune. Quels objets sont là depuis plus d'un an et "
                 "un jour ? Rédige le courrier aux inventeurs.",
              it="Estratto del registro oggetti rinvenuti del Comune. Quali oggetti sono giacenti da più di un anno? "
                 "Prepara la lettera ai rinvenitori.",
              en="Extract from our lost property register. Which items have been held for more than three months? "
                 "Draft the letter to the finders.")
    return wrap(x, req, body)


# ====================================================================================================================
# 10. playerreg - youth sports player registration: licence / player-pass applications with guardians and medical
#     contacts, tournament rosters with dates of birth, coaches' carpool messages, federation transfer exports
# ====================================================================================================================
CLUBS = {"de": ["SV Blau-Weiß", "TSV Jahn", "FC Eintracht", "SC Preußen", "TuS Germania", "SpVgg", "FC Viktoria",
                "DJK St. Georg", "SV Rot-Weiß"],
         "fr": ["US", "AS", "FC", "Stade", "Olympique", "Racing Club", "Entente Sportive"],
         "it": ["ASD Polisportiva", "US", "ASD Don Bosco", "AC", "Virtus", "ASD Juventina"],
         "en": ["Rovers", "United", "Athletic", "Wanderers", "Celtic", "St Kevin's Boys", "Little League"]}
SPORTS = {"de": ["Fußball", "Handball", "Basketball", "Eishockey"], "fr": ["football", "handball", "basket", "rugby"],
          "it": ["calcio", "pallavolo", "basket", "rugby"], "en": ["football", "hurling", "soccer", "rugby", "netball"]}


def _club(x: Ctx) -> str:
    town = x.addr().town
    pre = x.c(CLUBS[x.lang])
    if x.lang == "en":
        return f"{town} {pre}" if pre not in ("St Kevin's Boys",) else pre
    return f"{pre} {town}"


def g_playerreg(x: Ctx) -> str:
    v = x.i % 4
    club = _club(x)
    sport = x.c(SPORTS[x.lang])
    coach = x.person(local=True, age=(24, 60))
    if v == 0:
        par = x.person(age=(30, 52))
        kid = x.child(par, age=(6, 17))
        par2 = x.person(like=par, g="f" if par.gender == "m" else "m", age=(30, 52)) if x.r() < 0.5 else None
        home = x.addr()
        doc = x.person(local=True, age=(35, 65))
        old_club = _club(x)
        L = x.L(
            de=dict(t=f"Antrag auf Spielberechtigung ({sport}) – {club}", pl="SPIELER/IN", last="Name",
                    first="Vorname", dob="Geburtsdatum", pob="Geburtsort", nat="Staatsangehörigkeit", addr="Anschrift",
                    prev="Letzter Verein", since="abgemeldet am", par="ERZIEHUNGSBERECHTIGTE", tel="Telefon",
                    mail="E-Mail", med="Ärztliche Bescheinigung", emerg="Notfallkontakt", sign="Für den Verein"),
            fr=dict(t=f"Demande de licence {sport} – {club}", pl="JOUEUR / JOUEUSE", last="Nom", first="Prénom",
                    dob="Né(e) le", pob="à", nat="Nationalité", addr="Adresse", prev="Club précédent",
                    since="date de démission", par="REPRÉSENTANT(S) LÉGAL(AUX)", tel="Tél.", mail="E-mail",
                    med="Certificat médical", emerg="Personne à prévenir", sign="Pour le club"),
            it=dict(t=f"Richiesta di tesseramento {sport} – {club}", pl="ATLETA", last="Cognome", first="Nome",
                    dob="Data di nascita", pob="Luogo di nascita", nat="Cittadinanza", addr="Residenza",
                    prev="Società precedente", since="svincolo del", par="ESERCENTI LA RESPONSABILITÀ GENITORIALE",
                    tel="Tel.", mail="E-mail", med="Certificato medico", emerg="Contatto di emergenza",
                    sign="Per la società"),
            en=dict(t=f"Player registration ({sport}) – {club}", pl="PLAYER", last="Surname", first="First name",
                    dob="Date of birth", pob="Place of birth", nat="Nationality", addr="Address",
                    prev="Previous club", since="left on", par="PARENT / GUARDIAN", tel="Phone", mail="Email",
                    med="Medical / GP", emerg="Emergency contact", sign="Club registration secretary"))
        w = 22
        lines = [L["t"], "", L["pl"], kv(L["last"], P(kid.last), w), kv(L["first"], P(kid.first), w),
                 kv(L["dob"], D(x.dob(kid)), w), kv(L["pob"], x.addr().town, w), kv(L["nat"], nationality(x), w),
                 kv(L["addr"], A(home.one), w)]
        if x.r() < 0.5:
            lines.append(kv(L["prev"], f"{old_club}, {L['since']} {x.pdate(-120, -10)}", w))
        lines += ["", L["par"]]
        for p in [par] + ([par2] if par2 else []):
            lines.append(f"  {P(x.nm(p, 'full', 'lf'))} – {L['tel']} {T(x.phone())}" +
                         (f" – {L['mail']} {E(x.email(p))}" if x.r() < 0.7 else ""))
        med = x.L(de=f"{L['med']}: Dr. med. {P(doc.full)}, {A(x.addr().one)}, Tel. {T(x.phone('land'))}, vom "
                     f"{x.pdate(-60, -1)}",
                  fr=f"{L['med']} : Dr {P(doc.full)}, {A(x.addr().one)}, tél. {T(x.phone('land'))}, daté du "
                     f"{x.pdate(-60, -1)}",
                  it=f"{L['med']}: {'dott.ssa' if doc.gender == 'f' else 'dott.'} {P(doc.full)}, {A(x.addr().one)}, "
                     f"tel. {T(x.phone('land'))}, rilasciato il "
                     f"{x.pdate(-60, -1)}",
                  en=f"{L['med']}: Dr {P(doc.last)}, {x.c(['Riverside', 'Park Lane', 'Millbrook', 'Harbour'])} "
                     f"{x.c(['Surgery', 'Medical Centre', 'Family Practice'])}, {T(x.phone('land'))}")
        em = x.person(age=(30, 80))
        gm = (x.L(de="Oma", fr="grand-mère", it="nonna", en="grandmother") if em.gender == "f" else
              x.L(de="Opa", fr="grand-père", it="nonno", en="grandfather"))
        lines += ["", med, f"{L['emerg']}: {P(em.full)} "
                           f"({gm}), {T(x.phone())}",
                  "", f"{L['sign']}: {P(coach.full)}, {E(x.email(coach))}"]
        req = x.L(de="Bitte prüf, ob der Antrag vollständig ist, bevor ich ihn im Verbandsportal eingebe.",
                  fr="Vérifie que la demande est complète avant que je la saisisse sur le portail de la fédération.",
                  it="Controlla che la richiesta sia completa prima che la inserisca nel portale federale.",
                  en="Please check this registration is complete before I enter it on the association's portal.")
        return wrap(x, req, "\n".join(lines))
    if v == 1:
        n = x.ri(9, 14)
        hdr = x.L(de=["Nr.", "Name", "Vorname", "Geb.-Datum", "Pass-Nr.", "Position"],
                  fr=["N°", "Nom", "Prénom", "Né(e) le", "Licence", "Poste"],
                  it=["N.", "Cognome", "Nome", "Data di nascita", "Tessera", "Ruolo"],
                  en=["No.", "Surname", "First name", "DOB", "Reg. no.", "Position"])
        pos = x.L(de=["TW", "AV", "IV", "MF", "ST"], fr=["G", "DEF", "MIL", "ATT"], it=["P", "D", "C", "A"],
                  en=["GK", "DF", "MF", "FW"])
        year = REF.year - x.ri(9, 16)
        rows = []
        for _ in range(n):
            p = x.person(age=(REF.year - year, REF.year - year + 1))
            rows.append([str(x.ri(1, 30)), P(p.last.upper() if x.r() < 0.3 else p.last), P(p.first),
                         D(x.dob(p, x.c(["num", "num", "iso"]))), f"{x.ri(1000000, 9999999)}", x.c(pos)])
        style = x.c(["md", "tsv", "csv", "fixed"])
        if style == "md":
            table = md_table(hdr, rows)
        elif style == "tsv":
            table = "\n".join("\t".join(r) for r in [hdr] + rows)
        elif style == "csv":
            table = "\n".join(",".join(csv_cell(c, ",") for c in r) for r in [hdr] + rows)
        else:
            table = fixed_table(hdr, rows)
        mgr = x.person(local=True)
        staff = x.L(de=f"Trainer: {P(coach.full)}, {T(x.phone())}\nBetreuer{'in' if mgr.gender == 'f' else ''}: "
                       f"{P(mgr.full)}, {T(x.phone())}, {E(x.email(mgr))}",
                    fr=f"Entraîneur : {P(coach.full)}, {T(x.phone())}\nDirigeant : {P(mgr.full)}, {T(x.phone())}, "
                       f"{E(x.email(mgr))}",
                    it=f"Allenatore: {P(coach.full)}, {T(x.phone())}\nDirigente accompagnatore: {P(mgr.full)}, "
                       f"{T(x.phone())}, {E(x.email(mgr))}",
                    en=f"Coach: {P(coach.full)}, {T(x.phone())}\nTeam manager: {P(mgr.full)}, {T(x.phone())}, "
                       f"{E(x.email(mgr))}")
        title = x.L(de=f"Spielerliste {club} – Jahrgang {year}", fr=f"Liste des joueurs {club} – "
                                                                    f"U{REF.year - year + 1}",
                    it=f"Distinta giocatori {club} – annata {year}", en=f"Squad list {club} – U{REF.year - year + 1}")
        req = x.L(de=f"Für das Hallenturnier dürfen nur Spieler ab 1.1.{year} mitspielen. Wer ist zu alt? Und bitte "
                     f"sortiert nach Rückennummer.",
                  fr=f"Pour le tournoi, seuls les joueurs nés à partir du 1er janvier {year} sont autorisés. Qui est "
                     f"trop âgé ? Trie aussi par numéro.",
                  it=f"Al torneo possono giocare solo i nati dal 1° gennaio {year}. Chi è fuori età? Ordina anche per "
                     f"numero di maglia.",
                  en=f"Only players born on or after 1 January {year} are eligible for the tournament. Who's too old? "
                     f"Please also sort by shirt number.")
        return wrap(x, req, f"{title}\n\n{table}\n\n{staff}")
    if v == 2:
        venue = x.addr()
        venue_name = x.L(de=x.c(["Sportplatz am Waldrand", "Jahnsportplatz", "Sporthalle der Gesamtschule"]),
                         fr=x.c(["stade municipal", "complexe sportif Jean-Bouin", "gymnase Pierre-de-Coubertin"]),
                         it=x.c(["campo comunale", "centro sportivo Gaetano Scirea", "palestra comunale"]),
                         en=x.c(["the rec ground", "Jubilee Park", "the leisure centre", "Lansdowne pitches"]))
        drivers = []
        for _ in range(x.ri(3, 5)):
            par = x.person(age=(30, 55))
            kid = x.child(par, age=(8, 14))
            drivers.append((par, kid, x.addr() if x.r() < 0.5 else None, x.phone()))
        lines = [x.L(de=f"hallo zusammen! samstag auswärtsspiel, treffpunkt 8:15 am vereinsheim, anstoß 10 uhr. "
                        f"adresse: {venue_name}, {A(venue.one.lower() if x.r() < 0.5 else venue.one)}",
                     fr=f"salut tout le monde ! samedi match à l'extérieur, rdv 8h15 au club, coup d'envoi 10h. "
                        f"adresse : {venue_name}, {A(venue.one.lower() if x.r() < 0.5 else venue.one)}",
                     it=f"ciao a tutti! sabato trasferta, ritrovo alle 8:15 al campo, fischio d'inizio alle 10. "
                        f"indirizzo: {venue_name}, {A(venue.one.lower() if x.r() < 0.5 else venue.one)}",
                     en=f"hi all! away game saturday, meet 8:15 at the clubhouse, kick off 10. address: {venue_name}, "
                        f"{A(venue.one.lower() if x.r() < 0.5 else venue.one)}"), "",
                 x.L(de="fahrgemeinschaften:", fr="covoiturage :", it="passaggi:", en="lifts:")]
        for par, kid, pick, ph in drivers:
            pick_w = x.L(de="holt ab bei", fr="passe prendre à", it="passa a prendere in", en="pick up from")
            pl = f" ({pick_w} {A(pick.one)})" if pick else ""
            m_ = par.gender == "m"
            who = x.L(de="papa" if m_ else "mama", fr="papa" if m_ else "maman", it="papà" if m_ else "mamma",
                      en="dad" if m_ else "mum")
            lines.append(f"- {P(par.first.lower() if x.r() < 0.5 else par.first)} "
                         f"({who} "
                         f"{x.L(de='von', fr='de', it='di', en='of')} {P(kid.first)}) {T(ph)}{pl} – "
                         f"{x.ri(2, 4)} {x.L(de='plätze', fr='places', it='posti', en='seats')}")
        lines += ["", x.L(de=f"trikotwäsche diese woche: familie {P(x.c(drivers)[0].last)}",
                          fr=f"lavage des maillots cette semaine : famille {P(x.c(drivers)[0].last)}",
                          it=f"lavaggio maglie questa settimana: famiglia {P(x.c(drivers)[0].last)}",
                          en=f"kit wash this week: the {P(x.c(drivers)[0].last)} family"),
                  x.L(de=f"bei fragen: {P(coach.first.lower())} {T(x.phone())}",
                      fr=f"questions : {P(coach.first.lower())} {T(x.phone())}",
                      it=f"per domande: {P(coach.first.lower())} {T(x.phone())}",
                      en=f"any questions: {P(coach.first.lower())} {T(x.phone())}")]
        req = x.L(de="Kannst du aus meiner Gruppennachricht eine übersichtliche Tabelle machen (Fahrer, Kind, "
                     "Abholort, "
                     "Plätze)?",
                  fr="Peux-tu transformer mon message de groupe en tableau clair (conducteur, enfant, lieu, places) ?",
                  it="Puoi trasformare il mio messaggio di gruppo in una tabella (autista, bambino, dove, posti)?",
                  en="Can you turn my group message into a clear table (driver, child, pick-up, seats)?")
        return wrap(x, req, "\n".join(lines))
    p = x.person(age=(12, 19))
    home = x.addr()
    par = x.person(like=p, age=(35, 55), g=x.c("mf"))
    old_club, new_club = _club(x), club
    sec = x.person(local=True)
    xml = ["<transferRequest>", f"  <requestId>TR-{REF.year}-{x.ri(10000, 99999)}</requestId>",
           f"  <fromClub>{xesc(old_club)}</fromClub>", f"  <toClub>{xesc(new_club)}</toClub>",
           "  <player>", f"    <familyName>{xesc(P(p.last))}</familyName>",
           f"    <givenName>{xesc(P(p.first))}</givenName>",
           f"    <birthDate>{D(x.dob(p, 'iso'))}</birthDate>", f"    <nationality>{x.region}</nationality>",
           f"    <street>{xesc(A(home.line1))}</street>", f"    <postalCode>{home.postcode}</postalCode>",
           f"    <city>{xesc(home.town)}</city>", f"    <playerId>{x.ri(10000000, 99999999)}</playerId>", "  </player>",
           "  <guardian>", f"    <name>{xesc(P(par.full))}</name>", f"    <phone>{xesc(T(x.phone()))}</phone>",
           f"    <email>{xesc(E(x.email(par)))}</email>", "  </guardian>",
           f"  <clubContact name=\"{xesc(P(sec.full))}\" email=\"{xesc(E(x.email(sec)))}\"/>",
           "  <status>PENDING_RELEASE</status>", "</transferRequest>"]
    req = x.L(de="Der Vereinswechsel hängt seit Wochen. Das ist der Export aus dem Verbandssystem. Kannst du eine "
                 "höfliche Mail an den abgebenden Verein formulieren?",
              fr="Le transfert est bloqué depuis des semaines. Voici l'export de la fédération. Rédige un mail poli au "
                 "club quitté.",
              it="Il trasferimento è fermo da settimane. Ecco l'export dal sistema federale. Scrivi una mail cortese "
                 "alla società di provenienza.",
              en="The transfer has been stuck for weeks. This is the export from the association system. Can you "
                 "draft a polite email to the old club?")
    return wrap(x, req, "\n".join(xml))


# ====================================================================================================================
# 11. repair - repair shops and after-sales: intake receipts (receipt printer, capitals), RMA web-form JSON, buy-back
#     records with the seller's ID check and payout account, technicians' visit reports
# ====================================================================================================================
DEVICES = ["iPhone 13", "iPhone 14 Pro", "Samsung Galaxy S23", "Google Pixel 8", "Fairphone 5", "iPad Air",
           "MacBook Air M2", "Lenovo ThinkPad T14", "Nintendo Switch", "Xiaomi Redmi Note 12", "Apple Watch SE"]


def _imei(x: Ctx) -> str:
    body = "35" + "".join(str(x.ri(0, 9)) for _ in range(12))
    for ck in range(10):
        if luhn_ok(body + str(ck)):
            return body + str(ck)
    return body + "0"


def g_repair(x: Ctx) -> str:
    v = x.i % 4
    cust = x.person(age=(16, 85))
    home = x.addr()
    shop_owner = x.person(local=True)
    shop = x.L(de=x.c([f"Handy-Doktor {shop_owner.last}", "PhoneFix", "iRepair Center", f"Reparaturcafé {home.town}"]),
               fr=x.c([f"Répar'Phone {shop_owner.last}", "SOS Smartphone", "Atelier du Mobile"]),
               it=x.c([f"Riparazioni {shop_owner.last}", "Telefonia Service", "iFix Point"]),
               en=x.c([f"{shop_owner.last} Repairs", "Fix My Phone", "The Gadget Clinic"]))
    saddr = x.addr()
    dev = x.c(DEVICES)
    job = f"{x.c(['R', 'A', 'JOB', 'SAV'])}-{REF.year}-{x.ri(1000, 9999)}"
    if v == 0:
        tech = x.person(local=True)
        fault = x.L(de=x.c(["Display gebrochen", "Akku bläht sich", "Ladebuchse locker", "Wasserschaden"]),
                    fr=x.c(["écran cassé", "batterie gonflée", "connecteur de charge HS", "dégât des eaux"]),
                    it=x.c(["display rotto", "batteria gonfia", "connettore di ricarica allentato",
                            "danno da liquidi"]),
                    en=x.c(["cracked screen", "swollen battery", "loose charging port", "water damage"]))
        W = 44
        L = x.L(de=dict(job="AUFTRAG", cust="KUNDE", tel="TEL", mail="E-MAIL", dev="GERÄT", err="FEHLER", est="KV BIS",
                        dep="ANZAHLUNG", code="CODE", pick="ABHOLUNG AB", staff="ANGENOMMEN VON", cur="EUR"),
                fr=dict(job="BON DE DÉPÔT", cust="CLIENT", tel="TÉL", mail="E-MAIL", dev="APPAREIL", err="PANNE",
                        est="DEVIS MAX", dep="ACOMPTE", code="CODE", pick="RETRAIT À PARTIR DU", staff="REÇU PAR",
                        cur="EUR"),
                it=dict(job="SCHEDA", cust="CLIENTE", tel="TEL", mail="E-MAIL", dev="DISPOSITIVO", err="GUASTO",
                        est="PREVENTIVO MAX", dep="ACCONTO", code="CODICE", pick="RITIRO DAL", staff="ACCETTATO DA",
                        cur="EUR"),
                en=dict(job="JOB", cust="CUSTOMER", tel="TEL", mail="EMAIL", dev="DEVICE", err="FAULT",
                        est="QUOTE UP TO", dep="DEPOSIT", code="PASSCODE", pick="READY FROM", staff="CHECKED IN BY",
                        cur={"GB": "GBP", "IE": "EUR", "US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD"}.get(
                            x.region, "EUR")))
        if x.region == "CH":
            L["cur"] = "CHF"
        dec = ".00" if x.lang == "en" else ",00"
        lines = [center(shop.upper(), W), center(A(saddr.line1.upper()), W), center(A(saddr.line2.upper()), W),
                 center(f"TEL {T(x.phone('land'))}", W), "=" * W,
                 f"{L['job']}: {job}", f"{x.pdate(-3, 0)} {x.ri(9, 18):02d}:{x.ri(0, 59):02d}", "-" * W,
                 f"{L['cust']}: {P(cust.upper)}", f"{L['tel']}: {T(x.phone())}"]
        if x.r() < 0.7:
            lines.append(f"{L['mail']}: {E(x.email(cust).upper() if x.r() < 0.3 else x.email(cust))}")
        if x.r() < 0.5:
            lines.append(A(home.line1.upper()))
            lines.append(A(home.line2.upper()))
        lines += [f"{L['dev']}: {dev.upper()}", f"IMEI/SN: {_imei(x)}", f"{L['code']}: {x.ri(1000, 999999)}",
                  f"{L['err']}: {fault.upper()}", f"{L['est']}: {x.ri(60, 380)}{dec} {L['cur']}",
                  f"{L['dep']}: {x.ri(20, 80)}{dec} {L['cur']} VISA ****{x.ri(1000, 9999)}",
                  f"{L['pick']}: {x.pdate(2, 8)}", "-" * W, f"{L['staff']}: {P(tech.first.upper())}", "=" * W]
        req = x.L(de="Schreib dem Kunden bitte eine kurze SMS, dass das Gerät fertig ist (Kosten 149 €).",
                  fr="Écris au client un SMS court pour dire que l'appareil est prêt (149 €).",
                  it="Scrivi al cliente un breve SMS per dire che il dispositivo è pronto (149 €).",
                  en="Please write the customer a short text saying the device is ready to collect (149).")
        body = "\n".join(lines)
        return wrap(x, req, body)
    if v == 1:
        iban_ok = x.region not in ("US", "CA", "AU", "NZ")
        obj = {"rma_number": f"RMA{x.ri(1000000, 9999999)}", "created": x.pdate(-2, 0, "iso") + "T" +
               f"{x.ri(7, 22):02d}:{x.ri(0, 59):02d}:00Z",
               "customer": {"first_name": P(cust.first), "last_name": P(cust.last), "email": E(x.email(cust)),
                            "phone": T(x.phone(intl=x.r() < 0.5)),
                            "address": {"street": A(home.line1), "zip": home.postcode, "city": home.town,
                                        "country": home.country}},
               "product": {"model": dev,
                           "serial": "".join(x.c("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12)),
                           "purchase_date": x.pdate(-700, -30, "iso"), "retailer": x.company()},
               "issue": x.L(de="Gerät startet nicht mehr nach Update", fr="ne démarre plus après la mise à jour",
                            it="non si accende più dopo l'aggiornamento", en="won't boot after update"),
               "refund": {"method": "bank_transfer" if iban_ok else "original_payment",
                          "iban": I(x.iban(style="compact")) if iban_ok else None,
                          "account_holder": P(cust.full) if iban_ok else None}}
        if x.r() < 0.4:
            alt = x.person(like=cust)
            obj["pickup_contact"] = {"name": P(alt.full), "phone": T(x.phone())}
        body = jdump(obj, x.c([2, 2, None]))
        req = x.L(de="Unser RMA-Formular hat diese Anfrage erzeugt. Formuliere bitte die Eingangsbestätigung an den "
                     "Kunden "
                     "mit den nächsten Schritten.",
                  fr="Notre formulaire RMA a généré cette demande. Rédige l'accusé de réception au client avec les "
                     "prochaines étapes.",
                  it="Il nostro modulo RMA ha generato questa richiesta. Scrivi la conferma di ricezione al cliente "
                     "con i prossimi passi.",
                  en="Our RMA form generated this request. Please write the acknowledgement to the customer with the "
                     "next steps.")
        return wrap(x, req, body)
    if v == 2:
        staff = x.person(local=True)
        iban_ok = x.region not in ("US", "CA", "AU", "NZ")
        acct = I(x.iban()) if iban_ok else bank_details_nonban(x)
        idn = f"{x.c(['ID', 'PA', 'CI', 'DL'])} {x.c('CFGHJKLMNPRTVWXYZ')}{x.ri(1000000, 99999999)}"
        L = x.L(de=dict(t="ANKAUFBELEG", seller="Verkäufer/in", dob="geb.", id_="Ausweis", addr="Anschrift",
                        tel="Tel.", dev="Gerät", price="Ankaufspreis", pay="Auszahlung per Überweisung auf",
                        decl="Ich versichere, dass das Gerät mein Eigentum ist und frei von Rechten Dritter.",
                        sig="Unterschrift", by="Geprüft von"),
                fr=dict(t="BON DE RACHAT", seller="Vendeur", dob="né(e) le", id_="Pièce d'identité", addr="Adresse",
                        tel="Tél.", dev="Appareil", price="Prix de rachat", pay="Paiement par virement sur",
                        decl="Je certifie être propriétaire de l'appareil et qu'il n'est ni volé ni gagé.",
                        sig="Signature", by="Vérifié par"),
                it=dict(t="RICEVUTA DI ACQUISTO USATO", seller="Venditore", dob="nato/a il", id_="Documento",
                        addr="Residenza", tel="Tel.", dev="Dispositivo", price="Prezzo di acquisto",
                        pay="Pagamento con bonifico su", decl="Dichiaro che il dispositivo è di mia proprietà e "
                        "libero da vincoli.", sig="Firma", by="Verificato da"),
                en=dict(t="TRADE-IN RECORD", seller="Seller", dob="DOB", id_="ID", addr="Address", tel="Tel",
                        dev="Device", price="Price paid", pay="Paid by bank transfer to",
                        decl="I confirm the item is my property and not subject to any finance or claim.",
                        sig="Signed", by="Checked by"))
        lines = [f"{shop} – {L['t']} {job}", f"{A(saddr.one)}", "",
                 f"{L['seller']}: {P(cust.full)}, {x.born(cust) if x.lang in ('fr', 'it') else L['dob']} "
                 f"{D(x.dob(cust))}", f"{L['id_']}: {idn}",
                 f"{L['addr']}: {A(home.line1)}, {A(home.line2)}" if x.r() < 0.5 else f"{L['addr']}: {A(home.one)}",
                 f"{L['tel']}: {T(x.phone())}", f"{L['dev']}: {dev}, IMEI {_imei(x)}",
                 f"{L['price']}: {x.ri(40, 600)},00", f"{L['pay']}: {acct}", "", L["decl"],
                 f"{L['sig']}: {P(cust.il)}   {L['by']}: {P(staff.fi)}"]
        req = x.L(de="Ich führe eine kleine Handywerkstatt. Muss ich bei so einem Ankaufbeleg alle diese Daten "
                     "speichern, und wie lange? Hier ein echtes Beispiel:",
                  fr="J'ai un petit atelier de réparation. Dois-je conserver toutes ces données sur un bon de rachat, "
                     "et combien de temps ? Voici un vrai exemple :",
                  it="Ho un piccolo negozio di riparazioni. Devo conservare tutti questi dati su una ricevuta di "
                     "acquisto usato, e per quanto? Ecco un esempio reale:",
                  en="I run a small phone repair shop. Do I need to keep all of this on a trade-in record, and for how "
                     "long? Here's a real one:")
        return wrap(x, req, "\n".join(lines))
    tech = x.person(local=True)
    landlord = x.person(local=True)
    appl = x.L(de=x.c(["Waschmaschine Miele W1", "Gastherme Vaillant ecoTEC", "Geschirrspüler Bosch"]),
               fr=x.c(["lave-linge Miele", "chaudière Saunier Duval", "lave-vaisselle Bosch"]),
               it=x.c(["lavatrice Candy", "caldaia Baxi", "lavastoviglie Bosch"]),
               en=x.c(["Miele washing machine", "Worcester Bosch boiler", "Bosch dishwasher"]))
    company = x.company()
    L = x.L(de=dict(t="EINSATZBERICHT", addr="Einsatzort", cust="Kunde", tel="Tel.", tech="Techniker",
                    find="Befund", mat="Material", next_="Folgetermin", land="Hausverwaltung / Vermieter",
                    sig="Unterschrift Kunde"),
            fr=dict(t="RAPPORT D'INTERVENTION", addr="Lieu d'intervention", cust="Client", tel="Tél.",
                    tech="Technicien", find="Constat", mat="Pièces", next_="Prochain passage",
                    land="Gestionnaire / propriétaire", sig="Signature client"),
            it=dict(t="RAPPORTO DI INTERVENTO", addr="Luogo dell'intervento", cust="Cliente", tel="Tel.",
                    tech="Tecnico", find="Diagnosi", mat="Materiale", next_="Prossimo intervento",
                    land="Amministratore / proprietario", sig="Firma cliente"),
            en=dict(t="ENGINEER VISIT REPORT", addr="Site address", cust="Customer", tel="Tel", tech="Engineer",
                    find="Findings", mat="Parts", next_="Next visit", land="Landlord / agent",
                    sig="Customer signature"))
    lines = [f"{company} – {L['t']} {job}", "", f"{L['addr']}:", A(home.line1), A(home.line2), "",
             f"{L['cust']}: {x.sal(cust)} {P(cust.last)}   {L['tel']}: {T(x.phone())}" +
             (f" / {T(x.phone('land'))}" if x.r() < 0.5 else ""),
             f"{L['land']}: {P(landlord.full)}, {T(x.phone('land'))}, {E(x.email(landlord))}",
             f"{L['tech']}: {P(tech.fl)}", "", f"{x.L(de='Gerät', fr='Appareil', it='Apparecchio', en='Appliance')}: "
                                               f"{appl}",
             f"{L['find']}: " + x.L(de="Laugenpumpe blockiert (Fremdkörper), gereinigt. Dichtung porös.",
                                    fr="pompe de vidange bloquée (corps étranger), nettoyée. Joint poreux.",
                                    it="pompa di scarico bloccata (corpo estraneo), pulita. Guarnizione porosa.",
                                    en="drain pump blocked (foreign object), cleaned. Seal perished."),
             f"{L['mat']}: {x.c(['1x', '2x'])} {x.L(de='Dichtung', fr='joint', it='guarnizione', en='seal')}",
             f"{L['next_']}: {x.pdate(3, 20)}, {x.c(['08:00-10:00', '10:00-12:00', '13:00-15:00'])}", "",
             f"{L['sig']}: {P(cust.il)}"]
    req = x.L(de="Mach mir aus dem Einsatzbericht den Text für die Rechnung an die Hausverwaltung.",
              fr="Fais-moi le texte de la facture pour le gestionnaire à partir de ce rapport d'intervention.",
              it="Ricava dal rapporto il testo della fattura per l'amministratore.",
              en="Turn this visit report into the invoice wording for the landlord's agent.")
    return wrap(x, req, "\n".join(lines))


# ====================================================================================================================
# 12. studyconsent - research studies: REDCap-style screening-log CSV exports, consent form contact sheets with GP
#     and reimbursement details, visit reminder schedules, YAML seed fixtures of a study database
# ====================================================================================================================
INSTITUTIONS = {"de": ["Ludwig-Maximilians-Universität München", "Charité – Universitätsmedizin Berlin",
                       "Goethe-Universität Frankfurt", "Universitätsklinikum Carl Gustav Carus Dresden",
                       "Medizinische Universität Graz", "Universitätsspital Basel", "Paracelsus Medizinische "
                                                                                    "Privatuniversität"],
                "fr": ["Hospices Civils de Lyon", "Université Claude Bernard Lyon 1", "CHU de Bordeaux – Hôpital "
                                                                                      "Pellegrin",
                       "Cliniques universitaires Saint-Luc", "Hôpitaux universitaires de Genève",
                       "Centre Hospitalier de Luxembourg", "Institut Gustave Roussy"],
                "it": ["Policlinico Universitario Agostino Gemelli", "Ospedale Niguarda", "Istituto Mario Negri",
                       "Università Vita-Salute San Raffaele", "Ente Ospedaliero Cantonale", "Azienda Ospedaliera "
                                                                                            "Cardarelli"],
                "en": ["King's College London", "Trinity College Dublin", "Johns Hopkins University",
                       "McGill University",
                       "Monash University", "University of Otago", "St James's Hospital", "Royal Victoria Infirmary"]}


def g_studyconsent(x: Ctx) -> str:
    v = x.i % 4
    inst = x.c(INSTITUTIONS[x.lang])
    study = f"{x.c(['SLEEP', 'HEART', 'MOVE', 'GUT', 'ASTHMA', 'MIND', 'BONE'])}-{x.ri(1, 9)}"
    pi = x.person(local=True, age=(38, 66))
    nurse = x.person(local=True, age=(24, 60))
    hotline = x.hotline()
    if v == 0:
        n = x.ri(6, 9)
        hdr = ["record_id", "redcap_event_name", "first_name", "last_name", "dob", "sex", "phone", "email",
               "address_street", "address_zip", "address_city", "gp_name", "eligible", "consent_date", "notes"]
        rows = [hdr]
        dstyle = x.c(["iso", "num"])
        notes_pool = x.L(de=["2x nicht erreicht", "abends anrufen", "Ehefrau am Telefon", "Termin verschoben", ""],
                         fr=["injoignable 2x", "appeler le soir", "épouse au téléphone", "RDV reporté", ""],
                         it=["non risponde 2x", "chiamare di sera", "ha risposto la moglie", "appuntamento spostato",
                             ""],
                         en=["no answer x2", "call after 6pm", "wife answered", "visit rescheduled", ""])
        for k in range(n):
            p = x.person(age=(30, 80))
            home = x.addr()
            gp = x.person(local=True, age=(35, 65))
            note = x.c(notes_pool)
            if x.r() < 0.25:
                rel = x.person(like=p, g="f")
                note = x.L(de=f"Tochter {P(rel.first)} kümmert sich", fr=f"sa fille {P(rel.first)} gère les RDV",
                           it=f"gestisce la figlia {P(rel.first)}", en=f"daughter {P(rel.first)} handles appointments")
            rows.append([str(100 + k), "screening_arm_1", P(p.first), P(p.last), D(x.dob(p, dstyle)), p.gender.upper(),
                         T(x.phone()), E(x.email(p)) if x.r() < 0.7 else "", A(home.line1), home.postcode, home.town,
                         f"{x.L(de='Dr. ', fr='Dr ', it='dott.ssa ' if gp.gender == 'f' else 'dott. ', en='Dr ')}"
                         f"{P(gp.last)}", x.c(["1", "1", "0", ""]),
                         x.pdate(-30, 0, "iso") if x.r() < 0.5 else "", note])
        body = "\n".join(",".join(csv_cell(c, ",", always=(i in (2, 3, 8, 11, 14) and x.r() < 0.5))
                                  for i, c in enumerate(r)) for r in rows)
        req = x.L(de=f"Export aus REDCap (Studie {study}, {inst}). Bitte finde mögliche Dubletten und mach mir eine "
                     f"Rückrufliste für alle ohne Einwilligungsdatum.",
                  fr=f"Export REDCap (étude {study}, {inst}). Trouve les doublons éventuels et fais-moi une liste de "
                     f"rappel pour ceux sans date de consentement.",
                  it=f"Export da REDCap (studio {study}, {inst}). Trova eventuali duplicati e fammi una lista di "
                     f"richiamo per chi non ha la data del consenso.",
                  en=f"REDCap export (study {study}, {inst}). Please find possible duplicates and make me a call-back "
                     f"list for everyone without a consent date.")
        return wrap(x, req, body)
    if v == 1:
        p = x.person(age=(25, 80))
        home = x.addr()
        gp = x.person(local=True, age=(35, 65))
        gp_addr = x.addr()
        iban_ok = x.region not in ("US", "CA", "AU", "NZ")
        pay = I(x.iban()) if iban_ok else bank_details_nonban(x)
        L = x.L(
            de=dict(t=f"Studie {study} – Kontaktbogen (verbleibt im Studienzentrum)", name="Name, Vorname",
                    dob="Geburtsdatum", addr="Anschrift", tel="Telefon", mail="E-Mail", gp="Hausarzt/-ärztin",
                    pay="Aufwandsentschädigung (50 €) auf", holder="Kontoinhaber/in", contact="Ansprechpartner/in",
                    pi="Studienleitung", hot="Studienhotline (kostenfrei)"),
            fr=dict(t=f"Étude {study} – fiche de contact (conservée au centre)", name="Nom, prénom",
                    dob="Date de naissance", addr="Adresse", tel="Téléphone", mail="E-mail", gp="Médecin traitant",
                    pay="Indemnisation (50 €) sur", holder="Titulaire", contact="Contact", pi="Investigateur principal",
                    hot="Numéro vert de l'étude"),
            it=dict(t=f"Studio {study} – scheda contatti (conservata presso il centro)", name="Cognome e nome",
                    dob="Data di nascita", addr="Indirizzo", tel="Telefono", mail="E-mail", gp="Medico curante",
                    pay="Rimborso spese (50 €) su", holder="Intestatario", contact="Referente",
                    pi="Sperimentatore principale", hot="Numero verde dello studio"),
            en=dict(t=f"Study {study} – participant contact sheet (kept at site)", name="Name", dob="Date of birth",
                    addr="Address", tel="Phone", mail="Email", gp="GP", pay="Reimbursement (50) to",
                    holder="Account holder", contact="Study nurse", pi="Chief investigator", hot="Study freephone"))
        lines = [inst, L["t"], "", kv(L["name"], P(x.nm(p, "lf", "LcF"))), kv(L["dob"], D(x.dob(p))),
                 kv(L["addr"], A(home.line1)), " " * (len(L["addr"]) + 2) + A(home.line2),
                 kv(L["tel"], T(x.phone()) + (f" / {T(x.phone('land'))}" if x.r() < 0.4 else "")),
                 kv(L["mail"], E(x.email(p))), "",
                 kv(L["gp"], f"{x.L(de='Dr. med.', fr='Dr', it='dott.ssa' if gp.gender == 'f' else 'dott.', en='Dr')} "
                             f"{P(gp.full)}, {A(gp_addr.one)}, "
                             f"{T(x.phone('land'))}"), "",
                 kv(L["pay"], pay), kv(L["holder"], P(p.full)), "",
                 kv(L["contact"], f"{P(nurse.full)}, {T(x.phone('land'))}, "
                                  f"{E(x.work_email(nurse, x.domain_for(inst)))}"),
                 kv(L["pi"], f"Prof. {P(pi.full)}"), kv(L["hot"], hotline)]
        req = x.L(de="Bitte mach aus diesem Kontaktbogen einen pseudonymisierten Datensatz für die Studiendatenbank: "
                     "welche Felder müssen raus?",
                  fr="Peux-tu me dire quels champs de cette fiche doivent être retirés pour la base pseudonymisée ?",
                  it="Quali campi di questa scheda vanno tolti per il database pseudonimizzato?",
                  en="Which fields on this contact sheet must be removed before it goes into the pseudonymised study "
                     "database?")
        return wrap(x, req, "\n".join(lines))
    if v == 2:
        rows = []
        for _ in range(x.ri(6, 10)):
            p = x.person(age=(25, 80))
            t = f"{x.ri(8, 17):02d}:{x.c(['00', '15', '30', '45'])}"
            rows.append([f"{study}-{x.ri(100, 999)}", P(x.nm(p, "first", "first", "fi")), T(x.phone()),
                         f"{x.pdate(1, 14)} {t}", x.L(de=f"Raum {x.c(ROOMS)}", fr=f"Salle {x.c(ROOMS)}",
                                                      it=f"Sala {x.c(ROOMS)}", en=f"{x.c(ROOMS)} Room")])
        hdr = x.L(de=["ID", "Vorname", "Mobil", "Termin", "Ort"], fr=["ID", "Prénom", "Portable", "RDV", "Lieu"],
                  it=["ID", "Nome", "Cellulare", "Appuntamento", "Luogo"], en=["ID", "First name", "Mobile",
                                                                               "Appointment", "Room"])
        body = "\n".join("\t".join(r) for r in [hdr] + rows)
        tpl = x.L(de=f"Hallo {{Vorname}}, Erinnerung an Ihren Studientermin am {{Termin}} ({{Ort}}). Absage bitte an "
                     f"{P(nurse.first)} unter {T(x.phone('land'))}.",
                  fr=f"Bonjour {{Prénom}}, rappel de votre RDV d'étude le {{RDV}} ({{Lieu}}). En cas d'empêchement, "
                     f"appelez {P(nurse.first)} au {T(x.phone('land'))}.",
                  it=f"Gentile {{Nome}}, le ricordiamo l'appuntamento dello studio il {{Appuntamento}} ({{Luogo}}). "
                     f"Per disdire chiami {P(nurse.first)} al {T(x.phone('land'))}.",
                  en=f"Hi {{First name}}, reminder of your study visit on {{Appointment}} ({{Room}}). To cancel call "
                     f"{P(nurse.first)} on {T(x.phone('land'))}.")
        req = x.L(de="Erzeuge aus der Tabelle und der Vorlage die einzelnen SMS-Texte (je Zeile eine SMS).",
                  fr="Génère les SMS individuels à partir du tableau et du modèle (un SMS par ligne).",
                  it="Genera i singoli SMS dalla tabella e dal modello (uno per riga).",
                  en="Generate the individual text messages from the table and the template (one per row).")
        tl = x.L(de="Vorlage:", fr="Modèle :", it="Modello:", en="Template:")
        return wrap(x, req, body + "\n\n" + tl + "\n" + tpl)
    lines = ["# seed data for the staging database – DO NOT use real participants", "participants:"]
    bad = x.ri(0, 3)
    for k in range(x.ri(3, 5)):
        p = x.person(age=(20, 80))
        home = x.addr()
        initials = "".join(w_[0] for w_ in (p.first.split()[0], p.last.split()[-1])).upper()
        dstyle = "num" if k == bad else "iso"
        q = "'" if x.r() < 0.5 else ""
        lines += [f"  - id: {study}-{100 + k}", f"    initials: {initials}", f"    name: {q}{P(p.full)}{q}",
                  f"    dob: {q}{D(x.dob(p, dstyle))}{q}", f"    phone: \"{T(x.phone(intl=True))}\"",
                  f"    email: {E(x.email(p))}", f"    street: {q}{A(home.line1)}{q}", f"    zip: \"{home.postcode}\"",
                  f"    city: {home.town}", f"    arm: {x.c(['A', 'B', 'placebo'])}"]
    lines += ["investigator:", f"  name: {P(pi.full)}", f"  email: {E(x.work_email(pi, x.domain_for(inst)))}"]
    err = (f"ValidationError: participants[{bad}].dob: expected ISO 8601 date (YYYY-MM-DD)")
    req = x.L(de="Unser Seed-Skript bricht mit diesem Fehler ab. Was ist falsch? Und sind das wirklich nur Testdaten? "
                 "Die sehen ziemlich echt aus.",
              fr="Notre script de seed plante avec cette erreur. Qu'est-ce qui cloche ? Et ce sont vraiment des "
                 "données de test ? Elles ont l'air bien réelles.",
              it="Il nostro script di seed si blocca con questo errore. Cosa c'è che non va? E sono davvero dati di "
                 "test? Sembrano molto reali.",
              en="Our seed script fails with this error. What's wrong? And are these really test data? They look "
                 "pretty real.")
    return wrap(x, req, "\n".join(lines) + "\n\n" + err)


# --------------------------------------------------------------------------------------------------------------------
TEMPLATES = [
    ("accident", g_accident),
    ("driverid", g_driverid),
    ("visitorlog", g_visitorlog),
    ("estate", g_estate),
    ("conveyancing", g_conveyancing),
    ("baptism", g_baptism),
    ("shareholders", g_shareholders),
    ("minortravel", g_minortravel),
    ("lostproperty", g_lostproperty),
    ("playerreg", g_playerreg),
    ("repair", g_repair),
    ("studyconsent", g_studyconsent),
]


def generate() -> list[dict]:
    records = []
    for lang in LANGS:
        for t_index, (name, fn) in enumerate(TEMPLATES):
            for i in range(N_DOCS):
                x = Ctx(lang, name, i, t_index)
                text, ents = finish(fn(x))
                rec = {"id": f"{SEED}-{lang}-{name}-{i:02d}", "locale": x.locale, "lang": lang, "text": text,
                       "entities": ents}
                check_record(rec)
                records.append(rec)
    return records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    records = generate()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for rec in records:
        for e in rec["entities"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
    print(f"{len(records)} documents, {sum(counts.values())} labelled values -> {args.out}")
    print(", ".join(f"{t} {counts.get(t, 0)}" for t in TYPES))


if __name__ == "__main__":
    main()
