"""Twentieth blind evaluation set ("holdout20") for the anonymizer.

Blind set 20, written 2026-12-05 by a helper session that read only the module docstrings of generate_holdout17.py,
generate_holdout18.py and generate_holdout19.py and the module docstring of evaluate.py with its function
evaluate_synthetic (all extracted with ``ast``: record format, type names, matching rules, the genres of all earlier
sets). Besides that it saw only the file names in bench/privacy/ and bench/privacy/data/, the line-length setting of
[tool.ruff] in pyproject.toml (one grep) and the venv install log (only to see that the install had finished). It did
not read the detectors (src/), the tests, the docs, README files, the bodies of the other generators or templates, any
data set text, or the git history (one slip, after the set was written and committed: ``git show --stat`` of its own
commit, file names and line counts only). tarnkappe is never imported; the set was never run through the anonymizer or
evaluate.py while it was written. The written file was checked only by the generator's own assertions and by reading its
own output (also a scan for unlabelled e-mail addresses - only role mailboxes -, unlabelled phone-like digit runs - only
dates, table numbers, hotlines and unlabelled social-security numbers -, unlabelled IP addresses - only private LAN
addresses - and for unlabelled repeats of the words of labelled names - only the word "Villa" of a golf club name in a
document with a person called Villa).
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout20.jsonl: 4 languages (de, fr, it, en) x 12 genres x 10 documents = 480
documents with 7,226 labelled values (PERSON 3,376, PHONE 1,515, ADDRESS 808, EMAIL 706, DOB 431, IBAN 155, IP 112,
CARD 74, AHV 49; de 1,818, fr 1,795, it 1,833, en 1,780).  Regions (``locale`` is ``lang_REGION``): de -> DE/AT/CH
(4/3/3 per cell), fr -> FR/CH/BE/CA (4/3/2/1), it -> IT/CH (6/4), en -> GB/US/IE/AU/NZ/CA (3/2/2/1/1/1); the regions
of a (language, genre) cell are shuffled with the seed ``"holdout20|<lang>|<genre>|regions"`` and the template variant
is ``i % 4``, so region and variant are not correlated.  Deterministic for a given Faker version (written with the
project venv's Faker 40.54.0 and Python 3.11; only Faker and the standard library): ``random.Random`` is seeded with
``"holdout20|<lang>|<genre>|<i>"`` and every Faker locale is re-seeded per document on its first use in the document
(from that seed and the locale name).  Faker supplies person names only; streets, towns, postcodes, phone numbers,
e-mail addresses, IBANs (valid ISO 13616 check digits; French ones with a valid RIB key, Belgian ones with the
national check, Italian ones with a valid CIN), card numbers (Luhn), AHV numbers (756, EAN-13 check digit) and IP
addresses come from lists and code written here.  Each record has ``id`` (``holdout20-<lang>-<genre>-<NN>``),
``locale``, ``lang``, ``text`` and ``entities`` (``type``, ``start``, ``end``, ``text``); ``text[start:end] == text``
is asserted for every entity, entities are sorted, do not overlap, carry no surrounding white space, and a name is
never split into two adjacent PERSON spans.  Labelled values are marked while a text is built and resolved into
offsets at the very end, so lower-case chat typing, fixed-width padding, CSV quoting and JSON escaping keep the labels
exact.

Genres (text people paste into an AI assistant, mostly with a request in the document's language), chosen to differ
from every genre named in the docstrings read (holdout3..holdout19; those of holdout and holdout2 are not listed
there, so an overlap with them cannot be ruled out):
 1. golf - golf clubs: membership applications (partner, proposer and seconder, direct debit or card), tee sheets
    (CSV / fixed width) with guests' numbers and the starter's note, members' group chats, captains' results mails;
 2. pestcontrol - pest control: technicians' service reports, building treatment schedules with the tenant notice,
    booking mails with the dispatcher's reply and quote, pdftotext invoices with a bait-station log;
 3. alarm - burglar alarms and alarm receiving centres: keyholder contact sheets (code words), panel event logs with
    the home connection's IP address, monitoring contracts (pdftotext), complaints about call-out fees;
 4. itsupport - home IT support: helpdesk ticket JSON (remote-session IP), remote-support session logs, an adult
    child's mail for a locked-out parent (date of birth for account recovery), home-visit invoices with checklists;
 5. evcharging - electric-vehicle charging: charge-card customer exports (CSV), wallbox installation orders with
    landlord consent, company-car home-charging reimbursements (Swiss ones with AHV numbers), app support chats;
 6. groundscare - snow clearing, gritting and garden maintenance: route sheets (fixed width), service agreements,
    seasonal helpers' pay lists (CSV with dates of birth, IBAN, AHV in Switzerland), crew chats at night;
 7. wineclub - wine merchants: club sign-ups with the age check, web-shop order webhooks (browser IP, leaked card
    number), drivers' delivery lists with the age check at the door, tasting-evening RSVP mails;
 8. escaperoom - escape rooms: booking confirmations with waiver lists (a minor with guardian), daily booking
    exports, booking webhooks (card, IP, gift voucher buyer), team-event enquiries with participant lists;
 9. gigbooking - bands and DJs for private events: performance agreements, fee splits (Swiss ones with AHV numbers),
    band chats, agency rosters (CSV);
10. mobilityaids - medical supply stores: care-bed / wheelchair hire agreements (Swiss ones with the AHV number as
    insurance number), delivery and collection runs, funding requests to insurers, stairlift mail threads;
11. shootingclub - shooting clubs and ranges: guest books with dates of birth, member lists (CSV; Swiss ones with AHV
    numbers), membership applications with referees, range-duty rosters with a quoted chat;
12. partyrental - party and event equipment hire: hire agreements (ID check, card deposit), weekend delivery runs,
    damage-claim mail threads, WhatsApp booking chats (customer shown as a number).
Values appear in prose, "Label: value" forms (aligned and not), two-line address blocks, letterheads and signatures,
Markdown, fixed-width, comma-, semicolon- and tab-separated tables, JSON, key=value logs, mail headers and quoted
replies, chats with four layouts (senders shown as names, first names or phone numbers), lower-case typing, in each
country's conventions (German "str.", "Whg.", "Hinterhaus", "D-"; Austrian "/Stiege/Tür" and "/Top", "Jänner", "A-";
Swiss "strasse", "CH-"; French "bis"/"ter", "Bât.", "Résidence", upper-case towns; Belgian "bte"/"boîte", "B-";
Québec "app." and "(Québec)" with one or two spaces before the postal code; Italian "n.", "int.", "scala", "piano",
"/B" and provinces with and without parentheses; British flats and house names, postcodes; Irish Eircodes, counties
and Irish-language street names; US "Apt", "#", "Unit", ZIP+4; Australian "Unit" and "12/45"; NZ suburbs; Canadian
"1203-455" unit numbers and postal codes), with occasional typos in street names.  Phone numbers national and
international with "(0)", "00", slashes, dots, hyphens, parentheses, compact E.164 and DIN-style extensions.  Dates of
birth numeric (with and without leading zeros), two-digit years, ISO, US month-first, dashes, month names in four
languages ("1er", "1°", "Jänner", English ordinals and "of") and abbreviated months (English, Québec French).
Names from the Faker locales of the region (de_DE, de_AT, de_CH, de_LI, fr_FR, fr_CH, fr_BE, nl_BE, fr_CA, it_IT - also
for Ticino -, en_GB, en_US, en_IE, ga_IE, en_NZ; Australia and Canada use en_GB / en_US / en_NZ) and lists of region-own
names written here (Frisian, Mennonite, Austro-Czech, Romansh, Swiss particles, Breton, Basque, Corsican, Réunionese,
Walloon/Flemish, Québécois, Sardinian, Friulian, South Tyrolean, Italian particles, Ticinese, Welsh, Scottish, British
Asian, African-American, Navajo, Irish-language with gendered forms, Māori); community names from the Faker locales
tr_TR, pl_PL, pt_PT, pt_BR, es_ES, es_MX, es_CO, es_AR, nl_NL, hr_HR, sl_SI, cs_CZ, sk_SK, ro_RO, hu_HU, lv_LV, vi_VN,
id_ID, az_AZ, en_IN, en_NG, en_KE, ha_NG, ig_NG, yo_NG, tw_GH, zu_ZA, uz_UZ, fr_DZ, sv_SE, da_DK, no_NO, fi_FI, is_IS
and from lists written here (Albanian, Maghrebi, Tamil, Horn of Africa, Persian/Afghan, Kurdish, Chinese, Korean,
Japanese, Ukrainian, Russian and Greek with gendered surnames, Filipino, South Asian, West African); drawn about 56 %
region-own, 30 % community, 14 % other locales of the language area; about 10 % of the non-community names get a first
name or surname that is an ordinary word of the language (Sommer, Fuchs, Rose, Petit, Leone, Serena, Baker, Hope ...),
about 7 % a double surname; relatives mostly share the surname (Russian and Greek ones in the gendered form). Written as
"First Last", "Last, First", "LAST First", "LAST, First", "Last First", "F. Last", "First L.", "Last F.",
"FIRST LAST" (card holders), separate first-name and surname fields, first names or surnames alone (chat senders, notes,
"Team Müller"), in lower case in chats, with possessives.
Unlabelled distractors: order, ticket, invoice, contract, booking, customer, member, staff and reference numbers,
RFID UIDs, gift-voucher codes, ID-card and firearms-licence numbers, health-insurance numbers outside Switzerland,
French and German social-security numbers, code words, gate codes, masked card numbers and expiry dates, private LAN
IP addresses (192.168.x.x), prices, fees, hours, kWh, handicaps, plain dates and times (appointments, deliveries,
events, sessions), role mailboxes, hotlines, companies, clubs, shops, venues, bands, escape rooms, towns and postcodes
alone.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP; the names the brief gave):
* PERSON: the name of a natural person as written, in any order, with initials, particles and double surnames inside
  the span; titles, salutations and kinship or role words (Frau, Herr, Mme, Sig.ra, Mr, Ms., Dr., dott.) outside; a
  first name or a surname alone is a PERSON (chat senders, crews, notes, "Team Peeters", "DJ Rowan" with "Team" and
  "DJ" outside; "Annas" / "Anna's" with the possessive ending outside); companies, clubs, bands, venues and shops
  are not labelled, also when a word of them equals a surname.
* EMAIL: every personal e-mail address (private and personal work addresses at a firm's domain); role mailboxes of
  organisations (info@, service@, club@, members@, sekretariat@ ...) are not labelled.
* PHONE: every phone and mobile number of a person or of an office, shop or firm (letterheads, signatures, business
  landlines are labelled too), national or international; a chat sender shown as a number is PHONE; hotlines,
  free-phone and shared-cost numbers are not labelled.
* ADDRESS: a one-line address (street with number and postcode with town) is one span, the country outside; a
  two-line block is two spans (street line; postcode + town line); a street with its number alone is ADDRESS (chat
  messages, CSV / JSON street fields, delivery lists); separate postcode and town fields and towns alone are not
  labelled; business addresses are labelled.
* DOB: a full date of birth (day, month, year) of an adult or a child, cue words ("geb.", "né(e) le", "nato/a il",
  "DOB") outside; other dates are not labelled.
* IBAN: every IBAN, compact or grouped (also those of firms and bands).
* CARD: full card numbers (Luhn-valid; also inside a JSON value such as ``pan=...``); masked numbers, last four
  digits and expiry dates are not labelled.
* AHV: Swiss social security numbers (756, dotted or compact), wherever they appear.
* IP: the public IPv4 / IPv6 address of a person's connection (logins, sessions, web-shop orders, the alarm panel of
  a home); private LAN addresses are not labelled.

Usage (repo root): python bench/privacy/generate_holdout20.py [--out PATH] [--only GENRE]
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

OUT = Path(__file__).resolve().parent / "data" / "synthetic_holdout20.jsonl"
PREFIX = "holdout20"
LANGS = ["de", "fr", "it", "en"]
N_PER_CELL = 10
# Regions per (language, genre) cell of ten documents; the order is shuffled per cell.
REGIONS = {
    "de": ["DE"] * 4 + ["AT"] * 3 + ["CH"] * 3,
    "fr": ["FR"] * 4 + ["CH"] * 3 + ["BE"] * 2 + ["CA"],
    "it": ["IT"] * 6 + ["CH"] * 4,
    "en": ["GB"] * 3 + ["US"] * 2 + ["IE"] * 2 + ["AU", "NZ", "CA"],
}

PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP = (
    "PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS", "DOB", "AHV", "CARD", "IP")
TYPES = {PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP}

# Labelled values are wrapped in private-use markers while a text is built and resolved into offsets at the end.
MS, MM, ME = "\ue000", "\ue001", "\ue002"
MARK_RE = re.compile(MS + "([A-Za-z]+)" + MM + "([^" + MS + MM + ME + "]*)" + ME)


def mk(typ: str, s: str) -> str:
    assert typ in TYPES, typ
    assert s and s == s.strip(), repr(s)
    assert not any(ch in s for ch in (MS, MM, ME)), repr(s)
    return f"{MS}{typ}{MM}{s}{ME}"


def plain(s: str) -> str:
    return MARK_RE.sub(lambda m: m.group(2), s)


def vlen(s: str) -> int:
    return len(plain(s))


def pad(s: str, n: int) -> str:
    return s + " " * max(1, n - vlen(s))


def map_outside(s: str, fn) -> str:
    out, pos = [], 0
    for m in MARK_RE.finditer(s):
        out.append(fn(s[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(fn(s[pos:]))
    return "".join(out)


def resolve(s: str) -> tuple[str, list[dict]]:
    out, ents, pos, n = [], [], 0, 0
    for m in MARK_RE.finditer(s):
        chunk = s[pos:m.start()]
        out.append(chunk)
        n += len(chunk)
        val = m.group(2)
        ents.append({"type": m.group(1).upper(), "start": n, "end": n + len(val), "text": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(s[pos:])
    text = "".join(out)
    assert not any(ch in text for ch in (MS, MM, ME)), text[:200]
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"]
        assert e["text"] == e["text"].strip() and e["text"], e
        assert e["type"] in TYPES, e
    for a, b in zip(ents, ents[1:], strict=False):
        assert a["end"] <= b["start"], (a, b)
        if a["type"] == b["type"] == PERSON:
            assert text[a["end"]:b["start"]].strip() not in ("", "-"), ("split name", a, b)
    return text, ents


# ---------------------------------------------------------------------------------------------------------------
# tables, JSON, CSV

def md_table(head: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def fw_table(head: list[str], rows: list[list[str]], rule: str = "-") -> str:
    widths = [max(vlen(x) for x in col) + 2 for col in zip(head, *rows, strict=True)]
    lines = ["".join(pad(h, w) for h, w in zip(head, widths, strict=True)).rstrip()]
    if rule:
        lines.append(rule * min(sum(widths) - 2, 96))
    lines += ["".join(pad(x, w) for x, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)


def csv_table(head: list[str], rows: list[list[str]], delim: str = ",", quote_all: bool = False) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n",
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    w.writerow(head)
    for r in rows:
        w.writerow(r)
    return buf.getvalue().rstrip("\n")


def js(obj, indent: int | None = 2) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


# ---------------------------------------------------------------------------------------------------------------
# dates

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
MONTHS_AT = ["Jänner"] + MONTHS["de"][1:]
MON_ABBR = {
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "it": ["gen.", "feb.", "mar.", "apr.", "mag.", "giu.", "lug.", "ago.", "set.", "ott.", "nov.", "dic."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def ordinal_en(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return f"{d}th"
    return f"{d}" + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def fmt_date(d: date, style: str, lang: str, region: str) -> str:
    dd, mm, yy = d.day, d.month, d.year
    months = MONTHS_AT if (lang == "de" and region == "AT") else MONTHS[lang]
    if style == "iso":
        return d.isoformat()
    if style == "dot0":
        return f"{dd:02d}.{mm:02d}.{yy}"
    if style == "dot":
        return f"{dd}.{mm}.{yy}"
    if style == "dot_yy":
        return f"{dd:02d}.{mm:02d}.{yy % 100:02d}"
    if style == "slash0":
        return f"{dd:02d}/{mm:02d}/{yy}"
    if style == "slash":
        return f"{dd}/{mm}/{yy}"
    if style == "slash_yy":
        return f"{dd:02d}/{mm:02d}/{yy % 100:02d}"
    if style == "dash0":
        return f"{dd:02d}-{mm:02d}-{yy}"
    if style == "us0":
        return f"{mm:02d}/{dd:02d}/{yy}"
    if style == "us":
        return f"{mm}/{dd}/{yy}"
    if style == "us_yy":
        return f"{mm}/{dd}/{yy % 100:02d}"
    if style == "long":
        if lang == "de":
            return f"{dd}. {months[mm - 1]} {yy}"
        if lang == "fr":
            return f"{'1er' if dd == 1 else dd} {months[mm - 1]} {yy}"
        if lang == "it":
            return f"{'1°' if dd == 1 else dd} {months[mm - 1]} {yy}"
        if region in ("US", "CA"):
            return f"{months[mm - 1]} {dd}, {yy}"
        return f"{dd} {months[mm - 1]} {yy}"
    if style == "abbr":
        ab = MON_ABBR[lang][mm - 1]
        if lang == "de":
            return f"{dd}. {ab} {yy}"
        if region in ("US", "CA") and lang == "en":
            return f"{ab} {dd}, {yy}"
        return f"{dd} {ab} {yy}"
    if style == "ord":
        return f"{ordinal_en(dd)} {months[mm - 1]} {yy}"
    if style == "ordof":
        return f"{ordinal_en(dd)} of {months[mm - 1]} {yy}"
    raise ValueError(style)


DATE_STYLES = {
    "DE": ["dot0"] * 5 + ["dot"] * 2 + ["dot_yy", "long", "iso"],
    "AT": ["dot0"] * 5 + ["dot"] * 2 + ["dot_yy", "long", "long"],
    "CH-de": ["dot0"] * 6 + ["dot"] * 2 + ["dot_yy", "long"],
    "FR": ["slash0"] * 6 + ["long"] * 2 + ["slash", "dash0"],
    "BE": ["slash0"] * 5 + ["dot0"] * 2 + ["long", "slash", "slash_yy"],
    "CH-fr": ["dot0"] * 5 + ["slash0"] * 2 + ["long", "dot", "dot_yy"],
    "CA-fr": ["iso"] * 4 + ["long"] * 3 + ["slash0"] * 2 + ["abbr"],
    "IT": ["slash0"] * 5 + ["slash"] * 2 + ["long", "dash0", "slash_yy"],
    "CH-it": ["dot0"] * 5 + ["slash0"] * 2 + ["long", "dot", "dot_yy"],
    "GB": ["slash0"] * 5 + ["long", "ord", "abbr", "ordof", "slash"],
    "IE": ["slash0"] * 5 + ["long", "ord", "abbr", "ordof", "dash0"],
    "AU": ["slash0"] * 5 + ["long", "slash", "abbr", "ord", "slash_yy"],
    "NZ": ["slash0"] * 5 + ["long", "slash", "abbr", "ord", "dot0"],
    "US": ["us0"] * 5 + ["us"] * 2 + ["long", "abbr", "us_yy"],
    "CA-en": ["iso"] * 3 + ["long"] * 3 + ["slash0"] * 2 + ["abbr", "us0"],
}


# ---------------------------------------------------------------------------------------------------------------
# names: Faker locales of the region, other locales of the language, community locales and lists written here

REGION_LOCALES = {
    "DE": ["de_DE"], "AT": ["de_AT"], "CH-de": ["de_CH", "de_CH", "de_LI"], "FR": ["fr_FR"], "BE": ["fr_BE", "nl_BE"],
    "CH-fr": ["fr_CH"], "CA-fr": ["fr_CA"], "IT": ["it_IT"], "CH-it": ["it_IT"], "GB": ["en_GB"], "US": ["en_US"],
    "IE": ["en_IE", "en_IE", "ga_IE"], "AU": ["en_GB", "en_US", "en_NZ"], "NZ": ["en_NZ"], "CA-en": ["en_US", "en_GB"],
}
OTHER_LOCALES = {
    "de": ["de_DE", "de_AT", "de_CH", "de_LI", "fr_CH", "it_IT", "nl_NL", "en_GB"],
    "fr": ["fr_FR", "fr_CH", "fr_BE", "fr_CA", "de_CH", "it_IT", "nl_BE", "fr_DZ"],
    "it": ["it_IT", "de_CH", "fr_CH", "de_AT", "fr_FR", "es_ES", "de_DE"],
    "en": ["en_GB", "en_US", "en_IE", "en_NZ", "ga_IE", "fr_CA", "de_DE", "it_IT"],
}
COMMUNITY_LOCALES = [
    "tr_TR", "pl_PL", "pt_PT", "pt_BR", "es_ES", "es_MX", "es_CO", "es_AR", "nl_NL", "hr_HR", "sl_SI", "cs_CZ",
    "sk_SK", "ro_RO", "hu_HU", "lv_LV", "vi_VN", "id_ID", "az_AZ", "en_IN", "en_NG", "en_KE", "ha_NG", "ig_NG",
    "yo_NG", "tw_GH", "zu_ZA", "uz_UZ", "fr_DZ", "sv_SE", "da_DK", "no_NO", "fi_FI", "is_IS",
]
# lists written here: (male first names, female first names, surnames (male, female) or shared)
LISTS = {
    "albanian": (["Arben", "Besnik", "Driton", "Ilir", "Fatmir", "Valon", "Agron", "Blerim", "Luan", "Mentor"],
                 ["Albulena", "Arta", "Blerta", "Drita", "Flutura", "Vjosa", "Teuta", "Mimoza", "Liridona", "Shqipe"],
                 ["Krasniqi", "Berisha", "Gashi", "Hoxha", "Shala", "Morina", "Kelmendi", "Rexhepi", "Bytyqi",
                  "Hyseni", "Ahmeti", "Sopjani", "Zeqiri"]),
    "maghreb": (["Mohamed", "Youssef", "Karim", "Rachid", "Mehdi", "Saïd", "Hamza", "Omar", "Nabil", "Amine",
                 "Khalid", "Bilal"],
                ["Fatima", "Amina", "Samira", "Nadia", "Leïla", "Yasmina", "Khadija", "Salma", "Imane", "Nour",
                 "Houda", "Rania"],
                ["Benali", "El Amrani", "Bouzid", "Haddad", "Mansouri", "Aït Ahmed", "Cherif", "Ben Youssef",
                 "Belkacem", "Boukhari", "El Idrissi", "Zerrouki", "Saadi", "Hamdi", "Khalil", "Nasser"]),
    "tamil": (["Tharshan", "Sivakumar", "Kajan", "Niruban", "Prasanth", "Thusyanthan", "Arun", "Mathivanan"],
              ["Tharani", "Kavitha", "Nivetha", "Sharmila", "Dilani", "Abirami", "Vithya", "Keerthana"],
              ["Sivarajah", "Thevarajah", "Kanagaratnam", "Balasubramaniam", "Yogarajah", "Ponnambalam",
               "Selvanayagam", "Rasiah", "Nadarajah"]),
    "horn": (["Tesfaye", "Yonas", "Abdi", "Dawit", "Mehari", "Habtom", "Ahmed", "Filmon", "Mulugeta"],
             ["Selam", "Saba", "Hiwet", "Luwam", "Ayan", "Hodan", "Meron", "Feven", "Semhar"],
             ["Tesfamariam", "Ghebremedhin", "Haile", "Abraha", "Warsame", "Yohannes", "Tekle", "Berhane",
              "Mohamud", "Gebreyesus"]),
    "persian": (["Reza", "Ahmad", "Farid", "Navid", "Hamid", "Jawad", "Mustafa", "Arash", "Sohrab"],
                ["Maryam", "Shirin", "Parisa", "Zahra", "Leyla", "Fereshteh", "Nilofar", "Soraya", "Mahsa"],
                ["Ahmadi", "Hosseini", "Rahimi", "Karimi", "Sadeghi", "Mohammadi", "Noori", "Rezaei", "Hashemi",
                 "Sultani", "Azizi", "Tavakoli"]),
    "kurdish": (["Azad", "Dilshad", "Rezan", "Hozan", "Baran", "Serhat", "Rênas"],
                ["Berfin", "Rojda", "Zilan", "Jiyan", "Dilan", "Nergiz", "Hêvî"],
                ["Zebari", "Hawrami", "Amedi", "Dosky", "Berwari", "Hassan Ali", "Mirani"]),
    "chinese": (["Wei", "Jun", "Hao", "Lei", "Ming", "Tao", "Yong", "Zhiwei", "Jian"],
                ["Xiaoyan", "Mei", "Yan", "Jing", "Hui", "Xiuying", "Lingling", "Yuqi"],
                ["Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Lin", "Ma"]),
    "korean": (["Min-jun", "Ji-hoon", "Seo-jun", "Dong-hyun", "Jae-won"],
               ["Ji-woo", "Seo-yeon", "Min-seo", "Ha-eun", "Soo-ah"],
               ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon"]),
    "japanese": (["Haruto", "Kenji", "Takumi", "Daiki", "Sho", "Hiroshi"],
                 ["Yui", "Aoi", "Sakura", "Haruka", "Yuko", "Emi"],
                 ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Yamamoto", "Kobayashi", "Nakamura"]),
    "ukrainian": (["Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Bohdan", "Taras", "Yurii", "Vasyl"],
                  ["Olena", "Iryna", "Oksana", "Nataliia", "Yuliia", "Kateryna", "Tetiana", "Viktoriia", "Halyna"],
                  ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko",
                   "Oliinyk", "Lysenko", "Moroz", "Koval", "Savchuk"]),
    "russian": (["Aleksei", "Dmitri", "Sergei", "Ivan", "Nikolai", "Pavel"],
                ["Anastasia", "Ekaterina", "Svetlana", "Olga", "Tatiana", "Irina"],
                (["Ivanov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Volkov", "Morozov"],
                 ["Ivanova", "Smirnova", "Kuznetsova", "Popova", "Sokolova", "Volkova", "Morozova"])),
    "greek": (["Giorgos", "Dimitrios", "Konstantinos", "Nikos", "Christos", "Panagiotis", "Vasilis"],
              ["Eleni", "Maria", "Katerina", "Vasiliki", "Sofia", "Despina", "Georgia"],
              (["Papadopoulos", "Nikolaidis", "Georgiou", "Konstantinidis", "Papadakis", "Oikonomou", "Alexiou"],
               ["Papadopoulou", "Nikolaidou", "Georgiou", "Konstantinidou", "Papadaki", "Oikonomou", "Alexiou"])),
    "filipino": (["Jomar", "Jerome", "Rodel", "Mark Anthony", "Jun", "Arnel"],
                 ["Maricel", "Rhea", "Lovely", "Marites", "Jovelyn", "Kristine Joy"],
                 ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Macaraeg", "Dimaculangan", "Mendoza"]),
    "southasian": (["Arjun", "Rahul", "Imran", "Vikram", "Sandeep", "Harpreet", "Faisal"],
                   ["Priya", "Ananya", "Ayesha", "Sunita", "Deepika", "Jaspreet", "Rukhsana"],
                   ["Sharma", "Patel", "Singh", "Khan", "Gupta", "Iyer", "Reddy", "Chaudhry", "Qureshi", "Malik",
                    "Begum"]),
    "westafrican": (["Kwame", "Kofi", "Mamadou", "Ousmane", "Ibrahima", "Seydou", "Moussa", "Cheikh"],
                    ["Ama", "Abena", "Aminata", "Fatoumata", "Mariama", "Aïssatou", "Awa", "Ndeye"],
                    ["Mensah", "Owusu", "Diallo", "Traoré", "Sow", "Ndiaye", "Coulibaly", "Boateng", "Keïta",
                     "Diop", "Camara"]),
}
COMMUNITY_LISTS = list(LISTS)
# region-own lists (used for a share of the region-own names)
REGION_LISTS = {
    "DE": (["Hauke", "Tjark", "Waldemar", "Viktor", "Jannes", "Ole", "Henning", "Hans-Peter", "Karl-Heinz"],
           ["Frauke", "Wiebke", "Imke", "Nelli", "Lilli", "Swantje", "Gesche", "Anna-Lena", "Eva-Maria"],
           ["Janssen", "Hinrichs", "Ommen", "Wiebe", "Friesen", "Penner", "Klassen", "von der Heide",
            "zu Putlitz", "Meyer-Landrut", "Schulze-Wettendorf", "Thießen", "Nowka"]),
    "AT": (["Florian", "Lukas", "Valentin", "Ferdinand", "Leopold", "Vinzenz"],
           ["Valentina", "Leonie", "Theresa", "Magdalena", "Johanna", "Notburga"],
           ["Nowak", "Swoboda", "Novotny", "Prohaska", "Dvorak", "Pospischil", "Wesely", "Hruby", "Kratochwil",
            "Pichler", "Gruber", "Huber", "Moser", "Hofbauer"]),
    "CH-de": (["Gian", "Men", "Curdin", "Linard", "Corsin", "Duri", "Reto", "Urs", "Beat", "Hans-Ruedi"],
              ["Ursina", "Mengia", "Flurina", "Seraina", "Annina", "Regula", "Vreni", "Barbla"],
              ["Caduff", "Casanova", "Tscharner", "Cathomen", "Darms", "Derungs", "Vincenz", "Camenisch",
               "Cavelti", "Capaul", "Bundi", "Aebischer", "Wüthrich", "Schnyder", "Rüegg", "Brändli", "Hänni",
               "von Arx", "von Gunten", "von Allmen", "von Känel", "Zürcher", "Bühler"]),
    "CH-fr": (["Loïc", "Yvan", "Gilles", "Cédric", "Raphaël", "Olivier"],
              ["Joëlle", "Nadège", "Sylvie", "Mélanie", "Aurélie", "Christiane"],
              ["Rochat", "Pittet", "Favre", "Cuénoud", "Jaquier", "Bovet", "Chappuis", "Dubois", "de Rham",
               "de Weck", "Monnier", "Vuilleumier", "Perrenoud", "Zufferey", "Crettenand"]),
    "CH-it": (["Ilario", "Giona", "Elia", "Tiziano", "Mattia", "Nicola", "Fabio"],
              ["Fabiola", "Nives", "Lorenza", "Noemi", "Morena", "Ilaria", "Michela"],
              ["Bernasconi", "Bianchi", "Lepori", "Pedrazzini", "Cattaneo", "Jelmini", "Beffa", "Gianella",
               "Quadri", "Soldati", "Foletti", "Balestra", "Rusconi", "Della Santa", "Dotta", "Poretti"]),
    "FR": (["Yannick", "Erwan", "Loïc", "Tanguy", "Ghjuvanni", "Iñaki", "Jean-Baptiste", "Kévin"],
           ["Gwenaëlle", "Maëlle", "Soizic", "Nolwenn", "Paoline", "Maïder", "Marie-Claude"],
           ["Le Goff", "Le Gall", "Kerjean", "Le Bihan", "Quéré", "Etcheverry", "Iriarte", "Elissalde", "Santoni",
            "Albertini", "Pietri", "Luciani", "Payet", "Hoarau", "Grondin", "Técher", "de La Tour",
            "d'Ornano", "Du Pont"]),
    "BE": (["Thibault", "Jef", "Wout", "Arnaud", "Gauthier", "Quentin"],
           ["Manon", "Lieve", "Griet", "Amandine", "Ophélie", "Maïté"],
           ["Dupont", "Lambert", "Peeters", "Janssens", "Maes", "Claes", "Wouters", "Vandenberghe", "Van de Velde",
            "De Smet", "Vanderlinden", "Deprez", "Delvaux", "Verstraeten", "Van Damme"]),
    "CA-fr": (["Jean-François", "Mathieu", "Étienne", "Maxime", "Éric", "Sébastien"],
              ["Marie-Ève", "Geneviève", "Nathalie", "Josée", "Mélissa", "Karine"],
              ["Tremblay", "Gagnon", "Bouchard", "Côté", "Gauthier", "Pelletier", "Lévesque", "Ouellet",
               "Bélanger", "St-Pierre", "Thibodeau", "Leblanc"]),
    "IT": (["Efisio", "Gavino", "Tobia", "Michele", "Andrea", "Luca", "Elia"],
           ["Bonaria", "Maddalena", "Graziella", "Ornella", "Nicoletta", "Assunta"],
           ["Porcu", "Pinna", "Sanna", "Murgia", "Melis", "Deiana", "Piras", "Del Fabbro", "Tomat", "Zanier",
            "Pichler", "Oberhofer", "Kofler", "De Luca", "Di Benedetto", "D'Angelo", "Lo Presti", "La Rosa",
            "Dalla Costa", "Degli Esposti", "Dell'Orto", "Lo Bianco"]),
    "GB": (["Rhys", "Gethin", "Dafydd", "Hamish", "Iain", "Callum", "Jaspreet"],
           ["Cerys", "Siân", "Ffion", "Morag", "Ailsa", "Eilidh", "Catriona", "Rukhsana"],
           ["Pritchard", "Bowen", "Pugh", "Prys", "MacLeod", "Macdonald", "Mackenzie", "McLean", "Fraser",
            "Sinclair", "Hussain", "Choudhury", "Ahmed", "ap Rhys", "Lloyd-Williams", "Featherstonehaugh"]),
    "US": (["DeShawn", "Jamal", "Darnell", "Tyrone", "José", "Carlos", "Tyler"],
           ["Latoya", "Tanisha", "Keisha", "Imani", "Guadalupe", "Maribel", "Kayleigh"],
           ["Washington", "Jefferson", "Freeman", "Banks", "Begay", "Yazzie", "Tsosie", "Benally", "Hernández",
            "Ramírez", "O'Connell", "DiMaggio", "Kowalski"]),
    "IE": (["Oisín", "Cian", "Pádraig", "Tadhg", "Eoin", "Ciarán", "Donncha"],
           ["Aoife", "Saoirse", "Niamh", "Caoimhe", "Siobhán", "Gráinne", "Clodagh"],
           (["Ó Súilleabháin", "Ó Briain", "Mac Carthaigh", "Ó Néill", "Ó Dónaill", "O'Sullivan", "O'Brien",
             "McCarthy", "Fitzgerald", "Mac Giolla Phádraig"],
            ["Ní Shúilleabháin", "Ní Bhriain", "Nic Carthaigh", "Ní Néill", "Ní Dhónaill", "O'Sullivan",
             "O'Brien", "McCarthy", "Fitzgerald", "Nic Giolla Phádraig"])),
    "AU": (["Lachlan", "Jarrah", "Bodhi", "Hamish", "Thanh", "Dimitri"],
           ["Matilda", "Kirra", "Tahlia", "Jacinta", "Mai", "Eleni"],
           ["Nguyen", "Tran", "Papadopoulos", "Rossi", "Kelly", "O'Keefe", "McKenzie", "Walsh"]),
    "NZ": (["Wiremu", "Hemi", "Tama", "Rangi", "Nikau", "Tane", "Manaia"],
           ["Aroha", "Mere", "Ngaio", "Kahurangi", "Anahera", "Mereana", "Hine"],
           ["Ngata", "Parata", "Tamihana", "Te Whata", "Horomona", "Herewini", "Te Rangi", "Paewai", "Tipene",
            "Walker"]),
    "CA-en": (["Connor", "Gurpreet", "Liam", "Wei", "Rémi"],
              ["Brooke", "Harjit", "Chloé", "Mei", "Kaitlyn"],
              ["MacNeil", "Fraser", "Thibodeau", "Leblanc", "Dhillon", "Sandhu", "Chan", "Wong", "MacDonald"]),
}
# names that are ordinary words of the language (first names by sex, surnames)
WORD_NAMES = {
    "de": (["Ernst", "Frank", "Kai", "Till", "Fritz"], ["Rosa", "Heide", "Jasmin", "Linde", "Erika"],
           ["Sommer", "Winter", "Fuchs", "Wolf", "Vogel", "Koch", "Bauer", "Fischer", "Kaiser", "König", "Engel",
            "Stein", "Berg", "Busch", "Adler", "Nagel", "Hammer", "Keller", "Frei", "Glück", "Freund", "Kurz",
            "Lang", "Klein", "Weiß"]),
    "fr": (["Pierre", "Clément", "Aimé", "Désiré", "Constant", "Ange"],
           ["Rose", "Olive", "Prudence", "Constance", "Fleur", "Blanche", "Océane"],
           ["Petit", "Legrand", "Lenoir", "Boucher", "Marchand", "Berger", "Meunier", "Chevalier", "Boulanger",
            "Fontaine", "Blanc", "Loup", "Renard", "Lapierre", "Bonheur", "Lebeau", "Roi", "Sage"]),
    "it": (["Fortunato", "Benvenuto", "Felice", "Sole", "Primo"],
           ["Serena", "Allegra", "Rosa", "Luce", "Vittoria", "Gioia", "Stella"],
           ["Leone", "Gallo", "Lupo", "Conte", "Porta", "Monti", "Fiore", "Ferro", "Pace", "Bruno", "Bianco",
            "Rosso", "Neri", "Marino", "Guerra", "Villa", "Costa", "Serra", "Fabbro", "Martello", "Sole"]),
    "en": (["Will", "Mark", "Bill", "Hunter", "Chase", "Rich", "Frank"],
           ["Hope", "Grace", "Joy", "Faith", "Rose", "Summer", "April", "June", "Dawn", "Amber", "Holly", "Ivy"],
           ["Baker", "Cook", "Hunter", "Young", "Brown", "Green", "White", "Black", "Rich", "Hill", "Wood",
            "Stone", "Bishop", "King", "Page", "Bell", "Fox", "Swift", "Wise", "Sharp", "Little", "Long", "Banks",
            "Waters", "Marsh", "Church", "Field", "Moody"]),
}
LATIN_OK = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ' .\-’]+$")


# ---------------------------------------------------------------------------------------------------------------
# addresses: streets and towns (postcode, town, phone area code, extra) per region key

STREETS = {
    "DE": ["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Am Mühlbach", "Goethestraße", "Schillerstraße",
           "Kirchgasse", "Gartenstraße", "Ringstraße", "Berliner Allee", "Im Winkel", "Rosenstraße", "Feldweg",
           "Waldstraße", "Brunnenstraße", "Mozartstraße", "Friedrich-Ebert-Straße", "An der Weide", "Talstraße",
           "Schulstraße", "Kastanienallee", "Lerchenweg", "Am Sportplatz", "Hölderlinstraße", "Hafenstraße",
           "Mittelweg", "Auf dem Kamp", "Eichendorffweg", "Karl-Marx-Straße", "Zum Steinbruch"],
    "AT": ["Hauptplatz", "Linzer Straße", "Wiener Straße", "Kirchengasse", "Schulgasse", "Mariahilfer Straße",
           "Herrengasse", "Bahnhofstraße", "Dorfstraße", "Sonnleitenweg", "Grazer Straße", "Favoritenstraße",
           "Lerchenfelder Gürtel", "Annenstraße", "Salzachweg", "Anichstraße", "Ottakringer Straße",
           "Wiedner Hauptstraße", "Leopoldsgasse", "Am Kirchenplatz"],
    "CH-de": ["Bahnhofstrasse", "Dorfstrasse", "Seestrasse", "Hauptstrasse", "Kirchweg", "Rosenweg",
              "Oberdorfstrasse", "Bergstrasse", "Im Grund", "Schulhausstrasse", "Zürcherstrasse", "Lindenhofweg",
              "Badenerstrasse", "Birkenweg", "Rütistrasse", "Sonnenbergstrasse", "Gartenstrasse", "Feldeggweg",
              "Alte Landstrasse", "Mattenweg"],
    "CH-fr": ["Rue du Lac", "Chemin des Vignes", "Avenue de la Gare", "Route de Genève", "Rue de Lausanne",
              "Chemin de la Forêt", "Rue du Midi", "Avenue de Beaulieu", "Rue des Alpes", "Chemin du Couchant",
              "Rue du Temple", "Route de Berne", "Rue de la Côte", "Chemin des Roches", "Avenue du Léman"],
    "CH-it": ["Via Cantonale", "Via Nassa", "Via San Gottardo", "Viale Stefano Franscini", "Via alla Chiesa",
              "Via Trevano", "Via Lugano", "Contrada Maggiore", "Via Vela", "Via Motta", "Via ai Monti",
              "Via Ciseri", "Strada Regina", "Via Borghese", "Via Ospedale"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "allée des Tilleuls",
           "impasse des Lilas", "place de l'Église", "chemin du Moulin", "rue Victor Hugo", "rue Pasteur",
           "avenue du Général de Gaulle", "rue des Écoles", "rue Nationale", "boulevard de la Liberté",
           "rue du Faubourg Saint-Antoine", "quai de la Loire", "rue Gambetta", "route de Toulouse",
           "rue des Acacias", "cours Mirabeau", "rue Saint-Michel"],
    "BE": ["Rue de la Loi", "Avenue Louise", "Chaussée de Waterloo", "Rue Haute", "Rue des Guillemins",
           "Boulevard d'Avroy", "Rue de Namur", "Rue Royale", "Avenue des Combattants", "Rue de Fer",
           "Chaussée de Charleroi", "Rue Saint-Gilles", "Place du Marché", "Rue du Pont", "Avenue Reine Astrid"],
    "CA-fr": ["rue Saint-Denis", "boulevard René-Lévesque Ouest", "avenue du Parc", "rue Sherbrooke Est",
              "chemin Sainte-Foy", "rue Principale", "boulevard des Laurentides", "rue King Ouest",
              "avenue Cartier", "rue Notre-Dame", "rue Wellington Nord", "boulevard Saint-Joseph"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Piazza Duomo", "Viale dei Mille",
           "Via Giuseppe Verdi", "Via Mazzini", "Vicolo Stretto", "Largo Augusto", "Via Cavour", "Corso Italia",
           "Via Dante Alighieri", "Via XX Settembre", "Via della Repubblica", "Viale Europa", "Via San Francesco",
           "Via dei Tigli", "Via Nazionale", "Piazza della Libertà", "Via Pietro Nenni"],
    "GB": ["Victoria Road", "Acacia Avenue", "Mill Lane", "Church Street", "High Street", "Kingsway",
           "Station Road", "Park Avenue", "Queens Road", "The Crescent", "Manor Close", "Oak Tree Drive",
           "Beech Grove", "Albert Terrace", "Meadow View", "Chapel Lane", "Windsor Gardens", "Brook Street",
           "St John's Road", "Elm Way"],
    "US": ["Elm Street", "Oak Avenue", "N Lincoln Blvd", "Maple Drive", "Pine Street", "Cedar Lane",
           "Washington Ave", "Lakeview Drive", "Sunset Blvd", "Main St", "Ridge Road", "W 3rd Street",
           "Highland Ave", "Park Place", "Jefferson St"],
    "IE": ["Main Street", "Oakfield Park", "Bóthar na Trá", "Church Road", "Castle Street", "Patrick Street",
           "Sráid an Mhuilinn", "Ashgrove Lawn", "The Green", "Bridge Street", "Cois Abhann", "Ard na Gréine",
           "College Road", "Sea Road", "Mary Street"],
    "AU": ["Smith St", "Beach Rd", "Wattle Crescent", "George Street", "Brunswick St", "Oxford Street",
           "Hale Road", "Jetty Rd", "Marine Parade", "Canning Hwy", "Bourke St", "Lonsdale Street", "Anzac Parade",
           "King William Rd"],
    "NZ": ["Ponsonby Road", "Queen Street", "Cuba Street", "Riccarton Road", "Grey Street", "George Street",
           "Victoria Avenue", "Karangahape Road", "Tory Street", "Colombo Street", "Marine Parade", "Te Awa Road"],
    "CA-en": ["Queen St W", "Maple Drive", "Bloor Street West", "Granville Street", "Elgin St", "Portage Avenue",
              "Jasper Ave", "Spring Garden Road", "Yonge Street", "Robson St", "Bank Street", "17th Avenue SW"],
}
TOWNS = {
    "DE": [("10115", "Berlin", "030"), ("10999", "Berlin", "030"), ("80331", "München", "089"),
           ("81675", "München", "089"), ("50667", "Köln", "0221"), ("20095", "Hamburg", "040"),
           ("22765", "Hamburg", "040"), ("04109", "Leipzig", "0341"), ("01067", "Dresden", "0351"),
           ("90402", "Nürnberg", "0911"), ("70173", "Stuttgart", "0711"), ("60311", "Frankfurt am Main", "069"),
           ("28195", "Bremen", "0421"), ("44135", "Dortmund", "0231"), ("79098", "Freiburg im Breisgau", "0761"),
           ("93047", "Regensburg", "0941"), ("24103", "Kiel", "0431"), ("99084", "Erfurt", "0361"),
           ("66111", "Saarbrücken", "0681"), ("56068", "Koblenz", "0261"), ("37073", "Göttingen", "0551"),
           ("48143", "Münster", "0251"), ("87435", "Kempten (Allgäu)", "0831"), ("26122", "Oldenburg", "0441"),
           ("17489", "Greifswald", "03834")],
    "AT": [("1010", "Wien", "01"), ("1070", "Wien", "01"), ("1100", "Wien", "01"), ("1160", "Wien", "01"),
           ("4020", "Linz", "0732"), ("5020", "Salzburg", "0662"), ("6020", "Innsbruck", "0512"),
           ("8010", "Graz", "0316"), ("9020", "Klagenfurt am Wörthersee", "0463"), ("3100", "St. Pölten", "02742"),
           ("6900", "Bregenz", "05574"), ("2700", "Wiener Neustadt", "02622"), ("4600", "Wels", "07242"),
           ("8700", "Leoben", "03842"), ("3500", "Krems an der Donau", "02732"), ("5700", "Zell am See", "06542"),
           ("9500", "Villach", "04242")],
    "CH-de": [("8001", "Zürich", "044"), ("8004", "Zürich", "044"), ("8057", "Zürich", "044"),
              ("3011", "Bern", "031"), ("3007", "Bern", "031"), ("4051", "Basel", "061"), ("6003", "Luzern", "041"),
              ("9000", "St. Gallen", "071"), ("8400", "Winterthur", "052"), ("5000", "Aarau", "062"),
              ("7000", "Chur", "081"), ("6300", "Zug", "041"), ("8200", "Schaffhausen", "052"),
              ("4500", "Solothurn", "032"), ("3600", "Thun", "033"), ("8500", "Frauenfeld", "052"),
              ("2502", "Biel/Bienne", "032"), ("3900", "Brig", "027"), ("8640", "Rapperswil-Jona", "055"),
              ("4410", "Liestal", "061")],
    "CH-fr": [("1201", "Genève", "022"), ("1205", "Genève", "022"), ("1003", "Lausanne", "021"),
              ("1004", "Lausanne", "021"), ("2000", "Neuchâtel", "032"), ("1700", "Fribourg", "026"),
              ("1950", "Sion", "027"), ("1800", "Vevey", "021"), ("1820", "Montreux", "021"),
              ("1400", "Yverdon-les-Bains", "024"), ("2300", "La Chaux-de-Fonds", "032"), ("1110", "Morges", "021"),
              ("1260", "Nyon", "022"), ("2800", "Delémont", "032"), ("1630", "Bulle", "026"),
              ("1920", "Martigny", "027")],
    "CH-it": [("6900", "Lugano", "091"), ("6500", "Bellinzona", "091"), ("6600", "Locarno", "091"),
              ("6850", "Mendrisio", "091"), ("6830", "Chiasso", "091"), ("6616", "Losone", "091"),
              ("6710", "Biasca", "091"), ("6952", "Canobbio", "091"), ("6780", "Airolo", "091"),
              ("6512", "Giubiasco", "091"), ("6805", "Mezzovico", "091"), ("6648", "Minusio", "091")],
    "FR": [("75011", "Paris", "1"), ("75018", "Paris", "1"), ("75015", "Paris", "1"), ("69003", "Lyon", "4"),
           ("13006", "Marseille", "4"), ("31000", "Toulouse", "5"), ("33000", "Bordeaux", "5"),
           ("59000", "Lille", "3"), ("44000", "Nantes", "2"), ("67000", "Strasbourg", "3"), ("35000", "Rennes", "2"),
           ("34000", "Montpellier", "4"), ("06000", "Nice", "4"), ("21000", "Dijon", "3"), ("29200", "Brest", "2"),
           ("64100", "Bayonne", "5"), ("20000", "Ajaccio", "4"), ("87000", "Limoges", "5"),
           ("63000", "Clermont-Ferrand", "4"), ("38000", "Grenoble", "4"), ("92100", "Boulogne-Billancourt", "1"),
           ("93200", "Saint-Denis", "1"), ("76000", "Rouen", "2"), ("51100", "Reims", "3")],
    "BE": [("1000", "Bruxelles", "02"), ("1050", "Ixelles", "02"), ("1180", "Uccle", "02"),
           ("1030", "Schaerbeek", "02"), ("4000", "Liège", "04"), ("5000", "Namur", "081"),
           ("6000", "Charleroi", "071"), ("7000", "Mons", "065"), ("1300", "Wavre", "010"),
           ("1348", "Louvain-la-Neuve", "010"), ("4800", "Verviers", "087"), ("6700", "Arlon", "063"),
           ("7500", "Tournai", "069"), ("1400", "Nivelles", "067")],
    "CA-fr": [("H2X", "Montréal", "514"), ("H2J", "Montréal", "514"), ("G1R", "Québec", "418"),
              ("J8X", "Gatineau", "819"), ("J1H", "Sherbrooke", "819"), ("G9A", "Trois-Rivières", "819"),
              ("H7N", "Laval", "450"), ("J4K", "Longueuil", "450"), ("G7H", "Saguenay", "418")],
    "IT": [("20121", "Milano", "02", "MI"), ("20135", "Milano", "02", "MI"), ("00184", "Roma", "06", "RM"),
           ("00153", "Roma", "06", "RM"), ("10121", "Torino", "011", "TO"), ("40121", "Bologna", "051", "BO"),
           ("50122", "Firenze", "055", "FI"), ("80132", "Napoli", "081", "NA"), ("90133", "Palermo", "091", "PA"),
           ("16121", "Genova", "010", "GE"), ("37121", "Verona", "045", "VR"), ("09124", "Cagliari", "070", "CA"),
           ("39100", "Bolzano", "0471", "BZ"), ("34121", "Trieste", "040", "TS"), ("70122", "Bari", "080", "BA"),
           ("35122", "Padova", "049", "PD"), ("60121", "Ancona", "071", "AN"), ("95124", "Catania", "095", "CT"),
           ("33100", "Udine", "0432", "UD"), ("07100", "Sassari", "079", "SS"), ("25121", "Brescia", "030", "BS"),
           ("24121", "Bergamo", "035", "BG")],
    "GB": [("LS6", "Leeds", "0113"), ("M14", "Manchester", "0161"), ("BS7", "Bristol", "0117"),
           ("SE15", "London", "020"), ("N16", "London", "020"), ("NR2", "Norwich", "01603"),
           ("CF24", "Cardiff", "029"), ("EH9", "Edinburgh", "0131"), ("G12", "Glasgow", "0141"),
           ("YO10", "York", "01904"), ("BN2", "Brighton", "01273"), ("OX4", "Oxford", "01865"),
           ("S11", "Sheffield", "0114"), ("B13", "Birmingham", "0121"), ("NE6", "Newcastle upon Tyne", "0191"),
           ("EX4", "Exeter", "01392"), ("LL57", "Bangor", "01248"), ("IV2", "Inverness", "01463")],
    "US": [("62704", "Springfield", "217", "IL"), ("78704", "Austin", "512", "TX"), ("97214", "Portland", "503", "OR"),
           ("43215", "Columbus", "614", "OH"), ("53703", "Madison", "608", "WI"), ("80206", "Denver", "303", "CO"),
           ("27601", "Raleigh", "919", "NC"), ("83702", "Boise", "208", "ID"), ("12203", "Albany", "518", "NY"),
           ("85719", "Tucson", "520", "AZ"), ("02139", "Cambridge", "617", "MA"), ("98103", "Seattle", "206", "WA"),
           ("60614", "Chicago", "773", "IL"), ("30306", "Atlanta", "404", "GA")],
    "IE": [("H91", "Galway", "091", ""), ("T12", "Cork", "021", ""), ("D08", "Dublin 8", "01", ""),
           ("D6W", "Dublin 6W", "01", ""), ("V94", "Limerick", "061", ""), ("V93", "Killarney", "064", "Kerry"),
           ("F91", "Sligo", "071", ""), ("N37", "Athlone", "090", "Westmeath"), ("P31", "Ballincollig", "021", "Cork"),
           ("X91", "Waterford", "051", ""), ("A92", "Drogheda", "041", "Louth"), ("R95", "Kilkenny", "056", ""),
           ("F92", "Letterkenny", "074", "Donegal"), ("H62", "Clifden", "095", "Galway")],
    "AU": [("3065", "Fitzroy", "03", "VIC"), ("2042", "Newtown", "02", "NSW"), ("4066", "Toowong", "07", "QLD"),
           ("6160", "Fremantle", "08", "WA"), ("5045", "Glenelg", "08", "SA"), ("7005", "Sandy Bay", "03", "TAS"),
           ("2612", "Braddon", "02", "ACT"), ("3182", "St Kilda", "03", "VIC"), ("2026", "Bondi", "02", "NSW"),
           ("0810", "Casuarina", "08", "NT")],
    "NZ": [("1011", "Ponsonby", "09", "Auckland"), ("6011", "Te Aro", "04", "Wellington"),
           ("8011", "Riccarton", "03", "Christchurch"), ("3216", "Hamilton East", "07", "Hamilton"),
           ("9016", "Dunedin Central", "03", "Dunedin"), ("3116", "Mount Maunganui", "07", ""),
           ("4110", "Napier South", "06", "Napier"), ("7010", "Nelson South", "03", "Nelson"),
           ("0610", "Henderson", "09", "Auckland")],
    "CA-en": [("M5V", "Toronto", "416", "ON"), ("M4M", "Toronto", "647", "ON"), ("V6B", "Vancouver", "604", "BC"),
              ("T2P", "Calgary", "403", "AB"), ("B3H", "Halifax", "902", "NS"), ("K1P", "Ottawa", "613", "ON"),
              ("R3C", "Winnipeg", "204", "MB"), ("T5J", "Edmonton", "780", "AB"), ("S7K", "Saskatoon", "306", "SK"),
              ("E1C", "Moncton", "506", "NB")],
}
GB_HOUSES = ["Rose Cottage", "The Old Rectory", "Ivy House", "Hillside", "The Laurels", "Orchard View"]
IE_COMPLEX = ["The Maltings", "Cluain Mhuire", "Riverside Court", "Páirc an Choláiste", "Seaview Heights"]
FR_RESID = ["Résidence Les Pins", "Résidence du Parc", "Les Jardins de Flore", "Résidence Belvédère"]
EMAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de", "mailbox.org"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.com", "drei.at"],
    "CH-de": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "gmail.com", "protonmail.ch", "hotmail.ch"],
    "CH-fr": ["bluewin.ch", "gmail.com", "sunrise.ch", "netplus.ch", "protonmail.ch", "hotmail.ch"],
    "CH-it": ["bluewin.ch", "ticino.com", "gmail.com", "hispeed.ch", "sunrise.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr", "gmail.com", "hotmail.fr", "yahoo.fr"],
    "BE": ["skynet.be", "telenet.be", "proximus.be", "gmail.com", "hotmail.be", "voo.be"],
    "CA-fr": ["videotron.ca", "sympatico.ca", "bell.net", "gmail.com", "hotmail.com", "outlook.com"],
    "IT": ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com", "hotmail.it", "yahoo.it", "tim.it"],
    "GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "outlook.com", "virginmedia.com"],
    "US": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "outlook.com", "aol.com", "verizon.net"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com", "icloud.com", "outlook.ie"],
    "AU": ["bigpond.com", "optusnet.com.au", "gmail.com", "outlook.com.au", "iinet.net.au"],
    "NZ": ["xtra.co.nz", "gmail.com", "slingshot.co.nz", "outlook.co.nz", "orcon.net.nz"],
    "CA-en": ["rogers.com", "shaw.ca", "gmail.com", "telus.net", "hotmail.ca"],
}
# hotlines, shared-cost, free-phone and emergency numbers (not labelled)
HOTLINES = {
    "DE": ["0800 330 1000", "0180 6 123456", "0800 111 0 111", "116 117"],
    "AT": ["0800 222 444", "0810 500 600", "144", "1450"],
    "CH": ["0800 80 80 80", "0848 800 100", "144", "0842 11 22 33"],
    "FR": ["0 800 123 123", "3939", "0 969 32 32 32", "15"],
    "BE": ["0800 14 689", "078 15 15 15", "112"],
    "CA": ["1-800-463-4315", "1-888-555-0100", "811", "911"],
    "IT": ["800 123 456", "199 100 200", "numero verde 800 861 061", "112"],
    "GB": ["0800 028 0000", "0345 600 1234", "0300 123 4567", "111"],
    "US": ["1-800-275-2273", "1 (888) 555-0142", "311", "911"],
    "IE": ["1800 200 800", "1850 60 60 60", "112"],
    "AU": ["1300 655 506", "1800 022 222", "000", "13 14 50"],
    "NZ": ["0800 611 116", "0800 800 123", "111"],
}


# ---------------------------------------------------------------------------------------------------------------
# numbers with check digits

def _iso_iban(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = int("".join(str(int(ch, 36)) for ch in s))
    return f"{cc}{98 - num % 97:02d}{bban}"


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]


def _it_cin(abi: str, cab: str, acc: str) -> str:
    s = abi + cab + acc
    tot = sum(IT_ODD[int(ch)] if i % 2 == 0 else int(ch) for i, ch in enumerate(s))
    return chr(ord("A") + tot % 26)


def make_iban(r: random.Random, cc: str) -> str:
    if cc == "DE":
        return _iso_iban("DE", r.choice(["10010010", "20050550", "37050198", "50010517", "70150000", "86055592",
                                         "43060967", "12030000", "76050101"]) + _digits(r, 10))
    if cc == "AT":
        return _iso_iban("AT", r.choice(["20111", "12000", "32000", "14000", "60000", "35000"]) + _digits(r, 11))
    if cc == "CH":
        return _iso_iban("CH", r.choice(["00767", "00235", "00700", "80808", "09000", "00254", "06300"])
                         + _digits(r, 12))
    if cc == "FR":
        bank = r.choice(["30004", "30003", "20041", "10278", "11315", "30002", "17515"])
        branch, acc = _digits(r, 5), _digits(r, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97
        return _iso_iban("FR", f"{bank}{branch}{acc}{key:02d}")
    if cc == "BE":
        first = r.choice(["001", "068", "310", "363", "732", "751", "063"]) + _digits(r, 7)
        chk = int(first) % 97 or 97
        return _iso_iban("BE", f"{first}{chk:02d}")
    if cc == "IT":
        abi = r.choice(["03069", "02008", "05034", "03111", "01030", "05696", "06230"])
        cab, acc = _digits(r, 5), _digits(r, 12)
        return _iso_iban("IT", _it_cin(abi, cab, acc) + abi + cab + acc)
    if cc == "GB":
        return _iso_iban("GB", r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + _digits(r, 14))
    if cc == "IE":
        return _iso_iban("IE", r.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + _digits(r, 14))
    raise ValueError(cc)


def fmt_iban(r: random.Random, iban: str) -> str:
    if r.random() < 0.72:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def luhn_complete(r: random.Random, prefix: str, length: int) -> str:
    body = prefix + _digits(r, length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def make_card(r: random.Random) -> str:
    brand = r.choice(["visa", "visa", "mc", "mc", "amex"])
    if brand == "amex":
        n = luhn_complete(r, r.choice(["34", "37"]), 15)
        groups = [n[:4], n[4:10], n[10:]]
    else:
        pre = "4" if brand == "visa" else r.choice(["51", "52", "53", "54", "55", "2221", "2720"])
        n = luhn_complete(r, pre, 16)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    x = r.random()
    if x < 0.55:
        return " ".join(groups)
    if x < 0.75:
        return "-".join(groups)
    return "".join(groups)


def make_ahv(r: random.Random) -> str:
    body = "756" + _digits(r, 9)
    tot = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(body))
    n = body + str((10 - tot % 10) % 10)
    if r.random() < 0.85:
        return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"
    return n


IP_FIRST = [31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 109, 151,
            176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 24, 50, 66, 67, 68, 71, 73, 75, 98, 99, 104, 173]


def make_ip(r: random.Random, v6: float = 0.2) -> str:
    if r.random() < v6:
        pre = r.choice(["2a02:1210", "2a02:8071", "2001:4dd0", "2a01:cb1c", "2001:b07", "2a00:23c5", "2600:1700",
                        "2406:3400", "2a04:ee41", "2003:e5"])
        groups = [f"{r.randint(0, 0xffff):x}" for _ in range(7 - pre.count(":"))]
        if r.random() < 0.4:
            return f"{pre}:{groups[0]}::{groups[-1]}"
        return ":".join([pre] + groups)
    return f"{r.choice(IP_FIRST)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def fold(s: str, lang: str) -> str:
    s = s.lower()
    if lang == "de":
        s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9\-]", "", s.replace(" ", ""))


REF = date(2026, 11, 20)


def street_typo(r: random.Random, s: str) -> str:
    """Swap two letters in the middle of the longest word (as people mistype street names)."""
    words = s.split(" ")
    k = max(range(len(words)), key=lambda j: len(words[j]))
    w = words[k]
    if len(w) < 6 or not w.isalpha():
        return s
    j = r.randint(2, len(w) - 3)
    words[k] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


# ---------------------------------------------------------------------------------------------------------------
# persons and the document context

_FAKERS: dict[str, Faker] = {}


class Person:
    def __init__(self, first: str, last: str, sex: str, src: tuple[str, str], birth: date):
        self.first, self.last, self.sex, self.src, self.birth = first, last, sex, src, birth
        self.mob: str | None = None
        self.tel: str | None = None
        self.mail: str | None = None
        self.addr: Addr | None = None

    def n(self) -> str:
        return mk(PERSON, f"{self.first} {self.last}")

    def f(self) -> str:
        return mk(PERSON, self.first)

    def l(self) -> str:  # noqa: E743
        return mk(PERSON, self.last)

    def r(self) -> str:
        return mk(PERSON, f"{self.last}, {self.first}")

    def lf(self) -> str:
        return mk(PERSON, f"{self.last} {self.first}")

    def u(self) -> str:
        return mk(PERSON, f"{self.last.upper()} {self.first}")

    def uc(self) -> str:
        return mk(PERSON, f"{self.last.upper()}, {self.first}")

    def up(self) -> str:
        return mk(PERSON, f"{self.first} {self.last}".upper())

    def initial(self) -> str:
        parts = re.split(r"([\- ])", self.first)
        return "".join(p[0] + "." if p not in ("-", " ") else p for p in parts if p)

    def i(self) -> str:
        return mk(PERSON, f"{self.initial()} {self.last}")

    def fi(self) -> str:
        return mk(PERSON, f"{self.first} {self.last[0]}.")

    def li(self) -> str:
        return mk(PERSON, f"{self.last} {self.initial()}")


class Addr:
    def __init__(self, street: str, town_line: str, pc: str, town: str, area: str):
        self.street, self.town_line, self.pc, self.town, self.area = street, town_line, pc, town, area

    def one(self) -> str:
        return mk(ADDRESS, f"{self.street}, {self.town_line}")

    def st(self) -> str:
        return mk(ADDRESS, self.street)

    def tl(self) -> str:
        return mk(ADDRESS, self.town_line)

    def block(self) -> str:
        return f"{self.st()}\n{self.tl()}"


class Ctx:
    def __init__(self, lang: str, region: str, genre: str, i: int):
        self.lang, self.region, self.genre, self.i = lang, region, genre, i
        self.key = f"CH-{lang}" if region == "CH" else ("CA-" + lang if region == "CA" else region)
        self.seed = f"{PREFIX}|{lang}|{genre}|{i}"
        self.r = random.Random(self.seed)
        self._seeded: set[str] = set()
        self.people: list[Person] = []
        self._used: set[str] = set()
        self.v = i % 4
        self.ch = region == "CH"
        self.us = region in ("US", "CA")

    # -- helpers
    def L(self, d: dict):
        return d.get(f"{self.lang}-{self.region}", d[self.lang])

    def pick(self, seq):
        return self.r.choice(seq)

    def p(self, x: float) -> bool:
        return self.r.random() < x

    def fk(self, loc: str) -> Faker:
        if loc not in _FAKERS:
            _FAKERS[loc] = Faker(loc)
        f = _FAKERS[loc]
        if loc not in self._seeded:
            f.seed_instance(f"{self.seed}|{loc}")
            self._seeded.add(loc)
        return f

    # -- names
    def _draw(self, src: tuple[str, str], sex: str) -> tuple[str, str]:
        kind, name = src
        if kind == "faker":
            f = self.fk(name)
            if sex == "m":
                return f.first_name_male(), f.last_name_male()
            return f.first_name_female(), f.last_name_female()
        ms, fs, ls = LISTS[name] if kind == "list" else REGION_LISTS[name]
        first = self.pick(ms if sex == "m" else fs)
        last = self.pick((ls[0] if sex == "m" else ls[1]) if isinstance(ls, tuple) else ls)
        if kind == "region":
            loc = self.pick(REGION_LOCALES[self.key])
            f = self.fk(loc)
            if self.p(0.35):
                first = f.first_name_male() if sex == "m" else f.first_name_female()
            elif self.p(0.3):
                last = f.last_name_male() if sex == "m" else f.last_name_female()
        return first, last

    def _src(self) -> tuple[str, str]:
        x = self.r.random()
        if x < 0.56:
            if self.p(0.24):
                return ("region", self.key)
            return ("faker", self.pick(REGION_LOCALES[self.key]))
        if x < 0.86:
            if self.p(0.45):
                return ("list", self.pick(COMMUNITY_LISTS))
            return ("faker", self.pick(COMMUNITY_LOCALES))
        return ("faker", self.pick(OTHER_LOCALES[self.lang]))

    def _birth(self, age: tuple[int, int]) -> date:
        days = self.r.randint(age[0] * 365 + 10, age[1] * 365 + 300)
        return REF - timedelta(days=days)

    def _ok(self, first: str, last: str, rel: bool) -> bool:
        if not (LATIN_OK.match(first) and LATIN_OK.match(last)):
            return False
        if first.lower() in self._used or (not rel and last.lower() in self._used):
            return False
        if first.lower() == last.lower() or len(first) < 2 or len(last) < 2:
            return False
        return True

    def person(self, sex: str | None = None, age: tuple[int, int] = (22, 78)) -> Person:
        sex = sex or self.pick("mf")
        for _ in range(40):
            src = self._src()
            first, last = self._draw(src, sex)
            if src[0] != "list" and src[1] not in COMMUNITY_LOCALES and self.p(0.10):
                fw, ff, lw = WORD_NAMES[self.lang]
                if self.p(0.65):
                    last = self.pick(lw)
                else:
                    first = self.pick(fw if sex == "m" else ff)
            if self.p(0.07) and " " not in last and "-" not in last:
                _, last2 = self._draw(src, sex)
                if last2 != last and " " not in last2 and "-" not in last2:
                    sep = " " if (self.lang == "it" or src[1][:2] in ("es", "pt")) else "-"
                    last = f"{last}{sep}{last2}"
            if self._ok(first, last, False):
                break
        return self._register(first, last, sex, src, age)

    def _register(self, first, last, sex, src, age) -> Person:
        p = Person(first, last, sex, src, self._birth(age))
        self._used.add(first.lower())
        self._used.add(last.lower())
        self.people.append(p)
        return p

    def relative(self, p: Person, sex: str | None = None, age: tuple[int, int] = (22, 78),
                 same_last: float = 0.85) -> Person:
        sex = sex or self.pick("mf")
        for _ in range(40):
            first, last = self._draw(p.src, sex)
            if self.p(same_last):
                last = p.last
                if p.src == ("list", "russian") or p.src == ("list", "greek"):
                    ls = LISTS[p.src[1]][2]
                    idx = (ls[0] if p.sex == "m" else ls[1]).index(p.last) if p.last in ls[0] + ls[1] else -1
                    if idx >= 0:
                        last = (ls[0] if sex == "m" else ls[1])[idx]
            if self._ok(first, last, True):
                break
        q = self._register(first, last, sex, p.src, age)
        if last == p.last:
            q.addr = p.addr
        return q

    def people_n(self, n: int, age: tuple[int, int] = (22, 78)) -> list[Person]:
        return [self.person(age=age) for _ in range(n)]

    def g(self, p: Person, m: str, f: str) -> str:
        return f if p.sex == "f" else m

    # -- titles and salutations
    def title(self, p: Person) -> str:
        f = p.sex == "f"
        return self.L({"de": "Frau" if f else "Herr", "fr": "Mme" if f else "M.", "it": "Sig.ra" if f else "Sig.",
                       "en": "Ms" if f else "Mr", "en-US": "Ms." if f else "Mr.", "en-CA": "Ms." if f else "Mr."})

    def dear(self, p: Person) -> str:
        f = p.sex == "f"
        return self.L({
            "de": f"Sehr geehrte Frau {p.l()}," if f else f"Sehr geehrter Herr {p.l()},",
            "de-CH": f"Sehr geehrte Frau {p.l()}" if f else f"Sehr geehrter Herr {p.l()}",
            "fr": f"Madame {p.l()}," if f else f"Monsieur {p.l()},",
            "it": f"Gentile Sig.ra {p.l()}," if f else f"Gentile Sig. {p.l()},",
            "en": f"Dear Ms {p.l()}," if f else f"Dear Mr {p.l()},",
            "en-US": f"Dear Ms. {p.l()}:" if f else f"Dear Mr. {p.l()}:",
        })

    def hi(self, p: Person) -> str:
        f = p.sex == "f"
        return self.pick(self.L({
            "de": [f"Hallo {p.f()},", f"Liebe {p.f()}," if f else f"Lieber {p.f()},", f"Hi {p.f()},"],
            "de-CH": [f"Hoi {p.f()}", f"Liebe {p.f()}" if f else f"Lieber {p.f()}", f"Hallo {p.f()}"],
            "fr": [f"Bonjour {p.f()},", f"Salut {p.f()},", f"Chère {p.f()}," if f else f"Cher {p.f()},"],
            "it": [f"Ciao {p.f()},", f"Cara {p.f()}," if f else f"Caro {p.f()},", f"Buongiorno {p.f()},"],
            "en": [f"Hi {p.f()},", f"Dear {p.f()},", f"Hello {p.f()},"],
            "en-AU": [f"Hi {p.f()},", f"G'day {p.f()},", f"Hey {p.f()},"],
            "en-NZ": [f"Kia ora {p.f()},", f"Hi {p.f()},"],
        }))

    def bye(self) -> str:
        return self.pick(self.L({
            "de": ["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "LG", "Schöne Grüße"],
            "de-CH": ["Freundliche Grüsse", "Liebe Grüsse", "Besten Dank und freundliche Grüsse", "Gruss"],
            "de-AT": ["Liebe Grüße", "Mit freundlichen Grüßen", "Schöne Grüße", "LG"],
            "fr": ["Cordialement", "Bien à vous", "Bonne journée", "Merci d'avance"],
            "it": ["Cordiali saluti", "Un saluto", "Grazie mille", "Distinti saluti"],
            "en": ["Kind regards", "Best regards", "Thanks", "Many thanks", "Cheers"],
            "en-US": ["Best", "Thanks", "Best regards", "Sincerely"],
        }))

    # -- contact details (stored per person so repeats are identical)
    def ph(self, p: Person | None = None, kind: str = "mob") -> str:
        if p is None:
            return mk(PHONE, self.phone(kind))
        if kind == "mob":
            if p.mob is None:
                p.mob = self.phone("mob")
            return mk(PHONE, p.mob)
        if p.tel is None:
            area = p.addr.area if p.addr else None
            p.tel = self.phone("land", area)
        return mk(PHONE, p.tel)

    def tel(self, a: Addr) -> str:
        """The landline of a business or household at address a."""
        return mk(PHONE, self.phone("land", a.area))

    def em(self, p: Person, domain: str | None = None) -> str:
        if p.mail is None:
            fa, la = fold(p.first.split(" ")[0], self.lang), fold(p.last, self.lang)
            la_s = la.replace("-", "")
            yy = f"{p.birth.year % 100:02d}"
            pats = [f"{fa}.{la}", f"{fa[0]}.{la_s}", f"{fa}{la_s}", f"{la_s}.{fa}", f"{fa}_{la_s}",
                    f"{fa}.{la_s}{yy}", f"{fa}{la_s[0]}{self.r.randint(1, 99)}", f"{la_s}{fa[0]}",
                    f"{fa[:3]}{la_s[:4]}{p.birth.year}", f"{fa}{yy}"]
            local = self.pick(pats[:4] if domain else pats).strip(".-_") or "mail"
            p.mail = f"{local}@{domain or self.pick(EMAIL_DOMAINS[self.key])}"
        return mk(EMAIL, p.mail)

    def ad(self, p: Person | None = None, key: str | None = None) -> Addr:
        if p is not None and p.addr is not None:
            return p.addr
        a = self.make_addr(key or self.key)
        if p is not None:
            p.addr = a
        return a

    def dob(self, p: Person, style: str | None = None) -> str:
        return mk(DOB, fmt_date(p.birth, style or self.pick(DATE_STYLES[self.key]), self.lang, self.region))

    def fd(self, d: date, style: str | None = None) -> str:
        return fmt_date(d, style or DATE_STYLES[self.key][0], self.lang, self.region)

    def day(self, lo: int = -60, hi: int = 60) -> date:
        return REF + timedelta(days=self.r.randint(lo, hi))

    def hm(self, lo: int = 7, hi: int = 20) -> str:
        h, m = self.r.randint(lo, hi), self.pick([0, 0, 15, 30, 45, 10, 20, 40, 50])
        if self.region == "US" and self.lang == "en":
            return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
        if self.lang == "fr" and self.region != "CA" and self.p(0.4):
            return f"{h}h{m:02d}"
        return f"{h:02d}:{m:02d}" if self.lang != "en" or self.p(0.5) else f"{h}:{m:02d}"

    def iban(self) -> str:
        cc = {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "BE": "BE", "IT": "IT", "GB": "GB", "IE": "IE"}.get(
            self.region)
        if cc is None:
            raise ValueError("no IBAN in " + self.region)
        return mk(IBAN, fmt_iban(self.r, make_iban(self.r, cc)))

    def has_iban(self) -> bool:
        return self.region in ("DE", "AT", "CH", "FR", "BE", "IT", "GB", "IE")

    def card(self) -> str:
        return mk(CARD, make_card(self.r))

    def ahv(self) -> str:
        return mk(AHV, make_ahv(self.r))

    def ip(self, v6: float = 0.2) -> str:
        return mk(IP, make_ip(self.r, v6))

    def hotline(self) -> str:
        return self.pick(HOTLINES[self.region][:2])

    def ask(self) -> str:
        return self.pick(self.L(ASKS))

    # -- addresses
    def make_addr(self, key: str) -> Addr:
        r = self.r
        t = self.pick(TOWNS[key])
        pc, town, area = t[0], t[1], t[2]
        extra = t[3] if len(t) > 3 else ""
        name = self.pick(STREETS[key])
        no = r.randint(1, 98) if r.random() < 0.8 else r.randint(99, 260)
        if key == "DE":
            if "straße" in name and self.p(0.25):
                name = name.replace("straße", self.pick(["str.", "str"])).replace("Straße", "Str.")
            s = f"{name} {no}" + (self.pick(["a", "b", " a", "c"]) if self.p(0.14) else "")
            if self.p(0.05):
                s = f"{name} {no}-{no + 2}"
            if self.p(0.12):
                s += self.pick([", Hinterhaus", ", 3. OG", f", Whg. {r.randint(1, 24)}", " (Gartenhaus)",
                                f", {r.randint(1, 5)}. Stock links"])
            pc = pc[:3] + f"{r.randint(0, 99):02d}" if self.p(0.5) and pc[:1] != "0" else pc
            tl = f"{pc} {town}" if self.p(0.92) else f"D-{pc} {town}"
        elif key == "AT":
            s = f"{name} {no}"
            x = r.random()
            if x < 0.35:
                s += f"/{r.randint(1, 6)}/{r.randint(1, 30)}"
            elif x < 0.55:
                s += f"/Top {r.randint(1, 24)}"
            elif x < 0.62:
                s += f"/Stiege {r.randint(1, 4)}/Tür {r.randint(1, 20)}"
            tl = f"{pc} {town}" if self.p(0.9) else f"A-{pc} {town}"
        elif key in ("CH-de", "CH-fr", "CH-it"):
            if "strasse" in name and self.p(0.18):
                name = name.replace("strasse", "str.")
            s = f"{name} {no}" + ("a" if self.p(0.08) else "")
            if key == "CH-fr" and self.p(0.1):
                s = f"{name} {no}bis"
            tl = f"{pc} {town}" if self.p(0.9) else f"CH-{pc} {town}"
        elif key == "FR":
            bis = self.pick([" bis", " ter", "bis"]) if self.p(0.1) else ""
            s = f"{no}{bis}{',' if self.p(0.3) else ''} {name}"
            if self.p(0.12):
                s = f"{self.pick(FR_RESID)}, Bât. {self.pick('ABCD')}, {s}"
            if pc.startswith("75"):
                pc = f"750{r.randint(1, 20):02d}"
            tl = f"{pc} {town.upper() if self.p(0.5) else town}"
        elif key == "BE":
            s = f"{name} {no}"
            if self.p(0.22):
                s += self.pick([f" bte {r.randint(1, 30)}", f" boîte {r.randint(1, 12)}", f"/{r.randint(1, 9)}"])
            tl = f"{pc} {town}" if self.p(0.92) else f"B-{pc} {town}"
        elif key == "CA-fr":
            s = f"{r.randint(100, 9800)}, {name}" + (f", app. {r.randint(1, 40)}" if self.p(0.3) else "")
            pc = f"{pc} {r.randint(1, 9)}{self.pick('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}"
            tl = self.pick([f"{town} (Québec) {pc}", f"{town} (Québec)  {pc}", f"{town} QC {pc}"])
        elif key == "IT":
            x = r.random()
            if x < 0.45:
                s = f"{name} {no}"
            elif x < 0.7:
                s = f"{name}, {no}"
            elif x < 0.85:
                s = f"{name} n. {no}"
            else:
                s = f"{name} {no}/{self.pick('ABC')}"
            if self.p(0.18):
                s += self.pick([f" int. {r.randint(1, 20)}", f", scala {self.pick('ABCD')}",
                                f", piano {r.randint(1, 6)}"])
            tl = self.pick([f"{pc} {town} ({extra})", f"{pc} {town} {extra}", f"{pc} {town}"])
        elif key == "GB":
            x = r.random()
            if x < 0.2:
                s = f"Flat {r.randint(1, 12)}, {no} {name}"
            elif x < 0.28:
                s = f"{self.pick(GB_HOUSES)}, {name}"
            else:
                s = f"{no} {name}"
            pc = f"{pc} {r.randint(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXY')}{self.pick('ABDEFGHJLNPQRSTUWXY')}"
            tl = f"{town.upper() if self.p(0.25) else town} {pc}"
        elif key == "US":
            s = f"{r.randint(100, 9899)} {name}"
            if self.p(0.3):
                s += self.pick([f" Apt {r.randint(1, 12)}{self.pick('ABCD')}", f" #{r.randint(2, 40)}",
                                f", Unit {r.randint(1, 30)}", f" Apt. {r.randint(101, 420)}"])
            z = pc + (f"-{r.randint(1000, 9999)}" if self.p(0.2) else "")
            tl = f"{town}, {extra} {z}" if self.p(0.8) else f"{town} {extra} {z}"
        elif key == "IE":
            if self.p(0.18):
                s = f"Apt {r.randint(1, 40)}, {self.pick(IE_COMPLEX)}"
            else:
                s = f"{no} {name}"
            eir = f"{pc} {self.pick('ACDEFHKNPRTVWXY')}{r.randint(0, 9)}{self.pick('ACDEFHKNPRTVWXY')}" \
                  f"{r.randint(0, 9)}"
            tl = f"{town}, Co. {extra} {eir}" if extra else f"{town} {eir}"
        elif key == "AU":
            x = r.random()
            if x < 0.2:
                s = f"Unit {r.randint(1, 20)}, {no} {name}"
            elif x < 0.35:
                s = f"{r.randint(1, 20)}/{no} {name}"
            else:
                s = f"{no} {name}"
            tl = f"{town.upper() if self.p(0.4) else town} {extra} {pc}"
        elif key == "NZ":
            s = f"{r.randint(1, 9)}/{no} {name}" if self.p(0.2) else f"{no} {name}"
            tl = f"{town}, {extra} {pc}" if extra else f"{town} {pc}"
        elif key == "CA-en":
            x = r.random()
            if x < 0.2:
                s = f"{r.randint(101, 2400)}-{no} {name}"
            elif x < 0.35:
                s = f"{no} {name}, Apt {r.randint(1, 30)}"
            else:
                s = f"{r.randint(10, 3900)} {name}"
            pc = f"{pc} {r.randint(1, 9)}{self.pick('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}"
            tl = f"{town}, {extra} {pc}" if self.p(0.7) else f"{town} {extra}  {pc}"
        else:
            raise ValueError(key)
        if self.p(0.04):
            s = street_typo(self.r, s)
        return Addr(s, tl, pc, town, area)

    # -- phone numbers
    def phone(self, kind: str = "mob", area: str | None = None) -> str:
        r, reg = self.r, self.region
        d = self.pick
        if reg == "DE":
            if kind == "mob":
                p, s = d(["151", "152", "157", "160", "162", "170", "171", "172", "173", "174", "175", "176",
                          "177", "178", "179"]), _digits(r, d([7, 8]))
                return d([f"0{p} {s}", f"0{p}/{s}", f"0{p}-{s}", f"+49 {p} {s}", f"+49 {p} {s[:3]} {s[3:]}",
                          f"+49 (0){p} {s}", f"0049 {p} {s}", f"+49{p}{s}", f"0{p} {s[:4]} {s[4:]}", f"0{p} {s}"])
            a = area or d(TOWNS["DE"])[2]
            s = _digits(r, 11 - len(a) - d([0, 1]))
            return d([f"{a} {s}", f"{a}/{s}", f"({a}) {s}", f"+49 {a[1:]} {s}", f"+49 (0){a[1:]} {s}",
                      f"{a} {s[:-2]}-{s[-2:]}", f"{a}-{s}", f"{a} {s}"])
        if reg == "AT":
            if kind == "mob":
                p, s = d(["650", "660", "664", "676", "677", "680", "681", "688", "699"]), _digits(r, 7)
                return d([f"0{p} {s}", f"0{p}/{s}", f"+43 {p} {s}", f"+43 (0){p} {s[:3]} {s[3:5]} {s[5:]}",
                          f"0043 {p} {s}", f"+43{p}{s}", f"0{p} {s[:3]} {s[3:]}"])
            a = area or d(TOWNS["AT"])[2]
            s = _digits(r, max(5, 9 - len(a) + d([0, 1])))
            return d([f"{a} {s}", f"{a}/{s}", f"+43 {a[1:]} {s}", f"+43 (0){a[1:]} {s}", f"{a} {s[:3]} {s[3:]}"])
        if reg == "CH":
            if kind == "mob":
                p = d(["76", "77", "78", "79", "75"])
            else:
                p = (area or d(TOWNS[self.key])[2])[1:]
            s = _digits(r, 7)
            a, b, c = s[:3], s[3:5], s[5:]
            return d([f"0{p} {a} {b} {c}", f"0{p} {a} {b} {c}", f"+41 {p} {a} {b} {c}", f"+41 (0){p} {a} {b} {c}",
                      f"0041 {p} {a} {b} {c}", f"+41{p}{s}", f"0{p}{s}", f"0{p}.{a}.{b}.{c}", f"0{p}/{a} {b} {c}"])
        if reg == "FR":
            p = d(["6", "7", "6"]) if kind == "mob" else (area or d(TOWNS["FR"])[2])
            s = _digits(r, 8)
            pairs = [s[i:i + 2] for i in range(0, 8, 2)]
            return d([f"0{p} " + " ".join(pairs), f"0{p} " + " ".join(pairs), f"0{p}." + ".".join(pairs),
                       f"0{p}{s}", f"+33 {p} " + " ".join(pairs), f"+33 (0){p} " + " ".join(pairs),
                       f"0033 {p} " + " ".join(pairs), f"+33{p}{s}", f"0{p}-" + "-".join(pairs)])
        if reg == "BE":
            if kind == "mob":
                p, s = "4" + d("789") + str(r.randint(0, 9)), _digits(r, 6)
                return d([f"0{p} {s[:2]} {s[2:4]} {s[4:]}", f"0{p}/{s[:2]}.{s[2:4]}.{s[4:]}",
                          f"+32 {p} {s[:2]} {s[2:4]} {s[4:]}", f"+32 (0){p} {s[:3]} {s[3:]}",
                          f"0032 {p} {s[:2]} {s[2:4]} {s[4:]}", f"+32{p}{s}", f"0{p}{s}"])
            a = area or d(TOWNS["BE"])[2]
            s = _digits(r, 9 - len(a))
            if len(a) == 2:
                return d([f"{a} {s[:3]} {s[3:5]} {s[5:]}", f"{a}/{s[:3]}.{s[3:5]}.{s[5:]}",
                          f"+32 {a[1:]} {s[:3]} {s[3:5]} {s[5:]}", f"+32 (0){a[1:]} {s[:3]} {s[3:5]} {s[5:]}"])
            return d([f"{a} {s[:2]} {s[2:4]} {s[4:]}", f"{a}/{s[:2]}.{s[2:4]}.{s[4:]}",
                      f"+32 {a[1:]} {s[:2]} {s[2:4]} {s[4:]}"])
        if reg in ("US", "CA"):
            a = area or d(TOWNS[self.key])[2]
            x, y = f"{r.randint(2, 9)}{_digits(r, 2)}", _digits(r, 4)
            return d([f"{a} {x}-{y}", f"({a}) {x}-{y}", f"({a}) {x}-{y}", f"+1 {a} {x} {y}", f"1-{a}-{x}-{y}",
                      f"{a}.{x}.{y}", f"{a}-{x}-{y}", f"+1 ({a}) {x}-{y}", f"{a}-{x}-{y}"])
        if reg == "IT":
            if kind == "mob":
                p, s = d(["320", "328", "329", "331", "333", "334", "335", "338", "339", "340", "345", "347",
                          "348", "349", "366", "380", "388", "392", "393"]), _digits(r, 7)
                return d([f"{p} {s}", f"{p} {s[:3]} {s[3:]}", f"+39 {p} {s}", f"+39 {p} {s[:3]} {s[3:]}",
                          f"0039 {p} {s}", f"{p}-{s}", f"{p}/{s}", f"+39{p}{s}", f"{p}{s}", f"{p} {s[:3]} {s[3:]}"])
            a = area or d(TOWNS["IT"])[2]
            s = _digits(r, 10 - len(a) - d([0, 0, 1]))
            return d([f"{a} {s}", f"{a}/{s}", f"{a}-{s}", f"+39 {a} {s}", f"0039 {a} {s}",
                      f"{a} {s[:4]} {s[4:]}" if len(s) > 6 else f"{a} {s[:3]} {s[3:]}", f"{a} {s}"])
        if reg == "GB":
            if kind == "mob":
                s = "7" + d(["4", "5", "7", "8", "9"]) + _digits(r, 8)
                return d([f"0{s[:4]} {s[4:]}", f"0{s[:4]} {s[4:7]} {s[7:]}", f"+44 {s[:4]} {s[4:]}",
                          f"+44 (0){s[:4]} {s[4:]}", f"0044 {s[:4]} {s[4:]}", f"0{s}", f"+44{s}"])
            a = area or d(TOWNS["GB"])[2]
            if a == "020":
                s = d("378") + _digits(r, 7)
                return d([f"020 {s[:4]} {s[4:]}", f"+44 20 {s[:4]} {s[4:]}", f"(020) {s[:4]} {s[4:]}"])
            if len(a) == 4:
                s = _digits(r, 7)
                return d([f"{a} {s[:3]} {s[3:]}", f"+44 {a[1:]} {s[:3]} {s[3:]}", f"({a}) {s[:3]} {s[3:]}",
                          f"+44 (0){a[1:]} {s[:3]} {s[3:]}"])
            s = _digits(r, 6)
            return d([f"{a} {s}", f"+44 {a[1:]} {s}", f"({a}) {s}", f"{a} {s[:3]} {s[3:]}"])
        if reg == "IE":
            if kind == "mob":
                p, s = "8" + d("35679"), _digits(r, 7)
                return d([f"0{p} {s[:3]} {s[3:]}", f"+353 {p} {s[:3]} {s[3:]}", f"0{p}-{s}", f"00353 {p} {s}",
                          f"(0{p}) {s[:3]} {s[3:]}", f"0{p} {s}", f"+353{p}{s}"])
            a = area or d(TOWNS["IE"])[2]
            s = _digits(r, 7 if a == "01" else 6)
            return d([f"({a}) {s}", f"{a} {s[:3]} {s[3:]}", f"+353 {a[1:]} {s[:3]} {s[3:]}", f"+353 (0){a[1:]} {s}",
                      f"{a}-{s}"])
        if reg == "AU":
            if kind == "mob":
                s = "4" + _digits(r, 8)
                return d([f"0{s[:3]} {s[3:6]} {s[6:]}", f"+61 {s[:3]} {s[3:6]} {s[6:]}", f"0{s}",
                          f"+61 (0){s[:3]} {s[3:6]} {s[6:]}", f"0{s[:3]} {s[3:6]} {s[6:]}"])
            a = area or d(TOWNS["AU"])[2]
            s = d("3456789") + _digits(r, 7)
            return d([f"({a}) {s[:4]} {s[4:]}", f"{a} {s[:4]} {s[4:]}", f"+61 {a[1:]} {s[:4]} {s[4:]}"])
        if reg == "NZ":
            if kind == "mob":
                p, s = "2" + d("12579"), _digits(r, d([7, 7, 6]))
                return d([f"0{p} {s[:3]} {s[3:]}", f"+64 {p} {s[:3]} {s[3:]}", f"0{p}-{s[:3]} {s[3:]}",
                          f"0{p}{s}", f"+64{p}{s}"])
            a = area or d(TOWNS["NZ"])[2]
            s = d("2345689") + _digits(r, 6)
            return d([f"({a}) {s[:3]} {s[3:]}", f"{a}-{s[:3]} {s[3:]}", f"+64 {a[1:]} {s[:3]} {s[3:]}",
                      f"{a} {s[:3]} {s[3:]}"])
        raise ValueError(reg)

    # -- mail headers, chats, signatures
    def mail_head(self, frm: str, to: str, subject: str, when: date | None = None, cc: str | None = None) -> str:
        lab = self.L({"de": ("Von", "An", "Cc", "Gesendet", "Betreff"), "fr": ("De", "À", "Cc", "Envoyé", "Objet"),
                      "it": ("Da", "A", "Cc", "Inviato", "Oggetto"), "en": ("From", "To", "Cc", "Sent", "Subject")})
        colon = " :" if self.lang == "fr" and self.region != "CA" else ":"
        when = when or self.day(-30, 5)
        lines = [f"{lab[0]}{colon} {frm}", f"{lab[1]}{colon} {to}"]
        if cc:
            lines.append(f"{lab[2]}{colon} {cc}")
        lines += [f"{lab[3]}{colon} {self.fd(when)} {self.hm()}", f"{lab[4]}{colon} {subject}"]
        return "\n".join(lines)

    def who(self, p: Person) -> str:
        """A mail address with the display name: Anna Muster <anna@x.ch>."""
        return f"{p.n()} <{self.em(p)}>" if self.p(0.8) else f"\"{p.r()}\" <{self.em(p)}>"

    def chat(self, msgs: list[tuple[str, str]], style: int | None = None, start: date | None = None) -> str:
        style = self.r.randint(0, 3) if style is None else style
        d0 = start or self.day(-20, 10)
        h, mi = self.r.randint(7, 20), self.r.randint(0, 59)
        out = []
        for sender, text in msgs:
            mi += self.r.randint(0, 25)
            if mi >= 60:
                h, mi = h + mi // 60, mi % 60
            if h >= 24:
                h, d0 = h - 24, d0 + timedelta(days=1)
            us = self.lang == "en" and self.region == "US"
            dshort = f"{d0.month}/{d0.day}/{d0.year % 100}" if us else (
                f"{d0.day:02d}.{d0.month:02d}.{d0.year % 100}" if self.lang == "de" else
                f"{d0.day:02d}/{d0.month:02d}/{d0.year}")
            tm = f"{h:02d}:{mi:02d}"
            if style == 0:
                out.append(f"[{dshort}, {tm}:{self.r.randint(0, 59):02d}] {sender}: {text}")
            elif style == 1:
                out.append(f"{dshort}, {tm} - {sender}: {text}")
            elif style == 2:
                out.append(f"{sender}, [{dshort} {tm}]\n{text}")
            else:
                out.append(f"{tm} {sender}: {text}")
        return "\n".join(out)


ASKS = {
    "de": ["Kannst du mir das bitte in eine saubere Tabelle bringen?", "Fass das bitte kurz zusammen.",
           "Bitte formuliere daraus eine freundliche Antwort.", "Findest du hier Fehler oder Widersprüche?",
           "Kannst du das ins Englische übersetzen?", "Mach mir bitte eine Liste mit allen offenen Punkten.",
           "Schreib das bitte etwas förmlicher.", "Was muss ich hier noch nachfragen?"],
    "fr": ["Peux-tu me mettre ça dans un tableau propre ?", "Résume-moi ça en quelques lignes stp.",
           "Aide-moi à rédiger une réponse polie.", "Vois-tu des erreurs ou des incohérences ?",
           "Tu peux traduire ça en anglais ?", "Fais-moi la liste des points encore ouverts.",
           "Reformule ça de façon plus formelle.", "Qu'est-ce qu'il manque dans ce dossier ?"],
    "it": ["Puoi sistemarmi questi dati in una tabella?", "Me lo riassumi in poche righe?",
           "Aiutami a scrivere una risposta cortese.", "Vedi errori o incongruenze?", "Puoi tradurlo in inglese?",
           "Fammi un elenco dei punti ancora aperti.", "Riscrivilo in modo più formale, per favore.",
           "Cosa manca secondo te?"],
    "en": ["Can you put this into a clean table?", "Please summarise this in a few lines.",
           "Help me draft a polite reply.", "Can you spot any errors or inconsistencies?",
           "Could you translate this into French?", "Make me a list of the open points.",
           "Rewrite this more formally please.", "What am I missing here?"],
    "en-US": ["Can you put this into a clean table?", "Please summarize this in a few lines.",
              "Help me draft a polite reply.", "Can you spot any errors or inconsistencies?",
              "Could you translate this into Spanish?", "Make me a list of the open items.",
              "Rewrite this more formally please.", "What am I missing here?"],
}


# ---------------------------------------------------------------------------------------------------------------
# shared layout helpers

def form(c: Ctx, rows: list[tuple[str, str]], align: bool | None = None) -> str:
    align = c.p(0.6) if align is None else align
    sep = " :" if c.lang == "fr" and c.region != "CA" else ":"
    w = max(len(k) for k, _ in rows) + len(sep) + 1
    return "\n".join((pad(f"{k}{sep}", w) if align else f"{k}{sep} ") + v for k, v in rows)


OCR_SWAP = {"O": "0", "I": "1", "S": "5", "B": "8", "E": "F", "G": "6"}


def caps_ocr(c: Ctx, s: str) -> str:
    s = s.upper()

    def noise(t: str) -> str:
        out = []
        for ch in t:
            if ch in OCR_SWAP and c.p(0.035):
                out.append(OCR_SWAP[ch])
            elif ch == " " and c.p(0.04):
                out.append("  ")
            else:
                out.append(ch)
        return "".join(out)
    return map_outside(s, noise)


def typo(c: Ctx, s: str) -> str:
    """Lower-case chat typing: drops some punctuation and capitals (labelled values are lower-cased as well)."""
    s = s.lower() if c.p(0.6) else s
    return map_outside(s, lambda t: t.replace(", ", " ").replace("?", " ?" if c.p(0.2) else "?") if c.p(0.5) else t)


def who_line(c: Ctx, p: Person) -> str:
    return c.pick([p.n(), p.n(), p.r(), p.i(), p.u()])


def sig(c: Ctx, p: Person, org: str | None = None, role: str | None = None, phone: str = "mob",
        addr: Addr | None = None, mail: str | None = None) -> str:
    lines = ["--", p.n() if c.p(0.85) else p.i()]
    if role:
        lines.append(role + (f", {org}" if org and c.p(0.5) else ""))
        if org and not lines[-1].endswith(org):
            lines.append(org)
    elif org:
        lines.append(org)
    if addr:
        lines.append(addr.one() if c.p(0.5) else addr.block())
    tel = c.L({"de": "Tel.", "fr": "Tél.", "it": "Tel.", "en": "Tel", "en-US": "Cell"})
    if phone:
        lines.append(f"{tel} {c.ph(p, phone)}")
    if mail:
        lines.append(mail)
    return "\n".join(lines)


FL = {
    "de": {"name": "Name, Vorname", "first": "Vorname", "last": "Nachname", "dob": "Geburtsdatum",
           "street": "Straße, Nr.", "town": "PLZ, Ort", "addr": "Adresse", "mob": "Mobil", "tel": "Telefon",
           "mail": "E-Mail", "iban": "IBAN", "card": "Kreditkarte", "holder": "Kontoinhaber/in",
           "sign": "Unterschrift", "date": "Datum", "notes": "Bemerkungen", "contact": "Kontaktperson",
           "ahv": "AHV-Nr.", "ip": "IP-Adresse", "member": "Mitgl.-Nr."},
    "de-CH": {"street": "Strasse, Nr.", "town": "PLZ/Ort", "mob": "Natel"},
    "de-AT": {"mob": "Handy"},
    "fr": {"name": "Nom, prénom", "first": "Prénom", "last": "Nom", "dob": "Date de naissance", "street": "Adresse",
           "town": "Code postal / Ville", "addr": "Adresse", "mob": "Portable", "tel": "Téléphone", "mail": "E-mail",
           "iban": "IBAN", "card": "Carte bancaire", "holder": "Titulaire du compte", "sign": "Signature",
           "date": "Date", "notes": "Remarques", "contact": "Personne de contact", "ahv": "N° AVS",
           "ip": "Adresse IP", "member": "N° membre"},
    "fr-CH": {"town": "NPA/Localité", "mob": "Natel", "mail": "Courriel"},
    "fr-BE": {"mob": "GSM"},
    "fr-CA": {"mob": "Cellulaire", "mail": "Courriel", "town": "Ville, code postal"},
    "it": {"name": "Cognome e nome", "first": "Nome", "last": "Cognome", "dob": "Data di nascita",
           "street": "Indirizzo", "town": "CAP, Località", "addr": "Indirizzo", "mob": "Cellulare",
           "tel": "Telefono", "mail": "E-mail", "iban": "IBAN", "card": "Carta di credito", "holder": "Intestatario",
           "sign": "Firma", "date": "Data", "notes": "Note", "contact": "Persona di contatto", "ahv": "N. AVS",
           "ip": "Indirizzo IP", "member": "N. socio"},
    "it-CH": {"town": "NAP, Località", "mob": "Natel"},
    "en": {"name": "Name", "first": "First name", "last": "Surname", "dob": "Date of birth", "street": "Address",
           "town": "Town / Postcode", "addr": "Address", "mob": "Mobile", "tel": "Phone", "mail": "Email",
           "iban": "IBAN", "card": "Card number", "holder": "Account holder", "sign": "Signature", "date": "Date",
           "notes": "Notes", "contact": "Contact person", "ahv": "AHV no.", "ip": "IP address",
           "member": "Member no."},
    "en-US": {"last": "Last name", "town": "City, State, ZIP", "mob": "Cell"},
    "en-CA": {"last": "Last name", "town": "City, Province, Postal code", "mob": "Cell"},
    "en-IE": {"town": "Town / Eircode"},
    "en-AU": {"town": "Suburb / State / Postcode"},
}
TLD = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "CA": "ca", "IT": "it", "GB": "co.uk", "US": "com",
       "IE": "ie", "AU": "com.au", "NZ": "co.nz"}


def fl(c: Ctx, key: str) -> str:
    return FL.get(f"{c.lang}-{c.region}", {}).get(key) or FL[c.lang][key]


def dom(c: Ctx, name: str) -> str:
    stop = {"", "de", "du", "la", "le", "les", "des", "di", "e", "am", "the", "of", "and", "und", "ev", "gmbh", "ag",
            "sa", "sarl", "srl", "ltd", "inc", "llc", "sagl", "snc", "sas", "co", "kg", "club", "del", "della", "d",
            "s"}
    words = [fold(w, c.lang) for w in re.split(r"[\s\-'’&,.()/]+", name)]
    return "-".join([w for w in words if w not in stop][:3]) + "." + TLD[c.region]


def biz(c: Ctx, pools: dict) -> str:
    return c.pick(c.L(pools))


def num(c: Ctx, n: int = 5) -> str:
    return _digits(c.r, n)


def money(c: Ctx, lo: int, hi: int) -> str:
    v = c.r.randint(lo, hi)
    cur = {"DE": "EUR", "AT": "EUR", "FR": "EUR", "BE": "EUR", "IT": "EUR", "IE": "EUR", "CH": "CHF", "GB": "GBP",
           "US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD"}[c.region]
    if c.lang == "en":
        return {"GBP": "£", "USD": "$", "CAD": "$", "AUD": "$", "NZD": "$", "EUR": "€"}.get(cur, "CHF ") + f"{v:,}.00"
    if cur == "CHF":
        return f"CHF {v}.–" if c.p(0.5) else f"Fr. {v}.00"
    if c.lang == "fr" and c.region == "CA":
        return f"{v},00 $"
    return f"{v},00 €" if c.p(0.6) else f"EUR {v},00"


GENRES: dict[str, list] = {}


# ---------------------------------------------------------------------------------------------------------------
# 1. golf - golf clubs

GOLF_CLUBS = {
    "de": ["Golfclub Am Weiher", "Golf- und Landclub Schloss Ebenried", "Golfpark Rheinauen", "Golfclub Lärchenhof"],
    "de-AT": ["Golfclub Drautal", "GC Wienerwald-Süd", "Golfclub Mühlviertel-Ost"],
    "de-CH": ["Golfclub Sempachersee-Nord", "Golf Club Lägern-Ost", "Golfpark Zürisee"],
    "fr": ["Golf de la Bruyère", "Golf Club des Trois Vallons", "Golf du Domaine de Belair"],
    "fr-CH": ["Golf Club de la Gruyère-Nord", "Golf Club des Vignes du Léman"],
    "fr-BE": ["Royal Golf Club du Bois d'Argent", "Golf Club des Hautes Fagnes"],
    "fr-CA": ["Club de golf Les Érables", "Club de golf du Lac-Brûlé"],
    "it": ["Golf Club La Pinetina Alta", "Circolo Golf Le Colline", "Golf Club Villa dei Pini"],
    "it-CH": ["Golf Club Ceresio Nord", "Golf Club Monte Brè Alto"],
    "en": ["Oakwood Park Golf Club", "Rushmere Vale Golf Club", "Kingsbarrow Links"],
    "en-US": ["Cedar Ridge Country Club", "Prairie View Golf Club"],
    "en-IE": ["Ballynamona Golf Club", "Cnoc Álainn Golf Club"],
    "en-AU": ["Red Gum Valley Golf Club", "Coral Point Golf Club"],
    "en-NZ": ["Kauri Downs Golf Club", "Pōhutukawa Bay Golf Club"],
    "en-CA": ["Maple Hollow Golf & Country Club", "Loon Lake Golf Club"],
}


def hcp(c: Ctx) -> str:
    v = f"{c.r.randint(2, 36)}.{c.r.randint(0, 9)}"
    return v if c.lang == "en" else v.replace(".", ",")


def golf_0(c: Ctx) -> str:
    """Membership application from the web form, with partner, sponsors and payment."""
    a = c.person(age=(28, 75))
    sp = c.relative(a, sex="f" if a.sex == "m" else "m", age=(28, 75), same_last=0.6)
    pr, se, sec = c.person(age=(45, 85)), c.person(age=(40, 85)), c.person(age=(25, 60))
    club = biz(c, GOLF_CLUBS)
    d = dom(c, club)
    A = c.ad(a)
    pay = (fl(c, "iban"), c.iban()) if c.has_iban() else (fl(c, "card"), c.card())
    intro = c.L({
        "de": f"Neuer Aufnahmeantrag über das Webformular. Bitte prüf, ob alles vollständig ist, und formulier mir "
              f"eine kurze Eingangsbestätigung für {a.n()}.",
        "fr": f"Nouvelle demande d'adhésion reçue via le formulaire. Peux-tu vérifier qu'il ne manque rien et me "
              f"préparer un accusé de réception pour {c.title(a)} {a.l()} ?",
        "it": f"Nuova domanda di ammissione arrivata dal modulo online. Mi controlli se è completa e mi prepari "
              f"una conferma di ricezione per {c.title(a)} {a.l()}?",
        "en": f"New membership application from the web form. Can you check it's complete and draft a short "
              f"acknowledgement to {c.title(a)} {a.l()}?",
    })
    L = c.L({
        "de": ["MITGLIEDSANTRAG", "Handicap-Index", "Partner/in (Familienmitgliedschaft)", "geb.", "Pate/Patin 1",
               "Pate/Patin 2", "Mitgliedschaft", "Vollmitglied, 7 Tage", "Heimatclub bisher"],
        "fr": ["DEMANDE D'ADHÉSION", "Index", "Conjoint(e) (formule couple)", "né(e) le", "Parrain 1", "Parrain 2",
               "Formule", "Membre actif 7/7", "Club précédent"],
        "it": ["DOMANDA DI AMMISSIONE", "Handicap", "Coniuge (quota famiglia)", "nato/a il", "Socio presentatore 1",
               "Socio presentatore 2", "Categoria", "Socio ordinario", "Circolo di provenienza"],
        "en": ["MEMBERSHIP APPLICATION", "Handicap index", "Partner (family membership)", "DOB", "Proposer",
               "Seconder", "Category", "Full 7-day", "Previous club"],
    })
    mnr = c.L({"de": "Mitgl.-Nr.", "fr": "n°", "it": "tessera", "en": "no."})
    rows = [
        (fl(c, "name"), a.r() if c.lang != "en" else a.n()),
        (fl(c, "dob"), c.dob(a)),
        (fl(c, "street"), A.st()),
        (fl(c, "town"), A.tl()),
        (fl(c, "mob"), c.ph(a)),
        (fl(c, "tel"), c.ph(a, "land")),
        (fl(c, "mail"), c.em(a)),
        (L[1], hcp(c)),
        (L[8], c.pick([x for x in GOLF_CLUBS[c.lang] if x != club])),
        (L[2], f"{sp.n()}, {L[3]} {c.dob(sp)}"),
        (L[6], L[7]),
        (L[4], f"{pr.n()} ({mnr} {num(c, 4)})"),
        (L[5], f"{c.pick([se.n(), se.i(), se.r()])} ({mnr} {num(c, 4)})"),
        (fl(c, "holder"), c.pick([a.n(), a.u()])),
        pay,
    ]
    note = c.L({
        "de": f"Interne Notiz Sekretariat ({sec.n()}): Paten bestätigt, {pr.l()} hat angerufen. Rückfragen an "
              f"mich unter {c.ph(sec, 'land')} oder {c.em(sec, d)}; allgemeine Anfragen weiter an sekretariat@{d}.",
        "fr": f"Note interne du secrétariat ({sec.n()}) : parrainage confirmé, {c.title(pr)} {pr.l()} a appelé. "
              f"Questions : {c.ph(sec, 'land')} ou {c.em(sec, d)} ; demandes générales à accueil@{d}.",
        "it": f"Nota interna segreteria ({sec.n()}): presentatori confermati, il socio {pr.l()} ha telefonato. Per "
              f"domande: {c.ph(sec, 'land')} oppure {c.em(sec, d)}; richieste generali a segreteria@{d}.",
        "en": f"Internal note from the office ({sec.n()}): proposer confirmed, {pr.n()} phoned in. Queries "
              f"to me on {c.ph(sec, 'land')} or {c.em(sec, d)}; general enquiries go to office@{d}.",
    })
    return f"{intro}\n\n{club} - {L[0]}\n\n{form(c, rows)}\n\n{note}\n"


def golf_1(c: Ctx) -> str:
    """Tee sheet export with guests and the starter's note."""
    club = biz(c, GOLF_CLUBS)
    start = c.r.randint(7, 9) * 60 + c.pick([0, 10, 20])
    guest = c.L({"de": "Gast", "fr": "Invité", "it": "Ospite", "en": "Guest"})
    rows, players = [], []
    for k in range(c.r.randint(3, 4)):
        t = start + k * 10
        flight = [c.person(age=(20, 82)) for _ in range(c.r.randint(2, 3))]
        players += flight
        names = []
        for p in flight:
            is_guest = c.p(0.35)
            nm = c.pick([p.r(), p.u(), p.li(), p.n(), p.uc()])
            if is_guest:
                names.append(f"{nm} ({guest} {c.ph(p)})")
            else:
                names.append(f"{nm} [{hcp(c)}]")
        rows.append([f"{t // 60:02d}:{t % 60:02d}", f"{c.r.randint(1, 10) if k % 2 else 1}", " / ".join(names)])
    head = c.L({"de": ["Zeit", "Tee", "Spieler (Vorgabe)"], "fr": ["Heure", "Départ", "Joueurs (index)"],
                "it": ["Ora", "Tee", "Giocatori (hcp)"], "en": ["Time", "Tee", "Players (HI)"]})
    if c.p(0.5):
        table = fw_table(head, rows)
    else:
        table = csv_table(head, rows, delim=";" if c.lang != "en" else ",")
    x, y, z = players[0], players[3], c.person()
    dd = c.fd(c.day(1, 20))
    note = c.L({
        "de": f"Notiz Starter: {x.n()} hat für {dd} abgesagt, bitte {z.n()} nachrücken lassen "
              f"(Tel. {c.ph(z)}). {y.l()} möchte ein E-Cart, Reservierung läuft auf {c.g(y, 'seinen', 'ihren')} Namen.",
        "fr": f"Note du starter : {x.n()} annule pour le {dd}, merci de proposer la place à {z.n()} "
              f"(tél. {c.ph(z)}). {c.title(y)} {y.l()} veut une voiturette, réservation à son nom.",
        "it": f"Nota dello starter: {x.n()} ha disdetto per il {dd}, chiamare {z.n()} per il posto libero "
              f"(tel. {c.ph(z)}). {y.l()} chiede un golf cart, prenotazione a suo nome.",
        "en": f"Starter's note: {x.n()} has cancelled for {dd}, please offer the slot to {z.n()} "
              f"(tel {c.ph(z)}). {y.l()} wants a buggy, booked under their name.",
    })
    ask = c.L({
        "de": "Kannst du daraus eine Liste machen, wer wann startet, nur mit Nachnamen für den Aushang?",
        "fr": "Tu peux m'en faire une liste par heure de départ, avec seulement les noms de famille pour l'affichage ?",
        "it": "Puoi farne un elenco per orario di partenza, solo con i cognomi per la bacheca?",
        "en": "Can you turn this into a list by tee time, surnames only, for the noticeboard?",
    })
    title = c.L({"de": "Startliste", "fr": "Feuille de départs", "it": "Lista partenze", "en": "Tee sheet"})
    return f"{ask}\n\n{club} - {title} {c.fd(c.day(1, 10))}\n\n{table}\n\n{note}\n"


