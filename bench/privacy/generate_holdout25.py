"""Twenty-fifth blind evaluation set ("holdout25") for the anonymizer.

Blind set 25, written 2026-12-06 by a helper session that read only the module docstrings of generate_holdout22.py,
generate_holdout23.py and generate_holdout24.py and the module docstring of evaluate.py with the source of its function
evaluate_synthetic and of the helpers it calls (``_covered``, ``Counts``, ``_held_out``; all extracted with ``ast``:
record format, type names, matching rules, the genres of all earlier sets), plus Faker (the venv's Faker 40.54.0: which
of the locales used here exist, the sizes and first entries of their person-provider name lists, the attribute names of
the pl_PL provider and a few sample surnames and first names) and the standard library.  It did not read the detectors
(src/), the tests, the docs, README files, the bodies of the other generators or templates, any other data set text, or
the git history, and ran no git command besides adding and committing its two files.  Slips, none of them showing
detector code, test code or data set text: it listed the file names in bench/privacy/ (``ls``), grepped the line-length
setting in pyproject.toml once (one line shown), and ran the venv's ruff, with the project's configuration, on its own
script.  tarnkappe is never imported; the set was never run through the anonymizer or evaluate.py while it was written.
The written file was checked only by the generator's own assertions (``text[start:end] == text``, no surrounding white
space, sorted and non-overlapping spans, no name split into two PERSON spans separated by a single space, every IBAN mod
97, every card Luhn, every AHV number EAN-13), by a check that the output is identical under two PYTHONHASHSEED values,
and by reading its own output, including ``--scan``: unlabelled e-mail addresses (only role mailboxes such as
anmeldung@, meldung@, turnier@, vorstand@, abo@, billetterie@, iscrizioni@), unlabelled IPv4 addresses (only LAN
addresses 10.x / 172.16.x / 192.168.x of command stations and machine controllers), unlabelled digit runs of card length
(only GLN numbers and French social-security numbers, unlabelled on purpose) and unlabelled repeats of the words of
labelled names (only the particles "von" and "der" used as ordinary German words, "Cox" as an English column header in a
document with a person called Cox, and the month "Mai" in a document with a person called Mai); a corpus-wide pass over
unlabelled words that are labelled name words elsewhere found only ordinary words, brands and institutions (Zimmer,
Roland plotters, August, Pflegeheim St. Josef, Mitchell movement, The Red Lion ...).  Fixes after reading: names in
mail subjects, in the header of a visit round and of an appointment export, which had been written as plain text, were
made labelled values; gender slips (a "mother" or "friend" drawn as a man) and duplicate registrations with differing
data were corrected.
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout25.jsonl: 1,000 documents, 12 genres (84 documents for the first four, 83
for the others), locales drawn as an exact quota and shuffled with the seed ``"holdout25|locales"``: de_DE 300, de_CH
200, de_AT 150, fr_CH 75, fr_FR 75, it_CH 50, it_IT 50, en_GB 50, en_US 50 (de 650, fr 150, it 100, en 100).
17,234 labelled values: PERSON 7,854, PHONE 2,762, ADDRESS 2,614, EMAIL 1,849, DOB 1,193, IP 473, IBAN 296, CARD 108,
AHV 85 (de 11,343, fr 2,526, it 1,677, en 1,688).  Per type and language (de / fr / it / en):
  PERSON 5,005 / 1,219 / 795 / 835; PHONE 1,863 / 368 / 278 / 253; ADDRESS 1,782 / 351 / 240 / 241;
  EMAIL 1,260 / 279 / 155 / 155; DOB 809 / 154 / 110 / 120; IP 320 / 63 / 45 / 45; IBAN 191 / 46 / 31 / 28;
  CARD 65 / 26 / 6 / 11; AHV 48 / 20 / 17 / 0.
Document k of the shuffled locale list goes to genre ``k % 12``; the template variant is ``i % 4`` (``i`` the index of
the document within its genre), so locale and variant are not correlated.  Deterministic for a given Faker version
(written with Faker 40.54.0 and Python 3.11.7; the output does not depend on PYTHONHASHSEED - checked with two seeds):
``random.Random`` is seeded with the first 8 bytes of a SHA-256 of ``"holdout25|<genre>|<i>"``; Faker's own generator
is never used - names are drawn by that ``Random`` from the Faker person providers' lists.  Streets, towns, postcodes,
phone numbers (area codes matching the town where a landline belongs to an address), e-mail addresses, IBANs (valid
ISO 13616 check digits; French ones with a valid RIB key, Italian ones with a computed CIN; US documents get British
IBANs), card numbers (Visa, Mastercard 51-55 and 2221-2720, Amex; Luhn), AHV numbers (756, EAN-13 check digit, dotted
or compact) and IP addresses (public IPv4 from common ISP ranges of the country, about 18 % IPv6 2003:/2a01:/2a02:/
2001:/2600:/2601:/2603:) come from lists and code written here.  Each record has ``id`` (``holdout25-<genre>-<NNN>``),
``locale``, ``lang``, ``text`` and ``entities`` (``type``, ``start``, ``end``, ``text``).  Texts are built by
concatenating plain and labelled pieces, and every labelled piece records its offset when it is appended, so lower-case
chat typing, fixed-width and Markdown padding, CSV quoting, JSON and YAML values and quoted-reply prefixes keep the
labels exact.

Genres (text people paste into an AI assistant, each with a request in the document's language before or after it -
about 7 % in English for non-English documents and some in German for Swiss French / Italian ones -, sometimes fenced in
```, triple quotes, --- or <<< >>>, sometimes typed in lower case), chosen to differ from every genre named in the
docstrings read (holdout3..holdout24; near neighbours: sailing courses (13), charter crew lists (12) and marina berths
(18) for the rowing clubs, integration courses (23), first-aid courses (15) and tutoring (13) for adult education,
coworking (18) and repair cafés (16) for makerspaces, dental / physiotherapy reminders (11) for podiatry and speech
therapy, nursing handovers (9) and meals on wheels (23) for care homes, chess tournaments (18) for bridge, gym check-ins
(11) for yoga, amateur theatre (21) and fan-club season tickets (22) for theatre subscriptions - the genres here are
none of those):
 1. rowing - rowing and canoe clubs: boat log exports (crews as "F. Last" / "First L." / "Last, First" lists, boat
    names and classes, km; the boatman's phone), junior regatta entries by mail (dates of birth, licence numbers
    unlabelled, Swiss AHV numbers for J+S, parents' phones, the club IBAN), canoe-hire replies quoting the customer's
    booking (paddlers' dates of birth, full card number in the quoted mail, form IP), club chats (nicknames, a street
    for breakfast, a new number) with a member list extract;
 2. modelrailway - model railway clubs: exhibitor applications for a show (helpers' dates of birth for the insurance,
    refund IBAN, layout names, scales and sizes unlabelled), member exports as JSON lines or arrays, swapmeet table
    threads (article numbers and prices unlabelled, invoice address), running-day rotas with tech notes (command
    station LAN address and firmware unlabelled, a blocked webcam login IP labelled);
 3. adulteducation - adult-education courses (Volkshochschule, Klubschule, université populaire, università popolare,
    adult learning): class lists with separate surname and first-name columns, enrolment confirmations with an address
    block, senior-rate date of birth and a debit mandate, web-registration JSON lines (postcode and town in separate
    fields, unlabelled; a duplicate registration; card, IP), tutor mails with a Cc list and a lower-case reply naming a
    friend;
 4. makerspace - makerspaces and FabLabs: membership forms (RFID fob numbers and BIC unlabelled, SEPA mandate,
    emergency contact), machine induction registers, access / booking logs (key=value lines: badge numbers and
    machine-controller LAN IPs unlabelled, portal-login e-mails and IPs labelled), member chats (a pick-up street,
    members behind on subs, the club IBAN, a new e-mail);
 5. podiatry - medical foot care: home-visit rounds (patients with street, "postcode town" and landline, a neighbour
    holding the key, a daughter to ring first), GP referrals (insurer and member number, ICD code, BSNR / LANR / ZSR /
    GLN / RPPS / GMC / NPI unlabelled; patient's date of birth, Swiss AHV; the doctor's stamp), invoices with the
    practice letterhead (Swiss ones with AHV and date of birth, billing hotlines unlabelled), a daughter's booking mail
    for her mother quoted under the podiatrist's reply;
 6. speechtherapy - children's speech and language therapy: case-history forms (child's date of birth, parents,
    paediatrician, nursery unlabelled, Swiss AHV for the IV), therapy reports to the paediatrician, weekly appointment
    exports, a parent's rescheduling mail (teacher, sibling) quoting the therapist;
 7. pigeonracing - racing pigeon clubs: loft registers (loft coordinates unlabelled), race result lists in fixed width
    (ring numbers, clock times and speeds unlabelled), membership / transfer applications (fancier number unlabelled,
    IBAN, sponsor), basketing chats;
 8. carehome - care-home waiting lists: admission applications (care level, insurer and member number unlabelled; GP,
    next of kin, Swiss AHV), waiting-list exports with dates of birth and contacts, a relative's chase-up mail quoting
    the admissions reply, a hospital social-work note (deposit IBAN) with a siblings' chat;
 9. bridge - bridge clubs: pairs results ("Last - Last", percentages and federation numbers unlabelled), seniors'
    tournament entries (dates of birth, IBAN), member lists in YAML, partner-finding chats with a possessive;
10. observatory - public observatories and astronomy clubs: school-visit confirmations (teacher, the school's invoice
    address), public-night rotas, online booking CSV exports (full or masked card, IP), membership forms with a
    family member's date of birth;
11. yoga - yoga studios and retreats: retreat booking forms (date of birth for the insurance, room-mate, health notes,
    emergency contact, card or IBAN deposit), class-pass exports (birthday column with the year, last-login IP),
    teachers' chats, rooming lists sent to a retreat hotel (ID / passport numbers unlabelled) quoted under its reply;
12. theatresubs - theatre and concert subscriptions: renewal letters (subscriber numbers and seats unlabelled, debit
    IBAN, subscriber hotline unlabelled), subscriber CSV exports, a subscriber's change-of-address and transfer mail
    (old and new street, a friend's address and date of birth) quoting the box office, failed shop-webhook JSON for a
    gift subscription (buyer's card and IP, recipient's address and date of birth).
Values appear in prose, "Label: value" forms (aligned and not), two-line address blocks, letterheads and signatures,
Markdown (aligned and not), fixed-width, comma-, semicolon-, tab- and pipe-separated tables, JSON (indented and one line
per record), YAML, key=value logs, mail headers with Cc lists and quoted replies (two quote-header styles), chats with
five layouts (WhatsApp iOS / Android, Signal-like, Teams-like, plain; senders shown as full names, first names,
nicknames or phone numbers), lower-case typing, in each country's conventions (German "str.", "D-", "12 a"; Austrian
"/Top", "12/3/7", "/Stiege/Tür", "A-", "Jänner"; Swiss "strasse", "CH-", "Natel", no "ß"; French "bis"/"ter", "12,"
house numbers, upper-case towns, Swiss-French "Rue de Bourg 45" order; Italian "n.", "/B", "int.", provinces with and
without parentheses; British flats and "Town POSTCODE" lines; US "Apt", "#", "Unit", ZIP+4). Phone numbers national and
international with "(0)", "00", slashes, dots, hyphens, parentheses, compact E.164 and extensions. Dates of birth in 34
shapes (all present in the output; a document keeps one shape for about three quarters of its dates of birth):
"12.03.1984", "2.3.1984", "12.03.84", "2.3.84", "12. 03. 1984", ISO, "19840312", "12/03/1984", "2/3/1984", "12/03/84",
"12-03-1984", Roman months "12.III.1984" and "12/III/1984", US "03/12/1984", "3/12/1984", "3/12/84", "3-12-1984", German
"12. März 1984" / "02. März 1984" (Austrian "Jänner", "Feber"), "12. Mär. 1984", "12.März 1984", French "12 mars 1984"
(also "1er mars"), "12 MARS 1984", "12 févr. 1984", Italian "12 marzo 1984", "12 mar 1984", English "12 March 1984",
"12th March 1984", "12th of March 1984", "12 Mar 1984", "12-MAR-1984", "March 12, 1984", "Mar 12, 1984", "March 12th,
1984"; about a third directly after a cue word or a date-of-birth label (geb., geboren, né(e) le, nato/a il, born, DOB,
Geburtsdatum:), the rest in table columns, JSON / YAML fields, "name, date" list lines and parentheses.
Names drawn from the Faker person lists of the region (de_DE, de_AT with de_DE, de_CH, fr_CH with fr_FR, fr_FR, it_IT
- for Ticino with a list of Ticinese surnames written here -, en_GB, en_US), community names from the Faker lists of
tr_TR, hr_HR, pt_PT, pt_BR, es_ES, es_MX, ro_RO, nl_NL, en_IN, pl_PL (gendered surnames), cs_CZ, sk_SK, hu_HU, sl_SI and
lists written here (Albanian, Tamil, Eritrean, Syrian, Ukrainian, Vietnamese, Kurdish, Chinese, Somali); about 55 %
region, 23 % community, 22 % special: a surname that is an ordinary word (Fuchs, Vogel, Glück, Petit, Bonheur, Leone,
Sole, Hope, Stone ...; sometimes the first name too: Ernst, Rosa, Linde, Fleur, Serena, Grace, June), a surname with a
particle (von Allmen, van der Berg, de la Fontaine, Du Pasquier, Dal Molin, Lo Presti, O'Connor, D'Souza), an
invented syllable-built surname in no list ("Grubwieser", "Moosreiter", "Chauvaz", "Corvasio", "Kelthwaite") with
sometimes a rare first name (Quirin, Fenja, Ysaline, Ottavia, Wren), or a double surname (hyphenated; Italian and
English also with a space).  Relatives share the surname (Polish in the gendered form) unless drawn otherwise.
Written as "First Last", "Last, First", "LAST First", "LAST, First", "Last First", "F. Last" (also "K.-H. Last"),
"First L.", "FIRST LAST", separate surname and first-name columns or fields, first names, nicknames (Steffi, Flo,
Peppe, Liz ...) or surnames alone (chat senders, salutations, mentions, "klingeln bei <surname>", possessives), in
lower case in chats.
Unlabelled distractors: licence, booking, workshop, invoice, order, subscriber, member, mandate, reservation, fancier,
federation and course numbers, room numbers, RFID fob and badge numbers, BICs, model-train article numbers, scales and
layout sizes, firmware versions and decoder addresses, ring numbers, loft coordinates, clock times and speeds,
percentages, seats and rows, insurer member numbers (Versicherten-Nr., Versichertenkarte, N° sécu, codice fiscale, NHS
number, Medicare id), ICD codes, BSNR / LANR / ZSR / GLN / RPPS / GMC / NPI numbers, ID-card and passport numbers,
care levels, masked cards and expiry dates, prices and totals, plain dates and times (regattas, shows, courses,
visits, rotas, tournaments, performances, log and chat time stamps), ages, towns alone and postcodes or towns in their
own fields, role mailboxes, hotlines and shared-cost numbers, LAN IP addresses, and companies, clubs, schools,
nurseries, care homes, hotels, pubs, boats and layouts (also when named after a person: "Pflegeheim St. Josef",
"Lycée Victor Duruy", "École maternelle Jules Ferry").

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP; those of holdout22/23/24, carried
over):
* PERSON: the name of a natural person as written, in any order, with initials, particles and double surnames inside
  the span; titles and salutations (Herr, Frau, Dr., Dr. med., M., Mme, Madame, Sig., Sig.ra, Dott., Mr, Ms, Mrs, Dr)
  outside; a first name, a nickname or a surname alone is a PERSON (possessive "s" / "'s" outside); companies, clubs,
  schools, homes, boats and layouts are not labelled.
* EMAIL: every personal e-mail address, private or a person's work address at an organisation's domain; role
  mailboxes are not labelled.
* PHONE: every phone number of a person or of a practice, club or firm (letterheads, signatures, stamps); a chat sender
  shown as a number is PHONE; hotlines and shared-cost numbers are not labelled.
* ADDRESS: "street, postcode town" on one line is two spans (street; postcode + town), as is a two-line block; a street
  with its number alone is ADDRESS (tables, chats, JSON, YAML) and so is a combined "postcode town" field; postcodes and
  towns in separate fields and towns alone are not labelled; business addresses are labelled.
* DOB: a full date of birth (day, month, year) of an adult or a child, cue words outside; other dates are not.
* IBAN: every IBAN, compact or grouped (also a club's or a home's).  CARD: full Luhn-valid card numbers; masked numbers
  and "card ending 1234" are not.
* AHV: Swiss social security numbers (756, dotted or compact).  IP: the public IPv4 / IPv6 address of a person's
  device or connection (forms, bookings, portal logins, webhooks); LAN addresses are not labelled.

Usage (repo root): python bench/privacy/generate_holdout25.py [--out PATH] [--scan] [--show N]
(--scan and --show print and write nothing.)
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
import string
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "synthetic_holdout25.jsonl"
SET = "holdout25"
LOCALE_QUOTA = [("de_DE", 300), ("de_CH", 200), ("de_AT", 150), ("fr_CH", 75), ("fr_FR", 75), ("it_CH", 50),
                ("it_IT", 50), ("en_GB", 50), ("en_US", 50)]
PER, EMAIL, PHONE, IBAN, ADDR, DOB, AHV, CARD, IP = "PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS", "DOB", "AHV", \
    "CARD", "IP"
TYPES = (PER, PHONE, ADDR, EMAIL, DOB, IP, IBAN, CARD, AHV)


# --------------------------------------------------------------------------------------------------------------------
# Text building: plain pieces and labelled values; offsets are recorded when a labelled value is appended.
# --------------------------------------------------------------------------------------------------------------------

class V:
    """A labelled value."""

    __slots__ = ("type", "text")

    def __init__(self, typ: str, text: str) -> None:
        self.type, self.text = typ, text

    def __repr__(self) -> str:
        return f"V({self.type}, {self.text!r})"


def flat(x) -> str:
    if x is None:
        return ""
    if isinstance(x, str):
        return x
    if isinstance(x, V):
        return x.text
    return "".join(flat(y) for y in x)


def low(s: str) -> str:
    return s.replace("İ", "I").lower()


class Doc:
    def __init__(self, swiss: bool = False) -> None:
        self.pieces: list[tuple[str, str | None]] = []
        self.n = 0
        self.swiss = swiss

    def t(self, s: str) -> None:
        if not s:
            return
        if self.swiss:
            s = s.replace("ß", "ss")
        self.pieces.append((s, None))
        self.n += len(s)

    def v(self, typ: str, s: str) -> None:
        if self.swiss:
            s = s.replace("ß", "ss")
        assert s and s == s.strip() and "\n" not in s, (typ, s)
        self.pieces.append((s, typ))
        self.n += len(s)

    def add(self, x, lower: bool = False) -> None:
        if x is None:
            return
        if isinstance(x, str):
            self.t(low(x) if lower else x)
        elif isinstance(x, V):
            self.v(x.type, low(x.text) if lower else x.text)
        elif isinstance(x, Doc):
            for s, typ in x.pieces:
                self.add(V(typ, s) if typ else s, lower)
        else:
            for y in x:
                self.add(y, lower)

    def f(self, fmt: str, *args, lower: bool = False, **kw) -> None:
        auto = 0
        for lit, field, spec, _conv in string.Formatter().parse(fmt):
            if lit:
                self.t(low(lit) if lower else lit)
            if field is None:
                continue
            if field == "":
                val = args[auto]
                auto += 1
            elif field.isdigit():
                val = args[int(field)]
            else:
                val = kw[field]
            if isinstance(val, (int, float)):
                self.t(format(val, spec))
                continue
            pad = int(spec.lstrip("<>")) - len(flat(val)) if spec else 0
            if spec.startswith(">") and pad > 0:
                self.t(" " * pad)
            self.add(val, lower)
            if spec and not spec.startswith(">") and pad > 0:
                self.t(" " * pad)

    def quote(self, sub: Doc, prefix: str = "> ") -> None:
        """Append sub with every line prefixed (mail quoting); labelled values never contain newlines."""
        at_start = True
        for s, typ in sub.pieces:
            if typ:
                if at_start:
                    self.t(prefix)
                    at_start = False
                self.v(typ, s)
                continue
            parts = s.split("\n")
            for k, part in enumerate(parts):
                if k > 0:
                    if at_start:
                        self.t(prefix.rstrip())
                    self.t("\n")
                    at_start = True
                if part:
                    if at_start:
                        self.t(prefix)
                        at_start = False
                    self.t(part)

    def text(self) -> str:
        return "".join(s for s, _ in self.pieces)

    def entities(self) -> list[dict]:
        out, pos = [], 0
        for s, typ in self.pieces:
            if typ:
                out.append({"type": typ, "start": pos, "end": pos + len(s), "text": s})
            pos += len(s)
        return out


# --------------------------------------------------------------------------------------------------------------------
# Check digits
# --------------------------------------------------------------------------------------------------------------------

def _num(s: str) -> str:
    return "".join(str(int(ch, 36)) for ch in s)


def iban_check(cc: str, bban: str) -> str:
    rem = int(_num(bban + cc + "00")) % 97
    return f"{cc}{98 - rem:02d}{bban}"


def iban_valid(s: str) -> bool:
    s = s.replace(" ", "")
    return len(s) > 8 and int(_num(s[4:] + s[:4])) % 97 == 1


def luhn_digit(body: str) -> str:
    total = 0
    for k, ch in enumerate(reversed(body)):
        x = int(ch)
        if k % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return str((10 - total % 10) % 10)


def luhn_valid(s: str) -> bool:
    s = re.sub(r"\D", "", s)
    return luhn_digit(s[:-1]) == s[-1]


def ean13_digit(body: str) -> str:
    total = sum(int(ch) * (1 if k % 2 == 0 else 3) for k, ch in enumerate(body))
    return str((10 - total % 10) % 10)


def ahv_valid(s: str) -> bool:
    s = s.replace(".", "")
    return len(s) == 13 and s.startswith("756") and ean13_digit(s[:12]) == s[12]


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi: str, cab: str, acct: str) -> str:
    total = 0
    for k, ch in enumerate(abi + cab + acct):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _CIN_ODD[v] if k % 2 == 0 else v
    return chr(65 + total % 26)


def fr_rib_key(bank: str, guichet: str, acct: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97:02d}"


# --------------------------------------------------------------------------------------------------------------------
# Places: (postcode, town, area code[, province/state]) and streets per locale; written here.
# --------------------------------------------------------------------------------------------------------------------

TOWNS = {
    "de_DE": [("10115", "Berlin", "030"), ("10997", "Berlin", "030"), ("12049", "Berlin", "030"),
              ("20095", "Hamburg", "040"), ("22765", "Hamburg", "040"), ("80331", "München", "089"),
              ("81667", "München", "089"), ("50667", "Köln", "0221"), ("60311", "Frankfurt am Main", "069"),
              ("70173", "Stuttgart", "0711"), ("04109", "Leipzig", "0341"), ("01067", "Dresden", "0351"),
              ("30159", "Hannover", "0511"), ("90402", "Nürnberg", "0911"), ("28195", "Bremen", "0421"),
              ("79098", "Freiburg im Breisgau", "0761"), ("48143", "Münster", "0251"), ("34117", "Kassel", "0561"),
              ("93047", "Regensburg", "0941"), ("18055", "Rostock", "0381"), ("96047", "Bamberg", "0951"),
              ("37073", "Göttingen", "0551"), ("69117", "Heidelberg", "06221"), ("21335", "Lüneburg", "04131"),
              ("99084", "Erfurt", "0361"), ("55116", "Mainz", "06131"), ("86150", "Augsburg", "0821"),
              ("33602", "Bielefeld", "0521"), ("24103", "Kiel", "0431"), ("66111", "Saarbrücken", "0681"),
              ("52062", "Aachen", "0241"), ("83022", "Rosenheim", "08031"), ("88212", "Ravensburg", "0751"),
              ("26122", "Oldenburg", "0441"), ("17489", "Greifswald", "03834"), ("06108", "Halle (Saale)", "0345"),
              ("14467", "Potsdam", "0331"), ("97070", "Würzburg", "0931"), ("87435", "Kempten (Allgäu)", "0831"),
              ("49074", "Osnabrück", "0541"), ("35037", "Marburg", "06421"), ("72070", "Tübingen", "07071")],
    "de_AT": [("1010", "Wien", "01"), ("1070", "Wien", "01"), ("1100", "Wien", "01"), ("1160", "Wien", "01"),
              ("1210", "Wien", "01"), ("8010", "Graz", "0316"), ("8020", "Graz", "0316"), ("4020", "Linz", "0732"),
              ("5020", "Salzburg", "0662"), ("6020", "Innsbruck", "0512"),
              ("9020", "Klagenfurt am Wörthersee", "0463"),
              ("9500", "Villach", "04242"), ("4600", "Wels", "07242"), ("3100", "St. Pölten", "02742"),
              ("6850", "Dornbirn", "05572"), ("6900", "Bregenz", "05574"), ("8700", "Leoben", "03842"),
              ("2700", "Wiener Neustadt", "02622"), ("3500", "Krems an der Donau", "02732"), ("4400", "Steyr", "07252"),
              ("7000", "Eisenstadt", "02682"), ("6330", "Kufstein", "05372"), ("5700", "Zell am See", "06542"),
              ("8200", "Gleisdorf", "03112"), ("2340", "Mödling", "02236"), ("4810", "Gmunden", "07612")],
    "de_CH": [("8001", "Zürich", "044"), ("8004", "Zürich", "044"), ("8037", "Zürich", "044"), ("3011", "Bern", "031"),
              ("3007", "Bern", "031"), ("4051", "Basel", "061"), ("4058", "Basel", "061"), ("6003", "Luzern", "041"),
              ("9000", "St. Gallen", "071"), ("8400", "Winterthur", "052"), ("5000", "Aarau", "062"),
              ("7000", "Chur", "081"), ("6300", "Zug", "041"), ("2502", "Biel/Bienne", "032"), ("3600", "Thun", "033"),
              ("8200", "Schaffhausen", "052"), ("8500", "Frauenfeld", "052"), ("4600", "Olten", "062"),
              ("6430", "Schwyz", "041"), ("3900", "Brig", "027"), ("8750", "Glarus", "055"), ("9100", "Herisau", "071"),
              ("5400", "Baden", "056"), ("8840", "Einsiedeln", "055"), ("3800", "Interlaken", "033"),
              ("8610", "Uster", "044"), ("4500", "Solothurn", "032"), ("8810", "Horgen", "044")],
    "fr_CH": [("1003", "Lausanne", "021"), ("1005", "Lausanne", "021"), ("1201", "Genève", "022"),
              ("1205", "Genève", "022"), ("1227", "Carouge", "022"), ("2000", "Neuchâtel", "032"),
              ("1700", "Fribourg", "026"), ("1950", "Sion", "027"), ("1400", "Yverdon-les-Bains", "024"),
              ("1800", "Vevey", "021"), ("1820", "Montreux", "021"), ("2300", "La Chaux-de-Fonds", "032"),
              ("1110", "Morges", "021"), ("1260", "Nyon", "022"), ("2800", "Delémont", "032"), ("1630", "Bulle", "026"),
              ("1870", "Monthey", "024"), ("1920", "Martigny", "027")],
    "fr_FR": [("75011", "Paris", "01"), ("75018", "Paris", "01"), ("75014", "Paris", "01"), ("69003", "Lyon", "04"),
              ("13006", "Marseille", "04"), ("31000", "Toulouse", "05"), ("33000", "Bordeaux", "05"),
              ("44000", "Nantes", "02"), ("67000", "Strasbourg", "03"), ("59000", "Lille", "03"),
              ("35000", "Rennes", "02"), ("34000", "Montpellier", "04"), ("06000", "Nice", "04"),
              ("21000", "Dijon", "03"), ("37000", "Tours", "02"), ("63000", "Clermont-Ferrand", "04"),
              ("29200", "Brest", "02"), ("64100", "Bayonne", "05"), ("87000", "Limoges", "05"),
              ("38000", "Grenoble", "04"), ("51100", "Reims", "03"), ("14000", "Caen", "02"), ("80000", "Amiens", "03"),
              ("84000", "Avignon", "04"), ("17000", "La Rochelle", "05"), ("92100", "Boulogne-Billancourt", "01")],
    "it_IT": [("00184", "Roma", "06", "RM"), ("00153", "Roma", "06", "RM"), ("20121", "Milano", "02", "MI"),
              ("20135", "Milano", "02", "MI"), ("10121", "Torino", "011", "TO"), ("80133", "Napoli", "081", "NA"),
              ("50122", "Firenze", "055", "FI"), ("40126", "Bologna", "051", "BO"), ("16121", "Genova", "010", "GE"),
              ("30121", "Venezia", "041", "VE"), ("37121", "Verona", "045", "VR"), ("35122", "Padova", "049", "PD"),
              ("70121", "Bari", "080", "BA"), ("90133", "Palermo", "091", "PA"), ("38122", "Trento", "0461", "TN"),
              ("24121", "Bergamo", "035", "BG"), ("25121", "Brescia", "030", "BS"), ("43121", "Parma", "0521", "PR"),
              ("06121", "Perugia", "075", "PG"), ("95131", "Catania", "095", "CT"), ("09124", "Cagliari", "070", "CA"),
              ("39100", "Bolzano", "0471", "BZ"), ("33100", "Udine", "0432", "UD"), ("60121", "Ancona", "071", "AN"),
              ("73100", "Lecce", "0832", "LE"), ("22100", "Como", "031", "CO")],
    "it_CH": [("6900", "Lugano", "091"), ("6500", "Bellinzona", "091"), ("6600", "Locarno", "091"),
              ("6850", "Mendrisio", "091"), ("6830", "Chiasso", "091"), ("6612", "Ascona", "091"),
              ("6710", "Biasca", "091"), ("6780", "Airolo", "091"), ("6900", "Massagno", "091"),
              ("6648", "Minusio", "091"), ("6982", "Agno", "091"), ("6592", "Sant'Antonino", "091")],
    "en_GB": [("SW9", "London", "020"), ("N16", "London", "020"), ("E8", "London", "020"), ("SE15", "London", "020"),
              ("M14", "Manchester", "0161"), ("B13", "Birmingham", "0121"), ("LS6", "Leeds", "0113"),
              ("G12", "Glasgow", "0141"), ("EH9", "Edinburgh", "0131"), ("BS6", "Bristol", "0117"),
              ("CF24", "Cardiff", "029"), ("OX4", "Oxford", "01865"), ("CB1", "Cambridge", "01223"),
              ("YO31", "York", "01904"), ("NR2", "Norwich", "01603"), ("BN2", "Brighton", "01273"),
              ("EX4", "Exeter", "01392"), ("NE6", "Newcastle upon Tyne", "0191"), ("S11", "Sheffield", "0114"),
              ("L17", "Liverpool", "0151"), ("BA2", "Bath", "01225"), ("LA1", "Lancaster", "01524"),
              ("DD1", "Dundee", "01382"), ("NG7", "Nottingham", "0115")],
    "en_US": [("021", "Boston", "617", "MA"), ("021", "Cambridge", "617", "MA"), ("606", "Chicago", "312", "IL"),
              ("787", "Austin", "512", "TX"), ("802", "Denver", "303", "CO"), ("972", "Portland", "503", "OR"),
              ("981", "Seattle", "206", "WA"), ("554", "Minneapolis", "612", "MN"), ("112", "Brooklyn", "718", "NY"),
              ("191", "Philadelphia", "215", "PA"), ("537", "Madison", "608", "WI"), ("481", "Ann Arbor", "734", "MI"),
              ("288", "Asheville", "828", "NC"), ("314", "Savannah", "912", "GA"), ("054", "Burlington", "802", "VT"),
              ("875", "Santa Fe", "505", "NM"), ("152", "Pittsburgh", "412", "PA"), ("958", "Sacramento", "916", "CA"),
              ("837", "Boise", "208", "ID"), ("432", "Columbus", "614", "OH")],
}

STREETS = {
    "de_DE": ["Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schillerstraße", "Goethestr.", "Lindenallee",
              "Am Mühlbach", "Kirchweg", "Rosenweg", "Bergstraße", "Friedrich-Ebert-Str.", "Waldstraße",
              "Schulstraße", "Ringstraße", "Am Sonnenhang", "Kastanienweg", "Uhlandstraße", "Feldstraße",
              "Wilhelmstraße", "Dorfstraße", "Brunnenstraße", "Heinrich-Heine-Weg", "Am Anger", "Mozartstr.",
              "Lessingstraße", "Tannenweg", "Im Winkel", "Zur Alten Mühle", "Von-der-Tann-Straße", "Hafenstraße",
              "Kantstraße", "Auf der Heide", "Sielwall", "Hohe Straße", "Theodor-Storm-Weg", "An der Bleiche"],
    "de_AT": ["Mariahilfer Straße", "Hauptplatz", "Kirchengasse", "Schulgasse", "Lindengasse", "Bahnhofstraße",
              "Grazer Straße", "Wiener Straße", "Annenstraße", "Herrengasse", "Dorfstraße", "Am Kirchberg",
              "Feldgasse", "Mühlweg", "Rosengasse", "Praterstraße", "Landstraßer Hauptstraße", "Sonnenweg",
              "Josefstädter Straße", "Leopoldstraße", "Salzachgasse", "Ottakringer Straße", "Schubertgasse",
              "Linzer Gasse", "Anichstraße", "Hietzinger Hauptstraße"],
    "de_CH": ["Bahnhofstrasse", "Dorfstrasse", "Hauptstrasse", "Kirchgasse", "Seestrasse", "Zürcherstrasse",
              "Bernstrasse", "Rebbergstrasse", "Schulhausstrasse", "Weinbergstrasse", "Alpenstrasse",
              "Lindenhofweg", "Hofackerstrasse", "Sonnenbergstrasse", "Gartenstrasse", "Rosenweg", "Brunngasse",
              "Obere Gasse", "Mühlebachstrasse", "Pilatusstrasse", "Feldeggstrasse", "Im Grütt", "Rütistrasse",
              "Birkenweg", "Gotthardstrasse", "Stadtbachstrasse", "Schützenmattstrasse"],
    "fr_CH": ["Rue de Bourg", "Avenue de la Gare", "Chemin des Vignes", "Rue du Lac", "Route de Berne",
              "Avenue de Rumine", "Rue du Marché", "Chemin de la Forêt", "Rue des Alpes", "Avenue du Léman",
              "Rue de Lausanne", "Chemin du Levant", "Rue Centrale", "Place du Tilleul", "Route de Chêne",
              "Chemin des Pâquerettes", "Rue des Moulins", "Avenue de Beaulieu"],
    "fr_FR": ["rue Victor Hugo", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République",
              "impasse des Lilas", "allée des Peupliers", "rue du Général Leclerc", "chemin des Écoliers",
              "place de la Mairie", "rue Pasteur", "avenue de la Libération", "rue des Tanneurs", "quai de la Loire",
              "rue Sainte-Catherine", "rue des Capucins", "rue de la Paix", "avenue Foch", "rue du Moulin",
              "rue des Jardins", "cours Mirabeau", "rue Émile Zola", "chemin de la Croix"],
    "it_IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Europa",
              "Piazza della Libertà", "Via Mazzini", "Via San Francesco", "Via delle Rose", "Vicolo Stretto",
              "Via XX Settembre", "Via Cavour", "Largo Augusto", "Via Dante Alighieri", "Via del Pratello",
              "Strada Maggiore", "Via Manzoni", "Via dei Tigli", "Viale Trieste", "Via Gramsci", "Via Nazionale"],
    "it_CH": ["Via Nassa", "Via Cantonale", "Via San Gottardo", "Via Besso", "Viale Stazione", "Via Ciseri",
              "Via alla Motta", "Via Trevano", "Via Lavizzari", "Piazza Indipendenza", "Via Vela", "Via Varenna",
              "Via ai Monti", "Via Pessina"],
    "en_GB": ["Mill Lane", "Church Road", "Victoria Street", "Station Road", "The Green", "Park Avenue",
              "Albert Road", "Queen's Road", "Orchard Close", "Kingsley Gardens", "High Street", "Meadow View",
              "Willow Crescent", "Elm Grove", "St John's Terrace", "Beech Drive", "Cromwell Road", "Nelson Street",
              "Ashfield Avenue", "Harbour Row"],
    "en_US": ["Maple Ave", "Pine St", "Oak Street", "N Halsted St", "Elm Street", "Cedar Lane", "Washington Blvd",
              "Lincoln Ave", "Park Place", "Sunset Drive", "Highland Ave", "E 7th St", "Magnolia Ct",
              "Riverside Dr", "Chestnut St", "Willow Way", "Lakeview Terrace", "SW Alder St"],
}

# --------------------------------------------------------------------------------------------------------------------
# Names: Faker person-provider lists (drawn by our own Random; Faker's generator is never used) and lists written here.
# --------------------------------------------------------------------------------------------------------------------

def _names(value) -> list[str]:
    if isinstance(value, dict):
        value = list(value.keys())
    return [n for n in value if n and n == n.strip() and not any(ch.isdigit() for ch in n)]


def polish_female(last: str) -> str:
    for m, f in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
        if last.endswith(m):
            return last[: -len(m)] + f
    return last


_FAKER_CACHE: dict[str, dict[str, list[str]]] = {}


def faker_names(loc: str) -> dict[str, list[str]]:
    if loc not in _FAKER_CACHE:
        prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        male = _names(getattr(prov, "first_names_male", ()) or getattr(prov, "first_names", ()))
        female = _names(getattr(prov, "first_names_female", ()) or getattr(prov, "first_names", ()))
        last = getattr(prov, "last_names", ()) or ()
        last_m = _names(getattr(prov, "last_names_male", ()) or last)
        last_f = _names(getattr(prov, "last_names_female", ()) or last)
        if loc == "pl_PL":
            gendered = _names(prov.male_last_names)
            unisex = _names(prov.unisex_last_names)[:400]
            last_m = gendered + unisex
            last_f = [polish_female(x) for x in gendered] + unisex
        _FAKER_CACHE[loc] = {"m": male, "f": female, "lm": last_m, "lf": last_f}
    return _FAKER_CACHE[loc]


REGION_FAKER = {"de_DE": ["de_DE"], "de_AT": ["de_AT", "de_DE"], "de_CH": ["de_CH"], "fr_CH": ["fr_CH", "fr_FR"],
                "fr_FR": ["fr_FR"], "it_IT": ["it_IT"], "it_CH": ["it_IT"], "en_GB": ["en_GB"], "en_US": ["en_US"]}
COMMUNITY_FAKER = ["tr_TR", "hr_HR", "pt_PT", "es_ES", "ro_RO", "nl_NL", "en_IN", "pl_PL", "cs_CZ", "hu_HU",
                   "sl_SI", "pt_BR", "es_MX", "sk_SK"]

# (male first names, female first names, surnames) written here
COMMUNITY_OWN = {
    "albanian": (["Arben", "Blerim", "Dritan", "Valon", "Besnik", "Agron", "Fatmir", "Ilir"],
                 ["Ardita", "Blerta", "Drita", "Fjolla", "Mimoza", "Vjosa", "Teuta", "Albulena"],
                 ["Krasniqi", "Berisha", "Gashi", "Hoxha", "Shala", "Morina", "Kelmendi", "Rexhepi", "Ahmeti",
                  "Bytyqi", "Hasani", "Zeqiri"]),
    "tamil": (["Tharshan", "Sivakumar", "Nirojan", "Kajan", "Mathivanan", "Senthuran"],
              ["Kavitha", "Thusyanthi", "Nivetha", "Abirami", "Sharmila", "Luxmi"],
              ["Sivarajah", "Tharmalingam", "Kanagaratnam", "Selvarajah", "Yogarajah", "Thevarajah", "Nadarajah"]),
    "eritrean": (["Yonas", "Tesfay", "Mehari", "Dawit", "Berhane", "Filmon"],
                 ["Senait", "Helen", "Saba", "Yordanos", "Mebrat", "Luwam"],
                 ["Tesfamariam", "Ghebremedhin", "Habte", "Kidane", "Woldemichael", "Tekle", "Asmerom"]),
    "syrian": (["Mohammad", "Omar", "Rami", "Ahmad", "Khaled", "Yazan"],
               ["Lina", "Rasha", "Nour", "Hiba", "Rania", "Dima"],
               ["Al-Hassan", "Haddad", "Khalil", "Darwish", "Al-Khatib", "Saleh", "Naser", "Hamdan"]),
    "ukrainian": (["Oleksandr", "Mykola", "Andrii", "Dmytro", "Taras", "Bohdan"],
                  ["Iryna", "Olena", "Kateryna", "Oksana", "Yuliia", "Nataliia"],
                  ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Boyko", "Savchenko"]),
    "vietnamese": (["Minh", "Duc", "Quang", "Tuan", "Hoang"],
                   ["Lan", "Hoa", "Thu", "Mai", "Linh"],
                   ["Nguyen", "Tran", "Pham", "Le", "Vu", "Hoang", "Dang"]),
    "kurdish": (["Azad", "Serhat", "Rojhat", "Baran", "Dilshad"],
                ["Rojda", "Berivan", "Dilan", "Zozan", "Hêvî"],
                ["Zana", "Demir", "Ekinci", "Barzani", "Amedi", "Botan"]),
    "chinese": (["Wei", "Jun", "Hao", "Lei", "Zhiqiang"],
                ["Li Na", "Xiaoling", "Mei", "Yan", "Jing"],
                ["Zhang", "Wang", "Liu", "Chen", "Zhou", "Huang", "Xu"]),
    "somali": (["Abdirahman", "Mohamed", "Abdullahi", "Yusuf"],
               ["Hodan", "Faduma", "Ayaan", "Sahra"],
               ["Warsame", "Farah", "Hassan", "Abdi", "Jama", "Osman"]),
}

WORD_SURNAMES = {
    "de": ["Fuchs", "Vogel", "Sommer", "Winter", "Engel", "Wolf", "Hahn", "Kaiser", "König", "Stein", "Berg", "Frei",
           "Lustig", "Fröhlich", "Morgenstern", "Klein", "Lang", "Kurz", "Schwarz", "Roth", "Jung", "Glück", "Koch",
           "Bauer", "Strauss", "Haas", "Rabe", "Kranich", "Hase", "Mond"],
    "fr": ["Petit", "Lebon", "Bonheur", "Leblanc", "Rossignol", "Lapierre", "Boulanger", "Marchand", "Lefort",
           "Charpentier", "Printemps", "Lion", "Mouton", "Loup", "Lenoir", "Courage", "Delorme", "Fontaine"],
    "it": ["Leone", "Sole", "Porta", "Fontana", "Bianco", "Santo", "Monti", "Gallo", "Volpe", "Cavallo", "Fiore",
           "Serra", "Piazza", "Bello", "Rosa", "Colombo", "Ferro", "Campana"],
    "en": ["Hope", "Stone", "Baker", "Young", "Bird", "Brook", "Rivers", "Hill", "Wood", "Fox", "Lamb", "Rich",
           "Sharp", "Best", "Day", "March", "Summer", "Wise", "Moon", "Gardner", "Knight", "Sterling"],
}
WORD_FIRST = {
    "de": (["Ernst", "Frank", "August", "Konstantin", "Sieger"], ["Rosa", "Linde", "Heide", "Erika", "Frieda"]),
    "fr": (["Constant", "Prosper", "Aimé", "Modeste", "Désiré"], ["Rose", "Blanche", "Fleur", "Reine", "Prudence"]),
    "it": (["Fortunato", "Felice", "Benvenuto", "Prospero", "Sereno"], ["Serena", "Bianca", "Speranza", "Stella",
                                                                        "Gioia"]),
    "en": (["Will", "Hunter", "Mark", "Bill", "Pat"], ["Grace", "Joy", "Hope", "Faith", "Dawn", "April", "June"]),
}
PARTICLE_SURNAMES = {
    "de": ["von Allmen", "von der Heide", "zur Linden", "van der Berg", "von Wattenwyl", "de Vries", "von Arx",
           "auf der Maur", "von Känel", "ten Brink", "von Hohenberg", "vom Stein"],
    "fr": ["de la Fontaine", "Du Pasquier", "de Weck", "Le Goff", "de Montmollin", "Le Bihan", "de Coulon",
           "Dupont de Ligonnès", "de la Rochefoucauld", "Des Pallières", "d'Espagnac"],
    "it": ["Di Stefano", "De Luca", "Dal Molin", "Lo Presti", "Della Valle", "De Santis", "Dalla Torre",
           "Lo Bianco", "Degli Esposti", "Di Giacomo", "La Rosa", "D'Amico"],
    "en": ["O'Connor", "McAllister", "Van Dyke", "de la Cruz", "D'Souza", "O'Brien", "MacLeod", "St. Clair",
           "Van Buren", "De Silva", "Fitzgerald"],
}
INVENTED_SYL = {
    "de": (["Grub", "Eck", "Moos", "Hinter", "Ober", "Rain", "Wald", "Brun", "Tann", "Hub", "Stadl", "Ammer",
            "Kreil", "Zwick", "Fels"],
           ["wieser", "hänsli", "bichler", "egger", "huber", "reiter", "mann", "hofer", "maier", "stätter", "gruber",
            "lechner", "müller", "bacher"]),
    "fr": (["Bré", "Chau", "Mor", "Val", "Gre", "Lam", "Ros", "Ver", "Cor", "Dum"],
           ["erat", "vaz", "ignac", "ousse", "elin", "aud", "ieux", "ardet", "onnet", "ichon"]),
    "it": (["Cor", "Bel", "Tar", "Lom", "Ves", "Gar", "Pin", "Roz", "Sav", "Mal"],
           ["vasio", "trami", "icchio", "azzoni", "iotti", "oldi", "uccia", "etti", "avella", "ondi"]),
    "en": (["Kel", "Ash", "Thorn", "Brad", "Hal", "Wen", "Mor", "Pem", "Dun", "Cald"],
           ["thwaite", "ridge", "combe", "sley", "wick", "holme", "ford", "hurst", "stow", "bury"]),
}
RARE_FIRST = {
    "de": (["Quirin", "Tjark", "Veit", "Eik", "Jonte", "Ruven"], ["Fenja", "Ylvi", "Malin", "Smilla", "Wiebke", "Ida"]),
    "fr": (["Anatole", "Gaspard", "Firmin", "Achille", "Lubin"], ["Ysaline", "Apolline", "Capucine", "Solène",
                                                                   "Oriane"]),
    "it": (["Ottavio", "Ercole", "Italo", "Nereo", "Tancredi"], ["Ottavia", "Viola", "Ginevra", "Ludovica",
                                                                  "Brunilde"]),
    "en": (["Wren", "Ansel", "Linus", "Evander", "Rowan"], ["Wren", "Marigold", "Tamsin", "Isolde", "Clover"]),
}
NICK = {
    "Stefanie": "Steffi", "Florian": "Flo", "Johannes": "Jo", "Alexander": "Alex", "Christina": "Tina",
    "Katharina": "Kathi", "Maximilian": "Max", "Sebastian": "Basti", "Benjamin": "Ben", "Franziska": "Franzi",
    "Michael": "Michi", "Andreas": "Andi", "Matthias": "Matze", "Susanne": "Susi", "Elisabeth": "Lisi",
    "Daniela": "Dani", "Thomas": "Tom", "Christian": "Chris", "Nicole": "Nici", "Jennifer": "Jenny",
    "Alexandre": "Alex", "Guillaume": "Guigui", "Nicolas": "Nico", "Catherine": "Cathy", "Frédéric": "Fred",
    "Giuseppe": "Peppe", "Francesco": "Checco", "Alessandro": "Ale", "Federica": "Fede", "Giovanni": "Gianni",
    "Francesca": "Fra", "Elizabeth": "Liz", "William": "Will", "Robert": "Bob", "Katherine": "Kate",
    "Margaret": "Maggie", "Richard": "Rich", "James": "Jim", "Jessica": "Jess", "Samantha": "Sam",
}
POLISH_GENDER = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"))


class Person:
    def __init__(self, first: str, last: str, gender: str, origin: str) -> None:
        self.first, self.last, self.gender, self.origin = first, last, gender, origin

    def initial(self) -> str:
        parts = re.split(r"([- ])", self.first)
        out = ""
        for part in parts:
            if part in ("-", " "):
                out += part
            elif part:
                out += part[0] + "."
        return out

    def s(self, style: str = "fl") -> str:
        f, l_ = self.first, self.last
        return {
            "fl": f"{f} {l_}", "lf": f"{l_} {f}", "l,f": f"{l_}, {f}", "LF": f"{l_.upper()} {f}",
            "L,f": f"{l_.upper()}, {f}", "i.l": f"{self.initial()} {l_}", "f l.": f"{f} {l_[0]}.",
            "FL": f"{f} {l_}".upper(), "f": f, "l": l_, "L": l_.upper(), "nick": NICK.get(f, f),
            "i.": self.initial(),
        }[style]

    def n(self, style: str = "fl") -> V:
        return V(PER, self.s(style))


TICINESE = ["Bernasconi", "Cattaneo", "Pedrazzini", "Lepori", "Quadri", "Soldati", "Croce", "Guscetti", "Zanetti",
            "Ghisletta", "Fumagalli", "Respini", "Bizzozero", "Poretti", "Regazzoni", "Ostini"]

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "at": ["Jänner", "Feber", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "de_abbr": ["Jan.", "Feb.", "Mär.", "Apr.", "Mai", "Jun.", "Jul.", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "fr_abbr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "it_abbr": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "en_abbr": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
WEEKDAYS = {"de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"], "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.",
                                                                      "dim."],
            "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"], "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
                                                                             "Sun"]}


def ordinal(d: int) -> str:
    suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


def fmt_date(x: dt.date, shape: str, at: bool = False) -> str:
    d, m, y = x.day, x.month, x.year
    mi = m - 1
    de_m = MONTHS["at" if at else "de"][mi]
    return {
        "dmy.": f"{d:02d}.{m:02d}.{y}", "dmy.s": f"{d}.{m}.{y}", "dmy.2": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "dmy.s2": f"{d}.{m}.{y % 100:02d}", "dmy. ": f"{d:02d}. {m:02d}. {y}", "iso": f"{y}-{m:02d}-{d:02d}",
        "ymd/": f"{y}/{m:02d}/{d:02d}", "ymd": f"{y}{m:02d}{d:02d}", "dmy/": f"{d:02d}/{m:02d}/{y}",
        "dmy/s": f"{d}/{m}/{y}", "dmy/2": f"{d:02d}/{m:02d}/{y % 100:02d}", "dmy-": f"{d:02d}-{m:02d}-{y}",
        "roman.": f"{d}.{ROMAN[mi]}.{y}", "roman/": f"{d}/{ROMAN[mi]}/{y}", "mdy/": f"{m:02d}/{d:02d}/{y}",
        "mdy/s": f"{m}/{d}/{y}", "mdy/s2": f"{m}/{d}/{y % 100:02d}", "mdy-s": f"{m}-{d}-{y}",
        "de_long": f"{d}. {de_m} {y}", "de_abbr": f"{d}. {MONTHS['de_abbr'][mi]} {y}", "de_nosp": f"{d}.{de_m} {y}",
        "de_long2": f"{d:02d}. {de_m} {y}",
        "fr_long": f"{'1er' if d == 1 else d} {MONTHS['fr'][mi]} {y}",
        "fr_upper": f"{'1ER' if d == 1 else d} {MONTHS['fr'][mi].upper()} {y}",
        "fr_abbr": f"{d} {MONTHS['fr_abbr'][mi]} {y}",
        "it_long": f"{'1°' if d == 1 else d} {MONTHS['it'][mi]} {y}", "it_abbr": f"{d} {MONTHS['it_abbr'][mi]} {y}",
        "en_long": f"{d} {MONTHS['en'][mi]} {y}", "en_th": f"{ordinal(d)} {MONTHS['en'][mi]} {y}",
        "en_thof": f"{ordinal(d)} of {MONTHS['en'][mi]} {y}", "en_abbr": f"{d} {MONTHS['en_abbr'][mi]} {y}",
        "us_long": f"{MONTHS['en'][mi]} {d}, {y}", "us_abbr": f"{MONTHS['en_abbr'][mi]} {d}, {y}",
        "us_th": f"{MONTHS['en'][mi]} {ordinal(d)}, {y}", "dMONy": f"{d:02d}-{MONTHS['en_abbr'][mi].upper()}-{y}",
    }[shape]


DOB_SHAPES = {
    "de_DE": ["dmy."] * 7 + ["dmy.s"] * 2 + ["dmy.2", "dmy.s2", "dmy. ", "iso", "de_long", "de_long", "de_abbr",
                                               "de_nosp", "roman.", "ymd"],
    "de_AT": ["dmy."] * 6 + ["dmy.s"] * 2 + ["dmy.2", "dmy. ", "iso", "de_long", "de_long", "de_long2", "de_abbr",
                                               "roman."],
    "de_CH": ["dmy."] * 7 + ["dmy.s"] * 2 + ["dmy.2", "dmy.s2", "iso", "de_long", "de_long", "de_abbr", "de_nosp"],
    "fr_FR": ["dmy/"] * 6 + ["dmy/s", "dmy/2", "dmy-", "fr_long", "fr_long", "fr_upper", "fr_abbr", "iso"],
    "fr_CH": ["dmy."] * 4 + ["dmy/"] * 3 + ["dmy.s", "dmy/s", "fr_long", "fr_long", "fr_upper", "fr_abbr", "iso"],
    "it_IT": ["dmy/"] * 6 + ["dmy/s", "dmy-", "dmy/2", "it_long", "it_long", "it_abbr", "iso", "roman/"],
    "it_CH": ["dmy."] * 4 + ["dmy/"] * 3 + ["dmy.s", "it_long", "it_long", "it_abbr", "iso"],
    "en_GB": ["dmy/"] * 5 + ["dmy/s", "en_long", "en_long", "en_th", "en_thof", "en_abbr", "iso", "dMONy"],
    "en_US": ["mdy/"] * 5 + ["mdy/s", "mdy/s2", "mdy-s", "us_long", "us_long", "us_abbr", "us_th", "iso"],
}
PLAIN_SHAPES = {
    "de_DE": ["dmy.", "dmy.", "dmy.s", "de_long", "iso"], "de_AT": ["dmy.", "dmy.", "dmy.s", "de_long"],
    "de_CH": ["dmy.", "dmy.", "dmy.s", "de_long"], "fr_FR": ["dmy/", "dmy/", "fr_long"],
    "fr_CH": ["dmy.", "dmy/", "fr_long"], "it_IT": ["dmy/", "dmy/", "it_long"], "it_CH": ["dmy.", "dmy/", "it_long"],
    "en_GB": ["dmy/", "en_long", "en_abbr"], "en_US": ["mdy/", "us_long", "us_abbr"],
}

MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "gmail.com", "outlook.de", "freenet.de",
           "googlemail.com", "yahoo.de", "icloud.com"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.com", "icloud.com", "utanet.at"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "protonmail.ch", "gmail.com", "outlook.com",
           "icloud.com", "swissonline.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com", "hotmail.fr", "yahoo.fr"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com", "hotmail.it", "yahoo.it", "tim.it"],
    "GB": ["btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "gmail.com", "outlook.com", "sky.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "aol.com", "outlook.com", "hotmail.com"],
}
IP4 = {
    "DE": [(84, 128, 191), (79, 192, 255), (87, 128, 191), (91, 32, 63), (93, 192, 255), (95, 88, 91),
           (217, 224, 255), (178, 0, 15), (46, 114, 115), (188, 192, 195)],
    "AT": [(77, 116, 119), (80, 108, 110), (178, 112, 115), (91, 112, 119), (62, 46, 47), (213, 162, 162)],
    "CH": [(85, 0, 7), (178, 192, 199), (83, 76, 79), (212, 51, 51), (188, 60, 63), (62, 202, 203), (31, 164, 165)],
    "FR": [(90, 0, 127), (86, 192, 255), (82, 64, 127), (78, 192, 255), (88, 160, 191), (92, 128, 191)],
    "IT": [(79, 0, 63), (93, 32, 63), (151, 0, 95), (2, 32, 47), (87, 0, 31), (95, 224, 255), (5, 168, 171)],
    "GB": [(81, 96, 111), (86, 128, 191), (92, 0, 31), (109, 144, 159), (82, 0, 47), (90, 192, 255)],
    "US": [(24, 0, 255), (73, 0, 255), (98, 192, 255), (71, 192, 255), (108, 0, 63), (67, 160, 191)],
}
IP6 = {"DE": ["2003:e2", "2003:c9", "2a02:810d", "2001:16b8"], "AT": ["2a02:8388", "2001:871", "2a00:1f80"],
       "CH": ["2a02:1210", "2a02:aa12", "2001:1711"], "FR": ["2a01:cb00", "2a01:e0a", "2a02:842"],
       "IT": ["2a02:b020", "2001:b07", "2a01:827"], "GB": ["2a00:23c5", "2a02:c7c", "2a01:4b00"],
       "US": ["2601:18c", "2600:1700", "2603:8080"]}
BANKS = {"DE": ["10050000", "20050550", "37040044", "50010517", "70150000", "43060967", "76050101", "86055592",
                "12030000", "66090800", "25050180", "83065408"],
         "AT": ["20111", "12000", "14000", "32000", "38000", "60000", "15000", "20815"],
         "CH": ["00762", "00230", "80808", "09000", "00767", "04835", "00700", "81366"],
         "FR": [("30004", "00823"), ("30003", "01587"), ("20041", "01005"), ("10278", "08201"), ("30002", "00550"),
                ("17515", "90000"), ("13825", "00200")],
         "IT": ["03069", "02008", "05034", "01030", "03062", "05696", "08327"],
         "GB": [("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("HBUK", "40"), ("MIDL", "40"), ("NAIA", "07")]}
HOTLINES = {"DE": ["0800 {a}", "0180 6 {b}", "0800 {c}"], "AT": ["0800 {b}", "0810 {b}"],
            "CH": ["0800 {b}", "0848 {b}", "0842 {b}"], "FR": ["0 800 {f}", "0 969 {f}", "3{d}"],
            "IT": ["800 {b}", "199 {b}", "800.{b}"], "GB": ["0800 {e}", "0345 {e}", "0300 {e}"],
            "US": ["1-800-{g}", "(888) {g}", "1-877-{g}"]}


def translit(s: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("ı", "i").replace("ł", "l").replace("đ", "d").replace("ø", "o")
    return re.sub(r"[^a-z0-9-]", "", s.lower().replace(" ", "-"))


class Place:
    def __init__(self, loc: str, row: tuple) -> None:
        self.loc = loc
        self.zip, self.town, self.area = row[0], row[1], row[2]
        self.prov = row[3] if len(row) > 3 else ""


class Addr:
    def __init__(self, street: str, zipcity: str, place: Place) -> None:
        self.street, self.zipcity, self.place = street, zipcity, place

    def block(self, sep: str = "\n") -> list:
        return [V(ADDR, self.street), sep, V(ADDR, self.zipcity)]

    def line(self) -> list:
        return self.block(", ")

    def st(self) -> V:
        return V(ADDR, self.street)

    def zc(self) -> V:
        return V(ADDR, self.zipcity)


class Ctx:
    """Per-document random state and value factories."""

    def __init__(self, rng: random.Random, loc: str, genre: str, i: int) -> None:
        self.r, self.loc, self.genre, self.i = rng, loc, genre, i
        self.lang, self.region = loc[:2], loc[3:]
        self.cc = self.region
        self.swiss = self.region == "CH"
        self.at = loc == "de_AT"
        self.used: set[str] = set()
        self.dshape = self.ch(DOB_SHAPES[loc])
        self.pshape = self.ch(PLAIN_SHAPES[loc])
        self.year = 2025 if rng.random() < 0.7 else 2026
        self.home = self.place()
        self.mdate = self.day()

    # --- basics
    def ch(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(str(self.r.randrange(10)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.ri(1, 9)) + s[1:]
        return s

    def w(self, de, fr, it, en):
        return {"de": de, "fr": fr, "it": it, "en": en}[self.lang]

    def dx(self, std, ch=None, at=None):
        if self.swiss and ch is not None:
            return ch
        if self.at and at is not None:
            return at
        return std

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    # --- persons
    def _region_names(self) -> tuple[list[str], list[str], list[str]]:
        loc = self.ch(REGION_FAKER[self.loc])
        fk = faker_names(loc)
        last = fk["lm"]
        if self.loc == "it_CH" and self.chance(0.4):
            last = TICINESE
        return fk["m"], fk["f"], last

    def person(self, gender: str | None = None, kind: str | None = None, last: str | None = None) -> Person:
        for _ in range(50):
            p = self._person(gender, kind, last)
            key = (p.first + " " + p.last).lower()
            if key not in self.used and p.first.lower() != p.last.lower():
                self.used.add(key)
                return p
        return p

    def _person(self, gender, kind, last) -> Person:
        g = gender or ("f" if self.chance(0.5) else "m")
        if kind is None:
            x = self.r.random()
            kind = "region" if x < 0.55 else "community" if x < 0.78 else "special"
        lang = self.lang
        if kind == "community":
            if self.chance(0.55):
                loc = self.ch(COMMUNITY_FAKER)
                fk = faker_names(loc)
                first = self.ch(fk["f"] if g == "f" else fk["m"])
                sur = last or self.ch(fk["lf"] if g == "f" else fk["lm"])
                p = Person(first, sur, g, loc)
                p.src = (fk["m"], fk["f"])
            else:
                key = self.ch(sorted(COMMUNITY_OWN))
                m, f, ls = COMMUNITY_OWN[key]
                p = Person(self.ch(f if g == "f" else m), last or self.ch(ls), g, key)
                p.src = (m, f)
            return p
        m, f, ls = self._region_names()
        first = self.ch(f if g == "f" else m)
        sur = last or self.ch(ls)
        src = (m, f)
        if kind == "special" and last is None:
            y = self.r.random()
            if y < 0.3:
                sur = self.ch(WORD_SURNAMES[lang])
                if self.chance(0.3):
                    first = self.ch(WORD_FIRST[lang][1 if g == "f" else 0])
            elif y < 0.55:
                sur = self.ch(PARTICLE_SURNAMES[lang])
            elif y < 0.78:
                a, b = INVENTED_SYL[lang]
                sur = self.ch(a) + self.ch(b)
                if self.chance(0.4):
                    first = self.ch(RARE_FIRST[lang][1 if g == "f" else 0])
            else:
                other = self.ch(ls)
                if other != sur:
                    sep = " " if lang in ("it", "en") and self.chance(0.4) else "-"
                    sur = sur + sep + other
        p = Person(first, sur, g, self.loc)
        p.src = src
        return p

    def relative(self, p: Person, gender: str | None = None, same_last: bool = True) -> Person:
        g = gender or ("f" if self.chance(0.5) else "m")
        last = p.last
        if p.origin == "pl_PL":
            for mm, ff in POLISH_GENDER:
                if g == "f" and last.endswith(mm):
                    last = last[: -len(mm)] + ff
                elif g == "m" and last.endswith(ff):
                    last = last[: -len(ff)] + mm
        if not same_last:
            return self.person(g)
        m, f = getattr(p, "src", (None, None))
        for _ in range(30):
            first = self.ch(f if g == "f" else m) if m else self.person(g).first
            key = (first + " " + last).lower()
            if key not in self.used and first != p.first:
                self.used.add(key)
                q = Person(first, last, g, p.origin)
                q.src = p.src
                return q
        q = Person(first, last, g, p.origin)
        q.src = p.src
        return q

    # --- places and addresses
    def place(self) -> Place:
        return Place(self.loc, self.ch(TOWNS[self.loc]))

    def zipcity(self, pl: Place, style: str | None = None) -> str:
        loc = self.loc
        if loc == "en_GB":
            pc = f"{pl.zip} {self.ri(1, 9)}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}"
            return f"{pl.town.upper() if self.chance(0.2) else pl.town} {pc}"
        if loc == "en_US":
            z = pl.zip + self.digits(2)
            if self.chance(0.2):
                z += "-" + self.digits(4)
            return f"{pl.town}, {pl.prov} {z}"
        town = pl.town
        z = pl.zip
        if loc == "fr_FR" and self.chance(0.35):
            town = town.upper()
        if loc == "it_IT":
            return self.ch([f"{z} {town} ({pl.prov})", f"{z} {town} {pl.prov}", f"{z} {town}", f"{z} - {town}"])
        if loc in ("de_CH", "fr_CH", "it_CH") and self.chance(0.15):
            z = "CH-" + z
        elif loc == "de_AT" and self.chance(0.12):
            z = "A-" + z
        elif loc == "de_DE" and self.chance(0.06):
            z = "D-" + z
        elif loc == "fr_FR" and self.chance(0.05):
            z = "F-" + z
        return f"{z} {town}"

    def street(self, pl: Place | None = None) -> str:
        loc = self.loc
        st = self.ch(STREETS[loc])
        n = self.ri(1, 160) if self.chance(0.7) else self.ri(1, 40)
        if loc == "de_DE":
            return f"{st} {n}{self.ch(['', '', '', '', 'a', 'b', ' a'])}"
        if loc == "de_CH":
            return f"{st} {n}{self.ch(['', '', '', '', 'a', 'b'])}"
        if loc == "de_AT":
            num = self.ch([str(n), str(n), f"{n}/{self.ri(1, 9)}", f"{n}/{self.ri(1, 4)}/{self.ri(1, 20)}",
                           f"{n}/Top {self.ri(1, 24)}", f"{n}/Stiege {self.ri(1, 3)}/Tür {self.ri(1, 14)}"])
            return f"{st} {num}"
        if loc == "fr_CH":
            return f"{st} {n}{self.ch(['', '', '', '', 'bis', 'A'])}"
        if loc == "fr_FR":
            num = self.ch([str(n), str(n), str(n), f"{n} bis", f"{n} ter", f"{n},"])
            return f"{num} {st}"
        if loc == "it_IT":
            return self.ch([f"{st} {n}", f"{st}, {n}", f"{st} n. {n}", f"{st} {n}/B", f"{st} {n} int. {self.ri(1, 9)}",
                            f"{st} {n}/{self.ri(1, 9)}"])
        if loc == "it_CH":
            return f"{st} {n}{self.ch(['', '', '', 'a', 'b'])}"
        if loc == "en_GB":
            return self.ch([f"{n} {st}", f"{n} {st}", f"Flat {self.ri(1, 12)}, {n} {st}",
                            f"Flat {self.ri(1, 4)}{self.ch('ABC')}, {n} {st}", f"{n}a {st}"])
        n = self.ri(10, 4999)
        return self.ch([f"{n} {st}", f"{n} {st}", f"{n} {st} Apt {self.ri(1, 9)}{self.ch('ABCD')}",
                        f"{n} {st} #{self.ri(2, 40)}", f"{n} {st}, Unit {self.ri(1, 30)}"])

    def addr(self, pl: Place | None = None) -> Addr:
        pl = pl or (self.home if self.chance(0.25) else self.place())
        return Addr(self.street(pl), self.zipcity(pl), pl)

    # --- phones
    def phone(self, kind: str = "mobile", pl: Place | None = None, style: int | None = None) -> V:
        return V(PHONE, self.phone_s(kind, pl, style))

    def phone_s(self, kind: str = "mobile", pl: Place | None = None, style: int | None = None) -> str:
        cc, r = self.cc, self.r
        pl = pl or self.home
        st = style if style is not None else r.randrange(12)
        if cc in ("DE", "AT"):
            code = "49" if cc == "DE" else "43"
            if kind == "mobile":
                nat = self.ch(["0151", "0152", "0157", "0160", "0162", "0170", "0171", "0172", "0175", "0176",
                               "0177", "0179"] if cc == "DE" else ["0664", "0660", "0676", "0699", "0650", "0681",
                                                                   "0688"])
                sub = self.digits(self.ch([7, 7, 8]) if cc == "DE" else 7, True)
            else:
                nat = pl.area if pl.loc == self.loc else self.place().area
                sub = self.digits(max(4, self.ch([10, 11, 11]) - len(nat)), True)
            grouped = " ".join(sub[k:k + 2] for k in range(0, len(sub), 2)) if len(sub) % 2 == 0 else \
                sub[:3] + " " + " ".join(sub[k:k + 2] for k in range(3, len(sub), 2))
            n = nat[1:]
            forms = [f"{nat} {sub}", f"{nat}/{sub}", f"{nat}-{sub}", f"({nat}) {sub}", f"+{code} {n} {sub}",
                     f"+{code} (0){n} {sub}", f"00{code} {n} {sub}", f"+{code}{n}{sub}", f"+{code} {n} {grouped}",
                     f"{nat} {grouped}", f"{nat} {sub}", f"{nat}/{sub}"]
            if kind == "office" and self.chance(0.4):
                return f"{nat} {sub}-{self.ri(10, 49)}"
            return forms[st % len(forms)]
        if cc == "CH":
            nat = self.ch(["076", "077", "078", "079", "079", "075"]) if kind == "mobile" else pl.area \
                if pl.loc == self.loc else self.place().area
            sub = self.digits(7, True)
            g = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
            n = nat[1:]
            forms = [f"{nat} {g}", f"+41 {n} {g}", f"+41 (0){n} {g}", f"0041 {n} {g}", f"{nat}{sub}", f"+41{n}{sub}",
                     f"{nat}/{g}", f"{nat} {g}", f"+41 {n} {g}", f"{nat} {sub[:3]} {sub[3:]}", f"{nat} {g}",
                     f"+41 {n} {g}"]
            return forms[st % len(forms)]
        if cc == "FR":
            nat = self.ch(["06", "07"]) if kind == "mobile" else pl.area if pl.loc == self.loc else self.place().area
            sub = self.digits(8)
            pairs = [nat] + [sub[k:k + 2] for k in range(0, 8, 2)]
            n = nat[1:]
            forms = [" ".join(pairs), ".".join(pairs), "".join(pairs), "-".join(pairs),
                     f"+33 {n} " + " ".join(pairs[1:]),
                     f"+33 (0){n} " + " ".join(pairs[1:]), f"0033 {n} " + " ".join(pairs[1:]), f"+33{n}{sub}",
                     " ".join(pairs), " ".join(pairs), ".".join(pairs), f"+33 {n} " + " ".join(pairs[1:])]
            return forms[st % len(forms)]
        if cc == "IT":
            if kind == "mobile":
                nat = self.ch(["320", "328", "333", "335", "338", "340", "345", "347", "348", "349", "366", "380",
                               "392"])
                sub = self.digits(7)
                forms = [f"{nat} {sub[:3]} {sub[3:]}", f"{nat}{sub}", f"{nat}/{sub}", f"{nat}-{sub}",
                         f"+39 {nat} {sub[:3]} {sub[3:]}", f"+39 {nat}{sub}", f"0039 {nat} {sub}", f"+39{nat}{sub}",
                         f"{nat} {sub}", f"{nat} {sub[:3]} {sub[3:]}", f"{nat}.{sub}", f"+39 {nat} {sub}"]
            else:
                nat = pl.area if pl.loc == self.loc else self.place().area
                sub = self.digits(10 - len(nat), True)
                mid = len(sub) // 2
                forms = [f"{nat} {sub}", f"{nat} {sub[:mid]} {sub[mid:]}", f"{nat}/{sub}", f"{nat}-{sub}",
                         f"+39 {nat} {sub}", f"+39 {nat} {sub[:mid]} {sub[mid:]}", f"0039 {nat} {sub}",
                         f"+39{nat}{sub}", f"{nat}.{sub}", f"{nat} {sub}", f"{nat}{sub}", f"+39 {nat} {sub}"]
            return forms[st % len(forms)]
        if cc == "GB":
            if kind == "mobile":
                nat = "07" + self.ch(["700", "711", "723", "736", "747", "756", "768", "779", "787", "791", "802",
                                      "823", "845", "852", "879", "900", "912", "931", "946", "958", "971", "984"])
                sub = self.digits(6)
                g = sub
            else:
                nat = pl.area if pl.loc == self.loc else self.place().area
                if nat in ("020", "029"):
                    sub = self.ch("23789") + self.digits(7)
                    g = f"{sub[:4]} {sub[4:]}"
                elif len(nat) == 4:
                    sub = self.ch("2345789") + self.digits(6)
                    g = f"{sub[:3]} {sub[3:]}"
                else:
                    sub = self.ch("2345789") + self.digits(5)
                    g = sub
            n = nat[1:]
            forms = [f"{nat} {g}", f"+44 {n} {g}", f"+44 (0){n} {g}", f"+44{n}{sub}", f"({nat}) {g}", f"{nat}{sub}",
                     f"{nat} {g}", f"0044 {n} {g}", f"+44 {n} {g}", f"{nat} {g}", f"{nat}-{sub}", f"+44 (0) {n} {g}"]
            return forms[st % len(forms)]
        # US
        area = pl.area if pl.loc == self.loc else self.place().area
        while True:
            ex = str(self.ri(201, 989))
            if ex != "555" and not ex.endswith("11"):
                break
        line = self.digits(4)
        forms = [f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}", f"+1 {area} {ex} {line}",
                 f"+1 ({area}) {ex}-{line}", f"1-{area}-{ex}-{line}", f"{area}{ex}{line}", f"+1-{area}-{ex}-{line}",
                 f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"({area}){ex}-{line}", f"+1{area}{ex}{line}"]
        return forms[st % len(forms)]

    def hotline(self) -> str:
        f = self.ch(HOTLINES[self.cc])
        return f.format(a=self.digits(7, True), b=f"{self.digits(3, True)} {self.digits(3)}",
                        c=f"{self.digits(3, True)} {self.digits(2)} {self.digits(2)}",
                        d=self.digits(3), e=f"{self.digits(3, True)} {self.digits(4)}",
                        f=f"{self.digits(3)} {self.digits(3)}", g=f"{self.digits(3, True)}-{self.digits(4)}")

    # --- mail
    def email_s(self, p: Person, domain: str | None = None, style: int | None = None) -> str:
        f, l_ = translit(p.first), translit(p.last)
        l_ = l_.replace("-", "") if self.chance(0.5) else l_
        f = f.replace("-", "")
        st = style if style is not None else self.r.randrange(10)
        local = [f"{f}.{l_}", f"{f[0]}.{l_}", f"{f}{l_}", f"{f}_{l_}", f"{l_}.{f}", f"{f}{self.ri(1, 99)}",
                 f"{f[0]}{l_}", f"{f}.{l_}{self.ri(60, 99)}", f"{l_}{self.ri(1, 999)}", f"{f}.{l_[0]}"][st % 10]
        if domain is None:
            domain = self.ch(MAIL_DOMAINS[self.cc])
            if "." not in local and "_" not in local and self.chance(0.5):
                local = f"{local}.{self.ch(['home', 'privat', 'mail', 'x'])}"
        else:
            local = [f"{f}.{l_}", f"{f[0]}.{l_}", f"{l_}", f"{f[0]}{l_}", f"{f}"][st % 5]
        return f"{local}@{domain}"

    def email(self, p: Person, domain: str | None = None, style: int | None = None) -> V:
        return V(EMAIL, self.email_s(p, domain, style))

    # --- money and ids
    def iban(self, cc: str | None = None, grouped: bool | None = None) -> V:
        cc = cc or {"US": "GB"}.get(self.cc, self.cc)
        if cc == "DE":
            s = iban_check("DE", self.ch(BANKS["DE"]) + self.digits(10))
        elif cc == "AT":
            s = iban_check("AT", self.ch(BANKS["AT"]) + self.digits(11))
        elif cc == "CH":
            s = iban_check("CH", self.ch(BANKS["CH"]) + self.digits(12))
        elif cc == "FR":
            b, g = self.ch(BANKS["FR"])
            acct = self.digits(11)
            s = iban_check("FR", b + g + acct + fr_rib_key(b, g, acct))
        elif cc == "IT":
            abi, cab, acct = self.ch(BANKS["IT"]), self.digits(5, True), self.digits(12)
            s = iban_check("IT", it_cin(abi, cab, acct) + abi + cab + acct)
        else:
            bank, sort0 = self.ch(BANKS["GB"])
            s = iban_check("GB", bank + sort0 + self.digits(4) + self.digits(8))
        if grouped is None:
            grouped = self.chance(0.65)
        if grouped:
            s = " ".join(s[k:k + 4] for k in range(0, len(s), 4))
        return V(IBAN, s)

    def card(self, brand: str | None = None, sep: str | None = None) -> V:
        brand = brand or self.ch(["visa", "visa", "mc", "mc", "amex"])
        if brand == "visa":
            body = "4" + self.digits(14)
        elif brand == "mc":
            body = (str(self.ri(51, 55)) + self.digits(13)) if self.chance(0.7) else \
                (str(self.ri(2221, 2720)) + self.digits(11))
        else:
            body = self.ch(["34", "37"]) + self.digits(12)
        num = body + luhn_digit(body)
        sep = sep if sep is not None else self.ch([" ", " ", "", "-"])
        if len(num) == 15:
            s = sep.join([num[:4], num[4:10], num[10:]])
        else:
            s = sep.join(num[k:k + 4] for k in range(0, 16, 4))
        return V(CARD, s)

    def masked_card(self) -> str:
        last = self.digits(4)
        return self.ch([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"•••• {last}", f"****{last}",
                        f"4*** **** **** {last}", f"5xxx xxxx xxxx {last}"])

    def expiry(self) -> str:
        return f"{self.ri(1, 12):02d}/{self.ri(26, 31)}"

    def ahv(self, dotted: bool | None = None) -> V:
        body = "756" + self.digits(9)
        s = body + ean13_digit(body)
        if dotted is None:
            dotted = self.chance(0.8)
        if dotted:
            s = f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}"
        return V(AHV, s)

    def ip(self, v6: bool | None = None) -> V:
        if v6 is None:
            v6 = self.chance(0.18)
        cc = self.cc
        if v6:
            pre = self.ch(IP6[cc])
            n_more = 8 - len(pre.split(":"))
            groups = [format(self.r.randrange(1, 65536), "x") for _ in range(n_more)]
            if self.chance(0.4):
                s = pre + ":" + ":".join(groups[:2]) + "::" + groups[-1]
            else:
                s = pre + ":" + ":".join(groups)
            return V(IP, s)
        a, lo, hi = self.ch(IP4[cc])
        return V(IP, f"{a}.{self.ri(lo, hi)}.{self.ri(0, 255)}.{self.ri(1, 254)}")

    def lan_ip(self) -> str:
        return self.ch([f"192.168.{self.ch([0, 1, 2, 178])}.{self.ri(2, 250)}",
                        f"10.0.{self.ri(0, 9)}.{self.ri(2, 250)}",
                        f"172.16.{self.ri(0, 31)}.{self.ri(2, 250)}"])

    # --- dates
    def bdate(self, lo: int = 18, hi: int = 85) -> dt.date:
        age_days = self.ri(lo * 365 + 10, hi * 365 + 300)
        return dt.date(2025, 6, 1) - dt.timedelta(days=age_days)

    def dob(self, lo: int = 18, hi: int = 85, shape: str | None = None, fixed: bool = True) -> V:
        d = self.bdate(lo, hi)
        sh = shape or (self.dshape if fixed and self.chance(0.75) else self.ch(DOB_SHAPES[self.loc]))
        return V(DOB, fmt_date(d, sh, self.at))

    def day(self, m0: int = 1, m1: int = 12) -> dt.date:
        return dt.date(self.year, self.ri(m0, m1), self.ri(1, 28))

    def pdate(self, x: dt.date | None = None, shape: str | None = None) -> str:
        return fmt_date(x or self.day(), shape or self.pshape, self.at)

    def time(self) -> str:
        h, m = self.ri(7, 21), self.ch([0, 0, 15, 30, 45, 10, 20, 40, 50])
        return f"{h}:{m:02d}" if self.lang != "en" or self.loc == "en_GB" else \
            f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"

    def money(self, lo: float, hi: float) -> str:
        x = self.r.uniform(lo, hi)
        return self.fmt_money(round(x * 2) / 2 if x > 20 else round(x, 2))

    def fmt_money(self, x: float) -> str:
        cur = {"DE": "€", "AT": "€", "FR": "€", "IT": "€", "CH": "CHF", "GB": "£", "US": "$"}[self.cc]
        if self.lang in ("de", "fr", "it"):
            num = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", "." if self.lang != "fr" else " ")
            if self.swiss:
                num = f"{x:,.2f}".replace(",", "'")
            return f"{cur} {num}" if cur == "CHF" and self.chance(0.6) else f"{num} {cur}"
        return f"{cur}{x:,.2f}"


# --------------------------------------------------------------------------------------------------------------------
# Layout helpers
# --------------------------------------------------------------------------------------------------------------------

def frame(c: Ctx, tasks: dict, body: Doc) -> Doc:
    """The user's request before or after the pasted material."""
    d = Doc(c.swiss)
    lang = c.lang
    x = c.r.random()
    if lang != "en" and x < 0.07:
        lang = "en"
    elif c.loc in ("fr_CH", "it_CH") and x < 0.12:
        lang = "de"
    task = c.ch(tasks[lang])
    lower = c.chance(0.25)
    before = c.chance(0.72)
    fence = c.ch(["", "", "", "```\n", '"""\n', "---\n", "<<<\n"])
    close = {"```\n": "\n```", '"""\n': '\n"""', "---\n": "\n---", "<<<\n": "\n>>>", "": ""}[fence]
    if before:
        greet = c.ch({"de": ["", "", "Hallo, ", "Hi! ", "Bitte: "], "fr": ["", "", "Bonjour, ", "Salut ! "],
                      "it": ["", "", "Ciao, ", "Buongiorno, "], "en": ["", "", "Hi, ", "Hey - "]}[lang])
        d.add(greet, lower)
        d.add(task, lower)
        d.t(c.ch([":\n\n", "\n\n", "\n", ":\n"]))
        d.t(fence)
        d.add(body)
        d.t(close)
        if c.chance(0.15):
            d.add(c.ch({"de": ["\n\nDanke!", "\n\ndanke dir", "\n\nMerci!"],
                        "fr": ["\n\nMerci !", "\n\nmerci d'avance"],
                        "it": ["\n\nGrazie!", "\n\ngrazie mille"], "en": ["\n\nThanks!", "\n\nthx"]}[lang]), lower)
    else:
        d.t(fence)
        d.add(body)
        d.t(close)
        d.t(c.ch(["\n\n", "\n\n", "\n\n---\n"]))
        d.add(task, lower)
    return d


