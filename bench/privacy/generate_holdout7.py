"""Seventh blind evaluation set ("holdout7") for the anonymizer.

Written 2026-12-05 by a helper session, blind: without reading the detectors and their name lists
(src/tarnkappe/privacy/), the privacy tests (tests/privacy/), the other generators and their templates (the
bodies of bench/privacy/generate*.py, templates.py) or the texts of any data set under bench/privacy/data/,
without looking at the git history of any of these, and never run through the anonymizer or
bench/privacy/evaluate.py while written (tarnkappe is not imported).  The only things read were the module
docstrings of generate_holdout5.py and generate_holdout6.py (record format, label decisions, genres already
used) and of evaluate.py (the genres of holdout3..holdout6), the file names in bench/privacy/ and the subjects
of the five latest commits of the repository (server performance work).  The label decisions below are
copied from holdout6; the decisions added here were made while writing the templates, never after looking at
any detector output.  Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout7.jsonl: 4 languages (de, fr, it, en) x 12 templates x 10
documents = 480 documents, seeded and deterministic for a given Faker version (the lock's; Faker + the
standard library; ``random.Random`` seeded with ``"holdout7|<lang>|<template>|<i>"``, every Faker locale
re-seeded per document).  Each record has ``id`` (``holdout7-<lang>-<template>-<NN>``), ``locale``,
``lang``, ``text`` and ``entities`` (``start``, ``end``, ``type``, ``text``; ``text[start:end]`` is
asserted for every entity, and entities do not overlap).  Regions: de -> DE/AT/CH, fr -> FR/BE/CH/LU,
it -> IT/CH, en -> GB/IE/US/CA/AU/NZ (``locale`` is ``lang_REGION``).

Genres (text people paste into an AI assistant at work or at home, wrapped in a request in the document's
language), chosen to differ from the genres listed for holdout3..holdout6 (those of holdout and holdout2 are
not listed in anything read here, so an overlap with them cannot be ruled out): signature sheets of popular
initiatives, referendums and petitions (the Swiss federal sheet, German Bürgerbegehren, Austrian
Bürgerinitiative, French/Belgian/Luxembourg communal petitions, Italian "raccolta firme" with authentication,
English-language petitions and a US circulator's affidavit); travel expense claims; loan and mortgage
applications (self-disclosure forms, two applicants side by side); private used-car sale contracts;
tradespeople's quotes and estimates (one, or two to compare); out-of-office auto-replies with e-mail signatures
and legal footers; duty rosters, on-call rotas and pharmacy duty lists; babysitter / au-pair information
sheets; donation receipts, donor-list exports and Gift Aid declarations; source code with hard-coded test
fixtures and the failing test's output (Python, JavaScript, Java, C#, PHP, Ruby, Go); raw e-mail source
(headers and body) of contact-form notifications, personal mails and delivery-failure bounces; wills (holograph
wills, English wills with witnesses).  Values appear in prose, "Label: value" forms, Markdown, fixed-width,
tab-, semicolon- and comma-separated tables (quoted CSV cells), two-column forms, mail headers and string
literals, in each country's conventions: Austrian door numbers ("45/3/12", "Top 5") and "Jänner", Swiss
"Strasse", apostrophe thousands and two-digit birth years on signature sheets, French "bis"/"ter", building
and flat lines and upper-case towns, Belgian "bte", Luxembourg "L-" postcodes, Italian province codes, "n." and
"int.", British postcodes after the town, Irish Eircodes, US/Canadian/Australian state codes, Canadian
"unit-civic" numbers, Australian "Unit 3/12", New Zealand suburbs, PO boxes; phone numbers national and
international with "(0)", slashes, dots, hyphens, DIN 5008 hyphenated extensions and compact forms; dates of
birth numeric, with month names, ISO and US month-first.  Names in "First Last", "Last, First",
"LAST First", "Last First" (Swiss and Italian lists), all capitals, lower case, with initials ("A. Meier",
"Meier A.", "Anna M."), particles, double-barrelled and double surnames, maiden names, names that are ordinary
words, genitives, diacritics and their ASCII spellings, and RFC 2047 encoded display names.  Unlabelled
distractors: order, quote, receipt, contract, cost-centre and personnel numbers, amounts, VAT/UID/SIRET/ABN/
register numbers, plain dates and times, national ids that embed the date of birth, VINs, plates, ID card and
licence numbers, non-IBAN bank details, BICs, masked card numbers and expiry dates, IPs, Message-IDs and DKIM
data, role and system mailboxes, hotlines and emergency numbers, bare internal extensions, Wi-Fi names and
passwords, pets, birth years, companies, hotels, restaurants, pharmacies, foundations, laws and car makes named
after people, streets named after people, towns and postcodes alone.

Names: Faker locales az_AZ, cs_CZ, da_DK, de_AT, de_CH, de_DE, de_LU, en_AU, en_CA, en_GB, en_IE, en_IN,
en_KE, en_NZ, en_PH, en_PK, en_TH, en_US, es_AR, es_CA, es_CL, es_CO, es_ES, es_MX, et_EE, fi_FI, fil_PH,
fr_BE, fr_CA, fr_CH, fr_DZ, fr_FR, ga_IE, ha_NG, hr_HR, hu_HU, id_ID, ig_NG, is_IS, it_IT, lv_LV, nl_BE,
nl_NL, no_NO, pl_PL, pt_BR, pt_PT, ro_RO, sk_SK, sl_SI, sv_SE, sw, tr_TR, tw_GH, uz_UZ, vi_VN, yo_NG, zu_ZA
(gendered first and last names), plus lists written here (Albanian/Kosovar, Eritrean, Somali, Sri Lankan
Tamil, Persian/Afghan, Arabic, Maghrebi, West African, Congolese, Ukrainian, Russian-German, Chinese pinyin,
Korean and Japanese romanised, Filipino, South Asian, Greek, Armenian/Georgian, Hebrew, Romansh, Ticinese,
Sardinian/Friulian/Sicilian with particles, South Tyrolean, Luxembourgish, Dutch/Flemish particles, Breton/
Corsican/Basque and French particles, German particles and double-barrelled names, Irish/Scottish/Welsh,
Maori/Pacific, Iberian double surnames, names that are ordinary words in each language).  Only Latin script
(checked per name).  About half the names of a document come from the region's own locales.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, CARD), copied from holdout6 (which copied them from
holdout5):
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
Further decisions copied from holdout5's clarifications: a surname alone ("Frau Huber", "famille DUPONT",
a ``last_name`` field) and a first name alone (a ``first_name`` field) are PERSON; lowercase names are
PERSON; "Peter und Claudia Huber" is two spans ("Peter", "Claudia Huber"); maiden and married names joined
by "geb.", "née", "nata", "(née ...)" are separate PERSON spans with the connector outside; pets' names and
dates of birth are not labelled; the dates of birth of the dead (here: ancestors in family trees) and of
children are DOB, dates of death, marriage, baptism, issue and travel are plain dates; a two-line address
block is two spans, and a structured record whose street and "postcode town" are separate values is two
spans as well; quotes around a value are outside the span; passport, tax, social-security, national-id,
insurance and health-service numbers, and non-IBAN bank details (sort codes, account and routing numbers)
have no type and are unlabelled.

Clarifications copied from holdout6 (decided there while writing its templates):
* Values are labelled exactly as written in the source: a URL-encoded value in a query string
  ("anna.meier%40gmx.de", "Anna+Meier", "%2B49+151+23456789") is one span of its type; a doubled quote
  inside an SQL literal ('O''Brien') and a LaTeX accent macro inside a name or street (M\\"uller,
  Lindenstra\\ss{}e 12) are inside the span; a JSON escape (J\\u00fcrgen) too.
* An e-mail address spelled out by a speech-to-text transcript ("anna punkt meier at gmx punkt de") is
  one EMAIL span.
* A first name with the initial of the surname ("Lisa K.") is one PERSON span including the dot; a
  doorbell label with a surname ("Klingel: Wolf") is a PERSON.
* A speaker label of a transcript ("Anna Meier  00:03:12", "Meier, Anna (Extern)") is a PERSON span;
  the time stamp and "(Extern)" / "(Guest)" are outside.
* In family trees the birth date after a birth sign (German "*", French "°", Italian "n.", English
  "b.") is DOB when day, month and year are all given; a year, "um 1850" or month and year only are not
  labelled; baptism ("~"), marriage ("∞", "x", "sp.", English "m.") and death ("†", English "d.",
  Italian "m.") dates are plain dates.
* Diseases, scores, signs and syndromes named after people (Morbus Crohn, Parkinson's disease, tiroidite
  di Hashimoto, score de Glasgow) are not PERSON; neither are tables at a wedding named after famous
  people nor the names of hospitals, schools and parishes.
* A hospital's switchboard and ward numbers are office phone numbers (PHONE); a postcode or a town in
  a separate field or query parameter alone is not an ADDRESS.
* A date of birth that is part of an Italian tax code (codice fiscale) or other id is not a DOB; the
  id is unlabelled.  A date of birth that a log line reports as unparseable ("12.03.78" in a stack trace)
  is still a DOB.
* A national phone number with its area code in parentheses ("(0113) 496 0123", "(+352) 621 ...") is one
  PHONE span including the parentheses; a DIN-style extension joined by a hyphen ("0221 98765-214") is
  inside the span (only an extension written as a separate word is outside).
* A business's phone number (a hotel, a hospital ward, a collection agency's office) is a PHONE; the
  hotlines, free-phone and conference numbers printed next to them are not.
* A masked card number in a log ("411111******1111") and the last four digits in their own column are
  not CARD; the full number next to them is.


Clarifications decided here while writing the templates (never after looking at any anonymizer output):
* A form or table that keeps the postcode and/or the town in fields of their own (the Swiss federal signature
  sheet, which prints postcode and commune once in its header; donor exports with "PLZ;Ort" columns; Gift Aid
  declarations with a postcode column; code fixtures with ``postal_code``/``city`` fields): the field with
  the street and house number is an ADDRESS span (with the town if it is in that field); the separate
  postcode and town fields are not labelled.
* In source code the quotes around a string literal are outside the span; a literal "\\n" between the street
  and the "postcode town" line of an expected label is the line break of a two-line block (two spans).  Dates
  of birth in fixtures and in error messages (ISO "1984-03-12", a seeder's rejected "12.03.1984") are DOB;
  full card numbers in fixtures are CARD; an ``@author`` name is a PERSON.
* An RFC 2047 encoded display name in a raw mail header ("=?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?=") is one PERSON
  span from "=?" to "?="; angle brackets around an address are outside.  Message-IDs, DKIM data, host names
  and IPs are not labelled; system and role senders (wordpress@, MAILER-DAEMON@, the empty "<>", info@,
  office@, service@, sekretariat@, contact@, team@) are role mailboxes; the mistyped recipient of a bounce and
  the address the user believes is right are both EMAIL.
* Short forms of names in rosters ("Meier", "Meier A.", "A. Meier", "Anna", "Anna M.") are PERSON; two-letter
  staff codes ("AM") are bare initials and not labelled, the legend that spells them out is PERSON.
* Firms, hotels, pharmacies, foundations, charities and laws that contain the name of a person or a saint
  (Malerbetrieb Huber, Autohaus Hofmann, Marien-Apotheke, Farmacia Dr. Bassi, Fondazione Umberto Veronesi,
  Albert-Schweitzer-Kinderdorf, Florence Nightingale Foundation, Lex Koller) and car makes (Mercedes-Benz,
  Porsche, Ford, Citroën) are not labelled; the owner's name printed next to the firm ("Inh. Markus Huber") is.
  Faker company names made of surnames ("Weibel Weber GmbH") are companies, not labelled.
* Legal footers of e-mails and quotes: managing directors and board members are PERSON, a registered office
  with street and number is ADDRESS; register, VAT, UID, SIRET, ABN and licence numbers are not labelled.
* A place of birth next to a date of birth ("Bari, 12/03/1978", "né le ... à Lyon") is outside the DOB span;
  a date of birth with a two-digit year ("12.3.78") is DOB.  Birth years of children and the dates of
  employment, moving in, first registration, signing, donation and travel are plain dates.
* National ids that contain the date of birth (Austrian social insurance number, Belgian national number,
  Luxembourg matricule, Italian codice fiscale) are unlabelled and their digits are not DOB; so are AHV/AVS,
  tax, SSN, SIN, PPSN, NI and IRD numbers, VINs, Swiss Stammnummern, plates, ID card and licence numbers.
* On information sheets the poison centre, emergency, out-of-hours and service-hotline numbers are not
  labelled; the paediatrician's practice, the nursery, a pharmacy, the neighbour and the grandparents are
  PHONE.  Wi-Fi names and passwords and pets' names are not labelled.
* "Herrn und Frau Meier", "M. et Mme DUPONT", "Mr & Mrs Baker": the surname is one PERSON span, the
  salutations are outside.

Usage (repo root): python bench/privacy/generate_holdout7.py [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import string
import unicodedata
import warnings
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "privacy" / "data" / "synthetic_holdout7.jsonl"

LANGS = ("de", "fr", "it", "en")
REGIONS = {
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH", "LU"),
    "it": ("IT", "CH"),
    "en": ("GB", "IE", "US", "CA", "AU", "NZ"),
}
TEMPLATES = (
    "petition",
    "expenses",
    "loan",
    "carsale",
    "quote",
    "autoreply",
    "roster",
    "babysitter",
    "donation",
    "fixtures",
    "mailsource",
    "will",
)
DOCS_PER_TEMPLATE = 10
TODAY = date(2026, 12, 5)

# --------------------------------------------------------------------------------------------
# Documents with labelled spans
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    type: str
    text: str


def P(s):  # noqa: N802 - short constructors keep the templates readable
    return Span("PERSON", s)


def E(s):  # noqa: N802
    return Span("EMAIL", s)


def T(s):  # noqa: N802
    return Span("PHONE", s)


def I(s):  # noqa: E743, N802
    return Span("IBAN", s)


def A(s):  # noqa: N802
    return Span("ADDRESS", s)


def B(s):  # noqa: N802
    return Span("DOB", s)


def C(s):  # noqa: N802
    return Span("CARD", s)


class Doc:
    def __init__(self):
        self.parts: list[str] = []
        self.n = 0
        self.ents: list[dict] = []

    def add(self, *items):
        for it in items:
            if it is None or it == "":
                continue
            if isinstance(it, str):
                self.parts.append(it)
                self.n += len(it)
            elif isinstance(it, Span):
                if not it.text:
                    continue
                self.ents.append({"start": self.n, "end": self.n + len(it.text), "type": it.type, "text": it.text})
                self.parts.append(it.text)
                self.n += len(it.text)
            elif isinstance(it, (list, tuple)):
                self.add(*it)
            else:
                raise TypeError(type(it))
        return self

    def text(self) -> str:
        return "".join(self.parts)


def plain(items) -> str:
    """The text of a list of parts (for lengths and padding)."""
    if isinstance(items, str):
        return items
    if isinstance(items, Span):
        return items.text
    return "".join(plain(x) for x in items if x is not None)


def pad(items, width):
    return [items, " " * max(1, width - len(plain(items)))]


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------


def is_latin(s: str) -> bool:
    for ch in s:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


_TRANS = str.maketrans(
    {
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
        "ə": "e",
        "Ə": "E",
        "ɔ": "o",
        "Ɔ": "O",
        "ħ": "h",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
        "’": "'",
    }
)


def strip_accents(s: str) -> str:
    s = s.translate(_TRANS)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def ascii_de(s: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        s = s.replace(a, b)
    return strip_accents(s)


def upper(s: str) -> str:
    return s.replace("ß", "SS").upper() if "ß" in s else s.upper()


# Own name lists (Latin script): (female first names, male first names, surnames[, female surnames])
OWN = {
    "albanian": (
        ["Blerina", "Valbona", "Shpresa", "Arta", "Drita", "Fjolla", "Albulena", "Besarta", "Vjosa"],
        ["Arben", "Besnik", "Driton", "Ardit", "Fatmir", "Valon", "Bujar", "Leutrim", "Agon"],
        [
            "Krasniqi",
            "Gashi",
            "Berisha",
            "Hoxha",
            "Morina",
            "Shala",
            "Kelmendi",
            "Bytyqi",
            "Rexhepi",
            "Osmani",
            "Ahmeti",
            "Zeqiri",
            "Sadiku",
            "Thaçi",
        ],
    ),
    "eritrean": (
        ["Selam", "Senait", "Abrehet", "Helen", "Saba", "Luwam", "Yordanos", "Feven"],
        ["Yonas", "Tesfay", "Dawit", "Samuel", "Filmon", "Mehari", "Robel", "Biniam"],
        [
            "Gebremedhin",
            "Tesfamariam",
            "Haile",
            "Kidane",
            "Ghebreyesus",
            "Tekle",
            "Weldemichael",
            "Habte",
            "Asfaha",
            "Berhane",
        ],
    ),
    "somali": (
        ["Hodan", "Fadumo", "Ayaan", "Hibo", "Sahra", "Amina", "Nimco", "Ubah"],
        ["Abdirahman", "Abdullahi", "Mohamed", "Liban", "Yusuf", "Mahad", "Guled", "Cabdi"],
        ["Warsame", "Farah", "Jama", "Hussein", "Abdi", "Omar", "Egal", "Duale", "Nur", "Aden"],
    ),
    "tamil": (
        ["Tharshini", "Kavitha", "Nivetha", "Sharmila", "Anushya", "Jeyanthi"],
        ["Sivakumar", "Nirojan", "Kajan", "Thusyanthan", "Rajeevan", "Pirabu"],
        [
            "Thangarajah",
            "Kanagaratnam",
            "Sivapalan",
            "Navaratnam",
            "Ponnampalam",
            "Selvarajah",
            "Arumugam",
            "Balasubramaniam",
        ],
    ),
    "persian_afghan": (
        ["Zahra", "Shirin", "Maryam", "Parisa", "Mahsa", "Fereshteh", "Nasrin", "Laleh"],
        ["Farid", "Dariush", "Reza", "Ahmad Shah", "Navid", "Kaveh", "Mustafa", "Jawad"],
        [
            "Hosseini",
            "Rahimi",
            "Karimi",
            "Sultani",
            "Ahmadi",
            "Mohammadi",
            "Jafari",
            "Sadeghi",
            "Nazari",
            "Ahmadzai",
            "Popal",
            "Wardak",
        ],
    ),
    "arabic": (
        ["Rama", "Lina", "Nour", "Hiba", "Rasha", "Yasmin", "Aya", "Dalia"],
        ["Omar", "Khaled", "Yousef", "Tarek", "Samer", "Bassam", "Mahmoud", "Ziad"],
        [
            "Al-Khatib",
            "Haddad",
            "Darwish",
            "al-Hassan",
            "Abu Zaid",
            "Nasser",
            "Khoury",
            "El-Sayed",
            "Haidar",
            "Al Masri",
            "Bitar",
            "Saleh",
        ],
    ),
    "maghrebi": (
        ["Yasmina", "Nadia", "Samira", "Malika", "Fatima-Zahra", "Khadija", "Leïla", "Soraya"],
        ["Karim", "Mohamed", "Rachid", "Youssef", "Mehdi", "Nabil", "Hakim", "Sofiane"],
        [
            "Benali",
            "El Amrani",
            "Boukhris",
            "Ben Salah",
            "Ait Ouarab",
            "Bouzid",
            "Haddadi",
            "Cherkaoui",
            "Ouali",
            "El Idrissi",
            "Belkacem",
            "Zeroual",
        ],
    ),
    "west_african": (
        ["Aminata", "Fatou", "Awa", "Mariama", "Aïssatou", "Coumba", "Adama", "Ndeye"],
        ["Moussa", "Cheikh", "Mamadou", "Ousmane", "Ibrahima", "Abdoulaye", "Babacar", "Lamine"],
        ["Diop", "Ndiaye", "Sow", "Fall", "Diallo", "Ba", "Sy", "Faye", "Cissé", "Traoré", "Konaté", "Keïta"],
    ),
    "congolese": (
        ["Grâce", "Merveille", "Divine", "Clarisse", "Ornella", "Nathalie"],
        ["Jean-Marie", "Patrick", "Trésor", "Christian", "Junior", "Glody"],
        ["Kabongo", "Mbuyi", "Tshibanda", "Ilunga", "Kalala", "Mukendi", "Lukusa", "Nzuzi", "Makiese", "Kasongo"],
    ),
    "ukrainian": (
        ["Oksana", "Iryna", "Yuliia", "Olena", "Nataliia", "Tetiana", "Kateryna", "Viktoriia"],
        ["Bohdan", "Dmytro", "Oleksandr", "Andrii", "Serhii", "Taras", "Mykola", "Yurii"],
        [
            "Kovalenko",
            "Shevchuk",
            "Melnyk",
            "Bondarenko",
            "Tkachenko",
            "Kravchenko",
            "Oliinyk",
            "Lysenko",
            "Boiko",
            "Savchenko",
            "Rudenko",
            "Moroz",
        ],
    ),
    "chinese": (
        ["Xiaoling", "Mei", "Yuting", "Jing", "Hui", "Xinyi", "Qian"],
        ["Wei", "Jun", "Hao", "Yang", "Zhiqiang", "Jian", "Bo"],
        ["Wang", "Li", "Zhang", "Chen", "Liu", "Huang", "Zhou", "Wu", "Xu", "Lin"],
    ),
    "korean_japanese": (
        ["Ji-woo", "Seo-yeon", "Min-ji", "Haruka", "Yui", "Aiko", "Sakura"],
        ["Min-jun", "Ji-hoon", "Seung-woo", "Ren", "Haruto", "Kenji", "Takumi"],
        ["Kim", "Park", "Choi", "Jung", "Sato", "Takahashi", "Tanaka", "Watanabe", "Nakamura", "Kobayashi"],
    ),
    "filipino": (
        ["Maria Cristina", "Rowena", "Jocelyn", "Maricel", "Analyn"],
        ["Jose", "Rodel", "Mark Anthony", "Ramon", "Jericho"],
        ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Del Rosario", "Aquino"],
    ),
    "south_asian": (
        ["Priya", "Ayesha", "Harpreet", "Ananya", "Sana", "Deepika", "Farzana"],
        ["Arjun", "Imran", "Rohan", "Vikram", "Sandeep", "Tariq", "Nikhil"],
        [
            "Raghavan",
            "Venkataraman",
            "Siddiqui",
            "Qureshi",
            "Sandhu",
            "Patel",
            "Chaudhry",
            "Iyer",
            "Banerjee",
            "Ghosh",
            "Malhotra",
            "Rahman",
        ],
    ),
    "greek": (
        ["Eleni", "Dimitra", "Katerina", "Sofia", "Georgia", "Vasiliki"],
        ["Georgios", "Dimitrios", "Nikolaos", "Konstantinos", "Panagiotis", "Stavros"],
        ["Papadopoulos", "Karagiannis", "Vlachos", "Nikolaidis", "Christodoulou", "Oikonomou"],
        ["Papadopoulou", "Karagianni", "Vlachou", "Nikolaidou", "Christodoulou", "Oikonomou"],
    ),
    "caucasus": (
        ["Anahit", "Nino", "Lilit", "Tamar", "Mariam"],
        ["Hovhannes", "Giorgi", "Levan", "Aram", "Davit"],
        ["Petrosyan", "Grigoryan", "Beridze", "Kapanadze", "Hakobyan", "Gelashvili", "Sargsyan", "Lomidze"],
    ),
    "hebrew": (
        ["Noa", "Yael", "Tamar", "Shira", "Maya"],
        ["Yonatan", "Eitan", "Avi", "Noam", "Ariel"],
        ["Ben-David", "Friedmann", "Cohen", "Levi", "Mizrahi", "Rosenthal", "Peretz", "Avraham"],
    ),
    "romansh": (
        ["Ursina", "Flurina", "Mengia", "Seraina", "Ladina", "Cilgia"],
        ["Gian", "Men", "Curdin", "Duri", "Flurin", "Gion Andri"],
        [
            "Caduff",
            "Cavelti",
            "Tuor",
            "Deplazes",
            "Cathomen",
            "Derungs",
            "Capaul",
            "Bundi",
            "Janett",
            "Pitsch",
            "Nay",
            "Casura",
        ],
    ),
    "ticinese": (
        ["Chiara", "Moira", "Milena", "Sonia", "Manuela", "Lara", "Katia", "Tiziana", "Nadia"],
        ["Gianluca", "Mattia", "Fabio", "Ivo", "Ezio", "Mirko", "Tiziano", "Dario", "Claudio"],
        [
            "Bernasconi",
            "Cattaneo",
            "Ghirlanda",
            "Pedrazzini",
            "Soldati",
            "Gianella",
            "Martinoni",
            "Rusconi",
            "Respini",
            "Bassi",
            "Lurati",
            "Sciolli",
            "Delcò",
            "Canepa",
            "Poretti",
            "Beffa",
        ],
    ),
    "italian_regional": (
        ["Graziella", "Assunta", "Nunzia", "Ilaria", "Federica", "Loredana"],
        ["Salvatore", "Gavino", "Efisio", "Carmelo", "Ottavio", "Gennaro"],
        [
            "Pinna",
            "Sanna",
            "Deiana",
            "Piras",
            "Cocco",
            "Murgia",
            "Zuliani",
            "Del Frate",
            "Tonizzo",
            "Lo Presti",
            "La Rosa",
            "Lo Bianco",
            "Li Causi",
            "D'Alessandro",
            "Dell'Orto",
            "Di Bella",
            "Lo Cascio",
            "Dalla Costa",
            "De Simone",
        ],
    ),
    "south_tyrol": (
        ["Verena", "Evi", "Sabine", "Notburga"],
        ["Florian", "Lukas", "Hannes", "Manfred"],
        ["Oberhofer", "Pichler", "Gasser", "Thaler", "Kofler", "Unterkircher", "Plattner", "Mair"],
    ),
    "luxembourgish": (
        ["Josiane", "Carole", "Nadine", "Tessy", "Mireille", "Jacqueline"],
        ["Jos", "Gilles", "Claude", "Romain", "Fernand", "Guy"],
        [
            "Schmit",
            "Reding",
            "Majerus",
            "Thill",
            "Goedert",
            "Kremer",
            "Weis",
            "Feltgen",
            "Wagener",
            "Hansen",
            "Bettendorf",
            "Kieffer",
            "Muller",
            "Steichen",
        ],
    ),
    "low_countries": (
        ["Anouk", "Sanne", "Femke", "Lotte", "Marieke", "Griet"],
        ["Joost", "Sander", "Bram", "Pieter", "Wouter", "Koen"],
        [
            "van der Meer",
            "de Jong",
            "van 't Hek",
            "ten Brink",
            "van den Broek",
            "de Vries",
            "Vanderhaegen",
            "Van Damme",
            "De Smet",
            "Verbruggen",
            "Van de Velde",
            "Vanden Eynde",
        ],
    ),
    "french_regional": (
        ["Marie-Hélène", "Anne-Sophie", "Gwenaëlle", "Soizic", "Maëlys", "Clémence"],
        ["Jean-Baptiste", "Yann", "Loïc", "Erwan", "Pierre-Yves", "Gaëtan"],
        [
            "de La Tour",
            "d'Aubigny",
            "Le Floch",
            "Le Bihan",
            "Kervella",
            "Quéré",
            "du Plessis",
            "Le Gall",
            "Santoni",
            "Luciani",
            "Etxeberria",
            "Goikoetxea",
            "Iriarte",
            "de Villiers",
            "Le Goff",
            "Saint-Martin",
        ],
    ),
    "german_particles": (
        ["Friederike", "Cosima", "Henrike", "Adelheid", "Marie-Luise"],
        ["Konstantin", "Leopold", "Maximilian", "Wolf-Dietrich", "Hans-Peter"],
        [
            "von der Heyde",
            "von Arx",
            "von Känel",
            "zur Linde",
            "von Wattenwyl",
            "von Ballmoos",
            "vom Stein",
            "von Gunten",
            "de Quervain",
            "von Allmen",
            "Meyer-Landrut",
            "Schulze-Wettendorf",
            "zu Lynar",
        ],
    ),
    "celtic": (
        ["Siobhán", "Aoife", "Niamh", "Mòrag", "Cerys", "Rhiannon", "Ailsa", "Caoimhe"],
        ["Cathal", "Pádraig", "Ruairidh", "Gethin", "Dafydd", "Oisín", "Eoghan", "Iain"],
        [
            "Ó Súilleabháin",
            "Mac Giolla Phádraig",
            "O'Neill",
            "MacLeod",
            "McIntyre",
            "Llewellyn",
            "Pritchard",
            "ap Rhys",
            "Ellis-Thomas",
            "Ó Dálaigh",
            "MacAulay",
        ],
        [
            "Ní Bhriain",
            "Ní Cheallaigh",
            "O'Neill",
            "MacLeod",
            "McIntyre",
            "Llewellyn",
            "Pritchard",
            "Ellis-Thomas",
            "Nic Aodha",
            "MacAulay",
        ],
    ),
    "maori_pacific": (
        ["Aroha", "Mere", "Hine", "Losana", "Malia", "Kiri", "Moana", "Ataahua"],
        ["Wiremu", "Hemi", "Tāne", "Sione", "Iosefa", "Rawiri", "Manaia", "Tama"],
        [
            "Te Whata",
            "Ngata",
            "Tawhiri",
            "Parata",
            "Fifita",
            "Tuilagi",
            "Faleolo",
            "Leota",
            "Te Kani",
            "Tipene",
            "Herewini",
            "Taufa",
            "Mahe",
        ],
    ),
    "iberian": (
        ["María José", "Lucía", "Ana Belén", "Ana Rita", "Joana", "Conceição"],
        ["José Luis", "Javier", "Álvaro", "Juan Carlos", "João", "Rui"],
        [
            "García López",
            "Fernández-Ruiz",
            "Martín Sánchez",
            "Gómez de la Vega",
            "Rodríguez Pérez",
            "Ibáñez Soto",
            "dos Santos Tavares",
            "da Silva",
            "Pereira da Costa",
            "Gonçalves",
            "Fernandes Lopes",
            "Carvalho",
        ],
    ),
}

# names that are ordinary words of the document's language
WORD_NAMES = {
    "de": (
        ["Rosa", "Heide", "Erika", "Hilde", "Frieda", "Linde"],
        ["Ernst", "Frank", "Fritz", "August", "Konrad", "Otto"],
        [
            "Vogel",
            "Fuchs",
            "Wolf",
            "Koch",
            "Bauer",
            "Sommer",
            "Winter",
            "König",
            "Kaiser",
            "Engel",
            "Stein",
            "Frei",
            "Lang",
            "Klein",
            "Hase",
            "Bär",
            "Reich",
            "Sonntag",
            "Morgenstern",
            "Keller",
            "Becker",
            "Gut",
            "Brunner",
            "Schnee",
            "Kuhn",
            "Wirth",
        ],
    ),
    "fr": (
        ["Rose", "Blanche", "Violette", "Prudence", "Olive", "Capucine"],
        ["Pascal", "Constant", "Désiré", "Aimé", "Clément", "Modeste"],
        [
            "Petit",
            "Legrand",
            "Boucher",
            "Boulanger",
            "Marchand",
            "Chevalier",
            "Lebrun",
            "Blanc",
            "Roux",
            "Lenoir",
            "Mercier",
            "Meunier",
            "Berger",
            "Fontaine",
            "Masson",
            "Lapierre",
            "Bonnet",
            "Rivière",
        ],
    ),
    "it": (
        ["Serena", "Gioia", "Stella", "Vera", "Celeste", "Rosa"],
        ["Felice", "Fortunato", "Bruno", "Sereno", "Benvenuto", "Leone"],
        [
            "Bianco",
            "Rosa",
            "Sole",
            "Leone",
            "Ferro",
            "Porta",
            "Grasso",
            "Fortuna",
            "Speranza",
            "Bello",
            "Mancino",
            "Fabbro",
            "Monti",
            "Fiore",
            "Pace",
            "Corona",
            "Gallo",
            "Lupo",
        ],
    ),
    "en": (
        ["Hope", "Joy", "Grace", "Faith", "Summer", "Iris", "Ivy", "Holly", "Pearl", "Penny"],
        ["Will", "Mark", "Bill", "Rusty", "Sky", "Earl", "Hunter", "Chase"],
        [
            "Baker",
            "Cook",
            "Hope",
            "Bird",
            "Moody",
            "Little",
            "Young",
            "Rich",
            "Hunter",
            "Mason",
            "Frost",
            "Wood",
            "Fox",
            "Lamb",
            "Brown",
            "Green",
            "White",
            "Sterling",
            "Street",
            "Church",
            "Bishop",
            "King",
        ],
    ),
}

LOCAL_FAKER = {
    ("de", "DE"): [("de_DE", 8)],
    ("de", "AT"): [("de_AT", 7), ("de_DE", 1)],
    ("de", "CH"): [("de_CH", 7), ("fr_CH", 1)],
    ("fr", "FR"): [("fr_FR", 8)],
    ("fr", "BE"): [("fr_BE", 5), ("nl_BE", 3)],
    ("fr", "CH"): [("fr_CH", 7), ("de_CH", 1)],
    ("fr", "LU"): [("de_LU", 6), ("fr_FR", 1), ("pt_PT", 1)],
    ("it", "IT"): [("it_IT", 8)],
    ("it", "CH"): [("it_IT", 4), ("de_CH", 1)],
    ("en", "GB"): [("en_GB", 8)],
    ("en", "IE"): [("en_IE", 6), ("ga_IE", 2)],
    ("en", "US"): [("en_US", 7), ("es_MX", 1)],
    ("en", "CA"): [("en_CA", 6), ("fr_CA", 2)],
    ("en", "AU"): [("en_AU", 8)],
    ("en", "NZ"): [("en_NZ", 8)],
}
LOCAL_OWN = {
    ("de", "DE"): [],
    ("de", "AT"): [],
    ("de", "CH"): ["romansh"],
    ("fr", "FR"): ["french_regional"],
    ("fr", "BE"): ["low_countries"],
    ("fr", "CH"): [],
    ("fr", "LU"): ["luxembourgish", "luxembourgish"],
    ("it", "IT"): ["italian_regional", "south_tyrol"],
    ("it", "CH"): ["ticinese", "ticinese", "ticinese"],
    ("en", "GB"): ["celtic"],
    ("en", "IE"): ["celtic"],
    ("en", "US"): [],
    ("en", "CA"): [],
    ("en", "AU"): [],
    ("en", "NZ"): ["maori_pacific", "maori_pacific"],
}
# names of people who live there but come from elsewhere (Faker locales and own lists)
MIGRANT = {
    "DE": [
        "tr_TR",
        "pl_PL",
        "ro_RO",
        "hr_HR",
        "ukrainian",
        "arabic",
        "persian_afghan",
        "greek",
        "it_IT",
        "ru_de",
        "german_particles",
        "vi_VN",
        "es_ES",
    ],
    "AT": [
        "tr_TR",
        "hr_HR",
        "sl_SI",
        "hu_HU",
        "cs_CZ",
        "sk_SK",
        "ro_RO",
        "albanian",
        "persian_afghan",
        "german_particles",
        "ukrainian",
        "pl_PL",
    ],
    "CH": [
        "albanian",
        "eritrean",
        "tamil",
        "iberian",
        "it_IT",
        "pt_PT",
        "tr_TR",
        "german_particles",
        "hr_HR",
        "somali",
        "es_ES",
        "fr_FR",
        "de_DE",
        "sv_SE",
    ],
    "FR": [
        "maghrebi",
        "west_african",
        "fr_DZ",
        "pt_PT",
        "iberian",
        "vi_VN",
        "congolese",
        "tr_TR",
        "ro_RO",
        "caucasus",
        "chinese",
        "pl_PL",
    ],
    "BE": ["maghrebi", "congolese", "tr_TR", "pl_PL", "ro_RO", "it_IT", "west_african", "es_ES", "nl_NL", "greek"],
    "LU": ["pt_PT", "iberian", "it_IT", "fr_FR", "de_DE", "fr_BE", "maghrebi", "fi_FI", "da_DK", "pl_PL"],
    "IT": [
        "albanian",
        "ro_RO",
        "maghrebi",
        "chinese",
        "filipino",
        "ukrainian",
        "south_asian",
        "es_AR",
        "west_african",
        "pt_BR",
        "pl_PL",
        "hr_HR",
    ],
    "GB": [
        "south_asian",
        "pl_PL",
        "yo_NG",
        "ig_NG",
        "en_IN",
        "en_PK",
        "tw_GH",
        "ro_RO",
        "chinese",
        "celtic",
        "greek",
        "somali",
        "lv_LV",
    ],
    "IE": ["pl_PL", "pt_BR", "lv_LV", "en_IN", "ro_RO", "chinese", "yo_NG", "es_ES", "en_PH"],
    "US": [
        "es_MX",
        "es_CO",
        "chinese",
        "korean_japanese",
        "south_asian",
        "hebrew",
        "filipino",
        "vi_VN",
        "yo_NG",
        "it_IT",
        "pl_PL",
        "arabic",
        "en_KE",
    ],
    "CA": [
        "fr_CA",
        "chinese",
        "south_asian",
        "filipino",
        "ukrainian",
        "korean_japanese",
        "persian_afghan",
        "pt_PT",
        "it_IT",
        "somali",
        "es_CO",
    ],
    "AU": [
        "greek",
        "chinese",
        "south_asian",
        "vi_VN",
        "maori_pacific",
        "it_IT",
        "en_TH",
        "korean_japanese",
        "id_ID",
        "arabic",
        "fil_PH",
    ],
    "NZ": [
        "maori_pacific",
        "chinese",
        "south_asian",
        "en_GB",
        "korean_japanese",
        "filipino",
        "zu_ZA",
        "nl_NL",
        "sw",
        "en_TH",
    ],
}
# a further pool from anywhere, for a few names per document
WORLD = [
    "is_IS",
    "fi_FI",
    "et_EE",
    "lv_LV",
    "az_AZ",
    "uz_UZ",
    "id_ID",
    "zu_ZA",
    "sw",
    "ha_NG",
    "ig_NG",
    "yo_NG",
    "es_CL",
    "es_CA",
    "nl_NL",
    "no_NO",
    "da_DK",
    "sv_SE",
    "cs_CZ",
    "sk_SK",
    "sl_SI",
    "hu_HU",
    "en_KE",
    "caucasus",
    "hebrew",
    "korean_japanese",
    "celtic",
    "maori_pacific",
    "eritrean",
    "somali",
    "tamil",
    "west_african",
    "congolese",
    "low_countries",
    "iberian",
    "greek",
]
# Russian-German names in German transliteration
OWN["ru_de"] = (
    ["Swetlana", "Natalja", "Olga", "Jelena", "Tatjana"],
    ["Sergej", "Alexej", "Dmitrij", "Wladimir", "Juri"],
    ["Schmidt", "Wiebe", "Fast", "Janzen", "Dück", "Friesen", "Iwanow", "Petrow"],
    ["Schmidt", "Wiebe", "Fast", "Janzen", "Dück", "Friesen", "Iwanowa", "Petrowa"],
)

FAKER_LOCALES = sorted(
    {loc for v in LOCAL_FAKER.values() for loc, _ in v}
    | {x for v in MIGRANT.values() for x in v if "_" in x and x not in OWN}
    | {x for x in WORLD if x not in OWN}
    | {"de_DE", "fr_FR", "it_IT", "en_GB", "en_US"}
)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    FAKERS = {loc: Faker(loc) for loc in FAKER_LOCALES}


@dataclass
class Person:
    first: str
    last: str
    gender: str  # "f" or "m"
    src: str = ""

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def initials(self):
        return "".join(w[0] for w in (self.first.replace("-", " ").split() + [self.last_core()]) if w)

    def last_core(self):
        # the last name without a leading particle, for e-mail addresses and initials
        parts = self.last.split()
        low = {
            "von",
            "van",
            "de",
            "der",
            "den",
            "zur",
            "zu",
            "vom",
            "du",
            "la",
            "le",
            "ten",
            "'t",
            "da",
            "dos",
            "di",
            "del",
            "della",
            "dalla",
            "lo",
            "li",
            "ap",
            "ó",
            "ní",
            "nic",
            "mac",
            "te",
            "al",
            "el",
            "ben",
            "abu",
            "ait",
        }
        while len(parts) > 1 and parts[0].lower() in low:
            parts = parts[1:]
        return " ".join(parts)


# --------------------------------------------------------------------------------------------
# Places: streets, postcodes, towns
# --------------------------------------------------------------------------------------------

STREETS = {
    "DE": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Lindenstraße",
        "Schillerstraße",
        "Goethestraße",
        "Gartenweg",
        "Am Mühlbach",
        "Birkenweg",
        "Kirchgasse",
        "Ringstraße",
        "Friedrich-Ebert-Straße",
        "Berliner Allee",
        "Im Winkel",
        "Zum Sportplatz",
        "Eichendorffweg",
        "Mozartstraße",
        "Rosenstraße",
        "Feldstraße",
        "Kastanienallee",
        "Auf der Höhe",
        "Talstraße",
        "Brunnenstraße",
        "Heinrich-Heine-Str.",
        "Uhlandstr.",
        "Kantstraße",
        "Weidenweg",
        "An der Feuerwache",
        "Sophie-Scholl-Platz",
        "Neue Straße",
        "Lessingstr.",
    ],
    "AT": [
        "Hauptstraße",
        "Mariahilfer Straße",
        "Wiener Straße",
        "Linzer Gasse",
        "Kirchengasse",
        "Schulgasse",
        "Rennweg",
        "Grazer Straße",
        "Josefstädter Straße",
        "Am Anger",
        "Feldgasse",
        "Lerchenfelder Gürtel",
        "Dorfstraße",
        "Erzherzog-Johann-Straße",
        "Brunnengasse",
        "Herrengasse",
        "Salzachstraße",
        "Kaiser-Josef-Platz",
        "Amraser Straße",
        "Landstraßer Hauptstraße",
        "Leopoldauer Platz",
        "Ybbsstraße",
    ],
    "CH-de": [
        "Bahnhofstrasse",
        "Dorfstrasse",
        "Hauptstrasse",
        "Kirchweg",
        "Seestrasse",
        "Rebbergstrasse",
        "Schulhausstrasse",
        "Alte Landstrasse",
        "Sonnenbergstrasse",
        "Lindenhofweg",
        "Gartenstrasse",
        "Bernstrasse",
        "Zürcherstrasse",
        "Obere Gasse",
        "Im Grund",
        "Rosenweg",
        "General-Guisan-Strasse",
        "Pestalozzistrasse",
        "Bärenplatz",
        "Badenerstrasse",
        "Luzernerstrasse",
        "Mühlebachstrasse",
        "Hohlstrasse",
        "Unterdorf",
        "Chlosterweg",
    ],
    "CH-fr": [
        "Rue du Midi",
        "Avenue de la Gare",
        "Chemin des Vignes",
        "Route de Lausanne",
        "Rue du Lac",
        "Chemin de la Forêt",
        "Rue Centrale",
        "Avenue de Rumine",
        "Rue de Carouge",
        "Chemin du Pré-Fleuri",
        "Rue des Alpes",
        "Avenue Léopold-Robert",
        "Rue de la Servette",
        "Route de Berne",
        "Rue du Simplon",
        "Chemin de Bonne-Espérance",
        "Rue Pierre-Fatio",
    ],
    "CH-it": [
        "Via Nassa",
        "Via San Gottardo",
        "Via Cantonale",
        "Via alla Chiesa",
        "Via Lugano",
        "Via Motta",
        "Via Pretorio",
        "Via Stefano Franscini",
        "Via Ciseri",
        "Via Lavizzari",
        "Via ai Monti",
        "Via Vincenzo Vela",
        "Via Borghese",
        "Via Ghiringhelli",
        "Piazza Indipendenza",
        "Via delle Scuole",
    ],
    "FR": [
        "rue de la République",
        "avenue Jean Jaurès",
        "boulevard Victor Hugo",
        "rue des Lilas",
        "allée des Tilleuls",
        "impasse du Moulin",
        "place de l'Église",
        "chemin des Vignes",
        "rue Pasteur",
        "rue du Général Leclerc",
        "avenue de la Gare",
        "rue Nationale",
        "quai des Chartrons",
        "rue Sainte-Catherine",
        "cours Mirabeau",
        "route de Lyon",
        "rue des Écoles",
        "rue Paul Bert",
        "boulevard de la Liberté",
        "rue du Faubourg Saint-Antoine",
        "rue Jules Ferry",
        "avenue Foch",
        "rue de la Paix",
        "chemin de la Croix-Rouge",
    ],
    "BE": [
        "Rue de la Station",
        "Chaussée de Louvain",
        "Avenue Louise",
        "Rue du Village",
        "Rue des Écoles",
        "Place communale",
        "Rue Haute",
        "Boulevard d'Avroy",
        "Rue Royale",
        "Chaussée de Waterloo",
        "Rue Saint-Gilles",
        "Avenue des Nerviens",
        "Rue de Namur",
        "Rue Grande",
        "Chemin du Moulin",
        "Rue Émile Vandervelde",
        "Avenue Brugmann",
        "Rue Neuve",
    ],
    "LU": [
        "rue de la Gare",
        "route d'Arlon",
        "avenue de la Liberté",
        "rue Principale",
        "rue de Luxembourg",
        "boulevard Royal",
        "rue du Fossé",
        "rue de l'Alzette",
        "rue Michel Rodange",
        "rue des Prés",
        "route de Thionville",
        "rue de Hollerich",
        "rue Dicks",
        "Grand-Rue",
    ],
    "IT": [
        "Via Roma",
        "Via Giuseppe Garibaldi",
        "Corso Vittorio Emanuele II",
        "Piazza della Repubblica",
        "Via Dante Alighieri",
        "Viale dei Mille",
        "Via Mazzini",
        "Via XX Settembre",
        "Via delle Rose",
        "Vicolo Stretto",
        "Via San Francesco",
        "Largo Augusto",
        "Via Nazionale",
        "Via Cavour",
        "Viale Europa",
        "Via della Repubblica",
        "Via Trieste",
        "Corso Italia",
        "Via Manzoni",
        "Via dei Tigli",
        "Via Aurelio Saffi",
        "Via Don Minzoni",
        "Via Vittorio Veneto",
    ],
    "GB": [
        "High Street",
        "Station Road",
        "Church Lane",
        "Victoria Road",
        "Mill Lane",
        "Park Avenue",
        "Kingsway",
        "Queen's Road",
        "Manor Close",
        "Elm Grove",
        "Chapel Street",
        "Orchard Way",
        "Windsor Gardens",
        "St John's Road",
        "Albert Terrace",
        "Hawthorn Crescent",
        "Cromwell Road",
        "Grange Road",
        "Wellington Street",
        "Beech Drive",
    ],
    "IE": [
        "Main Street",
        "Church Road",
        "Strand Road",
        "The Crescent",
        "Dublin Road",
        "College Green",
        "Ballymun Road",
        "O'Connell Street",
        "Ard na Gréine",
        "Fairview Park",
        "Shop Street",
        "Castle Street",
        "Sandymount Avenue",
        "Patrick Street",
        "Cois Abhainn",
        "Seafield Road",
    ],
    "US": [
        "Main St",
        "Oak Avenue",
        "Maple Drive",
        "Elm Street",
        "Washington Blvd",
        "Martin Luther King Jr Blvd",
        "5th Avenue",
        "Lincoln Way",
        "Cedar Lane",
        "Sunset Blvd",
        "Pine Ridge Rd",
        "Lakeview Dr",
        "N 3rd St",
        "W Broadway",
        "Magnolia Court",
        "Jefferson Ave",
        "Highland Ave",
        "Prospect Street",
        "Cherry Hill Rd",
        "E 14th St",
    ],
    "CA": [
        "Yonge Street",
        "Bloor St W",
        "King Street E",
        "Dundas Street",
        "Main Street",
        "Queen St",
        "Robson Street",
        "Jasper Ave",
        "Portage Ave",
        "Spring Garden Road",
        "Rue Saint-Denis",
        "Elgin Street",
        "Whyte Ave",
        "Maple Crescent",
        "Lakeshore Blvd W",
        "Water Street",
    ],
    "AU": [
        "George Street",
        "Smith Street",
        "Chapel Street",
        "Beach Road",
        "Sydney Road",
        "Queen Street",
        "Bridge Road",
        "Glenferrie Road",
        "Oxford Street",
        "Hay Street",
        "Brunswick Street",
        "King William St",
        "Wattle Avenue",
        "Banksia Crescent",
        "Macquarie Street",
    ],
    "NZ": [
        "Queen Street",
        "Ponsonby Road",
        "Cuba Street",
        "Lambton Quay",
        "Colombo Street",
        "George Street",
        "Karangahape Road",
        "Dominion Road",
        "Tinakori Road",
        "Riccarton Road",
        "Kowhai Street",
        "Pōhutukawa Drive",
        "Totara Avenue",
        "Victoria Street",
    ],
}

TOWNS = {
    "DE": [
        ("10115", "Berlin"),
        ("10827", "Berlin"),
        ("12047", "Berlin"),
        ("20095", "Hamburg"),
        ("22767", "Hamburg"),
        ("80331", "München"),
        ("81667", "München"),
        ("50667", "Köln"),
        ("60311", "Frankfurt am Main"),
        ("70173", "Stuttgart"),
        ("40210", "Düsseldorf"),
        ("04109", "Leipzig"),
        ("01067", "Dresden"),
        ("90402", "Nürnberg"),
        ("28195", "Bremen"),
        ("30159", "Hannover"),
        ("44135", "Dortmund"),
        ("45127", "Essen"),
        ("69117", "Heidelberg"),
        ("79098", "Freiburg im Breisgau"),
        ("93047", "Regensburg"),
        ("24103", "Kiel"),
        ("18055", "Rostock"),
        ("99084", "Erfurt"),
        ("66111", "Saarbrücken"),
        ("55116", "Mainz"),
        ("86150", "Augsburg"),
        ("48143", "Münster"),
        ("53111", "Bonn"),
        ("83022", "Rosenheim"),
        ("37073", "Göttingen"),
        ("72070", "Tübingen"),
        ("87435", "Kempten (Allgäu)"),
        ("96047", "Bamberg"),
        ("26122", "Oldenburg"),
        ("06108", "Halle (Saale)"),
    ],
    "AT": [
        ("1010", "Wien"),
        ("1070", "Wien"),
        ("1100", "Wien"),
        ("1160", "Wien"),
        ("1210", "Wien"),
        ("8010", "Graz"),
        ("4020", "Linz"),
        ("5020", "Salzburg"),
        ("6020", "Innsbruck"),
        ("9020", "Klagenfurt am Wörthersee"),
        ("3100", "St. Pölten"),
        ("6900", "Bregenz"),
        ("7000", "Eisenstadt"),
        ("4600", "Wels"),
        ("2500", "Baden"),
        ("8700", "Leoben"),
        ("6850", "Dornbirn"),
        ("3500", "Krems an der Donau"),
        ("9500", "Villach"),
        ("5700", "Zell am See"),
        ("4400", "Steyr"),
    ],
    "CH-de": [
        ("8001", "Zürich"),
        ("8004", "Zürich"),
        ("8050", "Zürich"),
        ("8400", "Winterthur"),
        ("3011", "Bern"),
        ("3027", "Bern"),
        ("4051", "Basel"),
        ("4058", "Basel"),
        ("6003", "Luzern"),
        ("9000", "St. Gallen"),
        ("5000", "Aarau"),
        ("6300", "Zug"),
        ("8200", "Schaffhausen"),
        ("7000", "Chur"),
        ("2502", "Biel/Bienne"),
        ("4500", "Solothurn"),
        ("8810", "Horgen"),
        ("8610", "Uster"),
        ("3600", "Thun"),
        ("6430", "Schwyz"),
        ("8500", "Frauenfeld"),
        ("5400", "Baden"),
        ("3900", "Brig"),
        ("9100", "Herisau"),
        ("8840", "Einsiedeln"),
        ("4600", "Olten"),
    ],
    "CH-fr": [
        ("1201", "Genève"),
        ("1205", "Genève"),
        ("1003", "Lausanne"),
        ("1004", "Lausanne"),
        ("2000", "Neuchâtel"),
        ("1700", "Fribourg"),
        ("1950", "Sion"),
        ("1800", "Vevey"),
        ("1820", "Montreux"),
        ("2300", "La Chaux-de-Fonds"),
        ("1400", "Yverdon-les-Bains"),
        ("1260", "Nyon"),
        ("2800", "Delémont"),
        ("1227", "Carouge GE"),
        ("1110", "Morges"),
        ("1630", "Bulle"),
        ("1920", "Martigny"),
    ],
    "CH-it": [
        ("6900", "Lugano"),
        ("6500", "Bellinzona"),
        ("6600", "Locarno"),
        ("6850", "Mendrisio"),
        ("6830", "Chiasso"),
        ("6648", "Minusio"),
        ("6512", "Giubiasco"),
        ("6616", "Losone"),
        ("6710", "Biasca"),
        ("6962", "Viganello"),
        ("7742", "Poschiavo"),
        ("6537", "Grono"),
        ("6934", "Bioggio"),
        ("6982", "Agno"),
        ("6760", "Faido"),
    ],
    "FR": [
        ("75011", "Paris"),
        ("75015", "Paris"),
        ("75018", "Paris"),
        ("13001", "Marseille"),
        ("69003", "Lyon"),
        ("69007", "Lyon"),
        ("31000", "Toulouse"),
        ("06000", "Nice"),
        ("44000", "Nantes"),
        ("67000", "Strasbourg"),
        ("34000", "Montpellier"),
        ("33000", "Bordeaux"),
        ("59000", "Lille"),
        ("35000", "Rennes"),
        ("51100", "Reims"),
        ("38000", "Grenoble"),
        ("21000", "Dijon"),
        ("49000", "Angers"),
        ("37000", "Tours"),
        ("29200", "Brest"),
        ("64200", "Biarritz"),
        ("20000", "Ajaccio"),
        ("63000", "Clermont-Ferrand"),
        ("57000", "Metz"),
        ("74000", "Annecy"),
        ("84000", "Avignon"),
        ("17000", "La Rochelle"),
        ("92100", "Boulogne-Billancourt"),
        ("93200", "Saint-Denis"),
        ("94300", "Vincennes"),
        ("76000", "Rouen"),
        ("87000", "Limoges"),
    ],
    "BE": [
        ("1000", "Bruxelles"),
        ("1050", "Ixelles"),
        ("1060", "Saint-Gilles"),
        ("1080", "Molenbeek-Saint-Jean"),
        ("1180", "Uccle"),
        ("1200", "Woluwe-Saint-Lambert"),
        ("4000", "Liège"),
        ("5000", "Namur"),
        ("6000", "Charleroi"),
        ("7000", "Mons"),
        ("1300", "Wavre"),
        ("1348", "Louvain-la-Neuve"),
        ("6700", "Arlon"),
        ("4800", "Verviers"),
        ("7500", "Tournai"),
        ("1400", "Nivelles"),
        ("5500", "Dinant"),
        ("1030", "Schaerbeek"),
    ],
    "LU": [
        ("1611", "Luxembourg"),
        ("1724", "Luxembourg"),
        ("2449", "Luxembourg"),
        ("4002", "Esch-sur-Alzette"),
        ("3401", "Dudelange"),
        ("9051", "Ettelbruck"),
        ("6460", "Echternach"),
        ("8009", "Strassen"),
        ("5201", "Sandweiler"),
        ("7201", "Walferdange"),
        ("4501", "Differdange"),
        ("9201", "Diekirch"),
        ("8201", "Mamer"),
        ("4701", "Pétange"),
        ("3501", "Dudelange"),
    ],
    "IT": [
        ("00185", "Roma", "RM"),
        ("00153", "Roma", "RM"),
        ("20121", "Milano", "MI"),
        ("20135", "Milano", "MI"),
        ("10121", "Torino", "TO"),
        ("80134", "Napoli", "NA"),
        ("40126", "Bologna", "BO"),
        ("50122", "Firenze", "FI"),
        ("16121", "Genova", "GE"),
        ("90133", "Palermo", "PA"),
        ("95124", "Catania", "CT"),
        ("70122", "Bari", "BA"),
        ("30121", "Venezia", "VE"),
        ("37121", "Verona", "VR"),
        ("35122", "Padova", "PD"),
        ("39100", "Bolzano", "BZ"),
        ("38122", "Trento", "TN"),
        ("09124", "Cagliari", "CA"),
        ("07100", "Sassari", "SS"),
        ("24121", "Bergamo", "BG"),
        ("25121", "Brescia", "BS"),
        ("43121", "Parma", "PR"),
        ("06121", "Perugia", "PG"),
        ("60121", "Ancona", "AN"),
        ("65122", "Pescara", "PE"),
        ("87100", "Cosenza", "CS"),
        ("33100", "Udine", "UD"),
        ("34121", "Trieste", "TS"),
        ("22100", "Como", "CO"),
        ("73100", "Lecce", "LE"),
        ("11100", "Aosta", "AO"),
        ("47921", "Rimini", "RN"),
        ("84121", "Salerno", "SA"),
    ],
    "GB": [
        ("London", "N1 9GU"),
        ("London", "SE15 4QL"),
        ("London", "E8 3PB"),
        ("Manchester", "M14 5TQ"),
        ("Birmingham", "B15 2TT"),
        ("Leeds", "LS6 2AB"),
        ("Bristol", "BS7 8PQ"),
        ("Glasgow", "G12 8QQ"),
        ("Edinburgh", "EH9 1NT"),
        ("Cardiff", "CF24 4HQ"),
        ("Belfast", "BT9 6AZ"),
        ("Sheffield", "S10 2TN"),
        ("Liverpool", "L17 8XY"),
        ("Nottingham", "NG7 1FX"),
        ("Norwich", "NR2 4PD"),
        ("Brighton", "BN2 1TL"),
        ("York", "YO10 5DD"),
        ("Oxford", "OX4 1DL"),
        ("Cambridge", "CB1 2JB"),
        ("Newcastle upon Tyne", "NE6 5AR"),
        ("Aberdeen", "AB24 3UB"),
        ("Swansea", "SA1 8EN"),
        ("Exeter", "EX4 6PX"),
        ("Reading", "RG1 5AQ"),
        ("Leicester", "LE2 1AD"),
        ("Harrogate", "HG1 2RE"),
        ("Inverness", "IV2 3JH"),
    ],
    "IE": [
        ("Dublin 8", "D08 T6X2"),
        ("Dublin 6W", "D6W Y2E9"),
        ("Dublin 3", "D03 K5R8"),
        ("Cork", "T12 X7C4"),
        ("Galway", "H91 E2K3"),
        ("Limerick", "V94 T9PX"),
        ("Waterford", "X91 KD52"),
        ("Ballina, Co. Mayo", "F26 A8C3"),
        ("Tralee, Co. Kerry", "V92 HX03"),
        ("Sligo", "F91 Y6PW"),
        ("Kilkenny", "R95 F7NP"),
        ("Drogheda, Co. Louth", "A92 V2C1"),
        ("Athlone, Co. Westmeath", "N37 P6H9"),
        ("Bray, Co. Wicklow", "A98 E3K7"),
        ("Letterkenny, Co. Donegal", "F92 R2TX"),
        ("Ennis, Co. Clare", "V95 D4W0"),
    ],
    "US": [
        ("Springfield", "IL", "62704"),
        ("Austin", "TX", "78704"),
        ("Portland", "OR", "97214"),
        ("Brooklyn", "NY", "11215"),
        ("Chicago", "IL", "60614"),
        ("Seattle", "WA", "98103"),
        ("Denver", "CO", "80205"),
        ("Boston", "MA", "02130"),
        ("Atlanta", "GA", "30306"),
        ("Columbus", "OH", "43215"),
        ("Minneapolis", "MN", "55408"),
        ("San Diego", "CA", "92104"),
        ("Oakland", "CA", "94610"),
        ("Ann Arbor", "MI", "48104"),
        ("Raleigh", "NC", "27603"),
        ("Tucson", "AZ", "85719"),
        ("Madison", "WI", "53703"),
        ("Burlington", "VT", "05401"),
        ("Albuquerque", "NM", "87106"),
        ("Nashville", "TN", "37206"),
        ("Pittsburgh", "PA", "15213"),
        ("Salt Lake City", "UT", "84105"),
        ("Omaha", "NE", "68131"),
        ("Baltimore", "MD", "21218"),
    ],
    "CA": [
        ("Toronto", "ON", "M6J 1H4"),
        ("Ottawa", "ON", "K1N 5T5"),
        ("Vancouver", "BC", "V5T 2L9"),
        ("Victoria", "BC", "V8V 3K2"),
        ("Calgary", "AB", "T2S 0K1"),
        ("Edmonton", "AB", "T6E 2A1"),
        ("Winnipeg", "MB", "R3L 0K4"),
        ("Halifax", "NS", "B3H 1Z3"),
        ("Montréal", "QC", "H2W 1Y5"),
        ("Québec", "QC", "G1R 2B5"),
        ("Saskatoon", "SK", "S7N 0W5"),
        ("Hamilton", "ON", "L8P 4R5"),
        ("St. John's", "NL", "A1C 2H5"),
        ("Kingston", "ON", "K7L 3N6"),
        ("Moncton", "NB", "E1C 4M3"),
    ],
    "AU": [
        ("Fitzroy", "VIC", "3065"),
        ("Brunswick", "VIC", "3056"),
        ("Newtown", "NSW", "2042"),
        ("Bondi", "NSW", "2026"),
        ("Paddington", "QLD", "4064"),
        ("Fremantle", "WA", "6160"),
        ("Glenelg", "SA", "5045"),
        ("Hobart", "TAS", "7000"),
        ("Braddon", "ACT", "2612"),
        ("Parramatta", "NSW", "2150"),
        ("Toowong", "QLD", "4066"),
        ("Geelong", "VIC", "3220"),
        ("Darwin City", "NT", "0800"),
        ("Subiaco", "WA", "6008"),
        ("Wollongong", "NSW", "2500"),
        ("Norwood", "SA", "5067"),
    ],
    "NZ": [
        ("Ponsonby", "Auckland", "1011"),
        ("Mount Eden", "Auckland", "1024"),
        ("Te Aro", "Wellington", "6011"),
        ("Karori", "Wellington", "6012"),
        ("Riccarton", "Christchurch", "8011"),
        ("Sydenham", "Christchurch", "8023"),
        ("North Dunedin", "Dunedin", "9016"),
        ("Hamilton East", "Hamilton", "3216"),
        ("Mount Maunganui", "Tauranga", "3116"),
        ("Nelson South", "Nelson", "7010"),
        ("Havelock North", "Havelock North", "4130"),
        ("Hokowhitu", "Palmerston North", "4410"),
        ("Onekawa", "Napier", "4110"),
    ],
}
US_AREA = {
    "Springfield": "217",
    "Austin": "512",
    "Portland": "503",
    "Brooklyn": "718",
    "Chicago": "773",
    "Seattle": "206",
    "Denver": "303",
    "Boston": "617",
    "Atlanta": "404",
    "Columbus": "614",
    "Minneapolis": "612",
    "San Diego": "619",
    "Oakland": "510",
    "Ann Arbor": "734",
    "Raleigh": "919",
    "Tucson": "520",
    "Madison": "608",
    "Burlington": "802",
    "Albuquerque": "505",
    "Nashville": "615",
    "Pittsburgh": "412",
    "Salt Lake City": "801",
    "Omaha": "402",
    "Baltimore": "410",
    "Toronto": "416",
    "Ottawa": "613",
    "Vancouver": "604",
    "Victoria": "250",
    "Calgary": "403",
    "Edmonton": "780",
    "Winnipeg": "204",
    "Halifax": "902",
    "Montréal": "514",
    "Québec": "418",
    "Saskatoon": "306",
    "Hamilton": "905",
    "St. John's": "709",
    "Kingston": "613",
    "Moncton": "506",
}


def place_key(lang, region):
    return f"CH-{lang if lang in ('de', 'fr', 'it') else 'de'}" if region == "CH" else region


@dataclass
class Addr:
    key: str
    street: str
    no: str
    unit: str
    pc: str
    town: str
    state: str
    suburb: str = ""
    pobox: str = ""

    def l1(self, style=0):
        k, s, n, u = self.key, self.street, self.no, self.unit
        if self.pobox:
            return self.pobox
        if k in ("DE", "CH-de"):
            return f"{s} {n}" + (f" ({u})" if u else "")
        if k == "AT":
            return f"{s} {n}" + (f"/{u}" if u else "")
        if k == "CH-fr":
            return f"{s} {n}" if style % 2 == 0 else f"{n}, {s[0].lower() + s[1:]}"
        if k == "CH-it":
            return f"{s} {n}"
        if k == "FR":
            base = f"{n} {s}" if style % 3 else f"{n}, {s}"
            return (f"{u}, " if u else "") + base
        if k == "BE":
            return f"{s} {n}" + (f" bte {u}" if u else "")
        if k == "LU":
            return f"{n}, {s}"
        if k == "IT":
            base = (f"{s} {n}", f"{s}, {n}", f"{s} n. {n}")[style % 3]
            return base + (f", int. {u}" if u else "")
        if k in ("GB", "IE"):
            return (f"Flat {u}, " if u else "") + f"{n} {s}"
        if k == "US":
            return f"{n} {s}" + (f" {u}" if u else "")
        if k == "CA":
            return (f"{u}-" if u else "") + f"{n} {s}"
        if k == "AU":
            return (f"Unit {u}/" if u and style % 2 else (f"{u}/" if u else "")) + f"{n} {s}"
        if k == "NZ":
            return (f"{u}/" if u else "") + f"{n} {s}"
        raise KeyError(k)

    def l2(self, style=0):
        k = self.key
        if k in ("DE", "AT", "CH-de", "CH-fr", "CH-it", "BE"):
            prefix = {"DE": "D-", "AT": "A-", "BE": "B-"}.get(k, "CH-")
            return (prefix if style % 5 == 4 else "") + f"{self.pc} {self.town}"
        if k == "FR":
            return f"{self.pc} {upper(self.town) if style % 2 else self.town}"
        if k == "LU":
            return f"L-{self.pc} {self.town}"
        if k == "IT":
            return (
                f"{self.pc} {self.town} ({self.state})",
                f"{self.pc} {self.town} {self.state}",
                f"{self.pc} {upper(self.town)} ({self.state})",
            )[style % 3]
        if k == "GB":
            return (f"{self.town} {self.pc}", f"{upper(self.town)} {self.pc}", f"{self.town}, {self.pc}")[style % 3]
        if k == "IE":
            return f"{self.town}, {self.pc}" if style % 2 == 0 else f"{self.town} {self.pc}"
        if k == "US":
            return f"{self.town}, {self.state} {self.pc}" if style % 3 else f"{self.town} {self.state} {self.pc}"
        if k == "CA":
            if self.state == "QC" and style % 2:
                return f"{self.town} ({self.state}) {self.pc}"
            return (
                f"{self.town}, {self.state} {self.pc}" if style % 3 else f"{upper(self.town)} {self.state}  {self.pc}"
            )
        if k == "AU":
            return (
                f"{self.town} {self.state} {self.pc}"
                if style % 2 == 0
                else f"{upper(self.town)} {self.state} {self.pc}"
            )
        if k == "NZ":
            return f"{self.suburb}, {self.town} {self.pc}" if self.suburb != self.town else f"{self.town} {self.pc}"
        raise KeyError(k)

    def line(self, style=0):
        sep = ", "
        if self.key == "IT" and style % 3 == 1:
            sep = " - "
        elif self.key == "LU" and style % 2:
            sep = " "
        elif self.key in ("DE", "AT", "CH-de") and style % 6 == 5:
            sep = " · "
        return f"{self.l1(style)}{sep}{self.l2(style)}"

    @property
    def pc_town(self):
        return self.l2(0)


STEMS = [
    "Nordlicht",
    "Alpina",
    "Helvetia",
    "Lumen",
    "Vertex",
    "Orbis",
    "Brightwave",
    "Silva",
    "Terra",
    "Aurora",
    "Kappa",
    "Meridian",
    "Zenit",
    "Atlas",
    "Quadra",
    "Solaris",
    "Nova",
    "Pioneer",
    "Delta",
    "Castello",
    "Fluxo",
    "Bluebird",
    "Greenfield",
    "Riverstone",
    "Edelweiss",
    "Serrano",
    "Primus",
]
LEGAL_SUFFIX = {
    "DE": ["GmbH", "AG", "GmbH & Co. KG", "e.K.", "UG (haftungsbeschränkt)"],
    "AT": ["GmbH", "AG", "OG", "KG", "e.U."],
    "CH": ["AG", "GmbH", "SA", "Sàrl", "SA"],
    "FR": ["SAS", "SARL", "SA", "EURL"],
    "BE": ["SRL", "SA", "BV", "SC"],
    "LU": ["S.à r.l.", "SA", "SCS"],
    "IT": ["S.r.l.", "S.p.A.", "S.n.c.", "S.a.s.", "S.r.l.s."],
    "GB": ["Ltd", "Limited", "LLP", "plc"],
    "IE": ["Ltd", "DAC", "Teoranta"],
    "US": ["Inc.", "LLC", "Corp.", "Co."],
    "CA": ["Inc.", "Ltd.", "Corp."],
    "AU": ["Pty Ltd", "Pty. Ltd."],
    "NZ": ["Limited", "Ltd"],
}


# --------------------------------------------------------------------------------------------
# Context per document: random choices and country conventions
# --------------------------------------------------------------------------------------------

MONTHS = {
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
WEEKDAYS = {
    "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}
MAIL_DOMAINS = {
    "DE": [
        "gmx.de",
        "web.de",
        "t-online.de",
        "gmail.com",
        "posteo.de",
        "freenet.de",
        "outlook.de",
        "icloud.com",
        "mailbox.org",
        "yahoo.de",
    ],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.com", "icloud.com", "drei.at"],
    "CH": [
        "bluewin.ch",
        "gmx.ch",
        "sunrise.ch",
        "hispeed.ch",
        "protonmail.ch",
        "gmail.com",
        "outlook.com",
        "icloud.com",
        "hotmail.ch",
    ],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "hotmail.fr", "gmail.com", "yahoo.fr"],
    "BE": ["skynet.be", "telenet.be", "proximus.be", "gmail.com", "hotmail.com", "outlook.be"],
    "LU": ["pt.lu", "internet.lu", "gmail.com", "outlook.com", "icloud.com"],
    "IT": [
        "libero.it",
        "virgilio.it",
        "tiscali.it",
        "alice.it",
        "tim.it",
        "hotmail.it",
        "fastwebnet.it",
        "gmail.com",
        "yahoo.it",
        "pec.it",
    ],
    "GB": [
        "btinternet.com",
        "hotmail.co.uk",
        "yahoo.co.uk",
        "sky.com",
        "gmail.com",
        "outlook.com",
        "virginmedia.com",
        "talktalk.net",
    ],
    "IE": ["eircom.net", "gmail.com", "hotmail.com", "outlook.ie", "yahoo.ie", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com", "verizon.net", "proton.me"],
    "CA": ["rogers.com", "shaw.ca", "sympatico.ca", "gmail.com", "hotmail.ca", "videotron.ca", "telus.net"],
    "AU": ["bigpond.com", "optusnet.com.au", "gmail.com", "outlook.com.au", "icloud.com", "iinet.net.au"],
    "NZ": ["xtra.co.nz", "gmail.com", "outlook.co.nz", "slingshot.co.nz", "icloud.com", "orcon.net.nz"],
}
CURRENCY = {
    "DE": "EUR",
    "AT": "EUR",
    "CH": "CHF",
    "FR": "EUR",
    "BE": "EUR",
    "LU": "EUR",
    "IT": "EUR",
    "GB": "GBP",
    "IE": "EUR",
    "US": "USD",
    "CA": "CAD",
    "AU": "AUD",
    "NZ": "NZD",
}


def luhn_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def italian_cin(abi, cab, acct):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = abi + cab + acct
    total = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        total += odd[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


class Ctx:
    def __init__(self, lang, region, tpl, i):
        self.lang, self.region, self.tpl, self.i = lang, region, tpl, i
        self.rng = random.Random(f"holdout7|{lang}|{tpl}|{i}")
        for loc, fk in FAKERS.items():
            fk.seed_instance(f"holdout7|{lang}|{tpl}|{i}|{loc}")
        self.pk = place_key(lang, region)
        self.used_names: set[str] = set()
        self.used_lasts: set[str] = set()
        self.used_streets: set[str] = set()
        self.it_dots = self.rng.random() < 0.2  # some Italian writers use 12.03.2026

    # --- random helpers
    def r(self):
        return self.rng.random()

    def ch(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def digits(self, n):
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def letters(self, n, alphabet=string.ascii_uppercase):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def pick(self, d: dict):
        """d maps language -> value (or region -> value); returns the entry for this document."""
        if self.region in d and self.lang == "en":
            return d[self.region]
        if f"{self.lang}-{self.region}" in d:
            return d[f"{self.lang}-{self.region}"]
        return d[self.lang]

    # --- names
    def _name_from(self, source, gender):
        if source in OWN:
            entry = OWN[source]
            firsts = entry[0] if gender == "f" else entry[1]
            lasts = entry[3] if gender == "f" and len(entry) > 3 else entry[2]
            return self.ch(firsts), self.ch(lasts)
        if source.startswith("word:"):
            fw, mw, lw = WORD_NAMES[source[5:]]
            if self.chance(0.3):
                return self.ch(fw if gender == "f" else mw), self.ch(lw)
            return self._name_from(self.local_source(), gender)[0], self.ch(lw)
        fk = FAKERS[source]
        if gender == "f":
            first, last = fk.first_name_female(), fk.last_name_female()
        else:
            first, last = fk.first_name_male(), fk.last_name_male()
        return first, last

    def local_source(self):
        opts = LOCAL_FAKER[(self.lang, self.region)]
        total = sum(w for _, w in opts)
        x = self.rng.uniform(0, total)
        for loc, w in opts:
            x -= w
            if x <= 0:
                return loc
        return opts[-1][0]

    def person(self, gender=None, source=None, last=None) -> Person:
        for _ in range(50):
            g = gender or ("f" if self.chance(0.5) else "m")
            if source:
                src = source
            else:
                x = self.r()
                own_local = LOCAL_OWN[(self.lang, self.region)]
                if x < 0.50:
                    src = self.local_source()
                elif x < 0.58 and own_local:
                    src = self.ch(own_local)
                elif x < 0.68:
                    src = "word:" + self.lang
                elif x < 0.92:
                    src = self.ch(MIGRANT[self.region])
                else:
                    src = self.ch(WORLD)
            first, ln = self._name_from(src, g)
            if last:
                ln = last
            first, ln = first.strip(), ln.strip()
            if not first or not ln or not is_latin(first + ln):
                continue
            key = f"{first} {ln}"
            if key in self.used_names or (not last and ln in self.used_lasts):
                continue
            self.used_names.add(key)
            self.used_lasts.add(ln)
            return Person(first, ln, g, src)
        raise RuntimeError("no name")

    def relative(self, p: Person, same_last=0.8, gender=None) -> Person:
        """A relative of p: a first name from the same name pool, usually the same surname."""
        src = p.src if p.src and not p.src.startswith("word:") else None
        return self.person(gender=gender, source=src, last=p.last if self.chance(same_last) else None)

    def family(self, n, last=None):
        """n people sharing a surname (first one fixes it)."""
        first = self.person(last=last)
        out = [first]
        for _ in range(n - 1):
            out.append(self.person(last=first.last))
        return out

    # name renderings
    def name(self, p: Person, style=None):
        style = style or self.ch(["fl", "fl", "fl", "fl", "lf", "LF", "fl", "ifl"])
        f, la = p.first, p.last
        if any(ord(ch) > 127 for ch in f + la) and style not in ("ascii",) and self.chance(0.08):
            # typed on a keyboard or by a system without the diacritics
            conv = ascii_de if self.lang == "de" and self.chance(0.6) else strip_accents
            f, la = conv(f), conv(la)
        if style == "fl":
            return f"{f} {la}"
        if style == "lf":
            return f"{la}, {f}"
        if style == "LF":
            return f"{upper(la)} {f}"
        if style == "LcF":
            return f"{upper(la)}, {f}"
        if style == "l f":
            return f"{la} {f}"
        if style == "UP":
            return upper(f"{f} {la}")
        if style == "UPl":
            return upper(f"{la} {f}")
        if style == "ifl":
            return f"{f[0]}. {la}"
        if style == "lfi":
            return f"{la} {f[0]}."
        if style == "fli":
            return f"{f} {p.last_core()[0]}."
        if style == "low":
            return f"{f} {la}".lower()
        if style == "f":
            return f
        if style == "l":
            return la
        if style == "ascii":
            return strip_accents(f"{f} {la}") if self.lang != "de" else ascii_de(f"{f} {la}")
        raise KeyError(style)

    def salutation(self, p: Person, short=True):
        g = p.gender
        return {
            "de": ("Frau" if g == "f" else "Herr"),
            "fr": ("Mme" if g == "f" else "M.") if short else ("Madame" if g == "f" else "Monsieur"),
            "it": ("Sig.ra" if g == "f" else "Sig.") if short else ("Signora" if g == "f" else "Signor"),
            "en": self.ch(["Ms", "Mrs"]) if g == "f" else "Mr",
        }[self.lang]

    def email(self, p: Person, domain=None, work=False):
        f = strip_accents(p.first).lower().replace(" ", "").replace("'", "")
        la = strip_accents(p.last_core() if self.chance(0.6) else p.last).lower()
        la = la.replace(" ", "" if self.chance(0.6) else "-").replace("'", "")
        if self.lang == "de" and self.chance(0.5):
            f, la = ascii_de(p.first).lower().replace(" ", ""), ascii_de(p.last_core()).lower().replace(" ", "")
            f, la = f.replace("'", ""), la.replace("'", "")
        if work:
            local = self.ch([f"{f}.{la}", f"{f}.{la}", f"{f[0]}.{la}", f"{f[0]}{la}", f"{la}", f"{f}"])
        else:
            yy = str(self.ri(60, 99) if self.chance(0.5) else self.ri(1, 30))
            local = self.ch(
                [
                    f"{f}.{la}",
                    f"{f}.{la}",
                    f"{f}{la}",
                    f"{f}_{la}",
                    f"{f[0]}.{la}",
                    f"{la}.{f}",
                    f"{f}.{la}{yy}",
                    f"{f}{yy}",
                    f"{la}{f[0]}",
                    f"{f[0]}{la}{yy}",
                ]
            )
        local = local.replace("--", "-").strip(".-_")
        return f"{local}@{domain or self.ch(MAIL_DOMAINS[self.region])}"

    # --- companies
    def company(self, kind=None):
        if self.chance(0.35):
            loc = {
                "de": "de_DE",
                "fr": "fr_FR",
                "it": "it_IT",
                "en": "en_GB" if self.region in ("GB", "IE") else "en_US",
            }[self.lang]
            if self.region == "AT":
                loc = "de_AT"
            if self.region == "CH":
                loc = {"de": "de_CH", "fr": "fr_CH", "it": "it_IT"}[self.lang]
            return FAKERS.get(loc, FAKERS["de_DE"]).company() if loc in FAKERS else FAKERS["en_US"].company()
        stems = STEMS
        suffix = LEGAL_SUFFIX[self.region]
        tail = {
            "de": ["Systems", "Logistik", "Consulting", "Bau", "Medien", "Technik", "Immobilien", "Software"],
            "fr": ["Conseil", "Services", "Bâtiment", "Logistique", "Informatique", "Immobilier"],
            "it": ["Servizi", "Costruzioni", "Logistica", "Consulting", "Informatica", "Impianti"],
            "en": ["Solutions", "Logistics", "Consulting", "Builders", "Media", "Systems", "Partners"],
        }[self.lang]
        return f"{self.ch(stems)} {self.ch(tail)} {self.ch(suffix)}"

    def domain_of(self, company: str):
        w = strip_accents(company).lower()
        for junk in (",", ".", "&", "(", ")", "'"):
            w = w.replace(junk, " ")
        words = [
            x
            for x in w.split()
            if x
            not in {
                "gmbh",
                "ag",
                "co",
                "kg",
                "sa",
                "sas",
                "sarl",
                "srl",
                "spa",
                "s",
                "r",
                "l",
                "p",
                "a",
                "ltd",
                "inc",
                "llc",
                "plc",
                "pty",
                "limited",
                "corp",
                "und",
                "and",
                "et",
                "e",
                "ug",
                "og",
                "haftungsbeschrankt",
                "eurl",
                "bv",
                "sc",
                "scs",
                "dac",
                "teoranta",
                "snc",
                "llp",
                "group",
                "gruppo",
                "groupe",
                "sàrl",
            }
        ]
        base = "-".join(words[:2]) or "firma"
        tld = {
            "DE": ".de",
            "AT": ".at",
            "CH": ".ch",
            "FR": ".fr",
            "BE": ".be",
            "LU": ".lu",
            "IT": ".it",
            "GB": ".co.uk",
            "IE": ".ie",
            "US": ".com",
            "CA": ".ca",
            "AU": ".com.au",
            "NZ": ".co.nz",
        }[self.region]
        return base + tld

    # --- places
    def addr(self, unit=None, pobox=False, key=None, near=None) -> Addr:
        k = key or self.pk
        streets = STREETS["CH-de" if k == "CH-de" else k] if k in STREETS else STREETS[k.split("-")[0]]
        for _ in range(20):
            s = self.ch(streets)
            if s not in self.used_streets:
                break
        self.used_streets.add(s)
        if k in ("US",):
            no = str(self.ri(100, 9899))
        elif k in ("CA", "AU", "NZ"):
            no = str(self.ri(2, 480))
        else:
            no = str(self.ri(1, 120) if self.chance(0.85) else self.ri(1, 12))
        if k in ("DE", "AT", "CH-de") and self.chance(0.12):
            no += self.ch(["a", "b", "c"])
        if k == "FR" and self.chance(0.1):
            no += self.ch([" bis", " ter"])
        if k == "IT" and self.chance(0.1):
            no += self.ch(["/A", "/B", "bis"])
        u = ""
        want_unit = self.chance(0.2) if unit is None else unit
        if want_unit:
            u = {
                "DE": self.ch(["3. OG", "Hinterhaus", "2. OG links", "EG rechts"]),
                "CH-de": self.ch(["3. Stock", "Dachwohnung"]),
                "AT": self.ch([f"{self.ri(1, 4)}/{self.ri(1, 24)}", f"Top {self.ri(1, 30)}", f"{self.ri(1, 30)}"]),
                "CH-fr": "",
                "CH-it": "",
                "FR": self.ch(
                    [
                        f"Appt {self.ri(1, 60)}",
                        f"Bât. {self.ch('ABCD')}",
                        f"Résidence Les Érables, Bât. {self.ch('ABC')}",
                    ]
                ),
                "BE": str(self.ri(1, 12)),
                "LU": "",
                "IT": str(self.ri(1, 20)),
                "GB": str(self.ri(1, 12)),
                "IE": str(self.ri(1, 12)),
                "US": self.ch(
                    [f"Apt {self.ri(1, 30)}{self.ch('ABCD')}", f"#{self.ri(1, 300)}", f"Unit {self.ri(1, 40)}"]
                ),
                "CA": str(self.ri(1, 2400)),
                "AU": str(self.ri(1, 30)),
                "NZ": str(self.ri(1, 12)),
            }[k]
        tk = k if k in TOWNS else k
        t = self.ch(TOWNS[tk])
        suburb = ""
        if k in ("DE", "AT", "CH-de", "CH-fr", "CH-it", "FR", "BE", "LU"):
            pc, town, state = t[0], t[1], ""
        elif k == "IT":
            pc, town, state = t
        elif k in ("GB", "IE"):
            town, pc, state = t[0], t[1], ""
            if k == "IE" and t[0].startswith("Dublin"):
                pc = (
                    pc[:3]
                    + " "
                    + self.letters(1, "ACDEFHKNPRTVWXY")
                    + str(self.ri(0, 9))
                    + self.letters(2, "ACDEFHKNPRTVWXY0123456789")
                )
        elif k in ("US", "CA", "AU"):
            town, state, pc = t
        else:  # NZ
            suburb, town, pc = t
            state = ""
        pob = ""
        if pobox:
            pob = {
                "DE": f"Postfach {self.ri(10, 9999)}",
                "AT": f"Postfach {self.ri(10, 999)}",
                "CH-de": f"Postfach {self.ri(100, 9999)}",
                "CH-fr": f"Case postale {self.ri(100, 9999)}",
                "CH-it": f"Casella postale {self.ri(100, 9999)}",
                "FR": f"BP {self.ri(10, 90999)}",
                "BE": f"BP {self.ri(10, 999)}",
                "LU": f"B.P. {self.ri(10, 9999)}",
                "IT": f"Casella Postale {self.ri(10, 999)}",
                "GB": f"PO Box {self.ri(10, 9999)}",
                "IE": f"PO Box {self.ri(10, 999)}",
                "US": f"PO Box {self.ri(10, 99999)}",
                "CA": f"PO Box {self.ri(10, 9999)}",
                "AU": f"PO Box {self.ri(10, 9999)}",
                "NZ": f"PO Box {self.ri(10, 99999)}",
            }[k]
        if near is not None and self.chance(0.85):
            pc, town, state, suburb = near.pc, near.town, near.state, near.suburb
            if k == "IE" and town.startswith("Dublin"):
                pc = (
                    pc[:3]
                    + " "
                    + self.letters(1, "ACDEFHKNPRTVWXY")
                    + str(self.ri(0, 9))
                    + self.letters(2, "ACDEFHKNPRTVWXY0123456789")
                )
        return Addr(k, s, no, u, pc, town, state, suburb, pob)

    def town(self):
        t = self.ch(TOWNS[self.pk])
        if self.pk in ("GB", "IE", "US", "CA", "AU"):
            return t[0]
        if self.pk == "NZ":
            return t[1]
        return t[1]

    # --- phones
    def phone(self, kind="any", intl=None):
        k = self.pk.split("-")[0]
        if kind == "any":
            kind = "mobile" if self.chance(0.55) else "land"
        if intl is None:
            intl = self.chance(0.3)

        def d(n):
            return str(self.ri(2, 9)) + self.digits(n - 1)

        if k == "DE":
            if kind == "mobile":
                pre = self.ch(
                    [
                        "151",
                        "152",
                        "157",
                        "160",
                        "162",
                        "170",
                        "171",
                        "172",
                        "173",
                        "175",
                        "176",
                        "177",
                        "178",
                        "179",
                        "159",
                    ]
                )
                sub = d(self.ch([7, 8]))
                if intl:
                    return self.ch(
                        [f"+49 {pre} {sub}", f"+49 {pre} {sub[:3]} {sub[3:]}", f"+49{pre}{sub}", f"0049 {pre} {sub}"]
                    )
                return self.ch(
                    [f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre}-{sub}", f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}{sub}"]
                )
            area = self.ch(
                [
                    "30",
                    "40",
                    "89",
                    "221",
                    "69",
                    "711",
                    "211",
                    "341",
                    "351",
                    "911",
                    "421",
                    "511",
                    "231",
                    "201",
                    "6221",
                    "761",
                    "941",
                    "431",
                    "381",
                    "361",
                    "681",
                    "6131",
                    "821",
                    "251",
                    "228",
                    "8031",
                    "551",
                ]
            )
            sub = d(10 - len(area) if len(area) < 4 else 6)
            if intl:
                return self.ch([f"+49 {area} {sub}", f"+49 (0){area} {sub}", f"+49 {area} {sub[:-2]}-{sub[-2:]}"])
            return self.ch(
                [
                    f"0{area} {sub}",
                    f"0{area}/{sub}",
                    f"(0{area}) {sub[:3]} {sub[3:]}",
                    f"0{area} {sub[:-2]}-{sub[-2:]}",
                    f"0{area}-{sub}",
                ]
            )
        if k == "AT":
            if kind == "mobile":
                pre = self.ch(["650", "660", "664", "676", "680", "681", "688", "699"])
                sub = d(7)
                if intl:
                    return self.ch([f"+43 {pre} {sub}", f"+43 {pre} {sub[:3]} {sub[3:5]} {sub[5:]}", f"+43{pre}{sub}"])
                return self.ch(
                    [f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre} {sub[:3]} {sub[3:5]} {sub[5:]}", f"0{pre}-{sub}"]
                )
            area = self.ch(["1", "316", "732", "662", "512", "463", "2742", "5574", "7242", "2252"])
            sub = d(7 if area == "1" else 6 if len(area) == 3 else 5)
            if intl:
                return self.ch([f"+43 {area} {sub}", f"+43 (0){area} {sub}", f"+43 {area} {sub[:3]} {sub[3:]}"])
            return self.ch([f"0{area} {sub}", f"0{area}/{sub}", f"0{area} {sub[:3]} {sub[3:]}", f"0{area}-{sub}"])
        if k == "CH":
            if kind == "mobile":
                pre = self.ch(["76", "77", "78", "79"])
            else:
                pre = {
                    "de": self.ch(["44", "43", "31", "61", "41", "71", "62", "52", "81", "56"]),
                    "fr": self.ch(["22", "21", "26", "27", "32", "24"]),
                    "it": self.ch(["91", "91", "58"]),
                }[self.lang]
            sub = d(7)
            g = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
            if intl:
                return self.ch([f"+41 {pre} {g}", f"+41 (0){pre} {g}", f"+41{pre}{sub}", f"0041 {pre} {g}"])
            return self.ch(
                [
                    f"0{pre} {g}",
                    f"0{pre} {g}",
                    f"0{pre}/{sub[:3]} {sub[3:5]} {sub[5:]}",
                    f"0{pre} {sub}",
                    f"0{pre}.{sub[:3]}.{sub[3:5]}.{sub[5:]}",
                ]
            )
        if k == "FR":
            first = self.ch(["6", "7"]) if kind == "mobile" else self.ch(["1", "2", "3", "4", "5", "9"])
            sub = d(8)
            pairs = " ".join(sub[i : i + 2] for i in range(0, 8, 2))
            if intl:
                return self.ch(
                    [f"+33 {first} {pairs}", f"+33 (0){first} {pairs}", f"+33{first}{sub}", f"0033 {first} {pairs}"]
                )
            return self.ch(
                [
                    f"0{first} {pairs}",
                    f"0{first} {pairs}",
                    f"0{first}.{pairs.replace(' ', '.')}",
                    f"0{first}{sub}",
                    f"0{first}-{pairs.replace(' ', '-')}",
                ]
            )
        if k == "BE":
            if kind == "mobile":
                pre = self.ch(
                    [
                        "470",
                        "471",
                        "472",
                        "475",
                        "476",
                        "477",
                        "478",
                        "479",
                        "484",
                        "485",
                        "486",
                        "487",
                        "488",
                        "494",
                        "495",
                        "496",
                        "497",
                        "498",
                        "499",
                    ]
                )
                sub = d(6)
                if intl:
                    return self.ch(
                        [
                            f"+32 {pre} {sub[:2]} {sub[2:4]} {sub[4:]}",
                            f"+32{pre}{sub}",
                            f"+32 (0){pre} {sub[:2]} {sub[2:4]} {sub[4:]}",
                        ]
                    )
                return self.ch(
                    [
                        f"0{pre} {sub[:2]} {sub[2:4]} {sub[4:]}",
                        f"0{pre}/{sub[:2]}.{sub[2:4]}.{sub[4:]}",
                        f"0{pre}/{sub}",
                        f"0{pre} {sub[:3]} {sub[3:]}",
                    ]
                )
            area = self.ch(["2", "2", "4", "81", "71", "65", "10", "63", "87", "69", "82"])
            sub = d(7 if len(area) == 1 else 6)
            gs = f"{sub[:3]} {sub[3:5]} {sub[5:]}" if len(sub) == 7 else f"{sub[:2]} {sub[2:4]} {sub[4:]}"
            if intl:
                return f"+32 {area} {gs}"
            return self.ch([f"0{area} {gs}", f"0{area}/{gs}", f"0{area}/{gs.replace(' ', '.')}"])
        if k == "LU":
            if kind == "mobile":
                pre = self.ch(["621", "661", "691", "671", "681"])
                sub = d(6)
                return self.ch(
                    [
                        f"+352 {pre} {sub[:3]} {sub[3:]}",
                        f"{pre} {sub[:3]} {sub[3:]}",
                        f"(+352) {pre} {sub[:3]} {sub[3:]}",
                        f"00352 {pre}{sub}",
                    ]
                )
            sub = d(self.ch([6, 8]))
            grp = " ".join(sub[i : i + 2] for i in range(0, len(sub), 2))
            return self.ch([f"+352 {grp}", f"{grp}", f"(+352) {grp}", f"+352 {sub}"])
        if k == "IT":
            if kind == "mobile":
                pre = self.ch(
                    [
                        "320",
                        "328",
                        "329",
                        "333",
                        "334",
                        "335",
                        "338",
                        "339",
                        "340",
                        "345",
                        "347",
                        "348",
                        "349",
                        "351",
                        "366",
                        "380",
                        "392",
                    ]
                )
                sub = d(7)
                if intl:
                    return self.ch(
                        [f"+39 {pre} {sub}", f"+39 {pre} {sub[:3]} {sub[3:]}", f"+39{pre}{sub}", f"0039 {pre} {sub}"]
                    )
                return self.ch(
                    [f"{pre} {sub}", f"{pre} {sub[:3]} {sub[3:]}", f"{pre}/{sub}", f"{pre}{sub}", f"{pre}-{sub}"]
                )
            area = self.ch(
                [
                    "06",
                    "02",
                    "011",
                    "081",
                    "051",
                    "055",
                    "010",
                    "091",
                    "095",
                    "080",
                    "041",
                    "045",
                    "049",
                    "0471",
                    "0461",
                    "070",
                    "079",
                    "035",
                    "030",
                    "0521",
                ]
            )
            sub = d(10 - len(area) if len(area) < 4 else 6)
            if intl:
                return self.ch([f"+39 {area} {sub}", f"+39 {area} {sub[:4]} {sub[4:]}", f"+39 {area}{sub}"])
            return self.ch(
                [f"{area} {sub}", f"{area}-{sub}", f"{area}/{sub}", f"{area} {sub[:4]} {sub[4:]}", f"{area}.{sub}"]
            )
        if k == "GB":
            if kind == "mobile":
                sub = (
                    "7"
                    + self.ch(
                        [
                            "700",
                            "711",
                            "723",
                            "734",
                            "745",
                            "756",
                            "767",
                            "788",
                            "799",
                            "812",
                            "823",
                            "834",
                            "845",
                            "856",
                            "877",
                            "900",
                            "911",
                            "944",
                            "958",
                        ]
                    )
                    + d(6)
                )
                if intl:
                    return self.ch([f"+44 {sub[:4]} {sub[4:]}", f"+44 (0){sub[:4]} {sub[4:7]} {sub[7:]}", f"+44{sub}"])
                return self.ch(
                    [f"0{sub[:4]} {sub[4:]}", f"0{sub[:4]} {sub[4:7]} {sub[7:]}", f"0{sub}", f"0{sub[:4]}-{sub[4:]}"]
                )
            area = self.ch(
                [
                    "20",
                    "161",
                    "113",
                    "117",
                    "121",
                    "131",
                    "141",
                    "29",
                    "28",
                    "114",
                    "151",
                    "115",
                    "1603",
                    "1865",
                    "1223",
                    "191",
                    "1224",
                    "1392",
                    "118",
                ]
            )
            if area in ("20", "29", "28"):
                sub = d(8)
                s = f"{sub[:4]} {sub[4:]}"
            elif len(area) == 4:
                sub = d(6)
                s = sub
            else:
                sub = d(7)
                s = f"{sub[:3]} {sub[3:]}"
            if intl:
                return self.ch([f"+44 {area} {s}", f"+44 (0){area} {s}"])
            return self.ch([f"0{area} {s}", f"(0{area}) {s}", f"0{area} {s}"])
        if k == "IE":
            if kind == "mobile":
                pre = self.ch(["83", "85", "86", "87", "89"])
                sub = d(7)
                if intl:
                    return self.ch(
                        [f"+353 {pre} {sub[:3]} {sub[3:]}", f"+353 (0){pre} {sub[:3]} {sub[3:]}", f"+353{pre}{sub}"]
                    )
                return self.ch(
                    [f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre} {sub}", f"0{pre}{sub}", f"0{pre}-{sub[:3]} {sub[3:]}"]
                )
            area = self.ch(["1", "1", "21", "91", "61", "51", "66", "71", "56", "41", "90", "65", "74"])
            sub = d(7 if area == "1" else self.ch([6, 7]))
            s = f"{sub[:3]} {sub[3:]}"
            if intl:
                return f"+353 {area} {s}"
            return self.ch([f"0{area} {s}", f"(0{area}) {s}", f"0{area}-{sub}"])
        if k in ("US", "CA"):
            area = self.ch(sorted({v for c, v in US_AREA.items() if any(c == t[0] for t in TOWNS[k])}))
            ex = str(self.ri(201, 989))
            ln = d(4)
            if intl:
                return self.ch([f"+1 {area} {ex} {ln}", f"+1 ({area}) {ex}-{ln}", f"+1-{area}-{ex}-{ln}"])
            return self.ch(
                [
                    f"({area}) {ex}-{ln}",
                    f"{area}-{ex}-{ln}",
                    f"{area}.{ex}.{ln}",
                    f"1-{area}-{ex}-{ln}",
                    f"({area}) {ex}-{ln}",
                ]
            )
        if k == "AU":
            if kind == "mobile":
                sub = "4" + d(8)
                if intl:
                    return self.ch(
                        [f"+61 {sub[:3]} {sub[3:6]} {sub[6:]}", f"+61{sub}", f"+61 (0){sub[:3]} {sub[3:6]} {sub[6:]}"]
                    )
                return self.ch([f"0{sub[:3]} {sub[3:6]} {sub[6:]}", f"0{sub}", f"0{sub[:3]}-{sub[3:6]}-{sub[6:]}"])
            area = self.ch(["2", "3", "7", "8"])
            sub = d(8)
            if intl:
                return f"+61 {area} {sub[:4]} {sub[4:]}"
            return self.ch(
                [f"(0{area}) {sub[:4]} {sub[4:]}", f"0{area} {sub[:4]} {sub[4:]}", f"0{area}-{sub[:4]}-{sub[4:]}"]
            )
        if k == "NZ":
            if kind == "mobile":
                pre = self.ch(["21", "22", "27", "29", "20"])
                sub = d(self.ch([7, 7, 8]))
                if intl:
                    return self.ch([f"+64 {pre} {sub[:3]} {sub[3:]}", f"+64{pre}{sub}"])
                return self.ch([f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}-{sub[:3]} {sub[3:]}", f"0{pre}{sub}"])
            area = self.ch(["9", "4", "3", "7", "6"])
            sub = d(7)
            if intl:
                return f"+64 {area} {sub[:3]} {sub[3:]}"
            return self.ch(
                [f"(0{area}) {sub[:3]} {sub[3:]}", f"0{area} {sub[:3]} {sub[3:]}", f"0{area}-{sub[:3]} {sub[3:]}"]
            )
        raise KeyError(k)

    def hotline(self):
        """A public hotline / free-phone / service number (unlabelled)."""
        k = self.pk.split("-")[0]
        d = self.digits
        return self.ch(
            {
                "DE": [f"0800 {d(3)} {d(4)}", f"0180 6 {d(6)}", f"0800 {d(7)}", f"0180 5 {d(6)}"],
                "AT": [f"0800 {d(3)} {d(3)}", f"0810 {d(3)} {d(3)}", f"0820 {d(3)} {d(3)}"],
                "CH": [f"0800 {d(3)} {d(3)}", f"0848 {d(3)} {d(3)}", f"0844 {d(3)} {d(3)}", f"0842 {d(3)} {d(3)}"],
                "FR": [
                    f"0 800 {d(3)} {d(3)}",
                    f"0 805 {d(2)} {d(2)} {d(2)}",
                    f"08 00 {d(2)} {d(2)} {d(2)}",
                    f"09 69 {d(2)} {d(2)} {d(2)}",
                ],
                "BE": [f"0800 {d(2)} {d(3)}", f"078 {d(2)} {d(2)} {d(2)}", f"070 {d(3)} {d(3)}"],
                "LU": [f"8002 {d(4)}", f"8002-{d(4)}"],
                "IT": [f"800 {d(3)} {d(3)}", f"800.{d(3)}.{d(3)}", f"199 {d(3)} {d(3)}", f"848 {d(3)} {d(3)}"],
                "GB": [f"0800 {d(3)} {d(4)}", f"0345 {d(3)} {d(4)}", f"0300 {d(3)} {d(4)}", f"0808 {d(3)} {d(4)}"],
                "IE": [f"1800 {d(3)} {d(3)}", f"1850 {d(3)} {d(3)}", f"0818 {d(3)} {d(3)}"],
                "US": [
                    f"1-800-{d(3)}-{d(4)}",
                    f"1 (888) {d(3)}-{d(4)}",
                    f"(877) {d(3)}-{d(4)}",
                    f"1-866-{d(3)}-{d(4)}",
                ],
                "CA": [f"1-800-{d(3)}-{d(4)}", f"1-844-{d(3)}-{d(4)}", f"1 (888) {d(3)}-{d(4)}"],
                "AU": [f"1300 {d(3)} {d(3)}", f"1800 {d(3)} {d(3)}", f"13 {d(2)} {d(2)}"],
                "NZ": [f"0800 {d(3)} {d(3)}", f"0508 {d(3)} {d(3)}"],
            }[k]
        )

    def emergency(self):
        return {
            "DE": "112",
            "AT": "144",
            "CH": "144",
            "FR": "15",
            "BE": "112",
            "LU": "112",
            "IT": "118",
            "GB": "999",
            "IE": "112",
            "US": "911",
            "CA": "911",
            "AU": "000",
            "NZ": "111",
        }[self.region]

    # --- money
    def money(self, v: float, cur=None):
        cur = cur or CURRENCY[self.region]
        whole = f"{int(v):,}"
        cents = f"{round((v - int(v)) * 100):02d}"
        if cents == "100":
            cents = "00"
        r = self.region
        if cur == "CHF":
            w = whole.replace(",", "'")
            return self.ch(
                [
                    f"CHF {w}.{cents}",
                    f"Fr. {w}.{cents}",
                    f"{w}.{cents} CHF",
                    f"CHF {w}.–" if cents == "00" else f"CHF {w}.{cents}",
                ]
            )
        if cur == "EUR" and r in ("DE", "AT", "LU") or (cur == "EUR" and self.lang == "de"):
            w = whole.replace(",", ".")
            return self.ch([f"{w},{cents} €", f"{w},{cents} EUR", f"EUR {w},{cents}", f"€ {w},{cents}"])
        if cur == "EUR" and self.lang == "fr":
            w = whole.replace(",", "\u202f" if self.chance(0.3) else " ")
            return self.ch([f"{w},{cents} €", f"{w},{cents} €", f"{w},{cents} EUR"])
        if cur == "EUR" and self.lang == "it":
            w = whole.replace(",", ".")
            return self.ch([f"€ {w},{cents}", f"{w},{cents} €", f"EUR {w},{cents}", f"€{w},{cents}"])
        sym = {"EUR": "€", "GBP": "£", "USD": "$", "CAD": "$", "AUD": "$", "NZD": "$"}[cur]
        out = f"{sym}{whole}.{cents}"
        if cur in ("AUD", "NZD", "CAD") and self.chance(0.2):
            out = {"AUD": "A$", "NZD": "NZ$", "CAD": "C$"}[cur] + f"{whole}.{cents}"
        return out

    # --- dates
    def dob(self, lo=1938, hi=2004) -> date:
        y = self.ri(lo, hi)
        start = date(y, 1, 1)
        return start + timedelta(days=self.ri(0, 364))

    def fmt_date(self, d: date, style=None, dob=False):
        """Format a date in one of the region's conventions."""
        lang, reg = self.lang, self.region
        m = MONTHS[lang][d.month - 1]
        if lang == "de" and reg == "AT" and d.month == 1 and self.chance(0.7):
            m = "Jänner"
        if lang == "de":
            opts = [
                f"{d.day:02d}.{d.month:02d}.{d.year}",
                f"{d.day:02d}.{d.month:02d}.{d.year}",
                f"{d.day}.{d.month}.{d.year}",
                f"{d.day}. {m} {d.year}",
                f"{d.year}-{d.month:02d}-{d.day:02d}",
            ]
        elif lang == "fr":
            day = "1er" if d.day == 1 else str(d.day)
            sep = "." if reg in ("CH", "LU") and self.chance(0.5) else "/"
            opts = [
                f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}",
                f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"{day} {m} {d.year}",
                f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"{d.year}-{d.month:02d}-{d.day:02d}",
            ]
        elif lang == "it":
            opts = [
                f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"{d.day}/{d.month}/{d.year}",
                f"{d.day} {m} {d.year}",
                f"{d.day:02d}.{d.month:02d}.{d.year}",
                f"{d.day:02d}-{d.month:02d}-{d.year}",
            ]
        elif reg == "US":
            opts = [
                f"{d.month:02d}/{d.day:02d}/{d.year}",
                f"{d.month}/{d.day}/{d.year}",
                f"{m} {d.day}, {d.year}",
                f"{m[:3]} {d.day}, {d.year}",
                f"{d.year}-{d.month:02d}-{d.day:02d}",
            ]
        elif reg == "CA":
            opts = [
                f"{d.year}-{d.month:02d}-{d.day:02d}",
                f"{m} {d.day}, {d.year}",
                f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"{d.year}-{d.month:02d}-{d.day:02d}",
                f"{m[:3]} {d.day}, {d.year}",
            ]
        else:
            suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
            opts = [
                f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"{d.day} {m} {d.year}",
                f"{d.day}{suf} {m} {d.year}",
                f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"{d.day} {m[:3]} {d.year}",
                f"{d.day}.{d.month}.{d.year}",
            ]
        if style is None:
            return self.ch(opts)
        return opts[style % len(opts)]

    def num_date(self, d: date):
        """The region's usual all-numeric date."""
        if self.lang == "de":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if self.region == "US":
            return f"{d.month:02d}/{d.day:02d}/{d.year}"
        if self.region == "CA" and self.lang == "en":
            return f"{d.year}-{d.month:02d}-{d.day:02d}"
        if self.region == "CH" or (self.lang == "it" and self.it_dots):
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    def recent(self, days_back=120, days_fwd=0) -> date:
        return TODAY + timedelta(days=self.ri(-days_back, days_fwd))

    # --- bank
    def iban(self, country=None, grouped=None):
        c = country or {
            "DE": "DE",
            "AT": "AT",
            "CH": "CH",
            "FR": "FR",
            "BE": "BE",
            "LU": "LU",
            "IT": "IT",
            "GB": "GB",
            "IE": "IE",
        }.get(self.region, "GB")
        d = self.digits
        if c == "DE":
            bban = self.ch(
                [
                    "10070000",
                    "20050550",
                    "37040044",
                    "50010517",
                    "70150000",
                    "12030000",
                    "43060967",
                    "76050101",
                    "86055592",
                    "25050180",
                ]
            ) + d(10)
        elif c == "AT":
            bban = self.ch(["20111", "12000", "14000", "32000", "38000", "60000", "19043", "35000"]) + d(11)
        elif c == "CH":
            bban = self.ch(["00762", "00700", "80808", "00235", "09000", "00767", "30000", "81487"]) + d(12)
        elif c == "FR":
            bank, guichet, acct = self.ch(["30004", "30003", "20041", "10278", "30002", "18206", "16606"]), d(5), d(11)
            key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97
            bban = f"{bank}{guichet}{acct}{key:02d}"
        elif c == "BE":
            base = self.ch(["001", "063", "068", "310", "363", "732", "751", "979"]) + d(7)
            chk = int(base) % 97 or 97
            bban = f"{base}{chk:02d}"
        elif c == "LU":
            bban = self.ch(["001", "002", "003", "019", "030", "014"]) + d(13)
        elif c == "IT":
            abi, cab, acct = self.ch(["03069", "02008", "05034", "03062", "08327", "05387", "03440"]), d(5), d(12)
            bban = italian_cin(abi, cab, acct) + abi + cab + acct
        elif c == "GB":
            bban = self.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG"]) + d(6) + d(8)
        elif c == "IE":
            bban = self.ch(["AIBK", "BOFI", "IPBS", "ULSB"]) + d(6) + d(8)
        elif c == "NL":
            bban = self.ch(["INGB", "RABO", "ABNA", "TRIO", "SNSB"]) + d(10)
        elif c == "ES":
            bban = d(20)
        elif c == "PT":
            bban = d(21)
        elif c == "PL":
            bban = d(24)
        elif c == "LT":
            bban = d(16)
        else:
            raise KeyError(c)
        full = c + iban_check(c, bban) + bban
        if grouped is None:
            grouped = self.chance(0.65)
        if grouped:
            return " ".join(full[i : i + 4] for i in range(0, len(full), 4))
        return full

    def bic(self):
        return self.ch(
            {
                "DE": ["COBADEFFXXX", "DEUTDEDBBER", "GENODEF1M03", "BYLADEM1001", "INGDDEFFXXX", "PBNKDEFF"],
                "AT": ["RLNWATWW", "BKAUATWW", "GIBAATWWXXX", "OBKLAT2L", "SPIHAT22XXX"],
                "CH": ["UBSWCHZH80A", "POFICHBEXXX", "RAIFCH22XXX", "ZKBKCHZZ80A", "BCGECHGGXXX"],
                "FR": ["BNPAFRPPXXX", "SOGEFRPP", "CRLYFRPP", "AGRIFRPP882", "CCBPFRPPVER", "PSSTFRPPXXX"],
                "BE": ["GEBABEBB", "BBRUBEBB", "KREDBEBB", "GKCCBEBB", "BPOTBEB1"],
                "LU": ["BCEELULL", "CCRALULL", "BGLLLULL", "BILLLULL"],
                "IT": ["BCITITMM", "UNCRITMM", "BPMOIT22XXX", "BAPPIT21", "PASCITMM"],
                "GB": ["NWBKGB2L", "BARCGB22", "LOYDGB2L", "HBUKGB4B"],
                "IE": ["AIBKIE2D", "BOFIIE2D", "IPBSIE2D"],
            }.get(self.region, ["CHASUS33", "ROYCCAT2"])
        )

    def card(self, grouped=None):
        kind = self.ch(["visa", "visa", "mc", "mc", "amex"])
        if kind == "visa":
            body = "4" + self.digits(14)
        elif kind == "mc":
            body = self.ch(["51", "52", "53", "54", "55"]) + self.digits(13)
        else:
            body = self.ch(["34", "37"]) + self.digits(12)
        num = body + luhn_digit(body)
        if grouped is None:
            grouped = self.chance(0.7)
        if not grouped:
            return num
        if len(num) == 15:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        sep = " " if self.chance(0.8) else "-"
        return sep.join(num[i : i + 4] for i in range(0, 16, 4))

    def masked_card(self):
        last4 = self.digits(4)
        return self.ch(
            [
                f"**** **** **** {last4}",
                f"XXXX XXXX XXXX {last4}",
                f"•••• {last4}",
                f"*{last4}",
                f"4{self.digits(3)} **** **** {last4}",
            ]
        )

    def plate(self):
        r = self.region
        L = string.ascii_uppercase
        if r == "DE":
            town = self.ch(["B", "HH", "M", "K", "F", "S", "HD", "FR", "L", "DD", "N", "GÖ", "TÜ"])
            return f"{town}-{self.letters(2, L)} {self.ri(1, 9999)}"
        if r == "AT":
            return (
                f"{self.ch(['W', 'G', 'L', 'S', 'I', 'K', 'B', 'VB', 'BN'])}-{self.ri(100, 99999)}{self.letters(1, L)}"
            )
        if r == "CH":
            canton = self.ch(["ZH", "BE", "LU", "SG", "AG", "VD", "GE", "TI", "FR", "NE", "VS", "GR"])
            return f"{canton} {self.ri(1000, 999999)}"
        if r == "FR":
            return f"{self.letters(2, L)}-{self.digits(3)}-{self.letters(2, L)}"
        if r == "BE":
            return f"{self.ri(1, 2)}-{self.letters(3, L)}-{self.digits(3)}"
        if r == "LU":
            return f"{self.letters(2, L)} {self.digits(4)}"
        if r == "IT":
            return f"{self.letters(2, L)} {self.digits(3)}{self.letters(2, L)}"
        if r == "GB":
            return f"{self.letters(2, L)}{self.digits(2)} {self.letters(3, L)}"
        if r == "IE":
            return f"{self.ri(141, 252)}-{self.ch(['D', 'C', 'G', 'L', 'KY', 'MO', 'WX', 'LH'])}-{self.ri(1, 29999)}"
        if r == "US":
            return f"{self.digits(1)}{self.letters(3, L)}{self.digits(3)}"
        if r == "CA":
            return f"{self.letters(4, L)} {self.digits(3)}"
        if r == "AU":
            return f"{self.digits(1)}{self.letters(2, L)}{self.digits(1)}{self.letters(2, L)}"
        return f"{self.letters(3, L)}{self.digits(3)}"

    def vin(self):
        return self.letters(3, "ABCDEFGHJKLMNPRSTUVWXYZ123456789") + "".join(
            self.ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14)
        )

    def ref(self, prefix="", n=6):
        return f"{prefix}{self.digits(n)}"


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------

