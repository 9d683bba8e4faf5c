"""Twenty-sixth blind evaluation set ("holdout26") for the anonymizer.

Blind set 26, written 2026-12-06 by a helper session that read only the module docstrings of generate_holdout23.py,
generate_holdout24.py and generate_holdout25.py and the module docstring of evaluate.py with the source of its function
evaluate_synthetic and of the helpers it calls (``_covered``, ``Counts``, ``_held_out``; all extracted with ``ast``:
record format, type names, matching rules, the genres of all earlier sets), plus Faker (the venv's Faker 40.54.0: which
person-provider locales exist, their list sizes and attribute names, the first entries of some lists to see their
script) and the standard library.  It did not read the detectors (src/), the tests, the docs, README files, the bodies
of the other generators or templates, any other data set text, or the git history, and ran no git command besides
adding and committing its two files.  Slips, none of them showing detector code, test code or data set text: it
grepped the line-length setting in pyproject.toml once (one line shown), and ran the venv's ruff (check and format,
with the project's configuration) on its own script.  tarnkappe is never imported; the set was never run through the
anonymizer or evaluate.py while it was written.  The written file was checked only by the generator's own assertions
(``text[start:end] == text``, no surrounding white space, sorted and non-overlapping spans, no name split into two
PERSON spans separated by a single space, every IBAN mod 97, every card Luhn, every AHV number EAN-13), by a check that
the output is identical under two PYTHONHASHSEED values, and by reading its own output, including ``--scan``: unlabelled
e-mail addresses (only role mailboxes such as anmeldung@, kurse@, jumelage@, promotionsbuero@, doctorat@, vpm@,
alpgenossen@, membres@, finanzen@), unlabelled IPv4 addresses (only LAN addresses 10.x / 172.16-31.x / 192.168.x of
CPAP modems and PACS servers), unlabelled digit runs of card length (only US livestock ear tags "840 003 ...",
unlabelled on purpose) and unlabelled repeats of the words of labelled names (only the particles "von" and "der" used
as ordinary German words, "Gast" as a column header in a document with a person called Gast, and "Anna" of "Clinica
Sant'Anna" in a document with a person called Anna).  Fixes after reading: gender slips in roles ("contrôleur" /
"ispettore" for women, "sie/er"), wrong-country details (Swiss poison line and hospital in German and Austrian
documents, foreign insurers, hotels, currencies and e-mail domains, Swiss "Samichlaus" in Austria), mixed-language
filler values, unsorted result lists, YAML keys that lost their underscores, and e-mail addresses built from a
nickname that did not belong to the person.
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout26.jsonl: 1,000 documents, 12 genres (84 documents for the first four, 83
for the others), locales drawn as an exact quota and shuffled with the seed ``"holdout26|locales"``: de_DE 300, de_CH
200, de_AT 150, fr_CH 75, fr_FR 75, it_CH 50, it_IT 50, en_GB 50, en_US 50 (de 650, fr 150, it 100, en 100).
13,256 labelled values: PERSON 5,932, ADDRESS 2,036, PHONE 1,966, EMAIL 1,395, DOB 1,098, IP 435, IBAN 291, AHV 68,
CARD 35 (de 8,703, fr 1,971, it 1,312, en 1,270).  Per type and language (de / fr / it / en):
  PERSON 3,911 / 914 / 530 / 577; ADDRESS 1,341 / 280 / 231 / 184; PHONE 1,283 / 281 / 203 / 199;
  EMAIL 916 / 216 / 131 / 132; DOB 731 / 157 / 109 / 101; IP 268 / 59 / 69 / 39; IBAN 183 / 46 / 27 / 35;
  AHV 47 / 12 / 9 / 0; CARD 23 / 6 / 3 / 3.
Document k of the shuffled locale list goes to genre ``k % 12``; the template variant is ``i % 4`` (``i`` the index of
the document within its genre), so locale and variant are not correlated.  Deterministic for a given Faker version
(written with Faker 40.54.0 and Python 3.11.7; the output does not depend on PYTHONHASHSEED - checked with two seeds):
``random.Random`` is seeded with the first 8 bytes of a SHA-256 of ``"holdout26|<genre>|<i>"``; Faker's own generator
is never used - names are drawn by that ``Random`` from the Faker person providers' lists (sorted where they are
dicts).  Streets, towns, postcodes, phone numbers (area codes matching the town where a landline belongs to an
address), e-mail addresses, IBANs (valid ISO 13616 check digits; French ones with a valid RIB key, Italian ones with a
computed CIN; US documents get British IBANs), card numbers (Visa, Mastercard 51-55 and 2221-2720, Amex; Luhn), AHV
numbers (756, EAN-13 check digit, dotted or compact) and IP addresses (public IPv4 from common ISP ranges of the
country, about 18 % IPv6 2003:/2a01:/2a02:/2001:/2600:/2601:/2603:) come from lists and code written here.  Each record
has ``id`` (``holdout26-<genre>-<NNN>``), ``locale``, ``lang``, ``text`` and ``entities`` (``type``, ``start``,
``end``, ``text``).  Texts are built by concatenating plain and labelled pieces, and every labelled piece records its
offset when it is appended; quoted replies and fenced bodies are embedded with their offsets shifted, so lower-case
chat typing, fixed-width and Markdown padding, CSV quoting, JSON / YAML values, DICOM tag dumps and "> " prefixes keep
the labels exact.

Genres (text people paste into an AI assistant, each with a request in the document's language before or after it -
about 7 % in English for non-English documents and some in German for Swiss French / Italian ones -, sometimes fenced in
```, triple quotes, --- or <<< >>>, sometimes typed in lower case), chosen to differ from every genre named in the
docstrings read (holdout3..holdout25; near neighbours: sports results (4), youth sports registrations (10) and tennis
/ rowing clubs (24/25) for orienteering; lab results (4), FHIR payloads (11) and podiatry / speech therapy (25) for
the three clinical genres; choir lists (13), band bookings (20) and podcasts (21) for song splits; coach tours (17),
au pairs (14) and hosting refugees (21) for town twinning; scholarship references and transcripts (13) for doctoral
examinations; wildlife rescue (18) and volunteering services (21) for toad patrols; kids' parties (24) for St Nicholas
visits; CSA (22) and livery yards (17) for alpine summering - the genres here are none of those):
 1. mushroom - official mushroom inspection and fungus groups (Pilzkontrolle, contrôle des champignons, controllo
    funghi, fungi ID tables): inspection registers (CSV/SSV/TSV/Markdown/fixed/JSON lines; Latin species names, weights
    and verdicts unlabelled; "postcode town" cells labelled, towns alone not), a mushroom inspector's reply to an A&E
    doctor quoting the doctor's mail (patient's date of birth and address, spouse's phone; poison-centre numbers such
    as 145 or 089 19240 unlabelled as hotlines), foray chats (meeting street, new number), course sign-ups as forms or
    web-form JSON / YAML (Swiss AHV for the VAPKO course, refund IBAN, client IP);
 2. alpsummer - summering livestock on alpine pastures (Alpung, estivage, alpeggio, fell grazing, summer pasture
    lease): turn-out lists (ear tags such as "CH 120.1234.5678.9", cows' names - Heidi, Bianca, Stella - and the
    animals' birth dates unlabelled; holding numbers unlabelled), the alp master's invoice mail to the co-owners
    (co-op IBAN, herder and vet with phones), herders' chats (lower case, a lame cow, a yard street), herder job
    applications (date of birth, AHV, wage IBAN, references with phones, IP);
 3. dialysis - holiday / guest dialysis: booking requests from the home unit (patient's date of birth and home address,
    the hotel's street labelled as an address, dry weight, access, serology dates, insurer numbers - NHS, EHIC, TEAM,
    Medicare ids - unlabelled, Swiss AHV, nephrologist, home-unit nurse), the holiday unit's confirmation with a
    session table quoting the patient's mail (companion's phone), patient / partner chats, invoices (IBAN, sometimes
    a full card for the deposit, accounts hotline unlabelled);
 4. sleeplab - sleep medicine: GP referrals with a practice letterhead (phone and fax labelled, BSNR / ZSR / RPPS /
    GMC / NPI unlabelled, ICD G47.31, ESS and BMI unlabelled; the partner's first name), CPAP rental contracts (device
    serial unlabelled, SEPA IBAN, emergency contact, Swiss AHV, technical hotline unlabelled), telemonitoring exports
    (portal login IP labelled, modem LAN IP not), night lists with technicians and the on-call doctor;
 5. radiology - MRI / CT imaging: safety questionnaires (surname and first name in separate fields, pacemaker serials,
    weights and eGFR unlabelled, next of kin), a patient's reply quoting the appointment mail (new mobile, portal code
    unlabelled), DICOM header dumps and RIS worklist exports with names as "LAST^FIRST" / "Last^First", dates of birth
    as DICOM "19840312", "street^^postcode town" addresses and phones (accession numbers, UIDs, AE titles and the PACS
    LAN address unlabelled), report letters to the referrer with a copy to the patient's address;
 6. orienteering - orienteering clubs: entry lists with separate surname / first-name columns (birth years, classes
    and SI card numbers unlabelled; ICE phone, e-mail, sometimes the entry IP), training-camp replies quoting a parent's
    mail (children's dates of birth, Swiss AHV for J+S, camp IBAN), course-setters' chats, fixed-width results with
    the planner's and results officer's contacts;
 7. songsplits - songwriter split sheets and music rights: split sheets per writer (IPI numbers, work numbers, shares
    unlabelled; dates of birth, addresses, e-mails), a writer's registration mail to the publisher (old and new street,
    royalty IBAN, tax ids unlabelled), distributor statements (ISRC codes and amounts unlabelled, payout IBAN, login
    IP), band chats in lower case (first names alone, the studio's address);
 8. twinning - town-twinning exchanges: host-family allocations ("Fam. <surname>" / "Famille" / "The" outside the span),
    delegation lists for the partner town (dates of birth, ID / passport numbers unlabelled, the coach firm's hotline
    unlabelled, a mairie's role mailbox), committee chats ("klingeln bei <surname>"), trip sign-ups as JSON or
    "key = value" forms (emergency contact, IBAN or card, IP);
 9. doctoral - doctoral examinations: defence applications (date of birth, place of birth - a town alone -, student
    number unlabelled; "Prof. Dr." outside the span; the external examiner's work mail and phone), the doctoral
    office's scheduling mail with a Cc list and a supervisor's quoted reply, certificate-print data in YAML / JSON /
    CSV, external examiners' expense claims (private address, IBAN, AHV);
10. toastmasters - public-speaking clubs: meeting agendas with roles (Timer, Ah-Counter, Grammarian ... unlabelled; the
    members as "F. Last", "First L.", first names), guests with e-mails, a venue street; member exports (member ids and
    join dates unlabelled, last-login IP), role-swap chats, online membership applications (card or IBAN, IP, mentor);
11. toadpatrol - amphibian road-crossing patrols: rota tables (sections "km 2.1-2.6", counts and dates unlabelled), a
    parent's sign-up mail with the children's dates of birth for the insurance, bucket-patrol chats (a sender shown as
    a number introducing themselves), season reports thanking a landowner (address) with a volunteer insurance list
    (dates of birth with Roman months, AHV, expense IBANs);
12. nikolaus - St Nicholas / Samichlaus / Krampus / Saint-Nicolas / San Nicolò / Santa home visits: booking forms
    ("Fam. <surname>", children with a date of birth or an age, praise notes, sometimes a full or masked card and the
    form IP), route tables (door codes unlabelled, a child's first name as a note), helpers' chats (Schmutzli, Knecht
    Ruprecht, Père Fouettard and Krampus are roles, unlabelled), donation mails quoting the parents' booking.
Values appear in prose, "Label: value" forms (aligned and not, also "key = value"), two-line address blocks, one-line
addresses with ", ", " - " or " · " between street and town, letterheads and signatures (block, one line with "|",
"-- " separator), Markdown, fixed-width, comma-, semicolon-, tab- and pipe-separated tables, JSON (one line per record,
arrays, a single object), YAML, DICOM tag dumps, mail headers with Cc lists and quoted replies, chats with seven layouts
(WhatsApp iOS / Android, Telegram export, Teams-like, plain, IRC-like "[12:04] <name>", "name (12:04):"; senders shown
as full names, first names, nicknames or phone numbers), lower-case typing, in each country's conventions (German
"str.", "D-", "12 a"; Austrian "/Top", "12/3/7", "A-", "Jänner"; Swiss "strasse", "CH-", no "ß"; French "bis"/"ter",
"12, rue", upper-case towns, Swiss-French "Rue de Bourg 45"; Italian "n.", "/B", "int.", provinces with and without
parentheses; British flats and "Town POSTCODE" lines; US "Apt", "#", "Unit", ZIP+4).  Phone numbers national and
international with "(0)", "00", slashes, dots, hyphens, parentheses, compact E.164 and DIN-style extensions.
Dates of birth in 34 shapes (a document keeps one shape for about three quarters of its dates of birth): "12.03.1984",
"2.3.1984", "12.03.84", "2.3.84", "12. 03. 1984", ISO, "19840312", "12/03/1984", "12/03/84", "12-03-1984", "12 03
1984", Roman "12.III.1984", German "12. März 1984" (Austrian "Jänner", "Feber"), "12. Mrz. 1984", "12.März 1984", "12
März 1984", French "12 mars 1984", "12 MARS 1984", "12 févr. 1984", Italian "12 marzo 1984",
"12 mar 1984", English "12 March 1984", "12th March 1984", "12th of March 1984", "12 Mar 1984", "12-MAR-1984", "Mar
12, 1984", "March 12, 1984", "March 12th, 1984", US "03/12/1984", "3/12/1984", "3/12/84", "3-12-1984", "Mar. 12,
1984"; after a cue word or a date-of-birth label (geb., *, né(e) le, nato/a il, n., born, DOB) or without one (table
columns, JSON / YAML fields, DICOM DA values, "name, date" list lines and parentheses).
Names drawn from the Faker person lists of the region (de_DE, de_AT with de_DE, de_CH, fr_CH with fr_FR, fr_FR, it_IT
- for Ticino with a list of Ticinese surnames written here -, en_GB, en_US), community names from the Faker lists of
tr_TR, hr_HR, pt_PT, pt_BR, es_ES, es_MX, ro_RO, nl_NL, nl_BE, fr_BE, en_IN, hu_HU, sv_SE, fi_FI, da_DK, no_NO, et_EE,
sl_SI, en_IE, cs_CZ / sk_SK / lv_LV (gendered surnames) and lists written here (Polish with gendered surnames,
Albanian, Eritrean, Syrian / Afghan, Tamil, Ukrainian, Georgian, Filipino, Kurdish, Vietnamese, Chinese); about 55 %
region, 23 % community, 22 % special: a surname that is an ordinary word (Sonntag, Pfeffer, Kranich, Storch, Gast,
Laub, Petit, Printemps, Chapeau, Leone, Volpe, Campana, Hope, Frost, Pepper ...; sometimes the first name too: Ernst,
Wolf, Linde, Heide, Fleur, Blanche, Serena, Fortunato, June, Hazel), a surname with a particle (von Wattenwyl, auf der
Maur, am Rhyn, zu Dohna, de Meuron, d'Épinay, Le Goff, Dell'Acqua, Lo Bianco, Le Mesurier, MacLeod), an invented
syllable-built surname checked against all Faker surname lists used ("Wildegghänsli", "Mettlhänsli", "Feuvaz",
"Jaqueillod", "Corvasio", "Penthwaite") with sometimes a rare first name (Quirin, Irmtraud, Sixtus, Ombeline, Clovis,
Zelinda, Settimio, Digby, Hester), or a double surname (hyphenated; Italian and English also with a space).
Relatives share the surname (gendered forms where the community uses them).  Written as "First Last", "Last, First",
"LAST First", "LAST, First", "Last First", "F. Last" (also "K.-H. Last"), "First L.", "FIRST LAST", DICOM "LAST^FIRST"
and "Last^First", separate surname and first-name fields, first names, nicknames (Flo, Küde, Vreni, Fanfan, Checco,
Pinuccia, Alfie, Bex ...) or surnames alone (chat senders, salutations, mentions, "Fam. <surname>", "klingeln bei",
"sonnez chez", "Dr. <surname>"), in lower case in chats.
Unlabelled distractors: register, course, holding, work, member, accession, patient, customer, invoice, student and
form numbers, livestock ear tags and animals' birth dates, cows' names, SI card numbers and birth years, IPI numbers,
ISRC codes, tax ids, insurer numbers (AOK, CSS, ÖGK, NHS, EHIC / TEAM, Medicare), ID-card and passport numbers, BSNR /
ZSR / RPPS / GMC / NPI numbers, ICD codes, device and pacemaker serials, DICOM UIDs and AE titles, portal codes, door
codes, ESS / BMI / eGFR / AHI values, species names, weights, counts, shares, times and amounts, masked cards, plain
dates and times (inspections, turn-out and gather days, sessions, defences, meetings, patrols, visits, chat time
stamps), towns alone, role mailboxes, hotlines and poison-centre numbers, LAN IP addresses, and companies, clubs,
alps, hospitals, clinics, universities, publishers, hotels and venues (also when named after a saint: "Clinica
Sant'Anna", "Schlaflabor St. Anna").

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP; those of holdout23/24/25, carried
over):
* PERSON: the name of a natural person as written, in any order, with initials, particles and double surnames inside
  the span (DICOM "LAST^FIRST" is one span); titles and salutations (Herr, Frau, Dr., Dr. med., Prof. Dr., M., Mme,
  Madame, Monsieur, Sig., Sig.ra, dott., Mr, Ms, Mrs, Dr, "Fam.", "Famille", "Famiglia", "The") outside; a first name,
  a nickname or a surname alone is a PERSON; companies, clubs, alps, clinics, hotels, animals and roles (Schmutzli,
  Krampus, Timer ...) are not labelled.
* EMAIL: every personal e-mail address, private or a person's work address at an organisation's domain; role
  mailboxes are not labelled.
* PHONE: every phone number of a person or of a practice, unit, club or firm (letterheads, signatures, fax lines); a
  chat sender shown as a number is PHONE; hotlines, poison-centre and accounts lines are not labelled.
* ADDRESS: "street, postcode town" on one line is two spans (street; postcode + town), as is a two-line block or a
  DICOM "street^^postcode town" value; a street with its number alone is ADDRESS (tables, chats, JSON, YAML) and so
  is a combined "postcode town" field; towns alone are not labelled; business addresses (hotels, units, venues,
  studios, practices) are labelled.
* DOB: a full date of birth (day, month, year) of an adult or a child, cue words outside; animals' birth dates, birth
  years alone, ages and other dates are not.
* IBAN: every IBAN, compact or grouped (also a club's, a co-op's or a unit's).  CARD: full Luhn-valid card numbers;
  masked numbers are not.
* AHV: Swiss social security numbers (756, dotted or compact).  IP: the public IPv4 / IPv6 address of a person's
  device or connection (web forms, portal logins, entries, exports); LAN addresses are not labelled.

Usage (repo root): python bench/privacy/generate_holdout26.py [--out PATH] [--scan] [--show N] [--stats]
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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent
OUT = ROOT / "data" / "synthetic_holdout26.jsonl"
TAG = "holdout26"

LOCALE_QUOTA = [
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

# ----------------------------------------------------------------------------------------------------------------
# Document builder: every labelled piece records its offsets when it is appended.
# ----------------------------------------------------------------------------------------------------------------


class Doc:
    def __init__(self, rng: random.Random, loc: str):
        self.rng = rng
        self.loc = loc
        self.lang = loc[:2]
        self.country = COUNTRY[loc]
        self.parts: list[str] = []
        self.n = 0
        self.ents: list[dict] = []
        self.lower = False

    def _plain(self, s: str) -> str:
        if self.loc == "de_CH":
            s = s.replace("ß", "ss")
        return s.lower() if self.lower else s

    def add(self, *items) -> Doc:
        for it in items:
            if it is None:
                continue
            if isinstance(it, list):
                self.add(*it)
                continue
            if isinstance(it, tuple):
                typ, val = it
                if self.lower:
                    val = val.lower()
                assert val == val.strip() and val, (typ, val)
                self.ents.append({"type": typ, "start": self.n, "end": self.n + len(val), "text": val})
                self.parts.append(val)
                self.n += len(val)
            else:
                s = self._plain(str(it))
                self.parts.append(s)
                self.n += len(s)
        return self

    def text(self) -> str:
        return "".join(self.parts)

    def sub(self) -> Doc:
        d = Doc(self.rng, self.loc)
        return d

    def embed(self, sub: Doc, prefix: str = "") -> Doc:
        """Append a sub-document, each line prefixed (quoted replies, indented blocks)."""
        text = sub.text()
        base = self.n
        out = []
        shift = []  # shift[i] = offset added to char i of sub text
        added = 0
        at_line_start = True
        for ch in text:
            if at_line_start:
                out.append(prefix)
                added += len(prefix)
                at_line_start = False
            shift.append(added)
            out.append(ch)
            if ch == "\n":
                at_line_start = True
        s = "".join(out)
        for e in sub.ents:
            st = base + e["start"] + shift[e["start"]]
            en = base + e["end"] - 1 + shift[e["end"] - 1] + 1
            self.ents.append({"type": e["type"], "start": st, "end": en, "text": e["text"]})
        self.parts.append(s)
        self.n += len(s)
        return self


def P(x: str) -> tuple:
    return ("PERSON", x)


# ----------------------------------------------------------------------------------------------------------------
# Names: drawn with the document's Random from the Faker person providers' lists and from lists written here.
# ----------------------------------------------------------------------------------------------------------------

_PROV: dict[str, object] = {}


def prov(loc: str):
    if loc not in _PROV:
        _PROV[loc] = importlib.import_module(f"faker.providers.person.{loc}").Provider
    return _PROV[loc]


def _lst(x) -> list[str]:
    return sorted(x) if isinstance(x, (dict, set)) else list(x)


_CACHE: dict[tuple, list[str]] = {}


def names_of(loc: str, what: str) -> list[str]:
    key = (loc, what)
    if key not in _CACHE:
        p = prov(loc)
        vals = _lst(getattr(p, what))
        vals = [v for v in vals if re.fullmatch(r"[A-Za-zÀ-ÖØ-öø-žŠšŽžßÇçĞğİıŞşĀ-ſ' -]+", v) and len(v) > 1]
        _CACHE[key] = vals
    return _CACHE[key]


COMMUNITY_FAKER = [
    "tr_TR",
    "hr_HR",
    "pt_PT",
    "pt_BR",
    "es_ES",
    "es_MX",
    "ro_RO",
    "nl_NL",
    "nl_BE",
    "fr_BE",
    "en_IN",
    "hu_HU",
    "sv_SE",
    "fi_FI",
    "da_DK",
    "no_NO",
    "cs_CZ",
    "sk_SK",
    "lv_LV",
    "et_EE",
    "sl_SI",
    "en_IE",
]
GENDERED_SURNAMES = {"cs_CZ", "sk_SK", "lv_LV"}

COMMUNITY_LISTS = {
    "albanian": (
        ["Arben", "Besnik", "Driton", "Flamur", "Gëzim", "Ilir", "Luan", "Valon", "Agim", "Shkëlzen"],
        ["Arta", "Blerta", "Drita", "Fjolla", "Liridona", "Mimoza", "Teuta", "Vjosa", "Albulena", "Edona"],
        [
            "Berisha",
            "Krasniqi",
            "Gashi",
            "Hoxha",
            "Shala",
            "Morina",
            "Kelmendi",
            "Rexhepi",
            "Bajrami",
            "Haliti",
            "Ymeri",
            "Zeqiri",
        ],
    ),
    "eritrean": (
        ["Tesfay", "Yonas", "Filmon", "Semere", "Dawit", "Mehari", "Robel", "Aron"],
        ["Senait", "Saba", "Luwam", "Tsega", "Selam", "Hiwet", "Feven", "Yordanos"],
        [
            "Tesfamariam",
            "Ghebremedhin",
            "Haile",
            "Kidane",
            "Woldemichael",
            "Berhane",
            "Tekle",
            "Mebrahtu",
            "Habtom",
            "Asmerom",
        ],
    ),
    "levant": (
        ["Ahmad", "Mohammad", "Omar", "Khaled", "Bashir", "Hamid", "Farid", "Yusuf", "Samir", "Wahid"],
        ["Fatima", "Amina", "Rania", "Nour", "Layla", "Zahra", "Mariam", "Shabnam", "Farida", "Hiba"],
        [
            "Al-Hassan",
            "Haddad",
            "Khalil",
            "Nasser",
            "Rahimi",
            "Ahmadzai",
            "Sultani",
            "Barakzai",
            "Hosseini",
            "Al-Khatib",
            "Mansour",
            "Darwish",
        ],
    ),
    "tamil": (
        ["Sivakumar", "Tharshan", "Kajan", "Suthan", "Ramesh", "Niroshan", "Thanushan"],
        ["Thulasi", "Nirosha", "Vithya", "Kavitha", "Sharmila", "Keerthana"],
        [
            "Sivarajah",
            "Thillainathan",
            "Kanagaratnam",
            "Ponnampalam",
            "Yogarajah",
            "Selvarajah",
            "Nadarajah",
            "Balasubramaniam",
        ],
    ),
    "ukrainian": (
        ["Oleksandr", "Taras", "Mykola", "Andrii", "Dmytro", "Bohdan", "Serhii", "Yurii"],
        ["Oksana", "Iryna", "Olena", "Nataliia", "Yuliia", "Kateryna", "Sofiia", "Halyna"],
        [
            "Shevchenko",
            "Kovalenko",
            "Bondarenko",
            "Tkachenko",
            "Kravchuk",
            "Melnyk",
            "Oliinyk",
            "Savchuk",
            "Lysenko",
            "Hnatiuk",
        ],
    ),
    "georgian": (
        ["Giorgi", "Levan", "Davit", "Irakli", "Nika", "Zurab"],
        ["Nino", "Tamar", "Ketevan", "Salome", "Eka", "Natia"],
        ["Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Lomidze", "Tsiklauri", "Janelidze", "Chkheidze"],
    ),
    "filipino": (
        ["Jomar", "Rodel", "Ariel", "Ronaldo", "Jerome"],
        ["Maricel", "Rowena", "Jocelyn", "Marites", "Lorna", "Aileen"],
        ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Macapagal", "Dimaculangan", "Panganiban"],
    ),
    "kurdish": (
        ["Rojhat", "Baran", "Serhat", "Azad", "Şiyar", "Welat"],
        ["Berivan", "Rojda", "Zozan", "Hêvî", "Nazdar", "Jiyan"],
        ["Barzani", "Amedi", "Zebari", "Bakir", "Ronahî", "Kobani", "Dersimi"],
    ),
    "vietnamese": (
        ["Minh", "Tuan", "Hung", "Quang", "Duc Anh"],
        ["Thi Hoa", "Ngoc Anh", "Thu Trang", "Linh", "Phuong"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui"],
    ),
    "chinese": (
        ["Wei", "Jun", "Hao", "Lei", "Zhiyuan"],
        ["Xiaoling", "Jing", "Ying", "Yuqi", "Lina"],
        ["Wang", "Zhang", "Liu", "Chen", "Zhou", "Xu", "Huang"],
    ),
}
POLISH = (
    ["Krzysztof", "Tomasz", "Paweł", "Grzegorz", "Łukasz", "Marek", "Wojciech", "Jarosław"],
    ["Agnieszka", "Katarzyna", "Małgorzata", "Magdalena", "Joanna", "Ewa", "Beata", "Dorota"],
    [
        ("Kowalski", "Kowalska"),
        ("Wiśniewski", "Wiśniewska"),
        ("Nowak", "Nowak"),
        ("Wójcik", "Wójcik"),
        ("Lewandowski", "Lewandowska"),
        ("Zieliński", "Zielińska"),
        ("Szymański", "Szymańska"),
        ("Dąbrowski", "Dąbrowska"),
        ("Kamiński", "Kamińska"),
        ("Grabowski", "Grabowska"),
    ],
)

TICINO = [
    "Pedrazzini",
    "Bernasconi",
    "Cattaneo",
    "Lepori",
    "Guscetti",
    "Respini",
    "Gianella",
    "Mombelli",
    "Bolla",
    "Cavadini",
    "Lurati",
    "Rusconi",
    "Pellandini",
    "Bottani",
    "Ghirlanda",
    "Cereghetti",
    "Gianinazzi",
    "Vassalli",
    "Sciolli",
    "Induni",
    "Quadri",
    "Soldati",
    "Beffa",
    "Giudicetti",
]

WORD_SURNAMES = {
    "de": [
        "Sonntag",
        "Freitag",
        "Fröhlich",
        "Ehrlich",
        "Gast",
        "Bock",
        "Holz",
        "Sauer",
        "Süß",
        "Wahl",
        "Kurz",
        "Lustig",
        "Pfeffer",
        "Salz",
        "Zucker",
        "Kohl",
        "Kranich",
        "Storch",
        "Taube",
        "Spatz",
        "Amsel",
        "Eule",
        "Busch",
        "Dorn",
        "Fuchs",
        "Vogel",
        "Winter",
        "Sommer",
        "Engel",
        "Adler",
        "Specht",
        "Hase",
        "Morgen",
        "Mond",
        "Frei",
        "Stern",
        "Brot",
        "Laub",
        "Kalb",
        "Rind",
        "Wiese",
    ],
    "fr": [
        "Petit",
        "Bonheur",
        "Moulin",
        "Boulanger",
        "Chevalier",
        "Loup",
        "Lapierre",
        "Lenoir",
        "Printemps",
        "Lamour",
        "Poisson",
        "Mouton",
        "Lachance",
        "Fontaine",
        "Jardin",
        "Marchand",
        "Noël",
        "Laforêt",
        "Rivière",
        "Pain",
        "Bonjour",
        "Lévêque",
        "Chapeau",
        "Château",
    ],
    "it": [
        "Leone",
        "Sole",
        "Gallo",
        "Lupo",
        "Fiore",
        "Porta",
        "Bosco",
        "Orso",
        "Pace",
        "Speranza",
        "Felice",
        "Sereno",
        "Fortuna",
        "Serra",
        "Rana",
        "Volpe",
        "Corvo",
        "Mare",
        "Ponte",
        "Campana",
        "Sale",
        "Pane",
    ],
    "en": [
        "Hope",
        "Stone",
        "Baker",
        "Bird",
        "Wood",
        "Fox",
        "Young",
        "King",
        "Cook",
        "Rich",
        "Sharp",
        "Moody",
        "Hunter",
        "Church",
        "Bell",
        "Field",
        "Frost",
        "Snow",
        "Swift",
        "Little",
        "Street",
        "Wise",
        "Day",
        "Bliss",
        "Lamb",
        "Crane",
        "Marsh",
        "Brook",
        "Hill",
        "Pepper",
        "Salt",
        "Mills",
    ],
}
WORD_FIRSTS = {
    "de": (["Ernst", "Frank", "Wolf", "Fritz", "Konstantin"], ["Rosa", "Linde", "Heide", "Iris", "Erika", "Viola"]),
    "fr": (["Constant", "Aimé", "Désiré", "Prosper", "Clément"], ["Fleur", "Rose", "Blanche", "Céleste", "Victoire"]),
    "it": (["Fortunato", "Benvenuto", "Felice", "Primo", "Sereno"], ["Serena", "Rosa", "Bianca", "Celeste", "Stella"]),
    "en": (["Art", "Frank", "Will", "Sunny", "Earnest"], ["Grace", "June", "Hope", "Joy", "Ivy", "Hazel", "Faith"]),
}
RARE_FIRSTS = {
    "de": (
        ["Quirin", "Tjark", "Ansgar", "Ruven", "Thorben", "Wendelin", "Sixtus", "Jost", "Eike", "Gerwin"],
        ["Fenja", "Ortrun", "Gesine", "Almut", "Jorinde", "Hedda", "Linnea", "Irmtraud", "Hiltrud", "Swantje"],
    ),
    "fr": (
        ["Gaspard", "Séverin", "Aurèle", "Clovis", "Anatole", "Évariste"],
        ["Ysaline", "Apolline", "Anaëlle", "Perrine", "Honorine", "Bérénice", "Ombeline"],
    ),
    "it": (
        ["Oreste", "Lapo", "Eusebio", "Settimio", "Ermes", "Gualtiero"],
        ["Ottavia", "Ginevra", "Tecla", "Ausilia", "Zelinda", "Fulvia"],
    ),
    "en": (
        ["Jago", "Peregrine", "Ezra", "Barnaby", "Digby", "Crispin"],
        ["Wren", "Tamsin", "Ottoline", "Clemency", "Elowen", "Imogen", "Hester"],
    ),
}
PARTICLES = {
    "de": [
        "von Allmen",
        "von der Heide",
        "von Arx",
        "von Gunten",
        "vom Bruch",
        "zur Linden",
        "auf der Maur",
        "am Rhyn",
        "van der Meulen",
        "von Wattenwyl",
        "zu Dohna",
        "von Siebenthal",
    ],
    "fr": [
        "de Montmollin",
        "de Weck",
        "Du Pasquier",
        "de la Fontaine",
        "Le Coultre",
        "de Rham",
        "de Coulon",
        "de Pury",
        "du Bois",
        "de Meuron",
        "Le Goff",
        "d'Épinay",
    ],
    "it": [
        "Dal Molin",
        "Lo Presti",
        "De Luca",
        "Di Stefano",
        "La Rosa",
        "Della Valle",
        "Dalla Torre",
        "De Angelis",
        "Del Ponte",
        "D'Amico",
        "Lo Bianco",
        "Dell'Acqua",
    ],
    "en": [
        "O'Connor",
        "D'Souza",
        "McAllister",
        "Van Dyke",
        "de Souza",
        "O'Brien",
        "MacLeod",
        "Le Mesurier",
        "De Vere",
        "Fitz-Simons",
    ],
}
SYLL = {
    "de": (
        [
            "Grub",
            "Moos",
            "Eck",
            "Hinter",
            "Ober",
            "Kalt",
            "Bren",
            "Hoh",
            "Tann",
            "Ried",
            "Brunn",
            "Hag",
            "Fels",
            "Zwick",
            "Ratz",
            "Gschwend",
            "Wildegg",
            "Lauter",
            "Stud",
            "Mettl",
            "Rüti",
            "Schwand",
        ],
        [
            "wieser",
            "reiter",
            "egger",
            "hänsli",
            "bacher",
            "mosser",
            "lechner",
            "walder",
            "thaler",
            "matter",
            "büchel",
            "stätter",
            "leitner",
            "gruber",
            "hofer",
            "brunner",
            "rieder",
            "mooser",
            "zopf",
            "wyler",
        ],
    ),
    "fr": (
        ["Chau", "Bro", "Pel", "Vuil", "Jaque", "Roul", "Feu", "Ver", "Tis", "Cre", "Gou", "Mor", "Baud", "Pit"],
        ["vaz", "loz", "erat", "ellaz", "oud", "inet", "asson", "oz", "iaz", "eret", "illod", "ouvaz", "ardin"],
    ),
    "it": (
        ["Cor", "Bel", "Val", "Mor", "Pes", "Bran", "Tor", "Zan", "Sca", "Gual", "Bru", "Pog", "Sbar"],
        ["vasio", "ellini", "azzi", "ignani", "usco", "anda", "urzo", "essi", "aghetti", "oncini", "ivolta"],
    ),
    "en": (
        ["Kel", "Thorn", "Ash", "Brad", "Whit", "Hal", "Pen", "Stan", "Wick", "Hol", "Crom", "Fen", "Brack"],
        ["thwaite", "ridge", "worth", "combe", "hurst", "croft", "stead", "bury", "shaw", "ingham", "wold"],
    ),
}
NICKS = {
    "de": (
        ["Flo", "Basti", "Toni", "Sepp", "Hansi", "Mäx", "Chrigi", "Ueli", "Küde", "Jogi", "Benni", "Kalle"],
        ["Steffi", "Resi", "Vreni", "Fränzi", "Susi", "Gabi", "Moni", "Babsi", "Conny", "Leni"],
    ),
    "fr": (["Manu", "Seb", "Fanfan", "Domi", "Titi", "Jojo", "Nico"], ["Cathy", "Babette", "Lolo", "Mimi", "Val"]),
    "it": (["Peppe", "Gigi", "Tonio", "Checco", "Ale", "Totò"], ["Lalla", "Betta", "Franci", "Vale", "Pinuccia"]),
    "en": (["Bob", "Jim", "Ted", "Rob", "Kit", "Nat", "Alfie"], ["Liz", "Sue", "Meg", "Bex", "Jess", "Kat"]),
}

_ALL_FAKER_SURNAMES: set[str] | None = None


def all_faker_surnames() -> set[str]:
    global _ALL_FAKER_SURNAMES
    if _ALL_FAKER_SURNAMES is None:
        s: set[str] = set()
        for loc in ["de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH", "it_IT", "en_GB", "en_US", *COMMUNITY_FAKER]:
            p = prov(loc)
            for a in ("last_names", "last_names_male", "last_names_female"):
                if hasattr(p, a):
                    s.update(_lst(getattr(p, a)))
        _ALL_FAKER_SURNAMES = s
    return _ALL_FAKER_SURNAMES


@dataclass
class Person:
    first: str
    last: str
    g: str  # "m" / "f"
    lang: str
    nick: str = ""
    loc: str = ""
    fem_last: str = ""  # gendered partner form (Polish, Czech ...)
    home: str = "de_DE"  # the document's locale

    def relative(self, rng: random.Random, g: str, first: str | None = None) -> Person:
        """A relative sharing the surname (gendered form where the community uses one)."""
        if first is None:
            if self.loc in COMMUNITY_FAKER or self.loc.startswith("list:"):
                first = community_first(rng, self.loc, g)
            else:
                first = region_person(rng, self.home, g).first
        last = self.last
        if self.fem_last:
            m, fe = self.fem_last.split("|")
            last = fe if g == "f" else m
        q = Person(first, last, g, self.lang, loc=self.loc, fem_last=self.fem_last, home=self.home)
        q.nick = rng.choice(NICKS[self.lang][0 if g == "m" else 1])
        return q


def region_loc(loc: str, rng: random.Random) -> str:
    if loc == "de_AT":
        return rng.choice(["de_AT", "de_AT", "de_DE"])
    if loc == "fr_CH":
        return rng.choice(["fr_CH", "fr_FR"])
    if loc == "it_CH":
        return "it_IT"
    return loc


def region_person(rng: random.Random, loc: str, g: str, lang: str | None = None) -> Person:
    lang = lang or loc[:2]
    fl = region_loc(loc, rng)
    first = rng.choice(names_of(fl, "first_names_male" if g == "m" else "first_names_female"))
    if loc == "it_CH" and rng.random() < 0.55:
        last = rng.choice(TICINO)
    else:
        last = rng.choice(names_of(region_loc(loc, rng), "last_names"))
    return Person(first, last, g, lang, loc=loc)


def community_first(rng: random.Random, cl: str, g: str) -> str:
    if cl.startswith("list:"):
        key = cl[5:]
        if key == "polish":
            return rng.choice(POLISH[0 if g == "m" else 1])
        return rng.choice(COMMUNITY_LISTS[key][0 if g == "m" else 1])
    return rng.choice(names_of(cl, "first_names_male" if g == "m" else "first_names_female"))


def community_person(rng: random.Random, lang: str, g: str) -> Person:
    if rng.random() < 0.58:
        cl = rng.choice(COMMUNITY_FAKER)
        first = community_first(rng, cl, g)
        fem = ""
        if cl in GENDERED_SURNAMES:
            i = rng.randrange(min(len(names_of(cl, "last_names_male")), len(names_of(cl, "last_names_female"))))
            m, f = names_of(cl, "last_names_male")[i], names_of(cl, "last_names_female")[i]
            fem = f"{m}|{f}"
            last = f if g == "f" else m
        else:
            last = rng.choice(names_of(cl, "last_names"))
        p = Person(first, last, g, lang, loc=cl, fem_last=fem)
    else:
        key = rng.choice([*COMMUNITY_LISTS, "polish", "polish"])
        cl = "list:" + key
        if key == "polish":
            m, f = rng.choice(POLISH[2])
            p = Person(
                rng.choice(POLISH[0 if g == "m" else 1]), f if g == "f" else m, g, lang, loc=cl, fem_last=f"{m}|{f}"
            )
        else:
            fm, ff, ln = COMMUNITY_LISTS[key]
            p = Person(rng.choice(fm if g == "m" else ff), rng.choice(ln), g, lang, loc=cl)
    return p


def invented_surname(rng: random.Random, lang: str) -> str:
    pre, suf = SYLL[lang]
    known = all_faker_surnames()
    for _ in range(50):
        s = rng.choice(pre) + rng.choice(suf)
        s = s[0] + s[1:].lower()
        if s not in known:
            return s
    return s


def person(rng: random.Random, loc: str, g: str | None = None) -> Person:
    lang = loc[:2]
    g = g or rng.choice("mf")
    r = rng.random()
    if r < 0.55:
        p = region_person(rng, loc, g)
    elif r < 0.78:
        p = community_person(rng, lang, g)
    else:
        p = region_person(rng, loc, g)
        k = rng.random()
        if k < 0.3:
            p.last = rng.choice(WORD_SURNAMES[lang])
            if rng.random() < 0.3:
                p.first = rng.choice(WORD_FIRSTS[lang][0 if g == "m" else 1])
        elif k < 0.55:
            p.last = rng.choice(PARTICLES[lang])
        elif k < 0.8:
            p.last = invented_surname(rng, lang)
            if rng.random() < 0.4:
                p.first = rng.choice(RARE_FIRSTS[lang][0 if g == "m" else 1])
        else:
            other = region_person(rng, loc, g).last
            if other != p.last:
                sep = " " if lang in ("it", "en") and rng.random() < 0.4 else "-"
                p.last = f"{p.last}{sep}{other}"
    p.nick = rng.choice(NICKS[lang][0 if g == "m" else 1])
    p.home = loc
    return p


def initials(first: str) -> str:
    parts = re.split(r"([- ])", first)
    out = ""
    for x in parts:
        if x in ("-", " "):
            out += "-" if x == "-" else " "
        elif x:
            out += x[0] + "."
    return out


def nm(p: Person, style: str) -> str:
    f, la = p.first, p.last
    return {
        "fl": f"{f} {la}",
        "lf": f"{la}, {f}",
        "LF": f"{la.upper()} {f}",
        "L,F": f"{la.upper()}, {f}",
        "l_f": f"{la} {f}",
        "iL": f"{initials(f)} {la}",
        "fI": f"{f} {la[0]}.",
        "FL": f"{f} {la}".upper(),
        "f": f,
        "l": la,
        "nick": p.nick or f,
        "dicom": f"{la.upper()}^{f.upper()}",
        "dicom2": f"{la}^{f}",
    }[style]


def title(doc: Doc, p: Person, formal: bool = False) -> str:
    lang = doc.lang
    r = doc.rng.random()
    if lang == "de":
        return "Herr " if p.g == "m" else "Frau "
    if lang == "fr":
        if formal or r < 0.5:
            return "Monsieur " if p.g == "m" else "Madame "
        return "M. " if p.g == "m" else "Mme "
    if lang == "it":
        return ("Sig. " if p.g == "m" else "Sig.ra ") if r < 0.7 else ("Gent.mo " if p.g == "m" else "Gent.ma ")
    return ("Mr " if p.g == "m" else doc.rng.choice(["Ms ", "Mrs "])) if r < 0.6 else ("Mr. " if p.g == "m" else "Ms. ")


def dear(doc: Doc, p: Person, familiar: bool = False) -> list:
    """A salutation line with the name labelled."""
    lang, rng = doc.lang, doc.rng
    if familiar:
        w = {
            "de": rng.choice(["Hallo ", "Liebe ", "Hoi ", "Servus "])
            if p.g == "f"
            else rng.choice(["Hallo ", "Lieber ", "Hoi ", "Servus "]),
            "fr": rng.choice(["Salut ", "Coucou ", "Bonjour "]),
            "it": rng.choice(["Ciao ", "Car" + ("a " if p.g == "f" else "o "), "Salve "]),
            "en": rng.choice(["Hi ", "Hello ", "Dear "]),
        }[lang]
        if doc.loc == "de_CH" and w in ("Servus ",):
            w = "Hoi "
        if doc.loc == "de_AT" and w == "Hoi ":
            w = "Servus "
        return [w, P(rng.choice([p.first, p.first, p.nick or p.first])), ",\n\n"]
    if lang == "de":
        return ["Sehr geehrte" + (" Frau " if p.g == "f" else "r Herr "), P(p.last), "\n\n"]
    if lang == "fr":
        return (
            [("Chère Madame " if p.g == "f" else "Cher Monsieur "), P(p.last), ",\n\n"]
            if rng.random() < 0.5
            else [("Madame," if p.g == "f" else "Monsieur,"), "\n\n"]
        )
    if lang == "it":
        return [("Gentile Signora " if p.g == "f" else "Gentile Signor "), P(p.last), ",\n\n"]
    return [("Dear Ms " if p.g == "f" else "Dear Mr "), P(p.last), ",\n\n"]


# ----------------------------------------------------------------------------------------------------------------
# Places, phones, e-mail, bank and card numbers, IPs (lists and code written here)
# ----------------------------------------------------------------------------------------------------------------

TOWNS = {
    "DE": [
        ("10115", "Berlin", "030"),
        ("10437", "Berlin", "030"),
        ("80331", "München", "089"),
        ("81371", "München", "089"),
        ("50667", "Köln", "0221"),
        ("20095", "Hamburg", "040"),
        ("22767", "Hamburg", "040"),
        ("70173", "Stuttgart", "0711"),
        ("04109", "Leipzig", "0341"),
        ("90402", "Nürnberg", "0911"),
        ("28195", "Bremen", "0421"),
        ("01067", "Dresden", "0351"),
        ("30159", "Hannover", "0511"),
        ("48143", "Münster", "0251"),
        ("79098", "Freiburg im Breisgau", "0761"),
        ("93047", "Regensburg", "0941"),
        ("34117", "Kassel", "0561"),
        ("24103", "Kiel", "0431"),
        ("99084", "Erfurt", "0361"),
        ("66111", "Saarbrücken", "0681"),
        ("87435", "Kempten (Allgäu)", "0831"),
        ("83022", "Rosenheim", "08031"),
        ("18055", "Rostock", "0381"),
        ("55116", "Mainz", "06131"),
        ("69117", "Heidelberg", "06221"),
        ("37073", "Göttingen", "0551"),
        ("72070", "Tübingen", "07071"),
        ("94032", "Passau", "0851"),
        ("26122", "Oldenburg", "0441"),
        ("82467", "Garmisch-Partenkirchen", "08821"),
        ("78462", "Konstanz", "07531"),
        ("97070", "Würzburg", "0931"),
        ("33602", "Bielefeld", "0521"),
        ("87561", "Oberstdorf", "08322"),
        ("83471", "Berchtesgaden", "08652"),
        ("35037", "Marburg", "06421"),
    ],
    "AT": [
        ("1010", "Wien", "01"),
        ("1050", "Wien", "01"),
        ("1160", "Wien", "01"),
        ("1220", "Wien", "01"),
        ("8010", "Graz", "0316"),
        ("4020", "Linz", "0732"),
        ("5020", "Salzburg", "0662"),
        ("6020", "Innsbruck", "0512"),
        ("9020", "Klagenfurt am Wörthersee", "0463"),
        ("3100", "St. Pölten", "02742"),
        ("6900", "Bregenz", "05574"),
        ("7000", "Eisenstadt", "02682"),
        ("9500", "Villach", "04242"),
        ("4600", "Wels", "07242"),
        ("6370", "Kitzbühel", "05356"),
        ("8700", "Leoben", "03842"),
        ("5700", "Zell am See", "06542"),
        ("6100", "Seefeld in Tirol", "05212"),
        ("3500", "Krems an der Donau", "02732"),
        ("6850", "Dornbirn", "05572"),
        ("9900", "Lienz", "04852"),
        ("5350", "Strobl", "06137"),
    ],
    "CHde": [
        ("8001", "Zürich", "044"),
        ("8046", "Zürich", "044"),
        ("3011", "Bern", "031"),
        ("4051", "Basel", "061"),
        ("6003", "Luzern", "041"),
        ("9000", "St. Gallen", "071"),
        ("8400", "Winterthur", "052"),
        ("5000", "Aarau", "062"),
        ("7000", "Chur", "081"),
        ("3600", "Thun", "033"),
        ("6300", "Zug", "041"),
        ("8200", "Schaffhausen", "052"),
        ("3800", "Interlaken", "033"),
        ("9050", "Appenzell", "071"),
        ("6460", "Altdorf UR", "041"),
        ("3920", "Zermatt", "027"),
        ("8750", "Glarus", "055"),
        ("4500", "Solothurn", "032"),
        ("2502", "Biel/Bienne", "032"),
        ("6430", "Schwyz", "041"),
        ("8840", "Einsiedeln", "055"),
        ("7270", "Davos Platz", "081"),
        ("3714", "Frutigen", "033"),
        ("6370", "Stans", "041"),
        ("3770", "Zweisimmen", "033"),
        ("7130", "Ilanz", "081"),
        ("9658", "Wildhaus", "071"),
        ("6390", "Engelberg", "041"),
    ],
    "CHfr": [
        ("1003", "Lausanne", "021"),
        ("1201", "Genève", "022"),
        ("1205", "Genève", "022"),
        ("2000", "Neuchâtel", "032"),
        ("1700", "Fribourg", "026"),
        ("1950", "Sion", "027"),
        ("1400", "Yverdon-les-Bains", "024"),
        ("1820", "Montreux", "021"),
        ("2300", "La Chaux-de-Fonds", "032"),
        ("1630", "Bulle", "026"),
        ("1870", "Monthey", "024"),
        ("2800", "Delémont", "032"),
        ("1110", "Morges", "021"),
        ("1260", "Nyon", "022"),
        ("1920", "Martigny", "027"),
        ("1660", "Château-d'Œx", "026"),
        ("1936", "Verbier", "027"),
        ("1348", "Le Brassus", "021"),
    ],
    "CHit": [
        ("6900", "Lugano", "091"),
        ("6500", "Bellinzona", "091"),
        ("6600", "Locarno", "091"),
        ("6850", "Mendrisio", "091"),
        ("6710", "Biasca", "091"),
        ("6760", "Faido", "091"),
        ("6612", "Ascona", "091"),
        ("6830", "Chiasso", "091"),
        ("7742", "Poschiavo", "081"),
        ("6780", "Airolo", "091"),
        ("6670", "Avegno", "091"),
    ],
    "FR": [
        ("75011", "Paris", "01"),
        ("75018", "Paris", "01"),
        ("69003", "Lyon", "04"),
        ("13006", "Marseille", "04"),
        ("31000", "Toulouse", "05"),
        ("33000", "Bordeaux", "05"),
        ("67000", "Strasbourg", "03"),
        ("44000", "Nantes", "02"),
        ("59000", "Lille", "03"),
        ("35000", "Rennes", "02"),
        ("74000", "Annecy", "04"),
        ("38000", "Grenoble", "04"),
        ("21000", "Dijon", "03"),
        ("25000", "Besançon", "03"),
        ("73000", "Chambéry", "04"),
        ("64000", "Pau", "05"),
        ("29200", "Brest", "02"),
        ("68100", "Mulhouse", "03"),
        ("63000", "Clermont-Ferrand", "04"),
        ("05100", "Briançon", "04"),
        ("74400", "Chamonix-Mont-Blanc", "04"),
        ("88400", "Gérardmer", "03"),
    ],
    "IT": [
        ("20121", "Milano", "MI", "02"),
        ("20135", "Milano", "MI", "02"),
        ("00184", "Roma", "RM", "06"),
        ("10121", "Torino", "TO", "011"),
        ("40121", "Bologna", "BO", "051"),
        ("50122", "Firenze", "FI", "055"),
        ("80132", "Napoli", "NA", "081"),
        ("16121", "Genova", "GE", "010"),
        ("37121", "Verona", "VR", "045"),
        ("38122", "Trento", "TN", "0461"),
        ("39100", "Bolzano", "BZ", "0471"),
        ("22100", "Como", "CO", "031"),
        ("24121", "Bergamo", "BG", "035"),
        ("35122", "Padova", "PD", "049"),
        ("11100", "Aosta", "AO", "0165"),
        ("23100", "Sondrio", "SO", "0342"),
        ("90133", "Palermo", "PA", "091"),
        ("70122", "Bari", "BA", "080"),
        ("06121", "Perugia", "PG", "075"),
        ("38086", "Pinzolo", "TN", "0465"),
        ("32043", "Cortina d'Ampezzo", "BL", "0436"),
    ],
    "GB": [
        ("Leeds", "LS6", "0113"),
        ("York", "YO31", "01904"),
        ("Bristol", "BS6", "0117"),
        ("Manchester", "M20", "0161"),
        ("Edinburgh", "EH9", "0131"),
        ("Cardiff", "CF24", "029"),
        ("Norwich", "NR2", "01603"),
        ("Kendal", "LA9", "01539"),
        ("Bath", "BA1", "01225"),
        ("Oxford", "OX4", "01865"),
        ("Glasgow", "G12", "0141"),
        ("Brighton", "BN1", "01273"),
        ("Exeter", "EX4", "01392"),
        ("Inverness", "IV2", "01463"),
        ("London", "N16", "020"),
        ("London", "SE22", "020"),
        ("Keswick", "CA12", "017687"),
        ("Hexham", "NE46", "01434"),
        ("Aberystwyth", "SY23", "01970"),
    ],
    "US": [
        ("Portland", "OR", "97214", "503"),
        ("Madison", "WI", "53703", "608"),
        ("Burlington", "VT", "05401", "802"),
        ("Austin", "TX", "78704", "512"),
        ("Boulder", "CO", "80302", "303"),
        ("Asheville", "NC", "28801", "828"),
        ("Ann Arbor", "MI", "48104", "734"),
        ("Duluth", "MN", "55805", "218"),
        ("Santa Fe", "NM", "87501", "505"),
        ("Pittsburgh", "PA", "15217", "412"),
        ("Bozeman", "MT", "59715", "406"),
        ("Savannah", "GA", "31401", "912"),
        ("Ithaca", "NY", "14850", "607"),
        ("Eugene", "OR", "97401", "541"),
    ],
}
STREETS = {
    "DE": [
        "Lindenstraße",
        "Hauptstr.",
        "Am Mühlbach",
        "Goethestraße",
        "Kirchweg",
        "Bahnhofstr.",
        "Schillerplatz",
        "Im Wiesengrund",
        "Eichendorffweg",
        "Bergstraße",
        "Ringstr.",
        "Zum Steinbruch",
        "Holunderweg",
        "Alte Dorfstraße",
        "An der Kapelle",
        "Brunnenstraße",
        "Uhlandstr.",
        "Fliederweg",
        "Sandgrubenweg",
        "Beethovenallee",
        "Rosenheimer Str.",
        "Kastanienallee",
        "Heckenrosenweg",
        "Wilhelm-Busch-Straße",
        "Auf dem Kamp",
        "Hinter den Gärten",
        "Moorweg",
        "Pfarrgasse",
        "Talstraße",
        "Am Schlehdorn",
    ],
    "AT": [
        "Hauptplatz",
        "Mariahilfer Straße",
        "Schulgasse",
        "Kaiserfeldgasse",
        "Lindengasse",
        "Wiener Straße",
        "Dorfstraße",
        "Anton-Wildgans-Gasse",
        "Grabenweg",
        "Bahnhofstraße",
        "Leopoldstraße",
        "Kirchenplatz",
        "Am Anger",
        "Salzachweg",
        "Sonnbergstraße",
        "Almweg",
        "Kreuzgasse",
        "Pfarrweg",
        "Hietzinger Hauptstraße",
    ],
    "CHde": [
        "Bahnhofstrasse",
        "Dorfstrasse",
        "Kirchgasse",
        "Seestrasse",
        "Rosenweg",
        "Hofackerstrasse",
        "Alpenblickweg",
        "Oberdorfstrasse",
        "Mattenweg",
        "Unterer Graben",
        "Bergliweg",
        "Sonnenrain",
        "Zelgstrasse",
        "Chilchweg",
        "Landstrasse",
        "Hohlgasse",
        "Ringstrasse",
        "Bodenacherweg",
        "Feldeggstrasse",
        "Chäsereiweg",
        "Im Brüel",
        "Rütiweg",
        "Schulhausstrasse",
    ],
    "CHfr": [
        "Rue de Bourg",
        "Chemin des Vignes",
        "Avenue de la Gare",
        "Route de Berne",
        "Rue du Marché",
        "Chemin du Couchant",
        "Rue des Alpes",
        "Avenue de Cour",
        "Chemin de la Forêt",
        "Rue du Temple",
        "Route du Village",
        "Chemin des Écureuils",
        "Rue du Collège",
    ],
    "CHit": [
        "Via Cantonale",
        "Via Nassa",
        "Contrada Maggiore",
        "Via ai Ronchi",
        "Via San Gottardo",
        "Via Lucino",
        "Via Borgo",
        "Via alla Chiesa",
        "Strada di Gandria",
        "Via dei Faggi",
    ],
    "FR": [
        "rue des Lilas",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "impasse des Tilleuls",
        "chemin du Moulin",
        "place de l'Église",
        "rue Victor Hugo",
        "allée des Peupliers",
        "quai de la Loire",
        "route de Lyon",
        "rue de la République",
        "rue Pasteur",
        "chemin des Crêtes",
        "rue du Lavoir",
        "avenue des Marronniers",
    ],
    "IT": [
        "Via Roma",
        "Via Giuseppe Garibaldi",
        "Corso Vittorio Emanuele II",
        "Piazza della Libertà",
        "Viale dei Tigli",
        "Vicolo Stretto",
        "Via San Rocco",
        "Via dei Mille",
        "Via Monte Grappa",
        "Via Mazzini",
        "Via delle Rose",
        "Largo Augusto",
        "Via Vittorio Veneto",
        "Strada del Bosco",
    ],
    "GB": [
        "Beech Road",
        "Marlborough Crescent",
        "Mill Lane",
        "Station Road",
        "Church Street",
        "Hawthorn Avenue",
        "Quarry Close",
        "Victoria Terrace",
        "Orchard Way",
        "Kingsley Gardens",
        "The Green",
        "Fellside Lane",
    ],
    "US": [
        "Maple Ave",
        "Linden St",
        "NE Alberta St",
        "Orchard Lane",
        "W Johnson St",
        "Lakeview Dr",
        "Elm Street",
        "Spruce Ct",
        "S 4th St",
        "Hillcrest Road",
        "Old Mill Rd",
        "Chestnut St",
    ],
}


@dataclass
class Addr:
    street: str
    town_line: str
    town: str
    postcode: str
    area: str
    country: str


def region_key(doc: Doc) -> str:
    if doc.country == "CH":
        return "CH" + doc.lang if doc.lang in ("de", "fr", "it") else "CHde"
    return doc.country


def address(doc: Doc, key: str | None = None) -> Addr:
    rng = doc.rng
    key = key or region_key(doc)
    st = rng.choice(STREETS[key])
    t = rng.choice(TOWNS[key])
    n = rng.randint(1, 98)
    if key == "DE":
        num = f"{n}" + (rng.choice(["a", " a", "b", ""]) if rng.random() < 0.15 else "")
        street = f"{st} {num}"
        pc, town, area = t
        tl = rng.choice(["", "", "", "D-"]) + f"{pc} {town}"
    elif key == "AT":
        r = rng.random()
        num = (
            f"{n}"
            if r < 0.5
            else (
                f"{n}/{rng.randint(1, 20)}"
                if r < 0.7
                else (f"{n}/Top {rng.randint(1, 30)}" if r < 0.85 else f"{n}/{rng.randint(1, 4)}/{rng.randint(1, 24)}")
            )
        )
        street = f"{st} {num}"
        pc, town, area = t
        tl = rng.choice(["", "", "A-"]) + f"{pc} {town}"
    elif key.startswith("CH"):
        pc, town, area = t
        num = f"{n}" + (rng.choice(["a", "b", "c"]) if rng.random() < 0.1 else "")
        street = f"{st} {num}"
        tl = rng.choice(["", "", "", "CH-"]) + f"{pc} {town}"
    elif key == "FR":
        pc, town, area = t
        num = f"{n}" + (rng.choice([" bis", " ter"]) if rng.random() < 0.12 else "")
        street = f"{num}{rng.choice([' ', ', '])}{st}" if rng.random() < 0.8 else f"{num} {st[0].upper()}{st[1:]}"
        tl = f"{pc} {town.upper() if rng.random() < 0.6 else town}"
    elif key == "IT":
        pc, town, prov_, area = t
        r = rng.random()
        num = (
            f"{n}"
            if r < 0.5
            else (
                f"n. {n}"
                if r < 0.65
                else (f"{n}/{rng.choice('ABC')}" if r < 0.85 else f"{n} int. {rng.randint(1, 12)}")
            )
        )
        street = f"{st} {num}" if rng.random() < 0.75 else f"{st}, {num}"
        tl = f"{pc} {town}" + rng.choice([f" ({prov_})", f" {prov_}", f" ({prov_})", ""])
    elif key == "GB":
        town, out, area = t
        inward = f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        pc = f"{out} {inward}"
        street = f"{n} {st}"
        if rng.random() < 0.2:
            street = f"Flat {rng.randint(1, 12)}, {street}"
        tl = f"{town} {pc}" if rng.random() < 0.6 else f"{town.upper()} {pc}"
        area = area
    else:  # US
        town, state, zp, area = t
        num = rng.randint(12, 4890)
        street = f"{num} {st}"
        r = rng.random()
        if r < 0.15:
            street += f" Apt {rng.randint(1, 9)}{rng.choice('ABCD')}"
        elif r < 0.25:
            street += f" #{rng.randint(2, 40)}"
        elif r < 0.3:
            street += f", Unit {rng.randint(1, 20)}"
        if rng.random() < 0.2:
            zp = f"{zp}-{rng.randint(1000, 9999)}"
        tl = f"{town}, {state} {zp}"
        pc = zp
    return Addr(street, tl, town, pc, area, key)


def addr_items(doc: Doc, a: Addr, mode: str = "two") -> list:
    """mode two: two lines; one: street, town line; street: street only."""
    if mode == "two":
        return [("ADDRESS", a.street), "\n", ("ADDRESS", a.town_line)]
    if mode == "one":
        sep = doc.rng.choice([", ", ", ", " - ", " · "]) if doc.country != "US" else ", "
        return [("ADDRESS", a.street), sep, ("ADDRESS", a.town_line)]
    return [("ADDRESS", a.street)]


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def group(s: str, sizes) -> str:
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return " ".join(x for x in out if x)


MOBILE = {
    "DE": ["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "179"],
    "AT": ["664", "660", "676", "650", "699", "681", "688"],
    "CH": ["76", "77", "78", "79", "75"],
    "FR": ["6", "7"],
    "IT": ["320", "328", "333", "338", "340", "347", "349", "366", "380", "392"],
    "GB": ["7700", "7711", "7723", "7781", "7802", "7849", "7903", "7958"],
    "US": [],
}


def phone(doc: Doc, kind: str = "mobile", area: str | None = None) -> str:
    rng = doc.rng
    c = doc.country
    intl = rng.random() < 0.3
    if c == "US":
        ac = area or rng.choice(TOWNS["US"])[3]
        a, b = str(rng.randint(201, 989)), digits(rng, 4)
        return rng.choice(
            [
                f"({ac}) {a}-{b}",
                f"{ac}-{a}-{b}",
                f"{ac}.{a}.{b}",
                f"+1 {ac} {a} {b}",
                f"+1-{ac}-{a}-{b}",
                f"1 ({ac}) {a}-{b}",
                f"{ac}{a}{b}",
                f"+1 ({ac}) {a}-{b}",
            ]
        )
    if kind == "mobile":
        pre = rng.choice(MOBILE[c])
        if c == "DE":
            sub = digits(rng, rng.choice([7, 8]))
            return rng.choice(
                [
                    f"0{pre} {sub}",
                    f"0{pre}/{sub}",
                    f"0{pre}-{sub}",
                    f"+49 {pre} {sub}",
                    f"+49 {pre} {group(sub, [4, 4])}",
                    f"+49{pre}{sub}",
                    f"0049 {pre} {sub}",
                    f"0{pre} {group(sub, [3, 2, 2])}",
                    f"(0{pre}) {sub}",
                ]
            )
        if c == "AT":
            sub = digits(rng, rng.choice([7, 8]))
            return rng.choice(
                [
                    f"0{pre} {sub}",
                    f"0{pre}/{sub}",
                    f"+43 {pre} {group(sub, [3, 2, 2])}",
                    f"+43 (0){pre} {sub}",
                    f"0043 {pre} {sub}",
                    f"0{pre}-{sub}",
                    f"+43{pre}{sub}",
                ]
            )
        if c == "CH":
            a, b, d = digits(rng, 3), digits(rng, 2), digits(rng, 2)
            return rng.choice(
                [
                    f"0{pre} {a} {b} {d}",
                    f"+41 {pre} {a} {b} {d}",
                    f"0041 {pre} {a} {b} {d}",
                    f"+41 (0){pre} {a} {b} {d}",
                    f"+41{pre}{a}{b}{d}",
                    f"0{pre}/{a} {b} {d}",
                    f"0{pre}.{a}.{b}.{d}",
                    f"0{pre} {a}{b}{d}",
                    f"0{pre}-{a}-{b}-{d}",
                ]
            )
        if c == "FR":
            g = [digits(rng, 2) for _ in range(4)]
            return rng.choice(
                [
                    f"0{pre} {' '.join(g)}",
                    f"0{pre}.{'.'.join(g)}",
                    f"+33 {pre} {' '.join(g)}",
                    f"+33 (0){pre} {' '.join(g)}",
                    f"0033 {pre} {' '.join(g)}",
                    f"+33{pre}{''.join(g)}",
                    f"0{pre}-{'-'.join(g)}",
                    f"0{pre}{''.join(g)}",
                ]
            )
        if c == "IT":
            sub = digits(rng, 7)
            return rng.choice(
                [
                    f"{pre} {sub}",
                    f"{pre}-{sub}",
                    f"+39 {pre} {group(sub, [3, 4])}",
                    f"0039 {pre} {sub}",
                    f"+39{pre}{sub}",
                    f"{pre} {group(sub, [3, 2, 2])}",
                    f"({pre}) {sub}",
                    f"{pre}/{sub}",
                ]
            )
        if c == "GB":
            sub = digits(rng, 6)
            return rng.choice(
                [
                    f"0{pre} {sub}",
                    f"+44 {pre} {sub}",
                    f"+44 (0){pre} {sub}",
                    f"+44{pre}{sub}",
                    f"0{pre} {sub[:3]} {sub[3:]}",
                    f"0{pre}-{sub}",
                ]
            )
    # landline
    if c == "DE":
        ac = area or rng.choice(TOWNS["DE"])[2]
        sub = digits(rng, 8 - len(ac) + 2)
        return (
            rng.choice(
                [
                    f"{ac} {sub}",
                    f"({ac}) {sub}",
                    f"{ac}/{sub}",
                    f"+49 {ac[1:]} {sub}",
                    f"+49 (0){ac[1:]} {sub}",
                    f"{ac} {sub[:-2]}-{sub[-2:]}",
                    f"0049 {ac[1:]} {sub}",
                    f"{ac}-{sub}",
                ]
            )
            if not intl
            else f"+49 {ac[1:]} {sub}"
        )
    if c == "AT":
        ac = area or rng.choice(TOWNS["AT"])[2]
        sub = digits(rng, 7 if ac == "01" else 6)
        return rng.choice(
            [
                f"{ac} {sub}",
                f"{ac}/{sub}",
                f"+43 {ac[1:]} {sub}",
                f"+43 (0){ac[1:]} {sub}",
                f"{ac} {group(sub, [2, 2, 2, 2])}",
                f"{ac}-{sub}",
            ]
        )
    if c == "CH":
        ac = area or "044"
        a, b, d = digits(rng, 3), digits(rng, 2), digits(rng, 2)
        return rng.choice(
            [
                f"{ac} {a} {b} {d}",
                f"+41 {ac[1:]} {a} {b} {d}",
                f"0041 {ac[1:]} {a} {b} {d}",
                f"+41 (0){ac[1:]} {a} {b} {d}",
                f"{ac}/{a} {b} {d}",
                f"{ac} {a}{b}{d}",
                f"+41{ac[1:]}{a}{b}{d}",
            ]
        )
    if c == "FR":
        ac = area or "01"
        g = [digits(rng, 2) for _ in range(4)]
        return rng.choice(
            [
                f"{ac} {' '.join(g)}",
                f"{ac}.{'.'.join(g)}",
                f"+33 {ac[1:]} {' '.join(g)}",
                f"+33 (0){ac[1:]} {' '.join(g)}",
                f"{ac}{''.join(g)}",
            ]
        )
    if c == "IT":
        ac = area or "02"
        sub = digits(rng, 10 - len(ac))
        return rng.choice(
            [
                f"{ac} {sub}",
                f"{ac}-{sub}",
                f"+39 {ac} {sub}",
                f"0039 {ac} {sub}",
                f"{ac}/{sub}",
                f"+39 {ac} {group(sub, [3, 4])}",
            ]
        )
    if c == "GB":
        ac = area or "020"
        sub = digits(rng, 11 - len(ac))
        if ac == "020":
            s2 = f"{sub[:4]} {sub[4:]}"
        else:
            s2 = f"{sub[:3]} {sub[3:]}" if len(sub) > 5 else sub
        return rng.choice([f"{ac} {s2}", f"({ac}) {s2}", f"+44 {ac[1:]} {s2}", f"+44 (0){ac[1:]} {s2}", f"{ac} {sub}"])
    raise ValueError(c)


def hotline(doc: Doc) -> str:
    rng = doc.rng
    c = doc.country
    return {
        "DE": rng.choice([f"0800 {digits(rng, 3)} {digits(rng, 4)}", f"0180 {digits(rng, 1)} {digits(rng, 6)}"]),
        "AT": rng.choice([f"0800 {digits(rng, 3)} {digits(rng, 3)}", f"0810 {digits(rng, 6)}"]),
        "CH": rng.choice(
            [
                f"0800 {digits(rng, 3)} {digits(rng, 3)}",
                f"0848 {digits(rng, 3)} {digits(rng, 3)}",
                f"0844 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
            ]
        ),
        "FR": rng.choice(
            [f"0 800 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", f"0 805 {digits(rng, 3)} {digits(rng, 3)}"]
        ),
        "IT": rng.choice([f"800 {digits(rng, 3)} {digits(rng, 3)}", f"800.{digits(rng, 6)}"]),
        "GB": rng.choice([f"0800 {digits(rng, 3)} {digits(rng, 4)}", f"0345 {digits(rng, 3)} {digits(rng, 4)}"]),
        "US": rng.choice([f"1-800-{digits(rng, 3)}-{digits(rng, 4)}", f"(888) {digits(rng, 3)}-{digits(rng, 4)}"]),
    }[c]


def ascii_fold(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
    s = s.replace("Ü", "Ue").replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in "-. "))


MAILDOM = {
    "DE": [
        "gmx.de",
        "web.de",
        "t-online.de",
        "posteo.de",
        "gmail.com",
        "outlook.de",
        "mailbox.org",
        "freenet.de",
        "icloud.com",
    ],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "icloud.com", "outlook.com"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "protonmail.ch", "yahoo.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr", "hotmail.fr"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com", "alice.it", "yahoo.it", "fastwebnet.it"],
    "GB": ["btinternet.com", "yahoo.co.uk", "gmail.com", "outlook.com", "sky.com", "hotmail.co.uk"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "aol.com"],
}


def email(doc: Doc, p: Person, domain: str | None = None) -> str:
    rng = doc.rng
    f = ascii_fold(p.first).lower().replace(" ", "").replace(".", "")
    la = ascii_fold(p.last).lower().replace(" ", "").replace(".", "")
    if domain:
        local = rng.choice([f"{f}.{la}", f"{f[0]}.{la}", f"{la}", f"{f[0]}{la}", f"{f}"])
        return f"{local}@{domain}"
    y = str(rng.randint(55, 99)) if rng.random() < 0.5 else str(rng.randint(1, 999))
    local = rng.choice(
        [
            f"{f}.{la}",
            f"{f}{la}",
            f"{f[0]}.{la}",
            f"{la}.{f}",
            f"{f}_{la}",
            f"{f}.{la}{y}",
            f"{f}{y}",
            f"{la}{f[0]}",
            f"{f}-{la}",
            f"{f[0]}{la}{y}",
        ]
    )
    return f"{local}@{rng.choice(MAILDOM[doc.country])}"


def mod97(s: str) -> int:
    v = 0
    for ch in s:
        v = (v * (100 if ch.isalpha() else 10) + (ord(ch) - 55 if ch.isalpha() else int(ch))) % 97
    return v


def iban_check(cc: str, bban: str) -> str:
    r = mod97(bban + cc + "00")
    return f"{98 - r:02d}"


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cin(s: str) -> str:
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban(doc: Doc, country: str | None = None) -> str:
    rng = doc.rng
    c = country or doc.country
    if c == "US":
        c = "GB"
    if c == "DE":
        bban = digits(rng, 18)
    elif c == "AT":
        bban = digits(rng, 16)
    elif c == "CH":
        bban = rng.choice(["00", "80", "30"]) + digits(rng, 3) + digits(rng, 12)
    elif c == "FR":
        bank, gui, acct = digits(rng, 5), digits(rng, 5), digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(gui) + 3 * int(acct)) % 97
        bban = f"{bank}{gui}{acct}{key:02d}"
    elif c == "IT":
        abi, cab, acct = digits(rng, 5), digits(rng, 5), digits(rng, 12)
        bban = cin(abi + cab + acct) + abi + cab + acct
    else:
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(rng, 14)
    full = c + iban_check(c, bban) + bban
    assert mod97(full[4:] + full[:4]) == 1
    r = rng.random()
    if r < 0.55:
        return " ".join(full[i : i + 4] for i in range(0, len(full), 4))
    return full


def luhn_ok(num: str) -> bool:
    ds = [int(x) for x in num if x.isdigit()][::-1]
    tot = 0
    for i, d in enumerate(ds):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card(doc: Doc) -> str:
    rng = doc.rng
    k = rng.random()
    if k < 0.45:
        pre, n = "4", 16
    elif k < 0.7:
        pre, n = str(rng.randint(51, 55)), 16
    elif k < 0.85:
        pre, n = str(rng.randint(2221, 2720)), 16
    else:
        pre, n = rng.choice(["34", "37"]), 15
    body = pre + digits(rng, n - len(pre) - 1)
    for d in "0123456789":
        if luhn_ok(body + d):
            num = body + d
            break
    if n == 15:
        return rng.choice([f"{num[:4]} {num[4:10]} {num[10:]}", num, f"{num[:4]}-{num[4:10]}-{num[10:]}"])
    return rng.choice(
        [" ".join(num[i : i + 4] for i in range(0, 16, 4)), num, "-".join(num[i : i + 4] for i in range(0, 16, 4))]
    )


def masked_card(doc: Doc) -> str:
    rng = doc.rng
    return rng.choice(
        [
            f"**** **** **** {digits(rng, 4)}",
            f"XXXX-XXXX-XXXX-{digits(rng, 4)}",
            f"{rng.choice(['4', '5'])}{digits(rng, 3)} {digits(rng, 2)}** **** {digits(rng, 4)}",
            f"•••• {digits(rng, 4)}",
        ]
    )


def ahv(doc: Doc) -> str:
    rng = doc.rng
    body = "756" + digits(rng, 9)
    tot = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    num = body + str((10 - tot % 10) % 10)
    return f"{num[:3]}.{num[3:7]}.{num[7:11]}.{num[11:]}" if rng.random() < 0.8 else num


IP4 = {
    "DE": [(79, 192, 255), (91, 32, 63), (84, 128, 191), (93, 192, 255), (217, 80, 95), (87, 160, 191)],
    "AT": [(91, 112, 119), (80, 120, 123), (178, 112, 119), (62, 46, 47), (188, 20, 23), (84, 112, 119)],
    "CH": [(178, 192, 199), (85, 0, 7), (83, 76, 79), (213, 55, 55), (46, 14, 15), (77, 56, 59), (188, 60, 63)],
    "FR": [(90, 0, 127), (86, 192, 255), (88, 160, 191), (176, 128, 191), (82, 64, 127), (109, 208, 223)],
    "IT": [(79, 0, 63), (151, 18, 95), (93, 32, 63), (2, 32, 47), (87, 0, 31), (95, 224, 255)],
    "GB": [(86, 128, 191), (81, 96, 111), (82, 0, 47), (90, 192, 223), (109, 144, 159), (31, 48, 55)],
    "US": [(73, 0, 255), (98, 192, 255), (24, 0, 63), (71, 0, 127), (108, 0, 63), (67, 160, 191)],
}
IP6 = {
    "DE": ["2003:e2", "2003:c9", "2a02:810d", "2a01:c22"],
    "AT": ["2a02:8388", "2001:871", "2a02:1748"],
    "CH": ["2a02:1210", "2a02:aa10", "2a04:ee41", "2001:1711"],
    "FR": ["2a01:cb00", "2a01:e0a", "2a02:8428"],
    "IT": ["2001:b07", "2a01:e11", "2a0e:418"],
    "GB": ["2a00:23c8", "2a02:c7f", "2a0a:ef40"],
    "US": ["2601:1c2", "2600:1700", "2603:8080", "2600:4041"],
}


def ip(doc: Doc) -> str:
    rng = doc.rng
    c = doc.country
    if rng.random() < 0.18:
        pre = rng.choice(IP6[c])
        groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8 - len(pre.split(":")))]
        if rng.random() < 0.5:
            return pre + ":" + ":".join(groups[:2]) + "::" + groups[-1]
        return pre + ":" + ":".join(groups)
    a, lo, hi = rng.choice(IP4[c])
    return f"{a}.{rng.randint(lo, hi)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def lan_ip(doc: Doc) -> str:
    rng = doc.rng
    return rng.choice(
        [
            f"192.168.{rng.randint(0, 2)}.{rng.randint(2, 250)}",
            f"10.{rng.randint(0, 30)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 9)}.{rng.randint(2, 250)}",
        ]
    )


# ----------------------------------------------------------------------------------------------------------------
# Dates
# ----------------------------------------------------------------------------------------------------------------

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
    "de": ["Jan.", "Feb.", "Mrz.", "Apr.", "Mai", "Jun.", "Jul.", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

DOB_SHAPES = {
    "de": [
        "dmy",
        "dmy",
        "d.m.y",
        "dmyy",
        "d. m. y",
        "iso",
        "dMy",
        "dMy",
        "dMabbr",
        "dM.y",
        "roman",
        "ymd8",
        "d/m/y",
        "d-m-y",
        "d.m.yy",
        "dMy_nodot",
    ],
    "fr": ["d/m/y", "d/m/y", "dMy", "dMy", "1er", "DMY", "dMabbr", "iso", "d.m.y", "d/m/yy", "d-m-y", "d m y"],
    "it": ["d/m/y", "d/m/y", "dMy", "dMy", "dMabbr", "1o", "d.m.y", "iso", "d-m-y", "d/m/yy", "dmy"],
    "en": ["dMy", "dthMy", "dthofMy", "d/m/y", "iso", "dMabbr", "DMABBR", "d/m/yy", "MMdy", "Mdy", "Mdthy"],
    "us": ["mdy", "mdy", "m/d/yy", "Mdy", "Mdy", "Mdthy", "Mabbrdy", "iso", "m-d-y", "mdy0"],
}


def fmt_date(doc: Doc, d: dt.date, shape: str) -> str:
    lang = doc.lang
    D, M, Y = d.day, d.month, d.year
    months = MONTHS[lang]
    if doc.loc == "de_AT" and M in (1, 2) and doc.rng.random() < 0.7:
        months = ["Jänner", "Feber"] + MONTHS["de"][2:]
    f = {
        "dmy": f"{D:02d}.{M:02d}.{Y}",
        "d.m.y": f"{D}.{M}.{Y}",
        "dmyy": f"{D:02d}.{M:02d}.{Y % 100:02d}",
        "d. m. y": f"{D:02d}. {M:02d}. {Y}",
        "iso": f"{Y}-{M:02d}-{D:02d}",
        "dMy": None,
        "dMabbr": None,
        "dM.y": f"{D}.{months[M - 1]} {Y}",
        "roman": f"{D}.{ROMAN[M - 1]}.{Y}",
        "ymd8": f"{Y}{M:02d}{D:02d}",
        "d/m/y": f"{D:02d}/{M:02d}/{Y}",
        "d-m-y": f"{D:02d}-{M:02d}-{Y}",
        "d.m.yy": f"{D}.{M}.{Y % 100:02d}",
        "dMy_nodot": f"{D} {months[M - 1]} {Y}",
        "1er": None,
        "DMY": None,
        "d/m/yy": f"{D:02d}/{M:02d}/{Y % 100:02d}",
        "d m y": f"{D:02d} {M:02d} {Y}",
        "1o": None,
        "dthMy": None,
        "dthofMy": None,
        "DMABBR": None,
        "MMdy": None,
        "Mdy": f"{MONTHS['en'][M - 1]} {D}, {Y}",
        "Mdthy": None,
        "mdy": f"{M:02d}/{D:02d}/{Y}",
        "m/d/yy": f"{M}/{D}/{Y % 100:02d}",
        "Mabbrdy": f"{MON_ABBR['en'][M - 1]}. {D}, {Y}",
        "m-d-y": f"{M}-{D}-{Y}",
        "mdy0": f"{M}/{D}/{Y}",
    }[shape]
    if f is not None:
        return f
    if shape == "dMy":
        if lang == "de":
            return f"{D}. {months[M - 1]} {Y}"
        return f"{D} {months[M - 1]} {Y}"
    if shape == "dMabbr":
        if lang == "de":
            return f"{D}. {MON_ABBR['de'][M - 1]} {Y}"
        return f"{D} {MON_ABBR[lang][M - 1]} {Y}"
    if shape == "1er":
        return f"{'1er' if D == 1 else D} {months[M - 1]} {Y}"
    if shape == "1o":
        return f"{'1°' if D == 1 else D} {months[M - 1]} {Y}"
    if shape == "DMY":
        return f"{D} {months[M - 1].upper()} {Y}"
    suf = "th" if 11 <= D <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(D % 10, "th")
    if shape == "dthMy":
        return f"{D}{suf} {months[M - 1]} {Y}"
    if shape == "dthofMy":
        return f"{D}{suf} of {months[M - 1]} {Y}"
    if shape == "DMABBR":
        return f"{D:02d}-{MON_ABBR['en'][M - 1].upper()}-{Y}"
    if shape == "MMdy":
        return f"{MON_ABBR['en'][M - 1]} {D}, {Y}"
    if shape == "Mdthy":
        return f"{months[M - 1]} {D}{suf}, {Y}"
    raise ValueError(shape)


def birth(rng: random.Random, lo: int = 18, hi: int = 85, ref: int = 2026) -> dt.date:
    y = ref - rng.randint(lo, hi)
    return dt.date(y, 1, 1) + dt.timedelta(days=rng.randint(0, 364))


class Dates:
    """A document keeps one date-of-birth shape for most of its values."""

    def __init__(self, doc: Doc):
        self.doc = doc
        key = "us" if doc.loc == "en_US" else doc.lang
        self.shapes = DOB_SHAPES[key]
        self.main = doc.rng.choice(self.shapes)

    def dob(self, d: dt.date, shape: str | None = None) -> tuple:
        sh = shape or (self.main if self.doc.rng.random() < 0.75 else self.doc.rng.choice(self.shapes))
        return ("DOB", fmt_date(self.doc, d, sh))

    def plain(self, d: dt.date) -> str:
        """A plain (unlabelled) date in the country's usual shape."""
        if self.doc.loc == "en_US":
            return f"{d.month}/{d.day}/{d.year}"
        if self.doc.lang in ("fr", "it"):
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if self.doc.lang == "en":
            return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def short(self, d: dt.date) -> str:
        if self.doc.loc == "en_US":
            return f"{d.month}/{d.day}"
        if self.doc.lang in ("fr", "it", "en"):
            return f"{d.day:02d}/{d.month:02d}"
        return f"{d.day:02d}.{d.month:02d}."


