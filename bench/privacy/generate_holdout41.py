#!/usr/bin/env python3
"""Forty-first blind evaluation set ("holdout41") for the anonymizer.

Blind set 41, written 2026-12-08 by a helper session that read only the module docstrings of generate_holdout38.py,
generate_holdout39.py and generate_holdout40.py (``ast.get_docstring``), the module docstring of evaluate.py
(``ast.get_docstring``), the source of its functions evaluate_synthetic and main (``ast.get_source_segment``; the
helpers they call were not extracted) and the first two lines of data/synthetic_holdout40.jsonl (to learn the record
format), plus the standard library.  It did not read the detectors (src/), the tests, the docs, README files, the bodies
of the other generators or of templates.py, or any other data set text, did not use Faker (all lists are written here
by hand), and never ran the anonymizer or evaluate.py on this set.  Report on it; never tune on it.
Slips and side effects, recorded honestly (none showed detector code or test code):
* the worktree was created with ``git worktree add /tmp/h41 -b holdout41 HEAD`` (output redirected); in the same call
  ``git log --oneline -1`` printed the subject of the current HEAD commit (it talks about a review of tests and a
  "super-linear mark"; no code) and ``ls bench/privacy`` printed the names of the files there (no content);
* the first print of the four docstrings was cut by the tool's output limit, so they were written to scratch files in
  /tmp and read from there with ``sed`` / ``cat`` in parts;
* reading the first two lines of synthetic_holdout40.jsonl printed those two records in full (their texts, which the
  brief allowed for the format) and the first three entities of each - two documents of another blind set were seen;
* ``grep`` on evaluate.py's docstring (in the scratch file) for entity type names found none, so the types are exactly
  the six in those two records: PERSON, ADDRESS, PHONE, EMAIL, DOB, IBAN (no AHV, card or IP values are written - only
  masked cards, which are unlabelled);
* ``ls`` of the main checkout's venv bin directory printed its program names, ``import faker`` printed its version
  (Faker is not used), ``date +%F`` printed the day;
* the venv's ruff was run on this script (``format --line-length 120``; ``check`` with whatever configuration the
  repository provides, picked up without printing it); the four multi-line lambdas it flagged became nested functions
  and six unused unpacked names got a leading underscore; the output was checked to be byte-identical before and after
  (same SHA-256) and under PYTHONHASHSEED 0 and 12345;
* in evaluate.py only the module docstring (this set's sentence) and the two places that list the holdout splits were
  edited (usage line, ``range(2, 41)`` -> ``range(2, 42)``) with Python ``str.replace`` on exact strings, each checked
  to occur once; ``grep -n`` and ``sed`` printed the lines around the end of the holdout40 sentence before the edit,
  ``grep -n``, an ``awk`` for lines over 120 characters (nothing printed), ``ast.parse``, ruff (check) and
  ``git diff --stat`` (its own change) after it; evaluate.py itself was never run;
* other git commands: at the end only adding and committing the three files, ``git show --stat`` on that commit,
  ``git rev-parse HEAD`` and ``git branch --show-current``; the commit was then amended once to record this line.
The written file was checked only by this script's own assertions (``text[start:end] == text``, no surrounding white
space, sorted and non-overlapping spans, no name split into two PERSON spans separated by a single space, no digits in a
PERSON span, every IBAN mod 97, e-mail shape, every PHONE with six or more digits, and consistency: no labelled value of
five or more characters and no word of three or more letters of a labelled name - particles excepted - occurs
unlabelled elsewhere in the same document, case-sensitively and at word boundaries; a document failing any of these is
drawn again from the seed ``"holdout41|<genre>|<i>|retry<k>"`` - six of the 1,300 needed that: "Corso Vittorio Emanuele
II" next to a person called Emanuele, "feu de la Saint-Jean" / "rue Saint-Michel" next to a surname "de Saint-Just",
the firm "Studio Ferri & Associati" next to a person called Ferri (twice), the table header "Price" next to a person
called Price and the wardrobe "Bergen" next to a surname "von Bergen"), by an independent re-check of the written JSONL
(offsets, counts per type) and by reading about 120 of its documents across all genres, variants and locales.  Fixes
after reading: a defect description that did not fit its category, coordinates anywhere in Europe (now inside the
document's country), Easter fires dated in November (fires now fall on the next Easter / Saint John's / Epiphany / Guy
Fawkes date), Secret Santa sign-ups in February, organisations' mail domains in the wrong language, US mobiles all in
area code 617 and exchanges of 555, "sie/ihn", "nato/a" and "Nachbar/in" in running text (now by the person's gender),
German "bei Herr" (now "Herrn"), chat senders changing their display name within a chat, German and English
date-of-birth shapes sharing a name (a British "22. January 2016"), girls' teams with boys and women's teams in
children's sizes, the same full British postcode for every address in a town, schools for older pupils in primary-pupil
genres, possessives in front of verbs ("Bens ist krank") and informal sign-offs in official replies.

Writes bench/privacy/data/synthetic_holdout41.jsonl: 1,300 documents, 13 genres of 100 documents each, locales drawn as
an exact quota and shuffled with the seed ``"holdout41|locales"``: de_DE 210, de_CH 160, de_AT 110, fr_FR 135, fr_CH
115, it_IT 115, it_CH 80, en_GB 190, en_US 185 (de 480, fr 250, it 195, en 375).
25,360 labelled values: PERSON 12,042, ADDRESS 4,426, PHONE 3,345, EMAIL 3,117, DOB 2,194, IBAN 236 (de 9,411, fr 4,695,
it 3,863, en 7,391).  Per type and language (de / fr / it / en): PERSON 4,459 / 2,265 / 1,829 / 3,489; ADDRESS 1,671 /
775 / 663 / 1,317; PHONE 1,237 / 617 / 546 / 945; EMAIL 1,128 / 598 / 455 / 936; DOB 818 / 386 / 318 / 672; IBAN 98 /
54 / 52 / 32.
Document k of the shuffled locale list goes to genre ``k % 13``; the variant is ``i % 4`` (``i`` the index of the
document within its genre: 0 form, letter or card, 1 list or table with a chat, 2 e-mail reply with the quoted earlier
mail, 3 JSON / JSON lines / YAML / CSV / TSV export).  Deterministic (written with Python 3.11.7; the output does not
depend on PYTHONHASHSEED): ``random.Random`` is seeded with the first 8 bytes of a SHA-256 of
``"holdout41|<genre>|<i>"``.
Names (written here): about 55 % regional first and last names (Germany, Austria, German-, French- and Italian-speaking
Switzerland with Romansh surnames, France with Breton, Basque and Corsican surnames, Italy, Britain, the US), 23 %
community names per country (Turkish, Balkan, Albanian / Kosovar, Portuguese, Polish and Greek with gendered surnames,
Ukrainian, Sri Lankan Tamil, Eritrean, Arabic / Maghrebi, Vietnamese, Chinese, Spanish double surnames, West African,
Indian / Pakistani, Filipino, Korean, Romanian, Irish with "Ó" / "Ní", Hungarian, Dutch, Nordic, Persian), 10 %
surnames that are ordinary words (Fuchs, Sonntag, Honig, Zwiebel, Bonheur, Dimanche, Pace, Orso, Stone, Hope, Best ...)
often with first names that are words (Heide, Ernst, Prudence, Gioia, Felice, Faith, River, Will ...), 6 % surnames with
particles (von der Heide, zu Eltz, ter Horst, de Saint-Just, Dell'Acqua, Lo Bianco, ap Griffith, Mac Donnchadha ...),
6 % invented syllable-built surnames with rare first names (in no common list); some double first names and hyphenated
surnames; children from lists of current first names per language; nicknames (Flo, Mausi, Gigi, Bex ...).  Towns with
real postcodes and area codes (Vienna districts; British outward codes with an inward code per address; US ZIP codes,
some ZIP+4), streets per region, phones (landlines with the town's area code, DIN-style direct lines "0221 47382-15"
with the extension inside the span, US "ext. 207" inside the span, mobiles by national prefix, national and
international shapes with "(0)", "00", slashes, dots, hyphens, pairs, compact E.164), e-mail addresses (private and work
addresses at an organisation's domain), IBANs (ISO 13616 check digits; French RIB key, Italian CIN; now and then LI in
Switzerland or AT in Germany; none for US documents) are written here.  Each record has ``id``
(``holdout41-<genre>-<NNN>``), ``locale``, ``lang``, ``genre``, ``variant``, ``text`` and ``entities`` (``type``,
``start``, ``end``, ``text``).  Texts are built as segments (plain text or one labelled value); lower- and upper-casing
(IBANs keep their case in lower-case documents, e-mails in upper-case ones), OCR noise (outside the values), CSV
quoting, JSON / YAML cells and "> " prefixes work on the segments, and offsets are computed at the end (de_CH documents
get "ß" -> "ss" before that).

Genres (text people paste into an AI assistant, each with a request in the document's language before or after it -
about 7 % in English for non-English documents -, sometimes fenced in ```, triple quotes, --- or <<< >>>; about 3.5 %
of the forms and mails typed entirely in lower case and 1.5 % of the forms in upper case, about a third of the chats in
lower case - names and streets too), chosen to differ from every genre named in evaluate.py's docstring
(holdout3..holdout40).  None of the brief's examples was kept - all had been used: allotment gardens and choirs (13),
dental recalls (11), lost property (10), driving schools (14), funeral homes (23), hearing aids (18), host families
(30), carpools (17, 36), library notices (12), apprenticeships (22), pharmacy delivery rounds (32), and building-site
access lists are close to key registers (35) and access appointments (39).  Near neighbours: prize draws (15), raffles
(36) and client gifts (32) for Secret Santa; running races (35), crowdfunding (16) and donation receipts (7) for
sponsored runs; scholarships (13), student residences (24), student societies (30) and exchange learning agreements
(36) for enrolment; driving schools (14), vehicle registration (23), taxi licensing (34) and foreign qualifications
(34) for licence exchange; neighbourhood watch (13), public consultations and noise diaries (38) for defect reports;
scaffold permits (39), street parties (35) and fire brigades (19) for bonfires; first-aid registers (15), HR onboarding
(8), key registers (35) and occupational health (28) for fire wardens; naturalisation (15), volunteering services (21)
and reading mentors (40) for criminal-record certificates; chess (18), esports (22), book clubs and pub quizzes (27)
for tabletop games; school-run car pools (17), school buses (37) and commuter carpools (36) for walking buses;
appliance warranties and moving quotes (32), kitchen studios (27) and upholsterers (30) for furniture deliveries; youth
sports registrations (10), club transfers (32) and print shops (19) for team kit; civil status certificates and death
notices (5), midwives (14) and condolence books (39) for birth announcements - the genres here are none of those:
 1. secretsanta - Secret Santa and gift exchanges (Postwichteln / Wichteln, Engerl-Bengerl, Père Noël secret, Babbo
    Natale segreto, Secret Santa): sign-up forms (name, postal address, courier phone, date of birth "alcohol 18+",
    wish lists of products, a partner not to be drawn; sometimes OCR noise), the organiser's draw table with receivers'
    addresses and a family chat (a move, a courier number), an office thread quoting the organiser's announcement
    (colleagues as full names or "F. Last", direct lines, work e-mails), draw-app exports (exclusions, assignments);
 2. sponsoredrun - school sponsored runs and charity walks (Sponsorenlauf, course solidaire, corsa solidale, sponsored
    run, jog-a-thon): sponsor cards (pupil, class, parent, sponsors with addresses for receipts / Gift Aid and phones,
    amounts per lap, the parents' association's IBAN; schools named after persons unlabelled), lap results with a
    teachers' chat (possessives "Emmas Papa" / "Poppy's dad" with the ending outside the span), a grandparent's
    receipt request quoting the treasurer, pledge exports (sponsors' IBANs for direct debits, masked cards);
 3. enrolment - university enrolment (Immatrikulation, inscription administrative, immatricolazione, enrolment /
    enrollment): forms (surname, first names, birth name, date of birth, place of birth and nationality unlabelled,
    term-time and home address, refund IBAN, emergency contact; insurers and numbers unlabelled), the office's list of
    applicants with dates of birth and a staff chat (a corrected date of birth), a student's reply quoting the office
    (DIN-style line, work e-mail, a role mailbox unlabelled), campus exports;
 4. licenceexchange - exchanging a foreign driving licence (Umschreibung, Führerausweis-Umtausch, échange de permis
    étranger, conversione patente estera, DVLA exchange, DMV transfer): applications (licence numbers, categories and
    issuing countries unlabelled, a certified translator with phone), appointment lists with a clerks' chat, an
    applicant's reply quoting the office, case exports;
 5. defectreport - municipal defect reports (Mängelmelder, Züri wie neu, Sag's Wien, signalement, segnalazioni,
    FixMyStreet, 311): reports (the site "outside" a street and number labelled, junctions of two streets unlabelled,
    coordinates, lamp-column and ticket numbers unlabelled, the reporter; a noreply mailbox unlabelled), open-report
    lists with a crew chat, a citizen's follow-up quoting the council (a neighbour in Cc), service-request exports;
 6. burnpermit - bonfire and open-burning notifications (Brauchtumsfeuer / Osterfeuer, Funkenfeuer, feu de la
    Saint-Jean, falò, bonfire night, open burn permit): notifications (the club unlabelled, the person responsible with
    date of birth, the site behind a street and number, parcel numbers and volumes unlabelled, fire watch with mobiles,
    a deposit refund IBAN), the office's list with a fire-brigade chat, an organiser's reply quoting the conditions,
    exports;
 7. firewarden - workplace fire wardens and evacuation helpers (Brandschutzhelfer, guide-file / serre-file, addetti
    antincendio, fire / floor wardens): appointment letters (the firm's business address and phone, employee numbers,
    rooms and floors unlabelled, direct line, mobile, work e-mail, date of birth for the certificate, a deputy), floor
    lists with a drill chat, a mail to the training provider with attendees' dates of birth quoting its offer, EHS
    exports;
 8. conductcert - criminal-record certificates for volunteers (erweitertes Führungszeugnis, Sonderprivatauszug,
    Strafregisterbescheinigung, extrait de casier judiciaire, casellario giudiziale, enhanced DBS check, background
    check): the club's confirmation letter (chair, club address, the volunteer with date of birth and address, birth
    name), the club's register with a board chat, a volunteer's reply with a previous address quoting the chair,
    application exports;
 9. tabletop - tabletop role-playing and board-game groups and conventions: registrations (date of birth, address,
    a guardian for minors, game titles and ticket prices unlabelled, masked cards), campaign schedules at players'
    homes with a group chat (nicknames, a bell plate by surname), a game master's reply quoting the organiser (a helper
    in Cc, an expenses IBAN), ticket exports;
10. pedibus - walking school buses (Laufbus / Pedibus, pédibus, piedibus, walking (school) bus): sign-up forms (child
    with date of birth and a class from it, stop by landmark or "outside" a street and number, parents), weekly rotas
    with a parents' chat (a new family by surname and street), a parent's reply quoting the coordinator, exports;
11. furniture - furniture delivery and assembly (Auftragsbestätigung, livraison et montage, consegna e montaggio,
    delivery confirmation): confirmations on the store's letterhead (stores sometimes named after a surname,
    unlabelled; article numbers, products and prices unlabelled; a role mailbox; masked card; floor notes; a neighbour
    to receive), drivers' route lists with a dispatch chat, a customer's rescheduling reply quoting the store (a refund
    IBAN), order exports;
12. teamkit - team kit orders with printed names (Trikotbestellung, maillots floqués, divise personalizzate, team kit):
    order forms (the team manager, players with the name printed on the back - a surname in capitals or a first name,
    its own PERSON span -, shirt numbers and sizes unlabelled, dates of birth for youth league cards, the club's IBAN),
    size lists with a team chat, a manager's correction quoting the shop's proof (a misspelt printed name is a PERSON
    too), webshop exports;
13. birthnotice - birth announcements and baby cards (Geburtskarten, faire-part de naissance, partecipazioni di
    nascita, birth announcements): order forms with the card text (the baby's first name and date of birth as a DOB,
    time, weight and length unlabelled, parents and siblings), the print shop's order list with a staff chat, a
    parent's reply quoting the proof with grandparents' addresses, webshop exports.
Values appear in "Label: value" forms (colon, aligned, tab, dotted leaders, bold Markdown, "key = value", two-column
Markdown tables, upper-case labels, bullets, bracketed labels), letterheads and address blocks, one-line addresses,
Markdown (padded or not), fixed-width, comma-, semicolon-, tab- and pipe-separated tables, JSON (pretty, one record per
line, nested), YAML, mail headers (display names, quoted "Last, First", upper-case display names, bare addresses, Cc)
and quoted replies ("Am ... schrieb", "Le ... a écrit", "Il giorno ... ha scritto", "On ... wrote", Outlook
original-message blocks, with "> " or not), chats in eight layouts (WhatsApp iOS / Android, Telegram, Teams-like,
IRC-like, "name (12:04):", Discord-like, plain; US chats with AM / PM; a sender keeps one display form), OCR noise, in
each country's conventions (German "12a", "Bahnhofstr.", ", 3. OG", "(Hinterhaus)", "D-"; Austrian "/3/7", "/Top 5",
"/Stiege 2/Tür 7", "A-", "Jänner"; Swiss "strasse", "CH-", no "ß"; French "bis" / "ter", "12, rue", upper-case towns;
Italian "Via ... n.", "12/B", provinces with and without parentheses, "I-"; British "Flat 3, 27 ...", "Town POSTCODE",
upper-case towns; US "Apt", "#", "Unit", ZIP+4).  Dates of birth in the locale's shapes ("12.03.1984", "2.3.1984",
"12.03.84", ISO, "2. März 1984", "02. März 1984", "2. Jan. 1984", "12. 03. 1984", Austrian "12/03/1984" and "Jänner",
"12/03/1984", "12 mars 1984" / "1er", "12 MARS 1984", "12 févr. 1984", "12/03/84", "12-03-1984", "12 marzo 1984" /
"1°", "12 mar 1984", "2/3/1984", "12 March 1984", "12th March 1984", "12th of March 1984", "12 Mar 1984",
"12-MAR-1984", "03/12/1984", "3/12/1984", "3/12/84", "March 12, 1984", "Mar 12, 1984", "Mar. 12, 1984", "March 12th,
1984", "03-12-1984"); three quarters of the documents keep one shape, the others mix; exports use ISO or that shape;
after a label or cue word or without one (table columns, JSON / YAML fields, card texts).  Plain dates (events,
deadlines, deliveries, issue and training dates, letter dates, mail and chat time stamps) use the country's numeric or
spelled-out shape and are not labelled.  Unlabelled distractors: order, ticket, case, application, matriculation,
employee, pledge, licence, parcel, lamp-column and reference numbers, coordinates, prices, fees, budgets, weights and
lengths, shirt numbers and sizes, plain dates and times, towns alone (places of birth, issuing states), nationalities,
streets without a house number and junctions, floors and rooms, masked cards, role and noreply mailboxes, products, game
titles and organisations (schools, universities, offices, clubs, firms, stores, shops, providers) - also when named
after a person or a place.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, as in holdout38-40 without AHV, CARD and IP):
* PERSON: the name of a natural person as written, in any order, with initials, particles, double first names and
  double surnames inside the span; titles and salutations (Herr, Herrn, Frau, M., Mme, Monsieur, Madame, Sig., Sig.ra,
  signor, signora, Mr, Ms, Mrs) outside; a first name, a nickname, "First L.", "F. Last", a surname alone, a surname in
  capitals printed on a shirt (also misspelt), a birth name, a chat sender and a display name are PERSON spans;
  "Anna und Peter X" is two spans; possessive endings are outside the span; organisations are not labelled, also when
  named after a person.
* EMAIL: every personal e-mail address, private or work; role and noreply mailboxes are not labelled.
* PHONE: every phone number of a person or of an organisation (letterheads, direct lines with the extension inside the
  span, chats, tables, exports).
* ADDRESS: "street, postcode town" on one line is two spans, as is a two-line block; a street with its number alone is
  ADDRESS (also a site "outside" or "behind" it) and so is a "postcode town" field; business addresses are labelled;
  towns alone, streets without a house number and floors alone are not.
* DOB: a full date of birth (day, month, year) of an adult, a child or a baby, cue words outside; other dates are not.
* IBAN: every IBAN, compact or grouped (also a club's, an association's or a school's).

Usage (repo root): python bench/privacy/generate_holdout41.py [--out PATH] [--stats] [--show N [--genre NAME]
[--offset K]] [--debug]
(--stats and --show print and write nothing; --debug prints the documents drawn again.)
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import pathlib
import random
import re
import sys
import unicodedata

OUT = pathlib.Path(__file__).resolve().parent / "data" / "synthetic_holdout41.jsonl"
TYPES = ("PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS", "DOB")
SET = "holdout41"

LOCALE_QUOTA = [
    ("de_DE", 210),
    ("de_CH", 160),
    ("de_AT", 110),
    ("fr_FR", 135),
    ("fr_CH", 115),
    ("it_IT", 115),
    ("it_CH", 80),
    ("en_GB", 190),
    ("en_US", 185),
]
LANG = {
    "de_DE": "de",
    "de_CH": "de",
    "de_AT": "de",
    "fr_FR": "fr",
    "fr_CH": "fr",
    "it_IT": "it",
    "it_CH": "it",
    "en_GB": "en",
    "en_US": "en",
}
COUNTRY = {
    "de_DE": "DE",
    "de_CH": "CH",
    "de_AT": "AT",
    "fr_FR": "FR",
    "fr_CH": "CH",
    "it_IT": "IT",
    "it_CH": "CH",
    "en_GB": "GB",
    "en_US": "US",
}
REGION = {
    "de_DE": "de",
    "de_CH": "chde",
    "de_AT": "at",
    "fr_FR": "fr",
    "fr_CH": "chfr",
    "it_IT": "it",
    "it_CH": "chit",
    "en_GB": "gb",
    "en_US": "us",
}


def seeded(*parts: object) -> random.Random:
    key = "|".join(str(p) for p in parts).encode("utf-8")
    return random.Random(int.from_bytes(hashlib.sha256(key).digest()[:8], "big"))


# --------------------------------------------------------------------------------------------------------------------
# Document builder: a list of segments (text, type or None); entity offsets are computed only at the end.
# --------------------------------------------------------------------------------------------------------------------


class Doc:
    def __init__(self, *items: object) -> None:
        self.segs: list[list] = []
        self.add(*items)

    def add(self, *items: object) -> Doc:
        for it in items:
            self._add(it)
        return self

    def _add(self, it: object) -> None:
        if it is None:
            return
        if isinstance(it, str):
            if it:
                self.segs.append([it, None])
        elif isinstance(it, tuple):
            typ, val = it
            assert typ in TYPES, typ
            assert val and val == val.strip() and "\n" not in val, (typ, val)
            self.segs.append([val, typ])
        elif isinstance(it, Doc):
            self.segs.extend([list(s) for s in it.segs])
        elif isinstance(it, list):
            for x in it:
                self._add(x)
        else:
            raise TypeError(type(it))

    def f(self, fmt: str, *args: object) -> Doc:
        parts = fmt.split("{}")
        assert len(parts) == len(args) + 1, (fmt, len(args))
        for i, p in enumerate(parts):
            self._add(p)
            if i < len(args):
                self._add(args[i])
        return self

    def line(self, *items: object) -> Doc:
        self.add(*items)
        self._add("\n")
        return self

    def plain(self) -> str:
        return "".join(s[0] for s in self.segs)

    def map_text(self, fn, keep: tuple = ()) -> Doc:
        d = Doc()
        for t, typ in self.segs:
            d.segs.append([t if typ in keep else fn(t), typ])
        return d

    def map_plain(self, fn) -> Doc:
        d = Doc()
        for t, typ in self.segs:
            d.segs.append([fn(t) if typ is None else t, typ])
        return d

    def quoted(self, prefix: str = "> ") -> Doc:
        d = Doc(prefix)
        for t, typ in self.segs:
            d.segs.append([t.replace("\n", "\n" + prefix) if typ is None else t, typ])
        # no trailing "> " on an empty last line
        if d.segs and d.segs[-1][1] is None and d.segs[-1][0].endswith("\n" + prefix):
            d.segs[-1][0] = d.segs[-1][0][: -len(prefix)]
        return d


def R(*items: object) -> Doc:
    return Doc(*items)


def plain(it: object) -> str:
    if it is None:
        return ""
    if isinstance(it, str):
        return it
    if isinstance(it, tuple):
        return it[1]
    if isinstance(it, Doc):
        return it.plain()
    if isinstance(it, list):
        return "".join(plain(x) for x in it)
    raise TypeError(type(it))


def finish(doc: Doc, locale: str) -> tuple[str, list[dict]]:
    text_parts: list[str] = []
    ents: list[dict] = []
    pos = 0
    for t, typ in doc.segs:
        if locale == "de_CH":
            t = t.replace("ß", "ss")
        if typ is not None:
            ents.append({"type": typ, "start": pos, "end": pos + len(t), "text": t})
        text_parts.append(t)
        pos += len(t)
    return "".join(text_parts), ents


# --------------------------------------------------------------------------------------------------------------------
# Generic renderers: forms, tables, JSON, YAML, chats, mails
# --------------------------------------------------------------------------------------------------------------------

FORM_STYLES = ["colon", "aligned", "tab", "dots", "bold", "kv", "mdtable", "upper", "bullet", "bracket"]


def form(fields: list, style: str, width: int | None = None) -> Doc:
    """fields: (label, rich) pairs or a str (a heading line) or None."""
    d = Doc()
    labels = [f[0] for f in fields if isinstance(f, tuple)]
    w = width or (max(len(lb) for lb in labels) + 1 if labels else 10)
    first_md = True
    for f in fields:
        if f is None:
            continue
        if isinstance(f, str):
            if style == "mdtable":
                first_md = True
                d.add("\n" + f + "\n\n")
            else:
                d.add(f + "\n")
            continue
        lb, val = f
        if style == "colon":
            d.add(lb + ": ", val, "\n")
        elif style == "aligned":
            d.add((lb + ":").ljust(w + 1) + " ", val, "\n")
        elif style == "tab":
            d.add(lb + ":\t", val, "\n")
        elif style == "dots":
            d.add(lb + " " + "." * max(3, w + 4 - len(lb)) + " ", val, "\n")
        elif style == "bold":
            d.add("**" + lb + ":** ", val, "\n")
        elif style == "kv":
            d.add(lb.lower().replace(" ", "_") + " = ", val, "\n")
        elif style == "mdtable":
            if first_md:
                d.add("| Feld | Wert |\n|---|---|\n" if False else "| | |\n|---|---|\n")
                first_md = False
            d.add("| " + lb + " | ", val, " |\n")
        elif style == "upper":
            d.add(lb.upper() + ": ", val, "\n")
        elif style == "bullet":
            d.add("- " + lb + ": ", val, "\n")
        elif style == "bracket":
            d.add("[" + lb + "] ", val, "\n")
        else:
            raise ValueError(style)
    return d


TABLE_STYLES = ["md", "mdpad", "csv", "ssv", "tsv", "fixed", "pipe"]


def table(header: list[str], rows: list[list], style: str) -> Doc:
    d = Doc()
    if style in ("csv", "ssv", "tsv", "pipe"):
        sep = {"csv": ",", "ssv": ";", "tsv": "\t", "pipe": "|"}[style]

        def cell(c: object) -> object:
            p = plain(c)
            if sep in p or '"' in p:
                assert '"' not in p
                return R('"', c, '"')
            return c

        d.add(sep.join(header) + "\n")
        for r in rows:
            for i, c in enumerate(r):
                if i:
                    d.add(sep)
                d.add(cell(c))
            d.add("\n")
        return d
    if style in ("mdpad", "fixed"):
        widths = [max([len(h)] + [len(plain(r[i])) for r in rows]) for i, h in enumerate(header)]
    else:
        widths = [0] * len(header)
    if style in ("md", "mdpad"):
        d.add("| " + " | ".join(h.ljust(widths[i]) for i, h in enumerate(header)) + " |\n")
        d.add("|" + "|".join("-" * (max(3, widths[i]) + 2) for i in range(len(header))) + "|\n")
        for r in rows:
            d.add("| ")
            for i, c in enumerate(r):
                if i:
                    d.add(" | ")
                d.add(c, " " * (widths[i] - len(plain(c))))
            d.add(" |\n")
        return d
    # fixed width
    d.add("  ".join(h.ljust(widths[i]) for i, h in enumerate(header)).rstrip() + "\n")
    d.add("  ".join("-" * widths[i] for i in range(len(header))) + "\n")
    for r in rows:
        for i, c in enumerate(r):
            if i:
                d.add("  ")
            pad = " " * (widths[i] - len(plain(c))) if i < len(r) - 1 else ""
            d.add(c, pad)
        d.add("\n")
    return d


def _jstr(it: object) -> Doc:
    d = Doc('"')
    for seg in R(it).segs:
        t, typ = seg
        if typ is None:
            d.add(json.dumps(t, ensure_ascii=False)[1:-1])
        else:
            assert '"' not in t and "\\" not in t
            d.add((typ, t))
    d.add('"')
    return d


def jval(v: object, indent: int | None, level: int) -> Doc:
    if v is None:
        return R("null")
    if isinstance(v, bool):
        return R("true" if v else "false")
    if isinstance(v, (int, float)):
        return R(json.dumps(v))
    if isinstance(v, dict):
        if not v:
            return R("{}")
        d = Doc("{")
        items = list(v.items())
        for i, (k, x) in enumerate(items):
            if indent is not None:
                d.add("\n" + " " * (indent * (level + 1)))
            d.add(json.dumps(k, ensure_ascii=False) + ": ", jval(x, indent, level + 1))
            if i < len(items) - 1:
                d.add("," if indent is not None else ", ")
        if indent is not None:
            d.add("\n" + " " * (indent * level))
        d.add("}")
        return d
    if isinstance(v, list):
        if not v:
            return R("[]")
        d = Doc("[")
        for i, x in enumerate(v):
            if indent is not None:
                d.add("\n" + " " * (indent * (level + 1)))
            d.add(jval(x, indent, level + 1))
            if i < len(v) - 1:
                d.add("," if indent is not None else ", ")
        if indent is not None:
            d.add("\n" + " " * (indent * level))
        d.add("]")
        return d
    return _jstr(v)


def yaml_scalar(v: object) -> Doc:
    if v is None:
        return R("null")
    if isinstance(v, bool):
        return R("true" if v else "false")
    if isinstance(v, (int, float)):
        return R(str(v))
    p = plain(v)
    if (
        ":" in p
        or "#" in p
        or p[:1] in "-[{*&!|>'\"%@`"
        or p.strip() != p
        or p.lower() in ("yes", "no", "on", "off")
        or re.fullmatch(r"[\d .+/()-]+", p)
    ):
        return _jstr(v)
    return R(v)


def yaml(v: object, level: int = 0) -> Doc:
    d = Doc()
    ind = "  " * level
    if isinstance(v, dict):
        for k, x in v.items():
            if isinstance(x, dict) and x:
                d.add(f"{ind}{k}:\n", yaml(x, level + 1))
            elif isinstance(x, list) and x:
                d.add(f"{ind}{k}:\n")
                for el in x:
                    if isinstance(el, dict):
                        sub = yaml(el, level + 2)
                        # turn the first indentation into "- "
                        first = sub.segs[0]
                        first[0] = ind + "  - " + first[0][len(ind) + 4 :]
                        d.add(sub)
                    else:
                        d.add(f"{ind}  - ", yaml_scalar(el), "\n")
            elif isinstance(x, list):
                d.add(f"{ind}{k}: []\n")
            else:
                d.add(f"{ind}{k}: ", yaml_scalar(x), "\n")
    return d


CHAT_LAYOUTS = ["wa_ios", "wa_android", "telegram", "teams", "irc", "paren", "discord", "plain"]


def chat(msgs: list, layout: str, day: dt.date, lang: str, us: bool, rng: random.Random) -> Doc:
    """msgs: (sender rich, 'HH:MM', text rich)."""
    d = Doc()
    for sender, hm, text in msgs:
        h, m = (int(x) for x in hm.split(":"))
        s = rng.randint(0, 59)
        if us:
            hh = h % 12 or 12
            ap = "AM" if h < 12 else "PM"
            t12 = f"{hh}:{m:02d} {ap}"
        if layout == "wa_ios":
            ds = day.strftime("%m/%d/%y") if us else day.strftime("%d.%m.%y")
            tt = f"{hh}:{m:02d}:{s:02d} {ap}" if us else f"{h:02d}:{m:02d}:{s:02d}"
            d.add(f"[{ds}, {tt}] ", sender, ": ", text, "\n")
        elif layout == "wa_android":
            ds = (
                day.strftime("%m/%d/%y")
                if us
                else day.strftime("%d/%m/%Y" if lang in ("fr", "it", "en") else "%d.%m.%y")
            )
            d.add(f"{ds}, {t12 if us else hm} - ", sender, ": ", text, "\n")
        elif layout == "telegram":
            ds = day.strftime("%m/%d/%Y") if us else day.strftime("%d.%m.%Y")
            d.add(sender, f", [{ds} {t12 if us else hm}]\n", text, "\n\n")
        elif layout == "teams":
            d.add(sender, f"  {t12 if us else hm}\n", text, "\n\n")
        elif layout == "irc":
            d.add(f"[{hm}] <", sender, "> ", text, "\n")
        elif layout == "paren":
            d.add(sender, f" ({t12 if us else hm}): ", text, "\n")
        elif layout == "discord":
            today = {"de": "Heute um", "fr": "Aujourd'hui à", "it": "Oggi alle", "en": "Today at"}[lang]
            d.add(sender, f" — {today} {t12 if us else hm}\n", text, "\n")
        else:
            d.add(sender, ": ", text, "\n")
    return d


def times(rng: random.Random, n: int, start: int = 7, end: int = 22) -> list[str]:
    t = rng.randint(start * 60, (start + 3) * 60)
    out = []
    for _ in range(n):
        out.append(f"{min(t // 60, 23):02d}:{t % 60:02d}")
        t = min(t + rng.randint(1, 35), end * 60 + 59)
    return out


def strip_accents(s: str) -> str:
    s = s.replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("ł", "l").replace("Ł", "L")
    s = s.replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# OCR noise: only in unlabelled text
OCR_SUBS = [
    ("l", "1"),
    ("O", "0"),
    ("rn", "m"),
    ("e", "c"),
    ("i", "í"),
    ("a", "ä"),
    ("S", "5"),
    ("B", "8"),
    (":", ";"),
    (".", ","),
    ("h", "b"),
    ("u", "ü"),
    ("t", "f"),
]


def ocr(doc: Doc, rng: random.Random, rate: float = 0.03) -> Doc:
    def noisy(t: str) -> str:
        out = []
        i = 0
        while i < len(t):
            done = False
            if t[i].isalpha() or t[i] in ":.":
                if rng.random() < rate:
                    for a, b in rng.sample(OCR_SUBS, 4):
                        if t.startswith(a, i):
                            out.append(b)
                            i += len(a)
                            done = True
                            break
            if not done:
                out.append(t[i])
                i += 1
        return "".join(out)

    return doc.map_plain(noisy)


# --------------------------------------------------------------------------------------------------------------------
# Names (written here by hand; nothing is drawn from a library)
# --------------------------------------------------------------------------------------------------------------------


def _l(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


NAMES: dict[str, dict[str, list[str]]] = {
    "de": {
        "f": _l(
            "Sabine, Claudia, Petra, Andrea, Susanne, Katrin, Nicole, Stefanie, Julia, Anja, Birgit, Heike, Kerstin, "
            "Ulrike, Christiane, Melanie, Sandra, Tanja, Jana, Franziska, Miriam, Annika, Lisa, Laura, Svenja, "
            "Dorothea, Gudrun, Hildegard, Renate, Ingrid, Marlene, Johanna, Friederike, Wiebke, Imke, Swantje, "
            "Antje, Mareike, Greta, Theresa, Verena, Carolin, Nadine, Sophie, Lena"
        ),
        "m": _l(
            "Thomas, Michael, Andreas, Stefan, Frank, Jürgen, Uwe, Matthias, Markus, Christian, Tobias, Sebastian, "
            "Jan, Florian, Dirk, Holger, Ralf, Torsten, Jens, Olaf, Kai, Björn, Hendrik, Malte, Jannik, Lars, "
            "Till, Moritz, Niklas, Johannes, Benedikt, Wolfgang, Dieter, Klaus, Helmut, Gerhard, Rainer, Bernd, "
            "Volker, Detlef, Carsten, Arne, Ole, Henning, Konstantin"
        ),
        "last": _l(
            "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, "
            "Bauer, Koch, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, "
            "Hartmann, Lange, Schmitt, Werner, Schmitz, Krause, Meier, Lehmann, Schmid, Schulze, Maier, Köhler, "
            "Herrmann, König, Walter, Mayer, Huber, Kaiser, Fuchs, Peters, Lang, Scholz, Möller, Weiß, Jung, "
            "Hahn, Schubert, Vogel, Friedrich, Keller, Günther, Frank, Berger, Winkler, Roth, Beck, Lorenz, "
            "Baumann, Franke, Albrecht, Schuster, Simon, Ludwig, Böhm, Winter, Kraus, Martin, Schumacher, "
            "Krämer, Vogt, Stein, Jäger, Otto, Sommer, Groß, Seidel, Heinrich, Brandt, Haas, Schreiber, Graf, "
            "Dietrich, Ziegler, Kuhn, Kühn, Pohl, Engel, Horn, Busch, Bergmann, Thomas, Voigt, Sauer, Arnold, "
            "Wolff, Pfeiffer, Thiessen, Carstensen, Hinrichs, Ohlsen, Janssen, Harms, Brinkmann, Wittkamp, "
            "Oberländer, Dreßler, Gebauer, Reinhardt, Eckstein, Hagedorn, Kirchhoff, Stüber, Wendler"
        ),
    },
    "at": {
        "f": _l(
            "Johanna, Theresa, Magdalena, Katharina, Elisabeth, Barbara, Veronika, Christina, Sabine, Martina, "
            "Andrea, Birgit, Ursula, Hermine, Stefanie, Viktoria, Anna-Lena, Valentina, Lisa, Sarah, Manuela, "
            "Gerlinde, Roswitha, Waltraud, Marlies"
        ),
        "m": _l(
            "Florian, Lukas, Maximilian, Dominik, Matthias, Stefan, Christoph, Bernhard, Wolfgang, Herbert, Franz, "
            "Josef, Leopold, Gernot, Reinhard, Alois, Manfred, Thomas, Markus, Andreas, Clemens, Harald, "
            "Georg, Ferdinand, Valentin"
        ),
        "last": _l(
            "Gruber, Huber, Bauer, Wagner, Müller, Pichler, Steiner, Moser, Mayer, Hofer, Leitner, Berger, Fuchs, "
            "Eder, Fischer, Schmid, Winkler, Weber, Schwarz, Maier, Schneider, Reiter, Mayr, Schmidt, Wimmer, "
            "Egger, Brunner, Lang, Baumgartner, Auer, Binder, Lechner, Wolf, Wallner, Aigner, Ebner, Koller, "
            "Lehner, Haas, Schuster, Haider, Holzer, Lackner, Hubmer, Pölzl, Kogler, Strasser, Hörmann, "
            "Grabner, Zöchling, Pirker, Gschwandtner, Rauchenberger, Pfandl, Mitterhuber, Stadlmayr, Url"
        ),
    },
    "chde": {
        "f": _l(
            "Corinne, Seraina, Nadja, Livia, Fabienne, Jasmin, Barbara, Ursula, Regula, Esther, Brigitte, Monika, "
            "Daniela, Rahel, Andrea, Nicole, Sandra, Anita, Margrit, Vreni, Lea, Alina, Jana, Carmen, Flurina, "
            "Ladina, Mirjam, Tamara, Priska, Annemarie"
        ),
        "m": _l(
            "Reto, Urs, Beat, Jürg, Mathias, Daniel, Thomas, Peter, Martin, Marco, Patrick, Roger, Adrian, Simon, "
            "Lukas, Stefan, Andreas, Christoph, Fabian, Dominik, Silvan, Gian, Ueli, Hansruedi, Walter, Kurt, "
            "Pascal, Remo, Cyrill, Severin"
        ),
        "last": _l(
            "Meier, Müller, Schmid, Keller, Weber, Huber, Schneider, Meyer, Steiner, Fischer, Gerber, Brunner, "
            "Baumann, Frei, Zimmermann, Moser, Widmer, Wyss, Graf, Roth, Kälin, Zürcher, Bühlmann, Inäbnit, "
            "Schüpbach, Bachmann, Rüegg, Niederberger, Ammann, Hürlimann, Zbinden, Aebischer, Egli, Lüthi, "
            "Hofstetter, Zaugg, Burkhalter, Sutter, Stalder, Bösch, Gisler, Arnold, Betschart, Lötscher, "
            "Tschudi, Casutt, Caduff, Cathomen, Derungs, Giger, Hämmerli, Flückiger, Imhof, Wälti"
        ),
    },
    "chfr": {
        "f": _l(
            "Sylvie, Nathalie, Christine, Isabelle, Valérie, Sandrine, Florence, Mélanie, Joëlle, Anne-Claude, "
            "Marie-France, Chantal, Léa, Camille, Chloé, Laetitia, Aurélie, Séverine, Céline, Maude"
        ),
        "m": _l(
            "Jean-Marc, Pierre-Alain, Olivier, Laurent, Philippe, Christophe, Yves, Jean-Daniel, Stéphane, Cédric, "
            "Nicolas, Julien, Raphaël, Sébastien, Jacques, Alain, Gilles, Thierry, Loïc, Mathieu"
        ),
        "last": _l(
            "Rochat, Chappuis, Favre, Dubois, Jaquier, Berset, Pittet, Mottier, Vuilleumier, Genoud, Cuche, "
            "Perrin, Rey, Bonvin, Crettenand, Monnier, Pasche, Jaccard, Dafflon, Gremaud, Bovet, Morand, "
            "Cornaz, Clerc, Golay, Jeanneret, Barras, Fournier, Vaucher, Baud, Mermod, Décosterd, Savary, "
            "Ducret, Overney, Fragnière, Marmillod, Gaillard, Blanchard, Cherpillod"
        ),
    },
    "chit": {
        "f": _l(
            "Chiara, Sara, Francesca, Elena, Manuela, Daniela, Laura, Michela, Monica, Nadia, Paola, Tiziana, "
            "Lara, Noemi, Giada, Sabrina, Alessia, Ornella"
        ),
        "m": _l(
            "Fabio, Luca, Marco, Claudio, Mattia, Nicola, Giorgio, Stefano, Ivan, Sandro, Paolo, Mauro, Tiziano, "
            "Michele, Daniele, Gianluca, Loris, Fulvio"
        ),
        "last": _l(
            "Bernasconi, Rezzonico, Bianchi, Lepori, Pedrazzini, Ghisletta, Guscetti, Cattaneo, Balestra, "
            "Fumagalli, Gianinazzi, Quadri, Lurati, Sargenti, Bottani, Robbiani, Cereghetti, Soldati, Poretti, "
            "Beltraminelli, Respini, Bonetti, Pagani, Ferrari, Galli, Induni, Crivelli, Mombelli"
        ),
    },
    "fr": {
        "f": _l(
            "Camille, Manon, Océane, Gwenaëlle, Maëlys, Sophie, Nathalie, Isabelle, Sandrine, Véronique, Martine, "
            "Brigitte, Catherine, Élodie, Aurélie, Émilie, Julie, Pauline, Clémence, Margaux, Anaïs, Solène, "
            "Bénédicte, Ghislaine, Mireille, Josiane, Laurence, Agnès, Cécile, Hélène"
        ),
        "m": _l(
            "Théo, Baptiste, Yannick, Nicolas, Julien, Sébastien, Guillaume, Maxime, Romain, Antoine, Thibault, "
            "Quentin, Benoît, Franck, Hervé, Didier, Patrick, Pascal, Gérard, Bernard, Jean-Luc, Jean-Pierre, "
            "François, Mathieu, Grégoire, Loïc, Erwan, Arnaud, Cyril, Florian"
        ),
        "last": _l(
            "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, "
            "Lefèvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Mercier, "
            "Dupont, Lambert, Bonnet, François, Martinez, Legrand, Garnier, Faure, Rousseau, Blanc, Guérin, "
            "Muller, Henry, Roussel, Nicolas, Perrin, Morin, Mathieu, Clément, Gauthier, Dumont, Lopez, "
            "Fontaine, Chevalier, Robin, Masson, Le Gall, Le Goff, Kerjean, Le Bihan, Etcheverry, Santoni, "
            "Casanova, Arrighi, Goyhenetche, Quéré, Tanguy, Courtois, Delaunay, Prévost, Lacombe, Vasseur"
        ),
    },
    "it": {
        "f": _l(
            "Giulia, Francesca, Chiara, Federica, Valentina, Alessandra, Silvia, Elisa, Martina, Roberta, Paola, "
            "Cristina, Barbara, Simona, Laura, Anna, Maria Grazia, Antonella, Rosaria, Carmela, Ilaria, Serena, "
            "Benedetta, Arianna, Veronica, Lucia, Teresa, Patrizia, Donatella, Ornella"
        ),
        "m": _l(
            "Marco, Alessandro, Andrea, Luca, Giuseppe, Giovanni, Francesco, Antonio, Roberto, Stefano, Matteo, "
            "Davide, Simone, Paolo, Massimo, Salvatore, Vincenzo, Fabrizio, Riccardo, Claudio, Gianluca, Emanuele, "
            "Pietro, Luigi, Carmine, Domenico, Gennaro, Raffaele, Jacopo, Filippo"
        ),
        "last": _l(
            "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, "
            "Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, "
            "Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini, Leone, Longo, Gentile, Martinelli, Vitale, "
            "Lombardo, Serra, Coppola, De Santis, D'Angelo, Marchetti, Parisi, Villa, Conte, Ferraro, Ferri, "
            "Fabbri, Bianco, Marini, Grasso, Valentini, Messina, Sala, De Angelis, Gatti, Pellegrini, Palumbo, "
            "Sanna, Farina, Rizzi, Monti, Morelli, Amato, Silvestri, Mazza, Testa, Caputo, Montanari, Guerra, "
            "Palmieri, Bernardi, Fiore, De Rosa, Ferretti, Bellini, Basile, Riva, Donati, Piras, Battaglia, "
            "Sartori, Neri, Pagano, Ruggiero, Sorrentino, D'Amico, Orlando, Lo Bianco, Dell'Acqua, Lo Russo"
        ),
    },
    "gb": {
        "f": _l(
            "Sarah, Emma, Rachel, Claire, Helen, Joanne, Nicola, Louise, Victoria, Charlotte, Hannah, Lucy, Gemma, "
            "Kirsty, Siobhan, Fiona, Alison, Deborah, Gillian, Margaret, Eleanor, Harriet, Imogen, Phoebe, "
            "Megan, Bethan, Rhian, Catriona, Morag, Zoe"
        ),
        "m": _l(
            "James, David, Richard, Mark, Paul, Andrew, Stephen, Simon, Neil, Gareth, Craig, Stuart, Alistair, "
            "Callum, Jamie, Tom, Oliver, Harry, Rory, Fergus, Hamish, Rhys, Dylan, Owen, Graham, Nigel, Colin, "
            "Trevor, Keith, Duncan"
        ),
        "last": _l(
            "Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Robinson, Wright, Thompson, Evans, "
            "Walker, White, Roberts, Green, Hall, Wood, Jackson, Clarke, Hughes, Edwards, Lewis, Harris, Turner, "
            "Parker, Cooper, Morris, Ward, Watson, Morgan, Bennett, Griffiths, Price, Pryce, Llewellyn, "
            "MacLeod, McKenzie, Fraser, Campbell, O'Brien, Fairweather, Ashworth, Whitmore, Pemberton, "
            "Hargreaves, Ramsbottom, Blenkinsop, Featherstone, Entwistle, Trelawney, Penhaligon, Crichton"
        ),
    },
    "us": {
        "f": _l(
            "Jennifer, Jessica, Ashley, Amanda, Brittany, Megan, Lauren, Kayla, Heather, Stephanie, Tiffany, "
            "Courtney, Danielle, Shannon, Kimberly, Melissa, Crystal, Amber, Haley, Madison, Kendra, Tamika, "
            "LaToya, Deborah, Patricia, Linda, Brenda, Cheryl, Dolores, Marisol"
        ),
        "m": _l(
            "Michael, Christopher, Matthew, Joshua, Daniel, Tyler, Brandon, Justin, Kyle, Ryan, Cody, Dustin, "
            "Travis, Derek, Brett, Chad, Jeffrey, Gregory, Kevin, Scott, Darnell, DeShawn, Terrence, Curtis, "
            "Wayne, Randall, Dwayne, Marcus, Jamal, Cole"
        ),
        "last": _l(
            "Johnson, Williams, Brown, Jones, Miller, Davis, Garcia, Rodriguez, Martinez, Hernandez, Lopez, "
            "Gonzalez, Wilson, Anderson, Thomas, Taylor, Moore, Jackson, Martin, Lee, Thompson, White, Harris, "
            "Sanchez, Clark, Ramirez, Lewis, Robinson, Walker, Young, Allen, Hall, Washington, Jefferson, "
            "Kowalski, Okafor, Nguyen, Schwartz, O'Connor, McAllister, Delgado, Whitfield, Pruitt, Hollister, "
            "Braddock, Ledbetter, Vanderpool, Culpepper, Fontenot, Boudreaux, Yazzie, Begay"
        ),
    },
}

# communities: (f, m, last) ; Polish and Greek surnames are gendered (f-form after "|")
COMMUNITY: dict[str, tuple[list[str], list[str], list[str]]] = {
    "tr": (
        _l("Elif, Zeynep, Ayşe, Merve, Emine, Büşra, Derya, Hatice, Selin"),
        _l("Emre, Mehmet, Burak, Hakan, Murat, Cem, Mustafa, Kerem, Serkan"),
        _l("Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Arslan, Doğan, Kılıç, Yıldız, Korkmaz, Özdemir"),
    ),
    "balkan": (
        _l("Milica, Ivana, Jelena, Snežana, Dragana, Maja, Vesna, Ana"),
        _l("Dragan, Nikola, Goran, Zoran, Milan, Stefan, Dejan, Marko, Aleksandar"),
        _l("Petrović, Jovanović, Kovačević, Horvat, Babić, Marić, Nikolić, Hodžić, Begić, Ilić, Popović"),
    ),
    "alb": (
        _l("Drita, Blerta, Liridona, Arta, Vlora, Teuta, Fjolla"),
        _l("Arben, Valon, Fatmir, Besnik, Agron, Driton, Ilir, Shkëlzen"),
        _l("Krasniqi, Berisha, Gashi, Hoxha, Shala, Morina, Bytyqi, Kelmendi, Rexhepi, Osmani"),
    ),
    "pt": (
        _l("Inês, Beatriz, Filipa, Mariana, Joana, Rita, Sofia"),
        _l("João, Tiago, Rui, Nuno, Duarte, Gonçalo, Paulo"),
        _l("Ferreira, Pereira, Rodrigues, Gonçalves, Sousa, Carvalho, Fernandes, Lopes, Silva Santos, Teixeira"),
    ),
    "pl": (
        _l("Katarzyna, Agnieszka, Małgorzata, Joanna, Magdalena, Ewa, Zofia"),
        _l("Piotr, Tomasz, Krzysztof, Paweł, Marek, Łukasz, Grzegorz"),
        _l(
            "Nowak, Kowalczyk, Wiśniewski|Wiśniewska, Wójcik, Kamiński|Kamińska, Lewandowski|Lewandowska, "
            "Zieliński|Zielińska, Szymański|Szymańska, Dąbrowski|Dąbrowska, Mazur"
        ),
    ),
    "ua": (
        _l("Oksana, Olena, Iryna, Nataliia, Yuliia, Tetiana, Kateryna"),
        _l("Dmytro, Andriy, Oleksandr, Serhiy, Taras, Bohdan, Volodymyr"),
        _l("Shevchenko, Kovalenko, Bondarenko, Tkachenko, Melnyk, Kravchuk, Boiko, Savchuk, Marchenko"),
    ),
    "tamil": (
        _l("Tharshini, Vithya, Kavitha, Sangeetha, Nirmala, Janani"),
        _l("Kajan, Niroshan, Sivakumar, Thuvaragan, Pirasanth, Mathan"),
        _l("Thevarajah, Kandiah, Ratnam, Selvarajah, Sivapalan, Jeyakumar, Nadarajah, Balasingam"),
    ),
    "eri": (
        _l("Senait, Helen, Aster, Lidya, Saba, Yordanos, Mebrat"),
        _l("Yonas, Filmon, Dawit, Robel, Samuel, Tesfalem, Habtom"),
        _l("Tesfaye, Haile, Gebremedhin, Berhane, Tekle, Ghebreyesus, Woldemariam, Kidane"),
    ),
    "arab": (
        _l("Fatima, Amina, Nadia, Yasmine, Leila, Samira, Khadija, Rania, Nour"),
        _l("Youssef, Karim, Samir, Omar, Mehdi, Rachid, Bilal, Hamza, Tarek"),
        _l(
            "Benali, El Amrani, Haddad, Mansour, Bouazizi, Ait Said, Khelifi, Ben Youssef, Belkacem, Chraibi, "
            "El Idrissi, Saadi, Touati"
        ),
    ),
    "vn": (
        _l("Thao, Linh, Huong, Mai, Ngoc Anh, Trang"),
        _l("Minh, Tuan, Quang, Duc, Hieu, Thanh"),
        _l("Nguyen, Tran, Le, Pham, Hoang, Vu, Dang, Bui, Do"),
    ),
    "cn": (
        _l("Jing, Xiaoling, Yue, Mei, Lina, Xinyi"),
        _l("Wei, Hao, Jun, Lei, Zhiwei, Chen"),
        _l("Wang, Li, Zhang, Chen, Liu, Zhao, Huang, Zhou, Xu"),
    ),
    "es": (
        _l("Lucía, Carmen, Pilar, Elena, Nuria, Rocío"),
        _l("Javier, Alejandro, Sergio, Pablo, Iñaki, Jorge"),
        _l("García López, Fernández Ruiz, Martín, Jiménez, Navarro, Moreno Díaz, Romero, Torres"),
    ),
    "gr": (
        _l("Eleni, Katerina, Sofia, Maria, Despina, Vasiliki"),
        _l("Giorgos, Dimitris, Nikos, Kostas, Yannis, Christos"),
        _l(
            "Papadopoulos|Papadopoulou, Georgiou, Nikolaidis|Nikolaidou, Oikonomou, Dimitriou, "
            "Karagiannis|Karagianni, Vlachos|Vlachou"
        ),
    ),
    "wafr": (
        _l("Aminata, Fatou, Abena, Adaeze, Mariama, Awa, Efua"),
        _l("Moussa, Chinedu, Kwame, Ibrahima, Oluwaseun, Kofi, Mamadou"),
        _l("Diallo, Traoré, Coulibaly, Okonkwo, Adeyemi, Mensah, Ndiaye, Diop, Asante, Owusu, Eze, Camara"),
    ),
    "ind": (
        _l("Priya, Ananya, Sana, Aditi, Kavya, Neha, Ayesha"),
        _l("Arjun, Rohan, Imran, Vikram, Rahul, Faisal, Siddharth"),
        _l("Sharma, Patel, Singh, Iyer, Khan, Chaudhry, Reddy, Banerjee, Qureshi, Menon, Gupta, Malik"),
    ),
    "fil": (
        _l("Maricel, Rowena, Jocelyn, Lorna, Rhea"),
        _l("Jomar, Jerome, Rodel, Arnel, Jayson"),
        _l("Santos, Reyes, Dela Cruz, Bautista, Villanueva, Mendoza, Manalo, Aquino"),
    ),
    "kr": (
        _l("Ji-woo, Seo-yeon, Min-ji, Soo-ah, Eun-ji"),
        _l("Min-jun, Hyun-woo, Ji-hoon, Seung-ho, Dong-hyun"),
        _l("Kim, Park, Lee, Choi, Jung, Kang, Yoon"),
    ),
    "ro": (
        _l("Ioana, Elena, Cristina, Andreea, Mihaela, Alina"),
        _l("Andrei, Mihai, Ionuț, Bogdan, Cătălin, Radu"),
        _l("Popescu, Ionescu, Dumitru, Stan, Gheorghe, Constantinescu, Munteanu, Florea"),
    ),
    "ie": (
        _l("Siobhán, Niamh, Aoife, Gráinne, Orla, Róisín"),
        _l("Ciarán, Pádraig, Eoin, Cathal, Donal, Seánie"),
        _l("O'Sullivan, Murphy, Ó Briain|Ní Bhriain, McCarthy, Fitzgerald, Kavanagh, Ó Conaill|Ní Chonaill"),
    ),
    "hu": (
        _l("Zsófia, Réka, Eszter, Katalin, Noémi"),
        _l("Bence, Gergely, Zoltán, Péter, Levente"),
        _l("Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Farkas"),
    ),
    "nl": (
        _l("Sanne, Maartje, Femke, Anouk, Lieke"),
        _l("Joost, Sven, Bram, Thijs, Jeroen"),
        _l("de Vries, van den Berg, Bakker, Jansen, Visser, van Dijk, Smit, de Boer"),
    ),
    "nord": (
        _l("Astrid, Ingrid, Aino, Sigrid, Liv, Freja"),
        _l("Mikkel, Lasse, Eero, Henrik, Anders, Magnus"),
        _l("Johansson, Lindqvist, Andersen, Nilsen, Virtanen, Korhonen, Halvorsen"),
    ),
    "fa": (
        _l("Shirin, Leila, Parisa, Maryam, Niloufar"),
        _l("Dariush, Reza, Kaveh, Babak, Arash"),
        _l("Hosseini, Rahimi, Karimi, Mohammadi, Jafari, Tehrani, Ahmadi"),
    ),
}

COMMUNITY_BY_COUNTRY = {
    "DE": ["tr", "tr", "pl", "pl", "balkan", "alb", "ua", "arab", "gr", "ro", "vn", "fa", "wafr", "es", "it"],
    "AT": ["balkan", "balkan", "tr", "tr", "ro", "hu", "pl", "ua", "alb", "fa", "cn"],
    "CH": ["pt", "pt", "alb", "alb", "tamil", "eri", "balkan", "tr", "es", "it", "arab", "ua", "cn"],
    "FR": ["arab", "arab", "arab", "pt", "pt", "wafr", "wafr", "vn", "es", "it", "cn", "ro"],
    "IT": ["ro", "ro", "alb", "arab", "arab", "cn", "fil", "ua", "ind", "wafr", "balkan"],
    "GB": ["ind", "ind", "ind", "pl", "pl", "ie", "ie", "wafr", "wafr", "cn", "gr", "ro", "arab"],
    "US": ["es", "es", "cn", "kr", "vn", "ind", "fil", "wafr", "ie", "gr", "nord", "it", "pl", "fa"],
}

# surnames that are ordinary words, first names that are words, names with particles
WORD_LAST = {
    "de": _l(
        "Fuchs, Vogel, Sommer, Winter, Morgenstern, Engel, Adler, Specht, Fink, Storch, Kranich, Rabe, Klee, "
        "Sonntag, Freitag, Honig, Pfeffer, Kohl, Fröhlich, Ernst, Frei, Stern, Mond, Himmel, Ofen, Nagel, "
        "Hammer, Eisen, Kiefer, Busch, Brot, Kürbis, Zwiebel, Apfel, Blume"
    ),
    "fr": _l(
        "Boulanger, Lebrun, Petit, Legrand, Leblanc, Bonheur, Lenoir, Marchand, Rossignol, Loiseau, Dimanche, "
        "Printemps, Lefort, Vendredi, Pierre, Chevalier, Fontaine, Mouton, Lapin, Poirier, Cerisier, Beaujour"
    ),
    "it": _l(
        "Sole, Luna, Pace, Orso, Fiore, Neve, Bello, Fortuna, Santo, Porta, Lupo, Gallo, Colombo, Nave, Pane, "
        "Sasso, Ricco, Vento, Cielo, Mare"
    ),
    "en": _l(
        "Baker, Cook, Stone, Moon, Day, Short, Long, Young, Bird, Fox, Wolf, Hope, Rich, Best, Love, Field, "
        "Brook, Hill, King, Bell, Wise, Sharp, Sweet, Hunt, Page, Gold, Mills, Booth, Rose, Winter, Summers"
    ),
}
WORD_FIRST = {
    "de": (
        _l("Heide, Rosa, Viola, Iris, Flora, Linde, Erika, Margarete, Hoffnung"),
        _l("Ernst, Wolf, Veit, Kai, Till, Fritz, Otto"),
    ),
    "fr": (
        _l("Prudence, Constance, Blanche, Rose, Violette, Olive, Ange, Capucine, Mélodie"),
        _l("Aimé, Clément, Fidèle, Désiré, Ange, Prosper, Modeste, Victor, Lucien"),
    ),
    "it": (
        _l("Gioia, Serena, Marina, Stella, Rosa, Speranza, Fortunata, Assunta, Celeste"),
        _l("Felice, Fortunato, Bruno, Primo, Sereno, Benvenuto, Innocenzo, Fiore"),
    ),
    "en": (
        _l("Faith, Hope, Grace, Dawn, River, Summer, Ivy, Rose, Joy, Pearl, Autumn, Sky, Honey, Penny, Holly"),
        _l("Hunter, Mason, Forrest, Will, Bill, Mark, Rich, Guy, Jack, Frank, Art, Sonny, Chase, Major, Ace"),
    ),
}
PARTICLE_LAST = {
    "de": _l("von Arx, von der Heide, zur Linden, am Ende, vom Hofe, zu Eltz, von Bergen, ter Horst, van Aken"),
    "fr": _l("de Montmollin, de la Fontaine, Le Bihan, du Pasquier, de Rham, Des Rosiers, de Saint-Just, Le Floch"),
    "it": _l("Dell'Acqua, Lo Bianco, De Marchi, Della Valle, Di Stefano, La Rosa, Dal Molin, De Filippis, Lo Presti"),
    "en": _l("O'Neill, ap Griffith, Van Dyke, De Witt, Mac Donnchadha, St. John, Fitz-Simmons, MacDougall"),
}
NICKS = {
    "de": _l("Flo, Basti, Steffi, Caro, Leni, Mausi, Jojo, Benni, Tobi, Resi, Hansi, Wastl, Bine, Micha"),
    "fr": _l("Mimi, Jojo, Lolo, Nico, Manu, Fifi, Titou, Babeth, Doudou, Seb"),
    "it": _l("Gigi, Pippo, Lollo, Fede, Ale, Vale, Tommy, Checco, Nene, Bibi"),
    "en": _l("Becca, Jonny, Mikey, Liz, Bex, Ally, Chaz, Robbie, Sully, Pip, Dizzy, Tash"),
}
KIDS = {
    "de": (
        _l(
            "Mia, Emma, Hannah, Lina, Ella, Lea, Clara, Marie, Leni, Mila, Ida, Frieda, Romy, Lotta, Juna, Malia, "
            "Emilia, Thea, Nele, Paula"
        ),
        _l(
            "Noah, Ben, Paul, Leon, Finn, Elias, Luis, Felix, Jonas, Theo, Emil, Anton, Matteo, Henry, Mats, Jakob, "
            "Karl, Levi, Oskar, Ole"
        ),
    ),
    "fr": (
        _l("Jade, Louise, Ambre, Alba, Emma, Rose, Alice, Romy, Anna, Lina, Mia, Chloé, Inès, Léna, Zoé, Iris"),
        _l("Léo, Gabriel, Raphaël, Arthur, Louis, Jules, Adam, Maël, Lucas, Hugo, Noé, Sacha, Nathan, Timéo"),
    ),
    "it": (
        _l("Sofia, Aurora, Giulia, Ginevra, Vittoria, Beatrice, Alice, Ludovica, Emma, Matilde, Greta, Nina, Bianca"),
        _l(
            "Leonardo, Francesco, Tommaso, Edoardo, Alessandro, Lorenzo, Mattia, Gabriele, Riccardo, Enea, Diego, "
            "Pietro"
        ),
    ),
    "en": (
        _l(
            "Olivia, Amelia, Isla, Ava, Freya, Lily, Florence, Willow, Isabella, Poppy, Evie, Harper, Aria, Luna, "
            "Maisie, Nova"
        ),
        _l(
            "Noah, George, Oliver, Leo, Arthur, Oscar, Theodore, Freddie, Archie, Liam, Elijah, Mateo, Henry, "
            "Jaxon, Reggie, Teddy"
        ),
    ),
}

SYL = {
    "de": (
        ["Bar", "Kel", "Wen", "Dor", "Ulm", "Ros", "Hag", "Lind", "Mar", "Sten", "Fal", "Gern", "Ot", "Rüb"],
        ["ecker", "inger", "hofer", "mann", "rieder", "wanger", "stetter", "bichler", "lechner", "sberger"],
    ),
    "fr": (
        ["Vau", "Mar", "Bel", "Cha", "Ro", "Tes", "Gui", "Lam", "Pel", "Dau", "Fro", "Mon"],
        ["quelin", "ardel", "ignol", "ouzet", "assier", "ebrune", "illard", "eraud", "ochon"],
    ),
    "it": (
        ["Bor", "Fal", "Ghe", "Mor", "Zan", "Pel", "Vis", "Car", "Tor", "Sca", "Bru", "Lan"],
        ["ignetti", "accini", "onzoni", "ellari", "uzzato", "abelli", "iroldi", "aschi", "ottini"],
    ),
    "en": (
        ["Ash", "Brad", "Thorn", "Wick", "Hal", "Mor", "Cran", "Fen", "Pell", "Tull", "Dun", "Stan"],
        ["worth", "by", "ridge", "combe", "ington", "stead", "hollow", "brough", "ley", "thwaite"],
    ),
}
RARE_FIRST = {
    "f": _l(
        "Ysolde, Orlaith, Wendelin, Brisca, Almut, Ottilie, Zélie, Ilva, Eulalia, Tamsin, Oriane, Solveig, "
        "Gesa, Liv, Eyota, Marit, Radegund, Svea"
    ),
    "m": _l(
        "Valdrik, Isidor, Kasimir, Ansgar, Lothar, Quirin, Evander, Ottavio, Leodegar, Thorold, Ambrose, Eneko, "
        "Gawain, Pirmin, Severo, Fridolin, Balthasar, Lennart"
    ),
}


def invented_last(rng: random.Random, lang: str) -> str:
    a, b = SYL[lang]
    s = rng.choice(a) + rng.choice(b)
    if rng.random() < 0.3:
        s = rng.choice(a) + rng.choice(["a", "o", "e", "i"]) + s.lower()
    return s


def gendered(last: str, gender: str) -> str:
    if "|" in last:
        m, f = last.split("|")
        return f if gender == "f" else m
    return last


def name_lang(region: str) -> str:
    return {
        "de": "de",
        "at": "de",
        "chde": "de",
        "chfr": "fr",
        "fr": "fr",
        "it": "it",
        "chit": "it",
        "gb": "en",
        "us": "en",
    }[region]


def draw_name(rng: random.Random, locale: str, gender: str, kid: bool = False) -> tuple[str, str, str]:
    """Returns (first, last, kind) - kind is one of regional, community, word, particle, invented."""
    region = REGION[locale]
    nl = name_lang(region)
    r = rng.random()
    if r < 0.55:
        src = NAMES[region]
        first = rng.choice(src[gender])
        last = rng.choice(src["last"])
        if region in ("at", "chde") and rng.random() < 0.25:
            last = rng.choice(NAMES["de"]["last"])
        kind = "regional"
    elif r < 0.78:
        grp = rng.choice(COMMUNITY_BY_COUNTRY[COUNTRY[locale]])
        if grp in NAMES:
            first, last = rng.choice(NAMES[grp][gender]), rng.choice(NAMES[grp]["last"])
        else:
            f, m, ls = COMMUNITY[grp]
            first = rng.choice(f if gender == "f" else m)
            last = gendered(rng.choice(ls), gender)
        kind = "community"
    elif r < 0.88:
        src = NAMES[region]
        first = rng.choice(WORD_FIRST[nl][0 if gender == "f" else 1]) if rng.random() < 0.5 else rng.choice(src[gender])
        last = rng.choice(WORD_LAST[nl])
        kind = "word"
    elif r < 0.94:
        first = rng.choice(NAMES[region][gender])
        last = rng.choice(PARTICLE_LAST[nl])
        kind = "particle"
    else:
        first = rng.choice(RARE_FIRST[gender])
        last = invented_last(rng, nl)
        kind = "invented"
    if kid:
        first = rng.choice(KIDS[nl][0 if gender == "f" else 1])
    elif rng.random() < 0.06 and " " not in first and "-" not in first:
        second = rng.choice(NAMES[region][gender])
        if second != first and " " not in second:
            first = first + ("-" if nl in ("de", "fr") else " ") + second
    if rng.random() < 0.05 and kind == "regional" and " " not in last and nl != "it":
        other = rng.choice(NAMES[region]["last"])
        if other != last and " " not in other:
            last = last + "-" + other
    return first, last, kind


# --------------------------------------------------------------------------------------------------------------------
# Places: towns with real postcodes and area codes, streets per region
# --------------------------------------------------------------------------------------------------------------------

TOWNS: dict[str, list[tuple[str, str, str]]] = {  # region -> (postcode(s "|"), town, area code or province)
    "de": [
        ("10115|10245|10437|12043|13347", "Berlin", "030"),
        ("20095|20257|22765|21073", "Hamburg", "040"),
        ("80331|80799|81373|81671", "München", "089"),
        ("50667|50733|51103", "Köln", "0221"),
        ("60311|60316|60489", "Frankfurt am Main", "069"),
        ("70173|70199", "Stuttgart", "0711"),
        ("40210|40477", "Düsseldorf", "0211"),
        ("04109|04277", "Leipzig", "0341"),
        ("01067|01309", "Dresden", "0351"),
        ("30159|30169", "Hannover", "0511"),
        ("90402|90429", "Nürnberg", "0911"),
        ("28195|28203", "Bremen", "0421"),
        ("44135", "Dortmund", "0231"),
        ("45127", "Essen", "0201"),
        ("48143|48155", "Münster", "0251"),
        ("79098|79102", "Freiburg im Breisgau", "0761"),
        ("69117", "Heidelberg", "06221"),
        ("93047", "Regensburg", "0941"),
        ("24103", "Kiel", "0431"),
        ("18055", "Rostock", "0381"),
        ("99084", "Erfurt", "0361"),
        ("55116", "Mainz", "06131"),
        ("66111", "Saarbrücken", "0681"),
        ("86150", "Augsburg", "0821"),
        ("97070", "Würzburg", "0931"),
        ("37073", "Göttingen", "0551"),
        ("26122", "Oldenburg", "0441"),
        ("33602", "Bielefeld", "0521"),
        ("53111", "Bonn", "0228"),
        ("76133", "Karlsruhe", "0721"),
        ("83022", "Rosenheim", "08031"),
        ("06108", "Halle (Saale)", "0345"),
        ("39104", "Magdeburg", "0391"),
        ("14467", "Potsdam", "0331"),
        ("23552", "Lübeck", "0451"),
        ("72070", "Tübingen", "07071"),
        ("35037", "Marburg", "06421"),
        ("94032", "Passau", "0851"),
        ("34117", "Kassel", "0561"),
        ("21335", "Lüneburg", "04131"),
        ("17489", "Greifswald", "03834"),
        ("25813", "Husum", "04841"),
        ("87435", "Kempten (Allgäu)", "0831"),
        ("54290", "Trier", "0651"),
    ],
    "at": [
        ("1020|1030|1050|1060|1070|1090|1100|1120|1140|1160|1180|1210", "Wien", "01"),
        ("8010|8020|8042", "Graz", "0316"),
        ("4020", "Linz", "0732"),
        ("5020", "Salzburg", "0662"),
        ("6020", "Innsbruck", "0512"),
        ("9020", "Klagenfurt am Wörthersee", "0463"),
        ("3100", "St. Pölten", "02742"),
        ("6900", "Bregenz", "05574"),
        ("7000", "Eisenstadt", "02682"),
        ("4600", "Wels", "07242"),
        ("8700", "Leoben", "03842"),
        ("9500", "Villach", "04242"),
        ("2700", "Wiener Neustadt", "02622"),
        ("3500", "Krems an der Donau", "02732"),
        ("6330", "Kufstein", "05372"),
        ("6850", "Dornbirn", "05572"),
        ("2340", "Mödling", "02236"),
        ("4400", "Steyr", "07252"),
    ],
    "chde": [
        ("8001|8004|8006|8037|8049|8052", "Zürich", "044"),
        ("3011|3013|3027", "Bern", "031"),
        ("4051|4057", "Basel", "061"),
        ("6003|6005", "Luzern", "041"),
        ("9000|9008", "St. Gallen", "071"),
        ("8400|8406", "Winterthur", "052"),
        ("5000", "Aarau", "062"),
        ("6300", "Zug", "041"),
        ("7000", "Chur", "081"),
        ("8200", "Schaffhausen", "052"),
        ("4500", "Solothurn", "032"),
        ("3600", "Thun", "033"),
        ("8500", "Frauenfeld", "052"),
        ("6430", "Schwyz", "041"),
        ("9100", "Herisau", "071"),
        ("5400", "Baden", "056"),
        ("8610", "Uster", "044"),
        ("4410", "Liestal", "061"),
        ("3800", "Interlaken", "033"),
        ("7500", "St. Moritz", "081"),
        ("8840", "Einsiedeln", "055"),
    ],
    "chfr": [
        ("1003|1004|1005|1018", "Lausanne", "021"),
        ("1201|1205|1207|1209", "Genève", "022"),
        ("2000", "Neuchâtel", "032"),
        ("1700", "Fribourg", "026"),
        ("1950", "Sion", "027"),
        ("1400", "Yverdon-les-Bains", "024"),
        ("1800", "Vevey", "021"),
        ("1110", "Morges", "021"),
        ("2300", "La Chaux-de-Fonds", "032"),
        ("1260", "Nyon", "022"),
        ("1630", "Bulle", "026"),
        ("2800", "Delémont", "032"),
        ("1870", "Monthey", "024"),
        ("1920", "Martigny", "027"),
        ("1227", "Carouge", "022"),
    ],
    "chit": [
        ("6900|6903|6904", "Lugano", "091"),
        ("6500", "Bellinzona", "091"),
        ("6600", "Locarno", "091"),
        ("6850", "Mendrisio", "091"),
        ("6830", "Chiasso", "091"),
        ("6710", "Biasca", "091"),
        ("6612", "Ascona", "091"),
        ("6616", "Losone", "091"),
        ("6948", "Porza", "091"),
        ("6532", "Castione", "091"),
        ("6648", "Minusio", "091"),
    ],
    "fr": [
        ("75011|75015|75018|75020|75005", "Paris", "01"),
        ("69003|69007|69001", "Lyon", "04"),
        ("13005|13008", "Marseille", "04"),
        ("31000|31400", "Toulouse", "05"),
        ("33000|33800", "Bordeaux", "05"),
        ("44000", "Nantes", "02"),
        ("67000", "Strasbourg", "03"),
        ("59000", "Lille", "03"),
        ("35000", "Rennes", "02"),
        ("34000", "Montpellier", "04"),
        ("06000", "Nice", "04"),
        ("21000", "Dijon", "03"),
        ("37000", "Tours", "02"),
        ("63000", "Clermont-Ferrand", "04"),
        ("29200", "Brest", "02"),
        ("64100", "Bayonne", "05"),
        ("20000", "Ajaccio", "04"),
        ("38000", "Grenoble", "04"),
        ("51100", "Reims", "03"),
        ("87000", "Limoges", "05"),
        ("45000", "Orléans", "02"),
        ("14000", "Caen", "02"),
        ("25000", "Besançon", "03"),
        ("57000", "Metz", "03"),
        ("86000", "Poitiers", "05"),
        ("68100", "Mulhouse", "03"),
        ("92100", "Boulogne-Billancourt", "01"),
        ("94300", "Vincennes", "01"),
    ],
    "it": [
        ("20121|20135|20144", "Milano", "02|MI"),
        ("00184|00153|00197", "Roma", "06|RM"),
        ("10121|10138", "Torino", "011|TO"),
        ("80134|80127", "Napoli", "081|NA"),
        ("40121|40137", "Bologna", "051|BO"),
        ("50122|50134", "Firenze", "055|FI"),
        ("16121", "Genova", "010|GE"),
        ("30121", "Venezia", "041|VE"),
        ("37121", "Verona", "045|VR"),
        ("35122", "Padova", "049|PD"),
        ("90133", "Palermo", "091|PA"),
        ("70122", "Bari", "080|BA"),
        ("95131", "Catania", "095|CT"),
        ("09124", "Cagliari", "070|CA"),
        ("24121", "Bergamo", "035|BG"),
        ("25121", "Brescia", "030|BS"),
        ("43121", "Parma", "0521|PR"),
        ("38122", "Trento", "0461|TN"),
        ("39100", "Bolzano", "0471|BZ"),
        ("34121", "Trieste", "040|TS"),
        ("06121", "Perugia", "075|PG"),
        ("60121", "Ancona", "071|AN"),
        ("22100", "Como", "031|CO"),
        ("56127", "Pisa", "050|PI"),
        ("73100", "Lecce", "0832|LE"),
        ("41121", "Modena", "059|MO"),
    ],
    "gb": [
        ("SW11|SE15|N7|E8|NW5|W12", "London", "020"),
        ("M14|M20", "Manchester", "0161"),
        ("B13|B29", "Birmingham", "0121"),
        ("LS6|LS8", "Leeds", "0113"),
        ("G12|G41", "Glasgow", "0141"),
        ("EH9|EH6", "Edinburgh", "0131"),
        ("BS6|BS3", "Bristol", "0117"),
        ("CF24|CF5", "Cardiff", "029"),
        ("L17|L18", "Liverpool", "0151"),
        ("S11|S7", "Sheffield", "0114"),
        ("NG7", "Nottingham", "0115"),
        ("BN2|BN1", "Brighton", "01273"),
        ("OX4", "Oxford", "01865"),
        ("CB1", "Cambridge", "01223"),
        ("YO10|YO31", "York", "01904"),
        ("NR2", "Norwich", "01603"),
        ("EX4", "Exeter", "01392"),
        ("BT7|BT9", "Belfast", "028"),
        ("AB10", "Aberdeen", "01224"),
        ("LE2", "Leicester", "0116"),
        ("SO17", "Southampton", "023"),
        ("BA2", "Bath", "01225"),
        ("DH1", "Durham", "0191"),
        ("TR1", "Truro", "01872"),
        ("LL57", "Bangor", "01248"),
    ],
    "us": [
        ("02118|02130", "Boston|MA", "617"),
        ("02139", "Cambridge|MA", "617"),
        ("78704|78751", "Austin|TX", "512"),
        ("80206|80211", "Denver|CO", "303"),
        ("97214|97211", "Portland|OR", "503"),
        ("60614|60647", "Chicago|IL", "773"),
        ("98103|98122", "Seattle|WA", "206"),
        ("55408", "Minneapolis|MN", "612"),
        ("43215", "Columbus|OH", "614"),
        ("53703", "Madison|WI", "608"),
        ("27601", "Raleigh|NC", "919"),
        ("30306", "Atlanta|GA", "404"),
        ("37206", "Nashville|TN", "615"),
        ("85004", "Phoenix|AZ", "602"),
        ("95816", "Sacramento|CA", "916"),
        ("92104", "San Diego|CA", "619"),
        ("15213", "Pittsburgh|PA", "412"),
        ("19147", "Philadelphia|PA", "215"),
        ("05401", "Burlington|VT", "802"),
        ("48104", "Ann Arbor|MI", "734"),
        ("83702", "Boise|ID", "208"),
        ("12203", "Albany|NY", "518"),
        ("11215", "Brooklyn|NY", "718"),
        ("23220", "Richmond|VA", "804"),
        ("84105", "Salt Lake City|UT", "801"),
        ("70115", "New Orleans|LA", "504"),
        ("04101", "Portland|ME", "207"),
    ],
}

STREETS = {
    "de": _l(
        "Hauptstraße, Bahnhofstraße, Gartenstraße, Schulstraße, Lindenweg, Birkenweg, Am Mühlbach, Kirchgasse, "
        "Goethestraße, Schillerstraße, Ringstraße, Waldstraße, Bergstraße, Rosenweg, Mozartstraße, Am Sportplatz, "
        "Kastanienallee, Wilhelmstraße, Poststraße, Feldstraße, Jahnstraße, Uhlandstraße, Im Winkel, "
        "Zum Steinbruch, Heinrich-Heine-Straße, Ahornweg, Eichendorffstraße, Drosselgasse, Talstraße, "
        "Lessingstraße, An der Alten Ziegelei, Hohe Straße, Wiesenweg, Friedrich-Ebert-Straße, Kantstraße, "
        "Mühlenstraße, Parkstraße, Am Hang, Brunnenstraße, Rheinstraße"
    ),
    "at": _l(
        "Hauptplatz, Bahnhofstraße, Kirchengasse, Schulgasse, Am Anger, Dorfstraße, Lindengasse, Grazer Straße, "
        "Wiener Straße, Linzer Gasse, Mariahilfer Straße, Neubaugasse, Favoritenstraße, Währinger Straße, "
        "Thaliastraße, Praterstraße, Josefstädter Straße, Gumpendorfer Straße, Hernalser Hauptstraße, "
        "Wiedner Hauptstraße, Leopoldauer Straße, Hasnerstraße, Reindorfgasse, Annenstraße, Herrengasse, "
        "Kaiser-Josef-Platz, Südtiroler Straße, Salzachgasse"
    ),
    "chde": _l(
        "Bahnhofstrasse, Dorfstrasse, Kirchweg, Seestrasse, Hauptstrasse, Schulhausstrasse, Rosenweg, "
        "Birkenweg, Industriestrasse, Gartenstrasse, Landstrasse, Mühlegasse, Zürcherstrasse, Bernstrasse, "
        "Alte Landstrasse, Im Gässli, Obere Bahnhofstrasse, Seefeldstrasse, Badenerstrasse, Weinbergstrasse, "
        "Hofackerstrasse, Rütistrasse, Sonnenbergstrasse, Steinhaldenweg, Chilegass, Lindenhofweg"
    ),
    "chfr": _l(
        "Rue du Lac, Avenue de la Gare, Chemin des Vignes, Rue du Marché, Route de Berne, Chemin de la Forêt, "
        "Rue des Alpes, Avenue de Cour, Rue de Lausanne, Chemin du Levant, Rue de la Poste, "
        "Chemin des Écoliers, Rue Centrale, Avenue du Léman, Route de Chêne, Rue des Moulins, "
        "Chemin de Bellevue, Avenue de Beaumont, Rue du Temple, Chemin des Pâquerettes"
    ),
    "chit": _l(
        "Via Nassa, Via Cantonale, Via San Gottardo, Via Lugano, Via alla Chiesa, Via dei Faggi, Viale Stazione, "
        "Via Ronco, Via Vela, Via Borghetto, Via Pretorio, Via Ciseri, Via Motta, Via Trevano, Via ai Monti, "
        "Via Besso, Via Sorengo"
    ),
    "fr": _l(
        "rue de la République, avenue Jean Jaurès, boulevard Voltaire, rue Victor Hugo, place de la Mairie, "
        "rue des Lilas, impasse des Tilleuls, allée des Peupliers, chemin du Moulin, rue Pasteur, "
        "avenue de la Libération, rue du Général de Gaulle, rue Nationale, boulevard Gambetta, rue des Écoles, "
        "rue du Stade, quai des Chartrons, cours Lafayette, rue de la Paix, rue des Jardins, rue du Château, "
        "avenue des Acacias, rue Saint-Michel, rue des Glycines, rue de Brest"
    ),
    "it": _l(
        "Via Roma, Via Garibaldi, Corso Vittorio Emanuele II, Via Mazzini, Via Dante, Piazza della Repubblica, "
        "Via Verdi, Via dei Mille, Viale Europa, Via Cavour, Via XX Settembre, Via Manzoni, Via San Francesco, "
        "Vicolo del Pozzo, Via delle Rose, Via Marconi, Largo Augusto, Via Gramsci, Via della Libertà, "
        "Via Nazionale, Corso Italia, Via dei Tigli, Via Leopardi, Via Carducci, Via Toscana"
    ),
    "gb": _l(
        "Acacia Avenue, Marlborough Road, Church Lane, High Street, Station Road, Victoria Road, Mill Lane, "
        "Park Avenue, Queen's Road, Granby Street, Hawthorn Close, Kingsway, Meadow View, The Crescent, "
        "Albert Terrace, Elm Grove, Cavendish Road, Windsor Drive, Beech Walk, Orchard Way, Greenbank Road, "
        "St Mary's Road, Chapel Street, Lime Tree Avenue"
    ),
    "us": _l(
        "Elm Street, Oak Avenue, Maple Drive, W 4th Street, N Main Street, Cedar Lane, Pine Street, "
        "Washington Avenue, Lincoln Boulevard, Sunset Drive, Hillcrest Road, Spring Street, Park Place, "
        "Lakeview Terrace, Bayberry Court, Chestnut Street, E 12th Avenue, Magnolia Way, Willow Creek Road, "
        "S Harrison Street"
    ),
}


class Town:
    def __init__(self, region: str, rng: random.Random, t: tuple[str, str, str] | None = None) -> None:
        t = t or rng.choice(TOWNS[region])
        self.region = region
        self.pc = rng.choice(t[0].split("|"))
        name = t[1].split("|")
        self.name = name[0]
        self.state = name[1] if len(name) > 1 else ""
        ac = t[2].split("|")
        self.area = ac[0]
        self.prov = ac[1] if len(ac) > 1 else ""
        # British towns keep the outward code; each address draws its own inward code
        if region == "us" and rng.random() < 0.12:
            self.pc += "-" + f"{rng.randint(1000, 9999)}"


class Address:
    def __init__(self, rng: random.Random, locale: str, town: Town | None = None, street: str | None = None) -> None:
        region = REGION[locale]
        self.locale = locale
        self.region = region
        self.town = town or Town(region, rng)
        self.street = street or rng.choice(STREETS[region])
        cc = COUNTRY[locale]
        n = rng.choice([rng.randint(1, 30), rng.randint(1, 30), rng.randint(1, 140)])
        extra = ""
        if region in ("de", "chde") and rng.random() < 0.12:
            n = f"{n}{rng.choice('abc')}"
        if region == "at":
            r = rng.random()
            if r < 0.35:
                extra = f"/{rng.randint(1, 5)}/{rng.randint(1, 24)}"
            elif r < 0.5:
                extra = f"/Top {rng.randint(1, 30)}"
            elif r < 0.6:
                extra = f"/Stiege {rng.randint(1, 4)}/Tür {rng.randint(1, 20)}"
        if region == "fr":
            if rng.random() < 0.1:
                n = f"{n} {rng.choice(['bis', 'ter'])}"
        if region == "it" and rng.random() < 0.15:
            n = f"{n}/{rng.choice('ABC')}"
        if region == "us":
            n = rng.randint(100, 9899)
            if rng.random() < 0.3:
                extra = rng.choice(
                    [
                        f" Apt {rng.randint(1, 12)}{rng.choice('ABCD')}",
                        f" #{rng.randint(2, 40)}",
                        f" Unit {rng.randint(1, 300)}",
                    ]
                )
        if region == "gb" and rng.random() < 0.25:
            extra = f"Flat {rng.randint(1, 12)}, "
        self.num = str(n)
        self.extra = extra
        self.inward = str(rng.randint(1, 9)) + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        self.cc = cc
        self.floor_note = ""
        if region == "de" and rng.random() < 0.1:
            self.floor_note = rng.choice([", 3. OG", " (Hinterhaus)", ", 2. OG links", ", EG"])

    def street_line(self, style: int = 0) -> str:
        r = self.region
        st = self.street
        if r in ("de", "chde", "at") and style == 1 and st.endswith(("straße", "strasse")):
            st = st[: -len("aße" if st.endswith("straße") else "asse")] + "."
        if r in ("de", "at", "chde"):
            return f"{st} {self.num}{self.extra}{self.floor_note}"
        if r == "chfr":
            return f"{st} {self.num}"
        if r == "chit":
            return f"{st} {self.num}"
        if r == "fr":
            sep = ", " if style == 1 else " "
            return f"{self.num}{sep}{st}"
        if r == "it":
            return [f"{st} {self.num}", f"{st}, {self.num}", f"{st} n. {self.num}"][style % 3]
        if r == "gb":
            return f"{self.extra}{self.num} {st}"
        return f"{self.num} {st}{self.extra}"

    def town_line(self, style: int = 0) -> str:
        t = self.town
        r = self.region
        if r == "de":
            return f"D-{t.pc} {t.name}" if style == 2 else f"{t.pc} {t.name}"
        if r == "at":
            return f"A-{t.pc} {t.name}" if style == 2 else f"{t.pc} {t.name}"
        if r in ("chde", "chfr", "chit"):
            return f"CH-{t.pc} {t.name}" if style == 2 else f"{t.pc} {t.name}"
        if r == "fr":
            return f"{t.pc} {t.name.upper()}" if style in (1, 2) else f"{t.pc} {t.name}"
        if r == "it":
            return [f"{t.pc} {t.name} ({t.prov})", f"{t.pc} {t.name} {t.prov}", f"I-{t.pc} {t.name}"][style % 3]
        if r == "gb":
            return f"{t.name.upper()} {t.pc} {self.inward}" if style == 2 else f"{t.name} {t.pc} {self.inward}"
        return f"{t.name}, {t.state} {t.pc}"

    def one(self, style: int = 0, sep: str = ", ") -> list:
        return [("ADDRESS", self.street_line(style)), sep, ("ADDRESS", self.town_line(style))]

    def block(self, style: int = 0, indent: str = "") -> list:
        return [indent, ("ADDRESS", self.street_line(style)), "\n" + indent, ("ADDRESS", self.town_line(style))]


# --------------------------------------------------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _pairs(s: str) -> str:
    return " ".join(s[i : i + 2] for i in range(0, len(s), 2))


def phone(
    rng: random.Random,
    cc: str,
    area: str | None = None,
    mobile: bool = False,
    style: int | None = None,
    ext: bool = False,
) -> str:
    st = rng.randint(0, 9) if style is None else style
    if cc == "DE":
        if mobile:
            pre = rng.choice(
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
            num = _digits(rng, 8 if pre.startswith("15") else 7)
            return [
                f"0{pre} {num}",
                f"+49 {pre} {num}",
                f"0{pre}/{num}",
                f"0{pre}-{num[:3]} {num[3:5]} {num[5:]}",
                f"+49{pre}{num}",
                f"0049 {pre} {num}",
                f"+49 ({pre}) {num}",
                f"0{pre} {num[:3]} {num[3:]}",
                f"0{pre} {num}",
                f"+49 {pre} {num[:4]} {num[4:]}",
            ][st]
        a = (area or "030")[1:]
        num = _digits(rng, 8 - len(a) + 1 if len(a) > 2 else 8)
        if ext:
            return rng.choice([f"0{a} {num[:-1]}-{rng.randint(10, 499)}", f"+49 {a} {num[:-1]}-{rng.randint(10, 99)}"])
        return [
            f"0{a} {num}",
            f"+49 {a} {num}",
            f"0{a}/{num}",
            f"0{a}-{num}",
            f"+49 (0){a} {num}",
            f"0{a} {num[:2]} {num[2:4]} {num[4:]}",
            f"+49{a}{num}",
            f"(0{a}) {num}",
            f"0049 {a} {num}",
            f"0{a} / {num}",
        ][st]
    if cc == "AT":
        if mobile:
            pre = rng.choice(["660", "664", "650", "676", "699", "680", "681", "688"])
            num = _digits(rng, 7)
            return [
                f"0{pre} {num}",
                f"+43 {pre} {num}",
                f"0{pre}/{num}",
                f"+43 {pre} {num[:3]} {num[3:]}",
                f"0043 {pre} {num}",
                f"+43{pre}{num}",
                f"0{pre} {num[:3]} {num[3:5]} {num[5:]}",
                f"0{pre} {num}",
                f"+43 (0){pre} {num}",
                f"0{pre}-{num}",
            ][st]
        a = (area or "01")[1:]
        num = _digits(rng, 7 if a == "1" else 6)
        if ext:
            return rng.choice([f"0{a} {num[:-1]}-{rng.randint(10, 299)}", f"+43 {a} {num[:-1]}-{rng.randint(10, 99)}"])
        return [
            f"0{a} {num}",
            f"+43 {a} {num}",
            f"0{a}/{num}",
            f"+43 (0){a} {num}",
            f"0043 {a} {num}",
            f"+43{a}{num}",
            f"0{a} {num}",
            f"(0{a}) {num}",
            f"0{a}-{num}",
            f"+43 {a} {num}",
        ][st]
    if cc == "CH":
        if mobile:
            pre = rng.choice(["76", "77", "78", "79", "75"])
        else:
            pre = (area or "044")[1:]
        n = _digits(rng, 7)
        body = f"{n[:3]} {n[3:5]} {n[5:]}"
        if ext and not mobile:
            return rng.choice([f"0{pre} {body}", f"+41 {pre} {body}"])
        return [
            f"0{pre} {body}",
            f"+41 {pre} {body}",
            f"0041 {pre} {body}",
            f"+41{pre}{n}",
            f"0{pre}/{body}",
            f"0{pre} {n}",
            f"+41 (0){pre} {body}",
            f"0{pre} {body}",
            f"0{pre}.{n[:3]}.{n[3:5]}.{n[5:]}",
            f"+41 {pre} {body}",
        ][st]
    if cc == "FR":
        if mobile:
            pre = rng.choice(["6", "7"])
        else:
            pre = (area or "01")[1:]
        n = _digits(rng, 8)
        pr = _pairs(n)
        return [
            f"0{pre} {pr}",
            f"+33 {pre} {pr}",
            f"0{pre}.{pr.replace(' ', '.')}",
            f"0{pre}{n}",
            f"+33 (0){pre} {pr}",
            f"0033 {pre} {pr}",
            f"+33{pre}{n}",
            f"0{pre}-{pr.replace(' ', '-')}",
            f"0{pre} {pr}",
            f"0{pre} {pr}",
        ][st]
    if cc == "IT":
        if mobile:
            pre = rng.choice(
                [
                    "320",
                    "328",
                    "329",
                    "333",
                    "335",
                    "338",
                    "339",
                    "340",
                    "345",
                    "347",
                    "348",
                    "349",
                    "366",
                    "380",
                    "389",
                    "392",
                ]
            )
            n = _digits(rng, 7)
            return [
                f"{pre} {n}",
                f"+39 {pre} {n}",
                f"{pre} {n[:3]} {n[3:]}",
                f"{pre}-{n}",
                f"{pre}{n}",
                f"0039 {pre} {n}",
                f"+39{pre}{n}",
                f"{pre}/{n}",
                f"+39 {pre} {n[:3]} {n[3:]}",
                f"{pre} {n}",
            ][st]
        a = area or "02"
        n = _digits(rng, 10 - len(a))
        if ext:
            return rng.choice([f"{a} {n}", f"+39 {a} {n}"])
        return [
            f"{a} {n}",
            f"+39 {a} {n}",
            f"{a}/{n}",
            f"{a}-{n}",
            f"{a} {n[:4]} {n[4:]}",
            f"0039 {a} {n}",
            f"+39{a}{n}",
            f"({a}) {n}",
            f"{a}.{n}",
            f"{a} {n}",
        ][st]
    if cc == "GB":
        if mobile:
            n = "7" + _digits(rng, 9)
            return [
                f"0{n[:4]} {n[4:]}",
                f"+44 {n[:4]} {n[4:]}",
                f"0{n}",
                f"+44 (0){n[:4]} {n[4:]}",
                f"0{n[:4]} {n[4:7]} {n[7:]}",
                f"+44{n}",
                f"0044 {n[:4]} {n[4:]}",
                f"0{n[:4]}-{n[4:]}",
                f"0{n[:4]} {n[4:]}",
                f"+44 {n[:4]} {n[4:7]} {n[7:]}",
            ][st]
        a = (area or "020")[1:]
        n = _digits(rng, 10 - len(a))
        if len(a) == 2:
            loc = f"{n[:4]} {n[4:]}"
        else:
            loc = f"{n[:3]} {n[3:]}" if len(n) == 7 else n
        return [
            f"0{a} {loc}",
            f"+44 {a} {loc}",
            f"+44 (0){a} {loc}",
            f"0{a}{n}",
            f"(0{a}) {loc}",
            f"0{a}-{loc}",
            f"0{a} {loc}",
            f"+44{a}{n}",
            f"0{a} {loc}",
            f"0044 {a} {loc}",
        ][st]
    # US
    a = area or "617"
    ex = str(rng.choice([x for x in range(201, 990) if x != 555 and x % 100 != 11]))
    ln = f"{rng.randint(0, 9999):04d}"
    if ext:
        return f"({a}) {ex}-{ln} ext. {rng.randint(10, 499)}" if rng.random() < 0.4 else f"({a}) {ex}-{ln}"
    return [
        f"({a}) {ex}-{ln}",
        f"{a}-{ex}-{ln}",
        f"{a}.{ex}.{ln}",
        f"+1 {a} {ex} {ln}",
        f"+1-{a}-{ex}-{ln}",
        f"1 ({a}) {ex}-{ln}",
        f"({a}){ex}-{ln}",
        f"+1 ({a}) {ex}-{ln}",
        f"{a} {ex} {ln}",
        f"+1{a}{ex}{ln}",
    ][st]


# --------------------------------------------------------------------------------------------------------------------
# IBANs (ISO 13616 check digits, French RIB key, Italian CIN)
# --------------------------------------------------------------------------------------------------------------------


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def _iban(cc: str, bban: str) -> str:
    chk = 98 - _mod97(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cin(s: str) -> str:
    tot = 0
    for i, c in enumerate(s):
        v = int(c, 36) if c.isdigit() else ord(c) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban(rng: random.Random, cc: str) -> str:
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    if cc == "DE":
        return _iban(
            "DE",
            rng.choice(
                [
                    "10050000",
                    "20050550",
                    "37040044",
                    "43060967",
                    "50010517",
                    "70150000",
                    "76050101",
                    "86055592",
                    "12030000",
                    "60050101",
                ]
            )
            + d(10),
        )
    if cc == "AT":
        return _iban("AT", rng.choice(["20111", "12000", "32000", "14000", "38000", "15000", "60000"]) + d(11))
    if cc == "CH":
        return _iban("CH", rng.choice(["00700", "00235", "80808", "09000", "00767", "00788", "30000"]) + d(12))
    if cc == "LI":
        return _iban("LI", rng.choice(["08800", "08810", "08802"]) + d(12))
    if cc == "FR":
        bank = rng.choice(["30004", "30003", "20041", "10278", "17515", "11315", "30002"])
        gui, acct = d(5), d(11)
        key = 97 - ((89 * int(bank) + 15 * int(gui) + 3 * int(acct)) % 97)
        return _iban("FR", f"{bank}{gui}{acct}{key:02d}")
    if cc == "IT":
        abi = rng.choice(["03069", "02008", "05034", "03062", "08327", "01030", "05696"])
        cab, acct = d(5), d(12)
        return _iban("IT", _cin(abi + cab + acct) + abi + cab + acct)
    if cc == "GB":
        bank = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "NAIA", "MONZ"])
        return _iban("GB", bank + d(6) + d(8))
    raise ValueError(cc)


def iban_fmt(s: str, grouped: bool) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if grouped else s


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    return _mod97(s[4:] + s[:4]) == 1


# --------------------------------------------------------------------------------------------------------------------
# E-mail addresses
# --------------------------------------------------------------------------------------------------------------------

MAIL_DOMAINS = {
    "DE": [
        "gmx.de",
        "web.de",
        "t-online.de",
        "gmail.com",
        "posteo.de",
        "mailbox.org",
        "freenet.de",
        "outlook.de",
        "yahoo.de",
        "icloud.com",
    ],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "drei.at", "outlook.com", "icloud.com"],
    "CH": [
        "bluewin.ch",
        "gmx.ch",
        "sunrise.ch",
        "gmail.com",
        "hispeed.ch",
        "protonmail.ch",
        "outlook.com",
        "icloud.com",
    ],
    "FR": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "gmail.com", "sfr.fr", "hotmail.fr", "yahoo.fr"],
    "IT": [
        "libero.it",
        "virgilio.it",
        "tiscali.it",
        "alice.it",
        "gmail.com",
        "hotmail.it",
        "yahoo.it",
        "fastwebnet.it",
    ],
    "GB": ["btinternet.com", "hotmail.co.uk", "outlook.com", "gmail.com", "yahoo.co.uk", "sky.com", "virginmedia.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "hotmail.com", "proton.me"],
}


def _ascii_name(s: str) -> str:
    s = strip_accents(s).lower()
    return re.sub(r"[^a-z]", "", s)


def email_for(rng: random.Random, first: str, last: str, cc: str, domain: str | None = None) -> str:
    f = _ascii_name(first.split("-")[0].split(" ")[0]) or "x"
    lp = _ascii_name(last.replace(" ", "").replace("-", "")) or "y"
    yy = str(rng.randint(60, 99) if rng.random() < 0.5 else rng.randint(1, 99))
    if domain:
        local = rng.choice([f"{f}.{lp}", f"{f[0]}.{lp}", f"{f}.{lp}", f"{lp}", f"{f[0]}{lp}"])
        return f"{local}@{domain}"
    local = rng.choice(
        [
            f"{f}.{lp}",
            f"{f}.{lp}",
            f"{f[0]}.{lp}",
            f"{f}{lp}",
            f"{f}_{lp}",
            f"{lp}.{f}",
            f"{f}.{lp}{yy}",
            f"{f}{yy}",
            f"{lp}{f[0]}",
            f"{f}-{lp}",
            f"{f[0]}{lp}{yy}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOMAINS[cc])}"


# --------------------------------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------------------------------

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
    "deab": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
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
    "frab": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
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

DOB_SHAPES = {
    "de_DE": ["dmy.", "dmy.", "d.m.y", "dmyy.", "iso", "d. Monat y", "dd. Monat y", "d Mab y", "dd. mm. y"],
    "de_AT": ["dmy.", "dmy.", "d.m.y", "dmyy.", "d. Monat y", "dd. Monat y", "dmy/", "d Mab y"],
    "de_CH": ["dmy.", "dmy.", "d.m.y", "dmyy.", "d. Monat y", "iso", "dd. Monat y"],
    "fr_FR": ["dmy/", "dmy/", "d mois y", "dmyy/", "dmy-", "D MOIS y", "d mab y", "iso"],
    "fr_CH": ["dmy.", "dmy/", "d mois y", "dmy.", "dmyy.", "d mab y"],
    "it_IT": ["dmy/", "dmy/", "d mese y", "dmy-", "d/m/y", "d mab y", "dmyy/", "iso"],
    "it_CH": ["dmy.", "dmy/", "d mese y", "dmy.", "d/m/y"],
    "en_GB": ["dmy/", "dmy/", "d Month y", "dth Month y", "dth of Month y", "d Mon y", "dd-MON-y", "iso"],
    "en_US": ["mdy/", "mdy/", "m/d/y", "m/d/yy", "Month d, y", "Mon d, y", "Mon. d, y", "Month dth, y", "mdy-", "iso"],
}


def _th(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fmt_date(d: dt.date, shape: str, locale: str) -> str:
    lang = LANG[locale]
    D, M, Y = d.day, d.month, d.year
    mon = MONTHS[lang if lang != "de" else "de"][M - 1]
    if locale == "de_AT" and M == 1:
        mon = "Jänner"
    if shape == "dmy.":
        return f"{D:02d}.{M:02d}.{Y}"
    if shape == "d.m.y":
        return f"{D}.{M}.{Y}"
    if shape == "dmyy.":
        return f"{D:02d}.{M:02d}.{Y % 100:02d}"
    if shape == "iso":
        return d.isoformat()
    if shape == "d. Monat y":
        return f"{D}. {mon} {Y}"
    if shape == "dd. Monat y":
        return f"{D:02d}. {mon} {Y}"
    if shape == "d Mab y":
        ab = MONTHS["deab"][M - 1]
        if locale == "de_AT" and M == 1:
            ab = "Jän."
        return f"{D}. {ab} {Y}"
    if shape == "dd. mm. y":
        return f"{D:02d}. {M:02d}. {Y}"
    if shape == "dmy/":
        return f"{D:02d}/{M:02d}/{Y}"
    if shape == "dmyy/":
        return f"{D:02d}/{M:02d}/{Y % 100:02d}"
    if shape == "dmy-":
        return f"{D:02d}-{M:02d}-{Y}"
    if shape == "d mois y":
        return f"{'1er' if D == 1 else D} {mon} {Y}"
    if shape == "D MOIS y":
        return f"{'1er' if D == 1 else D} {mon.upper()} {Y}"
    if shape == "d mab y":
        ab = MONTHS["frab"][M - 1] if lang == "fr" else mon[:3]
        return f"{D} {ab} {Y}"
    if shape == "d mese y":
        return f"{'1°' if D == 1 else D} {mon} {Y}"
    if shape == "d/m/y":
        return f"{D}/{M}/{Y}"
    if shape == "d Month y":
        return f"{D} {mon} {Y}"
    if shape == "dth Month y":
        return f"{D}{_th(D)} {mon} {Y}"
    if shape == "dth of Month y":
        return f"{D}{_th(D)} of {mon} {Y}"
    if shape == "d Mon y":
        return f"{D} {mon[:3]} {Y}"
    if shape == "dd-MON-y":
        return f"{D:02d}-{mon[:3].upper()}-{Y}"
    if shape == "mdy/":
        return f"{M:02d}/{D:02d}/{Y}"
    if shape == "m/d/y":
        return f"{M}/{D}/{Y}"
    if shape == "m/d/yy":
        return f"{M}/{D}/{Y % 100:02d}"
    if shape == "Month d, y":
        return f"{mon} {D}, {Y}"
    if shape == "Mon d, y":
        return f"{mon[:3]} {D}, {Y}"
    if shape == "Mon. d, y":
        return f"{mon[:3]}{'' if M == 5 else '.'} {D}, {Y}"
    if shape == "Month dth, y":
        return f"{mon} {D}{_th(D)}, {Y}"
    if shape == "mdy-":
        return f"{M:02d}-{D:02d}-{Y}"
    raise ValueError(shape)


def plain_date(d: dt.date, locale: str) -> str:
    """Non-birth dates in the locale's ordinary shape (never labelled)."""
    lang = LANG[locale]
    if locale == "en_US":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if lang == "de" or locale in ("fr_CH", "it_CH"):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def long_date(d: dt.date, locale: str) -> str:
    lang = LANG[locale]
    mon = MONTHS[lang][d.month - 1]
    if locale == "de_AT" and d.month == 1:
        mon = "Jänner"
    if lang == "de":
        return f"{d.day}. {mon} {d.year}"
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {mon} {d.year}"
    if lang == "it":
        return f"{d.day} {mon} {d.year}"
    if locale == "en_US":
        return f"{mon} {d.day}, {d.year}"
    return f"{d.day} {mon} {d.year}"


WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}


COORD_BOX = {
    "DE": (47.6, 54.6, 6.2, 14.8),
    "AT": (46.5, 48.9, 9.7, 16.9),
    "CH": (45.9, 47.7, 6.0, 10.3),
    "FR": (43.0, 50.8, -4.3, 7.5),
    "IT": (37.9, 46.5, 7.5, 17.9),
    "GB": (50.2, 57.5, -5.5, 1.6),
    "US": (29.5, 47.5, -122.5, -71.0),
}


def rand_date(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


# --------------------------------------------------------------------------------------------------------------------
# Persons and the per-document context
# --------------------------------------------------------------------------------------------------------------------


class Person:
    def __init__(self) -> None:
        self.first = ""
        self.last = ""
        self.gender = "f"
        self.birth = dt.date(1980, 1, 1)
        self.email = ""
        self.mobile = ""
        self.landline = ""
        self.addr: Address | None = None
        self.nick = ""
        self.kind = ""
        self.sender_form = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


TITLES = {
    "de": {"f": ["Frau"], "m": ["Herr"]},
    "fr": {"f": ["Mme", "Madame", "Mme"], "m": ["M.", "Monsieur", "M."]},
    "it": {"f": ["Sig.ra", "signora", "Sig.ra"], "m": ["Sig.", "signor", "Sig."]},
    "en": {"f": ["Ms", "Mrs", "Ms"], "m": ["Mr", "Mr"]},
}


class Ctx:
    def __init__(self, rng: random.Random, locale: str, genre: str, variant: int) -> None:
        self.rng = rng
        self.locale = locale
        self.lang = LANG[locale]
        self.cc = COUNTRY[locale]
        self.region = REGION[locale]
        self.genre = genre
        self.variant = variant
        self.us = locale == "en_US"
        self.today = rand_date(rng, dt.date(2026, 11, 2), dt.date(2027, 3, 26))
        self.dob_shape = rng.choice(DOB_SHAPES[locale])
        self.dob_mixed = rng.random() < 0.25  # a quarter of the documents mix date-of-birth shapes
        self.town = Town(self.region, rng)  # the document's home town
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()
        self.persons: list[Person] = []

    def set_today(self, a: dt.date, b: dt.date) -> None:
        self.today = rand_date(self.rng, a, b)

    # language helpers
    def t(
        self, de: str, fr: str, it: str, en: str, ch: str | None = None, at: str | None = None, us: str | None = None
    ) -> str:
        if self.lang == "de":
            if self.locale == "de_CH" and ch is not None:
                return ch
            if self.locale == "de_AT" and at is not None:
                return at
            return de
        if self.lang == "fr":
            return fr
        if self.lang == "it":
            return it
        if self.us and us is not None:
            return us
        return en

    def pick(self, *opts):
        return self.rng.choice(opts)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # persons
    def person(
        self,
        gender: str | None = None,
        age: tuple[int, int] = (22, 78),
        last: str | None = None,
        kid: bool = False,
        local: float = 0.7,
        addr: bool = True,
        birth: dt.date | None = None,
        first: str | None = None,
    ) -> Person:
        rng = self.rng
        p = Person()
        p.gender = gender or rng.choice("fm")
        for _ in range(60):
            f, la, kind = draw_name(rng, self.locale, p.gender, kid=kid)
            if first:
                f = first
            if last:
                la = last
                kind = "family"
            if f in self.used_first or f in self.used_last or la in self.used_first:
                continue
            if not last and la in self.used_last:
                continue
            if f == la:
                continue
            break
        p.first, p.last, p.kind = f, la, kind
        self.used_first.add(f)
        self.used_last.add(la)
        if birth:
            p.birth = birth
        else:
            y0 = self.today.year - age[1]
            y1 = self.today.year - age[0]
            p.birth = rand_date(rng, dt.date(y0, 1, 1), dt.date(y1, 12, 28))
            if p.birth >= self.today:
                p.birth = self.today - dt.timedelta(days=400)
        p.email = email_for(rng, p.first, p.last, self.cc)
        town = self.town if rng.random() < local else Town(self.region, rng)
        if self.cc == "US":  # no mobile prefixes: a local or another US area code
            area = town.area if rng.random() < 0.7 else rng.choice(TOWNS["us"])[2]
            p.mobile = phone(rng, self.cc, area=area, mobile=True)
        else:
            p.mobile = phone(rng, self.cc, mobile=True)
        p.landline = phone(rng, self.cc, area=town.area)
        if addr:
            p.addr = Address(rng, self.locale, town=town)
        nl = self.lang
        p.nick = rng.choice(NICKS[nl])
        self.persons.append(p)
        return p

    def child_of(self, parent: Person, age: tuple[int, int] = (6, 12), gender: str | None = None) -> Person:
        lo = max(age[0], 0)
        hi = min(age[1], self.today.year - parent.birth.year - 18)
        hi = max(hi, lo)
        c = self.person(gender=gender, age=(lo, hi), last=parent.last, kid=True, addr=False)
        c.addr = parent.addr
        return c

    def partner_of(self, p: Person, same_last: float = 0.6) -> Person:
        g = "m" if p.gender == "f" else "f"
        if self.chance(0.06):
            g = p.gender
        lo = max(20, self.today.year - p.birth.year - 6)
        q = self.person(gender=g, age=(lo, lo + 10), last=p.last if self.chance(same_last) else None, addr=False)
        q.addr = p.addr
        return q

    # names
    def nm(self, p: Person, form: str = "full") -> object:
        if form == "full":
            return ("PERSON", p.full)
        if form == "rev":
            return ("PERSON", f"{p.last}, {p.first}")
        if form == "init":
            return ("PERSON", f"{p.first[0]}. {p.last}")
        if form == "fl":
            return ("PERSON", f"{p.first} {p.last[0]}.")
        if form == "first":
            return ("PERSON", p.first)
        if form == "last":
            return ("PERSON", p.last)
        if form == "LAST":
            return ("PERSON", f"{p.last.upper()} {p.first}")
        if form == "LASTONLY":
            return ("PERSON", p.last.upper())
        if form == "nick":
            return ("PERSON", p.nick)
        if form == "title":
            return [self.title(p) + " ", ("PERSON", p.last)]
        if form == "titled":  # dative (German "bei Herrn X")
            return [self.title(p, dative=True) + " ", ("PERSON", p.last)]
        if form == "titlefull":
            return [self.title(p) + " ", ("PERSON", p.full)]
        raise ValueError(form)

    def title(self, p: Person, dative: bool = False) -> str:
        tt = self.rng.choice(TITLES[self.lang][p.gender])
        if dative and tt == "Herr":
            return "Herrn"
        if self.us and tt in ("Mr", "Ms", "Mrs"):
            tt += "."
        return tt

    def salute(self, p: Person) -> list:
        """Dear Mr X / Sehr geehrte Frau X / Madame, / Gentile Sig.ra X"""
        if self.lang == "de":
            return ["Sehr geehrte" + ("r Herr " if p.gender == "m" else " Frau "), ("PERSON", p.last), ","]
        if self.lang == "fr":
            return [("Madame" if p.gender == "f" else "Monsieur") + " ", ("PERSON", p.last), ","]
        if self.lang == "it":
            return [("Gentile signora " if p.gender == "f" else "Gentile signor "), ("PERSON", p.last), ","]
        return ["Dear " + self.title(p) + " ", ("PERSON", p.last), ","]

    def hello(self, p: Person, form: str = "first") -> list:
        g = {"de": self.t("Hallo", "", "", "", ch="Hoi", at="Servus"), "fr": "Bonjour", "it": "Ciao", "en": "Hi"}
        g2 = {
            "de": "Liebe" + ("r" if p.gender == "m" else ""),
            "fr": "Cher" if p.gender == "m" else "Chère",
            "it": "Cara" if p.gender == "f" else "Caro",
            "en": "Dear",
        }
        return [self.rng.choice([g[self.lang], g2[self.lang]]) + " ", self.nm(p, form), ","]

    # values
    def dob(self, p: Person | dt.date, shape: str | None = None) -> tuple[str, str]:
        d = p if isinstance(p, dt.date) else p.birth
        if shape is None:
            mix = self.dob_mixed and self.rng.random() < 0.3
            shape = self.rng.choice(DOB_SHAPES[self.locale]) if mix else self.dob_shape
        sh = shape
        return ("DOB", fmt_date(d, sh, self.locale))

    def date(self, d: dt.date) -> str:
        return plain_date(d, self.locale)

    def ldate(self, d: dt.date) -> str:
        return long_date(d, self.locale)

    def later(self, a: int, b: int) -> dt.date:
        return self.today + dt.timedelta(days=self.rng.randint(a, b))

    def earlier(self, a: int, b: int) -> dt.date:
        return self.today - dt.timedelta(days=self.rng.randint(a, b))

    def iban(self, p: Person | None = None) -> tuple[str, str]:
        cc = self.cc
        if cc == "CH" and self.chance(0.05):
            cc = "LI"
        if cc == "DE" and self.chance(0.03):
            cc = "AT"
        s = iban(self.rng, cc)
        return ("IBAN", iban_fmt(s, self.chance(0.65)))

    def ph(self, p: Person, mobile: bool = True) -> tuple[str, str]:
        return ("PHONE", p.mobile if mobile else p.landline)

    def em(self, p: Person) -> tuple[str, str]:
        return ("EMAIL", p.email)

    def work_email(self, p: Person, domain: str) -> tuple[str, str]:
        return ("EMAIL", email_for(self.rng, p.first, p.last, self.cc, domain=domain))

    def biz_phone(self, town: Town | None = None, ext: bool = False, mobile: bool = False) -> tuple[str, str]:
        t = town or self.town
        return ("PHONE", phone(self.rng, self.cc, area=t.area, ext=ext, mobile=mobile))

    def addr(self, town: Town | None = None) -> Address:
        return Address(self.rng, self.locale, town=town or self.town)

    def money(self, lo: float, hi: float, cents: bool = True) -> str:
        v = self.rng.uniform(lo, hi)
        v = round(v, 2) if cents else round(v)
        cur = {"DE": "€", "AT": "€", "FR": "€", "IT": "€", "CH": "CHF", "GB": "£", "US": "$"}[self.cc]
        if self.cc in ("GB", "US"):
            return f"{cur}{v:,.2f}" if cents else f"{cur}{int(v)}"
        if self.cc == "CH":
            return f"CHF {v:.2f}" if cents else f"CHF {int(v)}.–"
        s = f"{v:,.2f}".replace(",", " ").replace(".", ",") if cents else str(int(v))
        return f"{s} €"

    def lower_chat(self) -> bool:
        return self.rng.random() < 0.33

    def chat(self, msgs: list, day: dt.date | None = None, layout: str | None = None) -> Doc:
        lay = layout or self.rng.choice(CHAT_LAYOUTS)
        d = chat(msgs, lay, day or self.today, self.lang, self.us, self.rng)
        if self.lower_chat():
            d = d.map_text(str.lower, keep=("IBAN",))
        return d

    def sender(self, p: Person) -> object:
        """A chat sender keeps one display form within a document."""
        if not getattr(p, "sender_form", ""):
            p.sender_form = self.rng.choice(["first", "first", "full", "fl", "nick"])
        return self.nm(p, p.sender_form)

    def g(self, p: Person, m: str, f: str) -> str:
        return f if p.gender == "f" else m

    def coords(self) -> str:
        a, b, c, d = COORD_BOX[self.cc]
        return f"{self.rng.uniform(a, b):.5f}, {self.rng.uniform(c, d):.5f}"

    def domain(self, de: str, fr: str, it: str, en: str, us: str | None = None) -> str:
        """An organisation's mail domain in the document's country."""
        return self.org_domain(self.t(de, fr, it, en, us=us))

    def fstyle(self) -> str:
        return self.rng.choice(FORM_STYLES)

    def tstyle(self) -> str:
        return self.rng.choice(TABLE_STYLES)

    def org_domain(self, base: str) -> str:
        tld = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "IT": "it", "GB": "co.uk", "US": "org"}[self.cc]
        if "." in base:
            return base
        return f"{base}.{tld}"