CH_CANTON = {
    "Zürich": "ZH",
    "Winterthur": "ZH",
    "Horgen": "ZH",
    "Uster": "ZH",
    "Bern": "BE",
    "Thun": "BE",
    "Biel/Bienne": "BE",
    "Basel": "BS",
    "Luzern": "LU",
    "St. Gallen": "SG",
    "Aarau": "AG",
    "Baden": "AG",
    "Zug": "ZG",
    "Schaffhausen": "SH",
    "Chur": "GR",
    "Solothurn": "SO",
    "Olten": "SO",
    "Schwyz": "SZ",
    "Einsiedeln": "SZ",
    "Frauenfeld": "TG",
    "Brig": "VS",
    "Herisau": "AR",
    "Genève": "GE",
    "Carouge GE": "GE",
    "Lausanne": "VD",
    "Vevey": "VD",
    "Montreux": "VD",
    "Yverdon-les-Bains": "VD",
    "Nyon": "VD",
    "Morges": "VD",
    "Neuchâtel": "NE",
    "La Chaux-de-Fonds": "NE",
    "Fribourg": "FR",
    "Bulle": "FR",
    "Sion": "VS",
    "Martigny": "VS",
    "Delémont": "JU",
    "Poschiavo": "GR",
    "Grono": "GR",
}


