"""Sixth blind evaluation set ("holdout6") for the anonymizer.

Written 2026-12-04 by a helper session, blind: without reading the detectors and their name lists
(src/tarnkappe/privacy/), the privacy tests (tests/privacy/), the other generators and their templates
(bench/privacy/generate*.py, templates.py) or the texts of any other data set under bench/privacy/data/,
without looking at the git history of the privacy code, and never run through the anonymizer or
bench/privacy/evaluate.py while written (tarnkappe is not imported).  The only thing read was the module
docstring of generate_holdout5.py, for the record format and the label decisions, which are copied below.
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout6.jsonl: 4 languages (de, fr, it, en) x 12 templates x 10
documents = 480 documents, seeded and deterministic for a given Faker version (the lock's; Faker + the
standard library; ``random.Random`` seeded with ``"holdout6|<lang>|<template>|<i>"``, every Faker locale
re-seeded per document).  Each record has ``id`` (``holdout6-<lang>-<template>-<NN>``), ``locale``,
``lang``, ``text`` and ``entities`` (``start``, ``end``, ``type``, ``text``; ``text[start:end]`` is
asserted for every entity).  Regions: de -> DE/AT/CH, fr -> FR/BE/CH/LU, it -> IT/CH,
en -> GB/IE/US/CA/AU/NZ (``locale`` is ``lang_REGION``).

Genres (text people paste into an AI assistant at work or at home, wrapped in a request in the document's
language), chosen to differ from the genres of holdout..holdout5: wedding / birthday-party guest lists with
RSVP replies; club and parish membership renewal forms; tax-return notes for an accountant; job-applicant
tracking sheets (Markdown tables); hospital discharge letters; meeting and phone-call transcripts with
speaker labels; dunning and debt-collection letters; flat-share ads and the replies to them; genealogy notes
(family trees); LaTeX source of a letter with the compiler's error; application logs and stack traces with
user records; SQL INSERT dumps.  Values appear as prose, "Label: value" forms, tables, key=value pairs,
query strings, SQL literals and LaTeX arguments, in lower case and in capitals, names in "First Last",
"Last, First", "LAST First" order, with initials, particles, double-barrelled names, names that are
ordinary words, genitives, diacritics and their ASCII spellings.  Unlabelled distractors: order, invoice,
case, file and member numbers, amounts, plain dates, versions, hotlines, role mailboxes, creditor ids,
tax/social-security/national ids, companies, hospitals, streets, tables and diseases named after people,
towns alone, pets.

Names: Faker locales de_DE, de_AT, de_CH, de_LU, fr_FR, fr_BE, fr_CH, fr_CA, it_IT, en_GB, en_IE,
en_US, en_NZ, ga_IE, tr_TR, pl_PL, hr_HR, sl_SI, ro_RO, hu_HU, es_ES, es_CO, es_CL, es_MX, pt_PT,
pt_BR, nl_NL, nl_BE, cs_CZ, sk_SK, sv_SE, da_DK, no_NO, fi_FI, is_IS, en_IN, en_NG, yo_NG, ig_NG,
ha_NG, tw_GH, zu_ZA, vi_VN, id_ID, plus lists written here (Arabic, Persian, Kurdish, Albanian, Serbian,
Ukrainian, Greek, Tamil, Chinese pinyin, Yoruba, Igbo, Amharic transliterations; Ticinese and
Luxembourgish surnames; surnames with particles; names that are ordinary words).  Only Latin script
(checked per name).

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, CARD), copied from holdout5:
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

Clarifications decided here while writing the templates (never after looking at any anonymizer output):
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

Usage (repo root): python bench/privacy/generate_holdout6.py [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote_plus

from faker import Faker

ROOT = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT / "data" / "synthetic_holdout6.jsonl"
LANGS = ("de", "fr", "it", "en")
N_DOCS = 10
TYPES = ("PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS", "DOB", "CARD")
REGIONS = {"de": (("DE", "AT", "CH"), (5, 3, 3)),
           "fr": (("FR", "BE", "CH", "LU"), (5, 3, 3, 2)),
           "it": (("IT", "CH"), (6, 3)),
           "en": (("GB", "IE", "US", "CA", "AU", "NZ"), (4, 2, 4, 2, 2, 2))}
TODAY = date(2025, 10, 15)

# --------------------------------------------------------------------------------------------------------
# Marking: templates build strings in which an entity is \x01TYPE\x02value\x03; unmark() turns them into
# text + offsets.  Types are upper-case, so upper() on a marked string keeps the marks intact (lower() is
# undone by unmark()).

_MARK = re.compile("\x01([A-Za-z]+)\x02(.*?)\x03", re.S)


def m(typ: str, value: str) -> str:
    assert typ in TYPES, typ
    assert value and value == value.strip(), repr(value)
    assert not re.search("[\x01\x02\x03]", value), repr(value)
    return f"\x01{typ}\x02{value}\x03"


def unmark(s: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    ents: list[dict] = []
    pos = n = 0
    for mt in _MARK.finditer(s):
        pre = s[pos:mt.start()]
        out.append(pre)
        n += len(pre)
        typ, val = mt.group(1).upper(), mt.group(2)
        assert typ in TYPES, typ
        ents.append({"start": n, "end": n + len(val), "type": typ, "text": val})
        out.append(val)
        n += len(val)
        pos = mt.end()
    out.append(s[pos:])
    text = "".join(out)
    assert not re.search("[\x01\x02\x03]", text), text
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert e["text"] == e["text"].strip(), e
    return text, ents


def lower_keep(s: str, keep: tuple[str, ...] = ("IBAN", "CARD")) -> str:
    """Lower-case a marked string, except the values of the types in ``keep`` (pasted, not typed)."""
    out, pos = [], 0
    for mt in _MARK.finditer(s):
        out.append(s[pos:mt.start()].lower())
        typ, val = mt.group(1).upper(), mt.group(2)
        out.append(m(typ, val if typ in keep else val.lower()))
        pos = mt.end()
    out.append(s[pos:].lower())
    return "".join(out)


# --------------------------------------------------------------------------------------------------------
# Names

OWN_GROUPS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "arabic": (["Fatima", "Layla", "Nour", "Rania", "Samira", "Yasmin", "Amira", "Salma", "Hanan", "Mariam",
                "Aya", "Zeinab"],
               ["Mohammed", "Youssef", "Omar", "Karim", "Hassan", "Ahmad", "Khaled", "Tarek", "Bilal", "Samir",
                "Ibrahim", "Mahmoud"],
               ["El Amrani", "Benali", "Haddad", "Khalil", "Saleh", "Mansour", "Bouzid", "Abdallah", "Nasser",
                "al-Rashid", "Al-Masri", "El-Sayed", "Ben Youssef", "Chahine", "Azzouz", "Darwish", "Ait Ouali",
                "Belkacem", "Ziani", "Al Hashimi"]),
    "persian": (["Shirin", "Parisa", "Mahsa", "Roya", "Leila", "Niloufar", "Golnar", "Sara", "Negin", "Yasaman"],
                ["Arash", "Reza", "Dariush", "Kian", "Navid", "Babak", "Kourosh", "Farhad", "Mehdi", "Omid"],
                ["Tehrani", "Ahmadi", "Karimi", "Moradi", "Farahani", "Rezaei", "Hosseini", "Jafari", "Sadeghi",
                 "Rostami", "Mohammadzadeh", "Ghorbani", "Esfahani", "Najafi"]),
    "kurdish": (["Rojda", "Dilan", "Berfin", "Nêrgiz", "Zozan", "Hêvî", "Jiyan", "Roza", "Avesta", "Delal"],
                ["Azad", "Serhat", "Zana", "Hozan", "Rêber", "Kawa", "Şêrko", "Baran", "Welat", "Diyar"],
                ["Amed", "Botan", "Zagros", "Ciwan", "Bakir", "Ehmed", "Sindî", "Barzani", "Mamo", "Xelîl",
                 "Rostam", "Dersimi"]),
    "albanian": (["Blerta", "Valbona", "Flutura", "Drita", "Arta", "Besa", "Mimoza", "Lirije", "Teuta", "Elira"],
                 ["Arbër", "Driton", "Besnik", "Ermal", "Granit", "Leutrim", "Agon", "Fatmir", "Shkëlzen", "Ilir"],
                 ["Krasniqi", "Gashi", "Berisha", "Hoxha", "Shala", "Morina", "Kelmendi", "Rexhepi", "Bytyqi",
                  "Thaçi", "Hasani", "Ahmeti", "Dervishi", "Çela"]),
    "serbian": (["Jelena", "Ivana", "Milica", "Snežana", "Tijana", "Jovana", "Dragana", "Marija", "Vesna", "Ana"],
                ["Miloš", "Nemanja", "Dragan", "Vuk", "Bojan", "Stefan", "Nikola", "Dušan", "Zoran", "Aleksandar"],
                ["Jovanović", "Petrović", "Đorđević", "Nikolić", "Stojanović", "Marković", "Popović", "Ilić",
                 "Pavlović", "Živković", "Todorović", "Kostić", "Radovanović", "Lazić"]),
    "ukrainian": (["Iryna", "Olena", "Kateryna", "Yuliia", "Oksana", "Nataliia", "Tetiana", "Svitlana", "Halyna",
                   "Anastasiia", "Julija", "Tetjana"],
                  ["Oleksandr", "Dmytro", "Andriy", "Taras", "Mykola", "Serhiy", "Volodymyr", "Bohdan", "Yurii",
                   "Ihor", "Olexandr", "Andrij"],
                  ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Boyko", "Kravchenko", "Oliinyk",
                   "Savchenko", "Rudenko", "Moroz", "Lysenko", "Petrenko", "Hnatiuk", "Schewtschenko",
                   "Kowalenko", "Tkatschenko"]),
    "greek": (["Eleni", "Maria", "Katerina", "Georgia", "Dimitra", "Sofia", "Vasiliki", "Despina", "Anastasia",
               "Chrysoula"],
              ["Georgios", "Dimitrios", "Konstantinos", "Ioannis", "Nikolaos", "Panagiotis", "Vasileios", "Christos",
               "Athanasios", "Spyros"],
              ["Papadopoulos|Papadopoulou", "Nikolaidis|Nikolaidou", "Konstantinidis|Konstantinidou",
               "Karagiannis|Karagianni", "Vlachos|Vlachou", "Makris|Makri", "Antonopoulos|Antonopoulou",
               "Georgiou", "Dimitriou", "Oikonomou", "Pappas|Pappa", "Alexiou"]),
    "tamil": (["Priya", "Lakshmi", "Meenakshi", "Kavitha", "Anitha", "Deepa", "Saranya", "Revathi", "Nandhini",
               "Vaishnavi"],
              ["Karthik", "Senthil", "Arun", "Vignesh", "Thiru", "Anbu", "Murugan", "Prakash", "Ganesh", "Sathish"],
              ["Subramanian", "Ramasamy", "Kumaravel", "Narayanan", "Murugesan", "Sundaram", "Palaniappan",
               "Rajendran", "Ganesan", "Selvam", "Krishnamoorthy", "Chandrasekaran", "Annamalai", "Venkatesan"]),
    "chinese": (["Na", "Jing", "Mei", "Lina", "Xiaohong", "Yan", "Fang", "Ying", "Xue", "Ting"],
                ["Wei", "Xiaoming", "Yang", "Lei", "Jie", "Hao", "Jun", "Qiang", "Bo", "Zhiwei"],
                ["Wang", "Li", "Zhang", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu",
                 "Guo", "Lin"]),
    "yoruba": (["Folake", "Titilayo", "Yetunde", "Funmilayo", "Damilola", "Adunni", "Bisola", "Omolara",
                "Morẹ́nikẹ́", "Abimbola"],
               ["Adebayo", "Oluwaseun", "Babatunde", "Olumide", "Kehinde", "Tunde", "Ayodele", "Femi", "Ṣẹgun",
                "Adewale"],
               ["Ogunleye", "Adeyemi", "Bakare", "Adesina", "Ogunbiyi", "Akinola", "Fashola", "Ojo", "Oyelaran",
                "Adeleke", "Olaniyan", "Afolabi", "Ogundipe", "Adéṣínà"]),
    "igbo": (["Ngozi", "Adaeze", "Chiamaka", "Ifeoma", "Nneka", "Chinwe", "Obiageli", "Amarachi", "Uju", "Ebere"],
             ["Chinedu", "Emeka", "Obinna", "Ikenna", "Uchenna", "Nnamdi", "Chukwuemeka", "Kelechi", "Ifeanyi",
              "Tochukwu"],
             ["Okafor", "Eze", "Nwosu", "Okonkwo", "Nwankwo", "Obi", "Onyekachi", "Anyanwu", "Chukwu", "Okeke",
              "Nwachukwu", "Eze-Okoye", "Igwe", "Ezeh"]),
    "amharic": (["Tigist", "Selam", "Hiwot", "Meron", "Kidist", "Bethlehem", "Mahlet", "Saba", "Rahel", "Eleni"],
                ["Abebe", "Dawit", "Yonas", "Bereket", "Henok", "Tesfaye", "Getachew", "Solomon", "Yared",
                 "Mulugeta"],
                ["Bekele", "Alemu", "Tesfaye", "Haile", "Girma", "Mengistu", "Tadesse", "Assefa", "Worku",
                 "Gebremariam", "Wolde", "Kebede", "Desta", "Negash"]),
}

TICINESE = ["Bernasconi", "Cattaneo", "Pedrazzini", "Soldati", "Lepori", "Ghiringhelli", "Beretta", "Crivelli",
            "Rusconi", "Mombelli", "Guscetti", "Pellandini", "Bassi", "Fontana", "Quadri", "Zanetti", "Vassalli"]
LUXEMBOURGISH = ["Schmit", "Muller", "Weber", "Wagner", "Hoffmann", "Thill", "Kremer", "Schiltz", "Reuter",
                 "Majerus", "Faber", "Welter", "Hansen", "Kieffer", "Theisen", "Zenner", "Goedert", "Wirtz"]
LU_FIRST = {"f": ["Nadine", "Sandy", "Carine", "Marie-Paule", "Josiane", "Tessy", "Lynn", "Anne"],
            "m": ["Jos", "Romain", "Tom", "Claude", "Gilles", "Jean-Marie", "Mett", "Fernand", "Pol"]}

PARTICLE_SURNAMES = {
    "de": ["von Bülow", "von der Heyden", "zu Stolberg", "van Dijk", "von Hagen", "de Vries", "van der Meer",
           "von Stein", "ter Horst", "zur Mühlen", "von Arnim-Lenz"],
    "fr": ["de La Fontaine", "du Pont", "d'Almeida", "Le Goff", "de Villiers", "Le Du", "de Montfort",
           "Van den Broeck", "de Brouckère", "d'Ursel", "Le Gall", "de la Croix"],
    "it": ["Di Stefano", "De Luca", "Dell'Acqua", "Lo Russo", "La Rosa", "D'Angelo", "De Santis", "Lo Bianco",
           "Dalla Costa", "Della Valle", "Li Causi", "D'Amico", "Di Giacomo"],
    "en": ["O'Brien", "McAllister", "MacDonald", "O'Sullivan", "Fitzgerald", "Van Buren", "De Souza", "al-Amin",
           "St. John", "D'Arcy", "O'Neill", "Mac Giolla", "McKenna", "van der Berg"],
}
WORD_SURNAMES = {
    "de": ["Wolf", "Koch", "Fuchs", "Vogel", "Winter", "Sommer", "Braun", "Schwarz", "Klein", "Lang", "Kaiser",
           "König", "Fröhlich", "Engel", "Stein", "Hahn", "Bach", "Berg", "Kurz", "Ernst"],
    "fr": ["Blanc", "Petit", "Legrand", "Lebrun", "Boulanger", "Berger", "Marchand", "Lenoir", "Fontaine",
           "Rose", "Bonheur", "Chevalier", "Meunier", "Roi", "Lapierre"],
    "it": ["Bianco", "Ferro", "Conte", "Leone", "Gallo", "Fiore", "Porta", "Monti", "Longo", "Ricci", "Sole",
           "Martello", "Ferrari", "Cavallo", "Santo"],
    "en": ["Stone", "King", "Baker", "Smith", "Wood", "Hill", "Brown", "Black", "White", "Young", "Bishop",
           "Page", "Hunter", "Mason", "Cook", "Long", "Sharp", "Little", "Fox", "Swift", "Lamb", "Rose"],
}
WORD_FIRST = {
    "de": {"f": ["Rosa", "Sonja", "Linde", "Heide", "Erika"], "m": ["Ernst", "Frank", "Wolf", "Konrad", "Fritz"]},
    "fr": {"f": ["Rose", "Violette", "Prudence", "Olive", "Céleste", "Marguerite"],
           "m": ["Constant", "Aimé", "Clément", "Désiré", "Fidèle"]},
    "it": {"f": ["Bianca", "Celeste", "Serena", "Rosa", "Gioia", "Felicita"],
           "m": ["Felice", "Fortunato", "Primo", "Benvenuto", "Sereno", "Settimo"]},
    "en": {"f": ["Hope", "Grace", "Summer", "Faith", "Joy", "Dawn", "Rose", "Ivy"],
           "m": ["Frank", "Will", "Bill", "Mark", "Rich", "Pat", "Sunny", "Chase"]},
}
HOME_LOCALES = {
    ("de", "DE"): ["de_DE"], ("de", "AT"): ["de_AT"], ("de", "CH"): ["de_CH"],
    ("fr", "FR"): ["fr_FR"], ("fr", "BE"): ["fr_BE", "nl_BE"], ("fr", "CH"): ["fr_CH"],
    ("fr", "LU"): ["de_LU", "fr_FR", "pt_PT"], ("it", "IT"): ["it_IT"], ("it", "CH"): ["it_IT", "de_CH"],
    ("en", "GB"): ["en_GB"], ("en", "IE"): ["en_IE", "ga_IE"], ("en", "US"): ["en_US"],
    ("en", "CA"): ["en_US", "fr_CA", "en_GB"], ("en", "AU"): ["en_GB", "en_US", "en_NZ"], ("en", "NZ"): ["en_NZ"],
}
OTHER_LOCALES = ["tr_TR", "pl_PL", "hr_HR", "sl_SI", "ro_RO", "hu_HU", "es_ES", "pt_PT", "nl_NL", "cs_CZ",
                 "sk_SK", "pt_BR", "es_MX", "es_CO", "es_CL", "sv_SE", "da_DK", "no_NO", "fi_FI", "is_IS",
                 "en_IN", "en_NG", "yo_NG", "ig_NG", "ha_NG", "tw_GH", "zu_ZA", "vi_VN", "id_ID", "de_DE",
                 "fr_FR", "it_IT", "en_GB", "en_US", "de_AT", "fr_BE", "en_IE"]

_LATIN_OK = set(" -'’.")


def is_latin(s: str) -> bool:
    for ch in s:
        if ch.isascii() or ch in _LATIN_OK:
            continue
        if unicodedata.category(ch).startswith("M"):
            continue
        if "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


_FOLD_DE = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
_FOLD_ALL = {"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae",
             "Æ": "AE", "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th", "Þ": "Th", "’": "'"}


def fold(s: str, german: bool = False) -> str:
    if german:
        s = "".join(_FOLD_DE.get(ch, ch) for ch in s)
    s = "".join(_FOLD_ALL.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s: str, german: bool = False) -> str:
    return re.sub(r"[^a-z0-9-]", "", fold(s, german).lower().replace(" ", ""))


class Person:
    __slots__ = ("first", "last", "g", "sf")

    def __init__(self, first: str, last: str, g: str, sf: bool = False) -> None:
        self.first, self.last, self.g, self.sf = first, last, g, sf

    def natural(self) -> str:
        return f"{self.last} {self.first}" if self.sf else f"{self.first} {self.last}"


def initials(first: str) -> str:
    parts = re.split(r"([ -])", first)
    return "".join(p if p in (" ", "-") else p[0] + "." for p in parts if p)


def render(p: Person, style: str) -> str:
    f, ln = p.first, p.last
    if style == "fl":
        return p.natural()
    if style == "lf":
        return f"{ln}, {f}"
    if style == "LF":
        return f"{ln.upper()} {f}"
    if style == "L,F":
        return f"{ln.upper()}, {f}"
    if style == "fL":
        return f"{f} {ln.upper()}"
    if style == "il":
        return f"{initials(f)} {ln}"
    if style == "l":
        return ln
    if style == "f":
        return f
    if style == "FL":
        return p.natural().upper()
    if style == "low":
        return p.natural().lower()
    raise ValueError(style)


# --------------------------------------------------------------------------------------------------------
# Places.  Town tuples: (postcode, town, area code for phones, extra: state/province/county/suburb)

STREETS = {
    ("de", "DE"): ["Hauptstraße", "Bahnhofstraße", "Lindenstraße", "Goethestraße", "Schillerstraße", "Am Mühlbach",
                   "Kastanienallee", "Gartenweg", "Friedrich-Ebert-Straße", "Rosenweg", "Bergstraße", "Schulstraße",
                   "Am Sonnenhang", "Wilhelmstraße", "Moltkestraße", "Eichendorffweg", "Industriestraße",
                   "Ringstraße", "Talstraße", "Im Winkel", "Ahornweg", "Uhlandstraße", "Lessingstraße",
                   "Hohenzollernring", "Marktplatz", "Sophie-Scholl-Straße", "Zum Steinbruch"],
    ("de", "AT"): ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Linzer Gasse", "Annenstraße",
                   "Wiedner Hauptstraße", "Praterstraße", "Favoritenstraße", "Kaiserstraße", "Museumstraße",
                   "Maria-Theresien-Straße", "Goethegasse", "Schönbrunner Straße", "Leopoldskronstraße",
                   "Elisabethstraße", "Rennweg", "Hauptplatz", "Kirchengasse", "Neubaugasse", "Lerchenfelder Straße"],
    ("de", "CH"): ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Hauptstrasse", "Kirchgasse", "Zürichstrasse",
                   "Bernstrasse", "Rosenweg", "Birkenweg", "Spitalgasse", "Marktgasse", "Weinbergstrasse",
                   "Freiestrasse", "Langstrasse", "Rämistrasse", "Stauffacherstrasse", "Alpenstrasse",
                   "Sonnenbergstrasse", "Pestalozzistrasse", "Gotthardstrasse"],
    ("fr", "FR"): ["rue de la République", "rue Victor Hugo", "avenue Jean Jaurès", "boulevard Voltaire",
                   "rue des Lilas", "rue du Moulin", "impasse des Acacias", "chemin des Vignes", "allée des Tilleuls",
                   "place de l'Église", "rue Pasteur", "avenue de la Gare", "rue Nationale", "rue Émile Zola",
                   "boulevard Gambetta", "quai des Chartrons", "cours Lafayette", "rue Sainte-Catherine",
                   "rue du Faubourg Saint-Antoine", "avenue Foch", "route de Lyon", "rue des Écoles"],
    ("fr", "BE"): ["Rue de la Loi", "Avenue Louise", "Chaussée de Waterloo", "Rue Haute", "Boulevard Anspach",
                   "Rue du Marché", "Rue des Wallons", "Avenue de Tervueren", "Chaussée d'Ixelles", "Rue de Namur",
                   "Rue Léopold", "Boulevard d'Avroy", "Rue de Fer", "Avenue Albert Ier", "Rue des Carmes",
                   "Quai de la Boverie"],
    ("fr", "CH"): ["Rue du Rhône", "Rue de Lausanne", "Avenue de la Gare", "Chemin des Vignes", "Rue de Carouge",
                   "Boulevard Carl-Vogt", "Rue du Simplon", "Avenue d'Ouchy", "Rue de Bourg", "Chemin de la Chapelle",
                   "Route de Berne", "Rue des Moulins", "Avenue de Rumine", "Grand-Rue", "Rue de la Servette"],
    ("fr", "LU"): ["rue de la Gare", "avenue de la Liberté", "rue du Fossé", "Grand-Rue", "boulevard Royal",
                   "rue de Hollerich", "route d'Arlon", "rue Principale", "rue de l'Alzette", "avenue Gaston Diderich",
                   "rue des Romains", "rue de Luxembourg", "rue Dicks", "rue Michel Rodange"],
    ("it", "IT"): ["Via Roma", "Via Giuseppe Garibaldi", "Corso Vittorio Emanuele II", "Via Dante Alighieri",
                   "Piazza della Repubblica", "Via Mazzini", "Viale Europa", "Via dei Mille", "Via Cavour",
                   "Via XX Settembre", "Corso Buenos Aires", "Via Nazionale", "Via del Corso", "Via Toledo", "Via Po",
                   "Viale Monza", "Via San Francesco", "Via delle Rose", "Largo Augusto", "Via Indipendenza",
                   "Borgo San Frediano", "Via Emilia Est", "Vicolo Stretto"],
    ("it", "CH"): ["Via Nassa", "Via Pretorio", "Corso Pestalozzi", "Via Cantonale", "Via San Gottardo",
                   "Viale Stazione", "Via Motta", "Piazza Grande", "Via della Posta", "Via Lucchini", "Via Trevano",
                   "Via Borghese", "Via Ciseri"],
    ("en", "GB"): ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue",
                   "Queen's Road", "Kingsley Road", "Albert Street", "Grange Road", "The Crescent", "Manor Close",
                   "Orchard Way", "Windsor Gardens", "Elm Grove", "Beech Drive", "York Terrace", "St John's Road",
                   "Cavendish Place", "Wellington Street"],
    ("en", "IE"): ["Main Street", "Church Road", "Strand Road", "Griffith Avenue", "Clontarf Road", "Patrick Street",
                   "Shop Street", "Ballymun Road", "Seafield Road", "Mill Road", "Sandymount Avenue", "Castle Street",
                   "Green Lane"],
    ("en", "US"): ["Maple Ave", "Oak Street", "Elm St", "Main St", "Pine Rd", "Cedar Lane", "Washington Blvd",
                   "Lincoln Way", "Lake Shore Dr", "Mission St", "Peachtree St NE", "Jefferson Ave", "Park Place",
                   "Willow Ct", "Hillcrest Dr", "Spring Garden St", "Cherry Ln", "W 34th St", "Sunset Blvd"],
    ("en", "CA"): ["Queen St W", "Yonge Street", "Robson St", "Bank Street", "Jasper Ave", "17 Ave SW",
                   "Spring Garden Rd", "Portage Ave", "Bloor St E", "King St E", "Dundas St W", "Granville St",
                   "Elgin St", "Rue Saint-Denis"],
    ("en", "AU"): ["Smith Street", "Brunswick Street", "King Street", "George St", "Chapel Street", "Oxford St",
                   "Beaufort Street", "Boundary Road", "Station St", "Victoria Parade", "Hope St", "Sydney Road",
                   "Military Rd", "The Parade"],
    ("en", "NZ"): ["Ponsonby Road", "Cuba Street", "Karangahape Road", "Dominion Road", "Lambton Quay",
                   "Colombo Street", "George Street", "Riddiford Street", "Great North Road", "Victoria Street",
                   "Tay Street", "Maunganui Road", "Devonport Road"],
}
TOWNS = {
    ("de", "DE"): [("10115", "Berlin", "30", ""), ("10999", "Berlin", "30", ""), ("20095", "Hamburg", "40", ""),
                   ("22767", "Hamburg", "40", ""), ("80331", "München", "89", ""), ("81675", "München", "89", ""),
                   ("50667", "Köln", "221", ""), ("60311", "Frankfurt am Main", "69", ""),
                   ("70173", "Stuttgart", "711", ""), ("40213", "Düsseldorf", "211", ""),
                   ("04109", "Leipzig", "341", ""), ("01067", "Dresden", "351", ""), ("90402", "Nürnberg", "911", ""),
                   ("28195", "Bremen", "421", ""), ("30159", "Hannover", "511", ""), ("44135", "Dortmund", "231", ""),
                   ("69117", "Heidelberg", "6221", ""), ("79098", "Freiburg im Breisgau", "761", ""),
                   ("53111", "Bonn", "228", ""), ("48143", "Münster", "251", ""), ("24103", "Kiel", "431", ""),
                   ("93047", "Regensburg", "941", ""), ("99084", "Erfurt", "361", ""), ("18055", "Rostock", "381", ""),
                   ("87435", "Kempten (Allgäu)", "831", ""), ("72070", "Tübingen", "7071", ""),
                   ("97070", "Würzburg", "931", ""), ("26122", "Oldenburg", "441", "")],
    ("de", "AT"): [("1010", "Wien", "1", ""), ("1030", "Wien", "1", ""), ("1060", "Wien", "1", ""),
                   ("1070", "Wien", "1", ""), ("1100", "Wien", "1", ""), ("1160", "Wien", "1", ""),
                   ("8010", "Graz", "316", ""), ("8020", "Graz", "316", ""), ("4020", "Linz", "732", ""),
                   ("5020", "Salzburg", "662", ""), ("6020", "Innsbruck", "512", ""),
                   ("9020", "Klagenfurt am Wörthersee", "463", ""), ("3100", "St. Pölten", "2742", ""),
                   ("6900", "Bregenz", "5574", ""), ("7000", "Eisenstadt", "2682", ""), ("9500", "Villach", "4242", ""),
                   ("4600", "Wels", "7242", ""), ("6850", "Dornbirn", "5572", "")],
    ("de", "CH"): [("8001", "Zürich", "44", ""), ("8004", "Zürich", "44", ""), ("8032", "Zürich", "44", ""),
                   ("3011", "Bern", "31", ""), ("3006", "Bern", "31", ""), ("4051", "Basel", "61", ""),
                   ("6003", "Luzern", "41", ""), ("9000", "St. Gallen", "71", ""), ("8400", "Winterthur", "52", ""),
                   ("5000", "Aarau", "62", ""), ("6300", "Zug", "41", ""), ("7000", "Chur", "81", ""),
                   ("8200", "Schaffhausen", "52", ""), ("4500", "Solothurn", "32", ""), ("3600", "Thun", "33", ""),
                   ("8640", "Rapperswil-Jona", "55", "")],
    ("fr", "FR"): [("75011", "Paris", "1", ""), ("75015", "Paris", "1", ""), ("75018", "Paris", "1", ""),
                   ("69003", "Lyon", "4", ""), ("69007", "Lyon", "4", ""), ("13006", "Marseille", "4", ""),
                   ("31000", "Toulouse", "5", ""), ("33000", "Bordeaux", "5", ""), ("44000", "Nantes", "2", ""),
                   ("59000", "Lille", "3", ""), ("67000", "Strasbourg", "3", ""), ("34000", "Montpellier", "4", ""),
                   ("35000", "Rennes", "2", ""), ("06000", "Nice", "4", ""), ("38000", "Grenoble", "4", ""),
                   ("21000", "Dijon", "3", ""), ("37000", "Tours", "2", ""), ("63000", "Clermont-Ferrand", "4", ""),
                   ("76000", "Rouen", "2", ""), ("92100", "Boulogne-Billancourt", "1", ""),
                   ("93100", "Montreuil", "1", ""), ("29200", "Brest", "2", ""), ("57000", "Metz", "3", ""),
                   ("14000", "Caen", "2", "")],
    ("fr", "BE"): [("1000", "Bruxelles", "2", ""), ("1050", "Ixelles", "2", ""), ("1060", "Saint-Gilles", "2", ""),
                   ("1180", "Uccle", "2", ""), ("1030", "Schaerbeek", "2", ""), ("4000", "Liège", "4", ""),
                   ("5000", "Namur", "81", ""), ("6000", "Charleroi", "71", ""), ("7000", "Mons", "65", ""),
                   ("1300", "Wavre", "10", ""), ("1348", "Louvain-la-Neuve", "10", ""), ("6700", "Arlon", "63", ""),
                   ("7500", "Tournai", "69", ""), ("4800", "Verviers", "87", "")],
    ("fr", "CH"): [("1204", "Genève", "22", ""), ("1205", "Genève", "22", ""), ("1227", "Carouge GE", "22", ""),
                   ("1003", "Lausanne", "21", ""), ("1006", "Lausanne", "21", ""), ("1009", "Pully", "21", ""),
                   ("1800", "Vevey", "21", ""), ("1820", "Montreux", "21", ""), ("2000", "Neuchâtel", "32", ""),
                   ("1700", "Fribourg", "26", ""), ("1950", "Sion", "27", ""), ("1400", "Yverdon-les-Bains", "24", ""),
                   ("1260", "Nyon", "22", ""), ("2800", "Delémont", "32", "")],
    ("fr", "LU"): [("1611", "Luxembourg", "", ""), ("2449", "Luxembourg", "", ""), ("1471", "Luxembourg", "", ""),
                   ("4002", "Esch-sur-Alzette", "", ""), ("4050", "Esch-sur-Alzette", "", ""),
                   ("8080", "Bertrange", "", ""), ("3450", "Dudelange", "", ""), ("9051", "Ettelbruck", "", ""),
                   ("6460", "Echternach", "", ""), ("8211", "Mamer", "", ""), ("7220", "Walferdange", "", ""),
                   ("4701", "Pétange", "", "")],
    ("it", "IT"): [("20121", "Milano", "02", "MI"), ("20135", "Milano", "02", "MI"), ("00184", "Roma", "06", "RM"),
                   ("00153", "Roma", "06", "RM"), ("10122", "Torino", "011", "TO"), ("80134", "Napoli", "081", "NA"),
                   ("50122", "Firenze", "055", "FI"), ("40126", "Bologna", "051", "BO"),
                   ("16121", "Genova", "010", "GE"), ("30121", "Venezia", "041", "VE"),
                   ("37121", "Verona", "045", "VR"), ("35122", "Padova", "049", "PD"),
                   ("90133", "Palermo", "091", "PA"), ("95131", "Catania", "095", "CT"), ("70122", "Bari", "080", "BA"),
                   ("09124", "Cagliari", "070", "CA"), ("38122", "Trento", "0461", "TN"),
                   ("39100", "Bolzano", "0471", "BZ"), ("34121", "Trieste", "040", "TS"),
                   ("06121", "Perugia", "075", "PG"), ("43121", "Parma", "0521", "PR"),
                   ("25121", "Brescia", "030", "BS"), ("24121", "Bergamo", "035", "BG"),
                   ("41121", "Modena", "059", "MO"), ("56126", "Pisa", "050", "PI"), ("84121", "Salerno", "089", "SA")],
    ("it", "CH"): [("6900", "Lugano", "91", ""), ("6500", "Bellinzona", "91", ""), ("6600", "Locarno", "91", ""),
                   ("6850", "Mendrisio", "91", ""), ("6830", "Chiasso", "91", ""), ("6648", "Minusio", "91", ""),
                   ("6512", "Giubiasco", "91", ""), ("6710", "Biasca", "91", ""), ("6612", "Ascona", "91", "")],
    ("en", "GB"): [("LS", "Leeds", "113", ""), ("M", "Manchester", "161", ""), ("BS", "Bristol", "117", ""),
                   ("B", "Birmingham", "121", ""), ("S", "Sheffield", "114", ""), ("NR", "Norwich", "1603", ""),
                   ("CF", "Cardiff", "29", ""), ("EH", "Edinburgh", "131", ""), ("G", "Glasgow", "141", ""),
                   ("BA", "Bath", "1225", ""), ("OX", "Oxford", "1865", ""), ("CB", "Cambridge", "1223", ""),
                   ("BN", "Brighton", "1273", ""), ("YO", "York", "1904", ""), ("NG", "Nottingham", "115", ""),
                   ("EX", "Exeter", "1392", ""), ("BT", "Belfast", "28", ""), ("AB", "Aberdeen", "1224", ""),
                   ("RG", "Reading", "118", ""), ("SW", "London", "20", ""), ("E", "London", "20", ""),
                   ("N", "London", "20", ""), ("SE", "London", "20", "")],
    ("en", "IE"): [("D03", "Dublin 3", "1", ""), ("D06", "Dublin 6", "1", ""), ("D6W", "Dublin 6W", "1", ""),
                   ("D08", "Dublin 8", "1", ""), ("T12", "Cork", "21", ""), ("P31", "Ballincollig, Co. Cork", "21", ""),
                   ("H91", "Galway", "91", ""), ("V94", "Limerick", "61", ""), ("X91", "Waterford", "51", ""),
                   ("R95", "Kilkenny", "56", ""), ("A98", "Bray, Co. Wicklow", "1", ""),
                   ("K67", "Swords, Co. Dublin", "1", ""), ("F91", "Sligo", "71", ""),
                   ("N37", "Athlone, Co. Westmeath", "90", ""), ("V92", "Tralee, Co. Kerry", "66", "")],
    ("en", "US"): [("43215", "Columbus", "614", "OH"), ("78701", "Austin", "512", "TX"),
                   ("97205", "Portland", "503", "OR"), ("80203", "Denver", "303", "CO"),
                   ("60614", "Chicago", "773", "IL"), ("11215", "Brooklyn", "718", "NY"),
                   ("98103", "Seattle", "206", "WA"), ("30308", "Atlanta", "404", "GA"),
                   ("53703", "Madison", "608", "WI"), ("92103", "San Diego", "619", "CA"),
                   ("02116", "Boston", "617", "MA"), ("55408", "Minneapolis", "612", "MN"),
                   ("27601", "Raleigh", "919", "NC"), ("85004", "Phoenix", "602", "AZ"),
                   ("19103", "Philadelphia", "215", "PA"), ("48104", "Ann Arbor", "734", "MI"),
                   ("37203", "Nashville", "615", "TN"), ("05401", "Burlington", "802", "VT"),
                   ("84111", "Salt Lake City", "801", "UT"), ("15213", "Pittsburgh", "412", "PA")],
    ("en", "CA"): [("M5H", "Toronto", "416", "ON"), ("M6J", "Toronto", "647", "ON"), ("V6B", "Vancouver", "604", "BC"),
                   ("K1P", "Ottawa", "613", "ON"), ("T2P", "Calgary", "403", "AB"), ("T5J", "Edmonton", "780", "AB"),
                   ("H2X", "Montreal", "514", "QC"), ("B3J", "Halifax", "902", "NS"), ("R3C", "Winnipeg", "204", "MB"),
                   ("V8W", "Victoria", "250", "BC"), ("L8P", "Hamilton", "905", "ON"), ("K7L", "Kingston", "613", "ON"),
                   ("S7K", "Saskatoon", "306", "SK")],
    ("en", "AU"): [("3065", "Fitzroy", "3", "VIC"), ("3056", "Brunswick", "3", "VIC"), ("3182", "St Kilda", "3", "VIC"),
                   ("2042", "Newtown", "2", "NSW"), ("2010", "Surry Hills", "2", "NSW"),
                   ("2026", "Bondi Beach", "2", "NSW"), ("4064", "Paddington", "7", "QLD"),
                   ("4101", "West End", "7", "QLD"), ("6160", "Fremantle", "8", "WA"), ("6008", "Subiaco", "8", "WA"),
                   ("5067", "Norwood", "8", "SA"), ("7005", "Sandy Bay", "3", "TAS"), ("2612", "Braddon", "2", "ACT"),
                   ("2095", "Manly", "2", "NSW")],
    ("en", "NZ"): [("1011", "Auckland", "9", "Ponsonby"), ("1021", "Auckland", "9", "Grey Lynn"),
                   ("1024", "Auckland", "9", "Mt Eden"), ("6011", "Wellington", "4", "Te Aro"),
                   ("6012", "Wellington", "4", "Karori"), ("8011", "Christchurch", "3", "Riccarton"),
                   ("8023", "Christchurch", "3", "Sydenham"), ("9016", "Dunedin", "3", "Dunedin Central"),
                   ("3216", "Hamilton", "7", "Hamilton East"), ("3116", "Mount Maunganui", "7", ""),
                   ("7010", "Nelson", "3", ""), ("4410", "Palmerston North", "6", "")],
}

FREEMAIL = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "mailbox.org", "freenet.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "yahoo.de"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "protonmail.ch", "gmail.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com", "hotmail.fr"],
    "BE": ["skynet.be", "telenet.be", "proximus.be", "gmail.com", "hotmail.be"],
    "LU": ["pt.lu", "gmail.com", "hotmail.com", "internet.lu"],
    "IT": ["libero.it", "tiscali.it", "virgilio.it", "alice.it", "gmail.com", "outlook.it", "yahoo.it"],
    "GB": ["btinternet.com", "sky.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "comcast.net", "aol.com", "icloud.com", "outlook.com"],
    "CA": ["rogers.com", "shaw.ca", "sympatico.ca", "gmail.com", "hotmail.ca"],
    "AU": ["bigpond.com", "optusnet.com.au", "gmail.com", "outlook.com.au"],
    "NZ": ["xtra.co.nz", "gmail.com", "outlook.co.nz", "slingshot.co.nz"],
}

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}
MON_ABBR = {
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "it": ["gen.", "feb.", "mar.", "apr.", "mag.", "giu.", "lug.", "ago.", "set.", "ott.", "nov.", "dic."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def ordinal_en(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# --------------------------------------------------------------------------------------------------------
# Numbers: IBAN, cards

def iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "").replace("-", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(s: str) -> str:
    total = 0
    for i, ch in enumerate(s):
        k = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _IT_ODD[k] if i % 2 == 0 else k
    return chr(65 + total % 26)


def es_dc(s: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(s, w, strict=True)) % 11
    return str({11: 0, 10: 1}.get(d, d))


def make_bban(r: random.Random, cc: str) -> str:
    def dg(n: int) -> str:
        return "".join(r.choice("0123456789") for _ in range(n))

    if cc == "DE":
        return r.choice(["37040044", "10010010", "50010517", "12030000", "43060967", "70150000", "20050550",
                         "76050101", "10050000", "60050101"]) + dg(10)
    if cc == "AT":
        return r.choice(["20111", "12000", "14000", "32000", "38000", "20404"]) + dg(11)
    if cc == "CH":
        return r.choice(["00700", "00230", "09000", "80808", "00767", "00762", "08390"]) + dg(12)
    if cc == "FR":
        bank, branch, acct = r.choice(["30004", "30003", "20041", "10278", "30002", "17515"]), dg(5), dg(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return f"{bank}{branch}{acct}{key:02d}"
    if cc == "BE":
        first = r.choice(["001", "068", "310", "363", "734", "751", "063"]) + dg(7)
        chk = int(first) % 97 or 97
        return f"{first}{chk:02d}"
    if cc == "LU":
        return r.choice(["001", "002", "003", "014", "009"]) + dg(13)
    if cc == "IT":
        rest = r.choice(["03069", "02008", "05034", "03111", "01030", "05696"]) + dg(5) + dg(12)
        return it_cin(rest) + rest
    if cc == "GB":
        bank, sort = r.choice([("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("HBUK", "40"), ("MIDL", "40")])
        return bank + sort + dg(4) + dg(8)
    if cc == "IE":
        bank, sort = r.choice([("AIBK", "93"), ("BOFI", "90"), ("IPBS", "99")])
        return bank + sort + dg(4) + dg(8)
    if cc == "NL":
        return r.choice(["INGB", "ABNA", "RABO", "TRIO", "SNSB"]) + dg(10)
    if cc == "ES":
        bank, branch, acct = r.choice(["2100", "0049", "0182", "2038"]), dg(4), dg(10)
        return bank + branch + es_dc("00" + bank + branch) + es_dc(acct) + acct
    raise ValueError(cc)


def luhn_complete(prefix: str, length: int, r: random.Random) -> str:
    body = prefix + "".join(r.choice("0123456789") for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    digits = [int(ch) for ch in s if ch.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def grp(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def by4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# --------------------------------------------------------------------------------------------------------
# Document context

_FAKERS: dict[str, Faker] = {}


def faker_for(loc: str) -> Faker:
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    return f


TITLES = {"de": {"f": "Frau", "m": "Herr"}, "fr": {"f": "Mme", "m": "M."},
          "it": {"f": "Sig.ra", "m": "Sig."}, "en": {"f": "Ms", "m": "Mr"}}


class Ctx:
    def __init__(self, lang: str, tname: str, i: int) -> None:
        self.lang = lang
        self.seed = f"holdout6|{lang}|{tname}|{i}"
        self.rng = random.Random(self.seed)
        regions, weights = REGIONS[lang]
        self.region = self.rng.choices(regions, weights=weights)[0]
        self.key = (lang, self.region)
        self._seeded: set[str] = set()
        self.town = self.rng.choice(TOWNS[self.key])
        self.german = lang == "de"

    # randomness helpers
    def ch(self, *opts: Any) -> Any:
        return self.rng.choice(opts)

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob

    def L(self, de: Any, fr: Any, it: Any, en: Any) -> Any:
        v = {"de": de, "fr": fr, "it": it, "en": en}[self.lang]
        if isinstance(v, (list, tuple)):
            return self.rng.choice(v)
        return v

    def D(self, de: Any, fr: Any, it: Any, en: Any) -> Any:
        """The language's value as is (lists are data, not alternatives)."""
        return {"de": de, "fr": fr, "it": it, "en": en}[self.lang]

    def fk(self, loc: str) -> Faker:
        f = faker_for(loc)
        if loc not in self._seeded:
            f.seed_instance(f"{self.seed}|{loc}")
            self._seeded.add(loc)
        return f

    # ---- names
    def _faker_name(self, loc: str, g: str) -> tuple[str, str] | None:
        f = self.fk(loc)
        for _ in range(12):
            first = f.first_name_female() if g == "f" else f.first_name_male()
            if g == "f" and hasattr(f, "last_name_female"):
                last = f.last_name_female()
            elif g == "m" and hasattr(f, "last_name_male"):
                last = f.last_name_male()
            else:
                last = f.last_name()
            if is_latin(first + last) and len(first) > 1 and len(last) > 1 and " " not in first.strip():
                return first, last
        return None

    def person(self, g: str | None = None, kind: str | None = None) -> Person:
        r = self.rng
        g = g or r.choice("fm")
        kind = kind or r.choices(["home", "faker", "own", "special"], weights=[44, 22, 21, 13])[0]
        sf = False
        got: tuple[str, str] | None = None
        if kind == "own":
            grp_name = r.choice(sorted(OWN_GROUPS))
            fem, mal, lasts = OWN_GROUPS[grp_name]
            first = r.choice(fem if g == "f" else mal)
            last = r.choice(lasts)
            if "|" in last:
                last = last.split("|")[1 if g == "f" else 0]
            got = (first, last)
            sf = grp_name == "chinese" and r.random() < 0.5
        elif kind == "faker":
            got = self._faker_name(r.choice(OTHER_LOCALES), g)
        elif kind == "special":
            home = self._home_name(g)
            pick = r.random()
            if pick < 0.45:
                got = (home[0], r.choice(PARTICLE_SURNAMES[self.lang]))
            elif pick < 0.85:
                got = (home[0], r.choice(WORD_SURNAMES[self.lang]))
            else:
                got = (r.choice(WORD_FIRST[self.lang][g]), r.choice(WORD_SURNAMES[self.lang] + [home[1]]))
        if got is None:
            got = self._home_name(g)
        first, last = got
        if not sf and r.random() < 0.08 and "-" not in last and " " not in last and self.lang != "it":
            other = self._home_name(g)[1]
            if " " not in other and "-" not in other and other != last:
                last = f"{last}-{other}"
        return Person(first, last, g, sf)

    def _home_name(self, g: str) -> tuple[str, str]:
        r = self.rng
        loc = r.choice(HOME_LOCALES[self.key])
        got = self._faker_name(loc, g)
        if got is None:
            got = ("Anna" if g == "f" else "Paul", "Weber")
        first, last = got
        if self.key == ("fr", "LU") and r.random() < 0.4:
            first, last = r.choice(LU_FIRST[g]), r.choice(LUXEMBOURGISH)
        if self.key == ("it", "CH") and r.random() < 0.5:
            last = r.choice(TICINESE)
        return first, last

    def P(self, p: Person, style: str | None = None, styles: tuple[str, ...] | None = None) -> str:
        if style is None:
            style = self.rng.choice(styles or ("fl", "fl", "fl", "fl", "lf", "LF", "fL", "il"))
        if style == "il" and self.lang == "fr" and p.first[:1] == "M":
            style = "fl"  # "M. Dupont" would read as "Monsieur Dupont"
        return m("PERSON", render(p, style))

    def title(self, p: Person) -> str:
        return TITLES[self.lang][p.g]

    # ---- e-mail
    def email_raw(self, p: Person | None = None, domain: str | None = None) -> str:
        r = self.rng
        if p is None:
            p = self.person()
        f = slug(p.first.split()[0], self.german) or "x"
        ln = slug(p.last, self.german).replace("--", "-") or "y"
        yy = f"{r.randint(60, 99) if r.random() < 0.7 else r.randint(0, 9):02d}"
        local = r.choice([f"{f}.{ln}", f"{f}.{ln}", f"{f[0]}.{ln}", f"{f}{ln}", f"{ln}.{f}", f"{f}_{ln}",
                          f"{f}.{ln}{yy}", f"{ln}{f[0]}", f"{f}{yy}", f"{f}-{ln}"])
        domain = domain or r.choice(FREEMAIL[self.region])
        return f"{local}@{domain}"

    def email(self, p: Person | None = None, domain: str | None = None) -> str:
        return m("EMAIL", self.email_raw(p, domain))

    # ---- addresses
    def addr_parts(self, po: bool = False, town: tuple[str, str, str, str] | None = None) -> tuple[str, str]:
        r, key = self.rng, self.key
        t = town or r.choice(TOWNS[key])
        self.town = t
        pc, city, _area, extra = t
        st = r.choice(STREETS[key])
        n = str(r.choice([r.randint(1, 30), r.randint(1, 30), r.randint(1, 160)]))
        reg = self.region
        if key == ("de", "DE"):
            if po:
                return f"Postfach {grp(str(r.randint(100000, 999999)), [2, 2, 2])}", f"{pc} {city}"
            if st.endswith("straße") and r.random() < 0.3:
                st = st[:-6] + r.choice(["str.", "str.", "strasse"])
            n += r.choice(["", "", "", "", "a", "b", " a", "-14" if n.isdigit() and int(n) < 10 else ""])
            return f"{st} {n}", f"{pc} {city}"
        if key == ("de", "AT"):
            if po:
                return f"Postfach {r.randint(1, 999)}", f"{pc} {city}"
            n += r.choice(["", "", f"/{r.randint(1, 20)}", f"/{r.randint(1, 4)}/{r.randint(1, 30)}",
                           f"/Top {r.randint(1, 25)}", f"/{r.randint(1, 9)}/{r.randint(1, 18)}"])
            return f"{st} {n}", (f"A-{pc} {city}" if r.random() < 0.12 else f"{pc} {city}")
        if reg == "CH":
            if po:
                lab = {"de": "Postfach", "fr": "Case postale", "it": "Casella postale"}[self.lang]
                return f"{lab} {r.randint(100, 9999)}", f"{pc} {city}"
            n += r.choice(["", "", "", "a", "b"])
            return f"{st} {n}", (f"CH-{pc} {city}" if r.random() < 0.15 else f"{pc} {city}")
        if key == ("fr", "FR"):
            if po:
                return f"BP {r.randint(10, 9999)}", f"{pc} {city.upper()} CEDEX"
            n += r.choice(["", "", "", "", " bis", " ter", "B"])
            line1 = r.choice([f"{n} {st}", f"{n} {st}", f"{n}, {st}"])
            if r.random() < 0.15:
                line1 = r.choice([f"Appt {r.randint(1, 60)}, ", f"Bât. {r.choice('ABCD')}, ",
                                  f"Résidence Les Pins, {r.choice('ABC')}{r.randint(1, 30)}, "]) + line1
            return line1, (f"{pc} {city.upper()}" if r.random() < 0.35 else f"{pc} {city}")
        if key == ("fr", "BE"):
            if po:
                return f"BP {r.randint(10, 999)}", f"{pc} {city}"
            n += r.choice(["", "", "", f"/{r.randint(1, 12)}", f" bte {r.randint(1, 20)}", "A"])
            return f"{st} {n}", (f"B-{pc} {city}" if r.random() < 0.15 else f"{pc} {city}")
        if key == ("fr", "LU"):
            if po:
                return f"B.P. {r.randint(100, 9999)}", f"L-{pc[:1]}0{r.randint(10, 99)} {city}"
            line1 = r.choice([f"{n}, {st}", f"{n}, {st}", f"{n} {st}"])
            return line1, (f"L-{pc} {city}" if r.random() < 0.85 else f"{pc} {city}")
        if key == ("it", "IT"):
            if po:
                return f"Casella Postale {r.randint(1, 999)}", f"{pc} {city} ({extra})"
            for full, ab in (("Viale ", "V.le "), ("Piazza ", "P.zza "), ("Corso ", "C.so ")):
                if st.startswith(full) and r.random() < 0.25:
                    st = ab + st[len(full):]
            n += r.choice(["", "", "", "/B", "/A", " int. " + str(r.randint(1, 20)), " sc. B"])
            line1 = r.choice([f"{st} {n}", f"{st} {n}", f"{st}, {n}", f"{st} n. {n}"])
            line2 = r.choice([f"{pc} {city} ({extra})", f"{pc} {city} ({extra})", f"{pc} {city} {extra}",
                              f"{pc} {city}"])
            return line1, line2
        if key == ("en", "GB"):
            outward = f"{pc}{r.randint(1, 20)}"
            inward = f"{r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            line2 = f"{city} {outward} {inward}"
            if r.random() < 0.2:
                line2 = line2.upper()
            if po:
                return f"PO Box {r.randint(100, 9999)}", line2
            line1 = f"{n} {st}"
            if r.random() < 0.2:
                line1 = r.choice([f"Flat {r.randint(1, 12)}, ", f"Flat {r.randint(1, 6)}{r.choice('ABC')}, "]) + line1
            return line1, line2
        if key == ("en", "IE"):
            eir = pc + " " + "".join(r.choice("0123456789ACDEFHKNPRTVWXY") for _ in range(4))
            if po:
                return f"PO Box {r.randint(100, 9999)}", f"{city}, {eir}"
            line1 = f"{n} {st}" if r.random() < 0.8 else f"Apt {r.randint(1, 40)}, {n} {st}"
            return line1, f"{city}, {eir}"
        if key == ("en", "US"):
            z = pc + (f"-{r.randint(1000, 9999)}" if r.random() < 0.15 else "")
            if po:
                return f"{r.choice(['P.O. Box', 'PO Box'])} {r.randint(100, 99999)}", f"{city}, {extra} {z}"
            line1 = f"{r.randint(10, 9999)} {st}"
            if r.random() < 0.35:
                line1 += r.choice([f" Apt {r.randint(1, 30)}{r.choice('ABCD')}", f", Apt {r.randint(1, 400)}",
                                   f" #{r.randint(1, 40)}", f", Suite {r.randint(100, 900)}",
                                   f" Unit {r.randint(1, 40)}"])
            return line1, f"{city}, {extra} {z}"
        if key == ("en", "CA"):
            pcx = (f"{pc} {r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}")
            if po:
                return f"PO Box {r.randint(100, 9999)}", f"{city}, {extra} {pcx}"
            num = r.randint(10, 2999)
            line1 = r.choice([f"{num} {st}", f"{num} {st}", f"{r.randint(101, 2400)}-{num} {st}",
                              f"Unit {r.randint(1, 40)}, {num} {st}"])
            return line1, r.choice([f"{city}, {extra} {pcx}", f"{city} {extra}  {pcx}", f"{city} {extra} {pcx}"])
        if key == ("en", "AU"):
            sub = city.upper() if r.random() < 0.3 else city
            if po:
                return r.choice(["PO Box", "GPO Box"]) + f" {r.randint(100, 9999)}", f"{sub} {extra} {pc}"
            line1 = r.choice([f"{n} {st}", f"{n} {st}", f"{r.randint(1, 20)}/{n} {st}",
                              f"Unit {r.randint(1, 20)}, {n} {st}"])
            return line1, f"{sub} {extra} {pc}"
        if key == ("en", "NZ"):
            if po:
                return f"PO Box {r.randint(100, 99999)}", f"{city} {pc}"
            line1 = r.choice([f"{n} {st}", f"{n} {st}", f"{r.randint(1, 9)}/{n} {st}",
                              f"Flat {r.randint(1, 6)}, {n} {st}"])
            if extra and r.random() < 0.6:
                line1 += f", {extra}"
            return line1, f"{city} {pc}"
        raise ValueError(key)

    def address(self, block: bool = False, nl: str = "\n", sep: str | None = None, po: bool = False,
                upper: bool = False, town: tuple[str, str, str, str] | None = None) -> str:
        l1, l2 = self.addr_parts(po, town)
        if upper:
            l1, l2 = l1.upper(), l2.upper()
        if block:
            return m("ADDRESS", l1) + nl + m("ADDRESS", l2)
        if sep is None:
            sep = " - " if self.lang == "it" and self.rng.random() < 0.25 else ", "
        if self.key == ("en", "NZ") and ", " in l1 and sep == ", ":
            pass
        return m("ADDRESS", l1 + sep + l2)

    def street_only(self) -> str:
        st = self.rng.choice(STREETS[self.key])
        return st

    # ---- phones
    def _d(self, n: int, first_nonzero: bool = True) -> str:
        r = self.rng
        s = "".join(r.choice("0123456789") for _ in range(n))
        if first_nonzero and s and s[0] == "0":
            s = str(r.randint(1, 9)) + s[1:]
        return s

    def phone_raw(self, mobile: bool | None = None, intl: bool | None = None, area: str | None = None) -> str:
        r, reg = self.rng, self.region
        if mobile is None:
            mobile = r.random() < 0.55
        if intl is None:
            intl = r.random() < 0.3
        area = area if area is not None else self.town[2]
        if reg == "DE":
            if mobile:
                pre = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "174", "175", "176",
                                "177", "178", "179"])
                sub = self._d(r.choice([7, 8]))
            else:
                pre = area or "30"
                sub = self._d(10 - len(pre))
            if intl:
                return r.choice([f"+49 {pre} {sub}", f"+49 (0){pre} {sub}",
                                 f"0049 {pre} {sub}", f"+49{pre}{sub}", f"+49 {pre} {grp(sub, [3, 4])}"])
            ext = f"-{r.choice(['0', str(r.randint(10, 99)), str(r.randint(100, 399))])}" if not mobile else ""
            return r.choice([f"0{pre} {sub}", f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre}-{sub}", f"(0{pre}) {sub}",
                             f"0{pre} {grp(sub, [2, 2, 2, 2]) if len(sub) % 2 == 0 else grp(sub, [3, 2, 2])}",
                             f"0{pre} {sub}{ext}"])
        if reg == "AT":
            if mobile:
                pre = r.choice(["650", "660", "664", "676", "677", "680", "681", "688", "699"])
                sub = self._d(7)
            else:
                pre = area or "1"
                sub = self._d(7 if pre == "1" else (6 if len(pre) == 3 else 5))
            if intl:
                return r.choice([f"+43 {pre} {sub}", f"+43 (0){pre} {sub}", f"0043 {pre} {sub}",
                                 f"+43 {pre} {grp(sub, [3, 2, 2])}", f"+43{pre}{sub}"])
            return r.choice([f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre} / {sub}", f"0{pre} {grp(sub, [3, 2, 2])}",
                             f"(0{pre}) {sub}", f"0{pre}-{sub}"])
        if reg == "CH":
            pre = r.choice(["76", "77", "78", "79", "79", "75"]) if mobile else (area or "44")
            sub = self._d(7)
            g = grp(sub, [3, 2, 2])
            if intl:
                return r.choice([f"+41 {pre} {g}", f"+41 {pre} {g}", f"+41 (0){pre} {g}", f"0041 {pre} {g}",
                                 f"+41{pre}{sub}", f"+41 (0) {pre} {g}"])
            return r.choice([f"0{pre} {g}", f"0{pre} {g}", f"0{pre} {g}", f"0{pre} {sub}", f"0{pre}{sub}",
                             f"0{pre}/{g}", f"0{pre}-{grp(sub, [3, 2, 2], '-')}"])
        if reg == "FR":
            pre = r.choice(["6", "6", "7"]) if mobile else (area or "1")
            sub = self._d(8, False)
            if intl:
                return r.choice([f"+33 {pre} {grp(sub, [2, 2, 2, 2])}", f"+33 (0){pre} {grp(sub, [2, 2, 2, 2])}",
                                 f"+33{pre}{sub}", f"0033 {pre} {grp(sub, [2, 2, 2, 2])}",
                                 f"+33 {pre}{grp(sub, [2, 2, 2, 2], '')}"])
            return r.choice([f"0{pre} {grp(sub, [2, 2, 2, 2])}", f"0{pre} {grp(sub, [2, 2, 2, 2])}",
                             f"0{pre}.{grp(sub, [2, 2, 2, 2], '.')}", f"0{pre}{sub}",
                             f"0{pre}-{grp(sub, [2, 2, 2, 2], '-')}", f"0{pre} {grp(sub, [2, 2, 2, 2], '')}"])
        if reg == "BE":
            if mobile:
                pre = r.choice(["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484", "485",
                                "486", "487", "488", "489", "492", "493", "494", "495", "496", "497", "498", "499"])
                sub = self._d(6, False)
                g = grp(sub, [2, 2, 2])
                gd = grp(sub, [2, 2, 2], ".")
            else:
                pre = area or "2"
                sub = self._d(8 - len(pre))
                g = grp(sub, [3, 2, 2]) if len(pre) == 1 else grp(sub, [2, 2, 2])
                gd = grp(sub, [3, 2, 2], ".") if len(pre) == 1 else grp(sub, [2, 2, 2], ".")
            if intl:
                return r.choice([f"+32 {pre} {g}", f"+32 (0){pre} {g}", f"0032 {pre} {g}", f"+32{pre}{sub}"])
            return r.choice([f"0{pre} {g}", f"0{pre} {g}", f"0{pre}/{gd}", f"0{pre}/{g}", f"0{pre}{sub}",
                             f"0{pre} {grp(sub, [3, 3])}"])
        if reg == "LU":
            if mobile:
                pre = r.choice(["621", "628", "661", "671", "691"])
                sub = self._d(6)
                nat = r.choice([f"{pre} {grp(sub, [3, 3])}", f"{pre} {grp(sub, [2, 2, 2])}", f"{pre}{sub}",
                                f"{pre}/{grp(sub, [3, 3])}"])
            else:
                sub = self._d(r.choice([6, 8]))
                sub = r.choice("24") + sub[1:]
                nat = grp(sub, [2, 2, 2, 2])
            return r.choice([f"+352 {nat}", f"(+352) {nat}", f"00352 {nat}", nat, f"+352 {nat}"])
        if reg == "IT":
            if mobile:
                pre = r.choice(["320", "324", "328", "329", "330", "331", "333", "334", "335", "338", "339", "340",
                                "342", "345", "347", "348", "349", "351", "366", "370", "377", "380", "389", "392"])
                sub = self._d(7, False)
                nat = r.choice([f"{pre} {sub}", f"{pre} {sub}", f"{pre} {grp(sub, [3, 4])}", f"{pre}-{sub}",
                                f"{pre}.{grp(sub, [3, 4], '.')}", f"{pre}{sub}", f"{pre}/{sub}",
                                f"{pre} {grp(sub, [3, 2, 2])}"])
            else:
                pre = area or "02"
                sub = self._d(10 - len(pre))
                nat = r.choice([f"{pre} {sub}", f"{pre} {grp(sub, [4, 4] if len(sub) == 8 else [3, 4])}",
                                f"{pre}/{sub}", f"{pre}-{sub}", f"{pre} {sub}", f"{pre}{sub}"])
            if intl:
                return r.choice([f"+39 {nat}", f"0039 {nat}", f"(+39) {nat}", f"+39{nat.replace(' ', '')}"])
            return nat
        if reg in ("GB",):
            if mobile:
                pre = "7" + r.choice(["4", "5", "7", "8", "9"]) + self._d(2, False)
                sub = self._d(6, False)
                if intl:
                    return r.choice([f"+44 {pre} {sub}", f"+44 (0){pre} {sub}", f"+44{pre}{sub}", f"0044 {pre} {sub}",
                                     f"+44 {pre} {grp(sub, [3, 3])}"])
                return r.choice([f"0{pre} {sub}", f"0{pre} {sub}", f"0{pre} {grp(sub, [3, 3])}", f"0{pre}{sub}",
                                 f"0{pre}-{sub}"])
            pre = area or "20"
            if len(pre) == 2:
                sub = r.choice("378" if pre == "20" else "2349") + self._d(7, False)
                g = grp(sub, [4, 4])
            elif len(pre) == 3:
                sub = self._d(7)
                g = grp(sub, [3, 4])
            else:
                sub = self._d(6)
                g = sub
            if intl:
                return r.choice([f"+44 {pre} {g}", f"+44 (0){pre} {g}", f"+44 {pre} {sub}"])
            return r.choice([f"0{pre} {g}", f"0{pre} {g}", f"(0{pre}) {g}", f"0{pre}{sub}"])
        if reg == "IE":
            if mobile:
                pre = r.choice(["83", "85", "86", "87", "89"])
                sub = self._d(7)
            else:
                pre = area or "1"
                sub = self._d(7 if pre in ("1", "21") else r.choice([6, 7]))
            g = grp(sub, [3, 4]) if len(sub) == 7 else grp(sub, [3, 3])
            if intl:
                return r.choice([f"+353 {pre} {g}", f"+353 (0){pre} {g}", f"+353{pre}{sub}", f"00353 {pre} {g}"])
            return r.choice([f"0{pre} {g}", f"0{pre} {g}", f"(0{pre}) {g}", f"0{pre}{sub}", f"0{pre}-{sub}"])
        if reg in ("US", "CA"):
            a = area or "212"
            ex = str(r.randint(2, 9)) + self._d(2, False)
            if ex == "555" or ex[1:] == "11":
                ex = "482"
            ln = self._d(4, False)
            return r.choice([f"({a}) {ex}-{ln}", f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}",
                             f"{a} {ex} {ln}", f"+1 {a}-{ex}-{ln}", f"+1 ({a}) {ex}-{ln}", f"1-{a}-{ex}-{ln}",
                             f"+1{a}{ex}{ln}"])
        if reg == "AU":
            if mobile:
                sub = "4" + self._d(8, False)
                if intl:
                    return r.choice([f"+61 {grp(sub, [3, 3, 3])}", f"+61{sub}", f"+61 (0){grp(sub, [3, 3, 3])}"])
                return r.choice([f"0{grp(sub, [3, 3, 3])}", f"0{grp(sub, [3, 3, 3])}", f"0{sub}",
                                 f"0{grp(sub, [3, 6])}"])
            pre = area or "2"
            sub = self._d(8)
            if intl:
                return r.choice([f"+61 {pre} {grp(sub, [4, 4])}", f"+61 {pre} {sub}"])
            return r.choice([f"(0{pre}) {grp(sub, [4, 4])}", f"0{pre} {grp(sub, [4, 4])}", f"(0{pre}) {sub}"])
        if reg == "NZ":
            if mobile:
                pre = r.choice(["21", "22", "27", "29", "27"])
                sub = self._d(7)
            else:
                pre = area or "9"
                sub = self._d(7)
            g = grp(sub, [3, 4])
            if intl:
                return r.choice([f"+64 {pre} {g}", f"+64 {pre} {g}", f"+64{pre}{sub}"])
            return r.choice([f"0{pre} {g}", f"0{pre} {g}", f"(0{pre}) {g}", f"0{pre}-{g}", f"0{pre}{sub}"])
        raise ValueError(reg)

    def phone(self, mobile: bool | None = None, intl: bool | None = None, area: str | None = None) -> str:
        return m("PHONE", self.phone_raw(mobile, intl, area))

    def hotline(self) -> str:
        r, reg = self.rng, self.region
        d = self._d
        if reg == "DE":
            return r.choice([f"0800 {d(3)} {d(4)}", f"0800 {d(7)}", f"0180 6 {d(6)}", f"01806 {d(6)}"])
        if reg == "AT":
            return r.choice([f"0800 {d(3)} {d(3)}", f"0810 {d(6)}", f"0800 {d(6)}"])
        if reg == "CH":
            return r.choice([f"0800 {d(3)} {d(3)}", f"0848 {d(3)} {d(3)}", f"0844 {d(3)} {d(3)}"])
        if reg == "FR":
            return r.choice([f"0 800 {d(3)} {d(3)}", f"0800 {grp(d(6), [2, 2, 2])}", f"0 805 {d(3)} {d(3)}"])
        if reg == "BE":
            return r.choice([f"0800 {d(2)} {d(3)}", f"078 {grp(d(6), [2, 2, 2])}", f"070 {d(3)} {d(3)}"])
        if reg == "LU":
            return f"8002 {d(4)}"
        if reg == "IT":
            return r.choice([f"800 {d(3)} {d(3)}", f"800.{d(3)}.{d(3)}", f"803 {d(3)}", f"199 {d(3)} {d(3)}"])
        if reg == "GB":
            return r.choice([f"0800 {d(3)} {d(4)}", f"0345 {d(3)} {d(4)}", f"0300 {d(3)} {d(4)}"])
        if reg == "IE":
            return r.choice([f"1800 {d(3)} {d(3)}", f"1850 {d(3)} {d(3)}"])
        if reg in ("US", "CA"):
            return r.choice([f"1-800-{d(3)}-{d(4)}", f"1 (888) {d(3)}-{d(4)}", f"(877) {d(3)}-{d(4)}",
                             f"1-866-{d(3)}-{d(4)}"])
        if reg == "AU":
            return r.choice([f"1300 {d(3)} {d(3)}", f"1800 {d(3)} {d(3)}", f"13 {d(2)} {d(2)}"])
        return f"0800 {d(3)} {d(3)}"

    # ---- money
    def iban_raw(self, cc: str | None = None, style: str | None = None) -> str:
        r = self.rng
        if cc is None:
            cc = self.region if self.region in ("DE", "AT", "CH", "FR", "BE", "LU", "IT", "GB", "IE") \
                else r.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
        bban = make_bban(r, cc)
        iban = cc + iban_check(cc, bban) + bban
        assert iban_valid(iban), iban
        style = style or r.choice(["g", "g", "g", "g", "c", "c", "c"])
        return by4(iban) if style == "g" else iban

    def iban(self, cc: str | None = None, style: str | None = None) -> str:
        return m("IBAN", self.iban_raw(cc, style))

    def card_raw(self, style: str | None = None) -> str:
        r = self.rng
        kind = r.choice(["visa", "visa", "mc", "mc", "amex"])
        if kind == "visa":
            num = luhn_complete("4" + self._d(5, False), 16, r)
        elif kind == "mc":
            num = luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, r)
        else:
            num = luhn_complete(r.choice(["34", "37"]), 15, r)
        assert luhn_ok(num)
        style = style or r.choice(["g", "g", "c", "d"])
        if len(num) == 15:
            return {"g": grp(num, [4, 6, 5]), "c": num, "d": grp(num, [4, 6, 5], "-")}[style]
        return {"g": by4(num), "c": num, "d": by4(num, "-")}[style]

    def card(self, style: str | None = None) -> str:
        return m("CARD", self.card_raw(style))

    def amount(self, lo: float, hi: float) -> str:
        v = self.rng.uniform(lo, hi)
        if self.lang == "en":
            return f"{v:,.2f}"
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",")
        return s.replace("X", "'" if self.region == "CH" and self.lang == "de" else ".")

    def cur(self) -> str:
        return {"CH": "CHF", "GB": "£", "US": "$", "CA": "$", "AU": "$", "NZ": "$"}.get(self.region, "€")

    # ---- dates
    def rand_date(self, y0: int, y1: int) -> date:
        start, end = date(y0, 1, 1), date(y1, 12, 31)
        return start + timedelta(days=self.rng.randint(0, (end - start).days))

    def fmt_date(self, d: date, style: str | None = None) -> str:
        r, lang, reg = self.rng, self.lang, self.region
        if style is None:
            if lang == "de":
                style = r.choice(["d.m.Y", "d.m.Y", "d.m.Y", "D.M.Y", "d.m.y", "iso", "D. Mon Y", "D. Mon Y",
                                  "d. Mon Y", "D. Abb Y", "d/m/Y", "D.Mon Y"])
            elif lang == "fr":
                style = r.choice(["d/m/Y", "d/m/Y", "d/m/Y", "D/M/Y", "D Mon Y", "D Mon Y", "D Abb Y", "iso",
                                  "d-m-Y", "d/m/y"] + (["d.m.Y", "d.m.Y"] if reg in ("CH", "LU", "BE") else []))
            elif lang == "it":
                style = r.choice(["d/m/Y", "d/m/Y", "d/m/Y", "D/M/Y", "D Mon Y", "D Mon Y", "D Abb Y", "iso",
                                  "d-m-Y", "d/m/y"] + (["d.m.Y", "d.m.Y"] if reg == "CH" else []))
            elif reg == "US":
                style = r.choice(["m/d/Y", "m/d/Y", "M/D/Y", "Mon D, Y", "Mon D, Y", "Abb D, Y", "iso", "m-d-Y",
                                  "m/d/y"])
            elif reg == "CA":
                style = r.choice(["iso", "iso", "Mon D, Y", "D Mon Y", "d/m/Y", "m/d/Y"])
            else:
                style = r.choice(["d/m/Y", "d/m/Y", "d/m/Y", "D Mon Y", "D Mon Y", "Dth Mon Y", "D Abb Y", "iso",
                                  "d-Abb-Y", "D/M/Y", "d.m.Y" if reg != "AU" else "d/m/Y"])
        day, mon, y = d.day, d.month, d.year
        months = list(MONTHS[lang])
        if lang == "de" and reg == "AT":
            if r.random() < 0.85:
                months[0] = "Jänner"
            if r.random() < 0.1:
                months[1] = "Feber"
        abb = MON_ABBR[lang]
        dd = str(day)
        if lang == "fr" and day == 1:
            dd = "1er"
        if lang == "it" and day == 1:
            dd = r.choice(["1°", "1", "1º"])
        out = {
            "d.m.Y": f"{day:02d}.{mon:02d}.{y}", "D.M.Y": f"{day}.{mon}.{y}",
            "d.m.y": f"{day:02d}.{mon:02d}.{y % 100:02d}",
            "iso": d.isoformat(), "D. Mon Y": f"{day}. {months[mon - 1]} {y}",
            "d. Mon Y": f"{day:02d}. {months[mon - 1]} {y}", "D. Abb Y": f"{day}. {abb[mon - 1]} {y}",
            "d/m/Y": f"{day:02d}/{mon:02d}/{y}", "D.Mon Y": f"{day}.{months[mon - 1]} {y}",
            "D/M/Y": f"{day}/{mon}/{y}", "D Mon Y": f"{dd} {months[mon - 1]} {y}",
            "D Abb Y": f"{dd} {abb[mon - 1]} {y}", "d-m-Y": f"{day:02d}-{mon:02d}-{y}",
            "d/m/y": f"{day:02d}/{mon:02d}/{y % 100:02d}", "m/d/Y": f"{mon:02d}/{day:02d}/{y}",
            "M/D/Y": f"{mon}/{day}/{y}", "Mon D, Y": f"{months[mon - 1]} {day}, {y}",
            "Abb D, Y": f"{abb[mon - 1]}{'.' if r.random() < 0.3 and abb[mon - 1] != 'May' else ''} {day}, {y}",
            "m-d-Y": f"{mon:02d}-{day:02d}-{y}", "m/d/y": f"{mon}/{day}/{y % 100:02d}",
            "Dth Mon Y": f"{ordinal_en(day)} {months[mon - 1]} {y}", "d-Abb-Y": f"{day:02d}-{abb[mon - 1]}-{y}",
        }[style]
        return out

    def dob_date(self, lo: int = 19, hi: int = 85) -> date:
        return self.rand_date(TODAY.year - hi, TODAY.year - lo)

    def dob(self, lo: int = 19, hi: int = 85, style: str | None = None, d: date | None = None) -> str:
        d = d or self.dob_date(lo, hi)
        return m("DOB", self.fmt_date(d, style))

    def pdate(self, y0: int = 2024, y1: int = 2025, style: str | None = None) -> str:
        return self.fmt_date(self.rand_date(y0, y1), style)

    def digits(self, n: int) -> str:
        return self._d(n)