def dom_from(name: str) -> str:
    """'Phoenix Safety Academy' -> 'phoenix-safety'"""
    words = [
        w
        for w in re.split(r"[^a-z0-9]+", strip_accents(name).lower())
        if w
        and w
        not in (
            "ltd",
            "gmbh",
            "sa",
            "sas",
            "srl",
            "s",
            "r",
            "l",
            "p",
            "a",
            "co",
            "kg",
            "ag",
            "inc",
            "llp",
            "plc",
            "the",
            "am",
            "de",
            "du",
            "des",
            "di",
            "la",
            "le",
            "und",
            "and",
            "e",
            "et",
        )
    ]
    return "-".join(words[:2]) or "office"


def mail_header(ctx: Ctx, frm: list, to: list, subject: str, when: dt.datetime, cc: list | None = None) -> Doc:
    lab = {
        "de": ("Von", "An", "Cc", "Datum", "Betreff"),
        "fr": ("De", "À", "Cc", "Date", "Objet"),
        "it": ("Da", "A", "Cc", "Data", "Oggetto"),
        "en": ("From", "To", "Cc", "Date", "Subject"),
    }[ctx.lang]
    if ctx.chance(0.4):
        lab = ("From", "To", "Cc", "Date", "Subject")
    d = Doc()
    d.add(f"{lab[0]}: ", frm, "\n", f"{lab[1]}: ", to, "\n")
    if cc:
        d.add(f"{lab[2]}: ", cc, "\n")
    d.add(f"{lab[3]}: {ctx.date(when.date())} {when.hour:02d}:{when.minute:02d}\n", f"{lab[4]}: {subject}\n\n")
    return d


