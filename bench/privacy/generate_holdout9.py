"""Ninth blind evaluation set ("holdout9") for the anonymizer.

Written 2026-12-05 by a helper session, blind: without reading the detectors and their name lists
(src/tarnkappe/privacy/), the privacy tests (tests/), the other generators and their templates (the bodies of
bench/privacy/generate*.py, templates.py) or the texts of any data set under bench/privacy/data/, without looking at the
git history, log or diffs of any of these, and never run through the anonymizer, any test or bench/privacy/evaluate.py
while written (tarnkappe is not imported; no detector output was ever seen).  The only things read were the module
docstrings of generate_holdout6.py, generate_holdout7.py and generate_holdout8.py (record format, label decisions,
genres already used) and of evaluate.py (the genres of holdout3..holdout8), the file names in bench/privacy/, the
Makefile's head, pyproject.toml (install, ruff settings) and the Faker pin in requirements.lock.  One `git status
--short` / `git diff --stat`, run once to see the state of the shared working tree, listed the names and changed-line
counts of files other people are editing (some under src/tarnkappe/privacy/); no content of them was read.  The label
decisions below are copied from holdout8 (which copied them from holdout5..holdout7); the decisions added here were
made while writing the templates, never after looking at any detector output.  Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout9.jsonl: 4 languages (de, fr, it, en) x 12 templates x 10 documents = 480
documents, seeded and deterministic for a given Faker version (the lock's; Faker + the standard library;
``random.Random`` seeded with ``"holdout9|<lang>|<template>|<i>"``, every Faker locale re-seeded per document, on its
first use in the document).  Each record has ``id`` (``holdout9-<lang>-<template>-<NN>``), ``locale``, ``lang``,
``text`` and ``entities`` (``start``, ``end``, ``type``, ``text``; ``text[start:end]`` is asserted for every entity,
entities do not overlap and carry no surrounding white space, every IBAN has valid ISO 13616 check digits (French and
Belgian ones also a valid national key) and every card number passes Luhn).  Regions: de -> DE/AT/CH, fr ->
FR/BE/CH/LU, it -> IT/CH, en -> GB/IE/US/CA/AU/NZ (``locale`` is ``lang_REGION``), rotated over the documents of a
template.

Genres (text people paste into an AI assistant at work or at home, wrapped in a request in the document's language),
chosen to differ from the genres listed for holdout3..holdout8 (those of holdout and holdout2 are not listed in anything
read here, so an overlap with them cannot be ruled out):
 1. settlement - lawyers' letters (letterhead, recipient block, references, demand with the firm's client/CARPA
    account) and out-of-court settlement agreement drafts (Vergleich, protocole transactionnel, atto di transazione,
    settlement agreement) with parties, dates of birth, maiden names, signature lines and a witness;
 2. handover - nursing shift handovers (SBAR, transmissions ciblées, consegne), home-care tour lists (Markdown, TSV,
    fixed-width) and care-app YAML exports with relatives, GPs and practices;
 3. invoice - pdftotext -layout output of tradespeople's and freelancers' invoices (two columns on one line, customer
    block, item table, footer with managing director, register and bank) and HTML order receipts of online shops;
 4. marketplace - classified-ad conversations (Kleinanzeigen, willhaben, tutti.ch, leboncoin, 2ememain, Subito,
    Gumtree, DoneDeal, Craigslist, Kijiji, Trade Me ...): shipping, pick-up, payment (PayPal, IBAN, TWINT, Lydia, Wero,
    Satispay, Zelle, Interac, PayID) and phishing ("secure payment" links with a card number typed in);
 5. reunion - class reunion and alumni tracking lists (CSV with quoted cells, TSV, Markdown) with maiden names and old
    addresses, and the organiser's invitation / reminder mail;
 6. dsar - data subject access requests (Art. 15 GDPR, Swiss DSG, CCPA, PIPEDA, APP 12, IPP 6) and the data exports
    companies send back (indented and compact JSON, also with \\u escapes; XML);
 7. customs - CN 23 customs declarations (bilingual labels, upper case), import notices with the user's reply, and
    relocation-goods declarations (ToR01, CBP 3299, B4, B534 ...) with family members;
 8. accountswitch - bank account switching forms (Kontowechselhilfe, mandat de mobilité bancaire, Easy Switch,
    portabilità, Current Account Switch Service, direct-deposit change forms) with standing orders and debits, and a
    note to the landlord with the new IBAN;
 9. beneficiary - life-insurance and pension beneficiary designations (Bezugsrecht, clause bénéficiaire, beneficiari,
    expression of wish, 401(k) designation, binding death benefit nomination) with witnesses;
10. directory - LDAP/LDIF entries, PowerShell Get-ADUser output, Microsoft Graph user JSON and csvde CSV exports with
    the error that made the user paste them;
11. visa - invitation letters for visitor visas and hosting declarations (Verpflichtungserklärung context, attestation
    d'accueil, dichiarazione di ospitalità, letters of invitation) with guests' addresses and phones abroad;
12. emergencyfile - family emergency binders / in-case-of-emergency sheets (Markdown or indented text): personal data,
    contacts, doctors and pharmacy, accounts and cards to block, powers of attorney, spare keys.
Values appear in prose, "Label: value" forms, two-line address blocks, Markdown, fixed-width, tab-, semicolon- and
comma-separated tables (quoted and unquoted cells), pdftotext two-column layouts, HTML (<br> blocks, mailto links),
JSON (indented, compact, \\u escapes), YAML (plain, single- and double-quoted), XML, LDIF (with "$" line separators),
PowerShell Format-List output, chat transcripts with time stamps, in upper case and mixed case, in each country's
conventions (German "str.", Austrian "/Top", "/Stiege/Tür" and "Jänner", Swiss "strasse", French "bis"/"ter", building
and flat lines, upper-case towns and BP ... CEDEX, Belgian "bte"/"boîte"/"bus", Luxembourg "12, rue ..." and "L-"
postcodes, Italian "n.", "int.", "scala", "piano" and province codes, British postcodes after the town, Irish
Eircodes and counties, US/Canadian states and provinces, Canadian "unit-civic" numbers, Australian "Unit 3/12",
New Zealand suburbs, PO boxes, addresses abroad in Türkiye, India, Portugal, Brazil, Poland, Spain, Vietnam,
Indonesia, Ghana, Nigeria, Romania, Croatia, Mexico, Colombia, Ukraine, Albania, Kenya, Morocco, the Philippines);
phone numbers national and international with "(0)", "00", slashes, dots, hyphens, parentheses, compact, and DIN
5008 extensions; dates of birth numeric, two-digit years, with month names (capitalised or not, "1er", "1°",
ordinals), ISO, ISO with a time, US month-first.  Names in "First Last", "Last, First", "LAST First", "A. Last",
"First L.", all capitals, with middle names, particles, double-barrelled names, maiden names, nicknames, names
that are ordinary words, diacritics and their ASCII spellings (in e-mail addresses), escaped commas in LDAP DNs and
\\u escapes in JSON.  Unlabelled distractors: file, case, claim, order, customer, invoice, listing, tracking, policy,
member, participant, passport, employee and ticket numbers, user ids and handles, object GUIDs, creditor identifiers,
mandate references, VAT/register/SIRET/ABN/EIN/GST/UID numbers, health and insurance numbers, HS codes, amounts,
plain dates and times (travel, signing, moving, due, incident dates), non-IBAN bank details (sort codes, routing,
transit, BSB, NZ account numbers), BICs, masked cards, last-four digits and expiry dates, IP addresses, URLs, role
mailboxes (kanzlei@, secretariat@, segreteria@, reception@, datenschutz@, rgpd@, dpo@, privacy@, info@ ...), public
hotlines, emergency, customs-information and card-blocking numbers, bare internal extensions, key-safe and door codes,
room and bed numbers, blood groups, companies and law firms made of surnames, schools, restaurants, cafés, pubs,
pharmacies and embassies named after people or places, courts, diseases named after people, towns and postcodes
alone, pets.

Names: Faker locales az_AZ, cs_CZ, da_DK, de_AT, de_CH, de_DE, de_LI, de_LU, en_AU, en_CA, en_GB, en_IE, en_IN, en_KE,
en_NG, en_NZ, en_US, es_AR, es_CL, es_CO, es_ES, es_MX, et_EE, fi_FI, fr_BE, fr_CA, fr_CH, fr_DZ, fr_FR, ga_IE, ha_NG,
hr_HR, hu_HU, id_ID, ig_NG, is_IS, it_IT, lv_LV, nl_BE, nl_NL, no_NO, pl_PL, pt_BR, pt_PT, ro_RO, sk_SK, sl_SI, sv_SE,
sw, tr_TR, tw_GH, uz_UZ, vi_VN, yo_NG, zu_ZA (gendered first and last names), plus lists written here (Romansh,
Breton/Corsican, Luxembourgish, southern Italian, Ticinese, Welsh/Scottish, Maori, Arabic, Ukrainian,
Afghan/Persian, Albanian/Kosovar, Sri Lankan Tamil, Chinese pinyin, Somali/Eritrean, Korean/Japanese romanised,
Greek, Bosnian/Croatian/Serbian, Hebrew, West African (Senegal, Mali, Guinea), Congolese, Andean (Quechua/Aymara),
Filipino, Armenian/Georgian, Roma/Sinti; names that are ordinary words, nicknames and surnames with particles or
double-barrelled in each language).  Only Latin script (checked per name).  About half the names (56 %) come from
the region's own locales and lists.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, CARD), copied from holdout8 (which copied them
from holdout5..holdout7):
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
Further decisions copied from holdout5's clarifications (via holdout6/7/8): a surname alone ("Frau Huber", "famille
DUPONT", a ``last_name`` field) and a first name alone (a ``first_name`` field) are PERSON; lowercase names are PERSON;
"Peter und Claudia Huber" is two spans ("Peter", "Claudia Huber"); maiden and married names joined by "geb.", "née",
"nata", "(née ...)" are separate PERSON spans with the connector outside; pets' names and dates of birth are not
labelled; the dates of birth of children are DOB, dates of moving in, issue, travel, vaccination and signing are plain
dates; a two-line address block is two spans, and a structured record whose street and "postcode town" are separate
values is two spans as well; quotes around a value are outside the span; passport, tax, social-security,
national-id, insurance and health-service numbers, and non-IBAN bank details (sort codes, account and routing
numbers, BSB, transit numbers) have no type and are unlabelled.
Clarifications copied from holdout6, holdout7 and holdout8: values are labelled exactly as written in the source (a
JSON escape inside a name is inside the span); a first name with the initial of the surname ("Lisa K.") is one PERSON
span including the dot; diseases named after people (Morbus Parkinson, thyroïdite de Hashimoto, Alzheimer's dementia)
are not PERSON, nor are the names of hospitals, schools and practices; a national phone number with its area code in
parentheses is one PHONE span including the parentheses, a DIN-style extension joined by a hyphen is inside the span;
a business's phone number (a practice, a pharmacy, an authority's office) is PHONE, the hotlines next to it are not;
a form or table that keeps the postcode and/or town in fields of their own: the street field is ADDRESS, the separate
postcode and town fields are not labelled; a place of birth next to a date of birth is outside the DOB span, a date of
birth with a two-digit year is DOB; national ids that contain the date of birth are unlabelled and their digits are not
DOB; "Herrn und Frau Meier", "M. et Mme DUPONT": the surname is one PERSON span; short forms in rosters ("Meier A.",
"A. Meier", "Anna M.") are PERSON; firms, hotels, pharmacies, foundations and laws that contain the name of a person and
Faker company names made of surnames are not labelled; a doorbell label with a surname is PERSON; kinship and role words
(Tochter, sa fille, la figlia, daughter, Betreuer, LPA holder) are outside the PERSON span; restaurants named after
people (Trattoria Da Gino, Brasserie Chez Paul) and streets without a number are unlabelled; a company's PO box with
postcode and town is an ADDRESS; SEPA creditor identifiers and mandate references are unlabelled; a full card number
in an export is CARD, "last4" and masked numbers are not.

Clarifications decided here while writing the templates (never after looking at any anonymizer output):
* Lawyers and settlements: a case caption "Meier ./. Schulz" is two PERSON spans; law-firm names made of the partners'
  surnames ("Scheuermann & Koch Rechtsanwälte", "Cabinet X & Y Avocats associés", "X Y LLP") are firms, unlabelled;
  Maître / Me / Avv. / RA / Rechtsanwältin / Solicitor are outside; courts, case numbers (Az., RG, R.G., claim no.),
  "Unser Zeichen" references and the firm's initials are unlabelled; the demand's plain dates are not DOB; an office
  address written "Street 12 · 12345 Town" on one line is one ADDRESS span ("·" inside).
* Handovers: nurses' prefixes (Sr., Pfl., IDE, inf., RN, Staff Nurse, Charge Nurse, Sister) are outside the PERSON
  span; "Dr. Name" in a YAML value: "Dr." outside; room, bay and bed numbers, key-safe and door codes, ward extensions,
  Versichertennummer / NHS / NHI / MRN / Medicare numbers and shift times are unlabelled; the birth sign "*" before a
  date is a cue (outside the DOB span).
* Invoices: in pdftotext's two-column lines each value is its own span (the customer block's street and town lines are
  two ADDRESS spans even when invoice data follows them on the same line); the seller's address in the header and in the
  small sender line above the address window is one ADDRESS span each; the contact person and the managing director are
  PERSON; a "site address" is ADDRESS; in HTML, "<br>" separates the lines of an address block (two spans, tags
  outside), a "mailto:" link's address and its link text are each EMAIL, "&middot;" is outside every span.
* Marketplace chats: a display name ("Anna B.", "Tiziano") is PERSON, a user name with digits ("eve92") is a user id
  and unlabelled; PayPal and Interac addresses are EMAIL; phone numbers used as TWINT / Lydia / Wero / Payconiq /
  Satispay / Zelle / PayID keys are PHONE; a Venmo handle is a user id; "klingeln bei Meier/Huber" is two PERSON spans,
  the "/" outside; a card number typed into a phishing page is CARD, its expiry is not; listing ids, URLs and tracking
  numbers are unlabelled.
* Reunions: schools named after people (Goethe-Gymnasium, lycée Victor-Hugo, Liceo «Galileo Galilei», Thomas Jefferson
  High School), venues and pubs (The Duke of Wellington, Nelson's Bar & Grill, Café Luise) are unlabelled; a maiden-name
  column and "heißt jetzt Anna Krüger" are PERSON; classmates' dates of birth in the list are DOB; RSVP states and
  graduation years are unlabelled.
* Data exports: JSON ``street`` / XML ``line1`` are ADDRESS, ``postal_code``, ``zip``, ``city`` and ``country`` are not;
  a date of birth with a time part ("1984-03-12T00:00:00Z") is one DOB span including the time; a support agent's first
  name is PERSON; ``pan`` with a full number is CARD; privacy mailboxes (datenschutz@, dsb@, rgpd@, dpo@, privacy@,
  protezionedati@) are role mailboxes, the named DPO is PERSON.
* Customs: a CN 23 "PLZ / Ort", "Code postal / Ville", "CAP / Città" or "Town / postcode" field holding postcode and
  town is the second ADDRESS span of the street field's address; the country field is unlabelled; addresses abroad with
  street, number, postcode and town are ADDRESS, their phone numbers PHONE; customs-information numbers (Zentrale
  Auskunft, Info Douane Service, HMRC, CBP INFO Center, CBSA, ABF, NZ Customs) are public hotlines; a customs office's
  address is ADDRESS and its enquiries number PHONE; EORI, HS codes, weights and values are unlabelled.
* Account switching: payees who are persons and their IBANs are labelled, companies (employer, utilities) are not; a
  child named in "Taschengeld (Lena)" is PERSON; creditor identifiers ("DE12ZZZ...", "SUN ...") are unlabelled; the
  card to be cancelled is CARD; the bank adviser is PERSON and their phone PHONE.
* Beneficiary designations: policy, member and participant numbers and shares are unlabelled; every beneficiary's name
  and date of birth is labelled (children's too); witnesses' names and addresses are labelled.
* Directory exports: a name inside an LDAP distinguished name ("cn=Anna Meier,ou=...", "CN=Meier\\, Anna,OU=...") is a
  PERSON span ("cn=" outside, an escaped comma "\\," inside); uid, sAMAccountName, employeeNumber, objectGUID and Graph
  ids are unlabelled; a userPrincipalName written as an e-mail address is EMAIL; LDIF ``postalAddress`` /
  ``homePostalAddress`` with "$" between the lines is two ADDRESS spans ("$" outside); ``street`` / ``StreetAddress`` /
  ``streetAddress`` are ADDRESS, ``postalCode``, ``l``, ``City`` and ``officeLocation`` are not; Graph ``birthday`` is
  DOB; OU and DC components naming towns, departments or the company are unlabelled.
* Visa invitations: embassy and consulate names, passport numbers, the host's nationality, status and employer, and
  the visit's dates are unlabelled; the guest's place of birth is outside the DOB span.
* Emergency files: blood groups, health-insurance and health-card numbers, allergies and pets are unlabelled; the
  pharmacy's and the vet's numbers are PHONE (the pharmacy name is not labelled); card-blocking lines (116 116,
  0 892 705 705, 159 ...) are unlabelled hotlines; the notary's or solicitor's name is PERSON and office ADDRESS; a
  neighbour's surname after a title ("Frau Huber") is PERSON.
* French and Italian gendered forms are resolved per person ("né"/"née", "nato"/"nata"); the cue is outside the DOB
  span in either form.

Usage (repo root): python bench/privacy/generate_holdout9.py [--out PATH]
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import re
import string
import unicodedata
from pathlib import Path

from faker import Faker

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "privacy" / "data" / "synthetic_holdout9.jsonl"
SET = "holdout9"
LANGS = ["de", "fr", "it", "en"]
REGIONS = {
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH", "LU"],
    "it": ["IT", "CH"],
    "en": ["GB", "IE", "US", "CA", "AU", "NZ"],
}
N_DOCS = 10
TYPES = ("PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS", "DOB", "CARD")


# ---------------------------------------------------------------------------------------------------------------
# Document builder: text segments, some of them labelled.
# ---------------------------------------------------------------------------------------------------------------


class L:
    """A labelled value: the text exactly as written and its type."""

    __slots__ = ("v", "t")

    def __init__(self, v: str, t: str) -> None:
        assert t in TYPES, t
        self.v = v
        self.t = t

    def __repr__(self) -> str:
        return f"L({self.v!r}, {self.t})"


def P(v: str) -> L:
    return L(v, "PERSON")


def EM(v: str) -> L:
    return L(v, "EMAIL")


def PH(v: str) -> L:
    return L(v, "PHONE")


def IB(v: str) -> L:
    return L(v, "IBAN")


def AD(v: str) -> L:
    return L(v, "ADDRESS")


def DB(v: str) -> L:
    return L(v, "DOB")


def CC(v: str) -> L:
    return L(v, "CARD")


def case(seg, mode: str | None):
    """Apply upper/lower case to a segment tree."""
    if mode is None:
        return seg
    f = str.upper if mode == "upper" else str.lower
    if isinstance(seg, str):
        return f(seg)
    if isinstance(seg, L):
        return L(f(seg.v), seg.t)
    return [case(s, mode) for s in seg]


def flat(seg):
    if isinstance(seg, (int, float)):
        yield str(seg)
    elif isinstance(seg, (str, L)):
        yield seg
    else:
        for s in seg:
            yield from flat(s)


def seg_text(seg) -> str:
    return "".join(s if isinstance(s, str) else s.v for s in flat(seg))


class Doc:
    def __init__(self) -> None:
        self.buf: list[str] = []
        self.n = 0
        self.ents: list[tuple[int, int, str, str]] = []

    def __call__(self, *segs) -> Doc:
        for s in flat(list(segs)):
            if isinstance(s, L):
                if not s.v:
                    continue
                self.ents.append((self.n, self.n + len(s.v), s.t, s.v))
                txt = s.v
            else:
                txt = s
            self.buf.append(txt)
            self.n += len(txt)
        return self

    def text(self) -> str:
        return "".join(self.buf)


# --- structured formats --------------------------------------------------------------------------------------


def jstr(v, ascii_only: bool = False):
    """A JSON string; a labelled value keeps its label on the escaped inner text (quotes outside)."""
    if isinstance(v, L):
        inner = json.dumps(v.v, ensure_ascii=ascii_only)[1:-1]
        return ['"', L(inner, v.t), '"']
    return json.dumps(v, ensure_ascii=ascii_only)


def to_json(obj, indent: int | None = 2, ascii_only: bool = False, level: int = 0):
    """Serialise dicts/lists/scalars with L values to segments (json.dumps layout)."""
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        out: list = ["{"]
        for k, (key, val) in enumerate(obj.items()):
            if k:
                out.append(sep)
            out += [pad, json.dumps(key, ensure_ascii=ascii_only), ": ", to_json(val, indent, ascii_only, level + 1)]
        out += [end, "}"]
        return out
    if isinstance(obj, list):
        if not obj:
            return "[]"
        out = ["["]
        for k, val in enumerate(obj):
            if k:
                out.append(sep)
            out += [pad, to_json(val, indent, ascii_only, level + 1)]
        out += [end, "]"]
        return out
    if isinstance(obj, (str, L)):
        return jstr(obj, ascii_only)
    return json.dumps(obj)


def csv_row(cells, delim: str = ",", quote: str = "auto") -> list:
    """One CSV line; quote = 'all', 'none' or 'auto' (quote when needed)."""
    out: list = []
    for k, c in enumerate(cells):
        if k:
            out.append(delim)
        raw = seg_text(c)
        q = quote == "all" or (quote == "auto" and (delim in raw or '"' in raw or "\n" in raw))
        if q:
            out.append('"')
            for piece in flat(c):
                if isinstance(piece, L):
                    out.append(L(piece.v.replace('"', '""'), piece.t))
                else:
                    out.append(piece.replace('"', '""'))
            out.append('"')
        else:
            out.append(c)
    out.append("\n")
    return out


def md_table(header, rows) -> list:
    out: list = ["| " + " | ".join(header) + " |\n", "|" + "|".join("---" for _ in header) + "|\n"]
    for r in rows:
        line: list = ["| "]
        for k, c in enumerate(r):
            if k:
                line.append(" | ")
            line.append(c)
        line.append(" |\n")
        out += line
    return out


def fixed_row(cells, widths) -> list:
    out: list = []
    for c, w in zip(cells, widths, strict=True):
        t = seg_text(c)
        out += [c, " " * max(1, w - len(t))]
    # strip trailing spaces of the last cell
    last = out.pop()
    if last.strip():
        out.append(last)
    out.append("\n")
    return out


def xml_esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xl(v):
    """XML-escape a value (labelled values keep their label on the escaped text)."""
    if isinstance(v, L):
        return L(xml_esc(v.v), v.t)
    return xml_esc(str(v))


def yaml_val(v, style: str = "plain"):
    raw = v.v if isinstance(v, L) else str(v)
    needs = style != "plain" or any(ch in raw for ch in ":#'\"") or raw[:1] in "@&*!|>%[{-+" or raw == ""
    if not needs:
        return v if isinstance(v, L) else raw
    if style == "single" or (style == "plain" and '"' in raw):
        inner = raw.replace("'", "''")
        q = "'"
    else:
        inner = raw.replace("\\", "\\\\").replace('"', '\\"')
        q = '"'
    return [q, L(inner, v.t) if isinstance(v, L) else inner, q]


# ---------------------------------------------------------------------------------------------------------------
# Checksums
# ---------------------------------------------------------------------------------------------------------------


def luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for k, dgt in enumerate(reversed(digits)):
        if k % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


def iban_ok(iban: str) -> bool:
    s = "".join(iban.split()).upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97 == 1


def iban_check(country: str, bban: str) -> str:
    r = bban + country + "00"
    n = "".join(str(int(ch, 36)) for ch in r)
    return f"{98 - int(n) % 97:02d}"


# ---------------------------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------------------------

FOREIGN_LOCALES = [
    "az_AZ", "cs_CZ", "da_DK", "de_LI", "en_IN", "en_KE", "en_NG", "es_AR", "es_CL", "es_CO", "es_ES",
    "es_MX", "et_EE", "fi_FI", "fr_DZ", "ha_NG", "hr_HR", "hu_HU", "id_ID", "ig_NG", "is_IS", "lv_LV",
    "nl_BE", "nl_NL", "no_NO", "pl_PL", "pt_BR", "pt_PT", "ro_RO", "sk_SK", "sl_SI", "sv_SE", "sw", "tr_TR",
    "tw_GH", "uz_UZ", "vi_VN", "yo_NG", "zu_ZA", "de_DE", "fr_FR", "it_IT", "en_GB", "en_US", "ga_IE", "fr_CA",
]

# Region's own locales (weight by repetition).
REGION_LOCALES = {
    ("de", "DE"): ["de_DE", "de_DE", "de_DE"],
    ("de", "AT"): ["de_AT", "de_AT", "de_DE"],
    ("de", "CH"): ["de_CH", "de_CH", "#romansh"],
    ("fr", "FR"): ["fr_FR", "fr_FR", "#breton_corsican"],
    ("fr", "BE"): ["fr_BE", "fr_BE", "nl_BE"],
    ("fr", "CH"): ["fr_CH", "fr_CH", "fr_FR"],
    ("fr", "LU"): ["de_LU", "#luxembourgish", "fr_FR"],
    ("it", "IT"): ["it_IT", "it_IT", "#southern_it"],
    ("it", "CH"): ["#ticinese", "it_IT", "de_CH"],
    ("en", "GB"): ["en_GB", "en_GB", "#welsh_scots"],
    ("en", "IE"): ["en_IE", "ga_IE", "en_IE"],
    ("en", "US"): ["en_US", "en_US", "es_MX"],
    ("en", "CA"): ["en_CA", "en_CA", "fr_CA"],
    ("en", "AU"): ["en_AU", "en_AU", "en_GB"],
    ("en", "NZ"): ["en_NZ", "en_NZ", "#maori"],
}

# Lists written here: (female firsts, male firsts, surnames).
CUSTOM = {
    "#romansh": (["Mengia", "Ladina", "Flurina", "Seraina", "Annigna", "Corina", "Madlaina"],
                 ["Curdin", "Flurin", "Gian", "Duri", "Men", "Gion", "Reto", "Not"],
                 ["Cadonau", "Tscharner", "Caflisch", "Bezzola", "Casanova", "Derungs", "Cathomen", "Sialm",
                  "Arpagaus", "Vieli", "Candinas", "Tuor"]),
    "#breton_corsican": (["Maëlys", "Nolwenn", "Gwenaëlle", "Anaïg", "Letizia", "Maddalena", "Soizic"],
                         ["Yannick", "Gwendal", "Erwan", "Loïc", "Ghjuvan", "Petru", "Tangi"],
                         ["Le Goff", "Kerjean", "Le Bihan", "Quéméner", "Guivarc'h", "Santoni", "Albertini",
                          "Pietri", "Casanova", "Le Floc'h", "Tanguy", "Mattei"]),
    "#luxembourgish": (["Josée", "Mett", "Nicole", "Monique", "Françoise", "Liette", "Sandy"],
                       ["Jhemp", "Gusty", "Fernand", "Romain", "Marc", "Camille", "Jos"],
                       ["Kieffer", "Schmit", "Weis", "Hoffmann", "Reuter", "Wagner", "Thill", "Hansen",
                        "Kremer", "Muller", "Feller", "Theisen"]),
    "#southern_it": (["Concetta", "Carmela", "Rosaria", "Nunzia", "Agata", "Grazia", "Immacolata"],
                     ["Salvatore", "Gennaro", "Calogero", "Cosimo", "Rocco", "Vincenzo", "Pasquale"],
                     ["Esposito", "La Rosa", "Lo Iacono", "Di Stefano", "D'Amico", "Caruso", "Lombardo",
                      "Musumeci", "Scognamiglio", "Pappalardo", "Cuccurullo", "Iannuzzi"]),
    "#ticinese": (["Ilaria", "Nives", "Fiorenza", "Sabrina", "Mirta", "Tiziana", "Orsola"],
                  ["Fabio", "Mattia", "Ivo", "Moreno", "Graziano", "Tiziano", "Remo"],
                  ["Gianinazzi", "Pedrazzini", "Lepori", "Cattaneo", "Bernasconi", "Lurati", "Guscetti",
                   "Foletti", "Respini", "Beffa", "Quadri", "Balestra"]),
    "#welsh_scots": (["Angharad", "Cerys", "Eilidh", "Morag", "Ffion", "Catriona", "Siân"],
                     ["Dafydd", "Gethin", "Hamish", "Callum", "Rhodri", "Alasdair", "Iwan"],
                     ["Llewellyn", "ap Rhys", "MacLeod", "McTavish", "Pritchard", "Cadwallader", "Urquhart",
                      "MacKinnon", "Bevan", "Gruffydd", "Menzies", "Colquhoun"]),
    "#maori": (["Aroha", "Mere", "Hine", "Ngaire", "Anahera", "Kiri", "Te Aroha"],
               ["Wiremu", "Tama", "Rawiri", "Hemi", "Nikau", "Manaia", "Tipene"],
               ["Ngata", "Parata", "Te Rangi", "Tāwhai", "Walker", "Tuhoe", "Horomona", "Te Whata", "Kereama",
                "Rangihuna", "Paewai", "Tautahi"]),
    "#arabic": (["Rania", "Layla", "Samira", "Nour", "Hiba", "Yasmina", "Dounia"],
                ["Youssef", "Khaled", "Tarek", "Bilal", "Omar", "Karim", "Anas"],
                ["El-Masri", "Haddad", "Al-Rashid", "Benali", "Khoury", "Nasser", "Mansour", "Abdelkader",
                 "El Amrani", "Bouzid", "Saleh", "Al Hakim"]),
    "#ukrainian": (["Oksana", "Yuliia", "Iryna", "Olena", "Nataliia", "Khrystyna", "Tetiana"],
                   ["Dmytro", "Taras", "Andrii", "Oleksandr", "Bohdan", "Serhii", "Mykola"],
                   ["Kovalenko", "Shevchuk", "Bondarenko", "Melnyk", "Tkachenko", "Kravets", "Hrytsenko",
                    "Lysenko", "Savchuk", "Moroz", "Boiko", "Ostapenko"]),
    "#afghan_persian": (["Shirin", "Parisa", "Zohal", "Mahsa", "Laleh", "Freshta", "Nargis"],
                        ["Farshid", "Mehdi", "Ahmad Zia", "Omid", "Wahid", "Dariush", "Navid"],
                        ["Rahimi", "Ahmadzai", "Karimi", "Sadeghi", "Popal", "Hosseini", "Stanikzai", "Azizi",
                         "Tavakoli", "Noori", "Wardak", "Jafari"]),
    "#albanian": (["Blerina", "Valbona", "Arta", "Drita", "Mimoza", "Fjolla", "Teuta"],
                  ["Arbër", "Dren", "Besnik", "Agon", "Fatos", "Ilir", "Valon"],
                  ["Krasniqi", "Gashi", "Berisha", "Hoxha", "Morina", "Shala", "Kelmendi", "Rexhepi",
                   "Bytyqi", "Thaçi", "Zeqiri", "Hasani"]),
    "#tamil": (["Nirosha", "Thanuja", "Kavitha", "Sharmila", "Luxmi", "Mathumitha", "Abirami"],
               ["Tharshan", "Kajan", "Suthan", "Niroshan", "Prasanth", "Thevan", "Sivakumar"],
               ["Sivakumar", "Rajendran", "Thevarajah", "Kandiah", "Balasingam", "Nadarajah", "Selvarajah",
                "Ponnambalam", "Yogarajah", "Arumugam", "Sinnathamby", "Vigneswaran"]),
    "#pinyin": (["Xiaoyu", "Jing", "Meiling", "Huifang", "Yuxin", "Lanlan", "Qing"],
                ["Wei", "Hao", "Jun", "Zhiqiang", "Yifan", "Lei", "Bo"],
                ["Zhang", "Wang", "Li", "Chen", "Liu", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma"]),
    "#somali_eritrean": (["Hodan", "Ayaan", "Faduma", "Senait", "Luwam", "Saba", "Hamdi"],
                         ["Abdirahman", "Mohamed", "Yonas", "Tesfay", "Abdiqani", "Filmon", "Dawit"],
                         ["Warsame", "Farah", "Abdi", "Ghebremariam", "Tesfamariam", "Habte", "Osman", "Yusuf",
                          "Haile", "Mehari", "Jama", "Hirsi"]),
    "#korean_japanese": (["Ji-woo", "Seo-yeon", "Yui", "Haruka", "Min-seo", "Aoi", "Sakura"],
                         ["Min-jun", "Haruto", "Ren", "Jae-hyun", "Sota", "Do-yun", "Kenji"],
                         ["Kim", "Park", "Lee", "Choi", "Sato", "Tanaka", "Nakamura", "Watanabe", "Kobayashi",
                          "Jeong", "Yamamoto", "Han"]),
    "#greek": (["Eleni", "Katerina", "Despina", "Sofia", "Vasiliki", "Georgia", "Ioanna"],
               ["Dimitrios", "Nikos", "Giorgos", "Konstantinos", "Panagiotis", "Stavros", "Christos"],
               ["Papadopoulos", "Georgiou", "Karagiannis", "Oikonomou", "Vlachos", "Papanikolaou",
                "Dimitriou", "Angelopoulos", "Christodoulou", "Makris", "Alexiou", "Stavrou"]),
    "#balkan": (["Jelena", "Amra", "Milica", "Lejla", "Ivana", "Dragana", "Selma"],
                ["Emir", "Nikola", "Dragan", "Adnan", "Miloš", "Haris", "Zoran"],
                ["Marković", "Hodžić", "Begović", "Jovanović", "Kovačević", "Delić", "Petrović", "Mehmedović",
                 "Nikolić", "Šarić", "Stojanović", "Babić"]),
    "#hebrew": (["Noa", "Yael", "Tamar", "Shira", "Maayan", "Hadas", "Michal"],
                ["Eitan", "Yonatan", "Avi", "Noam", "Itai", "Gil", "Amir"],
                ["Ben-David", "Friedmann", "Shapiro", "Mizrahi", "Peretz", "Levi", "Avraham", "Katz",
                 "Biton", "Ohana", "Dahan", "Rosenthal"]),
    "#westafrican": (["Aïssatou", "Fatoumata", "Mariama", "Kadiatou", "Awa", "Ndeye", "Binta"],
                     ["Mamadou", "Ousmane", "Cheikh", "Moussa", "Ibrahima", "Abdoulaye", "Seydou"],
                     ["Diallo", "Ndiaye", "Traoré", "Keïta", "Sow", "Camara", "Coulibaly", "Diop", "Ba",
                      "Sylla", "Konaté", "Touré"]),
    "#congolese": (["Grâce", "Nadège", "Bénédicte", "Merveille", "Divine", "Chancelle", "Gloria"],
                   ["Patrick", "Dieudonné", "Jean-Pierre", "Trésor", "Bienvenu", "Fiston", "Héritier"],
                   ["Mukendi", "Kabongo", "Tshibanda", "Ilunga", "Mbuyi", "Kalonji", "Lukusa", "Nsimba",
                    "Mulumba", "Kasongo", "Makiese", "Lumbala"]),
    "#andean": (["Quispe", "Wayra", "Killa", "Rosa Amelia", "Yolanda", "Nayra", "Sumaq"],
                ["Wilfredo", "Teodoro", "Inti", "Eusebio", "Rómulo", "Amaru", "Hilario"],
                ["Mamani", "Quispe", "Condori", "Huanca", "Choque", "Apaza", "Ticona", "Flores Mamani",
                 "Cusi", "Yupanqui", "Limachi", "Chambi"]),
    "#filipino": (["Maricel", "Jennilyn", "Rowena", "Divina", "Lorna", "Marites", "Kristine Joy"],
                  ["Jomar", "Rodel", "Ariel", "Ronaldo", "Jun-jun", "Efren", "Reynaldo"],
                  ["Dela Cruz", "Santos", "Bautista", "Macaraeg", "Villanueva", "Manalo", "Dimaculangan",
                   "Pascual", "Mendoza", "Tolentino", "Lacson", "Aquino"]),
    "#armenian_georgian": (["Anahit", "Nino", "Lusine", "Tamar", "Mariam", "Ketevan", "Gayane"],
                           ["Aram", "Giorgi", "Levan", "Tigran", "Davit", "Zurab", "Hovhannes"],
                           ["Petrosyan", "Beridze", "Hakobyan", "Kapanadze", "Grigoryan", "Gelashvili",
                            "Sargsyan", "Lomidze", "Avetisyan", "Tsiklauri", "Harutyunyan", "Chikovani"]),
    "#roma_sinti": (["Esmeralda", "Romana", "Sina", "Mery", "Lolita", "Rosina", "Dolores"],
                    ["Django", "Tschawo", "Ricardo", "Zoni", "Marko", "Rigo", "Schukar"],
                    ["Reinhardt", "Weiss", "Rose", "Lagrene", "Franz", "Winterstein", "Mettbach", "Steinbach",
                     "Lehmann", "Höllenreiner", "Schneck", "Adler"]),
}

# Names that are ordinary words, and nicknames, per language: (female firsts, male firsts, surnames).
WORDS = {
    "de": (["Rosa", "Frieda", "Hanne", "Liebe", "Sonnhild", "Wilma", "Heide"],
           ["Wolf", "Engel", "Sieg", "Konrad", "Fritz", "Ernst", "Gottlieb"],
           ["Koch", "Fuchs", "Vogel", "Winter", "Sommer", "Kaiser", "Braun", "Stein", "Fink", "Hahn", "Lamm",
            "Engel", "Schreiner", "Bauer", "König", "Brot", "Mond", "Frühling"]),
    "fr": (["Rose", "Olive", "Prune", "Capucine", "Violette", "Aurore", "Clémence"],
           ["Aimé", "Félix", "Désiré", "Clément", "Honoré", "Constant", "Fidèle"],
           ["Blanc", "Petit", "Boulanger", "Roux", "Mercier", "Chevalier", "Marchand", "Fontaine", "Poisson",
            "Lapin", "Legrand", "Boucher", "Meunier", "Berger", "Masson", "Pain", "Lebrun", "Vacher"]),
    "it": (["Serena", "Vittoria", "Rosa", "Stella", "Gioia", "Speranza", "Viola"],
           ["Felice", "Benvenuto", "Fortunato", "Sereno", "Leone", "Bruno", "Innocenzo"],
           ["Ferro", "Bianco", "Russo", "Gallo", "Leone", "Fiore", "Monti", "Sole", "Pace", "Rana", "Capra",
            "Porta", "Mancini", "Conte", "Piccolo", "Grasso", "Bello", "Santo"]),
    "en": (["Hope", "Faith", "Summer", "Grace", "Ivy", "June", "Dawn"],
           ["Will", "Bill", "Mark", "Rich", "Hunter", "Chase", "Drew"],
           ["Baker", "Smith", "Brown", "Young", "Rose", "Bishop", "Cook", "Mason", "Page", "Hunter", "Little",
            "Moody", "Sharp", "Gentle", "Fox", "Wise", "Bird", "Field"]),
}
NICKS = {
    "de": ["Steffi", "Bine", "Flo", "Schorsch", "Consti", "Jojo", "Basti", "Kathi", "Maxi", "Uschi", "Sepp", "Resi"],
    "fr": ["Juju", "Titou", "Mimi", "Pierrot", "Lolo", "Manu", "Fanfan", "Zaza", "Gégé", "Nanou", "Jojo", "Kiki"],
    "it": ["Gigi", "Pino", "Ciccio", "Lele", "Titti", "Fede", "Ale", "Betta", "Totò", "Pippo", "Nene", "Vale"],
    "en": ["Bex", "Jonno", "Sully", "Tash", "Macca", "Lizzie", "Robbo", "Bazza", "Shaz", "Woody", "Kez", "Dazza"],
}
PARTICLE_SURNAMES = {
    "de": ["von Bülow", "von der Heide", "zu Stolberg", "van Dyk", "von Arx", "de Boer", "auf der Maur",
           "Müller-Lüdenscheidt", "Schulte-Bockholt", "vom Stein", "Graf-Ruprecht", "ter Horst"],
    "fr": ["de La Roche", "du Pontavice", "d'Aubigny", "Le Gall", "de Villiers", "Saint-Clair", "Dupont-Aignan",
           "de la Fontaine", "Van den Bossche", "d'Ornano", "Le Roux-Maréchal", "des Cars"],
    "it": ["Di Pietro", "De Luca", "Lo Bianco", "Dal Maso", "Della Valle", "D'Alessandro", "La Malfa",
           "De Santis", "Dalla Chiesa", "Lo Presti", "Degli Esposti", "Del Vecchio"],
    "en": ["O'Sullivan", "McAllister", "MacDonald", "de la Cruz", "Van der Merwe", "FitzGerald", "O'Neill",
           "Ashby-Clarke", "St. John", "al-Hassan", "DeLuca", "Bowes-Lyon"],
}
TITLES = {
    "de": {"f": ["Frau", "Frau Dr.", "Fr."], "m": ["Herr", "Herr Dr.", "Hr."]},
    "fr": {"f": ["Mme", "Madame", "Mme"], "m": ["M.", "Monsieur", "M."]},
    "it": {"f": ["Sig.ra", "Signora", "Dott.ssa"], "m": ["Sig.", "Signor", "Dott."]},
    "en": {"f": ["Ms", "Mrs", "Dr"], "m": ["Mr", "Mr.", "Dr"]},
}


def is_latin(s: str) -> bool:
    return all((not c.isalpha()) or unicodedata.name(c, "").startswith("LATIN") for c in s)


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ł", "l")
    s = s.replace("ı", "i").replace("ð", "d").replace("þ", "th").replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


_FAKERS: dict[str, Faker] = {}


class Person:
    def __init__(self, first: str, last: str, g: str, src: str) -> None:
        self.first = first
        self.last = last
        self.g = g  # "f" or "m"
        self.src = src

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def rev(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def upfirst(self) -> str:
        return f"{self.last.upper()} {self.first}"

    @property
    def init(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def short(self) -> str:
        return f"{self.first} {self.last[0]}."

    @property
    def given(self) -> str:
        return self.first.split()[0]


class Ctx:
    """Per-document state: language, region, random generator, Fakers re-seeded on first use."""

    def __init__(self, lang: str, region: str, tpl: str, i: int) -> None:
        self.lang = lang
        self.region = region
        self.tpl = tpl
        self.i = i
        self.key = f"{SET}|{lang}|{tpl}|{i}"
        self.rng = random.Random(self.key)
        self.seeded: set[str] = set()
        self.used: set[str] = set()
        self._office: str | None = None

    # -- randomness
    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob

    def r(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def digits(self, n: int) -> str:
        return "".join(self.c(string.digits) for _ in range(n))

    def fk(self, loc: str) -> Faker:
        if loc not in _FAKERS:
            _FAKERS[loc] = Faker(loc)
        f = _FAKERS[loc]
        if loc not in self.seeded:
            f.seed_instance(f"{self.key}|{loc}")
            self.seeded.add(loc)
        return f

    # -- names
    def _raw_name(self, src: str, g: str) -> tuple[str, str]:
        if src.startswith("#"):
            fem, mal, sur = CUSTOM[src]
            return self.c(fem if g == "f" else mal), self.c(sur)
        if src.startswith("@"):  # ordinary words / particles of the document's language
            fem, mal, sur = WORDS[self.lang]
            first = self.c(fem if g == "f" else mal)
            f = self.fk(self.region_locale())
            if src == "@word_first":
                return first, f.last_name()
            if src == "@particle":
                return (f.first_name_female() if g == "f" else f.first_name_male()), self.c(
                    PARTICLE_SURNAMES[self.lang])
            return (f.first_name_female() if g == "f" else f.first_name_male()), self.c(sur)
        f = self.fk(src)
        first = f.first_name_female() if g == "f" else f.first_name_male()
        last = f.last_name_female() if g == "f" else f.last_name_male()
        return first, last

    def region_locale(self) -> str:
        for loc in REGION_LOCALES[(self.lang, self.region)]:
            if not loc.startswith("#"):
                return loc
        return "en_US"

    def person(self, g: str | None = None, local: bool | None = None, last: str | None = None) -> Person:
        g = g or self.c("fm")
        if local is None:
            local = self.p(0.3)
        for _ in range(50):
            if local:
                src = self.c(REGION_LOCALES[(self.lang, self.region)] + ["@word", "@particle"])
            else:
                pool = FOREIGN_LOCALES + [k for k in CUSTOM if k not in (
                    "#romansh", "#luxembourgish", "#ticinese", "#maori", "#welsh_scots", "#breton_corsican",
                    "#southern_it")]
                src = self.c(pool + ["@word_first"])
            first, sur = self._raw_name(src, g)
            if last is not None:
                sur = last
            if not (is_latin(first) and is_latin(sur)) or not first or not sur:
                continue
            if self.p(0.08) and not src.startswith("#"):
                # middle name from the same source
                m, _ = self._raw_name(src, g)
                if m != first and is_latin(m) and " " not in first:
                    first = f"{first} {m}"
            key = f"{first}|{sur}"
            if key in self.used:
                continue
            self.used.add(key)
            return Person(first, sur, g, src)
        raise RuntimeError("no name")

    def nick(self) -> str:
        return self.c(NICKS[self.lang])

    def title(self, p: Person) -> str:
        return self.c(TITLES[self.lang][p.g])


# ---------------------------------------------------------------------------------------------------------------
# Phone numbers (each country's conventions, national and international)
# ---------------------------------------------------------------------------------------------------------------

CC_CODE = {"DE": "49", "AT": "43", "CH": "41", "FR": "33", "BE": "32", "LU": "352", "IT": "39", "GB": "44",
           "IE": "353", "US": "1", "CA": "1", "AU": "61", "NZ": "64"}

AREA = {  # landline area codes (without trunk 0) and subscriber length
    "DE": [("30", 8), ("40", 8), ("89", 8), ("221", 7), ("69", 8), ("711", 7), ("911", 7), ("351", 7),
           ("341", 7), ("511", 7), ("421", 7), ("6221", 6), ("951", 7), ("761", 7), ("431", 7), ("381", 7),
           ("941", 6), ("681", 7), ("361", 7), ("6131", 6), ("251", 7), ("551", 6)],
    "AT": [("1", 7), ("316", 6), ("512", 6), ("662", 6), ("732", 6), ("463", 6), ("2742", 5), ("5574", 5)],
    "CH": [("44", 7), ("31", 7), ("61", 7), ("41", 7), ("71", 7), ("52", 7), ("62", 7), ("81", 7), ("22", 7),
           ("21", 7), ("32", 7), ("26", 7), ("27", 7), ("91", 7)],
    "FR": [("1", 8), ("4", 8), ("5", 8), ("2", 8), ("3", 8), ("9", 8)],
    "BE": [("2", 7), ("4", 7), ("9", 7), ("3", 7), ("81", 6), ("71", 6), ("65", 6), ("10", 6), ("63", 6)],
    "LU": [("2", 7), ("4", 5)],
    "IT": [("02", 8), ("06", 8), ("011", 7), ("055", 7), ("081", 7), ("051", 7), ("041", 7), ("010", 7),
           ("091", 7), ("0471", 6), ("045", 7), ("049", 7), ("070", 6), ("080", 7), ("095", 7)],
    "CHit": [("91", 7)],
    "GB": [("20", 8), ("113", 7), ("161", 7), ("117", 7), ("131", 7), ("29", 8), ("141", 7), ("1603", 6),
           ("1904", 6), ("1273", 6), ("1865", 6), ("114", 7), ("115", 7), ("28", 8)],
    "IE": [("1", 7), ("21", 7), ("91", 6), ("61", 6), ("51", 6), ("45", 6)],
    "US": [("212", 7), ("718", 7), ("617", 7), ("312", 7), ("512", 7), ("713", 7), ("415", 7), ("310", 7),
           ("619", 7), ("206", 7), ("303", 7), ("404", 7), ("215", 7), ("614", 7), ("612", 7), ("503", 7)],
    "CA": [("416", 7), ("647", 7), ("514", 7), ("604", 7), ("613", 7), ("403", 7), ("780", 7), ("902", 7),
           ("204", 7)],
    "AU": [("2", 8), ("3", 8), ("7", 8), ("8", 8)],
    "NZ": [("9", 7), ("4", 7), ("3", 7), ("7", 7), ("6", 7)],
}
MOBILE = {
    "DE": [("151", 8), ("152", 8), ("157", 8), ("160", 7), ("162", 7), ("170", 7), ("171", 7), ("172", 7),
           ("173", 7), ("174", 7), ("175", 7), ("176", 8), ("177", 7), ("178", 7), ("179", 7), ("159", 8)],
    "AT": [("650", 7), ("660", 7), ("664", 7), ("676", 7), ("677", 8), ("680", 7), ("681", 8), ("699", 8)],
    "CH": [("76", 7), ("77", 7), ("78", 7), ("79", 7)],
    "FR": [("6", 8), ("7", 8)],
    "BE": [("470", 6), ("471", 6), ("472", 6), ("475", 6), ("476", 6), ("477", 6), ("478", 6), ("479", 6),
           ("485", 6), ("486", 6), ("488", 6), ("493", 6), ("494", 6), ("497", 6)],
    "LU": [("621", 6), ("628", 6), ("661", 6), ("671", 6), ("691", 6)],
    "IT": [("320", 7), ("328", 7), ("329", 7), ("333", 7), ("334", 7), ("335", 7), ("338", 7), ("339", 7),
           ("340", 7), ("342", 7), ("345", 7), ("347", 7), ("348", 7), ("349", 7), ("366", 7), ("388", 7),
           ("392", 7)],
    "GB": [("7700", 6), ("7911", 6), ("7723", 6), ("7834", 6), ("7456", 6), ("7512", 6), ("7986", 6),
           ("7401", 6), ("7380", 6), ("7563", 6)],
    "IE": [("83", 7), ("85", 7), ("86", 7), ("87", 7), ("89", 7)],
    "AU": [("400", 6), ("401", 6), ("403", 6), ("404", 6), ("407", 6), ("412", 6), ("413", 6), ("414", 6),
           ("417", 6), ("421", 6), ("423", 6), ("430", 6), ("438", 6), ("450", 6)],
    "NZ": [("21", 7), ("22", 7), ("27", 7), ("20", 8), ("21", 6), ("29", 7)],
}


def grp(s: str, sizes, sep: str = " ") -> str:
    out, k = [], 0
    for n in sizes:
        if k >= len(s):
            break
        out.append(s[k:k + n])
        k += n
    if k < len(s):
        out.append(s[k:])
    return sep.join(out)


def nice(sub: str) -> str:
    """Readable grouping of a subscriber number (no single digit left over)."""
    return grp(sub, {4: [2, 2], 5: [3, 2], 6: [3, 3], 7: [3, 2, 2], 8: [3, 3, 2], 9: [3, 3, 3]}.get(len(sub), [4, 4]))


def pairgrp(sub: str) -> str:
    return grp(sub, [2] * 5) if len(sub) % 2 == 0 else grp(sub, [3] + [2] * 4)


def phone(ctx: Ctx, country: str | None = None, kind: str | None = None, style: str | None = None) -> str:
    """A phone number; kind 'mob' or 'land'; style 'nat', 'intl' or None (random)."""
    c = country or ctx.region
    if kind is None:
        kind = "mob" if ctx.p(0.55) else "land"
    if c in ("US", "CA"):
        area, _ = ctx.c(AREA[c])
        ex = str(ctx.r(2, 9)) + ctx.digits(2)
        sub = ctx.digits(4)
        return ctx.c([f"({area}) {ex}-{sub}", f"{area}-{ex}-{sub}", f"{area}.{ex}.{sub}", f"+1 {area} {ex} {sub}",
                      f"1-{area}-{ex}-{sub}", f"+1 ({area}) {ex}-{sub}", f"{area} {ex} {sub}", f"+1-{area}-{ex}-{sub}"])
    if kind == "mob" and c in MOBILE:
        pre, n = ctx.c(MOBILE[c])
    else:
        if c == "CH" and ctx.lang == "it":
            pre, n = ctx.c(AREA["CHit"])
        else:
            pre, n = ctx.c(AREA[c])
    sub = str(ctx.r(2, 9)) + ctx.digits(n - 1)

    if style is None:
        style = "intl" if ctx.p(0.4) else "nat"
    trunk = "" if c == "IT" else "0"
    if c == "LU":
        trunk = ""
    nat_num = trunk + pre
    if c == "DE":
        opts_nat = [f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre}-{sub}", f"(0{pre}) {sub}", f"0{pre} {nice(sub)}",
                    f"0{pre}{sub}", f"0{pre} / {pairgrp(sub)}"]
        if kind == "land" and len(sub) >= 6:
            opts_nat.append(f"0{pre} {sub[:-2]}-{sub[-2:]}")
        opts_int = [f"+49 {pre} {sub}", f"+49 (0){pre} {sub}", f"0049 {pre} {sub}", f"+49-{pre}-{sub}",
                    f"+49{pre}{sub}",
                    f"+49 {pre} {grp(sub, [4, 4])}"]
    elif c == "AT":
        opts_nat = [f"0{pre} {nice(sub)}", f"0{pre}/{sub}", f"0{pre} {sub}", f"(0{pre}) {sub}",
                    f"0{pre}-{sub}"]
        opts_int = [f"+43 {pre} {sub}", f"+43 (0){pre} {sub}", f"0043 {pre} {nice(sub)}",
                    f"+43 {pre}/{sub}", f"+43{pre}{sub}"]
    elif c == "CH":
        s3 = grp(sub, [3, 2, 2])
        opts_nat = [f"0{pre} {s3}", f"0{pre}/{s3}", f"0{pre}{sub}", f"0{pre} {sub}",
                    f"0{pre}.{grp(sub, [3, 2, 2], '.')}"]
        opts_int = [f"+41 {pre} {s3}", f"+41 (0){pre} {s3}", f"0041 {pre} {s3}", f"+41{pre}{sub}", f"+41 {pre} {sub}"]
    elif c == "FR":
        full = pre + sub
        pairs = grp(full[1:], [2, 2, 2, 2])
        opts_nat = ["0" + full[0] + " " + pairs, "0" + full[0] + "." + pairs.replace(" ", "."), "0" + full,
                    "0" + full[0] + "-" + pairs.replace(" ", "-"), "0" + full[0] + " " + pairs]
        opts_int = [f"+33 {full[0]} {pairs}", f"+33 (0){full[0]} {pairs}", f"+33{full}", f"0033 {full[0]} {pairs}",
                    f"+33 {full[0]}{pairs.replace(' ', '')}"]
    elif c == "BE":
        if kind == "mob" and len(pre) == 3:
            body = grp(sub, [2, 2, 2])
            opts_nat = [f"0{pre} {body}", f"0{pre}/{body}", f"0{pre}/{body.replace(' ', '.')}", f"0{pre}{sub}",
                        f"0{pre} {sub[:3]} {sub[3:]}"]
            opts_int = [f"+32 {pre} {body}", f"+32 (0){pre} {body}", f"0032 {pre} {body}", f"+32{pre}{sub}"]
        else:
            body = grp(sub, [3, 2, 2]) if len(sub) == 7 else grp(sub, [2, 2, 2])
            opts_nat = [f"0{pre} {body}", f"0{pre}/{body}", f"0{pre}/{body.replace(' ', '.')}", f"0{pre}{sub}"]
            opts_int = [f"+32 {pre} {body}", f"+32 (0){pre} {body}", f"+32{pre}{sub}"]
    elif c == "LU":
        num = pre + sub
        body = grp(num, [3, 3, 3]) if kind == "mob" else grp(num, [2, 2, 2, 2])
        opts_nat = [body, num, body.replace(" ", ".")]
        opts_int = [f"+352 {body}", f"(+352) {body}", f"00352 {body}", f"+352{num}", f"+352 {num}"]
    elif c == "IT":
        if kind == "mob" and pre.startswith("3"):
            opts_nat = [f"{pre} {grp(sub, [3, 4])}", f"{pre}{sub}", f"{pre}-{sub}", f"{pre}/{sub}", f"{pre} {sub}",
                        f"{pre}.{sub}"]
            opts_int = [f"+39 {pre} {sub}", f"+39 {pre} {grp(sub, [3, 4])}", f"0039 {pre} {sub}", f"+39{pre}{sub}",
                        f"(+39) {pre} {sub}"]
        else:
            opts_nat = [f"{pre} {grp(sub, [4, 4] if len(sub) == 8 else [3, 4])}", f"{pre}/{sub}", f"{pre}-{sub}",
                        f"{pre} {sub}", f"{pre}{sub}"]
            opts_int = [f"+39 {pre} {sub}", f"+39 {pre} {grp(sub, [4, 4] if len(sub) == 8 else [3, 4])}",
                        f"0039 {pre} {sub}", f"+39{pre}{sub}"]
    elif c == "GB":
        if kind == "mob":
            opts_nat = [f"0{pre} {sub}", f"0{pre}{sub}", f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre[:3]} {pre[3:]}{sub}"]
            opts_int = [f"+44 {pre} {sub}", f"+44 (0){pre} {sub[:3]} {sub[3:]}", f"+44{pre}{sub}", f"0044 {pre} {sub}"]
        elif len(pre) == 2:
            body = grp(sub, [4, 4])
            opts_nat = [f"0{pre} {body}", f"(0{pre}) {body}", f"0{pre}{sub}"]
            opts_int = [f"+44 {pre} {body}", f"+44 (0){pre} {body}", f"+44{pre}{sub}"]
        else:
            body = grp(sub, [3, 4]) if len(sub) == 7 else sub
            opts_nat = [f"0{pre} {body}", f"(0{pre}) {body}", f"0{pre}-{body.replace(' ', '')}"]
            opts_int = [f"+44 {pre} {body}", f"+44 (0){pre} {body}", f"+44{pre}{sub}"]
    elif c == "IE":
        body = grp(sub, [3, 4]) if len(sub) == 7 else grp(sub, [3, 3])
        opts_nat = [f"0{pre} {body}", f"(0{pre}) {body}", f"0{pre}-{sub}", f"0{pre}{sub}", f"0{pre} {sub}"]
        opts_int = [f"+353 {pre} {body}", f"+353 (0){pre} {body}", f"00353 {pre} {sub}", f"+353{pre}{sub}"]
    elif c == "AU":
        if kind == "mob":
            opts_nat = [f"0{pre} {grp(sub, [3, 3])}", f"0{pre}{sub}", f"0{pre[:1]}{pre[1:]} {sub}",
                        f"0{pre}-{sub[:3]}-{sub[3:]}"]
            opts_int = [f"+61 {pre} {grp(sub, [3, 3])}", f"+61{pre}{sub}", f"+61 (0){pre} {grp(sub, [3, 3])}"]
        else:
            body = grp(sub, [4, 4])
            opts_nat = [f"(0{pre}) {body}", f"0{pre} {body}", f"0{pre}{sub}"]
            opts_int = [f"+61 {pre} {body}", f"+61 (0){pre} {body}", f"+61{pre}{sub}"]
    elif c == "NZ":
        body = grp(sub, [3, 4]) if len(sub) == 7 else grp(sub, [3, len(sub) - 3])
        if kind == "mob":
            opts_nat = [f"0{pre} {body}", f"0{pre}{sub}", f"0{pre}-{body.replace(' ', '-')}"]
        else:
            opts_nat = [f"(0{pre}) {body}", f"0{pre} {body}", f"0{pre}-{sub}"]
        opts_int = [f"+64 {pre} {body}", f"+64 (0){pre} {body}", f"+64{pre}{sub}"]
    else:
        raise KeyError(c)
    del nat_num
    return ctx.c(opts_int if style == "intl" else opts_nat)


HOTLINES = {
    "DE": ["116 117", "0800 1110111", "115", "112", "0800 1110222", "116 116", "030 19240"],
    "AT": ["1450", "144", "0800 222 555", "01 406 43 43", "141"],
    "CH": ["144", "145", "0800 33 66 55", "143", "0848 112 112", "117"],
    "FR": ["15", "3919", "0 800 05 41 41", "3646", "0 892 705 705", "114", "0 800 130 000"],
    "BE": ["112", "070 245 245", "1733", "0800 99 123", "078 05 05 05"],
    "LU": ["112", "8002 5500", "113", "8002 8080"],
    "IT": ["112", "118", "800 055 555", "1500", "800 822 056", "116 000"],
    "GB": ["111", "999", "0800 111 999", "0300 123 1234", "116 123", "0808 808 0000"],
    "IE": ["112", "1800 247 247", "999", "116 123", "1800 20 30 50"],
    "US": ["911", "1-800-222-1222", "988", "1-800-829-1040", "1-888-275-5772"],
    "CA": ["911", "811", "1-800-268-9017", "1-855-377-4776", "1-800-959-8281"],
    "AU": ["000", "13 11 14", "1800 020 080", "13 14 50", "1800 022 222"],
    "NZ": ["111", "0800 611 116", "0800 764 766", "0800 543 354", "0800 111 757"],
}


def hotline(ctx: Ctx) -> str:
    return ctx.c(HOTLINES[ctx.region])


# ---------------------------------------------------------------------------------------------------------------
# Addresses
# ---------------------------------------------------------------------------------------------------------------

STREETS = {
    "DE": ["Lindenstraße", "Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Goethestraße",
           "Am Sportplatz", "Kirchgasse", "Mühlweg", "Birkenallee", "Friedrich-Ebert-Straße", "Rosenstraße",
           "Bergstraße", "Waldstraße", "Ringstraße", "Schulstraße", "Feldstraße", "Mozartstraße", "Kastanienweg",
           "Im Winkel", "An der Post", "Parkstraße", "Eichendorffweg", "Fasanenstraße", "Uhlandstraße",
           "Königsberger Straße", "Breite Straße", "Am Mühlbach", "Zeppelinstraße", "Brunnenstraße"],
    "AT": ["Favoritenstraße", "Mariahilfer Straße", "Hauptplatz", "Linzer Straße", "Wiedner Hauptstraße",
           "Grazer Straße", "Landstraßer Hauptstraße", "Kirchengasse", "Schönbrunner Straße", "Herrengasse",
           "Annenstraße", "Museumstraße", "Bahnhofstraße", "Erzherzog-Johann-Straße", "Leopoldsgasse",
           "Thaliastraße", "Neubaugasse", "Dorfstraße", "Salzburger Straße", "Anichstraße"],
    "CHde": ["Bahnhofstrasse", "Dorfstrasse", "Seestrasse", "Hauptstrasse", "Kirchweg", "Langstrasse",
             "Zürcherstrasse", "Bernstrasse", "Gartenstrasse", "Rosenweg", "Schulhausstrasse", "Obere Gasse",
             "Industriestrasse", "Alte Landstrasse", "Birkenweg", "Feldeggstrasse", "Badenerstrasse",
             "Spitalgasse", "Rebenweg", "Sonnenbergstrasse"],
    "FR": ["rue des Lilas", "avenue Jean Jaurès", "rue de la République", "boulevard Voltaire", "rue Pasteur",
           "allée des Tilleuls", "impasse des Vignes", "rue du Moulin", "chemin de la Croix", "place du Marché",
           "rue Victor Hugo", "avenue de la Gare", "rue des Écoles", "rue Paul Bert", "quai de la Loire",
           "rue Nationale", "rue Sainte-Catherine", "cours Mirabeau", "rue de Verdun", "rue du Château"],
    "BE": ["Rue de la Station", "Avenue Louise", "Chaussée de Wavre", "Rue Haute", "Rue des Champs",
           "Avenue des Tilleuls", "Rue du Marché", "Place communale", "Rue de Namur", "Chaussée de Louvain",
           "Rue Saint-Gilles", "Avenue de Tervueren", "Rue des Wallons", "Rue Royale", "Rue du Pont"],
    "LU": ["rue de la Gare", "route d'Arlon", "avenue de la Liberté", "rue du Fossé", "boulevard Royal",
           "rue de Hollerich", "rue Principale", "rue de l'Alzette", "rue du Moulin", "Grand-Rue",
           "rue des Jardins", "route de Thionville", "rue de Luxembourg", "rue de l'Église", "rue Dicks"],
    "CHfr": ["Rue de Lausanne", "Chemin des Vignes", "Avenue de la Gare", "Rue du Simplon", "Route de Berne",
             "Rue des Alpes", "Chemin du Levant", "Rue de Carouge", "Avenue du Léman", "Rue du Temple",
             "Route de Chêne", "Chemin de la Colline", "Rue Centrale", "Grand-Rue", "Rue du Lac"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Mazzini", "Piazza Duomo",
           "Viale dei Mille", "Via Dante Alighieri", "Via XX Settembre", "Via Cavour", "Via dei Tigli",
           "Corso Italia", "Via Nazionale", "Via San Martino", "Viale Europa", "Via delle Rose",
           "Via Solferino", "Via Manzoni", "Vicolo Stretto", "Largo Augusto", "Via Toledo"],
    "CHit": ["Via Nassa", "Via Cantonale", "Via San Gottardo", "Viale Stazione", "Via Lugano", "Via Pretorio",
             "Via Motta", "Via Borghese", "Piazza Grande", "Via Besso", "Via Trevano", "Via Vela"],
    "GB": ["Albert Road", "Queen's Road", "Church Lane", "Victoria Street", "Station Road", "Park Avenue",
           "Mill Lane", "The Crescent", "Highfield Road", "Grove Street", "Manor Way", "Kings Drive",
           "Orchard Close", "Chapel Street", "Beech Grove", "Westbourne Terrace", "North Street", "Elm Walk"],
    "IE": ["Grafton Street", "Main Street", "Church Road", "Mount Street Upper", "Strand Road", "Castle Street",
           "Oliver Plunkett Street", "College Road", "Seafield Avenue", "Bridge Street", "Mill Road",
           "Shop Street", "Patrick Street", "Green Lane"],
    "US": ["Maple Avenue", "Oak Street", "Washington Blvd", "Elm Street", "Lincoln Avenue", "Park Place",
           "Cedar Lane", "Highland Drive", "Sunset Boulevard", "Pine Street", "Lakeview Terrace", "Main Street",
           "Willow Court", "Jefferson Street", "Hillcrest Road", "Broadway"],
    "CA": ["Elm Street", "Queen Street West", "Rue Saint-Denis", "Harbour Street", "Maple Crescent",
           "Bloor Street", "Granville Street", "Wellington Street", "Jasper Avenue", "Spring Garden Road",
           "Portage Avenue", "Dundas Street East", "Boulevard René-Lévesque"],
    "AU": ["Smith Street", "Beach Road", "George Street", "Chapel Street", "King William Street", "Brunswick Street",
           "Oxford Street", "Station Street", "Hay Street", "Wattle Avenue", "Banksia Drive", "Macquarie Street",
           "Bay Road", "Gouger Street"],
    "NZ": ["Karaka Street", "Queen Street", "Cuba Street", "Ponsonby Road", "Riccarton Road", "Dominion Road",
           "Kowhai Street", "Victoria Avenue", "Great North Road", "Tui Crescent", "Rimu Road", "George Street",
           "Main Highway", "Totara Avenue"],
}

TOWNS = {
    "DE": [("10115", "Berlin"), ("10437", "Berlin"), ("12047", "Berlin"), ("20095", "Hamburg"), ("22765", "Hamburg"),
           ("80331", "München"), ("81369", "München"), ("50667", "Köln"), ("50935", "Köln"),
           ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"), ("04109", "Leipzig"), ("01067", "Dresden"),
           ("90402", "Nürnberg"), ("30159", "Hannover"), ("28195", "Bremen"), ("44135", "Dortmund"),
           ("45127", "Essen"), ("69117", "Heidelberg"), ("79098", "Freiburg im Breisgau"), ("96047", "Bamberg"),
           ("24103", "Kiel"), ("18055", "Rostock"), ("93047", "Regensburg"), ("66111", "Saarbrücken"),
           ("99084", "Erfurt"), ("55116", "Mainz"), ("48143", "Münster"), ("37073", "Göttingen"),
           ("87435", "Kempten (Allgäu)"), ("26122", "Oldenburg"), ("35037", "Marburg")],
    "AT": [("1010", "Wien"), ("1050", "Wien"), ("1100", "Wien"), ("1160", "Wien"), ("1220", "Wien"),
           ("8010", "Graz"), ("4020", "Linz"), ("5020", "Salzburg"), ("6020", "Innsbruck"), ("9020", "Klagenfurt"),
           ("3100", "St. Pölten"), ("6900", "Bregenz"), ("9500", "Villach"), ("4600", "Wels"), ("6850", "Dornbirn"),
           ("2700", "Wiener Neustadt"), ("7000", "Eisenstadt"), ("3500", "Krems an der Donau")],
    "CHde": [("8004", "Zürich"), ("8037", "Zürich"), ("3011", "Bern"), ("3007", "Bern"), ("4051", "Basel"),
             ("6003", "Luzern"), ("9000", "St. Gallen"), ("8400", "Winterthur"), ("5000", "Aarau"), ("7000", "Chur"),
             ("6300", "Zug"), ("8200", "Schaffhausen"), ("4500", "Solothurn"), ("3600", "Thun"), ("8610", "Uster"),
             ("5400", "Baden"), ("6430", "Schwyz")],
    "FR": [("75011", "Paris"), ("75018", "Paris"), ("75005", "Paris"), ("69003", "Lyon"), ("13006", "Marseille"),
           ("31000", "Toulouse"), ("33000", "Bordeaux"), ("44000", "Nantes"), ("67000", "Strasbourg"),
           ("59000", "Lille"), ("34000", "Montpellier"), ("35000", "Rennes"), ("06000", "Nice"), ("21000", "Dijon"),
           ("38000", "Grenoble"), ("29200", "Brest"), ("37000", "Tours"), ("63000", "Clermont-Ferrand"),
           ("49100", "Angers"), ("87000", "Limoges"), ("64100", "Bayonne"), ("20000", "Ajaccio"), ("51100", "Reims")],
    "BE": [("1000", "Bruxelles"), ("1050", "Ixelles"), ("1060", "Saint-Gilles"), ("1030", "Schaerbeek"),
           ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"), ("7000", "Mons"), ("1300", "Wavre"),
           ("1348", "Louvain-la-Neuve"), ("6700", "Arlon"), ("4800", "Verviers"), ("7500", "Tournai"),
           ("1400", "Nivelles"), ("6900", "Marche-en-Famenne")],
    "LU": [("1611", "Luxembourg"), ("2449", "Luxembourg"), ("1724", "Luxembourg"), ("4002", "Esch-sur-Alzette"),
           ("9010", "Ettelbruck"), ("8010", "Strassen"), ("3401", "Dudelange"), ("9201", "Diekirch"),
           ("5201", "Sandweiler"), ("7201", "Walferdange"), ("4501", "Differdange"), ("6401", "Echternach"),
           ("8201", "Mamer")],
    "CHfr": [("1201", "Genève"), ("1205", "Genève"), ("1003", "Lausanne"), ("1004", "Lausanne"), ("2000", "Neuchâtel"),
             ("1700", "Fribourg"), ("1950", "Sion"), ("1800", "Vevey"), ("1400", "Yverdon-les-Bains"),
             ("2300", "La Chaux-de-Fonds"), ("1260", "Nyon"), ("1110", "Morges"), ("2800", "Delémont"),
             ("1920", "Martigny")],
    "IT": [("20121", "Milano", "MI"), ("20144", "Milano", "MI"), ("00185", "Roma", "RM"), ("00152", "Roma", "RM"),
           ("10121", "Torino", "TO"), ("50122", "Firenze", "FI"), ("80134", "Napoli", "NA"),
           ("40126", "Bologna", "BO"), ("30121", "Venezia", "VE"), ("16121", "Genova", "GE"),
           ("90133", "Palermo", "PA"), ("39100", "Bolzano", "BZ"), ("37121", "Verona", "VR"),
           ("35122", "Padova", "PD"), ("09124", "Cagliari", "CA"), ("70122", "Bari", "BA"),
           ("95131", "Catania", "CT"), ("38122", "Trento", "TN"), ("34121", "Trieste", "TS"),
           ("24121", "Bergamo", "BG"), ("43121", "Parma", "PR"), ("06121", "Perugia", "PG"),
           ("89127", "Reggio Calabria", "RC"), ("22100", "Como", "CO")],
    "CHit": [("6900", "Lugano"), ("6500", "Bellinzona"), ("6600", "Locarno"), ("6850", "Mendrisio"),
             ("6830", "Chiasso"), ("6512", "Giubiasco"), ("6616", "Losone"), ("6710", "Biasca"),
             ("6963", "Pregassona"), ("6948", "Porza")],
    "GB": [("London", "SW11", "N"), ("London", "E8", "N"), ("London", "NW5", "N"), ("Leeds", "LS6", "N"),
           ("Manchester", "M14", "N"), ("Bristol", "BS7", "N"), ("Edinburgh", "EH9", "N"), ("Cardiff", "CF24", "N"),
           ("Glasgow", "G12", "N"), ("Norwich", "NR2", "N"), ("York", "YO10", "N"), ("Brighton", "BN1", "N"),
           ("Oxford", "OX4", "N"), ("Sheffield", "S10", "N"), ("Nottingham", "NG7", "N"), ("Belfast", "BT9", "N"),
           ("Leicester", "LE2", "N"), ("Exeter", "EX4", "N"), ("Aberdeen", "AB10", "N"), ("Swansea", "SA1", "N")],
    "IE": [("Dublin 2", "D02"), ("Dublin 6", "D06"), ("Dublin 8", "D08"), ("Cork", "T12"), ("Galway", "H91"),
           ("Limerick", "V94"), ("Waterford", "X91"), ("Naas, Co. Kildare", "W91"), ("Bray, Co. Wicklow", "A98"),
           ("Sligo", "F91"), ("Kilkenny", "R95"), ("Tralee, Co. Kerry", "V92"), ("Athlone, Co. Westmeath", "N37")],
    "US": [("Springfield", "IL", "627"), ("Boston", "MA", "021"), ("Austin", "TX", "787"), ("Portland", "OR", "972"),
           ("Seattle", "WA", "981"), ("Denver", "CO", "802"), ("Brooklyn", "NY", "112"), ("Chicago", "IL", "606"),
           ("San Diego", "CA", "921"), ("Columbus", "OH", "432"), ("Minneapolis", "MN", "554"),
           ("Atlanta", "GA", "303"), ("Philadelphia", "PA", "191"), ("Madison", "WI", "537"),
           ("Burlington", "VT", "054"), ("Tucson", "AZ", "857"), ("Ann Arbor", "MI", "481")],
    "CA": [("Toronto", "ON", "M5V"), ("Toronto", "ON", "M6J"), ("Montréal", "QC", "H2X"), ("Vancouver", "BC", "V6B"),
           ("Ottawa", "ON", "K1P"), ("Calgary", "AB", "T2P"), ("Halifax", "NS", "B3H"), ("Winnipeg", "MB", "R3C"),
           ("Edmonton", "AB", "T5J"), ("Victoria", "BC", "V8W"), ("Québec", "QC", "G1R"), ("Saskatoon", "SK", "S7K")],
    "AU": [("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Paddington", "QLD", "4064"),
           ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Hobart", "TAS", "7000"),
           ("Braddon", "ACT", "2612"), ("Darwin", "NT", "0800"), ("Brunswick", "VIC", "3056"),
           ("Surry Hills", "NSW", "2010"), ("West End", "QLD", "4101"), ("Geelong", "VIC", "3220")],
    "NZ": [("Ponsonby", "Auckland", "1011"), ("Mount Eden", "Auckland", "1024"), ("Te Aro", "Wellington", "6011"),
           ("Riccarton", "Christchurch", "8011"), ("", "Hamilton", "3204"), ("", "Dunedin", "9016"),
           ("", "Mount Maunganui", "3116"), ("Karori", "Wellington", "6012"), ("", "Nelson", "7010"),
           ("", "Palmerston North", "4410"), ("Devonport", "Auckland", "0624"), ("", "Napier", "4110")],
}

GB_IN = "ABDEFGHJLNPQRSTUWXYZ"
EIR = "ACDEFHKNPRTVWXY0123456789"


class Address:
    """street line and town line; one(): one-line form in the country's convention."""

    def __init__(self, street: str, town: str, postcode: str = "", city: str = "", sep: str = ", ") -> None:
        self.street = street
        self.town = town
        self.postcode = postcode
        self.city = city
        self.sep = sep

    def one(self) -> str:
        return f"{self.street}{self.sep}{self.town}"

    def block(self, mode: str | None = None) -> list:
        return [AD(case(self.street, mode)), "\n", AD(case(self.town, mode))]

    def line(self, mode: str | None = None) -> L:
        return AD(case(self.one(), mode))