def age_on(b: date, ref: date = TODAY) -> int:
    return ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))


def table(rows: list[list[str]]) -> str:
    head = "| " + " | ".join(rows[0]) + " |"
    sep = "|" + "|".join("---" for _ in rows[0]) + "|"
    body = ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join([head, sep, *body])


def tax_code_it(r: random.Random, p: Person, b: date) -> str:
    def cons(s: str) -> str:
        s = fold(s).upper()
        c = [ch for ch in s if ch.isalpha() and ch not in "AEIOU"]
        v = [ch for ch in s if ch in "AEIOU"]
        return "".join((c + v + ["X", "X", "X"])[:3])

    day = b.day + (40 if p.g == "f" else 0)
    return (f"{cons(p.last)}{cons(p.first)}{b.year % 100:02d}{'ABCDEHLMPRST'[b.month - 1]}{day:02d}"
            f"{r.choice('ABCDEFGHLMZ')}{r.randint(100, 999)}{r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ')}")


# --------------------------------------------------------------------------------------------------------
# Templates.  Each returns a marked string.

def t_guests(c: Ctx) -> str:
    r = c.rng
    year = r.choice([2025, 2026])
    ev_date = c.fmt_date(c.rand_date(year, year))
    birthday = c.p(0.3)
    a, b = c.person("f"), c.person(c.ch("m", "m", "m", "f"))
    venues = c.L(["Gut Sonnenhof", "Landgasthof Zur Linde", "Schloss Hohenfels", "Alte Mühle", "Seehaus am Ufer"],
                 ["Domaine des Tilleuls", "Château de la Motte", "Moulin de Vernègues", "La Bergerie du Lac"],
                 ["Villa Ortensia", "Tenuta San Michele", "Agriturismo Il Poggio", "Cascina Belvedere"],
                 ["The Old Barn at Holly Farm", "Ashwood Manor", "The Boathouse", "Riverside Hall"])
    venue = venues
    venue_addr = c.address()
    parts = []
    req = c.L(
        ["Kannst du mir aus dieser Liste einen Sitzplan mit sechs Tischen machen? Familien bitte zusammenlassen.",
         "Bitte zähl mir die Zusagen und Menüwünsche zusammen und sag mir, wer sich noch nicht gemeldet hat.",
         "Hilf mir bitte, kurze Dankeskarten-Texte für alle zu schreiben, die zugesagt haben."],
        ["Tu peux me faire un plan de table (6 tables) à partir de cette liste ? Garde les familles ensemble stp.",
         "Peux-tu compter les réponses et les choix de menu, et me dire qui n'a pas encore répondu ?",
         "Aide-moi à rédiger des petits mots de remerciement pour tous ceux qui ont dit oui."],
        ["Mi prepari una disposizione dei tavoli (6 tavoli) partendo da questa lista? Le famiglie insieme, grazie.",
         "Puoi contare le conferme e le scelte del menù e dirmi chi non ha ancora risposto?",
         "Aiutami a scrivere dei bigliettini di ringraziamento per chi ha confermato."],
        ["Can you turn this into a seating plan for six tables? Keep families together please.",
         "Please count the yeses and the meal choices and tell me who hasn't replied yet.",
         "Help me draft short thank-you card messages for everyone who said yes."])
    parts.append(req)
    if birthday:
        hero = c.person(c.ch("f", "m"))
        age = c.ch(50, 60, 70, 75, 80)
        bd = date(year - age, r.randint(1, 12), r.randint(1, 28))
        dob = m("DOB", c.fmt_date(bd))
        hero_n = c.P(hero, "fl")
        head = c.L(f"Überraschungsfeier zum {age}. Geburtstag von {hero_n} (geb. {dob})",
                   f"Fête surprise pour les {age} ans de {hero_n} (né{'e' if hero.g == 'f' else ''} le {dob})",
                   f"Festa a sorpresa per i {age} anni di {hero_n} (nat{'a' if hero.g == 'f' else 'o'} il {dob})",
                   f"Surprise {age}th for {hero_n} (DOB {dob})")
    else:
        head = c.L(f"Hochzeit {c.P(a, 'f')} & {c.P(b, 'f')}",
                   f"Mariage de {c.P(a, 'f')} et {c.P(b, 'f')}",
                   f"Matrimonio {c.P(a, 'f')} e {c.P(b, 'f')}",
                   f"{c.P(a, 'f')} & {c.P(b, 'f')}'s wedding")
    parts.append(f"\n{head} – {ev_date}\n{c.L('Ort', 'Lieu', 'Location', 'Venue')}: {venue}, {venue_addr}\n")
    yes = c.L(["ja", "Ja ✓", "zugesagt"], ["oui", "Oui ✓", "présent"], ["sì", "Sì ✓", "confermato"],
              ["yes", "Yes ✓", "attending"])
    no = c.L("nein", "non", "no", "no")
    open_ = c.L("offen", "?", "in attesa", "no reply")
    meals = c.D(["vegetarisch", "Fleisch", "Fisch", "vegan", "Kinderteller"],
                ["végétarien", "viande", "poisson", "vegan", "menu enfant"],
                ["vegetariano", "carne", "pesce", "vegano", "menù bimbi"],
                ["veggie", "beef", "fish", "vegan", "kids"])
    hdr = c.D(["Gast", "Begleitung", "Zusage", "Essen", "Adresse (Dankeskarte)", "Handy"],
              ["Invité", "Accompagnant", "Réponse", "Menu", "Adresse (remerciements)", "Portable"],
              ["Invitato", "Accompagnatore", "Risposta", "Menù", "Indirizzo (bomboniera)", "Cellulare"],
              ["Guest", "Plus one", "RSVP", "Meal", "Address (thank-you card)", "Mobile"])
    rows = [hdr]
    guests = []
    for _ in range(r.randint(4, 7)):
        g = c.person()
        guests.append(g)
        if c.p(0.15):
            kid1, kid2 = c.person(kind="home"), c.person(kind="home")
            fam = c.L("Familie", "Famille", "Famiglia", "The")
            kids = c.L("Kinder", "enfants", "bimbi", "kids")
            fam_end = " family" if c.lang == "en" else ""
            name = f"{fam} {c.P(g, 'l')}{fam_end} ({kids}: {c.P(kid1, 'f')}, {c.P(kid2, 'f')})"
        else:
            name = c.P(g, styles=("fl", "fl", "lf", "LF", "fL", "fl"))
        plus = "—"
        if c.p(0.35):
            plus = c.P(c.person(), c.ch("fl", "f", "fl"))
        elif c.p(0.2):
            plus = c.L("+1 (Name folgt)", "+1 (nom à venir)", "+1 (nome da definire)", "+1 (tbc)")
        ans = c.ch(yes, yes, yes, no, open_)
        meal = r.choice(meals) if ans == yes else ""
        addr = c.address() if c.p(0.65) else "—"
        ph = c.phone(mobile=True) if c.p(0.6) else ""
        rows.append([name, plus, ans, meal, addr, ph])
    if c.p(0.65):
        parts.append(table(rows))
    else:
        lines = []
        for row in rows[1:]:
            bits = [x for x in row if x and x != "—"]
            lines.append("- " + " – ".join(bits))
        parts.append("\n".join(lines))
    # RSVP replies
    parts.append("\n" + c.L("Antworten, die noch nicht in der Tabelle sind:", "Réponses pas encore dans le tableau :",
                           "Risposte non ancora in tabella:", "Replies not in the table yet:"))
    for _ in range(r.randint(2, 3)):
        g = c.person()
        kind = r.randint(0, 3)
        d = c.pdate(year if year == 2025 else 2025, 2025)
        if kind == 0:
            other = c.person(c.ch("m", "f"), kind="home")
            parts.append(c.L(
                f"{c.P(g)} (WhatsApp, {d}): „Hallo ihr zwei!! Wir kommen sehr gern, {c.P(other, 'f')} bringt "
                f"{'seinen' if other.g == 'm' else 'ihren'} Freund mit. Für mich bitte vegetarisch 🙂“",
                f"{c.P(g)} (SMS, {d}) : « Coucou ! On sera là avec plaisir, {c.P(other, 'f')} vient aussi. "
                f"Pour moi ce sera végétarien svp 🙂 »",
                f"{c.P(g)} (WhatsApp, {d}): «Ciao ragazzi!! Veniamo volentieri, {c.P(other, 'f')} porta anche "
                f"il fidanzato. Per me vegetariano grazie 🙂»",
                f"{c.P(g)} (text, {d}): \"Hiya!! We'd love to come, {c.P(other, 'f')} is bringing "
                f"{'his' if other.g == 'm' else 'her'} boyfriend. Veggie for me please :)\""))
        elif kind == 1:
            em = c.email(g)
            town = c.town[1]
            parts.append(c.L(
                f"Mail von {c.P(g, 'fl')} <{em}>: Leider können wir nicht kommen, wir sind an dem Wochenende "
                f"bei meiner Schwiegermutter in {town}. Alles Liebe euch!",
                f"Mail de {c.P(g, 'fl')} <{em}> : Malheureusement nous ne pourrons pas venir, nous serons chez ma "
                f"belle-mère à {town} ce week-end-là. Plein de bonheur à vous !",
                f"Mail da {c.P(g, 'fl')} <{em}>: Purtroppo non riusciamo a venire, quel weekend siamo da mia suocera "
                f"a {town}. Un abbraccio!",
                f"Email from {c.P(g, 'fl')} <{em}>: So sorry, we can't make it – we're at my mother-in-law's in "
                f"{town} that weekend. Lots of love!"))
        elif kind == 2:
            kid = c.person(kind="home")
            parts.append(c.L(
                f"Antwortkarte zurück: ☒ Wir kommen  ☐ Wir kommen leider nicht — Namen: {c.P(g)} + 1 — "
                f"Unverträglichkeiten: Nüsse (Tochter {c.P(kid, 'f')}) — Neue Adresse: {c.address()}",
                f"Carton-réponse : ☒ Nous serons présents  ☐ Nous ne pourrons pas venir — Noms : {c.P(g)} + 1 — "
                f"Allergies : fruits à coque (notre fille {c.P(kid, 'f')}) — Nouvelle adresse : {c.address()}",
                f"Cartoncino RSVP: ☒ Ci saremo  ☐ Non potremo esserci — Nomi: {c.P(g)} + 1 — Intolleranze: "
                f"frutta secca (nostra figlia {c.P(kid, 'f')}) — Nuovo indirizzo: {c.address()}",
                f"RSVP card back: ☒ Joyfully accepts  ☐ Regretfully declines — Names: {c.P(g)} + 1 — Allergies: "
                f"nuts (our daughter {c.P(kid, 'f')}) — New address: {c.address()}"))
        else:
            ph = c.phone(mobile=True)
            parts.append(c.L(
                f"Anruf von {'Herrn' if g.g == 'm' else 'Frau'} {c.P(g, 'l')} (Nachbarn von Oma) – kommen zu zweit, "
                f"Rückruf an {ph}.",
                f"Appel de {c.title(g)} {c.P(g, 'l')} (les voisins de mamie) – viennent à deux, rappeler au {ph}.",
                f"Telefonata {'della' if g.g == 'f' else 'del'} {c.title(g)} {c.P(g, 'l')} (vicini della nonna) – "
                f"vengono in due, richiamare al {ph}.",
                f"Call from {c.title(g)} {c.P(g, 'l')} (Gran's neighbours) – coming as a couple, call back on {ph}."))
    # tables named after famous people (not PERSON)
    artists = c.L(["Frida Kahlo", "Marlene Dietrich", "Beethoven", "Goethe", "Hildegard von Bingen"],
                  ["Édith Piaf", "Monet", "Simone Veil", "Molière", "Coco Chanel"],
                  ["Verdi", "Caravaggio", "Sophia Loren", "Montalcini", "Puccini"],
                  ["Frida Kahlo", "Bowie", "Jane Austen", "Shakespeare", "Ella Fitzgerald"])
    if guests and c.p(0.7):
        sat = ", ".join(c.P(g, c.ch("f", "fl")) for g in guests[:3])
        parts.append(c.L(f"Idee: Tisch „{artists}“ – {sat}", f"Idée : table « {artists} » – {sat}",
                         f"Idea: tavolo «{artists}» – {sat}", f"Idea: table \"{artists}\" – {sat}"))
    wit = c.person()
    ph = c.phone(mobile=True)
    parts.append(c.L(
        f"\nBei Fragen: Trauzeugin {c.P(wit)}, {ph}" if not birthday else f"\nOrga: {c.P(wit)}, {ph}",
        f"\nQuestions : {c.P(wit)} (témoin), {ph}" if not birthday else f"\nOrga : {c.P(wit)}, {ph}",
        f"\nPer info: {c.P(wit)} (testimone), {ph}" if not birthday else f"\nOrganizza: {c.P(wit)}, {ph}",
        f"\nQuestions: {c.P(wit)} (maid of honour), {ph}" if not birthday else f"\nOrganiser: {c.P(wit)}, {ph}"))
    if c.p(0.35) and c.region not in ("US", "CA", "AU", "NZ"):
        owner = c.P(a if not birthday else wit, "fl")
        ib = c.iban()
        if birthday:
            parts.append(c.L(f"Gemeinsames Geschenk: bitte auf IBAN {ib} (Kontoinhaber{'in' if wit.g == 'f' else ''} "
                             f"{owner})",
                             f"Cagnotte pour le cadeau commun : IBAN {ib} (titulaire {owner})",
                             f"Regalo di gruppo: IBAN {ib} intestato a {owner}",
                             f"Group gift collection: IBAN {ib} (account holder {owner})"))
        else:
            parts.append(c.L(f"Statt Geschenken: Flitterwochen-Kasse, IBAN {ib} (Kontoinhaberin {owner})",
                             f"Cagnotte voyage de noces : IBAN {ib} (titulaire {owner})",
                             f"Lista nozze / viaggio: IBAN {ib} intestato a {owner}",
                             f"Honeymoon fund: IBAN {ib} (account holder {owner})"))
    hotel_ph = c.phone(mobile=False)
    until = c.pdate(year, year)
    parts.append(c.L(f"Zimmerkontingent im Hotel Krone bis {until}, Tel. {hotel_ph}, Stichwort „Feier“.",
                     f"Chambres bloquées à l'Hôtel du Parc jusqu'au {until}, tél. {hotel_ph}.",
                     f"Camere opzionate all'Hotel Bellavista fino al {until}, tel. {hotel_ph}.",
                     f"Room block at the Crown Hotel until {until}, tel. {hotel_ph}, code PARTY25."))
    return "\n".join(parts)