def cell_len(x) -> int:
    return len(flat(x))


def table(c: Ctx, d: Doc, header: list, rows: list[list], style: str | None = None) -> str:
    style = style or c.ch(["csv", "ssv", "tsv", "md", "fixed", "pipe"])
    if style in ("csv", "ssv", "tsv"):
        sep = {"csv": ",", "ssv": ";", "tsv": "\t"}[style]
        quote_all = style != "tsv" and c.chance(0.3)
        for row in [header] + rows:
            for j, cell in enumerate(row):
                if j:
                    d.t(sep)
                txt = flat(cell)
                q = style != "tsv" and (quote_all or sep in txt or '"' in txt)
                if q and txt:
                    d.t('"')
                    d.add(cell)
                    d.t('"')
                else:
                    d.add(cell)
            d.t("\n")
        return style
    widths = [max(cell_len(r[j]) if j < len(r) else 0 for r in [header] + rows) for j in range(len(header))]
    if style == "md":
        aligned = c.chance(0.6)
        for k, row in enumerate([header] + rows):
            d.t("|")
            for j, cell in enumerate(row):
                d.t(" ")
                d.add(cell)
                d.t(" " * ((widths[j] - cell_len(cell)) if aligned else 0) + " |")
            d.t("\n")
            if k == 0:
                d.t("|" + "|".join(("-" * (widths[j] + 2) if aligned else "---") for j in range(len(header))) + "|\n")
        return style
    if style == "pipe":
        for row in [header] + rows:
            for j, cell in enumerate(row):
                if j:
                    d.t(" | ")
                d.add(cell)
            d.t("\n")
        return style
    gap = c.ch([2, 2, 3, 4])
    for k, row in enumerate([header] + rows):
        for j, cell in enumerate(row):
            d.add(cell)
            if j < len(row) - 1:
                d.t(" " * (widths[j] - cell_len(cell) + gap))
        d.t("\n")
        if k == 0 and c.chance(0.5):
            d.t("-" * (sum(widths) + gap * (len(widths) - 1)) + "\n")
    return style