def addr_of(ctx: Ctx, p: Person, display: str | None = None) -> list:
    """'Display Name <mail>' with the display name as PERSON and the address as EMAIL."""
    form = display or ctx.pick("full", "full", "rev", "bare", "upper")
    if form == "bare":
        return [ctx.em(p)]
    if form == "upper":
        return [("PERSON", p.full.upper()), " <", ctx.em(p), ">"]
    if form == "rev":
        return ['"', ("PERSON", f"{p.last}, {p.first}"), '" <', ctx.em(p), ">"]
    return [("PERSON", p.full), " <", ctx.em(p), ">"]


def quote_intro(ctx: Ctx, p: Person | None, when: dt.datetime, mail: tuple | None = None) -> Doc:
    ds = ctx.date(when.date())
    hm = f"{when.hour:02d}:{when.minute:02d}"
    who: list = [ctx.nm(p, "full")] if p else ["?"]
    if mail:
        who += [" <", mail, ">"]
    if ctx.lang == "de":
        return R(f"Am {ds} um {hm} schrieb ", who, ":\n")
    if ctx.lang == "fr":
        return R(f"Le {ds} à {hm}, ", who, " a écrit :\n")
    if ctx.lang == "it":
        return R(f"Il giorno {ds} alle {hm} ", who, " ha scritto:\n")
    return R(f"On {ds}, at {hm}, ", who, " wrote:\n")


def outlook_block(ctx: Ctx, frm: list, to: list, subject: str, when: dt.datetime) -> Doc:
    lab = {
        "de": ("Ursprüngliche Nachricht", "Von", "Gesendet", "An", "Betreff"),
        "fr": ("Message d'origine", "De", "Envoyé", "À", "Objet"),
        "it": ("Messaggio originale", "Da", "Inviato", "A", "Oggetto"),
        "en": ("Original Message", "From", "Sent", "To", "Subject"),
    }[ctx.lang]
    return R(
        f"-----{lab[0]}-----\n{lab[1]}: ",
        frm,
        f"\n{lab[2]}: {ctx.date(when.date())} {when.hour:02d}:{when.minute:02d}\n{lab[3]}: ",
        to,
        f"\n{lab[4]}: {subject}\n\n",
    )


def when_(ctx: Ctx, d: dt.date | None = None) -> dt.datetime:
    d = d or ctx.today
    return dt.datetime(d.year, d.month, d.day, ctx.rng.randint(7, 21), ctx.rng.randint(0, 59))


def signoff(ctx: Ctx, formal: bool = False) -> str:
    if formal:
        return ctx.pick(
            *{
                "de": ["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße"],
                "fr": ["Veuillez agréer nos salutations distinguées", "Cordialement", "Bien cordialement"],
                "it": ["Cordiali saluti", "Distinti saluti"],
                "en": ["Kind regards", "Yours sincerely", "Best regards"],
            }[ctx.lang]
        )
    return ctx.pick(
        *{
            "de": ["Viele Grüße", "Beste Grüße", "Liebe Grüße", "Mit freundlichen Grüßen", "LG"],
            "fr": ["Bien cordialement", "Cordialement", "Bonne journée", "Merci d'avance et bonne soirée"],
            "it": ["Cordiali saluti", "Un saluto", "Grazie e buona giornata", "Distinti saluti"],
            "en": ["Best wishes", "Kind regards", "Thanks", "Best", "Many thanks"],
        }[ctx.lang]
    )


# --------------------------------------------------------------------------------------------------------------------
# Genres
# --------------------------------------------------------------------------------------------------------------------


def poss(ctx: Ctx, p: Person, form: str = "first") -> list:
    """German 'Lenas' / English "Ella's" - the ending outside the span."""
    nm = ctx.nm(p, form)
    if ctx.lang == "de":
        name = plain(nm)
        return [nm, "'" if name.endswith(("s", "x", "z", "ß")) else "s"]
    if ctx.lang == "en":
        return [nm, "'s"]
    return [nm]


GIFTS = {
    "de": [
        "Tolino Shine 5",
        "Lindt Lindor Mischung",
        "Moleskine Notizbuch A5",
        "Puzzle Ravensburger 1000 Teile",
        "Thermobecher von Stanley",
        "Gin-Tasting-Set",
        "Kochbuch 'Ottolenghi Simple'",
        "Wollsocken",
        "Tee von Sonnentor",
        "Bluetooth-Lautsprecher JBL Go 4",
        "Brettspiel 'Cascadia'",
        "Duftkerze Zimt",
        "Sudoku-Block",
    ],
    "fr": [
        "chocolats Lindt",
        "carnet Moleskine",
        "puzzle 1000 pièces",
        "mug isotherme",
        "coffret de thés Kusmi",
        "livre de cuisine",
        "chaussettes en laine",
        "bougie parfumée",
        "jeu 'Dixit'",
        "enceinte JBL Go 4",
    ],
    "it": [
        "cioccolatini Lindt",
        "taccuino Moleskine",
        "puzzle da 1000 pezzi",
        "tazza termica",
        "set di tè",
        "libro di cucina",
        "calzini di lana",
        "candela profumata",
        "gioco 'Dixit'",
        "cassa JBL Go 4",
    ],
    "en": [
        "Lindt Lindor selection",
        "Moleskine notebook",
        "1000-piece jigsaw",
        "Stanley travel mug",
        "Yorkshire Tea gift box",
        "Ottolenghi cookbook",
        "wool socks",
        "scented candle",
        "'Cascadia' board game",
        "JBL Go 4 speaker",
        "Kindle Paperwhite cover",
        "hot sauce sampler",
    ],
}


def g_secretsanta(ctx: Ctx) -> Doc:
    rng = ctx.rng
    L = ctx.lang
    y = ctx.today.year if ctx.today.month >= 6 else ctx.today.year - 1
    ctx.set_today(dt.date(y, 11, 3), dt.date(y, 12, 10))
    ev = ctx.t("Postwichteln", "Père Noël secret", "Babbo Natale segreto", "Secret Santa", at="Engerl-Bengerl")
    year = ctx.today.year if ctx.today.month >= 10 else ctx.today.year - 1
    budget = ctx.money(15, 30, cents=False)
    gifts = GIFTS[L]
    deadline = dt.date(year, 12, rng.randint(12, 19))
    org = ctx.person()
    v = ctx.variant
    d = Doc()
    if v == 0:
        p = ctx.person(local=0.3)
        group = ctx.pick(
            *{
                "de": ["Lesekreis", "Strickforum", "Laufgruppe", "Elternstammtisch", "Fotoclub-Forum"],
                "fr": ["club de lecture", "forum tricot", "groupe de course", "chorale"],
                "it": ["gruppo di lettura", "forum di maglia", "gruppo corsa", "coro"],
                "en": ["book club", "knitting forum", "running group", "allotment society"],
            }[L]
        )
        title = ctx.t(
            f"Anmeldung {ev} {year} – {group}",
            f"Inscription {ev} {year} – {group}",
            f"Iscrizione {ev} {year} – {group}",
            f"{ev} {year} sign-up – {group}",
        )
        d.add(title + "\n" + "=" * len(title) + "\n\n")
        d.add(
            ctx.t(
                f"Budget: ca. {budget}. Paket bitte bis spätestens {ctx.date(deadline)} abschicken.",
                f"Budget : environ {budget}. Envoi du colis avant le {ctx.date(deadline)}.",
                f"Budget: circa {budget}. Spedire il pacco entro il {ctx.date(deadline)}.",
                f"Budget: about {budget}. Please post your parcel by {ctx.date(deadline)}.",
            ),
            "\n",
        )
        d.add(
            ctx.t("Organisation: ", "Organisation : ", "Organizzazione: ", "Organiser: "),
            ctx.nm(org, "full"),
            " · ",
            ctx.ph(org),
            "\n\n",
        )
        fields = [
            (ctx.t("Name", "Nom", "Cognome", "Surname"), ctx.nm(p, "last")),
            (ctx.t("Vorname", "Prénom", "Nome", "First name"), ctx.nm(p, "first")),
            (
                ctx.t("Straße und Hausnummer", "Adresse", "Indirizzo", "Address line 1"),
                ("ADDRESS", p.addr.street_line(rng.randint(0, 1))),
            ),
            (
                ctx.t(
                    "PLZ und Ort",
                    "Code postal et ville",
                    "CAP e città",
                    "Town and postcode" if not ctx.us else "City, State ZIP",
                ),
                ("ADDRESS", p.addr.town_line(rng.randint(0, 1))),
            ),
            (ctx.t("E-Mail", "E-mail", "E-mail", "Email"), ctx.em(p)),
            (
                ctx.t(
                    "Telefon (für den Paketdienst)",
                    "Téléphone (pour le livreur)",
                    "Telefono (per il corriere)",
                    "Phone (for the courier)",
                ),
                ctx.ph(p),
            ),
        ]
        if ctx.chance(0.5):
            fields.append(
                (
                    ctx.t(
                        "Geburtsdatum (Alkohol nur ab 18)",
                        "Date de naissance (alcool : majeurs)",
                        "Data di nascita (alcolici solo maggiorenni)",
                        "Date of birth (alcohol 18+ only)",
                    ),
                    ctx.dob(p),
                )
            )
        fields += [
            (ctx.t("Wünsche", "Idées de cadeaux", "Desideri", "Wish list"), ", ".join(rng.sample(gifts, 3))),
            (
                ctx.t("Bitte nicht", "Surtout pas", "Per favore no", "Please not"),
                ctx.pick(
                    *{
                        "de": ["Parfüm", "Nüsse (Allergie)", "Staubfänger"],
                        "fr": ["parfum", "fruits à coque (allergie)"],
                        "it": ["profumi", "frutta secca (allergia)"],
                        "en": ["perfume", "nuts (allergy)", "dust-catchers"],
                    }[L]
                ),
            ),
        ]
        d.add(form(fields, ctx.fstyle()))
        if ctx.chance(0.5):
            part = ctx.partner_of(p)
            d.add(
                "\n",
                ctx.t(
                    "Bitte nicht mit meinem Partner zusammenlosen: ",
                    "Ne pas me tirer avec mon conjoint : ",
                    "Non abbinarmi con il mio compagno: ",
                    "Please don't pair me with my partner: ",
                ),
                ctx.nm(part, "full"),
                "\n",
            )
        d.add("\n", ctx.t("Datum: ", "Date : ", "Data: ", "Date: "), ctx.date(ctx.earlier(3, 25)), "\n")
        if ctx.chance(0.15):
            d = ocr(d, rng)
    elif v == 1:
        fam = [ctx.person(local=0.4) for _ in range(rng.randint(4, 6))]
        if ctx.chance(0.5):
            fam[1] = ctx.partner_of(fam[0])
        order = fam[:]
        rng.shuffle(order)
        hdr = ctx.t("Ziehung", "Tirage", "Estrazione", "Draw")
        d.add(f"{ev} {year} – {hdr} ({ctx.date(ctx.earlier(2, 20))})\n\n")
        head = {
            "de": ["Schenkt", "Beschenkt", "Adresse", "Wunsch"],
            "fr": ["Offre", "Reçoit", "Adresse", "Idée"],
            "it": ["Regala", "Riceve", "Indirizzo", "Desiderio"],
            "en": ["Giver", "Receiver", "Address", "Wish"],
        }[L]
        rows = []
        for i, g in enumerate(order):
            r = order[(i + 1) % len(order)]
            rows.append(
                [
                    ctx.nm(g, "first"),
                    ctx.nm(r, ctx.pick("full", "full", "first")),
                    R(*r.addr.one(rng.randint(0, 1))),
                    rng.choice(gifts),
                ]
            )
        d.add(table(head, rows, ctx.tstyle()), "\n")
        a, b, c = rng.sample(fam, 3)
        new = ctx.addr(town=Town(ctx.region, rng))
        b.addr = new
        msgs = [
            (
                ctx.sender(a),
                ctx.t(
                    "hab alle Lose verschickt, bitte nicht verraten 🤫",
                    "j'ai envoyé les tirages, chut 🤫",
                    "ho mandato i biglietti, acqua in bocca 🤫",
                    "sent everyone their draw, shhh 🤫",
                ),
            ),
            (
                ctx.sender(b),
                R(
                    ctx.t(
                        "achtung ich bin umgezogen! neue adresse: ",
                        "attention j'ai déménagé ! nouvelle adresse : ",
                        "attenzione ho traslocato! nuovo indirizzo: ",
                        "heads up I've moved! new address: ",
                    ),
                    *new.one(0),
                ),
            ),
            (
                ctx.sender(a),
                R(
                    ctx.t(
                        "danke, hab's geändert. ", "merci, c'est corrigé. ", "grazie, corretto. ", "thanks, updated. "
                    ),
                    ctx.nm(c, "first"),
                    ctx.t(
                        " bitte an die neue Adresse schicken",
                        ", envoie à la nouvelle adresse stp",
                        ", manda al nuovo indirizzo",
                        " please post to the new address",
                    ),
                ),
            ),
            (
                ctx.sender(c),
                R(
                    ctx.t(
                        "ok! brauch ich ne telefonnummer für dhl? sonst meine: ",
                        "ok ! il faut un numéro pour le colis ? sinon le mien : ",
                        "ok! serve un numero per il corriere? altrimenti il mio: ",
                        "ok! does the courier need a number? otherwise mine is ",
                    ),
                    ctx.ph(c),
                ),
            ),
            (
                ctx.sender(a),
                ctx.t(
                    f"budget bleibt {budget}, bis {ctx.date(deadline)} losschicken",
                    f"budget {budget}, envoi avant le {ctx.date(deadline)}",
                    f"budget {budget}, spedire entro il {ctx.date(deadline)}",
                    f"budget stays {budget}, post by {ctx.date(deadline)}",
                ),
            ),
        ]
        tm = times(rng, len(msgs))
        d.add("\n", ctx.chat([(s, tm[i], t) for i, (s, t) in enumerate(msgs)]))
    elif v == 2:
        office = ctx.chance(0.5)
        me = ctx.person()
        dom = ctx.domain(
            ctx.pick("brandtner-logistik", "kessler-druck", "alpina-software", "vitalis-klinik"),
            ctx.pick("moreau-conseil", "hexalis", "transports-girard"),
            ctx.pick("studioferri", "aurora-assicurazioni", "meccanicabrianza"),
            ctx.pick("harbourside-legal", "northgate-insurance", "pennine-eng"),
            us=ctx.pick("brightwater-logistics", "cedarvalleymed", "lakeshore-credit"),
        )
        colleagues = [ctx.person() for _ in range(rng.randint(3, 6))]
        w0 = when_(ctx, ctx.earlier(3, 12))
        w1 = when_(ctx)
        org_mail = ctx.work_email(org, dom) if office else ctx.em(org)
        me_mail = ctx.work_email(me, dom) if office else ctx.em(me)
        if office:
            ev = ev.replace("Postwichteln", "Wichteln")
        d.add(
            mail_header(
                ctx,
                [ctx.nm(me, "full"), " <", me_mail, ">"],
                [ctx.nm(org, "full"), " <", org_mail, ">"],
                "Re: " + ev + f" {year}",
                w1,
            )
        )
        d.add(*ctx.hello(org), "\n\n")
        if office:
            new = None
            d.add(
                ctx.t(
                    "ich bin dabei! Bitte trag mich ein. Falls ihr mich erreichen müsst: ",
                    "je participe ! Si besoin, ma ligne directe : ",
                    "ci sono anch'io! Se serve, il mio diretto: ",
                    "count me in! If you need me, my direct line is ",
                ),
                ctx.biz_phone(ext=True),
                ".\n",
            )
        else:
            new = ctx.addr(town=Town(ctx.region, rng))
            me.addr = new
            d.add(
                ctx.t(
                    "kleine Änderung: ich bin umgezogen. Bitte schick meine Adresse so weiter:\n\n",
                    "petit changement : j'ai déménagé. Merci de transmettre cette adresse :\n\n",
                    "piccola modifica: ho cambiato casa. Per favore inoltra questo indirizzo:\n\n",
                    "small change: I've moved. Please pass on this address instead:\n\n",
                ),
                ctx.nm(me, "full"),
                "\n",
                *new.block(rng.randint(0, 2)),
                "\n\n",
            )
            if ctx.chance(0.5):
                d.add(
                    ctx.t(
                        "Handy für den Kurier: ",
                        "Portable pour le livreur : ",
                        "Cellulare per il corriere: ",
                        "Mobile for the courier: ",
                    ),
                    ctx.ph(me),
                    "\n",
                )
        d.add("\n", signoff(ctx), "\n", ctx.nm(me, "first"), "\n\n")
        q = Doc()
        q.add(
            *ctx.hello(me, "first")
            if not office
            else [ctx.t("Hallo zusammen,", "Bonjour à tous,", "Ciao a tutti,", "Hi all,")],
            "\n\n",
        )
        q.add(
            ctx.t(
                f"dieses Jahr machen wir wieder {ev}! Budget {budget}, Übergabe bzw. Versand bis {ctx.date(deadline)}. "
                "Dabei sind bisher:\n",
                f"cette année on refait un {ev} ! Budget {budget}, remise ou envoi avant le {ctx.date(deadline)}. "
                "Inscrits pour l'instant :\n",
                f"anche quest'anno facciamo il {ev}! Budget {budget}, consegna o spedizione entro il "
                f"{ctx.date(deadline)}. Finora partecipano:\n",
                f"we're doing {ev} again this year! Budget {budget}, hand over or post by {ctx.date(deadline)}. "
                "Signed up so far:\n",
            )
        )
        for c in colleagues:
            q.add(
                "- ",
                ctx.nm(c, ctx.pick("full", "full", "init")),
                (
                    R(
                        " (",
                        ctx.t("Durchwahl ", "ligne directe ", "tel. diretto ", "direct line "),
                        ctx.biz_phone(ext=True),
                        ")",
                    )
                    if office and ctx.chance(0.3)
                    else ""
                ),
                "\n",
            )
        q.add(
            "\n",
            ctx.t("Bei Fragen: ", "Questions : ", "Per domande: ", "Questions: "),
            ctx.ph(org),
            "\n",
            ctx.nm(org, "first"),
            "\n",
        )
        d.add(quote_intro(ctx, org, w0, org_mail), q.quoted())
    else:
        n = rng.randint(4, 7)
        ps = [ctx.person(local=0.3) for _ in range(n)]
        fmt = ctx.pick("json", "json", "yaml", "csv")
        ev_id = f"ss-{rng.randint(100000, 999999)}"
        if fmt == "csv":
            head = ["name", "email", "street", "postcode_town", "wishlist", "assigned_to", "status"]
            rows = []
            for i, p in enumerate(ps):
                r = ps[(i + 2) % n]
                rows.append(
                    [
                        ctx.nm(p, "full"),
                        ctx.em(p),
                        ("ADDRESS", p.addr.street_line()),
                        ("ADDRESS", p.addr.town_line()),
                        rng.choice(gifts),
                        ctx.nm(r, "full"),
                        rng.choice(["confirmed", "confirmed", "invited", "shipped"]),
                    ]
                )
            d.add(f"# export {ev_id} {ctx.today.isoformat()}\n", table(head, rows, ctx.pick("csv", "ssv", "tsv")))
        else:
            rec = {
                "event": {
                    "id": ev_id,
                    "title": f"{ev} {year}",
                    "budget": budget,
                    "ship_by": deadline.isoformat(),
                    "organizer": {"name": ctx.nm(org, "full"), "email": ctx.em(org)},
                },
                "participants": [],
            }
            for i, p in enumerate(ps):
                r = ps[(i + 1) % n]
                pr: dict = {"id": i + 1, "name": ctx.nm(p, "full"), "email": ctx.em(p)}
                if ctx.chance(0.7):
                    pr["address"] = {
                        "line1": ("ADDRESS", p.addr.street_line()),
                        "city": ("ADDRESS", p.addr.town_line()),
                    }
                if ctx.chance(0.4):
                    pr["phone"] = ctx.ph(p)
                pr["wishlist"] = rng.sample(gifts, 2)
                pr["exclusions"] = [ctx.nm(ps[(i + 3) % n], "full")] if ctx.chance(0.3) else []
                pr["draws"] = ctx.nm(r, "full")
                rec["participants"].append(pr)
            if fmt == "json":
                d.add(jval(rec, 2, 0), "\n")
            else:
                d.add(yaml(rec))
    return d


SCHOOLS = {
    "de": [
        "Grundschule am Stadtpark",
        "Astrid-Lindgren-Schule",
        "Gesamtschule Nord",
        "Erich-Kästner-Grundschule",
        "Grundschule am Rosenberg",
        "Montessori-Schule Sonnenhof",
        "Sophie-Scholl-Grundschule",
    ],
    "at": [
        "Volksschule Kirchengasse",
        "VS Am Anger",
        "Volksschule Süd",
        "Volksschule Keplerstraße",
        "Volksschule Lindengasse",
    ],
    "ch": [
        "Primarschule Hofacker",
        "Schulhaus Lindenhof",
        "Schule Rütihof",
        "Primarschule Dorf",
        "Primarschule Seefeld",
    ],
    "fr": [
        "École Jules-Ferry",
        "École élémentaire des Tilleuls",
        "École Jean-Moulin",
        "École Marie-Curie",
        "École primaire du Centre",
        "Groupe scolaire Pasteur",
    ],
    "chfr": [
        "École primaire de Bellevue",
        "Collège du Léman",
        "École des Pâquerettes",
        "Établissement primaire de Cour",
    ],
    "it": [
        "Scuola primaria G. Rodari",
        "Istituto Comprensivo Via Verdi",
        "Scuola elementare De Amicis",
        "Scuola primaria Don Milani",
        "IC Leonardo da Vinci",
    ],
    "chit": [
        "Scuola elementare di Besso",
        "Scuola elementare di Minusio",
        "Scuole comunali di Lugano – sede Molino Nuovo",
    ],
    "gb": [
        "St Mary's C of E Primary",
        "Hillside Primary School",
        "Oakfield Academy",
        "Greenbank Junior School",
        "Holy Trinity RC Primary",
    ],
    "us": [
        "Lincoln Elementary School",
        "Maple Ridge Elementary",
        "Roosevelt Elementary School",
        "Westview Elementary",
        "Cesar Chavez Elementary",
    ],
}


def school_of(ctx: Ctx) -> str:
    key = {
        "de_DE": "de",
        "de_AT": "at",
        "de_CH": "ch",
        "fr_FR": "fr",
        "fr_CH": "chfr",
        "it_IT": "it",
        "it_CH": "chit",
        "en_GB": "gb",
        "en_US": "us",
    }[ctx.locale]
    return ctx.rng.choice(SCHOOLS[key])


def klass(ctx: Ctx, kid: Person | None = None) -> str:
    """A primary-school class; from the child's age when given (school year starting in September)."""
    rng = ctx.rng
    if kid is not None:
        sy = ctx.today.year if ctx.today.month >= 9 else ctx.today.year - 1
        age = sy - kid.birth.year - (1 if kid.birth.month >= 7 else 0)  # age at the start of the school year
        g = max(1, min(6, age - 5))
    else:
        g = rng.randint(1, 5)
    if ctx.lang == "de":
        return f"{g}{rng.choice('abcd')}"
    if ctx.lang == "fr":
        if ctx.locale == "fr_FR":
            return ["CP", "CE1", "CE2", "CM1", "CM2", "6e"][g - 1] + rng.choice(["", " A", " B"])
        return f"{g + 2}P"
    if ctx.lang == "it":
        return f"{min(g, 5)}{rng.choice('ABCD')}"
    if ctx.us:
        return ["1st grade", "2nd grade", "3rd grade", "4th grade", "5th grade", "6th grade"][g - 1]
    return f"Year {g}" + rng.choice(["", " Oak", " Ash"])


def g_sponsoredrun(ctx: Ctx) -> Doc:
    rng = ctx.rng
    L = ctx.lang
    school = school_of(ctx)
    ev = ctx.t(
        "Sponsorenlauf", "course solidaire", "corsa solidale", "sponsored run", ch="Sponsorenlauf", us="Jog-a-thon"
    )
    runday = ctx.later(5, 40) if ctx.variant in (0, 2) else ctx.earlier(2, 20)
    cause = ctx.pick(
        *{
            "de": [
                "neue Spielgeräte für den Pausenhof",
                "die Schulbibliothek",
                "eine Partnerschule in Ghana",
                "die Klassenfahrten",
            ],
            "fr": ["la nouvelle cour de récréation", "la bibliothèque de l'école", "une école partenaire au Sénégal"],
            "it": ["il nuovo cortile", "la biblioteca scolastica", "una scuola partner in Kenya"],
            "en": ["new playground equipment", "the school library", "our partner school in Malawi"],
        }[L]
    )
    assoc = ctx.t(
        "Förderverein",
        "association des parents d'élèves",
        "comitato genitori",
        "PTA",
        ch="Elternverein",
        at="Elternverein",
    )
    treasurer = ctx.person()
    v = ctx.variant
    d = Doc()
    per_lap = lambda: ctx.money(0.5, 5)  # noqa: E731
    if v == 0:
        kid_parent = ctx.person(age=(30, 48))
        kid = ctx.child_of(kid_parent, age=(6, 11))
        kl = klass(ctx, kid)
        d.add(
            f"{school} – {ev} {runday.year}\n",
            ctx.t("Sponsorenkarte", "Carte de parrainage", "Scheda sponsor", "Sponsor form", us="Pledge sheet"),
            "\n\n",
        )
        d.add(
            ctx.t(
                f"Am {ctx.date(runday)} laufen unsere Kinder für {cause}. Jede Runde (400 m) zählt!",
                f"Le {ctx.date(runday)}, nos élèves courent pour {cause}. Chaque tour (400 m) compte !",
                f"Il {ctx.date(runday)} i nostri alunni corrono per {cause}. Ogni giro (400 m) conta!",
                f"On {ctx.date(runday)} our pupils run for {cause}. Every lap (400 m) counts!",
            ),
            "\n\n",
        )
        d.add(
            form(
                [
                    (ctx.t("Läufer/in", "Coureur", "Alunno/a", "Runner"), ctx.nm(kid, "full")),
                    (ctx.t("Klasse", "Classe", "Classe", "Class" if not ctx.us else "Grade"), kl),
                    (
                        ctx.t("Erziehungsberechtigte/r", "Responsable légal", "Genitore", "Parent/carer"),
                        ctx.nm(kid_parent, "full"),
                    ),
                    (ctx.t("Telefon", "Téléphone", "Telefono", "Phone"), ctx.ph(kid_parent)),
                ],
                ctx.fstyle(),
            ),
            "\n",
        )
        head = {
            "de": ["Sponsor", "Anschrift (für Spendenquittung)", "Telefon", "pro Runde", "Festbetrag"],
            "fr": ["Parrain", "Adresse (reçu fiscal)", "Téléphone", "par tour", "montant fixe"],
            "it": ["Sponsor", "Indirizzo (per ricevuta)", "Telefono", "a giro", "importo fisso"],
            "en": [
                "Sponsor",
                "Address (for Gift Aid)" if not ctx.us else "Address (for tax receipt)",
                "Phone",
                "per lap",
                "fixed",
            ],
        }[L]
        rows = []
        for _ in range(rng.randint(3, 6)):
            s = ctx.person(local=0.6)
            fixed = ctx.chance(0.3)
            rows.append(
                [
                    ctx.nm(s, ctx.pick("full", "full", "rev", "init")),
                    R(*s.addr.one(rng.randint(0, 1))) if ctx.chance(0.8) else "",
                    ctx.ph(s, mobile=ctx.chance(0.6)) if ctx.chance(0.7) else "",
                    "" if fixed else per_lap(),
                    ctx.money(10, 50, cents=False) if fixed else "",
                ]
            )
        d.add(table(head, rows, ctx.pick("md", "mdpad", "fixed", "pipe")), "\n")
        if ctx.cc != "US":
            d.add(
                ctx.t("Bitte überweisen an: ", "Virement à : ", "Bonifico a: ", "Bank transfer to: "),
                assoc + " " + school,
                ", IBAN ",
                ctx.iban(),
                ", ",
                ctx.t("Verwendungszweck: ", "référence : ", "causale: ", "reference: "),
                f"{ev} {kl}",
                "\n",
            )
        else:
            d.add(
                f"Checks payable to {school} PTA. Questions: ", ctx.nm(treasurer, "full"), ", ", ctx.ph(treasurer), "\n"
            )
        if ctx.chance(0.12):
            d = ocr(d, rng)
    elif v == 1:
        kids = []
        for _ in range(rng.randint(5, 8)):
            par = ctx.person(age=(30, 48))
            kids.append((ctx.child_of(par, age=(7, 11)), par))
        kl = klass(ctx)
        d.add(
            f"{ev} {ctx.date(runday)} – {ctx.t('Ergebnisse Klasse', 'Résultats classe', 'Risultati classe', 'Results')}"
            f" {kl}\n\n"
        )
        head = {
            "de": ["Name", "Runden", "Sponsoren", "Summe"],
            "fr": ["Nom", "Tours", "Parrains", "Total"],
            "it": ["Nome", "Giri", "Sponsor", "Totale"],
            "en": ["Name", "Laps", "Sponsors", "Total"],
        }[L]
        rows = [
            [
                ctx.nm(k, ctx.pick("full", "rev", "LAST")),
                str(rng.randint(8, 32)),
                str(rng.randint(1, 6)),
                ctx.money(20, 260),
            ]
            for k, _ in kids
        ]
        d.add(table(head, rows, ctx.tstyle()), "\n")
        t1 = ctx.person()
        t2 = ctx.person()
        k1, p1 = kids[0]
        k2, p2 = kids[1]
        spons = ctx.person(local=0.5)
        msgs = [
            (
                ctx.sender(t1),
                R(
                    ctx.t("Sponsor von ", "Le parrain de ", "Lo sponsor di ", "The sponsor of "),
                    ctx.nm(k1, "first"),
                    ctx.t(" will eine Quittung: ", " veut un reçu : ", " vuole una ricevuta: ", " wants a receipt: "),
                    ctx.nm(spons, "full"),
                    ", ",
                    *spons.addr.one(0),
                ),
            ),
            (
                ctx.sender(t2),
                R(
                    ctx.t("gebe ich an ", "je transmets à ", "lo giro a ", "I'll pass it to "),
                    ctx.nm(treasurer, ctx.pick("first", "full")),
                    ctx.t(" weiter", "", "", ""),
                ),
            ),
            (
                ctx.sender(t1),
                R(
                    *poss(ctx, k2, "first"),
                    ctx.t(
                        " Papa hat angerufen, sie zahlen bar. Rückruf unter ",
                        " : le papa a appelé, ils paient en espèces. Rappeler au ",
                        ": il papà ha chiamato, pagano in contanti. Richiamare al ",
                        " dad rang, they'll pay cash. Call back on ",
                    ),
                    ctx.ph(p2),
                ),
            ),
            (
                ctx.sender(t2),
                ctx.t(
                    "Rekord übrigens 32 Runden 💪",
                    "record : 32 tours 💪",
                    "record 32 giri 💪",
                    "record was 32 laps btw 💪",
                ),
            ),
        ]
        tm = times(rng, len(msgs), 12, 18)
        d.add("\n", ctx.chat([(s, tm[i], t) for i, (s, t) in enumerate(msgs)], day=runday + dt.timedelta(days=1)))
    elif v == 2:
        gp = ctx.person(age=(62, 84))
        par = ctx.person(age=(32, 48))
        kid = ctx.child_of(par, age=(6, 11))
        dom = ctx.domain(
            "foerderverein-" + dom_from(school),
            "ape-" + dom_from(school),
            "genitori-" + dom_from(school),
            dom_from(school) + "-pta",
        )
        w0 = when_(ctx, ctx.earlier(5, 20))
        w1 = when_(ctx)
        tmail = ctx.work_email(treasurer, dom)
        d.add(
            mail_header(
                ctx,
                addr_of(ctx, gp),
                [ctx.nm(treasurer, "full"), " <", tmail, ">"],
                ctx.t(
                    "Spendenquittung Sponsorenlauf",
                    "Reçu fiscal course solidaire",
                    "Ricevuta corsa solidale",
                    "Donation receipt – sponsored run",
                ),
                w1,
            )
        )
        d.add(*ctx.salute(treasurer), "\n\n")
        amount = ctx.money(25, 120)
        d.add(
            ctx.t(
                f"ich habe für meine{'n Enkel' if kid.gender == 'm' else ' Enkelin'} ",
                f"j'ai parrainé {'mon petit-fils' if kid.gender == 'm' else 'ma petite-fille'} ",
                f"ho sponsorizzato {'mio nipote' if kid.gender == 'm' else 'mia nipote'} ",
                f"I sponsored my {'grandson' if kid.gender == 'm' else 'granddaughter'} ",
            ),
            ctx.nm(kid, "full"),
            ctx.t(
                f" {amount} gespendet und hätte gern eine Zuwendungsbestätigung an:\n\n",
                f" pour {amount} et souhaiterais un reçu à l'adresse suivante :\n\n",
                f" con {amount} e vorrei una ricevuta a questo indirizzo:\n\n",
                f" with {amount} and would like a receipt sent to:\n\n",
            ),
            ctx.nm(gp, "full"),
            "\n",
            *gp.addr.block(rng.randint(0, 2)),
            "\n\n",
        )
        d.add(
            ctx.t(
                "Telefonisch erreichen Sie mich unter ",
                "Vous pouvez me joindre au ",
                "Mi trova al numero ",
                "You can reach me on ",
            ),
            ctx.ph(gp, mobile=False),
            ".\n\n",
            signoff(ctx),
            "\n",
            ctx.nm(gp, "full"),
            "\n\n",
        )
        q = Doc(
            ctx.t(
                "Liebe Eltern, Großeltern und Sponsoren,",
                "Chers parents et parrains,",
                "Cari genitori e sponsor,",
                "Dear parents and sponsors,",
            ),
            "\n\n",
        )
        q.add(
            ctx.t(
                f"vielen Dank! Beim {ev} kamen {ctx.money(3000, 9000)} zusammen. Bitte überweisen Sie bis "
                f"{ctx.date(ctx.later(5, 20))} auf unser Konto:\n",
                f"merci ! La {ev} a rapporté {ctx.money(3000, 9000)}. Merci de verser votre don avant le "
                f"{ctx.date(ctx.later(5, 20))} sur notre compte :\n",
                f"grazie! La {ev} ha raccolto {ctx.money(3000, 9000)}. Vi preghiamo di versare entro il "
                f"{ctx.date(ctx.later(5, 20))} sul nostro conto:\n",
                f"thank you! The {ev} raised {ctx.money(3000, 9000)}. Please pay by {ctx.date(ctx.later(5, 20))} to:\n",
            )
        )
        if ctx.cc != "US":
            q.add(f"{assoc} {school}\nIBAN: ", ctx.iban(), "\n")
        else:
            q.add("Venmo @", school.split()[0], "-PTA or a check to the school office\n")
        q.add(
            ctx.t(
                "Quittungen ab 20 € auf Anfrage.",
                "Reçus fiscaux sur demande.",
                "Ricevute su richiesta.",
                "Receipts on request.",
            ),
            "\n\n",
            ctx.nm(treasurer, "full"),
            "\n",
            ctx.t(
                "Kassenwartin" if treasurer.gender == "f" else "Kassenwart",
                "Trésorière" if treasurer.gender == "f" else "Trésorier",
                "Tesoriera" if treasurer.gender == "f" else "Tesoriere",
                "Treasurer",
            ),
            ", ",
            ctx.ph(treasurer),
            "\n",
        )
        d.add(quote_intro(ctx, treasurer, w0, tmail), q.quoted())
    else:
        rows = []
        head = [
            "pledge_id",
            "sponsor_name",
            "sponsor_email",
            "sponsor_phone",
            "runner",
            "class",
            "per_lap",
            "laps",
            "total",
            "payment",
        ]
        for _ in range(rng.randint(5, 9)):
            s = ctx.person(local=0.5)
            r = ctx.person(kid=True, age=(6, 11))
            laps = rng.randint(6, 30)
            pay = (
                ("IBAN", iban_fmt(iban(rng, ctx.cc if ctx.cc != "US" else "GB"), False))
                if ctx.cc != "US" and ctx.chance(0.4)
                else rng.choice(["transfer", "cash", "card **** " + str(rng.randint(1000, 9999)), "paypal"])
            )
            rows.append(
                [
                    f"P{rng.randint(10000, 99999)}",
                    ctx.nm(s, "full"),
                    ctx.em(s) if ctx.chance(0.8) else "",
                    ctx.ph(s) if ctx.chance(0.6) else "",
                    ctx.nm(r, ctx.pick("full", "fl")),
                    klass(ctx),
                    f"{rng.choice([0.5, 1, 1.5, 2, 2.5, 3])}",
                    str(laps),
                    ctx.money(10, 90),
                    pay,
                ]
            )
        fmt = ctx.pick("csv", "ssv", "tsv", "json")
        if fmt == "json":
            for r in rows:
                d.add(jval(dict(zip(head, r, strict=True)), None, 0), "\n")
        else:
            d.add(table(head, rows, fmt))
    return d