def t_renewal(c: Ctx) -> str:
    r = c.rng
    club = c.L(["TSV Eintracht Hohenfeld 1908 e.V.", "Kirchenchor St. Marien", "Tennisclub Grün-Weiß e.V.",
                "Kleingartenverein Am Stadtpark e.V.", "Förderverein Freibad Lindenau e.V."],
               ["Paroisse Saint-Joseph", "Tennis Club de la Vallée", "Chorale Sainte-Cécile",
                "Club de randonnée Les Godillots", "Amicale des Pêcheurs du Lac"],
               ["Parrocchia San Lorenzo", "A.S.D. Polisportiva Aurora", "Circolo Tennis Le Querce",
                "Coro Alpino Val Grande", "Gruppo Escursionisti Monte Rosa"],
               ["St Mary's Parish", "Harbour Rowing Club", "Greenfield Allotment Society", "Riverside Bowls Club",
                "Westside Community Choir"])
    dom = slug(club.split()[0] + club.split()[-1]) + {"DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr",
                                                      "BE": ".be", "LU": ".lu", "IT": ".it", "GB": ".org.uk",
                                                      "IE": ".ie", "US": ".org", "CA": ".ca", "AU": ".org.au",
                                                      "NZ": ".org.nz"}[c.region]
    role = c.L(["mitglieder", "kasse", "info"], ["adhesions", "contact", "secretariat"],
               ["segreteria", "tesseramento", "info"], ["membership", "secretary", "info"])
    parts = [c.L(
        [f"Ich bin Kassenwart bei „{club}“. Kannst du aus den Verlängerungen unten eine Tabelle machen "
         "(Name, Beitrag, SEPA ja/nein) und sagen, wo Angaben fehlen?",
         "Bitte prüf die Verlängerungsformulare auf Vollständigkeit und formulier eine freundliche Erinnerung an "
         "alle, bei denen etwas fehlt."],
        [f"Je m'occupe des adhésions pour « {club} ». Peux-tu me faire un tableau (nom, cotisation, mode de paiement) "
         "à partir de ces bulletins et me signaler ce qui manque ?",
         "Vérifie ces bulletins de renouvellement et rédige un rappel sympa pour ceux qui sont incomplets."],
        [f"Seguo il tesseramento di «{club}». Mi fai una tabella (nome, quota, pagamento) da questi moduli di "
         "rinnovo e mi dici cosa manca?",
         "Controlla questi moduli di rinnovo e scrivi un promemoria gentile a chi non li ha completati."],
        [f"I do the membership admin for {club}. Can you put these renewal forms into a table (name, category, fee, "
         "payment) and flag anything missing?",
         "Please check these renewal forms and draft a friendly reminder for anyone who left something out."])]
    year = c.L("2026", "2025-2026", "2026", c.ch("2026", "2025/26"))
    for k in range(r.randint(2, 3)):
        p = c.person()
        b = c.dob_date(20, 82)
        no = f"{r.randint(1, 2400):05d}" if c.lang != "en" else f"{c.ch('M', 'HRC-', 'M-0')}{r.randint(10, 999)}"
        fam = [c.person(kind="home") for _ in range(r.randint(0, 2))]
        fam = [Person(f.first, p.last, f.g) if c.p(0.7) else f for f in fam]
        upper = c.p(0.2)
        if c.lang == "de":
            name = c.P(p, c.ch("L,F", "lf", "LF"))
            lines = [f"--- Verlängerung {year} — Formular {k + 1} ---",
                     f"Mitgliedsnr.: {no}", f"Name, Vorname: {name}",
                     f"Geburtsdatum: {m('DOB', c.fmt_date(b))}",
                     f"Anschrift: {c.address()}" + c.ch("", "", " (NEU ab 1.4.!)"),
                     f"Telefon: {c.phone(mobile=False)} / Handy {c.phone(mobile=True)}",
                     f"E-Mail: {c.email(p)}",
                     f"Beitragskategorie: {c.ch('Einzel (60 €)', 'Familie (120 €)', 'ermäßigt (30 €)')}"]
            if fam:
                fams = ", ".join(f"{c.P(f, c.ch('fl', 'f'))} (geb. {c.dob(2, 17)})" for f in fam)
                lines.append(f"Weitere Familienmitglieder: {fams}")
            cid = f"{c.region}{r.randint(10, 99)}ZZZ{c.digits(11)}"
            lines += ["SEPA-Lastschriftmandat: Gläubiger-ID " + cid + f", Mandatsreferenz M-{no}",
                      f"Kontoinhaber/in: {c.P(p, 'fl')}",
                      f"IBAN: {c.iban()}   BIC: {c.ch('COLSDE33', 'GENODEF1', 'BYLADEM1')}",
                      f"Ort, Datum, Unterschrift: {c.town[1]}, {c.pdate(2025, 2025)}, {c.P(p, c.ch('il', 'fl'))}"]
        elif c.lang == "fr":
            cheque = c.ch('☐ chèque n° ' + c.digits(7) + ' ☑ virement', '☑ chèque n° ' + c.digits(7) + ' ☐ virement')
            lines = [f"--- Bulletin de renouvellement {year} ({k + 1}) ---", f"N° adhérent : {no}",
                     f"Nom : {c.P(p, 'l').upper()}   Prénom : {c.P(p, 'f')}",
                     f"Né(e) le : {m('DOB', c.fmt_date(b))}", f"Adresse : {c.address()}",
                     f"Tél. fixe : {c.phone(mobile=False)}   Portable : {c.phone(mobile=True)}",
                     f"Courriel : {c.email(p)}",
                     f"Cotisation : {c.ch('45 €', '60 € (couple)', '25 € (étudiant)')} — réglée par "
                     f"{cheque}"]
            if fam:
                fams = " ; ".join(f"{c.P(f, 'fl')}, né(e) le {c.dob(2, 17)}" for f in fam)
                lines.append(f"Autres membres du foyer : {fams}")
            lines.append(f"Droit à l'image : {c.ch('oui', 'non')}")
            lines.append(f"Fait à {c.town[1]}, le {c.pdate(2025, 2025)} — Signature : {c.P(p, 'fl')}")
        elif c.lang == "it":
            lines = [f"--- Modulo di rinnovo {year} n. {k + 1} ---", f"Tessera n. {year}/{no}",
                     f"Cognome: {c.P(p, 'l').upper()}   Nome: {c.P(p, 'f')}",
                     f"Nat{'a' if p.g == 'f' else 'o'} a: "
                     f"{c.ch('Bari (BA)', 'Napoli', 'Lecce (LE)', 'Lugano', 'Tirana', 'Casablanca')} "
                     f"il {m('DOB', c.fmt_date(b))}",
                     f"Codice fiscale: {tax_code_it(r, p, b)}" if c.region == "IT" else
                     f"N. AVS: 756.{c.digits(4)}.{c.digits(4)}.{c.digits(2)}",
                     f"Residente in: {c.address()}", f"Cellulare: {c.phone(mobile=True)}   E-mail: {c.email(p)}",
                     f"Quota associativa: {c.ch('30 € (socio ordinario)', '50 € (famiglia)', '15 € (under 18)')}",
                     f"Certificato medico valido fino al: {c.pdate(2025, 2026)}"]
            if fam:
                fams = "; ".join(f"{c.P(f, 'fl')} nat{'a' if f.g == 'f' else 'o'} il {c.dob(2, 17)}" for f in fam)
                lines.append(f"Familiari iscritti: {fams}")
            lines.append("Consenso trattamento dati (GDPR): sì — Firma: " + c.P(p, "fl"))
        else:
            t = c.title(p)
            lines = [f"--- Renewal form {year} #{k + 1} ---", f"Membership no: {no}",
                     f"Name: {t} {c.P(p, c.ch('fl', 'fl', 'fL'))}",
                     f"Date of birth (juniors/concessions only): {m('DOB', c.fmt_date(b))}" if c.p(0.7) else
                     "Date of birth (juniors/concessions only): n/a",
                     f"Address: {c.address()}", f"Home: {c.phone(mobile=False)}   Mobile: {c.phone(mobile=True)}",
                     f"Email: {c.email(p)}",
                     f"Category: {c.ch('Senior', 'Family', 'Concession', 'Social')} — {c.cur()}{r.randint(25, 180)}"]
            if fam:
                fams = ", ".join(f"{c.P(f, 'fl')} (DOB {c.dob(2, 17)})" for f in fam)
                lines.append(f"Family members: {fams}")
            if c.region == "GB":
                lines.append("Gift Aid: ☑ Yes, I am a UK taxpayer and want the club to claim Gift Aid on my subs.")
                lines.append(f"Standing order: sort code {r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}, "
                             f"account {c.digits(8)}")
            elif c.region == "IE":
                lines.append(f"Paid by bank transfer from IBAN {c.iban('IE')}")
            elif c.region in ("US", "CA"):
                lines.append(f"Paid by check #{r.randint(100, 9999)} / e-transfer")
            else:
                lines.append(f"Paid by direct deposit, BSB {r.randint(100, 999)}-{r.randint(100, 999)}, "
                             f"ref {no}" if c.region == "AU" else f"Paid online, ref {no}")
            lines.append(f"Signed: {c.P(p, c.ch('fl', 'il'))}   Date: {c.pdate(2025, 2025)}")
        block = "\n".join(lines)
        parts.append(block.upper() if upper else block)
    treas = c.person()
    cib = c.iban() if c.region not in ("US", "CA", "AU", "NZ") else f"no. {c.digits(8)}"
    parts.append(c.L(
        f"\nKasse: {c.P(treas)}, {c.phone()} · Vereinskonto {cib} · Fragen an {role}@{dom}",
        f"\n{'Trésorière' if treas.g == 'f' else 'Trésorier'} : {c.P(treas)}, {c.phone()} · compte de l'association "
        f"{cib} · questions : {role}@{dom}",
        f"\nTesoriere: {c.P(treas)}, {c.phone()} · IBAN associazione {cib} · per info {role}@{dom}",
        f"\nTreasurer: {c.P(treas)}, {c.phone()} · club account {'IBAN ' if cib[:1] != 'n' else ''}{cib} · "
        f"queries to {role}@{dom}"))
    return "\n\n".join(parts)