def event_date(rng: random.Random, y0: int = 2026, y1: int = 2027) -> dt.date:
    return dt.date(rng.choice([y0, y1]), 1, 1) + dt.timedelta(days=rng.randint(0, 360))


def L(doc: Doc, de: str, fr: str, it: str, en: str) -> str:
    return {"de": de, "fr": fr, "it": it, "en": en}[doc.lang]


def money(doc: Doc, a: int) -> str:
    return {
        "CH": f"CHF {a}.-",
        "DE": f"{a},00 EUR",
        "AT": f"€ {a},-",
        "FR": f"{a} €",
        "IT": f"€ {a},00",
        "GB": f"£{a}",
        "US": f"${a}",
    }[doc.country]


# ----------------------------------------------------------------------------------------------------------------
# Layouts
# ----------------------------------------------------------------------------------------------------------------


def _cell_text(c) -> str:
    if c is None:
        return ""
    if isinstance(c, tuple):
        return c[1]
    if isinstance(c, list):
        return "".join(_cell_text(x) for x in c)
    return str(c)


def _cell_items(c) -> list:
    if c is None:
        return []
    if isinstance(c, list):
        return c
    return [c]


def slug(h: str) -> str:
    s = ascii_fold(h.replace("_", " ")).lower().replace("-", " ").replace(".", " ").strip()
    return re.sub(r"\s+", "_", s)


