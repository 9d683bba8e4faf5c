"""Nineteenth blind evaluation set ("holdout19") for the anonymizer.

Blind set 19, written 2026-12-05 by a helper session that read only the module docstrings of generate_holdout16.py,
generate_holdout17.py and generate_holdout18.py and the module docstring of evaluate.py with its function
evaluate_synthetic (all extracted with ``ast``: record format, type names, matching rules, the genres of all earlier
sets).  Besides that it saw only the file names in bench/privacy/ and bench/privacy/data/, the line-length setting of
[tool.ruff] in pyproject.toml (one grep) and the tail of the venv install log.  It did not read the detectors (src/),
the tests, the docs, README files, the bodies of the other generators or templates, any data set text, or the git
history.  tarnkappe is never imported; the set was never run through the anonymizer or evaluate.py while it was
written.  The written file was checked only by the generator's own assertions and by reading its own output (also a
scan for unlabelled e-mail addresses and phone numbers - only role mailboxes, toll-free registrar numbers and ticket
numbers - and for unlabelled repeats of the words of labelled names - only domain names built from surnames).
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout19.jsonl: 4 languages (de, fr, it, en) x 12 genres x 10 documents = 480
documents with 7,171 labelled values (PERSON 3,131, PHONE 1,448, ADDRESS 825, EMAIL 729, DATE_OF_BIRTH 714, IBAN 129,
AHV 89, IP_ADDRESS 74, CREDIT_CARD 32; de 1,769, fr 1,803, it 1,848, en 1,751).  Regions (``locale`` is
``lang_REGION``): de -> DE/AT/CH (4/3/3 per cell), fr -> FR/CH/BE/CA (4/3/2/1), it -> IT/CH (6/4), en ->
GB/US/IE/AU/NZ/CA (3/2/2/1/1/1); the regions of a (language, genre) cell are shuffled with the seed
``"holdout19|<lang>|<genre>|regions"`` and the template variant is ``i % 4``, so region and variant are not correlated.
Deterministic for a given Faker version (written with the project venv's Faker 40.54.0, Python 3.11, only Faker and the
standard library): ``random.Random`` is seeded with ``"holdout19|<lang>|<genre>|<i>"`` and every Faker locale is
re-seeded per document on its first use (from that seed and the locale name).  Faker supplies person names (about 56 %
from the region's own locales, 30 % from community locales - tr_TR, pl_PL, pt_PT, pt_BR, es_*, nl_NL, sv_SE, da_DK,
no_NO, fi_FI, is_IS, hr_HR, sl_SI, cs_CZ, sk_SK, ro_RO, hu_HU, lt_LT, lv_LV, et_EE, vi_VN, id_ID, az_AZ, en_IN/NG/KE/PK,
ha/ig/yo_NG, tw_GH, zu_ZA, uz_UZ, el_GR, uk_UA, ru_RU, bg_BG and mk_MK transliterated, zh_CN and ja_JP romanised - and
lists written here: Albanian, Maghrebi, Tamil, Horn of Africa, Persian/Afghan, Kurdish, West African; 14 % other
DACH/FR/IT/EN locales; region extras: Romansh, Ticinese, Breton/Basque/Corsican, Sardinian/South Tyrolean,
Irish-language with gendered surnames, Maori; about 9 % of region-own names swapped for names that are ordinary words,
about 7 % double surnames) and company names (distractors).  Streets, towns, postcodes, phone numbers, e-mail addresses,
IBANs (valid ISO 13616 check digits; French ones with a valid RIB key, Belgian ones with the national check, Italian
ones with a valid CIN), card numbers (Luhn), AHV numbers (756, EAN-13 check digit) and IP addresses come from lists and
code written here.  Each record has ``id`` (``h19-<n>``), ``lang``, ``locale``, ``genre``, ``text`` and ``entities``
(``start``, ``end``, ``type``, ``text``); ``text[start:end] == text`` is asserted for every entity, entities are sorted,
do not overlap and carry no surrounding white space.  Labelled values are separate parts of the template that are
resolved into offsets at the very end, so upper-casing, lower-case chat typing, fixed-width padding, CSV quoting and
JSON escaping keep the labels exact.

Genres (text people paste into an AI assistant, mostly with a request in the document's language), chosen to differ
from every genre named in the docstrings read (holdout3..holdout18; those of holdout and holdout2 are not listed
there, so an overlap with them cannot be ruled out):
 1. firebrigade - volunteer fire brigades: member rosters (Markdown, Swiss ones with AHV numbers), incident reports
    with caller, occupant, neighbour and crew, turnout group chats, allowance / pay lists (CSV with IBAN, AHV);
 2. airline - airline bookings: GDS PNR dumps (NAME/FIRST, SSR DOCS with DDMMMYY birth dates, SSR CTCE e-mails
    written with "//", SSR CTCM, AB billing address, FP card numbers), printed boarding passes with the BCBP string,
    EU261 compensation claims with a child's date of birth and IBAN, APIS group passenger lists (CSV);
 3. tmx - translation work files: TMX and XLIFF exports, bilingual TSV exports and QA reports whose source and target
    segments repeat the same values in two languages (dates of birth formatted per language);
 4. hut - mountain huts and hiking clubs: forwarded hut reservations (member list, card guarantee), club chats,
    guided-tour sign-up sheets with emergency contacts (Swiss ones with AHV numbers for J+S), hut books;
 5. accreditation - festival and event accreditation: accreditation tool CSV exports, volunteer shift plans, press
    accreditation requests, crew payroll sheets (AHV / tax ids / IBAN);
 6. campsite - campsites: guest registration cards with fellow travellers, seasonal pitch holders (fixed width),
    waiting-list mails with deposit refund and quoted reply, warden's logs;
 7. locksmith - locksmiths: OCR'd job sheets in capitals (ID check with date of birth, card payment), key-copy
    authorisations for restricted key systems, customer texts, call-out exports for the home insurer;
 8. printshop - print shops: business-card orders, birth-announcement wording (the baby's date of birth), proof
    corrections in mail threads, web-to-print webhook JSON (one with a raw card number);
 9. whois - domain registrars: WHOIS output (registrant / admin / tech, phones in +CC.NUMBER form), RDAP JSON with
    vCards, registrant change requests (submitting IP address), account security logs with login IPs;
10. catering - school meals and catering: special-diet registrations (child's date of birth, Swiss AHV, direct
    debit), kitchen allergy lists, party catering enquiries, staff-canteen badge exports;
11. drycleaning - dry cleaners and alteration tailors: OCR'd ticket stubs, alteration slips with measurements,
    uncollected-items letters, SMS notification logs;
12. photostudio - school and portrait photographers: class-photo order CSVs, parent order / consent forms,
    newborn-shoot booking mails (due date vs. date of birth), gallery export JSON.
Values appear in prose, "Label: value" forms (aligned and not), two-line address blocks, Markdown, fixed-width,
pipe-, tab-, comma- and semicolon-separated tables, JSON, XML (TMX / XLIFF), GDS and WHOIS text, mail headers and
quotes, chats with three time-stamp styles (senders shown as names, first names, lower case or phone numbers),
capitals and lower case, in each country's conventions (German "str.", "-" ranges and "D-"; Austrian
"/Stiege/Tür", "/Top", "Jänner"; Swiss "strasse", "CH-"; French "bis"/"ter", "Bât.", upper-case towns; Belgian
"bte"; Québec "app." and "(Québec)"; Italian "n.", "int.", "scala", "/B" and provinces; British flats, house names and
postcodes; Irish Eircodes and counties; US "Apt", "#", "Unit" and ZIP+4; Australian "Unit"/"12/45"; NZ suburbs;
Canadian postal codes) and foreign addresses (PL, PT, ES, NL, TR, RO, HR, HU, CZ, SE).  Phone numbers national and
international with "(0)", "00", slashes, dots, hyphens, parentheses and compact E.164, foreign mobiles.  Dates of
birth numeric (with and without leading zeros), two-digit years, ISO, US month-first, dashes, month names and
abbreviations in four languages ("1er", "1°", "Jänner", English ordinals and "of"), GDS "12MAY77".  Names written as
"First Last", "Last, First", "LAST First", "LAST, First", "LAST/FIRST", "F. Last", "H.-P. Last", "First L.", "Last F.",
separate CSV fields, first names or surnames alone, with titles, in capitals and lower case, with possessives.
Unlabelled distractors: order, ticket, job, claim, booking, member, badge, access and reference numbers, e-ticket and
frequent-flyer numbers, passport / ID numbers, tax ids and codici fiscali, registry ids, auth codes, PNR record
locators, flight numbers, seats, BCBP fields, lock and key-plan numbers, measurements, prices, plain dates and times
(events, deliveries, arrivals, due dates), birthdays without a year, ages, altitudes, masked card digits and expiry
dates, role mailboxes, hotlines / toll-free / emergency numbers, companies (also made of surnames), domain names
built from names, brigades, huts, festivals, schools, towns and postcodes alone.

Label decisions (types below):
* PERSON: the name of a natural person as written, titles and salutations (Frau, Hr. Dr., Mme, sig.ra, dott., Mr,
  Dr, MRS in a PNR) outside; first names or surnames alone (chat senders, crews, children, "Fam. X" with "Fam."
  outside, possessive "s" / "'s" outside); both PNR name fields and the BCBP name; companies named after people,
  domain names and hut / brigade names are not labelled.
* EMAIL: every personal e-mail address (private and work), also in a PNR written as ``NAME//DOMAIN.COM``; role
  mailboxes (info@, reservation@, abuse@) are not labelled.
* PHONE: personal phone, mobile and fax numbers in any format (also WHOIS ``+41.791234567``, PNR digits only, chat
  senders shown as numbers); hotlines, toll-free, shared-cost and emergency numbers are not labelled.
* ADDRESS: a one-line address is one span (country outside); a two-line block is two spans (street line; postcode +
  town line); a street with its number alone is ADDRESS (chat messages, CSV / JSON / WHOIS street fields); separate
  postcode, town and country fields and towns alone are not labelled.
* DATE_OF_BIRTH: full dates of birth (day, month, year) of adults, children and newborns, cue words outside; birthdays
  without a year, due dates and other dates are not labelled.
* IBAN, CREDIT_CARD (full Luhn-valid numbers only), AHV (Swiss 756 numbers, dotted or compact), IP_ADDRESS (a
  person's login / submission address, IPv4 and IPv6).
The type names are those given in the brief (DATE_OF_BIRTH, CREDIT_CARD, AHV, IP_ADDRESS); the docstrings of
holdout16/17 speak of DOB and CARD.  If evaluate.py expects other names, change the constants at the top of this file
and regenerate - the texts and offsets do not depend on them.

Usage (repo root): python bench/privacy/generate_holdout19.py [--out PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

from faker import Faker

SEED = "holdout19"
OUT = Path(__file__).resolve().parent / "data" / "synthetic_holdout19.jsonl"
DOCS_PER_CELL = 10

# Type names written into the file (one place to change them).
PERSON, EMAIL, PHONE, IBAN, ADDRESS = "PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS"
DOB, AHV, CARD, IP = "DOB", "AHV", "CARD", "IP"

# Regions per language, ten documents per (language, genre): the multiset below is shuffled per cell.
REGION_CYCLE = {
    "de": ["DE", "DE", "DE", "DE", "AT", "AT", "AT", "CH", "CH", "CH"],
    "fr": ["FR", "FR", "FR", "FR", "CH", "CH", "CH", "BE", "BE", "CA"],
    "it": ["IT", "IT", "IT", "IT", "IT", "IT", "CH", "CH", "CH", "CH"],
    "en": ["GB", "GB", "GB", "US", "US", "IE", "IE", "AU", "NZ", "CA"],
}


def _int_seed(s: str) -> int:
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")


# --------------------------------------------------------------------------------------------------
# Document builder: labelled values are separate parts, offsets are computed at the very end.
# --------------------------------------------------------------------------------------------------
class Doc:
    def __init__(self) -> None:
        self.parts: list[tuple[str | None, str]] = []

    def t(self, s: str) -> Doc:
        if s:
            self.parts.append((None, s))
        return self

    def e(self, typ: str, s: str) -> Doc:
        assert s and s == s.strip(), (typ, s)
        self.parts.append((typ, s))
        return self

    def add(self, parts) -> Doc:
        for typ, s in parts:
            if typ is None:
                self.t(s)
            else:
                self.e(typ, s)
        return self

    def build(self) -> tuple[str, list[dict]]:
        text, ents, pos = [], [], 0
        for typ, s in self.parts:
            if typ is not None:
                ents.append({"start": pos, "end": pos + len(s), "type": typ, "text": s})
            text.append(s)
            pos += len(s)
        full = "".join(text)
        for en in ents:
            assert full[en["start"] : en["end"]] == en["text"]
        return full, ents


def P(*parts):
    """Mixed part list helper: str -> plain text, (type, value) -> labelled."""
    out = []
    for x in parts:
        if isinstance(x, str):
            out.append((None, x))
        elif isinstance(x, list):
            out.extend(x)
        else:
            out.append(x)
    return out


def lower_parts(parts):
    return [(t, s.lower()) for t, s in parts]


def upper_parts(parts):
    return [(t, s.upper()) for t, s in parts]


def strip_acc(s: str) -> str:
    s = (
        s.replace("ß", "ss")
        .replace("ø", "o")
        .replace("Ø", "O")
        .replace("æ", "ae")
        .replace("œ", "oe")
        .replace("ł", "l")
        .replace("Ł", "L")
        .replace("đ", "d")
        .replace("Đ", "D")
        .replace("ı", "i")
        .replace("ð", "d")
        .replace("þ", "th")
        .replace("’", "")
        .replace("'", "")
    )
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def de_fold(s: str) -> str:
    return strip_acc(
        s.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )


CYR = dict(
    zip(
        "абвгдезийклмнопрстуфцъыьэ",
        [
            "a",
            "b",
            "v",
            "h",
            "d",
            "e",
            "z",
            "y",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "ts",
            "",
            "y",
            "",
            "e",
        ],
        strict=True,
    )
)
CYR.update(
    {
        "ж": "zh",
        "х": "kh",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ю": "yu",
        "я": "ya",
        "є": "ye",
        "ї": "yi",
        "і": "i",
        "ґ": "g",
        "ё": "yo",
        "ѓ": "gj",
        "ќ": "kj",
        "љ": "lj",
        "њ": "nj",
        "џ": "dzh",
        "ј": "j",
        "ѕ": "dz",
    }
)
CYR_RU = dict(CYR, г="g", и="i", й="y")
GRK = dict(
    zip(
        "αβγδεζηθικλμνξοπρστυφχψω",
        [
            "a",
            "v",
            "g",
            "d",
            "e",
            "z",
            "i",
            "th",
            "i",
            "k",
            "l",
            "m",
            "n",
            "x",
            "o",
            "p",
            "r",
            "s",
            "t",
            "y",
            "f",
            "ch",
            "ps",
            "o",
        ],
        strict=True,
    )
)
GRK.update({"ς": "s", "ά": "a", "έ": "e", "ή": "i", "ί": "i", "ό": "o", "ύ": "y", "ώ": "o", "ϊ": "i", "ΐ": "i"})


def translit(s: str, table: dict) -> str:
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in table:
            r = table[lo]
            out.append(r.capitalize() if ch != lo else r)
        else:
            out.append(ch)
    res = "".join(out)
    res = res.replace("Ou", "Ou").replace("ou", "ou")
    return res


# --------------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------------
WORD_NAMES = {
    "de": (
        ["Rosa", "Frieda", "Heide", "Linde", "Gerda", "Konstanze", "Hermine"],
        ["Ernst", "Wolf", "Till", "Fritz", "Kai", "Wendelin", "Sieg"],
        [
            "Fischer",
            "Vogel",
            "Winter",
            "Sommer",
            "Klein",
            "Lang",
            "Stark",
            "Frei",
            "Glück",
            "Kaiser",
            "König",
            "Engel",
            "Hahn",
            "Roth",
            "Schwarz",
            "Weiss",
            "Baum",
            "Berg",
            "Fuchs",
            "Wolf",
            "Koch",
            "Bauer",
            "Kurz",
            "Freitag",
            "Mai",
            "Ehrlich",
            "Lustig",
            "Fromm",
            "Hering",
            "Essig",
            "Gut",
            "Neu",
            "Sauer",
            "Stein",
            "Hase",
            "Brot",
            "Kuhn",
            "Ganz",
            "Fink",
            "Adler",
            "Krebs",
            "Licht",
            "Morgen",
        ],
    ),
    "fr": (
        [
            "Prudence",
            "Victoire",
            "Clémence",
            "Constance",
            "Fleur",
            "Rose",
            "Blanche",
            "Marine",
            "Céleste",
            "Olive",
            "Aurore",
        ],
        ["Aimé", "Désiré", "Pascal", "Clément", "Modeste", "Fidèle", "Bienvenu"],
        [
            "Petit",
            "Blanc",
            "Boulanger",
            "Fontaine",
            "Lefort",
            "Marchand",
            "Leroy",
            "Chevalier",
            "Masson",
            "Roux",
            "Bonheur",
            "Lenoir",
            "Legrand",
            "Boucher",
            "Mercier",
            "Meunier",
            "Berger",
            "Charpentier",
            "Rivière",
            "Renard",
            "Lebrun",
            "Dubois",
            "Poisson",
            "Lapierre",
            "Printemps",
            "Beau",
            "Lamour",
            "Vacher",
            "Lièvre",
            "Loup",
            "Pain",
            "Mouton",
            "Jardin",
            "Lebon",
        ],
    ),
    "it": (
        ["Serena", "Bianca", "Rosa", "Viola", "Gioia", "Speranza", "Celeste", "Stella", "Aurora"],
        ["Felice", "Fortunato", "Massimo", "Costante", "Benvenuto", "Sole", "Marino", "Primo", "Santo"],
        [
            "Rossi",
            "Bianchi",
            "Ferrari",
            "Colombo",
            "Fabbri",
            "Sartori",
            "Pace",
            "Bello",
            "Fortuna",
            "Santo",
            "Conte",
            "Gatti",
            "Leone",
            "Lupo",
            "Ricci",
            "Marino",
            "Fiore",
            "Gallo",
            "Bruno",
            "Serra",
            "Monti",
            "Villa",
            "Porta",
            "Neri",
            "Cavallo",
            "Volpe",
            "Rana",
            "Orso",
            "Pesce",
            "Mele",
            "Campo",
            "Sole",
            "Bassi",
            "Vitale",
            "Galli",
            "Castello",
        ],
    ),
    "en": (
        [
            "Hope",
            "Grace",
            "Faith",
            "Joy",
            "Rose",
            "Iris",
            "Olive",
            "Dawn",
            "April",
            "June",
            "May",
            "Summer",
            "Hazel",
            "Ivy",
            "Ruby",
            "Pearl",
            "Crystal",
            "Bonnie",
            "Holly",
            "Robin",
            "Sky",
        ],
        [
            "Will",
            "Mark",
            "Bill",
            "Frank",
            "Pat",
            "Hunter",
            "Chase",
            "Rowan",
            "Jack",
            "Rusty",
            "Sandy",
            "Bud",
            "Max",
            "Cliff",
            "Dean",
            "Drew",
            "Grant",
            "Miles",
            "Wade",
            "Guy",
            "Rich",
        ],
        [
            "Baker",
            "Smith",
            "White",
            "Brown",
            "Green",
            "Young",
            "Hill",
            "Wood",
            "King",
            "Rich",
            "Little",
            "Rose",
            "Bird",
            "Moon",
            "Field",
            "Hope",
            "Cook",
            "Mason",
            "Fisher",
            "Black",
            "Gray",
            "Long",
            "Short",
            "Strong",
            "Wise",
            "Sharp",
            "Hunter",
            "Bishop",
            "Church",
            "Marsh",
            "Lake",
            "Stone",
            "Frost",
            "Snow",
            "Summers",
            "Day",
            "Knight",
            "Page",
            "Bell",
            "Love",
            "Sweet",
            "Power",
            "Hardy",
            "Swift",
            "Golden",
            "Cross",
        ],
    ),
}

OWN_LISTS = {
    # (female first, male first, surnames, female-only surnames or None)
    "albanian": (
        [
            "Arta",
            "Blerina",
            "Drita",
            "Fjolla",
            "Valbona",
            "Teuta",
            "Vjosa",
            "Liridona",
            "Albulena",
            "Mimoza",
            "Edona",
            "Qendresa",
        ],
        [
            "Arben",
            "Besnik",
            "Driton",
            "Fatmir",
            "Granit",
            "Valon",
            "Ilir",
            "Kushtrim",
            "Shkëlzen",
            "Artan",
            "Blerim",
            "Agron",
        ],
        [
            "Krasniqi",
            "Berisha",
            "Gashi",
            "Hoxha",
            "Shala",
            "Morina",
            "Kastrati",
            "Hyseni",
            "Rexhepi",
            "Bytyqi",
            "Zeqiri",
            "Osmani",
            "Ahmeti",
            "Selimi",
            "Kryeziu",
        ],
    ),
    "maghreb": (
        [
            "Fatima",
            "Amina",
            "Nadia",
            "Samira",
            "Leïla",
            "Yasmina",
            "Khadija",
            "Salma",
            "Meriem",
            "Nour",
            "Imane",
            "Houda",
            "Rim",
        ],
        [
            "Mohamed",
            "Youssef",
            "Karim",
            "Rachid",
            "Mehdi",
            "Hamza",
            "Nabil",
            "Samir",
            "Omar",
            "Bilal",
            "Walid",
            "Anouar",
            "Ayoub",
        ],
        [
            "Benali",
            "El Amrani",
            "Bouzid",
            "Haddad",
            "Mansouri",
            "Cherif",
            "Ben Youssef",
            "Belkacem",
            "Aït Ahmed",
            "Ouali",
            "El Idrissi",
            "Boukhari",
            "Saidi",
            "Zerrouki",
            "Mekki",
            "Al-Khatib",
            "Hamdan",
            "Nasser",
            "Ben Salah",
        ],
    ),
    "tamil": (
        ["Tharshika", "Kavitha", "Nirosha", "Sangeetha", "Vithya", "Mathumitha", "Abirami", "Keerthana"],
        ["Sivakumar", "Tharshan", "Kajan", "Nirojan", "Suthan", "Ravindran", "Thuvaragan", "Pirasanth"],
        [
            "Sivapalan",
            "Thirunavukkarasu",
            "Kandiah",
            "Selvarajah",
            "Rasiah",
            "Balasubramaniam",
            "Yogarajah",
            "Ponnuthurai",
            "Sinnathamby",
            "Arumugam",
        ],
    ),
    "horn": (
        ["Senait", "Helen", "Mebrat", "Hodan", "Faduma", "Selam", "Ruth", "Yordanos", "Hiwet", "Asha"],
        ["Yonas", "Tesfay", "Dawit", "Abdirahman", "Samuel", "Filmon", "Robel", "Mohamed", "Abdullahi"],
        [
            "Tesfamariam",
            "Gebremedhin",
            "Haile",
            "Tekle",
            "Abdullahi",
            "Warsame",
            "Ghebreyesus",
            "Kidane",
            "Hussein",
            "Mohamud",
            "Berhane",
            "Weldemichael",
        ],
    ),
    "persian": (
        ["Parisa", "Shirin", "Zahra", "Maryam", "Laleh", "Nilufar", "Roya", "Fereshteh", "Mahsa", "Yalda"],
        ["Ahmad", "Farid", "Mohammad Reza", "Ali", "Mehran", "Navid", "Hamid", "Sohrab", "Arash", "Omid"],
        [
            "Ahmadi",
            "Hosseini",
            "Rahimi",
            "Karimi",
            "Mohammadi",
            "Rezaei",
            "Sultani",
            "Noori",
            "Jafari",
            "Azizi",
            "Haidari",
            "Safi",
            "Tehrani",
        ],
    ),
    "kurdish": (
        ["Rojda", "Berfin", "Dilan", "Evin", "Hêvî", "Ronahi", "Zelal", "Nazdar"],
        ["Rojhat", "Dilshad", "Serhat", "Azad", "Baran", "Zana", "Şoreş", "Rêber"],
        ["Zaxoyî", "Amedî", "Barwari", "Dogan", "Ekinci", "Tekin", "Bozkurt", "Aslan"],
    ),
    "westafrica": (
        ["Aminata", "Fatoumata", "Adjoa", "Ngozi", "Chiamaka", "Awa", "Mariama", "Abena", "Folake"],
        ["Kwame", "Kofi", "Mamadou", "Ousmane", "Chukwuemeka", "Babajide", "Ibrahima", "Moussa", "Seydou"],
        [
            "Diallo",
            "Traoré",
            "Koné",
            "Ouédraogo",
            "Mensah",
            "Okafor",
            "Adeyemi",
            "Nwosu",
            "Boateng",
            "Sow",
            "Ndiaye",
            "Diop",
            "Camara",
            "Asante",
            "Owusu",
            "Eze",
        ],
    ),
    "romansh": (
        ["Flurina", "Mengia", "Ladina", "Seraina", "Annatina", "Uorschla"],
        ["Gian", "Curdin", "Duri", "Jon", "Men", "Flurin", "Gion"],
        [
            "Caduff",
            "Cathomen",
            "Casutt",
            "Derungs",
            "Tscharner",
            "Bezzola",
            "Könz",
            "Caviezel",
            "Janett",
            "Cadonau",
            "Sialm",
            "Arpagaus",
        ],
    ),
    "ticino": (
        ["Chiara", "Mara", "Giulia", "Nives", "Ilaria", "Michela", "Sara", "Alessia"],
        ["Mattia", "Nicola", "Gianluca", "Fabio", "Luca", "Sandro", "Renzo", "Moreno", "Tiziano"],
        [
            "Pedrazzini",
            "Cattaneo",
            "Bernasconi",
            "Rusconi",
            "Lepori",
            "Casellini",
            "Ghiringhelli",
            "Maspoli",
            "Quadri",
            "Rezzonico",
            "Soldati",
            "Foletti",
            "Beffa",
            "Genasci",
            "Pellanda",
            "Balestra",
            "Cavalli",
            "Dotta",
            "Pronzini",
            "Induni",
        ],
    ),
    "breton": (
        ["Maëlle", "Soizic", "Nolwenn", "Gwenola", "Enora", "Morgane"],
        ["Yannick", "Gwenaël", "Loïc", "Erwan", "Tangi", "Ronan", "Goulven"],
        [
            "Le Goff",
            "Le Gall",
            "Kerbrat",
            "Le Bihan",
            "Guivarc'h",
            "Quéméner",
            "Etcheverry",
            "Irigoyen",
            "Elizalde",
            "Santoni",
            "Casanova",
            "Paoli",
            "Colonna",
            "Luciani",
            "Orsini",
            "Le Roux",
            "Tanguy",
        ],
    ),
    "italy_minor": (
        ["Nives", "Ornella", "Greta", "Lorenza", "Annalisa", "Martina", "Veronika", "Sabine"],
        ["Efisio", "Gavino", "Tullio", "Ivo", "Hannes", "Florian", "Alois", "Graziano"],
        [
            "Sanna",
            "Pinna",
            "Piras",
            "Melis",
            "Cocco",
            "Murgia",
            "Deiana",
            "Pichler",
            "Oberhofer",
            "Mair",
            "Gruber",
            "Kofler",
            "Del Fabbro",
            "Zanier",
            "Cargnelutti",
            "Esposito",
            "La Rosa",
        ],
    ),
    "irish": (
        ["Aoife", "Siobhán", "Niamh", "Caoimhe", "Gráinne", "Sadhbh", "Róisín", "Clodagh", "Éabha"],
        ["Seán", "Pádraig", "Oisín", "Cian", "Tadhg", "Ruairí", "Donncha", "Eoghan", "Colm"],
        ["Ó Súilleabháin", "Ó Murchú", "Ó Ceallaigh", "Mac Cárthaigh", "Mac Giolla Phádraig", "Ó Briain", "Ó Néill"],
        [
            "Ní Shúilleabháin",
            "Ní Mhurchú",
            "Ní Cheallaigh",
            "Nic Cárthaigh",
            "Nic Giolla Phádraig",
            "Ní Bhriain",
            "Ní Néill",
        ],
    ),
    "maori": (
        ["Aroha", "Mere", "Ngaio", "Anahera", "Kahurangi", "Moana", "Hine"],
        ["Hemi", "Tama", "Wiremu", "Rangi", "Manaia", "Kahu", "Nikau", "Tane"],
        [
            "Ngata",
            "Tipene",
            "Parata",
            "Te Whata",
            "Tuhiwai",
            "Pomare",
            "Rangihau",
            "Te Rangi",
            "Karaitiana",
            "Horomona",
            "Paewai",
        ],
    ),
}

OWN_LOCALES = {
    ("de", "DE"): ["de_DE"] * 8 + ["de_AT", "de_CH"],
    ("de", "AT"): ["de_AT"] * 8 + ["de_DE"],
    ("de", "CH"): ["de_CH"] * 8 + ["fr_CH", "@romansh", "@ticino", "de_LI"],
    ("fr", "FR"): ["fr_FR"] * 8 + ["@breton", "fr_DZ"],
    ("fr", "CH"): ["fr_CH"] * 8 + ["de_CH", "@ticino"],
    ("fr", "BE"): ["fr_BE"] * 6 + ["nl_BE"] * 2,
    ("fr", "CA"): ["fr_CA"] * 7 + ["en_CA"],
    ("it", "IT"): ["it_IT"] * 8 + ["@italy_minor"] * 2,
    ("it", "CH"): ["it_IT"] * 4 + ["@ticino"] * 4 + ["de_CH", "fr_CH"],
    ("en", "GB"): ["en_GB"] * 8 + ["en_IE"],
    ("en", "US"): ["en_US"] * 8 + ["es_MX"],
    ("en", "IE"): ["en_IE"] * 6 + ["ga_IE", "@irish"],
    ("en", "AU"): ["en_AU"] * 6 + ["en_GB"],
    ("en", "NZ"): ["en_NZ"] * 6 + ["@maori"] * 2,
    ("en", "CA"): ["en_CA"] * 6 + ["fr_CA"],
}

COMMUNITY = (
    ["tr_TR"] * 4
    + ["pl_PL"] * 3
    + ["pt_PT"] * 3
    + [
        "pt_BR",
        "es_ES",
        "es_ES",
        "es_MX",
        "es_CO",
        "es_AR",
        "nl_NL",
        "nl_NL",
        "sv_SE",
        "da_DK",
        "no_NO",
        "fi_FI",
        "is_IS",
        "hr_HR",
        "hr_HR",
        "sl_SI",
        "cs_CZ",
        "cs_CZ",
        "sk_SK",
        "ro_RO",
        "ro_RO",
        "hu_HU",
        "hu_HU",
        "lt_LT",
        "lv_LV",
        "et_EE",
        "vi_VN",
        "vi_VN",
        "id_ID",
        "az_AZ",
        "en_IN",
        "en_IN",
        "en_NG",
        "en_KE",
        "en_PK",
        "ha_NG",
        "ig_NG",
        "yo_NG",
        "tw_GH",
        "zu_ZA",
        "uz_UZ",
        "el_GR",
        "el_GR",
        "uk_UA",
        "uk_UA",
        "ru_RU",
        "bg_BG",
        "mk_MK",
        "zh_CN",
        "ja_JP",
        "ko_KR",
    ]
    + ["@albanian"] * 3
    + ["@maghreb"] * 3
    + ["@tamil", "@horn", "@horn", "@persian", "@persian", "@kurdish", "@westafrica"]
)
OTHER_MAJOR = [
    "de_DE",
    "de_AT",
    "de_CH",
    "fr_FR",
    "fr_CH",
    "fr_BE",
    "it_IT",
    "en_GB",
    "en_US",
    "en_IE",
    "en_AU",
    "en_NZ",
    "fr_CA",
    "nl_BE",
]

SCRIPT_TABLE = {"uk_UA": CYR, "ru_RU": CYR_RU, "bg_BG": CYR_RU, "mk_MK": CYR, "el_GR": GRK}


class Person:
    def __init__(self, first: str, last: str, g: str, loc: str) -> None:
        self.first, self.last, self.g, self.loc = first, last, g, loc

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def initial(self) -> str:
        if "-" in self.first:
            return "-".join(x[0] + "." for x in self.first.split("-"))
        return self.first[0] + "."


TITLES = {
    "de": {"f": ["Frau", "Fr.", "Frau Dr.", "Frau"], "m": ["Herr", "Hr.", "Herrn", "Hr. Dr.", "Herr"]},
    "fr": {"f": ["Mme", "Madame", "Mme", "Dr", "Mlle"], "m": ["M.", "Monsieur", "M.", "Me", "Dr"]},
    "it": {
        "f": ["sig.ra", "Sig.ra", "la signora", "dott.ssa", "avv."],
        "m": ["sig.", "Sig.", "il signor", "dott.", "ing."],
    },
    "en": {"f": ["Ms", "Mrs", "Ms.", "Dr", "Mrs."], "m": ["Mr", "Mr.", "Dr", "Mr"]},
}


# --------------------------------------------------------------------------------------------------
# Places (written here; street + number and postcode + town are labelled, towns alone are not)
# --------------------------------------------------------------------------------------------------
STREETS = {
    "DE": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Lindenweg",
        "Gartenstraße",
        "Schulstraße",
        "Ringstraße",
        "Am Mühlbach",
        "Birkenallee",
        "Goethestraße",
        "Schillerstr.",
        "Friedrich-Ebert-Straße",
        "Bergstraße",
        "Waldweg",
        "Rosenstraße",
        "Am Sonnenhang",
        "Lessingstraße",
        "Heinrich-Heine-Str.",
        "Mozartstraße",
        "Kastanienallee",
        "Feldstraße",
        "Uhlandstraße",
        "Wiesenweg",
        "Zum Steinbruch",
        "Eichendorffstr.",
        "Brunnenstraße",
        "Tulpenweg",
        "Auf dem Kamp",
        "Hinter den Höfen",
        "Kantstraße",
        "Berliner Allee",
        "Dorfstraße",
        "Königsberger Str.",
        "Sandweg",
        "Im Winkel",
        "Lange Reihe",
        "Fasanenweg",
    ],
    "AT": [
        "Mariahilfer Straße",
        "Gumpendorfer Straße",
        "Kirchengasse",
        "Schulgasse",
        "Lindengasse",
        "Wiener Straße",
        "Grazer Straße",
        "Salzburger Straße",
        "Bahnhofstraße",
        "Herrengasse",
        "Annenstraße",
        "Museumstraße",
        "Dorfstraße",
        "Am Anger",
        "Feldgasse",
        "Brunnenweg",
        "Kaiserstraße",
        "Sonnenweg",
        "Leopoldstraße",
        "Favoritenstraße",
        "Ottakringer Straße",
        "Wiedner Hauptstraße",
        "Alser Straße",
        "Praterstraße",
        "Schönbrunner Straße",
        "Hietzinger Hauptstraße",
        "Keplerstraße",
        "Landstraße",
        "Radetzkystraße",
    ],
    "CHde": [
        "Bahnhofstrasse",
        "Dorfstrasse",
        "Hauptstrasse",
        "Kirchweg",
        "Schulhausstrasse",
        "Seestrasse",
        "Rosenbergstrasse",
        "Badenerstrasse",
        "Langstrasse",
        "Feldeggstrasse",
        "Bernstrasse",
        "Neuengasse",
        "Spalenberg",
        "Gerbergasse",
        "Hofweg",
        "Obere Gasse",
        "Untere Halde",
        "Im Grund",
        "Rebbergweg",
        "Sonnenbergstrasse",
        "Alpenstrasse",
        "Zürcherstrasse",
        "Weinbergstrasse",
        "Mühlegasse",
        "Chrüzacherweg",
        "Brunnmattstrasse",
        "Lorrainestrasse",
        "Ringstrasse",
        "Eichholzweg",
        "Haldenstrasse",
    ],
    "CHfr": [
        "avenue de la Gare",
        "rue du Simplon",
        "chemin des Vignes",
        "route de Genève",
        "rue de Lausanne",
        "avenue de Cour",
        "chemin du Levant",
        "rue des Alpes",
        "rue du Rhône",
        "chemin de la Forêt",
        "avenue du Léman",
        "rue de la Côte",
        "chemin des Pâquis",
        "rue Centrale",
        "route de Berne",
        "rue du Château",
        "chemin de Bellevue",
        "rue de l'Industrie",
        "avenue de Beaulieu",
        "rue des Moulins",
    ],
    "CHit": [
        "Via Cantonale",
        "Via San Gottardo",
        "Via Nassa",
        "Via Trevano",
        "Via Ciseri",
        "Via della Posta",
        "Via ai Monti",
        "Via Lucino",
        "Via Motta",
        "Viale Stazione",
        "Via Borghetto",
        "Via al Nido",
        "Via Pretorio",
        "Via Besso",
        "Via Vela",
        "Strada Regina",
        "Via Sempione",
        "Via Campagna",
        "Via alla Chiesa",
        "Via dei Faggi",
    ],
    "FR": [
        "rue de la République",
        "rue Victor Hugo",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "rue des Lilas",
        "rue du Moulin",
        "allée des Tilleuls",
        "chemin des Écoliers",
        "impasse des Rosiers",
        "place de l'Église",
        "rue Pasteur",
        "rue Gambetta",
        "avenue de la Libération",
        "rue du Général de Gaulle",
        "rue des Acacias",
        "rue Nationale",
        "quai de la Fosse",
        "cours Mirabeau",
        "rue Sainte-Catherine",
        "rue de Paris",
        "rue Jean Moulin",
        "rue des Écoles",
        "boulevard de la Liberté",
        "route de Lyon",
        "rue Oberkampf",
        "rue des Martyrs",
        "rue Mouffetard",
        "avenue Foch",
        "rue de la Paix",
        "rue du Four",
    ],
    "BE": [
        "rue de la Station",
        "avenue Louise",
        "chaussée de Waterloo",
        "rue du Midi",
        "rue Haute",
        "avenue de Tervueren",
        "rue des Wallons",
        "boulevard d'Avroy",
        "rue Saint-Gilles",
        "rue de Fer",
        "chaussée de Bruxelles",
        "rue de l'Église",
        "avenue des Combattants",
        "rue Royale",
        "rue des Guillemins",
        "rue de Namur",
        "avenue Brugmann",
    ],
    "CAfr": [
        "rue Saint-Denis",
        "rue Sherbrooke Est",
        "boulevard René-Lévesque",
        "avenue du Parc",
        "rue Saint-Jean",
        "rue Wellington",
        "boulevard Saint-Laurent",
        "avenue Laurier Ouest",
        "rue Beaubien",
        "chemin Sainte-Foy",
    ],
    "IT": [
        "Via Roma",
        "Via Giuseppe Garibaldi",
        "Corso Vittorio Emanuele II",
        "Via Dante Alighieri",
        "Via Mazzini",
        "Via Cavour",
        "Viale dei Mille",
        "Via XX Settembre",
        "Via Nazionale",
        "Corso Italia",
        "Via del Corso",
        "Via Po",
        "Via Verdi",
        "Via San Francesco",
        "Via dei Tigli",
        "Via delle Rose",
        "Vicolo Stretto",
        "Via Torino",
        "Via Marconi",
        "Viale Europa",
        "Via Matteotti",
        "Via Gramsci",
        "Via Manzoni",
        "Via Toledo",
        "Borgo Pinti",
        "Via Sant'Anna",
        "Via Aurelio Saffi",
        "Via dei Mille",
        "Via Fratelli Bandiera",
        "Via Solferino",
    ],
    "GB": [
        "Albert Road",
        "Victoria Street",
        "Church Lane",
        "High Street",
        "Station Road",
        "Mill Lane",
        "Park Avenue",
        "Queen's Road",
        "Manor Way",
        "Orchard Close",
        "Kingsway",
        "Elm Grove",
        "Beech Drive",
        "Windsor Terrace",
        "Holly Crescent",
        "St Mary's Road",
        "Brook Street",
        "Chapel Row",
        "Cromwell Gardens",
        "Meadow View",
        "Ash Grove",
        "Heol y Nant",
        "Marchmont Road",
        "Lark Lane",
        "Gloucester Place",
        "Sefton Park Road",
    ],
    "US": [
        "Maple Ave",
        "Oak Street",
        "Pine St",
        "Cedar Lane",
        "Elm Street",
        "Washington Blvd",
        "Lincoln Ave",
        "Park Place",
        "Lakeview Drive",
        "Highland Ave",
        "River Road",
        "Mill Creek Rd",
        "Hillcrest Dr",
        "N Broadway",
        "W 84th St",
        "E 9th Ave",
        "SE Hawthorne Blvd",
        "Spruce Court",
        "Magnolia Way",
        "Chestnut St",
    ],
    "IE": [
        "Griffith Avenue",
        "Main Street",
        "Church Road",
        "Castle Street",
        "Ard na Gréine",
        "Bóthar na Trá",
        "Oaklands Park",
        "The Crescent",
        "Seafield Road",
        "College Road",
        "Patrick Street",
        "Sandymount Avenue",
        "Mount Eagle Drive",
        "Ashgrove Lawn",
        "Bishop Street",
        "Dominick Street",
    ],
    "AU": [
        "Smith Street",
        "Brunswick Street",
        "King Street",
        "Banksia Crescent",
        "Wattle Grove",
        "George Street",
        "Hay Street",
        "Boundary Road",
        "Gympie Road",
        "Beach Road",
        "Collins Street",
        "Murray Street",
        "Jacaranda Avenue",
        "Bottlebrush Court",
    ],
    "NZ": [
        "Ponsonby Road",
        "Cuba Street",
        "Karangahape Road",
        "Tinakori Road",
        "Riccarton Road",
        "Colombo Street",
        "Te Awa Road",
        "Kauri Street",
        "Rimu Street",
        "Pohutukawa Avenue",
        "Great North Road",
        "Hillsborough Road",
    ],
    "CAen": [
        "Queen St W",
        "King Street East",
        "Yonge Street",
        "Maple Avenue",
        "Elm Drive",
        "Robson Street",
        "Jasper Avenue",
        "Spring Garden Road",
        "Bank Street",
        "Main Street",
        "Osborne Street",
        "Cook Street",
    ],
}

TOWNS = {
    "DE": [
        "10115 Berlin",
        "10437 Berlin",
        "12049 Berlin",
        "20249 Hamburg",
        "22767 Hamburg",
        "80331 München",
        "81675 München",
        "50667 Köln",
        "60311 Frankfurt am Main",
        "70173 Stuttgart",
        "04109 Leipzig",
        "01067 Dresden",
        "28195 Bremen",
        "30159 Hannover",
        "90402 Nürnberg",
        "44135 Dortmund",
        "45127 Essen",
        "40213 Düsseldorf",
        "53111 Bonn",
        "69117 Heidelberg",
        "79098 Freiburg im Breisgau",
        "93047 Regensburg",
        "24103 Kiel",
        "18055 Rostock",
        "99084 Erfurt",
        "06108 Halle (Saale)",
        "34117 Kassel",
        "48143 Münster",
        "33602 Bielefeld",
        "66111 Saarbrücken",
        "55116 Mainz",
        "87435 Kempten (Allgäu)",
        "83022 Rosenheim",
        "37073 Göttingen",
        "26122 Oldenburg",
        "97070 Würzburg",
        "72070 Tübingen",
        "19053 Schwerin",
        "14467 Potsdam",
        "82467 Garmisch-Partenkirchen",
        "87561 Oberstdorf",
        "36037 Fulda",
        "83471 Berchtesgaden",
    ],
    "AT": [
        "1010 Wien",
        "1020 Wien",
        "1050 Wien",
        "1100 Wien",
        "1160 Wien",
        "1190 Wien",
        "8010 Graz",
        "4020 Linz",
        "5020 Salzburg",
        "6020 Innsbruck",
        "9020 Klagenfurt am Wörthersee",
        "3100 St. Pölten",
        "6900 Bregenz",
        "7000 Eisenstadt",
        "4600 Wels",
        "2700 Wiener Neustadt",
        "6850 Dornbirn",
        "9500 Villach",
        "8700 Leoben",
        "6460 Imst",
        "5700 Zell am See",
        "6780 Schruns",
        "3500 Krems an der Donau",
        "4400 Steyr",
        "6130 Schwaz",
    ],
    "CHde": [
        "8001 Zürich",
        "8004 Zürich",
        "8032 Zürich",
        "8400 Winterthur",
        "3011 Bern",
        "3012 Bern",
        "4051 Basel",
        "4057 Basel",
        "6003 Luzern",
        "9000 St. Gallen",
        "5000 Aarau",
        "2502 Biel/Bienne",
        "7000 Chur",
        "6300 Zug",
        "8200 Schaffhausen",
        "4500 Solothurn",
        "3600 Thun",
        "8600 Dübendorf",
        "6410 Goldau",
        "3920 Zermatt",
        "7500 St. Moritz",
        "3818 Grindelwald",
        "8640 Rapperswil",
        "5400 Baden",
        "4410 Liestal",
        "8500 Frauenfeld",
        "6430 Schwyz",
        "3800 Interlaken",
        "9100 Herisau",
        "8750 Glarus",
    ],
    "CHfr": [
        "1003 Lausanne",
        "1004 Lausanne",
        "1201 Genève",
        "1205 Genève",
        "1227 Carouge",
        "1700 Fribourg",
        "2000 Neuchâtel",
        "1950 Sion",
        "1820 Montreux",
        "1400 Yverdon-les-Bains",
        "2300 La Chaux-de-Fonds",
        "1110 Morges",
        "1260 Nyon",
        "2800 Delémont",
        "1870 Monthey",
        "1920 Martigny",
        "1630 Bulle",
        "1800 Vevey",
        "3960 Sierre",
        "1936 Verbier",
    ],
    "CHit": [
        "6900 Lugano",
        "6500 Bellinzona",
        "6600 Locarno",
        "6850 Mendrisio",
        "6830 Chiasso",
        "6612 Ascona",
        "6648 Minusio",
        "6710 Biasca",
        "6760 Faido",
        "6963 Pregassona",
        "6512 Giubiasco",
        "6952 Canobbio",
        "6616 Losone",
        "6900 Massagno",
    ],
    "FR": [
        "75011 Paris",
        "75015 Paris",
        "75018 Paris",
        "69003 Lyon",
        "69007 Lyon",
        "13005 Marseille",
        "31000 Toulouse",
        "33000 Bordeaux",
        "44000 Nantes",
        "59000 Lille",
        "67000 Strasbourg",
        "35000 Rennes",
        "34000 Montpellier",
        "06000 Nice",
        "38000 Grenoble",
        "21000 Dijon",
        "37000 Tours",
        "87000 Limoges",
        "29200 Brest",
        "64100 Bayonne",
        "74000 Annecy",
        "73000 Chambéry",
        "51100 Reims",
        "45000 Orléans",
        "63000 Clermont-Ferrand",
        "25000 Besançon",
        "76000 Rouen",
        "14000 Caen",
        "57000 Metz",
        "20000 Ajaccio",
        "97400 Saint-Denis",
        "74400 Chamonix-Mont-Blanc",
        "05100 Briançon",
        "65000 Tarbes",
    ],
    "BE": [
        "1000 Bruxelles",
        "1050 Ixelles",
        "1060 Saint-Gilles",
        "1030 Schaerbeek",
        "1180 Uccle",
        "1200 Woluwe-Saint-Lambert",
        "4000 Liège",
        "5000 Namur",
        "6000 Charleroi",
        "7000 Mons",
        "1300 Wavre",
        "1348 Louvain-la-Neuve",
        "4800 Verviers",
        "6700 Arlon",
        "7500 Tournai",
        "1400 Nivelles",
    ],
    "IT": [
        "20121 Milano",
        "20135 Milano",
        "00184 Roma",
        "00153 Roma",
        "10121 Torino",
        "50122 Firenze",
        "80134 Napoli",
        "40126 Bologna",
        "16121 Genova",
        "30121 Venezia",
        "90133 Palermo",
        "70122 Bari",
        "37121 Verona",
        "35122 Padova",
        "25121 Brescia",
        "24121 Bergamo",
        "38122 Trento",
        "39100 Bolzano",
        "34121 Trieste",
        "09124 Cagliari",
        "95131 Catania",
        "06121 Perugia",
        "43121 Parma",
        "41121 Modena",
        "22100 Como",
        "23900 Lecco",
        "11100 Aosta",
        "32043 Cortina d'Ampezzo",
        "23030 Livigno",
        "39046 Ortisei",
    ],
}
IT_PROV = {
    "Milano": "MI",
    "Roma": "RM",
    "Torino": "TO",
    "Firenze": "FI",
    "Napoli": "NA",
    "Bologna": "BO",
    "Genova": "GE",
    "Venezia": "VE",
    "Palermo": "PA",
    "Bari": "BA",
    "Verona": "VR",
    "Padova": "PD",
    "Brescia": "BS",
    "Bergamo": "BG",
    "Trento": "TN",
    "Bolzano": "BZ",
    "Trieste": "TS",
    "Cagliari": "CA",
    "Catania": "CT",
    "Perugia": "PG",
    "Parma": "PR",
    "Modena": "MO",
    "Como": "CO",
    "Lecco": "LC",
    "Aosta": "AO",
    "Cortina d'Ampezzo": "BL",
    "Livigno": "SO",
    "Ortisei": "BZ",
}
GB_TOWNS = [
    ("London", "SW"),
    ("London", "SE"),
    ("London", "N"),
    ("London", "E"),
    ("London", "NW"),
    ("Manchester", "M"),
    ("Leeds", "LS"),
    ("Bristol", "BS"),
    ("Birmingham", "B"),
    ("Edinburgh", "EH"),
    ("Glasgow", "G"),
    ("Cardiff", "CF"),
    ("Sheffield", "S"),
    ("Norwich", "NR"),
    ("Brighton", "BN"),
    ("Oxford", "OX"),
    ("Cambridge", "CB"),
    ("York", "YO"),
    ("Bath", "BA"),
    ("Exeter", "EX"),
    ("Aberdeen", "AB"),
    ("Inverness", "IV"),
    ("Kendal", "LA"),
    ("Keswick", "CA"),
    ("Belfast", "BT"),
    ("Swansea", "SA"),
    ("Nottingham", "NG"),
    ("Liverpool", "L"),
    ("Newcastle upon Tyne", "NE"),
]
US_TOWNS = [
    "Springfield, IL 62704",
    "Portland, OR 97214",
    "Austin, TX 78704",
    "Brooklyn, NY 11215",
    "Denver, CO 80205",
    "Boulder, CO 80302",
    "Burlington, VT 05401",
    "Madison, WI 53703",
    "Asheville, NC 28801",
    "Santa Fe, NM 87501",
    "Seattle, WA 98103",
    "Ann Arbor, MI 48104",
    "Boise, ID 83702",
    "Bozeman, MT 59715",
    "Salt Lake City, UT 84102",
    "Flagstaff, AZ 86001",
    "Cambridge, MA 02139",
    "Chicago, IL 60614",
    "Oakland, CA 94610",
    "Minneapolis, MN 55408",
]
IE_TOWNS = [
    ("Dublin 9", "D09"),
    ("Dublin 6W", "D6W"),
    ("Dublin 8", "D08"),
    ("Cork", "T12"),
    ("Galway", "H91"),
    ("Limerick", "V94"),
    ("Waterford", "X91"),
    ("Kilkenny", "R95"),
    ("Bray, Co. Wicklow", "A98"),
    ("Tralee, Co. Kerry", "V92"),
    ("Westport, Co. Mayo", "F28"),
    ("Ennis, Co. Clare", "V95"),
    ("Sligo", "F91"),
    ("Athlone, Co. Westmeath", "N37"),
    ("Letterkenny, Co. Donegal", "F92"),
]
AU_TOWNS = [
    "Fitzroy VIC 3065",
    "Newtown NSW 2042",
    "Bondi Beach NSW 2026",
    "Fremantle WA 6160",
    "West End QLD 4101",
    "Glenelg SA 5045",
    "Hobart TAS 7000",
    "Braddon ACT 2612",
    "Darwin City NT 0800",
    "Katoomba NSW 2780",
    "Byron Bay NSW 2481",
    "Ballarat VIC 3350",
]
NZ_TOWNS = [
    "Grey Lynn, Auckland 1021",
    "Te Aro, Wellington 6011",
    "Riccarton, Christchurch 8041",
    "Dunedin 9016",
    "Queenstown 9300",
    "Nelson 7010",
    "Rotorua 3010",
    "Hamilton 3204",
    "Wanaka 9305",
    "Napier 4110",
]
CA_TOWNS_EN = [
    ("Toronto", "ON", "M5V"),
    ("Toronto", "ON", "M4K"),
    ("Vancouver", "BC", "V6B"),
    ("Calgary", "AB", "T2P"),
    ("Ottawa", "ON", "K1P"),
    ("Halifax", "NS", "B3H"),
    ("Winnipeg", "MB", "R3C"),
    ("Edmonton", "AB", "T5J"),
    ("Victoria", "BC", "V8W"),
    ("Canmore", "AB", "T1W"),
]
CA_TOWNS_FR = [
    ("Montréal", "Québec", "H2X"),
    ("Montréal", "Québec", "H2T"),
    ("Québec", "Québec", "G1R"),
    ("Gatineau", "Québec", "J8X"),
    ("Sherbrooke", "Québec", "J1H"),
    ("Trois-Rivières", "Québec", "G9A"),
    ("Laval", "Québec", "H7N"),
    ("Longueuil", "Québec", "J4K"),
]
FOREIGN_ADDR = {
    "PL": (
        ["ul. Kwiatowa {n}/{a}", "ul. Długa {n} m. {a}", "ul. Mickiewicza {n}", "al. Jana Pawła II {n}/{a}"],
        ["00-950 Warszawa", "31-147 Kraków", "50-001 Wrocław", "80-831 Gdańsk", "61-701 Poznań"],
    ),
    "PT": (
        ["Rua das Flores, {n}, {a}.º Esq.", "Rua de Santa Catarina {n}", "Av. da Liberdade, {n}"],
        ["1200-195 Lisboa", "4050-262 Porto", "3000-150 Coimbra", "8000-138 Faro"],
    ),
    "ES": (
        ["Calle Mayor {n}, {a}º B", "Carrer de Mallorca {n}, {a}r 1a", "Avenida de la Constitución {n}"],
        ["28013 Madrid", "08008 Barcelona", "41001 Sevilla", "46002 Valencia"],
    ),
    "NL": (
        ["Kerkstraat {n}", "Oudegracht {n}-bis", "Prinsengracht {n}"],
        ["1017 GC Amsterdam", "3511 AH Utrecht", "2511 CV Den Haag", "9711 HM Groningen"],
    ),
    "TR": (
        ["Atatürk Cad. No: {n} D: {a}", "Bağdat Cad. No: {n}/{a}"],
        ["34710 Kadıköy/İstanbul", "06420 Çankaya/Ankara", "35220 Konak/İzmir"],
    ),
    "RO": (
        ["Str. Lipscani nr. {n}, ap. {a}", "Bd. Eroilor nr. {n}"],
        ["030031 București", "400001 Cluj-Napoca", "300001 Timișoara"],
    ),
    "HR": (["Ilica {n}", "Vukovarska ulica {n}"], ["10000 Zagreb", "21000 Split", "51000 Rijeka"]),
    "HU": (["Váci utca {n}.", "Andrássy út {n}. {a}/2"], ["1052 Budapest", "6720 Szeged", "4024 Debrecen"]),
    "CZ": (["Národní {n}", "Vinohradská {n}/{a}"], ["110 00 Praha 1", "602 00 Brno"]),
    "SE": (["Storgatan {n}", "Götgatan {n}"], ["114 51 Stockholm", "411 03 Göteborg", "211 22 Malmö"]),
}


# --------------------------------------------------------------------------------------------------
# Context: one per document
# --------------------------------------------------------------------------------------------------
_FAKERS: dict[str, Faker] = {}

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
MON_ABBR = {
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "it": ["gen.", "feb.", "mar.", "apr.", "mag.", "giu.", "lug.", "ago.", "set.", "ott.", "nov.", "dic."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
EN_MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "mailbox.org", "freenet.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "outlook.com", "drei.at"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "protonmail.ch", "outlook.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr", "hotmail.fr"],
    "BE": ["skynet.be", "telenet.be", "proximus.be", "gmail.com", "hotmail.com", "outlook.be"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com", "yahoo.it", "fastwebnet.it"],
    "GB": ["btinternet.com", "gmail.com", "yahoo.co.uk", "outlook.com", "sky.com", "hotmail.co.uk", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "aol.com", "proton.me"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com", "outlook.ie", "icloud.com"],
    "AU": ["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au", "icloud.com"],
    "NZ": ["xtra.co.nz", "gmail.com", "slingshot.co.nz", "outlook.co.nz"],
    "CA": ["rogers.com", "videotron.ca", "sympatico.ca", "gmail.com", "shaw.ca", "outlook.com"],
}


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    digits = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return digits + str((10 - total % 10) % 10)


def _mod97(s: str) -> int:
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban_from_bban(cc: str, bban: str) -> str:
    check = 98 - _mod97(bban + cc + "00")
    return f"{cc}{check:02d}{bban}"


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(s: str) -> str:
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


class Ctx:
    def __init__(self, lang: str, region: str, seed: str) -> None:
        self.lang, self.region, self.seed = lang, region, seed
        self.rng = random.Random(seed)
        self._seeded: set[str] = set()
        self.used_names: set[str] = set()

    # ---- small helpers ---------------------------------------------------------------------------
    def L(self, **kw):
        return kw[self.lang]

    def ch(self, seq):
        return self.rng.choice(seq)

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    @property
    def rkey(self) -> str:
        """Region key for place lists (Switzerland and Canada split by language)."""
        if self.region == "CH":
            return {"de": "CHde", "fr": "CHfr", "it": "CHit", "en": "CHde"}[self.lang]
        if self.region == "CA":
            return "CAfr" if self.lang == "fr" else "CAen"
        return self.region

    @property
    def locale(self) -> str:
        return f"{self.lang}_{self.region}"

    def faker(self, loc: str) -> Faker:
        if loc not in _FAKERS:
            _FAKERS[loc] = Faker(loc)
        f = _FAKERS[loc]
        if loc not in self._seeded:
            f.seed_instance(_int_seed(f"{self.seed}|{loc}"))
            self._seeded.add(loc)
        return f

    # ---- persons ---------------------------------------------------------------------------------
    def person(self, g: str | None = None, origin: str | None = None, last: str | None = None) -> Person:
        for _ in range(20):
            pp = self._person(g, origin, last)
            if pp.full not in self.used_names:
                self.used_names.add(pp.full)
                return pp
        return pp

    def _person(self, g, origin, last) -> Person:
        g = g or ("f" if self.p(0.5) else "m")
        if origin is None:
            r = self.rng.random()
            if r < 0.56:
                origin = self.ch(OWN_LOCALES[(self.lang, self.region)])
            elif r < 0.86:
                origin = self.ch(COMMUNITY)
            else:
                origin = self.ch(OTHER_MAJOR)
        if origin.startswith("@"):
            lst = OWN_LISTS[origin[1:]]
            first = self.ch(lst[0] if g == "f" else lst[1])
            sur = self.ch(lst[3]) if (g == "f" and len(lst) > 3) else self.ch(lst[2])
        else:
            fk = self.faker(origin)
            if origin in ("zh_CN", "ja_JP"):
                first = (
                    (fk.first_romanized_name_female() if g == "f" else fk.first_romanized_name_male())
                    if origin == "ja_JP"
                    else fk.first_romanized_name()
                )
                sur = fk.last_romanized_name()
            elif origin == "ko_KR":
                first = self.ch(
                    ["Ji-woo", "Seo-yeon", "Min-ji", "Hye-jin"]
                    if g == "f"
                    else ["Min-jun", "Ji-ho", "Seung-hyun", "Dong-hyun"]
                )
                sur = self.ch(["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Han"])
            else:
                first = fk.first_name_female() if g == "f" else fk.first_name_male()
                fn = "last_name_female" if g == "f" else "last_name_male"
                sur = getattr(fk, fn)() if hasattr(fk, fn) else fk.last_name()
                if origin in SCRIPT_TABLE:
                    first, sur = translit(first, SCRIPT_TABLE[origin]), translit(sur, SCRIPT_TABLE[origin])
                if origin == "vi_VN" and self.p(0.5):
                    first, sur = strip_acc(first), strip_acc(sur)
        own = origin in OWN_LOCALES[(self.lang, self.region)]
        if own and self.p(0.09):
            wf, wm, wl = WORD_NAMES[self.lang]
            if self.p(0.5):
                sur = self.ch(wl)
            else:
                first = self.ch(wf if g == "f" else wm)
        if own and self.p(0.07) and origin not in ("@irish",):
            sur2 = self.faker(origin).last_name() if not origin.startswith("@") else self.ch(OWN_LISTS[origin[1:]][2])
            if sur2 != sur:
                sur = f"{sur}-{sur2}" if self.lang != "it" or self.p(0.3) else f"{sur} {sur2}"
        if origin in ("es_ES", "es_MX", "es_CO", "es_AR") and self.p(0.5):
            sur = f"{sur} {self.faker(origin).last_name()}"
        if last is not None:
            sur = last
        return Person(first.strip(), sur.strip(), g, origin)

    def title(self, pp: Person) -> str:
        return self.ch(TITLES[self.lang][pp.g])

    def nm(self, pp: Person, style: str | None = None, lower: bool = False, upper: bool = False):
        """Name as parts; titles/salutations outside the span."""
        if style is None:
            style = self.ch(["fl", "fl", "fl", "fl", "lf", "LF", "iL", "tl", "tfl", "f", "l", "fL"])
        f, l_ = pp.first, pp.last
        if style == "fl":
            parts = [(PERSON, f"{f} {l_}")]
        elif style == "lf":
            parts = [(PERSON, f"{l_}, {f}")]
        elif style == "l f":
            parts = [(PERSON, f"{l_} {f}")]
        elif style == "LF":
            parts = [(PERSON, f"{l_.upper()} {f}")]
        elif style == "LcF":
            parts = [(PERSON, f"{l_.upper()}, {f}")]
        elif style == "FL":
            parts = [(PERSON, f"{f} {l_}".upper())]
        elif style == "iL":
            parts = [(PERSON, f"{pp.initial} {l_}")]
        elif style == "Li":
            parts = [(PERSON, f"{l_} {pp.initial}")]
        elif style == "tl":
            parts = [(None, self.title(pp) + " "), (PERSON, l_)]
        elif style == "tfl":
            parts = [(None, self.title(pp) + " "), (PERSON, f"{f} {l_}")]
        elif style == "f":
            parts = [(PERSON, f)]
        elif style == "l":
            parts = [(PERSON, l_)]
        elif style == "fL":
            parts = [(PERSON, f"{f} {l_[0]}.")]
        elif style == "slash":
            parts = [
                (
                    PERSON,
                    f"{strip_acc(l_).upper().replace(' ', '').replace('-', '')}/"
                    f"{strip_acc(f).upper().replace(' ', '').replace('-', '')}",
                )
            ]
        else:
            raise ValueError(style)
        if lower:
            parts = lower_parts(parts)
        if upper:
            parts = upper_parts(parts)
        return parts

    # ---- e-mail ----------------------------------------------------------------------------------
    def email(self, pp: Person, domain: str | None = None, region: str | None = None) -> str:
        fold = de_fold if self.lang == "de" and self.p(0.6) else strip_acc
        f = fold(pp.first).lower().replace(" ", "").replace("-", "")
        l_ = fold(pp.last).lower().replace(" ", "").replace("-", "")
        f, l_ = (f or "x"), (l_ or "x")
        pat = self.ch(
            [
                "{f}.{l}",
                "{f}.{l}",
                "{f}{l}",
                "{i}.{l}",
                "{l}.{f}",
                "{f}_{l}",
                "{f}.{l}{n}",
                "{f}{n}",
                "{l}{i}",
                "{f}-{l}",
                "{i}{l}{n2}",
            ]
        )
        local = pat.format(f=f, l=l_, i=f[0], n=self.ri(1, 99), n2=self.ri(60, 99))
        if domain is None:
            reg = region or ("CH" if self.region == "CH" else self.region)
            domain = self.ch(MAIL_DOMAINS[reg])
        return f"{local}@{domain}"

    # ---- phones ----------------------------------------------------------------------------------
    def _d(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, region: str | None = None, mobile: bool | None = None, intl: bool | None = None) -> str:
        reg = region or self.region
        mob = self.p(0.65) if mobile is None else mobile
        it = self.p(0.35) if intl is None else intl
        r = self.rng
        if reg == "CH":
            if mob:
                pre = r.choice(["76", "77", "78", "79", "79", "75"])
            else:
                pre = {
                    "de": r.choice(["44", "43", "31", "61", "41", "71", "52", "62", "81", "32"]),
                    "fr": r.choice(["21", "22", "24", "26", "27", "32"]),
                    "it": "91",
                    "en": "44",
                }[self.lang]
            a, b, c = self._d(3), self._d(2), self._d(2)
            if it:
                return r.choice(
                    [
                        f"+41 {pre} {a} {b} {c}",
                        f"0041 {pre} {a} {b} {c}",
                        f"+41{pre}{a}{b}{c}",
                        f"+41 (0){pre} {a} {b} {c}",
                    ]
                )
            return r.choice(
                [
                    f"0{pre} {a} {b} {c}",
                    f"0{pre} {a} {b} {c}",
                    f"0{pre}/{a} {b} {c}",
                    f"0{pre}{a}{b}{c}",
                    f"0{pre} {a}{b}{c}",
                ]
            )
        if reg == "DE":
            if mob:
                pre = r.choice(
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
                        "174",
                        "175",
                        "176",
                        "177",
                        "178",
                        "179",
                        "1512",
                        "1520",
                        "1590",
                    ]
                )
                sub = self._d(7 if len(pre) == 4 else r.choice([7, 8]))
            else:
                pre = r.choice(
                    [
                        "30",
                        "40",
                        "69",
                        "89",
                        "221",
                        "211",
                        "711",
                        "351",
                        "341",
                        "511",
                        "421",
                        "911",
                        "228",
                        "621",
                        "6221",
                        "7031",
                        "8031",
                        "2241",
                        "761",
                        "551",
                    ]
                )
                sub = self._d(8 if len(pre) == 2 else (7 if len(pre) == 3 else 6))
            if it:
                return r.choice(
                    [
                        f"+49 {pre} {sub}",
                        f"+49 (0){pre} {sub}",
                        f"0049 {pre} {sub}",
                        f"+49{pre}{sub}",
                        f"+49 {pre} {sub[:3]} {sub[3:]}",
                    ]
                )
            return r.choice(
                [
                    f"0{pre} {sub}",
                    f"0{pre}/{sub}",
                    f"(0{pre}) {sub}",
                    f"0{pre} {sub[:3]} {sub[3:]}",
                    f"0{pre}-{sub}",
                    f"0{pre} {sub[:-2]}-{sub[-2:]}" if not mob else f"0{pre} {sub}",
                ]
            )
        if reg == "AT":
            if mob:
                pre, sub = r.choice(["650", "660", "664", "676", "680", "681", "688", "699"]), self._d(7)
            else:
                pre = r.choice(["1", "316", "512", "662", "732", "463", "2622", "2742", "5574", "4242"])
                sub = self._d(7 if pre == "1" else (6 if len(pre) == 3 else 5))
            if it:
                return r.choice([f"+43 {pre} {sub}", f"+43 (0){pre} {sub}", f"0043 {pre} {sub}", f"+43{pre}{sub}"])
            return r.choice(
                [f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}-{sub}", f"(0{pre}) {sub}"]
            )
        if reg == "FR":
            pre = r.choice(["6", "7"]) if mob else r.choice(["1", "2", "3", "4", "5", "9"])
            g = [self._d(2) for _ in range(4)]
            if it:
                return r.choice(
                    [
                        f"+33 {pre} {' '.join(g)}",
                        f"+33 (0){pre} {' '.join(g)}",
                        f"0033 {pre} {' '.join(g)}",
                        f"+33{pre}{''.join(g)}",
                    ]
                )
            return r.choice(
                [
                    f"0{pre} {' '.join(g)}",
                    f"0{pre}.{'.'.join(g)}",
                    f"0{pre}{''.join(g)}",
                    f"0{pre} {' '.join(g)}",
                    f"0{pre}-{'-'.join(g)}",
                ]
            )
        if reg == "BE":
            if mob:
                pre = r.choice(
                    [
                        "470",
                        "471",
                        "472",
                        "475",
                        "476",
                        "477",
                        "478",
                        "479",
                        "483",
                        "485",
                        "486",
                        "487",
                        "488",
                        "489",
                        "491",
                        "492",
                        "494",
                        "495",
                        "496",
                        "497",
                        "498",
                        "499",
                    ]
                )
                sub = f"{self._d(2)} {self._d(2)} {self._d(2)}"
            else:
                pre = r.choice(["2", "2", "4", "9", "10", "65", "81", "71", "87", "63", "67"])
                sub = (
                    f"{self._d(3)} {self._d(2)} {self._d(2)}"
                    if len(pre) == 1
                    else f"{self._d(2)} {self._d(2)} {self._d(2)}"
                )
            if it:
                return r.choice([f"+32 {pre} {sub}", f"0032 {pre} {sub}", f"+32{pre}{sub.replace(' ', '')}"])
            return r.choice([f"0{pre} {sub}", f"0{pre}/{sub.replace(' ', '.')}", f"0{pre}/{sub}", f"0{pre} {sub}"])
        if reg == "IT":
            if mob:
                pre = r.choice(
                    [
                        "320",
                        "328",
                        "329",
                        "330",
                        "333",
                        "334",
                        "335",
                        "338",
                        "339",
                        "340",
                        "347",
                        "348",
                        "349",
                        "366",
                        "380",
                        "388",
                        "392",
                        "345",
                        "351",
                    ]
                )
                sub = self._d(7)
                nat = r.choice(
                    [
                        f"{pre} {sub}",
                        f"{pre} {sub[:3]} {sub[3:]}",
                        f"{pre}-{sub}",
                        f"{pre}{sub}",
                        f"{pre}/{sub}",
                        f"{pre} {sub[:3]} {sub[3:5]} {sub[5:]}",
                    ]
                )
                intl_ = r.choice(
                    [f"+39 {pre} {sub}", f"+39 {pre} {sub[:3]} {sub[3:]}", f"0039 {pre} {sub}", f"+39{pre}{sub}"]
                )
            else:
                pre = r.choice(
                    [
                        "02",
                        "06",
                        "011",
                        "055",
                        "081",
                        "051",
                        "010",
                        "041",
                        "091",
                        "045",
                        "049",
                        "0471",
                        "0461",
                        "030",
                        "035",
                    ]
                )
                sub = self._d(8 if len(pre) == 2 else (7 if len(pre) == 3 else 6))
                nat = r.choice(
                    [f"{pre} {sub}", f"{pre} {sub[:4]} {sub[4:]}", f"{pre}-{sub}", f"{pre}/{sub}", f"{pre}.{sub}"]
                )
                intl_ = r.choice([f"+39 {pre} {sub}", f"+39 {pre} {sub[:4]} {sub[4:]}", f"0039 {pre} {sub}"])
            return intl_ if it else nat
        if reg == "GB":
            if mob:
                pre, sub = "07" + self._d(3), self._d(6)
                if it:
                    return r.choice(
                        [
                            f"+44 {pre[1:]} {sub}",
                            f"+44 (0){pre[1:]} {sub}",
                            f"+44{pre[1:]}{sub}",
                            f"0044 {pre[1:]} {sub[:3]} {sub[3:]}",
                        ]
                    )
                return r.choice([f"{pre} {sub}", f"{pre} {sub[:3]} {sub[3:]}", f"{pre}{sub}", f"{pre}-{sub}"])
            kind = r.choice(["20", "161", "113", "131", "117", "1865", "1223", "1392", "141", "29"])
            if kind in ("20", "29"):
                sub = f"{self._d(4)} {self._d(4)}"
            elif len(kind) == 3:
                sub = f"{self._d(3)} {self._d(4)}"
            else:
                sub = self._d(6)
            return f"+44 {kind} {sub}" if it else r.choice([f"0{kind} {sub}", f"(0{kind}) {sub}"])
        if reg in ("US", "CA"):
            if reg == "US":
                ac = r.choice(
                    [
                        "212",
                        "415",
                        "617",
                        "312",
                        "206",
                        "503",
                        "512",
                        "303",
                        "404",
                        "718",
                        "646",
                        "773",
                        "202",
                        "802",
                        "608",
                        "828",
                        "505",
                        "720",
                        "734",
                        "208",
                    ]
                )
            else:
                ac = r.choice(
                    ["416", "647", "604", "778", "403", "613", "902", "204", "780", "250"]
                    if self.lang == "en"
                    else ["514", "438", "418", "819", "450", "581"]
                )
            ex = str(r.randint(2, 9)) + self._d(2)
            if ex == "555":
                ex = "556"
            ln = self._d(4)
            if it:
                return r.choice([f"+1 {ac} {ex} {ln}", f"+1 ({ac}) {ex}-{ln}", f"+1-{ac}-{ex}-{ln}", f"+1{ac}{ex}{ln}"])
            return r.choice(
                [
                    f"({ac}) {ex}-{ln}",
                    f"{ac}-{ex}-{ln}",
                    f"{ac}.{ex}.{ln}",
                    f"1-{ac}-{ex}-{ln}",
                    f"({ac}) {ex}-{ln}",
                    f"{ac} {ex} {ln}",
                ]
            )
        if reg == "IE":
            if mob:
                pre, sub = r.choice(["83", "85", "86", "87", "89"]), self._d(7)
                if it:
                    return r.choice([f"+353 {pre} {sub[:3]} {sub[3:]}", f"+353 (0){pre} {sub}", f"+353{pre}{sub}"])
                return r.choice([f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}{sub}", f"0{pre}-{sub}", f"0{pre} {sub}"])
            pre = r.choice(["1", "21", "91", "61", "51", "56", "66", "71"])
            sub = self._d(7) if pre == "1" else self._d(r.choice([6, 7]))
            return (
                f"+353 {pre} {sub[:3]} {sub[3:]}"
                if it
                else r.choice([f"0{pre} {sub[:3]} {sub[3:]}", f"(0{pre}) {sub[:3]} {sub[3:]}"])
            )
        if reg == "AU":
            if mob:
                sub = "4" + self._d(8)
                if it:
                    return r.choice(
                        [f"+61 {sub[:3]} {sub[3:6]} {sub[6:]}", f"+61 {sub[0]} {sub[1:5]} {sub[5:]}", f"+61{sub}"]
                    )
                return r.choice([f"0{sub[:3]} {sub[3:6]} {sub[6:]}", f"0{sub}", f"0{sub[:3]}-{sub[3:6]}-{sub[6:]}"])
            pre, sub = r.choice(["2", "3", "7", "8"]), self._d(8)
            return (
                f"+61 {pre} {sub[:4]} {sub[4:]}"
                if it
                else r.choice([f"(0{pre}) {sub[:4]} {sub[4:]}", f"0{pre} {sub[:4]} {sub[4:]}"])
            )
        if reg == "NZ":
            if mob:
                pre, sub = r.choice(["21", "22", "27", "29", "20"]), self._d(7)
                if it:
                    return r.choice([f"+64 {pre} {sub[:3]} {sub[3:]}", f"+64{pre}{sub}"])
                return r.choice([f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}{sub}", f"0{pre}-{sub[:3]}-{sub[3:]}"])
            pre, sub = r.choice(["9", "4", "3", "7", "6"]), self._d(7)
            return (
                f"+64 {pre} {sub[:3]} {sub[3:]}"
                if it
                else r.choice([f"0{pre} {sub[:3]} {sub[3:]}", f"(0{pre}) {sub[:3]} {sub[3:]}"])
            )
        return self.foreign_phone(reg)

    def foreign_phone(self, cc: str | None = None) -> str:
        r = self.rng
        cc = cc or r.choice(
            ["PL", "TR", "PT", "ES", "NL", "RO", "HR", "SE", "GR", "UA", "VN", "HU", "CZ", "RS", "AL", "XK"]
        )
        d = self._d
        return {
            "PL": f"+48 {r.choice('567')}{d(2)} {d(3)} {d(3)}",
            "TR": f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}",
            "PT": f"+351 9{r.choice('1236')}{d(1)} {d(3)} {d(3)}",
            "ES": f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",
            "NL": f"+31 6 {d(8)}",
            "RO": f"+40 7{d(2)} {d(3)} {d(3)}",
            "HR": f"+385 9{d(1)} {d(3)} {d(4)}",
            "SE": f"+46 7{r.choice('0236')} {d(3)} {d(2)} {d(2)}",
            "GR": f"+30 69{d(1)} {d(3)} {d(4)}",
            "UA": f"+380 {r.choice(['50', '63', '67', '68', '93', '97'])} {d(3)} {d(2)} {d(2)}",
            "VN": f"+84 9{d(1)} {d(3)} {d(4)}",
            "HU": f"+36 {r.choice(['20', '30', '70'])} {d(3)} {d(4)}",
            "CZ": f"+420 {r.choice('67')}{d(2)} {d(3)} {d(3)}",
            "RS": f"+381 6{d(1)} {d(3)} {d(4)}",
            "AL": f"+355 6{d(1)} {d(3)} {d(4)}",
            "XK": f"+383 4{d(1)} {d(3)} {d(3)}",
        }[cc]

    def hotline(self) -> str:
        """Unlabelled service number (free-phone / shared-cost / short)."""
        r, d = self.rng, self._d
        return {
            "CH": r.choice([f"0800 {d(3)} {d(3)}", f"0848 {d(3)} {d(3)}", f"0842 {d(3)} {d(3)}"]),
            "DE": r.choice([f"0800 {d(7)}", f"0180 6 {d(6)}", f"0800 {d(3)} {d(4)}"]),
            "AT": r.choice([f"0800 {d(3)} {d(3)}", f"0810 {d(3)} {d(3)}"]),
            "FR": r.choice(
                [f"0 800 {d(2)} {d(2)} {d(2)}", f"0 805 {d(2)} {d(2)} {d(2)}", f"0 969 {d(2)} {d(2)} {d(2)}"]
            ),
            "BE": r.choice([f"0800 {d(2)} {d(3)}", f"078 {d(2)} {d(2)} {d(2)}"]),
            "IT": r.choice([f"800 {d(3)} {d(3)}", f"800.{d(3)}.{d(3)}", f"199 {d(3)} {d(3)}"]),
            "GB": r.choice([f"0800 {d(3)} {d(4)}", f"0345 {d(3)} {d(4)}", f"0333 {d(3)} {d(4)}"]),
            "US": r.choice([f"1-800-{d(3)}-{d(4)}", f"1 (888) {d(3)}-{d(4)}", f"1-877-{d(3)}-{d(4)}"]),
            "CA": r.choice([f"1-800-{d(3)}-{d(4)}", f"1 888 {d(3)} {d(4)}"]),
            "IE": r.choice([f"1800 {d(3)} {d(3)}", f"1850 {d(2)} {d(2)} {d(2)}"]),
            "AU": r.choice([f"1300 {d(3)} {d(3)}", f"1800 {d(3)} {d(3)}", f"13 {d(2)} {d(2)}"]),
            "NZ": r.choice([f"0800 {d(3)} {d(3)}", f"0508 {d(3)} {d(3)}"]),
        }[self.region]

    # ---- addresses -------------------------------------------------------------------------------
    def street(self, region: str | None = None) -> str:
        rk = region or self.rkey
        r = self.rng
        n = r.randint(1, 140) if r.random() < 0.8 else r.randint(1, 24)
        s = r.choice(STREETS[rk])
        if rk == "DE":
            return r.choice([f"{s} {n}", f"{s} {n}", f"{s} {n}{r.choice('abc')}", f"{s} {n}-{n + 2}"])
        if rk == "AT":
            return r.choice(
                [
                    f"{s} {n}",
                    f"{s} {n}/{r.randint(1, 6)}/{r.randint(1, 30)}",
                    f"{s} {n}/Top {r.randint(1, 20)}",
                    f"{s} {n}/{r.randint(1, 14)}",
                ]
            )
        if rk == "CHde":
            return r.choice([f"{s} {n}", f"{s} {n}", f"{s} {n}{r.choice('abc')}"])
        if rk == "CHfr":
            s = s[0].upper() + s[1:] if r.random() < 0.6 else s
            return r.choice([f"{s} {n}", f"{s} {n}", f"{n}, {s}", f"{s} {n}bis"])
        if rk == "CHit":
            return r.choice([f"{s} {n}", f"{s} {n}", f"{s} {n}a", f"{s} {n}/{r.choice('ABC')}"])
        if rk == "FR":
            return r.choice(
                [
                    f"{n} {s}",
                    f"{n} {s}",
                    f"{n}, {s}",
                    f"{n} bis {s}",
                    f"{n} ter, {s}",
                    f"Bât. {r.choice('ABCD')}, {n} {s}",
                    f"{n} {s.upper()}",
                ]
            )
        if rk == "BE":
            s = s[0].upper() + s[1:]
            return r.choice(
                [f"{s} {n}", f"{s} {n}", f"{s} {n} bte {r.randint(1, 12)}", f"{s} {n}/{r.randint(1, 9)}", f"{s}, {n}"]
            )
        if rk == "CAfr":
            return r.choice(
                [f"{n}{self._d(1)}, {s}", f"{n}{self._d(2)} {s}, app. {r.randint(1, 20)}", f"{n}{self._d(2)}, {s}"]
            )
        if rk == "IT":
            return r.choice(
                [
                    f"{s} {n}",
                    f"{s}, {n}",
                    f"{s} n. {n}",
                    f"{s} {n}/{r.choice('ABC')}",
                    f"{s} {n} int. {r.randint(1, 18)}",
                    f"{s} {n}, scala {r.choice('ABCD')}",
                ]
            )
        if rk == "GB":
            return r.choice(
                [
                    f"{n} {s}",
                    f"{n} {s}",
                    f"Flat {r.randint(1, 12)}, {n} {s}",
                    f"{n}{r.choice('ab')} {s}",
                    f"{r.choice(['Rose Cottage', 'The Old Forge', 'Ivy House', 'Hillside'])}, {s}",
                ]
            )
        if rk == "US":
            return r.choice(
                [
                    f"{r.randint(10, 9999)} {s}",
                    f"{r.randint(10, 9999)} {s} Apt {r.randint(1, 9)}{r.choice('ABCD')}",
                    f"{r.randint(10, 9999)} {s}, Unit {r.randint(1, 40)}",
                    f"{r.randint(10, 9999)} {s} #{r.randint(2, 40)}",
                ]
            )
        if rk == "IE":
            return r.choice([f"{n} {s}", f"{n} {s}", f"Apt {r.randint(1, 30)}, {n} {s}"])
        if rk == "AU":
            return r.choice([f"{n} {s}", f"{r.randint(1, 20)}/{n} {s}", f"Unit {r.randint(1, 20)}, {n} {s}"])
        if rk == "NZ":
            return r.choice([f"{n} {s}", f"{r.randint(1, 9)}/{n} {s}", f"Flat {r.randint(1, 6)}, {n} {s}"])
        if rk == "CAen":
            return r.choice(
                [
                    f"{r.randint(10, 999)} {s}",
                    f"{r.randint(100, 2999)}-{r.randint(10, 999)} {s}",
                    f"{r.randint(10, 999)} {s}, Unit {r.randint(100, 2400)}",
                ]
            )
        raise ValueError(rk)

    def _ca_pc(self, fsa: str) -> str:
        L = "ABCEGHJKLMNPRSTVWXYZ"
        return f"{fsa} {self.rng.randrange(10)}{self.rng.choice(L)}{self.rng.randrange(10)}"

    def _gb_pc(self, area: str) -> str:
        L = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{area}{self.rng.randint(1, 20)} {self.rng.randint(1, 9)}{self.rng.choice(L)}{self.rng.choice(L)}"

    def town(self, region: str | None = None) -> str:
        """Postcode + town line (labelled)."""
        rk = region or self.rkey
        r = self.rng
        if rk in TOWNS:
            t = r.choice(TOWNS[rk])
            if rk == "IT":
                city = t.split(" ", 1)[1]
                pv = IT_PROV[city]
                return r.choice([t, f"{t} ({pv})", f"{t} {pv}", f"{t} ({pv})", t.upper() if r.random() < 0.2 else t])
            if rk == "FR" and r.random() < 0.35:
                return t.split(" ", 1)[0] + " " + t.split(" ", 1)[1].upper()
            if rk.startswith("CH") and r.random() < 0.15:
                return "CH-" + t
            if rk == "DE" and r.random() < 0.1:
                return "D-" + t
            if rk == "AT" and r.random() < 0.15:
                return "A-" + t
            if rk == "BE" and r.random() < 0.15:
                return "B-" + t
            return t
        if rk == "GB":
            town, area = r.choice(GB_TOWNS)
            pc = self._gb_pc(area)
            return r.choice([f"{town} {pc}", f"{town.upper()} {pc}", f"{town}, {pc}"])
        if rk == "US":
            t = r.choice(US_TOWNS)
            return t + (f"-{self._d(4)}" if r.random() < 0.2 else "")
        if rk == "IE":
            town, rk_ = r.choice(IE_TOWNS)
            L = "ACDEFHKNPRTVWXY0123456789"
            ec = rk_ + " " + "".join(r.choice(L) for _ in range(4))
            return r.choice([f"{town}, {ec}", f"{town} {ec}"])
        if rk == "AU":
            return r.choice(AU_TOWNS)
        if rk == "NZ":
            return r.choice(NZ_TOWNS)
        if rk == "CAen":
            c, p_, fsa = r.choice(CA_TOWNS_EN)
            return r.choice([f"{c}, {p_} {self._ca_pc(fsa)}", f"{c} {p_}  {self._ca_pc(fsa)}"])
        if rk == "CAfr":
            c, p_, fsa = r.choice(CA_TOWNS_FR)
            return r.choice([f"{c} ({p_}) {self._ca_pc(fsa)}", f"{c}, QC {self._ca_pc(fsa)}"])
        raise ValueError(rk)

    def town_only(self) -> str:
        """Town name without postcode (unlabelled distractor)."""
        rk = self.rkey
        if rk in TOWNS:
            return self.ch(TOWNS[rk]).split(" ", 1)[1]
        if rk == "GB":
            return self.ch(GB_TOWNS)[0]
        if rk == "US":
            return self.ch(US_TOWNS).split(",")[0]
        if rk == "IE":
            return self.ch(IE_TOWNS)[0].split(",")[0].replace(" 9", "").replace(" 6W", "").replace(" 8", "")
        if rk == "AU":
            return self.ch(AU_TOWNS).rsplit(" ", 2)[0]
        if rk == "NZ":
            return self.ch(NZ_TOWNS).split(", ")[-1].rsplit(" ", 1)[0]
        return self.ch(CA_TOWNS_EN if rk == "CAen" else CA_TOWNS_FR)[0]

    def addr1(self, region: str | None = None) -> str:
        """One-line address (one span)."""
        sep = self.ch([", ", ", ", " - ", ", "]) if (region or self.rkey) not in ("US", "CAen", "CAfr") else ", "
        return f"{self.street(region)}{sep}{self.town(region)}"

    def foreign_addr(self, cc: str | None = None) -> tuple[str, str, str]:
        cc = cc or self.ch(list(FOREIGN_ADDR))
        st, tw = FOREIGN_ADDR[cc]
        return self.ch(st).format(n=self.ri(1, 120), a=self.ri(1, 9)), self.ch(tw), cc

    # ---- money, ids ------------------------------------------------------------------------------
    def iban(self, cc: str | None = None, grouped: bool | None = None) -> str:
        if cc is None:
            cc = {
                "DE": "DE",
                "AT": "AT",
                "CH": "CH",
                "FR": "FR",
                "BE": "BE",
                "IT": "IT",
                "GB": "GB",
                "IE": "IE",
                "CA": "FR",
                "US": "DE",
                "AU": "GB",
                "NZ": "GB",
            }[self.region]
            if self.region == "CH" and self.p(0.08):
                cc = "LI"
        d = self._d
        r = self.rng
        if cc in ("CH", "LI"):
            bban = r.choice(
                ["00700", "00235", "09000", "80808", "00767", "00788", "00774", "08401", "06300", "00230", "08835"]
            ) + d(12)
        elif cc == "DE":
            bban = r.choice(
                ["10010010", "20050550", "37040044", "50010517", "70150000", "43060967", "12030000", "76050101"]
            ) + d(10)
        elif cc == "AT":
            bban = r.choice(["20111", "12000", "14000", "32000", "38000", "19043", "60000", "20815"]) + d(11)
        elif cc == "FR":
            bank, branch, acct = r.choice(["30004", "30003", "20041", "10278", "30002", "16606"]), d(5), d(11)
            key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
            bban = f"{bank}{branch}{acct}{key:02d}"
        elif cc == "BE":
            first = r.choice(["001", "068", "310", "363", "732", "751", "063", "035"]) + d(7)
            chk = int(first) % 97 or 97
            bban = f"{first}{chk:02d}"
        elif cc == "IT":
            abi = r.choice(["03069", "02008", "05034", "03062", "01030", "05387", "08327", "03440", "06230"])
            rest = abi + d(5) + d(12)
            bban = it_cin(rest) + rest
        elif cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG"]) + d(6) + d(8)
        elif cc == "IE":
            bban = r.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + d(6) + d(8)
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + d(10)
        elif cc == "ES":
            bban = r.choice(["2100", "0049", "0182", "2085"]) + d(4) + d(2) + d(10)
        elif cc == "PT":
            bban = r.choice(["0035", "0033", "0007", "0010"]) + d(17)
        elif cc == "PL":
            bban = d(24)
        elif cc == "LU":
            bban = r.choice(["001", "002", "019"]) + d(13)
        else:
            raise ValueError(cc)
        ib = iban_from_bban(cc, bban)
        assert _mod97(ib[4:] + ib[:4]) == 1
        if grouped is None:
            grouped = self.p(0.7)
        if grouped:
            return " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
        return ib

    def card(self, grouped: bool | None = None) -> str:
        r = self.rng
        kind = r.choice(["visa", "visa", "mc", "mc", "amex"])
        if kind == "visa":
            num = luhn_complete("4" + self._d(5), 16, r)
        elif kind == "mc":
            num = luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221", "2720"]) + self._d(4), 16, r)
        else:
            num = luhn_complete(r.choice(["34", "37"]), 15, r)
        if grouped is None:
            grouped = self.p(0.7)
        if not grouped:
            return num
        sep = self.ch([" ", " ", "-"])
        if len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i : i + 4] for i in range(0, 16, 4))

    def ahv(self, dotted: bool | None = None) -> str:
        body = "756" + self._d(9)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        num = body + str((10 - s % 10) % 10)
        if dotted is None:
            dotted = self.p(0.85)
        return f"{num[:3]}.{num[3:7]}.{num[7:11]}.{num[11:]}" if dotted else num

    def ip(self) -> str:
        if self.p(0.15):
            return (
                f"2a02:{self.rng.choice(['1210', '168', '8388', 'a03f', '120b'])}:{self.rng.randrange(0x10000):x}:"
                f"{self.rng.randrange(0x10000):x}::{self.rng.randrange(1, 0xFFFF):x}"
            )
        a = self.ch(
            [
                31,
                46,
                77,
                78,
                80,
                81,
                83,
                84,
                85,
                86,
                88,
                89,
                91,
                92,
                93,
                94,
                95,
                109,
                151,
                176,
                178,
                188,
                193,
                194,
                212,
                213,
                217,
                24,
                73,
                98,
                174,
            ]
        )
        return f"{a}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    # ---- dates -----------------------------------------------------------------------------------
    def birth(self, kind: str = "adult") -> tuple[int, int, int]:
        y = {
            "adult": self.ri(1938, 2004),
            "child": self.ri(2010, 2021),
            "baby": self.ri(2024, 2026),
            "young": self.ri(1990, 2007),
            "senior": self.ri(1930, 1960),
        }[kind]
        m = self.ri(1, 12)
        dd = self.ri(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
        return y, m, dd

    def fmt_date(self, ymd: tuple[int, int, int], style: str | None = None) -> str:
        y, m, dd = ymd
        lang, reg = self.lang, self.region
        r = self.rng
        if style is None:
            if lang == "de":
                style = r.choice(["dmy0", "dmy0", "dmy", "dMy", "dmy2", "iso", "dMy", "dAy"])
            elif lang == "fr":
                style = r.choice(
                    ["dmy/0", "dmy/0", "dmy/", "dMy", "dMy", "iso", "dmy0" if reg in ("CH", "BE") else "dmy-"]
                )
            elif lang == "it":
                style = r.choice(
                    ["dmy/0", "dmy/0", "dmy/", "dMy", "dMy", "dmy-", "iso", "dmy0" if reg == "CH" else "dAy"]
                )
            else:
                if reg in ("US",):
                    style = r.choice(["mdy/", "mdy/0", "Mdy", "Ady", "iso"])
                elif reg == "CA":
                    style = r.choice(["iso", "iso", "Mdy", "dMy", "mdy/0"])
                else:
                    style = r.choice(["dmy/0", "dmy/0", "dMy", "dMy", "ord", "ordof", "dAy-", "iso"])
        mon, abbr = MONTHS[lang][m - 1], MON_ABBR[lang][m - 1]
        if lang == "de" and reg == "AT" and m == 1 and r.random() < 0.7:
            mon, abbr = "Jänner", "Jän."
        dstr = str(dd)
        if lang == "fr" and dd == 1:
            dstr = "1er"
        if lang == "it" and dd == 1:
            dstr = r.choice(["1°", "1"])
        if style == "dmy0":
            return f"{dd:02d}.{m:02d}.{y}"
        if style == "dmy":
            return f"{dd}.{m}.{y}"
        if style == "dmy2":
            return f"{dd:02d}.{m:02d}.{y % 100:02d}"
        if style == "dMy":
            if lang == "de":
                return f"{dd}. {mon} {y}"
            return f"{dstr} {mon} {y}"
        if style == "dAy":
            if lang == "de":
                return f"{dd}. {abbr} {y}"
            return f"{dstr} {abbr} {y}"
        if style == "iso":
            return f"{y}-{m:02d}-{dd:02d}"
        if style == "dmy/0":
            return f"{dd:02d}/{m:02d}/{y}"
        if style == "dmy/":
            return f"{dd}/{m}/{y}"
        if style == "dmy-":
            return f"{dd:02d}-{m:02d}-{y}"
        if style == "mdy/":
            return f"{m}/{dd}/{y}"
        if style == "mdy/0":
            return f"{m:02d}/{dd:02d}/{y}"
        if style == "Mdy":
            return f"{MONTHS['en'][m - 1]} {dd}, {y}"
        if style == "Ady":
            return f"{MON_ABBR['en'][m - 1]} {dd}, {y}"
        if style in ("ord", "ordof"):
            suf = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
            return f"{dd}{suf} {'of ' if style == 'ordof' else ''}{MONTHS['en'][m - 1]} {y}"
        if style == "dAy-":
            return f"{dd:02d}-{MON_ABBR['en'][m - 1]}-{y}"
        if style == "apis":
            return f"{dd:02d}{EN_MON3[m - 1]}{y % 100:02d}"
        if style == "dm":  # birthday without year (unlabelled)
            if lang == "de":
                return f"{dd}. {mon}"
            if lang == "en":
                return f"{dd} {MONTHS['en'][m - 1]}" if reg != "US" else f"{MONTHS['en'][m - 1]} {dd}"
            return f"{dstr} {mon}"
        raise ValueError(style)

    def dob(self, kind: str = "adult", style: str | None = None) -> str:
        return self.fmt_date(self.birth(kind), style)

    def plain_date(self, year: int | None = None, style: str | None = None) -> str:
        """A non-birth date (event, invoice, booking) - unlabelled."""
        y = year or self.ch([2025, 2026, 2026])
        m = self.ri(1, 12)
        return self.fmt_date((y, m, self.ri(1, 28)), style)

    def time(self) -> str:
        return f"{self.ri(6, 22):02d}:{self.ch(['00', '15', '30', '45', '10', '20', '40', '50', '05'])}"

    def money(self, lo: int = 10, hi: int = 500) -> str:
        v = self.rng.uniform(lo, hi)
        cur = {
            "CH": "CHF",
            "DE": "EUR",
            "AT": "EUR",
            "FR": "€",
            "BE": "€",
            "IT": "€",
            "GB": "£",
            "US": "$",
            "IE": "€",
            "AU": "AUD",
            "NZ": "NZD",
            "CA": "$",
        }[self.region]
        if self.lang in ("de", "fr", "it"):
            amt = f"{v:.2f}".replace(".", ",") if self.region != "CH" else f"{v:.2f}"
            if self.region == "CH" and self.p(0.3):
                amt = f"{int(v)}.–"
            return f"{cur} {amt}" if cur in ("CHF", "EUR") else f"{amt} {cur}"
        return f"{cur}{v:.2f}" if cur in ("£", "$") else f"{cur} {v:.2f}"

    def ref(self, prefix: str = "", n: int = 6) -> str:
        return prefix + self._d(n)

    def company(self) -> str:
        loc = {"de": "de_DE", "fr": "fr_FR", "it": "it_IT", "en": "en_GB"}[self.lang]
        if self.region == "CH" and self.lang == "de":
            loc = "de_CH"
        elif self.region == "AT":
            loc = "de_AT"
        elif self.region == "US":
            loc = "en_US"
        return self.faker(loc).company()


# --------------------------------------------------------------------------------------------------
# Shared template pieces
# --------------------------------------------------------------------------------------------------
def kv(d: Doc, label: str, typ: str, value: str, sep: str = ": ", end: str = "\n") -> None:
    d.t(f"{label}{sep}")
    d.e(typ, value)
    d.t(end)


def addr_block(d: Doc, c: Ctx, indent: str = "", region: str | None = None, country: str | None = None) -> None:
    d.t(indent).e(ADDRESS, c.street(region)).t("\n" + indent).e(ADDRESS, c.town(region)).t("\n")
    if country:
        d.t(indent + country + "\n")


def foreign_block(d: Doc, c: Ctx, indent: str = "") -> None:
    st, tw, cc = c.foreign_addr()
    names = {
        "PL": "Polska",
        "PT": "Portugal",
        "ES": "España",
        "NL": "Nederland",
        "TR": "Türkiye",
        "RO": "România",
        "HR": "Hrvatska",
        "HU": "Magyarország",
        "CZ": "Česko",
        "SE": "Sverige",
    }
    d.t(indent).e(ADDRESS, st).t("\n" + indent).e(ADDRESS, tw).t("\n" + indent + names[cc].upper() + "\n")


class Chat:
    """Chat export lines with one of three time-stamp styles."""

    def __init__(self, c: Ctx) -> None:
        self.c = c
        self.style = c.ch(["ios", "android", "plain", "ios", "android"])
        self.day = c.ri(1, 27)
        self.mon = c.ri(1, 12)
        self.h, self.m = c.ri(6, 20), c.ri(0, 59)

    def stamp(self) -> str:
        c = self.c
        self.m += c.ri(0, 25)
        if self.m >= 60:
            self.m -= 60
            self.h += 1
        if self.h > 23:
            self.h, self.day = 7, self.day + 1
        en_us = c.region in ("US", "CA") and c.lang == "en"
        dt = f"{self.mon}/{self.day}/26" if en_us else f"{self.day:02d}.{self.mon:02d}.26"
        if c.lang in ("fr", "it") or (c.lang == "en" and not en_us):
            dt = f"{self.day:02d}/{self.mon:02d}/2026"
        if self.style == "ios":
            return f"[{dt}, {self.h:02d}:{self.m:02d}:{c.ri(0, 59):02d}] "
        if self.style == "android":
            return f"{dt}, {self.h:02d}:{self.m:02d} - "
        return f"{self.h:02d}:{self.m:02d} "

    def line(self, d: Doc, sender, msg) -> None:
        d.t(self.stamp())
        if isinstance(sender, str):
            d.t(sender)
        else:
            d.add(sender)
        d.t(": ")
        d.add(P(*msg) if isinstance(msg, (list, tuple)) else [(None, msg)])
        d.t("\n")


def sender(c: Ctx, pp: Person, lower_ok: bool = True):
    """How a chat member is shown: full name, first name, nickname-like lower case or number."""
    r = c.rng.random()
    if r < 0.45:
        return c.nm(pp, "fl")
    if r < 0.7:
        return c.nm(pp, "f")
    if r < 0.8 and lower_ok:
        return c.nm(pp, "f", lower=True)
    if r < 0.88:
        return c.nm(pp, "fL")
    return [(PHONE, c.phone(mobile=True, intl=True))]


def request(c: Ctx, de: str, fr: str, it: str, en: str, d: Doc, where: str = "top") -> None:
    txt = c.L(de=de, fr=fr, it=it, en=en)
    if where == "top":
        d.t(txt + "\n\n")
    else:
        d.t("\n" + txt + "\n")


_PH = re.compile(r"\{(\w+)\}")


def fill(tpl: str, vals: dict):
    """Template with {KEY} placeholders -> parts; a value is a str (plain), a (type, str) or a list of parts."""
    parts, pos = [], 0
    for m in _PH.finditer(tpl):
        parts.append((None, tpl[pos : m.start()]))
        val = vals[m.group(1)]
        if isinstance(val, tuple):
            parts.append(val)
        elif isinstance(val, list):
            parts.extend(val)
        else:
            parts.append((None, val))
        pos = m.end()
    parts.append((None, tpl[pos:]))
    return [x for x in parts if x[1]]


def pc_city(c: Ctx) -> tuple[str, str]:
    """Postcode and town as separate fields (each unlabelled on its own)."""
    rk = c.rkey
    if rk in TOWNS:
        pc, city = c.ch(TOWNS[rk]).split(" ", 1)
        return pc, city
    if rk == "GB":
        town, area = c.ch(GB_TOWNS)
        return c._gb_pc(area), town
    if rk == "US":
        t = c.ch(US_TOWNS)
        return t.rsplit(" ", 1)[1], t.rsplit(" ", 1)[0]
    if rk == "IE":
        town, k = c.ch(IE_TOWNS)
        return k + " " + "".join(c.ch("ACDEFHKNPRTVWXY0123456789") for _ in range(4)), town
    if rk in ("AU", "NZ"):
        t = c.ch(AU_TOWNS if rk == "AU" else NZ_TOWNS)
        return t.rsplit(" ", 1)[1], t.rsplit(" ", 1)[0]
    city, prov, fsa = c.ch(CA_TOWNS_EN if rk == "CAen" else CA_TOWNS_FR)
    return c._ca_pc(fsa), city


# ==================================================================================================
# 1. firebrigade - volunteer fire brigades
# ==================================================================================================
RANKS = {
    ("de", "DE"): ["FM", "OFM", "HFM", "LM", "OLM", "BM", "Gruppenführer", "Zugführer", "Feuerwehrfrau", "JF-Wart"],
    ("de", "AT"): ["FM", "OFM", "HFM", "LM", "OLM", "BM", "OBI", "HBI", "Sachbearbeiter"],
    ("de", "CH"): ["Sdt", "Gfr", "Kpl", "Wm", "Four", "Lt", "Oblt", "Hptm", "Fw"],
    "fr": ["sap.", "sap. 1re cl.", "cap.", "cap.-chef", "sgt", "sgt-chef", "adj.", "lt", "cne"],
    "it": ["vig.", "vig. esp.", "caposquadra", "capo reparto", "cpl", "sgt", "ten.", "cap."],
    "en": ["FF", "Firefighter", "Crew Cmdr", "Lt", "Capt", "Station Officer", "Probationary FF", "Sub-O"],
}


def _ranks(c: Ctx):
    return RANKS.get((c.lang, c.region)) or RANKS.get((c.lang, "DE")) if c.lang == "de" else RANKS[c.lang]


def _brigade(c: Ctx) -> str:
    t = c.town_only()
    return c.L(
        de=c.ch([f"Freiwillige Feuerwehr {t}", f"FF {t}", f"Feuerwehr {t}"])
        if c.region != "CH"
        else c.ch([f"Feuerwehr {t}", f"Stützpunktfeuerwehr {t}", f"Feuerwehr Region {t}"]),
        fr=c.ch([f"Centre de secours de {t}", f"SDIS - CIS {t}", f"Corps des sapeurs-pompiers de {t}"])
        if c.region == "FR"
        else c.ch([f"SDIS {t}", f"Zone de secours {t}", f"Service incendie de {t}", f"Corps de pompiers de {t}"]),
        it=c.ch([f"Corpo Vigili del Fuoco Volontari di {t}", f"Distaccamento volontari {t}"])
        if c.region == "IT"
        else c.ch([f"Corpo civici pompieri {t}", f"Pompieri di montagna {t}"]),
        en=c.ch(
            [
                f"{t} Volunteer Fire Brigade",
                f"{t} Fire Station (on-call)",
                f"{t} Volunteer Fire Department",
                f"{t} Rural Fire Brigade",
            ]
        ),
    )


def g_fire(c: Ctx, v: int) -> Doc:
    d = Doc()
    ranks = _ranks(c)
    if v == 0:  # member roster, Markdown
        request(
            c,
            "Kannst du die Mitgliederliste nach Dienstgrad sortieren? Geburtstage bitte nicht löschen.",
            "Peux-tu trier cette liste par grade ? Garde les dates de naissance.",
            "Puoi ordinare questo elenco per grado? Le date di nascita servono per le visite mediche.",
            "Can you sort this roster by rank and flag anyone due a medical (over 50)?",
            d,
        )
        d.t(
            f"## {_brigade(c)} – "
            + c.L(
                de="Mitgliederliste Einsatzabteilung",
                fr="liste des membres actifs",
                it="elenco dei vigili attivi",
                en="active member roster",
            )
            + f" ({c.plain_date()})\n\n"
        )
        ahv_col = c.region == "CH" and c.p(0.8)
        hdr = c.L(
            de=["Name", "Dienstgrad", "Geb.-Datum", "Mobile" if c.region == "CH" else "Handy", "Adresse"],
            fr=["Nom", "Grade", "Né(e) le", "Natel" if c.region == "CH" else "Portable", "Adresse"],
            it=["Nominativo", "Grado", "Data di nascita", "Cellulare", "Indirizzo"],
            en=["Name", "Rank", "DOB", "Mobile", "Address"],
        )
        if ahv_col:
            hdr.append(c.L(de="AHV-Nr.", fr="N° AVS", it="N. AVS", en="AHV"))
        d.t("| " + " | ".join(hdr) + " |\n|" + "---|" * len(hdr) + "\n")
        style = c.ch(["LcF", "lf", "fl", "l f"])
        for _ in range(c.ri(4, 6)):
            pp = c.person()
            d.t("| ").add(c.nm(pp, style)).t(f" | {c.ch(ranks)} | ").e(DOB, c.dob()).t(" | ")
            d.e(PHONE, c.phone(mobile=True)).t(" | ")
            if c.p(0.85):
                d.e(ADDRESS, c.addr1())
            else:
                d.t(c.L(de="wie oben", fr="idem", it="idem", en="same as above"))
            if ahv_col:
                d.t(" | ").e(AHV, c.ahv())
            d.t(" |\n")
        d.t("\n" + c.L(de="Kommandant", fr="Commandant", it="Comandante", en="Chief") + ": ")
        d.add(c.nm(c.person(), c.ch(["tfl", "fl", "iL"]))).t(", ")
        d.t(
            c.L(
                de="Notruf 112 / Pikett ",
                fr="urgences 18 / piquet " if c.region == "FR" else "urgences 118 / piquet ",
                it="emergenze 115 / picchetto ",
                en="emergencies "
                + {"US": "911", "CA": "911", "AU": "000", "NZ": "111"}.get(c.region, "999")
                + " / pager ",
            )
            + c.hotline()
            + "\n"
        )
    elif v == 1:  # incident report
        d.t(c.L(de="EINSATZBERICHT", fr="RAPPORT D'INTERVENTION", it="RAPPORTO D'INTERVENTO", en="INCIDENT REPORT"))
        d.t(f" {c.L(de='Nr.', fr='n°', it='n.', en='No.')} {c.ri(2025, 2026)}-{c.ri(10, 400):04d}   {_brigade(c)}\n")
        d.t(
            c.L(de="Datum", fr="Date", it="Data", en="Date")
            + f": {c.plain_date()}   "
            + c.L(de="Alarm", fr="Alarme", it="Allarme", en="Turnout")
            + f": {c.time()}   "
            + c.L(
                de="Stichwort: "
                + c.ch(
                    [
                        "B2 Wohnungsbrand",
                        "THL Ölspur",
                        "BMA Fehlalarm",
                        "Wasser im Keller",
                        "Person hinter Tür",
                        "Kaminbrand",
                    ]
                ),
                fr="Motif : "
                + c.ch(
                    [
                        "feu d'appartement",
                        "inondation cave",
                        "feu de cheminée",
                        "personne bloquée",
                        "alarme automatique",
                    ]
                ),
                it="Tipo: "
                + c.ch(
                    [
                        "incendio appartamento",
                        "allagamento cantina",
                        "incendio canna fumaria",
                        "soccorso a persona",
                        "apertura porta",
                    ]
                ),
                en="Type: "
                + c.ch(
                    ["chimney fire", "flooded basement", "AFA false alarm", "RTC", "kitchen fire", "person locked in"]
                ),
            )
            + "\n"
        )
        d.t(c.L(de="Einsatzort", fr="Lieu", it="Luogo", en="Location") + ": ").e(ADDRESS, c.addr1()).t("\n")
        caller, res = c.person(), c.person()
        d.t(c.L(de="Meldende Person", fr="Appelant", it="Segnalante", en="Caller") + ": ")
        d.add(c.nm(caller, c.ch(["fl", "tfl", "lf"]))).t(", " + c.L(de="Tel.", fr="tél.", it="tel.", en="tel") + " ")
        d.e(PHONE, c.phone()).t("\n")
        d.t(c.L(de="Betroffene/r", fr="Personne concernée", it="Persona coinvolta", en="Occupant") + ": ")
        d.add(c.nm(res, c.ch(["tfl", "fl", "LF"]))).t(
            ", " + c.L(de="geb. ", fr="né(e) le ", it="nato/a il ", en="DOB ")
        )
        d.e(DOB, c.dob(c.ch(["adult", "senior"]))).t(
            c.L(
                de=", wohnhaft ebenda\n",
                fr=", domicilié(e) sur place\n",
                it=", residente sul posto\n",
                en=", lives at the address\n",
            )
        )
        t = c.town_only()
        d.t(
            c.L(
                de=f"Fahrzeuge: HLF 20 (Florian {t} 40/1), DLK 23/12, MTW – {c.ri(9, 22)} AdF\n",
                fr=f"Engins : FPT, EPA 30, VSAV 2 – {c.ri(9, 22)} sapeurs\n",
                it=f"Mezzi: APS, AS, autobotte – {c.ri(6, 16)} vigili\n",
                en=f"Appliances: P1, P2 (call sign {t} 21), aerial – {c.ri(6, 16)} crew\n",
            )
        )
        d.t(c.L(de="Einsatzleiter", fr="Chef d'intervention", it="Responsabile", en="Officer in charge") + ": ")
        d.t(c.ch(ranks) + " ").add(c.nm(c.person(), c.ch(["fl", "l", "iL"]))).t("\n")
        d.t(c.L(de="Mannschaft", fr="Équipe", it="Squadra", en="Crew") + ": ")
        crew = [c.person() for _ in range(c.ri(3, 6))]
        st = c.ch(["l", "Li", "fL", "f"])
        for i, pp in enumerate(crew):
            d.add(c.nm(pp, st)).t(", " if i < len(crew) - 1 else "\n")
        nb = c.person("f")
        d.t(
            c.L(
                de="Bemerkungen: Zugang über Nachbarin ",
                fr="Remarques : accès par la voisine ",
                it="Note: accesso tramite la vicina ",
                en="Notes: access via neighbour ",
            )
        )
        d.add(c.nm(nb, "tl") if c.lang != "en" else c.nm(nb, "fl")).t(" (")
        d.e(ADDRESS, c.street()).t(
            c.L(
                de="), die den Schlüssel hatte. Angehörige informiert: Tochter ",
                fr="), qui avait la clé. Famille prévenue : fille ",
                it="), che aveva la chiave. Familiari avvisati: figlia ",
                en="), who held a key. Next of kin informed: daughter ",
            )
        )
        d.add(c.nm(c.person("f", last=res.last), "f")).t(", ").e(PHONE, c.phone(mobile=True)).t(".\n")
        d.t(c.L(de="Bericht: ", fr="Rédigé par : ", it="Compilato da: ", en="Report by: "))
        d.add(c.nm(c.person(), "iL")).t("\n\n")
        request(
            c,
            "Mach daraus bitte eine kurze Pressemitteilung ohne Personendaten.",
            "Rédige un communiqué de presse court, sans données personnelles.",
            "Scrivi un breve comunicato stampa senza dati personali.",
            "Turn this into a short press release without personal details.",
            d,
            "end",
        )
    elif v == 2:  # alarm group chat
        d.t(
            c.L(
                de="Chatverlauf Alarmgruppe – was war da los am Samstag? Bitte fass zusammen:\n\n",
                fr="Export du groupe d'alerte, tu peux résumer ce qui s'est passé samedi ?\n\n",
                it="Esportazione della chat del gruppo allerta, mi fai un riassunto di sabato?\n\n",
                en="Export of our turnout group chat - can you summarise what happened on Saturday?\n\n",
            )
        )
        ch = Chat(c)
        mem = [c.person() for _ in range(5)]
        low = c.p(0.5)
        ch.line(
            d,
            "Alarm-Bot" if c.lang == "de" else "Bot",
            P(
                c.L(de="ALARM B3 ", fr="ALERTE FEU ", it="ALLERTA INCENDIO ", en="TURNOUT FIRE "),
                (ADDRESS, c.addr1().upper() if c.p(0.4) else c.addr1()),
                f" {c.time()}",
            ),
        )
        ch.line(
            d,
            sender(c, mem[0]),
            c.L(de="bin unterwegs, 4 min", fr="j'arrive 4 min", it="arrivo 4 min", en="on my way 4 min"),
        )
        ch.line(
            d,
            sender(c, mem[1]),
            P(
                c.L(
                    de="komme direkt, bin bei ",
                    fr="je viens direct, suis chez ",
                    it="vengo diretto, sono da ",
                    en="coming direct, at ",
                ),
                c.nm(mem[3], "f", lower=low),
                c.L(de=" in der ", fr=" ", it=" in ", en=" on "),
                (ADDRESS, c.street().lower() if low else c.street()),
            ),
        )
        ch.line(
            d,
            sender(c, mem[2]),
            P(
                c.L(
                    de="hat jemand die nummer vom hausbesitzer? ",
                    fr="qqn a le num du proprio ? ",
                    it="qualcuno ha il numero del proprietario? ",
                    en="anyone got the owner's number? ",
                )
            ),
        )
        owner = c.person()
        ch.line(
            d,
            sender(c, mem[3]),
            P(
                c.nm(owner, c.ch(["tl", "fl", "l"]), lower=low),
                " ",
                (PHONE, c.phone()),
                c.L(de=" steht auf der liste", fr=" c'est dans la liste", it=" è nella lista", en=" it's on the list"),
            ),
        )
        ch.line(
            d,
            sender(c, mem[4]),
            P(
                c.L(de="ok. ", fr="ok. ", it="ok. ", en="ok. "),
                c.nm(mem[0], "f", lower=low),
                c.L(
                    de=" nimmt den schlauchwagen",
                    fr=" prend le dévidoir",
                    it=" prende il carrello",
                    en=" takes the hose cart",
                ),
            ),
        )
        ch.line(
            d,
            sender(c, mem[0]),
            c.L(
                de="feuer aus 21:40, lüften läuft",
                fr="feu éteint 21h40, on ventile",
                it="incendio spento alle 21:40, ventiliamo",
                en="fire out 21:40, ventilating",
            ),
        )
        ch.line(
            d,
            sender(c, mem[1]),
            P(
                c.L(
                    de="übung donnerstag 19:30 beim depot, ",
                    fr="exercice jeudi 19h30 à la caserne, ",
                    it="esercitazione giovedì 19:30 in caserma, ",
                    en="drill thursday 19:30 at the station, ",
                ),
                c.L(de="geburtstag von ", fr="anniv de ", it="compleanno di ", en="birthday for "),
                c.nm(mem[2], "f", lower=low),
                f" ({c.fmt_date(c.birth(), 'dm')}) 🎂",
            ),
        )
        ch.line(
            d,
            sender(c, mem[4]),
            P(
                c.L(de="neue mail von ", fr="nouvel email de ", it="nuova mail di ", en="new email for "),
                c.nm(mem[4], "f", lower=low),
                ": ",
                (EMAIL, c.email(mem[4])),
            ),
        )
    else:  # pay / allowance list
        d.t(
            c.L(de="Sold-Abrechnung", fr="Décompte des soldes", it="Conteggio soldo", en="On-call payments")
            + f" {c.ch(['1. Halbjahr', 'Q3', '2026', 'Jan-Jun'])} – {_brigade(c)}\n"
        )
        if c.lang == "en" and c.region in ("US", "AU", "NZ", "CA"):
            d.t("name,dob,phone,email,hours,amount\n")
            for _ in range(c.ri(4, 6)):
                pp = c.person()
                d.add(c.nm(pp, "fl")).t(",").e(DOB, c.dob(style="iso" if c.p(0.5) else None)).t(",")
                d.e(PHONE, c.phone(mobile=True)).t(",").e(EMAIL, c.email(pp)).t(f",{c.ri(4, 60)},{c.money(40, 900)}\n")
        else:
            ahv = c.region == "CH"
            hdr = c.L(
                de="Name;Vorname;Geburtsdatum;" + ("AHV-Nr.;" if ahv else "") + "IBAN;Stunden;Betrag",
                fr="Nom;Prénom;Date de naissance;" + ("N° AVS;" if ahv else "") + "IBAN;Heures;Montant",
                it="Cognome;Nome;Data di nascita;" + ("N. AVS;" if ahv else "") + "IBAN;Ore;Importo",
                en="Surname,Forename,DOB,IBAN,Hours,Amount",
            )
            sep = ";" if c.lang != "en" else ","
            d.t(hdr + "\n")
            for _ in range(c.ri(4, 6)):
                pp = c.person()
                d.e(PERSON, pp.last).t(sep).e(PERSON, pp.first).t(sep).e(DOB, c.dob()).t(sep)
                if ahv:
                    d.e(AHV, c.ahv()).t(sep)
                d.e(IBAN, c.iban(grouped=c.p(0.4))).t(f"{sep}{c.ri(4, 60)}{sep}{c.money(40, 900)}\n")
        d.t(
            c.L(de="\nVisum Kassier: ", fr="\nVisa caissier : ", it="\nVisto cassiere: ", en="\nChecked by treasurer: ")
        )
        d.add(c.nm(c.person(), "iL")).t("\n")
        request(
            c,
            "Bitte prüfe die Summe und sag mir, wer über 1000 liegt.",
            "Vérifie le total et dis-moi qui dépasse 1000.",
            "Controlla il totale e dimmi chi supera 1000.",
            "Please check the total and tell me who is over 1000.",
            d,
            "end",
        )
    return d


# ==================================================================================================
# 2. airline - PNR dumps, printed boarding passes, compensation claims, APIS passenger lists
# ==================================================================================================
AIRPORTS = {
    "DE": ["FRA", "MUC", "BER", "HAM", "DUS", "STR", "CGN"],
    "AT": ["VIE", "SZG", "INN", "GRZ"],
    "CH": ["ZRH", "GVA", "BSL", "LUG"],
    "FR": ["CDG", "ORY", "LYS", "NCE", "TLS", "BOD"],
    "BE": ["BRU", "CRL", "LGG"],
    "IT": ["FCO", "MXP", "LIN", "VCE", "NAP", "BLQ", "CTA"],
    "GB": ["LHR", "LGW", "MAN", "EDI", "BHX", "BRS"],
    "US": ["JFK", "SFO", "ORD", "BOS", "SEA", "DEN"],
    "IE": ["DUB", "SNN", "ORK"],
    "AU": ["SYD", "MEL", "BNE", "PER"],
    "NZ": ["AKL", "WLG", "CHC", "ZQN"],
    "CA": ["YUL", "YYZ", "YVR", "YQB", "YYC"],
}
CARRIERS = {
    "DE": "LH",
    "AT": "OS",
    "CH": "LX",
    "FR": "AF",
    "BE": "SN",
    "IT": "AZ",
    "GB": "BA",
    "US": "UA",
    "IE": "EI",
    "AU": "QF",
    "NZ": "NZ",
    "CA": "AC",
}
DEST = [
    "LIS",
    "BCN",
    "ATH",
    "IST",
    "OPO",
    "SPU",
    "KRK",
    "OTP",
    "HAN",
    "NBO",
    "TUN",
    "CMN",
    "AMS",
    "CPH",
    "ARN",
    "JFK",
    "DXB",
    "SIN",
    "PMI",
    "TFS",
]
NATION = {
    "DE": "DEU",
    "AT": "AUT",
    "CH": "CHE",
    "FR": "FRA",
    "BE": "BEL",
    "IT": "ITA",
    "GB": "GBR",
    "US": "USA",
    "IE": "IRL",
    "AU": "AUS",
    "NZ": "NZL",
    "CA": "CAN",
}


def _pnr_name(pp: Person) -> str:
    last = strip_acc(pp.last).upper().replace(" ", "").replace("-", "")
    first = strip_acc(pp.first).upper().replace(" ", "").replace("-", "")
    return f"{last}/{first}"


def _loc(c: Ctx) -> str:
    return "".join(c.ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def g_air(c: Ctx, v: int) -> Doc:
    d = Doc()
    cr = CARRIERS[c.region]
    org = c.ch(AIRPORTS[c.region])
    dst = c.ch(DEST)
    mon = c.ch(EN_MON3)
    day = c.ri(1, 28)
    if v == 0:  # PNR dump
        request(
            c,
            "Was bedeuten die SSR-Zeilen in dieser Buchung? Stimmt der Name im Pass?",
            "Que signifient les lignes SSR de cette réservation ? Le nom correspond-il au passeport ?",
            "Cosa significano le righe SSR di questa prenotazione? Il nome corrisponde al passaporto?",
            "What do the SSR lines in this booking mean? Does the name match the passport?",
            d,
        )
        pax = [c.person() for _ in range(c.ri(1, 3))]
        d.t(
            f"RP/{org}{cr}0{c.ri(1, 9)}{c.ri(10, 99)}/{org}{cr}0{c.ri(10, 99)}   AA/SU  {day:02d}{mon}{c.ri(24, 26)}/"
            f"{c.ri(6, 23):02d}{c.ri(0, 59):02d}Z   {_loc(c)}\n"
        )
        for i, pp in enumerate(pax):
            d.t(f"  {i + 1}.").e(PERSON, _pnr_name(pp)).t(" " + ("MRS" if pp.g == "f" else "MR") + "\n")
        n = len(pax) + 1
        d.t(
            f"  {n} {cr} {c.ri(100, 2999)} Y {day:02d}{mon} {c.ri(1, 7)} {org}{dst} HK{len(pax)} {c.ri(6, 12):02d}"
            f"{c.ri(0, 5)}0 {c.ri(13, 20)}{c.ri(0, 5)}0 {day:02d}{mon}  E  {cr}/{_loc(c)}\n"
        )
        n += 1
        d.t(f"  {n} AP {org} ").e(PHONE, c.phone(intl=False)).t(" - H\n")
        n += 1
        lead = pax[0]
        d.t(f"  {n} APE ").e(EMAIL, c.email(lead)).t("\n")
        n += 1
        d.t(f"  {n} APM ").e(
            PHONE,
            "+"
            + "".join(ch for ch in c.phone(mobile=True, intl=True).replace("(0)", "") if ch.isdigit()).removeprefix(
                "00"
            ),
        ).t("\n")
        n += 1
        for i, pp in enumerate(pax):
            em = c.email(pp).upper().replace("@", "//")
            d.t(f"  {n} SSR CTCE {cr} HK1 ").e(EMAIL, em).t(f"/P{i + 1}\n")
            n += 1
            d.t(f"  {n} SSR CTCM {cr} HK1 ").e(
                PHONE,
                "".join(ch for ch in c.phone(mobile=True, intl=True).replace("(0)", "") if ch.isdigit()).removeprefix(
                    "00"
                ),
            )
            d.t(f"/P{i + 1}\n")
            n += 1
            nat = NATION[c.region] if c.p(0.7) else c.ch(["POL", "PRT", "TUR", "ESP", "ROU", "HRV", "VNM", "GRC"])
            d.t(f"  {n} SSR DOCS {cr} HK1 P/{nat}/{c.ch('CXPKAS')}{c._d(7)}/{nat}/")
            d.e(DOB, c.dob(style="apis")).t(
                f"/{'F' if pp.g == 'f' else 'M'}/{c.ri(1, 28):02d}{c.ch(EN_MON3)}{c.ri(27, 35)}/"
            )
            d.e(PERSON, _pnr_name(pp)).t(f"/P{i + 1}\n")
            n += 1
        if c.p(0.6):
            d.t(f"  {n} AB ").e(PERSON, _pnr_name(lead)).t(", ").e(ADDRESS, strip_acc(c.addr1()).upper()).t("\n")
            n += 1
        d.t(f"  {n} SSR WCHR {cr} HK1/S2/P1\n" if c.p(0.3) else f"  {n} SSR VGML {cr} HK1/S2/P1\n")
        n += 1
        d.t(
            f"  {n} FA PAX {c.ri(100, 999)}-{c._d(10)}/ETLX/EUR{c.ri(180, 1900)}.{c.ri(10, 99)}/"
            f"{day:02d}{mon}{c.ri(24, 26)}/{org}{cr}0{c.ri(10, 99)}/{c._d(8)}\n"
        )
        n += 1
        if c.p(0.6):
            num = c.card(grouped=False)
            brand = "VI" if num[0] == "4" else ("AX" if num[0] == "3" else "CA")
            d.t(f"  {n} FP CC{brand}").e(CARD, num).t(f"/{c.ri(1, 12):02d}{c.ri(27, 31)}/N{c._d(6)}\n")
        else:
            d.t(f"  {n} FP CASH\n")
        n += 1
        d.t(f"  {n} TK OK{day:02d}{mon}/{org}{cr}0{c.ri(10, 99)}\n")
        d.t(
            f"  {n + 1} RM "
            + c.L(
                de="KD RUFT AN WG SITZPLATZ, RR AN ",
                fr="CLT RAPPELLE SIEGE, RAPPELER AU ",
                it="CLIENTE RICHIAMA PER POSTO, RICHIAMARE AL ",
                en="PAX CALLED RE SEAT CALL BACK ON ",
            )
        )
        d.e(PHONE, c.phone(mobile=True)).t("\n")
    elif v == 1:  # printed boarding passes
        d.t(
            c.L(
                de="Kopie aus dem PDF, kann ich damit umsteigen? Bordkarten:\n\n",
                fr="Copié depuis le PDF, est-ce que la correspondance est assurée ? Cartes d'embarquement :\n\n",
                it="Copiato dal PDF: la coincidenza è garantita? Carte d'imbarco:\n\n",
                en="Copied from the PDF - is the connection protected? Boarding passes:\n\n",
            )
        )
        loc = _loc(c)
        fl = f"{cr}{c.ri(100, 2999)}"
        for i in range(c.ri(2, 3)):
            pp = c.person()
            nm = _pnr_name(pp)
            ttl = "MRS" if pp.g == "f" else ("MSTR" if c.p(0.2) else "MR")
            d.t(
                c.L(
                    de="BORDKARTE / BOARDING PASS",
                    fr="CARTE D'EMBARQUEMENT / BOARDING PASS",
                    it="CARTA D'IMBARCO / BOARDING PASS",
                    en="BOARDING PASS",
                )
                + "\n"
            )
            d.t(c.L(de="Name", fr="Nom", it="Nome", en="Name") + ": ").e(PERSON, nm).t(f" {ttl}\n")
            seat = f"{c.ri(3, 38)}{c.ch('ABCDEF')}"
            d.t(
                f"{c.L(de='Flug', fr='Vol', it='Volo', en='Flight')}: {fl}   {org} → {dst}   {day:02d}{mon}   "
                f"{c.L(de='Sitz', fr='Siège', it='Posto', en='Seat')}: {seat}   Gate: {c.ch('ABDE')}{c.ri(1, 70)}   "
                f"Boarding: {c.time()}   SEQ {c.ri(1, 180):03d}\n"
            )
            d.t(f"ETKT {c._d(13)}   FQTV {cr} {c._d(9)}   PNR {loc}\n")
            bc_name = nm[:20]
            bc = f"M{min(3, i + 1)}"
            d.t("BCBP: " + bc).e(PERSON, bc_name).t(
                " " * (20 - len(bc_name)) + f"E{loc} {org}{dst}{cr} {fl[2:]:>4} {c.ri(1, 365):03d}Y{seat:>4}"
                f"{c.ri(1, 180):04d} 100\n\n"
            )
        d.t(c.L(de="Gebucht von: ", fr="Réservé par : ", it="Prenotato da: ", en="Booked by: "))
        bk = c.person()
        d.add(c.nm(bk, "fl")).t(" – ").e(EMAIL, c.email(bk)).t(" – ").e(PHONE, c.phone(mobile=True)).t("\n")
    elif v == 2:  # compensation / rebooking claim mail
        pp = c.person()
        kid = c.person(c.ch("fm"), last=pp.last)
        d.t(
            c.L(
                de="Betreff: Entschädigung nach EU 261 – Buchung ",
                fr="Objet : indemnisation CE 261 – dossier ",
                it="Oggetto: compensazione Reg. CE 261 – prenotazione ",
                en="Subject: EU261 compensation – booking ",
            )
        )
        d.t(_loc(c) + "\n\n")
        d.t(
            c.L(
                de="Sehr geehrte Damen und Herren,\n\nunser Flug ",
                fr="Madame, Monsieur,\n\nnotre vol ",
                it="Spettabile compagnia,\n\nil nostro volo ",
                en="Dear Customer Relations,\n\nour flight ",
            )
        )
        d.t(f"{cr}{c.ri(100, 2999)} {c.L(de='vom', fr='du', it='del', en='on')} {c.plain_date()} ")
        d.t(
            c.L(
                de=f"von {org} nach {dst} wurde annulliert. Wir (ich, ",
                fr=f"de {org} à {dst} a été annulé. Nous (moi, ",
                it=f"da {org} a {dst} è stato cancellato. Noi (io, ",
                en=f"from {org} to {dst} was cancelled. We (myself, ",
            )
        )
        d.add(c.nm(pp, "fl")).t(
            c.L(
                de=", und mein Sohn " if kid.g == "m" else ", und meine Tochter ",
                fr=", et mon fils " if kid.g == "m" else ", et ma fille ",
                it=", e mio figlio " if kid.g == "m" else ", e mia figlia ",
                en=", and my son " if kid.g == "m" else ", and my daughter ",
            )
        )
        d.add(c.nm(kid, "f")).t(c.L(de=", geb. ", fr=", né(e) le ", it=", nato/a il ", en=", born "))
        d.e(DOB, c.dob("child")).t(
            c.L(de=") kamen erst ", fr=") ne sommes arrivés que ", it=") siamo arrivati solo ", en=") only arrived ")
        )
        d.t(
            f"{c.ri(5, 26)} h "
            + c.L(
                de="später an. Bitte überweisen Sie die Entschädigung auf:\n\n",
                fr="plus tard. Merci de verser l'indemnité sur :\n\n",
                it="dopo. Vi prego di versare l'indennizzo su:\n\n",
                en="late. Please pay the compensation to:\n\n",
            )
        )
        if c.region in ("US", "AU", "NZ", "CA"):
            d.t(
                c.L(de="", fr="Compte", it="", en="Account")
                + f": routing {c._d(9)}, acct {c._d(10)} "
                + c.L(de="", fr="(Desjardins)", it="", en="(credit union)")
                + "\n"
            )
        else:
            d.t(c.L(de="Kontoinhaber", fr="Titulaire", it="Intestatario", en="Account holder") + ": ")
            d.add(c.nm(pp, "fl")).t("\nIBAN: ").e(IBAN, c.iban()).t(
                "\nBIC: "
                + c.ch(["UBSWCHZH80A", "COBADEFFXXX", "BNPAFRPPXXX", "BCITITMM", "AIBKIE2D", "NWBKGB2L", "GEBABEBB"])
                + "\n"
            )
        d.t(
            "\n"
            + c.L(
                de="Mit freundlichen Grüssen" if c.region == "CH" else "Mit freundlichen Grüßen",
                fr="Meilleures salutations",
                it="Cordiali saluti",
                en="Kind regards",
            )
            + "\n"
        )
        d.add(c.nm(pp, "fl")).t("\n").e(ADDRESS, c.street()).t("\n").e(ADDRESS, c.town()).t("\n")
        d.t(c.L(de="Tel. ", fr="Tél. ", it="Tel. ", en="Phone ")).e(PHONE, c.phone()).t("\n").e(EMAIL, c.email(pp))
        d.t(
            "\n\n"
            + c.L(
                de="Kannst du das höflicher formulieren?",
                fr="Tu peux rendre ça plus poli ?",
                it="Puoi renderla più cortese?",
                en="Can you make this sound more polite?",
            )
            + "\n"
        )
    else:  # APIS / group passenger list
        d.t(
            c.L(de="Gruppenreise ", fr="Voyage de groupe ", it="Viaggio di gruppo ", en="Group trip ")
            + f"{c.company()} – {org}-{dst} {day:02d}{mon}. "
            + c.L(
                de="Passagierliste für die Airline (APIS), bitte auf Tippfehler prüfen:\n\n",
                fr="Liste passagers pour la compagnie (APIS), vérifie les fautes :\n\n",
                it="Lista passeggeri per la compagnia (APIS), controlla i refusi:\n\n",
                en="Passenger list for the airline (APIS), please check for typos:\n\n",
            )
        )
        d.t("surname;given_names;gender;dob;nationality;doc_no;doc_expiry;mobile;email\n")
        iso = c.p(0.5)
        for _ in range(c.ri(4, 7)):
            pp = c.person()
            d.e(PERSON, strip_acc(pp.last).upper() if c.p(0.6) else pp.last).t(";")
            d.e(PERSON, pp.first).t(f";{'F' if pp.g == 'f' else 'M'};")
            d.e(DOB, c.dob(style="iso" if iso else ("dmy0" if c.lang != "en" else None))).t(
                f";{NATION[c.region] if c.p(0.7) else c.ch(['POL', 'TUR', 'PRT', 'ESP', 'VNM', 'UKR'])};"
                f"{c.ch('CXPKASZ')}{c._d(7)};{c.ri(2027, 2035)}-{c.ri(1, 12):02d}-{c.ri(1, 28):02d};"
            )
            if c.p(0.85):
                d.e(PHONE, c.phone(mobile=True, intl=True))
            d.t(";")
            if c.p(0.7):
                d.e(EMAIL, c.email(pp))
            d.t("\n")
        d.t(c.L(de="\nReiseleitung: ", fr="\nAccompagnateur : ", it="\nAccompagnatore: ", en="\nGroup leader: "))
        gl = c.person()
        d.add(c.nm(gl, "fl")).t(", ").e(PHONE, c.phone(mobile=True)).t(
            " – "
            + c.L(
                de="Notfall-Hotline Reisebüro ",
                fr="urgence agence ",
                it="emergenze agenzia ",
                en="agency emergency line ",
            )
            + c.hotline()
            + "\n"
        )
    return d


# ==================================================================================================
# 3. tmx - translation memory / XLIFF / bilingual CAT exports and QA reports
# ==================================================================================================
SEGS = {
    "salut_f": {
        "de": "Sehr geehrte Frau {L},",
        "fr": "Chère Madame {L},",
        "it": "Gentile signora {L},",
        "en": "Dear Ms {L},",
    },
    "salut_m": {
        "de": "Sehr geehrter Herr {L},",
        "fr": "Cher Monsieur {L},",
        "it": "Egregio signor {L},",
        "en": "Dear Mr {L},",
    },
    "contact": {
        "de": "Bitte wenden Sie sich an {FL} unter {PH}.",
        "fr": "Veuillez contacter {FL} au {PH}.",
        "it": "Si prega di contattare {FL} al numero {PH}.",
        "en": "Please contact {FL} on {PH}.",
    },
    "born": {
        "de": "{FL}, geboren am {DOB}, wohnhaft {AD}, ist Mieterin der Wohnung.",
        "fr": "{FL}, née le {DOB}, domiciliée {AD}, est locataire du logement.",
        "it": "{FL}, nata il {DOB}, residente in {AD}, è locataria dell'appartamento.",
        "en": "{FL}, born on {DOB}, residing at {AD}, is the tenant of the flat.",
    },
    "born_m": {
        "de": "Der Antragsteller {FL} (geb. {DOB}) wohnt seit 2019 an der {ST}.",
        "fr": "Le demandeur {FL} (né le {DOB}) habite depuis 2019 au {ST}.",
        "it": "Il richiedente {FL} (nato il {DOB}) abita dal 2019 in {ST}.",
        "en": "The applicant {FL} (DOB {DOB}) has lived at {ST} since 2019.",
    },
    "iban": {
        "de": "Der Betrag von {MONEY} ist bis zum {DATE} auf das Konto {IBAN} zu überweisen.",
        "fr": "Le montant de {MONEY} est à verser avant le {DATE} sur le compte {IBAN}.",
        "it": "L'importo di {MONEY} va versato entro il {DATE} sul conto {IBAN}.",
        "en": "The amount of {MONEY} is to be paid by {DATE} into account {IBAN}.",
    },
    "mail": {
        "de": "Ihre Anfrage wurde an {EM} weitergeleitet.",
        "fr": "Votre demande a été transmise à {EM}.",
        "it": "La sua richiesta è stata inoltrata a {EM}.",
        "en": "Your request has been forwarded to {EM}.",
    },
    "deliver": {
        "de": "Die Unterlagen werden an folgende Adresse geschickt: {AD}.",
        "fr": "Les documents seront envoyés à l'adresse suivante : {AD}.",
        "it": "I documenti saranno inviati al seguente indirizzo: {AD}.",
        "en": "The documents will be sent to the following address: {AD}.",
    },
    "witness": {
        "de": "Als Zeugin wurde {FL} befragt; sie ist unter {PH} oder {EM} erreichbar.",
        "fr": "{FL} a été entendue comme témoin ; elle est joignable au {PH} ou à {EM}.",
        "it": "{FL} è stata sentita come testimone; è raggiungibile al {PH} o a {EM}.",
        "en": "{FL} was interviewed as a witness; she can be reached on {PH} or at {EM}.",
    },
    "child": {
        "de": "Das Kind {F} wurde am {DOB} in {TOWN} geboren.",
        "fr": "L'enfant {F} est né le {DOB} à {TOWN}.",
        "it": "Il bambino {F} è nato il {DOB} a {TOWN}.",
        "en": "The child {F} was born on {DOB} in {TOWN}.",
    },
    "plain1": {
        "de": "Die Lieferung erfolgt innerhalb von fünf Werktagen nach Eingang der Zahlung.",
        "fr": "La livraison a lieu dans les cinq jours ouvrables suivant la réception du paiement.",
        "it": "La consegna avviene entro cinque giorni lavorativi dal ricevimento del pagamento.",
        "en": "Delivery takes place within five working days of receipt of payment.",
    },
    "plain2": {
        "de": "Bitte geben Sie bei jeder Zahlung die Referenznummer {REF} an.",
        "fr": "Veuillez indiquer le numéro de référence {REF} lors de chaque paiement.",
        "it": "Si prega di indicare il numero di riferimento {REF} per ogni pagamento.",
        "en": "Please quote reference number {REF} with every payment.",
    },
    "plain3": {
        "de": "Die Firma {CO} übernimmt keine Haftung für Schäden durch höhere Gewalt.",
        "fr": "La société {CO} décline toute responsabilité en cas de force majeure.",
        "it": "La società {CO} non risponde dei danni dovuti a cause di forza maggiore.",
        "en": "{CO} accepts no liability for damage caused by force majeure.",
    },
    "ahv": {
        "de": "Die Beiträge von {FL} werden unter der AHV-Nummer {AHV} verbucht.",
        "fr": "Les cotisations de {FL} sont comptabilisées sous le numéro AVS {AHV}.",
        "it": "I contributi di {FL} sono registrati con il numero AVS {AHV}.",
        "en": "Contributions for {FL} are booked under AHV/AVS number {AHV}.",
    },
    "sign": {
        "de": "Freundliche Grüsse, {FL}",
        "fr": "Meilleures salutations, {FL}",
        "it": "Cordiali saluti, {FL}",
        "en": "Kind regards, {FL}",
    },
}
LANG_TAGS = {
    "de": ["de-DE", "de-AT", "de-CH"],
    "fr": ["fr-FR", "fr-CH", "fr-BE", "fr-CA"],
    "it": ["it-IT", "it-CH"],
    "en": ["en-GB", "en-US", "en-IE", "en-AU"],
}


def _seg_pairs(c: Ctx, tgt: str, n: int):
    """Return list of (src_parts, tgt_parts) with the same values in both languages."""
    kinds = ["contact", "born", "born_m", "iban", "mail", "deliver", "witness", "child", "plain1", "plain2", "plain3"]
    if c.region == "CH":
        kinds += ["ahv", "ahv"]
    out = []
    pp = c.person()
    first = ["salut_f" if pp.g == "f" else "salut_m"]
    chosen = first + c.rng.sample(kinds, n - 2) + ["sign"]
    for k in chosen:
        q = c.person("f" if k in ("born", "witness") else ("m" if k == "born_m" else None))
        if k.startswith("salut"):
            q = pp
        ymd = c.birth("child" if k == "child" else "adult")
        dd = c.plain_date()
        vals_common = {
            "L": (PERSON, q.last),
            "FL": (PERSON, q.full),
            "F": (PERSON, q.first),
            "PH": (PHONE, c.phone()),
            "EM": (EMAIL, c.email(q)),
            "AD": (ADDRESS, c.addr1()),
            "ST": (ADDRESS, c.street()),
            "IBAN": (IBAN, c.iban()),
            "MONEY": c.money(80, 4000),
            "REF": c.ref("RF", 8),
            "CO": c.company(),
            "TOWN": c.town_only(),
            "AHV": (AHV, c.ahv()),
        }
        res = []
        for lang in (c.lang, tgt):
            saved = c.lang
            c.lang = lang
            vals = dict(vals_common, DOB=(DOB, c.fmt_date(ymd)), DATE=dd)
            res.append(fill(SEGS[k][lang], vals))
            c.lang = saved
        out.append((k, res[0], res[1]))
    return out


def _x(parts):
    """XML-escape plain parts only (labelled values contain no markup characters)."""
    return [(t, s if t else s.replace("&", "&amp;").replace("<", "&lt;")) for t, s in parts]


def g_tmx(c: Ctx, v: int) -> Doc:
    d = Doc()
    tgt = c.ch([x for x in ("de", "fr", "it", "en") if x != c.lang])
    stag = f"{c.lang}-{c.region}" if f"{c.lang}-{c.region}" in LANG_TAGS[c.lang] else LANG_TAGS[c.lang][0]
    ttag = c.ch(LANG_TAGS[tgt])
    client = c.company()
    if v == 0:  # TMX
        request(
            c,
            "Kannst du aus diesem TMX alle Personendaten rausnehmen, bevor ich es dem Kunden schicke?",
            "Peux-tu retirer toutes les données personnelles de cette TMX avant que je l'envoie au client ?",
            "Puoi togliere tutti i dati personali da questa TMX prima che la mandi al cliente?",
            "Can you strip all personal data from this TMX before I send it to the client?",
            d,
        )
        d.t('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n')
        d.t(
            f'  <header creationtool="{c.ch(["SDL Trados Studio", "memoQ", "OmegaT", "Wordfast Pro"])}" '
            f'creationtoolversion="{c.ri(9, 18)}.{c.ri(0, 9)}.{c.ri(0, 20)}" srclang="{stag}" adminlang="en-US" '
            f'datatype="plaintext" segtype="sentence" o-tmf="TW4Win 2.0 Format"/>\n  <body>\n'
        )
        for _k, sp, tp in _seg_pairs(c, tgt, c.ri(5, 7)):
            d.t(
                f'    <tu tuid="{c.ri(100, 9999)}" '
                f'creationdate="2026{c.ri(1, 11):02d}{c.ri(1, 28):02d}T{c.ri(7, 19):02d}'
                f'{c.ri(10, 59)}{c.ri(10, 59)}Z" creationid="TRAD{c.ri(1, 30):02d}">\n'
            )
            d.t(f'      <prop type="x-Client">{client}</prop>\n')
            d.t(f'      <tuv xml:lang="{stag}"><seg>').add(_x(sp)).t("</seg></tuv>\n")
            d.t(f'      <tuv xml:lang="{ttag}"><seg>').add(_x(tp)).t("</seg></tuv>\n    </tu>\n")
        d.t("  </body>\n</tmx>\n")
    elif v == 1:  # XLIFF
        d.t(
            '<?xml version="1.0" encoding="utf-8"?>\n'
            f'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
            f'<file source-language="{stag}" target-language="{ttag}" datatype="plaintext" '
            f'original="{c.ch(["Brief", "lettre", "lettera", "letter"])}_{c.ri(100, 999)}.docx">\n<body>\n'
        )
        for i, (k, sp, tp) in enumerate(_seg_pairs(c, tgt, c.ri(5, 7))):
            d.t(f'  <trans-unit id="{i + 1}">\n    <source>').add(_x(sp)).t("</source>\n")
            d.t(f'    <target state="{c.ch(["translated", "needs-review-translation", "final"])}">').add(_x(tp))
            d.t("</target>\n")
            if k == "contact" and c.p(0.6):
                rv = c.person()
                d.t('    <note from="reviewer">').add(
                    fill(
                        c.L(
                            de="Nummer mit {R} abgeklärt, stimmt so.",
                            fr="Numéro vérifié avec {R}, c'est correct.",
                            it="Numero verificato con {R}, è corretto.",
                            en="Number checked with {R}, it's correct.",
                        ),
                        {"R": c.nm(rv, c.ch(["f", "fl"]))},
                    )
                ).t("</note>\n")
            d.t("  </trans-unit>\n")
        d.t("</body>\n</file>\n</xliff>\n")
        request(
            c,
            "Bitte prüf die Zielsegmente auf Fehler.",
            "Vérifie les segments cibles, stp.",
            "Controlla per favore i segmenti di destinazione.",
            "Please review the target segments.",
            d,
            "end",
        )
    elif v == 2:  # bilingual TSV export
        d.t(
            c.L(
                de="Export aus dem CAT-Tool (Tab-getrennt). Terminologie prüfen:\n\n",
                fr="Export de l'outil de TAO (tabulations). Vérifie la terminologie :\n\n",
                it="Esportazione dal CAT tool (separata da tab). Controlla la terminologia:\n\n",
                en="Export from our CAT tool (tab-separated). Check the terminology:\n\n",
            )
        )
        d.t(f"ID\tSource ({stag})\tTarget ({ttag})\tStatus\tMatch\n")
        for i, (_k, sp, tp) in enumerate(_seg_pairs(c, tgt, c.ri(6, 8))):
            d.t(f"{i + 1}\t").add(sp).t("\t").add(tp).t(
                f"\t{c.ch(['Translated', 'Draft', 'Approved'])}\t{c.ch(['100%', '95%', 'CM', 'MT', '0%', '101%'])}\n"
            )
    else:  # QA report (number / tag mismatches) with quoted segments
        d.t(
            c.L(
                de="QA-Bericht – Projekt ",
                fr="Rapport QA – projet ",
                it="Report QA – progetto ",
                en="QA report – project ",
            )
        )
        d.t(f"{client} ({stag} > {ttag})\n")
        pm = c.person()
        d.t(c.L(de="Projektleitung: ", fr="Chef de projet : ", it="Project manager: ", en="Project manager: "))
        d.add(c.nm(pm, "fl")).t(" <").e(EMAIL, c.email(pm)).t(">\n\n")
        for _k, sp, tp in _seg_pairs(c, tgt, c.ri(5, 6)):
            err = c.ch(
                [
                    "Number mismatch",
                    "Inconsistent translation",
                    "Tag mismatch",
                    "Double space",
                    "Untranslatable not copied",
                ]
            )
            d.t(f"[{c.ri(1, 400)}] {err}\n  S: ").add(sp).t("\n  T: ").add(tp).t("\n")
        d.t(
            c.L(
                de="\nWelche Meldungen sind echte Fehler?\n",
                fr="\nQuelles alertes sont de vraies erreurs ?\n",
                it="\nQuali segnalazioni sono errori veri?\n",
                en="\nWhich of these are real errors?\n",
            )
        )
    return d


# ==================================================================================================
# 4. hut - mountain hut reservations, hiking club chats, guided-tour sign-up lists, hut books
# ==================================================================================================
HUTS = {
    "de": [
        "Blüemlisalphütte",
        "Kärlingerhaus",
        "Franz-Senn-Hütte",
        "Berliner Hütte",
        "Lamsenjochhütte",
        "Knorrhütte",
        "Cabane de Moiry",
        "Zsigmondyhütte",
        "Hörnlihütte",
        "Waltenbergerhaus",
        "Glecksteinhütte",
        "Heinrich-Schwaiger-Haus",
    ],
    "fr": [
        "Refuge du Goûter",
        "Cabane de Moiry",
        "Refuge de la Pra",
        "Cabane des Dix",
        "Refuge du Lac Blanc",
        "Refuge de Sarenne",
        "Cabane de Panossière",
        "Chalet-refuge de l'Aulp",
    ],
    "it": [
        "Rifugio Auronzo",
        "Rifugio Vajolet",
        "Capanna Regina Margherita",
        "Rifugio Bonatti",
        "Capanna Cadagno",
        "Rifugio Pian di Crest",
        "Capanna Basodino",
        "Rifugio Brentei",
    ],
    "en": [
        "Routeburn Falls Hut",
        "Mueller Hut",
        "Pinnacles Hut",
        "Glen Brittle Hut",
        "CIC Hut",
        "Elfin Saddle Lodge",
        "Lake Mackenzie Hut",
        "Crib Goch Bunkhouse",
        "Ben Alder Cottage",
    ],
}


def g_hut(c: Ctx, v: int) -> Doc:
    d = Doc()
    hut = c.ch(HUTS[c.lang])
    alt = f"{c.ri(1100, 3300):,}".replace(",", "'" if c.region == "CH" else c.L(de=".", fr="\u202f", it=".", en=","))
    if v == 0:  # reservation confirmation + forwarded to group
        lead = c.person()
        d.t(
            c.L(
                de="---------- Weitergeleitete Nachricht ----------\nVon: ",
                fr="---------- Message transféré ----------\nDe : ",
                it="---------- Messaggio inoltrato ----------\nDa: ",
                en="---------- Forwarded message ----------\nFrom: ",
            )
        )
        d.t(
            f"{hut} <reservation@{strip_acc(hut).lower().replace(' ', '').replace(chr(39), '')[:14]}.{TLD[c.region]}>\n"
        )
        d.t(c.L(de="An: ", fr="À : ", it="A: ", en="To: ")).e(EMAIL, c.email(lead)).t("\n\n")
        d.add(
            fill(
                c.L(
                    de="{GR} {N}\n\nwir bestätigen Ihre Reservation für {K} Personen vom {D1} bis {D2} (Halbpension, "
                    "Lager). Reservationsnummer {R}. Hüttentelefon nur für Notfälle: {H}.\n",
                    fr="Bonjour {N},\n\nnous confirmons votre réservation pour {K} personnes du {D1} au {D2} "
                    "(demi-pension, dortoir). N° de réservation {R}. Téléphone de la cabane (urgences) : {H}.\n",
                    it="Buongiorno {N},\n\nconfermiamo la prenotazione per {K} persone dal {D1} al {D2} "
                    "(mezza pensione, camerata). Prenotazione n. {R}. Telefono rifugio (solo emergenze): {H}.\n",
                    en="Hi {N},\n\nyour booking for {K} people from {D1} to {D2} (bunkroom, dinner and breakfast) is "
                    "confirmed. Booking ref {R}. Hut radio/phone for emergencies only: {H}.\n",
                ),
                {
                    "GR": "Grüezi" if c.region == "CH" else c.ch(["Guten Tag", "Hallo"]),
                    "N": c.nm(lead, c.ch(["tfl", "fl", "tl"])),
                    "K": str(c.ri(3, 8)),
                    "D1": c.plain_date(),
                    "D2": c.plain_date(),
                    "R": c.ref("HR-", 6),
                    "H": c.hotline(),
                },
            )
        )
        d.t(
            c.L(
                de="Teilnehmende laut Anmeldung (SAC/DAV/ÖAV-Mitgliedsnummer für Ermässigung):\n",
                fr="Participants selon inscription (n° de membre CAS/FFCAM pour la réduction) :\n",
                it="Partecipanti secondo l'iscrizione (n. socio CAI/CAS per lo sconto):\n",
                en="Party as registered (club member no. for the discount):\n",
            )
        )
        for _ in range(c.ri(3, 5)):
            pp = c.person()
            d.t("  - ").add(c.nm(pp, c.ch(["fl", "lf"]))).t(", ")
            if c.p(0.6):
                d.t(c.L(de="geb. ", fr="né(e) le ", it="nato/a il ", en="born ")).e(DOB, c.dob()).t(", ")
            d.t(c.L(de="Mitgl.-Nr. ", fr="membre n° ", it="socio n. ", en="member no. ") + c.ref("", 7) + "\n")
        if c.p(0.4):
            d.t(
                c.L(
                    de="Garantie Kreditkarte: ",
                    fr="Garantie carte de crédit : ",
                    it="Garanzia carta di credito: ",
                    en="Card held as guarantee: ",
                )
            ).e(CARD, c.card()).t(f" ({c.ri(1, 12):02d}/{c.ri(27, 30)})\n")
        d.t(
            c.L(
                de="Stornierung bis 7 Tage vorher kostenlos. Hüttenwart: ",
                fr="Annulation gratuite jusqu'à 7 jours avant. Gardien : ",
                it="Cancellazione gratuita fino a 7 giorni prima. Gestore: ",
                en="Free cancellation up to 7 days before. Warden: ",
            )
        )
        d.add(c.nm(c.person(), c.ch(["fl", "f"]))).t(f"\n{hut}, {alt} m\n\n")
        d.t(
            c.L(
                de="Hi zäme, hier die Bestätigung. Schreibt mir bis Freitag, wer Vegi isst. ",
                fr="Salut tout le monde, voilà la confirmation. Dites-moi d'ici vendredi qui est végé. ",
                it="Ciao a tutti, ecco la conferma. Ditemi entro venerdì chi è vegetariano. ",
                en="Hi all, confirmation below. Let me know by Friday who's veggie. ",
            )
        )
        d.add(c.nm(lead, "f")).t(" ").e(PHONE, c.phone(mobile=True)).t("\n")
    elif v == 1:  # hiking club chat
        d.t(
            c.L(
                de="Unser Wandergruppen-Chat, kannst du mir eine Packliste und die Fahrgemeinschaften rausziehen?\n\n",
                fr="Le chat de notre club de rando, tu peux en tirer la liste du matériel et les covoiturages ?\n\n",
                it="La chat del nostro gruppo escursionisti: mi estrai la lista materiale e i passaggi in auto?\n\n",
                en="Our hiking club chat - can you pull out a kit list and who's driving whom?\n\n",
            )
        )
        ch = Chat(c)
        mem = [c.person() for _ in range(6)]
        low = c.p(0.6)
        ch.line(
            d,
            sender(c, mem[0]),
            fill(
                c.L(
                    de="samstag {H}, treffpunkt 7:15 bahnhof {T}, gleis 3",
                    fr="samedi {H}, rdv 7h15 gare de {T}, voie 3",
                    it="sabato {H}, ritrovo 7:15 stazione di {T}, binario 3",
                    en="saturday {H}, meet 7:15 at {T} station",
                ),
                {"H": hut, "T": c.town_only()},
            ),
        )
        ch.line(
            d,
            sender(c, mem[1]),
            fill(
                c.L(
                    de="ich fahr, hab 3 plätze. hole {A} und {B} ab",
                    fr="je conduis, 3 places. je prends {A} et {B}",
                    it="guido io, 3 posti. passo a prendere {A} e {B}",
                    en="i'm driving, 3 seats. picking up {A} and {B}",
                ),
                {"A": c.nm(mem[2], "f", lower=low), "B": c.nm(mem[3], "f", lower=low)},
            ),
        )
        ch.line(
            d,
            sender(c, mem[2]),
            fill(
                c.L(
                    de="super! bin an der {S}, klingel bei {N}",
                    fr="top ! je suis au {S}, sonne chez {N}",
                    it="grande! sono in {S}, suona a {N}",
                    en="great! i'm at {S}, buzz {N}",
                ),
                {"S": (ADDRESS, c.street().lower() if low else c.street()), "N": c.nm(mem[2], "l", lower=low)},
            ),
        )
        ch.line(
            d,
            sender(c, mem[4]),
            fill(
                c.L(
                    de="wer hat die nummer vom bergführer? {G} oder so",
                    fr="qqn a le num du guide ? {G} je crois",
                    it="chi ha il numero della guida? {G} mi pare",
                    en="who's got the guide's number? {G} i think",
                ),
                {"G": c.nm(c.person(), c.ch(["f", "fl"]), lower=low)},
            ),
        )
        ch.line(d, sender(c, mem[0]), P((PHONE, c.phone(mobile=True))))
        newbie = c.person("f")
        ch.line(
            d,
            sender(c, mem[5]),
            fill(
                c.L(
                    de="{X} kommt auch mit, ist neu. ihre mail für die liste: {E}",
                    fr="{X} vient aussi, elle est nouvelle. son mail : {E}",
                    it="viene anche {X}, è nuova. la sua mail: {E}",
                    en="{X} is coming too, she's new. her email for the list: {E}",
                ),
                {"X": c.nm(newbie, "fl", lower=low), "E": (EMAIL, c.email(newbie))},
            ),
        )
        ch.line(
            d,
            sender(c, mem[3]),
            fill(
                c.L(
                    de="steigeisen kann man bei {CO} mieten, 12.- pro tag",
                    fr="on peut louer les crampons chez {CO}, 12.- par jour",
                    it="i ramponi si noleggiano da {CO}, 12 euro al giorno",
                    en="crampons can be hired from {CO}, 12 a day",
                ),
                {"CO": c.company()},
            ),
        )
        ch.line(
            d,
            sender(c, mem[1]),
            c.L(de="wetter sieht gut aus 👍", fr="météo ok 👍", it="meteo ok 👍", en="forecast looks good 👍"),
        )
        ch.line(
            d,
            sender(c, mem[4]),
            fill(
                c.L(
                    de="ich nehm {A}s auto, rückfahrt über {B}s haus ({S})",
                    fr="je prends la voiture de {A}, retour par chez {B} ({S})",
                    it="prendo la macchina di {A}, al ritorno passo da {B} ({S})",
                    en="i'll take {A}'s car, back via {B}'s place ({S})",
                ),
                {"A": c.nm(mem[3], "f", lower=low), "B": c.nm(mem[0], "f", lower=low), "S": (ADDRESS, c.addr1())},
            ),
        )
        ch.line(
            d,
            sender(c, mem[0]),
            fill(
                c.L(
                    de="falls was ist: mein mann {N} {T}",
                    fr="en cas de souci : mon mari {N} {T}",
                    it="per emergenze: mio marito {N} {T}",
                    en="in case of emergency: my husband {N} {T}",
                ),
                {"N": c.nm(c.person("m"), "f", lower=low), "T": (PHONE, c.phone(mobile=True))},
            ),
        )
    elif v == 2:  # guided tour sign-up list with emergency contacts
        d.t(
            c.L(
                de="Anmeldeliste Tour ",
                fr="Liste d'inscription course ",
                it="Lista iscritti gita ",
                en="Sign-up sheet, trip ",
            )
            + f"«{hut}» {c.plain_date()}\n"
        )
        tl = c.person()
        d.t(c.L(de="Tourenleitung: ", fr="Chef de course : ", it="Capogita: ", en="Trip leader: "))
        d.add(c.nm(tl, "fl")).t(", ").e(PHONE, c.phone(mobile=True)).t("\n\n")
        hdr = c.L(
            de="| Nr | Name | Geburtsdatum | Handy | Notfallkontakt |",
            fr="| N° | Nom | Date de naissance | Portable | Contact d'urgence |",
            it="| N. | Nome | Data di nascita | Cellulare | Contatto di emergenza |",
            en="| # | Name | Date of birth | Mobile | Emergency contact |",
        )
        js = c.region == "CH"
        if js:
            hdr = hdr[:-1] + c.L(de=" AHV-Nr. (J+S) |", fr=" N° AVS (J+S) |", it=" N. AVS (G+S) |", en=" AHV |")
        d.t(hdr + "\n|---|---|---|---|---|" + ("---|" if js else "") + "\n")
        for i in range(c.ri(4, 6)):
            pp, ec = c.person(), c.person()
            d.t(f"| {i + 1} | ").add(c.nm(pp, c.ch(["fl", "lf"]))).t(" | ").e(DOB, c.dob("young" if js else "adult")).t(
                " | "
            )
            d.e(PHONE, c.phone(mobile=True)).t(" | ").add(c.nm(ec, c.ch(["fl", "f"]))).t(
                " ("
                + c.ch(
                    c.L(
                        de=["Partnerin", "Mutter", "Bruder", "Ehemann"],
                        fr=["conjoint", "mère", "frère"],
                        it=["moglie", "madre", "fratello"],
                        en=["partner", "mum", "brother"],
                    )
                )
                + ") "
            )
            d.e(PHONE, c.phone()).t(" |")
            if js:
                d.t(" ").e(AHV, c.ahv()).t(" |")
            d.t("\n")
        d.t(
            c.L(
                de="\nAnforderungen: T4, Pickel, Steigeisen, Gurt. Kosten CHF 45.– / EUR 45 (Bergführer).\n",
                fr="\nNiveau : T4, piolet, crampons, baudrier. Coût 45.– (guide).\n",
                it="\nRequisiti: EE, piccozza, ramponi, imbrago. Costo 45 € (guida).\n",
                en="\nGrade: scrambling, axe, crampons, harness. Cost 45 (guide fee).\n",
            )
        )
        request(
            c,
            "Bitte mach daraus eine druckbare Liste für den Rucksack.",
            "Fais-en une liste imprimable.",
            "Fanne un elenco stampabile.",
            "Turn this into a printable list for the leader's pack.",
            d,
            "end",
        )
    else:  # hut book / intentions book
        d.t(
            c.L(
                de="Abgetippt aus dem Hüttenbuch ",
                fr="Recopié du livre de cabane ",
                it="Trascritto dal libro del rifugio ",
                en="Typed up from the hut book at ",
            )
            + f"{hut} ({alt} m). "
            + c.L(
                de="Wer war am 14. dort? Die Polizei fragt nach einer vermissten Person.\n\n",
                fr="Qui y était le 14 ? La police recherche une personne disparue.\n\n",
                it="Chi c'era il 14? I carabinieri cercano una persona scomparsa.\n\n",
                en="Who was there on the 14th? Police are asking about a missing walker.\n\n",
            )
        )
        d.t(
            c.L(
                de="Datum | Name | Wohnort | Route | Tel.\n",
                fr="Date | Nom | Domicile | Itinéraire | Tél.\n",
                it="Data | Nome | Residenza | Itinerario | Tel.\n",
                en="Date | Name(s) | From | Intentions | Phone\n",
            )
        )
        for _ in range(c.ri(5, 7)):
            pp = c.person()
            dd = f"{c.ri(12, 15)}.{c.ri(6, 9)}."
            d.t(dd + " | ").add(c.nm(pp, c.ch(["fl", "fl", "FL", "iL"])))
            if c.p(0.3):
                d.t(" + ").add(c.nm(c.person(), "f"))
            d.t(" | ")
            if c.p(0.4):
                d.e(ADDRESS, c.addr1())
            else:
                d.t(c.town_only())
            d.t(
                " | "
                + c.ch(
                    c.L(
                        de=["Normalroute", "Überschreitung", "Klettersteig", "Gipfel + retour", "Abstieg Tal"],
                        fr=["voie normale", "traversée", "via ferrata", "sommet + retour", "col + descente"],
                        it=["via normale", "traversata", "ferrata", "cima e ritorno", "discesa a valle"],
                        en=[
                            "normal route",
                            "traverse to the saddle",
                            "summit and back",
                            "out via the valley",
                            "via the ridge",
                        ],
                    )
                )
                + " | "
            )
            if c.p(0.75):
                d.e(PHONE, c.phone(mobile=True))
            else:
                d.t("-")
            d.t("\n")
    return d


# ==================================================================================================
# 5. accreditation - festival / event crew and press accreditation, volunteer shifts, crew payroll
# ==================================================================================================
FESTIVALS = [
    "Open Air Gurten",
    "Paléo",
    "Heitere Open Air",
    "Frequency",
    "Nova Rock",
    "Hurricane",
    "Jazz à Vienne",
    "Les Vieilles Charrues",
    "Dour Festival",
    "Lucca Summer Festival",
    "Umbria Jazz",
    "Moon and Stars",
    "Electric Picnic",
    "Green Man",
    "Splendour in the Grass",
    "Rhythm and Vines",
    "Osheaga",
    "Bonnaroo",
    "Zürich Film Festival",
    "Festival du film de Locarno",
    "Fête de la Musique",
]
ZONES = ["BACKSTAGE", "FOH", "PRESS", "AAA", "CREW", "CATERING", "PIT", "VIP", "PARKING P3"]


def g_accr(c: Ctx, v: int) -> Doc:
    d = Doc()
    fest = c.ch(FESTIVALS)
    if v == 0:  # accreditation CSV export
        request(
            c,
            f"Export aus dem Akkreditierungstool für {fest}. Wer hat AAA, und fehlt bei jemandem das Geburtsdatum?",
            f"Export de l'outil d'accréditation ({fest}). Qui a AAA, et à qui manque la date de naissance ?",
            f"Export dal sistema accrediti ({fest}). Chi ha AAA e a chi manca la data di nascita?",
            f"Export from the accreditation tool for {fest}. Who has AAA, and who is missing a date of birth?",
            d,
        )
        ahv = c.region == "CH"
        adr = c.p(0.5)
        d.t(
            "id,first_name,last_name,email,mobile,date_of_birth,"
            + ("ahv_no," if ahv else "")
            + ("home_address," if adr else "")
            + "role,company,zones\n"
        )
        for _ in range(c.ri(5, 7)):
            pp = c.person()
            d.t(f"{c.ri(10000, 99999)},").e(PERSON, pp.first).t(",").e(PERSON, pp.last).t(",")
            d.e(
                EMAIL,
                c.email(pp, domain=None if c.p(0.6) else strip_acc(c.company().split()[0]).lower().strip(",") + ".com"),
            )
            d.t(",").e(PHONE, c.phone(mobile=True, intl=c.p(0.6))).t(",")
            if c.p(0.85):
                d.e(DOB, c.dob("young" if c.p(0.5) else "adult", style="iso" if c.p(0.6) else None))
            if ahv:
                d.t(",").e(AHV, c.ahv())
            if adr:
                d.t(',"').e(ADDRESS, c.addr1()).t('"')
            d.t(
                ","
                + c.ch(["Stagehand", "Runner", "Artist Liaison", "Security", "Photographer", "Backliner", "Catering"])
                + ","
                f'"{c.company()}",{"|".join(c.rng.sample(ZONES, c.ri(1, 3)))}\n'
            )
    elif v == 1:  # volunteer shift plan
        d.t(
            c.L(
                de=f"Helfer-Schichtplan {fest} – Bar & Eingang\n\n",
                fr=f"Planning bénévoles {fest} – bars et entrée\n\n",
                it=f"Turni volontari {fest} – bar e ingresso\n\n",
                en=f"Volunteer rota {fest} – bars & gate\n\n",
            )
        )
        d.t(
            c.L(
                de="| Schicht | Posten | Helfer:innen | Schichtleitung |",
                fr="| Créneau | Poste | Bénévoles | Responsable |",
                it="| Turno | Postazione | Volontari | Referente |",
                en="| Shift | Post | Volunteers | Lead |",
            )
            + "\n|---|---|---|---|\n"
        )
        for _ in range(c.ri(4, 5)):
            day = c.ch(
                c.L(
                    de=["Fr", "Sa", "So"],
                    fr=["ven.", "sam.", "dim."],
                    it=["ven", "sab", "dom"],
                    en=["Fri", "Sat", "Sun"],
                )
            )
            post = c.ch(
                ["Bar 1", "Bar 2", "Cashless", "Info", "Camping"]
                + c.L(
                    de=["Eingang Nord", "Pfand"],
                    fr=["Entrée nord", "Consigne"],
                    it=["Ingresso nord", "Cauzione bicchieri"],
                    en=["Gate B", "Cup return"],
                )
            )
            d.t(f"| {day} {c.time()}–{c.time()} | {post} | ")
            vols = [c.person() for _ in range(c.ri(2, 3))]
            st = c.ch(["fL", "f", "fl"])
            for i, pp in enumerate(vols):
                d.add(c.nm(pp, st)).t(", " if i < len(vols) - 1 else " | ")
            lead = c.person()
            d.add(c.nm(lead, c.ch(["fl", "f"]))).t(" ").e(PHONE, c.phone(mobile=True)).t(" |\n")
        d.t(
            c.L(
                de="\nFunk Kanal 4, Sanität ",
                fr="\nRadio canal 4, poste sanitaire ",
                it="\nRadio canale 4, pronto soccorso ",
                en="\nRadio ch. 4, first aid ",
            )
            + c.hotline()
            + "\n"
        )
        request(
            c,
            "Kannst du pro Person die Stunden zählen?",
            "Tu peux compter les heures par personne ?",
            "Puoi contare le ore per persona?",
            "Can you count the hours per person?",
            d,
            "end",
        )
    elif v == 2:  # press accreditation request mail
        pp = c.person()
        outlet = c.ch(
            [
                "Radio " + c.town_only(),
                c.company(),
                "freelance",
                "Tages-Anzeiger",
                "Le Temps",
                "RSI",
                "Corriere del Ticino",
                "The Irish Times",
                "Rolling Stone",
                "Le Soir",
                "taz",
            ]
        )
        d.t(
            c.L(
                de="Betreff: Akkreditierungsantrag Presse – ",
                fr="Objet : demande d'accréditation presse – ",
                it="Oggetto: richiesta accredito stampa – ",
                en="Subject: press accreditation request – ",
            )
            + fest
            + "\n\n"
        )
        d.t(
            c.L(
                de="Guten Tag\n\nich möchte mich als Fotografin/Journalist für ",
                fr="Bonjour,\n\nje souhaite une accréditation photo/rédaction pour ",
                it="Buongiorno,\n\nvorrei richiedere un accredito foto/redazione per ",
                en="Hello,\n\nI'd like to apply for photo/press accreditation for ",
            )
            + fest
        )
        d.t(
            c.L(
                de=" akkreditieren. Angaben für den Sicherheitscheck:\n\n",
                fr=". Données pour le contrôle de sécurité :\n\n",
                it=". Dati per il controllo di sicurezza:\n\n",
                en=". Details for the security check:\n\n",
            )
        )
        lab = c.L(
            de=["Name", "Geburtsdatum", "Medium", "Presseausweis-Nr.", "Adresse", "Mobile", "E-Mail"],
            fr=["Nom", "Date de naissance", "Média", "N° carte de presse", "Adresse", "Portable", "Courriel"],
            it=["Nome", "Data di nascita", "Testata", "N. tessera stampa", "Indirizzo", "Cellulare", "E-mail"],
            en=["Name", "Date of birth", "Outlet", "Press card no.", "Address", "Mobile", "Email"],
        )
        w = max(len(x) for x in lab) + 2
        d.t(f"{lab[0] + ':':<{w}}").add(c.nm(pp, "fl")).t("\n")
        d.t(f"{lab[1] + ':':<{w}}").e(DOB, c.dob()).t("\n")
        d.t(
            f"{lab[2] + ':':<{w}}{outlet}\n"
            f"{lab[3] + ':':<{w}}{c.ch(['CH', 'DE', 'FR', 'IT', 'UK', 'BE'])}-{c.ri(1000, 99999)}\n"
        )
        d.t(f"{lab[4] + ':':<{w}}").e(ADDRESS, c.addr1()).t("\n")
        d.t(f"{lab[5] + ':':<{w}}").e(PHONE, c.phone(mobile=True)).t("\n")
        d.t(f"{lab[6] + ':':<{w}}").e(EMAIL, c.email(pp)).t("\n\n")
        ass = c.person()
        d.add(
            fill(
                c.L(
                    de="Begleitet werde ich von {A} (Assistenz, geb. {B}). Meine Redaktion ({R}) bestätigt gern.\n",
                    fr="Je serai accompagné(e) de {A} (assistant·e, né·e le {B}). Ma rédaction ({R}) peut confirmer.\n",
                    it="Sarò accompagnato/a da {A} (assistente, nato/a il {B}). La redazione ({R}) può confermare.\n",
                    en="I'll be accompanied by {A} (assistant, DOB {B}). My editor ({R}) can confirm.\n",
                ),
                {"A": c.nm(ass, "fl"), "B": (DOB, c.dob("young")), "R": c.nm(c.person(), c.ch(["tfl", "fl"]))},
            )
        )
        d.t("\n" + c.L(de="Viele Grüsse", fr="Bien à vous", it="Un saluto", en="Best") + "\n").add(c.nm(pp, "f")).t(
            "\n"
        )
        d.t(
            c.L(
                de="\n-> bitte kürzer und professioneller formulieren\n",
                fr="\n-> reformule plus court et plus pro\n",
                it="\n-> riscrivila più breve e professionale\n",
                en="\n-> please make this shorter and more professional\n",
            )
        )
    else:  # paid crew payroll sheet
        d.t(
            c.L(de="Lohnliste Crew ", fr="Liste de paie équipe ", it="Paghe crew ", en="Crew payroll ")
            + fest
            + f" ({c.plain_date()})\n"
        )
        if c.region == "CH":
            d.t(
                c.L(
                    de="Name | AHV-Nr. | Geb. | IBAN | Std. | Brutto\n",
                    fr="Nom | N° AVS | Naissance | IBAN | h | Brut\n",
                    it="Nome | N. AVS | Nascita | IBAN | ore | Lordo\n",
                    en="Name | AHV | DOB | IBAN | hrs | Gross\n",
                )
            )
        elif c.region in ("US", "CA", "AU", "NZ"):
            d.t("Name | DOB | Phone | Email | hrs | Gross\n")
        else:
            d.t(
                c.L(
                    de="Name | Steuer-ID | Geb. | IBAN | Std. | Brutto\n",
                    fr="Nom | N° SS | Naissance | IBAN | h | Brut\n",
                    it="Nome | Codice fiscale | Nascita | IBAN | ore | Lordo\n",
                    en="Name | NI no. | DOB | IBAN | hrs | Gross\n",
                )
            )
        for _ in range(c.ri(4, 6)):
            pp = c.person()
            d.add(c.nm(pp, c.ch(["LcF", "lf"]))).t(" | ")
            if c.region == "CH":
                d.e(AHV, c.ahv()).t(" | ").e(DOB, c.dob()).t(" | ").e(IBAN, c.iban()).t(" | ")
            elif c.region in ("US", "CA", "AU", "NZ"):
                d.e(DOB, c.dob()).t(" | ").e(PHONE, c.phone()).t(" | ").e(EMAIL, c.email(pp)).t(" | ")
            else:
                tid = {
                    "de": c._d(11),
                    "fr": f"{c.ri(1, 2)} {c._d(2)} {c._d(2)} {c._d(2)} {c._d(3)} {c._d(3)} {c._d(2)}",
                    "it": f"{strip_acc(pp.last)[:3].upper():X<3}{strip_acc(pp.first)[:3].upper():X<3}{c._d(2)}"
                    f"{c.ch('ABCDEHLMPRST')}{c._d(2)}{c.ch('AFHLMZ')}{c._d(3)}{c.ch('ABCXYZ')}",
                    "en": f"{c.ch(['AB', 'JK', 'NP', 'SR', 'WL'])}{c._d(6)}{c.ch('ABCD')}",
                }[c.lang]
                d.t(tid + " | ").e(DOB, c.dob()).t(" | ").e(IBAN, c.iban()).t(" | ")
            d.t(f"{c.ri(8, 60)} | {c.money(200, 3000)}\n")
        request(
            c,
            "Summiere bitte die Bruttolöhne.",
            "Additionne les salaires bruts, stp.",
            "Somma i lordi per favore.",
            "Please total the gross pay.",
            d,
            "end",
        )
    return d


# ==================================================================================================
# 6. campsite - guest registration forms, seasonal pitch holders, waiting-list mails, warden's log
# ==================================================================================================
CAMPS = {
    "de": ["Camping Seeblick", "Campingplatz Am Waldsee", "TCS Camping", "Camping Sonnenwiese", "Alpencamping"],
    "fr": ["Camping Les Pins", "Camping du Lac", "Camping Le Bois Fleuri", "TCS Camping", "Camping La Rivière"],
    "it": ["Camping Al Lago", "Campeggio Pineta", "Camping Delta", "Villaggio Camping Europa", "Camping Bellavista"],
    "en": [
        "Lakeside Holiday Park",
        "Riverside Caravan Park",
        "Pinewood Campground",
        "Top 10 Holiday Park",
        "Glen Nevis Caravan Park",
    ],
}


def g_camp(c: Ctx, v: int) -> Doc:
    d = Doc()
    camp = c.ch(CAMPS[c.lang]) + (f" {c.town_only()}" if c.p(0.5) else "")
    if v == 0:  # guest registration form (Meldeschein)
        d.t(
            c.L(
                de="Meldeschein / Gästeblatt",
                fr="Fiche de police / fiche client",
                it="Scheda di notifica ospiti",
                en="Guest registration card",
            )
            + f" – {camp}\n"
        )
        d.t(
            c.L(de="Platz", fr="Emplacement", it="Piazzola", en="Pitch")
            + f": {c.ri(1, 240)}{c.ch(['', 'A', 'B'])}   "
            + c.L(de="Anreise", fr="Arrivée", it="Arrivo", en="Arrival")
            + f": {c.plain_date()}   "
            + c.L(de="Abreise", fr="Départ", it="Partenza", en="Departure")
            + f": {c.plain_date()}\n"
        )
        main = c.person()
        lab = c.L(
            de=[
                "Name, Vorname",
                "Geburtsdatum",
                "Staatsangehörigkeit",
                "Ausweis-Nr.",
                "Wohnadresse",
                "Telefon",
                "E-Mail",
                "Kennzeichen",
            ],
            fr=[
                "Nom, prénom",
                "Date de naissance",
                "Nationalité",
                "N° pièce d'identité",
                "Adresse",
                "Téléphone",
                "E-mail",
                "Immatriculation",
            ],
            it=[
                "Cognome, nome",
                "Data di nascita",
                "Cittadinanza",
                "N. documento",
                "Indirizzo",
                "Telefono",
                "E-mail",
                "Targa",
            ],
            en=[
                "Name",
                "Date of birth",
                "Nationality",
                "Passport/ID no.",
                "Home address",
                "Phone",
                "Email",
                "Vehicle reg.",
            ],
        )
        d.t(f"{lab[0]}: ").add(c.nm(main, "lf" if c.lang != "en" else "fl")).t("\n")
        d.t(f"{lab[1]}: ").e(DOB, c.dob()).t(
            f"   {lab[2]}: {c.ch(['CH', 'D', 'A', 'F', 'I', 'NL', 'PL', 'GB', 'IRL'])}\n"
        )
        d.t(f"{lab[3]}: {c.ch('CXPSEL')}{c._d(7)}\n{lab[4]}: ")
        if c.p(0.8):
            d.e(ADDRESS, c.addr1())
        else:
            st, tw, cc = c.foreign_addr()
            d.e(ADDRESS, f"{st}, {tw}").t(f", {cc}")
        d.t(f"\n{lab[5]}: ").e(PHONE, c.phone()).t(f"   {lab[6]}: ").e(EMAIL, c.email(main)).t("\n")
        d.t(f"{lab[7]}: {c.ch(['ZH', 'BE', 'M', 'B', 'W', 'GR', 'TI', 'VD'])} {c.ri(100, 99999)}\n")
        d.t(c.L(de="Mitreisende:\n", fr="Accompagnants :\n", it="Accompagnatori:\n", en="Other guests:\n"))
        for _ in range(c.ri(1, 4)):
            kid = c.p(0.6)
            q = c.person(last=main.last if kid and c.p(0.8) else None)
            d.t("  ").add(c.nm(q, "fl")).t(", ").e(DOB, c.dob("child" if kid else "adult")).t("\n")
        if c.p(0.4):
            d.t(c.L(de="Kaution Kreditkarte: ", fr="Caution carte : ", it="Cauzione carta: ", en="Deposit card: "))
            d.e(CARD, c.card()).t(f"  {c.ri(1, 12):02d}/{c.ri(27, 31)}\n")
        d.t(c.L(de="Kurtaxe: ", fr="Taxe de séjour : ", it="Tassa di soggiorno: ", en="Levy: ") + c.money(2, 30) + "\n")
        request(
            c,
            "Kannst du das in eine Tabelle für die Gemeinde umwandeln?",
            "Mets ça dans un tableau pour la commune.",
            "Trasformalo in una tabella per il Comune (alloggiati web).",
            "Put this into a table for the council return, please.",
            d,
            "end",
        )
    elif v == 1:  # seasonal pitch holders (fixed width)
        d.t(
            c.L(
                de="Dauercamper-Liste ",
                fr="Liste des saisonniers ",
                it="Elenco stagionali ",
                en="Seasonal pitch holders ",
            )
            + f"{camp} – {c.ch(['Saison 2026', 'saison 2026', 'stagione 2026', '2026 season'])}\n\n"
        )
        hdr = c.L(
            de=["Platz", "Name", "Anschrift", "Telefon", "bis"],
            fr=["Empl.", "Nom", "Adresse", "Tél.", "fin"],
            it=["Piaz.", "Nome", "Indirizzo", "Tel.", "scad."],
            en=["Pitch", "Name", "Address", "Phone", "until"],
        )
        d.t(f"{hdr[0]:<6}{hdr[1]:<28}{hdr[2]:<48}{hdr[3]:<20}{hdr[4]}\n" + "-" * 110 + "\n")
        for _ in range(c.ri(5, 7)):
            pp = c.person()
            nm = c.nm(pp, c.ch(["LcF", "lf", "fl", "tl"]))
            nlen = sum(len(s) for _, s in nm)
            ad = c.addr1()
            ph = c.phone()
            d.t(f"{c.ri(1, 240):<6}").add(nm).t(" " * max(1, 28 - nlen)).e(ADDRESS, ad).t(" " * max(1, 48 - len(ad)))
            d.e(PHONE, ph).t(" " * max(1, 20 - len(ph)) + f"{c.ri(1, 12):02d}/{c.ri(26, 28)}\n")
        d.t(
            c.L(
                de="\nWer ist mit der Platzmiete im Rückstand? Die Zahlungen kommen separat.\n",
                fr="\nQui est en retard de paiement ? Les paiements suivent.\n",
                it="\nChi è in ritardo con il canone? I pagamenti arrivano a parte.\n",
                en="\nWho's behind on pitch fees? Payments to follow.\n",
            )
        )
    elif v == 2:  # waiting-list mail + reply with deposit refund
        pp = c.person()
        mgr = c.person()
        d.t(c.L(de="Von: ", fr="De : ", it="Da: ", en="From: ")).add(c.nm(pp, "fl")).t(" <").e(EMAIL, c.email(pp)).t(
            ">\n"
        )
        d.t(
            c.L(
                de="Betreff: Warteliste Dauerplatz / Rückzahlung Anzahlung\n\n",
                fr="Objet : liste d'attente / remboursement de l'acompte\n\n",
                it="Oggetto: lista d'attesa / rimborso caparra\n\n",
                en="Subject: waiting list / deposit refund\n\n",
            )
        )
        d.add(
            fill(
                c.L(
                    de="Hallo {M},\n\nwir stehen seit 2023 auf der Warteliste (Nr. {W}). Leider müssen wir absagen. "
                    "Bitte die Anzahlung von {X} zurück auf {I} (Kontoinhaber {K}).\nUnsere neue Adresse ab "
                    "{D}: {A}\nTelefon: {T}\n\nViele Grüsse\n{S}\n\n",
                    fr="Bonjour {M},\n\nnous sommes sur la liste d'attente depuis 2023 (n° {W}). Nous devons "
                    "renoncer. Merci de rembourser l'acompte de {X} sur {I} (titulaire {K}).\nNouvelle adresse "
                    "dès le {D} : {A}\nTél. : {T}\n\nCordialement\n{S}\n\n",
                    it="Gentile {M},\n\nsiamo in lista d'attesa dal 2023 (n. {W}). Purtroppo rinunciamo. Vi "
                    "chiediamo il rimborso della caparra di {X} su {I} (intestato a {K}).\nNuovo indirizzo dal "
                    "{D}: {A}\nTel.: {T}\n\nCordiali saluti\n{S}\n\n",
                    en="Hi {M},\n\nwe've been on the waiting list since 2023 (no. {W}) but have to pull out. Please "
                    "refund the {X} deposit to {I} (account name {K}).\nOur new address from {D}: {A}\n"
                    "Phone: {T}\n\nThanks\n{S}\n\n",
                ),
                {
                    "M": c.nm(mgr, c.ch(["f", "tl"])),
                    "W": str(c.ri(3, 90)),
                    "X": c.money(50, 400),
                    "I": (IBAN, c.iban())
                    if c.region not in ("US", "AU", "NZ", "CA")
                    else f"BSB/routing {c._d(6)} acct {c._d(8)}",
                    "K": c.nm(pp, "fl"),
                    "D": c.plain_date(),
                    "A": (ADDRESS, c.addr1()),
                    "T": (PHONE, c.phone()),
                    "S": c.nm(pp, c.ch(["f", "fl"])),
                },
            )
        )
        d.add(
            fill(
                c.L(
                    de="> Antwort {M}: Ok, erledigt. Platz {P} geht an Fam. {N} ({E}).\n",
                    fr="> Réponse {M} : OK, c'est fait. L'emplacement {P} va à la famille {N} ({E}).\n",
                    it="> Risposta {M}: Ok, fatto. La piazzola {P} va alla famiglia {N} ({E}).\n",
                    en="> Reply from {M}: Done. Pitch {P} goes to the {N} family ({E}).\n",
                ),
                {
                    "M": c.nm(mgr, "f"),
                    "P": str(c.ri(1, 240)),
                    "N": c.nm(c.person(), "l"),
                    "E": (EMAIL, c.email(c.person())),
                },
            )
        )
        request(
            c,
            "Wie antworte ich freundlich darauf?",
            "Comment répondre gentiment ?",
            "Come rispondo gentilmente?",
            "How should I reply nicely?",
            d,
            "end",
        )
    else:  # warden's incident log
        d.t(
            c.L(de="Platzwart-Logbuch ", fr="Cahier du gardien ", it="Registro del custode ", en="Warden's log ")
            + f"{camp}\n\n"
        )
        for _ in range(c.ri(5, 7)):
            pp = c.person()
            pitch = c.ri(1, 240)
            k = c.ri(0, 4)
            d.t(f"{c.plain_date(style='dmy0' if c.lang != 'en' else None)} {c.time()} – ")
            if k == 0:
                d.add(
                    fill(
                        c.L(
                            de="Platz {P}: Lärmbeschwerde gegen Fam. {N}, Musik bis 1 Uhr. Ermahnt.",
                            fr="Empl. {P} : plainte pour bruit contre la famille {N}, musique jusqu'à 1h. Averti.",
                            it="Piazzola {P}: reclamo rumore contro la famiglia {N}, musica fino all'una. Richiamati.",
                            en="Pitch {P}: noise complaint about the {N} family, music till 1am. Warned.",
                        ),
                        {"P": str(pitch), "N": c.nm(pp, "l")},
                    )
                )
            elif k == 1:
                d.add(
                    fill(
                        c.L(
                            de="Kind ({K}, {A}) vermisst gemeldet von {M}, Tel. {T}. "
                            "Nach 20 Min. beim Spielplatz gefunden.",
                            fr="Enfant ({K}, {A}) signalé disparu par {M}, tél. {T}. "
                            "Retrouvé à l'aire de jeux après 20 min.",
                            it="Bambino ({K}, {A}) segnalato disperso da {M}, tel. {T}. "
                            "Trovato al parco giochi dopo 20 min.",
                            en="Child ({K}, {A}) reported missing by {M}, tel {T}. Found at playground after 20 min.",
                        ),
                        {
                            "K": c.nm(c.person(), "f"),
                            "A": c.L(de="{} J.", fr="{} ans", it="{} anni", en="aged {}").format(c.ri(4, 11))
                            if c.p(0.5)
                            else [
                                (None, c.L(de="geb. ", fr="né le ", it="nato il ", en="born ")),
                                (DOB, c.dob("child")),
                            ],
                            "M": c.nm(pp, c.ch(["tfl", "fl"])),
                            "T": (PHONE, c.phone(mobile=True)),
                        },
                    )
                )
            elif k == 2:
                d.add(
                    fill(
                        c.L(
                            de="Stromkasten {P} defekt, Elektriker {CO} informiert.",
                            fr="Borne électrique {P} en panne, électricien {CO} prévenu.",
                            it="Colonnina {P} guasta, avvisato elettricista {CO}.",
                            en="Hook-up {P} faulty, electrician {CO} notified.",
                        ),
                        {"P": str(pitch), "CO": c.company()},
                    )
                )
            elif k == 3:
                d.add(
                    fill(
                        c.L(
                            de="Gast {N} (Platz {P}) reist früher ab, Schlüssel abgegeben, Post bitte an {A}.",
                            fr="Client {N} (empl. {P}) part plus tôt, clé rendue, courrier à faire suivre au {A}.",
                            it="Ospite {N} (piazzola {P}) parte prima, chiave restituita, posta da inoltrare a {A}.",
                            en="Guest {N} (pitch {P}) leaving early, key returned, forward post to {A}.",
                        ),
                        {"N": c.nm(pp, c.ch(["fl", "tl"])), "P": str(pitch), "A": (ADDRESS, c.addr1())},
                    )
                )
            else:
                d.add(
                    fill(
                        c.L(
                            de="Hund von {N} nicht angeleint, zweite Verwarnung. Handy: {T}.",
                            fr="Chien de {N} non tenu en laisse, 2e avertissement. Portable : {T}.",
                            it="Cane di {N} senza guinzaglio, secondo richiamo. Cell.: {T}.",
                            en="{N}'s dog off the lead again, second warning. Mobile: {T}.",
                        ),
                        {"N": c.nm(pp, c.ch(["fl", "tl", "f"])), "T": (PHONE, c.phone(mobile=True))},
                    )
                )
            d.t("\n")
        request(
            c,
            "Fass das für den Saisonbericht zusammen (ohne Namen).",
            "Résume pour le rapport de saison (sans noms).",
            "Riassumi per il rapporto di stagione (senza nomi).",
            "Summarise for the season report (no names).",
            d,
            "end",
        )
    return d


# ==================================================================================================
# 7. locksmith - call-out job sheets (OCR capitals), key-copy authorisations, customer texts, insurer export
# ==================================================================================================
LOCKS = [
    "KABA star",
    "KABA 8",
    "EVVA ICS",
    "DOM ix Saturn",
    "ABUS Bravus",
    "BKS Janus",
    "Keso 4000S",
    "Vachette Radial",
    "Fichet 787Z",
    "Cisa Astral",
    "Mottura Champions",
    "Yale Superior",
    "Mul-T-Lock MT5+",
    "Medeco X4",
    "Schlage SC1",
]


def g_lock(c: Ctx, v: int) -> Doc:
    d = Doc()
    firm = (
        c.L(
            de=c.ch(["Schlüsseldienst ", "Schlüssel-Service ", "Sicherheitstechnik "]),
            fr=c.ch(["Serrurerie ", "SOS Serrurier ", "Clés Minute "]),
            it=c.ch(["Ferramenta e chiavi ", "Pronto Intervento Serrature ", "Fabbro "]),
            en=c.ch(["Keys & Locks ", "Rapid Locksmiths ", "Lock Doctor "]),
        )
        + c.town_only()
    )
    if v == 0:  # OCR job sheet in capitals
        d.t(
            c.L(
                de="Hab den Auftragsschein eingescannt, OCR ist etwas kaputt. "
                "Kannst du eine Rechnung draus machen?\n\n",
                fr="J'ai scanné le bon d'intervention, l'OCR est un peu cassé. Tu peux en faire une facture ?\n\n",
                it="Ho scansionato il buono d'intervento, l'OCR è un po' rotto. Mi prepari una fattura?\n\n",
                en="Scanned the job sheet, OCR is a bit broken. Can you turn it into an invoice?\n\n",
            )
        )
        pp = c.person()
        lab = c.L(
            de=[
                "AUFTRAGSSCHEIN NR",
                "KUNDE",
                "EINSATZORT",
                "TELEFON",
                "AUSWEIS GEPRUEFT",
                "GEB.",
                "ARBEIT",
                "ZYLINDER",
                "BETRAG",
                "ZAHLUNG",
            ],
            fr=[
                "BON D'INTERVENTION N",
                "CLIENT",
                "ADRESSE",
                "TEL",
                "PIECE D'IDENTITE VERIFIEE",
                "NE(E) LE",
                "TRAVAUX",
                "CYLINDRE",
                "MONTANT",
                "PAIEMENT",
            ],
            it=[
                "BUONO INTERVENTO N",
                "CLIENTE",
                "INDIRIZZO",
                "TEL",
                "DOCUMENTO VERIFICATO",
                "NATO/A IL",
                "LAVORO",
                "CILINDRO",
                "IMPORTO",
                "PAGAMENTO",
            ],
            en=[
                "JOB SHEET NO",
                "CUSTOMER",
                "ADDRESS",
                "TEL",
                "ID CHECKED",
                "DOB",
                "WORK",
                "CYLINDER",
                "TOTAL",
                "PAYMENT",
            ],
        )
        d.t(
            f"{firm.upper()}\n{lab[0]}. {c.ri(1000, 9999)}/{c.ri(24, 26)}   "
            f"{c.plain_date(style='dmy0' if c.lang != 'en' else None)} {c.time()}\n"
        )
        d.t(f"{lab[1]}: ").add(c.nm(pp, "fl", upper=True)).t("\n")
        d.t(f"{lab[2]}: ").e(ADDRESS, c.addr1().upper()).t(
            c.L(de=", 3. OG LINKS\n", fr=", 2E ETG GAUCHE\n", it=", 3 PIANO INT 7\n", en=", 2ND FLOOR\n")
        )
        d.t(f"{lab[3]}: ").e(PHONE, c.phone()).t("\n")
        d.t(f"{lab[4]}: {c.ch(['ID', 'PASS', 'CI', 'DL'])} {c.ch('CXPAS')}{c._d(7)}  {lab[5]} ").e(
            DOB, c.dob(style="dmy0" if c.lang != "en" else None)
        ).t("\n")
        d.t(
            f"{lab[6]}: "
            + c.L(
                de="TUEROEFFNUNG ZUGEFALLEN, ZYLINDER GETAUSCHT",
                fr="OUVERTURE PORTE CLAQUEE, CYLINDRE REMPLACE",
                it="APERTURA PORTA, SOSTITUZIONE CILINDRO",
                en="LOCKOUT, CYLINDER REPLACED",
            )
            + "\n"
        )
        d.t(f"{lab[7]}: {c.ch(LOCKS).upper()} {c.ri(30, 45)}/{c.ri(30, 45)}  3 SCHL. K-{c.ri(1000, 9999)}\n")
        d.t(f"{lab[8]}: {c.money(90, 480)}   {lab[9]}: ")
        if c.p(0.5):
            d.t(c.L(de="KARTE ", fr="CB ", it="CARTA ", en="CARD ")).e(CARD, c.card())
            d.t(f" EXP {c.ri(1, 12):02d}/{c.ri(27, 31)}")
        else:
            d.t(c.L(de="BAR", fr="ESPECES", it="CONTANTI", en="CASH"))
        d.t("\n" + c.L(de="MONTEUR", fr="TECHNICIEN", it="TECNICO", en="ENGINEER") + ": ").add(
            c.nm(c.person(), "l", upper=True)
        )
        d.t("   " + c.L(de="UNTERSCHRIFT KUNDE", fr="SIGNATURE CLIENT", it="FIRMA CLIENTE", en="CUSTOMER SIGNATURE"))
        d.t(": ").add(c.nm(pp, "iL", upper=c.p(0.5))).t("\n")
    elif v == 1:  # key copy authorisation for a restricted key system
        owner, tenant = c.person(), c.person()
        mgr = c.company()
        d.t(
            c.L(
                de="Schlüsselbestellung / Berechtigung Sicherungskarte\n",
                fr="Commande de clés / autorisation carte de propriété\n",
                it="Ordine chiavi / autorizzazione tessera di proprietà\n",
                en="Key order / authorisation for restricted key system\n",
            )
        )
        d.t(
            c.L(de="Anlage-Nr.: ", fr="N° installation : ", it="N. impianto: ", en="System no.: ")
            + f"{c.ch(LOCKS)} {c.ch('ABKS')}{c.ri(10000, 99999)}\n"
        )
        d.t(c.L(de="Objekt: ", fr="Immeuble : ", it="Immobile: ", en="Property: ")).e(ADDRESS, c.addr1()).t("\n")
        d.t(
            c.L(
                de="Eigentümer/Verwaltung: ",
                fr="Propriétaire / régie : ",
                it="Proprietario / amministratore: ",
                en="Owner / managing agent: ",
            )
        ).add(c.nm(owner, c.ch(["tfl", "fl"]))).t(", ")
        if c.p(0.5):
            d.t(f"c/o {mgr}\n")
        else:
            d.e(ADDRESS, c.addr1()).t(", ").e(PHONE, c.phone()).t("\n")
        d.t(
            c.L(
                de="Berechtigt wird: ", fr="Personne autorisée : ", it="Persona autorizzata: ", en="Authorised person: "
            )
        )
        d.add(c.nm(tenant, "fl")).t(
            c.L(
                de=", geb. ",
                fr=", née le " if tenant.g == "f" else ", né le ",
                it=", nata il " if tenant.g == "f" else ", nato il ",
                en=", born ",
            )
        )
        d.e(DOB, c.dob()).t(
            "\n" + c.L(de="Wohnung", fr="Appartement", it="Appartamento", en="Flat") + f" {c.ri(1, 40)}, "
        )
        d.t(c.L(de="Tel. ", fr="tél. ", it="tel. ", en="tel ")).e(PHONE, c.phone(mobile=True)).t(", ")
        d.e(EMAIL, c.email(tenant)).t("\n")
        d.t(
            c.L(de="Anzahl Schlüssel: ", fr="Nombre de clés : ", it="Numero chiavi: ", en="Number of keys: ")
            + f"{c.ri(1, 4)} ("
            + c.L(de="Schliessplan-Pos. ", fr="pos. plan de fermeture ", it="pos. piano chiusure ", en="key plan pos. ")
            + f"{c.ri(1, 99)}.{c.ri(1, 9)})\n"
        )
        d.t(
            c.L(de="Ort, Datum: ", fr="Lieu, date : ", it="Luogo, data: ", en="Place, date: ")
            + f"{c.town_only()}, {c.plain_date()}\n"
        )
        d.t(
            c.L(
                de="Unterschrift Eigentümer: ",
                fr="Signature propriétaire : ",
                it="Firma proprietario: ",
                en="Owner's signature: ",
            )
        ).add(c.nm(owner, "iL")).t("\n\n")
        request(
            c,
            "Ist das so gültig, oder fehlt etwas für den Hersteller?",
            "Est-ce valable ou manque-t-il quelque chose pour le fabricant ?",
            "È valido così o manca qualcosa per il produttore?",
            "Is this valid as is or is the manufacturer going to want more?",
            d,
            "end",
        )
    elif v == 2:  # customer texts to the locksmith's phone
        d.t(
            c.L(
                de="SMS-Verlauf vom Firmenhandy, bitte Einsätze als Liste mit Adresse und Uhrzeit:\n\n",
                fr="SMS du portable de l'entreprise, fais une liste des interventions avec adresse et heure :\n\n",
                it="SMS dal cellulare aziendale, fammi un elenco degli interventi con indirizzo e ora:\n\n",
                en="Texts from the work phone, please list the jobs with address and time:\n\n",
            )
        )
        for _ in range(c.ri(5, 7)):
            pp = c.person()
            num = c.phone(mobile=True, intl=c.p(0.4))
            d.t(f"{c.plain_date(style='dmy0' if c.lang != 'en' else None)} {c.time()} ").e(PHONE, num).t(": ")
            k = c.ri(0, 3)
            if k == 0:
                d.add(
                    fill(
                        c.L(
                            de="hallo hab mich ausgesperrt, {A}, {E}. stock. bin {N}",
                            fr="bonjour je suis enfermée dehors, {A}, {E}e étage. c'est {N}",
                            it="salve sono rimasta chiusa fuori, {A}, {E}° piano. sono {N}",
                            en="hi locked out at {A}, flat {E}. it's {N}",
                        ),
                        {
                            "A": (ADDRESS, c.addr1()),
                            "E": str(c.ri(1, 6)),
                            "N": c.nm(pp, c.ch(["fl", "f"]), lower=c.p(0.5)),
                        },
                    )
                )
            elif k == 1:
                d.add(
                    fill(
                        c.L(
                            de="Guten Tag, {N} hier. Können Sie morgen das Schloss an der {S} tauschen? Rückruf {T}",
                            fr="Bonjour, ici {N}. Pourriez-vous changer la serrure au {S} demain ? Rappel au {T}",
                            it="Buongiorno, sono {N}. Può cambiare la serratura in {S} domani? Mi richiami al {T}",
                            en="Hello, {N} here. Could you change the lock at {S} tomorrow? Call back on {T}",
                        ),
                        {
                            "N": c.nm(pp, c.ch(["tl", "fl"])),
                            "S": (ADDRESS, c.street()),
                            "T": (PHONE, c.phone(mobile=False)),
                        },
                    )
                )
            elif k == 2:
                d.add(
                    fill(
                        c.L(
                            de="Danke nochmal! Rechnung bitte an {E}",
                            fr="Merci encore ! Facture à {E} svp",
                            it="Grazie ancora! Fattura a {E} per favore",
                            en="Thanks again! Invoice to {E} pls",
                        ),
                        {"E": (EMAIL, c.email(pp))},
                    )
                )
            else:
                d.add(
                    fill(
                        c.L(
                            de="bin die nachbarin von {N}, sie ist im spital, schlüssel liegt bei mir ({S})",
                            fr="je suis la voisine de {N}, elle est à l'hôpital, la clé est chez moi ({S})",
                            it="sono la vicina di {N}, è in ospedale, la chiave ce l'ho io ({S})",
                            en="i'm {N}'s neighbour, she's in hospital, key is at mine ({S})",
                        ),
                        {"N": c.nm(c.person("f"), c.ch(["tl", "f", "fl"]), lower=False), "S": (ADDRESS, c.street())},
                    )
                )
            d.t("\n")
    else:  # export for the insurer
        d.t(
            c.L(
                de="Export Einsätze für die Hausratversicherung (Pauschalvertrag)\n",
                fr="Export des interventions pour l'assurance habitation (contrat cadre)\n",
                it="Esportazione interventi per l'assicurazione casa (convenzione)\n",
                en="Call-out export for the home insurer (framework contract)\n",
            )
        )
        dobc = c.p(0.5)
        d.t("date;claim_no;policyholder;" + ("dob;" if dobc else "") + "address;phone;work;amount\n")
        for _ in range(c.ri(6, 8)):
            pp = c.person()
            d.t(f"{c.plain_date(style='iso')};{c.ch(['SCH', 'SIN', 'CLM'])}-{c._d(7)};")
            d.add(c.nm(pp, c.ch(["lf", "fl", "LF"]))).t(";")
            if dobc:
                d.e(DOB, c.dob(style="iso" if c.p(0.5) else None)).t(";")
            d.e(ADDRESS, c.addr1()).t(";")
            if c.p(0.85):
                d.e(PHONE, c.phone())
            d.t(
                f";{c.ch(['door opening', 'cylinder', 'emergency board-up', 'lock repair', 'key copy'])};"
                f"{c.money(60, 900)}\n"
            )
        request(
            c,
            "Welche Fälle sind über dem Selbstbehalt von 200?",
            "Quels cas dépassent la franchise de 200 ?",
            "Quali casi superano la franchigia di 200?",
            "Which claims exceed the 200 excess?",
            d,
            "end",
        )
    return d


# ==================================================================================================
# 8. printshop - business-card orders, birth / wedding announcements, proof corrections, web-to-print JSON
# ==================================================================================================
JOBS = {
    "de": [
        "Geschäftsführerin",
        "Physiotherapeut",
        "Projektleiterin",
        "Architekt ETH",
        "Steuerberaterin",
        "Sachbearbeiter",
        "Hebamme",
        "Kundenberater",
    ],
    "fr": [
        "Directrice",
        "Physiothérapeute",
        "Cheffe de projet",
        "Architecte",
        "Conseiller fiscal",
        "Sage-femme",
        "Responsable commercial",
    ],
    "it": [
        "Direttrice",
        "Fisioterapista",
        "Responsabile progetti",
        "Architetto",
        "Commercialista",
        "Ostetrica",
        "Consulente",
    ],
    "en": [
        "Managing Director",
        "Physiotherapist",
        "Project Manager",
        "Architect",
        "Tax Adviser",
        "Midwife",
        "Account Manager",
    ],
}


def _jesc(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def g_print(c: Ctx, v: int) -> Doc:
    d = Doc()
    shop = (
        c.L(
            de=c.ch(["Druckerei ", "Copy-Shop ", "Print Center "]),
            fr=c.ch(["Imprimerie ", "Copy Service "]),
            it=c.ch(["Tipografia ", "Copisteria "]),
            en=c.ch(["PrintHub ", "Copy Corner ", "Speedy Print "]),
        )
        + c.town_only()
    )
    if v == 0:  # business card order form
        d.t(
            c.L(
                de=f"{shop} – Auftrag Visitenkarten\n",
                fr=f"{shop} – commande cartes de visite\n",
                it=f"{shop} – ordine biglietti da visita\n",
                en=f"{shop} – business card order\n",
            )
        )
        d.t(
            c.L(de="Auftrag", fr="Commande", it="Ordine", en="Order")
            + f" {c.ref('VK-', 5)}, 2×{c.ri(1, 5)}00 "
            + c.L(de="Stk., ", fr="ex., ", it="pz., ", en="pcs, ")
            + c.ch(
                c.L(
                    de=["350 g matt", "400 g Naturpapier", "300 g gestrichen"],
                    fr=["350 g mat", "400 g recyclé"],
                    it=["350 g opaco", "400 g carta naturale"],
                    en=["350gsm silk", "400gsm uncoated"],
                )
            )
            + ", "
            + c.ch(["4/4", "4/0", "Pantone 287 C"])
            + "\n\n"
        )
        co = c.company()
        for i in range(c.ri(2, 3)):
            pp = c.person()
            d.t(c.L(de=f"Karte {i + 1}:\n", fr=f"Carte {i + 1} :\n", it=f"Biglietto {i + 1}:\n", en=f"Card {i + 1}:\n"))
            if c.p(0.4):
                d.t(c.L(de="Dr. ", fr="Dr ", it="Dott. ", en="Dr "))
            d.add(c.nm(pp, "fl")).t(f"\n{c.ch(JOBS[c.lang])}\n{co}\n").e(ADDRESS, c.street()).t(" · ").e(
                ADDRESS, c.town()
            )
            d.t("\nT ").e(PHONE, c.phone(mobile=False)).t("  M ").e(PHONE, c.phone(mobile=True)).t("\n")
            d.e(
                EMAIL,
                c.email(
                    pp,
                    domain=strip_acc(co.split()[0]).lower().strip(",.")
                    + "."
                    + {
                        "CH": "ch",
                        "DE": "de",
                        "AT": "at",
                        "FR": "fr",
                        "BE": "be",
                        "IT": "it",
                        "GB": "co.uk",
                        "IE": "ie",
                        "US": "com",
                        "AU": "com.au",
                        "NZ": "co.nz",
                        "CA": "ca",
                    }[c.region],
                ),
            )
            d.t(f"\nwww.{strip_acc(co.split()[0]).lower().strip(',.')}.{c.ch(['com', 'net'])}\n\n")
        bill = c.person()
        d.t(c.L(de="Rechnung an: ", fr="Facturer à : ", it="Fatturare a: ", en="Invoice to: ")).add(c.nm(bill, "fl"))
        d.t(", " + c.L(de="Buchhaltung", fr="comptabilité", it="amministrazione", en="accounts") + f", {co}\n")
        request(
            c,
            "Bitte Rechtschreibung prüfen, bevor es in den Druck geht.",
            "Vérifie l'orthographe avant impression.",
            "Controlla l'ortografia prima della stampa.",
            "Please proofread before it goes to print.",
            d,
            "end",
        )
    elif v == 1:  # birth announcement card text
        baby = c.person()
        mum, dad = c.person("f"), c.person("m", last=baby.last)
        d.t(
            c.L(
                de="Text für unsere Geburtskarten (150 Stk.), kannst du ihn schöner machen?\n\n",
                fr="Texte pour nos faire-part de naissance (150 ex.), tu peux l'embellir ?\n\n",
                it="Testo per le nostre partecipazioni di nascita (150 pz.), puoi renderlo più bello?\n\n",
                en="Wording for our birth announcement cards (150), can you make it nicer?\n\n",
            )
        )
        d.add(
            fill(
                c.L(
                    de="Hallo Welt!\n{B}\n{D} um {H} Uhr, {G} g, {L} cm\nIn Liebe: {M} & {V}\n{A}\n",
                    fr="Coucou le monde !\n{B}\n{NE} le {D} à {H}, {G} g, {L} cm\n"
                    "Avec tout notre amour : {M} & {V}\n{A}\n",
                    it="Ciao mondo!\n{B}\n{NE} il {D} alle {H}, {G} g, {L} cm\nCon amore: {M} e {V}\n{A}\n",
                    en="Hello world!\n{B}\nborn {D} at {H}, {G} g, {L} cm\nWith love, {M} & {V}\n{A}\n",
                ),
                {
                    "B": c.nm(baby, c.ch(["fl", "f"])),
                    "D": (DOB, c.dob("baby")),
                    "NE": c.L(
                        de="", fr="née" if baby.g == "f" else "né", it="nata" if baby.g == "f" else "nato", en=""
                    ),
                    "H": c.time(),
                    "G": str(c.ri(2600, 4300)),
                    "L": str(c.ri(46, 56)),
                    "M": c.nm(mum, "f"),
                    "V": c.nm(dad, "f"),
                    "A": (ADDRESS, c.addr1()),
                },
            )
        )
        d.t(
            c.L(
                de="\nRückseite: Besuch gern nach Absprache, ",
                fr="\nVerso : visites sur rendez-vous, ",
                it="\nRetro: visite su appuntamento, ",
                en="\nBack: visitors welcome, just text ",
            )
        ).add(c.nm(mum, "f")).t(" ")
        d.e(PHONE, c.phone(mobile=True)).t(c.L(de=" anrufen.\n", fr=".\n", it=".\n", en=".\n"))
        d.t(
            c.L(de="Bestellung läuft über ", fr="Commande chez ", it="Ordine presso ", en="Ordered through ")
            + shop
            + c.L(
                de=", Lieferung an ",
                fr=", livraison chez ",
                it=", consegna a casa dei nonni: ",
                en=", deliver to grandma: ",
            )
        )
        d.add(c.nm(c.person("f"), c.ch(["tfl", "fl"]))).t(", ").e(ADDRESS, c.addr1()).t("\n")
    elif v == 2:  # proof correction mail thread
        pp = c.person()
        staff = c.person()
        d.t(c.L(de="Re: Gut zum Druck – ", fr="Re: BAT – ", it="Re: bozza da approvare – ", en="Re: proof approval – "))
        d.t(
            c.ch(
                [
                    "Flyer A5",
                    "Briefpapier",
                    "Hochzeitseinladung",
                    "faire-part mariage",
                    "carta intestata",
                    "wedding invitations",
                    "letterhead",
                ]
            )
            + f" #{c.ri(1000, 9999)}\n\n"
        )
        d.add(
            fill(
                c.L(
                    de="Hallo {S}\n\nbitte noch zwei Korrekturen:\n1. Telefonnummer falsch: nicht {O}, sondern {N}\n"
                    "2. Adresse neu: {A} (wir sind umgezogen)\nUnd bei der Trauzeugin heisst es {W}, nicht {X}.\n"
                    "Sonst passt alles. Gut zum Druck.\n{P}\n\n",
                    fr="Bonjour {S},\n\nencore deux corrections :\n1. Numéro faux : pas {O} mais {N}\n2. Nouvelle "
                    "adresse : {A} (nous avons déménagé)\nEt le témoin s'appelle {W}, pas {X}.\nSinon c'est "
                    "parfait, bon à tirer.\n{P}\n\n",
                    it="Ciao {S},\n\nancora due correzioni:\n1. Numero sbagliato: non {O} ma {N}\n2. Nuovo "
                    "indirizzo: {A} (ci siamo trasferiti)\nE la testimone si chiama {W}, non {X}.\nPer il resto va "
                    "bene, si stampi.\n{P}\n\n",
                    en="Hi {S},\n\ntwo more corrections:\n1. Phone number wrong: not {O} but {N}\n2. New address: "
                    "{A} (we've moved)\nAnd the maid of honour is {W}, not {X}.\nOtherwise all good, approved "
                    "for print.\n{P}\n\n",
                ),
                {
                    "S": c.nm(staff, "f"),
                    "O": (PHONE, c.phone(mobile=True)),
                    "N": (PHONE, c.phone(mobile=True)),
                    "A": (ADDRESS, c.addr1()),
                    "W": c.nm(c.person("f"), "fl"),
                    "X": c.nm(c.person("f"), "fl"),
                    "P": c.nm(pp, c.ch(["f", "fl"])),
                },
            )
        )
        d.add(
            fill(
                c.L(
                    de="> Am {D} schrieb {S} <{E}>:\n> Anbei der Korrekturabzug, bitte bis Freitag freigeben. "
                    "Preis {M}.\n",
                    fr="> Le {D}, {S} <{E}> a écrit :\n> Ci-joint l'épreuve, merci de valider d'ici vendredi. "
                    "Prix {M}.\n",
                    it="> Il {D} {S} <{E}> ha scritto:\n> In allegato la bozza, da approvare entro venerdì. "
                    "Prezzo {M}.\n",
                    en="> On {D}, {S} <{E}> wrote:\n> Proof attached, please approve by Friday. Price {M}.\n",
                ),
                {"D": c.plain_date(), "S": c.nm(staff, "fl"), "E": (EMAIL, c.email(staff)), "M": c.money(80, 600)},
            )
        )
        request(
            c,
            "Ist die Mail so klar genug?",
            "Le mail est assez clair ?",
            "La mail è abbastanza chiara?",
            "Is this email clear enough?",
            d,
            "end",
        )
    else:  # web-to-print webhook JSON
        d.t(
            c.L(
                de="Der Webhook vom Shop schlägt fehl (400). Was stimmt am JSON nicht?\n\n",
                fr="Le webhook de la boutique échoue (400). Qu'est-ce qui cloche dans le JSON ?\n\n",
                it="Il webhook del negozio fallisce (400). Cosa non va nel JSON?\n\n",
                en="The shop webhook fails with 400. What's wrong with this JSON?\n\n",
            )
        )
        pp = c.person()
        st = c.street()
        d.t(
            '{\n  "event": "order.paid",\n  "order_id": "'
            + c.ref("WP", 7)
            + '",\n  "created_at": "'
            + f"{c.plain_date(style='iso')}T{c.time()}:00Z"
            + '",\n  "customer": {\n    "name": "'
        ).e(PERSON, _jesc(pp.full))
        d.t('",\n    "email": "').e(EMAIL, c.email(pp)).t('",\n    "phone": "').e(PHONE, c.phone(intl=True)).t(
            '"\n  },\n'
        )
        pc, city = pc_city(c)
        d.t('  "shipping_address": {\n    "line1": "').e(ADDRESS, _jesc(st)).t(
            f'",\n    "postal_code": "{pc}",\n    "city": "{_jesc(city)}",\n    "country": "{c.region}"\n  }},\n'
        )
        if c.p(0.6):
            bp = c.person()
            d.t('  "billing": {"name": "').e(PERSON, _jesc(bp.full)).t('", "line1": "').e(ADDRESS, _jesc(c.street()))
            d.t('", "phone": "').e(PHONE, c.phone()).t('"},\n')
        d.t(
            '  "items": [\n    {"sku": "BC-350-MATT", "qty": 250, "price": '
            + f"{c.ri(20, 90)}.{c.ri(10, 99)}"
            + ', "card_text": ["'
        )
        card_p = c.person()
        d.e(PERSON, _jesc(card_p.full)).t('", "' + _jesc(c.ch(JOBS[c.lang])) + '", "').e(PHONE, c.phone(mobile=True))
        d.t('", "').e(EMAIL, c.email(card_p)).t('"]}\n  ],\n')
        if c.p(0.4):
            d.t('  "payment": {"method": "card", "pan": "').e(CARD, c.card(grouped=False)).t(
                f'", "exp": "{c.ri(1, 12):02d}/{c.ri(27, 31)}"}},\n'
            )
        else:
            d.t('  "payment": {"method": "card", "last4": "' + c._d(4) + '", "brand": "visa"},\n')
        d.t(
            '  "note": "'
            + _jesc(
                c.L(
                    de="Bitte vor 12 Uhr liefern, ",
                    fr="Livrer avant midi, ",
                    it="Consegnare entro mezzogiorno, ",
                    en="Deliver before noon, ",
                )
            )
        )
        d.add(c.nm(c.person(), "f")).t('"\n  "source": "shop-v2"\n}\n')
    return d


# ==================================================================================================
# 9. whois - domain registrar records: WHOIS output, RDAP JSON, holder-change forms, account security logs
# ==================================================================================================
TLD = {
    "CH": "ch",
    "DE": "de",
    "AT": "at",
    "FR": "fr",
    "BE": "be",
    "IT": "it",
    "GB": "co.uk",
    "US": "com",
    "IE": "ie",
    "AU": "com.au",
    "NZ": "co.nz",
    "CA": "ca",
}
CC_ISO = {
    "CH": "CH",
    "DE": "DE",
    "AT": "AT",
    "FR": "FR",
    "BE": "BE",
    "IT": "IT",
    "GB": "GB",
    "US": "US",
    "IE": "IE",
    "AU": "AU",
    "NZ": "NZ",
    "CA": "CA",
}


def epp_phone(c: Ctx) -> str:
    raw = c.phone(intl=True)
    digits = "".join(ch for ch in raw if ch.isdigit())
    if raw.startswith("00"):
        digits = digits[2:]
    cc_len = {"1": 1, "7": 1}.get(
        digits[0], 2 if digits[:2] in ("41", "49", "43", "33", "32", "39", "44", "61", "64") else 3
    )
    if "(0)" in raw:
        digits = digits[:cc_len] + digits[cc_len + 1 :]
    return f"+{digits[:cc_len]}.{digits[cc_len:]}"


def _domain(c: Ctx, pp: Person) -> str:
    base = c.ch(
        [
            strip_acc(pp.last).lower().replace(" ", "").replace("-", ""),
            strip_acc(pp.first + pp.last).lower().replace(" ", "").replace("-", ""),
            c.ch(["atelier", "praxis", "studio", "bnb", "photo", "cucina", "garden", "yoga"])
            + "-"
            + strip_acc(pp.last).lower().replace(" ", "")[:10],
        ]
    )
    eu = "eu" if c.region in ("DE", "AT", "FR", "BE", "IT", "IE") else "org"
    return f"{base}.{c.ch([TLD[c.region], 'com', 'net', eu])}"


def g_whois(c: Ctx, v: int) -> Doc:
    d = Doc()
    reg = c.ch(
        [
            "Hostpoint AG",
            "Infomaniak Network SA",
            "IONOS SE",
            "OVH SAS",
            "Aruba S.p.A.",
            "Gandi SAS",
            "Namecheap, Inc.",
            "Tucows Domains Inc.",
            "Blacknight Internet Solutions",
            "Metaname Ltd",
            "Crazy Domains",
            "Register.it S.p.A.",
            "world4you Internet Services GmbH",
        ]
    )
    pp = c.person()
    dom = _domain(c, pp)
    if v == 0:  # WHOIS output, registrant / admin / tech
        request(
            c,
            f"Die Domain {dom} wurde gekapert? Hier der WHOIS, siehst du was Verdächtiges?",
            f"Le domaine {dom} a été détourné ? Voici le WHOIS, tu vois quelque chose de suspect ?",
            f"Il dominio {dom} è stato dirottato? Ecco il WHOIS, vedi qualcosa di sospetto?",
            f"Has {dom} been hijacked? Here's the WHOIS, anything look off?",
            d,
        )
        d.t(
            f"Domain Name: {dom.upper()}\nRegistry Domain ID: {c._d(10)}_DOMAIN_{c.ch(['COM', 'NET', 'ORG'])}-VRSN\n"
            f"Registrar WHOIS Server: whois.{strip_acc(reg.split()[0]).lower().strip(',')}.com\n"
            f"Updated Date: {c.plain_date(style='iso')}T{c.time()}:00Z\nCreation Date: {c.ri(2004, 2022)}-"
            f"{c.ri(1, 12):02d}-{c.ri(1, 28):02d}T{c.time()}:00Z\nRegistrar: {reg}\n"
            f"Registrar IANA ID: {c.ri(69, 3000)}\n"
            f"Registrar Abuse Contact Email: abuse@{strip_acc(reg.split()[0]).lower().strip(',')}.com\n"
            f"Registrar Abuse Contact Phone: +1.{c.ch(['800', '877', '888'])}{c._d(7)}\n"
            f"Domain Status: clientTransferProhibited https://icann.org/epp#clientTransferProhibited\n"
        )
        roles = ["Registrant", "Admin", "Tech"]
        people = [pp, pp if c.p(0.5) else c.person(), c.person()]
        for role, q in zip(roles, people, strict=True):
            pc, city = pc_city(c)
            d.t(f"Registry {role} ID: {c.ch(['C', 'H', 'P'])}{c._d(8)}-{c.ch(['GANDI', 'OVH', 'IONOS', 'NC'])}\n")
            d.t(f"{role} Name: ").e(PERSON, q.full).t("\n")
            d.t(f"{role} Organization: {'' if c.p(0.6) else c.company()}\n")
            d.t(f"{role} Street: ").e(ADDRESS, c.street()).t("\n")
            d.t(
                f"{role} City: {city}\n{role} State/Province: \n{role} Postal Code: {pc}\n"
                f"{role} Country: {CC_ISO[c.region]}\n"
            )
            d.t(f"{role} Phone: ").e(PHONE, epp_phone(c)).t("\n")
            d.t(f"{role} Phone Ext: \n{role} Fax: ")
            if c.p(0.25):
                d.e(PHONE, epp_phone(c))
            d.t("\n")
            d.t(f"{role} Email: ").e(EMAIL, c.email(q)).t("\n")
        d.t(
            f"Name Server: ns1.{strip_acc(reg.split()[0]).lower().strip(',')}.net\nName Server: "
            f"ns2.{strip_acc(reg.split()[0]).lower().strip(',')}.net\nDNSSEC: unsigned\n"
            ">>> Last update of WHOIS database: " + f"{c.plain_date(style='iso')}T{c.time()}:00Z <<<\n"
        )
    elif v == 1:  # RDAP JSON
        d.t(
            c.L(
                de="RDAP-Abfrage, kannst du mir sagen, wem die Domain gehört und wie ich die Person erreiche?\n\n",
                fr="Requête RDAP : à qui appartient le domaine et comment joindre la personne ?\n\n",
                it="Query RDAP: di chi è il dominio e come contatto la persona?\n\n",
                en="RDAP lookup - who owns this domain and how do I reach them?\n\n",
            )
        )
        pc, city = pc_city(c)
        st = c.street()
        d.t(
            '{\n  "objectClassName": "domain",\n  "handle": "'
            + c.ref("D", 9)
            + "-"
            + c.ch(["CORE", "LROR", "RIPE"])
            + '",\n  "ldhName": "'
            + dom
            + '",\n  "entities": [\n    {\n      "objectClassName": "entity",\n'
            '      "roles": ["registrant"],\n      "vcardArray": ["vcard", [\n        ["version", {}, "text", "4.0"],\n'
            '        ["fn", {}, "text", "'
        ).e(PERSON, _jesc(pp.full)).t('"],\n        ["adr", {}, "text", ["", "", "')
        d.e(ADDRESS, _jesc(st)).t(f'", "{_jesc(city)}", "", "{pc}", "{CC_ISO[c.region]}"]],\n')
        d.t('        ["tel", {"type": "voice"}, "uri", "tel:').e(PHONE, epp_phone(c)).t('"],\n')
        d.t('        ["email", {}, "text", "').e(EMAIL, c.email(pp)).t('"]\n      ]]\n    },\n')
        adm = c.person()
        d.t(
            '    {\n      "objectClassName": "entity",\n      "roles": ["administrative", "technical"],\n'
            '      "vcardArray": ["vcard", [\n        ["fn", {}, "text", "'
        ).e(PERSON, _jesc(adm.full))
        d.t('"],\n        ["tel", {"type": "voice"}, "uri", "tel:').e(PHONE, epp_phone(c)).t('"],\n')
        d.t('        ["email", {}, "text", "').e(EMAIL, c.email(adm)).t('"]\n      ]]\n    },\n')
        d.t(
            '    {\n      "objectClassName": "entity",\n      "roles": ["registrar"],\n      "publicIds": [{"type": '
            '"IANA Registrar ID", "identifier": "'
            + str(c.ri(69, 3000))
            + '"}],\n      "vcardArray": ["vcard", [["fn", '
            '{}, "text", "'
            + reg
            + '"]]]\n    }\n  ],\n  "events": [{"eventAction": "registration", "eventDate": "'
            + f"{c.ri(2005, 2023)}-{c.ri(1, 12):02d}-{c.ri(1, 28):02d}T00:00:00Z"
            + '"}],\n  "status": ["active"]\n}\n'
        )
    elif v == 2:  # holder change form
        new = c.person()
        d.t(
            c.L(
                de="Antrag Halterwechsel",
                fr="Demande de changement de titulaire",
                it="Richiesta cambio assegnatario",
                en="Registrant change request",
            )
            + f" – {dom}\n"
            + c.L(de="Ticket", fr="Ticket", it="Ticket", en="Ticket")
            + f" #{c.ri(100000, 999999)}\n\n"
        )
        lab = c.L(
            de=[
                "Bisheriger Halter",
                "Neuer Halter",
                "Geburtsdatum",
                "Adresse",
                "Telefon",
                "E-Mail",
                "Eingereicht von IP",
                "Auth-Code",
            ],
            fr=[
                "Titulaire actuel",
                "Nouveau titulaire",
                "Date de naissance",
                "Adresse",
                "Téléphone",
                "Courriel",
                "Soumis depuis l'IP",
                "Code d'autorisation",
            ],
            it=[
                "Assegnatario attuale",
                "Nuovo assegnatario",
                "Data di nascita",
                "Indirizzo",
                "Telefono",
                "E-mail",
                "Inviato dall'IP",
                "Codice AuthInfo",
            ],
            en=[
                "Current registrant",
                "New registrant",
                "Date of birth",
                "Address",
                "Phone",
                "Email",
                "Submitted from IP",
                "Auth code",
            ],
        )
        d.t(f"{lab[0]}: ").add(c.nm(pp, "fl")).t(" (").e(EMAIL, c.email(pp)).t(")\n")
        d.t(f"{lab[1]}: ").add(c.nm(new, "fl")).t("\n")
        d.t(f"{lab[2]}: ").e(DOB, c.dob()).t("\n")
        if c.lang == "it" and c.region == "IT":
            d.t(
                f"Codice fiscale: {strip_acc(new.last)[:3].upper():X<3}{strip_acc(new.first)[:3].upper():X<3}"
                f"{c._d(2)}{c.ch('ABCDEHLMPRST')}{c._d(2)}{c.ch('AFHLMZ')}{c._d(3)}{c.ch('ABCXYZ')}\n"
            )
        d.t(f"{lab[3]}: ").e(ADDRESS, c.street()).t(", ").e(ADDRESS, c.town()).t("\n")
        d.t(f"{lab[4]}: ").e(PHONE, c.phone()).t("\n")
        d.t(f"{lab[5]}: ").e(EMAIL, c.email(new)).t("\n")
        d.t(f"{lab[6]}: ").e(IP, c.ip()).t(f"  ({c.plain_date(style='iso')} {c.time()} UTC)\n")
        d.t(
            f"{lab[7]}: "
            + "".join(c.ch("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789!#%") for _ in range(16))
            + "\n\n"
        )
        d.add(
            fill(
                c.L(
                    de="Notiz Support ({S}): Halter per Telefon {T} bestätigt, Ausweiskopie fehlt noch.\n",
                    fr="Note support ({S}) : titulaire confirmé par téléphone au {T}, "
                    "copie de la pièce d'identité manquante.\n",
                    it="Nota supporto ({S}): assegnatario confermato al telefono {T}, manca copia documento.\n",
                    en="Support note ({S}): registrant confirmed by phone on {T}, ID copy still missing.\n",
                ),
                {"S": c.nm(c.person(), c.ch(["f", "fL"])), "T": (PHONE, c.phone())},
            )
        )
        request(
            c,
            "Darf ich den Wechsel so durchführen?",
            "Puis-je valider le changement ?",
            "Posso procedere col cambio?",
            "Can I process this change?",
            d,
            "end",
        )
    else:  # account security log
        d.t(
            c.L(
                de="Kunde meldet verdächtige Logins. Log aus dem Kundenkonto:\n\n",
                fr="Le client signale des connexions suspectes. Journal du compte :\n\n",
                it="Il cliente segnala accessi sospetti. Log dell'account:\n\n",
                en="Customer reports suspicious logins. Account log:\n\n",
            )
        )
        em = c.email(pp)
        d.t("account: ").e(EMAIL, em).t(f"  (id {c.ri(100000, 999999)})\nholder: ").e(PERSON, pp.full).t("\n2fa_sms: ")
        d.e(PHONE, c.phone(mobile=True, intl=True)).t("\n\n")
        home = c.ip()
        for _ in range(c.ri(6, 9)):
            ipv = home if c.p(0.5) else c.ip()
            ok = c.ch(["login_ok", "login_ok", "login_failed", "password_reset", "dns_change", "transfer_unlock"])
            d.t(f"{c.plain_date(style='iso')}T{c.time()}:{c.ri(10, 59)}Z {ok:<16} ip=").e(IP, ipv)
            d.t(
                ' ua="'
                + c.ch(
                    [
                        "Mozilla/5.0 (Windows NT 10.0)",
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)",
                        "curl/8.4.0",
                        "python-requests/2.31",
                    ]
                )
                + '"'
                f" geo={c.ch(['CH', 'DE', 'FR', 'IT', 'NL', 'RU', 'VN', 'US', 'BR'])}\n"
            )
        d.t("email_change: old=").e(EMAIL, em).t(" new=").e(EMAIL, c.email(c.person())).t(" ip=").e(IP, c.ip()).t("\n")
        d.add(
            fill(
                c.L(
                    de="\nRückruf an {N} unter {T} um {H}: {PR} war es nicht bei den Logins aus dem Ausland.\n",
                    fr="\nRappel de {N} au {T} à {H} : ce n'était pas {PR} pour les connexions depuis l'étranger.\n",
                    it="\nRichiamata {N} al {T} alle {H}: gli accessi dall'estero non erano suoi.\n",
                    en="\nCalled {N} back on {T} at {H}: the foreign logins weren't {PR}.\n",
                ),
                {
                    "N": c.nm(pp, c.ch(["tl", "f", "fl"])),
                    "T": (PHONE, c.phone()),
                    "H": c.time(),
                    "PR": c.L(de="sie", fr="elle", it="", en="her")
                    if pp.g == "f"
                    else c.L(de="er", fr="lui", it="", en="him"),
                },
            )
        )
        request(
            c,
            "Welche IPs sollen wir sperren?",
            "Quelles IP faut-il bloquer ?",
            "Quali IP blocchiamo?",
            "Which IPs should we block?",
            d,
            "end",
        )
    return d


# ==================================================================================================
# 10. catering - school-lunch special-diet forms, kitchen allergen lists, party catering orders, canteen badges
# ==================================================================================================
ALLERG = {
    "de": [
        "Zöliakie",
        "Laktoseintoleranz",
        "Erdnussallergie (Notfallset!)",
        "vegetarisch",
        "kein Schweinefleisch",
        "Nussallergie",
        "Hühnerei",
        "halal",
    ],
    "fr": [
        "maladie cœliaque",
        "intolérance au lactose",
        "allergie arachide (trousse d'urgence !)",
        "végétarien",
        "sans porc",
        "allergie aux noix",
        "œuf",
        "halal",
    ],
    "it": [
        "celiachia",
        "intolleranza al lattosio",
        "allergia alle arachidi (kit d'emergenza!)",
        "vegetariano",
        "niente maiale",
        "allergia frutta a guscio",
        "uovo",
        "halal",
    ],
    "en": [
        "coeliac",
        "lactose intolerant",
        "peanut allergy (EpiPen!)",
        "vegetarian",
        "no pork",
        "tree nut allergy",
        "egg",
        "halal",
    ],
}


CLASSES = {
    "de": ["1a", "2b", "3c", "4a", "1H", "2H", "KG 1", "5b"],
    "fr": ["CP", "CE1", "CE2", "CM1", "CM2", "3P", "5P", "1H"],
    "it": ["1ª A", "2ª B", "3ª C", "4ª A", "5ª B", "SI 2"],
    "en": ["Year 2", "Year 3", "P4", "2nd class", "Grade 3", "Reception", "Y5"],
}


def g_cater(c: Ctx, v: int) -> Doc:
    d = Doc()
    school = (
        c.L(
            de=c.ch(["Schule ", "Tagesschule ", "Grundschule ", "Volksschule ", "Hort "]),
            fr=c.ch(["École primaire de ", "Accueil parascolaire de ", "Groupe scolaire "]),
            it=c.ch(["Scuola primaria di ", "Scuola elementare ", "Mensa scolastica di "]),
            en={
                "GB": "Hillview Primary, ",
                "IE": "St Joseph's NS, ",
                "US": "Lincoln Elementary, ",
                "AU": "Banksia Public School, ",
                "NZ": "Kauri Primary, ",
                "CA": "Maple Grove PS, ",
            }.get(c.region, ""),
        )
        + c.town_only()
    )
    if v == 0:  # special-diet registration form
        kid = c.person()
        mum, dad = c.person("f", last=kid.last if c.p(0.6) else None), c.person("m", last=kid.last)
        d.t(
            c.L(
                de="Anmeldung Mittagstisch / Spezialkost – ",
                fr="Inscription cantine / régime spécial – ",
                it="Iscrizione mensa / dieta speciale – ",
                en="School meals registration / special diet – ",
            )
            + school
            + "\n"
        )
        lab = c.L(
            de=[
                "Kind",
                "Geburtsdatum",
                "Klasse",
                "Diät / Allergie",
                "Erziehungsberechtigte",
                "Telefon",
                "E-Mail",
                "Adresse",
                "Lastschrift von IBAN",
            ],
            fr=[
                "Enfant",
                "Date de naissance",
                "Classe",
                "Régime / allergie",
                "Représentants légaux",
                "Téléphone",
                "E-mail",
                "Adresse",
                "Prélèvement sur IBAN",
            ],
            it=[
                "Alunno/a",
                "Data di nascita",
                "Classe",
                "Dieta / allergia",
                "Genitori",
                "Telefono",
                "E-mail",
                "Indirizzo",
                "Addebito su IBAN",
            ],
            en=[
                "Child",
                "Date of birth",
                "Class",
                "Diet / allergy",
                "Parents/carers",
                "Phone",
                "Email",
                "Address",
                "Direct debit from IBAN",
            ],
        )
        d.t(f"{lab[0]}: ").add(c.nm(kid, c.ch(["fl", "lf"]))).t(f"\n{lab[1]}: ").e(DOB, c.dob("child")).t(
            f"   {lab[2]}: {c.ch(CLASSES[c.lang])}\n"
        )
        if c.region == "CH":
            d.t(c.L(de="AHV-Nr. Kind: ", fr="N° AVS de l'enfant : ", it="N. AVS del bambino: ", en="AHV: ")).e(
                AHV, c.ahv()
            ).t("\n")
        if c.p(0.4):
            sib = c.person(last=kid.last)
            d.t(c.L(de="Geschwister: ", fr="Frère/sœur : ", it="Fratello/sorella: ", en="Sibling: ")).add(
                c.nm(sib, "f")
            )
            d.t(", ").e(DOB, c.dob("child")).t("\n")
        d.t(f"{lab[3]}: {c.ch(ALLERG[c.lang])}\n{lab[4]}: ").add(c.nm(mum, "fl")).t(" / ").add(
            c.nm(dad, c.ch(["fl", "f"]))
        )
        d.t(f"\n{lab[5]}: ").e(PHONE, c.phone(mobile=True)).t(" / ").e(PHONE, c.phone(mobile=True)).t(
            c.L(
                de=" (Papa, nur Notfall)",
                fr=" (papa, urgence seulement)",
                it=" (papà, solo emergenze)",
                en=" (dad, emergencies only)",
            )
            + "\n"
        )
        d.t(f"{lab[6]}: ").e(EMAIL, c.email(mum)).t(f"\n{lab[7]}: ").e(ADDRESS, c.addr1()).t("\n")
        if c.region in ("US", "AU", "NZ", "CA"):
            d.t(c.L(de="", fr="Paiement : carte ", it="", en="Payment: card ")).e(CARD, c.card()).t("\n")
        else:
            d.t(f"{lab[8]}: ").e(IBAN, c.iban()).t(
                c.L(de=" (Kontoinhaberin: ", fr=" (titulaire : ", it=" (intestataria: ", en=" (account holder: ")
            ).add(c.nm(mum, "fl")).t(")\n")
        d.t(
            c.L(
                de="Ärztliches Attest liegt bei (Dr. ",
                fr="Certificat médical joint (Dr ",
                it="Certificato medico allegato (dott. ",
                en="Medical note attached (Dr ",
            )
        ).add(c.nm(c.person(), "l")).t(", " + c.company() + ").\n")
        request(
            c,
            "Bitte als Info für die Küche zusammenfassen (nur Vorname + Allergie).",
            "Résume pour la cuisine (prénom + allergie seulement).",
            "Riassumi per la cucina (solo nome + allergia).",
            "Summarise for the kitchen (first name + allergy only).",
            d,
            "end",
        )
    elif v == 1:  # kitchen allergen list
        d.t(
            c.L(
                de="Allergieliste Küche – ",
                fr="Liste allergies cuisine – ",
                it="Elenco allergie cucina – ",
                en="Kitchen allergy list – ",
            )
            + school
            + f" ({c.plain_date()})\n\n"
        )
        dobcol = c.p(0.5)
        d.t(
            c.L(
                de="| Kind | " + ("Geb. | " if dobcol else "") + "Klasse | Diät | Notfallnummer |",
                fr="| Enfant | " + ("Né(e) le | " if dobcol else "") + "Classe | Régime | N° d'urgence |",
                it="| Bambino | " + ("Nato/a il | " if dobcol else "") + "Classe | Dieta | Numero emergenza |",
                en="| Child | " + ("DOB | " if dobcol else "") + "Class | Diet | Emergency no. |",
            )
            + "\n|---|---|---|---|"
            + ("---|" if dobcol else "")
            + "\n"
        )
        for _ in range(c.ri(5, 8)):
            kid = c.person()
            d.t("| ").add(c.nm(kid, c.ch(["fL", "fl", "f"]))).t(" | ")
            if dobcol:
                d.e(DOB, c.dob("child")).t(" | ")
            d.t(f"{c.ch(CLASSES[c.lang])} | {c.ch(ALLERG[c.lang])} | ")
            d.e(PHONE, c.phone(mobile=True)).t(" |\n")
        d.t(c.L(de="\nKöchin: ", fr="\nCuisinière : ", it="\nCuoca: ", en="\nCook: ")).add(
            c.nm(c.person("f"), c.ch(["f", "fl"]))
        )
        d.t(c.L(de=" – Lieferant ", fr=" – fournisseur ", it=" – fornitore ", en=" – supplier ") + c.company() + "\n")
        request(
            c,
            "Welche Kinder dürfen am Donnerstag das Nuss-Dessert nicht?",
            "Quels enfants ne peuvent pas avoir le dessert aux noix jeudi ?",
            "Quali bambini non possono avere il dolce alle noci giovedì?",
            "Which kids can't have the nut dessert on Thursday?",
            d,
            "end",
        )
    elif v == 2:  # party catering order mail
        pp = c.person()
        sp = c.person("m" if pp.g == "f" else "f", last=pp.last if c.p(0.5) else None)
        d.t(
            c.L(
                de="Betreff: Anfrage Catering 50. Geburtstag\n\n",
                fr="Objet : demande traiteur pour 50 ans\n\n",
                it="Oggetto: richiesta catering per 50 anni\n\n",
                en="Subject: catering enquiry – 50th birthday\n\n",
            )
        )
        d.add(
            fill(
                c.L(
                    de="Guten Tag\n\nmein Mann {S} wird am {BD} 50 – wir feiern am {D} bei uns zu Hause ({A}) mit ca. "
                    "{K} Gästen. Wir hätten gern das Apéro-Riche-Menü (Angebot Nr. {R}, {M}). Zwei Gäste sind "
                    "Zöliakie-Betroffene, eine Person ({X}) hat eine Erdnussallergie.\nLieferung bis 17 Uhr, "
                    "bitte vorher anrufen: {T}.\nRechnung an {E}.\n\nFreundliche Grüsse\n{N}\n",
                    fr="Bonjour,\n\nmon mari {S} fête ses 50 ans le {BD} ; nous recevons le {D} à la maison ({A}) "
                    "environ {K} invités. Nous souhaitons le menu apéritif dînatoire (offre n° {R}, {M}). Deux "
                    "invités sont cœliaques, une personne ({X}) est allergique aux arachides.\nLivraison avant 17h, "
                    "appelez avant : {T}.\nFacture à {E}.\n\nCordialement\n{N}\n",
                    it="Buongiorno,\n\nmio marito {S} compie 50 anni il {BD}; festeggiamo il {D} a casa ({A}) con "
                    "circa {K} ospiti. Vorremmo il menu apericena (offerta n. {R}, {M}). Due ospiti sono celiaci, "
                    "una persona ({X}) è allergica alle arachidi.\nConsegna entro le 17, chiamate prima: {T}.\n"
                    "Fattura a {E}.\n\nCordiali saluti\n{N}\n",
                    en="Hello,\n\nmy husband {S} turns 50 on {BD} and we're having a party at home ({A}) on {D} for "
                    "about {K} guests. We'd like the finger-food menu (quote no. {R}, {M}). Two guests are coeliac "
                    "and one ({X}) has a peanut allergy.\nPlease deliver by 5pm and call first: {T}.\nInvoice to "
                    "{E}.\n\nMany thanks\n{N}\n",
                ),
                {
                    "S": c.nm(sp if sp.g == "m" else c.person("m"), "f"),
                    "BD": c.fmt_date(c.birth(), "dm"),
                    "D": c.plain_date(),
                    "A": (ADDRESS, c.addr1()),
                    "K": str(c.ri(20, 70)),
                    "R": c.ref("", 5),
                    "M": c.money(900, 4000),
                    "X": c.nm(c.person(), c.ch(["fl", "f"])),
                    "T": (PHONE, c.phone(mobile=True)),
                    "E": (EMAIL, c.email(pp)),
                    "N": c.nm(pp, "fl"),
                },
            )
        )
        request(
            c,
            "Kannst du mir eine Antwort mit Bestätigung schreiben?",
            "Tu peux rédiger une réponse de confirmation ?",
            "Mi scrivi una risposta di conferma?",
            "Can you draft a confirmation reply?",
            d,
            "end",
        )
    else:  # canteen badge export
        co = c.company()
        d.t(
            c.L(
                de=f"Badge-Export Personalrestaurant {co}\n",
                fr=f"Export badges restaurant d'entreprise {co}\n",
                it=f"Export badge mensa aziendale {co}\n",
                en=f"Staff canteen badge export – {co}\n",
            )
        )
        d.t("badge_id;employee;cost_centre;email;mobile;balance;last_topup\n")
        for _ in range(c.ri(5, 7)):
            pp = c.person()
            d.t(f"{c.ch(['B', 'M', 'X'])}{c._d(6)};").add(c.nm(pp, c.ch(["lf", "LcF", "fl"]))).t(
                f";{c.ri(1000, 9999)};"
            )
            d.e(EMAIL, c.email(pp, domain=strip_acc(co.split()[0]).lower().strip(",.") + ".com")).t(";")
            if c.p(0.6):
                d.e(PHONE, c.phone(mobile=True))
            d.t(f";{c.money(0, 80)};{c.plain_date(style='iso')}\n")
        request(
            c,
            "Wer hat weniger als 5 Guthaben? Mail-Entwurf an diese Leute bitte.",
            "Qui a moins de 5 de solde ? Rédige un mail pour eux.",
            "Chi ha meno di 5 di credito? Bozza di mail per loro.",
            "Who has less than 5 left? Draft an email to them please.",
            d,
            "end",
        )
    return d


# ==================================================================================================
# 11. drycleaning - dry cleaners and alteration tailors: tickets (OCR), alteration slips, uncollected notices, SMS log
# ==================================================================================================
ITEMS = {
    "de": [
        "Hemd",
        "Anzug 2-tlg.",
        "Wintermantel",
        "Bettdecke",
        "Abendkleid",
        "Krawatte",
        "Jeans kürzen",
        "Reissverschluss ersetzen",
        "Lederjacke",
    ],
    "fr": [
        "chemise",
        "costume 2 p.",
        "manteau",
        "couette",
        "robe de soirée",
        "cravate",
        "ourlet jean",
        "changer fermeture éclair",
        "veste cuir",
    ],
    "it": [
        "camicia",
        "abito 2 pz.",
        "cappotto",
        "piumone",
        "abito da sera",
        "cravatta",
        "orlo jeans",
        "cambio cerniera",
        "giacca di pelle",
    ],
    "en": [
        "shirt",
        "2-pc suit",
        "winter coat",
        "duvet",
        "evening dress",
        "tie",
        "jeans hem",
        "zip replacement",
        "leather jacket",
    ],
}


def g_clean(c: Ctx, v: int) -> Doc:
    d = Doc()
    shop = (
        c.L(
            de=c.ch(["Textilreinigung ", "Express-Reinigung ", "Änderungsschneiderei "]),
            fr=c.ch(["Pressing ", "Teinturerie ", "Retouches "]),
            it=c.ch(["Lavanderia ", "Tintoria ", "Sartoria "]),
            en=c.ch(["Dry Cleaners ", "Valet Cleaners ", "Alterations "]),
        )
        + c.town_only()
    )
    if v == 0:  # OCR ticket stubs
        d.t(
            c.L(
                de="OCR von ein paar Abholzetteln, bitte als Tabelle (Nr., Name, Tel., Betrag):\n\n",
                fr="OCR de quelques tickets, mets-les en tableau (n°, nom, tél., montant) :\n\n",
                it="OCR di alcuni scontrini, mettili in tabella (n., nome, tel., importo):\n\n",
                en="OCR of some ticket stubs, please tabulate (no., name, phone, amount):\n\n",
            )
        )
        for _ in range(c.ri(3, 5)):
            pp = c.person()
            d.t(
                f"{shop.upper()}\n"
                + c.L(de="AUFTRAG", fr="TICKET", it="SCONTRINO", en="TICKET")
                + f" {c.ri(1000, 99999):06d}\n"
            )
            d.t(c.L(de="NAME", fr="NOM", it="NOME", en="NAME") + ": ").add(
                c.nm(pp, c.ch(["LF", "Li", "l"]), upper=True)
            )
            d.t("\nTEL: ").e(PHONE, c.phone(mobile=True)).t("\n")
            if c.p(0.4):
                d.t(c.L(de="LIEFERUNG", fr="LIVRAISON", it="CONSEGNA", en="DELIVER TO") + ": ").e(
                    ADDRESS, c.addr1().upper()
                ).t("\n")
            if c.p(0.3):
                d.t("MAIL: ").e(EMAIL, c.email(pp).upper() if c.p(0.5) else c.email(pp)).t("\n")
            for _ in range(c.ri(1, 3)):
                d.t(f"{c.ri(1, 4)}x {c.ch(ITEMS[c.lang]).upper():<26}{c.money(4, 60)}\n")
            d.t(
                c.L(de="ABHOLUNG AB", fr="PRET LE", it="PRONTO IL", en="READY")
                + f" {c.plain_date(style='dmy0' if c.lang != 'en' else None)}"
                f"  {c.L(de='BEZAHLT', fr='PAYE', it='PAGATO', en='PAID')}: "
                + c.ch(c.L(de=["JA", "NEIN"], fr=["OUI", "NON"], it=["SI", "NO"], en=["YES", "NO"]))
                + "\n\n"
            )
    elif v == 1:  # alteration slip with measurements
        pp = c.person()
        d.t(
            c.L(
                de=f"{shop} – Änderungsauftrag\n",
                fr=f"{shop} – bon de retouche\n",
                it=f"{shop} – ordine di modifica\n",
                en=f"{shop} – alteration slip\n",
            )
        )
        d.t(c.L(de="Kundin/Kunde: ", fr="Client(e) : ", it="Cliente: ", en="Customer: ")).add(
            c.nm(pp, c.ch(["fl", "tfl"]))
        )
        d.t(c.L(de="   Tel. ", fr="   Tél. ", it="   Tel. ", en="   Tel ")).e(PHONE, c.phone()).t("\n")
        d.t(c.L(de="Adresse: ", fr="Adresse : ", it="Indirizzo: ", en="Address: ")).e(ADDRESS, c.street()).t(", ")
        d.e(ADDRESS, c.town()).t("   E-Mail: ").e(EMAIL, c.email(pp)).t("\n")
        d.t(c.L(de="Kleidungsstück: ", fr="Pièce : ", it="Capo: ", en="Garment: ") + c.ch(ITEMS[c.lang]) + "\n")
        d.t(
            c.L(
                de=f"Masse: Bund {c.ri(70, 110)} cm, Schritt {c.ri(70, 90)} cm, Ärmel -{c.ri(1, 4)} cm\n",
                fr=f"Mesures : taille {c.ri(70, 110)} cm, entrejambe {c.ri(70, 90)} cm, manches -{c.ri(1, 4)} cm\n",
                it=f"Misure: vita {c.ri(70, 110)} cm, cavallo {c.ri(70, 90)} cm, maniche -{c.ri(1, 4)} cm\n",
                en=f"Measurements: waist {c.ri(28, 44)} in, inside leg {c.ri(28, 34)} in, sleeves -{c.ri(1, 2)} in\n",
            )
        )
        d.t(
            c.L(de="Für Hochzeit am ", fr="Pour le mariage du ", it="Per il matrimonio del ", en="For wedding on ")
            + c.plain_date()
            + c.L(de=" – Braut: ", fr=" – mariée : ", it=" – sposa: ", en=" – bride: ")
        )
        d.add(c.nm(c.person("f"), "f")).t("\n")
        d.t(
            c.L(de="Anprobe: ", fr="Essayage : ", it="Prova: ", en="Fitting: ")
            + f"{c.plain_date()} {c.time()}, "
            + c.L(de="Preis ", fr="prix ", it="prezzo ", en="price ")
            + c.money(20, 180)
            + "\n"
        )
        d.t(c.L(de="Schneiderin: ", fr="Couturière : ", it="Sarta: ", en="Seamstress: ")).add(
            c.nm(c.person("f"), "f")
        ).t("\n")
        d.t(c.L(de="Abholung durch: ", fr="Retrait par : ", it="Ritiro da parte di: ", en="Collection by: "))
        d.add(c.nm(c.person(), c.ch(["fl", "tl"]))).t(
            c.L(
                de=" (Schwester, hat Vollmacht)\n",
                fr=" (sœur, procuration)\n",
                it=" (sorella, con delega)\n",
                en=" (sister, authorised)\n",
            )
        )
        request(
            c,
            "Kannst du eine SMS-Erinnerung für die Anprobe formulieren?",
            "Rédige un SMS de rappel pour l'essayage.",
            "Scrivi un SMS di promemoria per la prova.",
            "Write a text reminder for the fitting.",
            d,
            "end",
        )
    elif v == 2:  # uncollected items notice (letter)
        pp = c.person()
        d.t(shop + "\n\n")
        d.add(c.nm(pp, c.ch(["tfl", "fl"]))).t("\n")
        addr_block(d, c)
        d.t("\n" + c.town_only() + ", " + c.plain_date() + "\n\n")
        d.t(
            c.L(
                de="Nicht abgeholte Ware – Auftrag ",
                fr="Articles non retirés – ticket ",
                it="Capi non ritirati – scontrino ",
                en="Uncollected items – ticket ",
            )
            + f"{c.ri(1000, 99999)}\n\n"
        )
        d.add(
            fill(
                c.L(
                    de="Guten Tag {N}\n\nIhre Kleidungsstücke ({I}) liegen seit über 90 Tagen bei uns. Gemäss unseren "
                    "AGB werden sie nach dem {D} einer gemeinnützigen Organisation übergeben. Sie erreichen uns "
                    "unter {H}.\n\nFreundliche Grüsse\n{S}\n",
                    fr="Bonjour {N},\n\nvos articles ({I}) sont chez nous depuis plus de 90 jours. Selon nos CGV, ils "
                    "seront remis à une association après le {D}. Contact : {H}.\n\nMeilleures salutations\n{S}\n",
                    it="Gentile {N},\n\ni suoi capi ({I}) sono da noi da oltre 90 giorni. Come da condizioni "
                    "generali, dopo il {D} saranno donati in beneficenza. Ci contatti al {H}.\n\n"
                    "Cordiali saluti\n{S}\n",
                    en="Dear {N},\n\nyour items ({I}) have been with us for over 90 days. Under our terms they will "
                    "be donated to charity after {D}. Call us on {H}.\n\nKind regards\n{S}\n",
                ),
                {
                    "N": c.nm(pp, "tl"),
                    "I": c.ch(ITEMS[c.lang]),
                    "D": c.plain_date(),
                    "H": c.hotline(),
                    "S": c.nm(c.person(), c.ch(["fl", "f"])),
                },
            )
        )
        d.t(
            c.L(
                de="\n\nKönnen wir das so schicken? Der Kunde (",
                fr="\n\nOn peut envoyer ça ? Le client (",
                it="\n\nPossiamo mandarla così? Il cliente (",
                en="\n\nCan we send this? The customer (",
            )
        )
        d.e(EMAIL, c.email(pp)).t(c.L(de=", Handy ", fr=", portable ", it=", cell. ", en=", mobile "))
        d.e(PHONE, c.phone(mobile=True)).t(
            c.L(
                de=") antwortet nie.\n", fr=") ne répond jamais.\n", it=") non risponde mai.\n", en=") never answers.\n"
            )
        )
    else:  # SMS notification log
        d.t(
            c.L(
                de="SMS-Versandprotokoll (Abholbereit-Meldungen), warum sind einige fehlgeschlagen?\n\n",
                fr="Journal d'envoi des SMS (articles prêts), pourquoi certains ont échoué ?\n\n",
                it="Registro invio SMS (capi pronti), perché alcuni non sono partiti?\n\n",
                en="SMS send log (ready-for-collection texts) - why did some fail?\n\n",
            )
        )
        d.t("timestamp | to | status | message\n")
        for _ in range(c.ri(7, 10)):
            pp = c.person()
            d.t(f"{c.plain_date(style='iso')} {c.time()} | ").e(PHONE, c.phone(mobile=True, intl=True).replace(" ", ""))
            d.t(f" | {c.ch(['delivered', 'delivered', 'failed: invalid number', 'queued', 'failed: blocked'])} | ")
            d.add(
                fill(
                    c.L(
                        de="Guten Tag {N}, Ihre Bestellung {R} ist abholbereit. {S}",
                        fr="Bonjour {N}, votre commande {R} est prête. {S}",
                        it="Buongiorno {N}, il suo ordine {R} è pronto. {S}",
                        en="Hi {N}, your order {R} is ready to collect. {S}",
                    ),
                    {"N": c.nm(pp, c.ch(["tl", "f", "tfl"])), "R": str(c.ri(1000, 99999)), "S": shop},
                )
            )
            d.t("\n")
    return d


# ==================================================================================================
# 12. photostudio - school / kindergarten photographers and portrait studios
# ==================================================================================================
def g_photo(c: Ctx, v: int) -> Doc:
    d = Doc()
    studio = c.L(
        de=c.ch(["Fotostudio ", "Foto ", "Schulfotografie "]),
        fr=c.ch(["Studio photo ", "Photo "]),
        it=c.ch(["Studio fotografico ", "Foto "]),
        en=c.ch(["Studio ", "Portraits by "]),
    ) + c.ch(["Lichtblick", "Objectif", "Clic", "Lumen", "Pixel", "Sonnenschein", "Bellavista", "Golden Hour"])
    kita = (
        c.L(
            de=c.ch(["Kita ", "Kindergarten ", "Primarschule "]),
            fr=c.ch(["Crèche ", "École "]),
            it=c.ch(["Asilo ", "Scuola dell'infanzia "]),
            en=c.ch(["Little Oaks Nursery ", "Primary School "]),
        )
        + c.town_only()
    )
    if v == 0:  # class photo order list CSV
        request(
            c,
            f"Bestellliste Klassenfotos {kita}. Bitte Summe pro Familie und wer noch nicht bezahlt hat.",
            f"Liste des commandes photos de classe {kita}. Total par famille et qui n'a pas payé ?",
            f"Ordini foto di classe {kita}. Totale per famiglia e chi non ha ancora pagato?",
            f"Class photo orders for {kita}. Total per family and who hasn't paid?",
            d,
        )
        dobc, shipc = c.p(0.5), c.p(0.5)
        d.t(
            "child_first;child_last;"
            + ("child_dob;" if dobc else "")
            + "group;parent_email;parent_phone;"
            + ("ship_to;" if shipc else "")
            + "package;code;price;paid\n"
        )
        for _ in range(c.ri(6, 8)):
            kid = c.person()
            d.e(PERSON, kid.first).t(";").e(PERSON, kid.last).t(";")
            if dobc:
                d.e(DOB, c.dob("child", style=c.ch(["iso", "dmy0" if c.lang != "en" else "dmy/0"])))
            d.t(
                ";"
                + c.ch(
                    c.L(
                        de=["Bären", "Füchse", "2b", "3a"],
                        fr=["Papillons", "Coccinelles", "2P"],
                        it=["Girasoli", "Delfini", "3ª A"],
                        en=["Kiwis", "Rainbow", "Year 1"],
                    )
                )
                + ";"
            )
            par = c.person(last=kid.last if c.p(0.7) else None)
            d.e(EMAIL, c.email(par)).t(";")
            if c.p(0.7):
                d.e(PHONE, c.phone(mobile=True))
            if shipc:
                d.t(";")
                if c.p(0.8):
                    d.e(ADDRESS, c.addr1())
                else:
                    d.t(c.L(de="Abholung Kita", fr="retrait à l'école", it="ritiro a scuola", en="collect at school"))
            d.t(
                ";"
                + c.ch(["A", "B", "C", "Digital", c.L(de="Geschwister", fr="fratrie", it="fratelli", en="siblings")])
                + ";"
                f"{''.join(c.ch('ABCDEFGHJKLMNPRSTUVWXYZ23456789') for _ in range(8))};{c.money(15, 90)};"
                f"{c.ch(c.L(de=['ja', 'nein'], fr=['oui', 'non'], it=['sì', 'no'], en=['yes', 'no']))}\n"
            )
    elif v == 1:  # parent order / consent form
        kid = c.person()
        par = c.person(last=kid.last if c.p(0.7) else None)
        sib = c.person(last=kid.last)
        d.t(
            f"{studio} – "
            + c.L(
                de="Bestellschein & Einverständnis",
                fr="bon de commande & autorisation",
                it="modulo d'ordine e consenso",
                en="order form & consent",
            )
            + f" ({kita})\n\n"
        )
        lab = c.L(
            de=[
                "Name des Kindes",
                "Geburtsdatum",
                "Geschwisterfoto mit",
                "geb.",
                "Elternteil",
                "Adresse",
                "Telefon",
                "E-Mail",
                "Kreditkarte",
                "Ich bin einverstanden, dass das Foto im Jahrbuch erscheint",
            ],
            fr=[
                "Nom de l'enfant",
                "Date de naissance",
                "Photo fratrie avec",
                "né(e) le",
                "Parent",
                "Adresse",
                "Téléphone",
                "Courriel",
                "Carte bancaire",
                "J'accepte que la photo paraisse dans l'album",
            ],
            it=[
                "Nome del bambino",
                "Data di nascita",
                "Foto con fratello/sorella",
                "nato/a il",
                "Genitore",
                "Indirizzo",
                "Telefono",
                "E-mail",
                "Carta di credito",
                "Acconsento alla pubblicazione nell'annuario",
            ],
            en=[
                "Child's name",
                "Date of birth",
                "Sibling photo with",
                "DOB",
                "Parent/guardian",
                "Address",
                "Phone",
                "Email",
                "Card number",
                "I consent to the photo appearing in the yearbook",
            ],
        )
        d.t(f"{lab[0]}: ").add(c.nm(kid, "fl")).t(f"\n{lab[1]}: ").e(DOB, c.dob("child")).t("\n")
        if c.p(0.7):
            d.t(f"{lab[2]}: ").add(c.nm(sib, "f")).t(f" ({lab[3]} ").e(DOB, c.dob("child")).t(")\n")
        d.t(f"{lab[4]}: ").add(c.nm(par, "fl")).t(f"\n{lab[5]}: ").e(ADDRESS, c.street()).t(", ").e(ADDRESS, c.town())
        d.t(f"\n{lab[6]}: ").e(PHONE, c.phone()).t(f"\n{lab[7]}: ").e(EMAIL, c.email(par)).t("\n")
        if c.p(0.6):
            d.t(f"{lab[8]}: ").e(CARD, c.card()).t(f"  exp. {c.ri(1, 12):02d}/{c.ri(27, 31)}  CVC ***\n")
        d.t(f"[x] {lab[9]}\n" + c.L(de="Unterschrift: ", fr="Signature : ", it="Firma: ", en="Signed: "))
        d.add(c.nm(par, "iL")).t("\n\n")
        request(
            c,
            "Ist das Formular DSGVO-konform? Was würdest du ändern?",
            "Ce formulaire est-il conforme au RGPD ?",
            "Il modulo è conforme al GDPR?",
            "Is this form GDPR-compliant? What would you change?",
            d,
            "end",
        )
    elif v == 2:  # newborn shoot booking mail (due date vs birth date)
        mum = c.person("f")
        baby = c.person(last=mum.last if c.p(0.6) else None)
        bm, bd = c.ri(1, 10), c.ri(1, 20)
        d.t(
            c.L(
                de="Betreff: Newborn-Shooting\n\n",
                fr="Objet : séance nouveau-né\n\n",
                it="Oggetto: servizio newborn\n\n",
                en="Subject: newborn shoot\n\n",
            )
        )
        d.add(
            fill(
                c.L(
                    de="Hallo {P}\n\nwir hatten für den Geburtstermin {ET} reserviert. "
                    "Unsere Tochter {B} ist jetzt schon "
                    "am {DOB} gekommen! Geht das Shooting trotzdem nächste Woche? Am liebsten bei uns zu Hause: "
                    "{A}. Mein Partner {V} ist unter {T} erreichbar, ich unter {T2}.\n\nLiebe Grüsse\n{M}\n{E}\n",
                    fr="Bonjour {P},\n\nnous avions réservé pour le terme prévu le {ET}. Notre fille {B} est arrivée "
                    "le {DOB} ! La séance est-elle possible la semaine prochaine ? Idéalement chez nous : {A}. "
                    "Mon conjoint {V} est joignable au {T}, moi au {T2}.\n\nBelle journée\n{M}\n{E}\n",
                    it="Ciao {P},\n\navevamo prenotato per la data presunta del parto, il {ET}. Nostra figlia {B} è "
                    "nata il {DOB}! Si può fare il servizio la settimana prossima? Meglio a casa nostra: {A}. Il "
                    "mio compagno {V} risponde al {T}, io al {T2}.\n\nUn abbraccio\n{M}\n{E}\n",
                    en="Hi {P},\n\nwe'd booked around my due date of {ET}, but our daughter {B} arrived early on "
                    "{DOB}! Could we still do the shoot next week? Ideally at home: {A}. My partner {V} is on "
                    "{T}, I'm on {T2}.\n\nThanks so much\n{M}\n{E}\n",
                ),
                {
                    "P": c.nm(c.person(), "f"),
                    "ET": c.fmt_date((2026, bm + 1, bd + c.ri(3, 8))),
                    "B": c.nm(Person(c.person("f").first, baby.last, "f", baby.loc), c.ch(["f", "fl"])),
                    "DOB": (DOB, c.fmt_date((2026, bm, bd))),
                    "A": (ADDRESS, c.addr1()),
                    "V": c.nm(c.person("m"), "f"),
                    "T": (PHONE, c.phone(mobile=True)),
                    "T2": (PHONE, c.phone(mobile=True)),
                    "M": c.nm(mum, c.ch(["f", "fl"])),
                    "E": (EMAIL, c.email(mum)),
                },
            )
        )
        request(
            c,
            "Wie sage ich freundlich, dass wir erst in 3 Wochen Zeit haben?",
            "Comment dire gentiment qu'on n'a de place que dans 3 semaines ?",
            "Come dico gentilmente che siamo liberi solo fra 3 settimane?",
            "How do I say nicely that we're only free in 3 weeks?",
            d,
            "end",
        )
    else:  # gallery delivery JSON
        d.t(
            c.L(
                de="Galerie-Export aus unserer Software, das Mapping zum Shop klappt nicht:\n\n",
                fr="Export des galeries depuis notre logiciel, le mapping vers la boutique ne marche pas :\n\n",
                it="Export delle gallerie dal nostro software, il mapping verso lo shop non funziona:\n\n",
                en="Gallery export from our software, the mapping to the shop isn't working:\n\n",
            )
        )
        d.t('{\n  "gallery": "' + _jesc(kita) + " " + str(c.ri(2025, 2026)) + '",\n  "photographer": "')
        d.e(PERSON, _jesc(c.person().full)).t('",\n  "children": [\n')
        n = c.ri(3, 5)
        for i in range(n):
            kid = c.person()
            par = c.person(last=kid.last if c.p(0.6) else None)
            d.t('    {"name": "').e(PERSON, _jesc(kid.full)).t('", "dob": "').e(DOB, c.dob("child", style="iso"))
            d.t(f'", "access_code": "{c.ref("", 6)}", "parent": {{"email": "').e(EMAIL, c.email(par)).t('"')
            if c.p(0.5):
                d.t(', "mobile": "').e(PHONE, c.phone(mobile=True, intl=True)).t('"')
            d.t("}}" + ("," if i < n - 1 else "") + "\n")
        d.t(
            '  ],\n  "price_list": "PL-' + str(c.ri(1, 9)) + '",\n  "expires": "' + c.plain_date(style="iso") + '"\n}\n'
        )
    return d


# ==================================================================================================
# Driver
# ==================================================================================================
GENRES = [
    ("firebrigade", g_fire),
    ("airline", g_air),
    ("tmx", g_tmx),
    ("hut", g_hut),
    ("accreditation", g_accr),
    ("campsite", g_camp),
    ("locksmith", g_lock),
    ("printshop", g_print),
    ("whois", g_whois),
    ("catering", g_cater),
    ("drycleaning", g_clean),
    ("photostudio", g_photo),
]
VARIANTS = 4


def _luhn_ok(num: str) -> bool:
    digits = [int(ch) for ch in num if ch.isdigit()]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


def _check(text: str, ents: list[dict]) -> None:
    last_end = -1
    for en in ents:
        s = text[en["start"] : en["end"]]
        assert s == en["text"], (s, en)
        assert s and s == s.strip(), en
        assert en["start"] >= last_end, ("overlap", en)
        last_end = en["end"]
        if en["type"] == IBAN:
            compact = s.replace(" ", "")
            assert _mod97(compact[4:] + compact[:4]) == 1, s
        elif en["type"] == CARD:
            assert _luhn_ok(s), s
        elif en["type"] == AHV:
            digs = s.replace(".", "")
            assert len(digs) == 13 and digs.startswith("756")
            sm = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(digs[:12]))
            assert (10 - sm % 10) % 10 == int(digs[12]), s


def generate() -> list[dict]:
    docs = []
    n = 0
    for lang in ("de", "fr", "it", "en"):
        for gname, fn in GENRES:
            regions = list(REGION_CYCLE[lang])
            random.Random(f"{SEED}|{lang}|{gname}|regions").shuffle(regions)
            for i in range(DOCS_PER_CELL):
                c = Ctx(lang, regions[i], f"{SEED}|{lang}|{gname}|{i}")
                text, ents = fn(c, i % VARIANTS).build()
                _check(text, ents)
                n += 1
                docs.append(
                    {"id": f"h19-{n}", "lang": lang, "locale": c.locale, "genre": gname, "text": text, "entities": ents}
                )
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    docs = generate()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    by_type: Counter[str] = Counter()
    by_lang: Counter[str] = Counter()
    docs_lang: Counter[str] = Counter()
    for doc in docs:
        docs_lang[doc["lang"]] += 1
        for en in doc["entities"]:
            by_type[en["type"]] += 1
            by_lang[doc["lang"]] += 1
    print(f"wrote {args.out}: {len(docs)} documents, {sum(by_type.values())} values")
    print("per type:", dict(by_type.most_common()))
    print("per language (values):", dict(by_lang))
    print("per language (documents):", dict(docs_lang))


if __name__ == "__main__":
    main()