def t_taxnotes(c: Ctx) -> str:
    r = c.rng
    me, sp = c.person(), c.person()
    if c.p(0.6):
        sp = Person(sp.first, me.last, sp.g)
    adviser = c.person()
    kids = [c.person(kind="home") for _ in range(r.randint(0, 2))]
    kids = [Person(k.first, me.last, k.g) if c.p(0.75) else k for k in kids]
    adv_dom = slug(adviser.last, c.german) + "-" + c.L("steuerberatung", "expertise", "studio", "accounting") + \
        {"DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr", "BE": ".be", "LU": ".lu", "IT": ".it", "GB": ".co.uk",
         "IE": ".ie", "US": ".com", "CA": ".ca", "AU": ".com.au", "NZ": ".co.nz"}[c.region]
    firm = c.L(f"{adviser.last} & Partner mbB", f"{adviser.last} Expertise Comptable",
               f"Studio {adviser.last} & Associati",
               f"{adviser.last} & Co {'CPAs' if c.region == 'US' else 'Accountants'}")
    trade = c.person(kind="home")
    trade_co = c.L(f"Malerbetrieb {trade.last} GmbH", f"Plomberie {trade.last} SARL", f"Idraulica {trade.last} srl",
                   f"{trade.last} Plumbing & Heating {'LLC' if c.region in ('US', 'CA') else 'Ltd'}")
    low = c.p(0.3)
    req = c.L(
        ["Hier meine Notizen für die Steuererklärung 2024. Mach daraus bitte eine ordentliche Mail an meine "
         "Steuerberaterin und sag mir, was noch fehlt:",
         "kannst du das hier sortieren und eine checkliste draus machen? geht an den steuerberater"],
        ["Voici mes notes pour la déclaration de revenus 2024. Tu peux en faire un mail propre pour ma comptable "
         "et me dire ce qui manque ?",
         "tu peux mettre de l'ordre là-dedans et en faire une checklist pour l'expert-comptable ?"],
        [f"Ecco i miei appunti per {'il 730' if c.region == 'IT' else 'la dichiarazione'} di quest'anno. Me li "
         "trasformi in una mail ordinata per il commercialista e mi dici cosa manca?",
         "mi sistemi questi appunti in una checklist da mandare alla commercialista?"],
        ["Here are my notes for this year's tax return. Can you turn them into a proper email to my accountant and "
         "tell me what's missing?",
         "can you tidy these up into a checklist for our accountant?"])
    L: list[str] = [req, ""]
    if c.lang == "de":
        sid = f"{c.digits(2)} {c.digits(3)} {c.digits(3)} {c.digits(3)}"
        L += [f"STEUER 2024 – {c.P(me, 'fl')}",
              f"- Steuer-ID ich: {sid}, {c.P(sp, c.ch('f', 'fl'))}: {c.digits(11)}",
              f"- {c.P(sp, 'f')} geb. {c.dob(25, 70)} – Zusammenveranlagung wie immer",
              f"- neue Adresse seit 01.07.: {c.address()} (Umzugskosten: Spedition 1.840 €, Rechnung liegt bei)"]
        for k in kids:
            L.append(f"- Kind {c.P(k, c.ch('f', 'fl'))}, geb. {c.dob(1, 17)} → Kita-Beiträge 2.160 €")
        if c.p(0.5):
            tm = c.person()
            L.append(f"- Tagesmutter {c.title(tm)} {c.P(tm, c.ch('fl', 'l'))} ({c.phone(mobile=True)}) – "
                     "12 x 350 € bar?? "
                     "Quittungen hab ich")
        L += [f"- Handwerker: {trade_co}, Rechnung Nr. {r.randint(2024000, 2024999)} vom {c.pdate(2024, 2024)}, "
              f"Arbeitskosten {c.amount(400, 2500)} € (überwiesen!)",
              f"- Spenden: 150 € Ärzte ohne Grenzen, 80 € an den Förderverein (Quittung von {c.P(c.person(), 'fl')})",
              "- Arbeitszimmer? 14 m² von 96 m²", f"- Pendlerpauschale: {r.randint(12, 58)} km, 210 Tage",
              f"- Erstattung bitte auf {c.iban('DE' if c.region == 'DE' else None)}",
              "",
              f"Kanzlei: {firm}, {c.address()}",
              f"Ansprechpartner{'in' if adviser.g == 'f' else ''}: {c.title(adviser)} "
              f"{c.P(adviser, c.ch('fl', 'l'))}, Tel. {c.phone(mobile=False)}, "
              f"{c.email(adviser, adv_dom)} (Belege lieber an kanzlei@{adv_dom})"]
    elif c.lang == "fr":
        nf = " ".join([c.digits(2), c.digits(2), c.digits(3), c.digits(3), c.digits(3)])
        L += [f"IMPÔTS 2025 (revenus 2024) — {c.P(me, 'fl')}",
              f"- numéro fiscal : {nf} / {c.P(sp, c.ch('f', 'fl'))} : {c.digits(13)}",
              f"- {c.P(sp, 'f')} née le {c.dob(25, 70)}" if sp.g == "f" else f"- {c.P(sp, 'f')} né le {c.dob(25, 70)}",
              f"- déménagement le 1er juillet, nouvelle adresse : {c.address()}"]
        for k in kids:
            L.append(f"- enfant à charge : {c.P(k, c.ch('f', 'fl'))}, né{'e' if k.g == 'f' else ''} le {c.dob(1, 17)} "
                     f"(crèche Les Petits Loups : 2 340 €)")
        if c.p(0.5):
            aide = c.person()
            L.append(f"- emploi à domicile (CESU) : {c.title(aide)} {c.P(aide, c.ch('fl', 'l'))}, ménage 4 h/sem., "
                     f"tél. {c.phone(mobile=True)}")
        L += [f"- travaux : facture {trade_co} n° F-{r.randint(1000, 9999)} du {c.pdate(2024, 2024)}, "
              f"{c.amount(400, 3000)} € (pompe à chaleur → crédit d'impôt ?)",
              f"- dons : Restos du Cœur 120 €, paroisse 50 € (reçu signé {c.P(c.person(), 'fl')})",
              f"- frais réels ? {r.randint(12, 60)} km A/R, 5 CV",
              f"- remboursement sur mon compte {c.iban()}",
              "",
              f"Cabinet : {firm}, {c.address()}",
              f"Contact : {c.title(adviser)} {c.P(adviser, c.ch('fl', 'l'))}, {c.phone(mobile=False)}, "
              f"{c.email(adviser, adv_dom)} (pièces à envoyer à contact@{adv_dom})"]
    elif c.lang == "it":
        b_me = c.dob_date(25, 70)
        cf = tax_code_it(r, me, b_me)
        L += [f"730/2025 — {c.P(me, 'fl')} (CF {cf})" if c.region == "IT" else
              f"Dichiarazione d'imposta 2024 — {c.P(me, 'fl')}",
              f"- mia data di nascita per il modulo: {m('DOB', c.fmt_date(b_me))}",
              f"- coniuge: {c.P(sp, 'fl')}, nat{'a' if sp.g == 'f' else 'o'} il {c.dob(25, 70)}, a carico? no",
              f"- cambio residenza da luglio: {c.address()}"]
        for k in kids:
            L.append(f"- figli{'a' if k.g == 'f' else 'o'} a carico: {c.P(k, c.ch('f', 'fl'))}, "
                     f"nat{'a' if k.g == 'f' else 'o'} il {c.dob(1, 17)} (asilo nido 2.100 €, mensa)")
        if c.p(0.5):
            bad = c.person(kind=c.ch("own", "faker"))
            L.append(f"- badante della mamma: {c.P(bad, 'fl')}, nat{'a' if bad.g == 'f' else 'o'} il {c.dob(30, 60)}, "
                     f"cell. {c.phone(mobile=True)}, contributi INPS pagati")
        L += [f"- spese mediche: farmacia 412,30 €, dentista (dott. {c.P(c.person(), 'l')}) 1.250 €",
              f"- ristrutturazione: bonifico parlante a {trade_co}, fattura n. {r.randint(1, 300)}/2024 del "
              f"{c.pdate(2024, 2024)}, {c.amount(800, 6000)} €",
              f"- rimborso su IBAN {c.iban()}",
              "",
              f"Studio: {firm}, {c.address()}",
              f"Riferimento: {'dott.ssa' if adviser.g == 'f' else 'dott.'} {c.P(adviser, c.ch('fl', 'l'))}, "
              f"tel. {c.phone(mobile=False)}, {c.email(adviser, adv_dom)} (documenti a segreteria@{adv_dom})"]
    else:
        reg = c.region
        idl = {"GB": f"UTR {c.digits(5)} {c.digits(5)}, NI number {c.ch('QQ', 'AB', 'JT')} "
                     f"{c.digits(2)} {c.digits(2)} {c.digits(2)} C",
               "IE": f"PPSN {c.digits(7)}{c.ch('A', 'T', 'W')}",
               "US": f"SSN {c.digits(3)}-{c.digits(2)}-{c.digits(4)}",
               "CA": f"SIN {c.digits(3)} {c.digits(3)} {c.digits(3)}",
               "AU": f"TFN {c.digits(3)} {c.digits(3)} {c.digits(3)}",
               "NZ": f"IRD {c.digits(3)}-{c.digits(3)}-{c.digits(3)}"}[reg]
        L += [f"TAX {c.ch('2024/25', '2024', 'YEAR END')} – {c.P(me, 'fl')} ({idl})",
              f"- my DOB for the form: {c.dob(25, 70)}",
              f"- {c.ch('wife', 'husband', 'partner')}: {c.P(sp, 'fl')}, DOB {c.dob(25, 70)}",
              f"- moved in July, new address: {c.address()}"]
        for k in kids:
            dep = "dependent" if c.region in ("US", "CA") else "dependant"
            L.append(f"- {dep}: {c.P(k, c.ch('f', 'fl'))}, born {c.dob(1, 17)} – childcare "
                     f"{c.cur()}{c.amount(1000, 9000)}")
        if c.p(0.6):
            ten = c.person()
            flat = "condo" if c.region in ("US", "CA") else "flat"
            L.append(f"- rental income: {flat} at {c.address()}, tenant {c.P(ten, 'fl')} ({c.phone(mobile=True)}), "
                     f"{c.cur()}{r.randint(900, 2400)}/month, agent fees 10%")
        L += [f"- {trade_co} invoice #{r.randint(1000, 9999)} dated {c.pdate(2024, 2025)}, "
              f"{c.cur()}{c.amount(300, 4000)} (boiler – deductible for the rental?)",
              f"- donations: {c.cur()}250 Oxfam, {c.cur()}60 to the school PTA (receipt from {c.P(c.person(), 'fl')})",
              (f"- refund to {c.iban()}" if reg in ("GB", "IE") else
               f"- refund by direct deposit (routing {c.digits(9)}, acct {c.digits(10)})" if reg == "US" else
               f"- refund to BSB {c.digits(3)}-{c.digits(3)} acct {c.digits(8)}" if reg == "AU" else
               f"- refund to my account {c.digits(2)}-{c.digits(4)}-{c.digits(7)}-00"),
              "",
              f"Firm: {firm}, {c.address()}",
              f"Contact: {c.title(adviser)} {c.P(adviser, c.ch('fl', 'l'))}, {c.phone(mobile=False)}, "
              f"{c.email(adviser, adv_dom)} (docs to admin@{adv_dom})"]
    text = "\n".join(L)
    if low:
        head, _, rest = text.partition("\n\n")
        text = head + "\n\n" + lower_keep(rest)
    return text