def golf_2(c: Ctx) -> str:
    """Members' group chat about a competition, lifts and a lost bag."""
    ps = c.people_n(5, age=(25, 80))
    a, b, d, e, f = ps
    A = c.ad(b)
    name = lambda p: c.pick([p.n(), p.f(), p.f()])  # noqa: E731
    M = c.L({
        "de": [f"Wer fährt Samstag zum Vierer nach {A.town}? Ich hätte noch zwei Plätze frei",
               f"ich! Kannst du mich bei {A.st()} einsammeln? so um 7:15",
               f"{e.f()} hat {c.g(e, 'sein', 'ihr')} Bag im Clubhaus vergessen, es steht beim Caddiemaster",
               f"Danke! Sag {e.f()} {c.g(e, 'er', 'sie')} soll mich anrufen {c.ph(d)}",
               f"Startzeiten hängen aus, {a.l()} und {f.n()} gehen zusammen um 8:40",
               "super, bis Samstag",
               f"{f.f()}s Nummer hat sich geändert, neu: {c.ph(f)}"],
        "fr": [f"Qui va à {A.town} samedi pour le greensome ? J'ai deux places dans la voiture",
               f"moi ! tu peux me prendre au {A.st()} ? vers 7h15",
               f"{e.f()} a oublié son sac au club-house, il est chez le caddie master",
               f"Merci ! Dis à {e.f()} de m'appeler au {c.ph(d)}",
               f"Les horaires sont affichés, {a.l()} et {f.n()} partent ensemble à 8h40",
               "top, à samedi",
               f"{f.f()} a changé de numéro, nouveau : {c.ph(f)}"],
        "it": [f"Chi va a {A.town} sabato per la louisiana? Ho due posti in macchina",
               f"io! mi passi a prendere in {A.st()}? verso le 7:15",
               f"{e.f()} ha dimenticato la sacca in club house, è dal caddie master",
               f"Grazie! Di' a {e.f()} di chiamarmi al {c.ph(d)}",
               f"Orari di partenza in bacheca, {a.l()} e {f.n()} partono insieme alle 8:40",
               "perfetto, a sabato",
               f"{f.f()} ha cambiato numero, nuovo: {c.ph(f)}"],
        "en": [f"Who's going to {A.town} on Saturday for the foursomes? I've two seats free",
               f"me! can you pick me up at {A.st()}? about 7:15",
               f"{e.f()} left {c.g(e, 'his', 'her')} bag in the clubhouse, it's with the pro shop",
               f"Thanks! Tell {e.f()} to ring me on {c.ph(d)}",
               f"Tee times are up, {a.l()} and {f.n()} are out together at 8:40",
               "great, see you Saturday",
               f"{f.f()}'s number has changed, new one: {c.ph(f)}"],
    })
    senders = [name(a), name(b), name(d), name(a), name(e), name(b), name(d)]
    if c.p(0.5):
        senders[3] = senders[0] = c.ph(a)
    if c.p(0.4):
        senders[1] = senders[5] = c.ph(b)
    msgs = [(s, typo(c, m) if c.p(0.35) else m) for s, m in zip(senders, M, strict=True)]
    ask = c.L({
        "de": "Hier ein Auszug aus unserem Club-Chat. Wer fährt mit wem und was muss ich noch organisieren?",
        "fr": "Voici un extrait du groupe du club. Qui va avec qui et qu'est-ce qu'il me reste à organiser ?",
        "it": "Ecco un pezzo della chat del circolo. Chi va con chi e cosa devo ancora organizzare?",
        "en": "Here's a bit of our club chat. Who's driving whom and what do I still need to sort out?",
    })
    return f"{ask}\n\n{c.chat(msgs)}\n"