def jdump(d: Doc, obj, indent: int | None = 2, level: int = 0) -> None:
    nl = "\n" + " " * (indent * (level + 1)) if indent else ""
    end = "\n" + " " * (indent * level) if indent else ""
    comma = "," if indent else ", "
    if isinstance(obj, dict):
        if not obj:
            d.t("{}")
            return
        d.t("{")
        for k, (key, val) in enumerate(obj.items()):
            d.t((comma if k else "") + nl + json.dumps(key, ensure_ascii=False) + ": ")
            jdump(d, val, indent, level + 1)
        d.t(end + "}")
    elif isinstance(obj, list):
        if not obj:
            d.t("[]")
            return
        d.t("[")
        for k, val in enumerate(obj):
            d.t((comma if k else "") + nl)
            jdump(d, val, indent, level + 1)
        d.t(end + "]")
    elif isinstance(obj, V):
        assert json.dumps(obj.text, ensure_ascii=False)[1:-1] == obj.text
        d.t('"')
        d.add(obj)
        d.t('"')
    else:
        d.t(json.dumps(obj, ensure_ascii=False))


def ydump(d: Doc, obj, level: int = 0, in_list: bool = False) -> None:
    pad = "  " * level
    if isinstance(obj, dict):
        for k, (key, val) in enumerate(obj.items()):
            lead = pad if not (in_list and k == 0) else ""
            if isinstance(val, (dict, list)):
                d.t(f"{lead}{key}:\n")
                ydump(d, val, level + 1)
            else:
                d.t(f"{lead}{key}: ")
                if isinstance(val, V) or (isinstance(val, str) and val):
                    d.add(val)
                elif val is None:
                    d.t("~")
                else:
                    d.t(json.dumps(val, ensure_ascii=False))
                d.t("\n")
    else:
        for val in obj:
            d.t(f"{pad}- ")
            if isinstance(val, dict):
                ydump(d, val, level + 1, True)
            else:
                d.add(val)
                d.t("\n")


HDR = {"de": ("Von", "An", "Betreff", "Datum", "Cc"), "fr": ("De", "À", "Objet", "Date", "Cc"),
       "it": ("Da", "A", "Oggetto", "Data", "Cc"), "en": ("From", "To", "Subject", "Date", "Cc")}


def who(name, mail) -> list:
    if name is None:
        return [mail]
    return [name, " <", mail, ">"]


def stamp(c: Ctx, x: dt.date | None = None) -> str:
    x = x or c.day()
    h, m = c.ri(7, 22), c.ri(0, 59)
    wd = WEEKDAYS[c.lang][x.weekday()]
    if c.lang == "en":
        return f"{wd}, {x.day} {MONTHS['en_abbr'][x.month - 1]} {x.year} {h:02d}:{m:02d}" if c.loc == "en_GB" else \
            f"{wd}, {MONTHS['en_abbr'][x.month - 1]} {x.day}, {x.year} at {(h - 1) % 12 + 1}:{m:02d} " \
            f"{'AM' if h < 12 else 'PM'}"
    return f"{wd} {fmt_date(x, 'dmy.' if c.lang == 'de' else 'dmy/')} {h:02d}:{m:02d}"


def mail_head(c: Ctx, d: Doc, frm: list, to: list, subject, cc: list | None = None, x: dt.date | None = None) -> None:
    h = HDR[c.lang]
    d.f("{}: {}\n", h[0], frm)
    d.f("{}: {}\n", h[1], to)
    if cc:
        d.f("{}: ", h[4])
        for k, one in enumerate(cc):
            d.t(", " if k else "")
            d.add(one)
        d.t("\n")
    d.f("{}: {}\n", h[3], stamp(c, x or c.mdate))
    d.f("{}: {}\n\n", h[2], subject)


def quote_intro(c: Ctx, d: Doc, name, mail, x: dt.date | None = None) -> None:
    x = x or c.mdate - dt.timedelta(days=c.ri(0, 9))
    hh = f"{c.ri(7, 22):02d}:{c.ri(0, 59):02d}"
    if c.chance(0.3):
        h = HDR[c.lang]
        d.t({"de": "-----Ursprüngliche Nachricht-----", "fr": "-----Message d'origine-----",
             "it": "-----Messaggio originale-----", "en": "-----Original Message-----"}[c.lang] + "\n")
        d.f("{}: {}\n", h[0], who(name, mail))
        d.f("{}: {}\n", {"de": "Gesendet", "fr": "Envoyé", "it": "Inviato", "en": "Sent"}[c.lang], stamp(c, x))
        return
    ds = fmt_date(x, PLAIN_SHAPES[c.loc][0])
    d.f({"de": "Am {0} um {1} schrieb {2}:\n", "fr": "Le {0} à {1}, {2} a écrit :\n",
         "it": "Il giorno {0} alle ore {1} {2} ha scritto:\n", "en": "On {0}, at {1}, {2} wrote:\n"}[c.lang],
        ds, hh, who(name, mail))


def chat(c: Ctx, d: Doc, msgs: list, layout: str | None = None, lower_p: float = 0.4) -> None:
    """msgs: (sender pieces, text pieces[, lower])."""
    layout = layout or c.ch(["ios", "android", "signal", "plain", "teams"])
    x = c.day()
    h, m = c.ri(7, 20), c.ri(0, 59)
    for msg in msgs:
        sender, body = msg[0], msg[1]
        lower = msg[2] if len(msg) > 2 else c.chance(lower_p)
        m += c.ri(0, 14)
        if m >= 60:
            h, m = min(h + 1, 23), m - 60
        if c.loc == "en_US":
            dd = f"{x.month}/{x.day}/{x.year % 100}"
        else:
            dd = f"{x.day:02d}.{x.month:02d}.{x.year % 100:02d}" if c.lang != "en" else \
                f"{x.day:02d}/{x.month:02d}/{x.year}"
        if layout == "ios":
            d.f("[{}, {:02d}:{:02d}:{:02d}] {}: ", dd, h, m, c.ri(0, 59), sender)
        elif layout == "android":
            d.f("{}, {:02d}:{:02d} - {}: ", dd, h, m, sender)
        elif layout == "signal":
            d.f("{} ({:02d}:{:02d})\n", sender, h, m)
        elif layout == "teams":
            d.f("{}  {:02d}:{:02d}\n", sender, h, m)
        else:
            d.f("{}: ", sender)
        d.add(body, lower)
        d.t("\n" if layout in ("ios", "android", "plain") else "\n\n")


def sig(c: Ctx, d: Doc, p: Person | None, role: str = "", org: str = "", addr: Addr | None = None,
        phone: V | None = None, mail: V | None = None, web: str = "", style: str | None = None) -> None:
    if p is not None:
        d.add(p.n(style or c.ch(["fl", "fl", "fl", "i.l"])))
        d.t("\n")
    if role:
        d.t(role + "\n")
    if org:
        d.t(org + "\n")
    if addr:
        if c.chance(0.5):
            d.add(addr.block())
        else:
            d.add(addr.line())
        d.t("\n")
    lab = {"de": ("Tel.", "Mobil", "E-Mail"), "fr": ("Tél.", "Mobile", "E-mail"), "it": ("Tel.", "Cell.", "E-mail"),
           "en": ("Tel", "Mobile", "Email")}[c.lang]
    if phone:
        d.f("{} {}\n", c.ch([lab[0], lab[0] + ":", lab[1] + ":", "T", "☎"]), phone)
    if mail:
        d.f("{}\n", [c.ch(["", lab[2] + ": ", "M "]), mail])
    if web:
        d.t(web + "\n")


def slug(s: str) -> str:
    return re.sub(r"-+", "-", translit(s)).strip("-")


def dslug(s: str, n: int) -> str:
    """Domain label from a name, cut at a word boundary."""
    out = ""
    for part in slug(s).split("-"):
        if out and len(out) + 1 + len(part) > n:
            break
        out = f"{out}-{part}" if out else part
    return out


def lab(c: Ctx, key: str) -> str:
    """Common form labels."""
    t = {
        "name": ("Name", "Nom", "Nome", "Name"), "first": ("Vorname", "Prénom", "Nome", "First name"),
        "last": ("Nachname", "Nom", "Cognome", "Surname"), "dob": ("Geburtsdatum", "Date de naissance",
                                                                    "Data di nascita", "Date of birth"),
        "street": ("Strasse" if c.swiss else "Straße", "Adresse", "Indirizzo", "Address"),
        "zipcity": ("PLZ/Ort", "NPA/Localité" if c.swiss else "CP/Ville", "CAP/Località", "Town/Postcode"),
        "phone": ("Telefon", "Téléphone", "Telefono", "Phone"), "mobile": ("Mobil" if not c.swiss else "Natel",
                                                                           "Portable", "Cellulare", "Mobile"),
        "email": ("E-Mail", "E-mail", "E-mail", "Email"), "iban": ("IBAN", "IBAN", "IBAN", "IBAN"),
        "sign": ("Unterschrift", "Signature", "Firma", "Signature"), "date": ("Datum", "Date", "Data", "Date"),
        "member": ("Mitgl.-Nr.", "N° membre", "N. socio", "Member no."),
        "emerg": ("Notfallkontakt", "Personne à contacter en cas d'urgence", "Contatto di emergenza",
                  "Emergency contact"),
        "ahv": ("AHV-Nr.", "N° AVS", "N. AVS", "AHV no."), "addr": ("Adresse", "Adresse", "Indirizzo", "Address"),
    }[key]
    return c.w(*t)


def pieces_join(items: list, sep: str = ", ") -> list:
    out: list = []
    for k, x in enumerate(items):
        if k:
            out.append(sep)
        out.append(x)
    return out


def greet(c: Ctx, p: Person | None = None, formal: bool = True) -> list:
    if p is None:
        return [c.w("Guten Tag", "Bonjour", "Buongiorno", "Hello"), ",\n\n"]
    if formal:
        if c.lang == "de":
            return [("Sehr geehrte Frau " if p.gender == "f" else "Sehr geehrter Herr "), p.n("l"), ",\n\n"]
        if c.lang == "fr":
            return [("Chère Madame " if p.gender == "f" else "Cher Monsieur "), p.n("l"), ",\n\n"]
        if c.lang == "it":
            return [("Gentile Sig.ra " if p.gender == "f" else "Gentile Sig. "), p.n("l"), ",\n\n"]
        return [("Dear Ms " if p.gender == "f" else "Dear Mr "), p.n("l"), ",\n\n"]
    return [c.w(c.ch(["Hallo ", "Hi ", "Liebe " if p.gender == "f" else "Lieber "]), c.ch(["Bonjour ", "Salut "]),
                c.ch(["Ciao ", "Cara " if p.gender == "f" else "Caro "]), c.ch(["Hi ", "Dear ", "Hello "])),
            p.n("f"), ",\n\n"]


def bye(c: Ctx) -> str:
    return c.ch(c.w(["Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen", "LG", "Herzliche Grüße"],
                    ["Cordialement", "Bien à vous", "Meilleures salutations", "Bonne journée"],
                    ["Cordiali saluti", "Un saluto", "Distinti saluti", "A presto"],
                    ["Best wishes", "Kind regards", "Thanks", "Cheers", "Best"])) + ",\n"


def title(c: Ctx, p: Person) -> str:
    return c.w("Frau " if p.gender == "f" else "Herr ", "Mme " if p.gender == "f" else "M. ",
               "Sig.ra " if p.gender == "f" else "Sig. ", c.ch(["Ms ", "Mrs "]) if p.gender == "f" else "Mr ")


# ====================================================================================================================
# Genre 1: rowing and canoe clubs
# ====================================================================================================================