def t_hiring(c: Ctx) -> str:
    r = c.rng
    job = c.L(["Buchhalter:in (m/w/d)", "Werkstudent:in Marketing", "Pflegefachkraft (m/w/d)", "Junior Data Analyst"],
              ["Comptable (H/F)", "Chargé·e de communication", "Infirmier·ère de nuit", "Développeur·se Python"],
              ["Impiegato/a amministrativo/a", "Addetto/a marketing", "Infermiere/a", "Sviluppatore/trice Python"],
              ["Accounts Assistant", "Marketing Coordinator", "Registered Nurse (nights)", "Junior Data Analyst"])
    req_id = f"{c.ch('REQ', 'JOB', 'RIF')}-2025-{r.randint(1, 199):03d}"
    company = c.L(["Hausmann Logistik GmbH", "Brenner & Söhne KG", "Stadtwerke Talheim"],
                  ["Groupe Vasseur", "Menuiserie Laurent & Fils", "Clinique du Parc"],
                  ["Ferretti Arredamenti S.p.A.", "Cooperativa Il Girasole", "Officine Moretti srl"],
                  ["Harper & Lane Ltd", "Northgate Foods", "Bluewater Health"])
    cdom = slug("".join(w for w in company.split()[:2] if w != "&")) + {
        "DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr", "BE": ".be", "LU": ".lu",
                                       "IT": ".it", "GB": ".co.uk", "IE": ".ie", "US": ".com", "CA": ".ca",
                                       "AU": ".com.au", "NZ": ".co.nz"}[c.region]
    recruiter, manager = c.person(), c.person()
    show_dob = c.lang != "en" and c.p(0.45)
    parts = [c.L(
        [f"Fasse bitte den Stand der Bewerbungen auf „{job}“ ({req_id}) zusammen und schlag vor, wen wir zum "
         "Zweitgespräch einladen. Hier unser Tracking-Sheet:",
         "Kannst du aus der Tabelle Absagemails für alle mit Status „Absage“ vorbereiten?"],
        [f"Peux-tu résumer où on en est des candidatures pour « {job} » ({req_id}) et proposer qui revoir en 2e "
         "entretien ? Voici notre tableau de suivi :",
         "À partir de ce tableau, prépare les mails de refus pour les candidats au statut « refus »."],
        [f"Mi riassumi lo stato delle candidature per «{job}» ({req_id}) e mi dici chi richiamare per il secondo "
         "colloquio? Ecco il foglio di monitoraggio:",
         "Dalla tabella prepara le mail di risposta negativa per chi ha lo stato «scartato»."],
        [f"Can you summarise where we are with the {job} applicants ({req_id}) and suggest who to bring back for a "
         "second interview? Tracker below:",
         "From this table, draft rejection emails for everyone marked \"rejected\"."])]
    parts.append(c.L(f"**{company}** – {job} – Recruiting: {c.P(recruiter, 'fl')}, Fachbereich: {c.P(manager, 'fl')}",
                     f"**{company}** – {job} – RH : {c.P(recruiter, 'fl')}, manager : {c.P(manager, 'fl')}",
                     f"**{company}** – {job} – HR: {c.P(recruiter, 'fl')}, responsabile: {c.P(manager, 'fl')}",
                     f"**{company}** – {job} – Recruiter: {c.P(recruiter, 'fl')}, hiring manager: "
                     f"{c.P(manager, 'fl')}"))
    hdr = c.D(["#", "Name", "E-Mail", "Telefon", "Eingang", "Status", "Notizen"],
              ["#", "Nom", "E-mail", "Téléphone", "Reçu le", "Statut", "Notes"],
              ["#", "Nominativo", "Email", "Telefono", "Ricevuta", "Stato", "Note"],
              ["#", "Name", "Email", "Phone", "Received", "Stage", "Notes"])
    if show_dob:
        hdr.insert(4, c.L("Geb.-Datum", "Date de naissance", "Data di nascita", ""))
    stats = c.D(["neu", "Telefoninterview", "1. Gespräch", "Absage", "Zweitgespräch", "Angebot"],
                ["nouveau", "préqualif. tél.", "1er entretien", "refus", "2e entretien", "offre"],
                ["nuova", "screening tel.", "1° colloquio", "scartato", "2° colloquio", "offerta"],
                ["new", "phone screen", "1st interview", "rejected", "2nd interview", "offer"])
    rows = [hdr]
    for k in range(r.randint(5, 7)):
        a = c.person()
        name = c.P(a, c.ch("fl", "fl", "lf", "L,F", "LF"))
        em = c.email(a)
        ph = c.phone(mobile=c.p(0.8))
        rec = c.pdate(2025, 2025, c.ch("d.m.Y", "iso", "d/m/Y") if c.lang != "en" else None)
        st = r.choice(stats)
        note = ""
        nk = r.randint(0, 5)
        if nk == 0:
            ref = c.person()
            note = c.L(f"Referenz: ehem. Chef{'in' if ref.g == 'f' else ''} {c.P(ref, 'fl')} ({c.phone()}) – "
                       "sehr positiv",
                       f"Référence : {c.P(ref, 'fl')}, ancien{'ne' if ref.g == 'f' else ''} manager "
                       f"({c.phone()}) – très positif",
                       f"Referenza: {c.P(ref, 'fl')}, ex responsabile ({c.phone()}) – ottima",
                       f"Ref: former manager {c.P(ref, 'fl')} ({c.phone()}) – glowing")
        elif nk == 1:
            note = c.L(f"Gehaltswunsch {r.randint(38, 72)}k, Kündigungsfrist 3 Monate",
                       f"prétentions {r.randint(30, 60)} k€, préavis 2 mois",
                       f"RAL richiesta {r.randint(26, 48)}k, preavviso 30 gg",
                       f"expects {c.cur()}{r.randint(30, 90)}k, notice 1 month")
        elif nk == 2:
            note = c.L(f"empfohlen von {c.P(c.person(), c.ch('f', 'fl'))} (Lager)",
                       f"recommandé·e par {c.P(c.person(), c.ch('f', 'fl'))} (compta)",
                       f"segnalat{'a' if a.g == 'f' else 'o'} da {c.P(c.person(), c.ch('f', 'fl'))} (magazzino)",
                       f"referred by {c.P(c.person(), c.ch('f', 'fl'))} (warehouse)")
        elif nk == 3:
            note = c.L("Termin verschoben, ruft zurück", "a décalé le RDV, rappelle", "ha spostato il colloquio",
                       "rescheduled, will call back")
        rows.append([str(k + 1), name, em, ph] + ([c.dob(19, 60)] if show_dob else []) + [rec, st, note])
    parts.append(table(rows))
    parts.append(c.L(
        f"Bewerbungen gehen an bewerbung@{cdom}; Rückfragen intern an {c.P(recruiter, 'f')} "
        f"(Durchwahl {r.randint(100, 499)}) oder {c.email(recruiter, cdom)}.",
        f"Les candidatures arrivent sur recrutement@{cdom} ; questions en interne à {c.P(recruiter, 'f')} "
        f"(poste {r.randint(100, 499)}) ou {c.email(recruiter, cdom)}.",
        f"Le candidature arrivano su lavoraconnoi@{cdom}; per dubbi {c.P(recruiter, 'f')} (interno "
        f"{r.randint(100, 499)}) o {c.email(recruiter, cdom)}.",
        f"Applications land in jobs@{cdom}; questions to {c.P(recruiter, 'f')} (ext. {r.randint(100, 499)}) or "
        f"{c.email(recruiter, cdom)}."))
    return "\n\n".join(parts)