def golf_3(c: Ctx) -> str:
    """Captain's results mail with a table, guests and a prize-giving note."""
    cap = c.person(age=(40, 75))
    club = biz(c, GOLF_CLUBS)
    d = dom(c, club)
    res = c.people_n(c.r.randint(4, 6), age=(18, 85))
    fmt = c.pick(["md", "fw"])
    head = c.L({"de": ["Rang", "Name", "HCPI", "Stableford"], "fr": ["Rang", "Nom", "Index", "Points"],
                "it": ["Pos.", "Nome", "Hcp", "Punti"], "en": ["Pos", "Name", "HI", "Pts"]})
    rows = [[str(k + 1), c.pick([p.r(), p.n(), p.u()]), hcp(c), str(42 - k - c.r.randint(0, 2))]
            for k, p in enumerate(res)]
    table = md_table(head, rows) if fmt == "md" else fw_table(head, rows)
    g1, g2 = c.person(), c.person()
    w, s2 = res[0], res[1]
    body = c.L({
        "de": f"Liebe Golferinnen und Golfer,\n\nhier die Ergebnisse des Monatspreises vom {c.fd(c.day(-14, -1))}:"
              f"\n\n{table}\n\nHerzlichen Glückwunsch an {w.n()}! Den Preis für den längsten Drive holt "
              f"{s2.l()}. Unsere Gäste {g1.n()} und {g2.i()} haben sich gut geschlagen.\nDie Preisverleihung ist am "
              f"Freitag im Clubhaus, wer nicht kann, meldet sich bitte bei mir.",
        "fr": f"Chères golfeuses, chers golfeurs,\n\nvoici les résultats de la coupe mensuelle du "
              f"{c.fd(c.day(-14, -1))} :\n\n{table}\n\nBravo à {w.n()} ! Le prix du drive le plus long "
              f"revient à {c.title(s2)} {s2.l()}. Nos invités {g1.n()} et {g2.i()} ont brillé.\nLa remise des prix "
              f"aura lieu vendredi au club-house ; en cas d'empêchement, prévenez-moi.",
        "it": f"Care socie, cari soci,\n\necco i risultati della coppa mensile del {c.fd(c.day(-14, -1))}:\n\n"
              f"{table}\n\nComplimenti a {w.n()}! Il premio per il drive più lungo va a {s2.l()}. Bene "
              f"anche i nostri ospiti {g1.n()} e {g2.i()}.\nLa premiazione è venerdì in club house, chi non può "
              f"venire mi avvisi.",
        "en": f"Dear members,\n\nhere are the results of the monthly medal on {c.fd(c.day(-14, -1))}:\n\n{table}\n\n"
              f"Congratulations to {w.n()}! Longest drive went to {s2.l()}. Our guests {g1.n()} and "
              f"{g2.i()} did very well too.\nPrize-giving is on Friday in the clubhouse; if you can't make it, "
              f"let me know.",
    })
    body += "\n\n" + c.L({"de": "Kontakt Gäste (für den Newsletter)", "fr": "Contacts des invités (pour la newsletter)",
                         "it": "Contatti ospiti (per la newsletter)", "en": "Guest contacts (for the newsletter)"})
    body += f":\n{g1.n()}: {c.em(g1)}, {c.ph(g1)}\n{g2.n()}: {c.em(g2)}"
    role = c.L({"de": "Spielführer/in", "fr": "Capitaine", "it": "Capitano", "en": "Captain"})
    hdr = c.mail_head(f"{cap.n()} <{c.em(cap, d)}>", f"mitglieder@{d}" if c.lang == "de" else f"members@{d}",
                      c.L({"de": "Ergebnisse Monatspreis", "fr": "Résultats coupe mensuelle",
                           "it": "Risultati coppa mensile", "en": "Monthly medal results"}))
    ask = c.L({"de": "Kannst du die Mail kürzen und freundlicher klingen lassen?",
               "fr": "Peux-tu raccourcir ce mail et le rendre plus chaleureux ?",
               "it": "Puoi accorciare la mail e renderla più calorosa?",
               "en": "Can you shorten this and make it sound a bit warmer?"})
    return f"{ask}\n\n{hdr}\n\n{body}\n\n{c.bye()}\n{sig(c, cap, club, role)}\n"