UNIS = {
    "DE": [
        ("Universität Leipzig", "uni-leipzig.de", "Leipzig"),
        ("Georg-August-Universität Göttingen", "uni-goettingen.de", "Göttingen"),
        ("Hochschule Hannover", "hs-hannover.de", "Hannover"),
        ("Universität Bremen", "uni-bremen.de", "Bremen"),
        ("Technische Hochschule Nürnberg", "th-nuernberg.de", "Nürnberg"),
        ("Universität Trier", "uni-trier.de", "Trier"),
    ],
    "AT": [
        ("Universität Graz", "uni-graz.at", "Graz"),
        ("Universität Innsbruck", "uibk.ac.at", "Innsbruck"),
        ("FH Salzburg", "fh-salzburg.ac.at", "Salzburg"),
        ("Universität Wien", "univie.ac.at", "Wien"),
    ],
    "CHde": [
        ("Universität Bern", "unibe.ch", "Bern"),
        ("Universität Luzern", "unilu.ch", "Luzern"),
        ("ZHAW Winterthur", "zhaw.ch", "Winterthur"),
        ("Universität Basel", "unibas.ch", "Basel"),
    ],
    "CHfr": [
        ("Université de Lausanne", "unil.ch", "Lausanne"),
        ("Université de Neuchâtel", "unine.ch", "Neuchâtel"),
        ("Université de Fribourg", "unifr.ch", "Fribourg"),
        ("HES-SO Valais", "hevs.ch", "Sion"),
    ],
    "CHit": [("Università della Svizzera italiana", "usi.ch", "Lugano"), ("SUPSI", "supsi.ch", "Lugano")],
    "FR": [
        ("Université de Rennes", "univ-rennes.fr", "Rennes"),
        ("Université de Bordeaux", "u-bordeaux.fr", "Bordeaux"),
        ("Université Grenoble Alpes", "univ-grenoble-alpes.fr", "Grenoble"),
        ("Université de Lille", "univ-lille.fr", "Lille"),
    ],
    "IT": [
        ("Università di Bologna", "unibo.it", "Bologna"),
        ("Università degli Studi di Padova", "unipd.it", "Padova"),
        ("Politecnico di Torino", "polito.it", "Torino"),
        ("Università di Pisa", "unipi.it", "Pisa"),
    ],
    "GB": [
        ("University of Leeds", "leeds.ac.uk", "Leeds"),
        ("University of Bristol", "bristol.ac.uk", "Bristol"),
        ("Cardiff University", "cardiff.ac.uk", "Cardiff"),
        ("University of York", "york.ac.uk", "York"),
    ],
    "US": [
        ("University of Vermont", "uvm.edu", "Burlington"),
        ("Portland State University", "pdx.edu", "Portland"),
        ("University of Wisconsin–Madison", "wisc.edu", "Madison"),
        ("Boise State University", "boisestate.edu", "Boise"),
    ],
}
PROGRAMMES = {
    "de": [
        "B.Sc. Informatik",
        "B.A. Germanistik / Geschichte",
        "M.Sc. Umweltwissenschaften",
        "B.Sc. Psychologie",
        "Staatsexamen Rechtswissenschaft",
        "B.Eng. Maschinenbau",
        "M.A. Soziologie",
        "B.Sc. Pflegewissenschaft",
    ],
    "fr": [
        "Licence de droit",
        "Licence Psychologie",
        "Master Biologie",
        "BUT Informatique",
        "Licence LEA anglais-espagnol",
        "Master Sciences de l'éducation",
    ],
    "it": [
        "Laurea triennale in Economia",
        "Laurea magistrale in Ingegneria civile",
        "Giurisprudenza (ciclo unico)",
        "Scienze biologiche",
        "Lettere moderne",
        "Informatica",
    ],
    "en": [
        "BSc Computer Science",
        "BA History",
        "MSc Environmental Science",
        "BA (Hons) English Literature",
        "MEng Mechanical Engineering",
        "BSc Nursing",
    ],
}
INSURERS = {
    "DE": ["TK", "AOK Plus", "Barmer", "DAK-Gesundheit"],
    "AT": ["ÖGK", "BVAEB", "SVS"],
    "CH": ["CSS", "Helsana", "Swica", "Sanitas", "Groupe Mutuel"],
    "FR": ["CPAM", "MGEN", "Harmonie Mutuelle"],
    "IT": ["SSN"],
    "GB": ["NHS"],
    "US": ["Aetna", "BlueCross BlueShield", "UnitedHealthcare"],
}
NATIONALITIES = {
    "de": [
        "deutsch",
        "österreichisch",
        "italienisch",
        "türkisch",
        "ukrainisch",
        "polnisch",
        "syrisch",
        "schweizerisch",
        "portugiesisch",
    ],
    "fr": ["française", "suisse", "portugaise", "marocaine", "italienne", "sénégalaise", "belge"],
    "it": ["italiana", "svizzera", "albanese", "rumena", "marocchina", "cinese", "ucraina"],
    "en": ["British", "Irish", "American", "Indian", "Polish", "Nigerian", "Canadian"],
}


def uni_of(ctx: Ctx) -> tuple[str, str, str]:
    key = ctx.cc if ctx.cc != "CH" else "CH" + ctx.lang
    return ctx.rng.choice(UNIS[key])


def g_enrolment(ctx: Ctx) -> Doc:
    rng = ctx.rng
    L = ctx.lang
    uni, dom, utown = uni_of(ctx)
    ut = [t for t in TOWNS[ctx.region] if t[1].split("|")[0] == utown]
    if ut:
        ctx.town = Town(ctx.region, rng, ut[0])
    office = ctx.t(
        "Studierendensekretariat",
        "Service des inscriptions",
        "Segreteria studenti",
        "Admissions Office",
        at="Studienservice",
        ch="Kanzlei",
        us="Office of the Registrar",
    )
    prog = rng.choice(PROGRAMMES[L])
    v = ctx.variant
    d = Doc()

    def matric() -> str:
        return str(rng.randint(1000000, 9999999)) if ctx.cc != "GB" else f"{rng.randint(200000000, 299999999)}"

    if v == 0:
        s = ctx.person(age=(18, 29), local=0.2)
        s.addr = ctx.addr()
        home = Address(rng, ctx.locale)
        par = ctx.person(age=(45, 62), last=s.last if ctx.chance(0.7) else None, addr=False)
        par.addr = home
        d.add(
            f"{uni}\n",
            ctx.t(
                "Antrag auf Einschreibung",
                "Dossier d'inscription administrative",
                "Domanda di immatricolazione",
                "Enrolment form",
                us="Enrollment form",
            ),
            f" – {ctx.t('Wintersemester', 'année universitaire', 'anno accademico', 'academic year')} "
            f"{ctx.today.year}/{(ctx.today.year + 1) % 100:02d}\n\n",
        )
        fields = [
            ctx.t("1. Persönliche Angaben", "1. État civil", "1. Dati anagrafici", "1. Personal details"),
            (ctx.t("Familienname", "Nom de naissance", "Cognome", "Family name"), ctx.nm(s, "last")),
            (ctx.t("Vorname(n)", "Prénom(s)", "Nome", "Given name(s)"), ctx.nm(s, "first")),
        ]
        if s.gender == "f" and ctx.chance(0.15):
            bn = ctx.person(gender="f", addr=False)
            fields.append(
                (ctx.t("Geburtsname", "Nom d'usage", "Cognome da nubile", "Previous surname"), ctx.nm(bn, "last"))
            )
        fields += [
            (ctx.t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), ctx.dob(s)),
            (
                ctx.t("Geburtsort", "Lieu de naissance", "Luogo di nascita", "Place of birth"),
                Town(ctx.region, rng).name
                if ctx.chance(0.7)
                else ctx.pick("Kyiv", "Izmir", "Porto", "Tirana", "Damaskus", "Dakar", "Kraków"),
            ),
            (ctx.t("Staatsangehörigkeit", "Nationalité", "Cittadinanza", "Nationality"), rng.choice(NATIONALITIES[L])),
            ctx.t("2. Anschrift", "2. Coordonnées", "2. Recapiti", "2. Contact details"),
            (
                ctx.t("Semesteranschrift", "Adresse pendant l'année", "Domicilio", "Term-time address"),
                R(*s.addr.one(rng.randint(0, 1))),
            ),
            (
                ctx.t("Heimatanschrift", "Adresse des parents", "Residenza", "Home address"),
                R(*home.one(rng.randint(0, 1)))
                if ctx.chance(0.7)
                else ctx.t("wie oben", "identique", "come sopra", "as above"),
            ),
            (ctx.t("Telefon", "Téléphone", "Cellulare", "Mobile"), ctx.ph(s)),
            (ctx.t("E-Mail", "Courriel", "E-mail", "Email"), ctx.em(s)),
            ctx.t("3. Studium", "3. Formation", "3. Corso di studio", "3. Programme"),
            (ctx.t("Studiengang", "Formation", "Corso", "Programme"), prog),
            (
                ctx.t(
                    "Hochschulzugangsberechtigung vom",
                    "Baccalauréat obtenu le",
                    "Diploma conseguito il",
                    "Qualification awarded on",
                ),
                ctx.date(dt.date(s.birth.year + 18, rng.randint(6, 7), rng.randint(1, 28))),
            ),
            (
                ctx.t("Krankenversicherung", "Sécurité sociale", "Tessera sanitaria", "Health cover"),
                rng.choice(INSURERS[ctx.cc]) + (f", Nr. A{rng.randint(100000000, 999999999)}" if L == "de" else ""),
            ),
        ]
        if ctx.cc != "US":
            fields.append(
                (
                    ctx.t(
                        "IBAN für Rückerstattungen",
                        "IBAN pour remboursement",
                        "IBAN per rimborsi",
                        "Bank account (IBAN) for refunds",
                    ),
                    ctx.iban(),
                )
            )
        fields += [
            ctx.t("4. Notfallkontakt", "4. Personne à prévenir", "4. Contatto di emergenza", "4. Emergency contact"),
            (ctx.t("Name", "Nom", "Nome e cognome", "Name"), ctx.nm(par, "full")),
            (ctx.t("Telefon", "Téléphone", "Telefono", "Phone"), ctx.ph(par, mobile=ctx.chance(0.6))),
        ]
        d.add(form(fields, ctx.fstyle()), "\n")
        d.add(
            ctx.t(
                f"Semesterbeitrag: {ctx.money(150, 380)} – bitte bis {ctx.date(ctx.later(10, 40))} überweisen.",
                f"Droits d'inscription : {ctx.money(170, 260)} (CVEC incluse).",
                f"Prima rata tasse: {ctx.money(156, 900)} entro il {ctx.date(ctx.later(10, 40))}.",
                f"Tuition fee status: {ctx.pick('Home', 'Overseas')}; first instalment due "
                f"{ctx.date(ctx.later(10, 40))}.",
            ),
            "\n",
        )
        if ctx.chance(0.12):
            d = ocr(d, rng)
    elif v == 1:
        staff = [ctx.person() for _ in range(2)]
        rows = []
        studs = []
        for _ in range(rng.randint(5, 8)):
            s = ctx.person(age=(18, 30), local=0.3)
            studs.append(s)
            rows.append(
                [
                    f"{ctx.today.year}-{rng.randint(10000, 99999)}",
                    ctx.nm(s, ctx.pick("rev", "LAST", "full")),
                    ctx.dob(s),
                    rng.choice(PROGRAMMES[L]),
                    rng.choice(
                        {
                            "de": ["Zeugnis fehlt", "KV-Nachweis fehlt", "Foto fehlt", "vollständig", "Beitrag offen"],
                            "fr": [
                                "relevé de notes manquant",
                                "attestation CVEC manquante",
                                "complet",
                                "photo manquante",
                            ],
                            "it": ["diploma mancante", "foto mancante", "completa", "tassa non pagata"],
                            "en": ["transcript missing", "ID missing", "complete", "fee outstanding"],
                        }[L]
                    ),
                ]
            )
        head = {
            "de": ["Bewerbungsnr.", "Name", "Geburtsdatum", "Studiengang", "Status"],
            "fr": ["N° dossier", "Nom", "Né(e) le", "Formation", "Statut"],
            "it": ["N. pratica", "Nominativo", "Data di nascita", "Corso", "Stato"],
            "en": ["Application no.", "Name", "DOB", "Programme", "Status"],
        }[L]
        d.add(f"{office} – {uni} – {ctx.date(ctx.today)}\n\n", table(head, rows, ctx.tstyle()), "\n")
        a, b = studs[0], studs[1]
        msgs = [
            (
                ctx.sender(staff[0]),
                R(
                    ctx.nm(a, ctx.pick("last", "full")),
                    ctx.t(
                        " war am Schalter, neue Adresse: ",
                        ctx.g(a, " est passé", " est passée") + " au guichet, nouvelle adresse : ",
                        ctx.g(a, " è passato", " è passata") + " allo sportello, nuovo indirizzo: ",
                        " came to the desk, new address: ",
                    ),
                    *ctx.addr().one(0),
                ),
            ),
            (ctx.sender(staff[1]), ctx.t("trag ich ein", "je mets à jour", "aggiorno io", "will update")),
            (
                ctx.sender(staff[0]),
                R(
                    ctx.t("Geburtsdatum bei ", "date de naissance de ", "data di nascita di ", "DOB for "),
                    ctx.nm(b, "full"),
                    ctx.t(
                        " ist falsch, richtig ist ", " erronée, c'est le ", " sbagliata, è il ", " is wrong, should be "
                    ),
                    ctx.dob(b.birth + dt.timedelta(days=31)),
                ),
            ),
            (
                ctx.sender(staff[1]),
                R(
                    ctx.t(
                        ctx.g(b, "ok. Ruf ihn bitte an: ", "ok. Ruf sie bitte an: "),
                        ctx.g(b, "ok, rappelle-le : ", "ok, rappelle-la : "),
                        ctx.g(b, "ok, richiamalo: ", "ok, richiamala: "),
                        "ok, please ring them: ",
                    ),
                    ctx.ph(b),
                ),
            ),
        ]
        tm = times(rng, len(msgs), 8, 16)
        d.add("\n", ctx.chat([(s_, tm[i], t) for i, (s_, t) in enumerate(msgs)]))
    elif v == 2:
        s = ctx.person(age=(18, 28), local=0.3)
        clerk = ctx.person()
        cmail = ctx.work_email(clerk, dom)
        w0 = when_(ctx, ctx.earlier(2, 10))
        w1 = when_(ctx)
        mn = matric()
        d.add(
            mail_header(
                ctx,
                addr_of(ctx, s),
                [ctx.nm(clerk, "full"), " <", cmail, ">"],
                "Re: "
                + ctx.t(
                    f"Ihre Einschreibung – Matrikelnr. {mn}",
                    f"Votre inscription – n° {mn}",
                    f"Immatricolazione – matricola {mn}",
                    f"Your enrolment – ID {mn}",
                ),
                w1,
            )
        )
        d.add(*ctx.salute(clerk), "\n\n")
        new = ctx.addr()
        d.add(
            ctx.t(
                "vielen Dank. Anbei die fehlenden Angaben:\n",
                "merci. Voici les éléments manquants :\n",
                "grazie. Ecco i dati mancanti:\n",
                "thank you. Here are the missing details:\n",
            )
        )
        d.add(
            form(
                [
                    (ctx.t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), ctx.dob(s)),
                    (ctx.t("neue Anschrift", "nouvelle adresse", "nuovo indirizzo", "new address"), R(*new.one(0))),
                    (ctx.t("Handy", "Portable", "Cellulare", "Mobile"), ctx.ph(s)),
                ],
                ctx.pick("bullet", "colon"),
            )
        )
        d.add(
            "\n",
            ctx.t(
                "Das Abiturzeugnis schicke ich per Post.",
                "J'envoie le relevé de notes par courrier.",
                "Il diploma lo invio per posta.",
                "I'll post the certified transcript.",
                ch="Das Maturazeugnis schicke ich per Post.",
                at="Das Maturazeugnis schicke ich per Post.",
            ),
            "\n\n",
            signoff(ctx),
            "\n",
            ctx.nm(s, "full"),
            "\n\n",
        )
        q = Doc(*ctx.salute(s), "\n\n")
        q.add(
            ctx.t(
                f"für Ihre Einschreibung in den Studiengang {prog} fehlen noch Ihr Geburtsdatum und eine "
                f"Meldeadresse. Bitte antworten Sie bis {ctx.date(ctx.later(3, 14))}.",
                f"pour votre inscription en {prog}, il manque votre date de naissance et votre adresse. Merci de "
                f"répondre avant le {ctx.date(ctx.later(3, 14))}.",
                f"per la sua immatricolazione a {prog} mancano la data di nascita e l'indirizzo di residenza. "
                f"La preghiamo di rispondere entro il {ctx.date(ctx.later(3, 14))}.",
                f"to complete your enrolment on {prog} we still need your date of birth and a current address. "
                f"Please reply by {ctx.date(ctx.later(3, 14))}.",
            ),
            "\n\n",
        )
        q.add(
            signoff(ctx, True),
            "\n",
            ctx.nm(clerk, "full"),
            "\n",
            office,
            " | ",
            uni,
            "\n",
            ctx.t("Tel. ", "Tél. ", "Tel. ", "Tel. "),
            ctx.biz_phone(ext=True),
            " | ",
            cmail,
            "\n",
            ctx.t(
                "Allgemeine Anfragen: studienservice@",
                "Questions générales : scolarite@",
                "Informazioni generali: segreteria.studenti@",
                "General enquiries: admissions@",
            ),
            dom,
            "\n",
        )
        if ctx.chance(0.5):
            d.add(
                outlook_block(
                    ctx,
                    [ctx.nm(clerk, "full"), " <", cmail, ">"],
                    [ctx.em(s)],
                    ctx.t("Ihre Einschreibung", "Votre inscription", "Immatricolazione", "Your enrolment"),
                    w0,
                ),
                q,
            )
        else:
            d.add(quote_intro(ctx, clerk, w0, cmail), q.quoted())
    else:
        recs = []
        for _ in range(rng.randint(3, 6)):
            s = ctx.person(age=(18, 32), local=0.3)
            r: dict = {
                "applicationId": f"A{rng.randint(1000000, 9999999)}",
                "surname": ctx.nm(s, "last"),
                "givenNames": ctx.nm(s, "first"),
                "dateOfBirth": ctx.dob(s, "iso" if ctx.chance(0.6) else None),
                "programme": rng.choice(PROGRAMMES[L]),
                "email": ctx.em(s),
            }
            if ctx.chance(0.7):
                r["address"] = {"street": ("ADDRESS", s.addr.street_line()), "city": ("ADDRESS", s.addr.town_line())}
            if ctx.chance(0.6):
                r["mobile"] = ctx.ph(s)
            if ctx.cc != "US" and ctx.chance(0.35):
                r["refundIban"] = ctx.iban()
            r["status"] = rng.choice(["ADMITTED", "ENROLLED", "DOCS_MISSING", "WITHDRAWN"])
            r["feePaid"] = ctx.chance(0.6)
            recs.append(r)
        fmt = ctx.pick("json", "jsonl", "yaml")
        if fmt == "json":
            d.add(jval({"export": f"{uni}", "generated": ctx.today.isoformat(), "records": recs}, 2, 0))
        elif fmt == "jsonl":
            for r in recs:
                d.add(jval(r, None, 0), "\n")
        else:
            d.add(yaml({"records": recs}))
    return d


def g_licenceexchange(ctx: Ctx) -> Doc:
    rng = ctx.rng
    L = ctx.lang
    office = ctx.t(
        "Führerscheinstelle",
        "Préfecture – service des permis",
        "Motorizzazione civile",
        "DVLA",
        ch="Strassenverkehrsamt",
        at="Verkehrsamt der Landespolizeidirektion",
        us="DMV",
    )
    if ctx.locale == "fr_CH":
        office = "Service des automobiles et de la navigation"
    if ctx.locale == "it_CH":
        office = "Sezione della circolazione"
    countries = ctx.t(
        "Türkei, Ukraine, USA, Brasilien, Serbien, Kanada, Südkorea, Japan, Marokko",
        "Maroc, Tunisie, Brésil, Canada, Sénégal, Turquie, Japon, Suisse",
        "Albania, Marocco, Brasile, Ucraina, Stati Uniti, Moldavia, Filippine, Svizzera",
        "Australia, India, South Africa, Canada, Japan, New Zealand, Ukraine, Brazil",
        us="Texas, Florida, Ontario, Mexico, Germany, New York, California, Puerto Rico",
    ).split(", ")

    def lic_no() -> str:
        return rng.choice(
            [
                f"{rng.choice('ABCDEFGHJKLMNP')}{rng.randint(1000000, 9999999)}",
                f"{rng.randint(10000000, 99999999)}",
                f"DL-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
            ]
        )

    cats = lambda: rng.choice(["B", "B, BE", "A2, B", "B, C1", "AM, B"])  # noqa: E731
    v = ctx.variant
    d = Doc()
    if v == 0:
        p = ctx.person(age=(19, 70))
        country = rng.choice(countries)
        d.add(office, " – ", ctx.town.name, "\n")
        d.add(
            ctx.t(
                "Antrag auf Umschreibung einer ausländischen Fahrerlaubnis",
                "Demande d'échange d'un permis de conduire étranger",
                "Domanda di conversione di patente estera",
                "Application to exchange a foreign driving licence",
                ch="Gesuch um Umtausch eines ausländischen Führerausweises",
                us="Out-of-state / foreign license transfer",
            ),
            "\n\n",
        )
        fields = [
            (ctx.t("Name", "Nom", "Cognome", "Surname"), ctx.nm(p, "LASTONLY" if ctx.chance(0.3) else "last")),
            (ctx.t("Vornamen", "Prénoms", "Nome", "First names"), ctx.nm(p, "first")),
            (ctx.t("Geburtsdatum", "Né(e) le", "Nato/a il", "Date of birth"), ctx.dob(p)),
            (
                ctx.t("Geburtsort", "Lieu de naissance", "Luogo di nascita", "Place of birth"),
                ctx.pick("Ankara", "Kharkiv", "Curitiba", "Novi Sad", "Toronto", "Casablanca", "Pune", "Cebu"),
            ),
            (ctx.t("Wohnanschrift", "Adresse", "Residenza", "Address"), R(*p.addr.one(rng.randint(0, 1)))),
            (ctx.t("Telefon", "Téléphone", "Telefono", "Telephone"), ctx.ph(p, mobile=ctx.chance(0.7))),
            (ctx.t("E-Mail", "Courriel", "E-mail", "Email"), ctx.em(p)),
            ctx.t("Ausländischer Führerschein", "Permis étranger", "Patente estera", "Foreign licence"),
            (
                ctx.t(
                    "Ausstellungsstaat",
                    "Pays de délivrance",
                    "Stato di rilascio",
                    "Issuing country",
                    us="Issuing state / country",
                ),
                country,
            ),
            (ctx.t("Führerscheinnummer", "Numéro du permis", "Numero patente", "Licence number"), lic_no()),
            (
                ctx.t("Ausgestellt am", "Délivré le", "Rilasciata il", "Date of issue"),
                ctx.date(
                    dt.date(
                        rng.randint(min(max(p.birth.year + 18, 1985), 2025), 2025),
                        rng.randint(1, 12),
                        rng.randint(1, 28),
                    )
                ),
            ),
            (ctx.t("Klassen", "Catégories", "Categorie", "Categories"), cats()),
            (
                ctx.t("Sehtest vom", "Certificat médical du", "Certificato medico del", "Eyesight test on"),
                ctx.date(ctx.earlier(5, 60)),
            ),
        ]
        if ctx.chance(0.5):
            tr = ctx.person()
            fields.append(
                (
                    ctx.t("Übersetzung durch", "Traduction par", "Traduzione di", "Translation by"),
                    R(
                        ctx.nm(tr, "full"),
                        ctx.t(
                            ", öffentl. best. Übersetzer",
                            ", traducteur assermenté",
                            ", traduttore giurato",
                            ", certified translator",
                        ),
                        ", ",
                        ctx.biz_phone(),
                    ),
                )
            )
        d.add(form(fields, ctx.fstyle()), "\n")
        d.add(
            ctx.t(
                f"Gebühr: {ctx.money(35, 60)}  ·  Termin: {ctx.date(ctx.later(7, 40))}, {rng.randint(8, 15)}:"
                f"{rng.choice(['00', '15', '30', '45'])} Uhr",
                f"Dossier n° {rng.randint(10000000, 99999999)} – dépôt le {ctx.date(ctx.today)}",
                f"Pratica n. {rng.randint(100000, 999999)} – diritti {ctx.money(16, 42)}",
                f"Fee: {ctx.money(40, 45)} · Reference {rng.randint(10000000, 99999999)}",
            ),
            "\n",
        )
        if ctx.chance(0.15):
            d = ocr(d, rng)
    elif v == 1:
        clerks = [ctx.person() for _ in range(2)]
        rows = []
        ps = []
        t = rng.randint(8, 9) * 60
        for _ in range(rng.randint(5, 8)):
            p = ctx.person(age=(19, 65))
            ps.append(p)
            rows.append(
                [
                    f"{t // 60:02d}:{t % 60:02d}",
                    ctx.nm(p, ctx.pick("rev", "LAST", "full")),
                    ctx.dob(p),
                    rng.choice(countries),
                    cats(),
                    rng.choice(
                        {
                            "de": ["Übersetzung fehlt", "ok", "Sehtest fehlt", "Original fehlt", "ok"],
                            "fr": ["traduction manquante", "ok", "photo manquante", "ok"],
                            "it": ["manca traduzione", "ok", "manca certificato medico", "ok"],
                            "en": ["translation missing", "ok", "eyesight form missing", "ok"],
                        }[L]
                    ),
                ]
            )
            t += rng.choice([15, 20, 30])
        head = {
            "de": ["Zeit", "Name", "Geb.", "Staat", "Klassen", "Bemerkung"],
            "fr": ["Heure", "Nom", "Né(e) le", "Pays", "Cat.", "Remarque"],
            "it": ["Ora", "Nominativo", "Nato/a", "Stato", "Cat.", "Note"],
            "en": ["Time", "Name", "DOB", "Country", "Cat.", "Note"],
        }[L]
        d.add(
            f"{office} – {ctx.t('Termine', 'Rendez-vous', 'Appuntamenti', 'Appointments')} {ctx.date(ctx.today)}\n\n",
            table(head, rows, ctx.tstyle()),
            "\n",
        )
        a, b = ps[0], ps[2]
        msgs = [
            (
                ctx.sender(clerks[0]),
                R(
                    ctx.nm(a, ctx.pick("title", "full")),
                    ctx.t(
                        " hat abgesagt, neuer Termin gewünscht – Rückruf ",
                        " a annulé, rappeler au ",
                        " ha disdetto, richiamare al ",
                        " cancelled, wants a new slot – call back on ",
                    ),
                    ctx.ph(a),
                ),
            ),
            (
                ctx.sender(clerks[1]),
                R(
                    ctx.t("mach ich. ", "ok. ", "va bene. ", "will do. "),
                    ctx.nm(b, "first"),
                    " ",
                    ctx.t(
                        "bringt den Übersetzer mit",
                        "vient avec son traducteur",
                        "viene con il traduttore",
                        "is bringing the translator",
                    ),
                ),
            ),
            (
                ctx.sender(clerks[0]),
                R(
                    ctx.t("Post für ", "Courrier pour ", "Posta per ", "Letter for "),
                    ctx.nm(b, "full"),
                    ctx.t(
                        " kam zurück, stimmt die Adresse ",
                        " revenu, l'adresse ",
                        " tornata indietro, l'indirizzo ",
                        " came back, is the address ",
                    ),
                    ("ADDRESS", b.addr.street_line()),
                    "?",
                ),
            ),
        ]
        tm = times(rng, len(msgs), 8, 15)
        d.add("\n", ctx.chat([(s_, tm[i], t_) for i, (s_, t_) in enumerate(msgs)]))
    elif v == 2:
        p = ctx.person(age=(20, 60))
        clerk = ctx.person()
        dom = ctx.domain(
            ctx.t(
                "stadt-" + _ascii_name(ctx.town.name),
                "",
                "",
                "",
                ch="stva-" + _ascii_name(ctx.town.name)[:6],
                at="lpd-" + _ascii_name(ctx.town.name)[:8],
            ),
            "interieur.gouv" if ctx.cc == "FR" else "ocn-" + _ascii_name(ctx.town.name)[:6],
            "mit.gov" if ctx.cc == "IT" else "ti",
            "dvla.gov.uk",
            us="dmv." + _ascii_name(ctx.town.state or "ma") + ".gov",
        )
        cmail = ctx.work_email(clerk, dom)
        w0 = when_(ctx, ctx.earlier(2, 15))
        w1 = when_(ctx)
        ref = f"{rng.randint(100, 999)}/{ctx.today.year}"
        d.add(mail_header(ctx, addr_of(ctx, p), [ctx.nm(clerk, "full"), " <", cmail, ">"], f"Re: {ref}", w1))
        d.add(*ctx.salute(clerk), "\n\n")
        d.add(
            ctx.t(
                "anbei die beglaubigte Übersetzung. Übersetzt hat sie ",
                "ci-joint la traduction assermentée, réalisée par ",
                "in allegato la traduzione giurata, fatta da ",
                "please find the certified translation attached, done by ",
            )
        )
        tr = ctx.person()
        d.add(ctx.nm(tr, "full"), " (", ctx.biz_phone(), ").\n")
        d.add(
            ctx.t(
                "Zur Sicherheit nochmals meine Daten: ",
                "Pour rappel, mes données : ",
                "Ricordo i miei dati: ",
                "For reference, my details: ",
            ),
            ctx.nm(p, "full"),
            ", ",
            ctx.t("geb. ", ctx.g(p, "né le ", "née le "), ctx.g(p, "nato il ", "nata il "), "born "),
            ctx.dob(p),
            ", ",
            *p.addr.one(0),
            ".\n\n",
            signoff(ctx, True),
            "\n",
            ctx.nm(p, "full"),
            "\n",
            ctx.ph(p),
            "\n\n",
        )
        q = Doc(*ctx.salute(p), "\n\n")
        q.add(
            ctx.t(
                f"für die Umschreibung Ihres Führerscheins ({rng.choice(countries)}) benötigen wir noch eine "
                "beglaubigte Übersetzung sowie einen aktuellen Sehtest.",
                f"pour l'échange de votre permis ({rng.choice(countries)}), il nous manque une traduction "
                "officielle et un justificatif de domicile.",
                f"per la conversione della patente ({rng.choice(countries)}) ci servono ancora la traduzione "
                "giurata e il certificato medico.",
                f"to exchange your licence ({rng.choice(countries)}) we still need a certified translation and "
                "proof of address.",
            ),
            "\n\n",
        )
        q.add(signoff(ctx, True), "\n", ctx.nm(clerk, "full"), "\n", office, "\n", ctx.biz_phone(ext=True), "\n")
        d.add(quote_intro(ctx, clerk, w0, cmail), q.quoted())
    else:
        recs = []
        for _ in range(rng.randint(3, 6)):
            p = ctx.person(age=(19, 68))
            r = {
                "case": f"FE-{rng.randint(100000, 999999)}",
                "name": ctx.nm(p, "full"),
                "dob": ctx.dob(p, "iso" if ctx.chance(0.5) else None),
                "address": R(*p.addr.one(0)),
                "phone": ctx.ph(p) if ctx.chance(0.7) else None,
                "email": ctx.em(p) if ctx.chance(0.7) else None,
                "foreign_licence": {"country": rng.choice(countries), "number": lic_no(), "categories": cats()},
                "status": rng.choice(["open", "waiting_translation", "approved", "card_ordered"]),
                "updated": ctx.today.isoformat(),
            }
            recs.append(r)
        if ctx.chance(0.5):
            d.add(jval(recs, 2, 0))
        else:
            for r in recs:
                d.add(jval(r, None, 0), "\n")
    return d


DEFECTS = {  # (category, description)
    "de": [
        ("Straßenlaterne defekt", "Seit drei Tagen dunkel, Schulweg!"),
        ("Schlagloch", "ca. 40 cm breit, Radfahrer gefährdet"),
        ("Wilder Müll", "Sperrmüll seit einer Woche neben dem Container"),
        ("Ampel ausgefallen", "Fußgängerampel bleibt rot"),
        ("Gehweg beschädigt", "Platten angehoben, Stolpergefahr"),
        ("Graffiti an Bushaltestelle", "Scheibe komplett besprüht"),
        ("Umgestürzter Baum", "blockiert den Radweg"),
        ("Verstopfter Gully", "bei Regen steht das Wasser bis zur Bordsteinkante"),
        ("Spielplatz: Schaukel kaputt", "Kette gerissen"),
        ("Verkehrsschild verdreht", "Vorfahrtsschild zeigt in die falsche Richtung"),
    ],
    "fr": [
        ("Éclairage public en panne", "Éteint depuis trois jours, chemin de l'école !"),
        ("Nid-de-poule", "environ 40 cm, dangereux pour les vélos"),
        ("Dépôt sauvage", "encombrants depuis une semaine"),
        ("Feu tricolore en panne", "le feu piéton reste rouge"),
        ("Trottoir endommagé", "dalles soulevées"),
        ("Tag sur abribus", "vitre entièrement taguée"),
        ("Arbre tombé", "bloque la piste cyclable"),
        ("Avaloir bouché", "flaque énorme dès qu'il pleut"),
        ("Aire de jeux : balançoire cassée", "chaîne cassée"),
    ],
    "it": [
        ("Lampione guasto", "Spento da tre giorni, percorso scuola!"),
        ("Buca stradale", "circa 40 cm, pericolosa per le bici"),
        ("Rifiuti abbandonati", "ingombranti da una settimana"),
        ("Semaforo spento", "il pedonale resta rosso"),
        ("Marciapiede dissestato", "lastre sollevate"),
        ("Graffiti sulla pensilina", "vetro tutto imbrattato"),
        ("Albero caduto", "blocca la ciclabile"),
        ("Tombino otturato", "allagamento a ogni pioggia"),
        ("Parco giochi: altalena rotta", "catena spezzata"),
    ],
    "en": [
        ("Street light out", "Out for three nights, on the school route!"),
        ("Pothole", "about 40 cm wide, dangerous for cyclists"),
        ("Fly-tipping", "mattress and bin bags for a week now"),
        ("Traffic signal out", "pedestrian light stuck on red"),
        ("Damaged pavement", "slabs lifted, trip hazard"),
        ("Graffiti on bus shelter", "whole panel sprayed"),
        ("Fallen tree", "blocking the cycle path"),
        ("Blocked drain", "floods every time it rains"),
        ("Playground: broken swing", "chain snapped"),
    ],
}


def portal_name(ctx: Ctx) -> str:
    if ctx.locale == "de_AT":
        return "Sag's Wien" if ctx.town.name == "Wien" else "Schau auf " + ctx.town.name.split()[0]
    if ctx.locale == "de_CH":
        return "Züri wie neu" if ctx.town.name == "Zürich" else "Mängelmelder " + ctx.town.name
    return ctx.t(
        "Mängelmelder " + ctx.town.name,
        "Signalement – Ville de " + ctx.town.name,
        "Segnalazioni – Comune di " + ctx.town.name,
        "FixMyStreet",
        us="311 Service Request",
    )