def addr_line(c, a, style=None):
    return A(a.line(c.ri(0, 11) if style is None else style))


def addr_block(c, a, indent="", style=None):
    s = c.ri(0, 11) if style is None else style
    return [indent, A(a.l1(s)), "\n", indent, A(a.l2(s))]


def table(c, d, header, rows, fmt=None):
    """Render rows (lists of cells; a cell is a str, a Span or a list of parts) in one of several formats."""
    fmt = fmt or c.ch(["md", "tsv", "semi", "fixed", "csv"])
    if fmt == "md":
        d.add("| " + " | ".join(header) + " |\n", "|" + "|".join("---" for _ in header) + "|\n")
        for r in rows:
            d.add("| ")
            for j, cell in enumerate(r):
                d.add(" | " if j else "", cell if plain(cell) else "")
            d.add(" |\n")
    elif fmt in ("tsv", "semi"):
        sep = "\t" if fmt == "tsv" else ";"
        d.add(sep.join(header) + "\n")
        for r in rows:
            for j, cell in enumerate(r):
                d.add(sep if j else "", cell)
            d.add("\n")
    elif fmt == "csv":
        d.add(",".join(header) + "\n")
        for r in rows:
            for j, cell in enumerate(r):
                q = "," in plain(cell) or "\n" in plain(cell)
                d.add("," if j else "", '"' if q else "", cell, '"' if q else "")
            d.add("\n")
    else:  # fixed width
        widths = [max(len(plain(h)), *(len(plain(r[j])) for r in rows)) + 2 for j, h in enumerate(header)]
        d.add("".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip() + "\n")
        d.add("".join("-" * (w - 1) + " " for w in widths).rstrip() + "\n")
        for r in rows:
            for j, cell in enumerate(r):
                last = j == len(r) - 1
                d.add(cell if last else pad(cell, widths[j]))
            d.add("\n")
    return fmt