GENRES["golf"] = [golf_0, golf_1, golf_2, golf_3]


# ---------------------------------------------------------------------------------------------------------------
# 2. pestcontrol - pest control technicians

PEST_FIRMS = {
    "de": ["Schädlingsbekämpfung Nordblick GmbH", "KammerJäger Express", "Hygiene-Service Elbtal GmbH"],
    "de-AT": ["Schädlingsbekämpfung Donaublick GmbH", "Kammerjäger Alpenvorland"],
    "de-CH": ["Schädlingsbekämpfung Limmattal AG", "Hygiene-Dienst Seeland GmbH"],
    "fr": ["Dératisation Provence Services", "AntiNuisibles Atlantique", "Hygiène 3D Val de Loire"],
    "fr-CH": ["Désinsectisation Léman Sàrl", "Hygiène Services Romandie SA"],
    "fr-BE": ["Anti-Nuisibles Wallonie SRL", "Dératisation Meuse Services"],
    "fr-CA": ["Extermination Rive-Nord inc.", "Gestion parasitaire Laurentides"],
    "it": ["Disinfestazioni Adriatica srl", "Derattizzazione Lombarda Servizi", "Igiene Ambientale Tirreno snc"],
    "it-CH": ["Disinfestazioni Ticino Sagl", "Igiene Sottoceneri SA"],
    "en": ["Pestaway Services Ltd", "Northgate Pest Control", "Castlegate Environmental Hygiene"],
    "en-US": ["Evergreen Pest Solutions LLC", "Lone Oak Exterminating"],
    "en-IE": ["Shamrock Pest Control", "Atlantic Hygiene Services"],
    "en-AU": ["Outback Pest Management", "Harbourside Termite & Pest"],
    "en-NZ": ["Kiwi Pest Solutions", "Southern Cross Pest Control"],
    "en-CA": ["Northern Shield Pest Control", "Prairie Pest Management"],
}
AGENCIES = {"de": ["Hausverwaltung Kern", "Immobilien Brandl"], "fr": ["Régie Roset", "Syndic Bellevue"],
            "it": ["Amministrazioni Lario", "Studio Condomini Riva"], "en": ["Harbour Lettings", "Keystone Property"]}
PESTS = {
    "de": ["Bettwanzen", "Deutsche Schaben", "Wanderratten", "ein Wespennest im Rollladenkasten", "Hausmäuse",
           "Pharaoameisen"],
    "fr": ["punaises de lit", "blattes germaniques", "rats d'égout", "un nid de guêpes dans le coffre de volet",
           "souris", "fourmis pharaon"],
    "it": ["cimici dei letti", "blatte germaniche", "ratti", "un nido di vespe nel cassonetto della tapparella",
           "topi", "formiche faraone"],
    "en": ["bed bugs", "German cockroaches", "brown rats", "a wasp nest in the soffit", "house mice",
           "pharaoh ants"],
}


def pest_0(c: Ctx) -> str:
    """Technician's service report, to be turned into a letter for the customer."""
    cu, te, pm = c.person(age=(25, 85)), c.person(age=(22, 60)), c.person(age=(30, 65))
    firm = biz(c, PEST_FIRMS)
    A = c.ad(cu)
    pest = c.pick(PESTS[c.lang])
    nb = c.person()
    L = c.L({
        "de": ["EINSATZBERICHT", "Kunde", "Objekt", "Techniker", "Befund", "Maßnahme", "Folgetermin",
               "Hausverwaltung", "Unterschrift Kunde"],
        "fr": ["RAPPORT D'INTERVENTION", "Client", "Lieu", "Technicien", "Constat", "Traitement", "Prochain passage",
               "Gérance", "Signature client"],
        "it": ["RAPPORTO D'INTERVENTO", "Cliente", "Luogo", "Tecnico", "Rilievo", "Trattamento", "Prossimo passaggio",
               "Amministratore", "Firma cliente"],
        "en": ["SERVICE REPORT", "Customer", "Site", "Technician", "Findings", "Treatment", "Follow-up visit",
               "Managing agent", "Customer signature"],
    })
    find = c.L({
        "de": f"{pest}, Befall vor allem Schlafzimmer und Küche. Laut {c.g(cu, 'Kunde', 'Kundin')} auch bei "
              f"{c.g(nb, 'Nachbar', 'Nachbarin')} {nb.l()} "
              f"(2. OG) Sichtungen.",
        "fr": f"{pest}, surtout chambre et cuisine. Selon le client, aussi chez "
              f"{c.g(nb, 'le voisin', 'la voisine')} {nb.n()} (2e étage).",
        "it": f"{pest}, soprattutto camera e cucina. Secondo il cliente anche "
              f"{c.g(nb, 'dal vicino', 'dalla vicina')} {nb.n()} (2° piano).",
        "en": f"{pest}, mainly bedroom and kitchen. Customer says the neighbour {nb.n()} (2nd floor) has seen "
              f"them too.",
    })
    treat = c.L({
        "de": "Gel-Köder und Kontaktinsektizid, 6 Monitore gesetzt, Fugen abgedichtet.",
        "fr": "Gel appât et insecticide de contact, 6 pièges de contrôle posés, joints colmatés.",
        "it": "Gel esca e insetticida di contatto, 6 trappole di monitoraggio, fessure sigillate.",
        "en": "Gel bait and residual spray, 6 monitors placed, gaps sealed.",
    })
    rows = [(L[1], c.pick([cu.n(), cu.r(), f"{c.title(cu)} {cu.n()}"])), (L[2], A.one()),
            (fl(c, "tel"), c.ph(cu)), (fl(c, "mail"), c.em(cu)),
            (L[3], f"{te.n()} ({c.ph(te)})"), (L[4], find), (L[5], treat),
            (L[6], f"{c.fd(c.day(10, 25))} {c.hm(8, 16)}"),
            (L[7], f"{pm.n()}, {c.ph(pm, 'land')}, {c.em(pm, dom(c, c.pick(c.L(AGENCIES))))}"),
            (L[8], c.pick([cu.n(), cu.i(), cu.up()]))]
    ask = c.L({
        "de": f"Mach mir aus diesem Einsatzbericht bitte einen verständlichen Brief an {cu.n()}, ohne Fachchinesisch.",
        "fr": f"Transforme ce rapport en une lettre claire pour {cu.n()}, sans jargon technique stp.",
        "it": f"Trasforma questo rapporto in una lettera chiara per {cu.n()}, senza termini tecnici.",
        "en": f"Turn this service report into a plain-English letter for {cu.n()}, no jargon please.",
    })
    return f"{ask}\n\n{firm} - {L[0]} {num(c, 6)}\n\n{form(c, rows)}\n"


def pest_1(c: Ctx) -> str:
    """Property manager's treatment schedule for a block of flats, with the tenant notice."""
    pm = c.person(age=(28, 65))
    firm = biz(c, PEST_FIRMS)
    A = c.ad()
    tenants = c.people_n(c.r.randint(5, 7), age=(20, 90))
    flat = c.L({"de": "Whg.", "fr": "Appt", "it": "Int.", "en": "Flat", "en-US": "Apt", "en-CA": "Unit"})
    key = c.L({"de": "Schlüssel bei", "fr": "clé chez", "it": "chiavi da", "en": "key with"})
    absent = c.L({"de": "abwesend", "fr": "absent", "it": "assente", "en": "away"})
    rows = []
    for k, t in enumerate(tenants):
        note = ""
        if c.p(0.3):
            note = f"{key} {tenants[(k + 1) % len(tenants)].l()}"
        elif c.p(0.2):
            note = absent
        rows.append([f"{flat} {k // 2 + 1}.{k % 2 + 1}", c.pick([t.r(), t.n(), t.u()]), c.ph(t),
                     f"{c.fd(c.day(3, 6))} {c.hm(8, 15)}", note])
    head = c.L({"de": ["Wohnung", "Mieter/in", "Telefon", "Termin", "Hinweis"],
                "fr": ["Logement", "Locataire", "Téléphone", "Passage", "Remarque"],
                "it": ["Unità", "Inquilino", "Telefono", "Intervento", "Nota"],
                "en": ["Unit", "Tenant", "Phone", "Visit", "Note"]})
    table = c.pick([md_table(head, rows), fw_table(head, rows), csv_table(head, rows, ";")])
    pest = c.pick(PESTS[c.lang][:3])
    notice = c.L({
        "de": f"Aushang für {A.one()}:\nWegen {pest} wird das ganze Haus behandelt ({firm}). Bitte Küchenschränke "
              f"ausräumen. Wer nicht da ist, hinterlegt den Schlüssel beim Hauswart. Fragen an {pm.n()}, "
              f"{c.ph(pm, 'land')}.",
        "fr": f"Avis aux locataires du {A.one()} :\nEn raison de {pest}, tout l'immeuble sera traité ({firm}). Merci "
              f"de vider les placards de cuisine. En cas d'absence, laissez la clé au concierge. Questions : "
              f"{pm.n()}, {c.ph(pm, 'land')}.",
        "it": f"Avviso ai condomini di {A.one()}:\nA causa di {pest} tutto lo stabile verrà trattato ({firm}). "
              f"Svuotate i pensili della cucina. Chi è assente lasci le chiavi al portiere. Domande a {pm.n()}, "
              f"{c.ph(pm, 'land')}.",
        "en": f"Notice to residents of {A.one()}:\nBecause of {pest} the whole building will be treated ({firm}). "
              f"Please empty your kitchen cupboards. If you're away, leave a key with the caretaker. Questions to "
              f"{pm.n()}, {c.ph(pm, 'land')}.",
    })
    ask = c.L({
        "de": "Ich bin die Verwaltung. Bitte prüf den Plan: hat jede Wohnung einen Termin, und wo fehlt der Schlüssel?",
        "fr": "Je suis la gérance. Vérifie le planning : chaque logement a-t-il un passage, et où manque une clé ?",
        "it": "Sono l'amministratore. Controlla il piano: ogni unità ha un appuntamento? Dove mancano le chiavi?",
        "en": "I manage the building. Check the schedule: does every unit have a slot, and where is a key missing?",
    })
    return f"{ask}\n\n{table}\n\n{notice}\n"


def pest_2(c: Ctx) -> str:
    """Customer booking mail and the dispatcher's reply, with the quote below."""
    cu, di, te = c.person(age=(25, 85)), c.person(age=(22, 60)), c.person(age=(22, 60))
    land = c.relative(cu, sex="f", age=(50, 90), same_last=0.5)
    firm = biz(c, PEST_FIRMS)
    d = dom(c, firm)
    A = c.ad(cu)
    pest = c.pick(PESTS[c.lang])
    q = c.L({
        "de": f"{c.hi(di) if c.p(0.3) else 'Guten Tag,'}\nwir haben {pest} und bräuchten dringend jemanden. "
              f"Adresse: {A.one()}. Ich bin ab 16 Uhr da, sonst ist meine Mutter {land.n()} im Haus "
              f"({c.ph(land)}). Der Vermieter weiss Bescheid.\n{c.bye()}\n{cu.n()}\n{c.ph(cu)}",
        "fr": f"Bonjour,\nnous avons {pest} et il nous faudrait quelqu'un rapidement. Adresse : {A.one()}. Je suis "
              f"là après 16 h, sinon ma mère {land.n()} est à la maison ({c.ph(land)}). Le propriétaire est "
              f"au courant.\n{c.bye()}\n{cu.n()}\n{c.ph(cu)}",
        "it": f"Buongiorno,\nabbiamo {pest} e ci servirebbe un intervento urgente. Indirizzo: {A.one()}. Sono a "
              f"casa dopo le 16, altrimenti c'è mia madre {land.n()} ({c.ph(land)}). Il proprietario è "
              f"informato.\n{c.bye()}\n{cu.n()}\n{c.ph(cu)}",
        "en": f"Hello,\nwe've got {pest} and need someone asap. Address: {A.one()}. I'm home after 4, otherwise my "
              f"mum {land.n()} is in ({c.ph(land)}). The landlord knows.\n{c.bye()}\n{cu.n()}\n{c.ph(cu)}",
    })
    dd, tm = c.fd(c.day(1, 6)), c.hm(8, 17)
    a = c.L({
        "de": f"{c.dear(cu)}\n\nvielen Dank für Ihre Anfrage. {c.g(te, 'Unser Techniker', 'Unsere Technikerin')} "
              f"{te.n()} kommt am {dd} um {tm}. {c.g(te, 'Er', 'Sie')} ruft eine halbe Stunde vorher an. Bitte "
              f"Haustiere wegsperren.\n\nRückfragen direkt an "
              f"{te.f()}: {c.ph(te)}.",
        "fr": f"{c.dear(cu)}\n\nmerci pour votre demande. {c.g(te, 'Notre technicien', 'Notre technicienne')} "
              f"{te.n()} passera le {dd} à {tm} et "
              f"appellera une demi-heure avant. Merci d'éloigner les animaux.\n\nPour toute question, joignez "
              f"{te.f()} au {c.ph(te)}.",
        "it": f"{c.dear(cu)}\n\ngrazie per la richiesta. {c.g(te, 'Il nostro tecnico', 'La nostra tecnica')} "
              f"{te.n()} passerà il {dd} alle {tm} e "
              f"chiamerà mezz'ora prima. Si prega di tenere chiusi gli animali.\n\nPer domande: {te.f()}, "
              f"{c.ph(te)}.",
        "en": f"{c.dear(cu)}\n\nthanks for getting in touch. Our technician {te.n()} will call round on {dd} at {tm} "
              f"and will phone half an hour before. Please keep pets shut away.\n\nAny questions, {te.f()} is on "
              f"{c.ph(te)}.",
    })
    subj = c.L({"de": "Termin Schädlingsbekämpfung", "fr": "Rendez-vous intervention", "it": "Appuntamento intervento",
                "en": "Your pest control appointment"})
    sent = c.day(-3, 0)
    head = c.mail_head(f"{di.n()} <{c.em(di, d)}>", c.who(cu), "Re: " + subj, when=sent)
    quoted = "\n".join("> " + ln if ln else ">" for ln in q.split("\n"))
    wrote = c.L({"de": "schrieb", "fr": "a écrit", "it": "ha scritto", "en": "wrote"})
    return (f"{c.ask()}\n\n{head}\n\n{a}\n\n{c.bye()}\n{di.n()}\n{firm}\n\n"
            f"{c.fd(sent - timedelta(days=1))}, {cu.n()} <{c.em(cu)}> {wrote}:\n{quoted}\n")


