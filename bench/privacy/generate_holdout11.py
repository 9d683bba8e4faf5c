r"""Eleventh blind evaluation set ("holdout11") for the anonymizer.

Written 2026-12-05 by a helper session, blind: without reading the detectors and their name lists
(src/tarnkappe/privacy/), the tests (tests/), the other generators and their templates (the bodies of
bench/privacy/generate*.py, templates.py), the README's privacy sections or the texts of any data set under
bench/privacy/data/, without looking at the git history, log, status or diffs of anything, and never run through the
anonymizer, any test or bench/privacy/evaluate.py while written (tarnkappe is not imported; no detector output was
ever seen).  The only things read were the module docstrings of generate_holdout8.py, generate_holdout9.py and
generate_holdout10.py (record format, label decisions, genres already used), the module docstring of evaluate.py and
its JSONL-loading and matching code (evaluate_synthetic, _covered, _held_out: the record fields and the type names),
the file names in bench/privacy/, the [tool.ruff] settings in pyproject.toml, the Faker pin in requirements.lock
(Faker==40.54.0) and the list of Faker locales installed in the venv.  The label decisions below are copied from
holdout10 (which copied them from holdout5..holdout9); the decisions added here were made while writing the
templates, never after looking at any detector output.  The written file was checked only by the generator's own
assertions, by reading its own output, and by parsing it the way evaluate.py does (one JSON object per line).
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout11.jsonl: 4 languages (de, fr, it, en) x 12 templates x 10 documents = 480
documents with about 7,300 labelled values, seeded and deterministic for a given Faker version (the lock's; Faker + the
standard library; ``random.Random`` seeded with ``"holdout11|<lang>|<template>|<i>"``, every Faker locale re-seeded per
document on its first use in the document).  Each record has ``id`` (``holdout11-<lang>-<template>-<NN>``),
``locale``, ``lang``, ``text`` and ``entities`` (``start``, ``end``, ``type``, ``text``); ``text[start:end] == text``
is asserted for every entity, entities do not overlap and carry no surrounding white space, every IBAN has valid ISO
13616 check digits (French ones also a valid RIB key, Belgian ones a valid national check, Italian ones a valid CIN)
and every card number passes Luhn.  Regions: de -> DE/AT/CH, fr -> FR/BE/CH/LU, it -> IT/CH, en ->
GB/IE/US/CA/AU/NZ (``locale`` is ``lang_REGION``), assigned as ``regions[(i + i // 3) % n]`` so that region and
template variant (``i % 3`` or ``i % 4``) are not correlated; guests, relatives and payees often live in another
region.  The templates write the labelled values with inline markers that are resolved into offsets at the end, so
that lower-casing and OCR noise (applied to unlabelled text only) keep the labels exact.

Genres (text people paste into an AI assistant at work or at home, wrapped in a request in the document's language),
chosen to differ from the genres listed for holdout3..holdout10 and from the list of earlier genres in the brief of
this session (those of holdout and holdout2 are not listed in anything read here, so an overlap with them cannot be
ruled out):
 1. recall - dental and physiotherapy appointment reminders: SMS-gateway CSV exports with failed rows and the
    gateway log, recall letters with letterhead and recipient block, physiotherapists' day lists (Markdown),
    rebooking e-mail threads with the reception's signature;
 2. pharmacy - online-pharmacy orders: order-webhook JSON with a 422 error (customer, shipping and billing
    address, prescriber, SEPA / direct-debit / card payment), dispatch mails with the customer's reply, pick-up shelf
    lists (Markdown, fixed-width) with who collects;
 3. wedding - wedding planning: Markdown planning documents (registry office data of the couple and the witnesses,
    supplier table with deposits, venue, hotel block), the wedding planner's status mail, helper/vendor CSV exports
    of a wedding app;
 4. checkin - gym, pool and climbing-wall access logs (CSV, quoted and unquoted) with a member-list extract, member
    profile JSON exports for a migration (emergency contacts, billing), front-desk shift handover notes (also all
    lower case);
 5. interview - job interview scheduling: recruiter/candidate mail threads (panel, office, meeting rooms named after
    people, dial-in numbers, referees), applicant-tracking tables (Markdown or TSV), pre-employment screening forms
    with previous addresses and referees;
 6. hoa - owners' associations (WEG, copropriété, condominio, HOA / body corporate): meeting notices with agenda,
    special levy and the register of owners, proxy forms with the covering mail, owners' leak threads for the
    insurer;
 7. pickup - kindergarten / nursery pick-up authorisations: paper forms (parents, authorised and barred persons,
    paediatrician), nursery-app YAML exports with an import error, parents' message threads (partly lower case);
 8. chargeback - card disputes and fraud: dispute forms with the transaction table, the bank's acknowledgement
    letter, victims' lower-case accounts of safe-account scams (scam SMS, money-mule payees and accounts);
 9. hotelreg - hotel guest registration: Meldeschein / Gästeblatt, fiche individuelle de police, scheda di notifica,
    registration cards as typed-up forms, PMS reservation JSON with a check-in export error, Alloggiati Web
    fixed-width records (it), and OCR'd registration cards in capitals with OCR noise (de, fr, en);
10. mobileorder - mobile contracts: shop order forms with number porting, SIM and handset data and extra lines,
    porting complaints with the provider's reply, order-API JSON payloads with a validation error;
11. meter - utilities: move-in/move-out (change of occupier) forms with meter readings, per-flat meter-reading TSV
    exports of a building, the new tenant's mail to the landlord with readings and the previous tenant's details;
12. fhir - healthcare interface payloads: FHIR Patient JSON with a validator error, HL7 v2 ADT^A04 messages
    (MSH/EVN/PID/NK1/PD1/PV1/IN1, upper case or mixed case) with the receiver's ACK, compact FHIR transaction
    bundles (Patient, RelatedPerson, Practitioner; also with \u escapes).
Values appear in prose, "Label: value" forms, two- and three-line address blocks, Markdown, fixed-width, tab-,
semicolon- and comma-separated tables (quoted and unquoted cells), JSON (indented, compact, \u escapes), YAML (plain,
single- and double-quoted), HL7 v2 pipes and carets, fixed-width records, mail headers, chat lines with time stamps,
lower case and capitals (with OCR noise), in each country's conventions (German "str.", floors and "Whg.",
Austrian "/Top", "/Stiege/Tür", "Jänner" and "A-", Swiss "strasse", "CH-" and "Postfach" / "Case postale" /
"Casella postale", French "bis"/"ter", building / flat / staircase complement lines, upper-case towns and BP ...
CEDEX, Belgian "bte"/"boîte"/"bus" and "B-", Luxembourg "12, rue ..." and "L-" postcodes, Italian "n.", "int.",
"scala", "piano" and province codes with and without parentheses, British flats and postcodes after the town, Irish
Eircodes and counties, US ZIP+4, "Apt", "#" and "Ste", Canadian "unit-civic" numbers, Australian "Unit 3/12" with
upper-case suburbs, New Zealand suburb lines, PO boxes); phone numbers national and international with "(0)", "00",
slashes, dots, hyphens, parentheses, compact E.164 and grouped, DIN-style office extensions; dates of birth numeric
(with and without leading zeros), two-digit years, with month names and abbreviations ("1er", "1°", "Jänner",
ordinals), ISO, HL7 compact (YYYYMMDD), US month-first.  Names in "First Last", "Last, First", "LAST First", "Last
First" (Italian lists), "A. Last", "First L.", separate first-name / surname fields, all capitals, lower case, HL7
"LAST^FIRST^MIDDLE", with middle names, particles, double-barrelled and hyphenated names, maiden names, nicknames,
names that are ordinary words, diacritics and their ASCII spellings (in e-mail addresses and HL7), and \u escapes
in JSON.  Unlabelled distractors: patient, order, customer, member, reservation, case, claim, batch, ticket,
message-control and record numbers, prescription tokens, PZN / CIP / Minsan codes, insurance, NHS / KVNR / AVS /
codice fiscale / NIR / NI / SSN numbers, passport and ID-card numbers, car registrations, ICCIDs and IMEIs
(Luhn-valid), porting codes (PAC, RIO, PINs), meter serials and MPRN / MPAN / PDL / POD / EAN / NMI / ICP numbers,
meter readings, ARNs, merchant descriptors, masked cards, last-four digits and expiry dates, card tokens, sort codes,
routing and account numbers, SEPA mandate references, amounts, shares and per-mille quotas, plain dates and times
(appointments, arrivals, departures, meetings, porting, key handovers, weddings), tag UIDs, user ids with digits,
template placeholders, role mailboxes (info@, praxis@, rezeption@, contact@, accueil@, segreteria@, reception@,
enquiries@, hello@, office@ ...), public hotlines, gateway-support, card-blocking and freephone numbers,
conference dial-in numbers, practices, pharmacies, hotels, gyms, nurseries, banks, venues, florists, providers,
hospitals and companies (also Faker company names made of surnames), meeting rooms named after people, towns and
postcodes alone, nationalities.

Names: Faker locales de_DE, de_AT, de_CH, de_LU, de_LI, lb_LU, fr_FR, fr_BE, fr_CH, fr_CA, fr_DZ, nl_BE, nl_NL,
it_IT, it_CH, en_GB, en_IE, ga_IE, en_US, en_CA, en_AU, en_NZ, en_IN, en_KE, en_NG, en_PK, en_PH, en_BD, tr_TR,
pl_PL, pt_PT, pt_BR, es_ES, es_MX, es_AR, es_CO, es_CL, es_CA, ro_RO, hr_HR, bs_BA, sr_BA, sq_AL, cs_CZ, sk_SK,
hu_HU, sl_SI, sv_SE, fi_FI, da_DK, no_NO, is_IS, lt_LT, lv_LV, et_EE, mt_MT, vi_VN, id_ID, fil_PH, yo_NG, ig_NG,
ha_NG, ng_NG, zu_ZA, tw_GH, sw, az_AZ, uz_UZ (gendered first names and surnames; names with non-Latin letters are
skipped), plus lists written here: region-own lists (German names that are ordinary words and nicknames, German and
Swiss particles, Russian-German Mennonite, Austrian and Austro-Czech, Swiss German and Romansh, French ordinary-word
names and nicknames, Breton / Corsican / Basque / Alsatian / Swiss-French particles, Walloon / Flemish,
Luxembourgish, Italian ordinary-word names and particles with southern, Sardinian and Friulian surnames, Ticinese,
English ordinary-word names and nicknames, Welsh / Scottish / Irish and Irish-language, North American
(African-American, Navajo, Québécois, First Nations), Maori, Pacific and Australian) and community lists (Arabic and
Maghrebi, Ukrainian, Afghan / Persian, Sri Lankan Tamil, Eritrean / Somali, Chinese pinyin, Korean / Japanese
romanised, Bosnian / Serbian / Croatian / Albanian, West African, Greek, Hebrew, Sinti, Filipino, Andean).  About
55 % of the people of a document are drawn from the region's own locales and lists.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, CARD), copied from holdout10 (which copied them
from holdout5..holdout9):
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
Further decisions copied from holdout5's clarifications (via holdout6..holdout10): a surname alone ("Frau Huber",
"famille DUPONT", a ``last_name`` field) and a first name alone (a ``first_name`` field) are PERSON; lowercase names
are PERSON; "Peter und Claudia Huber" is two spans ("Peter", "Claudia Huber"); maiden and married names joined by
"geb.", "née", "nata", "(née ...)" are separate PERSON spans with the connector outside; pets' names and dates of
birth are not labelled; the dates of birth of children are DOB, dates of moving in, issue, travel, vaccination and
signing are plain dates; a two-line address block is two spans, and a structured record whose street and "postcode
town" are separate values is two spans as well; quotes around a value are outside the span; passport, tax,
social-security, national-id, insurance and health-service numbers, and non-IBAN bank details (sort codes, account
and routing numbers, BSB, transit numbers) have no type and are unlabelled.
Clarifications copied from holdout6..holdout10: values are labelled exactly as written in the source (a JSON escape
inside a value is inside the span); a first name with the initial of the surname ("Lisa K.") is one PERSON span
including the dot; diseases named after people are not PERSON, nor are the names of hospitals, schools and
practices; a national phone number with its area code in parentheses is one PHONE span including the parentheses, a
DIN-style extension joined by a hyphen is inside the span; a business's phone number (a practice, a pharmacy, an
authority's office) is PHONE, the hotlines next to it are not; a form or table that keeps the postcode and/or town in
fields of their own: the street field is ADDRESS, the separate postcode and town fields are not labelled; a place of
birth next to a date of birth is outside the DOB span, a date of birth with a two-digit year is DOB; national ids
that contain the date of birth are unlabelled and their digits are not DOB; "Herrn und Frau Meier", "M. et Mme
DUPONT": the surname is one PERSON span; short forms in rosters ("Meier A.", "A. Meier", "Anna M.") are PERSON;
firms, hotels, pharmacies, foundations and laws that contain the name of a person and Faker company names made of
surnames are not labelled; kinship and role words (Tochter, sa fille, la figlia, daughter, Oma, mamie, nonna,
grandma, Tante, Auntie) are outside the PERSON span; restaurants, venues and meeting rooms named after people and
streets without a number are unlabelled; a company's PO box with postcode and town is an ADDRESS; SEPA creditor
identifiers and mandate references are unlabelled; a full card number in an export is CARD, "last4" and masked
numbers are not; an office address written on one line is one ADDRESS span ("·" separators outside when they
separate the address from the phone); JSON ``street`` / ``line1`` are ADDRESS, ``postal_code``, ``zip``, ``city``
and ``country`` are not; a field holding postcode and town together ("PLZ, Ort", "Code postal, ville", "CAP e
Comune", "Town / postcode") is the second ADDRESS span of the street field's address; payees who are persons and
their IBANs are labelled, companies are not; a display name is PERSON, a user name with digits is a user id; French
and Italian gendered forms are resolved per person ("né"/"née", "nato"/"nata"), the cue is outside the DOB span in
either form, and so is a neutral "né(e) le" / "nato/a il".

Clarifications decided here while writing the templates (never after looking at any anonymizer output):
* Address blocks of more than two lines: every line of the block is its own ADDRESS span - a French complement line
  (building, staircase, flat, floor) before the street line and a New Zealand suburb line included; in a one-line
  address these parts are inside the single span.  In FHIR every ``address.line`` entry is an ADDRESS span and
  ``address.text`` one span.
* Recall runs: separate surname and first-name CSV fields are one PERSON span each; a practitioner written "Dr
  Name" / "Docteur Name" / "Dott.ssa Name": the name is PERSON, the title outside; a number that the SMS gateway
  rejected (a landline in the mobile column) is still PHONE, also inside the gateway log's quotes; template
  placeholders ({vorname}, {praticien}) are unlabelled; the gateway's support number is a hotline; insurance and
  patient numbers and the codice fiscale are unlabelled.
* Pharmacy orders: PZN / CIP13 / Minsan codes, prescription tokens and customer numbers are unlabelled; a neighbour
  named in the delivery notes is PERSON; a full ``pan`` is CARD, ``exp`` and ``cvc_provided`` are not; "gez. AM" is
  bare initials; the pharmacist and the prescriber are PERSON, the pharmacy's name is not.
* Weddings: the couple's and the witnesses' dates of birth are DOB, the wedding date, registration
  deadlines and tasting dates are plain dates; hotel-block codes are unlabelled; a Zelle / Interac address is EMAIL,
  a PayID phone number PHONE, a Venmo handle a user id (unlabelled).
* Access logs: tag UIDs, member numbers, door names and plans are unlabelled; the same member on several log rows is
  labelled on every row.
* Interviews: conference dial-in strings ("0800 ...,,123456#") are unlabelled; referees and panel members (also as
  "C. Name" or first names) are PERSON; a "Geburtsname" / "Nom de naissance" / "Cognome da nubile" / "Previous
  surname" field is PERSON; Steuer-ID, NIR, codice fiscale and NI numbers are unlabelled.
* Owners' associations: the property's address with postcode and town is ADDRESS (also in a subject line); owners
  listed as "Meier, Anna and Paul Meier" are two spans; unit numbers, MEA / millièmes / millesimi, levies and
  the owner-portal routing / account numbers are unlabelled; the association's IBAN is IBAN; a tenant reachable "via
  e-mail" is EMAIL.
* Pick-up authorisations: a person barred from collecting (court order) is PERSON; ID-card numbers, group names and
  allergies are unlabelled; the YAML ``updated_by`` user id (first name + digits) is unlabelled; "Lenas Mama" /
  "Lena's mum": the child's first name is PERSON, the genitive / possessive ending outside.
* Card fraud: a card number typed into a dispute form, quoted in the bank's letter or read to a fraudster is CARD;
  the replacement card's masked number, ARNs, merchant descriptors and case numbers are unlabelled; the scammer's
  alias name and the money-mule payees are PERSON, the mules' IBANs IBAN, the scam SMS's callback number and the
  scammer's WhatsApp number PHONE; card-blocking lines (Sperr-Notruf 116 116, Card Stop, numéro d'opposition ...)
  are hotlines; US routing and account numbers are unlabelled.
* Hotel registration: nationalities, passport / ID numbers, car registrations, room numbers, arrival and departure
  dates and the reservation's rate codes are unlabelled; companions' names and dates of birth are labelled; a
  ``guarantee.pan`` is CARD, ``maskedPan`` and tokens are not; in Alloggiati Web fixed-width records the padded
  surname and first-name fields are one PERSON span each without the padding, the birth-date field is DOB, the
  arrival date, the municipality and state codes and the document number are unlabelled; an OCR'd signature "E.
  NAME" is PERSON.
* Mobile contracts: the number to be ported is PHONE (also compact, E.164 without separators, in an API payload);
  ICCIDs and IMEIs (Luhn-valid) are not CARD and unlabelled, as are porting codes (PAC, RIO, PINs) and donor account
  references; a sales advisor "Anna M." or a first name alone is PERSON; an extra line's user and the family member's
  date of birth are labelled.
* Meter readings: meter serials and supply-point numbers (MPRN, GPRN, MPAN, PDL, PCE, POD, PDR, EAN, NMI, ICP),
  readings and key-handover dates are unlabelled; the outgoing and incoming customers, the landlord, the caretaker
  and neighbours holding keys are PERSON; the supply address and the forwarding address are ADDRESS.
* HL7 v2: an XPN name "MEIER^ANNA^LENA" (family^given^middle) is one PERSON span with the carets inside, the
  degree / title and name-type components after it are outside; in XCN fields (PD1, PV1) "ID^FAMILY^GIVEN^^^DR" the
  "FAMILY^GIVEN" part is PERSON, the id and the title outside; PID-7 "19840312" (or a wrongly formatted date) is DOB;
  in XAD addresses only the street component is ADDRESS (city, postcode, country and type components are separate
  fields, unlabelled); XTN phone and e-mail components are PHONE / EMAIL; MRNs, insurance and national ids, message
  control ids, time stamps and facility codes are unlabelled.
* FHIR: ``name.family`` and each ``name.given`` entry are one PERSON span each, ``name.text`` one span, ``prefix``
  outside; ``telecom.value`` is PHONE or EMAIL by its ``system``; ``birthDate`` is DOB (also in a wrong format and in
  the validator's error message); ``generalPractitioner.display`` "Dr. Name": the name is PERSON; identifiers,
  references, full URLs and UUIDs are unlabelled.

Usage (repo root): python bench/privacy/generate_holdout11.py [--out PATH]
"""

# ruff: noqa: E501  (the templates are long prose and JSON lines)

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import pathlib
import random
import re
import unicodedata
from dataclasses import dataclass, field

from faker import Faker

SET_NAME = "holdout11"
OUT = pathlib.Path(__file__).resolve().parent / "data" / "synthetic_holdout11.jsonl"
LANGS = ("de", "fr", "it", "en")
REGIONS = {
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH", "LU"),
    "it": ("IT", "CH"),
    "en": ("GB", "IE", "US", "CA", "AU", "NZ"),
}
DOCS_PER_TEMPLATE = 10
TODAY = dt.date(2026, 12, 5)

# ---------------------------------------------------------------------------------------------
# inline markers: a labelled value is written as \x01<code>\x02<value>\x03 and resolved at the end
# ---------------------------------------------------------------------------------------------
_O, _M, _C = "\x01", "\x02", "\x03"
CODES = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "I": "IBAN", "A": "ADDRESS", "D": "DOB", "C": "CARD"}
_MARK_RE = re.compile("\x01([A-Za-z])\x02([^\x01\x02\x03]*)\x03")


def _mk(code: str, s: str) -> str:
    if not s or s != s.strip() or any(ch in s for ch in (_O, _M, _C)):
        raise ValueError(f"bad value for {code}: {s!r}")
    return f"{_O}{code}{_M}{s}{_C}"


def P(s: str) -> str:
    return _mk("P", s)


def E(s: str) -> str:
    return _mk("E", s)


def T(s: str) -> str:
    return _mk("T", s)


def I(s: str) -> str:  # noqa: E743
    return _mk("I", s)


def A(s: str) -> str:
    return _mk("A", s)


def D(s: str) -> str:
    return _mk("D", s)


def C(s: str) -> str:
    return _mk("C", s)


def visible(s: str) -> str:
    """The text of a marked string without its markers."""
    return _MARK_RE.sub(lambda m: m.group(2), s)


NOISE_START = "\x04"  # OCR noise (if any) applies to the unlabelled text after this marker only


def finalize(marked: str, case: str | None = None, noise=None) -> tuple[str, list[dict]]:
    segs: list[tuple[str, str | None, bool]] = []
    head, _, tail = marked.partition(NOISE_START)
    for part, noisy in ((head, False), (tail, True)):
        pos = 0
        for m in _MARK_RE.finditer(part):
            segs.append((part[pos : m.start()], None, noisy))
            segs.append((m.group(2), CODES[m.group(1).upper()], noisy))
            pos = m.end()
        segs.append((part[pos:], None, noisy))
    text, ents = "", []
    for s, t, noisy in segs:
        if case == "upper":
            s = s.upper()
        elif case == "lower":
            s = s.lower()
        if t is None and noise is not None and noisy:
            s = noise(s)
        if t is not None:
            ents.append({"start": len(text), "end": len(text) + len(s), "type": t, "text": s})
        text += s
    if any(ch in text for ch in (_O, _M, _C, NOISE_START)):
        raise ValueError("unresolved marker")
    return text, ents


# ---------------------------------------------------------------------------------------------
# serialisers that keep markers intact (JSON, XML, CSV)
# ---------------------------------------------------------------------------------------------
def jstr(s, ascii_: bool = False) -> str:
    if isinstance(s, bool):
        return "true" if s else "false"
    if s is None:
        return "null"
    if isinstance(s, (int, float)):
        return json.dumps(s)
    out = []
    for ch in s:
        if ch in (_O, _M, _C):
            out.append(ch)
        elif ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        elif ascii_ and ord(ch) > 0x7E:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def jdump(o, indent: int | None = 2, ascii_: bool = False, _lvl: int = 0) -> str:
    if isinstance(o, dict):
        items = list(o.items())
        if not items:
            return "{}"
        if indent is None:
            return "{" + ", ".join(f"{jstr(k)}: {jdump(v, None, ascii_)}" for k, v in items) + "}"
        pad = " " * (indent * (_lvl + 1))
        inner = (",\n").join(f"{pad}{jstr(k)}: {jdump(v, indent, ascii_, _lvl + 1)}" for k, v in items)
        return "{\n" + inner + "\n" + " " * (indent * _lvl) + "}"
    if isinstance(o, list):
        if not o:
            return "[]"
        if indent is None or all(not isinstance(v, (dict, list)) for v in o) and len(o) <= 3:
            return "[" + ", ".join(jdump(v, None, ascii_) for v in o) + "]"
        pad = " " * (indent * (_lvl + 1))
        inner = ",\n".join(f"{pad}{jdump(v, indent, ascii_, _lvl + 1)}" for v in o)
        return "[\n" + inner + "\n" + " " * (indent * _lvl) + "]"
    return jstr(o, ascii_)


def jcompact(o, ascii_: bool = False) -> str:
    if isinstance(o, dict):
        return "{" + ",".join(f"{jstr(k)}:{jcompact(v, ascii_)}" for k, v in o.items()) + "}"
    if isinstance(o, list):
        return "[" + ",".join(jcompact(v, ascii_) for v in o) + "]"
    return jstr(o, ascii_)


def xesc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def cell(s: str, sep: str = ",", always: bool = False) -> str:
    v = visible(s)
    if always or sep in v or '"' in v or "\n" in v:
        return '"' + s.replace('"', '""') + '"'
    return s


def csv_row(cells, sep: str = ",", always: bool = False) -> str:
    return sep.join(cell(str(x), sep, always) for x in cells)


def md_table(header, rows) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    return "\n".join(out)


def fixed_table(header, rows, gap: int = 2) -> str:
    widths = [max(len(visible(str(r[k]))) for r in [header, *rows]) for k in range(len(header))]
    lines = []
    for r in [header, *rows]:
        parts = []
        for k, x in enumerate(r):
            x = str(x)
            parts.append(x + " " * (widths[k] - len(visible(x))) if k < len(r) - 1 else x)
        lines.append((" " * gap).join(parts).rstrip())
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# name pools written here (Latin script only)
# ---------------------------------------------------------------------------------------------
def _pool(f: str, m: str, s: str) -> dict:
    return {"f": f.split("|"), "m": m.split("|"), "s": s.split("|")}


POOLS = {
    # region-own lists
    "de_words": _pool(
        "Rosa|Frieda|Grete|Hanne|Wilma|Bine|Steffi|Uschi|Gabi|Mausi",
        "Kalle|Hansi|Lutz|Kai|Jo|Fritz|Ernst|Frank|Otto|Bodo",
        "Vogel|Fuchs|Wolf|Winter|Sommer|Koch|Bauer|Klein|Lang|Frank|Ernst|Glück|Kaiser|König|Engel|"
        "Hahn|Storch|Sonntag|Freitag|Morgenstern|Stein|Busch|Krug|Nagel|Hammer|Fröhlich|Gut|Schön|"
        "Braun|Schwarz|Weiss|Sauer|Kuhn|Blum",
    ),
    "de_particles": _pool(
        "Adelheid|Friederike|Cosima|Henriette|Viktoria",
        "Leopold|Constantin|Ferdinand|Kaspar|Moritz",
        "von Arx|von der Mühll|von Känel|von Bergen|von Stetten|van der Linde|von Wattenwyl|vom Bruch|"
        "zur Nieden|ten Brink|von Gunten|de Weck|von Moos|auf der Maur|zu Putlitz",
    ),
    "ru_german": _pool(
        "Olga|Swetlana|Lydia|Katharina|Tatjana",
        "Waldemar|Eduard|Viktor|Jakob|Heinrich",
        "Penner|Friesen|Dyck|Enns|Wiebe|Thiessen|Neufeld|Klassen|Rempel|Janzen|Warkentin|Giesbrecht",
    ),
    "at": _pool(
        "Resi|Vroni|Leni|Johanna|Valentina|Burgi|Mirl|Theresia",
        "Sepp|Ferdl|Hias|Florian|Lukas|Poldi|Schorsch",
        "Pospischil|Hintermayer|Wallner|Gruber|Huber|Pichler|Moser|Leitner|Hofbauer|Nowotny|Swoboda|"
        "Dvořák|Prohaska|Kaltenbrunner|Oberhauser|Wimmer|Zauner|Schwaighofer|Krenn|Hödl",
    ),
    "ch_de": _pool(
        "Mirjam|Regula|Nadja|Flurina|Seraina|Ladina|Vreni|Barbla|Chasper",
        "Reto|Urs|Beat|Ueli|Corsin|Gian|Fadri|Köbi|Res",
        "Zumstein|Bürgi|Gisler|Wyss|Stucki|Hürlimann|Zürcher|Tschudi|Gwerder|Imhof|Zbinden|Aebischer|Rüegg|"
        "Schnyder|Inäbnit|Blaser|Caduff|Cathomen|Derungs|Casanova|Tscharner|Cadruvi|Spescha|Arpagaus|Cavelti",
    ),
    "fr_words": _pool(
        "Rose|Claire|Aimée|Fleur|Céleste|Lou|Mimi|Babette|Loulou|Marie-Ange",
        "Pascal|Aimé|Jojo|Dédé|Fanfan|Jean-Baptiste|Pierre-Yves|Loïc|Gwenaël|Noël",
        "Boulanger|Marchand|Petit|Blanc|Roux|Leroy|Lebrun|Boucher|Meunier|Berger|Pasteur|Charpentier|"
        "Dimanche|Printemps|Lapierre|Lamour|Bonheur|Rossignol|Chevalier|Lenoir|Fontaine|Dubois|Sauvage",
    ),
    "fr_regional": _pool(
        "Maëlle|Nolwenn|Katell|Gwenola|Maddalena|Ghjulia|Amaia|Odile|Solène",
        "Yann|Erwan|Tanguy|Ghjuvanni|Xabi|Iñaki|Corentin|Mathurin",
        "Le Guen|Kerhervé|Quéméner|Tanguy|Le Goff|Le Bihan|Santoni|Paoli|Pietri|Orsini|Etxeberria|"
        "Iriarte|Schoenenberger|de la Fontaine|du Pasquier|de Montmollin|d'Ornano|de Rham|de Meuron",
    ),
    "be": _pool(
        "Maïté|Lore|Amandine|Nele|Fiona|Marie-Christine|Annick",
        "Wout|Jelle|Quentin|Benoît|Dries|Thibaut",
        "Vandenbroucke|Delvaux|Dethier|Lambotte|Goossens|Peeters|Vercammen|Van Damme|De Smet|Wauters|Lejeune|"
        "Collard|Vanderstraeten|Dumont|Van den Bossche|Hennebert",
    ),
    "lu": _pool(
        "Josée|Liette|Nathalie|Marie-Josée|Mady|Nicole|Jeanny",
        "Jhemp|Mett|Tun|Gaston|Vic|Pol|Fernand|Jos",
        "Wagner|Hoffmann|Schmit|Weber|Kremer|Thill|Reuter|Feller|Hansen|Kieffer|Steichen|Majerus|Kayser|"
        "Welter|Ries|Wampach|Konsbruck|Schmitz|Bettendorf",
    ),
    "it_words": _pool(
        "Felicita|Fortunata|Speranza|Assunta|Immacolata|Concetta|Gioia|Pina|Lella|Rosaria",
        "Felice|Primo|Nunzio|Salvo|Tonino|Gigi|Bruno|Fortunato|Benvenuto|Santo",
        "Sole|Monti|Leone|Vento|Fortunato|Allegri|Gatti|Lupo|Ferro|Sasso|Serafini|Pace|Fiore|Contento|"
        "Di Stefano|Dell'Acqua|D'Amico|Lo Russo|La Rosa|De Luca|Dal Molin|Della Valle|Li Causi|"
        "Lo Cascio|De Filippis|D'Alessandro|Pinna|Sanna|Cossu|Mura|Piras|Deiana|Furlan|Zanier|"
        "Scognamiglio|Cannavacciuolo|Esposito|Carbone",
    ),
    "ticino": _pool(
        "Lorenza|Graziella|Manuela|Ilaria|Noemi|Mariuccia|Lara",
        "Mattia|Fabio|Elia|Leandro|Sandro|Giovan Battista",
        "Bernasconi|Pedrazzini|Lurati|Ghiringhelli|Lepori|Ramelli|Pelli|Respini|Soldati|Zanetti|"
        "Mazzoleni|Balestra|Gianinazzi|Cattaneo|Beffa|Dotta",
    ),
    "en_words": _pool(
        "Hope|Joy|Summer|Grace|Faith|Rose|Dawn|Patience|Autumn|Penny|Sandy|Sky",
        "Hunter|Will|Bill|Bob|Nick|River|Rusty|Sunny|Chip|Ace",
        "Baker|Smith|Hope|Rich|Young|Bird|Fox|Fisher|Gardener|Butcher|Brown|Moon|Stone|Wood|Hill|Field|"
        "Marsh|Rivers|Winter|Knight|Bishop|Church|Sweet|Goodman|Bell|Cook|Lamb|Power",
    ),
    "celtic": _pool(
        "Rhiannon|Siobhan|Ailsa|Morag|Eilidh|Seren|Aoife|Saoirse|Niamh|Caoimhe|Róisín|Gráinne",
        "Dafydd|Iestyn|Hamish|Gethin|Oisín|Tadhg|Cian|Pádraig|Eoghan|Ruairí",
        "Llewellyn|ap Rhys|Pritchard|Gwynne|MacLeod|McAllister|Mackenzie|Fraser|Urquhart|Cadwaladr|"
        "O'Brien|Ó Súilleabháin|Mac Giolla Phádraig|Fitzgerald|O'Connell|McGrath|Breathnach|Ó Dónaill|"
        "Ní Bhriain|Mhic Aodha",
    ),
    "na": _pool(
        "LaToya|Imani|Keisha|Shanice|Aiyana|Winona|Geneviève|Marie-Ève|Nadia",
        "DeShawn|Jamal|Tyrone|Darnell|Ahanu|Kanen|Jean-François|Étienne",
        "Washington|Jefferson|Begay|Yazzie|Tsosie|Jackson|Okafor|Tremblay|Gagnon|Bouchard|Côté|"
        "Thunderchild|Whitehorse|Runningwater",
    ),
    "oceania": _pool(
        "Aroha|Mere|Anahera|Ngaire|Kylie|Shazza|Tayla|Mele|Losana",
        "Tane|Wiremu|Hemi|Rawiri|Bazza|Sione|Tevita|Davo",
        "Ngata|Te Whare|Parata|Te Rangi|Whaanga|Horomona|Tupou|Fifita|Taufa|Jakamarra|Tjapaltjarri|"
        "Baxter|Kowalski|Nguyen",
    ),
    # community lists
    "arabic": _pool(
        "Fatima|Aisha|Layla|Mariam|Nour|Yasmin|Rania|Khadija|Samira|Houria",
        "Mohammed|Ahmad|Omar|Khaled|Youssef|Tarek|Karim|Rachid|Mourad|Nordine",
        "Al-Masri|Haddad|El-Khoury|Nasser|Abu-Zaid|al-Rashid|Ben Salah|Mansour|Saleh|Hamdan|Benali|"
        "Bouzid|El Amrani|Ait Ouali|Boumediene|Cherif|Belkacem",
    ),
    "ukrainian": _pool(
        "Oksana|Olena|Nataliia|Iryna|Yuliia|Khrystyna",
        "Oleksandr|Andrii|Serhii|Taras|Mykola|Bohdan",
        "Kovalenko|Shevchenko|Bondarenko|Tkachenko|Kravchuk|Melnyk|Boiko|Hrytsenko|Savchuk|Lysenko",
    ),
    "persian": _pool(
        "Zahra|Maryam|Parisa|Shirin|Farzana|Nilofar",
        "Ahmad|Reza|Farid|Jawad|Hamid|Mehdi",
        "Ahmadi|Rezaei|Hosseini|Karimi|Sultani|Nazari|Mohammadi|Rahimi|Azizi|Wardak",
    ),
    "tamil": _pool(
        "Tharshika|Kavitha|Nirosha|Vanaja|Thusyanthi",
        "Kajan|Rajeev|Prakash|Sutharsan|Nirojan",
        "Sivakumar|Tharmalingam|Selvarajah|Kanagaratnam|Thevarajah|Balasingam|Yogarajah",
    ),
    "horn": _pool(
        "Selam|Saba|Hodan|Amina|Fardowsa|Meron|Luwam",
        "Tesfay|Yonas|Abdi|Mahad|Dawit|Filmon|Abdirahman",
        "Tesfamariam|Ghebreyesus|Haile|Abdullahi|Warsame|Hussein|Mohamed|Tekle|Berhane|Omar",
    ),
    "chinese": _pool(
        "Xiaoling|Mei|Jing|Yuxin|Lan|Hui", "Wei|Hao|Jun|Zhiwei|Lei|Bo", "Zhang|Wang|Li|Chen|Liu|Huang|Zhou|Xu|Lin|Wu"
    ),
    "korjap": _pool(
        "Ji-woo|Seo-yeon|Yuki|Haruka|Sakura|Min-ji",
        "Min-jun|Hyun-woo|Takeshi|Haruto|Kenji|Dong-hyun",
        "Kim|Park|Choi|Tanaka|Suzuki|Watanabe|Yamamoto|Lee|Jung|Nakamura",
    ),
    "balkan": _pool(
        "Amra|Jelena|Ivana|Arta|Vjosa|Lejla|Dragana|Mirsada",
        "Edin|Dragan|Ivan|Arben|Driton|Nenad|Fatmir|Goran",
        "Hodžić|Begović|Jovanović|Kovačević|Berisha|Krasniqi|Gashi|Hoxha|Mehmedović|Petrović|Đukić|Šarić",
    ),
    "westafrica": _pool(
        "Aminata|Fatoumata|Awa|Mariama|Adja|Ngozi|Chiamaka",
        "Mamadou|Ousmane|Cheikh|Boubacar|Ibrahima|Kwame|Chidi",
        "Diallo|Traoré|Ndiaye|Sow|Camara|Keita|Diop|Coulibaly|Mensah|Okonkwo|Adeyemi|Mbemba",
    ),
    "greek": _pool(
        "Eleni|Georgia|Katerina|Dimitra|Sofia",
        "Giorgos|Nikos|Dimitris|Kostas|Panagiotis",
        "Papadopoulos|Georgiou|Konstantinidis|Nikolaou|Christodoulou|Papageorgiou|Oikonomou",
    ),
    "hebrew": _pool(
        "Noa|Tamar|Yael|Shira|Miriam",
        "Yosef|Avi|Eitan|Noam|Ariel",
        "Cohen|Levi|Mizrahi|Friedman|Ben-David|Peretz|Rosenzweig",
    ),
    "sinti": _pool(
        "Romana|Esmeralda|Sonja|Rosita",
        "Django|Schukar|Ricardo|Tschavo|Romeo",
        "Reinhardt|Rosenberg|Weiss|Lagrene|Steinbach|Winterstein|Franz",
    ),
    "filipino": _pool(
        "Maricel|Rowena|Jocelyn|Lovely|Mylene",
        "Jomar|Rodel|Jun-Jun|Bong|Arnel",
        "Dela Cruz|Santos|Reyes|Bautista|Macaraeg|Villanueva|Dimaculangan|De los Reyes",
    ),
    "andean": _pool(
        "Killa|Wayra|Sisa|Nayra|Yupanqui",
        "Inti|Amaru|Kusi|Mayta|Wiracocha",
        "Mamani|Quispe|Condori|Huanca|Choque|Ticona|Apaza",
    ),
}
COMMUNITY = [
    "arabic",
    "ukrainian",
    "persian",
    "tamil",
    "horn",
    "chinese",
    "korjap",
    "balkan",
    "westafrica",
    "greek",
    "hebrew",
    "sinti",
    "filipino",
    "andean",
]
OWN_POOLS = {
    "DE": ["de_words", "de_particles", "ru_german"],
    "AT": ["at", "de_words"],
    "CHde": ["ch_de", "de_particles"],
    "CHfr": ["fr_words", "fr_regional", "ch_de"],
    "CHit": ["ticino", "it_words"],
    "FR": ["fr_words", "fr_regional"],
    "BE": ["be", "fr_words"],
    "LU": ["lu", "fr_words"],
    "IT": ["it_words"],
    "GB": ["en_words", "celtic"],
    "IE": ["celtic", "en_words"],
    "US": ["en_words", "na"],
    "CA": ["na", "en_words"],
    "AU": ["oceania", "en_words"],
    "NZ": ["oceania", "celtic"],
}
OWN_LOCALES = {
    "DE": ["de_DE"],
    "AT": ["de_AT"],
    "CHde": ["de_CH"],
    "CHfr": ["fr_CH"],
    "CHit": ["it_CH"],
    "FR": ["fr_FR"],
    "BE": ["fr_BE", "nl_BE"],
    "LU": ["lb_LU", "de_LU", "fr_FR"],
    "IT": ["it_IT"],
    "GB": ["en_GB"],
    "IE": ["en_IE", "ga_IE"],
    "US": ["en_US"],
    "CA": ["en_CA", "fr_CA"],
    "AU": ["en_AU"],
    "NZ": ["en_NZ"],
}
OTHER_LOCALES_WANTED = [
    "tr_TR",
    "pl_PL",
    "pt_PT",
    "pt_BR",
    "es_ES",
    "es_MX",
    "es_AR",
    "es_CO",
    "es_CL",
    "ro_RO",
    "hr_HR",
    "cs_CZ",
    "sk_SK",
    "hu_HU",
    "nl_NL",
    "sv_SE",
    "fi_FI",
    "da_DK",
    "no_NO",
    "vi_VN",
    "id_ID",
    "en_IN",
    "yo_NG",
    "ig_NG",
    "ha_NG",
    "zu_ZA",
    "tw_GH",
    "sw",
    "az_AZ",
    "uz_UZ",
    "sl_SI",
    "lt_LT",
    "lv_LV",
    "et_EE",
    "is_IS",
    "en_KE",
    "en_PK",
    "fil_PH",
    "sq_AL",
    "bs_BA",
    "fr_DZ",
    "de_LI",
    "en_NG",
    "it_CH",
    "fr_CH",
    "de_AT",
    "en_IE",
    "nl_BE",
    "mt_MT",
    "ga_IE",
    "en_PH",
    "sr_BA",
    "ng_NG",
    "en_BD",
    "es_CA",
]