def dob_short(c, dd):
    """Dates of birth as people write them by hand on forms (CH lists: often two-digit years)."""
    if c.lang == "de" or c.region == "CH":
        return c.ch(
            [
                f"{dd.day:02d}.{dd.month:02d}.{dd.year}",
                f"{dd.day}.{dd.month}.{dd.year % 100:02d}",
                f"{dd.day:02d}.{dd.month:02d}.{dd.year % 100:02d}",
                f"{dd.day}.{dd.month}.{dd.year}",
            ]
        )
    if c.region == "US":
        return c.ch([f"{dd.month}/{dd.day}/{dd.year}", f"{dd.month:02d}/{dd.day:02d}/{dd.year % 100:02d}"])
    return c.ch(
        [
            f"{dd.day:02d}/{dd.month:02d}/{dd.year}",
            f"{dd.day}/{dd.month}/{dd.year}",
            f"{dd.day:02d}/{dd.month:02d}/{dd.year % 100:02d}",
            f"{dd.day:02d}.{dd.month:02d}.{dd.year}",
        ]
    )


# --- 1. signature sheets for popular initiatives, referendums and petitions ------------------------

PET_TITLES = {
    "de": [
        "Für bezahlbare Kita-Plätze für alle",
        "Ja zu sicheren Velowegen",
        "Stopp dem Lichtsmog",
        "Mehr Grün in unseren Quartieren (Stadtklima-Initiative)",
        "Referendum gegen die Lockerung der Lex Koller",
        "Erhalt des Freibads am Mühlbach",
        "Keine Schließung der Grundschule Am Anger",
        "Tempo 30 vor allen Schulen",
        "Rettet die Stadtbibliothek",
    ],
    "fr": [
        "Pour des crèches abordables pour toutes et tous",
        "Oui à des pistes cyclables sûres",
        "Stop à la pollution lumineuse",
        "Pour plus de verdure en ville",
        "Référendum contre l'assouplissement de la Lex Koller",
        "Non à la fermeture du bureau de poste",
        "Pour la réouverture de la piscine Jean Bouin",
        "Un passage piéton sécurisé devant l'école Jules Ferry",
    ],
    "it": [
        "Per asili nido accessibili a tutte e tutti",
        "Sì a piste ciclabili sicure",
        "Basta inquinamento luminoso",
        "Più verde nei nostri quartieri",
        "Referendum contro l'allentamento della Lex Koller",
        "Salviamo l'ospedale di zona",
        "Riapertura della biblioteca civica Carlo Goldoni",
        "Norme per la tutela dei piccoli comuni",
    ],
    "en-US": [
        "Save the Eastside Branch Library",
        "Safe crosswalk at Lincoln Elementary",
        "Keep the Route 42 bus running",
        "Lower the speed limit on Main St to 25 mph",
        "Fund the community health clinic",
    ],
    "en": [
        "Save Our Library",
        "Safe crossing outside St Mary's Primary School",
        "Stop the closure of the Oakfield Leisure Centre",
        "Keep the 42 bus route",
        "Reduce the speed limit on Station Road to 20 mph",
        "Fund the Florence Nightingale Community Hospital",
        "No to the incinerator at Riverside",
    ],
}


def swiss_sheet(c, d, n):
    L = c.lang
    base = c.addr()
    canton = CH_CANTON.get(base.town, "TI" if c.pk == "CH-it" else "ZH")
    title = c.ch(PET_TITLES[L][:5])
    intro = {
        "de": [
            "Kannst du mir diese Unterschriftenliste abtippen und als Tabelle "
            "ausgeben? Zeilen ohne gültiges Geburtsdatum bitte markieren.",
            "Wir haben die Bögen von gestern abgetippt. Bitte prüf, ob jede Zeile Name, Geburtsdatum "
            "und Adresse hat, bevor wir sie der Gemeinde zur Stimmrechtsbescheinigung schicken.",
            "Hier ein abgetippter Unterschriftenbogen. Wie viele Unterschriften sind gültig?",
        ],
        "fr": [
            "Peux-tu recopier cette liste de signatures sous forme de tableau "
            "? Merci de signaler les lignes sans date de naissance valable.",
            "Voici une feuille de signatures retranscrite. Peux-tu vérifier que chaque "
            "ligne est complète avant l'envoi à la commune pour l'attestation ?",
            "Combien de signatures de cette liste sont valables à ton avis ?",
        ],
        "it": [
            "Puoi trascrivere questa lista delle firme in una tabella? "
            "Segna le righe senza una data di nascita valida.",
            "Ecco un foglio firme ricopiato a mano. Puoi controllare che ogni "
            "riga sia completa prima di inviarlo al Comune per l'attestazione?",
            "Quante firme di questa lista sono valide secondo te?",
        ],
    }[L]
    d.add(c.ch(intro), "\n\n")
    kind = {
        "de": "Eidgenössische Volksinitiative",
        "fr": "Initiative populaire fédérale",
        "it": "Iniziativa popolare federale",
    }[L]
    if "Lex Koller" in title:
        kind = {"de": "Referendum", "fr": "Référendum", "it": "Referendum"}[L]
    pub = c.recent(300, -60)
    d.add(f"{kind} «{title}»\n")
    d.add(
        {
            "de": f"Im Bundesblatt veröffentlicht am {c.num_date(pub)}. Ablauf "
            f"der Sammelfrist: {c.num_date(pub + timedelta(days=540))}\n",
            "fr": f"Publiée dans la Feuille fédérale le {c.num_date(pub)}. Échéance "
            f"du délai de récolte : {c.num_date(pub + timedelta(days=540))}\n",
            "it": f"Pubblicata nel Foglio federale il {c.num_date(pub)}. Scadenza del "
            f"termine di raccolta: {c.num_date(pub + timedelta(days=540))}\n",
        }[L]
    )
    d.add(
        {
            "de": f"Kanton: {canton}   Postleitzahl: {base.pc}   Politische Gemeinde: {base.town}\n\n",
            "fr": f"Canton : {canton}   N° postal : {base.pc}   Commune politique : {base.town}\n\n",
            "it": f"Cantone: {canton}   NPA: {base.pc}   Comune politico: {base.town}\n\n",
        }[L]
    )
    header = {
        "de": [
            "Nr.",
            "Name, Vornamen (handschriftlich, in Blockschrift)",
            "Geburtsdatum",
            "Wohnadresse (Strasse und Hausnummer)",
            "Unterschrift",
            "Kontrolle",
        ],
        "fr": [
            "N°",
            "Nom, prénoms (écrire de sa main, en majuscules)",
            "Date de naissance",
            "Adresse exacte (rue et numéro)",
            "Signature manuscrite",
            "Contrôle",
        ],
        "it": [
            "N.",
            "Cognome, nomi (di proprio pugno, in stampatello)",
            "Data di nascita",
            "Indirizzo (via e numero civico)",
            "Firma autografa",
            "Controllo",
        ],
    }[L]
    rows = []
    sig = {
        "de": ["[Unterschrift]", "(unterschrieben)", "sig."],
        "fr": ["[signature]", "(signé)", "sig."],
        "it": ["[firma]", "(firmato)", "f.to"],
    }[L]
    valid = 0
    for k in range(n):
        p = c.person()
        a = c.addr(unit=False)
        a.pc, a.town = base.pc, base.town
        nm = P(c.name(p, c.ch(["UPl", "UPl", "l f", "LF", "lf"])))
        dd = c.dob(1940, 2007)
        r = c.r()
        if r < 0.1:
            dob_cell, ctrl = (
                "—",
                {
                    "de": "ungültig (Geb.datum fehlt)",
                    "fr": "non valable (date manquante)",
                    "it": "non valida (data mancante)",
                }[L],
            )
        elif r < 0.17:
            dob_cell, ctrl = (
                str(dd.year),
                {"de": "ungültig (nur Jahrgang)", "fr": "non valable (année seule)", "it": "non valida (solo anno)"}[L],
            )
        else:
            dob_cell, ctrl = B(dob_short(c, dd)), ""
            valid += 1
        addr_cell = A(a.l1()) if c.chance(0.8) else A(a.line(0))
        rows.append([str(k + 1), nm, dob_cell, addr_cell, c.ch(sig), ctrl])
    table(c, d, header, rows, c.ch(["md", "fixed", "tsv"]))
    official = c.person()
    role = {
        "de": c.ch(["Stadtschreiber-Stv.", "Gemeindeschreiberin", "Mitarbeiter Einwohnerkontrolle"]),
        "fr": c.ch(["secrétaire communal", "préposée au contrôle des habitants", "greffière adjointe"]),
        "it": c.ch(["segretario comunale", "collaboratrice Controllo abitanti", "vicesegretaria"]),
    }[L]
    d.add(
        "\n",
        {
            "de": "Stimmrechtsbescheinigung: Die unterzeichnende Amtsperson bescheinigt, dass obenstehende "
            f"{valid} Unterzeichnerinnen und Unterzeichner in eidgenössischen Angelegenheiten "
            "stimmberechtigt sind und ihre politischen Rechte in der erwähnten Gemeinde ausüben.\n",
            "fr": "Attestation de la qualité d'électeur : le/la fonctionnaire soussigné(e) certifie que les "
            f"{valid} signataires ci-dessus ont le droit de vote "
            "en matière fédérale dans la commune susmentionnée.\n",
            "it": f"Attestazione del diritto di voto: il/la funzionario/a sottoscritto/a attesta che i {valid} "
            "firmatari summenzionati hanno diritto di voto in materia federale nel Comune indicato.\n",
        }[L],
    )
    d.add(
        {"de": "Ort: ", "fr": "Lieu : ", "it": "Luogo: "}[L],
        base.town,
        {"de": "   Datum: ", "fr": "   Date : ", "it": "   Data: "}[L],
        c.num_date(c.recent(20)),
        "\n",
        {"de": "Amtliche Eigenschaft: ", "fr": "Qualité officielle : ", "it": "Qualità ufficiale: "}[L],
        role,
        " — ",
        P(c.name(official, c.ch(["fl", "l f", "ifl"]))),
        "\n\n",
    )
    d.add(
        {
            "de": "Das Initiativkomitee (Urheberinnen und Urheber):\n",
            "fr": "Comité d'initiative (auteurs) :\n",
            "it": "Comitato d'iniziativa (promotori):\n",
        }[L]
    )
    for _ in range(c.ri(3, 5)):
        p = c.person()
        d.add(P(c.name(p, "l f")), ", ", addr_line(c, c.addr(unit=False), 0), "; ")
    d.add("\n\n")
    ret = c.addr(pobox=True)
    d.add(
        {
            "de": "Ganz oder teilweise ausgefüllte Listen bitte umgehend zurücksenden an: ",
            "fr": "Renvoyer les listes, même partiellement remplies, à : ",
            "it": "Rispedire le liste, anche se compilate solo in parte, a: ",
        }[L],
        f"{kind.split()[0]} «{title}», ",
        addr_line(c, ret, 0),
        "\n",
    )


def de_(town):
    """French "de"/"d'" before a town name."""
    return f"d'{town}" if town[0] in "AEIOUYÉÈÂÎaeiouyH" else f"de {town}"


def t_petition(c: Ctx, d: Doc):
    L, R = c.lang, c.region
    n = c.ri(6, 9)
    if R == "CH":
        return swiss_sheet(c, d, n)
    title = c.ch(PET_TITLES[L][5:] if L != "en" else PET_TITLES["en-US"] if R == "US" else PET_TITLES[L])
    base = c.addr()
    base_town = base.town
    sign_day = c.recent(40)
    sigs = {
        "de": ["[Unterschrift]", "(unterschrieben)", "✓"],
        "fr": ["[signature]", "(signé)", "✓"],
        "it": ["[firma]", "(firmato)", "f.to"],
        "en": ["[signed]", "(signature)", "✓"],
    }[L]
    if L == "de":
        d.add(
            c.ch(
                [
                    "Kannst du diese Unterschriftenliste in eine Tabelle übertragen, sortiert nach Nachnamen?",
                    "Bitte prüf die abgetippte Unterschriftenliste: Fehlt irgendwo das Geburtsdatum oder die Adresse?",
                    "Hier die abgeschriebene Liste vom Infostand am Samstag. Zähl bitte die gültigen Unterschriften.",
                ]
            ),
            "\n\n",
        )
        if R == "DE":
            d.add(f"Bürgerbegehren „{title}“ – Unterschriftenliste\n")
            d.add(
                c.ch(
                    [
                        "Fragestellung: Sind Sie dafür, dass der Beschluss des Stadtrats aufgehoben wird?\n",
                        "Fragestellung: Sind Sie dafür, dass der Beschluss "
                        "des Gemeinderats vom 12. März aufgehoben wird?\n",
                    ]
                )
            )
            d.add("Vertrauenspersonen:\n")
            for k in range(2):
                p = c.person()
                d.add(f"{k + 1}. ", P(c.name(p, "fl")), ", ", addr_line(c, c.addr(near=base)), "\n")
            header = [
                "Lfd. Nr.",
                "Familienname, Vorname",
                "Geburtsdatum",
                "Anschrift (Straße, Hausnr., PLZ, Ort)",
                "Datum",
                "Unterschrift",
            ]
        else:
            d.add(f"Unterschriftenliste zur Bürgerinitiative „{title}“ – Stadtgemeinde {base_town}\n")
            p = c.person()
            d.add(
                "Zustellungsbevollmächtigte/r: ",
                P(c.name(p, "fl")),
                ", ",
                addr_line(c, c.addr(near=base)),
                ", Tel. ",
                T(c.phone("mobile")),
                "\n",
            )
            header = ["Nr.", "Vor- und Familienname", "Geburtsdatum", "Wohnadresse", "Datum", "Unterschrift"]
        rows = []
        for k in range(n):
            p = c.person()
            nm = P(c.name(p, "lf" if R == "DE" else c.ch(["fl", "fl", "LF"])))
            dd = c.dob(1940, 2008)
            dob = B(dob_short(c, dd)) if c.chance(0.9) else ""
            rows.append([str(k + 1), nm, dob, addr_line(c, c.addr(near=base)), c.num_date(sign_day), c.ch(sigs)])
        table(c, d, header, rows)
    elif L == "fr":
        d.add(
            c.ch(
                [
                    "Peux-tu mettre cette pétition au propre dans un tableau, triée par nom ?",
                    "Voici les signatures recueillies au marché samedi. Combien sont complètes ?",
                    "Aide-moi à préparer le dépôt de cette pétition : "
                    "vérifie que chaque ligne contient bien une adresse.",
                ]
            ),
            "\n\n",
        )
        if R == "FR":
            d.add(
                f"PÉTITION — {title}\n",
                f"À l'attention de {c.ch(['Madame la Maire', 'Monsieur le Maire'])} {de_(base_town)}\n",
            )
            d.add(
                "Nous, soussignés, habitants et usagers du quartier, demandons "
                "au conseil municipal d'inscrire ce point à l'ordre du jour.\n"
            )
            p = c.person()
            d.add(
                "Contact : collectif des riverains — ",
                P(c.name(p, c.ch(["fl", "LF"]))),
                ", ",
                T(c.phone("mobile")),
                ", ",
                E(c.email(p)),
                "\n\n",
            )
            header = ["Nom", "Prénom", "Adresse", "Courriel (facultatif)", "Signature"]
            rows = []
            for _ in range(n):
                p = c.person()
                rows.append(
                    [
                        P(upper(p.last) if c.chance(0.6) else p.last),
                        P(p.first),
                        addr_line(c, c.addr(near=base)),
                        E(c.email(p)) if c.chance(0.5) else "",
                        c.ch(sigs),
                    ]
                )
        elif R == "BE":
            d.add(f"Pétition adressée au Conseil communal {de_(base_town)} — « {title} »\n")
            d.add(
                "(Peuvent signer les habitants de la commune âgés de "
                "16 ans au moins ; indiquer la date de naissance.)\n"
            )
            p = c.person()
            d.add(
                "Premier signataire : ",
                P(c.name(p, "fl")),
                ", ",
                addr_line(c, c.addr(near=base)),
                ", ",
                T(c.phone()),
                "\n\n",
            )
            header = ["N°", "Nom et prénom", "Date de naissance", "Adresse complète", "Signature"]
            rows = []
            for k in range(n):
                p = c.person()
                dd = c.dob(1940, 2009)
                rows.append(
                    [
                        str(k + 1),
                        P(c.name(p, c.ch(["LF", "fl", "l f"]))),
                        B(dob_short(c, dd)),
                        addr_line(c, c.addr(near=base)),
                        c.ch(sigs),
                    ]
                )
        else:  # LU
            d.add(f"Pétition au conseil communal {de_(base_town)} : « {title} »\n")
            p = c.person()
            d.add(
                "Initiateurs : ",
                P(c.name(p, "fl")),
                " et ",
                P(c.name(c.person(), "fl")),
                " (contact : ",
                E(c.email(p)),
                ")\n\n",
            )
            header = ["Nom, prénom", "Adresse", "Matricule (facultatif)", "Signature"]
            rows = []
            for _ in range(n):
                p = c.person()
                dd = c.dob(1945, 2006)
                mat = f"{dd.year}{dd.month:02d}{dd.day:02d}{c.digits(5)}" if c.chance(0.35) else ""
                rows.append([P(c.name(p, c.ch(["LcF", "lf", "fl"]))), addr_line(c, c.addr(near=base)), mat, c.ch(sigs)])
        table(c, d, header, rows)
    elif L == "it":
        d.add(
            c.ch(
                [
                    "Puoi ricopiare in una tabella le firme raccolte al banchetto?",
                    "Controlla questo foglio della raccolta firme: mancano dati in qualche riga?",
                    "Mi prepari l'elenco dei firmatari in ordine alfabetico?",
                ]
            ),
            "\n\n",
        )
        d.add(f"RACCOLTA FIRME — Proposta di legge di iniziativa popolare: «{title}»\n")
        promo = [c.person() for _ in range(2)]
        d.add("Promotori: ", P(c.name(promo[0], "fl")), ", ", P(c.name(promo[1], "fl")), "\n")
        d.add(
            "Referente per la raccolta: ",
            P(c.name(promo[0], "ifl")),
            ", cell. ",
            T(c.phone("mobile")),
            ", ",
            E(c.email(promo[0])),
            "\n\n",
        )
        header = [
            "N.",
            "Cognome e nome",
            "Luogo e data di nascita",
            "Comune di iscrizione nelle liste elettorali",
            "Documento",
            "Firma",
        ]
        rows = []
        for k in range(n):
            p = c.person()
            dd = c.dob(1940, 2007)
            born = c.town()
            doc = c.ch(
                [
                    f"C.I. {c.letters(2)}{c.digits(5)}{c.letters(2)}",
                    f"Pat. {c.letters(2)}{c.digits(7)}{c.letters(1)}",
                    f"C.I. {c.letters(2)} {c.digits(7)}",
                    "conoscenza personale",
                ]
            )
            rows.append(
                [
                    str(k + 1),
                    P(c.name(p, c.ch(["UPl", "l f", "l f"]))),
                    [born, ", ", B(dob_short(c, dd))],
                    base_town if c.chance(0.7) else c.town(),
                    doc,
                    c.ch(sigs),
                ]
            )
        table(c, d, header, rows, c.ch(["md", "fixed", "tsv"]))
        off = c.person()
        d.add(
            "\nAUTENTICAZIONE DELLE FIRME\nIo sottoscritto/a ",
            P(c.name(off, "fl")),
            ", ",
            c.ch(["consigliere comunale", "notaio", "funzionario incaricato dal Sindaco", "cancelliere"]),
            f" del Comune di {base_town}, autentico le n. {n} firme sopra apposte in mia presenza.\n",
            f"{base_town}, {c.fmt_date(sign_day)}  Timbro e firma\n",
        )
    else:  # en
        d.add(
            c.ch(
                [
                    "Can you type up this petition sheet as a clean table, sorted by surname?",
                    "Here are the signatures we collected outside the "
                    "library on Saturday. How many have a full address?",
                    "Please check this petition sheet before we hand it in and flag any incomplete rows.",
                ]
            ),
            "\n\n",
        )
        R2 = c.region
        body = {
            "GB": f"To: {base_town} City Council\nWe the undersigned call on the Council to act on: {title}.\n",
            "IE": "To the Elected Members of the Council\nWe, the "
            f"undersigned residents, ask the Council to support: {title}.\n",
            "US": f"INITIATIVE PETITION — {title}\nCity of {base_town}, {base.state}\n",
            "CA": "PETITION TO THE LEGISLATIVE ASSEMBLY\nWe, the undersigned, "
            f"call upon the Assembly to support: {title}.\n",
            "AU": "PETITION TO THE LEGISLATIVE ASSEMBLY\nThe petition of "
            f"residents draws to the attention of the House: {title}.\n",
            "NZ": "PETITION TO THE HOUSE OF REPRESENTATIVES\n",
        }[R2]
        if R2 == "NZ":
            lead = c.person()
            d.add(
                "PETITION TO THE HOUSE OF REPRESENTATIVES\nPetition of ",
                P(c.name(lead, "fl")),
                f": That the House of Representatives supports: {title}.\n",
            )
        else:
            d.add(body)
        if R2 in ("GB", "IE", "AU", "CA", "NZ"):
            lead = c.person()
            d.add(
                c.ch(["Lead petitioner: ", "Principal petitioner: ", "Organiser: "]),
                P(c.name(lead, "fl")),
                ", ",
                addr_line(c, c.addr(near=base)),
                ", ",
                T(c.phone()),
                "\n\n",
            )
            header = [
                "Name",
                "Address (including postcode)" if R2 in ("GB", "IE") else "Address",
                "Signature",
                "Email (optional)",
            ]
            rows = []
            for _ in range(n):
                p = c.person()
                rows.append(
                    [
                        P(c.name(p, c.ch(["fl", "fl", "UP", "ifl"]))),
                        addr_line(c, c.addr(near=base)),
                        c.ch(sigs),
                        E(c.email(p)) if c.chance(0.4) else "",
                    ]
                )
            table(c, d, header, rows)
        else:  # US
            header = ["Signature", "Printed Name", "Residence Address (street, city, ZIP)", "Date Signed"]
            rows = []
            for _ in range(n):
                p = c.person()
                rows.append(
                    [
                        c.ch(sigs),
                        P(c.name(p, c.ch(["fl", "UP", "fl"]))),
                        addr_line(c, c.addr(near=base)),
                        c.num_date(sign_day),
                    ]
                )
            table(c, d, header, rows)
            circ, notary = c.person(), c.person()
            d.add(
                "\nCIRCULATOR'S AFFIDAVIT\nI, ",
                P(c.name(circ, "fl")),
                ", declare that I personally circulated this petition "
                "and witnessed each signature. My residence address is ",
                addr_line(c, c.addr(near=base)),
                ".\n",
                f"Subscribed and sworn to before me on {c.fmt_date(sign_day)}.\n",
                P(c.name(notary, "fl")),
                f", Notary Public. My commission expires {c.fmt_date(TODAY + timedelta(days=c.ri(200, 1200)))}.\n",
            )


# --- 2. travel expense claims -------------------------------------------------------------------------

HOTELS = {
    "de": [
        "Hotel Adler",
        "Hotel zur Post",
        "Gasthof Krone",
        "Hotel Schwarzer Bär",
        "Hotel am Dom",
        "Hotel Bahnhof-Süd",
    ],
    "fr": [
        "Hôtel du Commerce",
        "Hôtel de la Gare",
        "Hôtel Le Lion d'Or",
        "Hôtel des Voyageurs",
        "Hôtel Saint-Christophe",
    ],
    "it": ["Albergo Stella d'Oro", "Hotel Centrale", "Albergo Due Torri", "Hotel San Marco", "Hotel Garibaldi"],
    "en": [
        "The Old Bell Hotel",
        "Station Hotel",
        "The Red Lion",
        "Harbour View Inn",
        "Grand Central Hotel",
        "Riverside Lodge",
    ],
}
RESTAURANTS = {
    "de": ["Restaurant Zum Goldenen Hirschen", "Trattoria da Enzo", "Brauhaus am Markt", "Gasthaus Lamm"],
    "fr": ["Brasserie du Théâtre", "Le Petit Zinc", "Chez Marcel", "La Table de Lucie"],
    "it": ["Trattoria da Gino", "Osteria del Ponte", "Ristorante La Pergola", "Pizzeria Vesuvio"],
    "en": ["The Crown & Anchor", "Luigi's Trattoria", "Hawksmoor", "The Ivy Brasserie", "Nando's"],
}


def t_expenses(c: Ctx, d: Doc):
    L, R = c.lang, c.region
    emp, boss = c.person(), c.person()
    comp = c.company()
    start = c.recent(60, -5)
    nights = c.ri(1, 3)
    end = start + timedelta(days=nights)
    hotel = c.ch(HOTELS[L])
    hotel_addr = c.addr(unit=False)
    rest = c.ch(RESTAURANTS[L])
    guests = [c.person() for _ in range(c.ri(1, 3))]
    gcomp = c.company()
    cur_total = 0.0
    intro = {
        "de": [
            "Kannst du meine Reisekostenabrechnung prüfen und die Summe nachrechnen?",
            "Bitte formuliere mir aus diesen Angaben eine kurze Begründung "
            "für die Bewirtung, die Buchhaltung will das schriftlich.",
            "Ich muss die Spesen bis Freitag einreichen. Fehlt noch etwas?",
        ],
        "fr": [
            "Peux-tu vérifier ma note de frais et recalculer le total ?",
            "La compta me demande une justification pour le repas d'affaires, tu peux la rédiger à partir de ça ?",
            "Il manque quelque chose dans cette note de frais avant que je l'envoie ?",
        ],
        "it": [
            "Puoi controllare la mia nota spese e rifare il totale?",
            "L'amministrazione vuole una giustificazione per il pranzo di lavoro, me la scrivi partendo da qui?",
            "Manca qualcosa in questa nota spese prima che la mandi?",
        ],
        "en": [
            "Can you check my expense claim and redo the totals?",
            "Finance want a short justification for the client dinner — can you write one from this?",
            "Is anything missing from this expense report before I submit it?",
        ],
    }[L]
    d.add(c.ch(intro), "\n\n")
    lab = {
        "de": dict(
            title={"CH": "Spesenabrechnung", "AT": "Reiserechnung"}.get(R, "Reisekostenabrechnung"),
            emp="Mitarbeiter/in",
            no="Pers.-Nr.",
            dept="Kostenstelle",
            home="Privatanschrift",
            purpose="Reiseanlass",
            from_="Beginn",
            to="Ende",
            receipts="Belege",
            hotel="Übernachtung",
            meal="Bewirtung",
            guests="Teilnehmer",
            pay="Auszahlung auf",
            holder="Kontoinhaber/in",
            appr="Genehmigt",
            tel="Tel.",
            card="Firmenkreditkarte",
            total="Summe",
            mobile="Mobil",
            mail="E-Mail",
        ),
        "fr": dict(
            title="Note de frais",
            emp="Salarié(e)",
            no="Matricule",
            dept="Centre de coût",
            home="Adresse personnelle",
            purpose="Motif du déplacement",
            from_="Départ",
            to="Retour",
            receipts="Justificatifs",
            hotel="Hébergement",
            meal="Repas d'affaires",
            guests="Convives",
            pay="Remboursement sur",
            holder="Titulaire du compte",
            appr="Validé par",
            tel="Tél.",
            card="Carte affaires",
            total="Total",
            mobile="Portable",
            mail="Courriel",
        ),
        "it": dict(
            title="Nota spese trasferta",
            emp="Dipendente",
            no="Matricola",
            dept="Centro di costo",
            home="Residenza",
            purpose="Motivo della trasferta",
            from_="Partenza",
            to="Rientro",
            receipts="Giustificativi",
            hotel="Pernottamento",
            meal="Pranzo di lavoro",
            guests="Partecipanti",
            pay="Accredito su",
            holder="Intestatario",
            appr="Approvato da",
            tel="Tel.",
            card="Carta aziendale",
            total="Totale",
            mobile="Cell.",
            mail="E-mail",
        ),
        "en": dict(
            title="Expense Report" if R in ("US", "CA") else "Expense Claim",
            emp="Employee",
            no="Payroll no.",
            dept="Cost centre" if R not in ("US", "CA") else "Cost center",
            home="Home address",
            purpose="Purpose of trip",
            from_="Departed",
            to="Returned",
            receipts="Receipts",
            hotel="Accommodation",
            meal="Client entertainment",
            guests="Attendees",
            pay="Reimburse to",
            holder="Account name",
            appr="Approved by",
            tel="Tel",
            card="Corporate card",
            total="Total",
            mobile="Mobile",
            mail="Email",
        ),
    }[L]
    d.add(
        f"{lab['title']} "
        f"{({'de': 'Nr. ', 'fr': 'n° ', 'it': 'n. ', 'en': '#'}[L]) if c.chance(0.5) else ''}{c.ref('', 5)}\n"
    )
    d.add(f"{lab['emp']}: ", P(c.name(emp, c.ch(["fl", "lf", "LcF"]))), f" ({lab['no']} {c.digits(c.ri(4, 6))})\n")
    d.add(
        f"{lab['mail']}: ",
        E(c.email(emp, c.domain_of(comp), work=True)),
        f"   {lab['mobile']}: ",
        T(c.phone("mobile")),
        "\n",
    )
    d.add(f"{lab['dept']}: {c.ri(1000, 9999)}\n")
    drove = c.chance(0.55)
    if drove:
        d.add(f"{lab['home']}: ", addr_line(c, c.addr()), "\n")
    dest = hotel_addr.town
    d.add(
        f"{lab['purpose']}: ",
        {
            "de": f"Kundentermin bei {gcomp} in {dest}",
            "fr": f"Rendez-vous client chez {gcomp} à {dest}",
            "it": f"Incontro con il cliente {gcomp} a {dest}",
            "en": f"Client meeting at {gcomp}, {dest}",
        }[L],
        "\n",
    )
    d.add(
        f"{lab['from_']}: {c.num_date(start)} {c.ri(5, 9):02d}:{c.ch(['00', '15', '30', '45'])} "
        f"  {lab['to']}: {c.num_date(end)} {c.ri(17, 22):02d}:{c.ch(['05', '20', '40'])}\n\n"
    )
    items = []
    per_night = c.ri(79, 189) + c.ch([0, 0.5, 0.9])
    items.append(
        (
            [
                f"{lab['hotel']}: {hotel}, ",
                addr_line(c, hotel_addr),
                f", {lab['tel']} ",
                T(c.phone("land")),
                f" — {nights} × {c.money(per_night)}",
            ],
            per_night * nights,
        )
    )
    meal = c.ri(60, 260) + c.ch([0, 0.4, 0.8])
    gl = []
    for k, g in enumerate(guests):
        if k:
            gl.append(", ")
        gl += [
            c.salutation(g) + " " if L != "en" and c.chance(0.5) else "",
            P(c.name(g, c.ch(["fl", "fl", "ifl"]))),
            f" ({gcomp})" if k == 0 else "",
        ]
    colleague = c.person()
    gl += [
        ", ",
        P(c.name(colleague, c.ch(["fl", "f"]))),
        {
            "de": " (Kollegin)" if colleague.gender == "f" else " (Kollege)",
            "fr": " (collègue)",
            "it": " (collega)",
            "en": " (colleague)",
        }[L],
    ]
    items.append(([f"{lab['meal']}: {rest} — {lab['guests']}: ", gl, f" — {c.money(meal)}"], meal))
    if drove:
        km = c.ri(80, 640)
        rate = {
            "DE": 0.30,
            "AT": 0.50,
            "CH": 0.70,
            "FR": 0.603,
            "BE": 0.4269,
            "LU": 0.30,
            "IT": 0.42,
            "GB": 0.45,
            "IE": 0.5182,
            "US": 0.70,
            "CA": 0.72,
            "AU": 0.88,
            "NZ": 1.17,
        }[R]
        unit = "mi" if R in ("GB", "US") else "km"
        items.append(
            (
                [
                    {
                        "de": "Fahrt mit Privat-Pkw",
                        "fr": "Indemnités kilométriques (véhicule personnel)",
                        "it": "Rimborso chilometrico (auto propria)",
                        "en": "Mileage (own car)",
                    }[L],
                    f" {c.plate()}: {thousands(c, km)} {unit} × "
                    f"{c.money(rate) if R not in ('GB', 'IE') else ('45p' if R == 'GB' else '€0.5182')}",
                ],
                km * rate,
            )
        )
    else:
        tr = c.ri(40, 240) + 0.5
        items.append(
            (
                [
                    {"de": "Bahnticket", "fr": "Billet de train", "it": "Biglietto del treno", "en": "Rail fare"}[L],
                    f" ({ {'de': '2. Kl.', 'fr': '2nde classe', 'it': '2a classe', 'en': 'Standard'}[L] }) "
                    f"— {c.money(tr)}",
                ],
                tr,
            )
        )
    taxi = c.ri(12, 60) + 0.2
    items.append(
        (
            [
                {
                    "de": "Taxi Bahnhof – Kunde",
                    "fr": "Taxi gare – client",
                    "it": "Taxi stazione – cliente",
                    "en": "Taxi station – client",
                }[L],
                f" — {c.money(taxi)}",
            ],
            taxi,
        )
    )
    d.add(f"{lab['receipts']}:\n")
    for k, (parts, v) in enumerate(items):
        cur_total += v
        d.add(f"{k + 1}. ", parts, "\n")
    d.add(f"\n{lab['total']}: {c.money(cur_total)}\n")
    if c.chance(0.5):
        d.add(f"{lab['card']}: ", C(c.card()), f" (exp. {c.ri(1, 12):02d}/{c.ri(27, 31)})\n")
    else:
        d.add(f"{lab['card']}: {c.masked_card()}\n")
    if R in ("US", "CA", "AU", "NZ"):
        d.add(
            f"{lab['pay']}: ",
            {
                "US": f"direct deposit on file (routing {c.digits(9)}, acct ending {c.digits(4)})",
                "CA": f"direct deposit (transit {c.digits(5)}, institution "
                f"{c.digits(3)}, account ending {c.digits(4)})",
                "AU": f"BSB {c.digits(3)}-{c.digits(3)}, account {c.digits(8)}",
                "NZ": f"{c.digits(2)}-{c.digits(4)}-{c.digits(7)}-{c.digits(2)}",
            }[R],
            "\n",
        )
    elif R == "GB" and c.chance(0.6):
        d.add(
            f"{lab['pay']}: sort code {c.digits(2)}-{c.digits(2)}-{c.digits(2)}, "
            f"account {c.digits(8)}, {lab['holder']}: ",
            P(c.name(emp, "ifl")),
            "\n",
        )
    else:
        d.add(
            f"{lab['pay']}: IBAN ",
            I(c.iban()),
            f" (BIC {c.bic()}), {lab['holder']}: ",
            P(c.name(emp, c.ch(["fl", "UP"]))),
            "\n",
        )
    d.add(
        f"{lab['appr']}: ",
        P(c.name(boss, c.ch(["fl", "ifl", "lf"]))),
        f", {c.num_date(end + timedelta(days=c.ri(2, 9)))}\n",
    )
    if c.chance(0.5):
        d.add(
            "\n",
            {
                "de": "PS: Das Hotel hat die Rechnung auf ",
                "fr": "PS : l'hôtel a établi la facture au nom de ",
                "it": "PS: l'albergo ha intestato la fattura a ",
                "en": "PS: the hotel made the invoice out to ",
            }[L],
            P(c.name(emp, "l")),
            {
                "de": " statt auf die Firma ausgestellt, ist das ein Problem?",
                "fr": " au lieu de la société, c'est gênant ?",
                "it": " invece che all'azienda, è un problema?",
                "en": " instead of the company — is that a problem?",
            }[L],
            "\n",
        )


# --- 3. loan and mortgage applications ---------------------------------------------------------------


def codice_fiscale(c, p, dd):
    def cons(s):
        s = strip_accents(s).upper()
        cs = [ch for ch in s if ch.isalpha() and ch not in "AEIOU"]
        vs = [ch for ch in s if ch in "AEIOU"]
        return "".join((cs + vs + ["X", "X", "X"])[:3])

    mon = "ABCDEHLMPRST"[dd.month - 1]
    day = dd.day + (40 if p.gender == "f" else 0)
    return f"{cons(p.last)}{cons(p.first)}{dd.year % 100:02d}{mon}{day:02d}{c.letters(1)}{c.digits(3)}{c.letters(1)}"


