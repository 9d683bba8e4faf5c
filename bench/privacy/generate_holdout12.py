r"""Twelfth blind evaluation set ("holdout12") for the anonymizer.

Written 2026-12-05 by a helper session, blind: without reading the detectors and their name lists
(src/tarnkappe/privacy/), the tests (tests/), the other generators and their templates (the bodies of
bench/privacy/generate*.py, templates.py), the README's privacy sections or the texts of any data set under
bench/privacy/data/, without looking at the git history, log, status or diffs of anything, and never run through the
anonymizer, any test or bench/privacy/evaluate.py while written (tarnkappe is not imported; no detector output was
ever seen).  The only things read were the module docstrings of generate_holdout9.py, generate_holdout10.py and
generate_holdout11.py (read with ``ast.get_docstring``: record format, label decisions, genres already used), the
module docstring of evaluate.py and its JSONL-loading and matching code (evaluate_synthetic, _covered, _held_out:
the record fields and the type names), the file names in bench/privacy/ and bench/privacy/data/, the head of the
Makefile, the [tool.ruff] settings in pyproject.toml, the Faker pin in requirements.lock (Faker==40.54.0) and the list
of Faker person locales installed in the venv.  The label decisions below are copied from holdout11 (which copied
them from holdout5..holdout10); the decisions added here were made while writing the templates, never after looking
at any detector output.  The written file was checked only by the generator's own assertions, by reading its own
output (also a scan of it for unlabelled repeats of labelled names: all were firms, role mailboxes and salutations)
and by parsing it the way evaluate.py does (one JSON object per line).  Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout12.jsonl: 4 languages (de, fr, it, en) x 12 templates x 10 documents = 480
documents with 7,211 labelled values (PERSON 3,170, ADDRESS 1,326, DOB 971, PHONE 903, EMAIL 552, IBAN 207, CARD 82),
seeded and deterministic for a given Faker version (the lock's; Faker + the standard library; ``random.Random``
seeded with ``"holdout12|<lang>|<template>|<i>"``, every Faker locale re-seeded per document on its first use in the
document; Faker is used for person and company names only - streets, towns, postcodes, phones, e-mail addresses,
IBANs and cards come from lists and code written here).  Each record has ``id`` (``holdout12-<lang>-<template>-<NN>``),
``locale``, ``lang``, ``text`` and ``entities`` (``start``, ``end``, ``type``, ``text``); ``text[start:end] == text``
is asserted for every entity, entities are sorted, do not overlap and carry no surrounding white space, every IBAN
has valid ISO 13616 check digits (French ones also a valid RIB key, Belgian ones a valid national check, Italian ones
a valid CIN) and every card number passes Luhn.  Regions: de -> DE/AT/CH, fr -> FR/BE/CH, it -> IT/CH, en ->
GB/US/IE/AU (``locale`` is ``lang_REGION``); every (language, template) pair gets a balanced list of its regions in a
seeded random order, so that region and template variant (``i % 4``) are not correlated; relatives, guests, crew and
addressees often live in another region or abroad.  The templates write the labelled values with inline markers
(the document builder records offsets while appending), so upper-casing, lower-casing, ASR punctuation removal,
JSON / XML / PDF / ZPL escaping and fixed-width padding keep the labels exact.

Genres (text people paste into an AI assistant at work or at home, wrapped in a request in the document's language),
chosen to differ from the genres listed for holdout3..holdout11 and from the list of earlier genres in the brief of
this session (those of holdout and holdout2 are not listed in anything read here, so an overlap with them cannot be
ruled out):
 1. permit - building permit applications (Bauantrag, Baugesuch, Bauansuchen, permis de construire / d'urbanisme,
    permesso di costruire, planning / development applications) with landowner, architect and neighbours' consent
    table, residents' parking permit forms (Bewohnerparkausweis, Parkpickerl, vignette résident, contrassegno ZTL,
    RPP) with card or direct-debit payment, neighbours' objection letters, e-permitting portal JSON with a
    validation error;
 2. enforcement - debt enforcement: Zahlungsbefehl / commandement de payer / precetto, Pfändungs- und
    Überweisungsbeschluss, Exekutionsbewilligung, atto di pignoramento, attachment of earnings / garnishment orders,
    debtors' payment-plan letters listing the household, bailiffs' visit reports (also in capitals), payroll
    garnishment mail threads with a table of affected employees;
 3. pension - retirement pension claims (Antrag auf Altersrente, demande de retraite, domanda di pensione, State
    Pension / Social Security / Centrelink) with spouse, children and employment history, fixed-width pension
    statements, survivors' pension letters, pension-fund member CSV exports;
 4. foster - foster care: care plan reviews (Hilfeplan, rapport de situation, relazione di affido), foster carer
    applications with household tables and referees, supervised contact logs (Markdown), social-worker mail threads
    about passports and holidays abroad;
 5. policy - insurance policy schedules: fixed-width motor schedules with named drivers, home and contents schedules
    with co-insured persons and agency footer, travel medical certificates as tables for a visa, change-of-driver
    and address mails with the insurer's reply;
 6. interpreting - certified translation orders with a re-typed foreign birth certificate, interpreter bookings
    (court, hospital, police), agency booking JSON, interpreters' mail threads;
 7. logbook - yacht charter crew lists (Markdown or TSV), flying-club daily flight logs (fixed width), rowing-club
    outing books in lower case, trial-flight voucher bookings;
 8. library - overdue notices (to parents of minors), borrower CSV exports (comma, semicolon, pipe), junior
    membership forms, chats with the library about a lost book;
 9. chatops - Slack channel exports (JSON), Jira comments with Java stack traces carrying a customer record, GitHub
    issues with a Python traceback and a CSV row, Microsoft Teams message JSON with HTML bodies and mentions;
10. formdump - PDF form data: pdftk dump_data_fields output, FDF files (parenthesis and octal escapes), XFDF XML,
    logfmt logs of the form backend;
11. callasr - speech recognition: call-centre transcripts without punctuation in lower case (diarised, spelled
    surnames, spoken digits and e-mail addresses), Whisper JSON of a video consultation, SRT subtitles of a recorded
    onboarding call, voice-bot transcripts in capitals with a slot JSON;
12. labels - address label sheets printed three across, returned registered-mail envelopes in capitals (sender line,
    stamps, handwritten new address), ZPL shipping label code (also with ^FH hex escapes), mail forwarding orders.
Values appear in prose, "Label: value" forms (aligned and not), two- and three-line address blocks, side-by-side
label columns, Markdown, fixed-width, tab-, semicolon-, comma- and pipe-separated tables, JSON (indented, compact,
\u escapes, HTML inside JSON strings), XML, FDF, pdftk dumps, logfmt, ZPL, SRT, Java toString() and Python
tracebacks, mail headers and quotes, chat lines with time stamps, ASR transcripts (lower case, capitals, no
punctuation, numbers as words), in each country's conventions (German "str.", floors and "Whg.", Austrian
"/Top", "/Stiege/Tür", "Jänner" and "A-", Swiss "strasse", "CH-" and "Postfach" / "Case postale" / "Casella
postale", French "bis"/"ter", building / flat complement lines, upper-case towns and BP / CS ... CEDEX, Belgian
"bte" and "B-", Italian "n.", "int.", "scala", "piano" and province codes, British flats and postcodes after the town
(also on their own line), Irish Eircodes and counties, US ZIP+4, "Apt", "#" and "Unit", Australian "Unit 3/12" and
upper-case suburbs, PO boxes, addresses abroad in Türkiye, Portugal, Poland, Vietnam, Bosnia, Kosovo, Morocco,
Senegal, Sri Lanka, Nigeria, Spain and the Netherlands); phone numbers national and international with "(0)",
"00", slashes, dots, hyphens, parentheses, compact E.164, DIN-style hyphenated extensions and extensions as a word
after the number; dates of birth numeric (with and without leading zeros), two-digit years, ISO, US month-first,
with month names and abbreviations in four languages ("1er", "1°", "Jänner", ordinals), lower-case and capitals in
transcripts.  Names in "First Last", "Last, First", "LAST First", "Last First", "A. Last", "First L.", separate
first-name / surname fields, all capitals, lower case, spelled letter by letter, with middle names, particles
(von, zu, van der, ter, de, de la, d', Di, De, Dell', La, Lo, Dalla, Del, da, dos, O', Mac, Mc, Ní, Ó, ap,
al-, El, Ben, Abou), double-barrelled and hyphenated names, maiden names, nicknames (display names), possessives
("Lenas", "Lena's"), names that are ordinary words, diacritics and their ASCII spellings (in e-mail addresses), \u
escapes in JSON and octal escapes in FDF.  Unlabelled distractors: application, case, claim, policy, member,
payroll, job, order, voucher, forwarding-order, registered-mail and tracking numbers, parcel and lot numbers,
insurance / pension numbers (AHV, NIR, codice fiscale, NI, SSN, PPS, TFN-like; some embedding the date of birth),
passport, ID-card and licence numbers, library card and borrower numbers, car and aircraft registrations, boat
names, radio frequencies, Slack / Teams user ids, GitHub handles with digits, request ids, stack-trace line numbers,
amounts and percentages, plain dates and times (issue, service, marriage, death, appointment, travel, flight,
outing, signing dates), ages and birth years alone, birthdays without a year, places of birth, nationalities,
weights, domestic bank details (routing, BSB, sort codes), masked cards, last-four digits and expiry dates, role
mailboxes (poststelle@, contact@, segreteria@, enquiries@, lohn@, paie@, paghe@, payroll@, agentur@, agence@,
agenzia@, office@, pret@, prestiti@, loans@, service@, privacy@, support@ ...), public hotlines, freephone and
card-blocking numbers, insurers' assistance-centre numbers, bare internal extensions, companies (also Faker
company names made of surnames, law firms and insurance agencies named after their owner), courts, authorities,
schools, hospitals, clubs, pharmacies, venues, book titles, languages, towns and postcodes alone, country lines.

Names: Faker locales de_DE, de_AT, de_CH, fr_FR, fr_BE, fr_CH, it_IT, it_CH, en_GB, en_US, en_IE, en_AU (gendered
first names and surnames; names with non-Latin letters are skipped), plus lists written here: region-own lists
(German, Austrian and Swiss names that are ordinary words, rare and Mennonite surnames, particles and double
names; French, Breton, Corsican, Basque, Swiss-French and Walloon names, ordinary-word names and particles; Italian
double first names, particles and southern, Sardinian, Friulian and Ticinese surnames; English, Welsh, Scottish,
Irish and Irish-language, Cornish, Navajo and Maori names, ordinary-word names) and community lists (Turkish,
Balkan, Arabic and Maghrebi, West African, Vietnamese, Sri Lankan Tamil, Polish, Portuguese, and a mixed list of
Chinese, Ukrainian, Korean, Japanese, Persian, Eritrean, Somali, Greek, Hebrew, Andean and Filipino names).  By
default 55 % of the people are drawn from the region's own Faker locale (60 %) and list (40 %), the rest from the
community lists (75 %) and the other languages' Faker locales (25 %); some roles use other shares (the clients of
interpreters and the people on a foreign birth certificate come mostly or only from the community lists and other
locales, children and relatives more often from the region's own); one in ten community names mixes two origins,
about one in twelve own names gets a second first name or a double surname.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, CARD), copied from holdout11 (which copied them
from holdout5..holdout10):
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
Further decisions copied from holdout5's clarifications (via holdout6..holdout11): a surname alone ("Frau Huber",
"famille DUPONT", a ``last_name`` field) and a first name alone (a ``first_name`` field) are PERSON; lowercase names
are PERSON; "Peter und Claudia Huber" is two spans ("Peter", "Claudia Huber"); maiden and married names joined by
"geb.", "née", "nata", "(née ...)" are separate PERSON spans with the connector outside; pets' names and dates of
birth are not labelled; the dates of birth of children are DOB, dates of moving in, issue, travel, vaccination and
signing are plain dates; a two-line address block is two spans, and a structured record whose street and "postcode
town" are separate values is two spans as well; quotes around a value are outside the span; passport, tax,
social-security, national-id, insurance and health-service numbers, and non-IBAN bank details (sort codes, account
and routing numbers, BSB, transit numbers) have no type and are unlabelled.
Clarifications copied from holdout6..holdout11: values are labelled exactly as written in the source (a JSON escape
inside a value is inside the span); a first name with the initial of the surname ("Lisa K.") is one PERSON span
including the dot; diseases named after people are not PERSON, nor are the names of hospitals, schools and
practices; a national phone number with its area code in parentheses is one PHONE span including the parentheses, a
DIN-style extension joined by a hyphen is inside the span; a business's phone number (a practice, a pharmacy, an
authority's office) is PHONE, the hotlines next to it are not; a form or table that keeps the postcode and/or town in
fields of their own: the street field is ADDRESS, the separate postcode and town fields are not labelled; a place of
birth next to a date of birth is outside the DOB span, a date of birth with a two-digit year is DOB; national ids
that contain the date of birth are unlabelled and their digits are not DOB; "Herrn und Frau Meier", "M. et Mme
DUPONT": the surname is one PERSON span; short forms in rosters ("Meier A.", "A. Meier", "Anna M.") are PERSON;
firms, hotels, pharmacies, foundations and laws that contain the name of a person and Faker company names made of
surnames are not labelled; kinship and role words (Tochter, sa fille, la figlia, daughter, Oma, mamie, nonna,
grandma) are outside the PERSON span; restaurants, venues and meeting rooms named after people and streets without a
number are unlabelled; a company's PO box with postcode and town is an ADDRESS; a full card number in an export is
CARD, "last4" and masked numbers are not; an office address written on one line is one ADDRESS span; JSON
``street`` / ``line1`` are ADDRESS, ``postal_code``, ``zip``, ``city`` and ``country`` are not; a field holding
postcode and town together ("PLZ / Ort", "Code postal / Localité", "CAP / Località", "Town / Postcode", "City / State
/ ZIP") is the second ADDRESS span of the street field's address; payees who are persons and their IBANs are
labelled, companies are not; a display name is PERSON, a user name with digits is a user id; French and Italian
gendered forms are resolved per person ("né"/"née", "nato"/"nata"), the cue is outside the DOB span in either form,
and so is a neutral "né(e) le" / "nato/a il"; every line of an address block of more than two lines is its own
ADDRESS span (a French complement line, a British town line and postcode line on their own).

Clarifications decided here while writing the templates (never after looking at any anonymizer output):
* General: a street with a house number standing alone, without postcode and town (a neighbour "(Via alla Chiesa
  118)", a table's street column, a traceback's "cannot split street/number: 'Seestrasse 1'"), is ADDRESS, as a
  street field is; a one-line address written "Street 12 · 12345 Town" is one span with the "·" inside (holdout9);
  an address one-liner may also contain a building or flat complement before the street.
* Permits: the site address is ADDRESS; parcel / lot numbers, application references, plates, building costs and the
  registered keeper when it is a company are unlabelled; the applicant's refund IBAN and the holder's name are
  labelled; the architect's office line ("Tel. ... Durchwahl 12 · mail") is PHONE + EMAIL, the extension outside.
* Enforcement: the debtor, the spouse served with the notice, creditors who are persons, lawyers, clerks,
  bailiffs, debt advisers and witnesses are PERSON; law firms named after a partner ("Price Solicitors", "Wyss
  Rechtsanwälte") are unlabelled; the authority's and the client account's IBANs are labelled; case numbers,
  amounts, interest dates, payroll numbers, service numbers and seized goods are unlabelled; the household's
  dates of birth (children's too) are DOB.
* Pensions: insurance numbers (Austrian ones embedding the date of birth as DDMMYY, AHV, NIR, codice fiscale, NI,
  SSN) are unlabelled; a "Geburtsname" / "Nom de naissance" / "Cognome da nubile" / "Surname at birth" field is
  PERSON; dates of marriage, death and pension start are plain dates; employers and funeral homes are companies;
  the deceased's and the survivor's dates of birth are DOB.
* Foster care: the child, birth parents, carers, social workers, teachers and the GP (surname after "Frau" /
  "Dr.") are PERSON; "etwa Jahrgang 1979 (Geburtstag im März)" / "born around 1979 (birthday in March)" is not DOB;
  "Lenas Stimmung" / "Lena's mood": the first name is PERSON, the genitive outside; schools named after people, the
  agency, pets and health-insurance numbers are unlabelled; a mother's new partner is PERSON.
* Policies: policy numbers, plates, "licence since" years, premiums, sums insured and passport numbers are
  unlabelled; every named driver's and insured person's date of birth is DOB; an agency named after the agent
  ("Kern Versicherungen", "Hoxha Insurance Brokers") and its role mailbox are unlabelled, the agent's own mailbox
  is EMAIL; claims and assistance-centre lines are hotlines; the cardholder name is PERSON.
* Interpreting: a re-typed certificate's child, parents and registrar are PERSON, the parents' dates of birth DOB,
  the place of birth and date of issue unlabelled; languages, venues (court rooms, wards) and agencies are
  unlabelled, the venue's address ADDRESS; "Alter: 41 (Jg. 1985)" is unlabelled; "Mr Surname": the surname is
  PERSON.
* Logbooks: aircraft registrations, boat names, frequencies, passport numbers, nationalities, licence numbers,
  flight times, weights and voucher codes are unlabelled; "Surname First" and "First L." in a log are PERSON; the
  club's IBAN is labelled; a skipper's deposit card is CARD.
* Libraries: library card numbers (12 digits, not payment cards) and borrower numbers are unlabelled, as are book
  titles, ID-document numbers and internal extensions; a guarantor is PERSON; a card number typed into the chat is
  CARD.
* Chat-ops: Slack ``real_name`` and ``display_name`` (also a lower-case first name or a nickname) are PERSON, user
  ids and "<@U0...>" mentions are not; a Jira mention "[~name]" is PERSON without "[~" and "]"; GitHub handles with
  digits are user ids; each value inside a Java toString() ("Customer(firstName=Anna, ...)") and inside
  "holder='ANNA MEIER'" is labelled; in Teams HTML bodies the <at> mention text and ``mentionText`` are PERSON, the
  tags and escaped quotes outside; role mailboxes in "cc" lines are unlabelled.
* Form dumps: the FieldValue of pdftk, the /V string of FDF (with "\(" and octal escapes such as "\374" inside the
  span, as written), the <value> of XFDF and the logfmt value (quotes outside) are labelled by what they hold;
  field names, the postcode and town fields, case references, dates of signature and checkboxes are unlabelled.
* Speech transcripts: a surname spelled letter by letter ("m e i e r") is one PERSON span; a date of birth in
  transcript form ("12. märz 1984", "4th of june 1974", upper case) is DOB; a phone number read out digit by
  digit in words is PHONE; an e-mail address read out ("anna punkt meier at gmx punkt de", "arobase", "chiocciola",
  "dot") is EMAIL; an IBAN read out in lower-case groups is IBAN; a card number read out in groups is CARD; when the
  street and "postcode town" are joined by a word ("in", "à", "a") they are two ADDRESS spans with the word
  outside; SRT cue numbers and time codes, Whisper ids and log-probabilities, voice-bot turn times and
  ``card_last4`` are unlabelled; ASR forms of companies are unlabelled.
* Labels and envelopes: in a label sheet every address line is its own ADDRESS span (side by side with other
  labels), "Familie Meier" / "The Cox family": the surname is PERSON; "c/o Name" and "bei Name": the name is PERSON;
  a sender line "Abs.: Name · Street 1 · 12345 Town": the name is PERSON and "Street 1 · 12345 Town" one ADDRESS
  span; registered-mail numbers, barcodes, parcel numbers, stamps and country lines are unlabelled; in ZPL the
  ^FD ... ^FS field data is labelled without the commands, ^FH hex escapes ("M_C3_BCller") inside the span as
  written; forwarding-order references and ID-document numbers are unlabelled.

Usage (repo root): python bench/privacy/generate_holdout12.py [--out PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import pathlib
import random
import unicodedata
from dataclasses import dataclass, field

from faker import Faker

SEED = "holdout12"
TODAY = dt.date(2026, 12, 5)
OUT = pathlib.Path(__file__).resolve().parent / "data" / "synthetic_holdout12.jsonl"
LANGS = ["de", "fr", "it", "en"]
REGIONS = {"de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "CH"], "it": ["IT", "CH"], "en": ["GB", "US", "IE", "AU"]}
LOCALE_OF = {
    ("de", "DE"): "de_DE", ("de", "AT"): "de_AT", ("de", "CH"): "de_CH",
    ("fr", "FR"): "fr_FR", ("fr", "BE"): "fr_BE", ("fr", "CH"): "fr_CH",
    ("it", "IT"): "it_IT", ("it", "CH"): "it_CH",
    ("en", "GB"): "en_GB", ("en", "US"): "en_US", ("en", "IE"): "en_IE", ("en", "AU"): "en_AU",
}
FAKER_LOCALES = sorted(set(LOCALE_OF.values()))
N_DOCS = 10


def sub_seed(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:8], "big")


# --------------------------------------------------------------------------------------------------------------
# Marked values and the document builder
# --------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class V:
    """A labelled value: ``typ`` is the entity type, ``s`` the text exactly as written."""

    typ: str
    s: str


def P(s: str) -> V:
    return V("PERSON", s)


def A(s: str) -> V:
    return V("ADDRESS", s)


def PH(s: str) -> V:
    return V("PHONE", s)


def EM(s: str) -> V:
    return V("EMAIL", s)


def IB(s: str) -> V:
    return V("IBAN", s)


def DB(s: str) -> V:
    return V("DOB", s)


def CD(s: str) -> V:
    return V("CARD", s)


class Doc:
    def __init__(self) -> None:
        self.buf: list[str] = []
        self.n = 0
        self.ents: list[tuple[int, int, str, str]] = []
        self.case: str | None = None
        self.swiss = False
        self.lit_fn = None  # a function applied to literal text only (ASR transcripts)

    def _c(self, s: str) -> str:
        if self.case == "upper":
            return s.upper()
        if self.case == "lower":
            return s.lower()
        return s

    def _lit(self, s: str) -> None:
        self.buf.append(s)
        self.n += len(s)

    def w(self, *items: object) -> None:
        """Append literals (str) and labelled values (V); None is skipped."""
        for it in items:
            if it is None:
                continue
            if isinstance(it, V):
                s = self._c(it.s)
                self.ents.append((self.n, self.n + len(s), it.typ, s))
                self._lit(s)
            else:
                lit = str(it)
                if self.swiss:
                    lit = lit.replace("ß", "ss")
                if self.lit_fn is not None:
                    lit = self.lit_fn(lit)
                self._lit(self._c(lit))

    def ln(self, *items: object) -> None:
        self.w(*items, "\n")

    def raw_ent(self, typ: str, s: str) -> None:
        """A labelled value appended without case conversion (already escaped or cased by the caller)."""
        self.ents.append((self.n, self.n + len(s), typ, s))
        self._lit(s)

    def text(self) -> str:
        return "".join(self.buf)

    def jstr(self, parts: list[object], ascii_: bool = False) -> None:
        """A JSON string literal assembled from literal parts and labelled values."""
        self._lit('"')
        for part in parts:
            if isinstance(part, V):
                self.raw_ent(part.typ, json.dumps(part.s, ensure_ascii=ascii_)[1:-1])
            else:
                self._lit(json.dumps(str(part), ensure_ascii=ascii_)[1:-1])
        self._lit('"')

    # ---- structured serialisations -------------------------------------------------------------------------
    def json(self, obj: object, indent: int | None = 2, ascii_: bool = False, level: int = 0) -> None:
        sep_item = "," if indent is None else ","
        if isinstance(obj, dict):
            if not obj:
                self._lit("{}")
                return
            self._lit("{")
            for k, (key, val) in enumerate(obj.items()):
                if indent is not None:
                    self._lit("\n" + " " * (indent * (level + 1)))
                self._lit(json.dumps(key, ensure_ascii=ascii_) + (": " if indent is not None else ":"))
                self.json(val, indent, ascii_, level + 1)
                if k < len(obj) - 1:
                    self._lit(sep_item)
            if indent is not None:
                self._lit("\n" + " " * (indent * level))
            self._lit("}")
        elif isinstance(obj, list):
            if not obj:
                self._lit("[]")
                return
            self._lit("[")
            for k, val in enumerate(obj):
                if indent is not None:
                    self._lit("\n" + " " * (indent * (level + 1)))
                self.json(val, indent, ascii_, level + 1)
                if k < len(obj) - 1:
                    self._lit(sep_item)
            if indent is not None:
                self._lit("\n" + " " * (indent * level))
            self._lit("]")
        elif isinstance(obj, V):
            enc = json.dumps(obj.s, ensure_ascii=ascii_)
            self._lit('"')
            self.raw_ent(obj.typ, enc[1:-1])
            self._lit('"')
        else:
            self._lit(json.dumps(obj, ensure_ascii=ascii_))


def xml_esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# --------------------------------------------------------------------------------------------------------------
# Checksums
# --------------------------------------------------------------------------------------------------------------

def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_make(cc: str, bban: str) -> str:
    check = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{check:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    return len(s) > 14 and _iban_num(s[4:] + s[:4]) % 97 == 1


def luhn_ok(s: str) -> bool:
    digits = [int(ch) for ch in s if ch.isdigit()]
    tot = 0
    for k, dgt in enumerate(reversed(digits)):
        if k % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    return tot % 10 == 0


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]


def _it_cin(abi: str, cab: str, acct: str) -> str:
    s = abi + cab + acct
    tot = 0
    for k, ch in enumerate(s):
        d = int(ch)
        tot += _CIN_ODD[d] if k % 2 == 0 else d
    return chr(ord("A") + tot % 26)


def make_iban(cc: str, rng: random.Random) -> str:
    if cc == "DE":
        bban = rng.choice(["10070000", "20050550", "37040044", "50010517", "70150000", "86055592", "12030000",
                           "43060967", "76050101", "25050180"]) + _digits(rng, 10)
    elif cc == "AT":
        bban = rng.choice(["12000", "20111", "32000", "14000", "60000", "38000", "19043"]) + _digits(rng, 11)
    elif cc == "CH":
        bban = rng.choice(["00762", "00235", "00700", "08390", "80808", "00767", "09000"]) + _digits(rng, 12)
    elif cc == "LI":
        bban = rng.choice(["08800", "08810"]) + _digits(rng, 12)
    elif cc == "FR":
        bank, branch, acct = rng.choice(["30004", "20041", "30003", "10278", "11315", "18206"]), _digits(rng, 5), \
            _digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        bban = f"{bank}{branch}{acct}{key:02d}"
    elif cc == "BE":
        first = rng.choice(["001", "063", "068", "310", "363", "732", "751", "850"]) + _digits(rng, 7)
        chk = int(first) % 97 or 97
        bban = f"{first}{chk:02d}"
    elif cc == "IT":
        abi, cab, acct = rng.choice(["03069", "02008", "05034", "03062", "01030", "06230"]), _digits(rng, 5), \
            _digits(rng, 12)
        bban = _it_cin(abi, cab, acct) + abi + cab + acct
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "BUKB"]) + _digits(rng, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + _digits(rng, 14)
    elif cc == "LU":
        bban = rng.choice(["001", "002", "019"]) + _digits(rng, 13)
    elif cc == "ES":
        bban = _digits(rng, 20)
    elif cc == "PT":
        bban = "0035" + _digits(rng, 17)
    elif cc == "PL":
        bban = _digits(rng, 24)
    elif cc == "TR":
        bban = "00062" + "0" + _digits(rng, 16)
    elif cc == "NL":
        bban = rng.choice(["INGB", "RABO", "ABNA"]) + _digits(rng, 10)
    elif cc == "HR":
        bban = "2484008" + _digits(rng, 10)
    else:
        raise ValueError(cc)
    return iban_make(cc, bban)


def group4(s: str) -> str:
    return " ".join(s[k:k + 4] for k in range(0, len(s), 4))


def make_card(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "visa"])
    if kind == "visa":
        return "Visa", luhn_complete("4" + rng.choice(["0", "1", "5", "9", "7", "2"]), 16, rng)
    if kind == "mc":
        return "Mastercard", luhn_complete(str(rng.randint(51, 55)), 16, rng)
    if kind == "mc2":
        return "Mastercard", luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    return "American Express", luhn_complete(rng.choice(["34", "37"]), 15, rng)


def fmt_card(num: str, rng: random.Random) -> str:
    style = rng.random()
    if len(num) == 15:
        if style < 0.7:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return num
    if style < 0.6:
        return group4(num)
    if style < 0.8:
        return num
    return "-".join(num[k:k + 4] for k in range(0, 16, 4))


def fmt_iban(iban: str, rng: random.Random, grouped: float = 0.65) -> str:
    return group4(iban) if rng.random() < grouped else iban


def is_latin(s: str) -> bool:
    for ch in s:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


_TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                        "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
                        "ð": "d", "þ": "th"})


def ascii_fold(s: str) -> str:
    s = s.translate(_TRANS)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii())


# --------------------------------------------------------------------------------------------------------------
# Name pools written here (first names female / male, surnames)
# --------------------------------------------------------------------------------------------------------------

def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


POOLS: dict[str, tuple[list[str], list[str], list[str]]] = {
    # region-own lists: names that are ordinary words, rare names, particles, double names
    "de_own": (
        _split("Gerlinde|Hanna-Lena|Marie-Luise|Frieda|Resi|Wiebke|Heike|Ute|Irmgard|Anneliese|Sieglinde|Maren|"
               "Hedwig|Liesl|Svenja|Rosi|Gudrun|Mechthild|Birte|Trudi"),
        _split("Jörg|Karl-Heinz|Sepp|Till|Urs|Reto|Beat|Gottfried|Hansjörg|Fritz|Wendelin|Ottokar|Sören|Hein|"
               "Leberecht|Wolfram|Konstantin|Mats|Anselm|Kuno"),
        _split("Fuchs|Vogel|Winter|Sommer|Engel|Kaiser|König|Wolf|Stein|Ehrlich|Fröhlich|Gutjahr|Ochsenknecht|"
               "Niedermayr|Pfannkuch|Kätzlmeier|Zwickl|Haberl|Eggenberger|Tschudi|Brändli|Gysin|Zbinden|Wüthrich|"
               "von Arx|von der Heide|von Gunten|zu Eltz|van der Meulen|ter Horst|Schmidt-Rottluff|Bauer-Kniep|"
               "Hüttenbrenner|Ranftl|Pospischil|Wieser|Kofler|Dürrenberger|Imhof|Zimmerli|Holzapfel|Sauer|Liebe|"
               "Nagel|Hahn|Schnee|Morgenroth|Ungerer|Janzen|Friesen|Dyck|Krähenbühl|Bärtschi|Mäder|Oberholzer"),
    ),
    "fr_own": (
        _split("Marie-Claire|Anne-Sophie|Gwenaëlle|Maëlle|Océane|Rose|Blanche|Soizic|Bérénice|Ségolène|Aurore|"
               "Violette|Clémence|Prune|Solange|Marie-Thérèse|Nolwenn|Apolline|Capucine|Joëlle"),
        _split("Jean-Baptiste|Pierre-Yves|Loïc|Aurélien|Yannick|Gaëtan|Côme|Anatole|Hervé|Jean-Luc|Erwan|Benoît|"
               "Marc-Antoine|Fabrice|Bastien|Évariste|Ghislain|Thibaut|Gwendal|Achille"),
        _split("Lefèvre|Delacroix|de la Fontaine|Le Goff|Le Gall|Kerjean|Poulain|Boulanger|Petit|Lebrun|Marchand|"
               "Rossignol|Chevalier|Bonnet|Lapierre|d'Aubigné|Duchemin|Beaulieu|Sainte-Marie|Fontaine|Mercier|"
               "Rochat|Favre|Pasquier|de Montmollin|Le Bihan|Quéméneur|Santoni|Casanova|Etcheverry|Haegeli|"
               "Vandermeersch|Dewulf|Lemaire-Dubois|Van Damme|Delvaux|Renard|Loiseau|Moineau|Bouchard|Pignon|"
               "Carré|Lévêque|Dupuis-Morel|Berthoud|Jaquier|Rérat"),
    ),
    "it_own": (
        _split("Maria Grazia|Annalisa|Rosa|Gioia|Benedetta|Carmela|Vittoria|Immacolata|Assunta|Ornella|Letizia|"
               "Serena|Concetta|Mariangela|Fiorella|Speranza|Nives|Loredana|Graziella|Addolorata"),
        _split("Gianluca|Pierpaolo|Fortunato|Salvatore|Giancarlo|Gianmarco|Calogero|Rosario|Ciro|Gennaro|Nunzio|"
               "Pasquale|Benito|Oreste|Silvano|Piergiorgio|Tiziano|Fiorenzo|Amedeo|Gioacchino"),
        _split("Lo Bianco|Di Giacomo|De Santis|Dell'Acqua|La Rosa|Esposito|Russo|Mancuso|Pellegrino|Cattaneo|"
               "Sangalli|Brambilla|Zanetti|Lupo|Fiore|Colombo|Dalla Torre|D'Alessandro|Lo Presti|Gentile|Leone|"
               "Sereno|Bello|Caruso|Melis|Piras|Deiana|Zanier|Del Fabbro|Rigamonti|Quattrocchi|Mangiapane|"
               "Cannavacciuolo|Lo Cascio|Scognamiglio|Ferrara|Bernasconi|Galli|Pedrazzini|Guscetti|Lurati"),
    ),
    "en_own": (
        _split("Siobhán|Niamh|Grace|Hope|Faith|Dawn|Rowan|Peggy|Brooke|Dakota|Aoife|Gráinne|Bronwyn|Kylie|"
               "Shannon|Tamsin|Imogen|Maisie|LaToya|Wren"),
        _split("Oisín|Bill|Hunter|Mick|Seamus|Cian|Dylan|Rhys|Hamish|Tyrone|Darnell|Bodhi|Lachlan|Ewan|Fergus|"
               "Callum|Dashiell|Tadhg|Angus|Jedediah"),
        _split("O'Sullivan|MacDonald|McAllister|Fitzgerald|Ní Bhriain|Ó Súilleabháin|Baker|Smith-Jones|Fletcher|"
               "Bishop|Hart|Rivers|Summers|Brown|Cartwright|ap Rhys|Featherstonehaugh|Bird|Young|Hunter|Mac Giolla|"
               "O'Donoghue|Ní Cheallaigh|Cholmondeley|Pryce-Whitfield|Tremayne|Penhaligon|Llewellyn|Washington|"
               "Jefferson|Blackfeather|Begay|Nguyen-Walsh|Wiremu|Ngata|Kowalczyk-Hughes|Threlfall|Underwood|Pound"),
    ),
    # community lists
    "tr": (
        _split("Elif|Zeynep|Ayşe|Hülya|Esra|Büşra|Gülşen|Şeyma|Nazlı|Derya"),
        _split("Emre|Mehmet|Burak|Cem|Deniz|Hakan|Oğuz|Mustafa|Yusuf|Kerem"),
        _split("Yıldırım|Öztürk|Kılıç|Aydın|Çelik|Şahin|Doğan|Arslan|Korkmaz|Bayraktar|Güneş|Karagöz|Erdoğdu|"
               "Özdemir|Tekin"),
    ),
    "balkan": (
        _split("Amela|Dragana|Blerina|Milica|Vesna|Jelena|Arbnora|Emina|Snežana|Ljiljana"),
        _split("Jasmin|Nikola|Arben|Edin|Luan|Dragan|Mirsad|Bekim|Goran|Zoran"),
        _split("Hodžić|Kovačević|Petrović|Jovanović|Berisha|Krasniqi|Gashi|Hoxha|Marković|Đurić|Šehić|Begić|"
               "Dervishi|Ilić|Mehmedović"),
    ),
    "arab": (
        _split("Fatima|Leila|Samira|Nour|Amina|Yasmin|Rania|Khadija|Salma|Malak"),
        _split("Youssef|Karim|Omar|Rachid|Tarek|Mohamed|Hamza|Bilal|Nabil|Samir"),
        _split("Al-Masri|El Amrani|Benali|Haddad|Mansour|Abdelkader|Bouzid|al-Rashid|Nasser|Khoury|Ben Youssef|"
               "El Idrissi|Abou Zeid|Chahine|Belkacem"),
    ),
    "wafr": (
        _split("Aminata|Fatoumata|Adwoa|Ngozi|Awa|Chiamaka|Akosua|Mariama|Oumou|Efua"),
        _split("Moussa|Kwame|Chinedu|Seydou|Kofi|Mamadou|Oluwaseun|Ibrahima|Yaw|Babacar"),
        _split("Diallo|Traoré|Keïta|Coulibaly|Ouédraogo|Mensah|Osei|Adeyemi|Okafor|Ndiaye|Sow|Boateng|Asante|"
               "Nwachukwu|Diop"),
    ),
    "viet": (
        _split("Thị Mai|Minh Anh|Thanh Hương|Lan|Ngọc Ánh|Thu Trang|Bích|Phương"),
        _split("Văn Hùng|Quang|Tuấn|Bảo|Đức Minh|Hoàng Nam|Khánh|Long"),
        _split("Nguyễn|Trần|Lê|Phạm|Hoàng|Võ|Đặng|Bùi|Huỳnh|Ngô"),
    ),
    "tamil": (
        _split("Tharshini|Nirosha|Vithya|Mathumitha|Kowsalya|Abirami|Sangeetha|Thusyanthi"),
        _split("Kajan|Sutharsan|Pirashanth|Kugan|Thanushan|Jeyanthan|Sivaram|Mayuran"),
        _split("Sivakumar|Tharmalingam|Selvarajah|Kanagaratnam|Ratnasingam|Jeyakumar|Balasubramaniam|Nadarajah|"
               "Thevarajah|Paramanathan"),
    ),
    "pl": (
        _split("Małgorzata|Agnieszka|Katarzyna|Zofia|Jadwiga|Ewelina|Bożena|Grażyna"),
        _split("Krzysztof|Łukasz|Wojciech|Przemysław|Grzegorz|Zbigniew|Jarosław|Mirosław"),
        _split("Wójcik|Grzybowski|Szczepaniak|Przybylski|Kowalczyk|Brzęczyszczykiewicz|Wiśniewski|Zając|"
               "Krawczyk|Chmiel"),
    ),
    "pt": (
        _split("Conceição|Inês|Filipa|Graça|Leonor|Fátima|Joana|Beatriz"),
        _split("João|Gonçalo|Rui|Duarte|Tiago|Nuno|Vasco|Álvaro"),
        _split("Gonçalves|Magalhães|Fernandes|Sousa e Silva|da Costa|Pereira|Rodrigues|dos Santos|Carvalho|"
               "Figueiredo"),
    ),
    "other": (
        _split("Xiaoling|Mei|Oksana|Nataliya|Ji-woo|Yuki|Farzaneh|Hiwet|Ayan|Maile|Rahel|Esperanza"),
        _split("Wei|Jun|Taras|Bohdan|Min-jun|Haruto|Ahmad|Tesfaye|Abdirahman|Nikos|Ari|Quispe"),
        _split("Zhang|Wang|Liu|Shevchenko|Kovalenko|Bondarenko|Kim|Park|Tanaka|Sato|Hosseini|Rahimi|Tesfamariam|"
               "Warsame|Papadopoulos|Georgiou|Ben-David|Mamani|Condori|Dela Cruz|Santos-Reyes"),
    ),
}
COMMUNITY = ["tr", "balkan", "arab", "wafr", "viet", "tamil", "pl", "pt", "other"]
OWN_POOL = {"de": "de_own", "fr": "fr_own", "it": "it_own", "en": "en_own"}
NICKNAMES = {
    "de": _split("Hansi|Steffi|Bine|Schorsch|Toni|Mausi|Kalle|Uschi|Basti|Gabi"),
    "fr": _split("Jojo|Lulu|Kiki|Titou|Manu|Bibi|Doudou|Nono|Pépé|Zaza"),
    "it": _split("Gigi|Peppe|Totò|Pinuccia|Lalla|Nino|Bice|Tonino|Cecco|Lella"),
    "en": _split("Bobby|Liz|Mick|Jojo|Birdie|Chip|Tash|Robbo|Bea|Gazza"),
}

# --------------------------------------------------------------------------------------------------------------
# Places written here (street names; postcode + town, also region/province)
# --------------------------------------------------------------------------------------------------------------

STREETS = {
    "DE": _split("Lindenstraße|Hauptstraße|Bahnhofstraße|Gartenweg|Am Mühlbach|Schillerstraße|Goethestraße|"
                 "Kirchgasse|Birkenweg|Feldstraße|Friedrich-Ebert-Straße|Zum Sportplatz|Ringstraße|Rosenstraße|"
                 "An der Alten Ziegelei|Waldstraße|Im Winkel|Lerchenfeld|Kastanienallee|Hafenstraße|Dorfstr.|"
                 "Mozartstr.|Mittelweg|Auf dem Berg|Ahornweg|Sonnenhang|Schulstr."),
    "AT": _split("Hauptstraße|Wiedner Hauptstraße|Gartengasse|Mariahilfer Straße|Schulgasse|Kaiserstraße|"
                 "Brunnengasse|Annenstraße|Herrengasse|Landstraßer Hauptstraße|Am Anger|Feldgasse|Lindengasse|"
                 "Favoritenstraße|Dorfplatz|Grazer Straße|Mühlweg|Sonnleitenweg"),
    "CH_de": _split("Bahnhofstrasse|Dorfstrasse|Seestrasse|Kirchweg|Bergstrasse|Rosenweg|Hauptgasse|"
                    "Schützenmattstrasse|Zürcherstrasse|Rütistrasse|Im Gässli|Alte Landstrasse|Obere Au|"
                    "Feldeggstrasse|Weiherweg|Lindenhofstr."),
    "CH_fr": _split("Chemin des Vignes|Avenue de la Gare|Rue du Lac|Route de Berne|Rue du Midi|Chemin de la Forêt|"
                    "Avenue de Beaulieu|Rue des Moulins|Place du Marché|Chemin du Levant|Rue de Lausanne|"
                    "Avenue de Rumine"),
    "CH_it": _split("Via Cantonale|Via San Gottardo|Via alla Chiesa|Via Nassa|Via Ciseri|Strada Regina|"
                    "Via ai Monti|Via Lugano|Piazza Grande|Via dei Faggi|Via Motta|Via Vela"),
    "FR": _split("rue des Lilas|avenue Jean Jaurès|rue de la République|boulevard Voltaire|impasse des Acacias|"
                 "chemin des Crêtes|allée des Tilleuls|rue du Moulin|place de l'Église|rue Victor Hugo|"
                 "quai des Chartrons|rue Pasteur|route de Lyon|rue du Général Leclerc|cours Mirabeau|rue des Écoles|"
                 "rue de Kerfeunteun|lotissement Les Genêts"),
    "BE": _split("Rue de la Station|Avenue Louise|Chaussée de Waterloo|Rue Haute|Rue des Champs|"
                 "Avenue des Nerviens|Rue Saint-Gilles|Boulevard d'Avroy|Rue de Namur|Clos des Merisiers|"
                 "Rue du Try|Place Communale"),
    "IT": _split("Via Roma|Via Giuseppe Garibaldi|Corso Vittorio Emanuele II|Via dei Mille|Piazza della Libertà|"
                 "Via delle Rose|Viale Europa|Via Dante Alighieri|Vicolo Stretto|Via San Francesco|Largo Augusto|"
                 "Via Nazionale|Via Monte Grappa|Contrada Sant'Anna|Via del Pozzo|Borgo Pinti"),
    "GB": _split("Elm Road|Church Lane|Victoria Street|Mill Close|Orchard Way|High Street|Station Road|"
                 "The Crescent|Kings Avenue|Meadow View|Heol y Felin|Queen's Drive|Priory Walk|Albert Terrace|"
                 "Brook Street|Hawthorn Gardens"),
    "US": _split("Oak St|Maple Avenue|N Main St|Elm Street|Sunset Blvd|W 3rd St|Lakeview Dr|Pine Ridge Rd|"
                 "Washington Ave|Cedar Ln|S Congress Ave|Magnolia Ct|Hillcrest Rd"),
    "IE": _split("Church Road|Main Street|Ashgrove Park|Bóthar na Trá|Glenview Drive|St. Patrick's Terrace|"
                 "The Green|Castle Street|Ard na Gréine|Old Mallow Road|Seafield Avenue"),
    "AU": _split("Beach Rd|Smith Street|Brunswick St|Oxford St|Military Road|Coral Ave|Banksia Cres|Wattle Grove|"
                 "Kingfisher Way|Bell St|Jacaranda Pl"),
}
TOWNS = {
    "DE": [("10115", "Berlin"), ("20095", "Hamburg"), ("80331", "München"), ("50667", "Köln"),
           ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"), ("04109", "Leipzig"), ("01067", "Dresden"),
           ("90402", "Nürnberg"), ("28195", "Bremen"), ("30159", "Hannover"), ("44135", "Dortmund"),
           ("24103", "Kiel"), ("18055", "Rostock"), ("93047", "Regensburg"), ("79098", "Freiburg im Breisgau"),
           ("97070", "Würzburg"), ("66111", "Saarbrücken"), ("99084", "Erfurt"), ("14467", "Potsdam"),
           ("87435", "Kempten (Allgäu)"), ("26122", "Oldenburg"), ("33602", "Bielefeld"), ("54290", "Trier"),
           ("35037", "Marburg"), ("83022", "Rosenheim"), ("06108", "Halle (Saale)"), ("17489", "Greifswald")],
    "AT": [("1010", "Wien"), ("1040", "Wien"), ("1100", "Wien"), ("1160", "Wien"), ("8010", "Graz"),
           ("4020", "Linz"), ("5020", "Salzburg"), ("6020", "Innsbruck"), ("9020", "Klagenfurt am Wörthersee"),
           ("3100", "St. Pölten"), ("6900", "Bregenz"), ("7000", "Eisenstadt"), ("4600", "Wels"),
           ("2700", "Wiener Neustadt"), ("8700", "Leoben"), ("9500", "Villach")],
    "CH_de": [("8001", "Zürich"), ("8004", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"),
              ("9000", "St. Gallen"), ("8400", "Winterthur"), ("5000", "Aarau"), ("7000", "Chur"), ("6300", "Zug"),
              ("2502", "Biel/Bienne"), ("3600", "Thun"), ("8200", "Schaffhausen"), ("4500", "Solothurn"),
              ("8500", "Frauenfeld"), ("3920", "Zermatt")],
    "CH_fr": [("1003", "Lausanne"), ("1201", "Genève"), ("1205", "Genève"), ("2000", "Neuchâtel"),
              ("1700", "Fribourg"), ("1950", "Sion"), ("1400", "Yverdon-les-Bains"), ("1820", "Montreux"),
              ("2300", "La Chaux-de-Fonds"), ("1260", "Nyon"), ("2800", "Delémont"), ("1870", "Monthey")],
    "CH_it": [("6900", "Lugano"), ("6500", "Bellinzona"), ("6600", "Locarno"), ("6850", "Mendrisio"),
              ("6830", "Chiasso"), ("6760", "Faido"), ("6648", "Minusio"), ("6512", "Giubiasco")],
    "FR": [("75011", "Paris"), ("75018", "Paris"), ("69003", "Lyon"), ("13006", "Marseille"),
           ("31000", "Toulouse"), ("33000", "Bordeaux"), ("44000", "Nantes"), ("67000", "Strasbourg"),
           ("59000", "Lille"), ("35000", "Rennes"), ("34000", "Montpellier"), ("06000", "Nice"), ("29200", "Brest"),
           ("21000", "Dijon"), ("87000", "Limoges"), ("63000", "Clermont-Ferrand"), ("14000", "Caen"),
           ("64100", "Bayonne"), ("20000", "Ajaccio"), ("97400", "Saint-Denis"), ("38000", "Grenoble"),
           ("51100", "Reims"), ("80000", "Amiens"), ("37000", "Tours")],
    "BE": [("1000", "Bruxelles"), ("1050", "Ixelles"), ("1180", "Uccle"), ("4000", "Liège"), ("5000", "Namur"),
           ("6000", "Charleroi"), ("7000", "Mons"), ("1300", "Wavre"), ("1348", "Louvain-la-Neuve"),
           ("6700", "Arlon"), ("7500", "Tournai"), ("4800", "Verviers")],
    "IT": [("20121", "Milano", "MI"), ("00184", "Roma", "RM"), ("10121", "Torino", "TO"), ("80134", "Napoli", "NA"),
           ("40126", "Bologna", "BO"), ("50122", "Firenze", "FI"), ("90133", "Palermo", "PA"),
           ("16123", "Genova", "GE"), ("30121", "Venezia", "VE"), ("70122", "Bari", "BA"),
           ("95124", "Catania", "CT"), ("37121", "Verona", "VR"), ("09124", "Cagliari", "CA"),
           ("34121", "Trieste", "TS"), ("38122", "Trento", "TN"), ("39100", "Bolzano", "BZ"),
           ("06121", "Perugia", "PG"), ("89125", "Reggio Calabria", "RC"), ("24121", "Bergamo", "BG"),
           ("43121", "Parma", "PR"), ("33100", "Udine", "UD"), ("07100", "Sassari", "SS")],
    "GB": [("Leeds", "LS6 2AB"), ("Manchester", "M14 5RT"), ("Bristol", "BS7 8PL"), ("Norwich", "NR2 3DE"),
           ("Cardiff", "CF24 4HQ"), ("Edinburgh", "EH9 1QG"), ("Glasgow", "G12 8QQ"), ("Belfast", "BT9 6AZ"),
           ("York", "YO10 5DD"), ("Brighton", "BN2 1TW"), ("Oxford", "OX4 1XA"), ("London", "N16 7UJ"),
           ("London", "SE15 4QL"), ("Sheffield", "S10 2TN"), ("Aberystwyth", "SY23 2AX"), ("Inverness", "IV2 4SR"),
           ("Exeter", "EX4 6PX"), ("Nottingham", "NG7 1FB")],
    "US": [("Springfield", "IL", "62704"), ("Austin", "TX", "78704"), ("Portland", "OR", "97214"),
           ("Columbus", "OH", "43215"), ("Madison", "WI", "53703"), ("Albuquerque", "NM", "87106"),
           ("Brooklyn", "NY", "11215"), ("Oakland", "CA", "94610"), ("Savannah", "GA", "31401"),
           ("Boise", "ID", "83702"), ("Burlington", "VT", "05401"), ("Tucson", "AZ", "85719"),
           ("Ann Arbor", "MI", "48104"), ("Durham", "NC", "27701")],
    "IE": [("Ballincollig", "Co. Cork", "P31 X2Y4"), ("Dublin 8", "", "D08 T6P2"), ("Galway", "", "H91 E2K3"),
           ("Limerick", "", "V94 R8W2"), ("Kilkenny", "Co. Kilkenny", "R95 K7T1"), ("Sligo", "Co. Sligo", "F91 YD4P"),
           ("Dundalk", "Co. Louth", "A91 K5N8"), ("Tralee", "Co. Kerry", "V92 X3C6"),
           ("Drogheda", "Co. Louth", "A92 F2H6"), ("Athlone", "Co. Westmeath", "N37 W9P4"),
           ("Dublin 6W", "", "D6W R2C8")],
    "AU": [("Bondi", "NSW", "2026"), ("Fitzroy", "VIC", "3065"), ("New Farm", "QLD", "4005"),
           ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"),
           ("Braddon", "ACT", "2612"), ("Parap", "NT", "0820"), ("Newtown", "NSW", "2042"),
           ("Brunswick", "VIC", "3056")],
}
ABROAD = {
    "TR": [["Bağdat Caddesi No: 214 Daire 7", "34728 Kadıköy/İstanbul"], ["Atatürk Bulvarı No: 45/3",
                                                                          "06420 Çankaya/Ankara"]],
    "PT": [["Rua das Flores 123, 2.º Esq.", "4050-262 Porto"], ["Avenida da Liberdade 45, 3.º Dto",
                                                               "1250-142 Lisboa"]],
    "PL": [["ul. Długa 12 m. 4", "00-238 Warszawa"], ["ul. Floriańska 3/7", "31-019 Kraków"]],
    "VN": [["Số 12 ngõ 45 phố Huế", "Hai Bà Trưng, Hà Nội 100000"], ["88 Lê Lợi, Phường Bến Thành",
                                                                    "Quận 1, TP. Hồ Chí Minh 700000"]],
    "BA": [["Ferhadija 14", "71000 Sarajevo"], ["Kralja Petra I Karađorđevića 22", "78000 Banja Luka"]],
    "XK": [["Rruga Agim Ramadani 15", "10000 Prishtinë"]],
    "MA": [["12, Rue Ibn Batouta", "20250 Casablanca"], ["Derb Sidi Bouloukat 7", "40000 Marrakech"]],
    "SN": [["Sicap Liberté 6, Villa 6612", "10700 Dakar"]],
    "LK": [["No. 45, Temple Road", "Jaffna 40000"], ["22/3 Galle Road", "Colombo 00400"]],
    "NG": [["15 Adeola Odeku Street", "Victoria Island, Lagos 101241"]],
    "ES": [["Calle de Alcalá 145, 3º B", "28009 Madrid"]],
    "NL": [["Prinsengracht 263-2", "1016 GV Amsterdam"]],
}
FOREIGN_PHONE = {
    "TR": ("+90", ["532", "505", "542"], [3, 2, 2]), "PT": ("+351", ["912", "936", "965"], [3, 3]),
    "PL": ("+48", ["601", "512", "788"], [3, 3]), "VN": ("+84", ["90", "98", "91"], [3, 2, 2]),
    "BA": ("+387", ["61", "62", "65"], [3, 3]), "XK": ("+383", ["44", "49"], [3, 3]),
    "MA": ("+212", ["6", "7"], [2, 2, 2, 2]), "SN": ("+221", ["77", "78", "76"], [3, 2, 2]),
    "LK": ("+94", ["77", "71", "76"], [3, 4]), "NG": ("+234", ["803", "806", "813"], [3, 4]),
    "ES": ("+34", ["612", "655"], [3, 3]), "NL": ("+31", ["6"], [4, 4]),
}
DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org", "freenet.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "protonmail.ch", "gmail.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com"],
    "BE": ["skynet.be", "telenet.be", "proximus.be", "gmail.com", "hotmail.be"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com", "pec.it"],
    "GB": ["btinternet.com", "outlook.com", "gmail.com", "yahoo.co.uk", "sky.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
    "IE": ["eircom.net", "gmail.com", "outlook.ie", "yahoo.ie"],
    "AU": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com.au"],
}

MONTHS = {
    "de": _split("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
    "fr": _split("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
    "it": _split("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"),
    "en": _split("January|February|March|April|May|June|July|August|September|October|November|December"),
}
HOTLINES = {
    "DE": ["0800 111 0 111", "116 116", "0800 1110333", "0180 6 112233"],
    "AT": ["0800 664 664", "0800 204 88 00", "1450"],
    "CH": ["0800 33 66 55", "0848 448 448", "0844 800 144"],
    "FR": ["0 800 130 000", "3939", "0 969 32 42 52", "3646"],
    "BE": ["0800 12 800", "070 344 344", "1733"],
    "IT": ["800 861 061", "803 164", "800 290 290"],
    "GB": ["0800 731 7898", "0300 123 1234", "0345 600 0800", "111"],
    "US": ["1-800-772-1213", "1-888-225-5322", "(800) 318-2596"],
    "IE": ["1800 44 55 66", "1890 927 770", "0818 44 88 00"],
    "AU": ["13 14 50", "1800 020 080", "132 011", "1300 555 727"],
}


def ordinal_en(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(d: dt.date, lang: str, region: str, rng: random.Random, style: int | None = None) -> str:
    mo = MONTHS[lang][d.month - 1]
    if lang == "de" and region == "AT" and d.month == 1 and rng.random() < 0.7:
        mo = "Jänner"
    yy = d.year % 100
    if lang == "de":
        opts = [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}.{d.month}.{d.year}",
            f"{d.day:02d}.{d.month:02d}.{yy:02d}",
                f"{d.isoformat()}", f"{d.day}. {mo} {d.year}", f"{d.day:02d}. {mo[:3]}. {d.year}"]
        w = [5, 2, 1, 1, 3, 1]
    elif lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        sep = "." if region in ("CH", "BE") and rng.random() < 0.5 else "/"
        opts = [f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}", f"{day} {mo} {d.year}", d.isoformat(),
                f"{d.day:02d}-{d.month:02d}-{d.year}", f"{day} {mo[:4].rstrip('.')}. {d.year}" if len(mo) > 4
                else f"{day} {mo} {d.year}", f"{d.day:02d}/{d.month:02d}/{yy:02d}"]
        w = [5, 4, 1, 1, 1, 1]
    elif lang == "it":
        day = "1°" if d.day == 1 else str(d.day)
        sep = "." if region == "CH" and rng.random() < 0.6 else "/"
        opts = [f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}", f"{day} {mo} {d.year}",
            f"{d.day:02d}-{d.month:02d}-{d.year}",
                f"{d.day}/{d.month}/{yy:02d}", d.isoformat(), f"{day} {mo[:3]} {d.year}"]
        w = [5, 4, 1, 1, 1, 1]
    else:
        if region == "US":
            opts = [f"{d.month:02d}/{d.day:02d}/{d.year}", f"{mo} {d.day}, {d.year}", f"{d.month}/{d.day}/{yy:02d}",
                    d.isoformat(), f"{mo[:3]} {d.day}, {d.year}", f"{mo} {ordinal_en(d.day)}, {d.year}"]
        else:
            opts = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {mo} {d.year}",
                f"{ordinal_en(d.day)} {mo} {d.year}",
                    d.isoformat(), f"{d.day}-{mo[:3]}-{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"]
        w = [5, 3, 2, 1, 1, 1]
    if style is not None:
        return opts[style]
    return rng.choices(opts, weights=w)[0]


# --------------------------------------------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------------------------------------------

def _grp(s: str, sizes: list[int]) -> str:
    out, k = [], 0
    for n in sizes:
        out.append(s[k:k + n])
        k += n
    if k < len(s):
        out.append(s[k:])
    return " ".join(x for x in out if x)


def make_phone(region: str, mobile: bool, rng: random.Random) -> str:  # noqa: C901 - one branch per country
    if region == "DE":
        if mobile:
            mp, sub = rng.choice(["151", "152", "160", "170", "171", "172", "175", "176", "177", "179", "157",
                                  "162"]), _digits(rng, rng.choice([7, 8]))
            return rng.choice([f"0{mp} {sub}", f"0{mp}/{sub}", f"+49 {mp} {sub}", f"+49{mp}{sub}",
                               f"0{mp} {sub[:3]} {sub[3:]}", f"+49 (0){mp} {sub}", f"0049 {mp} {sub}"])
        ac = rng.choice(["30", "40", "89", "221", "69", "711", "341", "351", "911", "421", "511", "231", "381",
                         "941", "761", "931", "681", "361", "331", "831", "441", "521", "651", "6421", "8031"])
        sub = _digits(rng, 10 - len(ac) - rng.choice([0, 1]))
        sub = str(rng.randint(2, 9)) + sub[1:]
        return rng.choice([f"0{ac} {sub}", f"0{ac}/{sub}", f"(0{ac}) {_grp(sub, [3, 2, 2])}", f"+49 {ac} {sub}",
                           f"+49 (0){ac} {sub}", f"0049 {ac} {sub}", f"0{ac} {sub[:-2]}-{sub[-2:]}",
                           f"0{ac} {_grp(sub, [2, 2, 2, 2])}"])
    if region == "AT":
        if mobile:
            mp, sub = rng.choice(["664", "660", "676", "650", "699", "681", "688"]), _digits(rng, 7)
            return rng.choice([f"0{mp} {_grp(sub, [3, 2, 2])}", f"+43 {mp} {sub}", f"+43 (0){mp} {_grp(sub, [3, 4])}",
                               f"0{mp}/{sub}", f"0043 {mp} {sub}"])
        ac = rng.choice(["1", "316", "732", "662", "512", "463", "2742", "5574", "2682", "7242"])
        sub = str(rng.randint(2, 9)) + _digits(rng, 9 - len(ac) - 1)
        return rng.choice([f"0{ac} {sub}", f"0{ac}/{_grp(sub, [3, 2, 2])}", f"+43 {ac} {_grp(sub, [3, 2, 2])}",
                           f"+43 (0){ac} {sub}", f"0{ac} {sub[:-2]}-{sub[-2:]}"])
    if region == "CH":
        ac = rng.choice(["76", "77", "78", "79", "75"]) if mobile else rng.choice(
            ["44", "31", "61", "41", "71", "52", "62", "81", "26", "21", "22", "32", "27", "91"])
        sub = str(rng.randint(2, 9)) + _digits(rng, 6)
        g = _grp(sub, [3, 2, 2])
        return rng.choice([f"0{ac} {g}", f"+41 {ac} {g}", f"+41 (0){ac} {g}", f"0041 {ac} {sub}", f"0{ac}/{g}",
                           f"+41{ac}{sub}", f"0{ac} {g}"])
    if region == "FR":
        first = rng.choice("67") if mobile else rng.choice("12345")
        sub = first + _digits(rng, 8)
        pairs = [sub[1:3], sub[3:5], sub[5:7], sub[7:9]]
        return rng.choice([f"0{first} " + " ".join(pairs), f"0{first}." + ".".join(pairs), f"0{sub}",
                           f"+33 {first} " + " ".join(pairs), f"+33 (0){first} " + " ".join(pairs),
                           f"0{first} " + " ".join(pairs), f"0033 {first} " + " ".join(pairs),
                           f"0{first}-" + "-".join(pairs)])
    if region == "BE":
        if mobile:
            mp, sub = rng.choice(["470", "472", "475", "476", "478", "484", "486", "495", "496"]), _digits(rng, 6)
            return rng.choice([f"0{mp} {_grp(sub, [2, 2, 2])}", f"+32 {mp} {_grp(sub, [2, 2, 2])}",
                               f"0{mp}/{sub[:2]}.{sub[2:4]}.{sub[4:]}", f"0032 {mp} {sub}", f"+32{mp}{sub}"])
        ac = rng.choice(["2", "3", "4", "9", "81", "71", "65", "10", "63", "56", "87"])
        sub = str(rng.randint(2, 9)) + _digits(rng, 7 - len(ac))
        sizes = [3, 2, 2] if len(ac) == 1 else [2, 2, 2]
        return rng.choice([f"0{ac} {_grp(sub, sizes)}", f"+32 {ac} {_grp(sub, sizes)}", f"0{ac}/{_grp(sub, sizes)}",
                           f"0{ac}.{sub}"])
    if region == "IT":
        if mobile:
            mp, sub = rng.choice(["320", "328", "333", "335", "338", "340", "345", "347", "348", "349", "366",
                                  "380", "392"]), _digits(rng, 7)
            return rng.choice([f"{mp} {_grp(sub, [3, 4])}", f"+39 {mp} {sub}", f"{mp}-{sub}", f"+39{mp}{sub}",
                               f"{mp} {sub}", f"0039 {mp} {_grp(sub, [3, 4])}", f"+39 {mp} {_grp(sub, [3, 2, 2])}"])
        ac = rng.choice(["2", "6", "11", "81", "51", "55", "91", "10", "41", "80", "95", "45", "70", "40", "461",
                         "471", "75", "965", "35", "521", "432", "79"])
        sub = str(rng.randint(2, 9)) + _digits(rng, 9 - len(ac) - 1 + rng.choice([0, 1]))
        return rng.choice([f"0{ac} {sub}", f"0{ac} {_grp(sub, [4, 4])}", f"+39 0{ac} {sub}", f"0{ac}-{sub}",
                           f"0{ac}/{sub}", f"(+39) 0{ac} {sub}"])
    if region == "GB":
        if mobile:
            sub = "7" + rng.choice(["700", "401", "527", "812", "944", "968", "725", "383"]) + _digits(rng, 6)
            return rng.choice([f"0{sub[:4]} {sub[4:]}", f"+44 {sub[:4]} {sub[4:]}", f"0{sub[:4]} {sub[4:7]} {sub[7:]}",
                               f"+44 (0){sub[:4]} {sub[4:]}", f"+44{sub}", f"0{sub}"])
        ac = rng.choice(["113", "161", "117", "1603", "29", "131", "141", "28", "1904", "1273", "1865", "20", "114",
                         "1970", "1463", "1392", "115"])
        sub = str(rng.randint(2, 9)) + _digits(rng, 10 - len(ac) - 1)
        g = _grp(sub, [4, 4]) if len(ac) == 2 else (_grp(sub, [3, 4]) if len(ac) == 3 else sub)
        return rng.choice([f"0{ac} {g}", f"({'0' + ac}) {g}", f"+44 {ac} {g}", f"+44 (0){ac} {g}", f"0{ac} {g}"])
    if region == "US":
        ac = rng.choice(["212", "312", "415", "503", "512", "614", "608", "505", "718", "510", "912", "208", "802",
                         "520", "734", "919"])
        ex, ln = str(rng.randint(201, 989)), _digits(rng, 4)
        return rng.choice([f"({ac}) {ex}-{ln}", f"{ac}-{ex}-{ln}", f"+1 {ac} {ex} {ln}", f"{ac}.{ex}.{ln}",
                           f"1 ({ac}) {ex}-{ln}", f"+1-{ac}-{ex}-{ln}", f"({ac}) {ex}-{ln}"])
    if region == "IE":
        if mobile:
            mp, sub = rng.choice(["83", "85", "86", "87", "89"]), _digits(rng, 7)
            return rng.choice([f"0{mp} {_grp(sub, [3, 4])}", f"+353 {mp} {_grp(sub, [3, 4])}", f"0{mp}-{sub}",
                               f"+353 (0){mp} {sub}", f"0{mp} {sub}"])
        ac = rng.choice(["1", "21", "91", "61", "56", "71", "42", "66", "41", "90"])
        sub = str(rng.randint(2, 9)) + _digits(rng, 6 if len(ac) == 1 else rng.choice([5, 6]))
        return rng.choice([f"(0{ac}) {_grp(sub, [3, 4])}", f"0{ac} {_grp(sub, [3, 4])}",
                           f"+353 {ac} {_grp(sub, [3, 4])}", f"+353 (0){ac} {sub}"])
    if region == "AU":
        if mobile:
            sub = "4" + _digits(rng, 8)
            return rng.choice([f"0{sub[:3]} {sub[3:6]} {sub[6:]}", f"+61 {sub[:3]} {sub[3:6]} {sub[6:]}",
                               f"0{sub}", f"+61{sub}", f"0{sub[:3]}-{sub[3:6]}-{sub[6:]}"])
        ac = rng.choice(["2", "3", "7", "8"])
        sub = str(rng.randint(5, 9)) + _digits(rng, 7)
        return rng.choice([f"(0{ac}) {sub[:4]} {sub[4:]}", f"+61 {ac} {sub[:4]} {sub[4:]}",
            f"0{ac} {sub[:4]} {sub[4:]}",
                           f"0{ac}-{sub[:4]}-{sub[4:]}"])
    if region in FOREIGN_PHONE:
        cc, pref, sizes = FOREIGN_PHONE[region]
        sub = _digits(rng, sum(sizes))
        p = rng.choice(pref)
        return rng.choice([f"{cc} {p} {_grp(sub, sizes)}", f"{cc}{p}{sub}", f"00{cc[1:]} {p} {sub}"])
    raise ValueError(region)


# --------------------------------------------------------------------------------------------------------------
# Addresses, people
# --------------------------------------------------------------------------------------------------------------

@dataclass
class Addr:
    cc: str
    lines: list[str]          # each line of a block, each its own ADDRESS span
    street: str               # the street line (forms with separate postcode / town fields)
    pc: str
    town: str
    pc_town: str              # "postcode town" as written in a block
    one: str                  # one-line form
    state: str = ""


def _street_key(region: str, lang: str) -> str:
    return f"CH_{lang if lang in ('de', 'fr', 'it') else 'de'}" if region == "CH" else region


def make_addr(region: str, lang: str, rng: random.Random, extras: bool = True) -> Addr:  # noqa: C901
    key = _street_key(region, lang)
    if region in ABROAD:
        lines = list(rng.choice(ABROAD[region]))
        pc, _, town = lines[1].partition(" ")
        return Addr(region, lines, lines[0], pc, town, lines[1], ", ".join(lines))
    st = rng.choice(STREETS[key])
    num = str(rng.choice([rng.randint(1, 40), rng.randint(1, 160), rng.randint(1, 12)]))
    if region == "DE":
        num += rng.choice(["", "", "", "", "a", "b"])
        street = f"{st} {num}"
        if extras and rng.random() < 0.15:
            street += rng.choice([", 2. OG", ", 3. OG links", " (Hinterhaus)", ", Whg. 5", ", EG rechts"])
        pc, town = rng.choice(TOWNS["DE"])
        pc_town = f"{pc} {town}"
    elif region == "AT":
        if rng.random() < 0.55:
            num = rng.choice([f"{num}/{rng.randint(1, 4)}/{rng.randint(1, 24)}", f"{num}/Top {rng.randint(1, 30)}",
                              f"{num}/{rng.randint(2, 18)}",
                                  f"{num}/Stiege {rng.randint(1, 3)}/Tür {rng.randint(1, 12)}"])
        street = f"{st} {num}"
        pc, town = rng.choice(TOWNS["AT"])
        pc_town = f"{'A-' if rng.random() < 0.15 else ''}{pc} {town}"
    elif region == "CH":
        street = f"{st} {num}{rng.choice(['', '', '', 'a'])}"
        pc, town = rng.choice(TOWNS[key])
        pc_town = f"{'CH-' if rng.random() < 0.2 else ''}{pc} {town}"
    elif region == "FR":
        comp = rng.choice(["", "", "", " bis", " ter"])
        street = rng.choice([f"{num}{comp} {st}", f"{num}{comp}, {st}"])
        pc, town = rng.choice(TOWNS["FR"])
        pc_town = f"{pc} {town.upper() if rng.random() < 0.5 else town}"
        if extras and rng.random() < 0.3:
            cl = rng.choice([f"Bât. {rng.choice('ABCDE')}, Appt {rng.randint(1, 60)}",
                f"Résidence Les Pins, Esc. {rng.randint(1, 4)}",
                             f"Appartement {rng.randint(1, 40)}, {rng.randint(1, 8)}e étage",
                                 f"Bâtiment {rng.choice('ABC')}"])
            lines = [cl, street, pc_town]
            return Addr(region, lines, street, pc, town, pc_town, ", ".join(lines))
    elif region == "BE":
        street = f"{st} {num}" + (f" bte {rng.randint(1, 12)}" if rng.random() < 0.3 else "")
        pc, town = rng.choice(TOWNS["BE"])
        pc_town = f"{'B-' if rng.random() < 0.15 else ''}{pc} {town}"
    elif region == "IT":
        street = rng.choice([f"{st} {num}", f"{st}, {num}", f"{st} n. {num}"])
        if extras and rng.random() < 0.25:
            street += rng.choice([f", int. {rng.randint(1, 20)}",
                f", scala {rng.choice('ABCD')}, piano {rng.randint(1, 6)}",
                                  f" int. {rng.randint(1, 20)}"])
        pc, town, prov = rng.choice(TOWNS["IT"])
        pc_town = rng.choice([f"{pc} {town} ({prov})", f"{pc} {town} {prov}", f"{pc} {town}"])
    elif region == "GB":
        street = f"{num} {st}"
        if extras and rng.random() < 0.25:
            street = f"Flat {rng.randint(1, 9)}{rng.choice(['', 'A', 'B'])}, {street}"
        town, pc = rng.choice(TOWNS["GB"])
        pc_town = f"{town.upper() if rng.random() < 0.3 else town} {pc}"
        if rng.random() < 0.3:
            lines = [street, town, pc]
            return Addr(region, lines, street, pc, town, pc_town, f"{street}, {town} {pc}")
    elif region == "US":
        street = f"{rng.randint(10, 9899)} {st}"
        if extras and rng.random() < 0.3:
            street += rng.choice([f" Apt {rng.randint(1, 30)}{rng.choice('ABCD')}", f" #{rng.randint(2, 40)}",
                                  f", Unit {rng.randint(1, 12)}"])
        town, state, pc = rng.choice(TOWNS["US"])
        if rng.random() < 0.2:
            pc += f"-{_digits(rng, 4)}"
        pc_town = f"{town}, {state} {pc}"
        return Addr(region, [street, pc_town], street, pc, town, pc_town, f"{street}, {pc_town}", state)
    elif region == "IE":
        street = f"{num} {st}"
        town, county, pc = rng.choice(TOWNS["IE"])
        pc_town = f"{town}, {county} {pc}" if county else f"{town} {pc}"
    elif region == "AU":
        street = f"{num} {st}"
        if extras and rng.random() < 0.3:
            street = f"Unit {rng.randint(1, 14)}/{street}" if rng.random() < 0.5 else f"{rng.randint(1, 14)}/{street}"
        town, state, pc = rng.choice(TOWNS["AU"])
        pc_town = f"{town.upper() if rng.random() < 0.6 else town} {state} {pc}"
        return Addr(region, [street, pc_town], street, pc, town, pc_town, f"{street}, {pc_town}", state)
    else:
        raise ValueError(region)
    return Addr(region, [street, pc_town], street, pc, town, pc_town, f"{street}, {pc_town}")


def make_pobox(region: str, lang: str, rng: random.Random) -> Addr:
    n = str(rng.randint(10, 9999))
    if region == "DE":
        pc, town = rng.choice(TOWNS["DE"])
        box = f"Postfach {_grp(str(rng.randint(100000, 999999)), [2, 2, 2])}"
    elif region == "AT":
        pc, town = rng.choice(TOWNS["AT"])
        box = f"Postfach {n}"
    elif region == "CH":
        pc, town = rng.choice(TOWNS[_street_key(region, lang)])
        box = {"de": "Postfach", "fr": "Case postale", "it": "Casella postale"}.get(lang, "Postfach") + f" {n}"
    elif region == "FR":
        pc, town = rng.choice(TOWNS["FR"])
        box = rng.choice([f"BP {n}", f"CS {rng.randint(10000, 99999)}"])
        town = f"{town.upper()} CEDEX"
    elif region == "BE":
        pc, town = rng.choice(TOWNS["BE"])
        box = f"BP {n}"
    elif region == "IT":
        pc, town, _ = rng.choice(TOWNS["IT"])
        box = f"Casella Postale {n}"
    elif region in ("GB", "IE"):
        town, pc = rng.choice(TOWNS["GB"]) if region == "GB" else rng.choice(TOWNS["IE"])[0::2]
        box = f"PO Box {n}"
        pc_town = f"{town} {pc}"
        return Addr(region, [box, pc_town], box, pc, town, pc_town, f"{box}, {pc_town}")
    else:
        town, state, pc = rng.choice(TOWNS[region])
        box = rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"GPO Box {n}"] if region == "AU" else [f"PO Box {n}",
                                                                                               f"P.O. Box {n}"])
        pc_town = f"{town}, {state} {pc}" if region == "US" else f"{town} {state} {pc}"
        return Addr(region, [box, pc_town], box, pc, town, pc_town, f"{box}, {pc_town}", state)
    pc_town = f"{pc} {town}"
    return Addr(region, [box, pc_town], box, pc, town, pc_town, f"{box}, {pc_town}")


def make_email(first: str, last: str, region: str, rng: random.Random, domain: str | None = None) -> str:
    f = ascii_fold(first).lower().replace("'", "").replace(" ", "")
    lst = ascii_fold(last).lower().replace("'", "").replace(" ", "")
    if not f:
        f = "x"
    if not lst:
        lst = "y"
    yy = str(rng.randint(60, 99)) if rng.random() < 0.5 else str(rng.randint(1, 99))
    local = rng.choice([f"{f}.{lst}", f"{f[0]}.{lst}", f"{f}{lst}", f"{f}_{lst}", f"{lst}.{f}", f"{f}.{lst}{yy}",
                        f"{f}{lst[0]}{yy}", f"{lst}{f[0]}", f"{f}-{lst}"])
    dom = domain or rng.choice(DOMAINS.get(region, DOMAINS["GB"]))
    return f"{local}@{dom}"


@dataclass
class Person:
    first: str
    last: str
    g: str
    lang: str
    region: str
    dob: dt.date
    addr: Addr
    mobile: str
    phone: str
    email: str
    nick: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def rev(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def caps(self) -> str:
        return f"{self.last.upper()} {self.first}"

    @property
    def ini(self) -> str:
        parts = self.first.replace("-", " -").split()
        return "".join(p[0] + "." if not p.startswith("-") else "-" + p[1] + "." for p in parts) + " " + self.last

    @property
    def short(self) -> str:
        core = self.last.split()[-1]
        core = core.split("'")[-1] if "'" in core and len(core.split("'")[-1]) > 1 else core
        return f"{self.first} {core[0].upper()}."

    @property
    def lastfirst(self) -> str:
        return f"{self.last} {self.first}"

    def title(self, lang: str | None = None) -> str:
        lang = lang or self.lang
        f = self.g == "f"
        return {"de": "Frau" if f else "Herr", "fr": "Mme" if f else "M.", "it": "Sig.ra" if f else "Sig.",
                "en": ("Ms" if f else "Mr")}[lang]

    def g_fr(self, m: str, f: str) -> str:
        return f if self.g == "f" else m


IBAN_CC = {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "BE": "BE", "IT": "IT", "GB": "GB", "IE": "IE",
           "PT": "PT", "PL": "PL", "TR": "TR", "ES": "ES", "NL": "NL", "BA": None, "XK": None, "MA": None,
           "SN": None, "LK": None, "NG": None, "VN": None, "US": None, "AU": None}

LAB = {
    "surname": {"de": "Name", "fr": "Nom", "it": "Cognome", "en": "Surname"},
    "first": {"de": "Vorname", "fr": "Prénom", "it": "Nome", "en": "First name"},
    "fullname": {"de": "Name, Vorname", "fr": "Nom, prénom", "it": "Cognome e nome", "en": "Full name"},
    "name": {"de": "Name", "fr": "Nom", "it": "Nome", "en": "Name"},
    "dob": {"de": "Geburtsdatum", "fr": "Date de naissance", "it": "Data di nascita", "en": "Date of birth"},
    "address": {"de": "Adresse", "fr": "Adresse", "it": "Indirizzo", "en": "Address"},
    "street": {"de": "Straße, Hausnummer", "fr": "N° et rue", "it": "Via e numero civico", "en": "Street address"},
    "pctown": {"de": "PLZ / Ort", "fr": "Code postal / Localité", "it": "CAP / Località", "en": "Town / Postcode"},
    "pc": {"de": "PLZ", "fr": "Code postal", "it": "CAP", "en": "Postcode"},
    "town": {"de": "Ort", "fr": "Localité", "it": "Comune", "en": "Town"},
    "phone": {"de": "Telefon", "fr": "Téléphone", "it": "Telefono", "en": "Phone"},
    "mobile": {"de": "Mobil", "fr": "Portable", "it": "Cellulare", "en": "Mobile"},
    "email": {"de": "E-Mail", "fr": "Courriel", "it": "E-mail", "en": "Email"},
    "date": {"de": "Datum", "fr": "Date", "it": "Data", "en": "Date"},
    "sign": {"de": "Unterschrift", "fr": "Signature", "it": "Firma", "en": "Signature"},
    "place_date": {"de": "Ort, Datum", "fr": "Fait à", "it": "Luogo e data", "en": "Place and date"},
    "nationality": {"de": "Staatsangehörigkeit", "fr": "Nationalité", "it": "Cittadinanza", "en": "Nationality"},
}
NATIONALITY = {
    "de": {"DE": "deutsch", "AT": "österreichisch", "CH": "schweizerisch", "other": "türkisch"},
    "fr": {"FR": "française", "BE": "belge", "CH": "suisse", "other": "portugaise"},
    "it": {"IT": "italiana", "CH": "svizzera", "other": "albanese"},
    "en": {"GB": "British", "US": "American", "IE": "Irish", "AU": "Australian", "other": "Polish"},
}
CURRENCY = {"DE": "EUR", "AT": "EUR", "CH": "CHF", "FR": "EUR", "BE": "EUR", "IT": "EUR", "GB": "GBP", "US": "USD",
            "IE": "EUR", "AU": "AUD"}


class Ctx:
    def __init__(self, lang: str, region: str, genre: str, i: int, fakers: dict[str, Faker]) -> None:
        self.lang, self.region, self.genre, self.i = lang, region, genre, i
        self.docid = f"{SEED}-{lang}-{genre}-{i:02d}"
        self.rng = random.Random(f"{SEED}|{lang}|{genre}|{i}")
        self._fakers = fakers
        self._seeded: set[str] = set()
        self.names: set[tuple[str, str]] = set()
        self.v = i % 4

    # ---- basics ------------------------------------------------------------------------------------------
    def fk(self, loc: str | None = None) -> Faker:
        loc = loc or LOCALE_OF[(self.lang, self.region)]
        f = self._fakers[loc]
        if loc not in self._seeded:
            f.seed_instance(sub_seed(SEED, self.docid, loc))
            self._seeded.add(loc)
        return f

    def tr(self, **kw: str) -> str:
        return kw[self.lang]

    def lab(self, key: str) -> str:
        s = LAB[key][self.lang]
        return s.replace("ß", "ss") if self.region == "CH" else s

    def ch(self, seq):  # noqa: ANN001, ANN201
        return self.rng.choice(seq)

    def p(self, x: float) -> bool:
        return self.rng.random() < x

    def rint(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def digits(self, n: int) -> str:
        return _digits(self.rng, n)

    # ---- names and people ----------------------------------------------------------------------------------
    def _faker_name(self, loc: str, g: str) -> tuple[str, str]:
        f = self.fk(loc)
        first = f.first_name_female() if g == "f" else f.first_name_male()
        return first, f.last_name()

    def name(self, g: str, own: float = 0.55) -> tuple[str, str]:
        for _ in range(80):
            if self.rng.random() < own:
                if self.rng.random() < 0.6:
                    first, last = self._faker_name(LOCALE_OF[(self.lang, self.region)], g)
                else:
                    pool = POOLS[OWN_POOL[self.lang]]
                    first, last = self.ch(pool[0] if g == "f" else pool[1]), self.ch(pool[2])
                if self.rng.random() < 0.08:
                    first2, _ = self._faker_name(LOCALE_OF[(self.lang, self.region)], g)
                    if first2 != first and "-" not in first and " " not in first:
                        first = f"{first} {first2}" if self.lang != "fr" else f"{first}-{first2}"
                if self.rng.random() < 0.07:
                    _, last2 = self._faker_name(LOCALE_OF[(self.lang, self.region)], g)
                    if last2 != last and " " not in last:
                        last = f"{last}-{last2}" if self.lang != "it" else f"{last} {last2}"
            elif self.rng.random() < 0.75:
                pool = POOLS[self.ch(COMMUNITY)]
                first, last = self.ch(pool[0] if g == "f" else pool[1]), self.ch(pool[2])
                if self.rng.random() < 0.1:
                    last = self.ch(POOLS[self.ch(COMMUNITY)][2])
            else:
                loc = self.ch([x for x in FAKER_LOCALES if not x.startswith(self.lang)])
                first, last = self._faker_name(loc, g)
            if is_latin(first + last) and (first, last) not in self.names and first != last:
                self.names.add((first, last))
                return first, last
        raise AssertionError("no name")

    def birth(self, lo: int, hi: int) -> dt.date:
        y = TODAY.year - self.rint(lo, hi)
        start = dt.date(y, 1, 1)
        return start + dt.timedelta(days=self.rint(0, 364))

    def person(self, g: str | None = None, region: str | None = None, age: tuple[int, int] = (20, 84),
               own: float = 0.55, last: str | None = None) -> Person:
        g = g or self.ch("fm")
        region = region or self.region
        first, ln = self.name(g, own)
        if last:
            ln = last
        dob = self.birth(*age)
        addr = make_addr(region, self.lang, self.rng)
        mobile = make_phone(region, True, self.rng)
        phone = make_phone(region, False, self.rng) if region not in FOREIGN_PHONE else mobile
        dom_region = region if region in DOMAINS else "US"
        email = make_email(first, ln, dom_region, self.rng)
        return Person(first, ln, g, self.lang, region, dob, addr, mobile, phone, email, self.ch(NICKNAMES[self.lang]))

    def child(self, parent: Person, age: tuple[int, int] = (1, 16), g: str | None = None) -> Person:
        p = self.person(g=g, age=age, own=0.7, last=parent.last)
        p.addr = parent.addr
        return p

    def abroad(self) -> str:
        return self.ch(sorted(ABROAD))

    # ---- values ------------------------------------------------------------------------------------------
    def fd(self, d: dt.date, style: int | None = None) -> str:
        return fmt_date(d, self.lang, self.region, self.rng, style)

    def dob(self, p: Person, style: int | None = None) -> str:
        return fmt_date(p.dob, self.lang, self.region, self.rng, style)

    def day(self, a: int = -60, b: int = 60) -> dt.date:
        return TODAY + dt.timedelta(days=self.rint(a, b))

    def pdate(self, a: int = -60, b: int = 60) -> str:
        return self.fd(self.day(a, b))

    def iban(self, region: str | None = None, grouped: float = 0.65) -> str | None:
        cc = IBAN_CC.get(region or self.region)
        if cc is None:
            return None
        if cc == "CH" and self.p(0.05):
            cc = "LI"
        return fmt_iban(make_iban(cc, self.rng), self.rng, grouped)

    def iban_cc_ok(self, region: str | None = None) -> bool:
        return IBAN_CC.get(region or self.region) is not None

    def card(self) -> tuple[str, str]:
        brand, num = make_card(self.rng)
        return brand, fmt_card(num, self.rng)

    def phone(self, region: str | None = None, mobile: bool = False) -> str:
        return make_phone(region or self.region, mobile, self.rng)

    def hotline(self, region: str | None = None) -> str:
        return self.ch(HOTLINES[region or self.region])

    def addr(self, region: str | None = None, extras: bool = True) -> Addr:
        return make_addr(region or self.region, self.lang, self.rng, extras)

    def pobox(self, region: str | None = None) -> Addr:
        return make_pobox(region or self.region, self.lang, self.rng)

    def company(self) -> str:
        name = self.fk().company()
        legal = ("GmbH", "AG", "KG", "SE", "SA", "SARL", "SAS", "S.A.", "Srl", "S.r.l.", "S.p.A.", "SpA", "s.n.c.",
                 "Ltd", "LLC", "Inc", "PLC", "Group", "Sàrl", "SNC", "& Co", "e figli", "OG", "Sagl", "Pty",
                 "BV", "SRL", "S.p.a.", "s.r.l.", "GbR", "e.K.", "mbH", "Co.", "Holding", "SPA", "Spa", "GesbR",
                 "S.A.S.", "s.a.s.", "S.N.C.", "Associati", "AB", "OHG", "& Sons", "and Sons")
        if not any(tok in name for tok in legal):
            name += " " + {"DE": "GmbH", "AT": "GmbH", "CH": {"de": "AG", "fr": "SA", "it": "Sagl"}.get(self.lang,
                "AG"),
                           "FR": "SARL", "BE": "SRL", "IT": "S.r.l.", "GB": "Ltd", "US": "LLC", "IE": "Ltd",
                           "AU": "Pty Ltd"}[self.region]
        return name

    def town(self) -> str:
        t = TOWNS[_street_key(self.region, self.lang)]
        x = self.ch(t)
        return x[1] if self.region not in ("GB", "US", "IE", "AU") else x[0]

    def money(self, lo: float, hi: float) -> str:
        v = round(self.rng.uniform(lo, hi), 2)
        cur = CURRENCY[self.region]
        if self.region == "CH":
            return f"CHF {v:,.2f}".replace(",", "'")
        if cur == "EUR" and self.lang in ("de", "it"):
            s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            return f"{s} €" if self.lang == "de" else f"€ {s}"
        if cur == "EUR" and self.lang == "fr":
            s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
            return f"{s} €"
        sym = {"GBP": "£", "USD": "$", "AUD": "A$", "EUR": "€"}[cur]
        return f"{sym}{v:,.2f}"

    def ref(self, prefix: str = "", n: int = 6) -> str:
        return f"{prefix}{self.digits(n)}"

    def mail_domain(self, company: str) -> str:
        base = ascii_fold(company).lower()
        base = "".join(ch if ch.isalnum() else "-" for ch in base).strip("-")
        while "--" in base:
            base = base.replace("--", "-")
        stop = {"and", "et", "e", "und", "sons", "fils", "figli", "gmbh", "ag", "sa", "sarl", "sas", "srl", "spa",
                "ltd", "llc", "inc", "plc", "group", "co", "kg", "og", "sagl", "pty", "the", "de", "di",
                "gesbr", "ohg", "associati", "holding", "s", "a", "r", "l", "p", "dell", "della", "du", "des",
                "la", "le", "von", "der", "et-fils"}
        words = [w for w in base.split("-") if w and w not in stop]
        base = "-".join(words[:2]) or "firma"
        tld = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "IT": "it", "GB": "co.uk", "US": "com",
               "IE": "ie", "AU": "com.au"}[self.region]
        return f"{base}.{tld}"

    def work_email(self, p: Person, company: str) -> str:
        key = f"work|{company}"
        if key not in p.extra:
            p.extra[key] = make_email(p.first, p.last, self.region, self.rng, domain=self.mail_domain(company))
        return p.extra[key]

    def nat(self, p: Person) -> str:
        d = NATIONALITY[self.lang]
        return d.get(p.region, d["other"])


def dob_in_words(d: dt.date, lang: str) -> str:
    """A date of birth as an ASR engine without number normalisation writes it (lower case)."""
    mo = MONTHS[lang][d.month - 1].lower()
    if lang == "en":
        return f"{ordinal_en(d.day)} of {mo} {d.year}"
    if lang == "de":
        return f"{d.day}. {mo} {d.year}"
    if lang == "fr":
        return f"{'premier' if d.day == 1 else d.day} {mo} {d.year}"
    return f"{'primo' if d.day == 1 else d.day} {mo} {d.year}"


def spoken_digits(num: str, lang: str) -> str:
    words = {
        "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
        "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
        "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
        "en": "zero one two three four five six seven eight nine".split(),
    }[lang]
    plus = {"de": "plus", "fr": "plus", "it": "più", "en": "plus"}[lang]
    out = []
    for ch in num:
        if ch.isdigit():
            out.append(words[int(ch)])
        elif ch == "+":
            out.append(plus)
    return " ".join(out)


REQUESTS = {
    "de": ["Kannst du mir das bitte zusammenfassen?", "Bitte prüf die folgenden Angaben auf Fehler.",
           "Mach mir daraus bitte eine übersichtliche Tabelle.", "Was muss ich hier jetzt tun? Hier der Text:",
           "Kannst du das bitte ins Englische übersetzen?", "Formulier mir bitte eine kurze Antwort darauf.",
           "Hilf mir bitte, das zu verstehen:", "Bitte fehlende Angaben markieren:"],
    "fr": ["Peux-tu me résumer ceci ?", "Merci de vérifier les informations ci-dessous.",
           "Peux-tu mettre ça au propre sous forme de tableau ?", "Qu'est-ce que je dois faire ? Voici le texte :",
           "Traduis-moi ça en anglais stp.", "Aide-moi à rédiger une réponse courte à ceci :",
           "Explique-moi ce document :", "Peux-tu repérer les champs manquants ?"],
    "it": ["Puoi riassumermi questo testo?", "Controlla per favore i dati qui sotto.",
           "Me lo trasformi in una tabella ordinata?", "Cosa devo fare adesso? Ecco il testo:",
           "Traducimelo in inglese, per favore.", "Aiutami a scrivere una risposta breve:",
           "Spiegami questo documento:", "Segnalami i campi mancanti:"],
    "en": ["Can you summarise this for me?", "Please check the details below for mistakes.",
           "Turn this into a tidy table please.", "What do I need to do here? Text below:",
           "Could you translate this into German?", "Help me draft a short reply to this:",
           "Explain this document to me:", "Flag any missing fields please:"],
}


# --------------------------------------------------------------------------------------------------------------
# Small writing helpers
# --------------------------------------------------------------------------------------------------------------

def block(d: Doc, addr: Addr, indent: str = "", upper: bool = False) -> None:
    for line in addr.lines:
        d.ln(indent, A(line.upper() if upper else line))


def kv(d: Doc, label: str, *value: object, width: int = 0, sep: str = ": ") -> None:
    d.ln(f"{label}{sep}".ljust(width) if width else f"{label}{sep}", *value)


def phone_pair(d: Doc, c: Ctx, p: Person) -> None:
    kv(d, c.lab("phone"), PH(p.phone))
    kv(d, c.lab("mobile"), PH(p.mobile))


def md_table(d: Doc, header: list[str], rows: list[list[object]]) -> None:
    d.ln("| " + " | ".join(header) + " |")
    d.ln("|" + "---|" * len(header))
    for row in rows:
        d.w("| ")
        for k, cell in enumerate(row):
            d.w(cell if cell not in ("", None) else "-")
            d.w(" | " if k < len(row) - 1 else " |")
        d.ln()


def ext_word(c: Ctx) -> str:
    return c.tr(de=f" Durchwahl {c.rint(10, 399)}", fr=f" poste {c.rint(10, 399)}", it=f" interno {c.rint(10, 399)}",
                en=f" ext. {c.rint(10, 399)}")


# --------------------------------------------------------------------------------------------------------------
# Genre 1: permit - building and parking permit applications, objections, portal exports
# --------------------------------------------------------------------------------------------------------------

def g_permit(d: Doc, c: Ctx) -> None:  # noqa: C901
    app = c.person(age=(28, 75))
    partner = c.person(g="f" if app.g == "m" else "m", age=(28, 75), last=app.last if c.p(0.5) else None)
    partner.addr = app.addr
    arch = c.person(age=(30, 66))
    firm = c.company()
    office = c.addr(extras=False)
    town = app.addr.town
    site = c.addr(extras=False) if c.p(0.4) else app.addr
    v = c.v
    if v == 0:
        title = {"DE": "BAUANTRAG", "AT": "BAUANSUCHEN", "CH": "BAUGESUCH", "FR": "DEMANDE DE PERMIS DE CONSTRUIRE",
                 "BE": "DEMANDE DE PERMIS D'URBANISME", "IT": "RICHIESTA DI PERMESSO DI COSTRUIRE",
                 "GB": "HOUSEHOLDER PLANNING APPLICATION", "US": "RESIDENTIAL BUILDING PERMIT APPLICATION",
                 "IE": "PLANNING APPLICATION FORM", "AU": "DEVELOPMENT APPLICATION"}[c.region]
        if c.lang == "fr" and c.region == "CH":
            title = "DEMANDE DE PERMIS DE CONSTRUIRE (CAMAC)"
        if c.lang == "it" and c.region == "CH":
            title = "DOMANDA DI COSTRUZIONE"
        d.ln(c.ch(REQUESTS[c.lang]))
        d.ln()
        d.ln(title, f" – {c.tr(de='Gemeinde', fr='Commune de', it='Comune di', en='Council:')} {town}")
        d.ln(c.tr(de="Gesuchs-Nr.", fr="Dossier n°", it="Pratica n.", en="Application ref."),
             f" {c.ch(['BG', 'PC', 'PDC', 'DA', 'P'])}-2026-{c.digits(4)}    ", c.lab("date"), ": ", c.pdate(-40, -2))
        d.ln()
        d.ln("1. ", c.tr(de="Bauherrschaft", fr="Maître d'ouvrage / demandeur", it="Committente / richiedente",
                         en="Applicant"))
        kv(d, c.lab("fullname"), P(app.rev if c.p(0.6) else app.caps), width=26)
        if c.p(0.5):
            kv(d, c.tr(de="  und", fr="  et", it="  e", en="  and"), P(partner.full), width=26)
        kv(d, c.lab("dob"), DB(c.dob(app)), width=26)
        kv(d, c.lab("address"), A(app.addr.one), width=26)
        kv(d, c.lab("phone"), PH(app.phone), width=26)
        kv(d, c.lab("mobile"), PH(app.mobile), width=26)
        kv(d, c.lab("email"), EM(app.email), width=26)
        d.ln()
        d.ln("2. ", c.tr(de="Grundeigentümer/in (falls abweichend)", fr="Propriétaire du bien-fonds (si différent)",
                         it="Proprietario (se diverso)", en="Landowner (if different)"))
        owner = c.person(age=(45, 90))
        d.ln("   ", owner.title(), " ", P(owner.full), ", ", A(owner.addr.one))
        d.ln()
        d.ln("3. ", c.tr(de="Projektverfasser / Architekt", fr="Auteur du projet / architecte",
                         it="Progettista", en="Agent / architect"))
        d.ln("   ", firm, ", ", P(arch.full), c.tr(de=", Dipl.-Ing. Architektin" if arch.g == "f" else
                                                      ", Dipl.-Ing. Architekt", fr=", architecte DPLG",
                                                      it=", arch.", en=" RIBA"))
        d.ln("   ", A(office.one))
        d.ln("   ", c.tr(de="Tel.", fr="Tél.", it="Tel.", en="Tel"), " ", PH(c.phone()), ext_word(c), " · ",
             EM(c.work_email(arch, firm)))
        d.ln()
        d.ln("4. ", c.tr(de="Bauvorhaben", fr="Projet", it="Intervento", en="Proposal"))
        d.ln("   ", c.tr(de="Standort", fr="Adresse du terrain", it="Ubicazione", en="Site address"), ": ",
             A(site.one))
        d.ln("   ", c.tr(de="Parzelle / Flurstück", fr="Parcelle", it="Mappale / foglio", en="Title / lot no."),
             f": {c.rint(100, 4999)}")
        d.ln("   ", c.ch([c.tr(de="Anbau Wintergarten mit Sitzplatzüberdachung",
            fr="Extension véranda et abri de jardin",
                               it="Ampliamento con veranda e tettoia",
                                   en="Single-storey rear extension and garden room"),
                        c.tr(de="Dachgeschossausbau mit zwei Gauben", fr="Aménagement des combles avec deux lucarnes",
                             it="Recupero sottotetto con due abbaini", en="Loft conversion with two dormers"),
                        c.tr(de="Carport und Photovoltaikanlage", fr="Carport et panneaux photovoltaïques",
                             it="Posto auto coperto e impianto fotovoltaico", en="Carport and rooftop solar array")]))
        d.ln("   ", c.tr(de="Baukosten", fr="Coût estimé", it="Costo stimato", en="Estimated cost"), ": ",
             c.money(18000, 240000))
        d.ln()
        d.ln("5. ", c.tr(de="Nachbarn / Anstösser (Zustimmung)", fr="Voisins (accord signé)", it="Confinanti (assenso)",
                         en="Neighbours notified"))
        rows = []
        for _ in range(c.rint(2, 4)):
            nb = c.person(age=(25, 88))
            rows.append([str(c.rint(100, 4999)), P(nb.rev if c.p(0.5) else nb.full), A(nb.addr.street),
                         c.ch([c.tr(de="unterschrieben", fr="signé", it="firmato", en="signed"),
                               c.tr(de="ausstehend", fr="en attente", it="in attesa", en="pending")])])
        md_table(d, [c.tr(de="Parzelle", fr="Parcelle", it="Mappale", en="Lot"), c.lab("name"),
                     c.tr(de="Adresse", fr="Adresse", it="Indirizzo", en="Address"),
                     c.tr(de="Status", fr="Statut", it="Stato", en="Status")], rows)
        d.ln()
        ib = c.iban(app.region)
        if ib:
            d.ln(c.tr(de="Rückerstattung Kaution auf IBAN", fr="Remboursement de la caution sur IBAN",
                      it="Restituzione cauzione su IBAN", en="Refund of deposit to IBAN"), " ", IB(ib),
                 c.tr(de=" (Kontoinhaber: ", fr=" (titulaire : ", it=" (intestatario: ", en=" (account holder: "),
                 P(app.full), ")")
        d.ln(c.lab("place_date"), ": ", town, ", ", c.pdate(-40, -2), "    ", c.lab("sign"), ": ", P(app.ini))
    elif v == 1:
        prog = {"DE": "Antrag auf Bewohnerparkausweis", "AT": "Antrag auf Parkpickerl (Bewohnerparken)",
                "CH": "Gesuch Anwohnerparkkarte Blaue Zone", "FR": "Demande de vignette de stationnement résidentiel",
                "BE": "Demande de carte de riverain", "IT": "Domanda di contrassegno ZTL / sosta residenti",
                "GB": "Resident parking permit application", "US": "Residential Parking Permit (RPP) application",
                "IE": "Residential parking permit application", "AU": "Resident parking permit application"}[c.region]
        if c.region == "CH":
            prog = c.tr(de=prog, fr="Demande de macaron habitant", it="Domanda contrassegno residenti", en=prog)
        d.ln(c.tr(de="Ich hab das Formular online ausgefüllt, aber die Seite hängt. Kannst du mir sagen, ob alles "
                     "vollständig ist?",
                         fr="J'ai rempli le formulaire en ligne mais la page plante. Tout est complet ?",
                  it="Ho compilato il modulo online ma la pagina si blocca. È tutto completo?",
                  en="I filled this in online but the page keeps timing out. Is anything missing?"))
        d.ln()
        d.ln("== ", prog, " ==")
        w = 30
        kv(d, c.lab("surname"), P(app.last.upper() if c.p(0.4) else app.last), width=w)
        kv(d, c.lab("first"), P(app.first), width=w)
        kv(d, c.lab("dob"), DB(c.dob(app)), width=w)
        kv(d, c.lab("street"), A(app.addr.street), width=w)
        if c.region in ("US", "AU"):
            kv(d, "City / State / ZIP" if c.region == "US" else "Suburb / State / Postcode", A(app.addr.pc_town),
               width=w)
        else:
            kv(d, c.lab("pctown"), A(app.addr.pc_town), width=w)
        kv(d, c.tr(de="Telefon (tagsüber)", fr="Téléphone (journée)", it="Telefono (ore diurne)",
                   en="Daytime phone"), PH(app.mobile), width=w)
        kv(d, c.lab("email"), EM(app.email), width=w)
        kv(d, c.tr(de="Kennzeichen", fr="Immatriculation", it="Targa", en="Registration / plate"),
           c.ch(["M-AB 2041", "W-12345X", "ZH 448 211", "GE-123-FR", "1-ABC-234", "FG 123 KL", "KX19 ZPT",
                 "7XYZ123", "231-D-4471", "1AB 2CD"]), width=w)
        kv(d, c.tr(de="Zulassungsinhaber/in", fr="Titulaire du certificat", it="Intestatario del libretto",
                   en="Registered keeper"), c.ch([P(partner.full), firm]), width=w)
        if c.p(0.6):
            brand, num = c.card()
            kv(d, c.tr(de="Zahlung", fr="Paiement", it="Pagamento", en="Payment"), brand, " ", CD(num),
               c.tr(de=", gültig bis ", fr=", exp. ", it=", scad. ", en=", exp "),
                   f"{c.rint(1, 12):02d}/{c.rint(27, 31)}",
               width=w)
        else:
            ib = c.iban(app.region)
            if ib:
                kv(d, c.tr(de="SEPA-Lastschrift", fr="Prélèvement SEPA", it="Addebito SEPA", en="Direct debit"),
                   "IBAN ", IB(ib), width=w)
            else:
                kv(d, "Payment", f"routing {c.digits(9)} / account {c.digits(10)}", width=w)
        d.ln()
        d.ln(c.tr(de="Bemerkung: Mein Partner ", fr="Remarque : mon conjoint ", it="Nota: il mio compagno ",
                  en="Notes: my partner "), P(partner.first),
             c.tr(de=" fährt das Auto ebenfalls, er ist unter ", fr=" utilise aussi la voiture, joignable au ",
                  it=" usa anche lui l'auto, raggiungibile al ", en=" also drives the car and can be reached on "),
             PH(partner.mobile), c.tr(de=" erreichbar. Hotline der Stadt (", fr=". Le numéro vert de la mairie (",
                                    it=". Il numero verde del comune (", en=". The council hotline ("),
             c.hotline(), c.tr(de=") war dauernd besetzt.", fr=") sonnait occupé.", it=") era sempre occupato.",
                               en=") was engaged all morning."))
        if c.p(0.5):
            landlady = c.person(g="f")
            d.ln(c.tr(de="Vermieterin: ", fr="Propriétaire du logement : ", it="Proprietaria dell'alloggio: ",
                      en="Landlady: "), P(landlady.full), ", ", PH(c.phone()))
    elif v == 2:
        nb = c.person(age=(35, 85))
        lawyer = c.person(age=(32, 65))
        auth = c.pobox() if c.p(0.5) else c.addr(extras=False)
        d.ln(c.tr(de="Kannst du meinen Einspruch sprachlich verbessern? Sachlich soll alles so bleiben.",
                  fr="Peux-tu améliorer le style de mon recours ? Le fond doit rester identique.",
                  it="Puoi migliorare la forma delle mie osservazioni? Il contenuto resta uguale.",
                  en="Can you tighten up the wording of my objection? Keep the facts as they are."))
        d.ln()
        d.ln(P(nb.full))
        block(d, nb.addr)
        d.ln(c.lab("phone"), " ", PH(nb.phone))
        d.ln()
        d.ln(c.tr(de="An das Bauamt der Stadt ", fr="Service de l'urbanisme, commune de ",
                  it="Sportello Unico Edilizia, Comune di ", en="Planning Department, "), town)
        block(d, auth)
        d.ln()
        d.ln(town, ", ", c.pdate(-10, 0))
        d.ln()
        d.ln(c.tr(de="Einwendung gegen das Bauvorhaben ", fr="Opposition au projet ", it="Osservazioni al progetto ",
                  en="Objection to application "), f"{c.ch(['BV', 'PC', 'PdC', 'DA'])} {c.digits(3)}/2026 – ",
             A(site.one))
        d.ln()
        d.ln(c.tr(de="Sehr geehrte Damen und Herren,", fr="Madame, Monsieur,", it="Spett.le Ufficio,",
                  en="Dear Sir or Madam,"))
        d.ln()
        d.w(c.tr(de="als Eigentümer des angrenzenden Grundstücks erhebe ich Einwendung gegen den Antrag von ",
                 fr="en tant que propriétaire de la parcelle voisine, je m'oppose à la demande déposée par ",
                 it="in qualità di proprietario del fondo confinante presento osservazioni alla richiesta di ",
                 en="as the owner of the adjoining property I object to the application made by "),
            app.title(), " ", P(app.last), c.tr(de=" und ", fr=" et ", it=" e ", en=" and "), P(partner.full),
            c.tr(de=". Der geplante Anbau rückt bis auf zwei Meter an meine Grenze heran. ",
                 fr=". L'extension prévue s'approche à deux mètres de ma limite. ",
                 it=". L'ampliamento previsto arriva a due metri dal mio confine. ",
                 en=". The extension would come within two metres of my boundary. "))
        nb2 = c.person(g="f")
        d.w(c.tr(de="Auch meine Nachbarin ", fr="Ma voisine ", it="Anche la mia vicina ", en="My neighbour "),
            P(nb2.full), " (", A(nb2.addr.street), c.tr(de=") teilt diese Bedenken. ", fr=") partage ces réserves. ",
                                                       it=") condivide queste perplessità. ",
                                                       en=") shares these concerns. "))
        d.ln(c.tr(de="Die Pläne des Büros ", fr="Les plans du bureau ", it="Le tavole dello studio ",
                  en="The drawings by "), firm,
             c.tr(de=" weichen von der Baulinie ab.", fr=" ne respectent pas l'alignement.",
                  it=" non rispettano la distanza minima.", en=" ignore the building line."))
        d.ln()
        d.ln(c.tr(de="Ich habe Rechtsanwältin " if lawyer.g == "f" else "Ich habe Rechtsanwalt ",
                  fr="J'ai mandaté Me ", it="Ho incaricato l'avv. ", en="I have instructed "), P(lawyer.full),
             c.tr(de=" beauftragt (", fr=" (", it=" (", en=" ("), A(c.addr(extras=False).one), ", ",
             PH(c.phone()), c.tr(de="). Bitte senden Sie Rückfragen an ", fr="). Merci d'adresser vos questions à ",
                                 it="). Vi prego di scrivere a ", en="). Please send any queries to "),
             EM(c.work_email(lawyer, c.company())), ".")
        d.ln()
        d.ln(c.tr(de="Mit freundlichen Grüßen", fr="Veuillez agréer mes salutations distinguées.",
                  it="Distinti saluti", en="Yours faithfully"))
        d.ln(P(nb.ini if c.p(0.4) else nb.full))
    else:
        d.ln(c.tr(de="Der Export aus unserem E-Government-Portal bricht mit diesem Fehler ab. Woran liegt's?",
                  fr="L'export de notre guichet virtuel échoue avec cette erreur. Une idée ?",
                  it="L'esportazione dal portale SUE si interrompe con questo errore. Come mai?",
                  en="The export from our e-permitting portal fails with this error. Any idea why?"))
        d.ln()
        d.ln("```json")
        ib = c.iban(app.region, grouped=0.0)
        obj = {
            "applicationId": f"{c.ch(['BG', 'PC', 'PDC', 'DA'])}-{c.digits(6)}",
            "kind": c.ch(["building", "parking", "demolition"]),
            "submitted": f"2026-{c.rint(9, 11):02d}-{c.rint(1, 28):02d}T{c.rint(7, 19):02d}:{c.rint(0, 59):02d}:00Z",
            "applicant": {"givenName": P(app.first), "familyName": P(app.last), "birthDate": DB(app.dob.isoformat()),
                          "street": A(app.addr.street), "postalCode": app.addr.pc, "city": app.addr.town,
                          "phone": PH(app.mobile), "email": EM(app.email)},
            "coApplicant": {"name": P(partner.full), "relation": "spouse"},
            "agent": {"name": P(arch.full), "company": firm, "phone": PH(c.phone()),
                      "email": EM(c.work_email(arch, firm))},
            "site": {"address": A(site.one), "parcel": c.digits(4)},
            "fees": {"amount": round(c.rng.uniform(120, 1800), 2), "currency": CURRENCY[c.region],
                     "refundIban": IB(ib) if ib else None},
            "status": "SUBMITTED",
        }
        d.json(obj, indent=2, ascii_=c.p(0.3))
        d.ln()
        d.ln("```")
        d.ln()
        d.ln("ValidationError: applicant.phone: value ", '"', PH(app.mobile), '"',
             " does not match pattern ^\\+[1-9][0-9]{7,14}$ (request id ", c.digits(8), ")")


# --------------------------------------------------------------------------------------------------------------
# Genre 2: enforcement - debt enforcement notices, payment-plan letters, bailiff reports, garnishment threads
# --------------------------------------------------------------------------------------------------------------

ENF = {
    "DE": ("Amtsgericht – Vollstreckungsgericht", "Pfändungs- und Überweisungsbeschluss", "Gerichtsvollzieherin",
           "Drittschuldner"),
    "AT": ("Bezirksgericht – Exekutionsabteilung", "Exekutionsbewilligung (Gehaltsexekution)", "Gerichtsvollzieher",
           "Drittschuldner"),
    "CH": ("Betreibungsamt", "Zahlungsbefehl", "Betreibungsbeamtin", "Arbeitgeber"),
    "FR": ("Étude de commissaire de justice", "Commandement de payer aux fins de saisie-vente",
           "commissaire de justice", "tiers saisi"),
    "BE": ("Étude d'huissier de justice", "Commandement préalable à saisie-exécution", "huissier de justice",
           "tiers saisi"),
    "IT": ("Ufficio Unico Notificazioni, Esecuzioni e Protesti", "Atto di precetto e pignoramento presso terzi",
           "ufficiale giudiziario", "terzo pignorato"),
    "GB": ("County Court Business Centre", "Attachment of Earnings Order", "enforcement agent", "employer"),
    "US": ("Superior Court – Civil Division", "Writ of Garnishment (Earnings Withholding Order)", "levying officer",
           "employer"),
    "IE": ("District Court Office", "Attachment of Earnings Order", "County Sheriff", "employer"),
    "AU": ("Local Court – Civil Enforcement", "Garnishee Order (Wages)", "Sheriff's officer", "employer"),
}


def g_enforcement(d: Doc, c: Ctx) -> None:  # noqa: C901
    debtor = c.person(age=(22, 70))
    spouse = c.person(g="f" if debtor.g == "m" else "m", age=(22, 70), last=debtor.last if c.p(0.6) else None)
    spouse.addr = debtor.addr
    cred_is_person = c.p(0.35)
    creditor = c.person(age=(30, 80))
    cred_firm = c.company()
    lawyer = c.person(age=(30, 65))
    clerk = c.person(age=(25, 62))
    employer = c.company()
    court, act, officer, third = ENF[c.region]
    if c.region == "CH" and c.lang != "de":
        court, act, officer = {"fr": ("Office des poursuites", "Commandement de payer", "préposée"),
                               "it": ("Ufficio di esecuzione", "Precetto esecutivo", "ufficiale")}[c.lang]
    office = c.pobox() if c.p(0.4) else c.addr(extras=False)
    court_town = office.town.replace(" CEDEX", "").title() if office.town.isupper() else office.town
    amount = c.money(400, 18000)
    v = c.v
    if v == 0:
        d.ln(c.ch(REQUESTS[c.lang]))
        d.ln()
        d.ln(court, " ", court_town)
        d.ln(A(office.one))
        d.ln(c.tr(de="Tel. ", fr="Tél. ", it="Tel. ", en="Tel "), PH(c.phone()), "  ·  ",
             c.tr(de="poststelle@", fr="contact@", it="segreteria@", en="enquiries@"),
             c.mail_domain(court.split()[0] + " " + court_town))
        d.ln()
        d.ln(act.upper())
        d.ln(c.tr(de="Betreibung / Az.", fr="Poursuite / réf.", it="Esecuzione n.", en="Claim no."),
             f" {c.digits(2)} {c.digits(6)}   ", c.tr(de="vom", fr="du", it="del", en="dated"), " ", c.pdate(-30, -5))
        d.ln()
        d.ln(c.tr(de="Schuldner/in", fr="Débiteur", it="Debitore", en="Debtor"), ":")
        d.ln("  ", P(debtor.caps), c.tr(de=", geb. ", fr=debtor.g_fr(", né le ", ", née le "),
                                        it=debtor.g_fr(", nato il ", ", nata il "), en=", born "),
             DB(c.dob(debtor)))
        block(d, debtor.addr, "  ")
        d.ln()
        d.ln(c.tr(de="Gläubiger/in", fr="Créancier", it="Creditore", en="Creditor / claimant"), ":")
        if cred_is_person:
            d.ln("  ", P(creditor.full), ", ", A(creditor.addr.one))
        else:
            cred_addr = c.pobox() if c.p(0.5) else c.addr(extras=False)
            d.ln("  ", cred_firm, ", ", A(cred_addr.one))
        d.ln("  ", c.tr(de="vertreten durch RA ", fr="représenté par Me ", it="rappresentato dall'avv. ",
                        en="represented by "), P(lawyer.full), ", ", PH(c.phone()))
        d.ln()
        d.ln(c.tr(de="Forderung", fr="Créance", it="Credito", en="Amount claimed"), ": ", amount,
             c.tr(de=" nebst 5 % Zins seit ", fr=" plus intérêts à 5 % dès le ", it=" oltre interessi al 5% dal ",
                  en=" plus interest at 8% from "), c.pdate(-400, -100))
        d.ln(c.tr(de="Forderungsgrund: Rechnung Nr. ", fr="Titre : facture n° ", it="Titolo: fattura n. ",
                  en="Basis: invoice no. "), c.ref("", 7), c.tr(de=" (Mietzins)", fr=" (loyers)", it=" (canoni)",
                                                         en=" (unpaid rent)"))
        ib = c.iban()
        if ib:
            d.ln(c.tr(de="Zahlstelle", fr="Compte de paiement", it="Conto per il pagamento", en="Pay to"), ": IBAN ",
                 IB(ib), c.tr(de=" (Amtskonto)", fr=" (compte de l'office)", it=" (conto dell'ufficio)",
                              en=" (court funds account)"))
        else:
            d.ln("Pay to: court funds account, routing ", c.digits(9), ", account ", c.digits(10))
        d.ln()
        d.ln(c.tr(de="Zugestellt am ", fr="Notifié le ", it="Notificato il ", en="Served on "), c.pdate(-4, -1),
             c.tr(de=" an: ", fr=" à : ", it=" a: ", en=" on: "),
             c.tr(de="Ehegatte/Ehegattin des Schuldners, ", fr="conjoint du débiteur, ", it="coniuge del debitore, ",
                  en="spouse of the debtor, "), P(spouse.full))
        d.ln(c.tr(de="Sachbearbeitung: ", fr="Dossier suivi par : ", it="Funzionario: ", en="Case officer: "),
             P(clerk.ini), ", ", c.tr(de="Tel. direkt ", fr="ligne directe ", it="diretto ", en="direct line "),
             PH(c.phone()))
        d.ln(c.tr(de="Auskunft allgemein: ", fr="Renseignements généraux : ", it="Informazioni generali: ",
                  en="General enquiries: "), c.hotline())
    elif v == 1:
        d.ln(c.tr(de="Ich will der Gläubigerin eine Ratenzahlung vorschlagen. Klingt das so seriös?",
                  fr="Je veux proposer un échéancier au créancier. C'est assez sérieux comme lettre ?",
                  it="Voglio proporre un piano di rientro. Ti sembra una lettera seria?",
                  en="I want to propose a payment plan. Does this letter sound reasonable?"))
        d.ln()
        d.ln(P(debtor.full))
        block(d, debtor.addr)
        d.ln(PH(debtor.mobile), " | ", EM(debtor.email))
        d.ln()
        if cred_is_person:
            d.ln(P(creditor.full))
            block(d, creditor.addr)
        else:
            d.ln(cred_firm)
            d.ln(c.tr(de="z. Hd. ", fr="à l'attention de ", it="alla c.a. di ", en="FAO "), P(lawyer.full))
            block(d, c.addr(extras=False))
        d.ln()
        d.ln(c.tr(de="Betreff: Ihr Aktenzeichen ", fr="Objet : votre référence ", it="Oggetto: vs. riferimento ",
                  en="Re: your reference "), f"{c.ch(['INK', 'REC', 'REC-', 'DCA'])}{c.digits(7)}")
        d.ln()
        d.ln(c.tr(de="Sehr geehrte Damen und Herren,", fr="Madame, Monsieur,", it="Gentili signori,",
                  en="Dear Sir or Madam,"))
        d.ln()
        d.w(c.tr(de="ich bestreite die Forderung über ", fr="je ne conteste pas la créance de ",
                 it="non contesto il credito di ", en="I do not dispute the sum of "), amount,
            c.tr(de=" nicht, kann sie aber nicht auf einmal begleichen. Unser Haushalt: ",
                 fr=" mais je ne peux pas la régler en une fois. Notre foyer : ",
                 it=" ma non posso saldarlo in un'unica soluzione. Il nostro nucleo familiare: ",
                 en=" but I cannot pay it in one go. Our household: "))
        d.ln()
        kids = [c.child(debtor, (1, 15)) for _ in range(c.rint(1, 3))]
        d.ln("- ", P(debtor.full), ", ", DB(c.dob(debtor)), c.tr(de=", Lagerist bei ", fr=", magasinier chez ",
                                                                 it=", magazziniere presso ",
                                                                     en=", warehouse operative at "),
             employer, ", ", c.money(1500, 2600), c.tr(de=" netto", fr=" net", it=" netti", en=" net a month"))
        d.ln("- ", P(spouse.first), c.tr(de=" (meine Frau)" if spouse.g == "f" else " (mein Mann)",
                                         fr=" (ma conjointe)" if spouse.g == "f" else " (mon conjoint)",
                                         it=" (mia moglie)" if spouse.g == "f" else " (mio marito)",
                                         en=" (my wife)" if spouse.g == "f" else " (my husband)"), ", ",
             DB(c.dob(spouse)), c.tr(de=", derzeit ohne Einkommen", fr=", sans revenu actuellement",
                                     it=", attualmente senza reddito", en=", currently not working"))
        for k in kids:
            d.ln("- ", P(k.first), ", ", DB(c.dob(k)))
        d.ln()
        d.w(c.tr(de="Ich biete monatliche Raten von ", fr="Je propose des mensualités de ",
                 it="Propongo rate mensili di ", en="I can offer monthly instalments of "), c.money(50, 250),
            c.tr(de=" per Dauerauftrag von meinem Konto ", fr=" par virement permanent depuis mon compte ",
                 it=" con bonifico permanente dal mio conto ", en=" by standing order from my account "))
        ib = c.iban(debtor.region)
        d.w(IB(ib) if ib else f"(sort code {c.digits(2)}-{c.digits(2)}-{c.digits(2)})")
        d.ln(c.tr(de=", erstmals zum ", fr=", à compter du ", it=", a partire dal ", en=", starting on "),
             c.pdate(10, 40), ".")
        d.ln(c.tr(de="Schuldnerberatung: ", fr="Point conseil budget : ", it="Sportello sovraindebitamento: ",
                  en="My debt adviser at Citizens Advice: "), P(clerk.full), ", ", PH(c.phone()),
             c.tr(de=" (kostenlose Hotline ", fr=" (numéro gratuit ", it=" (numero verde ", en=" (free helpline "),
             c.hotline(), ").")
        d.ln()
        d.ln(c.tr(de="Mit freundlichen Grüßen", fr="Cordialement,", it="Cordiali saluti", en="Yours faithfully,"))
        d.ln(P(debtor.full))
    elif v == 2:
        d.ln(c.tr(de="Das Protokoll vom Gerichtsvollzieher ist kaum lesbar abgetippt. Was steht da genau drin?",
                  fr="Voici le procès-verbal recopié. Qu'est-ce qu'il dit exactement ?",
                  it="Ecco il verbale ricopiato. Cosa dice esattamente?",
                  en="Here's the enforcement visit report, typed up. What exactly does it say?"))
        d.ln()
        d.case = "upper" if c.p(0.35) else None
        d.ln(c.tr(de="PFÄNDUNGSPROTOKOLL", fr="PROCÈS-VERBAL DE SAISIE-VENTE", it="VERBALE DI PIGNORAMENTO MOBILIARE",
                  en="RECORD OF ENFORCEMENT VISIT (CONTROLLED GOODS)"))
        d.ln(c.tr(de="Ort der Vollstreckung: ", fr="Lieu : ", it="Luogo: ", en="Premises: "), A(debtor.addr.one))
        d.ln(c.tr(de="Datum/Uhrzeit: ", fr="Date/heure : ", it="Data/ora: ", en="Date/time: "), c.pdate(-6, -1),
             f" {c.rint(7, 11):02d}:{c.ch(['05', '20', '40'])}")
        d.ln(c.tr(de="Vollstreckungsorgan: ", fr="Instrumentaire : ", it="Ufficiale: ", en="Agent: "), officer, " ",
             P(clerk.full), c.tr(de=", Dienstnr. ", fr=", matricule ", it=", matr. ", en=", certificate no. "),
             c.digits(5))
        d.ln(c.tr(de="Schuldner: ", fr="Débiteur : ", it="Debitore: ", en="Debtor: "), P(debtor.caps),
             c.tr(de=", geb. ", fr=", né(e) le ", it=", nato/a il ", en=", DOB "), DB(c.dob(debtor)))
        d.ln(c.tr(de="Anwesend: ", fr="Présents : ", it="Presenti: ", en="Present: "), P(spouse.full),
             c.tr(de=" (Lebensgefährtin)" if spouse.g == "f" else " (Lebensgefährte)", fr=" (concubin(e))",
                  it=" (convivente)", en=" (partner)"), c.tr(de=", Nachbar ", fr=", voisin ", it=", vicino ",
                                                            en=", neighbour "), P(c.person(g="m").full),
             c.tr(de=" als Zeuge", fr=" comme témoin", it=" come testimone", en=" as witness"))
        d.ln()
        d.ln(c.tr(de="Gepfändete Gegenstände:", fr="Biens saisis :", it="Beni pignorati:", en="Goods controlled:"))
        items = [c.tr(de="Fernseher Samsung 55\"", fr="téléviseur LG 55\"", it="televisore Sony 55\"",
                      en="Samsung 55\" TV"), c.tr(de="E-Bike Marke Kalkhoff", fr="vélo électrique Moustache",
                                                  it="bicicletta elettrica Atala", en="Trek e-bike"),
                 c.tr(de="Spielkonsole", fr="console de jeux", it="console per videogiochi", en="games console")]
        for k, it in enumerate(items, 1):
            d.ln(f"  {k}. {it} – ", c.money(80, 900))
        d.ln()
        d.ln(c.tr(de="Erklärung Dritter: Frau/Herr ", fr="Revendication : ", it="Dichiarazione di terzi: ",
                  en="Third-party claim: "), P(spouse.last if c.p(0.5) else spouse.full),
             c.tr(de=" erklärt, das E-Bike gehöre ihr/ihm (Kaufbeleg folgt an ",
                  fr=" affirme que le vélo lui appartient (justificatif à envoyer à ",
                  it=" dichiara che la bicicletta è sua (ricevuta da inviare a ",
                  en=" states the e-bike is theirs (receipt to be sent to "), EM(spouse.email), ").")
        d.ln(c.tr(de="Rückruf Gläubigervertreter: ", fr="Rappel avocat du créancier : ",
            it="Richiamare legale creditore: ",
                  en="Call back claimant's solicitor: "), P(lawyer.full), " ", PH(c.phone()), ext_word(c))
        d.ln(c.tr(de="Unterschrift Schuldner: verweigert", fr="Signature du débiteur : refusée",
                  it="Firma del debitore: rifiutata", en="Signature of debtor: refused"))
        d.case = None
    else:
        hr = c.person(age=(28, 60))
        d.ln(c.tr(de="Kannst du mir helfen, auf diese Mail-Kette zu antworten? Ich bin neu in der Lohnbuchhaltung.",
                  fr="Tu peux m'aider à répondre à ce fil ? Je débute en paie.",
                  it="Mi aiuti a rispondere a questa catena di mail? Sono nuovo in ufficio paghe.",
                  en="Can you help me reply to this thread? I'm new to payroll."))
        d.ln()
        d.ln(c.tr(de="Von", fr="De", it="Da", en="From"), ": ", P(lawyer.full), " <", EM(c.work_email(lawyer,
            c.company())), ">")
        d.ln(c.tr(de="An", fr="À", it="A", en="To"), ": ", c.tr(de="lohn@", fr="paie@", it="paghe@", en="payroll@"),
             c.mail_domain(employer))
        d.ln(c.tr(de="Betreff", fr="Objet", it="Oggetto", en="Subject"), ": ", act, " – ", P(debtor.rev))
        d.ln()
        d.ln(c.tr(de="Sehr geehrte Damen und Herren,", fr="Madame, Monsieur,", it="Gentili signori,",
                  en="Dear Payroll team,"))
        d.ln(c.tr(de="anbei der Beschluss gegen Ihren Mitarbeiter ",
            fr="veuillez trouver ci-joint l'acte visant votre salarié ",
                  it="in allegato l'atto nei confronti del vostro dipendente ",
                      en="please find attached the order against your employee "),
             P(debtor.full), " (", c.tr(de="geb. ", fr="né(e) le ", it="nato/a il ", en="DOB "), DB(c.dob(debtor)),
             c.tr(de=", wohnhaft ", fr=", demeurant ", it=", residente in ", en=", of "), A(debtor.addr.one),
             c.tr(de="). Bitte geben Sie binnen zwei Wochen die ", fr="). Merci de transmettre la déclaration du ",
                  it="). Vi preghiamo di rendere la dichiarazione del ", en="). Please return the "),
             third, c.tr(de="erklärung ab.", fr=" sous quinze jours.", it=" entro quindici giorni.",
                         en=" statement within 14 days."))
        ib = c.iban()
        if ib:
            d.ln(c.tr(de="Zahlungen bitte auf unser Anderkonto ",
                fr="Les versements sont à effectuer sur notre compte ",
                      it="I versamenti vanno effettuati sul conto ", en="Payments to our client account "),
                 IB(ib), ".")
        d.ln(c.tr(de="Mit freundlichen Grüßen", fr="Bien cordialement,", it="Cordiali saluti", en="Kind regards,"))
        d.ln(P(lawyer.full))
        d.ln()
        d.ln("-----")
        d.ln(c.tr(de="Von", fr="De", it="Da", en="From"), ": ", P(hr.full), " <", EM(c.work_email(hr, employer)), ">")
        d.ln(c.tr(de="Intern weitergeleitet. Wir haben noch zwei weitere Fälle, Übersicht:",
                  fr="Transféré en interne. Nous avons deux autres dossiers, récapitulatif :",
                  it="Inoltro interno. Abbiamo altri due casi, riepilogo:",
                  en="Forwarding internally. We have two more cases, overview:"))
        d.ln()
        rows = [[P(debtor.rev), DB(c.fd(debtor.dob, 0)), f"{c.rng.choice(['P', 'M', 'E'])}{c.digits(5)}",
                 lawyer.last + c.tr(de=" Rechtsanwälte", fr=" Avocats", it=" & Partners", en=" Solicitors"),
                 c.money(800, 9000)]]
        for _ in range(2):
            e2 = c.person(age=(20, 63))
            rows.append([P(e2.rev), DB(c.fd(e2.dob, 0)), f"{c.rng.choice(['P', 'M', 'E'])}{c.digits(5)}",
                         c.company(), c.money(300, 7000)])
        md_table(d, [c.tr(de="Mitarbeiter/in", fr="Salarié", it="Dipendente", en="Employee"), c.lab("dob"),
                     c.tr(de="Pers.-Nr.", fr="Matricule", it="Matricola", en="Payroll no."),
                     c.tr(de="Gläubiger", fr="Créancier", it="Creditore", en="Creditor"),
                     c.tr(de="Restforderung", fr="Solde", it="Residuo", en="Outstanding")], rows)
        d.ln()
        d.ln(P(hr.first), " | ", c.tr(de="Personalabteilung", fr="RH", it="Risorse umane", en="People team"), " | ",
             PH(c.phone()))


# --------------------------------------------------------------------------------------------------------------
# Genre 3: pension - retirement applications, statements, survivors' pensions, pension-fund exports
# --------------------------------------------------------------------------------------------------------------

PENSION_BODY = {
    "DE": "Deutsche Rentenversicherung", "AT": "Pensionsversicherungsanstalt", "CH": "Ausgleichskasse",
    "FR": "Caisse d'assurance retraite (Carsat)", "BE": "Service fédéral des Pensions", "IT": "INPS",
    "GB": "Pension Service", "US": "Social Security Administration", "IE": "Department of Social Protection",
    "AU": "Services Australia (Centrelink)",
}


def g_pension(d: Doc, c: Ctx) -> None:  # noqa: C901
    body = PENSION_BODY[c.region]
    if c.region == "CH":
        body = c.tr(de="Ausgleichskasse", fr="Caisse de compensation", it="Cassa di compensazione", en=body)
    app = c.person(age=(60, 68), own=0.6)
    spouse = c.person(g="f" if app.g == "m" else "m", age=(55, 75), last=app.last if c.p(0.5) else None)
    spouse.addr = app.addr
    kids = [c.person(g=c.ch("fm"), age=(25, 45), own=0.7, last=app.last) for _ in range(c.rint(1, 3))]
    insno = {"DE": f"{c.digits(2)} {c.digits(6)} {c.ch('ABCDEFGHKLMS')} {c.digits(3)}",
             "AT": f"{c.digits(4)} {app.dob.day:02d}{app.dob.month:02d}{app.dob.year % 100:02d}",
             "CH": f"756.{c.digits(4)}.{c.digits(4)}.{c.digits(2)}",
                 "FR": f"{c.rint(1, 2)} {c.digits(2)} {c.digits(2)} "
             f"{c.digits(2)} {c.digits(3)} {c.digits(3)} {c.digits(2)}",
                 "BE": f"{c.digits(2)}.{c.digits(2)}.{c.digits(2)}-"
             f"{c.digits(3)}.{c.digits(2)}", "IT": "".join(c.ch("ABCDEFGHLMNPRSTVZ") for _ in range(6)) + c.digits(2) +
             c.ch("ABCDEHLMPRST") + c.digits(2) + c.ch("ABCDEFGHLM") + c.digits(3) + c.ch("ABCDEFGHLMNPQRSTUVWXYZ"),
             "GB": f"{c.ch(['AB', 'JH', 'NP', 'SC', 'WK'])} {c.digits(2)} {c.digits(2)} {c.digits(2)} {c.ch('ABCD')}",
             "US": f"{c.digits(3)}-{c.digits(2)}-{c.digits(4)}", "IE": f"{c.digits(7)}{c.ch('ABCDEFW')}",
             "AU": f"{c.digits(3)} {c.digits(3)} {c.digits(3)}"}[c.region]
    v = c.v
    if v == 0:
        d.ln(c.tr(de="Ich fülle gerade den Rentenantrag für meinen Vater aus. Fehlt etwas?",
                  fr="Je remplis la demande de retraite de mon père. Il manque quelque chose ?",
                  it="Sto compilando la domanda di pensione di mio padre. Manca qualcosa?",
                  en="I'm filling in my dad's pension claim. Anything missing?") if app.g == "m" else
             c.tr(de="Ich fülle gerade den Rentenantrag für meine Mutter aus. Fehlt etwas?",
                  fr="Je remplis la demande de retraite de ma mère. Il manque quelque chose ?",
                  it="Sto compilando la domanda di pensione di mia madre. Manca qualcosa?",
                  en="I'm filling in my mum's pension claim. Anything missing?"))
        d.ln()
        d.ln(body, " – ", c.tr(de="Antrag auf Altersrente", fr="Demande de retraite personnelle",
                               it="Domanda di pensione di vecchiaia", en="Claim for retirement pension"))
        d.ln(c.tr(de="Versicherungsnummer", fr="N° de sécurité sociale", it="Codice fiscale", en="Insurance number"),
             ": ", insno)
        d.ln()
        w = 28
        d.ln("A. ", c.tr(de="Angaben zur Person", fr="Identité", it="Dati anagrafici", en="About you"))
        kv(d, c.lab("surname"), P(app.last), width=w)
        if app.g == "f" and c.p(0.7):
            maiden = c.name("f", own=0.7)[1]
            kv(d, c.tr(de="Geburtsname", fr="Nom de naissance", it="Cognome da nubile", en="Surname at birth"),
               P(maiden), width=w)
        kv(d, c.lab("first"), P(app.first), width=w)
        kv(d, c.lab("dob"), DB(c.dob(app)), width=w)
        kv(d, c.tr(de="Geburtsort", fr="Lieu de naissance", it="Luogo di nascita", en="Place of birth"),
           c.ch(["Izmir", "Sarajevo", "Porto", "Palermo", "Cork", "Lyon", "Graz", "Luzern", "Kraków", "Dakar"]),
           width=w)
        kv(d, c.lab("street"), A(app.addr.street), width=w)
        kv(d, c.lab("pc"), app.addr.pc, width=w)
        kv(d, c.lab("town"), app.addr.town, width=w)
        kv(d, c.lab("phone"), PH(app.phone), width=w)
        kv(d, c.lab("email"), EM(app.email), width=w)
        d.ln()
        d.ln("B. ", c.tr(de="Ehegatte / eingetragene/r Partner/in", fr="Conjoint", it="Coniuge",
                         en="Spouse or civil partner"))
        kv(d, c.lab("fullname"), P(spouse.rev), width=w)
        kv(d, c.lab("dob"), DB(c.dob(spouse)), width=w)
        kv(d, c.tr(de="Heirat am", fr="Mariage le", it="Matrimonio il", en="Date of marriage"),
           c.fd(dt.date(app.dob.year + c.rint(22, 32), c.rint(1, 12), c.rint(1, 28))), width=w)
        d.ln()
        d.ln("C. ", c.tr(de="Kinder (Kindererziehungszeiten)", fr="Enfants (majoration)",
                         it="Figli (maggiorazione)", en="Children you brought up"))
        for k in kids:
            d.ln("   - ", P(k.full), ", ", DB(c.dob(k)))
        d.ln()
        d.ln("D. ", c.tr(de="Beschäftigungen", fr="Carrière", it="Periodi lavorativi", en="Employment history"))
        y = app.dob.year + c.rint(16, 20)
        for _ in range(3):
            y2 = y + c.rint(4, 15)
            d.ln(f"   {y}–{y2}  ", c.company(), "  (", c.town(), ")")
            y = y2
        d.ln()
        d.ln("E. ", c.tr(de="Zahlungsweg", fr="Paiement", it="Modalità di pagamento", en="Payment"))
        ib = c.iban(app.region)
        if ib:
            kv(d, "   IBAN", IB(ib), width=w)
            kv(d, c.tr(de="   Kontoinhaber", fr="   Titulaire", it="   Intestatario", en="   Account holder"),
               P(app.full), width=w)
        else:
            kv(d, "   BSB / Account" if c.region == "AU" else "   Routing / Account",
               f"{c.digits(3)}-{c.digits(3)} / {c.digits(8)}" if c.region == "AU"
               else f"{c.digits(9)} / {c.digits(10)}",
               width=w)
        d.ln()
        d.ln(c.tr(de="Bevollmächtigte/r: ", fr="Mandataire : ", it="Delegato: ", en="Appointee: "),
             P(kids[0].full), ", ", A(kids[0].addr.one if c.p(0.5) else c.addr().one), ", ", PH(kids[0].mobile))
        d.ln(c.tr(de="Rentenbeginn gewünscht ab: ", fr="Date d'effet souhaitée : ", it="Decorrenza richiesta: ",
                  en="Start date wanted: "), c.fd(dt.date(2027, c.rint(1, 6), 1)))
    elif v == 1:
        d.ln(c.tr(de="Das ist meine Renteninformation als Text. Kannst du die Zahlen erklären?",
                  fr="Voici mon relevé de carrière en texte. Tu peux m'expliquer les chiffres ?",
                  it="Questo è il mio estratto conto contributivo. Mi spieghi i numeri?",
                  en="This is my pension statement as text. Can you explain the figures?"))
        d.ln()
        d.case = "upper" if c.p(0.3) else None
        d.ln(body)
        sender = c.pobox()
        d.ln(A(sender.one))
        d.ln()
        if c.p(0.5):
            block(d, app.addr, "        ")
        d.ln(c.tr(de="Renteninformation ", fr="Relevé de situation individuelle ", it="Estratto conto certificativo ",
                  en="Pension statement "), str(TODAY.year))
        d.ln(c.tr(de="Versicherte Person: ", fr="Assuré(e) : ", it="Assicurato/a: ", en="Member: "),
             P(app.caps), "   ", c.tr(de="geb. ", fr="né(e) le ", it="nato/a il ", en="born "), DB(c.dob(app)))
        d.ln(c.tr(de="Versicherungsnummer ", fr="N° d'assuré ", it="Posizione n. ", en="Reference "), insno)
        d.ln()
        hdr = c.tr(de="Jahr  Arbeitgeber                       Entgelt      Punkte",
                   fr="Année Employeur                         Salaire      Trimestres",
                   it="Anno  Datore di lavoro                  Imponibile   Settimane",
                   en="Year  Employer                          Earnings     Qualifying")
        d.ln(hdr)
        d.ln("-" * len(hdr))
        firm = c.company()
        for y in range(TODAY.year - c.rint(8, 12), TODAY.year - 1):
            if c.p(0.25):
                firm = c.company()
            d.ln(f"{y}  {firm[:32]:<32}  {c.money(24000, 78000):>11}  {c.rng.uniform(0.5, 1.6):.4f}")
        d.ln()
        d.ln(c.tr(de="Voraussichtliche Rente ab ", fr="Pension estimée au ", it="Pensione stimata al ",
                  en="Forecast from "), c.fd(dt.date(app.dob.year + 67, app.dob.month, 1)), ": ",
             c.money(900, 3200))
        d.ln(c.tr(de="Rückfragen: ", fr="Contact : ", it="Contatti: ", en="Questions: "), P(c.person().ini), ", ",
             PH(c.phone()), c.tr(de=" oder kostenlos ", fr=" ou gratuitement au ", it=" o numero verde ",
                                 en=" or free on "), c.hotline())
        d.case = None
        d.ln()
        d.ln(c.tr(de="PS: Meine Frau ", fr="PS : mon épouse ", it="PS: mia moglie ", en="PS: my wife ")
             if spouse.g == "f" else c.tr(de="PS: Mein Mann ", fr="PS : mon mari ", it="PS: mio marito ",
                                          en="PS: my husband "), P(spouse.first),
             c.tr(de=" (geb. ", fr=" (née le " if spouse.g == "f" else " (né le ", it=" (nata il " if spouse.g == "f"
                  else " (nato il ", en=" (born "), DB(c.dob(spouse)),
             c.tr(de=") bekommt so einen Brief nie – sie ist unter ",
                 fr=") ne reçoit jamais ce courrier, joignable au ",
                  it=") non riceve mai questa lettera, il suo numero è ",
                      en=") never gets one of these, her number is ")
             if spouse.g == "f" else c.tr(de=") bekommt so einen Brief nie – er ist unter ",
                                          fr=") ne reçoit jamais ce courrier, joignable au ",
                                          it=") non riceve mai questa lettera, il suo numero è ",
                                          en=") never gets one of these, his number is "),
             PH(spouse.mobile), c.tr(de=" erreichbar.", fr=".", it=".", en="."))
    elif v == 2:
        dec = app
        widow = spouse
        dod = c.day(-120, -20)
        d.ln(c.tr(de="Bitte formuliere meinen Brief an die Rentenkasse etwas förmlicher.",
                  fr="Peux-tu rendre ma lettre à la caisse de retraite plus formelle ?",
                  it="Puoi rendere più formale la mia lettera all'ente pensionistico?",
                  en="Please make my letter to the pension office a bit more formal."))
        d.ln()
        d.ln(P(widow.full))
        block(d, widow.addr)
        d.ln()
        d.ln(body)
        block(d, c.pobox())
        d.ln()
        d.w(c.tr(de="Hallo, mein Mann ", fr="Bonjour, mon mari ", it="Salve, mio marito ", en="Hello, my husband ")
            if dec.g == "m" else c.tr(de="Hallo, meine Frau ", fr="Bonjour, ma femme ", it="Salve, mia moglie ",
                                      en="Hello, my wife "), P(dec.full), " (",
            c.tr(de="geb. am ", fr="né le " if dec.g == "m" else "née le ",
                it="nato il " if dec.g == "m" else "nata il ",
                 en="born "), DB(c.dob(dec)), c.tr(de=", Vers.-Nr. ", fr=", n° ", it=", posizione ", en=", ref "),
            insno, c.tr(de=") ist am ", fr=") est décédé le ", it=") è deceduto il ", en=") died on "), c.fd(dod),
            c.tr(de=" verstorben. Ich beantrage die Hinterbliebenenrente.",
                 fr=". Je demande la pension de réversion.", it=". Chiedo la pensione di reversibilità.",
                 en=". I am applying for the survivor's / bereavement benefit."))
        d.ln()
        d.ln(c.tr(de="Meine Daten: geboren ", fr="Mes données : née le " if widow.g == "f" else "Mes données : né le ",
                  it="I miei dati: nata il " if widow.g == "f" else "I miei dati: nato il ", en="My details: born "),
             DB(c.dob(widow)), ", ", c.lab("phone"), " ", PH(widow.phone), ", ", EM(widow.email), ".")
        d.w(c.tr(de="Unsere Kinder ", fr="Nos enfants ", it="I nostri figli ", en="Our children "))
        for k, kid in enumerate(kids):
            if k:
                d.w(c.tr(de=" und ", fr=" et ", it=" e ", en=" and ") if k == len(kids) - 1 else ", ")
            d.w(P(kid.first), " (", DB(c.dob(kid)), ")")
        d.ln(c.tr(de=" sind erwachsen.", fr=" sont majeurs.", it=" sono maggiorenni.", en=" are grown up."))
        ib = c.iban(widow.region)
        if ib:
            d.ln(c.tr(de="Das gemeinsame Konto wurde aufgelöst. Neue Bankverbindung: ",
                      fr="Le compte joint est clôturé. Nouveau compte : ",
                      it="Il conto cointestato è stato chiuso. Nuovo IBAN: ",
                      en="Our joint account has been closed. New account: "), IB(ib), ".")
        kid = kids[0]
        d.ln(c.tr(de="Bei Fragen können Sie auch meine Tochter " if kid.g == "f"
                  else "Bei Fragen können Sie auch meinen Sohn ",
                  fr="Vous pouvez aussi joindre ma fille " if kid.g == "f" else "Vous pouvez aussi joindre mon fils ",
                  it="Potete contattare anche mia figlia " if kid.g == "f" else "Potete contattare anche mio figlio ",
                  en="You can also contact my daughter " if kid.g == "f" else "You can also contact my son "),
             P(kid.full), c.tr(de=" anrufen: ", fr=" au ", it=" al ", en=" on "), PH(kid.mobile), ".")
        d.ln(c.tr(de="Bestatter: ", fr="Pompes funèbres : ", it="Onoranze funebri: ", en="Funeral director: "),
             c.company(), ".")
        d.ln()
        d.ln(c.tr(de="Viele Grüße", fr="Cordialement", it="Saluti", en="Regards"))
        d.ln(P(widow.first))
    else:
        fund = c.company()
        d.ln(c.tr(de="Unser Pensionskassen-Export hat verschobene Spalten. Kannst du ihn reparieren?",
                  fr="L'export de notre caisse de pension a des colonnes décalées. Tu peux le réparer ?",
                  it="L'export del fondo pensione ha le colonne sfasate. Puoi sistemarlo?",
                  en="Our pension scheme export has shifted columns. Can you fix it?"))
        d.ln()
        d.ln(c.tr(de="Quelle: ", fr="Source : ", it="Fonte: ", en="Source: "), fund, " – members_", TODAY.year, ".csv")
        d.ln("```")
        sep = c.ch([";", ",", "\t"])
        d.ln(sep.join(["member_id", "last_name", "first_name", "birth_date", "street", "zip", "city", "phone",
                       "email", "iban", "status"]))
        for _ in range(c.rint(4, 6)):
            m = c.person(age=(24, 66))
            ib = c.iban(m.region, grouped=0.0)
            cells: list[object] = [c.digits(7), P(m.last), P(m.first),
                DB(m.dob.isoformat() if c.p(0.5) else c.fd(m.dob, 0)),
                                   A(m.addr.street), m.addr.pc, m.addr.town, PH(m.mobile) if c.p(0.8) else "",
                                   EM(m.email) if c.p(0.8) else "", IB(ib) if ib else "",
                                   c.ch(["active", "deferred", "retired", "active"])]
            for k, cell in enumerate(cells):
                if isinstance(cell, V) and sep == "," and "," in cell.s:
                    d.w('"', cell, '"')
                else:
                    d.w(cell)
                d.w(sep if k < len(cells) - 1 else "\n")
        d.ln("```")
        d.ln(c.tr(de="Ansprechpartnerin bei der Kasse: ", fr="Interlocutrice à la caisse : ",
                  it="Referente del fondo: ", en="Scheme contact: "), P(c.person(g="f").full), ", ",
             c.ch(["service@", "info@", "contact@"]), c.mail_domain(fund))


# --------------------------------------------------------------------------------------------------------------
# Genre 4: foster - foster care and adoption: placement reports, carer applications, contact logs, mails
# --------------------------------------------------------------------------------------------------------------

def g_foster(d: Doc, c: Ctx) -> None:  # noqa: C901
    child = c.person(age=(2, 15), own=0.5)
    mother = c.person(g="f", age=(20, 45), last=child.last if c.p(0.6) else None)
    father = c.person(g="m", age=(22, 55))
    fm = c.person(g="f", age=(32, 60))
    ff = c.person(g="m", age=(32, 62), last=fm.last if c.p(0.6) else None)
    ff.addr = fm.addr
    worker = c.person(age=(26, 60))
    agency = c.tr(de=c.ch(["Jugendamt", "Kinder- und Jugendhilfe", "KESB"]), fr=c.ch(["Aide sociale à l'enfance",
                  "Service de l'aide à la jeunesse", "Office de protection de l'enfant"]),
                  it=c.ch(["Servizio Tutela Minori", "Servizi Sociali – Area Minori", "Ufficio dell'aiuto e della "
                           "protezione"]), en=c.ch(["Children's Services", "Tusla Child and Family Agency",
                                                     "Department of Communities and Justice",
                                                         "Child Protective Services"]))
    school = c.tr(de=c.ch(["Grundschule am Park", "Pestalozzi-Schule", "Volksschule Mariahilf"]),
                  fr=c.ch(["École Jules-Ferry", "Collège Jean-Moulin", "École primaire des Tilleuls"]),
                  it=c.ch(["Scuola primaria Gianni Rodari", "IC Leonardo da Vinci", "Scuola media Manzoni"]),
                  en=c.ch(["St Brigid's National School", "Hillside Primary School", "Lincoln Elementary"]))
    v = c.v
    if v == 0:
        d.ln(c.tr(de="Kannst du den Hilfeplan für die Akte in Stichpunkten zusammenfassen?",
                  fr="Peux-tu résumer ce rapport de placement en points clés ?",
                  it="Puoi riassumere in punti questa relazione di affido?",
                  en="Can you summarise this placement report in bullet points?"))
        d.ln()
        d.ln(agency, " – ", c.tr(de="Hilfeplanprotokoll", fr="Rapport de situation", it="Relazione di aggiornamento",
                                 en="Care plan review"), f" ({c.pdate(-20, -1)})")
        d.ln(c.tr(de="Az.", fr="Réf.", it="Prot.", en="Case ref"), f" {c.digits(3)}-{c.digits(5)}/{TODAY.year % 100}")
        d.ln()
        d.ln(c.tr(de="Kind", fr="Enfant", it="Minore", en="Child"), ": ", P(child.full), ", ",
             c.tr(de="geb. ", fr=child.g_fr("né le ", "née le "), it=child.g_fr("nato il ", "nata il "), en="born "),
             DB(c.dob(child)))
        d.w(c.tr(de="Pflegestelle", fr="Famille d'accueil", it="Famiglia affidataria", en="Foster carers"), ": ")
        if ff.last == fm.last:
            d.w(P(fm.first), c.tr(de=" und ", fr=" et ", it=" e ", en=" and "), P(ff.full))
        else:
            d.w(P(fm.full), c.tr(de=" und ", fr=" et ", it=" e ", en=" and "), P(ff.full))
        d.ln(", ", A(fm.addr.one))
        d.ln(c.tr(de="Kontakt Pflegemutter", fr="Contact assistante familiale", it="Contatto affidataria",
                  en="Carer contact"), ": ", PH(fm.mobile), " / ", EM(fm.email))
        d.ln(c.tr(de="Leibliche Mutter", fr="Mère", it="Madre biologica", en="Birth mother"), ": ", P(mother.full),
             " (", DB(c.dob(mother)), "), ", A(mother.addr.one))
        d.ln(c.tr(de="Leiblicher Vater", fr="Père", it="Padre biologico", en="Birth father"), ": ", P(father.full),
             c.tr(de=", etwa Jahrgang ", fr=", né vers ", it=", nato intorno al ", en=", born around "),
             str(father.dob.year), c.tr(de=" (Geburtstag im ", fr=" (anniversaire en ", it=" (compleanno a ",
                                        en=" (birthday in "), MONTHS[c.lang][father.dob.month - 1], ")",
             c.tr(de=", Aufenthalt unbekannt, zuletzt ", fr=", adresse inconnue, dernier domicile ",
                  it=", irreperibile, ultimo domicilio ", en=", whereabouts unknown, last known address "),
             A(father.addr.one))
        d.ln(c.tr(de="Fachkraft", fr="Référent(e)", it="Assistente sociale", en="Social worker"), ": ",
             P(worker.full), ", ", PH(c.phone()), ext_word(c))
        d.ln()
        d.w(c.tr(de="Verlauf: ", fr="Évolution : ", it="Andamento: ", en="Progress: "), P(child.first),
            c.tr(de=" hat sich gut eingelebt und besucht seit September die ", fr=" s'est bien adapté(e) et fréquente "
                 "depuis septembre l'", it=" si è ambientato/a bene e frequenta da settembre la ",
                 en=" has settled well and has attended "), school,
            c.tr(de=". Die Klassenlehrerin Frau ", fr=". Son enseignante, Mme ", it=". La maestra, sig.ra ",
                 en=" since September. The class teacher, Mrs "), P(c.person(g="f").last),
            c.tr(de=", berichtet von Fortschritten beim Lesen. ", fr=", note des progrès en lecture. ",
                 it=", segnala progressi nella lettura. ", en=", reports progress in reading. "))
        d.ln(c.tr(de="Die Besuchskontakte mit der Mutter finden 14-tägig im Familienzentrum statt; Oma ",
                  fr="Les visites médiatisées avec la mère ont lieu tous les 15 jours ; la grand-mère, ",
                  it="Gli incontri protetti con la madre avvengono ogni due settimane; la nonna ",
                  en="Supervised contact with the birth mother is fortnightly at the family centre; grandmother "),
             P(c.person(g="f", age=(55, 80), last=mother.last).full),
             c.tr(de=" möchte zusätzlich Kontakt.", fr=" souhaite aussi des visites.", it=" chiede di vederlo/a.",
                  en=" has asked for contact too."))
        d.ln(c.tr(de="Kinderarzt: Dr. ", fr="Pédiatre : Dr ", it="Pediatra: dott. ", en="GP: Dr "),
             P(c.person().last), ", ", PH(c.phone()), c.tr(de="; Krankenkasse ", fr="; n° CPAM ",
                 it="; tessera sanitaria ",
                                                          en="; NHS/Medicare no. "), c.digits(10))
        d.ln(c.tr(de="Nächster Hilfeplantermin: ", fr="Prochaine réunion : ", it="Prossimo incontro: ",
                  en="Next review: "), c.pdate(60, 120))
    elif v == 1:
        d.ln(c.tr(de="Wir bewerben uns als Pflegefamilie. Kannst du das Formular auf Vollständigkeit prüfen?",
                  fr="Nous postulons comme famille d'accueil. Le formulaire est-il complet ?",
                  it="Ci candidiamo come famiglia affidataria. Il modulo è completo?",
                  en="We're applying to become foster carers. Is this form complete?"))
        d.ln()
        d.ln(c.tr(de="BEWERBUNG PFLEGEFAMILIE", fr="DEMANDE D'AGRÉMENT – ASSISTANT FAMILIAL",
                  it="DISPONIBILITÀ ALL'AFFIDO FAMILIARE", en="FOSTERING APPLICATION – STAGE 1"))
        d.ln()
        for who, p in ((c.tr(de="Antragsteller/in 1", fr="Demandeur 1", it="Richiedente 1", en="Applicant 1"), fm),
                       (c.tr(de="Antragsteller/in 2", fr="Demandeur 2", it="Richiedente 2", en="Applicant 2"), ff)):
            d.ln("## ", who)
            kv(d, c.lab("fullname"), P(p.rev), width=24)
            kv(d, c.lab("dob"), DB(c.dob(p)), width=24)
            kv(d, c.tr(de="Beruf", fr="Profession", it="Professione", en="Occupation"),
               c.ch([c.tr(de="Erzieherin", fr="éducatrice", it="insegnante", en="nurse"),
                     c.tr(de="Schreiner", fr="technicien", it="impiegato", en="bus driver")]), width=24)
            kv(d, c.lab("mobile"), PH(p.mobile), width=24)
            kv(d, c.lab("email"), EM(p.email), width=24)
        d.ln()
        d.ln(c.tr(de="Wohnadresse:", fr="Adresse du foyer :", it="Residenza:", en="Home address:"))
        block(d, fm.addr, "  ")
        d.ln(c.tr(de="Frühere Adressen (letzte 5 Jahre):", fr="Adresses précédentes (5 ans) :",
                  it="Indirizzi precedenti (5 anni):", en="Previous addresses (last 5 years):"))
        for _ in range(c.rint(1, 2)):
            d.ln("  - ", A(c.addr(c.ch([c.region, c.region, c.abroad()])).one), " (", str(c.rint(2015, 2023)), "–",
                 str(c.rint(2019, 2024)), ")")
        d.ln()
        d.ln(c.tr(de="Im Haushalt lebende Personen:", fr="Personnes vivant au foyer :",
                  it="Componenti del nucleo:", en="Everyone in the household:"))
        rows = []
        for _ in range(c.rint(1, 3)):
            k = c.child(fm, (3, 19))
            rows.append([P(k.first), P(k.last), DB(c.dob(k)), c.tr(de="Sohn", fr="fils", it="figlio", en="son")
                         if k.g == "m" else c.tr(de="Tochter", fr="fille", it="figlia", en="daughter")])
        gm = c.person(g="f", age=(70, 92))
        rows.append([P(gm.first), P(gm.last), DB(c.dob(gm)), c.tr(de="Mutter von Antragsteller/in ",
                                                                   fr="mère du demandeur ", it="madre del richiedente ",
                                                                   en="mother of applicant ") + c.ch(["1", "2"])])
        md_table(d, [c.lab("first"), c.lab("surname"), c.lab("dob"), c.tr(de="Beziehung", fr="Lien", it="Rapporto",
                                                                          en="Relationship")], rows)
        d.ln()
        d.ln(c.tr(de="Referenzen:", fr="Références :", it="Referenze:", en="Referees:"))
        for _ in range(2):
            r = c.person(age=(30, 75))
            d.ln("  ", P(r.full), " – ", PH(r.phone), " – ", EM(r.email))
        d.ln(c.tr(de="Haustiere: Hund Bello, Katze Minka", fr="Animaux : chien Filou, chat Mistigri",
                  it="Animali: cane Fido, gatto Micio", en="Pets: dog Biscuit, cat Pickles"))
    elif v == 2:
        d.ln(c.tr(de="Mach bitte aus meinen Notizen ein sauberes Umgangsprotokoll.",
                  fr="Fais un compte rendu propre des visites à partir de mes notes.",
                  it="Trasforma i miei appunti in un verbale ordinato degli incontri.",
                  en="Turn my notes into a proper contact log please."))
        d.ln()
        d.ln("# ", c.tr(de="Umgangskontakte ", fr="Visites ", it="Incontri ", en="Contact sessions "), P(child.short))
        d.ln()
        nm = c.person(g="m", age=(20, 50))
        shown_partner = moved = False
        for dday in sorted(c.day(-90, -1) for _ in range(c.rint(3, 4))):
            d.ln("## ", c.fd(dday))
            who = c.ch([mother, mother, father])
            d.ln("- ", c.tr(de="anwesend: ", fr="présents : ", it="presenti: ", en="present: "), P(who.first), ", ",
                 P(child.first), ", ", c.tr(de="Begleitung ", fr="accompagnement ", it="educatrice ", en="supervisor "),
                 P(worker.short))
            d.ln("- ", c.ch([c.tr(de="pünktlich, liebevoll, Geschenk mitgebracht", fr="ponctuelle, bienveillante",
                                  it="puntuale, affettuosa", en="on time, warm, brought a present"),
                             c.tr(de="20 min zu spät, telefonierte viel", fr="20 min de retard, au téléphone",
                                  it="20 minuti di ritardo, sempre al telefono",
                                  en="20 min late, on the phone a lot")]))
            if who is mother and c.p(0.5):
                if not shown_partner:
                    d.ln("- ", c.tr(de="neuer Partner der Mutter, ", fr="nouveau compagnon de la mère, ",
                                    it="nuovo compagno della madre, ", en="mother's new partner, "), P(nm.full),
                         c.tr(de=", wartete im Auto (Tel. ", fr=", attendait dans la voiture (tél. ",
                              it=", aspettava in macchina (tel. ", en=", waited in the car (mob "), PH(nm.mobile), ")")
                    shown_partner = True
                else:
                    d.ln("- ", P(nm.first), c.tr(de=" wieder dabei, blieb draußen", fr=" de nouveau là, resté dehors",
                                                 it=" di nuovo presente, rimasto fuori",
                                                 en=" there again, stayed outside"))
            if c.p(0.6):
                nm_ = child.first
                gen = ("'" if nm_[-1] in "sxzß" else "s") if c.lang == "de" else "'s"
                if c.lang in ("de", "en"):
                    d.ln("- ", P(nm_), gen, c.tr(de=" Stimmung danach: ", fr="", it="", en=" mood afterwards: "),
                         c.ch([c.tr(de="gelöst", fr="", it="", en="relaxed"), c.tr(de="weinerlich", fr="", it="",
                                                                                     en="tearful")]))
                else:
                    d.ln("- ", c.tr(de="", fr="humeur de ", it="umore di ", en=""), P(nm_),
                         c.tr(de="", fr=" ensuite : apaisé(e)", it=" dopo: sereno/a", en=""))
            if not moved and c.p(0.35):
                d.ln("- ", c.tr(de="Mutter hat neue Adresse: ", fr="nouvelle adresse de la mère : ",
                                it="nuovo indirizzo della madre: ", en="mother has moved to "), A(c.addr().one))
                moved = True
        d.ln()
        d.ln(c.tr(de="Rückfragen an mich: ", fr="Questions : ", it="Per domande: ", en="Questions to me: "),
             P(fm.full), ", ", PH(fm.mobile))
    else:
        d.ln(c.tr(de="Hilf mir bitte bei der Antwort an das Jugendamt.", fr="Aide-moi à répondre à la référente.",
                  it="Aiutami a rispondere all'assistente sociale.", en="Help me reply to the social worker."))
        d.ln()
        d.ln(c.tr(de="Von", fr="De", it="Da", en="From"), ": ", P(worker.full), " <", EM(c.work_email(worker,
            agency)), ">")
        d.ln(c.tr(de="An", fr="À", it="A", en="To"), ": ", P(fm.full), " <", EM(fm.email), ">")
        d.ln(c.tr(de="Betreff", fr="Objet", it="Oggetto", en="Subject"), ": ",
             c.tr(de="Reisepass und Urlaub für ", fr="Passeport et vacances de ", it="Passaporto e vacanze di ",
                  en="Passport and holiday for "), P(child.first))
        d.ln()
        d.ln(c.tr(de="Liebe Frau ", fr="Chère Madame ", it="Gentile sig.ra ", en="Dear Mrs "), P(fm.last), ",")
        d.ln(c.tr(de="für den Kinderpass brauchen wir die Zustimmung beider Sorgeberechtigten. Frau ",
                  fr="pour le passeport il faut l'accord des deux titulaires de l'autorité parentale. Mme ",
                  it="per il passaporto serve l'assenso di entrambi i genitori. La sig.ra ",
                  en="for the passport we need consent from both people with parental responsibility. Ms "),
             P(mother.last), c.tr(de=" ist einverstanden, Herr ", fr=" est d'accord, M. ", it=" è d'accordo, il sig. ",
                                  en=" agrees; Mr "), P(father.last),
             c.tr(de=" hat noch nicht reagiert.", fr=" n'a pas répondu.", it=" non ha risposto.",
                  en=" has not replied."))
        d.ln(c.tr(de="Bitte senden Sie mir die Geburtsurkunde von ", fr="Merci de m'envoyer l'acte de naissance de ",
                  it="Mi mandi per favore l'atto di nascita di ", en="Please send me the birth certificate for "),
             P(child.full), " (", DB(c.dob(child)), ").")
        d.ln(c.tr(de="Viele Grüße", fr="Bien à vous", it="Cordiali saluti", en="Best wishes"))
        d.ln(P(worker.full))
        d.ln(agency, " | ", A(c.addr(extras=False).one), " | ", PH(c.phone()))
        d.ln()
        d.ln("> ", c.tr(de="Entwurf meiner Antwort:", fr="Brouillon de ma réponse :", it="Bozza della mia risposta:",
                        en="My draft reply:"))
        d.ln("> ", c.tr(de="Hallo ", fr="Bonjour ", it="Buongiorno ", en="Hi "), P(worker.first),
             c.tr(de=", wir wollen im Sommer zu meiner Schwester ", fr=", nous voulons aller cet été chez ma sœur ",
                  it=", quest'estate vorremmo andare da mia sorella ", en=", we'd like to visit my sister "),
             P(c.person(g="f", last=fm.last if c.p(0.3) else None).full), c.tr(de=" nach ", fr=" à ", it=" a ",
                 en=" at "),
             A(c.addr(abr := c.abroad()).one), c.tr(de=". Ihre Nummer: ", fr=". Son numéro : ", it=". Il suo numero: ",
                                                    en=". Her number: "),
             PH(make_phone(abr, True, c.rng)), ".")
        d.ln("> ", P(fm.first))


# --------------------------------------------------------------------------------------------------------------
# Genre 5: policy - insurance policy schedules (motor, household, health/travel) and change requests
# --------------------------------------------------------------------------------------------------------------

def g_policy(d: Doc, c: Ctx) -> None:  # noqa: C901
    insurer = c.company()
    holder = c.person(age=(24, 78))
    partner = c.person(g="f" if holder.g == "m" else "m", age=(24, 78), last=holder.last if c.p(0.5) else None)
    partner.addr = holder.addr
    broker = c.person(age=(28, 64))
    polno = f"{c.ch(['KFZ', 'HR', 'PH', 'MO', 'AU', 'POL'])}-{c.digits(3)}.{c.digits(3)}.{c.digits(3)}"
    v = c.v
    if v == 0:
        d.ln(c.tr(de="Hier mein Versicherungsschein (Kfz). Sind alle Fahrer richtig eingetragen?",
                  fr="Voici mes conditions particulières auto. Les conducteurs sont-ils bien déclarés ?",
                  it="Ecco il mio certificato di polizza auto. I conducenti sono inseriti correttamente?",
                  en="Here's my motor policy schedule. Are all the drivers listed correctly?"))
        d.ln()
        d.case = "upper" if c.p(0.4) else None
        W = 78
        d.ln("=" * W)
        head = c.tr(de="VERSICHERUNGSSCHEIN", fr="CONDITIONS PARTICULIÈRES", it="CERTIFICATO DI POLIZZA",
                    en="POLICY SCHEDULE")
        d.ln(f"{insurer[:40]:<40}{head:>38}")
        d.ln("=" * W)
        d.ln(f"{c.tr(de='Vertragsnummer', fr='N° de contrat', it='Numero polizza', en='Policy number'):<22}{polno}")
        d.ln(f"{c.tr(de='Laufzeit', fr='Période', it='Periodo', en='Period of cover'):<22}"
             f"{c.fd(dt.date(2027, 1, 1))} – {c.fd(dt.date(2027, 12, 31))}")
        d.w(f"{c.tr(de='Versicherungsnehmer', fr='Souscripteur', it='Contraente', en='Policyholder'):<22}")
        d.ln(P(holder.caps))
        d.w(" " * 22)
        d.ln(A(holder.addr.street))
        d.w(" " * 22)
        d.ln(A(holder.addr.pc_town))
        d.w(f"{c.tr(de='Fahrzeug', fr='Véhicule', it='Veicolo', en='Vehicle'):<22}")
        d.ln(c.ch(["VW Golf 1.5 TSI", "Renault Clio V", "Fiat Panda Cross", "Toyota Yaris Hybrid", "Ford Focus",
                   "Škoda Octavia Combi"]), "  ", c.tr(de="Kennz.", fr="Immat.", it="Targa", en="Reg"), " ",
             c.ch(["B-KL 4471", "GR-3217 C", "AB-123-CD", "GA 123AB", "YK21 HTZ", "231-KY-882", "1ABC 234"]))
        d.ln("-" * W)
        d.ln(c.tr(de="Berechtigte Fahrer", fr="Conducteurs désignés", it="Conducenti autorizzati",
                  en="Named drivers"))
        since = c.tr(de="Führerschein seit", fr="Permis depuis", it="Patente dal", en="Licence since")
        d.ln(f"{'':2}{c.lab('name'):<34}{c.lab('dob'):<20}{since}")
        drivers = [holder, partner] + [c.child(holder, (18, 24)) for _ in range(c.rint(0, 2))]
        for k, dr in enumerate(drivers):
            nm = dr.caps if c.p(0.5) else dr.full
            dob = c.dob(dr)
            d.w(f"{k + 1:<2}")
            d.w(P(nm))
            d.w(" " * max(1, 34 - len(nm)))
            d.w(DB(dob))
            d.w(" " * max(1, 20 - len(dob)))
            d.ln(str(dr.dob.year + c.rint(18, 25)))
        d.ln("-" * W)
        d.ln(f"{c.tr(de='Jahresprämie', fr='Prime annuelle', it='Premio annuo', en='Annual premium'):<22}"
             f"{c.money(380, 1900)}")
        ib = c.iban(holder.region)
        d.w(f"{c.tr(de='Zahlungsweise', fr='Paiement', it='Pagamento', en='Payment'):<22}")
        if ib:
            d.ln(c.tr(de="SEPA-Lastschrift ", fr="prélèvement ", it="SDD ", en="direct debit "), IB(ib))
        else:
            d.ln("card ending ", c.digits(4), " (monthly)")
        d.w(f"{c.tr(de='Ihr Betreuer', fr='Votre conseiller', it='Il suo agente', en='Your broker'):<22}")
        d.ln(P(broker.full), ", ", PH(c.phone()))
        d.w(" " * 22)
        d.ln(A(c.addr(extras=False).one))
        d.ln(f"{c.tr(de='Schaden-Hotline', fr='Assistance 24/24', it='Assistenza stradale', en='Claims line 24/7'):<22}"
             f"{c.hotline()}")
        d.ln("=" * W)
        d.case = None
    elif v == 1:
        d.ln(c.tr(de="Was ist in dieser Hausratpolice eigentlich mitversichert?",
                  fr="Qu'est-ce qui est vraiment couvert par cette assurance habitation ?",
                  it="Cosa copre davvero questa polizza casa?",
                  en="What does this home insurance schedule actually cover?"))
        d.ln()
        d.ln("**", insurer, "** – ", c.tr(de="Hausrat- und Privathaftpflicht", fr="Multirisque habitation",
                                          it="Polizza casa e famiglia", en="Home and contents"))
        d.ln()
        d.ln("- ", c.tr(de="Police", fr="Contrat", it="Polizza", en="Policy"), ": ", polno)
        d.ln("- ", c.tr(de="Versicherungsnehmer/in", fr="Assuré", it="Contraente", en="Policyholder"), ": ",
             holder.title(), " ", P(holder.full), " (", DB(c.dob(holder)), ")")
        d.ln("- ", c.tr(de="Versicherungsort", fr="Lieu assuré", it="Ubicazione del rischio", en="Insured address"),
             ": ", A(holder.addr.one))
        d.ln("- ", c.tr(de="Mitversicherte Personen", fr="Personnes assurées", it="Assicurati",
                        en="Also insured"), ":")
        d.ln("  - ", P(partner.full), ", ", DB(c.dob(partner)))
        for _ in range(c.rint(0, 2)):
            k = c.child(holder, (2, 17))
            if c.p(0.3):
                d.ln("  - ", P(k.full), ", ", DB(c.dob(k)))
            else:
                d.ln("  - ", P(k.first), ", ", DB(c.dob(k)))
        d.ln("- ", c.tr(de="Versicherungssumme", fr="Capital mobilier", it="Somma assicurata", en="Sum insured"), ": ",
             c.money(30000, 150000))
        d.ln("- ", c.tr(de="Selbstbehalt", fr="Franchise", it="Franchigia", en="Excess"), ": ", c.money(100, 500))
        d.ln("- ", c.tr(de="Vorversicherer", fr="Assureur précédent", it="Compagnia precedente",
                        en="Previous insurer"), ": ", c.company())
        d.ln()
        d.ln(c.tr(de="Ihre Agentur: ", fr="Votre agence : ", it="La sua agenzia: ", en="Your agent: "),
             broker.last + c.tr(de=" Versicherungen", fr=" Assurances", it=" Assicurazioni", en=" Insurance Brokers"),
             c.tr(de=", Inhaber ", fr=", gérant ", it=", titolare ", en=", principal "), P(broker.full))
        ag = c.addr(extras=False)
        block(d, ag)
        agname = broker.last + c.tr(de=" Versicherungen", fr=" Assurances", it=" Assicurazioni", en=" Insurance")
        d.ln(c.lab("phone"), ": ", PH(c.phone()), " · ", c.tr(de="agentur@", fr="agence@", it="agenzia@", en="office@"),
             c.mail_domain(agname), " · ", EM(c.work_email(broker, agname)))
        ib = c.iban(holder.region)
        if ib:
            d.ln()
            d.ln(c.tr(de="Prämienzahlung per Lastschrift von ", fr="Prime prélevée sur ", it="Premio addebitato su ",
                      en="Premium collected from "), IB(ib),
                 c.tr(de=", Kontoinhaberin ", fr=", titulaire ", it=", intestataria ", en=", account holder "),
                 P(partner.full if c.p(0.5) else holder.full), ".")
    elif v == 2:
        d.ln(c.tr(de="Brauche die Reiseversicherungsbestätigung als Tabelle für das Visum.",
                  fr="J'ai besoin de l'attestation d'assurance voyage sous forme de tableau pour le visa.",
                  it="Mi serve il certificato di assicurazione viaggio in tabella per il visto.",
                  en="I need the travel insurance certificate as a table for the visa."))
        d.ln()
        d.ln(insurer, " – ", c.tr(de="Versicherungsbestätigung Reisekranken", fr="Attestation d'assurance assistance "
                                  "voyage", it="Certificato di assicurazione sanitaria viaggio",
                                  en="Certificate of travel medical insurance"))
        d.ln(c.tr(de="Nr.", fr="N°", it="N.", en="No."), f" {polno}   ", c.tr(de="gültig", fr="valable",
                                                                             it="valido", en="valid"), " ",
             c.pdate(20, 30), " – ", c.pdate(40, 60))
        d.ln()
        rows = []
        people = [holder, partner] + [c.child(holder, (0, 17)) for _ in range(c.rint(1, 3))]
        for p in people:
            rows.append([P(p.caps), DB(c.fd(p.dob, 0)), c.tr(de="Reisepass ", fr="passeport ", it="passaporto ",
                                                              en="passport ") + c.ch("CPXYK") + c.digits(7)])
        md_table(d, [c.lab("name"), c.lab("dob"), c.tr(de="Dokument", fr="Document", it="Documento",
                                                       en="Document")], rows)
        d.ln()
        d.ln(c.tr(de="Versicherungsnehmer: ", fr="Souscripteur : ", it="Contraente: ", en="Policyholder: "),
             P(holder.full), ", ", A(holder.addr.one), ", ", PH(holder.mobile))
        d.ln(c.tr(de="Deckungssumme EUR 30.000, ohne Selbstbehalt. Notruf weltweit: ",
                  fr="Couverture 30 000 EUR sans franchise. Assistance 24h/24 : ",
                  it="Massimale 30.000 EUR senza franchigia. Centrale operativa 24h: ",
                  en="Cover EUR 30,000, no excess. 24h emergency assistance: "), "+49 89 ", c.digits(7),
             c.tr(de=" (Assistance-Zentrale)", fr=" (plateau d'assistance)", it=" (centrale operativa)",
                  en=" (assistance centre)"))
        brand, num = c.card()
        d.ln(c.tr(de="Bezahlt mit ", fr="Payé par ", it="Pagato con ", en="Paid by "), brand, " ", CD(num), " (",
             c.tr(de="Karteninhaber ", fr="titulaire ", it="titolare ", en="cardholder "), P(holder.caps), ")")
    else:
        d.ln(c.tr(de="Kannst du auf die Antwort der Versicherung reagieren? Ich will meinen Ex-Partner austragen.",
                  fr="Tu peux répondre à l'assureur ? Je veux retirer mon ex du contrat.",
                  it="Puoi rispondere all'assicurazione? Voglio togliere il mio ex dalla polizza.",
                  en="Can you reply to the insurer? I want my ex taken off the policy."))
        d.ln()
        d.ln(c.tr(de="Von", fr="De", it="Da", en="From"), ": ", P(holder.full), " <", EM(holder.email), ">")
        d.ln(c.tr(de="An", fr="À", it="A", en="To"), ": ", c.ch(["kundenservice@", "service-clients@", "clienti@",
                                                                  "customerservices@"]), c.mail_domain(insurer))
        d.ln(c.tr(de="Betreff", fr="Objet", it="Oggetto", en="Subject"), ": ", polno, " – ",
             c.tr(de="Änderung Fahrer/Adresse", fr="modification conducteur/adresse",
                 it="variazione conducente/indirizzo",
                  en="change of driver and address"))
        d.ln()
        d.ln(c.tr(de="Guten Tag, bitte streichen Sie ", fr="Bonjour, merci de retirer ",
            it="Buongiorno, vi chiedo di togliere ",
                  en="Hello, please remove "), P(partner.full), " (", c.tr(de="geb. ", fr="né(e) le ", it="nato/a il ",
                                                                        en="DOB "), DB(c.dob(partner)),
             c.tr(de=") als Fahrer/in. Neu hinzukommen soll mein Sohn ",
                 fr=") des conducteurs. Merci d'ajouter mon fils ",
                  it=") dai conducenti e di aggiungere mio figlio ", en=") as a driver and add my son "),
             P((son := c.child(holder, (18, 22), g="m")).first), " (", DB(c.dob(son)), ").")
        new = c.addr()
        d.ln(c.tr(de="Ich bin umgezogen: ", fr="J'ai déménagé : ", it="Mi sono trasferito/a: ", en="I have moved to "),
             A(new.one), c.tr(de=" (vorher ", fr=" (avant : ", it=" (prima: ", en=" (previously "), A(holder.addr.one),
             "). ", c.tr(de="Neue Nummer: ", fr="Nouveau numéro : ", it="Nuovo numero: ", en="New number: "),
             PH(holder.mobile))
        d.ln(P(holder.first))
        d.ln()
        d.ln("---- ", c.tr(de="Antwort", fr="Réponse", it="Risposta", en="Reply"), " ----")
        agent = c.person(age=(22, 60))
        d.ln(c.tr(de="Sehr geehrte/r ", fr="Madame, Monsieur ", it="Gentile ", en="Dear "), holder.title(), " ",
             P(holder.last), ",")
        d.ln(c.tr(de="für das Austragen benötigen wir die Unterschrift von ",
                  fr="pour ce retrait il nous faut la signature de ",
                  it="per l'esclusione serve la firma di ", en="to remove a named driver we need a signature from "),
             partner.title(), " ", P(partner.last),
             c.tr(de=" oder eine Kopie des Scheidungsurteils.", fr=" ou une copie du jugement de divorce.",
                  it=" o copia della sentenza di divorzio.", en=" or a copy of the decree absolute."))
        d.ln(c.tr(de="Freundliche Grüße", fr="Cordialement", it="Distinti saluti", en="Kind regards"))
        d.ln(P(agent.full), c.tr(de=", Kundenservice", fr=", service clients", it=", servizio clienti",
                                 en=", Customer Services"))
        d.ln(insurer, " · ", A(c.pobox().one), " · ", c.tr(de="Service: ", fr="Service : ", it="Servizio: ",
                                                           en="Helpline: "), c.hotline())


# --------------------------------------------------------------------------------------------------------------
# Genre 6: interpreting - certified translations of civil documents, interpreter bookings, agency exports
# --------------------------------------------------------------------------------------------------------------

LANGPAIRS = ["Türkisch", "Arabisch", "Tigrinya", "Vietnamesisch", "Tamilisch", "Polnisch", "Portugiesisch",
             "Albanisch", "Ukrainisch", "Farsi", "Wolof", "Bosnisch"]
LANGNAMES = {
    "de": LANGPAIRS,
    "fr": ["turc", "arabe", "tigrigna", "vietnamien", "tamoul", "polonais", "portugais", "albanais", "ukrainien",
           "farsi", "wolof", "bosnien"],
    "it": ["turco", "arabo", "tigrino", "vietnamita", "tamil", "polacco", "portoghese", "albanese", "ucraino",
           "farsi", "wolof", "bosniaco"],
    "en": ["Turkish", "Arabic", "Tigrinya", "Vietnamese", "Tamil", "Polish", "Portuguese", "Albanian", "Ukrainian",
           "Farsi", "Wolof", "Bosnian"],
}


def g_interpreting(d: Doc, c: Ctx) -> None:  # noqa: C901
    client = c.person(age=(18, 75), own=0.15)
    interp = c.person(age=(26, 68), own=0.4)
    agency = c.company()
    lang_name = c.ch(LANGNAMES[c.lang])
    coord = c.person(age=(24, 60))
    v = c.v
    if v == 0:
        abroad = c.abroad()
        father = c.person(g="m", age=(45, 90), own=0.0, last=client.last)
        mother = c.person(g="f", age=(45, 90), own=0.0)
        d.ln(c.tr(de="Kannst du prüfen, ob ich beim Übersetzungsauftrag alles richtig abgetippt habe?",
                  fr="Peux-tu vérifier que j'ai bien recopié l'acte pour la traduction assermentée ?",
                  it="Controlli se ho ricopiato bene l'atto per la traduzione giurata?",
                  en="Can you check I've typed this up correctly for the certified translation?"))
        d.ln()
        d.ln(c.tr(de="AUFTRAG BEGLAUBIGTE ÜBERSETZUNG", fr="COMMANDE DE TRADUCTION ASSERMENTÉE",
                  it="RICHIESTA DI TRADUZIONE GIURATA", en="CERTIFIED TRANSLATION ORDER"), " – ", agency)
        d.ln(c.tr(de="Dokument: Geburtsurkunde (Auszug), Sprache: ",
            fr="Document : extrait d'acte de naissance, langue : ",
                  it="Documento: estratto di nascita, lingua: ",
                      en="Document: birth certificate (extract), language: "),
             lang_name, " → ", c.tr(de="Deutsch", fr="français", it="italiano", en="English"))
        d.ln()
        d.ln(c.tr(de="--- Inhalt der Urkunde (Transliteration wie im Pass) ---",
                  fr="--- Contenu de l'acte (translittération comme dans le passeport) ---",
                  it="--- Contenuto dell'atto (traslitterazione come da passaporto) ---",
                  en="--- Content of the certificate (spelling as in passport) ---"))
        kv(d, c.lab("surname"), P(client.last.upper()), width=24)
        kv(d, c.lab("first"), P(client.first), width=24)
        kv(d, c.lab("dob"), DB(c.dob(client)), width=24)
        kv(d, c.tr(de="Geburtsort", fr="Lieu de naissance", it="Luogo di nascita", en="Place of birth"),
           {"TR": "Kadıköy", "PT": "Porto", "PL": "Kraków", "VN": "Hà Nội", "BA": "Sarajevo", "XK": "Prishtinë",
            "MA": "Casablanca", "SN": "Dakar", "LK": "Jaffna", "NG": "Lagos", "ES": "Madrid",
            "NL": "Amsterdam"}[abroad], width=24)
        kv(d, c.tr(de="Vater", fr="Père", it="Padre", en="Father"), P(father.full), ", ",
           c.tr(de="geb. ", fr="né le ", it="nato il ", en="born "), DB(c.dob(father)), width=24)
        kv(d, c.tr(de="Mutter", fr="Mère", it="Madre", en="Mother"), P(mother.full), ", ",
           c.tr(de="geb. ", fr="née le ", it="nata il ", en="born "), DB(c.dob(mother)), width=24)
        kv(d, c.tr(de="Wohnsitz der Eltern", fr="Domicile des parents", it="Residenza dei genitori",
                   en="Parents' address"), A(c.addr(abroad).one), width=24)
        kv(d, c.tr(de="Standesbeamter", fr="Officier d'état civil", it="Ufficiale di stato civile", en="Registrar"),
           P(c.person(own=0.0).full), width=24)
        kv(d, c.tr(de="Ausstellungsdatum", fr="Date de délivrance", it="Data di rilascio", en="Date of issue"),
           c.pdate(-2000, -30), width=24)
        d.ln("---")
        d.ln()
        d.ln(c.tr(de="Auftraggeber/in: ", fr="Client : ", it="Committente: ", en="Customer: "), P(client.full))
        d.ln(c.tr(de="Lieferadresse:", fr="Adresse de livraison :", it="Indirizzo di consegna:", en="Deliver to:"))
        block(d, client.addr, "  ")
        d.ln(c.lab("mobile"), ": ", PH(client.mobile), "   ", c.lab("email"), ": ", EM(client.email))
        brand, num = c.card()
        d.ln(c.tr(de="Bezahlung: ", fr="Règlement : ", it="Pagamento: ", en="Payment: "), brand, " ", CD(num),
             c.tr(de=" – Betrag ", fr=" – montant ", it=" – importo ", en=" – amount "), c.money(45, 140))
        d.ln(c.tr(de="Übersetzerin: ", fr="Traductrice : ", it="Traduttrice: ", en="Translator: ")
             if interp.g == "f" else c.tr(de="Übersetzer: ", fr="Traducteur : ", it="Traduttore: ", en="Translator: "),
             P(interp.full), c.tr(de=", öffentlich bestellt und beeidigt", fr=", expert près la cour d'appel",
                                   it=", iscritto/a all'albo CTU", en=", ITI member no. ") + ("" if c.lang != "en" else
                                                                                             c.digits(5)))
    elif v == 1:
        venue = c.tr(de=c.ch(["Universitätsklinikum, Station 4B", "Amtsgericht, Saal 112", "Polizeiinspektion Mitte"]),
                     fr=c.ch(["CHU, service de pédiatrie", "Tribunal judiciaire, salle 3", "Préfecture, guichet 7"]),
                     it=c.ch(["Ospedale Maggiore, reparto pediatria", "Tribunale, aula 5",
                         "Questura, ufficio immigrazione"]),
                     en=c.ch(["Royal Infirmary, Ward 12", "Magistrates' Court, Courtroom 2", "Family Court Registry"]))
        vaddr = c.addr(extras=False)
        d.ln(c.tr(de="Bitte fass die Dolmetscherbuchung für das Team kurz zusammen.",
                  fr="Résume cette réservation d'interprète pour l'équipe.",
                  it="Riassumi per il team questa prenotazione dell'interprete.",
                  en="Summarise this interpreter booking for the team please."))
        d.ln()
        d.ln(c.tr(de="Dolmetschanfrage", fr="Demande d'interprétariat", it="Richiesta di interpretariato",
                  en="Interpreter request"), " #", c.digits(6), " – ", agency)
        d.ln()
        w = 26
        kv(d, c.tr(de="Sprache", fr="Langue", it="Lingua", en="Language"), lang_name, width=w)
        kv(d, c.tr(de="Termin", fr="Date", it="Data", en="Appointment"), c.pdate(1, 20),
           f" {c.rint(8, 16):02d}:{c.ch(['00', '15', '30', '45'])}", width=w)
        kv(d, c.tr(de="Einsatzort", fr="Lieu", it="Luogo", en="Venue"), venue, width=w)
        kv(d, c.lab("address"), A(vaddr.one), width=w)
        kv(d, c.tr(de="Klient/in", fr="Bénéficiaire", it="Utente", en="Client"), P(client.rev), width=w)
        kv(d, c.lab("dob"), DB(c.dob(client)), width=w)
        kv(d, c.tr(de="Alter", fr="Âge", it="Età", en="Age"), f"{TODAY.year - client.dob.year - 1} "
           + c.tr(de="(Jg. ", fr="(né(e) en ", it="(classe ", en="(born ") + f"{client.dob.year})", width=w)
        kv(d, c.tr(de="Klient/in erreichbar", fr="Joignable au", it="Reperibile al", en="Client phone"),
           PH(client.mobile), width=w)
        kv(d, c.tr(de="Ansprechperson vor Ort", fr="Contact sur place", it="Referente in loco", en="On-site contact"),
           P(coord.full), " (", PH(c.phone()), ext_word(c), ")", width=w)
        kv(d, c.tr(de="Dolmetscher/in", fr="Interprète", it="Interprete", en="Interpreter"), P(interp.full), width=w)
        kv(d, c.tr(de="  Mobil", fr="  Portable", it="  Cellulare", en="  Mobile"), PH(interp.mobile), width=w)
        kv(d, c.tr(de="Geschlecht gewünscht", fr="Genre souhaité", it="Genere richiesto", en="Gender preference"),
           c.tr(de="weiblich", fr="féminin", it="femminile", en="female"), width=w)
        kv(d, c.tr(de="Rechnung an", fr="Facturation", it="Fatturazione", en="Invoice to"), c.company(), ", ",
           A(c.pobox().one), width=w)
        d.ln()
        d.ln(c.tr(de="Hinweis: Bitte nicht ", fr="Attention : ne pas mandater ", it="Nota: non inviare ",
                  en="Note: please do not send "), P(c.person(own=0.0).short),
             c.tr(de=" einsetzen (kennt die Familie privat).", fr=" (connaît la famille).",
                  it=" (conosce la famiglia).", en=" (knows the family)."))
    elif v == 2:
        d.ln(c.tr(de="Unser Buchungssystem exportiert das so. Warum fehlt beim zweiten Auftrag der Dolmetscher?",
                  fr="Notre outil exporte ça. Pourquoi l'interprète manque-t-il sur la 2e mission ?",
                  it="Il gestionale esporta così. Perché nel secondo incarico manca l'interprete?",
                  en="Our booking tool exports this. Why is the interpreter missing on the second job?"))
        d.ln()
        jobs = []
        for k in range(c.rint(2, 3)):
            cl = client if k == 0 else c.person(own=0.1)
            ip = interp if k == 0 else c.person(own=0.4)
            jobs.append({
                "jobId": f"J-{c.digits(6)}", "language": lang_name, "mode": c.ch(["onsite", "video", "phone"]),
                "start": f"2026-12-{c.rint(7, 23):02d}T{c.rint(8, 16):02d}:00:00+01:00",
                "client": {"name": P(cl.full), "dob": DB(cl.dob.isoformat()), "phone": PH(cl.mobile)},
                "location": {"line1": A(c.addr(extras=False).street), "postcode": c.addr().pc},
                "requester": {"name": P(coord.full), "email": EM(c.work_email(coord, agency)),
                              "phone": PH(c.phone())},
                "interpreter": ({"name": P(ip.full), "mobile": PH(ip.mobile), "email": EM(ip.email)}
                                if k != 1 else None),
                "rate": round(c.rng.uniform(45, 95), 2),
            })
        d.ln("```json")
        d.json({"exportedAt": f"{TODAY.isoformat()}T08:12:44Z", "agency": agency, "jobs": jobs},
               indent=c.ch([2, 2, None]), ascii_=c.p(0.4))
        d.ln()
        d.ln("```")
    else:
        d.ln(c.tr(de="Kannst du eine höfliche Antwort auf diesen Mailverlauf formulieren?",
                  fr="Peux-tu formuler une réponse polie à ce fil de mails ?",
                  it="Puoi scrivere una risposta cortese a questo scambio di mail?",
                  en="Can you write a polite reply to this email thread?"))
        d.ln()
        d.ln(c.tr(de="Am ", fr="Le ", it="Il ", en="On "), c.pdate(-5, -1), c.tr(de=" schrieb ", fr=", ", it=", ",
            en=", "),
             P(coord.full), " <", EM(c.work_email(coord, agency)), ">", c.tr(de=":", fr=" a écrit :", it=" ha scritto:",
                                                                            en=" wrote:"))
        d.ln("> ", c.tr(de="Hallo ", fr="Bonjour ", it="Ciao ", en="Hi "), P(interp.first), ",")
        d.ln("> ", c.tr(de="kannst du morgen kurzfristig für Familie ", fr="peux-tu dépanner demain pour la famille ",
                        it="domani potresti coprire per la famiglia ", en="could you cover tomorrow for the "),
             P(client.last), c.tr(de=" übernehmen? ", fr=" ? ", it="? ", en=" family? "),
             c.tr(de="Treffpunkt: ", fr="Rendez-vous : ", it="Appuntamento: ", en="Meet at "),
             A(client.addr.one), c.tr(de=", 9 Uhr. ", fr=", 9 h. ", it=", ore 9. ", en=", 9am. "),
             client.title(), " ", P(client.last if c.p(0.5) else client.full),
             c.tr(de=" ist unter ", fr=" est joignable au ", it=" risponde al ", en=" is on "), PH(client.mobile),
             c.tr(de=" erreichbar.", fr=".", it=".", en="."))
        d.ln("> ", P(coord.first))
        d.ln()
        d.w(c.tr(de="Meine Notizen: ", fr="Mes notes : ", it="Miei appunti: ", en="My notes: "),
             c.tr(de="kann nur bis 11, danach Einsatz bei ", fr="dispo jusqu'à 11 h, ensuite mission chez ",
                  it="libera fino alle 11, poi incarico da ", en="free till 11, then a job with "),
             c.company(), c.tr(de="; Kollegin ", fr="; ma collègue ", it="; la collega ", en="; colleague "),
             P((col := c.person(g="f", own=0.3)).full), " (", PH(col.mobile), ", ", EM(col.email),
             c.tr(de=") könnte übernehmen. Abrechnung wie immer auf ", fr=") pourrait prendre le relais. Facture sur ",
                  it=") potrebbe subentrare. Fattura sul solito conto ", en=") could take over. Invoice to my usual "
                  "account "))
        ib = c.iban(interp.region if interp.region in IBAN_CC and IBAN_CC[interp.region] else c.region)
        d.ln(IB(ib) if ib else f"BSB {c.digits(3)}-{c.digits(3)} acc {c.digits(8)}", ".")
        d.ln(c.tr(de="Signatur: ", fr="Signature : ", it="Firma: ", en="Signature: "), P(interp.full),
             " – ", lang_name, " – ", PH(interp.mobile))


# --------------------------------------------------------------------------------------------------------------
# Genre 7: logbook - charter crew lists, flying-club flight logs, rowing-club trip books, trial-flight bookings
# --------------------------------------------------------------------------------------------------------------

def g_logbook(d: Doc, c: Ctx) -> None:  # noqa: C901
    v = c.v
    kind = {0: 0, 1: 1, 2: 2, 3: 1}[v]
    club = c.tr(de=["Segelclub Seewind e.V.", "Luftsportverein Albatros", "Ruderverein Germania 1883"][kind],
                fr=["Cercle de la voile du Léman", "Aéroclub des Deux-Caps", "Club d'aviron de Namur"][kind],
                it=["Circolo velico Lario", "Aero Club Bresso", "Società canottieri Adda"][kind],
                en=["Royal Harbour Sailing Club", "Cotswold Gliding Club", "Blackwater Rowing Club"][kind])
    if v == 0:
        skipper = c.person(age=(30, 70))
        d.ln(c.tr(de="Für die Charterbasis brauche ich die Crewliste in einer sauberen Tabelle.",
                  fr="La base de location veut la liste d'équipage au propre.",
                  it="La base charter vuole la crew list in ordine.",
                  en="The charter base wants the crew list tidied up."))
        d.ln()
        d.ln("CREW LIST / ", c.tr(de="Crewliste", fr="Liste d'équipage", it="Lista equipaggio", en="Crew manifest"))
        d.ln(c.tr(de="Yacht", fr="Voilier", it="Imbarcazione", en="Yacht"), ": ",
             c.ch(["Bavaria 46 \"Meltemi\"", "Lagoon 42 \"Bonaventure\"", "Dufour 390 \"Sirocco\"",
                   "Beneteau Oceanis 45 \"Kalimera\""]), "   ", c.tr(de="Törn", fr="Croisière", it="Crociera",
                                                                  en="Charter"), ": ",
             c.pdate(30, 60), " – ", c.pdate(61, 75), "   ", c.tr(de="Basis", fr="Base", it="Base", en="Base"), ": ",
             c.ch(["Split", "Lefkas", "Palma", "Olbia", "Göcek"]))
        d.ln()
        hdr = ["#", "Role", c.lab("name"), c.lab("dob"), c.lab("nationality"), "Passport", c.lab("address")]
        rows: list[list[object]] = []
        crew = [skipper] + [c.person(age=(16, 72)) for _ in range(c.rint(3, 5))]
        for k, m in enumerate(crew):
            role = "Skipper" if k == 0 else ("Co-Skipper" if k == 1 else "Crew")
            rows.append([str(k + 1), role, P(m.caps if c.p(0.5) else m.full), DB(c.fd(m.dob, 0)), c.nat(m),
                         c.ch("PCXYZ") + c.digits(7), A(m.addr.one)])
        if c.p(0.5):
            md_table(d, hdr, rows)
        else:
            d.ln("\t".join(hdr))
            for row in rows:
                for k, cell in enumerate(row):
                    d.w(cell, "\t" if k < len(row) - 1 else "\n")
        d.ln()
        d.ln(c.tr(de="Skipper-Kontakt: ", fr="Contact skipper : ", it="Contatto skipper: ", en="Skipper contact: "),
             PH(skipper.mobile), ", ", EM(skipper.email), c.tr(de=", Funkzeugnis SRC ", fr=", CRR n° ",
                 it=", patente n. ",
                                                               en=", ICC no. "), c.digits(6))
        ec = c.person(age=(30, 80))
        d.ln(c.tr(de="Notfallkontakt an Land: ", fr="Contact à terre en cas d'urgence : ",
                  it="Contatto di emergenza a terra: ", en="Shore emergency contact: "), P(ec.full), ", ", PH(ec.phone))
        d.ln(c.tr(de="Kaution per Kreditkarte des Skippers: ", fr="Caution par carte du skipper : ",
                  it="Cauzione con carta dello skipper: ", en="Deposit on skipper's card: "), CD(c.card()[1]))
    elif v == 1:
        members = [c.person(age=(17, 75)) for _ in range(c.rint(4, 6))]
        fi = members[0]
        d.ln(c.tr(de="Aus dem Hauptflugbuch kopiert – bitte die Flugzeiten pro Pilot summieren.",
                  fr="Copié du carnet de vol du club – additionne les temps de vol par pilote stp.",
                  it="Copiato dal giornale di volo del club – somma le ore per pilota.",
                  en="Copied from the club's daily flying log – total the flight times per pilot please."))
        d.ln()
        d.ln(club, " – ", c.tr(de="Hauptflugbuch", fr="Carnet de route", it="Registro voli", en="Flying log"), " ",
             c.pdate(-20, -1))
        d.ln(c.tr(de="Flugleiter: ", fr="Chef de piste : ", it="Direttore di volo: ", en="Duty instructor: "),
            P(fi.ini),
             " (", PH(fi.mobile), ")")
        d.ln()
        d.ln(f"{'Kz':<8}{'PIC':<26}{'FI/PAX':<26}{'Start':<7}{'Land':<7}Min")
        for _ in range(c.rint(5, 8)):
            pic = c.ch(members)
            other = c.ch([m for m in members if m is not pic])
            reg = c.ch(["D-KAXL", "D-EFGH", "HB-CDE", "OE-AKL", "F-GHJK", "I-ABCD", "G-BZXY", "EI-DEF", "VH-ABC"])
            t1 = dt.datetime(2026, 1, 1, c.rint(9, 16), c.ch([0, 10, 25, 40, 55]))
            t2 = t1 + dt.timedelta(minutes=c.rint(6, 95))
            nm1 = pic.lastfirst if c.p(0.5) else pic.short
            nm2 = other.short if c.p(0.5) else other.last
            d.w(f"{reg:<8}", P(nm1), " " * max(1, 26 - len(nm1)), P(nm2), " " * max(1, 26 - len(nm2)))
            d.ln(f"{t1:%H:%M}  {t2:%H:%M}  {int((t2 - t1).seconds / 60)}")
        d.ln()
        d.ln(c.tr(de="Gastflug: ", fr="Baptême de l'air : ", it="Volo promozionale: ", en="Trial lesson: "),
             P((g := c.person(age=(12, 70))).full), ", ", c.tr(de="geb. ", fr="né(e) le ", it="nato/a il ", en="DOB "),
             DB(c.dob(g)), ", ", c.tr(de="Gewicht 72 kg, Tel. ", fr="poids 72 kg, tél. ", it="peso 72 kg, tel. ",
                                       en="weight 72 kg, tel "), PH(g.mobile))
        d.ln(c.tr(de="Vereinskonto für Flugstunden: ", fr="Compte du club pour les heures : ",
                  it="Conto del club per le ore di volo: ", en="Club account for flying fees: "),
             IB(c.iban()) if c.iban_cc_ok() else f"BSB {c.digits(3)}-{c.digits(3)} {c.digits(8)}")
    elif v == 2:
        d.case = "lower"
        rowers = [c.person(age=(14, 80)) for _ in range(c.rint(5, 7))]
        d.ln(c.tr(de="kannst du aus dem fahrtenbuch die kilometer pro person zählen?",
                  fr="tu peux compter les km par personne dans le cahier de sorties ?",
                  it="puoi contare i km per persona dal registro uscite?",
                  en="can you add up the km per person from the boat log?"))
        d.ln()
        d.ln(club, " – ", c.tr(de="fahrtenbuch", fr="cahier de sorties", it="registro uscite", en="outing book"))
        for _ in range(c.rint(4, 6)):
            crew = c.rng.sample(rowers, c.rint(2, 4))
            d.w(c.pdate(-30, -1), " | ", c.ch(["4x \"möwe\"", "2x \"albatros\"", "1x skiff 3", "c4 \"nixe\"",
                                               "8+ \"old tom\""]), " | ")
            for k, r in enumerate(crew):
                d.w(P(c.ch([r.first, r.full, r.last])))
                d.w(", " if k < len(crew) - 1 else "")
            d.ln(f" | {c.rint(6, 28)} km | ", c.ch(["ok", "-", c.tr(de="rollsitz klemmt", fr="siège coince",
                                                                    it="carrello bloccato", en="seat sticking"),
                                                  c.tr(de="gegenwind", fr="vent de face", it="vento contrario",
                                                       en="headwind")]))
        d.ln()
        nm = rowers[0]
        d.ln(c.tr(de="bootswart: ", fr="responsable matériel : ", it="responsabile barche: ", en="boatman: "),
             P(nm.full), " ", PH(nm.mobile), c.tr(de=" – schlüssel bei ", fr=" – clé chez ", it=" – chiave da ",
                                                  en=" – key with "), P(rowers[1].first), " (",
                                                      A(rowers[1].addr.street), ")")
        d.ln(c.tr(de="neuzugang: ", fr="nouvelle recrue : ", it="nuovo socio: ", en="new member: "),
             P(rowers[-1].full), ", ", DB(c.dob(rowers[-1])), ", ", EM(rowers[-1].email))
        d.case = None
    else:
        buyer = c.person(age=(25, 70))
        guest = c.person(age=(12, 80))
        d.ln(c.tr(de="Bitte bestätige die Gutscheinbuchung per Mail an den Kunden (Entwurf).",
                  fr="Rédige la confirmation de réservation du bon cadeau pour le client.",
                  it="Prepara la conferma di prenotazione del buono regalo per il cliente.",
                  en="Draft the voucher booking confirmation for the customer please."))
        d.ln()
        d.ln(c.tr(de="Buchungsformular Rundflug / Schnupperflug", fr="Réservation vol découverte",
                  it="Prenotazione volo panoramico", en="Trial flight booking"), " – ", club)
        d.ln()
        d.ln("[", c.tr(de="Gutschein gekauft von", fr="Bon acheté par", it="Buono acquistato da",
            en="Voucher bought by"),
             "]")
        kv(d, "  " + c.lab("name"), P(buyer.full), width=24)
        kv(d, "  " + c.lab("address"), A(buyer.addr.one), width=24)
        kv(d, "  " + c.lab("email"), EM(buyer.email), width=24)
        kv(d, "  " + c.lab("phone"), PH(buyer.phone), width=24)
        d.ln("[", c.tr(de="Passagier/in", fr="Passager", it="Passeggero", en="Passenger"), "]")
        kv(d, "  " + c.lab("name"), P(guest.full), width=24)
        kv(d, "  " + c.lab("dob"), DB(c.dob(guest)), width=24)
        kv(d, "  " + c.tr(de="Gewicht", fr="Poids", it="Peso", en="Weight"), f"{c.rint(48, 110)} kg", width=24)
        kv(d, "  " + c.lab("mobile"), PH(guest.mobile), width=24)
        if guest.dob.year > TODAY.year - 18:
            kv(d, "  " + c.tr(de="Erziehungsberechtigt", fr="Représentant légal", it="Genitore", en="Parent/guardian"),
               P(buyer.full), width=24)
        d.ln("[", c.tr(de="Zahlung", fr="Paiement", it="Pagamento", en="Payment"), "]")
        brand, num = c.card()
        kv(d, "  " + brand, CD(num), width=24)
        kv(d, "  " + c.tr(de="Gutscheincode", fr="Code", it="Codice", en="Voucher code"),
           f"{c.ch(['RF', 'VD', 'TL'])}-{c.digits(4)}-{c.ch('ABCDEFGH')}{c.digits(2)}", width=24)
        d.ln()
        d.ln(c.tr(de="Pilot/in: ", fr="Pilote : ", it="Pilota: ", en="Pilot: "), P(c.person(age=(25, 70)).short),
             c.tr(de=" – Treffpunkt Clubhaus, Tower-Frequenz 122.480",
                 fr=" – rendez-vous au club-house, fréquence 122.480",
                  it=" – ritrovo alla club house, frequenza 122.480", en=" – meet at the clubhouse, frequency 122.480"))


# --------------------------------------------------------------------------------------------------------------
# Genre 8: library - overdue notices, borrower exports, reader registrations, lost-item chats
# --------------------------------------------------------------------------------------------------------------

BOOKS = {
    "de": ["Die Wolke über dem Dorf", "Kochen für Eilige", "Grundkurs Steuerrecht", "Der kleine Drache Kokosnuss",
           "Wanderführer Allgäu", "Einführung in die Statik", "Sprachkurs Türkisch A1"],
    "fr": ["Le Jardin d'hiver", "Cuisine express", "Droit civil – les obligations", "Petit Ours Brun à la plage",
           "Randonnées dans le Jura", "Apprendre l'arabe", "Histoire de la Bretagne"],
    "it": ["Il giardino d'inverno", "Cucina veloce", "Manuale di diritto privato", "La Pimpa al mare",
           "Sentieri delle Dolomiti", "Corso di albanese", "Storia di Napoli"],
    "en": ["The Winter Garden", "Quick Suppers", "Contract Law Essentials", "The Gruffalo's Cousin",
           "Walks in the Peak District", "Teach Yourself Polish", "A History of Cork"],
}


def g_library(d: Doc, c: Ctx) -> None:  # noqa: C901
    lib = c.tr(de=c.ch(["Stadtbibliothek", "Stadtbücherei", "Gemeindebibliothek", "Kantonsbibliothek"]),
               fr=c.ch(["Médiathèque municipale", "Bibliothèque communale", "Bibliothèque de la Ville"]),
               it=c.ch(["Biblioteca civica", "Biblioteca comunale", "Biblioteca cantonale"]),
               en=c.ch(["Central Library", "County Library", "Public Library"])) + " " + c.town()
    reader = c.person(age=(8, 85))
    card_no = f"{c.rint(2, 3)}{c.digits(3)} {c.digits(4)} {c.digits(4)}"
    v = c.v
    if v == 0:
        minor = reader.dob.year > TODAY.year - 16
        guardian = c.person(g=c.ch("fm"), age=(30, 55), last=reader.last) if minor else None
        if guardian:
            guardian.addr = reader.addr
        d.ln(c.tr(de="Was will die Bibliothek von uns? Bitte kurz erklären.", fr="Que veut la bibliothèque ? Explique "
                  "brièvement.", it="Cosa vuole la biblioteca? Spiegamelo in breve.",
                  en="What does the library want from us? Short explanation please."))
        d.ln()
        d.ln(lib)
        lib_addr = c.addr(extras=False)
        d.ln(A(lib_addr.one), " · ", c.lab("phone"), " ", PH(c.phone()), " · ",
             c.ch(["ausleihe@", "pret@", "prestiti@", "loans@"]), c.mail_domain(lib))
        d.ln()
        addressee = guardian or reader
        d.ln(c.tr(de="An", fr="À", it="A", en="To"), ": ", addressee.title(), " ", P(addressee.full))
        block(d, addressee.addr)
        d.ln()
        d.ln(c.tr(de="3. MAHNUNG – Überfällige Medien", fr="3e RAPPEL – documents en retard",
                  it="3° SOLLECITO – prestiti scaduti", en="FINAL REMINDER – overdue items"))
        d.ln(c.tr(de="Leserausweis", fr="Carte lecteur", it="Tessera", en="Library card"), ": ", card_no,
             "   ", c.tr(de="Leser/in", fr="Lecteur", it="Utente", en="Borrower"), ": ", P(reader.full),
             " (", c.tr(de="geb. ", fr="né(e) le ", it="nato/a il ", en="DOB "), DB(c.dob(reader)), ")")
        d.ln()
        for _ in range(c.rint(2, 4)):
            d.ln(f"  - {c.ch(BOOKS[c.lang])}  ({c.tr(de='fällig', fr='retour le', it='scadenza', en='due')} "
                 f"{c.pdate(-60, -20)})  {c.money(1, 6)}")
        d.ln()
        d.w(c.tr(de="Gebühren bitte überweisen auf ", fr="Merci de régler les pénalités sur ",
                 it="Si prega di versare le penali su ", en="Please pay the charges to "))
        ib = c.iban()
        d.ln(IB(ib) if ib else "our online payment page", ".")
        if guardian:
            d.ln(c.tr(de="Als Erziehungsberechtigte/r haften Sie für die Medien Ihres Kindes.",
                      fr="En tant que représentant légal, vous êtes responsable des documents de votre enfant.",
                      it="In qualità di genitore è responsabile dei prestiti di suo figlio/a.",
                      en="As parent or guardian you are responsible for items borrowed by your child."))
        d.ln(c.tr(de="Ihr Bibliotheksteam, i. A. ", fr="L'équipe de la médiathèque, pour ordre ",
                  it="Lo staff della biblioteca, per conto ", en="Library team, pp "), P(c.person().short))
    elif v == 1:
        d.ln(c.tr(de="Das Bibliothekssystem exportiert Leserdaten so. Wir müssen Inaktive löschen – welche "
                     "Zeilen betrifft das?",
                         fr="Export des lecteurs de notre SIGB. Lesquels sont inactifs à supprimer ?",
                  it="Export utenti dal gestionale. Quali sono inattivi da cancellare?",
                  en="Borrower export from our library system. Which rows are inactive and should be deleted?"))
        d.ln()
        sep = c.ch([",", ";", "|"])
        d.ln(sep.join(["borrowernumber", "cardnumber", "surname", "firstname", "dateofbirth", "address", "zipcode",
                       "city", "phone", "email", "guarantor", "last_seen"]))
        for _ in range(c.rint(4, 6)):
            r = c.person(age=(6, 88))
            minor = r.dob.year > TODAY.year - 16
            gname = c.person(last=r.last, age=(30, 55)) if minor else None
            cells: list[object] = [c.digits(5), f"{c.rint(2, 3)}{c.digits(11)}", P(r.last), P(r.first),
                                   DB(r.dob.isoformat()), A(r.addr.street), r.addr.pc, r.addr.town,
                                   PH(r.mobile if c.p(0.6) else r.phone) if c.p(0.85) else "",
                                   EM(r.email) if c.p(0.8) else "", P(gname.full) if gname else "",
                                   f"{c.rint(2019, 2026)}-{c.rint(1, 12):02d}-{c.rint(1, 28):02d}"]
            for k, cell in enumerate(cells):
                if isinstance(cell, V) and sep in cell.s:
                    d.w('"', cell, '"')
                else:
                    d.w(cell)
                d.w(sep if k < len(cells) - 1 else "\n")
        d.ln()
        d.ln(c.tr(de="Zuständig: ", fr="Responsable : ", it="Referente: ", en="Owner: "), P(c.person(g="f").full),
             c.tr(de=" (Systembibliothekarin), intern 214", fr=" (administratrice SIGB), poste interne 214",
                  it=" (amministratrice di sistema), interno 214", en=" (systems librarian), internal ext 214"))
    elif v == 2:
        minor = c.person(age=(6, 15))
        parent = c.person(age=(30, 55), last=minor.last if c.p(0.7) else None)
        parent.addr = minor.addr
        d.ln(c.tr(de="Kannst du das Anmeldeformular für meine Tochter prüfen?" if minor.g == "f" else
                  "Kannst du das Anmeldeformular für meinen Sohn prüfen?",
                  fr="Peux-tu vérifier l'inscription de mon enfant ?",
                      it="Puoi controllare l'iscrizione di mio figlio/a?",
                  en="Could you check my child's library registration form?"))
        d.ln()
        d.ln(lib, " – ", c.tr(de="Anmeldung Kinder und Jugendliche", fr="Inscription jeunesse",
                              it="Iscrizione ragazzi", en="Junior membership form"))
        d.ln()
        w = 30
        kv(d, c.tr(de="Kind – Name, Vorname", fr="Enfant – nom, prénom", it="Minore – cognome e nome",
                   en="Child – surname, first name"), P(minor.rev), width=w)
        kv(d, c.tr(de="Kind – Geburtsdatum", fr="Enfant – date de naissance", it="Minore – data di nascita",
                   en="Child – date of birth"), DB(c.dob(minor)), width=w)
        kv(d, c.tr(de="Schule / Klasse", fr="École / classe", it="Scuola / classe", en="School / year"),
           c.tr(de="Grundschule Nord, 3b", fr="École des Tilleuls, CE2", it="Primaria Collodi, 3ª B",
                en="St Joseph's, Year 4"), width=w)
        kv(d, c.tr(de="Erziehungsberechtigte/r", fr="Parent / tuteur", it="Genitore / tutore", en="Parent/guardian"),
           P(parent.full), width=w)
        kv(d, c.lab("street"), A(parent.addr.street), width=w)
        kv(d, c.lab("pctown"), A(parent.addr.pc_town), width=w)
        kv(d, c.lab("phone"), PH(parent.phone), width=w)
        kv(d, c.lab("email"), EM(parent.email), width=w)
        kv(d, c.tr(de="Ausweis geprüft", fr="Pièce vérifiée", it="Documento verificato", en="ID checked"),
           c.tr(de="Personalausweis ", fr="CNI ", it="CI ", en="Driving licence ") + c.ch("LTCA") + c.digits(8),
               width=w)
        d.ln()
        d.ln(c.tr(de="Abholberechtigt für Vormerkungen: Oma ", fr="Peut retirer les réservations : mamie ",
                  it="Può ritirare le prenotazioni: nonna ", en="Can collect reservations: Granny "),
             P((gm := c.person(g="f", age=(60, 85))).full), c.tr(de=", Tel. ", fr=", tél. ",
                                                                               it=", tel. ", en=", tel "), PH(gm.phone))
        d.ln(c.lab("place_date"), ": ", parent.addr.town, ", ", c.pdate(-3, 0), "   ", c.lab("sign"), ": ",
             P(parent.ini))
    else:
        staff = c.person(age=(22, 60))
        d.ln(c.tr(de="Chatverlauf mit der Bibliothek – wie soll ich antworten?",
                  fr="Échange avec la bibliothèque par chat – que répondre ?",
                  it="Chat con la biblioteca – cosa rispondo?", en="Chat with the library – how should I reply?"))
        d.ln()
        t = dt.datetime(2026, 11, c.rint(1, 28), c.rint(9, 17), c.rint(0, 59))
        lines = [
            (staff.first, c.tr(de="Hallo, hier ist die ", fr="Bonjour, ici la ", it="Salve, qui è la ",
                               en="Hi, this is the ") + lib + c.tr(de=". Worum geht's?", fr=". Je vous écoute.",
                                                                   it=". Come posso aiutarla?",
                                                                       en=". How can I help?")),
            (reader.first, None),
            (staff.first, None),
            (reader.first, None),
        ]
        for k, (who, msg) in enumerate(lines):
            t += dt.timedelta(minutes=c.rint(1, 4))
            d.w(f"[{t:%H:%M}] ", P(who), ": ")
            if k == 0:
                d.ln(msg)
            elif k == 1:
                d.ln(c.tr(de="ich habe das Buch verloren, Ausweis ", fr="j'ai perdu le livre, carte ",
                          it="ho perso il libro, tessera ", en="I've lost the book, card "), card_no,
                     c.tr(de=", läuft auf meinen Namen ", fr=", au nom de ", it=", intestata a ",
                         en=", in the name of "),
                     P(reader.full), c.tr(de=", geb. ", fr=", né(e) le ", it=", nato/a il ", en=", born "),
                     DB(c.dob(reader)))
            elif k == 2:
                d.ln(c.tr(de="Kein Problem, der Ersatz kostet ", fr="Pas de souci, le remplacement coûte ",
                          it="Nessun problema, la sostituzione costa ", en="No problem, replacement is "),
                     c.money(12, 35), c.tr(de=". Können Sie mit Karte zahlen?", fr=". Par carte ?",
                                           it=". Può pagare con carta?", en=". Can you pay by card?"))
            else:
                brand, num = c.card()
                d.ln(c.tr(de="ja, ", fr="oui, ", it="sì, ", en="yes, "), brand, " ", CD(num),
                     c.tr(de=", Rechnung bitte an ", fr=", facture à ", it=", ricevuta a ", en=", receipt to "),
                     EM(reader.email), c.tr(de=" und neue Adresse: ", fr=" et nouvelle adresse : ",
                                            it=" e nuovo indirizzo: ", en=" and new address: "), A(reader.addr.one))
        t += dt.timedelta(minutes=2)
        d.ln(f"[{t:%H:%M}] ", P(staff.first), ": ", c.tr(de="Bitte keine Kartennummern im Chat! Ich lösche das. "
                                                          "Rufen Sie uns an: ", fr="Pas de numéro de carte dans le "
                                                          "chat svp ! Appelez-nous : ",
                                                          it="Niente numeri di carta in chat! Ci chiami al: ",
                                                          en="Please don't post card numbers here! Call us on: "),
             PH(c.phone()))


# --------------------------------------------------------------------------------------------------------------
# Genre 9: chatops - Slack / Teams exports, Jira comments and GitHub issues with stack traces and user data
# --------------------------------------------------------------------------------------------------------------

def g_chatops(d: Doc, c: Ctx) -> None:  # noqa: C901
    devs = [c.person(age=(22, 55)) for _ in range(3)]
    cust = c.person(age=(20, 80))
    company = c.company()
    dom = c.mail_domain(company)
    v = c.v
    if v == 0:
        base = 1764930000 + c.rint(0, 400000)
        uids = [f"U0{c.digits(8)}" for _ in devs]
        d.ln(c.tr(de="Das ist ein Slack-Export aus #support-escalations. Fass mir den Vorfall zusammen.",
                  fr="Export Slack du canal #support-escalations. Résume l'incident.",
                  it="Export Slack del canale #support-escalations. Riassumi l'incidente.",
                  en="Slack export from #support-escalations. Summarise the incident."))
        d.ln()
        msgs = []
        texts = [
            [c.tr(de="Kundin ruft zum 3. Mal an, Bestellung hängt. Daten: ", fr="La cliente rappelle pour la 3e fois. "
                  "Infos : ", it="La cliente chiama per la terza volta. Dati: ",
                      en="Customer calling for the 3rd time, "
                  "order stuck. Details: "), P(cust.full), ", ", EM(cust.email), ", ", PH(cust.mobile)],
            [c.tr(de="Lieferadresse laut CRM: ", fr="Adresse de livraison CRM : ", it="Indirizzo CRM: ",
                  en="Shipping address in CRM: "), A(cust.addr.one),
             c.tr(de=" – aber Paketdienst sagt unbekannt", fr=" – mais le transporteur dit inconnu",
                  it=" – ma il corriere dice sconosciuto", en=" – but the carrier says unknown")],
            ["<@", uids[1], "> ", c.tr(de="kannst du schauen? Sie hat die Karte ", fr="tu peux regarder ? Elle a "
                                            "donné la carte ", it="puoi controllare? Ha dettato la carta ",
                                            en="can you look? She read out the card "),
             CD(c.card()[1]), c.tr(de=" am Telefon durchgegeben 🙈", fr=" au téléphone 🙈", it=" al telefono 🙈",
                                  en=" over the phone 🙈")],
            [c.tr(de="bitte sofort löschen, PCI! Ich ruf ", fr="efface ça tout de suite, PCI ! J'appelle ",
                  it="cancella subito, PCI! Chiamo ", en="delete that right now, PCI! I'll call "),
             P(cust.first), c.tr(de=" zurück.", fr=".", it=".", en=" back.")],
        ]
        who = [0, 1, 0, 2]
        for k, parts in enumerate(texts):
            dv = devs[who[k]]
            msgs.append({
                "type": "message", "user": uids[who[k]], "ts": f"{base + k * 97}.{c.digits(6)}",
                "user_profile": {"real_name": P(dv.full), "display_name": P(c.ch([dv.first.lower(), dv.first,
                    dv.nick])),
                                 "email": EM(c.work_email(dv, company))} if k < 3 else {"real_name": P(dv.full)},
                "text": parts,
            })
        # serialise by hand so that the message text can carry several marked values
        d.ln("[")
        for k, m in enumerate(msgs):
            d.ln("  {")
            d.ln('    "type": "message",')
            d.ln(f'    "user": "{m["user"]}",')
            d.ln(f'    "ts": "{m["ts"]}",')
            d.w('    "user_profile": ')
            d.json(m["user_profile"], indent=None)
            d.ln(",")
            d.w('    "text": "')
            for part in m["text"]:
                if isinstance(part, V):
                    d.raw_ent(part.typ, json.dumps(part.s, ensure_ascii=False)[1:-1])
                else:
                    d.w(json.dumps(part, ensure_ascii=False)[1:-1])
            d.ln('"')
            d.ln("  }" + ("," if k < len(msgs) - 1 else ""))
        d.ln("]")
    elif v == 1:
        d.ln(c.tr(de="Jira-Kommentar samt Stacktrace – was ist die Ursache?", fr="Commentaire Jira avec la stack "
                  "trace – quelle est la cause ?", it="Commento Jira con stack trace – qual è la causa?",
                  en="Jira comment with the stack trace – what's the root cause?"))
        d.ln()
        d.ln(f"PAY-{c.rint(100, 9999)}: ", c.tr(de="Rückerstattung schlägt fehl", fr="Échec du remboursement",
                                                it="Rimborso non riuscito", en="Refund fails"))
        d.ln(P(devs[0].full), c.tr(de=" hat kommentiert – ", fr=" a commenté – ", it=" ha commentato – ",
                                   en=" commented – "), c.pdate(-3, 0), " 10:", f"{c.rint(10, 59)}")
        d.ln()
        d.ln(c.tr(de="Reproduzierbar mit dem Datensatz von ", fr="Reproductible avec le dossier de ",
                  it="Riproducibile con il record di ", en="Reproducible with the record for "), P(cust.full),
             c.tr(de=" (Ticket von ", fr=" (ticket de ", it=" (ticket di ", en=" (ticket raised by "),
             "[~", P(devs[1].first.lower()), "]). Log:")
        d.ln("{code}")
        ib = c.iban(cust.region, grouped=0.0)
        d.ln(f"2026-12-0{c.rint(1, 4)} 09:{c.rint(10, 59)}:{c.rint(10, 59)},{c.digits(3)} ERROR [refund-worker-3] "
             "c.s.p.RefundService - refund failed for customer id=", c.digits(6))
        d.ln("com.shop.payments.ValidationException: Customer(firstName=", P(cust.first), ", lastName=", P(cust.last),
             ", email=", EM(cust.email), ", phone=", PH(cust.mobile), ", birthDate=", DB(cust.dob.isoformat()),
             ", iban=", IB(ib) if ib else "null", ") rejected: payout account holder mismatch")
        d.ln("\tat com.shop.payments.RefundService.validate(RefundService.java:", str(c.rint(80, 400)), ")")
        d.ln("\tat com.shop.payments.RefundService.refund(RefundService.java:", str(c.rint(80, 400)), ")")
        d.ln("\tat com.shop.jobs.RefundWorker.run(RefundWorker.java:", str(c.rint(20, 90)), ")")
        d.ln("Caused by: java.lang.IllegalStateException: holder='", P(c.person(last=cust.last).full.upper()),
             "' != '", P(cust.full.upper()), "'")
        d.ln("{code}")
        d.ln()
        d.ln(c.tr(de="Rechnungsadresse im Shop: ", fr="Adresse de facturation : ", it="Indirizzo di fatturazione: ",
                  en="Billing address in the shop: "), A(cust.addr.one))
        d.ln(c.tr(de="@", fr="@", it="@", en="@"), P(devs[2].first),
            c.tr(de=" bitte übernehmen, Hotline-Eskalation unter ",
                                                                         fr=" tu peux prendre ? escalade hotline au ",
                                                                         it=" puoi prenderlo tu? escalation al numero ",
                                                                         en=" can you take this? Hotline escalation "
                                                                            "on "),
             c.hotline())
    elif v == 2:
        d.ln(c.tr(de="GitHub-Issue aus unserem Repo, bitte beantworten:", fr="Issue GitHub de notre dépôt, aide-moi "
                  "à répondre :", it="Issue GitHub del nostro repo, aiutami a rispondere:",
                  en="GitHub issue from our repo, help me answer it:"))
        d.ln()
        d.ln("### ", c.tr(de="Import schlägt bei Adressen mit Zusatz fehl", fr="L'import échoue sur les adresses avec "
                          "complément", it="L'import fallisce con indirizzi con interno",
                          en="Import fails on addresses with a unit number"), f" #{c.rint(100, 2400)}")
        d.ln()
        d.ln("**", c.tr(de="Geöffnet von", fr="Ouvert par", it="Aperto da", en="Opened by"), "** @",
             ascii_fold(devs[0].first).lower(), c.digits(2))
        d.ln()
        d.ln(c.tr(de="Beim Import der CSV bricht der Parser ab:", fr="Le parseur plante à l'import du CSV :",
                  it="Il parser si blocca importando il CSV:", en="The parser crashes importing the CSV:"))
        d.ln()
        d.ln("```")
        d.ln("Traceback (most recent call last):")
        d.ln('  File "/app/importer/cli.py", line ', str(c.rint(40, 120)), ", in main")
        d.ln("    rows = list(parse(fh))")
        d.ln('  File "/app/importer/address.py", line ', str(c.rint(40, 220)), ", in parse_address")
        d.ln("    raise AddressError(f\"cannot split street/number: {raw!r}\")")
        d.ln("importer.errors.AddressError: cannot split street/number: '", A(cust.addr.street), "'")
        d.ln("```")
        d.ln()
        d.ln(c.tr(de="Betroffene Zeile (anonymisieren vergessen, sorry):", fr="Ligne concernée (oubli d'anonymiser, "
                  "désolé) :", it="Riga interessata (dimenticato di anonimizzare, scusate):",
                  en="Offending row (forgot to anonymise, sorry):"))
        d.ln()
        d.ln("```csv")
        d.ln("id,name,street,postcode,city,phone,email,dob")
        st = cust.addr.street
        d.ln(c.digits(5), ",", P(cust.full), ",", '"' if "," in st else "", A(st), '"' if "," in st else "", ",",
             cust.addr.pc, ",", cust.addr.town, ",", PH(cust.phone), ",", EM(cust.email), ",", DB(c.fd(cust.dob, 0)))
        d.ln("```")
        d.ln()
        d.ln("---")
        d.ln("**@", ascii_fold(devs[1].last).lower().replace(" ", "").replace("'", ""), f"-{c.digits(2)}** ",
            c.tr(de="kommentierte", fr="a commenté",
                                                                                it="ha commentato", en="commented"),
                                                                                    ":")
        d.ln(c.tr(de="Danke! Bitte die echten Kundendaten aus dem Issue entfernen. Fix in PR #",
                  fr="Merci ! Retire les vraies données client de l'issue stp. Correctif dans la PR #",
                  it="Grazie! Togli i dati reali del cliente dall'issue. Fix nella PR #",
                  en="Thanks! Please scrub the real customer data from this issue. Fix in PR #"), str(c.rint(100,
                      2500)),
             c.tr(de=", Review bitte ", fr=", relecture par ", it=", review di ", en=", review by "), P(devs[2].full),
             ". cc ", c.ch(["privacy@", "security@", "dpo@"]), dom)
    else:
        d.ln(c.tr(de="Teams-Export (JSON) aus dem Kanal Vertrieb. Welche Aufgaben ergeben sich daraus?",
                  fr="Export Teams (JSON) du canal Ventes. Quelles sont les actions à faire ?",
                  it="Export Teams (JSON) del canale Vendite. Quali attività ne derivano?",
                  en="Teams export (JSON) from the Sales channel. What are the action items?"))
        d.ln()
        lead = c.person(age=(25, 70))
        lead_firm = c.company()
        body = [
            "<p><at id=\"0\">", P(devs[1].full), "</at> ",
            c.tr(de="neuer Lead von der Messe: ", fr="nouveau prospect du salon : ", it="nuovo contatto dalla fiera: ",
                 en="new lead from the trade fair: "), P(lead.full), " (", lead_firm, "), ",
            c.tr(de="Tel. ", fr="tél. ", it="tel. ", en="tel "), PH(c.phone()), ext_word(c), ", ",
            EM(c.work_email(lead, lead_firm)), "</p><p>",
            c.tr(de="Privat erreichbar ab 18 Uhr: ", fr="Joignable le soir : ", it="Reperibile la sera: ",
                 en="Reachable after 6pm: "), PH(lead.mobile), "</p>",
        ]
        d.ln("{")
        d.ln('  "value": [')
        d.ln("    {")
        d.ln(f'      "id": "{c.digits(13)}",')
        d.ln(f'      "createdDateTime": "2026-12-0{c.rint(1, 4)}T1{c.rint(0, 7)}:{c.rint(10, 59)}:00.000Z",')
        d.w('      "from": {"user": {"displayName": "')
        d.raw_ent("PERSON", devs[0].full)
        d.ln(f'", "id": "{c.digits(8)}-{c.digits(4)}"}}}},')
        d.w('      "body": {"contentType": "html", "content": "')
        for part in body:
            if isinstance(part, V):
                d.raw_ent(part.typ, json.dumps(part.s, ensure_ascii=False)[1:-1])
            else:
                d.w(json.dumps(part, ensure_ascii=False)[1:-1])
        d.ln('"},')
        d.w('      "mentions": [{"id": 0, "mentionText": "')
        d.raw_ent("PERSON", devs[1].full)
        d.ln('"}]')
        d.ln("    },")
        d.ln("    {")
        d.ln(f'      "id": "{c.digits(13)}",')
        d.w('      "from": {"user": {"displayName": "')
        d.raw_ent("PERSON", devs[1].full)
        d.ln('"}},')
        d.w('      "body": {"contentType": "text", "content": "')
        reply = [c.tr(de="Danke! Ich besuche ", fr="Merci ! Je passe voir ", it="Grazie! Vado a trovare ",
                      en="Thanks! I'll visit "), P(lead.last),
                 c.tr(de=" nächste Woche vor Ort: ", fr=" la semaine prochaine : ", it=" la settimana prossima: ",
                      en=" next week on site: "), A(c.addr(extras=False).one)]
        for part in reply:
            if isinstance(part, V):
                d.raw_ent(part.typ, json.dumps(part.s, ensure_ascii=False)[1:-1])
            else:
                d.w(json.dumps(part, ensure_ascii=False)[1:-1])
        d.ln('"}')
        d.ln("    }")
        d.ln("  ]")
        d.ln("}")


# --------------------------------------------------------------------------------------------------------------
# Genre 10: formdump - PDF form field dumps (pdftk dump_data_fields, FDF, XFDF) and logfmt logs of a form service
# --------------------------------------------------------------------------------------------------------------

def pdf_octal(s: str) -> str:
    """PDFDocEncoding with octal escapes for non-ASCII Latin-1 letters, parentheses and backslashes escaped."""
    out = []
    for ch in s:
        if ch in "()\\":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        elif ord(ch) < 256:
            out.append(f"\\{ord(ch):03o}")
        else:
            out.append(ch)
    return "".join(out)


def pdf_paren(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def g_formdump(d: Doc, c: Ctx) -> None:  # noqa: C901
    app = c.person(age=(24, 55))
    partner = c.person(g="f" if app.g == "m" else "m", age=(24, 58), last=app.last if c.p(0.5) else None)
    partner.addr = app.addr
    kids = [c.child(app, (0, 17)) for _ in range(c.rint(1, 3))]
    form = c.tr(de=c.ch(["Antrag auf Kinderzuschlag", "Antrag Wohngeld", "Anmeldung Kita-Platz",
        "Antrag Familienbeihilfe"]),
                fr=c.ch(["Demande d'allocation de rentrée", "Demande d'aide au logement", "Inscription crèche",
                         "Demande d'allocations familiales"]),
                it=c.ch(["Domanda assegno unico", "Richiesta contributo affitto", "Iscrizione asilo nido",
                         "Domanda bonus famiglia"]),
                en=c.ch(["Child benefit claim", "Housing assistance application", "Nursery place application",
                         "Family tax benefit claim"]))
    ib = c.iban(app.region, grouped=0.3)
    fields: list[tuple[str, object]] = [
        ("applicant.surname", P(app.last)), ("applicant.given_names", P(app.first)),
        ("applicant.dob", DB(c.fd(app.dob, 0))), ("applicant.street", A(app.addr.street)),
        ("applicant.postcode", app.addr.pc), ("applicant.town", app.addr.town),
        ("applicant.phone", PH(app.mobile)), ("applicant.email", EM(app.email)),
        ("partner.full_name", P(partner.full)), ("partner.dob", DB(c.fd(partner.dob, 0))),
    ]
    for k, kid in enumerate(kids, 1):
        fields += [(f"child{k}.name", P(kid.full if c.p(0.5) else kid.first)), (f"child{k}.dob", DB(c.fd(kid.dob, 0)))]
    fields += [("bank.iban", IB(ib) if ib else f"{c.digits(3)}-{c.digits(3)} {c.digits(8)}"),
               ("bank.holder", P(app.full)), ("case.ref", f"{c.ch(['KZ', 'AL', 'AU', 'CB'])}{c.digits(8)}"),
               ("signature.date", c.pdate(-5, 0)), ("consent.checkbox", "Yes")]
    v = c.v
    if v == 0:
        d.ln(c.tr(de="pdftk-Ausgabe des ausgefüllten PDFs. Warum ist das Feld für die Bank leer im Ausdruck?",
                  fr="Sortie pdftk du PDF rempli. Pourquoi le champ banque est vide à l'impression ?",
                  it="Output di pdftk del PDF compilato. Perché il campo banca è vuoto in stampa?",
                  en="pdftk dump of the filled PDF. Why does the bank field print empty?"))
        d.ln()
        d.ln("$ pdftk ", ascii_fold(form).lower().replace(" ", "_").replace("'", ""), ".pdf dump_data_fields_utf8")
        for name, val in fields:
            d.ln("---")
            d.ln("FieldType: ", "Button" if name.startswith("consent") else "Text")
            d.ln("FieldName: ", name)
            if c.p(0.3):
                d.ln("FieldNameAlt: ", name.split(".")[-1].replace("_", " ").capitalize())
            d.ln("FieldFlags: ", c.ch(["0", "0", "4096", "8388608"]))
            d.ln("FieldValue: ", val)
            if name.startswith("consent"):
                d.ln("FieldStateOption: Off")
                d.ln("FieldStateOption: Yes")
            else:
                d.ln("FieldJustification: Left")
                if name == "bank.iban":
                    d.ln("FieldMaxLength: 22")
    elif v == 1:
        octal = c.p(0.5)
        d.ln(c.tr(de="Diese FDF-Datei hat unser Formularserver erzeugt. Beim Import in Acrobat fehlen Umlaute.",
                  fr="Fichier FDF généré par notre serveur. À l'import dans Acrobat les accents disparaissent.",
                  it="File FDF generato dal nostro server. In Acrobat spariscono gli accenti.",
                  en="Our form server produced this FDF. Importing into Acrobat loses the accented letters."))
        d.ln()
        d.ln("%FDF-1.2")
        d.ln("%\u00e2\u00e3\u00cf\u00d3")
        d.ln("1 0 obj")
        d.ln("<< /FDF << /F (", ascii_fold(form).replace(" ", "_").replace("'", ""), ".pdf) /Fields [")
        for name, val in fields:
            d.w("<< /T (", name, ") /V ")
            if isinstance(val, V):
                enc = pdf_octal(val.s) if octal else pdf_paren(val.s)
                d.w("(")
                d.raw_ent(val.typ, enc)
                d.ln(") >>")
            elif name.startswith("consent"):
                d.ln("/Yes >>")
            else:
                d.ln("(", pdf_paren(str(val)), ") >>")
        d.ln("] >> >>")
        d.ln("endobj")
        d.ln("trailer")
        d.ln("<< /Root 1 0 R >>")
        d.ln("%%EOF")
    elif v == 2:
        d.ln(c.tr(de="XFDF-Export – kannst du daraus eine lesbare Zusammenfassung machen?",
                  fr="Export XFDF – peux-tu en faire un résumé lisible ?",
                  it="Export XFDF – puoi farne un riepilogo leggibile?",
                  en="XFDF export – can you turn this into a readable summary?"))
        d.ln()
        d.ln('<?xml version="1.0" encoding="UTF-8"?>')
        d.ln('<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">')
        d.ln('  <f href="', ascii_fold(form).lower().replace(" ", "-").replace("'", ""), '.pdf"/>')
        d.ln("  <fields>")
        groups: dict[str, list[tuple[str, object]]] = {}
        for name, val in fields:
            g, _, leaf = name.partition(".")
            groups.setdefault(g, []).append((leaf, val))
        for g, items in groups.items():
            d.ln(f'    <field name="{g}">')
            for leaf, val in items:
                d.w(f'      <field name="{leaf}"><value>')
                if isinstance(val, V):
                    d.raw_ent(val.typ, xml_esc(val.s))
                else:
                    d.w(xml_esc(str(val)))
                d.ln("</value></field>")
            d.ln("    </field>")
        d.ln("  </fields>")
        d.ln('  <ids original="', c.digits(8), 'A1F" modified="', c.digits(8), 'B7C"/>')
        d.ln("</xfdf>")
    else:
        d.ln(c.tr(de="Logs vom Formular-Backend (logfmt). Warum wird die Einreichung abgelehnt?",
                  fr="Logs du backend des formulaires (logfmt). Pourquoi la soumission est-elle rejetée ?",
                  it="Log del backend moduli (logfmt). Perché l'invio viene rifiutato?",
                  en="Form backend logs (logfmt). Why is the submission rejected?"))
        d.ln()
        t = dt.datetime(2026, 12, c.rint(1, 4), c.rint(8, 20), c.rint(0, 59), c.rint(0, 59))
        rid = c.digits(12)

        def lf(key: str, val: object) -> None:
            d.w(f" {key}=")
            s = val.s if isinstance(val, V) else str(val)
            q = any(ch in s for ch in ' ="') or s == ""
            if q:
                d.w('"')
            if isinstance(val, V):
                d.raw_ent(val.typ, s.replace('"', '\\"'))
            else:
                d.w(s.replace('"', '\\"'))
            if q:
                d.w('"')

        def line(level: str, msg: str, pairs: list[tuple[str, object]]) -> None:
            nonlocal t
            t += dt.timedelta(milliseconds=c.rint(3, 900))
            d.w(f"ts={t.isoformat(timespec='milliseconds')}Z level={level} svc=forms-api req={rid}")
            lf("msg", msg)
            for k2, v2 in pairs:
                lf(k2, v2)
            d.ln()

        line("info", "form received", [("form", ascii_fold(form).lower().replace(" ", "_").replace("'", "")),
                                        ("bytes", c.rint(2000, 90000))])
        line("debug", "applicant parsed", [(n.replace(".", "_"), val) for n, val in fields[:8]])
        line("debug", "partner parsed", [(n.replace(".", "_"), val) for n, val in fields[8:10]])
        prev: object = ""
        for n, val in fields[10:10 + 2 * len(kids)]:
            if n.endswith("dob"):
                line("debug", "child parsed", [("name", prev), ("dob", val)])
            prev = val
        line("warn", "bank check failed", [("iban", fields[10 + 2 * len(kids)][1]), ("holder", P(app.full)),
                                            ("reason", "holder name does not match account")])
        line("error", "submission rejected", [("status", 422), ("contact", EM(app.email)),
                                               ("notify_sms", PH(app.mobile))])
        line("info", "support notified", [("to", f"{c.ch(['support', 'helpdesk', 'buergerservice'])}@"
                                           f"{c.mail_domain(c.town())}"), ("hotline", c.hotline())])


# --------------------------------------------------------------------------------------------------------------
# Genre 11: callasr - speech-recognition transcripts: call-centre calls (no punctuation, lower case), Whisper
# JSON of a video consultation, SRT subtitles of a recorded call, all-caps voice-bot transcripts
# --------------------------------------------------------------------------------------------------------------

_ASR_DROP = str.maketrans({ch: " " for ch in ".,;:!?\"«»()¿¡–/"})


def asr_lit(s: str) -> str:
    t = s.lower().translate(_ASR_DROP)
    while "  " in t:
        t = t.replace("  ", " ")
    return t


def asr_val(s: str) -> str:
    t = s.lower().translate(_ASR_DROP)
    t = t.replace("-", " ") if any(ch.isdigit() for ch in t) else t
    return " ".join(t.split())


def asr_phone(s: str, lang: str, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return spoken_digits(s, lang)
    t = s.replace("+", "plus " if rng.random() < 0.5 else "+")
    for ch in "()/-.":
        t = t.replace(ch, " ")
    return " ".join(t.split())


def asr_email(s: str, lang: str, rng: random.Random) -> str:
    s = s.lower()
    if rng.random() < 0.55:
        return s
    dot, at, dash, us = {"de": ("punkt", "at", "bindestrich", "unterstrich"), "fr": ("point", "arobase", "tiret",
                                                                                      "tiret bas"),
                         "it": ("punto", "chiocciola", "trattino", "underscore"),
                         "en": ("dot", "at", "dash", "underscore")}[lang]
    return (s.replace(".", f" {dot} ").replace("@", f" {at} ").replace("-", f" {dash} ")
            .replace("_", f" {us} ")).replace("  ", " ").strip()


def srt_ts(x: float) -> str:
    return f"{int(x // 3600):02d}:{int(x % 3600 // 60):02d}:{int(x % 60):02d},{int(x * 1000) % 1000:03d}"


def spell(s: str) -> str:
    return " ".join(ch for ch in s.lower() if ch.isalpha())


def g_callasr(d: Doc, c: Ctx) -> None:  # noqa: C901
    caller = c.person(age=(19, 85))
    agent = c.person(age=(20, 60))
    firm = c.company()
    v = c.v
    if v == 0:
        partner = c.person(g="f" if caller.g == "m" else "m", age=(19, 85), last=caller.last if c.p(0.5) else None)
        new = c.addr()
        ib = c.iban(caller.region)
        d.ln(c.tr(de="Automatisches Transkript eines Kundenanrufs (ohne Satzzeichen). Bitte die Anliegen als "
                     "Ticket zusammenfassen.", fr="Transcription automatique d'un appel client (sans ponctuation). "
                  "Résume les demandes sous forme de ticket.", it="Trascrizione automatica di una chiamata "
                  "(senza punteggiatura). Riassumi le richieste in un ticket.",
                  en="Automatic transcript of a customer call (no punctuation). Summarise the requests as a ticket."))
        d.ln()
        d.lit_fn = asr_lit
        lang = c.lang
        street_town_sep = c.tr(de=" in ", fr=" à ", it=" a ", en=" in ")
        turns: list[tuple[int, list[object]]] = [
            (0, [c.tr(de="guten tag sie sprechen mit ", fr="bonjour vous êtes en ligne avec ", it="buongiorno sono ",
                      en="hello you're through to "), P(agent.first.lower()),
                 c.tr(de=" von ", fr=" de ", it=" di ", en=" at "), firm,
                 c.tr(de=" wie kann ich helfen", fr=" que puis-je faire pour vous", it=" come posso aiutarla",
                      en=" how can i help")]),
            (1, [c.tr(de="ja hallo mein name ist ", fr="oui bonjour je m'appelle ", it="sì buongiorno mi chiamo ",
                      en="yeah hi my name is "), P(caller.full.lower()),
                 c.tr(de=" ich ziehe um und möchte meinen vertrag mitnehmen", fr=" je déménage et je veux garder "
                      "mon contrat", it=" mi trasferisco e vorrei mantenere il contratto",
                      en=" i'm moving house and want to keep my contract")]),
            (0, [c.tr(de="gerne können sie mir den nachnamen buchstabieren", fr="très bien pouvez-vous épeler "
                      "le nom", it="certo mi può fare lo spelling del cognome", en="sure can you spell the surname "
                      "for me")]),
            (1, [P(spell(caller.last)) if spell(caller.last) else P(caller.last.lower())]),
            (0, [c.tr(de="danke und ihr geburtsdatum", fr="merci et votre date de naissance",
                      it="grazie e la data di nascita", en="thanks and your date of birth")]),
            (1, [DB(dob_in_words(caller.dob, lang))]),
            (0, [c.tr(de="und die bisherige adresse", fr="et l'adresse actuelle", it="e l'indirizzo attuale",
                      en="and the current address")]),
            (1, [A(asr_val(caller.addr.street)), street_town_sep, A(asr_val(caller.addr.pc_town)),
                 c.tr(de=" und ab dem ersten neu ", fr=" et à partir du premier ", it=" e dal primo ",
                      en=" and from the first it's "), A(asr_val(new.one))]),
            (0, [c.tr(de="alles klar unter welcher nummer erreiche ich sie", fr="d'accord à quel numéro puis-je "
                      "vous joindre", it="perfetto a che numero la posso richiamare",
                      en="lovely what's the best number to reach you")]),
            (1, [PH(asr_phone(caller.mobile, lang, c.rng)), c.tr(de=" oder per mail ", fr=" ou par mail ",
                                                                  it=" oppure per email ", en=" or email "),
                 EM(asr_email(caller.email, lang, c.rng))]),
        ]
        if ib:
            turns.append((1, [c.tr(de="und die abbuchung bitte vom neuen konto ", fr="et le prélèvement sur le "
                                   "nouveau compte ", it="e l'addebito sul nuovo conto ",
                                   en="and take the direct debit from my new account "),
                              IB(" ".join(ib.replace(" ", "")[k:k + 4] for k in range(0, len(ib.replace(" ", "")),
                                                                                     4)).lower())]))
        turns.append((1, [c.tr(de="und meine frau ", fr="et ma compagne ", it="e mia moglie ", en="and my wife ")
                          if partner.g == "f" else c.tr(de="und mein mann ", fr="et mon compagnon ",
                                                        it="e mio marito ", en="and my husband "),
                          P(partner.full.lower()), c.tr(de=" soll mit auf den vertrag",
                              fr=" doit être ajoutée au contrat",
                                                        it=" va aggiunta al contratto",
                                                            en=" should go on the contract too")]))
        turns.append((0, [c.tr(de="notiert die bestätigung kommt per post die hotline ist ", fr="c'est noté la "
                               "confirmation arrive par courrier la hotline c'est le ",
                                   it="fatto la conferma arriva per "
                               "posta il numero verde è ", en="done confirmation comes by post the helpline is "),
                          c.hotline(), c.tr(de=" schönen tag noch", fr=" bonne journée", it=" buona giornata",
                                            en=" have a good day")]))
        style = c.rint(0, 2)
        t = 0.0
        for spk, parts in turns:
            t += c.rng.uniform(2.0, 9.0)
            d.lit_fn = None
            if style == 0:
                d.w(f"[{int(t // 60):02d}:{t % 60:06.3f}] SPEAKER_0{spk}: ")
            elif style == 1:
                d.w(c.tr(de="agent", fr="conseiller", it="operatore", en="agent") if spk == 0 else
                    c.tr(de="kunde", fr="client", it="cliente", en="caller"), ": ")
            else:
                d.w(f"spk{spk} {int(t // 60)}:{int(t % 60):02d} ")
            d.lit_fn = asr_lit
            d.ln(*parts)
        d.lit_fn = None
    elif v == 1:
        doctor = c.person(age=(30, 65))
        relative = c.person(age=(20, 70), last=caller.last if c.p(0.6) else None)
        d.ln(c.tr(de="Whisper-Ausgabe unserer Videosprechstunde. Erstelle daraus eine Arztnotiz.",
                  fr="Sortie Whisper de la téléconsultation. Rédige une note médicale.",
                  it="Output di Whisper della televisita. Scrivi una nota clinica.",
                  en="Whisper output of our video consultation. Write a clinical note from it."))
        d.ln()
        segs: list[list[object]] = [
            [c.tr(de=" Guten Morgen, hier ist Dr. ", fr=" Bonjour, docteur ", it=" Buongiorno, sono la dottoressa "
                  if doctor.g == "f" else " Buongiorno, sono il dottor ", en=" Good morning, this is Dr "),
             P(doctor.last), c.tr(de=". Mit wem spreche ich?", fr=" à l'appareil. Qui est en ligne ?",
                                  it=". Con chi parlo?", en=". Who am I speaking with?")],
            [c.tr(de=" Hallo, ", fr=" Bonjour, ", it=" Salve, ", en=" Hi, "), P(caller.full),
             c.tr(de=", geboren am ", fr=", né le " if caller.g == "m" else ", née le ",
                  it=", nato il " if caller.g == "m" else ", nata il ", en=", born on "), DB(c.dob(caller)), "."],
            [c.tr(de=" Meine Tochter " if relative.g == "f" else " Mein Sohn ", fr=" Ma fille " if relative.g == "f"
                  else " Mon fils ", it=" Mia figlia " if relative.g == "f" else " Mio figlio ",
                  en=" My daughter " if relative.g == "f" else " My son "), P(relative.first),
             c.tr(de=" ist auch dabei.", fr=" est avec moi.", it=" è qui con me.", en=" is here with me too.")],
            [c.tr(de=" Ich schicke das Rezept an Ihre Adresse, ", fr=" J'envoie l'ordonnance à votre adresse, ",
                  it=" Mando la ricetta al suo indirizzo, ", en=" I'll send the prescription to your address, "),
             A(caller.addr.one), c.tr(de=", richtig?", fr=", c'est bien ça ?", it=", giusto?", en=", is that right?")],
            [c.tr(de=" Ja. Oder rufen Sie ", fr=" Oui. Sinon appelez ", it=" Sì. Oppure chiami ", en=" Yes. Or call "),
             P(relative.first), c.tr(de=" an, ", fr=" au ", it=" al ", en=" on "), PH(relative.mobile), "."],
            [c.tr(de=" Die Apotheke am Markt hat die Nummer ", fr=" La pharmacie du Marché, c'est le ",
                  it=" La farmacia centrale ha il numero ", en=" The pharmacy on the high street is "),
             PH(c.phone()), c.tr(de=", aber das weiß ich ja.", fr=".", it=".", en=", I have that.")],
        ]
        d.ln("{")
        d.ln(f'  "task": "transcribe", "language": "{c.lang}", "duration": {c.rng.uniform(240, 900):.2f},')
        d.ln('  "segments": [')
        t = 0.0
        for k, seg in enumerate(segs):
            t1 = t + c.rng.uniform(2.5, 8.0)
            d.w(f'    {{"id": {k}, "start": {t:.2f}, "end": {t1:.2f}, "text": ')
            d.jstr(seg, ascii_=c.p(0.2))
            d.ln(f', "avg_logprob": -{c.rng.uniform(0.1, 0.6):.3f}}}' + ("," if k < len(segs) - 1 else ""))
            t = t1
        d.ln("  ]")
        d.ln("}")
    elif v == 2:
        host = agent
        guests = [caller] + [c.person(age=(22, 64)) for _ in range(2)]
        d.ln(c.tr(de="Untertitel unseres aufgezeichneten Onboarding-Calls. Mach mir eine Teilnehmerliste.",
                  fr="Sous-titres de notre appel d'accueil enregistré. Fais-moi une liste des participants.",
                  it="Sottotitoli della call di onboarding registrata. Fammi l'elenco dei partecipanti.",
                  en="Subtitles of our recorded onboarding call. Make me a list of attendees."))
        d.ln()
        cues: list[list[object]] = [
            [c.tr(de="Hallo zusammen, ich bin ", fr="Bonjour à tous, je suis ", it="Ciao a tutti, sono ",
                  en="Hi everyone, I'm "), P(host.full), "\n",
             c.tr(de="von ", fr="de chez ", it="di ", en="from "), firm, "."],
            [c.tr(de="Bei Fragen: ", fr="Questions : ", it="Per domande: ", en="Questions to "),
             EM(c.work_email(host, firm)), "\n", c.tr(de="oder ", fr="ou ", it="o ", en="or "), PH(c.phone())],
        ]
        for g in guests:
            cues.append([c.tr(de="Ich bin ", fr="Moi c'est ", it="Io sono ", en="I'm "), P(g.first), ", ",
                         c.tr(de="komme aus ", fr="j'arrive de ", it="vengo da ", en="joining from "), g.addr.town,
                             "."])
            if c.p(0.6):
                cues.append([c.tr(de="Meine Nummer für die Gruppe:", fr="Mon numéro pour le groupe :",
                                  it="Il mio numero per il gruppo:", en="My number for the group chat:"), "\n",
                             PH(g.mobile)])
        cues.append([c.tr(de="Danke! Die Verträge gehen an", fr="Merci ! Les contrats partent à",
                          it="Grazie! I contratti vanno a", en="Thanks! Contracts go out to"), "\n",
                     c.tr(de="eure Privatadressen, ", fr="vos adresses perso, ", it="indirizzi privati, ",
                          en="your home addresses, "), P(guests[0].first), c.tr(de=" deine ist ",
                              fr=" la tienne c'est ",
                                                                               it=" il tuo è ", en=" yours is ")])
        cues.append([A(guests[0].addr.one), "?"])
        cues.append([c.tr(de="Ja, genau.", fr="Oui, c'est ça.", it="Sì, esatto.", en="Yes, that's right.")])
        t = 0.0
        for k, cue in enumerate(cues, 1):
            t1 = t + c.rng.uniform(1.5, 5.0)
            d.ln(str(k))
            d.ln(f"{srt_ts(t)} --> {srt_ts(t1)}")
            d.ln(*cue)
            d.ln()
            t = t1 + c.rng.uniform(0.1, 1.2)
    else:
        d.ln(c.tr(de="Das ist das Protokoll unseres Sprachbots (Großbuchstaben, ohne Satzzeichen). Warum ist die "
                     "Kartensperre nicht durchgelaufen?", fr="Transcription de notre serveur vocal (majuscules, sans "
                  "ponctuation). Pourquoi l'opposition de la carte n'a pas abouti ?", it="Trascrizione del nostro "
                  "voicebot (maiuscolo, senza punteggiatura). Perché il blocco della carta non è andato a buon fine?",
                  en="Transcript from our voice bot (capitals, no punctuation). Why did the card block not go "
                     "through?"))
        d.ln()
        d.case = "upper"
        d.lit_fn = asr_lit
        brand, num = c.card()
        digits = "".join(ch for ch in num if ch.isdigit())
        spoken = " ".join(digits[k:k + 4] for k in range(0, len(digits), 4))
        lines = [
            ("BOT", [c.tr(de="willkommen beim kartenservice bitte nennen sie ihren vollständigen namen",
                          fr="bienvenue au service cartes dites votre nom complet",
                          it="benvenuto al servizio carte dica il suo nome completo",
                          en="welcome to card services please say your full name")]),
            ("USR", [P(asr_val(caller.full))]),
            ("BOT", [c.tr(de="bitte buchstabieren sie den nachnamen", fr="épelez votre nom de famille",
                          it="faccia lo spelling del cognome", en="please spell your surname")]),
            ("USR", [P(spell(caller.last) or caller.last.lower())]),
            ("BOT", [c.tr(de="ihr geburtsdatum", fr="votre date de naissance", it="la sua data di nascita",
                          en="your date of birth")]),
            ("USR", [DB(dob_in_words(caller.dob, c.lang))]),
            ("BOT", [c.tr(de="die nummer der karte die gesperrt werden soll", fr="le numéro de la carte à bloquer",
                          it="il numero della carta da bloccare", en="the number of the card you want to block")]),
            ("USR", [CD(spoken)]),
            ("BOT", [c.tr(de="unter welcher nummer können wir sie zurückrufen", fr="à quel numéro vous rappeler",
                          it="a quale numero possiamo richiamarla", en="what number can we call you back on")]),
            ("USR", [PH(asr_phone(caller.mobile, c.lang, c.rng))]),
            ("BOT", [c.tr(de="verbindung zu einem mitarbeiter fehlgeschlagen bitte rufen sie den sperrnotruf an ",
                          fr="transfert impossible appelez le centre d'opposition au ",
                          it="trasferimento non riuscito chiami il numero blocco carte ",
                          en="transfer failed please call the card blocking line on "), c.hotline()]),
        ]
        t = dt.datetime(2026, 12, c.rint(1, 4), c.rint(0, 23), c.rint(0, 59), c.rint(0, 59))
        for who, parts in lines:
            t += dt.timedelta(seconds=c.rint(2, 12))
            d.ln(f"{t:%H%M%S} {who} ", *parts)
        d.lit_fn = None
        d.case = None
        d.ln()
        d.ln("slots: ")
        d.json({"caller_name": P(asr_val(caller.full).upper()), "dob_raw": DB(dob_in_words(caller.dob, c.lang).upper()),
                "card_last4": digits[-4:], "callback": PH(caller.mobile), "confidence": round(c.rng.uniform(0.4, 0.9),
                    2)},
               indent=None)
        d.ln()


# --------------------------------------------------------------------------------------------------------------
# Genre 12: labels - label sheets in columns, registered-mail envelopes in capitals, ZPL shipping labels,
# mail forwarding orders
# --------------------------------------------------------------------------------------------------------------

def _cell_len(items: list[object]) -> int:
    return sum(len(x.s) if isinstance(x, V) else len(str(x)) for x in items)


def label_lines(c: Ctx, p: Person, caps: bool) -> list[list[object]]:
    up = (lambda s: s.upper()) if caps else (lambda s: s)
    r = c.rng.random()
    if r < 0.15:
        first: list[object] = [up(c.tr(de="Familie ", fr="Famille ", it="Famiglia ", en="The ")), P(up(p.last)),
                               up(c.tr(de="", fr="", it="", en=" family"))]
    elif r < 0.3:
        other = c.person(g="f" if p.g == "m" else "m", last=p.last)
        first = [P(up(other.first)), up(c.tr(de=" und ", fr=" et ", it=" e ", en=" and ")), P(up(p.full))]
    elif r < 0.5:
        first = [up(p.title() + " "), P(up(p.full))]
    else:
        first = [P(up(p.full))]
    lines = [first]
    if c.p(0.12):
        lines.append([up("c/o "), P(up(c.person().full))])
    for ln in p.addr.lines:
        lines.append([A(up(ln))])
    return lines


def g_labels(d: Doc, c: Ctx) -> None:  # noqa: C901
    v = c.v
    if v == 0:
        caps = c.p(0.3)
        d.ln(c.tr(de="Der Etikettendruck (3 Spalten) verrutscht. Kannst du mir die Adressen als Liste ausgeben?",
                  fr="L'impression d'étiquettes (3 colonnes) est décalée. Tu peux me sortir les adresses en liste ?",
                  it="La stampa etichette (3 colonne) è sfasata. Mi ridai gli indirizzi in elenco?",
                  en="The 3-across label print is misaligned. Can you give me the addresses as a list?"))
        d.ln()
        people = [c.person(region=c.ch([c.region] * 5 + [c.abroad()])) for _ in range(c.ch([6, 6, 9]))]
        W = 34
        for row in range(0, len(people), 3):
            cells = [label_lines(c, p, caps) for p in people[row:row + 3]]
            height = max(len(x) for x in cells)
            for j in range(height):
                for k, cell in enumerate(cells):
                    items = cell[j] if j < len(cell) else []
                    d.w(*items)
                    if k < len(cells) - 1:
                        d.w(" " * max(2, W - _cell_len(items)))
                d.ln()
            d.ln()
    elif v == 1:
        sender = c.person()
        rcpt = c.person(region=c.ch([c.region, c.region, c.abroad()]))
        d.ln(c.tr(de="Abgetippt vom Umschlag, der zurückkam. Was bedeuten die Vermerke?",
                  fr="Recopié de l'enveloppe revenue. Que signifient les mentions ?",
                  it="Ricopiato dalla busta tornata indietro. Cosa significano le annotazioni?",
                  en="Typed up from the envelope that came back. What do the markings mean?"))
        d.ln()
        d.case = "upper"
        d.ln(c.tr(de="Abs.: ", fr="Exp. : ", it="Mitt.: ", en="From: "), P(sender.full), " · ",
             A(f"{sender.addr.street} · {sender.addr.pc_town}"))
        d.ln(" " * 40, c.tr(de="EINSCHREIBEN RÜCKSCHEIN", fr="LETTRE RECOMMANDÉE AVEC AR",
                             it="RACCOMANDATA A/R", en="REGISTERED / SIGNED FOR"))
        d.ln(" " * 40,
            f"R{c.ch('RAC')} {c.digits(3)} {c.digits(3)} {c.digits(3)} "
            f"{c.ch(['DE', 'CH', 'AT', 'FR', 'BE', 'IT', 'GB', 'IE', 'AU', 'US'])}")
        d.ln()
        ind = " " * 12
        d.ln(ind, rcpt.title(), " ")
        d.ln(ind, P(rcpt.full))
        if c.p(0.3):
            d.ln(ind, "C/O ", P(c.person().last))
        for ln in rcpt.addr.lines:
            d.ln(ind, A(ln))
        if rcpt.region != c.region:
            d.ln(ind, {"TR": "TÜRKIYE", "PT": "PORTUGAL", "PL": "POLAND", "VN": "VIET NAM", "BA": "BOSNIA AND "
                       "HERZEGOVINA", "XK": "KOSOVO", "MA": "MAROC", "SN": "SÉNÉGAL", "LK": "SRI LANKA",
                       "NG": "NIGERIA", "ES": "ESPAÑA", "NL": "NEDERLAND"}.get(rcpt.region, rcpt.region))
        d.ln()
        d.ln(c.tr(de="[Stempel] Empfänger unbekannt verzogen – Nachsendeantrag abgelaufen",
                  fr="[Tampon] Destinataire inconnu à l'adresse – NPAI",
                  it="[Timbro] Destinatario trasferito – sconosciuto", en="[Stamp] Not known at this address – RTS"))
        new = c.addr()
        d.ln(c.tr(de="[handschriftlich] neu: ", fr="[manuscrit] nouvelle adresse : ", it="[a mano] nuovo indirizzo: ",
                  en="[handwritten] now at: "), A(new.one), c.tr(de=" – Tel. ", fr=" – tél. ", it=" – tel. ",
                                                               en=" – tel "), PH(c.phone(mobile=True)))
        d.case = None
    elif v == 2:
        shop = c.company()
        rcpt = c.person()
        d.ln(c.tr(de="Unser Etikettendrucker druckt die Umlaute falsch. Das ist der ZPL-Code:",
                  fr="Notre imprimante d'étiquettes imprime mal les accents. Voici le code ZPL :",
                  it="La stampante etichette sbaglia gli accenti. Ecco il codice ZPL:",
                  en="Our label printer garbles accented letters. Here's the ZPL:"))
        d.ln()
        hexed = c.p(0.35)

        def zpl(s: str) -> str:
            if not hexed:
                return s
            return "".join(ch if ord(ch) < 128 else "".join(f"_{b:02X}" for b in ch.encode("utf-8")) for ch in s)

        def fd(x: int, y: int, size: int, val: object) -> None:
            d.w(f"^FO{x},{y}^A0N,{size},{size}", "^FH" if hexed else "", "^FD")
            if isinstance(val, V):
                d.raw_ent(val.typ, zpl(val.s))
            else:
                d.w(zpl(str(val)))
            d.ln("^FS")

        d.ln("^XA")
        d.ln("^CI28")
        fd(40, 30, 24, c.tr(de="Absender: ", fr="Expéditeur : ", it="Mittente: ", en="Sender: ") + shop)
        sa = c.pobox() if c.p(0.4) else c.addr(extras=False)
        fd(40, 60, 24, A(sa.one))
        fd(40, 90, 24, c.tr(de="Retouren: ", fr="Retours : ", it="Resi: ", en="Returns: ") + c.hotline())
        fd(40, 160, 40, P(rcpt.full.upper() if c.p(0.4) else rcpt.full))
        if c.p(0.3):
            d.w("^FO40,205^A0N,32,32", "^FH" if hexed else "", "^FD", c.tr(de="bei ", fr="chez ", it="presso ",
                                                                          en="c/o "))
            d.raw_ent("PERSON", zpl(c.person().last))
            d.ln("^FS")
        y = 250
        for ln in rcpt.addr.lines:
            fd(40, y, 40, A(ln))
            y += 50
        fd(40, y, 28, PH(rcpt.mobile))
        fd(40, y + 40, 28, EM(rcpt.email))
        d.ln(f"^FO40,{y + 100}^BY3^BCN,120,Y,N,N^FD00{c.digits(18)}^FS")
        d.ln(f"^FO500,30^A0N,24,24^FD{c.tr(de='Sendung', fr='Colis', it='Spedizione', en='Parcel')} "
             f"{c.digits(4)}/{c.digits(6)}^FS")
        d.ln("^XZ")
    else:
        mover = c.person(age=(20, 80))
        partner = c.person(g="f" if mover.g == "m" else "m", last=mover.last if c.p(0.6) else None)
        partner.addr = mover.addr
        new = c.addr()
        service = {"DE": "Nachsendeauftrag Privat", "AT": "Nachsendeauftrag", "CH": "Nachsendung bei Umzug",
                   "FR": "Réexpédition définitive du courrier", "BE": "Déménagement – réexpédition du courrier",
                   "IT": "Servizio Seguimi", "GB": "Redirection (moving home)", "US": "Change of Address (individual/"
                   "family)", "IE": "Mail redirection", "AU": "Mail redirection – moving"}[c.region]
        if c.region == "CH":
            service = c.tr(de=service, fr="Réexpédition en cas de déménagement", it="Rispedizione in caso di trasloco",
                           en=service)
        d.ln(c.tr(de="Bestätigung vom Nachsendeauftrag – stimmt alles?", fr="Confirmation de réexpédition – tout "
                  "est correct ?", it="Conferma del Seguimi – è tutto giusto?", en="Mail redirection confirmation – "
                  "is everything right?"))
        d.ln()
        d.ln("## ", service)
        d.ln()
        d.ln("**", c.tr(de="Bisherige Anschrift", fr="Ancienne adresse", it="Vecchio indirizzo", en="Old address"),
             "**  ")
        for ln in mover.addr.lines:
            d.ln(A(ln), "  ")
        d.ln()
        d.ln("**", c.tr(de="Neue Anschrift", fr="Nouvelle adresse", it="Nuovo indirizzo", en="New address"), "**  ")
        for ln in new.lines:
            d.ln(A(ln), "  ")
        d.ln()
        d.ln("**", c.tr(de="Personen", fr="Personnes", it="Persone", en="People"), "**")
        ppl = [mover, partner] + [c.child(mover, (0, 17)) for _ in range(c.rint(0, 2))]
        for p in ppl:
            d.ln("- ", P(p.rev if c.p(0.4) else p.full), c.tr(de=", geb. ", fr=", né(e) le ", it=", nato/a il ",
                                                               en=", DOB "), DB(c.dob(p)))
        d.ln()
        d.ln(c.tr(de="Beginn", fr="Début", it="Inizio", en="Start"), ": ", c.pdate(5, 30), " · ",
             c.tr(de="Laufzeit 12 Monate", fr="durée 12 mois", it="durata 12 mesi", en="12 months"))
        d.ln(c.lab("email"), ": ", EM(mover.email), " · ", c.lab("mobile"), ": ", PH(mover.mobile))
        brand, num = c.card()
        if c.p(0.5) or not c.iban_cc_ok():
            d.ln(c.tr(de="Bezahlt", fr="Payé", it="Pagato", en="Paid"), ": ", c.money(20, 60), " – ", brand, " ",
                 CD(num))
        else:
            d.ln(c.tr(de="Lastschrift von", fr="Prélevé sur", it="Addebito su", en="Debited from"), ": ", IB(c.iban()))
        d.ln(c.tr(de="Auftragsnummer", fr="N° de contrat", it="Codice pratica", en="Reference"), ": ",
             f"{c.ch(['NSA', 'RX', 'SG', 'RD', 'COA'])}{c.digits(9)}")
        d.ln(c.tr(de="Identprüfung in der Filiale mit Ausweis ", fr="Vérification d'identité au bureau de poste, "
                  "pièce n° ", it="Identificazione in ufficio postale, documento ", en="ID check at the post office, "
                  "document "), c.ch("LCTPX") + c.digits(8))
        d.ln()
        d.ln(c.tr(de="Kundenservice: ", fr="Service client : ", it="Assistenza: ", en="Customer service: "),
             c.hotline())


# --------------------------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------------------------

GENRES = [
    ("permit", g_permit), ("enforcement", g_enforcement), ("pension", g_pension), ("foster", g_foster),
    ("policy", g_policy), ("interpreting", g_interpreting), ("logbook", g_logbook), ("library", g_library),
    ("chatops", g_chatops), ("formdump", g_formdump), ("callasr", g_callasr), ("labels", g_labels),
]


def regions_for(lang: str, genre: str) -> list[str]:
    regs = REGIONS[lang]
    seq = (regs * (N_DOCS // len(regs) + 1))[:N_DOCS]
    random.Random(f"{SEED}|regions|{lang}|{genre}").shuffle(seq)
    return seq


def validate(rec: dict) -> None:
    text = rec["text"]
    prev_end = -1
    for e in rec["entities"]:
        s, t = e["start"], e["end"]
        assert text[s:t] == e["text"], (rec["id"], e)
        assert e["text"] and e["text"] == e["text"].strip(), (rec["id"], e)
        assert s >= prev_end, (rec["id"], "overlap", e)
        prev_end = t
        if e["type"] == "IBAN":
            assert iban_ok(e["text"]), (rec["id"], e)
        if e["type"] == "CARD":
            assert luhn_ok(e["text"]) and 15 <= sum(ch.isdigit() for ch in e["text"]) <= 16, (rec["id"], e)
        assert e["type"] in {"PERSON", "ADDRESS", "DOB", "PHONE", "EMAIL", "IBAN", "CARD"}, e


def build() -> list[dict]:
    fakers = {loc: Faker(loc) for loc in FAKER_LOCALES}
    out = []
    for lang in LANGS:
        for genre, fn in GENRES:
            regs = regions_for(lang, genre)
            for i in range(N_DOCS):
                c = Ctx(lang, regs[i], genre, i, fakers)
                d = Doc()
                d.swiss = c.region == "CH" and lang == "de"
                fn(d, c)
                text = d.text().rstrip("\n") + "\n"
                ents = sorted(d.ents)
                rec = {
                    "id": c.docid,
                    "locale": f"{lang}_{c.region}",
                    "lang": lang,
                    "text": text,
                    "entities": [{"start": s, "end": e, "type": t, "text": x} for s, e, t, x in ents],
                }
                validate(rec)
                out.append(rec)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--out", type=pathlib.Path, default=OUT)
    args = ap.parse_args(argv)
    recs = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(r["entities"]) for r in recs)
    print(f"wrote {len(recs)} documents, {n} values to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