BOATS = {"de": ["Seeadler", "Möwe", "Rheingold", "Stromer", "Blaue Welle", "Kormoran", "Libelle", "Wellenreiter",
                "Eisvogel", "Albatros"],
         "fr": ["Mouette", "Libellule", "Cormoran", "Vent d'Ouest", "Léman II", "Martin-pêcheur", "Albatros"],
         "it": ["Gabbiano", "Libellula", "Airone", "Freccia Azzurra", "Lario", "Alcione", "Albatro"],
         "en": ["Kingfisher", "Heron", "Swallow", "Spirit of the Tyne", "Old Faithful", "Osprey", "Curlew"]}
CLASSES = [("1x", 1, 0), ("2x", 2, 0), ("2-", 2, 0), ("4x+", 4, 1), ("4-", 4, 0), ("C4+", 4, 1), ("K1", 1, 0),
           ("K2", 2, 0), ("C2x+", 2, 1)]


def org_rowing(c: Ctx) -> str:
    t = c.home.town
    de = c.dx(f"{c.ch(['Ruderclub', 'Ruderverein', 'Ruder- und Kanuclub', 'Wassersportverein'])} {t}"
              f"{c.ch(['', ' e.V.', ' 1887 e.V.'])}",
              ch=f"{c.ch(['Seeclub', 'Ruderclub', 'Kanuclub', 'Ruderclub Reuss'])} {t}",
              at=f"{c.ch(['Ruderverein Donau', 'Ruderverein', 'Kanuclub'])} {t}")
    return c.w(de, f"{c.ch(['Société Nautique de', 'Club d’aviron de', 'Canoë-Kayak Club', 'Aviron'])} {t}",
               f"{c.ch(['Società Canottieri', 'Canottieri', 'Circolo Canoa', 'Club Nautico'])} {t}",
               f"{t} {c.ch(['Rowing Club', 'Canoe Club', 'Boat Club', 'Amateur Rowing Association'])}")


def g_rowing(c: Ctx) -> Doc:
    d = Doc(c.swiss)
    org = org_rowing(c)
    v = c.i % 4
    if v == 0:
        members = [c.person() for _ in range(c.ri(7, 11))]
        style = c.ch(["fl", "i.l", "l", "f l.", "LF", "fl", "l,f"])
        sep = " / " if style == "l,f" else c.ch([", ", " / ", "; "])
        hdr = c.w(["Datum", "Boot", "Typ", "Mannschaft", "Steuer", "ab", "an", "km"],
                  ["Date", "Bateau", "Type", "Équipage", "Barreur", "Départ", "Retour", "km"],
                  ["Data", "Barca", "Tipo", "Equipaggio", "Timoniere", "Uscita", "Rientro", "km"],
                  ["Date", "Boat", "Class", "Crew", "Cox", "Out", "In", "km"])
        rows = []
        m0 = c.ri(4, 9)
        for _ in range(c.ri(6, 10)):
            cls, n, cox = c.ch(CLASSES)
            crew = c.sample(members, n + cox)
            cell = pieces_join([p.n(style) for p in crew[:n]], sep)
            rows.append([c.pdate(c.day(m0, m0)), c.ch(BOATS[c.lang]), cls, cell, crew[n].n(style) if cox else "",
                         f"{(h := c.ri(6, 17))}:{c.ch(['00', '15', '30', '45'])}",
                         f"{h + c.ri(1, 3)}:{c.ch(['00', '10', '40'])}", str(c.ri(4, 28))])
        d.t(f"{org} – {c.w('Fahrtenbuch', 'Carnet de sorties', 'Registro uscite', 'Outings log')} "
            f"{c.w(MONTHS['de'][m0 - 1], MONTHS['fr'][m0 - 1], MONTHS['it'][m0 - 1], MONTHS['en'][m0 - 1])} "
            f"{c.year}\n\n")
        table(c, d, hdr, rows)
        bw, rep = c.person(), c.ch(members)
        d.f("\n{}: {}, {}\n", c.w("Bootswart", "Responsable matériel", "Responsabile imbarcazioni", "Boatman"), bw.n(),
            c.phone())
        d.f(c.w("Schaden: Skull gebrochen ({0}), gemeldet von {1}. Werkstatt-Auftrag Nr. {2}.\n",
                "Dégât : aviron cassé ({0}), signalé par {1}. Bon d'atelier n° {2}.\n",
                "Danno: remo rotto ({0}), segnalato da {1}. Ordine officina n. {2}.\n",
                "Damage: broken scull ({0}), reported by {1}. Workshop job no. {2}.\n"),
            c.ch(BOATS[c.lang]), rep.n(c.ch(["f", "fl"])), c.digits(5, True))
        tasks = {"de": ["Rechne bitte aus, wie viele Kilometer jedes Mitglied in diesem Monat gerudert ist",
                        "Mach mir aus dem Fahrtenbuch eine Rangliste nach Kilometern",
                        "kannst du das nach Booten sortieren und die Gesamt-km pro Boot ausgeben"],
                 "fr": ["Calcule le nombre de kilomètres ramés par membre ce mois-ci",
                        "Fais un classement des rameurs à partir de ce carnet de sorties"],
                 "it": ["Calcola i chilometri percorsi da ogni socio in questo mese",
                        "Fammi una classifica dei vogatori in base ai km"],
                 "en": ["Work out the total km per member from this boat log",
                        "Please turn this outings log into a leaderboard by distance"]}
    elif v == 1:
        coach, head = c.person(), c.person()
        dom = dslug(org, 22) + c.w(".de" if c.cc == "DE" else ".at" if c.cc == "AT" else ".ch", ".fr"
                                   if c.cc == "FR" else ".ch", ".it" if c.cc == "IT" else ".ch",
                                   ".org.uk" if c.cc == "GB" else ".org")
        office = c.w("meldung", "inscriptions", "iscrizioni", "entries")
        mail_head(c, d, who(coach.n(), c.email(coach, dom)), [f"{office}@regatta-{slug(c.place().town)}.org"],
                  c.w("Meldung Junioren-Regatta", "Inscription régate juniors", "Iscrizione regata giovanile",
                      "Junior regatta entries"),
                  cc=[c.email(head, dom)] if c.chance(0.5) else None)
        d.add(greet(c))
        x = c.day(3, 10)
        d.t(c.w("anbei unsere Meldungen für die Regatta am ", "voici nos inscriptions pour la régate du ",
                "ecco le nostre iscrizioni per la regata del ", "please find our entries for the regatta on ")
            + c.pdate(x) + c.w(" (Meldeschluss ", " (clôture ", " (chiusura ", " (closing date ")
            + c.pdate(x - dt.timedelta(days=c.ri(7, 30))) + ").\n\n")
        athletes = [c.person() for _ in range(c.ri(4, 7))]
        hdr = [lab(c, "name"), lab(c, "dob"), c.w("Bootsklasse", "Catégorie", "Categoria", "Event"),
               c.w("Lizenz", "Licence", "Tessera", "Licence")]
        if c.swiss:
            hdr.append(lab(c, "ahv"))
        rows = []
        nst = c.ch(["fl", "l,f", "LF", "L,f"])
        for a in athletes:
            row = [a.n(nst), c.dob(13, 18), c.ch(["JM1x", "JF2x", "JM4x", "JW1x", "U17 2-", "J18 4x+"]),
                   f"{c.ch(['RL', 'LIC', 'FSSA', 'BR'])}-{c.year}-{c.digits(5)}"]
            if c.swiss:
                row.append(c.ahv())
            rows.append(row)
        table(c, d, hdr, rows, c.ch(["md", "fixed", "tsv", "pipe"]))
        d.t("\n" + c.w("Erziehungsberechtigte (Notfall):", "Représentants légaux (urgence) :",
                       "Genitori (emergenze):", "Parents (emergency):") + "\n")
        for a in c.sample(athletes, min(3, len(athletes))):
            par = c.relative(a, same_last=c.chance(0.8))
            d.f("- {} ({}): {}\n", par.n(), a.n("f"), c.phone())
        d.t("\n" + c.w("Das Meldegeld von ", "Les frais d'inscription de ", "La quota di ", "The entry fee of ")
            + c.money(60, 240) + c.w(" überweisen wir vom Vereinskonto ", " seront virés depuis le compte du club ",
                                     " sarà bonificata dal conto della società ",
                                     " will be paid from the club account "))
        d.add(c.iban())
        d.t(".\n\n" + bye(c))
        sig(c, d, coach, c.w("Trainerin" if coach.gender == "f" else "Trainer", "Entraîneur", "Allenatore",
                              "Head coach"), org, c.addr(), c.phone("office" if c.chance(0.4) else "mobile"))
        tasks = {"de": ["Formuliere das als formelle Meldung an den Veranstalter",
                        "Prüfe bitte, ob alle Athleten im Jahr der Regatta höchstens 18 werden"],
                 "fr": ["Reformule cette inscription de façon plus formelle",
                        "Vérifie si tous les rameurs ont bien moins de 19 ans"],
                 "it": ["Riscrivi questa iscrizione in modo più formale",
                        "Controlla se tutti gli atleti rientrano nella categoria under 19"],
                 "en": ["Rewrite this as a formal entry email to the organisers",
                        "Check whether every athlete is eligible for the J18 events"]}
    elif v == 2:
        staff, cust = c.person(), c.person()
        friends = [c.person() for _ in range(c.ri(1, 3))]
        firm = c.w(f"Kanuverleih {c.ch(['Altmühl', 'Lahn', 'Wiesent', 'Ybbs', 'Thur', 'Reuss'])} GmbH",
                   f"Canoë Location {c.ch(['Ardèche', 'Doubs', 'Loue', 'Sorgue'])} SARL",
                   f"Noleggio Canoe {c.ch(['Ticino', 'Adda', 'Mincio', 'Brenta'])} srl",
                   f"{c.ch(['Wye', 'Dart', 'Thames', 'Delaware', 'Russian River'])} Canoe Hire Ltd")
        dom = dslug(firm.split(" G")[0].split(" S")[0], 20) + c.w(".de", ".fr", ".it", ".co.uk")
        cmail = c.email(cust)
        mail_head(c, d, who(staff.n(), c.email(staff, dom)), who(cust.n(), cmail),
                  c.w("AW: Kanutour Buchung", "RE: Réservation canoë", "R: Prenotazione canoa",
                      "RE: Canoe booking"))
        d.add(greet(c, cust, formal=c.chance(0.5)))
        d.t(c.w("vielen Dank für Ihre Buchung! Die Karte mit der Endung ", "merci pour votre réservation ! La carte "
                "se terminant par ", "grazie per la prenotazione! La carta che termina con ", "thanks for booking! "
                "The card ending ") + c.digits(4) + c.w(" wurde mit ", " a été débitée de ", " è stata addebitata di ",
                                                         " was charged ") + c.money(45, 180) + c.w(" belastet. ",
                                                                                                   ". ", ". ", ". "))
        d.t(c.w("Treffpunkt ist unsere Einsetzstelle ", "Rendez-vous à notre base ", "Ritrovo alla nostra base ",
                "Meet us at our launch site ") + c.w("am Wehr", "près du pont", "al pontile", "by the old bridge")
            + ".\n" + c.w("Buchungsnummer", "N° de réservation", "Numero prenotazione", "Booking ref") + f": "
            f"{c.ch(['KV', 'RES', 'BK'])}-{c.digits(6)}\n\n" + bye(c))
        sig(c, d, staff, "", firm, c.addr(), c.phone("office"), None, f"www.{dom}")
        d.t("\n")
        q = Doc(c.swiss)
        q.add(greet(c))
        q.t(c.w("wir möchten für ", "nous souhaitons réserver pour le ", "vorremmo prenotare per il ",
                "we'd like to book for ") + c.pdate() + c.w(" zwei Kanadier buchen, Tour ",
                                                             " deux canoës, parcours ", " due canoe, percorso ",
                                                             " two canoes, route ")
                + c.ch(["A (12 km)", "B (18 km)", "C (7 km)"]) + ".\n")
        q.t(c.w("Teilnehmer:", "Participants :", "Partecipanti:", "Paddlers:") + "\n")
        for p in [cust] + friends:
            q.f("- {}{}\n", p.n(c.ch(["fl", "fl", "l,f"])),
                [c.w(", geb. ", ", né(e) le ", ", nato/a il ", ", born "), c.dob(18, 60)] if c.chance(0.6) else "")
        q.t(c.w("Bezahlen würde ich gleich mit Kreditkarte: ", "Je paie directement par carte : ",
                "Pago subito con carta: ", "I'll pay by card: "))
        q.add(c.card())
        q.t(c.w(", gültig bis ", ", exp. ", ", scad. ", ", exp ") + c.expiry() + ".\n")
        q.f(c.w("Erreichbar bin ich unter {0}.\n\n", "Je suis joignable au {0}.\n\n", "Il mio numero è {0}.\n\n",
                "You can reach me on {0}.\n\n"), c.phone())
        q.f("{}\n{}\n", bye(c).strip(), cust.n(c.ch(["fl", "f"])))
        if c.chance(0.5):
            q.t(c.w("\n-- gesendet über Buchungsformular, IP ", "\n-- envoyé via le formulaire, IP ",
                    "\n-- inviato dal modulo web, IP ", "\n-- sent via booking form, IP "))
            q.add(c.ip())
            q.t("\n")
        quote_intro(c, d, cust.n(), cmail)
        d.quote(q)
        tasks = {"de": ["Ist die Antwort an den Kunden so in Ordnung? Bitte freundlicher formulieren",
                        "Fasse die Buchung in drei Stichpunkten zusammen"],
                 "fr": ["Peux-tu rendre cette réponse plus chaleureuse ?", "Résume la réservation en trois points"],
                 "it": ["Puoi rendere la risposta più cordiale?", "Riassumi la prenotazione in tre punti"],
                 "en": ["Can you make this reply sound friendlier?", "Summarise the booking in three bullet points"]}
    else:
        crew = [c.person() for _ in range(c.ri(4, 6))]
        host = c.ch(crew)
        fresh = c.ch([p for p in crew if p is not host])
        msgs = []
        nm = c.ch(["fl", "f", "nick"])

        def s(p):
            return p.n(nm) if c.chance(0.8) else c.phone()
        boat = c.ch(BOATS[c.lang])
        msgs.append((s(crew[0]), c.w("Wer kommt Sonntag 7:30? Für den Vierer fehlen noch zwei",
                                     "Qui vient dimanche 7h30 ? Il manque deux rameurs pour le quatre",
                                     "Chi viene domenica alle 7:30? Mancano due per il quattro",
                                     "Who's in for Sunday 7:30? Need two more for the four")))
        msgs.append((s(crew[1]), [c.w("ich + ", "moi + ", "io + ", "me + "), crew[2].n("f"),
                                  c.w(", aber nicht im ", ", mais pas dans le ", ", ma non sulla ",
                                      ", but not in the "), boat]))
        msgs.append((s(crew[3 % len(crew)]), [c.w("Frühstück danach bei mir: ", "petit-déj après chez moi : ",
                                                  "colazione dopo da me: ", "breakfast after at mine: "),
                                              c.addr().st(), c.w(", klingeln bei ", ", sonner chez ",
                                                                 ", suonare a ", ", ring for "), host.n("l")]))
        msgs.append((s(crew[0]), [c.w("neue Nummer von ", "nouveau numéro de ", "nuovo numero di ",
                                      "new number for "), fresh.n(c.ch(["f", "nick"])), ": ", c.phone()]))
        msgs.append((s(crew[2]), [c.w("der Einer hat einen Riss am Bug, ", "le skiff a une fissure, ",
                                      "il singolo ha una crepa, ", "the single has a crack in the bow, "), "@",
                                  crew[1].n("f"), c.w(" kannst du das anschauen?", " tu peux regarder ?",
                                                      " puoi darci un'occhiata?", " can you have a look?")]))
        msgs.append((s(crew[1]), c.w("klar, Harz und Glasfaser sind im Bootshaus (Regal 3)",
                                     "ok, résine dans le hangar (étagère 3)", "ok, la resina è in rimessa (scaffale 3)",
                                     "sure, resin's in the boathouse (shelf 3)")))
        chat(c, d, msgs)
        if c.chance(0.6):
            d.t("\n" + c.w("Mitgliederliste (Auszug):", "Liste des membres (extrait) :", "Elenco soci (estratto):",
                           "Member list (extract):") + "\n")
            rows = [[f"{c.digits(3, True)}", p.n(c.ch(["l,f", "fl"])), c.phone(), c.email(p)] for p in crew[:3]]
            table(c, d, [lab(c, "member"), lab(c, "name"), lab(c, "mobile"), lab(c, "email")], rows,
                  c.ch(["ssv", "tsv", "pipe"]))
        tasks = {"de": ["Fasse den Chat zusammen: wer rudert wann in welchem Boot?",
                        "was muss ich als Bootswart aus dem Chat erledigen?"],
                 "fr": ["Résume la discussion : qui rame quand et dans quel bateau ?"],
                 "it": ["Riassumi la chat: chi esce quando e con quale barca?"],
                 "en": ["Summarise this chat - who's rowing when and in which boat?",
                        "what do I need to do as boatman from this chat?"]}
    return frame(c, tasks, d)


# ====================================================================================================================
# Genre 2: model railway clubs
# ====================================================================================================================

ARTICLES = {"de": ["Märklin 37018", "Roco 73221", "Fleischmann 4142", "Piko 59950", "Brawa 41120", "Trix 22687",
                   "Liliput L131860", "Tillig 02190"],
            "fr": ["Jouef HJ2160", "Roco 72188", "LS Models 10035", "REE MB-062", "Märklin 39751"],
            "it": ["Rivarossi HR2810", "ACME 60477", "Lima L208150", "Os.Kar 2010", "Roco 72403"],
            "en": ["Hornby R3921", "Bachmann 31-650", "Graham Farish 372-625", "Atlas 10003715", "Kato 176-8314",
                   "Dapol 4D-022-001"]}
SCALES = {"de": ["H0 (1:87)", "N (1:160)", "TT (1:120)", "Spur 0", "Spur 1", "Z (1:220)", "H0e"],
          "fr": ["HO (1/87)", "N (1/160)", "O (1/43,5)", "HOm"], "it": ["H0 (1:87)", "N (1:160)", "0 (1:43,5)"],
          "en": ["OO (1:76)", "N (1:148)", "HO (1:87)", "O gauge", "EM gauge"]}
LAYOUTS = {"de": ["Bw Altenbeken", "Bahnhof Kleinstadt", "Hafenbahn Nord", "Schmalspur im Erzgebirge",
                  "Rangierbahnhof Westend"],
           "fr": ["Gare de Saint-Lazare 1950", "Ligne des Causses", "Dépôt de La Chapelle"],
           "it": ["Stazione di Domodossola", "Linea del Brennero", "Deposito di Pistoia"],
           "en": ["Ashburton Quay", "Little Wenlock Junction", "Great Western Branch", "Bay Ridge Yard"]}


def org_railway(c: Ctx) -> str:
    t = c.home.town
    return c.w(c.dx(f"{c.ch(['Modelleisenbahnclub', 'MEC', 'Eisenbahnfreunde', 'Modellbahnfreunde'])} {t} e.V.",
                    ch=f"{c.ch(['Modelleisenbahn-Club', 'Eisenbahn-Amateur-Klub', 'Modellbahn-Gruppe'])} {t}",
                    at=f"{c.ch(['Modellbahnclub', 'Eisenbahnfreunde'])} {t}"),
               f"{c.ch(['Club ferroviaire de', 'AMF', 'Association des modélistes ferroviaires de'])} {t}",
               f"{c.ch(['Gruppo Fermodellistico', 'Club Fermodellistico', 'Associazione Fermodellisti'])} {t}",
               f"{t} {c.ch(['Model Railway Club', '& District Model Railway Society', 'Model Railroad Club'])}")


def form_lines(c: Ctx, d: Doc, items: list, aligned: bool | None = None) -> None:
    aligned = c.chance(0.5) if aligned is None else aligned
    w = max(len(k) for k, _ in items) + 2
    for k, val in items:
        if val is None:
            continue
        if aligned:
            d.t(f"{k + ':':<{w}}")
        else:
            d.t(k + ": ")
        d.add(val)
        d.t("\n")


def g_railway(c: Ctx) -> Doc:
    d = Doc(c.swiss)
    org = org_railway(c)
    v = c.i % 4
    ext = {"DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr", "IT": ".it", "GB": ".org.uk", "US": ".org"}[c.cc]
    dom = dslug(org.replace(" e.V.", ""), 24) + ext
    if v == 0:
        ex = c.person()
        h1, h2 = c.relative(ex, same_last=c.chance(0.5)), c.person()
        a = c.addr()
        d.t(c.w("AUSSTELLERANMELDUNG – Modellbahnausstellung ", "FICHE D'INSCRIPTION EXPOSANT – Expo ferroviaire ",
                "MODULO ISCRIZIONE ESPOSITORI – Mostra fermodellistica ", "EXHIBITOR APPLICATION – Model Railway Show ")
            + str(c.year) + "\n" + org + "\n\n")
        items = [(c.w("Aussteller", "Exposant", "Espositore", "Exhibitor"), ex.n(c.ch(["fl", "l,f", "LF"]))),
                 (c.w("Verein", "Club", "Associazione", "Club"), c.ch(["-", org_railway(c),
                                                                       c.w("privat", "privé", "privato", "private")])),
                 (lab(c, "street"), a.st()), (lab(c, "zipcity"), a.zc()),
                 (lab(c, "phone"), c.phone("land", a.place)), (lab(c, "mobile"), c.phone() if c.chance(0.7) else "-"),
                 (lab(c, "email"), c.email(ex)),
                 (c.w("Anlage", "Réseau", "Plastico", "Layout"), f"„{c.ch(LAYOUTS[c.lang])}“" if c.lang == "de"
                  else c.ch(LAYOUTS[c.lang])),
                 (c.w("Spur", "Échelle", "Scala", "Scale"), c.ch(SCALES[c.lang])),
                 (c.w("Maße", "Dimensions", "Misure", "Size"),
                  f"{c.ri(2, 9)},{c.ri(0, 9)}0 x {c.ri(0, 1)},{c.ri(2, 9)}0 m"
                  if c.lang != "en" else f"{c.ri(8, 30)} ft x {c.ri(2, 4)} ft"),
                 (c.w("Strombedarf", "Alimentation", "Corrente", "Power"), f"{c.ri(1, 3)} x 230 V" if c.cc != "US"
                  else "2 x 110 V")]
        form_lines(c, d, items)
        d.t("\n" + c.w("Helfer (für die Veranstaltungsversicherung mit Geburtsdatum):",
                       "Aides (avec date de naissance pour l'assurance) :",
                       "Aiutanti (con data di nascita per l'assicurazione):",
                       "Helpers (date of birth needed for the event insurance):") + "\n")
        for k, h in enumerate([h1, h2]):
            d.f("{}. {}, {}\n", k + 1, h.n(c.ch(["fl", "l,f"])), c.dob(16, 75))
        d.t("\n" + c.w("Fahrtkostenerstattung bitte auf: ", "Remboursement des frais sur : ", "Rimborso spese su: ",
                       "Please refund travel costs to: "))
        d.add(c.iban())
        d.t(c.w(" (Kontoinhaber: ", " (titulaire : ", " (intestatario: ", " (account holder: "))
        d.add(ex.n())
        d.t(")\n" + c.w("Anreise: ", "Arrivée : ", "Arrivo: ", "Arrival: ") + c.pdate() + ", " + c.time() + "\n\n")
        d.f("{}: {}    {}: {}\n", lab(c, "date"), c.pdate(), lab(c, "sign"), ex.n(c.ch(["fl", "i.l"])))
        tasks = {"de": ["Prüfe die Anmeldung auf fehlende oder unplausible Angaben",
                        "Schreib eine Bestätigungsmail an den Aussteller mit Aufbauzeit Freitag 14 Uhr"],
                 "fr": ["Vérifie si des informations manquent dans cette fiche",
                        "Rédige un e-mail de confirmation pour l'exposant"],
                 "it": ["Controlla se mancano dati in questo modulo", "Scrivi una mail di conferma all'espositore"],
                 "en": ["Check this application for missing details",
                        "Draft a confirmation email to the exhibitor (set-up Friday 2pm)"]}
    elif v == 1:
        members = [c.person() for _ in range(c.ri(3, 6))]
        split = c.chance(0.5)
        keys = c.w(["mitgliedsnr", "vorname", "nachname", "name", "geburtsdatum", "strasse", "plz_ort", "telefon",
                    "email", "spur", "eintritt"],
                   ["num_membre", "prenom", "nom", "nom_complet", "date_naissance", "adresse", "cp_ville", "tel",
                    "email", "echelle", "adhesion"],
                   ["n_socio", "nome", "cognome", "nominativo", "data_nascita", "indirizzo", "cap_citta", "telefono",
                    "email", "scala", "iscrizione"],
                   ["member_no", "first_name", "last_name", "name", "dob", "street", "town_postcode", "phone", "email",
                    "scale", "joined"])
        recs = []
        for p in members:
            a = c.addr()
            o = {keys[0]: c.ri(10, 480)}
            if split:
                o[keys[1]], o[keys[2]] = p.n("f"), p.n("l")
            else:
                o[keys[3]] = p.n(c.ch(["fl", "l,f"]))
            o[keys[4]] = c.dob(14, 88)
            o[keys[5]], o[keys[6]] = a.st(), a.zc()
            o[keys[7]] = c.phone(c.ch(["mobile", "land"])) if c.chance(0.85) else None
            o[keys[8]] = c.email(p) if c.chance(0.8) else ""
            o[keys[9]] = c.ch(SCALES[c.lang]).split(" (")[0]
            o[keys[10]] = c.pdate(dt.date(c.ri(1975, 2024), c.ri(1, 12), 1))
            recs.append(o)
        if c.chance(0.5):
            jdump(d, recs, 2)
            d.t("\n")
        else:
            for o in recs:
                jdump(d, o, None)
                d.t("\n")
        tasks = {"de": ["Welche Mitglieder haben dieses Jahr einen runden Geburtstag?",
                        "Wandle den Export in eine CSV-Tabelle um"],
                 "fr": ["Quels membres ont un anniversaire rond cette année ?", "Convertis cet export en CSV"],
                 "it": ["Quali soci compiono gli anni tondi quest'anno?", "Converti questo export in CSV"],
                 "en": ["Which members have a milestone birthday this year?", "Convert this export into a CSV"]}
    elif v == 2:
        seller, clerk = c.person(), c.person()
        smail = c.email(seller)
        mail_head(c, d, who(clerk.n(), c.email(clerk, dom)), who(seller.n(), smail),
                  c.w("Re: Tauschbörse – Tischreservierung", "Re: Bourse d'échange – réservation de table",
                      "Re: Mercatino – prenotazione tavolo", "Re: Swapmeet table booking"))
        d.add(greet(c, seller, formal=c.chance(0.4)))
        d.t(c.w(f"ich habe Ihnen die Tische {c.ri(1, 40)} und {c.ri(41, 60)} reserviert. Die Standgebühr von ",
                f"je vous ai réservé les tables {c.ri(1, 40)} et {c.ri(41, 60)}. Merci de virer ",
                f"le ho riservato i tavoli {c.ri(1, 40)} e {c.ri(41, 60)}. La quota di ",
                f"I've reserved tables {c.ri(1, 40)} and {c.ri(41, 60)} for you. Please pay the fee of ")
            + c.money(10, 40) + c.w(" bitte bis ", " avant le ", " va versata entro il ", " by ") + c.pdate()
            + c.w(" auf unser Vereinskonto ", " sur le compte du club ", " sul conto del club ",
                  " to the club account "))
        d.add(c.iban())
        d.t(c.w(" überweisen (Verwendungszweck: Tisch + Name).\n\n", " (référence : table + nom).\n\n",
                " (causale: tavolo + nome).\n\n", " (reference: table + name).\n\n") + bye(c))
        sig(c, d, clerk, c.w("Kassenwart", "Trésorier", "Tesoriere", "Treasurer"), org,
            c.addr() if c.chance(0.6) else None, c.phone())
        d.t("\n")
        q = Doc(c.swiss)
        q.add(greet(c))
        q.t(c.w("ich hätte gern zwei Tische bei der Tauschbörse am ", "je voudrais deux tables pour la bourse du ",
                "vorrei due tavoli per il mercatino del ", "I'd like two tables at the swapmeet on ") + c.pdate()
            + ".\n" + c.w("Ich bringe u. a. mit:", "J'apporte notamment :", "Porto tra l'altro:",
                          "I'll be bringing:") + "\n")
        for art in c.sample(ARTICLES[c.lang], 3):
            q.t(f"- {art} ({c.money(25, 390)})\n")
        q.t(c.w("Rechnung bitte an: ", "Facture à : ", "Fattura a: ", "Invoice to: "))
        a = c.addr()
        q.add(seller.n())
        q.t(", ")
        q.add(a.line())
        q.f(c.w("\nTel. {0}\n\n", "\nTél. {0}\n\n", "\nTel. {0}\n\n", "\nPhone {0}\n\n"), c.phone())
        q.f("{}\n{}\n", bye(c).strip(), seller.n(c.ch(["fl", "f"])))
        quote_intro(c, d, seller.n(), smail)
        d.quote(q)
        tasks = {"de": ["Formuliere die Antwort kürzer", "Mach aus den Anfragen eine Liste: Name, Tische, bezahlt?"],
                 "fr": ["Raccourcis cette réponse", "Fais une liste : nom, tables, payé ?"],
                 "it": ["Accorcia questa risposta", "Fammi un elenco: nome, tavoli, pagato?"],
                 "en": ["Make this reply shorter", "Turn this into a list: name, tables, paid?"]}
    else:
        crew = [c.person() for _ in range(c.ri(4, 7))]
        chair = c.ch(crew)
        d.t(c.w("Fahrtage ", "Journées portes ouvertes ", "Giornate di esercizio ", "Running days ") + f"{c.year}\n\n")
        hdr = [lab(c, "date"), c.w("Fahrdienstleiter", "Chef de gare", "Capostazione", "Controller"),
               c.w("Kasse", "Caisse", "Cassa", "Door"), lab(c, "phone")]
        rows = []
        for _ in range(c.ri(4, 7)):
            p, q = c.sample(crew, 2)
            rows.append([c.pdate(), p.n(c.ch(["fl", "l"])), q.n("f"), c.phone()])
        table(c, d, hdr, rows, c.ch(["md", "md", "fixed", "pipe"]))
        d.t("\n" + c.w("Technik-Notizen:", "Notes techniques :", "Note tecniche:", "Tech notes:") + "\n")
        d.t(f"- Z21 {c.w('Zentrale', 'centrale', 'centrale', 'command station')}: {c.lan_ip()} "
            f"(Firmware 1.{c.ri(30, 43)})\n")
        d.t(c.w("- Webcam-Login gesperrt für ", "- Accès webcam bloqué pour ", "- Accesso webcam bloccato per ",
                "- Webcam login blocked for "))
        blocked = c.ch(crew)
        d.add(blocked.n(c.ch(["fl", "l"])))
        d.t(c.w(" (zu viele Fehlversuche von ", " (trop d'échecs depuis ", " (troppi tentativi da ",
                " (too many failed attempts from "))
        d.add(c.ip())
        d.t(")\n")
        d.t(c.w("- Decoder-Adressen: BR 01 = 3, V 200 = 22, Köf = 5\n",
                "- Adresses décodeurs : 241 P = 3, BB 66000 = 22\n",
                "- Indirizzi decoder: E.444 = 3, D.345 = 22\n", "- Decoder addresses: Class 47 = 3, 08 shunter = 5\n"))
        d.t("\n")
        d.add(c.w(["ps von ", chair.n("f"), ": schlüssel fürs vereinsheim liegt ab jetzt bei ",
                   c.ch(crew).n("l"), ", ", c.addr().st()],
                  ["ps de ", chair.n("f"), " : la clé du local est désormais chez ", c.ch(crew).n("l"), ", ",
                   c.addr().st()],
                  ["ps da ", chair.n("f"), ": la chiave della sede ora ce l'ha ", c.ch(crew).n("l"), ", ",
                   c.addr().st()],
                  ["ps from ", chair.n("f"), ": clubroom key is now with ", c.ch(crew).n("l"), ", ",
                   c.addr().st()]), lower=c.chance(0.6))
        d.t("\n")
        tasks = {"de": ["Erstelle daraus einen Aushang für das Vereinsheim (ohne Telefonnummern)",
                        "Wer hat wie viele Dienste? Bitte auszählen"],
                 "fr": ["Fais-en une affiche pour le local (sans numéros de téléphone)"],
                 "it": ["Preparane un avviso per la sede (senza numeri di telefono)"],
                 "en": ["Make a notice for the clubroom from this (leave out phone numbers)",
                        "Count how many shifts each person has"]}
    return frame(c, tasks, d)


