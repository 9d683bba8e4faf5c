"""Fourth blind evaluation set ("holdout4") for the anonymizer.

Written 2026-12-04 by a helper session, blind: without reading the detectors
(src/tarnkappe/privacy/), the other generators or the texts of the other data sets, and never
run through the anonymizer while written.  Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout4.jsonl: 4 languages (de, fr, it, en) x 12 templates
x 10 documents = 480 documents, seeded and deterministic (Faker + the standard library).  Each
record has ``id``, ``locale``, ``lang``, ``text`` and ``entities`` (``start``, ``end``,
``type``, ``text``).  Regions: de -> DE/AT/CH, fr -> FR/BE/CH/LU, it -> IT/CH,
en -> GB/IE/US/CA/AU.

Genres (text people paste into an AI assistant at work), chosen to differ from the earlier sets:
calendar invites with e-mail headers and attendee lists; ticketing-system exports (Jira /
ServiceNow style); CRM contact notes, job referral e-mails and profile pastes; bank transfer
confirmations and card disputes; payroll slips; prescriptions and lab results; sports club
results and registration lists; parish and alumni newsletters; property management notices;
parcel notifications with SMS threads and voicemail transcripts; powers of attorney and contract
party clauses; developer pastes (git logs, application logs), paper author lists and department
phone directories.  Some documents are wrapped in a request to the assistant, a few of them a
translation request written in another language than the pasted text (``lang`` is the
language of the pasted text).

Names: Faker locales de_DE, de_AT, de_CH, fr_FR, fr_BE, fr_CH, fr_CA, nl_BE, it_IT, en_GB,
en_IE, ga_IE, en_US, en_CA, en_AU, es_ES, es_MX, es_CO, pt_PT, pt_BR, tr_TR, hr_HR, pl_PL,
ro_RO, hu_HU, sl_SI, yo_NG, ig_NG, en_KE, tw_GH, plus lists written here (Albanian, Kurdish,
Bosnian/Serbian, Ukrainian, Arabic, Persian, Tamil, Chinese, Vietnamese, Filipino,
Eritrean/Ethiopian, Somali, Luxembourgish, Ticinese surnames, names that are ordinary words,
surnames with particles).

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, CARD):
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
  "poste 31", "interno 5") is outside the span.  Public hotlines,
  free-phone and service numbers, conference dial-in numbers and bare internal extensions are
  unlabelled distractors.
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

Usage (repo root): python bench/privacy/generate_holdout4.py [--out PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pathlib
import random
import re
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from faker import Faker

OUT = pathlib.Path(__file__).resolve().parent / "data" / "synthetic_holdout4.jsonl"
SEED = 4_2026_12_04
DOCS_PER_TEMPLATE = 10
LANGS = ("de", "fr", "it", "en")

# --------------------------------------------------------------------------------------------
# marked text: entities are written inline as \x01TYPE\x02value\x03 and located by render()

_MARK = re.compile("\x01([A-Z]+)\x02([^\x01\x02\x03]*)\x03")


def mk(typ: str, value: str) -> str:
    """Mark ``value`` as an entity of ``typ``."""
    assert value and value == value.strip(), repr(value)
    assert not any(ch in value for ch in "\x01\x02\x03"), repr(value)
    return f"\x01{typ}\x02{value}\x03"


def render(marked: str) -> tuple[str, list[dict[str, object]]]:
    """Strip the markers and return the text with exact entity spans."""
    out: list[str] = []
    ents: list[dict[str, object]] = []
    pos = 0
    last = 0
    for m in _MARK.finditer(marked):
        plain = marked[last : m.start()]
        assert not any(ch in plain for ch in "\x01\x02\x03"), repr(plain)
        out.append(plain)
        pos += len(plain)
        value = m.group(2)
        ents.append({"start": pos, "end": pos + len(value), "type": m.group(1), "text": value})
        out.append(value)
        pos += len(value)
        last = m.end()
    tail = marked[last:]
    assert not any(ch in tail for ch in "\x01\x02\x03"), repr(tail)
    out.append(tail)
    text = "".join(out)
    prev_end = -1
    for e in ents:
        s, en = int(e["start"]), int(e["end"])  # type: ignore[call-overload]
        assert text[s:en] == e["text"]
        assert s >= prev_end, "overlap"
        prev_end = en
    return text, ents


# --------------------------------------------------------------------------------------------
# names


@dataclass
class Person:
    first: str
    last: str
    gender: str  # "f" | "m"
    origin: str


_FAKERS: dict[str, Faker] = {}


def faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


# lists written for origins Faker lacks in Latin script: (female, male, surnames)
LISTS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "albanian": (
        ["Arta", "Blerta", "Drita", "Elira", "Fjolla", "Mimoza", "Vjosa", "Teuta", "Liridona", "Shpresa"],
        ["Arben", "Besnik", "Driton", "Fatmir", "Ilir", "Valon", "Agron", "Bujar", "Gzim", "Luan"],
        [
            "Krasniqi",
            "Gashi",
            "Berisha",
            "Hoxha",
            "Shala",
            "Morina",
            "Bytyqi",
            "Kelmendi",
            "Rexhepi",
            "Thaçi",
            "Dervishi",
            "Ahmeti",
            "Haliti",
            "Sopjani",
        ],
    ),
    "kurdish": (
        ["Berfin", "Rojda", "Zilan", "Nazdar", "Hêvî", "Dilan", "Ronahî", "Şîrîn", "Jiyan"],
        ["Baran", "Rojhat", "Serhat", "Azad", "Dilovan", "Kawa", "Zana", "Welat", "Rêber"],
        ["Amedî", "Dersimî", "Zebari", "Hawrami", "Ekinci", "Baban", "Mehmud", "Rashid", "Silêman", "Botanî"],
    ),
    "bosnian": (
        ["Amra", "Lejla", "Selma", "Jelena", "Milica", "Ajla", "Dragana", "Emina", "Snežana"],
        ["Adnan", "Emir", "Nikola", "Dragan", "Haris", "Dejan", "Mirza", "Goran", "Nenad"],
        [
            "Hodžić",
            "Begić",
            "Jovanović",
            "Petrović",
            "Mehmedović",
            "Nikolić",
            "Kovačević",
            "Đorđević",
            "Hadžić",
            "Ilić",
            "Savić",
            "Delić",
            "Mujić",
        ],
    ),
    "ukrainian": (
        ["Oksana", "Olena", "Iryna", "Kateryna", "Nataliia", "Yuliia", "Halyna", "Sofiia", "Viktoriia"],
        ["Oleksandr", "Andrii", "Mykola", "Taras", "Bohdan", "Dmytro", "Serhii", "Yurii", "Volodymyr"],
        [
            "Shevchenko",
            "Kovalenko",
            "Bondarenko",
            "Tkachenko",
            "Kravchuk",
            "Melnyk",
            "Oliinyk",
            "Boiko",
            "Lysenko",
            "Hrytsenko",
            "Savchuk",
            "Moroz",
            "Kuzmenko",
            "Zhuravel",
        ],
    ),
    "arabic": (
        ["Fatima", "Amira", "Yasmin", "Leila", "Nour", "Rania", "Samira", "Hanan", "Mariam", "Salma", "Aya"],
        [
            "Mohammed",
            "Ahmad",
            "Youssef",
            "Omar",
            "Karim",
            "Khaled",
            "Tarek",
            "Hassan",
            "Bilal",
            "Samir",
            "Rachid",
            "Abdelkader",
        ],
        [
            "El Amrani",
            "Benali",
            "Haddad",
            "Al-Masri",
            "Khoury",
            "Saleh",
            "Mansour",
            "Bouzid",
            "Nasser",
            "El Idrissi",
            "Abdallah",
            "Ben Youssef",
            "al-Khatib",
            "Chaouki",
            "Bensaïd",
            "Aït Ahmed",
        ],
    ),
    "persian": (
        ["Shirin", "Parisa", "Nasrin", "Mahsa", "Leyla", "Azadeh", "Golnaz", "Roya", "Neda", "Yasaman"],
        ["Reza", "Dariush", "Kian", "Babak", "Arash", "Farhad", "Mehdi", "Kourosh", "Navid", "Omid"],
        [
            "Tehrani",
            "Ahmadi",
            "Hosseini",
            "Karimi",
            "Rostami",
            "Moradi",
            "Jafari",
            "Rahimi",
            "Shirazi",
            "Sadeghi",
            "Farahani",
            "Mohammadi",
            "Esfahani",
            "Ghorbani",
        ],
    ),
    "tamil": (
        ["Tharani", "Kavitha", "Priya", "Lakshmi", "Anitha", "Nila", "Sangeetha", "Meena", "Janani", "Thulasi"],
        ["Suresh", "Kumaran", "Rajan", "Senthil", "Tharshan", "Vijay", "Arun", "Kannan", "Prakash", "Sivakumar"],
        [
            "Sivarajah",
            "Thevarajah",
            "Selvarajah",
            "Ponnuthurai",
            "Balasubramaniam",
            "Kanagaratnam",
            "Mahendran",
            "Ravichandran",
            "Yogarajah",
            "Nadarajah",
            "Arulanantham",
            "Murugesu",
        ],
    ),
    "chinese": (
        ["Fang", "Mei", "Xiaoling", "Yan", "Jing", "Hui", "Lan", "Ying", "Xiuying", "Lijuan"],
        ["Wei", "Jun", "Hao", "Lei", "Ming", "Jian", "Tao", "Qiang", "Yong", "Zhiwei"],
        [
            "Wang",
            "Li",
            "Zhang",
            "Liu",
            "Chen",
            "Yang",
            "Huang",
            "Zhao",
            "Wu",
            "Zhou",
            "Xu",
            "Sun",
            "Ma",
            "Zhu",
            "Guo",
            "Lin",
        ],
    ),
    "vietnamese": (
        ["Lan", "Hương", "Mai", "Thu", "Linh", "Ngọc Anh", "Thanh Hà", "Phương", "Trang"],
        ["Minh", "Tuấn", "Dũng", "Hùng", "Quang", "Long", "Đức", "Thanh", "Văn Nam"],
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Nguyen", "Tran", "Pham"],
    ),
    "filipino": (
        ["Maricel", "Jocelyn", "Rowena", "Liza", "Angelica", "Kristine", "Mary Grace", "Precious", "Joy"],
        ["Rodel", "Ramil", "Jericho", "Mark Anthony", "Noel", "Arnel", "Romeo", "Dindo", "Jun"],
        [
            "Santos",
            "Reyes",
            "Bautista",
            "Dela Cruz",
            "Mendoza",
            "Villanueva",
            "Aquino",
            "Macaraeg",
            "Pangilinan",
            "Dimaculangan",
            "Manalo",
        ],
    ),
    "eritrean": (
        ["Selam", "Hiwot", "Mekdes", "Senait", "Tsega", "Rahel", "Meron", "Saba", "Yordanos"],
        ["Yonas", "Tesfaye", "Dawit", "Kidane", "Mehari", "Berhane", "Habte", "Tewolde", "Filmon"],
        [
            "Tesfamariam",
            "Ghebremedhin",
            "Haile",
            "Kahsay",
            "Gebreyesus",
            "Woldemichael",
            "Tekle",
            "Berhe",
            "Abraha",
            "Asfaw",
            "Mekonnen",
        ],
    ),
    "somali": (
        ["Hodan", "Faduma", "Ayaan", "Sagal", "Hibaaq", "Ifrah"],
        ["Abdirahman", "Mahad", "Abdi", "Farah", "Liban", "Guled"],
        ["Warsame", "Abdullahi", "Mohamud", "Jama", "Hirsi", "Egal", "Duale"],
    ),
    "luxembourgish": (
        ["Anne", "Martine", "Josiane", "Carole", "Nathalie", "Tessy", "Claudine", "Marie-Paule", "Joëlle"],
        ["Jean", "Marc", "Gilles", "Jos", "Romain", "Claude", "Tom", "Luc", "Fernand", "Yves"],
        [
            "Schmit",
            "Thill",
            "Kieffer",
            "Reuter",
            "Schroeder",
            "Steichen",
            "Majerus",
            "Welter",
            "Wirtz",
            "Feltgen",
            "Kremer",
            "Goedert",
            "Lentz",
            "Hoffmann",
        ],
    ),
}

TICINO_SURNAMES = [
    "Bernasconi",
    "Pedrazzini",
    "Rusconi",
    "Cattaneo",
    "Gianella",
    "Bottani",
    "Soldati",
    "Pellandini",
    "Rezzonico",
    "Balestra",
    "Ghisletta",
    "Storni",
    "Molinari",
    "Zanetti",
]

# names that are also ordinary words: (female, male, surnames) per language
WORD_NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "de": (
        ["Rose", "Heide", "Sonne", "Erika", "Grete"],
        ["Frank", "Ernst", "Wolf", "Gottlieb", "August"],
        [
            "Koch",
            "Fischer",
            "Vogel",
            "Wolf",
            "Fuchs",
            "Braun",
            "Engel",
            "Sommer",
            "Winter",
            "Kaiser",
            "König",
            "Bauer",
            "Hahn",
            "Stein",
            "Berg",
            "Kurz",
            "Lang",
            "Klein",
            "Groß",
            "Frei",
        ],
    ),
    "fr": (
        ["Rose", "Constance", "Aimée", "Blanche", "Capucine"],
        ["Clément", "Constant", "Désiré", "Aimé", "Marin"],
        [
            "Blanc",
            "Petit",
            "Boulanger",
            "Marchand",
            "Leroy",
            "Roux",
            "Lebrun",
            "Berger",
            "Chevalier",
            "Fontaine",
            "Bonheur",
            "Boucher",
            "Meunier",
            "Lenoir",
        ],
    ),
    "it": (
        ["Speranza", "Serena", "Stella", "Rosa", "Gioia"],
        ["Felice", "Bruno", "Fortunato", "Leone", "Sole"],
        [
            "Bianchi",
            "Ferro",
            "Leone",
            "Rossi",
            "Fabbri",
            "Sole",
            "Bello",
            "Grasso",
            "Marino",
            "Monti",
            "Fortunato",
            "Mancini",
            "Porta",
            "Santo",
        ],
    ),
    "en": (
        ["Hope", "Grace", "Faith", "Joy", "Summer", "Iris", "Olive", "Amber", "Dawn", "Ivy"],
        ["Will", "Mark", "Bill", "Frank", "Victor", "Rich", "Guy", "Jack"],
        [
            "Baker",
            "Smith",
            "King",
            "Brown",
            "Young",
            "Hill",
            "Wood",
            "Bishop",
            "Banks",
            "Rich",
            "Little",
            "Moody",
            "Green",
            "Rose",
            "Long",
            "Small",
            "Cook",
            "Mason",
        ],
    ),
}

PARTICLES: dict[str, list[str]] = {
    "de": [
        "von Arx",
        "von Ballmoos",
        "von der Mühll",
        "von Bergen",
        "von Gunten",
        "vom Hofe",
        "zur Linden",
        "von Stetten",
        "van der Linde",
    ],
    "fr": [
        "de Montmollin",
        "de Pury",
        "Le Goff",
        "de la Fontaine",
        "d'Aubigny",
        "Du Pasquier",
        "de Coulon",
        "Van den Berghe",
        "de Smet",
    ],
    "it": [
        "De Luca",
        "Di Stefano",
        "Dell'Acqua",
        "D'Amico",
        "Lo Russo",
        "La Rosa",
        "Dalla Costa",
        "De Angelis",
        "Del Piero",
        "Della Valle",
    ],
    "en": [
        "O'Brien",
        "McCarthy",
        "O'Sullivan",
        "MacDonald",
        "Fitzgerald",
        "De Souza",
        "St. Clair",
        "van der Merwe",
        "O'Neill",
    ],
}

LOCAL_LOCALES: dict[str, list[str]] = {
    "DE": ["de_DE"],
    "AT": ["de_AT"],
    "CHde": ["de_CH"],
    "FR": ["fr_FR"],
    "BE": ["fr_BE", "nl_BE"],
    "CHfr": ["fr_CH"],
    "LU": ["luxembourgish", "fr_FR", "pt_PT"],
    "IT": ["it_IT"],
    "CHit": ["ticino", "it_IT"],
    "GB": ["en_GB"],
    "IE": ["en_IE", "ga_IE"],
    "US": ["en_US", "es_MX"],
    "CA": ["en_CA", "fr_CA"],
    "AU": ["en_AU"],
}

IMMIGRANT_ORIGINS: list[str] = [
    "tr_TR",
    "kurdish",
    "albanian",
    "bosnian",
    "hr_HR",
    "pl_PL",
    "ukrainian",
    "pt_PT",
    "pt_BR",
    "es_ES",
    "es_CO",
    "arabic",
    "persian",
    "tamil",
    "chinese",
    "vietnamese",
    "filipino",
    "yo_NG",
    "ig_NG",
    "en_KE",
    "tw_GH",
    "eritrean",
    "somali",
    "ro_RO",
    "hu_HU",
    "sl_SI",
    "de_DE",
    "fr_FR",
    "it_IT",
    "en_GB",
]

NICKS: dict[str, str] = {
    "Katharina": "Kathi",
    "Johannes": "Hannes",
    "Alexander": "Alex",
    "Christine": "Chrissi",
    "Giuseppe": "Beppe",
    "Francesco": "Checco",
    "Elizabeth": "Liz",
    "William": "Bill",
    "Robert": "Bob",
    "Margaret": "Maggie",
    "Frédéric": "Fred",
    "Stefanie": "Steffi",
    "Wolfgang": "Wolfi",
    "Alessandro": "Ale",
    "Roberta": "Robi",
    "Nicolas": "Nico",
    "Christopher": "Chris",
    "Jennifer": "Jen",
    "Michael": "Mike",
    "Daniel": "Dani",
    "Mohammed": "Mo",
    "Oleksandr": "Sasha",
    "Dmytro": "Dima",
    "Patrick": "Paddy",
    "Benjamin": "Ben",
    "Samuel": "Sam",
    "Gabriele": "Gabi",
    "Franziska": "Franzi",
}


def deaccent(s: str) -> str:
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
    s = s.replace("Đ", "D").replace("ø", "o").replace("æ", "ae")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def slug(s: str, german: bool = False) -> str:
    if german:
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
            s = s.replace(a, b)
    s = deaccent(s).lower()
    return re.sub(r"[^a-z0-9-]", "", s.replace(" ", "").replace("'", ""))


# --------------------------------------------------------------------------------------------
# regional data written for this set

STREETS: dict[str, list[str]] = {
    "DE": [
        "Lindenstraße",
        "Hauptstraße",
        "Bahnhofstr.",
        "Goethestraße",
        "Am Mühlbach",
        "Schillerplatz",
        "Kastanienallee",
        "Sonnenweg",
        "Im Winkel",
        "Friedrich-Ebert-Straße",
        "An der Alten Post",
        "Brunnengasse",
        "Ringstraße",
        "Auf dem Berg",
        "Rosenweg",
        "Kirchgasse",
        "Marktplatz",
    ],
    "AT": [
        "Mariahilfer Straße",
        "Landstraßer Hauptstraße",
        "Getreidegasse",
        "Herrengasse",
        "Wiener Straße",
        "Schulgasse",
        "Linzer Straße",
        "Maria-Theresien-Straße",
        "Annenstraße",
        "Favoritenstraße",
        "Kaiserstraße",
        "Griesgasse",
    ],
    "CHde": [
        "Bahnhofstrasse",
        "Dorfstrasse",
        "Seestrasse",
        "Zürichstrasse",
        "Hauptgasse",
        "Rütistrasse",
        "Kirchweg",
        "Birkenweg",
        "Schulhausstrasse",
        "Feldeggstrasse",
        "Spitalgasse",
        "Obere Zäune",
        "Alte Landstrasse",
        "Im Grund",
    ],
    "FR": [
        "rue des Lilas",
        "avenue Jean-Jaurès",
        "boulevard Voltaire",
        "rue de la République",
        "place du Marché",
        "impasse des Acacias",
        "chemin de la Croix",
        "allée des Tilleuls",
        "rue Pasteur",
        "quai de la Fosse",
        "cours Lafayette",
        "rue du Faubourg Saint-Antoine",
        "rue Victor-Hugo",
    ],
    "BE": [
        "Rue de la Loi",
        "Avenue Louise",
        "Chaussée de Waterloo",
        "Rue Haute",
        "Boulevard d'Avroy",
        "Rue des Carmes",
        "Place Saint-Lambert",
        "Rue du Midi",
        "Avenue de Tervueren",
        "Rue de Fer",
    ],
    "CHfr": [
        "Chemin des Vignes",
        "Avenue de la Gare",
        "Rue du Rhône",
        "Route de Lausanne",
        "Rue de Bourg",
        "Chemin du Levant",
        "Place de la Palud",
        "Rue des Moulins",
        "Avenue de Cour",
        "Rue du Seyon",
    ],
    "LU": [
        "rue de Hollerich",
        "avenue de la Gare",
        "rue Principale",
        "route d'Arlon",
        "boulevard Royal",
        "Grand-Rue",
        "rue de l'Alzette",
        "rue des Romains",
        "montée de la Pétrusse",
    ],
    "IT": [
        "Via Garibaldi",
        "Via Roma",
        "Corso Vittorio Emanuele II",
        "Piazza della Repubblica",
        "Viale Monza",
        "Via dei Mille",
        "Vicolo Stretto",
        "Via XX Settembre",
        "Largo Augusto",
        "Via Nazionale",
        "Borgo Pinti",
        "Via Santa Lucia",
        "Via Po",
    ],
    "CHit": [
        "Via Nassa",
        "Via Canonica",
        "Viale Stazione",
        "Via San Gottardo",
        "Piazza Indipendenza",
        "Via Cantonale",
        "Contrada di Sassello",
        "Via Motta",
        "Via Vela",
    ],
    "GB": [
        "Albert Road",
        "Kingsway",
        "High Street",
        "Church Lane",
        "Victoria Terrace",
        "Mill Lane",
        "Station Road",
        "Park Avenue",
        "Elm Grove",
        "Queen's Drive",
        "Wellington Street",
        "Orchard Close",
    ],
    "IE": [
        "Main Street",
        "Ranelagh Road",
        "The Crescent",
        "Church View",
        "Strand Road",
        "Oliver Plunkett Street",
        "Father Griffin Road",
        "Castle Street",
        "Beech Park",
    ],
    "US": [
        "Oak Street",
        "Maple Avenue",
        "W 12th St",
        "Sunset Blvd",
        "Lincoln Ave",
        "Elm St",
        "N Main St",
        "Cedar Lane",
        "Washington Blvd",
        "Pine Ridge Rd",
        "Lakeview Dr",
    ],
    "CA": [
        "Queen St W",
        "Rue Sainte-Catherine",
        "Robson Street",
        "Jasper Ave",
        "Spring Garden Road",
        "Bank Street",
        "Portage Ave",
        "Yonge St",
    ],
    "AU": [
        "Smith Street",
        "Beach Road",
        "Ocean Parade",
        "Wattle Crescent",
        "George Street",
        "King Street",
        "Brunswick Street",
        "Hindley Street",
        "Gouger Street",
    ],
}

TOWNS: dict[str, list[str]] = {
    "DE": [
        "10115 Berlin",
        "20095 Hamburg",
        "80331 München",
        "50667 Köln",
        "60311 Frankfurt am Main",
        "70173 Stuttgart",
        "04109 Leipzig",
        "01067 Dresden",
        "28195 Bremen",
        "90402 Nürnberg",
        "79098 Freiburg im Breisgau",
        "44135 Dortmund",
        "24103 Kiel",
        "97070 Würzburg",
        "53111 Bonn",
        "37073 Göttingen",
        "88212 Ravensburg",
    ],
    "AT": [
        "1010 Wien",
        "1060 Wien",
        "1150 Wien",
        "8010 Graz",
        "4020 Linz",
        "5020 Salzburg",
        "6020 Innsbruck",
        "9020 Klagenfurt am Wörthersee",
        "3100 St. Pölten",
        "6900 Bregenz",
        "2700 Wiener Neustadt",
    ],
    "CHde": [
        "8001 Zürich",
        "8400 Winterthur",
        "3011 Bern",
        "4051 Basel",
        "6003 Luzern",
        "9000 St. Gallen",
        "5000 Aarau",
        "8200 Schaffhausen",
        "6300 Zug",
        "3600 Thun",
        "7000 Chur",
        "8640 Rapperswil-Jona",
        "4500 Solothurn",
    ],
    "FR": [
        "75011 Paris",
        "69003 Lyon",
        "13006 Marseille",
        "31000 Toulouse",
        "44000 Nantes",
        "67000 Strasbourg",
        "59800 Lille",
        "33000 Bordeaux",
        "34000 Montpellier",
        "35000 Rennes",
        "06000 Nice",
        "21000 Dijon",
        "38000 Grenoble",
        "57000 Metz",
    ],
    "BE": [
        "1000 Bruxelles",
        "1050 Ixelles",
        "1180 Uccle",
        "4000 Liège",
        "5000 Namur",
        "6000 Charleroi",
        "1348 Louvain-la-Neuve",
        "7000 Mons",
        "1300 Wavre",
        "6700 Arlon",
    ],
    "CHfr": [
        "1003 Lausanne",
        "1204 Genève",
        "2000 Neuchâtel",
        "1700 Fribourg",
        "1950 Sion",
        "1800 Vevey",
        "1400 Yverdon-les-Bains",
        "2300 La Chaux-de-Fonds",
        "1009 Pully",
        "1260 Nyon",
        "2800 Delémont",
    ],
    "LU": [
        "L-1741 Luxembourg",
        "L-4002 Esch-sur-Alzette",
        "L-9051 Ettelbruck",
        "L-8080 Bertrange",
        "L-3401 Dudelange",
        "L-6401 Echternach",
        "L-9201 Diekirch",
        "L-7201 Walferdange",
    ],
    "IT": [
        "20121 Milano (MI)",
        "00184 Roma (RM)",
        "10138 Torino (TO)",
        "40126 Bologna (BO)",
        "50122 Firenze (FI)",
        "80133 Napoli (NA)",
        "16121 Genova (GE)",
        "90133 Palermo (PA)",
        "35122 Padova (PD)",
        "37121 Verona (VR)",
        "70122 Bari (BA)",
        "24121 Bergamo (BG)",
        "39100 Bolzano (BZ)",
        "95131 Catania (CT)",
    ],
    "CHit": [
        "6900 Lugano",
        "6500 Bellinzona",
        "6600 Locarno",
        "6850 Mendrisio",
        "6830 Chiasso",
        "6512 Giubiasco",
        "6710 Biasca",
        "6648 Minusio",
    ],
    "GB": [
        "London SE1 7PB",
        "London N4 3RP",
        "Manchester M14 5TQ",
        "Leeds LS6 2AB",
        "Bristol BS8 1TH",
        "Glasgow G12 8QQ",
        "Edinburgh EH9 1PR",
        "Cardiff CF10 3NB",
        "Birmingham B15 2TT",
        "Sheffield S10 2TN",
        "Norwich NR2 4SF",
        "York YO1 7HH",
        "Brighton BN1 4GH",
        "Oxford OX2 6GG",
    ],
    "IE": [
        "Dublin 6, D06 F2X9",
        "Ennis, Co. Clare V95 X2K7",
        "Galway H91 E2K3",
        "Cork T12 K8AF",
        "Limerick V94 T9PX",
        "Kilkenny R95 D2X3",
        "Sligo F91 YW50",
        "Dún Laoghaire, Co. Dublin A96 K2P3",
    ],
    "US": [
        "Springfield, IL 62704",
        "Austin, TX 78701",
        "Brooklyn, NY 11215",
        "Portland, OR 97205",
        "Columbus, OH 43215",
        "Madison, WI 53703",
        "Denver, CO 80203",
        "Raleigh, NC 27601",
        "Seattle, WA 98101",
        "Boston, MA 02116",
        "Ann Arbor, MI 48104",
    ],
    "CA": [
        "Toronto, ON M5H 2M9",
        "Vancouver, BC V6B 1A1",
        "Montréal, QC H3B 2Y5",
        "Calgary, AB T2P 1J9",
        "Ottawa, ON K1P 5G4",
        "Halifax, NS B3J 1S9",
        "Winnipeg, MB R3C 0V8",
    ],
    "AU": [
        "Fitzroy VIC 3065",
        "Surry Hills NSW 2010",
        "Fremantle WA 6160",
        "Newtown NSW 2042",
        "Brisbane City QLD 4000",
        "Glenelg SA 5045",
        "Hobart TAS 7000",
        "Canberra ACT 2601",
    ],
}

POBOX: dict[str, Callable[[random.Random], str]] = {
    "DE": lambda r: f"Postfach {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
    "AT": lambda r: f"Postfach {r.randint(10, 999)}",
    "CHde": lambda r: f"Postfach {r.randint(100, 9999)}",
    "FR": lambda r: f"BP {r.randint(100, 9999)}",
    "BE": lambda r: f"Boîte postale {r.randint(10, 999)}",
    "CHfr": lambda r: f"Case postale {r.randint(10, 999)}",
    "LU": lambda r: f"B.P. {r.randint(100, 9999)}",
    "IT": lambda r: f"Casella Postale {r.randint(10, 999)}",
    "CHit": lambda r: f"Casella postale {r.randint(100, 999)}",
    "GB": lambda r: f"PO Box {r.randint(100, 9999)}",
    "IE": lambda r: f"PO Box {r.randint(10, 999)}",
    "US": lambda r: f"P.O. Box {r.randint(100, 99999)}",
    "CA": lambda r: f"PO Box {r.randint(100, 9999)}",
    "AU": lambda r: f"PO Box {r.randint(10, 9999)}",
}

FREEMAIL: dict[str, list[str]] = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net"],
    "CHde": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "proton.me"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr"],
    "BE": ["skynet.be", "telenet.be", "gmail.com", "hotmail.be", "proximus.be"],
    "CHfr": ["bluewin.ch", "romandie.com", "gmail.com", "netplus.ch"],
    "LU": ["pt.lu", "internet.lu", "gmail.com", "vo.lu"],
    "IT": ["libero.it", "alice.it", "virgilio.it", "hotmail.it", "gmail.com", "tiscali.it"],
    "CHit": ["bluewin.ch", "ticino.com", "gmail.com", "hispeed.ch"],
    "GB": ["btinternet.com", "yahoo.co.uk", "gmail.com", "outlook.com", "sky.com"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com"],
    "CA": ["shaw.ca", "sympatico.ca", "gmail.com", "rogers.com"],
    "AU": ["bigpond.com", "optusnet.com.au", "gmail.com", "outlook.com.au"],
}

TLD: dict[str, str] = {
    "DE": "de",
    "AT": "at",
    "CHde": "ch",
    "FR": "fr",
    "BE": "be",
    "CHfr": "ch",
    "LU": "lu",
    "IT": "it",
    "CHit": "ch",
    "GB": "co.uk",
    "IE": "ie",
    "US": "com",
    "CA": "ca",
    "AU": "com.au",
}

COMPANY_SUFFIX: dict[str, list[str]] = {
    "DE": ["GmbH", "AG", "GmbH & Co. KG", "e.K.", "Immobilien GmbH", "Haustechnik GmbH"],
    "AT": ["GmbH", "Ges.m.b.H.", "KG", "Bau GmbH"],
    "CHde": ["AG", "GmbH", "& Partner AG", "Treuhand AG", "Immobilien AG"],
    "FR": ["SARL", "SAS", "et Fils", "Immobilier", "Conseil SAS"],
    "BE": ["SRL", "SA", "& Associés", "Gestion SA"],
    "CHfr": ["SA", "Sàrl", "& Cie SA", "Gérance SA"],
    "LU": ["S.à r.l.", "S.A.", "& Cie"],
    "IT": ["S.r.l.", "S.p.A.", "& Figli", "Costruzioni S.r.l.", "Servizi S.r.l."],
    "CHit": ["SA", "Sagl", "Fiduciaria SA"],
    "GB": ["Ltd", "& Sons Ltd", "LLP", "Property Management Ltd"],
    "IE": ["Ltd", "& Co.", "DAC"],
    "US": ["LLC", "Inc.", "& Associates", "Group LLC"],
    "CA": ["Inc.", "Ltd.", "& Partners"],
    "AU": ["Pty Ltd", "& Co", "Group Pty Ltd"],
}

BICS: dict[str, list[str]] = {
    "DE": ["COBADEFFXXX", "DEUTDEDBBER", "GENODEF1S04", "BYLADEM1001", "HASPDEHHXXX"],
    "AT": ["BKAUATWWXXX", "GIBAATWWXXX", "RZOOAT2L"],
    "CH": ["UBSWCHZH80A", "POFICHBEXXX", "ZKBKCHZZ80A"],
    "FR": ["BNPAFRPPXXX", "SOGEFRPP", "CCFRFRPP"],
    "BE": ["GEBABEBB", "BBRUBEBB", "KREDBEBB"],
    "LU": ["BCEELULL", "BILLLULL", "CCPLLULL"],
    "IT": ["UNCRITMM", "BCITITMM", "BPMOIT22XXX"],
    "GB": ["BARCGB22", "NWBKGB2L", "HBUKGB4B"],
    "IE": ["AIBKIE2D", "BOFIIE2D"],
    "ES": ["CAIXESBBXXX"],
    "PT": ["CGDIPTPL"],
    "LI": ["LILALI2X"],
}

DE_M = [
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
]
FR_M = [
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
]
IT_M = [
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
]
EN_M = [
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
]

FAMOUS = [
    "Einstein",
    "Curie",
    "Volta",
    "Turing",
    "Lovelace",
    "Galilei",
    "Pestalozzi",
    "Dunant",
    "Zwingli",
    "Montessori",
    "Hopper",
    "Tesla",
    "Fermi",
    "Colette",
    "Humboldt",
    "Euler",
    "Darwin",
    "Noether",
    "Meitner",
    "Da Vinci",
    "Goethe",
    "Pascal",
    "Newton",
    "Franklin",
]
PROJECTS = [
    "Falke",
    "Merkur",
    "Nordlicht",
    "Atlas",
    "Orion",
    "Phoenix",
    "Kolibri",
    "Helios",
    "Quarzo",
    "Mistral",
    "Bluebird",
    "Everest",
    "Libellule",
    "Tramontana",
]


# --------------------------------------------------------------------------------------------
# check digits


def _iban_numeric(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def make_iban(cc: str, bban: str) -> str:
    check = 98 - _iban_numeric(bban + cc + "00") % 97
    iban = f"{cc}{check:02d}{bban}"
    assert _iban_numeric(iban[4:] + iban[:4]) % 97 == 1
    return iban


def luhn_complete(prefix: str, length: int, r: random.Random) -> str:
    body = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    num = body + str((10 - total % 10) % 10)
    assert luhn_ok(num)
    return num


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def bban_for(cc: str, r: random.Random) -> str:
    if cc == "DE":
        return r.choice(["37040044", "50010517", "10020030", "70150000", "20050550", "43060967"]) + _digits(r, 10)
    if cc == "AT":
        return r.choice(["12000", "20111", "32000", "14000", "60000"]) + _digits(r, 11)
    if cc in ("CH", "LI"):
        return r.choice(["00762", "09000", "00700", "00235", "80808", "08800"]) + _digits(r, 12)
    if cc == "FR":
        bank, branch, acct = r.choice(["30004", "20041", "30003", "10278", "30002"]), _digits(r, 5), _digits(r, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return f"{bank}{branch}{acct}{key:02d}"
    if cc == "BE":
        first = r.choice(["001", "068", "310", "363", "731", "000"]) + _digits(r, 7)
        chk = int(first) % 97 or 97
        return f"{first}{chk:02d}"
    if cc == "LU":
        return r.choice(["001", "019", "002", "014", "003"]) + _digits(r, 13)
    if cc == "IT":
        return (
            r.choice(string.ascii_uppercase)
            + r.choice(["03069", "02008", "05034", "03111"])
            + _digits(r, 5)
            + _digits(r, 12)
        )
    if cc == "GB":
        return r.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + _digits(r, 6) + _digits(r, 8)
    if cc == "IE":
        return r.choice(["AIBK", "BOFI", "IPBS"]) + _digits(r, 6) + _digits(r, 8)
    if cc == "ES":
        bank, branch, acct = r.choice(["2100", "0049", "0182", "2085"]), _digits(r, 4), _digits(r, 10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(s: str) -> str:
            v = 11 - sum(int(a) * b for a, b in zip(s, w, strict=True)) % 11
            return "0" if v == 11 else "1" if v == 10 else str(v)

        return bank + branch + dc("00" + bank + branch) + dc(acct) + acct
    if cc == "PT":
        base = r.choice(["0035", "0033", "0007", "0010"]) + _digits(r, 4) + _digits(r, 11)
        chk = 98 - (int(base) * 100) % 97
        return f"{base}{chk:02d}"
    raise ValueError(cc)


# --------------------------------------------------------------------------------------------
# the per-document context


@dataclass
class Ctx:
    r: random.Random
    lang: str
    country: str
    locale: str

    @property
    def region(self) -> str:
        return self.country + (self.lang if self.country == "CH" else "")

    # -- helpers ------------------------------------------------------------------------------
    def L(self, de: str, fr: str, it: str, en: str) -> str:  # noqa: N802 - short on purpose
        return {"de": de, "fr": fr, "it": it, "en": en}[self.lang]

    def ch(self, seq: list[str] | tuple[str, ...]) -> str:
        return self.r.choice(list(seq))

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def _seeded(self, loc: str) -> Faker:
        f = faker(loc)
        f.seed_instance(self.r.getrandbits(32))
        return f

    # -- persons ------------------------------------------------------------------------------
    def person(self, local: float = 0.6, gender: str | None = None) -> Person:
        g = gender or self.ch(["f", "m"])
        x = self.r.random()
        if x < 0.07:
            fem, mal, lasts = WORD_NAMES[self.lang]
            first = self.ch(fem if g == "f" else mal) if self.p(0.5) else self._local_first(g)
            return Person(first, self.ch(lasts), g, "word")
        if x < 0.13:
            return Person(self._local_first(g), self.ch(PARTICLES[self.lang]), g, "particle")
        if self.r.random() < local:
            origin = self.ch(LOCAL_LOCALES[self.region])
        else:
            origin = self.ch(IMMIGRANT_ORIGINS)
        first, last = self._draw(origin, g)
        if self.p(0.07):  # double surname
            _, other = self._draw(self.ch(LOCAL_LOCALES[self.region] + IMMIGRANT_ORIGINS), g)
            if other != last:
                sep = " " if origin in ("es_ES", "es_CO", "es_MX", "pt_PT", "pt_BR") else "-"
                last = f"{last}{sep}{other}"
        return Person(first, last, g, origin)

    def _local_first(self, g: str) -> str:
        return self._draw(self.ch(LOCAL_LOCALES[self.region]), g)[0]

    def _draw(self, origin: str, g: str) -> tuple[str, str]:
        if origin == "ticino":
            return self._draw("it_IT", g)[0], self.ch(TICINO_SURNAMES)
        if origin in LISTS:
            fem, mal, lasts = LISTS[origin]
            return self.ch(fem if g == "f" else mal), self.ch(lasts)
        f = self._seeded(origin)
        try:
            first = f.first_name_female() if g == "f" else f.first_name_male()
        except AttributeError:
            first = f.first_name()
        return first, f.last_name()

    def name(self, p: Person, style: str = "full") -> str:
        """A marked PERSON span in one of several written forms."""
        return mk("PERSON", self.name_raw(p, style))

    def name_raw(self, p: Person, style: str = "full") -> str:
        if style == "any":
            style = self.ch(["full"] * 6 + ["lf", "init", "LF", "caps"])
        if style == "full":
            return f"{p.first} {p.last}"
        if style == "lf":
            return f"{p.last}, {p.first}"
        if style == "LF":
            return f"{p.last.upper()} {p.first}"
        if style == "LFc":
            return f"{p.last.upper()}, {p.first}"
        if style == "caps":
            return f"{p.first} {p.last}".upper()
        if style == "init":
            return f"{self.initials(p.first)} {p.last}"
        if style == "lfi":
            return f"{p.last} {self.initials(p.first)}"
        if style == "last":
            return p.last
        if style == "first":
            return p.first
        if style == "nick":
            return NICKS.get(p.first, p.first.split()[0].split("-")[0])
        raise ValueError(style)

    @staticmethod
    def initials(first: str) -> str:
        parts = re.split(r"([- ])", first)
        return "".join(part[0] + "." if part not in ("-", " ") else part for part in parts if part)

    def title(self, p: Person) -> str:
        f = p.gender == "f"
        return self.L(
            "Frau" if f else "Herr",
            "Mme" if f else "M.",
            "Sig.ra" if f else "Sig.",
            self.ch(["Ms", "Mrs"]) if f else "Mr",
        )

    # -- contact data ---------------------------------------------------------------------------
    def email_raw(self, p: Person, domain: str | None = None) -> str:
        german = self.lang == "de"
        fi = slug(p.first.split()[0].split("-")[0], german)
        la = slug(p.last.split("-")[0] if self.p(0.6) else p.last, german).replace("-", "")
        if not la:
            la = "x"
        pat = self.ch(
            [
                "{f}.{l}",
                "{f}.{l}",
                "{i}.{l}",
                "{f}{l}",
                "{l}.{f}",
                "{f}_{l}",
                "{i}{l}",
                "{f}.{l}{n}",
                "{l}{i}",
                "{f}{n}",
                "{l}-{f}",
            ]
        )
        local = pat.format(f=fi, l=la, i=fi[:1], n=self.r.randint(1, 99))
        if domain is None:
            domain = self.ch(FREEMAIL[self.region])
        return f"{local}@{domain}"

    def email(self, p: Person, domain: str | None = None) -> str:
        return mk("EMAIL", self.email_raw(p, domain))

    def company(self, kind: str = "") -> tuple[str, str]:
        """(company name, e-mail domain): a distractor, often named after a surname."""
        sur = self._draw(self.ch(LOCAL_LOCALES[self.region]), "m")[1]
        if self.p(0.6):
            nm = f"{sur} {self.ch(COMPANY_SUFFIX[self.region])}"
        else:
            stem = self.ch(
                [
                    "Alpin",
                    "Novatek",
                    "Helvetia Data",
                    "Lumina",
                    "Sirius",
                    "Kontor",
                    "Axiom",
                    "Meridian",
                    "Brightwater",
                    "Verdi",
                    "Cobalt",
                    "Orbis",
                    "Quadra",
                ]
            )
            nm = f"{stem}{kind} {self.ch(COMPANY_SUFFIX[self.region])}"
        dom = slug(nm.split()[0], self.lang == "de").replace("-", "") or "firma"
        return nm, f"{dom}.{TLD[self.region]}"

    def role_mail(self, domain: str) -> str:
        return f"{self.ch(['info', 'support', 'noreply', 'kontakt', 'service', 'hello', 'office'])}@{domain}"

    def tel_raw(self, kind: str = "any", intl: bool | None = None) -> str:
        r = self.r

        def sub(rr: random.Random, n: int) -> str:
            return str(rr.randint(2, 9)) + _digits(rr, n - 1)

        mobile = kind == "mobile" or (kind == "any" and r.random() < 0.45)
        if intl is None:
            intl = r.random() < 0.4
        reg = self.region if self.country != "CH" else "CH"
        if reg == "DE":
            ac = (
                r.choice(["151", "160", "170", "171", "176", "177", "157", "152"])
                if mobile
                else r.choice(["30", "40", "89", "221", "69", "711", "351", "341", "511", "911", "228", "761"])
            )
            sub = sub(r, 7 if mobile else 10 - len(ac))
            if intl:
                return r.choice(
                    [
                        f"+49 {ac} {sub}",
                        f"+49 (0){ac} {sub}",
                        f"+49-{ac}-{sub}",
                        f"0049 {ac} {sub}",
                        f"+49 {ac} {sub[:3]} {sub[3:]}",
                    ]
                )
            return r.choice(
                [
                    f"0{ac} {sub}",
                    f"0{ac}/{sub}",
                    f"(0{ac}) {sub}",
                    f"0{ac}-{sub}",
                    f"0{ac} {sub[:3]} {sub[3:]}",
                    f"0{ac} / {sub[:2]} {sub[2:4]} {sub[4:]}",
                ]
            )
        if reg == "AT":
            ac = (
                r.choice(["650", "660", "664", "676", "699"])
                if mobile
                else r.choice(["1", "316", "512", "662", "732", "463"])
            )
            sub = sub(r, 7 if mobile or ac == "1" else 6)
            if intl:
                return r.choice(
                    [
                        f"+43 {ac} {sub}",
                        f"+43 (0){ac} {sub}",
                        f"0043 {ac} {sub[:3]} {sub[3:]}",
                        f"+43 {ac} {sub[:3]} {sub[3:]}",
                    ]
                )
            return r.choice([f"0{ac} {sub}", f"0{ac}/{sub}", f"0{ac} {sub[:3]} {sub[3:]}", f"0{ac}-{sub}"])
        if reg == "CH":
            ac = (
                r.choice(["76", "77", "78", "79"])
                if mobile
                else r.choice(["21", "22", "26", "31", "32", "41", "43", "44", "52", "61", "71", "81", "91"])
            )
            s = sub(r, 7)
            g = f"{s[:3]} {s[3:5]} {s[5:]}"
            if intl:
                return r.choice(
                    [
                        f"+41 {ac} {g}",
                        f"+41 (0){ac} {g}",
                        f"0041 {ac} {g}",
                        f"+41{ac}{s}",
                        f"+41 {ac} {s[:3]}.{s[3:5]}.{s[5:]}",
                    ]
                )
            return r.choice(
                [
                    f"0{ac} {g}",
                    f"0{ac} {g}",
                    f"0{ac}/{s[:3]} {s[3:5]} {s[5:]}",
                    f"0{ac}{s}",
                    f"0{ac} {s[:3]}.{s[3:5]}.{s[5:]}",
                ]
            )
        if reg == "FR":
            d = r.choice("67") if mobile else r.choice("12345")
            s = sub(r, 8)
            pairs = [s[i : i + 2] for i in range(0, 8, 2)]
            if intl:
                return r.choice(
                    [
                        f"+33 {d} " + " ".join(pairs),
                        f"+33 (0){d} " + " ".join(pairs),
                        f"0033 {d} " + " ".join(pairs),
                        f"+33{d}{s}",
                    ]
                )
            sep = r.choice([" ", " ", ".", "", "-"])
            return sep.join([f"0{d}", *pairs])
        if reg == "BE":
            if mobile:
                pre = r.choice(["470", "475", "478", "486", "496", "499"])
                s = sub(r, 6)
                if intl:
                    return r.choice([f"+32 {pre} {s[:2]} {s[2:4]} {s[4:]}", f"+32 (0){pre} {s}"])
                return r.choice([f"0{pre} {s[:2]} {s[2:4]} {s[4:]}", f"0{pre}/{s[:2]}.{s[2:4]}.{s[4:]}", f"0{pre}{s}"])
            ac = r.choice(["2", "4", "9", "81", "10", "65", "71"])
            s = sub(r, 8 - len(ac))
            grp = f"{s[:3]} {s[3:5]} {s[5:]}" if len(s) == 7 else f"{s[:2]} {s[2:4]} {s[4:]}"
            if intl:
                return f"+32 {ac} {grp}"
            return r.choice([f"0{ac} {grp}", f"0{ac}/{grp.replace(' ', '.', 1).replace(' ', '.')}"])
        if reg == "LU":
            s = r.choice(["621", "661", "691"]) + sub(r, 6) if mobile else r.choice(["2", "4"]) + sub(r, 7)
            grp = f"{s[:3]} {s[3:6]} {s[6:]}" if mobile else f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}"
            return (
                r.choice([f"+352 {grp}", f"(+352) {grp}", f"00352 {grp}", grp])
                if intl or mobile
                else r.choice([grp, f"+352 {grp}"])
            )
        if reg == "IT":
            if mobile:
                pre = r.choice(["320", "328", "333", "335", "338", "340", "347", "349", "366", "392"])
                s = sub(r, 7)
                loc = r.choice([f"{pre} {s}", f"{pre} {s[:3]} {s[3:]}", f"{pre}-{s}", f"{pre}{s}", f"{pre}/{s}"])
            else:
                ac = r.choice(["02", "06", "011", "051", "055", "081", "010", "091", "049", "045"])
                s = sub(r, 10 - len(ac))
                loc = r.choice(
                    [f"{ac} {s}", f"{ac} {s[:4]} {s[4:]}", f"{ac}-{s}", f"{ac}/{s}", f"{ac} {s[:3]} {s[3:]}"]
                )
            return r.choice([f"+39 {loc}", f"0039 {loc}", f"(+39) {loc}"]) if intl else loc
        if reg == "GB":
            if mobile:
                s = "7" + r.choice(["700", "911", "812", "450", "383", "957"]) + sub(r, 6)
                return (
                    r.choice([f"+44 {s[:4]} {s[4:]}", f"+44 (0) {s[:4]} {s[4:7]} {s[7:]}"])
                    if intl
                    else r.choice([f"0{s[:4]} {s[4:]}", f"0{s[:4]} {s[4:7]} {s[7:]}", f"0{s}"])
                )
            ac, n = r.choice([("20", 8), ("161", 7), ("121", 7), ("131", 7), ("113", 7), ("117", 7), ("1865", 6)])
            s = sub(r, n)
            grp = f"{s[:4]} {s[4:]}" if n == 8 else f"{s[:3]} {s[3:]}"
            return (
                r.choice([f"+44 {ac} {grp}", f"+44 (0){ac} {grp}", f"0044 {ac} {grp}"])
                if intl
                else r.choice([f"0{ac} {grp}", f"(0{ac}) {grp}"])
            )
        if reg == "IE":
            if mobile:
                pre, s = r.choice(["83", "85", "86", "87", "89"]), sub(r, 7)
                return (
                    r.choice([f"+353 {pre} {s[:3]} {s[3:]}", f"+353 (0){pre} {s}"])
                    if intl
                    else r.choice([f"0{pre} {s[:3]} {s[3:]}", f"(0{pre}) {s[:3]}-{s[3:]}", f"0{pre}{s}"])
                )
            ac = r.choice(["1", "21", "91", "61", "56", "71"])
            s = sub(r, 7 if ac == "1" else 6 if len(ac) == 2 else 7)
            return f"+353 {ac} {s[:3]} {s[3:]}" if intl else r.choice([f"0{ac} {s[:3]} {s[3:]}", f"(0{ac}) {s}"])
        if reg in ("US", "CA"):
            area = (
                r.choice(["212", "415", "312", "617", "503", "206", "512", "614", "720", "919"])
                if reg == "US"
                else r.choice(["416", "604", "514", "403", "613", "902", "204", "647"])
            )
            ex, ln = str(r.randint(201, 989)), sub(r, 4)
            if ex == "555":
                ex = "556"
            if intl:
                return r.choice([f"+1 {area} {ex} {ln}", f"+1 ({area}) {ex}-{ln}", f"+1-{area}-{ex}-{ln}"])
            return r.choice(
                [
                    f"({area}) {ex}-{ln}",
                    f"{area}-{ex}-{ln}",
                    f"{area}.{ex}.{ln}",
                    f"1-{area}-{ex}-{ln}",
                    f"({area}) {ex} {ln}",
                ]
            )
        if reg == "AU":
            if mobile:
                s = "4" + sub(r, 8)
                return (
                    r.choice([f"+61 {s[:3]} {s[3:6]} {s[6:]}", f"+61{s}"])
                    if intl
                    else r.choice([f"0{s[:3]} {s[3:6]} {s[6:]}", f"0{s}"])
                )
            ac, s = r.choice(["2", "3", "7", "8"]), sub(r, 8)
            return (
                f"+61 {ac} {s[:4]} {s[4:]}"
                if intl
                else r.choice([f"(0{ac}) {s[:4]} {s[4:]}", f"0{ac} {s[:4]} {s[4:]}"])
            )
        raise ValueError(reg)

    def tel(self, kind: str = "any", intl: bool | None = None) -> str:
        return mk("PHONE", self.tel_raw(kind, intl))

    def ext_word(self) -> str:
        return self.L(
            self.ch(["Durchwahl", "intern", "DW"]),
            self.ch(["poste", "int."]),
            self.ch(["interno", "int."]),
            self.ch(["ext.", "x", "extension"]),
        )

    def hotline(self) -> str:
        """A public service number: an unlabelled distractor."""
        r = self.r
        reg = self.region if self.country != "CH" else "CH"
        return {
            "DE": f"0800 {r.randint(100, 999)} {r.randint(1000, 9999)}",
            "AT": f"0800 {r.randint(100, 999)} {r.randint(100, 999)}",
            "CH": f"0800 {r.randint(100, 999)} {r.randint(100, 999)}",
            "FR": f"0 800 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
            "BE": f"0800 {r.randint(10, 99)} {r.randint(100, 999)}",
            "LU": f"8002 {r.randint(1000, 9999)}",
            "IT": f"800 {r.randint(100, 999)} {r.randint(100, 999)}",
            "GB": f"0800 {r.randint(100, 999)} {r.randint(1000, 9999)}",
            "IE": f"1800 {r.randint(100, 999)} {r.randint(100, 999)}",
            "US": f"1-800-{r.randint(200, 999)}-{r.randint(1000, 9999)}",
            "CA": f"1-888-{r.randint(200, 999)}-{r.randint(1000, 9999)}",
            "AU": f"13 {r.randint(10, 99)} {r.randint(10, 99)}",
        }[reg]

    # -- addresses -----------------------------------------------------------------------------
    def _street_line(self, unit: bool = False) -> str:
        r, reg = self.r, self.region
        st = self.ch(STREETS[reg])
        n = str(r.randint(1, 140))
        if reg in ("DE", "AT", "CHde") and self.p(0.15):
            n += self.ch(["a", "b", "c", " a"])
        if reg == "AT" and self.p(0.4):
            n += f"/{r.randint(1, 6)}/{r.randint(1, 24)}"
        if reg == "FR":
            line = self.ch([f"{n} {st}", f"{n}, {st}", f"{n} bis {st}" if self.p(0.3) else f"{n} {st}"])
            if unit:
                line = (
                    self.ch([f"Bât. {self.ch('ABCD')}, ", f"Appt {r.randint(1, 60)}, ", "Résidence Les Pins, "]) + line
                )
            return line
        if reg == "LU":
            return self.ch([f"{n}, {st}", f"{n} {st}", f"{st} {n}"])
        if reg in ("BE", "CHfr"):
            line = f"{st} {n}"
            if unit and reg == "BE":
                line += self.ch([f" bte {r.randint(1, 30)}", f"/{r.randint(1, 12)}"])
            return line
        if reg in ("IT", "CHit"):
            line = self.ch([f"{st} {n}", f"{st}, {n}", f"{st} n. {n}"])
            if unit:
                line += self.ch([f", scala {self.ch('ABC')}, int. {r.randint(1, 20)}", f", piano {r.randint(1, 6)}"])
            return line
        if reg == "GB":
            line = f"{n} {st}"
            return (f"Flat {r.randint(1, 30)}, " + line) if unit else line
        if reg == "IE":
            line = f"{n} {st}"
            return (f"Apartment {r.randint(1, 80)}, " + line) if unit else line
        if reg == "US":
            line = f"{r.randint(10, 9999)} {st}"
            return (
                line
                + self.ch(
                    [
                        f" Apt {r.randint(1, 30)}{self.ch('ABCD')}",
                        f", Suite {r.randint(100, 990)}",
                        f" #{r.randint(1, 40)}",
                    ]
                )
                if unit
                else line
            )
        if reg == "CA":
            line = f"{r.randint(10, 2999)} {st}"
            return (self.ch([f"Unit {r.randint(100, 2500)}, ", f"{r.randint(100, 2500)}-"]) + line) if unit else line
        if reg == "AU":
            line = f"{n} {st}"
            return (
                (self.ch([f"Unit {r.randint(1, 30)}, ", f"{r.randint(1, 30)}/", f"Level {r.randint(1, 20)}, "]) + line)
                if unit
                else line
            )
        # DE, AT, CHde
        line = f"{st} {n}"
        if unit:
            line += (
                self.ch([", Hinterhaus", f", {r.randint(1, 5)}. OG", f", Whg. {r.randint(1, 30)}"])
                if reg != "AT"
                else ""
                if "/" in n
                else f"/Top {r.randint(1, 30)}"
            )
        return line

    def _town(self) -> str:
        t = self.ch(TOWNS[self.region])
        if self.region in ("CHde", "CHfr", "CHit") and self.p(0.15):
            t = "CH-" + t
        if self.region == "AT" and self.p(0.15):
            t = "A-" + t
        if self.region == "FR" and self.p(0.25):
            code, town = t.split(" ", 1)
            t = f"{code} {town.upper()}"
        if self.region == "IT" and self.p(0.3):
            t = t.replace(" (", " ").rstrip(")")
        return t

    def addr_parts(self, unit: bool | None = None, pobox: bool = False) -> tuple[str, str]:
        if unit is None:
            unit = self.p(0.2)
        line = POBOX[self.region](self.r) if pobox else self._street_line(unit)
        return line, self._town()

    def addr1(self, unit: bool | None = None, pobox: bool = False) -> str:
        line, town = self.addr_parts(unit, pobox)
        if self.region in ("US", "CA") or (self.region == "IE" and "," in town):
            return mk("ADDRESS", f"{line}, {town}")
        sep = self.ch([", ", ", ", " - "]) if self.region in ("IT", "CHit") else ", "
        return mk("ADDRESS", f"{line}{sep}{town}")

    def addr2(self, unit: bool | None = None, pobox: bool = False) -> str:
        line, town = self.addr_parts(unit, pobox)
        return f"{mk('ADDRESS', line)}\n{mk('ADDRESS', town)}"

    def town_only(self) -> str:
        t = self.ch(TOWNS[self.region])
        if self.region in ("US", "CA"):
            return t.split(",")[0]
        if self.region == "GB":
            return t.rsplit(" ", 2)[0]
        if self.region == "IE":
            return t.split(",")[0].split(" ")[0]
        if self.region == "AU":
            return " ".join(w for w in t.split() if not w.isupper() and not w.isdigit())
        if self.region == "IT":
            return t.split(" ", 1)[1].split(" (")[0]
        return t.split(" ", 1)[1]

    def street_only(self) -> str:
        return self.ch(STREETS[self.region])

    # -- money, banks, cards ---------------------------------------------------------------------
    def money(self, lo: float = 10, hi: float = 5000) -> str:
        v = round(self.r.uniform(lo, hi), 2)
        whole, cents = f"{v:.2f}".split(".")
        reg = self.region
        if reg.startswith("CH"):
            w = f"{int(whole):,}".replace(",", "'")
            return self.ch([f"CHF {w}.{cents}", f"Fr. {w}.{cents}", f"{w}.{cents} CHF"])
        if reg in ("GB",):
            return f"£{int(whole):,}.{cents}"
        if reg in ("US", "CA", "AU"):
            pre = {"US": "$", "CA": "C$", "AU": "A$"}[reg]
            return f"{pre}{int(whole):,}.{cents}"
        if reg in ("IE",):
            return f"€{int(whole):,}.{cents}"
        if reg in ("FR", "BE", "LU"):
            w = f"{int(whole):,}".replace(",", "\u202f")
            return self.ch([f"{w},{cents} €", f"{w},{cents} EUR"])
        w = f"{int(whole):,}".replace(",", ".")
        return self.ch([f"{w},{cents} €", f"EUR {w},{cents}", f"€ {w},{cents}"])

    def iban_cc(self) -> str:
        local = {
            "DE": "DE",
            "AT": "AT",
            "CH": "CH",
            "FR": "FR",
            "BE": "BE",
            "LU": "LU",
            "IT": "IT",
            "GB": "GB",
            "IE": "IE",
            "US": "GB",
            "CA": "FR",
            "AU": "GB",
        }[self.country]
        if self.p(0.15):
            return self.ch(["DE", "AT", "CH", "FR", "BE", "LU", "IT", "GB", "IE", "ES", "PT", "LI"])
        return local

    def iban_raw(self, cc: str | None = None, grouped: bool | None = None) -> str:
        c = cc or self.iban_cc()
        iban = make_iban(c, bban_for(c, self.r))
        if grouped is None:
            grouped = self.p(0.55)
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if grouped else iban

    def iban(self, cc: str | None = None, grouped: bool | None = None) -> str:
        return mk("IBAN", self.iban_raw(cc, grouped))

    def iban_bic(self, cc: str | None = None) -> tuple[str, str]:
        """(marked IBAN, matching BIC); the BIC is not labelled."""
        raw = self.iban_raw(cc)
        return mk("IBAN", raw), self.ch(BICS.get(raw[:2], BICS["DE"]))

    def card_raw(self) -> str:
        r = self.r
        kind = self.ch(["visa", "visa", "mc", "mc", "amex", "mc2"] + (["disc"] if self.country == "US" else []))
        if kind == "visa":
            num = luhn_complete("4" + _digits(r, 5), 16, r)
        elif kind == "mc":
            num = luhn_complete(str(r.randint(51, 55)) + _digits(r, 4), 16, r)
        elif kind == "mc2":
            num = luhn_complete(str(r.randint(2221, 2720)) + _digits(r, 2), 16, r)
        elif kind == "disc":
            num = luhn_complete("6011" + _digits(r, 2), 16, r)
        else:
            num = luhn_complete(self.ch(["34", "37"]) + _digits(r, 4), 15, r)
            return self.ch([f"{num[:4]} {num[4:10]} {num[10:]}", num, f"{num[:4]}-{num[4:10]}-{num[10:]}"])
        return self.ch(
            [
                " ".join(num[i : i + 4] for i in range(0, 16, 4)),
                " ".join(num[i : i + 4] for i in range(0, 16, 4)),
                "-".join(num[i : i + 4] for i in range(0, 16, 4)),
                num,
            ]
        )

    def card(self) -> str:
        return mk("CARD", self.card_raw())

    def masked_card(self) -> str:
        last4 = _digits(self.r, 4)
        return self.ch([f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"•••• {last4}", f"...{last4}"])

    # -- dates ----------------------------------------------------------------------------------
    def fmt_date(self, d: dt.date, style: str | None = None) -> str:
        style = style or self.ch(["num", "num", "num", "long", "short", "iso"])
        lang, reg = self.lang, self.region
        if style == "iso":
            return d.isoformat()
        if style == "long":
            if lang == "de":
                return f"{d.day}. {DE_M[d.month - 1]} {d.year}"
            if lang == "fr":
                return f"{'1er' if d.day == 1 else d.day} {FR_M[d.month - 1]} {d.year}"
            if lang == "it":
                return f"{d.day} {IT_M[d.month - 1]} {d.year}"
            if reg in ("US", "CA"):
                return f"{EN_M[d.month - 1]} {d.day}, {d.year}"
            return self.ch([f"{d.day} {EN_M[d.month - 1]} {d.year}", f"{d.day} {EN_M[d.month - 1][:3]} {d.year}"])
        short = style == "short"
        dd = str(d.day) if short else f"{d.day:02d}"
        mm = str(d.month) if short else f"{d.month:02d}"
        if reg == "US":
            return f"{mm}/{dd}/{d.year}"
        if lang == "de" or reg.startswith("CH") or reg == "LU":
            return f"{dd}.{mm}.{d.year}"
        if lang == "it" and self.p(0.3):
            return f"{dd}-{mm}-{d.year}"
        return f"{dd}/{mm}/{d.year}"

    def dob_date(self, lo: int = 1938, hi: int = 2006) -> dt.date:
        return dt.date(lo, 1, 1) + dt.timedelta(days=self.r.randint(0, (dt.date(hi, 12, 31) - dt.date(lo, 1, 1)).days))

    def dob(self, style: str | None = None, lo: int = 1938, hi: int = 2006) -> str:
        return mk("DOB", self.fmt_date(self.dob_date(lo, hi), style))

    def day(self, lo: int = -60, hi: int = 60) -> dt.date:
        return dt.date(2026, 12, 4) + dt.timedelta(days=self.r.randint(lo, hi))

    def date(self, style: str | None = None, lo: int = -60, hi: int = 60) -> str:
        """A plain (non-birth) date: an unlabelled distractor."""
        return self.fmt_date(self.day(lo, hi), style)

    def time(self) -> str:
        h, m = self.r.randint(7, 18), self.ch(["00", "15", "30", "45"])
        return (
            f"{h}:{m}"
            if self.lang != "en" or self.region not in ("US", "CA")
            else f"{h % 12 or 12}:{m} {'AM' if h < 12 else 'PM'}"
        )

    def born(self, p: Person) -> str:
        """A cue word for a date of birth."""
        f = p.gender == "f"
        return self.L(
            self.ch(["geb.", "geboren am", "Geburtsdatum:", "*"]),
            self.ch(["née le" if f else "né le", "date de naissance :", "né(e) le"]),
            self.ch(["nata il" if f else "nato il", "data di nascita:", "n."]),
            self.ch(["born", "DOB:", "date of birth:", "b."]),
        )


# --------------------------------------------------------------------------------------------
# wrappers (requests to the assistant)

ASK: dict[str, list[str]] = {
    "de": [
        "Kannst du mir das kurz zusammenfassen?",
        "Bitte formuliere eine höfliche Antwort darauf:",
        "Was muss ich hier als Nächstes tun?",
        "Mach daraus bitte eine Tabelle:",
        "Prüf bitte, ob hier etwas fehlt:",
        "Kannst du das in sauberes Deutsch bringen?",
    ],
    "fr": [
        "Tu peux me résumer ça ?",
        "Aide-moi à répondre poliment à ceci :",
        "Qu'est-ce que je dois faire ensuite ?",
        "Mets ça dans un tableau stp :",
        "Corrige les fautes s'il te plaît :",
        "Vérifie s'il manque quelque chose :",
    ],
    "it": [
        "Mi fai un riassunto?",
        "Aiutami a rispondere a questo messaggio:",
        "Cosa devo fare adesso?",
        "Trasforma questo in una tabella:",
        "Correggi gli errori per favore:",
        "Controlla se manca qualcosa:",
    ],
    "en": [
        "Can you summarise this for me?",
        "Help me draft a reply to this:",
        "What do I need to do next?",
        "Turn this into a table please:",
        "Can you tidy this up?",
        "Check if anything is missing here:",
    ],
}
TRANSLATE: dict[str, list[str]] = {
    "de": ["Übersetze das bitte ins Deutsche:", "Kannst du mir das übersetzen?"],
    "fr": ["Traduis ceci en français :", "Tu peux me traduire ce texte ?"],
    "it": ["Traduci in italiano per favore:", "Mi traduci questo testo?"],
    "en": ["Translate this into English please:", "Can you translate this for me?"],
}


def wrap(c: Ctx, body: str) -> str:
    x = c.r.random()
    if x < 0.12:
        other = c.ch([lg for lg in LANGS if lg != c.lang])
        return f"{c.ch(TRANSLATE[other])}\n\n{body}"
    first = body.split("\n", 1)[0].rstrip()
    if x < 0.55 and not (len(first) < 100 and first.endswith(("?", ":"))):
        ask = c.ch(ASK[c.lang])
        return c.ch([f"{ask}\n\n{body}", f'{ask}\n\n"""\n{body}\n"""', f"{body}\n\n---\n{ask}"])
    return body


# --------------------------------------------------------------------------------------------
# templates: each returns a marked body


def _display(c: Ctx, p: Person, domain: str | None) -> str:
    """An e-mail header entry with a display name."""
    e = mk("EMAIL", c.email_raw(p, domain))
    style = c.ch(["qlf", "full", "dept", "plain", "qfull"])
    if style == "qlf":
        return f'"{c.name(p, "lf")}" <{e}>'
    if style == "qfull":
        return f"'{c.name(p)}' <{e}>"
    if style == "full":
        return f"{c.name(p)} <{e}>"
    if style == "dept":
        return f"{mk('PERSON', f'{p.last} {p.first}')} ({c.ch(['IT-SEC', 'FIN', 'HR', 'MKT', 'OPS', 'LEG'])}) <{e}>"
    return e


def t_calendar(c: Ctx, i: int) -> str:
    org = c.person()
    comp, dom = c.company()
    atts = [c.person() for _ in range(c.r.randint(3, 6))]
    room, proj = c.ch(FAMOUS), c.ch(PROJECTS)
    when = c.date("long", 1, 40)
    t1 = c.time()
    hdr = [
        c.L("Von", "De", "Da", "From"),
        c.L("Gesendet", "Envoyé", "Inviato", "Sent"),
        c.L("An", "À", "A", "To"),
        "Cc",
        c.L("Betreff", "Objet", "Oggetto", "Subject"),
    ]
    colon = " :" if c.lang == "fr" else ":"
    to = "; ".join(_display(c, p, dom if c.p(0.8) else None) for p in atts[:3])
    cc = "; ".join(_display(c, p, dom) for p in atts[3:]) or c.role_mail(dom)
    subj = c.L(
        f"Einladung: Kick-off Projekt {proj}",
        f"Invitation : lancement du projet {proj}",
        f"Invito: kick-off progetto {proj}",
        f"Invitation: Project {proj} kick-off",
    )
    sent = c.date("long", -3, 0)
    lines = [
        f"{hdr[0]}{colon} {_display(c, org, dom)}",
        f"{hdr[1]}{colon} {sent} {c.time()}",
        f"{hdr[2]}{colon} {to}",
        f"{hdr[3]}{colon} {cc}",
        f"{hdr[4]}{colon} {subj}",
        "",
    ]
    greet = c.L("Hallo zusammen,", "Bonjour à tous,", "Ciao a tutti,", "Hi all,")
    a0, a1 = atts[0], atts[1]
    poss = c.name(a0, "first") + {"de": "s", "fr": "", "it": "", "en": "'s"}[c.lang]
    intro = c.L(
        f"anbei die Einladung zum Kick-off. {c.name(a0, 'first')} stellt den Zeitplan vor, {c.name(a1)} bringt "
        f"die Zahlen aus dem Q3-Bericht (Version 2.{c.r.randint(0, 9)}) mit.",
        f"voici l'invitation pour le lancement. {c.name(a0, 'first')} présentera le planning et {c.name(a1)} "
        f"apportera les chiffres du rapport T3 (version 2.{c.r.randint(0, 9)}).",
        f"ecco l'invito per il kick-off. {c.name(a0, 'first')} presenta il calendario, {c.name(a1)} porta i "
        f"numeri del report Q3 (versione 2.{c.r.randint(0, 9)}).",
        f"please find the invite for the kick-off below. {poss if c.p(0.5) else c.name(a0, 'first')} "
        f"{'slides cover' if c.p(0.5) else 'will walk us through'} the timeline and {c.name(a1)} will bring the "
        f"Q3 numbers (v2.{c.r.randint(0, 9)}).",
    )
    if c.lang == "en" and "slides cover" in intro:
        intro = intro.replace(f"{c.name(a0, 'first')} slides cover", f"{poss} slides cover")
    where = c.L(
        f"Raum {room} ({c.r.randint(1, 5)}. OG) oder Teams",
        f"salle {room} ({c.r.randint(1, 5)}e étage) ou Teams",
        f"sala {room} ({c.r.randint(1, 5)}° piano) o Teams",
        f"Room {room}, floor {c.r.randint(1, 5)}, or Teams",
    )
    block = [
        greet,
        "",
        intro,
        "",
        f"{c.L('Wann', 'Quand', 'Quando', 'When')}{colon} {when}, {t1}",
        f"{c.L('Wo', 'Où', 'Dove', 'Where')}{colon} {where}",
    ]
    if c.p(0.5):
        block.append(
            f"{c.L('Einwahl (nur Audio)', 'Accès audio', 'Accesso audio', 'Dial-in (audio only)')}{colon} "
            f"{c.hotline() if c.p(0.5) else c.tel_raw('land', True)},,{_digits(c.r, 9)}#  "
            f"{c.L('Konferenz-ID', 'ID de conférence', 'ID conferenza', 'Conference ID')}{colon} "
            f"{_digits(c.r, 3)} {_digits(c.r, 3)} {_digits(c.r, 3)}#"
        )
    block += ["", c.L("Teilnehmende:", "Participants :", "Partecipanti:", "Attendees:")]
    status = [
        c.L("zugesagt", "accepté", "accettato", "accepted"),
        c.L("vorläufig", "provisoire", "provvisorio", "tentative"),
        c.L("abgesagt", "refusé", "rifiutato", "declined"),
        c.L("optional", "facultatif", "facoltativo", "optional"),
    ]
    for p in [org, *atts]:
        row = f"- {c.name(p, c.ch(['full', 'full', 'lf', 'init']))}"
        if p is org:
            row += f" ({c.L('Organisator', 'organisateur', 'organizzatore', 'organiser')})"
        else:
            row += f" – {c.ch(status)}"
        if c.p(0.25):
            row += f", {c.tel()}"
        block.append(row)
    block += [
        "",
        c.L(
            f"Wer nicht kann, bitte kurz melden – ich bin mobil unter {c.tel('mobile')} erreichbar.",
            f"En cas d'empêchement, prévenez-moi – joignable sur mon portable au {c.tel('mobile')}.",
            f"Chi non può, mi avvisi – sono raggiungibile al cellulare {c.tel('mobile')}.",
            f"If you can't make it, just let me know – my mobile is {c.tel('mobile')}.",
        ),
        "",
        c.L("Viele Grüße", "Bien cordialement", "Cordiali saluti", "Best regards"),
        c.name(org),
        c.ch(
            c.L(
                "Projektleitung|Leiterin Controlling|Head of Operations",
                "Cheffe de projet|Directeur financier",
                "Responsabile acquisti|Project manager",
                "Operations Lead|Head of Controlling",
            ).split("|")
        )
        + f" | {comp}",
        f"T {c.tel('land')} | {mk('EMAIL', c.email_raw(org, dom))}",
    ]
    return "\n".join(lines + block)


def t_ticket(c: Ctx, i: int) -> str:
    comp, dom = c.company()
    rep, asg, cust, w = c.person(), c.person(), c.person(), c.person()
    ver = f"{c.r.randint(3, 9)}.{c.r.randint(0, 20)}.{c.r.randint(0, 9)}"
    ip = f"{c.r.choice([10, 172, 192])}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"
    cust_mail = c.email(cust)
    if i % 2 == 0:
        key = f"{c.ch(['SUP', 'CRM', 'PAY', 'WEB'])}-{c.r.randint(100, 9999)}"
        title = c.L(
            "Kundin kann Zahlung nicht abschließen",
            "Le client ne peut pas finaliser le paiement",
            "Il cliente non riesce a completare il pagamento",
            "Customer cannot complete checkout",
        )
        desc = c.L(
            f"{c.title(cust)} {c.name(cust, 'last')} (Kundennr. {c.r.randint(100000, 999999)}) meldet per "
            "Telefon, dass "
            f"der Checkout seit Version {ver} mit Fehler 502 abbricht. Rückruf erbeten unter {c.tel()}, "
            f"E-Mail {cust_mail}.",
            f"{c.title(cust)} {c.name(cust, 'last')} (n° client {c.r.randint(100000, 999999)}) signale que le paiement "
            f"échoue avec l'erreur 502 depuis la version {ver}. Rappeler au {c.tel()}, courriel {cust_mail}.",
            f"{c.title(cust)} {c.name(cust, 'last')} (cod. cliente {c.r.randint(100000, 999999)}) segnala che il "
            f"pagamento si blocca con errore 502 dalla versione {ver}. Richiamare al {c.tel()}, e-mail {cust_mail}.",
            f"{c.title(cust)} {c.name(cust, 'last')} (customer #{c.r.randint(100000, 999999)}) reports that checkout "
            f"fails with a 502 since {ver}. Please call back on {c.tel()} or email {cust_mail}.",
        )
        card_line = c.L(
            f"ACHTUNG: Die Kundin hat im Chat ihre komplette Kartennummer {c.card()} gepostet – bitte aus dem Verlauf "
            "entfernen.",
            f"ATTENTION : le client a collé son numéro de carte complet {c.card()} dans le chat – à supprimer.",
            f"ATTENZIONE: il cliente ha incollato il numero completo della carta {c.card()} in chat – da cancellare.",
            f"NOTE: customer pasted the full card number {c.card()} into the chat – please redact.",
        )
        rows = [
            f"[{key}] {title}",
            f"Status: In Progress | Priority: {c.ch(['High', 'Medium', 'Blocker'])} | Component: Checkout | "
            f"Affects Version/s: {ver} | Fix Version/s: {ver[:-1]}{int(ver[-1]) + 1}",
            f"Reporter: {c.name(rep)}",
            f"Assignee: {c.name(asg, c.ch(['full', 'full', 'lf']))}",
            f"Created: {c.date('iso', -10, 0)} {c.time()}",
            "",
            "Description:",
            desc,
        ]
        if c.p(0.9):
            rows.append(card_line)
        rows += [
            "",
            "Comments:",
            f"{c.name(asg)} - {c.date('num', -9, 0)} {c.time()}",
            c.L(
                f"@{c.name(w)} kannst du dir die Logs anschauen? Zeitraum {c.time()}–{c.time()}.",
                f"@{c.name(w)} tu peux regarder les logs ? Entre {c.time()} et {c.time()}.",
                f"@{c.name(w)} puoi guardare i log? Tra le {c.time()} e le {c.time()}.",
                f"@{c.name(w)} can you check the logs? Between {c.time()} and {c.time()}.",
            ),
            f"{c.name(w)} - {c.date('num', -8, 0)}",
            "{code}",
            f"{c.date('iso', -9, -1)}T{c.r.randint(10, 23)}:{c.r.randint(10, 59)}:{c.r.randint(10, 59)}Z WARN "
            f"checkout.PaymentService - declined user={mk('EMAIL', c.email_raw(cust))} ip={ip} "
            f"order={c.r.randint(10**7, 10**8)} card={c.masked_card()}",
            "{code}",
            c.L(
                f"Gateway-Timeout, kein Bug bei uns. {c.name(rep, 'first')}, bitte Kundin informieren.",
                f"Timeout de la passerelle, pas un bug chez nous. {c.name(rep, 'first')}, merci d'informer le client.",
                f"Timeout del gateway, non è un nostro bug. {c.name(rep, 'first')}, avvisa tu il cliente?",
                f"Gateway timeout, not our bug. {c.name(rep, 'first')}, can you let the customer know?",
            ),
        ]
        return "\n".join(rows)
    num = f"INC{c.r.randint(10**6, 10**7 - 1):07d}"
    loc_line, loc_town = c.addr_parts(unit=False)
    rows = [
        f"Number: {num}",
        f"Caller: {c.name(cust, 'lf')}",
        f"{c.L('Standort', 'Site', 'Sede', 'Location')}: {comp}, {mk('ADDRESS', loc_line + ', ' + loc_town)}",
        f"Contact: {c.tel()} / {cust_mail}",
        f"Category: Hardware > Laptop   Configuration item: NB-{c.r.randint(1000, 9999)}",
        f"Assignment group: Service Desk {c.town_only()}   Assigned to: {c.name(asg, 'lf')}",
        f"Short description: {c.L('VPN bricht ab', 'VPN se déconnecte', 'La VPN cade', 'VPN keeps dropping')}",
        "",
        "Work notes:",
        f"{c.date('num', -5, 0)} {c.time()} - {c.name(asg)}",
        c.L(
            f"Rückruf bei {c.name(cust, 'first')}: Client {ver}, IP {ip}. Vertretung während Urlaub: {c.name(w)} "
            f"({c.tel()}).",
            f"Rappel de {c.name(cust, 'first')} : client {ver}, IP {ip}. Remplaçant pendant les congés : {c.name(w)} "
            f"({c.tel()}).",
            f"Richiamato {c.name(cust, 'first')}: client {ver}, IP {ip}. Sostituto durante le ferie: {c.name(w)} "
            f"({c.tel()}).",
            f"Called {c.name(cust, 'first')} back: client {ver}, IP {ip}. Cover while on leave: {c.name(w)} "
            f"({c.tel()}).",
        ),
        f"{c.date('num', -4, 0)} {c.time()} - {c.name(rep)}",
        c.L(
            f"Ersatzgerät per Kurier an Privatadresse: {c.addr1()}. Bestätigung an {c.role_mail(dom)}.",
            f"Appareil de remplacement envoyé au domicile : {c.addr1()}. Confirmation à {c.role_mail(dom)}.",
            f"Dispositivo sostitutivo spedito all'indirizzo privato: {c.addr1()}. Conferma a {c.role_mail(dom)}.",
            f"Replacement device couriered to home address: {c.addr1()}. Confirmation to {c.role_mail(dom)}.",
        ),
        "State: Resolved   Close code: Solved (Workaround)",
    ]
    if c.p(0.5):
        rows.insert(-1, f"{c.date('num', -3, 0)} {c.time()} - {c.name(rep)}")
        rows.insert(
            -1,
            c.L(
                f"Nutzer hat die Firmenkarte {c.card()} für das Netzteil im Chat angegeben – Nummer nicht "
                "weiterverwenden.",
                f"L'utilisateur a donné la carte société {c.card()} dans le chat pour le chargeur – ne pas réutiliser.",
                f"L'utente ha scritto in chat la carta aziendale {c.card()} per l'alimentatore – non riutilizzare.",
                f"User typed the company card {c.card()} into the chat for the charger – do not reuse.",
            ),
        )
    return "\n".join(rows)


def t_crm(c: Ctx, i: int) -> str:
    comp, dom = c.company()
    k, ass, me = c.person(), c.person(gender="f"), c.person()
    v = i % 3
    if v == 0:
        rows = [
            c.L("Kontakt", "Contact", "Contatto", "Contact") + f": {c.ch(['Dr. ', 'Prof. ', '', ''])}{c.name(k)}",
            f"{c.L('Firma', 'Société', 'Azienda', 'Account')}: {comp}",
            f"{c.L('Position', 'Fonction', 'Ruolo', 'Title')}: "
            + c.ch(
                c.L(
                    "Einkaufsleitung|Head of Procurement|CFO",
                    "Directrice financière|Acheteur|DSI",
                    "Responsabile IT|Direttore acquisti|CFO",
                    "Head of Procurement|COO|Finance Director",
                ).split("|")
            ),
            f"{c.L('Tel. direkt', 'Tél. direct', 'Tel. diretto', 'Direct')}: {c.tel('land')}"
            + (f" {c.ext_word()} {c.r.randint(10, 999)}" if c.p(0.3) else ""),
            f"{c.L('Mobil', 'Portable', 'Cellulare', 'Mobile')}: {c.tel('mobile')}",
            f"E-Mail: {c.email(k, dom)}",
            f"{c.L('Adresse', 'Adresse', 'Indirizzo', 'Address')}: {c.addr1()}",
        ]
        if c.p(0.7):
            rows.append(
                f"{c.L('Geburtstag', 'Anniversaire', 'Compleanno', 'Birthday')}: {c.dob()} "
                + c.L("(Karte schicken!)", "(envoyer une carte !)", "(mandare biglietto!)", "(send a card!)")
            )
        rows += [
            "",
            c.L("Notizen:", "Notes :", "Note:", "Notes:"),
            c.L(
                f"- {c.date('short', -30, -10)}: Anruf, Interesse an Paket Pro ({c.money(1000, 9000)}/Jahr). "
                f"Assistentin {c.name(ass)} (intern {c.r.randint(100, 999)}) koordiniert Termine.",
                f"- {c.date('short', -30, -10)} : appel, intéressée par l'offre Pro ({c.money(1000, 9000)}/an). "
                f"Son assistant {c.name(ass)} gère l'agenda.",
                f"- {c.date('short', -30, -10)}: telefonata, interesse per il pacchetto Pro "
                f"({c.money(1000, 9000)}/anno). "
                f"L'assistente {c.name(ass)} gestisce gli appuntamenti.",
                f"- {c.date('short', -30, -10)}: call, interested in the Pro plan ({c.money(1000, 9000)}/yr). "
                f"EA {c.name(ass)} handles the diary.",
            ),
            c.L(
                f"- {c.date('short', -9, -1)}: Demo mit {c.name(k, 'first')} und Kollege {c.name(me)} aus "
                f"{c.town_only()}. "
                f"Folgetermin {c.date('short', 5, 20)}.",
                f"- {c.date('short', -9, -1)} : démo avec {c.name(k, 'first')} et son collègue {c.name(me)} de "
                f"{c.town_only()}. "
                f"Prochain RDV le {c.date('short', 5, 20)}.",
                f"- {c.date('short', -9, -1)}: demo con {c.name(k, 'first')} e il collega {c.name(me)} di "
                f"{c.town_only()}. "
                f"Prossimo incontro {c.date('short', 5, 20)}.",
                f"- {c.date('short', -9, -1)}: demo with {c.name(k, 'first')} and colleague {c.name(me)} from "
                f"{c.town_only()}. "
                f"Follow-up {c.date('short', 5, 20)}.",
            ),
        ]
        if c.p(0.8):
            rows.append(
                c.L(
                    f"- Zahlt per Kreditkarte {c.card()} (gültig bis {c.r.randint(1, 12):02d}/{c.r.randint(27, 31)}).",
                    f"- Paiement par carte {c.card()} (exp. {c.r.randint(1, 12):02d}/{c.r.randint(27, 31)}).",
                    f"- Paga con carta {c.card()} (scad. {c.r.randint(1, 12):02d}/{c.r.randint(27, 31)}).",
                    f"- Pays by card {c.card()} (exp {c.r.randint(1, 12):02d}/{c.r.randint(27, 31)}).",
                )
            )
        rows.append(
            c.L(
                f"Nächster Schritt: Angebot an {c.email(k, dom)}, cc {c.role_mail(dom)}.",
                f"Étape suivante : offre à {c.email(k, dom)}, cc {c.role_mail(dom)}.",
                f"Prossimo passo: offerta a {c.email(k, dom)}, cc {c.role_mail(dom)}.",
                f"Next step: send proposal to {c.email(k, dom)}, cc {c.role_mail(dom)}.",
            )
        )
        return "\n".join(rows)
    if v == 1:
        job = f"{c.r.randint(2025, 2026)}-{c.r.randint(100, 999)}"
        body = c.L(
            f"Hallo {c.name(me, 'first')},\n\nich möchte dir {c.name(k)} für die Stelle Senior Data Engineer "
            f"(Job-ID {job}) "
            f"empfehlen. Wir haben drei Jahre bei {comp} zusammengearbeitet, {c.name(k, 'first')} hat dort die "
            f"Datenplattform aufgebaut.\n\n{c.name(k, 'first')} ist erreichbar unter {c.tel('mobile')} oder "
            f"{c.email(k)}. Lebenslauf hängt an.\n\nAls Referenz kannst du auch Frau {c.name(ass)} "
            f"({c.tel()}) fragen.\n\nLG\n{c.name(rep := c.person())}",
            f"Bonjour {c.name(me, 'first')},\n\nje te recommande {c.name(k)} pour le poste d'ingénieur·e data "
            f"(réf. {job}). Nous avons travaillé ensemble trois ans chez {comp}.\n\nTu peux joindre "
            f"{c.name(k, 'first')} au {c.tel('mobile')} ou à {c.email(k)}. CV en pièce jointe.\n\nComme référence, "
            f"tu peux aussi contacter {c.title(ass)} {c.name(ass)} ({c.tel()}).\n\nBien à "
            f"toi,\n{c.name(rep := c.person())}",
            f"Ciao {c.name(me, 'first')},\n\nti segnalo {c.name(k)} per la posizione di Data Engineer (rif. {job}). "
            f"Abbiamo lavorato insieme tre anni in {comp}.\n\nPuoi contattare {c.name(k, 'first')} al "
            f"{c.tel('mobile')} o a {c.email(k)}. In allegato il CV.\n\nCome referenza puoi sentire anche "
            f"{c.title(ass)} {c.name(ass)} ({c.tel()}).\n\nUn saluto,\n{c.name(rep := c.person())}",
            f"Hi {c.name(me, 'first')},\n\nI'd like to refer {c.name(k)} for the Senior Data Engineer role (req "
            f"{job}). "
            f"We worked together for three years at {comp}.\n\nYou can reach {c.name(k, 'first')} on "
            f"{c.tel('mobile')} or {c.email(k)}. CV attached.\n\nFor a reference you could also try "
            f"{c.title(ass)} {c.name(ass)} ({c.tel()}).\n\nCheers,\n{c.name(rep := c.person())}",
        )
        _ = rep
        return body
    hl = c.ch(["Senior Software Engineer", "Product Owner", "Data Scientist", "UX Designer", "Key Account Manager"])
    rows = [
        c.name(k, c.ch(["full", "full", "caps"])),
        f"{hl} @ {comp} | {c.ch(['Python', 'SAP', 'B2B', 'Agile'])} | {c.ch(['he/him', 'she/her', 'they/them', ''])}",
        f"{c.town_only()} · {c.r.randint(200, 500)}+ {c.L('Kontakte', 'relations', 'collegamenti', 'connections')}",
        "",
        c.L("Kontakt", "Coordonnées", "Contatti", "Contact info"),
        f"E-Mail: {c.email(k)}",
        f"{c.L('Telefon', 'Téléphone', 'Telefono', 'Phone')}: {c.tel('mobile')}",
        "",
        c.L("Berufserfahrung", "Expérience", "Esperienza", "Experience"),
        f"{hl} – {comp} ({c.r.randint(2019, 2023)} – {c.L('heute', 'aujourd’hui', 'oggi', 'present')})",
        f"{c.ch(['Consultant', 'Analyst', 'Engineer'])} – {c.company()[0]} ({c.r.randint(2012, 2018)} – "
        f"{c.r.randint(2019, 2022)})",
        "",
        c.L("Empfehlungen", "Recommandations", "Referenze", "Recommendations"),
        c.L(
            f"„{c.name(k, 'first')} ist die beste Kollegin, die ich je hatte.“ – {c.name(ass)}, Teamleitung",
            f"« {c.name(k, 'first')} est d'une rigueur rare. » – {c.name(ass)}, manager",
            f"«{c.name(k, 'first')} è una professionista eccezionale.» – {c.name(ass)}, team lead",
            f'"{c.name(k, "first")} is the best colleague I\'ve had." – {c.name(ass)}, Engineering Manager',
        ),
    ]
    return "\n".join(rows)


def t_bank(c: Ctx, i: int) -> str:
    a, b = c.person(), c.person()
    if i % 2 == 0:
        ia, bic_a = c.iban_bic()
        ib, bic_b = c.iban_bic()
        amt = c.money(50, 12000)
        ref = f"{c.r.randint(10**11, 10**12 - 1)}"
        purpose = c.ch(
            [
                c.L(
                    "Miete Dezember Whg. 3", "Loyer décembre appt 3", "Affitto dicembre int. 3", "December rent flat 3"
                ),
                c.L(
                    f"Rechnung Nr. {c.r.randint(2026000, 2026999)}",
                    f"Facture n° {c.r.randint(2026000, 2026999)}",
                    f"Fattura n. {c.r.randint(100, 999)}/2026",
                    f"Invoice INV-{c.r.randint(10000, 99999)}",
                ),
                c.L("Kaution", "Caution", "Deposito cauzionale", "Deposit"),
            ]
        )
        head = c.L(
            "Auftragsbestätigung – SEPA-Überweisung",
            "Confirmation d'ordre – virement SEPA",
            "Conferma disposizione – bonifico SEPA",
            "Payment confirmation – international transfer",
        )
        rows = [
            head,
            "",
            c.L("Auftraggeber", "Donneur d'ordre", "Ordinante", "Payer")
            + f": {c.name(a, c.ch(['full', 'caps', 'LF']))}",
        ]
        if c.p(0.5):
            rows.append(f"{c.L('Adresse', 'Adresse', 'Indirizzo', 'Address')}: {c.addr1()}")
        rows += [
            f"{c.L('Konto (IBAN)', 'Compte (IBAN)', 'Conto (IBAN)', 'Account (IBAN)')}: {ia}",
            f"BIC: {bic_a}",
            "",
            c.L("Empfänger", "Bénéficiaire", "Beneficiario", "Beneficiary")
            + f": {c.name(b, c.ch(['full', 'caps', 'lf']))}",
            f"IBAN: {ib}",
            f"BIC: {bic_b}",
            "",
            f"{c.L('Betrag', 'Montant', 'Importo', 'Amount')}: {amt}",
            f"{c.L('Verwendungszweck', 'Communication', 'Causale', 'Reference')}: {purpose}",
            f"{c.L('Ausführungsdatum', 'Date d’exécution', 'Data esecuzione', 'Execution date')}: "
            f"{c.date('num', 0, 5)}",
            f"{c.L('Auftragsreferenz', 'Référence', 'CRO/TRN', 'Transaction ID')}: {ref}",
            "",
            c.L(
                f"Fragen? Service-Hotline {c.hotline()} (Mo–Fr 8–18 Uhr).",
                f"Des questions ? Service clients {c.hotline()} (lun.–ven. 8h–18h).",
                f"Domande? Numero verde {c.hotline()} (lun–ven 8–18).",
                f"Questions? Call {c.hotline()} (Mon–Fri 8am–6pm).",
            ),
        ]
        if c.p(0.5):
            rows = [
                c.L(
                    f"Hab {c.name(b, 'first')} die Kaution überwiesen, passt das so?",
                    f"J'ai viré la caution à {c.name(b, 'first')}, c'est bon comme ça ?",
                    f"Ho fatto il bonifico a {c.name(b, 'first')}, va bene così?",
                    f"Sent {c.name(b, 'first')} the money, does this look right?",
                ),
                "",
                *rows,
            ]
        return "\n".join(rows)
    d1, d2 = c.date("num", -20, -10), c.date("num", -9, -2)
    co = f"c/o {c.name(c.person())}\n" if c.p(0.35) else ""
    body = c.L(
        f"Sehr geehrte Damen und Herren,\n\nauf meiner Kreditkarte {c.card()} (Karteninhaberin/-inhaber: {c.name(a)}, "
        f"geb. {c.dob()}) wurden am {d1} und am {d2} zwei Umsätze über {c.money(100, 900)} und {c.money(100, 900)} "
        f"von „{c.company()[0]}“ belastet, die ich nicht getätigt habe. Bitte sperren Sie die Karte und senden Sie die "
        f"Ersatzkarte an meine neue Adresse:\n\n{c.name(a)}\n{co}{c.addr2()}\n\nTagsüber erreichen Sie mich unter "
        f"{c.tel()}. Die Rückerstattung bitte auf mein Konto {c.iban()}.\n\nMit freundlichen Grüßen\n{c.name(a)}",
        f"Madame, Monsieur,\n\nsur ma carte {c.card()} (titulaire : {c.name(a)}, né(e) le {c.dob()}), deux "
        f"opérations de {c.money(100, 900)} et {c.money(100, 900)} au nom de « {c.company()[0]} » ont été débitées le "
        f"{d1} et le {d2}. Je ne les reconnais pas. Merci de faire opposition et d'envoyer la nouvelle carte à :\n\n"
        f"{c.name(a)}\n{co}{c.addr2()}\n\nJe suis joignable au {c.tel()}. Remboursement sur le compte {c.iban()}, "
        f"s'il vous plaît.\n\nCordialement,\n{c.name(a)}",
        f"Spett.le Banca,\n\nsulla mia carta {c.card()} (intestatario: {c.name(a)}, nato/a il {c.dob()}) risultano "
        f"due addebiti del {d1} e del {d2} di {c.money(100, 900)} e {c.money(100, 900)} da «{c.company()[0]}» che non "
        f"ho effettuato. Vi chiedo di bloccare la carta e spedire la nuova a:\n\n{c.name(a)}\n{co}{c.addr2()}\n\n"
        f"Sono raggiungibile al {c.tel()}. Rimborso sul conto {c.iban()}.\n\nDistinti saluti\n{c.name(a)}",
        f"Dear Sir or Madam,\n\ntwo transactions of {c.money(100, 900)} and {c.money(100, 900)} from "
        f'"{c.company()[0]}" on {d1} and {d2} appeared on my card {c.card()} (cardholder {c.name(a)}, DOB '
        f"{c.dob()}). I did not make them. Please cancel the card and send the replacement to:\n\n{c.name(a)}\n"
        f"{co}{c.addr2()}\n\nYou can reach me on {c.tel()}. Please refund to {c.iban()}.\n\nKind regards,\n{c.name(a)}",
    )
    return body


def t_payroll(c: Ctx, i: int) -> str:
    comp, dom = c.company()
    e, hr = c.person(), c.person()
    month = {"de": DE_M, "fr": FR_M, "it": IT_M, "en": EN_M}[c.lang][c.r.randint(8, 10)]
    gross = c.r.randint(3200, 9800)
    head = c.L(
        f"Lohnabrechnung {month} 2026",
        f"Bulletin de paie – {month} 2026",
        f"Cedolino paga – {month} 2026",
        f"Payslip – {month} 2026",
    )
    ca, ct = c.addr_parts(unit=False)
    rows = [
        head,
        f"{comp}, {mk('ADDRESS', ca + ', ' + ct)}" if c.p(0.6) else comp,
        "",
        *([c.title(e)] if c.lang != "en" else []),
        c.name(e, c.ch(["full", "full", "LF"])),
        c.addr2(),
        "",
        f"{c.L('Personal-Nr.', 'Matricule', 'Matricola', 'Employee no.')}: {c.r.randint(1000, 99999):06d}    "
        f"{c.L('Kostenstelle', 'Centre de coût', 'Centro di costo', 'Cost centre')}: {c.r.randint(4000, 4999)}",
        f"{c.L('Geburtsdatum', 'Date de naissance', 'Data di nascita', 'Date of birth')}: "
        f"{c.dob('num', 1958, 2004)}    "
        f"{c.L('Eintritt', 'Entrée', 'Assunzione', 'Start date')}: {c.date('num', -3000, -200)}",
        f"{c.L('Beschäftigungsgrad', 'Taux d’activité', 'Percentuale', 'FTE')}: "
        f"{c.ch(['100 %', '80 %', '60 %', '1.0', '0.8'])}",
        "",
        c.L(
            "Bezeichnung            Betrag",
            "Rubrique               Montant",
            "Voce                   Importo",
            "Item                   Amount",
        ),
    ]
    items = c.L(
        "Monatslohn|AHV/IV/EO|ALV|BVG|Quellensteuer|Nettolohn"
        if c.region == "CHde"
        else "Grundgehalt|Lohnsteuer|Kirchensteuer|Krankenversicherung|Rentenversicherung|Auszahlung",
        "Salaire de base|CSG/CRDS|Retraite complémentaire|Mutuelle|Prélèvement à la source|Net à payer",
        "Retribuzione|Contributi INPS|IRPEF|Addizionale regionale|TFR|Netto in busta",
        "Basic salary|Income tax (PAYE)|National Insurance|Pension|Student loan|Net pay"
        if c.region in ("GB", "IE")
        else "Base salary|Federal tax|Provincial tax|CPP|EI|Net pay"
        if c.region == "CA"
        else "Gross pay|PAYG withholding|Medicare levy|Super (salary sacrifice)|Union fees|Net pay"
        if c.region == "AU"
        else "Base salary|Federal tax|State tax|Social Security|401(k)|Net pay",
    )
    left = float(gross)
    for j, it in enumerate(items.split("|")):
        if j == 0:
            val = float(gross)
        elif j == 5:
            val = left
        else:
            val = -round(gross * c.r.uniform(0.02, 0.09), 2)
            left += val
        rows.append(f"{it:<22} {val:>10.2f}")
    rows += [
        "",
        c.L(
            f"Auszahlung auf IBAN {c.iban()}",
            f"Virement sur IBAN {c.iban()}",
            f"Accredito su IBAN {c.iban()}",
            f"Paid to IBAN {c.iban()}"
            if c.region in ("GB", "IE")
            else f"Paid by direct deposit (acct ending {_digits(c.r, 4)})",
        ),
        c.L(
            f"Fragen zur Abrechnung: {c.name(hr)}, Lohnbüro, {c.tel('land')}, {c.email(hr, dom)}",
            f"Questions : {c.name(hr)}, service paie, {c.tel('land')}, {c.email(hr, dom)}",
            f"Per chiarimenti: {c.name(hr)}, ufficio paghe, {c.tel('land')}, {c.email(hr, dom)}",
            f"Payroll queries: {c.name(hr)}, {c.tel('land')}, {c.email(hr, dom)}",
        ),
    ]
    if c.p(0.4):
        rows = [
            c.L(
                "Stimmt die Abzugsberechnung hier? Kommt mir zu hoch vor.",
                "Le calcul des retenues est-il correct ? Ça me paraît élevé.",
                "Le trattenute sono giuste? Mi sembrano alte.",
                "Are the deductions right? They look high to me.",
            ),
            "",
            *rows,
        ]
    return "\n".join(rows)


def t_medical(c: Ctx, i: int) -> str:
    pt, dr, ph = c.person(), c.person(), c.person()
    dott = "Dott.ssa " if dr.gender == "f" else "Dott. "
    dr_title = c.ch(c.L("Dr. med. |Dr. ", "Dr |Docteur ", dott + "|Dr. ", "Dr |Dr. ").split("|"))
    drugs = [
        "Ibuprofen 600 mg",
        "Ramipril 5 mg",
        "Metformin 1000 mg",
        "Pantoprazol 40 mg",
        "Amoxicillin 1 g",
        "Levothyroxin 75 µg",
        "Salbutamol DA",
        "Atorvastatin 20 mg",
    ]
    pharm = c.L(
        f"Apotheke am {c.ch(['Markt', 'Bahnhof', 'Dom', 'See'])}",
        f"Pharmacie {c.ch(['du Centre', 'Dubois', 'de la Gare', 'Martin'])}",
        f"Farmacia {c.ch(['Rossi', 'San Marco', 'Centrale', 'Bianchi'])}",
        f"{c.ch(['Boots', 'Walgreens', 'Lloyds Pharmacy', 'Priceline'])}",
    )
    if i % 2 == 0:
        rows = [
            c.L("REZEPT", "ORDONNANCE", "RICETTA MEDICA", "PRESCRIPTION"),
            "",
            f"{c.L('Patient/in', 'Patient(e)', 'Paziente', 'Patient')}: "
            f"{c.name(pt, c.ch(['LF', 'lf', 'full', 'LFc']))}",
            f"{c.born(pt) if c.p(0.6) else c.L('Geb.-Datum', 'Né(e) le', 'Nato/a il', 'DOB')} {c.dob()}",
            f"{c.L('Adresse', 'Adresse', 'Residenza', 'Address')}: {c.addr1()}",
            f"{c.L('Kasse', 'Caisse', 'Cassa', 'Insurer')}: "
            + c.ch(
                c.L(
                    "AOK|TK|CSS|Helsana|ÖGK",
                    "CPAM|Mutualité chrétienne|Groupe Mutuel|CNS",
                    "SSN|ASL|CSS",
                    "Bupa|Medibank|VHI|Aetna|NHS",
                ).split("|")
            ),
            "",
            c.L("Rp.", "R/", "Rp/", "Rx"),
            f"1) {c.ch(drugs)}  N2  1-0-1",
            f"2) {c.ch(drugs)}  N1  {c.L('bei Bedarf', 'si besoin', 'al bisogno', 'PRN')}",
            "",
            dr_title + c.name(dr),
            c.L(
                "Fachärztin/Facharzt für Allgemeinmedizin",
                "Médecin généraliste",
                "Medico di medicina generale",
                "General Practitioner",
            ),
            c.addr1(),
            f"Tel. {c.tel('land')}   Fax {c.tel('land')}",
            f"{c.date('num', -3, 0)}",
            "",
            c.L(
                f"Abgeholt in der {pharm} von {c.name(ph)} (Ehepartner).",
                f"Retiré à la {pharm} par {c.name(ph)} (conjoint).",
                f"Ritirata alla {pharm} da {c.name(ph)} (coniuge).",
                f"Collected at {pharm} by {c.name(ph)} (spouse).",
            ),
        ]
        return "\n".join(rows)
    vals = [
        ("Hb", "g/dl", 11.5, 17.0),
        ("Leukozyten" if c.lang == "de" else "WBC", "G/l", 3.5, 11.0),
        ("CRP", "mg/l", 0.1, 48.0),
        ("TSH", "mU/l", 0.3, 5.5),
        ("HbA1c", "%", 4.8, 8.4),
        ("Kreatinin" if c.lang == "de" else "Creatinine", "mg/dl", 0.6, 1.5),
    ]
    rows = [
        c.L("Laborbefund", "Résultats de laboratoire", "Referto di laboratorio", "Laboratory report"),
        f"{c.L('Labor', 'Laboratoire', 'Laboratorio', 'Lab')}: "
        f"{c.ch(['Synlab', 'Unilabs', 'Labor Dr. Risch', 'Cerba', 'Lifelab', 'Sonic Healthcare'])}",
        f"{c.L('Auftrag', 'Demande', 'Richiesta', 'Order')}: {c.r.randint(10**8, 10**9)}   "
        f"{c.L('Eingang', 'Reçu le', 'Accettazione', 'Received')}: {c.date('num', -5, 0)} {c.time()}",
        "",
        f"{c.name(pt, c.ch(['lf', 'LF', 'LFc']))}{c.ch([', ', ' | ', ' – '])}{c.dob('num')}"
        f" ({c.L('w', 'F', 'F', 'F') if pt.gender == 'f' else c.L('m', 'M', 'M', 'M')})",
        f"{c.L('Einsender', 'Prescripteur', 'Medico richiedente', 'Requested by')}: "
        f"{c.ch(['Dr. ', 'Dr ', ''])}{c.name(dr, 'init')}",
        "",
        c.L(
            "Parameter      Ergebnis   Einheit   Referenz",
            "Analyse        Résultat   Unité     Référence",
            "Esame          Risultato  Unità     Riferimento",
            "Test           Result     Unit      Range",
        ),
    ]
    for nm, unit, lo, hi in c.r.sample(vals, 4):
        v = round(c.r.uniform(lo * 0.8, hi * 1.1), 1)
        flag = " H" if v > hi else " L" if v < lo else ""
        rows.append(f"{nm:<14} {str(v) + flag:<10} {unit:<9} {lo}–{hi}")
    rows += [
        "",
        c.L(
            f"Befund telefonisch an {c.name(pt, 'first')} durchgegeben ({c.tel('mobile')}), {c.date('num', -1, 0)}.",
            f"Résultats communiqués par téléphone à {c.name(pt, 'first')} ({c.tel('mobile')}).",
            f"Esito comunicato telefonicamente a {c.name(pt, 'first')} ({c.tel('mobile')}).",
            f"Results phoned through to {c.name(pt, 'first')} ({c.tel('mobile')}).",
        ),
    ]
    if c.p(0.5):
        rows = [
            c.L(
                "Was bedeuten diese Werte? Muss ich mir Sorgen machen?",
                "Que signifient ces valeurs ? Dois-je m'inquiéter ?",
                "Cosa significano questi valori? Devo preoccuparmi?",
                "What do these values mean? Should I be worried?",
            ),
            "",
            *rows,
        ]
    return "\n".join(rows)


def t_sports(c: Ctx, i: int) -> str:
    club = c.L(
        f"{c.ch(['TV', 'LC', 'SC', 'TSV'])} {c.town_only()}",
        f"{c.ch(['AC', 'US', 'CA', 'Stade'])} {c.town_only()}",
        f"{c.ch(['ASD', 'GS', 'Atletica', 'Polisportiva'])} {c.town_only()}",
        f"{c.town_only()} {c.ch(['Harriers', 'AC', 'Running Club', 'Striders'])}",
    )
    org = c.person()
    if i % 2 == 0:
        ev = c.L(
            "Vereinsmeisterschaft 10 km – Rangliste",
            "Championnat du club 10 km – classement",
            "Campionato sociale 10 km – classifica",
            "Club championship 10K – results",
        )
        rows = [
            f"{ev} ({c.date('num', -20, -1)})",
            "",
            c.L(
                "Rang | Name | Jg. | Verein | Zeit",
                "Rang | Nom | Année | Club | Temps",
                "Pos. | Atleta | Anno | Società | Tempo",
                "Pos | Name | YOB | Club | Time",
            ),
        ]
        secs = c.r.randint(1900, 2300)
        for rk in range(1, c.r.randint(7, 11)):
            p = c.person()
            secs += c.r.randint(3, 120)
            other = (
                club if c.p(0.6) else c.ch(["LG Nord", "Stade Lausanne", "CUS Pavia", "Belgrave Harriers", "LAC Basel"])
            )
            rows.append(
                f"{rk} | {c.name(p, c.ch(['LF', 'LF', 'lf', 'full', 'LFc']))} | {c.r.randint(1960, 2008)} | {other} | "
                f"{secs // 60}:{secs % 60:02d}.{c.r.randint(0, 9)}"
            )
        rows += [
            "",
            c.L(
                f"Fair-Play-Preis ({c.ch(FAMOUS)}-Wanderpokal): {c.name(c.person())}",
                f"Prix du fair-play (challenge {c.ch(FAMOUS)}) : {c.name(c.person())}",
                f"Premio fair play (trofeo {c.ch(FAMOUS)}): {c.name(c.person())}",
                f"Spirit award ({c.ch(FAMOUS)} Cup): {c.name(c.person())}",
            ),
            c.L(
                f"Korrekturen bis {c.date('short', 1, 7)} an {c.name(org)}, {c.email(org)}, {c.tel('mobile')}.",
                f"Réclamations avant le {c.date('short', 1, 7)} à {c.name(org)}, {c.email(org)}, {c.tel('mobile')}.",
                f"Reclami entro il {c.date('short', 1, 7)} a {c.name(org)}, {c.email(org)}, {c.tel('mobile')}.",
                f"Corrections by {c.date('short', 1, 7)} to {c.name(org)}, {c.email(org)}, {c.tel('mobile')}.",
            ),
        ]
        return "\n".join(rows)
    rows = [
        c.L(
            f"Anmeldungen Jugendcamp {club}",
            f"Inscriptions camp jeunes – {club}",
            f"Iscrizioni camp giovani {club}",
            f"{club} junior camp sign-ups",
        ),
        "",
        c.L(
            "Name;Vorname;Geburtsdatum;Erziehungsberechtigte/r;Telefon;E-Mail",
            "Nom;Prénom;Date de naissance;Responsable légal;Téléphone;Courriel",
            "Cognome;Nome;Data di nascita;Genitore;Telefono;Email",
            "Surname,First name,DOB,Parent/guardian,Phone,Email",
        ),
    ]
    sep = ";" if c.lang != "en" else ","
    for _ in range(c.r.randint(4, 7)):
        kid = c.person(0.55)
        par = Person(c.person().first, kid.last, c.ch(["f", "m"]), kid.origin)
        rows.append(
            sep.join(
                [
                    mk("PERSON", kid.last),
                    mk("PERSON", kid.first),
                    c.dob("num", 2010, 2018),
                    c.name(par),
                    c.tel("mobile"),
                    c.email(par),
                ]
            )
        )
    rows += [
        "",
        c.L(
            f"Beitrag {c.money(80, 250)} bitte auf {c.iban()} ({club}), Vermerk: Camp + Name des Kindes.",
            f"Cotisation {c.money(80, 250)} à verser sur {c.iban()} ({club}), mention : camp + nom de l'enfant.",
            f"Quota {c.money(80, 250)} da versare su {c.iban()} ({club}), causale: camp + nome del bambino.",
            f"Fee {c.money(80, 250)} to {c.iban()} ({club}), reference: camp + child's name."
            if c.region in ("GB", "IE")
            else f"Fee {c.money(80, 250)} payable by card at check-in.",
        ),
        c.L(
            f"Leitung: {c.name(org)} ({c.tel('mobile')})",
            f"Responsable : {c.name(org)} ({c.tel('mobile')})",
            f"Responsabile: {c.name(org)} ({c.tel('mobile')})",
            f"Coach in charge: {c.name(org)} ({c.tel('mobile')})",
        ),
    ]
    return "\n".join(rows)


def t_newsletter(c: Ctx, i: int) -> str:
    priest, sec = c.person(gender="m"), c.person()
    saint = c.ch(
        c.L(
            "St. Martin|St. Josef|Heilig Geist|St. Elisabeth",
            "Saint-Nicolas|Sainte-Thérèse|Saint-Martin",
            "San Giuseppe|Santa Maria Assunta|San Lorenzo",
            "St Patrick's|St Mary's|St Columba's",
        ).split("|")
    )
    if i % 2 == 0:
        jub = [c.person(0.8) for _ in range(3)]
        bap = c.person(0.6)
        par1, par2 = (
            Person(c.person().first, bap.last, "f", bap.origin),
            Person(c.person().first, bap.last, "m", bap.origin),
        )
        g = c.L("s", "", "", "'s")
        rows = [
            c.L(
                f"Pfarrblatt {saint} – Advent 2026",
                f"Bulletin paroissial {saint} – Avent 2026",
                f"Notiziario parrocchiale {saint} – Avvento 2026",
                f"{saint} Parish Newsletter – Advent 2026",
            ),
            "",
            c.L("Wir gratulieren", "Nous félicitons", "Auguri a", "Congratulations"),
        ]
        for p in jub:
            age = c.ch([80, 85, 90, 95])
            rows.append(
                c.L(
                    f"- {c.title(p)} {c.name(p)} zum {age}. Geburtstag ({c.ch(['*', 'geb.', ''])} "
                    f"{c.dob('long', 1930, 1946)})".replace("( ", "("),
                    f"- {c.title(p)} {c.name(p)} pour ses {age} ans ({'née' if p.gender == 'f' else 'né'} le "
                    f"{c.dob('long', 1930, 1946)})",
                    f"- {c.title(p)} {c.name(p)} per i {age} anni ({'nata' if p.gender == 'f' else 'nato'} il "
                    f"{c.dob('long', 1930, 1946)})",
                    f"- {c.name(p)}, {age} this month (born {c.dob('long', 1930, 1946)})",
                )
            )
        rows += [
            "",
            c.L("Taufen", "Baptêmes", "Battesimi", "Baptisms"),
            c.L(
                f"Durch die Taufe aufgenommen wurde {c.name(bap)}, Kind von {c.name(par1, 'first')} und "
                f"{c.name(par2)}.",
                f"A été baptisé(e) {c.name(bap)}, enfant de {c.name(par1, 'first')} et {c.name(par2)}.",
                f"È stato battezzato/a {c.name(bap)}, figlio/a di {c.name(par1, 'first')} e {c.name(par2)}.",
                f"Welcome to {c.name(bap)}, child of {c.name(par1, 'first')} and {c.name(par2)}, baptised on "
                f"{c.date('long', -30, -1)}.",
            ),
            "",
            c.L(
                f"Herzlichen Dank an {c.name(sec, 'first')}{g} Team für den Adventsbasar ({c.money(800, 3000)} Erlös)!",
                f"Merci à l'équipe de {c.name(sec, 'first')} pour le marché de l'Avent ({c.money(800, 3000)} "
                "récoltés) !",
                f"Grazie al gruppo di {c.name(sec, 'first')} per il mercatino ({c.money(800, 3000)} raccolti)!",
                f"Thanks to {c.name(sec, 'first')}{g} team for the Advent fair ({c.money(800, 3000)} raised)!",
            ),
            "",
            c.L("Pfarrbüro", "Secrétariat paroissial", "Segreteria parrocchiale", "Parish office"),
            f"{c.addr1()}",
            f"Tel. {c.tel('land')} – {c.name(sec)} ({c.L('Sekretariat', 'secrétariat', 'segreteria', 'secretary')})",
            f"{c.L('Pfarrer', 'Curé', 'Parroco', 'Parish priest')}: {c.name(priest)}, {c.tel('mobile')}",
            f"{c.L('Spenden', 'Dons', 'Offerte', 'Donations')}: "
            + (f"IBAN {c.iban()}" if c.region not in ("US", "CA", "AU") else "online or by cheque at the office"),
        ]
        return "\n".join(rows)
    school = c.ch(
        [
            "ETH",
            "HEC",
            "Bocconi",
            "LSE",
            "Trinity College",
            "Sciences Po",
            "TU München",
            "Université de Genève",
            "Politecnico di Milano",
            "McGill",
            "University of Melbourne",
            "WU Wien",
        ]
    )
    items = []
    for _ in range(c.r.randint(3, 5)):
        p = c.person(0.5)
        yr = c.r.randint(1995, 2018)
        items.append(
            c.ch(
                [
                    c.L(
                        f"- {c.name(p)} (Jahrgang {yr}) leitet seit Oktober das Büro von {c.company()[0]} in "
                        f"{c.town_only()}. Kontakt: {c.email(p)}",
                        f"- {c.name(p)} (promo {yr}) dirige depuis octobre le bureau de {c.company()[0]} à "
                        f"{c.town_only()}. Contact : {c.email(p)}",
                        f"- {c.name(p)} (classe {yr}) guida da ottobre la sede di {c.company()[0]} a "
                        f"{c.town_only()}. Contatto: {c.email(p)}",
                        f"- {c.name(p)} (Class of {yr}) now runs the {c.town_only()} office of "
                        f"{c.company()[0]}. Say hi: {c.email(p)}",
                    ),
                    c.L(
                        f"- {c.name(p)} ({yr}) und {c.name(c.person())} haben geheiratet – herzlichen Glückwunsch!",
                        f"- {c.name(p)} ({yr}) et {c.name(c.person())} se sont mariés – félicitations !",
                        f"- {c.name(p)} ({yr}) e {c.name(c.person())} si sono sposati – auguri!",
                        f"- {c.name(p)} ('{yr % 100:02d}) married {c.name(c.person())} in {c.town_only()} this summer.",
                    ),
                    c.L(
                        f"- Neue Adresse von {c.name(p)} ({yr}): {c.addr1()}",
                        f"- Nouvelle adresse de {c.name(p)} ({yr}) : {c.addr1()}",
                        f"- Nuovo indirizzo di {c.name(p)} ({yr}): {c.addr1()}",
                        f"- New address for {c.name(p)} ({yr}): {c.addr1()}",
                    ),
                ]
            )
        )
    cont = c.person()
    rows = [
        c.L(
            f"Alumni-News {school} – Dezember 2026",
            f"Nouvelles des anciens – {school} – décembre 2026",
            f"Notizie alumni {school} – dicembre 2026",
            f"{school} Alumni News – December 2026",
        ),
        "",
        *items,
        "",
        c.L(
            f"Stammtisch am {c.date('long', 5, 30)} im "
            f"{c.ch(['Café Mozart', 'Zum Goldenen Hirschen', 'Bistro Zola'])}. "
            f"Anmeldung bei {c.name(cont)}, {c.tel('mobile')}.",
            f"Apéro le {c.date('long', 5, 30)} au {c.ch(['Café de Flore', 'Bistrot Victor Hugo', 'Bar Colette'])}. "
            f"Inscriptions auprès de {c.name(cont)}, {c.tel('mobile')}.",
            f"Aperitivo il {c.date('long', 5, 30)} al {c.ch(['Caffè Manzoni', 'Bar Garibaldi', 'Osteria Verdi'])}. "
            f"Iscrizioni da {c.name(cont)}, {c.tel('mobile')}.",
            f"Drinks on {c.date('long', 5, 30)} at "
            f"{c.ch(['The Duke of Wellington', 'Nelson Arms', 'The Shakespeare'])}. "
            f"RSVP to {c.name(cont)} on {c.tel('mobile')}.",
        ),
    ]
    return "\n".join(rows)


def t_property(c: Ctx, i: int) -> str:
    comp, dom = c.company()
    mgr, care = c.person(), c.person()
    pl, pt = c.addr_parts(unit=False)
    prop = mk("ADDRESS", f"{pl}, {pt}")
    when = c.date("long", 5, 30)
    units = {
        "de": ["EG links", "EG rechts", "1. OG links", "1. OG rechts", "2. OG", "DG"],
        "fr": ["rez-de-chaussée", "1er gauche", "1er droite", "2e étage", "3e étage", "combles"],
        "it": ["piano terra", "1° piano sx", "1° piano dx", "2° piano", "3° piano", "mansarda"],
        "en": ["Flat 1", "Flat 2", "Flat 3", "Flat 4", "Flat 5", "Flat 6"],
    }[c.lang]
    head_line, head_town = c.addr_parts(pobox=c.p(0.3))
    rows = [
        comp,
        f"{mk('ADDRESS', head_line)} · {mk('ADDRESS', head_town)}",
        f"Tel. {c.tel('land')} · {c.role_mail(dom)}",
        "",
        c.L(
            f"An alle Mieterinnen und Mieter der Liegenschaft {prop}",
            f"À tous les locataires de l'immeuble {prop}",
            f"A tutti gli inquilini dello stabile {prop}",
            f"To all residents of {prop}",
        ),
        "",
        c.L(
            f"Betreff: Heizungswartung und Ablesung am {when}",
            f"Objet : entretien du chauffage et relevé le {when}",
            f"Oggetto: manutenzione caldaia e lettura contatori il {when}",
            f"Re: boiler service and meter readings on {when}",
        ),
        "",
        c.L(
            f"Die Firma {c.company()[0]} wartet zwischen 8 und 12 Uhr die Heizung. Bitte ermöglichen Sie den Zugang "
            f"zu den Heizkörpern. Betroffen sind:",
            f"L'entreprise {c.company()[0]} interviendra entre 8h et 12h. Merci de laisser l'accès aux radiateurs. "
            f"Logements concernés :",
            f"La ditta {c.company()[0]} interverrà tra le 8 e le 12. Si prega di consentire l'accesso ai "
            f"termosifoni. Unità interessate:",
            f"Engineers from {c.company()[0]} will attend between 8am and 12pm. Please allow access to radiators in:",
        ),
    ]
    for u in c.r.sample(units, c.r.randint(3, 5)):
        a = c.person()
        cell = c.name(a, c.ch(["full", "lf", "LF", "last"]))
        if c.p(0.3):
            b = c.person()
            cell += f" / {c.name(b, 'full')}"
        rows.append(f"- {u}: {cell}")
    rows += [
        "",
        c.L(
            f"Schlüssel können bei {c.title(care)} {c.name(care, 'last')} (Hauswart, {c.tel('mobile')}) "
            f"hinterlegt werden. Notfall-Pikett außerhalb der Bürozeiten: {c.hotline()}.",
            f"Les clés peuvent être déposées chez {c.title(care)} {c.name(care, 'last')} (concierge, "
            f"{c.tel('mobile')}). Urgences en dehors des heures de bureau : {c.hotline()}.",
            f"Le chiavi possono essere lasciate al {c.ch(['portiere', 'custode'])} {c.name(care)} "
            f"({c.tel('mobile')}). Emergenze fuori orario: {c.hotline()}.",
            f"Keys can be left with {c.name(care)} (caretaker, {c.tel('mobile')}). Out-of-hours "
            f"emergencies: {c.hotline()}.",
        ),
        "",
        c.L(
            f"Die Nebenkostenabrechnung folgt bis {c.date('long', 30, 90)}. Nachzahlungen bitte auf {c.iban()}.",
            f"Le décompte de charges suivra avant le {c.date('long', 30, 90)}. Paiements sur {c.iban()}.",
            f"Il consuntivo spese arriverà entro il {c.date('long', 30, 90)}. Conguagli su {c.iban()}.",
            f"Service charge statements follow by {c.date('long', 30, 90)}. Payments to {c.iban()}."
            if c.region in ("GB", "IE")
            else f"Annual statements follow by {c.date('long', 30, 90)}.",
        ),
        "",
        c.L(
            "Freundliche Grüsse" if c.country == "CH" else "Mit freundlichen Grüßen",
            "Meilleures salutations",
            "Cordiali saluti",
            "Kind regards",
        ),
        f"{c.name(mgr)}, {c.L('Bewirtschaftung', 'gérance', 'amministrazione', 'Property Manager')}",
        f"{c.tel('land')} · {c.email(mgr, dom)}",
    ]
    return "\n".join(rows)


def t_parcel(c: Ctx, i: int) -> str:
    rc, nb, drv = c.person(), c.person(), c.person()
    carrier = c.ch(
        [
            "DHL",
            "DPD",
            "GLS",
            "Hermes",
            "Die Post",
            "Colissimo",
            "Chronopost",
            "BRT",
            "Poste Italiane",
            "Royal Mail",
            "An Post",
            "UPS",
            "Canada Post",
            "Australia Post",
        ]
    )
    track = c.ch(
        [
            f"JJD{_digits(c.r, 18)}",
            f"00340434{_digits(c.r, 12)}",
            f"1Z{_digits(c.r, 3)}E{_digits(c.r, 12)}",
            f"6A{_digits(c.r, 11)}",
            f"{_digits(c.r, 4)} {_digits(c.r, 4)} {_digits(c.r, 4)}",
        ]
    )
    h0 = c.r.randint(8, 15)
    slot = f"{h0}:{c.ch(['00', '15', '30'])}–{h0 + 2}:{c.ch(['00', '15', '30'])}"
    sms_t = [f"{h0 + 1}:{m:02d}" for m in sorted(c.r.sample(range(0, 60), 3))]
    if i % 2 == 0:
        rows = [
            c.L(
                f"{carrier}: Ihre Sendung {track} kommt heute zwischen {slot}.",
                f"{carrier} : votre colis {track} sera livré aujourd'hui entre {slot}.",
                f"{carrier}: la spedizione {track} sarà consegnata oggi tra le {slot}.",
                f"{carrier}: your parcel {track} is arriving today between {slot}.",
            ),
            f"{c.L('Empfänger', 'Destinataire', 'Destinatario', 'Recipient')}: "
            f"{c.name(rc, c.ch(['full', 'caps', 'LF']))}",
            f"{c.L('Lieferadresse', 'Adresse de livraison', 'Indirizzo di consegna', 'Delivery address')}: "
            + (f"c/o {c.name(c.person())}, " if c.p(0.25) else "")
            + c.addr1(unit=c.p(0.4)),
            f"{c.L('Absender', 'Expéditeur', 'Mittente', 'Sender')}: {c.company()[0]}, {c.town_only()}",
            "",
            c.L("--- SMS ---", "--- SMS ---", "--- SMS ---", "--- Messages ---"),
        ]
        drv_no = c.tel("mobile")
        me = c.L("Ich", "Moi", "Io", "Me")
        rows += [
            f"[{sms_t[0]}] {drv_no}: "
            + c.L(
                f"Hallo, hier {c.name(drv, 'first')} von {carrier}, bin in 10 Min da. Niemand zu Hause?",
                f"Bonjour, c'est {c.name(drv, 'first')} de {carrier}, j'arrive dans 10 min. Personne à la maison ?",
                f"Buongiorno, sono {c.name(drv, 'first')} di {carrier}, arrivo tra 10 minuti. C'è qualcuno?",
                f"Hi, {c.name(drv, 'first')} from {carrier} here, 10 mins away. Anyone home?",
            ),
            f"[{sms_t[1]}] {me}: "
            + c.L(
                f"Bitte bei {c.name(nb)} nebenan abgeben, {c.street_only()} {c.r.randint(1, 90)}. Danke!",
                f"Merci de le laisser chez {c.name(nb)}, la voisine d'à côté. Merci !",
                f"Lo lasci pure al vicino, {c.name(nb)}, al piano di sotto. Grazie!",
                f"Can you leave it with {c.name(nb, c.ch(['full', 'first']))} next door at no. "
                f"{c.r.randint(1, 90)}? Cheers",
            ),
            f"[{sms_t[2]}] {drv_no}: " + c.L("Ok erledigt 👍", "C'est fait 👍", "Fatto 👍", "Done 👍"),
        ]
        if c.p(0.5):
            fee = c.money(1, 4)
            rows += [
                "",
                c.L(
                    f"Danach kam noch eine SMS: „Ihr Paket wird zurückgehalten, Zollgebühr {fee} online "
                    "zahlen.“ Ich hab dort "
                    f"meine Karte {c.card()} eingegeben. Ist das Betrug? Was soll ich jetzt tun?",
                    f"Ensuite j'ai reçu un SMS : « Votre colis est bloqué, frais de douane {fee} à régler en "
                    "ligne. » J'y ai "
                    f"saisi ma carte {c.card()}. C'est une arnaque ? Que faire ?",
                    f"Poi è arrivato un SMS: «Il pacco è in giacenza, paga {fee} di dazio online.» Ho inserito "
                    "la carta "
                    f"{c.card()}. È una truffa? Cosa faccio?",
                    f'Then I got a text: "Your parcel is on hold, pay the {fee} customs fee online." I entered my card '
                    f"{c.card()} on that page. Is this a scam? What should I do?",
                ),
            ]
        return "\n".join(rows)
    caller = c.person()
    num = c.tel(intl=False)
    vm = c.L(
        f"Sprachnachricht von {num}, {c.date('short', -2, 0)}, 0:{c.r.randint(20, 59)} Min.\n\n„Ja hallo, hier ist "
        f"{c.name(caller)} von der Firma {c.company()[0]}, es geht um Ihre Lieferung, Auftragsnummer "
        f"{c.r.randint(100000, 999999)}. Der Fahrer stand heute vor der {c.addr1()} und hat niemanden angetroffen. "
        f"Rufen Sie mich bitte zurück unter {c.tel()}, oder schreiben Sie an {c.email(caller)}. Danke, tschüss.“",
        f"Message vocal de {num}, {c.date('short', -2, 0)}, 0:{c.r.randint(20, 59)}\n\n« Oui bonjour, ici "
        f"{c.name(caller)} de la société {c.company()[0]}, c'est au sujet de votre livraison, commande n° "
        f"{c.r.randint(100000, 999999)}. Le livreur est passé au {c.addr1()} mais personne n'a répondu. Rappelez-moi "
        f"au {c.tel()} ou écrivez à {c.email(caller)}. Merci, au revoir. »",
        f"Messaggio vocale da {num}, {c.date('short', -2, 0)}, 0:{c.r.randint(20, 59)}\n\n«Sì buongiorno, sono "
        f"{c.name(caller)} della ditta {c.company()[0]}, la chiamo per la consegna, ordine n. "
        f"{c.r.randint(100000, 999999)}. "
        f"Il corriere è passato in {c.addr1()} ma non ha trovato nessuno. Mi richiami al {c.tel()} oppure scriva "
        f"a {c.email(caller)}. Grazie, arrivederci.»",
        f'Voicemail from {num}, {c.date("short", -2, 0)}, 0:{c.r.randint(20, 59)}\n\n"Hi, this is {c.name(caller)} '
        f"from {c.company()[0]}, calling about your delivery, order number {c.r.randint(100000, 999999)}. Our "
        "driver was "
        f"at {c.addr1()} today but nobody answered. Give me a call back on {c.tel()} or email {c.email(caller)}. "
        f'Thanks, bye."',
    )
    return (
        c.L(
            "Transkript meiner Mailbox, was soll ich antworten?",
            "Transcription de ma messagerie, je réponds quoi ?",
            "Trascrizione della segreteria, cosa rispondo?",
            "Voicemail transcript – what should I reply?",
        )
        + "\n\n"
        + vm
    )


def t_legal(c: Ctx, i: int) -> str:
    a, b = c.person(), c.person()
    place, day = c.town_only(), c.date("num", -5, 5)
    if i % 2 == 0:
        auth = c.ch(
            [
                c.L("Bank", "banque", "banca", "bank"),
                c.L("Post", "La Poste", "Poste Italiane", "post office"),
                c.L("Steuerverwaltung", "administration fiscale", "Agenzia delle Entrate", "tax office"),
                c.L("Krankenkasse", "caisse maladie", "ASL", "health insurer"),
            ]
        )
        body = c.L(
            f"VOLLMACHT\n\nIch, {c.name(a)}, geboren am {c.dob('num')}, wohnhaft in {c.addr1()},\n\nbevollmächtige "
            f"hiermit\n\n{c.title(b)} {c.name(b)}, geb. {c.dob('num')},\n{c.addr2()},\n\nmich gegenüber der {auth} in "
            f"allen Angelegenheiten zu vertreten, insbesondere Post entgegenzunehmen und Auskünfte einzuholen. "
            f"Erreichbar: {c.tel()}.\n\n{place}, {day}\n\n_____________________\n({c.name(a)})",
            f"PROCURATION\n\nJe soussigné(e) {c.name(a, c.ch(['full', 'LF']))}, né(e) le {c.dob('long')}, demeurant "
            f"{c.addr1()},\n\ndonne pouvoir à\n\n{c.title(b)} {c.name(b)}, né(e) le {c.dob('num')},\n{c.addr2()},\n\n"
            f"de me représenter auprès de la {auth} pour toute démarche, notamment retirer mon courrier. "
            f"Téléphone : {c.tel()}.\n\nFait à {place}, le {day}\n\n« Bon pour pouvoir »\n{c.name(a)}",
            f"DELEGA\n\nIl/La sottoscritto/a {c.name(a, c.ch(['full', 'LF']))}, nato/a a {c.town_only()} il "
            f"{c.dob('num')}, residente in {c.addr1()},\n\ndelega\n\n{c.title(b)} {c.name(b)}, nato/a il "
            f"{c.dob('num')},\n{c.addr2()},\n\na rappresentarlo/a presso {auth} per il ritiro di documenti e la "
            f"richiesta di informazioni. Recapito: {c.tel()}.\n\n{place}, {day}\n\nIn fede\n{c.name(a)}",
            f"POWER OF ATTORNEY\n\nI, {c.name(a)}, born {c.dob('long')}, of {c.addr1()},\n\nappoint\n\n{c.name(b)}, "
            f"date of birth {c.dob()},\n{c.addr2()},\n\nas my attorney to act on my behalf in all dealings with the "
            f"{auth}, including collecting correspondence. Contact number: {c.tel()}.\n\nSigned at {place} on {day}\n\n"
            f"_____________________\n{c.name(a, 'caps')}\n\nWitness: {c.name(c.person())}, {c.addr1()}",
        )
        return body
    comp, dom = c.company()
    rate = c.money(80, 180)
    body = c.L(
        f"Ist diese Klausel so ok?\n\n§ 1 Vertragsparteien\n(1) {comp}, {c.addr1()}, vertreten durch {c.name(a)} "
        f"(Geschäftsführung) – nachfolgend „Auftraggeber“ –\n(2) {c.title(b)} {c.name(b)}, geb. {c.dob()}, "
        f"{c.addr1()}, E-Mail {c.email(b)}, Tel. {c.tel('mobile')} – nachfolgend „Auftragnehmer“ –\n\n"
        f"§ 5 Vergütung\nDer Stundensatz beträgt {rate} zzgl. MwSt. Zahlung innerhalb von 30 Tagen auf das Konto "
        f"{c.iban()} des Auftragnehmers.",
        f"Peux-tu relire cette clause ?\n\nArticle 1 – Parties\n{comp}, sise {c.addr1()}, représentée par "
        f"{c.name(a)} en qualité de gérant(e), ci-après « le Client »,\net\n{c.title(b)} "
        f"{c.name(b, c.ch(['full', 'LF']))}, "
        f"né(e) le {c.dob()}, demeurant {c.addr1()}, courriel {c.email(b)}, tél. {c.tel('mobile')}, ci-après « le "
        f"Prestataire ».\n\nArticle 5 – Rémunération\nLe taux horaire est fixé à {rate} HT, payable à 30 jours sur le "
        f"compte {c.iban()}.",
        f"Puoi controllare questa clausola?\n\nArt. 1 – Parti\n{comp}, con sede in {c.addr1()}, in persona del legale "
        f"rappresentante {c.name(a)} (di seguito «Committente»)\ne\n{c.title(b)} {c.name(b)}, nato/a il {c.dob()}, "
        f"residente in {c.addr1()}, e-mail {c.email(b)}, tel. {c.tel('mobile')} (di seguito «Consulente»).\n\n"
        f"Art. 5 – Compenso\nIl compenso orario è di {rate} oltre IVA, da versare entro 30 giorni sull'IBAN "
        f"{c.iban()}.",
        f"Can you check this clause?\n\n1. PARTIES\n(1) {comp} of {c.addr1()}, represented by {c.name(a)} "
        f'(Director) (the "Client"); and\n(2) {c.name(b)}, date of birth {c.dob()}, of {c.addr1()}, email '
        f'{c.email(b)}, telephone {c.tel("mobile")} (the "Contractor").\n\n5. FEES\nThe hourly rate is {rate} '
        f"excluding VAT, payable within 30 days to {c.iban() if c.region in ('GB', 'IE') else 'the account on file'}.",
    )
    return body


def t_dev(c: Ctx, i: int) -> str:
    comp, dom = c.company()
    v = i % 3
    if v == 0:
        rows = [
            c.L(
                "Kannst du aus diesem Log eine Release-Note machen?",
                "Tu peux faire une note de version à partir de ça ?",
                "Mi scrivi le release notes da questo log?",
                "Can you write release notes from this log?",
            ),
            "",
        ]
        for _ in range(c.r.randint(2, 4)):
            au, co = c.person(), c.person()
            h = "".join(c.r.choice("0123456789abcdef") for _ in range(40))
            rows += [
                f"commit {h}",
                f"Author: {c.name(au)} <{c.email(au, dom if c.p(0.6) else None)}>",
                f"Date:   {c.ch(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {c.ch(['Nov', 'Dec'])} {c.r.randint(1, 28)} "
                f"{c.r.randint(8, 19)}:{c.r.randint(10, 59)}:{c.r.randint(10, 59)} 2026 +0100",
                "",
                f"    {c.ch(['Fix', 'Add', 'Refactor', 'Bump'])} "
                f"{c.ch(['invoice export', 'login rate limit', 'CSV parser', 'retry logic'])} "
                f"(#{c.r.randint(100, 999)})",
                "",
            ]
            if c.p(0.6):
                rows += [f"    Co-authored-by: {c.name(co)} <{c.email(co)}>", ""]
        ip = f"{c.r.randint(11, 223)}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"
        u = c.person()
        rows += [
            "---",
            f"{c.date('iso', -1, 0)}T{c.r.randint(10, 23)}:{c.r.randint(10, 59)}:{c.r.randint(10, 59)}"
            f".{_digits(c.r, 3)}Z "
            f'ERROR [profile-svc] update failed user={c.email(u)} ip={ip} phone="{c.tel()}" '
            f"trace={''.join(c.r.choice('0123456789abcdef') for _ in range(16))}",
        ]
        if c.p(0.5):
            rows.append(
                f"{c.date('iso', -1, 0)}T{c.r.randint(10, 23)}:{c.r.randint(10, 59)}:{c.r.randint(10, 59)}Z WARN "
                f"[billing] charge failed customer=cus_{_digits(c.r, 8)} pan={c.card()} "
                f"amount={c.r.randint(100, 99999)} currency={c.ch(['EUR', 'CHF', 'GBP', 'USD'])}"
            )
            rows.append(
                c.L(
                    "(Warum steht die volle Kartennummer im Log??)",
                    "(Pourquoi le numéro de carte complet est dans le log ??)",
                    "(Perché c'è il numero completo della carta nel log??)",
                    "(Why is the full PAN in the log??)",
                )
            )
        return "\n".join(rows)
    if v == 1:
        authors = [c.person(0.4) for _ in range(c.r.randint(3, 6))]
        unis = [
            c.L(
                f"Institut für Informatik, Universität {c.town_only()}",
                f"Laboratoire LIRIS, Université de {c.town_only()}",
                f"Dipartimento di Informatica, Università di {c.town_only()}",
                f"School of Computing, University of {c.town_only()}",
            ),
            f"{comp}, {c.town_only()}",
        ]
        names = []
        for k, p in enumerate(authors):
            sup = "1" if k % 2 == 0 else "2" if k < len(authors) - 1 else "1,2"
            names.append(f"{c.name(p, c.ch(['full', 'full', 'init']))}{sup}{'*' if k == 0 else ''}")
        rows = [
            c.L(
                "Bitte die Autorenliste ins Format der Zeitschrift bringen:",
                "Mets la liste d'auteurs au format de la revue :",
                "Formatta gli autori secondo lo stile della rivista:",
                "Please reformat the author list for the journal:",
            ),
            "",
            c.ch(
                [
                    "Privacy-Preserving Record Linkage at Scale",
                    "Robust Named Entity Recognition for Swiss German",
                    "A Benchmark for Multilingual Redaction",
                    "Federated Learning in Hospital Networks",
                ]
            ),
            ", ".join(names),
            f"1 {unis[0]}",
            f"2 {comp}, {c.addr1()}",
            "* Corresponding author: "
            f"{c.email(authors[0], slug(c.town_only()) + '.edu' if c.region in ('US',) else None)}",
            c.L(
                "Eingereicht {0}; angenommen {1}",
                "Reçu le {0} ; accepté le {1}",
                "Ricevuto il {0}; accettato il {1}",
                "Received {0}; accepted {1}",
            ).format(c.date("long", -200, -100), c.date("long", -60, -10)),
        ]
        return "\n".join(rows)
    dept = c.L("Finanzen & Controlling", "Finances", "Amministrazione", "Finance & Operations")
    rows = [
        c.L(
            f"Telefonliste {dept} (Stand {c.date('num', -30, 0)})",
            f"Annuaire – {dept} (mise à jour {c.date('num', -30, 0)})",
            f"Rubrica interna – {dept} (aggiornata al {c.date('num', -30, 0)})",
            f"{dept} phone list (updated {c.date('num', -30, 0)})",
        ),
        "",
        c.L(
            "Name | Funktion | Intern | Direkt | Mobil | E-Mail",
            "Nom | Fonction | Interne | Direct | Portable | Courriel",
            "Nome | Ruolo | Interno | Diretto | Cellulare | Email",
            "Name | Role | Ext | Direct | Mobile | Email",
        ),
    ]
    roles = c.L(
        "Leitung|Stv. Leitung|Buchhaltung|Controlling|Lohnbuchhaltung|Assistenz|Lernende",
        "Direction|Adjoint(e)|Comptabilité|Contrôle de gestion|Paie|Assistanat|Apprenti(e)",
        "Responsabile|Vice|Contabilità|Controllo di gestione|Paghe|Segreteria|Apprendista",
        "Head|Deputy|Accounts|Controller|Payroll|Assistant|Graduate",
    ).split("|")
    for role in roles[: c.r.randint(4, 7)]:
        p = c.person()
        ext = str(c.r.randint(200, 499))
        direct = c.tel("land")
        mob = c.tel("mobile") if c.p(0.6) else "–"
        rows.append(
            f"{c.name(p, c.ch(['lf', 'lf', 'full', 'LF']))} | {role} | {ext} | {direct} | {mob} | {c.email(p, dom)}"
        )
    rows += [
        "",
        c.L(
            f"Empfang/Zentrale: intern 100. IT-Helpdesk: {c.hotline()}.",
            f"Accueil : interne 100. Support IT : {c.hotline()}.",
            f"Centralino: interno 100. Helpdesk IT: {c.hotline()}.",
            f"Reception: ext 100. IT helpdesk: {c.hotline()}.",
        ),
    ]
    return "\n".join(rows)


TEMPLATES: list[tuple[str, Callable[[Ctx, int], str]]] = [
    ("calendar", t_calendar),
    ("ticket", t_ticket),
    ("crm", t_crm),
    ("bank", t_bank),
    ("payroll", t_payroll),
    ("medical", t_medical),
    ("sports", t_sports),
    ("newsletter", t_newsletter),
    ("property", t_property),
    ("parcel", t_parcel),
    ("legal", t_legal),
    ("dev", t_dev),
]

COUNTRIES: dict[str, list[tuple[str, str, float]]] = {
    "de": [("DE", "de_DE", 4), ("AT", "de_AT", 3), ("CH", "de_CH", 3)],
    "fr": [("FR", "fr_FR", 4), ("BE", "fr_BE", 2), ("CH", "fr_CH", 2), ("LU", "fr_LU", 2)],
    "it": [("IT", "it_IT", 6), ("CH", "it_CH", 4)],
    "en": [("GB", "en_GB", 3), ("IE", "en_IE", 2), ("US", "en_US", 2), ("CA", "en_CA", 1.5), ("AU", "en_AU", 1.5)],
}


def generate(seed: int = SEED) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for lang in LANGS:
        for t_idx, (tname, fn) in enumerate(TEMPLATES):
            for i in range(DOCS_PER_TEMPLATE):
                r = random.Random(f"{seed}-{lang}-{tname}-{i}")
                opts = COUNTRIES[lang]
                country, locale, _ = r.choices(opts, weights=[w for _, _, w in opts])[0]
                c = Ctx(r, lang, country, locale)
                body = fn(c, i)
                text, ents = render(wrap(c, body))
                docs.append(
                    {
                        "id": f"h4-{lang}-{t_idx + 1:02d}{tname}-{i}",
                        "locale": locale,
                        "lang": lang,
                        "text": text,
                        "entities": ents,
                    }
                )
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=pathlib.Path, default=OUT)
    args = ap.parse_args(argv)
    docs = generate()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["entities"]) for d in docs)  # type: ignore[arg-type]
    print(f"wrote {len(docs)} documents, {n} entities to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