def t_discharge(c: Ctx) -> str:
    r = c.rng
    ask_i = r.randint(0, 1)  # 0: father, 1: mother
    pat = c.person("m" if ask_i == 0 else "f")
    b = c.dob_date(45, 92)
    rel = c.person(kind="home")
    if c.p(0.6):
        rel = Person(rel.first, pat.last, rel.g)
    rel_role = c.L({"f": "Tochter", "m": "Sohn"}, {"f": "fille", "m": "fils"}, {"f": "figlia", "m": "figlio"},
                   {"f": "daughter", "m": "son"})[rel.g]
    doc1, doc2, gp = c.person(), c.person(), c.person()
    adm = c.rand_date(2025, 2025)
    dis = adm + timedelta(days=r.randint(3, 15))
    letter_style = c.L(["d.m.Y", "D. Mon Y"], ["d/m/Y", "D Mon Y"], ["d/m/Y", "D Mon Y"],
                       ["d/m/Y", "D Mon Y"] if c.region != "US" else ["m/d/Y", "Mon D, Y"])

    def f(d: date) -> str:
        return c.fmt_date(d, letter_style)

    hosp = c.L(["Kantonsspital – Departement Innere Medizin", "Spital Limmattal – Medizinische Klinik"]
               if c.region == "CH" else
               ["Klinikum Nord – Klinik für Innere Medizin II", "Kreiskrankenhaus St. Elisabeth – Kardiologie",
                "Universitätsklinikum – Klinik für Neurologie", "Klinik Favoriten – Abteilung für Innere Medizin"],
               ["Hôpital cantonal – Service de médecine", "Hôpital de la Tour – Cardiologie"]
               if c.region == "CH" else
               ["Centre Hospitalier Régional – Service de cardiologie", "Hôpital Georges-Pompidou – Médecine interne",
                "Clinique Saint-Luc – Neurologie", "Centre Hospitalier de Luxembourg – Neurologie"],
               ["Azienda Ospedaliera – U.O. Medicina Interna", "Ospedale San Raffaele – Cardiologia",
                "Policlinico Agostino Gemelli – Neurologia", "Ospedale Regionale – Servizio di medicina"],
               ["Royal Infirmary – Acute Medical Unit", "St Mary's Hospital – Cardiology",
                "Mercy General Hospital – Internal Medicine", "Princess Alexandra Hospital – Neurology"])
    dx = c.D([("Morbus Parkinson, Hoehn & Yahr Stadium 3", "G20.1"), ("Hashimoto-Thyreoiditis", "E06.3"),
              ("Morbus Crohn des Ileums", "K50.0"), ("NSTEMI", "I21.4"), ("Guillain-Barré-Syndrom", "G61.0"),
              ("Pneumonie (CURB-65: 2)", "J18.9")],
             [("Maladie de Parkinson", "G20"), ("Thyroïdite de Hashimoto", "E06.3"),
              ("Maladie de Crohn iléale", "K50.0"),
              ("Infarctus du myocarde sans sus-décalage", "I21.4"), ("Syndrome de Guillain-Barré", "G61.0"),
              ("Pneumopathie, score de Fine III", "J18.9")],
             [("Morbo di Parkinson", "G20"), ("Tiroidite di Hashimoto", "E06.3"), ("Morbo di Crohn ileale", "K50.0"),
              ("NSTEMI", "I21.4"), ("Sindrome di Guillain-Barré", "G61.0"), ("Polmonite, CURB-65 2", "J18.9")],
             [("Parkinson's disease", "G20"), ("Hashimoto's thyroiditis", "E06.3"), ("Crohn's disease (terminal ileum)",
                                                                                     "K50.0"),
              ("NSTEMI", "I21.4"), ("Guillain-Barré syndrome", "G61.0"), ("Community-acquired pneumonia, CURB-65 2",
                                                                         "J18.9")])
    dx2 = c.D(["arterielle Hypertonie", "Diabetes mellitus Typ 2", "Vorhofflimmern (CHA2DS2-VASc 4)"],
              ["HTA", "diabète de type 2", "fibrillation atriale (CHA2DS2-VASc 4)"],
              ["ipertensione arteriosa", "diabete mellito tipo 2", "fibrillazione atriale (CHA2DS2-VASc 4)"],
              ["hypertension", "type 2 diabetes", "atrial fibrillation (CHA2DS2-VASc 4)"])
    meds = c.D(["Ramipril 5 mg 1-0-0", "Bisoprolol 2,5 mg 1-0-0", "Atorvastatin 40 mg 0-0-1",
                "Pantoprazol 40 mg 1-0-0", "L-Thyroxin 75 µg 1-0-0", "Levodopa/Benserazid 100/25 mg 1-1-1",
                "Apixaban 5 mg 1-0-1"],
               ["Ramipril 5 mg : 1 cp le matin", "Bisoprolol 2,5 mg : 1 cp le matin",
                "Atorvastatine 40 mg : 1 cp le soir", "Pantoprazole 40 mg : 1 cp à jeun",
                "Lévothyroxine 75 µg : 1 cp le matin", "Lévodopa/bensérazide 100/25 mg : 1 gél. x 3/j",
                "Apixaban 5 mg : 1 cp matin et soir"],
               ["Ramipril 5 mg 1 cp ore 8", "Bisoprololo 2,5 mg 1 cp ore 8", "Atorvastatina 40 mg 1 cp ore 20",
                "Pantoprazolo 40 mg 1 cp a digiuno", "Levotiroxina 75 mcg 1 cp a digiuno",
                "Levodopa/benserazide 100/25 mg 1 cp x 3", "Apixaban 5 mg 1 cp x 2"],
               ["Ramipril 5 mg once daily (morning)", "Bisoprolol 2.5 mg once daily", "Atorvastatin 40 mg at night",
                "Omeprazole 20 mg once daily", "Levothyroxine 75 micrograms once daily",
                "Co-beneldopa 25/100 mg three times a day", "Apixaban 5 mg twice daily"])
    haddr = c.address(block=c.p(0.5))
    htown = c.town
    ward_ph, switch = c.phone(mobile=False, area=htown[2]), c.phone(mobile=False, area=htown[2])
    clinic_ph = c.phone(mobile=False, area=htown[2])
    case_no = f"{r.randint(2025000000, 2025999999)}"
    ask = c.D(
        ["Kannst du mir diesen Arztbrief meines Vaters in einfacher Sprache erklären? Was bedeuten die Diagnosen?",
         "Das ist der Entlassbrief von meiner Mutter. Was muss ich bei den Medikamenten beachten?"],
        ["Peux-tu m'expliquer simplement cette lettre de sortie de mon père ? Que veulent dire les diagnostics ?",
         "Voici la lettre de liaison de ma mère après son hospitalisation. Qu'est-ce que je dois surveiller ?"],
        ["Mi spieghi in parole semplici questa lettera di dimissione di mio padre? Cosa significano le diagnosi?",
         "Questa è la lettera di dimissione di mia madre. A cosa devo stare attenta con i farmaci?"],
        ["Could you explain this discharge summary for my dad in plain English? What do the diagnoses mean?",
         "This is my mum's discharge letter. What should I watch out for with her meds?"])[ask_i]
    d1, dc1 = r.sample(dx, 2)
    if c.lang == "de":
        body = [hosp, haddr, f"Station 4B: {ward_ph} · Zentrale: {switch} · Fax: {c.phone(mobile=False)}", "",
                f"{c.title(gp)}n" if gp.g == "m" else "Frau",
                f"Dr. med. {c.P(gp, 'fl')}", f"Hausarztpraxis {gp.last}", c.address(block=True), "",
                f"{htown[1]}, {f(dis)}", "",
                f"Entlassungsbericht – Fall-Nr. {case_no}",
                f"Patient{'in' if pat.g == 'f' else ''}: {c.P(pat, c.ch('lf', 'fl', 'L,F'))}, geb. {c.dob(d=b)}, "
                f"wohnhaft {c.address()}",
                f"Stationärer Aufenthalt vom {f(adm)} bis {f(dis)}", "",
                f"Sehr geehrte{'r Herr' if gp.g == 'm' else ' Frau'} Kolleg{'e' if gp.g == 'm' else 'in'} "
                f"{c.P(gp, 'l')},",
                f"wir berichten über {'Herrn' if pat.g == 'm' else 'Frau'} {c.P(pat, 'l')}, "
                f"{'der' if pat.g == 'm' else 'die'} sich bei uns in stationärer Behandlung befand.", "",
                "Diagnosen:", f"1. {d1[0]} ({d1[1]})", f"2. {dc1[0]} ({dc1[1]})", f"3. {r.choice(dx2)}", "",
                f"Verlauf: Aufnahme über die Notaufnahme. {c.P(pat, 'l')}s Zustand besserte sich unter Therapie rasch. "
                f"Die Angehörigen ({rel_role} {c.P(rel, 'fl')}, {c.phone(mobile=True)}) wurden informiert.",
                "", "Medikation bei Entlassung:", *[f"- {x}" for x in r.sample(meds, 4)], "",
                f"Procedere: Kontrolle beim Hausarzt in 7 Tagen; Wiedervorstellung in unserer Ambulanz am "
                f"{f(dis + timedelta(days=30))} (Anmeldung {clinic_ph}).", "",
                "Mit freundlichen kollegialen Grüßen", "",
                f"Prof. Dr. med. {c.P(doc1, 'il')}, Chefarzt · Dr. med. {c.P(doc2, 'fl')}, "
                f"{'Oberärztin' if doc2.g == 'f' else 'Oberarzt'}"]
    elif c.lang == "fr":
        body = [hosp, haddr, f"Secrétariat : {ward_ph} · Standard : {switch}", "",
                f"Docteur {c.P(gp, c.ch('fl', 'fL'))}", c.address(block=True, upper=c.p(0.3)), "",
                f"{htown[1]}, le {f(dis)}", "",
                f"LETTRE DE LIAISON À LA SORTIE — IPP {case_no}",
                f"Patient{'e' if pat.g == 'f' else ''} : {c.title(pat)} {c.P(pat, c.ch('LF', 'fL', 'fl'))}, "
                f"né{'e' if pat.g == 'f' else ''} le {c.dob(d=b)}",
                f"Adresse : {c.address()}",
                f"Hospitalisation du {f(adm)} au {f(dis)}", "",
                "Cher confrère,",
                f"Votre patient{'e' if pat.g == 'f' else ''} {c.title(pat)} {c.P(pat, 'l')} a été hospitalisé"
                f"{'e' if pat.g == 'f' else ''} dans notre service.", "",
                "Diagnostic principal :", f"- {d1[0]} ({d1[1]})", "Comorbidités :", f"- {dc1[0]}", f"- {r.choice(dx2)}",
                "", f"Évolution : favorable. Personne de confiance : {c.P(rel, 'fl')}, {c.phone(mobile=True)}.", "",
                "Traitement de sortie :", *[f"- {x}" for x in r.sample(meds, 4)], "",
                f"Suivi : consultation le {f(dis + timedelta(days=30))} (prise de RDV : {clinic_ph}).",
                "", "Bien confraternellement,",
                f"Dr {c.P(doc2, 'fl')}, praticien hospitalier — Pr {c.P(doc1, 'il')}, chef de service"]
    elif c.lang == "it":
        body = [hosp, haddr, f"Reparto: {ward_ph} – Centralino: {switch}", "",
                f"Egregio Dott. {c.P(gp, 'fl')}" if gp.g == "m" else f"Gentile Dott.ssa {c.P(gp, 'fl')}",
                c.address(), "",
                f"LETTERA DI DIMISSIONE – Nosologico n. {case_no}",
                f"Paziente: {c.P(pat, c.ch('LF', 'fl', 'lf'))}, nat{'a' if pat.g == 'f' else 'o'} a "
                f"{c.ch('Palermo', 'Torino', 'Cosenza', 'Udine', 'Lugano')} il {c.dob(d=b)}",
                f"Residenza: {c.address()}",
                f"Ricovero dal {f(adm)} al {f(dis)}", "",
                "Diagnosi di dimissione:", f"- {d1[0]} ({d1[1]})", f"- {dc1[0]}", f"- {r.choice(dx2)}", "",
                f"Decorso: regolare. Il familiare di riferimento ({c.P(rel, 'fl')}, cell. {c.phone(mobile=True)}) è "
                "stato informato.", "", "Terapia consigliata:", *[f"- {x}" for x in r.sample(meds, 4)], "",
                f"Controllo ambulatoriale il {f(dis + timedelta(days=30))} (prenotazioni {clinic_ph}, "
                f"CUP {c.hotline()}).", "",
                f"Il medico: {'Dott.ssa' if doc2.g == 'f' else 'Dott.'} {c.P(doc2, 'fl')} — Il Direttore: "
                f"Prof. {c.P(doc1, 'il')}"]
    else:
        idn = {"GB": f"NHS No. {c.digits(3)} {c.digits(3)} {c.digits(4)}", "IE": f"MRN {c.digits(7)}",
               "US": f"MRN {c.digits(8)}", "CA": f"Health card {c.digits(4)}-{c.digits(3)}-{c.digits(3)}",
               "AU": f"Medicare {c.digits(4)} {c.digits(5)} {c.digits(1)}",
               "NZ": f"NHI {c.ch('ZAB', 'ZCD', 'ABC')}{c.digits(4)}"}
        body = [hosp, haddr, f"Ward: {ward_ph} · Switchboard: {switch}", "",
                "DISCHARGE SUMMARY",
                f"Patient: {c.P(pat, c.ch('L,F', 'fl', 'LF'))}   DOB: {c.dob(d=b)}   {idn[c.region]}",
                f"Address: {c.address()}",
                f"GP: Dr {c.P(gp, 'fl')}, {c.address()}",
                f"Admitted: {f(adm)}   Discharged: {f(dis)}", "",
                "Diagnoses:", f"1. {d1[0]} ({d1[1]})", f"2. {dc1[0]}", f"3. {r.choice(dx2)}", "",
                f"Course: improved on treatment. Next of kin: {c.P(rel, 'fl')} ({rel_role}), "
                f"{c.phone(mobile=True)}.", "",
                "Discharge medications:", *[f"- {x}" for x in r.sample(meds, 4)], "",
                f"Follow-up: clinic on {f(dis + timedelta(days=30))} (bookings {clinic_ph}).", "",
                f"Dr {c.P(doc2, 'fl')}, {c.ch('FY2', 'Registrar', 'Resident')} · for Dr {c.P(doc1, 'il')}, Consultant"]
    return ask + "\n\n" + "\n".join(body)


def _spell_email(lang: str, em: str) -> str:
    at = {"de": "at", "fr": "arobase", "it": "chiocciola", "en": "at"}[lang]
    dot = {"de": "punkt", "fr": "point", "it": "punto", "en": "dot"}[lang]
    local, _, dom = em.partition("@")
    return f"{local.replace('.', f' {dot} ')} {at} {dom.replace('.', f' {dot} ')}"


def t_transcript(c: Ctx) -> str:
    r = c.rng
    call = c.p(0.4)
    speakers = [c.person() for _ in range(r.randint(3, 4))]
    t = r.randint(2, 40)
    short_h = c.p(0.5)

    def ts() -> str:
        nonlocal t
        t += r.randint(4, 50)
        h = f"{t // 3600}" if short_h else f"{t // 3600:02d}"
        return f"{h}:{t // 60 % 60:02d}:{t % 60:02d}"

    style = r.randint(0, 2)
    extern = c.L(" (Extern)", " (Invité)", " (Ospite)", " (Guest)")

    def label(p: Person, ext: bool = False) -> str:
        if style == 0:
            return f"{c.P(p, 'fl')}{extern if ext else ''}   {ts()}"
        if style == 1:
            return f"[{ts()}] {c.P(p, 'lf')}{extern if ext else ''}:"
        return f"{ts()} {c.P(p, 'fl')}:"

    lines: list[str] = []
    if not call:
        a, b, cc = speakers[0], speakers[1], speakers[2]
        dial = f"{c.phone_raw(mobile=False, intl=True)},,{c.digits(9)}#"
        title = c.L(["Jour fixe Umbau Filiale Nord", "Projekt Umzug Lager", "Abstimmung Sommerfest"],
                    ["Point hebdo travaux agence Nord", "Projet déménagement entrepôt",
                     "Préparation fête du personnel"],
                    ["Punto settimanale lavori filiale", "Progetto trasloco magazzino", "Organizzazione festa estiva"],
                    ["Weekly sync – store refit", "Warehouse move project", "Summer party planning"])
        att = ", ".join([c.P(a, "fl"), c.P(b, "lf") + extern, c.P(cc, "fl")])
        lines += [c.L(f"Besprechung „{title}“ – aufgezeichnet am {c.pdate(2025, 2025)}",
                      f"Réunion « {title} » – enregistrée le {c.pdate(2025, 2025)}",
                      f"Riunione «{title}» – registrata il {c.pdate(2025, 2025)}",
                      f"Meeting \"{title}\" – recorded {c.pdate(2025, 2025)}"),
                  c.L(f"Einwahl per Telefon: {dial} (Konferenz-ID {c.digits(3)} {c.digits(3)} {c.digits(3)}#)",
                      f"Rejoindre par téléphone : {dial} (ID de conférence {c.digits(3)} {c.digits(3)} {c.digits(3)}#)",
                      f"Partecipa per telefono: {dial} (ID conferenza {c.digits(3)} {c.digits(3)} {c.digits(3)}#)",
                      f"Dial in: {dial} (Conference ID {c.digits(3)} {c.digits(3)} {c.digits(3)}#)"),
                  c.L(f"Teilnehmende: {att}", f"Participants : {att}", f"Partecipanti: {att}", f"Attendees: {att}"),
                  ""]
        handy = c.person(kind=c.ch("home", "special"))
        hph = c.phone(mobile=True)
        deliv = c.address(sep=", ")
        spelled = m("EMAIL", _spell_email(c.lang, c.email_raw(a)))
        turns = c.D(
            [(a, "Guten Morgen zusammen, ähm, hört ihr mich? Okay. Kurz zum Stand."),
             (b, f"Ja, hallo. Also der Elektriker, der Herr {c.P(handy, 'l')}, kommt Donnerstag. "
                 f"Seine Nummer ist {hph}, "
                 "falls jemand früher was braucht."),
             (cc, f"Super. Die Lieferadresse ist jetzt {deliv}, nicht mehr die alte."),
             (a, f"{c.P(b, 'f')}, schickst du mir das Angebot noch mal? Meine Adresse ist {spelled}."),
             (b, "Mach ich. Und, äh, die Rechnung 2025-0412 ist noch offen, 3.480 Euro."),
             (cc, f"Ich hab mit {c.P(c.person(), 'fl')} von der Hausverwaltung telefoniert, das passt so."),
             (a, "Gut, dann machen wir Schluss. Danke euch!")],
            [(a, "Bonjour à tous, euh, vous m'entendez ? OK. Rapide point."),
             (b, f"Oui, bonjour. Alors l'électricien, M. {c.P(handy, 'l')}, passe jeudi. Son numéro c'est {hph}, "
                 "si besoin avant."),
             (cc, f"Parfait. L'adresse de livraison c'est maintenant {deliv}, plus l'ancienne."),
             (a, f"{c.P(b, 'f')}, tu peux me renvoyer le devis ? Mon adresse c'est {spelled}."),
             (b, "Je fais ça. Et, euh, la facture 2025-0412 est toujours impayée, 3 480 euros."),
             (cc, f"J'ai eu {c.P(c.person(), 'fl')} du syndic au téléphone, c'est bon pour eux."),
             (a, "Bon, on s'arrête là. Merci à tous !")],
            [(a, "Buongiorno a tutti, ehm, mi sentite? Ok. Facciamo il punto."),
             (b, f"Sì, ciao. Allora l'elettricista, il signor {c.P(handy, 'l')}, viene giovedì. Il suo numero è {hph}, "
                 "se serve prima."),
             (cc, f"Perfetto. L'indirizzo di consegna adesso è {deliv}, non più quello vecchio."),
             (a, f"{c.P(b, 'f')}, mi rimandi il preventivo? La mia mail è {spelled}."),
             (b, "Va bene. E, ehm, la fattura 2025-0412 è ancora aperta, 3.480 euro."),
             (cc, f"Ho sentito {c.P(c.person(), 'fl')} dell'amministrazione, per loro va bene."),
             (a, "Ok, chiudiamo qui. Grazie!")],
            [(a, "Morning all, um, can you hear me? OK. Quick update."),
             (b, f"Yeah, hi. So the electrician, Mr {c.P(handy, 'l')}, is coming Thursday. His number's {hph} if "
                 "anyone needs him earlier."),
             (cc, f"Great. The delivery address is now {deliv}, not the old one."),
             (a, f"{c.P(b, 'f')}, can you resend the quote? My email is {spelled}."),
             (b, "Will do. And, uh, invoice 2025-0412 is still outstanding, 3,480."),
             (cc, f"I spoke to {c.P(c.person(), 'fl')} from the building manager, they're fine with it."),
             (a, "OK, let's wrap up. Thanks everyone!")])
        for sp, txt in turns:
            lab = label(sp, sp is b)
            lines.append(f"{lab}\n{txt}\n" if style == 0 else f"{lab} {txt}")
    else:
        agent, cust = speakers[0], speakers[1]
        init = next((ch for ch in agent.last if ch.isupper()), agent.last[0].upper())
        alab = c.P(agent, c.ch("f", "il")) if c.p(0.5) else m("PERSON", f"{agent.first} {init}.")
        company = c.L("Stadtwerke", "Énergie Plus", "Luce&Gas Italia", "Northern Power")
        cb = c.dob_date(20, 85)
        dob_s = m("DOB", c.fmt_date(cb, c.ch("D. Mon Y", "d.m.Y") if c.lang == "de" else None))
        ib = c.iban() if c.region not in ("US", "CA", "AU", "NZ") else ""
        pay_en = f"from {ib}" if ib else f"from my card, it's {c.card(c.ch('g', 'c'))}"
        ph = c.phone()
        ad = c.address()
        lines.append(c.L(
            f"Transkript Hotline {company} ({c.hotline()}), Anruf vom {c.pdate(2025, 2025)}, "
            f"Agent{'in' if agent.g == 'f' else ''}: {alab}",
            f"Transcription appel service client {company} ({c.hotline()}), {c.pdate(2025, 2025)}, "
            f"conseiller·e : {alab}",
            f"Trascrizione chiamata servizio clienti {company} ({c.hotline()}), {c.pdate(2025, 2025)}, "
            f"operatore: {alab}",
            f"Call transcript – {company} customer line ({c.hotline()}), {c.pdate(2025, 2025)}, agent: {alab}"))
        lines.append("")
        turns2 = c.D(
            [("A", f"{company}, mein Name ist {c.P(agent, 'f')}, was kann ich für Sie tun?"),
             ("K", f"Ja, hallo, {c.P(cust, 'fl')} hier, ich bin umgezogen und wollte das melden."),
             ("A", "Gerne. Zur Verifizierung bräuchte ich Ihr Geburtsdatum."),
             ("K", f"Das ist der {dob_s}."),
             ("A", "Danke. Und die neue Anschrift?"), ("K", f"{ad}."),
             ("A", f"Und Ihre Telefonnummer ist noch die {ph}?"), ("K", "Ja, genau."),
             ("K", f"Die Abbuchung bitte ab jetzt von {ib}."),
             ("A", "Habe ich geändert. Kundennummer bleibt 4471-220. Schönen Tag noch!")],
            [("A", f"{company}, {c.P(agent, 'f')} à votre écoute, que puis-je faire pour vous ?"),
             ("C", f"Oui bonjour, {c.P(cust, 'fl')}, j'ai déménagé et je voulais vous le signaler."),
             ("A", "Très bien. Pour vérification, votre date de naissance ?"),
             ("C", f"Le {dob_s}."), ("A", "Merci. Et la nouvelle adresse ?"), ("C", f"{ad}."),
             ("A", f"Votre numéro c'est toujours le {ph} ?"), ("C", "Oui c'est ça."),
             ("C", f"Et les prélèvements sur ce compte désormais : {ib}."),
             ("A", "C'est noté. Votre numéro client reste 4471-220. Bonne journée !")],
            [("O", f"{company}, sono {c.P(agent, 'f')}, come posso aiutarla?"),
             ("C", f"Sì buongiorno, sono {c.P(cust, 'fl')}, mi sono trasferit{'a' if cust.g == 'f' else 'o'} e volevo "
                   "comunicarlo."),
             ("O", "Certo. Per la verifica mi serve la data di nascita."), ("C", f"{dob_s}."),
             ("O", "Grazie. Il nuovo indirizzo?"), ("C", f"{ad}."),
             ("O", f"Il numero è sempre il {ph}?"), ("C", "Sì, esatto."),
             ("C", f"E l'addebito d'ora in poi su questo IBAN: {ib}."),
             ("O", "Fatto. Il codice cliente resta 4471-220. Buona giornata!")],
            [("A", f"{company}, you're speaking to {c.P(agent, 'f')}, how can I help?"),
             ("C", f"Hi, it's {c.P(cust, 'fl')}, I've moved house and wanted to let you know."),
             ("A", "No problem. For security, can I take your date of birth?"), ("C", f"It's {dob_s}."),
             ("A", "Thanks. And the new address?"), ("C", f"{ad}."),
             ("A", f"Is your number still {ph}?"), ("C", "Yes, that's right."),
             ("C", f"And please take the payments {pay_en} from now on."),
             ("A", "Done. Your account number stays 4471-220. Have a good day!")])
        for who, txt in turns2:
            p = agent if who in ("A", "O") else cust
            lines.append(f"{label(p)} {txt}" if style else f"{label(p)}\n{txt}\n")
    ask = c.L(
        ["Fasse das Transkript zusammen und liste die To-dos mit Verantwortlichen auf:",
         "Kannst du aus dem automatischen Transkript ein kurzes Protokoll machen?"],
        ["Résume cette transcription et liste les actions avec les responsables :",
         "Tu peux faire un compte rendu court à partir de cette transcription automatique ?"],
        ["Riassumi la trascrizione ed elenca le azioni con i responsabili:",
         "Mi fai un breve verbale da questa trascrizione automatica?"],
        ["Summarise this transcript and list the action items with owners:",
         "Can you write short minutes from this auto-generated transcript?"])
    return ask + "\n\n" + "\n".join(lines)