def table(doc: Doc, headers: list[str], rows: list[list], style: str, keys: list[str] | None = None) -> None:
    rng = doc.rng
    keys = keys or [slug(h) for h in headers]
    if style in ("csv", "ssv", "tsv", "pipe"):
        sep = {"csv": ",", "ssv": ";", "tsv": "\t", "pipe": "|"}[style]
        doc.add(sep.join(headers), "\n")
        for r in rows:
            for j, c in enumerate(r):
                if j:
                    doc.add(sep)
                txt = _cell_text(c)
                q = style == "csv" and ("," in txt or rng.random() < 0.08)
                if q:
                    doc.add('"')
                doc.add(_cell_items(c))
                if q:
                    doc.add('"')
            doc.add("\n")
    elif style in ("md", "fixed"):
        widths = [max(len(headers[j]), *(len(_cell_text(r[j])) for r in rows)) for j in range(len(headers))]
        if style == "md":
            doc.add("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False)) + " |\n")
            doc.add("|" + "|".join("-" * (w + 2) for w in widths) + "|\n")
        else:
            doc.add("  ".join(h.upper().ljust(w) for h, w in zip(headers, widths, strict=False)).rstrip() + "\n")
            doc.add("-" * (sum(widths) + 2 * (len(widths) - 1)) + "\n")
        for r in rows:
            if style == "md":
                doc.add("| ")
            for j, c in enumerate(r):
                if j:
                    doc.add(" | " if style == "md" else "  ")
                doc.add(_cell_items(c))
                pad = widths[j] - len(_cell_text(c))
                if style == "md" or j < len(r) - 1:
                    doc.add(" " * pad)
            doc.add(" |\n" if style == "md" else "\n")
    elif style in ("jsonl", "json"):
        if style == "json":
            doc.add("[\n")
        for n, r in enumerate(rows):
            ind = "  " if style == "json" else ""
            doc.add(ind + "{")
            first = True
            for k, c in zip(keys, r, strict=False):
                if c is None:
                    continue
                if not first:
                    doc.add(", ")
                first = False
                txt = _cell_text(c)
                assert '"' not in txt and "\\" not in txt
                doc.add(f'"{k}": "', _cell_items(c), '"')
            doc.add("}")
            if style == "json" and n < len(rows) - 1:
                doc.add(",")
            doc.add("\n")
        if style == "json":
            doc.add("]\n")
    elif style == "yaml":
        for r in rows:
            first = True
            for k, c in zip(keys, r, strict=False):
                if c is None:
                    continue
                doc.add("- " if first else "  ", f"{k}: ", _cell_items(c), "\n")
                first = False
    else:
        raise ValueError(style)


def form(doc: Doc, fields: list[tuple], aligned: bool | None = None, sep: str = ":") -> None:
    """fields: (label, value items) pairs; a None label writes the value line alone."""
    rng = doc.rng
    if aligned is None:
        aligned = rng.random() < 0.5
    w = max(len(f[0]) for f in fields if f[0]) + 1
    for lab, val in fields:
        if lab is None:
            doc.add(_cell_items(val), "\n")
            continue
        if aligned:
            doc.add(f"{lab}{sep}".ljust(w + len(sep)) + " ")
        else:
            doc.add(f"{lab}{sep} ")
        doc.add(_cell_items(val), "\n")


CHAT_LAYOUTS = ["wa_ios", "wa_android", "telegram", "teams", "plain", "irc", "bracket"]


def chat(
    doc: Doc, msgs: list[tuple], layout: str | None = None, lower: bool | None = None, day: dt.date | None = None
) -> None:
    """msgs: (sender item, body items); sender a PERSON/PHONE tuple or a plain string."""
    rng = doc.rng
    layout = layout or rng.choice(CHAT_LAYOUTS)
    lower = rng.random() < 0.45 if lower is None else lower
    day = day or event_date(rng)
    h, m = rng.randint(6, 20), rng.randint(0, 59)
    for snd, body in msgs:
        m += rng.randint(0, 19)
        if m > 59:
            h, m = (h + 1) % 24, m - 60
        ts = f"{h:02d}:{m:02d}"
        dd = (
            f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"
            if doc.lang != "en"
            else (
                f"{day.month}/{day.day}/{day.year % 100:02d}"
                if doc.loc == "en_US"
                else f"{day.day:02d}/{day.month:02d}/{day.year}"
            )
        )
        if layout == "wa_ios":
            doc.add(f"[{dd}, {ts}:{rng.randint(10, 59)}] ", snd, ": ")
        elif layout == "wa_android":
            doc.add(f"{dd}, {ts} - ", snd, ": ")
        elif layout == "telegram":
            doc.add(snd, f", [{day.day:02d}.{day.month:02d}.{day.year} {ts}]\n")
        elif layout == "teams":
            doc.add(snd, f"   {ts}\n")
        elif layout == "plain":
            doc.add(snd, ": ")
        elif layout == "irc":
            doc.add(f"[{ts}] <", snd, "> ")
        else:
            doc.add(snd, f" ({ts}): ")
        doc.lower = lower
        doc.add(body)
        doc.lower = False
        doc.add("\n")
        if layout in ("telegram", "teams"):
            doc.add("\n")


MAIL_KEYS = {
    "de": ("Von", "An", "Cc", "Betreff", "Datum"),
    "fr": ("De", "À", "Cc", "Objet", "Date"),
    "it": ("Da", "A", "Cc", "Oggetto", "Data"),
    "en": ("From", "To", "Cc", "Subject", "Date"),
}


def who_mail(doc: Doc, p: Person | None, addr: str, role: str | None = None) -> list:
    """Sender/recipient: "Name <mail>" or mail alone; role mailboxes unlabelled."""
    mail = ("EMAIL", addr) if p is not None else addr
    if p is None:
        return [f"{role} <{addr}>"] if role else [addr]
    if doc.rng.random() < 0.75:
        return [P(nm(p, doc.rng.choice(["fl", "fl", "lf"]))), " <", mail, ">"]
    return [mail]


def mail_head(doc: Doc, frm: list, to: list, subject: list, cc: list | None = None, when: str | None = None) -> None:
    k = MAIL_KEYS[doc.lang]
    doc.add(f"{k[0]}: ", frm, "\n", f"{k[1]}: ", to, "\n")
    if cc:
        doc.add(f"{k[2]}: ")
        for j, c in enumerate(cc):
            doc.add("; " if j and doc.rng.random() < 0.5 else (", " if j else ""), c)
        doc.add("\n")
    if when:
        doc.add(f"{k[4]}: {when}\n")
    doc.add(f"{k[3]}: ", subject, "\n\n")


def quote_head(doc: Doc, p: Person, addr: str, d: dt.date) -> list:
    t = f"{doc.rng.randint(7, 21):02d}:{doc.rng.randint(0, 59):02d}"
    nmi = P(nm(p, "fl"))
    if doc.lang == "de":
        return [f"Am {d.day:02d}.{d.month:02d}.{d.year} um {t} schrieb ", nmi, " <", ("EMAIL", addr), ">:\n"]
    if doc.lang == "fr":
        return [f"Le {d.day:02d}/{d.month:02d}/{d.year} à {t}, ", nmi, " <", ("EMAIL", addr), "> a écrit :\n"]
    if doc.lang == "it":
        return [
            f"Il giorno {d.day:02d}/{d.month:02d}/{d.year} alle {t} ",
            nmi,
            " <",
            ("EMAIL", addr),
            "> ha scritto:\n",
        ]
    return [f"On {d.day} {MON_ABBR['en'][d.month - 1]} {d.year}, at {t}, ", nmi, " <", ("EMAIL", addr), "> wrote:\n"]


def sig(
    doc: Doc,
    p: Person,
    role: str | None,
    org: str | None,
    a: Addr | None,
    tel: str | None,
    mail: str | None,
    style: str | None = None,
) -> None:
    rng = doc.rng
    style = style or rng.choice(["block", "block", "line", "dash"])
    pre = rng.choice(["Dr. ", "Dr. med. "]) if role and role.startswith("@dr") else ""
    role = role[3:] if role and role.startswith("@dr") else role
    if style == "dash":
        doc.add("-- \n")
    if style == "line":
        doc.add(pre, P(nm(p, "fl")))
        if role:
            doc.add(f" | {role}")
        if org:
            doc.add(f" | {org}")
        if tel:
            doc.add(" | ", rng.choice(["T ", "Tel. ", "", "☎ "]), ("PHONE", tel))
        if mail:
            doc.add(" | ", ("EMAIL", mail))
        doc.add("\n")
        if a:
            doc.add(addr_items(doc, a, "one"), "\n")
        return
    doc.add(pre, P(nm(p, "fl")), "\n")
    if role:
        doc.add(role, "\n")
    if org:
        doc.add(org, "\n")
    if a:
        doc.add(addr_items(doc, a, rng.choice(["two", "one"])), "\n")
    if tel:
        doc.add(
            rng.choice(["Tel. ", "Tel.: ", "T ", "Phone: ", "Tél. ", "", "M "])
            if doc.lang != "it"
            else rng.choice(["Tel. ", "Cell. ", "", "T. "]),
            ("PHONE", tel),
            "\n",
        )
    if mail:
        doc.add(("EMAIL", mail), "\n")


def landline_or_mobile(doc: Doc, a: Addr | None) -> str:
    if a is not None and doc.rng.random() < 0.35:
        return phone(doc, "land", a.area)
    return phone(doc, "mobile")


def name_style(doc: Doc) -> str:
    return doc.rng.choice(["fl", "fl", "fl", "lf", "LF", "L,F", "l_f", "iL", "fI", "FL"])


# ----------------------------------------------------------------------------------------------------------------
# Genres
# ----------------------------------------------------------------------------------------------------------------

SPECIES = [
    "Boletus edulis",
    "Cantharellus cibarius",
    "Amanita phalloides",
    "Macrolepiota procera",
    "Craterellus cornucopioides",
    "Hydnum repandum",
    "Armillaria mellea",
    "Lactarius deliciosus",
    "Amanita muscaria",
    "Gyromitra esculenta",
    "Agaricus xanthodermus",
    "Suillus luteus",
    "Russula cyanoxantha",
    "Calocybe gambosa",
    "Morchella esculenta",
    "Clitocybe nebularis",
    "Omphalotus olearius",
    "Cortinarius orellanus",
    "Tricholoma equestre",
    "Imleria badia",
    "Leccinum scabrum",
    "Entoloma sinuatum",
]


def who(doc: Doc, g: str | None = None) -> Person:
    return person(doc.rng, doc.loc, g)


def org_mail(doc: Doc, p: Person, dom: str) -> str:
    return email(doc, p, dom)


def g_mushroom(doc: Doc, v: int) -> None:
    rng = doc.rng
    dts = Dates(doc)
    town = address(doc)
    dom = biz_domain(
        L(doc, "Pilzverein ", "Société de mycologie ", "Gruppo micologico ", "Fungus group ") + town.town, doc
    )
    insp = who(doc)
    insp_tel = phone(doc, "mobile")
    verdicts = {
        "de": ["essbar", "giftig - entsorgt", "ungenießbar", "tödlich giftig!", "teilweise entsorgt"],
        "fr": ["comestible", "toxique - détruit", "non comestible", "mortel !", "tri partiel"],
        "it": ["commestibile", "tossico - eliminato", "non commestibile", "mortale!", "scartato in parte"],
        "en": ["edible", "poisonous - binned", "inedible", "DEADLY", "partly discarded"],
    }[doc.lang]
    if v == 0:
        doc.add(
            L(
                doc,
                "Kontrollregister Pilzkontrolle ",
                "Registre du contrôle des champignons ",
                "Registro controllo funghi ",
                "Fungi identification log - ",
            ),
            town.town,
            " "
            + rng.choice(
                L(
                    doc,
                    "2026|Saison 2026|KW 38",
                    "2026|saison 2026|sem. 38",
                    "2026|sett. 39",
                    "2026|season 2026|week 38",
                ).split("|")
            )
            + "\n\n",
        )
        style = rng.choice(["csv", "ssv", "tsv", "md", "fixed", "jsonl"])
        ns = rng.choice(["lf", "l_f", "fl", "iL", "LF"])
        hdr = L(
            doc,
            "Nr.|Datum|Name|Adresse|PLZ Ort|Telefon|Arten|Gewicht g|Befund",
            "N°|Date|Nom|Adresse|NPA Localité|Téléphone|Espèces|Poids g|Verdict",
            "N.|Data|Nome|Indirizzo|CAP Località|Telefono|Specie|Peso g|Esito",
            "No|Date|Name|Address|Town|Phone|Species|Weight g|Result",
        ).split("|")
        rows = []
        for _k in range(rng.randint(5, 10)):
            p = who(doc)
            a = address(doc)
            d = event_date(rng, 2026, 2026)
            town_cell = ("ADDRESS", a.town_line) if doc.lang != "en" and rng.random() < 0.7 else a.town
            rows.append(
                [
                    f"{rng.randint(100, 999)}",
                    dts.short(d) if rng.random() < 0.5 else dts.plain(d),
                    P(nm(p, ns)),
                    ("ADDRESS", a.street) if rng.random() < 0.85 else None,
                    town_cell,
                    ("PHONE", landline_or_mobile(doc, a)) if rng.random() < 0.85 else "-",
                    ", ".join(rng.sample(SPECIES, rng.randint(1, 3))),
                    str(rng.randint(80, 2400)),
                    rng.choice(verdicts),
                ]
            )
        table(doc, hdr, rows, style)
        doc.add(
            "\n",
            L(doc, "Kontrolleur/in: ", "Contrôleur : ", "Ispettore micologico: ", "Identifier on duty: "),
            P(nm(insp, "fl")),
            ", ",
            ("PHONE", insp_tel),
            "\n",
        )
        if rng.random() < 0.5:
            doc.add(
                L(
                    doc,
                    "Bei Vergiftungsverdacht: Tox Info 145 / Notruf 144",
                    "En cas d'intoxication : Tox Info Suisse 145",
                    "Centro antiveleni: " + hotline(doc),
                    "Suspected poisoning: call NHS 111 or Poison Control " + hotline(doc),
                ),
                "\n",
            )
    elif v == 1:
        pat = who(doc)
        spouse = who(doc, "m" if pat.g == "f" else "f")
        spouse.last = pat.last
        a = address(doc)
        dr = who(doc)
        hosp = L(
            doc,
            "Notfallzentrum Kantonsspital" if doc.country == "CH" else "Zentrale Notaufnahme",
            "Service des urgences, Hôpital régional",
            "Pronto Soccorso, Ospedale Civico",
            "A&E, Royal Infirmary",
        )
        dr_mail = org_mail(
            doc,
            dr,
            {
                "CH": "spital-nord.ch",
                "DE": "klinikum-sued.de",
                "AT": "lkh-mitte.at",
                "IT": "ospedale-civico.it",
                "FR": "hopital-regional.fr",
                "GB": "nhs.net",
                "US": "mercyhealth.org",
            }[doc.country],
        )
        insp_mail = org_mail(doc, insp, dom)
        d = event_date(rng, 2026, 2026)
        mail_head(
            doc,
            who_mail(doc, insp, insp_mail),
            who_mail(doc, dr, dr_mail),
            [
                L(
                    doc,
                    "AW: Pilzbestimmung Patientin/Patient ",
                    "RE: identification champignons patient ",
                    "R: identificazione funghi paziente ",
                    "Re: mushroom ID for patient ",
                ),
                P(nm(pat, "l")),
            ],
            when=dts.plain(d),
        )
        doc.add(L(doc, "Guten Abend Dr. ", "Bonsoir Dr ", "Buonasera dott. ", "Good evening Dr "), P(dr.last), ",\n\n")
        sp = rng.sample(SPECIES, 2)
        tox = {
            "CH": "Tox Info Suisse (145)",
            "DE": "dem Giftnotruf (089 19240)",
            "AT": "der Vergiftungsinformationszentrale (01 406 43 43)",
        }.get(doc.country, "")
        doc.add(
            L(
                doc,
                f"die Reste aus der Pfanne enthalten eindeutig {sp[0]} und {sp[1]}. Bitte umgehend mit {tox} "
                "Rücksprache nehmen. Den Korb habe ich bei mir behalten.\n",
                f"les restes contiennent clairement {sp[0]} et {sp[1]}. Merci d'appeler "
                + ("Tox Info Suisse (145). " if doc.country == "CH" else f"le centre antipoison ({hotline(doc)}). ")
                + "J'ai gardé le panier.\n",
                f"nei resti ho riconosciuto {sp[0]} e {sp[1]}. Contattate subito il centro antiveleni "
                f"({hotline(doc)}). Tengo io il cestino.\n",
                f"the leftovers definitely contain {sp[0]} and {sp[1]}. Please ring the poisons line "
                f"({hotline(doc)}) straight away. I have kept the basket.\n",
            ),
            "\n",
        )
        de_role = (
            ("Pilzkontrolleurin VAPKO" if insp.g == "f" else "Pilzkontrolleur VAPKO")
            if doc.country == "CH"
            else (
                ("Pilzsachverständige DGfM" if insp.g == "f" else "Pilzsachverständiger DGfM")
                if doc.country == "DE"
                else ("Pilzberaterin" if insp.g == "f" else "Pilzberater")
            )
        )
        sig(
            doc,
            insp,
            L(
                doc,
                de_role,
                "contrôleuse officielle des champignons" if insp.g == "f" else "contrôleur officiel des champignons",
                "ispettrice micologica" if insp.g == "f" else "ispettore micologico",
                "county fungus recorder",
            ),
            None,
            None,
            insp_tel,
            None,
        )
        doc.add("\n", quote_head(doc, dr, dr_mail, d))
        q = doc.sub()
        q.add(
            L(doc, "Patient/in: ", "Patient·e : ", "Paziente: ", "Patient: "),
            P(nm(pat, "fl")),
            ", ",
            L(doc, "geb. ", "né(e) le ", "nato/a il ", "born "),
            dts.dob(birth(rng, 25, 80)),
            "\n",
        )
        q.add(L(doc, "Wohnhaft ", "Domicile ", "Residente in ", "Lives at "), addr_items(doc, a, "one"), "\n")
        q.add(
            L(
                doc,
                f"Aufnahme {rng.randint(18, 23)}:{rng.randint(10, 59)} mit Erbrechen und Durchfall, ca. 9 h "
                "nach einem Pilzgericht. ",
                f"Admis à {rng.randint(18, 23)}h{rng.randint(10, 59)} avec vomissements, 9 h après un repas de "
                "champignons. ",
                f"Ricoverato alle {rng.randint(18, 23)}:{rng.randint(10, 59)} con vomito, 9 ore dopo un piatto di "
                "funghi. ",
                f"Admitted at {rng.randint(18, 23)}:{rng.randint(10, 59)} with vomiting about 9 h after a mushroom "
                "meal. ",
            )
        )
        tp = "Ehemann" if spouse.g == "m" else "Ehefrau"
        q.add(
            L(
                doc,
                f"Der {tp} " if spouse.g == "m" else f"Die {tp} ",
                "Le conjoint " if spouse.g == "m" else "La conjointe ",
                "Il marito " if spouse.g == "m" else "La moglie ",
                "The husband " if spouse.g == "m" else "The wife ",
            ),
            P(nm(spouse, "f")),
            L(
                doc,
                " bringt die Reste, erreichbar unter ",
                " apporte les restes, joignable au ",
                " porta i resti, raggiungibile al ",
                " is bringing the leftovers, on ",
            ),
            ("PHONE", phone(doc)),
            ".\n",
        )
        q.add(
            L(doc, "Gruss\n", "Meilleures salutations\n", "Saluti\n", "Thanks\n"),
            "Dr. ",
            P(nm(dr, "fl")),
            "\n",
            hosp,
            "\n",
        )
        doc.embed(q, "> ")
    elif v == 2:
        ms = [who(doc) for _ in range(rng.randint(3, 5))]
        a = address(doc)
        sender_style = rng.choice(["f", "fl", "nick", "phone"])

        def snd(p):
            if sender_style == "phone" and rng.random() < 0.5:
                return ("PHONE", phone(doc))
            return P(nm(p, sender_style if sender_style != "phone" else "f"))

        sp = (
            rng.sample(["Steinpilze", "Eierschwämme", "Parasol", "Totentrompeten", "Semmelstoppel"], 2)
            if doc.lang == "de"
            else rng.sample(SPECIES, 2)
        )
        day = event_date(rng, 2026, 2026)
        msgs = [
            (
                snd(ms[0]),
                [
                    L(
                        doc,
                        "Exkursion am Samstag steht! Treffpunkt 8:30 bei mir, ",
                        "Sortie samedi confirmée ! Rendez-vous 8h30 chez moi, ",
                        "Uscita di sabato confermata! Ritrovo alle 8:30 da me, ",
                        "Foray on Saturday is on! Meet 8.30 at mine, ",
                    ),
                    ("ADDRESS", a.street),
                    L(doc, " - wer fährt?", " - qui conduit ?", " - chi guida?", " - who's driving?"),
                ],
            ),
            (
                snd(ms[1]),
                [
                    L(
                        doc,
                        "ich kann 3 mitnehmen. ",
                        "je prends 3 personnes. ",
                        "io porto 3 persone. ",
                        "I can take 3. ",
                    ),
                    P(ms[2].first),
                    L(doc, " kommst du mit?", " tu viens ?", " vieni?", " you in?"),
                ],
            ),
            (
                snd(ms[2]),
                [
                    L(
                        doc,
                        "ja gern. neue nummer übrigens: ",
                        "oui ! nouveau numéro au fait : ",
                        "sì! nuovo numero comunque: ",
                        "yes please. new number btw: ",
                    ),
                    ("PHONE", phone(doc)),
                ],
            ),
            (
                snd(ms[0]),
                [
                    L(
                        doc,
                        f"letztes mal {sp[0]} und {sp[1]} gefunden, ",
                        f"la dernière fois {sp[0]} et {sp[1]}, ",
                        f"l'ultima volta {sp[0]} e {sp[1]}, ",
                        f"last time {sp[0]} and {sp[1]}, ",
                    ),
                    L(
                        doc,
                        "alles danach zur Kontrolle bei ",
                        "tout au contrôle chez ",
                        "poi tutto al controllo da ",
                        "everything to the ID table with ",
                    ),
                    P(nm(insp, rng.choice(["fl", "l", "f"]))),
                    L(
                        doc,
                        " (Gemeindehaus, ab 17 Uhr)",
                        " (salle communale, dès 17h)",
                        " (municipio, dalle 17)",
                        " (village hall, from 5pm)",
                    ),
                ],
            ),
        ]
        if len(ms) > 3:
            msgs.append(
                (
                    snd(ms[3]),
                    [
                        L(doc, "bin dabei, bringe ", "je viens, j'amène ", "ci sono, porto ", "count me in, bringing "),
                        P(ms[3].relative(rng, rng.choice("mf")).first),
                        L(doc, " mit", "", " con me", " along"),
                    ],
                )
            )
        chat(doc, msgs, day=day)
    else:
        p = who(doc)
        a = address(doc)
        web = rng.random() < 0.5
        course = rng.choice(["PK-26-07", "VAPKO Grundkurs B", "2026/M3", "CM-114", "FID-26"])
        if web:
            rows = [
                [
                    course,
                    P(p.last),
                    P(p.first),
                    dts.dob(birth(rng, 20, 75)),
                    ("ADDRESS", a.street),
                    ("ADDRESS", a.town_line),
                    ("PHONE", phone(doc)),
                    ("EMAIL", email(doc, p)),
                    ("AHV", ahv(doc)) if doc.country == "CH" else None,
                    ("IBAN", iban(doc)) if rng.random() < 0.6 else None,
                    ("IP", ip(doc)),
                    f"2026-0{rng.randint(3, 9)}-{rng.randint(10, 28)}T{rng.randint(6, 22):02d}:{rng.randint(10, 59)}",
                ]
            ]
            keys = [
                "course",
                "last_name",
                "first_name",
                "birthdate",
                "street",
                "zip_city",
                "phone",
                "email",
                "ssn",
                "iban",
                "client_ip",
                "submitted_at",
            ]
            doc.add(
                L(
                    doc,
                    "Export Kursanmeldung (Webformular):\n",
                    "Export inscription (formulaire web) :\n",
                    "Export iscrizione (modulo web):\n",
                    "Course sign-up export (web form):\n",
                )
            )
            table(doc, keys, rows, rng.choice(["jsonl", "json", "yaml"]), keys=keys)
        else:
            fields = [
                (L(doc, "Kurs", "Cours", "Corso", "Course"), course),
                (L(doc, "Name", "Nom", "Cognome", "Surname"), P(p.last)),
                (L(doc, "Vorname", "Prénom", "Nome", "First name"), P(p.first)),
                (
                    L(doc, "Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"),
                    dts.dob(birth(rng, 20, 75)),
                ),
                (L(doc, "Strasse", "Rue", "Via", "Address"), ("ADDRESS", a.street)),
                (L(doc, "PLZ/Ort", "NPA/Lieu", "CAP/Località", "Town/Postcode"), ("ADDRESS", a.town_line)),
                (L(doc, "Mobile", "Portable", "Cellulare", "Mobile"), ("PHONE", phone(doc))),
                ("E-Mail", ("EMAIL", email(doc, p))),
            ]
            if doc.country == "CH":
                fields.append((L(doc, "AHV-Nr.", "N° AVS", "N. AVS", "AHV"), ("AHV", ahv(doc))))
            fields.append((L(doc, "Kursgeld", "Finance", "Quota", "Fee"), money(doc, rng.choice([90, 145, 380]))))
            if rng.random() < 0.6:
                fields.append(
                    (
                        L(doc, "Rückerstattung auf IBAN", "Remboursement IBAN", "IBAN rimborso", "Refund to IBAN"),
                        ("IBAN", iban(doc)),
                    )
                )
            form(doc, fields)
        doc.add(
            "\n",
            L(doc, "Kursleitung: ", "Responsable : ", "Docente: ", "Tutor: "),
            P(nm(insp, "fl")),
            " (",
            ("EMAIL", org_mail(doc, insp, dom)),
            ")\n",
        )
        doc.add(L(doc, "Fragen an kurse@", "Questions : cours@", "Info: corsi@", "Queries: courses@"), dom, "\n")


EARTAG = {
    "CH": lambda r: f"CH 120.{digits(r, 4)}.{digits(r, 4)}.{digits(r, 1)}",
    "DE": lambda r: f"DE 0{r.randint(1, 9)} {digits(r, 3)} {digits(r, 5)}",
    "AT": lambda r: f"AT {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
    "IT": lambda r: f"IT0{digits(r, 2)}99{digits(r, 7)}",
    "FR": lambda r: f"FR {digits(r, 2)} {digits(r, 4)} {digits(r, 4)}",
    "GB": lambda r: f"UK {digits(r, 6)} {digits(r, 6)}",
    "US": lambda r: f"840 003 {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
}
COWS = {
    "de": [
        "Bella",
        "Fiona",
        "Stella",
        "Blüemli",
        "Gretli",
        "Nelke",
        "Rosi",
        "Milka",
        "Lotti",
        "Heidi",
        "Tulpe",
        "Sina",
        "Kira",
        "Zora",
        "Enzian",
        "Edelweiss",
        "Fanny",
        "Alma",
    ],
    "fr": ["Reine", "Bijou", "Pâquerette", "Lison", "Mignonne", "Gentiane", "Violette", "Brunette", "Praline"],
    "it": ["Bruna", "Stella", "Bianca", "Mora", "Genziana", "Viola", "Nerina", "Perla", "Lola"],
    "en": ["Daisy", "Buttercup", "Clover", "Bluebell", "Primrose", "Heather", "Maisie", "Poppy"],
}
BREEDS = {
    "de": [
        "Braunvieh",
        "Original Braunvieh",
        "Simmentaler",
        "Grauvieh",
        "Pinzgauer",
        "Fleckvieh",
        "Eringer",
        "Jersey",
        "Red Holstein",
    ],
    "fr": ["Hérens", "Abondance", "Tarentaise", "Simmental", "Montbéliarde", "Brune"],
    "it": ["Bruna Alpina", "Rendena", "Grigio Alpina", "Pezzata Rossa", "Valdostana"],
    "en": ["Herdwick", "Swaledale", "Highland", "Angus", "Belted Galloway", "Hereford"],
}


def g_alpsummer(doc: Doc, v: int) -> None:
    rng = doc.rng
    dts = Dates(doc)
    alp = rng.choice(
        {
            "de": ["Alp Obersäss", "Alp Stafel", "Hochalm Gamskar", "Alpe Hinterberg", "Alp Vorderlaui"],
            "fr": ["Alpage de la Chaux", "Alpage des Grands Plans", "Alpage de Bretaye"],
            "it": ["Alpe Foppa", "Alpe di Cava", "Malga Valina", "Alpe Pesciüm"],
            "en": ["Caldbeck Common", "High Fell allotment", "Pine Creek summer pasture"],
        }[doc.lang]
    )
    master = who(doc)
    master_tel = phone(doc)
    herder = who(doc)
    herder_tel = phone(doc)
    coop_dom = slug(alp).replace("_", "-") + rng.choice([".ch", ".at", ".it", ".org", ".de"])
    unit = L(doc, "NST", "PN", "UBA", "LU")
    if v == 0:
        own = who(doc)
        a = address(doc)
        doc.add(
            L(doc, "Auftriebsliste ", "Liste d'estivage ", "Elenco capi per l'alpeggio ", "Turn-out list "),
            alp,
            " 2026\n\n",
        )
        form(
            doc,
            [
                (L(doc, "Bewirtschafter/in", "Exploitant·e", "Proprietario/a", "Owner"), P(nm(own, "fl"))),
                (L(doc, "Adresse", "Adresse", "Indirizzo", "Address"), addr_items(doc, a, "one")),
                (L(doc, "Telefon", "Téléphone", "Telefono", "Phone"), ("PHONE", landline_or_mobile(doc, a))),
                (
                    L(doc, "Betriebs-Nr.", "N° d'exploitation", "Cod. aziendale", "Holding no."),
                    rng.choice(
                        [
                            f"BUR {digits(rng, 8)}",
                            f"TVD {digits(rng, 7)}",
                            f"LFBIS {digits(rng, 7)}",
                            f"IT0{digits(rng, 2)}BG{digits(rng, 3)}",
                            f"CPH {digits(rng, 2)}/{digits(rng, 3)}/{digits(rng, 4)}",
                        ]
                    ),
                ),
            ],
        )
        doc.add("\n")
        rows = []
        for _k in range(rng.randint(4, 9)):
            bd = dt.date(rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28))
            rows.append(
                [
                    EARTAG[doc.country](rng),
                    rng.choice(COWS[doc.lang]),
                    rng.choice(BREEDS[doc.lang]),
                    dts.plain(bd),
                    rng.choice(
                        ["Kuh", "Rind", "Kalb", "Mutterkuh"]
                        if doc.lang == "de"
                        else ["vache", "génisse", "veau"]
                        if doc.lang == "fr"
                        else ["vacca", "manza", "vitello"]
                        if doc.lang == "it"
                        else ["ewe", "hogg", "cow", "heifer"]
                    ),
                ]
            )
        hdr = L(
            doc,
            "Ohrmarke|Name|Rasse|Geburtsdatum Tier|Kategorie",
            "Marque auriculaire|Nom|Race|Né le|Catégorie",
            "Marca auricolare|Nome|Razza|Data nascita capo|Categoria",
            "Ear tag|Name|Breed|Born|Class",
        ).split("|")
        table(doc, hdr, rows, rng.choice(["csv", "ssv", "tsv", "md", "fixed"]))
        doc.add(
            "\n",
            L(doc, "Auftrieb: ", "Montée : ", "Carico: ", "Turn-out: "),
            dts.plain(dt.date(2026, 6, rng.randint(5, 28))),
            "  ",
            L(doc, "Alpmeister: ", "Responsable d'alpage : ", "Capo alpe: ", "Grazing manager: "),
            P(nm(master, rng.choice(["fl", "iL", "l_f"]))),
            ", ",
            ("PHONE", master_tel),
            "\n",
        )
    elif v == 1:
        owners = [who(doc) for _ in range(rng.randint(2, 4))]
        fee = money(doc, rng.choice([42, 95, 120, 185]))
        mail_head(
            doc,
            who_mail(doc, master, email(doc, master)),
            [f"alpgenossen@{coop_dom}" if doc.lang == "de" else f"membres@{coop_dom}"],
            [
                L(
                    doc,
                    "Sömmerung 2026 - Rechnung und Senn",
                    "Estivage 2026 - facture et berger",
                    "Alpeggio 2026 - fattura e pastore",
                    "Summer grazing 2026 - invoice and shepherd",
                )
            ],
            cc=[who_mail(doc, o, email(doc, o)) for o in owners],
        )
        doc.add(L(doc, "Liebe Alpgenossen\n\n", "Chers consorts,\n\n", "Cari consorti,\n\n", "Dear graziers,\n\n"))
        doc.add(
            L(
                doc,
                f"das Sömmerungsgeld beträgt dieses Jahr {fee} pro {unit}. Bitte bis Ende Monat auf ",
                f"la taxe d'estivage est de {fee} par {unit}. Merci de verser d'ici la fin du mois sur ",
                f"la tassa d'alpeggio è di {fee} per {unit}. Vi prego di versare entro fine mese sull'",
                f"the grazing fee is {fee} per {unit} this year. Please pay by the end of the month to ",
            ),
            ("IBAN", iban(doc)),
            L(
                doc,
                " (Alpgenossenschaft) einzahlen.\n\n",
                " (consortage).\n\n",
                " (consorzio).\n\n",
                " (grazing association).\n\n",
            ),
        )
        g_word = {
            "de": ("Sennerin", "Senn"),
            "fr": ("bergère", "berger"),
            "it": ("casara", "casaro"),
            "en": ("shepherdess", "shepherd"),
        }[doc.lang]
        doc.add(
            L(doc, "Neu auf der Alp ist ", "Cette année, notre ", "Quest'anno il/la ", "New this year: our "),
            g_word[0] if herder.g == "f" else g_word[1],
            " ",
            P(nm(herder, "fl")),
            L(doc, ", erreichbar unter ", ", joignable au ", ", raggiungibile al ", ", reachable on "),
            ("PHONE", herder_tel),
            L(
                doc,
                " (oben oft kein Netz). ",
                " (peu de réseau en haut). ",
                " (poca rete in quota). ",
                " (little signal up there). ",
            ),
        )
        vet = who(doc)
        doc.add(
            L(
                doc,
                "Tierarzt für den Sommer: Dr. ",
                "Vétérinaire de garde : Dr ",
                "Veterinario: dott. ",
                "Vet for the season: ",
            ),
            P(nm(vet, "l")),
            ", ",
            ("PHONE", phone(doc, "land", address(doc).area)),
            ".\n",
        )
        doc.add(
            L(doc, "Alpabzug am ", "Désalpe le ", "Desmontegada il ", "Gather on "),
            dts.plain(dt.date(2026, 9, rng.randint(12, 30))),
            ".\n\n",
        )
        sig(
            doc,
            master,
            L(doc, "Alpmeister", "responsable d'alpage", "capo alpe", "grazing manager"),
            alp,
            None,
            master_tel,
            None,
        )
    elif v == 2:
        ms = [who(doc) for _ in range(3)]
        cow = rng.choice(COWS[doc.lang])
        a = address(doc)
        snd = rng.choice(["f", "nick", "fl"])
        msgs = [
            (
                P(nm(herder, snd)),
                [
                    L(
                        doc,
                        f"{cow} lahmt seit gestern, hinten links. wer ruft den tierarzt?",
                        f"{cow} boite depuis hier. qui appelle le véto ?",
                        f"la {cow} zoppica da ieri. chi chiama il veterinario?",
                        f"{cow} is lame since yesterday, back left. who's ringing the vet?",
                    )
                ],
            ),
            (
                P(nm(ms[0], snd)),
                [
                    L(doc, "mach ich. ", "je m'en charge. ", "ci penso io. ", "on it. "),
                    P(nm(ms[1], "f")),
                    L(doc, " hat die nummer von dr. ", " a le numéro du dr ", " ha il numero del dott. ", " has dr "),
                    P(ms[2].last.lower() if rng.random() < 0.5 else ms[2].last),
                    L(doc, " oder?", " non ?", " vero?", "'s number right?"),
                ],
            ),
            (
                ("PHONE", phone(doc)) if rng.random() < 0.4 else P(nm(ms[1], snd)),
                [("PHONE", phone(doc)), " - ", L(doc, "praxis", "cabinet", "ambulatorio", "surgery")],
            ),
            (
                P(nm(master, snd)),
                [
                    L(
                        doc,
                        "salz und draht holen wir samstag bei mir, ",
                        "sel et fil samedi chez moi, ",
                        "sale e filo sabato da me, ",
                        "salt licks and wire on saturday at mine, ",
                    ),
                    ("ADDRESS", a.street),
                    L(
                        doc,
                        ". alpabzug bleibt am ",
                        ". désalpe toujours le ",
                        ". desmontegada sempre il ",
                        ". gather still on ",
                    ),
                    dts.short(event_date(rng, 2026, 2026)),
                ],
            ),
        ]
        chat(doc, msgs)
    else:
        a = address(doc)
        refs = [who(doc) for _ in range(rng.randint(1, 2))]
        rows = [
            (L(doc, "Name", "Nom", "Cognome e nome", "Name"), P(nm(herder, rng.choice(["fl", "lf", "LF"])))),
            (
                L(doc, "Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"),
                dts.dob(birth(rng, 19, 62)),
            ),
            (L(doc, "Adresse", "Adresse", "Indirizzo", "Address"), addr_items(doc, a, "one")),
            (L(doc, "Handy", "Portable", "Cellulare", "Mobile"), ("PHONE", herder_tel)),
            ("E-Mail", ("EMAIL", email(doc, herder))),
        ]
        if doc.country == "CH":
            rows.append((L(doc, "AHV-Nummer", "N° AVS", "N. AVS", "AHV"), ("AHV", ahv(doc))))
        rows.append(
            (L(doc, "Lohnkonto (IBAN)", "IBAN salaire", "IBAN stipendio", "Wages to (IBAN)"), ("IBAN", iban(doc)))
        )
        rows.append(
            (
                L(doc, "Erfahrung", "Expérience", "Esperienza", "Experience"),
                L(
                    doc,
                    "3 Sommer Milchkühe, Käsen",
                    "2 saisons génisses",
                    "4 stagioni casaro",
                    "lambing and gathering, 5 seasons",
                ),
            )
        )
        for rp in refs:
            rows.append(
                (
                    L(doc, "Referenz", "Référence", "Referenza", "Reference"),
                    [
                        P(nm(rp, "fl")),
                        " (" + L(doc, "Alp Sässli", "alpage du Crêt", "alpe Campo", "Fell End farm") + "), ",
                        ("PHONE", phone(doc)),
                    ],
                )
            )
        rows.append(("IP", ("IP", ip(doc))))
        doc.add(
            L(
                doc,
                "Bewerbung Alppersonal (Formular ",
                "Candidature personnel d'alpage (formulaire ",
                "Candidatura personale d'alpe (modulo ",
                "Seasonal shepherd application (form ",
            ),
            f"#{rng.randint(1000, 9999)})\n\n",
        )
        form(doc, rows)
        doc.add(
            "\n",
            L(doc, "Weitergeleitet an ", "Transmis à ", "Inoltrato a ", "Forwarded to "),
            P(nm(master, "fl")),
            ".\n",
        )