_FAKERS: dict[str, Faker] = {}


def faker(loc: str) -> Faker | None:
    if loc not in _FAKERS:
        try:
            f = Faker(loc)
            f.first_name_female()
            f.last_name()
            _FAKERS[loc] = f
        except Exception:  # locale missing in this Faker version
            _FAKERS[loc] = None
    return _FAKERS[loc]


def is_latin(s: str) -> bool:
    for ch in s:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def seed_int(s: str) -> int:
    return int.from_bytes(hashlib.sha256(s.encode()).digest()[:8], "big")


# ---------------------------------------------------------------------------------------------
# places written here
# ---------------------------------------------------------------------------------------------
STREETS = {
    "DE": [
        "Lindenstraße",
        "Ahornweg",
        "Birkenallee",
        "Kastanienstraße",
        "Gartenstraße",
        "Schulstraße",
        "Kirchgasse",
        "Bahnhofstraße",
        "Bergstraße",
        "Waldweg",
        "Wiesenstraße",
        "Mühlenweg",
        "Rosenstraße",
        "Tulpenweg",
        "Eichendorffstraße",
        "Goethestraße",
        "Schillerplatz",
        "Friedrich-Ebert-Straße",
        "Am Mühlbach",
        "An der Alten Post",
        "Im Winkel",
        "Hauptstraße",
        "Kantstr.",
        "Sonnenhang",
        "Brunnenstr.",
        "Zum Anger",
        "Ringstraße",
        "Hafenstraße",
        "Karl-Marx-Allee",
        "Lerchenfeld",
    ],
    "AT": [
        "Mariahilfer Straße",
        "Lerchenfelder Gürtel",
        "Hauptplatz",
        "Kirchengasse",
        "Schönbrunner Straße",
        "Grazer Straße",
        "Annenstraße",
        "Landstraßer Hauptstraße",
        "Wiedner Gürtel",
        "Bahnhofstraße",
        "Salzachweg",
        "Dorfstraße",
        "Herrengasse",
        "Hietzinger Kai",
        "Lastenstraße",
        "Kaiser-Josef-Platz",
    ],
    "CHde": [
        "Bahnhofstrasse",
        "Dorfstrasse",
        "Seestrasse",
        "Hauptgasse",
        "Kirchweg",
        "Bündtenweg",
        "Rütistrasse",
        "Zelgweg",
        "Alpenblickstrasse",
        "Chileweg",
        "Feldstrasse",
        "Schulhausstrasse",
        "Obere Gasse",
        "Via Sura",
        "Quaderstrasse",
        "Bahnhofplatz",
        "Sonnmattweg",
        "Winkelriedstrasse",
    ],
    "CHfr": [
        "Rue du Lac",
        "Chemin des Vignes",
        "Avenue de la Gare",
        "Route de Berne",
        "Rue du Simplon",
        "Chemin de la Forêt",
        "Grand-Rue",
        "Rue de Lausanne",
        "Chemin des Pâquerettes",
        "Rue du Temple",
        "Avenue de Rumine",
        "Route de Chêne",
        "Rue des Moulins",
        "Chemin du Crêt",
    ],
    "CHit": [
        "Via Cantonale",
        "Via Nassa",
        "Via San Gottardo",
        "Via alla Campagna",
        "Via Lugano",
        "Strada di Gandria",
        "Via Vela",
        "Viale Stazione",
        "Via dei Faggi",
        "Via Motta",
        "Via Borghese",
        "Riva Albertolli",
    ],
    "FR": [
        "rue des Lilas",
        "avenue Jean-Jaurès",
        "boulevard Voltaire",
        "impasse des Tilleuls",
        "allée des Peupliers",
        "rue de la République",
        "chemin du Moulin",
        "place du Marché",
        "quai de la Loire",
        "rue Victor-Hugo",
        "route de Toulouse",
        "rue Paul-Bert",
        "cours Lafayette",
        "rue du Général-de-Gaulle",
        "rue des Écoles",
        "avenue de la Libération",
        "rue Saint-Michel",
        "résidence les Mimosas",
        "lotissement le Clos Fleuri",
    ],
    "BE": [
        "Rue de la Station",
        "Avenue Louise",
        "Chaussée de Waterloo",
        "Rue Haute",
        "Rue des Déportés",
        "Place Saint-Lambert",
        "Rue de Namur",
        "Boulevard d'Avroy",
        "Rue du Centre",
        "Avenue des Tilleuls",
        "Rue Royale",
        "Chaussée de Charleroi",
    ],
    "LU": [
        "rue de la Gare",
        "route d'Arlon",
        "boulevard Royal",
        "rue des Prés",
        "rue Principale",
        "Grand-Rue",
        "montée de la Pétrusse",
        "rue de Luxembourg",
        "rue de l'Alzette",
        "avenue de la Liberté",
        "rue du Fossé",
        "rue des Jardins",
    ],
    "IT": [
        "Via Roma",
        "Via Giuseppe Garibaldi",
        "Corso Vittorio Emanuele II",
        "Viale dei Mille",
        "Piazza della Repubblica",
        "Via delle Rose",
        "Vicolo Stretto",
        "Via San Francesco",
        "Contrada Piana",
        "Largo Augusto",
        "Via Nazionale",
        "Via dei Tigli",
        "Via Mazzini",
        "Corso Italia",
        "Via XX Settembre",
        "Via Cavour",
        "Piazza Duomo",
        "Via della Libertà",
        "Viale Europa",
    ],
    "GB": [
        "Acacia Avenue",
        "Mill Lane",
        "Station Road",
        "Church Street",
        "Victoria Road",
        "The Crescent",
        "Orchard Close",
        "Manor Way",
        "Kingsway",
        "High Street",
        "Rosemary Gardens",
        "Albert Terrace",
        "Priory Walk",
        "Park View",
        "Chapel Row",
        "Queen's Drive",
        "Meadow Bank",
    ],
    "IE": [
        "Main Street",
        "Church Road",
        "Strand Road",
        "Harbour View",
        "Ard na Gréine",
        "Castle Street",
        "College Green",
        "Bóthar na Trá",
        "Oakfield Park",
        "Sandymount Avenue",
        "Mary Street",
    ],
    "US": [
        "Oak Street",
        "Maple Ave",
        "Elm St",
        "N Main St",
        "W 5th Ave",
        "Lakeview Dr",
        "Pine Ridge Rd",
        "Cedar Ln",
        "Washington Ave",
        "Sycamore Court",
        "E 14th St",
        "Riverside Blvd",
        "Magnolia Way",
    ],
    "CA": [
        "King Street West",
        "Maple Avenue",
        "Dufferin St",
        "Jasper Avenue",
        "Barrington Street",
        "Rue Sainte-Catherine",
        "Portage Ave",
        "Water Street",
        "Bay St",
        "Robson Street",
        "Rue Saint-Denis",
    ],
    "AU": [
        "Smith Street",
        "George St",
        "Beach Road",
        "Hindley Street",
        "Wattle Avenue",
        "Banksia Cres",
        "Queen Parade",
        "Bourke Street",
        "Ocean Drive",
        "Jacaranda Close",
        "Eucalyptus Way",
    ],
    "NZ": [
        "Kauri Road",
        "Ponsonby Road",
        "Karaka Street",
        "Tui Crescent",
        "Rimu Avenue",
        "Pohutukawa Drive",
        "Manuka Lane",
        "Great North Road",
        "Cuba Street",
        "Moray Place",
        "Kowhai Terrace",
    ],
}
TOWNS = {
    "DE": [
        ("10115", "Berlin"),
        ("10437", "Berlin"),
        ("12049", "Berlin"),
        ("20095", "Hamburg"),
        ("22765", "Hamburg"),
        ("80331", "München"),
        ("81541", "München"),
        ("50667", "Köln"),
        ("60311", "Frankfurt am Main"),
        ("70173", "Stuttgart"),
        ("04109", "Leipzig"),
        ("01067", "Dresden"),
        ("90402", "Nürnberg"),
        ("28195", "Bremen"),
        ("30159", "Hannover"),
        ("44135", "Dortmund"),
        ("45127", "Essen"),
        ("96047", "Bamberg"),
        ("79098", "Freiburg im Breisgau"),
        ("93047", "Regensburg"),
        ("24103", "Kiel"),
        ("18055", "Rostock"),
        ("99084", "Erfurt"),
        ("66111", "Saarbrücken"),
        ("33602", "Bielefeld"),
        ("87435", "Kempten (Allgäu)"),
        ("54290", "Trier"),
        ("35037", "Marburg"),
        ("17489", "Greifswald"),
        ("06108", "Halle (Saale)"),
    ],
    "AT": [
        ("1010", "Wien"),
        ("1050", "Wien"),
        ("1070", "Wien"),
        ("1100", "Wien"),
        ("1160", "Wien"),
        ("1220", "Wien"),
        ("8010", "Graz"),
        ("4020", "Linz"),
        ("5020", "Salzburg"),
        ("6020", "Innsbruck"),
        ("9020", "Klagenfurt am Wörthersee"),
        ("3100", "St. Pölten"),
        ("6900", "Bregenz"),
        ("7000", "Eisenstadt"),
        ("4600", "Wels"),
        ("2700", "Wiener Neustadt"),
        ("9500", "Villach"),
        ("6850", "Dornbirn"),
        ("3500", "Krems an der Donau"),
        ("8700", "Leoben"),
    ],
    "CHde": [
        ("8001", "Zürich"),
        ("8004", "Zürich"),
        ("8057", "Zürich"),
        ("3011", "Bern"),
        ("3013", "Bern"),
        ("4051", "Basel"),
        ("6003", "Luzern"),
        ("9000", "St. Gallen"),
        ("8400", "Winterthur"),
        ("5000", "Aarau"),
        ("7000", "Chur"),
        ("6300", "Zug"),
        ("8200", "Schaffhausen"),
        ("4500", "Solothurn"),
        ("3600", "Thun"),
        ("8500", "Frauenfeld"),
        ("7500", "St. Moritz"),
        ("3920", "Zermatt"),
        ("6430", "Schwyz"),
        ("7130", "Ilanz"),
    ],
    "CHfr": [
        ("1201", "Genève"),
        ("1205", "Genève"),
        ("1003", "Lausanne"),
        ("1018", "Lausanne"),
        ("2000", "Neuchâtel"),
        ("1700", "Fribourg"),
        ("1950", "Sion"),
        ("1820", "Montreux"),
        ("2300", "La Chaux-de-Fonds"),
        ("1400", "Yverdon-les-Bains"),
        ("2800", "Delémont"),
        ("1110", "Morges"),
        ("1260", "Nyon"),
        ("2502", "Biel/Bienne"),
        ("1870", "Monthey"),
    ],
    "CHit": [
        ("6900", "Lugano"),
        ("6500", "Bellinzona"),
        ("6600", "Locarno"),
        ("6850", "Mendrisio"),
        ("6830", "Chiasso"),
        ("6710", "Biasca"),
        ("6612", "Ascona"),
        ("6760", "Faido"),
        ("7742", "Poschiavo"),
        ("6952", "Canobbio"),
        ("6648", "Minusio"),
    ],
    "FR": [
        ("75011", "Paris"),
        ("75015", "Paris"),
        ("75018", "Paris"),
        ("69003", "Lyon"),
        ("13006", "Marseille"),
        ("31000", "Toulouse"),
        ("33000", "Bordeaux"),
        ("59000", "Lille"),
        ("44000", "Nantes"),
        ("67000", "Strasbourg"),
        ("34000", "Montpellier"),
        ("35000", "Rennes"),
        ("06000", "Nice"),
        ("21000", "Dijon"),
        ("29200", "Brest"),
        ("63000", "Clermont-Ferrand"),
        ("37000", "Tours"),
        ("20000", "Ajaccio"),
        ("64100", "Bayonne"),
        ("87000", "Limoges"),
        ("38000", "Grenoble"),
        ("51100", "Reims"),
        ("14000", "Caen"),
        ("97400", "Saint-Denis"),
        ("68100", "Mulhouse"),
        ("56000", "Vannes"),
    ],
    "BE": [
        ("1000", "Bruxelles"),
        ("1050", "Ixelles"),
        ("1030", "Schaerbeek"),
        ("1180", "Uccle"),
        ("4000", "Liège"),
        ("5000", "Namur"),
        ("6000", "Charleroi"),
        ("7000", "Mons"),
        ("1300", "Wavre"),
        ("1348", "Louvain-la-Neuve"),
        ("6700", "Arlon"),
        ("4800", "Verviers"),
        ("7500", "Tournai"),
        ("6900", "Marche-en-Famenne"),
    ],
    "LU": [
        ("1150", "Luxembourg"),
        ("2530", "Luxembourg"),
        ("1724", "Luxembourg"),
        ("4002", "Esch-sur-Alzette"),
        ("9010", "Ettelbruck"),
        ("6401", "Echternach"),
        ("3401", "Dudelange"),
        ("8009", "Strassen"),
        ("7201", "Walferdange"),
        ("9501", "Wiltz"),
        ("4501", "Differdange"),
        ("5201", "Sandweiler"),
    ],
    "IT": [
        ("20121", "Milano", "MI"),
        ("20135", "Milano", "MI"),
        ("00184", "Roma", "RM"),
        ("00153", "Roma", "RM"),
        ("10121", "Torino", "TO"),
        ("80133", "Napoli", "NA"),
        ("40121", "Bologna", "BO"),
        ("50122", "Firenze", "FI"),
        ("16121", "Genova", "GE"),
        ("90133", "Palermo", "PA"),
        ("70121", "Bari", "BA"),
        ("30121", "Venezia", "VE"),
        ("37121", "Verona", "VR"),
        ("09124", "Cagliari", "CA"),
        ("95124", "Catania", "CT"),
        ("24121", "Bergamo", "BG"),
        ("38122", "Trento", "TN"),
        ("39100", "Bolzano", "BZ"),
        ("06121", "Perugia", "PG"),
        ("88100", "Catanzaro", "CZ"),
        ("33100", "Udine", "UD"),
        ("43121", "Parma", "PR"),
        ("73100", "Lecce", "LE"),
        ("87100", "Cosenza", "CS"),
        ("08100", "Nuoro", "NU"),
        ("84121", "Salerno", "SA"),
    ],
    "GB": [
        ("London", "SW"),
        ("London", "E"),
        ("London", "N"),
        ("London", "SE"),
        ("Manchester", "M"),
        ("Leeds", "LS"),
        ("Bristol", "BS"),
        ("Birmingham", "B"),
        ("Edinburgh", "EH"),
        ("Glasgow", "G"),
        ("Cardiff", "CF"),
        ("Belfast", "BT"),
        ("Norwich", "NR"),
        ("York", "YO"),
        ("Brighton", "BN"),
        ("Oxford", "OX"),
        ("Sheffield", "S"),
        ("Newcastle upon Tyne", "NE"),
        ("Swansea", "SA"),
        ("Aberdeen", "AB"),
        ("Exeter", "EX"),
        ("Nottingham", "NG"),
        ("Liverpool", "L"),
        ("Inverness", "IV"),
    ],
    "IE": [
        ("Dublin 6", "D06"),
        ("Dublin 8", "D08"),
        ("Cork", "T12"),
        ("Galway", "H91"),
        ("Limerick", "V94"),
        ("Waterford", "X91"),
        ("Ballina, Co. Mayo", "F26"),
        ("Sligo", "F91"),
        ("Kilkenny", "R95"),
        ("Athlone, Co. Westmeath", "N37"),
        ("Tralee, Co. Kerry", "V92"),
        ("Drogheda, Co. Louth", "A92"),
        ("Letterkenny, Co. Donegal", "F92"),
    ],
    "US": [
        ("Springfield", "IL", "627"),
        ("Austin", "TX", "787"),
        ("Portland", "OR", "972"),
        ("Columbus", "OH", "432"),
        ("Albuquerque", "NM", "871"),
        ("Brooklyn", "NY", "112"),
        ("Madison", "WI", "537"),
        ("Savannah", "GA", "314"),
        ("Boise", "ID", "837"),
        ("Burlington", "VT", "054"),
        ("Tucson", "AZ", "857"),
        ("Raleigh", "NC", "276"),
        ("Ann Arbor", "MI", "481"),
        ("Sacramento", "CA", "958"),
        ("Duluth", "MN", "558"),
        ("Des Moines", "IA", "503"),
    ],
    "CA": [
        ("Toronto", "ON", "M"),
        ("Ottawa", "ON", "K"),
        ("Montréal", "QC", "H"),
        ("Québec", "QC", "G"),
        ("Vancouver", "BC", "V"),
        ("Calgary", "AB", "T"),
        ("Winnipeg", "MB", "R"),
        ("Halifax", "NS", "B"),
        ("Regina", "SK", "S"),
        ("St. John's", "NL", "A"),
        ("Victoria", "BC", "V"),
    ],
    "AU": [
        ("Parramatta", "NSW", "2150"),
        ("Newtown", "NSW", "2042"),
        ("Fitzroy", "VIC", "3065"),
        ("Geelong", "VIC", "3220"),
        ("Fremantle", "WA", "6160"),
        ("Toowong", "QLD", "4066"),
        ("Cairns", "QLD", "4870"),
        ("Glenelg", "SA", "5045"),
        ("Hobart", "TAS", "7000"),
        ("Braddon", "ACT", "2612"),
        ("Darwin", "NT", "0800"),
        ("Wollongong", "NSW", "2500"),
    ],
    "NZ": [
        ("Ponsonby", "Auckland", "1011"),
        ("Remuera", "Auckland", "1050"),
        ("Karori", "Wellington", "6012"),
        ("Riccarton", "Christchurch", "8011"),
        ("Frankton", "Hamilton", "3204"),
        ("Roslyn", "Dunedin", "9010"),
        ("Mount Maunganui", "Tauranga", "3116"),
        ("Taradale", "Napier", "4112"),
        ("Stoke", "Nelson", "7011"),
        ("Glenholme", "Rotorua", "3010"),
    ],
}
PROV_CA = {"ON": "Ontario", "QC": "Quebec", "BC": "British Columbia"}


def addr_key(lang: str, region: str) -> str:
    return "CH" + lang if region == "CH" and lang in ("de", "fr", "it") else ("CHde" if region == "CH" else region)


@dataclass
class Addr:
    key: str
    lines: list[str]  # visible lines of the block (each is one ADDRESS span)
    sep_options: tuple = (", ",)
    street_only: str = ""  # the street + number part (for forms with separate postcode/town fields)
    pc: str = ""
    town: str = ""
    state: str = ""
    country: str = ""

    def line(self, sep: str | None = None) -> str:
        sep = sep if sep is not None else self.sep_options[0]
        return A(sep.join(self.lines))

    def block(self, sep: str = "\n", indent: str = "") -> str:
        return sep.join(indent + A(x) for x in self.lines)

    def raw(self, sep: str = ", ") -> str:
        return sep.join(self.lines)

    def street(self) -> str:
        return A(self.street_only)

    @property
    def rest(self) -> list[str]:
        return self.lines[1:]