# ====================================================================================================================
# Genre 3: adult-education course rosters
# ====================================================================================================================

COURSES = {"de": ["Töpfern für Einsteiger", "Italienisch A1", "Excel für den Beruf", "Aquarellmalen",
                  "Smartphone-Kurs 60+", "Nähen Grundkurs", "Fotografie: Porträt", "Brotbacken mit Sauerteig",
                  "Gitarre für Wiedereinsteiger", "Rhetorik kompakt"],
           "fr": ["Poterie débutants", "Espagnol A2", "Aquarelle", "Informatique pour seniors", "Couture",
                  "Œnologie", "Prise de parole en public"],
           "it": ["Ceramica base", "Tedesco A1", "Acquerello", "Informatica over 60", "Fotografia digitale",
                  "Cucito creativo", "Public speaking"],
           "en": ["Pottery for Beginners", "Conversational Spanish", "Watercolour Basics", "Excel Essentials",
                  "Creative Writing", "Upholstery", "Beginners' Ukulele"]}


def org_adulted(c: Ctx) -> str:
    t = c.home.town
    return c.w(c.dx(f"{c.ch(['Volkshochschule', 'VHS'])} {t}",
                    ch=f"{c.ch(['Volkshochschule', 'Klubschule Migros'])} {t}",
                    at=f"{c.ch(['VHS', 'Volkshochschule'])} {t}"),
               f"{c.ch(['Université populaire de', 'École-club Migros'] if c.swiss else ['Université populaire de'])} "
               f"{t}",
               f"{c.ch(['Scuola Club Migros', 'Corsi per adulti'] if c.swiss else ['Università Popolare di'])} {t}",
               f"{t} {c.ch(['Adult Learning', 'Community Education', 'Adult School', 'WEA Branch'])}")


def g_adulted(c: Ctx) -> Doc:
    d = Doc(c.swiss)
    org = org_adulted(c)
    v = c.i % 4
    ext = {"DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr", "IT": ".it", "GB": ".org.uk", "US": ".org"}[c.cc]
    dom = dslug(org, 22) + ext
    course = c.ch(COURSES[c.lang])
    cno = f"{c.year % 100}{c.ch(['F', 'H', 'W', 'S'])}-{c.digits(4, True)}"
    room = c.w(f"Raum {c.ri(0, 3)}.{c.ri(1, 24):02d}", f"salle {c.ri(1, 30)}", f"aula {c.ri(1, 30)}",
               f"Room {c.ri(1, 30)}{c.ch(['', 'B'])}")
    if v == 0:
        people = [c.person() for _ in range(c.ri(6, 11))]
        teacher = c.person()
        d.t(f"{org}\n{c.w('Teilnehmerliste', 'Liste des participants', 'Elenco partecipanti', 'Class list')} – "
            f"{course} ({cno}), {room}\n{c.w('Beginn', 'Début', 'Inizio', 'Starts')}: {c.pdate()}, {c.time()}\n\n")
        hdr = ["Nr", lab(c, "last"), lab(c, "first"), lab(c, "phone"), lab(c, "email"),
               c.w("bez.", "payé", "pagato", "paid")]
        rows = []
        upper = c.chance(0.3)
        for k, p in enumerate(people):
            rows.append([str(k + 1), p.n("L" if upper else "l"), p.n("f"),
                         c.phone(c.ch(["mobile", "mobile", "land"])) if c.chance(0.9) else "",
                         c.email(p) if c.chance(0.8) else "", c.ch(c.w(["ja", "ja", "nein", "erm."],
                                                                        ["oui", "oui", "non"], ["sì", "sì", "no"],
                                                                        ["yes", "yes", "no", "conc."]))])
        table(c, d, hdr, rows)
        d.t("\n" + c.w("Kursleitung", "Formateur·rice", "Docente", "Tutor") + ": ")
        d.add(teacher.n())
        d.f(", {}, {}\n", c.phone(), c.email(teacher, dom if c.chance(0.5) else None))
        d.t(c.w(f"Material: {c.money(5, 40)} pro Person, bar beim ersten Termin.\n",
                f"Matériel : {c.money(5, 40)} par personne, à payer au premier cours.\n",
                f"Materiale: {c.money(5, 40)} a persona, da pagare alla prima lezione.\n",
                f"Materials: {c.money(5, 40)} per person, cash at the first session.\n"))
        tasks = {"de": ["Wer hat noch nicht bezahlt? Schreib eine freundliche Erinnerung an diese Leute",
                        "Sortiere die Liste alphabetisch und mach eine Anwesenheitsliste zum Ausdrucken daraus"],
                 "fr": ["Qui n'a pas encore payé ? Rédige un rappel aimable",
                        "Trie la liste par ordre alphabétique et fais une feuille d'émargement"],
                 "it": ["Chi non ha ancora pagato? Scrivi un promemoria gentile",
                        "Ordina l'elenco e preparami un foglio presenze"],
                 "en": ["Who hasn't paid yet? Draft a friendly reminder to them",
                        "Sort this alphabetically and make a sign-in sheet"]}
    elif v == 1:
        p, clerk = c.person(), c.person()
        a = c.addr()
        hq = c.addr(c.home)
        d.t(org + "\n")
        d.add(hq.line())
        d.f(" · {} · {}\n\n", c.phone("office", c.home), f"anmeldung@{dom}" if c.lang == "de" else f"info@{dom}")
        d.add(title(c, p).strip() if c.lang != "en" else "")
        d.t("\n" if c.lang != "en" else "")
        d.add(p.n())
        d.t("\n")
        d.add(a.block())
        d.t("\n\n" + c.w("Anmeldebestätigung", "Confirmation d'inscription", "Conferma di iscrizione",
                         "Enrolment confirmation") + f" – {course} ({cno})\n\n")
        d.add(greet(c, p))
        d.t(c.w(f"wir bestätigen Ihre Anmeldung. Der Kurs beginnt am {c.pdate()} um {c.time()} Uhr in {room}.\n",
                f"nous confirmons votre inscription. Le cours commence le {c.pdate()} à {c.time()}, {room}.\n",
                f"confermiamo la sua iscrizione. Il corso inizia il {c.pdate()} alle {c.time()}, {room}.\n",
                f"we're pleased to confirm your place. The course starts on {c.pdate()} at {c.time()} in {room}.\n"))
        d.t(c.w("Ermäßigung 60+ gewährt (", "Réduction seniors accordée (", "Riduzione over 60 applicata (",
                "Senior concession applied ("))
        d.t(c.w("geb. ", "née le " if p.gender == "f" else "né le ", "nata il " if p.gender == "f" else "nato il ",
                "born "))
        d.add(c.dob(60, 84))
        d.t(f"): {c.money(60, 180)}.\n\n")
        d.t(c.w("Die Gebühr buchen wir per SEPA-Lastschrift ab:\n", "Les frais seront prélevés sur le compte :\n",
                "La quota sarà addebitata sul conto:\n", "The fee will be collected by direct debit from:\n"))
        holder = p if c.chance(0.7) else c.relative(p)
        form_lines(c, d, [(c.w("Kontoinhaber", "Titulaire", "Intestatario", "Account holder"), holder.n()),
                          ("IBAN", c.iban()), (c.w("Mandatsreferenz", "RUM", "Rif. mandato", "Mandate ref."),
                                               f"VHS{c.digits(8)}")])
        d.t("\n" + bye(c))
        sig(c, d, clerk, c.w("Kursverwaltung", "Secrétariat des cours", "Segreteria corsi", "Course office"), "",
            None, c.phone("office", c.home), c.email(clerk, dom))
        tasks = {"de": ["Extrahiere die wichtigsten Daten als JSON (Kurs, Termin, Teilnehmer, Betrag)",
                        "Was genau wird wann abgebucht? Kurz erklären"],
                 "fr": ["Extrais les informations principales en JSON", "Explique brièvement ce qui sera prélevé"],
                 "it": ["Estrai i dati principali in JSON", "Spiegami in breve cosa verrà addebitato"],
                 "en": ["Pull out the key details as JSON (course, date, learner, amount)",
                        "Explain briefly what will be charged and when"]}
    elif v == 2:
        recs = []
        keys = c.w(["zeit", "kursnr", "vorname", "nachname", "geburtsdatum", "email", "telefon", "strasse", "plz",
                    "ort", "zahlart", "karte", "ip"],
                   ["horodatage", "cours", "prenom", "nom", "naissance", "email", "tel", "rue", "cp", "ville",
                    "paiement", "carte", "ip"],
                   ["ora", "corso", "nome", "cognome", "nascita", "email", "tel", "via", "cap", "citta",
                    "pagamento", "carta", "ip"],
                   ["ts", "course", "first_name", "last_name", "dob", "email", "phone", "street", "postcode", "town",
                    "payment", "card", "ip"])
        people = [c.person() for _ in range(c.ri(3, 5))]
        people.insert(c.ri(1, len(people)), people[0])
        fixed: dict[int, tuple] = {}
        for p in people:
            if id(p) not in fixed:
                fixed[id(p)] = (c.addr(), c.dob(18, 80, "iso"), c.email(p), c.phone())
            a, born, mail, tel = fixed[id(p)]
            pay = c.ch(["card", "card", "invoice", "sepa"])
            o = {keys[0]: f"{c.year}-{c.ri(1, 12):02d}-{c.ri(1, 28):02d}T{c.ri(6, 23):02d}:{c.ri(0, 59):02d}:"
                          f"{c.ri(0, 59):02d}", keys[1]: cno, keys[2]: p.n("f"), keys[3]: p.n("l"),
                 keys[4]: born, keys[5]: mail, keys[6]: tel,
                 keys[7]: a.st(), keys[8]: a.place.zip, keys[9]: a.place.town, keys[10]: pay,
                 keys[11]: c.card(sep="") if pay == "card" and c.chance(0.5) else c.masked_card() if pay == "card"
                 else None, keys[12]: c.ip()}
            if c.cc == "GB":
                o[keys[8]] = " ".join(a.zipcity.split()[-2:])
            elif c.cc == "US":
                o[keys[8]] = a.zipcity.split()[-1]
            recs.append(o)
        d.t(f"# export {c.w('anmeldungen', 'inscriptions', 'iscrizioni', 'registrations')} {cno} ({course})\n")
        for o in recs:
            jdump(d, o, None)
            d.t("\n")
        tasks = {"de": ["Finde doppelte Anmeldungen in diesem Export", "Mach daraus eine Tabelle für die Kursleitung"],
                 "fr": ["Trouve les inscriptions en double dans cet export"],
                 "it": ["Trova le iscrizioni doppie in questo export"],
                 "en": ["Find duplicate registrations in this export", "Make a table for the tutor from this"]}
    else:
        teacher = c.person()
        people = [c.person() for _ in range(c.ri(4, 6))]
        friend = c.person("f")
        tmail = c.email(teacher)
        mail_head(c, d, who(teacher.n(), tmail), [c.email(p) if c.chance(0.5) else who(p.n(), c.email(p))
                                                  for p in people[:1]],
                  c.w(f"{course}: Änderung nächste Woche", f"{course} : changement la semaine prochaine",
                      f"{course}: cambio la settimana prossima", f"{course}: change next week"),
                  cc=[c.email(p) if c.chance(0.5) else who(p.n(), c.email(p)) for p in people[1:]])
        d.t(c.w("Hallo zusammen,\n\n", "Bonjour à toutes et à tous,\n\n", "Ciao a tutti,\n\n", "Hi all,\n\n"))
        d.t(c.w(f"nächste Woche findet der Kurs ausnahmsweise in {room} statt. Bitte bringt Schürzen mit.\n",
                f"la semaine prochaine le cours aura lieu en {room}. Pensez à vos tabliers.\n",
                f"la prossima settimana il corso si terrà in {room}. Portate i grembiuli.\n",
                f"next week we're in {room} instead. Please bring aprons.\n"))
        d.t(c.w("Bei Fragen erreicht ihr mich unter ", "Pour toute question : ", "Per domande: ",
                "Any questions, ring me on "))
        d.add(c.phone())
        d.t(".\n\n")
        d.add(teacher.n(c.ch(["f", "fl"])))
        d.t("\n\n")
        replier = c.ch(people)
        rmail = c.email(replier)
        q = Doc(c.swiss)
        q.add(c.w(["hallo ", teacher.n("f"), ", ich kann leider ab jetzt nicht mehr. meine freundin ", friend.n(),
                   " würde meinen platz übernehmen, geht das? ihre nummer ist ", c.phone(), ", mail ",
                   c.email(friend), "\nlg ", replier.n("f")],
                  ["bonjour ", teacher.n("f"), ", je ne pourrai plus venir. mon amie ", friend.n(),
                   " pourrait reprendre ma place ? son numéro : ", c.phone(), ", mail ", c.email(friend), "\nbises ",
                   replier.n("f")],
                  ["ciao ", teacher.n("f"), ", purtroppo non posso più venire. la mia amica ", friend.n(),
                   " potrebbe prendere il mio posto? il suo numero è ", c.phone(), ", mail ", c.email(friend),
                   "\nciao ", replier.n("f")],
                  ["hi ", teacher.n("f"), ", I can't make it any more. my friend ", friend.n(),
                   " could take my place, is that ok? her number's ", c.phone(), ", email ", c.email(friend),
                   "\nthanks ", replier.n("f")]), lower=True)
        d.f("{}: {}\n{}: Re: {}\n\n", HDR[c.lang][0], who(replier.n(), rmail), HDR[c.lang][2], course)
        d.add(q)
        d.t("\n")
        tasks = {"de": ["Wie antworte ich auf die Anfrage? Die VHS erlaubt Übertragungen nur schriftlich",
                        "Fasse zusammen, was sich geändert hat"],
                 "fr": ["Comment répondre ? Les transferts de place doivent être faits par écrit"],
                 "it": ["Come rispondo? I cambi di iscrizione vanno fatti per iscritto"],
                 "en": ["How should I reply? Transfers have to go through the office in writing",
                        "Summarise what has changed"]}
    return frame(c, tasks, d)


# ====================================================================================================================
# Genre 4: makerspaces and FabLabs
# ====================================================================================================================

MACHINES = {"de": ["Lasercutter Epilog Fusion Pro 32", "CNC-Fräse Stepcraft D.840", "3D-Drucker Prusa MK4",
                   "Bandsäge Holzkraft HBS 361", "Drechselbank", "Vinylplotter Roland GS-24",
                   "Stickmaschine Brother PR680W"],
            "fr": ["Découpe laser Trotec Speedy 300", "Fraiseuse CNC Shaper Origin", "Imprimante 3D Prusa MK4",
                   "Scie à ruban", "Tour à bois", "Plotter de découpe Roland GS-24"],
            "it": ["Laser Trotec Speedy 300", "Fresa CNC Stepcraft D.840", "Stampante 3D Prusa MK4",
                   "Sega a nastro", "Tornio per legno", "Plotter da taglio Roland GS-24"],
            "en": ["Laser cutter Epilog Fusion Pro 32", "CNC router Shapeoko 5", "3D printer Prusa MK4",
                   "Bandsaw", "Wood lathe", "Vinyl cutter Roland GS-24", "Embroidery machine Brother PR680W"]}


def org_maker(c: Ctx) -> str:
    t = c.home.town
    return c.w(c.dx(f"{c.ch(['FabLab', 'Makerspace', 'Offene Werkstatt'])} {t}{c.ch(['', ' e.V.'])}",
                    ch=f"{c.ch(['FabLab', 'Makerspace'])} {t}", at=f"{c.ch(['Makerspace', 'Werkstatt-Verein'])} {t}"),
               f"{c.ch(['FabLab', 'Atelier partagé de', 'Makerspace'])} {t}",
               f"{c.ch(['FabLab', 'Officina condivisa', 'Makerspace'])} {t}",
               f"{t} {c.ch(['Makerspace', 'Hackspace', 'Makers'])}")


def g_maker(c: Ctx) -> Doc:
    d = Doc(c.swiss)
    org = org_maker(c)
    v = c.i % 4
    ext = {"DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr", "IT": ".it", "GB": ".org.uk", "US": ".org"}[c.cc]
    dom = dslug(org.replace(" e.V.", ""), 22) + ext
    if v == 0:
        p = c.person()
        a = c.addr()
        em = c.person()
        d.t(c.w("MITGLIEDSANTRAG", "DEMANDE D'ADHÉSION", "DOMANDA DI ADESIONE", "MEMBERSHIP APPLICATION")
            + f" – {org}\n\n")
        items = [(lab(c, "last"), p.n("l")), (lab(c, "first"), p.n("f")), (lab(c, "dob"), c.dob(16, 75)),
                 (lab(c, "street"), a.st()), (lab(c, "zipcity"), a.zc()), (lab(c, "mobile"), c.phone()),
                 (lab(c, "email"), c.email(p)),
                 (c.w("Mitgliedschaft", "Formule", "Quota", "Membership"),
                  c.ch(c.w(["Vollmitglied (30 €/Monat)", "ermäßigt (15 €/Monat)", "Fördermitglied"],
                           ["Plein tarif", "Tarif réduit (étudiant)"], ["Ordinaria", "Ridotta (studenti)"],
                           ["Full (£30/month)", "Concession", "Supporter"]))),
                 (c.w("RFID-Chip", "Badge RFID", "Badge RFID", "RFID fob"),
                  c.ch([f"{c.digits(10)}", ":".join(f"{c.ri(0, 255):02X}" for _ in range(4))])),
                 (lab(c, "emerg"), [em.n(), ", ", c.phone()])]
        form_lines(c, d, items)
        d.t("\n" + c.w("SEPA-Lastschriftmandat", "Mandat de prélèvement SEPA", "Mandato SEPA", "Direct debit") + "\n")
        form_lines(c, d, [(c.w("Kontoinhaber", "Titulaire", "Intestatario", "Account holder"), p.n()),
                          ("IBAN", c.iban()), ("BIC", c.ch(["GENODEF1S10", "COBADEFFXXX", "BNPAFRPPXXX",
                                                             "UBSWCHZH80A", "BCITITMM", "NWBKGB2L"]))])
        d.t("\n" + c.w("Ich habe die Werkstattordnung gelesen.", "J'ai lu le règlement de l'atelier.",
                       "Ho letto il regolamento.", "I have read the workshop rules.") + "\n")
        d.f("{}, {}   {}\n", a.place.town, c.pdate(), p.n(c.ch(["fl", "i.l"])))
        d.t(c.w("\n(Scan bitte an vorstand@", "\n(Scan à envoyer à bureau@", "\n(Inviare la scansione a direttivo@",
                "\n(Please email the scan to committee@") + dom + ")\n")
        tasks = {"de": ["Bitte trag die Daten in unsere Mitgliederliste-Vorlage ein (Spalten: Name, Geburtstag, "
                        "Adresse, Kontakt, Beitrag)", "Ist das Mandat vollständig?"],
                 "fr": ["Reporte ces données dans notre tableau des membres", "Le mandat est-il complet ?"],
                 "it": ["Inserisci questi dati nel nostro elenco soci", "Il mandato è completo?"],
                 "en": ["Put this into our member spreadsheet format", "Is the direct debit mandate complete?"]}
    elif v == 1:
        members = [c.person() for _ in range(c.ri(6, 10))]
        tutors = [c.person() for _ in range(2)]
        st = c.ch(["l,f", "i.l", "fl", "LF"])
        d.t(c.w("Einweisungsliste", "Registre des formations machines", "Registro abilitazioni macchine",
                "Machine induction register") + f" – {org}\n\n")
        hdr = [c.w("Maschine", "Machine", "Macchina", "Machine"), c.w("Mitglied", "Membre", "Socio", "Member"),
               lab(c, "date"), c.w("Einweiser", "Formateur", "Istruttore", "Inducted by"),
               c.w("Stufe", "Niveau", "Livello", "Level")]
        rows = [[c.ch(MACHINES[c.lang]), p.n(st), c.pdate(), c.ch(tutors).n(c.ch(["f", "i.l", "l"])),
                 c.ch(["A", "B", "B", "C"])] for p in members]
        table(c, d, hdr, rows)
        d.t("\n" + c.w("Einweiser erreichbar:", "Formateurs :", "Istruttori:", "Inductors:") + "\n")
        for t in tutors:
            d.f("  {} – {}\n", t.n(), c.phone())
        d.t(f"\nLaser firmware v{c.ri(2, 5)}.{c.ri(0, 12)}.{c.ri(0, 9)}, "
            f"{c.w('Filter gewechselt am', 'filtre changé le', 'filtro cambiato il', 'filter changed on')} "
            f"{c.pdate()}\n")
        tasks = {"de": ["Wer darf den Lasercutter schon allein benutzen? Liste bitte",
                        "Mach mir eine Übersicht pro Maschine"],
                 "fr": ["Qui est autorisé à utiliser la découpe laser seul ?"],
                 "it": ["Chi può usare il laser da solo?"],
                 "en": ["Who is signed off on the laser cutter? List them", "Give me an overview per machine"]}
    elif v == 2:
        members = [c.person() for _ in range(c.ri(3, 5))]
        x = c.day()
        d.t(f"# {org} – access/booking log {x.isoformat()}\n")
        n_lines = c.ri(7, 11)
        times = sorted((c.ri(14, 23), c.ri(0, 59), c.ri(0, 59)) for _ in range(n_lines))
        for hh, mm, ss in times:
            p = c.ch(members)
            ts = f"{x.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}"
            kind = c.ch(["door", "door", "login", "machine", "login"])
            if kind == "door":
                d.f('{} door=werkstatt badge={} user="{}" result={}\n', ts, c.digits(10), p.n(c.ch(["fl", "l,f"])),
                    c.ch(["granted", "granted", "denied"]))
            elif kind == "login":
                d.f("{} portal login user={} ip={} ua=\"{}\"\n", ts, c.email(p), c.ip(),
                    c.ch(["Firefox/128.0", "Safari/17.4", "Chrome/126.0"]))
            else:
                d.f('{} machine="{}" session_start user="{}" controller={}\n', ts, c.ch(MACHINES[c.lang]),
                    p.n("fl"), c.lan_ip())
        d.t("\n")
        rep = c.ch(members)
        d.add(c.w(["Notiz: Laser lief bis morgens durch, letzte Nutzung laut Liste ", rep.n("f"), "?"],
                  ["Note : la découpe laser a tourné toute la nuit, dernier utilisateur ", rep.n("f"), " ?"],
                  ["Nota: il laser è rimasto acceso tutta la notte, ultimo utente ", rep.n("f"), "?"],
                  ["Note: laser was left on overnight, last user per log ", rep.n("f"), "?"]))
        d.t("\n")
        tasks = {"de": ["Wer war zuletzt am Lasercutter? Werte das Log aus", "fasse das log kurz zusammen"],
                 "fr": ["Qui a utilisé la découpe laser en dernier ? Analyse ce journal"],
                 "it": ["Chi ha usato il laser per ultimo? Analizza questo log"],
                 "en": ["Who used the laser cutter last? Go through this log", "summarise this log"]}
    else:
        people = [c.person() for _ in range(c.ri(4, 6))]
        msgs = []
        nm = c.ch(["f", "fl", "nick"])
        a = c.addr()
        msgs.append((people[0].n(nm), [c.w("dein Halter ist fertig gedruckt, ", "ton support est imprimé, ",
                                           "il tuo supporto è stampato, ", "your bracket's printed, "), "@",
                                       people[1].n("f"), c.w(". Kannst ihn bei mir abholen: ",
                                                             ". Tu peux le récupérer chez moi : ",
                                                             ". Passa a prenderlo da me: ",
                                                             ". Pick it up from mine: "), a.st()]))
        msgs.append((people[1].n(nm), c.w("mega danke!! wie viel Filament war das?", "super merci !! ça fait combien ?",
                                          "grazie mille!! quanto ti devo?", "amazing thanks!! how much do I owe you?")))
        msgs.append((people[0].n(nm), c.w(f"ca. 80 g, also {c.fmt_money(2)} in die Kasse",
                                          f"environ 80 g, donc {c.fmt_money(2)} dans la caisse",
                                          f"circa 80 g, quindi {c.fmt_money(2)} in cassa",
                                          f"about 80g, so {c.fmt_money(2)} in the tin")))
        msgs.append((people[2].n(nm), [c.w("Erinnerung: ", "Rappel : ", "Promemoria: ", "Reminder: "),
                                       people[3].n(c.ch(["fl", "f"])),
                                       c.w(" und ", " et ", " e ", " and "), people[4 % len(people)].n("f"),
                                       c.w(" sind mit dem Beitrag im Rückstand. Vereinskonto: ",
                                           " n'ont pas payé leur cotisation. Compte : ",
                                           " non hanno pagato la quota. Conto: ",
                                           " are behind on subs. Club account: "), c.iban()]))
        msgs.append((c.phone(), [c.w("hab eine neue Mailadresse: ", "nouvelle adresse mail : ", "nuova mail: ",
                                     "new email address: "), c.email(people[3]), " – ", people[3].n("f")]))
        chat(c, d, msgs, c.ch(["plain", "teams", "signal", "android"]))
        tasks = {"de": ["Was muss ich als Kassenwart aus dem Chat mitnehmen?", "Fasse den Chat zusammen"],
                 "fr": ["Que dois-je retenir en tant que trésorier ?", "Résume cette discussion"],
                 "it": ["Cosa devo fare come tesoriere in base a questa chat?", "Riassumi la chat"],
                 "en": ["What do I need to action as treasurer from this chat?", "Summarise this chat"]}
    return frame(c, tasks, d)


# ====================================================================================================================
# Genre 5: medical foot care (podiatry) practices
# ====================================================================================================================

def org_podo(c: Ctx) -> str:
    t = c.home.town
    return c.w(c.dx(f"{c.ch(['Praxis für Podologie', 'Podologie-Praxis am Markt –', 'Podologie & Fußpflege'])} {t}",
                    ch=f"{c.ch(['Podologie-Zentrum', 'Podologie-Praxis'])} {t}",
                    at=f"{c.ch(['Fußpflege & Podologie', 'Podologie-Praxis'])} {t}"),
               f"{c.ch(['Cabinet de podologie de', 'Centre de podologie', 'Podologie'])} {t}",
               f"{c.ch(['Studio Podologico', 'Centro Podologia'])} {t}",
               f"{t} {c.ch(['Foot Clinic', 'Podiatry Centre', 'Foot Health Practice'])}")


def insurer_id(c: Ctx) -> tuple[str, str, str]:
    """(label, insurer, member number) - unlabelled."""
    if c.cc == "DE":
        return "Versicherten-Nr.", c.ch(["AOK Bayern", "TK", "Barmer", "DAK-Gesundheit", "IKK classic"]), \
            f"{c.ch('ABCDEFGHKLMN')}{c.digits(9)}"
    if c.cc == "AT":
        return "Versicherungsnummer", c.ch(["ÖGK", "BVAEB", "SVS"]), f"{c.digits(4, True)} {c.digits(6)}"
    if c.cc == "CH":
        return c.w("Versichertenkarte", "Carte d'assuré", "Tessera assicurato", "Card"), \
            c.ch(["CSS", "Helsana", "SWICA", "Sanitas", "Groupe Mutuel", "Visana"]), f"807560{c.digits(14)}"
    if c.cc == "FR":
        return "N° sécu", c.ch(["CPAM", "MSA", "Mutuelle MGEN"]), \
            f"{c.ch('12')} {c.digits(2)} {c.digits(2)} {c.digits(2)} {c.digits(3)} {c.digits(3)} {c.digits(2)}"
    if c.cc == "IT":
        return "Codice fiscale", c.ch(["ASL Roma 1", "ATS Milano", "AUSL Bologna", "ASL TO3"]), \
            "".join(c.ch(string.ascii_uppercase) for _ in range(6)) + c.digits(2) + c.ch("ABCDEHLMPRST") + \
            c.digits(2) + c.ch("ABCDEFGHLM") + c.digits(3) + c.ch(string.ascii_uppercase)
    if c.cc == "GB":
        return "NHS no.", c.ch(["NHS Bristol ICB", "NHS Greater Manchester"]), \
            f"{c.digits(3, True)} {c.digits(3)} {c.digits(4)}"
    return "Member ID", c.ch(["Medicare", "Blue Cross", "Aetna"]), \
        f"{c.ri(1, 9)}EG{c.ri(1, 9)}-TE{c.ri(1, 9)}-MK{c.digits(2)}"