def centre_name(doc: Doc, kind: str) -> str:
    rng = doc.rng
    names = {
        "dialysis": {
            "de": ["Dialysezentrum am See", "Feriendialyse Alpenblick", "Nierenzentrum Süd", "KfH-Zentrum"],
            "fr": ["Centre de dialyse du Léman", "Unité d'hémodialyse Les Tilleuls"],
            "it": ["Centro Dialisi Lago", "Nefrologia e Dialisi - Ospedale Civico"],
            "en": ["Lakeside Renal Unit", "Holiday Dialysis Centre", "Riverside Kidney Care"],
        },
        "sleep": {
            "de": ["Schlaflabor St. Anna", "Zentrum für Schlafmedizin", "Schlafmedizin am Ring"],
            "fr": ["Centre du sommeil", "Laboratoire du sommeil - Clinique des Alpes"],
            "it": ["Centro di Medicina del Sonno", "Laboratorio del sonno - Clinica Sant'Anna"],
            "en": ["Sleep Disorders Centre", "Regional Sleep Lab"],
        },
        "radio": {
            "de": ["Radiologie am Brunnenhof", "MRT-Institut Mitte", "Röntgeninstitut am Bahnhof"],
            "fr": ["Institut de radiologie du Centre", "Imagerie médicale des Alpes"],
            "it": ["Centro Diagnostico per Immagini", "Istituto di Radiologia San Marco"],
            "en": ["Northgate Imaging", "City MRI Centre"],
        },
    }[kind][doc.lang]
    return rng.choice(names)