@dataclass
class Person:
    first: str
    last: str
    g: str  # "f" / "m"
    middle: str = ""
    origin: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


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
MONTHS_ABBR = {
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "it": ["gen.", "feb.", "mar.", "apr.", "mag.", "giu.", "lug.", "ago.", "set.", "ott.", "nov.", "dic."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
EMAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "freenet.de", "mailbox.org", "outlook.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "icloud.com"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "protonmail.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "gmail.com", "sfr.fr", "hotmail.fr"],
    "BE": ["skynet.be", "telenet.be", "proximus.be", "gmail.com", "hotmail.be"],
    "LU": ["pt.lu", "internet.lu", "gmail.com", "tango.lu"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com", "hotmail.it", "fastwebnet.it"],
    "GB": ["btinternet.com", "hotmail.co.uk", "gmail.com", "sky.com", "yahoo.co.uk", "outlook.com"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net", "icloud.com"],
    "CA": ["gmail.com", "rogers.com", "shaw.ca", "videotron.ca", "sympatico.ca"],
    "AU": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com"],
    "NZ": ["xtra.co.nz", "gmail.com", "orcon.net.nz", "slingshot.co.nz"],
}


def ascii_fold(s: str, german: bool = False) -> str:
    if german:
        s = (
            s.replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("Ä", "Ae")
            .replace("Ö", "Oe")
            .replace("Ü", "Ue")
        )
    for a, b in (
        ("ß", "ss"),
        ("æ", "ae"),
        ("ø", "o"),
        ("ł", "l"),
        ("đ", "d"),
        ("ı", "i"),
        ("Ł", "L"),
        ("Đ", "D"),
        ("œ", "oe"),
        ("ð", "d"),
        ("þ", "th"),
        ("ə", "a"),
    ):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]", "", s.lower())


def luhn_digit(body: str) -> str:
    tot = 0
    for k, ch in enumerate(reversed(body)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return f"{98 - n % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(s: str) -> str:
    tot = 0
    for k, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _CIN_ODD[v] if k % 2 == 0 else v
    return chr(65 + tot % 26)


def fr_rib_key(bank: str, branch: str, acct: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97:02d}"


# ---------------------------------------------------------------------------------------------
# the per-document context
# ---------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, lang: str, region: str, tpl: str, i: int):
        self.lang, self.region, self.tpl, self.i = lang, region, tpl, i
        self.key = addr_key(lang, region)
        self.rng = random.Random(f"{SET_NAME}|{lang}|{tpl}|{i}")
        self._seeded: set[str] = set()
        self._used_names: set[str] = set()

    # -- basics
    def ch(self, seq):
        return self.rng.choice(list(seq))

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob

    def dg(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(self.rng.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.rng.choice("123456789") + s[1:]
        return s

    def up(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def fk(self, loc: str) -> Faker | None:
        f = faker(loc)
        if f is not None and loc not in self._seeded:
            f.seed_instance(seed_int(f"{SET_NAME}|{self.lang}|{self.tpl}|{self.i}|{loc}"))
            self._seeded.add(loc)
        return f

    # -- people
    def _from_faker(self, loc: str, g: str) -> tuple[str, str] | None:
        f = self.fk(loc)
        if f is None:
            return None
        for _ in range(6):
            first = f.first_name_female() if g == "f" else f.first_name_male()
            try:
                last = f.last_name_female() if g == "f" else f.last_name_male()
            except AttributeError:
                last = f.last_name()
            if is_latin(first + last) and "." not in first + last and len(last) > 1:
                return first, last
        return None

    def _from_pool(self, key: str, g: str) -> tuple[str, str]:
        pool = POOLS[key]
        return self.ch(pool[g]), self.ch(pool["s"])

    def person(
        self,
        g: str | None = None,
        own: float = 0.55,
        last: str | None = None,
        region_key: str | None = None,
        middle: float = 0.08,
        hyphen: float = 0.06,
    ) -> Person:
        g = g or self.ch("fm")
        key = region_key or self.key
        for _ in range(10):
            r = self.rng.random()
            got = None
            if r < own * 0.72:
                got = self._from_faker(self.ch(OWN_LOCALES[key]), g)
                origin = "own-faker"
            elif r < own:
                got = self._from_pool(self.ch(OWN_POOLS[key]), g)
                origin = "own-list"
            elif r < own + (1 - own) * 0.55:
                loc = self.ch(OTHER_LOCALES_WANTED)
                got = self._from_faker(loc, g)
                origin = "other-faker"
            else:
                got = self._from_pool(self.ch(COMMUNITY), g)
                origin = "community"
            if got is None:
                continue
            first, lst = got
            if last is not None:
                lst = last
            if (first, lst) in self._used_names:
                continue
            self._used_names.add((first, lst))
            mid = ""
            if self.p(middle):
                alt = self._from_faker(self.ch(OWN_LOCALES[key]), g)
                if alt and alt[0] != first:
                    mid = alt[0]
            if last is None and self.p(hyphen) and " " not in lst and "-" not in lst:
                alt = self._from_faker(self.ch(OWN_LOCALES[key]), "f")
                if alt and alt[1] != lst and " " not in alt[1]:
                    lst = f"{lst}-{alt[1]}"
            return Person(first, lst, g, mid, origin)
        return Person("Anna" if g == "f" else "Paul", last or "Lindqvist", g, "", "fallback")

    def name(self, p: Person, style: str = "full") -> str:
        return P(self.fmt_name(p, style))

    @staticmethod
    def fmt_name(p: Person, style: str = "full") -> str:
        f, ln = p.first, p.last
        ini = f[0] + "."
        if "-" in f:
            ini = "-".join(x[0] + "." for x in f.split("-"))
        return {
            "full": f"{f} {ln}",
            "mid": f"{f} {p.middle} {ln}" if p.middle else f"{f} {ln}",
            "lf": f"{ln}, {f}",
            "LF": f"{ln.upper()} {f}",
            "L,F": f"{ln.upper()}, {f}",
            "LFU": f"{ln.upper()} {f.upper()}",
            "ini": f"{ini} {ln}",
            "fi": f"{f} {ln[0]}.",
            "li": f"{ln} {ini}",
            "it": f"{ln} {f}",
            "first": f,
            "last": ln,
            "LAST": ln.upper(),
            "upper": f"{f} {ln}".upper(),
            "lower": f"{f} {ln}".lower(),
            "firstlower": f.lower(),
        }[style]

    def title(self, p: Person, formal: bool = True) -> str:
        t = {
            "de": {"f": "Frau", "m": "Herr"},
            "fr": {"f": "Mme", "m": "M."},
            "it": {"f": "Sig.ra", "m": "Sig."},
            "en": {"f": p.extra.setdefault("en_title", self.ch(["Ms", "Mrs"])), "m": "Mr"},
        }
        return t[self.lang][p.g]

    def dear(self, p: Person) -> str:
        """Salutation + marked surname."""
        if self.lang == "de":
            return ("Sehr geehrte Frau " if p.g == "f" else "Sehr geehrter Herr ") + self.name(p, "last")
        if self.lang == "fr":
            return ("Chère Madame " if p.g == "f" else "Cher Monsieur ") + self.name(p, "last")
        if self.lang == "it":
            return ("Gentile Signora " if p.g == "f" else "Gentile Signor ") + self.name(p, "last")
        return "Dear " + self.title(p) + " " + self.name(p, "last")

    # -- e-mail
    def email(self, p: Person, domain: str | None = None, work: bool = False) -> str:
        ger = self.lang == "de" and self.p(0.6)
        f = ascii_fold(p.first, ger) or "x"
        ln = ascii_fold(p.last, ger) or "y"
        reg = self.region
        if domain is None:
            domain = self.ch(EMAIL_DOMAINS.get(reg, EMAIL_DOMAINS["GB"]))
        if work:
            local = self.ch([f"{f}.{ln}", f"{f[0]}.{ln}", f"{ln}", f"{f}{ln[0]}", f"{f}.{ln}"])
        else:
            local = self.ch(
                [
                    f"{f}.{ln}",
                    f"{f}{ln}",
                    f"{f[0]}{ln}",
                    f"{ln}.{f}",
                    f"{f}_{ln}",
                    f"{f}.{ln}{self.dg(2)}",
                    f"{f}{self.dg(2)}",
                    f"{ln}{f[0]}",
                    f"{f}-{ln}",
                    f"{f}.{ln[0]}",
                ]
            )
        return f"{local}@{domain}"

    # -- phones
    def phone(self, kind: str = "mobile", region: str | None = None, style: int | None = None) -> str:
        reg = region or self.region
        r = self.rng
        st = style if style is not None else r.randrange(6)
        if reg == "DE":
            if kind == "mobile":
                pre, sub = (
                    self.ch(
                        [
                            "151",
                            "152",
                            "157",
                            "160",
                            "162",
                            "163",
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
                            "1520",
                            "1590",
                        ]
                    ),
                    self.dg(7 + r.randrange(2)),
                )
                return [
                    f"0{pre} {sub}",
                    f"0{pre}/{sub}",
                    f"0{pre}-{sub[:3]} {sub[3:]}",
                    f"+49 {pre} {sub}",
                    f"+49 (0){pre} {sub[:4]} {sub[4:]}",
                    f"0049 {pre} {sub}",
                ][st]
            area = self.ch(
                [
                    "30",
                    "40",
                    "89",
                    "221",
                    "69",
                    "711",
                    "341",
                    "351",
                    "911",
                    "421",
                    "511",
                    "231",
                    "201",
                    "951",
                    "761",
                    "941",
                    "431",
                    "381",
                    "361",
                    "681",
                    "521",
                    "831",
                    "651",
                    "6421",
                    "3834",
                ]
            )
            sub = self.dg(9 - len(area) if len(area) < 4 else 5, True)
            if kind == "office" and self.p(0.5):
                sub = sub[:-2] + "-" + self.dg(1 + r.randrange(3), True)
            return [
                f"0{area} {sub}",
                f"(0{area}) {sub}",
                f"0{area}/{sub}",
                f"+49 {area} {sub}",
                f"+49 (0){area} {sub}",
                f"0{area}-{sub}",
            ][st]
        if reg == "AT":
            if kind == "mobile":
                pre, sub = self.ch(["650", "660", "664", "676", "680", "681", "688", "699"]), self.dg(7, True)
                return [
                    f"0{pre} {sub}",
                    f"+43 {pre} {sub}",
                    f"+43 (0){pre} {sub[:3]} {sub[3:5]} {sub[5:]}",
                    f"0{pre}/{sub}",
                    f"0043 {pre} {sub}",
                    f"+43{pre}{sub}",
                ][st]
            area = self.ch(["1", "316", "732", "662", "512", "463", "2742", "5574"])
            sub = self.dg(7 if area == "1" else 6, True)
            return [
                f"0{area} {sub}",
                f"+43 {area} {sub}",
                f"0{area}/{sub}",
                f"+43 (0){area} {sub}",
                f"0{area} {sub[:3]} {sub[3:]}",
                f"0043 {area} {sub}",
            ][st]
        if reg in ("CH", "LI"):
            pre = (
                self.ch(["76", "77", "78", "79"])
                if kind == "mobile"
                else (
                    self.ch(["44", "31", "61", "41", "71", "52", "81", "62", "58"])
                    if self.lang == "de"
                    else self.ch(["21", "22", "26", "27", "32"])
                    if self.lang == "fr"
                    else self.ch(["91"])
                    if self.lang == "it"
                    else self.ch(["44", "22", "91"])
                )
            )
            a, b, c = self.dg(3, True), self.dg(2), self.dg(2)
            return [
                f"0{pre} {a} {b} {c}",
                f"+41 {pre} {a} {b} {c}",
                f"0041 {pre} {a} {b} {c}",
                f"+41{pre}{a}{b}{c}",
                f"0{pre} {a}{b}{c}",
                f"+41 (0){pre} {a} {b} {c}",
            ][st]
        if reg == "FR":
            pre = self.ch("67") if kind == "mobile" else self.ch("12345")
            g = [self.dg(2) for _ in range(4)]
            return [
                f"0{pre} {' '.join(g)}",
                f"0{pre}.{'.'.join(g)}",
                f"+33 {pre} {' '.join(g)}",
                f"+33 (0){pre} {' '.join(g)}",
                f"0{pre}{''.join(g)}",
                f"0{pre}-{'-'.join(g)}",
            ][st]
        if reg == "BE":
            if kind == "mobile":
                pre = self.ch(
                    [
                        "470",
                        "471",
                        "472",
                        "475",
                        "476",
                        "477",
                        "478",
                        "479",
                        "484",
                        "485",
                        "486",
                        "487",
                        "495",
                        "496",
                        "497",
                        "498",
                        "499",
                    ]
                )
                a, b, c = self.dg(2), self.dg(2), self.dg(2)
                return [
                    f"0{pre} {a} {b} {c}",
                    f"0{pre}/{a}.{b}.{c}",
                    f"+32 {pre} {a} {b} {c}",
                    f"0{pre}{a}{b}{c}",
                    f"+32 (0){pre} {a} {b} {c}",
                    f"0032 {pre} {a} {b} {c}",
                ][st]
            area = self.ch(["2", "4", "81", "71", "65", "10", "63", "87", "69"])
            sub = self.dg(8 - len(area), True)
            return [
                f"0{area} {sub[:3]} {sub[3:5]} {sub[5:]}",
                f"0{area}/{sub}",
                f"+32 {area} {sub}",
                f"0{area} {sub}",
                f"+32 (0){area} {sub}",
                f"0{area}.{sub}",
            ][st]
        if reg == "LU":
            if kind == "mobile":
                pre, a, b = self.ch(["621", "628", "661", "691"]), self.dg(3), self.dg(3)
                return [
                    f"{pre} {a} {b}",
                    f"+352 {pre} {a} {b}",
                    f"00352 {pre} {a} {b}",
                    f"+352{pre}{a}{b}",
                    f"{pre}{a}{b}",
                    f"+352 {pre} {a[:2]} {a[2:]}{b[:1]} {b[1:]}",
                ][st]
            a, b, c = self.dg(2, True), self.dg(2), self.dg(2)
            return [
                f"{a} {b} {c}",
                f"+352 {a} {b} {c}",
                f"+352 {a}{b}{c}",
                f"00352 {a} {b} {c}",
                f"+352 26 {a} {b} {c}",
                f"26 {a} {b} {c}",
            ][st]
        if reg == "IT":
            if kind == "mobile":
                pre, sub = (
                    self.ch(["320", "328", "333", "338", "340", "347", "349", "366", "380", "392", "329"]),
                    self.dg(7),
                )
                return [
                    f"{pre} {sub}",
                    f"{pre} {sub[:3]} {sub[3:]}",
                    f"+39 {pre} {sub[:3]} {sub[3:]}",
                    f"+39 {pre}{sub}",
                    f"{pre}-{sub}",
                    f"0039 {pre} {sub}",
                ][st]
            area = self.ch(
                ["02", "06", "011", "081", "051", "055", "010", "091", "080", "041", "045", "070", "0471", "0984"]
            )
            sub = self.dg(10 - len(area))
            return [
                f"{area} {sub}",
                f"{area}/{sub}",
                f"+39 {area} {sub}",
                f"{area}-{sub}",
                f"+39 {area} {sub[:4]} {sub[4:]}",
                f"0039 {area} {sub}",
            ][st]
        if reg == "GB":
            if kind == "mobile":
                sub = "7" + self.dg(3, True) + " " + self.dg(6)
                return [
                    f"0{sub}",
                    f"+44 {sub}",
                    f"+44 (0){sub}",
                    f"0{sub.replace(' ', '')}",
                    f"0{sub[:4]} {sub[5:8]} {sub[8:]}",
                    f"0044 {sub}",
                ][st]
            area, sub = self.ch(
                [
                    ("20", 8),
                    ("161", 7),
                    ("113", 7),
                    ("117", 7),
                    ("131", 7),
                    ("28", 8),
                    ("121", 7),
                    ("1603", 6),
                    ("1865", 6),
                    ("1224", 6),
                ]
            )
            s = self.dg(sub, True)
            s = s[:4] + " " + s[4:] if sub == 8 else s[:3] + " " + s[3:]
            return [
                f"0{area} {s}",
                f"(0{area}) {s}",
                f"+44 {area} {s}",
                f"+44 (0){area} {s}",
                f"0{area} {s}",
                f"0{area}-{s.replace(' ', '')}",
            ][st]
        if reg == "IE":
            if kind == "mobile":
                pre, a, b = self.ch(["83", "85", "86", "87", "89"]), self.dg(3, True), self.dg(4)
                return [
                    f"0{pre} {a} {b}",
                    f"+353 {pre} {a} {b}",
                    f"0{pre}-{a}{b}",
                    f"0{pre}{a}{b}",
                    f"+353 (0){pre} {a} {b}",
                    f"00353 {pre} {a} {b}",
                ][st]
            area = self.ch(["1", "21", "91", "61", "51", "96", "71", "56", "90", "66"])
            sub = self.dg(7 if area == "1" else 6, True)
            return [
                f"0{area} {sub[:3]} {sub[3:]}",
                f"({'0' + area}) {sub}",
                f"+353 {area} {sub}",
                f"0{area}-{sub}",
                f"+353 (0){area} {sub[:3]} {sub[3:]}",
                f"0{area} {sub}",
            ][st]
        if reg in ("US", "CA"):
            area = self.ch(
                [
                    "212",
                    "312",
                    "415",
                    "503",
                    "512",
                    "608",
                    "614",
                    "617",
                    "702",
                    "720",
                    "773",
                    "801",
                    "912",
                    "208",
                    "802",
                    "520",
                    "919",
                    "734",
                    "916",
                    "218",
                    "515",
                    "217",
                ]
                if reg == "US"
                else ["416", "647", "613", "514", "438", "418", "604", "403", "204", "902", "306", "709", "250"]
            )
            ex, ln = self.ch("23456789") + self.dg(2), self.dg(4)
            return [
                f"({area}) {ex}-{ln}",
                f"{area}-{ex}-{ln}",
                f"{area}.{ex}.{ln}",
                f"+1 {area} {ex} {ln}",
                f"+1 ({area}) {ex}-{ln}",
                f"1-{area}-{ex}-{ln}",
            ][st]
        if reg == "AU":
            if kind == "mobile":
                a, b, c = "4" + self.dg(2), self.dg(3), self.dg(3)
                return [
                    f"0{a} {b} {c}",
                    f"+61 {a} {b} {c}",
                    f"0{a}{b}{c}",
                    f"0{a}-{b}-{c}",
                    f"+61 (0){a} {b} {c}",
                    f"0{a} {b}{c}",
                ][st]
            area, a, b = self.ch("2378"), self.dg(4, True), self.dg(4)
            return [
                f"(0{area}) {a} {b}",
                f"0{area} {a} {b}",
                f"+61 {area} {a} {b}",
                f"0{area}{a}{b}",
                f"+61 (0){area} {a} {b}",
                f"(0{area}) {a}-{b}",
            ][st]
        if reg == "NZ":
            if kind == "mobile":
                pre, a, b = self.ch(["21", "22", "27", "29"]), self.dg(3, True), self.dg(4)
                return [
                    f"0{pre} {a} {b}",
                    f"+64 {pre} {a} {b}",
                    f"0{pre}-{a}-{b}",
                    f"0{pre}{a}{b}",
                    f"+64 (0){pre} {a} {b}",
                    f"0{pre} {a}{b}",
                ][st]
            area, a, b = self.ch("34679"), self.dg(3, True), self.dg(4)
            return [
                f"(0{area}) {a} {b}",
                f"0{area} {a} {b}",
                f"+64 {area} {a} {b}",
                f"0{area}-{a}-{b}",
                f"+64 (0){area} {a} {b}",
                f"0{area} {a}{b}",
            ][st]
        raise KeyError(reg)

    def hotline(self, region: str | None = None) -> str:
        reg = region or self.region
        return {
            "DE": f"0800 {self.dg(3)} {self.dg(4)}",
            "AT": f"0800 {self.dg(3)} {self.dg(3)}",
            "CH": f"0800 {self.dg(3)} {self.dg(3)}",
            "LI": f"0800 {self.dg(3)} {self.dg(3)}",
            "FR": f"0 800 {self.dg(3)} {self.dg(3)}",
            "BE": f"0800 {self.dg(2)} {self.dg(3)}",
            "LU": f"8002 {self.dg(4)}",
            "IT": f"800 {self.dg(3)} {self.dg(3)}",
            "GB": f"0800 {self.dg(3)} {self.dg(4)}",
            "IE": f"1800 {self.dg(3)} {self.dg(3)}",
            "US": f"1-800-{self.dg(3)}-{self.dg(4)}",
            "CA": f"1-888-{self.dg(3)}-{self.dg(4)}",
            "AU": f"1300 {self.dg(3)} {self.dg(3)}",
            "NZ": f"0800 {self.dg(3)} {self.dg(3)}",
        }[reg]

    # -- addresses
    def addr(self, key: str | None = None, unit: float = 0.25, po: bool = False) -> Addr:
        key = key or self.key
        st = self.ch(STREETS[key])
        num = str(self.rng.randint(1, 160 if key not in ("US", "CA") else 9800))
        r = self.rng
        if key in ("DE", "CHde", "CHfr", "CHit", "BE") and self.p(0.12):
            num += self.ch("abc")
        if key == "DE":
            pc, town = self.ch(TOWNS[key])
            s1 = f"{st} {num}"
            if self.p(unit):
                s1 += self.ch([", 3. OG", " (Hinterhaus)", ", Whg. 12", ", 2. OG links", " / Aufgang B"])
            if po:
                s1 = f"Postfach {self.dg(2, True)} {self.dg(2)} {self.dg(2)}"
            l2 = f"{pc} {town}"
            lines = [s1, l2]
        elif key == "AT":
            pc, town = self.ch(TOWNS[key])
            s1 = f"{st} {num}"
            if self.p(unit + 0.25):
                s1 += self.ch(
                    [
                        f"/{r.randint(1, 9)}/{r.randint(1, 30)}",
                        f"/Top {r.randint(1, 40)}",
                        f"/Stiege {r.randint(1, 4)}/Tür {r.randint(1, 25)}",
                        f"/{r.randint(1, 20)}",
                    ]
                )
            if po:
                s1 = f"Postfach {r.randint(10, 999)}"
            l2 = f"{pc} {town}" if self.p(0.85) else f"A-{pc} {town}"
            lines = [s1, l2]
        elif key in ("CHde", "CHfr", "CHit"):
            pc, town = self.ch(TOWNS[key])
            s1 = f"{st} {num}"
            if po:
                s1 = {"CHde": "Postfach", "CHfr": "Case postale", "CHit": "Casella postale"}[
                    key
                ] + f" {r.randint(100, 9999)}"
            l2 = f"{pc} {town}" if self.p(0.85) else f"CH-{pc} {town}"
            lines = [s1, l2]
        elif key == "FR":
            pc, town = self.ch(TOWNS[key])
            bis = self.ch(["", "", "", "", " bis", " ter", "B"])
            s1 = f"{num}{bis} {st}" if not st.startswith(("résidence", "lotissement")) else f"{num} {st}"
            lines = [s1]
            if self.p(unit):
                lines.insert(
                    0,
                    self.ch(
                        [
                            f"Bât. {self.ch('ABCD')}, appt {r.randint(1, 80)}",
                            f"Appartement {r.randint(1, 60)}",
                            f"Résidence du Parc, esc. {r.randint(1, 4)}",
                            f"{r.randint(1, 9)}e étage, porte gauche",
                        ]
                    ),
                )
            if po:
                s1 = f"BP {r.randint(10, 9999)}"
                lines = [s1]
                town = town.upper() + " CEDEX" + (f" {r.randint(1, 20):02d}" if self.p(0.3) else "")
            lines.append(f"{pc} {town.upper() if self.p(0.55) else town}")
        elif key == "BE":
            pc, town = self.ch(TOWNS[key])
            s1 = f"{st} {num}"
            if self.p(unit):
                s1 += self.ch(
                    [
                        f" bte {r.randint(1, 30)}",
                        f" boîte {r.randint(1, 12)}",
                        f"/{r.randint(1, 9)}",
                        f" bus {r.randint(1, 20)}",
                    ]
                )
            if po:
                s1 = f"Boîte postale {r.randint(10, 999)}"
            lines = [s1, f"{pc} {town}" if self.p(0.85) else f"B-{pc} {town}"]
        elif key == "LU":
            pc, town = self.ch(TOWNS[key])
            s1 = f"{num}, {st}" if self.p(0.7) else f"{num} {st}"
            if po:
                s1 = f"B.P. {r.randint(10, 9999)}"
            lines = [s1, f"L-{pc} {town}"]
        elif key == "IT":
            pc, town, prov = self.ch(TOWNS[key])
            s1 = self.ch([f"{st} {num}", f"{st}, {num}", f"{st} n. {num}", f"{st} {num}"])
            if self.p(unit):
                s1 += self.ch(
                    [
                        f", int. {r.randint(1, 30)}",
                        f" scala {self.ch('ABC')}",
                        f", piano {r.randint(1, 7)}",
                        f"/{self.ch('ABC')}",
                    ]
                )
            if po:
                s1 = f"Casella Postale {r.randint(10, 999)}"
            l2 = self.ch(
                [f"{pc} {town} ({prov})", f"{pc} {town} {prov}", f"{pc} {town.upper()} ({prov})", f"{pc} {town}"]
            )
            lines = [s1, l2]
        elif key == "GB":
            town, area = self.ch(TOWNS[key])
            pc = f"{area}{r.randint(1, 28 if len(area) == 1 else 19)} {r.randint(1, 9)}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}"
            s1 = f"{num} {st}"
            if self.p(unit):
                s1 = self.ch(
                    [
                        f"Flat {r.randint(1, 30)}, {s1}",
                        f"{r.randint(1, 9)}{self.ch('ABC')} {st}",
                        f"Flat {r.randint(1, 9)}{self.ch('ABC')}, {s1}",
                    ]
                )
            if po:
                s1 = f"PO Box {r.randint(100, 9999)}"
            lines = [s1, self.ch([f"{town} {pc}", f"{town.upper()} {pc}", f"{town}, {pc}"])]
        elif key == "IE":
            town, rk = self.ch(TOWNS[key])
            eir = rk + " " + "".join(self.ch("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
            s1 = f"{num} {st}" if self.p(0.8) else f"Apartment {r.randint(1, 40)}, {num} {st}"
            if po:
                s1 = f"PO Box {r.randint(100, 9999)}"
            lines = [s1, self.ch([f"{town}, {eir}", f"{town} {eir}"])]
            pc = eir
        elif key == "US":
            town, stt, z = self.ch(TOWNS[key])
            zipc = z + self.dg(2) + (f"-{self.dg(4)}" if self.p(0.2) else "")
            s1 = f"{num} {st}"
            if self.p(unit):
                s1 += self.ch(
                    [
                        f" Apt {r.randint(1, 30)}{self.ch('ABCD')}",
                        f" #{r.randint(1, 400)}",
                        f", Unit {r.randint(1, 20)}",
                        f" Ste {r.randint(100, 900)}",
                    ]
                )
            if po:
                s1 = f"P.O. Box {r.randint(100, 99999)}"
            lines = [s1, self.ch([f"{town}, {stt} {zipc}", f"{town} {stt} {zipc}", f"{town.upper()} {stt} {zipc}"])]
            pc = zipc
        elif key == "CA":
            town, prov, fl = self.ch(TOWNS[key])
            pc = f"{fl}{r.randint(0, 9)}{self.ch('ABCEGHJKLMNPRSTVXY')} {r.randint(0, 9)}{self.ch('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
            num = str(r.randint(1, 3999))
            s1 = f"{num} {st}" if self.p(1 - unit) else f"{r.randint(101, 2405)}-{num} {st}"
            if po:
                s1 = f"PO Box {r.randint(100, 9999)}, Station {self.ch('ABCD')}"
            lines = [s1, self.ch([f"{town} {prov} {pc}", f"{town}, {prov} {pc}", f"{town} ({prov})  {pc}"])]
        elif key == "AU":
            sub, stt, pc = self.ch(TOWNS[key])
            s1 = f"{num} {st}"
            if self.p(unit + 0.1):
                s1 = self.ch([f"Unit {r.randint(1, 20)}/{num} {st}", f"{r.randint(1, 20)}/{num} {st}"])
            if po:
                s1 = f"PO Box {r.randint(100, 9999)}"
            lines = [s1, self.ch([f"{sub.upper()} {stt} {pc}", f"{sub} {stt} {pc}"])]
            town = sub
        elif key == "NZ":
            sub, city, pc = self.ch(TOWNS[key])
            s1 = f"{num} {st}" if self.p(1 - unit) else f"{r.randint(1, 12)}/{num} {st}"
            if po:
                s1 = f"PO Box {r.randint(100, 99999)}"
            lines = [s1, sub, f"{city} {pc}"] if self.p(0.5) else [s1, f"{sub}, {city} {pc}"]
            town = city
        else:
            raise KeyError(key)
        a = Addr(key, lines, (", ",), street_only=s1, pc=pc, town=town)
        if key in ("US", "CA", "AU", "IT"):
            a.state = {"US": lambda: stt, "CA": lambda: prov, "AU": lambda: stt, "IT": lambda: prov}[key]()
        return a

    def foreign_key(self) -> str:
        """An address region different from the document's."""
        return self.ch([k for k in STREETS if k != self.key])

    # -- banking
    def iban(self, country: str | None = None, grouped: bool | None = None) -> str:
        cty = (
            country
            or {
                "DE": "DE",
                "AT": "AT",
                "CH": "CH",
                "FR": "FR",
                "BE": "BE",
                "LU": "LU",
                "IT": "IT",
                "GB": "GB",
                "IE": "IE",
            }.get(self.region)
            or self.ch(["DE", "FR", "NL", "ES", "IT", "GB", "IE", "PT"])
        )
        d = self.dg
        if cty == "DE":
            bban = d(8, True) + d(10)
        elif cty == "AT":
            bban = d(5, True) + d(11)
        elif cty in ("CH", "LI"):
            bban = d(5) + d(12)
        elif cty == "FR":
            b, g, a = d(5, True), d(5), d(11)
            bban = b + g + a + fr_rib_key(b, g, a)
        elif cty == "BE":
            n = d(10, True)
            ck = int(n) % 97 or 97
            bban = n + f"{ck:02d}"
        elif cty == "LU":
            bban = d(3) + d(13)
        elif cty == "IT":
            rest = d(5, True) + d(5) + d(12)
            bban = it_cin(rest) + rest
        elif cty in ("GB", "IE"):
            bank = self.ch(
                ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"] if cty == "GB" else ["AIBK", "BOFI", "IPBS"]
            )
            bban = bank + d(6) + d(8)
        elif cty == "NL":
            bban = self.ch(["INGB", "ABNA", "RABO", "TRIO"]) + d(10)
        elif cty == "ES":
            bban = d(20)
        elif cty == "PT":
            bban = d(21)
        elif cty == "PL":
            bban = d(24)
        elif cty == "MC":
            bban = d(23)
        else:
            raise KeyError(cty)
        iban = cty + iban_check(cty, bban) + bban
        assert iban_valid(iban)
        if grouped is None:
            grouped = self.p(0.6)
        if grouped:
            iban = " ".join(iban[k : k + 4] for k in range(0, len(iban), 4))
        return iban

    def bic(self) -> str:
        return (
            self.up(4)
            + self.ch(["DE", "FR", "IT", "CH", "AT", "BE", "LU", "GB", "IE"])
            + self.up(2)
            + (self.up(3) if self.p(0.5) else "")
        )

    def card(self, brand: str | None = None, style: int | None = None) -> str:
        brand = brand or self.ch(["visa", "visa", "mc", "mc", "amex"])
        if brand == "visa":
            body = "4" + self.dg(14)
        elif brand == "mc":
            body = self.ch(["51", "52", "53", "54", "55", "2221", "2720"])
            body += self.dg(15 - len(body))
        else:
            body = self.ch(["34", "37"]) + self.dg(12)
        num = body + luhn_digit(body)
        assert luhn_ok(num)
        st = style if style is not None else self.rng.randrange(3)
        if st == 0:
            return num
        if len(num) == 15:
            parts = [num[:4], num[4:10], num[10:]]
        else:
            parts = [num[k : k + 4] for k in range(0, 16, 4)]
        return (" " if st == 1 else "-").join(parts)

    def masked(self) -> str:
        return self.ch(["**** **** **** ", "XXXX XXXX XXXX ", "•••• ", "************", "xxxx-"]) + self.dg(4)

    # -- dates
    def dob(self, lo: int = 18, hi: int = 85) -> dt.date:
        age_days = self.rng.randint(lo * 365 + 10, hi * 365 + 300)
        return TODAY - dt.timedelta(days=age_days)

    def child_dob(self, lo: int = 1, hi: int = 6) -> dt.date:
        return TODAY - dt.timedelta(days=self.rng.randint(lo * 365 + 20, hi * 365 + 300))

    def fd(self, d: dt.date, style: str | None = None) -> str:
        """A date as written in the document's language / region (used for DOBs and plain dates alike)."""
        lang, reg = self.lang, self.region
        styles = ["num", "num", "num", "long", "iso", "short", "nolead", "abbr"]
        if lang == "en":
            styles += ["ord", "usl"]
        if lang in ("fr", "it"):
            styles += ["first"]
        st = style or self.ch(styles)
        dd, mm, yy = d.day, d.month, d.year
        months = MONTHS[lang]
        if lang == "de" and reg == "AT":
            months = ["Jänner", *months[1:]]
        if st == "iso":
            return d.isoformat()
        us = lang == "en" and reg == "US"
        sep = "." if lang == "de" or (reg in ("CH",) and lang != "en") else "/"
        if lang == "en" and reg == "CA" and self.p(0.3):
            return d.isoformat()
        if st == "num":
            return f"{mm:02d}/{dd:02d}/{yy}" if us else f"{dd:02d}{sep}{mm:02d}{sep}{yy}"
        if st == "short":
            return f"{mm}/{dd}/{yy % 100:02d}" if us else f"{dd:02d}{sep}{mm:02d}{sep}{yy % 100:02d}"
        if st == "nolead":
            return f"{mm}/{dd}/{yy}" if us else f"{dd}{sep}{mm}{sep}{yy}"
        if st == "dash":
            return f"{mm:02d}-{dd:02d}-{yy}" if us else f"{dd:02d}-{mm:02d}-{yy}"
        if st == "compact":
            return f"{yy}{mm:02d}{dd:02d}"
        if st == "abbr":
            ab = MONTHS_ABBR[lang][mm - 1]
            if lang == "de" and reg == "AT" and mm == 1:
                ab = "Jän."
            if lang == "en":
                return f"{ab} {dd}, {yy}" if us else self.ch([f"{dd} {ab} {yy}", f"{dd:02d}-{ab}-{yy}"])
            return f"{dd}. {ab} {yy}" if lang == "de" else f"{dd} {ab} {yy}"
        if st in ("long", "first", "ord", "usl"):
            mo = months[mm - 1]
            if lang == "de":
                return f"{dd}. {mo} {yy}"
            if lang == "fr":
                return f"{'1er' if dd == 1 and st == 'first' else dd} {mo} {yy}"
            if lang == "it":
                return f"{'1°' if dd == 1 and st == 'first' else dd} {mo} {yy}"
            if us or st == "usl":
                return f"{mo} {dd}, {yy}"
            if st == "ord":
                suf = "th" if 10 <= dd % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
                return f"{dd}{suf} {mo} {yy}"
            return f"{dd} {mo} {yy}"
        raise KeyError(st)

    def future(self, lo: int = 3, hi: int = 120) -> dt.date:
        return TODAY + dt.timedelta(days=self.rng.randint(lo, hi))

    def past(self, lo: int = 3, hi: int = 700) -> dt.date:
        return TODAY - dt.timedelta(days=self.rng.randint(lo, hi))

    def hm(self) -> str:
        h, m = self.rng.randint(7, 19), self.ch([0, 0, 15, 30, 45, 10, 20, 40, 50])
        if self.lang == "en" and self.region in ("US", "CA", "AU", "NZ") and self.p(0.6):
            return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
        if self.lang == "fr" and self.p(0.5):
            return f"{h}h{m:02d}" if m else f"{h}h"
        return f"{h:02d}:{m:02d}" if self.p(0.7) else f"{h}.{m:02d}"

    def money(self, lo: float = 5, hi: float = 500) -> str:
        v = round(self.rng.uniform(lo, hi), 2)
        cur = {"CH": "CHF", "GB": "£", "US": "$", "CA": "$", "AU": "$", "NZ": "$"}.get(self.region, "€")
        if self.lang in ("de", "fr", "it"):
            s = f"{v:.2f}".replace(".", ",") if self.region != "CH" else f"{v:.2f}"
            return f"{s} {cur}" if cur != "CHF" else f"CHF {s}"
        return f"{cur}{v:.2f}" if cur != "€" else f"€{v:.2f}"

    def ref(self, prefix: str = "", n: int = 7) -> str:
        return prefix + self.dg(n, True)

    def company(self) -> str:
        loc = self.ch(OWN_LOCALES[self.key])
        f = self.fk(loc)
        if f is not None and self.p(0.5):
            try:
                return f.company()
            except Exception:
                pass
        return (
            self.ch(
                [
                    "Novatek",
                    "Helvio",
                    "Brightwave",
                    "Alpenlicht",
                    "Orbis",
                    "Kestrel",
                    "Lumeo",
                    "Verdana Systems",
                    "Quadrix",
                    "Polaris Logistik",
                    "Mistral",
                    "Corvus",
                ]
            )
            + " "
            + self.ch(
                {
                    "de": ["GmbH", "AG", "KG"],
                    "fr": ["SA", "SARL", "SAS"],
                    "it": ["S.r.l.", "S.p.A.", "SA"],
                    "en": ["Ltd", "Inc.", "LLC", "Pty Ltd"],
                }[self.lang]
            )
        )

    def lead(self, options: list[str]) -> str:
        return self.ch(options)


TLD = {
    "DE": "de",
    "AT": "at",
    "CH": "ch",
    "FR": "fr",
    "BE": "be",
    "LU": "lu",
    "IT": "it",
    "GB": "co.uk",
    "IE": "ie",
    "US": "com",
    "CA": "ca",
    "AU": "com.au",
    "NZ": "co.nz",
}


def slug(s: str) -> str:
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", ascii_fold_keep(s))).strip("-")


def ascii_fold_keep(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ß", "ss"))
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


def dom(c: Ctx, name: str) -> str:
    words = [
        w for w in slug(name).split("-") if w not in ("dr", "de", "la", "le", "du", "des", "di", "il", "am", "the")
    ]
    return "-".join(words[:3]) + "." + TLD[c.region]


def role(c: Ctx, domain: str, kind: str = "office") -> str:
    opts = {
        "de": ["info", "praxis", "rezeption", "kontakt", "office", "service"],
        "fr": ["contact", "accueil", "secretariat", "info", "service.client"],
        "it": ["info", "segreteria", "amministrazione", "contatti", "servizioclienti"],
        "en": ["info", "reception", "hello", "office", "support", "enquiries"],
    }[c.lang]
    return c.ch(opts) + "@" + domain


def W(c: Ctx, d: dict):
    return d[c.lang]


def gendered(c: Ctx, p: Person, m: str, f: str) -> str:
    return f if p.g == "f" else m


def doc_title(c: Ctx, p: Person) -> str:
    """'Dr.' style title for a doctor."""
    return {"de": "Dr.", "fr": c.ch(["Dr", "Docteur"]), "it": "Dott.ssa" if p.g == "f" else "Dott.", "en": "Dr"}[c.lang]


def week(c: Ctx, d: dt.date) -> str:
    names = {
        "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    }
    return names[c.lang][d.weekday()]


# =============================================================================================
# 1. recall - dental and physiotherapy appointment reminders and recall runs
# =============================================================================================
PRACTICES = {
    "de": (
        [
            "Zahnarztpraxis am Stadtpark",
            "Zahnzentrum Altstadt",
            "Praxis für Zahnheilkunde Lindenhof",
            "Zahnärzte am Dom",
            "Kieferorthopädie Sonnenhof",
        ],
        [
            "Physiotherapie Bewegungsraum",
            "Physio Vital",
            "Praxis für Physiotherapie am Rathaus",
            "Therapiezentrum Mitte",
        ],
    ),
    "fr": (
        [
            "Cabinet dentaire des Tilleuls",
            "Centre dentaire Bellevue",
            "Cabinet d'orthodontie du Lac",
            "Centre de santé dentaire Saint-Roch",
        ],
        ["Cabinet de kinésithérapie du Parc", "Kiné Santé Plus", "Centre de rééducation Les Érables", "Physio Léman"],
    ),
    "it": (
        [
            "Studio Dentistico Sorriso",
            "Centro Odontoiatrico San Marco",
            "Studio Dentistico Associato Duomo",
            "Clinica Dentale Lago",
        ],
        ["Studio di Fisioterapia Movimento", "FisioLab", "Centro Riabilitativo Arcobaleno", "Fisioterapia Il Ponte"],
    ),
    "en": (
        [
            "Riverside Dental Care",
            "Smile Studio",
            "Kingsway Dental Practice",
            "Harbour Family Dentistry",
            "Bright Orthodontics",
        ],
        ["Kingsway Physiotherapy", "Active Motion Physio", "Back in Balance Clinic", "Northside Sports Physio"],
    ),
}


def t_recall(c: Ctx) -> tuple[str, dict]:
    L = c.lang
    dental = c.p(0.55)
    pname = c.ch(PRACTICES[L][0 if dental else 1])
    pdom = dom(c, pname)
    v = c.i % 4
    docs = [c.person() for _ in range(2)]
    opts: dict = {}
    if v == 0:
        hdr = W(
            c,
            {
                "de": "patient_id;nachname;vorname;geburtsdatum;mobil;termin;behandler;status",
                "fr": "id_patient;nom;prenom;date_naissance;portable;rdv;praticien;statut",
                "it": "id_paziente;cognome;nome;data_nascita;cellulare;appuntamento;medico;stato",
                "en": "patient_id,surname,forename,dob,mobile,appointment,clinician,status",
            },
        )
        sep = "," if L == "en" else ";"
        rows, fails = [], []
        n = c.ch([3, 4, 4, 5])
        for k in range(n):
            pt = c.person()
            kid = c.p(0.25)
            d = c.child_dob(3, 15) if kid else c.dob(18, 90)
            fail = k in (1, n - 1) and c.p(0.7)
            ph = c.phone("land" if fail else "mobile")
            when = f"{c.fd(c.future(3, 40), 'num')} {c.hm()}"
            dr = c.ch(docs)
            drs = (doc_title(c, dr) + " " + c.name(dr, "last")) if dental or c.p(0.5) else c.name(dr, "first")
            st = "FAILED" if fail else c.ch(["SENT", "SENT", "QUEUED", "DELIVERED"])
            pid = c.ref("P-", 5)
            rows.append(
                csv_row([pid, c.name(pt, "last"), c.name(pt, "first"), D(c.fd(d, "num")), T(ph), when, drs, st], sep)
            )
            if fail:
                fails.append((pid, ph))
        req = W(
            c,
            {
                "de": "Unser SMS-Recall ist heute Morgen nur teilweise rausgegangen. Kannst du im Export unten erkennen, warum die Zeilen mit FAILED nicht versendet wurden, und wie wir die Nummern korrigieren sollten?",
                "fr": "Notre envoi de rappels SMS n'est parti qu'en partie ce matin. Tu peux regarder l'export ci-dessous et me dire pourquoi les lignes en FAILED n'ont pas été envoyées ?",
                "it": "L'invio dei promemoria SMS stamattina è partito solo in parte. Puoi guardare l'export qui sotto e dirmi perché le righe FAILED non sono state inviate?",
                "en": "Our SMS recall run only partly went out this morning. Can you look at the export below and tell me why the FAILED rows weren't sent and how we should fix the numbers?",
            },
        )
        tpl = W(
            c,
            {
                "de": 'Vorlage: "Hallo {vorname}, wir erinnern an Ihren Termin am {termin} bei {behandler}. Absage bitte bis 24 h vorher unter {praxis_tel}."',
                "fr": "Modèle : « Bonjour {prenom}, rappel de votre rendez-vous le {rdv} avec {praticien}. Annulation 24 h avant au {tel_cabinet}. »",
                "it": 'Modello: "Gentile {nome}, le ricordiamo l\'appuntamento del {appuntamento} con {medico}. Disdette entro 24 ore al {tel_studio}."',
                "en": 'Template: "Hi {forename}, a reminder of your appointment on {appointment} with {clinician}. To cancel call {practice_phone} at least 24h before."',
            },
        )
        tel = c.phone("office" if L == "de" else "land")
        log = "\n".join(
            f"{c.rng.randint(6, 9):02d}:{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d} ERROR row {pid}: msisdn '{T(ph)}' rejected (E_{c.ch(['NOT_MOBILE', 'INVALID_PREFIX', 'LANDLINE'])})"
            for pid, ph in fails
        )
        body = (
            f"{req}\n\n{W(c, {'de': 'Export', 'fr': 'Export', 'it': 'Export', 'en': 'Export'})} {pname} – "
            f"{c.fd(TODAY, 'num')} (gateway v{c.dg(1, True)}.{c.dg(1)}.{c.dg(1)}, batch {c.ref('B', 6)})\n\n{hdr}\n"
            + "\n".join(rows)
            + f"\n\n{tpl}\n{W(c, {'de': 'praxis_tel', 'fr': 'tel_cabinet', 'it': 'tel_studio', 'en': 'practice_phone'})} = {T(tel)}\n"
        )
        if log:
            body += f"\n--- gateway.log ---\n{log}\n"
        body += W(
            c,
            {
                "de": f"\nSupport des Gateways: {c.hotline('DE' if c.region not in ('AT', 'CH') else c.region)} (Mo–Fr)\n",
                "fr": f"\nSupport de la plateforme : {c.hotline()} (lun.–ven.)\n",
                "it": f"\nAssistenza piattaforma: numero verde {c.hotline()}\n",
                "en": f"\nGateway support: {c.hotline()} (Mon–Fri)\n",
            },
        )
        return body, opts
    if v == 1:
        pt = c.person()
        a = c.addr()
        pa = c.addr()
        rec = c.person("f")
        dr = docs[0]
        kid = c.p(0.6)
        kd = c.person(last=pt.last) if kid else None
        last_visit = c.fd(c.past(200, 500))
        new = c.fd(c.future(10, 60))
        hour = c.hm()
        tel, fax = c.phone("office"), c.phone("land")
        drn = doc_title(c, dr) + " " + c.name(dr, "full")
        rmail = role(c, pdom) if c.p(0.5) else c.email(rec, pdom, work=True)
        rm = EM(rmail)
        pdob = D(c.fd(c.dob(20, 80)))
        kidline = ""
        if kd:
            kidline = W(
                c,
                {
                    "de": f" Auch für {gendered(c, kd, 'Ihren Sohn', 'Ihre Tochter')} {c.name(kd, 'first')} (geb. {D(c.fd(c.child_dob(4, 14)))}) ist die halbjährliche Kontrolle fällig.",
                    "fr": f" Le contrôle semestriel de {gendered(c, kd, 'votre fils', 'votre fille')} {c.name(kd, 'first')} ({gendered(c, kd, 'né', 'née')} le {D(c.fd(c.child_dob(4, 14)))}) est également à prévoir.",
                    "it": f" Anche per {gendered(c, kd, 'suo figlio', 'sua figlia')} {c.name(kd, 'first')} ({gendered(c, kd, 'nato', 'nata')} il {D(c.fd(c.child_dob(4, 14)))}) è previsto il controllo semestrale.",
                    "en": f" {gendered(c, kd, 'Your son', 'Your daughter')} {c.name(kd, 'first')} (born {D(c.fd(c.child_dob(4, 14)))}) is also due for a check-up.",
                },
            )
        salut = {
            "de": gendered(c, pt, "Herrn", "Frau"),
            "fr": gendered(c, pt, "Monsieur", "Madame"),
            "it": gendered(c, pt, "Egr. Sig.", "Gent.ma Sig.ra"),
            "en": c.title(pt),
        }[L]
        ptn = c.name(pt, c.ch(["full", "full", "mid", "upper"]))
        head = f"{pname}\n{pa.line(c.ch([', ', ' · ', ' – ']))} · Tel. {T(tel)} · Fax {T(fax)}\n{rm}\n"
        block = f"{salut} {ptn}\n{a.block()}\n"
        req = W(
            c,
            {
                "de": "Bitte formuliere diesen Recall-Brief freundlicher und kürzer, die Daten sollen drin bleiben:",
                "fr": "Peux-tu reformuler cette lettre de rappel de façon plus chaleureuse et plus courte, en gardant les informations ?",
                "it": "Puoi riscrivere questa lettera di richiamo in modo più cordiale e sintetico, mantenendo i dati?",
                "en": "Please make this recall letter warmer and shorter, keeping all the details in:",
            },
        )
        main = W(
            c,
            {
                "de": f"{c.ch([a.town, pa.town])}, {c.fd(TODAY, 'num')}\n\nBetreff: Ihre {'zahnärztliche Kontrolle' if dental else 'Folgebehandlung'}\n\n{c.dear(pt)},\n\nlaut unseren Unterlagen liegt Ihr letzter Besuch bei {drn} schon einige Zeit zurück (zuletzt am {last_visit}).{kidline} Wir haben für Sie den {new} um {hour} Uhr reserviert. Falls der Termin nicht passt, erreichen Sie unsere Rezeption (Frau {c.name(rec, 'last')}) unter {T(tel)} oder per E-Mail an {rm}.\nBitte bringen Sie Ihre Versichertenkarte mit (Versichertennummer {c.up(1)}{c.dg(9)}).\n\nPatientennummer: {c.ref('', 6)} · Geburtsdatum laut Kartei: {pdob}\n\nMit freundlichen Grüßen\n\n{drn}\n{'Zahnarzt' if dr.g == 'm' else 'Zahnärztin'} – {pname}",
                "fr": f"{c.ch([a.town, pa.town])}, le {c.fd(TODAY, 'long')}\n\nObjet : votre {'contrôle dentaire' if dental else 'suivi de rééducation'}\n\n{c.dear(pt)},\n\nselon notre dossier, votre dernière visite chez le {drn} remonte au {last_visit}.{kidline} Nous vous avons réservé le {new} à {hour}. Si ce créneau ne vous convient pas, notre secrétariat (Mme {c.name(rec, 'last')}) reste joignable au {T(tel)} ou par courriel à {rm}.\nMerci d'apporter votre carte Vitale ou votre attestation d'assurance (n° {c.dg(13)}).\n\nN° de dossier : {c.ref('', 6)} – date de naissance enregistrée : {pdob}\n\nVeuillez agréer, {gendered(c, pt, 'Monsieur', 'Madame')}, nos salutations distinguées.\n\n{drn}\n{pname}",
                "it": f"{c.ch([a.town, pa.town])}, {c.fd(TODAY, 'num')}\n\nOggetto: richiamo per {'controllo e igiene' if dental else 'ciclo di fisioterapia'}\n\n{c.dear(pt)},\n\ndai nostri archivi risulta che l'ultima visita presso {c.ch(['il', 'lo studio del'])} {drn} risale al {last_visit}.{kidline} Le abbiamo riservato un appuntamento il {new} alle ore {hour}. Se non le fosse possibile, può contattare la segreteria (sig.ra {c.name(rec, 'last')}) al {T(tel)} oppure scrivere a {rm}.\nLe ricordiamo di portare la tessera sanitaria (codice fiscale {c.up(6)}{c.dg(2)}{c.up(1)}{c.dg(2)}{c.up(1)}{c.dg(3)}{c.up(1)}).\n\nN. cartella: {c.ref('', 6)} – data di nascita in archivio: {pdob}\n\nCordiali saluti\n\n{drn}\n{pname}",
                "en": f"{c.fd(TODAY, 'long')}\n\nRe: your {'dental check-up' if dental else 'follow-up physiotherapy'}\n\n{c.dear(pt)},\n\nOur records show your last visit with {drn} was on {last_visit}.{kidline} We have pencilled you in for {new} at {hour}. If that does not suit, please call reception ({c.title(rec)} {c.name(rec, 'last')}) on {T(tel)} or e-mail {rm}.\nPlease bring your insurance details (member no. {c.dg(9)}).\n\nPatient no. {c.ref('', 6)} · DOB on file: {pdob}\n\nKind regards,\n\n{drn}\n{pname}",
            },
        )
        return f"{req}\n\n{head}\n{block}\n{main}\n", opts
    if v == 2:
        pname = c.ch(PRACTICES[L][1])
        th = c.person()
        d0 = c.future(1, 14)
        hdr = W(
            c,
            {
                "de": ["Zeit", "Patient/in", "Geb.", "Telefon", "Verordnung", "Bemerkung"],
                "fr": ["Heure", "Patient(e)", "Né(e) le", "Tél.", "Prescripteur", "Remarque"],
                "it": ["Ora", "Paziente", "Nato/a il", "Tel.", "Prescrittore", "Note"],
                "en": ["Time", "Patient", "DOB", "Phone", "Referrer", "Notes"],
            },
        )
        rows = []
        for _ in range(c.ch([3, 4, 4, 5])):
            pt = c.person()
            ref = c.person()
            note = c.ch(["none", "none", "kin", "visit", "kinphone", "moved", "rx"])
            kin = c.person(last=pt.last if c.p(0.6) else None)
            ntxt = {
                "none": "–",
                "kin": W(
                    c,
                    {
                        "de": f"Abholung durch {gendered(c, kin, 'Sohn', 'Tochter')} {c.name(kin, 'full')}",
                        "fr": f"raccompagné(e) par {gendered(c, kin, 'son fils', 'sa fille')} {c.name(kin, 'full')}",
                        "it": f"accompagnato/a da {gendered(c, kin, 'figlio', 'figlia')} {c.name(kin, 'full')}",
                        "en": f"picked up by {gendered(c, kin, 'son', 'daughter')} {c.name(kin, 'full')}",
                    },
                ),
                "visit": W(c, {"de": "Hausbesuch: ", "fr": "à domicile : ", "it": "domicilio: ", "en": "home visit: "})
                + c.addr().line(),
                "kinphone": W(
                    c,
                    {
                        "de": "Tel. Angehörige: ",
                        "fr": "tél. d'un proche : ",
                        "it": "tel. familiare ",
                        "en": "next of kin ",
                    },
                )
                + T(c.phone()),
                "moved": W(c, {"de": "verschoben vom ", "fr": "décalé du ", "it": "spostato dal ", "en": "moved from "})
                + c.fd(c.past(1, 20), "num"),
                "rx": W(
                    c,
                    {
                        "de": "Rezept fehlt noch",
                        "fr": "ordonnance à apporter",
                        "it": "manca impegnativa",
                        "en": "referral letter missing",
                    },
                ),
            }[note]
            nm = c.name(pt, c.ch(["lf", "lf", "full", "LF"]))
            refs = doc_title(c, ref) + " " + c.name(ref, "last")
            rows.append(
                [c.hm(), nm, D(c.fd(c.dob(16, 92), "num")), T(c.phone(c.ch(["mobile", "mobile", "land"]))), refs, ntxt]
            )
        rows.sort(key=lambda r: r[0])
        title = W(
            c,
            {
                "de": f"## Tagesplan {week(c, d0)}, {c.fd(d0, 'num')} – Therapeut/in: {c.name(th, 'first')}",
                "fr": f"## Planning du {week(c, d0)} {c.fd(d0, 'num')} – kiné : {c.name(th, 'full')}",
                "it": f"## Agenda di {week(c, d0)} {c.fd(d0, 'num')} – fisioterapista: {c.name(th, 'full')}",
                "en": f"## Day list {week(c, d0)} {c.fd(d0, 'num')} – physio: {c.name(th, 'first')}",
            },
        )
        req = W(
            c,
            {
                "de": "Schreib mir bitte für jede Zeile eine kurze Erinnerungs-SMS für morgen (ohne Geburtsdatum, per Du nur bei Kindern).",
                "fr": "Rédige-moi un SMS de rappel court pour chaque ligne (sans la date de naissance).",
                "it": "Scrivimi un SMS di promemoria breve per ogni riga (senza data di nascita).",
                "en": "Write me a short reminder text for each row below (leave out the date of birth).",
            },
        )
        foot = W(
            c,
            {
                "de": f"Raum 2 ist ab 15 Uhr belegt. Praxis-Handy für Rückrufe: {T(c.phone())}",
                "fr": f"Salle 2 occupée dès 15h. Portable du cabinet pour les rappels : {T(c.phone())}",
                "it": f"La sala 2 è occupata dalle 15. Cellulare dello studio per i richiami: {T(c.phone())}",
                "en": f"Room 2 booked from 3 pm. Clinic mobile for call-backs: {T(c.phone())}",
            },
        )
        return f"{req}\n\n{pname}\n{title}\n\n{md_table(hdr, rows)}\n\n{foot}\n", opts
    # v == 3: rebooking thread
    pt = c.person()
    rec = c.person("f" if c.p(0.8) else "m")
    dr, hyg = docs[0], c.person("f")
    pemail = c.email(pt)
    remail = c.email(rec, pdom, work=True)
    d1, d2 = c.future(2, 20), c.future(21, 50)
    pa = c.addr()
    a_lines = pa.block()
    tel = c.phone("office")
    rmb = role(c, pdom)
    signoff = c.name(pt, c.ch(["first", "full"]))
    thread = W(
        c,
        {
            "de": f"Von: {c.name(pt, 'full')} <{E(pemail)}>\nAn: {rmb}\nBetreff: Termin am {c.fd(d1, 'num')} verschieben\n\nGuten Tag,\nich habe am {c.fd(d1, 'num')} um {c.hm()} einen Termin bei {doc_title(c, dr)} {c.name(dr, 'last')}{' (Prophylaxe bei Frau ' + c.name(hyg, 'last') + ')' if dental else ''}. Leider muss ich verschieben – passt etwas in der Woche ab {c.fd(d2, 'num')}? Geburtsdatum für die Kartei: {D(c.fd(c.dob(18, 80)))}. Sie erreichen mich tagsüber unter {T(c.phone())}.\n\nViele Grüße\n{signoff}\n\n---------- Antwort ----------\nVon: {c.name(rec, 'full')} <{E(remail)}>\nAn: {E(pemail)}\n\n{c.dear(pt)},\nwir haben Sie auf {week(c, d2)}, den {c.fd(d2, 'num')}, {c.hm()} Uhr umgebucht. Bitte kommen Sie zehn Minuten früher.\n\nFreundliche Grüße\n{c.name(rec, 'full')}\nRezeption {pname}\n{a_lines}\nTel. {T(tel)} · zahnärztlicher Notdienst: {c.hotline('DE' if c.region == 'DE' else c.region)}",
            "fr": f"De : {c.name(pt, 'full')} <{E(pemail)}>\nÀ : {rmb}\nObjet : report du RDV du {c.fd(d1, 'num')}\n\nBonjour,\nj'ai rendez-vous le {c.fd(d1, 'num')} à {c.hm()} avec le {doc_title(c, dr)} {c.name(dr, 'last')}{' (détartrage avec Mme ' + c.name(hyg, 'last') + ')' if dental else ''}. Je dois malheureusement le décaler : auriez-vous un créneau la semaine du {c.fd(d2, 'num')} ? Ma date de naissance pour le dossier : {D(c.fd(c.dob(18, 80)))}. Joignable en journée au {T(c.phone())}.\n\nCordialement,\n{signoff}\n\n---------- Réponse ----------\nDe : {c.name(rec, 'full')} <{E(remail)}>\nÀ : {E(pemail)}\n\n{c.dear(pt)},\nvotre rendez-vous est déplacé au {week(c, d2)} {c.fd(d2, 'long')} à {c.hm()}. Merci d'arriver dix minutes en avance.\n\nBien à vous,\n{c.name(rec, 'full')}\nSecrétariat – {pname}\n{a_lines}\nTél. {T(tel)} – urgences dentaires : {c.hotline()}",
            "it": f"Da: {c.name(pt, 'full')} <{E(pemail)}>\nA: {rmb}\nOggetto: spostare appuntamento del {c.fd(d1, 'num')}\n\nBuongiorno,\nho un appuntamento il {c.fd(d1, 'num')} alle {c.hm()} con il {doc_title(c, dr)} {c.name(dr, 'last')}{' (igiene con la dott.ssa ' + c.name(hyg, 'last') + ')' if dental else ''}. Purtroppo devo spostarlo: avete posto nella settimana del {c.fd(d2, 'num')}? Data di nascita per la cartella: {D(c.fd(c.dob(18, 80)))}. Sono raggiungibile al {T(c.phone())}.\n\nGrazie e saluti\n{signoff}\n\n---------- Risposta ----------\nDa: {c.name(rec, 'full')} <{E(remail)}>\nA: {E(pemail)}\n\n{c.dear(pt)},\nl'appuntamento è stato spostato a {week(c, d2)} {c.fd(d2, 'long')} alle {c.hm()}. La preghiamo di arrivare dieci minuti prima.\n\nCordiali saluti\n{c.name(rec, 'full')}\nSegreteria {pname}\n{a_lines}\nTel. {T(tel)} – numero verde urgenze {c.hotline()}",
            "en": f"From: {c.name(pt, 'full')} <{E(pemail)}>\nTo: {rmb}\nSubject: Moving my appointment on {c.fd(d1, 'num')}\n\nHi there,\nI'm booked in on {c.fd(d1, 'num')} at {c.hm()} with {doc_title(c, dr)} {c.name(dr, 'last')}{' (hygienist appointment with ' + c.name(hyg, 'full') + ')' if dental else ''}. Unfortunately I need to move it - is there anything in the week of {c.fd(d2, 'num')}? My date of birth for your records is {D(c.fd(c.dob(18, 80)))}. Best number during the day is {T(c.phone())}.\n\nThanks,\n{signoff}\n\n---------- Reply ----------\nFrom: {c.name(rec, 'full')} <{E(remail)}>\nTo: {E(pemail)}\n\n{c.dear(pt)},\nwe have moved you to {week(c, d2)} {c.fd(d2, 'long')} at {c.hm()}. Please arrive ten minutes early.\n\nKind regards,\n{c.name(rec, 'full')}\nReception, {pname}\n{a_lines}\nTel {T(tel)} · out-of-hours line {c.hotline()}",
        },
    )
    req = W(
        c,
        {
            "de": "Fass mir den Mailverlauf in zwei Sätzen zusammen und trag den neuen Termin in eine Tabelle ein:",
            "fr": "Résume-moi cet échange en deux phrases et mets le nouveau rendez-vous dans un tableau :",
            "it": "Riassumimi lo scambio in due frasi e metti il nuovo appuntamento in una tabella:",
            "en": "Summarise this thread in two sentences and put the new appointment in a table:",
        },
    )
    return f"{req}\n\n{thread}\n", opts


ROLE_LOCALS = {
    "info",
    "praxis",
    "rezeption",
    "kontakt",
    "office",
    "service",
    "contact",
    "accueil",
    "secretariat",
    "service.client",
    "segreteria",
    "amministrazione",
    "contatti",
    "servizioclienti",
    "reception",
    "hello",
    "support",
    "enquiries",
    "noreply",
    "no-reply",
    "bestellung",
    "commandes",
    "ordini",
    "orders",
    "team",
    "verwaltung",
    "syndic",
    "amministratore",
    "admin",
    "kita",
    "creche",
    "asilo",
    "nursery",
    "frontdesk",
    "empfang",
    "hr",
    "jobs",
    "recrutement",
    "recruiting",
    "careers",
    "fraud",
    "betrug",
    "fraude",
    "frodi",
    "disputes",
    "hotel",
    "booking",
    "prenotazioni",
    "reservations",
    "kundenservice",
    "servizio.clienti",
    "customercare",
    "zaehlerstand",
    "releve",
    "letture",
    "meter",
    "api",
    "interfaces",
}


def EM(addr: str) -> str:
    """Mark an e-mail address unless it is a role mailbox."""
    return addr if addr.split("@")[0] in ROLE_LOCALS else E(addr)


# =============================================================================================
# 2. pharmacy - online-pharmacy orders, dispatch mails and pick-up shelves
# =============================================================================================
PHARMACIES = {
    "de": ["Apotheke am Markt", "Linden-Apotheke", "Rosen-Apotheke Versand", "MediVersand24", "Stadt-Apotheke"],
    "fr": ["Pharmacie du Centre", "Pharmacie de la Gare", "Grande Pharmacie du Marché", "PharmaClic"],
    "it": ["Farmacia San Luca", "Farmacia Centrale", "Farmacia Comunale 3", "FarmaOnline"],
    "en": ["QuickMeds Online Pharmacy", "High Street Chemist", "Parkside Pharmacy", "MedExpress Direct"],
}
DRUGS = {
    "de": [
        "Ibuprofen 400 mg, 20 Stk.",
        "Ramipril 5 mg N3",
        "L-Thyroxin 75 µg, 100 Tbl.",
        "Pantoprazol 20 mg N2",
        "Salbutamol Dosieraerosol",
        "Metformin 1000 mg N3",
        "Vitamin D3 1000 I.E.",
    ],
    "fr": [
        "Doliprane 1000 mg, 8 cp",
        "Lévothyrox 75 µg",
        "Kardégic 75 mg",
        "Ventoline 100 µg",
        "Metformine 850 mg",
        "Spasfon Lyoc 80 mg",
        "Inexium 20 mg",
    ],
    "it": [
        "Tachipirina 1000 mg, 16 cpr",
        "Eutirox 75 mcg",
        "Cardioaspirina 100 mg",
        "Ventolin spray",
        "Metformina 500 mg",
        "Pantorc 20 mg",
        "Brufen 600 mg",
    ],
    "en": [
        "Paracetamol 500 mg x 32",
        "Levothyroxine 75 mcg x 28",
        "Ramipril 5 mg x 28",
        "Salbutamol inhaler",
        "Metformin 500 mg x 56",
        "Omeprazole 20 mg x 28",
        "Sertraline 50 mg x 28",
    ],
}


def t_pharmacy(c: Ctx) -> tuple[str, dict]:
    L = c.lang
    ph = c.ch(PHARMACIES[L])
    pdom = dom(c, ph)
    v = c.i % 3
    cu = c.person()
    dr = c.person()
    if v == 0:
        a = c.addr()
        dob = c.dob(18, 88)
        bad_dob = c.p(0.5)
        dob_s = c.fd(dob, "num") if bad_dob else dob.isoformat()
        neighbour = c.person()
        payer = c.person(last=cu.last) if c.p(0.45) else None
        pay_card = L == "en" and c.region in ("US", "CA", "AU", "NZ") or c.p(0.25)
        err_kind = "dob" if bad_dob else ("pan" if pay_card else "zip")
        item_key = {"de": "pzn", "fr": "cip13", "it": "minsan", "en": "sku"}[L]
        items = [
            {
                item_key: c.dg(8 if L != "fr" else 13),
                "name": c.ch(DRUGS[L]),
                "qty": c.rng.randint(1, 3),
                "price": float(c.money(3, 60).replace(",", ".").strip("€$£CHF ").strip()),
            }
            for _ in range(c.rng.randint(1, 3))
        ]
        note = W(
            c,
            {
                "de": f"Bitte bei Nachbarin Frau {c.name(neighbour, 'last')} (EG links) abgeben",
                "fr": f"Si absent, déposer chez {gendered(c, neighbour, 'M.', 'Mme')} {c.name(neighbour, 'last')} (RDC)",
                "it": f"Se assente lasciare alla vicina sig.ra {c.name(neighbour, 'last')}, piano terra",
                "en": f"If out, leave with {c.name(neighbour, 'first')} at number {c.rng.randint(2, 60)}",
            },
        )
        cust = {
            "customer_no": c.ref("K", 6),
            "first_name": c.name(cu, "first"),
            "last_name": c.name(cu, "last"),
            "date_of_birth": D(dob_s),
            "email": E(c.email(cu)),
            "phone": T(c.phone()),
        }
        ship = {
            "name": c.name(cu, "full"),
            "street": a.street(),
            "zip": a.pc,
            "city": a.town,
            "country": c.region,
            "notes": note,
        }
        if payer:
            pb = c.addr()
            bill = {"name": c.name(payer, "full"), "street": pb.street(), "zip": pb.pc, "city": pb.town}
        else:
            bill = {"same_as_shipping": True}
        if pay_card:
            brand = c.ch(["visa", "mc"])
            pay = {
                "method": "card",
                "brand": {"visa": "visa", "mc": "mastercard"}[brand],
                "pan": C(c.card(brand, 0)),
                "exp": f"{c.rng.randint(1, 12):02d}/{c.rng.randint(27, 31)}",
                "cvc_provided": True,
            }
        elif L == "en" and c.region == "GB":
            pay = {
                "method": "direct_debit",
                "sort_code": f"{c.dg(2)}-{c.dg(2)}-{c.dg(2)}",
                "account_number": c.dg(8),
                "account_holder": c.name(payer or cu, "full"),
            }
        else:
            pay = {
                "method": "sepa_debit",
                "iban": I(c.iban(grouped=False)),
                "mandate_reference": c.ref("MR-", 9),
                "account_holder": c.name(payer or cu, "full"),
            }
        rx = {
            "type": {
                "de": "eRezept",
                "fr": "ordonnance_scannee",
                "it": "ricetta_dematerializzata",
                "en": "prescription",
            }[L],
            "token": c.up(4) + c.dg(12),
            "prescriber": doc_title(c, dr) + " " + c.name(dr, "full"),
            "prescriber_phone": T(c.phone("office")),
        }
        payload = {
            "order_id": f"{c.up(2)}-2026-{c.dg(7)}",
            "created_at": f"{c.future(-3, -1).isoformat()}T{c.rng.randint(7, 22):02d}:{c.dg(1)}{c.dg(1)}:0{c.dg(1)}+01:00",
            "channel": c.ch(["app", "web", "app-ios"]),
            "customer": cust,
            "shipping": ship,
            "billing": bill,
            "prescription": rx,
            "payment": pay,
            "items": items,
            "total": round(sum(x["price"] * x["qty"] for x in items), 2),
        }
        js = jdump(payload, 2, ascii_=c.p(0.3))
        if err_kind == "dob":
            err = f'{{"status": 422, "errors": [{{"field": "customer.date_of_birth", "message": "expected YYYY-MM-DD, got \'{D(dob_s)}\'"}}]}}'
        elif err_kind == "pan":
            err = '{"status": 422, "errors": [{"field": "payment.pan", "message": "raw card data must not be sent; use a payment token"}]}'
        else:
            err = f'{{"status": 422, "errors": [{{"field": "shipping.zip", "message": "zip/city mismatch for country {c.region}"}}]}}'
        req = W(
            c,
            {
                "de": f"Unser Shop-Webhook an die {ph} bekommt bei dieser Bestellung einen 422 zurück. Was stimmt am Payload nicht und wie sollte das Feld aussehen?",
                "fr": f"Le webhook de notre boutique vers la {ph} renvoie une erreur 422 pour cette commande. Qu'est-ce qui ne va pas dans le payload ?",
                "it": f"Il webhook del nostro shop verso la {ph} restituisce un 422 per questo ordine. Cosa c'è di sbagliato nel payload?",
                "en": f"Our shop webhook to {ph} gets a 422 back for this order. What's wrong with the payload and what should the field look like?",
            },
        )
        return (
            f"{req}\n\nPOST https://api.{pdom}/v2/orders\nContent-Type: application/json\n\n{js}\n\nHTTP/1.1 422 Unprocessable Entity\n{err}\n",
            {},
        )
    if v == 1:
        a = c.addr()
        pa = c.addr()
        pharm = c.person()
        mum = c.person("f")
        ma = c.addr()
        order = c.ref("", 8)
        odate = c.fd(c.past(1, 4), "num")
        cemail = c.email(cu)
        co = c.p(0.3)
        coline = ("c/o " + c.name(c.person(), "full") + "\n") if co else ""
        pl = pa.line(c.ch([", ", " · "]))
        body = W(
            c,
            {
                "de": f"Von: {ph} <{role(c, pdom)}>\nAn: {E(cemail)}\nBetreff: Ihre Bestellung {order} ist unterwegs\n\nHallo {c.name(cu, 'full')},\n\nvielen Dank für Ihre Bestellung vom {odate}. Ihr eRezept von {doc_title(c, dr)} {c.name(dr, 'full')} wurde eingelöst.\n\nLieferadresse:\n{c.name(cu, 'full')}\n{coline}{a.block()}\n\nVersand mit DHL, Sendungsnummer 00340{c.dg(15)}.\nBei Fragen zur Einnahme berät Sie unsere Apothekerin/unser Apotheker {c.name(pharm, 'full')} unter {T(c.phone('office'))} (Mo–Sa 8–20 Uhr). Allgemeine Bestellhotline: {c.hotline()}.\n\nIhr Team der {ph}\n{pl}\n\n> Antwort von {c.name(cu, 'full')} <{E(cemail)}>:\n> Hallo, bitte das zweite Paket an meine Mutter {c.name(mum, 'full')} schicken: {ma.line()}. Sie ist unter {T(c.phone('land'))} erreichbar.\n> Danke, {c.name(cu, 'first')}",
                "fr": f"De : {ph} <{role(c, pdom)}>\nÀ : {E(cemail)}\nObjet : votre commande {order} a été expédiée\n\nBonjour {c.name(cu, 'full')},\n\nmerci pour votre commande du {odate}. Votre ordonnance du {doc_title(c, dr)} {c.name(dr, 'full')} a bien été prise en compte.\n\nAdresse de livraison :\n{c.name(cu, 'full')}\n{coline}{a.block()}\n\nEnvoi en Colissimo, suivi 6A{c.dg(11)}.\nPour toute question sur votre traitement, {gendered(c, pharm, 'notre pharmacien', 'notre pharmacienne')} {c.name(pharm, 'full')} vous répond au {T(c.phone('land'))} (lun.–sam. 9h–19h). Service client : {c.hotline()}.\n\nL'équipe de la {ph}\n{pl}\n\n> Réponse de {c.name(cu, 'full')} <{E(cemail)}> :\n> Bonjour, merci d'envoyer le deuxième colis à ma mère, {c.name(mum, 'full')}, {ma.line()}. Elle est joignable au {T(c.phone('land'))}.\n> Merci, {c.name(cu, 'first')}",
                "it": f"Da: {ph} <{role(c, pdom)}>\nA: {E(cemail)}\nOggetto: il suo ordine {order} è stato spedito\n\nGentile {c.name(cu, 'full')},\n\ngrazie per l'ordine del {odate}. La ricetta del {doc_title(c, dr)} {c.name(dr, 'full')} è stata evasa.\n\nIndirizzo di consegna:\n{c.name(cu, 'full')}\n{coline}{a.block()}\n\nSpedizione con BRT, tracking {c.dg(15)}.\nPer domande sull'assunzione può contattare {gendered(c, pharm, 'il nostro farmacista', 'la nostra farmacista')} {c.name(pharm, 'full')} al {T(c.phone('land'))} (lun–sab 8:30–19:30). Numero verde ordini: {c.hotline()}.\n\nLo staff della {ph}\n{pl}\n\n> Risposta di {c.name(cu, 'full')} <{E(cemail)}>:\n> Buongiorno, il secondo pacco va spedito a mia madre {c.name(mum, 'full')}, {ma.line()}. Il suo numero è {T(c.phone('land'))}.\n> Grazie, {c.name(cu, 'first')}",
                "en": f"From: {ph} <{role(c, pdom)}>\nTo: {E(cemail)}\nSubject: Your order {order} is on its way\n\nHi {c.name(cu, 'full')},\n\nthanks for your order of {odate}. Your prescription from {doc_title(c, dr)} {c.name(dr, 'full')} has been dispensed.\n\nDelivery address:\n{c.name(cu, 'full')}\n{coline}{a.block()}\n\nShipped with Royal Mail, tracking {c.up(2)}{c.dg(9)}GB.\nIf you have questions about your medicine, our pharmacist {c.name(pharm, 'full')} is on {T(c.phone('land'))} (Mon-Sat 9-6). Order line: {c.hotline()}.\n\nThe team at {ph}\n{pl}\n\n> Reply from {c.name(cu, 'full')} <{E(cemail)}>:\n> Hi, please send the second parcel to my mum, {c.name(mum, 'full')}, {ma.line()}. Her number is {T(c.phone('land'))}.\n> Thanks, {c.name(cu, 'first')}",
            },
        )
        req = W(
            c,
            {
                "de": "Was genau soll ich der Kundin/dem Kunden jetzt antworten? Hier die Mail:",
                "fr": "Que dois-je répondre au client ? Voici l'échange :",
                "it": "Cosa devo rispondere al cliente? Ecco lo scambio:",
                "en": "How should I reply to the customer? Here's the exchange:",
            },
        )
        return f"{req}\n\n{body}\n", {}
    # v == 2: pick-up shelf list
    hdr = W(
        c,
        {
            "de": ["Fach", "Patient/in", "Geb.", "Präparat", "Arzt/Ärztin", "Rückruf", "Abholung durch"],
            "fr": ["Casier", "Patient", "Né(e) le", "Produit", "Prescripteur", "Rappel", "Retrait par"],
            "it": ["Cassetto", "Paziente", "Nato/a", "Farmaco", "Medico", "Richiamare", "Ritira"],
            "en": ["Shelf", "Patient", "DOB", "Item", "Prescriber", "Call back", "Collected by"],
        },
    )
    rows = []
    for _ in range(c.ch([3, 4, 4, 5])):
        pt = c.person()
        dr2 = c.person()
        pick = ""
        if c.p(0.45):
            kin = c.person(last=pt.last if c.p(0.5) else None)
            pick = W(
                c,
                {
                    "de": gendered(c, kin, "Sohn ", "Tochter ") if c.p(0.5) else "Nachbar/in ",
                    "fr": gendered(c, kin, "fils ", "fille ") if c.p(0.5) else "voisin(e) ",
                    "it": gendered(c, kin, "figlio ", "figlia ") if c.p(0.5) else "badante ",
                    "en": gendered(c, kin, "son ", "daughter ") if c.p(0.5) else "carer ",
                },
            ) + c.name(kin, c.ch(["full", "full", "fi"]))
        rows.append(
            [
                f"{c.ch('ABCD')}{c.rng.randint(1, 12)}",
                c.name(pt, c.ch(["lf", "lf", "LF", "full"])),
                D(c.fd(c.dob(25, 95), c.ch(["num", "num", "short"]))),
                c.ch(DRUGS[L]),
                doc_title(c, dr2) + " " + c.name(dr2, "last"),
                T(c.phone(c.ch(["mobile", "land"]))),
                pick or "–",
            ]
        )
    fmt = c.ch(["md", "fixed"])
    table = md_table(hdr, rows) if fmt == "md" else fixed_table(hdr, rows)
    req = W(
        c,
        {
            "de": f"Das ist unsere Abholfach-Liste ({ph}, Stand {c.fd(TODAY, 'num')}). Schreib mir bitte für jede Zeile eine SMS, dass das Medikament abholbereit ist (ohne Präparatenamen!).",
            "fr": f"Voici la liste des casiers de retrait ({ph}, au {c.fd(TODAY, 'num')}). Rédige un SMS par ligne pour prévenir que la commande est prête (sans nommer le médicament).",
            "it": f"Questa è la lista dei ritiri ({ph}, aggiornata al {c.fd(TODAY, 'num')}). Scrivi un SMS per ogni riga per avvisare che il farmaco è pronto (senza nominarlo).",
            "en": f"This is our collection shelf list ({ph}, as of {c.fd(TODAY, 'num')}). Draft a text for each row saying the order is ready (don't name the medicine).",
        },
    )
    foot = W(
        c,
        {
            "de": "Kühlware in Fach K, Betäubungsmittel nur gegen Ausweis. gez. AM",
            "fr": "Produits froids au frigo K, stupéfiants uniquement sur présentation d'une pièce d'identité. – AM",
            "it": "Prodotti da frigo nel cassetto K, stupefacenti solo con documento. – AM",
            "en": "Fridge items on shelf K, controlled drugs only with photo ID. - AM",
        },
    )
    return f"{req}\n\n{table}\n\n{foot}\n", {}


# =============================================================================================
# 3. wedding - wedding planning sheets, planner mails and vendor/helper exports
# =============================================================================================
VENUES = {
    "de": ["Gut Sonnenhof", "Schloss Rabenstein", "Landgasthof zur Linde", "Alte Ziegelei", "Seehaus am Park"],
    "fr": ["Domaine des Oliviers", "Château de la Roche", "Moulin de Brézé", "La Grange du Lac"],
    "it": ["Villa Le Magnolie", "Tenuta San Vito", "Agriturismo Il Poggio", "Castello di Rivalta"],
    "en": ["Oakwood Barn", "Hartfield Manor", "The Old Boathouse", "Willow Creek Estate"],
}


FLORISTS = {
    "de": ["Blütenzauber", "Blumenwerk", "Floristik Wildwiese"],
    "fr": ["Fleurs de Lune", "L'Atelier Floral", "Au Jardin de Lou"],
    "it": ["Fiori di Campo", "Il Giardino Fiorito", "Petali & Co."],
    "en": ["Petal & Stem", "The Flower Shed", "Bloom Room"],
}


def t_wedding(c: Ctx) -> tuple[str, dict]:
    L = c.lang
    v = c.i % 3
    b1, b2 = c.person("f"), c.person(c.ch("fmm"))
    wdate = c.future(60, 300)
    venue = c.ch(VENUES[L])
    if v == 0:
        w1, w2 = c.person(), c.person()
        a1 = c.addr()
        photo, dj, flor, coord = c.person(), c.person(), c.person("f"), c.person()
        guests = [c.person() for _ in range(c.ch([2, 3]))]
        va = c.addr()
        lab = W(
            c,
            {
                "de": dict(
                    h="Hochzeit",
                    reg="Standesamt",
                    b="Partnerin 1",
                    g="Partner/in 2",
                    w="Trauzeug/in",
                    born="geb.",
                    vend="Dienstleister",
                    what="Was",
                    firm="Firma",
                    who="Kontakt",
                    tel="Telefon",
                    mail="E-Mail",
                    dep="Anzahlung",
                    ph="Fotografie",
                    dj="DJ",
                    fl="Floristik",
                    loc="Location",
                    hotel="Hotelkontingent",
                    contact="Ansprechpartner/in",
                    anm="Anmeldung Eheschließung",
                    till="bis",
                    on="auf",
                ),
                "fr": dict(
                    h="Mariage",
                    reg="Mairie",
                    b="Mariée",
                    g="Conjoint(e)",
                    w="Témoin",
                    born="né(e) le",
                    vend="Prestataires",
                    what="Quoi",
                    firm="Société",
                    who="Contact",
                    tel="Téléphone",
                    mail="E-mail",
                    dep="Acompte",
                    ph="Photographe",
                    dj="DJ",
                    fl="Fleuriste",
                    loc="Lieu",
                    hotel="Bloc hôtel",
                    contact="Interlocuteur",
                    anm="Dépôt du dossier en mairie",
                    till="avant le",
                    on="sur",
                ),
                "it": dict(
                    h="Matrimonio",
                    reg="Comune",
                    b="Sposa",
                    g="Sposo/a",
                    w="Testimone",
                    born="nato/a il",
                    vend="Fornitori",
                    what="Cosa",
                    firm="Ditta",
                    who="Referente",
                    tel="Telefono",
                    mail="E-mail",
                    dep="Acconto",
                    ph="Fotografo",
                    dj="DJ",
                    fl="Fiori",
                    loc="Location",
                    hotel="Camere riservate",
                    contact="Referente",
                    anm="Pubblicazioni in Comune",
                    till="entro il",
                    on="su",
                ),
                "en": dict(
                    h="Wedding",
                    reg="Registry office",
                    b="Bride",
                    g="Partner",
                    w="Witness",
                    born="born",
                    vend="Suppliers",
                    what="What",
                    firm="Company",
                    who="Contact",
                    tel="Phone",
                    mail="Email",
                    dep="Deposit",
                    ph="Photographer",
                    dj="DJ",
                    fl="Florist",
                    loc="Venue",
                    hotel="Hotel block",
                    contact="Contact",
                    anm="Notice of marriage given",
                    till="by",
                    on="to",
                ),
            },
        )
        florist = c.ch(FLORISTS[L])
        fdom = dom(c, florist)
        rows = [
            [
                lab["ph"],
                "–",
                c.name(photo, "full"),
                T(c.phone()),
                E(c.email(photo)),
                f"{c.money(300, 900)} {lab['till']} {c.fd(c.future(10, 50), 'num')} {lab['on']} "
                + (
                    I(c.iban())
                    if c.region not in ("US", "CA", "AU", "NZ")
                    else {"US": "Zelle ", "CA": "e-Transfer ", "AU": "PayID ", "NZ": "PayID "}[c.region]
                    + (E(c.email(photo)) if c.region in ("US", "CA") else T(c.phone()))
                ),
            ],
            [
                lab["dj"],
                c.ch(["Soundwave Events", "Nachtklang", "Beat Factory", "Groove Box"]),
                c.name(dj, c.ch(["full", "first"])),
                T(c.phone()),
                E(c.email(dj)),
                c.money(100, 400),
            ],
            [lab["fl"], florist, c.title(flor) + " " + c.name(flor, "last"), T(c.phone("land")), role(c, fdom), "–"],
        ]
        c.rng.shuffle(rows)
        rows = rows[: c.ch([2, 3, 3])]
        gl = "; ".join(c.name(g_, c.ch(["lf", "full"])) for g_ in guests)
        md = f"""# {lab["h"]} {c.name(b1, "first")} & {c.name(b2, "first")} – {c.fd(wdate, "long")}

## {lab["reg"]}
- {lab["anm"]}: {c.fd(c.future(5, 40), "num")}
- {lab["b"]}: {c.name(b1, "full")} ({lab["born"]} {D(c.fd(c.dob(24, 45)))}), {a1.line()}
- {lab["g"]}: {c.name(b2, "full")}, {lab["born"]} {D(c.fd(c.dob(24, 48)))}
- {lab["w"]} 1: {c.name(w1, "full")}, {lab["born"]} {D(c.fd(c.dob(20, 60)))}, {T(c.phone())}
- {lab["w"]} 2: {c.name(w2, c.ch(["full", "lf"]))}, {T(c.phone())}

## {lab["vend"]}
{md_table([lab["what"], lab["firm"], lab["who"], lab["tel"], lab["mail"], lab["dep"]], rows)}

## {lab["loc"]}
{venue}, {va.line()} – {lab["contact"]}: {c.name(coord, "full")}, {T(c.phone("office"))}

## {lab["hotel"]} ({c.ch(["Hotel Post", "Hôtel du Parc", "Albergo Centrale", "The Station Hotel"])}, Code {c.up(3)}{c.dg(3)})
{gl}
"""
        req = W(
            c,
            {
                "de": "Hier ist unser Hochzeits-Planungsdokument. Mach mir daraus eine Checkliste mit Fristen, sortiert nach Datum:",
                "fr": "Voici notre document de préparation du mariage. Fais-m'en une check-list avec les échéances, triée par date :",
                "it": "Ecco il nostro documento di organizzazione del matrimonio. Trasformalo in una checklist con le scadenze in ordine di data:",
                "en": "Here's our wedding planning doc. Turn it into a checklist with deadlines, sorted by date:",
            },
        )
        return f"{req}\n\n{md}", {}
    if v == 1:
        pl = c.person()
        cake, band = c.person(), c.person()
        plmail = c.email(
            pl,
            dom(
                c,
                W(
                    c,
                    {
                        "de": "Dein grosser Tag",
                        "fr": "Jour J Events",
                        "it": "Sì Lo Voglio",
                        "en": "Happily Ever Planning",
                    },
                ),
            ),
            work=True,
        )
        hair = c.person("f")
        aunt = c.person("f", last=b1.last)
        if c.region in ("US", "CA", "AU", "NZ"):
            pay1 = {"US": "Zelle ", "CA": "Interac e-Transfer ", "AU": "PayID ", "NZ": "bank transfer, a/c "}[c.region]
            pay1 = pay1 + (
                E(c.email(cake))
                if c.region in ("US", "CA")
                else T(c.phone())
                if c.region == "AU"
                else f"{c.dg(2)}-{c.dg(4)}-{c.dg(7)}-{c.dg(2)}"
            )
            pay2 = "Venmo @" + ascii_fold(band.first) + c.dg(2) if c.region == "US" else E(c.email(band))
        else:
            pay1, pay2 = I(c.iban()), I(c.iban())
        text = W(
            c,
            {
                "de": f"Von: {c.name(pl, 'full')} <{E(plmail)}>\nAn: {E(c.email(b1))}, {E(c.email(b2))}\nBetreff: Stand der Dinge – noch {(wdate - TODAY).days} Tage!\n\nLiebe {c.name(b1, 'first')}, liebe/r {c.name(b2, 'first')},\n\nhier kurz der Stand: Die Torte macht {c.name(cake, 'full')} (Konditorei am Eck), Verkostung am {c.fd(c.future(5, 30), 'num')}; bitte die Anzahlung von {c.money(80, 250)} auf {pay1} überweisen (Kontoinhaber/in {c.name(cake, 'full')}). Die Band hat {c.name(band, 'first')} bestätigt, erreichbar unter {T(c.phone())} – die Restzahlung geht an {pay2}. Für Haare & Make-up kommt {c.name(hair, 'full')} ({T(c.phone())}) um 8 Uhr zu euch.\n\nTante {c.name(aunt, 'first')} hat gefragt, ob sie die Tischkarten schreiben darf – ihre Nummer: {T(c.phone('land'))}.\n\nLiebe Grüße\n{c.name(pl, 'first')}\n{c.name(pl, 'full')} · Hochzeitsplanung · {T(c.phone())}",
                "fr": f"De : {c.name(pl, 'full')} <{E(plmail)}>\nÀ : {E(c.email(b1))}, {E(c.email(b2))}\nObjet : point d'étape – J-{(wdate - TODAY).days} !\n\nChère {c.name(b1, 'first')}, cher/chère {c.name(b2, 'first')},\n\npetit point : le gâteau sera fait par {c.name(cake, 'full')}, dégustation le {c.fd(c.future(5, 30), 'num')} ; merci de virer l'acompte de {c.money(80, 250)} sur {pay1} (titulaire : {c.name(cake, 'full')}). Le groupe est confirmé par {c.name(band, 'first')}, joignable au {T(c.phone())} – le solde est à régler sur {pay2}. Pour la coiffure et le maquillage, {c.name(hair, 'full')} ({T(c.phone())}) passera chez vous à 8h.\n\nTata {c.name(aunt, 'first')} propose d'écrire les marque-places – son numéro : {T(c.phone('land'))}.\n\nBises,\n{c.name(pl, 'first')}\n{c.name(pl, 'full')} – wedding planner – {T(c.phone())}",
                "it": f"Da: {c.name(pl, 'full')} <{E(plmail)}>\nA: {E(c.email(b1))}, {E(c.email(b2))}\nOggetto: aggiornamento – mancano {(wdate - TODAY).days} giorni!\n\nCara {c.name(b1, 'first')}, caro/a {c.name(b2, 'first')},\n\nvi aggiorno: la torta la prepara {c.name(cake, 'full')}, degustazione il {c.fd(c.future(5, 30), 'num')}; l'acconto di {c.money(80, 250)} va bonificato su {pay1} (intestato a {c.name(cake, 'full')}). La band è confermata da {c.name(band, 'first')}, cell. {T(c.phone())} – il saldo va su {pay2}. Per trucco e parrucco verrà {c.name(hair, 'full')} ({T(c.phone())}) alle 8.\n\nZia {c.name(aunt, 'first')} chiede se può scrivere i segnaposto – il suo numero: {T(c.phone('land'))}.\n\nUn abbraccio\n{c.name(pl, 'first')}\n{c.name(pl, 'full')} · wedding planner · {T(c.phone())}",
                "en": f"From: {c.name(pl, 'full')} <{E(plmail)}>\nTo: {E(c.email(b1))}, {E(c.email(b2))}\nSubject: Where we are - {(wdate - TODAY).days} days to go!\n\nHi {c.name(b1, 'first')} and {c.name(b2, 'first')},\n\nquick update: the cake is with {c.name(cake, 'full')}, tasting on {c.fd(c.future(5, 30), 'num')}; the {c.money(80, 250)} deposit goes to {pay1} (account name {c.name(cake, 'full')}). The band is confirmed by {c.name(band, 'first')}, on {T(c.phone())} - the balance is payable to {pay2}. Hair and make-up: {c.name(hair, 'full')} ({T(c.phone())}) will be with you at 8am.\n\nAuntie {c.name(aunt, 'first')} asked if she could do the place cards - her number is {T(c.phone('land'))}.\n\nSpeak soon,\n{c.name(pl, 'first')}\n{c.name(pl, 'full')} | Wedding planning | {T(c.phone())}",
            },
        )
        req = W(
            c,
            {
                "de": "Kannst du mir aus der Mail unserer Hochzeitsplanerin eine Liste machen: wer, was, bis wann, wie viel?",
                "fr": "Peux-tu extraire de ce mail de notre wedding planner une liste : qui, quoi, pour quand, combien ?",
                "it": "Puoi ricavare dalla mail della nostra wedding planner un elenco: chi, cosa, entro quando, quanto?",
                "en": "Can you pull a list out of our planner's email: who, what, by when, how much?",
            },
        )
        return f"{req}\n\n{text}\n", {}
    # v == 2: helper/vendor CSV from a wedding app
    hdr = W(
        c,
        {
            "de": "rolle,name,telefon,email,ankunft,notiz",
            "fr": "role,nom,telephone,email,arrivee,note",
            "it": "ruolo,nome,telefono,email,arrivo,nota",
            "en": "role,name,phone,email,arrival,note",
        },
    )
    roles = W(
        c,
        {
            "de": ["Trauzeugin", "Trauzeuge", "Fotograf", "Kinderbetreuung", "Fahrdienst", "Deko-Team", "Redner/in"],
            "fr": ["Témoin", "Témoin", "Photographe", "Baby-sitter", "Navette", "Déco", "Officiant laïque"],
            "it": [
                "Testimone",
                "Testimone",
                "Fotografo",
                "Animazione bambini",
                "Navetta",
                "Allestimento",
                "Celebrante",
            ],
            "en": [
                "Maid of honour",
                "Best man",
                "Photographer",
                "Kids' corner",
                "Shuttle driver",
                "Decor team",
                "Celebrant",
            ],
        },
    )
    rows = [hdr]
    sep = ","
    for k in range(c.ch([4, 5, 5])):
        pr = c.person()
        note = c.ch(["", "", "veg", "allergy", "kid", "addr"])
        ntxt = {
            "": "",
            "veg": W(c, {"de": "vegetarisch", "fr": "végétarien", "it": "vegetariano", "en": "vegetarian"}),
            "allergy": W(
                c, {"de": "Nussallergie", "fr": "allergie aux noix", "it": "allergia frutta secca", "en": "nut allergy"}
            ),
            "kid": W(
                c, {"de": "bringt Sohn ", "fr": "vient avec son fils ", "it": "porta il figlio ", "en": "bringing son "}
            )
            + c.name(c.person("m", last=pr.last), "first"),
            "addr": W(c, {"de": "Abholung ", "fr": "prise en charge ", "it": "prendere a ", "en": "pick-up at "})
            + c.addr().line(),
        }[note]
        rows.append(
            csv_row(
                [
                    roles[k],
                    c.name(pr, c.ch(["full", "full", "lf"])),
                    T(c.phone()),
                    E(c.email(pr)) if c.p(0.8) else "",
                    c.ch(["10:00", "11:30", "13:00", "14:15", "09:00"]),
                    ntxt,
                ],
                sep,
            )
        )
    req = W(
        c,
        {
            "de": f"Export aus unserer Hochzeits-App ({c.fd(wdate, 'num')}, {venue}). Mach mir daraus einen Ablaufplan für den Tag mit Telefonliste:",
            "fr": f"Export de notre appli mariage ({c.fd(wdate, 'num')}, {venue}). Fais-moi un déroulé de la journée avec la liste des numéros :",
            "it": f"Export dalla nostra app del matrimonio ({c.fd(wdate, 'num')}, {venue}). Fammi una scaletta della giornata con l'elenco dei numeri:",
            "en": f"Export from our wedding app ({c.fd(wdate, 'num')}, {venue}). Make me a run sheet for the day with a phone list:",
        },
    )
    return f"{req}\n\n" + "\n".join(rows) + "\n", {}


# =============================================================================================
# 4. checkin - gym and club check-in / access-control exports and member profiles
# =============================================================================================
GYMS = {
    "de": ["FitWerk", "Kraftraum Süd", "TSV Sportpark", "Boulderhalle Griffig", "Aqua Vital"],
    "fr": ["Club Forme Plus", "Salle Énergie", "Bloc Session", "Piscine des Dauphins"],
    "it": ["Palestra Olimpia", "FitZone", "Centro Sportivo Arcobaleno", "Boulder Lab"],
    "en": ["PureGym Riverside", "Iron Works Gym", "Community Leisure Centre", "Crux Climbing Wall"],
}


def t_checkin(c: Ctx) -> tuple[str, dict]:
    L = c.lang
    gym = c.ch(GYMS[L])
    v = c.i % 3
    if v == 0:
        mem = [c.person() for _ in range(c.ch([3, 4]))]
        nos = {id(m): c.ref("M", 5) for m in mem}
        style = c.ch(["lf", "full", "LF"])
        log = []
        quoted = c.p(0.4)
        t0 = dt.datetime(2026, 11, c.rng.randint(1, 20), 6, 0)
        for _ in range(c.ch([6, 7, 8])):
            m = c.ch(mem)
            t0 += dt.timedelta(minutes=c.rng.randint(20, 1500))
            nm = c.name(m, style)
            log.append(
                csv_row(
                    [
                        t0.strftime("%Y-%m-%d %H:%M:%S"),
                        nos[id(m)],
                        nm,
                        f"{c.dg(2)}:{c.up(2)}:{c.dg(2)}:{c.up(2)}",
                        W(
                            c,
                            {
                                "de": c.ch(["Drehkreuz 1", "Drehkreuz 2", "Sauna"]),
                                "fr": c.ch(["Entrée", "Tourniquet B", "Piscine"]),
                                "it": c.ch(["Ingresso", "Tornello 2", "Spogliatoi"]),
                                "en": c.ch(["Turnstile A", "Door 2", "Pool"]),
                            },
                        ),
                        c.ch(["OK", "OK", "OK", "DENIED"]),
                    ],
                    ",",
                    always=quoted,
                )
            )
        lh = W(
            c,
            {
                "de": "zeit,mitgliedsnr,name,chip_uid,zugang,ergebnis",
                "fr": "horodatage,num_membre,nom,uid_badge,acces,resultat",
                "it": "data_ora,n_socio,nominativo,uid_tessera,varco,esito",
                "en": "timestamp,member_no,name,tag_uid,door,result",
            },
        )
        master_h = W(
            c,
            {
                "de": ["Mitgliedsnr.", "Name", "Geb.-Datum", "E-Mail", "Mobil", "Tarif"],
                "fr": ["N° membre", "Nom", "Date de naissance", "E-mail", "Portable", "Formule"],
                "it": ["N. socio", "Nominativo", "Data di nascita", "E-mail", "Cellulare", "Abbonamento"],
                "en": ["Member no", "Name", "Date of birth", "Email", "Mobile", "Plan"],
            },
        )
        master = [
            [
                nos[id(m)],
                c.name(m, "full"),
                D(c.fd(c.dob(16, 70), "num")),
                E(c.email(m)),
                T(c.phone()),
                c.ch(["Flex", "Premium", "Student", "Off-Peak", "Family"]),
            ]
            for m in mem[: c.ch([2, 3])]
        ]
        req = W(
            c,
            {
                "de": f"Unten der Zutritts-Log von {gym} für November und ein Auszug aus der Mitgliederliste. Wer hatte einen abgelehnten Zutritt, und stimmt der Tarif bei diesen Leuten?",
                "fr": f"Voici le journal d'accès de {gym} pour novembre et un extrait de la liste des membres. Qui a eu un accès refusé et la formule est-elle cohérente ?",
                "it": f"Qui sotto il log degli accessi di {gym} di novembre e un estratto dell'elenco soci. Chi ha avuto un accesso negato e l'abbonamento è corretto?",
                "en": f"Below is the access log from {gym} for November plus an extract of the member list. Who got a DENIED entry and does their plan explain it?",
            },
        )
        return f"{req}\n\n{lh}\n" + "\n".join(log) + f"\n\n{md_table(master_h, master)}\n", {}
    if v == 1:
        out = []
        for _ in range(c.ch([2, 2, 3])):
            m = c.person()
            a = c.addr()
            em = c.person()
            minor = c.p(0.25)
            prof = {
                "memberId": c.ref("", 7),
                "firstName": c.name(m, "first"),
                "lastName": c.name(m, "last"),
                "birthDate": D(c.dob(10, 17).isoformat() if minor else c.dob(18, 75).isoformat()),
                "email": E(c.email(m)),
                "mobile": T(c.phone(style=c.ch([1, 3]))),
                "address": {"street": a.street(), "postalCode": a.pc, "city": a.town, "country": c.region},
                "contract": {
                    "plan": c.ch(["BASIC_12M", "PREMIUM_24M", "FLEX_MONTHLY", "YOUTH"]),
                    "start": c.past(20, 900).isoformat(),
                    "fee": c.money(19, 89),
                },
                "emergencyContact": {
                    "name": c.name(em, "full"),
                    "relation": c.ch(
                        ["partner", "friend"]
                        + (["mother", "sister", "daughter"] if em.g == "f" else ["father", "brother", "son"])
                    ),
                    "phone": T(c.phone()),
                },
            }
            if c.region in ("US", "CA", "AU", "NZ"):
                prof["billing"] = {"method": "card", "cardLast4": c.dg(4), "token": "tok_" + c.up(6) + c.dg(6)}
            else:
                holder = c.person(last=m.last) if minor else m
                prof["billing"] = {
                    "method": "SEPA" if c.region != "GB" else "BACS",
                    **(
                        {"iban": I(c.iban(grouped=False))}
                        if c.region != "GB"
                        else {"sortCode": f"{c.dg(2)}-{c.dg(2)}-{c.dg(2)}", "accountNo": c.dg(8)}
                    ),
                    "accountHolder": c.name(holder, "full"),
                }
            out.append(prof)
        js = jdump(
            {"exportedAt": f"{TODAY.isoformat()}T07:1{c.dg(1)}:00Z", "club": gym, "members": out}, 2, ascii_=c.p(0.25)
        )
        req = W(
            c,
            {
                "de": "Ich muss diese Mitgliederdaten aus unserer alten Studio-Software in ein CSV für das neue System bringen (Spalten: Nachname; Vorname; Geburtsdatum; Straße; PLZ; Ort; IBAN). Kannst du das umwandeln?",
                "fr": "Je dois convertir ces fiches membres de notre ancien logiciel en CSV pour le nouveau système (colonnes : nom; prénom; date de naissance; rue; CP; ville; IBAN). Tu peux le faire ?",
                "it": "Devo portare questi dati soci dal vecchio gestionale a un CSV per il nuovo sistema (colonne: cognome; nome; data di nascita; via; CAP; città; IBAN). Puoi convertirli?",
                "en": "I need to move these member records from our old gym software into a CSV for the new system (columns: surname, first name, DOB, street, postcode, town, billing). Can you convert them?",
            },
        )
        return f"{req}\n\n```json\n{js}\n```\n", {}
    # v == 2: front-desk handover notes
    staff = c.person()
    leads = [c.person() for _ in range(c.ch([2, 3]))]
    lines = []
    for ld in leads:
        buddy = c.person()
        lines.append(
            W(
                c,
                {
                    "de": f"- Probetraining {c.ch(['Mo', 'Di', 'Mi', 'Do', 'Fr'])} {c.hm()}: {c.name(ld, 'full')}, {T(c.phone())}, {E(c.email(ld))} – kommt mit {c.name(buddy, 'first')} (schon Mitglied)",
                    "fr": f"- Séance d'essai {c.ch(['lun.', 'mar.', 'mer.', 'jeu.', 'ven.'])} {c.hm()} : {c.name(ld, 'full')}, {T(c.phone())}, {E(c.email(ld))} – vient avec {c.name(buddy, 'first')} (déjà membre)",
                    "it": f"- Prova gratuita {c.ch(['lun', 'mar', 'mer', 'gio', 'ven'])} {c.hm()}: {c.name(ld, 'full')}, {T(c.phone())}, {E(c.email(ld))} – viene con {c.name(buddy, 'first')} (già socio)",
                    "en": f"- Trial session {c.ch(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {c.hm()}: {c.name(ld, 'full')}, {T(c.phone())}, {E(c.email(ld))} - coming with {c.name(buddy, 'first')} (existing member)",
                },
            )
        )
    lost = c.person()
    susp = c.person()
    coach = c.person()
    lines.append(
        W(
            c,
            {
                "de": f"- Fundsache: Schlüsselbund mit Chip {c.dg(6)} – gehört {c.name(lost, 'fi')}, Bescheid gegeben unter {T(c.phone())}",
                "fr": f"- Objet trouvé : trousseau avec badge {c.dg(6)} – à {c.name(lost, 'fi')}, prévenu(e) au {T(c.phone())}",
                "it": f"- Oggetto smarrito: chiavi con tessera {c.dg(6)} – di {c.name(lost, 'fi')}, avvisato/a al {T(c.phone())}",
                "en": f"- Lost property: keys with fob {c.dg(6)} - belongs to {c.name(lost, 'fi')}, left a message on {T(c.phone())}",
            },
        )
    )
    lines.append(
        W(
            c,
            {
                "de": f"- Vertrag ruhend gestellt: {c.name(susp, 'lf')} (geb. {D(c.fd(c.dob(18, 70)))}), Attest kommt per Mail",
                "fr": f"- Contrat suspendu : {c.name(susp, 'lf')} ({gendered(c, susp, 'né', 'née')} le {D(c.fd(c.dob(18, 70)))}), certificat médical à venir",
                "it": f"- Abbonamento sospeso: {c.name(susp, 'it')} ({gendered(c, susp, 'nato', 'nata')} il {D(c.fd(c.dob(18, 70)))}), certificato medico in arrivo",
                "en": f"- Membership frozen: {c.name(susp, 'lf')} (DOB {D(c.fd(c.dob(18, 70)))}), doctor's note to follow",
            },
        )
    )
    lines.append(
        W(
            c,
            {
                "de": f"- Kurs Rücken-Fit am Do übernimmt {c.name(coach, 'first')} statt {c.name(c.person(), 'first')}",
                "fr": f"- Le cours Pilates de jeudi sera assuré par {c.name(coach, 'first')} à la place de {c.name(c.person(), 'first')}",
                "it": f"- Il corso di pilates di giovedì lo tiene {c.name(coach, 'first')} al posto di {c.name(c.person(), 'first')}",
                "en": f"- Thursday's spin class: {c.name(coach, 'first')} covering for {c.name(c.person(), 'first')}",
            },
        )
    )
    c.rng.shuffle(lines)
    head = W(
        c,
        {
            "de": f"Übergabe Frühschicht → Spätschicht, {gym}, {c.fd(TODAY, 'num')} ({c.name(staff, 'first')})",
            "fr": f"Passation matin → soir, {gym}, {c.fd(TODAY, 'num')} ({c.name(staff, 'first')})",
            "it": f"Passaggio consegne mattina → sera, {gym}, {c.fd(TODAY, 'num')} ({c.name(staff, 'first')})",
            "en": f"Handover early → late shift, {gym}, {c.fd(TODAY, 'num')} ({c.name(staff, 'first')})",
        },
    )
    req = W(
        c,
        {
            "de": "Mach aus meinen Übergabe-Notizen eine ordentliche Liste mit To-dos für die Spätschicht:",
            "fr": "Transforme mes notes de passation en liste de tâches propre pour l'équipe du soir :",
            "it": "Trasforma i miei appunti in una lista ordinata di cose da fare per il turno serale:",
            "en": "Turn my handover notes into a tidy to-do list for the late shift:",
        },
    )
    low = c.p(0.3)
    body = f"{req}\n\n{head}\n" + "\n".join(lines) + "\n"
    if low:
        i = body.index("\n\n") + 2
        return body[:i] + body[i:].lower(), {}
    return body, {}


# =============================================================================================
# 5. interview - job interview scheduling threads, panel schedules and reference checks
# =============================================================================================
ROOMS = {
    "de": ["Raum Lise Meitner", "Konferenzraum Humboldt", "Besprechungsraum Kepler", "Raum Hedy Lamarr"],
    "fr": ["salle Simone Veil", "salle Pasteur", "salle Marie Curie", "salle Jules Verne"],
    "it": ["sala Rita Levi-Montalcini", "sala Fermi", "sala Volta", "sala Grazia Deledda"],
    "en": ["the Ada Lovelace room", "the Turing room", "Brunel meeting room", "the Rosalind Franklin suite"],
}
JOBS = {
    "de": [
        "Sachbearbeiter/in Buchhaltung",
        "Junior Data Analyst (m/w/d)",
        "Pflegefachkraft",
        "Werkstudent/in Marketing",
    ],
    "fr": ["Assistant(e) comptable", "Chargé(e) de clientèle", "Développeur back-end (H/F)", "Infirmier/ère de nuit"],
    "it": ["Impiegato/a amministrativo/a", "Sviluppatore Java", "Addetto/a all'accoglienza", "Educatore/trice"],
    "en": ["Accounts Assistant", "Junior Data Analyst", "Staff Nurse (Band 5)", "Customer Success Manager"],
}


def town_name(c: Ctx, key: str) -> str:
    """A town of the region (from the lists written here; Faker's city() is not hash-seed stable)."""
    t = c.ch(TOWNS[key])
    return t[0] if key in ("GB", "IE", "US", "CA", "AU") else t[1]


def t_interview(c: Ctx) -> tuple[str, dict]:
    L = c.lang
    firm = c.company()
    fdom = dom(c, firm)
    job = c.ch(JOBS[L])
    v = c.i % 3
    if v == 0:
        rec, cand, p1, p2, ref = c.person(), c.person(), c.person(), c.person(), c.person()
        oa = c.addr()
        remail, cemail = c.email(rec, fdom, work=True), c.email(cand)
        slots = [c.future(3, 20) for _ in range(2)]
        room = c.ch(ROOMS[L])
        dial = c.hotline() + f",,{c.dg(9)}#"
        rtel = c.phone("office")
        ca = c.addr()
        refmail = c.email(ref, dom(c, c.company()), work=True)
        t = W(
            c,
            {
                "de": f"Von: {c.name(rec, 'full')} <{E(remail)}>\nAn: {E(cemail)}\nBetreff: Einladung zum Vorstellungsgespräch – {job} (Ref. {c.ref('JR-', 5)})\n\n{c.dear(cand)},\n\nvielen Dank für Ihre Bewerbung. Wir würden Sie gern kennenlernen und schlagen vor:\n- {week(c, slots[0])}, {c.fd(slots[0], 'num')}, {c.hm()} Uhr\n- {week(c, slots[1])}, {c.fd(slots[1], 'num')}, {c.hm()} Uhr\n\nIm Gespräch sitzen {c.name(p1, 'full')} (Teamleitung) und {c.name(p2, 'full')} (HR). Wir treffen uns in unserem Büro, {oa.line()}, {room}, 3. OG – bitte melden Sie sich am Empfang ({T(c.phone('office'))}). Alternativ per Teams, Einwahl {dial}.\n\nViele Grüße\n{c.name(rec, 'full')}\nTalent Acquisition · {firm}\nTel. {T(rtel)}\n\n----- Antwort -----\nGuten Tag Frau/Herr {c.name(rec, 'last')},\n\nder zweite Termin passt mir sehr gut. Falls Sie mich kurzfristig erreichen müssen: {T(c.phone())}. Meine Referenz {c.name(ref, 'full')} (ehem. Vorgesetzte/r) ist unter {T(c.phone('office'))} bzw. {E(refmail)} erreichbar.\n\nBeste Grüße\n{c.name(cand, 'full')}\n{ca.block()}",
                "fr": f"De : {c.name(rec, 'full')} <{E(remail)}>\nÀ : {E(cemail)}\nObjet : entretien – {job} (réf. {c.ref('REF-', 5)})\n\n{c.dear(cand)},\n\nnous vous remercions pour votre candidature et souhaiterions vous rencontrer. Nous vous proposons :\n- le {week(c, slots[0])} {c.fd(slots[0], 'num')} à {c.hm()}\n- le {week(c, slots[1])} {c.fd(slots[1], 'num')} à {c.hm()}\n\nVous rencontrerez {c.name(p1, 'full')} (responsable d'équipe) et {c.name(p2, 'full')} (RH). L'entretien aura lieu dans nos locaux, {oa.line()}, {room}, 3e étage ; merci de vous présenter à l'accueil ({T(c.phone('land'))}). Possible aussi en visio, numéro d'accès {dial}.\n\nBien cordialement,\n{c.name(rec, 'full')}\nRecrutement – {firm}\nTél. {T(rtel)}\n\n----- Réponse -----\nBonjour {gendered(c, rec, 'Monsieur', 'Madame')} {c.name(rec, 'last')},\n\nle second créneau me convient parfaitement. En cas de besoin, je suis joignable au {T(c.phone())}. Ma référence, {c.name(ref, 'full')} (ancien·ne responsable), peut être contactée au {T(c.phone('land'))} ou à {E(refmail)}.\n\nBien à vous,\n{c.name(cand, 'full')}\n{ca.block()}",
                "it": f"Da: {c.name(rec, 'full')} <{E(remail)}>\nA: {E(cemail)}\nOggetto: colloquio – {job} (rif. {c.ref('RIF', 5)})\n\n{c.dear(cand)},\n\nla ringraziamo per la candidatura e vorremmo conoscerla. Le proponiamo:\n- {week(c, slots[0])} {c.fd(slots[0], 'num')} alle {c.hm()}\n- {week(c, slots[1])} {c.fd(slots[1], 'num')} alle {c.hm()}\n\nAl colloquio saranno presenti {c.name(p1, 'full')} (responsabile del team) e {c.name(p2, 'full')} (HR). Ci vediamo nella nostra sede, {oa.line()}, {room}, terzo piano; si presenti alla reception ({T(c.phone('land'))}). In alternativa su Teams, numero di accesso {dial}.\n\nCordiali saluti\n{c.name(rec, 'full')}\nSelezione del personale – {firm}\nTel. {T(rtel)}\n\n----- Risposta -----\nGentile {c.name(rec, 'full')},\n\nil secondo orario mi va benissimo. Per urgenze sono raggiungibile al {T(c.phone())}. La mia referenza, {c.name(ref, 'full')} (ex responsabile), è contattabile al {T(c.phone('land'))} o a {E(refmail)}.\n\nCordiali saluti\n{c.name(cand, 'full')}\n{ca.block()}",
                "en": f"From: {c.name(rec, 'full')} <{E(remail)}>\nTo: {E(cemail)}\nSubject: Interview invitation - {job} (ref {c.ref('REQ-', 5)})\n\n{c.dear(cand)},\n\nthank you for applying. We'd love to meet you and can offer:\n- {week(c, slots[0])} {c.fd(slots[0], 'num')}, {c.hm()}\n- {week(c, slots[1])} {c.fd(slots[1], 'num')}, {c.hm()}\n\nYou'll meet {c.name(p1, 'full')} (team lead) and {c.name(p2, 'full')} (People team). We're at {oa.line()}, {room} on the 3rd floor - please sign in at reception ({T(c.phone('land'))}). Or join on Teams, dial-in {dial}.\n\nBest wishes,\n{c.name(rec, 'full')}\nTalent Acquisition, {firm}\nT: {T(rtel)}\n\n----- Reply -----\nHi {c.name(rec, 'first')},\n\nthe second slot works well for me. If you need me at short notice I'm on {T(c.phone())}. My referee, {c.name(ref, 'full')} (former line manager), can be reached on {T(c.phone('land'))} or {E(refmail)}.\n\nKind regards,\n{c.name(cand, 'full')}\n{ca.block()}",
            },
        )
        req = W(
            c,
            {
                "de": "Kannst du mir aus dieser Mail einen Kalendereintrag (Titel, Ort, Teilnehmer) machen?",
                "fr": "Peux-tu me créer l'invitation calendrier (titre, lieu, participants) à partir de cet échange ?",
                "it": "Mi prepari l'invito di calendario (titolo, luogo, partecipanti) a partire da questa mail?",
                "en": "Can you turn this into a calendar invite (title, location, attendees)?",
            },
        )
        return f"{req}\n\n{t}\n", {}
    if v == 1:
        panel = [c.person() for _ in range(4)]
        hdr = W(
            c,
            {
                "de": ["Kandidat/in", "E-Mail", "Telefon", "Slot", "Panel", "Status"],
                "fr": ["Candidat(e)", "E-mail", "Téléphone", "Créneau", "Jury", "Statut"],
                "it": ["Candidato/a", "E-mail", "Telefono", "Slot", "Commissione", "Stato"],
                "en": ["Candidate", "Email", "Phone", "Slot", "Panel", "Status"],
            },
        )
        rows = []
        for _ in range(c.ch([3, 4, 4])):
            cd = c.person()
            d = c.future(2, 12)
            pa = c.rng.sample(panel, 2)
            pst = c.ch(["ini", "first", "full"])
            rows.append(
                [
                    c.name(cd, c.ch(["full", "full", "lf"])),
                    E(c.email(cd)),
                    T(c.phone()),
                    f"{c.fd(d, 'num')} {c.hm()}",
                    " / ".join(c.name(x, pst) for x in pa),
                    c.ch(["confirmed", "invited", "rescheduled", "no reply"])
                    if L == "en"
                    else c.ch(["bestätigt", "eingeladen", "verschoben", "offen"])
                    if L == "de"
                    else c.ch(["confirmé", "invité", "reporté", "sans réponse"])
                    if L == "fr"
                    else c.ch(["confermato", "invitato", "spostato", "nessuna risposta"]),
                ]
            )
        off = c.ch(panel)
        d_off = c.future(2, 12)
        req = W(
            c,
            {
                "de": f"Aus unserem Bewerbermanagement ({job}): {c.name(off, 'full')} ist am {c.fd(d_off, 'num')} krank/abwesend. Welche Gespräche müssen wir verschieben, und kannst du die Absage-Mails entwerfen?",
                "fr": f"Export de notre outil de recrutement ({job}) : {c.name(off, 'full')} sera absent(e) le {c.fd(d_off, 'num')}. Quels entretiens faut-il déplacer ? Rédige aussi les mails.",
                "it": f"Export del nostro gestionale selezione ({job}): {c.name(off, 'full')} sarà assente il {c.fd(d_off, 'num')}. Quali colloqui vanno spostati? Scrivi anche le mail.",
                "en": f"From our ATS ({job}): {c.name(off, 'full')} is off on {c.fd(d_off, 'num')}. Which interviews do we need to move, and can you draft the emails?",
            },
        )
        tbl = md_table(hdr, rows) if c.p(0.6) else "\n".join(["\t".join(hdr)] + ["\t".join(r) for r in rows])
        return f"{req}\n\n{tbl}\n", {}
    # v == 2: pre-employment check form
    cand = c.person()
    a_now, a_old = c.addr(), c.addr()
    refs = [c.person() for _ in range(2)]
    lab = W(
        c,
        {
            "de": dict(
                t="Personalfragebogen / Referenzfreigabe",
                n="Name, Vorname",
                bn="Geburtsname",
                dob="Geburtsdatum",
                pob="Geburtsort",
                a="Anschrift",
                ao="Vorherige Anschrift (letzte 3 Jahre)",
                tel="Telefon",
                mail="E-Mail",
                r="Referenz",
                co="Firma",
                sig="Ort, Datum, Unterschrift",
                nat="Staatsangehörigkeit",
                idn="Steuer-ID",
            ),
            "fr": dict(
                t="Formulaire de pré-embauche / références",
                n="Nom, prénom",
                bn="Nom de naissance",
                dob="Date de naissance",
                pob="Lieu de naissance",
                a="Adresse",
                ao="Adresse précédente (3 dernières années)",
                tel="Téléphone",
                mail="Courriel",
                r="Référence",
                co="Entreprise",
                sig="Lieu, date, signature",
                nat="Nationalité",
                idn="N° de sécurité sociale",
            ),
            "it": dict(
                t="Modulo pre-assunzione / referenze",
                n="Cognome e nome",
                bn="Cognome da nubile",
                dob="Data di nascita",
                pob="Luogo di nascita",
                a="Indirizzo",
                ao="Indirizzo precedente (ultimi 3 anni)",
                tel="Telefono",
                mail="E-mail",
                r="Referenza",
                co="Azienda",
                sig="Luogo, data, firma",
                nat="Cittadinanza",
                idn="Codice fiscale",
            ),
            "en": dict(
                t="Pre-employment screening form",
                n="Surname, forename(s)",
                bn="Previous surname",
                dob="Date of birth",
                pob="Place of birth",
                a="Current address",
                ao="Previous address (last 3 years)",
                tel="Phone",
                mail="Email",
                r="Referee",
                co="Company",
                sig="Signed / date",
                nat="Nationality",
                idn="NI number",
            ),
        },
    )
    idv = {
        "de": f"{c.dg(2)} {c.dg(3)} {c.dg(3)} {c.dg(3)}",
        "fr": f"{c.ch('12')} {c.dg(2)} {c.dg(2)} {c.dg(2)} {c.dg(3)} {c.dg(3)} {c.dg(2)}",
        "it": f"{c.up(6)}{c.dg(2)}{c.up(1)}{c.dg(2)}{c.up(1)}{c.dg(3)}{c.up(1)}",
        "en": f"{c.up(2)} {c.dg(2)} {c.dg(2)} {c.dg(2)} {c.ch('ABCD')}",
    }[L]
    maiden = c.person("f")
    lines = [f"{lab['t']} – {firm} – {job}", "", f"{lab['n']}: {c.name(cand, c.ch(['lf', 'L,F']))}"]
    if cand.g == "f" and c.p(0.5):
        lines.append(f"{lab['bn']}: {c.name(maiden, 'last')}")
    lines += [
        f"{lab['dob']}: {D(c.fd(c.dob(19, 60)))}    {lab['pob']}: {town_name(c, c.key) if c.p(0.5) else c.ch(['Lyon', 'Graz', 'Bari', 'Leeds', 'Izmir', 'Kraków'])}",
        f"{lab['nat']}: {c.ch(['DE', 'AT', 'CH', 'FR', 'IT', 'GB', 'IE', 'PT', 'PL', 'TR', 'UA'])}    {lab['idn']}: {idv}",
        f"{lab['a']}: {a_now.line()}",
        f"{lab['ao']}: {a_old.line()}",
        f"{lab['tel']}: {T(c.phone())}    {lab['mail']}: {E(c.email(cand))}",
        "",
    ]
    for k, r in enumerate(refs, 1):
        co = c.company()
        lines.append(
            f"{lab['r']} {k}: {c.name(r, 'full')}, {co}, {T(c.phone('office'))}, {E(c.email(r, dom(c, co), work=True))}"
        )
    lines += ["", f"{lab['sig']}: {a_now.town}, {c.fd(TODAY, 'num')}, {c.name(cand, 'full')}"]
    req = W(
        c,
        {
            "de": "Schreib bitte an beide Referenzen eine kurze, höfliche Anfrage für ein Telefonat – Daten aus dem Formular:",
            "fr": "Rédige pour les deux références une demande courte et polie d'entretien téléphonique – voici le formulaire :",
            "it": "Scrivi alle due referenze una breve richiesta cortese per una telefonata – ecco il modulo:",
            "en": "Please write a short, polite note to both referees asking for a call - details from the form:",
        },
    )
    return f"{req}\n\n" + "\n".join(lines) + "\n", {}


# =============================================================================================
# 6. hoa - owners' associations: meeting invitations with owner lists, proxies, leak threads
# =============================================================================================
def t_hoa(c: Ctx) -> tuple[str, dict]:

    v = c.i % 3
    prop = c.addr(unit=0)
    mgr = c.person()
    mfirm = W(
        c,
        {
            "de": c.ch(["Hausverwaltung Sonnleitner GmbH", "Immobilienverwaltung Mitte", "WEG-Service Nord"]),
            "fr": c.ch(["Cabinet Gestimmo", "Syndic Foncia Léman", "Régie du Centre"]),
            "it": c.ch(
                [
                    "Studio Amministrazioni Condominiali Rossi & Co.",
                    "Gestioni Immobiliari Duomo",
                    "Amministrazione Stabili Lario",
                ]
            ),
            "en": c.ch(["Parkside Property Management", "Harbour Block Management Ltd", "Summit Strata Services"]),
        },
    )
    mdom = dom(c, mfirm)
    ma = c.addr(po=c.p(0.2))
    memail = c.email(mgr, mdom, work=True)
    mtel = c.phone("office")
    prop_s = prop.line()
    if v == 0:
        rows = []
        hdr = W(
            c,
            {
                "de": ["Einheit", "Eigentümer/in", "Zustellanschrift", "E-Mail"],
                "fr": ["Lot", "Copropriétaire(s)", "Adresse de correspondance", "Courriel"],
                "it": ["Unità", "Condomino/i", "Recapito", "E-mail"],
                "en": ["Unit", "Owner(s)", "Correspondence address", "Email"],
            },
        )
        for k in range(c.ch([4, 4, 5])):
            o = c.person()
            names = c.name(o, c.ch(["lf", "full", "LF"]))
            if c.p(0.3):
                o2 = c.person(last=o.last)
                names += W(c, {"de": " und ", "fr": " et ", "it": " e ", "en": " and "}) + c.name(o2, "full")
            self_use = c.p(0.6)
            rows.append(
                [
                    W(
                        c,
                        {
                            "de": c.ch(["W", "Whg. ", "EG-"]),
                            "fr": c.ch(["Lot ", "", "A"]),
                            "it": c.ch(["Int. ", "Sc. A/", ""]),
                            "en": c.ch(["Unit ", "Flat ", "Apt "]),
                        },
                    )
                    + str(k + 1 + c.rng.randint(0, 3) * 10),
                    names,
                    W(c, {"de": "(selbstnutzend)", "fr": "(occupant)", "it": "(residente)", "en": "(resident)"})
                    if self_use
                    else c.addr().line(),
                    E(c.email(o)) if c.p(0.75) else "–",
                ]
            )
        venue = c.addr()
        d = c.future(20, 50)
        iban = c.iban() if c.region not in ("US", "CA", "AU", "NZ") else None
        pay = (
            W(
                c,
                {
                    "de": f"zahlbar bis {c.fd(c.future(60, 90), 'num')} auf das WEG-Konto {I(iban)}",
                    "fr": f"à régler avant le {c.fd(c.future(60, 90), 'num')} sur le compte du syndicat {I(iban)}",
                    "it": f"da versare entro il {c.fd(c.future(60, 90), 'num')} sul conto condominiale {I(iban)}",
                    "en": f"payable by {c.fd(c.future(60, 90), 'num')} to the service charge account {I(iban)}",
                },
            )
            if iban
            else f"payable by {c.fd(c.future(60, 90), 'num')} via the owner portal (routing {c.dg(9)}, account {c.dg(10)})"
        )
        t = W(
            c,
            {
                "de": f"EINLADUNG zur ordentlichen Eigentümerversammlung\nWEG {prop_s}\n\nTermin: {week(c, d)}, {c.fd(d, 'num')}, 18:30 Uhr\nOrt: Gemeindesaal, {venue.line()}\n\nTagesordnung\n1. Begrüßung, Feststellung der Beschlussfähigkeit\n2. Jahresabrechnung 2025, Entlastung der Verwaltung\n3. Wirtschaftsplan 2027 (Hausgeld +4 %)\n4. Sonderumlage Dachsanierung: {c.money(800, 3000)} je 100/1000 MEA, {pay}\n5. Verschiedenes\n\nEigentümerliste (Stand {c.fd(TODAY, 'num')})\n{md_table(hdr, rows)}\n\nMit freundlichen Grüßen\n{c.name(mgr, 'full')}\n{mfirm}\n{ma.line()} · Tel. {T(mtel)} · {E(memail)}",
                "fr": f"CONVOCATION à l'assemblée générale ordinaire\nCopropriété {prop_s}\n\nDate : {week(c, d)} {c.fd(d, 'long')}, 18h30\nLieu : salle polyvalente, {venue.line()}\n\nOrdre du jour\n1. Élection du président de séance\n2. Approbation des comptes 2025\n3. Budget prévisionnel 2027\n4. Travaux de ravalement : appel de fonds de {c.money(800, 3000)} par lot, {pay}\n5. Questions diverses\n\nListe des copropriétaires (au {c.fd(TODAY, 'num')})\n{md_table(hdr, rows)}\n\nLe syndic,\n{c.name(mgr, 'full')}\n{mfirm}\n{ma.line()} – Tél. {T(mtel)} – {E(memail)}",
                "it": f"CONVOCAZIONE ASSEMBLEA ORDINARIA\nCondominio {prop_s}\n\nData: {week(c, d)} {c.fd(d, 'long')}, ore 18:30 in seconda convocazione\nLuogo: sala riunioni, {venue.line()}\n\nOrdine del giorno\n1. Nomina presidente e segretario\n2. Approvazione rendiconto 2025\n3. Preventivo 2027\n4. Rifacimento tetto: quota straordinaria di {c.money(800, 3000)} per 100 millesimi, {pay}\n5. Varie ed eventuali\n\nElenco condomini (aggiornato al {c.fd(TODAY, 'num')})\n{md_table(hdr, rows)}\n\nL'amministratore\n{c.name(mgr, 'full')}\n{mfirm}\n{ma.line()} – tel. {T(mtel)} – {E(memail)}",
                "en": f"NOTICE OF ANNUAL GENERAL MEETING\n{prop_s}\n\nDate: {week(c, d)} {c.fd(d, 'long')}, 6.30pm\nVenue: community hall, {venue.line()}\n\nAgenda\n1. Apologies and quorum\n2. Accounts for 2025\n3. Budget 2027 (service charge +4%)\n4. Roof replacement: special levy of {c.money(800, 3000)} per unit, {pay}\n5. Any other business\n\nRegister of owners (as at {c.fd(TODAY, 'num')})\n{md_table(hdr, rows)}\n\nYours faithfully,\n{c.name(mgr, 'full')}\n{mfirm}\n{ma.line()} | T {T(mtel)} | {E(memail)}",
            },
        )
        req = W(
            c,
            {
                "de": "Ich bin neu im Verwaltungsbeirat. Erklär mir bitte die Einladung und was TOP 4 für mich als Eigentümer/in bedeutet:",
                "fr": "Je viens d'entrer au conseil syndical. Explique-moi cette convocation et ce que le point 4 implique pour moi :",
                "it": "Sono appena entrato/a nel consiglio di condominio. Spiegami la convocazione e cosa comporta il punto 4:",
                "en": "I'm new on the committee. Explain this notice to me and what item 4 means for me as an owner:",
            },
        )
        return f"{req}\n\n{t}\n", {}
    if v == 1:
        o = c.person()
        co = c.person(last=o.last) if c.p(0.4) else None
        px = c.person()
        oa, pxa = c.addr(), c.addr()
        d = c.future(10, 40)
        owners = c.name(o, "full") + (
            (W(c, {"de": " und ", "fr": " et ", "it": " e ", "en": " and "}) + c.name(co, "full")) if co else ""
        )
        t = W(
            c,
            {
                "de": f"VOLLMACHT\n\nIch/Wir, {owners}, Eigentümer/in der Einheit Nr. {c.rng.randint(1, 24)} der WEG {prop_s}, wohnhaft {oa.line()}, bevollmächtige(n) hiermit\n\n{c.title(px)} {c.name(px, 'full')}, geb. {D(c.fd(c.dob(25, 80)))}, wohnhaft {pxa.line()}, Tel. {T(c.phone())},\n\nmich/uns in der Eigentümerversammlung am {c.fd(d, 'num')} zu vertreten und das Stimmrecht auszuüben.\nWeisungen: TOP 3 Ja · TOP 4 Nein · TOP 5 Enthaltung\n\n{oa.town}, {c.fd(TODAY, 'num')}      Unterschrift: {c.name(o, 'full')}",
                "fr": f"POUVOIR\n\nJe soussigné(e), {owners}, copropriétaire du lot n° {c.rng.randint(1, 60)} de la copropriété {prop_s}, {gendered(c, o, 'domicilié', 'domiciliée')} {oa.line()}, donne pouvoir à\n\n{c.title(px)} {c.name(px, 'full')}, {gendered(c, px, 'né', 'née')} le {D(c.fd(c.dob(25, 80)))}, demeurant {pxa.line()}, tél. {T(c.phone())},\n\nde me représenter à l'assemblée générale du {c.fd(d, 'num')} et de voter en mon nom.\nConsignes : résolution 3 pour – résolution 4 contre – résolution 5 abstention\n\nFait à {oa.town}, le {c.fd(TODAY, 'num')}      Signature : « Bon pour pouvoir » {c.name(o, 'full')}",
                "it": f"DELEGA\n\nIl/La sottoscritto/a {owners}, proprietario/a dell'unità n. {c.rng.randint(1, 30)} del condominio {prop_s}, residente in {oa.line()}, delega\n\n{c.title(px)} {c.name(px, 'full')}, {gendered(c, px, 'nato', 'nata')} il {D(c.fd(c.dob(25, 80)))}, residente in {pxa.line()}, tel. {T(c.phone())},\n\na rappresentarlo/a all'assemblea del {c.fd(d, 'num')} con facoltà di voto.\nIndicazioni: punto 3 favorevole – punto 4 contrario – punto 5 astensione\n\n{oa.town}, {c.fd(TODAY, 'num')}      Firma: {c.name(o, 'full')}",
                "en": f"PROXY FORM\n\nI/We, {owners}, owner(s) of unit {c.rng.randint(1, 40)} at {prop_s}, of {oa.line()}, appoint\n\n{c.title(px)} {c.name(px, 'full')}, date of birth {D(c.fd(c.dob(25, 80)))}, of {pxa.line()}, tel. {T(c.phone())},\n\nas my/our proxy to attend and vote at the general meeting on {c.fd(d, 'num')}.\nDirections: item 3 for - item 4 against - item 5 abstain\n\nSigned: {c.name(o, 'full')}      Date: {c.fd(TODAY, 'num')}",
            },
        )
        cover = W(
            c,
            {
                "de": f"An: {role(c, mdom)}\nVon: {E(c.email(o))}\n\nAnbei meine Vollmacht. Rückfragen gern an {T(c.phone())}.",
                "fr": f"À : {role(c, mdom)}\nDe : {E(c.email(o))}\n\nCi-joint mon pouvoir. Pour toute question : {T(c.phone())}.",
                "it": f"A: {role(c, mdom)}\nDa: {E(c.email(o))}\n\nIn allegato la delega. Per domande: {T(c.phone())}.",
                "en": f"To: {role(c, mdom)}\nFrom: {E(c.email(o))}\n\nProxy attached. Any questions, call {T(c.phone())}.",
            },
        )
        req = W(
            c,
            {
                "de": "Ist diese Vollmacht so formal in Ordnung? Bitte prüfen und ggf. korrigieren:",
                "fr": "Ce pouvoir est-il valable en l'état ? Merci de vérifier et corriger si besoin :",
                "it": "Questa delega è formalmente corretta? Controlla e correggi se serve:",
                "en": "Is this proxy form valid as it stands? Please check and fix it if needed:",
            },
        )
        return f"{req}\n\n{t}\n\n---\n{cover}\n", {}
    # v == 2: leak thread among owners
    w1, w2, w3, hm, plumber = c.person(), c.person(), c.person(), c.person(), c.person()
    t = W(
        c,
        {
            "de": f"Betreff: Wasserschaden {prop_s} – bitte Daten für die Versicherung\n\nHallo zusammen,\nbei {c.name(w1, 'first')} im 2. OG tropft es schon wieder von der Decke. Hausmeister {c.name(hm, 'full')} ist informiert ({T(c.phone())}). Die Gebäudeversicherung (Schaden-Nr. {c.ref('S-', 8)}) braucht von allen Betroffenen Name, Wohnung und Telefonnummer:\n- {c.name(w1, 'full')}, Whg. 5, {T(c.phone())}\n- {c.name(w2, 'lf')}, Whg. 7, {T(c.phone())}, {E(c.email(w2))}\n- {c.name(w3, 'full')}, Whg. 8 (vermietet, Mieter/in erreichbar über {E(c.email(c.person()))})\nDer Installateur (Firma {c.company()}, Herr/Frau {c.name(plumber, 'last')}, {T(c.phone('office'))}) kommt am {c.fd(c.future(1, 6), 'num')}.\nVerwaltung: {c.name(mgr, 'full')}, {T(mtel)}\n\nGruß\n{c.name(w2, 'first')}",
            "fr": f"Objet : dégât des eaux {prop_s} – infos pour l'assurance\n\nBonjour à tous,\nchez {c.name(w1, 'first')} au 2e, ça goutte encore du plafond. Le gardien, {c.name(hm, 'full')}, est prévenu ({T(c.phone())}). L'assurance de l'immeuble (sinistre n° {c.ref('', 9)}) demande nom, lot et téléphone de chaque personne concernée :\n- {c.name(w1, 'full')}, lot 5, {T(c.phone())}\n- {c.name(w2, 'LF')}, lot 7, {T(c.phone())}, {E(c.email(w2))}\n- {c.name(w3, 'full')}, lot 8 (loué, locataire joignable à {E(c.email(c.person()))})\nLe plombier ({c.company()}, M./Mme {c.name(plumber, 'last')}, {T(c.phone('land'))}) passe le {c.fd(c.future(1, 6), 'num')}.\nSyndic : {c.name(mgr, 'full')}, {T(mtel)}\n\nBonne journée,\n{c.name(w2, 'first')}",
            "it": f"Oggetto: infiltrazione {prop_s} – dati per l'assicurazione\n\nCiao a tutti,\nda {c.name(w1, 'first')} al secondo piano gocciola di nuovo dal soffitto. Il portiere {c.name(hm, 'full')} è avvisato ({T(c.phone())}). L'assicurazione del fabbricato (sinistro n. {c.ref('', 9)}) chiede nome, interno e telefono di tutti i danneggiati:\n- {c.name(w1, 'full')}, int. 5, {T(c.phone())}\n- {c.name(w2, 'it')}, int. 7, {T(c.phone())}, {E(c.email(w2))}\n- {c.name(w3, 'full')}, int. 8 (in affitto, inquilino/a: {E(c.email(c.person()))})\nL'idraulico ({c.company()}, sig. {c.name(plumber, 'last')}, {T(c.phone('land'))}) passa il {c.fd(c.future(1, 6), 'num')}.\nAmministratore: {c.name(mgr, 'full')}, {T(mtel)}\n\nSaluti\n{c.name(w2, 'first')}",
            "en": f"Subject: Leak at {prop_s} - details for the insurer\n\nHi all,\nit's dripping through {c.name(w1, 'first')}'s ceiling on the 2nd floor again. The caretaker, {c.name(hm, 'full')}, knows ({T(c.phone())}). The building insurer (claim {c.ref('CLM', 8)}) wants name, flat and phone for everyone affected:\n- {c.name(w1, 'full')}, flat 5, {T(c.phone())}\n- {c.name(w2, 'lf')}, flat 7, {T(c.phone())}, {E(c.email(w2))}\n- {c.name(w3, 'full')}, flat 8 (let out, tenant on {E(c.email(c.person()))})\nThe plumber ({c.company()}, {c.name(plumber, 'full')}, {T(c.phone('land'))}) is coming on {c.fd(c.future(1, 6), 'num')}.\nManaging agent: {c.name(mgr, 'full')}, {T(mtel)}\n\nCheers,\n{c.name(w2, 'first')}",
        },
    )
    req = W(
        c,
        {
            "de": "Mach mir aus der Mail eine Tabelle für die Schadensmeldung:",
            "fr": "Fais-moi un tableau pour la déclaration de sinistre à partir de ce mail :",
            "it": "Ricava da questa mail una tabella per la denuncia di sinistro:",
            "en": "Make me a table for the claim form from this email:",
        },
    )
    return f"{req}\n\n{t}\n", {}


# =============================================================================================
# 7. pickup - kindergarten / nursery pick-up authorisations, app exports and parents' messages
# =============================================================================================
KITAS = {
    "de": ["Kita Sonnenschein", "Kinderhaus Pusteblume", "Kindergarten St. Martin", "Krippe Zwergenland"],
    "fr": [
        "Crèche Les Petits Loups",
        "Multi-accueil Pomme d'Api",
        "École maternelle Jules-Ferry",
        "Garderie Arc-en-ciel",
    ],
    "it": ["Asilo nido Il Girasole", "Scuola dell'infanzia Don Milani", "Nido Coccinella", "Materna Arcobaleno"],
    "en": ["Little Acorns Nursery", "Sunflower Day Care", "St Joseph's Pre-school", "Busy Bees Kindergarten"],
}


GROUPS = {
    "de": ["Igel", "Bären", "Füchse", "Marienkäfer"],
    "fr": ["Papillons", "Coccinelles", "Lutins", "Moyens"],
    "it": ["Girasoli", "Coccinelle", "Delfini", "Grandi"],
    "en": ["Owls", "Stars", "Caterpillars", "Pre-school room"],
}


def t_pickup(c: Ctx) -> tuple[str, dict]:
    L = c.lang
    kita = c.ch(KITAS[L])

    v = c.i % 3
    kid = c.person()
    par1 = c.person("f", last=kid.last if c.p(0.7) else None)
    par2 = c.person("m", last=kid.last if c.p(0.6) else None)
    home = c.addr()
    if v == 0:
        auth = [c.person(last=kid.last if k == 0 and c.p(0.5) else None) for k in range(c.ch([2, 2, 3]))]
        ped = c.person()
        ban = c.person(last=kid.last if c.p(0.4) else None)
        rel = W(
            c,
            {
                "de": ["Oma", "Opa", "Nachbarin", "Tante", "Patenonkel", "Au-pair"],
                "fr": ["mamie", "papi", "voisine", "tante", "parrain", "jeune fille au pair"],
                "it": ["nonna", "nonno", "vicina", "zia", "padrino", "babysitter"],
                "en": ["grandma", "grandad", "neighbour", "aunt", "godfather", "au pair"],
            },
        )
        lab = W(
            c,
            {
                "de": dict(
                    t="ABHOLBERECHTIGUNG",
                    k="Kind",
                    g="Gruppe",
                    dob="Geburtsdatum",
                    p="Erziehungsberechtigte/r",
                    tel="Tel.",
                    mail="E-Mail",
                    job="dienstlich",
                    a="Anschrift",
                    list="Folgende Personen dürfen mein/unser Kind abholen",
                    ids="Ausweis-Nr.",
                    ped="Kinderarzt/-ärztin",
                    no="NICHT abholberechtigt (gerichtliche Verfügung liegt vor)",
                    sig="Unterschrift",
                ),
                "fr": dict(
                    t="AUTORISATION DE SORTIE / PERSONNES HABILITÉES",
                    k="Enfant",
                    g="Section",
                    dob="Date de naissance",
                    p="Responsable légal",
                    tel="Tél.",
                    mail="Courriel",
                    job="travail",
                    a="Adresse",
                    list="Personnes autorisées à venir chercher l'enfant",
                    ids="CNI n°",
                    ped="Pédiatre",
                    no="N'EST PAS autorisé(e) (décision du juge jointe)",
                    sig="Signature",
                ),
                "it": dict(
                    t="DELEGA AL RITIRO DEL MINORE",
                    k="Bambino/a",
                    g="Sezione",
                    dob="Data di nascita",
                    p="Genitore",
                    tel="Tel.",
                    mail="E-mail",
                    job="ufficio",
                    a="Residenza",
                    list="Persone delegate al ritiro",
                    ids="C.I. n.",
                    ped="Pediatra",
                    no="NON autorizzato/a al ritiro (provvedimento del tribunale allegato)",
                    sig="Firma",
                ),
                "en": dict(
                    t="COLLECTION AUTHORISATION",
                    k="Child",
                    g="Room",
                    dob="Date of birth",
                    p="Parent/carer",
                    tel="Tel",
                    mail="Email",
                    job="work",
                    a="Address",
                    list="People allowed to collect my child",
                    ids="ID no.",
                    ped="GP",
                    no="NOT allowed to collect (court order on file)",
                    sig="Signature",
                ),
            },
        )
        lines = [
            f"{kita} – {lab['t']}",
            "",
            f"{lab['k']}: {c.name(kid, c.ch(['full', 'lf']))}    {lab['dob']}: {D(c.fd(c.child_dob(1, 6)))}    {lab['g']}: {c.ch(GROUPS[L])}",
            f"{lab['p']} 1: {c.name(par1, 'full')}, {lab['tel']} {T(c.phone())}, {lab['mail']} {E(c.email(par1))}",
            f"{lab['p']} 2: {c.name(par2, 'full')}, {lab['tel']} {T(c.phone())}, {lab['job']} {T(c.phone('office'))}",
            f"{lab['a']}: {home.line()}",
            "",
            f"{lab['list']}:",
        ]
        for k, au in enumerate(auth, 1):
            extra = f", {lab['dob'].lower()} {D(c.fd(c.dob(16, 80)))}" if c.p(0.4) else ""
            lines.append(
                f"{k}. {c.name(au, 'full')} ({c.ch(rel)}), {lab['tel']} {T(c.phone())}{extra}, {lab['ids']} {c.up(1)}{c.dg(8)}"
            )
        lines += ["", f"{lab['ped']}: {doc_title(c, ped)} {c.name(ped, 'full')}, {T(c.phone('office'))}"]
        if c.p(0.5):
            lines.append(f"{lab['no']}: {c.name(ban, 'full')}")
        lines += ["", f"{home.town}, {c.fd(TODAY, 'num')}    {lab['sig']}: {c.name(par1, c.ch(['full', 'ini']))}"]
        req = W(
            c,
            {
                "de": "Bitte übertrag dieses Formular in eine übersichtliche Tabelle für die Gruppenleitung:",
                "fr": "Mets ce formulaire sous forme de tableau clair pour l'équipe de la section :",
                "it": "Trasforma questo modulo in una tabella chiara per le educatrici:",
                "en": "Put this form into a clear table for the room leaders:",
            },
        )
        return f"{req}\n\n" + "\n".join(lines) + "\n", {}
    if v == 1:
        auth = [c.person() for _ in range(c.ch([1, 2, 2]))]
        kdob = c.child_dob(1, 6)
        q = c.ch(['"', "'", ""])

        def y(s: str) -> str:
            return f"{q}{s}{q}"

        yml = [
            f"# export {kita} – app version {c.dg(1, True)}.{c.dg(2)}",
            "child:",
            f"  first_name: {y(c.name(kid, 'first'))}",
            f"  last_name: {y(c.name(kid, 'last'))}",
            f"  birth_date: {y(D(kdob.isoformat() if c.p(0.6) else c.fd(kdob, 'num')))}",
            f"  group: {c.ch(GROUPS[L])}",
            "  allergies: [Haselnuss]" if L == "de" else "  allergies: []",
            "guardians:",
        ]
        for par in (par1, par2):
            yml += [
                f"  - name: {y(c.name(par, 'full'))}",
                f"    phone: {y(T(c.phone()))}",
                f"    email: {E(c.email(par))}",
            ]
        yml += [f"  address: {y(home.street())}", f"  zip: {y(home.pc)}", f"  city: {home.town}", "pickup_authorised:"]
        for au in auth:
            yml += [
                f"  - name: {y(c.name(au, 'full'))}",
                f"    relation: {c.ch(['grandmother', 'neighbour', 'uncle', 'au pair', 'sibling (16)'])}",
                f"    phone: {y(T(c.phone()))}",
                f"    valid_until: {c.future(30, 300).isoformat()}",
            ]
        yml += [f"doctor: {y('Dr. ' + c.name(c.person(), 'full'))}", f"updated_by: {ascii_fold(par1.first)}{c.dg(2)}"]
        err = c.ch(
            [
                "yaml.scanner.ScannerError: mapping values are not allowed here",
                "ValidationError: pickup_authorised[0].valid_until must be a date",
                "ValidationError: child.birth_date: expected YYYY-MM-DD",
            ]
        )
        req = W(
            c,
            {
                "de": "Der Import dieser Kita-App-Datei in unser neues System schlägt fehl. Was ist falsch?",
                "fr": "L'import de ce fichier de l'appli de la crèche dans notre nouveau système échoue. Qu'est-ce qui cloche ?",
                "it": "L'importazione di questo file dell'app del nido nel nuovo sistema fallisce. Cosa c'è che non va?",
                "en": "Importing this nursery app file into our new system fails. What's wrong?",
            },
        )
        return f"{req}\n\n```yaml\n" + "\n".join(yml) + f"\n```\n\n{err}\n", {}
    # v == 2: parents' messages
    gran = c.person("f", last=par1.last if c.p(0.5) else None)
    nb = c.person()
    staff = c.person("f")
    msgs = W(
        c,
        {
            "de": [
                f"[07:42] {c.name(par1, 'first')} ({c.name(kid, 'first')}s Mama): heute holt die oma ab, {c.name(gran, 'lower')}, tel {T(c.phone())}. sie hat ihren ausweis dabei",
                f"[08:15] {kita}: Danke! Frau {c.name(gran, 'last')} steht noch nicht auf der Liste – bitte kurz das Formular nachreichen.",
                f"[12:03] {c.name(par2, 'full')}: Nachtrag, falls die Oma nicht kann: unser Nachbar {c.name(nb, 'full')} ({T(c.phone())}), {home.line()}.",
                f"[12:10] {c.name(staff, 'first')} (Kita): Alles klar, ist notiert. Bei Fragen bitte {T(c.phone('office'))} anrufen.",
            ],
            "fr": [
                f"[07:42] {c.name(par1, 'first')} (maman de {c.name(kid, 'first')}) : ce soir c'est mamie qui vient, {c.name(gran, 'lower')}, tél {T(c.phone())}. elle aura sa carte d'identité",
                f"[08:15] {kita} : Merci ! Mme {c.name(gran, 'last')} n'est pas encore sur la liste, pouvez-vous nous renvoyer le formulaire ?",
                f"[12:03] {c.name(par2, 'full')} : si mamie ne peut pas, ce sera notre voisin {c.name(nb, 'full')} ({T(c.phone())}), {home.line()}.",
                f"[12:10] {c.name(staff, 'first')} (crèche) : C'est noté. En cas de souci, appelez le {T(c.phone('land'))}.",
            ],
            "it": [
                f"[07:42] {c.name(par1, 'first')} (mamma di {c.name(kid, 'first')}): oggi viene a prenderlo la nonna, {c.name(gran, 'lower')}, tel {T(c.phone())}. ha la carta d'identità",
                f"[08:15] {kita}: Grazie! La sig.ra {c.name(gran, 'last')} non è ancora tra i delegati, potete mandarci il modulo?",
                f"[12:03] {c.name(par2, 'full')}: se la nonna non ce la fa, viene il vicino {c.name(nb, 'full')} ({T(c.phone())}), {home.line()}.",
                f"[12:10] {c.name(staff, 'first')} (nido): Perfetto, segnato. Per dubbi chiamate lo {T(c.phone('land'))}.",
            ],
            "en": [
                f"[07:42] {c.name(par1, 'first')} ({c.name(kid, 'first')}'s mum): grandma's picking up today, {c.name(gran, 'lower')}, mob {T(c.phone())}. she'll have her id",
                f"[08:15] {kita}: Thanks! {c.title(gran)} {c.name(gran, 'last')} isn't on the list yet - could you send the form over?",
                f"[12:03] {c.name(par2, 'full')}: if grandma can't make it, our neighbour {c.name(nb, 'full')} ({T(c.phone())}), {home.line()}, will come.",
                f"[12:10] {c.name(staff, 'first')} (nursery): All noted. Any problems ring {T(c.phone('land'))}.",
            ],
        },
    )
    req = W(
        c,
        {
            "de": "Aus unserem Kita-Eltern-Chat. Welche Personen muss ich heute im Abholbuch nachtragen?",
            "fr": "Extrait du fil de messages avec les parents. Qui dois-je ajouter aujourd'hui au registre des sorties ?",
            "it": "Dalla chat con i genitori. Chi devo aggiungere oggi al registro delle uscite?",
            "en": "From our parents' message thread. Who do I need to add to today's collection log?",
        },
    )
    return f"{req}\n\n" + "\n".join(msgs) + "\n", {}


# =============================================================================================
# 8. chargeback - card disputes, fraud reports and the bank's letters
# =============================================================================================
MERCHANTS = [
    "AMZN Mktp DE*2K4L81",
    "PAYPAL *STEAMGAMES",
    "APPLE.COM/BILL",
    "BINANCE.COM",
    "ZALANDO SE",
    "UBER *TRIP",
    "SHEIN.COM",
    "WISE*TRANSFER",
    "NETFLIX.COM",
    "GOOGLE *Play",
    "TEMU.COM",
    "SQ *COFFEE LAB",
    "BOOKING.COM",
    "RYANAIR 4F2Q",
    "AliExpress",
    "Revolut*3341",
    "CRV*SUNNY NAILS",
]


BLOCK_LINES = {
    "DE": "Sperr-Notruf 116 116",
    "AT": "Sperrhotline 0800 204 8800",
    "CH": "Kartensperrung 0800 000 000",
    "FR": "n° d'opposition 0 892 705 705",
    "BE": "Card Stop 078 170 170",
    "LU": "Cetrel +352 49 10 10",
    "IT": "numero verde blocco carte 800 822 056",
    "GB": "0800 015 0401",
    "IE": "1800 55 88 22",
    "US": "1-800-847-2911",
}


def t_chargeback(c: Ctx) -> tuple[str, dict]:

    v = c.i % 3
    ch = c.person()
    bank = W(
        c,
        {
            "de": c.ch(
                ["Sparkasse", "Volksbank Mittelhessen", "Raiffeisenbank", "Hypo Landesbank", "Zürcher Kantonalbank"]
            ),
            "fr": c.ch(["Crédit Mutuel", "Banque Populaire", "BCGE", "Belfius", "Spuerkeess"]),
            "it": c.ch(["Banca Popolare", "Cassa di Risparmio", "BancaStato", "Credito Cooperativo"]),
            "en": c.ch(["Northern Bank", "Harbour Credit Union", "First Community Bank", "Westpac", "Kiwibank"]),
        },
    )
    card = c.card()
    txs = [
        [c.fd(c.past(2, 25), "num"), c.ch(MERCHANTS), c.money(9, 900), f"{c.dg(23)}" if c.p(0.4) else "–"]
        for _ in range(c.ch([2, 3, 4]))
    ]
    txh = W(
        c,
        {
            "de": ["Datum", "Händler", "Betrag", "ARN"],
            "fr": ["Date", "Commerçant", "Montant", "ARN"],
            "it": ["Data", "Esercente", "Importo", "ARN"],
            "en": ["Date", "Merchant", "Amount", "ARN"],
        },
    )
    if v == 0:
        a = c.addr()
        caller = c.person("m")
        noib = c.region in ("US", "CA", "AU", "NZ")
        ib = None if noib else c.iban()
        lab = W(
            c,
            {
                "de": dict(
                    t="Reklamation Kartenumsätze / Widerspruch",
                    h="Karteninhaber/in",
                    dob="Geburtsdatum",
                    a="Anschrift",
                    tel="Telefon",
                    mail="E-Mail",
                    cn="Kartennummer",
                    bl="Karte gesperrt am",
                    cr="Gutschrift auf",
                    holder="Kontoinhaber/in",
                    story="Schilderung",
                    sig="Unterschrift",
                ),
                "fr": dict(
                    t="Contestation d'opérations par carte",
                    h="Titulaire de la carte",
                    dob="Date de naissance",
                    a="Adresse",
                    tel="Téléphone",
                    mail="Courriel",
                    cn="Numéro de carte",
                    bl="Carte mise en opposition le",
                    cr="Remboursement sur",
                    holder="Titulaire du compte",
                    story="Description des faits",
                    sig="Signature",
                ),
                "it": dict(
                    t="Modulo di disconoscimento operazioni carta",
                    h="Titolare della carta",
                    dob="Data di nascita",
                    a="Indirizzo",
                    tel="Telefono",
                    mail="E-mail",
                    cn="Numero carta",
                    bl="Carta bloccata il",
                    cr="Accredito su",
                    holder="Intestatario",
                    story="Descrizione dei fatti",
                    sig="Firma",
                ),
                "en": dict(
                    t="Card transaction dispute form",
                    h="Cardholder",
                    dob="Date of birth",
                    a="Address",
                    tel="Phone",
                    mail="Email",
                    cn="Card number",
                    bl="Card blocked on",
                    cr="Refund to",
                    holder="Account holder",
                    story="What happened",
                    sig="Signature",
                ),
            },
        )
        story = W(
            c,
            {
                "de": f"Am {c.fd(c.past(3, 20), 'num')} rief mich ein angeblicher Herr {c.name(caller, 'last')} von der Sicherheitsabteilung an (Anzeige im Display: {T(c.phone('land'))}) und bat mich, eine Push-Freigabe zu bestätigen. Danach wurden die unten stehenden Umsätze gebucht.",
                "fr": f"Le {c.fd(c.past(3, 20), 'num')}, un soi-disant {c.name(caller, 'full')} du « service fraude » m'a appelé(e) depuis le {T(c.phone('land'))} et m'a demandé de valider une notification. Les opérations ci-dessous ont été débitées ensuite.",
                "it": f"Il {c.fd(c.past(3, 20), 'num')} un sedicente {c.name(caller, 'full')} dell'ufficio antifrode mi ha chiamato dal {T(c.phone('land'))} chiedendomi di autorizzare una notifica. Subito dopo sono state addebitate le operazioni qui sotto.",
                "en": f"On {c.fd(c.past(3, 20), 'num')} someone calling himself {c.name(caller, 'full')} from the fraud team rang me from {T(c.phone('land'))} and asked me to approve an in-app notification. The payments below went through straight after.",
            },
        )
        lines = [
            lab["t"] + f" – {bank}",
            "",
            f"{lab['h']}: {c.name(ch, c.ch(['full', 'upper', 'lf']))}",
            f"{lab['dob']}: {D(c.fd(c.dob(18, 85)))}",
            f"{lab['a']}: {a.line()}",
            f"{lab['tel']}: {T(c.phone())}    {lab['mail']}: {E(c.email(ch))}",
            f"{lab['cn']}: {C(card)}    (exp. {c.rng.randint(1, 12):02d}/{c.rng.randint(27, 31)})",
            f"{lab['bl']}: {c.fd(c.past(1, 3), 'num')} ({BLOCK_LINES.get(c.region, c.hotline())})",
            "",
            md_table(txh, txs),
            "",
        ]
        if ib:
            lines.append(f"{lab['cr']}: {I(ib)} ({lab['holder']}: {c.name(ch, 'full')})")
        sp = c.person(last=ch.last if c.p(0.5) else None)
        lines.append(
            W(
                c,
                {
                    "de": f"Zweitkarte / Partner/in: {c.name(sp, 'full')}, {T(c.phone())}, {E(c.email(sp))}",
                    "fr": f"Carte conjoint(e) : {c.name(sp, 'full')}, {T(c.phone())}, {E(c.email(sp))}",
                    "it": f"Carta aggiuntiva / coniuge: {c.name(sp, 'full')}, {T(c.phone())}, {E(c.email(sp))}",
                    "en": f"Additional cardholder: {c.name(sp, 'full')}, {T(c.phone())}, {E(c.email(sp))}",
                },
            )
        )
        lines += [f"{lab['story']}: {story}", "", f"{lab['sig']}: {c.name(ch, 'full')}, {c.fd(TODAY, 'num')}"]
        req = W(
            c,
            {
                "de": "Ich will diese Abbuchungen zurückholen. Ist mein Formular vollständig, und was sollte ich in der Schilderung ergänzen?",
                "fr": "Je veux contester ces débits. Mon formulaire est-il complet et que devrais-je ajouter à la description ?",
                "it": "Voglio disconoscere questi addebiti. Il modulo è completo e cosa dovrei aggiungere alla descrizione?",
                "en": "I want these charges reversed. Is my form complete, and what should I add to the description?",
            },
        )
        return f"{req}\n\n" + "\n".join(lines) + "\n", {}
    if v == 1:
        a = c.addr()
        adv, dep = c.person(), c.person()
        ba = c.addr(po=c.p(0.3))
        case = c.ref(c.up(2) + "-", 8)
        newcard_mask = c.masked()
        t = W(
            c,
            {
                "de": f"{bank} · {ba.line()}\n\n{gendered(c, ch, 'Herrn', 'Frau')}\n{c.name(ch, 'full')}\n{a.block()}\n\n{a.town if c.p(0.5) else ba.town}, {c.fd(TODAY, 'num')}\n\nIhr Kartenwiderspruch – Vorgang {case}\n\n{c.dear(ch)},\n\nwir haben Ihren Widerspruch zu den Umsätzen mit der Karte {C(card)} erhalten. Die Karte ist gesperrt; Ihre neue Karte ({newcard_mask}) erhalten Sie in 5–7 Werktagen.\n\n{md_table(txh, txs)}\n\nDie Beträge werden Ihnen vorläufig unter Vorbehalt gutgeschrieben. Bitte senden Sie uns bis {c.fd(c.future(10, 20), 'num')} die Polizeianzeige zu.\n\nFür Rückfragen erreichen Sie mich direkt unter {T(c.phone('office'))} oder {E(c.email(adv, dom(c, bank), work=True))}. Sperr-Notruf: 116 116. In meiner Abwesenheit vertritt mich {c.name(dep, 'full')} ({T(c.phone('office'))}).\n\nBei uns hinterlegt: geb. {D(c.fd(c.dob(18, 85)))}, Mobil {T(c.phone())}.\n\nFreundliche Grüße\n{c.name(adv, 'full')}\nKartenservice",
                "fr": f"{bank} – {ba.line()}\n\n{gendered(c, ch, 'Monsieur', 'Madame')} {c.name(ch, 'full')}\n{a.block()}\n\n{a.town if c.p(0.5) else ba.town}, le {c.fd(TODAY, 'long')}\n\nVotre contestation – dossier {case}\n\n{c.dear(ch)},\n\nnous avons bien reçu votre contestation concernant la carte {C(card)}. Celle-ci est en opposition ; votre nouvelle carte ({newcard_mask}) vous parviendra sous 5 à 7 jours ouvrés.\n\n{md_table(txh, txs)}\n\nLes montants vous sont recrédités à titre provisoire. Merci de nous transmettre le dépôt de plainte avant le {c.fd(c.future(10, 20), 'num')}.\n\nVotre conseiller(ère) reste joignable au {T(c.phone('land'))} ou à {E(c.email(adv, dom(c, bank), work=True))} ; en son absence, {c.name(dep, 'full')} ({T(c.phone('land'))}).\n\nCoordonnées enregistrées : {gendered(c, ch, 'né', 'née')} le {D(c.fd(c.dob(18, 85)))}, portable {T(c.phone())}.\n\nSincères salutations,\n{c.name(adv, 'full')}\nService cartes",
                "it": f"{bank} – {ba.line()}\n\n{gendered(c, ch, 'Egr. Sig.', 'Gent.ma Sig.ra')} {c.name(ch, 'full')}\n{a.block()}\n\n{a.town if c.p(0.5) else ba.town}, {c.fd(TODAY, 'num')}\n\nDisconoscimento operazioni – pratica {case}\n\n{c.dear(ch)},\n\nabbiamo ricevuto il disconoscimento relativo alla carta {C(card)}, ora bloccata; la nuova carta ({newcard_mask}) le arriverà entro 5–7 giorni lavorativi.\n\n{md_table(txh, txs)}\n\nGli importi le saranno riaccreditati salvo buon fine. La preghiamo di inviarci copia della denuncia entro il {c.fd(c.future(10, 20), 'num')}.\n\nPer informazioni può contattarmi al {T(c.phone('land'))} o a {E(c.email(adv, dom(c, bank), work=True))}; in mia assenza, {c.name(dep, 'full')} ({T(c.phone('land'))}).\n\nDati in archivio: {gendered(c, ch, 'nato', 'nata')} il {D(c.fd(c.dob(18, 85)))}, cell. {T(c.phone())}.\n\nCordiali saluti\n{c.name(adv, 'full')}\nUfficio carte",
                "en": f"{bank} | {ba.line()}\n\n{c.title(ch)} {c.name(ch, 'full')}\n{a.block()}\n\n{c.fd(TODAY, 'long')}\n\nYour card dispute - case {case}\n\n{c.dear(ch)},\n\nwe have received your dispute about card {C(card)}. The card has been cancelled and your replacement ({newcard_mask}) will arrive within 5-7 working days.\n\n{md_table(txh, txs)}\n\nWe have issued a temporary credit while we investigate. Please send us your police report reference by {c.fd(c.future(10, 20), 'num')}.\n\nYou can reach me directly on {T(c.phone('land'))} or at {E(c.email(adv, dom(c, bank), work=True))}; when I'm out, {c.name(dep, 'full')} ({T(c.phone('land'))}) can help.\n\nDetails we hold: date of birth {D(c.fd(c.dob(18, 85)))}, mobile {T(c.phone())}.\n\nYours sincerely,\n{c.name(adv, 'full')}\nCard Services",
            },
        )
        req = W(
            c,
            {
                "de": "Was bedeutet dieses Schreiben meiner Bank genau, und muss ich noch etwas tun?",
                "fr": "Que signifie exactement ce courrier de ma banque, et dois-je encore faire quelque chose ?",
                "it": "Cosa significa esattamente questa lettera della banca? Devo fare ancora qualcosa?",
                "en": "What exactly does this letter from my bank mean, and do I still need to do anything?",
            },
        )
        return f"{req}\n\n{t}\n", {}
    # v == 2: authorised-push-payment scam in the victim's words
    mule = c.person()
    fake = c.person("m")
    noib = c.region in ("US", "CA", "AU", "NZ")
    dest = (
        I(c.iban(c.ch(["DE", "NL", "ES", "PT", "FR", "IT"]))) if not noib else f"routing {c.dg(9)} / account {c.dg(10)}"
    )
    mule2 = c.person()
    dest2 = I(c.iban(c.ch(["NL", "ES", "PT", "FR", "IT", "DE"]))) if not noib else E(c.email(mule2))
    sms = W(
        c,
        {
            "de": f"„{bank}: Ihr Konto wurde eingeschränkt. Rufen Sie uns sofort an: {T(c.phone())}“",
            "fr": f"« {bank} : activité suspecte détectée. Rappelez immédiatement le {T(c.phone())} »",
            "it": f'"{bank}: accesso anomalo rilevato. Richiama subito il {T(c.phone())}"',
            "en": f'"{bank}: unusual sign-in detected. Call us now on {T(c.phone())}"',
        },
    )
    me = c.name(ch, "first")
    if c.p(0.6):
        own = c.addr()
        me += W(
            c,
            {
                "de": f"\n\n(für die anzeige: {c.name(ch, 'lower')}, geb. {D(c.fd(c.dob(20, 80), 'num'))}, {own.line()}, {T(c.phone())})",
                "fr": f"\n\n(pour la plainte : {c.name(ch, 'lower')}, {gendered(c, ch, 'né', 'née')} le {D(c.fd(c.dob(20, 80), 'num'))}, {own.line()}, {T(c.phone())})",
                "it": f"\n\n(per la denuncia: {c.name(ch, 'lower')}, {gendered(c, ch, 'nato', 'nata')} il {D(c.fd(c.dob(20, 80), 'num'))}, {own.line()}, {T(c.phone())})",
                "en": f"\n\n(for the police report: {c.name(ch, 'lower')}, dob {D(c.fd(c.dob(20, 80), 'num'))}, {own.line()}, {T(c.phone())})",
            },
        )
    t = W(
        c,
        {
            "de": f'ich glaube ich bin auf betrüger reingefallen. gestern kam diese sms: {sms}\nich hab angerufen, ein "{c.name(fake, "full")}" war dran und meinte mein geld sei nicht sicher, ich soll es auf ein sicherheitskonto überweisen: {dest}, empfänger {c.name(mule, "full")}. ich hab {c.money(900, 4000)} überwiesen, danach nochmal {c.money(300, 900)} an {dest2} ({c.name(mule2, "full")}), weil er per whatsapp ({T(c.phone())}) drängelte. meine karte ({C(card)}) hab ich ihm auch vorgelesen. meine bank: {bank}, berater {c.name(c.person(), "full")}. was mach ich jetzt zuerst?? lg {me}',
            "fr": f"je crois que je me suis fait arnaquer. hier j'ai reçu ce sms : {sms}\nj'ai rappelé, un certain « {c.name(fake, 'full')} » m'a dit que mon argent n'était pas en sécurité et qu'il fallait le virer sur un compte sécurisé : {dest}, bénéficiaire {c.name(mule, 'full')}. j'ai viré {c.money(900, 4000)}, puis encore {c.money(300, 900)} sur {dest2} ({c.name(mule2, 'full')}) parce qu'il me relançait sur whatsapp ({T(c.phone())}). je lui ai aussi lu le numéro de ma carte ({C(card)}). ma banque c'est {bank}, ma conseillère {c.name(c.person(), 'full')}. je fais quoi en premier ?? {me}",
            "it": f'credo di essere cascato/a in una truffa. ieri è arrivato questo sms: {sms}\nho chiamato, un certo "{c.name(fake, "full")}" mi ha detto che i soldi non erano al sicuro e di spostarli su un conto protetto: {dest}, beneficiario {c.name(mule, "full")}. ho fatto un bonifico di {c.money(900, 4000)}, poi altri {c.money(300, 900)} su {dest2} ({c.name(mule2, "full")}) perché mi sollecitava su whatsapp ({T(c.phone())}). gli ho anche letto il numero della carta ({C(card)}). la mia banca è {bank}, il consulente {c.name(c.person(), "full")}. cosa faccio per prima cosa?? {me}',
            "en": f"i think i've been scammed. yesterday i got this text: {sms}\ni rang it and a \"{c.name(fake, 'full')}\" said my money wasn't safe and i had to move it to a safe account: {dest}, payee {c.name(mule, 'full')}. i sent {c.money(900, 4000)}, then another {c.money(300, 900)} to {dest2} ({c.name(mule2, 'full')}) because he kept texting me on whatsapp ({T(c.phone())}). i also read him my card number ({C(card)}). my bank is {bank}, my adviser is {c.name(c.person(), 'full')}. what do i do first?? {me}",
        },
    )
    return t + "\n", {}


# =============================================================================================
# 9. hotelreg - hotel guest registration cards (Meldeschein, fiche de police, schedina), PMS exports
# =============================================================================================
def key2reg(key: str) -> str:
    return "CH" if key.startswith("CH") else key


HOTELS = {
    "de": ["Hotel Alpenrose", "Gasthof zum Hirschen", "Hotel Stadtgarten", "Pension Seeblick"],
    "fr": ["Hôtel du Parc", "Hôtel des Voyageurs", "Auberge du Lac", "Hôtel Beau-Site"],
    "it": ["Hotel Bellavista", "Albergo Centrale", "Locanda al Ponte", "Hotel Miramonti"],
    "en": ["The Station Hotel", "Harbour View Inn", "Old Mill Guesthouse", "Parkside Lodge"],
}


def ocr_noise(c: Ctx):
    rng = random.Random(c.rng.random())
    table = {"O": "0", "l": "1", "I": "l", "S": "5", "B": "8", "e": "c", "m": "rn"}

    def f(s: str) -> str:
        out = []
        for ch in s:
            r = rng.random()
            if ch in table and r < 0.05:
                out.append(table[ch])
            elif ch == " " and r < 0.06:
                out.append("  ")
            else:
                out.append(ch)
        return "".join(out)

    return f


def t_hotelreg(c: Ctx) -> tuple[str, dict]:
    L = c.lang
    hotel = c.ch(HOTELS[L])
    hdom = dom(c, hotel)
    ha = c.addr()
    htel = c.phone("land")
    v = c.i % 3
    g = c.person()
    fkey = c.foreign_key() if c.p(0.55) else c.key
    ga = c.addr(fkey, unit=0.15)
    greg = key2reg(fkey)
    arr = c.future(1, 60)
    dep = arr + dt.timedelta(days=c.rng.randint(1, 9))
    comp = []
    if c.p(0.7):
        sp = c.person("m" if g.g == "f" else "f", last=g.last if c.p(0.6) else None)
        comp.append((sp, c.dob(20, 80)))
    for _ in range(c.ch([0, 1, 2])):
        comp.append((c.person(last=g.last), c.child_dob(1, 15)))
    nat = c.ch(["DEU", "AUT", "CHE", "FRA", "ITA", "GBR", "IRL", "USA", "NLD", "POL", "ESP", "UKR", "CAN", "AUS"])
    doc = c.up(1) + c.dg(8) if c.p(0.5) else c.up(2) + c.dg(7)
    if v == 0:
        lab = W(
            c,
            {
                "de": dict(
                    t={
                        "DE": "Meldeschein für Beherbergungsstätten (§ 29 BMG)",
                        "AT": "Gästeblatt (Meldegesetz)",
                        "CH": "Meldeschein / Gästeregistrierung",
                    }.get(c.region, "Meldeschein"),
                    arr="Ankunft",
                    dep="Abreise",
                    ln="Familienname",
                    fn="Vorname(n)",
                    dob="Geburtsdatum",
                    nat="Staatsangehörigkeit",
                    st="Straße, Hausnummer",
                    pc="PLZ, Ort",
                    cty="Land",
                    co="Mitreisende",
                    doc="Reisedokument Nr.",
                    car="Kfz-Kennzeichen",
                    sig="Unterschrift des Gastes",
                    rm="Zimmer",
                    mail="E-Mail",
                    tel="Mobil",
                ),
                "fr": dict(
                    t="Fiche individuelle de police",
                    arr="Date d'arrivée",
                    dep="Départ prévu",
                    ln="Nom",
                    fn="Prénom(s)",
                    dob="Date de naissance",
                    nat="Nationalité",
                    st="Domicile habituel (rue, n°)",
                    pc="Code postal, ville",
                    cty="Pays",
                    co="Enfants de moins de 15 ans / accompagnants",
                    doc="Passeport / CNI n°",
                    car="Immatriculation",
                    sig="Signature du client",
                    rm="Chambre",
                    mail="Courriel",
                    tel="Portable",
                ),
                "it": dict(
                    t="Scheda di notifica alloggiato",
                    arr="Data di arrivo",
                    dep="Data di partenza",
                    ln="Cognome",
                    fn="Nome",
                    dob="Data di nascita",
                    nat="Cittadinanza",
                    st="Residenza (via, n.)",
                    pc="CAP e Comune",
                    cty="Stato",
                    co="Familiari / accompagnatori",
                    doc="Documento n.",
                    car="Targa",
                    sig="Firma dell'ospite",
                    rm="Camera",
                    mail="E-mail",
                    tel="Cellulare",
                ),
                "en": dict(
                    t="Guest registration card",
                    arr="Arrival",
                    dep="Departure",
                    ln="Surname",
                    fn="First name(s)",
                    dob="Date of birth",
                    nat="Nationality",
                    st="Home address",
                    pc="Town / postcode",
                    cty="Country",
                    co="Accompanying guests",
                    doc="Passport no.",
                    car="Car registration",
                    sig="Guest signature",
                    rm="Room",
                    mail="Email",
                    tel="Mobile",
                ),
            },
        )
        fn = g.first + (" " + g.middle if g.middle else "")
        lines = [
            f"{hotel} – {lab['t']}",
            f"{lab['rm']} {c.rng.randint(101, 420)}    {lab['arr']}: {c.fd(arr, 'num')}    {lab['dep']}: {c.fd(dep, 'num')}",
            "",
            f"{lab['ln']}: {P(g.last.upper() if c.p(0.4) else g.last)}",
            f"{lab['fn']}: {P(fn)}",
            f"{lab['dob']}: {D(c.fd(c.dob(18, 85)))}    {lab['nat']}: {nat}",
            f"{lab['st']}: {A(ga.lines[0] if len(ga.lines) == 2 else ', '.join(ga.lines[:-1]))}",
            f"{lab['pc']}: {A(ga.lines[-1])}    {lab['cty']}: {greg}",
            f"{lab['tel']}: {T(c.phone(region=greg))}    {lab['mail']}: {E(c.email(g))}",
            f"{lab['doc']}: {doc}    {lab['car']}: {c.up(2)}-{c.up(2)} {c.dg(3, True)}",
            "",
        ]
        if comp:
            lines.append(f"{lab['co']}:")
            for pp, d in comp:
                lines.append(f"  – {c.name(pp, c.ch(['lf', 'full']))}, {D(c.fd(d, 'num'))}")
            lines.append("")
        lines += [f"{lab['sig']}: {c.name(g, 'full')}", "", f"{hotel} · {ha.line()} · {T(htel)} · {role(c, hdom)}"]
        req = W(
            c,
            {
                "de": "Der Gast hat den Meldeschein handschriftlich ausgefüllt, ich habe ihn abgetippt. Fehlt etwas Pflichtangaben-mäßig?",
                "fr": "Le client a rempli la fiche à la main, je l'ai retapée. Manque-t-il une mention obligatoire ?",
                "it": "L'ospite ha compilato la scheda a mano e io l'ho ricopiata. Manca qualche dato obbligatorio?",
                "en": "The guest filled in the card by hand and I've typed it up. Is anything required missing?",
            },
        )
        return f"{req}\n\n" + "\n".join(lines) + "\n", {}
    if v == 1:
        guests = [
            {
                "primary": True,
                "title": c.title(g),
                "firstName": c.name(g, "first"),
                "lastName": c.name(g, "last"),
                "dateOfBirth": D(c.dob(18, 85).isoformat()),
                "nationality": nat,
                "email": E(c.email(g)),
                "phone": T(c.phone(region=greg, style=c.ch([1, 3]))),
                "address": {"line1": A(ga.street_only), "postalCode": ga.pc, "city": ga.town, "country": greg},
                "document": {"type": c.ch(["PASSPORT", "ID_CARD"]), "number": doc},
            }
        ]
        for pp, d in comp:
            guests.append(
                {
                    "primary": False,
                    "firstName": c.name(pp, "first"),
                    "lastName": c.name(pp, "last"),
                    "dateOfBirth": D(d.isoformat()),
                }
            )
        booker = c.person()
        card_full = c.p(0.35)
        res = {
            "reservationId": c.ref("R", 9),
            "status": "CHECKED_IN",
            "arrival": arr.isoformat(),
            "departure": dep.isoformat(),
            "room": str(c.rng.randint(101, 420)),
            "rate": c.ch(["BB-FLEX", "RO-NONREF", "HB-3N", "CORP-ACME"]),
            "booker": {
                "name": c.name(booker, "full"),
                "email": E(c.email(booker)),
                "company": c.company() if c.p(0.4) else None,
            },
            "guests": guests,
            "guarantee": (
                {
                    "type": "CARD",
                    "pan": C(c.card(style=0)),
                    "expiry": f"{c.rng.randint(1, 12):02d}{c.rng.randint(27, 31)}",
                    "holder": c.name(booker, "LFU"),
                }
                if card_full
                else {"type": "CARD", "maskedPan": c.masked(), "token": "tkn_" + c.up(8)}
            ),
            "notes": W(
                c,
                {
                    "de": f"Späte Anreise, Gast ruft an ({T(c.phone(region=greg))})",
                    "fr": f"Arrivée tardive, rappeler le {T(c.phone(region=greg))}",
                    "it": f"Arrivo tardivo, richiamare il {T(c.phone(region=greg))}",
                    "en": f"Late arrival, call {T(c.phone(region=greg))}",
                },
            ),
        }
        js = jdump(res, c.ch([2, 4]), ascii_=c.p(0.3))
        err = c.ch(
            [
                "cityTaxExport: guests[1].dateOfBirth missing age category",
                "RegistrationService: 400 address.line1 too long (max 40)",
                "policeReport: document.number invalid for nationality",
                "PCI check failed: guarantee.pan must be tokenised",
            ]
        )
        req = W(
            c,
            {
                "de": f'Unser PMS ({hotel}) wirft beim Check-in-Export diesen Fehler: "{err}". Hier die Reservierung – woran liegt es?',
                "fr": f"Notre PMS ({hotel}) renvoie cette erreur à l'export du check-in : « {err} ». Voici la réservation, d'où vient le problème ?",
                "it": f'Il nostro PMS ({hotel}) dà questo errore all\'export del check-in: "{err}". Ecco la prenotazione, qual è il problema?',
                "en": f"Our PMS ({hotel}) throws this on the check-in export: \"{err}\". Here's the reservation - what's causing it?",
            },
        )
        return f"{req}\n\n{js}\n", {}
    # v == 2
    if L == "it":
        recs = []
        all_g = [(g, None)] + comp
        for k, (pp, d) in enumerate(all_g):
            d = d or c.dob(18, 85)
            tipo = "16" if len(all_g) == 1 else ("17" if k == 0 else "19")
            last = ascii_fold_keep(pp.last).upper() if c.p(0.5) else pp.last.upper()
            first = ascii_fold_keep(pp.first).upper() if c.p(0.5) else pp.first.upper()
            last, first = last[:50], first[:30]
            rec = (
                tipo
                + c.fd(arr, "num")
                + f"{(dep - arr).days:02d}"
                + P(last)
                + " " * (50 - len(last))
                + P(first)
                + " " * (30 - len(first))
                + ("2" if pp.g == "f" else "1")
                + D(c.fd(d, "num"))
                + c.dg(9)
                + c.ch(["MI", "RM", "NA", "  "])
                + "100000100"
                + "100000100"
                + (c.ch(["IDENT", "PASOR", "PATEN"]) + doc.ljust(20) + c.dg(9) if k == 0 else " " * 34)
            )
            recs.append(rec)
        req = (
            f"Il portale Alloggiati Web mi scarta il file di oggi ({hotel}, {ha.lines[-1]}). Righe a larghezza fissa, "
            f"ti incollo il contenuto: vedi errori nei campi?"
        )
        foot = f"Struttura: {hotel}, {ha.line()}, tel. {T(htel)}, gestore {c.name(c.person(), 'full')}"
        return f"{req}\n\n```\n" + "\n".join(recs) + f"\n```\n\n{foot}\n", {}
    # OCR'd registration card in capitals (de/fr/en)
    lab = W(
        c,
        {
            "de": ("GÄSTEBLATT", "NAME", "VORNAME", "GEB.", "ANSCHRIFT", "TEL", "BEGLEITPERSONEN", "UNTERSCHRIFT"),
            "fr": ("FICHE CLIENT", "NOM", "PRENOM", "NE(E) LE", "ADRESSE", "TEL", "ACCOMPAGNANTS", "SIGNATURE"),
            "en": ("REGISTRATION CARD", "SURNAME", "FORENAME", "D.O.B.", "ADDRESS", "TEL", "OTHER GUESTS", "SIGNATURE"),
        },
    )
    lines = [
        f"{hotel.upper()} - {lab[0]}  NO. {c.dg(6)}",
        f"ARR {c.fd(arr, 'num')}   DEP {c.fd(dep, 'num')}   RM {c.rng.randint(1, 60)}",
        f"{lab[1]}: {c.name(g, 'LAST')}    {lab[2]}: {P(g.first.upper())}",
        f"{lab[3]}: {D(c.fd(c.dob(18, 85), 'num'))}",
        f"{lab[4]}: {A(ga.street_only.upper())}",
        f"          {A(ga.lines[-1].upper())}",
        f"{lab[5]}: {T(c.phone(region=greg))}",
    ]
    if comp:
        lines.append(f"{lab[6]}: " + "; ".join(f"{c.name(pp, 'upper')} {D(c.fd(d, 'num'))}" for pp, d in comp))
    lines += [f"{lab[7]}: {P(g.first[0].upper() + '. ' + g.last.upper())}", "", f"{ha.line()} {T(htel)}".upper()]
    req = W(
        c,
        {
            "de": "Das hier kommt aus dem Scanner (OCR) unserer Rezeption. Kannst du die Felder sauber als Tabelle ausgeben?",
            "fr": "Ceci sort du scanner (OCR) de la réception. Peux-tu remettre les champs au propre dans un tableau ?",
            "en": "This came out of the front-desk scanner (OCR). Can you clean the fields up into a table?",
        },
    )
    return f"{req}\n\n{NOISE_START}" + "\n".join(lines) + "\n", {"noise": ocr_noise(c)}


# =============================================================================================
# 10. mobileorder - mobile contract orders, number porting and provider API payloads
# =============================================================================================
PROVIDERS = {
    "DE": ["Telekom", "Vodafone", "O2", "1&1", "congstar"],
    "AT": ["A1", "Magenta", "Drei", "HoT"],
    "CH": ["Swisscom", "Sunrise", "Salt", "Wingo"],
    "FR": ["Orange", "SFR", "Bouygues Telecom", "Free Mobile"],
    "BE": ["Proximus", "Orange Belgium", "Telenet", "Mobile Vikings"],
    "LU": ["POST", "Tango", "Orange Luxembourg"],
    "IT": ["TIM", "Vodafone", "WindTre", "Iliad", "ho."],
    "GB": ["EE", "Vodafone", "O2", "Three", "giffgaff"],
    "IE": ["Eir", "Vodafone", "Three", "Tesco Mobile"],
    "US": ["Verizon", "AT&T", "T-Mobile", "Mint Mobile"],
    "CA": ["Rogers", "Bell", "Telus", "Fido"],
    "AU": ["Telstra", "Optus", "Vodafone AU", "Amaysim"],
    "NZ": ["One NZ", "Spark", "2degrees", "Skinny"],
}


def iccid(c: Ctx) -> str:
    body = "89" + c.ch(["49", "43", "41", "33", "32", "352", "39", "44", "353", "1", "61", "64"]) + c.dg(14)
    body = body[:18]
    return body + luhn_digit(body)


def imei(c: Ctx) -> str:
    body = c.ch(["35", "86", "01", "49"]) + c.dg(12)
    return body + luhn_digit(body)


def t_mobileorder(c: Ctx) -> tuple[str, dict]:
    L = c.lang
    prov = c.ch(PROVIDERS[c.region])
    old = c.ch([p for p in PROVIDERS[c.region] if p != prov])
    v = c.i % 3
    cu = c.person()
    a = c.addr()
    port = c.phone("mobile")
    nodd = c.region in ("US", "CA", "AU", "NZ")
    if v == 0:
        seller = c.person()
        holder = c.person(last=cu.last) if c.p(0.3) else cu
        lab = W(
            c,
            {
                "de": dict(
                    t="Auftrag Mobilfunkvertrag",
                    cn="Kundennummer",
                    n="Name",
                    dob="Geburtsdatum",
                    a="Anschrift",
                    m="E-Mail",
                    k="Kontaktrufnummer",
                    port="Rufnummernmitnahme",
                    frm="vom Anbieter",
                    tarif="Tarif",
                    sim="SIM-Karte (ICCID)",
                    dev="Endgerät / IMEI",
                    pay="Zahlungsweise",
                    holder="Kontoinhaber/in",
                    seller="Verkäufer/in",
                    sig="Unterschrift Kunde/Kundin",
                ),
                "fr": dict(
                    t="Bon de commande forfait mobile",
                    cn="N° client",
                    n="Nom",
                    dob="Date de naissance",
                    a="Adresse",
                    m="E-mail",
                    k="Numéro de contact",
                    port="Portabilité du numéro",
                    frm="opérateur actuel",
                    tarif="Forfait",
                    sim="Carte SIM (ICCID)",
                    dev="Terminal / IMEI",
                    pay="Mode de paiement",
                    holder="Titulaire du compte",
                    seller="Conseiller(ère)",
                    sig="Signature du client",
                ),
                "it": dict(
                    t="Proposta di abbonamento mobile",
                    cn="Codice cliente",
                    n="Nominativo",
                    dob="Data di nascita",
                    a="Indirizzo",
                    m="E-mail",
                    k="Recapito",
                    port="Portabilità del numero",
                    frm="operatore attuale",
                    tarif="Offerta",
                    sim="SIM (ICCID)",
                    dev="Terminale / IMEI",
                    pay="Pagamento",
                    holder="Intestatario del conto",
                    seller="Addetto/a vendite",
                    sig="Firma del cliente",
                ),
                "en": dict(
                    t="Mobile contract order",
                    cn="Account no.",
                    n="Name",
                    dob="Date of birth",
                    a="Address",
                    m="Email",
                    k="Contact number",
                    port="Number transfer",
                    frm="from",
                    tarif="Plan",
                    sim="SIM (ICCID)",
                    dev="Handset / IMEI",
                    pay="Payment",
                    holder="Account holder",
                    seller="Sales advisor",
                    sig="Customer signature",
                ),
            },
        )
        if nodd:
            pay = f"{lab['pay']}: autopay, card {c.masked()}"
        elif c.region == "GB":
            pay = f"{lab['pay']}: Direct Debit, sort code {c.dg(2)}-{c.dg(2)}-{c.dg(2)}, acc. {c.dg(8)}, {lab['holder']}: {c.name(holder, 'full')}"
        else:
            pay = f"{lab['pay']}: SEPA, IBAN {I(c.iban())}, {lab['holder']}: {c.name(holder, 'full')}"
        lines = [
            f"{prov} – {lab['t']} {c.ref('', 10)} – Shop {c.ch([a.town, c.ch(TOWNS[c.key])[1] if c.key not in ('GB', 'US', 'CA', 'AU', 'NZ', 'IE', 'IT') else a.town])}",
            "",
            f"{lab['cn']}: {c.ref('', 9)}",
            f"{lab['n']}: {c.title(cu)} {c.name(cu, c.ch(['full', 'lf']))}",
            f"{lab['dob']}: {D(c.fd(c.dob(18, 80)))}",
            f"{lab['a']}:",
            a.block(indent="  "),
            f"{lab['m']}: {E(c.email(cu))}",
            f"{lab['k']}: {T(c.phone('land'))}",
            "",
            f"{lab['port']}: {T(port)} ({lab['frm']} {old}, {'PAC' if c.region == 'GB' else 'RIO' if c.region == 'FR' else 'PIN' if nodd else 'Kd.-Nr./code'} {c.up(3)}{c.dg(6)})",
            f"{lab['tarif']}: {c.ch(['Unlimited 5G', 'L 40 GB', 'Smart 20', 'Giga Plus', 'Essential 10GB'])}, {c.money(9, 69)}/{'Monat' if L == 'de' else 'mois' if L == 'fr' else 'mese' if L == 'it' else 'month'}",
            f"{lab['sim']}: {iccid(c)}",
            f"{lab['dev']}: {c.ch(['iPhone 16 128 GB', 'Galaxy S25', 'Pixel 9a', 'Fairphone 5'])}, {imei(c)}",
        ]
        if c.p(0.7):
            fam = c.person(last=cu.last if c.p(0.7) else None)
            cue = W(
                c,
                {
                    "de": "geb.",
                    "fr": gendered(c, fam, "né le", "née le"),
                    "it": gendered(c, fam, "nato il", "nata il"),
                    "en": "DOB",
                },
            )
            lines.append(
                W(
                    c,
                    {
                        "de": "Zusatzkarte für",
                        "fr": "Carte supplémentaire pour",
                        "it": "SIM aggiuntiva per",
                        "en": "Extra line for",
                    },
                )
                + f" {c.name(fam, 'full')} ({cue} {D(c.fd(c.dob(10, 80)))}), {T(c.phone())}"
            )
        lines += [
            pay,
            "",
            f"{lab['seller']}: {c.name(seller, c.ch(['fi', 'full', 'first']))}    {lab['sig']}: {c.name(cu, 'full')}",
        ]
        req = W(
            c,
            {
                "de": "Ich habe im Shop diesen Vertrag abgeschlossen. Kannst du mir sagen, was ich da genau unterschrieben habe, und ob die Rufnummernmitnahme richtig eingetragen ist?",
                "fr": "J'ai signé ce contrat en boutique. Peux-tu m'expliquer ce que j'ai signé et si la portabilité est bien renseignée ?",
                "it": "Ho firmato questo contratto in negozio. Mi spieghi cosa ho firmato e se la portabilità è inserita correttamente?",
                "en": "I signed this in the shop. Can you tell me what exactly I agreed to and whether the number transfer is filled in correctly?",
            },
        )
        return f"{req}\n\n" + "\n".join(lines) + "\n", {}
    if v == 1:
        agent, esc = c.person(), c.person()
        tmp = c.phone("mobile")
        reply = W(
            c,
            {
                "de": f"Antwort vom {c.fd(TODAY, 'num')}: Ihr Anliegen liegt jetzt bei der Fachabteilung. Ihr persönlicher Ansprechpartner: {c.name(esc, 'full')}, {T(c.phone('office'))}.",
                "fr": f"Réponse du {c.fd(TODAY, 'num')} : votre dossier est transmis au service technique. Votre interlocuteur : {c.name(esc, 'full')}, {T(c.phone('land'))}.",
                "it": f"Risposta del {c.fd(TODAY, 'num')}: la pratica è stata inoltrata all'ufficio tecnico. Referente: {c.name(esc, 'full')}, {T(c.phone('land'))}.",
                "en": f"Reply of {c.fd(TODAY, 'num')}: your case is now with our porting team. Your case owner: {c.name(esc, 'full')}, {T(c.phone('land'))}.",
            },
        )
        d = c.past(2, 14)
        t = W(
            c,
            {
                "de": f"Betreff: Rufnummernmitnahme {T(port)} seit {c.fd(d, 'num')} nicht erfolgt – Auftrag {c.ref('', 10)}\n\nSehr geehrte Damen und Herren,\n\nmeine Rufnummer {T(port)} sollte am {c.fd(d, 'num')} von {old} zu {prov} portiert werden. Seitdem habe ich keinen Empfang, die alte SIM ist abgeschaltet. Ihre Mitarbeiterin/Ihr Mitarbeiter {c.name(agent, 'first')} hat mir am Telefon eine Klärung binnen 24 Stunden zugesagt – passiert ist nichts.\n\nVertragsinhaber/in: {c.name(cu, 'full')}, geb. {D(c.fd(c.dob(18, 80)))}\nAnschrift: {a.line()}\nVorübergehend erreichbar unter {T(tmp)} oder {E(c.email(cu))}.\n\nIch setze Ihnen eine Frist bis {c.fd(c.future(3, 10), 'num')}.\n\nMit freundlichen Grüßen\n{c.name(cu, 'full')}\n\n> {reply}",
                "fr": f"Objet : portabilité du {T(port)} toujours pas effectuée – commande {c.ref('', 10)}\n\nMadame, Monsieur,\n\nmon numéro {T(port)} devait être porté de {old} vers {prov} le {c.fd(d, 'num')}. Depuis, je n'ai plus de réseau et l'ancienne SIM est coupée. {c.name(agent, 'first')}, de votre service client, m'avait promis un retour sous 24 h : rien.\n\nTitulaire : {c.name(cu, 'full')}, {gendered(c, cu, 'né', 'née')} le {D(c.fd(c.dob(18, 80)))}\nAdresse : {a.line()}\nJoignable temporairement au {T(tmp)} ou à {E(c.email(cu))}.\n\nJe vous remercie de régulariser avant le {c.fd(c.future(3, 10), 'num')}.\n\nCordialement,\n{c.name(cu, 'full')}\n\n> {reply}",
                "it": f"Oggetto: portabilità del numero {T(port)} non completata – ordine {c.ref('', 10)}\n\nGentile servizio clienti,\n\nil mio numero {T(port)} doveva passare da {old} a {prov} il {c.fd(d, 'num')}. Da allora sono senza linea e la vecchia SIM è disattivata. L'operatore/operatrice {c.name(agent, 'first')} mi aveva promesso una soluzione entro 24 ore, ma non è successo nulla.\n\nIntestatario/a: {c.name(cu, 'full')}, {gendered(c, cu, 'nato', 'nata')} il {D(c.fd(c.dob(18, 80)))}\nIndirizzo: {a.line()}\nRecapito provvisorio: {T(tmp)} oppure {E(c.email(cu))}.\n\nVi chiedo di risolvere entro il {c.fd(c.future(3, 10), 'num')}.\n\nDistinti saluti\n{c.name(cu, 'full')}\n\n> {reply}",
                "en": f"Subject: Number transfer for {T(port)} still not done - order {c.ref('', 10)}\n\nHello,\n\nmy number {T(port)} was due to move from {old} to {prov} on {c.fd(d, 'num')}. Since then I've had no service and the old SIM is dead. {c.name(agent, 'first')} in your support team promised a fix within 24 hours - nothing has happened.\n\nAccount holder: {c.name(cu, 'full')}, date of birth {D(c.fd(c.dob(18, 80)))}\nAddress: {a.line()}\nYou can reach me on {T(tmp)} or {E(c.email(cu))} for now.\n\nPlease sort this by {c.fd(c.future(3, 10), 'num')}.\n\nRegards,\n{c.name(cu, 'full')}\n\n> {reply}",
            },
        )
        req = W(
            c,
            {
                "de": "Kannst du meine Beschwerde schärfer, aber höflich formulieren?",
                "fr": "Peux-tu rendre ma réclamation plus ferme tout en restant polie ?",
                "it": "Puoi rendere il mio reclamo più deciso ma educato?",
                "en": "Can you make my complaint firmer but still polite?",
            },
        )
        return f"{req}\n\n{t}\n", {}
    # v == 2: order API payload
    minor = c.p(0.35)
    dob = c.dob(14, 17) if minor else c.dob(18, 80)
    guardian = c.person(last=cu.last)
    pl = {
        "orderType": "NEW_CONTRACT_WITH_PORT_IN",
        "salesChannel": c.ch(["ONLINE", "SHOP", "TELESALES"]),
        "contractHolder": {
            "salutation": c.title(cu),
            "firstName": c.name(cu, "first"),
            "lastName": c.name(cu, "last"),
            "birthDate": D(dob.isoformat()),
            "email": E(c.email(cu)),
            "contactPhone": T(c.phone("land", style=c.ch([3, 4]))),
            "address": {"street": a.street(), "zip": a.pc, "city": a.town, "country": c.region},
        },
        "portIn": {
            "msisdn": T(port if c.p(0.5) else compact(port)),
            "donor": old,
            "donorAccountRef": c.up(2) + c.dg(8),
            "requestedDate": c.future(5, 20).isoformat(),
        },
        "sim": {"type": c.ch(["eSIM", "PHYSICAL"]), "iccid": iccid(c)},
        "device": {"sku": c.up(3) + "-" + c.dg(5), "imei": imei(c)},
    }
    if c.p(0.7):
        pl["additionalLines"] = [
            {"userName": c.name(c.person(last=cu.last if c.p(0.5) else None), "full"), "msisdn": T(c.phone(style=3))}
            for _ in range(c.ch([1, 2]))
        ]
    if minor:
        pl["legalGuardian"] = {
            "name": c.name(guardian, "full"),
            "birthDate": D(c.dob(35, 60).isoformat()),
            "phone": T(c.phone()),
        }
    if not nodd and c.region != "GB":
        pl["payment"] = {
            "method": "SEPA_DD",
            "iban": I(c.iban(grouped=False)),
            "accountHolder": c.name(guardian if minor else cu, "full"),
            "mandateId": c.ref("MNDT", 10),
        }
    else:
        pl["payment"] = {"method": "CARD_AUTOPAY", "token": "pm_" + c.up(10), "last4": c.dg(4)}
    err = (
        "contractHolder.birthDate: holder must be at least 18 years old"
        if minor
        else c.ch(
            ["portIn.msisdn: number not in E.164 format", "contractHolder.address.street: house number missing"]
            + (["payment.iban: BIC required for non-domestic IBAN"] if "iban" in pl["payment"] else [])
        )
    )
    js = jdump(pl, 2, ascii_=c.p(0.25))
    req = W(
        c,
        {
            "de": f'Die Bestell-API von {prov} lehnt diesen Auftrag ab: "{err}". Wie baue ich den Payload richtig?',
            "fr": f"L'API de commande de {prov} refuse cette commande : « {err} ». Comment corriger le payload ?",
            "it": f'L\'API ordini di {prov} rifiuta questo ordine: "{err}". Come correggo il payload?',
            "en": f'{prov}\'s order API rejects this: "{err}". How should the payload look?',
        },
    )
    return f"{req}\n\n```json\n{js}\n```\n", {}


# =============================================================================================
# 11. meter - meter readings, move-in/move-out notices to utilities, reading exports
# =============================================================================================
UTILITIES = {
    "de": ["Stadtwerke", "E.ON Energie", "Wien Energie", "EWZ", "Vattenfall"],
    "fr": ["EDF", "Engie", "SIG", "Luminus", "Enovos"],
    "it": ["Enel Energia", "A2A", "Hera", "AIL Lugano", "Iren"],
    "en": ["British Gas", "Octopus Energy", "Electric Ireland", "Con Edison", "Hydro Ottawa", "AGL", "Mercury"],
}


def meter_no(c: Ctx) -> str:
    return c.ch(
        {
            "DE": [f"1ESY{c.dg(10)}", f"1EMH{c.dg(10)}", c.dg(8)],
            "AT": [f"AT00{c.dg(8)}", c.dg(8)],
            "CH": [f"Z{c.dg(2)}-{c.dg(6)}", c.dg(8)],
            "FR": [f"PDL {c.dg(14)}", f"PCE GI{c.dg(6)}"],
            "BE": [f"EAN 5414{c.dg(14)}", c.dg(8)],
            "LU": [f"LU{c.dg(14)}", c.dg(8)],
            "IT": [f"IT001E{c.dg(8)}", f"PDR {c.dg(14)}"],
            "GB": [f"MPAN {c.dg(13)}", f"E{c.dg(2)}Z{c.dg(5)}"],
            "IE": [f"MPRN {c.dg(11)}", f"GPRN {c.dg(7)}"],
            "US": [f"{c.dg(9)}", f"M-{c.dg(7)}"],
            "CA": [f"{c.dg(8)}", f"ESI {c.dg(10)}"],
            "AU": [f"NMI {c.dg(10)}", c.dg(9)],
            "NZ": [f"ICP {c.dg(10)}{c.up(2)}{c.dg(3)}", c.dg(8)],
        }[c.region]
    )


def t_meter(c: Ctx) -> tuple[str, dict]:
    L = c.lang
    ut = c.ch(UTILITIES[L])
    v = c.i % 3
    if v == 0:
        out_, in_ = c.person(), c.person()
        prem = c.addr(unit=0.5)
        newa = c.addr()
        ll = c.person()
        d = c.past(1, 12)
        pay = f"IBAN {I(c.iban())}" if c.region not in ("US", "CA", "AU", "NZ", "GB") else f"card {c.masked()}"
        lab = W(
            c,
            {
                "de": dict(
                    t="Ein-/Auszugsmeldung",
                    ol="Bisherige/r Kunde/Kundin",
                    nl="Neue/r Kunde/Kundin",
                    prem="Verbrauchsstelle",
                    na="Neue Anschrift bisherige/r Kunde/Kundin",
                    mn="Zählernummer",
                    st="Zählerstand",
                    d="Übergabedatum",
                    ll="Vermieter/in",
                    dob="Geburtsdatum",
                    tel="Telefon",
                    m="E-Mail",
                    bank="Abschlag per Lastschrift",
                    holder="Kontoinhaber/in",
                ),
                "fr": dict(
                    t="Déclaration de déménagement / emménagement",
                    ol="Ancien titulaire",
                    nl="Nouveau titulaire",
                    prem="Point de livraison",
                    na="Nouvelle adresse de l'ancien titulaire",
                    mn="N° de compteur",
                    st="Index relevé",
                    d="Date de remise des clés",
                    ll="Propriétaire",
                    dob="Date de naissance",
                    tel="Téléphone",
                    m="Courriel",
                    bank="Prélèvement",
                    holder="Titulaire du compte",
                ),
                "it": dict(
                    t="Voltura / subentro – comunicazione lettura",
                    ol="Vecchio intestatario",
                    nl="Nuovo intestatario",
                    prem="Indirizzo di fornitura",
                    na="Nuovo indirizzo del vecchio intestatario",
                    mn="Matricola contatore",
                    st="Lettura",
                    d="Data consegna chiavi",
                    ll="Proprietario/a",
                    dob="Data di nascita",
                    tel="Telefono",
                    m="E-mail",
                    bank="Addebito diretto",
                    holder="Intestatario del conto",
                ),
                "en": dict(
                    t="Change of occupier",
                    ol="Outgoing customer",
                    nl="New occupier",
                    prem="Supply address",
                    na="Forwarding address (outgoing)",
                    mn="Meter serial",
                    st="Reading",
                    d="Key handover",
                    ll="Landlord",
                    dob="Date of birth",
                    tel="Phone",
                    m="Email",
                    bank="Payment",
                    holder="Account holder",
                ),
            },
        )
        lines = [
            f"{ut} – {lab['t']}",
            "",
            f"{lab['prem']}:",
            prem.block(indent="  "),
            f"{lab['mn']}: {meter_no(c)}    {lab['st']}: {c.dg(5)},{c.dg(1)} kWh    {lab['d']}: {c.fd(d, 'num')}",
            "",
            f"{lab['ol']}: {c.name(out_, 'full')} ({c.ref('', 9)}), {T(c.phone())}, {E(c.email(out_))}",
            f"{lab['na']}: {newa.line()}",
            "",
            f"{lab['nl']}: {c.name(in_, c.ch(['full', 'lf']))}",
            f"{lab['dob']}: {D(c.fd(c.dob(18, 80)))}",
            f"{lab['tel']}: {T(c.phone())}    {lab['m']}: {E(c.email(in_))}",
            f"{lab['bank']}: {pay}" + (f", {lab['holder']}: {c.name(in_, 'full')}" if "IBAN" in pay else ""),
            "",
            f"{lab['ll']}: {c.title(ll)} {c.name(ll, 'full')}, {T(c.phone('land'))}",
        ]
        req = W(
            c,
            {
                "de": "Ich ziehe in diese Wohnung. Ist das Formular für den Versorger so vollständig und verständlich?",
                "fr": "J'emménage dans ce logement. Le formulaire pour le fournisseur est-il complet ?",
                "it": "Sto entrando in questo appartamento. Il modulo per il fornitore è completo?",
                "en": "I'm moving into this flat. Is the form for the supplier complete?",
            },
        )
        return f"{req}\n\n" + "\n".join(lines) + "\n", {}
    if v == 1:
        bld = c.addr(unit=0)
        hdr = W(
            c,
            {
                "de": ["Whg", "Mieter/in", "Zählernr.", "Stand alt", "Stand neu", "Ablesung", "Telefon", "Bemerkung"],
                "fr": ["Lgt", "Occupant", "Compteur", "Ancien index", "Nouvel index", "Relevé", "Tél.", "Remarque"],
                "it": ["Int.", "Inquilino/a", "Matricola", "Lettura prec.", "Lettura att.", "Data", "Tel.", "Note"],
                "en": ["Flat", "Tenant", "Meter", "Prev", "Current", "Read on", "Phone", "Note"],
            },
        )
        rows = []
        for k in range(c.ch([4, 5, 6])):
            tn = c.person()
            prev = c.rng.randint(1000, 40000)
            note = ""
            if c.p(0.3):
                nb = c.person()
                note = W(
                    c, {"de": "Schlüssel bei ", "fr": "clé chez ", "it": "chiavi da ", "en": "key with "}
                ) + c.name(nb, c.ch(["full", "last"]))
            elif c.p(0.2):
                note = W(c, {"de": "geschätzt", "fr": "estimé", "it": "stimata", "en": "estimated"})
            rows.append(
                [
                    str(k + 1),
                    c.name(tn, c.ch(["lf", "full", "LF"])),
                    meter_no(c),
                    str(prev),
                    str(prev + c.rng.randint(200, 4000)),
                    c.fd(c.past(1, 10), "num"),
                    T(c.phone()),
                    note,
                ]
            )
        care = c.person()
        t = "\n".join(["\t".join(hdr)] + ["\t".join(r) for r in rows])
        req = W(
            c,
            {
                "de": f"Ablesung Heizkostenverteiler/Strom im Haus {bld.line()} (Hauswart {c.name(care, 'full')}, {T(c.phone())}). Berechne bitte den Verbrauch je Wohnung und markiere Ausreißer:",
                "fr": f"Relevés des compteurs de l'immeuble {bld.line()} (gardien : {c.name(care, 'full')}, {T(c.phone())}). Calcule la consommation par logement et signale les valeurs aberrantes :",
                "it": f"Letture contatori del condominio {bld.line()} (portiere {c.name(care, 'full')}, {T(c.phone())}). Calcola i consumi per interno e segnala le anomalie:",
                "en": f"Meter readings for {bld.line()} (caretaker {c.name(care, 'full')}, {T(c.phone())}). Work out consumption per flat and flag outliers:",
            },
        )
        return f"{req}\n\n{t}\n", {}
    # v == 2: note to the landlord
    ll, me, prev = c.person(), c.person(), c.person("f")
    flat = c.addr(unit=0.5)
    pa = c.addr()
    ib = c.iban() if c.region not in ("US", "CA", "AU", "NZ") else None
    mgr = c.person()
    olda = c.addr()
    cc = f"Cc: {c.name(mgr, 'full')} <{E(c.email(mgr, dom(c, c.company()), work=True))}>\n\n"
    post = W(
        c,
        {
            "de": f"Post bitte bis Monatsende noch an {olda.line()}.",
            "fr": f"Jusqu'à la fin du mois, mon courrier arrive encore au {olda.line()}.",
            "it": f"Fino a fine mese la posta mi arriva ancora in {olda.line()}.",
            "en": f"Until the end of the month my post still goes to {olda.line()}.",
        },
    )
    t = W(
        c,
        {
            "de": f"{c.dear(ll)},\n\nanbei die Zählerstände zur Übergabe der Wohnung {flat.line()} am {c.fd(c.past(1, 5), 'num')}: Strom {c.dg(5)} kWh, Gas {c.dg(5)},{c.dg(3)} m³, Wasser kalt {c.dg(3)} m³. Die Vormieterin Frau {c.name(prev, 'last')} hat den Keller noch nicht geräumt; ihre neue Anschrift ist {pa.line()}, Tel. {T(c.phone())}.\n{post}\n"
            + (f"Die Kaution bitte auf mein Konto {I(ib)} überweisen.\n" if ib else "")
            + f"\nViele Grüße\n{c.name(me, 'full')}\n{T(c.phone())}",
            "fr": f"{c.dear(ll)},\n\nvoici les index relevés à l'état des lieux du logement {flat.line()} le {c.fd(c.past(1, 5), 'num')} : électricité {c.dg(5)} kWh, gaz {c.dg(5)},{c.dg(3)} m³, eau froide {c.dg(3)} m³. L'ancienne locataire, Mme {c.name(prev, 'last')}, n'a pas encore vidé la cave ; sa nouvelle adresse : {pa.line()}, tél. {T(c.phone())}.\n{post}\n"
            + (f"Merci de restituer le dépôt de garantie sur mon compte {I(ib)}.\n" if ib else "")
            + f"\nBien cordialement,\n{c.name(me, 'full')}\n{T(c.phone())}",
            "it": f"{c.dear(ll)},\n\nle invio le letture alla consegna dell'appartamento di {flat.line()} del {c.fd(c.past(1, 5), 'num')}: luce {c.dg(5)} kWh, gas {c.dg(5)},{c.dg(3)} m³, acqua {c.dg(3)} m³. La precedente inquilina, sig.ra {c.name(prev, 'last')}, non ha ancora svuotato la cantina; il suo nuovo indirizzo è {pa.line()}, tel. {T(c.phone())}.\n{post}\n"
            + (f"Il deposito cauzionale può restituirlo sul mio conto {I(ib)}.\n" if ib else "")
            + f"\nCordiali saluti\n{c.name(me, 'full')}\n{T(c.phone())}",
            "en": f"{c.dear(ll)},\n\nhere are the readings from the check-in at {flat.line()} on {c.fd(c.past(1, 5), 'num')}: electricity {c.dg(5)} kWh, gas {c.dg(5)}.{c.dg(3)} m3, water {c.dg(3)} m3. The previous tenant, {c.title(prev)} {c.name(prev, 'last')}, still hasn't cleared the storage cupboard; her forwarding address is {pa.line()}, tel. {T(c.phone())}.\n{post}\n"
            + (f"Please return the deposit to {I(ib)}.\n" if ib else "")
            + f"\nBest wishes,\n{c.name(me, 'full')}\n{T(c.phone())}",
        },
    )
    req = W(
        c,
        {
            "de": "Bitte Rechtschreibung prüfen und etwas förmlicher machen:",
            "fr": "Corrige l'orthographe et rends le ton un peu plus formel :",
            "it": "Correggi eventuali errori e rendi il tono un po' più formale:",
            "en": "Please proofread and make it a bit more formal:",
        },
    )
    return f"{req}\n\n{cc}{t}\n", {}


# =============================================================================================
# 12. fhir - healthcare interface payloads: FHIR Patient JSON, HL7 v2 ADT messages, FHIR bundles
# =============================================================================================
def compact(phone: str) -> str:
    """A phone number without separators (and without the "(0)" trunk prefix)."""
    return re.sub(r"[^\d+]", "", phone.replace("(0)", ""))


def t_fhir(c: Ctx) -> tuple[str, dict]:

    v = c.i % 3
    pt = c.person(middle=0.3)
    a = c.addr(unit=0.15)
    kin = c.person(last=pt.last if c.p(0.5) else None)
    kin2 = c.person() if c.p(0.6) else None
    gp = c.person()
    hosp = W(
        c,
        {
            "de": c.ch(["Klinikum Nord", "Kantonsspital", "Landesklinikum", "Spital Oberland"]),
            "fr": c.ch(["CHU Sud", "Hôpital de la Tour", "Clinique des Alpes", "CHL"]),
            "it": c.ch(["Ospedale Civile", "Policlinico Est", "Ospedale Regionale", "ASL 3"]),
            "en": c.ch(["St Mary's Hospital", "Royal Infirmary", "General Hospital", "Community Health Centre"]),
        },
    )
    if v == 0:
        dob = c.dob(0, 95)
        bad = c.p(0.4)
        maiden = c.person("f") if pt.g == "f" and c.p(0.4) else None
        names = [
            {
                "use": "official",
                "family": c.name(pt, "last"),
                "given": [c.name(pt, "first")] + ([P(pt.middle)] if pt.middle else []),
            }
        ]
        if maiden:
            names.append({"use": "maiden", "family": c.name(maiden, "last")})
        res = {
            "resourceType": "Patient",
            "id": c.ref("pat-", 6),
            "identifier": [
                {
                    "system": c.ch(
                        [
                            "http://fhir.de/sid/gkv/kvid-10",
                            "urn:oid:2.16.756.5.32",
                            "https://fhir.nhs.uk/Id/nhs-number",
                            "urn:oid:1.2.250.1.213.1.4.8",
                        ]
                    ),
                    "value": c.up(1) + c.dg(9),
                }
            ],
            "active": True,
            "name": names,
            "telecom": [
                {"system": "phone", "value": T(c.phone()), "use": "mobile"},
                {"system": "email", "value": E(c.email(pt))},
            ]
            + ([{"system": "phone", "value": T(c.phone("office")), "use": "work"}] if c.p(0.5) else []),
            "gender": "female" if pt.g == "f" else "male",
            "birthDate": D(c.fd(dob, "num") if bad else dob.isoformat()),
            "address": [
                {
                    "use": "home",
                    "line": [A(x) for x in a.lines[:-1]],
                    "city": a.town,
                    "postalCode": a.pc,
                    "country": key2reg(a.key),
                }
            ],
            "contact": [
                {
                    "relationship": [
                        {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0131", "code": "N"}]}
                    ],
                    "name": {"text": c.name(kin, "full")},
                    "telecom": [{"system": "phone", "value": T(c.phone())}],
                }
            ]
            + (
                [
                    {
                        "relationship": [
                            {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0131", "code": "C"}]}
                        ],
                        "name": {"family": c.name(kin2, "last"), "given": [c.name(kin2, "first")]},
                        "telecom": [{"system": "email", "value": E(c.email(kin2))}],
                    }
                ]
                if kin2
                else []
            ),
            "generalPractitioner": [
                {"reference": f"Practitioner/{c.dg(5)}", "display": doc_title(c, gp) + " " + c.name(gp, "full")}
            ],
        }
        js = jdump(res, 2, ascii_=c.p(0.2))
        err = (
            f"Patient.birthDate: value '{D(c.fd(dob, 'num'))}' does not match regex ([0-9]{{4}})(-[0-9]{{2}}(-[0-9]{{2}})?)?"
            if bad
            else "Patient.address[0].line: unit designation not allowed by profile"
        )
        req = W(
            c,
            {
                "de": f"Der FHIR-Validator ({hosp}) meldet für diese Patient-Ressource einen Fehler. Was muss ich ändern?",
                "fr": f"Le validateur FHIR ({hosp}) signale une erreur sur cette ressource Patient. Que dois-je corriger ?",
                "it": f"Il validatore FHIR ({hosp}) segnala un errore su questa risorsa Patient. Cosa devo correggere?",
                "en": f"The FHIR validator ({hosp}) flags an error on this Patient resource. What do I need to change?",
            },
        )
        return f"{req}\n\n```json\n{js}\n```\n\nERROR {err}\n", {}
    if v == 1:
        dob = c.dob(0, 95)
        up = c.p(0.6)

        def xpn(p: Person) -> str:
            f_, l_ = (ascii_fold_keep(p.first).upper(), ascii_fold_keep(p.last).upper()) if up else (p.first, p.last)
            return P(f"{l_}^{f_}" + (f"^{(ascii_fold_keep(p.middle).upper() if up else p.middle)}" if p.middle else ""))

        def xad(ad: Addr) -> str:
            street = ad.street_only
            return f"{A(street.upper() if up else street)}^^{ad.town.upper() if up else ad.town}^^{ad.pc}^{key2reg(ad.key)}^H"

        ka = c.addr()
        ts = f"2026120{c.rng.randint(1, 5)}{c.rng.randint(7, 18):02d}{c.rng.randint(0, 59):02d}{c.rng.randint(0, 59):02d}"
        ph = compact(c.phone())
        wph = c.phone("office")
        attending = c.person()
        bad = c.p(0.4)
        dobs = c.fd(dob, "num") if bad else dob.strftime("%Y%m%d")
        segs = [
            f"MSH|^~\\&|KIS|{slug(hosp).upper()[:12]}|LIS|LAB|{ts}||ADT^A04^ADT_A01|MSG{c.dg(8)}|P|2.5|||AL|NE|{c.region}",
            f"EVN|A04|{ts}",
            f"PID|1||{c.dg(8)}^^^KIS^MR~{c.up(1)}{c.dg(9)}^^^{c.ch(['GKV', 'AVS', 'NHS', 'CF', 'SSN'])}^NI||{xpn(pt)}^^{c.ch(['', 'DR', 'PROF'])}^L||{D(dobs)}|{'F' if pt.g == 'f' else 'M'}|||{xad(a)}||{T(ph)}^PRN^CP~^NET^Internet^{E(c.email(pt))}|{T(wph)}^WPN^PH||{c.ch(['M', 'S', 'D', 'W'])}||{c.dg(10)}",
            f"NK1|1|{xpn(kin)}|{c.ch(['SPO^Spouse', 'CHD^Child', 'PAR^Parent', 'SIB^Sibling'])}|{xad(ka)}|{T(compact(c.phone()))}",
            f"PD1|||{slug(hosp).upper()[:10]}^^{c.dg(5)}|{c.dg(7)}^{xpn(gp)}^^^DR",
            f"PV1|1|O|AMB^{c.dg(3)}^^{slug(hosp).upper()[:8]}||||{c.dg(6)}^{(ascii_fold_keep(attending.last).upper() if up else attending.last)}^{(ascii_fold_keep(attending.first).upper() if up else attending.first)}^^^DR|||||||||||{c.dg(9)}",
            f"IN1|1|{c.ch(['AOK01', 'CSS', 'CPAM75', 'INPS', 'BUPA'])}|{c.dg(9)}|{c.company()}||||||||||||{c.dg(10)}",
        ]
        # PV1 attending name is a PERSON too: mark it
        if kin2:
            segs.insert(
                4, f"NK1|2|{xpn(kin2)}|{c.ch(['CHD^Child', 'SIB^Sibling', 'FND^Friend'])}||{T(compact(c.phone()))}"
            )
        pv1 = segs[-2]
        nm = (
            (ascii_fold_keep(attending.last).upper() if up else attending.last)
            + "^"
            + (ascii_fold_keep(attending.first).upper() if up else attending.first)
        )
        segs[-2] = pv1.replace(nm, P(nm), 1)
        msg = "\r\n".join(segs) if c.p(0.2) else "\n".join(segs)
        err = (
            "MSA|AE|... ERR|PID^1^7|102^Data type error^HL70357|E"
            if bad
            else "MSA|AR|... ERR|NK1^1^2|101^Required field missing^HL70357|E|family name component"
        )
        req = W(
            c,
            {
                "de": "Unser Laborsystem lehnt diese ADT-Nachricht ab. Wo ist der Fehler?",
                "fr": "Notre système de laboratoire rejette ce message ADT. Où est l'erreur ?",
                "it": "Il nostro sistema di laboratorio rifiuta questo messaggio ADT. Dov'è l'errore?",
                "en": "Our lab system rejects this ADT message. Where's the problem?",
            },
        )
        return f"{req}\n\n```\n{msg}\n```\n\nACK: {err}\n", {}
    # v == 2: compact FHIR bundle
    dob = c.dob(0, 95)
    rp = c.person()
    pr = c.person()
    ascii_ = c.p(0.5)
    ents = [
        {
            "fullUrl": f"urn:uuid:{c.dg(8)}-{c.dg(4)}",
            "resource": {
                "resourceType": "Patient",
                "name": [{"text": c.name(pt, c.ch(["full", "mid"]))}],
                "birthDate": D(dob.isoformat()),
                "telecom": [{"system": "phone", "value": T(c.phone())}, {"system": "email", "value": E(c.email(pt))}],
                "address": [{"text": a.line()}],
            },
        },
        {
            "fullUrl": f"urn:uuid:{c.dg(8)}-{c.dg(4)}",
            "resource": {
                "resourceType": "RelatedPerson",
                "relationship": [{"text": c.ch(["mother", "daughter", "partner", "guardian"])}],
                "name": [{"family": c.name(rp, "last"), "given": [c.name(rp, "first")]}],
                "telecom": [{"system": "email", "value": E(c.email(rp))}, {"system": "phone", "value": T(c.phone())}],
            },
        },
        {
            "fullUrl": f"urn:uuid:{c.dg(8)}-{c.dg(4)}",
            "resource": {
                "resourceType": "Practitioner",
                "name": [{"prefix": [doc_title(c, pr)], "family": c.name(pr, "last"), "given": [c.name(pr, "first")]}],
                "telecom": [{"system": "phone", "value": T(c.phone("office")), "use": "work"}],
                "address": [{"line": [c.addr().street()], "city": "", "use": "work"}],
            },
        },
    ]
    if kin2:
        ents.insert(
            2,
            {
                "fullUrl": f"urn:uuid:{c.dg(8)}-{c.dg(4)}",
                "resource": {
                    "resourceType": "RelatedPerson",
                    "relationship": [{"text": "emergency contact"}],
                    "name": [{"text": c.name(kin2, c.ch(["full", "lf"]))}],
                    "telecom": [{"system": "phone", "value": T(c.phone())}],
                },
            },
        )
    bundle = {
        "resourceType": "Bundle",
        "type": "transaction",
        "timestamp": f"{TODAY.isoformat()}T09:{c.dg(1)}{c.dg(1)}:00+01:00",
        "entry": ents,
    }
    js = jcompact(bundle, ascii_=ascii_)
    req = W(
        c,
        {
            "de": "Formatier mir dieses FHIR-Bundle lesbar und erklär kurz, welche Ressourcen drin sind:",
            "fr": "Mets ce bundle FHIR en forme lisible et explique brièvement quelles ressources il contient :",
            "it": "Formatta questo bundle FHIR in modo leggibile e spiega brevemente quali risorse contiene:",
            "en": "Pretty-print this FHIR bundle and briefly explain which resources are in it:",
        },
    )
    return f"{req}\n\n{js}\n", {}


# =============================================================================================
# driver
# =============================================================================================
TEMPLATES = {
    "recall": t_recall,
    "pharmacy": t_pharmacy,
    "wedding": t_wedding,
    "checkin": t_checkin,
    "interview": t_interview,
    "hoa": t_hoa,
    "pickup": t_pickup,
    "chargeback": t_chargeback,
    "hotelreg": t_hotelreg,
    "mobileorder": t_mobileorder,
    "meter": t_meter,
    "fhir": t_fhir,
}


def overlaps(ents: list[dict]) -> bool:
    s = sorted(ents, key=lambda e: (e["start"], e["end"]))
    return any(a["end"] > b["start"] for a, b in zip(s, s[1:], strict=False))


def build() -> list[dict]:
    recs = []
    for lang in LANGS:
        for tpl, fn in TEMPLATES.items():
            for i in range(DOCS_PER_TEMPLATE):
                regs = REGIONS[lang]
                region = regs[(i + i // 3) % len(regs)]  # decorrelated from the template variant (i % 3 or i % 4)
                c = Ctx(lang, region, tpl, i)
                marked, opts = fn(c)
                text, ents = finalize(marked, opts.get("case"), opts.get("noise"))
                for e in ents:
                    assert text[e["start"] : e["end"]] == e["text"], e
                    assert e["text"] == e["text"].strip() and e["text"], e
                    if e["type"] == "IBAN":
                        assert iban_valid(e["text"].replace(" ", "")), e
                    if e["type"] == "CARD":
                        assert luhn_ok(re.sub(r"\D", "", e["text"])), e
                assert not overlaps(ents)
                recs.append(
                    {
                        "id": f"{SET_NAME}-{lang}-{tpl}-{i:02d}",
                        "locale": f"{lang}_{region}",
                        "lang": lang,
                        "text": text,
                        "entities": ents,
                    }
                )
    return recs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=pathlib.Path, default=OUT)
    args = ap.parse_args(argv)
    recs = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(r["entities"]) for r in recs)
    print(f"wrote {len(recs)} documents, {n} entities to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