def g_podo(c: Ctx) -> Doc:
    d = Doc(c.swiss)
    org = org_podo(c)
    v = c.i % 4
    ext = {"DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr", "IT": ".it", "GB": ".co.uk", "US": ".com"}[c.cc]
    dom = dslug(org.replace(" –", ""), 22) + ext
    pod = c.person()
    if v == 0:
        x = c.day()
        d.t(c.w("Hausbesuche", "Visites à domicile", "Visite a domicilio", "Home visits") + " "
            + WEEKDAYS[c.lang][x.weekday()] + " " + c.pdate(x) + " – ")
        d.add(pod.n(c.ch(["f", "fl"])))
        d.t("\n\n")
        n = c.ri(4, 7)
        hh = 8
        aligned = c.chance(0.5)
        for _ in range(n):
            p = c.person(kind=c.ch(["region", "region", "special", "community"]))
            a = c.addr()
            hh += 1
            d.f("{:02d}:{}  ", hh, c.ch(["00", "15", "30", "45"]))
            d.add(p.n(c.ch(["l,f", "L,f", "lf"])))
            d.t("  |  " if aligned else ", ")
            d.add(a.st())
            d.t(", " if not aligned else "  |  ")
            d.add(a.zc())
            d.t(" | " if aligned else ", ")
            d.add(c.phone("land", a.place))
            d.t("\n")
            note = c.r.randrange(5)
            if note == 0:
                nb = c.person()
                d.add(c.w(["      Schlüssel bei Nachbarin ", title(c, nb), nb.n("l"), " (EG links)"],
                          ["      clé chez la voisine, ", title(c, nb), nb.n("l"), " (RDC)"],
                          ["      chiavi dalla vicina, ", title(c, nb), nb.n("l"), " (piano terra)"],
                          ["      key with neighbour ", title(c, nb), nb.n("l"), " (ground floor)"]))
            elif note == 1:
                r = c.relative(p, "f")
                d.add(c.w(["      Tochter ", r.n("f"), " vorher anrufen: ", c.phone()],
                          ["      appeler sa fille ", r.n("f"), " avant : ", c.phone()],
                          ["      chiamare prima la figlia ", r.n("f"), ": ", c.phone()],
                          ["      ring daughter ", r.n("f"), " first: ", c.phone()]))
            elif note == 2:
                d.t(c.w("      Diabetiker, Marcumar! Nagelkorrekturspange re. D1", "      diabétique, anticoagulants",
                        "      diabetico, anticoagulanti", "      diabetic, on warfarin"))
            elif note == 3:
                d.t(c.w(f"      Rezept Nr. {c.digits(7)} läuft ab {c.pdate()}", f"      ordonnance valable jusqu'au "
                        f"{c.pdate()}", f"      impegnativa valida fino al {c.pdate()}",
                        f"      referral expires {c.pdate()}"))
            else:
                d.t(c.w("      Rollstuhl, 2. OG ohne Lift", "      fauteuil roulant, 2e étage sans ascenseur",
                        "      sedia a rotelle, 2° piano senza ascensore", "      wheelchair, 2nd floor no lift"))
            d.t("\n")
        tasks = {"de": ["Optimiere die Reihenfolge der Hausbesuche, ich starte in der Praxis",
                        "Schreib mir für jeden Patienten eine kurze SMS-Erinnerung"],
                 "fr": ["Optimise l'ordre de ces visites, je pars du cabinet",
                        "Rédige un SMS de rappel pour chaque patient"],
                 "it": ["Ottimizza l'ordine delle visite, parto dallo studio",
                        "Scrivi un SMS di promemoria per ogni paziente"],
                 "en": ["Put these home visits into a sensible route, I start at the clinic",
                        "Write a short text reminder for each patient"]}
    elif v == 1:
        p, doc = c.person(), c.person()
        a = c.addr()
        lab_id, ins, num = insurer_id(c)
        d.t(c.w(c.dx("Heilmittelverordnung – Podologische Therapie", ch="Ärztliche Verordnung Podologie",
                     at="Ärztliche Zuweisung – medizinische Fußpflege"),
                "Ordonnance – soins de pédicurie-podologie", "Impegnativa – trattamento podologico",
                "Referral – podiatry") + "\n\n")
        items = [(c.w("Kostenträger", "Organisme", "Ente", "Payer"), ins), (lab_id, num),
                 (c.w("Patient/in", "Patient(e)", "Paziente", "Patient"), p.n(c.ch(["l,f", "fl", "L,f"]))),
                 (c.w("geb.", "Né(e) le", "Nato/a il", "DOB"), c.dob(50, 95)),
                 (lab(c, "addr"), a.line())]
        if c.swiss:
            items.append((lab(c, "ahv"), c.ahv()))
        items += [(c.w("Diagnose", "Diagnostic", "Diagnosi", "Diagnosis"),
                   c.ch(["E11.74 diabetisches Fußsyndrom" if c.lang == "de" else "E11.74", "E11.74",
                         "L60.0 Unguis incarnatus", "M20.1 Hallux valgus"])),
                  (c.w("Behandlungen", "Séances", "Sedute", "Sessions"), str(c.ch([3, 4, 6, 6, 8]))),
                  (c.w("Frequenz", "Fréquence", "Frequenza", "Frequency"), c.w("alle 4–6 Wochen", "toutes les 4 à 6 "
                                                                                "semaines", "ogni 4-6 settimane",
                                                                               "every 4-6 weeks"))]
        form_lines(c, d, items)
        pa = c.addr()
        d.t("\n" + c.w("Praxisstempel:", "Cachet du médecin :", "Timbro del medico:", "GP stamp:") + "\n")
        d.t(c.w("Dr. med. ", "Dr ", "Dott. ", "Dr "))
        d.add(doc.n())
        d.t("\n" + c.w("Allgemeinmedizin", "Médecine générale", "Medicina generale", "General Practice") + "\n")
        d.add(pa.block())
        d.f("\n{} {}", c.w("Tel.", "Tél.", "Tel.", "Tel"), c.phone("office", pa.place))
        d.t(c.w(f"\nBSNR {c.digits(9)}  LANR {c.digits(9)}\n" if c.cc == "DE" else f"\nZSR {c.ch('ABCDEFGHJK')}"
                f"{c.digits(6)}  GLN 7601{c.digits(9)}\n" if c.swiss else "\n",
                f"\nRPPS {c.digits(11)}\n" if not c.swiss else f"\nRCC {c.ch('ABCDEFGHJK')}{c.digits(6)}\n",
                f"\nCod. regionale {c.digits(6)}\n", f"\nGMC {c.digits(7)}\n" if c.cc == "GB" else
                f"\nNPI {c.digits(10)}\n"))
        d.f("{}: {}\n", lab(c, "date"), c.pdate())
        tasks = {"de": ["Ist die Verordnung formal vollständig? Was fehlt?", "Lege einen Patientenstammsatz an"],
                 "fr": ["L'ordonnance est-elle complète ?", "Crée une fiche patient à partir de ceci"],
                 "it": ["L'impegnativa è completa?", "Crea una scheda paziente da questi dati"],
                 "en": ["Is this referral complete? What's missing?", "Create a patient record from this"]}
    elif v == 2:
        p = c.person()
        a, pa = c.addr(), c.addr(c.home)
        d.t(org + "\n")
        d.add(pod.n())
        d.t(c.w(" · Podologin" if pod.gender == "f" else " · Podologe", " · pédicure-podologue",
                " · podologa" if pod.gender == "f" else " · podologo",
                " · HCPC-registered podiatrist" if c.cc == "GB" else ", DPM") + "\n")
        d.add(pa.line())
        d.f("\n{} · {}\n\n", c.phone("office", c.home), c.email(pod, dom))
        d.add(p.n(c.ch(["fl", "fl", "FL"])))
        d.t("\n")
        d.add(a.block())
        inv = f"{c.year}-{c.digits(4)}"
        d.t(f"\n\n{c.w('Rechnung', 'Facture', 'Fattura', 'Invoice')} {inv} – {c.pdate()}\n")
        if c.swiss:
            d.t(lab(c, "ahv") + " ")
            d.add(c.ahv())
            d.t(f"   {c.w('Patient', 'Patient', 'Paziente', 'Patient')} {c.w('geb.', 'né(e) le', 'nato/a', 'born')} ")
            d.add(c.dob(40, 95))
            d.t("\n")
        d.t("\n")
        items = c.sample(c.w(["Podologische Komplexbehandlung", "Nagelkorrekturspange", "Hühneraugenentfernung",
                              "Hausbesuchspauschale", "Druckschutz-Orthese"],
                             ["Soin de pédicurie", "Orthonyxie", "Ablation de cor", "Frais de déplacement"],
                             ["Trattamento podologico", "Ortonixia", "Rimozione callo", "Visita a domicilio"],
                             ["Routine nail care", "Nail brace", "Corn removal", "Home visit fee", "Orthotic"]), 3)
        total = 0.0
        rows = []
        for it in items:
            q, price = c.ri(1, 2), round(c.r.uniform(15, 90) * 2) / 2
            total += q * price
            rows.append([it, str(q), c.fmt_money(q * price)])
        table(c, d, [c.w("Leistung", "Prestation", "Prestazione", "Treatment"), c.w("Anz.", "Qté", "Q.tà", "Qty"),
                     c.w("Betrag", "Montant", "Importo", "Amount")], rows, c.ch(["fixed", "md", "pipe"]))
        d.t(f"\n{c.w('Gesamt', 'Total', 'Totale', 'Total')}: {c.fmt_money(total)}\n")
        if c.chance(0.5):
            d.t(c.w("Fragen zur Abrechnung: ", "Questions de facturation : ", "Domande sulla fattura: ",
                    "Billing queries: ") + c.hotline() + "\n")
        d.t(c.w("Zahlbar innert 30 Tagen auf ", "Payable sous 30 jours sur ", "Pagabile entro 30 giorni su ",
                "Payable within 30 days to ") if c.cc != "US" else "Paid by card ")
        if c.cc == "US":
            d.t(c.masked_card())
        else:
            d.add(c.iban())
        d.t("\n")
        tasks = {"de": ["Kann ich diese Rechnung bei der Krankenkasse einreichen? Was brauche ich noch?",
                        "Erkläre mir die Positionen"],
                 "fr": ["Puis-je envoyer cette facture à ma mutuelle ?", "Explique-moi les postes de la facture"],
                 "it": ["Posso detrarre questa fattura?", "Spiegami le voci della fattura"],
                 "en": ["Can I claim this back on my health plan?", "Explain the items on this invoice"]}
    else:
        mom = c.person("f", kind=c.ch(["region", "special", "community"]))
        dau = c.relative(mom, "f", same_last=c.chance(0.5))
        dmail = c.email(dau)
        a = c.addr()
        mail_head(c, d, who(pod.n(), c.email(pod, dom)), who(dau.n(), dmail),
                  c.w("AW: Termin für meine Mutter", "RE: Rendez-vous pour ma mère", "R: Appuntamento per mia madre",
                      "RE: Appointment for my mum"))
        d.add(greet(c, dau))
        d.t(c.w(f"gern komme ich am {c.pdate()} um {c.time()} zu Ihrer Mutter nach Hause. ",
                f"je passerai volontiers chez votre mère le {c.pdate()} à {c.time()}. ",
                f"passerò volentieri da sua madre il {c.pdate()} alle {c.time()}. ",
                f"I can visit your mum at home on {c.pdate()} at {c.time()}. "))
        d.t(c.w("Bitte halten Sie die Verordnung bereit.\n\n", "Merci de préparer l'ordonnance.\n\n",
                "Tenga pronta l'impegnativa.\n\n", "Please have the referral ready.\n\n") + bye(c))
        sig(c, d, pod, "", org, c.addr(c.home), c.phone("office", c.home))
        d.t("\n")
        q = Doc(c.swiss)
        q.add(greet(c))
        q.add(c.w(["ich möchte einen Hausbesuch für meine Mutter ", mom.n(), " vereinbaren (geb. ",
                   c.dob(70, 96), "). Sie wohnt in der ", a.st(), ", ", a.zc(), " und ist seit der Hüft-OP nicht mehr "
                   "mobil. Telefon bei ihr: ", c.phone("land", a.place), ", ich bin unter ", c.phone(),
                   " erreichbar.\n\n"],
                  ["je souhaite un rendez-vous à domicile pour ma mère, ", mom.n(), " (née le ", c.dob(70, 96),
                   "). Elle habite ", a.st(), ", ", a.zc(), ". Son téléphone : ", c.phone("land", a.place),
                   ", le mien : ", c.phone(), ".\n\n"],
                  ["vorrei una visita a domicilio per mia madre ", mom.n(), " (nata il ", c.dob(70, 96),
                   "). Abita in ", a.st(), ", ", a.zc(), ". Telefono di casa: ", c.phone("land", a.place),
                   ", il mio cellulare: ", c.phone(), ".\n\n"],
                  ["I'd like to book a home visit for my mother, ", mom.n(), " (DOB ", c.dob(70, 96),
                   "). She lives at ", a.st(), ", ", a.zc(), ". Her landline is ", c.phone("land", a.place),
                   " and I'm on ", c.phone(), ".\n\n"]))
        q.f("{}\n{}\n", bye(c).strip(), dau.n())
        quote_intro(c, d, dau.n(), dmail)
        d.quote(q)
        tasks = {"de": ["Trag den Termin mit allen Angaben in meinen Kalender ein (als Text)",
                        "Schreib eine kurze Terminbestätigung per SMS an die Tochter"],
                 "fr": ["Prépare une entrée d'agenda avec toutes les infos", "Écris un SMS de confirmation à la fille"],
                 "it": ["Preparami la voce di calendario con tutti i dati", "Scrivi un SMS di conferma alla figlia"],
                 "en": ["Turn this into a calendar entry with all the details",
                        "Write a short confirmation text to the daughter"]}
    return frame(c, tasks, d)


# ====================================================================================================================
# Genre 6: children's speech and language therapy
# ====================================================================================================================

def org_speech(c: Ctx) -> str:
    t = c.home.town
    return c.w(c.dx(f"{c.ch(['Praxis für Logopädie', 'Logopädie am Park –', 'Sprachtherapie-Zentrum'])} {t}",
                    ch=f"{c.ch(['Logopädischer Dienst', 'Praxis für Logopädie'])} {t}",
                    at=f"{c.ch(['Logopädie-Praxis', 'Ambulatorium für Logopädie'])} {t}"),
               f"{c.ch(['Cabinet d’orthophonie de', 'Orthophonie'] if not c.swiss else ['Service de logopédie de'])} "
               f"{t}",
               f"{c.ch(['Studio di logopedia', 'Centro logopedico'] if not c.swiss else ['Servizio di logopedia'])} "
               f"{t}",
               f"{t} {c.ch(['Speech & Language Clinic', 'Children’s Speech Therapy', 'Speech Therapy Associates'])}")


def g_speech(c: Ctx) -> Doc:
    d = Doc(c.swiss)
    org = org_speech(c)
    v = c.i % 4
    ext = {"DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr", "IT": ".it", "GB": ".co.uk", "US": ".com"}[c.cc]
    dom = dslug(org.replace(" –", ""), 22) + ext
    ther = c.person("f" if c.chance(0.8) else "m")
    child = c.person()
    mom = c.relative(child, "f", same_last=c.chance(0.75))
    dad = c.relative(child, "m", same_last=True)
    kita = c.w(c.ch(["Kita Regenbogen", "Kindergarten St. Martin", "Kita Pusteblume", "Grundschule am Wall"]),
               c.ch(["École maternelle Jules Ferry", "Crèche Les Lutins", "École du Centre"]),
               c.ch(["Scuola dell'infanzia Arcobaleno", "Asilo Girotondo", "Scuola primaria Manzoni"]),
               c.ch(["Little Acorns Nursery", "St Mary's Primary", "Sunshine Preschool"]))
    if v == 0:
        a = c.addr()
        dr = c.person()
        d.t(c.w("ANAMNESEBOGEN", "FICHE D'ANAMNÈSE", "SCHEDA ANAMNESTICA", "CASE HISTORY FORM") + f" – {org}\n\n")
        items = [(c.w("Kind", "Enfant", "Bambino/a", "Child"), child.n(c.ch(["fl", "l,f"]))),
                 (lab(c, "dob"), c.dob(3, 10)),
                 (c.w("Kita/Schule", "École", "Scuola", "Nursery/School"), kita)]
        if c.swiss:
            items.append((c.w("AHV-Nr. (IV)", "N° AVS (AI)", "N. AVS (AI)", "AHV"), c.ahv()))
        items += [(c.w("Mutter", "Mère", "Madre", "Mother"), mom.n()), (lab(c, "mobile") + " 1", c.phone()),
                  (lab(c, "email"), c.email(mom)), (c.w("Vater", "Père", "Padre", "Father"), dad.n()),
                  (lab(c, "mobile") + " 2", c.phone() if c.chance(0.8) else "-"), (lab(c, "street"), a.st()),
                  (lab(c, "zipcity"), a.zc()),
                  (c.w("Kinderarzt", "Pédiatre", "Pediatra", "GP / paediatrician"),
                   [c.w("Dr. ", "Dr ", "Dott.ssa " if dr.gender == "f" else "Dott. ", "Dr "), dr.n(), ", ",
                    c.phone("office")]),
                  (c.w("Sprachen zu Hause", "Langues à la maison", "Lingue a casa", "Languages at home"),
                   c.ch(c.w(["Deutsch", "Deutsch, Türkisch", "Deutsch, Albanisch", "Deutsch, Arabisch"],
                            ["français", "français, portugais", "français, arabe"], ["italiano", "italiano, albanese"],
                            ["English", "English, Polish", "English, Urdu", "English, Spanish"])))]
        form_lines(c, d, items)
        sib = c.relative(child)
        d.t("\n" + c.w("Geschwister: ", "Frères et sœurs : ", "Fratelli: ", "Siblings: "))
        d.add(sib.n("f"))
        d.t(f" ({c.ri(1, 12)} {c.w('J.', 'ans', 'anni', 'yrs')})\n")
        d.t(c.w("Anliegen: spricht wenig, Laute /k/ und /g/ werden ersetzt, Kita empfiehlt Abklärung.\n",
                "Motif : peu de langage, substitue /k/ et /g/, l'école conseille un bilan.\n",
                "Motivo: parla poco, sostituisce /k/ e /g/, la scuola consiglia una valutazione.\n",
                "Concern: limited speech, fronting /k/ and /g/, nursery suggested an assessment.\n"))
        tasks = {"de": ["Fasse die Anamnese in 5 Sätzen für die Akte zusammen", "Was sollte ich beim Erstgespräch "
                        "noch fragen?"],
                 "fr": ["Résume cette anamnèse en 5 phrases",
                        "Que devrais-je encore demander au premier rendez-vous ?"],
                 "it": ["Riassumi l'anamnesi in 5 frasi", "Cosa dovrei chiedere ancora al primo colloquio?"],
                 "en": ["Summarise this case history in 5 sentences for the file",
                        "What else should I ask at the first appointment?"]}
    elif v == 1:
        dr = c.person()
        pa = c.addr()
        d.t(org + "\n")
        d.add(c.addr(c.home).line())
        d.f("\n{}\n\n", c.phone("office", c.home))
        d.t(c.w("Frau Dr. med. " if dr.gender == "f" else "Herrn Dr. med. ", "Docteur ", "Egr. Dott. ", "Dr "))
        d.add(dr.n())
        d.t("\n" + c.w("Kinder- und Jugendmedizin", "Pédiatrie", "Pediatria",
                       "Paediatrics" if c.cc == "GB" else "Pediatrics") + "\n")
        d.add(pa.block())
        d.t("\n\n" + c.w("Therapiebericht", "Compte rendu de bilan", "Relazione logopedica", "Therapy report") + ": ")
        d.add(child.n())
        d.t(c.w(", geb. ", ", né(e) le ", ", nato/a il ", ", DOB "))
        d.add(c.dob(3, 11))
        d.t("\n\n")
        d.add(greet(c, dr))
        d.add(c.w([child.n("f"), " wurde seit ", c.pdate(), " in ", str(c.ri(8, 20)), " Einheiten behandelt. ",
                   "Die Aussprache hat sich deutlich verbessert; /k/ wird im Anlaut sicher gebildet. Die Eltern (",
                   mom.n("f"), " und ", dad.n("f"), ") üben zu Hause regelmäßig. Wir empfehlen eine "
                   "Folgeverordnung über 10 Einheiten.\n\n"],
                  [child.n("f"), " est suivi(e) depuis le ", c.pdate(), " (", str(c.ri(8, 20)), " séances). ",
                   "L'articulation s'est nettement améliorée. Les parents (", mom.n("f"), " et ", dad.n("f"),
                   ") s'entraînent régulièrement à la maison. Nous recommandons 10 séances supplémentaires.\n\n"],
                  [child.n("f"), " è seguito/a dal ", c.pdate(), " (", str(c.ri(8, 20)), " sedute). ",
                   "L'articolazione è molto migliorata. I genitori (", mom.n("f"), " e ", dad.n("f"),
                   ") si esercitano a casa. Consigliamo altre 10 sedute.\n\n"],
                  [child.n("f"), " has been seen since ", c.pdate(), " (", str(c.ri(8, 20)), " sessions). ",
                   "Speech sounds have improved markedly. Parents (", mom.n("f"), " and ", dad.n("f"),
                   ") practise at home." if c.cc == "GB" else ") practice at home.",
                   " We recommend a further block of 10 sessions.\n\n"]))
        d.t(bye(c))
        sig(c, d, ther, c.w("Logopädin" if ther.gender == "f" else "Logopäde", "Orthophoniste", "Logopedista",
                             "Speech and Language Therapist"), "", None, None, c.email(ther, dom))
        if c.chance(0.5):
            d.t(c.w("\nKopie: Eltern", "\nCopie : parents", "\nCopia: genitori", "\ncc: parents"))
        d.t("\n")
        tasks = {"de": ["Vereinfache den Bericht so, dass ihn die Eltern verstehen", "Übersetze den Bericht ins "
                        "Englische"],
                 "fr": ["Simplifie ce compte rendu pour les parents", "Traduis ce compte rendu en allemand"],
                 "it": ["Semplifica la relazione per i genitori", "Traduci la relazione in tedesco"],
                 "en": ["Rewrite this report in plain language for the parents", "Translate this into German"]}
    elif v == 2:
        kids = [c.person() for _ in range(c.ri(5, 8))]
        hdr = [lab(c, "date"), c.w("Zeit", "Heure", "Ora", "Time"), c.w("Kind", "Enfant", "Bambino", "Child"),
               c.w("Elternteil", "Parent", "Genitore", "Parent"), lab(c, "phone"),
               c.w("Raum", "Salle", "Stanza", "Room"), "Status"]
        rows = []
        for k in kids:
            par = c.relative(k, c.ch(["f", "m", "f"]), same_last=c.chance(0.8))
            rows.append([c.pdate(c.day()), c.time(), k.n(c.ch(["fl", "l,f"])), par.n(c.ch(["fl", "i.l"])),
                         c.phone(), c.ch(["1", "2", "3", "Spielzimmer" if c.lang == "de" else "A"]),
                         c.ch(c.w(["ok", "ok", "abgesagt", "verschoben"], ["ok", "ok", "annulé"], ["ok", "ok",
                                                                                                 "annullato"],
                                  ["ok", "ok", "cancelled", "DNA"]))])
        d.t(f"{org} – {c.w('Termine', 'Rendez-vous', 'Appuntamenti', 'Appointments')} "
            f"{c.w('KW', 'semaine', 'settimana', 'week')} {c.ri(2, 50)} – ")
        d.add(ther.n("i.l"))
        d.t("\n")
        table(c, d, hdr, rows, c.ch(["csv", "ssv", "tsv"]))
        tasks = {"de": ["Welche Termine sind ausgefallen? Schreib den Eltern eine SMS für einen Ersatztermin",
                        "Erstelle daraus einen Wochenplan"],
                 "fr": ["Quels rendez-vous ont été annulés ? Propose un SMS aux parents"],
                 "it": ["Quali appuntamenti sono saltati? Prepara un SMS per i genitori"],
                 "en": ["Which sessions were cancelled? Draft a text to those parents", "Make a weekly plan from this"]}
    else:
        teacher = c.person()
        mmail = c.email(mom)
        sib = c.relative(child, "m")
        mail_head(c, d, who(mom.n(), mmail), who(ther.n(), c.email(ther, dom)),
                  c.w(["Termin ", child.n("f"), " nächste Woche"], ["Rendez-vous de ", child.n("f")],
                      ["Appuntamento di ", child.n("f")], [child.n("f"), "'s session next week"]))
        d.add(greet(c, ther, formal=c.chance(0.6)))
        d.add(c.w([child.n("f"), " hat am Dienstag Wandertag, ", title(c, teacher), teacher.n("l"),
                   " (Klassenlehrerin) hat Bescheid gesagt. Können wir auf Donnerstag 15 Uhr tauschen? Dann würde ",
                   "ihr Bruder " if child.gender == "f" else "sein Bruder ", sib.n("f"),
                   " sie bringen, er ist unter " if child.gender == "f" else " ihn bringen, er ist unter ",
                   c.phone(), " erreichbar.\n\n"],
                  [child.n("f"), " a une sortie scolaire mardi (", title(c, teacher), teacher.n("l"),
                   " nous a prévenus). Pourrait-on décaler à jeudi 15h ? Son frère ", sib.n("f"),
                   " l'accompagnera, joignable au ", c.phone(), ".\n\n"],
                  [child.n("f"), " martedì ha la gita scolastica (ce l'ha detto la maestra ", teacher.n("l"),
                   "). Possiamo spostare a giovedì alle 15? Lo/la accompagna il fratello ", sib.n("f"), ", ",
                   c.phone(), ".\n\n"],
                  [child.n("f"), " has a school trip on Tuesday (", title(c, teacher), teacher.n("l"),
                   " let us know). Could we move to Thursday at 3? Big brother ", sib.n("f"),
                   " will bring them, he's on ", c.phone(), ".\n\n"]))
        d.f("{}\n{}\n\n", bye(c).strip(), mom.n(c.ch(["f", "fl"])))
        q = Doc(c.swiss)
        q.add(c.w(["Liebe Eltern,\nbitte denken Sie an die Übungskarten. Neue Hausaufgaben für ", child.n("f"),
                   " gebe ich am Donnerstag mit.\n", ther.n(c.ch(["fl", "i.l"]))],
                  ["Chers parents,\npensez aux cartes d'exercices. ", ther.n(c.ch(["fl", "i.l"]))],
                  ["Cari genitori,\nricordatevi le schede di esercizi. ", ther.n(c.ch(["fl", "i.l"]))],
                  ["Dear parents,\nplease remember the practice cards. ", ther.n(c.ch(["fl", "i.l"]))]))
        q.t("\n")
        quote_intro(c, d, ther.n(), c.email(ther, dom))
        d.quote(q)
        tasks = {"de": ["Formuliere eine kurze Antwort: Donnerstag 15 Uhr passt", "Wie antworte ich am besten?"],
                 "fr": ["Rédige une réponse courte : jeudi 15h, c'est bon"],
                 "it": ["Scrivi una risposta breve: giovedì alle 15 va bene"],
                 "en": ["Draft a short reply: Thursday at 3 works", "How should I reply?"]}
    return frame(c, tasks, d)


# ====================================================================================================================
# Genre 7: racing pigeon clubs
# ====================================================================================================================

def org_pigeon(c: Ctx) -> str:
    t = c.home.town
    return c.w(c.dx(f"{c.ch(['Brieftaubenzuchtverein', 'Reisevereinigung', 'Brieftaubenverein „Heimatliebe“'])} {t}",
                    ch=f"Brieftaubenverein {t}", at=f"{c.ch(['Brieftaubenzüchterverein', 'Brieftaubenverein'])} {t}"),
               f"{c.ch(['Société colombophile de', 'Union colombophile de', 'Les Ailes de'])} {t}",
               f"{c.ch(['Gruppo Colombofilo', 'Associazione Colombofila', 'Società Colombofila'])} {t}",
               f"{t} {c.ch(['Flying Club', 'Racing Pigeon Club', 'Homing Society', 'Combine'])}")


def ring(c: Ctx) -> str:
    yy = c.ri(18, 25)
    return {"DE": f"DV {c.digits(5)}-{yy}-{c.ri(1, 999)}", "AT": f"AUT {c.digits(3)}-{yy}-{c.digits(4)}",
            "CH": f"CH {yy}-{c.digits(4)}-{c.digits(3)}", "FR": f"FR 20{yy}-{c.digits(7)}",
            "IT": f"ITA {yy}-{c.digits(6)}", "GB": f"GB{yy}{c.ch('ABCDEFGHKLMN')}{c.digits(5)}",
            "US": f"AU 20{yy} {c.ch(['ARPU', 'IF', 'CU'])} {c.digits(3)}"}[c.cc]


def coords(c: Ctx) -> str:
    lat, lon = c.ri(43, 55), c.ri(1, 16)
    return f"N {lat}°{c.ri(0, 59):02d}'{c.ri(0, 59):02d}.{c.ri(0, 9)}\" E {lon:03d}°{c.ri(0, 59):02d}'" \
           f"{c.ri(0, 59):02d}.{c.ri(0, 9)}\""


def g_pigeon(c: Ctx) -> Doc:
    d = Doc(c.swiss)
    org = org_pigeon(c)
    v = c.i % 4
    if v == 0:
        members = [c.person(kind=c.ch(["region", "region", "special", "community"])) for _ in range(c.ri(4, 7))]
        d.t(c.w("Schlagliste", "Liste des colombiers", "Elenco colombaie", "Loft register") + f" {org} {c.year}\n")
        hdr = [lab(c, "member"), lab(c, "name"), lab(c, "street"), lab(c, "zipcity"), lab(c, "phone"),
               c.w("Koordinaten", "Coordonnées", "Coordinate", "Loft position")]
        rows = []
        for p in members:
            a = c.addr()
            rows.append([c.digits(4), p.n(c.ch(["l,f", "L,f", "fl"])), a.st(), a.zc(), c.phone("land", a.place),
                         coords(c)])
        table(c, d, hdr, rows, c.ch(["csv", "ssv", "tsv", "md"]))
        if c.chance(0.5):
            sg = c.ch(members)
            d.t("\n" + c.w("Schlag neu vermessen: ", "Colombier remesuré : ", "Colombaia rimisurata: ",
                           "Loft re-measured: "))
            d.add(sg.n("l"))
            d.t(f" ({c.pdate()})\n")
        tasks = {"de": ["Sortiere die Schläge nach Entfernung zum Auflassort Karlsruhe (ungefähr reicht)",
                        "Mach eine Telefonliste daraus"],
                 "fr": ["Classe les colombiers par distance au lâcher d'Orléans (approximativement)",
                        "Fais-en une liste téléphonique"],
                 "it": ["Ordina le colombaie per distanza dal lancio di Foggia (anche approssimativo)"],
                 "en": ["Rank these lofts by rough distance from the Newbury liberation site",
                        "Make a phone list out of this"]}
    elif v == 1:
        members = [c.person() for _ in range(c.ri(6, 9))]
        dist = c.ri(180, 690)
        d.t(f"{org} – {c.w('Preisliste Flug', 'Résultats concours', 'Classifica gara', 'Race result')} "
            f"{c.ch(['Karlsruhe', 'Orléans', 'Foggia', 'Newbury', 'Chimay', 'Ancona', 'Lille'])} "
            f"{c.pdate()} – {c.w('Auflass', 'lâcher', 'lancio', 'liberation')} 07:15\n\n")
        speeds = sorted((c.ri(980, 1620) + c.r.random() for _ in members), reverse=True)
        hdr = [c.w("Pl.", "Pl.", "Pos.", "Pos"), lab(c, "name"), c.w("Ring", "Bague", "Anello", "Ring"),
               c.w("Ankunft", "Constatation", "Arrivo", "Clocked"), "km", c.w("m/min", "m/min", "m/min", "ypm")]
        rows = []
        st = c.ch(["l,f", "LF", "fl", "l"])
        for k, (p, sp) in enumerate(zip(members, speeds, strict=True)):
            rows.append([str(k + 1), p.n(st), ring(c), f"{c.ri(11, 16)}:{c.ri(0, 59):02d}:{c.ri(0, 59):02d}",
                         str(dist), f"{sp:.3f}".replace(".", "," if c.lang != "en" else ".")])
        table(c, d, hdr, rows, "fixed")
        win = members[0]
        d.t("\n" + c.w("Herzlichen Glückwunsch an ", "Félicitations à ", "Complimenti a ", "Congratulations to "))
        d.add(win.n(c.ch(["fl", "f"])))
        d.t(c.w(" zum Tagessieg!\n", " pour la victoire !\n", " per la vittoria!\n", " on the win!\n"))
        tasks = {"de": ["Schreib einen kurzen Bericht für die Vereinszeitung", "Berechne den Abstand zum Sieger"],
                 "fr": ["Rédige un court article pour le bulletin du club"],
                 "it": ["Scrivi un breve articolo per il notiziario"],
                 "en": ["Write a short report for the club newsletter", "Work out the gap to the winner"]}
    elif v == 2:
        p = c.person()
        a = c.addr()
        d.t(c.w("Aufnahmeantrag / Vereinswechsel", "Demande d'adhésion / mutation", "Domanda di iscrizione / "
                "trasferimento", "Membership / transfer application") + f" – {org}\n\n")
        items = [(lab(c, "name"), p.n(c.ch(["fl", "l,f"]))), (lab(c, "dob"), c.dob(16, 85)),
                 (lab(c, "addr"), a.line()), (lab(c, "phone"), c.phone("land", a.place)),
                 (lab(c, "mobile"), c.phone()), (lab(c, "email"), c.email(p) if c.chance(0.7) else "-"),
                 (c.w("bisheriger Verein", "Ancienne société", "Società precedente", "Previous club"),
                  c.ch(["-", org_pigeon(c)])),
                 (c.w("Züchternummer", "N° d'éleveur", "N. allevatore", "Fancier no."), c.digits(6)),
                 (c.w("Beitrag per Lastschrift von", "Cotisation prélevée sur", "Quota addebitata su",
                      "Subs by direct debit from"), c.iban())]
        form_lines(c, d, items)
        sp = c.person()
        d.t("\n" + c.w("Pate/Bürge: ", "Parrain : ", "Garante: ", "Proposed by: "))
        d.add(sp.n())
        d.t(f"\n{lab(c, 'date')}: {c.pdate()}\n")
        tasks = {"de": ["Prüfe den Antrag und schreib eine Willkommensmail", "Was fehlt noch?"],
                 "fr": ["Vérifie la demande et rédige un mail de bienvenue"],
                 "it": ["Controlla la domanda e scrivi una mail di benvenuto"],
                 "en": ["Check the application and draft a welcome email", "Anything missing?"]}
    else:
        people = [c.person() for _ in range(c.ri(4, 6))]
        pub = c.w(c.ch(["Gasthaus Zur Post", "Vereinslokal Krone", "Gasthof Hirschen"]),
                  c.ch(["Café du Commerce", "Bar des Sports"]), c.ch(["Bar Sport", "Trattoria del Ponte"]),
                  c.ch(["The Red Lion", "The Crown"]))
        truck = c.ch(people)
        a = c.addr()
        msgs = [(people[0].n(c.ch(["f", "fl"])), c.w(f"Einsetzen Freitag ab 18 Uhr im {pub}", f"Enlogement vendredi "
                                                     f"dès 18h au {pub}", f"Ingabbio venerdì dalle 18 al {pub}",
                                                     f"Basketing Friday from 6pm at {pub}")),
                (c.phone(), [c.w("Transporter holt die Körbe bei ", "le camion prend les paniers chez ",
                                 "il furgone ritira i cesti da ", "transporter collects baskets from "),
                             truck.n(c.ch(["fl", "l"])), ", ", a.st()]),
                (people[1].n("f"), c.w("ich bringe 14 Jährige + 6 Alte", "j'amène 14 jeunes + 6 vieux",
                                       "porto 14 giovani + 6 adulti", "bringing 14 young birds + 6 old")),
                (people[2].n("f"), [c.w("ring ", "bague ", "anello ", "ring "), ring(c),
                                    c.w(" ist bei mir gelandet, gehört wem? Tel. ", " est chez moi, à qui ? tél. ",
                                        " è atterrato da me, di chi è? tel. ", " landed at mine, whose is it? "),
                                    c.phone()]),
                (people[3].n("f"), [c.w("ist von ", "c'est à ", "è di ", "that's "), people[1].n(c.ch(["f", "l"])),
                                    c.w(", ich sag ihm Bescheid", ", je le préviens", ", lo avviso",
                                        ", I'll let him know")])]
        chat(c, d, msgs)
        tasks = {"de": ["Fasse zusammen, was bis Freitag zu tun ist", "Schreib eine Erinnerung für die Gruppe"],
                 "fr": ["Résume ce qu'il faut faire d'ici vendredi"],
                 "it": ["Riassumi cosa c'è da fare entro venerdì"],
                 "en": ["Summarise what needs doing before Friday", "Write a reminder for the group"]}
    return frame(c, tasks, d)