def biz_domain(name: str, doc: Doc) -> str:
    base = re.sub(r"[^a-z]+", "-", ascii_fold(name).lower()).strip("-")
    base = "-".join(base.split("-")[:3])
    return (
        base
        + {"DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr", "IT": ".it", "GB": ".co.uk", "US": ".com"}[doc.country]
    )


def g_dialysis(doc: Doc, v: int) -> None:
    rng = doc.rng
    dts = Dates(doc)
    pat = who(doc)
    home = address(doc)
    holiday = centre_name(doc, "dialysis")
    hol_a = address(doc)
    hol_dom = biz_domain(holiday, doc)
    nurse = who(doc)
    neph = who(doc)
    d1 = event_date(rng, 2026, 2026)
    d2 = d1 + dt.timedelta(days=rng.choice([7, 10, 14, 21]))
    hotel = rng.choice(
        L(
            doc,
            "Hotel Alpenrose|Pension Edelweiss|Hotel Post",
            "Hôtel du Lac|Hôtel des Alpes",
            "Albergo Bellavista|Hotel Lago",
            "Seaview Guest House|The Harbour Inn",
        ).split("|")
    )
    hotel_a = address(doc)
    if v == 0:
        doc.add(
            L(
                doc,
                "ANFRAGE FERIENDIALYSE",
                "DEMANDE DE DIALYSE DE VACANCES",
                "RICHIESTA DIALISI IN VACANZA",
                "HOLIDAY DIALYSIS REQUEST",
            ),
            f" - {holiday}\n\n",
        )
        f = [
            (L(doc, "Patient/in", "Patient·e", "Paziente", "Patient"), P(nm(pat, rng.choice(["LF", "L,F", "fl"])))),
            (L(doc, "Geburtsdatum", "Né(e) le", "Data di nascita", "DOB"), dts.dob(birth(rng, 30, 85))),
            (L(doc, "Wohnadresse", "Domicile", "Residenza", "Home address"), addr_items(doc, home, "one")),
            (L(doc, "Telefon", "Tél.", "Tel.", "Phone"), ("PHONE", landline_or_mobile(doc, home))),
            (
                L(doc, "Aufenthalt", "Séjour", "Soggiorno", "Stay"),
                [f"{dts.plain(d1)} - {dts.plain(d2)}, {hotel}, ", addr_items(doc, hotel_a, "one")],
            ),
            (
                L(doc, "Dialysezeiten", "Séances", "Sedute", "Sessions"),
                L(doc, "Mo/Mi/Fr vormittags", "lun-mer-ven matin", "mar-gio-sab pom.", "Tue/Thu/Sat am"),
            ),
            (
                L(doc, "Trockengewicht", "Poids sec", "Peso secco", "Dry weight"),
                f"{rng.randint(48, 104)},{rng.randint(0, 9)} kg",
            ),
            (
                L(doc, "Gefässzugang", "Abord vasculaire", "Accesso vascolare", "Access"),
                L(doc, "AV-Shunt li. Unterarm", "FAV avant-bras droit", "FAV braccio sinistro", "AV fistula left"),
            ),
            (
                L(doc, "Serologie (HBsAg/HCV/HIV)", "Sérologies", "Sierologie", "Serology"),
                f"neg. ({dts.plain(d1 - dt.timedelta(days=rng.randint(10, 40)))})",
            ),
            (
                L(doc, "Versicherung", "Assurance", "Assicurazione", "Insurer"),
                {
                    "DE": f"AOK Bayern, Vers.-Nr. A{digits(rng, 9)}",
                    "CH": f"CSS, Vers.-Nr. {digits(rng, 3)}.{digits(rng, 4)}",
                    "FR": f"CPAM, EHIC {digits(rng, 20)}",
                    "AT": f"ÖGK, SV-Nr. {digits(rng, 4)}",
                    "GB": f"NHS {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}",
                    "IT": f"SSN, TEAM {digits(rng, 20)}",
                    "US": f"Medicare ID {digits(rng, 1)}EG{digits(rng, 1)}-TE5-MK{digits(rng, 2)}",
                }[doc.country],
            ),
        ]
        if doc.country == "CH":
            f.append((L(doc, "AHV-Nr.", "N° AVS", "N. AVS", "AHV"), ("AHV", ahv(doc))))
        f += [
            (
                L(
                    doc,
                    "Behandelnde Nephrologin" if neph.g == "f" else "Behandelnder Nephrologe",
                    "Néphrologue",
                    "Nefrologo/a",
                    "Nephrologist",
                ),
                ["Dr. ", P(nm(neph, "fl"))],
            ),
            (
                L(doc, "Kontakt Heimzentrum", "Contact centre d'origine", "Referente centro", "Home unit contact"),
                [
                    P(nm(nurse, "fl")),
                    ", ",
                    ("PHONE", phone(doc, "land", home.area)),
                    ", ",
                    (
                        "EMAIL",
                        email(
                            doc,
                            nurse,
                            {
                                "DE": "nierenzentrum-nord.de",
                                "CH": "dialyse-zentrum.ch",
                                "AT": "dialyse-wien.at",
                                "FR": "chu-dialyse.fr",
                                "IT": "asst-nefro.it",
                                "GB": "nhs.net",
                                "US": "renalcare.org",
                            }[doc.country],
                        ),
                    ),
                ],
            ),
        ]
        form(doc, f)
    elif v == 1:
        pm = email(doc, pat)
        cm = email(doc, nurse, hol_dom)
        mail_head(
            doc,
            who_mail(doc, nurse, cm),
            who_mail(doc, pat, pm),
            [
                L(
                    doc,
                    "Bestätigung Gastdialyse ",
                    "Confirmation dialyse ",
                    "Conferma dialisi ",
                    "Confirmation: guest dialysis ",
                ),
                f"{dts.short(d1)}-{dts.short(d2)}",
            ],
        )
        doc.add(dear(doc, pat))
        doc.add(
            L(
                doc,
                "gerne bestätigen wir Ihnen folgende Behandlungen:\n\n",
                "nous avons le plaisir de vous confirmer les séances suivantes :\n\n",
                "siamo lieti di confermarLe le seguenti sedute:\n\n",
                "we are pleased to confirm the following sessions:\n\n",
            )
        )
        rows = []
        d = d1
        while d < d2 and len(rows) < 7:
            rows.append(
                [
                    dts.plain(d),
                    rng.choice(["07:00", "07:30", "12:30", "13:00"]),
                    f"{rng.randint(1, 18)}",
                    rng.choice(["4 h", "4,5 h", "5 h"]),
                ]
            )
            d += dt.timedelta(days=rng.choice([2, 2, 3]))
        table(
            doc,
            L(
                doc,
                "Datum|Beginn|Platz|Dauer",
                "Date|Début|Poste|Durée",
                "Data|Inizio|Posto|Durata",
                "Date|Start|Station|Length",
            ).split("|"),
            rows,
            rng.choice(["md", "fixed", "tsv"]),
        )
        doc.add(
            "\n",
            L(
                doc,
                "Bitte bringen Sie Medikamentenplan und aktuelle Laborwerte mit. Die Anmeldung ist im Erdgeschoss.\n\n",
                "Merci d'apporter votre plan de médication et vos derniers résultats.\n\n",
                "La preghiamo di portare il piano terapeutico e gli ultimi esami.\n\n",
                "Please bring your medication list and recent bloods.\n\n",
            ),
        )
        sig(
            doc,
            nurse,
            L(
                doc,
                "Pflegeleitung Gastdialyse",
                "Infirmière coordinatrice" if nurse.g == "f" else "Infirmier coordinateur",
                "Coordinatrice dialisi" if nurse.g == "f" else "Coordinatore dialisi",
                "Guest dialysis coordinator",
            ),
            holiday,
            hol_a,
            phone(doc, "land", hol_a.area),
            None,
        )
        doc.add("\n", quote_head(doc, pat, pm, d1 - dt.timedelta(days=rng.randint(20, 60))))
        q = doc.sub()
        q.add(
            L(
                doc,
                "Guten Tag\nich möchte vom ",
                "Bonjour,\nje souhaiterais du ",
                "Buongiorno,\nvorrei dal ",
                "Hello,\nI would like sessions from ",
            ),
            dts.plain(d1),
            L(doc, " bis ", " au ", " al ", " to "),
            dts.plain(d2),
            L(
                doc,
                " bei Ihnen dialysieren. Ich wohne im ",
                " être dialysé(e) chez vous. Je loge à l'",
                " fare dialisi da voi. Alloggio all'",
                ". I'm staying at the ",
            ),
            hotel,
            ".\n",
        )
        comp = who(doc, "m" if pat.g == "f" else "f")
        q.add(
            L(doc, "Meine Begleitperson ", "Mon accompagnant·e ", "Mi accompagna ", "My companion "),
            P(nm(comp, "fl")),
            L(doc, " ist erreichbar unter ", " est joignable au ", ", cell. ", " is on "),
            ("PHONE", phone(doc)),
            ".\n",
            L(doc, "Freundliche Grüsse\n", "Cordialement\n", "Cordiali saluti\n", "Kind regards\n"),
            P(nm(pat, "fl")),
            "\n",
        )
        doc.embed(q, rng.choice(["> ", ">"]))
    elif v == 2:
        comp = pat.relative(rng, "m" if pat.g == "f" else "f")
        sp = rng.choice(["f", "nick"])
        msgs = [
            (
                P(nm(pat, sp)),
                [
                    L(doc, "dialyse in ", "dialyse à ", "dialisi a ", "dialysis in "),
                    hol_a.town,
                    L(
                        doc,
                        " ist bestätigt!! mo mi fr um 7",
                        " confirmée !! lun mer ven 7h",
                        " confermata!! lun mer ven alle 7",
                        " confirmed!! mon wed fri 7am",
                    ),
                ],
            ),
            (
                P(nm(comp, sp)),
                [
                    L(
                        doc,
                        "super. wie weit vom hotel?",
                        "top. c'est loin de l'hôtel ?",
                        "bene. quanto dista dall'albergo?",
                        "great. how far from the hotel?",
                    )
                ],
            ),
            (
                P(nm(pat, sp)),
                [
                    L(doc, "hotel ist ", "l'hôtel est ", "l'hotel è in ", "hotel's at "),
                    ("ADDRESS", hotel_a.street),
                    L(doc, ", zentrum ist ", ", le centre est ", ", il centro è in ", ", unit is at "),
                    ("ADDRESS", hol_a.street),
                    L(doc, ", 10 min zu fuss", ", 10 min à pied", ", 10 minuti a piedi", ", 10 min walk"),
                ],
            ),
            (
                P(nm(comp, sp)),
                [
                    L(
                        doc,
                        "ok. die pflegerin heisst ",
                        "ok. l'infirmière s'appelle ",
                        "ok. l'infermiera si chiama ",
                        "ok. the nurse is called ",
                    )
                    if nurse.g == "f"
                    else L(
                        doc,
                        "ok. der pfleger heisst ",
                        "ok. l'infirmier s'appelle ",
                        "ok. l'infermiere si chiama ",
                        "ok. the nurse is called ",
                    ),
                    P(nm(nurse, "fl")),
                    L(doc, ", nummer ", ", numéro ", ", numero ", ", number "),
                    ("PHONE", phone(doc, "land", hol_a.area)),
                ],
            ),
        ]
        chat(doc, msgs)
    else:
        inv = f"{rng.choice(['RE', 'F', 'FT', 'INV'])}-{rng.randint(2026000, 2026999)}"
        doc.add(
            holiday,
            "\n",
            addr_items(doc, hol_a, "two"),
            "\n",
            L(doc, "Tel. ", "Tél. ", "Tel. ", "Tel "),
            ("PHONE", phone(doc, "land", hol_a.area)),
            "\n\n",
        )
        doc.add(L(doc, "Rechnung ", "Facture ", "Fattura ", "Invoice "), inv, "\n\n")
        doc.add(title(doc, pat), P(nm(pat, "fl")), "\n", addr_items(doc, home, "two"), "\n\n")
        doc.add(
            L(doc, "Patient/in: ", "Patient : ", "Paziente: ", "Patient: "),
            P(nm(pat, "lf")),
            ", ",
            L(doc, "geb. ", "né(e) le ", "nato/a il ", "DOB "),
            dts.dob(birth(rng, 30, 85)),
            "\n",
        )
        n = rng.randint(3, 9)
        price = rng.choice([286, 312, 345, 398, 420])
        doc.add(
            L(
                doc,
                f"{n} Hämodialysen à {price},00 = {n * price},00\n",
                f"{n} séances à {price},00 = {n * price},00\n",
                f"{n} sedute a {price},00 = {n * price},00\n",
                f"{n} sessions at {price}.00 = {n * price}.00\n",
            )
        )
        doc.add(
            L(
                doc,
                "Zahlbar innert 30 Tagen auf ",
                "Payable sous 30 jours sur ",
                "Pagabile entro 30 giorni su ",
                "Payable within 30 days to ",
            ),
            ("IBAN", iban(doc)),
            "\n",
        )
        if rng.random() < 0.4:
            doc.add(
                L(
                    doc,
                    "Anzahlung erhalten per Kreditkarte ",
                    "Acompte reçu par carte ",
                    "Acconto con carta ",
                    "Deposit received by card ",
                ),
                ("CARD", card(doc)),
                "\n",
            )
        doc.add(
            L(
                doc,
                "Rückfragen: Buchhaltung ",
                "Questions : comptabilité ",
                "Domande: amministrazione ",
                "Queries: accounts ",
            ),
            hotline(doc),
            "\n",
        )


def g_sleeplab(doc: Doc, v: int) -> None:
    rng = doc.rng
    dts = Dates(doc)
    pat = who(doc)
    pa = address(doc)
    lab = centre_name(doc, "sleep")
    if v == 0:
        gp = who(doc)
        ga = address(doc)
        doc.add(
            L(doc, "Praxis Dr. med. ", "Cabinet du Dr ", "Studio medico dott. ", "The Surgery - Dr "),
            P(nm(gp, "fl")),
            "\n",
            addr_items(doc, ga, rng.choice(["two", "one"])),
            "\n",
            L(doc, "Tel. ", "Tél. ", "Tel. ", "Tel "),
            ("PHONE", phone(doc, "land", ga.area)),
            [" · Fax ", ("PHONE", phone(doc, "land", ga.area))] if rng.random() < 0.5 else "",
            "\n",
            rng.choice(
                [
                    f"BSNR {digits(rng, 9)}",
                    f"ZSR {rng.choice('ABCDEFGH')}{digits(rng, 6)}",
                    f"RPPS {digits(rng, 11)}",
                    f"GMC {digits(rng, 7)}",
                    f"NPI {digits(rng, 10)}",
                ]
            ),
            "\n\n",
        )
        doc.add(L(doc, "Überweisung an ", "Adressé à : ", "Impegnativa per ", "Referral to "), lab, "\n\n")
        doc.add(
            L(doc, "Patient: ", "Patient : ", "Paziente: ", "Patient: "),
            P(nm(pat, "fl")),
            ", ",
            L(doc, "* ", "né(e) le ", "n. ", "born "),
            dts.dob(birth(rng, 25, 80)),
            "\n",
            addr_items(doc, pa, "one"),
            ", ",
            ("PHONE", landline_or_mobile(doc, pa)),
            "\n\n",
        )
        partner = who(doc, "m" if pat.g == "f" else "f")
        partner.last = pat.last if rng.random() < 0.6 else partner.last
        doc.add(
            L(
                doc,
                "Fragestellung: V.a. obstruktive Schlafapnoe (G47.31). ",
                "Motif : suspicion de SAOS (G47.31). ",
                "Quesito: sospetta OSAS (G47.31). ",
                "Question: suspected obstructive sleep apnoea (G47.31). ",
            ),
            f"ESS {rng.randint(9, 20)}/24, BMI {rng.randint(26, 41)}, "
            + L(doc, "Halsumfang ", "tour de cou ", "circonferenza collo ", "neck ")
            + f"{rng.randint(37, 48)} cm. ",
            L(doc, "Partner/in (", "Conjoint·e (", "Il/la partner (", "Partner ("),
            P(nm(partner, "f")),
            L(
                doc,
                ") beobachtet nächtliche Atemaussetzer.\n",
                ") observe des pauses respiratoires.\n",
                ") riferisce apnee notturne.\n",
                ") reports pauses in breathing at night.\n",
            ),
        )
        doc.add(
            L(
                doc,
                "Bitte um Polysomnographie.\n\nMit kollegialen Grüssen\n",
                "Merci de réaliser une polysomnographie.\n\nConfraternellement,\n",
                "Si richiede polisonnografia.\n\nCordiali saluti\n",
                "Please arrange polysomnography.\n\nBest wishes,\n",
            ),
            "Dr. ",
            P(nm(gp, "iL")),
            "\n",
        )
    elif v == 1:
        firm = rng.choice(["VitalAir", "Resmed Care Partner", "OxyHome", "Somnotec", "Linde Homecare"])
        em = who(doc)
        doc.add(
            L(
                doc,
                "MIETVERTRAG CPAP-GERÄT",
                "CONTRAT DE LOCATION - APPAREIL PPC",
                "CONTRATTO DI NOLEGGIO CPAP",
                "CPAP RENTAL AGREEMENT",
            ),
            f" - {firm}\n",
            L(doc, "Kundennr. ", "N° client ", "Cod. cliente ", "Customer no. "),
            f"{rng.randint(100000, 999999)}\n\n",
        )
        f = [
            (L(doc, "Name, Vorname", "Nom, prénom", "Cognome, nome", "Name"), P(nm(pat, "lf"))),
            (
                L(doc, "Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"),
                dts.dob(birth(rng, 25, 85)),
            ),
            (L(doc, "Strasse", "Adresse", "Via", "Street"), ("ADDRESS", pa.street)),
            (L(doc, "PLZ / Ort", "NPA / Localité", "CAP / Città", "Town / Postcode"), ("ADDRESS", pa.town_line)),
            (L(doc, "Telefon", "Téléphone", "Telefono", "Phone"), ("PHONE", landline_or_mobile(doc, pa))),
            (
                L(doc, "Gerät / SN", "Appareil / N° série", "Apparecchio / matricola", "Device / serial"),
                f"AirSense 11 / {digits(rng, 11)}",
            ),
            (L(doc, "Maske", "Masque", "Maschera", "Mask"), rng.choice(["F20 M", "N30i S", "P10 L"])),
            (
                L(doc, "Notfallkontakt", "Personne de contact", "Contatto emergenza", "Emergency contact"),
                [P(nm(em, "fl")), " ", ("PHONE", phone(doc))],
            ),
            (L(doc, "Lastschrift IBAN", "Prélèvement IBAN", "Addebito IBAN", "Direct debit IBAN"), ("IBAN", iban(doc))),
        ]
        if doc.country == "CH":
            f.insert(2, ("AHV-Nr." if doc.lang == "de" else "N° AVS", ("AHV", ahv(doc))))
        form(doc, f)
        doc.add(
            "\n",
            L(
                doc,
                "Technische Hotline 24/7: ",
                "Hotline technique : ",
                "Assistenza tecnica: ",
                "24/7 technical line: ",
            ),
            hotline(doc),
            "\n",
        )
    elif v == 2:
        doc.add(
            L(doc, "Export Telemonitoring ", "Export télésuivi ", "Export telemonitoraggio ", "Telemonitoring export "),
            f"({lab})\n",
        )
        rows = []
        for _k in range(rng.randint(3, 6)):
            p = who(doc)
            rows.append(
                [
                    f"P{rng.randint(10000, 99999)}",
                    P(nm(p, rng.choice(["fl", "lf"]))),
                    dts.dob(birth(rng, 25, 85)),
                    ("EMAIL", email(doc, p)),
                    f"{rng.randint(2, 8)}.{rng.randint(0, 9)}",
                    f"{rng.randint(1, 25)}.{rng.randint(0, 9)}",
                    ("IP", ip(doc)),
                    lan_ip(doc),
                ]
            )
        keys = ["patient_id", "name", "dob", "email", "usage_h", "ahi", "portal_login_ip", "modem_lan_ip"]
        table(doc, keys, rows, rng.choice(["jsonl", "json", "csv"]), keys=keys)
    else:
        techs = [who(doc) for _ in range(2)]
        doc.add(
            L(doc, "Nachtplan ", "Planning de nuit ", "Turno notte ", "Night list "),
            lab,
            " - ",
            dts.plain(event_date(rng, 2026, 2026)),
            "\n\n",
        )
        rows = []
        for b in range(1, rng.randint(3, 6)):
            p = who(doc)
            rows.append(
                [
                    str(b),
                    P(nm(p, rng.choice(["LF", "lf", "fl"]))),
                    dts.dob(birth(rng, 20, 85)),
                    ("PHONE", phone(doc)),
                    rng.choice(["PSG", "PG", "CPAP-Titration", "MSLT"]),
                    P(nm(rng.choice(techs), "f")),
                ]
            )
        table(
            doc,
            L(
                doc,
                "Bett|Patient|geb.|Telefon|Untersuchung|Tech",
                "Lit|Patient|Né(e)|Tél.|Examen|Tech",
                "Letto|Paziente|Nato/a|Tel.|Esame|Tecnico",
                "Bed|Patient|DOB|Phone|Study|Tech",
            ).split("|"),
            rows,
            rng.choice(["md", "fixed", "pipe"]),
        )
        doc.add(
            "\n",
            L(
                doc,
                "Übergabe: Bett 2 Elektrode C4 neu geklebt. Rufbereitschaft Dr. ",
                "Relève : lit 2 électrode C4 recollée. Médecin de garde Dr ",
                "Consegne: letto 2 elettrodo C4 riattaccato. Reperibile dott. ",
                "Handover: bed 2 C4 electrode re-applied. On call: Dr ",
            ),
            P(nm(who(doc), "l")),
            " ",
            ("PHONE", phone(doc)),
            "\n",
        )