def t_dunning(c: Ctx) -> str:
    r = c.rng
    debtor = c.person()
    clerk = c.person()
    b = c.dob_date(19, 80)
    agency = c.L(["Creditreform Inkasso Süd GmbH", "Pro Collect Forderungsmanagement GmbH", "Inkassobüro Adler KG"],
                 ["Recouvrement Atlantique SAS", "Cabinet Juris-Créances", "Intrum Recouvrement Est"],
                 ["Studio Legale Ferrante & Associati", "Gestione Crediti Nord S.r.l.", "Recupero Crediti Adriatico"],
                 ["Summit Collection Services, Inc.", "Midland Credit Recovery, LLC"] if c.region == "US" else
                 ["Apex Credit Management Ltd", "Lowell Recoveries", "Northgate Debt Recovery Ltd"])
    adom = slug(agency.split()[0] + agency.split()[1]) + {"DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr",
                                                          "BE": ".be", "LU": ".lu", "IT": ".it", "GB": ".co.uk",
                                                          "IE": ".ie", "US": ".com", "CA": ".ca", "AU": ".com.au",
                                                          "NZ": ".co.nz"}[c.region]
    creditor = c.L(["FitLife Studios GmbH", "Telefonica Germany", "Versandhaus Berger", "Zahnarztpraxis am Markt"],
                   ["Salle Forme+ SARL", "Opérateur Mobile Plus", "Meubles Durand SA", "Auto-école du Centre"],
                   ["Palestra Energy srl", "Telefonia Mobile SpA", "Mobilificio Conti", "Scuola Guida Stella"],
                   ["FitLife Gyms Ltd", "MobileOne Ltd", "Homestyle Furniture", "City Dental Practice"])
    ref = f"{r.randint(2023, 2025)}/{r.randint(10000, 99999)}-{c.ch('K', 'M', 'A')}"
    inv = f"R-{r.randint(2023, 2025)}-{r.randint(1000, 99999)}"
    principal, fees, costs = r.uniform(39, 890), r.choice([5.0, 7.5, 10.0]), r.uniform(40, 120)
    tot = principal + fees + costs + r.uniform(0.5, 12)

    def money(v: float) -> str:
        if c.lang == "en":
            return f"{c.cur()}{v:,.2f}"
        s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
        return (s.replace(" ", ".") if c.lang in ("de", "it") else s) + (" CHF" if c.region == "CH" else " €")

    agency_addr = c.address()
    atown = c.town
    office = c.phone(mobile=False, area=atown[2])
    fax = c.phone(mobile=False, area=atown[2])
    direct = c.phone(mobile=False, area=atown[2])
    ext = r.randint(100, 399)
    clerk_mail = c.email(clerk, adom)
    ib = c.iban()
    due = c.pdate(2025, 2025)
    blk = c.address(block=True, upper=c.lang == "fr" and c.p(0.5))
    name_style = "FL" if c.lang == "fr" and c.p(0.4) else c.ch("fl", "fl", "fL")
    note = ""
    if c.p(0.35):
        note = c.L(f"\n\nMeine Notiz: Ich hab den Vertrag am {c.pdate(2024, 2024)} gekündigt und die letzte Rate mit "
                   f"meiner Karte {c.card()} bezahlt!",
                   f"\n\nMa note : j'ai résilié le {c.pdate(2024, 2024)} et payé la dernière mensualité avec ma carte "
                   f"{c.card()} !",
                   f"\n\nNota mia: ho disdetto il {c.pdate(2024, 2024)} e pagato l'ultima rata con la carta "
                   f"{c.card()}!",
                   f"\n\nMy note: I cancelled on {c.pdate(2024, 2024)} and paid the last instalment with my card "
                   f"{c.card()}!")
    ask = c.L(
        ["Ich habe diese Mahnung bekommen. Ist das seriös und was soll ich antworten?",
         "Hilf mir bitte, der Forderung unten zu widersprechen – die Rechnung war längst bezahlt:"],
        ["J'ai reçu cette mise en demeure. C'est sérieux ? Que dois-je répondre ?",
         "Aide-moi à contester ce courrier de recouvrement, la facture était déjà réglée :"],
        ["Mi è arrivata questa diffida. È una cosa seria? Come rispondo?",
         "Aiutami a contestare questo sollecito, la fattura l'avevo già pagata:"],
        ["I got this from a debt collector. Is it legit, and how should I reply?",
         "Help me dispute this – the bill was paid months ago:"])
    bailiff = "le commissaire de justice" if c.region == "FR" else "l'huissier de justice"
    if c.lang == "de":
        salut = "Sehr geehrte Frau" if debtor.g == "f" else "Sehr geehrter Herr"
        body = (f"{agency} · {agency_addr}\nTel. {office} · Durchwahl {ext} · Fax {fax} · "
                f"info@{adom} · Servicehotline {c.hotline()}\n\n{'Frau' if debtor.g == 'f' else 'Herrn'}\n"
                f"{c.P(debtor, name_style)}\n{blk}\n\nAktenzeichen: {ref}\nAuftraggeber: {creditor}\n"
                f"Ihr Geburtsdatum lt. Auftraggeber: {m('DOB', c.fmt_date(b))}\n{atown[1]}, {c.pdate(2025, 2025)}\n\n"
                f"LETZTE MAHNUNG VOR EINLEITUNG DES GERICHTLICHEN MAHNVERFAHRENS\n\n{salut} {c.P(debtor, 'l')},\n\n"
                f"trotz Zahlungserinnerung unseres Mandanten ist folgende Forderung offen:\n"
                f"Hauptforderung (Rechnung {inv} vom {c.pdate(2024, 2025)})   {money(principal)}\n"
                f"Mahngebühren   {money(fees)}\nInkassokosten   {money(costs)}\nGesamt   {money(tot)}\n\n"
                f"Bitte überweisen Sie den Gesamtbetrag bis {due} auf unser Konto IBAN {ib}, BIC "
                f"{c.ch('COBADEFFXXX', 'DEUTDEDBXXX', 'GENODEM1GLS')}, Verwendungszweck {ref}.\n"
                f"Andernfalls erfolgt ein Eintrag bei der SCHUFA.\n\nIhr{'e' if clerk.g == 'f' else ''} "
                f"Sachbearbeiter{'in' if clerk.g == 'f' else ''}: "
                f"{c.P(clerk, c.ch('fl', 'il'))}, Tel. {office} (Durchwahl {ext}), {clerk_mail}\n\n"
                f"Mit freundlichen Grüßen\n{agency}")
    elif c.lang == "fr":
        civ = "Madame" if debtor.g == "f" else "Monsieur"
        body = (f"{agency} — {agency_addr}\nTél. : {office} (poste {ext}) — contact@{adom} — n° vert {c.hotline()}\n\n"
                f"{c.title(debtor).upper() if c.p(0.5) else c.title(debtor)} {c.P(debtor, name_style)}\n{blk}\n\n"
                f"Réf. dossier : {ref} — Créancier : {creditor}\nDate de naissance du débiteur : "
                f"{m('DOB', c.fmt_date(b))}\n"
                f"Lettre recommandée avec AR n° 1A {c.digits(3)} {c.digits(3)} {c.digits(4)} {c.digits(1)}\n"
                f"{atown[1]}, le {c.pdate(2025, 2025)}\n\nObjet : MISE EN DEMEURE DE PAYER\n\n{civ},\n\n"
                f"Malgré nos relances, vous restez redevable envers notre client de la somme de {money(tot)} "
                f"(facture {inv} : {money(principal)} ; frais : {money(fees + costs)}).\n"
                f"Nous vous mettons en demeure de régler cette somme avant le {due} par virement sur le compte "
                f"IBAN {ib} en rappelant la référence {ref}.\nÀ défaut, nous saisirons {bailiff}.\n\n"
                f"Votre gestionnaire : {c.P(clerk, 'fl')} — ligne directe {direct} — {clerk_mail}\n\n"
                f"Veuillez agréer, {civ}, nos salutations distinguées.")
    elif c.lang == "it":
        lawyer = c.person()
        pec = m("EMAIL", f"{slug(lawyer.first)}.{slug(lawyer.last)}@pec.{c.ch('ordineavvocati.it', 'legalmail.it')}")
        body = (f"{agency}\n{agency_addr}\nTel. {office} (interno {ext}) – info@{adom} – numero verde {c.hotline()}\n"
                f"PEC: {pec}\n\nRACCOMANDATA A/R\n\nSpett.le\n{c.title(debtor)} {c.P(debtor, name_style)}\n{blk}\n\n"
                f"Rif. pratica: {ref} – Creditore: {creditor}\n"
                f"Debitore nat{'a' if debtor.g == 'f' else 'o'} il {m('DOB', c.fmt_date(b))}\n"
                f"{atown[1]}, {c.pdate(2025, 2025)}\n\nOggetto: DIFFIDA AD ADEMPIERE E COSTITUZIONE IN MORA\n\n"
                f"Egregi{'a' if debtor.g == 'f' else 'o'} {c.title(debtor)} {c.P(debtor, 'l')},\n"
                f"in nome e per conto del nostro assistito La invitiamo a corrispondere l'importo di {money(tot)} "
                f"(fattura {inv}: {money(principal)}; spese: {money(fees + costs)}) entro il {due} mediante "
                f"bonifico sul conto IBAN {ib}, causale «{ref}».\nIn difetto procederemo per le vie legali "
                f"senza ulteriore avviso.\n\nReferente pratica: {c.P(clerk, 'fl')}, tel. {direct}, "
                f"{clerk_mail}\n\nAvv. {c.P(lawyer, c.ch('fl', 'il'))}")
    else:
        t = c.title(debtor)
        body = (f"{agency}\n{agency_addr}\nTel {office} ext. {ext} · accounts@{adom} · Freephone {c.hotline()}\n\n"
                f"{t} {c.P(debtor, name_style)}\n{blk}\n\nOur ref: {ref}   Original creditor: {creditor}\n"
                f"Date of birth on file: {m('DOB', c.fmt_date(b))}\nDate: {c.pdate(2025, 2025)}\n\n"
                + (c.ch("LETTER BEFORE CLAIM", "FINAL NOTICE BEFORE LEGAL ACTION")
                   if c.region in ("GB", "IE", "AU", "NZ")
                   else "NOTICE OF DEBT – This is an attempt to collect a debt.")
                + f"\n\nDear {t} {c.P(debtor, 'l')},\n\nOur records show a balance of {money(tot)} (invoice {inv}: "
                f"{money(principal)}; charges {money(fees + costs)}) is outstanding. Please pay by {due}"
                + (f" to IBAN {ib}, quoting {ref}." if c.region in ("GB", "IE") else
                   f" by calling us or online at pay.{adom} (account {c.digits(8)}).")
                + f"\nIf you dispute this debt, contact your case handler {c.P(clerk, 'fl')} on "
                f"{direct} or {clerk_mail} within 30 days.\n\nYours sincerely,\nCollections Team")
    return ask + "\n\n" + body + note


def t_flatshare(c: Ctx) -> str:
    r = c.rng
    f1, f2 = c.person(kind="home"), c.person()
    a1, a2 = r.randint(21, 34), r.randint(21, 38)
    pet = c.ch("Mogli", "Pistache", "Pepe", "Biscuit", "Frieda", "Tofu", "Luna")
    em = c.email(f1)
    ph = c.phone(mobile=True)
    ad = c.address(sep=", ")
    bell = c.P(f1, "l")
    near = c.L(["Nähe Rosa-Luxemburg-Platz", "5 Min. zur Karl-Liebknecht-Straße", "direkt am Goetheplatz"],
               ["près du métro Victor Hugo", "à 5 min de la place Jean-Jaurès", "quartier Gambetta"],
               ["vicino a Piazza Garibaldi", "a 5 minuti da Corso Vittorio Emanuele", "zona Porta Venezia"],
               ["near Victoria Park", "5 min from King George Square", "close to Albert Road shops"]
               if c.region not in ("US", "CA") else
               ["near the Blue Line", "5 min from Lincoln Park", "walking distance to campus"])
    us = c.region in ("US", "CA")
    ad_text = c.L(
        f"Zimmer frei in 3er-WG! 16 m², {r.randint(380, 690)} € warm, ab {c.pdate(2025, 2025)}, {near}.\n"
        f"Wir: {c.P(f1, 'f')} ({a1}, Pflege) und {c.P(f2, 'f')} ({a2}, irgendwas mit Medien), plus Kater {pet}.\n"
        f"Besichtigung Do ab 18 Uhr: {ad} – Klingel: {bell}.\n"
        f"Schreibt ein paar Sätze über euch an {em} oder per Signal an {ph}. Keine Anrufe bitte!",
        f"Chambre dispo en coloc ! 12 m², {r.randint(380, 690)} € CC, libre le {c.pdate(2025, 2025)}, {near}.\n"
        f"Nous : {c.P(f1, 'f')} ({a1} ans, {'infirmière' if f1.g == 'f' else 'infirmier'}) et "
        f"{c.P(f2, 'f')} ({a2} ans, graphiste), + le chat {pet}.\n"
        f"Visites jeudi soir : {ad} (interphone {bell}).\n"
        f"Écrivez-nous quelques mots à {em} ou par SMS au {ph}.",
        f"Affittasi stanza singola in appartamento condiviso, {r.randint(350, 650)} € spese incluse, libera dal "
        f"{c.pdate(2025, 2025)}, {near}.\n"
        f"Siamo {c.P(f1, 'f')} ({a1} anni, {'infermiera' if f1.g == 'f' else 'infermiere'}) e "
        f"{c.P(f2, 'f')} ({a2}, {'grafica' if f2.g == 'f' else 'grafico'}), più il gatto {pet}.\n"
        f"Visite giovedì sera: {ad}, citofono {bell}.\n"
        f"Scriveteci due righe a {em} o su WhatsApp al {ph}.",
        (f"Roommate wanted! Private room in a 3BR apartment, {c.cur()}{r.randint(700, 1500)}/mo + utilities, "
         f"available {c.pdate(2025, 2025)}, {near}.\n" if us else
         f"Room available in friendly flatshare! Double room, {c.cur()}{r.randint(180, 1200)} "
         f"{c.ch('pcm', 'per week', 'a month')} incl. bills, from {c.pdate(2025, 2025)}, {near}.\n")
        + f"We're {c.P(f1, 'f')} ({a1}, nurse) and {c.P(f2, 'f')} ({a2}, designer), plus {pet} the cat.\n"
        f"Viewings Thursday evening at {ad} (buzzer: {bell}).\n"
        f"Message us at {em} or text {ph} – no calls please!")
    parts = [ad_text]
    replies = []
    for _ in range(r.randint(2, 3)):
        p = c.person()
        age = r.randint(19, 41)
        contact = c.phone(mobile=True) if c.p(0.6) else c.email(p)
        first = c.P(p, "f")
        low = c.p(0.3)
        txt = c.L(
            f"Hi {c.P(f1, 'f')}, hi {c.P(f2, 'f')}! Ich bin {first}, {age}, mache gerade meinen Master und suche ab "
            f"sofort was Ruhiges. Ich koche gern und bin Katzenmensch 🐈. Meine Nummer: {contact}. LG {first}",
            f"Salut {c.P(f1, 'f')} et {c.P(f2, 'f')} ! Moi c'est {first}, {age} ans, en alternance, calme et plutôt "
            f"cuisine. J'adore les chats 🐈. Vous pouvez me joindre au {contact}. Bises, {first}",
            f"Ciao {c.P(f1, 'f')} e {c.P(f2, 'f')}! Sono {first}, {age} anni, faccio la magistrale e cerco una stanza "
            f"tranquilla. Amo i gatti 🐈. Il mio contatto: {contact}. Un saluto, {first}",
            f"Hey {c.P(f1, 'f')} and {c.P(f2, 'f')}! I'm {first}, {age}, work in IT, tidy and quiet, love cats 🐈. "
            f"Best way to reach me: {contact}. Cheers, {first}")
        hdr = c.D(f"--- Nachricht von {c.P(p, c.ch('fl', 'il'))} ({c.pdate(2025, 2025)}) ---",
                  f"--- Message de {c.P(p, c.ch('fl', 'fL'))} ({c.pdate(2025, 2025)}) ---",
                  f"--- Messaggio da {c.P(p, c.ch('fl', 'lf'))} ({c.pdate(2025, 2025)}) ---",
                  f"--- Message from {c.P(p, c.ch('fl', 'il'))} ({c.pdate(2025, 2025)}) ---")
        replies.append(hdr + "\n" + (lower_keep(txt) if low else txt))
    if c.p(0.4):
        p = c.person()
        replies.append(c.L(
            f"--- Nachricht von {c.P(p, 'fl')} ---\nFalls ihr mich nehmt, hier gleich meine Daten für den "
            f"Untermietvertrag: "
            f"{c.P(p, 'fl')}, geb. {c.dob(19, 40)}, bisherige Anschrift {c.address()}.",
            f"--- Message de {c.P(p, 'fl')} ---\nSi c'est bon pour vous, voici mes infos pour le bail : "
            f"{c.P(p, 'fl')}, "
            f"né{'e' if p.g == 'f' else ''} le {c.dob(19, 40)}, adresse actuelle {c.address()}.",
            f"--- Messaggio da {c.P(p, 'fl')} ---\nSe va bene, ecco i miei dati per il contratto: {c.P(p, 'fl')}, "
            f"nat{'a' if p.g == 'f' else 'o'} il {c.dob(19, 40)}, residente in {c.address()}.",
            f"--- Message from {c.P(p, 'fl')} ---\nIf I get it, here are my details for the agreement: {c.P(p, 'fl')}, "
            f"DOB {c.dob(19, 40)}, current address {c.address()}."))
    if c.p(0.55):
        ask = c.L("Wir haben diese Antworten auf unsere WG-Anzeige bekommen. Wen sollen wir einladen? Schreib bitte "
                  "auch nette Absagen.",
                  "On a reçu ces réponses à notre annonce de coloc. Qui inviter ? Écris aussi des refus sympas.",
                  "Abbiamo ricevuto queste risposte al nostro annuncio. Chi invitiamo? Scrivi anche dei no gentili.",
                  f"We got these replies to our {'roommate' if us else 'flatshare'} ad. Who should we invite to a "
                  "viewing? Also draft kind rejections.")
        parts += replies
    else:
        me = c.person()
        ask = c.L(f"Hilf mir, auf diese WG-Anzeige zu antworten. Ich bin {c.P(me, 'f')}, 24, Azubi, erreichbar unter "
                  f"{c.phone(mobile=True)}.",
                  f"Aide-moi à répondre à cette annonce de coloc. Je suis {c.P(me, 'f')}, 24 ans, joignable au "
                  f"{c.phone(mobile=True)}.",
                  f"Aiutami a rispondere a questo annuncio. Sono {c.P(me, 'f')}, 24 anni, "
                  f"cell. {c.phone(mobile=True)}.",
                  f"Help me reply to this {'roommate' if us else 'flatshare'} ad. I'm {c.P(me, 'f')}, 24, "
                  "apprentice, my number is "
                  f"{c.phone(mobile=True)}.")
    return ask + "\n\n" + "\n\n".join(parts)


def t_genealogy(c: Ctx) -> str:
    r = c.rng
    lang = c.lang
    root_last = c.person(kind=c.ch("home", "home", "special")).last
    places = [c.town[1]] + [t[1] for t in r.sample(TOWNS[c.key], 3)]
    bsign = {"de": "*", "fr": "°", "it": "n.", "en": "b."}[lang]
    dsign = {"de": "†", "fr": "†", "it": "m.", "en": "d."}[lang]
    msign = {"de": "∞", "fr": "x", "it": "sp.", "en": "m."}[lang]
    née = {"de": "geb.", "fr": "née", "it": "nata", "en": "née"}[lang]

    def bdate(y: int, full_prob: float = 0.75) -> tuple[str, date]:
        d = date(y, r.randint(1, 12), r.randint(1, 28))
        k = r.random()
        if k < full_prob:
            style = {"de": c.ch("d.m.Y", "D.M.Y", "d.m.Y"), "fr": c.ch("d/m/Y", "D Mon Y"),
                     "it": c.ch("d/m/Y", "D Mon Y"), "en": c.ch("D Abb Y", "D Mon Y", "d-Abb-Y")}[lang]
            return m("DOB", c.fmt_date(d, style)), d
        if k < full_prob + 0.1:
            return {"de": f"um {y}", "fr": f"vers {y}", "it": f"circa {y}", "en": f"abt. {y}"}[lang], d
        if k < full_prob + 0.17:
            return f"{MONTHS[lang][d.month - 1]} {y}", d
        return str(y), d

    def pdate(d: date) -> str:
        style = {"de": "d.m.Y", "fr": "d/m/Y", "it": "d/m/Y", "en": "D Abb Y"}[lang]
        return c.fmt_date(d, style) if r.random() < 0.6 else str(d.year)

    def name(p: Person, upper_last: bool = True) -> str:
        return c.P(p, "fL" if upper_last else "fl")

    out = []
    y0 = r.randint(1838, 1880)
    pa = Person(c.person("m", kind="home").first, root_last, "m")
    ma = c.person("f", kind=c.ch("home", "home", "faker"))
    b1, d1 = bdate(y0)
    b2, _ = bdate(y0 + r.randint(-3, 6))
    wed = date(y0 + r.randint(21, 30), r.randint(1, 12), r.randint(1, 28))
    death = date(y0 + r.randint(55, 90), r.randint(1, 12), r.randint(1, 28))
    out.append(f"1. {name(pa)}")
    out.append(f"   {bsign} {b1} {places[0]}")
    if lang == "de" and c.p(0.6):
        bap = d1 + timedelta(days=r.randint(1, 6))
        out.append(f"   ~ {c.fmt_date(bap, 'd.m.Y')} (Taufe, St. Michael)")
    out.append(f"   {dsign} {pdate(death)} {places[1]}")
    out.append(f"   {msign} {pdate(wed)} {places[0]} {c.L('mit', 'avec', 'con', 'to')} {name(ma)} "
               f"({bsign} {b2} {places[2]})")
    kids_n = r.randint(2, 4)
    for k in range(kids_n):
        kg = c.ch("m", "f")
        kid = Person(c.person(kg, kind="home").first, root_last, kg)
        kb, kd = bdate(wed.year + 1 + 2 * k)
        line = f"   1.{k + 1} {name(kid, False)}, {bsign} {kb}"
        if c.p(0.6):
            sp = c.person("f" if kid.g == "m" else "m", kind=c.ch("home", "faker", "own"))
            sb, _ = bdate(kd.year + r.randint(-4, 4))
            wy = kd.year + r.randint(20, 32)
            if kid.g == "f":
                line = (f"   1.{k + 1} {c.P(Person(kid.first, sp.last, 'f'), 'fl')} {née} {c.P(kid, 'l')}, "
                        f"{bsign} {kb}, {msign} {wy} {name(sp, False)} ({bsign} {sb})")
            else:
                line += f", {msign} {wy} {name(sp, False)} ({bsign} {sb})"
            if c.p(0.5):
                gk = c.person(kind="home")
                gb, _ = bdate(wy + r.randint(1, 8), 0.85)
                gf = gk.g == "f"
                line += "\n" + c.L(f"      → {'Tochter' if gf else 'Sohn'}: {c.P(gk, 'f')}, {bsign} {gb}",
                                   f"      → {'fille' if gf else 'fils'} : {c.P(gk, 'f')}, {bsign} {gb}",
                                   f"      → {'figlia' if gf else 'figlio'}: {c.P(gk, 'f')}, {bsign} {gb}",
                                   f"      → {'daughter' if gf else 'son'}: {c.P(gk, 'f')}, {bsign} {gb}")
        out.append(line)
    src = c.L(f"Quellen: KB {places[0]} Taufen {y0} S. {r.randint(2, 200)} Nr. {r.randint(1, 80)}; Standesamt "
              f"{places[1]} Sterberegister Nr. {r.randint(1, 900)}/{death.year}",
              f"Sources : AD, registres paroissiaux de {places[0]} {y0}, vue {r.randint(2, 300)}/412 ; acte de décès "
              f"n° {r.randint(1, 900)}",
              f"Fonti: Archivio parrocchiale di {places[0]}, Liber Baptizatorum {y0}, f. {r.randint(2, 200)}; "
              f"Stato civile, atto n. {r.randint(1, 900)}",
              f"Sources: parish register {places[0]} {y0}, p. {r.randint(2, 200)}; {death.year} death cert. no. "
              f"{r.randint(1, 900)}; FamilySearch ID {c.ch('L', 'K', 'G')}{c.digits(3)}-{c.digits(3)}")
    cousin = c.person()
    fem = cousin.g == "f"
    living = c.L(
        f"Lebende Verwandte: {'Cousine' if fem else 'Cousin'} {c.P(cousin)}, {c.address()}, Tel. {c.phone()}, "
        f"{c.email(cousin)} – hat das Familienalbum. {'Ihr' if fem else 'Sein'} Vater "
        f"{c.P(Person(c.person('m', kind='home').first, cousin.last, 'm'), 'fl')} wurde am "
        f"{c.dob(60, 95, 'D. Mon Y')} geboren.",
        f"Famille vivante : {'ma cousine' if fem else 'mon cousin'} {c.P(cousin)}, {c.address()}, tél. {c.phone()}, "
        f"{c.email(cousin)} – a l'album photo. Son père est né le {c.dob(60, 95, 'D Mon Y')}.",
        f"Parenti in vita: {'mia cugina' if fem else 'mio cugino'} {c.P(cousin)}, {c.address()}, tel. {c.phone()}, "
        f"{c.email(cousin)} – ha l'album di famiglia. Suo padre è nato il {c.dob(60, 95, 'D Mon Y')}.",
        f"Living relatives: cousin {c.P(cousin)}, {c.address()}, {c.phone()}, {c.email(cousin)} – has the family "
        f"album. {'Her' if fem else 'His'} dad was born {c.dob(60, 95, 'D Mon Y')}.")
    ask = c.L(
        ["Kannst du aus meinen Ahnenforschungs-Notizen einen lesbaren Stammbaum als Fließtext machen?",
         "Hier meine Notizen zur Familie. Welche Lücken sollte ich als Nächstes im Archiv suchen?"],
        ["Peux-tu transformer mes notes de généalogie en un arbre lisible, rédigé ?",
         "Voici mes notes sur la famille. Quelles lacunes chercher en priorité aux archives ?"],
        ["Mi trasformi questi appunti di genealogia in un albero leggibile, in forma discorsiva?",
         "Ecco i miei appunti sulla famiglia. Quali lacune dovrei cercare per prime in archivio?"],
        ["Can you turn my genealogy notes into a readable family history?",
         "These are my family-tree notes. Which gaps should I chase next in the archives?"])
    head = c.L(f"Stammbaum {m('PERSON', root_last.upper())} (Stand {c.pdate(2025, 2025)})",
               f"Généalogie {m('PERSON', root_last.upper())} – branche paternelle",
               f"Albero genealogico famiglia {m('PERSON', root_last)}",
               f"{m('PERSON', root_last)} family tree – working notes")
    return ask + "\n\n" + head + "\n\n" + "\n".join(out) + "\n\n" + src + "\n" + living


_TEX = {"ä": '\\"a', "ö": '\\"o', "ü": '\\"u', "Ä": '\\"A', "Ö": '\\"O', "Ü": '\\"U', "ß": "\\ss{}",
        "é": "\\'e", "è": "\\`e", "ê": "\\^e", "ë": '\\"e', "à": "\\`a", "â": "\\^a", "ç": "\\c{c}", "ô": "\\^o",
        "î": "\\^i", "ï": '\\"i', "ù": "\\`u", "û": "\\^u", "ò": "\\`o", "ì": "\\`i", "ñ": "\\~n", "É": "\\'E",
        "ć": "\\'c", "č": "\\v{c}", "š": "\\v{s}", "ž": "\\v{z}", "ş": "\\c{s}", "ğ": "\\u{g}", "ó": "\\'o",
        "á": "\\'a", "í": "\\'i", "ú": "\\'u"}


def tex(s: str, on: bool) -> str:
    if not on:
        return s
    return "".join(_TEX.get(ch, ch) for ch in s)