def national_id(c, p, dd):
    R = c.region
    if R == "DE":
        return "Steuer-ID", f"{c.digits(2)} {c.digits(3)} {c.digits(3)} {c.digits(3)}"
    if R == "AT":
        return "SV-Nummer", f"{c.digits(4)} {dd.day:02d}{dd.month:02d}{dd.year % 100:02d}"
    if R == "CH":
        return {"de": "AHV-Nr.", "fr": "N° AVS", "it": "N. AVS"}[
            c.lang
        ], f"756.{c.digits(4)}.{c.digits(4)}.{c.digits(2)}"
    if R == "FR":
        return "N° fiscal", f"{c.ri(1, 3)} {c.digits(2)} {c.digits(2)} {c.digits(3)} {c.digits(3)} {c.digits(3)}"
    if R == "BE":
        return "NISS", f"{dd.year % 100:02d}.{dd.month:02d}.{dd.day:02d}-{c.digits(3)}.{c.digits(2)}"
    if R == "LU":
        return "Matricule", f"{dd.year} {dd.month:02d}{dd.day:02d} {c.digits(3)} {c.digits(2)}"
    if R == "IT":
        return "Codice fiscale", codice_fiscale(c, p, dd)
    if R == "GB":
        return (
            "NI number",
            f"{c.letters(2, 'ABCEGHJKLMNPRSTWXYZ')} {c.digits(2)} {c.digits(2)} {c.digits(2)} {c.ch('ABCD')}",
        )
    if R == "IE":
        return "PPSN", f"{c.digits(7)}{c.letters(1)}{c.ch(['', 'A', 'W'])}"
    if R == "US":
        return "SSN", c.ch([f"{c.ri(100, 665)}-{c.digits(2)}-{c.digits(4)}", f"***-**-{c.digits(4)}"])
    if R == "CA":
        return "SIN", f"{c.digits(3)} {c.digits(3)} {c.digits(3)}"
    if R == "AU":
        return "Driver licence no.", c.digits(8)
    return "IRD number", f"{c.digits(3)}-{c.digits(3)}-{c.digits(3)}"


def t_loan(c: Ctx, d: Doc):
    L, R = c.lang, c.region
    couple = c.chance(0.65)
    a1 = c.person()
    a2 = c.person(gender="m" if a1.gender == "f" else "f", last=a1.last if c.chance(0.6) else None) if couple else None
    home = c.addr()
    prev = c.addr()
    emp1, emp2 = c.company(), c.company()
    intro = {
        "de": [
            "Ich muss für unsere Baufinanzierung die Selbstauskunft "
            "ausfüllen. Kannst du prüfen, ob noch Angaben fehlen?",
            "Hier unsere Daten für den Kreditantrag. Bitte bring das in eine saubere Form für die Bank.",
            "Mein Finanzierungsberater will die Selbstauskunft als Tabelle. Kannst du das formatieren?",
        ],
        "fr": [
            "Je dois remplir la fiche de renseignements pour notre "
            "prêt immobilier. Tu peux vérifier s'il manque des infos ?",
            "Voici nos informations pour la demande de prêt. Mets-les au propre pour le courtier, s'il te plaît.",
            "La banque veut ce questionnaire sous forme de tableau, tu peux le reformater ?",
        ],
        "it": [
            "Devo compilare la richiesta di mutuo. Puoi controllare se manca qualche dato?",
            "Ecco i nostri dati per la richiesta di finanziamento, me li sistemi per la banca?",
            "Il consulente vuole la scheda in tabella, puoi riformattarla?",
        ],
        "en": [
            "I'm filling in our mortgage application. Can you check whether anything is missing?",
            "Here are our details for the loan application — can you tidy this up for the broker?",
            "The lender wants this as a table. Can you reformat it and flag gaps?",
        ],
    }[L]
    d.add(c.ch(intro), "\n\n")
    lab = {
        "de": [
            "Name",
            "Vorname(n)",
            "Geburtsname",
            "Geburtsdatum",
            "Geburtsort",
            "Staatsangehörigkeit",
            "Familienstand",
            "Anschrift",
            "Wohnhaft seit",
            "Voranschrift",
            "Telefon",
            "E-Mail",
            "Beruf",
            "Arbeitgeber",
            "Anschrift Arbeitgeber",
            "Beschäftigt seit",
            "Nettoeinkommen mtl.",
            "Gehaltskonto (IBAN)",
            "Antragsteller/in 1",
            "Antragsteller/in 2",
            "wie links",
        ],
        "fr": [
            "Nom",
            "Prénom(s)",
            "Nom de naissance",
            "Date de naissance",
            "Lieu de naissance",
            "Nationalité",
            "Situation familiale",
            "Adresse",
            "Depuis le",
            "Adresse précédente",
            "Téléphone",
            "Courriel",
            "Profession",
            "Employeur",
            "Adresse de l'employeur",
            "Date d'embauche",
            "Revenus nets mensuels",
            "Compte salaire (IBAN)",
            "Emprunteur",
            "Co-emprunteur",
            "idem",
        ],
        "it": [
            "Cognome",
            "Nome",
            "Cognome da nubile",
            "Data di nascita",
            "Luogo di nascita",
            "Cittadinanza",
            "Stato civile",
            "Residenza",
            "Dal",
            "Residenza precedente",
            "Telefono",
            "E-mail",
            "Professione",
            "Datore di lavoro",
            "Sede del datore di lavoro",
            "Assunto/a dal",
            "Reddito netto mensile",
            "Conto di accredito stipendio (IBAN)",
            "Richiedente",
            "Co-richiedente",
            "idem",
        ],
        "en": [
            "Last name",
            "First name(s)",
            "Previous surname",
            "Date of birth",
            "Place of birth",
            "Nationality",
            "Marital status",
            "Current address",
            "At address since",
            "Previous address",
            "Phone",
            "Email",
            "Occupation",
            "Employer",
            "Employer address",
            "Employed since",
            "Gross annual income" if R in ("US", "CA", "AU", "NZ") else "Net monthly income",
            "Bank account",
            "Applicant 1",
            "Applicant 2",
            "same as above",
        ],
    }[L]
    married = couple and c.chance(0.6)
    status = {
        "de": ["verheiratet", "ledig", "in eingetragener Partnerschaft", "geschieden"],
        "fr": ["marié(e)", "pacsé(e)", "célibataire", "divorcé(e)"],
        "it": ["coniugato/a", "celibe/nubile", "unito/a civilmente", "separato/a"],
        "en": ["married", "single", "civil partnership", "divorced"],
    }[L]
    nat = {
        "DE": "deutsch",
        "AT": "österreichisch",
        "CH": {"de": "Schweiz", "fr": "suisse", "it": "svizzera"}.get(L),
        "FR": "française",
        "BE": "belge",
        "LU": "luxembourgeoise",
        "IT": "italiana",
        "GB": "British",
        "IE": "Irish",
        "US": "U.S. citizen",
        "CA": "Canadian",
        "AU": "Australian",
        "NZ": "New Zealand",
    }[R]

    def col(p, other, emp):
        dd = c.dob(1958, 2000)
        cells = {}
        cells["last"] = P(upper(p.last) if c.chance(0.3) else p.last)
        cells["first"] = P(p.first)
        cells["birthname"] = (
            P(c.person(last=None).last)
            if (p.gender == "f" and married and p.last == (other.last if other else "") and c.chance(0.8))
            else "—"
        )
        cells["dob"] = B(c.num_date(dd) if c.chance(0.8) else c.fmt_date(dd))
        cells["pob"] = (
            c.town()
            if c.chance(0.7)
            else c.ch(["Ankara", "Kraków", "Porto", "Tirana", "Casablanca", "Manila", "Kyiv", "Dakar", "Chennai"])
        )
        cells["nat"] = nat
        cells["status"] = status[0] if married else c.ch(status[1:])
        cells["tel"] = T(c.phone("mobile"))
        cells["mail"] = E(c.email(p))
        jobs = {
            "de": (
                ["Pflegefachfrau", "Softwareentwicklerin", "Lehrerin", "Sachbearbeiterin", "Bauingenieurin", "Ärztin"],
                ["Pflegefachmann", "Softwareentwickler", "Lehrer", "Elektroniker", "Sachbearbeiter", "Bauingenieur"],
            ),
            "fr": (
                ["infirmière", "développeuse", "enseignante", "comptable", "ingénieure", "pharmacienne"],
                ["infirmier", "développeur", "enseignant", "technicien", "comptable", "ingénieur"],
            ),
            "it": (
                ["infermiera", "sviluppatrice", "insegnante", "impiegata", "ingegnera", "farmacista"],
                ["infermiere", "sviluppatore", "insegnante", "tecnico", "impiegato", "ingegnere"],
            ),
            "en": (
                ["nurse", "software developer", "teacher", "accountant", "civil engineer", "pharmacist"],
                ["nurse", "software developer", "teacher", "electrician", "accountant", "civil engineer"],
            ),
        }[L]
        cells["job"] = c.ch(jobs[0] if p.gender == "f" else jobs[1])
        cells["emp"] = emp
        cells["empaddr"] = addr_line(c, c.addr(unit=False))
        cells["since"] = c.num_date(date(c.ri(2008, 2024), c.ri(1, 12), 1))
        inc = c.ri(1900, 6200) if R not in ("US", "CA", "AU", "NZ") else c.ri(48, 160) * 1000
        cells["inc"] = c.money(inc)
        if R in ("GB",) and c.chance(0.6):
            cells["bank"] = f"sort code {c.digits(2)}-{c.digits(2)}-{c.digits(2)}, acc. {c.digits(8)}"
        elif R in ("US",):
            cells["bank"] = f"checking, routing {c.digits(9)}, acct {c.digits(10)}"
        elif R in ("CA",):
            cells["bank"] = f"chequing, transit {c.digits(5)}-{c.digits(3)}, acct {c.digits(7)}"
        elif R in ("AU",):
            cells["bank"] = f"BSB {c.digits(3)}-{c.digits(3)} acc {c.digits(9)}"
        elif R == "NZ":
            cells["bank"] = f"{c.digits(2)}-{c.digits(4)}-{c.digits(7)}-{c.digits(3)}"
        else:
            cells["bank"] = I(c.iban())
        idl, idv = national_id(c, p, dd)
        cells["id"] = (idl, idv)
        return cells

    c1 = col(a1, a2, emp1)
    c2 = col(a2, a1, emp2) if couple else None
    moved = date(c.ri(2016, 2025), c.ri(1, 12), 1)
    keys = [
        "last",
        "first",
        "birthname",
        "dob",
        "pob",
        "nat",
        "status",
        "addr",
        "since",
        "prev",
        "tel",
        "mail",
        "job",
        "emp",
        "empaddr",
        "empsince",
        "inc",
        "bank",
        "id",
    ]
    labels = dict(
        zip(
            [
                "last",
                "first",
                "birthname",
                "dob",
                "pob",
                "nat",
                "status",
                "addr",
                "since",
                "prev",
                "tel",
                "mail",
                "job",
                "emp",
                "empaddr",
                "empsince",
                "inc",
                "bank",
            ],
            lab[:18],
            strict=True,
        )
    )

    fmt = c.ch(["md", "tsv", "seq"]) if couple else c.ch(["kv", "md"])
    same = lab[20] if fmt != "seq" else {"de": "wie oben", "fr": "idem", "it": "idem", "en": "same as above"}[L]

    def cell(cs, k, first):
        if k == "addr":
            return addr_line(c, home) if first else same
        if k == "since":
            return c.num_date(moved)
        if k == "prev":
            return (addr_line(c, prev) if first else same) if moved.year >= 2023 else "—"
        if k == "empsince":
            return cs["since"]
        if k == "id":
            return cs["id"][1]
        return cs[k]

    rows = []
    for k in keys:
        label = labels.get(k, c1["id"][0])
        rows.append([label, cell(c1, k, True)] + ([cell(c2, k, False)] if couple else []))
    if fmt in ("md", "tsv"):
        header = ["", lab[18]] + ([lab[19]] if couple else [])
        table(c, d, header, rows, fmt)
    else:
        for j, title in enumerate([lab[18]] + ([lab[19]] if couple else [])):
            d.add(f"{title}\n" if couple else "")
            for r in rows:
                d.add(f"{r[0]}: ", r[1 + j], "\n")
            d.add("\n")
    # the object and the people around the deal
    obj = c.addr(unit=False)
    price = c.ri(180, 1400) * 1000
    broker, advisor = c.person(), c.person()
    d.add(
        "\n",
        {"de": "Objekt: ", "fr": "Bien : ", "it": "Immobile: ", "en": "Property: "}[L],
        addr_line(c, obj),
        {
            "de": f", Kaufpreis {c.money(price)}, Eigenkapital {c.money(price * c.ri(10, 35) // 100)}",
            "fr": f", prix {c.money(price)}, apport {c.money(price * c.ri(10, 35) // 100)}",
            "it": f", prezzo {c.money(price)}, anticipo {c.money(price * c.ri(10, 35) // 100)}",
            "en": f", purchase price {c.money(price)}, deposit {c.money(price * c.ri(10, 35) // 100)}",
        }[L],
        "\n",
    )
    d.add(
        {
            "de": "Makler: ",
            "fr": "Agence : ",
            "it": "Agenzia: ",
            "en": "Estate agent: " if R not in ("US", "CA") else "Realtor: ",
        }[L],
        P(c.name(broker, c.ch(["fl", "ifl"]))),
        f" ({c.company()}), ",
        T(c.phone("land")),
        "\n",
    )
    d.add(
        {
            "de": "Ansprechpartner Bank: ",
            "fr": "Conseiller bancaire : ",
            "it": "Consulente: ",
            "en": "Loan officer: " if R == "US" else "Broker: ",
        }[L],
        P(c.name(advisor, "fl")),
        ", ",
        E(c.email(advisor, c.domain_of(c.company()), work=True)),
        f" (NMLS #{c.digits(6)})" if R == "US" else "",
        "\n",
    )
    if c.chance(0.5):
        kids = sorted(c.ri(2008, 2024) for _ in range(c.ri(1, 3)))
        d.add(
            {"de": "Kinder im Haushalt: ", "fr": "Enfants à charge : ", "it": "Figli a carico: ", "en": "Dependants: "}[
                L
            ],
            f"{len(kids)} ({', '.join(str(k) for k in kids)})\n",
        )
    if c.chance(0.5):
        d.add(
            {
                "de": "Bestehende Verbindlichkeiten: Ratenkredit bei ",
                "fr": "Crédits en cours : prêt auto chez ",
                "it": "Finanziamenti in corso: prestito auto con ",
                "en": "Existing credit: car finance with ",
            }[L],
            c.company(),
            f", {c.money(c.ri(120, 480))}/{ {'de': 'Monat', 'fr': 'mois', 'it': 'mese', 'en': 'month'}[L] }, "
            f"{ ({'de': 'Vertrag', 'fr': 'contrat', 'it': 'contratto', 'en': 'agreement'}[L]) } {c.ref('', 9)}\n",
        )


# --- 4. private used-car sale contracts ------------------------------------------------------------

CARS = [
    ("Volkswagen", "Golf VII Variant"),
    ("Opel", "Astra K"),
    ("Ford", "Focus Turnier"),
    ("Škoda", "Octavia Combi"),
    ("Mercedes-Benz", "A 180"),
    ("Peugeot", "308 SW"),
    ("Citroën", "C3 Aircross"),
    ("Renault", "Clio V"),
    ("Fiat", "Panda 1.2"),
    ("Lancia", "Ypsilon"),
    ("Alfa Romeo", "Giulietta"),
    ("Toyota", "Yaris Hybrid"),
    ("Honda", "Jazz"),
    ("Volvo", "V60"),
    ("Dacia", "Sandero Stepway"),
    ("Porsche", "Cayenne"),
    ("Ford", "Fiesta"),
    ("Subaru", "Outback"),
    ("Mazda", "CX-5"),
    ("Kia", "Ceed"),
]


def t_carsale(c: Ctx, d: Doc):
    L, R = c.lang, c.region
    seller, buyer = c.person(), c.person()
    sa, ba = c.addr(), c.addr()
    make, model = c.ch(CARS)
    first_reg = date(c.ri(2008, 2022), c.ri(1, 12), 1)
    km = c.ri(18, 240) * 1000 + c.ri(0, 999)
    price = c.ri(18, 260) * 100
    day = c.recent(10, 10)
    bdob = c.dob(1950, 2006)
    sdob = c.dob(1945, 2000)
    intro = {
        "de": [
            "Ich verkaufe morgen mein Auto privat. Ist dieser Kaufvertrag so in Ordnung, oder fehlt etwas Wichtiges?",
            "Kannst du den Kaufvertrag prüfen? Vor allem den Gewährleistungsausschluss.",
            "Bitte formuliere den Vertrag etwas sauberer, Inhalt soll gleich bleiben.",
        ],
        "fr": [
            "Je vends ma voiture demain à un particulier. Ce contrat te semble complet ?",
            "Peux-tu relire ce contrat de vente et me dire ce qu'il faut ajouter ?",
            "Reformule ce contrat proprement sans changer le contenu, stp.",
        ],
        "it": [
            "Domani vendo la mia auto a un privato. Questa scrittura privata va bene così?",
            "Puoi rileggere il contratto di vendita e dirmi se manca qualcosa?",
            "Riscrivi il contratto in modo più ordinato, senza cambiare il contenuto.",
        ],
        "en": [
            "I'm selling my car privately tomorrow. Does this bill of sale cover everything?",
            "Can you check this sale agreement before we sign it?",
            "Please tidy up this vehicle sale agreement without changing the terms.",
        ],
    }[L]
    d.add(c.ch(intro), "\n\n")
    pay_iban = c.chance(0.55) and R not in ("US", "CA", "AU", "NZ")
    if L == "de":
        d.add(
            {
                "CH": "Kaufvertrag für ein Occasionsfahrzeug (privat)",
                "AT": "Kaufvertrag für ein gebrauchtes Kraftfahrzeug (Privatverkauf)",
            }.get(R, "Kaufvertrag für den privaten Verkauf eines gebrauchten Kraftfahrzeugs"),
            "\n\n",
        )
        d.add(
            "Verkäufer\nName, Vorname: ",
            P(c.name(seller, "lf")),
            "\nAnschrift: ",
            addr_line(c, sa),
            "\nTelefon: ",
            T(c.phone()),
            f"\nAusweis-Nr.: {c.letters(1)}{c.digits(2)}{c.letters(1)}{c.digits(5)}\n\n",
        )
        d.add(
            "Käufer\nName, Vorname: ",
            P(c.name(buyer, "lf")),
            "\nGeburtsdatum: ",
            B(c.num_date(bdob)),
            "\nAnschrift: ",
            addr_line(c, ba),
            "\nTelefon: ",
            T(c.phone()),
            "\nE-Mail: ",
            E(c.email(buyer)),
            "\n\n",
        )
        idl = {
            "CH": f"Stammnummer: {c.digits(3)}.{c.digits(3)}.{c.digits(3)}",
            "AT": f"Fahrgestellnummer: {c.vin()}",
        }.get(R, f"Fahrzeug-Ident.-Nr.: {c.vin()}")
        d.add(
            f"Fahrzeug\nHersteller/Typ: {make} {model}\n{idl}\nAmtl. Kennzeichen: {c.plate()}\n",
            f"Erstzulassung: {first_reg.month:02d}/{first_reg.year}\nKilometerstand "
            f"(abgelesen): {thousands(c, km)} km\n",
            {
                "CH": f"Letzte MFK: {c.num_date(c.recent(700))}\n",
                "AT": f"§57a-Begutachtung gültig bis: {c.ri(1, 12):02d}/{c.ri(2027, 2028)}\n",
            }.get(R, f"Nächste HU: {c.ri(1, 12):02d}/{c.ri(2027, 2028)}\n"),
            f"Anzahl Vorbesitzer: {c.ri(0, 3)}\n\n",
        )
        d.add(f"Kaufpreis: {c.money(price)}\n")
        if pay_iban:
            d.add(
                "Zahlung: per Überweisung bis zur Übergabe auf das Konto des Verkäufers, IBAN ",
                I(c.iban()),
                ", Kontoinhaber: ",
                P(c.name(seller, "fl")),
                "\n",
            )
        else:
            d.add("Zahlung: bar bei Übergabe gegen Quittung\n")
        d.add(f"Übergabe: {c.num_date(day)}, {c.ri(9, 18)}:00 Uhr in {sa.town}\n\n")
        d.add(
            "Das Fahrzeug wird unter Ausschluss jeglicher Sachmängelhaftung "
            "verkauft, soweit nicht nachfolgend eine Garantie übernommen wird. ",
            "Der Verkäufer sichert zu, dass das Fahrzeug keine Unfallschäden hat außer: Parkrempler "
            f"hinten links, repariert {first_reg.year + c.ri(1, 3)} bei Autohaus {c.person().last}.\n\n",
        )
        d.add(
            f"{sa.town}, {c.num_date(day)}\n\n____________________            ____________________\n",
            "Verkäufer (",
            P(c.name(seller, "ifl")),
            ")          Käufer (",
            P(c.name(buyer, "ifl")),
            ")\n",
        )
    elif L == "fr":
        d.add(
            {
                "CH": "Contrat de vente d'un véhicule d'occasion entre particuliers",
                "BE": "Convention de vente d'un véhicule d'occasion",
                "LU": "Contrat de vente d'un véhicule d'occasion",
            }.get(
                R,
                "Contrat de vente d'un véhicule d'occasion entre particuliers "
                "(à joindre au certificat de cession, cerfa n° 15776*02)",
            ),
            "\n\n",
        )
        d.add(
            "ENTRE\nle vendeur : ",
            P(c.name(seller, c.ch(["LF", "fl"]))),
            ", demeurant ",
            addr_line(c, sa),
            ", tél. ",
            T(c.phone()),
            "\n",
        )
        d.add(
            "ET\nl'acheteur : ",
            P(c.name(buyer, c.ch(["LF", "fl"]))),
            ", né(e) le ",
            B(c.fmt_date(bdob, 0)),
            f" à {c.town()}, demeurant ",
            addr_line(c, ba),
            ", courriel ",
            E(c.email(buyer)),
            "\n\n",
        )
        d.add(
            f"Véhicule : {make} {model}\nImmatriculation : {c.plate()}\nN° d'identification (VIN) : {c.vin()}\n",
            f"Date de première mise en circulation : {c.num_date(first_reg)}\nKilométrage : {thousands(c, km)} km\n",
            {
                "BE": f"Car-Pass remis le {c.num_date(day - timedelta(days=3))}\n",
                "LU": f"Dernier contrôle technique : {c.num_date(c.recent(300))}\n",
                "CH": f"Dernière expertise : {c.num_date(c.recent(600))}\n",
            }.get(R, f"Contrôle technique du {c.num_date(c.recent(150))} (moins de 6 mois)\n"),
            "\n",
        )
        d.add(f"Prix de vente : {c.money(price)}\n")
        if pay_iban:
            d.add("Paiement par virement sur le compte du vendeur : IBAN ", I(c.iban()), f" – BIC {c.bic()}\n")
        else:
            d.add(f"Paiement par chèque de banque n° {c.digits(7)}\n")
        d.add(
            f"Date et heure de la vente : le {c.fmt_date(day, 2)} à {c.ri(9, 18)}h{c.ch(['00', '30', '15'])}\n",
            "Le véhicule est vendu en l'état, sans garantie, l'acheteur déclarant "
            "l'avoir essayé. Le vendeur certifie que le véhicule n'est pas gagé.\n",
            f"Fait à {sa.town}, en deux exemplaires.\n",
            "Le vendeur : ",
            P(c.name(seller, "fl")),
            "      L'acheteur : ",
            P(c.name(buyer, "fl")),
            "\n",
        )
    elif L == "it":
        d.add(
            "SCRITTURA PRIVATA DI COMPRAVENDITA DI AUTOVEICOLO USATO\n\n"
            if R == "IT"
            else "CONTRATTO DI COMPRAVENDITA DI UN VEICOLO D'OCCASIONE\n\n"
        )
        d.add(
            f"{'Il sottoscritto' if seller.gender == 'm' else 'La sottoscritta'} ",
            P(c.name(seller, c.ch(["fl", "UP"]))),
            f", {'nato' if seller.gender == 'm' else 'nata'} a {c.town()} il ",
            B(c.num_date(sdob)),
            ", residente in ",
            addr_line(c, sa),
        )
        if R == "IT":
            d.add(f", C.F. {codice_fiscale(c, seller, sdob)}")
        d.add(", tel. ", T(c.phone("mobile")), ", di seguito «venditore»,\n")
        d.add(
            "e ",
            P(c.name(buyer, c.ch(["fl", "UP"]))),
            f", {'nato' if buyer.gender == 'm' else 'nata'} a {c.town()} il ",
            B(c.num_date(bdob)),
            ", residente in ",
            addr_line(c, ba),
        )
        if R == "IT":
            d.add(f", C.F. {codice_fiscale(c, buyer, bdob)}")
        d.add(", e-mail ", E(c.email(buyer)), ", di seguito «acquirente»,\n\nconvengono quanto segue:\n")
        d.add(
            f"1. Il venditore cede all'acquirente l'autoveicolo {make} "
            f"{model}, targa {c.plate()}, telaio n. {c.vin()}, ",
            f"immatricolato il {c.num_date(first_reg)}, km {thousands(c, km)}.\n",
        )
        d.add(f"2. Il prezzo è convenuto in {c.money(price)}, ")
        if pay_iban:
            d.add("da versare mediante bonifico sul conto IBAN ", I(c.iban()), " intestato al venditore.\n")
        else:
            d.add("pagato in contanti alla consegna, di cui il venditore rilascia quietanza.\n")
        d.add(
            "3. Il veicolo viene venduto nello stato di fatto in cui si trova, visto e piaciuto.\n",
            "4. Il passaggio di proprietà sarà effettuato presso ",
            c.ch(["lo STA dell'ACI", "un'agenzia di pratiche auto"]) if R == "IT" else "l'Ufficio della circolazione",
            f" entro il {c.num_date(day + timedelta(days=7))}.\n",
            f"\n{sa.town}, {c.fmt_date(day)}\nIl venditore ____________   L'acquirente ____________\n",
        )
    else:
        title = {
            "US": "MOTOR VEHICLE BILL OF SALE",
            "CA": "BILL OF SALE — USED MOTOR VEHICLE",
            "AU": "VEHICLE SALE RECEIPT",
            "NZ": "VEHICLE SALE AGREEMENT",
            "GB": "VEHICLE SALE AGREEMENT (PRIVATE SALE)",
            "IE": "VEHICLE SALE AGREEMENT (PRIVATE SALE)",
        }[R]
        d.add(title, "\n\n")
        d.add(
            "Seller: ",
            P(c.name(seller, c.ch(["fl", "UP"]))),
            "\nAddress: ",
            addr_line(c, sa),
            "\nPhone: ",
            T(c.phone()),
            "\n",
        )
        if R in ("US", "CA", "AU"):
            d.add(
                f"Driver's licence no.: {c.letters(1)}{c.digits(7)}\n"
                if R != "US"
                else f"Driver's license no.: {c.letters(1)}{c.digits(3)}-{c.digits(4)}-{c.digits(4)}\n"
            )
        d.add(
            "\nBuyer: ",
            P(c.name(buyer, c.ch(["fl", "UP"]))),
            "\nAddress: ",
            addr_line(c, ba),
            "\nEmail: ",
            E(c.email(buyer)),
            "\n",
        )
        if R in ("AU", "NZ") or c.chance(0.4):
            d.add("Date of birth: ", B(c.num_date(bdob)), "\n")
        d.add(
            f"\nVehicle: {first_reg.year} {make} {model}\n",
            {
                "GB": f"Registration: {c.plate()}\nMOT expires: {c.fmt_date(TODAY + timedelta(days=c.ri(30, 330)))}\n",
                "IE": f"Registration: {c.plate()}\nNCT due: {c.ri(1, 12):02d}/{c.ri(2027, 2028)}\n",
                "US": f"VIN: {c.vin()}\nOdometer reading: {km:,} miles (actual mileage)\n",
                "CA": f"VIN: {c.vin()}\nPlate: {c.plate()}\nOdometer: {km:,} km\n",
                "AU": f"VIN: {c.vin()}\nRego: {c.plate()} (expires "
                f"{c.num_date(TODAY + timedelta(days=c.ri(30, 330)))})\n",
                "NZ": f"Plate: {c.plate()}\nWoF expires: {c.num_date(TODAY + timedelta(days=c.ri(30, 330)))}\n",
            }[R],
        )
        if R in ("GB", "IE", "NZ", "AU"):
            d.add(f"Odometer: {km:,} {'miles' if R == 'GB' else 'km'}\n")
        d.add(f"\nPrice: {c.money(price)}\n")
        if R == "US":
            zel = c.chance(0.5)
            d.add("Payment: ", ["Zelle to ", E(c.email(seller))] if zel else f"cashier's check no. {c.digits(8)}", "\n")
        elif R in ("GB", "IE") and pay_iban:
            d.add("Payment: bank transfer to IBAN ", I(c.iban()), "\n")
        elif R == "GB":
            d.add(
                f"Payment: bank transfer (sort code {c.digits(2)}-{c.digits(2)}-{c.digits(2)}, account {c.digits(8)})\n"
            )
        else:
            d.add("Payment: cash on collection\n")
        d.add(
            f"Date of sale: {c.fmt_date(day)}\n\nThe vehicle is sold as seen, tried and approved, without warranty. ",
            "The seller confirms the vehicle is free of any outstanding finance.\n",
        )
        if R == "GB":
            d.add("The V5C/2 new keeper slip has been handed to the buyer.\n")
        d.add("\nSigned (seller): ", P(c.name(seller, "fl")), "    Signed (buyer): ", P(c.name(buyer, "fl")), "\n")
        if R == "US":
            notary = c.person()
            d.add(
                f"\nState of {c.ch(['Illinois', 'Texas', 'Oregon', 'Ohio', 'Georgia'])}, County "
                f"of {c.ch(['Sangamon', 'Travis', 'Multnomah', 'Franklin', 'Fulton'])}\n",
                f"Acknowledged before me on {c.fmt_date(day)}. ",
                P(c.name(notary, "fl")),
                f", Notary Public, Commission No. {c.digits(7)}\n",
            )


# --- 5. tradespeople's quotes and estimates ---------------------------------------------------------

TRADES = {
    "de": [
        (
            "Malerbetrieb",
            "Malerarbeiten Wohnzimmer und Flur",
            [
                ("Wandflächen spachteln und schleifen", "m²"),
                ("Dispersionsfarbe weiß, 2 Anstriche", "m²"),
                ("Abdeck- und Schutzarbeiten", "psch"),
                ("Türzargen lackieren", "Stk"),
            ],
        ),
        (
            "Sanitär",
            "Badsanierung",
            [
                ("Wandfliesen entfernen und entsorgen", "m²"),
                ("Bodengleiche Dusche inkl. Abdichtung", "Stk"),
                ("Wand-WC mit Vorwandelement", "Stk"),
                ("Handtuchheizkörper montieren", "Stk"),
            ],
        ),
        (
            "Elektro",
            "Erneuerung Elektroinstallation Küche",
            [
                ("Steckdosen neu setzen", "Stk"),
                ("Herdanschluss 400 V", "Stk"),
                ("Unterverteilung mit FI/LS", "Stk"),
                ("Stemm- und Verputzarbeiten", "lfm"),
            ],
        ),
        (
            "Dachdeckerei",
            "Reparatur Dachfläche Nordseite",
            [
                ("Gerüst stellen und abbauen", "psch"),
                ("Dachziegel austauschen", "Stk"),
                ("Dachrinne erneuern", "lfm"),
                ("Entsorgung Altmaterial", "psch"),
            ],
        ),
        (
            "Schreinerei",
            "Einbauschrank Dachschräge",
            [
                ("Aufmaß und Planung", "psch"),
                ("Korpus Eiche furniert", "lfm"),
                ("Schiebetüren mit Softclose", "Stk"),
                ("Montage vor Ort", "Std"),
            ],
        ),
    ],
    "fr": [
        (
            "Peinture",
            "Travaux de peinture séjour et couloir",
            [
                ("Préparation des murs, rebouchage", "m²"),
                ("Peinture acrylique blanc mat, 2 couches", "m²"),
                ("Protection des sols", "forfait"),
                ("Laquage des portes", "u"),
            ],
        ),
        (
            "Plomberie",
            "Rénovation salle de bains",
            [
                ("Dépose faïence et évacuation", "m²"),
                ("Douche à l'italienne avec étanchéité", "u"),
                ("WC suspendu avec bâti-support", "u"),
                ("Sèche-serviettes", "u"),
            ],
        ),
        (
            "Électricité",
            "Mise aux normes électrique cuisine",
            [
                ("Prises de courant", "u"),
                ("Ligne plaque de cuisson 32 A", "u"),
                ("Tableau électrique avec différentiels", "u"),
                ("Saignées et rebouchage", "ml"),
            ],
        ),
        (
            "Couverture",
            "Réfection partielle de toiture",
            [
                ("Échafaudage", "forfait"),
                ("Remplacement de tuiles", "u"),
                ("Gouttière zinc", "ml"),
                ("Évacuation des gravats", "forfait"),
            ],
        ),
    ],
    "it": [
        (
            "Tinteggiature",
            "Tinteggiatura soggiorno e corridoio",
            [
                ("Rasatura e carteggiatura pareti", "m²"),
                ("Pittura lavabile bianca, 2 mani", "m²"),
                ("Protezione pavimenti", "a corpo"),
                ("Verniciatura porte", "cad."),
            ],
        ),
        (
            "Idraulica",
            "Rifacimento bagno",
            [
                ("Rimozione piastrelle e smaltimento", "m²"),
                ("Piatto doccia filo pavimento con impermeabilizzazione", "cad."),
                ("Vaso sospeso con cassetta a incasso", "cad."),
                ("Scaldasalviette", "cad."),
            ],
        ),
        (
            "Impianti elettrici",
            "Adeguamento impianto elettrico cucina",
            [
                ("Prese di corrente", "cad."),
                ("Linea piano cottura", "cad."),
                ("Quadro con differenziali", "cad."),
                ("Tracce e ripristini", "ml"),
            ],
        ),
        (
            "Edilizia",
            "Rifacimento parziale copertura",
            [
                ("Ponteggio", "a corpo"),
                ("Sostituzione coppi", "cad."),
                ("Grondaia in rame", "ml"),
                ("Smaltimento materiali", "a corpo"),
            ],
        ),
    ],
    "en": [
        (
            "Decorating",
            "Redecoration of living room and hallway",
            [
                ("Fill and sand walls", "m²"),
                ("Emulsion, two coats", "m²"),
                ("Dust sheets and protection", "item"),
                ("Gloss doors and frames", "each"),
            ],
        ),
        (
            "Plumbing & Heating",
            "Bathroom refit",
            [
                ("Strip out tiles and dispose", "m²"),
                ("Walk-in shower with tanking", "each"),
                ("Wall-hung WC with frame", "each"),
                ("Heated towel rail", "each"),
            ],
        ),
        (
            "Electrical",
            "Kitchen rewire",
            [
                ("Double sockets", "each"),
                ("Cooker circuit", "each"),
                ("Consumer unit with RCBOs", "each"),
                ("Chasing and making good", "m"),
            ],
        ),
        (
            "Roofing",
            "Repair to rear roof slope",
            [
                ("Scaffolding", "item"),
                ("Replace slipped tiles", "each"),
                ("New guttering", "m"),
                ("Skip and waste removal", "item"),
            ],
        ),
    ],
}
VAT = {
    "DE": 19,
    "AT": 20,
    "CH": 8.1,
    "FR": 10,
    "BE": 6,
    "LU": 17,
    "IT": 10,
    "GB": 20,
    "IE": 13.5,
    "US": 0,
    "CA": 13,
    "AU": 10,
    "NZ": 15,
}


def num(c, v):
    s = f"{v:,.2f}"
    if c.lang in ("de", "it") and c.region != "CH":
        return s.replace(",", "X").replace(".", ",").replace("X", ".")
    if c.lang == "fr" and c.region != "CH":
        return s.replace(",", " ").replace(".", ",")
    if c.region == "CH":
        return s.replace(",", "'")
    return s


def thousands(c, n):
    s = f"{n:,}"
    if c.region == "CH":
        return s.replace(",", "'")
    if c.lang in ("de", "it"):
        return s.replace(",", ".")
    if c.lang == "fr":
        return s.replace(",", "\u202f" if c.chance(0.3) else " ")
    return s