def g_defectreport(ctx: Ctx) -> Doc:
    rng = ctx.rng
    L = ctx.lang
    pairs = DEFECTS[L]
    if L == "en" and ctx.us:
        pairs = [
            (
                c.replace("pavement", "sidewalk").replace("Fly-tipping", "Illegal dumping"),
                x.replace("bin bags", "trash bags"),
            )
            for c, x in pairs
        ]
    cats = [c for c, _ in pairs]
    portal = portal_name(ctx)
    streets = STREETS[ctx.region]
    cross = lambda: f"{rng.choice(streets)} / {rng.choice(streets)}"  # noqa: E731
    lamp = lambda: f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"  # noqa: E731
    v = ctx.variant
    d = Doc()
    if v == 0:
        p = ctx.person(local=0.95)
        site = ctx.addr()
        cat, desc = rng.choice(pairs)
        tid = f"{rng.randint(100000, 999999)}"
        d.add(
            portal,
            " – ",
            ctx.t("Neue Meldung", "Nouveau signalement", "Nuova segnalazione", "New report"),
            f" #{tid}\n\n",
        )
        loc_rich = rng.choice(
            [
                R(
                    ctx.t("vor dem Haus ", "devant le ", "davanti al civico ", "outside "),
                    ("ADDRESS", site.street_line()),
                ),
                R(ctx.t("Kreuzung ", "carrefour ", "incrocio ", "junction of "), cross()),
                R(("ADDRESS", site.street_line()), ", ", ("ADDRESS", site.town_line())),
            ]
        )
        fields = [
            (ctx.t("Kategorie", "Catégorie", "Categoria", "Category"), cat),
            (ctx.t("Ort", "Lieu", "Luogo", "Location"), loc_rich),
            (ctx.t("Koordinaten", "Coordonnées", "Coordinate", "Coordinates"), ctx.coords()),
        ]
        if "aterne" in cat or "clairage" in cat or "ampion" in cat or "light" in cat:
            fields.append((ctx.t("Mast-Nr.", "N° de candélabre", "N. palo", "Column no."), lamp()))
        fields += [
            (ctx.t("Beschreibung", "Description", "Descrizione", "Description"), desc),
            ctx.t("Angaben zur meldenden Person", "Vos coordonnées", "Dati del segnalante", "Your details"),
            (ctx.t("Name", "Nom", "Nome", "Name"), ctx.nm(p, "full")),
            (ctx.t("E-Mail", "E-mail", "E-mail", "Email"), ctx.em(p)),
            (
                ctx.t("Telefon (optional)", "Téléphone (facultatif)", "Telefono (facoltativo)", "Phone (optional)"),
                ctx.ph(p, mobile=ctx.chance(0.6)) if ctx.chance(0.7) else "—",
            ),
            (
                ctx.t("Rückmeldung erwünscht", "Être informé du suivi", "Ricevere aggiornamenti", "Send me updates"),
                ctx.t("ja", "oui", "sì", "yes"),
            ),
        ]
        if ctx.chance(0.35):
            fields.append(
                (ctx.t("Meine Anschrift", "Mon adresse", "Il mio indirizzo", "My address"), R(*p.addr.one(0)))
            )
        d.add(form(fields, ctx.fstyle()))
        d.add(
            "\n",
            ctx.t("Eingegangen am ", "Reçu le ", "Ricevuta il ", "Received "),
            ctx.date(ctx.today),
            f" {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}",
        )
        if ctx.chance(0.4):
            d.add(
                ctx.t(
                    " – Bestätigung von noreply@",
                    " – accusé de réception envoyé par ne-pas-repondre@",
                    " – conferma inviata da noreply@",
                    " – confirmation sent from noreply@",
                ),
                ctx.domain(
                    "stadt-" + _ascii_name(ctx.town.name)[:14],
                    "ville-" + _ascii_name(ctx.town.name)[:14],
                    "comune." + _ascii_name(ctx.town.name)[:14],
                    "fixmystreet.com",
                    us="311.gov",
                ),
            )
        d.add("\n")
    elif v == 1:
        crew = [ctx.person() for _ in range(3)]
        rows = []
        reps = []
        for _ in range(rng.randint(5, 8)):
            p = ctx.person(local=0.95)
            site = ctx.addr()
            reps.append((p, site))
            rows.append(
                [
                    f"{rng.randint(10000, 99999)}",
                    ("ADDRESS", site.street_line()) if ctx.chance(0.75) else cross(),
                    rng.choice(cats),
                    ctx.nm(p, ctx.pick("full", "init", "rev"))
                    if ctx.chance(0.8)
                    else ctx.t("anonym", "anonyme", "anonimo", "anonymous"),
                    rng.choice(
                        {
                            "de": ["neu", "in Arbeit", "erledigt", "weitergeleitet"],
                            "fr": ["nouveau", "en cours", "résolu", "transmis"],
                            "it": ["nuova", "in lavorazione", "risolta", "inoltrata"],
                            "en": ["new", "in progress", "fixed", "referred"],
                        }[L]
                    ),
                ]
            )
        head = {
            "de": ["Nr.", "Ort", "Kategorie", "Melder/in", "Status"],
            "fr": ["N°", "Lieu", "Catégorie", "Signalé par", "Statut"],
            "it": ["N.", "Luogo", "Categoria", "Segnalante", "Stato"],
            "en": ["Ref", "Location", "Category", "Reported by", "Status"],
        }[L]
        d.add(
            ctx.t(
                "Offene Meldungen Bauhof",
                "Signalements en cours – services techniques",
                "Segnalazioni aperte – ufficio tecnico",
                "Open reports – highways team",
            ),
            f" ({ctx.date(ctx.today)})\n\n",
            table(head, rows, ctx.tstyle()),
            "\n",
        )
        (_p1, s1), (p2, _s2) = reps[0], reps[1]
        msgs = [
            (
                ctx.sender(crew[0]),
                R(
                    ctx.t("Leuchte ", "candélabre ", "palo ", "column "),
                    lamp(),
                    ctx.t(" vor ", " devant le ", " davanti al ", " outside "),
                    ("ADDRESS", s1.street_line()),
                    ctx.t(" getauscht ✅", " remplacé ✅", " sostituito ✅", " replaced ✅"),
                ),
            ),
            (
                ctx.sender(crew[1]),
                R(
                    ctx.nm(p2, ctx.pick("title", "full")),
                    ctx.t(
                        " hat nochmal angerufen wegen dem Loch, Nummer ",
                        " a rappelé pour le trou, son numéro : ",
                        " ha richiamato per la buca, numero ",
                        " rang again about the pothole, number is ",
                    ),
                    ctx.ph(p2),
                ),
            ),
            (
                ctx.sender(crew[2]),
                ctx.t(
                    "fahr morgen früh hin",
                    "j'y passe demain matin",
                    "ci passo domattina",
                    "I'll go first thing tomorrow",
                ),
            ),
            (
                ctx.sender(crew[0]),
                R(ctx.t("Kolonne 2 ist bei ", "l'équipe 2 est à ", "squadra 2 è a ", "crew 2 is at "), cross()),
            ),
        ]
        tm = times(rng, len(msgs), 7, 15)
        d.add("\n", ctx.chat([(s_, tm[i], t_) for i, (s_, t_) in enumerate(msgs)]))
    elif v == 2:
        p = ctx.person(local=0.95)
        nb = ctx.person(local=1.0)
        clerk = ctx.person()
        tnm = _ascii_name(ctx.town.name)[:14]
        dom = ctx.domain(
            ctx.t("stadt-" + tnm, "", "", "", ch="stadt-" + tnm, at="magistrat-" + tnm),
            "ville-" + tnm,
            "comune." + tnm,
            tnm + ".gov.uk",
            us=tnm + ctx.town.state.lower() + ".gov",
        )
        cmail = ctx.work_email(clerk, dom)
        site = ctx.addr()
        w0 = when_(ctx, ctx.earlier(4, 30))
        w1 = when_(ctx)
        tid = f"{rng.randint(100000, 999999)}"
        d.add(
            mail_header(
                ctx,
                addr_of(ctx, p),
                [ctx.nm(clerk, "full"), " <", cmail, ">"],
                f"Re: {portal} #{tid}",
                w1,
                cc=[addr_of(ctx, nb, "bare")[0]] if ctx.chance(0.5) else None,
            )
        )
        d.add(*ctx.salute(clerk), "\n\n")
        d.add(
            ctx.t(
                "leider ist der Schaden vor ",
                "malheureusement, le problème devant le ",
                "purtroppo il guasto davanti al ",
                "unfortunately the problem outside ",
            ),
            ("ADDRESS", site.street_line()),
            ctx.t(
                " immer noch nicht behoben. Auch meine Nachbarin ",
                " n'est toujours pas réglé. Ma voisine ",
                " non è ancora risolto. Anche la mia vicina ",
                " still hasn't been fixed. My neighbour ",
            )
            if nb.gender == "f"
            else ctx.t(
                " immer noch nicht behoben. Auch mein Nachbar ",
                " n'est toujours pas réglé. Mon voisin ",
                " non è ancora risolto. Anche il mio vicino ",
                " still hasn't been fixed. My neighbour ",
            ),
            ctx.nm(nb, "titlefull" if ctx.chance(0.3) else "full"),
            ctx.t(" hat es gemeldet.", " l'a signalé.", " l'ha segnalato.", " reported it too."),
            "\n",
            ctx.t(
                "Sie erreichen mich tagsüber unter ",
                "Vous pouvez me joindre au ",
                "Mi può chiamare al ",
                "You can reach me on ",
            ),
            ctx.ph(p),
            ".\n\n",
            signoff(ctx),
            "\n",
            ctx.nm(p, "full"),
            "\n",
            *p.addr.block(0),
            "\n\n",
        )
        q = Doc(*ctx.salute(p), "\n\n")
        q.add(
            ctx.t(
                f"vielen Dank für Ihre Meldung #{tid}. Wir haben den Auftrag an den Bauhof weitergeleitet; die "
                f"Bearbeitung dauert in der Regel 10 Arbeitstage.",
                f"merci pour votre signalement n° {tid}. Il a été transmis aux services techniques (délai "
                "moyen : 10 jours ouvrés).",
                f"grazie per la segnalazione n. {tid}. L'abbiamo inoltrata all'ufficio tecnico (tempi medi: 10 "
                "giorni lavorativi).",
                f"thank you for report #{tid}. It has been passed to the highways team; repairs usually take 10 "
                "working days.",
            ),
            "\n\n",
            signoff(ctx, True),
            "\n",
            ctx.nm(clerk, "full"),
            "\n",
            ctx.biz_phone(ext=True),
            "\n",
        )
        d.add(quote_intro(ctx, clerk, w0, cmail), q.quoted())
    else:
        lines = []
        for _ in range(rng.randint(4, 8)):
            p = ctx.person(local=0.95)
            site = ctx.addr()
            rec: dict = {
                "id": rng.randint(1000000, 9999999),
                "created": f"{ctx.earlier(0, 20).isoformat()}T{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:00",
                "category": rng.choice(cats),
                "lat": float(ctx.coords().split(", ")[0]),
                "lon": float(ctx.coords().split(", ")[1]),
                "address": ("ADDRESS", site.street_line()) if ctx.chance(0.7) else cross(),
            }
            if ctx.chance(0.8):
                rec["reporter"] = {"name": ctx.nm(p, "full"), "email": ctx.em(p)}
                if ctx.chance(0.4):
                    rec["reporter"]["phone"] = ctx.ph(p)
            else:
                rec["reporter"] = None
            rec["status"] = rng.choice(["open", "acknowledged", "closed", "duplicate"])
            lines.append(rec)
        if ctx.chance(0.5):
            for r in lines:
                d.add(jval(r, None, 0), "\n")
        else:
            d.add(jval({"service_requests": lines}, 2, 0))
    return d


def g_burnpermit(ctx: Ctx) -> Doc:
    rng = ctx.rng
    L = ctx.lang
    y = ctx.today.year
    kind = ctx.t(
        "Osterfeuer", "feu de la Saint-Jean", "falò", "bonfire", ch="Funkenfeuer", at="Osterfeuer", us="open burn"
    )

    def next_(m: int, dd: int) -> dt.date:
        x = dt.date(y, m, dd)
        return x if x > ctx.today + dt.timedelta(days=6) else dt.date(y + 1, m, dd)

    if ctx.locale == "en_GB":
        fire_day = next_(11, 5)
    elif ctx.lang == "fr":
        fire_day = next_(6, 21 + rng.randint(0, 3))
    elif ctx.lang == "it":
        fire_day = next_(1, 5) if ctx.chance(0.5) else next_(3, 19)
    elif ctx.us:
        fire_day = ctx.later(10, 60)
    elif ctx.locale == "de_CH":
        fire_day = next_(3, 1 + rng.randint(0, 20))  # Funkensonntag / Frühlingsfeuer
    else:
        fire_day = next_(4, rng.randint(3, 20))
    office = ctx.t(
        "Ordnungsamt",
        "Mairie – service urbanisme",
        "Comune – Polizia locale",
        "Environmental Health",
        ch="Gemeindekanzlei",
        at="Gemeindeamt",
        us="Fire Marshal's Office",
    )
    club = ctx.pick(
        *{
            "de": ["Freiwillige Feuerwehr", "Heimatverein", "Landjugend", "Schützenverein", "Junggesellenverein"],
            "fr": ["Comité des fêtes", "Amicale des pompiers", "Foyer rural"],
            "it": ["Pro Loco", "Associazione Alpini", "Comitato di quartiere"],
            "en": ["Round Table", "Scout group", "Rotary Club", "Residents' association"],
        }[L]
    )

    def parcel() -> str:
        if ctx.locale == "fr_CH":
            return f"parcelle n° {rng.randint(100, 3999)}"
        if ctx.locale == "it_CH":
            return f"particella n. {rng.randint(100, 3999)}"
        return ctx.t(
            f"Flurstück {rng.randint(10, 999)}/{rng.randint(1, 9)}",
            f"parcelle cadastrale AB {rng.randint(10, 999)}",
            f"foglio {rng.randint(1, 40)} mappale {rng.randint(10, 999)}",
            f"field OS grid SU {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
            ch=f"Parzelle Nr. {rng.randint(100, 3999)}",
            at=f"Grundstück Nr. {rng.randint(10, 999)}/{rng.randint(1, 9)}, KG {ctx.town.name}",
            us=f"parcel #{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(100, 999)}",
        )

    v = ctx.variant
    d = Doc()
    if v == 0:
        p = ctx.person(age=(25, 70), local=0.9)
        site = ctx.addr()
        wardens = [ctx.person(local=0.9) for _ in range(rng.randint(1, 3))]
        d.add(
            office,
            " ",
            ctx.town.name,
            "\n",
            ctx.t(
                f"Anzeige eines Brauchtumsfeuers ({kind})",
                f"Déclaration de {kind}",
                "Comunicazione di accensione falò",
                "Bonfire notification",
                us="Open burning permit application",
            ),
            "\n\n",
        )
        fields = [
            (ctx.t("Veranstalter", "Organisateur", "Organizzatore", "Organiser"), f"{club} {ctx.town.name}"),
            (ctx.t("Verantwortliche Person", "Responsable", "Responsabile", "Person responsible"), ctx.nm(p, "full")),
            (ctx.t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), ctx.dob(p)),
            (ctx.t("Anschrift", "Adresse", "Indirizzo", "Address"), R(*p.addr.one(rng.randint(0, 1)))),
            (ctx.t("Mobil", "Portable", "Cellulare", "Mobile"), ctx.ph(p)),
            (ctx.t("E-Mail", "Courriel", "E-mail", "Email"), ctx.em(p)),
            (
                ctx.t("Ort des Feuers", "Lieu du feu", "Luogo", "Location"),
                R(
                    ctx.t("Wiese hinter ", "pré derrière le ", "prato dietro al civico ", "field behind "),
                    ("ADDRESS", site.street_line()),
                    " (",
                    parcel(),
                    ")",
                )
                if ctx.chance(0.6)
                else parcel(),
            ),
            (
                ctx.t("Datum / Uhrzeit", "Date / heure", "Data / ora", "Date / time"),
                f"{ctx.date(fire_day)}, {rng.randint(17, 20)}:00",
            ),
            (
                ctx.t("Brennmaterial", "Matériaux", "Materiale", "Material"),
                ctx.t(
                    f"unbehandeltes Holz, Baumschnitt, ca. {rng.randint(5, 60)} m³",
                    f"bois non traité, env. {rng.randint(5, 60)} m³",
                    f"legna non trattata, circa {rng.randint(5, 60)} m³",
                    f"untreated wood, approx. {rng.randint(5, 60)} m³",
                ),
            ),
            (
                ctx.t(
                    "Abstand zu Gebäuden", "Distance des habitations", "Distanza dagli edifici", "Distance to buildings"
                ),
                f"{rng.randint(50, 200)} m",
            ),
        ]
        d.add(form(fields, ctx.fstyle()), "\n")
        d.add(ctx.t("Brandwache:", "Surveillance :", "Sorveglianza:", "Fire watch:"), "\n")
        for w in wardens:
            d.add("- ", ctx.nm(w, ctx.pick("full", "rev", "init")), ", ", ctx.ph(w), "\n")
        if ctx.cc != "US" and ctx.chance(0.5):
            d.add(
                ctx.t(
                    f"Kaution {ctx.money(50, 200, cents=False)} – Rückzahlung auf IBAN ",
                    f"Caution {ctx.money(50, 200, cents=False)} – remboursement sur l'IBAN ",
                    f"Deposito cauzionale {ctx.money(50, 200, cents=False)} – restituzione su IBAN ",
                    f"Deposit {ctx.money(50, 200, cents=False)} – refund to ",
                ),
                ctx.iban(),
                "\n",
            )
        d.add(
            "\n",
            ctx.t(
                "Löschmittel vor Ort: 2 Feuerlöscher, Wasserfass. Feuerwehr ist informiert.",
                "Moyens d'extinction : 2 extincteurs. Pompiers prévenus.",
                "Mezzi di spegnimento: 2 estintori. Vigili del fuoco avvisati.",
                "Extinguishers on site: 2. Fire service informed.",
            ),
            "\n",
            ctx.t("Unterschrift", "Signature", "Firma", "Signature"),
            ": ",
            ctx.nm(p, "full"),
            "\n",
        )
        if ctx.chance(0.15):
            d = ocr(d, rng)
    elif v == 1:
        ff = [ctx.person() for _ in range(2)]
        rows = []
        orgs = []
        for _ in range(rng.randint(4, 7)):
            p = ctx.person(local=0.9)
            site = ctx.addr()
            orgs.append((p, site))
            rows.append(
                [
                    ctx.date(fire_day + dt.timedelta(days=rng.randint(-1, 1))),
                    ("ADDRESS", site.street_line()) if ctx.chance(0.6) else parcel(),
                    ctx.nm(p, ctx.pick("full", "rev", "init")),
                    ctx.ph(p),
                    rng.choice(
                        {
                            "de": ["ok", "Abstand prüfen", "nur Baumschnitt", "Wasseranschluss fehlt"],
                            "fr": ["ok", "vérifier distance", "bois uniquement"],
                            "it": ["ok", "verificare distanza", "solo potature"],
                            "en": ["ok", "check distance", "garden waste only"],
                        }[L]
                    ),
                ]
            )
        head = {
            "de": ["Datum", "Ort", "Verantwortlich", "Telefon", "Auflagen"],
            "fr": ["Date", "Lieu", "Responsable", "Téléphone", "Conditions"],
            "it": ["Data", "Luogo", "Responsabile", "Telefono", "Prescrizioni"],
            "en": ["Date", "Location", "Responsible", "Phone", "Conditions"],
        }[L]
        d.add(
            ctx.t("Angemeldete Feuer", "Feux déclarés", "Falò comunicati", "Registered fires"),
            f" {fire_day.year}\n\n",
            table(head, rows, ctx.tstyle()),
            "\n",
        )
        (p1, _s1), (_p2, s2) = orgs[0], orgs[1]
        msgs = [
            (
                ctx.sender(ff[0]),
                R(
                    ctx.t("war heute bei ", "je suis passé chez ", "sono passato da ", "checked on "),
                    ctx.nm(p1, ctx.pick("titled", "full")),
                    ctx.t(
                        ", Haufen steht zu nah am Stall",
                        ", le tas est trop près de la grange",
                        ", la catasta è troppo vicina al fienile",
                        ", pile is too close to the barn",
                    ),
                ),
            ),
            (
                ctx.sender(ff[1]),
                R(
                    ctx.t(
                        ctx.g(p1, "ruf ihn an: ", "ruf sie an: "),
                        ctx.g(p1, "appelle-le : ", "appelle-la : "),
                        ctx.g(p1, "chiamalo: ", "chiamala: "),
                        "give them a ring: ",
                    ),
                    ctx.ph(p1),
                ),
            ),
            (
                ctx.sender(ff[0]),
                R(
                    ctx.t("Anwohnerin von ", "une riveraine du ", "una residente di ", "resident at "),
                    ("ADDRESS", s2.street_line()),
                    ctx.t(
                        " beschwert sich schon vorab wegen Rauch",
                        " se plaint déjà de la fumée",
                        " si lamenta già del fumo",
                        " already complaining about smoke",
                    ),
                ),
            ),
        ]
        tm = times(rng, len(msgs), 9, 18)
        d.add("\n", ctx.chat([(s_, tm[i], t_) for i, (s_, t_) in enumerate(msgs)]))
    elif v == 2:
        p = ctx.person(local=0.9)
        clerk = ctx.person()
        tnm = _ascii_name(ctx.town.name)[:14]
        dom = ctx.domain("ordnungsamt-" + tnm, "mairie-" + tnm, "comune." + tnm, tnm + ".gov.uk", us=tnm + "fire.org")
        cmail = ctx.work_email(clerk, dom)
        w0 = when_(ctx, ctx.earlier(2, 12))
        w1 = when_(ctx)
        d.add(
            mail_header(
                ctx, addr_of(ctx, p), [ctx.nm(clerk, "full"), " <", cmail, ">"], f"Re: {kind} {ctx.date(fire_day)}", w1
            )
        )
        d.add(*ctx.salute(clerk), "\n\n")
        w = ctx.person(local=0.9)
        d.add(
            ctx.t(
                "danke für die Auflagen. Als zweite Brandwache kommt ",
                "merci pour les conditions. La deuxième personne de surveillance sera ",
                "grazie per le prescrizioni. Come secondo addetto ci sarà ",
                "thanks for the conditions. Our second fire watch will be ",
            ),
            ctx.nm(w, "full"),
            " (",
            ctx.ph(w),
            ").\n",
        )
        d.add(
            ctx.t(
                "Der Platz ist hinter ",
                "L'emplacement est derrière le ",
                "Il posto è dietro al civico ",
                "The site is behind ",
            ),
            ("ADDRESS", ctx.addr().street_line()),
            ", ",
            parcel(),
            ".\n\n",
            signoff(ctx),
            "\n",
            ctx.nm(p, "full"),
            "\n",
            ctx.ph(p),
            "\n\n",
        )
        q = Doc(*ctx.salute(p), "\n\n")
        q.add(
            ctx.t(
                f"Ihr {kind} am {ctx.date(fire_day)} ist zur Kenntnis genommen. Auflagen: nur unbehandeltes Holz, "
                "mind. 100 m Abstand zu Gebäuden, zwei volljährige Brandwachen, bei Wind über 5 Bft absagen.",
                f"votre {kind} du {ctx.date(fire_day)} est enregistré. Conditions : bois non traité, 100 m des "
                "habitations, deux personnes majeures de surveillance.",
                f"il falò del {ctx.date(fire_day)} è stato registrato. Prescrizioni: solo legna non trattata, 100 m"
                " dalle case, due persone maggiorenni di sorveglianza.",
                f"your {kind} on {ctx.date(fire_day)} has been noted. Conditions: untreated wood only, 100 m from "
                "buildings, two adults on fire watch.",
            ),
            "\n\n",
            ctx.nm(clerk, "full"),
            "\n",
            office,
            "\n",
            ctx.biz_phone(ext=True),
            "\n",
        )
        d.add(quote_intro(ctx, clerk, w0, cmail), q.quoted())
    else:
        recs = []
        for _ in range(rng.randint(3, 6)):
            p = ctx.person(local=0.9)
            site = ctx.addr()
            recs.append(
                {
                    "id": f"BF-{fire_day.year}-{rng.randint(100, 999)}",
                    "date": fire_day.isoformat(),
                    "organiser": f"{ctx.pick(club, '')}".strip() or None,
                    "contact": {
                        "name": ctx.nm(p, "full"),
                        "dob": ctx.dob(p, "iso") if ctx.chance(0.5) else None,
                        "phone": ctx.ph(p),
                        "email": ctx.em(p) if ctx.chance(0.7) else None,
                    },
                    "site": {
                        "street": ("ADDRESS", site.street_line()) if ctx.chance(0.6) else None,
                        "parcel": parcel(),
                    },
                    "volume_m3": rng.randint(5, 60),
                    "approved": ctx.chance(0.7),
                }
            )
        if ctx.chance(0.5):
            d.add(jval(recs, 2, 0))
        else:
            d.add(yaml({"fires": recs}))
    return d


FIRMS = {
    "de": [
        ("Kessler Maschinenbau GmbH", "kessler-maschinenbau"),
        ("Nordlicht Versicherung AG", "nordlicht-vers"),
        ("Stadtwerke", "stadtwerke-net"),
        ("Brandtner Logistik GmbH & Co. KG", "brandtner-logistik"),
        ("Alpina Software GmbH", "alpina-software"),
        ("Klinikum am Park", "klinikum-am-park"),
    ],
    "fr": [
        ("Moreau Conseil SAS", "moreau-conseil"),
        ("Groupe Hexalis", "hexalis"),
        ("Clinique des Cèdres", "clinique-cedres"),
        ("Transports Girard SA", "transports-girard"),
        ("Optima Assurances", "optima-assurances"),
    ],
    "it": [
        ("Studio Ferri & Associati", "studioferri"),
        ("Meccanica Brianza S.r.l.", "meccanicabrianza"),
        ("Assicurazioni Aurora S.p.A.", "aurora-assicurazioni"),
        ("Ospedale San Luca", "ospedalesanluca"),
    ],
    "en": [
        ("Harbourside Legal LLP", "harbourside-legal"),
        ("Northgate Insurance Ltd", "northgate-insurance"),
        ("Pennine Engineering plc", "pennine-eng"),
        ("St Aidan's Hospice", "staidans-hospice"),
    ],
    "us": [
        ("Brightwater Logistics Inc.", "brightwater-logistics"),
        ("Cedar Valley Medical Center", "cedarvalleymed"),
        ("Lakeshore Credit Union", "lakeshore-credit"),
        ("Ridgeline Software LLC", "ridgeline-software"),
    ],
}


def g_firewarden(ctx: Ctx) -> Doc:
    rng = ctx.rng
    L = ctx.lang
    firm, fdom = rng.choice(FIRMS["us" if ctx.us else L])
    dom = ctx.org_domain(fdom)
    hq = ctx.addr()
    role = ctx.t(
        "Brandschutzhelfer/in",
        "équipier d'évacuation (guide-file / serre-file)",
        "addetto antincendio ed evacuazione",
        "fire warden",
        us="floor warden",
    )

    def floors() -> str:
        return rng.choice(
            {
                "de": ["EG", "1. OG", "2. OG", "3. OG", "4. OG", "UG"],
                "fr": ["RDC", "1er étage", "2e étage", "3e étage", "sous-sol"],
                "it": ["piano terra", "1° piano", "2° piano", "3° piano", "interrato"],
                "en": ["Ground", "Level 1", "Level 2", "Level 3", "Basement"],
            }[L]
        )

    pnr = lambda: f"{rng.choice(['P', 'M', ''])}{rng.randint(10000, 99999)}"  # noqa: E731
    v = ctx.variant
    d = Doc()
    officer = ctx.person()
    omail = ctx.work_email(officer, dom)
    if v == 0:
        p = ctx.person(age=(22, 62))
        tday = ctx.later(10, 60)
        d.add(firm, "\n", *hq.block(0), "\n", ctx.biz_phone(), "\n\n")
        d.add(ctx.t("Bestellung zur/zum ", "Désignation en qualité d'", "Nomina ad ", "Appointment as "), role, "\n\n")
        fields = [
            (ctx.t("Name, Vorname", "Nom, prénom", "Cognome e nome", "Name"), ctx.nm(p, "rev")),
            (ctx.t("Personalnummer", "Matricule", "Matricola", "Employee no."), pnr()),
            (
                ctx.t("Abteilung", "Service", "Reparto", "Department"),
                ctx.pick(
                    *{
                        "de": ["Buchhaltung", "Einkauf", "IT", "Vertrieb", "Station 4B"],
                        "fr": ["Comptabilité", "Achats", "Informatique", "Ventes"],
                        "it": ["Contabilità", "Acquisti", "IT", "Vendite"],
                        "en": ["Finance", "Procurement", "IT", "Sales", "Ward 7"],
                    }[L]
                ),
            ),
            (
                ctx.t(
                    "Gebäude / Etage / Raum",
                    "Bâtiment / étage / bureau",
                    "Edificio / piano / stanza",
                    "Building / floor / room",
                ),
                f"{rng.choice('ABC')} / {floors()} / {rng.randint(100, 450)}",
            ),
            (ctx.t("Durchwahl", "Ligne directe", "Interno", "Extension"), ctx.biz_phone(ext=True)),
            (ctx.t("Mobil (Alarmierung)", "Portable (alerte)", "Cellulare (allerta)", "Mobile (alerts)"), ctx.ph(p)),
            (ctx.t("E-Mail", "E-mail", "E-mail", "Email"), ctx.work_email(p, dom)),
        ]
        if ctx.chance(0.6):
            fields.append(
                (
                    ctx.t(
                        "Geburtsdatum (für Teilnahmebescheinigung)",
                        "Date de naissance (attestation)",
                        "Data di nascita (attestato)",
                        "Date of birth (for certificate)",
                    ),
                    ctx.dob(p),
                )
            )
        fields.append((ctx.t("Schulung am", "Formation le", "Corso il", "Training on"), ctx.date(tday)))
        d.add(form(fields, ctx.fstyle()), "\n")
        d.add(
            ctx.t(
                "Die Bestellung gilt ab sofort. Vertretung: ",
                "La désignation prend effet immédiatement. Suppléant : ",
                "La nomina è efficace da subito. Sostituto: ",
                "Effective immediately. Deputy: ",
            )
        )
        dep = ctx.person()
        d.add(ctx.nm(dep, ctx.pick("full", "rev")), ", ", ctx.biz_phone(ext=True), "\n\n")
        d.add(
            ctx.date(ctx.today),
            "\n",
            ctx.nm(officer, "full"),
            ", ",
            ctx.t("Fachkraft für Arbeitssicherheit", "responsable HSE", "RSPP", "Health & Safety Manager"),
            "\n",
        )
        if ctx.chance(0.12):
            d = ocr(d, rng)
    elif v == 1:
        rows = []
        ws = []
        for fl in range(rng.randint(4, 7)):
            a, b = ctx.person(), ctx.person()
            ws.append((a, b))
            label = {
                "de": ["UG", "EG", "1. OG", "2. OG", "3. OG", "4. OG", "5. OG"],
                "fr": ["SS", "RDC", "1er", "2e", "3e", "4e", "5e"],
                "it": ["S1", "PT", "1°", "2°", "3°", "4°", "5°"],
                "en": ["B", "G", "1", "2", "3", "4", "5"],
            }[L][fl]
            rows.append(
                [
                    label,
                    ctx.nm(a, ctx.pick("full", "rev", "init")),
                    ctx.biz_phone(ext=True),
                    ctx.ph(a) if ctx.chance(0.6) else "",
                    ctx.nm(b, ctx.pick("full", "rev", "init")) if ctx.chance(0.85) else "—",
                ]
            )
        head = {
            "de": ["Etage", "Brandschutzhelfer", "Durchwahl", "Mobil", "Vertretung"],
            "fr": ["Étage", "Guide-file", "Poste", "Portable", "Suppléant"],
            "it": ["Piano", "Addetto", "Interno", "Cellulare", "Sostituto"],
            "en": ["Floor", "Warden", "Ext.", "Mobile", "Deputy"],
        }[L]
        d.add(
            firm,
            " – ",
            ctx.t("Evakuierungshelfer", "Équipe d'évacuation", "Squadra di emergenza", "Fire wardens"),
            f" ({ctx.date(ctx.today)})\n\n",
            table(head, rows, ctx.tstyle()),
            "\n",
        )
        (a1, _b1), (a2, b2) = ws[0], ws[1]
        msgs = [
            (
                ctx.sender(officer),
                ctx.t(
                    "Probealarm um 10:30, bitte Sammelplatz Parkplatz Nord",
                    "exercice à 10h30, point de rassemblement parking nord",
                    "prova di evacuazione alle 10:30, punto di raccolta parcheggio nord",
                    "drill at 10:30, assembly point north car park",
                ),
            ),
            (ctx.sender(a1), ctx.t("Etage leer ✅", "étage vide ✅", "piano vuoto ✅", "floor clear ✅")),
            (
                ctx.sender(a2),
                R(
                    ctx.t("bin krank, ", "je suis malade, ", "sono in malattia, ", "off sick today, "),
                    ctx.nm(b2, "first"),
                    ctx.t(
                        " übernimmt – erreichbar unter ",
                        " me remplace – joignable au ",
                        " mi sostituisce – cell. ",
                        " is covering – mobile ",
                    ),
                    ctx.ph(b2),
                ),
            ),
            (
                ctx.sender(officer),
                ctx.t(
                    "danke. Zeit bis alle draußen: 4:10 min",
                    "merci. Évacuation en 4 min 10",
                    "grazie. Tempo totale 4 min 10 s",
                    "thanks. Everyone out in 4:10",
                ),
            ),
        ]
        tm = times(rng, len(msgs), 10, 11)
        d.add(
            "\n",
            ctx.chat(
                [(s_, tm[i], t_) for i, (s_, t_) in enumerate(msgs)],
                layout=ctx.pick("teams", "teams", "paren", "plain"),
            ),
        )
    elif v == 2:
        trainer = ctx.person()
        prov = ctx.pick(
            *{
                "de": ["Feuerwehrschule Kraus", "Brandschutz Akademie Süd", "Sicher & Gut Schulungen"],
                "fr": ["Formasécu", "Centre de formation Prévention Incendie"],
                "it": ["Safety Lab Formazione", "Centro Formazione Sicurezza"],
                "en": ["FireSafe Training Ltd", "Phoenix Safety Academy"]
                if not ctx.us
                else ["Keystone Fire Safety Inc.", "Phoenix Safety Academy"],
            }[L]
        )
        paddr = ctx.addr()
        pdom = ctx.org_domain(dom_from(prov))
        tmail = ctx.work_email(trainer, pdom)
        w0 = when_(ctx, ctx.earlier(2, 14))
        w1 = when_(ctx)
        parts = [ctx.person(age=(22, 62)) for _ in range(rng.randint(3, 5))]
        tday = ctx.later(7, 40)
        d.add(
            mail_header(
                ctx,
                [ctx.nm(officer, "full"), " <", omail, ">"],
                [ctx.nm(trainer, "full"), " <", tmail, ">"],
                "Re: "
                + ctx.t(
                    "Schulung Brandschutzhelfer", "Formation évacuation", "Corso antincendio", "Fire warden training"
                ),
                w1,
            )
        )
        d.add(*ctx.hello(trainer, ctx.pick("first", "full")), "\n\n")
        d.add(
            ctx.t(
                f"hier die Teilnehmenden für den {ctx.date(tday)}:\n",
                f"voici les participants pour le {ctx.date(tday)} :\n",
                f"ecco i partecipanti per il {ctx.date(tday)}:\n",
                f"here are the attendees for {ctx.date(tday)}:\n",
            )
        )
        rows = [[ctx.nm(x, ctx.pick("rev", "full")), ctx.dob(x), ctx.work_email(x, dom)] for x in parts]
        d.add(
            table(
                {
                    "de": ["Name", "Geburtsdatum", "E-Mail"],
                    "fr": ["Nom", "Date de naissance", "E-mail"],
                    "it": ["Nome", "Data di nascita", "E-mail"],
                    "en": ["Name", "Date of birth", "Email"],
                }[L],
                rows,
                ctx.pick("md", "tsv", "fixed"),
            )
        )
        d.add(
            "\n",
            ctx.t(
                "Rechnung bitte an die Adresse unten.",
                "Facture à l'adresse ci-dessous, merci.",
                "Fattura all'indirizzo sotto, grazie.",
                "Please invoice the address below.",
            ),
            "\n\n",
            signoff(ctx),
            "\n",
            ctx.nm(officer, "full"),
            "\n",
            firm,
            "\n",
            *hq.block(0),
            "\n",
            ctx.biz_phone(ext=True),
            "\n\n",
        )
        q = Doc(*ctx.hello(officer, "full"), "\n\n")
        q.add(
            ctx.t(
                f"gern bestätigen wir die Inhouse-Schulung am {ctx.date(tday)}, 8:30–12:30 Uhr, max. 12 "
                f"Personen, {ctx.money(480, 900)} zzgl. MwSt. Für die Bescheinigungen brauchen wir Namen und "
                "Geburtsdaten.",
                f"nous confirmons la formation sur site le {ctx.date(tday)}, 8h30–12h30, 12 personnes max., "
                f"{ctx.money(480, 900)} HT. Merci de nous transmettre noms et dates de naissance.",
                f"confermiamo il corso in sede il {ctx.date(tday)}, 8:30–12:30, max 12 persone, "
                f"{ctx.money(480, 900)} + IVA. Ci servono nomi e date di nascita per gli attestati.",
                f"we're happy to confirm the on-site course on {ctx.date(tday)}, 8:30–12:30, up to 12 people, "
                f"{ctx.money(480, 900)} {'plus tax' if ctx.us else '+ VAT'}. We need names and dates of birth for the "
                "certificates.",
            ),
            "\n\n",
            ctx.nm(trainer, "full"),
            "\n",
            prov,
            "\n",
            *paddr.one(0),
            "\n",
            ctx.t("Tel. ", "Tél. ", "Tel. ", "Tel: "),
            ctx.biz_phone(),
            f" · info@{pdom}\n",
        )
        d.add(quote_intro(ctx, trainer, w0, tmail), q.quoted())
    else:
        head = [
            "employee_id",
            "last_name",
            "first_name",
            "site",
            "floor",
            "role",
            "extension",
            "mobile",
            "email",
            "trained_on",
            "refresher_due",
        ]
        rows = []
        for _ in range(rng.randint(5, 9)):
            p = ctx.person(age=(22, 62))
            tr = ctx.earlier(30, 900)
            rows.append(
                [
                    pnr(),
                    ctx.nm(p, "last"),
                    ctx.nm(p, "first"),
                    ctx.town.name,
                    floors(),
                    rng.choice(["warden", "deputy", "first_aider+warden"]),
                    ctx.biz_phone(ext=True),
                    ctx.ph(p) if ctx.chance(0.5) else "",
                    ctx.work_email(p, dom),
                    tr.isoformat(),
                    (tr + dt.timedelta(days=730)).isoformat(),
                ]
            )
        d.add(table(head, rows, ctx.pick("csv", "ssv", "tsv")))
    return d