def pest_3(c: Ctx) -> str:
    """Invoice as pdftotext output with the bait-station log and payment details."""
    cu, te, te2 = c.person(age=(30, 75)), c.person(age=(22, 60)), c.person(age=(22, 60))
    firm = biz(c, PEST_FIRMS)
    d = dom(c, firm)
    FA, CA = c.ad(), c.ad(cu)
    shop = c.L({"de": ["Bäckerei Sonnenkorn", "Gasthaus zur Linde", "Pizzeria Vesuvio"],
                "fr": ["Boulangerie du Marché", "Brasserie des Halles", "Crêperie Ty Breiz"],
                "it": ["Panificio Il Forno", "Trattoria del Ponte", "Bar Centrale"],
                "en": ["Riverside Bakery", "The Old Bell Inn", "Golden Wok Takeaway"]})
    rows = []
    for k in range(c.r.randint(5, 7)):
        rows.append([f"KS-{k + 1:02d}", c.fd(c.day(-40, -1), "iso"), c.pick(["0", "0", "1", "2", "0"]),
                     c.pick([te.i(), te2.i(), te.li()])])
    head = c.L({"de": ["Station", "Kontrolle", "Fraß", "Techniker"], "fr": ["Poste", "Contrôle", "Consommation",
                                                                          "Technicien"],
                "it": ["Postazione", "Controllo", "Consumo", "Tecnico"], "en": ["Station", "Checked", "Take", "Tech"]})
    log = fw_table(head, rows)
    inv = c.L({"de": "RECHNUNG", "fr": "FACTURE", "it": "FATTURA", "en": "INVOICE"})
    pay = c.L({
        "de": f"Zahlbar innert 30 Tagen auf {c.iban() if c.has_iban() else ''}",
        "fr": f"Payable à 30 jours sur le compte {c.iban() if c.has_iban() else ''}",
        "it": f"Pagamento a 30 giorni su {c.iban() if c.has_iban() else ''}",
        "en": f"Payment within 30 days to {c.iban() if c.has_iban() else 'our account (see portal)'}",
    })
    card_line = c.L({
        "de": f"Bereits bezahlt mit Karte {c.card()} (Inhaber {cu.u()})",
        "fr": f"Déjà réglé par carte {c.card()} (titulaire {cu.u()})",
        "it": f"Già pagato con carta {c.card()} (titolare {cu.u()})",
        "en": f"Paid by card {c.card()} (cardholder {cu.up()})",
    }) if c.p(0.35) or not c.has_iban() else pay
    text = (f"{firm}\n{FA.one()}\n{fl(c, 'tel')} {c.tel(FA)}   info@{d}\n\n\n"
            f"{inv} {num(c, 6)}                       {c.fd(c.day(-5, 0))}\n\n"
            f"{c.pick(shop)}\n"
            f"{c.pick([cu.n(), f'{c.title(cu)} {cu.n()}', cu.u()])}\n{CA.block()}\n\n"
            f"{log}\n\n{card_line}\n\n{te.n()}, {c.ph(te)}\n")
    ask = c.L({"de": "Stimmt die Rechnung mit dem Kontrollprotokoll überein?",
               "fr": "La facture correspond-elle au relevé des postes ?",
               "it": "La fattura corrisponde al registro dei controlli?",
               "en": "Does the invoice match the bait-station log?"})
    return f"{ask}\n\n{text}"


GENRES["pestcontrol"] = [pest_0, pest_1, pest_2, pest_3]


# ---------------------------------------------------------------------------------------------------------------
# 3. alarm - burglar alarm installers and alarm receiving centres

ALARM_FIRMS = {
    "de": ["Sicherheitstechnik Wachturm GmbH", "AlarmZentrale Nord", "Schutzschild Sicherheitsdienste"],
    "de-AT": ["Alarmtechnik Tauernblick GmbH", "Sicherheitszentrale Ost"],
    "de-CH": ["Sicherheit Rigi AG", "Alarmzentrale Mittelland AG"],
    "fr": ["Télésurveillance Vigie Ouest", "Protection Habitat Services", "Centrale d'alarme Rhône-Sud"],
    "fr-CH": ["Sécurité Salève SA", "Télésurveillance Jura Sàrl"],
    "fr-BE": ["Alarme Ardennes Protect", "Centrale Vigilance Brabant"],
    "fr-CA": ["Alarmes Boréal inc.", "Surveillance Saint-Laurent"],
    "it": ["Vigilanza Aurora srl", "Allarmi Dolomiti Sicurezza", "Centrale Operativa Tirreno"],
    "it-CH": ["Sicurezza Verbano SA", "Allarmi Ticino Sagl"],
    "en": ["Sentinel Alarm Monitoring Ltd", "Beacon Security Systems", "Redoubt Alarms"],
    "en-US": ["Lighthouse Home Security LLC", "Frontier Alarm Co."],
    "en-IE": ["Guardian Alarms Ireland", "Lighthouse Monitoring Ltd"],
    "en-AU": ["Southern Cross Security", "Coastwatch Alarms"],
    "en-NZ": ["Tui Security Monitoring", "Alpine Alarms NZ"],
    "en-CA": ["Northern Watch Alarms", "Maplegate Security"],
}


def alarm_0(c: Ctx) -> str:
    """Keyholder and contact sheet for the alarm receiving centre."""
    s = c.person(age=(30, 85))
    A = c.ad(s)
    kh = [c.relative(s, age=(18, 70)) if c.p(0.4) else c.person(age=(25, 80)) for _ in range(3)]
    firm = biz(c, ALARM_FIRMS)
    inst = c.person(age=(25, 60))
    code = c.pick(["Lavendel", "Kompass", "Gletscher", "Tulipe", "Ancora", "Bluebell", "Marmotte", "Falco"])
    L = c.L({
        "de": ["Kontaktblatt Alarmzentrale", "Abonnent", "Objekt", "Codewort", "Schlüsselhalter", "Beziehung",
               "Erreichbar", "Installateur", "Nachbar", "Nachbarin", "Tochter", "Sohn", "Bekannte/r"],
        "fr": ["Fiche de contact télésurveillance", "Abonné", "Site protégé", "Mot de passe", "Détenteurs de clés",
               "Lien", "Joignable", "Installateur", "Voisin", "Voisine", "Fille", "Fils", "Ami(e)"],
        "it": ["Scheda contatti centrale operativa", "Abbonato", "Immobile", "Parola d'ordine", "Detentori chiavi",
               "Rapporto", "Reperibile", "Installatore", "Vicino", "Vicina", "Figlia", "Figlio", "Amico/a"],
        "en": ["Alarm receiving centre contact sheet", "Subscriber", "Premises", "Password", "Keyholders",
               "Relation", "Available", "Installer", "Neighbour", "Neighbour", "Daughter", "Son", "Friend"],
    })
    rows = [(L[1], f"{s.r() if c.p(0.5) else s.n()}, {fl(c, 'dob')}: {c.dob(s)}"), (L[2], A.one()),
            (fl(c, "tel"), c.ph(s, "land")), (fl(c, "mob"), c.ph(s)), (fl(c, "mail"), c.em(s)), (L[3], code)]
    head = [L[4], L[5], fl(c, "mob"), L[6]]
    trows = []
    for p in kh:
        rel = (L[10] if p.sex == "f" else L[11]) if p.last == s.last else (L[8] if p.sex == "m" else L[9])
        avail = ["24h", "18-07"] + c.L({"de": ["Mo-Fr", "WE"], "fr": ["lun-ven", "WE"], "it": ["lun-ven", "weekend"],
                                        "en": ["Mon-Fri", "wknd"]})
        trows.append([c.pick([p.n(), p.r()]), rel, c.ph(p), c.pick(avail)])
    table = fw_table(head, trows) if c.p(0.5) else md_table(head, trows)
    ask = c.L({
        "de": f"Bitte prüf das Kontaktblatt für {s.n()}: sind alle Schlüsselhalter erreichbar angegeben?",
        "fr": f"Vérifie la fiche de {s.n()} : tous les détenteurs de clés sont-ils joignables ?",
        "it": f"Controlla la scheda di {s.n()}: i detentori delle chiavi sono tutti reperibili?",
        "en": f"Please check {s.n()}'s contact sheet: are all keyholders reachable?",
    })
    return (f"{ask}\n\n{firm} - {L[0]}\n\n{form(c, rows)}\n\n{table}\n\n"
            f"{L[7]}: {inst.n()}, {c.ph(inst)}\n")


def alarm_1(c: Ctx) -> str:
    """Event log of a monitored alarm panel (public IP of the home connection) and the operator's calls."""
    s = c.person(age=(30, 85))
    A = c.ad(s)
    u2 = c.relative(s, age=(14, 70))
    kh, op = c.person(), c.person(age=(22, 55))
    ip = c.ip(0.15)
    ev = c.L({
        "de": ["Scharf extern (Benutzer 1)", "Verbindung Panel", "EINBRUCH Zone 3 Wohnzimmer PIR",
               "Operator ruft Abonnent an", "keine Antwort", "Operator ruft Schlüsselhalter", "Unscharf (Benutzer 2)",
               "Falschalarm bestätigt, Katze im Wohnzimmer"],
        "fr": ["Mise en service totale (utilisateur 1)", "Connexion centrale", "INTRUSION zone 3 séjour IR",
               "Opérateur appelle l'abonné", "pas de réponse", "Opérateur appelle le détenteur de clés",
               "Mise hors service (utilisateur 2)", "Fausse alarme confirmée, chat dans le séjour"],
        "it": ["Inserimento totale (utente 1)", "Connessione centrale", "INTRUSIONE zona 3 soggiorno IR",
               "Operatore chiama l'abbonato", "nessuna risposta", "Operatore chiama detentore chiavi",
               "Disinserimento (utente 2)", "Falso allarme confermato, gatto in soggiorno"],
        "en": ["Full set (user 1)", "Panel connection", "INTRUDER zone 3 lounge PIR", "Operator calls subscriber",
               "no answer", "Operator calls keyholder", "Unset (user 2)", "False alarm confirmed, cat in lounge"],
    })
    d0 = c.day(-10, -1)
    t = c.r.randint(8, 18) * 60
    lines = []

    def ts(dm: int) -> str:
        nonlocal t
        t += dm
        return f"{d0.isoformat()} {t // 60 % 24:02d}:{t % 60:02d}:{c.r.randint(0, 59):02d}"
    lines.append(f"{ts(0)} | {ev[0]} | {s.n()}")
    lines.append(f"{ts(c.r.randint(60, 300))} | {ev[1]} | {ip}")
    lines.append(f"{ts(c.r.randint(30, 200))} | {ev[2]} | -")
    lines.append(f"{ts(1)} | {ev[3]} | {c.ph(s, 'land')} | {ev[4]}")
    lines.append(f"{ts(1)} | {ev[3]} | {c.ph(s)} | {ev[4]}")
    lines.append(f"{ts(2)} | {ev[5]} | {kh.n()} {c.ph(kh)} | OK")
    lines.append(f"{ts(c.r.randint(8, 25))} | {ev[6]} | {c.pick([u2.n(), u2.f()])}")
    lines.append(f"{ts(3)} | {ev[7]} | {op.i()}")
    users = c.L({"de": "Benutzer", "fr": "Utilisateurs", "it": "Utenti", "en": "Users"})
    ask = c.L({
        "de": f"Das ist das Ereignisprotokoll von meiner Alarmanlage ({A.st()}). Kannst du mir erklären, was da "
              f"passiert ist und ob ich die Interventionsgebühr zahlen muss?",
        "fr": f"Voici le journal d'événements de mon alarme ({A.st()}). Tu peux m'expliquer ce qui s'est passé et "
              f"si je dois payer les frais d'intervention ?",
        "it": f"Questo è il registro eventi del mio allarme ({A.st()}). Mi spieghi cosa è successo e se devo pagare "
              f"l'intervento?",
        "en": f"This is the event log from my alarm ({A.st()}). Can you explain what happened and whether I have to "
              f"pay the call-out fee?",
    })
    return (f"{ask}\n\n{users}: 1 = {s.n()}, 2 = {u2.n()}\n\n" + "\n".join(lines)
            + f"\n\n-- {c.L(PORTAL)} "
            f"{c.ip(0.3)} ({c.em(s)})\n")


HELPLINE = {"de": "Störungshotline (24 h)", "fr": "Ligne d’assistance 24h/24", "it": "Numero assistenza 24h",
            "en": "24h helpline"}
PORTAL = {"de": "Login Kundenportal von", "fr": "Connexion portail client depuis", "it": "Accesso portale clienti da",
          "en": "Customer portal login from"}


def alarm_2(c: Ctx) -> str:
    """Monitoring contract as pdftotext output, with payment mandate."""
    s = c.person(age=(28, 80))
    A = c.ad(s)
    rep = c.person(age=(25, 60))
    firm = biz(c, ALARM_FIRMS)
    FA = c.ad()
    co = c.relative(s, age=(28, 80), same_last=0.5) if c.p(0.6) else None
    T = c.L({
        "de": ["Überwachungsvertrag", "zwischen", "und", "Kunde", "Mitvertragspartner/in", "Leistungen",
               "24/7-Aufschaltung auf die Alarmzentrale, 2 Interventionen pro Jahr inklusive", "Monatlich",
               "SEPA-Lastschriftmandat", "Kreditkarte", "Berater/in"],
        "fr": ["Contrat de télésurveillance", "entre", "et", "Client", "Co-titulaire", "Prestations",
               "Raccordement 24/7 au centre de télésurveillance, 2 interventions par an incluses", "Mensualité",
               "Mandat de prélèvement SEPA", "Carte bancaire", "Conseiller"],
        "it": ["Contratto di vigilanza", "tra", "e", "Cliente", "Cointestatario", "Servizi",
               "Collegamento 24/7 alla centrale operativa, 2 interventi l'anno inclusi", "Canone mensile",
               "Mandato SEPA", "Carta di credito", "Consulente"],
        "en": ["Monitoring agreement", "between", "and", "Customer", "Joint customer", "Services",
               "24/7 connection to the monitoring centre, 2 call-outs a year included", "Monthly",
               "Direct debit", "Card", "Sales adviser"],
    })
    pay = f"{T[8]}: {c.iban()}" if c.has_iban() else f"{T[9]}: {c.card()}"
    text = (f"{firm}   {FA.one()}   {c.tel(FA)}\n\n                {T[0].upper()} {num(c, 7)}\n\n"
            f"{T[1]} {firm} {T[2]}\n\n{T[3]}:   {c.pick([s.n(), s.u(), s.r()])}\n"
            f"           {A.st()}\n           {A.tl()}\n"
            f"           {fl(c, 'dob')}: {c.dob(s)}\n           {c.ph(s)}  {c.em(s)}\n")
    if co:
        text += f"{T[4]}: {co.n()}, {c.dob(co)}, {c.ph(co)}\n"
    text += (f"\n{T[5]}: {T[6]}\n{T[7]}: {money(c, 29, 79)}\n\n{pay}\n{fl(c, 'holder')}: {s.n()}\n\n"
             f"{T[10]}: {rep.n()}, {c.ph(rep)}\n"
             f"{c.L(HELPLINE)}: "
             f"{c.hotline()}\n\n{fl(c, 'sign')}: ______________   {A.town}, {c.fd(c.day(-20, 0))}\n")
    return f"{c.ask()}\n\n{text}"


def alarm_3(c: Ctx) -> str:
    """Complaint about a false-alarm call-out fee, with the centre's reply."""
    s = c.person(age=(30, 85))
    A = c.ad(s)
    nb = c.person()
    ag = c.person(age=(22, 60))
    firm = biz(c, ALARM_FIRMS)
    d = dom(c, firm)
    fee = money(c, 90, 240)
    body = c.L({
        "de": f"Sehr geehrte Damen und Herren,\n\nfür den Alarm vom {c.fd(c.day(-20, -5))} an der {A.one()} haben "
              f"Sie mir {fee} berechnet. Meine {c.g(nb, 'Nachbar', 'Nachbarin')} {nb.n()} war mit dem Schlüssel "
              f"nach zehn Minuten da, Ihr Wachmann erst nach einer Stunde. {nb.f()} hat das auch bestätigt "
              f"(erreichbar unter {c.ph(nb)}).\nIch bitte um Gutschrift.\n\n{c.bye()}\n{s.n()}\n{c.ph(s)}",
        "fr": f"Madame, Monsieur,\n\npour l'alarme du {c.fd(c.day(-20, -5))} au {A.one()}, vous m'avez facturé "
              f"{fee}. {c.g(nb, 'Mon voisin', 'Ma voisine')} {nb.n()} est arrivé(e) avec la clé en dix minutes, votre "
              f"agent au bout d'une heure. {nb.f()} peut le confirmer ({c.ph(nb)}).\nJe demande un avoir.\n\n"
              f"{c.bye()}\n{s.n()}\n{c.ph(s)}",
        "it": f"Spettabile {firm},\n\nper l'allarme del {c.fd(c.day(-20, -5))} in {A.one()} mi avete addebitato "
              f"{fee}. {c.g(nb, 'Il mio vicino', 'La mia vicina')} {nb.n()} è arrivato/a con le chiavi in dieci "
              f"minuti, la vostra guardia dopo un'ora. {nb.f()} lo può confermare ({c.ph(nb)}).\nChiedo lo storno."
              f"\n\n{c.bye()}\n{s.n()}\n{c.ph(s)}",
        "en": f"Dear Sir or Madam,\n\nyou've charged me {fee} for the alarm on {c.fd(c.day(-20, -5))} at {A.one()}. "
              f"My neighbour {nb.n()} was there with the key within ten minutes, your guard took an hour. {nb.f()} "
              f"can confirm this ({c.ph(nb)}).\nPlease credit the fee.\n\n{c.bye()}\n{s.n()}\n{c.ph(s)}",
    })
    rep = c.L({
        "de": f"{c.dear(s)}\n\nwir haben den Einsatz geprüft. Laut Protokoll wurde {nb.l()} erst nach 40 Minuten "
              f"erreicht. Wir schreiben Ihnen die Hälfte gut.\n\n{c.bye()}\n{ag.n()}\nKundendienst {firm}",
        "fr": f"{c.dear(s)}\n\nnous avons vérifié l'intervention : d'après le journal, {c.title(nb)} {nb.l()} n'a été "
              f"joint(e) qu'après 40 minutes. Nous vous accordons un avoir de moitié.\n\n{c.bye()}\n{ag.n()}\n"
              f"Service client {firm}",
        "it": f"{c.dear(s)}\n\nabbiamo verificato l'intervento: dal registro, {nb.l()} è stato/a raggiunto/a solo "
              f"dopo 40 minuti. Le accreditiamo la metà.\n\n{c.bye()}\n{ag.n()}\nServizio clienti {firm}",
        "en": f"{c.dear(s)}\n\nwe've reviewed the call-out. Our log shows {nb.l()} was only reached after 40 "
              f"minutes. We'll credit half the fee.\n\n{c.bye()}\n{ag.n()}\nCustomer care, {firm}",
    })
    sent = c.day(-4, 0)
    h1 = c.mail_head(c.who(s), f"service@{d}", c.L({"de": "Reklamation Interventionsgebühr",
                                                    "fr": "Réclamation frais d'intervention",
                                                    "it": "Reclamo costo intervento",
                                                    "en": "Complaint - call-out fee"}), when=sent - timedelta(days=2))
    h2 = c.mail_head(f"{ag.n()} <{c.em(ag, d)}>", c.who(s), "Re: " + c.L({
        "de": "Reklamation", "fr": "Réclamation", "it": "Reclamo", "en": "Complaint"}), when=sent)
    ask = c.L({"de": "Ist die Antwort fair? Hilf mir bei einer Erwiderung.",
               "fr": "La réponse est-elle correcte ? Aide-moi à répondre.",
               "it": "La risposta è corretta? Aiutami a rispondere.",
               "en": "Is this reply fair? Help me write a response."})
    return f"{ask}\n\n{h2}\n\n{rep}\n\n-----\n{h1}\n\n{body}\n"


GENRES["alarm"] = [alarm_0, alarm_1, alarm_2, alarm_3]


# ---------------------------------------------------------------------------------------------------------------
# 4. itsupport - home IT support for private customers

IT_FIRMS = {
    "de": ["PC-Doktor Brandt & Co.", "Computerhilfe Daheim", "Byte-Service Südstadt"],
    "de-AT": ["EDV-Hilfe Donaustadt", "Computerservice Ennstal"],
    "de-CH": ["Computerhilfe Zürioberland GmbH", "PC-Support Aaretal"],
    "fr": ["Dépannage Informatique à Domicile", "InfoSecours Services", "Clic & Répare"],
    "fr-CH": ["Assistance Informatique Léman Sàrl", "PC-Secours Romandie"],
    "fr-BE": ["Info-Dépannage Namur", "PC Service Brabant"],
    "fr-CA": ["Soutien informatique Rive-Sud", "Techno-Aide à domicile"],
    "it": ["Assistenza PC a Domicilio", "InfoPronto srl", "Tecno Casa Supporto"],
    "it-CH": ["Assistenza Informatica Ticino Sagl", "PC-Soccorso Sottoceneri"],
    "en": ["HomeTech Helpers Ltd", "ByteSize Home IT", "Laptop Rescue"],
    "en-US": ["Geek On Call LLC", "Neighborhood Tech Help"],
    "en-IE": ["PC Help Ireland", "Home IT Assist"],
    "en-AU": ["Tech2You Home IT", "Bushfire Computers"],
    "en-NZ": ["Kiwi Home IT", "Tech Whānau"],
    "en-CA": ["Maple Tech Support", "HomeByte IT"],
}


def lan_ip(c: Ctx) -> str:
    return f"192.168.{c.pick([0, 1, 1, 178, 2])}.{c.r.randint(2, 250)}"


def it_0(c: Ctx) -> str:
    """Helpdesk ticket export (JSON) with the remote session's public IP."""
    cu = c.person(age=(45, 92))
    kid = c.relative(cu, age=(20, 60))
    tech = c.person(age=(20, 55))
    firm = biz(c, IT_FIRMS)
    A = c.ad(cu)
    issue = c.L({
        "de": f"Drucker druckt nicht mehr, E-Mails kommen doppelt. {kid.f()} ({c.g(kid, 'Sohn', 'Tochter')}) hat das "
              f"Passwort geändert.",
        "fr": f"L'imprimante n'imprime plus, mails en double. {kid.f()} a changé le mot de passe.",
        "it": f"La stampante non stampa, le e-mail arrivano doppie. {kid.f()} ha cambiato la password.",
        "en": f"Printer stopped working, emails arriving twice. {kid.f()} changed the password last week.",
    })
    t = {
        "ticket": f"T-{num(c, 6)}", "created": f"{c.day(-7, 0).isoformat()}T{c.hm(8, 18)}:00",
        "customer": {"name": cu.n(), "email": c.em(cu), "phone": c.ph(cu, "land"),
                     "street": A.st(), "city": A.town, "zip": A.pc},
        "contact_alt": {"name": kid.n(), "mobile": c.ph(kid), "email": c.em(kid)},
        "issue": issue, "assigned_to": tech.n(),
        "remote_session": {"tool": "RustDesk", "client_ip": c.ip(0.25), "local_ip": lan_ip(c), "duration_min":
                           c.r.randint(12, 75)},
        "status": "open",
    }
    ask = c.L({
        "de": "Fass mir dieses Ticket in zwei Sätzen für die Übergabe an den Kollegen zusammen.",
        "fr": "Résume-moi ce ticket en deux phrases pour le passer à un collègue.",
        "it": "Riassumi questo ticket in due frasi per passarlo al collega.",
        "en": "Summarise this ticket in two sentences for the handover to my colleague.",
    })
    return f"{ask}\n\n```json\n{js(t)}\n```\n\n({firm})\n"


def it_1(c: Ctx) -> str:
    """Remote-support session log with the technicians and customers."""
    firm = biz(c, IT_FIRMS)
    techs = [c.person(age=(20, 55)) for _ in range(2)]
    lines = []
    d0 = c.day(-5, 0)
    h = 8 * 60
    for _ in range(c.r.randint(3, 4)):
        cu = c.person(age=(30, 90))
        t = c.pick(techs)
        h += c.r.randint(20, 80)
        st = f"{d0.isoformat()} {h // 60:02d}:{h % 60:02d}"
        lines.append(f"{st} session_start tech={t.i()} customer=\"{cu.n()}\" peer={c.ip(0.2)} "
                     f"lan={lan_ip(c)}")
        if c.p(0.6):
            cb = c.L({"de": "Rückruf unter", "fr": "rappeler au", "it": "richiamare al", "en": "call back on"})
            lines.append(f"{st} note \"{cb} "
                         f"{c.ph(cu)}\"")
        if c.p(0.5):
            lines.append(f"{st} account_login user={c.em(cu)} result=ok")
        lines.append(f"{st} session_end duration={c.r.randint(5, 60)}m")
    ask = c.L({
        "de": f"Export aus unserem Fernwartungstool ({firm}). Welche Sitzungen hatte welcher Techniker und wie lange?",
        "fr": f"Export de notre outil de télémaintenance ({firm}). Quelles sessions par technicien et combien de "
              f"temps ?",
        "it": f"Export dal nostro strumento di assistenza remota ({firm}). Quali sessioni per tecnico e quanto "
              f"tempo?",
        "en": f"Export from our remote-support tool ({firm}). Which sessions did each tech do and for how long?",
    })
    legend = ", ".join(f"{t.i()} = {t.n()}" for t in techs)
    return f"{ask}\n\n" + "\n".join(lines) + f"\n\n{legend}\n"


def it_2(c: Ctx) -> str:
    """An adult child writes for a parent locked out of their account (date of birth for recovery)."""
    par = c.person(age=(68, 92))
    kid = c.relative(par, age=(30, 60))
    tech = c.person(age=(22, 55))
    firm = biz(c, IT_FIRMS)
    d = dom(c, firm)
    A = c.ad(par)
    old_mail = c.em(par)
    par.mail = None
    new_mail = c.em(par)
    rel = c.L({"de": c.g(par, "mein Vater", "meine Mutter"), "fr": c.g(par, "mon père", "ma mère"),
               "it": c.g(par, "mio padre", "mia madre"), "en": c.g(par, "my dad", "my mum"),
               "en-US": c.g(par, "my dad", "my mom")})
    rel = rel[0].upper() + rel[1:]
    body = c.L({
        "de": f"{c.hi(tech)}\n\n{rel} {par.n()} kommt nicht mehr in das Konto {old_mail}. Beim Wiederherstellen "
              f"wird das Geburtsdatum abgefragt, das ist der {c.dob(par)}. Als neue Adresse wollen wir {new_mail} "
              f"einrichten. Können Sie vorbeikommen? Adresse: {A.one()}, Tel. {c.ph(par, 'land')}. Ich selbst bin "
              f"unter {c.ph(kid)} erreichbar.\n\n{c.bye()}\n{kid.n()}",
        "fr": f"{c.hi(tech)}\n\n{rel} {par.n()} n'arrive plus à accéder au compte {old_mail}. Pour la récupération, "
              f"on lui demande sa date de naissance : le {c.dob(par)}. Nous voudrions créer la nouvelle adresse "
              f"{new_mail}. Pouvez-vous passer ? Adresse : {A.one()}, tél. {c.ph(par, 'land')}. Vous pouvez me "
              f"joindre au {c.ph(kid)}.\n\n{c.bye()}\n{kid.n()}",
        "it": f"{c.hi(tech)}\n\n{rel} {par.n()} non riesce più ad accedere all'account {old_mail}. Per il recupero "
              f"chiede la data di nascita: {c.dob(par)}. Vorremmo creare il nuovo indirizzo {new_mail}. Potete "
              f"passare? Indirizzo: {A.one()}, tel. {c.ph(par, 'land')}. Io sono raggiungibile al {c.ph(kid)}.\n\n"
              f"{c.bye()}\n{kid.n()}",
        "en": f"{c.hi(tech)}\n\n{rel} {par.n()} is locked out of {old_mail}. The recovery form asks for the date of "
              f"birth, which is {c.dob(par)}. We'd like to set up {new_mail} as the new address. Could you pop "
              f"round? Address: {A.one()}, phone {c.ph(par, 'land')}. You can reach me on {c.ph(kid)}.\n\n"
              f"{c.bye()}\n{kid.n()}",
    })
    head = c.mail_head(c.who(kid), f"{tech.n()} <{c.em(tech, d)}>", c.L({
        "de": f"Konto von {par.n()}", "fr": f"Compte de {par.n()}", "it": f"Account di {par.n()}",
        "en": f"{par.n()}'s account"}))
    ask = c.L({"de": "Was braucht der Techniker noch, bevor er hinfährt?",
               "fr": "De quoi le technicien a-t-il encore besoin avant de se déplacer ?",
               "it": "Cosa serve ancora al tecnico prima di andare?",
               "en": "What else does the technician need before going round?"})
    return f"{ask}\n\n{head}\n\n{body}\n"


def it_3(c: Ctx) -> str:
    """Home-visit invoice with the set-up checklist (family accounts, router) and payment."""
    cu = c.person(age=(35, 85))
    sp = c.relative(cu, sex="f" if cu.sex == "m" else "m", age=(35, 85), same_last=0.7)
    ch = c.relative(cu, age=(10, 17))
    tech = c.person(age=(20, 55))
    firm = biz(c, IT_FIRMS)
    FA, A = c.ad(), c.ad(cu)
    L = c.L({
        "de": ["Rechnung", "Hausbesuch", "Arbeitszeit", "Checkliste", "Router eingerichtet, öffentliche IP",
               "Konten", "Kinderschutz eingerichtet für", "Zahlung"],
        "fr": ["Facture", "Intervention à domicile", "Main-d'œuvre", "Check-list", "Box configurée, IP publique",
               "Comptes", "Contrôle parental pour", "Paiement"],
        "it": ["Fattura", "Intervento a domicilio", "Manodopera", "Checklist", "Router configurato, IP pubblico",
               "Account", "Parental control per", "Pagamento"],
        "en": ["Invoice", "Home visit", "Labour", "Checklist", "Router set up, public IP", "Accounts",
               "Parental controls set up for", "Payment"],
    })
    pay = c.iban() if c.has_iban() and c.p(0.6) else c.card()
    text = (f"{firm}\n{FA.one()} · {c.tel(FA)}\n\n{L[0]} {num(c, 5)} – {c.fd(c.day(-3, 0))}\n\n"
            f"{c.pick([cu.n(), cu.r()])}\n{A.block()}\n\n"
            f"{L[1]} {c.fd(c.day(-10, -4))}, {tech.n()}\n"
            f"{L[2]}: {'2.5' if c.lang == 'en' else '2,5'} h   {money(c, 120, 260)}\n\n{L[3]}:\n"
            f"- {L[4]} {c.ip(0.3)}\n- {L[5]}: {c.em(cu)}, {c.em(sp)} ({sp.f()})\n"
            f"- {L[6]} {ch.f()} ({c.dob(ch)})\n\n{L[7]}: {pay}\n")
    return f"{c.ask()}\n\n{text}"


GENRES["itsupport"] = [it_0, it_1, it_2, it_3]


# ---------------------------------------------------------------------------------------------------------------
# 5. evcharging - electric-vehicle charging: charge cards, wallbox installations, reimbursements, app support

EV_FIRMS = {
    "de": ["Stromtankstelle Nord GmbH", "LadeWerk Energie", "VoltPunkt Mobility"],
    "de-AT": ["E-Lade Alpen GmbH", "Stromfix Mobilität"],
    "de-CH": ["Ladenetz Helvetia AG", "E-Mobil Seeland GmbH"],
    "fr": ["Borne & Go", "Recharge Électrique Atlantique", "VoltRoute Services"],
    "fr-CH": ["Recharge Romandie SA", "ÉlectroPlus Léman Sàrl"],
    "fr-BE": ["Borne Wallonie SRL", "Charge Meuse Services"],
    "fr-CA": ["Recharge Boréale inc.", "Circuit Laurentien"],
    "it": ["Ricarica Facile srl", "Colonnine Adriatiche", "VoltItalia Servizi"],
    "it-CH": ["Ricarica Ticino SA", "E-Mobilità Ceresio Sagl"],
    "en": ["ChargePoint North Ltd", "PlugBay Energy", "Greenline Charging"],
    "en-US": ["Voltway Charging LLC", "Sunbelt EV Services"],
    "en-IE": ["ChargeÉire", "Emerald EV Networks"],
    "en-AU": ["Outback Charge Co", "Southern Plug Networks"],
    "en-NZ": ["Kiwi Charge Ltd", "Aotearoa EV Networks"],
    "en-CA": ["Maple EV Networks", "Northern Plug Inc."],
}


def rfid(c: Ctx) -> str:
    return "".join(c.pick("0123456789ABCDEF") for _ in range(14))


def ev_0(c: Ctx) -> str:
    """Charge-card account export (CSV) from the operator's back office."""
    firm = biz(c, EV_FIRMS)
    head = ["customer_id", "name", "email", "phone", "street", "zip", "city", "rfid_uid", "payment", "tariff"]
    rows = []
    for _ in range(c.r.randint(3, 4)):
        p = c.person(age=(22, 80))
        A = c.ad(p)
        if c.has_iban() and c.p(0.7):
            pay = c.iban()
        elif c.p(0.5):
            pay = c.card()
        else:
            pay = f"**** {num(c, 4)}"
        rows.append([f"C{num(c, 6)}", c.pick([p.n(), p.r()]), c.em(p), c.ph(p), A.st(), A.pc, A.town, rfid(c),
                     pay, c.pick(["Basic", "Flex", "Pro", "Fleet"])])
    table = csv_table(head, rows, delim=c.pick([",", ";"]), quote_all=c.p(0.3))
    ask = c.L({
        "de": f"Export der Ladekarten-Kunden von {firm}. Welche Kunden zahlen per Karte und welche per Lastschrift?",
        "fr": f"Export des clients badges de {firm}. Qui paie par carte et qui par prélèvement ?",
        "it": f"Export dei clienti con tessera di ricarica di {firm}. Chi paga con carta e chi con addebito?",
        "en": f"Charge-card customer export from {firm}. Who pays by card and who by direct debit?",
    })
    return f"{ask}\n\n{table}\n"