def one_quote(c, d, cust, cust_addr, site, trade, k):
    L, R = c.lang, c.region
    owner, contact = c.person(), c.person()
    name_kind = c.r()
    if name_kind < 0.5:
        firm = {
            "de": f"{trade[0]} {owner.last}",
            "fr": f"{trade[0]} {owner.last}",
            "it": f"{trade[0]} {owner.last}",
            "en": f"{owner.last} {trade[0]}",
        }[L]
        firm += " " + c.ch(
            {
                "DE": ["GmbH", "e.K.", "& Sohn"],
                "AT": ["GmbH", "e.U."],
                "CH": ["AG", "GmbH", "Sàrl", "SA"],
                "FR": ["SARL", "& Fils", "EURL"],
                "BE": ["SRL", "sprl"],
                "LU": ["S.à r.l."],
                "IT": ["S.n.c.", "S.r.l.", "di " + owner.first],
                "GB": ["Ltd", "& Sons"],
                "IE": ["Ltd"],
                "US": ["LLC", "Inc."],
                "CA": ["Inc.", "Ltd."],
                "AU": ["Pty Ltd"],
                "NZ": ["Ltd"],
            }[R]
        )
    else:
        firm = f"{c.ch(STEMS)} {trade[0]} {c.ch(LEGAL_SUFFIX[R])}"
    dom = c.domain_of(firm)
    fa = c.addr(unit=False)
    qno = f"{c.ch(['', 'A-', 'D-', 'Q'])}{TODAY.year}-{c.digits(4)}"
    qdate = c.recent(30)
    lab = {
        "de": dict(
            owner="Inh.",
            tel="Tel.",
            mob="Mobil",
            quote={"CH": "Offerte", "AT": "Kostenvoranschlag"}.get(R, "Angebot"),
            site="Bauvorhaben",
            cols=["Pos.", "Menge", "Einh.", "Bezeichnung", "EP", "GP"],
            net="Nettosumme",
            vat="MwSt.",
            tot="Gesamtbetrag",
            pay="Zahlungsbedingungen: 30 % Anzahlung bei Auftragserteilung, "
            "Rest nach Abnahme innerhalb 14 Tagen ohne Abzug.",
            bank="Bankverbindung",
            contact="Ihr Ansprechpartner",
            valid="Dieses Angebot ist 4 Wochen gültig.",
        ),
        "fr": dict(
            owner="Gérant :",
            tel="Tél.",
            mob="Port.",
            quote={"CH": "Offre"}.get(R, "Devis"),
            site="Adresse du chantier",
            cols=["N°", "Qté", "U", "Désignation", "PU HT", "Total HT"],
            net="Total HT",
            vat="TVA",
            tot="Total TTC",
            pay="Acompte de 30 % à la signature, solde à la réception des travaux.",
            bank="Coordonnées bancaires",
            contact="Votre interlocuteur",
            valid="Devis valable 3 mois. Bon pour accord (date, signature) :",
        ),
        "it": dict(
            owner="Titolare:",
            tel="Tel.",
            mob="Cell.",
            quote={"CH": "Offerta"}.get(R, "Preventivo"),
            site="Cantiere",
            cols=["Voce", "Q.tà", "U.M.", "Descrizione", "Prezzo unit.", "Importo"],
            net="Imponibile",
            vat="IVA",
            tot="Totale",
            pay="Pagamento: acconto 30% all'accettazione, saldo a fine lavori tramite bonifico"
            + (" parlante (detrazione 50%)." if R == "IT" else "."),
            bank="Coordinate bancarie",
            contact="Referente",
            valid="Offerta valida 60 giorni. Per accettazione:",
        ),
        "en": dict(
            owner="Proprietor:",
            tel="Tel",
            mob="Mobile",
            quote="Estimate" if R in ("US", "CA") else "Quotation",
            site="Site address",
            cols=["Item", "Qty", "Unit", "Description", "Rate", "Amount"],
            net="Subtotal",
            vat={"US": "Sales tax", "CA": "HST", "AU": "GST", "NZ": "GST"}.get(R, "VAT"),
            tot="Total",
            pay="Payment terms: 30% deposit on acceptance, balance on completion within 14 days.",
            bank="Bank details",
            contact="Your contact",
            valid="This quotation is valid for 30 days.",
        ),
    }[L]
    d.add(f"\n=== {firm} ===\n")
    if name_kind < 0.5 or c.chance(0.4):
        d.add(f"{lab['owner']} ", P(c.name(owner, "fl")), " | ")
    d.add(
        addr_line(c, fa),
        f" | {lab['tel']} ",
        T(c.phone("land")),
        f" | {lab['mob']} ",
        T(c.phone("mobile")),
        "\n",
        E(c.email(owner, dom, work=True)) if c.chance(0.6) else f"info@{dom}",
        f" | www.{dom}\n\n",
    )
    couple = {"de": "Herrn und Frau ", "fr": "M. et Mme ", "it": "Gent.mi Sig.ri ", "en": "Mr & Mrs "}[L]
    if c.chance(0.3):
        d.add(couple, P(cust.last if c.chance(0.7) else upper(cust.last)), "\n")
    else:
        sal = "" if L == "en" and c.chance(0.4) else c.salutation(cust) + " "
        if L == "de" and cust.gender == "m":
            sal = "Herrn "
        if L == "it" and c.chance(0.3):
            sal = "Gentile " + sal
        d.add(sal, P(c.name(cust, c.ch(["fl", "fl", "LF", "lf" if L == "en" else "fl"]))), "\n")
    d.add(addr_block(c, cust_addr), "\n\n")
    d.add(f"{lab['quote']} {qno}".ljust(48), f"{fa.town}, {c.num_date(qdate)}\n")
    if site is not None:
        d.add(f"{lab['site']}: ", addr_line(c, site), f" — {trade[1]}\n\n")
    else:
        d.add({"de": "Leistung", "fr": "Objet", "it": "Oggetto", "en": "Job"}[L], f": {trade[1]}\n\n")
    rows, net = [], 0.0
    for j, (desc, unit) in enumerate(trade[2]):
        qty = c.ri(1, 40) if unit not in ("psch", "forfait", "a corpo", "item") else 1
        ep = c.ri(15, 900) + c.ch([0, 0.5])
        net += qty * ep
        rows.append([str(j + 1), str(qty), unit, desc, num(c, ep), num(c, qty * ep)])
    table(c, d, lab["cols"], rows, c.ch(["md", "fixed", "tsv"]))
    vat = VAT[R]
    d.add(f"\n{lab['net']}: {c.money(net)}\n")
    if vat:
        d.add(f"{lab['vat']} {vat} %: {c.money(net * vat / 100)}\n".replace(" %", "%" if L == "en" else " %"))
    d.add(f"{lab['tot']}: {c.money(net * (1 + vat / 100))}\n\n{lab['pay']}\n")
    if R in ("US", "CA", "AU", "NZ"):
        d.add(
            f"{lab['bank']}: ",
            {
                "US": f"ACH — routing {c.digits(9)}, account {c.digits(10)}",
                "CA": f"e-Transfer or cheque; transit {c.digits(5)}, acct {c.digits(7)}",
                "AU": f"BSB {c.digits(3)}-{c.digits(3)}, Acc {c.digits(8)}",
                "NZ": f"{c.digits(2)}-{c.digits(4)}-{c.digits(7)}-{c.digits(2)}",
            }[R],
            "\n",
        )
    elif R == "GB":
        d.add(f"{lab['bank']}: sort code {c.digits(2)}-{c.digits(2)}-{c.digits(2)}, account {c.digits(8)}\n")
    else:
        d.add(f"{lab['bank']}: IBAN ", I(c.iban()), f"  BIC {c.bic()}\n")
    ext = c.chance(0.4)
    ph = c.phone("land")
    d.add(f"{lab['contact']}: ", P(c.name(contact, c.ch(["fl", "fl", "ifl"]))), f", {lab['tel']} ", T(ph))
    if ext:
        d.add(
            {
                "de": f" Durchwahl {c.ri(10, 299)}",
                "fr": f" poste {c.ri(10, 99)}",
                "it": f" interno {c.ri(10, 99)}",
                "en": f" ext. {c.ri(10, 299)}",
            }[L]
        )
    d.add("\n", lab["valid"], "\n")
    legal = {
        "DE": f"USt-IdNr. DE{c.digits(9)} | Handwerksrolle Nr. {c.digits(5)} | Amtsgericht {fa.town} HRB {c.digits(5)}",
        "AT": f"UID ATU{c.digits(8)} | FN {c.digits(6)}{c.letters(1).lower()}",
        "CH": f"CHE-{c.digits(3)}.{c.digits(3)}.{c.digits(3)} MWST",
        "FR": f"SIRET {c.digits(3)} {c.digits(3)} {c.digits(3)} {c.digits(5)} — Assurance "
        f"décennale {c.ch(['MAAF', 'AXA', 'SMABTP', 'MMA'])}, contrat n° {c.digits(8)}",
        "BE": f"N° d'entreprise BE 0{c.digits(3)}.{c.digits(3)}.{c.digits(3)}",
        "LU": f"RCS Luxembourg B{c.digits(6)} — autorisation d'établissement n° {c.digits(8)}",
        "IT": f"P.IVA {c.digits(11)} — REA {c.ch(['MI', 'RM', 'TO', 'BA', 'PA'])}-{c.digits(6)}",
        "GB": f"Company no. {c.digits(8)} | Gas Safe Register {c.digits(6)}",
        "IE": f"CRO {c.digits(6)} | VAT IE{c.digits(7)}{c.letters(1)}",
        "US": f"License #{c.digits(6)} | Insured",
        "CA": f"HST # {c.digits(9)} RT0001",
        "AU": f"ABN {c.digits(2)} {c.digits(3)} {c.digits(3)} {c.digits(3)} | Licence {c.digits(7)}",
        "NZ": f"GST {c.digits(2)}-{c.digits(3)}-{c.digits(3)} | LBP BP{c.digits(6)}",
    }[R]
    d.add(legal, "\n")


def t_quote(c: Ctx, d: Doc):
    L = c.lang
    cust = c.person()
    cust_addr = c.addr()
    site = c.addr(unit=False) if c.chance(0.35) else (cust_addr if c.chance(0.5) else None)
    two = c.chance(0.6)
    trade = c.ch(TRADES[L])
    intro = {
        "de": [
            "Wir haben zwei Angebote für die Arbeiten bekommen. Kannst du sie vergleichen und sagen, was fehlt?",
            "Ist dieses Angebot vom Handwerker fair? Was sollte ich nachfragen?",
            "Bitte vergleiche die beiden Kostenvoranschläge Position für Position.",
        ],
        "fr": [
            "On a reçu deux devis pour les travaux. Tu peux les comparer ?",
            "Ce devis te paraît correct ? Qu'est-ce que je devrais demander à l'artisan ?",
            "Compare ces deux devis poste par poste, stp.",
        ],
        "it": [
            "Abbiamo ricevuto due preventivi per i lavori. Puoi confrontarli?",
            "Ti sembra corretto questo preventivo? Cosa dovrei chiedere?",
            "Confronta i due preventivi voce per voce.",
        ],
        "en": [
            "We got two quotes for the work — can you compare them and tell me what's missing?",
            "Is this quote reasonable? What should I ask the contractor?",
            "Please compare these two estimates line by line.",
        ],
    }[L]
    d.add(c.ch(intro), "\n")
    one_quote(c, d, cust, cust_addr, site, trade, 0)
    if two:
        one_quote(c, d, cust, cust_addr, site, trade, 1)
    if c.chance(0.5):
        nb = c.person()
        d.add(
            "\n",
            {"de": "Unsere Nachbarin ", "fr": "Notre voisine ", "it": "La nostra vicina ", "en": "Our neighbour "}[L],
            P(c.name(nb, c.ch(["f", "fl"]))),
            {
                "de": " hat den ersten Betrieb letztes Jahr gehabt und war zufrieden.",
                "fr": " a fait appel au premier artisan l'an dernier et en était contente.",
                "it": " ha usato la prima ditta l'anno scorso ed era soddisfatta.",
                "en": " used the first firm last year and was happy with them.",
            }[L],
            "\n",
        )


# --- 6. out-of-office replies and e-mail signatures ---------------------------------------------------

TITLES_JOB = {
    "de": [
        "Leitung Einkauf",
        "Projektmanagement",
        "Personalabteilung",
        "Key Account Management",
        "Teamleitung Buchhaltung",
        "Assistenz der Geschäftsführung",
    ],
    "fr": [
        "Responsable des achats",
        "Gestion de projets",
        "Ressources humaines",
        "Responsable grands comptes",
        "Comptabilité",
        "Assistance de direction",
    ],
    "it": [
        "Responsabile acquisti",
        "Project manager",
        "Risorse umane",
        "Key account manager",
        "Responsabile amministrazione",
        "Segreteria di direzione",
    ],
    "en": [
        "Head of Procurement",
        "Project Manager",
        "HR Advisor",
        "Key Account Manager",
        "Finance Team Lead",
        "Executive Assistant",
    ],
}


def signature(c, d, p, comp, dom, fa, mail):
    L, R = c.lang, c.region
    closing = {
        "de": [
            "Mit freundlichen Grüßen",
            "Viele Grüße",
            "Beste Grüße",
            "Freundliche Grüsse" if R == "CH" else "Herzliche Grüße",
        ],
        "fr": ["Cordialement,", "Bien à vous,", "Meilleures salutations", "Belle journée,"],
        "it": ["Cordiali saluti", "Distinti saluti", "Un saluto", "Buona giornata,"],
        "en": ["Kind regards,", "Best,", "Many thanks,", "Cheers,"],
    }[L]
    d.add(c.ch(closing), "\n", P(c.name(p, c.ch(["fl", "fl", "fl", "UP"]))), "\n")
    if L == "en" and R in ("US", "CA", "NZ", "AU") and c.chance(0.3):
        d.add(c.ch(["(she/her)", "(he/him)", "(they/them)"]), "\n")
    d.add(c.ch(TITLES_JOB[L]), "\n\n", comp, "\n")
    st = c.ri(0, 11)
    if c.chance(0.5):
        d.add(A(fa.l1(st)), "\n", A(fa.l2(st)), "\n")
    else:
        d.add(A(fa.line(st)), "\n")
    tl = {
        "de": ("Tel.", "Mobil", "Fax"),
        "fr": ("Tél.", "Mob.", "Fax"),
        "it": ("Tel.", "Cell.", "Fax"),
        "en": ("T", "M", "F"),
    }[L]
    land = c.phone("land", intl=c.chance(0.5))
    if R == "DE" and c.chance(0.5):
        area = c.ch(["30", "40", "89", "221", "69", "711", "211", "341", "911", "6221"])
        land = c.ch([f"+49 {area} {c.digits(5)}-{c.ri(10, 499)}", f"0{area} {c.digits(5)}-{c.ri(10, 499)}"])
    sep = c.ch(["\n", " | ", "  ·  "])
    d.add(f"{tl[0]}: ", T(land))
    if c.chance(0.7):
        d.add(sep, f"{tl[1]}: ", T(c.phone("mobile", intl=c.chance(0.5))))
    if c.chance(0.3):
        d.add(sep, f"{tl[2]}: ", T(c.phone("land")))
    d.add("\n", E(mail), " | ", f"www.{dom}", "\n")
    if c.chance(0.6):
        bosses = [c.person() for _ in range(c.ri(1, 2))]
        names = []
        for k, b in enumerate(bosses):
            names += ([", "] if k else []) + [P(c.name(b, "fl"))]
        d.add("\n")
        if R == "DE":
            d.add(
                f"{comp} · Sitz: {fa.town} · Registergericht: Amtsgericht "
                f"{c.town()} HRB {c.digits(5)} · Geschäftsführung: ",
                names,
                f" · USt-IdNr.: DE{c.digits(9)}\n",
            )
        elif R == "AT":
            d.add(
                f"{comp} | Firmenbuchnummer FN {c.digits(6)}{c.letters(1).lower()} "
                "| Firmenbuchgericht: Handelsgericht Wien | Geschäftsführer: ",
                names,
                f" | UID: ATU{c.digits(8)}\n",
            )
        elif R == "CH":
            d.add(
                f"{comp} | UID CHE-{c.digits(3)}.{c.digits(3)}.{c.digits(3)} | ",
                {"de": "Verwaltungsrat: ", "fr": "Conseil d'administration : ", "it": "Consiglio di amministrazione: "}[
                    L
                ],
                names,
                "\n",
            )
        elif R in ("FR", "BE", "LU"):
            d.add(
                f"{comp} — {c.ch(['SAS', 'SA', 'SARL'])} au capital de {c.ri(1, 500) * 1000:,} "
                f"€ — RCS {fa.town} {c.digits(3)} {c.digits(3)} {c.digits(3)} — ".replace(",", " "),
                c.ch(["Gérance : ", "Direction : "]),
                names,
                "\n",
            )
        elif R == "IT":
            d.add(
                f"{comp} – Sede legale: ",
                A(c.addr(unit=False).line(0)),
                f" – P.IVA {c.digits(11)} – Cap. Soc. € {c.ri(10, 500)}.000 i.v. – Amministratore unico: ",
                names[:1],
                "\n",
            )
        elif R in ("GB", "IE"):
            d.add(
                f"{comp} is registered in {'England and Wales' if R == 'GB' else 'Ireland'} "
                f"under company number {c.digits(8 if R == 'GB' else 6)}. Registered office: ",
                A(c.addr(unit=False).line(0)),
                ". Directors: ",
                names,
                "\n",
            )
        else:
            d.add(
                "CONFIDENTIALITY NOTICE: This e-mail and any attachments "
                "are confidential and intended solely for the addressee.\n"
            )


def t_autoreply(c: Ctx, d: Doc):
    L = c.lang
    mode = c.ch(["collect", "collect", "own"])
    if mode == "own":
        d.add(
            {
                "de": "Kannst du meine Abwesenheitsnotiz freundlicher und "
                "kürzer formulieren? Die Signatur bitte so lassen.\n\n",
                "fr": "Peux-tu rendre mon message d'absence plus court et "
                "plus aimable ? Garde la signature telle quelle.\n\n",
                "it": "Puoi rendere più breve e cordiale la mia risposta automatica? La firma lasciala così.\n\n",
                "en": "Can you make my out-of-office shorter and friendlier? Keep the signature as it is.\n\n",
            }[L]
        )
        n = 1
    else:
        d.add(
            {
                "de": c.ch(
                    [
                        "Auf unser Rundschreiben kamen diese automatischen Antworten zurück. Mach "
                        "mir bitte eine Tabelle: Person, abwesend bis, Vertretung mit Kontakt.\n\n",
                        "Welche dieser Kontakte sollten wir aus dem Verteiler "
                        "nehmen, und wen müssen wir stattdessen anschreiben?\n\n",
                    ]
                ),
                "fr": c.ch(
                    [
                        "Voici les réponses automatiques reçues après notre envoi. Fais-moi "
                        "un tableau : personne, absente jusqu'au, remplaçant et contact.\n\n",
                        "Lesquels de ces contacts faut-il retirer de la "
                        "liste, et qui faut-il contacter à la place ?\n\n",
                    ]
                ),
                "it": c.ch(
                    [
                        "Queste sono le risposte automatiche arrivate dopo la nostra circolare. "
                        "Fammi una tabella: persona, assente fino al, sostituto e contatto.\n\n",
                        "Quali di questi contatti dobbiamo togliere dalla "
                        "lista e chi dobbiamo scrivere al loro posto?\n\n",
                    ]
                ),
                "en": c.ch(
                    [
                        "These auto-replies came back after our mailing. Please make me a "
                        "table: person, away until, cover and their contact details.\n\n",
                        "Which of these contacts should we remove from the list, and who should we email instead?\n\n",
                    ]
                ),
            }[L]
        )
        n = c.ri(2, 3)
    for k in range(n):
        p = c.person()
        comp = c.company()
        dom = c.domain_of(comp)
        fa = c.addr(unit=False)
        p_mail = c.email(p, dom, work=True)
        back = TODAY + timedelta(days=c.ri(3, 40))
        start = TODAY - timedelta(days=c.ri(0, 5))
        dep = c.person()
        dep_mail = E(c.email(dep, dom, work=True))
        dep_tel = T(c.phone("land", intl=c.chance(0.3)))
        role_mail = f"{c.ch(['info', 'office', 'sekretariat' if L == 'de' else 'contact', 'service', 'team'])}@{dom}"
        left = mode == "collect" and c.chance(0.25)
        if mode == "collect":
            subj = {
                "de": "Automatische Antwort: ",
                "fr": "Réponse automatique : ",
                "it": "Risposta automatica: ",
                "en": "Automatic reply: ",
            }[L]
            topic = {
                "de": "Einladung Kundenevent 2027",
                "fr": "Invitation soirée clients 2027",
                "it": "Invito evento clienti 2027",
                "en": "Invitation: customer evening 2027",
            }[L]
            d.add(
                {"de": "Von: ", "fr": "De : ", "it": "Da: ", "en": "From: "}[L],
                P(c.name(p, c.ch(["fl", "lf"]))),
                " <",
                E(p_mail),
                ">\n",
                {"de": "Betreff: ", "fr": "Objet : ", "it": "Oggetto: ", "en": "Subject: "}[L],
                subj,
                topic,
                "\n\n",
            )
        deputy_ref = [
            P(c.name(dep, c.ch(["fl", "fl", "ifl"]))),
            " (",
            dep_mail,
            ", ",
            {"de": "Tel. ", "fr": "tél. ", "it": "tel. ", "en": ""}[L],
            dep_tel,
            ")",
        ]
        if left:
            body = {
                "de": [
                    "Guten Tag, ich bin nicht mehr bei ",
                    comp,
                    " tätig. Ihre Nachricht wird nicht weitergeleitet. Bitte wenden Sie sich künftig an ",
                    deputy_ref,
                    ".\n",
                ],
                "fr": [
                    "Bonjour, je ne fais plus partie de ",
                    comp,
                    ". Votre message ne sera pas transféré. Merci de vous adresser désormais à ",
                    deputy_ref,
                    ".\n",
                ],
                "it": [
                    "Buongiorno, non lavoro più presso ",
                    comp,
                    ". Il messaggio non verrà inoltrato. Per favore d'ora in poi scrivete a ",
                    deputy_ref,
                    ".\n",
                ],
                "en": [
                    "Hello, I have now left ",
                    comp,
                    " and this mailbox is no longer monitored. Please contact ",
                    deputy_ref,
                    " instead.\n",
                ],
            }[L]
        else:
            reason = {
                "de": c.ch(["", " (Elternzeit)", " auf Dienstreise mit eingeschränktem E-Mail-Zugriff", " im Urlaub"]),
                "fr": c.ch(["", " (congé)", " en déplacement avec un accès limité à mes e-mails", " en congés"]),
                "it": c.ch(["", " per ferie", " in trasferta con accesso limitato alla posta", " (congedo parentale)"]),
                "en": c.ch(["", " on annual leave", " travelling with limited access to email", " on parental leave"]),
            }[L]
            body = {
                "de": [
                    "Vielen Dank für Ihre Nachricht. Ich bin vom ",
                    c.num_date(start),
                    " bis einschließlich ",
                    c.fmt_date(back),
                    " nicht im Büro",
                    reason,
                    ". Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an ",
                    "meine Kollegin " if dep.gender == "f" else "meinen Kollegen ",
                    deputy_ref,
                    " oder allgemein an ",
                    role_mail,
                    ".\n",
                ],
                "fr": [
                    "Bonjour, je suis absente" if p.gender == "f" else "Bonjour, je suis absent",
                    reason,
                    " du ",
                    c.num_date(start),
                    " au ",
                    c.fmt_date(back),
                    " inclus. Pour toute demande urgente, merci de contacter ",
                    "ma collègue " if dep.gender == "f" else "mon collègue ",
                    deputy_ref,
                    " ou d'écrire à ",
                    role_mail,
                    ". Je traiterai votre message à mon retour.\n",
                ],
                "it": [
                    "Gentile mittente, sarò fuori ufficio",
                    reason,
                    " dal ",
                    c.num_date(start),
                    " al ",
                    c.fmt_date(back),
                    " compreso. Per urgenze può rivolgersi ",
                    "alla collega " if dep.gender == "f" else "al collega ",
                    deputy_ref,
                    " oppure scrivere a ",
                    role_mail,
                    ". Risponderò al mio rientro.\n",
                ],
                "en": [
                    "Thank you for your email. I'm out of the office",
                    reason,
                    " until ",
                    c.fmt_date(back),
                    ". For anything urgent please contact ",
                    deputy_ref,
                    " or ",
                    role_mail,
                    ". Otherwise I'll reply when I'm back.\n",
                ],
            }[L]
        d.add(body)
        if c.chance(0.3):
            d.add(
                {
                    "de": "Für Reklamationen erreichen Sie unsere Hotline unter ",
                    "fr": "Pour le service client : ",
                    "it": "Numero verde assistenza: ",
                    "en": "Customer service line: ",
                }[L],
                c.hotline(),
                "\n",
            )
        d.add("\n")
        signature(c, d, p, comp, dom, fa, p_mail)
        d.add("\n" + "-" * 40 + "\n\n" if k < n - 1 else "")


# --- 7. duty rosters and on-call rotas ---------------------------------------------------------------


def short_name(c, p, conv):
    if conv == "last":
        return p.last
    if conv == "lastI":
        return f"{p.last} {p.first[0]}."
    if conv == "Ilast":
        return f"{p.first[0]}. {p.last}"
    if conv == "first":
        return p.first
    if conv == "firstL":
        return f"{p.first} {p.last_core()[0]}."
    return upper(p.last)


def kuerzel(p, taken):
    k = (strip_accents(p.first)[0] + strip_accents(p.last_core())[0]).upper()
    while k in taken:
        k = k + str(len(taken))
    taken.add(k)
    return k


def t_roster(c: Ctx, d: Doc):
    L, R = c.lang, c.region
    kind = c.ch(["grid", "grid", "oncall", "oncall", "pharmacy"])
    staff = [c.person() for _ in range(c.ri(6, 9))]
    monday = TODAY + timedelta(days=(7 - TODAY.weekday()) % 7 + 7 * c.ri(0, 1))
    if kind == "grid":
        setting = c.ch(
            {
                "de": [
                    ("Dienstplan Station 4B (Innere Medizin)", ["Früh 6–14", "Spät 14–22", "Nacht 22–6"]),
                    ("Schichtplan Küche & Service – Gasthaus Krone", ["Mittag", "Abend"]),
                    ("Aufsichtsplan große Pause – Grundschule am Park", ["Hof 1. Pause", "Hof 2. Pause", "Bus"]),
                ],
                "fr": [
                    (
                        "Planning service 3e étage (médecine interne)",
                        ["Matin 6h45–14h15", "Soir 14h–21h30", "Nuit 21h15–7h"],
                    ),
                    ("Planning cuisine et salle – Brasserie du Port", ["Midi", "Soir"]),
                    (
                        "Surveillance de cour – école élémentaire Paul Bert",
                        ["Récré matin", "Cantine", "Récré après-midi"],
                    ),
                ],
                "it": [
                    ("Turni reparto Medicina 2", ["Mattino 7–14", "Pomeriggio 14–21", "Notte 21–7"]),
                    ("Turni cucina e sala – Trattoria da Gino", ["Pranzo", "Cena"]),
                    ("Sorveglianza intervallo – Scuola primaria G. Rodari", ["Cortile", "Mensa", "Uscita"]),
                ],
                "en": [
                    ("Ward 7 rota (Acute Medicine)", ["Early 07:00–15:00", "Late 14:30–22:30", "Night 22:00–07:30"]),
                    ("Kitchen & front-of-house rota – The Crown", ["Lunch", "Dinner"]),
                    ("Playground duty – St Anne's Primary", ["Morning break", "Lunch", "After school"]),
                ],
            }[L]
        )
        title, shifts = setting
        ndays = 5 if any(w in title for w in ("Pause", "cour", "intervallo", "Playground")) else c.ri(6, 7)
        conv = c.ch(["last", "lastI", "first", "firstL", "Ilast", "kz", "kz"])
        taken: set[str] = set()
        kz = {id(p): kuerzel(p, taken) for p in staff}
        req = {
            "de": [
                "Kannst du mir aus diesem Plan eine Übersicht pro Person machen (wer arbeitet wann)?",
                "Prüf bitte, ob jemand zwei Schichten hintereinander hat.",
                "Wer ist am Wochenende eingeteilt? Bitte als Liste.",
            ],
            "fr": [
                "Peux-tu faire un récapitulatif par personne à partir de ce planning ?",
                "Vérifie si quelqu'un enchaîne deux postes d'affilée, stp.",
                "Qui travaille le week-end ? Fais-moi une liste.",
            ],
            "it": [
                "Puoi ricavare da questo piano un riepilogo per persona?",
                "Controlla se qualcuno ha due turni di fila.",
                "Chi è in turno nel fine settimana? Fammi una lista.",
            ],
            "en": [
                "Can you turn this rota into a list per person?",
                "Check whether anyone is on two shifts back to back.",
                "Who's on at the weekend? List please.",
            ],
        }[L]
        d.add(
            c.ch(req[:2] if ndays == 5 else req),
            "\n\n",
            title,
            " – ",
            {"de": "KW ", "fr": "semaine ", "it": "settimana ", "en": "w/c "}[L],
            str(monday.isocalendar()[1]) if L != "en" else c.num_date(monday),
            "\n\n",
        )
        rows = []
        for day in range(ndays):
            dd = monday + timedelta(days=day)
            row = [
                f"{WEEKDAYS[L][dd.weekday()]} {dd.day:02d}.{dd.month:02d}."
                if L == "de"
                else f"{WEEKDAYS[L][dd.weekday()]} {dd.day}/{dd.month}"
            ]
            for _ in shifts:
                ppl = c.rng.sample(staff, c.ri(1, 2))
                cell = []
                for j, p in enumerate(ppl):
                    if j:
                        cell.append(", " if conv != "kz" else "/")
                    cell.append(kz[id(p)] if conv == "kz" else P(short_name(c, p, conv)))
                if c.chance(0.08):
                    cell = [{"de": "— (offen)", "fr": "— (à pourvoir)", "it": "— (scoperto)", "en": "— (unfilled)"}[L]]
                row.append(cell)
            rows.append(row)
        table(
            c,
            d,
            [{"de": "Tag", "fr": "Jour", "it": "Giorno", "en": "Day"}[L]] + shifts,
            rows,
            c.ch(["md", "fixed", "tsv"]),
        )
        d.add(
            "\n",
            {
                "de": "Legende: U = Urlaub, K = krank, FB = Fortbildung, F = frei",
                "fr": "Légende : CP = congé, M = maladie, F = formation, R = repos",
                "it": "Legenda: F = ferie, M = malattia, C = corso, R = riposo",
                "en": "Key: AL = annual leave, S = sick, T = training, OFF = rest day",
            }[L],
            "\n",
        )
        if conv == "kz":
            d.add({"de": "Kürzel: ", "fr": "Abréviations : ", "it": "Sigle: ", "en": "Initials: "}[L])
            for j, p in enumerate(staff):
                d.add("; " if j else "", f"{kz[id(p)]} = ", P(c.name(p, c.ch(["fl", "lf"]))))
            d.add("\n")
        d.add(
            "\n",
            {
                "de": "Tauschwünsche bis Donnerstag an ",
                "fr": "Demandes d'échange avant jeudi à ",
                "it": "Richieste di cambio entro giovedì a ",
                "en": "Swap requests by Thursday to ",
            }[L],
        )
        lead = c.person()
        d.add(
            P(c.name(lead, c.ch(["fl", "f"]))),
            " (",
            T(c.phone("mobile")),
            c.ch(
                [
                    ")",
                    ", "
                    + ("Durchwahl " if L == "de" else "int. " if L == "it" else "poste " if L == "fr" else "ext. ")
                    + str(c.ri(100, 4999))
                    + ")",
                ]
            ),
            ".\n",
        )
        if c.chance(0.7):
            d.add(
                {
                    "de": "Telefonliste:\n",
                    "fr": "Liste téléphonique :\n",
                    "it": "Numeri utili:\n",
                    "en": "Phone list:\n",
                }[L]
            )
            for p in c.rng.sample(staff, c.ri(3, len(staff))):
                d.add("- ", P(c.name(p, c.ch(["fl", "lf", "f"]))), ": ", T(c.phone("mobile")), "\n")
        if c.chance(0.5):
            d.add(
                {"de": "Zentrale: ", "fr": "Standard : ", "it": "Centralino: ", "en": "Switchboard: "}[L],
                T(c.phone("land")),
                "\n",
            )
    elif kind == "oncall":
        title = {
            "de": "Pikettdienst IT-Support" if R == "CH" else "Rufbereitschaft IT-Betrieb",
            "fr": "Planning d'astreinte — support informatique",
            "it": "Turni di reperibilità — assistenza IT",
            "en": "On-call schedule — Platform team" if R in ("US", "CA") else "On-call rota — IT operations",
        }[L]
        req = {
            "de": "Wer hat über Weihnachten und Silvester Bereitschaft? Und hat jemand mehr als zwei Wochen am Stück?",
            "fr": "Qui est d'astreinte pendant les fêtes ? Et quelqu'un a-t-il plus de deux semaines d'affilée ?",
            "it": "Chi è reperibile durante le feste? Qualcuno ha più di due settimane di fila?",
            "en": "Who's on call over Christmas and New Year? And does anyone have more than two weeks in a row?",
        }[L]
        d.add(req, "\n\n", title, "\n\n")
        rows = []
        wk = TODAY - timedelta(days=TODAY.weekday())
        conv = c.ch(["fl", "first", "lastI", "fl"])
        for w in range(c.ri(5, 8)):
            a, b = c.rng.sample(staff, 2)
            rows.append(
                [
                    f"{WEEKDAYS[L][0]} {c.num_date(wk + timedelta(weeks=w))}",
                    P(c.name(a, "fl") if conv == "fl" else short_name(c, a, conv)),
                    P(c.name(b, "fl") if conv == "fl" else short_name(c, b, conv)),
                ]
            )
        table(
            c,
            d,
            [
                {"de": "Woche ab", "fr": "Semaine du", "it": "Settimana dal", "en": "Week from"}[L],
                {"de": "1. Bereitschaft", "fr": "Astreinte principale", "it": "Reperibile", "en": "Primary"}[L],
                {"de": "2. Bereitschaft / Backup", "fr": "Suppléant", "it": "Backup", "en": "Secondary"}[L],
            ],
            rows,
            c.ch(["md", "fixed", "tsv", "csv"]),
        )
        d.add(
            "\n",
            {"de": "Erreichbarkeit:\n", "fr": "Coordonnées :\n", "it": "Recapiti:\n", "en": "Contact details:\n"}[L],
        )
        team_dom = c.domain_of(c.company())
        for p in staff:
            d.add(P(c.name(p, c.ch(["fl", "lf"]))), " — ", T(c.phone("mobile")))
            if c.chance(0.3):
                d.add({"de": ", privat ", "fr": ", domicile ", "it": ", casa ", "en": ", home "}[L], T(c.phone("land")))
            if c.chance(0.4):
                d.add(", ", E(c.email(p, team_dom, work=True)))
            d.add("\n")
        esc = c.person()
        d.add(
            "\n",
            {
                "de": "Eskalation: Teamleitung ",
                "fr": "Escalade : responsable d'équipe ",
                "it": "Escalation: responsabile ",
                "en": "Escalation: team lead ",
            }[L],
            P(c.name(esc, "fl")),
            ", ",
            T(c.phone("mobile")),
            "\n",
            {
                "de": "Servicedesk intern: Durchwahl ",
                "fr": "Helpdesk interne : poste ",
                "it": "Helpdesk interno: interno ",
                "en": "Internal service desk: ext. ",
            }[L],
            str(c.ri(1000, 9999)),
            {
                "de": " · Störungshotline Kunden: ",
                "fr": " · Hotline clients : ",
                "it": " · Numero verde clienti: ",
                "en": " · Customer hotline: ",
            }[L],
            c.hotline(),
            "\n",
        )
    else:
        pharm = {
            "de": [
                "Marien-Apotheke",
                "Löwen-Apotheke",
                "Apotheke am Markt",
                "St.-Georgs-Apotheke",
                "Rathaus-Apotheke",
                "Sonnen-Apotheke",
                "Hirsch-Apotheke",
            ],
            "fr": [
                "Pharmacie Saint-Michel",
                "Pharmacie du Centre",
                "Pharmacie de la Gare",
                "Pharmacie Pasteur",
                "Pharmacie des Halles",
                "Pharmacie Sainte-Anne",
            ],
            "it": [
                "Farmacia San Carlo",
                "Farmacia Centrale",
                "Farmacia Dr. Bassi",
                "Farmacia alla Stazione",
                "Farmacia Santa Rita",
                "Farmacia Comunale 3",
            ],
            "en": {
                "GB": [
                    "Boots",
                    "Lloyds Pharmacy",
                    "Jenkins Chemist",
                    "Well Pharmacy",
                    "Greenfield Pharmacy",
                    "St Luke's Pharmacy",
                ],
                "IE": ["Hickey's Pharmacy", "McCabes Pharmacy", "Boots", "O'Sullivan's Pharmacy", "Lloyds Pharmacy"],
                "US": ["Walgreens", "CVS Pharmacy", "Rite Aid", "Hartley's Drug Store", "Main Street Pharmacy"],
                "CA": ["Shoppers Drug Mart", "Rexall", "Jean Coutu", "London Drugs", "Kim's Pharmacy"],
                "AU": ["Chemist Warehouse", "Priceline Pharmacy", "TerryWhite Chemmart", "Amcal", "Blooms The Chemist"],
                "NZ": ["Unichem", "Life Pharmacy", "Bargain Chemist", "Green Cross Pharmacy", "Kowhai Pharmacy"],
            }.get(R, []),
        }[L]
        title = {
            "de": "Notdienstplan der Apotheken – Dezember",
            "fr": "Pharmacies de garde – décembre",
            "it": "Turni farmacie di guardia – dicembre",
            "en": "Pharmacy rota — bank holiday opening",
        }[L]
        d.add(
            {
                "de": "Mach mir aus dieser Liste eine Tabelle mit Datum, Apotheke, "
                "Adresse und Telefon. Welche ist am 24.12. für uns am nächsten?",
                "fr": "Fais-moi un tableau date / pharmacie / adresse / téléphone à partir de cette liste.",
                "it": "Trasforma questa lista in una tabella data / farmacia / indirizzo / telefono.",
                "en": "Turn this into a table with date, pharmacy, address and phone number please.",
            }[L],
            "\n\n",
            title,
            "\n\n",
        )
        names = c.rng.sample(pharm, min(len(pharm), c.ri(4, 6)))
        area = c.addr()
        dd = TODAY
        for nm in names:
            dd = dd + timedelta(days=c.ri(1, 3))
            a = c.addr(unit=False, near=area)
            d.add(f"{c.num_date(dd)} – {nm}")
            if c.chance(0.4):
                own = c.person()
                d.add(
                    {"de": " (Inh. ", "fr": " (titulaire : ", "it": " (titolare: ", "en": " (pharmacist: "}[L],
                    P(c.name(own, c.ch(["fl", "ifl"]))),
                    ")",
                )
            d.add(
                ", ",
                addr_line(c, a),
                ", ",
                {"de": "Tel. ", "fr": "tél. ", "it": "tel. ", "en": "tel "}[L],
                T(c.phone("land")),
                "\n",
            )
        d.add(
            "\n",
            {
                "de": "Ärztlicher Bereitschaftsdienst: ",
                "fr": "Médecin de garde : ",
                "it": "Guardia medica: ",
                "en": "Out-of-hours GP: ",
            }[L],
            c.hotline(),
            {"de": " · Notruf ", "fr": " · urgences ", "it": " · emergenze ", "en": " · emergencies "}[L],
            c.emergency(),
            "\n",
        )
        me = c.person()
        d.add(
            {
                "de": "Meine Adresse zum Vergleichen: ",
                "fr": "Mon adresse pour comparer : ",
                "it": "Il mio indirizzo: ",
                "en": "My address for reference: ",
            }[L],
            addr_line(c, c.addr(near=area)),
            " (",
            P(c.name(me, "fl")),
            ")\n",
        )


# --- 8. babysitter and nanny information sheets ---------------------------------------------------------