def street_key(ctx: Ctx, country: str | None = None) -> str:
    c = country or ctx.region
    if c == "CH":
        return {"de": "CHde", "fr": "CHfr", "it": "CHit"}.get(ctx.lang, "CHde")
    return c


def address(ctx: Ctx, country: str | None = None, unit: bool | None = None) -> Address:
    c = country or ctx.region
    k = street_key(ctx, c)
    st = ctx.c(STREETS[k])
    n = str(ctx.r(1, 120) if ctx.p(0.8) else ctx.r(1, 19))
    if unit is None:
        unit = ctx.p(0.25)
    if c == "DE":
        if ctx.p(0.15):
            n += ctx.c("abc")
        if st.endswith("straße") and ctx.p(0.2):
            st = st[:-6] + "str."
        pc, town = ctx.c(TOWNS["DE"])
        street = f"{st} {n}"
        if unit and ctx.p(0.5):
            street += ctx.c([", 2. OG", ", Hinterhaus", ", App. 14", " (3. Stock)"])
        return Address(street, f"{pc} {town}", pc, town)
    if c == "AT":
        pc, town = ctx.c(TOWNS["AT"])
        if unit:
            n = ctx.c([f"{n}/{ctx.r(1, 9)}/{ctx.r(1, 24)}", f"{n}/Top {ctx.r(1, 30)}", f"{n}/{ctx.r(2, 40)}",
                       f"{n}/Stiege {ctx.r(1, 4)}/Tür {ctx.r(1, 20)}"])
        return Address(f"{st} {n}", f"{pc} {town}", pc, town)
    if c == "CH":
        pc, town = ctx.c(TOWNS[k])
        if k == "CHit":
            street = f"{st} {n}"
        else:
            street = f"{st} {n}" + (ctx.c(["a", "b"]) if ctx.p(0.1) else "")
        return Address(street, f"{pc} {town}", pc, town)
    if c == "FR":
        pc, town = ctx.c(TOWNS["FR"])
        bis = ctx.c([" bis", " ter", "bis", ""]) if ctx.p(0.15) else ""
        street = f"{n}{bis} {st}"
        if unit:
            street = ctx.c([f"Bât. {ctx.c('ABCD')}, {street}", f"{street}, Appt {ctx.r(1, 60)}",
                            f"Résidence les Pins, {street}", f"{street}, {ctx.r(1, 8)}e étage"])
        town_s = town.upper() if ctx.p(0.45) else town
        if ctx.p(0.08):
            return Address(f"BP {ctx.r(10, 999)}", f"{pc} {town.upper()} CEDEX", pc, town)
        return Address(street, f"{pc} {town_s}", pc, town)
    if c == "BE":
        pc, town = ctx.c(TOWNS["BE"])
        street = f"{st} {n}"
        if unit:
            street += ctx.c([f" bte {ctx.r(1, 30)}", f"/{ctx.r(1, 9)}", f" boîte {ctx.r(1, 12)}",
                             f" bus {ctx.r(1, 9)}"])
        return Address(street, f"{pc} {town}", pc, town)
    if c == "LU":
        pc, town = ctx.c(TOWNS["LU"])
        street = ctx.c([f"{n}, {st}", f"{n} {st}", f"{n}, {st}"])
        return Address(street, f"L-{pc} {town}", "L-" + pc, town)
    if c == "IT":
        pc, town, prov = ctx.c(TOWNS["IT"])
        nn = ctx.c([f"{n}", f"{n}", f"n. {n}", f"{n}/{ctx.c('ABC')}", f"{n}/{ctx.c('ab')}"])
        street = ctx.c([f"{st} {nn}", f"{st}, {nn}"])
        if unit:
            street += ctx.c([f", int. {ctx.r(1, 20)}", f" int. {ctx.r(1, 20)}", f", scala {ctx.c('ABC')}",
                             f", piano {ctx.r(1, 6)}"])
        townline = ctx.c([f"{pc} {town} ({prov})", f"{pc} {town} {prov}", f"{pc} {town.upper()} ({prov})",
                          f"{pc} {town}"])
        return Address(street, townline, pc, town)
    if c == "GB":
        town, out, _ = ctx.c(TOWNS["GB"])
        pcode = f"{out} {ctx.r(1, 9)}{ctx.c(GB_IN)}{ctx.c(GB_IN)}"
        street = f"{n} {st}"
        if unit:
            street = ctx.c([f"Flat {ctx.r(1, 12)}, {street}", f"{ctx.r(1, 40)}{ctx.c('ABCD')} {st}",
                            f"Flat {ctx.r(1, 9)}{ctx.c('ABC')}, {street}"])
        tl = ctx.c([f"{town} {pcode}", f"{town}, {pcode}", f"{town.upper()} {pcode}"])
        return Address(street, tl, pcode, town)
    if c == "IE":
        town, rk = ctx.c(TOWNS["IE"])
        eir = rk + " " + "".join(ctx.c(EIR) for _ in range(4))
        street = f"{n} {st}"
        if unit:
            street = ctx.c([f"Apartment {ctx.r(1, 40)}, {street}", f"Flat {ctx.r(1, 9)}, {street}"])
        return Address(street, ctx.c([f"{town} {eir}", f"{town}, {eir}"]), eir, town)
    if c == "US":
        town, state, z3 = ctx.c(TOWNS["US"])
        zipc = z3 + ctx.digits(2)
        if ctx.p(0.15):
            zipc += "-" + ctx.digits(4)
        street = f"{ctx.r(10, 9800)} {st}"
        if unit:
            street += ctx.c([f", Apt {ctx.r(1, 30)}{ctx.c('ABCD')}", f" Apt. {ctx.r(100, 999)}",
                             f", Unit {ctx.r(1, 20)}",
                             f" #{ctx.r(1, 400)}"])
        if ctx.p(0.06):
            street = f"PO Box {ctx.r(100, 9999)}"
        return Address(street, ctx.c([f"{town}, {state} {zipc}", f"{town} {state} {zipc}"]), zipc, town)
    if c == "CA":
        town, prov, fsa = ctx.c(TOWNS["CA"])
        pcode = f"{fsa} {ctx.r(0, 9)}{ctx.c('ABCEGHJKLMNPRSTVWXYZ')}{ctx.r(0, 9)}"
        street = f"{ctx.r(10, 3000)} {st}"
        if unit:
            street = ctx.c([f"{ctx.r(101, 2408)}-{street}", f"{street}, Unit {ctx.r(1, 30)}",
                            f"{street}, Apt {ctx.r(1, 900)}"])
        return Address(street, ctx.c([f"{town}, {prov} {pcode}", f"{town} {prov}  {pcode}",
                                      f"{town} ({prov}) {pcode}"]),
                       pcode, town)
    if c == "AU":
        sub, state, pc = ctx.c(TOWNS["AU"])
        street = f"{n} {st}"
        if unit:
            street = ctx.c([f"Unit {ctx.r(1, 20)}/{n} {st}", f"{ctx.r(1, 20)}/{n} {st}",
                            f"Apartment {ctx.r(1, 90)}, {n} {st}"])
        return Address(street, ctx.c([f"{sub} {state} {pc}", f"{sub.upper()} {state} {pc}", f"{sub}, {state} {pc}"]),
                       pc, sub)
    if c == "NZ":
        sub, city, pc = ctx.c(TOWNS["NZ"])
        street = f"{n} {st}"
        if unit:
            street = ctx.c([f"Flat {ctx.r(1, 6)}, {street}", f"{ctx.r(1, 6)}/{n} {st}", f"{n}{ctx.c('AB')} {st}"])
        tl = f"{sub}, {city} {pc}" if sub else f"{city} {pc}"
        return Address(street, tl, pc, city)
    raise KeyError(c)