def ev_1(c: Ctx) -> str:
    """Wallbox installation order with landlord consent and the electrician."""
    cu, ll, el = c.person(age=(25, 75)), c.person(age=(40, 85)), c.person(age=(22, 60))
    A, LA = c.ad(cu), c.ad(ll)
    firm = biz(c, EV_FIRMS)
    L = c.L({
        "de": ["Auftrag Wallbox-Installation", "Auftraggeber/in", "Installationsort", "Tiefgaragenplatz",
               "Eigentümer/in (Zustimmung liegt vor)", "Elektroinstallateur", "Netzbetreiber-Meldung",
               "Leistung", "11 kW"],
        "fr": ["Commande installation borne", "Client", "Lieu d'installation", "Place de parking",
               "Propriétaire (accord donné)", "Électricien", "Déclaration au gestionnaire de réseau", "Puissance",
               "11 kW"],
        "it": ["Ordine installazione wallbox", "Committente", "Luogo di installazione", "Posto auto",
               "Proprietario (consenso dato)", "Elettricista", "Comunicazione al distributore", "Potenza", "11 kW"],
        "en": ["Wallbox installation order", "Customer", "Installation address", "Parking space",
               "Landlord (consent given)", "Electrician", "DNO notification", "Power", "7.4 kW"],
    })
    rows = [(L[1], cu.n()), (fl(c, "mob"), c.ph(cu)), (fl(c, "mail"), c.em(cu)), (L[2], A.one()),
            (L[3], f"P{c.r.randint(1, 60)}"),
            (L[4], f"{c.pick([ll.n(), ll.r()])}, {LA.one()}, {c.ph(ll, 'land')}"),
            (L[5], f"{el.n()} ({c.ph(el)})"), (L[6], f"Ref. {num(c, 8)}"), (L[7], L[8])]
    hl, ct = c.hotline(), c.person()
    note = c.L({
        "de": f"Hinweis von {el.f()} (Netz-Störungsnummer {hl}): Zähler im Keller, Schlüssel beim Hausmeister "
              f"{ct.n()}.",
        "fr": f"Note de {el.f()} (dépannage réseau {hl}) : compteur au sous-sol, clé chez le concierge {ct.n()}.",
        "it": f"Nota di {el.f()} (guasti rete {hl}): contatore in cantina, chiavi dal custode {ct.n()}.",
        "en": f"Note from {el.f()} (network faults {hl}): meter in the basement, key with the caretaker {ct.n()}.",
    })
    return f"{c.ask()}\n\n{firm} – {L[0]}\n\n{form(c, rows)}\n\n{note}\n"


def ev_2(c: Ctx) -> str:
    """Employee's home-charging reimbursement claim with the session CSV."""
    emp, hr = c.person(age=(25, 62)), c.person(age=(25, 62))
    A = c.ad(emp)
    emp_co = c.L({"de": "Müller Logistik GmbH" if c.p(0.1) else "Nordwerk Logistik GmbH",
                  "fr": "Transports Alizé SA", "it": "Logistica Aurora spa", "en": "Harbourline Freight Ltd"})
    d = dom(c, emp_co)
    rows = [[c.day(-40, -10).isoformat(), f"{c.r.randint(8, 45)}.{c.r.randint(0, 9)}", f"WB-{num(c, 5)}"]
            for _ in range(c.r.randint(4, 6))]
    rows.sort()
    table = csv_table(["date", "kWh", "wallbox"], rows)
    idl = (f"{fl(c, 'ahv')} {c.ahv()}" if c.ch else
           c.L({"de": "Personalnr.", "fr": "Matricule", "it": "Matricola", "en": "Staff no."}) + f" {num(c, 5)}")
    pay = f"IBAN {c.iban()}" if c.has_iban() else c.L({"en": "same account as salary",
                                                        "fr": "même compte que le salaire"})
    body = c.L({
        "de": f"{c.hi(hr)}\n\nanbei meine Ladevorgänge zu Hause ({A.one()}) für den Dienstwagen. Bitte mit der "
              f"nächsten Lohnabrechnung erstatten.\n{idl}\n{pay}\n\n{table}\n\n{c.bye()}\n{emp.n()}\n{c.ph(emp)}",
        "fr": f"{c.hi(hr)}\n\nci-joint mes recharges à domicile ({A.one()}) pour le véhicule de service. Merci de "
              f"les rembourser avec le prochain salaire.\n{idl}\n{pay}\n\n{table}\n\n{c.bye()}\n{emp.n()}\n"
              f"{c.ph(emp)}",
        "it": f"{c.hi(hr)}\n\nin allegato le mie ricariche a casa ({A.one()}) per l'auto aziendale. Da rimborsare "
              f"con il prossimo stipendio.\n{idl}\n{pay}\n\n{table}\n\n{c.bye()}\n{emp.n()}\n{c.ph(emp)}",
        "en": f"{c.hi(hr)}\n\nplease find my home charging sessions ({A.one()}) for the company car. Could these go "
              f"through with next month's pay?\n{idl}\n{pay}\n\n{table}\n\n{c.bye()}\n{emp.n()}\n{c.ph(emp)}",
    })
    head = c.mail_head(f"{emp.n()} <{c.em(emp, d)}>", f"{hr.n()} <{c.em(hr, d)}>",
                       c.L({"de": "Erstattung Heimladen", "fr": "Remboursement recharge à domicile",
                            "it": "Rimborso ricarica domestica", "en": "Home charging reimbursement"}))
    ask = c.L({"de": "Rechne mir bitte die Summe der kWh aus und prüf die Angaben.",
               "fr": "Calcule-moi le total des kWh et vérifie les données.",
               "it": "Calcolami il totale dei kWh e controlla i dati.",
               "en": "Please add up the kWh and check the details."})
    return f"{ask}\n\n{head}\n\n{body}\n"


def ev_3(c: Ctx) -> str:
    """Support chat transcript from the charging app, with an app log line."""
    cu, ag = c.person(age=(22, 75)), c.person(age=(20, 50))
    firm = biz(c, EV_FIRMS)
    SA = c.ad()
    card = c.card()
    M = c.L({
        "de": [(ag.f(), f"Hallo, hier ist {ag.f()} vom Support. Wie kann ich helfen?"),
               (cu.n(), f"Die Säule an der {SA.one()} startet nicht, die App will meine Karte nicht"),
               (ag.f(), "Welche E-Mail ist im Konto hinterlegt?"),
               (cu.n(), f"{c.em(cu)}"),
               (ag.f(), "Danke. Die hinterlegte Karte ist abgelaufen."),
               (cu.n(), f"ok neue karte ist {card} ablauf 09/29"),
               (ag.f(), "Bitte geben Sie Kartendaten nie im Chat ein! Ich lösche die Nachricht. Rückruf unter?"),
               (cu.n(), c.ph(cu))],
        "fr": [(ag.f(), f"Bonjour, ici {ag.f()} du support. Comment puis-je vous aider ?"),
               (cu.n(), f"La borne au {SA.one()} ne démarre pas, l'appli refuse ma carte"),
               (ag.f(), "Quelle adresse e-mail est associée au compte ?"),
               (cu.n(), f"{c.em(cu)}"),
               (ag.f(), "Merci. La carte enregistrée est expirée."),
               (cu.n(), f"ok la nouvelle c'est {card} exp 09/29"),
               (ag.f(), "Ne saisissez jamais vos données de carte dans le chat ! Je supprime le message. "
                        "Un numéro pour vous rappeler ?"),
               (cu.n(), c.ph(cu))],
        "it": [(ag.f(), f"Buongiorno, sono {ag.f()} del supporto. Come posso aiutarla?"),
               (cu.n(), f"La colonnina in {SA.one()} non parte, l'app rifiuta la carta"),
               (ag.f(), "Qual è l'e-mail dell'account?"),
               (cu.n(), f"{c.em(cu)}"),
               (ag.f(), "Grazie. La carta registrata è scaduta."),
               (cu.n(), f"ok la nuova è {card} scad 09/29"),
               (ag.f(), "Non scriva mai i dati della carta in chat! Cancello il messaggio. Un numero per "
                        "richiamarla?"),
               (cu.n(), c.ph(cu))],
        "en": [(ag.f(), f"Hi, {ag.f()} from support here. How can I help?"),
               (cu.n(), f"The charger at {SA.one()} won't start, the app keeps rejecting my card"),
               (ag.f(), "Which email is on the account?"),
               (cu.n(), f"{c.em(cu)}"),
               (ag.f(), "Thanks. The card on file has expired."),
               (cu.n(), f"ok new one is {card} exp 09/29"),
               (ag.f(), "Please never type card details into the chat! I'm deleting that message. What's the best "
                        "number to call you back on?"),
               (cu.n(), c.ph(cu))],
    })
    log = (f"[app] {c.day(-2, 0).isoformat()}T{c.r.randint(6, 22):02d}:{c.r.randint(0, 59):02d}:11Z "
           f"session={num(c, 9)} user={c.em(cu)} "
           f"ip={c.ip(0.3)} evse={c.region}*{num(c, 3)}*E{num(c, 5)} status=AUTH_FAILED")
    ask = c.L({"de": f"Chat-Verlauf aus dem {firm}-Support. Bitte fass den Fall fürs Ticket zusammen, ohne "
                     f"Kartennummer.",
               "fr": f"Conversation du support {firm}. Résume le cas pour le ticket, sans le numéro de carte.",
               "it": f"Chat del supporto {firm}. Riassumi il caso per il ticket, senza il numero di carta.",
               "en": f"Chat transcript from {firm} support. Summarise the case for the ticket, without the card "
                     f"number."})
    return f"{ask}\n\n{c.chat(M, style=c.pick([1, 3]))}\n\n{log}\n"


GENRES["evcharging"] = [ev_0, ev_1, ev_2, ev_3]


# ---------------------------------------------------------------------------------------------------------------
# 6. groundscare - snow clearing, gritting and grounds maintenance contractors

GC_FIRMS = {
    "de": ["Winterdienst & Garten Hollerbusch", "Grünpflege Sonnleiten GmbH", "Hausmeisterservice Ostwind"],
    "de-AT": ["Schneeräumung Almblick", "Gartenservice Marchfeld"],
    "de-CH": ["Gartenbau & Winterdienst Tannenhof AG", "Umgebungspflege Reusstal GmbH"],
    "fr": ["Espaces Verts du Val", "Déneigement Alpes Services", "Jardins & Entretien Armor"],
    "fr-CH": ["Paysagisme Lavaux Sàrl", "Déneigement Jura Services"],
    "fr-BE": ["Entretien Jardins Condroz", "Parcs & Allées Services"],
    "fr-CA": ["Déneigement Rive-Nord inc.", "Entretien Paysager Boréal"],
    "it": ["Manutenzione Verde Brianza", "Sgombero Neve Valtellina", "Giardini Sereni snc"],
    "it-CH": ["Giardinaggio Ceresio Sagl", "Sgombero Neve Leventina"],
    "en": ["Greenacre Grounds Maintenance", "Frostline Gritting Services", "Hedgerow Garden Care"],
    "en-US": ["Blue Spruce Snow & Lawn LLC", "Prairie Plow Services"],
    "en-IE": ["Emerald Grounds Care", "Greenway Landscaping"],
    "en-AU": ["Bottlebrush Garden Services", "Coastal Mow & Hedge"],
    "en-NZ": ["Tōtara Grounds Care", "Kōwhai Garden Services"],
    "en-CA": ["True North Snow Removal", "Maple Leaf Landscaping"],
}


def snowy(c: Ctx) -> bool:
    return c.region in ("DE", "AT", "CH", "CA", "US")


def gc_0(c: Ctx) -> str:
    """Route sheet for a night shift (fixed width) with clients, addresses and access notes."""
    drv = [c.person(age=(19, 60)) for _ in range(2)]
    firm = biz(c, GC_FIRMS)
    W = snowy(c)
    notes = c.L({
        "de": ["Tor-Code 4711", "Hund!", "nur Gehweg", "Einfahrt + Treppe", "vor 6:00", "Splitt, kein Salz",
               "Hecke schneiden", "Laub Einfahrt"],
        "fr": ["code portail 4711", "chien !", "trottoir seulement", "allée + escalier", "avant 6h",
               "gravier, pas de sel",
               "tailler la haie", "feuilles allée"],
        "it": ["codice cancello 4711", "cane!", "solo marciapiede", "passo carraio + scale", "prima delle 6",
               "ghiaino, niente sale", "tagliare siepe", "foglie vialetto"],
        "en": ["gate code 4711", "dog!", "footpath only", "drive + steps", "before 6am", "grit, no salt",
               "trim hedge", "leaves on drive"],
    })
    notes = notes[:6] if W else notes[5:] + notes[:2]
    rows = []
    for k in range(c.r.randint(5, 6)):
        p = c.person(age=(25, 95))
        A = c.ad(p)
        rows.append([str(k + 1), c.pick([p.r(), p.u(), p.n(), p.li(), p.i()]), A.st(), A.pc,
                     c.ph(p, c.pick(["mob", "land"])),
                     c.pick(notes)])
    head = c.L({"de": ["Nr", "Kunde", "Adresse", "PLZ", "Telefon", "Hinweis"],
                "fr": ["N°", "Client", "Adresse", "CP", "Téléphone", "Remarque"],
                "it": ["N.", "Cliente", "Indirizzo", "CAP", "Telefono", "Note"],
                "en": ["No", "Client", "Address", "Postcode", "Phone", "Note"], "en-US": ["#", "Client", "Address",
                                                                                        "ZIP", "Phone", "Note"]})
    title = c.L({"de": "Tour", "fr": "Tournée", "it": "Giro", "en": "Round"})
    top = f"{firm} – {title} {c.pick('ABC')} – {c.fd(c.day(-3, 3))}\n" + "\n".join(
        f"{c.L({'de': 'Fahrer', 'fr': 'Chauffeur', 'it': 'Autista', 'en': 'Driver'})} {k + 1}: {p.n()} {c.ph(p)}"
        for k, p in enumerate(drv))
    ask = c.L({"de": "Sortier mir die Tour nach Postleitzahl und schreib die Hinweise aus.",
               "fr": "Trie la tournée par code postal et rédige les remarques en clair.",
               "it": "Ordina il giro per CAP e scrivi le note per esteso.",
               "en": "Sort this round by postcode and write the notes out in full."})
    return f"{ask}\n\n{top}\n\n{fw_table(head, rows)}\n"


def gc_1(c: Ctx) -> str:
    """Seasonal service agreement for a private household."""
    cu, boss = c.person(age=(30, 90)), c.person(age=(30, 65))
    A = c.ad(cu)
    firm = biz(c, GC_FIRMS)
    FA = c.ad()
    W = snowy(c)
    srv = c.L({
        "de": "Schneeräumung und Streuen von Einfahrt und Gehweg, 1.11.–31.3." if W else
              "Rasenmähen 14-täglich, Heckenschnitt 2x jährlich, Laubräumung im Herbst",
        "fr": "Déneigement et salage de l'allée et du trottoir, du 1er novembre au 31 mars" if W else
              "Tonte tous les 15 jours, taille de haie 2 fois par an, ramassage des feuilles",
        "it": "Sgombero neve e salatura di passo carraio e marciapiede, 1/11–31/3" if W else
              "Taglio erba ogni 15 giorni, potatura siepe 2 volte l'anno, raccolta foglie",
        "en": "Snow clearing and gritting of driveway and footpath, 1 Nov - 31 Mar" if W else
              "Fortnightly mowing, hedge trimming twice a year, leaf clearance in autumn",
    })
    T = c.L({
        "de": ["Dienstleistungsvertrag", "Auftraggeber", "Objekt", "Leistung", "Pauschale", "Zahlung",
               "Ansprechpartner Notfall"],
        "fr": ["Contrat d'entretien", "Client", "Propriété", "Prestation", "Forfait", "Paiement",
               "Contact en cas d'urgence"],
        "it": ["Contratto di servizio", "Committente", "Immobile", "Servizio", "Forfait", "Pagamento",
               "Contatto emergenze"],
        "en": ["Service agreement", "Client", "Property", "Service", "Flat fee", "Payment", "Emergency contact"],
    })
    em_p = c.relative(cu, age=(25, 70), same_last=0.5)
    pay = c.iban() if c.has_iban() else c.card()
    rows = [(T[1], f"{c.title(cu)} {cu.n()}"), (T[2], A.one()), (fl(c, "tel"), c.ph(cu, "land")),
            (fl(c, "mail"), c.em(cu)), (T[3], srv), (T[4], money(c, 300, 1400)), (T[5], pay),
            (T[6], f"{em_p.n()}, {c.ph(em_p)}")]
    foot = f"{firm} · {FA.one()} · {boss.n()} · {c.ph(boss)}"
    return f"{c.ask()}\n\n{T[0].upper()}\n\n{form(c, rows)}\n\n{foot}\n"


def gc_2(c: Ctx) -> str:
    """Seasonal helpers' pay list (CSV) with the owner's mail to the accountant."""
    boss, acc = c.person(age=(30, 65)), c.person(age=(30, 65))
    firm = biz(c, GC_FIRMS)
    d = dom(c, firm)
    rows = []
    for _ in range(c.r.randint(4, 5)):
        p = c.person(age=(17, 68))
        idv = c.ahv() if c.ch else c.L({"de": f"{num(c, 2)} {num(c, 6)} {c.pick('ABCDFGHJKLMNPRSTW')} {num(c, 3)}",
                                         "fr": f"{c.pick('12')} {num(c, 2)} {num(c, 2)} {num(c, 2)} {num(c, 3)} "
                                               f"{num(c, 3)}",
                                         "it": f"{num(c, 4)}", "en": f"{num(c, 6)}"})
        last = p
        rows.append([p.lf() if c.p(0.3) else p.n(), c.dob(p, "iso" if c.p(0.5) else None), idv,
                     c.iban() if c.has_iban() else f"acct {num(c, 8)}", c.ph(p),
                     f"{c.r.randint(12, 90)}{',' if c.lang != 'en' else '.'}5"])
    head = c.L({"de": ["Name", "Geburtsdatum", "AHV-Nr." if c.ch else "SV-Nr.", "IBAN", "Handy", "Stunden"],
                "fr": ["Nom", "Naissance", "N° AVS" if c.ch else "N° sécu", "IBAN", "Portable", "Heures"],
                "it": ["Nome", "Nascita", "N. AVS" if c.ch else "Matricola", "IBAN", "Cellulare", "Ore"],
                "en": ["Name", "DOB", "AHV" if c.ch else "Staff no", "Bank", "Mobile", "Hours"]})
    table = csv_table(head, rows, ";" if c.lang != "en" else ",")
    body = c.L({
        "de": f"{c.hi(acc)}\n\nhier die Stunden der Aushilfen für {MONTHS['de'][c.r.randint(0, 2)]}. "
              f"Bitte Lohnabrechnungen erstellen. {last.n()} ist neu dabei.",
        "fr": f"{c.hi(acc)}\n\nvoici les heures des saisonniers pour {MONTHS['fr'][c.r.randint(0, 2)]}. Merci de "
              f"préparer les fiches de paie. {last.n()} est {c.g(last, 'nouveau', 'nouvelle')}.",
        "it": f"{c.hi(acc)}\n\necco le ore degli stagionali di {MONTHS['it'][c.r.randint(0, 2)]}. Per favore "
              f"prepara le buste paga. {last.n()} è {c.g(last, 'nuovo', 'nuova')}.",
        "en": f"{c.hi(acc)}\n\nhere are the casual staff hours for {MONTHS['en'][c.r.randint(0, 2)]}. Could you run "
              f"the payslips? {last.n()} is new.",
    })
    head_m = c.mail_head(f"{boss.n()} <{c.em(boss, d)}>", c.who(acc), c.L({
        "de": "Stunden Aushilfen", "fr": "Heures saisonniers", "it": "Ore stagionali", "en": "Casual hours"}))
    return f"{c.ask()}\n\n{head_m}\n\n{body}\n\n{table}\n\n{c.bye()}\n{boss.f()}\n"


def gc_3(c: Ctx) -> str:
    """Crew chat during a shift (streets with numbers alone, first names, a number as sender)."""
    crew = c.people_n(4, age=(18, 60))
    a, b, d, e = crew
    cl1, cl2 = c.person(age=(40, 95)), c.person(age=(40, 95))
    A1, A2, A3 = c.ad(cl1), c.ad(cl2), c.ad()
    W = snowy(c)
    M = c.L({
        "de": [(a.f(), f"{A1.st()} fertig, {cl1.l()} will morgen früher, vor 6"),
               (b.f(), "Streusalz ist alle, wer fährt zum Lager?" if W else "Häcksler klemmt wieder"),
               (d.n(), "ich, bin in 20 min da"),
               (c.ph(e), f"{A2.st()}: {c.title(cl2)} {cl2.l()} hat angerufen, Einfahrt zugeparkt"),
               (a.f(), f"{e.f()} ruf {c.g(cl2, 'ihn', 'sie')} zurück {c.ph(cl2)}"),
               (b.f(), f"noch {A3.st()} dann Pause"),
               (e.n(), f"erledigt. {a.f()}s Schaufel liegt bei mir")],
        "fr": [(a.f(), f"{A1.st()} terminé, {c.title(cl1)} {cl1.l()} veut plus tôt demain, avant 6h"),
               (b.f(), "Plus de sel, qui va au dépôt ?" if W else "Le broyeur est encore bloqué"),
               (d.n(), "moi, j'y suis dans 20 min"),
               (c.ph(e), f"{A2.st()} : {c.title(cl2)} {cl2.l()} a appelé, l'allée est bloquée par une voiture"),
               (a.f(), f"{e.f()} rappelle-{c.g(cl2, 'le', 'la')} au {c.ph(cl2)}"),
               (b.f(), f"encore {A3.st()} puis pause"),
               (e.n(), f"fait. la pelle de {a.f()} est chez moi")],
        "it": [(a.f(), f"{A1.st()} fatto, {cl1.l()} vuole domani prima delle 6"),
               (b.f(), "Sale finito, chi va al magazzino?" if W else "Il biotrituratore si blocca di nuovo"),
               (d.n(), "vado io, 20 minuti"),
               (c.ph(e), f"{A2.st()}: {c.title(cl2)} {cl2.l()} ha chiamato, passo carraio bloccato da un'auto"),
               (a.f(), f"{e.f()} richiamal{c.g(cl2, 'o', 'a')} al {c.ph(cl2)}"),
               (b.f(), f"ancora {A3.st()} poi pausa"),
               (e.n(), f"fatto. la pala di {a.f()} ce l'ho io")],
        "en": [(a.f(), f"{A1.st()} done, {cl1.l()} wants us earlier tomorrow, before 6"),
               (b.f(), "Out of grit, who's going to the yard?" if W else "Chipper's jammed again"),
               (d.n(), "me, there in 20"),
               (c.ph(e), f"{A2.st()}: {c.title(cl2)} {cl2.l()} rang, someone's parked across the drive"),
               (a.f(), f"{e.f()} call {c.g(cl2, 'him', 'her')} back on {c.ph(cl2)}"),
               (b.f(), f"just {A3.st()} then break"),
               (e.n(), f"sorted. {a.f()}'s shovel is in my van")],
    })
    M = [(s, typo(c, m) if c.p(0.4) else m) for s, m in M]
    ask = c.L({"de": "Aus unserem Team-Chat von heute Nacht: mach mir eine Liste, was erledigt ist und was offen.",
               "fr": "Notre chat d'équipe de cette nuit : fais-moi la liste de ce qui est fait et de ce qui reste.",
               "it": "La chat della squadra di stanotte: fammi un elenco di cosa è fatto e cosa resta.",
               "en": "Our crew chat from last night: list what's done and what's still open."})
    return f"{ask}\n\n{c.chat(M)}\n"


GENRES["groundscare"] = [gc_0, gc_1, gc_2, gc_3]


# ---------------------------------------------------------------------------------------------------------------
# 7. wineclub - wine merchants' clubs, web-shop orders with age checks, deliveries, tastings

WINE_SHOPS = {
    "de": ["Weinhandlung Rebenglück", "Weinkontor am Hafen", "Vinothek Steillage"],
    "de-AT": ["Weinhandel Wachauer Terrassen", "Vinothek Südsteiermark-Blick"],
    "de-CH": ["Weinkellerei Rebhalde AG", "Vinothek Seerücken GmbH"],
    "fr": ["Cave des Coteaux", "La Cave du Vigneron", "Le Cellier Saint-Vincent"],
    "fr-CH": ["Cave du Lavaux Sàrl", "Caveau des Trois Lacs"],
    "fr-BE": ["Cave Sainte-Catherine", "Les Vins du Sablon"],
    "fr-CA": ["Cellier Boréal", "Club Vin Laurentides"],
    "it": ["Enoteca Il Tralcio", "Cantina Le Vigne Alte", "Vineria del Borgo"],
    "it-CH": ["Enoteca Merlot Ticino SA", "Cantina Monte Generoso"],
    "en": ["The Claret Cellar", "Vine & Barrel Merchants", "Corkscrew Wine Club"],
    "en-US": ["Redwood Cellars Club", "Vintner's Row Wine Club"],
    "en-IE": ["The Corkscrew Cellar", "Liffey Vintners"],
    "en-AU": ["Barossa Vine Club", "Southern Cellars"],
    "en-NZ": ["Marlborough Cellar Club", "Central Otago Wine Society"],
    "en-CA": ["Niagara Cellar Club", "Okanagan Vine Society"],
}


def wc_0(c: Ctx) -> str:
    """Club sign-up form with the age check and a gift membership."""
    m, g = c.person(age=(25, 80)), c.person(age=(25, 85))
    A, GA = c.ad(m), c.ad(g)
    shop = biz(c, WINE_SHOPS)
    L = c.L({
        "de": ["Anmeldung Weinclub", "Ich bestätige, mindestens 18 Jahre alt zu sein", "Geschenkmitgliedschaft für",
               "Lieferadresse Geschenk", "Vorlieben", "trocken, Rotwein, kein Barrique", "Zahlungsart"],
        "fr": ["Inscription au club", "Je certifie avoir au moins 18 ans", "Abonnement cadeau pour",
               "Adresse de livraison cadeau", "Préférences", "sec, rouge, pas de barrique", "Mode de paiement"],
        "it": ["Iscrizione al club", "Dichiaro di avere almeno 18 anni", "Abbonamento regalo per",
               "Indirizzo di consegna regalo", "Preferenze", "secco, rosso, niente barrique", "Pagamento"],
        "en": ["Wine club sign-up", "I confirm I am 18 or over", "Gift membership for", "Gift delivery address",
               "Preferences", "dry, red, no heavy oak", "Payment"],
        "en-US": ["Wine club sign-up", "I confirm I am 21 or over", "Gift membership for", "Gift delivery address",
                  "Preferences", "dry, red, no heavy oak", "Payment"],
    })
    pay = c.card() if c.p(0.5) or not c.has_iban() else c.iban()
    rows = [(fl(c, "first"), m.f()), (fl(c, "last"), m.l()), (fl(c, "dob"), c.dob(m)), (fl(c, "street"), A.st()),
            (fl(c, "town"), A.tl()), (fl(c, "mob"), c.ph(m)), (fl(c, "mail"), c.em(m)), (L[1], "[x]"),
            (L[2], g.n()), (L[3], GA.one()), (L[4], L[5]), (L[6], pay)]
    ask = c.L({
        "de": f"Neue Anmeldung für {shop}. Schreib mir bitte eine Willkommensmail an {m.f()} und eine "
              f"Geschenkkarte für {g.f()}.",
        "fr": f"Nouvelle inscription pour {shop}. Écris un mail de bienvenue à {m.f()} et une carte cadeau pour "
              f"{g.f()}.",
        "it": f"Nuova iscrizione per {shop}. Scrivi una mail di benvenuto a {m.f()} e un biglietto regalo per "
              f"{g.f()}.",
        "en": f"New sign-up for {shop}. Please write a welcome email to {m.f()} and a gift card message for "
              f"{g.f()}.",
    })
    return f"{ask}\n\n{L[0]}\n\n{form(c, rows)}\n"


def wc_1(c: Ctx) -> str:
    """Web-shop order webhook (JSON) with browser IP, age verification and a leaked card number."""
    b, r = c.person(age=(25, 80)), c.person(age=(25, 85))
    A, RA = c.ad(b), c.ad(r)
    shop = biz(c, WINE_SHOPS)
    order = {
        "id": int(num(c, 10)), "name": f"#{num(c, 4)}", "created_at": f"{c.day(-5, 0).isoformat()}T14:02:11+01:00",
        "email": c.em(b), "phone": c.ph(b), "browser_ip": c.ip(0.25),
        "customer": {"first_name": b.f(), "last_name": b.l(), "date_of_birth": c.dob(b, "iso")},
        "billing_address": {"name": b.n(), "address1": A.st(), "zip": A.pc, "city": A.town,
                            "country_code": c.region},
        "shipping_address": {"name": r.n(), "address1": RA.st(), "zip": RA.pc, "city": RA.town,
                             "phone": c.ph(r)},
        "note": c.L({"de": f"Geschenk für {r.f()}, bitte ohne Rechnung ins Paket",
                     "fr": f"Cadeau pour {r.f()}, ne pas mettre la facture dans le colis",
                     "it": f"Regalo per {r.f()}, non mettere la fattura nel pacco",
                     "en": f"Gift for {r.f()}, please leave the invoice out"}),
        "line_items": [{"title": c.pick(["Riesling Kabinett 2022", "Chablis 1er Cru 2021", "Barolo 2019",
                                         "Merlot del Ticino 2021", "Pinot Noir 2022", "Grüner Veltliner 2023"]),
                        "quantity": c.r.randint(1, 12)}],
        "payment_debug": f"gateway=adyen pan={plain(c.card()).replace(' ', '').replace('-', '')} "
                         f"exp=0{c.r.randint(1, 9)}/2{c.r.randint(7, 9)}",
    }
    raw = js(order)
    # the leaked PAN inside payment_debug is labelled as well
    pan = order["payment_debug"].split("pan=")[1].split(" ")[0]
    raw = raw.replace(f"pan={pan}", f"pan={mk(CARD, pan)}")
    ask = c.L({
        "de": f"Webhook aus dem Shop von {shop}. Warum steht da eine Kartennummer drin und was muss ich tun?",
        "fr": f"Webhook de la boutique {shop}. Pourquoi y a-t-il un numéro de carte et que dois-je faire ?",
        "it": f"Webhook dello shop {shop}. Perché c'è un numero di carta e cosa devo fare?",
        "en": f"Webhook from our web shop ({shop}). Why is there a card number in it and what should I do?",
    })
    return f"{ask}\n\n{raw}\n"


def wc_2(c: Ctx) -> str:
    """Driver's delivery list with the age check at the door."""
    shop = biz(c, WINE_SHOPS)
    drv = c.person(age=(20, 60))
    rows = []
    for k in range(c.r.randint(5, 7)):
        p = c.person(age=(19, 85))
        A = c.ad(p)
        check = c.dob(p) if c.p(0.7) else c.L({"de": "bekannt", "fr": "connu", "it": "noto", "en": "known"})
        rows.append([f"{k + 1}", c.pick([p.n(), p.r(), p.u(), p.uc()]), A.one(), c.ph(p), check,
                     f"{c.r.randint(1, 4) * 6} Fl." if c.lang == "de" else f"{c.r.randint(1, 4) * 6}"])
    head = c.L({"de": ["#", "Empfänger", "Adresse", "Telefon", "Alterskontrolle (geb.)", "Menge"],
                "fr": ["#", "Destinataire", "Adresse", "Téléphone", "Contrôle d'âge (né le)", "Bout."],
                "it": ["#", "Destinatario", "Indirizzo", "Telefono", "Controllo età (nato il)", "Bott."],
                "en": ["#", "Recipient", "Address", "Phone", "Age check (DOB)", "Btls"]})
    top = c.L({"de": f"Auslieferung {c.fd(c.day(0, 4))} – Fahrer: {drv.n()} ({c.ph(drv)})",
               "fr": f"Livraisons du {c.fd(c.day(0, 4))} – chauffeur : {drv.n()} ({c.ph(drv)})",
               "it": f"Consegne del {c.fd(c.day(0, 4))} – autista: {drv.n()} ({c.ph(drv)})",
               "en": f"Deliveries {c.fd(c.day(0, 4))} – driver: {drv.n()} ({c.ph(drv)})"})
    ask = c.L({"de": "Plan mir eine sinnvolle Reihenfolge für die Tour.",
               "fr": "Propose-moi un ordre logique pour la tournée.",
               "it": "Suggeriscimi un ordine sensato per il giro.",
               "en": "Suggest a sensible order for this delivery run."})
    return f"{ask}\n\n{shop}\n{top}\n\n{fw_table(head, rows) if c.p(0.5) else md_table(head, rows)}\n"


def wc_3(c: Ctx) -> str:
    """Tasting evening: the host's mail with the RSVP table and plus-ones."""
    host = c.person(age=(30, 70))
    shop = biz(c, WINE_SHOPS)
    d = dom(c, shop)
    rows = []
    guests = []
    for _ in range(c.r.randint(4, 5)):
        p = c.person(age=(25, 80))
        guests.append(p)
        plus = c.relative(p, age=(25, 80), same_last=0.5).n() if c.p(0.45) else "–"
        rows.append([c.pick([p.n(), p.r()]), c.em(p) + (f" / {c.ph(p)}" if c.p(0.5) else ""), plus,
                     c.pick(["✓", "✓", "?", "✗"])])
    head = c.L({"de": ["Name", "E-Mail", "Begleitung", "Zusage"], "fr": ["Nom", "E-mail", "Accompagnant", "Réponse"],
                "it": ["Nome", "E-mail", "Accompagnatore", "Conferma"], "en": ["Name", "Email", "Plus-one", "RSVP"]})
    winemaker = c.person(age=(30, 70))
    g0 = guests[0]
    body = c.L({
        "de": f"Liebe Weinfreunde,\n\nam {c.fd(c.day(5, 30))} kommt {winemaker.n()} vom Weingut zu uns. Hier der "
              f"Stand der Anmeldungen:\n\n{md_table(head, rows)}\n\n{g0.f()}, kannst du wieder die Käseplatte "
              f"übernehmen?",
        "fr": f"Chers amis du vin,\n\nle {c.fd(c.day(5, 30))}, {winemaker.n()} viendra présenter son domaine. Voici "
              f"les inscriptions :\n\n{md_table(head, rows)}\n\n{g0.f()}, tu peux t'occuper du plateau de fromages ?",
        "it": f"Cari amici del vino,\n\nil {c.fd(c.day(5, 30))} viene a trovarci {winemaker.n()} della cantina. "
              f"Ecco le adesioni:\n\n{md_table(head, rows)}\n\n{g0.f()}, ti occupi di nuovo del tagliere?",
        "en": f"Dear wine lovers,\n\non {c.fd(c.day(5, 30))} {winemaker.n()} from the vineyard is joining us. "
              f"Here's where the RSVPs stand:\n\n{md_table(head, rows)}\n\n{g0.f()}, could you do the cheese board "
              f"again?",
    })
    hdr = c.mail_head(f"{host.n()} <{c.em(host, d)}>", f"club@{d}", c.L({
        "de": "Weinprobe – Anmeldungen", "fr": "Dégustation – inscriptions", "it": "Degustazione – adesioni",
        "en": "Tasting evening – RSVPs"}))
    ask = c.L({"de": "Wie viele Plätze brauchen wir insgesamt?", "fr": "Combien de places faut-il en tout ?",
               "it": "Quanti posti servono in totale?", "en": "How many seats do we need in total?"})
    return f"{ask}\n\n{hdr}\n\n{body}\n\n{c.bye()}\n{host.f()}\n{c.ph(host)}\n"