# ====================================================================================================================
# Genre 8: care-home waiting lists
# ====================================================================================================================

def org_care(c: Ctx) -> str:
    t = c.home.town
    return c.w(c.dx(c.ch([f"Seniorenzentrum Am Lindenpark {t}", "Pflegeheim St. Elisabeth", "Haus Sonnenhof",
                          f"Evangelisches Altenheim {t}"]),
                    ch=c.ch([f"Alterszentrum {t}", "Pflegezentrum Lindenhof", f"Wohn- und Pflegeheim {t}"]),
                    at=c.ch([f"Pensionistenwohnhaus {t}", f"Seniorenresidenz {t}", "Pflegeheim St. Josef"])),
               c.ch(["EMS Les Pervenches", f"EMS de {t}", "EMS La Rozavère"]) if c.swiss else
               c.ch(["EHPAD Les Tilleuls", "EHPAD Résidence du Parc", f"EHPAD de {t}"]),
               c.ch([f"Casa anziani {t}", "Casa per anziani Santa Lucia"]) if c.swiss else
               c.ch(["RSA Villa Serena", "Casa di Riposo San Giuseppe", f"RSA {t}"]),
               c.ch(["Rosewood House Care Home", f"{t} Nursing Home", "Beech Lodge"]) if c.cc == "GB" else
               c.ch(["Maplewood Senior Living", f"{t} Assisted Living", "Cedar Grove Care Center"]))


def care_level(c: Ctx) -> str:
    return {"DE": f"Pflegegrad {c.ri(2, 5)}", "AT": f"Pflegegeld Stufe {c.ri(2, 7)}",
            "CH": f"{c.ch(['BESA', 'RAI'])}-Stufe {c.ri(3, 10)}", "FR": f"GIR {c.ri(1, 4)}",
            "IT": f"punteggio UVG {c.ri(12, 28)}", "GB": c.ch(["CHC funding applied", "self-funding"]),
            "US": c.ch(["Medicaid pending", "private pay"])}[c.cc]


def g_care(c: Ctx) -> Doc:
    d = Doc(c.swiss)
    org = org_care(c)
    v = c.i % 4
    ext = {"DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr", "IT": ".it", "GB": ".co.uk", "US": ".com"}[c.cc]
    dom = dslug(org, 22) + ext
    if v == 0:
        p = c.person(kind=c.ch(["region", "region", "special", "community"]))
        kin = c.relative(p, c.ch(["f", "m"]), same_last=c.chance(0.6))
        gp = c.person()
        a, ka = c.addr(), c.addr()
        lab_id, ins, num = insurer_id(c)
        d.t(c.w("Anmeldung für einen Heimplatz", "Demande d'admission", "Domanda di ammissione",
                "Application for a care home place") + f" – {org}\n\n")
        d.t("1. " + c.w("Bewerber/in", "Résident(e)", "Richiedente", "Applicant") + "\n")
        items = [(lab(c, "name"), p.n(c.ch(["l,f", "fl", "L,f"]))), (lab(c, "dob"), c.dob(68, 99)),
                 (lab(c, "street"), a.st()), (lab(c, "zipcity"), a.zc()), (lab(c, "phone"), c.phone("land", a.place))]
        if c.swiss:
            items.append((lab(c, "ahv"), c.ahv()))
        items += [(c.w("Krankenkasse", "Caisse", "Cassa malati", "Insurer"), ins), (lab_id, num),
                  (c.w("Pflegestufe", "Niveau de soins", "Livello di cura", "Care needs"), care_level(c)),
                  (c.w("Hausarzt", "Médecin traitant", "Medico curante", "GP"),
                   [c.w("Dr. ", "Dr ", "Dott. ", "Dr "), gp.n(), ", ", c.phone("office")])]
        form_lines(c, d, items)
        d.t("\n2. " + c.w("Bezugsperson", "Personne de référence", "Persona di riferimento", "Next of kin") + "\n")
        rel = c.w("Tochter" if kin.gender == "f" else "Sohn", "fille" if kin.gender == "f" else "fils",
                  "figlia" if kin.gender == "f" else "figlio", "daughter" if kin.gender == "f" else "son")
        form_lines(c, d, [(lab(c, "name"), [kin.n(), f" ({rel})"]), (lab(c, "addr"), ka.line()),
                          (lab(c, "mobile"), c.phone()), (lab(c, "email"), c.email(kin))])
        if c.chance(0.5):
            bt = c.person()
            d.t("\n3. " + c.w("Gesetzliche Betreuung", "Mesure de protection (curatelle)", "Amministratore di sostegno",
                              "Lasting power of attorney") + ": ")
            d.add(bt.n())
            d.f(", {}\n", c.phone("office"))
        d.t("\n" + c.w("Zimmerwunsch: Einzelzimmer, Wohnbereich ", "Souhait : chambre individuelle, unité ",
                       "Preferenza: camera singola, nucleo ", "Preference: single room, unit ") + str(c.ri(1, 4))
            + "\n")
        tasks = {"de": ["Fasse die Anmeldung für die Heimleitung zusammen", "Welche Unterlagen fehlen noch?"],
                 "fr": ["Résume ce dossier pour la direction", "Quels documents manquent ?"],
                 "it": ["Riassumi la domanda per la direzione", "Quali documenti mancano?"],
                 "en": ["Summarise this application for the manager", "Which documents are still missing?"]}
    elif v == 1:
        d.t(c.w("Warteliste", "Liste d'attente", "Lista d'attesa", "Waiting list") + f" {org} – "
            f"{c.w('Stand', 'au', 'al', 'as of')} {c.pdate()}\n\n")
        hdr = [c.w("Anmeldung", "Inscrit le", "Iscrizione", "Added"), lab(c, "name"), lab(c, "dob"),
               c.w("derzeit", "actuellement", "attualmente", "currently"),
               c.w("Kontakt", "Contact", "Contatto", "Contact"), lab(c, "phone"), c.w("Prio", "Prio", "Prio", "Prio")]
        rows = []
        for _ in range(c.ri(5, 8)):
            p = c.person(kind=c.ch(["region", "region", "special", "community"]))
            kin = c.relative(p, same_last=c.chance(0.6))
            rows.append([c.pdate(), p.n(c.ch(["l,f", "fl"])), c.dob(65, 99),
                         c.ch(c.w(["zu Hause", "Kurzzeitpflege", "Klinikum, Stat. 4B", "Reha"],
                                  ["à domicile", "court séjour", "hôpital", "SSR"], ["a casa", "ospedale", "RSA"],
                                  ["at home", "hospital ward 7", "respite"])),
                         kin.n(c.ch(["fl", "i.l"])), c.phone(), c.ch(["A", "B", "B", "C"])])
        table(c, d, hdr, rows, c.ch(["tsv", "md", "fixed", "ssv"]))
        tasks = {"de": ["Sortiere die Warteliste nach Priorität und Anmeldedatum", "Wer ist über 90?"],
                 "fr": ["Trie la liste par priorité puis par date", "Qui a plus de 90 ans ?"],
                 "it": ["Ordina la lista per priorità e data", "Chi ha più di 90 anni?"],
                 "en": ["Sort the list by priority then date added", "Who is over 90?"]}
    elif v == 2:
        p = c.person("m")
        kin = c.relative(p, c.ch(["f", "m"]), same_last=c.chance(0.5))
        adm = c.person()
        kmail = c.email(kin)
        amail = c.email(adm, dom)
        mail_head(c, d, who(kin.n(), kmail), who(adm.n(), amail),
                  [c.w("Warteliste – ", "Liste d'attente – ", "Lista d'attesa – ", "Waiting list – "), p.n()])
        d.add(greet(c, adm, formal=True))
        d.add(c.w(["ich wollte nachfragen, wie der Stand ist. Mein Vater kommt nächste Woche aus der Reha und zu "
                   "Hause geht es nicht mehr. ",
                   "Sie erreichen mich tagsüber unter ", c.phone(), ".\n\n"],
                  ["je me permets de vous relancer : mon père sort de rééducation la semaine prochaine. ",
                   "Vous pouvez me joindre au ", c.phone(), ".\n\n"],
                  ["volevo sapere a che punto siamo: mio padre esce dalla riabilitazione la prossima settimana. ",
                   "Mi trova al ", c.phone(), ".\n\n"],
                  ["just checking where we are on the list - Dad is discharged from rehab next week. ",
                   "I'm on ", c.phone(), " during the day.\n\n"]))
        d.f("{}\n{}\n\n", bye(c).strip(), kin.n())
        q = Doc(c.swiss)
        q.add(greet(c, kin))
        q.add(c.w(["Ihr Vater ", p.n(), " (geb. ", c.dob(75, 98), ") steht auf Platz ", str(c.ri(2, 9)),
                   " unserer Warteliste. Ein Doppelzimmer könnte ab ", c.pdate(), " frei werden.\n\n"],
                  ["votre père, ", p.n(), " (né le ", c.dob(75, 98), "), est en position ", str(c.ri(2, 9)),
                   " sur notre liste. Une chambre double pourrait se libérer le ", c.pdate(), ".\n\n"],
                  ["suo padre ", p.n(), " (nato il ", c.dob(75, 98), ") è al posto ", str(c.ri(2, 9)),
                   " della lista. Una camera doppia potrebbe liberarsi dal ", c.pdate(), ".\n\n"],
                  ["your father, ", p.n(), " (DOB ", c.dob(75, 98), "), is number ", str(c.ri(2, 9)),
                   " on our list. A shared room may become available from ", c.pdate(), ".\n\n"]))
        q.t(bye(c))
        sig(c, q, adm, c.w("Aufnahmemanagement", "Responsable des admissions", "Ufficio accoglienza",
                           "Admissions"), org, c.addr(c.home), c.phone("office", c.home), amail)
        quote_intro(c, d, adm.n(), amail)
        d.quote(q)
        tasks = {"de": ["Hilf mir, höflich aber bestimmt nachzuhaken", "Was bedeutet Platz 4 realistisch?"],
                 "fr": ["Aide-moi à relancer poliment mais fermement"],
                 "it": ["Aiutami a sollecitare in modo cortese ma deciso"],
                 "en": ["Help me chase this politely but firmly", "What does number 4 realistically mean?"]}
    else:
        p = c.person(kind=c.ch(["region", "special"]))
        son = c.relative(p, "m")
        sis = c.relative(p, "f", same_last=c.chance(0.5))
        sw = c.person("f")
        d.t(c.w("Sozialdienst – Notiz", "Service social – note", "Servizio sociale – nota", "Discharge team – note")
            + "\n")
        d.add(c.w(["Patientin " if p.gender == "f" else "Patient ", p.n(), ", geb. ", c.dob(72, 98),
                   ", Station 4B. Entlassung geplant am ", c.pdate(), ". Kurzzeitpflege im ", org,
                   " zugesagt. Sohn ", son.n(), " (", c.phone(), ") ist Bevollmächtigter. Kaution ",
                   c.money(800, 2500), " bitte an ", c.iban(), " überweisen. Ansprechpartnerin im Heim: ",
                   sw.n(), ", ", c.phone("office", c.home), "."],
                  ["Patient(e) ", p.n(), ", né(e) le ", c.dob(72, 98), ", service 4B. Sortie prévue le ", c.pdate(),
                   ". Accueil temporaire accepté à l'", org, ". Son fils ", son.n(), " (", c.phone(),
                   ") a procuration. Dépôt de garantie ", c.money(800, 2500), " à virer sur ", c.iban(),
                   ". Contact : ", sw.n(), ", ", c.phone("office", c.home), "."],
                  ["Paziente ", p.n(), ", nato/a il ", c.dob(72, 98), ", reparto 4B. Dimissione prevista il ",
                   c.pdate(), ". Ricovero di sollievo confermato presso ", org, ". Il figlio ", son.n(), " (",
                   c.phone(), ") ha la delega. Deposito ", c.money(800, 2500), " da versare su ", c.iban(),
                   ". Referente: ", sw.n(), ", ", c.phone("office", c.home), "."],
                  ["Patient ", p.n(), ", DOB ", c.dob(72, 98), ", ward 4B. Discharge planned for ", c.pdate(),
                   ". Respite place agreed at ", org, ". Son ", son.n(), " (", c.phone(),
                   ") holds power of attorney. Deposit of ", c.money(800, 2500), " to be paid to ", c.iban(),
                   ". Contact at the home: ", sw.n(), ", ", c.phone("office", c.home), "."]))
        d.t("\n\n")
        msgs = [(son.n(c.ch(["f", "fl"])), c.w("Heim hat zugesagt, Kaution überweise ich heute",
                                               "l'EHPAD a dit oui, je vire la caution aujourd'hui",
                                               "la struttura ha accettato, verso il deposito oggi",
                                               "the home said yes, I'll pay the deposit today")),
                (sis.n(c.ch(["f", "fl"])), [c.w("super. ich fahr am Montag mit ", "top. lundi j'emmène ",
                                                "ottimo. lunedì porto ", "great. I'll take "),
                                            c.w("Mama" if p.gender == "f" else "Papa", "maman" if p.gender == "f"
                                                else "papa", "la mamma" if p.gender == "f" else "papà",
                                                "Mum" if p.gender == "f" else "Dad"),
                                            c.w(" hin, Koffer hol ich vorher in der ", " là-bas, je passe prendre la "
                                                "valise ", ", passo prima a prendere la valigia in ",
                                                " over on Monday, picking up the suitcase from "),
                                            c.addr().st()])]
        chat(c, d, msgs)
        tasks = {"de": ["Mach mir eine Checkliste für die Aufnahme", "Fasse die Lage für meine Geschwister zusammen"],
                 "fr": ["Fais-moi une check-list pour l'entrée", "Résume la situation pour ma sœur"],
                 "it": ["Fammi una checklist per l'ingresso", "Riassumi la situazione per mia sorella"],
                 "en": ["Give me a checklist for the move-in", "Summarise where things stand for my siblings"]}
    return frame(c, tasks, d)


# ====================================================================================================================
# Genre 9: bridge clubs
# ====================================================================================================================

def org_bridge(c: Ctx) -> str:
    t = c.home.town
    return c.w(c.dx(f"{c.ch(['Bridge-Club', 'BC', 'Bridgeclub'])} {t}{c.ch(['', ' e.V.'])}", ch=f"Bridge Club {t}",
                    at=f"Bridgeclub {t}"),
               f"{c.ch(['Bridge Club de', 'Cercle de bridge de'])} {t}",
               f"{c.ch(['Circolo del Bridge', 'ASD Bridge'])} {t}",
               f"{t} {c.ch(['Bridge Club', 'Duplicate Bridge Club', 'Contract Bridge Club'])}")


def fed_no(c: Ctx) -> str:
    return {"DE": f"DBV {c.digits(5, True)}", "AT": f"ÖBV {c.digits(4, True)}", "CH": f"FSB {c.digits(5, True)}",
            "FR": f"FFB {c.digits(8)}", "IT": f"FIGB {c.ch('ABCDEFGHLMNPRS')}{c.ch('ABCDEFGHLMNPRS')}{c.digits(4)}",
            "GB": f"EBU {c.digits(6, True)}", "US": f"ACBL {c.ch('JKLMNPQR')}{c.digits(6)}"}[c.cc]


def possessive(c: Ctx, name: V) -> list:
    if c.lang == "de":
        if name.text[-1] in "sxzß" or c.chance(0.4):
            return ["wer hat die neue Nummer von ", name, "?"]
        return ["wer hat ", name, "s neue Nummer?"]
    return c.w(None, ["qui a le nouveau numéro de ", name, " ?"], ["chi ha il nuovo numero di ", name, "?"],
               ["who's got ", name, "'s new number?"])


def g_bridge(c: Ctx) -> Doc:
    d = Doc(c.swiss)
    org = org_bridge(c)
    v = c.i % 4
    ext = {"DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr", "IT": ".it", "GB": ".org.uk", "US": ".org"}[c.cc]
    dom = dslug(org.replace(" e.V.", ""), 22) + ext
    if v == 0:
        n = c.ri(5, 8)
        pairs = [(c.person(), c.person()) for _ in range(n)]
        sc = sorted((c.r.uniform(38, 66) for _ in range(n)), reverse=True)
        st = c.ch(["l", "l", "i.l", "fl"])
        sep = c.ch([" – ", " / ", " - ", " & "])
        d.t(f"{org} – {c.w('Paarturnier', 'Tournoi par paires', 'Torneo a coppie', 'Pairs')} "
            f"{c.pdate()}, {c.ch(['Mitchell', 'Howell'])}, {c.ri(18, 27)} "
            f"{c.w('Boards', 'donnes', 'smazzate', 'boards')}"
            f"\n\n")
        hdr = [c.w("Rang", "Rang", "Pos.", "Pos"), c.w("Paar", "Paire", "Coppia", "Pair"),
               c.w("Namen", "Joueurs", "Giocatori", "Names"), "%"]
        rows = []
        for k, ((a, b), s_) in enumerate(zip(pairs, sc, strict=True)):
            ew = c.w("OW", "EO", "EO", "EW")
            rows.append([str(k + 1), f"{c.ri(1, 14)} {c.ch(['NS', ew])}",
                         [a.n(st), sep, b.n(st)], f"{s_:.2f}".replace(".", "," if c.lang != "en" else ".")])
        table(c, d, hdr, rows, c.ch(["fixed", "md", "pipe"]))
        d.t(c.w("\nTurnierleitung: ", "\nArbitre : ", "\nArbitro: ", "\nDirector: "))
        d.add(c.person().n(c.ch(["fl", "i.l"])))
        d.t(c.w(f". Masterpunkte werden bis {c.pdate()} gutgeschrieben.\n",
                f". Points d'expert crédités avant le {c.pdate()}.\n", f". Punti assegnati entro il {c.pdate()}.\n",
                f". Masterpoints credited by {c.pdate()}.\n"))
        tasks = {"de": ["Schreib einen kurzen Turnierbericht für die Website", "Wer war das beste Nord-Süd-Paar?"],
                 "fr": ["Rédige un court compte rendu pour le site du club"],
                 "it": ["Scrivi un breve resoconto per il sito"],
                 "en": ["Write a short results write-up for the club website", "Which NS pair did best?"]}
    elif v == 1:
        a, b = c.person(), c.person()
        amail = c.email(a)
        mail_head(c, d, who(a.n(), amail), [f"turnier@{dom}" if c.lang == "de" else f"tournois@{dom}"
                                            if c.lang == "fr" else f"tornei@{dom}" if c.lang == "it"
                                            else f"tournaments@{dom}"],
                  c.w("Anmeldung Seniorenpaarturnier", "Inscription tournoi seniors", "Iscrizione torneo senior",
                      "Entry: seniors' pairs"))
        d.add(greet(c))
        d.t(c.w("hiermit melden wir uns zum Seniorenturnier am ", "nous nous inscrivons au tournoi seniors du ",
                "ci iscriviamo al torneo senior del ", "please enter us for the seniors' pairs on ") + c.pdate()
            + c.w(" an:\n\n", " :\n\n", ":\n\n", ":\n\n"))
        for p in (a, b):
            d.f("- {} ({}, {} ", p.n(c.ch(["fl", "l,f"])), fed_no(c), c.w("geb.", "né(e) le", "nato/a il", "born"))
            d.add(c.dob(60, 88))
            d.t(")\n")
        d.t(c.w("\nDas Startgeld überweise ich heute von meinem Konto ", "\nJe vire les droits d'inscription depuis "
                "mon compte ", "\nVerso la quota dal mio conto ", "\nI'll pay the entry fee today from "))
        d.add(c.iban())
        d.t(c.w(". Falls noch etwas fehlt: ", ". En cas de besoin : ", ". Per qualsiasi cosa: ", ". If you need "
                "anything: "))
        d.add(c.phone())
        d.t(".\n\n" + bye(c))
        d.add(a.n(c.ch(["fl", "f"])))
        d.t("\n")
        tasks = {"de": ["Ist die Anmeldung vollständig? Beide müssen mindestens 60 sein", "Schreib eine Bestätigung"],
                 "fr": ["L'inscription est-elle complète ? Il faut avoir 60 ans", "Rédige une confirmation"],
                 "it": ["L'iscrizione è completa? Serve avere almeno 60 anni", "Scrivi una conferma"],
                 "en": ["Is this entry complete? Both players must be 60+", "Draft a confirmation"]}
    elif v == 2:
        members = [c.person() for _ in range(c.ri(3, 5))]
        keys = c.w(["name", "geburtsdatum", "strasse", "ort", "telefon", "email", "verband", "kategorie"],
                   ["nom", "naissance", "adresse", "localite", "tel", "email", "licence", "serie"],
                   ["nome", "nascita", "indirizzo", "localita", "tel", "email", "tessera", "categoria"],
                   ["name", "dob", "street", "town", "phone", "email", "federation", "rank"])
        d.t(f"# {org} – {c.w('Mitglieder', 'membres', 'soci', 'members')} ({c.pdate()})\n")
        d.t(c.w("mitglieder:\n", "membres:\n", "soci:\n", "members:\n"))
        for p in members:
            a = c.addr()
            o = {keys[0]: p.n(c.ch(["fl", "l,f"])), keys[1]: c.dob(40, 92), keys[2]: a.st(), keys[3]: a.zc(),
                 keys[4]: c.phone(c.ch(["land", "mobile"])), keys[5]: c.email(p) if c.chance(0.8) else None,
                 keys[6]: fed_no(c), keys[7]: c.ch(["Pik", "Herz", "Karo", "Treff", "A", "B", "C"])}
            ydump(d, [o], 1)
        tasks = {"de": ["Wer hat im nächsten Quartal Geburtstag?", "Wandle das YAML in eine CSV-Datei um"],
                 "fr": ["Qui a son anniversaire le trimestre prochain ?", "Convertis ce YAML en CSV"],
                 "it": ["Chi compie gli anni il prossimo trimestre?", "Converti questo YAML in CSV"],
                 "en": ["Who has a birthday next quarter?", "Convert this YAML to CSV"]}
    else:
        people = [c.person() for _ in range(c.ri(4, 6))]
        host = people[2]
        msgs = [(people[0].n(c.ch(["fl", "f"])), [c.w("suche Partnerin für Dienstag 19 Uhr, spiele Forum D. ",
                                                      "cherche partenaire pour mardi 19h, SEF. ",
                                                      "cerco partner per martedì alle 19, quinta nobile. ",
                                                      "looking for a partner Tuesday 7pm, Acol. "),
                                                  c.w("Tel. ", "tél. ", "tel. ", "call "), c.phone()]),
                (people[1].n(c.ch(["f", "fl"])), ["@", people[0].n("f"), c.w(" ich hätte Zeit!", " je suis libre !",
                                                                             " io ci sono!", " I'm free!")]),
                (people[2].n(c.ch(["f", "fl"])), [c.w("Rubber-Bridge am Freitag bei mir: ", "partie libre vendredi "
                                                      "chez moi : ", "partita libera venerdì da me: ",
                                                      "rubber bridge Friday at mine: "), c.addr().st(),
                                                  c.w(", Kuchen bringt ", ", gâteau : ", ", torta: ", ", cake from "),
                                                  people[3].n("f")]),
                (people[3].n(c.ch(["f", "fl"])), c.w("ok, Käsekuchen 🍰", "ok, je fais un clafoutis",
                                                     "ok, porto la crostata", "ok, lemon drizzle it is")),
                (people[4 % len(people)].n("f"), possessive(c, host.n(c.ch(["l", "f"]))))]
        chat(c, d, msgs)
        tasks = {"de": ["Fasse zusammen, wer wann mit wem spielt", "Schreib eine Antwort an die Gruppe"],
                 "fr": ["Résume qui joue avec qui et quand"],
                 "it": ["Riassumi chi gioca con chi e quando"],
                 "en": ["Summarise who's playing with whom and when", "Write a reply to the group"]}
    return frame(c, tasks, d)


# ====================================================================================================================
# Genre 10: public observatories and astronomy clubs
# ====================================================================================================================

def org_astro(c: Ctx) -> str:
    t = c.home.town
    return c.w(c.dx(f"{c.ch(['Volkssternwarte', 'Sternwarte', 'Astronomischer Arbeitskreis'])} {t}"
                    f"{c.ch(['', ' e.V.'])}", ch=f"{c.ch(['Sternwarte', 'Astronomische Gesellschaft'])} {t}",
                    at=f"{c.ch(['Sternwarte', 'Astronomischer Verein'])} {t}"),
               f"{c.ch(['Observatoire populaire de', 'Société d’astronomie de', 'Club d’astronomie de'])} {t}",
               f"{c.ch(['Osservatorio Astronomico di', 'Gruppo Astrofili', 'Associazione Astrofili'])} {t}",
               f"{t} {c.ch(['Astronomical Society', 'Observatory', 'Astronomy Club'])}")


def g_astro(c: Ctx) -> Doc:
    d = Doc(c.swiss)
    org = org_astro(c)
    v = c.i % 4
    ext = {"DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr", "IT": ".it", "GB": ".org.uk", "US": ".org"}[c.cc]
    dom = dslug(org.replace(" e.V.", ""), 22) + ext
    if v == 0:
        vol, teacher = c.person(), c.person()
        school = c.w(c.ch(["Gymnasium am Stadtpark", "Realschule Nord", "Gesamtschule Süd", "Kantonsschule Zelgli"]),
                     c.ch(["Collège Jean Moulin", "Lycée Victor Duruy", "École primaire des Pâquis"]),
                     c.ch(["Scuola media Dante", "Liceo Galilei", "Istituto Comprensivo Nord"]),
                     c.ch(["Highfield Academy", "St Aidan's Primary", "Lincoln Middle School"]))
        tmail = c.email(teacher, dslug(school, 18) + ext) if c.chance(0.5) else c.email(teacher)
        mail_head(c, d, who(vol.n(), c.email(vol, dom)), who(teacher.n(), tmail),
                  c.w("Führung Klasse ", "Visite classe de ", "Visita classe ", "Class visit ") +
                  c.ch(["7b", "5a", "4c", "9", "Y6"]))
        d.add(greet(c, teacher))
        x = c.day()
        d.t(c.w(f"gerne bestätige ich Ihre Führung am {c.pdate(x)} um 19:30 Uhr für {c.ri(18, 30)} Schüler. ",
                f"je vous confirme la visite du {c.pdate(x)} à 19h30 pour {c.ri(18, 30)} élèves. ",
                f"confermo la visita del {c.pdate(x)} alle 19:30 per {c.ri(18, 30)} alunni. ",
                f"I'm happy to confirm your visit on {c.pdate(x)} at 7:30pm for {c.ri(18, 30)} pupils. "))
        d.t(c.w("Bei Bewölkung gibt es ein Planetariumsprogramm. ", "En cas de nuages, séance de planétarium. ",
                "Con il cielo coperto faremo il planetario. ", "If it's cloudy we'll do a planetarium show. "))
        d.t(c.w("Kosten: ", "Tarif : ", "Costo: ", "Cost: ") + c.money(40, 160) + c.w(", Rechnung an: ",
                                                                                      ", facture à : ",
                                                                                      ", fattura a: ",
                                                                                      ", invoice to: ") + school + ", ")
        sa = c.addr()
        d.add(sa.line())
        d.t(".\n" + c.w("Am Abend erreichen Sie mich unter ", "Le soir, je suis joignable au ", "La sera sono "
                        "raggiungibile al ", "On the night you can reach me on "))
        d.add(c.phone())
        d.t(".\n\n" + bye(c))
        sig(c, d, vol, c.w("Führungsteam", "Équipe d'animation", "Divulgazione", "Outreach team"), org,
            c.addr(c.home), c.phone("office", c.home), None, f"www.{dom}")
        tasks = {"de": ["Schreib eine Elterninfo zu dem Ausflug (ohne Telefonnummern)", "Fasse die Mail zusammen"],
                 "fr": ["Rédige un mot pour les parents sur cette sortie", "Résume ce mail"],
                 "it": ["Scrivi un avviso per i genitori sulla gita", "Riassumi questa mail"],
                 "en": ["Write a note to parents about this trip", "Summarise this email"]}
    elif v == 1:
        crew = [c.person() for _ in range(c.ri(4, 6))]
        d.t(c.w("Vorführdienste", "Permanences", "Turni di apertura", "Public night rota") + f" {org}\n\n")
        hdr = [lab(c, "date"), c.w("Teleskop", "Télescope", "Telescopio", "Telescope"),
               c.w("Kasse/Einlass", "Accueil", "Accoglienza", "Front desk"), lab(c, "mobile")]
        rows = []
        for _ in range(c.ri(4, 7)):
            a, b = c.sample(crew, 2)
            rows.append([c.pdate(), a.n(c.ch(["fl", "f", "l"])), b.n(c.ch(["fl", "f"])), c.phone()])
        table(c, d, hdr, rows, c.ch(["md", "md", "fixed", "tsv"]))
        k = c.ch(crew)
        d.t("\n")
        d.add(c.w(["Kuppelschlüssel hat ", k.n("fl"), ". Beobachtungsziele: Saturn, M13, Albireo."],
                  ["La clé de la coupole est chez ", k.n("fl"), ". Objets : Saturne, M13, Albiréo."],
                  ["La chiave della cupola ce l'ha ", k.n("fl"), ". Oggetti: Saturno, M13, Albireo."],
                  ["Dome key is with ", k.n("fl"), ". Targets: Saturn, M13, Albireo."]))
        d.t("\n")
        tasks = {"de": ["Wer hat die meisten Dienste? Und wer fehlt im Juni?", "Mach eine Tabelle für den Aushang"],
                 "fr": ["Qui a le plus de permanences ?", "Mets ça au propre pour l'affichage"],
                 "it": ["Chi ha più turni?", "Prepara una tabella da appendere"],
                 "en": ["Who has the most shifts?", "Make a clean table for the noticeboard"]}
    elif v == 2:
        hdr = c.w(["buchung", "datum", "name", "email", "telefon", "tickets", "zahlung", "ip"],
                  ["reservation", "date", "nom", "email", "tel", "billets", "paiement", "ip"],
                  ["prenotazione", "data", "nome", "email", "tel", "biglietti", "pagamento", "ip"],
                  ["booking", "date", "name", "email", "phone", "tickets", "payment", "ip"])
        rows = []
        for _ in range(c.ri(4, 7)):
            p = c.person()
            pay = c.r.randrange(3)
            rows.append([f"{c.ch(['ST', 'OBS', 'PL'])}{c.digits(6)}", c.pdate(c.day(), "iso"),
                         p.n(c.ch(["fl", "l,f"])), c.email(p), c.phone() if c.chance(0.7) else "",
                         str(c.ri(1, 5)), c.card(sep="") if pay == 0 else c.masked_card() if pay == 1 else "paypal",
                         c.ip()])
        d.t(f"{org} – {c.w('Online-Buchungen', 'réservations en ligne', 'prenotazioni online', 'online bookings')}\n")
        table(c, d, hdr, rows, c.ch(["csv", "ssv", "tsv"]))
        tasks = {"de": ["Wie viele Tickets sind verkauft? Und warum steht bei einer Buchung die volle Kartennummer?",
                        "Erstelle eine Gästeliste für den Einlass"],
                 "fr": ["Combien de billets vendus ? Fais la liste pour l'accueil"],
                 "it": ["Quanti biglietti sono stati venduti? Fai la lista per l'ingresso"],
                 "en": ["How many tickets have been sold? Make a door list", "Why is there a full card number here?"]}
    else:
        p = c.person()
        a = c.addr()
        d.t(c.w("Beitrittserklärung", "Bulletin d'adhésion", "Modulo di adesione", "Membership form") + f" – {org}\n\n")
        items = [(lab(c, "name"), p.n(c.ch(["fl", "l,f", "LF"]))), (lab(c, "dob"), c.dob(10, 80)),
                 (lab(c, "addr"), a.line()), (lab(c, "phone"), c.phone()), (lab(c, "email"), c.email(p)),
                 (c.w("Interessen", "Intérêts", "Interessi", "Interests"),
                  c.w("Deep-Sky, Astrofotografie", "ciel profond, astrophoto", "astrofotografia, pianeti",
                      "deep sky, imaging")),
                 (c.w("eigenes Teleskop", "Instrument", "Strumento", "Own telescope"),
                  c.ch(['Dobson 10"', c.w("Refraktor 80/480", "lunette 80/480", "rifrattore 80/480",
                                          "80mm refractor"), "SC 8\"", "-"])),
                 ("IBAN", c.iban())]
        form_lines(c, d, items)
        if c.chance(0.6):
            kid = c.relative(p)
            d.t(c.w("\nFamilienmitgliedschaft mit: ", "\nAdhésion famille avec : ", "\nQuota famiglia con: ",
                    "\nFamily membership with: "))
            d.add(kid.n("f"))
            d.t(" (")
            d.add(c.dob(6, 17))
            d.t(")\n")
        d.t(f"\n{a.place.town}, {c.pdate()}\n")
        tasks = {"de": ["Trag das in unsere Mitgliederliste ein und berechne den Jahresbeitrag (Familie 60 €)"],
                 "fr": ["Ajoute ce membre à notre liste et calcule la cotisation (famille 60 €)"],
                 "it": ["Aggiungi il socio all'elenco e calcola la quota (famiglia 60 €)"],
                 "en": ["Add this to our member list and work out the annual fee (family £60)"]}
    return frame(c, tasks, d)