def g_radiology(doc: Doc, v: int) -> None:
    rng = doc.rng
    dts = Dates(doc)
    pat = who(doc)
    pa = address(doc)
    inst = centre_name(doc, "radio")
    ia = address(doc)
    dom = biz_domain(inst, doc)
    ref = who(doc)
    if v == 0:
        doc.add(
            inst,
            " - ",
            L(
                doc,
                "MRT-Sicherheitsfragebogen",
                "Questionnaire de sécurité IRM",
                "Questionario di sicurezza RM",
                "MRI safety questionnaire",
            ),
            "\n\n",
        )
        f = [
            (L(doc, "Name", "Nom", "Cognome", "Surname"), P(pat.last)),
            (L(doc, "Vorname", "Prénom", "Nome", "First name"), P(pat.first)),
            (
                L(doc, "Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"),
                dts.dob(birth(rng, 18, 88)),
            ),
            (
                L(doc, "Gewicht / Grösse", "Poids / taille", "Peso / altezza", "Weight / height"),
                f"{rng.randint(48, 120)} kg / {rng.randint(150, 198)} cm",
            ),
            (L(doc, "Telefon", "Téléphone", "Telefono", "Phone"), ("PHONE", phone(doc))),
            (
                L(doc, "Herzschrittmacher", "Stimulateur cardiaque", "Pacemaker", "Pacemaker"),
                rng.choice(
                    [
                        L(doc, "nein", "non", "no", "no"),
                        f"Azure XT DR MRI, SN {rng.choice('PRX')}{rng.choice('JKL')}{digits(rng, 6)}{rng.choice('HS')}",
                    ]
                ),
            ),
            (
                L(doc, "Metallimplantate", "Implants métalliques", "Protesi metalliche", "Metal implants"),
                rng.choice(
                    [
                        L(doc, "Hüft-TEP re. 2019", "prothèse de genou", "protesi d'anca", "hip replacement 2019"),
                        L(doc, "keine", "aucun", "nessuno", "none"),
                    ]
                ),
            ),
            (
                L(doc, "Platzangst", "Claustrophobie", "Claustrofobia", "Claustrophobia"),
                rng.choice([L(doc, "ja, leicht", "oui, un peu", "sì", "yes, mild"), L(doc, "nein", "non", "no", "no")]),
            ),
            (
                L(doc, "Kreatinin / eGFR", "Créatinine / DFG", "Creatinina / eGFR", "Creatinine / eGFR"),
                f"{rng.randint(60, 130)} µmol/l / {rng.randint(45, 110)} ({dts.plain(event_date(rng, 2026, 2026))})",
            ),
            (L(doc, "Zuweiser/in", "Médecin prescripteur", "Medico inviante", "Referrer"), ["Dr. ", P(nm(ref, "iL"))]),
            (
                L(
                    doc,
                    "Begleitperson / Notfall",
                    "Accompagnant / urgence",
                    "Accompagnatore / emergenza",
                    "Next of kin",
                ),
                [P(nm(pat.relative(rng, rng.choice("mf")), "fl")), ", ", ("PHONE", phone(doc))],
            ),
        ]
        form(doc, f)
        doc.add(
            "\n",
            L(doc, "Ort, Datum: ", "Lieu, date : ", "Luogo, data: ", "Place, date: "),
            pa.town,
            ", ",
            dts.plain(event_date(rng, 2026, 2026)),
            "   ",
            L(doc, "Unterschrift: ", "Signature : ", "Firma: ", "Signed: "),
            P(nm(pat, "iL")),
            "\n",
        )
    elif v == 1:
        pm = email(doc, pat)
        sec = who(doc, "f")
        sm = email(doc, sec, dom)
        d = event_date(rng, 2026, 2026)
        mail_head(
            doc,
            who_mail(doc, pat, pm),
            who_mail(doc, sec, sm),
            [
                L(
                    doc,
                    "Re: Ihr MRT-Termin am ",
                    "Re: votre rendez-vous IRM du ",
                    "R: appuntamento RM del ",
                    "Re: your MRI appointment on ",
                ),
                dts.plain(d),
            ],
        )
        doc.add(
            L(doc, "Guten Tag Frau ", "Bonjour Madame ", "Buongiorno Sig.ra ", "Hello Ms "),
            P(sec.last),
            "\n\n",
            L(
                doc,
                "danke, ich komme. Bitte neue Handynummer notieren: ",
                "merci, je serai là. Nouveau portable : ",
                "grazie, ci sarò. Nuovo cellulare: ",
                "thanks, I'll be there. New mobile: ",
            ),
            ("PHONE", phone(doc)),
            L(
                doc,
                ". Die Überweisung von Dr. ",
                ". L'ordonnance du Dr ",
                ". L'impegnativa del dott. ",
                ". The referral from Dr ",
            ),
            P(nm(ref, "l")),
            L(doc, " bringe ich mit.\n", " suivra.\n", " la porto io.\n", " is coming with me.\n"),
            L(doc, "Gruss\n", "Cordialement,\n", "Saluti\n", "Best,\n"),
            P(nm(pat, rng.choice(["fl", "f"]))),
            "\n\n",
        )
        doc.add(quote_head(doc, sec, sm, d - dt.timedelta(days=rng.randint(3, 20))))
        q = doc.sub()
        q.add(dear(doc, pat))
        q.add(
            L(doc, "Ihr Termin: ", "Votre rendez-vous : ", "Appuntamento: ", "Your appointment: "),
            f"{dts.plain(d)}, {rng.randint(7, 18)}:{rng.choice(['00', '15', '30', '45'])}, "
            + L(doc, "MRT Knie links", "IRM genou gauche", "RM ginocchio sinistro", "MRI left knee")
            + ".\n",
            L(doc, "Portal-Code: ", "Code portail : ", "Codice portale: ", "Portal code: "),
            f"{rng.choice('ABCDEFGHJK')}{digits(rng, 3)}-{rng.choice('MNPQRSTUVW')}{digits(rng, 2)}\n",
            L(doc, "Freundliche Grüsse\n", "Meilleures salutations\n", "Cordiali saluti\n", "Kind regards\n"),
        )
        sig_q = q
        sig(
            sig_q,
            sec,
            L(doc, "Empfang", "Accueil", "Accettazione", "Reception"),
            inst,
            ia,
            phone(doc, "land", ia.area),
            None,
        )
        doc.embed(q, "> ")
    elif v == 2:
        if rng.random() < 0.5:
            doc.add(
                L(
                    doc,
                    "DICOM-Header aus dem Import (schlägt fehl):\n",
                    "En-tête DICOM de l'import (échoue) :\n",
                    "Header DICOM dall'importazione (errore):\n",
                    "DICOM header from the failing import:\n",
                )
            )
            doc.add("(0008,0050) SH [", f"ACC{digits(rng, 10)}", "]\n(0008,0080) LO [", inst, "]\n")
            doc.add(
                "(0008,0090) PN [",
                P(nm(ref, "dicom")),
                "]\n(0010,0010) PN [",
                P(nm(pat, rng.choice(["dicom", "dicom2"]))),
                "]\n",
            )
            doc.add(
                "(0010,0020) LO [",
                f"PID{digits(rng, 7)}",
                "]\n(0010,0030) DA [",
                ("DOB", fmt_date(doc, birth(rng, 18, 90), "ymd8")),
                "]\n",
            )
            doc.add(
                f"(0010,0040) CS [{'M' if pat.g == 'm' else 'F'}]\n(0010,1040) LO [",
                ("ADDRESS", pa.street),
                "^^",
                ("ADDRESS", pa.town_line),
                "]\n(0010,2154) SH [",
                ("PHONE", phone(doc)),
                "]\n",
            )
            doc.add(f"(0018,1000) LO [{digits(rng, 5)}]\n(0020,000D) UI [1.2.840.{digits(rng, 5)}.{digits(rng, 8)}]\n")
        else:
            doc.add(
                L(
                    doc,
                    "Worklist-Export RIS:\n",
                    "Export worklist RIS :\n",
                    "Export worklist RIS:\n",
                    "RIS worklist export:\n",
                )
            )
            rows = []
            for _k in range(rng.randint(3, 7)):
                p = who(doc)
                rows.append(
                    [
                        f"A{digits(rng, 8)}",
                        P(nm(p, "dicom")),
                        ("DOB", fmt_date(doc, birth(rng, 5, 90), "ymd8")),
                        "M" if p.g == "m" else "F",
                        rng.choice(["MR", "CT", "US", "MG"]),
                        rng.choice(["MR1_SIEMENS", "CT_AE02", "USROOM3"]),
                        P(nm(rng.choice([ref, who(doc)]), "dicom")),
                    ]
                )
            table(
                doc,
                [
                    "AccessionNumber",
                    "PatientName",
                    "PatientBirthDate",
                    "PatientSex",
                    "Modality",
                    "ScheduledStationAETitle",
                    "ReferringPhysicianName",
                ],
                rows,
                rng.choice(["csv", "tsv", "ssv"]),
            )
        doc.add(
            L(doc, "\nPACS läuft auf ", "\nLe PACS tourne sur ", "\nIl PACS è su ", "\nPACS is on "),
            lan_ip(doc),
            ":104\n",
        )
    else:
        rad = who(doc)
        doc.add(inst, " · ", addr_items(doc, ia, "one"), " · ", ("PHONE", phone(doc, "land", ia.area)), "\n\n")
        doc.add(
            dear(doc, ref)
            if rng.random() < 0.5
            else [
                L(
                    doc,
                    "Sehr geehrte Kollegin, sehr geehrter Kollege\n\n",
                    "Chère consœur, cher confrère,\n\n",
                    "Gentile collega,\n\n",
                    "Dear colleague,\n\n",
                )
            ]
        )
        doc.add(
            L(doc, "Befund vom ", "Compte rendu du ", "Referto del ", "Report of "),
            dts.plain(event_date(rng, 2026, 2026)),
            L(doc, " für ", " pour ", " per ", " for "),
            title(doc, pat),
            P(nm(pat, "fl")),
            ", ",
            L(doc, "geb. ", "né(e) le ", "nato/a il ", "DOB "),
            dts.dob(birth(rng, 18, 90)),
            "\n\n",
        )
        doc.add(
            L(
                doc,
                "MRT LWS nativ: Bandscheibenprotrusion L4/5 mit Kontakt zur Wurzel L5 rechts. Keine Fraktur.\n",
                "IRM lombaire : protrusion discale L4-L5 au contact de la racine L5 droite.\n",
                "RM rachide lombare: protrusione discale L4-L5 con contatto radice L5 dx.\n",
                "MRI lumbar spine: L4/5 disc protrusion contacting the right L5 root.\n",
            ),
            "\n",
        )
        doc.add(
            L(
                doc,
                "Mit freundlichen Grüssen\n",
                "Bien confraternellement,\n",
                "Cordiali saluti\n",
                "Yours sincerely,\n",
            ),
            "Dr. ",
            P(nm(rad, "fl")),
            "\n",
            L(doc, "Kopie: Patient/in, ", "Copie : patient·e, ", "Copia: paziente, ", "cc: patient, "),
            addr_items(doc, pa, "one"),
            "\n",
        )


SI_CLUBS = {
    "de": [
        "OLG Zimmerberg",
        "OL Regio Olten",
        "TV Schorndorf OL",
        "HSV Graz Orientierungslauf",
        "OLV Baselland",
        "SC Berlin Orientierungslauf",
    ],
    "fr": ["CO Chenau", "Lausanne-Jorat", "ASO Sillery", "Balise 25"],
    "it": ["Gruppo Orientistico Lugano", "ASCO Lugano", "Pol. Besanese", "Gronlait"],
    "en": ["Lakeland OC", "EPOC", "Bristol OC", "Cascade OC", "Delaware Valley OC"],
}


def g_orienteering(doc: Doc, v: int) -> None:
    rng = doc.rng
    dts = Dates(doc)
    club = rng.choice(SI_CLUBS[doc.lang])
    dom = biz_domain(club, doc)
    if v == 0:
        doc.add(
            L(doc, "Meldeliste ", "Liste des inscrits ", "Lista iscritti ", "Entry list "),
            rng.choice(
                L(
                    doc,
                    "Nacht-OL|Sprint|Mitteldistanz",
                    "CO de nuit|sprint",
                    "gara sprint|media distanza",
                    "Middle distance|Night event",
                ).split("|")
            ),
            " ",
            dts.plain(event_date(rng, 2026, 2026)),
            "\n",
        )
        rows = []
        for _k in range(rng.randint(5, 10)):
            p = who(doc)
            cat = ("H" if p.g == "m" else "D") + rng.choice(
                ["12", "14", "16", "18", "20", "21", "35", "45", "55", "65"]
            )
            if doc.lang in ("en",):
                cat = ("M" if p.g == "m" else "W") + cat[1:]
            rows.append(
                [
                    P(p.last),
                    P(p.first),
                    str(rng.randint(1950, 2014)),
                    cat,
                    rng.choice(SI_CLUBS[doc.lang]),
                    str(
                        rng.choice(
                            [rng.randint(2000000, 2999999), rng.randint(8000000, 8999999), rng.randint(100000, 499999)]
                        )
                    ),
                    ("PHONE", phone(doc)) if rng.random() < 0.8 else "",
                    ("EMAIL", email(doc, p)) if rng.random() < 0.6 else "",
                    ("IP", ip(doc)),
                ]
            )
        hdr = L(
            doc,
            "Name|Vorname|Jg|Kat|Club|SI-Card|Notfallnummer|E-Mail|IP",
            "Nom|Prénom|Année|Cat|Club|SI-Card|Tél. urgence|E-mail|IP",
            "Cognome|Nome|Anno|Cat|Società|SI-Card|Tel. emergenza|Email|IP",
            "Surname|First name|YOB|Class|Club|SI card|ICE phone|Email|IP",
        ).split("|")
        if rng.random() < 0.5:
            hdr = hdr[:-1]
            rows = [r[:-1] for r in rows]
        table(doc, hdr, rows, rng.choice(["csv", "ssv", "tsv", "md", "fixed"]))
        doc.add(
            "\n",
            L(
                doc,
                "Anmeldungen an anmeldung@",
                "Inscriptions : inscriptions@",
                "Iscrizioni: iscrizioni@",
                "Entries to entries@",
            ),
            dom,
            "\n",
        )
    elif v == 1:
        par = who(doc)
        kids = [par.relative(rng, rng.choice("mf")) for _ in range(rng.randint(1, 2))]
        leader = who(doc)
        pm = email(doc, par)
        lm = email(doc, leader, dom)
        a = address(doc)
        d = event_date(rng, 2026, 2026)
        mail_head(
            doc,
            who_mail(doc, leader, lm),
            who_mail(doc, par, pm),
            [
                L(
                    doc,
                    "AW: Anmeldung Trainingslager ",
                    "RE: inscription camp d'entraînement ",
                    "R: iscrizione campo d'allenamento ",
                    "Re: training camp entry - ",
                ),
                P(nm(kids[0], "f")),
            ],
        )
        doc.add(dear(doc, par, familiar=rng.random() < 0.6))
        doc.add(
            L(
                doc,
                "danke, die Anmeldung ist angekommen. Lagerbeitrag bitte auf ",
                "merci, l'inscription est bien arrivée. Merci de verser la participation sur ",
                "grazie, iscrizione ricevuta. Quota sul conto ",
                "thanks, the entry has arrived. Please pay the camp fee to ",
            ),
            ("IBAN", iban(doc)),
            L(doc, " überweisen.\n\n", ".\n\n", ".\n\n", ".\n\n"),
        )
        sig(
            doc,
            leader,
            L(doc, "Lagerleitung", "Responsable du camp", "Responsabile campo", "Camp lead"),
            club,
            None,
            phone(doc),
            None,
        )
        doc.add("\n", quote_head(doc, par, pm, d))
        q = doc.sub()
        q.add(
            L(
                doc,
                "Hallo zusammen\nich melde an:\n",
                "Bonjour,\nj'inscris :\n",
                "Salve,\niscrivo:\n",
                "Hi,\nI'd like to enter:\n",
            )
        )
        for k in kids:
            q.add("- ", P(nm(k, "fl")), ", ", dts.dob(birth(rng, 8, 17)))
            if doc.country == "CH":
                q.add(", AHV ", ("AHV", ahv(doc)))
            q.add("\n")
        q.add(
            L(doc, "Adresse: ", "Adresse : ", "Indirizzo: ", "Address: "),
            addr_items(doc, a, "one"),
            "\n",
            L(doc, "Erreichbar: ", "Joignable : ", "Telefono: ", "Contact: "),
            ("PHONE", phone(doc)),
            "\n",
            L(doc, "Gruss ", "Salutations, ", "Saluti, ", "Cheers, "),
            P(nm(par, rng.choice(["f", "fl"]))),
            "\n",
        )
        doc.embed(q, "> ")
    elif v == 2:
        ms = [who(doc) for _ in range(4)]
        a = address(doc)
        sn = rng.choice(["f", "nick", "fl"])
        msgs = [
            (
                P(nm(ms[0], sn)),
                [
                    L(
                        doc,
                        "posten 43 hängt falsch, steht 50m zu weit nördlich!",
                        "le poste 43 est mal placé, 50 m trop au nord !",
                        "il punto 43 è spostato, 50 m troppo a nord!",
                        "control 43 is hung wrong, 50m too far north!",
                    )
                ],
            ),
            (
                P(nm(ms[1], sn)),
                [
                    L(doc, "sag's ", "dis-le à ", "dillo a ", "tell "),
                    P(nm(ms[2], "f")),
                    L(
                        doc,
                        ", " + ("sie" if ms[2].g == "f" else "er") + " hat die bahnen gelegt",
                        ", c'est " + ("elle" if ms[2].g == "f" else "lui") + " qui a tracé",
                        ", ha tracciato i percorsi",
                        ", " + ("she" if ms[2].g == "f" else "he") + " set the courses",
                    ),
                ],
            ),
            (
                P(nm(ms[2], sn)) if rng.random() < 0.6 else ("PHONE", phone(doc)),
                [
                    L(
                        doc,
                        "mist. korrigiere ich heute abend. karten drucke ich bei ",
                        "zut. je corrige ce soir. j'imprime les cartes chez ",
                        "accidenti. correggo stasera. stampo le mappe da ",
                        "damn. will fix tonight. printing maps at ",
                    ),
                    P(nm(ms[3], rng.choice(["f", "l"]))),
                    ", ",
                    ("ADDRESS", a.street),
                ],
            ),
            (
                P(nm(ms[3], sn)),
                [
                    L(
                        doc,
                        "ok, ab 19 uhr. sonst ",
                        "ok, dès 19h. sinon ",
                        "ok, dalle 19. altrimenti ",
                        "ok from 7pm. otherwise ",
                    ),
                    ("PHONE", phone(doc)),
                ],
            ),
        ]
        chat(doc, msgs)
    else:
        doc.add(
            L(doc, "Resultate ", "Résultats ", "Classifica ", "Results "),
            rng.choice(["H45", "D21", "M50", "W16"]),
            f" - {rng.choice(['4.2 km', '5,1 km', '3.8 km'])}, {rng.randint(12, 24)} "
            + L(doc, "Posten", "postes", "punti", "controls")
            + "\n\n",
        )
        rows = []
        times = sorted(rng.randint(1500, 4500) for _ in range(rng.randint(5, 10)))
        for k, t in enumerate(times, 1):
            p = who(doc)
            rows.append(
                [
                    str(k),
                    P(nm(p, rng.choice(["fl", "l_f"]))),
                    rng.choice(SI_CLUBS[doc.lang]),
                    f"{t // 60}:{t % 60:02d}",
                    f"+{(t - times[0]) // 60}:{(t - times[0]) % 60:02d}" if k > 1 else "",
                ]
            )
        table(
            doc,
            L(
                doc,
                "Rang|Name|Club|Zeit|Rückstand",
                "Rang|Nom|Club|Temps|Écart",
                "Pos|Nome|Società|Tempo|Distacco",
                "Pos|Name|Club|Time|Behind",
            ).split("|"),
            rows,
            "fixed",
        )
        org = [who(doc) for _ in range(2)]
        doc.add(
            "\n",
            L(doc, "Bahnleger: ", "Traceur : ", "Tracciatore: ", "Planner: "),
            P(nm(org[0], "fl")),
            ", ",
            ("PHONE", phone(doc)),
            "\n",
            L(doc, "Auswertung: ", "Chronométrage : ", "Cronometraggio: ", "Results: "),
            P(nm(org[1], "fl")),
            ", ",
            ("EMAIL", email(doc, org[1])),
            "\n",
        )


PRO = {"DE": "GEMA", "AT": "AKM", "CH": "SUISA", "FR": "SACEM", "IT": "SIAE", "GB": "PRS", "US": "BMI"}
SONGS = [
    "Nachtfalter",
    "Kein Zurück",
    "Sous la pluie",
    "Le dernier train",
    "Vento di luglio",
    "Cartoline",
    "Paper Lanterns",
    "Slow River",
    "Glasherz",
    "Nordwind",
    "Tessiner Sommer",
    "Minuit pile",
]