def g_conductcert(ctx: Ctx) -> Doc:
    rng = ctx.rng
    L = ctx.lang
    club = (
        ctx.pick(
            *{
                "de": [
                    "TSV Blau-Weiß",
                    "Pfadfinderstamm Falken",
                    "Kinderchor Spatzen",
                    "Jugendfeuerwehr",
                    "SV Germania",
                    "Schwimmverein Delphin",
                ],
                "fr": ["Association sportive des Tilleuls", "Scouts de la Vallée", "Club de judo", "Maîtrise"],
                "it": ["ASD Polisportiva", "Gruppo Scout", "Oratorio San Luca", "Coro giovanile"],
                "en": ["Riverside Youth FC", "1st Oakfield Scouts", "Junior Swim Club", "Little League", "Youth Choir"],
            }[L]
        )
        + " "
        + ctx.town.name
    )
    cert = ctx.t(
        "erweitertes Führungszeugnis",
        "extrait de casier judiciaire (bulletin n° 3)",
        "certificato del casellario giudiziale",
        "Enhanced DBS check",
        ch="Sonderprivatauszug",
        at="Strafregisterbescheinigung Kinder- und Jugendfürsorge",
        us="background check",
    )
    roles = {
        "de": ["Jugendtrainer/in", "Gruppenleitung", "Betreuer/in Ferienfreizeit", "Übungsleiter/in"],
        "fr": ["entraîneur jeunes", "animateur", "encadrant camp d'été"],
        "it": ["allenatore giovanili", "animatore", "educatore campo estivo"],
        "en": ["youth coach", "group leader", "summer camp helper", "assistant coach"],
    }[L]
    cert_acc = ctx.t(
        "ein erweitertes Führungszeugnis",
        "",
        "",
        "",
        ch="einen Sonderprivatauszug",
        at="eine Strafregisterbescheinigung",
    )
    chair = ctx.person(age=(35, 72))
    caddr = ctx.addr()
    v = ctx.variant
    d = Doc()
    if v == 0:
        p = ctx.person(age=(17, 70))
        d.add(
            club,
            "\n",
            ctx.t("Vorsitzende/r: ", "Président(e) : ", "Presidente: ", "Chair: "),
            ctx.nm(chair, "full"),
            "\n",
            *caddr.block(0),
            "\n\n",
        )
        d.add(
            ctx.t(
                "Bestätigung zur Beantragung eines erweiterten Führungszeugnisses (§ 30a BZRG)",
                f"Attestation pour la demande d'un {cert}",
                f"Dichiarazione per la richiesta del {cert}",
                f"Confirmation for a {cert}",
                ch=f"Bestätigung für einen {cert}",
                at=f"Bestätigung zur Beantragung einer {cert}",
            ),
            "\n\n",
        )
        d.add(
            ctx.t("Hiermit bestätigen wir, dass ", "Nous certifions que ", "Si dichiara che ", "We confirm that "),
            ctx.nm(p, ctx.pick("full", "titlefull")),
            ctx.t(", geboren am ", ctx.g(p, ", né le ", ", née le "), ctx.g(p, ", nato il ", ", nata il "), ", born "),
            ctx.dob(p),
            ctx.t(", wohnhaft ", ctx.g(p, ", domicilié ", ", domiciliée "), ", residente in ", ", of "),
            *p.addr.one(0),
            ctx.t(
                f", ehrenamtlich als {rng.choice(roles)} tätig werden soll.",
                f", va exercer bénévolement la fonction d'{rng.choice(roles)}.",
                f", svolgerà attività di volontariato come {rng.choice(roles)}.",
                f", will volunteer as {rng.choice(roles)}.",
            ),
            "\n\n",
        )
        fields = [
            (
                ctx.t("Geburtsname", "Nom de naissance", "Cognome alla nascita", "Surname at birth"),
                ctx.nm(ctx.person(gender="f", addr=False), "last")
                if p.gender == "f" and ctx.chance(0.3)
                else ctx.nm(p, "last"),
            ),
            (ctx.t("Geburtsort", "Lieu de naissance", "Luogo di nascita", "Town of birth"), Town(ctx.region, rng).name),
            (ctx.t("Telefon", "Téléphone", "Telefono", "Phone"), ctx.ph(p)),
            (ctx.t("E-Mail", "Courriel", "E-mail", "Email"), ctx.em(p)),
            (
                ctx.t("Gebührenbefreiung beantragt", "Gratuité demandée", "Esenzione richiesta", "Volunteer (no fee)"),
                ctx.t("ja", "oui", "sì", "yes"),
            ),
        ]
        d.add(form(fields, ctx.fstyle()), "\n")
        d.add(
            ctx.ldate(ctx.today),
            "\n",
            ctx.nm(chair, "full"),
            "\n",
            ctx.t("Kontakt: ", "Contact : ", "Contatti: ", "Contact: "),
            ctx.ph(chair),
            "\n",
        )
        if ctx.chance(0.15):
            d = ocr(d, rng)
    elif v == 1:
        rows = []
        ps = []
        for _ in range(rng.randint(5, 8)):
            p = ctx.person(age=(17, 70))
            ps.append(p)
            iss = ctx.earlier(30, 1700)
            rows.append(
                [
                    ctx.nm(p, ctx.pick("rev", "full", "init")),
                    ctx.dob(p),
                    rng.choice(roles),
                    ctx.date(iss),
                    ctx.date(iss + dt.timedelta(days=5 * 365 if ctx.lang == "de" else 3 * 365)),
                ]
            )
        head = {
            "de": ["Name", "Geburtsdatum", "Funktion", "Ausgestellt", "Wiedervorlage"],
            "fr": ["Nom", "Date de naissance", "Fonction", "Délivré le", "Renouvellement"],
            "it": ["Nominativo", "Data di nascita", "Ruolo", "Rilasciato", "Scadenza"],
            "en": ["Name", "DOB", "Role", "Issued", "Renewal due"],
        }[L]
        d.add(
            club,
            " – ",
            ctx.t(
                "Übersicht Führungszeugnisse (Einsichtnahme)",
                "Suivi des extraits de casier",
                "Registro certificati",
                "Safeguarding checks register",
            ),
            "\n\n",
            table(head, rows, ctx.tstyle()),
            "\n",
        )
        a, b = ps[0], ps[1]
        sec = ctx.person()
        msgs = [
            (
                ctx.sender(chair),
                R(
                    ctx.t("bei ", "pour ", "per ", "for "),
                    ctx.nm(a, ctx.pick("first", "full")),
                    ctx.t(
                        ctx.g(a, " läuft es ab, kannst du ihn erinnern?", " läuft es ab, kannst du sie erinnern?"),
                        " il expire, tu peux relancer ?",
                        " scade, puoi ricordarglielo?",
                        " it's expiring, can you remind them?",
                    ),
                ),
            ),
            (
                ctx.sender(sec),
                R(
                    ctx.t("mach ich, Handy ist ", "oui, son portable : ", "sì, il cellulare è ", "will do, mobile is "),
                    ctx.ph(a),
                ),
            ),
            (
                ctx.sender(chair),
                R(
                    ctx.nm(b, ctx.pick("first", "full")),
                    ctx.t(
                        " ist umgezogen, Bestätigung muss an ",
                        " a déménagé, l'attestation doit aller au ",
                        " ha cambiato casa, la dichiarazione va a ",
                        " has moved, letter should go to ",
                    ),
                    *ctx.addr().one(0),
                ),
            ),
        ]
        tm = times(rng, len(msgs), 18, 22)
        d.add("\n", ctx.chat([(s_, tm[i], t_) for i, (s_, t_) in enumerate(msgs)]))
    elif v == 2:
        p = ctx.person(age=(18, 65))
        w0 = when_(ctx, ctx.earlier(3, 20))
        w1 = when_(ctx)
        cm = ctx.em(chair)
        d.add(mail_header(ctx, addr_of(ctx, p), [ctx.nm(chair, "full"), " <", cm, ">"], "Re: " + cert, w1))
        d.add(*ctx.hello(chair, ctx.pick("first", "full")), "\n\n")
        d.add(
            ctx.t(
                "hier meine Daten für die Bestätigung:\n",
                "voici mes informations pour l'attestation :\n",
                "ecco i miei dati per la dichiarazione:\n",
                "here are my details for the form:\n",
            )
        )
        d.add(
            form(
                [
                    (ctx.t("Name", "Nom", "Nome", "Full name"), ctx.nm(p, "full")),
                    (
                        ctx.t(
                            "geboren am",
                            "née le" if p.gender == "f" else "né le",
                            "nata il" if p.gender == "f" else "nato il",
                            "date of birth",
                        ),
                        ctx.dob(p),
                    ),
                    (ctx.t("Adresse", "Adresse", "Indirizzo", "Address"), R(*p.addr.one(0))),
                ],
                "bullet",
            )
        )
        if ctx.chance(0.5):
            prev = ctx.addr(town=Town(ctx.region, rng))
            d.add(
                ctx.t(
                    "Frühere Adresse (bis vor 2 Jahren): ",
                    "Adresse précédente : ",
                    "Indirizzo precedente: ",
                    "Previous address (last 5 years): ",
                ),
                *prev.one(0),
                "\n",
            )
        d.add("\n", signoff(ctx), "\n", ctx.nm(p, "first"), "\n", ctx.ph(p), "\n\n")
        q = Doc(*ctx.hello(p, "first"), "\n\n")
        q.add(
            ctx.t(
                f"damit du ab dem nächsten Training mit den Kindern arbeiten darfst, brauchen wir {cert_acc}. "
                "Schick mir bitte Name, Geburtsdatum und Anschrift, dann stelle ich dir die Bestätigung aus.",
                f"pour encadrer les enfants, il nous faut un {cert}. Envoie-moi ton nom, ta date de naissance et "
                "ton adresse.",
                f"per lavorare con i ragazzi serve il {cert}. Mandami nome, data di nascita e indirizzo.",
                f"before you can start with the kids we need a {cert}. Please send your full name, date of birth "
                "and address.",
            ),
            "\n\n",
            ctx.nm(chair, "first"),
            "\n",
            club,
            "\n",
        )
        d.add(quote_intro(ctx, chair, w0, cm), q.quoted())
    else:
        recs = []
        for _ in range(rng.randint(3, 6)):
            p = ctx.person(age=(18, 70))
            recs.append(
                {
                    "applicant": {
                        "surname": ctx.nm(p, "last"),
                        "forenames": ctx.nm(p, "first"),
                        "dateOfBirth": ctx.dob(p, "iso") if ctx.chance(0.6) else ctx.dob(p),
                        "currentAddress": {
                            "line1": ("ADDRESS", p.addr.street_line()),
                            "townPostcode": ("ADDRESS", p.addr.town_line()),
                        },
                        "email": ctx.em(p),
                    },
                    "role": rng.choice(roles),
                    "reference": f"{rng.randint(100000000000, 999999999999)}",
                    "status": rng.choice(["submitted", "id_verified", "certificate_issued", "awaiting_police"]),
                    "organisation": club,
                }
            )
        if ctx.chance(0.5):
            d.add(jval({"applications": recs}, 2, 0))
        else:
            d.add(yaml({"applications": recs}))
    return d


RPG = [
    "Das Schwarze Auge",
    "Pathfinder 2e",
    "Dungeons & Dragons 5e",
    "Call of Cthulhu",
    "Shadowrun",
    "Cyberpunk RED",
    "Vampire: The Masquerade",
    "Blades in the Dark",
    "Mörk Borg",
    "Warhammer Fantasy",
    "Numenera",
    "L'Appel de Cthulhu",
    "Chroniques Oubliées",
    "Ryuutama",
]
BOARD = [
    "Catan",
    "Azul",
    "Wingspan",
    "Carcassonne",
    "Terraforming Mars",
    "Gloomhaven",
    "Flügelschlag",
    "Ark Nova",
    "Heat",
    "Cascadia",
    "Dixit",
    "Brass: Birmingham",
]


def g_tabletop(ctx: Ctx) -> Doc:
    rng = ctx.rng
    L = ctx.lang
    con = ctx.pick(
        *{
            "de": ["WürfelCon", "RatCon", "NordCon", "Spieletreff Drachenhort", "FeenCon"],
            "fr": ["Convention Dés & Dragons", "Rencontres ludiques", "Festival du jeu"],
            "it": ["GiocaCon", "Dadi & Draghi Convention", "Festa del gioco"],
            "en": ["DiceCon", "Tabletop Weekender", "Critical Hit Con", "Boards & Swords"],
        }[L]
    )
    v = ctx.variant
    d = Doc()
    if v == 0:
        p = ctx.person(age=(14, 55), local=0.5)
        minor = (ctx.today.year - p.birth.year) < 18
        d.add(
            f"{con} {ctx.later(20, 90).year} – ",
            ctx.t("Anmeldung", "Inscription", "Iscrizione", "Registration"),
            "\n\n",
        )
        fields = [
            (ctx.t("Vorname", "Prénom", "Nome", "First name"), ctx.nm(p, "first")),
            (ctx.t("Nachname", "Nom", "Cognome", "Last name"), ctx.nm(p, "last")),
            (ctx.t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), ctx.dob(p)),
            (ctx.t("Straße, Nr.", "Adresse", "Via e numero", "Street"), ("ADDRESS", p.addr.street_line())),
            (
                ctx.t("PLZ, Ort", "CP, ville", "CAP, città", "Town/ZIP" if ctx.us else "Town, postcode"),
                ("ADDRESS", p.addr.town_line()),
            ),
            (ctx.t("Handy", "Portable", "Cellulare", "Mobile"), ctx.ph(p)),
            (ctx.t("E-Mail", "E-mail", "E-mail", "Email"), ctx.em(p)),
            (
                ctx.t("Ticket", "Billet", "Biglietto", "Ticket"),
                ctx.pick("Wochenende", "Samstag", "Sonntag") if L == "de" else ctx.pick("weekend", "day"),
            ),
            (ctx.t("Preis", "Prix", "Prezzo", "Price"), ctx.money(12, 45)),
            (
                ctx.t("Ich leite eine Runde", "Je mène une partie", "Faccio da master", "I'm running a game"),
                rng.choice(RPG) if ctx.chance(0.5) else ctx.t("nein", "non", "no", "no"),
            ),
        ]
        if minor:
            par = ctx.person(age=(38, 58), last=p.last if ctx.chance(0.7) else None)
            fields += [
                ctx.t(
                    "Einverständnis Erziehungsberechtigte (unter 18)",
                    "Autorisation parentale (mineurs)",
                    "Consenso del genitore (minorenni)",
                    "Parental consent (under 18)",
                ),
                (ctx.t("Name", "Nom", "Nome", "Name"), ctx.nm(par, "full")),
                (ctx.t("Notfallnummer", "Téléphone d'urgence", "Numero di emergenza", "Emergency number"), ctx.ph(par)),
            ]
        d.add(form(fields, ctx.fstyle()), "\n")
        d.add(
            ctx.t(
                f"Bestellnr. {rng.randint(100000, 999999)} – bezahlt per Karte **** {rng.randint(1000, 9999)}",
                f"Commande {rng.randint(100000, 999999)} – payé par carte **** {rng.randint(1000, 9999)}",
                f"Ordine {rng.randint(100000, 999999)} – pagato con carta **** {rng.randint(1000, 9999)}",
                f"Order {rng.randint(100000, 999999)} – paid by card ending {rng.randint(1000, 9999)}",
            ),
            "\n",
        )
    elif v == 1:
        ps = [ctx.person(age=(18, 50), local=0.9) for _ in range(rng.randint(4, 6))]
        game = rng.choice(RPG)
        rows = []
        day = ctx.later(2, 8)
        for k in range(4):
            host = ps[k % len(ps)]
            where = R(
                ctx.t("bei ", "chez ", "da ", "at "), ctx.nm(host, "first"), ", ", ("ADDRESS", host.addr.street_line())
            )
            rows.append(
                [
                    ctx.date(day + dt.timedelta(days=14 * k)),
                    game,
                    ctx.nm(ps[0], "first"),
                    where,
                    ", ".join(x.first for x in ps[1:3]),
                ]
            )
        # the player names in the last column are plain text -> build them as entities instead
        for r in rows:
            r[4] = R(ctx.nm(ps[1], "first"), ", ", ctx.nm(ps[2], "first"))
        head = {
            "de": ["Datum", "System", "SL", "Ort", "fest dabei"],
            "fr": ["Date", "Jeu", "MJ", "Lieu", "Joueurs"],
            "it": ["Data", "Gioco", "Master", "Luogo", "Giocatori"],
            "en": ["Date", "System", "GM", "Where", "Players"],
        }[L]
        d.add(
            f"{game} – ",
            ctx.t("Kampagnenplan", "planning de campagne", "calendario campagna", "campaign schedule"),
            "\n\n",
            table(head, rows, ctx.pick("md", "mdpad", "fixed", "pipe")),
            "\n",
        )
        a, b, c = ps[0], ps[1], ps[-1]
        msgs = [
            (
                ctx.sender(a),
                R(
                    ctx.t(
                        "kann heute erst ab 20 Uhr",
                        "j'arrive vers 20h",
                        "arrivo verso le 20",
                        "can only make it after 8",
                    )
                ),
            ),
            (
                ctx.sender(b),
                R(
                    ctx.t("klingel bei ", "sonne chez ", "suona da ", "ring the bell for "),
                    ctx.nm(b, "last"),
                    ctx.t(", 3. Stock", ", 3e étage", ", 3° piano", ", top floor"),
                ),
            ),
            (
                ctx.sender(c),
                R(
                    ctx.t(
                        "bring Snacks mit. wer nimmt ",
                        "j'apporte à grignoter. qui ramène ",
                        "porto da mangiare. chi riporta ",
                        "bringing snacks. who's giving ",
                    ),
                    ctx.nm(a, "first"),
                    ctx.t(" nachher mit?", " après ?", " dopo?", " a lift home?"),
                ),
            ),
            (
                ctx.sender(a),
                R(
                    ctx.t("falls ich mich verlaufe: ", "si je me perds : ", "se mi perdo: ", "if I get lost: "),
                    ctx.ph(a),
                ),
            ),
        ]
        tm = times(rng, len(msgs), 15, 19)
        d.add(
            "\n",
            ctx.chat(
                [(s_, tm[i], t_) for i, (s_, t_) in enumerate(msgs)],
                layout=ctx.pick("discord", "discord", "irc", "telegram", "wa_android"),
            ),
        )
    elif v == 2:
        org = ctx.person(age=(25, 60))
        p = ctx.person(age=(18, 45), local=0.5)
        pal = ctx.person(age=(18, 45), local=0.5)
        om = ctx.work_email(org, ctx.org_domain(_ascii_name(con)[:14]))
        w0 = when_(ctx, ctx.earlier(3, 20))
        w1 = when_(ctx)
        d.add(
            mail_header(
                ctx,
                addr_of(ctx, p),
                [ctx.nm(org, "full"), " <", om, ">"],
                "Re: " + ctx.t("Spielleitung am Samstag", "MJ samedi", "Master sabato", "GM slot Saturday"),
                w1,
                cc=[ctx.em(pal)],
            )
        )
        d.add(*ctx.hello(org, "first"), "\n\n")
        d.add(
            ctx.t(
                f"ich übernehme gern den Slot mit {rng.choice(RPG)}. ",
                f"je prends volontiers la table de {rng.choice(RPG)}. ",
                f"prendo volentieri il tavolo di {rng.choice(RPG)}. ",
                f"happy to take the {rng.choice(RPG)} slot. ",
            )
        )
        d.add(
            ctx.nm(pal, "first"),
            ctx.t(
                " (in Cc) hilft mir als Co-SL, ",
                " (en copie) m'aide comme co-MJ, ",
                " (in copia) mi aiuta come co-master, ",
                " (cc'd) will co-GM – ",
            ),
            ctx.t(
                ctx.g(
                    pal,
                    "bitte für ihn auch ein Helferticket. Sein Handy: ",
                    "bitte für sie auch ein Helferticket. Ihr Handy: ",
                ),
                "merci de lui prévoir un badge. Portable : ",
                ctx.g(pal, "serve un pass anche per lui. Cellulare: ", "serve un pass anche per lei. Cellulare: "),
                "could you add a helper pass? Mobile: ",
            ),
            ctx.ph(pal),
            "\n",
        )
        if ctx.cc != "US" and ctx.chance(0.5):
            d.add(
                ctx.t(
                    "Die Aufwandsentschädigung bitte an ",
                    "Pour le défraiement, mon IBAN : ",
                    "Per il rimborso spese, il mio IBAN: ",
                    "For the expenses, my bank details: ",
                ),
                ctx.iban(),
                "\n",
            )
        d.add("\n", signoff(ctx), "\n", ctx.nm(p, "first"), "\n\n")
        q = Doc(*ctx.hello(p, "first"), "\n\n")
        q.add(
            ctx.t(
                "uns fehlt noch eine Spielleitung für Samstag 14–18 Uhr. Hättest du Lust? Helfer bekommen "
                "freien Eintritt und Verpflegung.",
                "il nous manque un MJ samedi 14h–18h. Ça te dit ? Entrée et repas offerts.",
                "ci manca un master sabato 14–18. Ti va? Ingresso e pranzo offerti.",
                "we're short a GM for Saturday 2–6pm. Fancy it? Helpers get free entry and food.",
            ),
            "\n\n",
            ctx.nm(org, "first"),
            " – ",
            con,
            "\n",
            ctx.ph(org),
            "\n",
        )
        d.add(quote_intro(ctx, org, w0, om), q.quoted())
    else:
        recs = []
        for _ in range(rng.randint(4, 7)):
            p = ctx.person(age=(14, 60), local=0.5)
            r: dict = {
                "ticket": f"T-{rng.randint(10000, 99999)}",
                "name": ctx.nm(p, "full"),
                "birthdate": ctx.dob(p, "iso"),
                "email": ctx.em(p),
                "games": rng.sample(BOARD + RPG, 2),
                "paid": ctx.money(10, 40),
            }
            if ctx.chance(0.5):
                r["address"] = R(*p.addr.one(0))
            if ctx.today.year - p.birth.year < 18:
                par = ctx.person(age=(38, 58))
                r["guardian"] = {"name": ctx.nm(par, "full"), "phone": ctx.ph(par)}
            recs.append(r)
        fmt = ctx.pick("json", "jsonl", "csv")
        if fmt == "json":
            d.add(jval(recs, 2, 0))
        elif fmt == "jsonl":
            for r in recs:
                d.add(jval(r, None, 0), "\n")
        else:
            head = ["ticket", "name", "birthdate", "email", "paid"]
            d.add(table(head, [[r[h] for h in head] for r in recs], "csv"))
    return d


def g_pedibus(ctx: Ctx) -> Doc:
    rng = ctx.rng
    L = ctx.lang
    school = school_of(ctx)
    name = ctx.t("Laufbus", "Pédibus", "Piedibus", "walking bus", ch="Pedibus", us="walking school bus")
    stops = rng.sample(
        {
            "de": ["Bäckerei", "Spielplatz", "Kirche", "Bushaltestelle", "Apotheke", "Brunnen"],
            "fr": ["boulangerie", "aire de jeux", "église", "abribus", "pharmacie", "fontaine"],
            "it": ["panetteria", "parco giochi", "chiesa", "pensilina", "farmacia", "fontana"],
            "en": ["bakery", "playground", "church", "bus shelter", "pharmacy", "library"],
        }[L],
        4,
    )
    if ctx.lang == "de" and ctx.locale != "de_DE":
        name = "Pedibus"
    line = ctx.pick(
        *{
            "de": ["Linie Rot", "Linie Grün", "Linie 1", "Linie Nord"],
            "fr": ["ligne bleue", "ligne 2"],
            "it": ["linea gialla", "linea 1", "linea verde"],
            "en": ["Red route", "Route A", "Green line"],
        }[L]
    )
    coord = ctx.person(age=(30, 55), local=1.0)
    v = ctx.variant
    d = Doc()
    wdays = WEEKDAYS[L][:5]
    if v == 0:
        par = ctx.person(age=(28, 50), local=1.0)
        kid = ctx.child_of(par, age=(6, 9))
        par2 = ctx.partner_of(par) if ctx.chance(0.6) else None
        d.add(f"{school} – {name} ({line})\n", ctx.t("Anmeldung", "Inscription", "Iscrizione", "Sign-up form"), "\n\n")
        fields = [
            (ctx.t("Kind", "Enfant", "Bambino/a", "Child"), ctx.nm(kid, "full")),
            (ctx.t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), ctx.dob(kid)),
            (ctx.t("Klasse", "Classe", "Classe", "Class"), klass(ctx, kid)),
            (
                ctx.t("Haltestelle", "Arrêt", "Fermata", "Stop"),
                R(ctx.t("vor ", "devant le ", "davanti al ", "outside "), ("ADDRESS", par.addr.street_line()))
                if ctx.chance(0.4)
                else stops[0],
            ),
            (ctx.t("Anschrift", "Adresse", "Indirizzo", "Home address"), R(*par.addr.one(rng.randint(0, 1)))),
            (ctx.t("Elternteil 1", "Parent 1", "Genitore 1", "Parent/carer 1"), ctx.nm(par, "full")),
            (ctx.t("Handy", "Portable", "Cellulare", "Mobile"), ctx.ph(par)),
            (ctx.t("E-Mail", "E-mail", "E-mail", "Email"), ctx.em(par)),
        ]
        if par2:
            fields += [
                (ctx.t("Elternteil 2", "Parent 2", "Genitore 2", "Parent/carer 2"), ctx.nm(par2, "full")),
                (ctx.t("Handy", "Portable", "Cellulare", "Mobile"), ctx.ph(par2)),
            ]
        fields.append(
            (
                ctx.t(
                    "Ich begleite an folgenden Tagen",
                    "Je peux accompagner le",
                    "Posso accompagnare il",
                    "I can walk on",
                ),
                ", ".join(rng.sample(wdays, rng.randint(1, 2))),
            )
        )
        d.add(form(fields, ctx.fstyle()), "\n")
        d.add(
            ctx.t("Abfahrt ", "Départ ", "Partenza ", "Leaves "),
            f"7:{rng.randint(20, 40)}",
            "  ·  ",
            ctx.t("Koordination: ", "Coordination : ", "Coordinamento: ", "Coordinator: "),
            ctx.nm(coord, "full"),
            ", ",
            ctx.ph(coord),
            "\n",
        )
        if ctx.chance(0.15):
            d = ocr(d, rng)
    elif v == 1:
        walkers = [ctx.person(age=(28, 70), local=1.0) for _ in range(5)]
        rows = []
        for k, wd in enumerate(wdays):
            w = walkers[k]
            rows.append([wd, ctx.nm(w, ctx.pick("full", "first", "title")), ctx.ph(w), stops[k % len(stops)]])
        head = {
            "de": ["Tag", "Begleitung", "Handy", "Start"],
            "fr": ["Jour", "Accompagnant", "Portable", "Départ"],
            "it": ["Giorno", "Accompagnatore", "Cellulare", "Partenza"],
            "en": ["Day", "Walker", "Mobile", "Start"],
        }[L]
        d.add(
            f"{name} {line} – ",
            ctx.t("Wochenplan", "planning de la semaine", "turni della settimana", "rota"),
            f" {ctx.date(ctx.later(1, 6))}\n\n",
            table(head, rows, ctx.tstyle()),
            "\n",
        )
        par = ctx.person(local=1.0)
        kid = ctx.child_of(par, age=(6, 9))
        msgs = [
            (
                ctx.sender(walkers[2]),
                R(
                    ctx.t(
                        "kann Mittwoch nicht, wer tauscht?",
                        "mercredi impossible pour moi, qui échange ?",
                        "mercoledì non posso, chi scambia?",
                        "can't do Wednesday, anyone swap?",
                    )
                ),
            ),
            (ctx.sender(walkers[4]), ctx.t("ich 🙋", "moi 🙋", "io 🙋", "me 🙋")),
            (
                ctx.sender(par),
                R(
                    ctx.nm(kid, "first"),
                    ctx.t(
                        " ist heute krank, bitte nicht warten",
                        " est malade aujourd'hui, ne l'attendez pas",
                        ctx.g(kid, " oggi è malato, non aspettatelo", " oggi è malata, non aspettatela"),
                        " is off sick today, don't wait",
                    ),
                ),
            ),
            (
                ctx.sender(coord),
                R(
                    ctx.t(
                        "danke! neue Familie ab Montag: ",
                        "merci ! nouvelle famille dès lundi : ",
                        "grazie! nuova famiglia da lunedì: ",
                        "thanks! new family from Monday: ",
                    ),
                    ctx.nm(ctx.person(local=1.0), "last"),
                    ", ",
                    ("ADDRESS", ctx.addr().street_line()),
                ),
            ),
        ]
        tm = times(rng, len(msgs), 6, 8)
        d.add("\n", ctx.chat([(s_, tm[i], t_) for i, (s_, t_) in enumerate(msgs)]))
    elif v == 2:
        par = ctx.person(age=(28, 50), local=1.0)
        kid = ctx.child_of(par, age=(6, 9))
        cm = ctx.em(coord)
        w0 = when_(ctx, ctx.earlier(2, 12))
        w1 = when_(ctx)
        d.add(mail_header(ctx, addr_of(ctx, par), [ctx.nm(coord, "full"), " <", cm, ">"], f"Re: {name} {line}", w1))
        d.add(*ctx.hello(coord, "first"), "\n\n")
        d.add(
            ctx.t("wir sind dabei! ", "on est partants ! ", "ci stiamo! ", "count us in! "),
            ctx.nm(kid, "first"),
            " (",
            klass(ctx, kid),
            ctx.t(", geb. ", ctx.g(kid, ", né le ", ", née le "), ctx.g(kid, ", nato il ", ", nata il "), ", born "),
            ctx.dob(kid),
            ctx.t(
                ") steigt bei der Haltestelle „",
                ") montera à l'arrêt « ",
                ") salirà alla fermata «",
                ") will join at the ",
            ),
            stops[1],
            ctx.t("“ zu.", " ».", "».", " stop."),
            "\n",
        )
        pt = ctx.partner_of(par)
        pm = pt.gender == "m"
        d.add(
            ctx.t(
                "Ich kann donnerstags begleiten. " + ("Mein Mann " if pm else "Meine Frau "),
                "Je peux accompagner le jeudi. " + ("Mon conjoint " if pm else "Ma conjointe "),
                "Posso accompagnare il giovedì. " + ("Mio marito " if pm else "Mia moglie "),
                "I can walk on Thursdays. My partner ",
            )
        )
        d.add(
            ctx.nm(pt, "first"),
            ctx.t(" springt ein, falls nötig: ", " peut dépanner : ", " può sostituirmi: ", " can cover if needed: "),
            ctx.ph(pt),
            "\n\n",
            signoff(ctx),
            "\n",
            ctx.nm(par, "full"),
            "\n",
            *par.addr.block(0),
            "\n\n",
        )
        q = Doc(ctx.t("Liebe Eltern,", "Chers parents,", "Cari genitori,", "Dear parents,"), "\n\n")
        q.add(
            ctx.t(
                f"ab {ctx.date(ctx.later(5, 20))} startet der {name} wieder. Treffpunkte: {', '.join(stops)}. "
                "Wir suchen noch Begleitpersonen für Donnerstag und Freitag.",
                f"le {name} reprend le {ctx.date(ctx.later(5, 20))}. Arrêts : {', '.join(stops)}. Il manque des "
                "accompagnants le jeudi et le vendredi.",
                f"dal {ctx.date(ctx.later(5, 20))} riparte il {name}. Fermate: {', '.join(stops)}. Cerchiamo "
                "accompagnatori per giovedì e venerdì.",
                f"the {name} starts again on {ctx.date(ctx.later(5, 20))}. Stops: {', '.join(stops)}. We still "
                "need walkers for Thursday and Friday.",
            ),
            "\n\n",
            ctx.nm(coord, "full"),
            "\n",
            ctx.ph(coord),
            "\n",
        )
        d.add(quote_intro(ctx, coord, w0, cm), q.quoted())
    else:
        head = ["child", "dob", "class", "stop", "parent", "parent_mobile", "parent_email", "walks_on"]
        dshape = ctx.pick("iso", ctx.dob_shape)
        rows = []
        for _ in range(rng.randint(5, 9)):
            par = ctx.person(local=1.0)
            kid = ctx.child_of(par, age=(6, 9))
            rows.append(
                [
                    ctx.nm(kid, "full"),
                    ctx.dob(kid, dshape),
                    klass(ctx, kid),
                    rng.choice(stops),
                    ctx.nm(par, "full"),
                    ctx.ph(par),
                    ctx.em(par) if ctx.chance(0.8) else "",
                    rng.choice(wdays) if ctx.chance(0.5) else "",
                ]
            )
        fmt = ctx.pick("csv", "ssv", "tsv", "json")
        if fmt == "json":
            d.add(jval([dict(zip(head, r, strict=True)) for r in rows], 2, 0))
        else:
            d.add(table(head, rows, fmt))
    return d


FURNITURE = {
    "de": [
        ("Sofa 'Malmö' 3-Sitzer, Cord grau", 899),
        ("Boxspringbett 180x200 'Nordkap'", 1249),
        ("Esstisch Eiche massiv 160 cm", 749),
        ("Kleiderschrank 'Bergen' 4-türig", 599),
        ("Schreibtisch höhenverstellbar", 429),
        ("Sessel 'Lotta' mit Hocker", 389),
        ("Sideboard 'Aalborg'", 349),
        ("Kinderhochbett 'Kiefer natur'", 479),
    ],
    "fr": [
        ("Canapé 3 places 'Lisbonne' velours", 899),
        ("Lit coffre 160x200", 649),
        ("Table chêne massif 180 cm", 790),
        ("Armoire 'Bergen' 4 portes", 599),
        ("Bureau réglable", 429),
        ("Fauteuil 'Lotta'", 389),
    ],
    "it": [
        ("Divano 3 posti 'Milo' tessuto", 899),
        ("Letto contenitore 160x200", 649),
        ("Tavolo rovere 180 cm", 790),
        ("Armadio 'Bergen' 4 ante", 599),
        ("Scrivania regolabile", 429),
        ("Poltrona 'Lotta'", 389),
    ],
    "en": [
        ("'Malmo' 3-seater sofa, grey cord", 899),
        ("King ottoman bed", 649),
        ("Solid oak dining table 160 cm", 749),
        ("'Bergen' 4-door wardrobe", 599),
        ("Sit-stand desk", 429),
        ("'Lotta' armchair & footstool", 389),
        ("Bunk bed, pine", 479),
    ],
}


def g_furniture(ctx: Ctx) -> Doc:
    rng = ctx.rng
    L = ctx.lang
    store = ctx.pick(
        *{
            "de": [
                "Möbel Brandl",
                "Wohnwelt Kessler",
                "Möbelhaus am Ring",
                "Einrichtungshaus Nordlicht",
                "Polsterei & Wohnen Haas",
            ],
            "fr": ["Meubles Girard", "Maison & Salon", "Ameublement du Centre"],
            "it": ["Arredamenti Colombo", "Mobilificio Brianza", "Casa & Design"],
            "en": ["Harrington Furniture", "Oak & Thread", "HomeStyle Furnishings", "The Sofa Barn"],
        }[L]
    )
    saddr = ctx.addr()
    items = FURNITURE[L]
    order_no = f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"
    slot = f"{rng.choice([7, 8, 9, 10, 12, 13, 14])}:00–{rng.choice([11, 12, 14, 16, 17])}:00"

    def floor_txt() -> str:
        return ctx.pick(
            *{
                "de": ["3. OG ohne Aufzug", "EG", "2. OG mit Aufzug", "Dachgeschoss, enge Treppe"],
                "fr": ["3e étage sans ascenseur", "RDC", "2e étage avec ascenseur"],
                "it": ["3° piano senza ascensore", "piano terra", "2° piano con ascensore"],
                "en": [
                    "3rd floor, no lift" if not ctx.us else "3rd floor walk-up",
                    "ground floor",
                    "2nd floor with lift" if not ctx.us else "2nd floor, elevator",
                ],
            }[L]
        )

    v = ctx.variant
    d = Doc()
    if v == 0:
        p = ctx.person(local=0.8)
        dday = ctx.later(3, 30)
        d.add(
            store,
            "\n",
            *saddr.block(0),
            "\n",
            ctx.t("Tel. ", "Tél. ", "Tel. ", "Tel. "),
            ctx.biz_phone(),
            " · "
            + ctx.pick(
                *{
                    "de": ["info", "service", "kundenservice"],
                    "fr": ["contact", "service.client"],
                    "it": ["info", "assistenza"],
                    "en": ["info", "customerservice", "hello"],
                }[L]
            )
            + "@"
            f"{ctx.org_domain(dom_from(store))}\n\n",
        )
        d.add(
            ctx.t("Auftragsbestätigung", "Confirmation de commande", "Conferma d'ordine", "Order confirmation"),
            f" {order_no}\n\n",
        )
        fields = [
            (ctx.t("Kunde", "Client", "Cliente", "Customer"), R(ctx.title(p) + " ", ctx.nm(p, "full"))),
            (
                ctx.t("Lieferadresse", "Adresse de livraison", "Indirizzo di consegna", "Delivery address"),
                R(*p.addr.one(rng.randint(0, 1))),
            ),
            (ctx.t("Etage", "Étage", "Piano", "Floor"), floor_txt()),
            (ctx.t("Telefon", "Téléphone", "Telefono", "Phone"), ctx.ph(p, mobile=ctx.chance(0.7))),
            (ctx.t("E-Mail", "E-mail", "E-mail", "Email"), ctx.em(p)),
            (
                ctx.t("Liefertermin", "Date de livraison", "Data di consegna", "Delivery date"),
                f"{ctx.date(dday)}, {slot}",
            ),
        ]
        d.add(form(fields, ctx.fstyle()), "\n")
        sel = rng.sample(items, rng.randint(1, 3))
        rows = [[f"{rng.randint(100000, 999999)}", nm_, "1", ctx.money(pr * 0.9, pr * 1.1)] for nm_, pr in sel]
        rows.append(
            [
                "",
                ctx.t("Lieferung & Montage", "Livraison et montage", "Consegna e montaggio", "Delivery & assembly"),
                "1",
                ctx.money(49, 129),
            ]
        )
        d.add(
            table(
                {
                    "de": ["Art.-Nr.", "Artikel", "Menge", "Preis"],
                    "fr": ["Réf.", "Article", "Qté", "Prix"],
                    "it": ["Cod.", "Articolo", "Q.tà", "Prezzo"],
                    "en": ["SKU", "Item", "Qty", "Price"],
                }[L],
                rows,
                ctx.pick("md", "mdpad", "fixed"),
            ),
            "\n",
        )
        d.add(
            ctx.t(
                "Anzahlung bezahlt mit Karte **** ",
                "Acompte réglé par carte **** ",
                "Acconto pagato con carta **** ",
                "Deposit paid by card **** ",
            ),
            f"{rng.randint(1000, 9999)}\n",
        )
        if ctx.chance(0.4):
            nb = ctx.person(local=1.0)
            d.add(
                ctx.t(
                    "Falls niemand da ist, bitte bei " + ctx.g(nb, "Nachbar ", "Nachbarin "),
                    ctx.g(nb, "En cas d'absence, voir le voisin ", "En cas d'absence, voir la voisine "),
                    ctx.g(nb, "Se assenti, lasciare al vicino ", "Se assenti, lasciare alla vicina "),
                    "If no one's home, leave with neighbour ",
                ),
                ctx.nm(nb, ctx.pick("full", "titled")),
                " (",
                ctx.ph(nb),
                ctx.t(") klingeln.", ").", ").", ")."),
                "\n",
            )
        if ctx.chance(0.12):
            d = ocr(d, rng)
    elif v == 1:
        drivers = [ctx.person() for _ in range(2)]
        rows = []
        custs = []
        t = rng.randint(7, 8) * 60
        for k in range(rng.randint(5, 7)):
            p = ctx.person(local=0.8)
            custs.append(p)
            nm_, _pr = rng.choice(items)
            rows.append(
                [
                    str(k + 1),
                    f"{t // 60:02d}:{t % 60:02d}",
                    ctx.nm(p, ctx.pick("full", "rev", "title")),
                    R(*p.addr.one(0)),
                    ctx.ph(p),
                    nm_,
                ]
            )
            t += rng.choice([40, 50, 60, 75])
        head = {
            "de": ["Stopp", "Zeit", "Kunde", "Adresse", "Telefon", "Ware"],
            "fr": ["Arrêt", "Heure", "Client", "Adresse", "Téléphone", "Article"],
            "it": ["Tappa", "Ora", "Cliente", "Indirizzo", "Telefono", "Merce"],
            "en": ["Stop", "Time", "Customer", "Address", "Phone", "Item"],
        }[L]
        d.add(
            store,
            " – ",
            ctx.t("Tour", "Tournée", "Giro", "Route"),
            f" {rng.randint(1, 9)} – {ctx.date(ctx.today)}\n\n",
            table(head, rows, ctx.tstyle()),
            "\n",
        )
        a, b = custs[1], custs[3]
        msgs = [
            (
                ctx.sender(drivers[0]),
                R(
                    ctx.t("bei ", "chez ", "da ", "at "),
                    ctx.nm(a, ctx.pick("last", "titled")),
                    ctx.t(
                        " macht keiner auf, Handy geht nicht ran",
                        " personne, ne répond pas",
                        " nessuno apre, non risponde",
                        " nobody home, not answering",
                    ),
                ),
            ),
            (
                ctx.sender(drivers[1]),
                R(
                    ctx.t("Festnetz probieren: ", "essaie le fixe : ", "prova il fisso: ", "try the landline: "),
                    ctx.ph(a, mobile=False),
                ),
            ),
            (
                ctx.sender(drivers[0]),
                R(
                    ctx.t("Sofa für ", "canapé pour ", "divano per ", "sofa for "),
                    ctx.nm(b, "full"),
                    ctx.t(
                        " passt nicht durchs Treppenhaus 😬",
                        " ne passe pas dans l'escalier 😬",
                        " non passa dalle scale 😬",
                        " won't fit up the stairs 😬",
                    ),
                ),
            ),
            (
                ctx.sender(drivers[1]),
                ctx.t(
                    "Rücksprache Filiale, Kunde bekommt Anruf",
                    "j'appelle le magasin",
                    "chiamo il negozio",
                    "calling the store, they'll ring the customer",
                ),
            ),
        ]
        tm = times(rng, len(msgs), 9, 14)
        d.add("\n", ctx.chat([(s_, tm[i], t_) for i, (s_, t_) in enumerate(msgs)]))
    elif v == 2:
        p = ctx.person(local=0.8)
        clerk = ctx.person()
        dom = ctx.org_domain(dom_from(store))
        cmail = ctx.work_email(clerk, dom)
        w0 = when_(ctx, ctx.earlier(3, 15))
        w1 = when_(ctx)
        d1 = ctx.later(3, 12)
        d2 = d1 + dt.timedelta(days=rng.randint(2, 9))
        d.add(
            mail_header(
                ctx,
                addr_of(ctx, p),
                [ctx.nm(clerk, "full"), " <", cmail, ">"],
                f"Re: {ctx.t('Liefertermin', 'Livraison', 'Consegna', 'Delivery')} {order_no}",
                w1,
            )
        )
        d.add(*ctx.salute(clerk), "\n\n")
        nb = ctx.person(local=1.0)
        d.add(
            ctx.t(
                f"am {ctx.date(d1)} bin ich leider nicht zu Hause. Geht auch der {ctx.date(d2)}? Sonst nimmt "
                + ctx.g(nb, "mein Nachbar ", "meine Nachbarin "),
                f"je ne serai pas là le {ctx.date(d1)}. Le "
                f"{ctx.date(d2)} serait-il possible ? Sinon " + ctx.g(nb, "mon voisin ", "ma voisine "),
                f"il giorno {ctx.date(d1)} non sono a casa. Va bene il giorno {ctx.date(d2)}? "
                + ctx.g(nb, "Altrimenti il mio vicino ", "Altrimenti la mia vicina "),
                f"I'm not in on {ctx.date(d1)}. Could you do {ctx.date(d2)}? Otherwise my neighbour ",
            ),
            ctx.nm(nb, "full"),
            ctx.t(" die Lieferung an (", " peut réceptionner (", " può ricevere la merce (", " can take it in ("),
            ("ADDRESS", nb.addr.street_line() if nb.addr else p.addr.street_line()),
            ", ",
            ctx.ph(nb),
            ").\n",
        )
        if ctx.cc != "US" and ctx.chance(0.35):
            d.add(
                ctx.t(
                    "Falls beides nicht geht, stornieren Sie bitte und überweisen die Anzahlung zurück auf ",
                    "Si aucune date ne convient, merci d'annuler et de rembourser l'acompte sur ",
                    "Se non è possibile, annullate e restituite l'acconto sull'IBAN ",
                    "If neither works, please cancel and refund the deposit to ",
                ),
                ctx.iban(),
                ".\n",
            )
        d.add("\n", signoff(ctx), "\n", ctx.nm(p, "full"), "\n", ctx.ph(p), "\n\n")
        q = Doc(*ctx.salute(p), "\n\n")
        nm_, pr = rng.choice(items)
        q.add(
            ctx.t(
                f"Ihre Bestellung {order_no} ({nm_}) ist eingetroffen. Wir liefern am {ctx.date(d1)} zwischen "
                f"{slot} Uhr an:\n",
                f"votre commande {order_no} ({nm_}) est arrivée. Livraison le {ctx.date(d1)} entre {slot} à :\n",
                f"il suo ordine {order_no} ({nm_}) è arrivato. Consegna il giorno {ctx.date(d1)} tra le {slot} a:\n",
                f"your order {order_no} ({nm_}) has arrived. We'll deliver on {ctx.date(d1)} between {slot} to:\n",
            ),
            *p.addr.block(0),
            "\n",
            ctx.t(
                f"Restbetrag bei Lieferung: {ctx.money(pr * 0.5, pr)}",
                f"Solde à la livraison : {ctx.money(pr * 0.5, pr)}",
                f"Saldo alla consegna: {ctx.money(pr * 0.5, pr)}",
                f"Balance due on delivery: {ctx.money(pr * 0.5, pr)}",
            ),
            "\n\n",
            ctx.nm(clerk, "full"),
            "\n",
            store,
            " · ",
            *saddr.one(0),
            " · ",
            ctx.biz_phone(),
            "\n",
        )
        d.add(quote_intro(ctx, clerk, w0, cmail), q.quoted())
    else:
        recs = []
        for _ in range(rng.randint(3, 6)):
            p = ctx.person(local=0.8)
            nm_, pr = rng.choice(items)
            recs.append(
                {
                    "order": f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}",
                    "customer": {
                        "name": ctx.nm(p, "full"),
                        "phone": ctx.ph(p),
                        "email": ctx.em(p) if ctx.chance(0.8) else None,
                    },
                    "delivery": {
                        "street": ("ADDRESS", p.addr.street_line()),
                        "city": ("ADDRESS", p.addr.town_line()),
                        "floor": floor_txt(),
                        "date": ctx.later(2, 30).isoformat(),
                        "slot": slot,
                    },
                    "lines": [{"sku": str(rng.randint(100000, 999999)), "name": nm_, "price": pr}],
                    "payment": {
                        "method": ctx.pick("card", "invoice", "financing"),
                        "card_last4": str(rng.randint(1000, 9999)),
                    },
                }
            )
        if ctx.chance(0.6):
            d.add(jval(recs, 2, 0))
        else:
            for r in recs:
                d.add(jval(r, None, 0), "\n")
    return d