# ====================================================================================================================
# Genre 11: yoga studios and retreats
# ====================================================================================================================

def org_yoga(c: Ctx) -> str:
    t = c.home.town
    return c.w(c.ch([f"Yogaraum {t}", f"Yoga Loft {t}", "Studio Prana", f"Yogaschule {t}"]),
               c.ch(["Studio de yoga Shanti", f"Yoga {t}", "Espace Yoga Lumière"]),
               c.ch([f"Centro Yoga {t}", "Spazio Yoga Ananda", "Yoga Loto"]),
               c.ch([f"{t} Yoga Collective", "Lotus Yoga Studio", "Blue Door Yoga"]))


def g_yoga(c: Ctx) -> Doc:
    d = Doc(c.swiss)
    org = org_yoga(c)
    v = c.i % 4
    ext = {"DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr", "IT": ".it", "GB": ".co.uk", "US": ".com"}[c.cc]
    dom = dslug(org, 22) + ext
    venue = c.w(c.ch(["Seminarhaus Lindenhof", "Kloster Kirchberg", "Biohotel Alpenblick"]),
                c.ch(["Domaine de la Source", "Mas des Oliviers"]), c.ch(["Agriturismo Il Poggio", "Villa Serena"]),
                c.ch(["Hawkwood Retreat", "Trevince Farm"]))
    if v == 0:
        p, roomie, em = c.person(), c.person(), c.person()
        a = c.addr()
        d.t(c.w("Anmeldung Yoga-Retreat", "Inscription retraite de yoga", "Iscrizione ritiro yoga",
                "Yoga retreat booking form") + f" – {venue}, {c.pdate()}\n\n")
        items = [(lab(c, "name"), p.n()), (c.w("Geburtsdatum (Reiseversicherung)", "Date de naissance (assurance)",
                                              "Data di nascita (assicurazione)", "DOB (for insurance)"), c.dob(18, 75)),
                 (lab(c, "addr"), a.line()), (lab(c, "mobile"), c.phone()), (lab(c, "email"), c.email(p)),
                 (c.w("Zimmer teilen mit", "Partage de chambre avec", "Camera condivisa con", "Sharing with"),
                  roomie.n(c.ch(["fl", "f"])) if c.chance(0.7) else c.w("Einzelzimmer", "chambre seule",
                                                                        "camera singola", "single room")),
                 (c.w("Ernährung", "Régime", "Alimentazione", "Diet"), c.ch(c.w(["vegan", "vegetarisch", "glutenfrei"],
                                                                                ["végétarien", "vegan"],
                                                                                ["vegetariana", "vegana"],
                                                                                ["vegan", "veggie", "gluten-free"]))),
                 (c.w("Gesundheit", "Santé", "Salute", "Health notes"),
                  c.ch(c.w(["Knie-OP 2023", "Schwangerschaft 5. Monat", "-"], ["hernie discale", "-"],
                           ["ernia del disco", "-"], ["bad knee", "pregnant (20 wks)", "-"]))),
                 (lab(c, "emerg"), [em.n(), " ", c.phone()])]
        form_lines(c, d, items)
        d.t("\n" + c.w("Anzahlung ", "Acompte ", "Acconto ", "Deposit ") + c.money(150, 400) + ": ")
        if c.chance(0.5):
            d.add(c.card())
            d.t(f" ({c.expiry()})\n")
        else:
            d.t(c.w("überwiesen von ", "viré depuis ", "bonificato da ", "transferred from "))
            d.add(c.iban())
            d.t("\n")
        tasks = {"de": ["Trag die Anmeldung in die Teilnehmerliste ein und schreib eine Bestätigung",
                        "Welche Infos brauche ich noch vom Gast?"],
                 "fr": ["Ajoute cette inscription à la liste et rédige une confirmation"],
                 "it": ["Aggiungi l'iscrizione alla lista e scrivi una conferma"],
                 "en": ["Add this to the attendee list and draft a confirmation", "What else do I need from her?"]}
    elif v == 1:
        hdr = c.w(["Kunde", "E-Mail", "Telefon", "Geburtstag", "Karte", "Rest", "Letzter Login", "IP"],
                  ["Client", "E-mail", "Tél", "Naissance", "Carte", "Reste", "Dernière connexion", "IP"],
                  ["Cliente", "E-mail", "Tel", "Nascita", "Tessera", "Residuo", "Ultimo accesso", "IP"],
                  ["Client", "Email", "Phone", "Birthday", "Pass", "Left", "Last login", "IP"])
        rows = []
        for _ in range(c.ri(5, 8)):
            p = c.person()
            rows.append([p.n(c.ch(["fl", "l,f"])), c.email(p), c.phone() if c.chance(0.7) else "",
                         c.dob(18, 80) if c.chance(0.8) else "", c.ch(["10er", "Monat", "Jahr", "Intro"]) if
                         c.lang == "de" else c.ch(["10", "1M", "12M", "Intro"]), str(c.ri(0, 9)),
                         f"{c.pdate(c.day(), 'iso')} {c.ri(6, 22):02d}:{c.ri(0, 59):02d}", c.ip()])
        d.t(f"{org} – export {c.pdate()}\n")
        table(c, d, hdr, rows, c.ch(["csv", "ssv", "tsv", "md"]))
        tasks = {"de": ["Wessen Karte läuft bald aus? Schreib eine kurze Erinnerungsmail",
                        "Wer hat diesen Monat Geburtstag? Ich will Gutscheine verschicken"],
                 "fr": ["Quelles cartes arrivent à échéance ? Rédige un rappel"],
                 "it": ["Quali tessere stanno per scadere? Scrivi un promemoria"],
                 "en": ["Whose passes are nearly used up? Draft a reminder", "Who has a birthday this month?"]}
    elif v == 2:
        teachers = [c.person("f" if c.chance(0.7) else "m") for _ in range(c.ri(3, 5))]
        stud = c.person()
        msgs = [(teachers[0].n(c.ch(["f", "fl"])), c.w("Kann jemand Donnerstag 18 Uhr Vinyasa übernehmen? Bin krank 🤒",
                                                       "quelqu'un peut remplacer jeudi 18h ? je suis malade",
                                                       "qualcuno può sostituirmi giovedì alle 18? sto male",
                                                       "can anyone cover Thursday 6pm vinyasa? I'm ill")),
                (teachers[1].n(c.ch(["f", "fl"])), c.w("ich mach's", "je prends", "vado io", "I'll take it")),
                (teachers[0].n(c.ch(["f", "fl"])), [c.w("danke!! achtung: ", "merci !! attention : ", "grazie!! "
                                                        "attenzione: ", "thanks!! heads up: "), stud.n(),
                                                    c.w(" hat einen Bandscheibenvorfall, keine tiefen Vorbeugen",
                                                        " a une hernie discale, pas de flexions profondes",
                                                        " ha un'ernia, niente piegamenti profondi",
                                                        " has a slipped disc, no deep forward folds")]),
                (c.phone(), [c.w("Schlüssel liegt bei ", "clé chez ", "chiave da ", "key is with "),
                             teachers[2].n("f"), c.w(", ", ", ", ", ", ", "), c.addr().st()]),
                (teachers[1].n(c.ch(["f", "fl"])), c.w("👍 hab sie", "👍 ok", "👍 ok", "👍 got it"))]
        chat(c, d, msgs, lower_p=0.5)
        tasks = {"de": ["Fasse zusammen, wer wann unterrichtet", "Was muss die Vertretung wissen?"],
                 "fr": ["Résume qui donne quel cours"], "it": ["Riassumi chi insegna quando"],
                 "en": ["Summarise who's teaching when", "What does the cover teacher need to know?"]}
    else:
        org_p, hotel_p = c.person(), c.person()
        omail = c.email(org_p, dom)
        hmail = c.email(hotel_p, dslug(venue, 18) + ext)
        guests = [c.person() for _ in range(c.ri(4, 7))]
        mail_head(c, d, who(hotel_p.n(), hmail), who(org_p.n(), omail),
                  c.w("AW: Zimmerliste Retreat", "RE: Rooming list retraite", "R: Rooming list ritiro",
                      "RE: Rooming list retreat"))
        d.add(greet(c, org_p, formal=c.chance(0.5)))
        d.t(c.w(f"danke für die Liste. Reservierungsnummer {c.digits(8)}. Zimmer {c.ri(101, 120)} bleibt "
                f"Einzelzimmer. Check-in ab 15 Uhr.\n\n",
                f"merci pour la liste. Réservation n° {c.digits(8)}. Check-in à partir de 15h.\n\n",
                f"grazie per la lista. Prenotazione n. {c.digits(8)}. Check-in dalle 15.\n\n",
                f"thanks for the list. Reservation no. {c.digits(8)}. Check-in from 3pm.\n\n") + bye(c))
        sig(c, d, hotel_p, c.w("Rezeption", "Réception", "Reception", "Front desk"), venue, c.addr(),
            c.phone("office"))
        d.t("\n")
        q = Doc(c.swiss)
        q.add(greet(c))
        q.t(c.w("hier unsere Zimmerliste:\n\n", "voici notre rooming list :\n\n", "ecco la nostra rooming list:\n\n",
                "here's our rooming list:\n\n"))
        rows = []
        for k in range(0, len(guests), 2):
            pair = guests[k:k + 2]
            for g in pair:
                rows.append([g.n(c.ch(["l,f", "fl"])), c.dob(20, 70),
                             c.w("DZ", "double", "doppia", "twin") if len(pair) == 2 else c.w("EZ", "single",
                                                                                             "singola", "single"),
                             f"{c.ch('CPXYN')}{c.digits(7)}"])
        table(c, q, [lab(c, "name"), lab(c, "dob"), c.w("Zimmer", "Chambre", "Camera", "Room"),
                     c.w("Ausweis-Nr.", "N° pièce d'identité", "N. documento", "Passport no.")], rows,
              c.ch(["tsv", "md", "fixed"]))
        q.f("\n{}\n{}\n{}\n", bye(c).strip(), org_p.n(), c.phone())
        quote_intro(c, d, org_p.n(), omail)
        d.quote(q)
        tasks = {"de": ["Prüfe, ob die Zimmerliste und die Bestätigung zusammenpassen", "Fasse zusammen"],
                 "fr": ["Vérifie que la liste et la confirmation concordent"],
                 "it": ["Controlla che lista e conferma coincidano"],
                 "en": ["Check the rooming list against the hotel's reply", "Summarise this"]}
    return frame(c, tasks, d)


# ====================================================================================================================
# Genre 12: theatre and concert subscription renewals
# ====================================================================================================================

def org_theatre(c: Ctx) -> str:
    t = c.home.town
    return c.w(c.dx(f"{c.ch(['Stadttheater', 'Staatstheater', 'Konzerthaus', 'Theater'])} {t}",
                    ch=f"{c.ch(['Theater', 'Konzertgesellschaft', 'Stadttheater'])} {t}",
                    at=f"{c.ch(['Landestheater', 'Stadttheater', 'Kammerspiele'])} {t}"),
               f"{c.ch(['Théâtre municipal de', 'Opéra de', 'Théâtre de'])} {t}",
               f"{c.ch(['Teatro Comunale di', 'Teatro Sociale di', 'Teatro Civico di'])} {t}",
               f"{t} {c.ch(['Playhouse', 'Symphony Orchestra', 'Theatre Royal', 'Repertory Theatre'])}")


def seat(c: Ctx) -> str:
    return c.w(f"{c.ch(['Parkett links', 'Parkett rechts', '1. Rang Mitte', 'Balkon'])}, Reihe {c.ri(1, 24)}, "
               f"Platz {c.ri(1, 30)}", f"{c.ch(['Orchestre', 'Corbeille', '1er balcon'])}, rang {c.ri(1, 24)}, "
                                       f"place {c.ri(1, 30)}",
               f"{c.ch(['Platea', 'Galleria', 'Palco 4'])}, fila {c.ri(1, 24)}, posto {c.ri(1, 30)}",
               f"{c.ch(['Stalls', 'Dress Circle', 'Upper Circle'])} {c.ch('ABCDEFGHJK')}{c.ri(1, 30)}")


def g_theatre(c: Ctx) -> Doc:
    d = Doc(c.swiss)
    org = org_theatre(c)
    v = c.i % 4
    ext = {"DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr", "IT": ".it", "GB": ".co.uk", "US": ".org"}[c.cc]
    dom = dslug(org, 22) + ext
    abo = f"{c.ch(['A', 'K', 'S', 'P'])}-{c.year}-{c.digits(5)}"
    season = f"{c.year}/{(c.year + 1) % 100:02d}"
    if v == 0:
        p, clerk = c.person(), c.person()
        a = c.addr()
        d.t(org + " · " + c.w("Abonnementbüro", "Service abonnements", "Ufficio abbonamenti", "Box Office") + "\n")
        d.add(c.addr(c.home).line())
        d.t("\n\n")
        d.add(title(c, p).strip() if c.lang != "en" else [])
        d.t("\n" if c.lang != "en" else "")
        d.add(p.n(c.ch(["fl", "FL"])))
        d.t("\n")
        d.add(a.block())
        d.t(f"\n\n{c.w('Abo-Nr.', 'N° abonné', 'N. abbonamento', 'Subscriber no.')} {abo}\n")
        d.t(c.w(f"Ihr Abonnement für die Spielzeit {season}\n\n", f"Votre abonnement saison {season}\n\n",
                f"Il suo abbonamento per la stagione {season}\n\n", f"Your subscription for the {season} season\n\n"))
        d.add(greet(c, p))
        d.t(c.w(f"wir freuen uns, Ihr Abonnement ({seat(c)}) zu verlängern. Der Preis beträgt {c.money(180, 620)}. "
                f"Die erste Vorstellung ist am {c.pdate()}.\n",
                f"nous avons le plaisir de renouveler votre abonnement ({seat(c)}). Tarif : {c.money(180, 620)}. "
                f"Première représentation le {c.pdate()}.\n",
                f"siamo lieti di rinnovare il suo abbonamento ({seat(c)}). Prezzo: {c.money(180, 620)}. "
                f"Primo spettacolo il {c.pdate()}.\n",
                f"we're delighted to renew your subscription ({seat(c)}). Price: {c.money(180, 620)}. "
                f"First performance {c.pdate()}.\n"))
        if c.cc != "US":
            d.t(c.w("Der Betrag wird wie im Vorjahr von Ihrem Konto ", "Le montant sera prélevé comme l'an dernier "
                    "sur votre compte ", "L'importo sarà addebitato come l'anno scorso sul conto ",
                    "As last year, the amount will be collected from "))
            d.add(c.iban())
            d.t(c.w(" abgebucht.\n", ".\n", ".\n", ".\n"))
        d.t(c.w("Abo-Hotline: ", "Ligne abonnés : ", "Servizio abbonati: ", "Subscriber hotline: ") + c.hotline()
            + "\n")
        d.t(c.w(f"Wenn Sie kündigen möchten, teilen Sie uns das bitte bis {c.pdate()} mit.\n\n",
                f"Pour résilier, merci de nous prévenir avant le {c.pdate()}.\n\n",
                f"Per disdire, ci avvisi entro il {c.pdate()}.\n\n",
                f"If you'd like to cancel, please let us know by {c.pdate()}.\n\n") + bye(c))
        sig(c, d, clerk, c.w("Abonnementbüro", "Service abonnements", "Ufficio abbonamenti", "Box Office"), "",
            None, c.phone("office", c.home))
        tasks = {"de": ["Schreib eine höfliche Kündigung als Antwort auf diesen Brief", "Bis wann muss ich kündigen?"],
                 "fr": ["Rédige une lettre de résiliation polie", "Jusqu'à quand puis-je résilier ?"],
                 "it": ["Scrivi una disdetta cortese in risposta", "Entro quando devo disdire?"],
                 "en": ["Write a polite cancellation reply to this letter", "When's the deadline to cancel?"]}
    elif v == 1:
        hdr = c.w(["Abo-Nr", "Name", "Straße" if not c.swiss else "Strasse", "PLZ Ort", "Telefon", "E-Mail", "Platz",
                   "Zahlung"], ["N° abo", "Nom", "Adresse", "CP Ville", "Tél", "E-mail", "Place", "Paiement"],
                  ["N. abb.", "Nome", "Indirizzo", "CAP Città", "Tel", "E-mail", "Posto", "Pagamento"],
                  ["Sub no", "Name", "Address", "Town/Postcode", "Phone", "Email", "Seat", "Payment"])
        rows = []
        for _ in range(c.ri(4, 7)):
            p = c.person()
            a = c.addr()
            pay = c.r.randrange(3)
            rows.append([f"{c.ch(['A', 'K', 'S'])}-{c.digits(5)}", p.n(c.ch(["l,f", "fl", "L,f"])), a.st(), a.zc(),
                         c.phone(c.ch(["land", "mobile"])), c.email(p) if c.chance(0.75) else "", seat(c),
                         c.iban(grouped=False) if pay == 0 else c.masked_card() if pay == 1 else
                         c.w("Rechnung", "facture", "fattura", "invoice")])
        d.t(f"{org} – {c.w('Abonnenten', 'abonnés', 'abbonati', 'subscribers')} {season}\n")
        table(c, d, hdr, rows, c.ch(["csv", "ssv", "tsv"]))
        tasks = {"de": ["Erstelle daraus einen Serienbrief zur Verlängerung", "Wer zahlt noch per Rechnung?"],
                 "fr": ["Prépare un publipostage de renouvellement à partir de ceci"],
                 "it": ["Prepara una lettera di rinnovo in stampa unione"],
                 "en": ["Set up a renewal mail merge from this", "Who still pays by invoice?"]}
    elif v == 2:
        p, friend, clerk = c.person(), c.person("f"), c.person()
        old, new, fa = c.addr(), c.addr(), c.addr()
        pmail = c.email(p)
        mail_head(c, d, who(p.n(), pmail), [f"abo@{dom}" if c.lang == "de" else f"billetterie@{dom}"
                                            if c.lang == "fr" else f"biglietteria@{dom}" if c.lang == "it"
                                            else f"boxoffice@{dom}"],
                  c.w(f"Abo {abo}: Umzug + Übertragung", f"Abonnement {abo} : déménagement",
                      f"Abbonamento {abo}: trasloco", f"Subscription {abo}: change of address"))
        d.add(greet(c))
        d.add(c.w(["wir sind umgezogen, von ", old.st(), " in die ", new.st(), ", ", new.zc(),
                   ". Eines unserer zwei Abos soll ab sofort an meine Freundin ", friend.n(), " gehen (",
                   fa.st(), ", ", fa.zc(), "). Sie ist Seniorin, geboren ", c.dob(65, 85),
                   ", bekommt sie die Ermäßigung?\n\n"],
                  ["nous avons déménagé du ", old.st(), " au ", new.st(), ", ", new.zc(),
                   ". L'un de nos deux abonnements doit passer à mon amie ", friend.n(), " (", fa.st(), ", ",
                   fa.zc(), "), née le ", c.dob(65, 85), " : a-t-elle droit au tarif senior ?\n\n"],
                  ["ci siamo trasferiti da ", old.st(), " a ", new.st(), ", ", new.zc(),
                   ". Uno dei due abbonamenti va alla mia amica ", friend.n(), " (", fa.st(), ", ", fa.zc(),
                   "), nata il ", c.dob(65, 85), ": ha diritto alla riduzione over 65?\n\n"],
                  ["we've moved from ", old.st(), " to ", new.st(), ", ", new.zc(),
                   ". One of our two subscriptions should go to my friend ", friend.n(), " (", fa.st(), ", ",
                   fa.zc(), "), born ", c.dob(65, 85), " - does she get the senior rate?\n\n"]))
        d.f("{}\n{}\n{}\n\n", bye(c).strip(), p.n(), c.phone())
        q = Doc(c.swiss)
        q.add(greet(c, p))
        q.t(c.w(f"die Übertragung ist möglich, Gebühr {c.money(5, 15)}. Bitte schicken Sie uns eine Kopie des "
                f"Ausweises Ihrer Freundin.\n", f"le transfert est possible (frais {c.money(5, 15)}). Merci de nous "
                f"envoyer une copie de sa pièce d'identité.\n", f"il trasferimento è possibile (costo "
                f"{c.money(5, 15)}). Ci mandi una copia del documento.\n", f"a transfer is possible (fee "
                f"{c.money(5, 15)}). Please send a copy of her ID.\n"))
        q.t(bye(c))
        sig(c, q, clerk, c.w("Abonnementbüro", "Billetterie", "Biglietteria", "Box Office"), org, None,
            c.phone("office", c.home), c.email(clerk, dom))
        quote_intro(c, d, clerk.n(), c.email(clerk, dom))
        d.quote(q)
        tasks = {"de": ["Was muss ich jetzt noch tun? Liste bitte", "Antworte dem Theater kurz"],
                 "fr": ["Que dois-je encore faire ?", "Réponds brièvement au théâtre"],
                 "it": ["Cosa devo fare adesso?", "Rispondi brevemente al teatro"],
                 "en": ["What do I still need to do?", "Reply briefly to the box office"]}
    else:
        buyer, rec = c.person(), c.person()
        ra = c.addr()
        keys = c.w(["bestellung", "datum", "kaeufer", "email", "telefon", "karte", "ip", "geschenk_fuer",
                    "lieferadresse", "plz_ort", "geburtsdatum_empfaenger", "abo", "betrag", "nachricht"],
                   ["commande", "date", "acheteur", "email", "tel", "carte", "ip", "cadeau_pour", "adresse",
                    "cp_ville", "naissance_beneficiaire", "abonnement", "montant", "message"],
                   ["ordine", "data", "acquirente", "email", "tel", "carta", "ip", "regalo_per", "indirizzo",
                    "cap_citta", "nascita_destinatario", "abbonamento", "importo", "messaggio"],
                   ["order", "date", "buyer", "email", "phone", "card", "ip", "gift_for", "address", "town_postcode",
                    "recipient_dob", "package", "amount", "message"])
        o = {keys[0]: f"WEB-{c.digits(7)}", keys[1]: c.pdate(c.day(), "iso"), keys[2]: buyer.n(),
             keys[3]: c.email(buyer), keys[4]: c.phone(), keys[5]: c.card(sep="") if c.chance(0.6) else
             c.masked_card(), keys[6]: c.ip(), keys[7]: rec.n(), keys[8]: ra.st(), keys[9]: ra.zc(),
             keys[10]: c.dob(60, 90, "iso"), keys[11]: c.ch(["Wahl-Abo 6", "Premieren-Abo", "Sinfonie 8"]) if
             c.lang == "de" else c.ch(["Carte 6", "Formule 8", "Pass"]) if c.lang == "fr" else
             c.ch(["Turno A", "Carnet 6"]) if c.lang == "it" else c.ch(["Flex 6", "Season Pass"]),
             keys[12]: c.money(90, 480)}
        if c.chance(0.5):
            o[keys[13]] = c.w("Alles Gute zum Geburtstag!", "Joyeux anniversaire !", "Buon compleanno!",
                              "Happy birthday!")
        d.t(c.w("Shop-Webhook (fehlgeschlagen, Status 500):\n", "Webhook boutique (échec, statut 500) :\n",
                "Webhook negozio (fallito, stato 500):\n", "Shop webhook (failed, status 500):\n"))
        jdump(d, {"event": "order.created", "data": o}, c.ch([2, 2, None]))
        if keys[13] not in o:
            d.add(c.w(["\n\nNachricht auf der Karte: „Alles Gute zum Geburtstag, ", rec.n("f"), "!“"],
                      ["\n\nMessage sur la carte : « Joyeux anniversaire, ", rec.n("f"), " ! »"],
                      ["\n\nBiglietto: \"Buon compleanno, ", rec.n("f"), "!\""],
                      ["\n\nCard message: \"Happy birthday, ", rec.n("f"), "!\""]))
        d.t("\n")
        tasks = {"de": ["Warum schlägt der Webhook fehl? Und ist es ok, dass die volle Kartennummer drin steht?",
                        "Leg die Bestellung manuell an: was brauche ich?"],
                 "fr": ["Pourquoi ce webhook échoue-t-il ?", "Quelles infos faut-il pour créer la commande à la "
                        "main ?"],
                 "it": ["Perché fallisce il webhook?", "Cosa mi serve per creare l'ordine a mano?"],
                 "en": ["Why is this webhook failing? Should the full card number be in there?",
                        "What do I need to create this order by hand?"]}
    return frame(c, tasks, d)


# ====================================================================================================================
# Assembly and checks
# ====================================================================================================================

GENRES = [("rowing", g_rowing), ("modelrailway", g_railway), ("adulteducation", g_adulted), ("makerspace", g_maker),
          ("podiatry", g_podo), ("speechtherapy", g_speech), ("pigeonracing", g_pigeon), ("carehome", g_care),
          ("bridge", g_bridge), ("observatory", g_astro), ("yoga", g_yoga), ("theatresubs", g_theatre)]


def seed_for(key: str) -> int:
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")


def check_record(rec: dict) -> None:
    text, ents = rec["text"], rec["entities"]
    prev_end = -1
    prev = None
    for e in ents:
        assert e["type"] in TYPES, e
        assert text[e["start"]:e["end"]] == e["text"], (rec["id"], e)
        assert e["text"] == e["text"].strip() and e["text"], (rec["id"], e)
        assert e["start"] >= prev_end, (rec["id"], e)
        if prev is not None and prev["type"] == PER and e["type"] == PER:
            assert text[prev["end"]:e["start"]] != " ", (rec["id"], prev, e)
        if e["type"] == IBAN:
            assert iban_valid(e["text"]), e
        elif e["type"] == CARD:
            assert luhn_valid(e["text"]), e
        elif e["type"] == AHV:
            assert ahv_valid(e["text"]), e
        prev_end, prev = e["end"], e


def build() -> list[dict]:
    locs = [loc for loc, n in LOCALE_QUOTA for _ in range(n)]
    random.Random(f"{SET}|locales").shuffle(locs)
    per_genre: collections.Counter[str] = collections.Counter()
    out = []
    for k, loc in enumerate(locs):
        name, fn = GENRES[k % len(GENRES)]
        i = per_genre[name]
        per_genre[name] += 1
        rng = random.Random(seed_for(f"{SET}|{name}|{i}"))
        c = Ctx(rng, loc, name, i)
        d = fn(c)
        text = d.text().strip("\n")
        lead = len(d.text()) - len(d.text().lstrip("\n"))
        ents = []
        for e in d.entities():
            e = dict(e)
            e["start"] -= lead
            e["end"] -= lead
            ents.append({"type": e["type"], "start": e["start"], "end": e["end"], "text": e["text"]})
        rec = {"id": f"{SET}-{name}-{i:03d}", "locale": loc, "lang": loc[:2], "text": text, "entities": ents}
        check_record(rec)
        out.append(rec)
    return out


def scan(recs: list[dict]) -> None:
    """Print unlabelled e-mail addresses, IPs, IBAN-like strings and unlabelled repeats of labelled name words."""
    pats = {"email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "ip": re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b"),
            "ip6": re.compile(r"\b[0-9a-f]{4}:[0-9a-f:]{6,}"),
            "iban": re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,}"),
            "ahv": re.compile(r"\b756[.\d]{10,14}"), "card": re.compile(r"\b(?:\d[ -]?){12,15}\d\b")}

    def covered(spans: list[tuple[int, int]], a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in spans)

    for rec in recs:
        text = rec["text"]
        spans = [(e["start"], e["end"]) for e in rec["entities"]]
        for kind, pat in pats.items():
            for m in pat.finditer(text):
                if not covered(spans, m.start(), m.end()):
                    print(f"{rec['id']}\t{kind}\t{m.group()!r}")
        words = set()
        for e in rec["entities"]:
            if e["type"] == PER:
                words.update(w for w in re.findall(r"[^\W\d_][\w'’-]*", e["text"]) if len(w) > 2)
        for w in sorted(words):
            for m in re.finditer(r"(?<![\w@.])" + re.escape(w) + r"(?![\w])", text):
                if not covered(spans, m.start(), m.end()):
                    print(f"{rec['id']}\tname\t{w!r}\t{text[max(0, m.start() - 30):m.end() + 30]!r}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--scan", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    recs = build()
    if args.show:
        for rec in recs[: args.show]:
            print(rec["id"], rec["locale"])
            print(rec["text"])
            print("   ", [(e["type"], e["text"]) for e in rec["entities"]])
            print("=" * 100)
        return
    if args.scan:
        scan(recs)
        return
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    by_type: collections.Counter[str] = collections.Counter()
    by_tl: collections.Counter[tuple[str, str]] = collections.Counter()
    for rec in recs:
        for e in rec["entities"]:
            by_type[e["type"]] += 1
            by_tl[(e["type"], rec["lang"])] += 1
    print(f"{len(recs)} documents, {sum(by_type.values())} values: {dict(by_type.most_common())}", file=sys.stderr)
    for t, _ in by_type.most_common():
        print(t, " / ".join(str(by_tl[(t, lang)]) for lang in ("de", "fr", "it", "en")), file=sys.stderr)
    print("per lang", {lang: sum(v for (t, la), v in by_tl.items() if la == lang) for lang in ("de", "fr", "it", "en")},
          file=sys.stderr)


if __name__ == "__main__":
    main()