# Addresses abroad (for visa invitations, customs): (street line, town line)
FOREIGN_ADDR = [
    ("Atatürk Cad. No: {n} D:{u}", "34710 Kadıköy/İstanbul", "Türkiye", "+90 5{x2} {x3} {x2b} {x2c}"),
    ("{n} MG Road, 2nd Cross", "Bengaluru 560001", "India", "+91 9{x4} {x5}"),
    ("Rua das Flores, {n}, 2º Esq.", "4050-262 Porto", "Portugal", "+351 91{x1} {x3} {x3b}"),
    ("Avenida Paulista, {n}, apto {u}", "01310-100 São Paulo - SP", "Brasil", "+55 11 9{x4}-{x4b}"),
    ("ul. Marszałkowska {n} m. {u}", "00-624 Warszawa", "Polska", "+48 50{x1} {x3} {x3b}"),
    ("Calle de Alcalá, {n}, 3º B", "28014 Madrid", "España", "+34 6{x2} {x3} {x3b}"),
    ("{n} Nguyễn Huệ, Phường Bến Nghé", "700000 Quận 1, TP. Hồ Chí Minh", "Việt Nam", "+84 90 {x3} {x4}"),
    ("Jalan Sudirman No. {n}", "10220 Jakarta", "Indonesia", "+62 812 {x4} {x4b}"),
    ("Plot {n}, Admiralty Way, Lekki Phase 1", "106104 Lagos", "Nigeria", "+234 80{x1} {x3} {x4}"),
    ("Str. Mihai Eminescu nr. {n}, ap. {u}", "010512 București", "România", "+40 72{x1} {x3} {x3b}"),
    ("Ilica {n}", "10000 Zagreb", "Hrvatska", "+385 91 {x3} {x4}"),
    ("Av. Insurgentes Sur {n}, Int. {u}", "03100 Ciudad de México, CDMX", "México", "+52 55 {x4} {x4b}"),
    ("Carrera {u} # {n}-45", "110221 Bogotá", "Colombia", "+57 31{x1} {x3} {x4}"),
    ("vul. Khreshchatyk {n}, kv. {u}", "01001 Kyiv", "Ukraine", "+380 67 {x3} {x2} {x2b}"),
    ("Rruga e Kavajës {n}", "1001 Tiranë", "Shqipëri", "+355 69 {x3} {x4}"),
    ("{n} Moi Avenue", "00100 Nairobi", "Kenya", "+254 7{x2} {x3}{x3b}"),
    ("Avenue Mohammed V, n° {n}", "10000 Rabat", "Maroc", "+212 6{x2} {x2b} {x2c} {x2d}"),
    ("{n} Rizal Street, Barangay San Isidro", "1100 Quezon City", "Philippines", "+63 917 {x3} {x4}"),
    ("Rua Augusta {n}, 1.º Dto", "1100-053 Lisboa", "Portugal", "+351 93{x1} {x3} {x3b}"),
]


class Foreign(Address):
    country = ""
    tel = ""


def foreign_address(ctx: Ctx) -> Foreign:
    s, t, country, tel = ctx.c(FOREIGN_ADDR)
    f = Foreign(s.format(n=ctx.r(2, 240), u=ctx.r(1, 30)), t)
    f.country = country
    f.tel = tel.format(x1=ctx.digits(1), x2=ctx.digits(2), x2b=ctx.digits(2), x2c=ctx.digits(2), x2d=ctx.digits(2),
                       x3=str(ctx.r(2, 9)) + ctx.digits(2), x3b=ctx.digits(3), x4=ctx.digits(4), x4b=ctx.digits(4),
                       x5=ctx.digits(5))
    return f


# ---------------------------------------------------------------------------------------------------------------
# Dates
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
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Date:
    def __init__(self, y: int, m: int, d: int) -> None:
        self.y, self.m, self.d = y, m, d


def rdate(ctx: Ctx, y0: int, y1: int) -> Date:
    return Date(ctx.r(y0, y1), ctx.r(1, 12), ctx.r(1, 28))