def t_babysitter(c: Ctx, d: Doc):
    L, R = c.lang, c.region
    fam = c.person()
    par2 = (
        c.relative(fam, same_last=0.7, gender="m" if fam.gender == "f" else "f")
        if c.chance(0.6)
        else c.person(gender="m" if fam.gender == "f" else "f", last=fam.last if c.chance(0.5) else None)
    )
    mum, dad = (fam, par2) if fam.gender == "f" else (par2, fam)
    kids = [c.relative(fam, same_last=1.0) for _ in range(c.ri(1, 3))]
    sitter = c.person()
    home = c.addr()
    doc = c.person()
    nb = c.person()
    gran = c.person(last=mum.last if c.chance(0.4) else None)
    req = {
        "de": [
            f"Kannst du daraus ein übersichtliches Infoblatt für unsere Babysitterin {sitter.first} machen?",
            f"Bitte übersetz das ins Englische für unser Au-pair {sitter.first}.",
            "Bitte ordne das hier als Notfallblatt für den Kühlschrank.",
        ],
        "fr": [
            f"Tu peux mettre ça au propre pour notre baby-sitter {sitter.first} ?",
            f"Traduis ça en anglais pour notre jeune fille au pair {sitter.first}, stp.",
            "Fais-moi une fiche d'urgence claire à coller sur le frigo.",
        ],
        "it": [
            f"Puoi trasformarlo in un foglio informativo per la nostra babysitter {sitter.first}?",
            f"Traduci in inglese per la nostra ragazza alla pari {sitter.first}.",
            "Fammi una scheda emergenze chiara da attaccare al frigo.",
        ],
        "en": [
            f"Can you turn this into a tidy info sheet for our babysitter {sitter.first}?",
            f"Please translate this into German for our new au pair {sitter.first}.",
            "Make this into a clear emergency sheet for the fridge.",
        ],
    }[L]
    r = c.ch(req)
    a, b = r.split(sitter.first, 1) if sitter.first in r else (r, None)
    d.add(a)
    if b is not None:
        d.add(P(sitter.first), b)
    d.add("\n\n")
    date_out = TODAY + timedelta(days=c.ri(1, 20))
    lab = {
        "de": dict(
            title="Infos für",
            addr="Adresse",
            bell="Klingel",
            back="Wir sind zurück ca.",
            mum="Mama",
            dad="Papa",
            kids="Kinder",
            born="geb.",
            doc="Kinderarzt" if R != "CH" else "Kinderärztin/Kinderarzt",
            poison="Giftnotruf",
            emerg="Notruf",
            nb="Nachbarin mit Schlüssel" if nb.gender == "f" else "Nachbar mit Schlüssel",
            gran="Oma" if gran.gender == "f" else "Opa",
            school="Kita",
            wifi="WLAN",
            pw="Passwort",
            pet="Hund",
            bed="Schlafenszeit",
        ),
        "fr": dict(
            title="Infos pour",
            addr="Adresse",
            bell="Interphone",
            back="Retour vers",
            mum="Maman",
            dad="Papa",
            kids="Enfants",
            born="né(e) le",
            doc="Pédiatre",
            poison="Centre antipoison",
            emerg="Urgences",
            nb="Voisine (a les clés)" if nb.gender == "f" else "Voisin (a les clés)",
            gran="Mamie" if gran.gender == "f" else "Papi",
            school="Crèche",
            wifi="Wi-Fi",
            pw="mot de passe",
            pet="Chat",
            bed="Coucher",
        ),
        "it": dict(
            title="Informazioni per",
            addr="Indirizzo",
            bell="Citofono",
            back="Rientriamo verso le",
            mum="Mamma",
            dad="Papà",
            kids="Bambini",
            born="nato/a il",
            doc="Pediatra",
            poison="Centro antiveleni",
            emerg="Emergenze",
            nb="Vicina con le chiavi" if nb.gender == "f" else "Vicino con le chiavi",
            gran="Nonna" if gran.gender == "f" else "Nonno",
            school="Asilo nido",
            wifi="Wi-Fi",
            pw="password",
            pet="Cane",
            bed="Nanna",
        ),
        "en": dict(
            title="Notes for",
            addr="Address",
            bell="Buzzer",
            back="We'll be back around",
            mum="Mum" if R in ("GB", "IE", "AU", "NZ") else "Mom",
            dad="Dad",
            kids="Kids",
            born="born",
            doc="GP" if R in ("GB", "IE", "NZ") else "Pediatrician" if R in ("US", "CA") else "GP",
            poison="Poison control" if R in ("US", "CA") else "Poisons info",
            emerg="Emergency",
            nb="Neighbour with spare key" if R != "US" else "Neighbor with spare key",
            gran="Grandma" if gran.gender == "f" else "Grandpa",
            school="Nursery" if R in ("GB", "IE") else "Daycare",
            wifi="Wi-Fi",
            pw="password",
            pet="Dog",
            bed="Bedtime",
        ),
    }[L]
    d.add(f"{lab['title']} ", P(sitter.first), f" – {c.fmt_date(date_out)}\n\n")
    d.add(
        f"{lab['addr']}: ",
        addr_line(c, home),
        f" ({lab['bell']}: ",
        P(upper(fam.last) if c.chance(0.4) else fam.last),
        ")\n",
    )
    back = f"{c.ri(22, 23)}:{c.ch(['00', '30'])}"
    if R in ("US", "CA", "AU", "NZ") or (R in ("GB", "IE") and c.chance(0.5)):
        back = f"{int(back[:2]) - 12}:{back[3:]} pm"
    d.add(
        f"{lab['back']} {back}",
        {
            "de": " – wir sind bei Freunden im Nachbarort.",
            "fr": " – on dîne chez des amis, pas loin.",
            "it": " – siamo a cena da amici qui vicino.",
            "en": " — we're at a friend's place nearby.",
        }[L],
        "\n\n",
    )
    d.add(
        f"{lab['mum']} (",
        P(mum.first),
        "): ",
        T(c.phone("mobile")),
        "\n",
        f"{lab['dad']} (",
        P(dad.first),
        "): ",
        T(c.phone("mobile")),
        "\n",
    )
    if c.chance(0.5):
        d.add({"de": "Festnetz: ", "fr": "Fixe : ", "it": "Fisso: ", "en": "Landline: "}[L], T(c.phone("land")), "\n")
    if c.chance(0.5):
        d.add(
            {
                "de": "Falls wir nicht rangehen: ",
                "fr": "Si on ne répond pas : ",
                "it": "Se non rispondiamo: ",
                "en": "If we don't pick up: ",
            }[L],
            E(c.email(mum)),
            "\n",
        )
    d.add(f"\n{lab['kids']}:\n")
    notes = {
        "de": [
            "Nussallergie! Notfallset (Fenistil, Adrenalin-Pen) im Küchenschrank oben links.",
            "schläft nur mit Nachtlicht",
            "darf max. 20 Min. Tablet",
            "hat gerade Husten, Saft steht im Kühlschrank",
            "isst kein Schweinefleisch",
        ],
        "fr": [
            "allergie aux arachides ! Trousse d'urgence (stylo d'adrénaline) dans le placard de la cuisine.",
            "dort avec une veilleuse",
            "20 min de tablette maximum",
            "tousse un peu, le sirop est au frigo",
            "ne mange pas de porc",
        ],
        "it": [
            "allergia alla frutta secca! Kit di emergenza (penna di adrenalina) nel pensile della cucina.",
            "dorme solo con la lucina accesa",
            "massimo 20 minuti di tablet",
            "ha un po' di tosse, lo sciroppo è in frigo",
            "non mangia carne di maiale",
        ],
        "en": [
            "nut allergy! EpiPen is in the top kitchen cupboard.",
            "sleeps with the night light on",
            "max 20 minutes on the iPad",
            "has a cough — Calpol is in the fridge",
            "vegetarian",
        ],
    }[L]
    for k in kids:
        dd = c.dob(2013, 2025)
        d.add(
            "- ",
            P(k.first),
            f" ({lab['born']} " if c.chance(0.7) else " (",
            B(c.fmt_date(dd)),
            "): ",
            c.ch(notes),
            "\n",
        )
    if len(kids) > 1 and L in ("de", "en"):
        k = kids[-1]
        d.add(
            {
                "de": [P(k.first), "s Zahnbürste ist die grüne. "],
                "en": [P(k.first), "'s toothbrush is the green one. "],
            }[L],
            f"{lab['bed']}: {c.ri(19, 20)}:{c.ch(['00', '30'])}.\n",
        )
    d.add(
        f"\n{lab['doc']}: ",
        {"de": "Dr. ", "fr": "Dr ", "it": "dott.ssa " if doc.gender == "f" else "dott. ", "en": "Dr "}[L],
        P(c.name(doc, c.ch(["fl", "l"]))),
        ", ",
        addr_line(c, c.addr(unit=False, near=home)),
        ", ",
        T(c.phone("land")),
        "\n",
    )
    poison = {
        "DE": "030 19240",
        "AT": "01 406 43 43",
        "CH": "145",
        "FR": "01 40 05 48 48",
        "BE": "070 245 245",
        "LU": "8002 5500",
        "IT": "02 6610 1029",
        "GB": "111",
        "IE": "01 809 2166",
        "US": "1-800-222-1222",
        "CA": "1-844-764-7669",
        "AU": "13 11 26",
        "NZ": "0800 764 766",
    }[R]
    d.add(f"{lab['poison']}: {poison} · {lab['emerg']}: {c.emergency()}\n")
    d.add(
        f"{lab['nb']}: ",
        P(c.name(nb, c.ch(["fl", "l", "f"]))),
        {"de": " (EG links)", "fr": " (rez-de-chaussée)", "it": " (piano terra)", "en": " (no. 14)"}[L],
        ", ",
        T(c.phone()),
        "\n",
    )
    d.add(f"{lab['gran']} ", P(c.name(gran, c.ch(["f", "fl"]))), ": ", T(c.phone()))
    if c.chance(0.5):
        d.add(
            {"de": ", wohnt ", "fr": ", habite ", "it": ", abita in ", "en": ", lives at "}[L], addr_line(c, c.addr())
        )
    d.add("\n")
    if c.chance(0.6):
        d.add(
            f"{lab['school']} ",
            c.ch(
                [
                    "Sonnenschein",
                    "Pusteblume",
                    "Les Petits Loups",
                    "Il Girasole",
                    "Little Acorns",
                    "Kunterbunt",
                    "Arc-en-ciel",
                ]
            ),
            ": ",
            T(c.phone("land")),
            {
                "de": " (ab 7:30 besetzt)",
                "fr": " (ouverte dès 7h30)",
                "it": " (aperto dalle 7:30)",
                "en": " (staffed from 7:30)",
            }[L],
            "\n",
        )
    pet = c.ch(["Bruno", "Luna", "Filou", "Milo", "Pepper", "Nala", "Balu", "Kiwi"])
    d.add(
        f"\n{lab['pet']} {pet}: ",
        {
            "de": "bitte nicht ins Kinderzimmer lassen, Futter um 19 Uhr.",
            "fr": "ne pas le laisser dans la chambre des enfants.",
            "it": "non farlo entrare in camera dei bambini.",
            "en": "please keep out of the kids' rooms, feed at 7.",
        }[L],
        "\n",
    )
    hx = "0123456789ABCDEF"
    ssid = c.ch(
        {
            "DE": [f"FRITZ!Box 7590 {c.letters(2)}", f"Vodafone-{c.letters(4, hx)}", f"o2-WLAN{c.digits(2)}"],
            "AT": [f"A1-{c.letters(6, hx)}", f"Magenta-{c.letters(4, hx)}"],
            "CH": [f"Sunrise_{c.digits(4)}", f"Swisscom-{c.letters(4, hx)}"],
            "FR": [f"Livebox-{c.letters(4, hx)}", f"Freebox-{c.letters(6, hx)}", f"SFR_{c.letters(4, hx)}"],
            "BE": [f"Proximus-Home-{c.letters(4, hx)}", f"telenet-{c.letters(7, hx)}"],
            "LU": [f"POST-{c.letters(4, hx)}", f"Tango-{c.letters(4, hx)}"],
            "IT": [f"TIM-{c.digits(8)}", f"FASTWEB-{c.letters(6, hx)}", f"Vodafone-{c.letters(8, hx)}"],
            "GB": [f"BT-{c.letters(6)}", f"SKY{c.letters(5)}", f"VM{c.digits(7)}"],
            "IE": [f"eir{c.digits(5)}", f"VM{c.digits(7)}"],
            "US": [f"NETGEAR{c.digits(2)}", f"xfinitywifi-{c.letters(4)}", f"Verizon_{c.letters(6)}"],
            "CA": [f"BELL{c.digits(3)}", f"TELUS{c.digits(4)}"],
            "AU": [f"Telstra{c.letters(4, hx)}", f"Optus_{c.letters(6, hx)}"],
            "NZ": [f"Spark-{c.letters(4, hx)}", f"One-NZ-{c.letters(4, hx)}"],
        }[R]
    )
    d.add(f"{lab['wifi']}: {ssid} / {lab['pw']}: {c.letters(4, string.ascii_lowercase)}{c.digits(4)}\n")
    if c.chance(0.5):
        if L == "de":
            d.add(
                "Versichertenkarte von ",
                P(kids[0].first),
                f" liegt in der Schublade (Kasse {c.ch(['AOK', 'TK', 'Barmer', 'ÖGK', 'CSS', 'Helsana'])}, "
                f"Nr. {c.letters(1)}{c.digits(9)}).\n",
            )
        else:
            d.add(
                {
                    "fr": f"Carte Vitale / mutuelle dans le tiroir de l'entrée (n° {c.digits(13)}).\n",
                    "it": "Tessera sanitaria dei bambini nel cassetto dell'ingresso.\n",
                    "en": f"{'Medicare card' if R in ('AU', 'US') else 'Health card'} "
                    f"is in the hall drawer (no. {c.digits(10)}).\n",
                }[L]
            )


# --- 9. donation receipts and donor lists --------------------------------------------------------------

ORGS = {
    "de": [
        "Förderverein der Grundschule am Park e.V.",
        "Tierschutzverein Rosenheim und Umgebung e.V.",
        "Freiwillige Feuerwehr Kirchdorf – Förderverein",
        "Stiftung Kinderhospiz Regenbogen",
        "Tafel Nord e.V.",
        "Albert-Schweitzer-Kinderdorf Verein",
        "Sportfreunde Lindenau 1921 e.V.",
    ],
    "fr": [
        "Association Les Amis de la Bibliothèque",
        "Restos du Cœur – antenne locale",
        "Fondation Abbé Pierre",
        "Association sportive du Lac",
        "Banque alimentaire du Rhône",
        "Amicale des sapeurs-pompiers",
    ],
    "it": [
        "Associazione Amici del Canile ODV",
        "Fondazione Umberto Veronesi",
        "Pro Loco di Borgo San Giacomo APS",
        "Croce Verde ODV",
        "Associazione Genitori Scuola Rodari",
        "Banco Alimentare",
    ],
    "en": [
        "Friends of Oakfield Library",
        "St Luke's Hospice",
        "Riverside Food Bank",
        "Parkside PTA",
        "Guide Dogs for the Blind Association",
        "Florence Nightingale Foundation",
        "Harbour Animal Rescue",
    ],
}


def t_donation(c: Ctx, d: Doc):
    L, R = c.lang, c.region
    org = c.ch(ORGS[L])
    oa = c.addr(unit=False)
    treas = c.person()
    mode = c.ch(["receipt", "list", "list"] if R != "GB" else ["giftaid", "list"])
    if mode == "receipt":
        donor = c.person()
        da = c.addr()
        amount = c.ri(2, 120) * 10 * (1 if R not in ("US", "CA", "AU") else 2)
        when = c.recent(200)
        d.add(
            {
                "de": "Kannst du prüfen, ob diese Spendenbestätigung so vom Finanzamt anerkannt wird? Was fehlt?",
                "fr": "Ce reçu fiscal est-il conforme ? Il manque une mention ?",
                "it": "Questa ricevuta va bene per la detrazione? Manca qualcosa?",
                "en": "Is this donation receipt valid for tax purposes? Anything missing?",
            }[L],
            "\n\n",
        )
        if R == "DE":
            d.add(
                "Bestätigung über Geldzuwendungen im Sinne des § 10b des Einkommensteuergesetzes "
                "an eine der in § 5 Abs. 1 Nr. 9 KStG bezeichneten Körperschaften\n\n",
                "Aussteller: ",
                org,
                ", ",
                addr_line(c, oa),
                "\n\nName und Anschrift des Zuwendenden:\n",
                P(c.name(donor, c.ch(["fl", "lf"]))),
                "\n",
                addr_block(c, da),
                "\n\n",
                f"Betrag der Zuwendung in Ziffern: {c.money(amount)} – in Buchstaben: "
                f"***{c.ch(['fünfzig', 'einhundert', 'zweihundertfünfzig', 'dreihundert'])}*** "
                f"– Tag der Zuwendung: {c.num_date(when)}\n",
                "Es handelt sich nicht um den Verzicht auf Erstattung von Aufwendungen.\n",
                f"Wir sind wegen Förderung der Erziehung nach dem Freistellungsbescheid des Finanzamts {c.town()}, "
                f"StNr. {c.digits(2)}/{c.digits(3)}/{c.digits(5)}, vom "
                f"{c.num_date(c.recent(900, -300))} von der Körperschaftsteuer befreit.\n\n",
                f"{oa.town}, {c.num_date(when + timedelta(days=c.ri(3, 30)))}\n",
                P(c.name(treas, "fl")),
                ", Kassenwart" if treas.gender == "m" else ", Kassenwartin",
                "\n",
            )
        elif R == "AT":
            dob = c.dob(1940, 2004)
            d.add(
                f"Spendenbestätigung {TODAY.year}\n",
                org,
                " (Registrierungsnummer SO ",
                c.digits(4),
                "), ",
                addr_line(c, oa),
                "\n\n",
                "Spender/in (Vor- und Zuname lt. Meldezettel): ",
                P(c.name(donor, "fl")),
                "\nGeburtsdatum: ",
                B(c.num_date(dob)),
                "\nAdresse: ",
                addr_line(c, da),
                "\n",
                f"Spendenbetrag {TODAY.year}: {c.money(amount)}\n",
                "Die Spende wird mit Ihrem Einverständnis automatisch an "
                "das Finanzamt übermittelt (verschlüsseltes bPK).\n\n",
                P(c.name(treas, "fl")),
                ", Obfrau" if treas.gender == "f" else ", Obmann",
                "\n",
            )
        elif R == "CH":
            d.add(
                {
                    "de": f"Spendenbescheinigung {TODAY.year}\n",
                    "fr": f"Attestation de dons {TODAY.year}\n",
                    "it": f"Attestazione di donazione {TODAY.year}\n",
                }[L],
                org,
                ", ",
                addr_line(c, oa),
                "\n\n",
                {"de": "Wir bestätigen, dass ", "fr": "Nous certifions que ", "it": "Confermiamo che "}[L],
                P(c.name(donor, "fl")),
                ", ",
                addr_line(c, da),
                {
                    "de": f", uns im Jahr {TODAY.year} Spenden von insgesamt {c.money(amount)} überwiesen hat.\n",
                    "fr": f", nous a versé en {TODAY.year} des dons pour un total de {c.money(amount)}.\n",
                    "it": f", ha versato nel {TODAY.year} donazioni per un totale di {c.money(amount)}.\n",
                }[L],
                {
                    "de": "Die Organisation ist gemeinnützig und steuerbefreit.\n",
                    "fr": "L'organisation est reconnue d'utilité publique et exonérée d'impôts.\n",
                    "it": "L'organizzazione è di pubblica utilità ed esente da imposte.\n",
                }[L],
                P(c.name(treas, "fl")),
                "\n",
            )
        elif R in ("FR", "BE", "LU"):
            d.add(
                "Reçu au titre des dons à certains organismes d'intérêt général (articles 200, 238 bis et 978 du CGI)\n"
                if R == "FR"
                else "Attestation fiscale – libéralités\n",
                f"Reçu n° {TODAY.year}-{c.digits(4)}\n\nBénéficiaire : ",
                org,
                ", ",
                addr_line(c, oa),
                "\n\nDonateur\nNom : ",
                P(upper(donor.last)),
                "   Prénoms : ",
                P(donor.first),
                "\nAdresse : ",
                addr_line(c, da),
                "\n",
            )
            if R == "BE":
                dob = c.dob(1940, 2004)
                d.add(
                    "Numéro national : "
                    f"{dob.year % 100:02d}.{dob.month:02d}.{dob.day:02d}-{c.digits(3)}.{c.digits(2)}\n"
                )
            d.add(
                f"\nLe bénéficiaire reconnaît avoir reçu la somme de *** {amount} *** "
                f"euros au titre des dons.\nDate du versement : {c.num_date(when)}\n",
                "Forme du don : don manuel — Nature : numéraire — Mode de versement : "
                f"{c.ch(['chèque', 'virement', 'carte bancaire', 'prélèvement'])}\n\n",
                f"Fait à {oa.town}, le {c.num_date(when + timedelta(days=10))}\n",
                P(c.name(treas, "fl")),
                ", trésorière" if treas.gender == "f" else ", trésorier",
                "\n",
            )
        elif R == "IT":
            dob = c.dob(1940, 2004)
            d.add(
                "RICEVUTA DI EROGAZIONE LIBERALE\n",
                org,
                f" (ETS iscritto al RUNTS, C.F. {c.digits(11)}), ",
                addr_line(c, oa),
                "\n\ndichiara di aver ricevuto da ",
                P(c.name(donor, c.ch(["fl", "UP"]))),
                f", {'nato' if donor.gender == 'm' else 'nata'} a {c.town()} il ",
                B(c.num_date(dob)),
                ", residente in ",
                addr_line(c, da),
                f", C.F. {codice_fiscale(c, donor, dob)}, la somma di {c.money(amount)} a titolo "
                f"di erogazione liberale, mediante bonifico del {c.num_date(when)} dal conto IBAN ",
                I(c.iban()),
                ".\nErogazione detraibile ai sensi dell'art. 83 del D.Lgs. 117/2017.\n\nIl Tesoriere\n",
                P(c.name(treas, "fl")),
                "\n",
            )
        elif R == "IE":
            d.add(
                f"Donation receipt — {org} (CHY {c.digits(5)}, RCN 2{c.digits(7)})\n",
                addr_line(c, oa),
                "\n\nReceived with thanks from ",
                P(c.name(donor, "fl")),
                ", ",
                addr_line(c, da),
                f" the sum of {c.money(amount)} on {c.fmt_date(when)}.\n",
                f"PPSN (for the CHY3 certificate): {c.digits(7)}{c.letters(1)}\n",
                "Signed: ",
                P(c.name(treas, "fl")),
                ", Treasurer\n",
            )
        else:
            title = {
                "US": f"Donation acknowledgment — {org} is a 501(c)(3) organization, EIN {c.digits(2)}-{c.digits(7)}",
                "CA": f"Official receipt for income tax purposes — {org}, "
                f"charitable registration no. {c.digits(9)} RR0001",
                "AU": f"Tax receipt — {org}, ABN {c.digits(2)} {c.digits(3)} "
                f"{c.digits(3)} {c.digits(3)} (DGR endorsed)",
                "NZ": f"Donation receipt — {org}, Charities Services registration CC{c.digits(5)}",
            }[R]
            d.add(
                title,
                "\n",
                addr_line(c, oa),
                "\n\nDear ",
                P(c.name(donor, c.ch(["f", "fl"]))),
                ",\nThank you for your generous gift of ",
                c.money(amount),
                f" received on {c.fmt_date(when)}. No goods or services were "
                "provided in exchange for this contribution.\n\nDonor: ",
                P(c.name(donor, "fl")),
                ", ",
                addr_line(c, da),
                "\n",
                f"Receipt no. {c.digits(6)} · Date issued {c.fmt_date(when + timedelta(days=5))}\n\n",
                P(c.name(treas, "fl")),
                ", Treasurer · ",
                E(c.email(treas, c.domain_of(org), work=True)),
                "\n",
            )
        return
    if mode == "giftaid":
        d.add(
            "Here are this month's Gift Aid declarations from our paper forms. "
            "Can you check which ones are incomplete before we claim?\n\n",
            f"{org} — registered charity no. {c.digits(7)}\n\n",
        )
        header = ["Title", "First name", "Surname", "Home address", "Postcode", "Date", "Amount"]
        rows = []
        for _ in range(c.ri(5, 8)):
            p = c.person()
            a = c.addr()
            home = f"{a.l1()}, {a.town}"
            rows.append(
                [
                    c.salutation(p),
                    P(p.first),
                    P(p.last),
                    A(home) if c.chance(0.9) else a.town,
                    a.pc,
                    c.num_date(c.recent(60)),
                    c.money(c.ri(5, 200)),
                ]
            )
        table(c, d, header, rows, c.ch(["csv", "tsv", "md"]))
        d.add("\nPlease send queries to our treasurer ", P(c.name(treas, "fl")), " (", E(c.email(treas)), ").\n")
        return
    # donor list export
    d.add(
        {
            "de": "Export aus unserer Spendenverwaltung. Bitte schreib für jede Person "
            "einen kurzen persönlichen Dankesbrief (Du/Sie je nach Anrede).",
            "fr": "Export de notre logiciel de dons. Rédige un court mot "
            "de remerciement personnalisé pour chaque donateur, stp.",
            "it": "Export dal nostro gestionale donatori. Scrivi un breve ringraziamento personalizzato per ciascuno.",
            "en": "Export from our donor CRM. Please draft a short personal thank-you note for each donor.",
        }[L],
        "\n\n",
    )
    hdr = {
        "de": [
            "Spender-Nr",
            "Anrede",
            "Vorname",
            "Nachname",
            "Straße",
            "PLZ",
            "Ort",
            "E-Mail",
            "Betrag",
            "Datum",
            "Zahlungsweg",
            "IBAN",
            "Verwendungszweck",
        ],
        "fr": [
            "N° donateur",
            "Civilité",
            "Prénom",
            "Nom",
            "Adresse",
            "CP",
            "Ville",
            "Courriel",
            "Montant",
            "Date",
            "Mode",
            "IBAN",
            "Commentaire",
        ],
        "it": [
            "ID",
            "Titolo",
            "Nome",
            "Cognome",
            "Indirizzo",
            "CAP",
            "Città",
            "Email",
            "Importo",
            "Data",
            "Metodo",
            "IBAN",
            "Causale",
        ],
        "en": [
            "Donor ID",
            "Title",
            "First name",
            "Last name",
            "Address line 1",
            "Postcode" if R in ("GB", "IE", "AU", "NZ") else "ZIP/Postal code",
            "City",
            "Email",
            "Amount",
            "Date",
            "Method",
            "Account",
            "Notes",
        ],
    }[L]
    rows = []
    for _ in range(c.ri(4, 6)):
        p = c.person()
        a = c.addr()
        meth = c.ch(["sepa", "transfer", "paypal", "card"])
        mem = c.person() if c.chance(0.25) else None
        note = ""
        if mem is not None:
            note = [
                {
                    "de": "Kondolenzspende im Gedenken an ",
                    "fr": "Don in memoriam ",
                    "it": "In memoria di ",
                    "en": "In memory of ",
                }[L],
                P(c.name(mem, "fl")),
            ]
        elif c.chance(0.3):
            note = {"de": "Dauerspende", "fr": "don mensuel", "it": "donazione mensile", "en": "monthly gift"}[L]
        if meth in ("sepa", "transfer") and R not in ("US", "CA", "AU", "NZ"):
            acct = I(c.iban(grouped=False))
        elif meth == "paypal":
            acct = E(c.email(p))
        else:
            acct = c.masked_card() if meth == "card" else ""
        meth_txt = {
            "sepa": {"de": "Lastschrift", "fr": "prélèvement", "it": "RID/SDD", "en": "Direct Debit"}[L],
            "transfer": {"de": "Überweisung", "fr": "virement", "it": "bonifico", "en": "bank transfer"}[L],
            "paypal": "PayPal",
            "card": {"de": "Kreditkarte", "fr": "CB", "it": "carta", "en": "card"}[L],
        }[meth]
        rows.append(
            [
                c.digits(5),
                c.salutation(p) if L != "en" else c.salutation(p),
                P(p.first),
                P(p.last),
                A(a.l1()),
                a.pc,
                a.town,
                E(c.email(p)) if c.chance(0.8) else "",
                c.money(c.ri(1, 50) * 10),
                c.num_date(c.recent(90)),
                meth_txt,
                acct,
                note,
            ]
        )
    table(c, d, hdr, rows, c.ch(["semi", "csv", "tsv"]))
    d.add(
        "\n",
        {
            "de": "Unterschreiben wird unser Vorsitzender ",
            "fr": "Les lettres seront signées par notre président(e) ",
            "it": "Le lettere le firma il presidente ",
            "en": "Letters will be signed by our chair, ",
        }[L],
        P(c.name(treas, "fl")),
        ".\n",
    )


# --- 10. source code with hard-coded test fixtures ---------------------------------------------------


def q(s):
    """Quote a string literal the way formatters do (double quotes if it contains an apostrophe)."""
    return '"' if "'" in s else "'"


def qq(s):
    """Python (black) style: double quotes unless the string contains one."""
    return "'" if '"' in s else '"'


def fixture_person(c):
    p = c.person()
    a = c.addr(unit=c.chance(0.2))
    dd = c.dob(1950, 2006)
    iban = c.iban(grouped=False) if c.region not in ("US", "CA", "AU", "NZ") else None
    return dict(p=p, a=a, dob=dd, email=c.email(p), phone=c.phone(), iban=iban)


def t_fixtures(c: Ctx, d: Doc):
    L = c.lang
    lang = c.ch(["python", "js", "java", "csharp", "php", "ruby", "go"])
    recs = [fixture_person(c) for _ in range(c.ri(2, 3))]
    req = {
        "de": [
            "Warum schlägt dieser Test fehl? Hier Code und Ausgabe:",
            "Der Test ist seit dem Update rot. Was ist kaputt?",
            "Kannst du den Fehler erklären und einen Fix vorschlagen?",
        ],
        "fr": [
            "Pourquoi ce test échoue-t-il ? Voici le code et la sortie :",
            "Ce test est rouge depuis la mise à jour, tu vois le problème ?",
            "Explique-moi l'erreur et propose une correction.",
        ],
        "it": [
            "Perché fallisce questo test? Ecco codice e output:",
            "Il test è rosso dopo l'aggiornamento, vedi il problema?",
            "Mi spieghi l'errore e proponi una correzione?",
        ],
        "en": [
            "Why is this test failing? Code and output below:",
            "This test went red after the upgrade — what's broken?",
            "Can you explain the error and suggest a fix?",
        ],
    }[L]
    cm = {
        "de": "Testkunde mit Sonderzeichen im Namen",
        "fr": "client de test avec des accents",
        "it": "cliente di prova con caratteri speciali",
        "en": "test customer with special characters",
    }[L]
    d.add(
        c.ch(req),
        "\n\n```",
        {
            "python": "python",
            "js": "javascript",
            "java": "java",
            "csharp": "csharp",
            "php": "php",
            "ruby": "ruby",
            "go": "go",
        }[lang],
        "\n",
    )
    r0 = recs[0]
    p0, a0 = r0["p"], r0["a"]
    expect_name = c.ch([f"{upper(p0.last)}, {p0.first}", f"{p0.last}, {p0.first}", f"{p0.first} {upper(p0.last)}"])
    wrong_name = c.ch(
        [
            strip_accents(expect_name),
            expect_name.title() if upper(p0.last) in expect_name else upper(expect_name),
            expect_name.replace(", ", " "),
        ]
    )
    if wrong_name == expect_name:
        wrong_name = strip_accents(expect_name).lower()
    if lang == "python":
        d.add(
            "# tests/test_export.py\nfrom datetime import date\n\nimport "
            "pytest\n\nfrom crm.export import format_label, mask_iban\n\n\n"
        )
        for k, r in enumerate(recs):
            p, a = r["p"], r["a"]
            d.add(
                "@pytest.fixture\n",
                f"def customer_{k + 1}():\n",
                f"    # {cm}\n" if k == 0 else "",
                "    return Customer(\n",
                f"        id={c.ri(1000, 99999)},\n",
                f"        first_name={qq(p.first)}",
                P(p.first),
                f"{qq(p.first)},\n",
                f"        last_name={qq(p.last)}",
                P(p.last),
                f"{qq(p.last)},\n",
                '        email="',
                E(r["email"]),
                '",\n',
                '        phone="',
                T(r["phone"]),
                '",\n',
                '        birth_date=date.fromisoformat("',
                B(r["dob"].isoformat()),
                '"),\n',
                f"        street={qq(a.l1())}",
                A(a.l1()),
                f"{qq(a.l1())},\n",
                f'        postal_code="{a.pc}",\n',
                f"        city={qq(a.town)}{a.town}{qq(a.town)},\n",
            )
            if r["iban"]:
                d.add('        iban="', I(r["iban"]), '",\n')
            if c.chance(0.35):
                d.add('        card_number="', C(c.card(grouped=c.chance(0.3))), '",\n')
            d.add("        newsletter=False,\n    )\n\n\n")
        whole_e, whole_w = f"{expect_name}\n{a0.l1()}\n{a0.l2()}", f"{wrong_name}\n{a0.l1()}\n{a0.l2()}"
        d.add(
            "def test_format_label(customer_1):\n",
            f"    assert format_label(customer_1) == {qq(whole_e)}",
            P(expect_name),
            "\\n",
            A(a0.l1()),
            "\\n",
            A(a0.l2()),
            f"{qq(whole_e)}\n```\n\n",
        )
        d.add(
            "```\n",
            "FAILED tests/test_export.py::test_format_label - AssertionError: assert ",
            q(whole_w),
            P(wrong_name),
            "\\n",
            A(a0.l1()),
            "\\n",
            A(a0.l2()),
            q(whole_w),
            " == ",
            q(whole_e),
            P(expect_name),
            "\\n",
            A(a0.l1()),
            "\\n",
            A(a0.l2()),
            q(whole_e),
            "\n",
            f"========================= 1 failed, {c.ri(20, 140)} passed in "
            f"{c.ri(1, 9)}.{c.digits(2)}s =========================\n```\n",
        )
    elif lang == "js":
        d.add(
            "// __tests__/recipient.test.js\nconst { buildRecipient } = require('../src/invoice');\n\n",
            f"// {cm}\n",
            "const customers = [\n",
        )
        for r in recs:
            p, a = r["p"], r["a"]
            d.add(
                "  {\n",
                f"    id: 'cus_{c.letters(10, string.ascii_letters + string.digits)}',\n",
                f"    firstName: {q(p.first)}",
                P(p.first),
                f"{q(p.first)},\n",
                f"    lastName: {q(p.last)}",
                P(p.last),
                f"{q(p.last)},\n",
                "    email: '",
                E(r["email"]),
                "',\n",
                "    phone: '",
                T(r["phone"]),
                "',\n",
                "    birthDate: '",
                B(r["dob"].isoformat()),
                "',\n",
                f"    address: {{ line1: {q(a.l1())}",
                A(a.l1()),
                f"{q(a.l1())}, postcode: '{a.pc}', city: {q(a.town)}{a.town}{q(a.town)} }},\n",
            )
            if c.chance(0.5):
                d.add(
                    "    card: { number: '",
                    C(c.card(grouped=False)),
                    f"', expiry: '{c.ri(1, 12):02d}/{c.ri(27, 32)}' }},\n",
                )
            d.add("  },\n")
        d.add(
            "];\n\n",
            "test('builds the recipient block', () => {\n",
            f"  expect(buildRecipient(customers[0])).toEqual([{q(expect_name)}",
            P(expect_name),
            f"{q(expect_name)}, ",
            q(a0.l1()),
            A(a0.l1()),
            q(a0.l1()),
            ", ",
            q(a0.l2()),
            A(a0.l2()),
            q(a0.l2()),
            "]);\n});\n```\n\n",
        )
        d.add(
            "```\n",
            "  ● builds the recipient block\n\n    expect(received).toEqual(expected) // "
            "deep equality\n\n    - Expected  - 1\n    + Received  + 1\n\n      Array [\n",
            '    -   "',
            P(expect_name),
            '",\n',
            '    +   "',
            P(wrong_name),
            '",\n',
            '        "',
            A(a0.l1()),
            '",\n',
            '        "',
            A(a0.l2()),
            '",\n      ]\n```\n',
        )
    elif lang == "java":
        author = c.person()
        d.add(
            "/**\n * Tests for {@link CustomerService}.\n *\n * @author ",
            P(c.name(author, "fl")),
            "\n */\nclass CustomerServiceTest {\n\n",
            f"    // {cm}\n",
        )
        for k, r in enumerate(recs):
            p, a = r["p"], r["a"]
            d.add(
                f"    private final Customer customer{k + 1} = Customer.builder()\n",
                '            .firstName("',
                P(p.first),
                '")\n',
                '            .lastName("',
                P(p.last),
                '")\n',
                '            .email("',
                E(r["email"]),
                '")\n',
                '            .phone("',
                T(r["phone"]),
                '")\n',
                '            .birthDate(LocalDate.parse("',
                B(r["dob"].isoformat()),
                '"))\n',
                '            .street("',
                A(a.l1()),
                '")\n',
                f'            .zip("{a.pc}")\n',
                f'            .city("{a.town}")\n',
            )
            if r["iban"]:
                d.add('            .iban("', I(r["iban"]), '")\n')
            if c.chance(0.3):
                d.add('            .cardNumber("', C(c.card(grouped=False)), '")\n')
            d.add("            .build();\n\n")
        d.add(
            "    @Test\n    void formatsDisplayName() {\n",
            '        assertEquals("',
            P(expect_name),
            '", service.displayName(customer1));\n    }\n}\n```\n\n',
        )
        d.add(
            "```\n",
            "org.opentest4j.AssertionFailedError: expected: <",
            P(expect_name),
            "> but was: <",
            P(wrong_name),
            ">\n",
            "\tat org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)\n",
            "\tat com.example.crm.CustomerServiceTest.formatsDisplayName(",
            f"CustomerServiceTest.java:{c.ri(40, 90)})\n```\n",
        )
    elif lang == "csharp":
        d.add(
            "public class MemberFormatterTests\n{\n",
            "    private readonly MemberFormatter _formatter = new();\n\n",
            f"    // {cm}\n",
            "    private static readonly Member[] Members =\n    [\n",
        )
        for r in recs:
            p, a = r["p"], r["a"]
            d.add(
                "        new Member\n        {\n",
                '            FirstName = "',
                P(p.first),
                '",\n',
                '            LastName = "',
                P(p.last),
                '",\n',
                '            Email = "',
                E(r["email"]),
                '",\n',
                '            DateOfBirth = DateOnly.Parse("',
                B(r["dob"].isoformat()),
                '"),\n',
                '            Address = new Address("',
                A(a.l1()),
                f'", "{a.pc}", "{a.town}"),\n',
                "        },\n",
            )
        d.add(
            "    ];\n\n    [Fact]\n    public void Format_UsesFamilyNameFirst()\n    {\n",
            '        Assert.Equal("',
            P(expect_name),
            '", _formatter.Format(Members[0]));\n    }\n}\n```\n\n',
        )
        d.add(
            "```\n",
            "Assert.Equal() Failure: Strings differ\n",
            'Expected: "',
            P(expect_name),
            '"\n',
            'Actual:   "',
            P(wrong_name),
            '"\n',
            "   at MemberFormatterTests.Format_UsesFamilyNameFirst() in "
            f"/src/Tests/MemberFormatterTests.cs:line {c.ri(30, 80)}\n```\n",
        )
    elif lang == "php":
        bad = recs[-1]
        bad_dob = (
            c.num_date(bad["dob"])
            if c.lang != "en" or c.region != "CA"
            else f"{bad['dob'].day:02d}/{bad['dob'].month:02d}/{bad['dob'].year}"
        )
        d.add(
            "<?php\n\nnamespace Database\\Seeders;\n\nuse Illuminate\\Database\\Seeder;\nuse "
            "Illuminate\\Support\\Facades\\DB;\n\nclass PatientSeeder extends Seeder\n{\n",
            "    public function run(): void\n    {\n",
            f"        // {cm}\n",
            "        DB::table('patients')->insert([\n",
        )
        for r in recs:
            p, a = r["p"], r["a"]
            dob_txt = bad_dob if r is bad else r["dob"].isoformat()
            d.add(
                f"            ['first_name' => {q(p.first)}",
                P(p.first),
                f"{q(p.first)}, 'last_name' => {q(p.last)}",
                P(p.last),
                f"{q(p.last)}, ",
                "'email' => '",
                E(r["email"]),
                "', 'phone' => '",
                T(r["phone"]),
                "', 'birth_date' => '",
                B(dob_txt),
                f"', 'address' => {q(a.line(0))}",
                A(a.line(0)),
                f"{q(a.line(0))}],\n",
            )
        d.add(
            "        ]);\n    }\n}\n```\n\n```\n",
            "   Illuminate\\Database\\QueryException \n\n",
            "  SQLSTATE[22007]: Invalid datetime format: 1292 Incorrect date value: '",
            B(bad_dob),
            f"' for column 'birth_date' at row {len(recs)} ",
            "(Connection: mysql, SQL: insert into `patients` ...)\n```\n",
        )
    elif lang == "ruby":
        d.add("# spec/factories/members.rb\nFactoryBot.define do\n  factory :member do\n")
        r = r0
        p, a = r["p"], r["a"]
        d.add(
            f"    # {cm}\n",
            '    first_name { "',
            P(p.first),
            '" }\n',
            '    last_name { "',
            P(p.last),
            '" }\n',
            '    email { "',
            E(r["email"]),
            '" }\n',
            '    phone { "',
            T(r["phone"]),
            '" }\n',
            '    date_of_birth { Date.parse("',
            B(r["dob"].isoformat()),
            '") }\n',
            '    street { "',
            A(a.l1()),
            '" }\n',
            f'    zip {{ "{a.pc}" }}\n    city {{ "{a.town}" }}\n',
        )
        if r["iban"]:
            d.add('    iban { "', I(r["iban"]), '" }\n')
        d.add(
            '  end\nend\n\n# spec/models/member_spec.rb\nRSpec.describe Member do\n  it "formats the sort name" do\n',
            '    expect(build(:member).sort_name).to eq("',
            P(expect_name),
            '")\n  end\nend\n```\n\n```\n',
            "Failures:\n\n  1) Member formats the sort name\n     "
            'Failure/Error: expect(build(:member).sort_name).to eq("',
            P(expect_name),
            '")\n\n',
            '       expected: "',
            P(expect_name),
            '"\n            got: "',
            P(wrong_name),
            '"\n```\n',
        )
    else:  # go
        d.add('package customer\n\nimport "testing"\n\n', f"// {cm}\n", "var fixtures = []Customer{\n")
        for k, r in enumerate(recs):
            p, a = r["p"], r["a"]
            d.add(
                f'\t{{ID: {k + 1}, FirstName: "',
                P(p.first),
                '", LastName: "',
                P(p.last),
                '", Email: "',
                E(r["email"]),
                '", Phone: "',
                T(r["phone"]),
                '", BirthDate: "',
                B(r["dob"].isoformat()),
                '", Street: "',
                A(a.l1()),
                f'", Zip: "{a.pc}", City: "{a.town}"}},\n',
            )
        d.add(
            '}\n\nfunc TestSortName(t *testing.T) {\n\tgot := SortName(fixtures[0])\n\tif want := "',
            P(expect_name),
            '"; got != want {\n',
            '\t\tt.Errorf("SortName() = %q, want %q", got, want)\n\t}\n}\n```\n\n```\n--- FAIL: TestSortName (0.00s)\n',
            f'    customer_test.go:{c.ri(20, 60)}: SortName() = "',
            P(wrong_name),
            '", want "',
            P(expect_name),
            f'"\nFAIL\nFAIL\texample.com/crm/customer\t0.{c.digits(3)}s\n```\n',
        )
    if c.chance(0.4):
        d.add(
            "\n",
            {
                "de": "Läuft lokal auf Python 3.12 / Node 22, im CI nicht. Build #",
                "fr": "En local ça passe, pas sur la CI. Build #",
                "it": "In locale passa, in CI no. Build #",
                "en": "Passes locally, fails in CI. Build #",
            }[L],
            c.digits(4),
            ".\n",
        )