def t_latex(c: Ctx) -> str:
    r = c.rng
    me = c.person()
    acc = c.p(0.3)  # old-style accent macros
    nm = m("PERSON", tex(render(me, "fl"), acc))
    l1, l2 = c.addr_parts()
    l1, l2 = tex(l1, acc), tex(l2, acc)
    town = c.town[1]
    under = c.p(0.3)
    em_raw = c.email_raw(me)
    if under and "_" not in em_raw:
        local, _, dom = em_raw.partition("@")
        if "." in local:
            em_raw = local.replace(".", "_", 1) + "@" + dom
        else:
            em_raw = local + "_" + str(r.randint(1, 9)) + "@" + dom
    em = m("EMAIL", em_raw)
    ph = c.phone()
    ib = c.iban()
    rec = c.person()
    rl1, rl2 = c.addr_parts(po=c.p(0.2))
    rec_block = m("ADDRESS", tex(rl1, acc)) + "\\\\" + m("ADDRESS", tex(rl2, acc))
    rtown = c.town[1]
    recipient_person = c.p(0.5)
    kid = c.person("f", kind="home")
    topic = r.randint(0, 2)
    old = ""
    if c.p(0.35):
        old = c.L("% alte Adresse: ", "% ancienne adresse : ", "% vecchio indirizzo: ", "% old address: ") + c.address()
    error = (f"! Missing $ inserted.\n<inserted text>\n                $\nl.{r.randint(9, 14)} "
             f"...{{{em_raw.split('@')[0][:12]}"
             if under else
             c.ch(f"! Undefined control sequence.\nl.{r.randint(15, 30)} "
                  + c.L("\\setkomavar{frombank}", "\\conc", "\\address", "\\telephone"),
                  "! LaTeX Error: Environment letter undefined.",
                  f"! Package inputenc Error: Unicode character ’ (U+2019)\n(inputenc)                not set up for "
                  f"use with LaTeX.\nl.{r.randint(20, 40)}"))
    if c.lang == "de":
        if recipient_person:
            rec_s = f"{'Herrn' if rec.g == 'm' else 'Frau'}\\\\{c.P(rec, 'fl')}\\\\Personalabteilung\\\\{rec_block}"
            opening = f"Sehr geehrte{'r Herr' if rec.g == 'm' else ' Frau'} {c.P(rec, 'l')},"
        else:
            rec_s = f"Stadtwerke {tex(rtown, acc)}\\\\Kundenservice\\\\{rec_block}"
            opening = "Sehr geehrte Damen und Herren,"
        body = [
            f"hiermit beantrage ich Elternzeit für meine Tochter {m('PERSON', tex(kid.first, acc))}, geboren am "
            f"{c.dob(0, 1, 'D. Mon Y')}, für die Zeit vom {c.pdate(2025, 2026)} bis {c.pdate(2026, 2026)}.",
            f"hiermit widerspreche ich der Jahresabrechnung vom {c.pdate(2025, 2025)} (Kundennummer "
            f"{r.randint(100000, 999999)}). Der Zählerstand am {c.pdate(2025, 2025)} betrug "
            f"{r.randint(1000, 90000)} kWh.",
            f"hiermit kündige ich meinen Vertrag Nr. {r.randint(10000, 99999)} fristgerecht zum {c.pdate(2025, 2026)}. "
            f"Bitte bestätigen Sie mir die Kündigung schriftlich an {em}."][topic]
        src = [
            "\\documentclass[paper=a4, fromalign=right, fromphone, fromemail, version=last]{scrlttr2}",
            "\\usepackage[ngerman]{babel}", "\\usepackage[T1]{fontenc}", "",
            f"\\setkomavar{{fromname}}{{{nm}}}",
            f"\\setkomavar{{fromaddress}}{{{m('ADDRESS', l1)}\\\\{m('ADDRESS', l2)}}}",
            f"\\setkomavar{{fromphone}}{{{ph}}}", f"\\setkomavar{{fromemail}}{{{em}}}",
            f"\\setkomavar{{frombank}}{{IBAN {ib}}}", f"\\setkomavar{{place}}{{{tex(town, acc)}}}",
            f"\\setkomavar{{date}}{{{c.pdate(2025, 2025)}}}",
            "\\setkomavar{subject}{"
            + ["Antrag auf Elternzeit", "Widerspruch gegen die Jahresabrechnung", "Kündigung"][topic] + "}",
            old, "", "\\begin{document}", f"\\begin{{letter}}{{{rec_s}}}", f"\\opening{{{opening}}}", "",
            body, "", "\\closing{Mit freundlichen Grüßen}", "\\end{letter}", "\\end{document}"]
        ask = c.ch("Mein LaTeX-Brief kompiliert nicht. Findest du den Fehler?",
                   "Kannst du mir sagen, warum pdflatex hier abbricht? Fehlermeldung unten.")
        err_lab = "Fehlermeldung:"
    elif c.lang == "fr":
        if recipient_person:
            rec_s = f"{'Monsieur' if rec.g == 'm' else 'Madame'} {c.P(rec, 'fL')}\\\\Service RH\\\\{rec_block}"
            opening = f"{'Monsieur' if rec.g == 'm' else 'Madame'},"
        else:
            rec_s = f"Mutuelle Avenir\\\\Service adhérents\\\\{rec_block}"
            opening = "Madame, Monsieur,"
        body = [
            f"je vous informe de mon souhait de bénéficier d'un congé parental pour ma fille "
            f"{m('PERSON', tex(kid.first, acc))}, née le {c.dob(0, 1, 'D Mon Y')}, à compter du {c.pdate(2025, 2026)}.",
            f"je conteste la facture du {c.pdate(2025, 2025)} (contrat n° {r.randint(100000, 999999)}).",
            f"je vous prie de bien vouloir résilier mon contrat n° {r.randint(10000, 99999)} au {c.pdate(2025, 2026)}. "
            f"Merci de m'adresser la confirmation à {em}."][topic]
        src = ["\\documentclass[11pt]{lettre}", "\\usepackage[french]{babel}", "\\usepackage[T1]{fontenc}", "",
               f"\\address{{{nm}\\\\{m('ADDRESS', l1)}\\\\{m('ADDRESS', l2)}}}",
               f"\\telephone{{{ph}}}", f"\\email{{{em}}}", f"\\signature{{{nm}}}",
               f"\\lieu{{{tex(town, acc)}}}", old, "", "\\begin{document}", f"\\begin{{letter}}{{{rec_s}}}",
               f"\\conc{{{['Demande de congé parental', 'Contestation de facture', 'Résiliation'][topic]}}}",
               f"\\opening{{{opening}}}", "", body, "",
               f"Mes coordonnées bancaires pour tout remboursement : IBAN {ib}." if topic else "", "",
               "\\closing{Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.}",
               "\\end{letter}", "\\end{document}"]
        ask = c.ch("Ma lettre LaTeX ne compile pas. Tu vois l'erreur ?",
                   "Pourquoi pdflatex plante sur ce fichier ? Le message d'erreur est en bas.")
        err_lab = "Erreur :"
    elif c.lang == "it":
        if recipient_person:
            rec_s = (f"Spett.le Ufficio Personale\\\\alla c.a. {'Dott.' if rec.g == 'm' else 'Dott.ssa'} "
                     f"{c.P(rec, 'fl')}\\\\{rec_block}")
            opening = f"{'Egregio Dott.' if rec.g == 'm' else 'Gentile Dott.ssa'} {c.P(rec, 'l')},"
        else:
            rec_s = f"Spett.le Condominio Le Magnolie\\\\c/o Amministrazione\\\\{rec_block}"
            opening = "Spettabile Amministrazione,"
        body = [
            f"con la presente chiedo il congedo parentale per mia figlia {m('PERSON', tex(kid.first, acc))}, nata il "
            f"{c.dob(0, 1, 'D Mon Y')}, dal {c.pdate(2025, 2026)}.",
            f"contesto il rendiconto del {c.pdate(2025, 2025)} (posizione n. {r.randint(1000, 9999)}).",
            f"con la presente recedo dal contratto n. {r.randint(10000, 99999)} con decorrenza {c.pdate(2025, 2026)}. "
            f"Vi prego di confermare a {em}."][topic]
        src = ["\\documentclass[a4paper,11pt]{letter}", "\\usepackage[italian]{babel}", "\\usepackage[T1]{fontenc}",
               "", f"\\address{{{nm}\\\\{m('ADDRESS', l1)}\\\\{m('ADDRESS', l2)}\\\\Tel. {ph}\\\\{em}}}",
               f"\\signature{{{nm}}}", f"\\date{{{tex(town, acc)}, {c.pdate(2025, 2025)}}}", old, "",
               "\\begin{document}", f"\\begin{{letter}}{{{rec_s}}}", f"\\opening{{{opening}}}", "", body, "",
               f"Coordinate bancarie: IBAN {ib}" if topic else "", "", "\\closing{Distinti saluti}", "\\end{letter}",
               "\\end{document}"]
        ask = c.ch("La mia lettera in LaTeX non compila. Trovi l'errore?",
                   "Perché pdflatex si blocca su questo file? L'errore è in fondo.")
        err_lab = "Errore:"
    else:
        if recipient_person:
            rec_s = f"{c.title(rec)} {c.P(rec, 'fl')}\\\\HR Department\\\\{rec_block}"
            opening = f"Dear {c.title(rec)} {c.P(rec, 'l')},"
        else:
            rec_s = f"Customer Services\\\\{c.ch('Northern Water', 'City Energy', 'Metro Broadband')}\\\\{rec_block}"
            opening = "Dear Sir or Madam,"
        body = [
            f"I am writing to request parental leave for my daughter {m('PERSON', tex(kid.first, acc))}, born on "
            f"{c.dob(0, 1, 'Mon D, Y' if c.region == 'US' else 'D Mon Y')}, starting {c.pdate(2025, 2026)}.",
            f"I dispute the bill dated {c.pdate(2025, 2025)} (account {r.randint(100000, 999999)}).",
            f"Please cancel my contract no. {r.randint(10000, 99999)} effective {c.pdate(2025, 2026)} and confirm "
            f"to {em}."][topic]
        src = ["\\documentclass[11pt]{letter}", "\\usepackage[T1]{fontenc}", "",
               f"\\address{{{m('ADDRESS', l1)}\\\\{m('ADDRESS', l2)}}}", f"\\telephone{{{ph}}}",
               f"\\signature{{{nm}\\\\{em}}}", old, "", "\\begin{document}", f"\\begin{{letter}}{{{rec_s}}}",
               f"\\opening{{{opening}}}", "", body, "",
               (f"Any refund can be paid to IBAN {ib}." if c.region in ("GB", "IE") else
                "Any refund can be sent by cheque to the address above.") if topic else "", "",
               "\\closing{Yours sincerely,}", "\\end{letter}", "\\end{document}"]
        ask = c.ch("My LaTeX letter won't compile. Can you spot the problem?",
                   "Why does pdflatex choke on this? Error at the bottom.")
        err_lab = "Error:"
    return ask + "\n\n```latex\n" + "\n".join(src) + "\n```\n\n" + err_lab + "\n```\n" + error + "\n```"


def t_applog(c: Ctx) -> str:
    r = c.rng
    users = [c.person() for _ in range(r.randint(2, 3))]
    lines: list[str] = []
    t0 = (r.randint(6, 20) * 3600 + r.randint(0, 3599)) * 1000
    dday = c.rand_date(2025, 2025)
    day = dday.isoformat()
    mon_en = MON_ABBR["en"][dday.month - 1]
    req = "".join(r.choice("0123456789abcdef") for _ in range(8))
    svc = c.ch("crm-sync", "member-import", "checkout", "newsletter", "booking-api")
    ver = f"{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}"

    def ts() -> str:
        nonlocal t0
        t0 += r.randint(3, 2500)
        sec = t0 // 1000
        return f"{day}T{sec // 3600 % 24:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}.{t0 % 1000:03d}Z"

    def nginx_ts() -> str:
        nonlocal t0
        t0 += r.randint(3, 2500)
        sec = t0 // 1000
        return f"{dday.day:02d}/{mon_en}/{dday.year}:{sec // 3600 % 24:02d}:{sec // 60 % 60:02d}:{sec % 60:02d} +0000"

    host = c.ch("shop.example.com", "app.internal", "portal.example.org")
    lines.append(f"{ts()} INFO  [main] {svc} v{ver} started on {host} (pid {r.randint(1000, 40000)})")
    for u in users:
        kind = r.randint(0, 3)
        uid = r.randint(10000, 99999)
        if kind == 0:
            q = "&".join([f"email={m('EMAIL', quote_plus(c.email_raw(u)))}",
                          f"name={m('PERSON', quote_plus(render(u, 'fl')))}",
                          f"phone={m('PHONE', quote_plus(c.phone_raw()))}",
                          f"plz={c.town[0]}" if c.lang == "de" else f"zip={c.town[0]}",
                          f"utm_source=newsletter&ref={r.randint(100, 999)}"])
            ip = f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            lines.append(f'{ip} - - [{nginx_ts()}] '
                         f'"GET /subscribe?{q} HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"')
        elif kind == 1:
            if c.p(0.6):
                for _ in range(8):
                    cand = c.person(kind="home")
                    if not render(cand, "fl").isascii():
                        u = cand
                        break
            b = c.dob_date(18, 80)
            first = u.first
            last = u.last
            if c.p(0.7) and not (first + last).isascii():
                first = first.encode("ascii", "backslashreplace").decode().replace("\\x", "\\u00")
                last = last.encode("ascii", "backslashreplace").decode().replace("\\x", "\\u00")
            addr1, addr2 = c.addr_parts()
            body = (f'{{"first_name": "{m("PERSON", first)}", "last_name": "{m("PERSON", last)}", '
                    f'"birth_date": "{m("DOB", b.isoformat())}", "street": "{m("ADDRESS", addr1)}", '
                    f'"city": "{m("ADDRESS", addr2)}", "email": "{c.email(u)}", "customer_id": {uid}}}')
            lines.append(f"{ts()} DEBUG [http-nio-8080-exec-{r.randint(1, 9)}] c.e.{svc.replace('-', '')}.Controller - "
                         f"req={req} "
                         f"POST /api/v2/customers body={body}")
            lines.append(f"{ts()} WARN  [http-nio-8080-exec-{r.randint(1, 9)}] c.e.{svc.replace('-', '')}.Validator - "
                         f"req={req} "
                         f"field=phone rejected value='{c.phone_raw()}' reason=\"format\"".replace(
                             "value='", "value='\x01PHONE\x02").replace("' reason", "\x03' reason"))
        elif kind == 2:
            card = c.card("c")
            lines.append(f"{ts()} WARN  [payments-{r.randint(1, 4)}] PaymentService - retrying charge order=ORD-"
                         f"{r.randint(100000, 999999)} card_number={card} "
                         f"exp={r.randint(1, 12):02d}/{r.randint(26, 30)} "
                         f"amount={r.randint(5, 400)}.{r.randint(0, 99):02d} EUR attempt=2")
            lines.append(f"{ts()} INFO  [payments-{r.randint(1, 4)}] PaymentService - masked pan="
                         f"{c.ch('411111', '545454', '400000')}******{c.digits(4)} holder={c.P(u, c.ch('FL', 'fl'))} "
                         f"status=DECLINED code=05")
        else:
            em = c.email(u)
            lines.append(f"{ts()} INFO  [mailer] SmtpSender - sent template=welcome from=noreply@{host} to={em} "
                         f"msgid=<{c.digits(10)}.{req}@{host}>")
            lines.append(f"{ts()} INFO  [mailer] SmtpSender - bounce notification from mailer-daemon@{host} "
                         f"for user_id={uid}")
    b = c.dob_date(18, 80)
    u = c.person()
    dob_s = c.fmt_date(b, c.ch("d.m.y", "d/m/y", "d.m.Y") if c.lang != "en" else c.ch("m/d/y", "d/m/y"))
    exc = c.ch("py", "java")
    if exc == "py":
        lines += ["Traceback (most recent call last):",
                  f'  File "/srv/{svc}/app/importer.py", line {r.randint(40, 400)}, in import_row',
                  "    rec = Customer.from_row(row)",
                  f'  File "/srv/{svc}/app/models.py", line {r.randint(40, 400)}, in from_row',
                  "    dob = datetime.strptime(row['dob'], '%Y-%m-%d')",
                  f"ValueError: time data '{m('DOB', dob_s)}' does not match format '%Y-%m-%d'",
                  f"row={{'id': {r.randint(1, 5000)}, 'name': '{c.P(u, c.ch('fl', 'lf'))}', "
                  f"'email': '{c.email(u)}', 'dob': '{m('DOB', dob_s)}', 'iban': '{c.iban(style='c')}'}}"]
    else:
        pkg = svc.replace("-", "")
        lines += [f"{ts()} ERROR [worker-{r.randint(1, 8)}] c.e.{pkg}.ImportJob - import failed for row "
                  f"{r.randint(2, 900)}",
                  f"java.time.format.DateTimeParseException: Text '{m('DOB', dob_s)}' could not be parsed at index 2",
                  "\tat java.base/java.time.format.DateTimeFormatter.parseResolved0(DateTimeFormatter.java:2052)",
                  f"\tat com.example.{pkg}.CustomerMapper.map(CustomerMapper.java:{r.randint(20, 200)})",
                  f"\tCaused by record: Customer{{id={r.randint(1, 9999)}, name='{c.P(u, 'fl')}', "
                  f"email='{c.email(u)}', phone='{c.phone()}', iban='{c.iban(style='c')}'}}"]
    ask = c.L(
        ["Warum schlägt der Import fehl? Hier die Logs:", "Kannst du mir erklären, was in diesen Logs schiefläuft?"],
        ["Pourquoi l'import plante ? Voici les logs :", "Tu peux m'expliquer ce qui cloche dans ces logs ?"],
        ["Perché fallisce l'import? Ecco i log:", "Mi spieghi cosa va storto in questi log?"],
        ["Why is the import failing? Logs below:", "Can you explain what's going wrong in these logs?"])
    return ask + "\n\n```\n" + "\n".join(lines) + "\n```"


def _sqlq(s: str) -> str:
    return s.replace("'", "''")


def t_sqldump(c: Ctx) -> str:
    r = c.rng
    n = r.randint(3, 5)
    cols = c.D(["id", "anrede", "vorname", "nachname", "geburtsdatum", "strasse", "plz_ort", "telefon", "email", "iban",
                "angelegt_am"],
               ["id", "civilite", "prenom", "nom", "date_naissance", "adresse", "cp_ville", "tel", "email", "iban",
                "cree_le"],
               ["id", "titolo", "nome", "cognome", "data_nascita", "indirizzo", "cap_citta", "telefono", "email",
                "iban",
                "creato_il"],
               ["id", "title", "first_name", "last_name", "dob", "address_line1", "address_line2", "phone", "email",
                "iban", "created_at"])
    tbl = c.L("kunden", "clients", "clienti", "customers")
    rows = []
    first_email = ""
    apos = [x for x in PARTICLE_SURNAMES[c.lang] if "'" in x] or ["O'Connor", "D'Souza", "Dell'Orto"]
    for k in range(n):
        p = c.person()
        if k == 1 and c.p(0.5):
            p = Person(p.first, r.choice(apos), p.g)
        b = c.dob_date(18, 85)
        dob_s = b.isoformat() if c.p(0.7) else c.fmt_date(b)
        l1, l2 = c.addr_parts()
        email = c.email_raw(p)
        if not first_email:
            first_email = email
        iban = c.iban_raw(style="c") if (c.region not in ("US", "CA", "AU", "NZ") or c.p(0.2)) else ""
        vals = [str(1000 + k * r.randint(1, 7)), f"'{c.title(p)}'",
                f"'{m('PERSON', _sqlq(p.first))}'", f"'{m('PERSON', _sqlq(p.last))}'",
                f"'{m('DOB', dob_s)}'" if c.p(0.9) else "NULL",
                f"'{m('ADDRESS', _sqlq(l1))}'", f"'{m('ADDRESS', _sqlq(l2))}'",
                f"'{m('PHONE', c.phone_raw())}'" if c.p(0.85) else "NULL",
                f"'{m('EMAIL', email)}'", f"'{m('IBAN', iban)}'" if iban else "NULL",
                f"'2025-{r.randint(1, 9):02d}-{r.randint(1, 28):02d} {r.randint(7, 19):02d}:{r.randint(0, 59):02d}:00'"]
        rows.append("(" + ", ".join(vals) + ")")
    stmt = f"INSERT INTO {tbl} ({', '.join(cols)}) VALUES\n  " + ",\n  ".join(rows) + ";"
    pay = ""
    if c.p(0.5):
        pays = []
        for _ in range(r.randint(1, 3)):
            num = c.card_raw("c")
            pays.append(f"({r.randint(1, 9999)}, {1000 + r.randint(0, 20)}, '{m('CARD', num)}', '{num[-4:]}', "
                        f"'{r.randint(1, 12):02d}/{r.randint(26, 31)}', {r.randint(5, 900)}.{r.randint(0, 99):02d})")
        ptbl = c.L("zahlungen", "paiements", "pagamenti", "payments")
        pay = (f"\n\nINSERT INTO {ptbl} (id, customer_id, card_number, card_last4, card_expiry, amount) VALUES\n  "
               + ",\n  ".join(pays) + ";")
    audit = (f"\n\nINSERT INTO audit_log (user_name, action, ip, ts) VALUES ('admin', 'bulk_import', "
             f"'10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}', NOW());")
    err = (f"ERROR:  duplicate key value violates unique constraint \"{tbl}_email_key\"\n"
           f"DETAIL:  Key (email)=({m('EMAIL', first_email)}) already exists.")
    ask_kind = r.randint(0, 2)
    ask = c.L(
        ["Beim Einspielen bekomme ich den Fehler unten. Was ist los und wie fixe ich das?",
         "Schreib mir bitte ein Python-Skript, das diese Daten pseudonymisiert, bevor wir sie an die Agentur geben:",
         "Mach mir aus diesen INSERTs bitte eine CSV-Tabelle:"][ask_kind],
        ["J'ai l'erreur ci-dessous en rejouant ce script. Qu'est-ce qui se passe ?",
         "Écris-moi un script Python qui pseudonymise ces données avant de les envoyer au prestataire :",
         "Transforme ces INSERT en tableau CSV stp :"][ask_kind],
        ["Eseguendo lo script ottengo l'errore qui sotto. Cosa succede?",
         "Scrivimi uno script Python che pseudonimizzi questi dati prima di passarli al fornitore:",
         "Trasformami questi INSERT in una tabella CSV:"][ask_kind],
        ["Running this gives me the error below. What's wrong and how do I fix it?",
         "Write me a Python script that pseudonymises this data before we hand it to the agency:",
         "Turn these INSERTs into a CSV please:"][ask_kind])
    out = ask + "\n\n```sql\n" + stmt + pay + audit + "\n```"
    if ask_kind == 0:
        out += "\n\n```\n" + err + "\n```"
    return out


TEMPLATES = {
    "guests": t_guests, "renewal": t_renewal, "taxnotes": t_taxnotes, "hiring": t_hiring,
    "discharge": t_discharge, "transcript": t_transcript, "dunning": t_dunning, "flatshare": t_flatshare,
    "genealogy": t_genealogy, "latex": t_latex, "applog": t_applog, "sqldump": t_sqldump,
}


def generate() -> list[dict]:
    records = []
    for lang in LANGS:
        for tname, fn in TEMPLATES.items():
            for i in range(N_DOCS):
                c = Ctx(lang, tname, i)
                text, ents = unmark(fn(c))
                text = text.strip("\n")
                text2, ents2 = unmark(fn(Ctx(lang, tname, i)))  # determinism check
                assert text2.strip("\n") == text, (lang, tname, i)
                lead = len(text2) - len(text2.lstrip("\n"))
                for e in ents:
                    e["start"] -= lead
                    e["end"] -= lead
                    assert text[e["start"]:e["end"]] == e["text"], e
                records.append({"id": f"holdout6-{lang}-{tname}-{i:02d}", "locale": f"{lang}_{c.region}",
                                "lang": lang, "text": text, "entities": ents})
    return records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    records = generate()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts: Counter[tuple[str, str]] = Counter()
    for rec in records:
        for e in rec["entities"]:
            counts[(rec["lang"], e["type"])] += 1
    print(f"wrote {len(records)} documents to {args.out}")
    print("type     " + "".join(f"{lang:>7}" for lang in LANGS) + "  total")
    for typ in TYPES:
        row = [counts[(lang, typ)] for lang in LANGS]
        print(f"{typ:<9}" + "".join(f"{v:>7}" for v in row) + f"{sum(row):>7}")
    tot = [sum(counts[(lang, t)] for t in TYPES) for lang in LANGS]
    print(f"{'all':<9}" + "".join(f"{v:>7}" for v in tot) + f"{sum(tot):>7}")
    regions = Counter(rec["locale"] for rec in records)
    print("locales: " + ", ".join(f"{k} {v}" for k, v in sorted(regions.items())))


if __name__ == "__main__":
    main()
