"""Twenty-seventh blind evaluation set ("holdout27") for the anonymizer.

Blind set 27, written 2026-12-06 by a helper session that read only the module docstrings of generate_holdout24.py,
generate_holdout25.py and generate_holdout26.py and the module docstring of evaluate.py with the source of its function
evaluate_synthetic and of the helpers it calls (``_covered``, ``Counts``, ``_held_out``, ``_fmt``; all extracted with
``ast``: record format, type names, matching rules, label decisions, the genres of all earlier sets), plus Faker (the
venv's Faker 40.54.0: which person-provider locales exist, the attribute names, types, sizes and first two or three
entries of their name lists, and a listing of the odd entries - names with spaces, lower-case starts, "II", trailing
dots - of the lists used here, so that they could be filtered) and the standard library.  It did not read the
detectors (src/), the tests, the docs, README files, pyproject.toml, the bodies of the other generators or templates,
any other data set text, or the git history, and ran no git command besides adding and committing its two files.
Slips, none of them showing detector code, test code or data set text: it listed the file names in bench/privacy/ and
bench/privacy/data/ (``ls``, names only), and ran the venv's ruff (check and format, ``--line-length 120``, which also
picks up the project's ruff configuration) on its own script.  tarnkappe is never imported; the set was never run
through the anonymizer or evaluate.py while it was written.  The written file was checked only by the generator's own
assertions (``text[start:end] == text``, no surrounding white space, sorted and non-overlapping spans, no name split
into two PERSON spans separated by a single space, every IBAN mod 97, every card Luhn, every AHV number EAN-13), by a
check that the output is identical under two PYTHONHASHSEED values, and by reading its own output, including
``--scan``: unlabelled e-mail addresses (only role mailboxes such as pass@, konsular@, consulaire@, turnier@,
ergebnisse@, resultats@, risultati@, results@, praxis@, empfang@, cabinet@, admin@, info@), unlabelled IPv4 addresses
(only LAN addresses 10.x / 172.16-31.x / 192.168.x of till PCs, app sync devices and weather stations), unlabelled
digit runs of card length (only GLN numbers 7601..., French social-security numbers and SIRET numbers, unlabelled on
purpose) and unlabelled repeats of the words of labelled names, matched case-insensitively (only the particles "von",
"der", "auf" and "des" used as ordinary words, "morgen" and "kurz" as ordinary German words in documents with persons
called Morgen and Kurz, and "Ferrand" of the town Clermont-Ferrand in a document with a person called Ferrand).  Fixes
after reading: gender slips (a male dietitian called "Ernährungsberaterin", a man listed as "Trainerin", "sie/er" and
"il/elle" left in the text), diagnosis codes that did not match their wording, a chat reply whose postcode and town came
from two different addresses, a consulate named after one town with its address in another, German role mailboxes in
French letterheads, a practice mailbox whose domain held the doctor's surname (now named after the town), a name-change
note that split one name into two PERSON spans, quiz totals that did not add up, company names and a hotline from the
wrong country, odd Faker list entries ("Koch II", "Dussen van", "Hans D.", lower-case Slovenian surnames) that are now
filtered out, invented surnames with triple letters or odd endings ("Gfelllehner", "-aui") that are now rejected, and
too few nicknames (first names with a usual short form are now drawn more often).
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout27.jsonl: 1,000 documents, 12 genres (84 documents for the first four, 83
for the others), locales drawn as an exact quota and shuffled with the seed ``"holdout27|locales"``: de_DE 300, de_CH
200, de_AT 150, fr_CH 75, fr_FR 75, it_CH 50, it_IT 50, en_GB 50, en_US 50 (de 650, fr 150, it 100, en 100).
13,981 labelled values: PERSON 6,183, PHONE 2,210, ADDRESS 2,107, EMAIL 1,525, DOB 1,310, IP 318, IBAN 232, CARD 60,
AHV 36 (de 9,149, fr 1,998, it 1,359, en 1,475).  Per type and language (de / fr / it / en):
  PERSON 4,032 / 912 / 575 / 664; PHONE 1,443 / 329 / 208 / 230; ADDRESS 1,336 / 315 / 236 / 220;
  EMAIL 1,011 / 204 / 141 / 169; DOB 889 / 149 / 139 / 133; IP 220 / 49 / 23 / 26; IBAN 157 / 25 / 27 / 23;
  CARD 42 / 7 / 1 / 10; AHV 19 / 8 / 9 / 0.
Document k of the shuffled locale list goes to genre ``k % 12``; the template variant is ``i % 4`` (``i`` the index of
the document within its genre), so locale and variant are not correlated.  Deterministic for a given Faker version
(written with Faker 40.54.0 and Python 3.11; the output does not depend on PYTHONHASHSEED - checked with two seeds):
``random.Random`` is seeded with the first 8 bytes of a SHA-256 of ``"holdout27|<genre>|<i>"``; Faker's own generator
is never used - names are drawn by that ``Random`` from the Faker person providers' lists (sorted; dicts by their
keys).  Streets, towns, postcodes, phone numbers (area codes matching the town where a landline belongs to an
address), e-mail addresses, IBANs (valid ISO 13616 check digits; French ones with a valid RIB key, Italian ones with a
computed CIN; now and then a neighbouring country's IBAN - NL, LI, DE, BE -; US documents get British IBANs), card
numbers (Visa, Mastercard 51-55 and 2221-2720, Amex; Luhn), AHV numbers (756, EAN-13 check digit, dotted or compact)
and IP addresses (public IPv4 from common ISP ranges of the country, about 18 % IPv6) come from lists and code written
here.  Each record has ``id`` (``holdout27-<genre>-<NNN>``), ``locale``, ``lang``, ``text`` and ``entities``
(``type``, ``start``, ``end``, ``text``).  Texts are written with every labelled value wrapped in a marker when it is
placed; the markers survive lower-casing, padding, quoting and "> " prefixes and are resolved to offsets at the end
(de_CH documents get "ß" -> "ss" before that), so chat typing, fixed-width and Markdown padding, CSV quoting, JSON /
YAML / XML values, OCR noise (on unlabelled stretches only) and quoted replies keep the labels exact.

Genres (text people paste into an AI assistant, each with a request in the document's language before or after it -
about 7 % in English for non-English documents and some in German for Swiss French / Italian ones -, sometimes fenced
in ```, triple quotes, --- or <<< >>>, or quoted with "> ", sometimes typed in lower case), chosen to differ from every
genre named in the docstrings read (holdout3..holdout26; near neighbours: tennis, skittles, rowing and orienteering
clubs (24/25/26) for curling; bridge clubs (25) and Toastmasters (26) for quiz leagues; library overdue notices (12)
and adult education (25) for book clubs; dance school couples (17), choirs (13) and carnival guilds (21) for folk
dance; podiatry, speech therapy (25) and sleep labs (26) for nutrition counselling; tenancy (3), flat-share ads (6),
owners' associations (11), flat handovers (23) and care-home waiting lists (25) for housing co-operatives; civil
status certificates (5) and wedding planning sheets (11) for giving notice of marriage; tandem paragliding and drone
pilots (18) for gliding clubs; dry cleaners (19) for tailors; tradespeople's quotes (7) for kitchen studios; swimming
lessons, martial arts (22) and kids' parties (24) for youth circus; residence registration (8), visa invitations (9),
travel consent for minors (10) and naturalisation (15) for passports - the genres here are none of those):
 1. curling - curling and Eisstock clubs (Austrian "Moar" teams): bonspiel entry forms and line-up tables (positions,
    licence numbers unlabelled; dates of birth for senior / junior categories, Swiss juniors with AHV numbers; the
    entry-fee IBAN; the organiser's club mailbox or work address), ice-rental booking exports (booking ids, sheets,
    companies, masked or full cards, booking IPs; till-PC LAN address unlabelled), a new member's enquiry quoted under
    the secretary's reply (the rink's street, club IBAN, signature with club address; a child's AHV for J+S), team
    chats (substitute's number, a pick-up street, the subs IBAN in a message) with a pasted line-up;
 2. pubquiz - pub quiz leagues and quiz nights: season team registrations (captain, members as full names, first
    names or "First L.", billing address, league-fee IBAN), league tables in fixed width / Markdown / TSV (team names -
    puns included -, round scores and jokers unlabelled) with a captains' contact table, the quizmaster's invoice mail
    to a landlord quoting the landlord's reply (pub street, stand-in), web sign-up exports with an 18+ date-of-birth
    column and IPs, followed by an organisers' chat;
 3. bookclub - book clubs, reading circles and children's summer reading clubs at libraries: host rotas (book titles
    unlabelled; hosts as surnames, first names or "First L."; streets, one-line addresses, phones), a host's invitation
    quoted under a member's reply with a Cc list ("klingeln bei", "sonnez chez", a new address), summer-reading-club
    registration exports with children's first and last names in separate fields, dates of birth, grades and library
    card numbers unlabelled, book-swap chats with a YAML / JSON member list;
 4. folkdance - folk dance and traditional costume groups (Trachtengruppe, Volkstanzgruppe, Goldhaubengruppe, cercle
    celtique, gruppo folk, Morris side, square dance club): costume-loan registers (inventory numbers, deposits and
    dates unlabelled; borrowers, phones, streets; refund IBAN), festival trip lists (dates of birth, ID / passport
    numbers unlabelled, emergency contacts, coach-company hotline unlabelled), membership forms (street and "postcode
    town" in separate labelled fields, a child, SEPA IBAN), rehearsal chats with an attendance line;
 5. dietitian - nutrition counselling: GP referrals with a practice letterhead (phone and fax labelled; BSNR / LANR /
    ZSR / GLN / RPPS / GMC / NPI, insurer numbers, codice fiscale and ICD codes unlabelled; patient's date of birth and
    address, Swiss AHV), food-diary app exports as JSON (login IP labelled, sync device LAN address not; kcal and carb
    values unlabelled), a client's reply quoting the appointment mail (new mobile, a partner or child coming along),
    invoices (patient with date of birth, Swiss AHV, practice IBAN, sometimes OCR noise);
 6. housingcoop - housing co-operatives: membership / flat applications (applicant, partner and children with dates
    of birth, Swiss AHV, employer and income unlabelled, landlord reference, share-capital IBAN), waiting-list exports,
    the lettings office's viewing offer quoting the applicant's chase-up mail (flat street, caretaker), letting
    committee notes with candidates' dates of birth and a committee chat;
 7. marriage - giving notice of marriage (Standesamt, Zivilstandsamt, état civil, pubblicazioni, register office,
    marriage licence): notice forms with surname and first names in separate fields, places of birth (towns alone,
    unlabelled), Swiss AHV, witnesses' dates of birth and addresses, the registrar's appointment mail quoting the
    couple's request, witness chats ("dob + address please", a move, a postcode-and-town reply), ceremony-room booking
    JSON (venue street, card or masked card, IP) with a note on the double surname after the wedding;
 8. gliding - gliding and flying clubs: daily flight logs (registrations such as D-KXXX, HB-1234, OE-5xxx, F-CXXX,
    I-XXXX, G-CXXX, N123AB, types and times unlabelled; pilots as "LAST First", "Last, First", "F. Last"), trial-flight
    voucher orders (buyer, billing address, flyer's date of birth, weight unlabelled, card, IP), licence and medical
    exports (licence numbers and medical dates unlabelled), duty chats with the clubhouse address, radio frequency and
    weather-station LAN address unlabelled;
 9. tailor - tailors, alterations and made-to-measure: job books (ticket numbers, jobs and prices unlabelled;
    customers mostly by surname, with titles outside the span), made-to-measure orders (measurements and cloth
    references unlabelled, deposit by IBAN, card or masked card), a bride's alterations mail quoted under the tailor's
    reply (mother's phone, delivery address, shop signature), online booking exports with IPs and a staff chat;
10. kitchen - kitchen studios and fitters: site-survey sheets (dimensions unlabelled, site street and "postcode town",
    contact on site, billing address), purchase agreements with financing (buyers' dates of birth for the credit
    check, delivery address, direct-debit IBAN, finance companies unlabelled), fitters' chats, a complaint quoting the
    customer-service reply (service hotline unlabelled, a neighbour holding the key);
11. circus - youth circus schools: enrolment forms (child's date of birth, parents, allergies, photo consent, IBAN),
    class lists (children with dates of birth and emergency numbers), show helpers' chats (tent address), holiday camp
    booking JSON lines (order numbers and weeks unlabelled; full or masked cards, IPs);
12. passport - passport and ID-card applications: appointment confirmations (booking codes unlabelled, office address
    labelled, 115 / public-service lines unlabelled), both parents' consent forms for a child's passport (ID numbers
    unlabelled), a citizen abroad writing to a consulate (address and phone in another country, registration numbers
    unlabelled, consular role mailboxes), family chats with an online pre-application JSON (IP).
Values appear in prose, "Label: value" forms (colon, aligned, tab, dotted leaders, bold Markdown, "key = value",
two-column Markdown tables, upper-case labels, bullet lists, bracketed labels), two-line address blocks, one-line
addresses with ", ", " - ", " · ", "; " or " / " between street and town, letterheads and signatures (block, "-- "
separator, one line with "|"), Markdown tables (aligned and not), fixed-width tables, comma-, semicolon-, tab- and
pipe-separated tables, JSON (one line per record, arrays, nested objects), YAML, XML, HTML tables, mail headers with Cc
lists and quoted replies ("Am ... schrieb", "Le ... a écrit", "Il giorno ... ha scritto", "On ... wrote", Outlook
"-----Original Message-----" blocks, quoted or not), chats in eight layouts (WhatsApp iOS / Android, Telegram export,
Teams-like, IRC-like "[12:04] <name>", "name (12:04):", Discord-like "name — date", plain; senders shown as full
names, first names, nicknames, "First L." or phone numbers), lower-case typing and OCR noise, in each country's
conventions (German "str.", "12a", "12-14", "(Hinterhaus)", "D-"; Austrian "/Top", "12/3/7", "/Stiege/Tür", "A-",
"Jänner"; Swiss "strasse", "CH-", no "ß"; French "bis"/"ter", "12, rue", "Bât.", "Appt", upper-case towns,
Swiss-French "Rue de Bourg 45"; Italian "n.", "/B", "int.", provinces with and without parentheses, "I-"; British
flats and courts, "Town POSTCODE"; US "Apt", "#", "Unit", directions, ZIP+4).  Phone numbers national and
international with "(0)", "00", slashes, dots, hyphens, parentheses, compact E.164, DIN-style and "x" extensions.
Dates of birth in 39 shapes (counted in the output; a document keeps one shape for about three quarters of its dates
of birth): "12.03.1984", "2.3.1984", "12.03.84", "2.3.84", "12. 03. 1984", ISO, "19840312", "1984/03/12",
"12/03/1984", "2/3/1984", "12/03/84", "12-03-1984", "12 03 1984", Roman "12.III.1984" / "12/III/1984", German "12.
März 1984", "02. März 1984", "12. Mrz. 1984", "12.März 1984", "12 März 1984", "12. März '84" (Austrian "Jänner"),
French "12 mars 1984", "12 MARS 1984", "12 févr. 1984", Italian "12 marzo 1984" / "1° maggio 1990", "12 mar 1984",
"12 MAR 1984", English "12 March 1984", "12th March 1984", "12th of March 1984", "12 Mar 1984", "12-MAR-1984", US
"03/12/1984", "3/12/1984", "3/12/84", "3-12-1984", "March 12, 1984", "Mar 12, 1984", "Mar. 12, 1984", "March 12th,
1984"; after a cue word or a label (geb., geb. am, geboren am, *, né(e) le, né, date de naissance, DDN, nato/a il,
nata il, n., data di nascita, born, b., DOB, D.O.B., date of birth) or without one (table columns, JSON / YAML / XML
fields, "name, date" lines, chat messages).
Names drawn from the Faker person lists of the region (de_DE, de_AT with a fifth of de_DE's first names, de_CH with a
list of Swiss German surnames written here, fr_CH with fr_FR and a list of Romand surnames, fr_FR, it_IT - for Ticino
with a list of Ticinese surnames -, en_GB, en_US), community names from the Faker lists of tr_TR, pl_PL (gendered
surnames), hr_HR, ro_RO, pt_PT, pt_BR, es_ES, es_MX, es_CO, hu_HU, cs_CZ / sk_SK (gendered), sl_SI, fr_DZ, en_IN,
en_NG, yo_NG, ig_NG, tw_GH, en_IE and lists written here (Albanian / Kosovar, Serbian / Bosnian, Eritrean, Sri Lankan
Tamil, Syrian / Afghan, Ukrainian / Russian-German, Vietnamese, Chinese, West African, Moroccan, Filipino,
Bangladeshi, Pakistani, Korean, Hmong, Somali, Greek, Chechen); about 55 % region, 23 % community, 22 % special: a
surname that is an ordinary word (Sonntag, Zucker, Morgen, Regen, Kurz, Neige, Printemps, Bonheur, Leone, Volpe,
Campana, Hope, Frost, Strong, Penny ...; sometimes the first name too: Ernst, Wolf, Rosa, Linde, Heide, Blanche,
Prudence, Stella, Fortunato, June, Hazel, Holly), a surname with a particle (von Allmen, auf der Maur, von der Mühll,
von Wattenwyl, am Rhyn, zu Eltz, van der Meer, de Pury, Du Pasquier, d'Épinay, Le Bihan, Dal Pozzo, Lo Presti, Della
Valle, O'Connor, MacLeod, Van Dyke), an invented syllable-built surname checked against all Faker surname lists used
("Wildegghänsli", "Gfellschwandtner", "Brèerat", "Vauleillod", "Pellignani", "Brackthwaite") with sometimes a rare
first name (Quirin, Tjark, Walburga, Ottilie, Clovis, Ysaline, Philomène, Settimio, Tarcisio, Ottavia, Crispin,
Tamsin), or a double surname (hyphenated; Italian and English also with a space; Spanish and Portuguese double
surnames with a space).  Relatives share the surname (gendered forms where the community uses them); some region
names carry a double first name (Hans-Peter, Hans Georg, Klaus-Jürgen).  Written as "First Last", "First M. Last",
"Last, First", "LAST First", "LAST, First", "Last First", "F. Last" (also "K.-U. Last", "J.-C. Last"), "First L.",
"FIRST LAST", "Nick Last", separate surname and first-name fields, first names, nicknames (Steffi, Ruedi, Sämi,
Ferdl, Poldi, Nico, Juju, Isa, Totò, Enzo, Jim, Dave, Mike ...) or surnames alone (chat senders, salutations,
mentions, job books, "klingeln bei", "sonnez chez", "citofono"), in lower case in chats.
Unlabelled distractors: booking, order, entry, invoice, voucher, ticket, job, contract, application, registration and
reference numbers, licence, library-card, inventory, ID-card and passport numbers, aircraft registrations, insurer
numbers (TK, AOK, ÖGK, CSS, Helsana, CPAM, NHS, Medicare ids, codice fiscale), BSNR / LANR / ZSR / GLN / RPPS / ADELI
/ SIRET / P.IVA / GMC / NPI numbers, ICD codes, measurements, dimensions, weights, heights, kcal, scores, prices,
incomes and amounts, masked cards ("**** 1234", "•••• 1234", "ending 1234", "5xxxxx******1234"), plain dates and
times (tournaments, bookings, meetings, fittings, flights, appointments, chat and mail time stamps), birth years
alone, ages, towns alone (places of birth, "Ort, Datum" lines, consulate cities), role mailboxes, hotlines and
public-service numbers, internal extensions, radio frequencies, LAN IP addresses, and companies, clubs, pubs, teams,
books, libraries, practices, studios, shops, offices, consulates and venues.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP; those of holdout24/25/26, carried
over):
* PERSON: the name of a natural person as written, in any order, with initials, particles and double surnames inside
  the span; titles and salutations (Herr, Frau, Hr., Fr., Dr., Dr. med., Prof. Dr., M., Mme, Madame, Monsieur, Sig.,
  Sig.ra, Dott., Mr, Ms, Mrs, Dr, "Fam.", "Famille", "The") outside; a first name, a nickname or a surname alone is
  a PERSON; companies, clubs, pubs, teams (also when a team name plays on a famous name), practices, shops, venues and
  books are not labelled.
* EMAIL: every personal e-mail address, private or a person's work address at an organisation's domain; role
  mailboxes are not labelled.
* PHONE: every phone number of a person or of a practice, office, club, studio or firm (letterheads, signatures, fax
  lines); a chat sender shown as a number is PHONE; hotlines, public-service and service lines are not labelled.
* ADDRESS: "street, postcode town" on one line is two spans (street; postcode + town, with "D-" / "CH-" / "A-" / "I-"
  prefixes, Italian provinces, "Town POSTCODE" and "Town, ST ZIP" inside the town span), as is a two-line block; a
  street with its number alone is ADDRESS (tables, chats, JSON, YAML) and so is a combined "postcode town" field;
  towns alone are not labelled; business addresses (practices, offices, consulates, clubhouses, venues, shops) are
  labelled.
* DOB: a full date of birth (day, month, year) of an adult or a child, cue words outside; other dates, birth years
  alone and ages are not.
* IBAN: every IBAN, compact or grouped (also a club's, a practice's or a co-op's).  CARD: full Luhn-valid card
  numbers; masked numbers are not.
* AHV: Swiss social security numbers (756, dotted or compact).  IP: the public IPv4 / IPv6 address of a person's
  device or connection (web forms, bookings, orders, app logins, exports); LAN addresses are not labelled.

Usage (repo root): python bench/privacy/generate_holdout27.py [--out PATH] [--scan] [--show N] [--stats]
(--scan, --show and --stats print and write nothing.)
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import importlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

TAG = "holdout27"
OUT = Path(__file__).resolve().parent / "data" / "synthetic_holdout27.jsonl"
QUOTA = [
    ("de_DE", 300),
    ("de_CH", 200),
    ("de_AT", 150),
    ("fr_CH", 75),
    ("fr_FR", 75),
    ("it_CH", 50),
    ("it_IT", 50),
    ("en_GB", 50),
    ("en_US", 50),
]
LANG = {loc: loc[:2] for loc, _ in QUOTA}
COUNTRY = {
    "de_DE": "DE",
    "de_CH": "CH",
    "de_AT": "AT",
    "fr_CH": "CH",
    "fr_FR": "FR",
    "it_CH": "CH",
    "it_IT": "IT",
    "en_GB": "GB",
    "en_US": "US",
}

# ---------------------------------------------------------------------------------------------------------------
# labelled pieces: a value is written as \x02<code><text>\x03 inside the document string and resolved at the end
# ---------------------------------------------------------------------------------------------------------------
CODES = {
    "PERSON": "p",
    "EMAIL": "e",
    "PHONE": "t",
    "IBAN": "i",
    "ADDRESS": "a",
    "DOB": "d",
    "AHV": "v",
    "CARD": "c",
    "IP": "n",
}
TYPES = {v: k for k, v in CODES.items()}
MARK = re.compile("\x02([a-z])(.*?)\x03", re.S)


def m(typ: str, s: str) -> str:
    assert s and s == s.strip() and "\n" not in s and "\x02" not in s and "\x03" not in s, (typ, s)
    return "\x02" + CODES[typ] + s + "\x03"


def vis(s: str) -> str:
    return MARK.sub(lambda g: g.group(2), s)


def vlen(s: str) -> int:
    return len(vis(s))


def plain_map(s: str, fn) -> str:
    """apply fn to the unlabelled stretches of s only"""
    out, pos = [], 0
    for g in MARK.finditer(s):
        out.append(fn(s[pos : g.start()]))
        out.append(g.group(0))
        pos = g.end()
    out.append(fn(s[pos:]))
    return "".join(out)


def low(s: str, keep: str = "icvn") -> str:
    """lower-case typing: plain text and names/addresses/e-mails lower-cased, numbers untouched"""
    out, pos = [], 0
    for g in MARK.finditer(s):
        out.append(s[pos : g.start()].lower())
        code, val = g.group(1), g.group(2)
        out.append("\x02" + code + (val if code in keep else val.lower()) + "\x03")
        pos = g.end()
    out.append(s[pos:].lower())
    return "".join(out)


def finish(s: str) -> tuple[str, list[dict]]:
    text, ents, pos, cur = [], [], 0, 0
    for g in MARK.finditer(s):
        chunk = s[pos : g.start()]
        text.append(chunk)
        cur += len(chunk)
        val = g.group(2)
        assert "\x02" not in val
        ents.append({"type": TYPES[g.group(1)], "start": cur, "end": cur + len(val), "text": val})
        text.append(val)
        cur += len(val)
        pos = g.end()
    text.append(s[pos:])
    out = "".join(text)
    assert "\x02" not in out and "\x03" not in out
    return out, ents


# ---------------------------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------------------------
def seeded(key: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big"))


def wpick(rng: random.Random, pairs):
    items = list(pairs)
    tot = sum(w for _, w in items)
    x = rng.random() * tot
    for v, w in items:
        x -= w
        if x < 0:
            return v
    return items[-1][0]


def chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def T(lang: str, de: str, fr: str, it: str, en: str) -> str:
    return {"de": de, "fr": fr, "it": it, "en": en}[lang]


def TL(lang: str, de, fr, it, en):
    return {"de": de, "fr": fr, "it": it, "en": en}[lang]


ASCII_MAP = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "ß": "ss",
        "ı": "i",
        "İ": "I",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "Œ": "Oe",
    }
)


def asciify(s: str) -> str:
    s = s.translate(ASCII_MAP)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", asciify(s).lower())


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def nz_digits(rng: random.Random, n: int) -> str:
    return rng.choice("123456789") + digits(rng, n - 1)


def is_latin(s: str) -> bool:
    for c in s:
        if c in " -'’.":
            continue
        if not c.isalpha():
            return False
        if "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def pad(s: str, w: int, right: bool = False) -> str:
    n = w - vlen(s)
    return (" " * n + s) if right else (s + " " * max(n, 0))


def ch_ss(s: str) -> str:
    return s.replace("ß", "ss")


# ---------------------------------------------------------------------------------------------------------------
# names: Faker person-provider lists (never Faker's generator), plus community and special lists written here
# ---------------------------------------------------------------------------------------------------------------
def _prov(loc: str):
    return importlib.import_module(f"faker.providers.person.{loc}").Provider


ODD_NAMES = {"Dussen van", "Grein Groth", "Jacobi Jäckel", "Koch II", "auch Schlauchin", "Devereaux Deaueroux"}
PARTICLES = (
    "da ",
    "de ",
    "del ",
    "della ",
    "van ",
    "von ",
    "dos ",
    "das ",
    "di ",
    "le ",
    "la ",
    "du ",
    "d'",
    "ten ",
    "ter ",
)


def _lst(x) -> list[str]:
    vals = sorted(x.keys()) if isinstance(x, dict) else sorted(x)
    out = []
    for v in vals:
        if not v or not is_latin(v) or v in ODD_NAMES or "  " in v or v.endswith(".") or v.count(" ") > 2:
            continue
        if not v[0].isupper() and not v.startswith(PARTICLES):
            continue
        out.append(v)
    return out


def _faker_pool(loc: str) -> dict:
    P = _prov(loc)
    last = getattr(P, "last_names", [])
    pool = {"m": _lst(P.first_names_male), "f": _lst(P.first_names_female), "last": _lst(last)}
    if hasattr(P, "last_names_male") and hasattr(P, "last_names_female"):
        pool["last_m"] = _lst(P.last_names_male)
        pool["last_f"] = _lst(P.last_names_female)
    return pool


def _own(m: str, f: str, last: str) -> dict:
    return {"m": m.split(), "f": f.split(), "last": [x.replace("_", " ") for x in last.split()]}


SWISS_DE_LAST = (
    "Zürcher Brändli Hürlimann Gisler Furrer Imhof Wyss Bürgi Schnyder Zaugg Stalder Gerber Lüthi Aeschlimann "
    "Bühlmann Hostettler Kälin Rüegg Schürch Tschanz Wüthrich Zbinden Zimmerli Marti Suter Egli Frei Fankhauser "
    "Gasser Grossenbacher Häberli Joss Kunz Liechti Moser Niederhauser Ott Rohner Siegenthaler Steiner Tobler "
    "Vogt Wenger Wittwer Zürcher Baumgartner Inäbnit Kohler Christen Roth Zwahlen Blaser Jenni Nyffeler Sutter"
).split()
ROMAND_LAST = (
    "Favre Rochat Bovet Cuénod Jaquier Chappuis Pittet Monnier Blanc Rey Gaillard Perrin Vuilleumier Jeanneret "
    "Huguenin Racine Droz Matthey Nicolet Bujard Dutoit Mottier Cuche Baillif Borloz Genoud Vonlanthen Rossier "
    "Python Clément Bersier Jaccoud Aubert Pasche Crausaz Gavillet Mivelaz Overney Sallin Ruffieux Cottier Délèze "
    "Fournier Crettenand Bonvin Zufferey Theytaz Rappaz Maillard Dubey Schaller Roulin"
).split()
TICINO_LAST = (
    "Bernasconi Cattaneo Pedrazzini Bianchi Lepori Bassi Poretti Guscetti Balestra Beffa Gianella Cavadini "
    "Morinini Ferrari Rusconi Soldati Molinari Galli Pellandini Pedrini Bernardoni Delcò Antognini Lurati Quadri "
    "Lombardi Stoppa Crivelli Maggetti Codiroli Rezzonico Solari Bognuda Vanoni Camponovo Zanetti Jelmini Induni "
    "Gendotti Martinoli Respini Canonica Moresi Pozzi Ghiringhelli Ostini Righetti Snozzi Tognola Arigoni Foletti "
    "Sciaroni Bottinelli Marcionetti Vassalli"
).split()

OWN = {
    "al": _own(
        "Arben Blerim Driton Fatmir Besnik Valon Agim Ilir Labinot Arianit Leutrim Mentor Granit Shkelzen Flamur",
        "Arta Blerta Drita Fjolla Mimoza Vjosa Liridona Albulena Qëndresa Shpresa Teuta Kaltrina Elira Besarta",
        "Berisha Krasniqi Gashi Morina Hoxha Shala Kelmendi Bytyqi Rexhepi Syla Ahmeti Hasani Osmani Avdiu Zeqiri "
        "Hyseni Salihu Lika Dervishi Mehmeti Jashari Kastrati Sadiku Thaqi",
    ),
    "sr": _own(
        "Dragan Milan Nenad Zoran Dejan Goran Emir Amir Edin Adnan Jasmin Mirza Nikola Stefan Vladimir",
        "Jelena Milica Ivana Snežana Dragana Amra Lejla Amela Selma Aida Merima Emina Tijana Jovana",
        "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Hodžić Hadžić Kovačević "
        "Mehmedović Begić Delić Halilović Husić Softić Mujić Todorović Lazić Savić",
    ),
    "er": _own(
        "Yonas Dawit Filmon Mewael Robel Tesfalem Henok Biniam Aron Habtom Kibrom Natnael",
        "Senait Selam Saba Luwam Yordanos Feven Rahel Winta Ruta Hiwet Meron Eden",
        "Tesfamariam Ghebremedhin Habte Tekle Berhane Woldemichael Kidane Asmerom Haile Yohannes Mebrahtu "
        "Gebreyesus Ogbazghi Tesfay Weldu Ghebreab Andemariam",
    ),
    "ta": _own(
        "Kajan Thusanth Sujeevan Niroshan Pirashanth Mathusan Kirushanth Vithusan Sivaram Janarthan",
        "Tharsika Kajani Sharmila Nivetha Luxika Piraveena Thusyanthi Abinaya Keerthana Mathumitha",
        "Sivakumar Tharmalingam Ratnam Kanagaratnam Selvarajah Thavarajah Balasingam Nadarajah Sinnathamby "
        "Yogarajah Vigneswaran Ponnuthurai Arulanantham Jeyakumar Kandiah Loganathan",
    ),
    "sy": _own(
        "Ahmad Mohammad Omar Khaled Yusuf Samer Tarek Rami Bilal Mustafa Hamid Farid Jawid Naweed Mahmoud Basel",
        "Fatima Aya Rana Nour Lina Amal Huda Rasha Zahra Maryam Farida Shabnam Parwana Laila Sahar Rim",
        "Al-Hassan Haddad Khalil Ibrahim Darwish Hamdan Al-Khatib Sabbagh Mansour Nasser Saleh Aziz Rahimi Ahmadi "
        "Hosseini Karimi Sultani Noori Mohammadi Hakimi Stanekzai Popal Wardak Alhamwi Kassab",
    ),
    "ua": _own(
        "Dmytro Oleksandr Andrij Volodymyr Serhij Viktor Waldemar Alexej Nikolai Juri Bohdan Taras Mykola Artem",
        "Olga Natalia Swetlana Tatjana Irina Jelena Oksana Julia Anastasia Halyna Kateryna Larissa Walentina",
        "Schewtschenko Kowalenko Bondarenko Melnyk Tkatschenko Iwanow Petrow Smirnow Kusnezow Wolkow Hrytsenko "
        "Sawtschenko Moroz Lysenko Pawlenko Kravets Boiko Rudenko Koval Oliinyk",
    ),
    "vn": _own(
        "Minh Duc Hung Thanh Tuan Long Quang Huy Khanh Phong Nam Dung",
        "Lan Huong Mai Thu Linh Trang Hoa Ngoc Thuy Hanh Phuong Anh",
        "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ngo Duong Ly Truong",
    ),
    "cn": _own(
        "Wei Hao Ming Jun Lei Yiming Zhiwei Jian Tao Bo Xin Yu",
        "Jing Hui Yan Mei Fang Qing Xiaoyu Jiahui Zihan Ling Xue Ying",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He",
    ),
    "wa": _own(
        "Mamadou Moussa Ibrahima Ousmane Abdoulaye Seydou Cheikh Amadou Souleymane Aliou Boubacar Modou",
        "Aminata Fatoumata Mariam Awa Aïssatou Kadiatou Fanta Ramatoulaye Binta Khady Coumba Ndeye",
        "Diallo Traoré Koné Camara Coulibaly Diop Ndiaye Sow Bah Cissé Touré Keita Sylla Konaté Fofana Mbaye Sarr Fall "
        "Kouassi Kouamé Gueye Faye",
    ),
    "ma": _own(
        "Youssef Mehdi Karim Rachid Nabil Samir Hamza Yassine Ayoub Bilal Anouar Khalid",
        "Nadia Samira Leila Salma Imane Khadija Meryem Sanaa Houda Nawal Siham Zineb",
        "El_Amrani Benali Bouzid El_Idrissi Chaoui Benjelloun Tahiri El_Fassi Alaoui Berrada Ouali Belkacem Mansouri "
        "Haddadi Bouazza Ziani",
    ),
    "ph": _own(
        "Rodel Jomar Arnel Ronaldo Jhun Mark_Anthony John_Paul Reynaldo Ariel Jerome",
        "Maricel Jocelyn Rowena Marites Lovely Jennylyn Rizalyn Cherry Analyn Girlie",
        "Santos Reyes Cruz Bautista Mendoza Dela_Cruz Villanueva Ramos Aquino Castillo Manalo Pascual Soriano",
    ),
    "bd": _own(
        "Rafiq Jamal Habib Shahidul Mizanur Arif Kamrul Tanvir Sohel",
        "Nasrin Shirin Rupa Taslima Shapla Farzana Sumaiya Rehana",
        "Hossain Rahman Islam Uddin Akter Miah Chowdhury Sarker Alam Sheikh Talukder",
    ),
    "kr": _own(
        "Min-jun Ji-ho Seo-jun Hyun-woo Dong-hyun Jae-won Sung-min Daniel David Joseph",
        "Ji-woo Seo-yeon Min-seo Ha-eun Soo-jin Eun-ji Hye-jin Yoon-ah Grace Esther",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Oh Song",
    ),
    "hm": _own(
        "Tou Pao Chue Kou Xay Meng Fue Neng Cher Vue",
        "Mai Pa Nou Yer Kia Bao Chia Houa Youa Pang",
        "Vang Xiong Yang Thao Her Moua Lor Vue Chang Hang Lo Khang",
    ),
    "so": _own(
        "Abdirahman Abdullahi Mohamud Liban Abdiaziz Said Mahad Guled Abdikarim Bashir",
        "Hodan Ifrah Ayaan Fadumo Hibo Sagal Ubah Amran Ikran Deeqa Hamdi",
        "Mohamed Ahmed Hassan Abdi Farah Warsame Jama Osman Nur Aden Hirsi Egal Yusuf Dahir Abdulle",
    ),
    "gr": _own(
        "Dimitrios Georgios Nikos Kostas Yannis Christos Vasilis Panagiotis",
        "Eleni Maria Sofia Katerina Despina Anastasia Georgia Vasiliki",
        "Papadopoulos Georgiou Nikolaidis Konstantinidis Dimitriou Papadakis Vlachos Ioannidis Karagiannis Oikonomou "
        "Alexiou Christodoulou",
    ),
    "pk": _own(
        "Imran Asif Kamran Bilal Usman Faisal Tariq Zubair Adnan Shahid Waqar",
        "Ayesha Sana Fatima Nadia Saima Rabia Hina Amna Mehwish Sadia Zainab",
        "Khan Hussain Ahmed Iqbal Malik Raza Shah Qureshi Butt Chaudhry Mirza Akhtar Siddiqui Rashid",
    ),
    "ch": _own(
        "Ruslan Ramzan Magomed Adam Aslan Islam Timur",
        "Zarema Madina Kheda Aminat Luiza Milana Seda",
        "Dudajew Bisultanow Magomadow Umarow Chatujew Zakajew Isajew Ibragimow",
    ),
}

_P = {}
for _loc in [
    "de_DE",
    "de_AT",
    "de_CH",
    "fr_CH",
    "fr_FR",
    "it_IT",
    "en_GB",
    "en_US",
    "tr_TR",
    "hr_HR",
    "pt_PT",
    "pt_BR",
    "es_ES",
    "es_MX",
    "es_CO",
    "ro_RO",
    "nl_NL",
    "en_IN",
    "hu_HU",
    "cs_CZ",
    "sk_SK",
    "sl_SI",
    "fr_DZ",
    "yo_NG",
    "ig_NG",
    "en_NG",
    "tw_GH",
    "en_IE",
    "da_DK",
    "sv_SE",
    "fi_FI",
    "nl_BE",
    "de_LI",
]:
    _P[_loc] = _faker_pool(_loc)
_pl = _prov("pl_PL")
_P["pl_PL"] = {
    "m": _lst(_pl.first_names_male),
    "f": _lst(_pl.first_names_female),
    "last": _lst(_pl.male_last_names),
}
_vn = _faker_pool("vi_VN")

REGION = {
    "de_DE": {"m": _P["de_DE"]["m"], "f": _P["de_DE"]["f"], "last": _P["de_DE"]["last"]},
    "de_AT": {
        "m": sorted(set(_P["de_AT"]["m"]) | set(_P["de_DE"]["m"][::5])),
        "f": sorted(set(_P["de_AT"]["f"]) | set(_P["de_DE"]["f"][::5])),
        "last": _P["de_AT"]["last"],
    },
    "de_CH": {
        "m": _P["de_CH"]["m"],
        "f": _P["de_CH"]["f"],
        "last": sorted(set(_P["de_CH"]["last"]) | set(SWISS_DE_LAST)),
    },
    "fr_CH": {
        "m": sorted(set(_P["fr_CH"]["m"]) | set(_P["fr_FR"]["m"])),
        "f": sorted(set(_P["fr_CH"]["f"]) | set(_P["fr_FR"]["f"])),
        "last": sorted(set(_P["fr_CH"]["last"]) | set(ROMAND_LAST)),
    },
    "fr_FR": {"m": _P["fr_FR"]["m"], "f": _P["fr_FR"]["f"], "last": _P["fr_FR"]["last"]},
    "it_CH": {
        "m": _P["it_IT"]["m"],
        "f": _P["it_IT"]["f"],
        "last": sorted(set(TICINO_LAST) | set(_P["it_IT"]["last"][::6])),
    },
    "it_IT": {"m": _P["it_IT"]["m"], "f": _P["it_IT"]["f"], "last": _P["it_IT"]["last"]},
    "en_GB": {"m": _P["en_GB"]["m"], "f": _P["en_GB"]["f"], "last": _P["en_GB"]["last"]},
    "en_US": {"m": _P["en_US"]["m"], "f": _P["en_US"]["f"], "last": _P["en_US"]["last"]},
}
COMMUNITY = {
    "DE": [
        ("tr_TR", 5),
        ("pl_PL", 3),
        ("ua", 3),
        ("sy", 3),
        ("hr_HR", 2),
        ("gr", 1),
        ("it_IT", 2),
        ("ro_RO", 2),
        ("al", 2),
        ("vn", 1),
        ("pt_PT", 1),
        ("es_ES", 1),
    ],
    "CH": [
        ("pt_PT", 4),
        ("it_IT", 3),
        ("al", 4),
        ("sr", 2),
        ("tr_TR", 2),
        ("er", 2),
        ("ta", 2),
        ("es_ES", 2),
        ("hr_HR", 1),
        ("sy", 1),
        ("pt_BR", 1),
    ],
    "AT": [
        ("tr_TR", 4),
        ("sr", 4),
        ("hr_HR", 2),
        ("ro_RO", 2),
        ("hu_HU", 2),
        ("pl_PL", 2),
        ("cs_CZ", 1),
        ("sk_SK", 1),
        ("ch", 2),
        ("sy", 2),
        ("sl_SI", 1),
    ],
    "FR": [
        ("fr_DZ", 4),
        ("ma", 3),
        ("pt_PT", 3),
        ("wa", 3),
        ("es_ES", 2),
        ("vn", 1),
        ("cn", 1),
        ("it_IT", 1),
        ("tr_TR", 1),
    ],
    "IT": [
        ("ro_RO", 4),
        ("al", 3),
        ("ma", 2),
        ("cn", 2),
        ("ph", 2),
        ("ua", 2),
        ("en_IN", 1),
        ("wa", 2),
        ("bd", 1),
        ("es_MX", 1),
    ],
    "GB": [
        ("en_IN", 3),
        ("pk", 3),
        ("pl_PL", 2),
        ("en_NG", 1),
        ("yo_NG", 1),
        ("ig_NG", 1),
        ("tw_GH", 1),
        ("ro_RO", 1),
        ("en_IE", 2),
        ("so", 1),
        ("cn", 1),
    ],
    "US": [
        ("es_MX", 5),
        ("es_CO", 1),
        ("kr", 2),
        ("cn", 2),
        ("vn", 2),
        ("en_IN", 2),
        ("hm", 1),
        ("so", 1),
        ("en_NG", 1),
        ("pl_PL", 1),
        ("en_IE", 2),
    ],
}


def _pool(key: str) -> dict:
    if key in OWN:
        return OWN[key]
    if key == "vn":
        return OWN["vn"]
    return _P[key]


ORDINARY_LAST = {
    "de": "Fuchs Vogel Sommer Winter Herbst Kaiser König Jäger Wolf Hahn Specht Adler Kranich Storch Stern Sonntag "
    "Freitag Glück Ernst Frost Sturm Regen Pfeffer Zucker Kopf Hase Bär Schwarz Weiss Braun Klein Lang Kurz Jung "
    "Neu Reich Fromm Licht Schatten Wald Berg Bach Stein Eisen Silber Gold Kohl Senf Honig Engel Teufel Bischof "
    "Probst Mönch Richter Vogt Bote Wirt Gast Morgen Abend Nebel Blitz Hering Karpfen Ochs Kalb Fink Amsel "
    "Lerche Tanne Eiche Linde Birke Rübe Gurke Kümmel Essig Brot".split(),
    "fr": "Petit Legrand Lenoir Leblanc Leroy Boulanger Boucher Meunier Fontaine Bonheur Printemps Chapeau Lapin "
    "Renard Loup Lièvre Mouton Chevalier Marchand Berger Pasteur Rivière Bonnet Lacroix Poisson Rossignol Pinson "
    "Merle Corbeau Cerise Lavigne Sage Lebon Doucet Joly Gentil Courtois Bontemps Soleil Lune Neige Pain Beurre "
    "Fromage Vacher Charpentier Couturier Tailleur Lemaître".split(),
    "it": "Leone Volpe Lupo Orso Gallo Colombo Passera Sole Luna Campana Fontana Ferro Sasso Mare Fiore Rosa Bianco "
    "Nero Moro Bello Buono Fortunato Benvenuto Speranza Pace Grasso Piccolo Longo Santo Vescovo Cappello Pane "
    "Vino Cavallo Capra Pecora Farina Notte Neve Vento Sarto Mastro Barbieri Porta Casa".split(),
    "en": "Hope Stone Frost Pepper Baker Miller Fisher Hunter Cook Bird Wolf Fox Lamb Crow Swan Wren Finch Sparrow "
    "Rose Bloom Rivers Brook Hill Wood Field Moon Star Winter Summer Snow Rain Storm King Knight Bishop Church "
    "Bell Page Porter Little Long Short Young Sharp Best Goodman Love Power Strong Black White Green Brown Gray "
    "Cross Lane Street Lord Noble Marshall Butler Parsons Friend Bond Cash Price Money Penny Taylor Mason".split(),
}
ORDINARY_FIRST = {
    "de": {"m": "Ernst Wolf Frank Konstantin August Fromm".split(), "f": "Rosa Linde Heide Frieda Sonja Flora".split()},
    "fr": {
        "m": "Aimé Désiré Constant Clément Lucien Fleury".split(),
        "f": "Rose Fleur Blanche Prudence Constance Aurore".split(),
    },
    "it": {
        "m": "Fortunato Felice Benvenuto Modesto Innocenzo Primo".split(),
        "f": "Rosa Serena Bianca Stella Aurora Celeste".split(),
    },
    "en": {
        "m": "Frank Earnest Rich Will Clay Dale Glen Robin".split(),
        "f": "Grace Joy Hope June Hazel Ivy Holly Pearl Dawn Faith".split(),
    },
}
PARTICLE_LAST = {
    "de_DE": "von_Bülow von_Berg vom_Hofe von_der_Heide van_der_Meer ten_Brink de_Vries von_Hagen zur_Nieden "
    "von_Stetten auf_dem_Kampe".split(),
    "de_CH": "von_Allmen von_Arx von_Gunten von_Känel von_der_Mühll von_Wattenwyl de_Quervain von_Matt auf_der_Maur "
    "am_Rhyn von_Siebenthal von_Rotz".split(),
    "de_AT": "Van_der_Straaten de_Cillia von_Pronay zu_Eltz von_Kalckreuth de_Martin da_Costa".split(),
    "fr": "de_Montmollin Du_Pasquier de_Pury de_Rham de_Coulon de_Meuron d'Épinay de_la_Fontaine Le_Goff Le_Gall "
    "Le_Bihan Du_Bois Des_Roches de_la_Tour Le_Moal de_Weck".split(),
    "it": "Dal_Molin Lo_Presti Lo_Bianco Dell'Acqua Della_Valle Di_Stefano D'Amico La_Rosa Li_Causi Dalla_Costa "
    "Dal_Pozzo De_Gasperi Lo_Iacono".split(),
    "en": "O'Connor O'Brien MacLeod Van_Dyke Van_Buren De_la_Cruz St._John Le_Mesurier D'Souza Fitzgerald "
    "McAllister O'Sullivan".split(),
}
INVENT = {
    "de": (
        "Grub Moos Egg Stauf Hinter Ober Haid Kirch Asch Fell Rütt Wies Schwend Halden Ried Mett Gfell Hölz Sulz Ratz "
        "Pfaff Wildegg Tobl Wyl Ruch Gschwend Brunn Zwick".split(),
        "wieser reiter hänsli bichler mooser lechner rieder staller leitner wanger mattli stetter lehner schwandtner "
        "walder kofler bacher gruber egger rüti hölzl matter ecker".split(),
    ),
    "fr": (
        "Brè Chau Jaqu Feu Vuill Bourq Dél Cret Tiss Pell Rev Mour Gros Vaul Chapp Bouv".split(),
        "erat vaz eillod ignat ardin elet erin oud uz ey ioud enaz ollet arrot iquet".split(),
    ),
    "it": (
        "Corv Tess Bald Lup Cast Sarz Vald Zan Brun Pell Mont Ghis Tomb Scarp Vell".split(),
        "asio otti erio inelli azzi ardi agni olin ignani uzzi etto oni accio".split(),
    ),
    "en": (
        "Kel Pen Ash Thorn Brack Whit Brom Wick Dray Fair Cald Holl Ware Ember Gor".split(),
        "thwaite wick combe hurst ridge stow bury ington thorpe leigh wold cote".split(),
    ),
}
RARE_FIRST = {
    "de": {
        "m": "Quirin Tjark Sixtus Wendelin Bonifaz Ansgar Gebhard".split(),
        "f": "Fenja Irmtraud Hiltrud Walburga Ottilie Roswitha".split(),
    },
    "fr": {
        "m": "Clovis Anatole Ambroise Théodule Gonzague".split(),
        "f": "Ysaline Ombeline Philomène Bérénice Eulalie".split(),
    },
    "it": {
        "m": "Settimio Ottorino Zeffiro Gervasio Tarcisio".split(),
        "f": "Ottavia Zelinda Ermenegilda Cesira Clotilde".split(),
    },
    "en": {"m": "Digby Tarquin Crispin Jago Peregrine".split(), "f": "Wren Hester Clemency Tamsin Perpetua".split()},
}
NICK = {
    "de": {
        "Stefanie": "Steffi",
        "Florian": "Flo",
        "Sebastian": "Basti",
        "Christina": "Chrissi",
        "Andreas": "Andi",
        "Tobias": "Tobi",
        "Katharina": "Kathi",
        "Magdalena": "Lena",
        "Josef": "Sepp",
        "Theresia": "Resi",
        "Ulrich": "Uli",
        "Monika": "Moni",
        "Maximilian": "Max",
        "Alexander": "Alex",
        "Caroline": "Caro",
        "Michael": "Micha",
        "Friederike": "Rike",
        "Cornelia": "Conny",
        "Susanne": "Susi",
        "Gabriele": "Gabi",
        "Sabine": "Bine",
        "Franziska": "Franzi",
        "Verena": "Vreni",
        "Rudolf": "Ruedi",
        "Heinrich": "Heiri",
        "Benjamin": "Beni",
        "Samuel": "Sämi",
        "Christian": "Chrigi",
        "Ferdinand": "Ferdl",
        "Leopold": "Poldi",
        "Matthias": "Hias",
        "Thomas": "Tom",
        "Johannes": "Hannes",
        "Wolfgang": "Wolfi",
        "Elisabeth": "Lisi",
        "Barbara": "Babsi",
        "Patrick": "Paddy",
        "Daniel": "Dani",
        "Nikolaus": "Klaus",
        "Dominik": "Dome",
    },
    "fr": {
        "Françoise": "Fanfan",
        "Nicolas": "Nico",
        "Sébastien": "Seb",
        "Emmanuel": "Manu",
        "Stéphanie": "Steph",
        "Caroline": "Caro",
        "Julie": "Juju",
        "Valérie": "Val",
        "Frédéric": "Fred",
        "Dominique": "Domi",
        "Béatrice": "Béa",
        "Isabelle": "Isa",
        "Alexandre": "Alex",
        "Christophe": "Chris",
        "Guillaume": "Guigui",
        "Mathilde": "Mathou",
        "Thomas": "Tom",
        "Maximilien": "Max",
        "Catherine": "Cathy",
        "Philippe": "Phil",
    },
    "it": {
        "Giuseppe": "Peppe",
        "Francesco": "Checco",
        "Giuseppina": "Pinuccia",
        "Luigi": "Gigi",
        "Antonio": "Tonio",
        "Federica": "Fede",
        "Federico": "Fede",
        "Alessandro": "Ale",
        "Valentina": "Vale",
        "Beatrice": "Bea",
        "Roberto": "Robi",
        "Gabriele": "Lele",
        "Elisabetta": "Betta",
        "Massimiliano": "Max",
        "Salvatore": "Totò",
        "Domenico": "Mimmo",
        "Vincenzo": "Enzo",
        "Caterina": "Cate",
        "Margherita": "Marghe",
        "Simona": "Simo",
    },
    "en": {
        "Elizabeth": "Liz",
        "Alfred": "Alfie",
        "Rebecca": "Bex",
        "James": "Jim",
        "Robert": "Bob",
        "Katherine": "Kate",
        "Thomas": "Tom",
        "David": "Dave",
        "Michael": "Mike",
        "Christopher": "Chris",
        "Samuel": "Sam",
        "Eleanor": "Ellie",
        "Charles": "Charlie",
        "Peter": "Pete",
        "Jennifer": "Jen",
        "Nicholas": "Nick",
        "Daniel": "Dan",
        "Margaret": "Meg",
        "Andrew": "Andy",
        "Stephen": "Steve",
        "Susan": "Sue",
        "Patricia": "Pat",
        "William": "Bill",
        "Victoria": "Vicky",
        "Jonathan": "Jon",
    },
}

_ALL_LAST = set()
for _k, _v in _P.items():
    _ALL_LAST |= set(_v["last"]) | set(_v.get("last_m", [])) | set(_v.get("last_f", []))
for _v in OWN.values():
    _ALL_LAST |= set(_v["last"])
_ALL_LAST |= set(_pl.unisex_last_names) | set(_vn["last"])
for _l in ["uk_UA", "ru_RU", "el_GR", "bg_BG", "lv_LV", "et_EE", "ga_IE", "no_NO", "lt_LT", "az_AZ", "id_ID"]:
    _ALL_LAST |= set(_lst(getattr(_prov(_l), "last_names", [])))
_ALL_LAST |= set(SWISS_DE_LAST) | set(ROMAND_LAST) | set(TICINO_LAST)
_ALL_LOWER = {asciify(x).lower() for x in _ALL_LAST}


def female_form(last: str, key: str) -> str:
    if key == "pl_PL":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if last.endswith(a):
                return last[: -len(a)] + b
        return last
    if key in ("cs_CZ", "sk_SK"):
        if last.endswith("ý"):
            return last[:-1] + "á"
        if last.endswith("a"):
            return last[:-1] + "ová"
        if last.endswith("ek"):
            return last[:-2] + "ková"
        if last.endswith("ec"):
            return last[:-2] + "cová"
        return last + "ová"
    if key == "ch":
        return last + "a"
    return last


class Person:
    __slots__ = ("first", "last", "base", "g", "key", "lang", "nick", "dob", "second", "kind")

    def __init__(self, first, last, g, key, lang, kind, base=None):
        self.first, self.last, self.g, self.key, self.lang, self.kind = first, last, g, key, lang, kind
        self.base = base or last
        self.nick = NICK.get(lang, {}).get(first)
        self.dob = None
        self.second = None

    @property
    def full(self):
        return f"{self.first} {self.last}"


def invented_last(rng: random.Random, lang: str) -> str:
    a, b = INVENT[lang]
    for _ in range(50):
        s = rng.choice(a) + rng.choice(b)
        if re.search(r"(.)\1\1|uu|[aeiou]ey$|ggegg|ui$", s):
            continue
        if asciify(s).lower() not in _ALL_LOWER:
            return s
    return s


def new_person(
    rng: random.Random,
    loc: str,
    g: str | None = None,
    last: str | None = None,
    key: str | None = None,
    age: tuple[int, int] = (20, 80),
    kind: str | None = None,
) -> Person:
    lang = LANG[loc]
    g = g or rng.choice("mf")
    if kind is None:
        kind = wpick(rng, [("region", 55), ("comm", 23), ("special", 22)])
    if last is not None:
        # relative: same surname, origin key decides the first-name pool and gendered form
        key = key or loc
        pool = REGION[loc] if key == loc else _pool(key)
        first = rng.choice(pool[g]) if pool.get(g) else rng.choice(REGION[loc][g])
        ln = female_form(last, key) if g == "f" else last
        p = Person(first, ln, g, key, lang, "rel", base=last)
        p.dob = birth(rng, age)
        return p
    if kind == "comm":
        key = wpick(rng, COMMUNITY[COUNTRY[loc]])
        pool = _pool(key)
        first = rng.choice(pool[g])
        base = (
            rng.choice(pool["last_m"]) if "last_m" in pool and key in ("cs_CZ", "sk_SK") else rng.choice(pool["last"])
        )
        if key in ("es_ES", "es_MX", "es_CO") and chance(rng, 0.45):
            base = base + " " + rng.choice(pool["last"])
        if key in ("pt_PT", "pt_BR") and chance(rng, 0.4):
            base = rng.choice(["da Silva", "dos Santos", "de Sousa", "da Costa", rng.choice(pool["last"])]) + " " + base
        ln = female_form(base, key) if g == "f" else base
        p = Person(first, ln, g, key, lang, "comm", base=base)
    elif kind == "special":
        sub = wpick(rng, [("word", 35), ("particle", 20), ("invent", 25), ("double", 20)])
        first = rng.choice(REGION[loc][g])
        if sub == "word":
            ln = rng.choice(ORDINARY_LAST[lang])
            if chance(rng, 0.3):
                first = rng.choice(ORDINARY_FIRST[lang][g])
        elif sub == "particle":
            src = PARTICLE_LAST[loc] if lang == "de" else PARTICLE_LAST[lang]
            ln = rng.choice(src).replace("_", " ")
        elif sub == "invent":
            ln = invented_last(rng, lang)
            if chance(rng, 0.35):
                first = rng.choice(RARE_FIRST[lang][g])
        else:
            a, b = rng.sample(REGION[loc]["last"], 2)
            joiner = "-" if lang in ("de", "fr") or chance(rng, 0.5) else " "
            ln = a + joiner + b
        p = Person(first, ln, g, loc, lang, "special")
    else:
        first = rng.choice(REGION[loc][g])
        if chance(rng, 0.15):
            # a first name that has a usual short form, so that nicknames turn up in chats and salutations
            nick_firsts = [k for k in NICK[lang] if k in REGION[loc][g]]
            if nick_firsts:
                first = rng.choice(nick_firsts)
        ln = rng.choice(REGION[loc]["last"])
        p = Person(first, ln, g, loc, lang, "region")
        if chance(rng, 0.06):
            # a double first name
            other = rng.choice(REGION[loc][g])
            if other != first and " " not in first and "-" not in first and " " not in other:
                p.first = first + ("-" if lang in ("de", "fr") else " ") + other
    if lang == "en" and kind == "region" and chance(rng, 0.12):
        p.second = rng.choice("ABCDEFGHJKLMNPRSTW")
    p.dob = birth(rng, age)
    return p


def family(rng: random.Random, loc: str, head: Person, g: str | None = None, age=(2, 16)) -> Person:
    """a relative sharing the surname (gendered forms where the community uses them)"""
    key = head.key if head.kind in ("comm", "rel") else loc
    if key not in REGION and key not in OWN and key not in _P:
        key = loc
    return new_person(rng, loc, g=g, last=head.base, key=key, age=age)


def initials(first: str) -> str:
    parts = re.split(r"([- ])", first)
    out = ""
    for x in parts:
        if x in ("-", " "):
            out += "-" if x == "-" else " "
        elif x:
            out += x[0] + "."
    return out


def nm(p: Person, form: str = "fl") -> str:
    """a name in one of many written forms, labelled"""
    f, la = p.first, p.last
    if form == "fl":
        s = f"{f} {p.second + '. ' if p.second else ''}{la}"
    elif form == "lf":
        s = f"{la}, {f}"
    elif form == "LF":
        s = f"{la.upper()} {f}"
    elif form == "L,F":
        s = f"{la.upper()}, {f}"
    elif form == "l f":
        s = f"{la} {f}"
    elif form == "il":
        s = f"{initials(f)} {la}"
    elif form == "fi":
        s = f"{f} {la[0]}."
    elif form == "FL":
        s = f"{f} {la}".upper()
    elif form == "f":
        s = f
    elif form == "l":
        s = la
    elif form == "nick":
        s = p.nick or f
    elif form == "nl":
        s = f"{p.nick or f} {la}"
    elif form == "caret":
        s = f"{la.upper()}^{f.upper()}"
    else:
        raise ValueError(form)
    return m("PERSON", s)


def nform(rng: random.Random, lang: str, formal: bool = False) -> str:
    if formal:
        return wpick(rng, [("fl", 50), ("lf", 15), ("LF", 6), ("L,F", 4), ("il", 8), ("FL", 3), ("l f", 4)])
    return wpick(rng, [("fl", 55), ("lf", 8), ("il", 6), ("fi", 6), ("f", 12), ("nl", 3), ("FL", 2), ("l", 4)])


# ---------------------------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------------------------
REF = dt.date(2026, 11, 20)


def birth(rng: random.Random, age: tuple[int, int]) -> dt.date:
    lo, hi = age
    days = rng.randint(int(lo * 365.25) + 10, int(hi * 365.25) + 300)
    return REF - dt.timedelta(days=days)


def doc_date(rng: random.Random) -> dt.datetime:
    d = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 640))
    return dt.datetime(d.year, d.month, d.day, rng.randint(7, 22), rng.randint(0, 59))


MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}
MON_SHORT = {
    "de": "Jan. Feb. Mrz. Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()


def ordinal_en(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return f"{d}th"
    return f"{d}" + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def month_name(loc: str, mth: int, rng: random.Random | None = None) -> str:
    lang = LANG[loc]
    name = MONTHS[lang][mth - 1]
    if loc == "de_AT" and mth == 1:
        name = "Jänner"
    if loc == "de_AT" and mth == 2 and rng is not None and chance(rng, 0.3):
        name = "Feber"
    return name


def fmt_date(d: dt.date, shape: str, loc: str, rng: random.Random) -> str:
    D, M, Y = d.day, d.month, d.year
    y2 = f"{Y % 100:02d}"
    lang = LANG[loc]
    if shape == "dmy_dot":
        return f"{D:02d}.{M:02d}.{Y}"
    if shape == "dmy_dot_np":
        return f"{D}.{M}.{Y}"
    if shape == "dmy_dot_yy":
        return f"{D:02d}.{M:02d}.{y2}"
    if shape == "dmy_dot_np_yy":
        return f"{D}.{M}.{y2}"
    if shape == "dmy_dot_sp":
        return f"{D:02d}. {M:02d}. {Y}" if chance(rng, 0.6) else f"{D}. {M}. {Y}"
    if shape == "iso":
        return f"{Y}-{M:02d}-{D:02d}"
    if shape == "ymd_dot":
        return f"{Y}.{M:02d}.{D:02d}"
    if shape == "compact":
        return f"{Y}{M:02d}{D:02d}"
    if shape == "dmy_slash":
        return f"{D:02d}/{M:02d}/{Y}"
    if shape == "dmy_slash_np":
        return f"{D}/{M}/{Y}"
    if shape == "dmy_slash_yy":
        return f"{D:02d}/{M:02d}/{y2}"
    if shape == "dmy_dash":
        return f"{D:02d}-{M:02d}-{Y}"
    if shape == "dmy_space":
        return f"{D:02d} {M:02d} {Y}"
    if shape == "roman":
        return f"{D}.{ROMAN[M - 1]}.{Y}" if lang != "it" else f"{D}/{ROMAN[M - 1]}/{Y}"
    if shape == "ymd_slash":
        return f"{Y}/{M:02d}/{D:02d}"
    if shape == "mdy_slash":
        return f"{M:02d}/{D:02d}/{Y}"
    if shape == "mdy_slash_np":
        return f"{M}/{D}/{Y}"
    if shape == "mdy_slash_yy":
        return f"{M}/{D}/{y2}"
    if shape == "mdy_dash":
        return f"{M}-{D}-{Y}"
    if shape == "de_long":
        return f"{D}. {month_name(loc, M, rng)} {Y}"
    if shape == "de_long0":
        return f"{D:02d}. {month_name(loc, M, rng)} {Y}"
    if shape == "de_short":
        return f"{D}. {MON_SHORT['de'][M - 1]} {Y}" if loc != "de_AT" or M != 1 else f"{D}. Jän. {Y}"
    if shape == "de_nodot":
        return f"{D}.{month_name(loc, M, rng)} {Y}"
    if shape == "de_nospace":
        return f"{D} {month_name(loc, M, rng)} {Y}"
    if shape == "de_apos":
        return f"{D}. {month_name(loc, M, rng)} '{y2}"
    if shape == "fr_long":
        return f"{'1er' if D == 1 else D} {MONTHS['fr'][M - 1]} {Y}"
    if shape == "fr_upper":
        return f"{D} {MONTHS['fr'][M - 1].upper()} {Y}"
    if shape == "fr_short":
        return f"{D} {MON_SHORT['fr'][M - 1]} {Y}"
    if shape == "it_long":
        return f"{'1°' if D == 1 else D} {MONTHS['it'][M - 1]} {Y}"
    if shape == "it_short":
        return f"{D} {MON_SHORT['it'][M - 1]} {Y}"
    if shape == "it_upper":
        return f"{D:02d} {MON_SHORT['it'][M - 1].upper()} {Y}"
    if shape == "en_long":
        return f"{D} {MONTHS['en'][M - 1]} {Y}"
    if shape == "en_th":
        return f"{ordinal_en(D)} {MONTHS['en'][M - 1]} {Y}"
    if shape == "en_thof":
        return f"{ordinal_en(D)} of {MONTHS['en'][M - 1]} {Y}"
    if shape == "en_short":
        return f"{D} {MON_SHORT['en'][M - 1]} {Y}"
    if shape == "en_oracle":
        return f"{D:02d}-{MON_SHORT['en'][M - 1].upper()}-{Y}"
    if shape == "us_long":
        return f"{MONTHS['en'][M - 1]} {D}, {Y}"
    if shape == "us_short":
        return f"{MON_SHORT['en'][M - 1]} {D}, {Y}"
    if shape == "us_shortdot":
        return f"{MON_SHORT['en'][M - 1]}. {D}, {Y}" if M != 5 else f"May {D}, {Y}"
    if shape == "us_th":
        return f"{MONTHS['en'][M - 1]} {ordinal_en(D)}, {Y}"
    raise ValueError(shape)


DOB_SHAPES = {
    "de_DE": [
        ("dmy_dot", 40),
        ("dmy_dot_np", 10),
        ("dmy_dot_yy", 6),
        ("dmy_dot_np_yy", 3),
        ("dmy_dot_sp", 3),
        ("iso", 6),
        ("compact", 2),
        ("de_long", 10),
        ("de_long0", 2),
        ("de_short", 3),
        ("de_nodot", 2),
        ("de_nospace", 2),
        ("roman", 1),
        ("dmy_slash", 3),
        ("dmy_dash", 2),
        ("de_apos", 1),
    ],
    "de_CH": [
        ("dmy_dot", 42),
        ("dmy_dot_np", 12),
        ("dmy_dot_yy", 7),
        ("dmy_dot_np_yy", 4),
        ("dmy_dot_sp", 2),
        ("iso", 5),
        ("compact", 1),
        ("de_long", 10),
        ("de_short", 2),
        ("de_nodot", 2),
        ("de_nospace", 2),
        ("dmy_slash", 3),
        ("roman", 1),
    ],
    "de_AT": [
        ("dmy_dot", 40),
        ("dmy_dot_np", 10),
        ("dmy_dot_yy", 6),
        ("dmy_dot_np_yy", 2),
        ("dmy_dot_sp", 4),
        ("iso", 5),
        ("compact", 2),
        ("de_long", 12),
        ("de_long0", 2),
        ("de_short", 3),
        ("de_nodot", 2),
        ("dmy_slash", 3),
        ("dmy_dash", 2),
        ("de_apos", 1),
    ],
    "fr_CH": [
        ("dmy_dot", 30),
        ("dmy_slash", 25),
        ("fr_long", 18),
        ("fr_upper", 3),
        ("fr_short", 4),
        ("iso", 4),
        ("dmy_dash", 2),
        ("dmy_slash_yy", 2),
        ("dmy_dot_np", 5),
        ("dmy_space", 1),
    ],
    "fr_FR": [
        ("dmy_slash", 45),
        ("fr_long", 20),
        ("fr_upper", 4),
        ("fr_short", 5),
        ("iso", 5),
        ("dmy_dash", 4),
        ("dmy_slash_yy", 3),
        ("dmy_space", 2),
        ("compact", 1),
        ("dmy_slash_np", 2),
        ("dmy_dot", 3),
    ],
    "it_CH": [
        ("dmy_dot", 30),
        ("dmy_slash", 20),
        ("it_long", 18),
        ("it_short", 4),
        ("iso", 4),
        ("dmy_dash", 3),
        ("dmy_dot_np", 5),
        ("dmy_slash_np", 3),
        ("roman", 1),
        ("it_upper", 2),
    ],
    "it_IT": [
        ("dmy_slash", 45),
        ("it_long", 20),
        ("it_short", 5),
        ("iso", 5),
        ("dmy_dash", 5),
        ("dmy_slash_np", 4),
        ("dmy_slash_yy", 2),
        ("roman", 1),
        ("it_upper", 2),
        ("dmy_dot", 3),
        ("compact", 1),
    ],
    "en_GB": [
        ("dmy_slash", 35),
        ("en_long", 15),
        ("en_th", 8),
        ("en_thof", 4),
        ("en_short", 8),
        ("en_oracle", 3),
        ("iso", 5),
        ("dmy_dot", 3),
        ("dmy_dash", 3),
        ("dmy_slash_yy", 3),
        ("us_long", 3),
        ("dmy_slash_np", 2),
    ],
    "en_US": [
        ("mdy_slash", 30),
        ("mdy_slash_np", 15),
        ("mdy_slash_yy", 5),
        ("us_long", 15),
        ("us_short", 8),
        ("us_shortdot", 3),
        ("us_th", 3),
        ("mdy_dash", 5),
        ("iso", 8),
        ("en_long", 3),
        ("ymd_slash", 1),
    ],
}


SHAPES_USED: collections.Counter = collections.Counter()


class Ctx:
    """per-document state: locale, random source, the document's date-of-birth shape, the document date"""

    def __init__(self, rng: random.Random, loc: str, genre: str, i: int):
        self.rng, self.loc, self.genre, self.i = rng, loc, genre, i
        self.lang = LANG[loc]
        self.cc = COUNTRY[loc]
        self.shape = wpick(rng, DOB_SHAPES[loc])
        self.now = doc_date(rng)
        self.people: list[Person] = []
        ds = {"de": "dmy_dot", "fr": "dmy_slash", "it": "dmy_slash", "en": "dmy_slash"}[self.lang]
        if loc == "en_US":
            ds = "mdy_slash"
        if self.cc == "CH" and self.lang != "de" and chance(rng, 0.5):
            ds = "dmy_dot"
        if self.lang == "de" and chance(rng, 0.1):
            ds = "dmy_dot_np"
        self.dshape = ds

    def T(self, de, fr, it, en):
        return {"de": de, "fr": fr, "it": it, "en": en}[self.lang]

    def pick(self, de, fr, it, en):
        return self.rng.choice({"de": de, "fr": fr, "it": it, "en": en}[self.lang])

    def person(self, **kw) -> Person:
        p = new_person(self.rng, self.loc, **kw)
        self.people.append(p)
        return p

    def child(self, parent: Person, g=None, age=(3, 15)) -> Person:
        c = family(self.rng, self.loc, parent, g=g, age=age)
        self.people.append(c)
        return c

    def partner(self, p: Person, same_name: float = 0.55) -> Person:
        g = "f" if p.g == "m" else "m"
        if chance(self.rng, 0.1):
            g = p.g
        if chance(self.rng, same_name) and g != p.g:
            q = family(self.rng, self.loc, p, g=g, age=(max(18, REF.year - p.dob.year - 8), REF.year - p.dob.year + 6))
        else:
            q = new_person(self.rng, self.loc, g=g, age=(max(18, REF.year - p.dob.year - 8), REF.year - p.dob.year + 6))
        self.people.append(q)
        return q

    def dob(self, p: Person, shape: str | None = None, chat: bool = False) -> str:
        if shape is None:
            shape = self.shape if chance(self.rng, 0.75) else wpick(self.rng, DOB_SHAPES[self.loc])
            if chat and shape in ("compact", "iso", "en_oracle", "ymd_slash", "ymd_dot"):
                shape = DOB_SHAPES[self.loc][0][0]
        SHAPES_USED[shape] += 1
        return m("DOB", fmt_date(p.dob, shape, self.loc, self.rng))

    def date(self, d: dt.date, shape: str | None = None) -> str:
        """a plain (unlabelled) date in the locale's usual shape"""
        return fmt_date(d, shape or self.dshape, self.loc, self.rng)

    def later(self, lo: int, hi: int) -> dt.date:
        return (self.now + dt.timedelta(days=self.rng.randint(lo, hi))).date()


def dob_cue(cx: Ctx, p: Person, chat: bool = False) -> str:
    """a date of birth after a cue word"""
    lang, rng = cx.lang, cx.rng
    if lang == "de":
        cue = rng.choice(["geb.", "geb. am", "geboren am", "*", "Geb.", "geb.:", "Jg./Geb."]) if p.g else "geb."
        if cue == "Jg./Geb.":
            cue = "geb."
    elif lang == "fr":
        cue = rng.choice(
            [
                "né le" if p.g == "m" else "née le",
                "né(e) le",
                "date de naissance :",
                "né" if p.g == "m" else "née",
                "DDN",
            ]
        )
    elif lang == "it":
        cue = rng.choice(
            [
                "nato il" if p.g == "m" else "nata il",
                "nato/a il",
                "n.",
                "data di nascita",
                "nat" + ("o" if p.g == "m" else "a"),
            ]
        )
    else:
        cue = rng.choice(["born", "b.", "DOB", "date of birth", "D.O.B."])
    sep = " " if not cue.endswith(":") else " "
    if cue in ("DOB", "date of birth", "D.O.B.", "DDN", "data di nascita") and chance(rng, 0.6):
        sep = ": "
    return cue + sep + cx.dob(p, chat=chat)


# ---------------------------------------------------------------------------------------------------------------
# places: towns with postcodes and area codes (lists written here)
# ---------------------------------------------------------------------------------------------------------------
def _towns(spec: str) -> list[tuple[str, list[str], str]]:
    out = []
    for line in spec.strip().splitlines():
        parts = [x.strip() for x in line.split("|")]
        out.append((parts[0], parts[1].split(), parts[2]))
    return out


TOWNS = {
    "de_DE": _towns(
        """
Berlin | 10115 10178 10243 10437 10551 10719 10827 10965 12043 12099 12161 13187 13353 14057 | 030
Hamburg | 20095 20249 20357 21073 22041 22083 22301 22559 22765 | 040
München | 80331 80469 80637 80797 80993 81369 81477 81541 81679 | 089
Köln | 50667 50672 50733 50823 50937 51063 51105 | 0221
Frankfurt am Main | 60311 60316 60385 60486 60594 65929 | 069
Stuttgart | 70173 70176 70190 70372 70469 70597 | 0711
Düsseldorf | 40210 40223 40477 40545 40591 | 0211
Leipzig | 04103 04177 04229 04275 04318 | 0341
Dresden | 01067 01097 01159 01219 01277 | 0351
Nürnberg | 90402 90419 90443 90469 90489 | 0911
Hannover | 30159 30161 30173 30451 30655 | 0511
Bremen | 28195 28203 28211 28359 28757 | 0421
Freiburg im Breisgau | 79098 79102 79106 79110 79117 | 0761
Münster | 48143 48145 48151 48155 48161 | 0251
Regensburg | 93047 93049 93051 93053 93055 | 0941
Kassel | 34117 34119 34121 34131 | 0561
Erfurt | 99084 99085 99089 99096 | 0361
Rostock | 18055 18057 18069 18106 18147 | 0381
Bielefeld | 33602 33604 33607 33615 33647 | 0521
Würzburg | 97070 97072 97074 97080 97082 | 0931
Lüneburg | 21335 21337 21339 | 04131
Tübingen | 72070 72072 72074 72076 | 07071
Passau | 94032 94034 94036 | 0851
Göttingen | 37073 37075 37077 37081 37083 | 0551
Bamberg | 96047 96049 96050 96052 | 0951
Konstanz | 78462 78464 78465 78467 | 07531
Kiel | 24103 24105 24114 24118 24143 | 0431
Mainz | 55116 55118 55122 55124 55131 | 06131
Heidelberg | 69115 69117 69120 69121 69126 | 06221
Oldenburg | 26121 26122 26123 26129 26133 | 0441
Aachen | 52062 52064 52066 52070 52072 | 0241
Potsdam | 14467 14469 14471 14473 14482 | 0331
Ulm | 89073 89075 89077 89081 | 0731
Augsburg | 86150 86152 86159 86161 86179 | 0821
Fulda | 36037 36039 36041 36043 | 0661
Garmisch-Partenkirchen | 82467 | 08821
Füssen | 87629 | 08362
Landshut | 84028 84030 84034 84036 | 0871
Wismar | 23966 23968 23970 | 03841
Schwerin | 19053 19055 19057 19061 | 0385
Bad Tölz | 83646 | 08041
Oberstdorf | 87561 | 08322
"""
    ),
    "de_CH": _towns(
        """
Zürich | 8001 8003 8004 8005 8006 8032 8037 8045 8050 8055 8057 | 044
Winterthur | 8400 8404 8406 8408 | 052
Bern | 3005 3006 3007 3011 3012 3014 3018 | 031
Basel | 4051 4052 4053 4055 4056 4057 4058 | 061
Luzern | 6003 6004 6005 6006 | 041
St. Gallen | 9000 9008 9010 9014 | 071
Chur | 7000 | 081
Thun | 3600 3604 3608 | 033
Aarau | 5000 5004 | 062
Olten | 4600 | 062
Baden | 5400 | 056
Zug | 6300 | 041
Schaffhausen | 8200 | 052
Frauenfeld | 8500 | 052
Solothurn | 4500 | 032
Biel/Bienne | 2502 2503 2504 | 032
Wil SG | 9500 | 071
Uster | 8610 | 044
Rapperswil-Jona | 8640 8645 | 055
Davos Platz | 7270 | 081
Interlaken | 3800 | 033
Burgdorf | 3400 | 034
Langenthal | 4900 | 062
Sursee | 6210 | 041
Herisau | 9100 | 071
Liestal | 4410 | 061
Brig | 3900 | 027
Visp | 3930 | 027
Altdorf UR | 6460 | 041
Stans | 6370 | 041
Einsiedeln | 8840 | 055
Wetzikon ZH | 8620 | 044
Kloten | 8302 | 044
Dübendorf | 8600 | 044
Emmenbrücke | 6020 | 041
Köniz | 3098 | 031
Wattwil | 9630 | 071
Arosa | 7050 | 081
"""
    ),
    "fr_CH": _towns(
        """
Lausanne | 1003 1004 1005 1006 1007 1010 1012 1018 | 021
Genève | 1201 1202 1203 1204 1205 1206 1207 1208 1209 | 022
Fribourg | 1700 | 026
Neuchâtel | 2000 | 032
La Chaux-de-Fonds | 2300 | 032
Sion | 1950 | 027
Martigny | 1920 | 027
Yverdon-les-Bains | 1400 | 024
Nyon | 1260 | 022
Morges | 1110 | 021
Vevey | 1800 | 021
Montreux | 1820 | 021
Delémont | 2800 | 032
Bulle | 1630 | 026
Monthey | 1870 | 024
Renens VD | 1020 | 021
Carouge GE | 1227 | 022
Meyrin | 1217 | 022
Sierre | 3960 | 027
Payerne | 1530 | 026
Champéry | 1874 | 024
"""
    ),
    "it_CH": _towns(
        """
Lugano | 6900 6903 6906 | 091
Bellinzona | 6500 | 091
Locarno | 6600 | 091
Mendrisio | 6850 | 091
Chiasso | 6830 | 091
Ascona | 6612 | 091
Biasca | 6710 | 091
Massagno | 6900 | 091
Minusio | 6648 | 091
Giubiasco | 6512 | 091
Viganello | 6962 | 091
Agno | 6982 | 091
Stabio | 6855 | 091
Losone | 6616 | 091
Tenero | 6598 | 091
Balerna | 6828 | 091
Tesserete | 6950 | 091
Airolo | 6780 | 091
Faido | 6760 | 091
Poschiavo | 7742 | 081
Roveredo GR | 6535 | 091
"""
    ),
    "de_AT": _towns(
        """
Wien | 1010 1020 1030 1040 1050 1060 1070 1080 1090 1100 1120 1140 1150 1160 1170 1180 1190 1200 1210 1220 1230 | 01
Graz | 8010 8020 8036 8042 8045 | 0316
Linz | 4020 4030 4040 | 0732
Salzburg | 5020 5023 | 0662
Innsbruck | 6020 | 0512
Klagenfurt am Wörthersee | 9020 | 0463
Villach | 9500 | 04242
Wels | 4600 | 07242
St. Pölten | 3100 | 02742
Dornbirn | 6850 | 05572
Bregenz | 6900 | 05574
Feldkirch | 6800 | 05522
Steyr | 4400 | 07252
Wiener Neustadt | 2700 | 02622
Leoben | 8700 | 03842
Krems an der Donau | 3500 | 02732
Baden | 2500 | 02252
Mödling | 2340 | 02236
Kufstein | 6330 | 05372
Lienz | 9900 | 04852
Eisenstadt | 7000 | 02682
Schwaz | 6130 | 05242
Zell am See | 5700 | 06542
Bad Ischl | 4820 | 06132
Amstetten | 3300 | 07472
Hallein | 5400 | 06245
Kitzbühel | 6370 | 05356
Schladming | 8970 | 03687
"""
    ),
    "fr_FR": _towns(
        """
Paris | 75003 75005 75009 75010 75011 75012 75013 75014 75015 75017 75018 75019 75020 | 01
Lyon | 69001 69002 69003 69004 69006 69007 69008 | 04
Marseille | 13001 13004 13005 13006 13008 13012 | 04
Toulouse | 31000 31100 31200 31300 31400 31500 | 05
Nantes | 44000 44100 44200 44300 | 02
Strasbourg | 67000 67100 67200 | 03
Bordeaux | 33000 33100 33200 33300 33800 | 05
Lille | 59000 59800 | 03
Rennes | 35000 35200 35700 | 02
Montpellier | 34000 34070 34080 34090 | 04
Grenoble | 38000 38100 | 04
Dijon | 21000 | 03
Annecy | 74000 | 04
Besançon | 25000 | 03
Tours | 37000 37100 37200 | 02
Rouen | 76000 76100 | 02
Nancy | 54000 | 03
Clermont-Ferrand | 63000 63100 | 04
Metz | 57000 57050 | 03
Limoges | 87000 87100 | 05
Nice | 06000 06100 06200 06300 | 04
Angers | 49000 49100 | 02
Brest | 29200 | 02
Poitiers | 86000 | 05
Perpignan | 66000 66100 | 04
Colmar | 68000 | 03
Chambéry | 73000 | 04
La Rochelle | 17000 | 05
Pau | 64000 | 05
Caen | 14000 | 02
Orléans | 45000 | 02
Reims | 51100 | 03
Mulhouse | 68100 | 03
Saint-Étienne | 42000 42100 | 04
Aix-en-Provence | 13090 13100 | 04
Villeurbanne | 69100 | 04
Vannes | 56000 | 02
Thonon-les-Bains | 74200 | 04
Bayonne | 64100 | 05
Chamonix-Mont-Blanc | 74400 | 04
"""
    ),
    "it_IT": _towns(
        """
Milano | 20121 20123 20129 20135 20143 20144 20154 20159 | 02 | MI
Roma | 00135 00153 00161 00162 00176 00185 00192 00197 | 06 | RM
Torino | 10121 10128 10138 10143 10153 | 011 | TO
Napoli | 80121 80127 80134 80138 | 081 | NA
Bologna | 40121 40125 40126 40137 40141 | 051 | BO
Firenze | 50121 50129 50133 50136 50142 | 055 | FI
Genova | 16121 16128 16145 16149 | 010 | GE
Venezia | 30121 30123 30171 30174 | 041 | VE
Verona | 37121 37129 37131 37138 | 045 | VR
Padova | 35121 35123 35131 35141 | 049 | PD
Bergamo | 24121 24122 24125 24128 | 035 | BG
Brescia | 25121 25122 25124 25128 | 030 | BS
Como | 22100 | 031 | CO
Trento | 38121 38122 | 0461 | TN
Bolzano | 39100 | 0471 | BZ
Udine | 33100 | 0432 | UD
Trieste | 34121 34125 34133 34137 | 040 | TS
Palermo | 90133 90139 90141 90145 | 091 | PA
Catania | 95121 95124 95129 | 095 | CT
Bari | 70121 70122 70126 | 080 | BA
Cagliari | 09121 09124 09127 | 070 | CA
Perugia | 06121 06122 06124 | 075 | PG
Parma | 43121 43122 43123 | 0521 | PR
Modena | 41121 41122 41124 | 059 | MO
Varese | 21100 | 0332 | VA
Lecco | 23900 | 0341 | LC
Novara | 28100 | 0321 | NO
Pavia | 27100 | 0382 | PV
Ancona | 60121 60123 60127 | 071 | AN
Pescara | 65121 65124 65127 | 085 | PE
Lucca | 55100 | 0583 | LU
Pisa | 56121 56123 56127 | 050 | PI
Sassari | 07100 | 079 | SS
Monza | 20900 | 039 | MB
Cremona | 26100 | 0372 | CR
Vicenza | 36100 | 0444 | VI
Treviso | 31100 | 0422 | TV
Rimini | 47921 47923 | 0541 | RN
Salerno | 84121 84127 | 089 | SA
Siena | 53100 | 0577 | SI
Sondrio | 23100 | 0342 | SO
Aosta | 11100 | 0165 | AO
Cortina d'Ampezzo | 32043 | 0436 | BL
Pinerolo | 10064 | 0121 | TO
"""
    ),
}
IT_PROV = {}
for _line in """
Milano MI|Roma RM|Torino TO|Napoli NA|Bologna BO|Firenze FI|Genova GE
Venezia VE|Verona VR|Padova PD|Bergamo BG|Brescia BS
Como CO|Trento TN|Bolzano BZ|Udine UD|Trieste TS|Palermo PA|Catania CT|Bari BA|Cagliari CA|Perugia PG|Parma PR
Modena MO|Varese VA|Lecco LC|Novara NO|Pavia PV|Ancona AN|Pescara PE|Lucca LU|Pisa PI|Sassari SS|Monza MB|Cremona CR
Vicenza VI|Treviso TV|Rimini RN|Salerno SA|Siena SI|Sondrio SO|Aosta AO|Cortina d'Ampezzo BL|Pinerolo TO
""".strip().splitlines():
    for _x in _line.split("|"):
        _n, _p = _x.rsplit(" ", 1)
        IT_PROV[_n] = _p

GB_TOWNS = [
    ("London", ["SW11", "N16", "E8", "SE22", "NW5", "W4", "SW2", "E17", "N4", "SE15"], "020"),
    ("Manchester", ["M14", "M20", "M21", "M4", "M16"], "0161"),
    ("Birmingham", ["B13", "B29", "B17", "B30"], "0121"),
    ("Leeds", ["LS6", "LS8", "LS17", "LS4"], "0113"),
    ("Bristol", ["BS6", "BS7", "BS3", "BS8"], "0117"),
    ("Edinburgh", ["EH9", "EH10", "EH6", "EH4"], "0131"),
    ("Glasgow", ["G12", "G41", "G11", "G3"], "0141"),
    ("Liverpool", ["L17", "L18", "L15"], "0151"),
    ("Sheffield", ["S11", "S7", "S10"], "0114"),
    ("Nottingham", ["NG7", "NG5", "NG2"], "0115"),
    ("Cardiff", ["CF24", "CF14", "CF11"], "029"),
    ("Newcastle upon Tyne", ["NE2", "NE6", "NE3"], "0191"),
    ("Oxford", ["OX4", "OX2", "OX3"], "01865"),
    ("Cambridge", ["CB4", "CB1", "CB2"], "01223"),
    ("Brighton", ["BN1", "BN2", "BN3"], "01273"),
    ("York", ["YO31", "YO10", "YO24"], "01904"),
    ("Bath", ["BA2", "BA1"], "01225"),
    ("Norwich", ["NR2", "NR3"], "01603"),
    ("Exeter", ["EX4", "EX2"], "01392"),
    ("Aberdeen", ["AB15", "AB10"], "01224"),
    ("Perth", ["PH1", "PH2"], "01738"),
    ("Inverness", ["IV2", "IV3"], "01463"),
    ("Canterbury", ["CT1", "CT2"], "01227"),
    ("Leicester", ["LE2", "LE3"], "0116"),
    ("Reading", ["RG1", "RG4"], "0118"),
    ("Stirling", ["FK8", "FK9"], "01786"),
    ("Dundee", ["DD1", "DD2"], "01382"),
    ("Harrogate", ["HG1", "HG2"], "01423"),
    ("Kendal", ["LA9"], "01539"),
    ("Belfast", ["BT9", "BT7", "BT4"], "028"),
    ("Aviemore", ["PH22"], "01479"),
]
US_TOWNS = [
    ("New York", "NY", ["10025", "10027", "10011", "10128", "10003"], ["212", "646", "917"]),
    ("Brooklyn", "NY", ["11215", "11217", "11238", "11211"], ["718", "347", "929"]),
    ("Chicago", "IL", ["60614", "60618", "60622", "60640"], ["312", "773"]),
    ("Boston", "MA", ["02130", "02116", "02127"], ["617", "857"]),
    ("Seattle", "WA", ["98103", "98115", "98122"], ["206"]),
    ("Portland", "OR", ["97214", "97202", "97217"], ["503", "971"]),
    ("Austin", "TX", ["78704", "78751", "78745"], ["512", "737"]),
    ("Denver", "CO", ["80206", "80211", "80218"], ["303", "720"]),
    ("Minneapolis", "MN", ["55408", "55406", "55419"], ["612"]),
    ("Saint Paul", "MN", ["55105", "55104"], ["651"]),
    ("Madison", "WI", ["53703", "53705", "53711"], ["608"]),
    ("Milwaukee", "WI", ["53211", "53207"], ["414"]),
    ("Duluth", "MN", ["55803", "55805"], ["218"]),
    ("Fargo", "ND", ["58103", "58102"], ["701"]),
    ("Ann Arbor", "MI", ["48104", "48103"], ["734"]),
    ("Burlington", "VT", ["05401"], ["802"]),
    ("Asheville", "NC", ["28801", "28804"], ["828"]),
    ("San Francisco", "CA", ["94110", "94114", "94117"], ["415", "628"]),
    ("Oakland", "CA", ["94610", "94611"], ["510"]),
    ("Philadelphia", "PA", ["19147", "19103", "19143"], ["215", "267"]),
    ("Pittsburgh", "PA", ["15217", "15213"], ["412"]),
    ("Columbus", "OH", ["43201", "43214"], ["614"]),
    ("Albany", "NY", ["12203", "12208"], ["518"]),
    ("Salt Lake City", "UT", ["84105", "84102"], ["801", "385"]),
    ("Rochester", "NY", ["14607", "14620"], ["585"]),
    ("Bend", "OR", ["97701", "97702"], ["541"]),
    ("Anchorage", "AK", ["99501", "99508"], ["907"]),
    ("Lake Placid", "NY", ["12946"], ["518"]),
]

STREET = {
    "de": (
        "Linden Birken Ahorn Kastanien Goethe Schiller Bahnhof Kirch Schul Garten Mühlen Berg Wald Wiesen Rosen Tannen "
        "Eichen Markt Hafen Brunnen Feld Sonnen Mozart Beethoven Lessing Uhland Hölderlin Kant Herder Blumen Amsel "
        "Drossel Lerchen Falken Eschen Fichten Holunder Hasel Ulmen Weiden Erlen Buchen Flieder Tulpen Nelken Rhein "
        "Main Donau Weser Mosel Isar Neckar Saale Havel Kloster Schloss Burg Heide Moor Ring Post Jahn Luisen Wilhelm "
        "Friedrich Kaiser Königs Hirsch Bismarck Hauff Körner Eichendorff Fontane".split(),
        [
            ("straße", 40),
            ("str.", 8),
            ("weg", 18),
            ("allee", 5),
            ("gasse", 5),
            ("platz", 3),
            ("ring", 4),
            ("damm", 2),
            ("steig", 2),
            ("pfad", 2),
            ("ufer", 1),
        ],
        [
            "Am Stadtpark",
            "An der Alster",
            "Im Winkel",
            "Auf dem Hügel",
            "Hinter der Kirche",
            "Alte Dorfstraße",
            "Neue Reihe",
            "Unter den Eichen",
            "Am Mühlbach",
            "Zum Sportplatz",
            "An den Tannen",
            "Am Anger",
            "Friedrich-Ebert-Straße",
            "Heinrich-Heine-Straße",
            "Karl-Marx-Allee",
            "Robert-Koch-Str.",
            "Am Kirchberg",
            "Große Bleiche",
            "Kleine Gasse",
            "Hohe Straße",
            "Lange Reihe",
            "Im Grund",
        ],
    ),
    "ch": (
        "Linden Birken Ahorn Bahnhof Kirch Schul Garten Mühle Berg Wald Wiesen Rosen Tannen Eichen Markt See Brunnen "
        "Feld Sonnen Zürcher Berner Badener Basler Luzerner Winterthurer Gotthard Hohl Kloster Schloss Burg Rain "
        "Halden Matten Acker Reb Bünten Dorf Zelg Risi Egg Bühl Hof Alp Gerechtigkeits Spital Falken Ober "
        "Unter".split(),
        [
            ("strasse", 55),
            ("weg", 20),
            ("gasse", 10),
            ("rain", 4),
            ("halde", 3),
            ("matte", 3),
            ("platz", 3),
            ("allee", 2),
        ],
        [
            "Im Grund",
            "Auf der Mauer",
            "Untere Zäune",
            "Obere Bahnhofstrasse",
            "Alte Landstrasse",
            "Hinterdorf",
            "Im Rebberg",
            "Zur Linde",
            "Unterer Graben",
            "Oberer Graben",
            "Am Bach",
            "In der Ey",
            "Chlosterhof",
        ],
    ),
    "at": (
        "Linden Birken Ahorn Bahnhof Kirchen Schul Garten Mühl Berg Wald Wiesen Rosen Tannen Eichen Markt Brunnen "
        "Feld Sonnen Mozart Haydn Schubert Strauss Radetzky Erzherzog-Johann- Kaiser-Josef- Maria-Theresien- Anton- "
        "Grazbach Annen Kepler Leonhard Sporgassen Herren Hof Burg Lerchen Amsel Wurmbrand Kranz Stifter "
        "Rosegger".split(),
        [("straße", 35), ("gasse", 35), ("weg", 12), ("platz", 5), ("allee", 3), ("ring", 2), ("kai", 2)],
        [
            "Hauptplatz",
            "Mariahilfer Straße",
            "Josefstädter Straße",
            "Landstraßer Hauptstraße",
            "Wiedner Hauptstraße",
            "Favoritenstraße",
            "Herrengasse",
            "Sackstraße",
            "Linzer Gasse",
            "Getreidegasse",
            "Maria-Theresien-Straße",
            "Am Graben",
            "Ottakringer Straße",
            "Alser Straße",
            "Gumpendorfer Straße",
            "Hernalser Hauptstraße",
        ],
    ),
    "fr": (
        [
            "de la République",
            "Victor Hugo",
            "Jean Jaurès",
            "de la Gare",
            "des Lilas",
            "des Tilleuls",
            "du Moulin",
            "Pasteur",
            "de la Paix",
            "du Général de Gaulle",
            "des Écoles",
            "Gambetta",
            "de Verdun",
            "Voltaire",
            "de la Liberté",
            "des Acacias",
            "du Château",
            "Saint-Michel",
            "des Rosiers",
            "Émile Zola",
            "de Bretagne",
            "des Vignes",
            "du Stade",
            "de la Fontaine",
            "Sainte-Catherine",
            "des Cordeliers",
            "du Port",
            "de la Mairie",
            "Carnot",
            "Jules Ferry",
            "des Peupliers",
            "du Faubourg",
            "de l'Église",
            "des Remparts",
            "des Marronniers",
        ],
        [
            ("rue", 50),
            ("avenue", 15),
            ("boulevard", 8),
            ("impasse", 6),
            ("allée", 6),
            ("chemin", 6),
            ("place", 4),
            ("quai", 3),
            ("cours", 2),
        ],
    ),
    "chfr": (
        [
            "de Bourg",
            "du Midi",
            "des Alpes",
            "de la Gare",
            "du Simplon",
            "du Lac",
            "de Berne",
            "de Genève",
            "Centrale",
            "du Léman",
            "des Vignes",
            "de la Forêt",
            "du Levant",
            "de Rumine",
            "de la Servette",
            "des Pâquis",
            "du Jura",
            "de la Poste",
            "du Collège",
            "de l'Hôpital",
            "de la Côte",
            "des Oiseaux",
            "de Chailly",
            "de Florissant",
            "du Grand-Pré",
            "de la Pontaise",
            "du Temple",
            "des Deux-Marchés",
        ],
        [("Rue", 45), ("Avenue", 20), ("Chemin", 20), ("Route", 10), ("Place", 3), ("Quai", 2)],
    ),
    "it": (
        [
            "Roma",
            "Giuseppe Garibaldi",
            "Giuseppe Mazzini",
            "Cavour",
            "Dante Alighieri",
            "della Repubblica",
            "XX Settembre",
            "dei Mille",
            "Vittorio Veneto",
            "IV Novembre",
            "San Francesco",
            "Manzoni",
            "Verdi",
            "Marconi",
            "Matteotti",
            "Gramsci",
            "Solferino",
            "dei Tigli",
            "delle Rose",
            "del Carmine",
            "Santa Croce",
            "della Libertà",
            "Trieste",
            "Trento",
            "Milano",
            "Torino",
            "Nazionale",
            "del Borgo",
            "dei Platani",
            "Tiziano",
            "Leopardi",
            "Carducci",
            "Pascoli",
            "della Stazione",
            "degli Alpini",
        ],
        [("Via", 70), ("Viale", 10), ("Corso", 7), ("Piazza", 6), ("Vicolo", 4), ("Largo", 3)],
    ),
    "chit": (
        [
            "Nassa",
            "Cantonale",
            "San Gottardo",
            "alla Chiesa",
            "Lugano",
            "Pretorio",
            "Canova",
            "Motta",
            "Trevano",
            "Cattori",
            "Ciseri",
            "Borghetto",
            "Sempione",
            "delle Scuole",
            "Vela",
            "Stefano Franscini",
            "Lavizzari",
            "ai Monti",
            "Orelli",
            "della Posta",
            "Locarno",
            "Dogana",
            "Besso",
            "Beltramina",
            "Varenna",
            "Ramogna",
        ],
        [("Via", 80), ("Viale", 8), ("Piazza", 6), ("Vicolo", 3), ("Contrada", 3)],
    ),
    "gb": (
        "Albert Victoria Church Mill Station Park Queen's King's Manor Rectory Orchard Meadow Chapel Castle Bridge "
        "Cromwell Grosvenor Rosebery Laburnum Beech Elm Oak Holly Willow Cedar Ash Hawthorn Kingsley Wellington "
        "Nelson Trafalgar Stanley Clarence Cavendish Marlborough Hamilton Salisbury Abbey Priory Windsor".split(),
        [
            ("Road", 35),
            ("Street", 20),
            ("Avenue", 10),
            ("Lane", 10),
            ("Close", 6),
            ("Grove", 5),
            ("Crescent", 5),
            ("Terrace", 4),
            ("Drive", 4),
            ("Gardens", 3),
            ("Way", 3),
            ("Place", 2),
        ],
    ),
    "us": (
        "Maple Oak Elm Pine Cedar Birch Walnut Chestnut Cherry Willow Spruce Washington Lincoln Jefferson Madison "
        "Franklin Adams Jackson Lake Hill Park River Church Mill Ridge Highland Sunset Grant Summit Prospect Pleasant "
        "Clark Division Belmont Fairview Lincoln".split(),
        [
            ("St", 25),
            ("Street", 10),
            ("Ave", 20),
            ("Avenue", 8),
            ("Rd", 10),
            ("Road", 4),
            ("Dr", 8),
            ("Ln", 5),
            ("Blvd", 3),
            ("Ct", 3),
            ("Pl", 2),
            ("Way", 2),
        ],
    ),
}


class Addr:
    __slots__ = ("loc", "cc", "street", "pc", "town", "prov", "state", "area", "extra")

    def __init__(self, loc, cc, street, pc, town, area, prov="", state="", extra=""):
        self.loc, self.cc, self.street, self.pc, self.town, self.area = loc, cc, street, pc, town, area
        self.prov, self.state, self.extra = prov, state, extra


def house_no(rng: random.Random, style: str = "de") -> str:
    n = str(wpick(rng, [(rng.randint(1, 30), 60), (rng.randint(31, 120), 30), (rng.randint(121, 260), 10)]))
    if style == "de" and chance(rng, 0.12):
        n += rng.choice(["a", "b", "c", " a", " b", "A"])
    if style == "de" and chance(rng, 0.03):
        n += "-" + str(int(n.rstrip("abcA ")) + 2) if n.isdigit() else ""
    return n


def _street_de(rng: random.Random, kind: str) -> str:
    stems, suf, fixed = STREET[kind]
    if chance(rng, 0.18):
        return rng.choice(fixed)
    s = rng.choice(stems)
    f = wpick(rng, suf)
    if s.endswith("-"):
        f = "Straße" if f in ("straße", "str.") and kind != "ch" else f.capitalize()
        if kind == "ch":
            f = "Strasse"
    return s + f


def make_addr(rng: random.Random, loc: str, town_loc: str | None = None) -> Addr:
    """an address in the conventions of the locale's country"""
    tl = town_loc or loc
    cc = COUNTRY[tl]
    if cc == "DE":
        town, pcs, area = rng.choice(TOWNS["de_DE"])
        st = _street_de(rng, "de") + " " + house_no(rng)
        if chance(rng, 0.04):
            st += rng.choice([" (Hinterhaus)", " (Seitenflügel)"])
        return Addr(tl, cc, st, rng.choice(pcs), town, area)
    if cc == "AT":
        town, pcs, area = rng.choice(TOWNS["de_AT"])
        st = _street_de(rng, "at") + " " + house_no(rng, "at")
        r = rng.random()
        if r < 0.25:
            st += f"/{rng.randint(1, 4)}/{rng.randint(1, 24)}"
        elif r < 0.45:
            st += f"/Top {rng.randint(1, 30)}"
        elif r < 0.52:
            st += f"/Stiege {rng.randint(1, 4)}/Tür {rng.randint(1, 20)}"
        return Addr(tl, cc, st, rng.choice(pcs), town, area)
    if cc == "CH":
        sub = {"de_CH": "de_CH", "fr_CH": "fr_CH", "it_CH": "it_CH"}.get(tl, "de_CH")
        town, pcs, area = rng.choice(TOWNS[sub])
        if sub == "de_CH":
            st = _street_de(rng, "ch") + " " + house_no(rng)
        elif sub == "fr_CH":
            names, kinds = STREET["chfr"]
            st = f"{wpick(rng, kinds)} {rng.choice(names)} {house_no(rng, 'fr')}"
            if chance(rng, 0.1):
                st = st + rng.choice(["A", "B", "bis"])
        else:
            names, kinds = STREET["chit"]
            st = f"{wpick(rng, kinds)} {rng.choice(names)} {house_no(rng, 'it')}"
        return Addr(tl, cc, st, rng.choice(pcs), town, area)
    if cc == "FR":
        town, pcs, area = rng.choice(TOWNS["fr_FR"])
        names, kinds = STREET["fr"]
        no = house_no(rng, "fr")
        if chance(rng, 0.1):
            no += " " + rng.choice(["bis", "ter", "B"])
        sep = ", " if chance(rng, 0.2) else " "
        st = f"{no}{sep}{wpick(rng, kinds)} {rng.choice(names)}"
        extra = ""
        if chance(rng, 0.12):
            extra = rng.choice(
                [
                    f"Appt {rng.randint(1, 60)}",
                    f"Bât. {rng.choice('ABCD')}",
                    "Résidence Les Pins",
                    f"Esc. {rng.choice('ABC')}, {rng.randint(1, 6)}e étage",
                ]
            )
        return Addr(tl, cc, st, rng.choice(pcs), town, area, extra=extra)
    if cc == "IT":
        town, pcs, area = rng.choice(TOWNS["it_IT"])
        names, kinds = STREET["it"]
        no = house_no(rng, "it")
        r = rng.random()
        if r < 0.12:
            no += rng.choice(["/B", "/A", "/3", " bis"])
        sep = wpick(rng, [(" ", 55), (", ", 30), (" n. ", 10), (", n. ", 5)])
        st = f"{wpick(rng, kinds)} {rng.choice(names)}{sep}{no}"
        if chance(rng, 0.1):
            st += f" int. {rng.randint(1, 20)}"
        return Addr(tl, cc, st, rng.choice(pcs), town, area, prov=IT_PROV.get(town, ""))
    if cc == "GB":
        town, outs, area = rng.choice(GB_TOWNS)
        stems, kinds = STREET["gb"]
        st = f"{house_no(rng, 'gb')} {rng.choice(stems)} {wpick(rng, kinds)}"
        r = rng.random()
        if r < 0.15:
            st = f"Flat {rng.randint(1, 12)}{rng.choice(['', 'A', 'B'])}, {st}"
        elif r < 0.2:
            st = f"{rng.randint(1, 40)} {rng.choice(['Kingsley', 'Ashdown', 'Mill', 'Cedar', 'Hope'])} Court, {st}"
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        pc = f"{rng.choice(outs)} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
        return Addr(tl, cc, st, pc, town, area)
    town, state, zips, areas = rng.choice(US_TOWNS)
    stems, kinds = STREET["us"]
    no = str(rng.randint(10, 9899))
    pre = rng.choice(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SE "])
    if chance(rng, 0.2):
        st = f"{no} {pre}{ordinal_en(rng.randint(2, 160))} {wpick(rng, kinds)}"
    else:
        st = f"{no} {pre}{rng.choice(stems)} {wpick(rng, kinds)}"
    r = rng.random()
    if r < 0.15:
        st += f" Apt {rng.randint(1, 40)}{rng.choice(['', 'A', 'B', 'C'])}"
    elif r < 0.22:
        st += f" #{rng.randint(1, 400)}"
    elif r < 0.27:
        st += f" Unit {rng.randint(1, 30)}"
    z = rng.choice(zips)
    if chance(rng, 0.15):
        z += "-" + digits(rng, 4)
    return Addr(tl, "US", st, z, town, rng.choice(areas), state=state)


def a_street(a: Addr) -> str:
    s = a.street
    if a.extra and a.cc == "FR":
        s = f"{a.extra}, {a.street}"
    return m("ADDRESS", s)


def a_town(a: Addr, rng: random.Random, prefix: float = 0.08) -> str:
    if a.cc == "US":
        return m("ADDRESS", f"{a.town}, {a.state} {a.pc}" if chance(rng, 0.85) else f"{a.town} {a.state} {a.pc}")
    if a.cc == "GB":
        return m("ADDRESS", f"{a.town.upper() if chance(rng, 0.2) else a.town} {a.pc}")
    town = a.town
    if a.cc == "FR" and chance(rng, 0.55):
        town = town.upper()
    if a.cc == "IT":
        r = rng.random()
        if a.prov and r < 0.45:
            town = f"{town} ({a.prov})"
        elif a.prov and r < 0.7:
            town = f"{town} {a.prov}"
    pre = ""
    if chance(rng, prefix):
        pre = {"DE": "D-", "AT": "A-", "CH": "CH-", "FR": "F-", "IT": "I-"}[a.cc]
    return m("ADDRESS", f"{pre}{a.pc} {town}")


def a_line(a: Addr, rng: random.Random, sep: str | None = None) -> str:
    """one line: street, postcode town (two values)"""
    if sep is None:
        sep = wpick(rng, [(", ", 80), (" - ", 6), (" · ", 3), ("; ", 3), (",  ", 2), (" / ", 3)])
    return a_street(a) + sep + a_town(a, rng)


def a_block(a: Addr, rng: random.Random, indent: str = "") -> str:
    return indent + a_street(a) + "\n" + indent + a_town(a, rng)


def town_of(a: Addr) -> str:
    return a.town


# ---------------------------------------------------------------------------------------------------------------
# phone numbers
# ---------------------------------------------------------------------------------------------------------------
MOBILE = {
    "DE": [
        "0151",
        "0152",
        "0157",
        "0159",
        "0160",
        "0162",
        "0163",
        "0170",
        "0171",
        "0172",
        "0173",
        "0174",
        "0175",
        "0176",
        "0177",
        "0178",
        "0179",
    ],
    "CH": ["076", "077", "078", "079", "075"],
    "AT": ["0650", "0660", "0664", "0676", "0677", "0680", "0681", "0699", "0688"],
    "FR": ["06", "07"],
    "IT": [
        "320",
        "324",
        "327",
        "328",
        "329",
        "330",
        "331",
        "333",
        "334",
        "335",
        "338",
        "339",
        "340",
        "342",
        "345",
        "346",
        "347",
        "348",
        "349",
        "351",
        "366",
        "368",
        "377",
        "380",
        "388",
        "389",
        "391",
        "392",
        "393",
    ],
    "GB": [
        "07712",
        "07723",
        "07734",
        "07745",
        "07756",
        "07767",
        "07778",
        "07789",
        "07801",
        "07812",
        "07823",
        "07834",
        "07845",
        "07856",
        "07867",
        "07878",
        "07889",
        "07901",
        "07912",
        "07923",
        "07934",
        "07945",
        "07956",
        "07967",
        "07978",
        "07989",
    ],
}
CC_DIAL = {"DE": "49", "CH": "41", "AT": "43", "FR": "33", "IT": "39", "GB": "44", "US": "1"}
FR_AREA = {"Paris": "01", "Lyon": "04"}


def _grp(s: str, sizes) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return " ".join(x for x in out if x)


def phone(rng: random.Random, cc: str, kind: str = "mobile", area: str | None = None, fmt: str | None = None) -> str:
    """a phone number string (unlabelled; wrap with m('PHONE', ...))"""
    intl = chance(rng, 0.3) if fmt is None else fmt == "intl"
    if cc == "US":
        ac = area or rng.choice(rng.choice(US_TOWNS)[3])
        ex = str(rng.randint(201, 989))
        if ex[1:] == "11" or ex == "555":
            ex = "472"
        ln = digits(rng, 4)
        f = wpick(
            rng,
            [
                ("({a}) {e}-{l}", 35),
                ("{a}-{e}-{l}", 25),
                ("{a}.{e}.{l}", 8),
                ("+1 {a}-{e}-{l}", 6),
                ("+1 ({a}) {e}-{l}", 6),
                ("1-{a}-{e}-{l}", 4),
                ("{a}{e}{l}", 3),
                ("+1{a}{e}{l}", 4),
                ("+1 {a} {e} {l}", 5),
                ("({a}) {e}-{l} x{x}", 4),
            ],
        )
        return f.format(a=ac, e=ex, l=ln, x=rng.randint(10, 499))
    if cc == "FR":
        if kind == "mobile":
            p = rng.choice(MOBILE["FR"])
        else:
            p = area or rng.choice(["01", "02", "03", "04", "05", "09"])
        rest = digits(rng, 8)
        pairs = [rest[i : i + 2] for i in range(0, 8, 2)]
        if intl:
            f = wpick(
                rng,
                [
                    ("+33 {p} {r}", 45),
                    ("+33 (0){p} {r}", 20),
                    ("0033 {p} {r}", 15),
                    ("+33{p}{c}", 15),
                    ("+33 {p}{c}", 5),
                ],
            )
            return f.format(p=p[1:], r=" ".join(pairs), c=rest)
        sep = wpick(rng, [(" ", 60), (".", 20), ("-", 5), ("", 15)])
        return p + (sep if sep else "") + sep.join(pairs) if sep else p + rest
    if cc == "IT":
        if kind == "mobile":
            p = rng.choice(MOBILE["IT"])
            rest = digits(rng, 7)
            nat = wpick(
                rng,
                [
                    (f"{p} {rest[:3]} {rest[3:]}", 35),
                    (f"{p}{rest}", 20),
                    (f"{p}-{rest}", 8),
                    (f"{p} {rest}", 20),
                    (f"{p} {rest[:2]} {rest[2:4]} {rest[4:]}", 7),
                    (f"{p}/{rest}", 5),
                    (f"{p}.{rest[:3]}.{rest[3:]}", 5),
                ],
            )
        else:
            a = area or "02"
            n = 10 - len(a)
            rest = digits(rng, n)
            nat = wpick(
                rng,
                [
                    (f"{a} {rest}", 35),
                    (f"{a} {rest[:4]} {rest[4:]}", 20),
                    (f"{a}-{rest}", 10),
                    (f"{a}/{rest}", 10),
                    (f"{a}{rest}", 10),
                    (f"{a} {rest[:3]} {rest[3:]}", 10),
                    (f"{a}.{rest}", 5),
                ],
            )
        if intl:
            return wpick(rng, [(f"+39 {nat}", 60), (f"0039 {nat}", 20), ("+39" + re.sub(r"\D", "", nat), 20)])
        return nat
    if cc == "GB":
        if kind == "mobile":
            p = rng.choice(MOBILE["GB"])
            rest = digits(rng, 6)
            if intl:
                return wpick(
                    rng,
                    [
                        (f"+44 {p[1:]} {rest}", 50),
                        (f"+44 (0){p[1:]} {rest}", 15),
                        (f"+44{p[1:]}{rest}", 20),
                        (f"0044 {p[1:]} {rest}", 15),
                    ],
                )
            return wpick(
                rng, [(f"{p} {rest}", 60), (f"{p}{rest}", 15), (f"{p}-{rest}", 5), (f"{p} {rest[:3]} {rest[3:]}", 20)]
            )
        a = area or "020"
        if a in ("020", "029", "028"):
            rest = str(rng.choice([3, 7, 8] if a == "020" else [2, 9])) + digits(rng, 7)
            nat_core = f"{rest[:4]} {rest[4:]}"
        elif len(a) == 4:
            rest = str(rng.randint(2, 9)) + digits(rng, 6)
            nat_core = f"{rest[:3]} {rest[3:]}"
        else:
            rest = str(rng.randint(2, 9)) + digits(rng, 5)
            nat_core = rest
        if intl:
            return wpick(
                rng, [(f"+44 {a[1:]} {nat_core}", 55), (f"+44 (0){a[1:]} {nat_core}", 25), (f"+44{a[1:]}{rest}", 20)]
            )
        return wpick(
            rng,
            [
                (f"{a} {nat_core}", 60),
                (f"({a}) {nat_core}", 20),
                (f"{a}{rest}", 10),
                (f"{a}-{nat_core.replace(' ', '')}", 10),
            ],
        )
    if cc == "CH":
        p = rng.choice(MOBILE["CH"]) if kind == "mobile" else (area or "044")
        rest = digits(rng, 7)
        if rest[0] == "0":
            rest = "2" + rest[1:]
        g = f"{rest[:3]} {rest[3:5]} {rest[5:]}"
        if intl:
            return wpick(
                rng,
                [
                    (f"+41 {p[1:]} {g}", 55),
                    (f"+41 (0){p[1:]} {g}", 12),
                    (f"0041 {p[1:]} {g}", 12),
                    (f"+41{p[1:]}{rest}", 15),
                    (f"+41 {p[1:]} {rest}", 6),
                ],
            )
        return wpick(
            rng,
            [
                (f"{p} {g}", 60),
                (f"{p}{rest}", 10),
                (f"{p} {rest}", 8),
                (f"{p}/{g}", 7),
                (f"{p}/{rest}", 4),
                (f"{p}.{rest[:3]}.{rest[3:5]}.{rest[5:]}", 5),
                (f"{p}-{rest[:3]}-{rest[3:5]}-{rest[5:]}", 6),
            ],
        )
    if cc == "AT":
        if kind == "mobile":
            p = rng.choice(MOBILE["AT"])
            rest = nz_digits(rng, rng.choice([7, 7, 7, 6, 8]))
        else:
            p = area or "01"
            rest = nz_digits(rng, 7 if p == "01" else rng.choice([5, 6, 6]))
        g = _grp(rest, [3, 2, 2]) if len(rest) == 7 else _grp(rest, [2, 2, 2])
        if intl:
            return wpick(
                rng,
                [
                    (f"+43 {p[1:]} {rest}", 35),
                    (f"+43 {p[1:]} {g}", 20),
                    (f"+43 (0){p[1:]} {rest}", 15),
                    (f"0043 {p[1:]} {rest}", 10),
                    (f"+43{p[1:]}{rest}", 15),
                    (f"+43-{p[1:]}-{rest}", 5),
                ],
            )
        return wpick(
            rng,
            [
                (f"{p} {rest}", 30),
                (f"{p}/{rest}", 25),
                (f"{p} {g}", 20),
                (f"{p}/{g}", 8),
                (f"({p}) {rest}", 7),
                (f"{p}-{rest}", 5),
                (f"{p}{rest}", 5),
            ],
        )
    # DE
    if kind == "mobile":
        p = rng.choice(MOBILE["DE"])
        rest = nz_digits(rng, 8 if p.startswith("015") else rng.choice([7, 7, 8]))
        g = _grp(rest, [3, 2, 2, 2]) if len(rest) > 7 else _grp(rest, [3, 2, 2])
        if intl:
            return wpick(
                rng,
                [
                    (f"+49 {p[1:]} {rest}", 40),
                    (f"+49 (0){p[1:]} {rest}", 12),
                    (f"+49{p[1:]}{rest}", 20),
                    (f"0049 {p[1:]} {rest}", 10),
                    (f"+49 {p[1:]} {g}", 12),
                    (f"+49-{p[1:]}-{rest}", 6),
                ],
            )
        return wpick(
            rng,
            [
                (f"{p} {rest}", 35),
                (f"{p}/{rest}", 15),
                (f"{p}-{rest}", 12),
                (f"{p} {g}", 15),
                (f"{p}{rest}", 10),
                (f"({p}) {rest}", 5),
                (f"{p} / {rest}", 3),
                (f"{p}-{g.replace(' ', '')}", 5),
            ],
        )
    p = area or "030"
    n = 11 - len(p)
    rest = nz_digits(rng, max(5, min(8, n)))
    if intl:
        return wpick(
            rng,
            [
                (f"+49 {p[1:]} {rest}", 40),
                (f"+49 (0){p[1:]} {rest}", 25),
                (f"+49{p[1:]}{rest}", 10),
                (f"0049 {p[1:]} {rest}", 10),
                (f"+49 {p[1:]} {_grp(rest, [3, 3])}", 10),
                (f"+49-{p[1:]}-{rest}", 5),
            ],
        )
    return wpick(
        rng,
        [
            (f"{p} {rest}", 30),
            (f"{p}/{rest}", 22),
            (f"({p}) {rest}", 12),
            (f"{p}-{rest}", 10),
            (f"{p} {_grp(rest, [2, 2, 2, 2])}", 10),
            (f"{p} {rest[:-2]}-{rest[-2:]}", 8),
            (f"{p}{rest}", 5),
            (f"{p} / {rest}", 3),
        ],
    )


def ph(cx: Ctx, kind: str = "mobile", a: Addr | None = None, fmt: str | None = None) -> str:
    cc = a.cc if a is not None else cx.cc
    area = a.area if (a is not None and kind == "land") else None
    if cc == "FR" and kind == "land" and a is not None:
        area = a.area
    return m("PHONE", phone(cx.rng, cc, kind, area, fmt))


HOTLINE = {
    "DE": ["0800 111 0 111", "0800 3 456 789", "0180 6 10 20 30", "0800 22 44 66 0", "116 117", "0800 589 4 589"],
    "CH": ["0800 80 80 80", "0848 444 222", "0844 800 800", "0800 55 42 10", "0800 336 655", "0848 112 112"],
    "AT": ["0800 222 666", "0810 144 144", "0800 664 664", "0800 500 150", "0810 810 100", "1450"],
    "FR": ["0 800 130 000", "3646", "0 969 320 000", "0 810 25 25 25", "3939", "0 800 00 11 22"],
    "IT": ["800 010 101", "800 189 189", "199 199 100", "800 861 186", "1500", "803 164"],
    "GB": ["0800 028 2000", "0345 300 0099", "0300 123 1000", "0800 169 0310", "111", "0330 088 4100"],
    "US": ["1-800-275-8777", "1-888-374-3291", "(800) 422-4453", "1-877-696-6775", "211", "1-866-210-7405"],
}


def hotline(cx: Ctx) -> str:
    return cx.rng.choice(HOTLINE[cx.cc])


# ---------------------------------------------------------------------------------------------------------------
# e-mail addresses
# ---------------------------------------------------------------------------------------------------------------
PROVIDERS = {
    "DE": [
        ("gmx.de", 14),
        ("web.de", 14),
        ("t-online.de", 10),
        ("gmail.com", 18),
        ("posteo.de", 5),
        ("outlook.de", 5),
        ("freenet.de", 4),
        ("mailbox.org", 3),
        ("icloud.com", 5),
        ("yahoo.de", 3),
        ("gmx.net", 6),
        ("aol.com", 2),
    ],
    "CH": [
        ("bluewin.ch", 25),
        ("gmail.com", 22),
        ("gmx.ch", 10),
        ("sunrise.ch", 5),
        ("hispeed.ch", 5),
        ("protonmail.ch", 4),
        ("hotmail.com", 6),
        ("outlook.com", 5),
        ("icloud.com", 5),
        ("swissonline.ch", 2),
        ("yahoo.fr", 2),
    ],
    "AT": [
        ("gmx.at", 20),
        ("aon.at", 10),
        ("chello.at", 6),
        ("a1.net", 8),
        ("gmail.com", 22),
        ("outlook.com", 6),
        ("hotmail.com", 5),
        ("icloud.com", 4),
        ("yahoo.de", 3),
        ("kabsi.at", 2),
        ("utanet.at", 2),
    ],
    "FR": [
        ("orange.fr", 20),
        ("free.fr", 12),
        ("laposte.net", 10),
        ("sfr.fr", 8),
        ("wanadoo.fr", 8),
        ("hotmail.fr", 10),
        ("yahoo.fr", 8),
        ("gmail.com", 20),
        ("outlook.fr", 4),
        ("bbox.fr", 3),
    ],
    "IT": [
        ("libero.it", 20),
        ("virgilio.it", 8),
        ("tiscali.it", 5),
        ("alice.it", 6),
        ("gmail.com", 28),
        ("hotmail.it", 10),
        ("yahoo.it", 8),
        ("tim.it", 3),
        ("fastwebnet.it", 4),
        ("outlook.it", 4),
    ],
    "GB": [
        ("btinternet.com", 15),
        ("sky.com", 8),
        ("hotmail.co.uk", 15),
        ("yahoo.co.uk", 10),
        ("outlook.com", 10),
        ("gmail.com", 30),
        ("talktalk.net", 5),
        ("virginmedia.com", 6),
        ("icloud.com", 6),
    ],
    "US": [
        ("gmail.com", 40),
        ("yahoo.com", 15),
        ("aol.com", 6),
        ("comcast.net", 8),
        ("verizon.net", 4),
        ("hotmail.com", 8),
        ("outlook.com", 8),
        ("icloud.com", 8),
        ("att.net", 4),
        ("protonmail.com", 2),
    ],
}


MAIL_WORDS = ["sonne", "blue", "bergfex", "lupo", "papillon", "kiwi", "tiger", "momo", "zen", "moon"]


def email(cx: Ctx, p: Person, domain: str | None = None, style: str | None = None) -> str:
    rng = cx.rng
    f = slug(p.first.split()[0] if " " in p.first and chance(rng, 0.6) else p.first)
    la = slug(p.last.split()[-1] if " " in p.last and chance(rng, 0.4) else p.last)
    fh = re.sub(r"[^a-z0-9-]", "", asciify(p.first).lower().replace(" ", "-"))
    if not f:
        f = "x"
    if not la:
        la = "y"
    yy = f"{p.dob.year % 100:02d}" if p.dob else digits(rng, 2)
    if domain:
        style = style or wpick(rng, [("f.l", 60), ("fl1", 15), ("l", 10), ("f", 5), ("fl", 10)])
    else:
        style = style or wpick(
            rng,
            [
                ("f.l", 30),
                ("fl", 8),
                ("f1.l", 10),
                ("l.f", 6),
                ("f_lyy", 6),
                ("fyy", 5),
                ("lnum", 5),
                ("nick", 6),
                ("f-l", 4),
                ("f.lyy", 8),
                ("fl1", 6),
                ("word", 6),
            ],
        )
    if style == "nick" and not p.nick:
        style = "f.l"
    loc = {
        "f.l": f"{f}.{la}",
        "fl": f"{f}{la}",
        "f1.l": f"{f[0]}.{la}",
        "fl1": f"{f[0]}{la}",
        "l.f": f"{la}.{f}",
        "f_lyy": f"{f}_{la}{yy}",
        "fyy": f"{f}{yy}",
        "lnum": f"{la}{rng.randint(1, 999)}",
        "nick": f"{slug(p.nick or p.first)}.{la}",
        "f-l": f"{fh}-{la}",
        "f.lyy": f"{f}.{la}{rng.choice([yy, str(p.dob.year) if p.dob else yy])}",
        "l": la,
        "f": f,
        "word": f"{rng.choice(MAIL_WORDS)}.{la}",
    }[style]
    if domain is None:
        cc = COUNTRY[cx.loc] if p.key == cx.loc or p.kind != "comm" else cx.cc
        domain = wpick(rng, PROVIDERS[cc])
    addr = f"{loc}@{domain}"
    if chance(rng, 0.04) and domain.endswith((".com", ".de", ".ch")):
        addr = addr[0].upper() + addr[1:]
    return m("EMAIL", addr)


def role_mail(local: str, domain: str) -> str:
    return f"{local}@{domain}"


# ---------------------------------------------------------------------------------------------------------------
# IBAN, cards, AHV, IP
# ---------------------------------------------------------------------------------------------------------------
def _mod97(s: str) -> int:
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97


def iban_check(cc: str, bban: str) -> str:
    return f"{98 - _mod97(bban + cc + '00'):02d}"


IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(s: str) -> str:
    tot = 0
    for i, c in enumerate(s):
        k = int(c) if c.isdigit() else ord(c) - 65
        tot += IT_ODD[k] if i % 2 == 0 else k
    return chr(65 + tot % 26)


def make_iban(rng: random.Random, cc: str) -> str:
    if cc == "US":
        cc = "GB"
    if cc == "DE":
        bban = rng.choice(
            [
                "10010010",
                "20050550",
                "70150000",
                "37050198",
                "50010517",
                "12030000",
                "43060967",
                "76050101",
                "86055592",
                "60050101",
                "30050110",
                "25050180",
                "44050199",
                "10090000",
            ]
        ) + digits(rng, 10)
    elif cc == "CH":
        bban = rng.choice(
            ["00767", "00700", "09000", "00235", "04835", "80808", "00778", "00790", "00769", "08401", "81487", "00762"]
        ) + digits(rng, 12)
    elif cc == "LI":
        bban = rng.choice(["08800", "08810", "08802"]) + digits(rng, 12)
    elif cc == "AT":
        bban = rng.choice(["20111", "12000", "14000", "32000", "60000", "34000", "20815", "38000", "15000"]) + digits(
            rng, 11
        )
    elif cc == "FR":
        bank = rng.choice(["30004", "30003", "30002", "20041", "10278", "13335", "18206", "10907", "16606"])
        gui = digits(rng, 5)
        acc = digits(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97)
        bban = bank + gui + acc + f"{key:02d}"
    elif cc == "IT":
        abi = rng.choice(["03069", "02008", "05034", "01030", "07601", "03062", "05387", "08327", "03440", "05696"])
        rest = abi + digits(rng, 5) + digits(rng, 12)
        bban = it_cin(rest) + rest
    elif cc == "GB":
        bank, sort = rng.choice(
            [
                ("NWBK", "60"),
                ("BARC", "20"),
                ("LOYD", "30"),
                ("HBUK", "40"),
                ("MIDL", "40"),
                ("MONZ", "04"),
                ("SRLG", "60"),
                ("NAIA", "07"),
                ("ABBY", "09"),
            ]
        )
        bban = bank + sort + digits(rng, 4) + digits(rng, 8)
    elif cc == "NL":
        bban = rng.choice(["INGB", "RABO", "ABNA", "TRIO"]) + digits(rng, 10)
    elif cc == "BE":
        b = digits(rng, 10)
        bban = b + f"{(int(b) % 97) or 97:02d}"
    elif cc == "LU":
        bban = rng.choice(["001", "002", "019"]) + digits(rng, 13)
    else:
        raise ValueError(cc)
    return cc + iban_check(cc, bban) + bban


def iban_fmt(rng: random.Random, ib: str, grouped: float = 0.65) -> str:
    if chance(rng, grouped):
        return " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
    return ib


def iban(cx: Ctx, cc: str | None = None, grouped: float = 0.65) -> str:
    cc = cc or cx.cc
    if cc == cx.cc and chance(cx.rng, 0.06):
        cc = {"DE": "NL", "CH": "LI", "AT": "DE", "FR": "BE", "IT": "DE", "GB": "GB", "US": "GB"}[cx.cc]
        if cx.cc == "CH" and chance(cx.rng, 0.5):
            cc = "DE"
    return m("IBAN", iban_fmt(cx.rng, make_iban(cx.rng, cc), grouped))


def luhn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix: str, n: int, rng: random.Random) -> str:
    body = prefix + digits(rng, n - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(cx: Ctx, kind: str | None = None) -> str:
    rng = cx.rng
    kind = kind or wpick(rng, [("visa", 50), ("mc", 35), ("amex", 10), ("mc2", 5)])
    if kind == "amex":
        num = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        f = wpick(
            rng, [(f"{num[:4]} {num[4:10]} {num[10:]}", 60), (num, 30), (f"{num[:4]}-{num[4:10]}-{num[10:]}", 10)]
        )
    else:
        pre = "4" if kind == "visa" else (str(rng.randint(51, 55)) if kind == "mc" else str(rng.randint(2221, 2720)))
        num = luhn_complete(pre, 16, rng)
        g = [num[i : i + 4] for i in range(0, 16, 4)]
        f = wpick(rng, [(" ".join(g), 55), (num, 30), ("-".join(g), 12), ("  ".join(g), 3)])
    return m("CARD", f)


def masked_card(cx: Ctx) -> str:
    rng = cx.rng
    last = digits(rng, 4)
    return rng.choice(
        [
            f"**** **** **** {last}",
            f"XXXX-XXXX-XXXX-{last}",
            f"•••• {last}",
            f"4*** **** **** {last}",
            f"5{digits(rng, 5)}******{last}",
            f"ending {last}" if cx.lang == "en" else f"**** {last}",
        ]
    )


def ean13_check(s12: str) -> str:
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(s12))
    return str((10 - tot % 10) % 10)


def ahv(cx: Ctx) -> str:
    s = "756" + digits(cx.rng, 9)
    s += ean13_check(s)
    if chance(cx.rng, 0.8):
        return m("AHV", f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}")
    return m("AHV", s)


def ahv_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    return len(d) == 13 and d.startswith("756") and ean13_check(d[:12]) == d[12]


IP4 = {
    "DE": [
        (84, 128, 191),
        (91, 0, 63),
        (93, 192, 255),
        (87, 128, 191),
        (79, 192, 255),
        (95, 88, 91),
        (178, 0, 15),
        (37, 4, 7),
        (92, 72, 79),
        (188, 96, 111),
        (2, 200, 207),
    ],
    "CH": [
        (85, 0, 7),
        (178, 192, 199),
        (83, 76, 79),
        (212, 51, 51),
        (31, 10, 10),
        (46, 14, 14),
        (77, 56, 59),
        (213, 55, 55),
        (188, 60, 63),
        (62, 202, 202),
    ],
    "AT": [
        (80, 108, 123),
        (91, 112, 119),
        (178, 112, 119),
        (62, 46, 47),
        (84, 112, 119),
        (77, 116, 119),
        (212, 95, 95),
        (89, 144, 144),
    ],
    "FR": [
        (90, 0, 127),
        (86, 192, 255),
        (82, 64, 127),
        (78, 192, 255),
        (109, 0, 31),
        (176, 128, 191),
        (92, 88, 95),
        (81, 48, 63),
        (88, 120, 127),
    ],
    "IT": [
        (79, 0, 63),
        (93, 32, 63),
        (87, 0, 31),
        (151, 0, 99),
        (2, 32, 47),
        (95, 224, 255),
        (5, 90, 95),
        (79, 8, 15),
        (82, 48, 63),
    ],
    "GB": [
        (86, 128, 191),
        (81, 128, 159),
        (82, 0, 47),
        (90, 192, 255),
        (2, 24, 31),
        (31, 48, 55),
        (92, 0, 31),
        (94, 0, 15),
        (109, 144, 159),
    ],
    "US": [
        (73, 0, 255),
        (24, 0, 255),
        (98, 0, 255),
        (71, 0, 255),
        (107, 0, 127),
        (68, 32, 63),
        (174, 48, 63),
        (67, 160, 191),
        (76, 16, 31),
        (99, 0, 127),
    ],
}
IP6 = {
    "DE": ["2003:c2", "2003:e5", "2003:f1", "2a02:810d", "2a02:908", "2a01:c22", "2a00:20"],
    "CH": ["2a02:1210", "2a02:aa10", "2001:1711", "2a02:1205", "2a04:ee41"],
    "AT": ["2a02:8388", "2a02:1748", "2001:871", "2a01:aea0"],
    "FR": ["2a01:cb00", "2a01:e0a", "2a01:cb1c", "2001:861", "2a02:8424"],
    "IT": ["2001:b07", "2a01:e11", "2001:b01", "2a0e:41b"],
    "GB": ["2a00:23c7", "2a02:c7c", "2a01:4b00", "2a0a:ef40"],
    "US": ["2601:1c2", "2600:1700", "2603:6010", "2607:fb90", "2601:647"],
}


def ip(cx: Ctx, cc: str | None = None, v6: float = 0.18) -> str:
    rng = cx.rng
    cc = cc or cx.cc
    if chance(rng, v6):
        g = rng.choice(IP6[cc]).split(":") + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(6)]
        if chance(rng, 0.45):
            s = ":".join(g[:4]) + "::" + ":".join(g[6:8] if chance(rng, 0.5) else g[7:8])
        else:
            s = ":".join(g[:8])
        return m("IP", s)
    a, lo, hi = rng.choice(IP4[cc])
    return m("IP", f"{a}.{rng.randint(lo, hi)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")


def lan_ip(rng: random.Random) -> str:
    return rng.choice(
        [
            f"192.168.{rng.choice([0, 1, 2, 178, 10])}.{rng.randint(2, 250)}",
            f"10.0.{rng.randint(0, 20)}.{rng.randint(2, 250)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 9)}.{rng.randint(2, 250)}",
        ]
    )


# ---------------------------------------------------------------------------------------------------------------
# layouts: forms, tables, JSON/YAML/XML, chats, mails, signatures, the request around the pasted text
# ---------------------------------------------------------------------------------------------------------------
def jesc(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


def form(cx: Ctx, rows, style: str | None = None) -> str:
    rng = cx.rng
    rows = [(k, v) for k, v in rows if k is not None]
    style = style or wpick(
        rng,
        [
            ("colon", 30),
            ("aligned", 25),
            ("tab", 8),
            ("dots", 5),
            ("md_bold", 8),
            ("kv", 5),
            ("md_table", 7),
            ("upper", 5),
            ("dash", 4),
            ("brackets", 3),
        ],
    )
    w = max(len(k) for k, _ in rows) + 1
    out = []
    if style == "md_table":
        out.append(f"| {cx.T('Feld', 'Champ', 'Campo', 'Field')} | {cx.T('Angabe', 'Valeur', 'Valore', 'Value')} |")
        out.append("|---|---|")
    for k, v in rows:
        if style == "colon":
            out.append(f"{k}: {v}".rstrip())
        elif style == "aligned":
            out.append(f"{(k + ':').ljust(w + 1)} {v}".rstrip())
        elif style == "tab":
            out.append(f"{k}\t{v}".rstrip())
        elif style == "dots":
            out.append(f"{k} {'.' * max(3, w + 4 - len(k))} {v}".rstrip())
        elif style == "md_bold":
            out.append(f"**{k}:** {v}".rstrip())
        elif style == "kv":
            key = re.sub(r"[^a-z0-9]+", "_", asciify(k).lower()).strip("_")
            out.append(f"{key} = {v}".rstrip())
        elif style == "md_table":
            out.append(f"| {k} | {v} |")
        elif style == "upper":
            out.append(f"{k.upper()}: {v}".rstrip())
        elif style == "dash":
            out.append(f"- {k}: {v}".rstrip())
        else:
            out.append(f"[{k}] {v}".rstrip())
    return "\n".join(out)


def csvcell(v: str, sep: str) -> str:
    t = vis(v)
    if sep in t or '"' in t or (sep == "," and "," in t):
        return '"' + v.replace('"', '""') + '"'
    return v


def table(cx: Ctx, cols, rows, style: str | None = None, keys=None, root: str = "records") -> str:
    rng = cx.rng
    style = style or wpick(
        rng,
        [
            ("csv", 14),
            ("ssv", 12),
            ("tsv", 10),
            ("pipe", 6),
            ("md", 14),
            ("md_loose", 6),
            ("fixed", 12),
            ("jsonl", 8),
            ("jsonarr", 6),
            ("yaml", 7),
            ("xml", 3),
            ("html", 2),
        ],
    )
    if keys is None:
        keys = [re.sub(r"[^a-z0-9]+", "_", asciify(c).lower()).strip("_") or f"f{i}" for i, c in enumerate(cols)]
    if style in ("csv", "ssv", "tsv", "pipe"):
        sep = {"csv": ",", "ssv": ";", "tsv": "\t", "pipe": " | "}[style]
        lines = [sep.join(cols)] + [
            sep.join(csvcell(v, sep.strip() or "\t") if style != "pipe" else v for v in r) for r in rows
        ]
        return "\n".join(lines)
    if style in ("md", "md_loose"):
        if style == "md_loose":
            lines = ["| " + " | ".join(cols) + " |", "|" + "|".join("---" for _ in cols) + "|"]
            lines += ["| " + " | ".join(r) + " |" for r in rows]
            return "\n".join(x.replace("|  |", "| |") for x in lines)
        ws = [max([len(c)] + [vlen(r[i]) for r in rows]) for i, c in enumerate(cols)]
        lines = [
            "| " + " | ".join(pad(c, ws[i]) for i, c in enumerate(cols)) + " |",
            "|" + "|".join("-" * (ws[i] + 2) for i in range(len(cols))) + "|",
        ]
        lines += ["| " + " | ".join(pad(v, ws[i]) for i, v in enumerate(r)) + " |" for r in rows]
        return "\n".join(lines)
    if style == "fixed":
        ws = [max([len(c)] + [vlen(r[i]) for r in rows]) for i, c in enumerate(cols)]
        gap = "  " if chance(rng, 0.6) else "   "
        lines = [gap.join(pad(c, ws[i]) for i, c in enumerate(cols)).rstrip()]
        if chance(rng, 0.6):
            lines.append(gap.join("-" * ws[i] for i in range(len(cols))))
        lines += [gap.join(pad(v, ws[i]) for i, v in enumerate(r)).rstrip() for r in rows]
        return "\n".join(lines)
    if style in ("jsonl", "jsonarr"):
        objs = []
        for r in rows:
            parts = []
            for k, v in zip(keys, r, strict=False):
                if v == "":
                    parts.append(f'"{k}": null')
                elif re.fullmatch(r"-?\d+(\.\d+)?", vis(v)) and not vis(v).startswith("0") and len(vis(v)) < 9:
                    parts.append(f'"{k}": {v}')
                else:
                    parts.append(f'"{k}": "{jesc(v)}"')
            objs.append(parts)
        if style == "jsonl":
            return "\n".join("{" + ", ".join(p) + "}" for p in objs)
        if chance(rng, 0.5):
            body = ",\n".join("  {" + ", ".join(p) + "}" for p in objs)
            return f'{{"{root}": [\n{body}\n]}}' if chance(rng, 0.4) else f"[\n{body}\n]"
        body = ",\n".join("  {\n" + ",\n".join("    " + x for x in p) + "\n  }" for p in objs)
        return f"[\n{body}\n]"
    if style == "yaml":
        lines = [f"{root}:"] if chance(rng, 0.6) else []
        ind = "  " if lines else ""
        for r in rows:
            first = True
            for k, v in zip(keys, r, strict=False):
                val = v if v != "" else "~"
                t = vis(val)
                if t and (
                    t[0] in "*&!%@`'\"{[>|#-?"
                    or ": " in t
                    or t.endswith(":")
                    or " #" in t
                    or re.fullmatch(r"[\d.:-]+", t)
                ):
                    if re.fullmatch(r"[\d.]+", t) and not t.startswith("0") and t.count(".") <= 1:
                        pass
                    else:
                        val = '"' + jesc(val) + '"'
                lines.append(f"{ind}{'- ' if first else '  '}{k}: {val}")
                first = False
        return "\n".join(lines)
    if style == "xml":
        tag = root.rstrip("s") or "record"
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<{root}>"]
        for r in rows:
            lines.append(f"  <{tag}>")
            for k, v in zip(keys, r, strict=False):
                vv = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                lines.append(f"    <{k}>{vv}</{k}>" if v else f"    <{k}/>")
            lines.append(f"  </{tag}>")
        lines.append(f"</{root}>")
        return "\n".join(lines)
    # html
    lines = ["<table>", "  <tr>" + "".join(f"<th>{c}</th>" for c in cols) + "</tr>"]
    for r in rows:
        lines.append("  <tr>" + "".join(f"<td>{v.replace('&', '&amp;')}</td>" for v in r) + "</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def hhmm(t: dt.datetime, loc: str, secs: bool = False) -> str:
    if loc == "en_US":
        h = t.hour % 12 or 12
        return f"{h}:{t.minute:02d}{':' + f'{t.second:02d}' if secs else ''} {'AM' if t.hour < 12 else 'PM'}"
    return f"{t.hour:02d}:{t.minute:02d}" + (f":{t.second:02d}" if secs else "")


def chat_day(t: dt.datetime, loc: str, style: str) -> str:
    if loc == "en_US":
        return f"{t.month}/{t.day}/{t.year % 100:02d}"
    if style == "short":
        if LANG[loc] in ("fr", "it") or loc == "en_GB":
            return (
                f"{t.day:02d}/{t.month:02d}/{t.year % 100:02d}"
                if LANG[loc] != "fr"
                else f"{t.day:02d}/{t.month:02d}/{t.year}"
            )
        return f"{t.day:02d}.{t.month:02d}.{t.year % 100:02d}"
    return f"{t.day:02d}.{t.month:02d}.{t.year}" if LANG[loc] == "de" else f"{t.day:02d}/{t.month:02d}/{t.year}"


def chat(cx: Ctx, msgs, layout: str | None = None, lower: bool = False) -> str:
    rng = cx.rng
    layout = layout or wpick(
        rng,
        [
            ("wa_ios", 22),
            ("wa_android", 22),
            ("telegram", 10),
            ("teams", 8),
            ("irc", 6),
            ("plain", 14),
            ("paren", 10),
            ("discord", 8),
        ],
    )
    t = cx.now - dt.timedelta(days=rng.randint(0, 3), minutes=rng.randint(0, 300))
    out = []
    for sender, text in msgs:
        t = t + dt.timedelta(minutes=rng.choice([0, 1, 1, 2, 3, 5, 8, 14, 30, 61, 120]), seconds=rng.randint(0, 59))
        if lower:
            text = low(text)
        if layout == "wa_ios":
            out.append(f"[{chat_day(t, cx.loc, 'short')}, {hhmm(t, cx.loc, True)}] {sender}: {text}")
        elif layout == "wa_android":
            out.append(f"{chat_day(t, cx.loc, 'short')}, {hhmm(t, cx.loc)} - {sender}: {text}")
        elif layout == "telegram":
            out.append(f"{sender}, [{chat_day(t, cx.loc, 'long')} {hhmm(t, cx.loc)}]\n{text}\n")
        elif layout == "teams":
            out.append(f"{sender}  {hhmm(t, cx.loc)}\n{text}\n")
        elif layout == "irc":
            out.append(f"[{hhmm(t, 'de_DE')}] <{sender}> {text}")
        elif layout == "plain":
            out.append(f"{sender}: {text}")
        elif layout == "paren":
            out.append(f"{sender} ({hhmm(t, cx.loc)}): {text}")
        else:
            out.append(f"{sender} — {chat_day(t, cx.loc, 'long')} {hhmm(t, cx.loc)}\n{text}\n")
    return "\n".join(out).rstrip()


def sender(cx: Ctx, p: Person, num: float = 0.12) -> str:
    """how a chat shows a sender: full name, first name, nickname or a phone number"""
    rng = cx.rng
    if chance(rng, num):
        return ph(cx, "mobile", fmt="intl")
    return nm(p, wpick(rng, [("fl", 40), ("f", 35), ("nick", 10), ("fi", 8), ("nl", 4), ("l", 3)]))


def hdr_addr(cx: Ctx, p: Person | None, em: str) -> str:
    rng = cx.rng
    if p is None:
        return em
    st = wpick(
        rng, [("std", 55), ("quoted_lf", 10), ("bare", 12), ("mailto", 5), ("std_l", 8), ("paren", 5), ("caps", 5)]
    )
    if st == "std":
        return f"{nm(p, 'fl')} <{em}>"
    if st == "quoted_lf":
        return f'"{nm(p, "lf")}" <{em}>'
    if st == "bare":
        return em
    if st == "mailto":
        return f"{nm(p, 'fl')} [mailto:{em}]"
    if st == "std_l":
        return f"{nm(p, 'l f')} <{em}>"
    if st == "paren":
        return f"{em} ({nm(p, 'fl')})"
    return f"{nm(p, 'FL')} <{em}>"


HDR = {
    "de": ("Von", "An", "Cc", "Betreff", "Datum", "Gesendet"),
    "fr": ("De", "À", "Cc", "Objet", "Date", "Envoyé"),
    "it": ("Da", "A", "Cc", "Oggetto", "Data", "Inviato"),
    "en": ("From", "To", "Cc", "Subject", "Date", "Sent"),
}


def mail_date(cx: Ctx, t: dt.datetime) -> str:
    lang = cx.lang
    if lang == "de":
        wd = "Mo Di Mi Do Fr Sa So".split()[t.weekday()]
        return rng_choice(
            cx,
            [
                f"{wd}, {t.day:02d}.{t.month:02d}.{t.year} {t.hour:02d}:{t.minute:02d}",
                f"{t.day}. {month_name(cx.loc, t.month)} {t.year} um {t.hour:02d}:{t.minute:02d}",
            ],
        )
    if lang == "fr":
        wd = "lun. mar. mer. jeu. ven. sam. dim.".split()[t.weekday()]
        return f"{wd} {t.day} {MONTHS['fr'][t.month - 1]} {t.year} {t.hour:02d}:{t.minute:02d}"
    if lang == "it":
        return f"{t.day} {MONTHS['it'][t.month - 1]} {t.year}, {t.hour:02d}:{t.minute:02d}"
    wd = "Mon Tue Wed Thu Fri Sat Sun".split()[t.weekday()]
    if cx.loc == "en_US":
        return f"{wd}, {MON_SHORT['en'][t.month - 1]} {t.day}, {t.year} at {hhmm(t, 'en_US')}"
    return f"{wd}, {t.day} {MON_SHORT['en'][t.month - 1]} {t.year} {t.hour:02d}:{t.minute:02d}"


def rng_choice(cx: Ctx, xs):
    return cx.rng.choice(xs)


def quote_lines(s: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + x) if x.strip() else prefix.rstrip() for x in s.split("\n"))


def mail(
    cx: Ctx,
    frm,
    to,
    subject: str,
    body: str,
    cc=None,
    when: dt.datetime | None = None,
    quote: str | None = None,
    quoted_from=None,
    quoted_when: dt.datetime | None = None,
    headers: bool = True,
) -> str:
    """frm/to/cc/quoted_from: (Person|None, email-marked) tuples"""
    rng = cx.rng
    when = when or cx.now
    H = HDR[cx.lang]
    out = []
    if headers:
        out.append(f"{H[0]}: {hdr_addr(cx, *frm)}")
        out.append(f"{H[1]}: " + ", ".join(hdr_addr(cx, *x) for x in to))
        if cc:
            out.append(f"{H[2]}: " + ", ".join(hdr_addr(cx, *x) for x in cc))
        if chance(rng, 0.6):
            out.append(f"{H[4]}: {mail_date(cx, when)}")
        out.append(f"{H[3]}: {subject}")
        out.append("")
    out.append(body.rstrip())
    if quote:
        qwhen = quoted_when or (when - dt.timedelta(hours=rng.randint(2, 70)))
        qp, qe = quoted_from
        style = wpick(rng, [("gt", 55), ("outlook", 30), ("gt_outlook", 15)])
        if style in ("outlook", "gt_outlook"):
            sep = {
                "de": "-----Ursprüngliche Nachricht-----",
                "fr": "-----Message d'origine-----",
                "it": "-----Messaggio originale-----",
                "en": "-----Original Message-----",
            }[cx.lang]
            qh = [
                sep,
                f"{H[0]}: {hdr_addr(cx, qp, qe)}",
                f"{H[5]}: {mail_date(cx, qwhen)}",
                f"{H[1]}: {hdr_addr(cx, *frm)}",
                f"{H[3]}: {subject.replace('AW: ', '').replace('Re: ', '').replace('RE: ', '').replace('R: ', '')}",
                "",
            ]
            block = "\n".join(qh) + "\n" + quote.rstrip()
            out.append("")
            out.append(quote_lines(block) if style == "gt_outlook" else block)
        else:
            who = f"{nm(qp, 'fl')} <{qe}>" if qp is not None and chance(rng, 0.8) else qe
            d = qwhen
            intro = {
                "de": f"Am {d.day:02d}.{d.month:02d}.{d.year} um {d.hour:02d}:{d.minute:02d} schrieb {who}:",
                "fr": f"Le {d.day} {MONTHS['fr'][d.month - 1]} {d.year} à {d.hour:02d}:{d.minute:02d}, {who} a écrit :",
                "it": f"Il giorno {d.day} {MON_SHORT['it'][d.month - 1]} {d.year}, alle ore "
                f"{d.hour:02d}:{d.minute:02d}, {who} ha scritto:",
                "en": (f"On {mail_date(cx, d)}, {who} wrote:"),
            }[cx.lang]
            out.append("")
            out.append(intro)
            out.append(quote_lines(quote.rstrip()))
    return "\n".join(out)


def re_prefix(cx: Ctx) -> str:
    return cx.pick(
        ["AW: ", "Re: ", "AW: AW: ", "WG: "],
        ["RE: ", "Re: ", "TR: "],
        ["R: ", "Re: ", "RE: "],
        ["Re: ", "RE: ", "Fwd: "],
    )


def signature(cx: Ctx, p: Person, lines: list[str], style: str | None = None) -> str:
    """lines: already built extra lines (role, org, address, phone...)"""
    rng = cx.rng
    style = style or wpick(rng, [("block", 55), ("dash", 25), ("pipe", 20)])
    name = nm(p, wpick(rng, [("fl", 80), ("il", 8), ("FL", 4), ("nl", 4), ("l f", 4)]))
    lines = [x for x in lines if x]
    if style == "pipe":
        return name + " | " + " | ".join(lines)
    if style == "dash":
        return "-- \n" + name + "\n" + "\n".join(lines)
    return name + "\n" + "\n".join(lines)


def greet(cx: Ctx, p: Person | None, formal: bool = True) -> str:
    rng = cx.rng
    if p is None:
        return (
            cx.pick(
                ["Guten Tag", "Hallo", "Grüezi" if cx.cc == "CH" else "Guten Tag", "Liebes Team"],
                ["Bonjour", "Madame, Monsieur", "Bonjour à vous"],
                ["Buongiorno", "Salve", "Gentili signori"],
                ["Hello", "Hi there", "Dear Sir or Madam"],
            )
            + ","
        )
    if formal:
        if cx.lang == "de":
            t = "Sehr geehrte Frau" if p.g == "f" else "Sehr geehrter Herr"
            if cx.cc == "CH" and chance(rng, 0.4):
                t = "Liebe Frau" if p.g == "f" else "Lieber Herr"
            if chance(rng, 0.3):
                t = "Guten Tag Frau" if p.g == "f" else "Guten Tag Herr"
            return f"{t} {nm(p, 'l')},"
        if cx.lang == "fr":
            return (
                ("Chère Madame" if p.g == "f" else "Cher Monsieur") + f" {nm(p, 'l')},"
                if chance(rng, 0.5)
                else ("Madame" if p.g == "f" else "Monsieur") + ","
            )
        if cx.lang == "it":
            return ("Gentile Signora" if p.g == "f" else "Gentile Signor") + f" {nm(p, 'l')},"
        return ("Dear Ms" if p.g == "f" else "Dear Mr") + f" {nm(p, 'l')},"
    if cx.lang == "de":
        return (
            rng.choice(
                [
                    "Hallo",
                    "Hoi" if cx.cc == "CH" else "Hi",
                    "Liebe" if p.g == "f" else "Lieber",
                    "Servus" if cx.cc == "AT" else "Hallo",
                ]
            )
            + f" {nm(p, rng.choice(['f', 'f', 'nick']))},"
        )
    if cx.lang == "fr":
        return rng.choice(["Salut", "Coucou", "Bonjour", "Chère" if p.g == "f" else "Cher"]) + f" {nm(p, 'f')},"
    if cx.lang == "it":
        return rng.choice(["Ciao", "Cara" if p.g == "f" else "Caro", "Buongiorno"]) + f" {nm(p, 'f')},"
    return rng.choice(["Hi", "Hello", "Dear", "Hey"]) + f" {nm(p, rng.choice(['f', 'f', 'nick']))},"


def bye(cx: Ctx, formal: bool = True) -> str:
    if formal:
        return cx.pick(
            ["Freundliche Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "Herzliche Grüße"],
            ["Meilleures salutations", "Cordialement", "Bien à vous", "Avec mes meilleures salutations"],
            ["Cordiali saluti", "Distinti saluti", "Un caro saluto", "Saluti cordiali"],
            ["Kind regards", "Best regards", "Best wishes", "Many thanks"],
        )
    return cx.pick(
        ["LG", "Liebe Grüße", "Viele Grüße", "Bis bald", "Gruß"],
        ["Bises", "À bientôt", "Merci et à+", "Bonne journée"],
        ["Un abbraccio", "A presto", "Ciao", "Saluti"],
        ["Cheers", "Thanks!", "Best", "See you soon"],
    )


GENERIC_REQ = {
    "de": [
        "Kannst du mir das übersichtlich in eine Tabelle bringen?",
        "Fasse mir das bitte kurz zusammen.",
        "Prüf bitte, ob irgendwo Angaben fehlen oder doppelt sind.",
        "Kannst du daraus eine saubere CSV machen?",
        "Bitte formuliere mir eine freundliche Antwort darauf.",
        "Sortier das bitte alphabetisch nach Nachnamen.",
        "Was müsste ich hier noch nachfragen?",
        "Mach mir bitte eine kurze To-do-Liste daraus.",
    ],
    "fr": [
        "Peux-tu mettre ça dans un tableau clair ?",
        "Résume-moi ça en quelques lignes, s'il te plaît.",
        "Vérifie s'il manque des informations ou s'il y a des doublons.",
        "Peux-tu en faire un fichier CSV propre ?",
        "Rédige-moi une réponse aimable, merci.",
        "Trie la liste par ordre alphabétique des noms.",
        "Qu'est-ce que je devrais encore demander ?",
    ],
    "it": [
        "Puoi mettermi tutto in una tabella ordinata?",
        "Riassumimi il testo in poche righe, per favore.",
        "Controlla se mancano dati o se ci sono doppioni.",
        "Puoi trasformarlo in un CSV pulito?",
        "Scrivimi una risposta gentile, grazie.",
        "Ordina l'elenco per cognome.",
        "Cosa dovrei ancora chiedere?",
    ],
    "en": [
        "Can you put this into a tidy table?",
        "Please summarise this in a few lines.",
        "Check whether anything is missing or duplicated.",
        "Can you turn this into a clean CSV?",
        "Draft a friendly reply for me, please.",
        "Sort this alphabetically by surname.",
        "What else should I ask for?",
    ],
}


def wrap(cx: Ctx, body: str, reqs: dict | None = None) -> str:
    """the request around the pasted text, sometimes fenced"""
    rng = cx.rng
    lang = cx.lang
    if lang != "en" and chance(rng, 0.07):
        lang = "en"
    elif cx.loc in ("fr_CH", "it_CH") and chance(rng, 0.08):
        lang = "de"
    pool = list(GENERIC_REQ[lang])
    if reqs and reqs.get(lang):
        pool = list(reqs[lang]) * 3 + pool
    req = rng.choice(pool)
    if chance(rng, 0.25):
        extra = rng.choice([x for x in pool if x != req])
        req = req + " " + extra
    if chance(rng, 0.12):
        req = req.lower()
    fence = wpick(rng, [("none", 45), ("```", 25), ('"""', 8), ("---", 10), ("<<<", 6), ("quote", 6)])
    if fence == "```":
        b = f"```\n{body}\n```"
    elif fence == '"""':
        b = f'"""\n{body}\n"""'
    elif fence == "---":
        b = f"---\n{body}\n---"
    elif fence == "<<<":
        b = f"<<<\n{body}\n>>>"
    elif fence == "quote":
        b = quote_lines(body)
    else:
        b = body
    if chance(rng, 0.55):
        return f"{req}\n\n{b}"
    return f"{b}\n\n{req}"


# ---------------------------------------------------------------------------------------------------------------
# shared bits for organisations
# ---------------------------------------------------------------------------------------------------------------
TLD = {"DE": "de", "CH": "ch", "AT": "at", "FR": "fr", "IT": "it", "GB": "org.uk", "US": "org"}


def dom(name: str, cc: str, tld: str | None = None) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", asciify(name).lower()).strip("-")
    s = re.sub(r"-(de|du|des|la|le|di|del|della|the|of|e|und|et)-", "-", s)
    return f"{s}.{tld or TLD[cc]}"


def org_addr(cx: Ctx) -> Addr:
    return make_addr(cx.rng, cx.loc)


def amount(cx: Ctx, lo: float, hi: float, step: float = 5) -> str:
    v = round(cx.rng.uniform(lo, hi) / step) * step
    if cx.cc == "CH":
        return f"CHF {v:.2f}" if cx.rng.random() < 0.6 else f"Fr. {v:.2f}"
    if cx.cc == "GB":
        return f"£{v:.2f}"
    if cx.cc == "US":
        return f"${v:,.2f}"
    s = f"{v:.2f}".replace(".", ",")
    return cx.rng.choice([f"{s} €", f"€ {s}", f"{s} EUR", f"EUR {s}"])


def town_only(cx: Ctx) -> str:
    return make_addr(cx.rng, cx.loc).town


def ref_no(cx: Ctx, pre: str = "", n: int = 6) -> str:
    return f"{pre}{digits(cx.rng, n)}"


# ---------------------------------------------------------------------------------------------------------------
# 1. curling - curling and Eisstock clubs
# ---------------------------------------------------------------------------------------------------------------
def club_curling(cx: Ctx, town: str) -> str:
    rng = cx.rng
    if cx.loc == "de_AT":
        return rng.choice(
            [f"ESV {town}", f"Stocksportverein {town}", f"EV {town} Sektion Stocksport", f"Curlingclub {town}"]
        )
    return cx.pick(
        [f"Curling Club {town}", f"CC {town}", f"Curlingverein {town}", f"CC {town}-Eissport"],
        [f"Curling Club {town}", f"CC {town}", f"Club de curling de {town}"],
        [f"Curling Club {town}", f"CC {town}", f"ASD Curling {town}"],
        [f"{town} Curling Club", f"{town} CC", f"{town} Ladies' Curling Club"],
    )


def roles_curling(cx: Ctx) -> list[str]:
    if cx.loc == "de_AT" and chance(cx.rng, 0.6):
        return ["Moar", "2. Schütze", "3. Schütze", "4. Schütze"]
    return TL(
        cx.lang,
        ["Skip", "Third", "Second", "Lead"],
        ["Skip", "Troisième", "Deuxième", "Premier"],
        ["Skip", "Terzo", "Secondo", "Primo"],
        ["Skip", "Third", "Second", "Lead"],
    )


def g_curling(cx: Ctx) -> str:
    rng, v = cx.rng, cx.i % 4
    home = make_addr(rng, cx.loc)
    club = club_curling(cx, home.town)
    cdom = dom(club, cx.cc)
    reqs = {
        "de": [
            "Mach mir daraus eine Teamliste für die Auslosung.",
            "Wer hat die Startgebühr noch nicht bezahlt?",
            "Schreib eine kurze Bestätigung an alle Skips.",
        ],
        "fr": ["Fais-moi une liste des équipes pour le tirage.", "Rédige une confirmation courte pour chaque skip."],
        "it": ["Fammi una lista delle squadre per il sorteggio.", "Scrivi una breve conferma per ogni skip."],
        "en": ["Turn this into a team list for the draw.", "Write a short confirmation to each skip."],
    }
    if v == 0:
        # bonspiel / tournament entry forms for several teams
        cat = rng.choice(["senior", "mixed", "open", "junior"] + (["junior"] if cx.cc == "CH" else []))
        de_ev = rng.choice(["Neujahrsturnier", "Herbst-Bonspiel", "Stadtmeisterschaft", "Dreikönigsturnier"])
        title = cx.T(
            f"Anmeldung {de_ev} {cx.now.year}",
            f"Inscription {rng.choice(['Tournoi du Nouvel An', 'Bonspiel d’automne', 'Coupe de la Ville'])} "
            f"{cx.now.year}",
            f"Iscrizione {rng.choice(['Torneo di Capodanno', 'Bonspiel autunnale', 'Coppa Città'])} {cx.now.year}",
            f"Entry form – {rng.choice(['New Year Bonspiel', 'Autumn Open', 'Points Competition', 'Club Pairs'])} "
            f"{cx.now.year}",
        )
        parts = [title, club, ""]
        nteams = rng.choice([1, 1, 1, 2, 2, 3])
        age = (55, 82) if cat == "senior" else ((12, 19) if cat == "junior" else (19, 70))
        for _t in range(nteams):
            team = rng.choice(
                [
                    "Eisbären",
                    "Steinschieber",
                    "Hog Line Heroes",
                    "Rock'n'Roll",
                    "Besenbinder",
                    "Hammer",
                    "Les Cailloux",
                    "Gli Scopini",
                    "Granite Grannies",
                    "Buttonhook",
                    "Schnee-Eulen",
                    "Team Nord",
                    "Team Süd",
                    "Les Balayeurs",
                    "Stone Cold",
                    "Freeze Frame",
                ]
            )
            ps = [cx.person(age=age) for _ in range(4)]
            sk = ps[0]
            rows = [(cx.T("Team", "Équipe", "Squadra", "Team"), team)]
            rl = roles_curling(cx)
            style = rng.choice(["form", "table"])
            if style == "form":
                for r, p in zip(rl, ps, strict=False):
                    val = nm(p, nform(rng, cx.lang, True))
                    if cat in ("senior", "junior") or chance(rng, 0.2):
                        val += ", " + (dob_cue(cx, p) if chance(rng, 0.5) else cx.dob(p))
                    if cat == "junior" and cx.cc == "CH" and chance(rng, 0.7):
                        val += ", " + cx.T("AHV ", "AVS ", "AVS ", "AHV ") + ahv(cx)
                    rows.append((r, val))
                rows.append(
                    (
                        cx.T("Kontakt Skip", "Contact skip", "Contatto skip", "Skip's contact"),
                        ph(cx) + ((" / " + email(cx, sk)) if chance(rng, 0.8) else ""),
                    )
                )
                parts.append(form(cx, rows))
            else:
                parts.append(f"{cx.T('Team', 'Équipe', 'Squadra', 'Team')}: {team}")
                cols = [
                    cx.T("Position", "Poste", "Ruolo", "Position"),
                    cx.T("Name", "Nom", "Nome", "Name"),
                    cx.T("Geb.-Datum", "Date de naissance", "Data di nascita", "DOB"),
                    cx.T("Lizenz-Nr.", "N° licence", "N. tessera", "Licence no."),
                ]
                trs = [
                    [
                        r,
                        nm(p, wpick(rng, [("fl", 5), ("lf", 3), ("LF", 1)])),
                        cx.dob(p),
                        ref_no(cx, rng.choice(["", "L-", "SC"]), 5),
                    ]
                    for r, p in zip(rl, ps, strict=False)
                ]
                parts.append(table(cx, cols, trs, style=rng.choice(["md", "fixed", "ssv", "tsv", "pipe"])))
                parts.append(
                    f"{cx.T('Kontakt', 'Contact', 'Contatto', 'Contact')}: {nm(sk, 'f')}, {ph(cx)}, {email(cx, sk)}"
                )
            parts.append("")
        fee = amount(cx, 80, 240, 10)
        org = cx.person()
        parts.append(
            cx.T(
                f"Startgeld {fee} pro Team bis {cx.date(cx.later(5, 25))} auf {iban(cx)} ({club}), Vermerk: Teamname.",
                f"Finance d'inscription {fee} par équipe jusqu'au {cx.date(cx.later(5, 25))} sur {iban(cx)} ({club}).",
                f"Quota {fee} a squadra entro il {cx.date(cx.later(5, 25))} su {iban(cx)} ({club}).",
                f"Entry fee {fee} per team by {cx.date(cx.later(5, 25))} to {iban(cx)} ({club}), reference: team name.",
            )
        )
        parts.append(
            cx.T("Fragen an", "Questions à", "Domande a", "Queries to")
            + f": {nm(org, 'fl')}, {ph(cx)}, "
            + (email(cx, org, cdom) if chance(rng, 0.6) else role_mail("turnier", cdom))
        )
        return wrap(cx, "\n".join(parts), reqs)
    if v == 1:
        # ice rental / booking export
        n = rng.randint(2, 5)
        cols = [
            cx.T("Buchung", "Réservation", "Prenotazione", "Booking"),
            cx.T("Datum", "Date", "Data", "Date"),
            cx.T("Zeit", "Heure", "Ora", "Time"),
            cx.T("Rink", "Piste", "Pista", "Sheet"),
            cx.T("Name", "Nom", "Nome", "Name"),
            cx.T("Firma", "Société", "Ditta", "Company"),
            "E-Mail",
            cx.T("Telefon", "Téléphone", "Telefono", "Phone"),
            cx.T("Zahlung", "Paiement", "Pagamento", "Payment"),
            "IP",
        ]
        rows = []
        for _k in range(n):
            p = cx.person()
            firm = rng.choice(
                ["", "", ""]
                + TL(
                    cx.lang,
                    [
                        "Treuhand Seeblick AG",
                        "Brauerei Adler",
                        "Kanzlei Engel & Partner",
                        "Stadtwerke",
                        "Elektro Blitz GmbH",
                        "Zahnarztpraxis am Markt",
                    ],
                    ["Garage du Lac SA", "Fiduciaire Horizon", "Boulangerie du Centre", "Pharmacie de la Gare"],
                    ["Studio Nove Srl", "Assicurazioni Centro", "Farmacia del Ponte", "Edil Lago SA"],
                    ["Harbour Logistics Ltd", "Pinewood Dental", "Northside Credit Union", "Maple Insurance"],
                )
            )
            pay = wpick(
                rng,
                [
                    (masked_card(cx), 3),
                    (cx.T("Rechnung", "Facture", "Fattura", "Invoice"), 3),
                    (card(cx), 1),
                    (cx.T("bar", "espèces", "contanti", "cash"), 1),
                    ("TWINT" if cx.cc == "CH" else "PayPal", 1),
                ],
            )
            d = cx.later(2, 60)
            rows.append(
                [
                    f"{rng.choice(['B', 'R', 'EB'])}{digits(rng, 5)}",
                    cx.date(d),
                    f"{rng.choice(['17:00', '18:30', '19:00', '20:15', '21:00'])}",
                    rng.choice("ABCDE"),
                    nm(p, rng.choice(["fl", "lf", "fl"])),
                    firm,
                    email(cx, p),
                    ph(cx) if chance(rng, 0.8) else "",
                    pay,
                    ip(cx) if chance(rng, 0.7) else "",
                ]
            )
        pre = cx.T(
            f"Export Eisbuchungen {club}, Stand {cx.date(cx.now.date())}",
            f"Export réservations de glace {club}, état au {cx.date(cx.now.date())}",
            f"Export prenotazioni pista {club}, aggiornato al {cx.date(cx.now.date())}",
            f"Ice rental export {club}, as of {cx.date(cx.now.date())}",
        )
        body = (
            pre
            + "\n"
            + table(
                cx,
                cols,
                rows,
                keys=["booking", "date", "time", "sheet", "name", "company", "email", "phone", "payment", "ip"],
                root="bookings",
            )
        )
        if chance(rng, 0.5):
            body += "\n\n" + cx.T(
                f"Eismeister intern Kl. {rng.randint(20, 49)}, Kasse-PC {lan_ip(rng)}",
                f"Gardien : interne {rng.randint(20, 49)}, PC caisse {lan_ip(rng)}",
                f"Custode: interno {rng.randint(20, 49)}, PC cassa {lan_ip(rng)}",
                f"Ice tech: ext. {rng.randint(20, 49)}, till PC {lan_ip(rng)}",
            )
        r2 = {
            "de": ["Welche Firmenanlässe sind noch nicht bezahlt?", "Mach mir einen Wochenplan pro Rink."],
            "fr": ["Quelles réservations d'entreprise ne sont pas payées ?", "Fais un planning par piste."],
            "it": ["Quali prenotazioni aziendali non sono pagate?", "Fammi un piano settimanale per pista."],
            "en": ["Which corporate bookings are unpaid?", "Make me a weekly plan per sheet."],
        }
        return wrap(cx, body, r2)
    if v == 2:
        # new member enquiry and the secretary's reply
        new = cx.person(age=(22, 70))
        a = make_addr(rng, cx.loc)
        sec = cx.person()
        sec_mail = email(cx, sec, cdom if chance(rng, 0.5) else None)
        new_mail = email(cx, new)
        kid = cx.child(new, age=(10, 16)) if chance(rng, 0.4) else None
        q = [greet(cx, None), ""]
        q.append(
            cx.T(
                "ich habe letzten Winter beim Plauschturnier mitgemacht und würde gerne Mitglied "
                f"werden{' – zusammen mit meinem Kind ' + nm(kid, 'f') if kid else ''}. "
                f"Meine Angaben:",
                "j'ai participé au tournoi populaire l'hiver dernier et j'aimerais devenir "
                f"membre{' avec mon enfant ' + nm(kid, 'f') if kid else ''}. Voici mes coordonnées :",
                "l'inverno scorso ho partecipato al torneo amatoriale e vorrei diventare "
                f"socio{' insieme a mio figlio ' + nm(kid, 'f') if kid else ''}. Ecco i miei dati:",
                "I played in the fun bonspiel last winter and would like to "
                f"join{' together with my child ' + nm(kid, 'f') if kid else ''}. My details:",
            )
        )
        rows = [
            (cx.T("Name", "Nom", "Nome", "Name"), nm(new, "fl")),
            (cx.T("Adresse", "Adresse", "Indirizzo", "Address"), a_line(a, rng)),
            (cx.T("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), cx.dob(new)),
            (cx.T("Handy", "Portable", "Cellulare", "Mobile"), ph(cx)),
        ]
        if kid:
            rows.append((cx.T("Kind", "Enfant", "Figlio/a", "Child"), nm(kid, "fl") + ", " + cx.dob(kid)))
            if cx.cc == "CH":
                rows.append(
                    (cx.T("AHV-Nr. Kind (für J+S)", "N° AVS enfant (J+S)", "N. AVS figlio/a (G+S)", "AHV"), ahv(cx))
                )
        q.append(form(cx, rows, rng.choice(["colon", "dash", "aligned"])))
        q += ["", bye(cx), nm(new, rng.choice(["fl", "f"]))]
        fee = amount(cx, 150, 480, 10)
        b = [greet(cx, new, False), ""]
        b.append(
            cx.T(
                f"vielen Dank für dein Interesse! Das Schnuppertraining ist am {cx.date(cx.later(3, 20))} um 18:30 "
                f"in der Halle an der {m('ADDRESS', home.street)}. "
                f"Der Jahresbeitrag beträgt {fee}; bitte überweise ihn nach dem Training auf {iban(cx)}. Besen und "
                f"Schuhe kannst du bei {nm(cx.person(), rng.choice(['fl', 'f']))} ausleihen.",
                f"merci de ton intérêt ! L'entraînement d'essai a lieu le {cx.date(cx.later(3, 20))} à 18h30 à la "
                f"patinoire, {m('ADDRESS', home.street)}. "
                f"La cotisation annuelle est de {fee}, à verser après l'entraînement sur {iban(cx)}.",
                f"grazie per l'interesse! La prova è il {cx.date(cx.later(3, 20))} alle 18:30 al palaghiaccio, "
                f"{m('ADDRESS', home.street)}. "
                f"La quota annuale è di {fee}, da versare dopo l'allenamento su {iban(cx)}.",
                f"thanks for getting in touch! Taster session is on {cx.date(cx.later(3, 20))} at 6.30pm at the "
                f"rink, {m('ADDRESS', home.street)}. "
                f"Annual subs are {fee}; please pay after the session to {iban(cx)}.",
            )
        )
        b += [
            "",
            bye(cx, False),
            signature(
                cx,
                sec,
                [
                    cx.T("Sekretariat", "Secrétariat", "Segreteria", "Club secretary"),
                    club,
                    a_line(home, rng),
                    ph(cx, "land", home) if chance(rng, 0.6) else ph(cx),
                    f"www.{cdom}",
                ],
            ),
        ]
        body = mail(
            cx,
            (sec, sec_mail),
            [(new, new_mail)],
            re_prefix(cx) + cx.T("Mitgliedschaft", "Adhésion", "Iscrizione", "Membership"),
            "\n".join(b),
            quote="\n".join(q),
            quoted_from=(new, new_mail),
        )
        return wrap(
            cx,
            body,
            {
                "de": ["Ist die Antwort so okay? Bitte etwas herzlicher formulieren."],
                "fr": ["La réponse est-elle correcte ? Rends-la un peu plus chaleureuse."],
                "it": ["La risposta va bene? Rendila un po' più calorosa."],
                "en": ["Is the reply okay? Make it a bit warmer, please."],
            },
        )
    # v == 3: team chat with a pasted line-up
    ps = [cx.person() for _ in range(rng.randint(4, 6))]
    lower = chance(rng, 0.45)
    msgs = []
    s = [sender(cx, p) for p in ps]
    sub = cx.person()
    msgs.append(
        (
            s[0],
            cx.T(
                f"wer kann am dienstag? {nm(ps[3], 'f')} ist krank",
                f"qui peut mardi ? {nm(ps[3], 'f')} est malade",
                f"chi c'è martedì? {nm(ps[3], 'f')} è malato",
                f"who's free tuesday? {nm(ps[3], 'f')} is ill",
            ),
        )
    )
    msgs.append((s[1], cx.T("ich bin dabei 🥌", "moi ok 🥌", "io ci sono 🥌", "I'm in 🥌")))
    fem = sub.g == "f"
    msgs.append(
        (
            s[2],
            cx.T(
                f"frag mal {nm(sub, 'fl')}, {'die' if fem else 'der'} sucht eh ein team: {ph(cx)}",
                f"demande à {nm(sub, 'fl')}, {'elle' if fem else 'il'} cherche une équipe : {ph(cx)}",
                f"chiedi a {nm(sub, 'fl')}, cerca una squadra: {ph(cx)}",
                f"ask {nm(sub, 'fl')}, {'she' if fem else 'he'}'s looking for a team: {ph(cx)}",
            ),
        )
    )
    a = make_addr(rng, cx.loc)
    msgs.append(
        (
            s[0],
            cx.T(
                f"ok. treffpunkt 17:45 bei mir, {m('ADDRESS', a.street)}, ich fahre",
                f"ok. rdv 17h45 chez moi, {m('ADDRESS', a.street)}, je conduis",
                f"ok. ritrovo alle 17:45 da me, {m('ADDRESS', a.street)}, guido io",
                f"ok, meet 5:45 at mine, {m('ADDRESS', a.street)}, I'll drive",
            ),
        )
    )
    if chance(rng, 0.6):
        msgs.append(
            (
                s[1],
                cx.T(
                    f"meine neue nummer übrigens {ph(cx)}",
                    f"au fait mon nouveau numéro {ph(cx)}",
                    f"btw il mio nuovo numero {ph(cx)}",
                    f"btw my new number is {ph(cx)}",
                ),
            )
        )
    msgs.append(
        (
            s[-1],
            cx.T(
                f"{nm(ps[0], 'nick')} schick nochmal die iban für die saisongebühr?",
                f"{nm(ps[0], 'f')} tu renvoies l'iban pour la cotisation ?",
                f"{nm(ps[0], 'f')} rimandi l'iban per la quota?",
                f"{nm(ps[0], 'nick')} can you resend the iban for subs?",
            ),
        )
    )
    msgs.append(
        (
            s[0],
            iban(cx)
            + cx.T(" (Kontoinhaber: ", " (titulaire : ", " (intestato a ", " (account name: ")
            + nm(ps[0], "fl")
            + ")",
        )
    )
    body = chat(cx, msgs, lower=lower)
    if chance(rng, 0.6):
        rl = roles_curling(cx)
        line = (
            cx.T("Aufstellung Dienstag", "Composition mardi", "Formazione martedì", "Line-up Tuesday")
            + ":\n"
            + "\n".join(
                f"{r}: {nm(p, rng.choice(['fl', 'il', 'l']))}"
                for r, p in zip(rl, [ps[0], ps[1], ps[2], sub], strict=False)
            )
        )
        body += "\n\n" + line
    return wrap(
        cx,
        body,
        {
            "de": ["Fass zusammen, wer Dienstag spielt und wer fährt."],
            "fr": ["Résume qui joue mardi et qui conduit."],
            "it": ["Riassumi chi gioca martedì e chi guida."],
            "en": ["Summarise who's playing Tuesday and who's driving."],
        },
    )


# ---------------------------------------------------------------------------------------------------------------
# 2. pubquiz - quiz leagues and quiz nights
# ---------------------------------------------------------------------------------------------------------------
QUIZ_EN = [
    "Quizzly Bears",
    "Quiz Khalifa",
    "Universally Challenged",
    "Let's Get Quizzical",
    "Tequila Mockingbird",
    "The Smarty Pints",
    "Quizteama Aguilera",
    "Les Quizerables",
    "Norfolk in Chance",
    "Quiz Pro Quo",
]
QUIZ_TEAMS = {
    "de": [
        "Die Besserwisser",
        "Die Ahnungslosen",
        "Die Klugscheißer",
        "Team Tiefgang",
        "Quizlamisten",
        "Wissen ist Macht",
        "Denkzettel",
        "Die Halbwissenden",
        "Tresengold",
        "Schlaue Füchse",
        "Die Ratefüchse",
        "Kopfnuss",
    ]
    + QUIZ_EN,
    "fr": [
        "Les Cerveaux Lents",
        "Les Je-Sais-Tout",
        "Les Cancres",
        "Les Quizzeurs fous",
        "Les Neurones Fatigués",
        "Les Mauvais Perdants",
        "Plan B",
        "Les Incollables",
    ]
    + QUIZ_EN[:5],
    "it": [
        "I Tuttologi",
        "Gli Indovini",
        "Zero Punti",
        "Sapientoni",
        "Risposta Esatta",
        "I Secchioni",
        "Gli Ultimi Banchi",
        "Quiz e Spritz",
    ]
    + QUIZ_EN[:5],
    "en": QUIZ_EN + ["The Usual Suspects", "Agatha Quiztie", "Pub Sandwich", "Spaced Invaders", "Trivial Pursuers"],
}
PUBS = {
    "de": [
        "Zum Goldenen Hirsch",
        "Irish Pub O'Reillys",
        "Café Kranich",
        "Brauhaus Stadtmitte",
        "Bierstube Anker",
        "Kulturkneipe Eule",
        "Gasthaus Linde",
        "Zur Post",
    ],
    "fr": ["Le Bistrot du Coin", "Café de la Gare", "Le Pub Saint-Patrick", "La Brasserie du Port", "Le Chat Noir"],
    "it": ["Birreria Il Luppolo", "Pub Il Barile", "Osteria della Piazza", "Bar Centrale", "Caffè Letterario"],
    "en": ["The Red Lion", "The Crown & Anchor", "The Fox and Hounds", "The Black Swan", "O'Malley's", "The Quiet Man"],
}


def g_pubquiz(cx: Ctx) -> str:
    rng, v = cx.rng, cx.i % 4
    pub = rng.choice(PUBS[cx.lang])
    pa = make_addr(rng, cx.loc)
    qm = cx.person()
    league = cx.T(
        rng.choice(["Kneipenquiz-Liga", "Quizliga Nord", "Stadtquiz", "Pubquiz-Cup"]),
        rng.choice(["Ligue de quiz", "Quiz des bistrots", "Coupe des quiz"]),
        rng.choice(["Lega dei quiz", "Quiz dei pub", "Campionato quiz"]),
        rng.choice(["Pub Quiz League", "Thursday Quiz League", "Winter Quiz League"]),
    )
    ldom = dom(league + " " + pa.town, cx.cc)
    if v == 0:
        # season team registrations
        n = rng.randint(2, 3)
        parts = [
            cx.T(
                f"{league} – Teamanmeldungen Saison {cx.now.year}/{(cx.now.year + 1) % 100}",
                f"{league} – inscriptions des équipes saison {cx.now.year}-{cx.now.year + 1}",
                f"{league} – iscrizioni squadre stagione {cx.now.year}/{cx.now.year + 1}",
                f"{league} – team registrations {cx.now.year}/{(cx.now.year + 1) % 100}",
            ),
            "",
        ]
        for k in range(n):
            cap = cx.person(age=(20, 65))
            team = rng.choice(QUIZ_TEAMS[cx.lang])
            mem = [cx.person(age=(20, 70)) for _ in range(rng.randint(2, 3))]
            rows = [
                (cx.T("Teamname", "Nom d'équipe", "Nome squadra", "Team name"), team),
                (cx.T("Captain", "Capitaine", "Capitano", "Captain"), nm(cap, nform(rng, cx.lang, True))),
                ("E-Mail", email(cx, cap)),
                (cx.T("Telefon", "Tél.", "Tel.", "Phone"), ph(cx)),
                (
                    cx.T("Mitglieder", "Membres", "Componenti", "Members"),
                    ", ".join(nm(p, rng.choice(["fl", "fl", "f", "fi"])) for p in mem),
                ),
                (cx.T("Stammkneipe", "Bar habituel", "Locale", "Home pub"), rng.choice(PUBS[cx.lang])),
            ]
            if chance(rng, 0.3):
                rows.append(
                    (
                        cx.T("Rechnungsadresse", "Adresse de facturation", "Indirizzo fatturazione", "Billing address"),
                        a_line(make_addr(rng, cx.loc), rng),
                    )
                )
            parts.append(f"#{k + 1}")
            parts.append(form(cx, rows, rng.choice(["colon", "aligned", "md_bold", "dash"])))
            parts.append("")
        parts.append(
            cx.T(
                f"Ligagebühr {amount(cx, 20, 60)} pro Team an {iban(cx)}, Kontakt {nm(qm, 'fl')}, {ph(cx)}.",
                f"Frais {amount(cx, 20, 60)} par équipe sur {iban(cx)}, contact {nm(qm, 'fl')}, {ph(cx)}.",
                f"Quota {amount(cx, 20, 60)} a squadra su {iban(cx)}, contatto {nm(qm, 'fl')}, {ph(cx)}.",
                f"League fee {amount(cx, 20, 60)} per team to {iban(cx)}; contact {nm(qm, 'fl')}, {ph(cx)}.",
            )
        )
        return wrap(
            cx,
            "\n".join(parts),
            {
                "de": ["Mach einen Spielplan, jedes Team einmal pro Kneipe."],
                "fr": ["Fais un calendrier, chaque équipe une fois par bar."],
                "it": ["Fai un calendario, ogni squadra una volta per locale."],
                "en": ["Make a fixture list, each team once per pub."],
            },
        )
    if v == 1:
        # standings / score sheet with captain contacts
        n = rng.randint(4, 7)
        teams = rng.sample(QUIZ_TEAMS[cx.lang], n)
        caps = [cx.person() for _ in range(n)]
        cols = [
            cx.T("Platz", "Rang", "Pos.", "Pos"),
            cx.T("Team", "Équipe", "Squadra", "Team"),
            "R1",
            "R2",
            "R3",
            "R4",
            cx.T("Joker", "Joker", "Jolly", "Joker"),
            cx.T("Total", "Total", "Totale", "Total"),
        ]
        rows = []
        res = []
        for t in teams:
            r = [rng.randint(3, 12) for _ in range(4)]
            j = rng.choice([1, 2, 3, None])
            res.append((sum(r) + (r[j] if j is not None else 0), t, r, j))
        pts = sorted(res, key=lambda x: (-x[0], x[1]))
        for k, (tot, t, r, j) in enumerate(pts):
            rows.append([str(k + 1), t] + [str(x) for x in r] + [f"R{j + 1}" if j is not None else "–", str(tot)])
        body = (
            cx.T(
                f"{league}, Spieltag {rng.randint(2, 14)} im {pub} ({cx.date(cx.now.date())})",
                f"{league}, soirée {rng.randint(2, 14)} au {pub} ({cx.date(cx.now.date())})",
                f"{league}, serata {rng.randint(2, 14)} al {pub} ({cx.date(cx.now.date())})",
                f"{league}, week {rng.randint(2, 14)} at {pub} ({cx.date(cx.now.date())})",
            )
            + "\n\n"
        )
        body += table(cx, cols, rows, style=rng.choice(["fixed", "md", "tsv", "csv", "ssv"]))
        body += (
            "\n\n"
            + cx.T("Captains / Kontakte:", "Capitaines / contacts :", "Capitani / contatti:", "Captains / contacts:")
            + "\n"
        )
        cc2 = [
            cx.T("Team", "Équipe", "Squadra", "Team"),
            cx.T("Captain", "Capitaine", "Capitano", "Captain"),
            cx.T("Handy", "Portable", "Cellulare", "Mobile"),
            "E-Mail",
        ]
        crow = [
            [
                x[1],
                nm(c, rng.choice(["fl", "f", "fi", "lf"])),
                ph(cx) if chance(rng, 0.85) else "",
                email(cx, c) if chance(rng, 0.5) else "",
            ]
            for x, c in zip(pts, caps, strict=False)
        ]
        body += table(cx, cc2, crow, style=rng.choice(["fixed", "md", "csv", "pipe"]))
        body += "\n\n" + cx.T(
            f"Quizmaster: {nm(qm, 'fl')} ({ph(cx)}), Ergebnisse an {role_mail('ergebnisse', ldom)}",
            f"Quizmaster : {nm(qm, 'fl')} ({ph(cx)}), résultats à {role_mail('resultats', ldom)}",
            f"Quizmaster: {nm(qm, 'fl')} ({ph(cx)}), risultati a {role_mail('risultati', ldom)}",
            f"Quizmaster: {nm(qm, 'fl')} ({ph(cx)}), results to {role_mail('results', ldom)}",
        )
        return wrap(
            cx,
            body,
            {
                "de": ["Wer führt nach Joker-Regel? Und schreib eine Rundmail an die Captains."],
                "fr": ["Qui mène avec la règle du joker ? Écris un mail aux capitaines."],
                "it": ["Chi è in testa con la regola del jolly? Scrivi ai capitani."],
                "en": ["Who leads under the joker rule? Draft an email to the captains."],
            },
        )
    if v == 2:
        # quizmaster <-> landlord mail with invoice
        land = cx.person(age=(30, 70))
        qm_mail = email(cx, qm)
        pub_dom = dom(pub, cx.cc)
        land_mail = email(cx, land, pub_dom if chance(rng, 0.5) else None)
        dates = sorted(cx.later(7, 120) for _ in range(3))
        q = [
            greet(cx, qm, False),
            "",
            cx.T(
                f"passt bei uns alles für die Termine {', '.join(cx.date(d) for d in dates)}. Gutscheine als Preise "
                f"(3× {amount(cx, 20, 50)}) übernehmen wir. "
                f"Schick mir die Rechnung bitte an {m('ADDRESS', pa.street)}, z. Hd. {nm(land, 'fl')}.",
                f"les dates {', '.join(cx.date(d) for d in dates)} nous conviennent. On offre les bons (3× "
                f"{amount(cx, 20, 50)}). "
                f"Envoie la facture à {m('ADDRESS', pa.street)}, à l'attention de {nm(land, 'fl')}.",
                f"le date {', '.join(cx.date(d) for d in dates)} vanno bene. I buoni premio (3× "
                f"{amount(cx, 20, 50)}) li offriamo noi. "
                f"Mandami la fattura a {m('ADDRESS', pa.street)}, alla c.a. di {nm(land, 'fl')}.",
                f"{', '.join(cx.date(d) for d in dates)} all work for us. We'll cover the vouchers (3× "
                f"{amount(cx, 20, 50)}). "
                f"Send the invoice to {m('ADDRESS', pa.street)}, FAO {nm(land, 'fl')}.",
            ),
            "",
            bye(cx, False),
            nm(land, "f"),
        ]
        inv = ref_no(cx, rng.choice(["Q-", "RE", "INV-"]), 4)
        b = [
            greet(cx, land, False),
            "",
            cx.T(
                f"super, danke! Anbei die Rechnung {inv} über {amount(cx, 120, 300)} für drei Abende. Zahlbar an "
                f"{iban(cx)} "
                f"(Inhaber {nm(qm, 'fl')}). Für Rückfragen: {ph(cx)}.",
                f"super, merci ! Ci-joint la facture {inv} de {amount(cx, 120, 300)} pour trois soirées, payable sur "
                f"{iban(cx)} "
                f"(titulaire {nm(qm, 'fl')}). Questions : {ph(cx)}.",
                f"perfetto, grazie! In allegato la fattura {inv} di {amount(cx, 120, 300)} per tre serate, da pagare "
                f"su {iban(cx)} "
                f"(intestato a {nm(qm, 'fl')}). Per domande: {ph(cx)}.",
                f"great, thanks! Attached is invoice {inv} for {amount(cx, 120, 300)} for the three nights, payable "
                f"to {iban(cx)} "
                f"(account name {nm(qm, 'fl')}). Any questions: {ph(cx)}.",
            ),
        ]
        helper = cx.person()
        b += [
            "",
            cx.T(
                f"Am zweiten Abend vertritt mich {nm(helper, 'fl')} ({ph(cx)}).",
                f"Le deuxième soir, {nm(helper, 'fl')} me remplace ({ph(cx)}).",
                f"La seconda serata mi sostituisce {nm(helper, 'fl')} ({ph(cx)}).",
                f"On the second night {nm(helper, 'fl')} will stand in for me ({ph(cx)}).",
            ),
            "",
            bye(cx, False),
            nm(qm, "fl"),
        ]
        body = mail(
            cx,
            (qm, qm_mail),
            [(land, land_mail)],
            re_prefix(cx) + cx.T("Quizabende", "Soirées quiz", "Serate quiz", "Quiz nights"),
            "\n".join(b),
            quote="\n".join(q),
            quoted_from=(land, land_mail),
        )
        return wrap(cx, body)
    # v == 3: online sign-up export (+ age check) and a quick chat
    n = rng.randint(2, 4)
    rows = []
    for _k in range(n):
        p = cx.person(age=(18, 60))
        rows.append(
            [
                f"{cx.now.year}-{digits(rng, 4)}",
                rng.choice(QUIZ_TEAMS[cx.lang]),
                nm(p, rng.choice(["fl", "lf"])),
                email(cx, p),
                ph(cx) if chance(rng, 0.6) else "",
                cx.dob(p),
                rng.choice(["ja", "nein"]) if cx.lang == "de" else rng.choice(["yes", "no"]),
                ip(cx),
            ]
        )
    cols = [
        "id",
        "team",
        "captain",
        "email",
        "phone",
        cx.T("geburtsdatum_18plus", "date_naissance_18plus", "data_nascita_18plus", "dob_18plus"),
        "newsletter",
        "ip",
    ]
    body = (
        cx.T(
            "Anmeldungen Quiz-Special (Formular-Export):",
            "Inscriptions soirée quiz spéciale (export du formulaire) :",
            "Iscrizioni serata quiz speciale (export modulo):",
            "Quiz special sign-ups (form export):",
        )
        + "\n"
    )
    body += table(
        cx, cols, rows, style=rng.choice(["jsonl", "jsonarr", "csv", "ssv", "yaml"]), keys=cols, root="signups"
    )
    if chance(rng, 0.7):
        a, b2 = cx.person(), cx.person()
        body += "\n\n" + chat(
            cx,
            [
                (
                    sender(cx, a),
                    cx.T(
                        f"{nm(b2, 'f')}, hast du die anmeldungen? sind die alle über 18?",
                        f"{nm(b2, 'f')}, t'as les inscriptions ? tous majeurs ?",
                        f"{nm(b2, 'f')}, hai le iscrizioni? tutti maggiorenni?",
                        f"{nm(b2, 'f')}, got the sign-ups? all over 18?",
                    ),
                ),
                (
                    sender(cx, b2),
                    cx.T(
                        "glaub schon, check du mal",
                        "je crois, vérifie",
                        "credo di sì, controlla tu",
                        "think so, can you check",
                    ),
                ),
            ],
            lower=True,
        )
    return wrap(
        cx,
        body,
        {
            "de": ["Sind alle volljährig zum Quizdatum " + cx.date(cx.later(5, 30)) + "?"],
            "fr": ["Tout le monde est-il majeur à la date du " + cx.date(cx.later(5, 30)) + " ?"],
            "it": ["Sono tutti maggiorenni alla data del " + cx.date(cx.later(5, 30)) + "?"],
            "en": ["Is everyone 18+ on the quiz date, " + cx.date(cx.later(5, 30)) + "?"],
        },
    )


# ---------------------------------------------------------------------------------------------------------------
# 3. bookclub - book clubs, reading circles and children's summer reading clubs
# ---------------------------------------------------------------------------------------------------------------
BOOKS = {
    "de": [
        "Die Mittagsfrau",
        "Unterleuten",
        "Tschick",
        "Der Schwarm",
        "Die Vermessung der Welt",
        "Altes Land",
        "Was man von hier aus sehen kann",
        "Das Café ohne Namen",
        "Die Wand",
        "Der Trafikant",
        "Der Richter und sein Henker",
        "Hard Land",
        "Kruso",
        "Archipel",
        "Blasmusikpop",
        "Die Hauptstadt",
        "Ein ganzes Leben",
        "Der Gesang der Flusskrebse",
        "Mittagsstunde",
        "Junge Frau, am Fenster stehend",
    ],
    "fr": [
        "L'Étranger",
        "La Peste",
        "Chanson douce",
        "L'Anomalie",
        "Petit Pays",
        "Les Années",
        "Au revoir là-haut",
        "Le Liseur du 6h27",
        "La Tresse",
        "Changer l'eau des fleurs",
        "La Vie devant soi",
        "Veiller sur elle",
        "La Carte et le Territoire",
        "Les Choses humaines",
        "Le Mage du Kremlin",
    ],
    "it": [
        "Il nome della rosa",
        "L'amica geniale",
        "Il Gattopardo",
        "Se questo è un uomo",
        "Lessico famigliare",
        "Io non ho paura",
        "Le otto montagne",
        "Spatriati",
        "L'Arminuta",
        "Il colibrì",
        "La Storia",
        "Il sentiero dei nidi di ragno",
        "Resto qui",
        "Cuore",
        "La ragazza con la Leica",
    ],
    "en": [
        "The Remains of the Day",
        "Where the Crawdads Sing",
        "Normal People",
        "Small Things Like These",
        "The Road",
        "Atonement",
        "The Handmaid's Tale",
        "Never Let Me Go",
        "Lessons in Chemistry",
        "The Overstory",
        "Tomorrow, and Tomorrow, and Tomorrow",
        "The Marriage Portrait",
        "Prophet Song",
        "The Bee Sting",
        "Cloud Cuckoo Land",
    ],
}


def g_bookclub(cx: Ctx) -> str:
    rng, v = cx.rng, cx.i % 4
    circle = cx.T(
        rng.choice(["Lesekreis", "Literaturkreis Dienstag", "Buchclub", "Lesezirkel", "Frauenlesekreis"]),
        rng.choice(["Club de lecture", "Cercle de lecture", "Les Liseuses", "Club des lecteurs du jeudi"]),
        rng.choice(["Circolo di lettura", "Gruppo di lettura", "Club del libro", "Libri e caffè"]),
        rng.choice(["Book Club", "Reading Group", "Thursday Book Club", "Page Turners"]),
    )
    books = rng.sample(BOOKS[cx.lang], 6)
    if v == 0:
        n = rng.randint(3, 5)
        hosts = [cx.person() for _ in range(n)]
        cols = [
            cx.T("Termin", "Date", "Data", "Date"),
            cx.T("Buch", "Livre", "Libro", "Book"),
            cx.T("Gastgeber:in", "Chez", "Ospite", "Host"),
            cx.T("Adresse", "Adresse", "Indirizzo", "Address"),
            cx.T("Telefon", "Téléphone", "Telefono", "Phone"),
        ]
        rows = []
        d = cx.later(5, 20)
        for k, h in enumerate(hosts):
            a = make_addr(rng, cx.loc)
            addr = a_street(a) if chance(rng, 0.75) else (a_line(a, rng) if chance(rng, 0.5) else "")
            rows.append(
                [
                    cx.date(d),
                    books[k % len(books)],
                    nm(h, rng.choice(["f", "fl", "fi", "l"])),
                    addr,
                    ph(cx, rng.choice(["mobile", "land"]), a) if chance(rng, 0.6) else "",
                ]
            )
            d = d + dt.timedelta(days=rng.choice([28, 35, 42]))
        body = (
            f"{circle} – "
            + cx.T(
                f"Plan {cx.now.year}/{cx.now.year + 1}",
                f"programme {cx.now.year}-{cx.now.year + 1}",
                f"calendario {cx.now.year}/{cx.now.year + 1}",
                f"schedule {cx.now.year}/{(cx.now.year + 1) % 100}",
            )
            + "\n\n"
        )
        body += table(cx, cols, rows, style=rng.choice(["md", "md_loose", "fixed", "tsv", "ssv", "csv"]))
        if chance(rng, 0.5):
            body += (
                "\n\n"
                + cx.T(
                    "Wer tauschen muss, bitte direkt untereinander absprechen. Kasse (Bücher & Kuchen) führt ",
                    "Pour échanger une date, arrangez-vous entre vous. La caisse (livres & gâteaux) est tenue par ",
                    "Per scambiare una data accordatevi direttamente. La cassa (libri e torte) la tiene ",
                    "If you need to swap, sort it out between you. The kitty (books & cake) is kept by ",
                )
                + nm(hosts[0], "fl")
                + "."
            )
        return wrap(
            cx,
            body,
            {
                "de": ["Kannst du mir für jedes Buch zwei Diskussionsfragen dazuschreiben?"],
                "fr": ["Ajoute deux questions de discussion pour chaque livre."],
                "it": ["Aggiungi due domande di discussione per ogni libro."],
                "en": ["Add two discussion questions for each book."],
            },
        )
    if v == 1:
        host = cx.person()
        ha = make_addr(rng, cx.loc)
        mem = [cx.person() for _ in range(rng.randint(3, 5))]
        hm = email(cx, host)
        to = [(p, email(cx, p)) for p in mem]
        date = cx.later(7, 30)
        b = [
            greet(cx, None, False)
            if chance(rng, 0.5)
            else cx.T("Ihr Lieben,", "Chères lectrices, chers lecteurs,", "Care amiche e cari amici,", "Hi everyone,"),
            "",
        ]
        b.append(
            cx.T(
                f"nächstes Treffen am {cx.date(date)} um 19:30 bei mir: {a_line(ha, rng)} "
                f"({rng.choice(['2. Stock, ', 'Hinterhaus, ', ''])}klingeln bei {nm(host, 'l')}). "
                f"Wir besprechen „{books[0]}“. Bitte kurz zusagen, gern auch per SMS an {ph(cx)}.",
                f"prochaine rencontre le {cx.date(date)} à 19h30 chez moi : {a_line(ha, rng)} (sonnez chez "
                f"{nm(host, 'l')}). "
                f"On parle de « {books[0]} ». Merci de confirmer, aussi par SMS au {ph(cx)}.",
                f"prossimo incontro il {cx.date(date)} alle 19:30 da me: {a_line(ha, rng)} (citofono {nm(host, 'l')}). "
                f"Parliamo di «{books[0]}». Confermate per favore, anche via SMS al {ph(cx)}.",
                f"next meeting is on {cx.date(date)} at 7.30pm at mine: {a_line(ha, rng)} (buzz {nm(host, 'l')}). "
                f"We're discussing “{books[0]}”. Please let me know if you're coming, text is fine: {ph(cx)}.",
            )
        )
        b.append("")
        newbie = cx.person()
        fem = newbie.g == "f"
        b.append(
            cx.T(
                f"{nm(newbie, 'fl')} aus der Nachbarschaft möchte gern mal reinschnuppern – ich habe "
                f"{'ihr' if fem else 'ihm'} eure Mails weitergeleitet, ok?",
                f"{nm(newbie, 'fl')}, {'une voisine' if fem else 'un voisin'}, aimerait venir essayer – je lui ai "
                "transmis vos adresses, ça va ?",
                f"{nm(newbie, 'fl')}, del quartiere, vorrebbe venire a provare – {'le' if fem else 'gli'} ho girato "
                "le vostre mail, va bene?",
                f"{nm(newbie, 'fl')} from down the road would like to try us out – I've passed on your emails, hope "
                "that's ok?",
            )
        )
        b += ["", bye(cx, False), nm(host, rng.choice(["f", "nick", "fl"]))]
        r = mem[0]
        rm = to[0][1]
        reply = [
            greet(cx, host, False),
            "",
            cx.T(
                f"ich komme gern, bringe Quiche mit. {nm(mem[1], 'f')} kommt später, "
                f"{'sie' if mem[1].g == 'f' else 'er'} hat bis 19 Uhr Dienst. "
                f"Und bitte meine neue Adresse für die Liste: {a_line(make_addr(rng, cx.loc), rng)}.",
                f"je viens volontiers et j'apporte une quiche. {nm(mem[1], 'f')} arrivera plus tard. "
                f"Et note ma nouvelle adresse pour la liste : {a_line(make_addr(rng, cx.loc), rng)}.",
                f"vengo volentieri, porto una torta salata. {nm(mem[1], 'f')} arriva più tardi. "
                f"E segnati il mio nuovo indirizzo: {a_line(make_addr(rng, cx.loc), rng)}.",
                f"count me in, I'll bring a quiche. {nm(mem[1], 'f')} will be late, "
                f"{'she' if mem[1].g == 'f' else 'he'}'s working till 7. "
                f"And here's my new address for the list: {a_line(make_addr(rng, cx.loc), rng)}.",
            ),
            "",
            bye(cx, False),
            nm(r, "f"),
        ]
        body = mail(
            cx,
            (r, rm),
            [(host, hm)],
            re_prefix(cx)
            + cx.T("Lesekreis", "Club de lecture", "Circolo di lettura", "Book club")
            + f" {cx.date(date)}",
            "\n".join(reply),
            cc=to[1:] if chance(rng, 0.6) else None,
            quote="\n".join(b),
            quoted_from=(host, hm),
        )
        return wrap(
            cx,
            body,
            {
                "de": ["Wer hat zugesagt? Aktualisier bitte die Adressliste."],
                "fr": ["Qui a confirmé ? Mets la liste d'adresses à jour."],
                "it": ["Chi ha confermato? Aggiorna la lista indirizzi."],
                "en": ["Who's confirmed? Update the address list please."],
            },
        )
    if v == 2:
        # children's summer reading club at the library
        club = cx.T(
            rng.choice(["Sommerleseclub", "Lesesommer", "Ferien-Leseclub", "JULIUS-Club"]),
            rng.choice(["Club de lecture d'été", "Partir en livre – club jeunesse", "Lecture d'été des Bibliothèques"]),
            rng.choice(["Estate in biblioteca", "Club dei giovani lettori", "Leggere d'estate"]),
            rng.choice(["Summer Reading Challenge", "Summer Reading Club", "Read-a-thon"]),
        )
        n = rng.randint(2, 4)
        cols = [
            "reg_no",
            cx.T("kind_vorname", "enfant_prenom", "bambino_nome", "child_first"),
            cx.T("kind_nachname", "enfant_nom", "bambino_cognome", "child_last"),
            cx.T("geburtsdatum", "date_naissance", "data_nascita", "dob"),
            cx.T("klasse", "classe", "classe", "grade"),
            cx.T("lesekarte", "carte_lecteur", "tessera", "library_card"),
            cx.T("erziehungsberechtigt", "parent", "genitore", "parent"),
            "email",
            cx.T("telefon", "tel", "tel", "phone"),
        ]
        rows = []
        for _k in range(n):
            par = cx.person(age=(28, 50))
            kid = cx.child(par, age=(6, 13))
            age = REF.year - kid.dob.year - (1 if (kid.dob.month, kid.dob.day) > (9, 1) else 0)
            grade = cx.T(
                f"{max(1, age - 6)}{rng.choice('abc')}",
                ["CP", "CE1", "CE2", "CM1", "CM2", "6e", "5e", "4e"][min(max(age - 6, 0), 7)],
                f"{max(1, age - 5)}ª " + ("elementare" if age <= 10 else "media")
                if age <= 10
                else f"{age - 10}ª media",
                f"Year {max(1, age - 4)}" if cx.loc == "en_GB" else f"Grade {max(1, age - 5)}",
            )
            rows.append(
                [
                    str(rng.randint(100, 999)),
                    nm(kid, "f"),
                    nm(kid, "l"),
                    cx.dob(kid),
                    grade,
                    digits(rng, 10),
                    nm(par, rng.choice(["fl", "lf", "fl"])),
                    email(cx, par) if chance(rng, 0.8) else "",
                    ph(cx) if chance(rng, 0.7) else "",
                ]
            )
        body = (
            f"{club} {cx.now.year} – "
            + cx.T(
                "Anmeldungen Stadtbibliothek",
                "inscriptions médiathèque",
                "iscrizioni biblioteca civica",
                "library sign-ups",
            )
            + "\n"
        )
        body += table(
            cx,
            cols,
            rows,
            style=rng.choice(["csv", "ssv", "jsonl", "jsonarr", "tsv", "yaml"]),
            keys=cols,
            root="registrations",
        )
        return wrap(
            cx,
            body,
            {
                "de": ["Teile die Kinder in zwei Altersgruppen auf (6–9 und 10–13)."],
                "fr": ["Répartis les enfants en deux groupes d'âge (6–9 et 10–13 ans)."],
                "it": ["Dividi i bambini in due fasce d'età (6–9 e 10–13 anni)."],
                "en": ["Split the children into two age groups (6–9 and 10–13)."],
            },
        )
    # v == 3: swap chat + YAML member list
    ps = [cx.person() for _ in range(rng.randint(3, 5))]
    s = [sender(cx, p) for p in ps]
    a = make_addr(rng, cx.loc)
    msgs = [
        (
            s[0],
            cx.T(
                f"wer hat noch „{books[1]}“? ich hab meins {nm(ps[2], 'f')} geliehen 🙈",
                f"qui a encore « {books[1]} » ? j'ai prêté le mien à {nm(ps[2], 'f')} 🙈",
                f"chi ha ancora «{books[1]}»? il mio l'ho prestato a {nm(ps[2], 'f')} 🙈",
                f"who still has “{books[1]}”? lent mine to {nm(ps[2], 'f')} 🙈",
            ),
        ),
        (
            s[1],
            cx.T(
                f"ich! kannst es abholen, {m('ADDRESS', a.street)}, liegt im briefkasten",
                f"moi ! passe le prendre, {m('ADDRESS', a.street)}, il est dans la boîte aux lettres",
                f"io! passa a prenderlo, {m('ADDRESS', a.street)}, è nella buca delle lettere",
                f"me! pick it up from {m('ADDRESS', a.street)}, it's in the letterbox",
            ),
        ),
        (
            s[2],
            cx.T(
                "sorry, bring ich am donnerstag mit",
                "désolé(e), je le rapporte jeudi",
                "scusa, lo porto giovedì",
                "sorry!! bringing it thursday",
            ),
        ),
    ]
    if chance(rng, 0.6):
        nn = cx.person()
        fem = nn.g == "f"
        msgs.append(
            (
                s[0],
                cx.T(
                    f"übrigens: {nm(nn, 'fl')} will mitmachen, nummer {ph(cx)}, "
                    f"ich füg {'sie' if fem else 'ihn'} hinzu",
                    f"au fait : {nm(nn, 'fl')} veut nous rejoindre, numéro {ph(cx)}, je l'ajoute",
                    f"ah: {nm(nn, 'fl')} vuole unirsi, numero {ph(cx)}, {'la' if fem else 'lo'} aggiungo",
                    f"btw {nm(nn, 'fl')} wants to join, number {ph(cx)}, adding {'her' if fem else 'him'} now",
                ),
            )
        )
    body = chat(cx, msgs, lower=chance(rng, 0.5))
    if chance(rng, 0.6):
        rows = []
        for p in ps:
            rows.append(
                [
                    nm(p, rng.choice(["fl", "fl", "lf"])),
                    email(cx, p) if chance(rng, 0.7) else "",
                    ph(cx) if chance(rng, 0.6) else "",
                    rng.choice(books),
                ]
            )
        body += "\n\n" + table(
            cx,
            [
                "name",
                "email",
                cx.T("telefon", "tel", "tel", "phone"),
                cx.T("hat_buch", "a_le_livre", "ha_libro", "has_book"),
            ],
            rows,
            style=rng.choice(["yaml", "yaml", "jsonl", "csv"]),
            keys=["name", "email", "phone", "book"],
            root="members",
        )
    return wrap(
        cx,
        body,
        {
            "de": ["Wer hat welches Buch gerade? Mach eine Liste."],
            "fr": ["Qui a quel livre en ce moment ? Fais une liste."],
            "it": ["Chi ha quale libro adesso? Fai una lista."],
            "en": ["Who has which book right now? Make a list."],
        },
    )


# ---------------------------------------------------------------------------------------------------------------
# 4. folkdance - folk dance and traditional costume groups
# ---------------------------------------------------------------------------------------------------------------
def group_folk(cx: Ctx, town: str) -> str:
    rng = cx.rng
    if cx.loc == "de_AT":
        return rng.choice([f"Volkstanzgruppe {town}", f"Trachtenverein {town}", f"Goldhaubengruppe {town}"])
    if cx.loc == "de_CH":
        return rng.choice([f"Trachtengruppe {town}", f"Volkstanzkreis {town}", f"Trachtenvereinigung {town}"])
    if cx.loc == "fr_FR":
        return rng.choice([f"Cercle celtique de {town}", f"Groupe folklorique de {town}", f"Bal folk {town}"])
    if cx.loc == "it_IT":
        return rng.choice([f"Gruppo folk {town}", f"Gruppo folcloristico di {town}", f"Associazione pizzica {town}"])
    if cx.loc == "en_GB":
        return rng.choice([f"{town} Morris", f"{town} Scottish Country Dance Club", f"{town} Ceilidh Club"])
    if cx.loc == "en_US":
        return rng.choice([f"{town} Square Dance Club", f"{town} Contra Dancers", f"{town} Folk Dance Society"])
    return cx.T(f"Heimat- und Trachtenverein {town}", f"Groupe folklorique de {town}", f"Gruppo costumi di {town}", "")


def g_folkdance(cx: Ctx) -> str:
    rng, v = cx.rng, cx.i % 4
    home = make_addr(rng, cx.loc)
    grp = group_folk(cx, home.town)
    if v == 0:
        # costume lending register
        items = TL(
            cx.lang,
            [
                "Dirndl blau Gr. 38",
                "Lederhose kurz Gr. 50",
                "Festtagstracht",
                "Schürze rot",
                "Trachtenjanker",
                "Haube",
                "Weste grün",
                "Mieder schwarz",
            ],
            ["Coiffe brodée", "Gilet de fête", "Tablier de dentelle", "Costume complet H", "Jupe plissée", "Châle"],
            [
                "Costume tradizionale F",
                "Gilet ricamato",
                "Gonna plissettata",
                "Scialle",
                "Corpetto",
                "Cappello di feltro",
            ],
            ["Baldric set", "Bell pads", "Tatter coat", "Sash", "Kilt (hire)", "Waistcoat"]
            if cx.loc == "en_GB"
            else ["Petticoat", "Square dance skirt", "Western shirt", "Bolo tie", "Prairie skirt", "Vest"],
        )
        n = rng.randint(3, 6)
        rows = []
        for _k in range(n):
            p = cx.person()
            a = make_addr(rng, cx.loc)
            out_d = cx.later(-40, 0)
            rows.append(
                [
                    f"{rng.choice(['T', 'K', 'C'])}-{rng.randint(1, 140):03d}",
                    rng.choice(items),
                    nm(p, rng.choice(["lf", "fl", "l f"])),
                    ph(cx) if chance(rng, 0.8) else "",
                    a_street(a) if chance(rng, 0.5) else "",
                    cx.date(out_d),
                    cx.date(out_d + dt.timedelta(days=rng.randint(3, 20))) if chance(rng, 0.6) else "",
                    amount(cx, 20, 100, 10),
                ]
            )
        cols = [
            cx.T("Inv.-Nr.", "N° inv.", "N. inv.", "Item"),
            cx.T("Teil", "Pièce", "Capo", "Piece"),
            cx.T("Ausgeliehen an", "Prêté à", "Prestato a", "Lent to"),
            cx.T("Tel.", "Tél.", "Tel.", "Tel."),
            cx.T("Adresse", "Adresse", "Indirizzo", "Address"),
            cx.T("Aus", "Sorti", "Uscita", "Out"),
            cx.T("Zurück", "Rendu", "Rientro", "Back"),
            cx.T("Pfand", "Caution", "Cauzione", "Deposit"),
        ]
        body = (
            cx.T(
                f"{grp} – Trachtenverleih",
                f"{grp} – prêt de costumes",
                f"{grp} – prestito costumi",
                f"{grp} – kit loans",
            )
            + "\n\n"
        )
        body += table(cx, cols, rows, style=rng.choice(["md", "fixed", "ssv", "tsv", "csv", "md_loose"]))
        keeper = cx.person()
        body += "\n\n" + cx.T(
            f"Pfandrückzahlung durch {nm(keeper, 'fl')} vom Vereinskonto {iban(cx)}.",
            f"Remboursement des cautions par {nm(keeper, 'fl')} depuis le compte {iban(cx)}.",
            f"Rimborso cauzioni a cura di {nm(keeper, 'fl')} dal conto {iban(cx)}.",
            f"Deposits refunded by {nm(keeper, 'fl')} from the club account {iban(cx)}.",
        )
        return wrap(
            cx,
            body,
            {
                "de": ["Welche Teile sind noch nicht zurück? Schreib Erinnerungen."],
                "fr": ["Quelles pièces ne sont pas rendues ? Rédige des rappels."],
                "it": ["Quali capi non sono rientrati? Scrivi dei promemoria."],
                "en": ["Which pieces are still out? Draft reminders."],
            },
        )
    if v == 1:
        # festival trip participant list
        fest = cx.T(
            rng.choice(["Europeade", "Trachtenfest in Südtirol", "Folklorefestival Krakau", "Volkstanzfest Bregenz"]),
            rng.choice(["Festival interceltique de Lorient", "Europeade", "Festival de folklore de Fribourg"]),
            rng.choice(["Festival del folklore di Gorizia", "Europeade", "Raduno dei gruppi folk"]),
            rng.choice(["Sidmouth Folk Festival", "Europeade", "Whitby Folk Week", "Dance Weekend in Pinewoods"]),
        )
        n = rng.randint(3, 5)
        cols = [
            cx.T("Nr", "N°", "N.", "No"),
            cx.T("Name", "Nom", "Cognome e nome", "Name"),
            cx.T("Geb.", "Né(e) le", "Nato/a", "DOB"),
            cx.T("Ausweis-Nr.", "N° CNI/passeport", "N. documento", "Passport no."),
            cx.T("Notfallkontakt", "Contact d'urgence", "Contatto emergenza", "Emergency contact"),
        ]
        rows = []
        for k in range(n):
            p = cx.person(age=(14, 75))
            ec = cx.person()
            rows.append(
                [
                    str(k + 1),
                    nm(p, rng.choice(["lf", "LF", "fl"])),
                    cx.dob(p),
                    rng.choice(["C", "L", "P", "X", "Y"])
                    + "".join(rng.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8)),
                    (nm(ec, rng.choice(["fl", "f"])) + " " if chance(rng, 0.7) else "") + ph(cx),
                ]
            )
        lead = cx.person()
        body = (
            cx.T(
                f"Teilnehmerliste {fest}, Abfahrt {cx.date(cx.later(10, 60))}, {grp}",
                f"Liste des participants {fest}, départ le {cx.date(cx.later(10, 60))}, {grp}",
                f"Elenco partecipanti {fest}, partenza il {cx.date(cx.later(10, 60))}, {grp}",
                f"Participant list {fest}, leaving {cx.date(cx.later(10, 60))}, {grp}",
            )
            + "\n\n"
        )
        body += table(cx, cols, rows, style=rng.choice(["md", "fixed", "csv", "ssv", "tsv", "xml"]))
        body += "\n\n" + cx.T(
            f"Reiseleitung: {nm(lead, 'fl')}, {ph(cx)}. Busunternehmen Notruf {hotline(cx)}.",
            f"Responsable du voyage : {nm(lead, 'fl')}, {ph(cx)}. Autocars, numéro d'urgence {hotline(cx)}.",
            f"Capogruppo: {nm(lead, 'fl')}, {ph(cx)}. Pullman, numero emergenze {hotline(cx)}.",
            f"Trip lead: {nm(lead, 'fl')}, {ph(cx)}. Coach company emergency line {hotline(cx)}.",
        )
        return wrap(
            cx,
            body,
            {
                "de": ["Der Veranstalter will die Liste als Excel – kannst du sie vorbereiten?"],
                "fr": ["L'organisateur veut la liste en Excel, tu peux la préparer ?"],
                "it": ["L'organizzatore vuole l'elenco in Excel, puoi prepararlo?"],
                "en": ["The organisers want this as a spreadsheet – can you prep it?"],
            },
        )
    if v == 2:
        # membership application (adult, sometimes with a child)
        p = cx.person(age=(18, 70))
        a = make_addr(rng, cx.loc)
        kid = cx.child(p, age=(6, 15)) if chance(rng, 0.45) else None
        rows = [
            (cx.T("Name, Vorname", "Nom, prénom", "Cognome, nome", "Surname, first name"), nm(p, "lf")),
            (cx.T("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), cx.dob(p)),
            (cx.T("Straße, Nr.", "Rue, n°", "Via, n.", "Street"), a_street(a)),
            (cx.T("PLZ, Ort", "NPA/CP, localité", "CAP, località", "Town, postcode"), a_town(a, rng)),
            (cx.T("Telefon", "Téléphone", "Telefono", "Phone"), ph(cx, rng.choice(["mobile", "land"]), a)),
            ("E-Mail", email(cx, p)),
        ]
        if kid:
            rows.append(
                (
                    cx.T(
                        "Kind (Kindergruppe)",
                        "Enfant (groupe enfants)",
                        "Figlio/a (gruppo bambini)",
                        "Child (junior group)",
                    ),
                    nm(kid, "fl") + ", " + cx.dob(kid),
                )
            )
        rows.append(
            (
                cx.T("Tanzerfahrung", "Expérience", "Esperienza", "Experience"),
                cx.pick(
                    ["keine", "2 Jahre Kindertanz", "Landler und Polka"],
                    ["aucune", "un peu de bal folk", "danses bretonnes"],
                    ["nessuna", "un po' di pizzica", "balli liscio"],
                    ["none", "a bit of ceilidh", "some contra"],
                ),
            )
        )
        rows.append(
            (cx.T("IBAN (Lastschrift)", "IBAN (prélèvement)", "IBAN (addebito)", "IBAN (direct debit)"), iban(cx))
        )
        rows.append((cx.T("Kontoinhaber:in", "Titulaire", "Intestatario", "Account holder"), nm(p, "fl")))
        head = cx.T(
            f"Beitrittserklärung {grp}",
            f"Demande d'adhésion – {grp}",
            f"Domanda di iscrizione – {grp}",
            f"Membership form – {grp}",
        )
        body = head + "\n\n" + form(cx, rows)
        body += "\n\n" + cx.T(
            f"Ort, Datum: {a.town}, {cx.date(cx.now.date())}   Unterschrift: ________",
            f"Lieu, date : {a.town}, le {cx.date(cx.now.date())}   Signature : ________",
            f"Luogo e data: {a.town}, {cx.date(cx.now.date())}   Firma: ________",
            f"Place, date: {a.town}, {cx.date(cx.now.date())}   Signature: ________",
        )
        if chance(rng, 0.5):
            body += (
                "\n\n"
                + cx.T("Eingang bestätigt, ", "Reçu, ", "Ricevuta, ", "Received, ")
                + nm(cx.person(), "il")
                + " ("
                + cx.T("Kassier", "trésorier", "tesoriere", "treasurer")
                + ")"
            )
        return wrap(
            cx,
            body,
            {
                "de": ["Trag das bitte in unsere Mitgliederliste (CSV) ein."],
                "fr": ["Ajoute-le à la liste des membres (CSV)."],
                "it": ["Inseriscilo nella lista soci (CSV)."],
                "en": ["Add this to our member list (CSV)."],
            },
        )
    # v == 3: rehearsal chat + attendance
    ps = [cx.person() for _ in range(rng.randint(4, 6))]
    s = [sender(cx, p) for p in ps]
    hall = make_addr(rng, cx.loc)
    msgs = [
        (
            s[0],
            cx.T(
                f"probe diese woche ausnahmsweise in der turnhalle {m('ADDRESS', hall.street)}!",
                f"répétition exceptionnellement à la salle {m('ADDRESS', hall.street)} cette semaine !",
                f"prova questa settimana eccezionalmente in palestra, {m('ADDRESS', hall.street)}!",
                f"practice this week is at the church hall, {m('ADDRESS', hall.street)}!",
            ),
        ),
        (
            s[1],
            cx.T(
                f"ok. {nm(ps[-1], 'f')} und ich kommen später",
                f"ok. {nm(ps[-1], 'f')} et moi arrivons plus tard",
                f"ok. io e {nm(ps[-1], 'f')} arriviamo più tardi",
                f"ok. {nm(ps[-1], 'f')} and I will be late",
            ),
        ),
        (
            s[2],
            cx.T(
                f"wer hat die noten für den zwiefachen? {nm(ps[0], 'nick')}?",
                f"qui a la partition de l'an dro ? {nm(ps[0], 'f')} ?",
                f"chi ha lo spartito della tarantella? {nm(ps[0], 'f')}?",
                f"who has the music for the new set? {nm(ps[0], 'nick')}?",
            ),
        ),
        (
            s[0],
            cx.T(
                f"liegt bei {nm(ps[3], 'l')}, ruf an: {ph(cx)}",
                f"c'est chez {nm(ps[3], 'l')}, appelle : {ph(cx)}",
                f"ce l'ha {nm(ps[3], 'l')}, chiama: {ph(cx)}",
                f"{nm(ps[3], 'f')} has it, ring: {ph(cx)}",
            ),
        ),
    ]
    body = chat(cx, msgs, lower=chance(rng, 0.55))
    if chance(rng, 0.7):
        att = (
            cx.T("Anwesenheit", "Présences", "Presenze", "Attendance")
            + f" {cx.date(cx.now.date())}: "
            + ", ".join(
                nm(p, rng.choice(["f", "f", "fi"]))
                + rng.choice(["", "", " (entsch.)" if cx.lang == "de" else " (exc.)"])
                for p in ps
            )
        )
        body += "\n\n" + att
    return wrap(cx, body)


# ---------------------------------------------------------------------------------------------------------------
# 5. dietitian - nutrition counselling
# ---------------------------------------------------------------------------------------------------------------
def title_dr(cx: Ctx) -> str:
    return cx.pick(["Dr. med.", "Dr.", "Dr. med."], ["Dr", "Dr"], ["Dott.", "Dott.ssa", "Dr."], ["Dr", "Dr."])


def insurer_no(cx: Ctx) -> tuple[str, str]:
    rng = cx.rng
    if cx.loc == "de_DE":
        return rng.choice(["AOK Bayern", "TK", "Barmer", "DAK-Gesundheit", "IKK classic"]), rng.choice(
            "ABCDEFGHKLMNPRSTWZ"
        ) + digits(rng, 9)
    if cx.loc == "de_AT":
        return rng.choice(["ÖGK", "BVAEB", "SVS"]), digits(rng, 4) + " " + digits(rng, 6)
    if cx.cc == "CH":
        return rng.choice(["CSS", "Helsana", "Sanitas", "SWICA", "Visana", "Groupe Mutuel", "Assura"]), digits(
            rng, 3
        ) + "." + digits(rng, 5)
    if cx.cc == "FR":
        return (
            rng.choice(["CPAM", "MGEN", "Harmonie Mutuelle"]),
            f"{rng.choice('12')} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 3)} "
            f"{digits(rng, 3)} {digits(rng, 2)}",
        )
    if cx.cc == "IT":
        L = "ABCDEFGHILMNPRSTVZ"
        cf = (
            "".join(rng.choice(L) for _ in range(6))
            + digits(rng, 2)
            + rng.choice("ABCDEHLMPRST")
            + digits(rng, 2)
            + rng.choice("ABCDEFGHILM")
            + digits(rng, 3)
            + rng.choice(L)
        )
        return "SSN", cf
    if cx.cc == "GB":
        return "NHS", f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}"
    return rng.choice(["Blue Cross", "Aetna", "UnitedHealthcare", "Medicare"]), rng.choice(
        ["W", "XGH", "1EG4"]
    ) + digits(rng, 8)


def g_dietitian(cx: Ctx) -> str:
    rng, v = cx.rng, cx.i % 4
    diet = cx.person(g="f" if chance(rng, 0.8) else "m", age=(28, 62))
    fem = diet.g == "f"
    drole = cx.T(
        ("Ernährungsberaterin" if fem else "Ernährungsberater")
        if cx.cc != "DE"
        else ("Diätassistentin" if fem else "Diätassistent"),
        "diététicienne" if fem else "diététicien",
        "dietista",
        "dietitian",
    )
    pa = make_addr(rng, cx.loc)
    practice = cx.T(
        rng.choice(
            ["Praxis für Ernährungsberatung", "Ernährungsberatung am Markt", "Praxis Essenz", "Diätberatung Vitalis"]
        ),
        rng.choice(["Cabinet de diététique", "Diététique & Nutrition", "Cabinet Nutri'Santé"]),
        rng.choice(["Studio di nutrizione", "Centro Nutrizione Equilibrio", "Ambulatorio dietistico"]),
        rng.choice(["Nourish Dietetics", "Riverside Nutrition Clinic", "Balance Dietetics"]),
    )
    pdom = dom(practice + " " + pa.town, cx.cc)
    if v == 0:
        doc = cx.person(age=(35, 66))
        da = make_addr(rng, cx.loc)
        pt = cx.person(age=(25, 85))
        a = make_addr(rng, cx.loc)
        ins, insno = insurer_no(cx)
        head = [
            f"{cx.T('Praxis', 'Cabinet médical', 'Studio medico', 'Surgery')} {title_dr(cx)} {nm(doc, 'fl')}",
            cx.T(
                "Fachärztin/Facharzt für Allgemeinmedizin", "Médecine générale", "Medicina generale", "General Practice"
            ),
            a_line(da, rng),
            f"Tel. {ph(cx, 'land', da)} · Fax {ph(cx, 'land', da)}",
        ]
        if chance(rng, 0.5):
            head.append(
                role_mail(
                    cx.pick(
                        ["praxis", "info", "empfang"],
                        ["cabinet", "secretariat", "contact"],
                        ["studio", "segreteria", "info"],
                        ["reception", "admin", "surgery"],
                    ),
                    dom(
                        cx.T("hausarztpraxis ", "cabinet medical ", "studio medico ", "medical practice ") + da.town,
                        cx.cc,
                    ),
                )
            )
        ident = cx.T(
            f"BSNR {digits(rng, 9)} · LANR {digits(rng, 9)}"
            if cx.loc == "de_DE"
            else f"Vertragspartner-Nr. {digits(rng, 6)}"
            if cx.loc == "de_AT"
            else f"ZSR {rng.choice('ABCDEFGHJKLMNPRSTVWZ')}{digits(rng, 6)} · GLN 7601{digits(rng, 9)}",
            f"RPPS {digits(rng, 11)}"
            if cx.cc == "FR"
            else f"ZSR {rng.choice('ABCDEFGHJKLMNPRSTVWZ')}{digits(rng, 6)} · GLN 7601{digits(rng, 9)}",
            f"Cod. regionale {digits(rng, 6)}"
            if cx.cc == "IT"
            else f"ZSR {rng.choice('ABCDEFGHJKLMNPRSTVWZ')}{digits(rng, 6)}",
            f"GMC {digits(rng, 7)}" if cx.cc == "GB" else f"NPI {digits(rng, 10)}",
        )
        head.append(ident)
        rows = [
            (cx.T("Patient/in", "Patient(e)", "Paziente", "Patient"), nm(pt, "lf" if chance(rng, 0.6) else "fl")),
            (cx.T("geb.", "Né(e) le", "Nato/a il", "DOB"), cx.dob(pt)),
            (cx.T("Anschrift", "Adresse", "Indirizzo", "Address"), a_line(a, rng)),
            (cx.T("Kasse / Vers.-Nr.", "Caisse / N°", "Tessera / CF", "Insurer / no."), f"{ins} {insno}"),
        ]
        if cx.cc == "CH":
            rows.append(("AHV-Nr." if cx.lang == "de" else "N° AVS" if cx.lang == "fr" else "N. AVS", ahv(cx)))
        k = rng.randrange(5)
        dx = ["E11.9", "E66.0", "K90.0", "K58.9", "E78.0"][k]
        dtext = TL(
            cx.lang,
            ["Diabetes mellitus Typ 2", "Adipositas, BMI 34", "Zöliakie", "Reizdarm", "Hypercholesterinämie"],
            ["diabète de type 2", "obésité, IMC 34", "maladie cœliaque", "côlon irritable", "hypercholestérolémie"],
            ["diabete tipo 2", "obesità, BMI 34", "celiachia", "colon irritabile", "ipercolesterolemia"],
            ["type 2 diabetes", "obesity, BMI 34", "coeliac disease", "IBS", "hypercholesterolaemia"],
        )[k]
        rows += [
            (cx.T("Diagnose", "Diagnostic", "Diagnosi", "Diagnosis"), f"{dx} – {dtext}"),
            (
                cx.T("Verordnung", "Prescription", "Prescrizione", "Request"),
                cx.T(
                    "6 Sitzungen Ernährungsberatung",
                    "6 séances de conseil diététique",
                    "6 sedute di consulenza nutrizionale",
                    "6 sessions, medical nutrition therapy",
                ),
            ),
            (cx.T("an", "Adressé à", "Inviata a", "To"), f"{nm(diet, 'fl')}, {practice}, {a_line(pa, rng)}"),
        ]
        body = (
            "\n".join(head)
            + "\n\n"
            + cx.T(
                "ÄRZTLICHE VERORDNUNG ERNÄHRUNGSBERATUNG",
                "PRESCRIPTION DE CONSEILS DIÉTÉTIQUES",
                "RICHIESTA DI CONSULENZA DIETISTICA",
                "DIETETICS REFERRAL",
            )
            + "\n\n"
            + form(cx, rows)
        )
        body += (
            f"\n\n{pa.town if chance(rng, 0.5) else da.town}, {cx.date(cx.now.date())}\n"
            f"{title_dr(cx)} {nm(doc, 'il' if chance(rng, 0.4) else 'fl')}"
        )
        body = ocr_maybe(cx, body)
        return wrap(
            cx,
            body,
            {
                "de": ["Bitte lege daraus einen neuen Klientendatensatz an (nur die nötigen Felder)."],
                "fr": ["Crée une fiche client à partir de ça (seulement les champs nécessaires)."],
                "it": ["Crea una scheda cliente con i dati necessari."],
                "en": ["Create a new client record from this (only what's needed)."],
            },
        )
    if v == 1:
        p = cx.person(age=(20, 70))
        ent = []
        d0 = cx.now.date() - dt.timedelta(days=6)
        for k in range(rng.randint(4, 7)):
            meal = cx.pick(
                ["Frühstück", "Mittagessen", "Abendessen", "Snack"],
                ["petit-déjeuner", "déjeuner", "dîner", "collation"],
                ["colazione", "pranzo", "cena", "spuntino"],
                ["breakfast", "lunch", "dinner", "snack"],
            )
            ent.append(
                f'    {{"date": "{(d0 + dt.timedelta(days=k // 2)).isoformat()}", "meal": "{meal}", "kcal": '
                f"{rng.randint(120, 950)}, "
                f'"carbs_g": {rng.randint(5, 110)}}}'
            )
        u = [
            f'    "name": "{nm(p, "fl")}"',
            f'    "email": "{email(cx, p)}"',
            f'    "birthdate": "{cx.dob(p, rng.choice(["iso", "iso", None]))}"',
            f'    "height_cm": {rng.randint(152, 196)}',
            f'    "weight_kg": {rng.randint(48, 128)}.{rng.randint(0, 9)}',
            f'    "last_login_ip": "{ip(cx)}"',
            f'    "sync_device": "{lan_ip(rng)}"',
        ]
        if chance(rng, 0.5):
            u.append(f'    "coach": "{nm(diet, "fl")}"')
        js = '{\n  "user": {\n' + ",\n".join(u) + '\n  },\n  "entries": [\n' + ",\n".join(ent) + "\n  ]\n}"
        intro = cx.T(
            f"Hier mein Ernährungstagebuch aus der App, {nm(diet, 'f' if chance(rng, 0.4) else 'fl')} "
            f"({'meine' if fem else 'mein'} {drole}) will es vor dem Termin sehen.",
            f"Voici le journal alimentaire de mon appli, {'ma' if fem else 'mon'} {drole} {nm(diet, 'fl')} veut le "
            "voir avant le rendez-vous.",
            f"Ecco il diario alimentare dell'app, {'la mia' if fem else 'il mio'} dietista {nm(diet, 'fl')} vuole "
            "vederlo prima dell'appuntamento.",
            f"Here's my food diary export, my dietitian {nm(diet, 'fl')} wants to see it before the appointment.",
        )
        return wrap(
            cx,
            intro + "\n\n" + js,
            {
                "de": ["Wo esse ich zu viele Kohlenhydrate?"],
                "fr": ["Où est-ce que je mange trop de glucides ?"],
                "it": ["Dove mangio troppi carboidrati?"],
                "en": ["Where am I overdoing the carbs?"],
            },
        )
    if v == 2:
        cl = cx.person(age=(20, 80))
        clm = email(cx, cl)
        dm = email(cx, diet, pdom)
        d = cx.later(3, 20)
        q = [
            greet(cx, cl),
            "",
            cx.T(
                f"Ihr Ersttermin ist am {cx.date(d)} um {rng.choice(['08:30', '10:00', '14:15', '16:45'])} in der "
                f"Praxis, {a_line(pa, rng)}. "
                "Bitte bringen Sie die Verordnung und ein 3-Tage-Ernährungsprotokoll mit.",
                f"votre premier rendez-vous est le {cx.date(d)} à {rng.choice(['8h30', '10h', '14h15'])} au cabinet, "
                f"{a_line(pa, rng)}. "
                "Merci d'apporter la prescription et un journal alimentaire de 3 jours.",
                f"il primo appuntamento è il {cx.date(d)} alle {rng.choice(['8:30', '10:00', '14:15'])} in studio, "
                f"{a_line(pa, rng)}. "
                "Porti per favore l'impegnativa e un diario alimentare di 3 giorni.",
                f"your first appointment is on {cx.date(d)} at {rng.choice(['8.30am', '10am', '2.15pm'])} at the "
                f"clinic, {a_line(pa, rng)}. "
                "Please bring your referral and a 3-day food diary.",
            ),
            "",
            bye(cx),
            signature(
                cx,
                diet,
                [
                    ("Dipl. " if cx.cc == "CH" else "")
                    + drole[0].upper()
                    + drole[1:]
                    + (" HF" if cx.cc == "CH" and cx.lang == "de" else ""),
                    practice,
                    a_line(pa, rng),
                    ph(cx, "land", pa),
                    dm,
                ],
            ),
        ]
        other = cx.partner(cl) if chance(rng, 0.6) else cx.child(cl, age=(25, 50))
        b = [
            greet(cx, diet),
            "",
            cx.T(
                f"vielen Dank. Darf {nm(other, 'f')} mitkommen? Sie/er kocht bei uns meistens. Meine Handynummer hat "
                f"sich geändert: {ph(cx)}.",
                f"merci. {nm(other, 'f')} peut-il/elle m'accompagner ? C'est surtout lui/elle qui cuisine. Mon "
                f"numéro a changé : {ph(cx)}.",
                f"grazie. Può venire anche {nm(other, 'f')}? Cucina soprattutto lei/lui. Il mio cellulare è "
                f"cambiato: {ph(cx)}.",
                f"thank you. Can {nm(other, 'f')} come along? They do most of the cooking. Also my mobile has "
                f"changed: {ph(cx)}.",
            ),
            "",
            bye(cx),
            nm(cl, "fl"),
        ]
        fem = other.g == "f"
        b[2] = (
            b[2]
            .replace("Sie/er", "Sie" if fem else "Er")
            .replace("il/elle", "elle" if fem else "il")
            .replace("lui/elle", "elle" if fem else "lui")
        )
        b[2] = b[2].replace("lei/lui", "lei" if fem else "lui").replace("They do", "She does" if fem else "He does")
        body = mail(
            cx,
            (cl, clm),
            [(diet, dm)],
            re_prefix(cx) + cx.T("Ihr Termin", "Votre rendez-vous", "Il suo appuntamento", "Your appointment"),
            "\n".join(b),
            quote="\n".join(q),
            quoted_from=(diet, dm),
        )
        return wrap(cx, body)
    # v == 3: invoice
    pt = cx.person(age=(18, 85))
    a = make_addr(rng, cx.loc)
    ins, insno = insurer_no(cx)
    lines = [
        f"{practice} · {nm(diet, 'fl')}",
        a_line(pa, rng),
        f"{cx.T('Tel.', 'Tél.', 'Tel.', 'Tel')} {ph(cx, 'land', pa)}",
    ]
    if cx.cc == "CH":
        lines.append(f"ZSR {rng.choice('ABCDEFGHJKLMNPRSTVWZ')}{digits(rng, 6)} · GLN 7601{digits(rng, 9)}")
    elif cx.cc == "IT":
        lines.append(f"P.IVA {digits(rng, 11)}")
    elif cx.cc == "FR":
        lines.append(f"SIRET {digits(rng, 14)} · ADELI {digits(rng, 9)}")
    elif cx.cc == "US":
        lines.append(f"NPI {digits(rng, 10)} · Tax ID {digits(rng, 2)}-{digits(rng, 7)}")
    lines += ["", nm(pt, "fl"), a_block(a, rng), ""]
    inv = ref_no(cx, rng.choice(["R", "F", "INV-", ""]), 5)
    lines.append(
        cx.T(
            f"Rechnung Nr. {inv} vom {cx.date(cx.now.date())}",
            f"Facture n° {inv} du {cx.date(cx.now.date())}",
            f"Ricevuta n. {inv} del {cx.date(cx.now.date())}",
            f"Invoice {inv}, {cx.date(cx.now.date())}",
        )
    )
    rows = [
        (
            cx.T("Patient/in", "Patient(e)", "Paziente", "Patient"),
            nm(pt, "lf") + ", " + (dob_cue(cx, pt) if chance(rng, 0.5) else cx.dob(pt)),
        ),
        (cx.T("Versicherung", "Assurance", "Tessera/CF", "Insurance"), f"{ins}, {insno}"),
    ]
    if cx.cc == "CH":
        rows.append(("AHV-Nr." if cx.lang == "de" else "N° AVS" if cx.lang == "fr" else "N. AVS", ahv(cx)))
    body = "\n".join(lines) + "\n" + form(cx, rows, rng.choice(["colon", "aligned"]))
    cols = [
        cx.T("Datum", "Date", "Data", "Date"),
        cx.T("Leistung", "Prestation", "Prestazione", "Service"),
        cx.T("Betrag", "Montant", "Importo", "Amount"),
    ]
    trs = []
    for _k in range(rng.randint(2, 4)):
        trs.append(
            [
                cx.date(cx.later(-60, -1)),
                cx.pick(
                    ["Beratung 60 min", "Folgeberatung 30 min", "Erstberatung"],
                    ["Séance 60 min", "Suivi 30 min", "Bilan initial"],
                    ["Visita 60 min", "Controllo 30 min", "Prima visita"],
                    ["Initial assessment 60 min", "Follow-up 30 min"],
                ),
                amount(cx, 40, 140),
            ]
        )
    body += "\n\n" + table(cx, cols, trs, style=rng.choice(["fixed", "md", "tsv"]))
    body += "\n\n" + cx.T(
        f"Zahlbar innert 30 Tagen auf {iban(cx)}."
        if cx.cc == "CH"
        else f"Bitte überweisen Sie den Betrag auf {iban(cx)}.",
        f"Payable sous 30 jours sur {iban(cx)}.",
        f"Pagamento entro 30 giorni su {iban(cx)}.",
        f"Please pay within 30 days: {iban(cx) if cx.cc == 'GB' else 'check or card at reception'}.",
    )
    return wrap(
        cx,
        ocr_maybe(cx, body),
        {
            "de": ["Die Krankenkasse will das als Liste – mach mir eine Tabelle."],
            "fr": ["L'assurance veut une liste, fais-moi un tableau."],
            "it": ["Mi serve un riepilogo per la dichiarazione dei redditi."],
            "en": ["My insurer wants a summary – make a table please."],
        },
    )


OCR_SUB = [("rn", "m"), ("l", "1"), ("O", "0"), ("e", "c"), ("i", "í"), ("ü", "ii"), ("é", "e"), ("h", "b"), ("S", "5")]


def ocr(s: str, rng: random.Random, rate: float = 0.02) -> str:
    def noisy(t: str) -> str:
        out = []
        i = 0
        while i < len(t):
            done = False
            if rng.random() < rate:
                for a, b in OCR_SUB:
                    if t.startswith(a, i):
                        out.append(b)
                        i += len(a)
                        done = True
                        break
            if not done:
                out.append(t[i])
                i += 1
        return "".join(out)

    return plain_map(s, noisy)


def ocr_maybe(cx: Ctx, s: str, p: float = 0.25) -> str:
    return ocr(s, cx.rng, cx.rng.choice([0.01, 0.02, 0.03])) if chance(cx.rng, p) else s


# ---------------------------------------------------------------------------------------------------------------
# 6. housingcoop - housing cooperatives: applications, waiting lists, viewings, letting committees
# ---------------------------------------------------------------------------------------------------------------
def coop_name(cx: Ctx, town: str) -> str:
    rng = cx.rng
    return cx.T(
        rng.choice(
            [
                f"Wohnbaugenossenschaft {town}",
                "Baugenossenschaft Sonnenhalde",
                "Genossenschaft Wohnen am Park",
                f"Bauverein {town} eG",
                "Gemeinnützige Wohnbaugenossenschaft Heimat",
            ]
        ),
        rng.choice(
            [
                f"Coopérative d'habitation {town}",
                "Coopérative Les Ateliers",
                "Société coopérative d'habitation Le Toit",
                "Coopérative du Grand-Pré",
            ]
        ),
        rng.choice([f"Cooperativa edilizia {town}", "Cooperativa di abitazione La Casa", "Cooperativa Il Borgo"]),
        rng.choice(
            [f"{town} Housing Co-operative", "Greenway Housing Co-op", "Riverside Mutual Homes", "Maple Court Co-op"]
        ),
    )


def g_housingcoop(cx: Ctx) -> str:
    rng, v = cx.rng, cx.i % 4
    oa = make_addr(rng, cx.loc)
    coop = coop_name(cx, oa.town)
    cdom = dom(coop, cx.cc)
    if v == 0:
        p = cx.person(age=(22, 60))
        q = cx.partner(p) if chance(rng, 0.7) else None
        kids = [cx.child(p, age=(0, 14)) for _ in range(rng.choice([0, 1, 1, 2, 3]))]
        a = make_addr(rng, cx.loc)
        L = lambda de, fr, it, en: cx.T(de, fr, it, en)  # noqa: E731
        rows = [
            (L("Antragsteller/in", "Requérant(e)", "Richiedente", "Applicant"), nm(p, "lf")),
            (L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), cx.dob(p)),
            (
                L("AHV-Nummer", "N° AVS", "N. AVS", "") if cx.cc == "CH" and chance(rng, 0.7) else None,
                ahv(cx) if cx.cc == "CH" else "",
            ),
            (
                L(
                    "Beruf / Arbeitgeber",
                    "Profession / employeur",
                    "Professione / datore di lavoro",
                    "Occupation / employer",
                ),
                cx.pick(
                    [
                        "Pflegefachfrau, Kantonsspital",
                        "Schreiner, Holzbau AG",
                        "Lehrerin, Primarschule",
                        "IT-Supporter",
                    ],
                    ["infirmière, HUG", "menuisier, Bois & Co", "enseignante", "comptable"],
                    ["infermiera, EOC", "falegname", "insegnante", "contabile"],
                    ["nurse, NHS trust", "joiner", "teacher", "bookkeeper"],
                ),
            ),
        ]
        if q:
            rows += [
                (L("Partner/in", "Conjoint(e)", "Partner", "Partner"), nm(q, "lf")),
                (L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), cx.dob(q)),
            ]
        for k, c in enumerate(kids):
            rows.append(
                (
                    L(f"Kind {k + 1}", f"Enfant {k + 1}", f"Figlio/a {k + 1}", f"Child {k + 1}"),
                    nm(c, "f") + ", " + cx.dob(c),
                )
            )
        rows += [
            (L("Aktuelle Adresse", "Adresse actuelle", "Indirizzo attuale", "Current address"), a_line(a, rng)),
            (
                L("Telefon", "Téléphone", "Telefono", "Phone"),
                ph(cx) + (" / " + ph(cx, "land", a) if chance(rng, 0.3) else ""),
            ),
            ("E-Mail", email(cx, p)),
            (
                L(
                    "Haushaltseinkommen brutto/J.",
                    "Revenu brut du ménage/an",
                    "Reddito lordo/anno",
                    "Gross household income",
                ),
                amount(cx, 48000, 140000, 1000),
            ),
            (
                L("Gewünscht", "Souhaité", "Desiderato", "Looking for"),
                f"{rng.choice(['3', '3.5', '4', '4.5', '2.5'])} " + L("Zimmer", "pièces", "locali", "rooms"),
            ),
        ]
        land = cx.person()
        lc = rng.choice(
            [
                nm(land, "fl"),
                rng.choice(
                    ["Immobilien Schneider GmbH", "Régie du Centre SA", "Immobiliare Lago", "Harbour Lettings Ltd"]
                ),
            ]
        )
        rows.append(
            (
                L("Referenz Vermieter/in", "Référence bailleur", "Referenza locatore", "Landlord reference"),
                f"{lc}, {ph(cx, 'land', a)}",
            )
        )
        body = L(
            f"Aufnahmegesuch – {coop}",
            f"Demande d'admission – {coop}",
            f"Domanda di ammissione – {coop}",
            f"Membership application – {coop}",
        )
        body += "\n\n" + form(cx, rows)
        body += "\n\n" + L(
            f"Anteilscheinkapital {amount(cx, 1000, 12000, 500)} bei Vertragsabschluss auf {iban(cx)} einzahlen.",
            f"Parts sociales {amount(cx, 1000, 12000, 500)} à verser à la signature sur {iban(cx)}.",
            f"Quota sociale {amount(cx, 1000, 12000, 500)} da versare alla firma su {iban(cx)}.",
            f"Share capital {amount(cx, 100, 1000, 50)} payable on signing to {iban(cx)}.",
        )
        return wrap(
            cx,
            ocr_maybe(cx, body, 0.15),
            {
                "de": ["Ist der Antrag vollständig? Was fehlt für die Warteliste?"],
                "fr": ["Le dossier est-il complet ? Que manque-t-il pour la liste d'attente ?"],
                "it": ["La domanda è completa? Cosa manca per la lista d'attesa?"],
                "en": ["Is the application complete? What's missing for the waiting list?"],
            },
        )
    if v == 1:
        n = rng.randint(3, 6)
        cols = [
            cx.T("Nr.", "N°", "N.", "No."),
            cx.T("Eingang", "Reçu le", "Ricevuta", "Received"),
            cx.T("Name", "Nom", "Nome", "Name"),
            cx.T("Pers.", "Pers.", "Pers.", "Hh"),
            cx.T("Geb.", "Naiss.", "Nascita", "DOB"),
            cx.T("Telefon", "Tél.", "Tel.", "Phone"),
            "E-Mail",
            cx.T("Zi.", "Pièces", "Locali", "Beds"),
            "Status",
        ]
        rows = []
        for _k in range(n):
            p = cx.person(age=(20, 75))
            rows.append(
                [
                    str(rng.randint(100, 999)),
                    cx.date(cx.later(-900, -30)),
                    nm(p, rng.choice(["lf", "lf", "fl", "LF"])),
                    str(rng.randint(1, 6)),
                    cx.dob(p) if chance(rng, 0.8) else "",
                    ph(cx) if chance(rng, 0.8) else "",
                    email(cx, p) if chance(rng, 0.6) else "",
                    rng.choice(["2.5", "3.5", "4.5", "3", "4"]) if cx.cc == "CH" else str(rng.randint(1, 4)),
                    cx.pick(
                        ["aktiv", "aktiv", "pausiert", "Angebot"],
                        ["actif", "actif", "en pause", "offre"],
                        ["attiva", "attiva", "sospesa", "offerta"],
                        ["active", "active", "paused", "offered"],
                    ),
                ]
            )
        body = (
            cx.T(
                f"Warteliste {coop} – Auszug {cx.date(cx.now.date())}",
                f"Liste d'attente {coop} – extrait du {cx.date(cx.now.date())}",
                f"Lista d'attesa {coop} – estratto del {cx.date(cx.now.date())}",
                f"{coop} waiting list – extract {cx.date(cx.now.date())}",
            )
            + "\n\n"
        )
        body += table(cx, cols, rows, style=rng.choice(["csv", "ssv", "tsv", "fixed", "md", "jsonl"]))
        return wrap(
            cx,
            body,
            {
                "de": ["Wer passt für die 4.5-Zimmer-Wohnung (mind. 4 Personen)?"],
                "fr": ["Qui convient pour le 4 pièces (au moins 4 personnes) ?"],
                "it": ["Chi va bene per il 4 locali (almeno 4 persone)?"],
                "en": ["Who fits the 3-bed flat (at least 4 people)?"],
            },
        )
    if v == 2:
        ap = cx.person(age=(22, 70))
        apm = email(cx, ap)
        off = cx.person()
        offm = email(cx, off, cdom)
        fa = make_addr(rng, cx.loc)
        ca = cx.person()
        cur = make_addr(rng, cx.loc)
        q = [
            greet(cx, None),
            "",
            cx.T(
                f"ich stehe seit zwei Jahren auf Ihrer Warteliste (Nr. {rng.randint(100, 900)}) und wollte fragen, "
                "ob es etwas Neues gibt. "
                f"Wir sind inzwischen zu dritt. Neue Adresse: {a_line(cur, rng)}, Telefon {ph(cx)}.",
                f"je suis sur votre liste d'attente depuis deux ans (n° {rng.randint(100, 900)}). Y a-t-il du "
                "nouveau ? "
                f"Nous sommes maintenant trois. Nouvelle adresse : {a_line(cur, rng)}, tél. {ph(cx)}.",
                f"sono in lista d'attesa da due anni (n. {rng.randint(100, 900)}). Ci sono novità? "
                f"Ora siamo in tre. Nuovo indirizzo: {a_line(cur, rng)}, tel. {ph(cx)}.",
                f"I've been on your waiting list for two years (no. {rng.randint(100, 900)}) – any news? "
                f"We're a family of three now. New address: {a_line(cur, rng)}, phone {ph(cx)}.",
            ),
            "",
            bye(cx),
            nm(ap, "fl"),
        ]
        b = [
            greet(cx, ap),
            "",
            cx.T(
                f"gute Nachrichten: Wir können Ihnen eine Besichtigung anbieten – {m('ADDRESS', fa.street)}, "
                f"{rng.choice(['2. OG links', '3. OG rechts', 'EG', 'DG'])}, "
                f"am {cx.date(cx.later(2, 12))} um 17:30. Unser Hauswart {nm(ca, 'fl')} ({ph(cx)}) zeigt Ihnen die "
                "Wohnung.",
                f"bonne nouvelle : nous pouvons vous proposer une visite – {m('ADDRESS', fa.street)}, "
                f"{rng.choice(['2e étage gauche', '3e droite', 'rez'])}, "
                f"le {cx.date(cx.later(2, 12))} à 17h30. Notre concierge {nm(ca, 'fl')} ({ph(cx)}) vous fera visiter.",
                f"buone notizie: possiamo proporle una visita – {m('ADDRESS', fa.street)}, "
                f"{rng.choice(['2° piano', '3° piano a destra', 'piano terra'])}, "
                f"il {cx.date(cx.later(2, 12))} alle 17:30. Il custode {nm(ca, 'fl')} ({ph(cx)}) le mostrerà "
                "l'appartamento.",
                f"good news: we can offer you a viewing – {m('ADDRESS', fa.street)}, "
                f"{rng.choice(['Flat 4', 'first floor', 'ground floor'])}, "
                f"on {cx.date(cx.later(2, 12))} at 5.30pm. Our caretaker {nm(ca, 'fl')} ({ph(cx)}) "
                "will show you round.",
            ),
            "",
            bye(cx),
            signature(
                cx,
                off,
                [
                    cx.T("Vermietung", "Gérance", "Ufficio locazioni", "Lettings"),
                    coop,
                    a_line(oa, rng),
                    ph(cx, "land", oa),
                ],
            ),
        ]
        body = mail(
            cx,
            (off, offm),
            [(ap, apm)],
            re_prefix(cx) + cx.T("Warteliste", "Liste d'attente", "Lista d'attesa", "Waiting list"),
            "\n".join(b),
            quote="\n".join(q),
            quoted_from=(ap, apm),
        )
        return wrap(cx, body)
    # v == 3: letting committee notes + chat
    fa = make_addr(rng, cx.loc)
    cands = [cx.person(age=(25, 70)) for _ in range(rng.randint(2, 4))]
    lines = [
        cx.T(
            f"Vermietungskommission {cx.date(cx.now.date())} – Wohnung {m('ADDRESS', fa.street)}",
            f"Commission d'attribution du {cx.date(cx.now.date())} – logement {m('ADDRESS', fa.street)}",
            f"Commissione assegnazioni {cx.date(cx.now.date())} – alloggio {m('ADDRESS', fa.street)}",
            f"Allocations panel {cx.date(cx.now.date())} – flat at {m('ADDRESS', fa.street)}",
        ),
        "",
    ]
    for k, c in enumerate(cands):
        extra = cx.T(
            f"{rng.randint(1, 5)} Pers., seit {rng.randint(2016, 2024)} auf der Liste",
            f"{rng.randint(1, 5)} pers., inscrit(e) depuis {rng.randint(2016, 2024)}",
            f"{rng.randint(1, 5)} pers., in lista dal {rng.randint(2016, 2024)}",
            f"{rng.randint(1, 5)} people, on the list since {rng.randint(2016, 2024)}",
        )
        lines.append(
            f"{k + 1}. {nm(c, rng.choice(['fl', 'lf', 'l']))} ({dob_cue(cx, c) if chance(rng, 0.5) else cx.dob(c)}) "
            f"– {extra}"
        )
    mem = [cx.person() for _ in range(3)]
    s = [sender(cx, p) for p in mem]
    msgs = [
        (
            s[0],
            cx.T(
                f"ich bin für {nm(cands[0], 'l')}, die warten am längsten",
                f"je suis pour {nm(cands[0], 'l')}, ils attendent depuis le plus longtemps",
                f"io voto {nm(cands[0], 'l')}, aspettano da più tempo",
                f"I'd go with {nm(cands[0], 'l')}, they've waited longest",
            ),
        ),
        (
            s[1],
            cx.T(
                f"einverstanden. ruf du {nm(cands[0], 'f')} an? {ph(cx)}",
                f"d'accord. tu appelles {nm(cands[0], 'f')} ? {ph(cx)}",
                f"d'accordo. chiami tu {nm(cands[0], 'f')}? {ph(cx)}",
                f"agreed. can you ring {nm(cands[0], 'f')}? {ph(cx)}",
            ),
        ),
        (
            s[2],
            cx.T(
                f"und {nm(cands[1], 'l')} als nachrücker",
                f"et {nm(cands[1], 'l')} en réserve",
                f"e {nm(cands[1], 'l')} come riserva",
                f"and {nm(cands[1], 'l')} as the reserve",
            ),
        ),
    ]
    body = "\n".join(lines) + "\n\n" + chat(cx, msgs, lower=chance(rng, 0.4))
    return wrap(
        cx,
        body,
        {
            "de": ["Formuliere bitte die Zusage und eine freundliche Absage."],
            "fr": ["Rédige l'acceptation et un refus aimable."],
            "it": ["Scrivi la conferma e un rifiuto gentile."],
            "en": ["Draft the offer letter and a kind rejection."],
        },
    )


# ---------------------------------------------------------------------------------------------------------------
# 7. marriage - giving notice of marriage at the registry office (civil wedding paperwork)
# ---------------------------------------------------------------------------------------------------------------
def office_name(cx: Ctx, town: str) -> str:
    return cx.T(
        f"Standesamt {town}" if cx.cc != "CH" else f"Zivilstandsamt {town}",
        f"État civil – Mairie de {town}" if cx.cc == "FR" else f"Office de l'état civil {town}",
        f"Ufficio di Stato Civile – Comune di {town}" if cx.cc == "IT" else f"Ufficio dello stato civile {town}",
        f"{town} Register Office" if cx.cc == "GB" else f"{town} City Clerk – Marriage Bureau",
    )


def g_marriage(cx: Ctx) -> str:
    rng, v = cx.rng, cx.i % 4
    oa = make_addr(rng, cx.loc)
    office = office_name(cx, oa.town)
    a1 = cx.person(age=(22, 60))
    a2 = cx.partner(a1, same_name=0.0)
    home = make_addr(rng, cx.loc)
    if v == 0:
        blocks = []
        for lab, p in (
            (cx.T("Partner/in 1", "Partenaire 1", "Nubendo/a 1", "Party 1"), a1),
            (cx.T("Partner/in 2", "Partenaire 2", "Nubendo/a 2", "Party 2"), a2),
        ):
            other = make_addr(rng, cx.loc) if chance(rng, 0.4) else home
            rows = [
                (cx.T("Familienname", "Nom", "Cognome", "Surname"), nm(p, "l")),
                (cx.T("Vorname(n)", "Prénom(s)", "Nome/i", "Forename(s)"), nm(p, "f")),
                (cx.T("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), cx.dob(p)),
                (
                    cx.T("Geburtsort", "Lieu de naissance", "Luogo di nascita", "Place of birth"),
                    make_addr(rng, cx.loc).town,
                ),
                (
                    cx.T("AHV-Nr.", "N° AVS", "N. AVS", "") if cx.cc == "CH" and chance(rng, 0.8) else None,
                    ahv(cx) if cx.cc == "CH" else "",
                ),
                (cx.T("Wohnadresse", "Domicile", "Residenza", "Address"), a_line(other, rng)),
                (cx.T("Telefon", "Téléphone", "Telefono", "Phone"), ph(cx)),
                ("E-Mail", email(cx, p) if chance(rng, 0.7) else ""),
            ]
            blocks.append(lab.upper() + "\n" + form(cx, rows, rng.choice(["colon", "aligned", "dash"])))
        wit = [cx.person(age=(20, 75)) for _ in range(rng.choice([0, 2, 2, 2, 1]))]
        if wit:
            wl = [cx.T("TRAUZEUG:INNEN", "TÉMOINS", "TESTIMONI", "WITNESSES")]
            for w in wit:
                wl.append(
                    f"- {nm(w, rng.choice(['fl', 'lf']))}, {dob_cue(cx, w) if chance(rng, 0.5) else cx.dob(w)}, "
                    f"{a_line(make_addr(rng, cx.loc), rng)}"
                )
            blocks.append("\n".join(wl))
        nm_decl = cx.T(
            f"Künftiger Familienname: {nm(a1, 'l')}",
            f"Nom d'usage souhaité : {nm(a1, 'l')}",
            "Cognome dopo il matrimonio: invariato",
            f"Surname after marriage: {nm(a1, 'l')}",
        )
        head = cx.T(
            f"Anmeldung zur Eheschließung – {office}",
            f"Dossier de mariage – {office}",
            f"Richiesta di pubblicazioni di matrimonio – {office}",
            f"Notice of marriage – {office}" if cx.cc == "GB" else f"Marriage license application – {office}",
        )
        wish = cx.T(
            f"Wunschtermin: {cx.date(cx.later(40, 200))}, {rng.choice(['10:00', '11:30', '14:00'])} Uhr, Trauzimmer",
            f"Date souhaitée : {cx.date(cx.later(40, 200))} à {rng.choice(['10h', '11h30', '15h'])}",
            f"Data desiderata: {cx.date(cx.later(40, 200))} ore {rng.choice(['10:00', '11:30', '15:00'])}, Sala "
            "consiliare",
            f"Preferred date: {cx.date(cx.later(40, 200))}, {rng.choice(['10am', '11.30am', '2pm'])}",
        )
        body = head + "\n\n" + "\n\n".join(blocks) + "\n\n" + nm_decl + "\n" + wish
        return wrap(
            cx,
            ocr_maybe(cx, body, 0.2),
            {
                "de": ["Welche Unterlagen brauchen wir noch? Bitte Checkliste."],
                "fr": ["Quels documents faut-il encore ? Fais une check-list."],
                "it": ["Quali documenti servono ancora? Fammi una checklist."],
                "en": ["What documents do we still need? Give me a checklist."],
            },
        )
    if v == 1:
        reg = cx.person(age=(30, 63))
        rmail = email(cx, reg, dom(office, cx.cc))
        cm = email(cx, a1)
        d = cx.later(30, 150)
        q = [
            greet(cx, None),
            "",
            cx.T(
                f"wir möchten am {cx.date(d)} heiraten und bitten um einen Termin für die Anmeldung. Wir wohnen "
                f"beide in {m('ADDRESS', home.street)}. "
                f"Mein Verlobter / meine Verlobte {nm(a2, 'fl')} ist "
                f"{'französische' if chance(rng, 0.5) else 'italienische'} Staatsangehörige(r). Erreichbar unter "
                f"{ph(cx)}.",
                f"nous souhaitons nous marier le {cx.date(d)} et demandons un rendez-vous pour le dépôt du dossier. "
                f"Nous habitons au {m('ADDRESS', home.street)}. "
                f"Mon/ma fiancé(e) {nm(a2, 'fl')} est de nationalité étrangère. Joignable au {ph(cx)}.",
                f"desideriamo sposarci il {cx.date(d)} e chiediamo un appuntamento per le pubblicazioni. Abitiamo in "
                f"{m('ADDRESS', home.street)}. "
                f"Il/la mio/a fidanzato/a {nm(a2, 'fl')} è cittadino/a straniero/a. Recapito: {ph(cx)}.",
                f"we'd like to get married on {cx.date(d)} and need an appointment to give notice. We both live at "
                f"{m('ADDRESS', home.street)}. "
                f"My partner {nm(a2, 'fl')} is not a UK/US citizen. Best number: {ph(cx)}.",
            ),
            "",
            bye(cx),
            nm(a1, "fl"),
        ]
        q[2] = q[2].replace("Mein Verlobter / meine Verlobte", "Meine Verlobte" if a2.g == "f" else "Mein Verlobter")
        q[2] = q[2].replace("Staatsangehörige(r)", "Staatsangehörige" if a2.g == "f" else "Staatsangehöriger")
        q[2] = q[2].replace("Mon/ma fiancé(e)", "Ma fiancée" if a2.g == "f" else "Mon fiancé")
        q[2] = (
            q[2]
            .replace("Il/la mio/a fidanzato/a", "La mia fidanzata" if a2.g == "f" else "Il mio fidanzato")
            .replace("cittadino/a straniero/a", "cittadina straniera" if a2.g == "f" else "cittadino straniero")
        )
        b = [
            greet(cx, a1),
            "",
            cx.T(
                f"gerne bestätigen wir Ihnen den Termin am {cx.date(cx.later(3, 25))} um "
                f"{rng.choice(['09:00', '10:30', '14:00'])} Uhr bei {nm(reg, 'fl')}, "
                f"Zimmer {rng.randint(1, 40)}, {a_line(oa, rng)}. Bitte bringen Sie beide Ausweise, beglaubigte "
                "Abschriften aus dem Geburtenregister und "
                f"für {nm(a2, 'f')} ein Ehefähigkeitszeugnis mit. Gebühr: {amount(cx, 40, 120)}.",
                f"nous confirmons le rendez-vous du {cx.date(cx.later(3, 25))} à "
                f"{rng.choice(['9h', '10h30', '14h'])} avec {nm(reg, 'fl')}, "
                f"bureau {rng.randint(1, 40)}, {a_line(oa, rng)}. Merci d'apporter vos pièces d'identité, un acte de "
                "naissance de moins de 3 mois et "
                f"la liste des témoins.",
                f"confermiamo l'appuntamento del {cx.date(cx.later(3, 25))} alle "
                f"{rng.choice(['9:00', '10:30', '14:00'])} con {nm(reg, 'fl')}, "
                f"stanza {rng.randint(1, 40)}, {a_line(oa, rng)}. Portate i documenti d'identità e, per "
                f"{nm(a2, 'f')}, il nulla osta.",
                f"we can confirm your appointment on {cx.date(cx.later(3, 25))} at "
                f"{rng.choice(['9am', '10.30am', '2pm'])} with {nm(reg, 'fl')}, "
                f"{a_line(oa, rng)}. Please bring passports, proof of address and, for {nm(a2, 'f')}, any visa "
                f"documents. Fee: {amount(cx, 35, 120)}.",
            ),
            "",
            bye(cx),
            signature(
                cx,
                reg,
                [
                    cx.T(
                        "Standesbeamtin" if reg.g == "f" else "Standesbeamter",
                        "Officier de l'état civil",
                        "Ufficiale di stato civile",
                        "Registrar",
                    ),
                    office,
                    f"{cx.T('Tel.', 'Tél.', 'Tel.', 'Tel')} {ph(cx, 'land', oa)}",
                ],
            ),
        ]
        body = mail(
            cx,
            (reg, rmail),
            [(a1, cm)],
            re_prefix(cx)
            + cx.T(
                "Terminanfrage Eheschließung",
                "Demande de rendez-vous mariage",
                "Richiesta appuntamento matrimonio",
                "Marriage appointment",
            ),
            "\n".join(b),
            cc=[(a2, email(cx, a2))] if chance(rng, 0.5) else None,
            quote="\n".join(q),
            quoted_from=(a1, cm),
        )
        return wrap(cx, body)
    if v == 2:
        w1, w2 = cx.person(), cx.person()
        s1, s2, sw1, sw2 = sender(cx, a1, 0.05), sender(cx, a2, 0.05), sender(cx, w1), sender(cx, w2)
        wa = make_addr(rng, cx.loc)
        msgs = [
            (
                s1,
                cx.T(
                    "ihr zwei! das standesamt braucht von euch als trauzeugen geburtsdatum + adresse 🙏",
                    "vous deux ! la mairie a besoin de votre date de naissance + adresse comme témoins 🙏",
                    "voi due! il comune vuole data di nascita + indirizzo dei testimoni 🙏",
                    "you two! the registry office needs your date of birth + address as witnesses 🙏",
                ),
            ),
            (
                sw1,
                cx.T(
                    f"klar: {cx.dob(w1, chat=True)}, {a_line(wa, rng)}",
                    f"bien sûr : {cx.dob(w1, chat=True)}, {a_line(wa, rng)}",
                    f"certo: {cx.dob(w1, chat=True)}, {a_line(wa, rng)}",
                    f"sure: {cx.dob(w1, chat=True)}, {a_line(wa, rng)}",
                ),
            ),
            (
                sw2,
                cx.T(
                    f"{dob_cue(cx, w2, chat=True)}. adresse wie immer, ach nein, bin umgezogen: "
                    f"{m('ADDRESS', make_addr(rng, cx.loc).street)}",
                    f"{dob_cue(cx, w2, chat=True)}. adresse… ah non, j'ai déménagé : "
                    f"{m('ADDRESS', make_addr(rng, cx.loc).street)}",
                    f"{dob_cue(cx, w2, chat=True)}. indirizzo… ah no, ho traslocato: "
                    f"{m('ADDRESS', make_addr(rng, cx.loc).street)}",
                    f"{dob_cue(cx, w2, chat=True)}. address… oh wait I moved: "
                    f"{m('ADDRESS', make_addr(rng, cx.loc).street)}",
                ),
            ),
            (
                s2,
                cx.T(
                    f"danke!! und {nm(w2, 'f')}, den ort brauchen die auch 😅",
                    f"merci !! et {nm(w2, 'f')}, il faut aussi la ville 😅",
                    f"grazie!! e {nm(w2, 'f')}, serve anche il comune 😅",
                    f"thanks!! and {nm(w2, 'f')}, they need the town too 😅",
                ),
            ),
            (sw2, a_town(make_addr(rng, cx.loc), rng, prefix=0)),
        ]
        body = chat(cx, msgs, lower=chance(rng, 0.5))
        return wrap(
            cx,
            body,
            {
                "de": ["Mach mir daraus die Trauzeugen-Angaben für das Formular."],
                "fr": ["Fais-moi les infos des témoins pour le formulaire."],
                "it": ["Prepara i dati dei testimoni per il modulo."],
                "en": ["Pull out the witness details for the form."],
            },
        )
    # v == 3: online booking of the ceremony room (JSON) + name declaration note
    hall = cx.T(
        rng.choice(["Trauzimmer im Rathaus", "Schloss-Saal", "Historischer Ratssaal", "Orangerie"]),
        rng.choice(["Salle des mariages", "Salon d'honneur"]),
        rng.choice(["Sala consiliare", "Sala degli Specchi", "Villa comunale"]),
        rng.choice(["Ceremony Room", "Council Chamber", "Garden Pavilion"]),
    )
    pay = card(cx) if chance(rng, 0.4) else masked_card(cx)
    js = [
        "{",
        f'  "booking_ref": "TR-{cx.now.year}-{digits(rng, 5)}",',
        f'  "venue": "{hall}",',
        f'  "venue_address": "{jesc(a_street(oa))}",',
        f'  "date": "{cx.later(30, 200).isoformat()}",',
        f'  "party_1": {{"name": "{nm(a1, "fl")}", "dob": "{cx.dob(a1)}", "email": "{email(cx, a1)}", "phone": '
        f'"{ph(cx)}"}},',
        f'  "party_2": {{"name": "{nm(a2, "fl")}", "dob": "{cx.dob(a2)}"}},',
        f'  "guests": {rng.randint(8, 40)},',
        f'  "payment": "{pay}",',
        f'  "client_ip": "{ip(cx)}"',
        "}",
    ]
    newname = m("PERSON", f"{a2.first} {a2.last}-{a1.last}")
    note = cx.T(
        f"Notiz: Nach der Trauung heißt {nm(a2, 'f')} dann {newname} (Doppelname).",
        f"Note : après le mariage, {nm(a2, 'f')} s'appellera {newname}.",
        f"Nota: dopo il matrimonio {nm(a2, 'f')} aggiunge il cognome {nm(a1, 'l')}.",
        f"Note: after the wedding {nm(a2, 'f')} will go by {newname}.",
    )
    body = (
        cx.T(
            "Buchungsbestätigung (Export aus dem Online-Portal):",
            "Confirmation de réservation (export du portail) :",
            "Conferma prenotazione (export dal portale):",
            "Booking confirmation (portal export):",
        )
        + "\n"
        + "\n".join(js)
        + "\n\n"
        + note
    )
    return wrap(
        cx,
        body,
        {
            "de": ["Schreib uns eine Checkliste bis zum Hochzeitstag."],
            "fr": ["Fais-nous une check-list jusqu'au jour J."],
            "it": ["Facci una checklist fino al giorno del matrimonio."],
            "en": ["Write us a checklist up to the big day."],
        },
    )


# ---------------------------------------------------------------------------------------------------------------
# 8. gliding - gliding and flying clubs
# ---------------------------------------------------------------------------------------------------------------
def reg_mark(cx: Ctx) -> str:
    rng = cx.rng
    L = "ABCDEFGHIJKLMNOPRSTUVWXYZ"
    if cx.cc == "DE":
        if chance(rng, 0.5):
            return "D-" + rng.choice(["K", "E", "M"]) + "".join(rng.choice(L) for _ in range(3))
        return f"D-{rng.randint(1000, 9999)}"
    if cx.cc == "CH":
        return f"HB-{rng.randint(1000, 3500)}" if chance(rng, 0.7) else "HB-" + "".join(rng.choice(L) for _ in range(3))
    if cx.cc == "AT":
        return f"OE-{rng.randint(5000, 5999)}" if chance(rng, 0.7) else "OE-" + "".join(rng.choice(L) for _ in range(3))
    if cx.cc == "FR":
        return "F-C" + "".join(rng.choice(L) for _ in range(3))
    if cx.cc == "IT":
        return "I-" + "".join(rng.choice(L) for _ in range(4))
    if cx.cc == "GB":
        return "G-C" + "".join(rng.choice(L) for _ in range(3))
    return f"N{rng.randint(100, 9999)}{rng.choice(['', 'G', 'S', 'AB'])}"


def g_gliding(cx: Ctx) -> str:
    rng, v = cx.rng, cx.i % 4
    fa = make_addr(rng, cx.loc)
    club = cx.T(
        rng.choice(
            [
                f"Segelfluggruppe {fa.town}",
                f"Luftsportverein {fa.town}",
                f"Segelfluggruppe {fa.town} e.V." if cx.cc == "DE" else f"SG {fa.town}",
            ]
        ),
        rng.choice([f"Club de vol à voile de {fa.town}", f"Aéroclub de {fa.town}", f"Groupe de vol à voile {fa.town}"]),
        rng.choice([f"Aero Club {fa.town}", f"Club volo a vela {fa.town}", f"Gruppo volo a vela {fa.town}"]),
        rng.choice([f"{fa.town} Gliding Club", f"{fa.town} Soaring Society", f"{fa.town} Flying Club"]),
    )
    types = [
        "ASK 21",
        "ASK 13",
        "LS4",
        "Discus CS",
        "DG-1000",
        "Astir CS",
        "Duo Discus",
        "Twin Astir",
        "SZD-51 Junior",
        "Piper PA-18",
    ]
    if v == 0:
        n = rng.randint(5, 9)
        mem = [cx.person(age=(15, 75)) for _ in range(rng.randint(4, 7))]
        cols = [
            cx.T("Datum", "Date", "Data", "Date"),
            cx.T("Kennz.", "Immat.", "Marche", "Reg"),
            cx.T("Muster", "Type", "Tipo", "Type"),
            cx.T("Pilot", "Pilote", "Pilota", "Pilot"),
            cx.T("Begleiter/FI", "Passager/FI", "Passeggero/FI", "P2/Instructor"),
            cx.T("Start", "Lancement", "Lancio", "Launch"),
            "Off",
            "On",
            cx.T("Dauer", "Durée", "Durata", "Time"),
        ]
        rows = []
        d = cx.now.date()
        form_ = rng.choice(["lf", "il", "l f", "LF"])
        for _k in range(n):
            pl = rng.choice(mem)
            p2 = rng.choice(mem + [None, None])
            t0 = dt.datetime(d.year, d.month, d.day, rng.randint(10, 16), rng.randint(0, 59))
            dur = rng.randint(6, 240)
            rows.append(
                [
                    cx.date(d),
                    reg_mark(cx),
                    rng.choice(types),
                    nm(pl, form_),
                    nm(p2, form_) if p2 and p2 is not pl else "",
                    rng.choice(["W", "F", "E", "W", "W"]),
                    t0.strftime("%H:%M"),
                    (t0 + dt.timedelta(minutes=dur)).strftime("%H:%M"),
                    f"{dur // 60}:{dur % 60:02d}",
                ]
            )
        body = (
            cx.T(
                f"Hauptflugbuch {club}, Flugplatz {fa.town}",
                f"Carnet de vol {club}, aérodrome de {fa.town}",
                f"Registro voli {club}, campo di {fa.town}",
                f"Daily flying log {club}, {fa.town} airfield",
            )
            + "\n"
        )
        body += table(cx, cols, rows, style=rng.choice(["fixed", "csv", "ssv", "tsv", "md"]))
        lead = cx.person()
        body += "\n\n" + cx.T(
            f"Flugleiter: {nm(lead, 'fl')} ({ph(cx)}) · Windenfahrer: {nm(rng.choice(mem), 'f')}",
            f"Chef de piste : {nm(lead, 'fl')} ({ph(cx)}) · Treuilliste : {nm(rng.choice(mem), 'f')}",
            f"Direttore di volo: {nm(lead, 'fl')} ({ph(cx)}) · Verricellista: {nm(rng.choice(mem), 'f')}",
            f"Duty instructor: {nm(lead, 'fl')} ({ph(cx)}) · Winch driver: {nm(rng.choice(mem), 'f')}",
        )
        return wrap(
            cx,
            body,
            {
                "de": ["Rechne mir die Flugzeit pro Pilot zusammen."],
                "fr": ["Calcule le temps de vol par pilote."],
                "it": ["Somma il tempo di volo per pilota."],
                "en": ["Total up the flying time per pilot."],
            },
        )
    if v == 1:
        buyer = cx.person(age=(25, 70))
        rec = cx.person(age=(14, 80)) if chance(rng, 0.7) else buyer
        a = make_addr(rng, cx.loc)
        rows = [
            (
                cx.T("Gutschein-Nr.", "N° de bon", "N. voucher", "Voucher no."),
                f"{rng.choice(['GS', 'BON', 'TF'])}-{digits(rng, 6)}",
            ),
            (
                cx.T("Produkt", "Produit", "Prodotto", "Product"),
                cx.T(
                    "Schnupperflug Segelflugzeug 30 min",
                    "Vol d'initiation planeur 30 min",
                    "Volo promozionale in aliante 30 min",
                    "Trial lesson, glider 30 min",
                ),
            ),
            (cx.T("Käufer/in", "Acheteur", "Acquirente", "Purchaser"), nm(buyer, "fl")),
            (
                cx.T("Rechnungsadresse", "Adresse de facturation", "Indirizzo di fatturazione", "Billing address"),
                a_line(a, rng),
            ),
            ("E-Mail", email(cx, buyer)),
            (cx.T("Telefon", "Téléphone", "Telefono", "Phone"), ph(cx)),
            (cx.T("Fluggast", "Passager", "Passeggero", "Flyer"), nm(rec, "fl")),
            (
                cx.T(
                    "Geburtsdatum Fluggast",
                    "Date de naissance du passager",
                    "Data di nascita passeggero",
                    "Flyer's date of birth",
                ),
                cx.dob(rec),
            ),
            (cx.T("Gewicht (kg)", "Poids (kg)", "Peso (kg)", "Weight (kg)"), str(rng.randint(45, 105))),
            (cx.T("Zahlung", "Paiement", "Pagamento", "Payment"), card(cx) if chance(rng, 0.55) else masked_card(cx)),
            (cx.T("Bestell-IP", "IP de commande", "IP ordine", "Order IP"), ip(cx)),
        ]
        body = (
            cx.T(
                f"Neue Gutscheinbestellung – {club}",
                f"Nouvelle commande de bon – {club}",
                f"Nuovo ordine voucher – {club}",
                f"New voucher order – {club}",
            )
            + "\n"
            + form(cx, rows, rng.choice(["colon", "aligned", "md_table", "kv", "tab"]))
        )
        return wrap(
            cx,
            body,
            {
                "de": ["Schreib eine Bestätigung mit den Regeln (max. 100 kg, Mindestalter 14)."],
                "fr": ["Rédige une confirmation avec les règles (max. 100 kg, 14 ans minimum)."],
                "it": ["Scrivi una conferma con le regole (max 100 kg, età minima 14 anni)."],
                "en": ["Write a confirmation with the rules (max 100 kg, minimum age 14)."],
            },
        )
    if v == 2:
        n = rng.randint(3, 6)
        rows = []
        for _k in range(n):
            p = cx.person(age=(15, 78))
            rows.append(
                [
                    nm(p, rng.choice(["fl", "lf"])),
                    cx.dob(p),
                    rng.choice(["SPL", "LAPL(S)", "SPL/TMG", "Flugschüler" if cx.lang == "de" else "student"]),
                    (
                        f"{cx.cc if cx.cc != 'US' else 'FAA'}.FCL.{digits(rng, 5)}"
                        if cx.cc != "US"
                        else f"FAA {digits(rng, 7)}"
                    )
                    if chance(rng, 0.7)
                    else "",
                    cx.date(cx.later(-100, 700)),
                    ph(cx) if chance(rng, 0.8) else "",
                    email(cx, p) if chance(rng, 0.7) else "",
                ]
            )
        cols = [
            "name",
            cx.T("geburtsdatum", "naissance", "nascita", "dob"),
            cx.T("lizenz", "licence", "licenza", "licence"),
            cx.T("lizenz_nr", "n_licence", "n_licenza", "licence_no"),
            cx.T("medical_bis", "medical_jusqu", "medical_fino", "medical_until"),
            cx.T("telefon", "tel", "tel", "phone"),
            "email",
        ]
        body = (
            cx.T(
                "Mitglieder – Lizenzen und Medicals (Export Vereinsflieger)",
                "Membres – licences et certificats médicaux (export)",
                "Soci – licenze e certificati medici (export)",
                "Members – licences and medicals (export)",
            )
            + "\n"
        )
        body += table(
            cx, cols, rows, style=rng.choice(["yaml", "jsonl", "csv", "ssv", "jsonarr"]), keys=cols, root="members"
        )
        return wrap(
            cx,
            body,
            {
                "de": ["Bei wem läuft das Medical in den nächsten 3 Monaten ab?"],
                "fr": ["Quels certificats médicaux expirent dans les 3 prochains mois ?"],
                "it": ["A chi scade il certificato medico nei prossimi 3 mesi?"],
                "en": ["Whose medical runs out in the next 3 months?"],
            },
        )
    # v == 3: duty chat + clubhouse details
    ps = [cx.person(age=(16, 75)) for _ in range(rng.randint(3, 5))]
    s = [sender(cx, p) for p in ps]
    fi = cx.person()
    msgs = [
        (
            s[0],
            cx.T(
                "wetter sa sieht gut aus, wer macht winde?",
                "météo samedi top, qui fait le treuil ?",
                "sabato meteo ottimo, chi fa il verricello?",
                "saturday looks soarable, who's on the winch?",
            ),
        ),
        (
            s[1],
            cx.T(
                f"ich, aber erst ab 11. {nm(ps[2], 'f')} macht vormittag",
                f"moi mais à partir de 11h. {nm(ps[2], 'f')} fait le matin",
                f"io, ma dalle 11. la mattina {nm(ps[2], 'f')}",
                f"me, but only from 11. {nm(ps[2], 'f')} can do the morning",
            ),
        ),
        (
            s[2],
            cx.T(
                f"ok. fluglehrer ist {nm(fi, 'fl')}, handy {ph(cx)}",
                f"ok. l'instructeur c'est {nm(fi, 'fl')}, portable {ph(cx)}",
                f"ok. istruttore {nm(fi, 'fl')}, cell {ph(cx)}",
                f"ok. instructor is {nm(fi, 'fl')}, mobile {ph(cx)}",
            ),
        ),
        (
            s[0],
            cx.T(
                f"hallenschlüssel liegt bei {nm(ps[1], 'l')}, {m('ADDRESS', make_addr(rng, cx.loc).street)}",
                f"la clé du hangar est chez {nm(ps[1], 'l')}, {m('ADDRESS', make_addr(rng, cx.loc).street)}",
                f"la chiave dell'hangar ce l'ha {nm(ps[1], 'l')}, {m('ADDRESS', make_addr(rng, cx.loc).street)}",
                f"hangar key is with {nm(ps[1], 'f')} at {m('ADDRESS', make_addr(rng, cx.loc).street)}",
            ),
        ),
    ]
    body = chat(cx, msgs, lower=chance(rng, 0.5))
    body += "\n\n" + cx.T(
        f"Vereinsheim: {a_line(fa, rng)}, Tel. {ph(cx, 'land', fa)}, Funk 123.{rng.choice(['305', '505', '405'])}, "
        f"Wetter-Station {lan_ip(rng)}",
        f"Club-house : {a_line(fa, rng)}, tél. {ph(cx, 'land', fa)}, radio 123.{rng.choice(['305', '505'])}, station "
        f"météo {lan_ip(rng)}",
        f"Sede: {a_line(fa, rng)}, tel. {ph(cx, 'land', fa)}, radio 123.{rng.choice(['305', '505'])}, stazione meteo "
        f"{lan_ip(rng)}",
        f"Clubhouse: {a_line(fa, rng)}, tel {ph(cx, 'land', fa)}, radio 129.{rng.choice(['975', '900'])}, weather "
        f"station {lan_ip(rng)}",
    )
    return wrap(cx, body)


# ---------------------------------------------------------------------------------------------------------------
# 9. tailor - tailors, alterations and made-to-measure
# ---------------------------------------------------------------------------------------------------------------
def g_tailor(cx: Ctx) -> str:
    rng, v = cx.rng, cx.i % 4
    sa = make_addr(rng, cx.loc)
    shop = cx.T(
        rng.choice(
            [
                "Änderungsschneiderei Nadel & Faden",
                "Maßatelier Stich",
                "Schneiderei am Markt",
                "Atelier Fadenlauf",
                "Änderungsatelier Knopfloch",
            ]
        ),
        rng.choice(["Retouches Fil d'Or", "Atelier La Bobine", "Couture & Retouches du Marché", "Le Dé à Coudre"]),
        rng.choice(
            ["Sartoria La Forbice", "Sartoria Ago e Filo", "Atelier del Bottone", "Riparazioni sartoriali Il Ditale"]
        ),
        rng.choice(["Needle & Thread Alterations", "The Fitting Room", "Stitch in Time Tailoring", "Hem & Seam"]),
    )
    owner = cx.person(age=(30, 70))
    if v == 0:
        n = rng.randint(4, 8)
        cols = [
            cx.T("Nr", "N°", "N.", "No"),
            cx.T("Kunde", "Client", "Cliente", "Customer"),
            cx.T("Tel.", "Tél.", "Tel.", "Tel"),
            cx.T("Teil / Arbeit", "Pièce / travail", "Capo / lavoro", "Item / job"),
            cx.T("Preis", "Prix", "Prezzo", "Price"),
            cx.T("Abholung", "Retrait", "Ritiro", "Pick-up"),
            cx.T("bez.", "payé", "pag.", "paid"),
        ]
        jobs = TL(
            cx.lang,
            [
                "Hose kürzen 3 cm",
                "Reißverschluss Jacke",
                "Ärmel kürzen",
                "Kleid enger",
                "Saum Vorhang 2 Stk.",
                "Futter erneuern",
                "Knöpfe annähen",
            ],
            [
                "ourlet pantalon",
                "fermeture éclair veste",
                "raccourcir manches",
                "robe à cintrer",
                "ourlet rideaux",
                "doublure manteau",
            ],
            [
                "orlo pantaloni",
                "cerniera giacca",
                "accorciare maniche",
                "stringere abito",
                "orlo tende",
                "fodera cappotto",
            ],
            [
                "take up trousers 3cm",
                "jacket zip",
                "shorten sleeves",
                "take in dress",
                "curtain hems x2",
                "reline coat",
            ],
        )
        rows = []
        for _k in range(n):
            p = cx.person()
            who = nm(p, wpick(rng, [("l", 40), ("fl", 25), ("il", 10), ("lf", 10), ("LF", 5)]))
            if chance(rng, 0.3):
                who = cx.T(
                    "Fr. " if p.g == "f" else "Hr. ",
                    "Mme " if p.g == "f" else "M. ",
                    "Sig.ra " if p.g == "f" else "Sig. ",
                    "Mrs " if p.g == "f" else "Mr ",
                ) + nm(p, "l")
            rows.append(
                [
                    str(rng.randint(1000, 9999)),
                    who,
                    ph(cx) if chance(rng, 0.85) else "",
                    rng.choice(jobs),
                    amount(cx, 8, 95, 1),
                    cx.date(cx.later(1, 12))
                    if chance(rng, 0.6)
                    else cx.pick(["Do", "Sa", "Mo nachm."], ["jeudi", "samedi"], ["giovedì", "sabato"], ["Thu", "Sat"]),
                    rng.choice(["✓", "", "", "x"]),
                ]
            )
        body = (
            f"{shop} – "
            + cx.T("Auftragsbuch", "carnet de commandes", "registro lavori", "job book")
            + f" ({cx.date(cx.now.date())})\n"
        )
        body += table(cx, cols, rows, style=rng.choice(["fixed", "md", "tsv", "ssv", "pipe"]))
        return wrap(
            cx,
            ocr_maybe(cx, body, 0.35),
            {
                "de": ["Welche Kunden muss ich heute anrufen, dass es fertig ist?"],
                "fr": ["Quels clients dois-je appeler aujourd'hui ?"],
                "it": ["Quali clienti devo chiamare oggi?"],
                "en": ["Which customers do I need to ring today?"],
            },
        )
    if v == 1:
        p = cx.person(age=(20, 75))
        a = make_addr(rng, cx.loc)
        meas = cx.T(
            "Brust 102 · Taille 88 · Hüfte 104 · Schulter 47 · Armlänge 64 · Schrittlänge 82",
            "Poitrine 102 · Taille 88 · Hanches 104 · Épaule 47 · Bras 64 · Entrejambe 82",
            "Torace 102 · Vita 88 · Fianchi 104 · Spalla 47 · Braccio 64 · Cavallo 82",
            'Chest 40" · Waist 34" · Seat 41" · Sleeve 25" · Inside leg 32"',
        )
        rows = [
            (cx.T("Kunde", "Client", "Cliente", "Customer"), nm(p, rng.choice(["fl", "lf"]))),
            (cx.T("Adresse", "Adresse", "Indirizzo", "Address"), a_line(a, rng)),
            (cx.T("Telefon", "Téléphone", "Telefono", "Phone"), ph(cx)),
            ("E-Mail", email(cx, p)),
            (
                cx.T("Anlass", "Occasion", "Occasione", "Occasion"),
                cx.T(
                    f"Hochzeit am {cx.date(cx.later(30, 120))}",
                    f"mariage le {cx.date(cx.later(30, 120))}",
                    f"matrimonio il {cx.date(cx.later(30, 120))}",
                    f"wedding on {cx.date(cx.later(30, 120))}",
                ),
            ),
            (cx.T("Maße (cm)", "Mesures (cm)", "Misure (cm)", "Measurements"), meas),
            (
                cx.T("Stoff", "Tissu", "Tessuto", "Cloth"),
                f"{rng.choice(['VBC', 'Loro Piana', 'Holland & Sherry', 'Scabal'])} "
                f"{rng.choice(['Art.', 'ref.', '#'])} {digits(rng, 5)}",
            ),
            (
                cx.T("Anzahlung", "Acompte", "Acconto", "Deposit"),
                amount(cx, 200, 900, 50)
                + " – "
                + (card(cx) if chance(rng, 0.35) else (masked_card(cx) if chance(rng, 0.5) else iban(cx))),
            ),
        ]
        if chance(rng, 0.5):
            b2 = cx.person()
            rows.append(
                (
                    cx.T("Rechnung an", "Facturer à", "Fatturare a", "Invoice to"),
                    nm(b2, "fl") + ", " + a_line(make_addr(rng, cx.loc), rng),
                )
            )
        body = (
            cx.T(
                f"Maßauftrag {shop}",
                f"Commande sur mesure – {shop}",
                f"Ordine su misura – {shop}",
                f"Bespoke order – {shop}",
            )
            + "\n"
        )
        body += (
            form(cx, rows)
            + "\n\n"
            + cx.T(
                f"Erste Anprobe: {cx.date(cx.later(10, 30))}, Zuschnitt: {nm(owner, 'f')}",
                f"Premier essayage : {cx.date(cx.later(10, 30))}, coupe : {nm(owner, 'f')}",
                f"Prima prova: {cx.date(cx.later(10, 30))}, taglio: {nm(owner, 'f')}",
                f"First fitting: {cx.date(cx.later(10, 30))}, cutter: {nm(owner, 'f')}",
            )
        )
        return wrap(cx, body)
    if v == 2:
        bride = cx.person(g="f", age=(22, 45))
        bm = email(cx, bride)
        om = email(cx, owner, dom(shop, cx.cc) if chance(rng, 0.5) else None)
        mum = cx.child(bride, g="f", age=(48, 72)) if chance(rng, 0.6) else cx.person(g="f", age=(48, 72))
        a = make_addr(rng, cx.loc)
        q = [
            greet(cx, owner),
            "",
            cx.T(
                "ich hätte gern einen Termin für die Änderung meines Brautkleids (Träger kürzen, Saum). Die "
                f"Hochzeit ist am {cx.date(cx.later(20, 80))}. "
                f"Meine Mutter {nm(mum, 'fl')} kommt mit zur Anprobe, sie erreichen Sie unter {ph(cx)}. Lieferung "
                f"bitte an {a_line(a, rng)}.",
                "je voudrais un rendez-vous pour retoucher ma robe de mariée (bretelles, ourlet). Le mariage est le "
                f"{cx.date(cx.later(20, 80))}. "
                f"Ma mère {nm(mum, 'fl')} viendra à l'essayage, vous pouvez la joindre au {ph(cx)}. Livraison à "
                f"{a_line(a, rng)}.",
                "vorrei un appuntamento per sistemare l'abito da sposa (spalline, orlo). Il matrimonio è il "
                f"{cx.date(cx.later(20, 80))}. "
                f"Mia madre {nm(mum, 'fl')} verrà alla prova, il suo numero è {ph(cx)}. Consegna a {a_line(a, rng)}.",
                "I'd like to book alterations on my wedding dress (straps and hem). The wedding is on "
                f"{cx.date(cx.later(20, 80))}. "
                f"My mum {nm(mum, 'fl')} will come to the fitting – her number is {ph(cx)}. Please deliver to "
                f"{a_line(a, rng)}.",
            ),
            "",
            bye(cx),
            nm(bride, "fl"),
        ]
        b = [
            greet(cx, bride),
            "",
            cx.T(
                f"sehr gern! Erste Anprobe am {cx.date(cx.later(3, 15))} um 10 Uhr, zweite eine Woche vor der "
                f"Hochzeit. Kostenvoranschlag ca. {amount(cx, 120, 380, 10)}.",
                f"avec plaisir ! Premier essayage le {cx.date(cx.later(3, 15))} à 10h, le second une semaine avant. "
                f"Devis env. {amount(cx, 120, 380, 10)}.",
                f"con piacere! Prima prova il {cx.date(cx.later(3, 15))} alle 10, la seconda una settimana prima. "
                f"Preventivo circa {amount(cx, 120, 380, 10)}.",
                f"lovely! First fitting on {cx.date(cx.later(3, 15))} at 10am, second one a week before. Estimate "
                f"about {amount(cx, 120, 380, 10)}.",
            ),
            "",
            bye(cx),
            signature(cx, owner, [shop, a_line(sa, rng), ph(cx, "land", sa), f"Instagram @{slug(shop)[:18]}"]),
        ]
        body = mail(
            cx,
            (owner, om),
            [(bride, bm)],
            re_prefix(cx) + cx.T("Brautkleid", "Robe de mariée", "Abito da sposa", "Wedding dress"),
            "\n".join(b),
            quote="\n".join(q),
            quoted_from=(bride, bm),
        )
        return wrap(cx, body)
    # v == 3: online booking export + staff chat
    n = rng.randint(3, 5)
    rows = []
    for _k in range(n):
        p = cx.person()
        rows.append(
            [
                cx.date(cx.later(1, 14)),
                rng.choice(["09:00", "10:30", "13:00", "15:30", "17:00"]),
                nm(p, "fl"),
                email(cx, p),
                ph(cx) if chance(rng, 0.7) else "",
                cx.pick(
                    ["Anprobe", "Beratung Maßhemd", "Änderung"],
                    ["essayage", "conseil chemise", "retouche"],
                    ["prova", "consulenza camicia", "riparazione"],
                    ["fitting", "shirt consultation", "alteration"],
                ),
                ip(cx) if chance(rng, 0.8) else "",
            ]
        )
    body = (
        cx.T(
            "Online-Termine (Export):",
            "Rendez-vous en ligne (export) :",
            "Appuntamenti online (export):",
            "Online bookings (export):",
        )
        + "\n"
    )
    body += table(
        cx,
        [
            cx.T("Datum", "Date", "Data", "Date"),
            cx.T("Zeit", "Heure", "Ora", "Time"),
            "Name",
            "E-Mail",
            cx.T("Telefon", "Tél.", "Tel.", "Phone"),
            cx.T("Art", "Type", "Tipo", "Type"),
            "IP",
        ],
        rows,
        style=rng.choice(["csv", "jsonl", "ssv", "md", "tsv"]),
        keys=["date", "time", "name", "email", "phone", "type", "ip"],
        root="bookings",
    )
    helper = cx.person()
    s1, s2 = sender(cx, owner), sender(cx, helper)
    msgs = [
        (
            s1,
            cx.T(
                f"{nm(helper, 'f')} kannst du morgen um 9 die anprobe übernehmen? ich bin beim stofflieferanten",
                f"{nm(helper, 'f')} tu peux faire l'essayage de 9h demain ? je suis chez le fournisseur",
                f"{nm(helper, 'f')} puoi fare tu la prova di domani alle 9? sono dal fornitore",
                f"{nm(helper, 'f')} can you do the 9am fitting tomorrow? I'm at the cloth merchant",
            ),
        ),
        (
            s2,
            cx.T(
                "klar. wo liegt das sakko?",
                "ok. la veste est où ?",
                "certo. dov'è la giacca?",
                "sure, where's the jacket?",
            ),
        ),
        (
            s1,
            cx.T(
                f"hinten links, zettel mit {nm(rng.choice(cx.people[:n]), 'l')}",
                f"au fond à gauche, étiquette {nm(rng.choice(cx.people[:n]), 'l')}",
                f"in fondo a sinistra, cartellino {nm(rng.choice(cx.people[:n]), 'l')}",
                f"back left, ticket says {nm(rng.choice(cx.people[:n]), 'l')}",
            ),
        ),
    ]
    body += "\n\n" + chat(cx, msgs, lower=chance(rng, 0.6))
    return wrap(cx, body)


# ---------------------------------------------------------------------------------------------------------------
# 10. kitchen - kitchen studios and fitters: site surveys, orders with financing, fitters' chats, complaints
# ---------------------------------------------------------------------------------------------------------------
def g_kitchen(cx: Ctx) -> str:
    rng, v = cx.rng, cx.i % 4
    ka = make_addr(rng, cx.loc)
    studio = cx.T(
        rng.choice(
            ["Küchenstudio Form & Funktion", "Küchenwelt am Ring", "KüchenAtelier Nord", "Die Küchenplaner GmbH"]
        ),
        rng.choice(["Cuisines Concept", "L'Atelier des Cuisines", "Cuisines & Bains du Lac", "Espace Cuisine Plus"]),
        rng.choice(["Cucine Design Srl", "Studio Cucine Il Mestolo", "Arredo Cucine Lago", "CucinaViva"]),
        rng.choice(
            ["Kitchen Design Studio Ltd", "Oak & Slate Kitchens", "Counterpoint Kitchens", "Hearth Kitchen Co."]
        ),
    )
    sdom = dom(studio, cx.cc)
    cust = cx.person(age=(28, 80))
    site = make_addr(rng, cx.loc)
    if v == 0:
        onsite = cx.person()
        fit = cx.person()
        rows = [
            (cx.T("Kunde", "Client", "Cliente", "Customer"), nm(cust, rng.choice(["lf", "fl"]))),
            (cx.T("Baustelle", "Chantier", "Cantiere", "Site"), a_street(site)),
            (
                cx.T(
                    "PLZ / Ort", "NPA / localité" if cx.cc == "CH" else "CP / ville", "CAP / città", "Town / postcode"
                ),
                a_town(site, rng),
            ),
            (
                cx.T("Etage / Zugang", "Étage / accès", "Piano / accesso", "Floor / access"),
                cx.pick(
                    ["3. OG, kein Lift", "EG, Zufahrt über Hof", "DG, Lift bis 4."],
                    ["3e sans ascenseur", "rez, accès par la cour"],
                    ["3° piano senza ascensore", "piano terra, accesso dal cortile"],
                    ["2nd floor, no lift", "ground floor, side gate"],
                ),
            ),
            (
                cx.T("Ansprechpartner vor Ort", "Contact sur place", "Referente in loco", "Contact on site"),
                f"{nm(onsite, 'fl')}, {ph(cx)}",
            ),
            (cx.T("Kunde Handy", "Portable client", "Cellulare cliente", "Customer mobile"), ph(cx)),
            (
                cx.T("Maße", "Cotes", "Misure", "Dimensions"),
                f"{rng.randint(240, 420)} × {rng.randint(180, 360)} cm, "
                + cx.T("Raumhöhe", "hauteur", "altezza", "ceiling")
                + f" {rng.randint(238, 275)} cm",
            ),
            (
                cx.T("Anschlüsse", "Raccordements", "Allacciamenti", "Services"),
                cx.pick(
                    ["Wasser links, Starkstrom vorhanden", "Abluft durch Außenwand"],
                    ["eau à gauche, 400 V présent"],
                    ["acqua a sinistra, 380 V"],
                    ["water left wall, cooker circuit ok"],
                ),
            ),
            (cx.T("Aufmaß durch", "Métré par", "Rilievo di", "Surveyed by"), nm(fit, rng.choice(["fl", "il"]))),
            (
                cx.T("Termin", "Date", "Data", "Date"),
                cx.date(cx.later(1, 20)) + " " + rng.choice(["08:00", "10:30", "14:00"]),
            ),
        ]
        if chance(rng, 0.5):
            bill = make_addr(rng, cx.loc)
            rows.insert(
                3,
                (
                    cx.T("Rechnungsadresse", "Adresse de facturation", "Indirizzo fatturazione", "Billing address"),
                    a_line(bill, rng),
                ),
            )
        body = (
            cx.T(
                f"AUFMASSBLATT – {studio}",
                f"FICHE DE MÉTRÉ – {studio}",
                f"SCHEDA RILIEVO – {studio}",
                f"SITE SURVEY – {studio}",
            )
            + f"  ({cx.T('Auftrag', 'Dossier', 'Pratica', 'Job')} {digits(rng, 6)})\n"
            + form(cx, rows)
        )
        return wrap(
            cx,
            ocr_maybe(cx, body, 0.3),
            {
                "de": ["Mach mir daraus eine Checkliste für die Monteure."],
                "fr": ["Fais une check-list pour les monteurs."],
                "it": ["Fammi una checklist per i montatori."],
                "en": ["Turn this into a checklist for the fitters."],
            },
        )
    if v == 1:
        co = cx.partner(cust) if chance(rng, 0.6) else None
        rows = [
            (
                cx.T("Käufer 1", "Acheteur 1", "Acquirente 1", "Buyer 1"),
                nm(cust, "fl") + ", " + (dob_cue(cx, cust) if chance(rng, 0.5) else cx.dob(cust)),
            )
        ]
        if co:
            rows.append((cx.T("Käufer 2", "Acheteur 2", "Acquirente 2", "Buyer 2"), nm(co, "fl") + ", " + cx.dob(co)))
        rows += [
            (cx.T("Anschrift", "Adresse", "Indirizzo", "Address"), a_line(make_addr(rng, cx.loc), rng)),
            (
                cx.T("Lieferadresse", "Adresse de livraison", "Indirizzo di consegna", "Delivery address"),
                a_line(site, rng),
            ),
            (
                cx.T("Telefon / E-Mail", "Tél. / e-mail", "Tel. / e-mail", "Phone / email"),
                ph(cx) + " / " + email(cx, cust),
            ),
            (cx.T("Auftragssumme", "Montant", "Importo", "Order total"), amount(cx, 9000, 38000, 50)),
            (
                cx.T("Anzahlung 30 %", "Acompte 30 %", "Acconto 30%", "Deposit 30%"),
                cx.T("per Überweisung", "par virement", "con bonifico", "by card")
                + (" – " + card(cx) if cx.lang == "en" and chance(rng, 0.5) else ""),
            ),
            (
                cx.T("Finanzierung", "Financement", "Finanziamento", "Finance"),
                cx.T(
                    f"{rng.choice(['Targobank', 'Santander Consumer', 'Cembra', 'BAWAG'])}, 36 Raten",
                    "Cetelem, 36 mensualités",
                    "Findomestic, 36 rate",
                    "V12 Retail Finance, 36 months",
                ),
            ),
            (cx.T("Lastschrift von", "Prélèvement depuis", "Addebito su", "Direct debit from"), iban(cx)),
        ]
        body = (
            cx.T(
                f"Kaufvertrag Nr. {digits(rng, 7)} – {studio}",
                f"Bon de commande n° {digits(rng, 7)} – {studio}",
                f"Contratto n. {digits(rng, 7)} – {studio}",
                f"Order agreement {digits(rng, 7)} – {studio}",
            )
            + "\n\n"
            + form(cx, rows)
        )
        body += (
            "\n\n"
            + cx.T("Liefertermin KW ", "Livraison semaine ", "Consegna settimana ", "Delivery week ")
            + str(rng.randint(2, 50))
            + cx.T(
                ", Montage 2 Tage. Verkaufsberater: ",
                ", pose 2 jours. Conseiller : ",
                ", montaggio 2 giorni. Consulente: ",
                ", fitting 2 days. Designer: ",
            )
            + nm(cx.person(), "fl")
            + " ("
            + ph(cx, "land", ka)
            + ")"
        )
        return wrap(
            cx,
            body,
            {
                "de": ["Stimmt die Anzahlung? Und was bedeutet die Finanzierung pro Monat?"],
                "fr": ["L'acompte est-il correct ? Et combien par mois pour le financement ?"],
                "it": ["L'acconto è giusto? E quanto fa al mese il finanziamento?"],
                "en": ["Is the deposit right? And what's the monthly finance cost?"],
            },
        )
    if v == 2:
        fitter, office = cx.person(), cx.person()
        s1, s2 = sender(cx, fitter), sender(cx, office)
        msgs = [
            (
                s1,
                cx.T(
                    f"bin bei {nm(cust, 'l')}, {m('ADDRESS', site.street)}. arbeitsplatte passt nicht, 2 cm zu kurz",
                    f"je suis chez {nm(cust, 'l')}, {m('ADDRESS', site.street)}. le plan de travail fait 2 cm de moins",
                    f"sono da {nm(cust, 'l')}, {m('ADDRESS', site.street)}. il piano è corto di 2 cm",
                    f"at the {nm(cust, 'l')} job, {m('ADDRESS', site.street)}. worktop is 2cm short",
                ),
            ),
            (
                s2,
                cx.T(
                    "mist. ich ruf den steinmetz an",
                    "zut. j'appelle le marbrier",
                    "accidenti. chiamo il marmista",
                    "argh. I'll ring the stonemason",
                ),
            ),
            (
                s1,
                cx.T(
                    f"frau/herr {nm(cust, 'l')} ist erst ab 14 uhr da, handy {ph(cx)}",
                    f"le client est là à partir de 14h, portable {ph(cx)}",
                    f"il cliente c'è dalle 14, cell {ph(cx)}",
                    f"customer's back after 2, mobile {ph(cx)}",
                ),
            ),
            (
                s2,
                cx.T(
                    f"ok, {nm(cx.person(), 'f')} bringt morgen die blende mit",
                    f"ok, {nm(cx.person(), 'f')} apporte la plinthe demain",
                    f"ok, domani {nm(cx.person(), 'f')} porta lo zoccolo",
                    f"ok, {nm(cx.person(), 'f')} will bring the plinth tomorrow",
                ),
            ),
        ]
        msgs[2] = (msgs[2][0], msgs[2][1].replace("frau/herr", "frau" if cust.g == "f" else "herr"))
        body = chat(cx, msgs, lower=chance(rng, 0.6))
        return wrap(
            cx,
            body,
            {
                "de": ["Schreib eine kurze Info an den Kunden wegen der Verzögerung."],
                "fr": ["Écris un petit message au client pour le retard."],
                "it": ["Scrivi un breve messaggio al cliente per il ritardo."],
                "en": ["Write a short note to the customer about the delay."],
            },
        )
    # v == 3: complaint quoting studio reply
    cm = email(cx, cust)
    staff = cx.person()
    stm = email(cx, staff, sdom)
    tech = cx.person()
    q = [
        greet(cx, cust),
        "",
        cx.T(
            f"danke für Ihre Nachricht. Unser Servicetechniker {nm(tech, 'fl')} meldet sich bei Ihnen für einen "
            "Termin. Bitte halten Sie die Auftragsnummer bereit.",
            f"merci pour votre message. Notre technicien {nm(tech, 'fl')} vous contactera pour un rendez-vous.",
            f"grazie per il messaggio. Il nostro tecnico {nm(tech, 'fl')} la contatterà per un appuntamento.",
            f"thanks for your message. Our service engineer {nm(tech, 'fl')} will be in touch to book a visit.",
        ),
        "",
        bye(cx),
        signature(
            cx,
            staff,
            [
                cx.T("Kundendienst", "Service après-vente", "Assistenza clienti", "Customer service"),
                studio,
                a_line(ka, rng),
                ph(cx, "land", ka),
                f"Service-Hotline {hotline(cx)}",
            ],
        ),
    ]
    b = [
        greet(cx, staff),
        "",
        cx.T(
            "jetzt sind drei Wochen vergangen und niemand hat sich gemeldet. Die Schublade unter dem Kochfeld "
            "klemmt weiterhin. "
            f"Ich bin unter {ph(cx)} erreichbar, tagsüber ist meine Nachbarin {nm(cx.person(), 'fl')} da und hat "
            f"einen Schlüssel ({m('ADDRESS', site.street)}, 2. Stock).",
            f"trois semaines ont passé et personne ne m'a contacté(e). Le tiroir sous la plaque coince toujours. "
            f"Je suis joignable au {ph(cx)}, ma voisine {nm(cx.person(), 'fl')} a une clé "
            f"({m('ADDRESS', site.street)}).",
            "sono passate tre settimane e nessuno mi ha contattato. Il cassetto sotto il piano cottura si blocca "
            "ancora. "
            f"Mi trova al {ph(cx)}, la mia vicina {nm(cx.person(), 'fl')} ha le chiavi ({m('ADDRESS', site.street)}).",
            f"three weeks on and nobody has called. The drawer under the hob still sticks. "
            f"I'm on {ph(cx)}; my neighbour {nm(cx.person(), 'fl')} has a key ({m('ADDRESS', site.street)}).",
        ),
        "",
        bye(cx),
        nm(cust, "fl"),
    ]
    body = mail(
        cx,
        (cust, cm),
        [(staff, stm)],
        re_prefix(cx)
        + cx.T("Reklamation Auftrag ", "Réclamation dossier ", "Reclamo pratica ", "Complaint, order ")
        + digits(rng, 6),
        "\n".join(b),
        quote="\n".join(q),
        quoted_from=(staff, stm),
    )
    return wrap(
        cx,
        body,
        {
            "de": ["Hilf mir, eine bestimmte, aber höfliche Nachfrist zu setzen."],
            "fr": ["Aide-moi à fixer un délai ferme mais poli."],
            "it": ["Aiutami a fissare un termine deciso ma cortese."],
            "en": ["Help me set a firm but polite deadline."],
        },
    )


# ---------------------------------------------------------------------------------------------------------------
# 11. circus - youth circus schools: enrolments, course lists, show helpers, holiday camps
# ---------------------------------------------------------------------------------------------------------------
def g_circus(cx: Ctx) -> str:
    rng, v = cx.rng, cx.i % 4
    ca = make_addr(rng, cx.loc)
    school = cx.T(
        rng.choice(
            ["Kinderzirkus Pepperoni", "Zirkusschule Trapez", "Jugendzirkus Manegenzauber", "Circus Kunterbunt e.V."]
        ),
        rng.choice(["École de cirque Les Saltimbanques", "Cirque des Petits Pas", "Académie des arts du cirque"]),
        rng.choice(["Scuola di circo Il Trapezio", "Circo dei Ragazzi", "Accademia del circo"]),
        rng.choice(["Big Top Youth Circus", "Flying Feet Circus School", "Circus Skills Academy"]),
    )
    if v == 0:
        par = cx.person(age=(28, 52))
        kid = cx.child(par, age=(5, 15))
        par2 = cx.partner(par) if chance(rng, 0.55) else None
        a = make_addr(rng, cx.loc)
        rows = [
            (cx.T("Name des Kindes", "Nom de l'enfant", "Nome del bambino/a", "Child's name"), nm(kid, "fl")),
            (cx.T("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), cx.dob(kid)),
            (
                cx.T("Kurs", "Cours", "Corso", "Class"),
                cx.pick(
                    ["Akrobatik Mi 15–16:30", "Jonglage Fr", "Trapez & Tuch Sa"],
                    ["acrobatie mercredi", "jonglerie vendredi"],
                    ["acrobatica mercoledì", "giocoleria venerdì"],
                    ["Acro Wed 4pm", "Juggling Fri", "Aerial Sat"],
                ),
            ),
            (cx.T("Erziehungsberechtigte/r", "Responsable légal", "Genitore", "Parent/guardian"), nm(par, "fl")),
            (cx.T("Adresse", "Adresse", "Indirizzo", "Address"), a_line(a, rng)),
            (cx.T("Handy", "Portable", "Cellulare", "Mobile"), ph(cx)),
            ("E-Mail", email(cx, par)),
        ]
        if par2:
            rows.append(
                (cx.T("2. Elternteil", "2e parent", "Altro genitore", "Second parent"), nm(par2, "fl") + ", " + ph(cx))
            )
        rows += [
            (
                cx.T(
                    "Allergien / Medikamente", "Allergies / médicaments", "Allergie / farmaci", "Allergies / medication"
                ),
                cx.pick(
                    ["keine", "Nüsse", "Asthma-Spray im Rucksack"],
                    ["aucune", "arachides"],
                    ["nessuna", "frutta secca"],
                    ["none", "nuts", "inhaler in bag"],
                ),
            ),
            (
                cx.T("Fotoerlaubnis", "Droit à l'image", "Liberatoria foto", "Photo consent"),
                cx.pick(["ja", "nein"], ["oui", "non"], ["sì", "no"], ["yes", "no"]),
            ),
            (
                cx.T(
                    "Kursgebühr per Lastschrift von",
                    "Frais par prélèvement sur",
                    "Quota con addebito su",
                    "Fees by direct debit from",
                ),
                iban(cx),
            ),
        ]
        body = (
            cx.T(
                f"Anmeldung {school}", f"Inscription – {school}", f"Iscrizione – {school}", f"Enrolment form – {school}"
            )
            + "\n\n"
            + form(cx, rows)
        )
        return wrap(cx, ocr_maybe(cx, body, 0.2))
    if v == 1:
        n = rng.randint(4, 8)
        rows = []
        for _k in range(n):
            par = cx.person(age=(28, 52))
            kid = cx.child(par, age=(6, 15))
            rows.append(
                [
                    nm(kid, rng.choice(["fl", "f", "lf"])),
                    cx.dob(kid),
                    ph(cx) if chance(rng, 0.8) else "",
                    nm(par, "f") if chance(rng, 0.4) else "",
                ]
            )
        tr = cx.person(g="f")
        cols = [
            cx.T("Kind", "Enfant", "Bambino/a", "Child"),
            cx.T("Geb.", "Né(e)", "Nato/a", "DOB"),
            cx.T("Notfall-Nr.", "Tél. urgence", "Tel. emergenza", "Emergency no."),
            cx.T("Abholung", "Récupéré par", "Ritiro", "Collected by"),
        ]
        body = (
            cx.T(
                f"Kursliste {school} – Gruppe Trapez (Trainerin: ",
                f"Liste du cours {school} – groupe trapèze (monitrice : ",
                f"Elenco corso {school} – gruppo trapezio (istruttrice: ",
                f"Class list {school} – aerial group (coach: ",
            )
            + nm(tr, "fl")
            + ")\n"
        )
        body += table(cx, cols, rows, style=rng.choice(["fixed", "md", "csv", "tsv", "ssv", "md_loose"]))
        return wrap(
            cx,
            body,
            {
                "de": ["Wer ist unter 8? Die brauchen eine zweite Betreuungsperson."],
                "fr": ["Qui a moins de 8 ans ? Il faut un deuxième encadrant."],
                "it": ["Chi ha meno di 8 anni? Serve un secondo accompagnatore."],
                "en": ["Who's under 8? They need a second adult."],
            },
        )
    if v == 2:
        ps = [cx.person(age=(28, 55)) for _ in range(rng.randint(3, 5))]
        s = [sender(cx, p) for p in ps]
        msgs = [
            (
                s[0],
                cx.T(
                    "für die vorstellung am samstag brauchen wir noch 4 leute für kuchen & kasse. eintragen bitte!",
                    "pour le spectacle de samedi il nous faut encore 4 personnes pour gâteaux et caisse !",
                    "per lo spettacolo di sabato servono ancora 4 persone per torte e cassa!",
                    "for saturday's show we still need 4 people for cakes & the till, sign up please!",
                ),
            ),
            (s[1], cx.T("kasse 14–15 uhr", "caisse 14h–15h", "cassa 14–15", "till 2–3pm")),
            (
                s[2],
                cx.T(
                    f"kuchen! und {nm(ps[0], 'f')}: {nm(cx.person(), 'f')} aus der akrobatikgruppe kommt mit ihrem "
                    "opa, der kann auf- und abbauen",
                    f"gâteau ! et {nm(ps[0], 'f')} : {nm(cx.person(), 'f')} du groupe acrobatie vient avec son "
                    "grand-père, il peut aider au montage",
                    f"torta! e {nm(ps[0], 'f')}: {nm(cx.person(), 'f')} del gruppo acrobatica viene col nonno, può "
                    "aiutare a montare",
                    f"cake! and {nm(ps[0], 'f')}: {nm(cx.person(), 'f')} from acro is coming with her grandad, he "
                    "can help set up",
                ),
            ),
            (
                s[0],
                cx.T(
                    f"super. zelt steht hinter der schule, {a_line(ca, rng)}. notfallnummer am tag: {ph(cx)}",
                    f"super. chapiteau derrière l'école, {a_line(ca, rng)}. numéro le jour J : {ph(cx)}",
                    f"super. il tendone è dietro la scuola, {a_line(ca, rng)}. numero il giorno stesso: {ph(cx)}",
                    f"great. tent is behind the school, {a_line(ca, rng)}. number on the day: {ph(cx)}",
                ),
            ),
        ]
        body = chat(cx, msgs, lower=chance(rng, 0.55))
        return wrap(cx, body)
    # v == 3: holiday camp booking export
    n = rng.randint(2, 4)
    recs = []
    for _k in range(n):
        par = cx.person(age=(28, 52))
        kid = cx.child(par, age=(6, 14))
        pay = card(cx) if chance(rng, 0.4) else masked_card(cx)
        recs.append(
            "{"
            + ", ".join(
                [
                    f'"order": "{cx.now.year}{digits(rng, 5)}"',
                    f'"child": "{nm(kid, "fl")}"',
                    f'"child_dob": "{cx.dob(kid)}"',
                    f'"parent": "{nm(par, rng.choice(["fl", "lf"]))}"',
                    f'"email": "{email(cx, par)}"',
                    f'"phone": "{ph(cx)}"',
                    f'"week": {rng.randint(27, 33)}',
                    f'"payment": "{pay}"',
                    f'"ip": "{ip(cx)}"',
                ]
            )
            + "}"
        )
    body = (
        cx.T(
            f"Zirkusferien {cx.now.year} – Buchungen aus dem Shop:",
            f"Stages de cirque {cx.now.year} – réservations :",
            f"Campus circo {cx.now.year} – prenotazioni:",
            f"Circus summer camp {cx.now.year} – bookings:",
        )
        + "\n"
        + "\n".join(recs)
    )
    return wrap(
        cx,
        body,
        {
            "de": ["Welche Woche ist am vollsten?"],
            "fr": ["Quelle semaine est la plus remplie ?"],
            "it": ["Quale settimana è più piena?"],
            "en": ["Which week is the busiest?"],
        },
    )


# ---------------------------------------------------------------------------------------------------------------
# 12. passport - passport and ID-card applications (citizens' offices, consulates, children's passports)
# ---------------------------------------------------------------------------------------------------------------
def other_loc(cx: Ctx) -> str:
    opts = [loc for loc, _ in QUOTA if COUNTRY[loc] != cx.cc and loc not in ("fr_CH", "it_CH")]
    return cx.rng.choice(opts)


def passport_office(cx: Ctx, town: str) -> str:
    return cx.T(
        f"Bürgeramt {town}" if cx.cc == "DE" else (f"Passbüro {town}" if cx.cc == "AT" else f"Ausweiszentrum {town}"),
        f"Mairie de {town} – service titres d'identité" if cx.cc == "FR" else f"Centre de documents d'identité {town}",
        f"Comune di {town} – Ufficio anagrafe" if cx.cc == "IT" else f"Ufficio dei passaporti {town}",
        "HM Passport Office" if cx.cc == "GB" else f"{town} Post Office – passport acceptance",
    )


def g_passport(cx: Ctx) -> str:
    rng, v = cx.rng, cx.i % 4
    oa = make_addr(rng, cx.loc)
    office = passport_office(cx, oa.town)
    if v == 0:
        p = cx.person(age=(18, 85))
        a = make_addr(rng, cx.loc)
        code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        rows = [
            (cx.T("Vorgangsnummer", "N° de pré-demande", "Codice prenotazione", "Reference"), code),
            (cx.T("Name", "Nom", "Nome", "Name"), nm(p, rng.choice(["fl", "LF", "L,F"]))),
            (cx.T("Geburtsdatum", "Né(e) le", "Data di nascita", "Date of birth"), cx.dob(p)),
            (cx.T("Meldeadresse", "Adresse", "Residenza", "Address"), a_line(a, rng)),
            (
                cx.T("Anliegen", "Démarche", "Servizio", "Service"),
                cx.pick(
                    ["Reisepass (Neuantrag)", "Personalausweis + Reisepass", "Identitätskarte"],
                    ["passeport", "carte nationale d'identité"],
                    ["carta d'identità elettronica", "passaporto"],
                    ["passport renewal", "first adult passport"],
                ),
            ),
            (
                cx.T("Termin", "Rendez-vous", "Appuntamento", "Appointment"),
                cx.date(cx.later(3, 40)) + " " + rng.choice(["08:10", "09:40", "11:20", "14:50"]),
            ),
            (cx.T("Ort", "Lieu", "Sede", "Location"), office + ", " + a_line(oa, rng)),
            (
                cx.T("Rückfragen", "Contact", "Informazioni", "Queries"),
                cx.T(
                    f"Behördennummer {rng.choice(['115', hotline(cx)])}",
                    f"{hotline(cx)} (service public)",
                    f"{hotline(cx)} (numero verde)",
                    f"Advice line {hotline(cx)}",
                ),
            ),
        ]
        if chance(rng, 0.4):
            rows.append((cx.T("SMS-Erinnerung an", "Rappel SMS au", "Promemoria SMS al", "SMS reminder to"), ph(cx)))
        body = (
            cx.T(
                "Terminbestätigung", "Confirmation de rendez-vous", "Conferma appuntamento", "Appointment confirmation"
            )
            + "\n"
            + form(cx, rows)
        )
        body += "\n" + cx.T(
            "Bitte mitbringen: biometrisches Foto, alter Ausweis, Gebühr.",
            "À apporter : photo d'identité, ancien titre, timbre fiscal.",
            "Portare: foto tessera, vecchio documento, ricevuta pagamento.",
            "Please bring: photo, old passport, fee.",
        )
        return wrap(
            cx,
            body,
            {
                "de": ["Erinnere mich eine Woche vorher – formuliere mir eine Kalendernotiz."],
                "fr": ["Rédige-moi une note pour mon agenda."],
                "it": ["Scrivimi una nota per il calendario."],
                "en": ["Write me a calendar note for this."],
            },
        )
    if v == 1:
        p1 = cx.person(age=(25, 50))
        p2 = cx.partner(p1, same_name=0.5)
        kids = [cx.child(p1, age=(0, 16)) for _ in range(rng.choice([1, 1, 2]))]
        a = make_addr(rng, cx.loc)
        parts = [
            cx.T(
                "Einverständniserklärung beider Sorgeberechtigter – Kinderreisepass",
                "Autorisation des deux parents – passeport mineur",
                "Assenso di entrambi i genitori al rilascio del passaporto per minore",
                "Consent of both parents – child's passport"
                if cx.cc == "GB"
                else "Statement of consent (DS-3053) – minor's passport",
            )
        ]
        for k, c in enumerate(kids):
            parts.append(
                f"{cx.T('Kind', 'Enfant', 'Minore', 'Child')} {k + 1}: {nm(c, rng.choice(['fl', 'lf', 'LF']))}, "
                f"{dob_cue(cx, c) if chance(rng, 0.5) else cx.dob(c)}"
            )
        for lab, p in (
            (cx.T("Mutter/Vater 1", "Parent 1", "Genitore 1", "Parent 1"), p1),
            (cx.T("Mutter/Vater 2", "Parent 2", "Genitore 2", "Parent 2"), p2),
        ):
            rows = [
                (cx.T("Name", "Nom", "Nome", "Name"), nm(p, "fl")),
                (cx.T("Geburtsdatum", "Date de naissance", "Data di nascita", "DOB"), cx.dob(p)),
                (
                    cx.T("Ausweis-Nr.", "N° pièce d'identité", "N. documento", "ID/passport no."),
                    rng.choice(["L", "C", "X"]) + "".join(rng.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
                    if cx.cc != "US"
                    else digits(rng, 9),
                ),
                (
                    cx.T("Anschrift", "Adresse", "Indirizzo", "Address"),
                    a_line(a if chance(rng, 0.7) else make_addr(rng, cx.loc), rng),
                ),
                (cx.T("Telefon", "Téléphone", "Telefono", "Phone"), ph(cx)),
            ]
            parts.append(lab + "\n" + form(cx, rows, rng.choice(["colon", "aligned", "dash", "tab"])))
        parts.append(
            cx.T(
                f"{a.town}, den {cx.date(cx.now.date())}    Unterschriften: ____ / ____",
                f"Fait à {a.town}, le {cx.date(cx.now.date())}    Signatures : ____ / ____",
                f"{a.town}, {cx.date(cx.now.date())}    Firme: ____ / ____",
                f"Signed {cx.date(cx.now.date())}: ____ / ____",
            )
        )
        return wrap(
            cx,
            ocr_maybe(cx, "\n\n".join(parts), 0.25),
            {
                "de": ["Ist das Formular so gültig? Was fehlt?"],
                "fr": ["Le formulaire est-il valable ? Que manque-t-il ?"],
                "it": ["Il modulo è valido così? Cosa manca?"],
                "en": ["Is this form valid as it is? What's missing?"],
            },
        )
    if v == 2:
        ol = other_loc(cx)
        p = cx.person(age=(20, 80))
        abroad = make_addr(rng, cx.loc, town_loc=ol)
        pm = email(cx, p)
        cons = cx.person()
        big = {
            "Berlin",
            "Hamburg",
            "München",
            "Frankfurt am Main",
            "Stuttgart",
            "Düsseldorf",
            "Wien",
            "Salzburg",
            "Innsbruck",
            "Graz",
            "Paris",
            "Lyon",
            "Marseille",
            "Strasbourg",
            "Milano",
            "Roma",
            "Torino",
            "Napoli",
            "London",
            "Manchester",
            "Edinburgh",
            "New York",
            "Chicago",
            "San Francisco",
            "Boston",
            "Seattle",
            "Zürich",
            "Genève",
            "Bern",
            "Basel",
        }
        for _ in range(200):
            cons_addr = make_addr(rng, cx.loc, town_loc=ol)
            if cons_addr.town in big:
                break
        city = cons_addr.town
        ital = "di Svizzera" if cx.cc == "CH" else "d'Italia"
        cname = cx.T(
            f"Generalkonsulat {city}" if cx.cc != "CH" else f"Schweizerisches Generalkonsulat {city}",
            f"Consulat général de {'Suisse' if cx.cc == 'CH' else 'France'} à {city}",
            f"Consolato {ital} a {city}",
            f"{'British' if cx.cc == 'GB' else 'US'} Consulate General, {city}",
        )
        cdom = {
            "DE": "diplo.de",
            "CH": "eda.admin.ch",
            "AT": "bmeia.gv.at",
            "FR": "diplomatie.gouv.fr",
            "IT": "esteri.it",
            "GB": "fcdo.gov.uk",
            "US": "state.gov",
        }[cx.cc]
        q = [
            greet(cx, None),
            "",
            cx.T(
                f"mein Reisepass läuft im {month_name(cx.loc, rng.randint(1, 12))} ab. Ich lebe seit "
                f"{rng.randint(2, 15)} Jahren hier, Adresse: {a_line(abroad, rng)}. "
                f"Kann ich den neuen Pass bei Ihnen beantragen? Mobil: {m('PHONE', phone(rng, abroad.cc))}.",
                f"mon passeport expire en {MONTHS['fr'][rng.randint(0, 11)]}. J'habite ici depuis "
                f"{rng.randint(2, 15)} ans : {a_line(abroad, rng)}. "
                f"Puis-je faire la demande chez vous ? Portable : {m('PHONE', phone(rng, abroad.cc))}.",
                f"il mio passaporto scade a {MONTHS['it'][rng.randint(0, 11)]}. Vivo qui da {rng.randint(2, 15)} "
                f"anni: {a_line(abroad, rng)}. "
                f"Posso fare la richiesta da voi? Cellulare: {m('PHONE', phone(rng, abroad.cc))}.",
                f"my passport expires in {MONTHS['en'][rng.randint(0, 11)]}. I've lived here for "
                f"{rng.randint(2, 15)} years at {a_line(abroad, rng)}. "
                f"Can I apply through you? Mobile: {m('PHONE', phone(rng, abroad.cc))}.",
            ),
            "",
            bye(cx),
            nm(p, "fl") + (", " + dob_cue(cx, p) if chance(rng, 0.6) else ""),
        ]
        b = [
            greet(cx, p),
            "",
            cx.T(
                "ja, bitte buchen Sie einen Termin online und bringen Sie Ihre Meldebescheinigung mit. Ihre "
                f"Registrierungsnummer bei uns: {digits(rng, 3)}-{digits(rng, 6)}. "
                f"Die Gebühr von {amount(cx, 60, 160)} ist vor Ort zu bezahlen.",
                "oui, prenez rendez-vous en ligne et apportez une attestation de domicile. Votre numéro "
                f"d'immatriculation : {digits(rng, 3)}-{digits(rng, 6)}.",
                f"sì, prenoti online e porti il certificato di residenza. Numero di iscrizione AIRE: {digits(rng, 8)}.",
                "yes – please book online and bring proof of address. Your registration number with us: "
                f"{digits(rng, 3)}-{digits(rng, 6)}.",
            ),
            "",
            bye(cx),
            signature(
                cx,
                cons,
                [
                    cname,
                    cx.T("Pass- und Visastelle", "Service des passeports", "Ufficio passaporti", "Passport section"),
                    a_line(cons_addr, rng),
                    m("PHONE", phone(rng, cons_addr.cc, "land", cons_addr.area)),
                ],
            ),
        ]
        body = mail(
            cx,
            (
                cons,
                role_mail(
                    cx.pick(
                        ["pass", "konsular"],
                        ["passeports", "consulaire"],
                        ["passaporti", "consolare"],
                        ["passports", "consular"],
                    ),
                    cdom,
                ),
            ),
            [(p, pm)],
            re_prefix(cx) + cx.T("Passantrag", "Demande de passeport", "Richiesta passaporto", "Passport application"),
            "\n".join(b),
            quote="\n".join(q),
            quoted_from=(p, pm),
        )
        return wrap(cx, body)
    # v == 3: family chat + online pre-application JSON
    mum = cx.person(g="f", age=(35, 55))
    kid = cx.child(mum, age=(12, 17))
    gran = cx.person(g="f", age=(65, 85))
    s1, s2 = sender(cx, mum, 0.05), sender(cx, kid, 0.2)
    msgs = [
        (
            s1,
            cx.T(
                f"{nm(kid, 'f')} ich mach den online-antrag für deinen pass. brauch deine größe und ob du noch die "
                "alte nummer hast",
                f"{nm(kid, 'f')} je remplis la pré-demande pour ton passeport. il me faut ta taille",
                f"{nm(kid, 'f')} faccio la richiesta online per il passaporto. mi serve la tua altezza",
                f"{nm(kid, 'f')} doing your passport form online. need your height",
            ),
        ),
        (s2, cx.T("168 😒 und ja", "168 😒", "168 😒", "5'6 😒")),
        (
            s1,
            cx.T(
                f"und oma {nm(gran, 'f')} braucht auch einen neuen, geboren {cx.dob(gran)}",
                f"et mamie {nm(gran, 'f')} aussi, elle est née le {cx.dob(gran)}",
                f"anche la nonna {nm(gran, 'f')}, è nata il {cx.dob(gran)}",
                f"and gran {nm(gran, 'f')} needs one too, born {cx.dob(gran)}",
            ),
        ),
    ]
    body = chat(cx, msgs, lower=chance(rng, 0.6))
    a = make_addr(rng, cx.loc)
    js = [
        "{",
        f'  "application_id": "{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}",',
        f'  "surname": "{nm(kid, "l")}",',
        f'  "given_names": "{nm(kid, "f")}",',
        f'  "date_of_birth": "{cx.dob(kid, rng.choice(["iso", None]))}",',
        '  "height_cm": 168,',
        f'  "address": "{jesc(a_street(a))}",',
        f'  "postcode_town": "{jesc(a_town(a, rng))}",',
        f'  "parent_contact": "{email(cx, mum)}",',
        f'  "parent_phone": "{ph(cx)}",',
        f'  "submitted_from": "{ip(cx)}"',
        "}",
    ]
    body += "\n\n" + "\n".join(js)
    return wrap(
        cx,
        body,
        {
            "de": ["Passt alles zusammen? Der Antrag wurde abgelehnt, warum könnte das sein?"],
            "fr": ["Tout est cohérent ? La demande a été refusée, pourquoi ?"],
            "it": ["È tutto coerente? La richiesta è stata rifiutata, perché?"],
            "en": ["Does it all match? The form was rejected – why might that be?"],
        },
    )


# ---------------------------------------------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------------------------------------------
GENRES = [
    ("curling", g_curling),
    ("pubquiz", g_pubquiz),
    ("bookclub", g_bookclub),
    ("folkdance", g_folkdance),
    ("dietitian", g_dietitian),
    ("housingcoop", g_housingcoop),
    ("marriage", g_marriage),
    ("gliding", g_gliding),
    ("tailor", g_tailor),
    ("kitchen", g_kitchen),
    ("circus", g_circus),
    ("passport", g_passport),
]


def locales() -> list[str]:
    out = []
    for loc, n in QUOTA:
        out += [loc] * n
    seeded(f"{TAG}|locales").shuffle(out)
    return out


def build() -> list[dict]:
    docs = []
    locs = locales()
    counters = collections.Counter()
    for k, loc in enumerate(locs):
        gname, fn = GENRES[k % len(GENRES)]
        i = counters[gname]
        counters[gname] += 1
        rng = seeded(f"{TAG}|{gname}|{i}")
        cx = Ctx(rng, loc, gname, i)
        s = fn(cx)
        if loc == "de_CH":
            s = ch_ss(s)
        text, ents = finish(s)
        docs.append({"id": f"{TAG}-{gname}-{i:03d}", "locale": loc, "lang": LANG[loc], "text": text, "entities": ents})
    return docs


def check(docs: list[dict]) -> None:
    for d in docs:
        t = d["text"]
        prev_end = -1
        prev = None
        for e in d["entities"]:
            assert t[e["start"] : e["end"]] == e["text"], (d["id"], e)
            assert e["text"] == e["text"].strip() and e["text"], (d["id"], e)
            assert e["start"] >= prev_end, (d["id"], e)
            if e["type"] == "IBAN":
                ib = e["text"].replace(" ", "")
                assert _mod97(ib[4:] + ib[:4]) == 1, (d["id"], e)
            if e["type"] == "CARD":
                assert luhn_ok(e["text"]), (d["id"], e)
            if e["type"] == "AHV":
                assert ahv_ok(e["text"]), (d["id"], e)
            if prev is not None and prev["type"] == "PERSON" and e["type"] == "PERSON":
                assert t[prev["end"] : e["start"]] != " ", (d["id"], prev, e)
            prev_end = e["end"]
            prev = e


def stats(docs: list[dict]) -> str:
    c = collections.Counter()
    for d in docs:
        for e in d["entities"]:
            c[(e["type"], d["lang"])] += 1
            c[(e["type"], "all")] += 1
            c[("ALL", d["lang"])] += 1
            c[("ALL", "all")] += 1
    types = sorted({t for t, _ in c if t != "ALL"}, key=lambda t: -c[(t, "all")])
    out = [f"documents {len(docs)}, values {c[('ALL', 'all')]}"]
    for t in types + ["ALL"]:
        out.append(f"{t:8s} " + " ".join(f"{lg}={c[(t, lg)]}" for lg in ("de", "fr", "it", "en", "all")))
    g = collections.Counter()
    gn = collections.Counter()
    for d in docs:
        gname = d["id"].split("-")[1]
        g[gname] += len(d["entities"])
        gn[gname] += 1
    out.append("per genre: " + ", ".join(f"{k} {g[k] / gn[k]:.1f}" for k in gn))
    out.append("date-of-birth shapes: " + ", ".join(f"{k} {v}" for k, v in SHAPES_USED.most_common()))
    return "\n".join(out)


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
IP4_RE = re.compile(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b")
DIGITS_RE = re.compile(r"\b\d(?:[ -]?\d){12,18}\b")


def scan(docs: list[dict]) -> str:
    out = collections.Counter()
    for d in docs:
        t = d["text"]
        cov = [False] * len(t)
        for e in d["entities"]:
            for k in range(e["start"], e["end"]):
                cov[k] = True
        for rx, name in ((EMAIL_RE, "email"), (IP4_RE, "ipv4"), (DIGITS_RE, "digits")):
            for g in rx.finditer(t):
                if not any(cov[g.start() : g.end()]):
                    out[(name, g.group(0) if name != "email" else g.group(0).split("@")[0] + "@")] += 1
        words = set()
        for e in d["entities"]:
            if e["type"] == "PERSON":
                words |= {w for w in re.findall(r"[^\W\d_]{3,}", e["text"])}
        for w in words:
            for g in re.finditer(r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])", t, re.I):
                if not any(cov[g.start() : g.end()]):
                    out[("nameword", w)] += 1
    lines = [f"{k[0]:9s} {k[1]!r}: {n}" for k, n in sorted(out.items(), key=lambda x: (x[0][0], -x[1]))]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--scan", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    docs = build()
    check(docs)
    if args.scan:
        print(scan(docs))
        return
    if args.show:
        step = max(1, len(docs) // args.show)
        for d in docs[::step][: args.show]:
            print("=" * 100)
            print(d["id"], d["locale"])
            print(d["text"])
            print("--", " | ".join(f"{e['type']}:{e['text']}" for e in d["entities"]))
        return
    if args.stats:
        print(stats(docs))
        return
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents, {sum(len(d['entities']) for d in docs)} values to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
