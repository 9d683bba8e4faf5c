"""Sixteenth blind evaluation set ("holdout16") for the anonymizer.

Written by a helper session, blind: without reading the detectors and their name lists (src/), the tests (tests/),
the other generators and their templates (the bodies of bench/privacy/generate*.py, templates.py) or the texts of any
data set under bench/privacy/data/, and never run through the anonymizer, any test or bench/privacy/evaluate.py
(tarnkappe is not imported; no detector output was ever seen).  The only things read were the module docstrings of
generate_holdout13.py, generate_holdout14.py and generate_holdout15.py (read with ``ast.get_docstring``: record
format, label decisions, genres already used) and the module docstring of evaluate.py with its function
evaluate_synthetic (record fields, type names, matching rules, the genres of all earlier sets); besides that only the
file names in bench/privacy/ and bench/privacy/data/, the line-length setting of [tool.ruff] in pyproject.toml and,
once at the start, the subject lines of the five latest commits (printed by a ``git log --oneline | head -5``; no
diff or code was looked at).  The label decisions below follow those docstrings; the clarifications were made while
writing the templates, never after looking at any detector output.  The written file was checked only by the
generator's own assertions, by reading its own output (also a scan for unlabelled repeats of the words of labelled
names - only a mail header word "Von", "petit-fils" and the preposition "dalla" - and for unlabelled e-mail addresses
- only role mailboxes of offices, clinics, shops and projects) and by parsing it the way evaluate.py does.  Report on
it; never tune on it.

Writes bench/privacy/data/synthetic_holdout16.jsonl: 4 languages (de, fr, it, en) x 12 genres x 10 documents = 480
documents with 7,430 labelled values (PERSON 3,540, PHONE 1,305, ADDRESS 1,051, DOB 705, EMAIL 626, IBAN 167,
CARD 36; de 1,880, fr 1,832, it 1,881, en 1,837).  Deterministic for a given Faker version (written with the project
venv's Faker 40.54.0 and Python 3.11; only Faker and the standard library): ``random.Random`` is seeded with
``"holdout16|<lang>|<genre>|<i>"`` and every Faker locale is re-seeded per document on its first use in the
document (from that seed and the locale name).  Faker is used for person and company names only; streets, towns,
postcodes, phone numbers, e-mail addresses, IBANs and card numbers come from lists and code written here.  Each
record has ``id`` (``holdout16-<lang>-<genre>-<NN>``), ``locale``, ``lang``, ``text`` and ``entities`` (``start``,
``end``, ``type``, ``text``); ``text[start:end] == text`` is asserted for every entity, entities are sorted, do not
overlap and carry no surrounding white space, every IBAN has valid ISO 13616 check digits (French ones also a valid
RIB key, Belgian ones a valid national check, Italian ones a valid CIN) and every card number passes Luhn.  Regions:
de -> DE/AT/CH, fr -> FR/CH/BE, it -> IT/CH, en -> GB/US/IE (``locale`` is ``lang_REGION``); every (language, genre)
pair gets its regions in rotation (which region gets the extra documents rotates over the genres) in a seeded order
(``"holdout16|<lang>|<genre>|regions"``), so region and variant (``i % 4``) are not correlated.  The templates write
the labelled values with inline markers that are resolved into offsets at the very end, so upper-casing with OCR
letter confusions and doubled spaces (in the unlabelled text only), lower-case typing, pdftotext-style line filling
with hyphenation (of unlabelled words only), CSV quoting, fixed-width padding, ADIF length prefixes and JSON escaping
(also ``\\u`` escapes, kept inside the span as written) keep the labels exact.

Genres (text people paste into an AI assistant, mostly with a request in the document's language), chosen to differ
from every genre listed in evaluate.py's docstring for holdout3..holdout15 (those of holdout and holdout2 are not
listed there, so an overlap with them cannot be ruled out):
 1. beekeeping - beekeepers' associations: member and apiary registers (Markdown), swarm-collector on-call lists
    (fixed width) with callers' reports, membership applications with SEPA mandate / standing order / card, brood
    disease notifications to the veterinary office with the inspector's reply;
 2. chaplaincy - hospital chaplaincy: ward referral lists (fixed width), confidential visit notes (sometimes
    pdftotext), relatives' visit requests with the chaplain's reply, on-call rotas with volunteer visitors;
 3. hamradio - amateur radio: ADIF log exports (NAME, ADDRESS, EMAIL, COMMENT fields), club member lists, licence
    exam registrations, lower-case club chats with a pasted call-book look-up;
 4. dogwalking - dog walking services: client intake forms, walk logs (TSV / semicolons), owner chats (three
    time-stamp styles, unknown sender shown as a number), monthly invoices (sometimes pdftotext);
 5. harvest - grape-harvest helpers: registration CSVs with IBANs and social-security numbers, timesheets (TSV),
    applications from abroad with the estate's reply, helpers' WhatsApp group;
 6. bikecoding - bicycle marking / registration: marking-day registers, proof-of-ownership forms (also OCR'd
    capitals), registry JSON exports, theft reports with the police reply and a finder's text message;
 7. foodbank - food banks and social groceries: client registration cards with household members, distribution
    lists (fixed width), social-service referrals, driver and store pick-up rotas;
 8. crowdfunding - crowdfunding campaigns: backer-survey CSVs (all cells quoted), fulfilment JSON (some with a date
    of birth for age checks or a raw card number), backer mails with a card number and a move, updates with
    thank-you lists and refund requests;
 9. tandem - language exchanges: sign-up lists, coordinators' introduction mails, partners' chats (birthday without
    a year), university spreadsheets (TSV);
10. repaircafe - repair cafés: OCR'd intake tickets in capitals, repair logs (CSV), spare-part follow-ups with the
    quoted visitor mail, volunteer rotas with the venue;
11. selfstorage - self-storage: rental agreements (sometimes pdftotext), gate access logs (CSV) with authorised users,
    final notices / lien-sale notices, customer mails adding a user or a card;
12. mediation - neighbour / family mediation: intake forms, session notes (pdftotext), scheduling mails,
    settlement agreements.
Values appear in prose, "Label: value" forms (aligned and not), two-line address blocks, letterheads and signatures,
Markdown and fixed-width tables, tab-, semicolon- and comma-separated exports, JSON, ADIF, mail headers and quotes,
chats, capitals with OCR noise and lower case, in each country's conventions (German "str." and floors, Austrian
"/Stiege/Tür" and "/Top", Swiss "strasse", French "bis"/"ter" and complements, Belgian "bte", Italian "n.", "int.",
"/B" and province codes, British flats, house names and postcodes after the town, Irish Eircodes and counties, US
"Apt", "#", "Unit"; addresses abroad in NL, PL, RO, ES, PT, SE, DK, HR, HU, CZ, UA, BG and SK); phone numbers
national and international with "(0)", "00", slashes, dots, hyphens, parentheses and compact E.164, and foreign
mobiles; dates of birth numeric (with and without leading zeros), two-digit years, ISO, US month-first, dashes,
month names and abbreviations in four languages ("1er", "1°", "Jänner"), English ordinals.  Names from the Faker
locales de_DE, de_AT, de_CH, fr_FR, fr_CH, fr_BE, it_IT (also for Ticino), en_GB, en_IE and en_US, region-own surname
lists (particles, ordinary words, Romansh, Breton, Basque, Corsican, Réunionese, Walloon/Flemish, Sardinian,
Ticinese, Welsh, Cornish, Scottish, Irish-language with gendered forms, Navajo), language-own first names (double
names, nicknames, ordinary words) and community lists (Turkish, Kurdish, Arabic/Maghrebi, Polish and Czech with
feminine forms, Ukrainian, Vietnamese, Lusophone, Balkan/Albanian, West African, South Asian, East Asian, Persian,
Horn of Africa, Romanian, Greek, Hispanic/Andean, Filipino, Hebrew, Hungarian); about 58 % region-own, 28 %
community, 14 % other locales, about 6 % double surnames; written as "First Last", "Last, First", "LAST First",
"LAST, First", "F. Last", "H.-P. Last", "First L.", separate fields, first names and surnames alone, in capitals
and lower case.  Unlabelled distractors: apiary / registration numbers, creditor ids and mandate references, dog
microchip numbers, dogs' dates of birth and pets' names, callsigns, grid squares and frequencies, licence classes,
frame numbers and bike marking codes (which contain initials and house numbers), ID-card and passport numbers,
social-security numbers (some embedding the date of birth: Rentenversicherungsnummer, Austrian SVNR, NIR, NISS,
codice fiscale), AHV, NI, PPSN numbers, client, order, backer, unit, ticket, case, invoice and reference numbers,
gate codes and key-safe codes, sort codes and account numbers, BICs, amounts, plain dates and times, birth years and
birthdays without a year, role mailboxes, pagers, hotlines and emergency numbers, companies, clinics, estates,
shops, projects and associations (also named after people or saints), towns and postcodes alone.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, CARD), following the docstrings of holdout13..15:
* PERSON: the name of a natural person as written, in any order, with initials, particles and hyphenated or double
  surnames inside the span; titles, salutations, role and kinship words (Frau, Mme, Sig.ra, Mr, Fr, don, Pfarrer,
  PC, Garda, Tochter, moglie, niece) outside; a first name or a surname alone is a PERSON (chat senders, walkers,
  repairers, ADIF NAME fields, lower-case chat text); "c/o" is outside; bare initials (also inside marking codes)
  are not labelled; firms, estates and practices named after a person are not labelled.
* EMAIL: every e-mail address except role mailboxes of organisations (info@, support@, tandem@, seelsorge@ ...).
* PHONE: phone numbers of persons and of offices, national or international; an extension word after the number
  ("Durchwahl 12", "poste 31", "interno 5", "ext. 12") is outside; hotlines, pagers ("Piepser", "bip", "bleep") and
  emergency numbers are unlabelled; a sender shown as a number is PHONE; a Venmo/Zelle phone number is PHONE.
* IBAN: every IBAN, compact or grouped (also associations', estates' and facilities' accounts).
* ADDRESS: a one-line address is one span (country after it outside); a two-line block is two spans; a street with
  a house number standing alone is ADDRESS (apiary sites, pick-up points, subject lines, chat messages, CSV / JSON
  street fields); separate town, postcode and country fields are not labelled; ADIF ADDRESS is ADDRESS.
* DOB: a full date of birth (day, month and year), with or without a cue ("geb.", "né le", "nata il", "DOB")
  is outside; dates of birth of children and of authorised users are DOB; birth years alone,
  birthdays without a year and pets' dates of birth are not labelled.
* CARD: full card numbers (Luhn-valid) in forms, mails and exports; expiry dates are not labelled.

Usage (repo root): python bench/privacy/generate_holdout16.py [--out PATH]
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "synthetic_holdout16.jsonl"
SEED = "holdout16"
LANGS = ["de", "fr", "it", "en"]
REGIONS = {"de": ["DE", "AT", "CH"], "fr": ["FR", "CH", "BE"], "it": ["IT", "CH"], "en": ["GB", "US", "IE"]}
DOCS_PER_TEMPLATE = 10

# ---------------------------------------------------------------------------------------------------------------
# inline markers: \x01<code>value\x02, resolved into offsets at the very end
# ---------------------------------------------------------------------------------------------------------------
CODES = {"PERSON": "1", "PHONE": "2", "ADDRESS": "3", "DOB": "4", "EMAIL": "5", "IBAN": "6", "CARD": "7"}
TYPE_OF = {v: k for k, v in CODES.items()}
MS, ME = "\x01", "\x02"
MARK_RE = re.compile("\x01(\\d)([^\x01\x02]*)\x02")
TOKEN_RE = re.compile("(?:[^\\s\x01]|\x01\\d[^\x02]*\x02)+")


def mark(t: str, v: str) -> str:
    assert v and v == v.strip() and MS not in v and ME not in v, (t, v)
    return f"{MS}{CODES[t]}{v}{ME}"


def P(v: str) -> str:
    return mark("PERSON", v)


def PH(v: str) -> str:
    return mark("PHONE", v)


def AD(v: str) -> str:
    return mark("ADDRESS", v)


def DB(v: str) -> str:
    return mark("DOB", v)


def EM(v: str) -> str:
    return mark("EMAIL", v)


def IB(v: str) -> str:
    return mark("IBAN", v)


def CD(v: str) -> str:
    return mark("CARD", v)


def plain(s: str) -> str:
    return MARK_RE.sub(lambda m: m.group(2), s)


def vlen(s: str) -> int:
    return len(plain(s))


def pad(s: str, w: int) -> str:
    return s + " " * max(1, w - vlen(s))


def resolve(marked: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    ents: list[dict] = []
    pos = last = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        val = m.group(2)
        ents.append({"start": pos, "end": pos + len(val), "type": TYPE_OF[m.group(1)], "text": val})
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    assert MS not in text and ME not in text
    return text, ents


def map_outside(s: str, fn) -> str:
    """Apply fn to the unlabelled parts of a marked string only."""
    parts: list[str] = []
    last = 0
    for m in MARK_RE.finditer(s):
        parts.append(fn(s[last:m.start()]))
        parts.append(m.group(0))
        last = m.end()
    parts.append(fn(s[last:]))
    return "".join(parts)


def jstr(s: str, ascii_only: bool = False) -> str:
    """JSON string literal of a marked string; markers survive, escapes stay inside the labelled span."""
    out = ['"']
    for ch in s:
        if ch in (MS, ME):
            out.append(ch)
        elif ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ascii_only and ord(ch) > 127:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    # a marker code digit directly after \x01 must not be escaped; it is a plain digit, nothing to do
    out.append('"')
    return "".join(out)


def xesc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def csv_cell(s: str, sep: str, quote_all: bool = False) -> str:
    p = plain(s)
    if quote_all or sep in p or '"' in p or "\n" in p:
        return '"' + s.replace('"', '""') + '"'
    return s


def csv_row(cells: list[str], sep: str = ",", quote_all: bool = False) -> str:
    return sep.join(csv_cell(x, sep, quote_all) for x in cells)


def md_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def fixed_table(header: list[str], rows: list[list[str]], gap: int = 2) -> str:
    widths = [max(vlen(x) for x in col) + gap for col in zip(header, *rows, strict=True)]
    lines = ["".join(pad(x, w) for x, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("-" * (sum(widths) - gap))
    for r in rows:
        lines.append("".join(pad(x, w) for x, w in zip(r, widths, strict=True)).rstrip())
    return "\n".join(lines)


OCR_SWAPS = {"O": "0", "I": "1", "S": "5", "B": "8", "E": "F", "L": "I", "G": "6", "Z": "2"}


def ocr_upper(s: str, rng: random.Random) -> str:
    def noise(part: str) -> str:
        part = part.upper()
        chars = []
        for ch in part:
            if ch in OCR_SWAPS and rng.random() < 0.025:
                chars.append(OCR_SWAPS[ch])
            elif ch == " " and rng.random() < 0.03:
                chars.append("  ")
            else:
                chars.append(ch)
        return "".join(chars)

    s = map_outside(s, noise)
    return MARK_RE.sub(lambda m: MS + m.group(1) + m.group(2).upper() + ME, s)


def lower_all(s: str) -> str:
    return MARK_RE.sub(lambda m: MS + m.group(1) + m.group(2).lower() + ME, map_outside(s, str.lower))


def pdf_wrap(s: str, rng: random.Random, width: int = 78) -> str:
    """pdftotext-like line filling; only unlabelled words are hyphenated at the line end."""
    paras = s.split("\n\n")
    out_paras = []
    for para in paras:
        if "\n" in para or vlen(para) <= width or para.lstrip().startswith(("|", "-", "*", ">")):
            out_paras.append(para)
            continue
        tokens = TOKEN_RE.findall(para)
        lines: list[str] = []
        cur = ""
        for tok in tokens:
            tl = vlen(tok)
            if not cur:
                cur = tok
                continue
            if vlen(cur) + 1 + tl <= width:
                cur += " " + tok
                continue
            room = width - vlen(cur) - 2
            if MS not in tok and tok.isalpha() and len(tok) >= 9 and room >= 4 and rng.random() < 0.7:
                k = min(room, len(tok) - 3)
                lines.append(cur + " " + tok[:k] + "-")
                cur = tok[k:]
            else:
                lines.append(cur)
                cur = tok
        if cur:
            lines.append(cur)
        out_paras.append("\n".join(lines))
    return "\n\n".join(out_paras)


# ---------------------------------------------------------------------------------------------------------------
# checksums
# ---------------------------------------------------------------------------------------------------------------
def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_check(cc: str, bban: str) -> str:
    n = _iban_num(bban + cc + "00")
    return f"{cc}{98 - n % 97:02d}{bban}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def luhn_ok(num: str) -> bool:
    digits = [int(x) for x in num if x.isdigit()]
    total = 0
    for k, d in enumerate(reversed(digits)):
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(bban22: str) -> str:
    total = 0
    for k, ch in enumerate(bban22):
        idx = int(ch) if ch.isdigit() else ord(ch) - 65
        total += IT_ODD[idx] if k % 2 == 0 else idx
    return chr(65 + total % 26)


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


# ---------------------------------------------------------------------------------------------------------------
# word lists written here (Faker is used for person and company names only)
# ---------------------------------------------------------------------------------------------------------------
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
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
WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}

# (postcode, town, area code[, province])
TOWNS = {
    "DE": [("10997", "Berlin", "30"), ("12049", "Berlin", "30"), ("13353", "Berlin", "30"), ("80469", "München", "89"),
           ("81667", "München", "89"), ("50823", "Köln", "221"), ("20357", "Hamburg", "40"),
           ("22765", "Hamburg", "40"), ("60316", "Frankfurt am Main", "69"), ("70176", "Stuttgart", "711"),
           ("04277", "Leipzig", "341"), ("01099", "Dresden", "351"), ("90429", "Nürnberg", "911"),
           ("28203", "Bremen", "421"), ("30161", "Hannover", "511"), ("44137", "Dortmund", "231"),
           ("45138", "Essen", "201"), ("79102", "Freiburg im Breisgau", "761"), ("69120", "Heidelberg", "6221"),
           ("67433", "Neustadt an der Weinstraße", "6321"), ("55118", "Mainz", "6131"), ("54290", "Trier", "651"),
           ("97082", "Würzburg", "931"), ("93053", "Regensburg", "941"), ("24105", "Kiel", "431"),
           ("18057", "Rostock", "381"), ("99085", "Erfurt", "361"), ("06114", "Halle (Saale)", "345"),
           ("76137", "Karlsruhe", "721"), ("87439", "Kempten (Allgäu)", "831"), ("65343", "Eltville am Rhein", "6123"),
           ("56812", "Cochem", "2671"), ("97318", "Kitzingen", "9321"), ("79219", "Staufen im Breisgau", "7633"),
           ("49074", "Osnabrück", "541"), ("26122", "Oldenburg", "441"), ("34117", "Kassel", "561"),
           ("37073", "Göttingen", "551"), ("86150", "Augsburg", "821"), ("88212", "Ravensburg", "751")],
    "AT": [("1070", "Wien", "1"), ("1100", "Wien", "1"), ("1160", "Wien", "1"), ("1020", "Wien", "1"),
           ("8010", "Graz", "316"), ("8020", "Graz", "316"), ("4020", "Linz", "732"), ("5020", "Salzburg", "662"),
           ("6020", "Innsbruck", "512"), ("9020", "Klagenfurt am Wörthersee", "463"), ("3100", "St. Pölten", "2742"),
           ("6900", "Bregenz", "5574"), ("7000", "Eisenstadt", "2682"), ("3500", "Krems an der Donau", "2732"),
           ("2020", "Hollabrunn", "2952"), ("7100", "Neusiedl am See", "2167"), ("3550", "Langenlois", "2734"),
           ("8430", "Leibnitz", "3452"), ("4600", "Wels", "7242"), ("6850", "Dornbirn", "5572"),
           ("9500", "Villach", "4242"), ("2500", "Baden", "2252")],
    "CH_de": [("8004", "Zürich", "44"), ("8050", "Zürich", "44"), ("8400", "Winterthur", "52"), ("3011", "Bern", "31"),
              ("3007", "Bern", "31"), ("4057", "Basel", "61"), ("6003", "Luzern", "41"), ("9000", "St. Gallen", "71"),
              ("5000", "Aarau", "62"), ("7000", "Chur", "81"), ("6300", "Zug", "41"), ("8200", "Schaffhausen", "52"),
              ("3600", "Thun", "33"), ("8500", "Frauenfeld", "52"), ("2502", "Biel/Bienne", "32"),
              ("8706", "Meilen", "44"), ("5400", "Baden", "56"), ("4500", "Solothurn", "32"), ("8750", "Glarus", "55"),
              ("8712", "Stäfa", "44"), ("7304", "Maienfeld", "81")],
    "CH_fr": [("1201", "Genève", "22"), ("1205", "Genève", "22"), ("1004", "Lausanne", "21"),
              ("1007", "Lausanne", "21"), ("2000", "Neuchâtel", "32"), ("1700", "Fribourg", "26"),
              ("1950", "Sion", "27"), ("1400", "Yverdon-les-Bains", "24"), ("1820", "Montreux", "21"),
              ("2300", "La Chaux-de-Fonds", "32"), ("1110", "Morges", "21"), ("1260", "Nyon", "22"),
              ("2800", "Delémont", "32"), ("1096", "Cully", "21"), ("1920", "Martigny", "27"), ("1630", "Bulle", "26"),
              ("1227", "Carouge", "22")],
    "CH_it": [("6900", "Lugano", "91"), ("6500", "Bellinzona", "91"), ("6600", "Locarno", "91"),
              ("6850", "Mendrisio", "91"), ("6830", "Chiasso", "91"), ("6512", "Giubiasco", "91"),
              ("6616", "Losone", "91"), ("6710", "Biasca", "91"), ("6648", "Minusio", "91"), ("6942", "Savosa", "91"),
              ("6883", "Novazzano", "91"), ("6963", "Pregassona", "91"), ("6780", "Airolo", "91")],
    "FR": [("75011", "Paris", "1"), ("75018", "Paris", "1"), ("75014", "Paris", "1"), ("69003", "Lyon", "4"),
           ("69007", "Lyon", "4"), ("13006", "Marseille", "4"), ("31000", "Toulouse", "5"), ("33000", "Bordeaux", "5"),
           ("44000", "Nantes", "2"), ("67000", "Strasbourg", "3"), ("59000", "Lille", "3"),
           ("34000", "Montpellier", "4"), ("35000", "Rennes", "2"), ("21000", "Dijon", "3"), ("51100", "Reims", "3"),
           ("68000", "Colmar", "3"), ("37000", "Tours", "2"), ("06000", "Nice", "4"), ("29200", "Brest", "2"),
           ("64100", "Bayonne", "5"), ("20000", "Ajaccio", "4"), ("21200", "Beaune", "3"),
           ("33330", "Saint-Émilion", "5"), ("51200", "Épernay", "3"), ("84000", "Avignon", "4"),
           ("49000", "Angers", "2"), ("87000", "Limoges", "5"), ("63000", "Clermont-Ferrand", "4"),
           ("76000", "Rouen", "2"), ("80000", "Amiens", "3")],
    "BE": [("1000", "Bruxelles", "2"), ("1050", "Ixelles", "2"), ("1180", "Uccle", "2"), ("1030", "Schaerbeek", "2"),
           ("4000", "Liège", "4"), ("5000", "Namur", "81"), ("6000", "Charleroi", "71"), ("7000", "Mons", "65"),
           ("1300", "Wavre", "10"), ("1348", "Louvain-la-Neuve", "10"), ("4800", "Verviers", "87"),
           ("6700", "Arlon", "63"), ("7500", "Tournai", "69"), ("6900", "Marche-en-Famenne", "84"),
           ("1400", "Nivelles", "67"), ("4500", "Huy", "85")],
    "IT": [("00184", "Roma", "06", "RM"), ("00152", "Roma", "06", "RM"), ("20121", "Milano", "02", "MI"),
           ("20135", "Milano", "02", "MI"), ("10121", "Torino", "011", "TO"), ("80134", "Napoli", "081", "NA"),
           ("40126", "Bologna", "051", "BO"), ("50122", "Firenze", "055", "FI"), ("30121", "Venezia", "041", "VE"),
           ("16121", "Genova", "010", "GE"), ("90133", "Palermo", "091", "PA"), ("70121", "Bari", "080", "BA"),
           ("09124", "Cagliari", "070", "CA"), ("37121", "Verona", "045", "VR"), ("38122", "Trento", "0461", "TN"),
           ("39100", "Bolzano", "0471", "BZ"), ("12051", "Alba", "0173", "CN"), ("53100", "Siena", "0577", "SI"),
           ("33100", "Udine", "0432", "UD"), ("95131", "Catania", "095", "CT"), ("06121", "Perugia", "075", "PG"),
           ("14100", "Asti", "0141", "AT"), ("31015", "Conegliano", "0438", "TV"), ("25121", "Brescia", "030", "BS"),
           ("43121", "Parma", "0521", "PR"), ("73100", "Lecce", "0832", "LE"), ("07100", "Sassari", "079", "SS"),
           ("60121", "Ancona", "071", "AN")],
    # (town, postcode outward code, area code)
    "GB": [("London", "SE15", "20"), ("London", "N16", "20"), ("London", "E8", "20"), ("Manchester", "M14", "161"),
           ("Leeds", "LS6", "113"), ("Bristol", "BS3", "117"), ("Cardiff", "CF24", "29"), ("Edinburgh", "EH6", "131"),
           ("Glasgow", "G12", "141"), ("Norwich", "NR2", "1603"), ("York", "YO31", "1904"),
           ("Brighton", "BN2", "1273"), ("Sheffield", "S11", "114"), ("Oxford", "OX4", "1865"),
           ("Exeter", "EX4", "1392"), ("Belfast", "BT7", "28"), ("Nottingham", "NG7", "115"),
           ("Canterbury", "CT1", "1227"), ("Hereford", "HR4", "1432"), ("Truro", "TR1", "1872"),
           ("Bath", "BA2", "1225"), ("Inverness", "IV2", "1463")],
    # (town line, Eircode routing key, area code)
    "IE": [("Dublin 8", "D08", "1"), ("Dublin 6", "D06", "1"), ("Dublin 7", "D07", "1"), ("Cork", "T12", "21"),
           ("Galway", "H91", "91"), ("Limerick", "V94", "61"), ("Waterford", "X91", "51"), ("Kilkenny", "R95", "56"),
           ("Sligo", "F91", "71"), ("Athlone, Co. Westmeath", "N37", "90"), ("Ennis, Co. Clare", "V95", "65"),
           ("Tralee, Co. Kerry", "V92", "66"), ("Dundalk, Co. Louth", "A91", "42"), ("Bray, Co. Wicklow", "A98", "1"),
           ("Letterkenny, Co. Donegal", "F92", "74"), ("Naas, Co. Kildare", "W91", "45")],
    # (town, state, ZIP codes, area code)
    "US": [("Chicago", "IL", ["60614", "60622", "60647"], "773"), ("Austin", "TX", ["78704", "78702"], "512"),
           ("Portland", "OR", ["97214", "97211"], "503"), ("Brooklyn", "NY", ["11215", "11238"], "718"),
           ("Seattle", "WA", ["98103", "98122"], "206"), ("Denver", "CO", ["80205", "80211"], "303"),
           ("Boston", "MA", ["02130", "02118"], "617"), ("Atlanta", "GA", ["30307", "30316"], "404"),
           ("Sonoma", "CA", ["95476"], "707"), ("Napa", "CA", ["94559", "94558"], "707"),
           ("Madison", "WI", ["53703", "53705"], "608"), ("Asheville", "NC", ["28801", "28806"], "828"),
           ("Burlington", "VT", ["05401"], "802"), ("Santa Fe", "NM", ["87501", "87505"], "505"),
           ("Columbus", "OH", ["43215", "43206"], "614"), ("Minneapolis", "MN", ["55408", "55406"], "612"),
           ("Ann Arbor", "MI", ["48104"], "734"), ("Tucson", "AZ", ["85719"], "520"),
           ("Walla Walla", "WA", ["99362"], "509"), ("Lodi", "CA", ["95240"], "209")],
}

STREETS = {
    "DE": ["Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenweg", "Lindenallee", "Am Mühlbach", "Kirchgasse",
           "Goethestraße", "Friedrich-Ebert-Straße", "Rosenweg", "Im Wiesengrund", "Auf der Höhe", "Mozartstraße",
           "Weinbergstraße", "An der Kelter", "Bergstraße", "Ringstraße", "Schillerplatz", "Turmstraße",
           "Zum Sportplatz", "Dorfstraße", "Waldweg", "Heinrich-Heine-Straße", "Kastanienallee", "Sonnenallee",
           "Karl-Marx-Straße", "Uhlandstraße", "Bienenweg", "Am Kirchberg", "Hohe Straße"],
    "AT": ["Hauptplatz", "Mariahilfer Straße", "Landstraßer Hauptstraße", "Kellergasse", "Schulgasse", "Kirchenplatz",
           "Lindengasse", "Am Anger", "Favoritenstraße", "Herrengasse", "Wiener Straße", "Grazer Straße",
           "Bahnhofstraße", "Florianigasse", "Brunnengasse", "Hietzinger Hauptstraße", "Annenstraße", "Linzer Gasse",
           "Obere Hauptstraße", "Weinberggasse"],
    "CH_de": ["Bahnhofstrasse", "Dorfstrasse", "Seestrasse", "Kirchgasse", "Rebbergstrasse", "Im Gässli",
              "Obere Gasse", "Hauptstrasse", "Landstrasse", "Weinbergstrasse", "Zürcherstrasse", "Birkenweg",
              "Schulhausstrasse", "Rütistrasse", "Feldeggstrasse", "Sonnenbergweg", "Hofackerstrasse", "Bernstrasse",
              "Alte Landstrasse", "Mühlebachstrasse"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo", "impasse des Lilas",
           "chemin des Vignes", "place du Marché", "rue Pasteur", "allée des Tilleuls", "rue du Général Leclerc",
           "quai de la Loire", "route de Beaune", "rue des Écoles", "rue de la Gare", "avenue de Verdun",
           "rue Saint-Michel", "rue des Acacias", "boulevard Gambetta", "rue du Moulin", "chemin de la Croix"],
    "CH_fr": ["Rue du Rhône", "Avenue de la Gare", "Chemin des Vignes", "Rue de Lausanne", "Route de Genève",
              "Rue du Simplon", "Chemin du Levant", "Avenue de Morges", "Rue de la Dent-Blanche",
              "Chemin de Pierrefleur", "Rue des Moulins", "Grand-Rue", "Rue du Temple", "Route du Lac",
              "Avenue des Alpes"],
    "BE": ["Rue de la Loi", "Avenue Louise", "Chaussée de Waterloo", "Rue Saint-Gilles", "Rue des Carmes",
           "Boulevard d'Avroy", "Rue de Fer", "Rue du Marché", "Avenue des Combattants", "Rue Haute",
           "Rue de la Station", "Rue des Wallons", "Chaussée de Charleroi", "Rue Grétry", "Rue du Bois"],
    "IT": ["via Roma", "via Garibaldi", "corso Vittorio Emanuele II", "viale dei Mille", "piazza Cavour",
           "via Dante Alighieri", "via Mazzini", "vicolo del Pozzo", "via XX Settembre", "via della Vigna",
           "largo Augusto", "via Giuseppe Verdi", "via Nazionale", "via San Francesco", "corso Italia", "via dei Tigli",
           "via Monte Grappa", "strada delle Langhe", "via Cesare Battisti", "via Trieste"],
    "CH_it": ["Via Nassa", "Via Cantonale", "Via San Gottardo", "Via Lugano", "Viale Stazione", "Via ai Monti",
              "Via Besso", "Via Ciseri", "Via Motta", "Via Vela", "Via Pessina", "Via Bossi", "Via Municipio",
              "Via alla Chiesa", "Via Trevano"],
    "GB": ["Victoria Road", "High Street", "Church Lane", "Albert Street", "Mill Close", "The Paddocks",
           "Station Road", "Queen's Drive", "Orchard Way", "Clarence Terrace", "Park Avenue", "Manor Road",
           "Beechwood Crescent", "Kingsway", "Elm Grove", "Wellington Street", "Springfield Road", "Chapel Row",
           "Abbey Gardens", "Marlborough Place"],
    "IE": ["Oakwood Park", "Main Street", "St. Brigid's Terrace", "Harbour View", "Castle Road", "Church Street",
           "Rathgar Road", "Fairview Avenue", "Strand Road", "Ashgrove Lawn", "Shandon Street", "Abbey Street",
           "Beechpark Drive", "Glenageary Road", "Wolfe Tone Street"],
    "US": ["N Damen Ave", "S 1st St", "Maple Street", "W Oak St", "Elm Street", "NE Alberta St", "Pine Ridge Rd",
           "Vine St", "E 5th Ave", "Lakeview Dr", "Cedar Lane", "Willow Way", "Park Place", "Franklin Blvd",
           "SE Hawthorne Blvd", "Washington Ave", "Bay Ridge Pkwy", "Mission St", "Old Sonoma Rd", "Orchard Ln"],
}

# addresses abroad: (country code, street, postcode, town)
ABROAD = [
    ("NL", "Oudegracht", "3511 AP", "Utrecht"), ("NL", "Witte de Withstraat", "3012 BK", "Rotterdam"),
    ("PL", "ul. Długa", "80-827", "Gdańsk"), ("PL", "ul. Piotrkowska", "90-406", "Łódź"),
    ("PL", "ul. Floriańska", "31-019", "Kraków"), ("RO", "Strada Lipscani", "030031", "București"),
    ("RO", "Strada Memorandumului", "400114", "Cluj-Napoca"), ("ES", "Calle de Alcalá", "28014", "Madrid"),
    ("ES", "Carrer de Sants", "08014", "Barcelona"), ("ES", "Calle Feria", "41003", "Sevilla"),
    ("PT", "Rua Augusta", "1100-053", "Lisboa"), ("PT", "Rua de Santa Catarina", "4000-447", "Porto"),
    ("SE", "Götgatan", "116 46", "Stockholm"), ("DK", "Nørrebrogade", "2200", "København N"),
    ("HR", "Ilica", "10000", "Zagreb"), ("HU", "Andrássy út", "1061", "Budapest"),
    ("CZ", "Vinohradská", "120 00", "Praha 2"), ("UA", "vul. Khreshchatyk", "01001", "Kyiv"),
    ("BG", "ul. Vitosha", "1000", "Sofia"), ("SK", "Obchodná", "811 06", "Bratislava"),
]
COUNTRY_NAME = {
    "de": {"NL": "Niederlande", "PL": "Polen", "RO": "Rumänien", "ES": "Spanien", "PT": "Portugal", "SE": "Schweden",
           "DK": "Dänemark", "HR": "Kroatien", "HU": "Ungarn", "CZ": "Tschechien", "UA": "Ukraine",
           "BG": "Bulgarien", "SK": "Slowakei"},
    "fr": {"NL": "Pays-Bas", "PL": "Pologne", "RO": "Roumanie", "ES": "Espagne", "PT": "Portugal", "SE": "Suède",
           "DK": "Danemark", "HR": "Croatie", "HU": "Hongrie", "CZ": "Tchéquie", "UA": "Ukraine", "BG": "Bulgarie",
           "SK": "Slovaquie"},
    "it": {"NL": "Paesi Bassi", "PL": "Polonia", "RO": "Romania", "ES": "Spagna", "PT": "Portogallo", "SE": "Svezia",
           "DK": "Danimarca", "HR": "Croazia", "HU": "Ungheria", "CZ": "Cechia", "UA": "Ucraina", "BG": "Bulgaria",
           "SK": "Slovacchia"},
    "en": {"NL": "Netherlands", "PL": "Poland", "RO": "Romania", "ES": "Spain", "PT": "Portugal", "SE": "Sweden",
           "DK": "Denmark", "HR": "Croatia", "HU": "Hungary", "CZ": "Czechia", "UA": "Ukraine", "BG": "Bulgaria",
           "SK": "Slovakia"},
}
FOREIGN_MOBILE = {
    "NL": lambda r: f"+31 6 {_d(r, 8)}", "PL": lambda r: f"+48 {r.choice('567')}{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
    "RO": lambda r: f"+40 7{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", "ES": lambda r: f"+34 6{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} "
                                                                               f"{_d(r, 2)}",
    "PT": lambda r: f"+351 9{r.choice('1236')}{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}",
    "SE": lambda r: f"+46 7{r.choice('0236')} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
    "DK": lambda r: f"+45 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
    "HR": lambda r: f"+385 9{r.choice('1789')} {_d(r, 3)} {_d(r, 4)}",
    "HU": lambda r: f"+36 {r.choice(['20', '30', '70'])} {_d(r, 3)} {_d(r, 4)}",
    "CZ": lambda r: f"+420 {r.choice('67')}{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
    "UA": lambda r: f"+380 {r.choice(['50', '67', '93', '97'])} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
    "BG": lambda r: f"+359 8{r.choice('789')} {_d(r, 3)} {_d(r, 4)}",
    "SK": lambda r: f"+421 9{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
    "TR": lambda r: f"+90 5{_d(r, 2)} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
    "BR": lambda r: f"+55 11 9{_d(r, 4)}-{_d(r, 4)}",
    "IN": lambda r: f"+91 9{_d(r, 4)} {_d(r, 5)}",
}


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _d1(r: random.Random, n: int) -> str:
    return r.choice("23456789") + _d(r, n - 1)


MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de", "mailbox.org"],
    "AT": ["gmx.at", "aon.at", "a1.net", "gmail.com", "chello.at", "outlook.com"],
    "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "gmail.com", "protonmail.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr", "hotmail.fr"],
    "BE": ["skynet.be", "telenet.be", "gmail.com", "hotmail.com", "proximus.be"],
    "IT": ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com", "hotmail.it", "tim.it"],
    "GB": ["btinternet.com", "yahoo.co.uk", "gmail.com", "outlook.com", "sky.com", "hotmail.co.uk"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com", "yahoo.ie", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "outlook.com", "aol.com"],
}

# ---------------------------------------------------------------------------------------------------------------
# names: region-own lists, language-own first names, community lists (all written here)
# ---------------------------------------------------------------------------------------------------------------
REGION_SURNAMES = {
    "DE": ["Schwarz", "Vogel", "Engel", "Sommer", "Winter", "Fuchs", "Kühn", "Böhm", "Nowak", "von Bredow",
           "von der Heydt", "zu Löwenstein", "Mühlenbeck", "Ostermann", "Tiedemann", "Janßen", "Harms", "Wübbena",
           "Brinkmann", "Dück", "Penner", "Friesen", "Thiessen", "Ahlborn", "Gerlach", "Heinemann", "Kaiser",
           "Morgenroth", "Liebig", "Strauß", "Oßwald", "Dietz", "Honig", "Imker"],
    "AT": ["Gruber", "Huber", "Pichler", "Moser", "Steiner", "Hofer", "Leitner", "Wimmer", "Pfandl", "Mayrhofer",
           "Strasser", "Ebner", "Haas", "Kaltenbrunner", "Novotny", "Dvořák", "Prohaska", "Swoboda", "Wieser",
           "Oberhauser", "Pölzl", "Riegler", "Zöchling", "Trummer", "Krenn"],
    "CH_de": ["Bächtold", "Wüthrich", "Brunner", "Zürcher", "Aebischer", "Rüegg", "Gisler", "Ammann", "Baumgartner",
              "Caduff", "Casutt", "Derungs", "Cathomen", "Tschudi", "Blumer", "Hürlimann", "Inäbnit", "Lüthi",
              "Zbinden", "Oberholzer", "Hug", "Bösiger", "Gfeller", "Stucki", "Eggenberger"],
    "FR": ["Le Gall", "Le Goff", "Kerbrat", "Quéré", "Etcheverry", "Iribarne", "Harismendy", "Santoni", "Pietri",
           "Casanova", "de La Roche", "d'Aubigné", "Lefèbvre", "Boulanger", "Marchand", "Petit", "Meunier", "Schaller",
           "Haeffelé", "N'Diaye", "Giraud", "Rousseau", "Fabre", "Lacroix", "Vidal", "Payet", "Hoarau", "Grondin"],
    "CH_fr": ["Cosandey", "Rochat", "Favre", "Cuénod", "Chappuis", "Jaquier", "Pittet", "Grandjean", "Monnier",
              "Maillard", "Bovet", "Bonvin", "Fellay", "Zufferey", "Clerc", "Dubosson", "Jaccard", "Perrenoud",
              "Tissot", "Golay"],
    "BE": ["Lambert", "Dubois", "Peeters", "Janssens", "Maes", "Goossens", "Wouters", "Lemaire", "Dupont", "Claes",
           "Van den Bossche", "Vandenberghe", "De Smet", "Mertens", "Leclercq", "Hermans", "Vanderlinden", "Delvaux",
           "Timmermans", "Collignon", "Renard", "Lejeune", "Gilson", "Dethier"],
    "IT": ["D'Amico", "De Luca", "Di Stefano", "Lo Presti", "La Rosa", "Dalla Valle", "Degli Esposti", "Esposito",
           "Russo", "Ferraro", "Melis", "Pinna", "Sanna", "Deiana", "Cossu", "Puddu", "Zanutto", "Della Schiava",
           "Tomasin", "Cuccurullo", "Scognamiglio", "Messina", "Lo Bianco", "Caputo", "Fiore", "Monti", "Conte",
           "Bianco", "Ferro", "Santoro"],
    "CH_it": ["Pedrazzini", "Bernasconi", "Poretti", "Beffa", "Gianella", "Mozzini", "Lepori", "Cattaneo", "Quadri",
              "Galli", "Balestra", "Jelmini", "Soldati", "Storni", "Respini", "Pellandini", "Rusconi", "Induni",
              "Bottani", "Molo"],
    "GB": ["Smith", "Baker", "Bird", "Hope", "Church", "Wainwright", "Pritchard", "Llewellyn", "ap Rhys", "Trelawny",
           "Penhaligon", "Jago", "MacLeod", "McAllister", "Fraser", "Campbell", "Cholmondeley", "Featherstonehaugh",
           "Oyelaran", "Patel", "Begum", "Khan", "Hussain", "Kaur", "Okonkwo", "Mensah", "Summers", "Hill"],
    "IE": ["O'Sullivan", "O'Brien", "Ní Bhriain", "Ó Súilleabháin", "Mac Giolla Phádraig", "McCarthy", "Walsh",
           "Byrne", "Ryan", "O'Connor", "Kavanagh", "Fitzgerald", "Doyle", "Brennan", "Quinn", "Ní Dhomhnaill",
           "Ó Ceallaigh", "Murphy", "Kelly", "Lynch", "Nolan", "Dunne", "Keane", "Moriarty"],
    "US": ["Johnson", "Washington", "Jefferson", "Begaye", "Yazzie", "Tsosie", "Nez", "Martinez", "Hernandez",
           "Nguyen", "Kowalski", "Goldberg", "Rosenthal", "Kim", "Park", "Okafor", "Abernathy", "LaRue", "DeLuca",
           "Van Buren", "McKinley", "Haskell", "Whitfield", "Singh", "Freeman", "Jackson", "Castillo", "Oyelowo"],
}
# Irish-language surnames that change with gender: (male, female)
IE_GENDERED = {"Ní Bhriain": "Ó Briain", "Ní Dhomhnaill": "Ó Domhnaill", "Ó Súilleabháin": "Ní Shúilleabháin",
               "Ó Ceallaigh": "Ní Cheallaigh"}
LANG_FIRST = {
    "de": {"f": ["Anna-Lena", "Marie-Luise", "Rosemarie", "Heidi", "Gitti", "Resi", "Uschi", "Lotte", "Frieda",
                 "Hannelore", "Wiebke", "Imke", "Sonja", "Leonie", "Mia", "Friederike", "Theres", "Vreni"],
           "m": ["Hans-Peter", "Karl-Heinz", "Klaus-Dieter", "Sepp", "Hansi", "Fritz", "Jupp", "Wolf", "Ernst",
                 "Gottfried", "Ole", "Jannik", "Beat", "Urs", "Reto", "Ferdl", "Poldi", "Konstantin"]},
    "fr": {"f": ["Marie-Claude", "Anne-Sophie", "Marie-Thérèse", "Rose", "Violette", "Capucine", "Océane", "Maëlle",
                 "Zoé", "Gaëlle", "Ginette", "Solène", "Bérénice", "Clémence", "Josiane"],
           "m": ["Jean-Pierre", "Pierre-Yves", "Jean-Baptiste", "Loïc", "Yannick", "Gaëtan", "Noël", "Aimé",
                 "Dédé", "Jean-Mi", "Anthelme", "Hervé", "Benoît", "Léandre", "Maxence"]},
    "it": {"f": ["Maria Grazia", "Anna Maria", "Gianna", "Assunta", "Immacolata", "Rosaria", "Benedetta", "Letizia",
                 "Speranza", "Stella", "Ornella", "Tiziana", "Mariuccia", "Nives", "Graziella"],
           "m": ["Gian Luca", "Pierpaolo", "Giancarlo", "Gigi", "Totò", "Pino", "Beppe", "Salvatore", "Fortunato",
                 "Sereno", "Ottavio", "Nazzareno", "Ivano", "Ezio", "Gianmarco"]},
    "en": {"f": ["Mary-Kate", "Hope", "Grace", "Faith", "Joy", "Summer", "Ivy", "Hazel", "Peggy", "Bridget",
                 "Siobhán", "Aoife", "Niamh", "Dakota", "Shaniqua", "Maisie", "Gwen"],
           "m": ["John Paul", "Will", "Bill", "Hunter", "Mark", "Rocky", "Sonny", "Art", "Pádraig", "Cian",
                 "Oisín", "Darnell", "DeShawn", "Tyrone", "Rhys", "Hamish", "Jolyon"]},
}
# (female first names, male first names, surnames or (male, female) surname pairs)
COMMUNITY = {
    "turkish": (["Ayşe", "Elif", "Zeynep", "Emine", "Büşra", "Derya", "Gülsüm"],
                ["Mehmet", "Mustafa", "Emre", "Yusuf", "Hakan", "Serkan", "Ömer"],
                ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Doğan", "Kılıç", "Arslan"]),
    "kurdish": (["Rojda", "Berfin", "Dilan", "Hêvî"], ["Baran", "Azad", "Rêber", "Siyar"],
                ["Tekin", "Ekinci", "Bulut", "Zaxoyî", "Amedî"]),
    "arabic": (["Fatima", "Amina", "Khadija", "Yasmina", "Salma", "Nour", "Leïla"],
               ["Mohamed", "Youssef", "Karim", "Rachid", "Omar", "Bilal", "Mehdi"],
               ["El Amrani", "Benali", "Bouazza", "Haddad", "Mansour", "Al-Hashimi", "Belkacem", "Cherkaoui", "Saïdi",
                "Khoury", "Ben Youssef"]),
    "polish": (["Agnieszka", "Katarzyna", "Małgorzata", "Zofia", "Joanna"], ["Krzysztof", "Piotr", "Tomasz", "Paweł",
                                                                            "Grzegorz"],
               [("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), "Nowak", "Wójcik",
                ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"),
                ("Dąbrowski", "Dąbrowska"), "Woźniak"]),
    "ukrainian": (["Olena", "Oksana", "Iryna", "Yuliia", "Nataliia"], ["Oleksandr", "Andrii", "Mykola", "Dmytro",
                                                                       "Taras"],
                  ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Boiko", "Hnatiuk"]),
    "vietnamese": (["Thị Lan", "Mai", "Hoa", "Ngọc Anh", "Thu Trang"], ["Văn Minh", "Đức", "Tuấn", "Quang", "Huy"],
                   ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng"]),
    "lusophone": (["Ana Luísa", "Joana", "Beatriz", "Fernanda", "Conceição"], ["João", "Tiago", "Rui", "Gonçalo",
                                                                              "Thiago"],
                  ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Gonçalves",
                   "da Silva"]),
    "balkan": (["Jelena", "Ivana", "Milica", "Arta", "Drita", "Vesna", "Emina"], ["Dragan", "Nikola", "Milan",
                                                                                 "Arben", "Besnik", "Goran",
                                                                                 "Edin"],
               ["Petrović", "Jovanović", "Kovačević", "Hodžić", "Krasniqi", "Berisha", "Gashi", "Babić", "Marić",
                "Delić"]),
    "westafrican": (["Adaeze", "Aminata", "Fatou", "Abena", "Chiamaka", "Awa"], ["Kwame", "Chukwuemeka", "Mamadou",
                                                                                "Ousmane", "Kofi", "Babajide"],
                    ["Okafor", "Diallo", "Traoré", "Mensah", "Adeyemi", "Nwosu", "Ndiaye", "Asante", "Coulibaly"]),
    "southasian": (["Priya", "Ananya", "Lakshmi", "Kavitha", "Farzana"], ["Arjun", "Rahul", "Sanjay", "Tharshan",
                                                                          "Imran"],
                   ["Sharma", "Patel", "Iyer", "Krishnamurthy", "Sivakumar", "Balasubramaniam", "Reddy", "Ganesan",
                    "Chowdhury"]),
    "eastasian": (["Mei", "Xiaoling", "Yan", "Ji-woo", "Seo-yeon", "Yuki", "Haruka"],
                  ["Wei", "Hao", "Zhiwei", "Min-jun", "Joon-ho", "Takeshi", "Kenji"],
                  ["Wang", "Li", "Zhang", "Chen", "Liu", "Kim", "Park", "Choi", "Tanaka", "Suzuki", "Watanabe"]),
    "persian": (["Maryam", "Shirin", "Parisa", "Zahra", "Mahsa"], ["Reza", "Farid", "Ahmad", "Hamid", "Dariush"],
                ["Hosseini", "Karimi", "Rahimi", "Ahmadzai", "Mohammadi", "Jafari", "Sadeghi"]),
    "horn": (["Selam", "Hiwet", "Hodan", "Saba", "Luwam"], ["Yonas", "Dawit", "Abdirahman", "Tesfaye", "Filmon"],
             ["Tesfaye", "Gebremedhin", "Haile", "Abdi", "Woldemariam", "Ghebreyesus", "Warsame"]),
    "romanian": (["Ioana", "Andreea", "Mihaela", "Elena", "Roxana"], ["Andrei", "Mihai", "Ionuț", "Cristian",
                                                                      "Florin"],
                 ["Popescu", "Ionescu", "Dumitrescu", "Stan", "Munteanu", "Constantinescu", "Petrescu"]),
    "greek": (["Eleni", "Katerina", "Sofia", "Despina"], ["Giorgos", "Dimitris", "Nikos", "Kostas"],
              [("Papadopoulos", "Papadopoulou"), ("Georgiou", "Georgiou"), ("Nikolaidis", "Nikolaidou"),
               ("Pappas", "Pappa"), ("Karagiannis", "Karagianni")]),
    "hispanic": (["María José", "Lucía", "Ximena", "Guadalupe", "Yesenia"], ["José Luis", "Alejandro", "Diego",
                                                                             "Wilmer", "Jhonny"],
                 ["García", "Rodríguez", "Quispe", "Mamani", "Fernández", "López", "Torres", "Huamán", "Gutiérrez"]),
    "filipino": (["Maricel", "Jocelyn", "Rowena", "Liezl"], ["Jerome", "Rodel", "Arnel", "Jun-Jun"],
                 ["Dela Cruz", "Reyes", "Bautista", "Macaraeg", "Villanueva", "Mendoza", "Dimaculangan"]),
    "hebrew": (["Noa", "Tamar", "Yael", "Shira"], ["Yonatan", "Eitan", "Avi", "Noam"],
               ["Cohen", "Levi", "Mizrahi", "Friedman", "Ben-David", "Peretz"]),
    "centraleu": (["Zsófia", "Eszter", "Petra", "Tereza"], ["László", "Bence", "Jiří", "Tomáš"],
                  ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", ("Novák", "Nováková"), ("Černý", "Černá"),
                   ("Procházka", "Procházková")]),
}
SPACE_DOUBLE = {"it", "hispanic", "lusophone"}

FAKER_LOCALE = {"DE": "de_DE", "AT": "de_AT", "CH_de": "de_CH", "CH_fr": "fr_CH", "CH_it": "it_IT", "FR": "fr_FR",
                "BE": "fr_BE", "IT": "it_IT", "GB": "en_GB", "IE": "en_IE", "US": "en_US"}
ALL_FAKER = sorted(set(FAKER_LOCALE.values()))
_FAKERS: dict[str, Faker] = {}


def faker_for(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


def latin_only(s: str) -> bool:
    for ch in s:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def fold(s: str, de_style: bool = False) -> str:
    if de_style:
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
            s = s.replace(a, b)
    for a, b in (("ß", "ss"), ("ł", "l"), ("Ł", "L"), ("đ", "d"), ("Đ", "D"), ("ø", "o"), ("æ", "ae"), ("œ", "oe"),
                 ("ı", "i")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


@dataclass
class Person:
    first: str
    last: str
    g: str
    dob: dt.date

    def n(self, style: str = "full") -> str:
        f, la = self.first, self.last
        if style == "full":
            return f"{f} {la}"
        if style == "lf":
            return f"{la}, {f}"
        if style == "LF":
            return f"{la.upper()} {f}"
        if style == "LcF":
            return f"{la.upper()}, {f}"
        if style == "lastfirst":
            return f"{la} {f}"
        if style == "init":
            return f"{self.initials()} {la}"
        if style == "linit":
            return f"{la} {self.initials()}"
        if style == "firstinit":
            return f"{f} {la[0] if la[0].isalpha() else la[:2]}."
        if style == "first":
            return f
        if style == "last":
            return la
        if style == "FULL":
            return f"{f} {la}".upper()
        raise ValueError(style)

    def initials(self) -> str:
        parts = re.split(r"([- ])", self.first)
        out = ""
        for p in parts:
            if p in ("-", " "):
                out += "-" if p == "-" else " "
            elif p:
                out += p[0] + "."
        return out.replace(". ", ".").replace(" ", "")


# ---------------------------------------------------------------------------------------------------------------
# per-document context
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class Addr:
    line: str      # street and number (with flat, floor, complement)
    pc: str        # postcode (GB/IE: postcode / Eircode; US: ZIP)
    town: str
    extra: str     # province (IT), state (US)
    region: str

    def pctown(self) -> str:
        r = self.region
        if r == "IT":
            return f"{self.pc} {self.town} ({self.extra})"
        if r == "US":
            return f"{self.town}, {self.extra} {self.pc}"
        if r == "GB":
            return f"{self.town} {self.pc}"
        if r == "IE":
            return f"{self.town}, {self.pc}"
        if r == "ABROAD":
            return f"{self.pc} {self.town}"
        return f"{self.pc} {self.town}"

    def one(self) -> str:
        return f"{self.line}, {self.pctown()}"


class Ctx:
    def __init__(self, lang: str, region: str, tpl: str, i: int):
        self.lang, self.region, self.tpl, self.i = lang, region, tpl, i
        self.seed = f"{SEED}|{lang}|{tpl}|{i}"
        self.rng = random.Random(self.seed)
        self.key = region if region != "CH" else f"CH_{lang}"
        self.locale = f"{lang}_{region}"
        self._seeded: set[str] = set()
        self.home = self.rng.choice(TOWNS[self.key])
        self.used_names: set[str] = set()

    # -- randomness ------------------------------------------------------------------------------------------
    def r(self) -> float:
        return self.rng.random()

    def ch(self, seq):
        return self.rng.choice(seq)

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def t(self, **kw) -> str:
        return kw[self.lang]

    def faker(self, loc: str) -> Faker:
        f = faker_for(loc)
        if loc not in self._seeded:
            f.seed_instance(int(hashlib.sha256(f"{self.seed}|{loc}".encode()).hexdigest()[:15], 16))
            self._seeded.add(loc)
        return f

    # -- people ----------------------------------------------------------------------------------------------
    def person(self, g: str | None = None, last: str | None = None, age: tuple[int, int] = (19, 82),
               key: str | None = None) -> Person:
        key = key or self.key
        for _ in range(50):
            gg = g or self.ch("fm")
            first, sur, group = self._name(gg, key)
            if last is not None:
                sur = last
            if not latin_only(first + sur) or f"{first} {sur}" in self.used_names:
                continue
            if last is None and self.r() < 0.06:
                _, other, _ = self._name(gg, key)
                if latin_only(other) and other != sur:
                    sep = " " if (self.lang == "it" or group in SPACE_DOUBLE) else "-"
                    sur = f"{sur}{sep}{other}"
            self.used_names.add(f"{first} {sur}")
            today = dt.date(2025, 9, 1)
            years = self.ri(*age)
            dob = today - dt.timedelta(days=years * 365 + self.ri(0, 364))
            return Person(first, sur, gg, dob)
        raise AssertionError("no name")

    def _name(self, g: str, key: str) -> tuple[str, str, str]:
        x = self.r()
        if x < 0.58:
            if self.r() < 0.6:
                f = self.faker(FAKER_LOCALE[key])
                first = f.first_name_female() if g == "f" else f.first_name_male()
                return first, f.last_name(), self.lang
            lang = {"DE": "de", "AT": "de", "CH_de": "de", "FR": "fr", "CH_fr": "fr", "BE": "fr", "IT": "it",
                    "CH_it": "it", "GB": "en", "IE": "en", "US": "en"}[key]
            if self.r() < 0.5:
                first = self.ch(LANG_FIRST[lang][g])
            else:
                f = self.faker(FAKER_LOCALE[key])
                first = f.first_name_female() if g == "f" else f.first_name_male()
            sur = self.ch(REGION_SURNAMES[key])
            if key == "IE" and g == "m" and sur in IE_GENDERED and sur.startswith("Ní"):
                sur = IE_GENDERED[sur]
            if key == "IE" and g == "f" and sur in IE_GENDERED and sur.startswith("Ó"):
                sur = IE_GENDERED[sur]
            return first, sur, lang
        if x < 0.86:
            group = self.ch(sorted(COMMUNITY))
            fem, mal, surs = COMMUNITY[group]
            first = self.ch(fem if g == "f" else mal)
            if self.r() < 1 / 12:
                og = COMMUNITY[self.ch(sorted(COMMUNITY))]
                first = self.ch(og[0] if g == "f" else og[1])
            sur = self.ch(surs)
            if isinstance(sur, tuple):
                sur = sur[1] if g == "f" else sur[0]
            return first, sur, group
        loc = self.ch([x for x in ALL_FAKER if x != FAKER_LOCALE[key]])
        f = self.faker(loc)
        first = f.first_name_female() if g == "f" else f.first_name_male()
        return first, f.last_name(), loc[:2]

    def child(self, parent: Person, age: tuple[int, int] = (1, 17)) -> Person:
        page = self._age(parent)
        lo, hi = max(age[0], page - 45), min(age[1], page - 18)
        if lo > hi:
            lo, hi = max(0, page - 45), max(0, page - 18)
        return self.person(last=parent.last, age=(lo, hi))

    def partner(self, p: Person, same_name: float = 0.6) -> Person:
        g = "m" if p.g == "f" else "f"
        if self.r() < 0.1:
            g = p.g
        return self.person(g=g, last=p.last if self.r() < same_name else None, age=(max(19, self._age(p) - 8),
                                                                                   min(90, self._age(p) + 8)))

    @staticmethod
    def _age(p: Person) -> int:
        return (dt.date(2025, 9, 1) - p.dob).days // 365

    def sal(self, p: Person, case: str = "nom") -> str:
        if self.lang == "de":
            return "Frau" if p.g == "f" else ("Herrn" if case == "dat" else "Herr")
        if self.lang == "fr":
            return "Mme" if p.g == "f" else "M."
        if self.lang == "it":
            return "Sig.ra" if p.g == "f" else "Sig."
        return self.ch(["Ms", "Mrs"]) if p.g == "f" else "Mr"

    def born(self, p: Person) -> str:
        return self.t(de="geb.", fr="née le" if p.g == "f" else "né le", it="nata il" if p.g == "f" else "nato il",
                      en="b.")

    def company(self, key: str | None = None) -> str:
        return self.faker(FAKER_LOCALE[key or self.key]).company()

    # -- addresses -------------------------------------------------------------------------------------------
    def town(self, near: bool = True):
        return self.home if near and self.r() < 0.6 else self.ch(TOWNS[self.key])

    def addr(self, key: str | None = None, town=None, plain_line: bool = False) -> Addr:
        key = key or self.key
        if key == "ABROAD":
            cc, street, pc, tn = self.ch(ABROAD)
            num = self.ri(1, 140)
            line = f"{street} {num}" if cc not in ("UA",) else f"{street} {num}, kv. {self.ri(1, 90)}"
            if cc == "PL" and self.r() < 0.6:
                line = f"{street} {num}/{self.ri(1, 40)}"
            if cc == "ES":
                line = f"{street} {num}, {self.ri(1, 6)}º {self.ch('ABCD')}"
            return Addr(line, pc, tn, cc, "ABROAD")
        if town is None:
            town = self.home if (key == self.key and self.r() < 0.6) else self.ch(TOWNS[key])
        region = key.split("_")[0]
        street = self.ch(STREETS[key])
        n = self.ri(1, 120)
        r = 1.0 if plain_line else self.r()
        if region == "DE" or key == "CH_de":
            num = f"{n}{self.ch('abc')}" if r < 0.12 else str(n)
            if key == "DE" and street.endswith("straße") and self.r() < 0.25:
                street = street[:-3] + "."
            line = f"{street} {num}"
            if key == "DE" and not plain_line and r > 0.93:
                line += self.ch([", 3. OG", " (Hinterhaus)", ", Whg. 12", ", 2. OG links"])
            return Addr(line, town[0], town[1], "", region)
        if region == "AT":
            if r < 0.25:
                line = f"{street} {n}/{self.ri(1, 4)}/{self.ri(1, 24)}"
            elif r < 0.4:
                line = f"{street} {n}/Top {self.ri(1, 30)}"
            else:
                line = f"{street} {n}"
            return Addr(line, town[0], town[1], "", region)
        if key == "FR":
            num = f"{n} {self.ch(['bis', 'ter'])}" if r < 0.12 else str(n)
            line = f"{num}, {street}" if self.r() < 0.3 else f"{num} {street}"
            if not plain_line and r > 0.9:
                line = f"{self.ch(['Bât. B', 'Résidence Les Pins', 'Apt 24', 'Escalier C'])}, {line}"
            return Addr(line, town[0], town[1], "", region)
        if key == "CH_fr":
            return Addr(f"{street} {n}{'bis' if r < 0.08 else ''}", town[0], town[1], "", "CH")
        if key == "BE":
            line = f"{street} {n}"
            if r < 0.2:
                line += f" bte {self.ri(1, 12)}"
            elif r < 0.3:
                line += f"/{self.ri(1, 9)}"
            return Addr(line, town[0], town[1], "", region)
        if key == "IT":
            if street[0].islower() and self.r() < 0.5:
                street = street[0].upper() + street[1:]
            if r < 0.2:
                line = f"{street}, {n}"
            elif r < 0.32:
                line = f"{street} n. {n}"
            elif r < 0.42:
                line = f"{street} {n}/{self.ch('ABC')}"
            elif r < 0.5:
                line = f"{street} {n} int. {self.ri(1, 20)}"
            else:
                line = f"{street} {n}"
            return Addr(line, town[0], town[1], town[3], region)
        if key == "CH_it":
            return Addr(f"{street} {n}", town[0], town[1], "", "CH")
        if key == "GB":
            pc = f"{town[1]} {self.ri(1, 9)}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}"
            if r < 0.2:
                line = f"Flat {self.ri(1, 12)}, {n} {street}"
            elif r < 0.28:
                line = f"{self.ch(['Rose Cottage', 'The Old Forge', 'Holly House', 'Mill House'])}, {street}"
            else:
                line = f"{n} {street}"
            return Addr(line, pc, town[0], "", region)
        if key == "IE":
            pc = f"{town[1]} " + "".join(self.ch("0123456789ACDEFHKNPRTVWXY") for _ in range(4))
            if r < 0.2:
                line = f"Apt {self.ri(1, 40)}, {street}"
            else:
                line = f"{n} {street}"
            return Addr(line, pc, town[0], "", region)
        if key == "US":
            nn = self.ri(10, 4800)
            line = f"{nn} {street}"
            if r < 0.15:
                line += f" Apt {self.ri(1, 9)}{self.ch('ABCD')}"
            elif r < 0.25:
                line += f" #{self.ri(100, 420)}"
            elif r < 0.3:
                line += f", Unit {self.ri(1, 30)}"
            return Addr(line, self.ch(town[2]), town[0], town[1], region)
        raise ValueError(key)

    def public_place(self, kind: str = "") -> Addr:
        return self.addr(plain_line=True, town=self.home)

    # -- phones ----------------------------------------------------------------------------------------------
    def phone(self, kind: str = "mobile", key: str | None = None, town=None, style: int | None = None) -> str:
        key = key or self.key
        region = key.split("_")[0]
        rng = self.rng
        s = self.ri(0, 9) if style is None else style
        if kind == "land":
            town = town or (self.home if key == self.key else self.ch(TOWNS[key]))
        if region == "DE":
            if kind == "mobile":
                a = self.ch(["151", "152", "157", "160", "162", "163", "170", "171", "172", "173", "174", "175",
                             "176", "177", "178", "179", "159"])
                sub = _d1(rng, 7 if a.startswith("1") and a[1] in "67" else 8)
            else:
                a = town[2]
                sub = _d1(rng, 10 - len(a) if len(a) < 4 else 6)
            return [f"0{a} {sub}", f"0{a}-{sub}", f"0{a}/{sub}", f"+49 {a} {sub}", f"+49 (0){a} {sub}",
                    f"0049 {a} {sub}", f"+49{a}{sub}", f"0{a} {sub[:3]} {sub[3:]}", f"(0{a}) {sub}",
                    f"0{a} / {sub}"][s]
        if region == "AT":
            if kind == "mobile":
                a = self.ch(["650", "660", "664", "676", "680", "681", "688", "699"])
                sub = _d1(rng, 7)
            else:
                a = town[2]
                sub = _d1(rng, 9 - len(a) if len(a) > 1 else 7)
            return [f"0{a} {sub}", f"0{a}/{sub}", f"+43 {a} {sub}", f"+43 (0){a} {sub}", f"0043 {a} {sub}",
                    f"0{a} {sub[:3]} {sub[3:]}", f"+43{a}{sub}", f"0{a}-{sub}", f"(0{a}) {sub}",
                    f"+43 {a} {sub[:3]} {sub[3:]}"][s]
        if region == "CH":
            a = self.ch(["76", "77", "78", "79", "75"]) if kind == "mobile" else town[2]
            sub = _d1(rng, 7)
            g = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
            return [f"0{a} {g}", f"+41 {a} {g}", f"0041 {a} {g}", f"+41{a}{sub}", f"0{a}/{g}", f"0{a} {sub}",
                    f"+41 (0){a} {g}", f"0{a} {g}", f"+41 {a} {g}", f"0{a}-{sub[:3]}-{sub[3:5]}-{sub[5:]}"][s]
        if region == "FR":
            a = self.ch("67") if kind == "mobile" else town[2]
            sub = _d(rng, 8)
            pairs = " ".join(sub[k:k + 2] for k in range(0, 8, 2))
            dots = ".".join(sub[k:k + 2] for k in range(0, 8, 2))
            return [f"0{a} {pairs}", f"0{a}.{dots}", f"+33 {a} {pairs}", f"+33 (0){a} {pairs}", f"0{a}{sub}",
                    f"0033 {a} {pairs}", f"+33{a}{sub}", f"0{a}-" + "-".join(sub[k:k + 2] for k in range(0, 8, 2)),
                    f"0{a} {pairs}", f"0{a}.{dots}"][s]
        if region == "BE":
            if kind == "mobile":
                a = self.ch(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "487",
                             "488", "489", "492", "493", "494", "495", "496", "497", "498", "499"])
                sub = _d(rng, 6)
                g = f"{sub[:2]} {sub[2:4]} {sub[4:]}"
                return [f"0{a} {g}", f"0{a}/{sub[:2]}.{sub[2:4]}.{sub[4:]}", f"+32 {a} {g}", f"+32 (0){a} {g}",
                        f"0{a}{sub}", f"0032 {a} {g}", f"+32{a}{sub}", f"0{a} {g}", f"0{a}/{g}", f"+32 {a} {g}"][s]
            a = town[2]
            if len(a) == 1:
                sub = _d1(rng, 7)
                g = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
            else:
                sub = _d1(rng, 6)
                g = f"{sub[:2]} {sub[2:4]} {sub[4:]}"
            return [f"0{a} {g}", f"0{a}/{g}", f"+32 {a} {g}", f"0{a} {g}", f"+32 (0){a} {g}",
                    f"0{a}/{g.replace(' ', '.')}", f"0{a} {g}", f"0032 {a} {g}", f"0{a}/{g}", f"+32 {a} {g}"][s]
        if region == "IT":
            if kind == "mobile":
                a = self.ch(["320", "324", "328", "329", "331", "333", "334", "335", "338", "339", "340", "342",
                             "345", "347", "348", "349", "366", "380", "389", "392", "393"])
                sub = _d(rng, 7)
                return [f"{a} {sub}", f"{a} {sub[:3]} {sub[3:]}", f"{a}-{sub}", f"+39 {a} {sub}",
                        f"+39 {a} {sub[:3]} {sub[3:]}", f"0039 {a} {sub}", f"+39{a}{sub}", f"{a}{sub}",
                        f"{a}/{sub}", f"{a} {sub[:3]} {sub[3:5]} {sub[5:]}"][s]
            a = town[2]
            sub = _d1(rng, 10 - len(a))
            return [f"{a} {sub}", f"{a} {sub[:4]} {sub[4:]}" if len(sub) > 6 else f"{a} {sub}", f"{a}/{sub}",
                    f"+39 {a} {sub}", f"0039 {a} {sub}", f"{a}-{sub}", f"+39{a}{sub}", f"{a} {sub}",
                    f"({a}) {sub}", f"+39 {a} {sub}"][s]
        if region == "GB":
            if kind == "mobile":
                a = "7" + self.ch(["4", "5", "7", "8", "9"]) + _d(rng, 2)
                sub = _d(rng, 6)
                return [f"0{a} {sub}", f"0{a}{sub}", f"+44 {a} {sub}", f"+44 (0){a} {sub}", f"0044 {a} {sub}",
                        f"0{a} {sub[:3]} {sub[3:]}", f"+44{a}{sub}", f"0{a} {sub}", f"0{a}-{sub}",
                        f"+44 {a} {sub[:3]} {sub[3:]}"][s]
            a = town[2]
            if len(a) == 2:
                sub = _d1(rng, 8)
                g = f"{sub[:4]} {sub[4:]}"
            elif len(a) == 3:
                sub = _d1(rng, 7)
                g = f"{sub[:3]} {sub[3:]}"
            else:
                sub = _d1(rng, 6)
                g = sub
            return [f"0{a} {g}", f"(0{a}) {g}", f"+44 {a} {g}", f"+44 (0){a} {g}", f"0{a} {g}", f"0{a}{sub}",
                    f"(0{a}) {g}", f"+44 {a} {g}", f"0{a} {g}", f"0044 {a} {g}"][s]
        if region == "IE":
            if kind == "mobile":
                a = self.ch(["83", "85", "86", "87", "89"])
                sub = _d1(rng, 7)
                return [f"0{a} {sub[:3]} {sub[3:]}", f"0{a}{sub}", f"+353 {a} {sub[:3]} {sub[3:]}",
                        f"+353 (0){a} {sub[:3]} {sub[3:]}", f"00353 {a} {sub}", f"0{a} {sub}", f"+353{a}{sub}",
                        f"0{a}-{sub}", f"(0{a}) {sub[:3]} {sub[3:]}", f"0{a} {sub[:3]} {sub[3:]}"][s]
            a = town[2]
            sub = _d1(rng, 7 if len(a) == 1 else (7 if a in ("21",) else 6 if len(a) == 2 else 7))
            g = f"{sub[:3]} {sub[3:]}"
            return [f"0{a} {g}", f"(0{a}) {g}", f"+353 {a} {g}", f"0{a} {sub}", f"+353 (0){a} {g}", f"0{a}-{sub}",
                    f"0{a} {g}", f"00353 {a} {sub}", f"(0{a}) {sub}", f"+353 {a} {g}"][s]
        if region == "US":
            town = town or (self.home if key == self.key else self.ch(TOWNS[key]))
            a = town[3] if kind == "land" or self.r() < 0.6 else self.ch(["312", "415", "917", "646", "213", "702",
                                                                           "919", "971", "737", "480"])
            ex = _d1(rng, 3)
            while ex[1:] == "11" or ex == "555":
                ex = _d1(rng, 3)
            ln = _d(rng, 4)
            return [f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"+1 {a} {ex} {ln}",
                    f"+1 ({a}) {ex}-{ln}", f"1-{a}-{ex}-{ln}", f"{a}{ex}{ln}", f"({a}) {ex}-{ln}",
                    f"{a}-{ex}-{ln}", f"+1-{a}-{ex}-{ln}"][s]
        if key in FOREIGN_MOBILE:
            return FOREIGN_MOBILE[key](rng)
        raise ValueError(key)

    def foreign_phone(self, cc: str) -> str:
        return FOREIGN_MOBILE[cc](self.rng)

    def hotline(self) -> str:
        r = self.rng
        region = self.key.split("_")[0]
        return {
            "DE": lambda: self.ch([f"0800 {_d(r, 3)} {_d(r, 4)}", f"0800 {_d(r, 7)}", f"0180 5 {_d(r, 6)}"]),
            "AT": lambda: self.ch([f"0800 {_d(r, 3)} {_d(r, 3)}", f"0810 {_d(r, 3)} {_d(r, 3)}"]),
            "CH": lambda: self.ch([f"0800 {_d(r, 3)} {_d(r, 3)}", f"0848 {_d(r, 3)} {_d(r, 3)}"]),
            "FR": lambda: self.ch([f"0 800 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"0 805 {_d(r, 2)} {_d(r, 2)} "
                                                                              f"{_d(r, 2)}"]),
            "BE": lambda: self.ch([f"0800 {_d(r, 2)} {_d(r, 3)}", f"078 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"]),
            "IT": lambda: self.ch([f"800 {_d(r, 3)} {_d(r, 3)}", f"numero verde 800 {_d(r, 6)}"]),
            "GB": lambda: self.ch([f"0800 {_d(r, 3)} {_d(r, 4)}", f"0300 {_d(r, 3)} {_d(r, 4)}"]),
            "IE": lambda: self.ch([f"1800 {_d(r, 3)} {_d(r, 3)}", f"1850 {_d(r, 3)} {_d(r, 3)}"]),
            "US": lambda: self.ch([f"1-800-{_d1(r, 3)}-{_d(r, 4)}", f"(888) {_d1(r, 3)}-{_d(r, 4)}"]),
        }[region]()

    def emergency(self) -> str:
        region = self.key.split("_")[0]
        return self.ch({"DE": ["112", "110"], "AT": ["112", "144", "133"], "CH": ["112", "144", "117"],
                        "FR": ["15", "17", "112"], "BE": ["112", "101"], "IT": ["112", "118"],
                        "GB": ["999", "111"], "IE": ["999", "112"], "US": ["911"]}[region])

    # -- money -----------------------------------------------------------------------------------------------
    def iban(self, cc: str | None = None, grouped: bool | None = None) -> str:
        cc = cc or {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "BE": "BE", "IT": "IT", "GB": "GB", "IE": "IE",
                    "US": "IE"}[self.key.split("_")[0]]
        r = self.rng
        if cc == "DE":
            bban = _d1(r, 8) + _d(r, 10)
        elif cc == "AT":
            bban = _d1(r, 5) + _d(r, 11)
        elif cc == "CH":
            bban = self.ch(["00762", "00700", "09000", "00235", "00767", "00483", "08401", "00764"]) + _d(r, 12)
        elif cc == "LU":
            bban = _d(r, 3) + _d(r, 13)
        elif cc == "FR":
            bank, branch, acc = self.ch(["30003", "30004", "20041", "10278", "30002", "11315", "16606"]), _d(r, 5), \
                _d(r, 11)
            bban = bank + branch + acc + fr_rib_key(bank, branch, acc)
        elif cc == "BE":
            base = self.ch(["001", "068", "063", "310", "363", "751", "732", "143"]) + _d(r, 7)
            chk = int(base) % 97 or 97
            bban = f"{base}{chk:02d}"
        elif cc == "IT":
            rest = self.ch(["03069", "02008", "05034", "03062", "01030", "05387", "08327"]) + _d(r, 5) + _d(r, 12)
            bban = it_cin(rest) + rest
        elif cc == "GB":
            bban = self.ch(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "NAIA", "MONZ"]) + _d(r, 6) + _d(r, 8)
        elif cc == "IE":
            bban = self.ch(["AIBK", "BOFI", "IPBS", "ULSB"]) + _d(r, 6) + _d(r, 8)
        elif cc == "NL":
            bban = self.ch(["INGB", "ABNA", "RABO", "TRIO"]) + _d(r, 10)
        else:
            raise ValueError(cc)
        iban = iban_check(cc, bban)
        assert iban_valid(iban)
        if grouped is None:
            grouped = self.r() < 0.65
        if grouped:
            iban = " ".join(iban[k:k + 4] for k in range(0, len(iban), 4))
        return iban

    def bic(self) -> str:
        return self.ch(["COBADEFFXXX", "GENODEF1S06", "BKAUATWW", "RZOOAT2L", "UBSWCHZH80A", "POFICHBEXXX",
                        "BNPAFRPPXXX", "CRLYFRPP", "GEBABEBB", "BBRUBEBB", "BCITITMM", "UNCRITMM", "NWBKGB2L",
                        "AIBKIE2D", "BOFIIE2D"])

    def card(self, grouped: bool | None = None) -> str:
        kind = self.ch(["visa", "visa", "mc", "mc", "amex"])
        if kind == "visa":
            num = luhn_complete("4" + _d(self.rng, 5), 16, self.rng)
        elif kind == "mc":
            num = luhn_complete(self.ch(["51", "52", "53", "54", "55", "2221", "2720"]) + _d(self.rng, 2), 16,
                                self.rng)
        else:
            num = luhn_complete(self.ch(["34", "37"]), 15, self.rng)
        assert luhn_ok(num)
        if grouped is None:
            grouped = self.r() < 0.7
        if grouped:
            if len(num) == 15:
                return f"{num[:4]} {num[4:10]} {num[10:]}"
            sep = " " if self.r() < 0.8 else "-"
            return sep.join(num[k:k + 4] for k in range(0, 16, 4))
        return num

    def expiry(self) -> str:
        return f"{self.ri(1, 12):02d}/{self.ri(26, 31)}"

    # -- mail ------------------------------------------------------------------------------------------------
    def email(self, p: Person, domain: str | None = None, key: str | None = None) -> str:
        region = (key or self.key).split("_")[0]
        domain = domain or self.ch(MAIL_DOMAINS.get(region, MAIL_DOMAINS["DE"]))
        de = self.lang == "de" and self.r() < 0.6
        f = re.sub(r"[^a-z\-]", "", fold(p.first, de).lower().replace(" ", "-"))
        la = re.sub(r"[^a-z]", "", fold(p.last, de).lower())
        y = str(p.dob.year)[2:]
        pat = self.ri(0, 9)
        local = [f"{f}.{la}", f"{f}{la}", f"{f[0]}.{la}", f"{f}_{la}", f"{la}.{f}", f"{f}.{la}{y}", f"{f}{y}",
                 f"{f[0]}{la}", f"{la}{self.ri(1, 99)}", f"{f}.{la}"][pat]
        return f"{local}@{domain}"

    def work_email(self, p: Person, domain: str) -> str:
        f = re.sub(r"[^a-z\-]", "", fold(p.first, True).lower().replace(" ", "-"))
        la = re.sub(r"[^a-z]", "", fold(p.last, True).lower())
        return self.ch([f"{f}.{la}@{domain}", f"{f[0]}.{la}@{domain}", f"{la}@{domain}"])

    # -- dates -----------------------------------------------------------------------------------------------
    def fd(self, d: dt.date, style: str = "num") -> str:
        lang, region = self.lang, self.key.split("_")[0]
        dd, mm, yy = d.day, d.month, d.year
        us = region == "US"
        if style == "num":
            if lang == "de" or region == "CH":
                return f"{dd:02d}.{mm:02d}.{yy}"
            if us:
                return f"{mm:02d}/{dd:02d}/{yy}"
            return f"{dd:02d}/{mm:02d}/{yy}"
        if style == "nz":
            if lang == "de" or region == "CH":
                return f"{dd}.{mm}.{yy}"
            if us:
                return f"{mm}/{dd}/{yy}"
            return f"{dd}/{mm}/{yy}"
        if style == "y2":
            if lang == "de" or region == "CH":
                return f"{dd:02d}.{mm:02d}.{yy % 100:02d}"
            if us:
                return f"{mm}/{dd}/{yy % 100:02d}"
            return f"{dd:02d}/{mm:02d}/{yy % 100:02d}"
        if style == "iso":
            return f"{yy}-{mm:02d}-{dd:02d}"
        if style == "dash":
            return f"{mm:02d}-{dd:02d}-{yy}" if us else f"{dd:02d}-{mm:02d}-{yy}"
        if style == "dot":
            return f"{dd:02d}.{mm:02d}.{yy}"
        if style in ("long", "abbr"):
            names = MONTHS[lang] if style == "long" else MONTHS_ABBR[lang]
            mon = names[mm - 1]
            if lang == "de" and region == "AT" and mm == 1:
                mon = "Jänner" if style == "long" else "Jän."
            if lang == "de":
                return f"{dd}. {mon} {yy}"
            if lang == "fr":
                return f"{'1er' if dd == 1 else dd} {mon} {yy}"
            if lang == "it":
                return f"{'1°' if dd == 1 else dd} {mon} {yy}"
            if us:
                return f"{mon} {dd}, {yy}"
            return f"{dd} {mon} {yy}"
        if style == "ord":
            suf = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
            mon = MONTHS["en"][mm - 1]
            if us:
                return f"{mon} {dd}{suf}, {yy}"
            return self.ch([f"{dd}{suf} {mon} {yy}", f"{dd}{suf} of {mon} {yy}"])
        raise ValueError(style)

    def dstyle(self) -> str:
        x = self.r()
        if x < 0.42:
            return "num"
        if x < 0.6:
            return "long"
        if x < 0.7:
            return "nz"
        if x < 0.78:
            return "iso"
        if x < 0.85:
            return "abbr"
        if x < 0.91:
            return "y2"
        if x < 0.95:
            return "dash"
        return "ord" if self.lang == "en" else "num"

    def dob(self, p: Person, style: str | None = None) -> str:
        return DB(self.fd(p.dob, style or self.dstyle()))

    def date(self, a: str = "2025-01-10", b: str = "2025-11-30") -> dt.date:
        d0, d1 = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
        return d0 + dt.timedelta(days=self.ri(0, (d1 - d0).days))

    def hm(self, a: int = 7, b: int = 20) -> str:
        h, m = self.ri(a, b), self.ch([0, 0, 15, 30, 45, 5, 10, 20, 40, 50])
        if self.lang == "en" and self.key == "US":
            return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
        return f"{h}:{m:02d}" if self.lang == "de" and self.r() < 0.3 else f"{h:02d}:{m:02d}" if self.lang != "fr" \
            else self.ch([f"{h}h{m:02d}", f"{h:02d}:{m:02d}"])

    def money(self, a: float, b: float) -> str:
        v = self.rng.uniform(a, b)
        region = self.key.split("_")[0]
        if region == "CH":
            return self.ch([f"CHF {v:.2f}", f"Fr. {v:.2f}", f"{v:.2f} CHF"])
        if region == "GB":
            return f"£{v:.2f}"
        if region == "US":
            return f"${v:,.2f}"
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return self.ch([f"{s} €", f"€ {s}", f"{s} EUR"]) if self.lang != "en" else f"€{v:.2f}"

    def names(self, p: Person, style: str) -> str:
        return P(p.n(style))


REQUESTS = {
    "de": ["Kannst du mir das in eine übersichtliche Tabelle bringen?", "Bitte fasse das Folgende kurz zusammen.",
           "Kannst du die Daten unten auf Fehler und fehlende Angaben prüfen?",
           "Formuliere bitte eine höfliche Antwort darauf:", "Übersetz das bitte ins Englische:",
           "Mach mir daraus bitte eine Liste zum Ausdrucken, alphabetisch sortiert.",
           "Was fehlt hier noch? Bitte kurz prüfen:", "Kannst du das als CSV für Excel aufbereiten?",
           "hilf mir bitte, das zu sortieren", "Bitte in sauberes Deutsch bringen und kürzen:"],
    "fr": ["Peux-tu mettre ça dans un tableau propre ?", "Résume-moi ce qui suit, s'il te plaît.",
           "Peux-tu vérifier les données ci-dessous (erreurs, champs manquants) ?",
           "Rédige une réponse polie à ce message :", "Traduis ceci en anglais, merci :",
           "Fais-moi une liste imprimable, triée par ordre alphabétique.", "Qu'est-ce qui manque ? Merci de vérifier :",
           "Tu peux convertir ça en CSV pour Excel ?", "aide-moi à trier tout ça stp",
           "Reformule proprement et raccourcis :"],
    "it": ["Puoi mettermi questi dati in una tabella ordinata?", "Riassumimi per favore il testo seguente.",
           "Puoi controllare se ci sono errori o dati mancanti qui sotto?", "Scrivi una risposta cortese a questo:",
           "Traduci in inglese, grazie:", "Fammi un elenco da stampare in ordine alfabetico.",
           "Cosa manca? Controlla per favore:", "Me lo converti in CSV per Excel?", "aiutami a sistemare questa roba",
           "Riscrivilo in modo più chiaro e breve:"],
    "en": ["Can you turn this into a clean table?", "Please summarise the following.",
           "Could you check the data below for mistakes or missing fields?", "Draft a polite reply to this:",
           "Please translate this into German:", "Make me a printable list from this, sorted alphabetically.",
           "What's missing here? Please check:", "Can you convert this to CSV for Excel?",
           "help me sort this out pls", "Please tidy this up and make it shorter:"],
}


# ---------------------------------------------------------------------------------------------------------------
# shared pieces
# ---------------------------------------------------------------------------------------------------------------
def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(s, True).lower()).strip("-")


def tld(c: Ctx) -> str:
    return {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "IT": "it", "GB": "org.uk", "IE": "ie",
            "US": "org"}[c.key.split("_")[0]]


def mail_head(c: Ctx, frm: str, to: str, when: str, subject: str, cc: str | None = None) -> str:
    lab = {"de": ("Von", "An", "Cc", "Datum", "Betreff"), "fr": ("De", "À", "Cc", "Date", "Objet"),
           "it": ("Da", "A", "Cc", "Data", "Oggetto"), "en": ("From", "To", "Cc", "Date", "Subject")}[c.lang]
    lines = [f"{lab[0]}: {frm}", f"{lab[1]}: {to}"]
    if cc:
        lines.append(f"{lab[2]}: {cc}")
    lines += [f"{lab[3]}: {when}", f"{lab[4]}: {subject}"]
    return "\n".join(lines)


def who(p: Person, email: str, style: str = "full") -> str:
    return f"{P(p.n(style))} <{EM(email)}>"


def when(c: Ctx, d: dt.date | None = None) -> str:
    d = d or c.date()
    wd = WEEKDAYS[c.lang][d.weekday()]
    return f"{wd}, {c.fd(d, c.ch(['num', 'long']))} {c.hm()}"


def greet(c: Ctx, p: Person | None = None, formal: bool = True) -> str:
    if p is None:
        return c.t(de="Sehr geehrte Damen und Herren,", fr="Madame, Monsieur,", it="Gentili signore e signori,",
                   en=c.ch(["Dear Sir or Madam,", "To whom it may concern,"]))
    if not formal:
        return c.t(de=f"Hallo {P(p.first)},", fr=f"Bonjour {P(p.first)},", it=f"Ciao {P(p.first)},",
                   en=f"Hi {P(p.first)},")
    if c.lang == "de":
        return f"{'Sehr geehrte Frau' if p.g == 'f' else 'Sehr geehrter Herr'} {P(p.last)},"
    if c.lang == "fr":
        return f"{'Chère Madame' if p.g == 'f' else 'Cher Monsieur'} {P(p.last)}," if c.r() < 0.5 else \
            f"{'Madame' if p.g == 'f' else 'Monsieur'},"
    if c.lang == "it":
        return f"{'Gentile signora' if p.g == 'f' else 'Gentile signor'} {P(p.last)},"
    return f"Dear {c.sal(p)} {P(p.last)},"


def bye(c: Ctx) -> str:
    return c.t(de=c.ch(["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Freundliche Grüsse"]),
               fr=c.ch(["Cordialement,", "Bien à vous,", "Meilleures salutations,", "Bien cordialement,"]),
               it=c.ch(["Cordiali saluti,", "Distinti saluti,", "Un caro saluto,", "Saluti,"]),
               en=c.ch(["Kind regards,", "Best wishes,", "Many thanks,", "Regards,", "Best,"]))


def lab(c: Ctx, key: str) -> str:
    return LABELS[key][LANGS.index(c.lang)]


LABELS = {
    "name": ("Name", "Nom", "Cognome", "Surname"),
    "first": ("Vorname", "Prénom", "Nome", "First name"),
    "fullname": ("Name", "Nom", "Nominativo", "Name"),
    "dob": ("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"),
    "dob_s": ("geb.", "né(e) le", "nato/a il", "DOB"),
    "street": ("Straße, Nr.", "Adresse", "Indirizzo", "Address"),
    "pctown": ("PLZ, Ort", "Code postal, ville", "CAP e comune", "Town / postcode"),
    "address": ("Anschrift", "Adresse", "Indirizzo", "Address"),
    "phone": ("Telefon", "Téléphone", "Telefono", "Phone"),
    "mobile": ("Mobil", "Portable", "Cellulare", "Mobile"),
    "email": ("E-Mail", "Courriel", "E-mail", "Email"),
    "date": ("Datum", "Date", "Data", "Date"),
    "sign": ("Unterschrift", "Signature", "Firma", "Signature"),
    "holder": ("Kontoinhaber/in", "Titulaire du compte", "Intestatario del conto", "Account holder"),
    "remarks": ("Bemerkung", "Remarque", "Note", "Notes"),
    "emerg": ("Notfallkontakt", "Personne à prévenir", "Contatto di emergenza", "Emergency contact"),
    "tel_s": ("Tel.", "Tél.", "Tel.", "Tel."),
}


def request(c: Ctx) -> str:
    return c.ch(REQUESTS[c.lang])


def reg_no(c: Ctx) -> str:
    region = c.key.split("_")[0]
    r = c.rng
    if region == "DE":
        return f"276 {_d(r, 2)} {_d(r, 3)} {_d(r, 3)} {_d(r, 4)}"
    if region == "AT":
        return f"VIS {_d1(r, 7)}"
    if region == "CH":
        return f"{c.ch(['ZH', 'BE', 'LU', 'SG', 'GR', 'AG', 'VD', 'GE', 'NE', 'VS', 'FR', 'TI'])}-{_d(r, 5)}"
    if region == "FR":
        return f"A{_d(r, 7)}"
    if region == "BE":
        return f"2{_d(r, 9)}"
    if region == "IT":
        return f"{_d(r, 3)}{c.home[3] if len(c.home) > 3 else 'TO'}{_d(r, 3)}"
    if region == "GB":
        return f"BB-{_d(r, 6)}"
    if region == "IE":
        return f"IE-AP-{_d(r, 5)}"
    return f"{c.home[1] if len(c.home) > 1 else 'XX'}-{_d(r, 5)}"


# ---------------------------------------------------------------------------------------------------------------
# 1. beekeeping association: registers, swarm collector lists, membership applications, disease notifications
# ---------------------------------------------------------------------------------------------------------------
BEE_SITES = {
    "de": ["Streuobstwiese am Ortsrand", "Flurstück 233/7", "Kleingarten Parz. 17", "hinter dem Friedhof",
           "Waldrand Gewann Eichholz", "Dach Rathaus", "Lehrbienenstand Vereinsheim", "Rapsfeld Flur 4"],
    "fr": ["verger communal", "parcelle ZA 112", "lieu-dit Les Combes", "jardin partagé, parcelle 9",
           "lisière du bois de la Garenne", "toit de la mairie", "rucher-école du syndicat", "colza, section B 41"],
    "it": ["frutteto comunale", "foglio 12 mappale 334", "località Prato Grande", "orto sociale lotto 9",
           "margine del bosco", "tetto del municipio", "apiario didattico dell'associazione",
           "castagneto sopra il paese"],
    "en": ["community orchard", "allotment plot 17", "Home Farm, top field", "behind the churchyard",
           "edge of Long Wood", "library roof", "association teaching apiary", "rapeseed field by the A-road"],
}


def bee_site(c: Ctx) -> str:
    if c.r() < 0.45:
        return AD(c.addr(plain_line=True, town=c.home).line)
    return c.ch(BEE_SITES[c.lang])


def t_beekeeping(c: Ctx) -> tuple[str, str]:
    v = c.i % 4
    town = c.home[0].split(",")[0] if c.key in ("GB", "IE", "US") else c.home[1]
    if v == 0:
        style = c.ch(["lf", "full", "LF", "lastfirst" if c.lang == "it" else "lf"])
        ds = c.ch(["num", "num", "nz", "iso", "y2"])
        hdr = {"de": ["Nr.", "Name", "geb.", "Anschrift", "Telefon", "Völker", "Standort", "Reg.-Nr."],
               "fr": ["N°", "Nom", "Né(e) le", "Adresse", "Téléphone", "Ruches", "Rucher", "N° NAPI"],
               "it": ["N.", "Nominativo", "Nato/a il", "Indirizzo", "Telefono", "Alveari", "Apiario", "Cod. apiario"],
               "en": ["No.", "Name", "DOB", "Address", "Phone", "Colonies", "Apiary site", "Reg. no."]}[c.lang]
        rows = []
        for k in range(c.ri(4, 6)):
            p = c.person(age=(15, 86))
            ph = c.phone(c.ch(["mobile", "mobile", "land"]))
            rows.append([str(k + 1), P(p.n(style)), c.dob(p, ds), AD(c.addr().one()), PH(ph) if c.r() < 0.8 else "",
                         str(c.ri(1, 28)),
                         bee_site(c), reg_no(c)])
        tres = c.person()
        title = c.t(de=f"Imkerverein {town} u. U. e.V. – Mitglieder- und Standortverzeichnis, Stand {c.fd(c.date())}",
                    fr=f"Syndicat apicole de {town} – registre des membres et des ruchers (maj {c.fd(c.date())})",
                    it=f"Associazione Apicoltori {town} – registro soci e apiari (agg. {c.fd(c.date())})",
                    en=f"{town} & District Beekeepers' Association – members and apiaries ({c.fd(c.date())})")
        region = c.key.split("_")[0]
        if region in ("GB", "US"):
            pay = c.t(en=f"Subs {c.money(18, 40)}; sort code {_d(c.rng, 2)}-{_d(c.rng, 2)}-{_d(c.rng, 2)}, "
                         f"acc. {_d(c.rng, 8)}" if region == "GB" else f"Dues {c.money(15, 40)}/yr, checks payable "
                                                                        f"to the association", de="", fr="", it="")
        else:
            pay = c.t(de=f"Vereinskonto: {IB(c.iban())} – Beitrag 2025: {c.money(25, 45)} + {c.money(0.5, 2)} je "
                         f"Volk (Tierseuchenkasse)",
                      fr=f"Compte du syndicat : {IB(c.iban())} – cotisation 2025 : {c.money(20, 40)} + assurance "
                         f"{c.money(0.3, 1)}/ruche",
                      it=f"IBAN associazione: {IB(c.iban())} – quota 2025: {c.money(20, 40)}, assicurazione "
                         f"{c.money(0.5, 2)} ad alveare",
                      en=f"Association account: {IB(c.iban())} – subs {c.money(20, 40)}")
        foot = c.t(de=f"Kassenwart/in: {P(tres.n('full'))}, {PH(c.phone())}", fr=f"Trésorier·e : "
                   f"{P(tres.n('full'))}, {PH(c.phone())}", it=f"Tesoriere: {P(tres.n('full'))}, {PH(c.phone())}",
                   en=f"Treasurer: {P(tres.n('full'))}, {PH(c.phone())}")
        body = f"# {title}\n\n{md_table(hdr, rows)}\n\n{foot}\n{pay}"
        return f"{request(c)}\n\n{body}", ""
    if v == 1:
        hdr = {"de": ["Gebiet", "Name", "Mobil", "erreichbar", "Bemerkung"],
               "fr": ["Secteur", "Nom", "Portable", "Disponible", "Remarque"],
               "it": ["Zona", "Nome", "Cellulare", "Reperibile", "Note"],
               "en": ["Area", "Name", "Mobile", "Available", "Notes"]}[c.lang]
        avail = {"de": ["Mo–Fr ab 17 Uhr", "nur Wochenende", "jederzeit", "vormittags", "nicht im Juni"],
                 "fr": ["lun.–ven. après 17h", "week-end seulement", "à toute heure", "le matin", "pas en juin"],
                 "it": ["lun–ven dopo le 17", "solo weekend", "sempre", "mattina", "non a giugno"],
                 "en": ["weekdays after 5pm", "weekends only", "any time", "mornings", "not in June"]}[c.lang]
        notes = {"de": ["hat lange Leiter", "nur bis 3 m Höhe", "kein Auto", "Leihbeute vorhanden", "",
                        "Anfänger – mit Pate"],
                 "fr": ["a une grande échelle", "jusqu'à 3 m seulement", "pas de voiture", "ruchette de prêt", "",
                        "débutant – avec parrain"],
                 "it": ["ha scala lunga", "solo fino a 3 m", "senza auto", "arnietta in prestito", "",
                        "principiante – con tutor"],
                 "en": ["has long ladder", "up to 3 m only", "no car", "spare nuc box", "", "beginner – with mentor"]
                 }[c.lang]
        towns = [t[1] if c.key not in ("GB", "IE", "US") else t[0] for t in TOWNS[c.key]]
        rows = []
        style = c.ch(["full", "init", "full"])
        for _ in range(c.ri(4, 6)):
            p = c.person(age=(20, 80))
            note = c.ch(notes)
            if note.endswith(("Pate", "parrain", "tutor", "mentor")):
                note += f" {P(c.person().n('full'))}"
            ph = PH(c.phone())
            if c.r() < 0.1:
                ph += f" / {PH(c.phone('land'))}"
            area = c.ch(towns) + c.ch(["", "", " Nord", " Süd"] if c.lang == "de" else ["", "", ""])
            rows.append([area, P(p.n(style)), ph, c.ch(avail), note])
        title = c.t(de=f"Schwarmfänger {town} – Saison 2025 (Stand {c.fd(c.date('2025-03-01', '2025-04-20'))})",
                    fr=f"Récupérateurs d'essaims – {town}, saison 2025",
                    it=f"Recupero sciami – {town}, stagione 2025",
                    en=f"Swarm collectors – {town} area, season 2025")
        em = c.emergency()
        warn = c.t(de=f"Wespen und Hornissen: nicht zuständig. Feuerwehr ({em}) nur bei akuter Gefahr.",
                   fr=f"Guêpes et frelons : nous n'intervenons pas. Pompiers ({em}) uniquement en cas de danger.",
                   it=f"Vespe e calabroni: non di nostra competenza. Vigili del fuoco ({em}) solo in caso di pericolo.",
                   en=f"Wasps and hornets: not us. Call {em} only if someone is in danger.")
        reports = []
        for _ in range(c.ri(1, 3)):
            caller = c.person()
            d = c.date("2025-04-15", "2025-07-10")
            taker = c.person()
            a = c.addr(town=c.home)
            m = c.ri(2, 8)
            reports.append(c.t(
                de=f"Meldung {c.fd(d, 'nz')}, {c.hm(8, 19)}: {P(caller.n('full'))}, {AD(a.one())}, Rückruf "
                   f"{PH(c.phone())}. Schwarm ca. {m} m hoch im Kirschbaum. Übernommen: {P(taker.first)}.",
                fr=f"Appel du {c.fd(d, 'nz')} à {c.hm(8, 19)} : {c.sal(caller)} {P(caller.n('full'))}, "
                   f"{AD(a.one())}, rappeler au {PH(c.phone())}. Essaim à {m} m dans le cerisier. Pris par "
                   f"{P(taker.first)}.",
                it=f"Segnalazione {c.fd(d, 'nz')} ore {c.hm(8, 19)}: {P(caller.n('full'))}, {AD(a.one())}, "
                   f"richiamare al {PH(c.phone())}. Sciame a circa {m} m sul ciliegio. Preso in carico da "
                   f"{P(taker.first)}.",
                en=f"Call {c.fd(d, 'nz')} {c.hm(8, 19)}: {P(caller.n('full'))}, {AD(a.one())}, call back on "
                   f"{PH(c.phone())}. Swarm about {m} m up in a cherry tree. Taken by {P(taker.first)}."))
        body = f"{title}\n\n{fixed_table(hdr, rows)}\n\n{warn}\n\n" + "\n".join(reports)
        return f"{request(c)}\n\n{body}", ""
    if v == 2:
        p = c.person(age=(18, 75))
        a = c.addr()
        holder = p if c.r() < 0.7 else c.partner(p)
        d = c.date()
        sec = c.person()
        region = c.key.split("_")[0]
        r = c.rng
        ph1, ph2 = PH(c.phone("land")), PH(c.phone())
        if c.lang == "de":
            body = (f"BEITRITTSERKLÄRUNG – Imkerverein {town} und Umgebung e.V.\n\n"
                    f"Name: {P(p.last)}          Vorname: {P(p.first)}\n"
                    f"Geburtsdatum: {c.dob(p)}\n"
                    f"Straße, Hausnr.: {AD(a.line)}\nPLZ, Ort: {AD(a.pctown())}\n"
                    f"Telefon: {ph1}     Mobil: {ph2}\nE-Mail: {EM(c.email(p))}\n"
                    f"Anzahl Völker: {c.ri(1, 12)}     Imker/in seit: {c.ri(1990, 2024)}\n"
                    f"Sachkundenachweis: Kurs Nr. {c.ri(18, 25)}-{_d(r, 3)}\n\n"
                    f"SEPA-Lastschriftmandat\nGläubiger-Identifikationsnummer: {region}{_d(r, 2)}ZZZ{_d(r, 11)}\n"
                    f"Mandatsreferenz: IMK-2025-{_d(r, 3)}\nKontoinhaber/in: {P(holder.n('full'))}\n"
                    f"IBAN: {IB(c.iban())}\nBIC: {c.bic()}\n\n"
                    f"{town}, den {c.fd(d)}          Unterschrift: {P(p.n('full'))}\n\n"
                    f"-- intern: aufgenommen in der Vorstandssitzung vom {c.fd(c.date())}, "
                    f"Schriftführerin {P(sec.n('full'))}")
        elif c.lang == "fr":
            body = (f"BULLETIN D'ADHÉSION – Syndicat d'apiculture de {town}\n\n"
                    f"Nom : {P(p.last.upper())}     Prénom : {P(p.first)}\n"
                    f"Né(e) le : {c.dob(p)}\nAdresse : {AD(a.line)}\nCode postal / Ville : {AD(a.pctown())}\n"
                    f"Tél. fixe : {ph1}     Portable : {ph2}\nCourriel : {EM(c.email(p))}\n"
                    f"Nombre de ruches : {c.ri(1, 15)}     N° d'apiculteur : {reg_no(c)}\n"
                    f"Cotisation 2025 : {c.money(20, 40)} (+ assurance {c.money(0.3, 1)} par ruche)\n\n"
                    f"MANDAT DE PRÉLÈVEMENT SEPA\nICS : {region}{_d(r, 2)}ZZZ{_d(r, 6)}\nRUM : API-2025-{_d(r, 4)}\n"
                    f"Titulaire du compte : {P(holder.n('full'))}\nIBAN : {IB(c.iban())}\nBIC : {c.bic()}\n\n"
                    f"Fait à {town}, le {c.fd(d, 'long')}     Signature : {P(p.n('full'))}\n\n"
                    f"Cadre réservé : reçu par {P(sec.n('full'))} le {c.fd(c.date())}")
        elif c.lang == "it":
            body = (f"DOMANDA DI ISCRIZIONE – Associazione Apicoltori {town}\n\n"
                    f"Cognome: {P(p.last)}     Nome: {P(p.first)}\n"
                    f"{'Nata' if p.g == 'f' else 'Nato'} il: {c.dob(p)}   a: {c.ch(TOWNS[c.key])[1]}\n"
                    f"Indirizzo: {AD(a.line)}\nCAP e comune: {AD(a.pctown())}\n"
                    f"Telefono: {ph1}   Cellulare: {ph2}\nE-mail: {EM(c.email(p))}\n"
                    f"N. alveari: {c.ri(1, 20)}   Codice apiario: {reg_no(c)}\n"
                    f"Quota associativa 2025: {c.money(20, 40)}\n\n"
                    f"Mandato SEPA – codice creditore {region}{_d(r, 2)}ZZZ{_d(r, 11)}\n"
                    f"Intestatario del conto: {P(holder.n('full'))}\nIBAN: {IB(c.iban())}\n\n"
                    f"Luogo e data: {town}, {c.fd(d)}     Firma: {P(p.n('full'))}\n\n"
                    f"Riservato alla segreteria: registrata da {P(sec.n('full'))}, delibera del {c.fd(c.date())}")
        else:
            if region == "GB":
                pay = (f"Payment: standing order, sort code {_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}, account no. "
                       f"{_d(r, 8)}")
            elif region == "IE":
                pay = f"Payment: SEPA direct debit from {IB(c.iban())} (holder: {P(holder.n('full'))})"
            else:
                pay = (f"Payment: card {CD(c.card())}, exp. {c.expiry()}, name on card: "
                       f"{P(holder.n('full').upper())}")
            body = (f"MEMBERSHIP APPLICATION – {town} & District Beekeepers' Association\n\n"
                    f"Title: {c.sal(p)}   First name: {P(p.first)}   Surname: {P(p.last)}\n"
                    f"Date of birth (insurance): {c.dob(p)}\nAddress: {AD(a.line)}\n"
                    f"Town / postcode: {AD(a.pctown())}\nHome phone: {ph1}   Mobile: {ph2}\n"
                    f"Email: {EM(c.email(p))}\nNumber of colonies: {c.ri(1, 10)}   Apiary reg.: {reg_no(c)}\n"
                    f"Membership: {c.ch(['Registered', 'Country', 'Partner'])} ({c.money(15, 40)})\n{pay}\n\n"
                    f"Signed: {P(p.n('full'))}   Date: {c.fd(d)}\n\nFor office use: entered by "
                    f"{P(sec.n('full'))} on {c.fd(c.date())}")
        return f"{request(c)}\n\n{body}", ""
    # v == 3: disease notification mail thread
    p = c.person(age=(25, 80))
    pe = c.email(p)
    a = c.addr()
    site = c.addr(plain_line=True, town=c.home)
    insp, clerk = c.person(), c.person()
    office = c.addr(plain_line=True)
    n = c.ri(3, 14)
    d = c.date("2025-05-01", "2025-09-15")
    neigh = []
    for _ in range(c.ri(2, 4)):
        q = c.person()
        x = f"- {P(q.n('full'))}, {AD(c.addr(town=c.home).one())}"
        if c.r() < 0.4:
            x += f", {lab(c, 'tel_s')} {PH(c.phone())}"
        neigh.append(x)
    neigh_s = "\n".join(neigh)
    role = {"de": "veterinaeramt", "fr": "ddpp-sante-animale", "it": "veterinaria", "en": "beeinspectors"}[c.lang]
    to = f"{role}@{slug(c.home[1] if c.key not in ('GB', 'IE', 'US') else c.home[0])}.{tld(c)}"
    off_ph = PH(c.phone("land"))
    subj = c.t(de="Verdacht Amerikanische Faulbrut – Stand", fr="Suspicion de loque américaine – rucher",
               it="Sospetta peste americana – apiario", en="Suspected AFB – apiary at")
    head = mail_head(c, who(p, pe), to, when(c, d), f"{subj} {AD(site.line)}")
    ref = f"{_d(c.rng, 4)}/{_d(c.rng, 2)}"
    if c.lang == "de":
        body = (f"{greet(c)}\n\nbei der Durchsicht heute habe ich an meinem Stand {AD(site.line)} (Reg.-Nr. "
                f"{reg_no(c)}) in zwei von {n} Völkern eingesunkene, löchrige Zelldeckel gefunden, Streichholzprobe "
                f"positiv. Fluglöcher sind eingeengt, es wurde nichts bewegt.\n\nIm 1-km-Umkreis stehen meines "
                f"Wissens noch Völker von:\n{neigh_s}\n\n{bye(c)}\n{P(p.n('full'))}\n{AD(a.line)}\n{AD(a.pctown())}\n"
                f"Tel. {PH(c.phone())}\n\n---\n\n{greet(c, p)}\n\nvielen Dank für Ihre Meldung (Az. {ref}). Der "
                f"Bienensachverständige {P(insp.n('full'))} kommt am {c.fd(d + dt.timedelta(days=2))} gegen "
                f"{c.hm(8, 16)} Uhr zur Probenahme; er ist unter {PH(c.phone())} erreichbar. Bitte bis dahin keine "
                f"Waben entnehmen und keine Geräte verleihen.\n\n{bye(c)}\nIm Auftrag\n{P(clerk.n('full'))}\n"
                f"Veterinäramt {town}\n{AD(office.one())}\nTel. {off_ph}")
    elif c.lang == "fr":
        body = (f"{greet(c)}\n\nlors de la visite de ce jour, j'ai constaté sur mon rucher situé {AD(site.one())} "
                f"(n° {reg_no(c)}) des opercules affaissés et percés dans deux colonies sur {n} ; test de "
                f"l'allumette positif. Les entrées sont réduites et rien n'a été déplacé.\n\nÀ ma connaissance, "
                f"d'autres ruchers se trouvent dans un rayon de 1 km :\n{neigh_s}\n\n{bye(c)}\n{P(p.n('full'))}\n"
                f"{AD(a.line)}\n{AD(a.pctown())}\nTél. {PH(c.phone())}\n\n---\n\n{greet(c, p)}\n\nnous accusons "
                f"réception de votre déclaration (réf. {ref}). Notre technicien sanitaire apicole, "
                f"{P(insp.n('full'))}, passera le {c.fd(d + dt.timedelta(days=2), 'long')} vers {c.hm(8, 16)} pour "
                f"les prélèvements ({PH(c.phone())}). D'ici là, merci de ne retirer aucun cadre.\n\n{bye(c)}\n"
                f"{P(clerk.n('full'))}\nService santé et protection animales\n{AD(office.one())}\nTél. {off_ph}")
    elif c.lang == "it":
        body = (f"{greet(c)}\n\ndurante il controllo di oggi nel mio apiario di {AD(site.one())} (codice "
                f"{reg_no(c)}) ho trovato opercoli infossati e forati in due famiglie su {n}; prova dello stecchino "
                f"positiva. Ho ristretto le porticine e non ho spostato nulla.\n\nNel raggio di 1 km ci sono, che io "
                f"sappia, anche gli alveari di:\n{neigh_s}\n\n{bye(c)}\n{P(p.n('full'))}\n{AD(a.line)}\n"
                f"{AD(a.pctown())}\nTel. {PH(c.phone())}\n\n---\n\n{greet(c, p)}\n\nabbiamo ricevuto la sua "
                f"segnalazione (prot. {ref}). L'esperto apistico {P(insp.n('full'))} passerà il "
                f"{c.fd(d + dt.timedelta(days=2), 'long')} verso le {c.hm(8, 16)} per il campionamento (cell. "
                f"{PH(c.phone())}). Nel frattempo non rimuova favi.\n\n{bye(c)}\n{P(clerk.n('full'))}\n"
                f"Servizio veterinario – Area sanità animale\n{AD(office.one())}\nTel. {off_ph}")
    else:
        body = (f"{greet(c)}\n\nDuring today's inspection at my apiary at {AD(site.one())} (reg. {reg_no(c)}) I "
                f"found sunken, perforated cappings in two of my {n} colonies; the matchstick test was positive. "
                f"Entrances are reduced and nothing has been moved.\n\nAs far as I know there are also colonies "
                f"within 1 km belonging to:\n{neigh_s}\n\n{bye(c)}\n{P(p.n('full'))}\n{AD(a.line)}\n"
                f"{AD(a.pctown())}\n{PH(c.phone())}\n\n---\n\n{greet(c, p)}\n\nThank you for your report (ref. "
                f"{ref}). Our bee inspector {P(insp.n('full'))} will visit on "
                f"{c.fd(d + dt.timedelta(days=2), 'long')} at around {c.hm(8, 16)} to take samples; you can "
                f"reach them on {PH(c.phone())}. Please do not remove any frames until then.\n\n{bye(c)}\n"
                f"{P(clerk.n('full'))}\nBee Health Team\n{AD(office.one())}\nTel {off_ph}")
    return f"{request(c)}\n\n{head}\n\n{body}", ""


# ---------------------------------------------------------------------------------------------------------------
# 2. hospital chaplaincy: referral lists, visit notes, relatives' mails, on-call rosters
# ---------------------------------------------------------------------------------------------------------------
def t_chaplaincy(c: Ctx) -> tuple[str, str]:
    v = c.i % 4
    town = c.home[0].split(",")[0] if c.key in ("GB", "IE", "US") else c.home[1]
    hosp = c.t(de=f"Klinikum {town}", fr=f"Centre hospitalier de {town}", it=f"Ospedale civile di {town}",
               en=f"{town} General Hospital")
    kin = {"de": {"f": ["Tochter", "Ehefrau", "Schwester", "Nichte", "Enkelin"],
                  "m": ["Sohn", "Ehemann", "Bruder", "Neffe", "Enkel"]},
           "fr": {"f": ["fille", "épouse", "sœur", "nièce", "petite-fille"],
                  "m": ["fils", "époux", "frère", "neveu", "petit-fils"]},
           "it": {"f": ["figlia", "moglie", "sorella", "nipote", "nuora"],
                  "m": ["figlio", "marito", "fratello", "nipote", "genero"]},
           "en": {"f": ["daughter", "wife", "sister", "niece", "granddaughter"],
                  "m": ["son", "husband", "brother", "nephew", "grandson"]}}[c.lang]
    if v == 0:
        hdr = {"de": ["Zi.", "Patient/in", "geb.", "Konf.", "Anliegen", "Angehörige"],
               "fr": ["Ch.", "Patient(e)", "Né(e) le", "Culte", "Demande", "Proche"],
               "it": ["Stanza", "Paziente", "Nato/a", "Conf.", "Richiesta", "Familiare"],
               "en": ["Bed", "Patient", "DOB", "Faith", "Request", "Next of kin"]}[c.lang]
        conf = {"de": ["rk", "ev", "orth.", "musl.", "ohne", "nak", "ev.-ref."],
                "fr": ["cath.", "prot.", "orth.", "musulman", "sans", "juif"],
                "it": ["catt.", "valdese", "ortod.", "musulm.", "nessuna", "ebraica"],
                "en": ["RC", "CofE", "Orthodox", "Muslim", "None", "Methodist", "Jewish"]}[c.lang]
        req = {"de": ["Gespräch", "Krankensalbung", "Abendmahl", "Sterbebegleitung", "Segen vor OP", "Rosenkranz"],
               "fr": ["écoute", "onction des malades", "communion", "accompagnement fin de vie", "bénédiction",
                      "prière"],
               "it": ["colloquio", "unzione degli infermi", "comunione", "accompagnamento", "benedizione",
                      "rosario"],
               "en": ["pastoral visit", "anointing", "Holy Communion", "end-of-life support", "blessing before op",
                      "prayer"]}[c.lang]
        ds = c.ch(["num", "nz", "y2", "num"])
        rows = []
        st = c.ch(["LcF", "LF", "lf"])
        for _ in range(c.ri(4, 6)):
            p = c.person(age=(30, 97))
            room = f"{c.ri(1, 6)}{c.ri(0, 3)}{c.ri(1, 9)}" + c.ch(["", "-1", "-2", "a", "b"])
            if c.r() < 0.65:
                rel = c.person(last=p.last if c.r() < 0.6 else None)
                relc = f"{c.ch(kin[rel.g])} {P(rel.n('full'))}" + (f" {PH(c.phone())}" if c.r() < 0.7 else "")
            else:
                relc = "—"
            rows.append([room, P(p.n(st)), c.dob(p, ds), c.ch(conf), c.ch(req), relc])
        ward = c.ri(1, 9)
        title = c.t(de=f"{hosp} – Seelsorge-Anforderungen Station {ward}{c.ch('ABC')}, KW {c.ri(2, 50)}",
                    fr=f"{hosp} – demandes à l'aumônerie, service de médecine {ward}, semaine {c.ri(2, 50)}",
                    it=f"{hosp} – richieste alla cappellania, reparto medicina {ward}, settimana {c.ri(2, 50)}",
                    en=f"{hosp} – chaplaincy referrals, Ward {ward}{c.ch('ABC')}, week {c.ri(2, 50)}")
        sender = c.person()
        foot = c.t(de=f"Erstellt: {P(sender.n('init'))}, Stationsleitung, Piepser {c.ri(4000, 4999)}",
                   fr=f"Établi par {P(sender.n('init'))}, cadre de santé, bip {c.ri(4000, 4999)}",
                   it=f"Compilato da {P(sender.n('init'))}, coordinatrice infermieristica, cerca-persone "
                      f"{c.ri(4000, 4999)}",
                   en=f"Compiled by {P(sender.n('init'))}, ward sister, bleep {c.ri(4000, 4999)}")
        return f"{request(c)}\n\n{title}\n\n{fixed_table(hdr, rows)}\n\n{foot}", ""
    if v == 1:
        entries = []
        chap = c.person(age=(30, 70))
        for _ in range(c.ri(3, 4)):
            d = c.date()
            p = c.person(age=(35, 97))
            room = f"{c.ri(1, 6)}{c.ri(0, 3)}{c.ri(1, 9)}"
            rel = c.person(last=p.last if c.r() < 0.6 else None)
            other = c.person(g="m")
            nb = c.person()
            kind = c.ri(0, 3)
            rk = c.ch(kin[rel.g])
            if c.lang == "de":
                s = [f"{c.fd(d, 'nz')}, {c.hm()} – Besuch bei {c.sal(p, 'dat')} {P(p.last)} (Zi. {room}, geb. "
                     f"{c.dob(p)}). Erzählt viel von früher, Wunsch nach Abendmahl am Sonntag. {rk.capitalize()} "
                     f"{P(rel.n('full'))} informiert, Tel. {PH(c.phone())}.",
                     f"{c.fd(d, 'nz')} – {P(p.n('full'))} (Zi. {room}) wünscht muslimische Seelsorge; "
                     f"Kontakt zu {P(other.n('full'))} vom Besuchsdienst der Gemeinde hergestellt "
                     f"({PH(c.phone())}).",
                     f"{c.fd(d, 'nz')} – Anruf von {P(nb.n('full'))}, Nachbar/in von {c.sal(p, 'dat')} "
                     f"{P(p.last)}: keine Angehörigen mehr, Wohnung {AD(c.addr().one())} ist versorgt. Rückruf "
                     f"unter {PH(c.phone())} erbeten.",
                     f"{c.fd(d, 'nz')} – Krankensalbung bei {P(p.n('full'))} (geb. {c.dob(p)}) durch Pfarrer "
                     f"{P(other.last)}, {rk} {P(rel.first)} war dabei."][kind]
            elif c.lang == "fr":
                s = [f"{c.fd(d, 'nz')}, {c.hm()} – visite à {c.sal(p)} {P(p.last)} (ch. {room}, {c.born(p)} "
                     f"{c.dob(p)}). Parle beaucoup de son village, souhaite la communion dimanche. Sa {rk} "
                     f"{P(rel.n('full'))} prévenue, tél. {PH(c.phone())}." if rel.g == "f" else
                     f"{c.fd(d, 'nz')}, {c.hm()} – visite à {c.sal(p)} {P(p.last)} (ch. {room}, {c.born(p)} "
                     f"{c.dob(p)}). Souhaite la communion dimanche. Son {rk} {P(rel.n('full'))} prévenu, tél. "
                     f"{PH(c.phone())}.",
                     f"{c.fd(d, 'nz')} – {P(p.n('full'))} (ch. {room}) souhaite rencontrer un aumônier musulman ; "
                     f"mise en relation avec {P(other.n('full'))} ({PH(c.phone())}).",
                     f"{c.fd(d, 'nz')} – appel de {P(nb.n('full'))}, voisin(e) de {c.sal(p)} {P(p.last)} : plus "
                     f"de famille, l'appartement {AD(c.addr().one())} est fermé. Rappeler au {PH(c.phone())}.",
                     f"{c.fd(d, 'nz')} – onction des malades pour {P(p.n('full'))} ({c.born(p)} {c.dob(p)}) par "
                     f"l'abbé {P(other.last)}, en présence de {P(rel.first)}."][kind]
            elif c.lang == "it":
                s = [f"{c.fd(d, 'nz')}, ore {c.hm()} – visita a {c.sal(p)} {P(p.last)} (stanza {room}, "
                     f"{c.born(p)} {c.dob(p)}). Desidera la comunione domenica. Avvisato/a {rk} "
                     f"{P(rel.n('full'))}, tel. {PH(c.phone())}.",
                     f"{c.fd(d, 'nz')} – {P(p.n('full'))} (stanza {room}) chiede di parlare con un imam; contattato "
                     f"{P(other.n('full'))} della comunità ({PH(c.phone())}).",
                     f"{c.fd(d, 'nz')} – telefona {P(nb.n('full'))}, vicino/a di {c.sal(p)} {P(p.last)}: non ha "
                     f"più parenti, l'appartamento in {AD(c.addr().one())} è chiuso. Richiamare al "
                     f"{PH(c.phone())}.",
                     f"{c.fd(d, 'nz')} – unzione degli infermi a {P(p.n('full'))} ({c.born(p)} {c.dob(p)}) da "
                     f"parte di don {P(other.last)}, presente {rk} {P(rel.first)}."][kind]
            else:
                s = [f"{c.fd(d, 'nz')}, {c.hm()} – visited {c.sal(p)} {P(p.last)} (bed {room}, DOB {c.dob(p)}). "
                     f"Talked about the garden, would like Communion on Sunday. {rk.capitalize()} "
                     f"{P(rel.n('full'))} informed on {PH(c.phone())}.",
                     f"{c.fd(d, 'nz')} – {P(p.n('full'))} (bed {room}) asked to see a Muslim chaplain; put in "
                     f"touch with {P(other.n('full'))} from the mosque visiting team ({PH(c.phone())}).",
                     f"{c.fd(d, 'nz')} – call from {P(nb.n('full'))}, neighbour of {c.sal(p)} {P(p.last)}: no "
                     f"family left, the flat at {AD(c.addr().one())} is locked up. Please ring back on "
                     f"{PH(c.phone())}.",
                     f"{c.fd(d, 'nz')} – anointing for {P(p.n('full'))} (DOB {c.dob(p)}) by Fr {P(other.last)}, "
                     f"{rk} {P(rel.first)} present."][kind]
            entries.append(s)
        sig = c.t(de=f"– {P(chap.n('full'))}, Klinikseelsorge, Piepser {c.ri(4000, 4999)}",
                  fr=f"– {P(chap.n('full'))}, aumônerie, bip {c.ri(4000, 4999)}",
                  it=f"– {P(chap.n('full'))}, cappellania, cerca-persone {c.ri(4000, 4999)}",
                  en=f"– {P(chap.n('full'))}, Chaplaincy, bleep {c.ri(4000, 4999)}")
        title = c.t(de="Besuchsnotizen Seelsorge (vertraulich)", fr="Notes de visite – aumônerie (confidentiel)",
                    it="Note di visita – cappellania (riservato)", en="Chaplaincy visit notes (confidential)")
        body = f"{title}\n\n" + "\n\n".join(entries) + f"\n\n{sig}"
        return f"{request(c)}\n\n{body}", "wrap" if c.r() < 0.4 else ""
    if v == 2:
        rel = c.person(age=(30, 70))
        p = c.person(g="f", last=rel.last if c.r() < 0.6 else None, age=(60, 97))
        chap = c.person()
        a = c.addr()
        re_ = c.email(rel)
        ward = c.ri(1, 9)
        dom = c.t(de=f"klinikum-{slug(town)}", fr=f"ch-{slug(town)}", it=f"ospedale-{slug(town)}",
                  en=f"{slug(town)}general") + "." + tld(c)
        cemail = c.work_email(chap, dom)
        parish = c.t(de="St. Martin", fr="Saint-Pierre", it="San Lorenzo", en="St Mary's")
        pr1, pr2 = P(c.person(g="m").last), P(c.person(g="m").last)
        bro = P(c.person(g="m", last=rel.last).first)
        office = PH(c.phone("land"))
        if c.lang == "de":
            t = (f"{mail_head(c, who(rel, re_), 'seelsorge@' + dom, when(c), 'Bitte um Besuch – ' + P(p.n('full')))}"
                 f"\n\n{greet(c)}\n\nmeine Mutter {P(p.n('full'))}, geb. {c.dob(p)}, liegt seit Montag auf "
                 f"Station {ward} (Zimmer {c.ri(100, 450)}). Sie ist sehr unruhig und hat nach einem Pfarrer gefragt. "
                 f"Ihre Heimatgemeinde ist {parish} in der Nähe ihrer Wohnung ({AD(a.one())}); Pfarrer "
                 f"{pr1} kennt sie gut.\nIch selbst wohne weit weg, bin aber unter "
                 f"{PH(c.phone())} jederzeit erreichbar, mein Bruder {bro} unter "
                 f"{PH(c.phone())}.\n\n{bye(c)}\n{P(rel.n('full'))}\n\n---\n\n{greet(c, rel)}\n\ndanke für Ihre "
                 f"Nachricht. Ich war heute Nachmittag bei Ihrer Mutter, wir haben zusammen gebetet. Ich habe "
                 f"Pfarrer {pr2} von {parish} verständigt. Sie erreichen mich direkt unter {office} "
                 f"Durchwahl {c.ri(10, 99)}.\n\n{bye(c)}\n{P(chap.n('full'))}\nKatholische Klinikseelsorge\n"
                 f"{EM(cemail)}")
        elif c.lang == "fr":
            t = (f"{mail_head(c, who(rel, re_), 'aumonerie@' + dom, when(c), 'Demande de visite – ' + P(p.n('full')))}"
                 f"\n\n{greet(c)}\n\nma mère, {P(p.n('full'))}, {c.born(p)} {c.dob(p)}, est hospitalisée depuis "
                 f"lundi en service {ward} (chambre {c.ri(100, 450)}). Elle est angoissée et a demandé un prêtre. Sa "
                 f"paroisse est {parish}, près de chez elle ({AD(a.one())}) ; le père {pr1} la "
                 f"connaît bien.\nJ'habite loin mais je suis joignable au {PH(c.phone())}, mon frère "
                 f"{bro} au {PH(c.phone())}.\n\n{bye(c)}\n{P(rel.n('full'))}\n\n---\n\n"
                 f"{greet(c, rel)}\n\nmerci pour votre message. Je suis passé voir votre mère cet après-midi et nous "
                 f"avons prié ensemble. J'ai prévenu le père {pr2}. Vous pouvez me joindre au {office} "
                 f"poste {c.ri(10, 99)}.\n\n{bye(c)}\n{P(chap.n('full'))}\nAumônerie catholique\n{EM(cemail)}")
        elif c.lang == "it":
            t = (f"{mail_head(c, who(rel, re_), 'cappellania@' + dom, when(c), 'Richiesta visita – ' + P(p.n('full')))}"
                 f"\n\n{greet(c)}\n\nmia madre {P(p.n('full'))}, {c.born(p)} {c.dob(p)}, è ricoverata da lunedì "
                 f"in medicina {ward} (stanza {c.ri(100, 450)}). È molto agitata e ha chiesto un sacerdote. La sua "
                 f"parrocchia è {parish}, vicino a casa sua ({AD(a.one())}); don {pr1} la conosce "
                 f"bene.\nIo abito lontano ma sono raggiungibile al {PH(c.phone())}, mio fratello "
                 f"{bro} al {PH(c.phone())}.\n\n{bye(c)}\n{P(rel.n('full'))}\n\n---\n\n"
                 f"{greet(c, rel)}\n\ngrazie del messaggio. Oggi pomeriggio sono passato da sua madre e abbiamo "
                 f"pregato insieme. Ho avvisato don {pr2}. Mi trova al {office} interno "
                 f"{c.ri(10, 99)}.\n\n{bye(c)}\n{P(chap.n('full'))}\nCappellania ospedaliera\n{EM(cemail)}")
        else:
            t = (f"{mail_head(c, who(rel, re_), 'chaplaincy@' + dom, when(c), 'Visit request – ' + P(p.n('full')))}"
                 f"\n\n{greet(c)}\n\nMy mum, {P(p.n('full'))} (DOB {c.dob(p)}), was admitted to Ward {ward} on "
                 f"Monday (bay {c.ri(1, 6)}). She is quite anxious and has been asking for a priest. Her parish is "
                 f"{parish}, near her home at {AD(a.one())}; Fr {pr1} knows her well.\nI live a long "
                 f"way off but I'm on {PH(c.phone())} any time, and my brother {bro} is "
                 f"on {PH(c.phone())}.\n\n{bye(c)}\n{P(rel.n('full'))}\n\n---\n\n{greet(c, rel)}\n\nThank you for "
                 f"getting in touch. I sat with your mum this afternoon and we prayed together. I've let Fr "
                 f"{pr2} know. You can reach me on {office} ext. {c.ri(10, 99)}.\n\n{bye(c)}\n"
                 f"{P(chap.n('full'))}\nHospital Chaplain\n{EM(cemail)}")
        return f"{request(c)}\n\n{t}", ""
    # v == 3: on-call roster and volunteer list
    hdr = {"de": ["Datum", "Rufbereitschaft", "Mobil", "Konfession"],
           "fr": ["Date", "Aumônier de garde", "Portable", "Culte"],
           "it": ["Data", "Reperibile", "Cellulare", "Confessione"],
           "en": ["Date", "On call", "Mobile", "Tradition"]}[c.lang]
    chaps = [c.person(age=(30, 72)) for _ in range(c.ri(3, 5))]
    phones = [c.phone() for _ in chaps]
    trad = {"de": ["kath.", "ev.", "ökum."], "fr": ["cath.", "prot.", "œcum."], "it": ["catt.", "evang.", "ecum."],
            "en": ["RC", "Anglican", "Free Church"]}[c.lang]
    d0 = c.date()
    rows = []
    for k in range(5):
        j = c.ri(0, len(chaps) - 1)
        rows.append([c.fd(d0 + dt.timedelta(days=k), "nz"), P(chaps[j].n("full")), PH(phones[j]), c.ch(trad)])
    vols = []
    for _ in range(c.ri(2, 4)):
        q = c.person(age=(40, 82))
        vols.append(f"- {P(q.n(c.ch(['full', 'lf'])))} – {PH(c.phone())}"
                    + (f" – {EM(c.email(q))}" if c.r() < 0.5 else ""))
    sw = PH(c.phone("land"))
    t = c.t(de=f"## Rufbereitschaft Klinikseelsorge {hosp}\n\nZentrale: {sw} (nachts über Pforte)\n\n"
               f"{md_table(hdr, rows)}\n\n## Ehrenamtlicher Besuchsdienst\n",
            fr=f"## Permanence de l'aumônerie – {hosp}\n\nStandard : {sw} (la nuit via l'accueil)\n\n"
               f"{md_table(hdr, rows)}\n\n## Bénévoles visiteurs\n",
            it=f"## Reperibilità cappellania – {hosp}\n\nCentralino: {sw} (di notte tramite portineria)\n\n"
               f"{md_table(hdr, rows)}\n\n## Volontari visitatori\n",
            en=f"## Chaplaincy on-call rota – {hosp}\n\nSwitchboard: {sw} (out of hours via main reception)\n\n"
               f"{md_table(hdr, rows)}\n\n## Volunteer visitors\n")
    don = ""
    if c.key.split("_")[0] not in ("US", "GB") and c.r() < 0.9:
        don = "\n\n" + c.t(de=f"Spendenkonto Besuchsdienst: {IB(c.iban())}", fr=f"Dons : {IB(c.iban())}",
                             it=f"Offerte per il volontariato: {IB(c.iban())}",
                             en=f"Donations to the visiting service: {IB(c.iban())}")
    return f"{request(c)}\n\n{t}\n" + "\n".join(vols) + don, ""


# ---------------------------------------------------------------------------------------------------------------
# 3. amateur radio: ADIF logs, club member lists, licence exam registrations, club chats and look-ups
# ---------------------------------------------------------------------------------------------------------------
def callsign(c: Ctx, region: str | None = None) -> str:
    region = region or c.key.split("_")[0]
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def letters(n: int) -> str:
        return "".join(c.ch(L) for _ in range(n))

    if region == "DE":
        return f"{c.ch(['DL', 'DK', 'DJ', 'DH', 'DO', 'DB', 'DC', 'DG', 'DM'])}{c.ri(1, 9)}{letters(c.ri(2, 3))}"
    if region == "AT":
        return f"OE{c.ri(1, 9)}{letters(c.ri(2, 3))}"
    if region == "CH":
        return f"HB{c.ch('93')}{letters(c.ri(2, 3))}"
    if region == "FR":
        return f"F{c.ch('14568')}{letters(3)}"
    if region == "BE":
        return f"ON{c.ri(2, 8)}{letters(c.ri(2, 3))}"
    if region == "IT":
        return f"{c.ch(['I', 'IK', 'IZ', 'IU', 'IW'])}{c.ri(0, 9)}{letters(3)}"
    if region == "GB":
        return c.ch([f"G{c.ri(0, 8)}{letters(3)}", f"M{c.ch('07')}{letters(3)}", f"2E0{letters(3)}",
                     f"GW{c.ri(0, 8)}{letters(3)}", f"GM{c.ri(0, 8)}{letters(3)}"])
    if region == "IE":
        return f"EI{c.ri(2, 9)}{letters(c.ri(2, 3))}"
    if region == "US":
        return c.ch([f"K{c.ri(0, 9)}{letters(3)}", f"W{c.ri(0, 9)}{letters(2)}", f"N{c.ri(0, 9)}{letters(3)}",
                     f"K{letters(1)}{c.ri(0, 9)}{letters(3)}"])
    return c.ch(["JA1", "VK2", "PY2", "LU1", "ZS6", "SP5", "OK1", "HA5", "S51", "9A2", "LZ1", "YO3", "UR5", "EA4",
                 "CT1", "PA3", "OZ1", "SM5", "OH2"]) + letters(c.ri(2, 3))


def adif(tag: str, val: str) -> str:
    return f"<{tag}:{vlen(val)}>{val}"


def t_hamradio(c: Ctx) -> tuple[str, str]:
    v = c.i % 4
    region = c.key.split("_")[0]
    town = c.home[0].split(",")[0] if region in ("GB", "IE", "US") else c.home[1]
    club = c.t(de=f"OV {town} im DARC" if region == "DE" else f"Amateurfunkclub {town}",
               fr=f"Radio-club de {town}", it=f"Sezione ARI di {town}" if region == "IT" else f"Radioamatori {town}",
               en=f"{town} Amateur Radio Club")
    if v == 0:
        me = c.person(age=(25, 80))
        mycall = callsign(c)
        d = c.date()
        recs = []
        bands = [("80m", "3.7"), ("40m", "7.1"), ("20m", "14.2"), ("17m", "18.1"), ("15m", "21.3"), ("10m", "28.4"),
                 ("2m", "144.3")]
        caps = c.r() < 0.4
        for _ in range(c.ri(5, 7)):
            foreign = c.r() < 0.35
            key = c.key if not foreign else None
            p = c.person(age=(20, 88))
            call = callsign(c, None if not foreign else "DX")
            name = fold(p.first) if c.r() < 0.6 else fold(p.n("full"))
            name = name.upper() if caps else name
            band, f = c.ch(bands)
            mode = c.ch(["SSB", "CW", "FT8", "FM", "RTTY"])
            rst = ("599", "579") if mode in ("CW", "RTTY") else ("-12", "-08") if mode == "FT8" else ("59", "57")
            d = d + dt.timedelta(minutes=c.ri(3, 400))
            parts = [adif("CALL", call), adif("QSO_DATE", d.strftime("%Y%m%d")),
                     adif("TIME_ON", f"{c.ri(0, 23):02d}{c.ri(0, 59):02d}"), adif("BAND", band),
                     adif("FREQ", f"{f}{_d(c.rng, 2)}"), adif("MODE", mode), adif("RST_SENT", rst[0]),
                     adif("RST_RCVD", rst[1]), adif("NAME", P(name))]
            if key:
                a = c.addr()
                parts.append(adif("QTH", a.town))
                if c.r() < 0.3:
                    parts.append(adif("ADDRESS", AD(fold(a.one()))))
            if c.r() < 0.3:
                parts.append(adif("EMAIL", EM(c.email(p))))
            parts.append(adif("GRIDSQUARE", f"{c.ch('IJK')}{c.ch('NO')}{c.ri(10, 99)}{c.ch('abcdefgh')}"
                                            f"{c.ch('abcdefgh')}"))
            parts.append(adif("QSL_VIA", c.ch(["Bureau", "Direct", "LoTW", "eQSL"])))
            if c.r() < 0.3:
                if c.lang == "de":
                    cm = f"tnx fer QSO, Gruss an {P(fold(c.person().first))}"
                elif c.lang == "fr":
                    cm = f"merci {P(name)}, 73"
                elif c.lang == "it":
                    cm = f"grazie {P(name)}, 73 da {P(fold(me.first))}"
                else:
                    cm = f"tnx {P(name)}, 73"
                parts.append(adif("COMMENT", cm))
            parts.append("<EOR>")
            recs.append(" ".join(parts))
        head = (f"ADIF export {c.ch(['Log4OM 2.32', 'CQRLOG 2.5.2', 'WSJT-X 2.7.0', 'N1MM Logger+ 1.0.10'])}\n"
                f"{adif('ADIF_VER', '3.1.4')}\n{adif('OPERATOR', mycall)}\n{adif('MY_NAME', P(fold(me.n('full'))))}\n"
                f"<EOH>")
        ask = c.t(de="Kannst du mir aus diesem ADIF-Log eine Tabelle mit Datum, Rufzeichen, Name und Band machen?",
                  fr="Peux-tu transformer ce log ADIF en tableau (date, indicatif, nom, bande) ?",
                  it="Mi fai una tabella da questo log ADIF (data, nominativo, nome, banda)?",
                  en="Can you turn this ADIF log into a table with date, call, name and band?")
        return f"{ask}\n\n{head}\n\n" + "\n".join(recs), ""
    if v == 1:
        hdr = {"de": ["Rufzeichen", "Name", "Klasse", "Telefon", "E-Mail"],
               "fr": ["Indicatif", "Nom", "Classe", "Téléphone", "Courriel"],
               "it": ["Nominativo", "Nome", "Classe", "Telefono", "E-mail"],
               "en": ["Call", "Name", "Licence", "Phone", "Email"]}[c.lang]
        show_dob = c.r() < 0.5
        show_addr = c.r() < 0.5
        if show_dob:
            hdr = hdr[:2] + [lab(c, "dob_s")] + hdr[2:]
        if show_addr:
            hdr = hdr + [lab(c, "address")]
        cls = {"DE": ["A", "E", "N"], "AT": ["1", "3"], "CH": ["HB9", "HB3"], "FR": ["HAREC", "novice"],
               "BE": ["HAREC", "ON3"], "IT": ["HAREC", "ordinaria"], "GB": ["Full", "Intermediate", "Foundation"],
               "IE": ["HAREC", "CEPT"], "US": ["Extra", "General", "Technician"]}[region]
        st = c.ch(["full", "lf", "LF"])
        ds = c.ch(["num", "iso", "nz"])
        rows = []
        for _ in range(c.ri(5, 7)):
            p = c.person(age=(14, 88))
            row = [callsign(c), P(p.n(st))]
            if show_dob:
                row.append(c.dob(p, ds))
            row += [c.ch(cls), PH(c.phone()), EM(c.email(p)) if c.r() < 0.6 else "—"]
            if show_addr:
                row.append(AD(c.addr().one()))
            rows.append(row)
        boss = c.person()
        title = c.t(de=f"Mitgliederliste {club} (nur für Vereinsmitglieder, nicht weitergeben)",
                    fr=f"Liste des membres – {club} (usage interne)", it=f"Elenco soci – {club} (uso interno)",
                    en=f"{club} – member list (members only, do not forward)")
        foot = c.t(de=f"OVV: {P(boss.n('full'))} · Clubabend jeden 2. Freitag, 19:30, Vereinsheim · Relais DB0"
                      f"{callsign(c)[-3:]} 145,6375 MHz",
                   fr=f"Président : {P(boss.n('full'))} · réunion le 1er samedi du mois, 14h · relais 145,725 MHz",
                   it=f"Presidente: {P(boss.n('full'))} · riunione ogni venerdì alle 21 · ponte R3 145,675 MHz",
                   en=f"Chair: {P(boss.n('full'))} · club night every 2nd Thursday 7.30pm · repeater 145.725 MHz")
        if region not in ("US", "GB") and c.r() < 0.7:
            foot += "\n" + c.t(de=f"Beitragskonto: {IB(c.iban())}", fr=f"Cotisations : {IB(c.iban())}",
                                it=f"Quote sociali: {IB(c.iban())}", en=f"Subs account: {IB(c.iban())}")
        return f"{request(c)}\n\n## {title}\n\n{md_table(hdr, rows)}\n\n{foot}", ""
    if v == 2:
        p = c.person(age=(14, 75))
        a = c.addr()
        mentor = c.person()
        d_exam = c.date("2025-10-01", "2026-03-30")
        idn = f"{c.ch('LTCFG')}{_d1(c.rng, 8)}"
        if c.lang == "de":
            auth = {"DE": "Bundesnetzagentur, Außenstelle", "AT": "Fernmeldebüro", "CH": "BAKOM"}[region]
            pay = (f"Gebühr {c.money(80, 140)} – Zahlung per Lastschrift von {IB(c.iban())} "
                   f"(Kontoinhaber/in: {P(p.n('full'))})" if c.r() < 0.6 else
                   f"Gebühr {c.money(80, 140)} – überwiesen am {c.fd(c.date())}, Kassenzeichen {_d(c.rng, 12)}")
            t = (f"Antrag auf Zulassung zur Prüfung für Funkamateure\nan: {auth} {town}\n\n"
                 f"Familienname: {P(p.last)}\nVorname(n): {P(p.first)}\nGeburtsdatum: {c.dob(p)}\n"
                 f"Geburtsort: {c.ch(TOWNS[c.key])[1]}\nAnschrift: {AD(a.line)}\n           {AD(a.pctown())}\n"
                 f"Telefon: {PH(c.phone())}\nE-Mail: {EM(c.email(p))}\nPersonalausweis-Nr.: {idn}\n"
                 f"Klasse: {c.ch(['N', 'E', 'A'])}   gewünschter Termin: {c.fd(d_exam)}\n{pay}\n\n"
                 f"Ausbildung im {club}, Ausbilder: {P(mentor.n('full'))} ({PH(c.phone())})\n\n"
                 f"{town}, {c.fd(c.date())}     {P(p.n('full'))}")
        elif c.lang == "fr":
            auth = {"FR": "ANFR – service des examens", "BE": "IBPT – examens radioamateurs",
                    "CH": "OFCOM – examens radioamateurs"}[region]
            t = (f"DEMANDE D'INSCRIPTION À L'EXAMEN DE RADIOAMATEUR\nDestinataire : {auth}\n\n"
                 f"Nom : {P(p.last.upper())}\nPrénom(s) : {P(p.first)}\nDate de naissance : {c.dob(p)}\n"
                 f"Lieu de naissance : {c.ch(TOWNS[c.key])[1]}\nAdresse : {AD(a.one())}\n"
                 f"Téléphone : {PH(c.phone())}\nCourriel : {EM(c.email(p))}\nN° pièce d'identité : {idn}\n"
                 f"Centre d'examen souhaité : {c.ch(TOWNS[c.key])[1]}, session du {c.fd(d_exam, 'long')}\n"
                 f"Frais : {c.money(30, 60)} – payés par carte {CD(c.card())} (exp. {c.expiry()})\n\n"
                 f"Préparé au {club} avec {P(mentor.n('full'))} ({PH(c.phone())})\n\n"
                 f"Fait à {town}, le {c.fd(c.date())}     Signature : {P(p.n('full'))}")
        elif c.lang == "it":
            auth = {"IT": "MIMIT – Ispettorato territoriale", "CH": "UFCOM – esami radioamatori"}[region]
            t = (f"DOMANDA DI AMMISSIONE ALL'ESAME PER IL CONSEGUIMENTO DELLA PATENTE DI RADIOOPERATORE\n"
                 f"All'{auth}\n\nIl/La sottoscritto/a {P(p.n('full'))}, {c.born(p)} {c.dob(p)} a "
                 f"{c.ch(TOWNS[c.key])[1]}, residente in {AD(a.one())}, tel. {PH(c.phone())}, e-mail "
                 f"{EM(c.email(p))}, documento n. {idn},\nCHIEDE di essere ammesso/a alla sessione d'esame del "
                 f"{c.fd(d_exam, 'long')}.\nAllega ricevuta del versamento di {c.money(10, 30)} (IBAN di addebito "
                 f"{IB(c.iban())}).\n\nPreparato presso la {club}, istruttore {P(mentor.n('full'))} "
                 f"(cell. {PH(c.phone())}).\n\n{town}, {c.fd(c.date())}\nFirma {P(p.n('full'))}")
        else:
            if region == "US":
                extra = (f"FRN: {_d(c.rng, 10)}\nVE session: {c.fd(d_exam, 'long')}, {club}\n"
                         f"Fee: {c.money(14, 15)} paid by card {CD(c.card())}, exp {c.expiry()}")
            else:
                extra = (f"Exam centre: {club}, {c.fd(d_exam, 'long')}\nFee {c.money(27, 45)} – bank transfer from "
                         f"{IB(c.iban())}" if region == "IE" else
                         f"Exam: {c.ch(['Foundation', 'Intermediate', 'Full'])}, remote invigilated, "
                         f"{c.fd(d_exam, 'long')}\nFee {c.money(27, 45)} paid online (order {_d(c.rng, 7)})")
            t = (f"AMATEUR RADIO EXAM – CANDIDATE REGISTRATION\n\nSurname: {P(p.last)}\nForename(s): {P(p.first)}\n"
                 f"Date of birth: {c.dob(p)}\nAddress: {AD(a.line)}\n         {AD(a.pctown())}\n"
                 f"Phone: {PH(c.phone())}\nEmail: {EM(c.email(p))}\nPhoto ID: passport {idn}\n{extra}\n\n"
                 f"Trained by: {P(mentor.n('full'))} ({PH(c.phone())})\n\nSigned {P(p.n('full'))}, "
                 f"{c.fd(c.date())}")
        return f"{request(c)}\n\n{t}", ""
    # v == 3: club chat (typed in lower case) and a pasted call-book look-up
    people = [c.person(age=(18, 85)) for _ in range(c.ri(3, 5))]
    calls = [callsign(c) for _ in people]
    lines = []
    t0 = dt.datetime.combine(c.date(), dt.time(c.ri(17, 21), c.ri(0, 59)))
    done: set[int] = set()
    for k in range(c.ri(5, 6)):
        j = c.ri(0, len(people) - 1)
        p = people[j]
        q = people[(j + 1) % len(people)]
        x = c.ri(0, 5)
        while x in done and len(done) < 6:
            x = c.ri(0, 5)
        done.add(x)
        if c.lang == "de":
            msg = [f"fieldday steht: {AD(c.public_place().one())}, aufbau ab 9",
                   f"meine neue handynummer: {PH(c.phone())}",
                   f"{P(q.first)} hat die qsl-karten, einfach melden unter {PH(c.phone())}",
                   "relais war heute wieder taub, hat jemand die fernsteuerung?",
                   f"traurige nachricht: {P(c.person().n('full'))} ist silent key. beerdigung freitag",
                   f"wer fährt mit? ich kann {P(q.first)} in der {AD(c.addr(plain_line=True).line)} abholen"][x]
        elif c.lang == "fr":
            msg = [f"le field day c'est {AD(c.public_place().one())}, montage à 9h",
                   f"mon nouveau numéro : {PH(c.phone())}",
                   f"c'est {P(q.first)} qui a les cartes qsl, tél. {PH(c.phone())}",
                   "le relais était encore sourd ce soir, qui a la télécommande ?",
                   f"triste nouvelle : {P(c.person().n('full'))} est silent key. obsèques vendredi",
                   f"qui vient ? je peux prendre {P(q.first)} au {AD(c.addr(plain_line=True).line)}"][x]
        elif c.lang == "it":
            msg = [f"il field day è a {AD(c.public_place().one())}, montaggio dalle 9",
                   f"nuovo numero: {PH(c.phone())}",
                   f"le qsl le ha {P(q.first)}, chiamate il {PH(c.phone())}",
                   "il ponte era di nuovo sordo stasera, chi ha il telecomando?",
                   f"brutta notizia: {P(c.person().n('full'))} è silent key. funerale venerdì",
                   f"chi viene? posso passare a prendere {P(q.first)} in {AD(c.addr(plain_line=True).line)}"][x]
        else:
            msg = [f"field day is at {AD(c.public_place().one())}, setting up from 9",
                   f"new mobile number: {PH(c.phone())}",
                   f"{P(q.first)} has the qsl cards, ring {P(q.first)} on {PH(c.phone())}",
                   "repeater was deaf again tonight, who has the remote?",
                   f"sad news: {P(c.person().n('full'))} is silent key. funeral on friday",
                   f"anyone need a lift? i can grab {P(q.first)} from {AD(c.addr(plain_line=True).line)}"][x]
        ts = (t0 + dt.timedelta(minutes=7 * k + c.ri(0, 6)))
        lines.append(f"[{ts.strftime('%H:%M')}] {calls[j].lower()} ({P(p.first)}): {msg}")
    chat = lower_all("\n".join(lines))
    p = c.person(age=(30, 85))
    a = c.addr()
    country = {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "FR": "France", "BE": "Belgium", "IT": "Italy",
               "GB": "England", "IE": "Ireland", "US": "United States"}[region]
    look = (f"{callsign(c)} – {country}\n"
            f"Name: {P(p.n('full'))}\nAddr: {AD(a.line)}\n      {AD(a.pctown())}\nEmail: {EM(c.email(p))}\n"
            f"Born: {p.dob.year}\nLicensed: {c.ri(1970, 2020)}\nQSL: {c.ch(['bureau', 'direct, SAE', 'LoTW'])}")
    ask = c.t(de="Was wurde im Chat besprochen? Und hier noch der Lookup für die QSL-Karte:",
              fr="Résume la discussion ; et voici la fiche pour envoyer la carte QSL :",
              it="Riassumi la chat; e qui la scheda per spedire la QSL:",
              en="What did the chat agree on? And here's the lookup for the QSL card:")
    return f"{ask}\n\n{chat}\n\n{look}", ""


# ---------------------------------------------------------------------------------------------------------------
# 4. dog walking service: intake forms, walk logs, owner chats, monthly invoices
# ---------------------------------------------------------------------------------------------------------------
PETS = {"de": ["Bello", "Luna", "Balu", "Paula", "Emma", "Rocky", "Sammy", "Frieda", "Lotte", "Charly", "Bruno",
               "Nala"],
        "fr": ["Filou", "Lola", "Oscar", "Vanille", "Caramel", "Rex", "Milou", "Nala", "Tango", "Hermès"],
        "it": ["Briciola", "Birba", "Pippo", "Fido", "Luna", "Zeus", "Kira", "Nuvola", "Argo", "Ettore"],
        "en": ["Buster", "Poppy", "Alfie", "Biscuit", "Teddy", "Luna", "Max", "Bella", "Winston", "Daisy"]}
BREEDS = {"de": ["Labrador", "Dackel", "Border Collie", "Mischling", "Jack Russell", "Golden Retriever", "Mops"],
          "fr": ["labrador", "teckel", "border collie", "croisé", "jack russell", "berger australien", "bouledogue"],
          "it": ["labrador", "bassotto", "border collie", "meticcio", "jack russell", "lagotto", "barboncino"],
          "en": ["Labrador", "dachshund", "border collie", "cockapoo", "Jack Russell", "greyhound", "spaniel"]}


def chip(c: Ctx) -> str:
    cc = {"DE": "276", "AT": "040", "CH": "756", "FR": "250", "BE": "056", "IT": "380", "GB": "826", "IE": "372",
          "US": "985"}[c.key.split("_")[0]]
    return cc + _d(c.rng, 12)


def t_dogwalking(c: Ctx) -> tuple[str, str]:
    v = c.i % 4
    region = c.key.split("_")[0]
    walker = c.person(age=(20, 60))
    biz = c.t(de=c.ch(["Pfotenglück Gassi-Service", "Stadtpfoten", "Vier Pfoten unterwegs"]),
              fr=c.ch(["Promenades Toutou", "Patte & Balade", "Chien Heureux"]),
              it=c.ch(["Passeggiate a 4 zampe", "DogWalker Bau", "Coda Felice"]),
              en=c.ch(["Happy Paws Walking", "Muddy Boots Dog Walks", "The Lead Crew"]))
    if v == 0:
        p = c.person(age=(25, 80))
        a = c.addr()
        em = c.person()
        vet = c.t(de="Tierarztpraxis am " + c.ch(["Markt", "Stadtpark", "Bahnhof"]), fr="Clinique vétérinaire des "
                  + c.ch(["Tilleuls", "Remparts", "Lilas"]), it="Ambulatorio veterinario " + c.ch(["San Rocco",
                  "del Parco", "Le Querce"]), en=c.ch(["Riverside Vets", "Parkview Veterinary Surgery",
                                                        "Ashgrove Animal Hospital"]))
        pet = c.ch(PETS[c.lang])
        wd = c.fd(c.date("2014-01-01", "2024-06-01"))
        if region == "US":
            pay = f"Card on file: {CD(c.card())} exp {c.expiry()} (billing ZIP {c.ch(TOWNS['US'][0][2])})"
        elif c.r() < 0.3:
            pay = c.t(de=f"Kreditkarte {CD(c.card())}, gültig bis {c.expiry()}",
                      fr=f"carte bancaire {CD(c.card())}, exp. {c.expiry()}",
                      it=f"carta di credito {CD(c.card())}, scad. {c.expiry()}",
                      en=f"card {CD(c.card())}, exp. {c.expiry()}")
        elif region == "GB":
            pay = f"Payment: bank transfer, sort code {_d(c.rng, 2)}-{_d(c.rng, 2)}-{_d(c.rng, 2)}"
        else:
            pay = f"{c.t(de='SEPA-Mandat', fr='Mandat SEPA', it='Mandato SEPA', en='Direct debit')}: {IB(c.iban())}"
        lb = {"de": ["Halter/in", "Anschrift", "Mobil", "Telefon (Arbeit)", "E-Mail", "Notfallkontakt",
                     "Tierarzt", "Hund", "Rasse", "Wurfdatum", "Chip-Nr.", "Schlüssel", "Zahlung"],
              "fr": ["Propriétaire", "Adresse", "Portable", "Tél. travail", "Courriel", "Personne à prévenir",
                     "Vétérinaire", "Chien", "Race", "Date de naissance du chien", "N° de puce", "Clés", "Paiement"],
              "it": ["Proprietario/a", "Indirizzo", "Cellulare", "Tel. ufficio", "E-mail", "Contatto di emergenza",
                     "Veterinario", "Cane", "Razza", "Data di nascita del cane", "Microchip", "Chiavi", "Pagamento"],
              "en": ["Owner", "Address", "Mobile", "Work phone", "Email", "Emergency contact", "Vet", "Dog", "Breed",
                     "Dog's date of birth", "Microchip", "Keys", "Payment"]}[c.lang]
        keys = c.t(de=f"Schlüsseltresor, Code {_d(c.rng, 4)}", fr=f"boîte à clés, code {_d(c.rng, 4)}",
                   it=f"cassetta chiavi, codice {_d(c.rng, 4)}", en=f"key safe, code {_d(c.rng, 4)}")
        if c.r() < 0.4:
            nb = c.person()
            keys = c.t(de=f"Ersatzschlüssel bei Nachbarin {P(nb.n('full'))}, {AD(c.addr(town=c.home).line)}",
                       fr=f"double chez la voisine, {c.sal(nb)} {P(nb.last)} ({AD(c.addr(town=c.home).line)})",
                       it=f"copia dalla vicina, {c.sal(nb)} {P(nb.last)} ({AD(c.addr(town=c.home).line)})",
                       en=f"spare key with neighbour {P(nb.n('full'))} at {AD(c.addr(town=c.home).line)}")
        own = P(p.n(c.ch(["full", "lf"])))
        if c.r() < 0.5:
            own += f" ({lab(c, 'dob_s')} {c.dob(p)})"
        vals = [own, AD(a.one()), PH(c.phone()), PH(c.phone("land")), EM(c.email(p)),
                f"{P(em.n('full'))}, {PH(c.phone())}", f"{vet}, {PH(c.phone('land'))}", pet, c.ch(BREEDS[c.lang]),
                wd, chip(c), keys, pay]
        w = max(len(x) for x in lb) + 2
        form = "\n".join(f"{(x + ':').ljust(w)}{y}" for x, y in zip(lb, vals, strict=True))
        title = c.t(de=f"{biz} – Aufnahmebogen Neukunde", fr=f"{biz} – fiche d'inscription",
                    it=f"{biz} – scheda nuovo cliente", en=f"{biz} – new client form")
        extra = c.t(de=f"Aufgenommen von {P(walker.first)} am {c.fd(c.date())}. Preis: {c.money(12, 25)} / 60 Min.",
                    fr=f"Fiche remplie avec {P(walker.first)} le {c.fd(c.date())}. Tarif : {c.money(12, 25)} l'heure.",
                    it=f"Compilata con {P(walker.first)} il {c.fd(c.date())}. Tariffa: {c.money(12, 25)} all'ora.",
                    en=f"Taken by {P(walker.first)} on {c.fd(c.date())}. Rate: {c.money(12, 25)} per hour walk.")
        return f"{request(c)}\n\n{title}\n\n{form}\n\n{extra}", ""
    if v == 1:
        owners = [(c.person(), c.ch(PETS[c.lang]), c.addr(town=c.home)) for _ in range(c.ri(4, 6))]
        walkers = [c.person(age=(18, 50)) for _ in range(2)]
        sep = c.ch(["\t", ";"])
        hdr = {"de": ["Datum", "Zeit", "Hund", "Halter", "Abholung", "Walker", "Min", "Preis", "Notiz"],
               "fr": ["Date", "Heure", "Chien", "Maître", "Adresse", "Promeneur", "Min", "Prix", "Note"],
               "it": ["Data", "Ora", "Cane", "Proprietario", "Ritiro", "Dogwalker", "Min", "Prezzo", "Nota"],
               "en": ["Date", "Time", "Dog", "Owner", "Pickup", "Walker", "Mins", "Price", "Note"]}[c.lang]
        notes = {"de": ["", "", "hat gezogen", "Pfote geleckt – beobachten", "Futter aufgefüllt", "Tür 2x abgeschl."],
                 "fr": ["", "", "a tiré", "se lèche la patte", "croquettes remises", "porte fermée 2 tours"],
                 "it": ["", "", "ha tirato", "si lecca la zampa", "crocchette aggiunte", "porta chiusa a chiave"],
                 "en": ["", "", "pulled a lot", "licking paw – keep an eye", "topped up food", "double locked"]}[c.lang]
        rows = [sep.join(hdr)]
        d = c.date()
        for _ in range(c.ri(5, 7)):
            o, pet, a = c.ch(owners)
            w = c.ch(walkers)
            note = c.ch(notes)
            if c.r() < 0.15:
                nb = c.person()
                note = c.t(de=f"Schlüssel bei {P(nb.last)} im EG", fr=f"clés chez {c.sal(nb)} {P(nb.last)}",
                           it=f"chiavi da {c.sal(nb)} {P(nb.last)}", en=f"keys from {P(nb.first)} next door")
            d += dt.timedelta(days=c.ri(0, 2))
            rows.append(csv_row([c.fd(d, "num"), c.hm(7, 18), pet, P(o.last), AD(a.line), P(w.first),
                                 str(c.ch([30, 45, 60, 90])), c.money(10, 30), note], sep))
        return f"{request(c)}\n\n" + "\n".join(rows), ""
    if v == 2:
        owners = [c.person() for _ in range(c.ri(2, 3))]
        pets = [c.ch(PETS[c.lang]) for _ in owners]
        lines = []
        d = c.date()
        fmt = c.ri(0, 2)
        seen: set[tuple[bool, int]] = set()

        def stamp(k: int) -> str:
            t = dt.datetime(d.year, d.month, d.day, 7, 0) + dt.timedelta(minutes=23 * k + c.ri(0, 20))
            if fmt == 0:
                return f"[{t.strftime('%d.%m.%y, %H:%M:%S' if c.lang == 'de' else '%d/%m/%Y, %H:%M:%S')}]"
            if fmt == 1:
                return f"{t.strftime('%d/%m/%Y, %H:%M')} -"
            return f"[{t.strftime('%H:%M')}]"
        for k in range(c.ri(5, 7)):
            j = c.ri(0, len(owners) - 1)
            o = owners[j]
            if fmt == 2 or c.r() < 0.5:
                sender = P(o.n(c.ch(["full", "first"])))
            else:
                sender = f"{c.sal(o)} {P(o.last)} ({pets[j]})" if c.lang != "en" else f"{P(o.first)} ({pets[j]})"
            is_walker = c.r() < 0.4
            x = c.ri(0, 4)
            while (is_walker, x) in seen and len(seen) < 10:
                is_walker, x = c.r() < 0.4, c.ri(0, 4)
            seen.add((is_walker, x))
            if is_walker:
                sender = P(walker.first)
            sis = P(c.person(g="f", last=o.last).first)
            if c.lang == "de":
                msg = ([f"{pets[j]} ist abgeholt, wir gehen heute Richtung Park", "zurück, Napf ist voll 🐾",
                        f"bin heute 10 Min später, sorry! Alternativ holt {P(c.person().first)} ihn ab",
                        f"Rechnung kommt per Mail an {EM(c.email(o))}", "Gassi erledigt"][x] if is_walker else
                       [f"Schlüssel liegt diese Woche bei meiner Mutter, {AD(c.addr(town=c.home).line)}",
                        f"Meine Schwester {sis} hat jetzt auch einen Hund – darf ich ihr "
                        f"deine Nummer geben? Ihre: {PH(c.phone())}",
                        "Bitte heute nicht zu lange, sie hat was am Bein",
                        f"Neue Handynummer von mir: {PH(c.phone())}", "Danke dir! Überweise heute"][x])
            elif c.lang == "fr":
                msg = ([f"{pets[j]} récupéré, on part vers le parc", "de retour, gamelle pleine 🐾",
                        f"j'aurai 10 min de retard, sinon c'est {P(c.person().first)} qui passe",
                        f"la facture part par mail à {EM(c.email(o))}", "promenade faite"][x] if is_walker else
                       [f"cette semaine les clés sont chez ma mère, {AD(c.addr(town=c.home).line)}",
                        f"ma sœur {sis} a aussi un chien, je peux lui donner ton numéro ? "
                        f"le sien : {PH(c.phone())}", "pas trop long aujourd'hui, elle boite un peu",
                        f"mon nouveau numéro : {PH(c.phone())}", "merci ! je fais le virement ce soir"][x])
            elif c.lang == "it":
                msg = ([f"preso {pets[j]}, andiamo verso il parco", "rientrati, ciotola piena 🐾",
                        f"oggi ritardo di 10 minuti, altrimenti passa {P(c.person().first)}",
                        f"la fattura arriva per mail a {EM(c.email(o))}", "passeggiata fatta"][x] if is_walker else
                       [f"questa settimana le chiavi sono da mia madre, {AD(c.addr(town=c.home).line)}",
                        f"mia sorella {sis} ha preso un cane, le do il tuo numero? il suo "
                        f"è {PH(c.phone())}", "oggi non troppo lunga, zoppica un po'",
                        f"nuovo numero: {PH(c.phone())}", "grazie! faccio il bonifico stasera"][x])
            else:
                msg = ([f"got {pets[j]}, heading to the park", "back home, water bowl filled 🐾",
                        f"running 10 mins late, or {P(c.person().first)} can do it",
                        f"invoice going to {EM(c.email(o))}", "all done, good walk"][x] if is_walker else
                       [f"key's at my mum's this week, {AD(c.addr(town=c.home).line)}",
                        f"my sister {sis} just got a puppy, ok if I give her your number? "
                        f"hers is {PH(c.phone())}", "not too long today, she's a bit lame",
                        f"new mobile: {PH(c.phone())}", "thanks! will pay tonight"][x])
            lines.append(f"{stamp(k)} {sender}: {msg}")
        if c.r() < 0.5:
            lines.append(f"{stamp(20)} {PH(c.phone())}: " + c.t(
                de=f"Hallo, ich hab Ihre Nummer von {P(owners[0].first)}, haben Sie noch Plätze frei?",
                fr=f"Bonjour, j'ai eu votre numéro par {P(owners[0].first)}, vous avez encore de la place ?",
                it=f"Salve, ho avuto il numero da {P(owners[0].first)}, ha ancora posti liberi?",
                en=f"Hi, got your number from {P(owners[0].first)}, do you have any spaces?"))
        return f"{request(c)}\n\n" + "\n".join(lines), ""
    # v == 3: monthly invoice as pdftotext
    o = c.person()
    oa = c.addr()
    wa = c.addr()
    d = c.date("2025-02-01", "2025-11-30")
    items = []
    total = 0.0
    pet = c.ch(PETS[c.lang])
    walks = sorted(c.date(f"{d.year}-{d.month:02d}-01", f"{d.year}-{d.month:02d}-28") for _ in range(c.ri(5, 10)))
    d = walks[-1] + dt.timedelta(days=c.ri(1, 4))
    for x in walks:
        price = c.ch([15.0, 18.0, 22.5, 25.0])
        total += price
        what = c.t(de="Gassirunde 60 Min", fr="Promenade 60 min", it="Passeggiata 60 min", en="60 min walk")
        items.append(f"{c.fd(x)}   {what} ({pet})   {price:.2f}")
    taxno = c.t(de=f"St.-Nr. {_d(c.rng, 3)}/{_d(c.rng, 3)}/{_d(c.rng, 5)}", fr=f"SIRET {_d(c.rng, 14)}",
                it=f"P.IVA {_d(c.rng, 11)}",
                en=f"EIN {_d(c.rng, 2)}-{_d(c.rng, 7)}" if region == "US" else f"UTR {_d(c.rng, 10)}")
    inv = f"{d.year}-{_d(c.rng, 3)}"
    wem = c.email(walker)
    iban = c.iban() if region not in ("US", "GB") else None
    payline = c.t(de=f"Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf {IB(iban)} (Kontoinhaber "
                     f"{P(walker.n('full'))}), Verwendungszweck {inv}." if iban else "",
                  fr=f"Merci de régler sous 14 jours par virement sur {IB(iban)} (titulaire {P(walker.n('full'))}), "
                     f"référence {inv}." if iban else "",
                  it=f"Si prega di saldare entro 14 giorni con bonifico su {IB(iban)} intestato a "
                     f"{P(walker.n('full'))}, causale {inv}." if iban else "",
                  en=(f"Please pay within 14 days to {IB(iban)} (account name {P(walker.n('full'))}), reference "
                      f"{inv}." if iban else f"Please pay within 14 days by bank transfer (sort code "
                      f"{_d(c.rng, 2)}-{_d(c.rng, 2)}-{_d(c.rng, 2)}, acc. {_d(c.rng, 8)}), reference {inv}."
                      if region == "GB" else f"Please pay within 14 days via Venmo or Zelle to {PH(c.phone())}, "
                      f"memo {inv}."))
    t = (f"{biz} · {P(walker.n('full'))} · {AD(wa.one())}\n{lab(c, 'tel_s')} {PH(c.phone())} · {EM(wem)} · "
         f"{taxno}\n\n{P(o.n('full'))}\n{AD(oa.line)}\n{AD(oa.pctown())}\n\n"
         f"{c.t(de='Rechnung', fr='Facture', it='Fattura', en='Invoice')} {inv}    "
         f"{c.t(de='Datum', fr='Date', it='Data', en='Date')}: {c.fd(d)}\n\n" + "\n".join(items)
         + f"\n\n{c.t(de='Summe', fr='Total', it='Totale', en='Total')}: {total:.2f}\n\n{payline}\n\n"
         + c.t(de="Danke, dass ich mit eurem Hund laufen darf!", fr="Merci pour votre confiance !",
               it="Grazie per la fiducia!", en="Thanks for trusting me with your dog!"))
    return f"{request(c)}\n\n{t}", "wrap" if c.r() < 0.3 else ""


# ---------------------------------------------------------------------------------------------------------------
# identification numbers (never labelled; several embed the date of birth)
# ---------------------------------------------------------------------------------------------------------------
def social_no(c: Ctx, p: Person) -> str:
    region = c.key.split("_")[0]
    d = p.dob
    r = c.rng
    if region == "DE":
        return f"{_d(r, 2)} {d.day:02d}{d.month:02d}{d.year % 100:02d} {fold(p.last)[0].upper()} {_d(r, 3)}"
    if region == "AT":
        return f"{_d1(r, 4)} {d.day:02d}{d.month:02d}{d.year % 100:02d}"
    if region == "CH":
        return f"756.{_d(r, 4)}.{_d(r, 4)}.{_d(r, 2)}"
    if region == "FR":
        return f"{1 if p.g == 'm' else 2} {d.year % 100:02d} {d.month:02d} {_d(r, 2)} {_d(r, 3)} {_d(r, 3)} {_d(r, 2)}"
    if region == "BE":
        return f"{d.year % 100:02d}.{d.month:02d}.{d.day:02d}-{_d(r, 3)}.{_d(r, 2)}"
    if region == "IT":
        return codice_fiscale(c, p)
    if region == "GB":
        return f"{c.ch(['JT', 'NP', 'SN', 'AB', 'WL'])} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {c.ch('ABCD')}"
    if region == "IE":
        return f"{_d(r, 7)}{c.ch('ABCDEFHKTW')}{c.ch(['', 'A', 'H'])}"
    return f"XXX-XX-{_d(r, 4)}"


def codice_fiscale(c: Ctx, p: Person) -> str:
    def cons(s: str) -> str:
        s = re.sub(r"[^A-Z]", "", fold(s).upper())
        return "".join(x for x in s if x not in "AEIOU") + "".join(x for x in s if x in "AEIOU") + "XXX"
    month = "ABCDEHLMPRST"[p.dob.month - 1]
    day = p.dob.day + (40 if p.g == "f" else 0)
    return (f"{cons(p.last)[:3]}{cons(p.first)[:3]}{p.dob.year % 100:02d}{month}{day:02d}"
            f"{c.ch('ABCDEFGHLMZ')}{_d(c.rng, 3)}{c.ch('ABCDEFGHIJKLMNOPQRSTUVWXYZ')}")


def id_doc(c: Ctx) -> str:
    return f"{c.ch('CFGHJKLMNPRTVWXYZ')}{c.ch('0123456789CFGHJKLMNPRTVWXYZ')}{_d(c.rng, 7)}"


# ---------------------------------------------------------------------------------------------------------------
# 5. grape harvest helpers: registration lists, daily hours, applications from abroad, helper chats
# ---------------------------------------------------------------------------------------------------------------
def t_harvest(c: Ctx) -> tuple[str, str]:
    v = c.i % 4
    region = c.key.split("_")[0]
    estate = c.t(de=f"Weingut {c.company().split()[0].rstrip(',')}",
                 fr="Domaine " + c.ch(["des Coteaux", "de la Croix", "Saint-Vincent", "du Clos Fleuri"]),
                 it="Azienda agricola " + c.ch(["Cascina Bricco", "Tenuta La Pieve", "Podere Il Poggio",
                                                "Cantina Sassi"]),
                 en=c.ch(["Hillcrest Vineyard", "Old Barn Winery", "Three Oaks Estate", "Riverbend Cellars"]))
    if v == 0:
        sep = ";" if c.lang != "en" else ","
        hdr = {"de": ["Name", "Vorname", "Geburtsdatum", "Anschrift", "Handy", "IBAN", "SV-Nummer", "Unterkunft"],
               "fr": ["Nom", "Prénom", "Date de naissance", "Adresse", "Portable", "IBAN", "N° sécu", "Logement"],
               "it": ["Cognome", "Nome", "Data di nascita", "Indirizzo", "Cellulare", "IBAN", "Codice fiscale",
                      "Alloggio"],
               "en": ["Surname", "First name", "DOB", "Home address", "Mobile", "IBAN", "NI / PPS / SSN",
                      "Accommodation"]}[c.lang]
        if region == "CH":
            hdr[6] = c.t(de="AHV-Nr.", fr="N° AVS", it="N. AVS", en="AHV")
        elif region == "BE":
            hdr[6] = "NISS"
        elif region in ("GB", "IE", "US"):
            hdr[6] = {"GB": "NI number", "IE": "PPSN", "US": "SSN (last 4)"}[region]
        lodging = {"de": ["eigene", "Zimmer 2 Winzerhof", "Wohnwagen", "Zimmer 5 Winzerhof", "Ferienwohnung"],
                   "fr": ["personnel", "gîte ch. 2", "camping", "dortoir", "chez l'habitant"],
                   "it": ["proprio", "foresteria stanza 2", "camper", "agriturismo", "casa colonica"],
                   "en": ["own", "bunkhouse room 2", "campervan", "farm cottage", "shared house"]}[c.lang]
        ds = c.ch(["num", "num", "iso", "nz"])
        rows = [csv_row(hdr, sep)]
        for _ in range(c.ri(4, 6)):
            abroad = c.r() < 0.35
            p = c.person(age=(17, 70))
            if abroad:
                a = c.addr("ABROAD")
                ph = c.foreign_phone(a.extra if a.extra in FOREIGN_MOBILE else "PL")
                addr_s = f"{a.one()}, {COUNTRY_NAME[c.lang][a.extra]}"
                a_cell = AD(a.one()) + f", {COUNTRY_NAME[c.lang][a.extra]}"
                del addr_s
            else:
                a_cell = AD(c.addr().one())
                ph = c.phone()
            ib = IB(c.iban(c.ch(["NL", "LU"]) if abroad and region in ("DE", "AT", "FR") and c.r() < 0.3
                           else None)) if region != "US" else "—"
            rows.append(csv_row([P(p.last), P(p.first), c.dob(p, ds), a_cell, PH(ph), ib, social_no(c, p),
                                 c.ch(lodging)], sep))
        head = c.t(de=f"{estate} – Lesehelfer Herbst 2025 (Anmeldung Minijob/kurzfristige Beschäftigung)",
                   fr=f"{estate} – vendangeurs 2025, déclaration préalable à l'embauche",
                   it=f"{estate} – vendemmia 2025, elenco lavoratori stagionali",
                   en=f"{estate} – harvest crew 2025, payroll sign-up")
        return f"{request(c)}\n\n{head}\n\n" + "\n".join(rows), ""
    if v == 1:
        boss = c.person(age=(30, 65))
        crew = [c.person(age=(17, 72)) for _ in range(c.ri(5, 8))]
        st = c.ch(["lf", "full", "firstinit"])
        d = c.date("2025-09-05", "2025-10-20")
        hdr = {"de": ["Datum", "Name", "von", "bis", "Pause", "Std.", "Kisten", "Lage"],
               "fr": ["Date", "Nom", "Début", "Fin", "Pause", "Heures", "Caisses", "Parcelle"],
               "it": ["Data", "Nome", "Inizio", "Fine", "Pausa", "Ore", "Cassette", "Vigna"],
               "en": ["Date", "Name", "Start", "Finish", "Break", "Hours", "Bins", "Block"]}[c.lang]
        parcels = {"de": ["Kirchberg", "Sonnenuhr", "Hohe Lay", "Steinacker"],
                   "fr": ["Les Perrières", "Clos du Roy", "En Charlemagne", "Les Combes"],
                   "it": ["Bricco", "Sorì", "Vigna Vecchia", "Ronchi"],
                   "en": ["Block A", "North slope", "Block C (Pinot)", "Creek side"]}[c.lang]
        rows = ["\t".join(hdr)]
        for p in crew:
            h0 = c.ri(6, 8)
            h1 = h0 + c.ri(6, 9)
            rows.append("\t".join([c.fd(d, "num"), P(p.n(st)), f"{h0:02d}:{c.ch(['00', '30'])}", f"{h1:02d}:00",
                                   c.ch(["0:30", "0:45", "1:00"]), f"{h1 - h0 - 0.5:.1f}".replace(".", ",")
                                   if c.lang != "en" else f"{h1 - h0 - 0.5:.1f}", str(c.ri(18, 60)),
                                   c.ch(parcels)]))
        head = c.t(de=f"Stundenzettel Lese – Vorarbeiter {P(boss.n('full'))}",
                   fr=f"Feuille d'heures vendanges – chef d'équipe {P(boss.n('full'))}",
                   it=f"Foglio ore vendemmia – caposquadra {P(boss.n('full'))}",
                   en=f"Harvest timesheet – crew lead {P(boss.n('full'))}")
        ask = c.t(de="Rechne bitte die Stunden pro Person zusammen (Stundenlohn 13,90 €):",
                  fr="Additionne les heures par personne (taux horaire 11,88 €) :",
                  it="Somma le ore per persona (paga oraria 9,50 €):",
                  en="Please total the hours per person (rate $19.50/h):")
        return f"{ask}\n\n{head}\n\n" + "\n".join(rows), ""
    if v == 2:
        p = c.person(age=(19, 45), key=c.ch(["CH_de", "DE", "FR", "IT", "GB"]) if c.r() < 0.2 else None)
        a = c.addr("ABROAD")
        friend = c.person(age=(19, 45))
        pe = c.email(p, domain=c.ch(["gmail.com", "wp.pl", "yahoo.com", "outlook.com", "o2.pl"]))
        boss = c.person(age=(35, 70))
        ea = c.addr(plain_line=True)
        dom = f"{slug(estate)}.{tld(c)}"
        start = c.date("2025-09-01", "2025-09-25")
        sent = when(c, start - dt.timedelta(days=c.ri(10, 60)))
        country = COUNTRY_NAME[c.lang][a.extra]
        ph = c.foreign_phone(a.extra if a.extra in FOREIGN_MOBILE else "RO")
        if c.lang == "de":
            t = (f"{mail_head(c, who(p, pe), 'info@' + dom, sent, 'Bewerbung Weinlese 2025')}\n\n"
                 f"{greet(c)}\n\nich heiße {P(p.n('full'))}, bin am {c.dob(p, 'long')} geboren und wohne in "
                 f"{country} ({AD(a.one())}). Ich habe schon zwei Jahre in der Pfalz gelesen. Meine Freundin "
                 f"{P(friend.n('full'))} (geb. {c.dob(friend)}) würde gern mitkommen. Wir könnten ab "
                 f"{c.fd(start)} da sein. Reisepass-Nr. {id_doc(c)}.\nTelefon/WhatsApp: {PH(ph)}\n\n{bye(c)}\n"
                 f"{P(p.first)}\n\n---\n\n{greet(c, p, formal=False)}\n\ndanke für deine Nachricht, ihr seid beide "
                 f"herzlich willkommen. Treffpunkt am ersten Tag um 7:30 Uhr am Hof: {AD(ea.one())}. Unterkunft im "
                 f"Gästehaus, {c.money(8, 15)} pro Nacht, Lohn {c.money(13, 15)} pro Stunde. Bitte bring "
                 f"Gummistiefel und eine Rebschere mit.\n\n{bye(c)}\n{P(boss.n('full'))}\n{estate}\n"
                 f"Tel. {PH(c.phone('land'))} · {EM(c.work_email(boss, dom))}")
        elif c.lang == "fr":
            t = (f"{mail_head(c, who(p, pe), 'contact@' + dom, sent, 'Candidature vendanges 2025')}\n\n"
                 f"{greet(c)}\n\nje m'appelle {P(p.n('full'))}, {c.born(p)} {c.dob(p, 'long')}, et j'habite en "
                 f"{country} ({AD(a.one())}). J'ai déjà fait deux vendanges en Bourgogne. Mon amie "
                 f"{P(friend.n('full'))} ({c.born(friend)} {c.dob(friend)}) aimerait venir aussi. Nous serions "
                 f"disponibles à partir du {c.fd(start)}. Passeport n° {id_doc(c)}.\nTél./WhatsApp : {PH(ph)}\n\n"
                 f"{bye(c)}\n{P(p.first)}\n\n---\n\n{greet(c, p, formal=False)}\n\nmerci pour ton message, vous êtes "
                 f"les bienvenus tous les deux. Rendez-vous le premier jour à 7h30 au domaine : {AD(ea.one())}. "
                 f"Logement au gîte ({c.money(8, 15)} la nuit), salaire {c.money(11, 13)} brut de l'heure. Prévoir "
                 f"bottes et sécateur.\n\n{bye(c)}\n{P(boss.n('full'))}\n{estate}\nTél. {PH(c.phone('land'))} · "
                 f"{EM(c.work_email(boss, dom))}")
        elif c.lang == "it":
            t = (f"{mail_head(c, who(p, pe), 'info@' + dom, sent, 'Candidatura vendemmia 2025')}\n\n"
                 f"{greet(c)}\n\nmi chiamo {P(p.n('full'))}, {c.born(p)} {c.dob(p, 'long')}, e vivo in {country} "
                 f"({AD(a.one())}). Ho già fatto due vendemmie nelle Langhe. Anche la mia amica "
                 f"{P(friend.n('full'))} ({c.born(friend)} {c.dob(friend)}) vorrebbe venire. Saremmo disponibili "
                 f"dal {c.fd(start)}. Passaporto n. {id_doc(c)}.\nTel./WhatsApp: {PH(ph)}\n\n{bye(c)}\n{P(p.first)}"
                 f"\n\n---\n\n{greet(c, p, formal=False)}\n\ngrazie del messaggio, siete i benvenuti. Il primo giorno "
                 f"ci vediamo alle 7:30 in cascina: {AD(ea.one())}. Alloggio in foresteria ({c.money(8, 15)} a "
                 f"notte), paga {c.money(9, 11)} l'ora. Portate stivali e forbici.\n\n{bye(c)}\n"
                 f"{P(boss.n('full'))}\n{estate}\nTel. {PH(c.phone('land'))} · {EM(c.work_email(boss, dom))}")
        else:
            t = (f"{mail_head(c, who(p, pe), 'jobs@' + dom, sent, 'Harvest 2025 application')}\n\n"
                 f"{greet(c)}\n\nMy name is {P(p.n('full'))}, born {c.dob(p, 'long')}, and I live in {country} "
                 f"({AD(a.one())}). I've done two vintages before. My friend {P(friend.n('full'))} (DOB "
                 f"{c.dob(friend)}) would like to come too. We could start from {c.fd(start)}. Passport no. "
                 f"{id_doc(c)}.\nPhone/WhatsApp: {PH(ph)}\n\n{bye(c)}\n{P(p.first)}\n\n---\n\n"
                 f"{greet(c, p, formal=False)}\n\nThanks for getting in touch, you're both welcome. Day one we meet at "
                 f"7:30am at the winery: {AD(ea.one())}. Bunkhouse is {c.money(8, 15)} a night, pay is "
                 f"{c.money(17, 21)} an hour. Bring boots and secateurs.\n\n{bye(c)}\n{P(boss.n('full'))}\n{estate}\n"
                 f"{PH(c.phone('land'))} · {EM(c.work_email(boss, dom))}")
        return f"{request(c)}\n\n{t}", ""
    # v == 3: helpers' group chat
    people = [c.person(age=(18, 65)) for _ in range(c.ri(4, 6))]
    nums = [c.phone() for _ in people]
    d = c.date("2025-09-05", "2025-10-15")
    lines = []
    seen: set[int] = set()
    for k in range(c.ri(6, 9)):
        j = c.ri(0, len(people) - 1)
        p, q = people[j], people[(j + 2) % len(people)]
        sender = PH(nums[j]) if c.r() < 0.3 else P(p.n(c.ch(["full", "first", "firstinit"])))
        x = c.ri(0, 5)
        while x in seen and len(seen) < 6:
            x = c.ri(0, 5)
        seen.add(x)
        if c.lang == "de":
            msg = [f"morgen 6:45 abfahrt an der {AD(c.addr(plain_line=True, town=c.home).line)}",
                   f"ich nehm {P(q.first)} mit, hol dich in der {AD(c.addr(plain_line=True, town=c.home).line)} ab",
                   f"für die abrechnung meine iban: {IB(c.iban())}", "hat jemand meine rebschere gesehen?",
                   f"neue nummer von {P(q.first)}: {PH(c.phone())}", "regen ab 14 uhr, wir machen um 13 schluss"][x]
        elif c.lang == "fr":
            msg = [f"demain départ 6h45 devant le {AD(c.addr(plain_line=True, town=c.home).line)}",
                   f"je prends {P(q.first)}, je passe te chercher au {AD(c.addr(plain_line=True, town=c.home).line)}",
                   f"pour la paie mon iban : {IB(c.iban())}", "quelqu'un a vu mon sécateur ?",
                   f"nouveau numéro de {P(q.first)} : {PH(c.phone())}", "pluie à 14h, on arrête à 13h"][x]
        elif c.lang == "it":
            msg = [f"domani partenza alle 6:45 da {AD(c.addr(plain_line=True, town=c.home).line)}",
                   f"porto io {P(q.first)}, ti passo a prendere in {AD(c.addr(plain_line=True, town=c.home).line)}",
                   f"per la paga il mio iban: {IB(c.iban())}", "qualcuno ha visto le mie forbici?",
                   f"nuovo numero di {P(q.first)}: {PH(c.phone())}", "pioggia dalle 14, chiudiamo alle 13"][x]
        else:
            msg = [f"tomorrow leaving 6:45 from {AD(c.addr(plain_line=True, town=c.home).line)}",
                   f"i'll take {P(q.first)}, picking you up at {AD(c.addr(plain_line=True, town=c.home).line)}",
                   f"for payroll my account: {IB(c.iban())}" if region != "US" else
                   f"for payroll my zelle is {PH(c.phone())}", "anyone seen my secateurs?",
                   f"{P(q.first)}'s new number: {PH(c.phone())}", "rain from 2pm, we stop at 1"][x]
        ts = dt.datetime(d.year, d.month, d.day, 18, 0) + dt.timedelta(minutes=9 * k)
        lines.append(f"{ts.strftime('%d/%m/%Y %H:%M')} - {sender}: {msg}")
    title = c.t(de=f"WhatsApp-Gruppe „Lese 2025 {estate}“", fr="Groupe WhatsApp « Vendanges 2025 »",
                it="Gruppo WhatsApp \"Vendemmia 2025\"", en="WhatsApp group 'Harvest crew 2025'")
    return f"{request(c)}\n\n{title}\n{chr(10).join(lines)}", ""


# ---------------------------------------------------------------------------------------------------------------
# 6. bicycle marking and registration: event registers, ownership forms, registry JSON, theft mails
# ---------------------------------------------------------------------------------------------------------------
BIKES = ["Cube", "Giant", "Trek", "Gazelle", "Kalkhoff", "Riese & Müller", "Specialized", "Brompton", "Bianchi",
         "Decathlon Btwin", "Canyon", "Stevens", "Scott", "Peugeot", "Raleigh", "Pinarello", "KTM"]
COLORS = {"de": ["schwarz", "weiß", "blau", "rot", "grün matt", "grau", "türkis"],
          "fr": ["noir", "blanc", "bleu", "rouge", "vert mat", "gris", "turquoise"],
          "it": ["nero", "bianco", "blu", "rosso", "verde opaco", "grigio", "turchese"],
          "en": ["black", "white", "blue", "red", "matt green", "grey", "teal"]}


def frame_no(c: Ctx) -> str:
    return c.ch([f"WBK{_d(c.rng, 9)}", f"{c.ch('ABCDEFGHKLMNPRSTWXYZ')}{_d(c.rng, 2)}{c.ch('ABCDEFGHKLMN')}"
                 f"{_d(c.rng, 6)}", f"GZ{_d(c.rng, 7)}", f"T{_d(c.rng, 3)}-{_d(c.rng, 5)}"])


def bike_code(c: Ctx, p: Person) -> str:
    region = c.key.split("_")[0]
    ini = (fold(p.first)[0] + fold(p.last)[0]).upper()
    if region in ("DE", "AT", "CH"):
        return f"{c.ch(['B', 'M', 'K', 'HH', 'F', 'S', 'W', 'G', 'ZH'])} {_d(c.rng, 4)} {_d(c.rng, 3)} " \
               f"{c.ri(1, 120):03d} {ini} {c.ri(22, 25)}"
    if region in ("FR", "BE"):
        return f"{_d(c.rng, 3)} {_d(c.rng, 4)} {_d(c.rng, 2)} {c.ch('ABCDEFGH')}"
    if region == "IT":
        return f"RIB-{_d(c.rng, 8)}"
    return f"BR{_d(c.rng, 8)}" if region == "GB" else f"{c.ch(['529G', 'GBR'])}-{_d(c.rng, 7)}"


def t_bikecoding(c: Ctx) -> tuple[str, str]:
    v = c.i % 4
    region = c.key.split("_")[0]
    town = c.home[0].split(",")[0] if region in ("GB", "IE", "US") else c.home[1]
    if v == 0:
        hdr = {"de": ["Nr", "Name", "geb.", "Anschrift", "Telefon", "Marke/Farbe", "Rahmennr.", "Code"],
               "fr": ["N°", "Nom", "Né(e) le", "Adresse", "Téléphone", "Marque/couleur", "N° de cadre", "Code"],
               "it": ["N.", "Nome", "Nato/a il", "Indirizzo", "Telefono", "Marca/colore", "N. telaio", "Codice"],
               "en": ["#", "Name", "DOB", "Address", "Phone", "Make/colour", "Frame no.", "Mark"]}[c.lang]
        show_dob = c.r() < 0.75
        if not show_dob:
            hdr = hdr[:2] + hdr[3:]
        rows = []
        st = c.ch(["full", "lf", "LcF"])
        ds = c.ch(["num", "nz", "iso"])
        for k in range(c.ri(5, 7)):
            p = c.person(age=(12, 80))
            row = [str(k + 1), P(p.n(st))]
            if show_dob:
                row.append(c.dob(p, ds))
            row += [AD(c.addr().one()), PH(c.phone()) if c.r() < 0.55 else "",
                    f"{c.ch(BIKES)} {c.ch(COLORS[c.lang])}", frame_no(c), bike_code(c, p)]
            rows.append(row)
        d = c.date()
        off = c.person()
        title = c.t(de=f"Fahrradcodierung {town} am {c.fd(d)} – Polizei & ADFC, Marktplatz 10–14 Uhr",
                    fr=f"Marquage vélos {town} – {c.fd(d, 'long')}, parvis de la mairie, 10h–14h",
                    it=f"Marcatura bici {town} – {c.fd(d, 'long')}, piazza del municipio, 10–14",
                    en=f"Bike marking day {town} – {c.fd(d, 'long')}, library car park 10am–2pm")
        foot = c.t(de=f"Ausweise geprüft: POK {P(off.last)} (Dienstnr. {_d(c.rng, 6)})",
                   fr=f"Pièces d'identité vérifiées par le brigadier {P(off.last)} (matricule {_d(c.rng, 6)})",
                   it=f"Documenti controllati dall'agente {P(off.n('full'))} (matricola {_d(c.rng, 6)})",
                   en=f"ID checked by PC {P(off.last)} (collar no. {_d(c.rng, 4)})")
        return f"{request(c)}\n\n{title}\n\n{md_table(hdr, rows)}\n\n{foot}", ""
    if v == 1:
        p = c.person(age=(16, 80))
        a = c.addr()
        seller = c.person()
        off = c.person()
        bought = c.date("2019-01-01", "2025-08-01")
        lb = {"de": ["Eigentümer/in", "Geburtsdatum", "Anschrift", "Telefon", "E-Mail", "Ausweis-Nr.", "Fahrrad",
                     "Rahmennummer", "Gekauft am", "Gekauft bei", "Kaufpreis", "Code"],
              "fr": ["Propriétaire", "Date de naissance", "Adresse", "Téléphone", "Courriel", "N° CNI", "Vélo",
                     "N° de cadre", "Acheté le", "Acheté auprès de", "Prix", "Code"],
              "it": ["Proprietario/a", "Data di nascita", "Indirizzo", "Telefono", "E-mail", "N. carta d'identità",
                     "Bicicletta", "N. telaio", "Acquistata il", "Venditore", "Prezzo", "Codice"],
              "en": ["Owner", "Date of birth", "Address", "Phone", "Email", "ID no.", "Bicycle", "Frame number",
                     "Bought on", "Bought from", "Price", "Mark"]}[c.lang]
        private = c.r() < 0.6
        sold_by = (f"{P(seller.n('full'))} ({c.t(de='privat', fr='particulier', it='privato', en='private sale')}, "
                   f"{PH(c.phone())})" if private else c.company())
        vals = [P(p.n("full")), c.dob(p), AD(a.one()), PH(c.phone()), EM(c.email(p)), id_doc(c),
                f"{c.ch(BIKES)}, {c.ch(COLORS[c.lang])}", frame_no(c), c.fd(bought), sold_by, c.money(150, 3800),
                bike_code(c, p)]
        form = "\n".join(f"{x}: {y}" for x, y in zip(lb, vals, strict=True))
        title = c.t(de="EIGENTUMSNACHWEIS / ANTRAG AUF FAHRRADCODIERUNG", fr="ATTESTATION DE PROPRIÉTÉ – MARQUAGE",
                    it="DICHIARAZIONE DI PROPRIETÀ – MARCATURA BICICLETTA", en="PROOF OF OWNERSHIP – BIKE MARKING")
        sign = c.t(de=f"Ich versichere, dass das Fahrrad mein Eigentum ist.\n{town}, {c.fd(c.date())}   "
                      f"Unterschrift: {P(p.n('full'))}\nCodiert durch: {P(off.n('init'))}",
                   fr=f"Je certifie être propriétaire de ce vélo.\nÀ {town}, le {c.fd(c.date())}   Signature : "
                      f"{P(p.n('full'))}\nMarqué par : {P(off.n('init'))}",
                   it=f"Dichiaro che la bicicletta è di mia proprietà.\n{town}, {c.fd(c.date())}   Firma: "
                      f"{P(p.n('full'))}\nMarcata da: {P(off.n('init'))}",
                   en=f"I confirm this bicycle is my property.\nSigned {P(p.n('full'))}, {c.fd(c.date())}\n"
                      f"Marked by: {P(off.n('init'))}")
        return f"{request(c)}\n\n{title}\n\n{form}\n\n{sign}", ("upper" if c.r() < 0.3 else "")
    if v == 2:
        recs = []
        asc = c.r() < 0.4
        for _ in range(c.ri(2, 4)):
            p = c.person(age=(14, 80))
            a = c.addr()
            ts = dt.datetime(2025, 1, 1) + dt.timedelta(minutes=c.ri(0, 400000))
            owner = (f'    "owner": {{\n      "firstName": {jstr(P(p.first), asc)},\n'
                     f'      "lastName": {jstr(P(p.last), asc)},\n'
                     f'      "birthDate": {jstr(DB(p.dob.isoformat()))},\n'
                     f'      "street": {jstr(AD(a.line), asc)},\n      "zip": "{a.pc}",\n'
                     f'      "city": {jstr(a.town, asc)},\n      "phone": {jstr(PH(c.phone()))},\n'
                     f'      "email": {jstr(EM(c.email(p)))}\n    }}')
            bike = (f'    "bike": {{"brand": {jstr(c.ch(BIKES), asc)}, "color": {jstr(c.ch(COLORS[c.lang]), asc)}, '
                    f'"frameNumber": "{frame_no(c)}", "code": "{bike_code(c, p)}", "eBike": '
                    f'{str(c.r() < 0.4).lower()}}}')
            recs.append(f'  {{\n    "id": {c.ri(10000, 99999)},\n    "createdAt": "{ts.isoformat()}Z",\n'
                        f'{owner},\n{bike},\n    "status": "{c.ch(["active", "active", "stolen", "sold"])}"\n  }}')
        ask = c.t(de="Export aus unserem Registrierungsportal – welche Einträge sind als gestohlen markiert?",
                  fr="Export de notre registre de vélos : quels vélos sont déclarés volés ?",
                  it="Export del registro bici: quali risultano rubate?",
                  en="Export from our bike register – which ones are flagged stolen?")
        return f"{ask}\n\n```json\n[\n" + ",\n".join(recs) + "\n]\n```", ""
    # v == 3: theft report mail and reply, then a finder's message
    p = c.person(age=(16, 75))
    a = c.addr()
    pe = c.email(p)
    off = c.person()
    finder = c.person()
    d = c.date()
    code = bike_code(c, p)
    station = c.addr(plain_line=True)
    sent = when(c, d + dt.timedelta(days=1))
    dom = {"DE": "polizei.de", "AT": "polizei.gv.at", "CH": "kapo.ch", "FR": "interieur.gouv.fr", "BE": "police.be",
           "IT": "poliziadistato.it", "GB": "police.uk", "IE": "garda.ie", "US": "police.gov"}[region]
    if c.lang == "de":
        t = (f"{mail_head(c, who(p, pe), 'fahrradstelle@' + dom, sent, 'Fahrraddiebstahl – Code ' + code)}\n\n"
             f"{greet(c)}\n\nmein codiertes Fahrrad ({c.ch(BIKES)}, {c.ch(COLORS['de'])}, Code {code}, Rahmennr. "
             f"{frame_no(c)}) wurde in der Nacht zum {c.fd(d)} vor meinem Haus {AD(a.one())} gestohlen. Anzeige ist "
             f"online erstattet (Vorgangsnr. {_d(c.rng, 10)}). Erreichbar bin ich unter {PH(c.phone())}.\n\n"
             f"{bye(c)}\n{P(p.n('full'))}\n\n---\n\n{greet(c, p)}\n\nIhr Fahrrad wurde heute in der "
             f"{AD(c.addr(plain_line=True).line)} aufgefunden und sichergestellt. Abholung mit Ausweis und "
             f"Kaufbeleg bei der Dienststelle {AD(station.one())}, Mo–Fr 8–15 Uhr.\n\n{bye(c)}\n"
             f"PHK {P(off.n('full'))}\nTel. {PH(c.phone('land'))}\n\n---\n\n"
             f"SMS von {PH(c.phone())}: Hallo, hier {P(finder.first)}, ich glaube Ihr Rad stand bei uns im Hof, "
             f"Polizei ist informiert.")
    elif c.lang == "fr":
        t = (f"{mail_head(c, who(p, pe), 'velos-voles@' + dom, sent, 'Vol de vélo – code ' + code)}\n\n"
             f"{greet(c)}\n\nmon vélo marqué ({c.ch(BIKES)}, {c.ch(COLORS['fr'])}, code {code}, cadre "
             f"{frame_no(c)}) a été volé dans la nuit du {c.fd(d)} devant chez moi, {AD(a.one())}. Plainte déposée "
             f"(n° {_d(c.rng, 10)}). Je suis joignable au {PH(c.phone())}.\n\n{bye(c)}\n{P(p.n('full'))}\n\n---\n\n"
             f"{greet(c, p)}\n\nvotre vélo a été retrouvé ce jour {AD(c.addr(plain_line=True).line)}. Vous pouvez "
             f"le récupérer au commissariat, {AD(station.one())}, du lundi au vendredi de 8h à 15h, muni d'une "
             f"pièce d'identité.\n\n{bye(c)}\nBrigadier-chef {P(off.n('full'))}\nTél. {PH(c.phone('land'))}\n\n"
             f"---\n\nSMS du {PH(c.phone())} : Bonjour, c'est {P(finder.first)}, je crois que votre vélo était dans "
             f"notre cour, la police est prévenue.")
    elif c.lang == "it":
        t = (f"{mail_head(c, who(p, pe), 'urp@' + dom, sent, 'Furto bicicletta – codice ' + code)}\n\n"
             f"{greet(c)}\n\nla mia bici marcata ({c.ch(BIKES)}, {c.ch(COLORS['it'])}, codice {code}, telaio "
             f"{frame_no(c)}) è stata rubata nella notte del {c.fd(d)} davanti a casa, in {AD(a.one())}. Ho già "
             f"fatto denuncia (n. {_d(c.rng, 10)}). Sono raggiungibile al {PH(c.phone())}.\n\n{bye(c)}\n"
             f"{P(p.n('full'))}\n\n---\n\n{greet(c, p)}\n\nla sua bicicletta è stata ritrovata oggi in "
             f"{AD(c.addr(plain_line=True).line)}. Può ritirarla presso il commissariato, {AD(station.one())}, "
             f"lun–ven 8–15, con documento.\n\n{bye(c)}\nIsp. {P(off.n('full'))}\nTel. {PH(c.phone('land'))}\n\n"
             f"---\n\nSMS da {PH(c.phone())}: Buongiorno, sono {P(finder.first)}, credo che la sua bici fosse nel "
             f"nostro cortile, ho avvisato la polizia.")
    else:
        t = (f"{mail_head(c, who(p, pe), 'property@' + dom, sent, 'Stolen bike – mark ' + code)}\n\n"
             f"{greet(c)}\n\nMy marked bike ({c.ch(BIKES)}, {c.ch(COLORS['en'])}, mark {code}, frame "
             f"{frame_no(c)}) was stolen overnight on {c.fd(d)} from outside my house at {AD(a.one())}. Crime ref "
             f"{_d(c.rng, 10)}. I'm on {PH(c.phone())}.\n\n{bye(c)}\n{P(p.n('full'))}\n\n---\n\n{greet(c, p)}\n\n"
             f"Your bicycle was recovered today on {AD(c.addr(plain_line=True).line)}. You can collect it from the "
             f"station at {AD(station.one())}, Mon–Fri 8am–3pm, with photo ID.\n\n{bye(c)}\n"
             f"{ {'IE': 'Garda', 'US': 'Officer'}.get(region, 'PC')} {P(off.n('full'))}\n{PH(c.phone('land'))}"
             f"\n\n---\n\nText from {PH(c.phone())}: Hi, this is "
             f"{P(finder.first)}, I think your bike was in our yard, police know.")
    return f"{request(c)}\n\n{t}", ""


# ---------------------------------------------------------------------------------------------------------------
# 7. food bank: client registration cards, distribution lists, social-service referrals, driver rotas
# ---------------------------------------------------------------------------------------------------------------
def t_foodbank(c: Ctx) -> tuple[str, str]:
    v = c.i % 4
    region = c.key.split("_")[0]
    town = c.home[0].split(",")[0] if region in ("GB", "IE", "US") else c.home[1]
    org = c.t(de=f"Tafel {town} e.V." if region == "DE" else f"Tafel {town}" if region == "CH" else f"SOMA {town}",
              fr=f"Banque alimentaire de {town}" if region != "BE" else f"Épicerie sociale de {town}",
              it=f"Banco alimentare – Emporio solidale {town}", en=f"{town} Food Bank")
    rel_words = {"de": {"f": ["Ehefrau", "Tochter", "Mutter", "Partnerin"], "m": ["Ehemann", "Sohn", "Vater",
                                                                                   "Partner"]},
                 "fr": {"f": ["épouse", "fille", "mère", "compagne"], "m": ["époux", "fils", "père", "compagnon"]},
                 "it": {"f": ["moglie", "figlia", "madre", "compagna"], "m": ["marito", "figlio", "padre",
                                                                             "compagno"]},
                 "en": {"f": ["wife", "daughter", "mother", "partner"], "m": ["husband", "son", "father",
                                                                              "partner"]}}[c.lang]
    if v == 0:
        p = c.person(age=(20, 80))
        a = c.addr()
        members = []
        partner = c.partner(p) if c.r() < 0.5 else None
        if partner:
            members.append((partner, rel_words[partner.g][0 if partner.last == p.last else 3]))
        for _ in range(c.ri(0, 4)):
            k = c.child(p, (0, 17))
            members.append((k, rel_words[k.g][1]))
        proxy = c.person()
        ds = c.ch(["num", "nz", "num"])
        mem = "\n".join(f"  - {P(m.n('full') if m.last != p.last or c.r() < 0.5 else m.first)}, {rw}, "
                        f"{lab(c, 'dob_s')} {c.dob(m, ds)}" for m, rw in members) or "  –"
        kd = f"{c.ch('ABCDEFG')}-{c.ri(100, 999)}"
        proof = c.t(de=c.ch(["Bürgergeld-Bescheid", "Rentenbescheid + Grundsicherung", "Wohngeldbescheid",
                             "AsylbLG-Bescheid"]) if region == "DE" else c.ch(["Ausgleichszulage",
                                                                               "Sozialhilfe-Bescheid",
                                                                               "KulturLegi"]),
                    fr=c.ch(["attestation RSA", "notification CAF", "avis de non-imposition", "attestation CPAS"]),
                    it=c.ch(["ISEE 2025", "attestazione servizi sociali", "Assegno di inclusione"]),
                    en=c.ch(["Universal Credit statement", "referral voucher", "SNAP letter", "Jobseeker's letter"]))
        lb = {"de": ("AUFNAHMEBOGEN", "Kundennr.", "Antragsteller/in", "Haushaltsangehörige", "Nachweis", "gültig bis",
                     "Ausgabetag", "Abholberechtigt (Vollmacht)", "Erfasst von"),
              "fr": ("FICHE D'INSCRIPTION", "N° bénéficiaire", "Demandeur", "Personnes au foyer", "Justificatif",
                     "valable jusqu'au", "Jour de distribution", "Autorisé(e) à retirer (procuration)", "Saisi par"),
              "it": ("SCHEDA DI ISCRIZIONE", "N. tessera", "Richiedente", "Componenti del nucleo", "Documentazione",
                     "valida fino al", "Giorno di ritiro", "Delegato al ritiro", "Compilata da"),
              "en": ("CLIENT REGISTRATION", "Client no.", "Main applicant", "Household members", "Evidence",
                     "valid until", "Collection day", "Authorised to collect", "Registered by")}[c.lang]
        wd = c.ch(WEEKDAYS[c.lang][:5])
        vol = c.person()
        t = (f"{org} – {lb[0]}\n\n{lb[1]}: {kd}\n{lb[2]}: {P(p.n(c.ch(['full', 'lf'])))}, {lab(c, 'dob_s')} "
             f"{c.dob(p)}\n{lab(c, 'address')}: {AD(a.one())}\n{lab(c, 'phone')}: {PH(c.phone())}\n"
             f"{lb[3]}:\n{mem}\n{lb[4]}: {proof} ({lb[5]} {c.fd(c.date('2025-12-01', '2026-12-31'))})\n"
             f"{lb[6]}: {wd}, {c.ch(['10:00', '14:30', '16:00'])}\n{lb[7]}: {P(proxy.n('full'))}, "
             f"{PH(c.phone())}\n{lb[8]}: {P(vol.n('firstinit'))}, {c.fd(c.date())}")
        return f"{request(c)}\n\n{t}", ""
    if v == 1:
        hdr = {"de": ["Nr", "Kd.-Nr.", "Name", "Pers.", "Zeit", "abgeholt", "Bemerkung"],
               "fr": ["N°", "Carte", "Nom", "Pers.", "Heure", "Retiré", "Remarque"],
               "it": ["N.", "Tessera", "Nome", "Pers.", "Ora", "Ritirato", "Note"],
               "en": ["#", "Client", "Name", "HH", "Slot", "Collected", "Notes"]}[c.lang]
        st = c.ch(["LF", "lf", "full"])
        rows = []
        with_dob = c.r() < 0.4
        if with_dob:
            hdr = hdr[:3] + [lab(c, "dob_s")] + hdr[3:]
        ds = c.ch(["num", "nz", "y2"])
        for k in range(c.ri(6, 8)):
            p = c.person()
            note = ""
            x = c.r()
            if x < 0.25:
                q = c.person()
                note = c.t(de=f"Vollmacht: {P(q.n('full'))}", fr=f"procuration : {P(q.n('full'))}",
                           it=f"delega: {P(q.n('full'))}", en=f"proxy: {P(q.n('full'))}")
            elif x < 0.35:
                note = c.t(de="vegetarisch", fr="sans porc", it="celiachia", en="no pork")
            elif x < 0.42:
                note = c.t(de=f"neue Nr. {PH(c.phone())}", fr=f"nouveau tél. {PH(c.phone())}",
                           it=f"nuovo tel. {PH(c.phone())}", en=f"new no. {PH(c.phone())}")
            row = [str(k + 1), f"{c.ch('ABCDEFG')}-{c.ri(100, 999)}", P(p.n(st))]
            if with_dob:
                row.append(c.dob(p, ds))
            rows.append(row + [str(c.ri(1, 7)), f"{c.ri(9, 16)}:{c.ch(['00', '15', '30', '45'])}",
                               c.ch(["x", "x", "", "x"]), note])
        d = c.date()
        head = c.t(de=f"Ausgabe {c.fd(d)} – {org}", fr=f"Distribution du {c.fd(d, 'long')} – {org}",
                   it=f"Distribuzione del {c.fd(d)} – {org}", en=f"Distribution {c.fd(d, 'long')} – {org}")
        lead = c.person()
        foot = c.t(de=f"Schichtleitung: {P(lead.n('full'))}", fr=f"Responsable : {P(lead.n('full'))}",
                   it=f"Responsabile turno: {P(lead.n('full'))}", en=f"Shift lead: {P(lead.n('full'))}")
        return f"{request(c)}\n\n{head}\n\n{fixed_table(hdr, rows)}\n\n{foot}", ""
    if v == 2:
        p = c.person(g="f", age=(20, 50))
        a = c.addr()
        kids = [c.child(p, (0, 16)) for _ in range(c.ri(1, 4))]
        sw = c.person(age=(25, 63))
        agency = c.t(de="Allgemeiner Sozialer Dienst", fr="CCAS" if region == "FR" else "CPAS" if region == "BE"
                     else "Service social", it="Servizi sociali del Comune", en="Citizens Advice" if region == "GB"
                     else "Family Resource Center" if region == "US" else "Citizens Information Centre")
        dom = f"{slug(town)}.{tld(c)}"
        swe = c.work_email(sw, dom)
        odom = f"{slug(org)}.{tld(c)}"
        kl = ", ".join(f"{P(k.first)} ({c.dob(k)})" for k in kids)
        if c.lang == "de":
            t = (f"{mail_head(c, who(sw, swe), 'ausgabe@' + odom, when(c), 'Zuweisung Lebensmittelhilfe')}"
                 f"\n\n{greet(c)}\n\nhiermit bitten wir um Aufnahme von {c.sal(p, 'dat')} {P(p.n('full'))}, geb. "
                 f"{c.dob(p)}, wohnhaft {AD(a.one())}, Tel. {PH(c.phone())}. Sie lebt allein mit ihren Kindern "
                 f"{kl}. Der Leistungsbescheid liegt uns vor (Az. {_d(c.rng, 3)}-{_d(c.rng, 5)}), bis zur Auszahlung "
                 f"besteht eine Lücke von ca. drei Wochen.\n\n{bye(c)}\n{P(sw.n('full'))}\n{agency}\n"
                 f"Tel. {PH(c.phone('land'))}\n{EM(swe)}")
        elif c.lang == "fr":
            t = (f"{mail_head(c, who(sw, swe), 'accueil@' + odom, when(c), 'Orientation aide sociale')}"
                 f"\n\n{greet(c)}\n\nje vous oriente {c.sal(p)} {P(p.n('full'))}, {c.born(p)} {c.dob(p)}, domiciliée "
                 f"{AD(a.one())}, tél. {PH(c.phone())}. Elle vit seule avec ses enfants {kl}. Le dossier est complet "
                 f"(réf. {_d(c.rng, 6)}) ; il manque environ trois semaines avant le premier versement.\n\n{bye(c)}\n"
                 f"{P(sw.n('full'))}\nTravailleur social – {agency}\nTél. {PH(c.phone('land'))}\n{EM(swe)}")
        elif c.lang == "it":
            t = (f"{mail_head(c, who(sw, swe), 'emporio@' + odom, when(c), 'Segnalazione nucleo')}"
                 f"\n\n{greet(c)}\n\nsegnaliamo la {c.sal(p)} {P(p.n('full'))}, {c.born(p)} {c.dob(p)}, residente in "
                 f"{AD(a.one())}, tel. {PH(c.phone())}. Vive sola con i figli {kl}. ISEE in corso di rilascio "
                 f"(prot. {_d(c.rng, 6)}); chiediamo l'accesso all'emporio per tre mesi.\n\n{bye(c)}\n"
                 f"{P(sw.n('full'))}\nAssistente sociale – {agency}\nTel. {PH(c.phone('land'))}\n{EM(swe)}")
        else:
            t = (f"{mail_head(c, who(sw, swe), 'referrals@' + odom, when(c), 'Food bank referral')}\n\n"
                 f"{greet(c)}\n\nI'm referring {c.sal(p)} {P(p.n('full'))} (DOB {c.dob(p)}) of {AD(a.one())}, phone "
                 f"{PH(c.phone())}. She lives alone with her children {kl}. Her benefit claim is in (ref "
                 f"{_d(c.rng, 8)}) but there's a gap of about three weeks before the first payment. Voucher no. "
                 f"{_d(c.rng, 6)}.\n\n{bye(c)}\n{P(sw.n('full'))}\nAdviser – {agency}\n{PH(c.phone('land'))}\n"
                 f"{EM(swe)}")
        return f"{request(c)}\n\n{t}", ""
    # v == 3: drivers and supermarket pick-ups
    hdr = {"de": ["Tag", "Fahrer/in", "Handy", "Markt", "Adresse", "Ansprechpartner"],
           "fr": ["Jour", "Chauffeur", "Portable", "Magasin", "Adresse", "Contact"],
           "it": ["Giorno", "Autista", "Cellulare", "Negozio", "Indirizzo", "Referente"],
           "en": ["Day", "Driver", "Mobile", "Store", "Address", "Contact"]}[c.lang]
    stores = {"DE": ["REWE", "EDEKA", "Lidl", "Aldi Süd", "Bäckerei Schäfer", "denn's Biomarkt"],
              "AT": ["BILLA", "SPAR", "Hofer", "Bäckerei Ströck", "MPREIS"],
              "CH": ["Coop", "Migros", "Denner", "Volg", "Bäckerei Jung"] if c.lang == "de" else
              ["Coop", "Migros", "Denner", "Manor Food"] if c.lang == "fr" else ["Coop", "Migros", "Denner",
                                                                                 "Panetteria Poretti"],
              "FR": ["Carrefour Market", "Intermarché", "Super U", "Biocoop", "Boulangerie Ange"],
              "BE": ["Delhaize", "Colruyt", "Carrefour", "Aldi", "Boulangerie Paul"],
              "IT": ["Conad", "Coop", "Esselunga", "Eurospin", "Forno Santa Rita"],
              "GB": ["Tesco Extra", "Sainsbury's", "Co-op", "Greggs", "Lidl"],
              "IE": ["SuperValu", "Tesco", "Dunnes Stores", "Aldi", "Centra"],
              "US": ["Trader Joe's", "Kroger", "Whole Foods", "Safeway", "Panera Bread"]}[region]
    rows = []
    drivers = [(c.person(), c.phone()) for _ in range(c.ri(3, 5))]
    for k in range(c.ri(4, 6)):
        dr, ph = c.ch(drivers)
        contact = c.person()
        rows.append([WEEKDAYS[c.lang][k % 6], P(dr.n("full")), PH(ph), c.ch(stores),
                     AD(c.addr(plain_line=True, town=c.home).one()),
                     P(contact.n(c.ch(['full', 'last']))) + (f" {PH(c.phone('land'))}" if c.r() < 0.5 else "")])
    head = c.t(de=f"## Abholplan {org}", fr=f"## Planning des ramasses – {org}", it=f"## Turni ritiro – {org}",
               en=f"## Pick-up rota – {org}")
    depot = c.addr(plain_line=True, town=c.home)
    foot = c.t(de=f"Lager: {AD(depot.one())} · Schlüssel bei {P(c.person().n('full'))}",
               fr=f"Entrepôt : {AD(depot.one())} · clés chez {P(c.person().n('full'))}",
               it=f"Magazzino: {AD(depot.one())} · chiavi da {P(c.person().n('full'))}",
               en=f"Warehouse: {AD(depot.one())} · keys with {P(c.person().n('full'))}")
    if region != "US" and c.r() < 0.7:
        foot += "\n" + c.t(de=f"Spendenkonto: {IB(c.iban())}", fr=f"Dons : {IB(c.iban())}",
                            it=f"Donazioni: {IB(c.iban())}", en=f"Donations: {IB(c.iban())}")
    return f"{request(c)}\n\n{head}\n\n{md_table(hdr, rows)}\n\n{foot}", ""


# ---------------------------------------------------------------------------------------------------------------
# 8. crowdfunding: backer survey CSV, fulfilment JSON, backer support mails, refunds and thank-you lists
# ---------------------------------------------------------------------------------------------------------------
CC = {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "BE": "BE", "IT": "IT", "GB": "GB", "IE": "IE", "US": "US"}


def t_crowdfunding(c: Ctx) -> tuple[str, str]:
    v = c.i % 4
    region = c.key.split("_")[0]
    project, pdom = c.ch([("Wildflower Seed Bombs", "seedbombs.shop"), ("Pocket Sourdough Kit", "pocketsourdough.com"),
                          ("Analog Film Camera Mk II", "filmcam.io"), ("Solar Bee Hotel", "solarbeehotel.eu"),
                          ("Board Game: Harbour Lights", "harbourlightsgame.com"),
                          ("Recycled Wool Blanket", "woolagain.co"), ("Vinyl: Live at the Dock", "liveatthedock.net"),
                          ("Tiny Press Letterpress Kit", "tinypress.studio")])
    rewards = ["Early Bird", "Standard", "Deluxe Bundle", "Supporter (no reward)", "Collector's Edition"]
    if v == 0:
        hdr = ["Backer Number", "Backer UID", "Backer Name", "Email", "Shipping Name", "Shipping Address 1",
               "Shipping Address 2", "Shipping City", "Shipping Postal Code", "Shipping Country Code",
               "Shipping Phone Number", "Reward Title", "Pledge Amount", "Pledged At"]
        rows = [csv_row(hdr, ",", quote_all=True)]
        for _ in range(c.ri(4, 6)):
            abroad = c.r() < 0.2
            p = c.person()
            ship = p if c.r() < 0.8 else c.person()
            a = c.addr("ABROAD") if abroad else c.addr()
            line2 = ""
            if c.r() < 0.15 and not abroad:
                line2 = f"c/o {P(c.person().n('full'))}"
            ccode = a.extra if abroad else CC[region]
            ph = c.foreign_phone(a.extra) if abroad and a.extra in FOREIGN_MOBILE else c.phone()
            city = a.town if region != "US" or abroad else a.town
            rows.append(csv_row([str(c.ri(1, 4000)), str(c.ri(10 ** 8, 10 ** 9)), P(p.n("full")),
                                 EM(c.email(p)), P(ship.n("full")), AD(a.line), line2, city,
                                 a.pc if region != "US" or abroad else f"{a.pc}", ccode,
                                 PH(ph) if c.r() < 0.85 else "", c.ch(rewards),
                                 f"{c.ri(15, 250)}.00", f"2025/{c.ri(1, 9):02d}/{c.ri(1, 28):02d}, "
                                                         f"{c.ri(0, 23):02d}:{c.ri(0, 59):02d}"], ",",
                                quote_all=True))
        ask = c.t(de=f"Backer-Survey-Export unserer Kampagne „{project}“. Welche Adressen sehen unvollständig aus?",
                  fr=f"Export des contributeurs de « {project} ». Quelles adresses semblent incomplètes ?",
                  it=f"Export dei sostenitori di \"{project}\". Quali indirizzi sembrano incompleti?",
                  en=f"Backer survey export for '{project}'. Which addresses look incomplete?")
        return f"{ask}\n\n" + "\n".join(rows), ""
    if v == 1:
        orders = []
        asc = c.r() < 0.3
        for _ in range(c.ri(2, 4)):
            p = c.person(age=(18, 75))
            a = c.addr()
            age_check = c.r() < 0.6
            dob_line = f',\n    "date_of_birth": {jstr(DB(c.fd(p.dob, c.ch(["iso", "num"]))))}' if age_check else ""
            if c.r() < 0.3:
                dob_line += (f',\n    "payment": {{"method": "card", "pan": {jstr(CD(c.card(grouped=False)))}, '
                             f'"exp": "{c.expiry()}"}}')
            orders.append(
                f'  {{\n    "order_id": "#{c.ri(1000, 9999)}",\n    "backer_id": {c.ri(10 ** 6, 10 ** 7)},\n'
                f'    "email": {jstr(EM(c.email(p)))},\n    "shipping_address": {{\n'
                f'      "first_name": {jstr(P(p.first), asc)},\n      "last_name": {jstr(P(p.last), asc)},\n'
                f'      "address1": {jstr(AD(a.line), asc)},\n      "zip": "{a.pc}",\n'
                f'      "city": {jstr(a.town, asc)},\n      "country_code": "{CC[region]}",\n'
                f'      "phone": {jstr(PH(c.phone()))}\n    }},\n'
                f'    "items": [{{"sku": "{c.ch(["SB", "SK", "CAM", "BG"])}-{c.ri(100, 999)}", "qty": {c.ri(1, 3)}}}],'
                f'\n    "total": {c.ri(20, 300)}.{c.ch(["00", "50", "99"])}{dob_line}\n  }}')
        ask = c.t(de="Für den Versanddienstleister: prüf bitte, ob alle Pflichtfelder da sind.",
                  fr="Pour le logisticien : vérifie que tous les champs obligatoires sont présents.",
                  it="Per il corriere: controlla che ci siano tutti i campi obbligatori.",
                  en="For the fulfilment partner: please check all required fields are present.")
        return f"{ask}\n\n```json\n{{\"orders\": [\n" + ",\n".join(orders) + "\n]}\n```", ""
    if v == 2:
        p = c.person()
        pe = c.email(p)
        a_old, a_new = c.addr(), c.addr()
        cre = c.person()
        dom = pdom
        card = CD(c.card())
        if c.lang == "de":
            t = (f"{mail_head(c, who(p, pe), 'support@' + dom, when(c), 'Zahlung fehlgeschlagen / neue Adresse')}\n\n"
                 f"Hallo {project}-Team,\n\nmeine Karte wurde abgelehnt, bitte belastet stattdessen diese: {card}, "
                 f"gültig bis {c.expiry()}, Prüfziffer schicke ich separat. Außerdem bin ich umgezogen: nicht mehr "
                 f"{AD(a_old.one())}, sondern {AD(a_new.one())}. Handy für den Kurier: {PH(c.phone())}.\n\n"
                 f"{bye(c)}\n{P(p.n('full'))} (Backer #{c.ri(1, 4000)})\n\n---\n\n{greet(c, p, formal=False)}\n\n"
                 f"bitte schick uns nie Kartennummern per Mail! Du kannst die Zahlung selbst im Backer-Portal "
                 f"aktualisieren. Die Adresse haben wir geändert.\n\nLG\n{P(cre.first)} vom {project}-Team")
        elif c.lang == "fr":
            t = (f"{mail_head(c, who(p, pe), 'support@' + dom, when(c), 'Paiement refusé / nouvelle adresse')}\n\n"
                 f"Bonjour l'équipe {project},\n\nma carte a été refusée, pouvez-vous débiter celle-ci : {card}, "
                 f"exp. {c.expiry()} ? Par ailleurs j'ai déménagé : plus au {AD(a_old.one())} mais au "
                 f"{AD(a_new.one())}. Portable pour le livreur : {PH(c.phone())}.\n\n{bye(c)}\n{P(p.n('full'))}"
                 f" (contributeur n° {c.ri(1, 4000)})\n\n---\n\n{greet(c, p, formal=False)}\n\nne nous envoyez jamais "
                 f"de "
                 f"numéro de carte par mail ! Vous pouvez mettre à jour le paiement dans votre espace. L'adresse est "
                 f"modifiée.\n\nBien à vous,\n{P(cre.first)}, équipe {project}")
        elif c.lang == "it":
            t = (f"{mail_head(c, who(p, pe), 'support@' + dom, when(c), 'Pagamento rifiutato / nuovo indirizzo')}\n\n"
                 f"Ciao team di {project},\n\nla mia carta è stata rifiutata, potete addebitare questa: {card}, "
                 f"scad. {c.expiry()}? Inoltre ho traslocato: non più {AD(a_old.one())} ma {AD(a_new.one())}. "
                 f"Cellulare per il corriere: {PH(c.phone())}.\n\n{bye(c)}\n{P(p.n('full'))} (sostenitore n. "
                 f"{c.ri(1, 4000)})\n\n---\n\n{greet(c, p, formal=False)}\n\nnon mandarci mai numeri di carta via "
                 f"mail! "
                 f"Puoi aggiornare il pagamento dal tuo profilo. L'indirizzo è aggiornato.\n\nA presto,\n"
                 f"{P(cre.first)} – team {project}")
        else:
            t = (f"{mail_head(c, who(p, pe), 'support@' + dom, when(c), 'Payment failed / new address')}\n\n"
                 f"Hi {project} team,\n\nmy card got declined, can you charge this one instead: {card}, exp "
                 f"{c.expiry()}. Also I've moved – not {AD(a_old.one())} any more but {AD(a_new.one())}. Mobile for "
                 f"the courier: {PH(c.phone())}.\n\n{bye(c)}\n{P(p.n('full'))} (backer #{c.ri(1, 4000)})\n\n---\n\n"
                 f"{greet(c, p, formal=False)}\n\nplease never email us card numbers! You can update your payment "
                 f"method in the backer portal. Address updated.\n\nCheers,\n{P(cre.first)} @ {project}")
        return f"{request(c)}\n\n{t}", ""
    # v == 3: project update with thanks and a refund request with an IBAN
    tops = [c.person() for _ in range(c.ri(4, 7))]
    team = [c.person(age=(22, 50)) for _ in range(2)]
    thanks = ", ".join(P(x.n(c.ch(["full", "full", "firstinit"]))) for x in tops)
    p = c.person()
    pe = c.email(p)
    iban = IB(c.iban()) if region != "US" else None
    dom = pdom
    if c.lang == "de":
        upd = (f"Update #{c.ri(5, 30)}: Produktion läuft!\n\nDanke an unsere Top-Unterstützer*innen {thanks}! "
               f"Fragen zum Versand an {P(team[0].first)} ({EM(c.work_email(team[0], dom))}), alles andere an "
               f"{P(team[1].n('full'))}.")
        ref = (f"Nachricht von {who(p, pe)}:\nbitte storniert meinen Pledge (Backer #{c.ri(1, 4000)}) und "
               + (f"überweist die {c.money(20, 150)} zurück auf {iban}, Kontoinhaber {P(p.n('full'))}." if iban else
                  "erstattet auf die Karte."))
    elif c.lang == "fr":
        upd = (f"Actu n° {c.ri(5, 30)} : la production est lancée !\n\nMerci à nos plus grands soutiens {thanks} ! "
               f"Questions livraison : {P(team[0].first)} ({EM(c.work_email(team[0], dom))}) ; le reste : "
               f"{P(team[1].n('full'))}.")
        ref = (f"Message de {who(p, pe)} :\nmerci d'annuler ma contribution (n° {c.ri(1, 4000)}) et de me "
               + (f"rembourser {c.money(20, 150)} sur {iban}, titulaire {P(p.n('full'))}." if iban else
                  "rembourser sur ma carte."))
    elif c.lang == "it":
        upd = (f"Aggiornamento n. {c.ri(5, 30)}: si parte con la produzione!\n\nGrazie ai nostri sostenitori più "
               f"generosi {thanks}! Per le spedizioni scrivete a {P(team[0].first)} "
               f"({EM(c.work_email(team[0], dom))}), per il resto a {P(team[1].n('full'))}.")
        ref = (f"Messaggio da {who(p, pe)}:\nvi chiedo di annullare il mio contributo (n. {c.ri(1, 4000)}) e di "
               + (f"rimborsare {c.money(20, 150)} sull'IBAN {iban} intestato a {P(p.n('full'))}." if iban else
                  "rimborsare sulla carta."))
    else:
        upd = (f"Update #{c.ri(5, 30)}: we're in production!\n\nHuge thanks to our top backers {thanks}! Shipping "
               f"questions to {P(team[0].first)} ({EM(c.work_email(team[0], dom))}), everything else to "
               f"{P(team[1].n('full'))}.")
        ref = (f"Message from {who(p, pe)}:\nplease cancel my pledge (backer #{c.ri(1, 4000)}) and "
               + (f"refund {c.money(20, 150)} to {iban}, account name {P(p.n('full'))}." if iban else
                  f"refund to my card. My number is {PH(c.phone())} if you need me."))
    return f"{request(c)}\n\n{upd}\n\n---\n\n{ref}", ""


# ---------------------------------------------------------------------------------------------------------------
# 9. language tandems: sign-up lists, introduction mails, partner chats, university spreadsheets
# ---------------------------------------------------------------------------------------------------------------
LANG_NAMES = {"de": ["Deutsch", "Französisch", "Italienisch", "Englisch", "Spanisch", "Arabisch", "Türkisch",
                     "Japanisch", "Portugiesisch", "Ukrainisch"],
              "fr": ["allemand", "français", "italien", "anglais", "espagnol", "arabe", "turc", "japonais",
                     "portugais", "ukrainien"],
              "it": ["tedesco", "francese", "italiano", "inglese", "spagnolo", "arabo", "turco", "giapponese",
                     "portoghese", "ucraino"],
              "en": ["German", "French", "Italian", "English", "Spanish", "Arabic", "Turkish", "Japanese",
                     "Portuguese", "Ukrainian"]}


def t_tandem(c: Ctx) -> tuple[str, str]:
    v = c.i % 4
    region = c.key.split("_")[0]
    town = c.home[0].split(",")[0] if region in ("GB", "IE", "US") else c.home[1]
    langs = LANG_NAMES[c.lang]
    if v == 0:
        hdr = {"de": ["Name", "geb.", "Muttersprache", "lernt", "E-Mail", "WhatsApp", "Stadtteil"],
               "fr": ["Nom", "Né(e) le", "Langue maternelle", "Apprend", "Courriel", "WhatsApp", "Quartier"],
               "it": ["Nome", "Nato/a il", "Madrelingua", "Impara", "E-mail", "WhatsApp", "Quartiere"],
               "en": ["Name", "DOB", "Native", "Learning", "Email", "WhatsApp", "Area"]}[c.lang]
        rows = []
        ds = c.ch(["num", "nz", "iso", "long"])
        show_dob = c.r() < 0.8
        if not show_dob:
            hdr = hdr[:1] + hdr[2:]
        for _ in range(c.ri(4, 6)):
            p = c.person(age=(18, 70))
            row = [P(p.n(c.ch(["full", "full", "firstinit"])))]
            if show_dob:
                row.append(c.dob(p, ds))
            l1, l2 = c.rng.sample(langs, 2)
            row += [l1, l2, EM(c.email(p)) if c.r() < 0.7 else "", PH(c.phone()) if c.r() < 0.8 else "—",
                    c.ch(["Zentrum", "Nord", "Altstadt", "Süd"] if c.lang == "de" else ["centre", "nord", "sud",
                                                                                          "vieille ville"])]
            rows.append(row)
        coord = c.person()
        title = c.t(de=f"Sprachtandem {town} – Anmeldungen Wintersemester", fr=f"Tandem linguistique {town} – "
                    "inscriptions d'automne", it=f"Tandem linguistico {town} – iscrizioni autunno",
                    en=f"{town} Language Exchange – autumn sign-ups")
        foot = c.t(de=f"Koordination: {P(coord.n('full'))}", fr=f"Coordination : {P(coord.n('full'))}",
                   it=f"Coordinamento: {P(coord.n('full'))}", en=f"Coordinator: {P(coord.n('full'))}")
        ask = c.t(de="Kannst du daraus sinnvolle Tandempaare bilden?", fr="Peux-tu former des binômes cohérents ?",
                  it="Puoi formare delle coppie sensate?", en="Can you match these into sensible pairs?")
        return f"{ask}\n\n## {title}\n\n{md_table(hdr, rows)}\n\n{foot}", ""
    if v == 1:
        a, b = c.person(age=(18, 60)), c.person(age=(18, 60))
        coord = c.person()
        cafe = c.ch(["Café Lindenblatt", "Kaffeehaus Central", "Le Petit Zinc", "Bar Centrale", "The Copper Kettle",
                     "Café Olé"])
        ca = c.addr(plain_line=True, town=c.home)
        la, lb = c.rng.sample(langs, 2)
        centre = c.t(de="sprachenzentrum", fr="centre-de-langues", it="centrolinguistico", en="languagecentre")
        dom = c.ch([f"{centre}.{tld(c)}", f"uni-{slug(town)}.{tld(c)}", f"tandem-{slug(town)}.{tld(c)}"])
        ae, be = c.email(a), c.email(b)
        sig = f"{P(coord.n('full'))}\n{EM(c.work_email(coord, dom))} · {PH(c.phone('land'))}"
        sent = c.date()
        d = sent + dt.timedelta(days=c.ri(3, 12))
        frm, to = P(coord.n("full")) + " <tandem@" + dom + ">", EM(ae) + ", " + EM(be)
        if c.lang == "de":
            t = (f"{mail_head(c, frm, to, when(c, sent), 'Euer Tandem!')}"
                 f"\n\nLiebe {P(a.first)}, lieber {P(b.first)},\n\nihr seid ein Tandem! {P(a.first)} spricht {la} "
                 f"und möchte {lb} lernen, bei {P(b.first)} ist es umgekehrt. Erreichbar seid ihr so:\n"
                 f"- {P(a.n('full'))}: {EM(ae)}, {PH(c.phone())}\n- {P(b.n('full'))}: {EM(be)}, {PH(c.phone())}\n\n"
                 f"Vorschlag fürs erste Treffen: {c.fd(d)}, 18 Uhr im {cafe}, {AD(ca.one())}.\n\nViel Spaß!\n{sig}")
        elif c.lang == "fr":
            t = (f"{mail_head(c, frm, to, when(c, sent), 'Votre binôme !')}"
                 f"\n\nBonjour {P(a.first)} et {P(b.first)},\n\nvous formez un tandem ! {P(a.first)} parle {la} et "
                 f"veut apprendre l'{lb}, et inversement pour {P(b.first)}. Vos coordonnées :\n"
                 f"- {P(a.n('full'))} : {EM(ae)}, {PH(c.phone())}\n- {P(b.n('full'))} : {EM(be)}, {PH(c.phone())}\n\n"
                 f"Première rencontre proposée : le {c.fd(d, 'long')} à 18h au {cafe}, {AD(ca.one())}.\n\n"
                 f"Belle découverte !\n{sig}")
        elif c.lang == "it":
            t = (f"{mail_head(c, frm, to, when(c, sent), 'Il vostro tandem!')}"
                 f"\n\nCiao {P(a.first)} e {P(b.first)},\n\nsiete un tandem! {P(a.first)} parla {la} e vuole "
                 f"imparare il {lb}, per {P(b.first)} è il contrario. Ecco i contatti:\n"
                 f"- {P(a.n('full'))}: {EM(ae)}, {PH(c.phone())}\n- {P(b.n('full'))}: {EM(be)}, {PH(c.phone())}\n\n"
                 f"Primo incontro proposto: {c.fd(d, 'long')} alle 18 al {cafe}, {AD(ca.one())}.\n\nBuon divertimento!"
                 f"\n{sig}")
        else:
            t = (f"{mail_head(c, frm, to, when(c, sent), 'Meet your tandem partner!')}"
                 f"\n\nHi {P(a.first)} and {P(b.first)},\n\nyou're a match! {P(a.first)} speaks {la} and wants to "
                 f"learn {lb}, and {P(b.first)} the other way round. Contact details:\n"
                 f"- {P(a.n('full'))}: {EM(ae)}, {PH(c.phone())}\n- {P(b.n('full'))}: {EM(be)}, {PH(c.phone())}\n\n"
                 f"Suggested first meet: {c.fd(d, 'long')}, 6pm at {cafe}, {AD(ca.one())}.\n\nHave fun!\n{sig}")
        return f"{request(c)}\n\n{t}", ""
    if v == 2:
        a, b = c.person(age=(18, 45)), c.person(age=(18, 45))
        d = c.date()
        lines = []
        bd = c.fd(b.dob.replace(year=2025) if not (b.dob.month == 2 and b.dob.day == 29) else dt.date(2025, 3, 1),
                  "long").rsplit(" ", 1)[0].rstrip(",")
        msgs_de = [(a, f"hi {P(b.first)}! hier ist {P(a.first)} vom tandem 😊"),
                   (b, "hey! schön dass es geklappt hat. morgen 18 uhr passt?"),
                   (a, f"ja! oder kommst du zu mir, {AD(c.addr(plain_line=True, town=c.home).line)}, 3. stock"),
                   (b, f"gern. falls was ist, meine nummer: {PH(c.phone())}"),
                   (a, f"übrigens, meine mitbewohnerin {P(c.person(g='f').first)} will auch mitmachen"),
                   (b, f"cool! mein geburtstag ist am {bd}, wir feiern im park, kommt doch beide"),
                   (a, f"klar! schick mir die adresse per mail: {EM(c.email(a))}")]
        msgs_fr = [(a, f"salut {P(b.first)} ! c'est {P(a.first)} du tandem 😊"),
                   (b, "coucou ! demain 18h ça te va ?"),
                   (a, f"oui ! ou chez moi, {AD(c.addr(plain_line=True, town=c.home).line)}, 3e étage"),
                   (b, f"ok. au cas où, mon numéro : {PH(c.phone())}"),
                   (a, f"au fait ma coloc {P(c.person(g='f').first)} veut aussi participer"),
                   (b, f"génial ! mon anniversaire c'est le {bd}, on fête au parc, venez"),
                   (a, f"avec plaisir ! envoie-moi l'adresse par mail : {EM(c.email(a))}")]
        msgs_it = [(a, f"ciao {P(b.first)}! sono {P(a.first)} del tandem 😊"),
                   (b, "ciao! domani alle 18 ti va bene?"),
                   (a, f"sì! oppure da me, {AD(c.addr(plain_line=True, town=c.home).line)}, terzo piano"),
                   (b, f"ok. se serve, il mio numero: {PH(c.phone())}"),
                   (a, f"la mia coinquilina {P(c.person(g='f').first)} vorrebbe partecipare anche lei"),
                   (b, f"bello! il mio compleanno è il {bd}, festeggiamo al parco, venite"),
                   (a, f"certo! mandami l'indirizzo per mail: {EM(c.email(a))}")]
        msgs_en = [(a, f"hi {P(b.first)}! it's {P(a.first)} from the language exchange 😊"),
                   (b, "hey! tomorrow 6pm ok?"),
                   (a, f"yes! or come to mine, {AD(c.addr(plain_line=True, town=c.home).line)}, top floor"),
                   (b, f"sure. just in case, my number: {PH(c.phone())}"),
                   (a, f"btw my flatmate {P(c.person(g='f').first)} wants to join too"),
                   (b, f"cool! my birthday's on {bd}, picnic in the park, come along"),
                   (a, f"definitely! email me the details: {EM(c.email(a))}")]
        msgs = {"de": msgs_de, "fr": msgs_fr, "it": msgs_it, "en": msgs_en}[c.lang]
        for k, (p, m) in enumerate(msgs):
            t = dt.datetime(d.year, d.month, d.day, 19, 0) + dt.timedelta(minutes=4 * k)
            lines.append(f"[{t.strftime('%d.%m.%y %H:%M')}] {P(p.first)}: {m}")
        ask = c.t(de="Korrigier bitte meine Nachrichten (ich lerne Deutsch) – ich bin", fr="Corrige mes messages "
                  "(j'apprends le français) – je suis", it="Correggi i miei messaggi (sto imparando l'italiano) – "
                  "io sono", en="Please correct my messages (I'm learning English) – I'm")
        return f"{ask} {P(a.first)}:\n\n" + "\n".join(lines), ""
    # v == 3: university spreadsheet
    hdr = {"de": ["Matr.-Nr.", "Nachname", "Vorname", "E-Mail", "geb.", "Niveau", "Partner/in"],
           "fr": ["N° étudiant", "Nom", "Prénom", "Courriel", "Né(e) le", "Niveau", "Binôme"],
           "it": ["Matricola", "Cognome", "Nome", "E-mail", "Nato/a il", "Livello", "Partner"],
           "en": ["Student ID", "Surname", "First name", "Email", "DOB", "Level", "Partner"]}[c.lang]
    dom = {"DE": f"stud.uni-{slug(town)}.de", "AT": f"students.uni-{slug(town)}.at", "FR": f"etu.univ-{slug(town)}.fr",
           "BE": f"student.u{slug(town)}.be", "IT": f"studenti.uni{slug(town)}.it", "GB": f"student.{slug(town)}.ac.uk",
           "IE": f"mail.{slug(town)}.ie", "US": f"{slug(town)}.edu"}.get(region, f"etu.uni{slug(town)}.ch")
    ds = c.ch(["num", "iso", "nz"])
    rows = ["\t".join(hdr)]
    for _ in range(c.ri(4, 5)):
        p = c.person(age=(18, 30))
        q = c.person(age=(18, 30))
        rows.append("\t".join([_d(c.rng, 7), P(p.last), P(p.first), EM(c.work_email(p, dom)), c.dob(p, ds),
                               c.ch(["A2", "B1", "B2", "C1"]), P(q.n("full")) if c.r() < 0.7 else ""]))
    return f"{request(c)}\n\n" + "\n".join(rows), ""


# ---------------------------------------------------------------------------------------------------------------
# 10. repair café: OCR'd intake cards, repair logs, spare-part follow-ups, volunteer rotas
# ---------------------------------------------------------------------------------------------------------------
DEVICES = {"de": [("Toaster", "heizt nicht"), ("Stehlampe", "Wackelkontakt"), ("Kaffeemaschine", "tropft"),
                  ("Staubsauger", "saugt schwach"), ("Radio", "kein Ton"), ("Nähmaschine", "Faden reißt"),
                  ("Laptop", "Scharnier gebrochen"), ("Wasserkocher", "schaltet nicht ab")],
           "fr": [("grille-pain", "ne chauffe plus"), ("lampe", "faux contact"), ("cafetière", "fuit"),
                  ("aspirateur", "aspire mal"), ("radio", "pas de son"), ("machine à coudre", "le fil casse"),
                  ("ordinateur portable", "charnière cassée"), ("bouilloire", "ne s'arrête pas")],
           "it": [("tostapane", "non scalda"), ("lampada", "falso contatto"), ("macchina del caffè", "perde acqua"),
                  ("aspirapolvere", "aspira poco"), ("radio", "niente audio"),
                  ("macchina da cucire", "si rompe il filo"),
                  ("portatile", "cerniera rotta"), ("bollitore", "non si spegne")],
           "en": [("toaster", "won't heat"), ("floor lamp", "loose connection"), ("coffee machine", "leaking"),
                  ("vacuum cleaner", "weak suction"), ("radio", "no sound"), ("sewing machine", "thread snaps"),
                  ("laptop", "broken hinge"), ("kettle", "won't switch off")]}


def t_repaircafe(c: Ctx) -> tuple[str, str]:
    v = c.i % 4
    region = c.key.split("_")[0]
    town = c.home[0].split(",")[0] if region in ("GB", "IE", "US") else c.home[1]
    name = c.t(de=f"Repair Café {town}", fr=f"Repair Café {town}", it=f"Repair Café {town}",
               en=f"{town} Repair Café")
    if v == 0:
        cards = []
        for _ in range(c.ri(2, 3)):
            p = c.person()
            dev, fault = c.ch(DEVICES[c.lang])
            rep = c.person(age=(30, 80))
            lb = {"de": ("LAUFZETTEL Nr.", "Name", "Telefon", "E-Mail", "Gerät", "Fehler", "Haftungsausschluss "
                         "gelesen", "Reparateur/in", "Ergebnis", "ja", ["repariert", "Ersatzteil nötig",
                                                                        "nicht reparierbar"]),
                  "fr": ("FICHE N°", "Nom", "Téléphone", "Courriel", "Objet", "Panne", "Décharge signée",
                         "Réparateur", "Résultat", "oui", ["réparé", "pièce à commander", "irréparable"]),
                  "it": ("SCHEDA N.", "Nome", "Telefono", "E-mail", "Oggetto", "Guasto", "Liberatoria firmata",
                         "Riparatore", "Esito", "sì", ["riparato", "serve ricambio", "non riparabile"]),
                  "en": ("TICKET NO.", "Name", "Phone", "Email", "Item", "Fault", "Disclaimer signed", "Fixer",
                         "Outcome", "yes", ["fixed", "part needed", "beyond repair"])}[c.lang]
            em = EM(c.email(p)) if c.r() < 0.6 else "—"
            cards.append(f"{lb[0]} {c.ri(1, 80)}\n{lb[1]}: {P(p.n('full'))}\n{lb[2]}: {PH(c.phone())}\n"
                         f"{lb[3]}: {em}\n{lb[4]}: {dev}\n{lb[5]}: {fault}\n{lb[6]}: {lb[9]} – {P(p.n('init'))}\n"
                         f"{lb[7]}: {P(rep.first)}\n{lb[8]}: {c.ch(lb[10])}")
        ask = c.t(de="Ich habe die Laufzettel eingescannt (OCR), bitte übertrag sie in eine Tabelle:",
                  fr="J'ai scanné les fiches (OCR), peux-tu les mettre dans un tableau ?",
                  it="Ho scansionato le schede (OCR), me le metti in una tabella?",
                  en="I scanned the tickets (OCR) – can you put them into a table?")
        body = "\n\n".join(cards)
        return ask + "\n\n" + body, "upper"
    if v == 1:
        sep = ";" if c.lang != "en" else ","
        hdr = {"de": ["Datum", "Nr", "Besucher/in", "PLZ", "Gerät", "Marke", "Fehler", "repariert", "Reparateur/in",
                      "Spende"],
               "fr": ["Date", "N°", "Visiteur", "CP", "Objet", "Marque", "Panne", "Réparé", "Réparateur", "Don"],
               "it": ["Data", "N.", "Visitatore", "CAP", "Oggetto", "Marca", "Guasto", "Riparato", "Riparatore",
                      "Offerta"],
               "en": ["Date", "No", "Visitor", "Postcode", "Item", "Brand", "Fault", "Fixed", "Fixer",
                      "Donation"]}[c.lang]
        brands = ["Philips", "Bosch", "Siemens", "Krups", "Dyson", "Singer", "Braun", "Moulinex", "De'Longhi",
                  "Grundig", "Lenovo", "Russell Hobbs"]
        fixers = [c.person(age=(30, 80)) for _ in range(3)]
        d = c.date()
        rows = [csv_row(hdr, sep)]
        for k in range(c.ri(5, 6)):
            p = c.person()
            dev, fault = c.ch(DEVICES[c.lang])
            pc = c.addr().pc if region not in ("GB", "US", "IE") else c.addr().pc.split()[0]
            yes = c.t(de="ja", fr="oui", it="sì", en="yes")
            no = c.t(de="nein", fr="non", it="no", en="no")
            rows.append(csv_row([c.fd(d), str(k + 1), P(p.n(c.ch(["full", "lf", "firstinit"]))), pc, dev,
                                 c.ch(brands), fault, c.ch([yes, yes, no]), P(c.ch(fixers).first),
                                 c.money(0, 15)], sep))
        return f"{request(c)}\n\n" + "\n".join(rows), ""
    if v == 2:
        p = c.person()
        a = c.addr()
        pe = c.email(p)
        rep = c.person(age=(30, 80))
        dev, fault = c.ch(DEVICES[c.lang])
        iban = IB(c.iban()) if region != "US" else None
        part = c.ch(["KSD301 250V 10A", "ULKA EP5 48W", "PA-1650-32 19V", "HNG-L2", "TH-185"])
        org = c.person()
        if c.lang == "de":
            t = (f"{greet(c, p)}\n\ndas Ersatzteil für Ihren {dev} ({part}) ist da. {P(rep.first)} kann es beim "
                 f"nächsten Termin einbauen, oder wir schicken es an {AD(a.line)}, {AD(a.pctown())}. Bitte kurz "
                 f"Bescheid geben unter {PH(c.phone())}.\n"
                 + (f"Spenden für Teile gern an {name}, {iban}.\n" if iban else "")
                 + f"\n{bye(c)}\n{P(org.n('full'))}\n{name}\n{EM(c.email(org))}\n\n> Am {c.fd(c.date())} "
                   f"schrieb {P(p.n('full'))} <{EM(pe)}>:\n> Gibt es schon Neuigkeiten zu meinem Gerät? Meine "
                   f"neue Nummer ist {PH(c.phone())}.")
        elif c.lang == "fr":
            t = (f"{greet(c, p)}\n\nla pièce pour votre {dev} ({part}) est arrivée. {P(rep.first)} peut la monter "
                 f"au prochain atelier, ou nous l'envoyons au {AD(a.line)}, {AD(a.pctown())}. Merci de nous dire au "
                 f"{PH(c.phone())}.\n" + (f"Dons pour les pièces : {name}, {iban}.\n" if iban else "")
                 + f"\n{bye(c)}\n{P(org.n('full'))}\n{name}\n{EM(c.email(org))}\n\n> Le {c.fd(c.date())}, "
                   f"{P(p.n('full'))} <{EM(pe)}> a écrit :\n> Des nouvelles de mon appareil ? Mon nouveau numéro "
                   f"est le {PH(c.phone())}.")
        elif c.lang == "it":
            t = (f"{greet(c, p)}\n\nil ricambio per il suo {dev} ({part}) è arrivato. {P(rep.first)} può montarlo "
                 f"al prossimo incontro, oppure lo spediamo in {AD(a.line)}, {AD(a.pctown())}. Ci faccia sapere al "
                 f"{PH(c.phone())}.\n" + (f"Offerte per i ricambi: {name}, {iban}.\n" if iban else "")
                 + f"\n{bye(c)}\n{P(org.n('full'))}\n{name}\n{EM(c.email(org))}\n\n> Il {c.fd(c.date())} "
                   f"{P(p.n('full'))} <{EM(pe)}> ha scritto:\n> Novità sul mio apparecchio? Il mio nuovo numero è "
                   f"{PH(c.phone())}.")
        else:
            t = (f"{greet(c, p)}\n\nThe part for your {dev} ({part}) has arrived. {P(rep.first)} can fit it at the "
                 f"next session, or we can post it to {AD(a.line)}, {AD(a.pctown())}. Let us know on "
                 f"{PH(c.phone())}.\n" + (f"Donations towards parts: {name}, {iban}.\n" if iban else "")
                 + f"\n{bye(c)}\n{P(org.n('full'))}\n{name}\n{EM(c.email(org))}\n\n> On {c.fd(c.date())} "
                   f"{P(p.n('full'))} <{EM(pe)}> wrote:\n> Any news on my appliance? My new number is "
                   f"{PH(c.phone())}.")
        return f"{request(c)}\n\n{t}", ""
    # v == 3: volunteer rota and venue
    hdr = {"de": ["Station", "Name", "Handy", "Termine"], "fr": ["Poste", "Nom", "Portable", "Dates"],
           "it": ["Banco", "Nome", "Cellulare", "Date"], "en": ["Station", "Name", "Mobile", "Dates"]}[c.lang]
    stations = {"de": ["Elektro", "Textil", "Fahrrad", "Holz", "Empfang", "Café"],
                "fr": ["électricité", "couture", "vélo", "bois", "accueil", "café"],
                "it": ["elettrico", "sartoria", "bici", "legno", "accoglienza", "caffè"],
                "en": ["electrical", "textiles", "bikes", "woodwork", "welcome desk", "café"]}[c.lang]
    rows = []
    for st in stations:
        for _ in range(1 if c.r() < 0.7 else 2):
            p = c.person(age=(18, 82))
            ds = ", ".join(c.fd(c.date(), "nz") for _ in range(2))
            rows.append([st, P(p.n(c.ch(["full", "first", "full"]))), PH(c.phone()) if c.r() < 0.8 else "", ds])
    venue = c.addr(plain_line=True, town=c.home)
    org = c.person()
    foot = c.t(de=f"Ort: Gemeindezentrum, {AD(venue.one())} · Orga: {P(org.n('full'))}, {EM(c.email(org))}",
               fr=f"Lieu : maison de quartier, {AD(venue.one())} · orga : {P(org.n('full'))}, {EM(c.email(org))}",
               it=f"Luogo: centro civico, {AD(venue.one())} · organizzazione: {P(org.n('full'))}, "
                  f"{EM(c.email(org))}",
               en=f"Venue: community hall, {AD(venue.one())} · organiser: {P(org.n('full'))}, {EM(c.email(org))}")
    if region != "US" and c.r() < 0.6:
        foot += "\n" + c.t(de=f"Spenden: {IB(c.iban())}", fr=f"Dons : {IB(c.iban())}",
                            it=f"Offerte: {IB(c.iban())}", en=f"Donations: {IB(c.iban())}")
    return f"{request(c)}\n\n## {name}\n\n{md_table(hdr, rows)}\n\n{foot}", ""


# ---------------------------------------------------------------------------------------------------------------
# 11. self storage: rental agreements, access logs, overdue / lien notices, customer mails
# ---------------------------------------------------------------------------------------------------------------
def t_selfstorage(c: Ctx) -> tuple[str, str]:
    v = c.i % 4
    region = c.key.split("_")[0]
    town = c.home[0].split(",")[0] if region in ("GB", "IE", "US") else c.home[1]
    brand = c.ch(["MyBox", "LagerPlus", "BoxPort", "Storabox", "CityStock", "SafeSpace Storage", "Depot 24"])
    fac = c.addr(plain_line=True, town=c.home)
    fac_ph = c.phone("land")
    unit = f"{c.ch('ABCDE')}{c.ri(1, 3)}-{c.ri(1, 120):03d}"
    if v == 0:
        p = c.person(age=(19, 80))
        a = c.addr()
        alt = c.person()
        mgr = c.person()
        sepa = c.t(de="SEPA-Lastschrift von", fr="Prélèvement SEPA sur", it="Addebito SEPA su", en="Direct debit from")
        pay = (f"{sepa}"
               f" {IB(c.iban())}") if region not in ("US", "GB") and c.r() < 0.6 else \
            c.t(de=f"Kreditkarte {CD(c.card())}, gültig bis {c.expiry()}",
                fr=f"Carte bancaire {CD(c.card())}, exp. {c.expiry()}",
                it=f"Carta di credito {CD(c.card())}, scad. {c.expiry()}",
                en=f"Card on file {CD(c.card())}, exp. {c.expiry()}")
        lb = {"de": ("MIETVERTRAG LAGERRAUM", "Vermieter", "Mieter/in", "Ausweis-Nr.", "Ersatzkontakt", "Abteil",
                     "Zugangscode", "Monatsmiete", "Kaution", "Zahlung", "Mietbeginn"),
              "fr": ("CONTRAT DE LOCATION DE BOX", "Bailleur", "Locataire", "N° pièce d'identité",
                     "Contact secondaire", "Box", "Code d'accès", "Loyer mensuel", "Dépôt de garantie", "Paiement",
                     "Début"),
              "it": ("CONTRATTO DI LOCAZIONE BOX", "Locatore", "Conduttore", "N. documento", "Contatto alternativo",
                     "Box", "Codice accesso", "Canone mensile", "Deposito", "Pagamento", "Decorrenza"),
              "en": ("SELF STORAGE LICENCE AGREEMENT", "Operator", "Customer", "Photo ID no.", "Alternate contact",
                     "Unit", "Gate code", "Monthly fee", "Deposit", "Payment", "Start date")}[c.lang]
        t = (f"{lb[0]}\n\n{lb[1]}: {brand} {town}, {AD(fac.one())}, {lab(c, 'tel_s')} {PH(fac_ph)}\n\n"
             f"{lb[2]}: {P(p.n('full'))}\n{lab(c, 'dob')}: {c.dob(p)}\n{lb[3]}: {id_doc(c)}\n"
             f"{lab(c, 'address')}: {AD(a.line)}\n{' ' * len(lab(c, 'address'))}  {AD(a.pctown())}\n"
             f"{lab(c, 'phone')}: {PH(c.phone())}\n{lab(c, 'email')}: {EM(c.email(p))}\n\n"
             f"{lb[4]}: {P(alt.n('full'))}, {AD(c.addr().one())}, {PH(c.phone())}\n\n"
             f"{lb[5]}: {unit} ({c.ri(1, 20)} m²)   {lb[6]}: {_d(c.rng, 6)}\n{lb[7]}: {c.money(39, 260)}   "
             f"{lb[8]}: {c.money(50, 300)}\n{lb[9]}: {pay}\n{lb[10]}: {c.fd(c.date())}\n\n"
             f"{lab(c, 'sign')}: {P(p.n('full'))}          {brand}: {P(mgr.n('init'))}")
        return f"{request(c)}\n\n{t}", "wrap" if c.r() < 0.3 else ""
    if v == 1:
        users = [c.person() for _ in range(c.ri(3, 5))]
        units = [f"{c.ch('ABCDE')}{c.ri(1, 3)}-{c.ri(1, 120):03d}" for _ in users]
        d = dt.datetime.combine(c.date(), dt.time(6, 0))
        rows = ["timestamp,site,gate,unit,user,event"]
        for _ in range(c.ri(5, 7)):
            j = c.ri(0, len(users) - 1)
            d += dt.timedelta(minutes=c.ri(5, 300))
            ev = c.ch(["ACCESS_GRANTED", "ACCESS_GRANTED", "DOOR_OPEN", "ALARM_DISARM", "PIN_WRONG"])
            rows.append(csv_row([d.strftime("%Y-%m-%dT%H:%M:%S"), f"{brand}-{slug(town)[:3].upper()}",
                                 f"G{c.ri(1, 3)}", units[j], P(users[j].n(c.ch(["full", "LcF"]))), ev], ","))
        auth = []
        for j in range(min(3, len(users))):
            q = c.person()
            born = f" ({lab(c, 'dob_s')} {c.dob(q)})" if c.r() < 0.5 else ""
            auth.append(c.t(de=f"- {units[j]}: zusätzlich berechtigt {P(q.n('full'))}{born}, {PH(c.phone())}",
                            fr=f"- {units[j]} : personne autorisée {P(q.n('full'))}{born}, {PH(c.phone())}",
                            it=f"- {units[j]}: persona autorizzata {P(q.n('full'))}{born}, {PH(c.phone())}",
                            en=f"- {units[j]}: authorised user {P(q.n('full'))}{born}, {PH(c.phone())}"))
        ask = c.t(de="Zugangsprotokoll vom Tor – wer war nach 22 Uhr da? Und die Liste der Zusatzberechtigten:",
                  fr="Journal d'accès du portail : qui est venu après 22h ? Et la liste des personnes autorisées :",
                  it="Log degli accessi: chi è entrato dopo le 22? E l'elenco delle persone autorizzate:",
                  en="Gate access log – who was on site after 10pm? Plus the list of authorised users:")
        return f"{ask}\n\n" + "\n".join(rows) + "\n\n" + "\n".join(auth), ""
    if v == 2:
        p = c.person()
        a = c.addr()
        mgr = c.person()
        alt = c.person()
        due = c.money(150, 900)
        d = c.date("2025-06-01", "2025-11-30")
        d2 = d + dt.timedelta(days=c.ri(14, 30))
        head = f"{brand} {town}\n{AD(fac.line)}\n{AD(fac.pctown())}\n{lab(c, 'tel_s')} {PH(fac_ph)}"
        if region not in ("US", "GB"):
            head += "\n" + c.t(de="Bankverbindung", fr="Coordonnées bancaires", it="Coordinate bancarie",
                                en="Bank details") + f": {IB(c.iban())}"
        rec = f"{P(p.n('full'))}\n{AD(a.line)}\n{AD(a.pctown())}"
        if c.lang == "de":
            t = (f"{head}\n\n{rec}\n\n{town}, {c.fd(d)}\n\nLETZTE MAHNUNG – Lagerabteil {unit}\n\n{greet(c, p)}\n\n"
                 f"trotz unserer Erinnerungen ist ein Betrag von {due} offen (Kundennr. {_d(c.rng, 6)}). Ihr Zugang "
                 f"wurde gesperrt. Wenn bis zum {c.fd(d2)} kein Zahlungseingang erfolgt, machen wir von unserem "
                 f"Vermieterpfandrecht Gebrauch und lassen das Abteil räumen. Eine Kopie dieses Schreibens geht an "
                 f"Ihre "
                 f"Ersatzkontaktperson {P(alt.n('full'))}.\n\nFür Rückfragen erreichen Sie mich unter {PH(c.phone())}."
                 f"\n\n{bye(c)}\n{P(mgr.n('full'))}\nStandortleitung")
        elif c.lang == "fr":
            t = (f"{head}\n\n{rec}\n\n{town}, le {c.fd(d, 'long')}\n\nMISE EN DEMEURE – box {unit}\n\n{greet(c, p)}\n\n"
                 f"malgré nos relances, la somme de {due} reste impayée (client n° {_d(c.rng, 6)}). Votre accès est "
                 f"suspendu. Sans règlement avant le {c.fd(d2)}, nous procéderons à la libération du box "
                 f"conformément à l'article 12 des conditions générales. Copie adressée à votre contact secondaire, "
                 f"{P(alt.n('full'))}.\n\nJe reste joignable au {PH(c.phone())}.\n\n{bye(c)}\n{P(mgr.n('full'))}\n"
                 f"Responsable de site")
        elif c.lang == "it":
            t = (f"{head}\n\n{rec}\n\n{town}, {c.fd(d)}\n\nSOLLECITO DI PAGAMENTO – box {unit}\n\n{greet(c, p)}\n\n"
                 f"nonostante i nostri promemoria risulta un importo insoluto di {due} (cod. cliente "
                 f"{_d(c.rng, 6)}). L'accesso è stato sospeso. In assenza di pagamento entro il {c.fd(d2)} "
                 f"procederemo allo sgombero del box ai sensi dell'art. 12 del contratto. Copia della presente è "
                 f"inviata al contatto alternativo {P(alt.n('full'))}.\n\nPer informazioni: {PH(c.phone())}.\n\n"
                 f"{bye(c)}\n{P(mgr.n('full'))}\nResponsabile del centro")
        else:
            word = "NOTICE OF LIEN SALE" if region == "US" else "FINAL NOTICE"
            t = (f"{head}\n\n{rec}\n\n{c.fd(d, 'long')}\n\n{word} – Unit {unit}\n\n{greet(c, p)}\n\nDespite our "
                 f"reminders, {due} remains outstanding on your account (no. {_d(c.rng, 6)}). Your gate access has "
                 f"been suspended. If payment is not received by {c.fd(d2, 'long')}, the contents of the unit will "
                 f"be sold or disposed of under the terms of your agreement. A copy of this letter has been sent to "
                 f"your alternate contact, {P(alt.n('full'))}.\n\nYou can reach me directly on {PH(c.phone())}.\n\n"
                 f"{bye(c)}\n{P(mgr.n('full'))}\nStore Manager")
        return f"{request(c)}\n\n{t}", "wrap" if c.r() < 0.5 else ""
    # v == 3: customer mails
    p = c.person()
    pe = c.email(p)
    q = c.partner(p)
    a_new = c.addr()
    mgr = c.person()
    dom = f"{slug(brand)}.{tld(c)}"
    card = CD(c.card()) if c.r() < 0.5 else None
    if c.lang == "de":
        t = (f"{mail_head(c, who(p, pe), 'kundenservice@' + dom, when(c), 'Abteil ' + unit + ' – Änderungen')}\n\n"
             f"{greet(c)}\n\nbitte tragen Sie meine neue Anschrift ein: {AD(a_new.one())}. Außerdem soll mein Partner "
             f"{P(q.n('full'))} (geb. {c.dob(q)}) Zugang bekommen, Handy {PH(c.phone())}."
             + (f" Die Miete bitte ab sofort von dieser Karte abbuchen: {card}, gültig bis {c.expiry()}." if card
                else "") + f"\n\n{bye(c)}\n{P(p.n('full'))}\n\n---\n\n{greet(c, p)}\n\nerledigt – "
             f"{P(q.first)} kann sich mit Ausweis am Empfang einen eigenen PIN abholen.\n\n{bye(c)}\n"
             f"{P(mgr.n('full'))}\n{brand} {town} · {PH(fac_ph)}")
    elif c.lang == "fr":
        t = (f"{mail_head(c, who(p, pe), 'service-client@' + dom, when(c), 'Box ' + unit + ' – modifications')}\n\n"
             f"{greet(c)}\n\nmerci d'enregistrer ma nouvelle adresse : {AD(a_new.one())}. Je souhaite aussi donner "
             f"accès à {P(q.n('full'))} ({c.born(q)} {c.dob(q)}), portable {PH(c.phone())}."
             + (f" Le loyer peut désormais être débité sur cette carte : {card}, exp. {c.expiry()}." if card else "")
             + f"\n\n{bye(c)}\n{P(p.n('full'))}\n\n---\n\n{greet(c, p)}\n\nc'est fait : {P(q.first)} pourra retirer "
             f"son code à l'accueil sur présentation d'une pièce d'identité.\n\n{bye(c)}\n{P(mgr.n('full'))}\n"
             f"{brand} {town} · {PH(fac_ph)}")
    elif c.lang == "it":
        t = (f"{mail_head(c, who(p, pe), 'clienti@' + dom, when(c), 'Box ' + unit + ' – variazioni')}\n\n"
             f"{greet(c)}\n\nvi prego di registrare il mio nuovo indirizzo: {AD(a_new.one())}. Vorrei inoltre dare "
             f"accesso a {P(q.n('full'))} ({c.born(q)} {c.dob(q)}), cell. {PH(c.phone())}."
             + (f" Da ora il canone può essere addebitato su questa carta: {card}, scad. {c.expiry()}." if card
                else "") + f"\n\n{bye(c)}\n{P(p.n('full'))}\n\n---\n\n{greet(c, p)}\n\nfatto: {P(q.first)} potrà "
             f"ritirare il PIN alla reception con un documento.\n\n{bye(c)}\n{P(mgr.n('full'))}\n{brand} {town} · "
             f"{PH(fac_ph)}")
    else:
        t = (f"{mail_head(c, who(p, pe), 'hello@' + dom, when(c), 'Unit ' + unit + ' – changes')}\n\n"
             f"{greet(c)}\n\nPlease update my address to {AD(a_new.one())}. I'd also like to add {P(q.n('full'))} "
             f"(DOB {c.dob(q)}) as an authorised user, mobile {PH(c.phone())}."
             + (f" Please take the monthly fee from this card from now on: {card}, exp {c.expiry()}." if card else "")
             + f"\n\n{bye(c)}\n{P(p.n('full'))}\n\n---\n\n{greet(c, p)}\n\nAll done – {P(q.first)} can pick up their "
             f"own PIN at reception with photo ID.\n\n{bye(c)}\n{P(mgr.n('full'))}\n{brand} {town} · {PH(fac_ph)}")
    return f"{request(c)}\n\n{t}", ""


# ---------------------------------------------------------------------------------------------------------------
# 12. neighbour and family mediation: intake forms, session notes, scheduling mails, settlement agreements
# ---------------------------------------------------------------------------------------------------------------
def t_mediation(c: Ctx) -> tuple[str, str]:
    v = c.i % 4
    region = c.key.split("_")[0]
    town = c.home[0].split(",")[0] if region in ("GB", "IE", "US") else c.home[1]
    med = c.person(age=(32, 70))
    moff = c.addr(plain_line=True, town=c.home)
    mdom = f"mediation-{slug(med.last)}.{tld(c)}"
    topic = c.t(de=c.ch(["Grenzhecke und Überhang", "Lärm aus der Werkstatt", "Parkplatz in der Einfahrt",
                         "Umgangsregelung nach Trennung"]),
                fr=c.ch(["haie mitoyenne", "nuisances sonores", "place de parking", "garde alternée"]),
                it=c.ch(["siepe di confine", "rumori molesti", "posto auto nel cortile", "affidamento dei figli"]),
                en=c.ch(["boundary hedge", "noise from the workshop", "shared driveway", "contact arrangements"]))
    if v == 0:
        pa, pb = c.person(age=(25, 85)), c.person(age=(25, 85))
        aa = c.addr(town=c.home)
        ab = c.addr(town=c.home)
        law = c.person(age=(30, 70))
        lo = c.addr(plain_line=True)
        case = f"M-{c.ri(2024, 2025)}-{_d(c.rng, 3)}"
        lb = {"de": ("AUFNAHMEBOGEN MEDIATION", "Aktenzeichen", "Thema", "Partei A", "Partei B",
                     "Rechtsbeistand Partei B", "Honorar", "je Partei, zahlbar auf"),
              "fr": ("FICHE D'OUVERTURE – MÉDIATION", "Dossier", "Objet", "Partie A", "Partie B",
                     "Avocat de la partie B", "Honoraires", "par partie, à verser sur"),
              "it": ("SCHEDA DI AVVIO MEDIAZIONE", "Pratica", "Oggetto", "Parte A", "Parte B", "Legale della parte B",
                     "Compenso", "per parte, da versare su"),
              "en": ("MEDIATION INTAKE FORM", "Case ref", "Issue", "Party A", "Party B", "Solicitor for Party B",
                     "Fee", "per party, payable to")}[c.lang]

        def party(p: Person, a: Addr) -> str:
            return (f"  {lab(c, 'fullname')}: {P(p.n('full'))}\n  {lab(c, 'dob')}: {c.dob(p)}\n"
                    f"  {lab(c, 'address')}: {AD(a.one())}\n  {lab(c, 'phone')}: {PH(c.phone())}\n"
                    f"  {lab(c, 'email')}: {EM(c.email(p))}")
        fee = (f"{lb[6]}: {c.money(80, 180)} {lb[7]} {IB(c.iban())}" if region != "US" else
               f"{lb[6]}: {c.money(80, 180)} per party per session")
        t = (f"{lb[0]}\n{P(med.n('full'))} · {AD(moff.one())} · {PH(c.phone('land'))}\n\n{lb[1]}: {case}\n"
             f"{lb[2]}: {topic}\n\n{lb[3]}:\n{party(pa, aa)}\n\n{lb[4]}:\n{party(pb, ab)}\n\n"
             f"{lb[5]}: {P(law.n('full'))}, {AD(lo.one())}, {PH(c.phone('land'))}\n\n{fee}")
        return f"{request(c)}\n\n{t}", ""
    if v == 1:
        pa, pb = c.person(age=(25, 80)), c.person(age=(25, 80))
        kid = c.child(pa, (3, 16))
        nb = c.person(g="m")
        topic = c.t(de="Grenzhecke und Überhang", fr="haie mitoyenne", it="siepe di confine", en="boundary hedge")
        aa = c.addr(plain_line=True, town=c.home)
        d = c.date()
        if c.lang == "de":
            t = (f"Sitzungsprotokoll {c.fd(d)} – {topic}\n\nAnwesend: {P(pa.n('full'))}, {P(pb.n('full'))}, "
                 f"Mediatorin/Mediator {P(med.n('full'))}.\n\n{c.sal(pa)} {P(pa.last)} schildert, dass die Hecke "
                 f"zwischen {AD(aa.line)} und dem Nachbargrundstück seit Jahren nicht geschnitten wurde. "
                 f"{c.sal(pb)} {P(pb.last)} entgegnet, die Hecke sei 2019 gemeinsam mit dem Vorbesitzer "
                 f"{P(nb.n('full'))} gepflanzt worden. Das Kind {P(kid.first)} ({c.dob(kid)}) spielt oft im Garten, "
                 f"was beide Seiten betonen.\n\nVereinbart: Schnitt bis {c.fd(c.date())}, Kosten "
                 f"{c.money(200, 900)} hälftig. Nächster Termin in vier Wochen; Rückfragen an {P(pb.first)} unter "
                 f"{PH(c.phone())}.")
        elif c.lang == "fr":
            t = (f"Compte rendu de séance du {c.fd(d, 'long')} – {topic}\n\nPrésents : {P(pa.n('full'))}, "
                 f"{P(pb.n('full'))} ; médiation : {P(med.n('full'))}.\n\n{c.sal(pa)} {P(pa.last)} explique que "
                 f"la haie "
                 f"entre le {AD(aa.line)} et la propriété voisine n'est plus taillée depuis des années. "
                 f"{c.sal(pb)} {P(pb.last)} répond qu'elle a été plantée en 2019 avec l'ancien propriétaire, "
                 f"{P(nb.n('full'))}. L'enfant {P(kid.first)} ({c.born(kid)} {c.dob(kid)}) joue souvent dans le "
                 f"jardin, ce que les deux parties soulignent.\n\nAccord : taille avant le {c.fd(c.date())}, frais de "
                 f"{c.money(200, 900)} partagés. Prochaine séance dans quatre semaines ; contact {P(pb.first)} au "
                 f"{PH(c.phone())}.")
        elif c.lang == "it":
            t = (f"Verbale dell'incontro del {c.fd(d)} – {topic}\n\nPresenti: {P(pa.n('full'))}, {P(pb.n('full'))}, "
                 f"mediazione: {P(med.n('full'))}.\n\n{c.sal(pa)} {P(pa.last)} riferisce che la siepe tra "
                 f"{AD(aa.line)} "
                 f"e il fondo confinante non viene potata da anni. {c.sal(pb)} {P(pb.last)} replica che fu piantata "
                 f"nel 2019 insieme al precedente proprietario, {P(nb.n('full'))}. Il/La minore {P(kid.first)} "
                 f"({c.born(kid)} {c.dob(kid)}) gioca spesso in giardino, come sottolineano entrambe le parti.\n\n"
                 f"Accordo: potatura entro il {c.fd(c.date())}, spesa di {c.money(200, 900)} divisa a metà. Prossimo "
                 f"incontro tra quattro settimane; contatto {P(pb.first)} al {PH(c.phone())}.")
        else:
            t = (f"Session notes {c.fd(d, 'long')} – {topic}\n\nPresent: {P(pa.n('full'))}, {P(pb.n('full'))}, "
                 f"mediator {P(med.n('full'))}.\n\n{c.sal(pa)} {P(pa.last)} says the hedge between {AD(aa.line)} and "
                 f"the neighbouring property hasn't been cut for years. {c.sal(pb)} {P(pb.last)} replies that it was "
                 f"planted in 2019 together with the previous owner, {P(nb.n('full'))}. Both mention that "
                 f"{P(kid.first)} (DOB {c.dob(kid)}) often plays in the garden.\n\nAgreed: hedge cut by "
                 f"{c.fd(c.date())}, cost of {c.money(200, 900)} split equally. Next session in four weeks; "
                 f"questions to {P(pb.first)} on {PH(c.phone())}.")
        return f"{request(c)}\n\n{t}", "wrap"
    if v == 2:
        pa, pb = c.person(), c.person()
        ae, be = c.email(pa), c.email(pb)
        me = c.work_email(med, mdom)
        sent = c.date()
        d1 = sent + dt.timedelta(days=c.ri(5, 20))
        d2 = d1 + dt.timedelta(days=c.ri(1, 9))
        tos = who(pa, ae) + ", " + who(pb, be)
        sig = f"{P(med.n('full'))}\n{AD(moff.line)}, {AD(moff.pctown())}\n{PH(c.phone('land'))} · {EM(me)}"
        if region != "US" and c.r() < 0.6:
            sig += "\nIBAN " + IB(c.iban())
        if c.lang == "de":
            t = (f"{mail_head(c, who(med, me), tos, when(c, sent), 'Terminvorschläge Mediation')}"
                 f"\n\n{greet(c, pa)}\n{greet(c, pb)}\n\nich schlage den {c.fd(d1)} oder den {c.fd(d2)}, jeweils 17 "
                 f"Uhr, in meinen Räumen vor. Bitte geben Sie mir bis Freitag Bescheid.\n\n{bye(c)}\n{sig}\n\n---\n\n"
                 f"Von: {who(pb, be)}\n\nDer {c.fd(d2)} passt mir. Ich bringe meine Frau/meinen Mann "
                 f"{P(c.partner(pb).first)} mit, falls das in Ordnung ist. Mobil: {PH(c.phone())}\n{P(pb.first)}")
        elif c.lang == "fr":
            t = (f"{mail_head(c, who(med, me), tos, when(c, sent), 'Dates de médiation')}"
                 f"\n\nMadame, Monsieur,\n\nje vous propose le {c.fd(d1, 'long')} ou le {c.fd(d2, 'long')}, à 17h, "
                 f"à mon cabinet. Merci de me répondre d'ici vendredi.\n\n{bye(c)}\n{sig}\n\n---\n\n"
                 f"De : {who(pb, be)}\n\nLe {c.fd(d2)} me convient. Je viendrai avec {P(c.partner(pb).first)}, si "
                 f"cela ne pose pas de problème. Portable : {PH(c.phone())}\n{P(pb.first)}")
        elif c.lang == "it":
            t = (f"{mail_head(c, who(med, me), tos, when(c, sent), 'Date per la mediazione')}"
                 f"\n\n{greet(c, pa)}\n{greet(c, pb)}\n\npropongo il {c.fd(d1, 'long')} oppure il {c.fd(d2, 'long')}, "
                 f"alle 17, presso il mio studio. Vi prego di rispondere entro venerdì.\n\n{bye(c)}\n{sig}\n\n---\n\n"
                 f"Da: {who(pb, be)}\n\nIl {c.fd(d2)} va bene. Verrei con {P(c.partner(pb).first)}, se possibile. "
                 f"Cell.: {PH(c.phone())}\n{P(pb.first)}")
        else:
            t = (f"{mail_head(c, who(med, me), tos, when(c, sent), 'Mediation dates')}"
                 f"\n\n{greet(c, pa)}\n{greet(c, pb)}\n\nI can offer {c.fd(d1, 'long')} or {c.fd(d2, 'long')}, both at "
                 f"5pm, at my office. Please let me know by Friday.\n\n{bye(c)}\n{sig}\n\n---\n\n"
                 f"From: {who(pb, be)}\n\n{c.fd(d2, 'long')} works for me. I'd like to bring "
                 f"{P(c.partner(pb).first)} along if that's OK. Mobile: {PH(c.phone())}\n{P(pb.first)}")
        return f"{request(c)}\n\n{t}", ""
    # v == 3: settlement agreement
    pa, pb = c.person(age=(25, 85)), c.person(age=(25, 85))
    aa, ab = c.addr(town=c.home), c.addr(town=c.home)
    amount = c.money(300, 4000)
    iban = IB(c.iban()) if region != "US" else None
    d = c.date()
    if c.lang == "de":
        t = (f"MEDIATIONSVEREINBARUNG\n\nzwischen\n{P(pa.n('full'))}, geb. {c.dob(pa)}, {AD(aa.one())}\n– im "
             f"Folgenden A –\nund\n{P(pb.n('full'))}, geb. {c.dob(pb)}, {AD(ab.one())}\n– im Folgenden B –\n\n"
             f"1. Thema: {topic}.\n2. B zahlt an A bis {c.fd(c.date())} einen Betrag von {amount}"
             + (f" auf das Konto {iban}" if iban else "") + ".\n3. Beide Parteien verzichten auf weitere Ansprüche.\n"
             f"4. Bei Streit über die Auslegung wenden sich die Parteien zuerst an {P(med.n('full'))}.\n\n"
             f"{town}, {c.fd(d)}\n\n______________  ______________\n{P(pa.n('full'))}   {P(pb.n('full'))}")
    elif c.lang == "fr":
        t = (f"PROTOCOLE D'ACCORD DE MÉDIATION\n\nEntre\n{P(pa.n('full'))}, {c.born(pa)} {c.dob(pa)}, demeurant "
             f"{AD(aa.one())}, ci-après A,\net\n{P(pb.n('full'))}, {c.born(pb)} {c.dob(pb)}, demeurant "
             f"{AD(ab.one())}, ci-après B.\n\n1. Objet : {topic}.\n2. B verse à A la somme de {amount} avant le "
             f"{c.fd(c.date())}" + (f" sur le compte {iban}" if iban else "") + ".\n3. Les parties renoncent à toute "
             f"autre prétention.\n4. En cas de désaccord, les parties s'adressent d'abord à {P(med.n('full'))}.\n\n"
             f"Fait à {town}, le {c.fd(d)}\n\n{P(pa.n('full'))}          {P(pb.n('full'))}")
    elif c.lang == "it":
        t = (f"ACCORDO DI MEDIAZIONE\n\ntra\n{P(pa.n('full'))}, {c.born(pa)} {c.dob(pa)}, residente in "
             f"{AD(aa.one())} (di seguito A)\ne\n{P(pb.n('full'))}, {c.born(pb)} {c.dob(pb)}, residente in "
             f"{AD(ab.one())} (di seguito B)\n\n1. Oggetto: {topic}.\n2. B versa ad A la somma di {amount} entro il "
             f"{c.fd(c.date())}" + (f" sul conto {iban}" if iban else "") + ".\n3. Le parti rinunciano a ogni altra "
             f"pretesa.\n4. In caso di contrasto le parti si rivolgono prima a {P(med.n('full'))}.\n\n"
             f"{town}, {c.fd(d)}\n\nFirme: {P(pa.n('full'))}   {P(pb.n('full'))}")
    else:
        t = (f"MEDIATION SETTLEMENT AGREEMENT\n\nBetween\n{P(pa.n('full'))} (DOB {c.dob(pa)}) of {AD(aa.one())} "
             f"(\"A\")\nand\n{P(pb.n('full'))} (DOB {c.dob(pb)}) of {AD(ab.one())} (\"B\")\n\n1. Issue: {topic}.\n"
             f"2. B will pay A {amount} by {c.fd(c.date(), 'long')}" + (f" to account {iban}" if iban else "")
             + f".\n3. Neither party will bring further claims on this matter.\n4. Any dispute about this agreement "
             f"goes back to {P(med.n('full'))} first.\n\nSigned {c.fd(d, 'long')}\n\n{P(pa.n('full'))}     "
             f"{P(pb.n('full'))}")
    return f"{request(c)}\n\n{t}", ""


# ---------------------------------------------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------------------------------------------
TEMPLATES = {
    "beekeeping": t_beekeeping, "chaplaincy": t_chaplaincy, "hamradio": t_hamradio, "dogwalking": t_dogwalking,
    "harvest": t_harvest, "bikecoding": t_bikecoding, "foodbank": t_foodbank, "crowdfunding": t_crowdfunding,
    "tandem": t_tandem, "repaircafe": t_repaircafe, "selfstorage": t_selfstorage, "mediation": t_mediation,
}


def finish(c: Ctx, marked: str, transform: str) -> str:
    head, sep, body = marked.partition("\n\n")
    if transform == "upper":
        body = ocr_upper(body, c.rng)
    elif transform == "wrap":
        body = pdf_wrap(body, c.rng)
    elif transform == "lower":
        body = lower_all(body)
    return head + sep + body


def check(doc: dict) -> None:
    text = doc["text"]
    last_end = -1
    for e in doc["entities"]:
        s = text[e["start"]:e["end"]]
        assert s == e["text"] and s and s == s.strip(), (doc["id"], e)
        assert e["start"] >= last_end, (doc["id"], e)
        last_end = e["end"]
        if e["type"] == "IBAN":
            assert iban_valid(s), (doc["id"], s)
        if e["type"] == "CARD":
            assert luhn_ok(s) and len(re.sub(r"\D", "", s)) in (15, 16), (doc["id"], s)


def build() -> list[dict]:
    docs = []
    for lang in LANGS:
        for t_idx, (tpl, fn) in enumerate(TEMPLATES.items()):
            regs = REGIONS[lang]
            order = [regs[(t_idx + k) % len(regs)] for k in range(DOCS_PER_TEMPLATE)]
            random.Random(f"{SEED}|{lang}|{tpl}|regions").shuffle(order)
            for i in range(DOCS_PER_TEMPLATE):
                c = Ctx(lang, order[i], tpl, i)
                marked, transform = fn(c)
                marked = finish(c, marked, transform)
                text, ents = resolve(marked)
                doc = {"id": f"{SEED}-{lang}-{tpl}-{i:02d}", "locale": c.locale, "lang": lang, "text": text,
                       "entities": ents}
                check(doc)
                docs.append(doc)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    docs = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["entities"]) for d in docs)
    print(f"wrote {len(docs)} documents with {n} labelled values to {args.out}")


if __name__ == "__main__":
    main()