def g_songsplits(doc: Doc, v: int) -> None:
    rng = doc.rng
    dts = Dates(doc)
    song = rng.choice(SONGS)
    pro = PRO[doc.country]
    pub = rng.choice(
        [
            "Edition Nordlicht",
            "Kellerkind Musikverlag",
            "Éditions Minuit Pile",
            "Edizioni Sottovoce",
            "Hollow Oak Publishing",
            "Blue Hour Songs",
        ]
    )
    writers = [who(doc) for _ in range(rng.randint(2, 4))]
    shares = [100 // len(writers)] * len(writers)
    shares[0] += 100 - sum(shares)
    if v == 0:
        doc.add(
            'SPLIT SHEET - "',
            song,
            '"\n',
            L(doc, "Datum: ", "Date : ", "Data: ", "Date: "),
            dts.plain(event_date(rng, 2026, 2026)),
            f"   {pro}-Werk-Nr.: {digits(rng, 8)}\n\n",
        )
        for w, sh in zip(writers, shares, strict=False):
            a = address(doc)
            form(
                doc,
                [
                    (L(doc, "Urheber/in", "Auteur·e", "Autore", "Writer"), P(nm(w, rng.choice(["fl", "LF"])))),
                    (L(doc, "Anteil", "Part", "Quota", "Share"), f"{sh} %"),
                    ("IPI", f"{digits(rng, 9 if rng.random() < 0.5 else 11)}"),
                    (
                        L(doc, "Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"),
                        dts.dob(birth(rng, 19, 60)),
                    ),
                    (L(doc, "Adresse", "Adresse", "Indirizzo", "Address"), addr_items(doc, a, "one")),
                    ("E-Mail", ("EMAIL", email(doc, w))),
                    (L(doc, "Verlag", "Éditeur", "Editore", "Publisher"), pub),
                ],
                aligned=True,
            )
            doc.add(
                L(doc, "Unterschrift: ", "Signature : ", "Firma: ", "Signature: "), "______  (", P(nm(w, "iL")), ")\n\n"
            )
    elif v == 1:
        w = writers[0]
        co = writers[1]
        pe = who(doc)
        wm = email(doc, w)
        pm = email(doc, pe, biz_domain(pub, doc))
        a_old, a_new = address(doc), address(doc)
        mail_head(
            doc,
            who_mail(doc, w, wm),
            who_mail(doc, pe, pm),
            [L(doc, "Anmeldung ", "Déclaration ", "Deposito ", "Registration: "), f'"{song}"'],
            cc=[who_mail(doc, co, email(doc, co))],
        )
        doc.add(dear(doc, pe, familiar=True))
        doc.add(
            L(
                doc,
                f"anbei die Daten für die {pro}-Anmeldung. Aufteilung: ",
                f"voici les infos pour la déclaration {pro}. Répartition : ",
                f"ecco i dati per il deposito {pro}. Ripartizione: ",
                f"here are the details for the {pro} registration. Split: ",
            )
        )
        for j, (x, sh) in enumerate(zip(writers, shares, strict=False)):
            doc.add(", " if j else "", P(nm(x, rng.choice(["fl", "f", "l"]) if j else "f")), f" {sh}%")
        doc.add(
            ".\n\n",
            L(doc, "Meine neue Adresse: ", "Ma nouvelle adresse : ", "Il mio nuovo indirizzo: ", "My new address: "),
            addr_items(doc, a_new, "one"),
            L(doc, " (vorher ", " (avant ", " (prima ", " (was "),
            ("ADDRESS", a_old.street),
            "). ",
            L(doc, "Tantiemen bitte auf ", "Droits sur ", "Diritti su ", "Royalties to "),
            ("IBAN", iban(doc)),
            ".\n",
            L(doc, "Steuer-ID ", "N° fiscal ", "Codice fiscale ", "UTR "),
            digits(rng, 11)
            if doc.lang != "it"
            else f"{ascii_fold(w.last)[:3].upper():X<3}{digits(rng, 2)}A{digits(rng, 2)}F{digits(rng, 3)}Z",
            "\n\n",
            P(nm(w, "f")),
            "\n",
        )
    elif v == 2:
        doc.add(
            L(doc, "Abrechnung Q", "Relevé T", "Rendiconto T", "Statement Q"),
            f"{rng.randint(1, 4)}/2026 - ",
            rng.choice(["Distrokid", "recordJet", "Believe", "CD Baby", "iMusician"]),
            "\n",
        )
        rows = []
        for w, sh in zip(writers, shares, strict=False):
            rows.append(
                [
                    P(nm(w, rng.choice(["fl", "lf"]))),
                    ("EMAIL", email(doc, w)),
                    f"{rng.choice(['DE', 'CH', 'FR', 'IT', 'GB', 'US'])}-{rng.choice(['A1B', 'Z3K', 'QM4'])}-26-"
                    f"{digits(rng, 5)}",
                    str(rng.randint(1000, 900000)),
                    f"{sh}",
                    f"{rng.randint(3, 900)}.{digits(rng, 2)}",
                    ("IBAN", iban(doc)) if rng.random() < 0.8 else "",
                    ("IP", ip(doc)),
                ]
            )
        table(
            doc,
            ["payee", "email", "isrc", "streams", "split_pct", "amount_eur", "payout_iban", "login_ip"],
            rows,
            rng.choice(["csv", "tsv", "jsonl", "ssv"]),
        )
    else:
        sn = rng.choice(["f", "nick"])
        studio = address(doc)
        prod = who(doc)
        msgs = [
            (
                P(nm(writers[0], sn)),
                [
                    L(
                        doc,
                        f"splits für {song}: ",
                        f"splits pour {song} : ",
                        f"split per {song}: ",
                        f"splits for {song}: ",
                    )
                ]
                + [
                    x
                    for j, (w, sh) in enumerate(zip(writers, shares, strict=False))
                    for x in ([", "] if j else []) + [P(w.first.lower()), f" {sh}"]
                ],
            ),
            (
                P(nm(writers[1], sn)),
                [
                    L(doc, "passt. und ", "ok pour moi. et ", "per me ok. e ", "fine. and "),
                    P(nm(prod, "f")),
                    L(
                        doc,
                        "? " + ("sie" if prod.g == "f" else "er") + " hat die bridge geschrieben",
                        " ? c'est " + ("elle" if prod.g == "f" else "lui") + " qui a écrit le pont",
                        "? ha scritto " + ("lei" if prod.g == "f" else "lui") + " il bridge",
                        "? " + ("she" if prod.g == "f" else "he") + " wrote the bridge",
                    ),
                ],
            ),
            (
                ("PHONE", phone(doc)),
                [
                    L(
                        doc,
                        "session fr 14h im studio, ",
                        "session ven 14h au studio, ",
                        "sessione ven ore 14 in studio, ",
                        "session fri 2pm at the studio, ",
                    ),
                    ("ADDRESS", studio.street),
                    ", ",
                    ("ADDRESS", studio.town_line),
                ],
            ),
            (
                P(nm(writers[0], sn)),
                [
                    L(doc, "ipi von ", "ipi de ", "ipi di ", "what's "),
                    P(prod.first.lower()),
                    L(doc, " fehlt noch, mail: ", " manque, mail : ", " manca, mail: ", "'s ipi? email: "),
                    ("EMAIL", email(doc, prod)),
                ],
            ),
        ]
        chat(doc, msgs, lower=True)


def g_twinning(doc: Doc, v: int) -> None:
    rng = doc.rng
    dts = Dates(doc)
    partner = rng.choice(
        {
            "de": ["Saint-Cyr-sur-Loire", "Pordenone", "Bad Ischl", "Wadowice", "Colmar", "Hexham"],
            "fr": ["Bad Säckingen", "Lahr", "Montecatini", "Gérardmer", "Wetzlar"],
            "it": ["Weil am Rhein", "Gap", "Tübingen", "Morges"],
            "en": ["Honfleur", "Bad Homburg", "Siena", "Cluny"],
        }[doc.lang]
    )
    ev = event_date(rng, 2026, 2026)
    if v == 0:
        doc.add(
            L(
                doc,
                "Gastfamilien-Zuteilung Besuch aus ",
                "Répartition familles d'accueil - visite de ",
                "Abbinamento famiglie ospitanti - visita da ",
                "Host family allocation - visit from ",
            ),
            partner,
            f", {dts.plain(ev)}\n\n",
        )
        rows = []
        for _k in range(rng.randint(4, 8)):
            g = who(doc)
            h = who(doc)
            a = address(doc)
            rows.append(
                [
                    P(nm(g, rng.choice(["fl", "LF"]))),
                    dts.dob(birth(rng, 12, 80)),
                    [
                        "Fam. "
                        if doc.lang == "de"
                        else ("Famille " if doc.lang == "fr" else ("Fam. " if doc.lang == "it" else "The ")),
                        P(h.last),
                    ],
                    ("ADDRESS", a.street),
                    ("PHONE", landline_or_mobile(doc, a)),
                    rng.choice(
                        L(
                            doc,
                            "vegetarisch|Katze im Haus|",
                            "sans gluten|végétarien|",
                            "allergia noci|vegetariano|",
                            "no stairs|vegan|",
                        ).split("|")
                    ),
                ]
            )
        table(
            doc,
            L(
                doc,
                "Gast|geb.|Gastfamilie|Adresse|Telefon|Hinweis",
                "Invité|Né(e) le|Famille|Adresse|Tél.|Remarque",
                "Ospite|Nato/a|Famiglia|Indirizzo|Tel.|Note",
                "Guest|DOB|Host|Address|Phone|Notes",
            ).split("|"),
            rows,
            rng.choice(["md", "csv", "tsv", "fixed", "ssv"]),
        )
    elif v == 1:
        pres = who(doc)
        other = who(doc)
        mail_head(
            doc,
            who_mail(doc, pres, email(doc, pres)),
            who_mail(doc, other, email(doc, other)),
            [
                L(doc, "Delegationsliste ", "Liste de la délégation ", "Elenco delegazione ", "Delegation list ")
                + partner
            ],
            cc=[f"jumelage@mairie-{slug(partner).replace('_', '-')[:12]}.fr"],
        )
        doc.add(dear(doc, other, familiar=rng.random() < 0.5))
        doc.add(
            L(
                doc,
                "hier unsere Teilnehmenden mit Geburtsdatum und Ausweisnummer für das Hotel:\n\n",
                "voici nos participants avec date de naissance et n° de pièce d'identité pour l'hôtel :\n\n",
                "ecco i partecipanti con data di nascita e n. documento per l'albergo:\n\n",
                "here are our participants with dates of birth and ID numbers for the hotel:\n\n",
            )
        )
        for k in range(rng.randint(3, 7)):
            p = who(doc)
            doc.add(
                f"{k + 1}. ",
                P(nm(p, rng.choice(["LF", "lf", "fl"]))),
                ", ",
                dts.dob(birth(rng, 16, 85)),
                ", ",
                rng.choice(L(doc, "ID |Pass ", "CNI |passeport ", "CI |passaporto ", "ID |Passport ").split("|")),
                f"{rng.choice('CLFX')}{rng.choice('ABCDEFGHJ')}{digits(rng, 7)}",
                "\n",
            )
        doc.add(
            "\n",
            L(
                doc,
                "Bus: Reisebüro Gruber, Notfall ",
                "Car : Voyages Favre, urgence ",
                "Pullman: Autolinee Rossi, emergenze ",
                "Coach: Shearings, emergencies ",
            ),
            hotline(doc),
            "\n\n",
        )
        sig(
            doc,
            pres,
            L(
                doc,
                "Präsident/in Partnerschaftskomitee",
                "Président·e du comité de jumelage",
                "Presidente comitato gemellaggi",
                "Chair, Twinning Association",
            ),
            None,
            address(doc),
            phone(doc),
            None,
        )
    elif v == 2:
        ms = [who(doc) for _ in range(4)]
        a = address(doc)
        sn = rng.choice(["f", "fl", "nick"])
        msgs = [
            (
                P(nm(ms[0], sn)),
                [
                    L(doc, "2 gäste aus ", "2 invités de ", "2 ospiti da ", "2 guests from "),
                    partner,
                    L(
                        doc,
                        " haben noch keine familie!",
                        " n'ont pas de famille !",
                        " senza famiglia!",
                        " still have no host!",
                    ),
                ],
            ),
            (
                P(nm(ms[1], sn)),
                [
                    L(doc, "wir nehmen sie. ", "on les prend. ", "li prendiamo noi. ", "we'll take them. "),
                    ("ADDRESS", a.street),
                    L(doc, ", klingeln bei ", ", sonnez chez ", ", citofono ", ", ring at "),
                    P(ms[1].last),
                ],
            ),
            (
                ("PHONE", phone(doc)) if rng.random() < 0.5 else P(nm(ms[2], sn)),
                [
                    L(doc, "danke! ", "merci ! ", "grazie! ", "thanks! "),
                    P(nm(ms[3], "f")),
                    L(
                        doc,
                        " holt sie um 18 uhr am bus ab",
                        " les récupère au car à 18h",
                        " li prende al pullman alle 18",
                        " picks them up from the coach at 6",
                    ),
                ],
            ),
            (
                P(nm(ms[3], sn)),
                [
                    L(
                        doc,
                        "ok. meine nummer falls was ist: ",
                        "ok. mon numéro si besoin : ",
                        "ok. il mio numero: ",
                        "ok. my number if needed: ",
                    ),
                    ("PHONE", phone(doc)),
                ],
            ),
        ]
        chat(doc, msgs)
    else:
        p = who(doc)
        a = address(doc)
        em = p.relative(rng, rng.choice("mf")) if rng.random() < 0.6 else who(doc)
        rows = [
            ("name", P(nm(p, "fl"))),
            ("birth_date", dts.dob(birth(rng, 16, 85))),
            ("street", ("ADDRESS", a.street)),
            ("zip_town", ("ADDRESS", a.town_line)),
            ("mobile", ("PHONE", phone(doc))),
            ("email", ("EMAIL", email(doc, p))),
            ("emergency_contact", [P(nm(em, "fl")), " ", ("PHONE", phone(doc))]),
            ("diet", rng.choice(["vegan", "none", "halal", "lactose free"])),
            ("payment", ("IBAN", iban(doc)) if rng.random() < 0.6 else ("CARD", card(doc))),
            ("submitted_from", ("IP", ip(doc))),
        ]
        doc.add(
            L(
                doc,
                "Anmeldung Bürgerreise nach ",
                "Inscription voyage à ",
                "Iscrizione viaggio a ",
                "Sign-up, trip to ",
            ),
            partner,
            "\n",
        )
        if rng.random() < 0.5:
            doc.add("{\n")
            for j, (k, val) in enumerate(rows):
                doc.add(f'  "{k}": "', val, '"' + ("," if j < len(rows) - 1 else "") + "\n")
            doc.add("}\n")
        else:
            form(doc, rows, sep=" =")


def g_doctoral(doc: Doc, v: int) -> None:
    rng = doc.rng
    dts = Dates(doc)
    cand = who(doc)
    uni = rng.choice(
        {
            "de": ["Universität Bern", "LMU München", "Universität Wien", "Universität Freiburg"],
            "fr": ["Université de Lausanne", "Université Grenoble Alpes", "Université de Genève"],
            "it": ["Università della Svizzera italiana", "Università di Padova", "Politecnico di Milano"],
            "en": ["University of York", "University of Edinburgh", "University of Oregon"],
        }[doc.lang]
    )
    udom = biz_domain(uni, doc)
    sup = who(doc)
    ext = who(doc)
    thesis = rng.choice(
        [
            "Adaptive Sampling in Alpine Hydrology",
            "Les réseaux de sociabilité au XVIIIe siècle",
            "Modelli bayesiani per la sorveglianza epidemiologica",
            "Ion transport in layered oxides",
            "Sprachkontakt im Grenzraum",
        ]
    )
    if v == 0:
        a = address(doc)
        doc.add(
            L(
                doc,
                "Antrag auf Zulassung zur Disputation",
                "Demande d'admission à la soutenance",
                "Domanda di ammissione alla discussione",
                "Application to schedule the viva",
            ),
            " - ",
            uni,
            "\n\n",
        )
        form(
            doc,
            [
                (L(doc, "Name, Vorname", "Nom, prénom", "Cognome, nome", "Candidate"), P(nm(cand, "lf"))),
                (
                    L(doc, "Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"),
                    dts.dob(birth(rng, 26, 45)),
                ),
                (L(doc, "Geburtsort", "Lieu de naissance", "Luogo di nascita", "Place of birth"), address(doc).town),
                (L(doc, "Matrikel-Nr.", "N° d'étudiant", "Matricola", "Student ID"), digits(rng, 8)),
                (L(doc, "Anschrift", "Adresse", "Indirizzo", "Address"), addr_items(doc, a, "one")),
                (L(doc, "Telefon", "Téléphone", "Telefono", "Phone"), ("PHONE", phone(doc))),
                ("E-Mail", ("EMAIL", email(doc, cand, udom) if rng.random() < 0.5 else email(doc, cand))),
                (L(doc, "Titel der Arbeit", "Titre de la thèse", "Titolo della tesi", "Thesis title"), thesis),
                (
                    L(doc, "Erstbetreuer/in", "Directeur·rice", "Relatore/Relatrice", "Supervisor"),
                    ["Prof. Dr. ", P(nm(sup, "fl"))],
                ),
                (
                    L(doc, "Externe/r Gutachter/in", "Rapporteur externe", "Referee esterno", "External examiner"),
                    [
                        "Prof. ",
                        P(nm(ext, "fl")),
                        ", ",
                        ("EMAIL", email(doc, ext, rng.choice(["uni-hamburg.de", "unige.ch", "unibo.it", "ucl.ac.uk"]))),
                        ", ",
                        ("PHONE", phone(doc, "land")),
                    ],
                ),
            ],
        )
    elif v == 1:
        sec = who(doc)
        sm = email(doc, sec, udom)
        members = [sup, ext, who(doc)]
        d = event_date(rng, 2026, 2026)
        mail_head(
            doc,
            who_mail(doc, sec, sm),
            [f"promotionsbuero@{udom}" if doc.lang == "de" else f"doctorat@{udom}"],
            [
                L(doc, "Disputation ", "Soutenance ", "Discussione ", "Viva: "),
                P(nm(cand, "fl")),
                L(doc, " - Terminvorschläge", " - dates possibles", " - date proposte", " - date options"),
            ],
            cc=[who_mail(doc, m, email(doc, m, udom)) for m in members],
        )
        doc.add(
            L(
                doc,
                "Liebe Kommissionsmitglieder\n\n",
                "Chers membres du jury,\n\n",
                "Gentili commissari,\n\n",
                "Dear examiners,\n\n",
            )
        )
        doc.add(
            L(doc, "für die Disputation von ", "pour la soutenance de ", "per la discussione di ", "for the viva of "),
            title(doc, cand),
            P(nm(cand, "l")),
            L(doc, " schlage ich vor:\n", " je propose :\n", " propongo:\n", " I suggest:\n"),
        )
        for k in range(3):
            doc.add(
                f"  ({chr(97 + k)}) {dts.plain(d + dt.timedelta(days=k * 2))}, {rng.randint(9, 16)}:00, "
                + L(doc, "Raum ", "salle ", "aula ", "room ")
                + f"{rng.choice('ABFHU')}{rng.randint(1, 4)}.{rng.randint(10, 99)}\n"
            )
        doc.add(
            "\n",
            title(doc, ext),
            P(nm(ext, "l")),
            L(
                doc,
                " nimmt per Zoom teil.\n\n",
                " participera par Zoom.\n\n",
                " parteciperà via Zoom.\n\n",
                " will join by Zoom.\n\n",
            ),
        )
        sig(
            doc,
            sec,
            L(doc, "Promotionsbüro", "Bureau des doctorats", "Ufficio dottorati", "Doctoral College"),
            uni,
            None,
            phone(doc, "land"),
            None,
        )
        if rng.random() < 0.6:
            doc.add("\n", quote_head(doc, sup, email(doc, sup, udom), d - dt.timedelta(days=9)))
            q = doc.sub()
            q.add(
                L(
                    doc,
                    "Option b passt mir nicht, a oder c gehen. ",
                    "L'option b ne me convient pas. ",
                    "L'opzione b non va bene per me. ",
                    "Option b does not work for me. ",
                ),
                P(nm(sup, rng.choice(["f", "iL"]))),
                "\n",
            )
            doc.embed(q, "> ")
    elif v == 2:
        rows = []
        for _k in range(rng.randint(2, 5)):
            p = who(doc)
            rows.append(
                [
                    P(nm(p, "fl")),
                    dts.dob(birth(rng, 26, 48)),
                    address(doc).town,
                    rng.choice(
                        L(
                            doc,
                            "Dr. phil.|Dr. rer. nat.",
                            "Docteur ès sciences|Docteur ès lettres",
                            "Dottore di ricerca",
                            "PhD",
                        ).split("|")
                    ),
                    rng.choice(
                        L(
                            doc,
                            "magna cum laude|summa cum laude|rite",
                            "très honorable|honorable",
                            "ottimo|eccellente",
                            "pass|pass with minor corrections",
                        ).split("|")
                    ),
                    rng.choice(["2026-06-30", "2026-11-12"]),
                ]
            )
        doc.add(
            L(
                doc,
                "Daten für den Urkundendruck:\n",
                "Données pour l'impression des diplômes :\n",
                "Dati per la stampa dei diplomi:\n",
                "Data for the certificate print run:\n",
            )
        )
        table(
            doc,
            ["full_name", "date_of_birth", "place_of_birth", "degree", "grade", "award_date"],
            rows,
            rng.choice(["yaml", "json", "jsonl", "csv"]),
        )
    else:
        a = address(doc)
        f = [
            (L(doc, "Name", "Nom", "Nome", "Name"), P(nm(ext, "fl"))),
            (L(doc, "Privatadresse", "Adresse privée", "Indirizzo privato", "Home address"), addr_items(doc, a, "one")),
            (
                L(doc, "Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"),
                dts.dob(birth(rng, 35, 70)),
            ),
            ("IBAN", ("IBAN", iban(doc))),
        ]
        if doc.country == "CH":
            f.append(
                ("AHV-Nr." if doc.lang == "de" else ("N° AVS" if doc.lang == "fr" else "N. AVS"), ("AHV", ahv(doc)))
            )
        f += [
            (
                L(doc, "Reisekosten", "Frais de voyage", "Spese di viaggio", "Travel"),
                L(doc, "Bahn 2. Kl. 148,60", "TGV 97,00", "treno 64,50", "rail 112.40"),
            ),
            (L(doc, "Kandidat/in", "Candidat·e", "Candidato/a", "Candidate"), P(nm(cand, "fl"))),
        ]
        doc.add(
            L(
                doc,
                "Spesenformular externe Gutachter",
                "Note de frais - rapporteur externe",
                "Rimborso spese - commissario esterno",
                "External examiner expenses claim",
            ),
            "\n\n",
        )
        form(doc, f)
        doc.add(
            "\n",
            L(doc, "Bitte an finanzen@", "À envoyer à finances@", "Inviare a amministrazione@", "Send to finance@"),
            udom,
            "\n",
        )


ROLES_TM = {
    "de": [
        "Toastmaster des Abends",
        "Zeitnehmer/in",
        "Ah-Zähler/in",
        "Grammarian",
        "Hauptbewerter/in",
        "Stegreif-Leitung",
        "Redner/in 1",
        "Redner/in 2",
        "Bewerter/in 1",
        "Bewerter/in 2",
    ],
    "fr": [
        "Toastmaster de la soirée",
        "Chronométreur",
        "Compteur de tics",
        "Grammairien",
        "Évaluateur général",
        "Meneur des improvisations",
        "Orateur 1",
        "Orateur 2",
        "Évaluateur 1",
        "Évaluateur 2",
    ],
    "it": [
        "Toastmaster della serata",
        "Cronometrista",
        "Contatore di intercalari",
        "Grammatico",
        "Valutatore generale",
        "Table Topics Master",
        "Oratore 1",
        "Oratore 2",
        "Valutatore 1",
        "Valutatore 2",
    ],
    "en": [
        "Toastmaster of the evening",
        "Timer",
        "Ah-Counter",
        "Grammarian",
        "General Evaluator",
        "Table Topics Master",
        "Speaker 1",
        "Speaker 2",
        "Evaluator 1",
        "Evaluator 2",
    ],
}


def g_toastmasters(doc: Doc, v: int) -> None:
    rng = doc.rng
    dts = Dates(doc)
    club = rng.choice(
        L(
            doc,
            "Zurich Toastmasters|Rhetorik-Club Isar|Redeclub Donau|Toastmasters Vienna",
            "Toastmasters Léman|Lyon Orateurs",
            "Toastmasters Lugano|Milano Speakers",
            "Riverside Speakers|Capitol Hill Toastmasters",
        ).split("|")
    )
    dom = biz_domain(club, doc)
    members = [who(doc) for _ in range(rng.randint(6, 9))]
    if v == 0:
        venue = address(doc)
        doc.add(
            L(doc, "Programm ", "Ordre du jour ", "Programma ", "Agenda - "),
            club,
            ", ",
            dts.plain(event_date(rng, 2026, 2026)),
            ", 19:00\n",
            rng.choice(["Zunfthaus zur Saffran", "Maison des Associations", "Sala Civica", "The Old Library"]),
            ", ",
            ("ADDRESS", venue.street),
            ", ",
            ("ADDRESS", venue.town_line),
            "\n\n",
        )
        ns = rng.choice(["fl", "f", "fI", "iL"])
        for r, m in zip(ROLES_TM[doc.lang], members + members, strict=False):
            doc.add(f"{r}: ", P(nm(m, ns)))
            if "1" in r and rng.random() < 0.7:
                doc.add(
                    ' - "',
                    rng.choice(
                        [
                            L(
                                doc,
                                "Mein Weg zum Marathon",
                                "Le courage de dire non",
                                "Il mio primo orto",
                                "Why I quit my car",
                            )
                        ]
                    ),
                    '" (Level 2, ',
                    f"{rng.randint(5, 7)} min)",
                )
            doc.add("\n")
        doc.add("\n", L(doc, "Gäste:", "Invités :", "Ospiti:", "Guests:"), "\n")
        for _k in range(rng.randint(1, 3)):
            g = who(doc)
            doc.add("- ", P(nm(g, "fl")), " <", ("EMAIL", email(doc, g)), ">\n")
    elif v == 1:
        rows = []
        for m in members:
            rows.append(
                [
                    P(nm(m, "fl")),
                    ("EMAIL", email(doc, m)),
                    ("PHONE", phone(doc)) if rng.random() < 0.8 else "",
                    f"PN-{digits(rng, 8)}",
                    dts.plain(event_date(rng, 2018, 2025)),
                    rng.choice(
                        [
                            "Dynamic Leadership L3",
                            "Presentation Mastery L2",
                            "Engaging Humor L1",
                            "Visionary Communication L4",
                        ]
                    ),
                    ("IP", ip(doc)) if rng.random() < 0.7 else "",
                ]
            )
        doc.add(
            L(
                doc,
                "Mitgliederexport Club Central:\n",
                "Export des membres (Club Central) :\n",
                "Export soci (Club Central):\n",
                "Club Central member export:\n",
            )
        )
        table(
            doc,
            ["Name", "Email", "Phone", "Member ID", "Member since", "Current path", "Last login IP"],
            rows,
            rng.choice(["csv", "tsv", "md", "jsonl"]),
        )
    elif v == 2:
        sn = rng.choice(["f", "nick", "fl"])
        a, b, c = members[0], members[1], members[2]
        msgs = [
            (
                P(nm(a, sn)),
                [
                    L(
                        doc,
                        "kann am dienstag nicht zeitnehmen 😕 wer tauscht?",
                        "je ne peux pas être chronométreur mardi, qui échange ?",
                        "martedì non posso fare il cronometrista, chi scambia?",
                        "can't do timer on tuesday, anyone swap?",
                    )
                ],
            ),
            (
                P(nm(b, sn)),
                [
                    L(
                        doc,
                        "ich! dann übernimmst du meine bewertung für ",
                        "moi ! tu prends mon évaluation de ",
                        "io! allora fai tu la mia valutazione di ",
                        "me! then you take my evaluation of ",
                    ),
                    P(c.first),
                ],
            ),
            (
                P(nm(c, sn)) if rng.random() < 0.6 else ("PHONE", phone(doc)),
                [
                    L(
                        doc,
                        "perfekt. neue nummer von mir btw ",
                        "parfait. au fait mon nouveau numéro ",
                        "perfetto. nuovo numero comunque ",
                        "perfect. new number btw ",
                    ),
                    ("PHONE", phone(doc)),
                ],
            ),
            (
                P(nm(members[3], sn)),
                [
                    L(doc, "gästin kommt mit: ", "j'amène une invitée : ", "porto un'ospite: ", "bringing a guest: "),
                    P(nm(who(doc, "f"), "fl")),
                ],
            ),
        ]
        chat(doc, msgs)
    else:
        p = who(doc)
        a = address(doc)
        mentor = members[0]
        rows = [
            (L(doc, "Vorname", "Prénom", "Nome", "First name"), P(p.first)),
            (L(doc, "Nachname", "Nom", "Cognome", "Last name"), P(p.last)),
            (
                L(
                    doc,
                    "Geburtsdatum (optional)",
                    "Date de naissance (facultatif)",
                    "Data di nascita (facoltativa)",
                    "Birthday (optional)",
                ),
                dts.dob(birth(rng, 20, 70)),
            ),
            (L(doc, "Adresse", "Adresse", "Indirizzo", "Address"), addr_items(doc, a, "one")),
            ("E-Mail", ("EMAIL", email(doc, p))),
            (L(doc, "Telefon", "Téléphone", "Telefono", "Phone"), ("PHONE", phone(doc))),
            (L(doc, "Mentor/in", "Mentor", "Mentore", "Mentor"), P(nm(mentor, "fl"))),
            (L(doc, "Beitrag", "Cotisation", "Quota", "Dues"), money(doc, rng.choice([60, 95, 120]))),
            (
                L(doc, "Zahlung", "Paiement", "Pagamento", "Payment"),
                ("CARD", card(doc)) if rng.random() < 0.5 else ("IBAN", iban(doc)),
            ),
            ("IP", ("IP", ip(doc))),
        ]
        doc.add(
            L(
                doc,
                "Mitgliedsantrag (online) - ",
                "Demande d'adhésion (en ligne) - ",
                "Domanda di adesione (online) - ",
                "Online membership application - ",
            ),
            club,
            "\n\n",
        )
        form(doc, rows)
        doc.add("\n", L(doc, "Kopie an vpm@", "Copie à vpm@", "Copia a vpm@", "Copy to vpm@"), dom, "\n")


def g_toadpatrol(doc: Doc, v: int) -> None:
    rng = doc.rng
    dts = Dates(doc)
    road = rng.choice(
        L(
            doc,
            "K 2145|Landesstraße L 211|B3071|Seeuferweg",
            "RD 907|route du Lac|RC 601",
            "SP 31|strada del lago|SS 36",
            "Lower Lane|B6160|Route 9W",
        ).split("|")
    )
    grp = rng.choice(
        L(
            doc,
            "Amphibienschutz |Krötenrettung ",
            "Groupe batraciens ",
            "Gruppo anfibi ",
            "Toad Patrol |Amphibian Rescue ",
        ).split("|")
    )
    coord = who(doc)
    ct = phone(doc)
    species = L(
        doc,
        "Erdkröten|Grasfrösche|Bergmolche|Feuersalamander",
        "crapauds communs|grenouilles rousses|tritons alpestres|salamandres",
        "rospi comuni|rane rosse|tritoni alpestri|salamandre",
        "common toads|common frogs|smooth newts|palmate newts",
    ).split("|")
    if v == 0:
        doc.add(
            L(
                doc,
                "Einsatzplan Krötenzaun ",
                "Planning barrière à batraciens ",
                "Turni barriera anfibi ",
                "Toad crossing rota - ",
            ),
            road,
            "\n\n",
        )
        rows = []
        d = dt.date(2026, 3, rng.randint(1, 25))
        for k in range(rng.randint(5, 9)):
            p = who(doc)
            rows.append(
                [
                    dts.short(d + dt.timedelta(days=k // 2)),
                    rng.choice(["06:30", "19:30", "21:00"]),
                    f"km {rng.randint(1, 4)}.{rng.randint(0, 9)}-{rng.randint(5, 8)}.{rng.randint(0, 9)}",
                    P(nm(p, rng.choice(["fl", "f", "lf"]))),
                    ("PHONE", phone(doc)),
                    str(rng.randint(0, 220)),
                ]
            )
        table(
            doc,
            L(
                doc,
                "Datum|Zeit|Abschnitt|Name|Handy|Kröten",
                "Date|Heure|Tronçon|Nom|Portable|Crapauds",
                "Data|Ora|Tratto|Nome|Cellulare|Rospi",
                "Date|Time|Section|Name|Mobile|Toads",
            ).split("|"),
            rows,
            rng.choice(["md", "tsv", "csv", "fixed"]),
        )
        doc.add(
            "\n",
            L(doc, "Koordination: ", "Coordination : ", "Coordinamento: ", "Coordinator: "),
            P(nm(coord, "fl")),
            " ",
            ("PHONE", ct),
            "\n",
        )
    elif v == 1:
        p = who(doc)
        kids = [p.relative(rng, rng.choice("mf")) for _ in range(rng.randint(1, 3))]
        pm = email(doc, p)
        a = address(doc)
        mail_head(
            doc,
            who_mail(doc, p, pm),
            who_mail(doc, coord, email(doc, coord)),
            [
                L(
                    doc,
                    "Helfen beim Krötenzaun",
                    "Aide barrière batraciens",
                    "Volontari barriera anfibi",
                    "Helping with the toad patrol",
                )
            ],
        )
        doc.add(dear(doc, coord, familiar=True))
        doc.add(
            L(
                doc,
                "wir möchten dieses Frühjahr mithelfen, ich und meine Kinder (für die Versicherung):\n",
                "nous aimerions aider ce printemps, moi et mes enfants (pour l'assurance) :\n",
                "vorremmo aiutare questa primavera, io e i miei figli (per l'assicurazione):\n",
                "we'd like to help this spring, me and my kids (for the insurance):\n",
            )
        )
        for k in kids:
            doc.add("  ", P(nm(k, "fl")), rng.choice([", ", " - ", " "]), dts.dob(birth(rng, 6, 16)), "\n")
        doc.add(
            L(doc, "Wir wohnen ", "Nous habitons ", "Abitiamo in ", "We live at "),
            addr_items(doc, a, "one"),
            L(doc, ", Handy ", ", portable ", ", cell. ", ", mobile "),
            ("PHONE", phone(doc)),
            ".\n\n",
            L(doc, "Viele Grüsse\n", "Bien à vous\n", "Un saluto\n", "Best\n"),
            P(nm(p, rng.choice(["fl", "f"]))),
            "\n",
        )
    elif v == 2:
        ms = [who(doc) for _ in range(3)]
        a = address(doc)
        sn = rng.choice(["f", "nick", "fl"])
        msgs = [
            (
                P(nm(ms[0], sn)),
                [
                    f"{rng.randint(40, 200)} {species[0]}, {rng.randint(0, 30)} {species[1]}, "
                    f"{rng.randint(0, 9)} {species[2]} 🐸"
                ],
            ),
            (
                P(nm(ms[1], sn)),
                [
                    L(
                        doc,
                        "eimer 12 war kaputt, hab ihn ersetzt. treffpunkt morgen wieder bei ",
                        "le seau 12 était cassé. rdv demain de nouveau chez ",
                        "il secchio 12 era rotto. domani ritrovo di nuovo da ",
                        "bucket 12 was broken, replaced it. meet tomorrow at ",
                    ),
                    P(ms[2].first),
                    ", ",
                    ("ADDRESS", a.street),
                ],
            ),
            (
                ("PHONE", phone(doc)),
                [
                    L(doc, "hier ", "c'est ", "sono ", "it's "),
                    P(nm(ms[2], "f")),
                    L(
                        doc,
                        ", neue nummer. komme um 19:30",
                        ", nouveau numéro. j'arrive à 19h30",
                        ", nuovo numero. arrivo alle 19:30",
                        ", new number. there at 7.30",
                    ),
                ],
            ),
        ]
        chat(doc, msgs)
    else:
        la = who(doc)
        laa = address(doc)
        doc.add(grp, road.strip(), "\n", P(nm(coord, "fl")), " · ", ("PHONE", ct), "\n\n")
        doc.add(
            L(doc, "Saisonbericht ", "Bilan de saison ", "Resoconto stagione ", "Season report "),
            "2026\n",
            f"{species[0]}: {rng.randint(800, 4000)}, {species[1]}: {rng.randint(50, 400)}, "
            f"{species[3]}: {rng.randint(0, 40)}\n\n",
        )
        doc.add(
            L(
                doc,
                "Dank an den Grundeigentümer ",
                "Merci au propriétaire ",
                "Grazie al proprietario ",
                "Thanks to the landowner ",
            )
            if la.g == "m"
            else L(
                doc,
                "Dank an die Grundeigentümerin ",
                "Merci à la propriétaire ",
                "Grazie alla proprietaria ",
                "Thanks to the landowner ",
            ),
            P(nm(la, "fl")),
            " (",
            addr_items(doc, laa, "one"),
            ").\n\n",
        )
        doc.add(
            L(
                doc,
                "Versicherungsliste Helfende:\n",
                "Liste d'assurance des bénévoles :\n",
                "Elenco assicurativo volontari:\n",
                "Volunteer insurance list:\n",
            )
        )
        rows = []
        for _k in range(rng.randint(3, 6)):
            p = who(doc)
            rows.append(
                [
                    P(nm(p, "lf")),
                    dts.dob(birth(rng, 8, 80)),
                    ("AHV", ahv(doc)) if doc.country == "CH" else "",
                    ("IBAN", iban(doc)) if rng.random() < 0.5 else "",
                    f"{rng.randint(3, 60)} km",
                ]
            )
        table(
            doc,
            L(
                doc,
                "Name|geb.|AHV|IBAN Spesen|Fahrkm",
                "Nom|Né(e)|AVS|IBAN frais|km",
                "Nome|Nato/a|AVS|IBAN spese|km",
                "Name|DOB|AHV|IBAN expenses|miles",
            ).split("|"),
            rows,
            rng.choice(["csv", "ssv", "md"]),
        )


def g_nikolaus(doc: Doc, v: int) -> None:
    rng = doc.rng
    dts = Dates(doc)
    soc = (
        rng.choice(
            {
                "de": ["Samichlaus-Verein ", "St. Nikolausgesellschaft "]
                if doc.country == "CH"
                else ["Nikolausaktion der Pfarrei ", "Nikolausverein "],
                "fr": ["Société de Saint-Nicolas ", "Les amis de Saint-Nicolas "],
                "it": ["Gruppo San Nicolò ", "Associazione Santa Lucia "],
                "en": ["Santa's Home Visits ", "Rotary Santa Sleigh "],
            }[doc.lang]
        )
        + address(doc).town
    )
    helper = L(
        doc,
        "Schmutzli" if doc.country == "CH" else ("Krampus" if doc.country == "AT" else "Knecht Ruprecht"),
        "Père Fouettard",
        "Krampus",
        "the elf",
    )
    saint = L(
        doc,
        "Samichlaus" if doc.country == "CH" else "Nikolaus",
        "Saint-Nicolas",
        "San Nicolò",
        "Santa" if doc.loc == "en_US" else "Father Christmas",
    )
    fam = who(doc)
    fa = address(doc)
    kids = [fam.relative(rng, rng.choice("mf")) for _ in range(rng.randint(1, 3))]
    famw = {"de": "Fam. ", "fr": "Famille ", "it": "Famiglia ", "en": "The "}[doc.lang]
    praise = L(
        doc,
        "hilft beim Tischdecken|übt fleissig Flöte|hat Angst vor dem Hund|soll Zähne besser putzen",
        "aide à mettre la table|fait des progrès au piano|doit ranger sa chambre|a peur du noir",
        "aiuta ad apparecchiare|studia il violino|deve mettere in ordine|fa i capricci a cena",
        "helps set the table|practises the recorder|must tidy their room|is shy with strangers",
    ).split("|")
    if v == 0:
        doc.add(
            L(
                doc,
                "Anmeldung Hausbesuch ",
                "Inscription visite à domicile - ",
                "Prenotazione visita - ",
                "Home visit booking - ",
            ),
            saint,
            "\n\n",
        )
        f = [
            (L(doc, "Familie", "Famille", "Famiglia", "Family"), [famw, P(fam.last)]),
            (L(doc, "Kontaktperson", "Personne de contact", "Referente", "Contact"), P(nm(fam, "fl"))),
            (L(doc, "Adresse", "Adresse", "Indirizzo", "Address"), ("ADDRESS", fa.street)),
            (L(doc, "PLZ/Ort", "NPA/Localité", "CAP/Località", "Town"), ("ADDRESS", fa.town_line)),
            (L(doc, "Telefon", "Téléphone", "Telefono", "Phone"), ("PHONE", landline_or_mobile(doc, fa))),
            ("E-Mail", ("EMAIL", email(doc, fam))),
            (
                L(doc, "Wunschzeit", "Heure souhaitée", "Orario", "Preferred time"),
                rng.choice(L(doc, "5.12.|6.12.", "05/12|06/12", "05/12|06/12", "Dec 5|Dec 6").split("|"))
                + f" {rng.randint(17, 19)}:{rng.choice(['00', '30'])}",
            ),
        ]
        for k in kids:
            f.append(
                (
                    L(doc, "Kind", "Enfant", "Bambino/a", "Child"),
                    [
                        P(nm(k, "f")),
                        " (",
                        dts.dob(birth(rng, 2, 10))
                        if rng.random() < 0.5
                        else f"{rng.randint(2, 10)} " + L(doc, "J.", "ans", "anni", "yrs"),
                        "): ",
                        rng.choice(praise),
                    ],
                )
            )
        f.append((L(doc, "Spende", "Don", "Offerta", "Donation"), money(doc, rng.choice([20, 30, 50]))))
        if rng.random() < 0.55:
            f.append(
                (
                    L(doc, "Bezahlt mit Karte", "Payé par carte", "Pagato con carta", "Paid by card"),
                    ("CARD", card(doc)) if rng.random() < 0.5 else masked_card(doc),
                )
            )
            f.append(
                (
                    L(
                        doc,
                        "Formular gesendet von",
                        "Formulaire envoyé depuis",
                        "Modulo inviato da",
                        "Form submitted from",
                    ),
                    ("IP", ip(doc)),
                )
            )
        form(doc, f)
    elif v == 1:
        doc.add(
            L(doc, "Route ", "Tournée ", "Giro ", "Route "),
            saint,
            " ",
            helper,
            f" #{rng.randint(1, 6)} - ",
            L(doc, "5. Dezember", "5 décembre", "5 dicembre", "5 December"),
            "\n\n",
        )
        rows = []
        t = 17 * 60
        for k in range(rng.randint(4, 8)):
            f2 = fam if k == 0 else who(doc)
            a = fa if k == 0 else address(doc)
            t += rng.choice([20, 25, 30])
            rows.append(
                [
                    f"{t // 60}:{t % 60:02d}",
                    [famw, P(f2.last)],
                    ("ADDRESS", a.street),
                    ("ADDRESS", a.town_line) if rng.random() < 0.5 else a.town,
                    ("PHONE", landline_or_mobile(doc, a)),
                    rng.choice(
                        [
                            L(doc, "Hund!", "chien !", "cane!", "dog!"),
                            f"Code {digits(rng, 4)}",
                            ", ".join(k.first for k in kids[:1]) if k == 0 else "",
                            L(
                                doc,
                                "Sack im Carport",
                                "sac devant la porte",
                                "sacco in garage",
                                "presents behind the bins",
                            ),
                        ]
                    ),
                ]
            )
        for r in rows:  # first names in notes are labelled
            if rows.index(r) == 0 and r[5] and r[5] == ", ".join(k.first for k in kids[:1]):
                r[5] = P(r[5])
        table(
            doc,
            L(
                doc,
                "Zeit|Familie|Strasse|Ort|Telefon|Notiz",
                "Heure|Famille|Rue|Lieu|Tél.|Note",
                "Ora|Famiglia|Via|Località|Tel.|Note",
                "Time|Family|Street|Town|Phone|Note",
            ).split("|"),
            rows,
            rng.choice(["md", "tsv", "fixed", "csv"]),
        )
    elif v == 2:
        ms = [who(doc) for _ in range(3)]
        sn = rng.choice(["f", "nick", "fl"])
        msgs = [
            (
                P(nm(ms[0], sn)),
                [
                    L(
                        doc,
                        f"wer macht morgen den {helper}? ",
                        f"qui fait le {helper} demain ? ",
                        f"chi fa il {helper} domani? ",
                        f"who's being {helper} tomorrow? ",
                    ),
                    P(nm(ms[1], "f")),
                    L(doc, " ist krank", " est malade", " è malato/a", " is ill"),
                ],
            ),
            (
                P(nm(ms[2], sn)),
                [
                    L(
                        doc,
                        "ich. bart ist noch bei ",
                        "moi. la barbe est encore chez ",
                        "io. la barba è ancora da ",
                        "me. the beard is still at ",
                    ),
                    P(nm(ms[0], rng.choice(["f", "l"]))),
                    L(doc, "?", " ?", "?", "'s?"),
                ],
            ),
            (
                P(nm(ms[0], sn)),
                [
                    L(
                        doc,
                        "ja, hol sie bei mir: ",
                        "oui, passe la prendre : ",
                        "sì, passa da me: ",
                        "yes, grab it from mine: ",
                    ),
                    ("ADDRESS", address(doc).street),
                    L(
                        doc,
                        ". erste familie 17:20 ",
                        ". première famille 17h20 ",
                        ". prima famiglia 17:20 ",
                        ". first family 5.20 ",
                    ),
                    famw,
                    P(fam.last),
                ],
            ),
            (
                ("PHONE", phone(doc)),
                [
                    L(doc, "mutter hat angerufen: ", "la maman a appelé : ", "la mamma ha chiamato: ", "mum called: "),
                    P(kids[0].first),
                    L(
                        doc,
                        " hat jetzt doch keine angst mehr 😄",
                        " n'a plus peur 😄",
                        " non ha più paura 😄",
                        " isn't scared any more 😄",
                    ),
                ],
            ),
        ]
        chat(doc, msgs)
    else:
        cm = who(doc)
        fm = email(doc, fam)
        d = dt.date(2026, 11, rng.randint(3, 28))
        mail_head(
            doc,
            who_mail(doc, cm, email(doc, cm)),
            who_mail(doc, fam, fm),
            [
                L(
                    doc,
                    "Danke für Ihren Besuch-Wunsch / Spende",
                    "Merci - visite et don",
                    "Grazie - visita e offerta",
                    "Thank you - visit and donation",
                )
            ],
        )
        doc.add(dear(doc, fam))
        doc.add(
            L(
                doc,
                f"der {saint} kommt am 6.12. gegen {rng.randint(17, 19)} Uhr. Eine Spende ist freiwillig: ",
                f"{saint} passera le 6 décembre vers {rng.randint(17, 19)}h. Un don est bienvenu : ",
                f"{saint} passerà il 6 dicembre verso le {rng.randint(17, 19)}. Offerta libera: ",
                f"{saint} will call on 6 December around {rng.randint(5, 7)}pm. Donations welcome: ",
            ),
            ("IBAN", iban(doc)),
            ".\n\n",
            L(doc, "Herzlich\n", "Amitiés\n", "Cordialmente\n", "Warm wishes\n"),
            P(nm(cm, "fl")),
            "\n",
            soc,
            "\n\n",
            quote_head(doc, fam, fm, d),
        )
        q = doc.sub()
        q.add(
            L(
                doc,
                "Hallo, wir hätten gern Besuch für ",
                "Bonjour, nous aimerions une visite pour ",
                "Buongiorno, vorremmo una visita per ",
                "Hi, we'd love a visit for ",
            )
        )
        for j, k in enumerate(kids):
            q.add(", " if j else "", P(k.first), " (", dts.dob(birth(rng, 2, 10)), ")")
        q.add(". ", addr_items(doc, fa, "one"), ", ", ("PHONE", phone(doc)), ".\n", P(nm(fam, "f")), "\n")
        doc.embed(q, "> ")


# ----------------------------------------------------------------------------------------------------------------
# Requests, assembly, checks
# ----------------------------------------------------------------------------------------------------------------

GENRES = [
    ("mushroom", g_mushroom),
    ("alpsummer", g_alpsummer),
    ("dialysis", g_dialysis),
    ("sleeplab", g_sleeplab),
    ("radiology", g_radiology),
    ("orienteering", g_orienteering),
    ("songsplits", g_songsplits),
    ("twinning", g_twinning),
    ("doctoral", g_doctoral),
    ("toastmasters", g_toastmasters),
    ("toadpatrol", g_toadpatrol),
    ("nikolaus", g_nikolaus),
]

REQ = {
    "mushroom": {
        "de": [
            "Kannst du aus dem Register eine Wochenstatistik machen (Anzahl Kontrollen, giftige Funde)?",
            "Bitte formuliere eine kurze, sachliche Antwort an das Spital.",
            "Fass den Chat zusammen: wer fährt, wann, wo?",
            "Prüf die Anmeldung auf Vollständigkeit.",
        ],
        "fr": [
            "Peux-tu faire une statistique de la semaine à partir du registre ?",
            "Rédige une réponse courte et claire à l'hôpital, stp.",
            "Résume la discussion.",
            "Vérifie que l'inscription est complète.",
        ],
        "it": [
            "Puoi fare una statistica settimanale dal registro?",
            "Scrivi una risposta breve all'ospedale.",
            "Riassumi la chat.",
            "Controlla se l'iscrizione è completa.",
        ],
        "en": [
            "Can you turn this log into a weekly summary?",
            "Please draft a short reply to the hospital.",
            "Summarise the chat - who's driving and where do we meet?",
            "Is this sign-up complete?",
        ],
    },
    "alpsummer": {
        "de": [
            "Bitte rechne die Normalstösse für diese Liste aus.",
            "Formulier die Mail freundlicher.",
            "Mach mir eine To-do-Liste aus dem Chat.",
            "Ist die Bewerbung vollständig für den Lohnvertrag?",
        ],
        "fr": [
            "Calcule les pâquiers normaux pour cette liste.",
            "Rends ce mail plus cordial.",
            "Fais une liste de tâches à partir de la discussion.",
            "La candidature est-elle complète ?",
        ],
        "it": [
            "Calcola i carichi per questa lista.",
            "Rendi la mail più cordiale.",
            "Fammi una lista delle cose da fare.",
            "La candidatura è completa?",
        ],
        "en": [
            "Work out the livestock units for this list.",
            "Make this email friendlier.",
            "Turn the chat into a to-do list.",
            "Is this application complete for a contract?",
        ],
    },
    "dialysis": {
        "de": [
            "Übersetz die Anfrage bitte ins Englische.",
            "Schreib eine kurze Antwort an die Patientin bzw. den Patienten.",
            "Was müssen wir noch organisieren?",
            "Prüf die Rechnung.",
        ],
        "fr": [
            "Traduis la demande en allemand.",
            "Rédige une réponse courte.",
            "Qu'est-ce qu'il reste à organiser ?",
            "Vérifie la facture.",
        ],
        "it": [
            "Traduci la richiesta in tedesco.",
            "Scrivi una breve risposta.",
            "Cosa manca da organizzare?",
            "Controlla la fattura.",
        ],
        "en": [
            "Translate this request into German.",
            "Draft a short reply.",
            "What's still to organise?",
            "Check the invoice.",
        ],
    },
    "sleeplab": {
        "de": [
            "Fass die Überweisung in drei Sätzen zusammen.",
            "Ist der Mietvertrag vollständig?",
            "Welche Patienten nutzen das Gerät unter 4 Stunden?",
            "Schreib eine Übergabe-Notiz für morgen.",
        ],
        "fr": [
            "Résume la lettre en trois phrases.",
            "Le contrat est-il complet ?",
            "Quels patients utilisent l'appareil moins de 4 h ?",
            "Rédige une note de relève.",
        ],
        "it": [
            "Riassumi l'impegnativa in tre frasi.",
            "Il contratto è completo?",
            "Quali pazienti usano l'apparecchio meno di 4 ore?",
            "Scrivi le consegne per domani.",
        ],
        "en": [
            "Summarise the referral in three sentences.",
            "Is the rental agreement complete?",
            "Which patients use the device under 4 hours?",
            "Write a handover note for tomorrow.",
        ],
    },
    "radiology": {
        "de": [
            "Gibt es Kontraindikationen fürs MRT?",
            "Formulier eine Antwort an den Patienten.",
            "Warum schlägt der Import fehl?",
            "Übersetz den Befund in einfache Sprache.",
        ],
        "fr": [
            "Y a-t-il une contre-indication à l'IRM ?",
            "Rédige une réponse.",
            "Pourquoi l'import échoue-t-il ?",
            "Explique le compte rendu simplement.",
        ],
        "it": [
            "Ci sono controindicazioni alla RM?",
            "Scrivi una risposta al paziente.",
            "Perché l'importazione fallisce?",
            "Spiega il referto in parole semplici.",
        ],
        "en": [
            "Any contraindications for the MRI?",
            "Draft a reply to the patient.",
            "Why is the import failing?",
            "Explain the report in plain English.",
        ],
    },
    "orienteering": {
        "de": [
            "Sortier die Meldeliste nach Kategorie.",
            "Schreib eine Bestätigung an die Eltern.",
            "Was ist im Chat noch offen?",
            "Mach aus der Rangliste einen kurzen Zeitungsbericht.",
        ],
        "fr": [
            "Trie la liste par catégorie.",
            "Rédige une confirmation aux parents.",
            "Qu'est-ce qui reste ouvert ?",
            "Fais un petit article pour le journal.",
        ],
        "it": [
            "Ordina la lista per categoria.",
            "Scrivi una conferma ai genitori.",
            "Cosa resta da fare?",
            "Scrivi un breve articolo per il giornale.",
        ],
        "en": [
            "Sort the entry list by class.",
            "Write a confirmation to the parents.",
            "What's still open in the chat?",
            "Turn the results into a short club news item.",
        ],
    },
    "songsplits": {
        "de": [
            "Stimmen die Anteile? Bitte prüfen.",
            "Formulier die Mail professioneller.",
            "Rechne die Auszahlung pro Person aus.",
            "Fass die Absprachen zusammen.",
        ],
        "fr": [
            "Les parts sont-elles correctes ?",
            "Rends le mail plus professionnel.",
            "Calcule le versement par personne.",
            "Résume les accords.",
        ],
        "it": [
            "Le quote tornano?",
            "Rendi la mail più professionale.",
            "Calcola il pagamento per persona.",
            "Riassumi gli accordi.",
        ],
        "en": [
            "Do the shares add up?",
            "Make this email more professional.",
            "Work out the payout per person.",
            "Summarise what was agreed.",
        ],
    },
    "twinning": {
        "de": [
            "Mach daraus eine Liste für den Busfahrer.",
            "Übersetz das bitte ins Französische.",
            "Wer hat noch keine Gastfamilie?",
            "Prüf die Anmeldung.",
        ],
        "fr": [
            "Fais une liste pour le chauffeur.",
            "Traduis en allemand, stp.",
            "Qui n'a pas encore de famille ?",
            "Vérifie l'inscription.",
        ],
        "it": [
            "Fai una lista per l'autista.",
            "Traduci in tedesco.",
            "Chi non ha ancora una famiglia?",
            "Controlla l'iscrizione.",
        ],
        "en": [
            "Make a list for the coach driver.",
            "Translate this into French.",
            "Who still needs a host?",
            "Check this sign-up.",
        ],
    },
    "doctoral": {
        "de": [
            "Ist der Antrag vollständig?",
            "Formulier eine Erinnerung an die Kommission.",
            "Prüf die Daten für den Urkundendruck.",
            "Fehlt etwas im Spesenformular?",
        ],
        "fr": [
            "La demande est-elle complète ?",
            "Rédige un rappel au jury.",
            "Vérifie les données des diplômes.",
            "Manque-t-il quelque chose ?",
        ],
        "it": [
            "La domanda è completa?",
            "Scrivi un promemoria alla commissione.",
            "Controlla i dati dei diplomi.",
            "Manca qualcosa nel modulo?",
        ],
        "en": [
            "Is this application complete?",
            "Draft a reminder to the examiners.",
            "Check the certificate data.",
            "Is anything missing from this claim?",
        ],
    },
    "toastmasters": {
        "de": [
            "Mach daraus eine hübsche Agenda für WhatsApp.",
            "Wer ist seit über 5 Jahren dabei?",
            "Aktualisier die Rollenliste nach dem Chat.",
            "Prüf den Antrag.",
        ],
        "fr": [
            "Fais un joli programme pour WhatsApp.",
            "Qui est membre depuis plus de 5 ans ?",
            "Mets à jour les rôles.",
            "Vérifie la demande.",
        ],
        "it": [
            "Fai un programma carino per WhatsApp.",
            "Chi è socio da più di 5 anni?",
            "Aggiorna i ruoli.",
            "Controlla la domanda.",
        ],
        "en": [
            "Make this into a nice agenda for WhatsApp.",
            "Who has been a member for over 5 years?",
            "Update the role list from the chat.",
            "Check this application.",
        ],
    },
    "toadpatrol": {
        "de": [
            "Rechne die Summen pro Abend aus.",
            "Schreib eine Antwort mit Infos zum ersten Einsatz.",
            "Fass den Chat zusammen.",
            "Mach aus dem Bericht einen Text fürs Gemeindeblatt.",
        ],
        "fr": [
            "Calcule les totaux par soir.",
            "Rédige une réponse avec les infos.",
            "Résume la discussion.",
            "Fais un texte pour le bulletin communal.",
        ],
        "it": [
            "Calcola i totali per sera.",
            "Scrivi una risposta con le informazioni.",
            "Riassumi la chat.",
            "Fai un testo per il bollettino comunale.",
        ],
        "en": [
            "Add up the totals per evening.",
            "Write a reply with first-shift info.",
            "Summarise the chat.",
            "Turn this into a parish newsletter piece.",
        ],
    },
    "nikolaus": {
        "de": [
            "Schreib mir daraus einen Zettel fürs goldene Buch.",
            "Optimier die Route.",
            "Was ist morgen zu tun?",
            "Formulier die Mail herzlicher.",
        ],
        "fr": [
            "Écris un petit texte pour le livre d'or.",
            "Optimise la tournée.",
            "Qu'est-ce qu'il faut faire demain ?",
            "Rends le mail plus chaleureux.",
        ],
        "it": [
            "Scrivi un testo per il libro d'oro.",
            "Ottimizza il giro.",
            "Cosa c'è da fare domani?",
            "Rendi la mail più calorosa.",
        ],
        "en": [
            "Write the notes for Santa's golden book.",
            "Optimise the route.",
            "What needs doing tomorrow?",
            "Make the email warmer.",
        ],
    },
}


def build(genre: str, fn, i: int, loc: str) -> dict:
    seed = int.from_bytes(hashlib.sha256(f"{TAG}|{genre}|{i}".encode()).digest()[:8], "big")
    rng = random.Random(seed)
    doc = Doc(rng, loc)
    body = doc.sub()
    fn(body, i % 4)
    lang = doc.lang
    reqs = REQ[genre]
    rl = lang
    r = rng.random()
    if lang != "en" and r < 0.07:
        rl = "en"
    elif doc.loc in ("fr_CH", "it_CH") and r < 0.15:
        rl = "de"
    req = reqs[rl][i % 4]
    if rng.random() < 0.15:
        req = req[0].lower() + req[1:]
    fence = rng.choice(["", "", "```\n", '"""\n', "---\n", "<<<\n"])
    close = {"": "", "```\n": "```\n", '"""\n': '"""\n', "---\n": "---\n", "<<<\n": ">>>\n"}[fence]
    before = rng.random() < 0.7
    if before:
        doc.add(req, "\n\n" if not fence or rng.random() < 0.5 else "\n", fence)
        doc.embed(body)
        doc.add(close)
    else:
        doc.add(fence)
        doc.embed(body)
        doc.add(close, "\n", req, "\n")
    text = doc.text().strip("\n") + "\n"
    ents = sorted(doc.ents, key=lambda e: e["start"])
    rec = {"id": f"{TAG}-{genre}-{i:03d}", "locale": loc, "lang": lang, "text": text, "entities": ents}
    check(rec)
    return rec


def check(rec: dict) -> None:
    text = rec["text"]
    last = -1
    prev = None
    for e in rec["entities"]:
        s, t = e["start"], e["end"]
        assert text[s:t] == e["text"], (rec["id"], e, text[s:t])
        assert e["text"] == e["text"].strip() and e["text"], (rec["id"], e)
        assert s >= last, (rec["id"], "overlap", e)
        if prev is not None and prev["type"] == "PERSON" and e["type"] == "PERSON":
            assert text[prev["end"] : s] != " ", (rec["id"], "split name", prev, e)
        last = t
        prev = e
        if e["type"] == "IBAN":
            c = e["text"].replace(" ", "")
            assert mod97(c[4:] + c[:4]) == 1, e
        if e["type"] == "CARD":
            assert luhn_ok(e["text"]), e
        if e["type"] == "AHV":
            dg = e["text"].replace(".", "")
            assert dg.startswith("756") and len(dg) == 13
            tot = sum(int(d) * (3 if k % 2 else 1) for k, d in enumerate(dg[:12]))
            assert (10 - tot % 10) % 10 == int(dg[12]), e


def generate() -> list[dict]:
    locs = [loc for loc, n in LOCALE_QUOTA for _ in range(n)]
    random.Random(int.from_bytes(hashlib.sha256(f"{TAG}|locales".encode()).digest()[:8], "big")).shuffle(locs)
    per = collections.defaultdict(int)
    out = []
    for k, loc in enumerate(locs):
        genre, fn = GENRES[k % 12]
        i = per[genre]
        per[genre] += 1
        out.append(build(genre, fn, i, loc))
    return out


def scan(recs: list[dict]) -> None:
    """Print unlabelled e-mail addresses, IPv4 addresses, card-length digit runs and repeats of name words."""
    mail_re = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
    ip_re = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
    run_re = re.compile(r"\b\d(?:[ -]?\d){12,18}\b")
    found = collections.Counter()
    for r in recs:
        text = r["text"]
        spans = [(e["start"], e["end"]) for e in r["entities"]]

        def covered(s, t, spans=spans):
            return any(a <= s and t <= b for a, b in spans)

        for rx, tag in ((mail_re, "mail"), (ip_re, "ip"), (run_re, "digits")):
            for m in rx.finditer(text):
                if not covered(m.start(), m.end()):
                    found[(tag, m.group() if tag != "digits" else re.sub(r"\d", "9", m.group()))] += 1
        words = {w for e in r["entities"] if e["type"] == "PERSON" for w in re.findall(r"[^\W\d_]{3,}", e["text"])}
        for w in words:
            for m in re.finditer(r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])", text):
                if not any(a <= m.start() < b for a, b in spans):
                    found[("name", w)] += 1
    for (tag, val), n in sorted(found.items()):
        print(f"{tag:7s} {n:4d}  {val}")


def stats(recs: list[dict]) -> str:
    by = collections.Counter()
    tot = collections.Counter()
    lang_tot = collections.Counter()
    for r in recs:
        for e in r["entities"]:
            by[(e["type"], r["lang"])] += 1
            tot[e["type"]] += 1
            lang_tot[r["lang"]] += 1
    lines = [
        f"{sum(tot.values())} values: " + ", ".join(f"{t} {n}" for t, n in tot.most_common()),
        "by language: " + ", ".join(f"{lang} {lang_tot[lang]}" for lang in ("de", "fr", "it", "en")),
    ]
    for t, _ in tot.most_common():
        lines.append(f"  {t} " + " / ".join(str(by[(t, lang)]) for lang in ("de", "fr", "it", "en")))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--scan", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    recs = generate()
    if a.scan:
        scan(recs)
        return
    if a.show:
        rng = random.Random(a.show)
        for r in rng.sample(recs, a.show):
            print("=" * 100)
            print(r["id"], r["locale"])
            print(r["text"])
            print("-- " + " | ".join(f"{e['type']}:{e['text']}" for e in r["entities"]))
        return
    if a.stats:
        print(stats(recs))
        return
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with a.out.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} documents to {a.out}", file=sys.stderr)
    print(stats(recs), file=sys.stderr)


if __name__ == "__main__":
    main()