GENRES["wineclub"] = [wc_0, wc_1, wc_2, wc_3]


# ---------------------------------------------------------------------------------------------------------------
# 8. escaperoom - escape rooms: group bookings with waivers, game-master logs, booking webhooks, team events

ESCAPE = {
    "de": ["Exit Labor Kellergewölbe", "Raumflucht 60", "Das Rätselhaus"],
    "de-AT": ["Escape Gewölbe Graben", "Fluchtpunkt Escape Rooms"],
    "de-CH": ["Rätselbunker Escape AG", "Exit Lounge Limmat"],
    "fr": ["Évasion Chrono", "La Chambre Noire Escape", "Le Grimoire Escape Game"],
    "fr-CH": ["Escape Léman Sàrl", "Le Coffre Escape Room"],
    "fr-BE": ["Escape Manneken Mystère", "La Crypte Escape"],
    "fr-CA": ["Évasion Mystère inc.", "Le Labyrinthe Escape"],
    "it": ["Fuga dal Laboratorio", "Enigma Escape Room", "La Stanza Segreta"],
    "it-CH": ["Escape Ticino Enigma", "La Cripta Escape Lugano"],
    "en": ["Locked & Loaded Escape Rooms", "The Cipher Vault", "Clockwork Escape"],
    "en-US": ["Breakout Lab Escape Games", "Puzzle Vault LLC"],
    "en-IE": ["The Locked Abbey", "Escape the Gaol"],
    "en-AU": ["Escape Hunt Down Under", "The Outback Vault"],
    "en-NZ": ["Kiwi Escape Rooms", "The Riddle Whare"],
    "en-CA": ["Maple Mystery Rooms", "Escape North"],
}
ROOMS = ["Pharaoh's Tomb", "Alcatraz 1962", "Das Labor", "Le Manoir", "Il Sottomarino", "Zero Gravity", "Da Vinci"]


def er_0(c: Ctx) -> str:
    """Booking confirmation with the liability waiver list (adults and a minor with guardian)."""
    bk = c.person(age=(25, 55))
    venue = biz(c, ESCAPE)
    kids = [c.relative(bk, age=(12, 17))]
    players = [bk] + [c.person(age=(18, 60)) for _ in range(c.r.randint(3, 4))] + kids
    head = c.L({"de": ["Spieler/in", "Geburtsdatum", "Unterschrift", "Erziehungsberechtigte/r"],
                "fr": ["Joueur", "Date de naissance", "Signature", "Représentant légal"],
                "it": ["Giocatore", "Data di nascita", "Firma", "Genitore/tutore"],
                "en": ["Player", "Date of birth", "Signed", "Parent/guardian"]})
    rows = []
    for p in players:
        minor = p in kids
        rows.append([c.pick([p.n(), p.r()]), c.dob(p), "✓" if not minor else "–", bk.n() if minor else ""])
    ro = c.pick(ROOMS)
    txt = c.L({
        "de": f"Buchungsbestätigung {venue}\nRaum: {ro} · {c.fd(c.day(1, 20))} {c.hm(14, 21)} · "
              f"{len(players)} Personen\nGebucht von: {bk.n()}, {c.ph(bk)}, {c.em(bk)}\n\n"
              f"Haftungsausschluss – Teilnehmerliste:",
        "fr": f"Confirmation de réservation {venue}\nSalle : {ro} · {c.fd(c.day(1, 20))} {c.hm(14, 21)} · "
              f"{len(players)} personnes\nRéservé par : {bk.n()}, {c.ph(bk)}, {c.em(bk)}\n\n"
              f"Décharge de responsabilité – liste des joueurs :",
        "it": f"Conferma prenotazione {venue}\nStanza: {ro} · {c.fd(c.day(1, 20))} {c.hm(14, 21)} · "
              f"{len(players)} persone\nPrenotato da: {bk.n()}, {c.ph(bk)}, {c.em(bk)}\n\n"
              f"Liberatoria – elenco giocatori:",
        "en": f"Booking confirmation {venue}\nRoom: {ro} · {c.fd(c.day(1, 20))} {c.hm(14, 21)} · "
              f"{len(players)} players\nBooked by: {bk.n()}, {c.ph(bk)}, {c.em(bk)}\n\nWaiver – player list:",
    })
    ask = c.L({"de": "Ist die Liste so ok, wenn ein Minderjähriger dabei ist?",
               "fr": "La liste est-elle correcte avec un mineur dans le groupe ?",
               "it": "La lista va bene se c'è un minorenne nel gruppo?",
               "en": "Is this list OK given there's a minor in the group?"})
    return f"{ask}\n\n{txt}\n\n{md_table(head, rows)}\n"


def er_1(c: Ctx) -> str:
    """Game-master's daily log with bookings (CSV) and notes."""
    venue = biz(c, ESCAPE)
    gms = [c.person(age=(19, 40)) for _ in range(2)]
    rows = []
    for k in range(c.r.randint(4, 5)):
        p = c.person(age=(18, 65))
        team = c.L({"de": f"Team {p.l()}", "fr": f"Équipe {p.l()}", "it": f"Squadra {p.l()}",
                    "en": f"Team {p.l()}"}) if c.p(0.25) else c.pick(["Die Knobler", "Les Cerveaux", "I Geni",
                                                                     "Brainstormers", "Puzzlers"])
        rows.append([f"{10 + k * 2}:00", c.pick(ROOMS), p.n(), c.ph(p), c.em(p), team, str(c.r.randint(2, 6)),
                     c.pick(["52:10", "60:00", "47:33", "58:41", "-"])])
    head = ["slot", "room", "booker", "phone", "email", "team", "players", "time"]
    table = csv_table(head, rows, c.pick([",", ";", "\t"]))
    g = gms[0]
    note = c.L({
        "de": f"Notiz {g.f()}: Gruppe um {rows[1][2]} hat das Schloss im Labor beschädigt, bitte Rechnung. "
              f"{gms[1].n()} macht morgen Frühschicht.",
        "fr": f"Note de {g.f()} : le groupe de {rows[1][2]} a abîmé le cadenas du labo, facturer svp. "
              f"{gms[1].n()} fait l'ouverture demain.",
        "it": f"Nota di {g.f()}: il gruppo di {rows[1][2]} ha rotto il lucchetto del laboratorio, fatturare. "
              f"{gms[1].n()} apre domani.",
        "en": f"Note from {g.f()}: {rows[1][2]}'s group broke the lab padlock, please invoice. {gms[1].n()} is "
              f"opening tomorrow.",
    })
    return f"{c.ask()}\n\n{venue} – {c.fd(c.day(-3, 0))}\n\n{table}\n\n{note}\n"


def er_2(c: Ctx) -> str:
    """Booking-system webhook (JSON) with customer IP and a gift voucher buyer."""
    b, g = c.person(age=(20, 60)), c.person(age=(18, 60))
    venue = biz(c, ESCAPE)
    A = c.ad(b)
    p = {
        "event": "booking.created", "booking_id": f"BK-{num(c, 7)}", "room": c.pick(ROOMS),
        "start": f"{c.day(2, 30).isoformat()}T{c.r.randint(12, 21)}:00:00",
        "customer": {"name": b.n(), "email": c.em(b), "phone": c.ph(b), "address": A.one()},
        "players": c.r.randint(2, 6),
        "voucher": {"code": f"GIFT-{num(c, 6)}", "purchased_by": g.n(), "purchaser_email": c.em(g)},
        "payment": {"method": "card", "card_number": c.card(), "holder": b.up()},
        "meta": {"ip": c.ip(0.3), "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"},
    }
    ask = c.L({"de": f"Das kommt vom Buchungssystem von {venue}. Ist es ok, dass die volle Kartennummer im Webhook "
                     f"steht?",
               "fr": f"Ça vient du système de réservation de {venue}. Est-ce normal que le numéro de carte complet "
                     f"soit dans le webhook ?",
               "it": f"Arriva dal sistema di prenotazione di {venue}. È normale che ci sia il numero completo della "
                     f"carta?",
               "en": f"This comes from {venue}'s booking system. Is it OK that the full card number is in the "
                     f"webhook?"})
    return f"{ask}\n\n{js(p)}\n"


def er_3(c: Ctx) -> str:
    """Team-building enquiry from an HR person with the participant list, and the venue's reply."""
    hr, mgr, gm = c.person(age=(25, 60)), c.person(age=(25, 60)), c.person(age=(19, 40))
    venue = biz(c, ESCAPE)
    d = dom(c, venue)
    co = c.L({"de": "Kanzlei Adler & Partner" if c.p(0.1) else "Nordlicht Software GmbH",
              "fr": "Cabinet Lumière Conseil", "it": "Studio Associato Orizzonte", "en": "Brightwater Analytics"})
    cd = dom(c, co)
    parts = [c.person(age=(22, 62)) for _ in range(c.r.randint(4, 6))]
    veg = c.L({"de": "vegetarisch", "fr": "végétarien", "it": "vegetariano", "en": "vegetarian"})
    lst = "\n".join(f"- {c.pick([p.n(), p.r()])}" + (f", {c.em(p, cd)}" if c.p(0.5) else "")
                    + (f" ({veg})" if c.p(0.2) else "")
                    for p in parts)
    body = c.L({
        "de": f"Guten Tag,\n\nwir möchten am {c.fd(c.day(10, 40))} mit {len(parts)} Personen ein Teamevent "
              f"machen. Teilnehmende:\n{lst}\n\n{parts[2].f()} sitzt im Rollstuhl – sind die Räume barrierefrei?\n"
              f"Rechnung bitte an {co}, z. Hd. {hr.n()}.\n\n{c.bye()}\n{hr.n()}\n{c.ph(hr, 'land')}",
        "fr": f"Bonjour,\n\nnous souhaitons organiser un team building le {c.fd(c.day(10, 40))} pour {len(parts)} "
              f"personnes. Participants :\n{lst}\n\n{parts[2].f()} est en fauteuil roulant : vos salles sont-elles "
              f"accessibles ?\nFacture à {co}, à l'attention de {hr.n()}.\n\n{c.bye()}\n{hr.n()}\n"
              f"{c.ph(hr, 'land')}",
        "it": f"Buongiorno,\n\nvorremmo organizzare un team building il {c.fd(c.day(10, 40))} per {len(parts)} "
              f"persone. Partecipanti:\n{lst}\n\n{parts[2].f()} è in sedia a rotelle: le stanze sono accessibili?\n"
              f"Fattura a {co}, alla c.a. di {hr.n()}.\n\n{c.bye()}\n{hr.n()}\n{c.ph(hr, 'land')}",
        "en": f"Hello,\n\nwe'd like to book a team event on {c.fd(c.day(10, 40))} for {len(parts)} people. "
              f"Participants:\n{lst}\n\n{parts[2].f()} uses a wheelchair – are your rooms accessible?\nPlease "
              f"invoice {co}, FAO {hr.n()}.\n\n{c.bye()}\n{hr.n()}\n{c.ph(hr, 'land')}",
    })
    rep = c.L({
        "de": f"{c.dear(hr)}\n\ngern! Der Raum „Da Vinci“ ist ebenerdig. {gm.n()} aus unserem Team betreut "
              f"{c.g(parts[2], 'Herrn', 'Frau')} {parts[2].l()} persönlich.",
        "fr": f"{c.dear(hr)}\n\navec plaisir ! La salle « Da Vinci » est de plain-pied. {gm.n()} accompagnera "
              f"personnellement {c.title(parts[2])} {parts[2].l()}.",
        "it": f"{c.dear(hr)}\n\ncon piacere! La stanza «Da Vinci» è al piano terra. {gm.n()} del nostro staff "
              f"seguirà personalmente {c.g(parts[2], 'il sig.', 'la sig.ra')} {parts[2].l()}.",
        "en": f"{c.dear(hr)}\n\nwe'd love to have you! The Da Vinci room is step-free. {gm.n()} from our team will "
              f"look after {c.title(parts[2])} {parts[2].l()} personally.",
    })
    h1 = c.mail_head(f"{mgr.n()} <{c.em(mgr, d)}>", f"{hr.n()} <{c.em(hr, cd)}>",
                     "Re: " + c.L({"de": "Teamevent", "fr": "Team building", "it": "Team building",
                                                                             "en": "Team event"}))
    return f"{c.ask()}\n\n{h1}\n\n{rep}\n\n{c.bye()}\n{mgr.n()}\n{venue}\n\n> {body.replace(chr(10), chr(10) + '> ')}\n"


GENRES["escaperoom"] = [er_0, er_1, er_2, er_3]


# ---------------------------------------------------------------------------------------------------------------
# 9. gigbooking - bands and DJs booked for private events: contracts, fee splits, band chats, agency rosters

BANDS = ["The Velvet Hours", "Blechreiz", "Les Gais Lurons", "Swing Machine", "I Soliti Ignoti", "Brass Attack",
         "Nachtschicht", "Les Vieilles Canailles", "Banda Larga", "The Late Trains", "Moonlight Serenaders",
         "Tanzbar Quintett", "Jazzomat", "Orchestrina Milonga"]
VENUES = {"de": ["Gutshof Ebersberg", "Landgasthof zur Post", "Schloss Hohenfels Festsaal"],
          "fr": ["Domaine des Tilleuls", "Château de Bellerive", "Salle des fêtes Les Acacias"],
          "it": ["Villa Le Magnolie", "Agriturismo Il Poggio", "Tenuta San Michele"],
          "en": ["The Old Barn at Ashcombe", "Kingsfold Manor", "Riverside Pavilion"]}


def gb_0(c: Ctx) -> str:
    """Booking contract for a wedding band (client couple, band leader, venue, deposit)."""
    a = c.person(age=(24, 45))
    b = c.person(sex="f" if a.sex == "m" else "m", age=(24, 45))
    lead = c.person(age=(25, 60))
    band = c.pick(BANDS)
    A, LA, VA = c.ad(a), c.ad(lead), c.ad()
    venue = c.pick(VENUES[c.lang])
    wit = c.person(age=(24, 45))
    dep = c.iban() if c.has_iban() else c.L({"en": "by bank transfer (details on invoice)",
                                             "fr": "par virement (coordonnées sur la facture)"})
    T = c.L({
        "de": ["Gagenvertrag", "Veranstalter", "Künstler", "vertreten durch", "Veranstaltung", "Hochzeitsfeier",
               "Ort", "Spielzeit", "Gage", "Anzahlung 30 % bis 14 Tage vorher auf", "Ansprechpartner am Abend",
               "Trauzeuge" if wit.sex == "m" else "Trauzeugin"],
        "fr": ["Contrat d'engagement", "Organisateur", "Artiste", "représenté par", "Événement", "Mariage",
               "Lieu", "Horaires", "Cachet", "Acompte de 30 % à verser 14 jours avant sur", "Contact le jour J",
               "Témoin"],
        "it": ["Contratto di ingaggio", "Committente", "Artista", "rappresentato da", "Evento", "Matrimonio",
               "Luogo", "Orario", "Compenso", "Acconto del 30% entro 14 giorni prima su", "Referente la sera",
               "Testimone"],
        "en": ["Performance agreement", "Client", "Artist", "represented by", "Event", "Wedding reception",
               "Venue", "Set times", "Fee", "30% deposit due 14 days before to", "Contact on the night",
               "Best man" if wit.sex == "m" else "Maid of honour"],
    })
    rows = [(T[1], f"{a.n()} & {b.n()}"), (fl(c, "addr"), A.one()), (fl(c, "mob"), f"{c.ph(a)} / {c.ph(b)}"),
            (fl(c, "mail"), c.em(a)), (T[2], f"{band}, {T[3]} {lead.n()}"), (fl(c, "addr"), LA.one()),
            (fl(c, "tel"), c.ph(lead)), (T[4], f"{T[5]}, {c.fd(c.day(30, 200))}"), (T[6], f"{venue}, {VA.one()}"),
            (T[7], "20:00–01:00"), (T[8], money(c, 1800, 4800)), (T[9], dep),
            (T[10], f"{T[11]} {wit.n()}, {c.ph(wit)}")]
    return f"{c.ask()}\n\n{T[0].upper()}\n\n{form(c, rows, True)}\n"


def gb_1(c: Ctx) -> str:
    """Fee split after a gig: members' table (with AHV numbers in Switzerland) and the leader's mail."""
    lead = c.person(age=(25, 60))
    band = c.pick(BANDS)
    members = [lead] + [c.person(age=(19, 65)) for _ in range(c.r.randint(3, 4))]
    inst = c.L({"de": ["Gesang", "Gitarre", "Bass", "Schlagzeug", "Keys", "Trompete"],
                "fr": ["chant", "guitare", "basse", "batterie", "claviers", "trompette"],
                "it": ["voce", "chitarra", "basso", "batteria", "tastiere", "tromba"],
                "en": ["vocals", "guitar", "bass", "drums", "keys", "trumpet"]})
    head = [c.L({"de": "Name", "fr": "Nom", "it": "Nome", "en": "Name"}),
            c.L({"de": "Instrument", "fr": "Instrument", "it": "Strumento", "en": "Instrument"}),
            c.L({"de": "Anteil", "fr": "Part", "it": "Quota", "en": "Share"})]
    head += ([fl(c, "ahv")] if c.ch else []) + [c.L({"de": "Konto", "fr": "Compte", "it": "Conto", "en": "Account"})]
    rows = []
    for k, m in enumerate(members):
        row = [c.pick([m.n(), m.r()]), inst[k % len(inst)], money(c, 250, 600)]
        if c.ch:
            row.append(c.ahv())
        row.append(c.iban() if c.has_iban() else m.n())
        rows.append(row)
    cl = c.person(age=(30, 70))
    body = c.L({
        "de": f"Hallo zusammen,\n\ndie Gage von {cl.n()} ist eingegangen. Hier die Aufteilung:\n\n"
              f"{md_table(head, rows)}\n\n{members[2].f()}, deine Kontonummer hat sich geändert? Gib mir Bescheid.",
        "fr": f"Salut tout le monde,\n\nle cachet de {cl.n()} est arrivé. Voici la répartition :\n\n"
              f"{md_table(head, rows)}\n\n{members[2].f()}, tu as changé de compte ? Dis-moi.",
        "it": f"Ciao a tutti,\n\nè arrivato il compenso di {cl.n()}. Ecco la divisione:\n\n{md_table(head, rows)}"
              f"\n\n{members[2].f()}, hai cambiato conto? Fammi sapere.",
        "en": f"Hi all,\n\n{cl.n()}'s payment has come through. Here's the split:\n\n{md_table(head, rows)}\n\n"
              f"{members[2].f()}, has your account changed? Let me know.",
    })
    ask = c.L({"de": f"Das ist meine Mail an die Band ({band}). Stimmen die Anteile, wenn die Gage "
                     f"{money(c, 1500, 3000)} war?",
               "fr": f"Mon mail au groupe ({band}). Les parts sont-elles justes si le cachet était de "
                     f"{money(c, 1500, 3000)} ?",
               "it": f"La mia mail alla band ({band}). Le quote tornano se il compenso era {money(c, 1500, 3000)}?",
               "en": f"My email to the band ({band}). Do the shares add up if the fee was {money(c, 1500, 3000)}?"})
    return f"{ask}\n\n{body}\n\n{lead.f()}\n{c.ph(lead)}\n"


def gb_2(c: Ctx) -> str:
    """Band chat before a private party (first names, client's number, venue street, loading)."""
    m = c.people_n(4, age=(19, 60))
    cl, snd = c.person(age=(30, 70)), c.person(age=(20, 55))
    VA = c.ad()
    M = c.L({
        "de": [(m[0].f(), f"Samstag Geburtstag bei {cl.n()}, Aufbau 17 Uhr, {VA.st()} Hintereingang"),
               (m[1].f(), "wer bringt die PA?"),
               (m[2].n(), f"{snd.f()} macht Ton, {c.g(snd, 'er', 'sie')} hat die Anlage. Nummer: {c.ph(snd)}"),
               (m[0].f(), f"Kundin/Kunde erreichbar unter {c.ph(cl)}, bitte nicht vor 16 Uhr anrufen"),
               (m[3].f(), f"ich nehm {m[1].f()} mit, {c.g(m[1], 'sein', 'ihr')} Auto ist in der Werkstatt"),
               (m[1].f(), "danke!! 🙏")],
        "fr": [(m[0].f(), f"Samedi anniversaire chez {cl.n()}, installation 17h, {VA.st()} entrée arrière"),
               (m[1].f(), "qui amène la sono ?"),
               (m[2].n(), f"{snd.f()} fait le son, {c.g(snd, 'il', 'elle')} a le matos. Numéro : {c.ph(snd)}"),
               (m[0].f(), f"le client est joignable au {c.ph(cl)}, pas avant 16h svp"),
               (m[3].f(), f"je prends {m[1].f()}, sa voiture est au garage"),
               (m[1].f(), "merci !! 🙏")],
        "it": [(m[0].f(), f"Sabato compleanno da {cl.n()}, montaggio alle 17, {VA.st()} ingresso sul retro"),
               (m[1].f(), "chi porta l'impianto?"),
               (m[2].n(), f"{snd.f()} fa {c.g(snd, 'il fonico', 'la fonica')}, ha l'impianto. Numero: {c.ph(snd)}"),
               (m[0].f(), f"il cliente risponde al {c.ph(cl)}, non prima delle 16"),
               (m[3].f(), f"passo a prendere {m[1].f()}, ha la macchina dal meccanico"),
               (m[1].f(), "grazie!! 🙏")],
        "en": [(m[0].f(), f"Saturday is the birthday at {cl.n()}'s, load-in 5pm, {VA.st()} back entrance"),
               (m[1].f(), "who's bringing the PA?"),
               (m[2].n(), f"{snd.f()}'s doing sound, {c.g(snd, 'he', 'she')} has the rig. Number: {c.ph(snd)}"),
               (m[0].f(), f"client's on {c.ph(cl)}, not before 4pm please"),
               (m[3].f(), f"I'll pick up {m[1].f()}, {c.g(m[1], 'his', 'her')} car's in the garage"),
               (m[1].f(), "thanks!! 🙏")],
    })
    if c.lang == "de":
        M[3] = (M[3][0], M[3][1].replace("Kundin/Kunde", c.g(cl, "Kunde", "Kundin")))
    M = [(s, typo(c, t) if c.p(0.4) else t) for s, t in M]
    ask = c.L({"de": "Mach mir aus dem Chat einen Ablaufplan für Samstag.",
               "fr": "Fais-moi un planning pour samedi à partir de ce chat.",
               "it": "Fammi una scaletta per sabato da questa chat.",
               "en": "Turn this chat into a run sheet for Saturday."})
    return f"{ask}\n\n{c.chat(M)}\n"


def gb_3(c: Ctx) -> str:
    """Booking agency's artist roster export (CSV) for private events."""
    ag = c.person(age=(28, 60))
    rows = []
    for _ in range(c.r.randint(5, 6)):
        p = c.person(age=(20, 65))
        act = f"DJ {p.f()}" if c.p(0.35) else c.pick(BANDS)
        A = c.ad(p)
        rows.append([act, p.n() if not act.startswith("DJ") else p.r(), c.ph(p), c.em(p), A.town,
                     money(c, 600, 3500), c.dob(p, "iso") if c.p(0.4) else ""])
    head = ["act", "contact", "phone", "email", "city", "fee_from", "contact_dob"]
    table = csv_table(head, rows, c.pick([",", ";"]))
    ask = c.L({
        "de": f"Roster unserer Agentur (Stand {c.fd(c.day(-10, 0))}, {ag.n()}). Welche Acts passen für eine "
              f"Hochzeit mit kleinem Budget?",
        "fr": f"Liste des artistes de l'agence (au {c.fd(c.day(-10, 0))}, {ag.n()}). Lesquels conviennent à un "
              f"mariage à petit budget ?",
        "it": f"Roster dell'agenzia (al {c.fd(c.day(-10, 0))}, {ag.n()}). Quali artisti vanno bene per un "
              f"matrimonio con budget ridotto?",
        "en": f"Our agency roster (as of {c.fd(c.day(-10, 0))}, {ag.n()}). Which acts suit a wedding on a small "
              f"budget?",
    })
    return f"{ask}\n\n{table}\n"


GENRES["gigbooking"] = [gb_0, gb_1, gb_2, gb_3]


# ---------------------------------------------------------------------------------------------------------------
# 10. mobilityaids - medical supply stores: wheelchair / care-bed rentals, deliveries, cost approvals, stairlifts

MED_SHOPS = {
    "de": ["Sanitätshaus Lindenhof", "Reha-Technik Mittelweser GmbH", "Sanitätshaus am Dom"],
    "de-AT": ["Bandagist & Reha Alpenland", "Sanitätshaus Donaueck"],
    "de-CH": ["Rehavita Hilfsmittel AG", "Sanitätshaus Aarepark GmbH"],
    "fr": ["Médical Confort Services", "Orthopédie du Parc", "Santé Domicile Équipement"],
    "fr-CH": ["Moyens Auxiliaires Léman SA", "Orthoconfort Romandie Sàrl"],
    "fr-BE": ["Bandagisterie des Ardennes", "Médi-Matériel Brabant"],
    "fr-CA": ["Équipements Santé Laurentides", "Aides à la mobilité Rive-Sud"],
    "it": ["Ortopedia Sanitaria Il Faro", "Sanitaria Mobilità Serena", "Ausili Casa Salute srl"],
    "it-CH": ["Ausili Sanitari Ticino SA", "Ortopedia Ceresio Sagl"],
    "en": ["Mobility Matters Ltd", "CareQuip Home Health", "Brightside Mobility"],
    "en-US": ["HomeCare Medical Supply LLC", "Evergreen DME"],
    "en-IE": ["Mobility Care Ireland", "Emerald Home Health"],
    "en-AU": ["Active Mobility Australia", "Wattle Care Equipment"],
    "en-NZ": ["Kowhai Mobility", "Southern Care Equipment"],
    "en-CA": ["Maple Home Health Supply", "Northern Mobility Aids"],
}


def insno(c: Ctx, p: Person) -> str:
    """Health-insurance member number (unlabelled; in Switzerland the AHV number is used and labelled)."""
    if c.ch:
        return c.ahv()
    return c.L({"de": f"{c.pick('ABCDEFGHKLMNRSTWZ')}{num(c, 9)}", "fr": f"{num(c, 13)} {num(c, 2)}",
                "fr-BE": f"{num(c, 11)}", "it": f"{num(c, 20)}", "en": f"{num(c, 3)} {num(c, 3)} {num(c, 4)}",
                "en-US": f"{c.pick('WXYZ')}{num(c, 9)}", "en-IE": f"{num(c, 7)}{c.pick('ABCDEFW')}"})


def ma_0(c: Ctx) -> str:
    """Rental agreement for a care bed / wheelchair: patient, relative, prescriber, insurance."""
    pt = c.person(age=(60, 98))
    rel = c.relative(pt, age=(30, 70))
    doc = c.person(age=(30, 65))
    shop = biz(c, MED_SHOPS)
    A = c.ad(pt)
    item = c.L({"de": "Pflegebett elektrisch mit Aufrichter", "fr": "Lit médicalisé électrique avec potence",
                "it": "Letto ortopedico elettrico con alzamalati", "en": "Electric profiling bed with grab handle"})
    T = c.L({
        "de": ["Mietvertrag Hilfsmittel", "Patient/in", "Versichertennr." if not c.ch else "AHV-Nr.", "Artikel",
               "Lieferadresse", "Angehörige/r", c.g(doc, "Verordnender Arzt", "Verordnende Ärztin"), "Mietbeginn"],
        "fr": ["Contrat de location", "Patient(e)", "N° d'assuré" if not c.ch else "N° AVS", "Article",
               "Adresse de livraison", "Proche", "Médecin prescripteur", "Début de location"],
        "it": ["Contratto di noleggio", "Paziente", "N. tessera sanitaria" if not c.ch else "N. AVS", "Articolo",
               "Indirizzo di consegna", "Familiare", "Medico prescrittore", "Inizio noleggio"],
        "en": ["Equipment hire agreement", "Patient", "Insurance no." if not c.ch else "AHV no.", "Item",
               "Delivery address", "Next of kin", "Prescriber", "Hire start"],
    })
    rows = [(T[1], f"{c.pick([pt.n(), pt.r()])}, {c.dob(pt)}"), (T[2], insno(c, pt)), (T[3], item),
            (T[4], A.one()), (fl(c, "tel"), c.ph(pt, "land")),
            (T[5], f"{rel.n()}, {c.ph(rel)}, {c.em(rel)}"), (T[6], f"Dr. {doc.n()}"),
            (T[7], c.fd(c.day(0, 10)))]
    ask = c.L({"de": f"Bitte prüf den Mietvertrag von {shop} – fehlt etwas für die Abrechnung mit der Kasse?",
               "fr": f"Vérifie le contrat de {shop} : manque-t-il quelque chose pour la facturation à la caisse ?",
               "it": f"Controlla il contratto di {shop}: manca qualcosa per il rimborso?",
               "en": f"Please check this hire agreement from {shop} – anything missing for the insurance claim?"})
    return f"{ask}\n\n{T[0]}\n\n{form(c, rows)}\n"


def ma_1(c: Ctx) -> str:
    """Delivery and collection run sheet (fixed width) with contacts on site."""
    shop = biz(c, MED_SHOPS)
    drv = c.person(age=(20, 60))
    items = c.L({"de": ["Rollstuhl", "Rollator", "Pflegebett", "Toilettenstuhl", "Badewannenlift"],
                 "fr": ["fauteuil roulant", "déambulateur", "lit médicalisé", "chaise percée", "élévateur de bain"],
                 "it": ["carrozzina", "deambulatore", "letto ortopedico", "comoda", "sollevatore vasca"],
                 "en": ["wheelchair", "rollator", "care bed", "commode", "bath lift"]})
    kind = c.L({"de": ["Lieferung", "Abholung"], "fr": ["Livraison", "Reprise"], "it": ["Consegna", "Ritiro"],
                "en": ["Delivery", "Collection"]})
    rows = []
    for _ in range(c.r.randint(4, 5)):
        p = c.person(age=(55, 99))
        A = c.ad(p)
        contact = c.relative(p, age=(30, 70), same_last=0.6) if c.p(0.5) else None
        who = c.pick([p.n(), p.r(), p.u()]) + (f" ({c.dob(p)})" if c.p(0.5) else "")
        rows.append([c.hm(8, 17), c.pick(kind), who, A.one(), c.pick(items),
                     f"{contact.f()} {c.ph(contact)}" if contact else c.ph(p, "land")])
    head = c.L({"de": ["Zeit", "Art", "Patient/in", "Adresse", "Artikel", "Kontakt"],
                "fr": ["Heure", "Type", "Patient", "Adresse", "Article", "Contact"],
                "it": ["Ora", "Tipo", "Paziente", "Indirizzo", "Articolo", "Contatto"],
                "en": ["Time", "Type", "Patient", "Address", "Item", "Contact"]})
    rows.sort(key=lambda r: r[0])
    ask = c.L({"de": "Kannst du die Tour optimieren? Abholungen bitte ans Ende.",
               "fr": "Tu peux optimiser la tournée ? Les reprises à la fin svp.",
               "it": "Puoi ottimizzare il giro? I ritiri alla fine.",
               "en": "Can you optimise this run? Collections at the end please."})
    return f"{ask}\n\n{shop} – {drv.n()} – {c.fd(c.day(0, 3))}\n\n{fw_table(head, rows)}\n"