def ordinal_en(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return f"{d}th"
    return f"{d}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def fdate(ctx: Ctx, dt: Date, style: str | None = None) -> str:
    """A date in the document's language and region; style 'num', 'word', 'iso', 'short' or None (random)."""
    lang, reg = ctx.lang, ctx.region
    d, m, y = dt.d, dt.m, dt.y
    if style is None:
        style = ctx.c(["num", "num", "num", "word", "word", "iso", "short"])
    if style == "iso":
        return f"{y:04d}-{m:02d}-{d:02d}"
    months = MONTHS[lang]
    mname = months[m - 1]
    if lang == "de" and reg == "AT" and m == 1 and ctx.p(0.7):
        mname = "Jänner"
    if lang == "de":
        if style == "num":
            return ctx.c([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}"])
        if style == "short":
            return ctx.c([f"{d:02d}.{m:02d}.{y % 100:02d}", f"{d}.{m}.{y % 100:02d}"])
        return ctx.c([f"{d}. {mname} {y}", f"{d:02d}. {mname} {y}", f"{d}. {mname[:3]}. {y}" if len(mname) > 4
                      else f"{d}. {mname} {y}"])
    if lang == "fr":
        if style == "num":
            return ctx.c([f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}",
                          f"{d:02d}-{m:02d}-{y}"])
        if style == "short":
            return f"{d:02d}/{m:02d}/{y % 100:02d}"
        dd = "1er" if d == 1 else str(d)
        return ctx.c([f"{dd} {mname} {y}", f"{dd} {mname} {y}", f"{dd} {mname.capitalize()} {y}"])
    if lang == "it":
        if style == "num":
            return ctx.c([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}"])
        if style == "short":
            return f"{d:02d}/{m:02d}/{y % 100:02d}"
        dd = "1°" if d == 1 else str(d)
        return ctx.c([f"{dd} {mname} {y}", f"{dd} {mname.capitalize()} {y}"])
    # en
    if reg == "US":
        if style == "num":
            return ctx.c([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}-{d}-{y}"])
        if style == "short":
            return f"{m}/{d}/{y % 100:02d}"
        return ctx.c([f"{mname} {d}, {y}", f"{MON3[m - 1]}{'.' if m != 5 else ''} {d}, {y}",
                      f"{mname} {ordinal_en(d)}, {y}"])
    if reg == "CA" and style == "num" and ctx.p(0.5):
        return f"{y:04d}-{m:02d}-{d:02d}"
    if style == "num":
        return ctx.c([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y}"])
    if style == "short":
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    return ctx.c([f"{d} {mname} {y}", f"{ordinal_en(d)} {mname} {y}", f"{d} {MON3[m - 1]} {y}",
                  f"{d}-{MON3[m - 1]}-{y}"])


def date_range(ctx: Ctx, y: int = 2026) -> tuple[Date, Date]:
    start = datetime.date(y, ctx.r(1, 11), ctx.r(1, 28))
    end = start + datetime.timedelta(days=ctx.r(7, 80))
    return Date(start.year, start.month, start.day), Date(end.year, end.month, end.day)


def dob(ctx: Ctx, y0: int = 1938, y1: int = 2004, style: str | None = None) -> str:
    return fdate(ctx, rdate(ctx, y0, y1), style)


def plain_date(ctx: Ctx, style: str | None = None, y0: int = 2025, y1: int = 2026) -> str:
    """A recent plain date (not a date of birth)."""
    return fdate(ctx, rdate(ctx, y0, y1), style)


# ---------------------------------------------------------------------------------------------------------------
# IBANs, cards
# ---------------------------------------------------------------------------------------------------------------

IBAN_BANK = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ"],
    "IE": ["AIBK", "BOFI", "IPBS", "ULSB"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO"],
}


def iban(ctx: Ctx, country: str | None = None) -> str:
    c = country or {"US": "IE", "CA": "FR", "AU": "GB", "NZ": "GB"}.get(ctx.region, ctx.region)
    d = ctx.digits
    if c == "DE":
        bban = ctx.c(["10010010", "50010517", "20041133", "70150000", "12030000", "43060967", "76050101",
                      "37040044", "86055592", "66050101"]) + d(10)
    elif c == "AT":
        bban = ctx.c(["20111", "12000", "32000", "14000", "60000", "34000", "19043"]) + d(11)
    elif c == "CH":
        bban = ctx.c(["00767", "00235", "00700", "80808", "09000", "00251", "08390"]) + d(12)
    elif c == "LI":
        bban = ctx.c(["08800", "08810"]) + d(12)
    elif c == "FR":
        bank, branch, acct = ctx.c(["30004", "30003", "20041", "10278", "30002", "11315", "14707"]), d(5), d(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = f"{bank}{branch}{acct}{key:02d}"
    elif c == "BE":
        first = ctx.c(["001", "063", "068", "310", "363", "735", "751", "973"]) + d(7)
        chk = int(first) % 97 or 97
        bban = f"{first}{chk:02d}"
    elif c == "LU":
        bban = ctx.c(["001", "002", "003", "014", "019", "030"]) + d(13)
    elif c == "IT":
        bban = ctx.c(string.ascii_uppercase) + ctx.c(["03069", "02008", "05034", "03111", "01030", "05428"]) + d(
            5) + d(12)
    elif c in ("GB", "IE", "NL"):
        bban = ctx.c(IBAN_BANK[c]) + (d(6) + d(8) if c != "NL" else d(10))
    elif c == "ES":
        bban = d(20)
    elif c == "PT":
        bban = "0035" + d(17)
    elif c == "PL":
        bban = d(24)
    elif c == "MC":
        bban = "11222" + d(5) + d(11) + d(2)
    else:
        raise KeyError(c)
    s = c + iban_check(c, bban) + bban
    assert iban_ok(s)
    return s


def fiban(ctx: Ctx, s: str, style: str | None = None) -> str:
    if style is None:
        style = ctx.c(["grp", "grp", "grp", "compact", "compact", "lower"])
    if style == "grp":
        return grp(s, [4] * 9)
    if style == "lower":
        return grp(s, [4] * 9).lower() if ctx.p(0.5) else s.lower()
    return s


def card(ctx: Ctx, brand: str | None = None) -> str:
    brand = brand or ctx.c(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if brand == "visa":
        body, n = "4" + ctx.digits(5), 16
    elif brand == "mc":
        body, n = ctx.c(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif brand == "amex":
        body, n = ctx.c(["34", "37"]), 15
    else:
        body, n = ctx.c(["6759", "5018", "6761"]), 16
    body += ctx.digits(n - 1 - len(body))
    for chk in "0123456789":
        if luhn_ok(body + chk):
            num = body + chk
            break
    if len(num) == 15:
        return ctx.c([f"{num[:4]} {num[4:10]} {num[10:]}", num, f"{num[:4]}-{num[4:10]}-{num[10:]}"])
    return ctx.c([grp(num, [4, 4, 4, 4]), num, grp(num, [4, 4, 4, 4], "-"), grp(num, [4, 4, 4, 4])])


def expiry(ctx: Ctx) -> str:
    return f"{ctx.r(1, 12):02d}/{ctx.r(26, 31)}"


# ---------------------------------------------------------------------------------------------------------------
# E-mail addresses, companies, misc distractors
# ---------------------------------------------------------------------------------------------------------------

MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "freenet.de", "mailbox.org"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "icloud.com"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "proton.me", "gmail.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com", "hotmail.fr"],
    "BE": ["skynet.be", "telenet.be", "proximus.be", "gmail.com", "hotmail.be"],
    "LU": ["pt.lu", "internet.lu", "gmail.com", "post.lu"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com", "hotmail.it", "yahoo.it"],
    "GB": ["btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com", "gmail.com", "hotmail.co.uk"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "aol.com", "outlook.com"],
    "CA": ["rogers.com", "shaw.ca", "videotron.ca", "sympatico.ca", "gmail.com"],
    "AU": ["bigpond.com", "optusnet.com.au", "gmail.com", "iinet.net.au"],
    "NZ": ["xtra.co.nz", "slingshot.co.nz", "gmail.com", "outlook.co.nz"],
}
TLD = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "LU": "lu", "IT": "it", "GB": "co.uk",
       "IE": "ie", "US": "com", "CA": "ca", "AU": "com.au", "NZ": "co.nz"}


def slug(s: str) -> str:
    s = ascii_fold(s).lower()
    return "".join(ch for ch in s if ch.isalnum())


def email(ctx: Ctx, p: Person, domain: str | None = None) -> str:
    f = slug(p.given)
    last = slug(p.last.split()[-1]) if ctx.p(0.7) else slug(p.last)
    dom = domain or ctx.c(MAIL_DOMAINS[ctx.region])
    loc = ctx.c([f"{f}.{last}", f"{f[0]}.{last}", f"{f}{last}", f"{last}.{f}", f"{f}_{last}",
                 f"{f}.{last}{ctx.r(60, 99)}", f"{f}{ctx.r(1, 999)}", f"{last}{f[0]}", f"{f[0]}{last}"])
    return f"{loc}@{dom}"


def work_email(ctx: Ctx, p: Person, dom: str) -> str:
    f = slug(p.given)
    last = slug(p.last)
    return ctx.c([f"{f}.{last}@{dom}", f"{f[0]}.{last}@{dom}", f"{last}@{dom}", f"{f[0]}{last}@{dom}"])


def company(ctx: Ctx) -> str:
    loc = {"DE": "de_DE", "AT": "de_AT", "CH": "de_CH" if ctx.lang == "de" else "fr_CH", "FR": "fr_FR",
           "BE": "fr_BE", "LU": "fr_FR", "IT": "it_IT", "GB": "en_GB", "IE": "en_IE", "US": "en_US", "CA": "en_CA",
           "AU": "en_AU", "NZ": "en_NZ"}[ctx.region]
    if ctx.region == "CH" and ctx.lang == "it":
        loc = "it_IT"
    return ctx.fk(loc).company()


def domain_of(name: str, ctx: Ctx) -> str:
    s = slug(name.split(",")[0].split(" ")[0]) or "firma"
    return f"{s}-{ctx.c(['service', 'group', 'partner', 'online', 'team'])}.{TLD[ctx.region]}"


def ref(ctx: Ctx, prefix: str = "", n: int = 6) -> str:
    return f"{prefix}{ctx.digits(n)}"


# ---------------------------------------------------------------------------------------------------------------
# Template helpers
# ---------------------------------------------------------------------------------------------------------------

_F = string.Formatter()


def fmt(s: str, **kw) -> list:
    """Fill {fields} of a string with segments (str, L or lists of them)."""
    out: list = []
    for lit, field, _spec, _conv in _F.parse(s):
        if lit:
            out.append(lit)
        if field is not None:
            v = kw[field]
            out.append(str(v) if isinstance(v, (int, float)) else v)
    return out


def nm(ctx: Ctx, p: Person, style: str | None = None) -> L:
    if style is None:
        style = ctx.c(["full", "full", "full", "full", "rev", "upfirst", "init"])
    return P({"full": p.full, "rev": p.rev, "upfirst": p.upfirst, "init": p.init, "short": p.short,
              "first": p.given, "last": p.last, "upper": p.full.upper(), "lower": p.full.lower(),
              "LASTfirst": f"{p.last.upper()}, {p.first}"}[style])


def tn(ctx: Ctx, p: Person, style: str = "full") -> list:
    return [ctx.title(p), " ", nm(ctx, p, style)]


def amount(ctx: Ctx, lo: int = 20, hi: int = 9000) -> str:
    v = ctx.r(lo * 100, hi * 100) / 100
    if ctx.lang == "en":
        cur = {"GB": "£", "IE": "€", "US": "$", "CA": "$", "AU": "$", "NZ": "$"}[ctx.region]
        return f"{cur}{v:,.2f}"
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    if ctx.region == "CH":
        return ctx.c([f"CHF {v:,.2f}".replace(",", "'"), f"Fr. {s.replace('.', chr(39))}"])
    return ctx.c([f"{s} €", f"EUR {s}", f"{s} EUR"])


def town_only(ctx: Ctx) -> str:
    k = street_key(ctx)
    t = ctx.c(TOWNS[k])
    if ctx.region in ("GB", "IE", "US", "CA"):
        return t[0]
    if ctx.region in ("AU", "NZ"):
        return t[0] or t[1]
    return t[1]


def courier(ctx: Ctx) -> str:
    if ctx.region == "CH":
        return {"de": "Die Post", "fr": "La Poste", "it": "La Posta"}.get(ctx.lang, "Swiss Post")
    return {"DE": "DHL", "AT": "Post.at", "CH": "Die Post", "FR": "Colissimo", "BE": "bpost", "LU": "POST",
            "IT": "Poste Italiane", "GB": "Royal Mail", "IE": "An Post", "US": "USPS", "CA": "Canada Post",
            "AU": "Australia Post", "NZ": "NZ Post"}[ctx.region]


BICS = {"DE": ["COBADEFFXXX", "DEUTDEFF", "GENODEF1M04", "BYLADEM1001"], "AT": ["BKAUATWW", "RZOOAT2L", "GIBAATWWXXX"],
        "CH": ["UBSWCHZH80A", "POFICHBEXXX", "ZKBKCHZZ80A"], "FR": ["BNPAFRPP", "AGRIFRPP882", "CCBPFRPPMTG"],
        "BE": ["GEBABEBB", "BBRUBEBB", "KREDBEBB"], "LU": ["BCEELULL", "BGLLLULL", "CCRALULL"],
        "IT": ["BCITITMM", "UNCRITMM", "BPMOIT22XXX"], "GB": ["NWBKGB2L", "BARCGB22", "LOYDGB2L"],
        "IE": ["AIBKIE2D", "BOFIIE2D"], "NL": ["INGBNL2A", "RABONL2U"]}


def bic(ctx: Ctx, iban_value: str | None = None) -> str:
    c = (iban_value or "")[:2].upper() or ctx.region
    return ctx.c(BICS.get(c, BICS["GB"]))


# ---------------------------------------------------------------------------------------------------------------
# 1. settlement - lawyers' letters and settlement agreement drafts
# ---------------------------------------------------------------------------------------------------------------

SETTLE = {
    "de": {
        "req": ["Kannst du dieses Schreiben unseres Anwalts in einfache Sprache übersetzen? Ich verstehe nur die "
                "Hälfte.\n\n",
                "Bitte prüfe den folgenden Vergleichsentwurf auf Unklarheiten und formuliere § 2 verständlicher:\n\n",
                "Ich muss bis Freitag antworten. Fass mir bitte zusammen, was die Gegenseite will:\n\n---\n",
                "Mach aus diesem Entwurf eine saubere Endfassung (Tippfehler korrigieren, sonst nichts ändern):\n\n"],
        "firm": "{a} & {b} Rechtsanwälte PartG mbB",
        "roles": ("Rechtsanwältin", "Rechtsanwalt"),
        "tel": "Tel.", "fax": "Fax", "ours": "Unser Zeichen", "yours": "Ihr Zeichen", "date": "Datum",
        "matters": ["Mietkaution", "Werklohnforderung", "Nachbarschaftsstreit (Grenzbepflanzung)", "Verkehrsunfall",
                    "Rückabwicklung Kaufvertrag", "Schadensersatz Wasserschaden"],
        "salut": {"f": "Sehr geehrte Frau {last},", "m": "Sehr geehrter Herr {last},"},
        "body1": "wir zeigen an, dass uns {client}, {caddr}, mit der Wahrnehmung der rechtlichen Interessen in "
                 "obiger Angelegenheit beauftragt hat. Eine auf uns lautende Vollmacht liegt bei.\n\n",
        "body2": "Namens und in Vollmacht unserer Mandantschaft fordern wir Sie auf, den Betrag von {amt} bis zum "
                 "{due} "
                 "auf unser Anderkonto IBAN {iban} ({bic}) zu überweisen. Zur Vermeidung eines Rechtsstreits wäre "
                 "unsere Mandantschaft auch zu einem Vergleich bereit.\n\n",
        "body3": "Für Rückfragen erreichen Sie die Unterzeichnerin unter {tel} oder per E-Mail an {mail}. "
                 "Allgemeine Anfragen bitte an {role}.\n\n",
        "close": "Mit freundlichen Grüßen\n\n",
        "agr": "VERGLEICHSVEREINBARUNG (Entwurf {v})\n\nzwischen\n\n",
        "born": ["geb. am ", "geboren am ", "geb. "],
        "resid": ", wohnhaft ",
        "partyA": "– nachfolgend „Anspruchsteller“ –", "partyB": "– nachfolgend „Anspruchsgegnerin“ –",
        "and": "und", "rep": "vertreten durch RA ",
        "c1": "§ 1 Die Anspruchsgegnerin zahlt an den Anspruchsteller zur Abgeltung sämtlicher Ansprüche aus dem "
              "Vorfall vom {d} einen Betrag von {amt}.\n",
        "c2": "§ 2 Die Zahlung erfolgt bis spätestens {due} auf das Konto des Anspruchstellers, IBAN {iban}, "
              "Kontoinhaber: {holder}.\n",
        "c3": "§ 3 Mit Erfüllung dieses Vergleichs sind alle wechselseitigen Ansprüche erledigt. Das Verfahren vor dem "
              "{court} (Az. {az}) wird für erledigt erklärt.\n",
        "c4": "§ 4 Die Kosten des Vergleichs werden gegeneinander aufgehoben.\n\n",
        "sign": "{town}, den ______________\n\n____________________          ____________________\n",
        "maiden": " geb. ",
    },
    "fr": {
        "req": ["Peux-tu m'expliquer simplement ce que me dit cette lettre d'avocat ?\n\n",
                "Relis ce projet de protocole transactionnel et signale-moi les clauses floues :\n\n",
                "Aide-moi à répondre poliment à ce courrier, je ne suis pas d'accord avec le montant :\n\n---\n",
                "Corrige les fautes de ce projet sans changer le fond, merci :\n\n"],
        "firm": "Cabinet {a} & {b} Avocats associés",
        "roles": ("Avocate au Barreau de {court}", "Avocat au Barreau de {court}"),
        "tel": "Tél.", "fax": "Fax", "ours": "N/Réf.", "yours": "V/Réf.", "date": "Date",
        "matters": ["dépôt de garantie", "malfaçons travaux de toiture", "trouble de voisinage",
                    "accident de la circulation",
                    "vice caché véhicule", "dégât des eaux"],
        "salut": {"f": "Madame {last},", "m": "Monsieur {last},"},
        "body1": "Je vous informe intervenir pour le compte de {client}, demeurant {caddr}, dans le litige qui vous "
                 "oppose.\n\n",
        "body2": "Je vous mets en demeure de régler la somme de {amt} au plus tard le {due}, par virement sur le "
                 "compte "
                 "CARPA IBAN {iban} (BIC {bic}). À défaut, mon client saisira le tribunal compétent. Une solution "
                 "amiable reste toutefois envisageable.\n\n",
        "body3": "Vous pouvez me joindre au {tel} ou par courriel à {mail} (pour le secrétariat : {role}).\n\n",
        "close": "Je vous prie d'agréer, {sal}, l'expression de mes salutations distinguées.\n\n",
        "agr": "PROTOCOLE D'ACCORD TRANSACTIONNEL ({v})\n\nENTRE LES SOUSSIGNÉS :\n\n",
        "born": ["né(e) le ", "né(e) le ", "née le "],
        "resid": ", demeurant ",
        "partyA": "ci-après dénommé(e) « le Demandeur »", "partyB": "ci-après dénommé(e) « la Défenderesse »",
        "and": "ET", "rep": "assisté(e) de Me ",
        "c1": "Article 1 – La Défenderesse verse au Demandeur, à titre d'indemnité transactionnelle, forfaitaire et "
              "définitive pour l'incident du {d}, la somme de {amt}.\n",
        "c2": "Article 2 – Ce versement interviendra au plus tard le {due} par virement sur le compte IBAN {iban} "
              "ouvert "
              "au nom de {holder}.\n",
        "c3": "Article 3 – Les parties renoncent à toute action relative aux faits ci-dessus ; l'instance pendante "
              "devant le {court} (RG n° {az}) fera l'objet d'un désistement.\n",
        "c4": "Article 4 – Chaque partie conserve la charge de ses propres frais. Protocole valant transaction au sens "
              "des articles 2044 et suivants du Code civil.\n\n",
        "sign": "Fait à {town}, le ______________ en deux exemplaires\n\n____________________          "
                "____________________\n",
        "maiden": " née ",
    },
    "it": {
        "req": ["Mi spieghi in parole semplici cosa chiede questa lettera dell'avvocato?\n\n",
                "Controlla questa bozza di transazione e dimmi se ci sono clausole poco chiare:\n\n",
                "Devo rispondere entro venerdì, riassumimi la richiesta della controparte:\n\n---\n",
                "Correggi i refusi di questa bozza senza cambiarne il contenuto:\n\n"],
        "firm": "Studio Legale Associato {a} {b}",
        "roles": ("Avvocata del Foro di {court}", "Avvocato del Foro di {court}"),
        "tel": "Tel.", "fax": "Fax", "ours": "Ns. rif.", "yours": "Vs. rif.", "date": "Data",
        "matters": ["deposito cauzionale", "vizi dei lavori di ristrutturazione", "immissioni rumorose",
                    "sinistro stradale", "vizi occulti dell'autovettura", "infiltrazioni d'acqua"],
        "salut": {"f": "Gentile Sig.ra {last},", "m": "Egregio Sig. {last},"},
        "body1": "scrivo in nome e per conto di {client}, residente in {caddr}, che mi ha conferito mandato in "
                 "relazione alla vicenda in oggetto.\n\n",
        "body2": "Con la presente La invito e diffido a corrispondere la somma di {amt} entro il {due}, mediante "
                 "bonifico sul conto IBAN {iban} (BIC {bic}) intestato allo Studio. In difetto adiremo le vie legali; "
                 "resta ferma la disponibilità a una definizione transattiva.\n\n",
        "body3": "Per ogni chiarimento sono raggiungibile al {tel} o all'indirizzo {mail} (segreteria: {role}).\n\n",
        "close": "Distinti saluti\n\n",
        "agr": "ATTO DI TRANSAZIONE ({v})\n\ntra\n\n",
        "born": ["nato/a il ", "nato/a il ", "nata il "],
        "resid": ", residente in ",
        "partyA": "(di seguito «Parte A»)", "partyB": "(di seguito «Parte B»)",
        "and": "e", "rep": "assistito/a dall'Avv. ",
        "c1": "Art. 1 – La Parte B corrisponde alla Parte A, a saldo e stralcio di ogni pretesa relativa ai fatti del "
              "{d}, l'importo di {amt}.\n",
        "c2": "Art. 2 – Il pagamento avverrà entro il {due} mediante bonifico sul conto IBAN {iban} intestato a "
              "{holder}.\n",
        "c3": "Art. 3 – Con l'adempimento le parti dichiarano di non avere più nulla a pretendere; il giudizio "
              "pendente "
              "avanti il {court} (R.G. n. {az}) sarà abbandonato.\n",
        "c4": "Art. 4 – Spese legali compensate. Le parti si danno reciprocamente atto della natura transattiva "
              "dell'accordo ai sensi dell'art. 1965 c.c.\n\n",
        "sign": "{town}, lì ______________\n\n____________________          ____________________\n",
        "maiden": " nata ",
    },
    "en": {
        "req": ["Can you explain in plain English what this solicitor's letter is asking me to do?\n\n",
                "Please review this draft settlement agreement and flag anything ambiguous:\n\n",
                "Help me draft a polite reply to this - I think the amount is too high:\n\n---\n",
                "Tidy up the typos in this draft but don't change the substance:\n\n"],
        "firm": "{a} {b} LLP",
        "roles": ("Solicitor", "Solicitor"),
        "tel": "T", "fax": "F", "ours": "Our ref", "yours": "Your ref", "date": "Date",
        "matters": ["tenancy deposit", "defective roofing works", "boundary dispute", "road traffic accident",
                    "faulty vehicle", "escape of water"],
        "salut": {"f": "Dear Ms {last},", "m": "Dear Mr {last},"},
        "body1": "We act for {client} of {caddr} in connection with the above matter.\n\n",
        "body2": "Our client is prepared to accept {amt} in full and final settlement, payable by {due} into our "
                 "client account, IBAN {iban} (BIC {bic}). This offer is open for 14 days.\n\n",
        "body3": "Please contact the writer on {tel} or at {mail}; general correspondence to {role}.\n\n",
        "close": "Yours sincerely\n\n",
        "agr": "SETTLEMENT AGREEMENT ({v})\n\nTHIS AGREEMENT is made BETWEEN:\n\n",
        "born": ["born ", "date of birth ", "DOB "],
        "resid": " of ",
        "partyA": "(\"the Claimant\")", "partyB": "(\"the Respondent\")",
        "and": "AND", "rep": "represented by ",
        "c1": "1. The Respondent shall pay the Claimant the sum of {amt} in full and final settlement of all claims "
              "arising from the incident of {d}.\n",
        "c2": "2. Payment shall be made by {due} to the account IBAN {iban} in the name of {holder}.\n",
        "c3": "3. Upon payment the proceedings in the {court} (claim no. {az}) shall be withdrawn and "
              "neither party shall make further claims.\n",
        "c4": "4. Each party shall bear its own costs. This agreement is made without admission of liability.\n\n",
        "sign": "Signed at {town} on ______________\n\n____________________          ____________________\n",
        "maiden": " née ",
    },
}


ROLE_BOX = {
    "de": ["kanzlei@", "info@", "office@", "sekretariat@", "post@"],
    "fr": ["contact@", "accueil@", "secretariat@", "info@", "cabinet@"],
    "it": ["segreteria@", "info@", "studio@", "amministrazione@"],
    "en": ["reception@", "info@", "enquiries@", "office@", "admin@"],
}

COURTS = {
    ("de", "DE"): "Amtsgericht ", ("de", "AT"): "Bezirksgericht ", ("de", "CH"): "Bezirksgericht ",
    ("fr", "FR"): "tribunal judiciaire de ", ("fr", "BE"): "tribunal de première instance de ",
    ("fr", "CH"): "Tribunal civil de ", ("fr", "LU"): "tribunal d'arrondissement de ",
    ("it", "IT"): "Tribunale di ", ("it", "CH"): "Pretura di ",
    ("en", "GB"): "County Court at ", ("en", "IE"): "Circuit Court in ", ("en", "US"): "Superior Court of ",
    ("en", "CA"): "Superior Court of Justice at ", ("en", "AU"): "Local Court at ", ("en", "NZ"): "District Court at ",
}


GENDERED = {
    "né(e)": ("née", "né"), "soussigné(e)": ("soussignée", "soussigné"), "salarié(e)": ("salariée", "salarié"),
    "hébergé(e)": ("hébergée", "hébergé"), "accompagné(e)": ("accompagnée", "accompagné"),
    "intéressé(e)": ("intéressée", "intéressé"), "dénommé(e)": ("dénommée", "dénommé"), "assisté(e)": ("assistée",
            "assisté"),
    "il/la sottoscritto/a": ("la sottoscritta", "il sottoscritto"), "nato/a": ("nata", "nato"),
    "accompagnato/a": ("accompagnata", "accompagnato"), "interessato/a": ("interessata", "interessato"),
    "assistito/a": ("assistita", "assistito"),
}
_GRE = re.compile("|".join(re.escape(k) for k in sorted(GENDERED, key=len, reverse=True)))


def gseq(s: str, genders: list[str]) -> str:
    """Resolve the k-th gendered form ("né(e)", "nato/a", ...) for the k-th person's gender."""
    k = [0]

    def rep(m: re.Match) -> str:
        g = genders[min(k[0], len(genders) - 1)]
        k[0] += 1
        return GENDERED[m.group(0)][0 if g == "f" else 1]

    return _GRE.sub(rep, s)


def born(ctx: Ctx, cues: list[str], g: str) -> str:
    """A birth cue agreeing with the person's gender (French and Italian)."""
    cue = ctx.c(cues)
    if ctx.lang == "fr":
        cue = cue.replace("né(e)", "née" if g == "f" else "né").replace("née", "née" if g == "f" else "né")
    if ctx.lang == "it":
        cue = cue.replace("nato/a", "nata" if g == "f" else "nato").replace("nata", "nata" if g == "f" else "nato")
    return cue


def t_settlement(ctx: Ctx) -> Doc:
    T = SETTLE[ctx.lang]
    d = Doc()
    lawyer, partner = ctx.person(local=True), ctx.person(local=True)
    client, opp = ctx.person(), ctx.person()
    court = town_only(ctx)
    office = address(ctx, unit=False)
    amt = amount(ctx, 800, 25000)
    due = plain_date(ctx, None, 2026, 2026)
    letter = ctx.p(0.5)
    d(T["req"][ctx.c([0, 2]) if letter else ctx.c([1, 3])])
    court_w = COURTS[(ctx.lang, ctx.region)]
    az = ctx.c([f"{ctx.r(1, 9)} C {ctx.r(100, 999)}/{ctx.r(24, 26)}", f"{ctx.r(10, 99)}/{ctx.digits(5)}",
                f"{ctx.r(1000, 9999)}/{ctx.r(2024, 2026)}", f"K{ctx.r(10, 99)}CL{ctx.digits(4)}"])
    if letter:
        # lawyer's letter
        firm = T["firm"].format(a=lawyer.last, b=partner.last)
        if ctx.lang == "en" and ctx.region in ("US", "CA"):
            T = dict(T, roles=("Attorney at Law", "Attorney at Law") if ctx.region == "US" else (
                "Barrister & Solicitor", "Barrister & Solicitor"))
        elif ctx.lang == "en" and ctx.region in ("AU", "NZ"):
            T = dict(T, roles=("Lawyer", "Lawyer"))
        role_word = T["roles"][0 if lawyer.g == "f" else 1].format(court=court)
        dom = domain_of(lawyer.last, ctx)
        d(firm, "\n")
        if ctx.p(0.5):
            d(P(lawyer.full), ", ", role_word, " · ", P(partner.full), "\n")
        d(AD(office.street + " · " + office.town if ctx.p(0.4) else office.one()), "\n")
        d(T["tel"], " ", PH(phone(ctx, kind="land")), " · ", T["fax"], " ", PH(phone(ctx, kind="land")), " · ",
          ctx.c(ROLE_BOX[ctx.lang]) + dom, "\n\n")
        rec = opp
        d(ctx.title(rec), "\n", nm(ctx, rec, ctx.c(["full", "full", "upper"])), "\n")
        ra = address(ctx)
        d(ra.block(ctx.c([None, None, "upper"]) if ctx.lang == "fr" else None), "\n\n")
        d(T["yours"], ": –    ", T["ours"], ": ", f"{ctx.r(10, 999)}/{ctx.r(24, 26)} {lawyer.first[0]}{lawyer.last[0]}",
          "    ", T["date"], ": ", plain_date(ctx), "\n\n")
        matter = ctx.c(T["matters"])
        d(P(client.last), " ./. ", P(opp.last), " – ", matter, "\n\n")
        d(T["salut"][rec.g].format(last="{last}").split("{last}")[0], P(rec.last),
          T["salut"][rec.g].split("{last}")[1], "\n\n")
        caddr = address(ctx)
        d(fmt(T["body1"], client=[ctx.title(client), " ", P(client.full)], caddr=caddr.line()))
        acct = iban(ctx)
        d(fmt(T["body2"], amt=amt, due=due, iban=IB(fiban(ctx, acct, "grp")), bic=bic(ctx, acct)))
        tel = phone(ctx, kind="land", style="nat")
        if ctx.lang == "de" and ctx.region == "DE" and "-" not in tel and ctx.p(0.5):
            tel = tel.replace("/", " ").rstrip() + "-" + str(ctx.r(10, 299))
        d(fmt(T["body3"], tel=PH(tel), mail=EM(work_email(ctx, lawyer, dom)),
              role=ctx.c(ROLE_BOX[ctx.lang]) + dom))
        sal = "Madame" if rec.g == "f" else "Monsieur"
        d(T["close"].format(sal=sal), P(lawyer.full), "\n", T["roles"][0 if lawyer.g == "f" else 1].format(court=court),
          "\n")
        if ctx.p(0.4):
            d("\n", {"de": "Anlage: Vollmacht", "fr": "PJ : pouvoir", "it": "All.: procura",
                     "en": "Enc. signed authority"}[ctx.lang], "\n")
    else:
        v = ctx.c(["v2", "v3", {"de": "Stand ", "fr": "version du ", "it": "versione del ", "en": "draft of "}[ctx.lang]
                   + plain_date(ctx, "num", 2026, 2026)])
        d(T["agr"].format(v=v))
        addr_a = address(ctx)
        d(ctx.title(client), " ", nm(ctx, client, ctx.c(["full", "full", "upper"])), ", ",
          born(ctx, T["born"], client.g), DB(dob(ctx, 1950, 2000)))
        if ctx.lang in ("fr", "it") and ctx.p(0.6):
            d(" ", {"fr": "à ", "it": "a "}[ctx.lang], town_only(ctx))
        d(T["resid"], addr_a.line(), "\n", gseq(T["partyA"], [client.g]), "\n")
        if ctx.p(0.6):
            firm_l = ctx.person(local=True)
            d(gseq(T["rep"], [client.g]), P(firm_l.full), ", ", AD(office.one()), "\n")
        d("\n", T["and"], "\n\n")
        married = opp
        d(ctx.title(married), " ", P(married.full))
        if married.g == "f" and ctx.p(0.5):
            maiden = ctx.person(g="f")
            d(T["maiden"], P(maiden.last))
        d(", ", born(ctx, T["born"], married.g), DB(dob(ctx, 1950, 2000)), T["resid"].rstrip(" ").rstrip(","), "\n")
        addr_b = address(ctx)
        d(addr_b.block(), "\n", T["partyB"], "\n\n")
        d(fmt(T["c1"], d=plain_date(ctx, None, 2024, 2025), amt=amt))
        holder = nm(ctx, client, ctx.c(["full", "upper", "rev"]))
        d(fmt(T["c2"], due=due, iban=IB(fiban(ctx, iban(ctx))), holder=holder))
        d(fmt(T["c3"], court=court_w + court, az=az))
        d(T["c4"])
        d(T["sign"].format(town=court))
        d(P(client.full), " " * max(2, 30 - len(client.full)), P(married.full), "\n")
        if ctx.p(0.5):
            n = {"de": "Anmerkung RAin: ", "fr": "Note : ", "it": "Nota: ", "en": "Note: "}[ctx.lang]
            other = ctx.person()
            d("\n", n, {
                "de": "Zeugin des Vorfalls war {w}, erreichbar unter {t}.",
                "fr": "Le témoin, {w}, est joignable au {t}.",
                "it": "Il testimone, {w}, è reperibile al {t}.",
                "en": "The witness, {w}, can be reached on {t}.",
            }[ctx.lang].format(w="\0", t="\1").split("\0")[0], P(other.full), {
                "de": ", erreichbar unter ", "fr": ", est joignable au ", "it": ", è reperibile al ",
                "en": ", can be reached on "}[ctx.lang], PH(phone(ctx, kind="mob")), ".\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# 2. handover - nursing shift handovers and home-care tour notes
# ---------------------------------------------------------------------------------------------------------------

HANDOVER = {
    "de": {
        "req": ["Mach aus meinen Übergabenotizen bitte eine saubere SBAR-Übergabe:\n\n",
                "Fasse die Übergabe für den Spätdienst in Stichpunkten zusammen:\n\n",
                "Kannst du aus der Tourenliste einen Plan für morgen erstellen (wer zuerst, wegen Insulin)?\n\n",
                "Bitte formuliere das für die Pflegedokumentation ordentlich aus:\n\n"],
        "head": "Übergabe {ward} – {shift}, {date}\nÜbergabe von {a} an {b}\n\n",
        "ward": ["Station 4B", "Station 7 (Geriatrie)", "IMC 2", "Station 3A Innere"],
        "shift": ["Nachtdienst → Frühdienst", "Früh → Spät", "Spätdienst → Nachtdienst"],
        "nurse": {"f": ["Sr. ", "Pflegerin ", ""], "m": ["Pfl. ", "Pfleger ", ""]},
        "room": "Zi. {r}/{b} – ", "born": ["geb. ", "*", "geb. am "],
        "sit": ["S: Sturz zu Hause, V. a. Schenkelhalsfraktur re., OP morgen geplant",
                "S: Exazerbierte COPD, O2 2 l/min", "S: Pneumonie, Antibiose seit gestern",
                "S: Dekompensierte Herzinsuffizienz, Gewicht täglich", "S: Post-OP Tag 2 nach Hüft-TEP"],
        "bg": ["B: Morbus Parkinson, Diabetes Typ 2, Marcumar", "B: Alzheimer-Demenz, zeitweise unruhig",
               "B: Z. n. Apoplex 2019, Hemiparese li.", "B: Niereninsuffizienz, Dialyse Mo/Mi/Fr",
               "B: Hashimoto-Thyreoiditis, sonst keine VE"],
        "ass": ["A: Vitalzeichen stabil, RR 135/80, Schmerzen NRS 3", "A: nachts desorientiert, Sturzgefahr",
                "A: BZ 220 um 6 Uhr, Korrektur nach Schema", "A: Dekubitus Grad 1 sakral, Lagerung 2-stdl."],
        "rec": "R: {rel} informieren, Tel. {tel}. Hausarzt {doc}, Praxis {ptel}.",
        "rels": {"f": ["Tochter", "Nichte", "Schwiegertochter", "Betreuerin"], "m": ["Sohn", "Ehemann", "Neffe",
                "Betreuer"]},
        "tour": "Tourenplan {team} – {date}\n\n",
        "cols": ["Zeit", "Klient/in", "Adresse", "Zugang", "Angehörige", "Leistung"],
        "access": ["Schlüsselbox {c}", "klingeln, 2x", "Schlüssel im Büro", "Nachbarin hat Schlüssel", "Code {c}"],
        "tasks": ["LK 1 + Insulin", "Kompressionsstrümpfe", "Medikamentengabe", "Verbandswechsel", "Grundpflege"],
        "note": "Hinweis: {p} ({born_w} {dob}) bekommt ab Montag einen neuen Hausnotruf, Ansprechpartner beim "
                "Pflegedienst ist {coord} ({ctel}). Notfall: {hot}.\n",
        "app": {"patient": "patient", "name": "name", "dob": "geburtsdatum", "addr": "adresse", "contacts": "kontakte",
                "role": "rolle", "tel": "telefon", "gp": "hausarzt", "ins": "versichertennummer",
                "diag": "diagnosen", "diags": ["Morbus Parkinson", "Diabetes mellitus Typ 2", "Exsikkose"]},
    },
    "fr": {
        "req": ["Mets en forme ces transmissions ciblées pour l'équipe de nuit :\n\n",
                "Résume-moi les transmissions de la journée en points clés :\n\n",
                "Peux-tu organiser ma tournée de demain à partir de cette liste (priorité aux insulines) ?\n\n",
                "Reformule proprement pour le dossier de soins :\n\n"],
        "head": "Transmissions {ward} – {shift}, {date}\nTransmis par {a} à {b}\n\n",
        "ward": ["Médecine gériatrique 3e", "Unité de soins continus", "Orthopédie B", "Pneumologie"],
        "shift": ["nuit → matin", "matin → après-midi", "après-midi → nuit"],
        "nurse": {"f": ["IDE ", "Mme ", ""], "m": ["IDE ", "M. ", ""]},
        "room": "Ch. {r} lit {b} – ", "born": ["née le ", "née le ", "DDN "],
        "sit": ["Cible : chute à domicile, suspicion de fracture du col du fémur droit, bloc prévu demain",
                "Cible : BPCO exacerbée, O2 2 l/min", "Cible : pneumopathie, antibiothérapie depuis hier",
                "Cible : insuffisance cardiaque décompensée, pesée quotidienne", "Cible : J2 post-op PTH"],
        "bg": ["Données : maladie de Parkinson, diabète type 2, sous AVK",
               "Données : maladie d'Alzheimer, agitation vespérale",
               "Données : ATCD AVC 2019, hémiparésie gauche", "Données : IRC, dialyse lun/mer/ven",
               "Données : thyroïdite de Hashimoto"],
        "ass": ["Actions : constantes stables, TA 13/8, EVA 3", "Actions : désorientée la nuit, barrières en place",
                "Actions : glycémie 2,20 g/l à 6 h, correction selon protocole",
                "Actions : rougeur sacrée, changement de position /2 h"],
        "rec": "Résultats / à faire : prévenir {rel} au {tel}. Médecin traitant {doc}, cabinet {ptel}.",
        "rels": {"f": ["sa fille", "sa nièce", "sa belle-fille", "la tutrice"], "m": ["son fils", "son mari",
                "son neveu", "le curateur"]},
        "tour": "Tournée SSIAD {team} – {date}\n\n",
        "cols": ["Heure", "Patient·e", "Adresse", "Accès", "Proche", "Soins"],
        "access": ["boîte à clés {c}", "sonner 2 fois", "clé au cabinet", "clé chez la voisine", "digicode {c}"],
        "tasks": ["toilette + insuline", "bas de contention", "pilulier", "pansement", "aide au lever"],
        "note": "NB : {p} ({born_w} {dob}) passe en HAD lundi, la coordinatrice est {coord} ({ctel}). "
                "Urgence : {hot}.\n",
        "app": {"patient": "patient", "name": "nom", "dob": "date_naissance", "addr": "adresse", "contacts": "contacts",
                "role": "lien", "tel": "telephone", "gp": "medecin_traitant", "ins": "num_secu",
                "diag": "diagnostics", "diags": ["Maladie de Parkinson", "Diabète de type 2", "Déshydratation"]},
    },
    "it": {
        "req": ["Sistemami queste consegne infermieristiche in formato SBAR:\n\n",
                "Riassumi le consegne per il turno di notte in punti:\n\n",
                "Organizza il giro di domani partendo da questa lista (prima chi fa insulina):\n\n",
                "Riscrivi in modo ordinato per la cartella infermieristica:\n\n"],
        "head": "Consegne {ward} – {shift}, {date}\nConsegna da {a} a {b}\n\n",
        "ward": ["Medicina interna 2", "Geriatria", "Ortopedia", "Pneumologia"],
        "shift": ["notte → mattina", "mattina → pomeriggio", "pomeriggio → notte"],
        "nurse": {"f": ["inf. ", "", "la collega "], "m": ["inf. ", "", "il collega "]},
        "room": "Stanza {r} letto {b} – ", "born": ["nata il ", "n. ", "data di nascita "],
        "sit": ["S: caduta a domicilio, sospetta frattura di femore dx, intervento domani",
                "S: BPCO riacutizzata, O2 2 l/min", "S: polmonite, terapia antibiotica da ieri",
                "S: scompenso cardiaco, peso giornaliero", "S: 2a giornata post-op protesi d'anca"],
        "bg": ["B: morbo di Parkinson, diabete tipo 2, in TAO", "B: demenza di Alzheimer, agitata la sera",
               "B: pregresso ictus 2019, emiparesi sx", "B: IRC in dialisi lun/mer/ven", "B: tiroidite di Hashimoto"],
        "ass": ["A: parametri stabili, PA 135/80, NRS 3", "A: disorientata di notte, spondine su",
                "A: glicemia 220 alle 6, correzione da schema", "A: arrossamento sacrale, mobilizzare ogni 2 ore"],
        "rec": "R: avvisare {rel} al {tel}. MMG {doc}, ambulatorio {ptel}.",
        "rels": {"f": ["la figlia", "la nipote", "la nuora", "l'amministratrice di sostegno"],
                 "m": ["il figlio", "il marito", "il nipote", "l'amministratore di sostegno"]},
        "tour": "Giro ADI {team} – {date}\n\n",
        "cols": ["Ora", "Assistito/a", "Indirizzo", "Accesso", "Familiare", "Prestazione"],
        "access": ["cassetta chiavi {c}", "suonare 2 volte", "chiavi in sede", "chiavi dalla vicina", "codice {c}"],
        "tasks": ["igiene + insulina", "calze elastiche", "terapia orale", "medicazione", "mobilizzazione"],
        "note": "NB: {p} ({born_w} {dob}) da lunedì passa in cure palliative domiciliari, referente {coord} "
                "({ctel}). Emergenze: {hot}.\n",
        "app": {"patient": "paziente", "name": "nominativo", "dob": "data_nascita", "addr": "indirizzo",
                "contacts": "contatti", "role": "relazione", "tel": "telefono", "gp": "mmg", "ins": "codice_fiscale",
                "diag": "diagnosi", "diags": ["Morbo di Parkinson", "Diabete mellito tipo 2", "Disidratazione"]},
    },
    "en": {
        "req": ["Turn my scribbled handover notes into a proper SBAR handover:\n\n",
                "Summarise this handover for the night shift in bullet points:\n\n",
                "Can you plan tomorrow's home visit round from this list (insulin clients first)?\n\n",
                "Please write this up neatly for the care notes:\n\n"],
        "head": "Handover {ward} – {shift}, {date}\nGiven by {a} to {b}\n\n",
        "ward": ["Ward 7 (Care of the Elderly)", "AMU", "Ortho Ward B", "Respiratory"],
        "shift": ["nights → earlies", "earlies → lates", "lates → nights"],
        "nurse": {"f": ["RN ", "Staff Nurse ", "Sister "], "m": ["RN ", "Staff Nurse ", "Charge Nurse "]},
        "room": "Bay {r} Bed {b} – ", "born": ["DOB ", "born ", "D.O.B. "],
        "sit": ["S: fall at home, ?NOF fracture R, theatre tomorrow", "S: infective exacerbation of COPD, O2 2L",
                "S: CAP, on IV abx since yesterday", "S: decompensated heart failure, daily weights",
                "S: day 2 post-op THR"],
        "bg": ["B: Parkinson's disease, T2DM, on warfarin", "B: Alzheimer's dementia, sundowning",
               "B: previous CVA 2019, L-sided weakness", "B: CKD, dialysis Mon/Wed/Fri", "B: Hashimoto's thyroiditis"],
        "ass": ["A: obs stable, BP 135/80, pain 3/10", "A: confused overnight, falls risk, bed rails",
                "A: CBG 12.2 at 06:00, corrected per chart", "A: grade 1 sacral pressure area, 2-hourly turns"],
        "rec": "R: update {rel} on {tel}. GP {doc}, surgery {ptel}.",
        "rels": {"f": ["daughter", "niece", "daughter-in-law", "LPA holder"], "m": ["son", "husband", "nephew",
                "LPA holder"]},
        "tour": "Home visit round {team} – {date}\n\n",
        "cols": ["Time", "Client", "Address", "Access", "NOK", "Care"],
        "access": ["key safe {c}", "ring twice", "key at office", "neighbour has key", "code {c}"],
        "tasks": ["personal care + insulin", "compression stockings", "meds prompt", "dressing", "transfer assist"],
        "note": "NB: {p} ({born_w} {dob}) starts on the new pendant alarm Monday; coordinator is {coord} ({ctel}). "
                "Out of hours: {hot}.\n",
        "app": {"patient": "patient", "name": "name", "dob": "date_of_birth", "addr": "address", "contacts": "contacts",
                "role": "relationship", "tel": "phone", "gp": "gp", "ins": "nhs_number",
                "diag": "diagnoses", "diags": ["Parkinson's disease", "Type 2 diabetes", "Dehydration"]},
    },
}

DOC_TITLE = {"de": "Dr. ", "fr": "Dr ", "it": "Dott. ", "en": "Dr "}


def t_handover(ctx: Ctx) -> Doc:
    T = HANDOVER[ctx.lang]
    d = Doc()
    v = ctx.c(["ward", "ward", "tour", "app"])
    d(T["req"][ctx.c([0, 1, 3]) if v != "tour" else 2])
    date = plain_date(ctx, "num", 2026, 2026)
    if v == "ward":
        a, b = ctx.person(local=True), ctx.person()
        d(fmt(T["head"], ward=ctx.c(T["ward"]), shift=ctx.c(T["shift"]), date=date,
              a=[ctx.c(T["nurse"][a.g]), P(ctx.c([a.full, a.given, a.short]))],
              b=[ctx.c(T["nurse"][b.g]), P(ctx.c([b.full, b.given]))]))
        for _ in range(ctx.r(2, 4)):
            pt = ctx.person(local=ctx.p(0.6))
            rel = ctx.person(local=True, last=pt.last if ctx.p(0.6) else None)
            gp = ctx.person(local=True)
            d(T["room"].format(r=ctx.r(1, 40), b=ctx.r(1, 3)), ctx.title(pt), " ",
              nm(ctx, pt, ctx.c(["full", "rev", "upfirst"])), ", ", born(ctx, T["born"], pt.g), DB(dob(ctx, 1928,
                      1960)), "\n")
            d(ctx.c(T["sit"]), "\n", ctx.c(T["bg"]), "\n", ctx.c(T["ass"]), "\n")
            rw = ctx.c(T["rels"][rel.g])
            d(fmt(T["rec"], rel=[rw, " ", P(ctx.c([rel.full, rel.given]))], tel=PH(phone(ctx, kind="mob")),
                  doc=[DOC_TITLE[ctx.lang], P(gp.full if ctx.p(0.7) else gp.last)], ptel=PH(phone(ctx, kind="land"))))
            d("\n\n")
        if ctx.p(0.5):
            d({"de": "Notruf: ", "fr": "Urgences : ", "it": "Emergenze: ", "en": "Emergency: "}[
                ctx.lang], hotline(ctx), " · ", {"de": "Stationstelefon intern ", "fr": "poste du service ",
                                                 "it": "interno reparto ", "en": "ward ext. "}[ctx.lang],
              str(ctx.r(2000, 4999)), "\n")
    elif v == "tour":
        team = ctx.c(["Nord", "Team 2", "Süd", "A", "Ost"]) if ctx.lang == "de" else ctx.c(["1", "B", "Centre", "3"])
        d(fmt(T["tour"], team=team, date=date))
        rows: list = []
        tour_city = ""
        fmt_kind = ctx.c(["md", "tsv", "fixed"])
        for k in range(ctx.r(3, 5)):
            pt = ctx.person(local=ctx.p(0.6))
            rel = ctx.person(local=True, last=pt.last if ctx.p(0.5) else None)
            ad = address(ctx)
            for _ in range(40):  # one tour stays in one town
                if not rows or ad.city == tour_city:
                    break
                ad = address(ctx)
            tour_city = ad.city if not rows else tour_city
            acc = ctx.c(T["access"]).format(c=ctx.digits(4))
            rw = ctx.c(T["rels"][rel.g])
            tm = f"{6 + k}:{ctx.c(['00', '15', '30', '45'])}"
            rows.append([tm, nm(ctx, pt, ctx.c(["rev", "full", "upfirst"])), ad.line(), acc,
                         [rw, " ", P(rel.given), " ", PH(phone(ctx, kind="mob"))], ctx.c(T["tasks"])])
        if fmt_kind == "md":
            d(md_table(T["cols"], rows))
        elif fmt_kind == "tsv":
            d("\t".join(T["cols"]), "\n")
            for r in rows:
                for k2, c in enumerate(r):
                    if k2:
                        d("\t")
                    d(c)
                d("\n")
        else:
            widths = [7, 30, 48, 20, 38, 20]
            d(fixed_row(T["cols"], widths))
            for r in rows:
                d(fixed_row(r, widths))
        pt = ctx.person()
        coord = ctx.person(local=True)
        d("\n", fmt(T["note"], p=[ctx.title(pt), " ", P(pt.full)], born_w=born(ctx, T["born"], pt.g).strip(),
                    dob=DB(dob(ctx, 1930, 1960)), coord=P(coord.full),
                    ctel=PH(phone(ctx, kind="land")), hot=hotline(ctx)))
    else:
        A = T["app"]
        if ctx.lang == "en":
            A = dict(A, ins={"GB": "nhs_number", "IE": "ihi_number", "US": "mrn", "CA": "health_card_no",
                             "AU": "medicare_no", "NZ": "nhi"}[ctx.region])
        d("```yaml\n")
        pt = ctx.person(local=ctx.p(0.6))
        ad = address(ctx)
        d(A["patient"], ":\n  ", A["name"], ": ", yaml_val(nm(ctx, pt, ctx.c(["rev", "full"])), ctx.c(["plain",
                "double"])),
          "\n  ", A["dob"], ": ", yaml_val(DB(dob(ctx, 1930, 1960, ctx.c(["iso", "num"]))), ctx.c(["plain", "single"])),
          "\n  ", A["addr"], ": ", yaml_val(ad.line(), "double"), "\n  ", A["ins"], ": ",
          ctx.c(["A", "B", "K", "M"]) + ctx.digits(9) if ctx.lang == "de" else ctx.digits(10), "\n  ", A["diag"], ":\n")
        for dg in ctx.rng.sample(A["diags"], 2):
            d("    - ", dg, "\n")
        d("  ", A["contacts"], ":\n")
        for _ in range(ctx.r(1, 3)):
            rel = ctx.person(local=True, last=pt.last if ctx.p(0.5) else None)
            d("    - ", A["name"], ": ", yaml_val(P(rel.full)), "\n      ", A["role"], ": ", ctx.c(T["rels"][rel.g]),
              "\n      ", A["tel"], ": ", yaml_val(PH(phone(ctx)), "double"), "\n")
            if ctx.p(0.4):
                d("      email: ", EM(email(ctx, rel)), "\n")
        gp = ctx.person(local=True)
        d("  ", A["gp"], ":\n    ", A["name"], ": ", DOC_TITLE[ctx.lang], P(gp.full), "\n    ", A["tel"], ": ",
          yaml_val(PH(phone(ctx, kind="land")), "single"), "\n    ", A["addr"], ": ", address(ctx).line(), "\n")
        d("```\n")
        nurse = ctx.person(local=True)
        d("\n", {"de": "Notiz von ", "fr": "Note de ", "it": "Nota di ", "en": "Note from "}[ctx.lang],
          P(nurse.given), ": ", {"de": "Bitte die Diagnosen als Fließtext für die Überleitung an das Heim.",
                                  "fr": "mettre les diagnostics en phrases pour la lettre de liaison.",
                                  "it": "mettere le diagnosi in forma discorsiva per la lettera di dimissione.",
                                  "en": "please turn the diagnoses into prose for the discharge summary."}[ctx.lang],
          "\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# 3. invoice - pdftotext output and HTML receipts of invoices with customer blocks
# ---------------------------------------------------------------------------------------------------------------

INVOICE = {
    "de": {
        "req": ["Ich habe die Rechnung aus dem PDF kopiert. Bitte extrahiere Rechnungsnummer, Kunde, Beträge und "
                "Bankverbindung als JSON:\n\n",
                "Stimmt die Mehrwertsteuer auf dieser Rechnung? Text aus pdftotext:\n\n",
                "Schreib mir eine freundliche Reklamation zu Position 2 dieser Rechnung:\n\n",
                "Trag die Daten dieser Rechnung in meine Buchhaltungstabelle ein (Datum; Lieferant; Betrag; "
                "IBAN):\n\n"],
        "title": "RECHNUNG", "no": "Rechnung Nr.", "cust": "Kunden-Nr.", "date": "Datum",
           "contact": "Ihr Ansprechpartner",
        "ext": "Durchwahl", "cols": ["Pos", "Menge", "Bezeichnung", "Einzelpreis", "Gesamt"], "net": "Nettobetrag",
        "vat": "zzgl. 19 % USt", "total": "Rechnungsbetrag", "site": "Leistungsort",
        "pay": "Zahlbar innerhalb von 14 Tagen ohne Abzug auf das unten genannte Konto. Verwendungszweck: {no}",
        "md": "Geschäftsführer", "reg": "Amtsgericht {town} HRB {n} · USt-IdNr. DE{vat}", "page": "Seite {a} von {b}",
        "items": [("Wand- und Deckenflächen streichen, weiß", "m²"), ("Abdeckarbeiten", "Std."),
                  ("Laptop-Reparatur Displaytausch", "Stk."), ("Anfahrt", "pauschal"), ("Klavierunterricht 45 min",
                          "Std."),
                  ("Heckenschnitt inkl. Entsorgung", "Std."), ("Fotoshooting Familie", "pauschal"),
                  ("Übersetzung Urkunde DE-EN", "Seite")],
        "salute": {"f": "Frau", "m": "Herrn"}, "bill": "Rechnungsadresse", "ship": "Lieferadresse",
        "paid": "Bezahlt mit {brand} **** {l4}", "phone_w": "Telefon", "order": "Bestellung",
    },
    "fr": {
        "req": ["J'ai copié la facture depuis le PDF. Extrais-moi numéro, client, montants et coordonnées bancaires en "
                "JSON :\n\n", "La TVA est-elle correcte sur cette facture ? Texte issu de pdftotext :\n\n",
                "Rédige une réclamation courtoise concernant la ligne 2 de cette facture :\n\n",
                "Ajoute cette facture à mon tableau de suivi (date ; fournisseur ; montant ; IBAN) :\n\n"],
        "title": "FACTURE", "no": "Facture n°", "cust": "Réf. client", "date": "Date", "contact": "Votre interlocuteur",
        "ext": "poste", "cols": ["Réf", "Qté", "Désignation", "PU HT", "Total HT"], "net": "Total HT",
        "vat": "TVA 20 %", "total": "Total TTC", "site": "Lieu d'intervention",
        "pay": "Paiement à 30 jours par virement. Merci de rappeler la référence {no}. Pas d'escompte pour paiement "
               "anticipé.",
        "md": "Gérant", "reg": "SARL au capital de 8 000 € · RCS {town} {n} · TVA FR{vat}", "page": "Page {a}/{b}",
        "items": [("Peinture murs et plafonds, blanc", "m²"), ("Protection des sols", "h"),
                  ("Remplacement écran ordinateur portable", "u"), ("Déplacement", "forfait"),
                  ("Cours de piano 45 min", "h"),
                  ("Taille de haie avec évacuation", "h"), ("Séance photo famille", "forfait"),
                  ("Traduction acte de naissance", "page")],
        "salute": {"f": "Madame", "m": "Monsieur"}, "bill": "Adresse de facturation", "ship": "Adresse de livraison",
        "paid": "Payé par {brand} **** {l4}", "phone_w": "Téléphone", "order": "Commande",
    },
    "it": {
        "req": ["Ho copiato la fattura dal PDF. Estrai numero, cliente, importi e coordinate bancarie in JSON:\n\n",
                "L'IVA di questa fattura è corretta? Testo da pdftotext:\n\n",
                "Scrivimi un reclamo cortese sulla riga 2 di questa fattura:\n\n",
                "Inserisci questa fattura nel mio foglio spese (data; fornitore; importo; IBAN):\n\n"],
        "title": "FATTURA", "no": "Fattura n.", "cust": "Cod. cliente", "date": "Data", "contact": "Referente",
        "ext": "interno", "cols": ["Rif", "Q.tà", "Descrizione", "Prezzo unit.", "Importo"], "net": "Imponibile",
        "vat": "IVA 22%", "total": "Totale documento", "site": "Luogo della prestazione",
        "pay": "Pagamento: bonifico bancario a 30 gg d.f. Causale: {no}",
        "md": "Legale rappresentante", "reg": "REA {town} {n} · P.IVA IT{vat} · Cap. soc. € 10.000 i.v.",
        "page": "Pag. {a} di {b}",
        "items": [("Tinteggiatura pareti e soffitti, bianco", "mq"), ("Protezione pavimenti", "ore"),
                  ("Sostituzione display notebook", "pz"), ("Diritto di chiamata", "forfait"),
                  ("Lezione di pianoforte 45'", "ore"),
                  ("Potatura siepe con smaltimento", "ore"), ("Servizio fotografico famiglia", "forfait"),
                  ("Traduzione atto di nascita", "pag.")],
        "salute": {"f": "Spett.le Sig.ra", "m": "Spett.le Sig."}, "bill": "Intestatario", "ship": "Destinazione merce",
        "paid": "Pagato con {brand} **** {l4}", "phone_w": "Telefono", "order": "Ordine",
    },
    "en": {
        "req": ["I copied this invoice out of the PDF. Please extract invoice number, customer, amounts and bank "
                "details "
                "as JSON:\n\n", "Is the VAT on this invoice right? Text from pdftotext:\n\n",
                "Write me a polite complaint about line 2 of this invoice:\n\n",
                "Add this invoice to my expenses sheet (date; supplier; amount; account):\n\n"],
        "title": "INVOICE", "no": "Invoice No.", "cust": "Account No.", "date": "Date", "contact": "Your contact",
        "ext": "ext.", "cols": ["Item", "Qty", "Description", "Unit price", "Amount"], "net": "Subtotal",
        "vat": "VAT 20%", "total": "Total due", "site": "Site address",
        "pay": "Payment due within 30 days. Please quote {no} as reference.",
        "md": "Director", "reg": "Registered in {town} No. {n} · VAT Reg. GB{vat}", "page": "Page {a} of {b}",
        "items": [("Paint walls and ceilings, white", "m2"), ("Masking and protection", "hr"),
                  ("Laptop screen replacement", "ea"), ("Call-out fee", "fixed"), ("Piano lesson 45 min", "hr"),
                  ("Hedge trimming incl. green waste", "hr"), ("Family photo session", "fixed"),
                  ("Certified translation, birth certificate", "page")],
        "salute": {"f": "Ms", "m": "Mr"}, "bill": "Bill to", "ship": "Ship to",
        "paid": "Paid with {brand} ending {l4}", "phone_w": "Phone", "order": "Order",
    },
}

EN_TAX = {"GB": ("VAT 20%", "Registered in England and Wales No. {n} · VAT Reg. GB{vat}"),
          "IE": ("VAT 23%", "Registered in Ireland No. {n} · VAT IE{vat}"),
          "US": ("Sales tax 8.875%", "EIN {n}-{vat}"),
          "CA": ("GST/HST 13%", "GST/HST Reg. {vat} RT0001"),
          "AU": ("GST 10%", "ABN {n} {vat}"),
          "NZ": ("GST 15%", "GST No. {n}-{vat}")}
BANK_LINE_EN = {"GB": "Sort code {a}-{b}-{c} · Account {acct}", "US": "ACH routing {rt} · Account {acct}",
                "CA": "Transit {a}{b}{c} · Institution 00{b} · Account {acct}",
                "AU": "BSB {a}{b}-{c}{b} · Account {acct}",
                "NZ": "Account 12-3{a}-0{acct}-00"}


BANKS = {"DE": ["Sparkasse", "Volksbank eG", "Commerzbank", "Postbank"], "AT": ["Erste Bank", "Raiffeisenbank",
        "BAWAG"],
         "CH": ["PostFinance", "Raiffeisen", "Kantonalbank", "UBS"], "FR": ["Crédit Agricole", "BNP Paribas",
                 "Banque Populaire"],
         "BE": ["BNP Paribas Fortis", "Belfius", "KBC"], "LU": ["Spuerkeess", "BGL BNP Paribas"],
         "IT": ["Intesa Sanpaolo", "UniCredit", "Banco BPM"], "IE": ["AIB", "Bank of Ireland", "PTSB"],
         "GB": ["NatWest", "Barclays", "Nationwide", "Monzo"], "US": ["Chase", "Wells Fargo", "Bank of America",
                                                                      "Ally"],
         "CA": ["RBC", "TD Canada Trust", "Scotiabank", "BMO"], "AU": ["Westpac", "ANZ", "CommBank", "NAB"],
         "NZ": ["Kiwibank", "ASB", "ANZ", "Westpac"]}


def merge_cols(left: list, right: list, col: int) -> list:
    """pdftotext -layout: two columns on the same lines."""
    out: list = []
    for k in range(max(len(left), len(right))):
        lseg = left[k] if k < len(left) else ""
        rseg = right[k] if k < len(right) else ""
        lt = seg_text(lseg)
        if rseg:
            out += [lseg, " " * max(2, col - len(lt)), rseg, "\n"]
        else:
            out += [lseg, "\n"]
    return out


def t_invoice(ctx: Ctx) -> Doc:
    T = dict(INVOICE[ctx.lang])
    if ctx.lang == "en":
        T["vat"], T["reg"] = EN_TAX[ctx.region]
        if ctx.region == "AU":
            T["title"] = "TAX INVOICE"
    if ctx.lang == "de" and ctx.region in ("AT", "CH"):
        T["vat"] = "zzgl. 20 % USt" if ctx.region == "AT" else "zzgl. 8,1 % MWST"
        T["reg"] = "FN {n}a · UID ATU{vat}" if ctx.region == "AT" else "UID CHE-{a}.{b}.{c} MWST"
    if ctx.lang == "fr" and ctx.region != "FR":
        T["vat"] = {"BE": "TVA 21 %", "LU": "TVA 17 %", "CH": "TVA 8,1 %"}[ctx.region]
        T["reg"] = {"BE": "BCE 0{n}.{vat} · RPM {town}", "LU": "RCS Luxembourg B{n} · TVA LU{vat}",
                    "CH": "IDE CHE-{a}.{b}.{c} TVA"}[ctx.region]
    if ctx.lang == "it" and ctx.region == "CH":
        T["vat"], T["reg"] = "IVA 8,1%", "IDI CHE-{a}.{b}.{c} IVA"
    d = Doc()
    d(ctx.c(T["req"]))
    seller = company(ctx)
    owner = ctx.person(local=True)
    staff = ctx.person(local=True)
    cust = ctx.person()
    s_addr = address(ctx, unit=False)
    c_addr = address(ctx)
    no = ctx.c(["RE-", "F", "INV-", "", "2026/"]) + ctx.digits(ctx.c([4, 5, 6]))
    dom = domain_of(seller, ctx)
    has_iban = not (ctx.lang == "en" and ctx.region in ("GB", "US", "CA", "AU", "NZ")) or ctx.p(0.25)
    acct = iban(ctx) if has_iban else ""
    v = ctx.c(["layout", "layout", "html"])
    if v == "layout":
        col = ctx.c([52, 56, 60])
        mode = "upper" if ctx.p(0.2) else None
        right_top = [seller, AD(s_addr.street + ctx.c([" · ", ", "]) + s_addr.town),
                     [T["phone_w"], " ", PH(phone(ctx, kind="land"))], ctx.c(ROLE_BOX[ctx.lang]) + dom]
        if ctx.p(0.5):
            right_top.append(EM(work_email(ctx, owner, dom)))
        d(merge_cols([""] * len(right_top), right_top, col))
        d("\n", seller, " · ", AD(s_addr.street + " · " + s_addr.town), "\n\n")
        left = [ctx.c([T["salute"][cust.g], ""]), case(nm(ctx, cust, ctx.c(["full", "full", "upper"])), mode),
                AD(case(c_addr.street, mode)), AD(case(c_addr.town, mode))]
        right = [[T["no"], " ", no], [T["cust"], " ", ctx.digits(5)], [T["date"], " ", plain_date(ctx, "num", 2026,
                2026)],
                 [T["contact"], ": ", P(staff.full)]]
        tel = phone(ctx, kind="land", style="nat")
        if ctx.p(0.5):
            right.append([T["ext"], " ", str(ctx.r(10, 99))])
        else:
            right.append([T["phone_w"], " ", PH(tel)])
        d(merge_cols(left, right, col))
        d("\n", T["title"], "\n\n")
        widths = [5, 8, 44, 14, 12]
        d(fixed_row(T["cols"], widths))
        total = 0.0
        rate = float("".join(ch for ch in T["vat"].replace(",", ".") if ch.isdigit() or ch == ".").strip(".")) / 100

        def money(x: float) -> str:
            t = f"{x:,.2f}"
            if ctx.lang == "en":
                return t
            return t.replace(",", "X").replace(".", ",").replace("X", "." if ctx.region != "CH" else "'")

        for k, (desc, unit) in enumerate(ctx.rng.sample(T["items"], ctx.r(2, 4))):
            q = 1 if unit in ("pauschal", "forfait", "fixed") else ctx.r(1, 20)
            up = ctx.r(500, 9000) / 100
            total += q * up
            d(fixed_row([str(k + 1), f"{q} {unit}", desc, money(up), money(q * up)], widths))
        d("\n", " " * 40, f"{T['net']:<20}{money(total):>12}\n", " " * 40, f"{T['vat']:<20}{money(total * rate):>12}\n",
          " " * 40, f"{T['total']:<20}{money(total * (1 + rate)):>12}\n\n")
        if ctx.p(0.5):
            site = address(ctx)
            d(T["site"], ": ", site.line(), "\n")
        d(T["pay"].format(no=no), "\n\f")
        d(seller, " · ", T["md"], ": ", P(owner.full), " · ",
          T["reg"].format(town=town_only(ctx), n=ctx.digits(ctx.c([4, 5])), vat=ctx.digits(9), a=ctx.digits(3),
                          b=ctx.digits(3), c=ctx.digits(3)), "\n")
        if has_iban:
            d(ctx.c(BANKS.get(acct[:2], ["Bank"])), " · IBAN ",
              IB(fiban(ctx, acct, ctx.c(["grp", "compact"]))), " · BIC ", bic(ctx, acct), "\n")
        else:
            d(BANK_LINE_EN[ctx.region].format(a=ctx.digits(2), b=ctx.digits(2), c=ctx.digits(2), acct=ctx.digits(8),
                                              rt="0" + ctx.digits(8)), "\n")
        d(T["page"].format(a=1, b=1), "\n")
    else:
        # HTML receipt from an online shop
        d("<table class=\"order\">\n<tr><td><b>", T["order"], " #", ctx.digits(8), "</b></td><td>",
          plain_date(ctx, None, 2026, 2026), "</td></tr>\n<tr><td>", T["bill"], ":<br>")
        d(P(cust.full), "<br>", AD(c_addr.street), "<br>", AD(c_addr.town), "</td>")
        if ctx.p(0.6):
            other = ctx.person(last=cust.last if ctx.p(0.5) else None)
            s2 = address(ctx)
            d("<td>", T["ship"], ":<br>", P(other.full), "<br>", AD(s2.street), "<br>", AD(s2.town), "</td>")
        d("</tr>\n<tr><td colspan=\"2\">", T["phone_w"], ": ", PH(phone(ctx)), " &middot; E-Mail: <a href=\"mailto:")
        em = email(ctx, cust)
        d(EM(em), "\">", EM(em), "</a></td></tr>\n")
        for _ in range(ctx.r(1, 3)):
            desc, _unit = ctx.c(T["items"])
            d("<tr><td>", desc, "</td><td>", amount(ctx, 5, 400), "</td></tr>\n")
        brand = ctx.c(["Visa", "Mastercard", "Amex"])
        d("<tr><td>", T["paid"].format(brand=brand, l4=ctx.digits(4)), "</td><td>", amount(ctx, 20, 900),
          "</td></tr>\n")
        d("</table>\n<p style=\"font-size:10px\">", seller, " &middot; ", AD(s_addr.one()), " &middot; ", T["md"], ": ",
          P(owner.full))
        if has_iban:
            d(" &middot; IBAN ", IB(fiban(ctx, acct, "grp")))
        d(" &middot; ", ctx.c(ROLE_BOX[ctx.lang]) + dom, "</p>\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# 4. marketplace - classified-ad buyer/seller conversations
# ---------------------------------------------------------------------------------------------------------------

PLATFORM = {
    "DE": ["Kleinanzeigen", "Vinted", "markt.de"], "AT": ["willhaben", "Vinted", "shpock"], "CH": ["tutti.ch",
            "Ricardo", "anibis"],
    "FR": ["leboncoin", "Vinted", "Facebook Marketplace"], "BE": ["2ememain", "Vinted", "Facebook Marketplace"],
    "LU": ["luxbazar", "Vinted", "Facebook Marketplace"], "IT": ["Subito", "Vinted", "Wallapop"],
    "GB": ["Gumtree", "Facebook Marketplace", "eBay"], "IE": ["DoneDeal", "Adverts.ie", "Facebook Marketplace"],
    "US": ["Craigslist", "Facebook Marketplace", "OfferUp"], "CA": ["Kijiji", "Facebook Marketplace"],
    "AU": ["Gumtree", "Facebook Marketplace"], "NZ": ["Trade Me", "Facebook Marketplace"],
}
MARKET = {
    "de": {
        "req": ["Ist das hier ein Betrugsversuch? Ich habe ein ungutes Gefühl:\n\n",
                "Fass mir zusammen, was ich wohin schicken muss und wer schon bezahlt hat:\n\n",
                "Formuliere bitte eine höfliche, aber klare Antwort an den Käufer:\n\n"],
        "items": ["Kinderwagen Bugaboo Fox, wie neu", "Miele Waschmaschine W1", "Lego 42115 Lamborghini, OVP",
                  "E-Bike Cube Touring, 2 Jahre", "Hochbett Kiefer inkl. Matratze", "Nintendo Switch OLED + 3 Spiele"],
        "conv": "Unterhaltung zu „{item}“ (Anzeige {id})", "you": "Du",
        "ask": "Hallo, ist das noch zu haben? Ich würde es nehmen, bitte Versand an:",
        "tel": "Tel. für den Paketdienst: ",
           "pay": "Ja, noch da. Bezahlung per PayPal (Freunde) an {pp} oder Überweisung: IBAN {iban}, Kontoinhaber "
                  "{holder}.",
        "paid": "Habe gerade überwiesen, Verwendungszweck {item_s}. Meine Mail falls was ist: {mail}",
        "pickup": "Alternativ kann mein Bruder {bro} morgen abholen, er ist unter {tel} erreichbar. Wo genau?",
        "where": "Abholung bei mir: {addr}, klingeln bei {bell}.",
        "scam1": "Ich habe die Zahlung über „Sicher bezahlen“ veranlasst. Sie müssen nur noch auf dem Link Ihre "
                 "Kartendaten bestätigen, damit das Geld ankommt.",
        "scam2": "Habe den Link geöffnet und meine Karte {card} (gültig bis {exp}) eingegeben, danach kam eine "
                 "SMS-TAN. War das ein Fehler?",
        "label": "Versandetikett", "from": "Absender", "to": "Empfänger",
    },
    "fr": {
        "req": ["Est-ce que c'est une arnaque ? Je le sens mal :\n\n",
                "Résume-moi ce que je dois envoyer, à qui, et qui a déjà payé :\n\n",
                "Rédige une réponse polie mais ferme à l'acheteur :\n\n"],
        "items": ["Poussette Yoyo 2 comme neuve", "Lave-linge Miele W1", "Lego 42115 Lamborghini neuf",
                  "Vélo électrique Moustache", "Lit mezzanine pin avec matelas", "Nintendo Switch OLED + 3 jeux"],
        "conv": "Conversation « {item} » (annonce {id})", "you": "Vous",
        "ask": "Bonjour, toujours disponible ? Je le prends, envoi à :",
        "tel": "Tél. pour le transporteur : ",
           "pay": "Oui. Paiement par PayPal (entre proches) à {pp} ou virement : IBAN {iban}, titulaire {holder}.",
        "paid": "Virement fait, motif {item_s}. Mon mail au cas où : {mail}",
        "pickup": "Sinon mon frère {bro} peut passer demain, joignable au {tel}. C'est où exactement ?",
        "where": "Retrait chez moi : {addr}, interphone {bell}.",
        "scam1": "J'ai effectué le paiement via le service sécurisé. Il vous suffit de confirmer vos coordonnées "
                 "bancaires sur le lien pour recevoir l'argent.",
        "scam2": "J'ai ouvert le lien et saisi ma carte {card} (expire {exp}), ensuite j'ai reçu un code par SMS. "
                 "C'était une erreur ?",
        "label": "Étiquette d'envoi", "from": "Expéditeur", "to": "Destinataire",
    },
    "it": {
        "req": ["È una truffa secondo te? Non mi convince:\n\n",
                "Riassumimi cosa devo spedire, a chi e chi ha già pagato:\n\n",
                "Scrivi una risposta gentile ma chiara all'acquirente:\n\n"],
        "items": ["Passeggino Cybex come nuovo", "Lavatrice Miele W1", "Lego 42115 Lamborghini sigillato",
                  "E-bike Atala 2 anni", "Letto a castello in pino con materasso", "Nintendo Switch OLED + 3 giochi"],
        "conv": "Conversazione «{item}» (annuncio {id})", "you": "Tu",
        "ask": "Ciao, è ancora disponibile? Lo prendo, spedizione a:",
        "tel": "Cell. per il corriere: ",
           "pay": "Sì. Pagamento con PayPal (amici) a {pp} oppure bonifico: IBAN {iban}, intestato a {holder}.",
        "paid": "Bonifico fatto, causale {item_s}. La mia mail se serve: {mail}",
        "pickup": "Altrimenti passa mio fratello {bro} domani, il suo numero è {tel}. Dove di preciso?",
        "where": "Ritiro da me: {addr}, citofono {bell}.",
        "scam1": "Ho effettuato il pagamento con il servizio sicuro. Deve solo confermare i dati della carta sul link "
                 "per ricevere i soldi.",
        "scam2": "Ho aperto il link e inserito la mia carta {card} (scadenza {exp}), poi mi è arrivato un codice via "
                 "SMS. Ho sbagliato?",
        "label": "Etichetta di spedizione", "from": "Mittente", "to": "Destinatario",
    },
    "en": {
        "req": ["Is this a scam? Something feels off:\n\n",
                "Summarise what I need to post, where, and who has already paid:\n\n",
                "Write a polite but firm reply to the buyer:\n\n"],
        "items": ["Bugaboo Fox pram, as new", "Miele washing machine", "Lego 42115 Lamborghini, sealed",
                  "Electric bike, 2 years old", "Pine bunk bed with mattress", "Nintendo Switch OLED + 3 games"],
        "conv": "Conversation about \"{item}\" (listing {id})", "you": "You",
        "ask": "Hi, is this still available? I'll take it, please post to:",
        "tel": "Phone for the courier: ",
           "pay": "Yes, still here. PayPal (friends & family) to {pp} or bank transfer: IBAN {iban}, account name "
                  "{holder}.",
        "paid": "Just sent it, reference {item_s}. My email in case: {mail}",
        "pickup": "Or my brother {bro} can collect tomorrow, he's on {tel}. Where exactly?",
        "where": "Collection from mine: {addr}, buzzer says {bell}.",
        "scam1": "I have paid through the secure payment service. You only need to confirm your card details on the "
                 "link to receive the money.",
        "scam2": "I opened the link and entered my card {card} (exp {exp}), then I got a text with a code. Was that a "
                 "mistake?",
        "label": "Shipping label", "from": "From", "to": "To",
    },
}
# Local payment apps keyed by phone number or e-mail
PAYAPP = {"CH": ("TWINT", "phone"), "FR": ("Lydia", "phone"), "BE": ("Wero", "phone"), "LU": ("Payconiq", "phone"),
          "IT": ("Satispay", "phone"), "US": ("Zelle", "email"), "CA": ("Interac e-Transfer", "email"),
          "AU": ("PayID", "phone"), "NZ": ("", ""), "GB": ("", ""), "IE": ("Revolut", "phone"), "DE": ("", ""),
          "AT": ("", "")}


def t_marketplace(ctx: Ctx) -> Doc:
    T = MARKET[ctx.lang]
    d = Doc()
    plat = ctx.c(PLATFORM[ctx.region])
    item = ctx.c(T["items"])
    seller = ctx.person()
    buyer = ctx.person()
    v = ctx.c(["ship", "pickup", "scam"])
    d(T["req"][{"ship": 1, "pickup": 2, "scam": 0}[v] if ctx.p(0.7) else ctx.r(0, 2)])
    d(plat, " – ", T["conv"].format(item=item, id=ctx.digits(10)), "\n\n")
    bname = ctx.c([buyer.short, buyer.given, buyer.full, buyer.given + ctx.digits(2)])
    bname_l = P(bname) if not bname[-1].isdigit() else None
    clock = [ctx.r(8 * 60, 20 * 60)]

    def who(k: int, me: bool) -> list:
        clock[0] += ctx.r(1, 40) if k else 0
        ts = f"{clock[0] // 60}:{clock[0] % 60:02d}"
        if me:
            return [T["you"], " · ", ts, "\n"]
        if bname_l is None:
            return [bname, " · ", ts, "\n"]
        return [P(bname), " · ", ts, "\n"]

    usd = ctx.region in ("US", "CA", "AU", "NZ", "GB")
    if v == "ship":
        ad = address(ctx)
        d(who(0, False), T["ask"], "\n", P(buyer.full), "\n", ad.block(), "\n", T["tel"], PH(phone(ctx, kind="mob")),
          "\n\n")
        pp = email(ctx, seller)
        acct = iban(ctx)
        holder = P(ctx.c([seller.full, seller.rev, seller.full.upper()]))
        line = T["pay"]
        if usd and ctx.region != "GB":
            app, key = PAYAPP[ctx.region] if PAYAPP[ctx.region][0] else ("PayPal", "email")
            d(who(1, True), {"US": "Yes. Zelle or PayPal to ", "CA": "Yes. Interac e-Transfer to ",
                             "AU": "Yes. PayID is my mobile ", "NZ": "Yes. Bank transfer or PayPal to "}[ctx.region])
            if ctx.region == "AU":
                d(PH(phone(ctx, kind="mob")), " or PayPal ", EM(pp), ".\n\n")
            else:
                d(EM(pp), ".\n\n")
        else:
            parts = line.split("{pp}")
            d(who(1, True), parts[0], EM(pp))
            rest = parts[1].split("{iban}")
            d(rest[0], IB(fiban(ctx, acct)), rest[1].split("{holder}")[0], holder, rest[1].split("{holder}")[1], "\n")
            if PAYAPP[ctx.region][1] == "phone" and ctx.p(0.7):
                d({"de": "Oder TWINT an ", "fr": "Ou {app} au ", "it": "Oppure {app} al ", "en": "Or {app} to "}[
                    ctx.lang].format(app=PAYAPP[ctx.region][0]), PH(phone(ctx, kind="mob")), ".\n")
            d("\n")
        d(who(2, False), fmt(T["paid"], item_s=ctx.digits(8), mail=EM(email(ctx, buyer))), "\n\n")
        if ctx.p(0.6):
            d(T["label"], ":\n", T["from"], ": ", P(seller.full), ", ", address(ctx).line(), "\n", T["to"], ": ",
              P(buyer.full.upper() if ctx.p(0.3) else buyer.full), ", ", ad.line(), "\n")
            if ctx.p(0.5):
                d(courier(ctx), " ", {"de": "Sendungsnr.", "fr": "N° de suivi", "it": "n. spedizione",
                                      "en": "tracking"}[
                    ctx.lang], " ",
                  ctx.c(["00340434", "JJD0", "1Z", "RR"]) + ctx.digits(14), "\n")
    elif v == "pickup":
        d(who(0, False), gseq({"de": "Hallo, ich hätte Interesse. Geht auch Abholung?",
                          "fr": "Bonjour, intéressé(e). Remise en main propre possible ?",
                          "it": "Ciao, sono interessato/a. Si può ritirare di persona?",
                               "en": "Hi, interested. Can I pick it up?"}[ctx.lang], [buyer.g]), "\n\n")
        ad = address(ctx)
        bell = ctx.c([seller.last, f"{seller.last}/{ctx.person(local=True).last}"])
        bell_seg = P(bell) if "/" not in bell else [P(bell.split("/")[0]), "/", P(bell.split("/")[1])]
        d(who(1, True), fmt(T["where"], addr=ad.line(), bell=bell_seg), "\n",
          {"de": "Meine Nummer: ", "fr": "Mon numéro : ", "it": "Il mio numero: ", "en": "My number: "}[ctx.lang],
          PH(phone(ctx, kind="mob")), "\n\n")
        bro = ctx.person(g="m", last=buyer.last if ctx.p(0.5) else None)
        d(who(2, False), fmt(T["pickup"], bro=P(ctx.c([bro.given, bro.full])), tel=PH(phone(ctx, kind="mob"))), "\n\n")
        d(who(3, True), {"de": "Passt, ", "fr": "OK, ", "it": "Va bene, ", "en": "Fine, "}[ctx.lang], P(bro.given),
          {"de": " soll Bargeld mitbringen. Ich bin ab 17 Uhr da.", "fr": " paie en espèces. Je suis là dès 17 h.",
           "it": " porti i contanti. Sono a casa dalle 17.", "en": " brings cash. I'm home after 5."}[ctx.lang], "\n")
    else:
        d(who(0, False), {"de": "Hallo, ich kaufe es zum vollen Preis, mein Kurier holt ab.",
                          "fr": "Bonjour, je prends au prix affiché, mon transporteur passera.",
                          "it": "Salve, lo compro al prezzo pieno, manderò il mio corriere.",
                          "en": "Hello, I buy at full price, my courier will collect."}[ctx.lang], "\n\n")
        d(who(1, True), {"de": "Ok, meine Adresse: ", "fr": "D'accord, mon adresse : ", "it": "Ok, il mio indirizzo: ",
                         "en": "Ok, my address is "}[ctx.lang], address(ctx).line(), "\n\n")
        d(who(2, False), T["scam1"], " ", "https://", ctx.c(["secure-pay", "safe-delivery", "kleinanzeigen-pay",
                                                              "paiement-securise"]), "-", ctx.digits(4), ".com/",
          ctx.digits(6), "\n\n")
        d(who(3, True), fmt(T["scam2"], card=CC(card(ctx)), exp=expiry(ctx)), "\n")
        if ctx.p(0.6):
            d({"de": "Bank-Hotline für Kartensperre: ", "fr": "Opposition carte : ", "it": "Blocco carte: ",
               "en": "Card stop line: "}[ctx.lang], ctx.c(BLOCK_HOT[ctx.region]), "\n")
        d("\n", {"de": "Mein Profil dort: ", "fr": "Mon profil : ", "it": "Il mio profilo: ",
                 "en": "My profile: "}[ctx.lang],
          P(seller.full), ", ", EM(email(ctx, seller)), "\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# 5. reunion - class reunion and alumni tracking lists
# ---------------------------------------------------------------------------------------------------------------

SCHOOLS = {
    ("de", "DE"): ["Abiturjahrgang {y} des Goethe-Gymnasiums", "Abi {y}, Albert-Schweitzer-Gymnasium",
                   "Abiturjahrgang {y} der Geschwister-Scholl-Schule"],
    ("de", "AT"): ["Maturajahrgang {y} des BRG Bertha von Suttner", "Matura {y}, BG/BRG Erich Fried"],
    ("de", "CH"): ["Maturjahrgang {y} der Kantonsschule Enge", "Klassenzusammenkunft {y}, Gymnasium Kirchenfeld"],
    ("fr", "FR"): ["Promo {y} du lycée Victor-Hugo", "Terminale S {y}, lycée Marie-Curie"],
    ("fr", "BE"): ["Rhéto {y} de l'Athénée royal Jules Destrée", "Rhéto {y}, Institut Saint-Joseph"],
    ("fr", "CH"): ["Volée {y} du Collège Calvin", "Maturité {y}, Gymnase de Chamblandes"],
    ("fr", "LU"): ["Promotion {y} du Lycée Robert-Schuman", "Première {y}, Athénée de Luxembourg"],
    ("it", "IT"): ["Maturità {y}, Liceo Scientifico «Galileo Galilei»", "V B {y}, Liceo Classico «Giosuè Carducci»"],
    ("it", "CH"): ["Maturità {y}, Liceo cantonale di Lugano 1", "Classe {y}, Scuola cantonale di commercio"],
    ("en", "GB"): ["Class of {y}, St Aidan's Comprehensive", "Leavers {y}, King Edward VI Grammar"],
    ("en", "IE"): ["Leaving Cert class of {y}, Coláiste Eoin", "Class of {y}, St. Brigid's Secondary"],
    ("en", "US"): ["Class of {y}, Thomas Jefferson High School", "Class of {y}, Roosevelt High"],
    ("en", "CA"): ["Class of {y}, Sir John A. Macdonald Secondary", "Grad {y}, Lester B. Pearson Collegiate"],
    ("en", "AU"): ["Class of {y}, Mackillop College", "Year 12 {y}, John Monash Science School"],
    ("en", "NZ"): ["Class of {y}, Rangitoto College", "Year 13 {y}, Sir Edmund Hillary Collegiate"],
}
REUNION = {
    "de": {
        "req": ["Ich organisiere unser Klassentreffen. Bitte mach aus der Liste eine Einladungsmail und sag mir, "
                "wer noch keine E-Mail hat:\n\n", "Kannst du die Liste deduplizieren und nach Zusage sortieren?\n\n",
                "Schreib mir bitte eine Erinnerungsmail an alle, die noch nicht bezahlt haben:\n\n"],
        "cols": ["Nachname", "Vorname", "Geburtsname", "Geburtsdatum", "E-Mail", "Telefon", "Adresse", "Status"],
        "status": ["zugesagt", "abgesagt", "?", "bezahlt", "zugesagt +1", "unbekannt verzogen"],
        "intro": "Liebe Ehemalige – {school}!\n\nin {months} Monaten ist es so weit: {yrs} Jahre! Bisher haben "
                 "zugesagt: ",
        "maiden": " (geb. {m})", "and": " und ",
        "missing": "Wer hat noch Kontakt zu {p}? Letzte bekannte Adresse: {addr}, Telefon damals {tel}.",
        "venue": "Wir treffen uns im {venue}, {addr}. {tp} {t} kommt auch!",
        "tp": {"f": "Unsere ehemalige Klassenlehrerin", "m": "Unser ehemaliger Klassenlehrer"},
        "money": "Bitte {amt} pro Person bis {date} auf mein Konto: {holder}, IBAN {iban}.",
        "sign": "Viele Grüße\n{me}\n{tel} · {mail}\n",
        "venues": ["Gasthaus Zum Hirschen", "Brauereigasthof Schlenkerla", "Café Luise", "Restaurant Paulaner am Dom"],
        "teacher": {"f": "Frau ", "m": "Herr "},
        "note": "Notiz: {a} heißt jetzt {b}, wohnt in {town}.",
    },
    "fr": {
        "req": ["J'organise nos retrouvailles de promo. Fais-moi un mail d'invitation et dis-moi qui n'a pas encore "
                "d'adresse mail :\n\n", "Peux-tu dédoublonner cette liste et la trier par réponse ?\n\n",
                "Rédige un mail de relance pour ceux qui n'ont pas encore payé :\n\n"],
        "cols": ["Nom", "Prénom", "Nom de naissance", "Date de naissance", "E-mail", "Téléphone", "Adresse", "Statut"],
        "status": ["oui", "non", "?", "payé", "oui +1", "NPAI"],
        "intro": "Chers anciens de la {school},\n\ndans {months} mois on fête nos {yrs} ans de bac ! Ont déjà dit oui "
                 ": ",
        "maiden": " (née {m})", "and": " et ",
        "missing": "Quelqu'un a des nouvelles de {p} ? Dernière adresse connue : {addr}, tél. {tel}.",
        "venue": "Rendez-vous à la {venue}, {addr}. {tp}, {t}, sera là aussi !",
        "tp": {"f": "Notre ancienne prof principale", "m": "Notre ancien prof principal"},
        "money": "Merci de verser {amt} par personne avant le {date} sur mon compte : {holder}, IBAN {iban}.",
        "sign": "Bises\n{me}\n{tel} · {mail}\n",
        "venues": ["Brasserie Chez Paul", "Taverne du Marché", "Guinguette Chez Gégène", "Brasserie Georges"],
        "teacher": {"f": "Mme ", "m": "M. "},
        "note": "NB : {a} s'appelle maintenant {b}, vit à {town}.",
    },
    "it": {
        "req": ["Sto organizzando la cena di classe. Scrivimi una mail d'invito e dimmi chi non ha ancora una "
                "mail:\n\n",
                "Puoi togliere i doppioni dalla lista e ordinarla per risposta?\n\n",
                "Scrivi un promemoria per chi non ha ancora pagato la quota:\n\n"],
        "cols": ["Cognome", "Nome", "Cognome da nubile", "Data di nascita", "Email", "Cellulare", "Indirizzo", "Stato"],
        "status": ["sì", "no", "?", "pagato", "sì +1", "irreperibile"],
        "intro": "Cari ex compagni della {school},\n\ntra {months} mesi festeggiamo i {yrs} anni dalla maturità! Hanno "
                 "già "
                 "confermato: ",
        "maiden": " (nata {m})", "and": " e ",
        "missing": "Qualcuno ha notizie di {p}? Ultimo indirizzo noto: {addr}, tel. {tel}.",
        "venue": "Ci vediamo alla {venue}, {addr}. {tp}, {t}!",
        "tp": {"f": "Viene anche la prof. di italiano", "m": "Viene anche il prof. di italiano"},
        "money": "Per favore versate {amt} a testa entro il {date} sul mio conto: {holder}, IBAN {iban}.",
        "sign": "Un abbraccio\n{me}\n{tel} · {mail}\n",
        "venues": ["Trattoria Da Gino", "Pizzeria Da Michele", "Osteria del Ponte", "Ristorante Da Vittorio"],
        "teacher": {"f": "prof.ssa ", "m": "prof. "},
        "note": "NB: {a} adesso si chiama {b}, vive a {town}.",
    },
    "en": {
        "req": ["I'm organising our class reunion. Turn this list into an invitation email and tell me who we still "
                "have no email for:\n\n", "Can you dedupe this list and sort it by RSVP?\n\n",
                "Write a reminder to everyone who hasn't paid yet:\n\n"],
        "cols": ["Surname", "First name", "Maiden name", "DOB", "Email", "Phone", "Address", "RSVP"],
        "status": ["yes", "no", "?", "paid", "yes +1", "moved, no forwarding"],
        "intro": "Hi everyone from the {school},\n\n{months} months to go until our {yrs}-year reunion! Confirmed so "
                 "far: "
                 "",
        "maiden": " (née {m})", "and": " and ",
        "missing": "Is anyone still in touch with {p}? Last known address: {addr}, phone {tel}.",
        "venue": "We'll meet at {venue}, {addr}. {tp} {t} is coming too!",
        "tp": {"f": "Our old form tutor", "m": "Our old form tutor"},
        "money": "Please send {amt} per person by {date} to: {holder}, IBAN {iban}.",
        "sign": "Cheers\n{me}\n{tel} · {mail}\n",
        "venues": ["The Duke of Wellington", "The Red Lion", "Nelson's Bar & Grill", "O'Malley's"],
        "teacher": {"f": "Mrs ", "m": "Mr "},
        "note": "NB: {a} is now {b}, lives in {town}.",
    },
}


def t_reunion(ctx: Ctx) -> Doc:
    T = REUNION[ctx.lang]
    d = Doc()
    y = ctx.r(1985, 2005)
    school = ctx.c(SCHOOLS[(ctx.lang, ctx.region)]).format(y=y)
    v = ctx.c(["table", "table", "mail"])
    d(T["req"][ctx.c([1, 0]) if v == "table" else ctx.c([0, 2])])
    if v == "table":
        kind = ctx.c(["csv", "tsv", "md"])
        d(school, "\n\n")
        cols = T["cols"]
        if ctx.p(0.4):
            cols = [c for c in cols if c not in (T["cols"][3],)]
        rows = []
        for _ in range(ctx.r(6, 9)):
            g = ctx.c("fm")
            pr = ctx.person(g=g)
            maiden = ctx.person(g="f").last if g == "f" and ctx.p(0.5) else ""
            row: list = [P(pr.last), P(pr.first), P(maiden) if maiden else ""]
            if T["cols"][3] in cols:
                row.append(DB(dob(ctx, y - 20, y - 18, ctx.c(["num", "short", "iso"]))) if ctx.p(0.7) else "")
            row.append(EM(email(ctx, pr)) if ctx.p(0.75) else "")
            row.append(PH(phone(ctx, kind="mob")) if ctx.p(0.6) else "")
            row.append(address(ctx).line() if ctx.p(0.5) else "")
            row.append(ctx.c(T["status"]))
            rows.append(row)
        if kind == "md":
            d(md_table(cols, rows))
        else:
            delim = "," if kind == "csv" else "\t"
            d(csv_row(cols, delim, "auto"))
            for r in rows:
                d(csv_row(r, delim, ctx.c(["auto", "all"]) if kind == "csv" else "none"))
        if ctx.p(0.7):
            a = ctx.person(g="f")
            b_last = ctx.person(g="m").last
            d("\n", fmt(T["note"], a=P(a.full), b=P(f"{a.first} {b_last}"), town=town_only(ctx)), "\n")
        me = ctx.person()
        d("\n-- ", P(me.full), ", ", PH(phone(ctx, kind="mob")), "\n")
    else:
        d(fmt(T["intro"], school=school, months=ctx.r(2, 5), yrs=2026 - y))
        names: list = []
        n_names = ctx.r(4, 7)
        for k in range(n_names):
            pr = ctx.person()
            if k:
                names.append(", " if k < n_names - 1 else T["and"])
            names.append(P(ctx.c([pr.full, pr.full, pr.given])))
            if pr.g == "f" and ctx.p(0.4):
                names.append(fmt(T["maiden"], m=P(ctx.person(g="f").last)))
        d(names, ".\n\n")
        miss = ctx.person()
        d(fmt(T["missing"], p=P(miss.full), addr=address(ctx).line(), tel=PH(phone(ctx, kind="land"))), "\n\n")
        teacher = ctx.person(local=True)
        venue = address(ctx, unit=False)
        d(fmt(T["venue"], venue=ctx.c(T["venues"]), addr=venue.line(), tp=T["tp"][teacher.g],
              t=[T["teacher"][teacher.g], P(ctx.c([teacher.last, teacher.full]))]), "\n\n")
        me = ctx.person()
        if ctx.lang == "en" and ctx.region != "IE":
            d("Please send ", amount(ctx, 30, 80), " per person by ", plain_date(ctx, None, 2026, 2026), " – ")
            if ctx.region == "GB":
                d("bank transfer to ", P(me.full), ", sort code ", f"{ctx.digits(2)}-{ctx.digits(2)}-{ctx.digits(2)}",
                  ", account ", ctx.digits(8), ", or PayPal to ", EM(email(ctx, me)), ".\n\n")
            elif ctx.region == "US":
                d("Venmo @", slug(me.given), "-", slug(me.last), "-", ctx.digits(2), " or Zelle to ",
                  PH(phone(ctx, kind="mob")), ".\n\n")
            elif ctx.region == "CA":
                d("Interac e-Transfer to ", EM(email(ctx, me)), " (auto-deposit is on).\n\n")
            elif ctx.region == "AU":
                d("PayID ", PH(phone(ctx, kind="mob")), " (", P(me.full), ").\n\n")
            else:
                d("into ", P(me.full), "'s account ", f"{ctx.c(['12', '38', '06'])}-{ctx.digits(4)}-{ctx.digits(7)}-00",
                  ".\n\n")
        else:
            acct = iban(ctx)
            d(fmt(T["money"], amt=amount(ctx, 30, 80), date=plain_date(ctx, None, 2026, 2026),
                  holder=P(ctx.c([me.full, me.rev])), iban=IB(fiban(ctx, acct))), "\n\n")
        d(fmt(T["sign"], me=P(me.given), tel=PH(phone(ctx, kind="mob")), mail=EM(email(ctx, me))))
        if ctx.p(0.5):
            d("\nPS: ", {"de": "Die alte Telefonliste hat ", "fr": "L'ancienne liste téléphonique, c'est ",
                         "it": "La vecchia lista dei numeri ce l'ha ", "en": "The old phone list is with "}[ctx.lang])
            k = ctx.person()
            d(P(k.given), " (", EM(email(ctx, k)), ").\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# 6. dsar - data subject access requests and the data exports companies send back
# ---------------------------------------------------------------------------------------------------------------

LAW = {("de", "DE"): "Art. 15 DSGVO", ("de", "AT"): "Art. 15 DSGVO", ("de", "CH"): "Art. 25 DSG",
       ("fr", "FR"): "l'article 15 du RGPD", ("fr", "BE"): "l'article 15 du RGPD", ("fr", "LU"): "l'article 15 du RGPD",
       ("fr", "CH"): "l'art. 25 nLPD", ("it", "IT"): "art. 15 GDPR", ("it", "CH"): "art. 25 LPD",
       ("en", "GB"): "Article 15 UK GDPR", ("en", "IE"): "Article 15 GDPR", ("en",
               "US"): "the CCPA (Cal. Civ. Code 1798.110)",
       ("en", "CA"): "PIPEDA Principle 4.9", ("en", "AU"): "APP 12 of the Privacy Act 1988",
       ("en", "NZ"): "IPP 6 of the Privacy Act 2020"}
DSAR = {
    "de": {
        "req": ["Bitte formuliere mein Auskunftsersuchen förmlicher und ergänze, was fehlt:\n\n",
                "Das hat mir der Shop auf mein Auskunftsersuchen geschickt. Was speichern die da alles über mich, und "
                "ist das vollständig?\n\n", "Fass mir die Datenauskunft in fünf Sätzen zusammen:\n\n"],
        "to": "An", "subj": "Betreff", "subject": "Auskunftsersuchen nach {law} – Kundennummer {cid}",
        "greet": "Sehr geehrte Damen und Herren,\n\nich bitte um Auskunft über alle zu meiner Person gespeicherten "
                 "Daten "
                 "nach {law} sowie um eine Kopie dieser Daten. Zu meiner Identifikation:\n\n",
        "f": ["Name", "Geburtsdatum", "Anschrift", "Frühere Anschrift", "E-Mail (Kundenkonto)", "Telefon",
              "Kundennummer"],
        "end": "Bitte antworten Sie innerhalb eines Monats an die oben genannte Anschrift oder per E-Mail.\n\n"
               "Mit freundlichen Grüßen\n",
        "also": "Bitte löschen Sie außerdem die alte Mobilnummer {tel} und die Lieferadresse meiner Mutter {mom}, "
                "{addr}.",
        "xml_root": "Datenauskunft",
    },
    "fr": {
        "req": ["Rends ma demande de droit d'accès plus formelle et complète-la si besoin :\n\n",
                "Voici la réponse du site à ma demande d'accès. Qu'est-ce qu'ils stockent sur moi, et est-ce complet "
                "?\n\n",
                "Résume-moi cet export de données en cinq phrases :\n\n"],
        "to": "À", "subj": "Objet", "subject": "Demande de droit d'accès ({law}) – client n° {cid}",
        "greet": "Madame, Monsieur,\n\nen application de {law}, je vous demande la communication de l'ensemble des "
                 "données me concernant ainsi qu'une copie de celles-ci. Pour m'identifier :\n\n",
        "f": ["Nom", "Date de naissance", "Adresse", "Ancienne adresse", "E-mail du compte", "Téléphone", "N° client"],
        "end": "Je vous remercie de me répondre dans un délai d'un mois.\n\nCordialement,\n",
        "also": "Merci aussi de supprimer mon ancien numéro {tel} et l'adresse de livraison de ma mère, {mom}, {addr}.",
        "xml_root": "ExportDonnees",
    },
    "it": {
        "req": ["Rendi più formale la mia richiesta di accesso ai dati e completala se manca qualcosa:\n\n",
                "Questa è la risposta del negozio alla mia richiesta di accesso. Cosa conservano su di me, ed è "
                "completa?\n\n", "Riassumimi questo export dei dati in cinque frasi:\n\n"],
        "to": "A", "subj": "Oggetto", "subject": "Richiesta di accesso ai dati ex {law} – cliente n. {cid}",
        "greet": "Spettabile società,\n\nai sensi dell'{law} chiedo di conoscere tutti i dati personali che mi "
                 "riguardano "
                 "e di riceverne copia. Per identificarmi:\n\n",
        "f": ["Nome e cognome", "Data di nascita", "Indirizzo", "Indirizzo precedente", "Email dell'account",
              "Telefono",
              "Codice cliente"],
        "end": "Resto in attesa di riscontro entro un mese.\n\nCordiali saluti\n",
        "also": "Vi chiedo inoltre di cancellare il vecchio numero {tel} e l'indirizzo di consegna di mia madre, "
                "{mom}, {addr}.",
        "xml_root": "EsportazioneDati",
    },
    "en": {
        "req": ["Please make my data access request more formal and add anything that's missing:\n\n",
                "This is what the shop sent back after my access request. What do they hold about me, and is it "
                "complete?\n\n", "Summarise this data export in five sentences:\n\n"],
        "to": "To", "subj": "Subject", "subject": "Data access request under {law} – customer no. {cid}",
        "greet": "Dear Sir or Madam,\n\nunder {law} I request access to all personal information you hold about me "
                 "and a copy of it. To identify me:\n\n",
        "f": ["Name", "Date of birth", "Address", "Previous address", "Account email", "Phone", "Customer number"],
        "end": "Please respond within the statutory time limit.\n\nKind regards\n",
        "also": "Please also delete my old number {tel} and my mother's delivery address, {mom}, {addr}.",
        "xml_root": "DataExport",
    },
}


PRIV_BOX = {"de": ["datenschutz@", "dsb@", "privacy@"], "fr": ["rgpd@", "dpo@", "donneespersonnelles@"],
            "it": ["privacy@", "dpo@", "protezionedati@"], "en": ["privacy@", "dpo@", "dataprotection@"]}


def t_dsar(ctx: Ctx) -> Doc:
    T = DSAR[ctx.lang]
    law = LAW[(ctx.lang, ctx.region)]
    d = Doc()
    me = ctx.person()
    shop = company(ctx)
    dom = domain_of(shop, ctx)
    cid = ctx.c(["K", "C-", "", "CU"]) + ctx.digits(ctx.c([6, 7, 8]))
    v = ctx.c(["letter", "json", "json", "xml"])
    if v == "letter":
        d(T["req"][0])
        d(T["to"], ": ", ctx.c(PRIV_BOX[ctx.lang]) + dom, "\n", T["subj"], ": ",
          T["subject"].format(law=law.removeprefix("l'"), cid=cid), "\n\n", T["greet"].format(law=law))
        f = T["f"]
        cur, old = address(ctx), address(ctx)
        w = max(len(x) for x in f) + 2
        rows = [(f[0], nm(ctx, me, ctx.c(["full", "full", "rev"]))), (f[1], DB(dob(ctx))), (f[2], cur.line()),
                (f[3], old.line()), (f[4], EM(email(ctx, me))), (f[5], PH(phone(ctx))), (f[6], cid)]
        for lab, val in rows:
            d(f"{lab + ':':<{w}}", val, "\n")
        d("\n")
        if ctx.p(0.6):
            mom = ctx.person(g="f", last=me.last if ctx.p(0.5) else None)
            d(fmt(T["also"], tel=PH(phone(ctx, kind="mob")), mom=P(mom.full), addr=address(ctx).line()), "\n\n")
        d(T["end"], P(me.full), "\n")
        if ctx.p(0.5):
            d(cur.block(), "\n")
    else:
        d(T["req"][ctx.c([1, 2])])
        cur, ship = address(ctx), address(ctx)
        other = ctx.person(last=me.last if ctx.p(0.5) else None)
        acct = iban(ctx)
        agent = ctx.person(local=True)
        b = rdate(ctx, 1945, 2004)
        dob_s = ctx.c([f"{b.y:04d}-{b.m:02d}-{b.d:02d}", f"{b.y:04d}-{b.m:02d}-{b.d:02d}T00:00:00Z", fdate(ctx, b,
                "num")])
        if v == "json":
            payment: list = [{"type": "card", "brand": ctx.c(["visa", "mastercard"]), "last4": ctx.digits(4),
                              "exp": expiry(ctx)}]
            if ctx.region not in ("US", "CA", "AU", "NZ") or ctx.p(0.3):
                payment.insert(0, {"type": "sepa_debit", "iban": IB(acct), "mandate_ref": "MD" + ctx.digits(10)})
            if ctx.p(0.3):
                payment.append({"type": "card", "pan": CC(card(ctx).replace(" ", "").replace("-", "")),
                                "status": "legacy_import"})
            obj = {
                "customer_id": cid,
                "profile": {"first_name": P(me.first), "last_name": P(me.last), "birth_date": DB(dob_s),
                            "email": EM(email(ctx, me)), "phone_numbers": [PH(phone(ctx, kind="mob")),
                                                                          PH(phone(ctx, kind="land"))]},
                "addresses": [
                    {"type": "billing", "street": AD(cur.street), "postal_code": cur.postcode, "city": cur.city,
                     "country": ctx.region},
                    {"type": "shipping", "name": P(other.full), "street": AD(ship.street), "postal_code": ship.postcode,
                     "city": ship.city, "country": ctx.region}],
                "payment_methods": payment,
                "orders": [{"order_id": ctx.digits(9), "date": plain_date(ctx, "iso"), "total": amount(ctx, 10, 300),
                            "ship_to": "addresses[1]"}],
                "marketing": {"newsletter": ctx.p(0.5), "segments": ctx.rng.sample(
                    ["family", "high_value", "lapsed", "outdoor", "discount_seeker"], 2)},
                "login_history": [{"ts": f"2026-0{ctx.r(1, 9)}-1{ctx.r(0, 9)}T{ctx.r(10, 23)}:{ctx.r(10, 59)}:00Z",
                                   "ip": f"{ctx.r(11, 223)}.{ctx.r(0, 255)}.{ctx.r(0, 255)}.{ctx.r(1, 254)}",
                                   "device": ctx.c(["iPhone", "Android", "Firefox/Windows", "Safari/macOS"])}],
                "support_tickets": [{"id": "T-" + ctx.digits(6), "agent": P(agent.given),
                                     "summary": ctx.c(["parcel not received", "refund", "change of address",
                                                       "account locked"])}],
            }
            d("```json\n", to_json(obj, ctx.c([2, 2, None]), ascii_only=ctx.p(0.3)), "\n```\n")
        else:
            R = T["xml_root"]
            d('<?xml version="1.0" encoding="UTF-8"?>\n<', R, ' customer="', cid, '">\n')
            d("  <person>\n    <firstName>", xl(P(me.first)), "</firstName>\n    <lastName>", xl(P(me.last)),
              "</lastName>\n    <dateOfBirth>", DB(dob_s), "</dateOfBirth>\n    <email>", EM(email(ctx, me)),
              "</email>\n    <mobile>", PH(phone(ctx, kind="mob")), "</mobile>\n  </person>\n")
            d("  <address type=\"billing\">\n    <line1>", xl(AD(cur.street)), "</line1>\n    <zip>", cur.postcode,
              "</zip>\n    <city>", xl(cur.city), "</city>\n  </address>\n")
            d("  <address type=\"shipping\">\n    <recipient>", xl(P(other.full)), "</recipient>\n    <line1>",
              xl(AD(ship.street)), "</line1>\n    <zip>", ship.postcode, "</zip>\n    <city>", xl(ship.city),
              "</city>\n  </address>\n")
            if ctx.region not in ("US", "CA", "AU", "NZ"):
                d("  <bankAccount>\n    <iban>", IB(acct), "</iban>\n    <bic>", bic(ctx, acct),
                  "</bic>\n  </bankAccount>\n")
            d("  <card brand=\"", ctx.c(["VISA", "MC"]), "\" masked=\"**** **** **** ", ctx.digits(4), "\"/>\n")
            d("  <note author=\"", xl(P(agent.full)), "\">", ctx.c(["Kulanz gewährt", "geste commercial", "rimborso",
                                                                      "goodwill refund"]), "</note>\n")
            d("</", R, ">\n")
        if ctx.p(0.6):
            dpo = ctx.person(local=True)
            d("\n", {"de": "Ihr Datenschutzteam, ", "fr": "Votre DPO, ", "it": "Il DPO, ", "en": "Your privacy team, "}[
                ctx.lang], P(dpo.full), " · ", ctx.c(PRIV_BOX[ctx.lang]) + dom, "\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# 7. customs - customs declarations (CN23), import notices and relocation-goods declarations
# ---------------------------------------------------------------------------------------------------------------

CUSTOMS = {
    "de": {
        "req": ["Hilf mir, die Zollinhaltserklärung richtig auszufüllen – stimmt das so?\n\n",
                "Was will der Zoll von mir? Bitte erklär es mir und schreib eine Antwort:\n\n",
                "Bitte übersetze dieses Formular ins Englische, damit ich es dem Umzugsunternehmen schicken kann:\n\n"],
        "cn": "CN 23 – ZOLLINHALTSERKLÄRUNG / DÉCLARATION EN DOUANE", "from": "Absender / De", "to": "Empfänger / À",
        "f": ["Name", "Straße und Hausnummer", "PLZ / Ort", "Land", "Telefon", "E-Mail"],
        "cols": ["Nr.", "Inhalt", "Menge", "Gewicht (kg)", "Wert", "Zolltarifnr.", "Ursprung"],
        "kind": "Art der Sendung: [x] Geschenk  [ ] Dokumente  [ ] Warenmuster  [ ] Verkauf",
        "signed": "Ort, Datum, Unterschrift: {town}, {date}, {sig}",
        "goods": [("Handgestrickter Pullover", "6110"), ("Lebkuchen", "1905"), ("Kinderbücher", "4901"),
                  ("Teeservice Porzellan", "6911"), ("Gebrauchte Fotokamera", "9006")],
        "notice": "Ihre Sendung {trk} aus {origin} liegt zur Abholung beim {office}, {oaddr}. Bitte bringen Sie "
                  "Zahlungsnachweis und Ausweis mit. Rückfragen: Tel. {otel} (Mo–Fr 8–12 Uhr), allgemeine Auskunft "
                  "Zentrale Auskunft {hot}.",
        "office": ["Zollamt Schweinfurt", "Zollamt Erfurt", "Zollamt Bremen", "Zollamt Wien", "Zollamt Graz",
                   "Zollstelle Basel", "Zollstelle Zürich-Flughafen"],
        "reply": "Sehr geehrte Damen und Herren,\n\nes handelt sich um ein Geschenk meiner Schwester {sis}, {saddr}. "
                 "Ich selbst bin unter {tel} erreichbar.\n\nMit freundlichen Grüßen\n{me}\n{maddr}\n",
        "reloc": "ANTRAG AUF ABGABENFREIE EINFUHR VON ÜBERSIEDLUNGSGUT",
        "rf": ["Familienname", "Vorname(n)", "Geburtsdatum", "Bisheriger Wohnsitz", "Neuer Wohnsitz", "Zuzugsdatum",
               "Telefon", "E-Mail", "Reisepass-Nr."],
        "fam": "Mitziehende Familienangehörige", "fam_cols": ["Name", "Geburtsdatum", "Verhältnis"],
        "rel": ["Ehefrau", "Ehemann", "Tochter", "Sohn"],
    },
    "fr": {
        "req": ["Aide-moi à remplir correctement la déclaration en douane, c'est bon comme ça ?\n\n",
                "Que me veut la douane ? Explique-moi et rédige une réponse :\n\n",
                "Traduis ce formulaire en anglais pour le déménageur :\n\n"],
        "cn": "CN 23 – DÉCLARATION EN DOUANE", "from": "Expéditeur / De", "to": "Destinataire / À",
        "f": ["Nom", "Rue et numéro", "Code postal / Ville", "Pays", "Téléphone", "E-mail"],
        "cols": ["N°", "Contenu", "Qté", "Poids (kg)", "Valeur", "N° tarifaire", "Origine"],
        "kind": "Catégorie de l'envoi : [x] Cadeau  [ ] Documents  [ ] Échantillon  [ ] Vente",
        "signed": "Lieu, date, signature : {town}, {date}, {sig}",
        "goods": [("Pull tricoté main", "6110"), ("Biscuits", "1905"), ("Livres pour enfants", "4901"),
                  ("Service à thé porcelaine", "6911"), ("Appareil photo d'occasion", "9006")],
        "notice": "Votre colis {trk} en provenance de {origin} est retenu au {office}, {oaddr}. Merci de fournir la "
                  "facture et une pièce d'identité. Contact : {otel} (lun–ven 9 h–12 h), Info Douane Service {hot}.",
        "office": ["bureau de douane de Roissy Fret", "bureau de douane de Lyon-Saint-Exupéry",
                   "bureau des douanes de Bruxelles",
                   "bureau de douane de Genève-Cornavin", "bureau des douanes de Luxembourg"],
        "reply": "Madame, Monsieur,\n\nil s'agit d'un cadeau de ma sœur, {sis}, {saddr}. Vous pouvez me joindre au "
                 "{tel}."
                 "\n\nCordialement,\n{me}\n{maddr}\n",
        "reloc": "DÉCLARATION DE BIENS PERSONNELS – TRANSFERT DE RÉSIDENCE",
        "rf": ["Nom", "Prénom(s)", "Date de naissance", "Ancienne adresse", "Nouvelle adresse", "Date d'emménagement",
               "Téléphone", "E-mail", "N° de passeport"],
        "fam": "Membres de la famille", "fam_cols": ["Nom", "Date de naissance", "Lien"],
        "rel": ["épouse", "époux", "fille", "fils"],
    },
    "it": {
        "req": ["Aiutami a compilare bene la dichiarazione doganale, va bene così?\n\n",
                "Cosa vuole la dogana da me? Spiegamelo e scrivi una risposta:\n\n",
                "Traduci questo modulo in inglese per la ditta di traslochi:\n\n"],
        "cn": "CN 23 – DICHIARAZIONE DOGANALE / DÉCLARATION EN DOUANE", "from": "Mittente / De",
           "to": "Destinatario / À",
        "f": ["Nome", "Via e numero civico", "CAP / Città", "Paese", "Telefono", "Email"],
        "cols": ["N.", "Contenuto", "Q.tà", "Peso (kg)", "Valore", "Voce doganale", "Origine"],
        "kind": "Tipo di invio: [x] Regalo  [ ] Documenti  [ ] Campione  [ ] Vendita",
        "signed": "Luogo, data, firma: {town}, {date}, {sig}",
        "goods": [("Maglione fatto a mano", "6110"), ("Biscotti", "1905"), ("Libri per bambini", "4901"),
                  ("Servizio da tè in porcellana", "6911"), ("Fotocamera usata", "9006")],
        "notice": "La spedizione {trk} proveniente da {origin} è in giacenza presso l'{office}, {oaddr}. Servono "
                  "fattura e documento d'identità. Per informazioni: {otel} (lun–ven 9–12), servizio informazioni "
                  "doganali {hot}.",
        "office": ["Ufficio delle Dogane di Milano 3", "Ufficio delle Dogane di Roma 2", "Ufficio doganale di Chiasso"],
        "reply": "Spettabile Ufficio,\n\nsi tratta di un regalo di mia sorella {sis}, {saddr}. Sono reperibile al "
                 "{tel}."
                 "\n\nCordiali saluti\n{me}\n{maddr}\n",
        "reloc": "DICHIARAZIONE PER L'IMPORTAZIONE IN FRANCHIGIA DI BENI PERSONALI (TRASFERIMENTO DI RESIDENZA)",
        "rf": ["Cognome", "Nome", "Data di nascita", "Residenza precedente", "Nuova residenza", "Data di trasferimento",
               "Telefono", "Email", "Passaporto n."],
        "fam": "Familiari conviventi", "fam_cols": ["Nome", "Data di nascita", "Parentela"],
        "rel": ["moglie", "marito", "figlia", "figlio"],
    },
    "en": {
        "req": ["Help me fill in the customs declaration correctly - does this look right?\n\n",
                "What does customs want from me? Explain and draft a reply:\n\n",
                "Please check this form before I send it to the removal company:\n\n"],
        "cn": "CN 23 – CUSTOMS DECLARATION / DÉCLARATION EN DOUANE", "from": "From / De", "to": "To / À",
        "f": ["Name", "Street and number", "Town / postcode", "Country", "Phone", "Email"],
        "cols": ["No.", "Contents", "Qty", "Weight (kg)", "Value", "HS tariff no.", "Origin"],
        "kind": "Category: [x] Gift  [ ] Documents  [ ] Commercial sample  [ ] Sale of goods",
        "signed": "Place, date, signature: {town}, {date}, {sig}",
        "goods": [("Hand-knitted jumper", "6110"), ("Shortbread", "1905"), ("Children's books", "4901"),
                  ("Porcelain tea set", "6911"), ("Used camera", "9006")],
        "notice": "Your parcel {trk} from {origin} is being held at {office}, {oaddr}. Please provide an invoice and "
                  "photo ID. Enquiries: {otel} (Mon–Fri 9–12); customs information centre {hot}.",
        "office": ["the International Mail Centre", "the Border Force office", "the customs clearance depot"],
        "reply": "Dear Sir or Madam,\n\nthe parcel is a gift from my sister, {sis}, {saddr}. I can be reached on {tel}."
                 "\n\nYours faithfully\n{me}\n{maddr}\n",
        "reloc": "{form}",
        "rf": ["Surname", "Given names", "Date of birth", "Previous address", "New address", "Date of arrival", "Phone",
               "Email", "Passport no."],
        "fam": "Family members moving with you", "fam_cols": ["Name", "Date of birth", "Relationship"],
        "rel": ["wife", "husband", "daughter", "son"],
    },
}
CUSTOMS_HOT = {"DE": "0351 44834-510", "AT": "050 233 560", "CH": "058 467 15 15", "FR": "0 800 94 40 40",
               "BE": "0800 96 080", "LU": "8002 3030", "IT": "800 257 257", "GB": "0300 322 9434",
               "IE": "1800 20 10 10",
               "US": "1-877-227-5511", "CA": "1-800-461-9999", "AU": "131 881", "NZ": "0800 428 786"}
RELOC_EN = {"GB": "TRANSFER OF RESIDENCE RELIEF (ToR01) – APPLICANT DETAILS",
            "IE": "TRANSFER OF RESIDENCE RELIEF – APPLICATION FOR EXEMPTION",
            "US": "CBP FORM 3299 – DECLARATION FOR FREE ENTRY OF UNACCOMPANIED ARTICLES",
            "CA": "FORM B4 – PERSONAL EFFECTS ACCOUNTING DOCUMENT",
            "AU": "B534 – UNACCOMPANIED PERSONAL EFFECTS STATEMENT",
            "NZ": "UNACCOMPANIED PERSONAL BAGGAGE DECLARATION"}
ABROAD = {"DE": ["US", "GB", "CH"], "AT": ["CH", "GB", "US"], "CH": ["DE", "FR", "IT"], "FR": ["CH", "GB", "CA"],
          "BE": ["GB", "CH", "CA"], "LU": ["CH", "GB"], "IT": ["CH", "GB", "US"], "GB": ["FR", "DE", "AU"],
          "IE": ["GB", "US", "CA"], "US": ["CA", "GB", "IE"], "CA": ["US", "FR", "GB"], "AU": ["NZ", "GB", "US"],
          "NZ": ["AU", "GB", "US"]}
COUNTRY_L = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "FR": "Frankreich", "BE": "Belgien",
           "LU": "Luxemburg", "IT": "Italien", "GB": "Vereinigtes Königreich", "IE": "Irland", "US": "USA",
           "CA": "Kanada", "AU": "Australien", "NZ": "Neuseeland"},
    "fr": {"DE": "Allemagne", "AT": "Autriche", "CH": "Suisse", "FR": "France", "BE": "Belgique", "LU": "Luxembourg",
           "IT": "Italie", "GB": "Royaume-Uni", "IE": "Irlande", "US": "États-Unis", "CA": "Canada", "AU": "Australie",
           "NZ": "Nouvelle-Zélande"},
    "it": {"DE": "Germania", "AT": "Austria", "CH": "Svizzera", "FR": "Francia", "BE": "Belgio", "LU": "Lussemburgo",
           "IT": "Italia", "GB": "Regno Unito", "IE": "Irlanda", "US": "Stati Uniti", "CA": "Canada", "AU": "Australia",
           "NZ": "Nuova Zelanda"},
}
OFFICES = {"DE": ["Zollamt Schweinfurt", "Zollamt Erfurt", "Zollamt Bremen"], "AT": ["Zollamt Wien", "Zollamt Graz"],
           "CH": ["Zollstelle Basel", "Zollstelle Zürich-Flughafen"], "FR": ["bureau de douane de Roissy Fret",
                                                                           "bureau de douane de Lyon-Saint-Exupéry"],
           "BE": ["bureau des douanes de Bruxelles"], "LU": ["bureau des douanes de Luxembourg"],
           "IT": ["Ufficio delle Dogane di Milano 3", "Ufficio delle Dogane di Roma 2"]}
OFFICES_CH = {"fr": ["bureau de douane de Genève-Cornavin"], "it": ["Ufficio doganale di Chiasso"]}
COUNTRY_NAME = {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "FR": "France", "BE": "Belgium",
                "LU": "Luxembourg", "IT": "Italy", "GB": "United Kingdom", "IE": "Ireland", "US": "USA", "CA": "Canada",
                "AU": "Australia", "NZ": "New Zealand"}


def cname_of(ctx: Ctx, code: str) -> str:
    return COUNTRY_L.get(ctx.lang, COUNTRY_NAME)[code]


def t_customs(ctx: Ctx) -> Doc:
    T = CUSTOMS[ctx.lang]
    d = Doc()
    me = ctx.person()
    v = ctx.c(["cn23", "cn23", "notice", "reloc"])
    d(T["req"][{"cn23": 0, "notice": 1, "reloc": 2}[v]])
    if v == "cn23":
        mode = "upper" if ctx.p(0.3) else None
        d(T["cn"], "\n\n")
        rec = ctx.person(local=False)
        dest = ctx.c(ABROAD[ctx.region])
        sender_town = ""
        for lab, pr, country in ((T["from"], me, ctx.region), (T["to"], rec, dest)):
            foreign = pr is rec and ctx.p(0.35)
            ad = foreign_address(ctx) if foreign else address(ctx, country)
            if pr is me:
                sender_town = ad.city
            cname = ad.country if isinstance(ad, Foreign) else cname_of(ctx, country)
            f = T["f"]
            d(lab, ":\n")
            d("  ", f[0], ": ", case(P(pr.full), mode), "\n  ", f[1], ": ", AD(case(ad.street, mode)), "\n  ", f[2],
              ": ",
              AD(case(ad.town, mode)), "\n  ", f[3], ": ", cname.upper() if mode else cname, "\n")
            if ctx.p(0.8):
                d("  ", f[4], ": ", PH(ad.tel if isinstance(ad, Foreign) else phone(ctx, country, style="intl")), "\n")
            if ctx.p(0.6):
                d("  ", f[5], ": ", EM(email(ctx, pr, None if pr is me else ctx.c(
                    ["gmail.com", "outlook.com", "yahoo.com", "proton.me"]))), "\n")
            d("\n")
        widths = [4, 30, 6, 13, 10, 14, 8]
        d(fixed_row(T["cols"], widths))
        for k, (g, hs) in enumerate(ctx.rng.sample(T["goods"], ctx.r(1, 3))):
            d(fixed_row([str(k + 1), g, str(ctx.r(1, 4)), f"{ctx.r(1, 30) / 10:.1f}", amount(ctx, 5, 120),
                         hs + ctx.digits(2), ctx.region], widths))
        d("\n", T["kind"], "\n")
        d(fmt(T["signed"], town=sender_town, date=plain_date(ctx, "num", 2026, 2026),
              sig=P(ctx.c([me.init, me.full, me.last]))), "\n")
    elif v == "notice":
        office_addr = address(ctx, unit=False)
        origin = cname_of(ctx, ctx.c(ABROAD[ctx.region]))
        trk = ctx.c(["RR", "CP", "LX", "UM"]) + ctx.digits(9) + ctx.c(["US", "GB", "CN", "CH"])
        offices = OFFICES_CH.get(ctx.lang, []) if ctx.region == "CH" and ctx.lang != "de" else OFFICES.get(ctx.region,
                [])
        d("---\n", fmt(T["notice"], trk=trk, origin=origin, office=ctx.c(offices or T["office"]),
                       oaddr=office_addr.line(),
                       otel=PH(phone(ctx, kind="land")), hot=CUSTOMS_HOT[ctx.region]), "\n---\n\n")
        sis = ctx.person(g="f", local=False, last=me.last if ctx.p(0.4) else None)
        sad = address(ctx, ctx.c(ABROAD[ctx.region])) if ctx.p(0.6) else foreign_address(ctx)
        mad = address(ctx)
        d(fmt(T["reply"], sis=P(sis.full), saddr=sad.line(), tel=PH(phone(ctx)), me=P(me.full), maddr=mad.block()))
        if ctx.p(0.5):
            d({"de": "EORI: keine (Privatperson)", "fr": "EORI : aucun (particulier)", "it": "EORI: nessuno (privato)",
               "en": "EORI: n/a (private individual)"}[ctx.lang], "\n")
    else:
        title = T["reloc"].format(form=RELOC_EN.get(ctx.region, ""))
        d(title, "\n\n")
        old = address(ctx, ctx.c(ABROAD[ctx.region])) if ctx.p(0.6) else foreign_address(ctx)
        new = address(ctx)
        f = T["rf"]
        w = max(len(x) for x in f) + 2
        vals = [P(me.last.upper() if ctx.p(0.4) else me.last), P(me.first), DB(dob(ctx, 1950, 2000)), old.line(),
                new.line(), plain_date(ctx, None, 2026, 2026), PH(phone(ctx)), EM(email(ctx, me)),
                ctx.c(["C", "X", "Y", "P", "AA", "YA"]) + ctx.digits(7)]
        for lab, val in zip(f, vals, strict=True):
            d(f"{lab + ':':<{w}}", val, "\n")
        d("\n", T["fam"], ":\n")
        rows = []
        for k in range(ctx.r(1, 3)):
            rel_k = 0 if k == 0 else ctx.r(2, 3)
            if rel_k == 0:
                rel_k = 0 if me.g == "m" else 1
            g = "f" if rel_k in (0, 2) else "m"
            fm = ctx.person(g=g, last=me.last if ctx.p(0.7) else None)
            yrs = (1950, 2000) if k == 0 else (2008, 2023)
            rows.append([P(fm.full), DB(dob(ctx, *yrs)), T["rel"][rel_k]])
        d(md_table(T["fam_cols"], rows))
        d("\n", {"de": "Unterschrift: ", "fr": "Signature : ", "it": "Firma: ", "en": "Signature: "}[ctx.lang],
          P(me.full), "  ", plain_date(ctx, "num", 2026, 2026), "\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# 8. accountswitch - bank account switching forms and bank-detail change forms
# ---------------------------------------------------------------------------------------------------------------

SWITCH = {
    "de": {
        "req": ["Ich wechsle die Bank. Prüf bitte, ob ich im Formular alle Daueraufträge erwischt habe:\n\n",
                "Mach aus meinen Notizen ein ordentliches Formular für die Kontowechselhilfe:\n\n",
                "Schreib mir eine kurze Mail an meinen Vermieter mit der neuen Bankverbindung, Daten siehe unten:\n\n"],
        "title": {"DE": "KONTOWECHSELHILFE nach §§ 20 ff. ZKG – Ermächtigung", "AT": "KONTOWECHSELSERVICE – Auftrag",
                  "CH": "Auftrag zur Übertragung von Daueraufträgen und Lastschriften (LSV+)"},
        "holder": "Kontoinhaber/in", "second": "Zweite/r Kontoinhaber/in (Gemeinschaftskonto)",
        "f": ["Name, Vorname", "Geburtsdatum", "Anschrift", "Telefon", "E-Mail"],
        "old": "Bisheriges Konto", "new": "Neues Konto", "close": "Schließung des bisherigen Kontos zum",
        "cols": ["Zahlungspartner", "Art", "Betrag", "Bankverbindung / Gläubiger-ID"],
        "kinds": ["Dauerauftrag", "Lastschrift", "Gehaltseingang"],
        "payees": [("Miete an Vermieter", "person"), ("Taschengeld Tochter", "child"), ("Stadtwerke", "creditor"),
                   ("Fitnessstudio", "creditor"), ("Arbeitgeber", "employer"), ("Unterhalt an", "person")],
        "card": "Folgende Karte bitte kündigen: {brand} {card}, gültig bis {exp}",
        "sign": "Ort, Datum, Unterschrift", "mail": "Hallo {p},\n\nab dem {date} bitte die Miete auf mein neues Konto "
                                                    "überweisen: IBAN {iban}. Danke!\n\nViele Grüße\n{me}",
    },
    "fr": {
        "req": ["Je change de banque. Vérifie que je n'ai oublié aucun virement permanent dans ce formulaire :\n\n",
                "Mets mes notes au propre sous forme de mandat de mobilité bancaire :\n\n",
                "Écris un petit mail à mon propriétaire avec mes nouvelles coordonnées bancaires, infos ci-dessous "
                ":\n\n"],
        "title": {"FR": "MANDAT DE MOBILITÉ BANCAIRE", "BE": "EASY SWITCH – Service de mobilité interbancaire",
                  "CH": "Ordre de transfert des ordres permanents et recouvrements directs",
                  "LU": "Demande de transfert de compte"},
        "holder": "Titulaire", "second": "Co-titulaire (compte joint)",
        "f": ["Nom, prénom", "Date de naissance", "Adresse", "Téléphone", "E-mail"],
        "old": "Compte de départ", "new": "Compte d'arrivée", "close": "Clôture du compte de départ le",
        "cols": ["Bénéficiaire / émetteur", "Type", "Montant", "Coordonnées / ICS"],
        "kinds": ["virement permanent", "prélèvement", "virement reçu (salaire)"],
        "payees": [("Loyer à", "person"), ("Argent de poche", "child"), ("EDF", "creditor"), ("Salle de sport",
                "creditor"),
                   ("Employeur", "employer"), ("Pension alimentaire à", "person")],
        "card": "Carte à résilier : {brand} {card}, expire {exp}",
        "sign": "Fait à ________, le ________, signature", "mail": "Bonjour {p},\n\nà partir du {date}, merci de virer "
                                                                   "le loyer sur mon nouveau compte : IBAN {iban}. "
                                                                   "Merci !\n\nBien à vous,\n{me}",
    },
    "it": {
        "req": ["Sto cambiando banca. Controlla se nel modulo ho inserito tutti i bonifici periodici:\n\n",
                "Trasforma i miei appunti in un modulo di trasferimento del conto ordinato:\n\n",
                "Scrivi una mail breve al padrone di casa con le nuove coordinate bancarie, dati sotto:\n\n"],
        "title": {"IT": "MODULO DI TRASFERIMENTO DEI SERVIZI DI PAGAMENTO (D.Lgs. 37/2017)",
                  "CH": "Ordine di trasferimento ordini permanenti e addebiti diretti"},
        "holder": "Intestatario", "second": "Cointestatario",
        "f": ["Cognome e nome", "Data di nascita", "Indirizzo", "Telefono", "Email"],
        "old": "Conto di origine", "new": "Conto di destinazione", "close": "Chiusura del conto di origine il",
        "cols": ["Beneficiario / creditore", "Tipo", "Importo", "Coordinate / ID creditore"],
        "kinds": ["bonifico periodico", "addebito diretto (SDD)", "accredito stipendio"],
        "payees": [("Affitto a", "person"), ("Paghetta figlia", "child"), ("Enel Energia", "creditor"),
                   ("Palestra", "creditor"), ("Datore di lavoro", "employer"), ("Mantenimento a", "person")],
        "card": "Carta da estinguere: {brand} {card}, scadenza {exp}",
        "sign": "Luogo, data, firma", "mail": "Buongiorno {p},\n\ndal {date} l'affitto va versato sul mio nuovo conto: "
                                              "IBAN {iban}. Grazie!\n\nCordiali saluti\n{me}",
    },
    "en": {
        "req": ["I'm switching banks. Check I haven't missed any standing orders on this form:\n\n",
                "Tidy my notes up into a proper bank-details change form:\n\n",
                "Write a short email to my landlord with my new bank details, info below:\n\n"],
        "title": {"GB": "CURRENT ACCOUNT SWITCH SERVICE – SWITCH REQUEST", "IE": "ACCOUNT SWITCHING FORM",
                  "US": "DIRECT DEPOSIT AUTHORIZATION – CHANGE OF BANK DETAILS",
                  "CA": "DIRECT DEPOSIT ENROLMENT / CHANGE FORM", "AU": "CHANGE OF BANK ACCOUNT DETAILS",
                  "NZ": "BANK ACCOUNT CHANGE FORM"},
        "holder": "Account holder", "second": "Joint account holder",
        "f": ["Full name", "Date of birth", "Address", "Phone", "Email"],
        "old": "Old account", "new": "New account", "close": "Close old account on",
        "cols": ["Payee / payer", "Type", "Amount", "Details"],
        "kinds": ["standing order", "direct debit", "salary credit"],
        "payees": [("Rent to", "person"), ("Pocket money", "child"), ("Electricity", "creditor"), ("Gym", "creditor"),
                   ("Employer", "employer"), ("Child support to", "person")],
        "card": "Please cancel card: {brand} {card}, expiry {exp}",
        "sign": "Signature / date",
           "mail": "Hi {p},\n\nfrom {date} please pay the rent into my new account: IBAN {iban}. "
                                            "Thanks!\n\nBest\n{me}",
    },
}
NON_IBAN_ACCT = {"GB": "sort code {a}-{b}-{c}, account {n8}", "US": "routing {r9}, account {n10}",
                 "CA": "transit {n5}, institution {i3}, account {n7}", "AU": "BSB {a}{b}-{c}{a}, account {n8}",
                 "NZ": "{i2}-{n4}-{n7}-{s2}"}


def t_accountswitch(ctx: Ctx) -> Doc:
    T = SWITCH[ctx.lang]
    d = Doc()
    me = ctx.person()
    non_iban = ctx.lang == "en" and ctx.region != "IE"

    def acct_text() -> list:
        if non_iban:
            return [NON_IBAN_ACCT[ctx.region].format(a=ctx.digits(2), b=ctx.digits(2), c=ctx.digits(2),
                                                     n8=ctx.digits(8), r9="0" + ctx.digits(8), n10=ctx.digits(10),
                                                     n5=ctx.digits(5), i3=ctx.digits(3), n7=ctx.digits(7),
                                                     i2=ctx.c(["01", "02", "06", "12", "38"]), n4=ctx.digits(4),
                                                     s2=ctx.c(["00", "01", "25"]))]
        return ["IBAN ", IB(fiban(ctx, iban(ctx)))]

    v = ctx.c(["form", "form", "mail"])
    d(T["req"][ctx.c([0, 1]) if v == "form" else 2])
    if v == "form":
        d(T["title"][ctx.region], "\n\n", T["holder"], ":\n")
        f = T["f"]
        w = max(len(x) for x in f) + 3
        ad = address(ctx)
        for lab, val in zip(f, [nm(ctx, me, ctx.c(["rev", "rev", "upfirst", "full"])), DB(dob(ctx)), ad.line(),
                                PH(phone(ctx)), EM(email(ctx, me))], strict=True):
            d("  ", f"{lab + ':':<{w}}", val, "\n")
        if ctx.p(0.4):
            two = ctx.person(last=me.last if ctx.p(0.6) else None)
            d("\n", T["second"], ":\n  ", f"{f[0] + ':':<{w}}", nm(ctx, two, "rev"), "\n  ", f"{f[1] + ':':<{w}}",
              DB(dob(ctx)), "\n")
        bank_old, bank_new = ctx.rng.sample(BANKS.get(ctx.region, ["Westpac", "ANZ", "Chase", "RBC", "Kiwibank"]),
                                            2) if (
            ctx.region in BANKS and len(BANKS[ctx.region]) > 1) else ("Bank A", "Bank B")
        d("\n", T["old"], ": ", bank_old, ", ", acct_text(), "\n", T["new"], ": ", bank_new, ", ", acct_text(), "\n\n")
        rows = []
        for label, kind in ctx.rng.sample(T["payees"], ctx.r(3, 5)):
            amt = amount(ctx, 15, 1400)
            if kind == "person":
                pr = ctx.person(local=True)
                rows.append([[label, " ", P(pr.full)], T["kinds"][0], amt, acct_text()])
            elif kind == "child":
                kid = ctx.person(last=me.last)
                rows.append([[label, " (", P(kid.given), ")"], T["kinds"][0], amt, acct_text()])
            elif kind == "creditor":
                rows.append([label, T["kinds"][1], amt, f"{ctx.region}{ctx.digits(2)}ZZZ{ctx.digits(8)}" if not non_iban
                             else "SUN " + ctx.digits(6)])
            else:
                rows.append([[label, " ", company(ctx)], T["kinds"][2], amt, "–"])
        d(md_table(T["cols"], rows))
        d("\n", T["close"], " ", plain_date(ctx, None, 2026, 2026), "\n")
        if ctx.p(0.5):
            d(fmt(T["card"], brand=ctx.c(["Visa", "Mastercard", "Visa Debit"]), card=CC(card(ctx, ctx.c(["visa",
                    "mc"]))),
                  exp=expiry(ctx)), "\n")
        d("\n", T["sign"], ": ", P(me.full), "\n")
        if ctx.p(0.4):
            adv = ctx.person(local=True)
            d({"de": "Ihre Beraterin/Ihr Berater: ", "fr": "Votre conseiller·ère : ", "it": "Il suo consulente: ",
               "en": "Your adviser: "}[ctx.lang], P(adv.full), ", ", PH(phone(ctx, kind="land")), "\n")
    else:
        landlord = ctx.person(local=True)
        d({"de": "Vermieter: ", "fr": "Propriétaire : ", "it": "Proprietario: ", "en": "Landlord: "}[ctx.lang],
          ctx.title(landlord), " ", P(landlord.full), ", ", address(ctx, unit=False).line(), ", ", EM(email(ctx,
                  landlord)), "\n")
        acct = iban(ctx) if not non_iban else iban(ctx, ctx.c(["GB", "IE", "NL"]))
        if non_iban:
            d({"GB": "Mine: ", "US": "Mine: ", "CA": "Mine: ", "AU": "Mine: ", "NZ": "Mine: "}[ctx.region], P(me.full),
              ", new account ", acct_text(), " (old IBAN from my Dutch account was ", IB(fiban(ctx, acct)), ")\n")
        else:
            old_ib = iban(ctx)
            d({"de": "Ich: ", "fr": "Moi : ", "it": "Io: ", "en": "Me: "}[ctx.lang], P(me.full), ", ",
              {"de": "alt ", "fr": "ancien ", "it": "vecchio ", "en": "old "}[ctx.lang], IB(fiban(ctx, old_ib)), ", ",
              {"de": "neu ", "fr": "nouveau ", "it": "nuovo ", "en": "new "}[ctx.lang], IB(fiban(ctx, acct)), "\n")
        d({"de": "Meine Handynummer falls Rückfragen: ", "fr": "Mon portable si questions : ",
           "it": "Il mio cellulare per domande: ", "en": "My mobile if questions: "}[ctx.lang], PH(phone(ctx,
                   kind="mob")), "\n\n")
        d({"de": "Entwurf:\n", "fr": "Brouillon :\n", "it": "Bozza:\n", "en": "Draft:\n"}[ctx.lang])
        d(fmt(T["mail"], p=P(ctx.c([landlord.given, landlord.full])), date=plain_date(ctx, None, 2026, 2026),
              iban=IB(fiban(ctx, acct)), me=P(me.given)), "\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# 9. beneficiary - life-insurance and pension beneficiary designations
# ---------------------------------------------------------------------------------------------------------------

BENEF = {
    "de": {
        "req": ["Ich möchte das Bezugsrecht meiner Lebensversicherung ändern. Ist das Formular so eindeutig?\n\n",
                "Bitte formuliere die Begünstigung juristisch sauber, aber verständlich:\n\n",
                "Prüfe, ob die Anteile zusammen 100 % ergeben und ob alle Angaben vollständig sind:\n\n"],
        "title": {"DE": "Änderung des Bezugsrechts – Kapitallebensversicherung Nr. {pol}",
                  "AT": "Änderung der Bezugsberechtigung – Polizze Nr. {pol}",
                  "CH": "Begünstigungserklärung (Pensionskasse) – Versicherten-Nr. {pol}"},
        "holder": "Versicherungsnehmer/in", "f": ["Name", "Geburtsdatum", "Anschrift", "Telefon", "E-Mail"],
        "benef": "Bezugsberechtigt im Todesfall", "cols": ["Name", "Geburtsdatum", "Verhältnis", "Anteil", "Anschrift"],
        "rels": {"f": ["Ehefrau", "Lebensgefährtin", "Tochter", "Schwester", "Patenkind"],
                 "m": ["Ehemann", "Lebensgefährte", "Sohn", "Bruder", "Patenkind"]},
        "payout": "Auszahlung auf: IBAN {iban}, Kontoinhaber {h}",
        "sign": "{town}, {date}     Unterschrift: {p}",
        "clause": "Im Todesfall soll die Versicherungsleistung erhalten: {rel} {p}, geb. {dob}, wohnhaft {addr}, zu "
                  "100 %. "
                  "Sollte {pron} vor mir versterben, erhalten meine Kinder {k1} (geb. {d1}) und {k2} (geb. {d2}) "
                  "je zur Hälfte.",
        "pron": {"f": "sie", "m": "er"},
        "witness": "Zeugen", "agent": "Ihr Vermittler",
    },
    "fr": {
        "req": ["Je veux modifier la clause bénéficiaire de mon assurance-vie. C'est assez clair comme ça ?\n\n",
                "Rédige cette clause bénéficiaire de façon juridiquement propre mais compréhensible :\n\n",
                "Vérifie que les parts font bien 100 % et que rien ne manque :\n\n"],
        "title": {"FR": "Avenant – modification de la clause bénéficiaire, contrat n° {pol}",
                  "BE": "Modification de la désignation bénéficiaire – police n° {pol}",
                  "CH": "Déclaration de bénéficiaires (caisse de pension) – n° d'assuré {pol}",
                  "LU": "Désignation de bénéficiaires – contrat n° {pol}"},
        "holder": "Souscripteur", "f": ["Nom", "Date de naissance", "Adresse", "Téléphone", "E-mail"],
        "benef": "Bénéficiaires en cas de décès", "cols": ["Nom", "Date de naissance", "Lien", "Part", "Adresse"],
        "rels": {"f": ["épouse", "concubine", "fille", "sœur", "filleule"], "m": ["époux", "concubin", "fils",
                "frère", "filleul"]},
        "payout": "Versement sur : IBAN {iban}, titulaire {h}",
        "sign": "Fait à {town}, le {date}     Signature : {p}",
        "clause": "Clause bénéficiaire : « mon {rel} {p}, né(e) le {dob}, demeurant {addr}, à défaut mes enfants {k1} "
                  "(né(e) le {d1}) et {k2} (né(e) le {d2}), par parts égales, à défaut mes héritiers. »",
        "pron": {"f": "elle", "m": "il"},
        "witness": "Témoins", "agent": "Votre conseiller",
    },
    "it": {
        "req": ["Voglio cambiare i beneficiari della polizza vita. Il modulo è chiaro così?\n\n",
                "Riformula la designazione dei beneficiari in modo corretto ma comprensibile:\n\n",
                "Controlla che le quote facciano 100% e che non manchi nulla:\n\n"],
        "title": {"IT": "Variazione beneficiari – polizza vita n. {pol}",
                  "CH": "Dichiarazione dei beneficiari (cassa pensione) – n. assicurato {pol}"},
        "holder": "Contraente", "f": ["Nominativo", "Data di nascita", "Indirizzo", "Telefono", "Email"],
        "benef": "Beneficiari in caso di morte", "cols": ["Nominativo", "Data di nascita", "Parentela", "Quota",
                                                          "Indirizzo"],
        "rels": {"f": ["moglie", "convivente", "figlia", "sorella", "figlioccia"],
                 "m": ["marito", "convivente", "figlio", "fratello", "figlioccio"]},
        "payout": "Liquidazione su: IBAN {iban}, intestato a {h}",
        "sign": "{town}, {date}     Firma del contraente: {p}",
        "clause": "Beneficiari caso morte: {rel} {p}, nato/a il {dob}, residente in {addr}; in mancanza i figli {k1} "
                  "(nato/a il {d1}) e {k2} (nato/a il {d2}) in parti uguali; in mancanza gli eredi legittimi.",
        "pron": {"f": "lei", "m": "lui"},
        "witness": "Testimoni", "agent": "Il suo agente",
    },
    "en": {
        "req": ["I want to change the beneficiaries on my policy. Is this form unambiguous?\n\n",
                "Please word this beneficiary nomination properly but in plain English:\n\n",
                "Check the shares add up to 100% and nothing is missing:\n\n"],
        "title": {"GB": "PENSION SCHEME – EXPRESSION OF WISH FORM (member no. {pol})",
                  "IE": "LIFE ASSURANCE – NOMINATION OF BENEFICIARIES (policy {pol})",
                  "US": "401(k) PLAN – BENEFICIARY DESIGNATION FORM (participant ID {pol})",
                  "CA": "RRSP – DESIGNATION OF BENEFICIARY (plan no. {pol})",
                  "AU": "BINDING DEATH BENEFIT NOMINATION (member no. {pol})",
                  "NZ": "LIFE INSURANCE – BENEFICIARY NOMINATION (policy {pol})"},
        "holder": "Member / policy owner", "f": ["Name", "Date of birth", "Address", "Phone", "Email"],
        "benef": "Beneficiaries", "cols": ["Name", "Date of birth", "Relationship", "Share", "Address"],
        "rels": {"f": ["wife", "partner", "daughter", "sister", "goddaughter"], "m": ["husband", "partner", "son",
                "brother",
                                                                                     "godson"]},
        "payout": "Pay to: IBAN {iban}, account name {h}",
        "sign": "Signed at {town} on {date}     Signature: {p}",
        "clause": "On my death I wish the benefit to be paid to my {rel} {p} (born {dob}) of {addr}, 100%. If {pron} "
                  "predeceases me, to my children {k1} (born {d1}) and {k2} (born {d2}) in equal shares.",
        "pron": {"f": "she", "m": "he"},
        "witness": "Witnesses", "agent": "Your adviser",
    },
}


def t_beneficiary(ctx: Ctx) -> Doc:
    T = BENEF[ctx.lang]
    d = Doc()
    me = ctx.person()
    pol = ctx.c(["LV-", "", "P", "00"]) + ctx.digits(ctx.c([7, 8, 9]))
    v = ctx.c(["form", "form", "clause"])
    d(T["req"][ctx.c([0, 2]) if v == "form" else 1])
    d(T["title"][ctx.region].format(pol=pol), "\n\n")
    f = T["f"]
    w = max(len(x) for x in f) + 2
    ad = address(ctx)
    d(T["holder"], "\n")
    my = ctx.r(1945, 1988)
    kid_years = (my + 24, min(my + 40, 2018))
    for lab, val in zip(f, [nm(ctx, me, ctx.c(["full", "rev", "upfirst"])), DB(dob(ctx, my, my)), ad.line(),
                            PH(phone(ctx)), EM(email(ctx, me))], strict=True):
        if ctx.p(0.9):
            d(f"  {lab + ':':<{w}}", val, "\n")
    d("\n")
    if v == "form":
        d(T["benef"], ":\n")
        n = ctx.r(2, 4)
        shares = {2: [50, 50], 3: [50, 25, 25], 4: [40, 20, 20, 20]}[n]
        rows = []
        for k in range(n):
            g = ctx.c("fm")
            if k == 0:
                rel, yrs = ctx.c(T["rels"][g][:2]), (my - 8, my + 8)
            elif ctx.p(0.75):
                rel, yrs = T["rels"][g][2], kid_years
            else:
                rel, yrs = T["rels"][g][3], (my - 6, my + 6)
            b = ctx.person(g=g, last=me.last if ctx.p(0.6) else None)
            rows.append([P(b.full), DB(dob(ctx, *yrs)), rel, f"{shares[k]} %" if ctx.lang != "en"
                         else f"{shares[k]}%", address(ctx).line() if ctx.p(0.6) else ""])
        if ctx.p(0.5):
            d(md_table(T["cols"], rows))
        else:
            d(csv_row(T["cols"], ";", "none"))
            for r in rows:
                d(csv_row(r, ";", "auto"))
        d("\n")
        if ctx.lang != "en" or ctx.region == "IE" or ctx.p(0.3):
            acct = iban(ctx)
            d(fmt(T["payout"], iban=IB(fiban(ctx, acct)), h=P(ctx.c([me.full, me.rev, me.full.upper()]))), "\n\n")
    else:
        partner = ctx.person(g=ctx.c("fm"))
        k1, k2 = ctx.person(last=me.last), ctx.person(last=me.last)
        d(fmt(gseq(T["clause"], [partner.g, k1.g, k2.g]), rel=ctx.c(T["rels"][partner.g][:2]), p=P(partner.full),
              dob=DB(dob(ctx, my - 8, my + 8)),
              addr=address(ctx).line(), pron=T["pron"][partner.g], k1=P(k1.given), d1=DB(dob(ctx, *kid_years)),
              k2=P(k2.given), d2=DB(dob(ctx, *kid_years))), "\n\n")
    d(fmt(T["sign"], town=town_only(ctx), date=plain_date(ctx, None, 2026, 2026), p=P(me.full)), "\n")
    if ctx.region in ("AU", "GB", "CA") or ctx.p(0.25):
        d("\n", T["witness"], ":\n")
        for k in range(2):
            wt = ctx.person(local=True)
            d(f"{k + 1}. ", P(wt.full), ", ", address(ctx).line(), "\n")
    if ctx.p(0.5):
        ag = ctx.person(local=True)
        d("\n", T["agent"], ": ", P(ag.full), " · ", PH(phone(ctx, kind="land")), " · ",
          EM(work_email(ctx, ag, domain_of(company(ctx), ctx))), "\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# 10. directory - LDAP/LDIF, Active Directory and Entra ID user exports
# ---------------------------------------------------------------------------------------------------------------

DIRECTORY = {
    "de": {"req": ["Wir migrieren unser LDAP. Wandle diese Einträge bitte in eine CSV für den Import um:\n\n",
                   "Warum schlägt der Sync für diese Benutzer fehl? Hier die Ausgabe:\n\n",
                   "Erstelle aus diesem Export eine Telefonliste (Name, Durchwahl, Mobil, Büro):\n\n"],
           "titles": ["Sachbearbeiterin", "Teamleiter Einkauf", "Werkstudentin", "Buchhaltung", "IT-Administrator"],
           "deps": ["Vertrieb", "Personal", "Einkauf", "Buchhaltung", "IT"], "ou": "Mitarbeiter"},
    "fr": {"req": ["On migre notre annuaire LDAP. Convertis ces entrées en CSV pour l'import :\n\n",
                   "Pourquoi la synchronisation échoue pour ces comptes ? Voici la sortie :\n\n",
                   "Fais-moi un annuaire téléphonique (nom, poste, mobile, bureau) à partir de cet export :\n\n"],
           "titles": ["Assistante RH", "Responsable achats", "Stagiaire", "Comptable", "Administrateur systèmes"],
           "deps": ["Ventes", "RH", "Achats", "Comptabilité", "Informatique"], "ou": "Utilisateurs"},
    "it": {"req": ["Stiamo migrando l'LDAP. Converti queste voci in un CSV per l'importazione:\n\n",
                   "Perché la sincronizzazione fallisce per questi utenti? Ecco l'output:\n\n",
                   "Crea una rubrica telefonica (nome, interno, cellulare, ufficio) da questo export:\n\n"],
           "titles": ["Impiegata amministrativa", "Responsabile acquisti", "Stagista", "Contabile", "Sistemista"],
           "deps": ["Vendite", "Risorse umane", "Acquisti", "Amministrazione", "IT"], "ou": "Utenti"},
    "en": {"req": ["We're migrating our LDAP. Please convert these entries into a CSV for import:\n\n",
                   "Why is the sync failing for these users? Output below:\n\n",
                   "Build a phone list (name, extension, mobile, office) from this export:\n\n"],
           "titles": ["HR Coordinator", "Procurement Lead", "Intern", "Accounts Assistant", "Systems Administrator"],
           "deps": ["Sales", "HR", "Procurement", "Finance", "IT"], "ou": "Staff"},
}


def office_tel(ctx: Ctx) -> str:
    """Office number of the document's organisation with a personal extension (DIN style where usual)."""
    if ctx._office is None:
        c = ctx.region
        if c == "DE":
            pre, n = ctx.c(AREA["DE"])
            ctx._office = ctx.c([f"+49 {pre} {ctx.r(2, 9)}{ctx.digits(n - 3)}-",
                                 f"0{pre} {ctx.r(2, 9)}{ctx.digits(n - 3)}-"])
        elif c == "AT":
            pre, n = ctx.c(AREA["AT"])
            ctx._office = ctx.c([f"+43 {pre} {ctx.r(2, 9)}{ctx.digits(n - 3)}-",
                                 f"0{pre} {ctx.r(2, 9)}{ctx.digits(n - 3)}-"])
        else:
            ctx._office = ""
    if ctx._office:
        return ctx._office + str(ctx.r(100, 999) if ctx.p(0.6) else ctx.r(10, 99))
    return phone(ctx, kind="land", style=ctx.c(["nat", "intl"]))


def t_directory(ctx: Ctx) -> Doc:
    T = DIRECTORY[ctx.lang]
    d = Doc()
    org = company(ctx)
    base = slug(org.split(" ")[0]) or "corp"
    tld = TLD[ctx.region].split(".")[-1]
    dom = f"{base}.{TLD[ctx.region]}"
    v = ctx.c(["ldif", "ps", "graph", "csv"])
    d(T["req"][{"ldif": 0, "csv": 0, "ps": 1, "graph": ctx.c([1, 2])}[v] if ctx.p(0.7) else 2])
    office = address(ctx, unit=False)
    users = [ctx.person() for _ in range(ctx.r(2, 3))]
    if v == "ldif":
        d("version: 1\n\n")
        for u in users:
            uid = (slug(u.given)[:1] + slug(u.last))[:12]
            if ctx.p(0.5):
                d("dn: uid=", uid, ",ou=people,dc=", base, ",dc=", tld, "\n")
            else:
                d("dn: cn=", P(u.full), ",ou=", ctx.c(T["deps"]), ",dc=", base, ",dc=", tld, "\n")
            d("objectClass: inetOrgPerson\nuid: ", uid, "\ncn: ", P(u.full), "\nsn: ", P(u.last), "\ngivenName: ",
              P(u.first), "\n")
            if ctx.p(0.5):
                d("displayName: ", P(u.rev), "\n")
            d("mail: ", EM(work_email(ctx, u, dom)), "\ntelephoneNumber: ", PH(office_tel(ctx)), "\n")
            if ctx.p(0.6):
                d("mobile: ", PH(phone(ctx, kind="mob")), "\n")
            if ctx.p(0.5):
                d("postalAddress: ", AD(office.street), "$", AD(office.town), "\n")
            else:
                d("street: ", AD(office.street), "\npostalCode: ", office.postcode, "\nl: ", office.city, "\n")
            if ctx.p(0.3):
                home = address(ctx)
                d("homePostalAddress: ", AD(home.street), "$", AD(home.town), "\nhomePhone: ",
                  PH(phone(ctx, kind="land")), "\n")
            d("title: ", ctx.c(T["titles"]), "\nemployeeNumber: ", ctx.digits(5), "\n\n")
        d("# ldapadd: Invalid syntax (21) for entry ", ctx.r(2, 3), "\n" if ctx.p(0.5) else "\n")
    elif v == "ps":
        for u in users:
            sam = (slug(u.given)[:1] + slug(u.last))[:12]
            mail = work_email(ctx, u, dom)
            d("PS C:\\> Get-ADUser -Identity ", sam, " -Properties *\n\n")
            rows: list = [
                ("DistinguishedName", ["CN=", P(f"{u.last}\\, {u.first}"), ",OU=", T["ou"], ",OU=", office.city,
                                       ",DC=corp,DC=", base, ",DC=", tld]),
                ("GivenName", P(u.first)), ("Surname", P(u.last)), ("DisplayName", P(u.rev)),
                ("EmailAddress", EM(mail)), ("OfficePhone", PH(office_tel(ctx))),
                ("MobilePhone", PH(phone(ctx, kind="mob")) if ctx.p(0.7) else ""),
                ("StreetAddress", AD(office.street)), ("PostalCode", office.postcode), ("City", office.city),
                ("Department", ctx.c(T["deps"])), ("Title", ctx.c(T["titles"])), ("SamAccountName", sam),
                ("UserPrincipalName", EM(mail)), ("Enabled", ctx.c(["True", "False"])),
                ("LastLogonDate",
                 f"{ctx.r(1, 28):02d}.{ctx.r(1, 12):02d}.2026 {ctx.r(7, 18):02d}:{ctx.r(10, 59)}:{ctx.r(10, 59)}"),
                ("ObjectGUID", f"{ctx.digits(8)}-{ctx.digits(4)}-{ctx.digits(4)}-{ctx.digits(4)}-{ctx.digits(12)}"),
            ]
            for k, val in rows:
                d(f"{k:<18}: ", val, "\n")
            d("\n")
        d("Set-ADUser : The specified directory service attribute or value does not exist\nParameter name: "
          "extensionAttribute7\n")
    elif v == "graph":
        vals = []
        for u in users:
            mail = work_email(ctx, u, dom)
            item = {"id": f"{ctx.digits(8)}-{ctx.digits(4)}-{ctx.digits(4)}-{ctx.digits(4)}-{ctx.digits(12)}",
                    "displayName": P(u.full), "givenName": P(u.first), "surname": P(u.last), "mail": EM(mail),
                    "userPrincipalName": EM(mail), "jobTitle": ctx.c(T["titles"]),
                    "businessPhones": [PH(office_tel(ctx))],
                    "mobilePhone": PH(phone(ctx, kind="mob")) if ctx.p(0.6) else None,
                    "officeLocation": f"{office.city} {ctx.r(1, 4)}.{ctx.r(10, 40)}",
                    "streetAddress": AD(office.street),
                    "postalCode": office.postcode, "city": office.city}
            if ctx.p(0.4):
                b = rdate(ctx, 1960, 2003)
                item["birthday"] = DB(f"{b.y:04d}-{b.m:02d}-{b.d:02d}T00:00:00Z")
            vals.append(item)
        d("GET https://graph.microsoft.com/v1.0/users?$filter=department eq '", ctx.c(T["deps"]), "'\n\n")
        d(to_json({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users", "value": vals},
                  ctx.c([2, None]), ascii_only=ctx.p(0.3)), "\n")
    else:
        cols = ["DN", "objectClass", "cn", "sn", "givenName", "mail", "telephoneNumber", "streetAddress", "l"]
        d(csv_row(cols, ",", "none"))
        for u in users:
            d(csv_row([["CN=", P(u.full), ",OU=", T["ou"], ",DC=", base, ",DC=", tld], "user", P(u.full), P(u.last),
                       P(u.first), EM(work_email(ctx, u, dom)), PH(office_tel(ctx)), AD(office.street),
                       office.city], ",", "all"))
        d("\ncsvde: Error: Add error on entry starting on line ", ctx.r(2, 4), ": Constraint Violation\n")
    if ctx.p(0.5):
        admin = ctx.person(local=True)
        d("\n", {"de": "Gruß, ", "fr": "Merci, ", "it": "Grazie, ", "en": "Thanks, "}[ctx.lang], P(admin.given),
          " (", {"de": "Durchwahl ", "fr": "poste ", "it": "interno ", "en": "ext. "}[ctx.lang], ctx.digits(3), ")\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# 11. visa - invitation letters for visitor visas and hosting declarations
# ---------------------------------------------------------------------------------------------------------------

BIRTHPLACES = ["Accra", "Lagos", "Hanoi", "Bogotá", "Kyiv", "Tirana", "Nairobi", "Rabat", "Manila", "Chennai",
               "Lahore", "Yerevan", "Tbilisi", "Jakarta", "São Paulo", "Istanbul", "Asmara", "Mogadishu", "Herat",
               "Colombo", "Tunis", "Dakar", "Kinshasa", "Lima"]
VISA = {
    "de": {
        "req": ["Kannst du mein Einladungsschreiben für die Botschaft überprüfen und verbessern?\n\n",
                "Bitte übersetze dieses Einladungsschreiben ins Englische für das Visum:\n\n",
                "Fehlt in dieser Einladung etwas, was die Visastelle üblicherweise verlangt?\n\n"],
        "to": "An die {emb}\n– Visastelle –\n",
        "emb": ["Deutsche Botschaft Accra", "Deutsche Botschaft Hanoi", "Österreichische Botschaft Abuja",
                "Schweizerische Botschaft in Nairobi", "Deutsches Generalkonsulat Lagos"],
        "subj": "Einladung von {g} – Besuchsvisum (Schengen, Typ C)",
        "body": "Sehr geehrte Damen und Herren,\n\nhiermit lade ich {rel} {g}, geboren am {gdob} in {bp}, "
                "Reisepass-Nr. {pp}, "
                "wohnhaft {gaddr}, Tel. {gtel}, für die Zeit vom {d1} bis {d2} zu mir ein. {gf} wird während des "
                "Aufenthalts bei mir wohnen: {haddr}.",
        "child": " Begleitet wird {pron} von {child}, geb. {cdob}.",
        "pron": {"f": "sie", "m": "er"},
        "me": "Zu meiner Person: geboren am {hdob}, {status} Staatsangehörigkeit, beschäftigt bei {emp}. Eine "
              "Verpflichtungserklärung habe ich bei der Ausländerbehörde abgegeben. Für Rückfragen: {htel}, {hmail}.",
        "close": "Mit freundlichen Grüßen\n\n{h}\n\nAnlagen: Kopie Personalausweis, Verdienstnachweise, "
                 "Meldebescheinigung\n",
        "rels": {"f": ["meine Schwiegermutter", "meine Cousine", "meine Tante", "meine Freundin"],
                 "m": ["meinen Schwiegervater", "meinen Cousin", "meinen Onkel", "meinen Freund"]},
    },
    "fr": {
        "req": ["Peux-tu relire et améliorer ma lettre d'invitation pour le consulat ?\n\n",
                "Traduis cette attestation en anglais pour le dossier de visa :\n\n",
                "Manque-t-il quelque chose que le consulat demande habituellement ?\n\n"],
        "to": "{emb}\nService des visas\n",
        "emb": ["Consulat général de France à Dakar", "Ambassade de France au Maroc",
                "Ambassade de Belgique à Kinshasa",
                "Ambassade de Suisse au Cameroun", "Ambassade du Grand-Duché de Luxembourg"],
        "subj": "Objet : invitation de {g} – visa de court séjour",
        "body": "Madame, Monsieur,\n\nje soussigné(e) invite {rel} {g}, né(e) le {gdob} à {bp}, passeport n° {pp}, "
                "demeurant {gaddr}, tél. {gtel}, du {d1} au {d2}. {gf} sera hébergé(e) à mon domicile : {haddr}.",
        "child": " {pron} sera accompagné(e) de {child}, né(e) le {cdob}.",
        "pron": {"f": "Elle", "m": "Il"},
        "me": "Me concernant : né(e) le {hdob}, salarié(e) de {emp}. L'attestation d'accueil a été validée par la "
              "mairie. Pour toute question : {htel}, {hmail}.",
        "close": "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\n{h}\n\nPJ : pièce d'identité, "
                 "justificatif de domicile, bulletins de salaire\n",
        "rels": {"f": ["ma belle-mère", "ma cousine", "ma tante", "mon amie"],
                 "m": ["mon beau-père", "mon cousin", "mon oncle", "mon ami"]},
    },
    "it": {
        "req": ["Puoi rivedere la mia lettera d'invito per l'ambasciata?\n\n",
                "Traduci in inglese questa dichiarazione per la pratica del visto:\n\n",
                "Manca qualcosa che l'ambasciata chiede di solito?\n\n"],
        "to": "{emb}\nUfficio Visti\n",
        "emb": ["Ambasciata d'Italia ad Accra", "Consolato Generale d'Italia a Lagos", "Ambasciata d'Italia a Tirana",
                "Ambasciata di Svizzera a Colombo", "Ambasciata d'Italia a Manila"],
        "subj": "Oggetto: lettera d'invito per {g} – visto per turismo",
        "body": "Spettabile Ufficio,\n\nil/la sottoscritto/a invita {rel} {g}, nato/a a {bp} il {gdob}, passaporto n. "
                "{pp}, "
                "residente in {gaddr}, tel. {gtel}, dal {d1} al {d2}. {gf} sarà ospite presso la mia abitazione in "
                "{haddr}.",
        "child": " Sarà accompagnato/a da {child}, nato/a il {cdob}.",
        "pron": {"f": "", "m": ""},
        "me": "Dati dell'invitante: nato/a il {hdob}, dipendente di {emp}. La dichiarazione di ospitalità è stata "
              "presentata in Comune entro 48 ore. Recapiti: {htel}, {hmail}.",
        "close": "Distinti saluti\n\n{h}\n\nAllegati: documento d'identità, buste paga, certificato di residenza\n",
        "rels": {"f": ["mia suocera", "mia cugina", "mia zia", "la mia amica"],
                 "m": ["mio suocero", "mio cugino", "mio zio", "il mio amico"]},
    },
    "en": {
        "req": ["Can you check and improve my invitation letter for the visa application?\n\n",
                "Please make this invitation letter sound more formal:\n\n",
                "Is anything missing that the visa office usually asks for?\n\n"],
        "to": "{emb}\n",
        "emb": ["Visa Section", "Immigration Officer", "Entry Clearance Officer", "Consular Section, Embassy"],
        "subj": "Re: Letter of invitation for {g} – visitor visa",
        "body": "Dear Sir or Madam,\n\nI am writing to invite {rel} {g}, born {gdob} in {bp}, passport no. {pp}, of "
                "{gaddr}, "
                "phone {gtel}, to visit me from {d1} to {d2}. {gf} will stay with me at {haddr}.",
        "child": " {pron} will be accompanied by {child}, born {cdob}.",
        "pron": {"f": "She", "m": "He"},
        "me": "About me: I was born on {hdob}, I am a {status} and work for {emp}. I will cover all costs of the "
              "visit. "
              "You can reach me on {htel} or at {hmail}.",
        "close": "Yours faithfully\n\n{h}\n\nEnclosed: copy of passport, proof of status, bank statements\n",
        "rels": {"f": ["my mother-in-law", "my cousin", "my aunt", "my friend"],
                 "m": ["my father-in-law", "my cousin", "my uncle", "my friend"]},
    },
}
EMB_KEY = {"DE": "Deutsch", "AT": "Österreich", "CH": "Schweiz|Suisse|Svizzera", "FR": "France",
           "BE": "Belgique", "LU": "Luxembourg", "IT": "Italia"}
STATUS_EN = {"DE": "deutsche", "AT": "österreichische", "CH": "schweizerische", "GB": "British citizen",
             "IE": "Irish citizen", "US": "U.S. citizen", "CA": "Canadian permanent resident",
             "AU": "Australian citizen", "NZ": "New Zealand resident"}


def t_visa(ctx: Ctx) -> Doc:
    T = VISA[ctx.lang]
    d = Doc()
    host = ctx.person()
    guest = ctx.person(local=False)
    hadr = address(ctx)
    gadr = foreign_address(ctx)
    v = ctx.c(["letter", "letter", "form"])
    d(T["req"][ctx.c([0, 2]) if v == "letter" else 1])
    if v == "letter":
        d(P(host.full), "\n", hadr.block(), "\n", PH(phone(ctx)), " · ", EM(email(ctx, host)), "\n\n")
        keys = EMB_KEY.get(ctx.region, "").split("|")
        embs = [e for e in T["emb"] if any(k and k in e for k in keys)] or T["emb"]
        d(T["to"].format(emb=ctx.c(embs)), "\n", hadr.city, ", ", plain_date(ctx, None, 2026, 2026), "\n\n")
        gname = ctx.c([guest.full, guest.full, guest.upfirst])
        d1, d2 = date_range(ctx)
        sty = ctx.c(["num", "word"])
        d(fmt(T["subj"], g=P(gname)), "\n\n")
        ri = ctx.r(0, 3)
        gy = (1945, 1972) if ri in (0, 2) else (1965, 2002)
        d(fmt(gseq(T["body"], [host.g, guest.g, guest.g]), rel=T["rels"][guest.g][ri], g=P(gname), gdob=DB(dob(ctx,
                *gy)), bp=ctx.c(BIRTHPLACES),
              pp=ctx.c(["G", "P", "A", "N", "EC", "FB"]) + ctx.digits(7), gaddr=gadr.line(), gtel=PH(gadr.tel),
              d1=fdate(ctx, d1, sty), d2=fdate(ctx, d2, sty), gf=P(guest.given),
              haddr=hadr.line()))
        if ctx.p(0.4):
            ch = ctx.person(last=guest.last, local=False)
            d(fmt(gseq(T["child"], [guest.g, ch.g]), pron=T["pron"][guest.g], child=P(ch.full), cdob=DB(dob(ctx, 2010,
                    2022))))
        d("\n\n")
        d(fmt(gseq(T["me"], [host.g]), hdob=DB(dob(ctx, 1960, 1998)), emp=company(ctx), htel=PH(phone(ctx, kind="mob")),
              hmail=EM(email(ctx, host)), status=STATUS_EN.get(ctx.region, "")), "\n\n")
        d(fmt(T["close"], h=P(host.full)))
    else:
        L_ = {"de": ("EINLADENDE PERSON", "EINGELADENE PERSON", ["Name", "Vorname", "Geburtsdatum", "Geburtsort",
                                                                 "Anschrift",
                                                               "Telefon", "E-Mail", "Pass-Nr."]),
              "fr": ("L'HÉBERGEANT", "L'HÉBERGÉ(E)", ["Nom", "Prénom", "Date de naissance", "Lieu de naissance",
                                                      "Adresse",
                                                      "Téléphone", "Courriel", "N° de passeport"]),
              "it": ("OSPITANTE", "OSPITE", ["Cognome", "Nome", "Data di nascita", "Luogo di nascita", "Indirizzo",
                                             "Telefono", "Email", "Passaporto n."]),
              "en": ("HOST", "VISITOR", ["Surname", "Given names", "Date of birth", "Place of birth", "Address",
                                         "Phone",
                                         "Email", "Passport no."])}[ctx.lang]
        title = {"de": "VERPFLICHTUNGSERKLÄRUNG / EINLADUNG – Angaben", "fr": "ATTESTATION D'ACCUEIL – renseignements",
                 "it": "DICHIARAZIONE DI OSPITALITÀ (art. 7 D.Lgs. 286/1998)",
                 "en": "SPONSOR / INVITATION DETAILS"}[ctx.lang]
        d(title, "\n\n")
        w = max(len(x) for x in L_[2]) + 2
        for head, pr, adr, tel, born, bp in ((L_[0], host, hadr, phone(ctx), (1960, 1998), town_only(ctx)),
                                              (L_[1], guest, gadr, gadr.tel, (1945, 2000), ctx.c(BIRTHPLACES))):
            mode = "upper" if ctx.p(0.3) else None
            d(head, "\n")
            vals = [P(case(pr.last, mode)), P(case(pr.first, mode)), DB(dob(ctx, *born)), bp, case(adr.line(), mode),
                    PH(tel), EM(email(ctx, pr, ctx.c(["gmail.com", "yahoo.com",
                                                      "outlook.com"]) if pr is guest else None)),
                    (ctx.c(["C", "L", "P"]) + ctx.digits(8)) if pr is guest or ctx.p(0.3) else ""]
            for lab, val in zip(L_[2], vals, strict=True):
                if val:
                    d(f"  {lab + ':':<{w}}", val, "\n")
            d("\n")
        d1, d2 = date_range(ctx)
        d({"de": "Aufenthalt: ", "fr": "Séjour : ", "it": "Periodo: ", "en": "Visit: "}[ctx.lang],
          fdate(ctx, d1, "num"), " – ", fdate(ctx, d2, "num"), "\n")
        d({"de": "Unterschrift: ", "fr": "Signature de l'hébergeant : ", "it": "Firma dell'ospitante: ",
           "en": "Signature: "}[ctx.lang], P(ctx.c([host.full, host.init])), "\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# 12. emergencyfile - family emergency binders and in-case-of-emergency sheets
# ---------------------------------------------------------------------------------------------------------------

EMERG = {
    "de": {
        "req": ["Mach aus meinen Notizen einen übersichtlichen Notfallordner für meine Eltern:\n\n",
                "Was fehlt in diesem Notfallblatt noch? Bitte ergänzen und gliedern:\n\n",
                "Übersetze das Notfallblatt für unsere neue Pflegekraft ins Englische:\n\n"],
        "h": ["Persönliche Daten", "Im Notfall bitte anrufen", "Ärzte & Apotheke", "Bank & Karten", "Vollmachten",
              "Schlüssel & Haus"],
        "f": ["Name", "Geburtsdatum", "Adresse", "Blutgruppe", "Krankenkasse", "Allergien"],
        "ins": ["TK, Vers.-Nr. {v}", "AOK Bayern, Vers.-Nr. {v}", "ÖGK, SV-Nr. {sv}", "CSS, Versichertennr. {v}"],
        "allergies": ["Penicillin", "keine bekannt", "Nüsse, Pflaster", "Kontrastmittel"],
        "rels": {"f": ["Tochter", "Schwester", "Nichte", "Nachbarin"], "m": ["Sohn", "Bruder", "Neffe", "Nachbar"]},
        "gp": "Hausarzt", "dent": "Zahnärztin", "pharm": ["Löwen-Apotheke", "Marien-Apotheke", "Apotheke am Markt"],
        "acct": ["Girokonto", "Sparkonto", "Gemeinschaftskonto mit {p}"],
           "card": "Kreditkarte {brand}: {num}, gültig bis {exp}",
        "block": "Kartensperre: Sperr-Notruf {hot}",
        "poa": "Vorsorgevollmacht und Patientenverfügung für {p}, hinterlegt bei Notar {n}, {addr}",
        "keys": "Zweitschlüssel hat {t}{p} ({where}), Tel. {tel}", "where": ["2. Stock links", "Haus gegenüber",
                "Nr. 14"],
        "pet": "Katze „{pet}“ – Tierarzt {vet}",
        "pets": ["Minka", "Felix", "Mausi", "Paulchen"],
    },
    "fr": {
        "req": ["Transforme mes notes en un dossier d'urgence clair pour mes parents :\n\n",
                "Qu'est-ce qui manque dans cette fiche d'urgence ? Complète et structure :\n\n",
                "Traduis cette fiche d'urgence en anglais pour la nouvelle aide à domicile :\n\n"],
        "h": ["Identité", "En cas d'urgence, appeler", "Médecins & pharmacie", "Banque & cartes", "Procurations",
              "Clés & maison"],
        "f": ["Nom", "Date de naissance", "Adresse", "Groupe sanguin", "Mutuelle / Sécu", "Allergies"],
        "ins": ["MGEN, n° adhérent {v}", "Harmonie Mutuelle, n° {v}", "Mutualité chrétienne, n° {v}", "CNS n° {v}"],
        "allergies": ["pénicilline", "aucune connue", "arachides", "iode"],
        "rels": {"f": ["fille", "sœur", "nièce", "voisine"], "m": ["fils", "frère", "neveu", "voisin"]},
        "gp": "Médecin traitant", "dent": "Dentiste", "pharm": ["Pharmacie du Marché", "Pharmacie Centrale",
                                                                "Pharmacie de la Gare"],
        "acct": ["Compte courant", "Livret A", "Compte joint avec {p}"], "card": "Carte {brand} : {num}, expire {exp}",
        "block": "Opposition carte bancaire : {hot}",
        "poa": "Mandat de protection future au nom de {p}, déposé chez Me {n}, notaire, {addr}",
        "keys": "Double des clés chez {t}{p} ({where}), tél. {tel}", "where": ["2e gauche", "en face", "n° 14"],
        "pet": "Chat « {pet} » – vétérinaire {vet}",
        "pets": ["Minou", "Caramel", "Félix", "Plume"],
    },
    "it": {
        "req": ["Trasforma i miei appunti in una cartella emergenze chiara per i miei genitori:\n\n",
                "Cosa manca in questa scheda emergenze? Completa e organizza:\n\n",
                "Traduci in inglese la scheda emergenze per la nuova badante:\n\n"],
        "h": ["Dati personali", "In caso di emergenza chiamare", "Medici e farmacia", "Banca e carte", "Deleghe",
              "Chiavi e casa"],
        "f": ["Nome", "Data di nascita", "Indirizzo", "Gruppo sanguigno", "Tessera sanitaria", "Allergie"],
        "ins": ["TS n. 8038000{v}", "tessera sanitaria {v}", "cassa malati CSS n. {v}"],
        "allergies": ["penicillina", "nessuna nota", "frutta secca", "mezzo di contrasto"],
        "rels": {"f": ["figlia", "sorella", "nipote", "vicina"], "m": ["figlio", "fratello", "nipote", "vicino"]},
        "gp": "Medico di base", "dent": "Dentista", "pharm": ["Farmacia Centrale", "Farmacia San Marco",
                                                              "Farmacia della Stazione"],
        "acct": ["Conto corrente", "Libretto di risparmio", "Conto cointestato con {p}"],
        "card": "Carta {brand}: {num}, scadenza {exp}", "block": "Blocco carte: {hot}",
        "poa": "Procura e DAT per {p}, depositate presso il notaio {n}, {addr}",
        "keys": "Copia delle chiavi da {t}{p} ({where}), tel. {tel}", "where": ["2° piano", "di fronte", "civico 14"],
        "pet": "Gatto «{pet}» – veterinario {vet}",
        "pets": ["Micio", "Briciola", "Romeo", "Pallina"],
    },
    "en": {
        "req": ["Turn my notes into a clear emergency info file for my parents:\n\n",
                "What's missing from this emergency sheet? Please fill gaps and organise it:\n\n",
                "Rewrite this emergency sheet so the new carer can use it quickly:\n\n"],
        "h": ["Personal details", "In an emergency call", "Doctors & pharmacy", "Bank & cards", "Powers of attorney",
              "Keys & house"],
        "f": ["Name", "Date of birth", "Address", "Blood group", "Health no.", "Allergies"],
        "ins": ["NHS no. {v}", "Medical card {v}", "Medicare {v}", "Health card {v}", "NHI {v}"],
        "allergies": ["penicillin", "none known", "peanuts", "latex"],
        "rels": {"f": ["daughter", "sister", "niece", "neighbour"], "m": ["son", "brother", "nephew", "neighbour"]},
        "gp": "GP", "dent": "Dentist", "pharm": ["Boots", "Chemist Warehouse", "the village pharmacy", "Walgreens"],
        "acct": ["Current account", "Savings", "Joint account with {p}"], "card": "{brand}: {num}, exp {exp}",
        "block": "Lost/stolen cards: {hot}",
        "poa": "Lasting power of attorney for {p}, original with solicitor {n}, {addr}",
        "keys": "Spare key with {t}{p} ({where}), phone {tel}", "where": ["flat 2", "across the road", "no. 14"],
        "pet": "Cat \"{pet}\" – vet {vet}",
        "pets": ["Tigger", "Smudge", "Misty", "Biscuit"],
    },
}


INS_REGION = {("de", "DE"): "TK, Vers.-Nr. A{v}", ("de", "AT"): "ÖGK, SV-Nr. {sv}", ("de",
        "CH"): "CSS, Versichertennr. {v}",
              ("fr", "FR"): "MGEN, n° adhérent {v}", ("fr", "BE"): "Mutualité chrétienne, n° {v}",
              ("fr", "CH"): "Groupe Mutuel, n° d'assuré {v}", ("fr", "LU"): "CNS n° {v}",
              ("it", "IT"): "TS n. 8038000{v}", ("it", "CH"): "cassa malati CSS n. {v}",
              ("en", "GB"): "NHS no. {v}", ("en", "IE"): "Medical card {v}", ("en", "US"): "Medicare {v}A",
              ("en", "CA"): "Health card {v}", ("en", "AU"): "Medicare {v}", ("en", "NZ"): "NHI ABC{v}"}
PHARM_EN = {"GB": ["Boots", "Lloyds Pharmacy", "the village chemist"], "IE": ["Hickey's Pharmacy", "McCabes Pharmacy"],
            "US": ["Walgreens", "CVS Pharmacy"], "CA": ["Shoppers Drug Mart", "Rexall"],
            "AU": ["Chemist Warehouse", "Priceline Pharmacy"], "NZ": ["Unichem", "Life Pharmacy"]}
BLOCK_HOT = {"DE": ["116 116"], "AT": ["0800 204 8800", "+43 1 204 8800"], "CH": ["0800 00 88 88", "044 828 31 35"],
             "FR": ["0 892 705 705"], "BE": ["070 344 344"], "LU": ["+352 49 10 10"], "IT": ["800 151 616",
                     "800 822 056"],
             "GB": ["0800 015 1111", "159"], "IE": ["1800 558 123"], "US": ["1-800-847-2911"], "CA": ["1-800-361-3361"],
             "AU": ["1800 450 880"], "NZ": ["0800 44 40 40"]}


def t_emergencyfile(ctx: Ctx) -> Doc:
    T = EMERG[ctx.lang]
    d = Doc()
    d(ctx.c(T["req"]))
    md = ctx.p(0.6)
    me = ctx.person(local=ctx.p(0.7))
    home = address(ctx)

    def head(k: int) -> None:
        d(("## " if md else "") + T["h"][k] + ("" if md else ":") + "\n")

    if md:
        d("# ", {"de": "Notfallordner ", "fr": "Dossier d'urgence – ", "it": "Cartella emergenze – ",
                 "en": "Emergency file – "}[ctx.lang], P(me.full), "\n\n")
    head(0)
    f = T["f"]
    vals = [nm(ctx, me, ctx.c(["full", "rev"])), DB(dob(ctx, 1935, 1960)), home.line(),
            ctx.c(["A+", "0 neg", "B+", "AB-", "O+"]),
            INS_REGION.get((ctx.lang, ctx.region), ctx.c(T["ins"])).format(v=ctx.digits(9), sv=ctx.digits(4) + " "
                                                                          + ctx.digits(6)), ctx.c(T["allergies"])]
    for lab, val in zip(f, vals, strict=True):
        d("- " if md else "  ", lab, ": ", val, "\n")
    d("\n")
    head(1)
    fam = []
    for k in range(ctx.r(2, 3)):
        g = ctx.c("fm")
        pr = ctx.person(g=g, last=me.last if k == 0 or ctx.p(0.4) else None)
        fam.append(pr)
        rel = T["rels"][g][0] if k == 0 else ctx.c(T["rels"][g][:3])
        d("- " if md else "  ", P(ctx.c([pr.full, pr.given])), " (", rel, "): ", PH(phone(ctx, kind="mob")))
        if ctx.p(0.5):
            d(" / ", PH(phone(ctx, kind="land")))
        if ctx.p(0.5):
            d(", ", EM(email(ctx, pr)))
        d("\n")
    d("\n")
    head(2)
    gp, dent = ctx.person(local=True), ctx.person(local=True, g="f")
    d("- " if md else "  ", T["gp"], ": ", DOC_TITLE[ctx.lang], P(gp.full), ", ", address(ctx, unit=False).line(), ", ",
      PH(phone(ctx, kind="land")), "\n")
    if ctx.p(0.6):
        d("- " if md else "  ", T["dent"], ": ", DOC_TITLE[ctx.lang], P(dent.last), ", ", PH(phone(ctx, kind="land")),
          "\n")
    pharm = ctx.c(T["pharm"]) if ctx.lang != "en" else ctx.c(PHARM_EN[ctx.region])
    d("- " if md else "  ", pharm, ": ", PH(phone(ctx, kind="land")), "\n\n")
    head(3)
    if not (ctx.lang == "en" and ctx.region in ("GB", "US", "CA", "AU", "NZ")) or ctx.p(0.3):
        for k in range(ctx.r(1, 2)):
            lab = T["acct"][k] if k < 2 else T["acct"][2]
            d("- " if md else "  ", lab, ": IBAN ", IB(fiban(ctx, iban(ctx))), "\n")
        if ctx.p(0.5):
            d("- " if md else "  ", fmt(T["acct"][2], p=P(fam[0].given)), ": IBAN ", IB(fiban(ctx, iban(ctx))), "\n")
    else:
        d("- " if md else "  ", T["acct"][0], ": ", {"GB": "sort code 20-", "US": "routing 0", "CA": "transit ",
                                                     "AU": "BSB 06", "NZ": "12-3"}[ctx.region], ctx.digits(4),
          ", acc ", ctx.digits(8), "\n")
    for _ in range(ctx.r(1, 2)):
        brand = ctx.c(["Visa", "Mastercard", "Amex"])
        d("- " if md else "  ", fmt(T["card"], brand=brand, num=CC(card(ctx, {"Visa": "visa", "Mastercard": "mc",
                                                                            "Amex": "amex"}[brand])),
                                    exp=expiry(ctx)), "\n")
    d("- " if md else "  ", T["block"].format(hot=ctx.c(BLOCK_HOT.get(ctx.region, ["116 116"]))), "\n\n")
    head(4)
    notary = ctx.person(local=True)
    poa = T["poa"]
    if ctx.lang == "en":
        poa = poa.replace("Lasting power of attorney", {"GB": "Lasting power of attorney",
                                                        "IE": "Enduring power of attorney",
                                                        "US": "Durable power of attorney and health care proxy",
                                                        "CA": "Power of attorney for personal care",
                                                        "AU": "Enduring power of attorney",
                                                        "NZ": "Enduring power of attorney"}[ctx.region])
    d("- " if md else "  ", fmt(poa, p=P(fam[0].full), n=P(notary.full), addr=address(ctx, unit=False).line()), "\n\n")
    head(5)
    nb = ctx.person(local=True)
    d("- " if md else "  ", fmt(T["keys"], t=ctx.title(nb) + " ", p=P(nb.last), where=ctx.c(T["where"]),
                               tel=PH(phone(ctx))), "\n")
    if ctx.p(0.6):
        d("- " if md else "  ", fmt(T["pet"], pet=ctx.c(T["pets"]), vet=PH(phone(ctx, kind="land"))), "\n")
    if ctx.p(0.4):
        d("\n", {"de": "Stand: ", "fr": "Mis à jour le ", "it": "Aggiornato al ", "en": "Updated "}[ctx.lang],
          plain_date(ctx, None, 2026, 2026), " – ", P(fam[0].given), "\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# MAIN_MARKER
# ---------------------------------------------------------------------------------------------------------------

TEMPLATES = {
    "settlement": t_settlement,
    "handover": t_handover,
    "invoice": t_invoice,
    "marketplace": t_marketplace,
    "reunion": t_reunion,
    "dsar": t_dsar,
    "customs": t_customs,
    "accountswitch": t_accountswitch,
    "beneficiary": t_beneficiary,
    "directory": t_directory,
    "visa": t_visa,
    "emergencyfile": t_emergencyfile,
}


def check(rec: dict) -> None:
    text = rec["text"]
    last = -1
    for e in sorted(rec["entities"], key=lambda e: e["start"]):
        assert text[e["start"]:e["end"]] == e["text"], (rec["id"], e)
        assert e["start"] >= last, (rec["id"], "overlap", e)
        assert e["text"] == e["text"].strip() and e["text"], (rec["id"], "space", e)
        last = e["end"]
        if e["type"] == "IBAN":
            assert iban_ok(e["text"]), (rec["id"], e)
        if e["type"] == "CARD":
            assert luhn_ok(e["text"]), (rec["id"], e)
        if e["type"] == "PERSON":
            assert is_latin(e["text"]), (rec["id"], e)


def build() -> list[dict]:
    out = []
    for lang in LANGS:
        for tpl, fn in TEMPLATES.items():
            for i in range(N_DOCS):
                region = REGIONS[lang][i % len(REGIONS[lang])]
                ctx = Ctx(lang, region, tpl, i)
                doc = fn(ctx)
                rec = {
                    "id": f"{SET}-{lang}-{tpl}-{i:02d}",
                    "locale": f"{lang}_{region}",
                    "lang": lang,
                    "text": doc.text(),
                    "entities": [{"start": s, "end": e, "type": t, "text": v} for s, e, t, v in doc.ents],
                }
                check(rec)
                out.append(rec)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    recs = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for rec in recs:
        for e in rec["entities"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
    print(f"{len(recs)} documents, {sum(counts.values())} values: "
          + ", ".join(f"{t} {counts.get(t, 0)}" for t in TYPES) + f" -> {args.out}")


if __name__ == "__main__":
    main()