def g_teamkit(ctx: Ctx) -> Doc:
    rng = ctx.rng
    L = ctx.lang
    club = ctx.pick(
        *{
            "de": ["SV Eintracht", "TSV 1860", "FC Blau-Weiß", "SG Rot-Weiß", "HSG Nord", "VfL"],
            "fr": ["AS", "US", "FC", "Olympique", "Stade"],
            "it": ["ASD", "Polisportiva", "US", "Virtus"],
            "en": ["Rovers", "Athletic", "United", "Juniors", "Wildcats"],
        }[L]
    )
    club = f"{club} {ctx.town.name}" if L != "en" else f"{ctx.town.name} {club}"
    sport = ctx.pick(
        *{
            "de": ["Fußball", "Handball", "Volleyball", "Basketball"],
            "fr": ["football", "handball", "basket", "rugby"],
            "it": ["calcio", "pallavolo", "basket", "rugby"],
            "en": [
                "football" if not ctx.us else "soccer",
                "netball" if not ctx.us else "softball",
                "hockey",
                "basketball",
            ],
        }[L]
    )
    team = ctx.pick(
        *{
            "de": ["E-Jugend", "D-Jugend", "C-Juniorinnen", "U12", "Damen 1", "Herren 2"],
            "fr": ["U11", "U13", "U15 filles", "seniors"],
            "it": ["Under 12", "Esordienti", "Allievi", "Prima squadra"],
            "en": ["U10", "U12 Girls", "U14", "First XI" if not ctx.us else "Varsity"],
        }[L]
    )
    shop = ctx.pick(
        *{
            "de": ["Sport Brunner", "Teamsport Kessler", "Sport-Eck Hofmann", "Trikotwerk"],
            "fr": ["Sport 2000 Girard", "Team Sport Lambert"],
            "it": ["Sport Colombo", "Divise Bianchi"],
            "en": ["Pitchside Kit Co", "Fletcher Sports", "TeamGear"],
        }[L]
    )
    sizes = ["116", "128", "140", "152", "164", "XS", "S", "M", "L", "XL"]
    coach = ctx.person(age=(25, 60))
    v = ctx.variant
    d = Doc()
    youth = not any(x in team for x in ("Damen", "Herren", "seniors", "Prima", "First", "Varsity"))
    if not youth:
        sizes = ["XS", "S", "M", "L", "XL", "XXL"]
    tg = "f" if any(x in team for x in ("Girls", "Damen", "innen", "filles")) else ("m" if "Herren" in team else None)
    players = []
    for _ in range(rng.randint(6, 10)):
        pp = ctx.person(gender=tg, age=(8, 13) if youth else (18, 35), kid=youth, local=0.9)
        players.append(pp)
    nums = rng.sample(range(1, 30), len(players))
    if v == 0:
        d.add(
            f"{club} – {sport} {team}\n",
            ctx.t("Trikotbestellung", "Commande de maillots floqués", "Ordine divise personalizzate", "Team kit order"),
            f" ({shop})\n\n",
        )
        d.add(
            form(
                [
                    (ctx.t("Ansprechpartner", "Contact", "Referente", "Contact"), ctx.nm(coach, "full")),
                    (ctx.t("Mobil", "Portable", "Cellulare", "Mobile"), ctx.ph(coach)),
                    (ctx.t("E-Mail", "E-mail", "E-mail", "Email"), ctx.em(coach)),
                    (ctx.t("Lieferung an", "Livraison à", "Consegna a", "Deliver to"), R(*coach.addr.one(0))),
                ],
                ctx.fstyle(),
            ),
            "\n",
        )
        rows = []
        for pp, n in zip(players, nums, strict=True):
            back = ctx.pick("last", "LASTONLY", "first")
            back_nm = ("PERSON", pp.last.upper()) if back == "LASTONLY" else ctx.nm(pp, back)
            row = [ctx.nm(pp, ctx.pick("full", "rev")), back_nm, str(n), rng.choice(sizes)]
            if youth:
                row.append(ctx.dob(pp))
            rows.append(row)
        head = {
            "de": ["Spieler/in", "Rückenaufdruck", "Nr.", "Größe"],
            "fr": ["Joueur", "Flocage", "N°", "Taille"],
            "it": ["Giocatore", "Stampa retro", "N.", "Taglia"],
            "en": ["Player", "Name on back", "No.", "Size"],
        }[L]
        if youth:
            head = head + [
                ctx.t(
                    "Geb.-Datum (Spielerpass)", "Né(e) le (licence)", "Data di nascita (tesserino)", "DOB (league card)"
                )
            ]
        d.add(table(head, rows, ctx.pick("md", "mdpad", "fixed", "pipe")), "\n")
        d.add(
            ctx.t(
                f"Preis pro Satz {ctx.money(35, 70)}, Beflockung {ctx.money(4, 9)}.",
                f"Prix par tenue {ctx.money(35, 70)}, flocage {ctx.money(4, 9)}.",
                f"Prezzo per kit {ctx.money(35, 70)}, stampa {ctx.money(4, 9)}.",
                f"Price per kit {ctx.money(35, 70)}, printing {ctx.money(4, 9)}.",
            ),
            "\n",
        )
        if ctx.cc != "US":
            d.add(
                ctx.t(
                    "Zahlung per Lastschrift vom Vereinskonto ",
                    "Prélèvement sur le compte du club ",
                    "Addebito sul conto della società ",
                    "Direct debit from club account ",
                ),
                ctx.iban(),
                "\n",
            )
        if ctx.chance(0.1):
            d = ocr(d, rng)
    elif v == 1:
        rows = []
        for pp, n in zip(players, nums, strict=True):
            rows.append(
                [
                    ctx.nm(pp, ctx.pick("first", "full")),
                    str(n),
                    rng.choice(sizes),
                    rng.choice(["✅", "✅", "offen", "bezahlt"] if L == "de" else ["✅", "✅", "?", "paid"]),
                ]
            )
        head = {
            "de": ["Name", "Nr.", "Größe", "Status"],
            "fr": ["Nom", "N°", "Taille", "Statut"],
            "it": ["Nome", "N.", "Taglia", "Stato"],
            "en": ["Name", "No.", "Size", "Status"],
        }[L]
        d.add(
            f"{team} – ", ctx.t("Trikots", "maillots", "divise", "kit"), "\n\n", table(head, rows, ctx.tstyle()), "\n"
        )
        a, b = players[0], players[1]
        pa = ctx.person(age=(30, 52), last=a.last if ctx.chance(0.7) else None, local=0.9)
        pb = ctx.person(age=(30, 52), last=b.last if ctx.chance(0.7) else None, local=0.9)
        msgs = [
            (
                ctx.sender(coach),
                ctx.t(
                    "letzte Chance für Größen, Freitag geht die Bestellung raus",
                    "dernier délai pour les tailles, commande vendredi",
                    "ultima chiamata per le taglie, ordine venerdì",
                    "last call for sizes, order goes in Friday",
                ),
            ),
            (
                ctx.sender(pa),
                R(
                    ctx.nm(a, "first"),
                    ctx.t(
                        " braucht doch 152 und bitte ",
                        " : finalement 152 et floquer ",
                        ": meglio 152 e stampare ",
                        " needs 152 after all and please print ",
                    ),
                    ("PERSON", a.first.upper()),
                    ctx.t(" statt Nachnamen", " au lieu du nom", " invece del cognome", " instead of surname"),
                ),
            ),
            (
                ctx.sender(pb),
                R(
                    ctx.t(
                        "können wir die 7 für ",
                        "on peut garder le 7 pour ",
                        "possiamo tenere il 7 per ",
                        "can we keep no. 7 for ",
                    ),
                    ctx.nm(b, "first"),
                    ctx.t(" behalten?", " ?", "?", "?"),
                ),
            ),
            (
                ctx.sender(coach),
                R(
                    ctx.t("klar. überweist bitte an ", "ok. virement à ", "ok, bonifico a ", "sure. please pay "),
                    ctx.nm(coach, "full"),
                    ", ",
                    ctx.iban(),
                )
                if ctx.cc != "US"
                else R("sure. venmo me, or cash at practice"),
            ),
        ]
        tm = times(rng, len(msgs), 17, 21)
        d.add("\n", ctx.chat([(s_, tm[i], t_) for i, (s_, t_) in enumerate(msgs)]))
    elif v == 2:
        rep = ctx.person()
        dom = ctx.org_domain(dom_from(shop))
        rmail = ctx.work_email(rep, dom)
        saddr = ctx.addr()
        w0 = when_(ctx, ctx.earlier(2, 10))
        w1 = when_(ctx)
        d.add(
            mail_header(
                ctx,
                addr_of(ctx, coach),
                [ctx.nm(rep, "full"), " <", rmail, ">"],
                "Re: "
                + ctx.t("Korrekturabzug", "BAT flocage", "Bozza di stampa", "Print proof")
                + f" #{rng.randint(10000, 99999)}",
                w1,
            )
        )
        d.add(*ctx.hello(rep, ctx.pick("first", "full")), "\n\n")
        a, b = players[0], players[2]
        up = a.last.upper()
        wrong = up[:1] + up[2] + up[1] + up[3:] if len(up) > 3 and up[1] != up[2] and up[:4].isalpha() else up + up[-1]
        d.add(
            ctx.t(
                "zwei Korrekturen: bei Nr. ", "deux corrections : n° ", "due correzioni: n. ", "two corrections: no. "
            ),
            str(nums[0]),
            ctx.t(" bitte ", " merci d'écrire ", " scrivere ", " should read "),
            ("PERSON", a.last.upper()),
            ctx.t(" (nicht ", " (et non ", " (non ", " (not "),
            ("PERSON", wrong),
            ")",
        )
        d.add(
            ctx.t(", und ", ", et ", ", e ", ", and "),
            ctx.nm(b, "full"),
            ctx.t(" bekommt Größe ", " prend la taille ", " prende la taglia ", " needs size "),
            rng.choice(sizes),
            ".\n\n",
            signoff(ctx),
            "\n",
            ctx.nm(coach, "full"),
            "\n",
            ctx.ph(coach),
            "\n\n",
        )
        q = Doc(*ctx.hello(coach, "full"), "\n\n")
        q.add(
            ctx.t(
                "anbei der Korrekturabzug. Bitte prüfen:\n",
                "voici le BAT, merci de vérifier :\n",
                "ecco la bozza, per favore controlla:\n",
                "here's the proof, please check:\n",
            )
        )
        for pp, n in zip(players, nums, strict=True):
            q.add(f"{n:>2}  ", ("PERSON", pp.last.upper()), f"  {rng.choice(sizes)}\n")
        q.add("\n", ctx.nm(rep, "full"), "\n", shop, "\n", *saddr.one(0), "\n", ctx.biz_phone(), "\n")
        d.add(quote_intro(ctx, rep, w0, rmail), q.quoted())
    else:
        head = ["order_id", "player", "print_name", "number", "size", "dob", "parent_email", "paid"]
        rows = []
        for pp, n in zip(players, nums, strict=True):
            par = ctx.person(age=(30, 55), last=pp.last, local=0.9) if youth else pp
            rows.append(
                [
                    f"W{rng.randint(100000, 999999)}",
                    ctx.nm(pp, "full"),
                    ("PERSON", pp.last.upper()),
                    str(n),
                    rng.choice(sizes),
                    ctx.dob(pp, "iso") if youth else "",
                    ctx.em(par),
                    ctx.pick("yes", "no", "yes"),
                ]
            )
        d.add(table(head, rows, ctx.pick("csv", "ssv", "tsv")))
    return d


def g_birthnotice(ctx: Ctx) -> Doc:
    rng = ctx.rng
    L = ctx.lang
    mom = ctx.person(gender="f", age=(24, 42))
    dad = ctx.partner_of(mom, same_last=0.55 if L in ("de", "en") else 0.3)
    baby = ctx.person(
        kid=True,
        age=(0, 0),
        last=mom.last if dad.last == mom.last or ctx.chance(0.5) else dad.last,
        addr=False,
        birth=ctx.earlier(3, 40),
    )
    baby.addr = mom.addr
    sib = ctx.child_of(mom, age=(2, 7)) if ctx.chance(0.4) else None
    weight = f"{rng.randint(2650, 4300)} g" if not ctx.us else f"{rng.randint(6, 9)} lb {rng.randint(0, 15)} oz"
    length = f"{rng.randint(47, 56)} cm" if not ctx.us else f"{rng.randint(18, 22)} in"
    tm = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    shop = ctx.pick(
        *{
            "de": ["Kartenmanufaktur Lindner", "Druckerei am Markt", "papierliebe.de"],
            "fr": ["Faire-part & Cie", "Imprimerie du Centre"],
            "it": ["Tipografia Moderna", "Partecipazioni.it"],
            "en": ["Little Letterpress Co", "Paper & Stork", "Minted-style Cards"],
        }[L]
    )
    v = ctx.variant
    d = Doc()

    def card() -> Doc:
        c = Doc()
        c.add(
            ctx.t("Hallo Welt!", "Coucou, me voilà !", "Ciao mondo!", "Hello world!"),
            "\n\n",
            ctx.nm(baby, "first"),
            "\n",
            ctx.dob(baby, ctx.pick(ctx.dob_shape, "d. Monat y" if L == "de" else ctx.dob_shape)),
            ctx.t(f" · {tm} Uhr", f" · {tm}", f" · ore {tm}", f" · {tm}"),
            f" · {weight} · {length}\n\n",
        )
        if sib:
            c.add(
                ctx.t("Es freuen sich ", "Avec ", "Lo annunciano con gioia ", "With love from "),
                ctx.nm(mom, "first"),
                ", ",
                ctx.nm(dad, "first"),
                ctx.t(" und ", " et ", " e ", " and "),
                ctx.nm(sib, "first"),
                "\n",
            )
        else:
            c.add(
                ctx.t("Die glücklichen Eltern ", "Les heureux parents ", "I felici genitori ", "Proud parents "),
                ctx.nm(mom, "full"),
                ctx.t(" und ", " et ", " e ", " and "),
                ctx.nm(dad, "full"),
                "\n",
            )
        return c

    if v == 0:
        d.add(
            shop,
            " – ",
            ctx.t(
                "Bestellformular Geburtskarten",
                "Bon de commande faire-part de naissance",
                "Modulo d'ordine partecipazioni di nascita",
                "Birth announcement order",
            ),
            "\n\n",
        )
        d.add(
            ctx.t("Kartentext:", "Texte :", "Testo:", "Card text:"),
            "\n",
            card().quoted("    ") if ctx.chance(0.3) else card(),
            "\n",
        )
        fields = [
            (ctx.t("Auftraggeber/in", "Client(e)", "Cliente", "Customer"), ctx.nm(mom, "full")),
            (
                ctx.t("Rechnungsadresse", "Adresse de facturation", "Indirizzo di fatturazione", "Billing address"),
                R(*mom.addr.one(rng.randint(0, 1))),
            ),
            (ctx.t("Telefon", "Téléphone", "Telefono", "Phone"), ctx.ph(mom)),
            (ctx.t("E-Mail", "E-mail", "E-mail", "Email"), ctx.em(mom)),
            (ctx.t("Anzahl", "Quantité", "Quantità", "Quantity"), str(rng.choice([25, 40, 50, 60, 80, 100]))),
            (ctx.t("Format", "Format", "Formato", "Format"), ctx.pick("A6", "DL", "10x15", "Square 14 cm")),
            (ctx.t("Preis", "Prix", "Prezzo", "Price"), ctx.money(39, 129)),
        ]
        d.add(form(fields, ctx.fstyle()), "\n")
        if ctx.cc != "US" and ctx.chance(0.5):
            d.add(
                ctx.t(
                    "Bezahlung per Überweisung an ",
                    "Paiement par virement – IBAN ",
                    "Pagamento con bonifico – IBAN ",
                    "Pay by bank transfer to ",
                ),
                ctx.iban(),
                ctx.t(
                    f", Verwendungszweck {rng.randint(10000, 99999)}",
                    f", réf. {rng.randint(10000, 99999)}",
                    f", causale {rng.randint(10000, 99999)}",
                    f", ref {rng.randint(10000, 99999)}",
                ),
                "\n",
            )
    elif v == 1:
        rows = []
        orders = []
        for _ in range(rng.randint(4, 7)):
            m = ctx.person(gender=ctx.pick("f", "f", "m"), age=(24, 44), local=0.5)
            b = ctx.person(kid=True, age=(0, 0), last=m.last, addr=False, birth=ctx.earlier(3, 50))
            orders.append((m, b))
            rows.append(
                [
                    f"GK-{rng.randint(10000, 99999)}",
                    ctx.nm(m, ctx.pick("full", "rev")),
                    ctx.nm(b, "first"),
                    ctx.dob(b),
                    str(rng.choice([25, 40, 50, 80])),
                    ctx.money(39, 129),
                    rng.choice(
                        {
                            "de": ["Korrektur offen", "im Druck", "versandt"],
                            "fr": ["BAT en attente", "en impression", "expédié"],
                            "it": ["bozza da approvare", "in stampa", "spedito"],
                            "en": ["proof pending", "printing", "shipped"],
                        }[L]
                    ),
                ]
            )
        head = {
            "de": ["Auftrag", "Kundin/Kunde", "Baby", "geboren", "Stk.", "Preis", "Status"],
            "fr": ["Commande", "Client", "Bébé", "Né(e) le", "Qté", "Prix", "Statut"],
            "it": ["Ordine", "Cliente", "Neonato/a", "Nato/a il", "Q.tà", "Prezzo", "Stato"],
            "en": ["Order", "Customer", "Baby", "Born", "Qty", "Price", "Status"],
        }[L]
        d.add(
            shop,
            " – ",
            ctx.t("offene Aufträge", "commandes en cours", "ordini aperti", "open orders"),
            "\n\n",
            table(head, rows, ctx.tstyle()),
            "\n",
        )
        (m1, b1), (m2, _b2) = orders[0], orders[1]
        staff = [ctx.person(), ctx.person()]
        msgs = [
            (
                ctx.sender(staff[0]),
                R(
                    ctx.nm(m1, ctx.pick("title", "full")),
                    ctx.t(
                        " hat angerufen: Name falsch geschrieben, richtig ist ",
                        " a appelé : le prénom est mal orthographié, c'est ",
                        " ha chiamato: nome scritto male, è ",
                        " rang: name misspelt, it's ",
                    ),
                    ctx.nm(b1, "first"),
                ),
            ),
            (
                ctx.sender(staff[1]),
                R(ctx.t("und das Datum? ", "et la date ? ", "e la data? ", "and the date? "), ctx.dob(b1), "?"),
            ),
            (
                ctx.sender(staff[0]),
                R(
                    ctx.t(
                        "stimmt. Rückruf an ", "oui. rappeler au ", "giusta. richiamare al ", "correct. call back on "
                    ),
                    ctx.ph(m1),
                ),
            ),
            (
                ctx.sender(staff[1]),
                R(
                    ctx.t("Versand für ", "envoi pour ", "spedizione per ", "shipping for "),
                    ctx.nm(m2, "last"),
                    ctx.t(" an ", " à ", " a ", " to "),
                    *m2.addr.one(0),
                ),
            ),
        ]
        tms = times(rng, len(msgs), 9, 16)
        d.add("\n", ctx.chat([(s_, tms[i], t_) for i, (s_, t_) in enumerate(msgs)]))
    elif v == 2:
        rep = ctx.person()
        dom = ctx.org_domain(dom_from(shop))
        rmail = ctx.work_email(rep, dom)
        w0 = when_(ctx, ctx.earlier(1, 6))
        w1 = when_(ctx)
        d.add(
            mail_header(
                ctx,
                addr_of(ctx, mom),
                [ctx.nm(rep, "full"), " <", rmail, ">"],
                "Re: "
                + ctx.t(
                    "Korrekturabzug Geburtskarte",
                    "BAT faire-part",
                    "Bozza partecipazione",
                    "Proof – birth announcement",
                ),
                w1,
            )
        )
        d.add(*ctx.hello(rep, ctx.pick("first", "full")), "\n\n")
        d.add(
            ctx.t(
                "der Abzug ist schön! Nur die Uhrzeit stimmt nicht, es war ",
                "le BAT est parfait, sauf l'heure : c'était ",
                "la bozza è bella! Solo l'orario è sbagliato, era ",
                "the proof looks lovely! Only the time is wrong, it was ",
            ),
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
            ctx.t(
                ". Bitte 10 Karten zusätzlich direkt an die Großeltern schicken:\n\n",
                ". Merci d'envoyer 10 cartes directement aux grands-parents :\n\n",
                ". Per favore spedite 10 biglietti direttamente ai nonni:\n\n",
                ". Could you post 10 extra cards straight to the grandparents:\n\n",
            ),
        )
        gps = [ctx.person(age=(55, 80), local=0.2) for _ in range(rng.randint(1, 3))]
        for g_ in gps:
            d.add(ctx.nm(g_, "full"), ", ", *g_.addr.one(rng.randint(0, 1)), "\n")
        d.add(
            "\n",
            signoff(ctx),
            "\n",
            ctx.nm(mom, "first"),
            ctx.t(" & ", " & ", " e ", " & "),
            ctx.nm(dad, "first"),
            "\n\n",
        )
        q = Doc(
            *ctx.hello(mom, "full"),
            "\n\n",
            ctx.t(
                "herzlichen Glückwunsch! Hier Ihr Korrekturabzug:",
                "félicitations ! Voici votre BAT :",
                "congratulazioni! Ecco la bozza:",
                "congratulations! Here is your proof:",
            ),
            "\n\n",
        )
        q.add(card(), "\n", ctx.nm(rep, "first"), " – ", shop, "\n")
        d.add(quote_intro(ctx, rep, w0, rmail), q.quoted())
    else:
        recs = []
        for _ in range(rng.randint(2, 5)):
            m = ctx.person(gender=ctx.pick("f", "f", "m"), age=(24, 44), local=0.5)
            b = ctx.person(kid=True, age=(0, 0), last=m.last, addr=False, birth=ctx.earlier(3, 50))
            recs.append(
                {
                    "order_id": rng.randint(100000, 999999),
                    "customer": {
                        "name": ctx.nm(m, "full"),
                        "email": ctx.em(m),
                        "phone": ctx.ph(m) if ctx.chance(0.6) else None,
                    },
                    "shipping": {"line1": ("ADDRESS", m.addr.street_line()), "city": ("ADDRESS", m.addr.town_line())},
                    "personalisation": {
                        "baby_name": ctx.nm(b, "full"),
                        "birth_date": ctx.dob(b, "iso"),
                        "weight": f"{rng.randint(2650, 4300)} g"
                        if not ctx.us
                        else f"{rng.randint(6, 9)} lb {rng.randint(0, 15)} oz",
                        "design": ctx.pick("Watercolour Balloon", "Little Fox", "Stars", "Minimal Gold"),
                    },
                    "quantity": rng.choice([25, 40, 50, 80]),
                    "total": ctx.money(39, 129),
                }
            )
        d.add(jval(recs, 2, 0) if ctx.chance(0.6) else yaml({"orders": recs}))
    return d


# --------------------------------------------------------------------------------------------------------------------
# Requests around the pasted text, checks, main
# --------------------------------------------------------------------------------------------------------------------

REQUESTS = {
    0: {
        "de": [
            "Kannst du das Formular auf Vollständigkeit prüfen?",
            "Fass mir bitte die wichtigsten Angaben zusammen.",
            "Übersetz das bitte ins Englische.",
            "Was fehlt hier noch?",
            "Bitte in eine saubere Tabelle übertragen.",
        ],
        "fr": [
            "Peux-tu vérifier si le formulaire est complet ?",
            "Résume-moi les informations importantes.",
            "Traduis ce document en allemand, s'il te plaît.",
            "Qu'est-ce qui manque encore ?",
        ],
        "it": [
            "Puoi controllare se il modulo è completo?",
            "Riassumimi i dati principali.",
            "Traduci in inglese, per favore.",
            "Cosa manca ancora?",
        ],
        "en": [
            "Can you check whether this form is complete?",
            "Summarise the key details for me.",
            "Please translate this into German.",
            "What is still missing here?",
            "Tidy this up into a table.",
        ],
    },
    1: {
        "de": [
            "Was ist laut Chat noch offen?",
            "Mach mir bitte eine To-do-Liste daraus.",
            "Wer muss noch kontaktiert werden?",
            "Bitte die Tabelle mit den Infos aus dem Chat aktualisieren.",
        ],
        "fr": [
            "Qu'est-ce qui reste à faire d'après la discussion ?",
            "Fais-moi une liste de tâches.",
            "Qui faut-il encore contacter ?",
            "Mets le tableau à jour avec les infos du chat.",
        ],
        "it": [
            "Cosa resta da fare secondo la chat?",
            "Fammi una lista di cose da fare.",
            "Chi bisogna ancora contattare?",
            "Aggiorna la tabella con le informazioni della chat.",
        ],
        "en": [
            "What's still open according to the chat?",
            "Turn this into a to-do list.",
            "Who still needs to be contacted?",
            "Update the table with what was said in the chat.",
        ],
    },
    2: {
        "de": [
            "Schreib bitte eine höfliche Antwort.",
            "Fass den Verlauf kurz zusammen.",
            "Formuliere eine Antwort, die alle Fragen beantwortet.",
            "Was genau will die Person von mir?",
        ],
        "fr": [
            "Rédige une réponse polie, s'il te plaît.",
            "Résume cet échange en deux phrases.",
            "Propose une réponse qui traite toutes les questions.",
            "Que me demande exactement cette personne ?",
        ],
        "it": [
            "Scrivi una risposta cortese, per favore.",
            "Riassumi lo scambio di mail.",
            "Prepara una risposta che risponda a tutte le domande.",
            "Cosa mi chiede esattamente?",
        ],
        "en": [
            "Please draft a polite reply.",
            "Summarise this thread briefly.",
            "Write a reply that answers every question.",
            "What exactly is this person asking me for?",
        ],
    },
    3: {
        "de": [
            "Wandle das bitte in eine Tabelle um.",
            "Finde Dubletten und Fehler in den Daten.",
            "Welche Einträge sind unvollständig?",
            "Mach daraus eine Liste mit Name und Telefonnummer.",
        ],
        "fr": [
            "Convertis cela en tableau, s'il te plaît.",
            "Trouve les doublons et les erreurs.",
            "Quelles entrées sont incomplètes ?",
            "Fais-en une liste avec nom et téléphone.",
        ],
        "it": [
            "Trasforma questi dati in una tabella.",
            "Trova duplicati ed errori.",
            "Quali voci sono incomplete?",
            "Fammi un elenco con nome e telefono.",
        ],
        "en": [
            "Convert this into a table, please.",
            "Find duplicates and errors in this data.",
            "Which entries are incomplete?",
            "Make a list with name and phone number.",
        ],
    },
}

GENRE_REQUESTS = {
    "secretsanta": {
        "de": "Hilf mir, die Wichtel-Zuteilung zu prüfen – hat jeder genau eine Person?",
        "fr": "Aide-moi à vérifier le tirage : chacun a-t-il exactement une personne ?",
        "it": "Aiutami a controllare l'estrazione: ognuno ha esattamente una persona?",
        "en": "Help me check the draw – does everyone have exactly one person?",
    },
    "sponsoredrun": {
        "de": "Rechne bitte aus, wie viel pro Sponsor fällig ist.",
        "fr": "Calcule combien chaque parrain doit verser.",
        "it": "Calcola quanto deve versare ogni sponsor.",
        "en": "Work out how much each sponsor owes.",
    },
    "enrolment": {
        "de": "Welche Unterlagen fehlen noch für die Einschreibung?",
        "fr": "Quelles pièces manquent encore pour l'inscription ?",
        "it": "Quali documenti mancano ancora per l'immatricolazione?",
        "en": "Which documents are still missing for enrolment?",
    },
    "licenceexchange": {
        "de": "Welche Dokumente brauche ich noch für den Umtausch?",
        "fr": "Quels documents me manquent pour l'échange du permis ?",
        "it": "Quali documenti mi servono ancora per la conversione?",
        "en": "Which documents do I still need for the licence exchange?",
    },
    "defectreport": {
        "de": "Sortier die Meldungen bitte nach Dringlichkeit.",
        "fr": "Classe les signalements par urgence.",
        "it": "Ordina le segnalazioni per urgenza.",
        "en": "Sort these reports by urgency.",
    },
    "burnpermit": {
        "de": "Sind alle Auflagen für das Feuer erfüllt?",
        "fr": "Toutes les conditions pour le feu sont-elles remplies ?",
        "it": "Sono rispettate tutte le prescrizioni per il falò?",
        "en": "Are all the conditions for the fire met?",
    },
    "firewarden": {
        "de": "Gibt es Etagen ohne Vertretung?",
        "fr": "Y a-t-il des étages sans suppléant ?",
        "it": "Ci sono piani senza sostituto?",
        "en": "Are there floors without a deputy?",
    },
    "conductcert": {
        "de": "Wessen Führungszeugnis muss erneuert werden?",
        "fr": "Quels extraits de casier faut-il renouveler ?",
        "it": "Quali certificati vanno rinnovati?",
        "en": "Whose checks need renewing?",
    },
    "tabletop": {
        "de": "Plan bitte die nächsten drei Spieltermine.",
        "fr": "Planifie les trois prochaines sessions.",
        "it": "Organizza le prossime tre sessioni.",
        "en": "Plan our next three sessions.",
    },
    "pedibus": {
        "de": "Welche Tage sind noch nicht besetzt?",
        "fr": "Quels jours ne sont pas encore couverts ?",
        "it": "Quali giorni sono ancora scoperti?",
        "en": "Which days still need a walker?",
    },
    "furniture": {
        "de": "Mach mir eine Tourenreihenfolge daraus.",
        "fr": "Établis l'ordre de la tournée.",
        "it": "Stabilisci l'ordine del giro di consegne.",
        "en": "Work out the order of the delivery round.",
    },
    "teamkit": {
        "de": "Prüf bitte Größen und Nummern auf Doppelungen.",
        "fr": "Vérifie les tailles et les numéros en double.",
        "it": "Controlla taglie e numeri doppi.",
        "en": "Check sizes and shirt numbers for duplicates.",
    },
    "birthnotice": {
        "de": "Formulier den Kartentext bitte etwas schöner.",
        "fr": "Peux-tu embellir le texte du faire-part ?",
        "it": "Puoi rendere più bello il testo del biglietto?",
        "en": "Could you make the card wording a bit nicer?",
    },
}


def wrap(ctx: Ctx, body: Doc) -> Doc:
    rng = ctx.rng
    lang = ctx.lang
    if lang != "en" and rng.random() < 0.07:
        lang = "en"
    if rng.random() < 0.35:
        req = GENRE_REQUESTS[ctx.genre][lang]
    else:
        req = rng.choice(REQUESTS[ctx.variant][lang])
    fence = rng.choice(["", "", "", "```\n", '"""\n', "---\n", "<<<\n"])
    close = {"": "", "```\n": "\n```", '"""\n': '\n"""', "---\n": "\n---", "<<<\n": "\n>>>"}[fence]
    # body without trailing newlines
    while body.segs and body.segs[-1][1] is None and body.segs[-1][0].endswith("\n"):
        body.segs[-1][0] = body.segs[-1][0].rstrip("\n")
        if not body.segs[-1][0]:
            body.segs.pop()
    inner = Doc(fence, body, close)
    if rng.random() < 0.65:
        return Doc(req, "\n\n", inner)
    return Doc(inner, "\n\n", req)


PARTICLES = {
    "von",
    "van",
    "der",
    "den",
    "del",
    "della",
    "dos",
    "das",
    "des",
    "zur",
    "zum",
    "ait",
    "bin",
    "ter",
    "dela",
    "dal",
    "vom",
    "ben",
    "mac",
    "st.",
}


def check(text: str, ents: list[dict]) -> str | None:
    prev_end = -1
    mask = list(text)
    for e in ents:
        s, en, typ, t = e["start"], e["end"], e["type"], e["text"]
        if text[s:en] != t:
            return "offset"
        if t != t.strip() or not t:
            return "space"
        if s < prev_end:
            return "overlap"
        prev_end = en
        if typ == "PERSON" and re.search(r"\d", t):
            return "digit in PERSON"
        if typ == "IBAN" and not iban_ok(t):
            return "iban"
        if typ == "EMAIL" and not re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}", t, re.I):
            return "email " + t
        if typ == "PHONE" and len(re.sub(r"\D", "", t)) < 6:
            return "phone"
        if typ == "DOB" and not re.search(r"\d", t):
            return "dob"
        for i in range(s, en):
            mask[i] = "\0"
    # two PERSON spans separated by one space are a split name
    for a, b in zip(ents, ents[1:], strict=False):
        if a["type"] == b["type"] == "PERSON" and text[a["end"] : b["start"]] == " ":
            return "split name"
    free = "".join(mask)
    for e in ents:
        if e["type"] == "PERSON":
            for w in re.split(r"[\s,.'’-]+", e["text"]):
                if len(w) >= 3 and w.lower() not in PARTICLES:
                    if re.search(r"(?<![\w@.])" + re.escape(w) + r"(?![\w@])", free):
                        return f"unlabelled name word {w!r}"
        elif len(e["text"]) >= 5:
            if e["text"] in free:
                return f"unlabelled value {e['text']!r}"
    return None


GENRES = [
    "secretsanta",
    "sponsoredrun",
    "enrolment",
    "licenceexchange",
    "defectreport",
    "burnpermit",
    "firewarden",
    "conductcert",
    "tabletop",
    "pedibus",
    "furniture",
    "teamkit",
    "birthnotice",
]
VARIANTS = ["form", "list_chat", "mail_thread", "export"]
PER_GENRE = 100


def build(genre: str, i: int, locale: str, debug: bool = False) -> dict:
    fn = globals()["g_" + genre]
    variant = i % 4
    for k in range(50):
        rng = seeded(SET, genre, i) if k == 0 else seeded(SET, genre, i, f"retry{k}")
        ctx = Ctx(rng, locale, genre, variant)
        body = fn(ctx)
        if variant in (0, 2) and rng.random() < 0.035:
            body = body.map_text(str.lower, keep=("IBAN",))
        elif variant == 0 and rng.random() < 0.015:
            body = body.map_text(str.upper, keep=("EMAIL",))
        doc = wrap(ctx, body)
        text, ents = finish(doc, locale)
        err = check(text, ents)
        if err is None:
            return {
                "id": f"{SET}-{genre}-{i:03d}",
                "locale": locale,
                "lang": LANG[locale],
                "genre": genre,
                "variant": VARIANTS[variant],
                "text": text,
                "entities": ents,
            }
        if debug:
            print(f"redraw {genre} {i} ({locale}): {err}", file=sys.stderr)
    raise RuntimeError(f"{genre} {i}: no valid draw")


def locales() -> list[str]:
    lst = [loc for loc, n in LOCALE_QUOTA for _ in range(n)]
    seeded(SET, "locales").shuffle(lst)
    return lst


def generate(debug: bool = False, only: str | None = None) -> list[dict]:
    locs = locales()
    assert len(locs) == PER_GENRE * len(GENRES)
    docs = []
    for g, genre in enumerate(GENRES):
        if only and genre != only:
            continue
        for i in range(PER_GENRE):
            docs.append(build(genre, i, locs[i * len(GENRES) + g], debug))
    return docs


def stats(docs: list[dict]) -> str:
    from collections import Counter

    c: Counter = Counter()
    cl: Counter = Counter()
    loc: Counter = Counter()
    for d in docs:
        loc[d["locale"]] += 1
        for e in d["entities"]:
            c[e["type"]] += 1
            cl[(e["type"], d["lang"])] += 1
    lines = [
        f"{len(docs)} documents, {sum(c.values())} labelled values",
        "locales: " + ", ".join(f"{k} {v}" for k, v in sorted(loc.items())),
    ]
    for t, n in c.most_common():
        lines.append(f"  {t:8s} {n:6d}  " + " / ".join(str(cl[(t, lg)]) for lg in ("de", "fr", "it", "en")))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=pathlib.Path, default=OUT)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--genre")
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--debug", action="store_true")
    args = ap.parse_args(argv)
    docs = generate(args.debug, args.genre if (args.show or args.stats) else None)
    for d in docs:
        text, ents = d["text"], d["entities"]
        assert check(text, ents) is None
    if args.show:
        for d in docs[args.offset : args.offset + args.show]:
            marked = d["text"]
            for e in reversed(d["entities"]):
                marked = (
                    marked[: e["start"]]
                    + "["
                    + marked[e["start"] : e["end"]]
                    + "]"
                    + e["type"][:3]
                    + marked[e["end"] :]
                )
            print(f"===== {d['id']} {d['locale']} {d['variant']}\n{marked}\n")
        return 0
    if args.stats:
        print(stats(docs))
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(stats(docs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