# --- 11. raw e-mail source (headers and body) ----------------------------------------------------------


def q_encode(s):
    out = []
    for b in s.encode("utf-8"):
        ch = chr(b)
        if ch == " ":
            out.append("_")
        elif b < 128 and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={b:02X}")
    return "=?UTF-8?Q?" + "".join(out) + "?="


def rfc2822(c, dt_day, hh=None):
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][dt_day.weekday()]
    mo = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][dt_day.month - 1]
    tz = {
        "DE": "+0100",
        "AT": "+0100",
        "CH": "+0100",
        "FR": "+0100",
        "BE": "+0100",
        "LU": "+0100",
        "IT": "+0100",
        "GB": "+0000",
        "IE": "+0000",
        "US": "-0500",
        "CA": "-0500",
        "AU": "+1100",
        "NZ": "+1300",
    }[c.region]
    h = hh if hh is not None else c.ri(6, 22)
    return f"{wd}, {dt_day.day:02d} {mo} {dt_day.year} {h:02d}:{c.ri(0, 59):02d}:{c.ri(0, 59):02d} {tz}"


def b64(c, n):
    return "".join(c.ch(string.ascii_letters + string.digits + "+/") for _ in range(n))


def display(c, p, style="fl"):
    """A display name in a From/To header: quoted, RFC 2047-encoded if not ASCII, or bare."""
    nm = c.name(p, style)
    if any(ord(ch) > 127 for ch in nm) and c.chance(0.75):
        return ["", P(q_encode(nm)), ""]
    if "," in nm or c.chance(0.5):
        return ['"', P(nm), '"']
    return ["", P(nm), ""]


def t_mailsource(c: Ctx, d: Doc):
    L, R = c.lang, c.region
    kind = c.ch(["form", "form", "form", "personal", "personal", "bounce", "bounce"])
    me = c.person()
    my_dom = c.ch(MAIL_DOMAINS[R])
    comp = c.company()
    cdom = c.domain_of(comp)
    my_mail = c.email(me, cdom, work=True) if kind == "form" else c.email(me, my_dom)
    day = c.recent(10)
    ip = f"{c.ri(31, 213)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(1, 254)}"
    mx = c.ch(
        [f"mx{c.ri(1, 3)}.{my_dom}", f"mail.{cdom}", f"mx.{cdom}", f"{c.ch(['mxa', 'mxb'])}-{c.ri(1, 9)}.emailsrvr.com"]
    )
    req = {
        "form": {
            "de": "Warum landet diese Kontaktformular-Mail bei uns immer im Spam? Hier der Quelltext:",
            "fr": "Pourquoi les mails de notre formulaire de contact arrivent-ils en spam ? Voici la source :",
            "it": "Perché le email del modulo contatti finiscono nello spam? Ecco il sorgente:",
            "en": "Why do our contact-form emails keep landing in spam? Here's the raw source:",
        },
        "personal": {
            "de": "Ist diese Mail echt oder Phishing? Ich hab mir den Quelltext anzeigen lassen:",
            "fr": "Ce mail est-il authentique ou du phishing ? Voici les en-têtes complets :",
            "it": "Questa email è autentica o phishing? Ecco l'originale con le intestazioni:",
            "en": "Is this email genuine or phishing? I pulled up the original with headers:",
        },
        "bounce": {
            "de": "Meine Mail kam zurück. Was bedeutet diese Fehlermeldung und was mache ich falsch?",
            "fr": "Mon mail m'est revenu. Que veut dire ce message d'erreur ?",
            "it": "La mia email è tornata indietro. Cosa significa questo errore?",
            "en": "My email bounced. What does this error mean and how do I fix it?",
        },
    }[kind][L]
    d.add(req, "\n\n")
    if kind == "form":
        visitor = c.person()
        vmail = c.email(visitor)
        site = f"{comp}"
        d.add(
            f"Return-Path: <wordpress@{cdom}>\n",
            "Delivered-To: ",
            E(my_mail),
            "\n",
            f"Received: from {c.ch(['s', 'web', 'wp'])}{c.ri(10, 999)}.",
            c.ch(
                ["webhosting.example.net", "kundenserver.de", "ovh.net", "aruba.it", "hostpoint.ch", "siteground.com"]
            ),
            f" ([{ip}])\n",
            f"\tby {mx} (Postfix) with ESMTPS id {c.letters(12, string.ascii_uppercase + string.digits)}\n\tfor <",
            E(my_mail),
            f">; {rfc2822(c, day)}\n",
            f"Authentication-Results: {mx};\n\tspf=softfail (domain of transitioning wordpress@{cdom} "
            f"does not designate {ip} as permitted sender) smtp.mailfrom=wordpress@{cdom};\n",
            "\tdkim=none; dmarc=fail (p=QUARANTINE) header.from=",
            cdom,
            "\n",
            f"Date: {rfc2822(c, day)}\n",
            "To: ",
        )
        d.add(
            E(my_mail),
            "\n",
            f"From: {site} <wordpress@{cdom}>\n",
            "Reply-To: ",
            display(c, visitor),
            " <",
            E(vmail),
            ">\n",
            {
                "de": "Subject: Neue Anfrage über das Kontaktformular – ",
                "fr": "Subject: Nouveau message via le formulaire – ",
                "it": "Subject: Nuova richiesta dal modulo contatti – ",
                "en": "Subject: New enquiry via contact form – ",
            }[L],
            P(c.name(visitor, "fl")),
            "\n",
            f"Message-ID: <{c.letters(32, '0123456789abcdef')}@{cdom}>\n",
            "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)\nMIME-Version: 1.0\n",
            "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n",
            f"X-Spam-Status: Yes, score={c.ri(5, 9)}.{c.ri(0, 9)} required=5.0\n\n",
        )
        lab = {
            "de": ("Von", "E-Mail", "Telefon", "Adresse", "Nachricht"),
            "fr": ("Nom", "E-mail", "Téléphone", "Adresse", "Message"),
            "it": ("Nome", "E-mail", "Telefono", "Indirizzo", "Messaggio"),
            "en": ("Name", "Email", "Phone", "Address", "Message"),
        }[L]
        d.add(
            f"{lab[0]}: ",
            P(c.name(visitor, c.ch(["fl", "fl", "low", "UP"]))),
            f"\n{lab[1]}: ",
            E(vmail),
            f"\n{lab[2]}: ",
            T(c.phone()),
            "\n",
        )
        if c.chance(0.6):
            d.add(f"{lab[3]}: ", addr_line(c, c.addr()), "\n")
        nb = c.person()
        topic = c.ri(0, 3)
        msgs = {
            "de": [
                [
                    "Guten Tag, ich hätte gern ein Angebot für eine Küche nach Maß. ",
                    c.salutation(nb),
                    " ",
                    P(nb.last),
                    " aus der Nachbarschaft hat Sie empfohlen. Am besten erreichen Sie mich abends.",
                ],
                [
                    "Hallo, ich möchte für Samstag einen Tisch für 6 Personen reservieren, auf den Namen ",
                    P(c.name(visitor, "l")),
                    ". Die Anzahlung können Sie gern von meiner Karte abbuchen.",
                ],
                [
                    "Sehr geehrte Damen und Herren, meine Bestellung ist seit drei Wochen nicht "
                    "angekommen. Bitte rufen Sie mich zurück oder schreiben Sie meiner Frau "
                    if visitor.gender == "m"
                    else "Sehr geehrte Damen und Herren, meine Bestellung ist seit drei Wochen nicht "
                    "angekommen. Bitte rufen Sie mich zurück oder schreiben Sie meinem Mann ",
                    P(c.name(nb, "fl")),
                    ".",
                ],
                [
                    "Guten Tag, ich interessiere mich für die ausgeschriebene Stelle und würde "
                    "gern vorab ein paar Fragen klären. Meinen Lebenslauf schicke ich separat."
                ],
            ],
            "fr": [
                [
                    "Bonjour, je souhaiterais un devis pour une cuisine sur mesure. C'est ",
                    P(c.name(nb, "fl")),
                    " qui m'a recommandé votre entreprise. Joignable plutôt le soir.",
                ],
                [
                    "Bonjour, je voudrais réserver une table pour 6 samedi soir au nom de ",
                    P(c.name(visitor, "l")),
                    ". Vous pouvez prélever l'acompte sur ma carte.",
                ],
                [
                    "Bonjour, ma commande n'est toujours pas arrivée après "
                    "trois semaines. Merci de me rappeler ou d'écrire à ",
                    "mon mari " if visitor.gender == "f" else "ma femme ",
                    P(c.name(nb, "fl")),
                    ".",
                ],
                [
                    "Bonjour, je suis intéressé(e) par le poste publié sur votre "
                    "site et j'aimerais poser quelques questions avant de postuler."
                ],
            ],
            "it": [
                [
                    "Buongiorno, vorrei un preventivo per una cucina su misura. Mi ha consigliato ",
                    "la signora " if nb.gender == "f" else "il signor ",
                    P(nb.last),
                    ". Sono raggiungibile la sera.",
                ],
                [
                    "Salve, vorrei prenotare un tavolo per 6 persone sabato sera a nome ",
                    P(c.name(visitor, "l")),
                    ". L'acconto potete addebitarlo sulla mia carta.",
                ],
                [
                    "Buongiorno, il mio ordine non è ancora arrivato dopo "
                    "tre settimane. Vi prego di richiamarmi o di scrivere a ",
                    "mio marito " if visitor.gender == "f" else "mia moglie ",
                    P(c.name(nb, "fl")),
                    ".",
                ],
                [
                    "Buongiorno, sono interessato/a alla posizione pubblicata "
                    "sul sito e vorrei qualche informazione prima di candidarmi."
                ],
            ],
            "en": [
                [
                    "Hi, I'd like a quote for a fitted kitchen. ",
                    P(c.name(nb, "fl")),
                    " down the road recommended you. Evenings are best to reach me.",
                ],
                [
                    "Hello, I'd like to book a table for 6 on Saturday evening under the name ",
                    P(c.name(visitor, "l")),
                    ". Happy for you to take the deposit from my card.",
                ],
                [
                    "Hi, my order still hasn't arrived after three weeks. Please call me back or email my ",
                    "husband " if visitor.gender == "f" else "wife ",
                    P(c.name(nb, "fl")),
                    ".",
                ],
                [
                    "Hello, I'm interested in the role advertised on your "
                    "website and have a few questions before applying."
                ],
            ],
        }[L]
        d.add(f"{lab[4]}:\n", msgs[topic])
        if topic == 1:
            d.add(
                " ",
                {"de": "Karte: ", "fr": "Carte : ", "it": "Carta: ", "en": "Card: "}[L],
                C(c.card()),
                f" {c.ri(1, 12):02d}/{c.ri(27, 31)}",
            )
        plugin = c.ch(["cf7", "wpforms", "jimdo"])
        d.add(
            "\n\n-- \n",
            {
                "cf7": {
                    "de": f"Diese E-Mail wurde von einem Kontaktformular von {site} (https://www.{cdom}) gesendet",
                    "fr": f"Cet e-mail a été envoyé depuis le formulaire de contact de {site} (https://www.{cdom})",
                    "it": f"Questa e-mail è stata inviata dal modulo di contatto di {site} (https://www.{cdom})",
                    "en": f"This e-mail was sent from a contact form on {site} (https://www.{cdom})",
                }[L],
                "wpforms": f"Sent from {site} – Powered by WPForms",
                "jimdo": f"{site} · https://www.{cdom} · Jimdo Kontaktformular",
            }[plugin],
            "\n",
        )
    elif kind == "personal":
        sender = c.person()
        sdom = c.ch(MAIL_DOMAINS[R] + [cdom])
        smail = c.email(sender, sdom)
        ccs = [c.person() for _ in range(c.ri(0, 2))]
        d.add(
            "Return-Path: <",
            E(smail),
            ">\n",
            "Delivered-To: ",
            E(my_mail),
            "\n",
            f"Received: from {c.ch(['mout', 'smtp', 'mail'])}.{sdom} ({c.ch(['mout', 'smtp', 'mail'])}.{sdom} "
            f"[{ip}])\n\tby {mx} with ESMTPS id {b64(c, 14)}\n\tfor <",
            E(my_mail),
            f">; {rfc2822(c, day)}\n",
            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; "
            f"d={sdom};\n\ts={c.ch(['s1', 'selector1', 'dkim', '2024'])}; "
            f"t={1798675200 + (day - date(2026, 12, 31)).days * 86400 + c.ri(0, 86399)};\n\tbh={b64(c, 43)}=;\n",
            f"\th=From:To:Cc:Subject:Date:Message-ID;\n\tb={b64(c, 70)}\n\t {b64(c, 70)}\n",
            "From: ",
            display(c, sender, c.ch(["fl", "lf"])),
            " <",
            E(smail),
            ">\n",
            "To: ",
            display(c, me),
            " <",
            E(my_mail),
            ">\n",
        )
        if ccs:
            d.add("Cc: ")
            for k, p in enumerate(ccs):
                d.add(", " if k else "", display(c, p), " <", E(c.email(p)), ">")
            d.add("\n")
        topic = {
            "de": "Unterlagen Wohnungsübergabe",
            "fr": "Documents état des lieux",
            "it": "Documenti per il rogito",
            "en": "Documents for the handover",
        }[L]
        d.add(
            f"Subject: {topic}\nDate: {rfc2822(c, day)}\nMessage-ID: "
            f"<{b64(c, 20).replace('/', 'x').replace('+', 'y')}@{sdom}>\n",
            'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n',
            f"X-Originating-IP: [{ip}]\n\n",
        )
        body = {
            "de": [
                "Hallo ",
                P(me.first),
                ",\n\nanbei wie besprochen die Unterlagen. Bitte überweise die Kaution bis Freitag auf mein Konto ",
                I(c.iban()),
                ". Die Schlüssel kannst du bei mir abholen: ",
                addr_line(c, c.addr()),
                ".\nBei Fragen: ",
                T(c.phone("mobile")),
                "\n\nViele Grüße\n",
                P(sender.first),
                "\n",
            ],
            "fr": [
                "Bonjour ",
                P(me.first),
                ",\n\nComme convenu, voici les documents. Merci de virer "
                "le dépôt de garantie avant vendredi sur mon compte ",
                I(c.iban()),
                ". Les clés sont à récupérer chez moi : ",
                addr_line(c, c.addr()),
                ".\nMon portable : ",
                T(c.phone("mobile")),
                "\n\nBien à toi,\n",
                P(sender.first),
                "\n",
            ],
            "it": [
                "Ciao ",
                P(me.first),
                ",\n\ncome d'accordo ti mando i documenti. Ti chiedo "
                "di versare la caparra entro venerdì sul mio conto ",
                I(c.iban()),
                ". Le chiavi le puoi ritirare da me in ",
                addr_line(c, c.addr()),
                ".\nCell. ",
                T(c.phone("mobile")),
                "\n\nA presto,\n",
                P(sender.first),
                "\n",
            ],
            "en": [
                "Hi ",
                P(me.first),
                ",\n\nAs discussed, documents attached. Please transfer the deposit by Friday ",
                ["to IBAN ", I(c.iban())]
                if R in ("GB", "IE") and c.chance(0.6)
                else f"(sort code {c.digits(2)}-{c.digits(2)}-{c.digits(2)}, acc {c.digits(8)})"
                if R == "GB"
                else "via the usual bank transfer",
                ". You can pick up the keys from me at ",
                addr_line(c, c.addr()),
                ".\nMobile: ",
                T(c.phone("mobile")),
                "\n\nCheers,\n",
                P(sender.first),
                "\n",
            ],
        }[L]
        d.add(body)
    else:
        rcpt = c.person()
        bad = c.email(rcpt)
        user, dom = bad.split("@")
        typo = user[:-1] + user[-1] * 2 if c.chance(0.5) else user.replace(".", "", 1) if "." in user else user + "s"
        bad_typo = f"{typo}@{dom}"
        d.add(
            "Return-Path: <>\nDelivered-To: ",
            E(my_mail),
            "\n",
            f"Received: by {mx} (Postfix)\n\tid {b64(c, 12)}; {rfc2822(c, day)}\n",
            f"Date: {rfc2822(c, day)}\nFrom: MAILER-DAEMON@{mx} (Mail Delivery System)\n",
            "Subject: Undelivered Mail Returned to Sender\n",
            "To: ",
            E(my_mail),
            "\n",
            "Auto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: "
            "multipart/report; report-type=delivery-status;\n",
            f'\tboundary="{b64(c, 16)}"\n\n',
            f"This is the mail system at host {mx}.\n\nI'm sorry to have to inform you "
            "that your message could not\nbe delivered to one or more recipients.\n\n",
            "<",
            E(bad_typo),
            ">: host ",
            f"mx.{dom}[{c.ri(10, 220)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(1, 254)}] said: 550 5.1.1 <",
            E(bad_typo),
            ">: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)\n\n",
            f"Reporting-MTA: dns; {mx}\nArrival-Date: {rfc2822(c, day)}\n\n",
            "Final-Recipient: rfc822; ",
            E(bad_typo),
            "\nOriginal-Recipient: rfc822;",
            E(bad_typo),
            "\nAction: failed\nStatus: 5.1.1\n\n--- original message ---\n",
            "From: ",
            display(c, me),
            " <",
            E(my_mail),
            ">\n",
            "To: ",
            display(c, rcpt),
            " <",
            E(bad_typo),
            ">\n",
        )
        topic = {
            "de": "Fotos vom Klassentreffen",
            "fr": "Photos de la soirée",
            "it": "Foto della cena di classe",
            "en": "Photos from the reunion",
        }[L]
        d.add(
            f"Subject: {topic}\n\n",
            {
                "de": [
                    "Hallo ",
                    P(rcpt.first),
                    ", hier die Fotos! Ruf mich an, wenn du magst: ",
                    T(c.phone("mobile")),
                    "\n",
                ],
                "fr": [
                    "Salut ",
                    P(rcpt.first),
                    ", voici les photos ! Appelle-moi si tu veux : ",
                    T(c.phone("mobile")),
                    "\n",
                ],
                "it": ["Ciao ", P(rcpt.first), ", ecco le foto! Chiamami quando vuoi: ", T(c.phone("mobile")), "\n"],
                "en": ["Hi ", P(rcpt.first), ", here are the photos! Give me a ring: ", T(c.phone("mobile")), "\n"],
            }[L],
        )
        d.add(
            "\n",
            {
                "de": "Die richtige Adresse müsste eigentlich ",
                "fr": "La bonne adresse devrait être ",
                "it": "L'indirizzo giusto dovrebbe essere ",
                "en": "I think the right address is ",
            }[L],
            E(bad),
            {"de": " sein, oder?", "fr": ", non ?", "it": ", giusto?", "en": ", right?"}[L],
            "\n",
        )


# --- 12. wills and estate lists -----------------------------------------------------------------------


def t_will(c: Ctx, d: Doc):
    L, R = c.lang, c.region
    me = c.person()
    dob = c.dob(1932, 1968)
    home = c.addr()
    spouse = c.relative(me, same_last=1.0, gender="m" if me.gender == "f" else "f") if c.chance(0.6) else None
    kids = [c.relative(me, same_last=1.0) for _ in range(c.ri(2, 3))]
    for j, k in enumerate(kids):
        if k.gender == "f" and c.chance(0.4):  # a married daughter
            kids[j] = Person(k.first, c.person(source=k.src or None).last, "f", k.src)
    kid_dobs = [c.dob(dob.year + 22, min(dob.year + 42, 2004)) for _ in kids]
    ex = c.person()
    legatee = c.person()
    charity = c.ch(ORGS[L])
    house = c.addr(unit=False) if c.chance(0.6) else home
    when = c.recent(30)
    req = {
        "de": [
            "Mein Vater möchte sein Testament handschriftlich abschreiben. Ist dieser Entwurf so wirksam? Was fehlt?",
            "Bitte formuliere dieses Testament klarer, ohne inhaltlich etwas zu ändern.",
            "Kannst du prüfen, ob die Pflichtteile meiner Kinder so gewahrt sind?",
        ],
        "fr": [
            "Ma mère veut recopier ce testament olographe à la main. Est-il valable en l'état ?",
            "Peux-tu reformuler ce testament plus clairement sans changer le fond ?",
            "La réserve héréditaire de mes enfants est-elle respectée ici ?",
        ],
        "it": [
            "Mio padre vuole ricopiare a mano questo testamento olografo. È valido così?",
            "Puoi riformulare questo testamento in modo più chiaro senza cambiarne il contenuto?",
            "Le quote di legittima dei figli sono rispettate?",
        ],
        "en": [
            "My dad wants to finalise his will. Is this draft clear, and is anything missing?",
            "Please tidy up the wording of this will without changing what it says.",
            "Does this draft deal properly with the house and the savings?",
        ],
    }[L]
    d.add(c.ch(req), "\n\n")
    he = me.gender == "m"
    if L == "de":
        d.add(
            "Testament\n\n",
            "Ich, ",
            P(c.name(me, "fl")),
            ", geboren am ",
            B(c.fmt_date(dob, c.ch([0, 3]))),
            f" in {c.town()}, wohnhaft ",
            addr_line(c, home),
            ", erkläre hiermit meinen letzten Willen. Alle früheren Verfügungen von Todes wegen widerrufe ich.\n\n",
        )
        if spouse:
            d.add(
                "1. Zu meiner alleinigen Vorerbin setze ich meine Ehefrau "
                if he
                else "1. Zu meinem alleinigen Vorerben setze ich meinen Ehemann ",
                P(c.name(spouse, "fl")),
                ", geb. " if he else ", geb. am ",
                P(c.person().last) if he else B(c.num_date(c.dob(dob.year - 5, dob.year + 5))),
                ", ein. Nacherben sind unsere Kinder zu gleichen Teilen:\n",
            )
        else:
            d.add("1. Zu meinen Erben setze ich meine Kinder zu gleichen Teilen ein:\n")
        for k, kd in zip(kids, kid_dobs, strict=True):
            d.add(
                "   - ", P(c.name(k, "fl")), ", geb. ", B(c.num_date(kd)), ", wohnhaft ", addr_line(c, c.addr()), "\n"
            )
        d.add(
            "2. Vermächtnisse: ",
            "Meine Nichte " if legatee.gender == "f" else "Mein Neffe ",
            P(c.name(legatee, "fl")),
            " erhält mein Sparguthaben bei der ",
            {
                "DE": c.ch(["Sparkasse", "Volksbank"]),
                "AT": c.ch(["Erste Bank", "Raiffeisenbank"]),
                "CH": c.ch(["Zürcher Kantonalbank", "Raiffeisenbank"]),
            }[R],
            ", IBAN ",
            I(c.iban()),
            ". Der Verein „",
            charity,
            "“ erhält ",
            c.money(c.ri(1, 20) * 1000),
            ".\n",
        )
        d.add(
            "3. Das Hausgrundstück ",
            addr_line(c, house),
            f" (Grundbuch von {house.town}, Blatt {c.ri(100, 9999)}) ",
            "soll im Familienbesitz bleiben.\n",
        )
        d.add(
            "4. Zum Testamentsvollstrecker bestimme ich "
            if R != "CH"
            else "4. Als Willensvollstrecker setze ich ein: ",
            P(c.name(ex, "fl")),
            ", ",
            addr_line(c, c.addr()),
            ", Tel. ",
            T(c.phone()),
            ".\n\n",
            f"{home.town}, den {c.fmt_date(when, 0)}\n",
            P(c.name(me, "fl")),
            " (eigenhändig unterschrieben)\n",
        )
    elif L == "fr":
        d.add(
            "TESTAMENT OLOGRAPHE\n\n",
            "Je soussigné" if he else "Je soussignée",
            " ",
            P(c.name(me, c.ch(["fl", "LF"]))),
            ", né" if he else ", née",
            " le ",
            B(c.fmt_date(dob, 2)),
            f" à {c.town()}, demeurant ",
            addr_line(c, home),
            ", sain d'esprit" if he else ", saine d'esprit",
            ", déclare ici mes dernières volontés et révoque toute disposition antérieure.\n\n",
        )
        if spouse:
            d.add(
                "Je lègue à mon épouse " if he else "Je lègue à mon époux ",
                P(c.name(spouse, "fl")),
                " l'usufruit de la totalité de mes biens.\n",
            )
        d.add("J'institue pour héritiers mes enfants, par parts égales :\n")
        for k, kd in zip(kids, kid_dobs, strict=True):
            d.add(
                "- ",
                P(c.name(k, "fl")),
                ", né(e) le ",
                B(c.num_date(kd)),
                ", demeurant ",
                addr_line(c, c.addr()),
                ";\n",
            )
        d.add(
            "Je lègue à ",
            "ma nièce " if legatee.gender == "f" else "mon neveu ",
            P(c.name(legatee, "fl")),
            " le solde de mon livret détenu à la ",
            {
                "FR": c.ch(["Banque Postale", "Caisse d'Épargne"]),
                "CH": c.ch(["BCGE", "BCV", "PostFinance"]),
                "LU": "Spuerkeess",
                "BE": c.ch(["Belfius", "BNP Paribas Fortis"]),
            }[R],
            " (IBAN ",
            I(c.iban()),
            "), et à l'association ",
            charity,
            f" la somme de {c.money(c.ri(1, 20) * 1000)}.\n",
            "La maison située ",
            addr_line(c, house),
            " reviendra à ",
            P(c.name(kids[0], "f")),
            ", à charge de soulte.\n",
            "Je désigne comme exécuteur testamentaire ",
            c.ch(["Maître ", "Me ", ""]),
            P(c.name(ex, "fl")),
            ", notaire, ",
            addr_line(c, c.addr(unit=False)),
            ".\n\n",
            f"Fait à {home.town}, le {c.fmt_date(when, 2)}, écrit en entier, daté et signé de ma main.\n",
            P(c.name(me, "fl")),
            "\n",
        )
    elif L == "it":
        d.add(
            "TESTAMENTO OLOGRAFO\n\n",
            "Io sottoscritto " if he else "Io sottoscritta ",
            P(c.name(me, c.ch(["fl", "UP"]))),
            ", nato" if he else ", nata",
            f" a {c.town()} il ",
            B(c.fmt_date(dob, c.ch([0, 3]))),
            ", residente in ",
            addr_line(c, home),
        )
        if R == "IT":
            d.add(f", C.F. {codice_fiscale(c, me, dob)}")
        d.add(
            ", nel pieno possesso delle mie facoltà mentali, dispongo quanto segue per il tempo "
            "in cui avrò cessato di vivere, revocando ogni mia precedente disposizione.\n\n"
        )
        if spouse:
            d.add(
                "1. Lascio a mia moglie " if he else "1. Lascio a mio marito ",
                P(c.name(spouse, "fl")),
                " la quota di legittima e il diritto di abitazione sulla casa di ",
                addr_line(c, house),
                ".\n",
            )
        d.add(f"{2 if spouse else 1}. Nomino eredi in parti uguali i miei figli:\n")
        for k, kd in zip(kids, kid_dobs, strict=True):
            d.add(
                "   - ",
                P(c.name(k, "fl")),
                ", nato/a il ",
                B(c.num_date(kd)),
                ", residente in ",
                addr_line(c, c.addr()),
                ";\n",
            )
        d.add(
            f"{3 if spouse else 2}. Lego a ",
            "mia nipote " if legatee.gender == "f" else "mio nipote ",
            P(c.name(legatee, "fl")),
            " il libretto di risparmio presso ",
            (
                c.ch(["Poste Italiane", "Intesa Sanpaolo", "UniCredit"])
                if R == "IT"
                else c.ch(["BancaStato", "PostFinance"])
            ),
            " (IBAN ",
            I(c.iban()),
            ") e alla ",
            charity,
            f" la somma di {c.money(c.ri(1, 20) * 1000)}.\n",
            f"{4 if spouse else 3}. Nomino esecutore testamentario ",
            c.ch(["il notaio ", "l'avv. ", ""]),
            P(c.name(ex, "fl")),
            ", con studio in ",
            addr_line(c, c.addr(unit=False)),
            ", tel. ",
            T(c.phone("land")),
            ".\n\n",
            f"{home.town}, {c.fmt_date(when, 3)}\n",
            P(c.name(me, "fl")),
            "\n",
        )
    else:
        d.add(
            "LAST WILL AND TESTAMENT OF ",
            P(upper(c.name(me, "fl"))),
            "\n\n",
            "I, ",
            P(c.name(me, "fl")),
            ", of ",
            addr_line(c, home),
            ", born ",
            B(c.fmt_date(dob)),
            ", revoke all earlier wills and codicils and declare this to be my last will.\n\n",
        )
        d.add(
            "1. I appoint ",
            P(c.name(ex, "fl")),
            " of ",
            addr_line(c, c.addr()),
            " to be the executor" + (" and trustee" if c.chance(0.5) else "") + " of this will.\n",
        )
        if spouse:
            d.add(
                "2. I give my residence at ",
                addr_line(c, house),
                " to my ",
                "wife" if he else "husband",
                ", ",
                P(c.name(spouse, "fl")),
                ", if she survives me by 28 days.\n" if he else ", if he survives me by 28 days.\n",
            )
        d.add(f"{3 if spouse else 2}. I give the residue of my estate to my children in equal shares:\n")
        for k, kd in zip(kids, kid_dobs, strict=True):
            d.add("   - ", P(c.name(k, "fl")), " (born ", B(c.fmt_date(kd)), ")\n")
        d.add(
            f"{4 if spouse else 3}. I give ", c.money(c.ri(1, 20) * 1000), " to ", charity, " and my savings account "
        )
        if R in ("GB", "IE") and c.chance(0.5):
            d.add("(IBAN ", I(c.iban()), ")")
        elif R == "GB":
            d.add(f"(sort code {c.digits(2)}-{c.digits(2)}-{c.digits(2)}, account {c.digits(8)})")
        else:
            d.add(f"no. {c.digits(9)}")
        d.add(
            " to my ",
            "niece " if legatee.gender == "f" else "nephew ",
            P(c.name(legatee, "fl")),
            ".\n\n",
            f"Signed on {c.fmt_date(when)}\n\n",
            "Signed by the testator in our presence:\n",
        )
        for _ in range(2):
            w = c.person()
            d.add(
                "Witness: ",
                P(c.name(w, "fl")),
                ", ",
                c.ch(["retired teacher", "nurse", "accountant", "shop manager", "engineer"]),
                ", ",
                addr_line(c, c.addr()),
                "\n",
            )
    if c.chance(0.4):
        abroad = c.iban(c.ch(["NL", "ES", "PT", "LT"]))
        d.add(
            "\n",
            {
                "de": "Nachtrag: Es gibt noch ein Konto im Ausland, IBAN ",
                "fr": "PS : il existe aussi un compte à l'étranger, IBAN ",
                "it": "PS: c'è anche un conto all'estero, IBAN ",
                "en": "PS: there is also an account abroad, IBAN ",
            }[L],
            I(abroad),
            {
                "de": " – gehört das auch ins Testament?",
                "fr": " – faut-il le mentionner ?",
                "it": " – va indicato?",
                "en": " — does that need to go in?",
            }[L],
            "\n",
        )


GENERATORS = {
    "petition": t_petition,
    "expenses": t_expenses,
    "loan": t_loan,
    "carsale": t_carsale,
    "quote": t_quote,
    "autoreply": t_autoreply,
    "roster": t_roster,
    "babysitter": t_babysitter,
    "donation": t_donation,
    "fixtures": t_fixtures,
    "mailsource": t_mailsource,
    "will": t_will,
}


# --------------------------------------------------------------------------------------------


def build(lang, region, tpl, i):
    c = Ctx(lang, region, tpl, i)
    d = Doc()
    GENERATORS[tpl](c, d)
    text = d.text()
    for e in d.ents:
        assert text[e["start"] : e["end"]] == e["text"], (tpl, e)
        assert e["text"] == e["text"].strip(), (tpl, e)
    ents = sorted(d.ents, key=lambda e: (e["start"], e["end"]))
    for a, b in zip(ents, ents[1:], strict=False):
        assert a["end"] <= b["start"], (tpl, a, b)
    return {
        "id": f"holdout7-{lang}-{tpl}-{i:02d}",
        "locale": f"{lang}_{region}",
        "lang": lang,
        "text": text,
        "entities": ents,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    records = []
    for lang in LANGS:
        regions = REGIONS[lang]
        for t_idx, tpl in enumerate(TEMPLATES):
            for i in range(DOCS_PER_TEMPLATE):
                region = regions[(i + t_idx) % len(regions)]
                records.append(build(lang, region, tpl, i))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for e in r["entities"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
    print(f"wrote {len(records)} documents to {args.out}")
    print(
        "values per type:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())), f"(total {sum(counts.values())})"
    )


if __name__ == "__main__":
    main()