def ma_2(c: Ctx) -> str:
    """Prescription and the shop's cost-approval request to the insurer."""
    pt, doc, clerk = c.person(age=(45, 95)), c.person(age=(30, 65)), c.person(age=(25, 60))
    shop = biz(c, MED_SHOPS)
    A, DA, SA = c.ad(pt), c.ad(doc), c.ad()
    ins = c.L({"de": "AOK Nordwest" if c.region == "DE" else ("ÖGK Landesstelle" if c.region == "AT" else
                                                              "Krankenkasse Helsana-Visana"),
               "fr": "CPAM" if c.region == "FR" else ("Mutualité Chrétienne" if c.region == "BE" else
                                                      "Assurance-invalidité (AI)"),
               "it": "ASL Città Metropolitana" if c.region == "IT" else "Ufficio AI Bellinzona",
               "en": "NHS Wheelchair Service" if c.region == "GB" else "Health insurer"})
    body = c.L({
        "de": f"Kostenvoranschlag / Antrag auf Kostenübernahme\n\nVersicherte/r: {pt.n()}, geb. {c.dob(pt)}\n"
              f"{A.block()}\nVersichertennr.: {insno(c, pt)}\n\nVerordnung: Dr. med. {doc.n()}, {DA.one()}, "
              f"Tel. {c.tel(DA)}\nDiagnose: Gonarthrose bds., Gehstrecke < 50 m\nHilfsmittel: Leichtgewicht-Rollstuhl"
              f"\n\nBearbeitung: {clerk.n()}, {shop}, {SA.one()}, {c.ph(clerk, 'land')}",
        "fr": f"Demande d'accord préalable\n\nAssuré(e) : {pt.n()}, né(e) le {c.dob(pt)}\n{A.block()}\n"
              f"N° : {insno(c, pt)}\n\nPrescripteur : Dr {doc.n()}, {DA.one()}, tél. {c.tel(DA)}\nDiagnostic : "
              f"gonarthrose bilatérale, périmètre de marche < 50 m\nMatériel : fauteuil roulant léger\n\n"
              f"Dossier suivi par : {clerk.n()}, {shop}, {SA.one()}, {c.ph(clerk, 'land')}",
        "it": f"Richiesta di autorizzazione alla fornitura\n\nAssistito/a: {pt.n()}, nato/a il {c.dob(pt)}\n"
              f"{A.block()}\nN.: {insno(c, pt)}\n\nPrescrizione: dott. {doc.n()}, {DA.one()}, tel. {c.tel(DA)}\n"
              f"Diagnosi: gonartrosi bilaterale, autonomia di marcia < 50 m\nAusilio: carrozzina leggera\n\n"
              f"Pratica seguita da: {clerk.n()}, {shop}, {SA.one()}, {c.ph(clerk, 'land')}",
        "en": f"Funding request\n\nPatient: {pt.n()}, DOB {c.dob(pt)}\n{A.block()}\nRef: {insno(c, pt)}\n\n"
              f"Prescriber: Dr {doc.n()}, {DA.one()}, tel {c.tel(DA)}\nDiagnosis: bilateral knee OA, walking "
              f"distance < 50 m\nEquipment: lightweight self-propelled wheelchair\n\nHandled by: {clerk.n()}, "
              f"{shop}, {SA.one()}, {c.ph(clerk, 'land')}",
    })
    ask = c.L({"de": f"Formulier das bitte als Begleitschreiben an die {ins}.",
               "fr": f"Rédige une lettre d'accompagnement pour la {ins}.",
               "it": f"Scrivi una lettera di accompagnamento per {ins}.",
               "en": f"Please write this up as a covering letter to the {ins}."})
    return f"{ask}\n\n{body}\n"


def ma_3(c: Ctx) -> str:
    """A relative's mail thread about a stairlift survey and installation."""
    par = c.person(age=(70, 98))
    kid = c.relative(par, age=(35, 70))
    sib = c.relative(par, age=(35, 70))
    tech = c.person(age=(25, 60))
    shop = biz(c, MED_SHOPS)
    d = dom(c, shop)
    A = c.ad(par)
    rel = c.L({"de": c.g(par, "mein Vater", "meine Mutter"), "fr": c.g(par, "mon père", "ma mère"),
               "it": c.g(par, "mio padre", "mia madre"), "en": c.g(par, "my father", "my mother")})
    rel = rel[0].upper() + rel[1:]
    body = c.L({
        "de": f"{c.hi(tech)}\n\ndanke für das Angebot. {rel} {par.n()} ({c.dob(par)}) wohnt in {A.one()}, "
              f"1. Stock, die Treppe ist gewendelt. Vor Ort ist meist {c.g(sib, 'mein Bruder', 'meine Schwester')} "
              f"{sib.f()} ({c.ph(sib)}). Ich bin tagsüber unter {c.ph(kid)} erreichbar.\nKönnen Sie am "
              f"{c.fd(c.day(3, 20))} zum Aufmaß kommen?\n\n{c.bye()}\n{kid.n()}",
        "fr": f"{c.hi(tech)}\n\nmerci pour le devis. {rel} {par.n()} ({c.dob(par)}) habite au {A.one()}, au 1er "
              f"étage, escalier tournant. Sur place, c'est souvent {c.g(sib, 'mon frère', 'ma sœur')} {sib.f()} "
              f"({c.ph(sib)}). Je suis joignable en journée au {c.ph(kid)}.\nPourriez-vous passer pour le métré le "
              f"{c.fd(c.day(3, 20))} ?\n\n{c.bye()}\n{kid.n()}",
        "it": f"{c.hi(tech)}\n\ngrazie per il preventivo. {rel} {par.n()} ({c.dob(par)}) abita in {A.one()}, 1° "
              f"piano, scala a chiocciola. Sul posto c'è di solito {c.g(sib, 'mio fratello', 'mia sorella')} "
              f"{sib.f()} ({c.ph(sib)}). Io sono raggiungibile di giorno al {c.ph(kid)}.\nPotete venire per il "
              f"sopralluogo il {c.fd(c.day(3, 20))}?\n\n{c.bye()}\n{kid.n()}",
        "en": f"{c.hi(tech)}\n\nthanks for the quote. {rel} {par.n()} ({c.dob(par)}) lives at {A.one()}, first "
              f"floor, curved staircase. Usually {c.g(sib, 'my brother', 'my sister')} {sib.f()} is there "
              f"({c.ph(sib)}). I'm on {c.ph(kid)} during the day.\nCould you come and measure up on "
              f"{c.fd(c.day(3, 20))}?\n\n{c.bye()}\n{kid.n()}",
    })
    h = c.mail_head(c.who(kid), f"{tech.n()} <{c.em(tech, d)}>", c.L({
        "de": "Treppenlift – Aufmaß", "fr": "Monte-escalier – métré", "it": "Montascale – sopralluogo",
        "en": "Stairlift survey"}), cc=c.em(sib))
    ask = c.L({"de": "Klingt die Mail verständlich? Bitte kürzer.", "fr": "Le mail est-il clair ? Raccourcis-le.",
               "it": "La mail è chiara? Accorciala.", "en": "Is this email clear? Make it shorter please."})
    return f"{ask}\n\n{h}\n\n{body}\n"


GENRES["mobilityaids"] = [ma_0, ma_1, ma_2, ma_3]


# ---------------------------------------------------------------------------------------------------------------
# 11. shootingclub - shooting clubs and ranges: guest logbooks, member lists, applications, range duty

CLUBS = {
    "de": ["Schützengilde Eichenhain 1862 e.V.", "Sportschützenverein Falkenhorst", "SV Tell Lindenberg"],
    "de-AT": ["Schützengesellschaft Hubertus Ennstal", "Sportschützenklub Tauernblick"],
    "de-CH": ["Schützengesellschaft Hinterberg", "Feldschützen Reusstal", "Pistolenclub Schwarzsee-Nord"],
    "fr": ["Société de Tir du Val d'Ormont", "Tir Sportif Les Cigognes", "Club de Tir de la Garenne"],
    "fr-CH": ["Société de Tir Les Carabiniers du Lavaux", "Tir Sportif Broye-Vully"],
    "fr-BE": ["Cercle de Tir Ardennais", "Tir Club Meuse-Condroz"],
    "fr-CA": ["Club de tir Laurentien", "Association de tir Rive-Nord"],
    "it": ["Tiro a Segno Nazionale Sez. Valle Alta", "Società Tiro a Volo Le Querce", "Club Tiro Sportivo Aurora"],
    "it-CH": ["Società Tiratori Leventina", "Carabinieri Sottoceneri (società di tiro)"],
    "en": ["Marshfield Rifle & Pistol Club", "Kingsdown Clay Shooting Club", "Ashcombe Target Club"],
    "en-US": ["Lone Prairie Gun Club", "Cedar Ridge Rifle Range"],
    "en-IE": ["Midlands Rifle Club", "Atlantic Clay Target Club"],
    "en-AU": ["Red Gum Sporting Shooters", "Coastal Clay Target Club"],
    "en-NZ": ["Kaimai Rifle Club", "Southern Alps Smallbore Club"],
    "en-CA": ["Northern Pines Rod & Gun Club", "Maple Ridge Rifle Association"],
}


DISCIPLINES = {"de": ["KK 50m", "LP 25m", "GK 300m", "Trap", "Skeet"],
               "fr": ["carabine 50m", "pistolet 25m", "fusil 300m", "fosse", "skeet"],
               "it": ["carabina 50m", "pistola 25m", "fucile 300m", "fossa", "skeet"],
               "en": ["smallbore 50m", "pistol 25m", "fullbore", "trap", "skeet"]}


def licence(c: Ctx) -> str:
    return c.L({"de": f"WBK {num(c, 5)}/{c.r.randint(18, 26)}", "fr": f"FFTir {num(c, 8)}",
                "it": f"porto d'armi {num(c, 7)}{c.pick('ABCDE')}", "en": f"FAC {num(c, 6)}",
                "en-US": f"DL {c.pick('ABCDFG')}{num(c, 7)}", "en-CA": f"PAL {num(c, 8)}.{num(c, 4)}",
                "fr-CA": f"PPA {num(c, 8)}.{num(c, 4)}"})


def sc_0(c: Ctx) -> str:
    """Guest shooters' logbook (fixed width) with the members who introduced them."""
    club = biz(c, CLUBS)
    ro = c.person(age=(30, 75))
    rows = []
    for _ in range(c.r.randint(3, 5)):
        g, m = c.person(age=(18, 75)), c.person(age=(25, 80))
        rows.append([c.hm(9, 18), c.pick([g.n(), g.r(), g.u(), g.uc()]), c.dob(g),
                     c.L({"de": "Ausweis", "fr": "CNI", "it": "C.I.", "en": "ID"}) + f" {num(c, 4)}",
                     c.pick([m.n(), m.i(), m.li()]) if c.p(0.6) else f"{fl(c, 'member')} {num(c, 4)}",
                     c.pick(c.L(DISCIPLINES))])
    head = c.L({"de": ["Zeit", "Gastschütze", "Geburtsdatum", "Ausweis geprüft", "eingeführt von", "Disziplin"],
                "fr": ["Heure", "Tireur invité", "Né(e) le", "Pièce vérifiée", "Parrain", "Discipline"],
                "it": ["Ora", "Tiratore ospite", "Nato/a il", "Documento", "Presentato da", "Disciplina"],
                "en": ["Time", "Guest", "DOB", "ID checked", "Signed in by", "Discipline"]})
    top = c.L({"de": f"{club} – Gästebuch Schießstand – {c.fd(c.day(-14, 0))} – Standaufsicht: {ro.n()}",
               "fr": f"{club} – registre des invités – {c.fd(c.day(-14, 0))} – responsable de pas de tir : {ro.n()}",
               "it": f"{club} – registro ospiti – {c.fd(c.day(-14, 0))} – direttore di tiro: {ro.n()}",
               "en": f"{club} – guest book – {c.fd(c.day(-14, 0))} – range officer: {ro.n()}"})
    ask = c.L({"de": "Sind alle Gäste volljährig? Und hat jemand mehr als drei Gäste eingeführt?",
               "fr": "Tous les invités sont-ils majeurs ? Quelqu'un a-t-il parrainé plus de trois invités ?",
               "it": "Gli ospiti sono tutti maggiorenni? Qualcuno ha presentato più di tre ospiti?",
               "en": "Are all guests over 18? Has anyone signed in more than three guests?"})
    return f"{ask}\n\n{top}\n\n{fw_table(head, rows)}\n"


def sc_1(c: Ctx) -> str:
    """Member list export (CSV) - Swiss ones with AHV numbers for the federal programme."""
    club = biz(c, CLUBS)
    rows = []
    for _ in range(c.r.randint(4, 5)):
        p = c.person(age=(16, 85))
        A = c.ad(p)
        idv = c.ahv() if c.ch else licence(c)
        rows.append([p.l(), p.f(), c.dob(p, "iso" if c.p(0.5) else None), A.st(), A.pc, A.town, c.ph(p), idv])
    head = c.L({"de": ["Name", "Vorname", "Geburtsdatum", "Strasse" if c.ch else "Straße", "PLZ", "Ort", "Telefon",
                       "AHV-Nr." if c.ch else "WBK"],
                "fr": ["Nom", "Prénom", "Naissance", "Rue", "NPA" if c.ch else "CP", "Localité", "Téléphone",
                       "N° AVS" if c.ch else "Licence"],
                "it": ["Cognome", "Nome", "Nascita", "Via", "NAP" if c.ch else "CAP", "Località", "Telefono",
                       "N. AVS" if c.ch else "Licenza"],
                "en": ["Surname", "First name", "DOB", "Street", "Postcode", "Town", "Phone",
                       "AHV" if c.ch else "Licence"]})
    ask = c.L({"de": "Wer von den Mitgliedern ist im Jungschützenalter (unter 21)?",
               "fr": "Quels membres ont moins de 21 ans (jeunes tireurs) ?",
               "it": "Quali soci hanno meno di 21 anni (giovani tiratori)?",
               "en": "Which members are under 21 (junior category)?"})
    return f"{ask}\n\n{club}\n{csv_table(head, rows, ';' if c.lang != 'en' else ',')}\n"


def sc_2(c: Ctx) -> str:
    """Membership application with two referees and the committee's note."""
    a = c.person(age=(18, 70))
    r1, r2, sec = c.person(age=(30, 80)), c.person(age=(30, 80)), c.person(age=(30, 75))
    club = biz(c, CLUBS)
    A = c.ad(a)
    L = c.L({
        "de": ["Aufnahmeantrag", "Bürge 1", "Bürge 2", "Beruf", "Vorstrafen", "keine", "Sachkundeprüfung"],
        "fr": ["Demande d'adhésion", "Parrain 1", "Parrain 2", "Profession", "Antécédents judiciaires", "aucun",
               "Formation sécurité"],
        "it": ["Domanda di iscrizione", "Garante 1", "Garante 2", "Professione", "Precedenti penali", "nessuno",
               "Corso sicurezza"],
        "en": ["Membership application", "Referee 1", "Referee 2", "Occupation", "Criminal convictions", "none",
               "Safety course"],
    })
    rows = [(fl(c, "name"), c.pick([a.r(), a.n()])), (fl(c, "dob"), c.dob(a)), (fl(c, "addr"), A.one()),
            (fl(c, "mob"), c.ph(a)), (fl(c, "mail"), c.em(a)),
            (L[3], c.pick(c.L({"de": ["Schreiner/in", "Pflegefachkraft", "Lehrer/in", "Elektriker/in"],
                                "fr": ["menuisier", "infirmière", "comptable", "électricien"],
                                "it": ["geometra", "infermiere", "impiegata", "elettricista"],
                                "en": ["joiner", "nurse", "teacher", "electrician"]}))),
            (L[4], L[5]), (L[6], c.fd(c.day(-200, -30))),
            (L[1], f"{r1.n()}, {c.ph(r1)}"), (L[2], f"{r2.n()}, {c.ph(r2)}")]
    note = c.L({
        "de": f"Vorstand ({sec.n()}): {r1.l()} kennt {a.f()} seit Jahren. Probezeit 12 Monate.",
        "fr": f"Comité ({sec.n()}) : {r1.l()} connaît {a.f()} depuis des années. Période d'essai 12 mois.",
        "it": f"Consiglio ({sec.n()}): {r1.l()} conosce {a.f()} da anni. Periodo di prova 12 mesi.",
        "en": f"Committee ({sec.n()}): {r1.l()} has known {a.f()} for years. Probation 12 months.",
    })
    return f"{c.ask()}\n\n{club} – {L[0]}\n\n{form(c, rows)}\n\n{note}\n"


def sc_3(c: Ctx) -> str:
    """Range-duty roster mail with a swap request quoted from the club chat."""
    sec = c.person(age=(30, 75))
    club = biz(c, CLUBS)
    d = dom(c, club)
    duty = []
    for _ in range(c.r.randint(4, 5)):
        a, b = c.person(age=(20, 80)), c.person(age=(20, 80))
        duty.append((a, b))
    days = [c.day(7 * k + 1, 7 * k + 3) for k in range(len(duty))]
    lines = "\n".join(f"{c.fd(dd)}: {c.pick([a.n(), a.r()])} ({c.ph(a)}) / {c.pick([b.n(), b.i()])}"
                      for dd, (a, b) in zip(days, duty, strict=True))
    x, y = duty[1][0], duty[3][1]
    M = [(x.f(), c.L({"de": f"kann am {c.fd(days[1])} nicht, wer tauscht?",
                      "fr": f"je ne peux pas le {c.fd(days[1])}, quelqu'un échange ?",
                      "it": f"il {c.fd(days[1])} non posso, chi scambia?",
                      "en": f"can't do {c.fd(days[1])}, anyone swap?"})),
         (y.n(), c.L({"de": f"ich nehm deinen, du meinen am {c.fd(days[3])}? ruf an {c.ph(y)}",
                      "fr": f"je prends le tien, tu prends le mien le {c.fd(days[3])} ? appelle-moi {c.ph(y)}",
                      "it": f"prendo il tuo, tu il mio il {c.fd(days[3])}? chiamami {c.ph(y)}",
                      "en": f"I'll take yours if you take mine on {c.fd(days[3])}? ring me {c.ph(y)}"}))]
    body = c.L({
        "de": f"Liebe Schützinnen und Schützen,\n\nhier der Standdienstplan:\n\n{lines}\n\nTausch bitte "
              f"untereinander und mir melden. Aus dem Chat:\n\n{c.chat(M)}\n\nBitte beachten: ohne Standaufsicht "
              f"kein Schießbetrieb.",
        "fr": f"Chères tireuses, chers tireurs,\n\nvoici le planning de surveillance du stand :\n\n{lines}\n\n"
              f"Échangez entre vous et prévenez-moi. Extrait du groupe :\n\n{c.chat(M)}\n\nRappel : pas de tir sans "
              f"responsable de stand.",
        "it": f"Care tiratrici, cari tiratori,\n\necco i turni di direzione del poligono:\n\n{lines}\n\n"
              f"Scambiatevi pure i turni ma avvisatemi. Dalla chat:\n\n{c.chat(M)}\n\nSenza direttore di tiro "
              f"niente tiri.",
        "en": f"Dear members,\n\nhere is the range duty roster:\n\n{lines}\n\nSwap among yourselves but let me "
              f"know. From the group chat:\n\n{c.chat(M)}\n\nReminder: no shooting without a range officer.",
    })
    hdr = c.mail_head(f"{sec.n()} <{c.em(sec, d)}>", f"mitglieder@{d}" if c.lang == "de" else f"membres@{d}"
                      if c.lang == "fr" else f"soci@{d}" if c.lang == "it" else f"members@{d}", c.L({
                          "de": "Standdienst", "fr": "Surveillance du stand", "it": "Turni poligono",
                          "en": "Range duty roster"}))
    return f"{c.ask()}\n\n{hdr}\n\n{body}\n\n{c.bye()}\n{sec.n()}\n{c.ph(sec)}\n"


GENRES["shootingclub"] = [sc_0, sc_1, sc_2, sc_3]


# ---------------------------------------------------------------------------------------------------------------
# 12. partyrental - party and event equipment hire: agreements, delivery runs, damage claims, booking chats

PARTY = {
    "de": ["Partyverleih Festzelt & Co.", "Eventverleih Kunterbunt", "Hüpfburg-Verleih Sonnenschein"],
    "de-AT": ["Festverleih Pannonia", "Zeltverleih Wachau"],
    "de-CH": ["Festmaterial Vermietung Seeland AG", "Partyservice Tannzapfen GmbH"],
    "fr": ["Location Fête & Chapiteau", "Festi'Loc", "Châteaux Gonflables du Sud"],
    "fr-CH": ["Loc'Fêtes Romandie Sàrl", "Cantine & Tonnelle Services"],
    "fr-BE": ["Fiesta Location Namur", "Chapiteaux de l'Ourthe"],
    "fr-CA": ["Location Festive Laurentides", "Chapiteaux Boréal"],
    "it": ["Noleggio Feste Allegre", "Gonfiabili Arcobaleno", "Tensostrutture Eventi srl"],
    "it-CH": ["Noleggio Eventi Ticino Sagl", "Feste & Tendoni Ceresio"],
    "en": ["Party Hire Direct", "Marquee & Bouncy Castle Co", "Happy Days Event Hire"],
    "en-US": ["Bounce House Rentals LLC", "Party Time Tent & Event"],
    "en-IE": ["Party Hire Ireland", "Emerald Marquees"],
    "en-AU": ["Aussie Party Hire", "Jumping Castles Down Under"],
    "en-NZ": ["Kiwi Party Hire", "Aotearoa Marquees"],
    "en-CA": ["Maple Party Rentals", "True North Tent Rentals"],
}
ITEMS = {"de": ["Festzeltgarnitur", "Hüpfburg", "Pavillon 3x6 m", "Kühlanhänger", "Zapfanlage", "Stehtische"],
         "fr": ["ensemble brasserie", "château gonflable", "tonnelle 3x6 m", "remorque frigorifique",
                "tireuse à bière", "mange-debout"],
         "it": ["set birreria", "gonfiabile", "gazebo 3x6 m", "rimorchio frigo", "spillatore birra",
                "tavoli alti"],
         "en": ["trestle table set", "bouncy castle", "gazebo 3x6 m", "chiller trailer", "beer dispenser",
                "poseur tables"]}


def pr_0(c: Ctx) -> str:
    """Hire agreement with ID check (date of birth), event address and a card deposit."""
    cu = c.person(age=(21, 70))
    firm = biz(c, PARTY)
    A, EA = c.ad(cu), c.ad()
    it = ", ".join(c.r.sample(ITEMS[c.lang], 3))
    T = c.L({
        "de": ["Mietvertrag", "Mieter/in", "Ausweis geprüft, geb.", "Veranstaltungsort", "Mietgegenstände",
               "Kaution (Kreditkarte)", "Lieferung/Abholung", "Kontakt vor Ort"],
        "fr": ["Contrat de location", "Locataire", "Pièce d'identité vérifiée, né(e) le", "Lieu de l'événement",
               "Matériel", "Caution (carte)", "Livraison/reprise", "Contact sur place"],
        "it": ["Contratto di noleggio", "Noleggiante", "Documento verificato, nato/a il", "Luogo dell'evento",
               "Materiale", "Cauzione (carta)", "Consegna/ritiro", "Referente sul posto"],
        "en": ["Hire agreement", "Hirer", "ID checked, DOB", "Event address", "Items", "Deposit (card)",
               "Delivery/collection", "On-site contact"],
    })
    onsite = c.person(age=(18, 70))
    rows = [(T[1], c.pick([cu.n(), cu.r()])), (T[2], c.dob(cu)), (fl(c, "addr"), A.one()),
            (fl(c, "mob"), c.ph(cu)), (fl(c, "mail"), c.em(cu)), (T[3], EA.one()), (T[4], it),
            (T[5], c.card()), (T[6], f"{c.fd(c.day(3, 30))} / {c.fd(c.day(31, 34))}"),
            (T[7], f"{onsite.n()} {c.ph(onsite)}")]
    return f"{c.ask()}\n\n{firm} – {T[0]} {num(c, 5)}\n\n{form(c, rows)}\n"


def pr_1(c: Ctx) -> str:
    """Weekend delivery and collection run (fixed width) with crews."""
    firm = biz(c, PARTY)
    crew = [c.person(age=(18, 55)) for _ in range(3)]
    rows = []
    for _ in range(c.r.randint(4, 5)):
        p = c.person(age=(22, 75))
        A = c.ad(p)
        rows.append([c.pick(["Fr", "Sa", "So"]) if c.lang == "de" else c.pick(["ven", "sam", "dim"])
                     if c.lang == "fr" else c.pick(["ven", "sab", "dom"]) if c.lang == "it" else
                     c.pick(["Fri", "Sat", "Sun"]), c.hm(7, 19), c.pick([p.n(), p.r(), p.u()]), A.one(),
                     c.ph(p), c.pick(ITEMS[c.lang])])
    head = c.L({"de": ["Tag", "Zeit", "Kunde", "Adresse", "Telefon", "Material"],
                "fr": ["Jour", "Heure", "Client", "Adresse", "Téléphone", "Matériel"],
                "it": ["Giorno", "Ora", "Cliente", "Indirizzo", "Telefono", "Materiale"],
                "en": ["Day", "Time", "Customer", "Address", "Phone", "Items"]})
    crew_line = c.L({"de": "Team", "fr": "Équipe", "it": "Squadra", "en": "Crew"}) + ": " + ", ".join(
        f"{p.n()} ({c.ph(p)})" for p in crew)
    ask = c.L({"de": "Teil die Fahrten bitte auf zwei Teams auf.", "fr": "Répartis les tournées entre deux équipes.",
               "it": "Dividi i giri tra due squadre.", "en": "Split these jobs between two crews please."})
    return f"{ask}\n\n{firm}\n{crew_line}\n\n{fw_table(head, rows)}\n"


def pr_2(c: Ctx) -> str:
    """Damage claim after a hire, the customer's objection, and a witness."""
    cu, ag, wit = c.person(age=(25, 70)), c.person(age=(22, 60)), c.person(age=(20, 75))
    firm = biz(c, PARTY)
    d = dom(c, firm)
    A = c.ad(cu)
    it = c.pick(ITEMS[c.lang])
    fee = money(c, 80, 650)
    m1 = c.L({
        "de": f"{c.dear(cu)}\n\nbei der Rückgabe am {c.fd(c.day(-10, -3))} war {it} beschädigt. Wir berechnen "
              f"{fee} und verrechnen das mit der Kaution.\n\n{c.bye()}\n{ag.n()}\n{firm}",
        "fr": f"{c.dear(cu)}\n\nlors de la reprise du {c.fd(c.day(-10, -3))}, le matériel ({it}) était endommagé. "
              f"Nous facturons {fee}, déduits de la caution.\n\n{c.bye()}\n{ag.n()}\n{firm}",
        "it": f"{c.dear(cu)}\n\nal ritiro del {c.fd(c.day(-10, -3))} il materiale ({it}) era danneggiato. "
              f"Addebitiamo {fee}, trattenuti dalla cauzione.\n\n{c.bye()}\n{ag.n()}\n{firm}",
        "en": f"{c.dear(cu)}\n\nwhen we collected on {c.fd(c.day(-10, -3))} the {it} was damaged. We're "
              f"charging {fee}, taken from the deposit.\n\n{c.bye()}\n{ag.n()}\n{firm}",
    })
    m2 = c.L({
        "de": f"Guten Tag {c.title(ag)} {ag.l()},\n\ndas stimmt nicht. Ihr Fahrer hat beim Abholen an der "
              f"{A.st()} alles geprüft. {c.g(wit, 'Mein Nachbar', 'Meine Nachbarin')} {wit.n()} war dabei und kann "
              f"das bestätigen "
              f"({c.ph(wit)}).\n\n{c.bye()}\n{cu.n()}\n{c.ph(cu)}",
        "fr": f"Bonjour {c.title(ag)} {ag.l()},\n\nc'est faux. Votre chauffeur a tout vérifié lors de la reprise au "
              f"{A.st()}. {c.g(wit, 'Mon voisin', 'Ma voisine')} {wit.n()} était {c.g(wit, 'présent', 'présente')} "
              f"et peut le confirmer ({c.ph(wit)}).\n\n{c.bye()}\n"
              f"{cu.n()}\n{c.ph(cu)}",
        "it": f"Buongiorno {c.title(ag)} {ag.l()},\n\nnon è vero. Il vostro autista ha controllato tutto al ritiro "
              f"in {A.st()}. {c.g(wit, 'Il mio vicino', 'La mia vicina')} {wit.n()} era presente e può "
              f"confermarlo ({c.ph(wit)}).\n\n{c.bye()}\n"
              f"{cu.n()}\n{c.ph(cu)}",
        "en": f"Hello {c.title(ag)} {ag.l()},\n\nthat's not right. Your driver checked everything when collecting "
              f"from {A.st()}. My neighbour {wit.n()} was there and can confirm it ({c.ph(wit)}).\n\n{c.bye()}\n"
              f"{cu.n()}\n{c.ph(cu)}",
    })
    sent = c.day(-2, 0)
    h2 = c.mail_head(c.who(cu), f"{ag.n()} <{c.em(ag, d)}>", "Re: " + c.L({
        "de": "Schaden Mietmaterial", "fr": "Dommages matériel loué", "it": "Danni materiale noleggiato",
        "en": "Damage to hired equipment"}), when=sent)
    h1 = c.mail_head(f"{ag.n()} <{c.em(ag, d)}>", c.who(cu), c.L({
        "de": "Schaden Mietmaterial", "fr": "Dommages matériel loué", "it": "Danni materiale noleggiato",
        "en": "Damage to hired equipment"}), when=sent - timedelta(days=2))
    ask = c.L({"de": "Wer hat hier recht? Hilf mir, den Streit fair zu lösen.",
               "fr": "Qui a raison ? Aide-moi à régler le litige équitablement.",
               "it": "Chi ha ragione? Aiutami a risolvere la cosa in modo equo.",
               "en": "Who's right here? Help me settle this fairly."})
    return f"{ask}\n\n{h2}\n\n{m2}\n\n----\n{h1}\n\n{m1}\n"


def pr_3(c: Ctx) -> str:
    """Customer's WhatsApp booking chat with the hire shop (numbers as senders)."""
    cu, sh = c.person(age=(22, 60)), c.person(age=(22, 60))
    firm = biz(c, PARTY)
    A = c.ad(cu)
    kid = c.relative(cu, age=(4, 10))
    it = c.pick(ITEMS[c.lang][:3])
    M = c.L({
        "de": [(c.ph(cu), f"Hallo, ist die {it} am {c.fd(c.day(5, 40))} noch frei? Kindergeburtstag "
                          f"({kid.f()} wird 7)"),
               (sh.f(), "Hallo! Ja, frei. Lieferadresse?"),
               (c.ph(cu), f"{A.one()}, Garten hinterm Haus"),
               (sh.f(), "Passt. Auf wen soll ich buchen?"),
               (c.ph(cu), f"{cu.n()}, Mail {c.em(cu)}"),
               (sh.f(), f"Gebucht ✅ {firm}, {sh.n()}")],
        "fr": [(c.ph(cu), f"Bonjour, le {it} est libre le {c.fd(c.day(5, 40))} ? C'est pour l'anniversaire de "
                          f"{kid.f()} (7 ans)"),
               (sh.f(), "Bonjour ! Oui. Adresse de livraison ?"),
               (c.ph(cu), f"{A.one()}, jardin derrière la maison"),
               (sh.f(), "Ok. Au nom de qui ?"),
               (c.ph(cu), f"{cu.n()}, mail {c.em(cu)}"),
               (sh.f(), f"Réservé ✅ {firm}, {sh.n()}")],
        "it": [(c.ph(cu), f"Buongiorno, il {it} è libero il {c.fd(c.day(5, 40))}? Compleanno di {kid.f()} "
                          f"(7 anni)"),
               (sh.f(), "Buongiorno! Sì. Indirizzo di consegna?"),
               (c.ph(cu), f"{A.one()}, giardino dietro casa"),
               (sh.f(), "Ok. A nome di chi?"),
               (c.ph(cu), f"{cu.n()}, mail {c.em(cu)}"),
               (sh.f(), f"Prenotato ✅ {firm}, {sh.n()}")],
        "en": [(c.ph(cu), f"Hi, is the {it} free on {c.fd(c.day(5, 40))}? It's for {kid.f()}'s 7th birthday"),
               (sh.f(), "Hi! Yes it is. Delivery address?"),
               (c.ph(cu), f"{A.one()}, back garden"),
               (sh.f(), "Great. What name shall I book it under?"),
               (c.ph(cu), f"{cu.n()}, email {c.em(cu)}"),
               (sh.f(), f"Booked ✅ {firm}, {sh.n()}")],
    })
    M = [(s, typo(c, t) if c.p(0.3) and not s.startswith(MS + PHONE) else t) for s, t in M]
    ask = c.L({"de": "Übertrag die Buchung aus dem Chat bitte in unser Formular (Name, Adresse, Datum, Artikel).",
               "fr": "Reporte la réservation du chat dans notre formulaire (nom, adresse, date, article).",
               "it": "Riporta la prenotazione della chat nel nostro modulo (nome, indirizzo, data, articolo).",
               "en": "Copy this booking from the chat into our form (name, address, date, item)."})
    return f"{ask}\n\n{c.chat(M)}\n"


GENRES["partyrental"] = [pr_0, pr_1, pr_2, pr_3]


# ---------------------------------------------------------------------------------------------------------------
# driver

def build(lang: str, genre: str, i: int, region: str) -> dict:
    c = Ctx(lang, region, genre, i)
    raw = GENRES[genre][c.v](c)
    text, ents = resolve(raw.strip() + "\n")
    return {"id": f"{PREFIX}-{lang}-{genre}-{i + 1:02d}", "locale": f"{lang}_{region}", "lang": lang,
            "text": text, "entities": ents}


def generate(only: str | None = None) -> list[dict]:
    docs = []
    for lang in LANGS:
        for genre in GENRES:
            if only and genre != only:
                continue
            regions = list(REGIONS[lang])
            random.Random(f"{PREFIX}|{lang}|{genre}|regions").shuffle(regions)
            for i in range(N_PER_CELL):
                docs.append(build(lang, genre, i, regions[i]))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--only", help="generate one genre only (for inspection)")
    args = ap.parse_args()
    docs = generate(args.only)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    by_type: dict[str, int] = {}
    by_lang: dict[str, int] = {}
    for d in docs:
        for e in d["entities"]:
            by_type[e["type"]] = by_type.get(e["type"], 0) + 1
            by_lang[d["lang"]] = by_lang.get(d["lang"], 0) + 1
    total = sum(by_type.values())
    print(f"{len(docs)} documents, {total} labelled values -> {args.out}")
    print(", ".join(f"{t} {n}" for t, n in sorted(by_type.items(), key=lambda x: -x[1])))
    print(", ".join(f"{k} {v}" for k, v in by_lang.items()))


if __name__ == "__main__":
    main()
