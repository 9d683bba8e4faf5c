"""Thirty-third blind evaluation set ("holdout33") for the anonymizer.

Blind set 33, written 2026-12-07 by a helper session that read only the module docstrings of generate_holdout30.py,
generate_holdout31.py and generate_holdout32.py (``ast.get_docstring``), the module docstring of evaluate.py
(``ast.get_docstring``) and the source of its function evaluate_synthetic (``ast.get_source_segment``; the helpers it
calls were not extracted), plus the standard library.  It did not read the detectors (src/), the tests, the docs,
README files, the bodies of the other generators or of templates.py, or any data set text, and it ran no git command
besides adding and committing its three files and reading the new commit's hash.  Unlike holdout27-32 it does not use
Faker: every name, street, town, postcode and area-code list below was written for this set.  Slips, none of them
showing detector code, test code or data set text: the first print of the four docstrings was cut by the tool's
output limit, so they were written to scratch files in /tmp and read in parts with ``sed``; ``ls`` of the worktree
root and of bench/privacy printed file names; ``grep -n "ruff" -A15 pyproject.toml`` printed the project's ruff and
mypy settings with a few neighbouring lines (the "ruff>=0.6" dev dependency, the bench extras, the package-data line);
in evaluate.py ``grep -n`` for "holdout32" and "range(2, 33)" printed the first line of the holdout32 sentence, the
usage line and the argparse line that builds the split choices, and ``sed`` printed the thirteen docstring lines
around the end of the holdout32 sentence; after editing it, ``sed`` printed eleven lines of its docstring to check the
wrapping and ``evaluate.py --help`` was run once, piped into ``grep -o holdout33``.  The venv
has no ruff, so ruff 0.17.6 was installed with pip into a scratch venv in /tmp and run on this script only (check, and
format with ``--line-length 120``, both with the project's pyproject.toml as configuration).  In evaluate.py only the
module docstring (this set's sentence) and the two places that list the holdout splits were edited (usage line,
``range(2, 33)`` -> ``range(2, 34)``).  tarnkappe is never imported here; the set was never run through the
anonymizer or evaluate.py's evaluation while it was written.  The written file was checked only by this script's own
assertions (``text[start:end] == text``, no surrounding white space, sorted and non-overlapping spans, no name split
into two PERSON spans separated by a single space, no digits in a PERSON span, every IBAN mod 97, every card Luhn and
of card length, every AHV number EAN-13 and starting with 756, e-mail shape, every IP a global address, and
consistency: no labelled value of five or more characters and no word of three or more letters of a labelled name -
particles excepted - occurs unlabelled elsewhere in the same document, case-sensitively and at word boundaries; a
document failing any of these is drawn again from the seed ``"holdout33|<genre>|<i>|retry<k>"`` - none of the 1,300
needed that, about 0.2 % fail on other seeds, mostly a name that is also a word of the text: "Gentile", "Viola",
"Felice", "Claire"), by a re-check of every record before writing, by a check that the output is identical under two
PYTHONHASHSEED values (0 and 12345; same SHA-256) and by reading its own output (``--show``, about 70 documents across
all genres, variants and locales) and ``--scan`` (unlabelled e-mail addresses: only role mailboxes such as info@,
contact@, booking@, office@, buchung@, termine@, fly@, reisen@, service@; unlabelled IPv4: only LAN addresses of a pool
controller; unlabelled digit runs: plain dates, toll-free and shared-cost hotlines, pet microchip numbers, sample,
claim, booking and policy numbers).  Fixes after reading: relatives whose first names came from another origin than
the family's (they now share the family's name source), Dutch and Filipino particle surnames split into two names by
the list builder, odd-length subscriber numbers grouped as "99 50 8", a cancelled balloon flight dated after the
replacement dates, a UK balloon registration in US manifests, American titles without a period, a Swiss creditor ID
with a German prefix (now an LSV-ID), decimal commas in English, chat dates before the incident they discuss,
truncated company domains, all-letter passport numbers, and IPv6 addresses with six groups.
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout33.jsonl: 1,300 documents, 12 genres (109 documents for the first four, 108
for the others), locales drawn as an exact quota and shuffled with the seed ``"holdout33|locales"``: de_DE 240, de_CH
190, de_AT 145, fr_FR 130, fr_CH 135, it_IT 100, it_CH 95, en_GB 135, en_US 130 (de 575, fr 265, it 195, en 265).
20,711 labelled values: PERSON 8,571, ADDRESS 3,970, PHONE 3,070, EMAIL 2,479, DOB 1,506, IP 787, IBAN 255, CARD 50,
AHV 23 (de 9,285, fr 4,142, it 3,015, en 4,269).  Per type and language (de / fr / it / en):
  PERSON 3,810 / 1,725 / 1,253 / 1,783; ADDRESS 1,822 / 849 / 569 / 730; PHONE 1,394 / 595 / 451 / 630;
  EMAIL 1,089 / 483 / 363 / 544; DOB 618 / 305 / 216 / 367; IP 385 / 117 / 104 / 181; IBAN 131 / 56 / 45 / 23;
  CARD 23 / 10 / 6 / 11; AHV 13 / 2 / 8 / 0.
Document k of the shuffled locale list goes to genre ``k % 12``; the template variant is ``i % 4`` (``i`` the index of
the document within its genre).  Deterministic (Python 3.11.7, standard library only; the output does not depend on
PYTHONHASHSEED): ``random.Random`` is seeded with the first 8 bytes of a SHA-256 of ``"holdout33|<genre>|<i>"``.
Each record has ``id`` (``holdout33-<genre>-<NNN>``), ``locale``, ``lang``, ``text`` and ``entities`` (``type``,
``start``, ``end``, ``text``).  Every labelled value is wrapped in a marker when it is placed; the markers survive
lower- and upper-casing, padding, CSV quoting, JSON / YAML / HTML cells, OCR noise (applied outside the markers) and
"> " prefixes and are resolved to offsets at the end (de_CH documents get "ß" -> "ss" before that).

Genres (text people paste into an AI assistant, each with a request in the document's language before or after it -
about 7 % in English for non-English documents and some in German for Swiss French / Italian ones -, sometimes fenced
in ```, triple quotes, --- or <<< >>>; about 3.5 % of the documents typed entirely in lower case and 1.5 % in upper
case), chosen to differ from every genre named in the docstrings read (evaluate.py lists the genres of
holdout3..holdout32; the brief's examples - allotments, hearing aids, funeral homes, driving schools, choirs, bike
leasing, coworking, livery stables, lotteries and prize draws, tutoring, pet sitting, doctoral defences, home swaps,
chimney sweeps, blood donation, notaries, balcony solar, ski schools, library notices, wine clubs - had all been used
already, so none of them is here):
 1. balloon - hot-air balloon rides (Ballonfahrt, vol en montgolfière, volo in mongolfiera): booking confirmations on
    the operator's letterhead (two passengers with dates of birth and weights, address, mobile, e-mail, voucher codes,
    launch fields near a town, flight dates and prices unlabelled, IBAN, full or masked card or cash, the pilot),
    passenger manifests (dates of birth, phones; aircraft registrations unlabelled) with a chase-crew chat (the
    landowner by name and phone, a meeting street, a passenger by first name), a passenger's reply to a weather
    cancellation (companion by first name, new mobile, both dates of birth, staff work e-mail and phone), web-shop
    exports (ISO or document-shape dates of birth, IPs, full or masked cards);
 2. karting - go-kart tracks (Kartbahn, karting, kartodromo): driver waivers (surname - sometimes in capitals - and
    first name fields, date of birth, address, an emergency contact, a parent with "geb." / "né le" / "nato il" /
    "born" for minors; helmet sizes, sessions and "Ort, Datum" towns unlabelled), team-event results tables (drivers as
    "First L.", initials or nicknames; lap times, karts and invoice numbers unlabelled; the booker's work e-mail and
    DIN-style direct line), an HR assistant's driver list with dates of birth for the insurance, incident reports with
    a staff chat (witness by surname, the insurer's hotline unlabelled);
 3. cruise - river and coastal cruises (Flusskreuzfahrt, croisière fluviale, crociera): booking confirmations of a
    travel agency (letterhead, the customer's address block, two passengers with dates of birth, nationality codes
    fitting the family's origin and passport numbers unlabelled, ships, routes, cabins and prices unlabelled, the
    agency's IBAN, an emergency contact at home with address and phone, the agent's work e-mail), embarkation
    manifests ("LAST, First" with dates of birth, diets) with a purser's chat, a passenger's refund mail quoting the
    agency (a companion's IBAN), online check-in exports (IPs, emergency contacts and phones);
 4. arborist - tree surgeons and felling permits (Baumpflege, élagage, potatura, tree surgery): quotes and work orders
    (customer, neighbour giving access with street, species, heights, permit / TPO numbers and prices unlabelled, the
    firm's IBAN, the climber as "F. Last" with mobile), weekly crew rotas (customers with streets and phones, a key
    with a neighbour) with a crew chat (form versions unlabelled), a neighbour's complaint about overhanging branches
    quoting the tree owner's letter, felling-permit applications to the municipality (date of birth, plot numbers and
    girths unlabelled, the case officer's work e-mail; often OCR noise);
 5. hospice - hospice volunteer visiting services (Hospizdienst, accompagnement bénévole, volontari hospice): referral
    forms (patient with date of birth, address and phone, Swiss AHV, ICD-10 codes unlabelled, the GP by title and name
    with practice address and phone, next of kin with phone and e-mail, the volunteer, the coordinator's work e-mail),
    visit logs (volunteers as "First L.", initials or first names; the patient's first name in notes), a daughter's or
    son's reply about a move into a care home (business address labelled, the home's name not), volunteer rosters as
    CSV / TSV / Markdown (separate surname and first-name columns, dates of birth) with a coordinators' chat;
 6. petinsurance - pet health insurance claims (Tierkrankenversicherung, assurance santé animale, polizza animali):
    claim forms (policyholder with date of birth, address, mobile, e-mail; pets, their dates of birth, microchip
    numbers, policy and invoice numbers, diagnoses and amounts unlabelled; the vet as "Dr. med. vet." / "Dott." / "Dr"
    + name with practice address and phone; refund IBAN and account holder; the claims hotline unlabelled), claims
    registers with an adjusters' chat (a new number), an owner's appeal quoting the rejection (the handler's work
    e-mail and direct line), online claim exports (compact IBANs, IPs, app versions unlabelled);
 7. watertest - private-well and drinking-water analyses (Trinkwasseranalyse, analyse d'eau, analisi acqua pozzo):
    sample submission forms (client, sampling site address, sampler, billing address - a PO box or "c/o" a tenant -,
    parameters as checkboxes, sample numbers and temperatures unlabelled), test reports with a parameter table (values,
    units and limits unlabelled; the approving chemist; often OCR noise), a client's reply asking that a neighbour who
    shares the well get the result (her / his street, e-mail and phone), LIMS web-order exports (IPs, LIMS versions);
 8. thesis - bachelor / master thesis supervision (Betreuungsvereinbarung, convention d'encadrement de mémoire,
    assegnazione tesi, dissertation supervision): agreements (separate name fields, student ID unlabelled, date of
    birth, address, student e-mail at the university's domain, mobile, supervisor as "Prof. Dr." / "Prof." + name,
    second marker as "Dr. F. Last", topics naming Bayes, Markov, Fourier, Kalman, Dijkstra or Gauß unlabelled,
    deadlines unlabelled), a chair's overview table with an assistants' chat, a student's extension request with the
    secretary in Cc quoting the student office, thesis-portal exports (ISO dates of birth, IPs, portal versions);
 9. stairlift - stairlift surveys and installations (Treppenlift, monte-escalier, montascale): survey records (client
    with date of birth, address, floor, landline, a son or daughter as contact, staircase measurements, models and
    prices unlabelled; Swiss AHV for the invalidity-insurance application, German / Austrian care grades unlabelled),
    installation schedules with a technicians' chat (the spare-parts hotline unlabelled), a son's or daughter's reply
    about a refunded deposit (the parent's date of birth and IBAN), service calls with serial numbers and firmware
    unlabelled;
10. poolservice - private swimming-pool maintenance (Poolservice, entretien de piscine, manutenzione piscine): service
    contracts (billing address or PO box, the pool's address, gate codes, volumes and prices unlabelled, SEPA mandate
    IBAN with creditor ID and mandate reference unlabelled - Swiss LSV with an LSV-ID -, US cards), technicians' route
    sheets (clients by title and surname or full name, streets, mobiles) with a key-holder chat, an owner's mail about
    green water quoting the service report (pH and chlorine values unlabelled, a neighbour with street and phone),
    pool-controller app logs (account e-mails and public source IPs labelled, LAN IPs, firmware and app versions not);
11. guidedog - guide-dog schools and puppy raisers (Blindenführhund, chien guide, cane guida): applications (date of
    birth, address, phone, e-mail, the ophthalmologist by title and name, the O&M instructor, a partner with date of
    birth, Swiss AHV; dogs and cats unlabelled), puppy-raiser lists (dog names and litter codes unlabelled) with a
    trainer's chat, a raiser's reply before the handover (a child by first name, a new address), sponsorship exports
    (street and "postcode town" as separate fields, amounts, IPs);
12. carscrap - end-of-life vehicles (Verwertungsnachweis, certificat de destruction, certificato di rottamazione,
    certificate of destruction): certificates (keeper with date of birth, address and phone; VINs, plates, makes and
    licence numbers unlabelled; the issuer as "F. Last"; often OCR noise), tow and pick-up lists with a drivers' chat
    ("bei <surname> macht keiner auf"), an heir's mail about the late father's car (the deceased with date of birth, a
    sibling by first name, IBAN or a US check), web quote requests (postcode + town fields, IPs; the hotline
    unlabelled).
Values appear in "Label: value" forms (colon, aligned, tab, dotted leaders, bold Markdown, "key = value", two-column
Markdown tables, upper-case labels, bullets, bracketed labels), address blocks and one-line addresses with ", ",
" - ", " / ", " · " or "; ", letterheads (block or one line with " · "), signatures (block, "-- " separator, one line
with "|"), Markdown tables (padded or not), fixed-width tables, comma-, semicolon-, tab- and pipe-separated tables,
HTML tables, JSON (one record per line or an array), YAML, log lines, mail headers (display names, Cc, role
mailboxes) and quoted replies ("Am ... schrieb", "Le ... a écrit", "Il giorno ... ha scritto", "On ... wrote",
Outlook original-message blocks), chats in eight layouts (WhatsApp iOS / Android, Telegram export, Teams-like,
IRC-like, "name (12:04):", Discord-like, plain; US chats with AM / PM; about 30 % typed in lower case), OCR noise, in
each country's conventions (German "str.", "12a", "12 a", "3-5", "(Hinterhaus)", "3. OG", "D-", "Postfach 12 34";
Austrian "/Top", "12/3/7", "/Stiege/Tür", "A-", "Jänner", "Jän."; Swiss "strasse", "CH-", no "ß", "Postfach",
"Case postale", "Casella postale", Swiss French "Rue de Bourg 45" and lower-case "chemin des ..."; French "bis" /
"ter", "12, rue", "Bât.", "Appt", upper-case towns, "BP" / "CS"; Italian "via" / "Via", "n.", "/B", "int.", "scala",
provinces with and without parentheses, "I-"; British flats and "Town POSTCODE" (also upper case), "PO Box"; US
"Apt", "#", "Unit", directions, ZIP+4).  Phone numbers national and international with "(0)", "00", slashes, dots,
hyphens, parentheses, pairs, compact E.164 and DIN-style "0221 47382-15" (the extension inside the span).  Dates of
birth in 47 shapes (German 12, French 9, Italian 8, British 9, US 9; a document keeps one shape for about three
quarters of its dates of birth): "12.03.1984", "2.3.1984", "12.03.84", "12. 03. 1984", ISO, "12. März 1984",
"02. März 1984", "12.März 1984", "12 März 1984", "12. Mrz. 1984", "12/03/1984", Roman "12.III.1984" (Austrian
"Jänner", "Jän."), French "12 mars 1984" (also "1er"), "12 MARS 1984", "12 févr. 1984", "12/03/84", "12.03.1984",
"12-03-1984", "12 03 1984", Italian "12 marzo 1984" (also "1°"), "12 MARZO 1984", "12 mar 1984", "2/3/1984", English
"12 March 1984", "12th March 1984", "12th of March 1984", "12 Mar 1984", "12 MAR 1984", "12-MAR-1984", US
"03/12/1984", "3/12/1984", "3/12/84", "March 12, 1984", "Mar 12, 1984", "Mar. 12, 1984", "March 12th, 1984",
"03-12-1984"; after a label or cue word (Geburtsdatum, Geb.-Datum, geb., geb. am, geboren am, "*", né / née le,
Naissance, nato / nata il, data di nascita, born, b., DOB) or without one (table columns, JSON / YAML fields, lists).
Plain dates (flights, sailings, visits, deadlines, samples, invoices, pets' dates of birth, mail and chat time stamps)
use the document's date shape and are not labelled.
Names from lists written here: regional first names and surnames for de_DE, de_AT (with a quarter of the German first
names), de_CH (Swiss German surnames, a fifth German ones), fr_FR, fr_CH (Romand surnames and French ones), it_IT,
it_CH (Ticinese surnames and Italian ones), en_GB and en_US; community names (Turkish, Polish with gendered surnames,
Portuguese, Albanian / Kosovar, Serbian / Croatian / Bosnian, Sri Lankan Tamil, Vietnamese, Chinese, Arabic / Syrian
/ Afghan / Kurdish, Eritrean, Ukrainian, Spanish with double surnames, Greek with gendered surnames, Nigerian, Indian,
Korean, Filipino, Hungarian, Romanian, Dutch with particles, Irish); about 55 % region, 23 % community, 22 % special:
a surname that is an ordinary word (Sommer, Engel, Vogel, Fuchs, Freitag, Glück, Boulanger, Renard, Loup, Rossignol,
Fiore, Leone, Volpe, Rondine, Fox, Stone, Swan, Frost, Hope ...; sometimes the first name too: Ernst, Frank, Wolf,
Rosa, Heide, Aimé, Désiré, Blanche, Prudence, Felice, Gioia, Speranza, Rocky, Holly, Grace, June), a surname with a
particle (von Arnim, von der Heyde, zu Dohna, zur Linden, ter Veen, von Arx, von Känel, auf der Maur, de Weck, de
Montmollin, du Pasquier, d'Harcourt, Le Bihan, de la Vallée, Della Valle, Dal Pozzo, Dell'Orto, Lo Bue, O'Neill,
MacDonald, St. Clair, ap Rhys, Van Horn, De La Cruz), an invented syllable-built surname not in any list here
("Hinterhuber", "Brunnleitner", "Montaz", "Bradhurst", "Brightwick", "Salasco") sometimes with a rare first name
(Wendelin, Quirin, Kunigunde, Notburga, Clovis, Philomène, Ermenegildo, Gelsomina, Peregrine, Tamsin), or a double
surname (hyphenated; Italian and English also with a space).  Relatives share the (gendered) surname and take first
names from the same origin.  Written as "First Last", "Last, First", "LAST First", "LAST, First", "Last First",
"F. Last" (also "K.-H. Last", "J.-D. Last"), "First L.", "FIRST LAST", separate surname and first-name fields,
first names, nicknames (Sepp, Steffi, Köbi, Vreni, Manu, Juju, Totò, Giusy, Bob, Becky ...) and surnames alone
(salutations, chats, "Dr" + surname, "Herr" / "Mme" / "Sig.ra" / "Mr." + surname), in lower or upper case where the
document is typed so.
Unlabelled distractors: booking, reference, order, claim, policy, invoice, sample, ticket, request, donor, student,
certificate and licence numbers, voucher codes, passport numbers, nationality codes, VINs, plates, aircraft
registrations, microchip numbers, serial numbers, firmware, app and LIMS versions, creditor IDs and mandate
references, gate codes, plot numbers, ICD-10 codes, care grades, measurements (weights, heights, girths, volumes,
lab values), lap times, prices, masked cards ("**** **** **** 1234", "•••• 1234", "XXXX-XXXX-XXXX-1234",
"554500******1234", "**** 1234"), plain dates and times, towns alone ("Startwiese bei <town>", "Ort, Datum",
routes), role mailboxes, LAN IPs, toll-free and shared-cost hotlines (0800, 0180, 0848, 0842, 0810, 0 800, 0 810,
0 969, 800, 199, 0345, 0330, 1-800, 1-877, 888), firms, agencies, insurers, labs, schools, universities, care homes,
ships, pets and guide dogs (Balu, Minka, Nala, Pepper, Biscotto, Fripouille, Odin, Kimba ...), products and
models (Stannah 600, Flow X2, VW Golf IV) and scientists in thesis topics.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP, as in holdout30-32):
* PERSON: the name of a natural person as written, in any order, with initials, particles and double surnames inside
  the span; titles and salutations (Herr, Frau, Dr. med., Dr. med. vet., Prof. Dr., M., Mme, Madame, Monsieur, Sig.,
  Sig.ra, signor, signora, Dott., Dott.ssa, Dr, Mr, Ms, Mrs, "c/o") outside; a first name, a nickname or a surname
  alone used for a person is a PERSON, and so is a deceased person's name; firms, ships, pets, products and the
  scientists in thesis topics are not labelled.
* EMAIL: every personal e-mail address, private, student or a person's work address; role mailboxes are not labelled.
* PHONE: every phone number of a person or of a business (letterheads, signatures, direct lines, practices, the
  number in a log); toll-free and shared-cost service hotlines of companies are not labelled (a decision of this set).
* ADDRESS: "street, postcode town" on one line is two spans (street with house number and flat / floor / "Appt" /
  "Bât." / "/Top" additions; postcode + town with "D-" / "CH-" / "A-" / "I-" prefixes, Italian provinces, "Town
  POSTCODE" and "Town, ST ZIP" inside the span), as is a two-line block; a PO box line is an ADDRESS span; a street
  alone is ADDRESS and so is a "postcode town" field; towns alone are not labelled; business addresses are labelled.
* DOB: a full date of birth of a person, cue words outside; pets' dates of birth and other dates are not.
* IBAN: every IBAN, compact or grouped (also a firm's or an agency's), also in lower or upper case.  CARD: full
  Luhn-valid card numbers; masked numbers are not.  AHV: Swiss social security numbers (756, dotted or compact).
  IP: the public IPv4 / IPv6 address of a person's device or connection; LAN addresses are not labelled.

Usage (repo root): python bench/privacy/generate_holdout33.py [--out PATH] [--scan] [--show N [--genre NAME]] [--stats]
(--scan, --show and --stats print and write nothing.)
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import ipaddress
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "synthetic_holdout33.jsonl"
SEED = "holdout33"

# ---------------------------------------------------------------------------------------------------------------
# markers: every labelled value is wrapped as \x01<code>\x02value\x03 when it is placed and resolved at the end
# ---------------------------------------------------------------------------------------------------------------
CODES = {
    "PERSON": "1",
    "EMAIL": "2",
    "PHONE": "3",
    "IBAN": "4",
    "ADDRESS": "5",
    "DOB": "6",
    "AHV": "7",
    "CARD": "8",
    "IP": "9",
}
TYPES = {v: k for k, v in CODES.items()}
MARK_RE = re.compile("\x01(\\d)\x02(.*?)\x03", re.S)
STRIP_RE = re.compile("\x01\\d\x02|\x03")


def mk(typ: str, val: str) -> str:
    assert "\x01" not in val and "\x03" not in val, val
    return f"\x01{CODES[typ]}\x02{val}\x03"


def vis(s: str) -> str:
    return STRIP_RE.sub("", s)


def vlen(s: str) -> int:
    return len(vis(s))


def vpad(s: str, n: int) -> str:
    return s + " " * max(0, n - vlen(s))


def outside(s: str, fn) -> str:
    """Apply fn to the parts of s outside markers."""
    out, pos = [], 0
    for m in MARK_RE.finditer(s):
        out.append(fn(s[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(fn(s[pos:]))
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------
# names (invented lists written for this set; common and rare, many origins)
# ---------------------------------------------------------------------------------------------------------------
def _w(s: str) -> list[str]:
    return s.split()


REGION = {
    "de_DE": dict(
        m=_w(
            "Lukas Jonas Felix Maximilian Tobias Matthias Stefan Andreas Jürgen Klaus Dieter Wolfgang Uwe Torsten "
            "Sven Dirk Björn Florian Sebastian Moritz Henrik Jannik Malte Ole Till Niklas Benedikt Korbinian Vinzenz "
            "Leopold Friedhelm Gerd Reinhard Detlef Eckhard Hartmut Rüdiger Volker Joachim Bernd Götz Hagen Armin "
            "Carsten Kai Lars Timo Yannick Lennart Emil Anton Theo Paul Karl Heinrich Ludwig Hans-Peter Karl-Heinz "
            "Jan-Niklas Frieder Bastian Marvin Kevin Dennis Jens Olaf"
        ),
        f=_w(
            "Anna Lena Sophie Katharina Julia Sabine Petra Monika Ursula Gabriele Birgit Heike Anja Silke Kerstin "
            "Nadine Jana Svenja Franziska Theresa Johanna Charlotte Greta Ida Mathilde Hannelore Gudrun Renate "
            "Waltraud Ingrid Irmgard Dörte Wiebke Frauke Maren Imke Annika Lea Mia Emma Clara Luisa Paula Marlene "
            "Henriette Adelheid Roswitha Anne-Kathrin Eva-Maria Jacqueline Mandy Doreen Ilka Tanja"
        ),
        s=_w(
            "Müller Schmidt Schneider Fischer Meyer Wagner Becker Schulz Hoffmann Richter Klein Schröder Neumann "
            "Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Lehmann Schulze Köhler "
            "Herrmann Walter Mayer Kaiser Peters Scholz Möller Weiß Jung Hahn Schubert Friedrich Günther Berger "
            "Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Böhm Kraus Schumacher Krämer Vogt Jäger "
            "Seidel Brandt Schreiber Schulte Dietrich Ziegler Kühn Pohl Horn Busch Bergmann Voigt Sauer Arnold "
            "Pfeiffer Hinrichsen Kötterheinrich Wendeborn Trautwein Brüggemann Ossenkopp Lüdtke Piepenbrink "
            "Feddersen Tiedemann Rehbein Schwabedissen Eilers Harms Gräfe Niehoff Overbeck Düsterhöft Thamm "
            "Kleinschmidt Wittkowski Przybilla Janßen Ahlers Grotjahn Sievers Rademacher Quast Lampe Göbel"
        ),
    ),
    "de_AT": dict(
        m=_w(
            "Florian Lukas Tobias Stefan Christian Markus Johann Josef Franz Leopold Alois Herbert Gerhard Helmut "
            "Manfred Günter Bernhard Wolfgang Andreas Michael Matthias Jakob Valentin Maximilian Elias Ferdinand "
            "Raphael David Dominik Roland Reinhold Engelbert Ignaz Severin Thomas Karl-Heinz"
        ),
        f=_w(
            "Maria Anna Elisabeth Theresia Katharina Barbara Christina Sabine Andrea Martina Claudia Birgit "
            "Gerlinde Hermine Brigitte Anneliese Johanna Magdalena Sophie Hannah Lena Valentina Verena Eva Theresa "
            "Renate Leopoldine Rosina Notburga Hildegard Ingeborg Stefanie Julia"
        ),
        s=_w(
            "Gruber Huber Bauer Wagner Pichler Moser Mayer Steiner Hofer Leitner Berger Eder Schmid Winkler Weber "
            "Maier Schneider Reiter Mayr Wimmer Egger Brunner Baumgartner Auer Binder Lechner Wallner Aigner Ebner "
            "Koller Lehner Haas Schuster Holzer Hinterleitner Obermüller Pfandl Stadlober Kerschbaumer Grillitsch "
            "Hinteregger Kreuzhuber Hödl Pölzl Strasser Fellner Riegler Zechner Url Tischler Oberhauser Gschwandtner "
            "Krenn Prantl Dolezal Nowotny Swoboda Hrdlicka Pospischil Wiesinger Resch Trummer"
        ),
    ),
    "de_CH": dict(
        m=_w(
            "Reto Urs Beat Peter Thomas Daniel Martin Christoph Lukas Jonas Noah Luca Severin Matthias Adrian Roger "
            "Marcel Fabian Dominik Samuel Res Ueli Fritz Walter Hansruedi Kaspar Jürg Markus Simon Andrin Gian "
            "Flurin Nico Silvan Remo Pascal Cyrill Hanspeter"
        ),
        f=_w(
            "Ursula Regula Barbara Brigitte Verena Heidi Ruth Esther Monika Sandra Nicole Corinne Andrea Seraina "
            "Ladina Nadja Jasmin Deborah Rahel Annina Lea Mirjam Silvia Margrit Elisabeth Rosmarie Käthi Beatrice "
            "Nina Livia Flurina Tamara Fabienne Manuela Cornelia Vreni"
        ),
        s=_w(
            "Bühler Brunner Baumgartner Frei Gerber Widmer Zürcher Moser Steiner Keller Huber Suter Wyss Bachmann "
            "Fankhauser Rüegg Stucki Zbinden Aebischer Bigler Hirschi Gygax Tschanz Schürch Nydegger Iseli Ammann "
            "Egli Lüthi Schmid Sutter Hess Kälin Wüthrich Röthlisberger Imhof Zumstein Gasser Tobler Vögeli "
            "Häfliger Kündig Rohrer Eichenberger Bösiger Marti Wenger Blaser Gisler Arnold Betschart Inderbitzin "
            "Kälin Ochsner Schnyder Zgraggen Tanner Hunziker Scherrer Meili Oberholzer Gloor Christen Zaugg"
        ),
    ),
    "fr_FR": dict(
        m=_w(
            "Jean Pierre Michel Philippe Alain Nicolas Christophe Laurent Stéphane Olivier Julien Sébastien Thomas "
            "Antoine Maxime Romain Guillaume Hugo Lucas Théo Mathis Baptiste Quentin Arnaud Yannick Gérard Bernard "
            "Didier Thierry Hervé Loïc Gaëtan Benoît François Jérôme Cédric Aurélien Étienne Rémi Jean-Marc "
            "Pierre-Yves Jean-Baptiste Killian Enzo Nathan"
        ),
        f=_w(
            "Marie Nathalie Isabelle Sylvie Catherine Françoise Christine Valérie Sandrine Céline Julie Camille Léa "
            "Manon Chloé Emma Inès Sarah Pauline Élodie Aurélie Mathilde Clémence Margaux Solène Anaïs Gaëlle "
            "Brigitte Monique Jacqueline Odile Geneviève Hélène Agnès Béatrice Maëlle Louise Jeanne Marie-Claire "
            "Anne-Sophie Marie-Hélène Ophélie Ludivine"
        ),
        s=_w(
            "Martin Bernard Dubois Robert Richard Durand Leroy Moreau Laurent Lefebvre Michel Garcia David Bertrand "
            "Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet Garnier Faure Rousseau "
            "Guérin Muller Henry Roussel Perrin Morin Mathieu Clément Gauthier Dumont Lopez Chevalier Robin Masson "
            "Boyer Denis Lemaire Duval Joly Gautier Roche Meunier Marchand Dufour Blanchard Barbier Dumas Brunet "
            "Leroux Colin Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Picard Gaillard Lacroix Fabre "
            "Dupuis Hubert Guillot Rivière Le Gall Le Goff Kerjean Quéméner Tanguy Etcheverry Pujol Capdevielle "
            "Thibaudeau Courtois Lemaître Desjardins Charpentier Poirier Besnard Cazenave"
        ),
    ),
    "fr_CH": dict(
        m=_w(
            "Jean-Daniel Pierre-André Olivier Yves Laurent Christophe Nicolas Julien Cédric Raphaël Bastien Loïc "
            "Grégoire Lionel Sébastien Mathieu Valentin Gilles Claude Jean-Luc Alain Fabrice Joël Thierry Steve"
        ),
        f=_w(
            "Françoise Nathalie Sylvie Corinne Valérie Christiane Anne-Lise Martine Séverine Mélanie Aline Joëlle "
            "Laetitia Noémie Coralie Sandrine Isabelle Chantal Josiane Marie-Thérèse Maude Lorène Fanny Océane"
        ),
        s=_w(
            "Favre Rochat Reymond Chappuis Jaquet Pittet Bovet Gilliéron Cuendet Perrenoud Monnier Vuilleumier "
            "Maillard Jaccard Dubey Ducret Bolomey Cherpillod Pasche Mermod Rossier Crausaz Dessibourg Métrailler "
            "Zufferey Berthod Genoud Bonvin Tornare Vuagniaux Cornaz Magnin Chuard Burnier Golay Jordan Bugnon "
            "Pilloud Décosterd Blanchoud Savary Clerc Roulin Sauthier Udry Mottier Pidoux"
        ),
    ),
    "it_IT": dict(
        m=_w(
            "Marco Luca Giuseppe Francesco Alessandro Andrea Matteo Lorenzo Davide Simone Federico Riccardo Stefano "
            "Paolo Giovanni Antonio Roberto Massimo Fabio Claudio Giorgio Sergio Emanuele Tommaso Gabriele Pietro "
            "Filippo Nicola Vincenzo Salvatore Domenico Carmelo Gianluca Pierluigi Ottavio Gian Marco"
        ),
        f=_w(
            "Giulia Francesca Chiara Sara Martina Valentina Alessia Elisa Federica Silvia Laura Paola Roberta Anna "
            "Maria Giovanna Lucia Antonella Manuela Monica Cristina Ilaria Beatrice Aurora Ginevra Benedetta "
            "Carlotta Donatella Loredana Ornella Rosaria Teresa Assunta Annalisa Mariagrazia"
        ),
        s=_w(
            "Rossi Russo Ferrari Esposito Bianchi Romano Ricci Marino Greco Bruno Conti De Luca Mancini Costa "
            "Giordano Rizzo Lombardi Moretti Barbieri Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Longo "
            "Gentile Martinelli Vitale Lombardo Serra Coppola De Santis D'Angelo Marchetti Parisi Ferraro Ferri "
            "Fabbri Marini Grasso Valentini Messina Sala De Angelis Gatti Pellegrini Palumbo Sanna Farina Rizzi "
            "Cattaneo Morelli Amato Silvestri Mazza Testa Pellegrino Carbone Giuliani Benedetti Barone Rossetti "
            "Caputo Montanari Guerra Palmieri Bernardi Ferretti Bellini Basile Donati Piras Sartori Costantini "
            "Milani Pagano Ruggiero Sorrentino D'Amico Orlando Negri Scognamiglio Iannaccone Quattrocchi Tedeschi"
        ),
    ),
    "it_CH": dict(
        m=_w(
            "Mattia Luca Marco Fabio Claudio Alessandro Nicola Gabriele Michele Sandro Giona Elia Fulvio Renzo "
            "Tiziano Dario Aurelio Moreno Ivo Giorgio Samuele Lorenzo"
        ),
        f=_w(
            "Chiara Lara Sara Elena Michela Daniela Mara Nadia Sonia Tiziana Alice Giada Noemi Gaia Vera Raffaella "
            "Katia Sabrina Ilaria Lisa Fiorenza"
        ),
        s=_w(
            "Bernasconi Pedrazzini Fumagalli Lepori Rusconi Ghirlanda Pedrazzi Gianoni Bossi Soldati Beffa Lucchini "
            "Vanoni Sciaroni Respini Induni Gianinazzi Ferrazzini Regazzi Quadri Bullo Canevascini Balestra Tamò "
            "Zanetti Mozzetti Cattaneo Bianchi Poretti Rezzonico Guscetti Pellandini Storni Maggetti Ghielmini "
            "Borradori Cereghetti Martinoli"
        ),
    ),
    "en_GB": dict(
        m=_w(
            "Oliver George Harry Jack Charlie Thomas James William Henry Alfie Archie Joshua Samuel Daniel Matthew "
            "David Richard Paul Mark Andrew Stephen Gareth Rhys Ewan Callum Angus Declan Niall Rupert Tristan Nigel "
            "Graham Ian Colin Trevor Barry Keith Dominic Toby Hamish Dylan Kieran"
        ),
        f=_w(
            "Olivia Amelia Isla Ava Emily Sophie Lily Freya Poppy Charlotte Jessica Hannah Lucy Eleanor Harriet "
            "Imogen Rosie Megan Bethan Siobhan Fiona Morag Kirsty Gemma Joanne Claire Sarah Helen Alison Deborah "
            "Gillian Pauline Maureen Niamh Ffion Catriona Philippa Nia"
        ),
        s=_w(
            "Smith Jones Williams Taylor Davies Evans Wilson Johnson Roberts Robinson Thompson Wright Walker "
            "Edwards Hughes Hall Lewis Harris Clarke Patel Jackson Turner Cooper Ward Morris Moore Clark Harrison "
            "Morgan Allen Phillips Watson Parker Price Bennett Griffiths Mitchell Kelly Carter Richardson Bailey "
            "Collins Murphy Cox Richards Khan Marshall Anderson Simpson Ellis Adams Wilkinson Foster Chapman Powell "
            "Rogers Hunt Hussain Campbell Matthews Owen Palmer Holmes Barnes Lloyd Butler Russell Barker Stevens "
            "Pritchard Llewellyn Cadwallader Pennington Ashworth Thistlethwaite Fairbairn Crombie Loughlin "
            "Greenhalgh Entwistle Tregothnan Pengelly Urquhart Drummond"
        ),
    ),
    "en_US": dict(
        m=_w(
            "Michael Christopher Matthew Joshua Brandon Tyler Justin Kevin Brian Jason Ryan Eric Kyle Cody Dustin "
            "Travis Chad Derek Marcus DeShawn Jamal Tyrone Andre Carlos Miguel Jose Luis Ethan Mason Logan Caleb "
            "Wyatt Elijah Jayden Dwayne Earl Clarence Dale Randy Gary"
        ),
        f=_w(
            "Jennifer Jessica Ashley Amanda Brittany Megan Lauren Stephanie Heather Nicole Tiffany Kimberly Crystal "
            "Amber Danielle Kayla Madison Brianna Destiny Aaliyah Jasmine Maria Guadalupe Mackenzie Savannah Peyton "
            "Shanice Latoya Tamika Darlene Brenda Tammy Dolores Kelsey"
        ),
        s=_w(
            "Smith Johnson Williams Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson "
            "Anderson Taylor Thompson Harris Sanchez Ramirez Lewis Robinson Walker Allen Torres Nguyen Flores Adams "
            "Nelson Baker Rivera Campbell Mitchell Carter Roberts Kowalski Schwartz O'Connor McCarthy Washington "
            "Brooks Coleman Jenkins Perry Sullivan Henderson Barnes Vasquez Simmons Romero Patterson Hamilton "
            "Reynolds Griffin Wallace Bryant Herrera Gibson Medina Aguilar Castro Owens Kennedy Vargas Freeman "
            "Tucker Guzman Crawford Olson Mendez Snyder Dixon Munoz Hicks Boyd Salazar Warren Garza Daniels "
            "Ferguson Stephens Weaver Gardner Spencer Hawkins Pierce Hansen Bradley Elliott Cunningham Armstrong "
            "Delgado Perkins Sandoval Lindqvist Yazzie Begay Nakamura Okafor Abernathy"
        ),
    ),
}

COMMUNITY = {
    "tr": (
        _w("Mehmet Mustafa Emre Burak Kerem Yusuf Serkan Okan"),
        _w("Ayşe Elif Zeynep Merve Emine Büşra Derya"),
        _w("Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan Doğan Kılıç Korkmaz Yıldırım"),
        None,
    ),
    "pl": (
        _w("Piotr Krzysztof Tomasz Marcin Paweł Grzegorz Wojciech"),
        _w("Agnieszka Katarzyna Małgorzata Joanna Magdalena Ewa Dorota"),
        _w("Kowalski Wiśniewski Kamiński Lewandowski Zieliński Szymański Dąbrowski Nowak Wójcik Mazur"),
        "pl",
    ),
    "pt": (
        _w("João Tiago Rui Nuno Gonçalo Paulo Vítor"),
        _w("Ana Inês Beatriz Mariana Joana Filipa Rita"),
        _w("Silva Santos Ferreira Pereira Oliveira Rodrigues Sousa Gonçalves Carvalho Pinto Almeida Teixeira"),
        None,
    ),
    "sq": (
        _w("Arben Besnik Driton Valon Fatmir Agron Shkelzen"),
        _w("Albulena Blerta Drita Vjosa Mimoza Arjeta"),
        _w("Krasniqi Berisha Gashi Hoxha Shala Morina Hasani Bytyqi Rexhepi"),
        None,
    ),
    "bcs": (
        _w("Nikola Dragan Goran Ivan Mirko Emir Adnan Dejan"),
        _w("Jelena Milica Ivana Snežana Marija Amra Lejla"),
        _w("Jovanović Petrović Nikolić Marković Horvat Kovačević Babić Hadžić Delić Begović Šarić"),
        None,
    ),
    "ta": (
        _w("Suresh Rajan Tharshan Kumaran Sathees"),
        _w("Thulasi Nirosha Kavitha Sharmila Abirami"),
        _w("Sivakumar Thavarajah Ratnam Yogarajah Kanagaratnam Balasingam Sriskandarajah"),
        None,
    ),
    "vi": (
        _w("Minh Tuan Duc Hung Quang"),
        _w("Huong Thu Mai Linh Ngoc"),
        _w("Nguyen Tran Pham Hoang Dang Bui Vo"),
        None,
    ),
    "zh": (
        _w("Wei Jun Hao Zhiwei Jian"),
        _w("Xiaoling Mei Yan Jing Xiu"),
        _w("Wang Zhang Liu Chen Yang Huang Zhao Zhou"),
        None,
    ),
    "ar": (
        _w("Ahmad Mohammed Omar Khaled Tarek Karim Rami Hamid Farhad Yousef"),
        _w("Fatima Amina Layla Rania Noor Yasmin Zahra Shirin Dalia"),
        _w("Al-Hassan Haddad Khalil Nasser Saleh Mansour Rahimi Ahmadi Hosseini Karimi Amedi Darwish"),
        None,
    ),
    "ti": (
        _w("Yonas Tesfaye Dawit Mehari Robel Filmon"),
        _w("Senait Selam Mebrat Tsega Luwam Saba"),
        _w("Tesfamariam Ghebremedhin Haile Woldu Kidane Berhane Abraha Tekle"),
        None,
    ),
    "uk": (
        _w("Oleksandr Andriy Dmytro Serhiy Taras Bohdan"),
        _w("Olena Oksana Iryna Nataliya Yuliya Kateryna"),
        _w("Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Lysenko Hrytsenko"),
        None,
    ),
    "es": (
        _w("Javier Alejandro Sergio Pablo Diego Álvaro"),
        _w("Lucía Carmen Elena Marta Pilar Nuria"),
        _w(
            "Fernández Martínez Sánchez Ruiz Jiménez Moreno Álvarez Navarro Domínguez García López "
            "Ortega Castillo Iglesias Vidal Prieto"
        ),
        "es",
    ),
    "el": (
        _w("Georgios Dimitrios Konstantinos Nikolaos Ioannis Christos"),
        _w("Eleni Katerina Sofia Despina Vasiliki Georgia"),
        _w("Papadopoulos Nikolaidis Karagiannis Georgiou Oikonomou Papadakis Antoniou Vlachos"),
        "el",
    ),
    "ng": (
        _w("Chinedu Oluwaseun Emeka Babatunde Tunde Ikechukwu"),
        _w("Ngozi Adaeze Folake Chiamaka Yetunde Funmilayo"),
        _w("Okafor Adeyemi Okonkwo Balogun Eze Olawale Nwosu Adebayo"),
        None,
    ),
    "in": (
        _w("Rahul Vikram Arjun Sanjay Anand Rohit Karthik"),
        _w("Priya Ananya Deepa Kavya Sunita Meera Lakshmi"),
        _w("Sharma Iyer Reddy Nair Gupta Banerjee Krishnan Menon Chatterjee Venkatesan"),
        None,
    ),
    "ko": (
        _w("Min-jun Ji-hoon Seo-jun Hyun-woo"),
        _w("Ji-woo Seo-yeon Min-seo Ha-eun"),
        _w("Kim Park Choi Jung Kang Yoon Lim"),
        None,
    ),
    "ph": (
        _w("Rodel Jomar Arnel Ramil"),
        _w("Maricel Rowena Jocelyn Analyn Lorelei"),
        ["Reyes", "Bautista", "Villanueva", "Mendoza", "Dela Cruz", "Santiago", "Aquino"],
        None,
    ),
    "hu": (
        _w("László Zoltán Gábor Attila Balázs"),
        _w("Katalin Zsófia Erzsébet Krisztina Eszter"),
        _w("Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár"),
        None,
    ),
    "ro": (
        _w("Andrei Mihai Ionuț Bogdan Cristian"),
        _w("Ioana Andreea Roxana Oana Mihaela"),
        _w("Popescu Ionescu Popa Dumitru Munteanu Constantinescu Stoica"),
        None,
    ),
    "nl": (
        _w("Joost Pieter Sander Bram Maarten"),
        _w("Marieke Anouk Femke Lotte Sanne"),
        [
            "de Vries",
            "van Dijk",
            "Bakker",
            "Jansen",
            "Visser",
            "van den Berg",
            "de Jong",
            "Smit",
            "Mulder",
            "van Leeuwen",
        ],
        "nl",
    ),
    "ie": (
        _w("Seán Cian Oisín Padraig Ciarán"),
        _w("Aoife Siobhán Orla Sinéad Caoimhe"),
        _w("O'Brien Byrne Fitzgerald Kavanagh Doherty O'Sullivan Gallagher McNamara"),
        None,
    ),
}

WORD_SURNAMES = {
    "de": _w(
        "Sommer Winter Engel Vogel Fuchs Hase Fink Specht Kranich Storch Adler Stein Berg Koch Schäfer Glück "
        "Freitag Morgenstern Himmel Sonntag Rabe Lamm Kuhn Wolf Nachtigall Hecht Kaiser Frost Fröhlich Ernst "
        "Bauer Weber"
    ),
    "fr": _w(
        "Boulanger Boucher Petit Legrand Lebrun Renard Loup Rossignol Lièvre Chevalier Blanc Noir Fontaine "
        "Lapierre Lejeune Vigneron Marchand Berger Meunier Lecomte Printemps Mouton"
    ),
    "it": _w(
        "Fiore Leone Orso Gallo Volpe Colombo Monti Bassi Ricci Rondine Passero Sole Neri Bianco Lupo Rana "
        "Ferro Porta Campana Marchese"
    ),
    "en": _w(
        "Fox Stone Swan Crane Sparrow Frost Green Little Bird Hope Rich Baker Cook Mason Page Shepherd Hunter "
        "Wolfe Marsh Brook King Bishop Fletcher Mills Field"
    ),
}
WORD_FIRST = {
    "de": (
        {
            "m": _w("Ernst Frank Wolf Gottlieb Felix Fromund Konrad"),
            "f": _w("Heide Rosa Linde Konstanze Hoffnung Sonja Gerda"),
        }
    ),
    "fr": (
        {
            "m": _w("Aimé Désiré Modeste Clément Fidèle Parfait"),
            "f": _w("Blanche Clémence Prudence Constance Fleur Rose Violette"),
        }
    ),
    "it": (
        {"m": _w("Felice Primo Fortunato Benvenuto Sereno"), "f": _w("Gioia Speranza Celeste Serena Rosa Stella Viola")}
    ),
    "en": (
        {
            "m": _w("Rocky Sonny Hunter Forrest Cash Rowan"),
            "f": _w("Rose Hope Holly Grace Joy June Summer Faith Ivy Autumn"),
        }
    ),
}
PARTICLE_SURNAMES = {
    "de_DE": [
        "von Arnim",
        "von der Heyde",
        "zu Dohna",
        "van den Berg",
        "zur Linden",
        "vom Hofe",
        "von Bülow",
        "von Thadden",
        "zum Felde",
        "von Oertzen",
        "ter Veen",
    ],
    "de_AT": ["von Hohenau", "von der Mühll", "zu Stolberg", "von Pranckh", "de Crinis", "von Stainach"],
    "de_CH": [
        "von Arx",
        "von Känel",
        "von Gunten",
        "von Siebenthal",
        "von Wattenwyl",
        "de Weck",
        "de Pury",
        "auf der Maur",
        "von Matt",
        "zur Gilgen",
    ],
    "fr_FR": [
        "de La Roche",
        "du Plessis",
        "de Vaucelles",
        "d'Harcourt",
        "Le Bihan",
        "de Saint-Aubin",
        "de la Vallée",
        "du Bois",
        "Le Floch",
        "de Kerguelen",
        "Le Cornec",
    ],
    "fr_CH": ["de Montmollin", "de Rham", "de Reynier", "du Pasquier", "de Coulon", "de Blonay", "de Siebenthal"],
    "it_IT": [
        "Della Valle",
        "Dal Pozzo",
        "Di Stefano",
        "De Marchi",
        "Lo Presti",
        "Dell'Orto",
        "La Torre",
        "D'Alessandro",
        "Degli Esposti",
        "Lo Bue",
        "Dalla Costa",
        "Di Giacomo",
    ],
    "it_CH": ["Della Santa", "De Carli", "Dalla Bona", "Del Ponte", "Di Marco"],
    "en_GB": ["O'Neill", "McKenzie", "MacDonald", "St. Clair", "de Courcy", "Fitzwilliam", "ap Rhys", "MacLeod"],
    "en_US": ["Van Horn", "De La Cruz", "O'Malley", "McAllister", "St. Pierre", "DeLuca", "Van Buren", "La Salle"],
}
SYLL = {
    "de": (
        _w(
            "Hinter Ober Unter Brunn Wald Eich Moos Kalt Stock Lind Feld Holz Kreuz Rott Grub Haber Fels Stauden "
            "Wies Dorn"
        ),
        _w(
            "huber bacher mayr leitner egger moser berger hofer reiter dörfer meister brunner inger wanger "
            "thaler rieder"
        ),
    ),
    "fr": (
        _w("Ver Mont Bel Char Cour Roch Val Lau Mar Fon Bour Pel Chan Ter"),
        _w("nier rat ard ay oz az ey eret illon ain audon asse on"),
    ),
    "it": (
        _w("Bel Mar Cor Fon Val Sal Ped Ben Riv Gual Ser Tor Ghi Lan"),
        _w("otti etti azzi ini one elli ucci ardi ieri asco aghi ento"),
    ),
    "en": (
        _w("Ash Brad Hol Whit Thorn Wood Hazel Ald Kings Bright Fern Lang Marl Pen"),
        _w("ford wick ley ton by well hurst stow combe worth field den"),
    ),
}
RARE_FIRST = {
    "de": {
        "m": _w("Wendelin Ottokar Quirin Eusebius Pankraz Wunibald"),
        "f": _w("Kunigunde Walburga Notburga Apollonia Crescentia"),
    },
    "fr": {"m": _w("Clovis Anatole Eudes Lazare Honorin"), "f": _w("Philomène Eulalie Bérengère Ombeline Sidonie")},
    "it": {
        "m": _w("Ermenegildo Ottavio Gaudenzio Liborio Nazzareno"),
        "f": _w("Gelsomina Addolorata Filomena Immacolata Crocifissa"),
    },
    "en": {
        "m": _w("Peregrine Jago Percival Lancelot Ebenezer"),
        "f": _w("Tamsin Ottoline Clementine Araminta Morwenna"),
    },
}
NICK = {
    "de": {"m": _w("Sepp Flo Basti Toni Hansi Maxi Benni"), "f": _w("Steffi Gabi Conny Uschi Resi Susi Moni")},
    "ch": {"m": _w("Köbi Sämi Dänu Ruedi Housi Chrigu"), "f": _w("Vreni Käthi Babs Sandy Züsi")},
    "fr": {"m": _w("Manu Momo Titi Jojo Seb"), "f": _w("Fanfan Juju Béa Cathy Nath")},
    "it": {"m": _w("Totò Mimmo Beppe Pippo Lollo"), "f": _w("Giusy Franci Vale Ele Robi")},
    "en": {"m": _w("Bob Alfie Jonno Davo Mikey"), "f": _w("Maggie Becky Liz Chrissy Steph")},
}
PARTICLES = {
    "von",
    "der",
    "den",
    "zu",
    "zur",
    "zum",
    "vom",
    "van",
    "ter",
    "de",
    "du",
    "la",
    "le",
    "di",
    "da",
    "dal",
    "del",
    "della",
    "dalla",
    "degli",
    "lo",
    "st",
    "ap",
    "auf",
    "mac",
    "dela",
    "d",
    "l",
}
GENDERED = {
    "pl": {"ski": "ska", "cki": "cka", "dzki": "dzka"},
    "el": {
        "opoulos": "opoulou",
        "idis": "idou",
        "nnis": "nni",
        "akis": "akis",
        "iou": "iou",
        "nou": "nou",
        "chos": "chou",
    },
}


# ---------------------------------------------------------------------------------------------------------------
# places: town, postcodes, area code (with trunk 0), province / state
# ---------------------------------------------------------------------------------------------------------------
def _towns(spec: str) -> list[tuple[str, list[str], str, str]]:
    out = []
    for row in spec.strip().split(";"):
        name, pcs, ac, *prov = [x.strip() for x in row.split("|")]
        out.append((name, pcs.split(), ac, prov[0] if prov else ""))
    return out


TOWNS = {
    "DE": _towns("""Berlin|10115 10437 10999 12047 13353|030; Hamburg|20095 22765 20259 22085|040;
        München|80331 80469 81667 80797|089; Köln|50667 50823 50937|0221; Frankfurt am Main|60311 60318 60594|069;
        Stuttgart|70173 70197 70372|0711; Düsseldorf|40213 40477|0211; Leipzig|04109 04277 04315|0341;
        Dresden|01067 01099 01309|0351; Hannover|30159 30161 30451|0511; Nürnberg|90402 90429|0911;
        Bremen|28195 28203|0421; Freiburg im Breisgau|79098 79102|0761; Münster|48143 48151|0251;
        Kassel|34117 34119|0561; Rostock|18055 18057|0381; Erfurt|99084 99085|0361; Regensburg|93047 93049|0941;
        Bielefeld|33602 33615|0521; Mainz|55116 55118|06131; Göttingen|37073 37075|0551; Lübeck|23552 23564|0451;
        Heilbronn|74072 74074|07131; Passau|94032 94034|0851; Oldenburg|26122 26135|0441; Trier|54290 54292|0651;
        Bamberg|96047 96049|0951; Konstanz|78462 78464|07531; Wuppertal|42103 42275|0202; Augsburg|86150 86152|0821;
        Wolfenbüttel|38300 38302|05331; Lindau|88131|08382; Meppen|49716|05931; Ansbach|91522|0981;
        Husum|25813|04841; Bad Tölz|83646|08041; Hildesheim|31134 31141|05121; Jena|07743 07745|03641"""),
    "AT": _towns("""Wien|1010 1020 1030 1050 1070 1090 1120 1160 1180 1210|01; Graz|8010 8020 8045|0316;
        Linz|4020 4040|0732; Salzburg|5020 5026|0662; Innsbruck|6020|0512; Klagenfurt|9020|0463;
        Villach|9500|04242; St. Pölten|3100|02742; Wels|4600|07242; Dornbirn|6850|05572; Steyr|4400|07252;
        Leoben|8700|03842; Krems an der Donau|3500|02732; Bregenz|6900|05574; Wiener Neustadt|2700|02622;
        Baden|2500|02252; Feldkirch|6800|05522; Zell am See|5700|06542"""),
    "CHde": _towns("""Zürich|8001 8003 8004 8006 8037 8048 8057|044; Bern|3011 3012 3014 3018|031;
        Basel|4051 4053 4057|061; Luzern|6003 6004 6005|041; St. Gallen|9000 9008|071; Winterthur|8400 8404|052;
        Aarau|5000 5004|062; Chur|7000|081; Thun|3600 3604|033; Zug|6300|041; Schaffhausen|8200|052;
        Solothurn|4500|032; Frauenfeld|8500|052; Olten|4600|062; Uster|8610|044; Wädenswil|8820|044;
        Brig|3900|027; Langenthal|4900|062; Burgdorf|3400|034; Rapperswil|8640|055; Liestal|4410|061;
        Sarnen|6060|041"""),
    "CHfr": _towns("""Lausanne|1003 1004 1005 1018|021; Genève|1201 1203 1205 1207|022; Fribourg|1700|026;
        Neuchâtel|2000|032; Sion|1950|027; Yverdon-les-Bains|1400|024; Montreux|1820|021; Nyon|1260|022;
        Delémont|2800|032; Morges|1110|021; Vevey|1800|021; Bulle|1630|026; La Chaux-de-Fonds|2300|032;
        Martigny|1920|027; Carouge|1227|022; Renens|1020|021; Monthey|1870|024"""),
    "CHit": _towns("""Lugano|6900 6903|091; Bellinzona|6500|091; Locarno|6600|091; Mendrisio|6850|091;
        Chiasso|6830|091; Biasca|6710|091; Ascona|6612|091; Minusio|6648|091; Massagno|6900|091;
        Giubiasco|6512|091; Losone|6616|091; Stabio|6855|091"""),
    "FR": _towns("""Paris|75003 75005 75011 75014 75017 75019|01; Lyon|69001 69003 69007|04;
        Marseille|13001 13005 13008|04; Toulouse|31000 31400|05; Nantes|44000 44100|02; Bordeaux|33000 33800|05;
        Lille|59000 59800|03; Strasbourg|67000|03; Rennes|35000 35200|02; Montpellier|34000 34070|04;
        Grenoble|38000 38100|04; Dijon|21000|03; Angers|49000 49100|02; Tours|37000|02; Reims|51100|03;
        Limoges|87000|05; Clermont-Ferrand|63000|04; Annecy|74000|04; Brest|29200|02; Pau|64000|05;
        Nancy|54000|03; Rouen|76000|02; Avignon|84000|04; Colmar|68000|03; Quimper|29000|02; Perpignan|66000|04;
        Besançon|25000|03; Chambéry|73000|04; La Rochelle|17000|05; Saint-Malo|35400|02"""),
    "IT": _towns("""Milano|20121 20135 20144 20159|02|MI; Roma|00184 00153 00198 00162|06|RM;
        Torino|10121 10138 10153|011|TO; Napoli|80121 80134|081|NA; Bologna|40121 40137|051|BO;
        Firenze|50122 50136|055|FI; Genova|16121 16145|010|GE; Venezia|30121 30172|041|VE;
        Verona|37121 37138|045|VR; Padova|35121 35138|049|PD; Bergamo|24121 24128|035|BG;
        Brescia|25121 25128|030|BS; Trieste|34121 34135|040|TS; Parma|43121 43125|0521|PR; Bari|70121 70126|080|BA;
        Palermo|90133 90141|091|PA; Como|22100|031|CO; Varese|21100|0332|VA; Trento|38122|0461|TN;
        Lecce|73100|0832|LE; Perugia|06121|075|PG; Modena|41121|059|MO; Udine|33100|0432|UD;
        Cagliari|09124|070|CA; Lucca|55100|0583|LU; Bolzano|39100|0471|BZ; Ravenna|48121|0544|RA"""),
    "GB": _towns("""London|SW4 N16 E8 SE15 NW5 W12|020; Manchester|M14 M20 M21|0161; Birmingham|B15 B13 B29|0121;
        Leeds|LS6 LS8 LS17|0113; Bristol|BS6 BS3 BS7|0117; Edinburgh|EH9 EH6 EH10|0131; Glasgow|G12 G41 G31|0141;
        Cardiff|CF24 CF5 CF14|029; Sheffield|S10 S7 S11|0114; Nottingham|NG7 NG5|0115; York|YO10 YO31|01904;
        Norwich|NR2 NR3|01603; Exeter|EX4 EX2|01392; Brighton|BN1 BN2|01273; Oxford|OX4 OX2|01865;
        Cambridge|CB1 CB4|01223; Bath|BA2 BA1|01225; Aberdeen|AB10 AB15|01224; Belfast|BT9 BT7|028;
        Leicester|LE2 LE3|0116; Newcastle upon Tyne|NE2 NE6|0191; Liverpool|L17 L18|0151; Truro|TR1|01872;
        Inverness|IV2 IV3|01463; Harrogate|HG1 HG2|01423"""),
    "US": _towns("""Boston|02118 02130 02135|617|MA; Chicago|60614 60622 60647|312 773|IL;
        Seattle|98103 98115 98122|206|WA; Denver|80205 80210 80218|303 720|CO; Austin|78704 78702 78751|512|TX;
        Portland|97214 97211 97202|503|OR; Minneapolis|55408 55406|612|MN; Philadelphia|19103 19146 19125|215|PA;
        Atlanta|30307 30306|404|GA; San Diego|92104 92103|619|CA; Madison|53703 53705|608|WI;
        Burlington|05401|802|VT; Ann Arbor|48104 48103|734|MI; Asheville|28801 28806|828|NC;
        Santa Fe|87501 87505|505|NM; Columbus|43215 43201|614|OH; Nashville|37203 37206|615|TN;
        Raleigh|27601 27605|919|NC; Pittsburgh|15213 15217|412|PA; Sacramento|95814 95816|916|CA;
        Tucson|85719 85705|520|AZ; Richmond|23220 23221|804|VA; Omaha|68104 68131|402|NE"""),
}

STREETS = {
    "DE": dict(
        stems=_w(
            "Haupt Bahnhof Schul Kirch Garten Berg Linden Birken Eichen Wiesen Mühlen Feld Wald Rosen Ahorn "
            "Buchen Tannen Sonnen Goethe Schiller Beethoven Mozart Lessing Uhland Fontane Humboldt Heine "
            "Kant Lortzing Gneisenau Blücher Körner Brahms Holunder Kastanien Ulmen Hafen Markt Ring Post "
            "Friedhof Anger Brunnen Brücken Teich Kolping Raiffeisen Lärchen Weiden"
        ),
        suf=[
            "straße",
            "straße",
            "straße",
            "str.",
            "weg",
            "weg",
            "gasse",
            "allee",
            "ring",
            "platz",
            "damm",
            "steig",
            "pfad",
            "stieg",
        ],
        whole=[
            "Am Lindenhof",
            "Im Winkel",
            "An der Schleuse",
            "Zum Sportplatz",
            "Alte Poststraße",
            "Am Mühlbach",
            "Hinter den Höfen",
            "Auf der Heide",
            "Unter den Eichen",
            "In der Aue",
            "Am Steinbruch",
            "Lange Reihe",
            "Neue Straße",
            "Hohe Straße",
            "Breite Straße",
            "Am Kanal",
            "Kleine Gasse",
            "Karl-Marx-Allee",
            "Von-Galen-Straße",
            "Bergische Landstraße",
            "Kieler Straße",
            "Am alten Bahnhof",
        ],
    ),
    "AT": dict(
        stems=_w(
            "Haupt Bahnhof Kirchen Schul Linden Garten Mühl Anger Wiesen Berg Wald Rosen Mozart Haydn "
            "Schubert Lehár Stifter Rosegger Radetzky Kaiserfeld Annen Herren Dominikaner Lend"
        ),
        suf=["gasse", "gasse", "straße", "straße", "weg", "platz", "ring", "zeile", "steig"],
        whole=[
            "Mariahilfer Straße",
            "Landstraßer Hauptstraße",
            "Grazer Straße",
            "Linzer Straße",
            "Am Anger",
            "Wiener Straße",
            "Salzburger Straße",
            "Am Hof",
            "Obere Donaustraße",
            "Untere Hauptstraße",
            "Innsbrucker Straße",
            "Am Schöpfwerk",
            "Kärntner Ring",
            "Leopold-Figl-Gasse",
            "Auf der Schmelz",
        ],
    ),
    "CHde": dict(
        stems=_w(
            "Bahnhof Dorf See Kirch Rüti Zelg Oberdorf Bühl Alpen Schützenmatt Sonnen Berg Wald Feld Reben "
            "Linden Mühle Hofacker Rain Halden Weiher Pestalozzi Dufour Gotthard Jura Aare Rosen "
            "Brunnmatt Tannen Lerchen"
        ),
        suf=["strasse", "strasse", "strasse", "gasse", "weg", "weg", "rain", "halde", "matte", "platz", "str."],
        whole=[
            "Im Grund",
            "Unterdorf",
            "Oberdorf",
            "Zum Brunnen",
            "Hinterdorf",
            "Auf der Mauer",
            "Am Bach",
            "In der Rüti",
            "Kreuzplatz",
            "Rebhalde",
            "Seefeldquai",
            "Ringstrasse",
            "Untere Zollgasse",
        ],
    ),
    "CHfr": dict(
        whole=[
            "Rue de Bourg",
            "Chemin des Vignes",
            "Avenue de la Gare",
            "Route de Berne",
            "Rue du Simplon",
            "chemin de la Forêt",
            "Rue des Alpes",
            "Avenue de Cour",
            "Rue du Lac",
            "chemin des Pâquerettes",
            "Route de la Corniche",
            "Rue de l'Industrie",
            "Avenue du Léman",
            "Rue Centrale",
            "chemin du Crêt",
            "Rue des Moulins",
            "Place du Marché",
            "Ruelle du Four",
            "Avenue de Beaulieu",
            "chemin de Montolivet",
            "Rue de Lausanne",
            "Route de Chêne",
            "Rue du Temple",
            "Quai du Seujet",
            "Chemin de Pierrefleur",
        ],
    ),
    "CHit": dict(
        whole=[
            "Via Cantonale",
            "Via Nassa",
            "Via San Gottardo",
            "Via alla Chiesa",
            "Via Ciseri",
            "Via Motta",
            "Via Trevano",
            "Via Lugano",
            "Via Stazione",
            "Via Borgo",
            "Via Vela",
            "Via ai Ronchi",
            "Via ai Monti",
            "Via Pretorio",
            "Via Franscini",
            "Piazza Grande",
            "Via delle Scuole",
            "Via al Lago",
            "Via Besso",
            "Via dei Faggi",
            "Strada Regina",
            "Via Luini",
        ],
    ),
    "FR": dict(
        whole=[
            "rue de la République",
            "rue Victor Hugo",
            "avenue Jean Jaurès",
            "boulevard Gambetta",
            "rue des Lilas",
            "impasse des Tilleuls",
            "allée des Peupliers",
            "chemin du Moulin",
            "place du Marché",
            "rue Pasteur",
            "quai des Chartrons",
            "rue du Four",
            "avenue de Verdun",
            "rue Saint-Martin",
            "rue de la Paix",
            "rue des Écoles",
            "boulevard de la Liberté",
            "avenue des Acacias",
            "rue du Général Leclerc",
            "rue des Forges",
            "route de Nantes",
            "rue de l'Église",
            "square des Marronniers",
            "cours Lafayette",
            "rue du Docteur Roux",
            "allée des Cerisiers",
            "rue de la Fontaine",
            "avenue Foch",
            "rue Nationale",
            "chemin des Bergères",
            "Rue Jules Ferry",
            "Avenue du Maréchal Joffre",
            "Boulevard Voltaire",
            "Rue du Château",
            "Impasse du Levant",
            "rue des Trois Rois",
            "quai de la Loire",
            "rue Émile Zola",
        ],
    ),
    "IT": dict(
        whole=[
            "Via Roma",
            "via Garibaldi",
            "Via Giuseppe Mazzini",
            "Corso Vittorio Emanuele II",
            "Piazza della Libertà",
            "Viale dei Mille",
            "via dei Mille",
            "Vicolo Stretto",
            "Via Dante Alighieri",
            "Via XX Settembre",
            "Via Cavour",
            "via Manzoni",
            "Via San Francesco",
            "Via dei Tigli",
            "Via Aurelio Saffi",
            "Viale Europa",
            "via della Repubblica",
            "Via Fratelli Rosselli",
            "Corso Italia",
            "Via del Lavoro",
            "via delle Rose",
            "Via Nazionale",
            "Largo Augusto",
            "Via IV Novembre",
            "Via Gramsci",
            "Strada del Bosco",
            "Località Poggio Alto",
            "Via Matteotti",
            "via Monte Grappa",
            "Borgo Palazzo",
            "Via Santo Stefano",
            "Via del Pratello",
            "Piazzale Loreto",
            "Viale Monza",
            "Via Po",
        ],
    ),
    "GB": dict(
        whole=[
            "Victoria Road",
            "Church Lane",
            "Mill Street",
            "Station Road",
            "Kingsway",
            "Beech Close",
            "Orchard Crescent",
            "Park View",
            "Hillside Drive",
            "Ashgrove Avenue",
            "Oakfield Terrace",
            "Windsor Gardens",
            "St Mary's Road",
            "Queen's Walk",
            "Albert Road",
            "Elm Grove",
            "Meadow Way",
            "The Green",
            "Rosebery Avenue",
            "Chapel Street",
            "Fore Street",
            "Brunswick Square",
            "Mount Pleasant",
            "Wellington Road",
            "Cromwell Street",
            "Highfield Lane",
            "Sycamore Rise",
            "Thornbury Close",
            "Lark Hill",
            "Gloucester Place",
            "Cathedral Row",
            "Marine Parade",
        ],
    ),
    "US": dict(
        whole=[
            "Maple Ave",
            "Oak Street",
            "Lincoln Blvd",
            "Elm Ct",
            "Cedar Lane",
            "Washington St",
            "Park Avenue",
            "Pine Street",
            "Sunset Dr",
            "Highland Ave",
            "Lakeview Rd",
            "Jefferson Street",
            "Willow Way",
            "Ridge Road",
            "Magnolia Blvd",
            "Chestnut St",
            "Forest Hills Dr",
            "Spring Garden St",
            "Grand Avenue",
            "Prospect Pl",
            "Birch Ln",
            "Meridian St",
            "Old Mill Rd",
            "College Ave",
            "Harbor View Dr",
            "Summit Ave",
            "Aspen Ct",
            "Riverside Dr",
        ],
    ),
}


def streets_key(loc: str) -> str:
    return {
        "de_DE": "DE",
        "de_AT": "AT",
        "de_CH": "CHde",
        "fr_CH": "CHfr",
        "it_CH": "CHit",
        "fr_FR": "FR",
        "it_IT": "IT",
        "en_GB": "GB",
        "en_US": "US",
    }[loc]


COUNTRY = {
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_CH": "CH",
    "it_CH": "CH",
    "fr_FR": "FR",
    "it_IT": "IT",
    "en_GB": "GB",
    "en_US": "US",
}

MAIL_DOMAINS = {
    "DE": [
        "gmx.de",
        "web.de",
        "t-online.de",
        "posteo.de",
        "gmail.com",
        "outlook.de",
        "mailbox.org",
        "freenet.de",
        "yahoo.de",
        "icloud.com",
    ],
    "CH": [
        "bluewin.ch",
        "gmx.ch",
        "sunrise.ch",
        "hispeed.ch",
        "protonmail.ch",
        "gmail.com",
        "outlook.com",
        "swissonline.ch",
    ],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.at", "utanet.at"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com", "hotmail.fr", "yahoo.fr"],
    "IT": [
        "libero.it",
        "virgilio.it",
        "tiscali.it",
        "alice.it",
        "gmail.com",
        "yahoo.it",
        "fastwebnet.it",
        "hotmail.it",
    ],
    "GB": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com", "hotmail.co.uk", "virginmedia.com"],
    "US": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "outlook.com", "aol.com", "att.net"],
}

IP_FIRST = {
    "DE": [31, 37, 46, 77, 79, 80, 84, 87, 88, 89, 91, 93, 95, 109, 134, 178, 188, 217],
    "AT": [62, 77, 80, 81, 83, 84, 85, 86, 91, 178, 188, 193, 194, 212, 213],
    "CH": [31, 46, 62, 77, 78, 80, 81, 83, 84, 85, 89, 178, 188, 193, 195, 212, 213],
    "FR": [2, 5, 37, 46, 77, 78, 79, 80, 81, 82, 83, 86, 88, 90, 92, 109, 176, 212],
    "IT": [2, 5, 31, 37, 62, 79, 80, 82, 87, 93, 95, 151, 176, 213],
    "GB": [2, 5, 31, 51, 62, 78, 79, 80, 81, 82, 86, 90, 92, 94, 109, 176, 212, 217],
    "US": [23, 24, 50, 63, 64, 66, 67, 68, 69, 70, 71, 72, 73, 75, 76, 96, 97, 98, 99, 107, 108, 173, 174],
}
IP6_PREFIX = {
    "DE": ["2003:e1", "2a02:8108", "2a02:810d", "2001:16b8"],
    "AT": ["2a02:8388", "2001:871"],
    "CH": ["2a02:1210", "2a02:aa10", "2001:1711"],
    "FR": ["2a01:cb00", "2a01:e0a", "2a02:8428"],
    "IT": ["2001:b07", "2a01:827", "2a0e:420"],
    "GB": ["2a00:23c5", "2a02:c7c", "2a01:4b00"],
    "US": ["2600:1700", "2601:18c", "2603:7000", "2607:fb90"],
}

# ---------------------------------------------------------------------------------------------------------------
# months
# ---------------------------------------------------------------------------------------------------------------
MONTHS = {
    "de": _w("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "de_abbr": _w("Jan. Feb. Mrz. Apr. Mai Jun. Jul. Aug. Sep. Okt. Nov. Dez."),
    "fr": _w("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "fr_abbr": _w("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
    "it": _w("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    "it_abbr": _w("gen feb mar apr mag giu lug ago set ott nov dic"),
    "en": _w("January February March April May June July August September October November December"),
    "en_abbr": _w("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
}
ROMAN = _w("I II III IV V VI VII VIII IX X XI XII")


def _ord(d: int) -> str:
    return f"{d}th" if 10 <= d % 100 <= 20 else f"{d}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th') }"


def date_shapes(loc: str) -> dict[str, object]:
    """Shape name -> function(date) for the locale."""
    lang, at = loc[:2], loc == "de_AT"

    def mde(d: dt.date, abbr: bool = False) -> str:
        if at and d.month == 1:
            return "Jän." if abbr else "Jänner"
        return MONTHS["de_abbr" if abbr else "de"][d.month - 1]

    if lang == "de":
        return {
            "dd.mm.yyyy": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
            "d.m.yyyy": lambda d: f"{d.day}.{d.month}.{d.year}",
            "dd.mm.yy": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
            "dd. mm. yyyy": lambda d: f"{d.day:02d}. {d.month:02d}. {d.year}",
            "iso": lambda d: d.isoformat(),
            "d. Monat yyyy": lambda d: f"{d.day}. {mde(d)} {d.year}",
            "dd. Monat yyyy": lambda d: f"{d.day:02d}. {mde(d)} {d.year}",
            "d.Monat yyyy": lambda d: f"{d.day}.{mde(d)} {d.year}",
            "d Monat yyyy": lambda d: f"{d.day} {mde(d)} {d.year}",
            "d. Mon. yyyy": lambda d: f"{d.day}. {mde(d, True)} {d.year}",
            "dd/mm/yyyy": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
            "roman": lambda d: f"{d.day}.{ROMAN[d.month - 1]}.{d.year}",
        }
    if lang == "fr":

        def dfr(d: dt.date) -> str:
            return "1er" if d.day == 1 else str(d.day)

        return {
            "dd/mm/yyyy": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
            "d mois yyyy": lambda d: f"{dfr(d)} {MONTHS['fr'][d.month - 1]} {d.year}",
            "d MOIS yyyy": lambda d: f"{dfr(d)} {MONTHS['fr'][d.month - 1].upper()} {d.year}",
            "d mon. yyyy": lambda d: f"{dfr(d)} {MONTHS['fr_abbr'][d.month - 1]} {d.year}",
            "dd/mm/yy": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
            "dd.mm.yyyy": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
            "dd-mm-yyyy": lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
            "iso": lambda d: d.isoformat(),
            "dd mm yyyy": lambda d: f"{d.day:02d} {d.month:02d} {d.year}",
        }
    if lang == "it":

        def dit(d: dt.date) -> str:
            return "1°" if d.day == 1 else str(d.day)

        return {
            "dd/mm/yyyy": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
            "d mese yyyy": lambda d: f"{dit(d)} {MONTHS['it'][d.month - 1]} {d.year}",
            "d MESE yyyy": lambda d: f"{dit(d)} {MONTHS['it'][d.month - 1].upper()} {d.year}",
            "d mon yyyy": lambda d: f"{d.day} {MONTHS['it_abbr'][d.month - 1]} {d.year}",
            "d/m/yyyy": lambda d: f"{d.day}/{d.month}/{d.year}",
            "dd.mm.yyyy": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
            "dd-mm-yyyy": lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
            "iso": lambda d: d.isoformat(),
        }
    if loc == "en_GB":
        return {
            "dd/mm/yyyy": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
            "d Month yyyy": lambda d: f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}",
            "dth Month yyyy": lambda d: f"{_ord(d.day)} {MONTHS['en'][d.month - 1]} {d.year}",
            "dth of Month yyyy": lambda d: f"{_ord(d.day)} of {MONTHS['en'][d.month - 1]} {d.year}",
            "d Mon yyyy": lambda d: f"{d.day} {MONTHS['en_abbr'][d.month - 1]} {d.year}",
            "d MON yyyy": lambda d: f"{d.day} {MONTHS['en_abbr'][d.month - 1].upper()} {d.year}",
            "dd-MON-yyyy": lambda d: f"{d.day:02d}-{MONTHS['en_abbr'][d.month - 1].upper()}-{d.year}",
            "iso": lambda d: d.isoformat(),
            "dd.mm.yyyy": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
        }
    return {
        "mm/dd/yyyy": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
        "m/d/yyyy": lambda d: f"{d.month}/{d.day}/{d.year}",
        "m/d/yy": lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}",
        "Month d, yyyy": lambda d: f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}",
        "Mon d, yyyy": lambda d: f"{MONTHS['en_abbr'][d.month - 1]} {d.day}, {d.year}",
        "Mon. d, yyyy": lambda d: f"{MONTHS['en_abbr'][d.month - 1]}{'' if d.month == 5 else '.'} {d.day}, {d.year}",
        "Month dth, yyyy": lambda d: f"{MONTHS['en'][d.month - 1]} {_ord(d.day)}, {d.year}",
        "mm-dd-yyyy": lambda d: f"{d.month:02d}-{d.day:02d}-{d.year}",
        "iso": lambda d: d.isoformat(),
    }


# ---------------------------------------------------------------------------------------------------------------
# check digits
# ---------------------------------------------------------------------------------------------------------------
def iban_check(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


def iban_valid(s: str) -> bool:
    s = s.replace(" ", "").upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cin(s: str) -> str:
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def luhn_digit(s: str) -> str:
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s: str) -> bool:
    s = re.sub(r"\D", "", s)
    return luhn_digit(s[:-1]) == s[-1]


def ean_digit(s: str) -> str:
    tot = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(s))
    return str((10 - tot % 10) % 10)


# ---------------------------------------------------------------------------------------------------------------
# people, addresses, companies
# ---------------------------------------------------------------------------------------------------------------
def ascii_fold(s: str, german: bool) -> str:
    if german:
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
            s = s.replace(a, b)
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class Addr:
    def __init__(self, street: str, town: str, townname: str, cc: str):
        self.street, self.town, self.townname, self.cc = street, town, townname, cc

    def block(self) -> str:
        return f"{mk('ADDRESS', self.street)}\n{mk('ADDRESS', self.town)}"

    def line(self, sep: str = ", ") -> str:
        return f"{mk('ADDRESS', self.street)}{sep}{mk('ADDRESS', self.town)}"

    def st(self) -> str:
        return mk("ADDRESS", self.street)

    def tw(self) -> str:
        return mk("ADDRESS", self.town)


class Person:
    def __init__(self, first: str, last: str, g: str, dob: dt.date, kind: str):
        self.first, self.last, self.g, self.dob, self.kind = first, last, g, dob, kind
        self.gen: str | None = None
        self.src = "region"
        self.addr: Addr | None = None
        self.email = ""
        self.mobile = ""
        self.land = ""
        self.nick = ""

    def initials(self) -> str:
        parts = re.split(r"([- ])", self.first)
        return "".join(p[0] + "." if p not in ("-", " ") and p else p for p in parts)

    def raw(self, style: str = "full") -> str:
        f, last = self.first, self.last
        return {
            "full": f"{f} {last}",
            "rev": f"{last}, {f}",
            "LASTfirst": f"{last.upper()} {f}",
            "LAST,first": f"{last.upper()}, {f}",
            "init": f"{self.initials()} {last}",
            "first": f,
            "last": last,
            "upper": f"{f} {last}".upper(),
            "firstL": f"{f} {last[0]}.",
            "lastfirst": f"{last} {f}",
            "nick": self.nick or f,
        }[style]

    def n(self, style: str = "full") -> str:
        return mk("PERSON", self.raw(style))


class Company:
    def __init__(self, name: str, addr: Addr, phone: str, hotline: str, domain: str, role: str, iban: str):
        self.name, self.addr, self.phone, self.hotline = name, addr, phone, hotline
        self.domain, self.role, self.iban = domain, role, iban
        self.fax = ""

    @property
    def mailbox(self) -> str:
        return f"{self.role}@{self.domain}"


def slug(s: str) -> str:
    s = ascii_fold(s, True).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


class Ctx:
    def __init__(self, rng: random.Random, loc: str):
        self.r = rng
        self.loc = loc
        self.lang = loc[:2]
        self.cc = COUNTRY[loc]
        self.shapes = date_shapes(loc)
        self.dshape = rng.choice(list(self.shapes))
        self.pshape = rng.choice(list(self.shapes)) if rng.random() < 0.5 else self.dshape
        self.used: set[str] = set()
        self._src = "region"
        self.used_first: set[str] = set()
        self.today = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(0, 700))
        self.townlist = TOWNS[{"de_CH": "CHde", "fr_CH": "CHfr", "it_CH": "CHit"}.get(loc, self.cc)]
        self.home = rng.choice(self.townlist)

    # -- basic choice helpers
    def t(self, de: str, fr: str, it: str, en: str) -> str:
        return {"de": de, "fr": fr, "it": it, "en": en}[self.lang]

    def c(self, seq):
        return self.r.choice(seq)

    def p(self, x: float) -> bool:
        return self.r.random() < x

    def num(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    @property
    def us(self) -> bool:
        return self.loc == "en_US"

    # -- names
    def _region_lists(self) -> tuple[list[str], list[str], list[str]]:
        loc, r = self.loc, self.r
        reg = REGION[loc]
        m, f, s = reg["m"], reg["f"], reg["s"]
        if loc == "de_AT":
            m, f = m + REGION["de_DE"]["m"][::4], f + REGION["de_DE"]["f"][::4]
            s = s + REGION["de_DE"]["s"][::5]
        elif loc == "fr_CH":
            m, f = m + REGION["fr_FR"]["m"], f + REGION["fr_FR"]["f"]
            s = s if r.random() < 0.6 else REGION["fr_FR"]["s"]
        elif loc == "it_CH":
            m, f = m + REGION["it_IT"]["m"], f + REGION["it_IT"]["f"]
            s = s if r.random() < 0.55 else REGION["it_IT"]["s"]
        elif loc == "de_CH":
            s = s if r.random() < 0.8 else REGION["de_DE"]["s"]
        return m, f, s

    def gendered(self, last: str, g: str, comm: str | None) -> str:
        if g == "f" and comm in GENDERED:
            for a, b in GENDERED[comm].items():
                if last.endswith(a):
                    return last[: -len(a)] + b
        return last

    def _draw_name(self, g: str) -> tuple[str, str, str, str | None]:
        r = self.r
        lang = self.lang
        x = r.random()
        m, f, s = self._region_lists()
        self._src = "region"
        if x < 0.55:
            return r.choice(m if g == "m" else f), r.choice(s), "region", None
        if x < 0.78:
            key = r.choice(sorted(COMMUNITY))
            cm, cf, cs, gen = COMMUNITY[key]
            last = r.choice(cs)
            if key == "es" and r.random() < 0.5:
                last = f"{last} {r.choice([z for z in cs if z != last])}"
            self._src = key
            return r.choice(cm if g == "m" else cf), self.gendered(last, g, gen), "community", gen
        kind = r.choice(["word", "word", "particle", "particle", "invented", "double", "rare"])
        first = r.choice(m if g == "m" else f)
        if kind == "word":
            last = r.choice(WORD_SURNAMES[lang])
            if r.random() < 0.3:
                first = r.choice(WORD_FIRST[lang][g])
        elif kind == "particle":
            last = r.choice(PARTICLE_SURNAMES[self.loc])
        elif kind == "invented":
            pre, suf = SYLL[lang]
            while True:
                last = r.choice(pre) + r.choice(suf)
                if not re.search(r"(.)\1\1", last.lower()) and all(last not in REGION[k]["s"] for k in REGION):
                    break
            if r.random() < 0.5:
                first = r.choice(RARE_FIRST[lang][g])
        elif kind == "double":
            a, b = r.sample(s, 2)
            last = f"{a}-{b}" if (lang in ("de", "fr") or r.random() < 0.6) else f"{a} {b}"
        else:
            last = r.choice(s)
            first = r.choice(RARE_FIRST[lang][g])
        return first, last, "special", None

    def person(
        self,
        g: str | None = None,
        last: str | None = None,
        age: tuple[int, int] = (19, 88),
        addr: bool = True,
        town=None,
        gen: str | None = None,
        src: str | None = None,
    ) -> Person:
        r = self.r
        g = g or r.choice("mf")
        for _ in range(50):
            first, l2, kind, gen2 = self._draw_name(g)
            if last is not None:
                l2 = self.gendered(last, g, gen) if gen else last
                if src in COMMUNITY:
                    first = r.choice(COMMUNITY[src][0 if g == "m" else 1])
                elif src == "region":
                    m_, f_, _ = self._region_lists()
                    first = r.choice(m_ if g == "m" else f_)
            if first in self.used_first or (last is None and l2 in self.used):
                continue
            if any(
                w in self.used_first or w in self.used for w in re.findall(r"\w+", first + " " + l2) if last is None
            ):
                continue
            break
        self.used.add(l2)
        self.used_first.add(first)
        for w in re.findall(r"\w+", l2):
            self.used.add(w)
        year = self.today.year - r.randint(*age)
        dob = dt.date(year, r.randint(1, 12), r.randint(1, 28))
        p = Person(first, l2, g, dob, kind)
        p.gen = gen2 if last is None else gen
        p.src = self._src if last is None else (src or "region")
        nick = NICK["ch" if self.loc == "de_CH" and r.random() < 0.6 else self.lang][g]
        p.nick = r.choice(nick)
        if addr:
            p.addr = self.address(town)
        p.email = self.email_for(p)
        p.mobile = self.phone("mobile")
        p.land = self.phone("land", p.addr.townname if p.addr else None)
        return p

    def relative(
        self, p: Person, g: str | None = None, age: tuple[int, int] | None = None, same_addr: bool = True
    ) -> Person:
        g = g or self.r.choice("mf")
        q = self.person(g=g, last=p.last, age=age or (19, 88), addr=not same_addr, gen=p.gen, src=p.src)
        if p.gen in GENDERED and g != p.g:
            # re-derive the surname for the other gender (Polish / Greek)
            base = p.last
            if p.g == "f":
                for a, b in GENDERED[p.gen].items():
                    if base.endswith(b):
                        base = base[: -len(b)] + a
                        break
            q.last = self.gendered(base, g, p.gen)
            self.used.add(q.last)
        if same_addr:
            q.addr = p.addr
            q.land = p.land
        q.email = self.email_for(q)
        return q

    def child(self, p: Person, lo: int = 2, hi: int = 16, g: str | None = None) -> Person:
        q = self.relative(p, g=g, age=(lo, hi))
        if not 20 <= q.dob.year - p.dob.year <= 45:
            q.dob = q.dob.replace(year=p.dob.year + self.r.randint(22, 40))
            if q.dob.year > self.today.year - lo:
                q.dob = q.dob.replace(year=self.today.year - lo)
        return q

    def title(self, p: Person, short: bool = True) -> str:
        m = p.g == "m"
        if self.lang == "de":
            return "Herr" if m else "Frau"
        if self.lang == "fr":
            return ("M." if m else "Mme") if short else ("Monsieur" if m else "Madame")
        if self.lang == "it":
            return ("Sig." if m else "Sig.ra") if short else ("signor" if m else "signora")
        t = "Mr" if m else self.c(["Ms", "Mrs"])
        return t + "." if self.us else t

    def tn(self, p: Person, short: bool = True) -> str:
        """Title + marked surname."""
        return f"{self.title(p, short)} {p.n('last')}"

    def style(self, styles: list[str] | None = None) -> str:
        return self.c(styles or ["full", "full", "full", "rev", "LASTfirst", "init", "LAST,first", "lastfirst"])

    # -- e-mail
    def email_for(self, p: Person, domain: str | None = None) -> str:
        r = self.r
        de = self.lang == "de"
        f = re.sub(r"[^a-z-]", "", ascii_fold(p.first, de).lower())
        last = re.sub(r"[^a-z-]", "", ascii_fold(p.last.replace(" ", ""), de).lower())
        if r.random() < 0.5:
            last = last.replace("-", "")
        f = f.replace("-", "")
        if domain:
            local = r.choice([f"{f}.{last}", f"{f}.{last}", f"{f[0]}.{last}", f"{f[0]}{last}", f"{last}"])
            return f"{local}@{domain}"
        yy = f"{p.dob.year % 100:02d}"
        local = r.choice(
            [
                f"{f}.{last}",
                f"{f}.{last}",
                f"{f[0]}.{last}",
                f"{f}{last}",
                f"{last}.{f}",
                f"{f}.{last}{yy}",
                f"{f}_{last}",
                f"{f[0]}{last}{r.randint(1, 99)}",
                f"{last}{f[0]}",
                f"{f}{yy}",
                f"{f}-{last}",
            ]
        )
        return f"{local}@{r.choice(MAIL_DOMAINS[self.cc])}"

    # -- addresses
    def town(self, cc: str | None = None):
        return self.r.choice(TOWNS[cc] if cc else self.townlist)

    def address(self, town=None, loc: str | None = None) -> Addr:
        r = self.r
        loc = loc or self.loc
        cc = COUNTRY[loc]
        key = streets_key(loc)
        tw = town or (self.home if r.random() < 0.45 else r.choice(TOWNS[key if key.startswith("CH") else cc]))
        if isinstance(tw, str):
            tw = next(t for t in TOWNS[key if key.startswith("CH") else cc] if t[0] == tw)
        name, pcs, ac, prov = tw
        pc = r.choice(pcs)
        no = str(r.choice([r.randint(1, 30), r.randint(1, 30), r.randint(1, 160)]))
        sd = STREETS[key]
        if key in ("DE", "AT", "CHde"):
            if r.random() < 0.25:
                st = r.choice(sd["whole"])
            else:
                suf = r.choice(sd["suf"])
                st = r.choice(sd["stems"]) + suf
            if key == "DE":
                no += r.choice(["", "", "", "", "a", " a", "b", "-5" if no.isdigit() and int(no) < 9 else ""])
                if no.endswith("-5") and int(no[:-2]) >= 5:
                    no = no[:-2]
                extra = r.choice(["", "", "", "", "", " (Hinterhaus)", ", 3. OG", ", 2. Etage"])
                street = f"{st} {no}{extra}"
            elif key == "AT":
                street = f"{st} {no}" + r.choice(
                    [
                        "",
                        "",
                        f"/{r.randint(1, 24)}",
                        f"/{r.randint(1, 6)}/{r.randint(1, 30)}",
                        f"/Top {r.randint(1, 30)}",
                        f"/Stiege {r.randint(1, 4)}/Tür {r.randint(1, 20)}",
                    ]
                )
            else:
                street = f"{st} {no}" + r.choice(["", "", "", "a", "b"])
            town_s = r.choice(
                [f"{pc} {name}"] * 5 + [f"{'D' if cc == 'DE' else 'A' if cc == 'AT' else 'CH'}-{pc} {name}"]
            )
        elif key == "CHfr":
            street = f"{r.choice(sd['whole'])} {no}" + r.choice(["", "", "", "bis", "A"])
            town_s = r.choice([f"{pc} {name}"] * 5 + [f"CH-{pc} {name}"])
        elif key == "CHit":
            street = f"{r.choice(sd['whole'])} {no}" + r.choice(["", "", "", "a", "B"])
            town_s = r.choice([f"{pc} {name}"] * 5 + [f"CH-{pc} {name}"])
        elif key == "FR":
            st = r.choice(sd["whole"])
            sfx = r.choice(["", "", "", "", " bis", " ter"])
            street = r.choice([f"{no}{sfx} {st}", f"{no}{sfx}, {st}", f"{no}{sfx} {st}"])
            street += r.choice(
                [
                    "",
                    "",
                    "",
                    "",
                    f", Appt {r.randint(1, 60)}",
                    f", Bât. {r.choice('ABCD')}",
                    f", Bât. {r.choice('ABC')} Appt {r.randint(1, 40)}",
                ]
            )
            town_s = f"{pc} {name.upper() if r.random() < 0.35 else name}"
        elif key == "IT":
            st = r.choice(sd["whole"])
            street = r.choice(
                [
                    f"{st} {no}",
                    f"{st} {no}",
                    f"{st}, {no}",
                    f"{st} n. {no}",
                    f"{st} {no}/B",
                    f"{st} {no} int. {r.randint(1, 20)}",
                    f"{st} {no}, scala {r.choice('ABC')}",
                ]
            )
            town_s = r.choice(
                [
                    f"{pc} {name}",
                    f"{pc} {name} ({prov})",
                    f"{pc} {name} {prov}",
                    f"{pc} {name} ({prov})",
                    f"I-{pc} {name}",
                ]
            )
        elif key == "GB":
            st = r.choice(sd["whole"])
            street = r.choice(
                [
                    f"{no} {st}",
                    f"{no} {st}",
                    f"Flat {r.randint(1, 12)}, {no} {st}",
                    f"{r.randint(1, 9)}{r.choice('ABC')} {st}",
                    f"Flat {r.randint(1, 6)}{r.choice('ABCD')} {no} {st}",
                ]
            )
            pcf = f"{pc} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            town_s = f"{name.upper() if r.random() < 0.25 else name} {pcf}"
        else:
            st = r.choice(sd["whole"])
            d = r.choice(["", "", "", "N ", "S ", "E ", "W "])
            street = f"{r.randint(10, 9899)} {d}{st}" + r.choice(
                [
                    "",
                    "",
                    "",
                    f" Apt {r.randint(1, 40)}{r.choice(['', 'B', 'C'])}",
                    f" #{r.randint(1, 30)}",
                    f", Unit {r.randint(1, 20)}",
                ]
            )
            zipc = pc + (f"-{self.num(4)}" if r.random() < 0.25 else "")
            town_s = f"{name}, {prov} {zipc}"
        return Addr(street, town_s, name, cc)

    def po_box(self, town=None) -> Addr:
        r = self.r
        a = self.address(town)
        key = streets_key(self.loc)
        box = {
            "DE": f"Postfach {r.randint(10, 99)} {r.randint(10, 99)}",
            "AT": f"Postfach {r.randint(1, 999)}",
            "CHde": f"Postfach {r.randint(100, 9999)}",
            "CHfr": f"Case postale {r.randint(10, 9999)}",
            "CHit": f"Casella postale {r.randint(10, 999)}",
            "FR": r.choice([f"BP {r.randint(10, 999)}", f"CS {r.randint(10000, 99999)}"]),
            "IT": f"Casella postale {r.randint(1, 999)}",
            "GB": f"PO Box {r.randint(100, 9999)}",
            "US": f"PO Box {r.randint(100, 99999)}",
        }[key]
        a.street = box
        return a

    # -- phones
    def phone(self, kind: str = "mobile", townname: str | None = None, cc: str | None = None, din: bool = False) -> str:
        r = self.r
        cc = cc or self.cc
        n = self.num
        if townname:
            tl = next((t for k, v in TOWNS.items() for t in v if t[0] == townname and (k == cc or k[:2] == cc)), None)
        else:
            tl = None
        tl = tl or r.choice(self.townlist if COUNTRY[self.loc] == cc else TOWNS["CHde" if cc == "CH" else cc])
        ac = tl[2].split()[0] if cc != "US" else r.choice(tl[2].split())

        def pairs(s: str) -> str:
            head, s = (s[:3], s[3:]) if len(s) % 2 else ("", s)
            return " ".join(([head] if head else []) + [s[i : i + 2] for i in range(0, len(s), 2)])

        if cc == "DE":
            if kind == "mobile":
                pre = r.choice(
                    [
                        "0151",
                        "0152",
                        "0157",
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
                        "0159",
                    ]
                )
                sub = str(r.randint(1, 9)) + n(7 if pre.startswith("015") else 6)
                return r.choice(
                    [
                        f"{pre} {sub}",
                        f"{pre}/{sub}",
                        f"{pre}-{sub}",
                        f"+49 {pre[1:]} {sub}",
                        f"+49{pre[1:]}{sub}",
                        f"0049 {pre[1:]} {sub}",
                        f"{pre} {sub[:3]} {sub[3:]}",
                        f"+49 (0){pre[1:]} {sub}",
                        f"{pre} {sub}",
                    ]
                )
            sub = str(r.randint(2, 9)) + n(10 - len(ac))
            if din:
                return r.choice([f"{ac} {sub[:-2]}-{sub[-2:]}", f"+49 {ac[1:]} {sub[:-2]}-{sub[-2:]}"])
            return r.choice(
                [
                    f"{ac} {sub}",
                    f"{ac}/{sub}",
                    f"({ac}) {sub}",
                    f"+49 {ac[1:]} {sub}",
                    f"+49 (0){ac[1:]} {sub}",
                    f"0049 {ac[1:]} {sub}",
                    f"{ac}-{sub}",
                    f"{ac} {pairs(sub)}",
                    f"{ac} {sub}",
                ]
            )
        if cc == "CH":
            if kind == "mobile":
                ac = r.choice(["076", "077", "078", "079", "075"])
            sub = str(r.randint(2, 9)) + n(6)
            a, b, c = sub[:3], sub[3:5], sub[5:]
            return r.choice(
                [
                    f"{ac} {a} {b} {c}",
                    f"{ac} {a} {b} {c}",
                    f"+41 {ac[1:]} {a} {b} {c}",
                    f"+41 (0){ac[1:]} {a} {b} {c}",
                    f"0041 {ac[1:]} {a} {b} {c}",
                    f"{ac}/{a} {b} {c}",
                    f"{ac}{sub}",
                    f"+41{ac[1:]}{sub}",
                    f"+41 {ac[1:]} {a}{b}{c}",
                ]
            )
        if cc == "AT":
            if kind == "mobile":
                pre = r.choice(["0650", "0660", "0664", "0676", "0680", "0681", "0688", "0699", "0664", "0676"])
                sub = str(r.randint(1, 9)) + n(6 if pre != "0699" or r.random() < 0.5 else 7)
                return r.choice(
                    [
                        f"{pre} {sub}",
                        f"{pre}/{sub}",
                        f"{pre} {sub[:3]} {sub[3:5]} {sub[5:]}",
                        f"+43 {pre[1:]} {sub}",
                        f"+43{pre[1:]}{sub}",
                        f"+43 (0){pre[1:]} {sub}",
                        f"0043 {pre[1:]} {sub}",
                        f"+43 {pre[1:]} {sub[:3]} {sub[3:]}",
                    ]
                )
            sub = str(r.randint(2, 9)) + n(6 if ac == "01" else 5 if len(ac) == 4 else 4)
            if din:
                return r.choice([f"{ac} {sub}-{r.randint(10, 49)}", f"+43 {ac[1:]} {sub}-{r.randint(10, 49)}"])
            return r.choice(
                [
                    f"{ac} {sub}",
                    f"{ac}/{sub}",
                    f"+43 {ac[1:]} {sub}",
                    f"+43 (0){ac[1:]} {sub}",
                    f"0043 {ac[1:]} {sub}",
                    f"{ac} {pairs(sub)}",
                    f"{ac}-{sub}",
                ]
            )
        if cc == "FR":
            d1 = r.choice("67") if kind == "mobile" else ac[1]
            s = str(r.randint(1, 9)) + n(7)
            g = pairs(s)
            return r.choice(
                [
                    f"0{d1} {g}",
                    f"0{d1} {g}",
                    f"0{d1}.{g.replace(' ', '.')}",
                    f"0{d1}{s}",
                    f"+33 {d1} {g}",
                    f"+33 (0){d1} {g}",
                    f"0033 {d1} {g}",
                    f"0{d1}-{g.replace(' ', '-')}",
                    f"+33{d1}{s}",
                ]
            )
        if cc == "IT":
            if kind == "mobile":
                pre = r.choice(
                    [
                        "320",
                        "328",
                        "329",
                        "331",
                        "333",
                        "334",
                        "335",
                        "338",
                        "339",
                        "340",
                        "345",
                        "347",
                        "348",
                        "349",
                        "351",
                        "366",
                        "370",
                        "380",
                        "388",
                        "392",
                    ]
                )
                sub = n(7)
                return r.choice(
                    [
                        f"{pre} {sub}",
                        f"{pre} {sub[:3]} {sub[3:]}",
                        f"{pre}{sub}",
                        f"{pre}-{sub}",
                        f"{pre}.{sub[:3]}.{sub[3:]}",
                        f"+39 {pre} {sub}",
                        f"+39 {pre} {sub[:3]} {sub[3:]}",
                        f"+39{pre}{sub}",
                        f"0039 {pre} {sub}",
                    ]
                )
            sub = str(r.randint(2, 9)) + n(9 - len(ac))
            return r.choice(
                [
                    f"{ac} {sub}",
                    f"{ac} {sub[:4]} {sub[4:]}",
                    f"{ac}/{sub}",
                    f"{ac}-{sub}",
                    f"+39 {ac} {sub}",
                    f"0039 {ac} {sub}",
                    f"+39{ac}{sub}",
                    f"({ac}) {sub}",
                ]
            )
        if cc == "GB":
            if kind == "mobile":
                pre = "07" + str(r.randint(4, 9)) + n(2)
                sub = n(6)
                return r.choice(
                    [
                        f"{pre} {sub}",
                        f"{pre} {sub[:3]} {sub[3:]}",
                        f"+44 {pre[1:]} {sub}",
                        f"+44 (0){pre[1:]} {sub}",
                        f"+44{pre[1:]}{sub}",
                        f"{pre}-{sub}",
                        f"{pre} {sub}",
                    ]
                )
            if len(ac) == 3:
                sub = str(r.choice([3, 7, 8, 9])) + n(7)
                nat = f"{ac} {sub[:4]} {sub[4:]}"
            elif len(ac) == 4:
                sub = str(r.randint(2, 9)) + n(6)
                nat = f"{ac} {sub[:3]} {sub[3:]}"
            else:
                sub = str(r.randint(2, 9)) + n(5)
                nat = f"{ac} {sub}"
            rest = nat[len(ac) + 1 :]
            return r.choice(
                [nat, nat, f"+44 {ac[1:]} {rest}", f"+44 (0){ac[1:]} {rest}", f"({ac}) {rest}", f"+44{ac[1:]}{sub}"]
            )
        ex = str(r.randint(2, 9)) + n(2)
        while ex == "555":
            ex = str(r.randint(2, 9)) + n(2)
        ln = n(4)
        return r.choice(
            [
                f"({ac}) {ex}-{ln}",
                f"({ac}) {ex}-{ln}",
                f"{ac}-{ex}-{ln}",
                f"{ac}.{ex}.{ln}",
                f"+1 {ac} {ex} {ln}",
                f"+1 ({ac}) {ex}-{ln}",
                f"1-{ac}-{ex}-{ln}",
                f"+1{ac}{ex}{ln}",
                f"{ac} {ex} {ln}",
            ]
        )

    def hotline(self) -> str:
        r, n, cc = self.r, self.num, self.cc
        if cc == "DE":
            return r.choice([f"0800 {n(3)} {n(4)}", f"0800 {n(7)}", f"0180 6 {n(6)}"])
        if cc == "AT":
            return r.choice([f"0800 {n(3)} {n(3)}", f"0810 {n(3)} {n(3)}"])
        if cc == "CH":
            return r.choice([f"0800 {n(3)} {n(3)}", f"0848 {n(3)} {n(3)}", f"0842 {n(3)} {n(3)}"])
        if cc == "FR":
            return r.choice(
                [f"0 800 {n(2)} {n(2)} {n(2)}", f"0 810 {n(2)} {n(2)} {n(2)}", f"0 969 {n(2)} {n(2)} {n(2)}"]
            )
        if cc == "IT":
            return r.choice([f"800 {n(3)} {n(3)}", f"800.{n(3)}.{n(3)}", f"199 {n(3)} {n(3)}"])
        if cc == "GB":
            return r.choice([f"0800 {n(3)} {n(4)}", f"0345 {n(3)} {n(4)}", f"0330 {n(3)} {n(4)}"])
        return r.choice(
            [f"1-800-{n(3)}-{n(4)}", f"(888) {r.randint(2, 9)}{n(2)}-{n(4)}", f"1-877-{r.randint(2, 9)}{n(2)}-{n(4)}"]
        )

    # -- bank, cards, ids, ip
    def iban(self, cc: str | None = None, grouped: bool | None = None) -> str:
        r, n = self.r, self.num
        cc = cc or {"US": "GB"}.get(self.cc, self.cc)
        if cc == "DE":
            bban = str(r.randint(1, 8)) + n(7) + n(10)
        elif cc == "AT":
            bban = str(r.randint(1, 6)) + n(4) + n(11)
        elif cc in ("CH", "LI"):
            bban = r.choice(["00762", "00235", "00700", "09000", "80808", "00767", "08390", "00774"]) + n(12)
        elif cc == "FR":
            b = r.choice(["30004", "30003", "10278", "20041", "30002", "13807", "16606", "18206"])
            gu, acc = n(5), n(11)
            key = 97 - ((89 * int(b) + 15 * int(gu) + 3 * int(acc)) % 97)
            bban = f"{b}{gu}{acc}{key:02d}"
        elif cc == "IT":
            abi = r.choice(["03069", "02008", "05034", "03111", "01030", "06230", "05696", "08327"])
            core = abi + n(5) + n(12)
            bban = cin(core) + core
        else:
            bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + n(6) + n(8)
        ib = cc + iban_check(cc, bban) + bban
        assert iban_valid(ib)
        if grouped is None:
            grouped = r.random() < 0.7
        return " ".join(ib[i : i + 4] for i in range(0, len(ib), 4)) if grouped else ib

    def card(self) -> str:
        r, n = self.r, self.num
        k = r.random()
        if k < 0.5:
            s = "4" + n(14)
        elif k < 0.85:
            s = r.choice(["51", "52", "53", "54", "55"]) + n(13)
        else:
            s = r.choice(["34", "37"]) + n(12)
            s += luhn_digit(s)
            return r.choice([f"{s[:4]} {s[4:10]} {s[10:]}", s])
        s += luhn_digit(s)
        return r.choice(
            [" ".join(s[i : i + 4] for i in range(0, 16, 4)), s, "-".join(s[i : i + 4] for i in range(0, 16, 4))]
        )

    def masked_card(self) -> str:
        r, n = self.r, self.num
        last = n(4)
        return r.choice(
            [
                f"**** **** **** {last}",
                f"•••• {last}",
                f"XXXX-XXXX-XXXX-{last}",
                f"{r.choice(['4', '5'])}{n(5)}******{last}",
                f"**** {last}",
            ]
        )

    def ahv(self) -> str:
        s = "756" + self.num(9)
        s += ean_digit(s)
        return f"756.{s[3:7]}.{s[7:11]}.{s[11:]}" if self.r.random() < 0.8 else s

    def ip(self) -> str:
        r = self.r
        if r.random() < 0.18:
            pre = r.choice(IP6_PREFIX[self.cc])
            hx = [f"{r.randrange(1, 65536):x}" for _ in range(8 - len(pre.split(":")))]
            return r.choice([":".join([pre, *hx]), f"{pre}:{hx[0]}::{hx[1]}", f"{pre}:{hx[0]}:{hx[1]}::{hx[2]}"])
        return f"{r.choice(IP_FIRST[self.cc])}.{r.randrange(256)}.{r.randrange(256)}.{r.randint(2, 254)}"

    def lan_ip(self) -> str:
        r = self.r
        return r.choice(
            [
                f"192.168.{r.randint(0, 2)}.{r.randint(2, 250)}",
                f"10.0.{r.randint(0, 9)}.{r.randint(2, 250)}",
                f"172.16.{r.randint(0, 31)}.{r.randint(2, 250)}",
            ]
        )

    # -- dates
    def dob(self, p: Person | dt.date, shape: str | None = None) -> str:
        d = p.dob if isinstance(p, Person) else p
        sh = shape or (self.dshape if self.r.random() < 0.78 else self.r.choice(list(self.shapes)))
        return mk("DOB", self.shapes[sh](d))

    def date(self, d: dt.date) -> str:
        return self.shapes[self.pshape](d)

    def later(self, a: int = 1, b: int = 60) -> dt.date:
        return self.today + dt.timedelta(days=self.r.randint(a, b))

    def earlier(self, a: int = 1, b: int = 60) -> dt.date:
        return self.today - dt.timedelta(days=self.r.randint(a, b))

    def time(self) -> str:
        h, m = self.r.randint(7, 19), self.r.choice([0, 0, 15, 30, 45, 10, 20, 40, 50])
        if self.us:
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        if self.lang == "fr":
            return self.c([f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h} h {m:02d}"])
        if self.lang == "it":
            return self.c([f"{h}:{m:02d}", f"{h}.{m:02d}"])
        return f"{h:02d}:{m:02d}" if self.lang == "de" else self.c([f"{h}:{m:02d}", f"{h}.{m:02d}"])

    def money(self, lo: float, hi: float) -> str:
        v = self.r.uniform(lo, hi)
        v = round(v / 5) * 5 if hi > 200 else round(v, 2)
        cur = {"DE": "EUR", "AT": "EUR", "FR": "EUR", "IT": "EUR", "CH": "CHF", "GB": "GBP", "US": "USD"}[self.cc]
        if self.cc == "CH":
            s = f"{v:,.2f}".replace(",", "'")
            return self.c([f"CHF {s}", f"Fr. {s}", f"{s} CHF"])
        if self.cc in ("GB", "US"):
            return f"{'£' if self.cc == 'GB' else '$'}{v:,.2f}"
        s = f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
        return self.c([f"{s} €", f"€ {s}", f"{s} EUR", f"EUR {s}"]) if cur == "EUR" else s

    def company(self, names: list[str], town=None, role: str = "info") -> Company:
        r = self.r
        tw = town or self.home
        tmpl = r.choice(names)
        name = tmpl.format(town=tw[0])
        addr = self.address(tw)
        base = re.sub(r"\b(GmbH|AG|SA|SARL|SAS|Sàrl|Srl|Spa|Ltd|LLC|Inc|Co|KG|VVaG|OG|e\.V)\b\.?", "", tmpl)
        words = slug(base.replace("{town}", tw[0] if r.random() < 0.3 else "")).split("-")
        words = [w for w in words if len(w) > 2 or w.isdigit()][:3]
        dom = (
            "-".join(words[:2] if len("".join(words)) > 20 else words)
            + "."
            + {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "IT": "it", "GB": "co.uk", "US": "com"}[self.cc]
        )
        if r.random() < 0.1:
            addr = self.po_box(tw)
        co = Company(name, addr, self.phone("land", tw[0]), self.hotline(), dom, role, self.iban())
        return co


# ---------------------------------------------------------------------------------------------------------------
# layouts
# ---------------------------------------------------------------------------------------------------------------
FORM_STYLES = ["colon", "colon", "aligned", "tab", "dots", "bold", "kv", "mdtable", "upper", "bullet", "bracket"]


def form(ctx: Ctx, rows: list[tuple[str, str]], style: str | None = None) -> str:
    style = style or ctx.c(FORM_STYLES)
    rows = [(k, v) for k, v in rows if v is not None]
    w = max(len(k) for k, _ in rows) + 1
    out = []
    if style == "mdtable":
        h = ctx.t(("Feld", "Angabe"), ("Champ", "Valeur"), ("Campo", "Valore"), ("Field", "Value"))
        out = [f"| {h[0]} | {h[1]} |", "|---|---|"] + [f"| {k} | {v} |" for k, v in rows]
        return "\n".join(out)
    for k, v in rows:
        if style == "colon":
            out.append(f"{k}: {v}")
        elif style == "aligned":
            out.append(f"{(k + ':').ljust(w + 1)} {v}")
        elif style == "tab":
            out.append(f"{k}\t{v}")
        elif style == "dots":
            out.append(f"{k} {'.' * max(2, w + 4 - len(k))} {v}")
        elif style == "bold":
            out.append(f"**{k}:** {v}")
        elif style == "kv":
            out.append(f"{k} = {v}")
        elif style == "upper":
            out.append(f"{k.upper()}: {v}")
        elif style == "bullet":
            out.append(f"- {k}: {v}")
        else:
            out.append(f"[{k}] {v}")
    return "\n".join(out)


TABLE_STYLES = ["csv", "ssv", "tsv", "pipe", "md", "md", "fixed", "fixed", "jsonl", "json", "yaml", "html"]


def _jq(v: str) -> str:
    assert '"' not in vis(v) and "\\" not in vis(v), v
    return f'"{v}"'


def table(
    ctx: Ctx, headers: list[str], rows: list[list[str]], style: str | None = None, keys: list[str] | None = None
) -> str:
    style = style or ctx.c(TABLE_STYLES)
    keys = keys or [re.sub(r"[^a-z0-9]+", "_", ascii_fold(h, True).lower()).strip("_") for h in headers]
    if style in ("csv", "ssv", "tsv", "pipe"):
        sep = {"csv": ",", "ssv": ";", "tsv": "\t", "pipe": "|"}[style]

        def q(v: str) -> str:
            if style == "csv" and ("," in vis(v) or ctx.p(0.1)):
                return f'"{v}"'
            return v

        return "\n".join(sep.join(q(c) for c in row) for row in [headers] + rows)
    if style == "md":
        ws = [max(vlen(r[i]) for r in [headers] + rows) for i in range(len(headers))]
        pad = ctx.p(0.5)

        def line(row: list[str]) -> str:
            return "| " + " | ".join(vpad(c, ws[i]) if pad else c for i, c in enumerate(row)) + " |"

        sepl = "|" + "|".join("-" * (w + 2) if pad else "---" for w in ws) + "|"
        return "\n".join([line(headers), sepl] + [line(r) for r in rows])
    if style == "fixed":
        ws = [max(vlen(r[i]) for r in [headers] + rows) + 2 for i in range(len(headers))]
        up = ctx.p(0.5)
        head = "".join(vpad(h.upper() if up else h, ws[i]) for i, h in enumerate(headers)).rstrip()
        lines = [head, "-" * len(head)] + ["".join(vpad(c, ws[i]) for i, c in enumerate(r)).rstrip() for r in rows]
        return "\n".join(lines)
    if style in ("jsonl", "json"):
        objs = ["{" + ", ".join(f'"{k}": {_jq(v)}' for k, v in zip(keys, r, strict=True)) + "}" for r in rows]
        if style == "jsonl":
            return "\n".join(objs)
        return "[\n  " + ",\n  ".join(objs) + "\n]"
    if style == "yaml":
        out = []
        for r in rows:
            for i, (k, v) in enumerate(zip(keys, r, strict=True)):
                vv = f'"{v}"' if (": " in vis(v) or vis(v).startswith(("*", "#", "-", "@", "+")) or not vis(v)) else v
                out.append(f"{'- ' if i == 0 else '  '}{k}: {vv}")
        return "\n".join(out)
    cells = "".join(f"<th>{h}</th>" for h in headers)
    body = "\n".join("  <tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table>\n  <tr>{cells}</tr>\n{body}\n</table>"


def letterhead(ctx: Ctx, co: Company, web: bool = True) -> str:
    r = ctx.r
    tel = ctx.t("Tel.", "Tél.", "Tel.", "Tel")
    hot = ctx.t("Service-Hotline", "Service client", "Numero verde", "Customer line")
    www = f"www.{co.domain}"
    if r.random() < 0.5:
        lines = [co.name, co.addr.block(), f"{tel} {mk('PHONE', co.phone)}"]
        if r.random() < 0.5:
            lines.append(f"{hot} {co.hotline}")
        if web:
            lines.append(f"{co.mailbox} · {www}")
        return "\n".join(lines)
    parts = [co.name, co.addr.line(", "), f"{tel} {mk('PHONE', co.phone)}"]
    if r.random() < 0.5:
        parts.append(f"{hot} {co.hotline}")
    if web:
        parts.append(co.mailbox)
    return " · ".join(parts)


def signature(
    ctx: Ctx,
    p: Person,
    co: Company | None = None,
    role: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    style: str | None = None,
) -> str:
    r = ctx.r
    style = style or r.choice(["block", "block", "dash", "pipe"])
    name = p.n(r.choice(["full", "full", "init"]) if co else "full")
    tel = ctx.t("Tel.", "Tél.", "Tel.", "Tel")
    ph = phone or (p.mobile if not co else None)
    items = [name]
    if role:
        items.append(role)
    if co:
        items.append(co.name)
        if r.random() < 0.6:
            items.append(co.addr.line(r.choice([", ", " · ", " - "])))
        items.append(f"{tel} {mk('PHONE', phone or co.phone)}")
        if r.random() < 0.3:
            items.append(f"{ctx.t('Hotline', 'Service client', 'Numero verde', 'Helpline')} {co.hotline}")
        if email:
            items.append(mk("EMAIL", email))
    else:
        if p.addr and r.random() < 0.5:
            items.append(p.addr.line(r.choice([", ", " · "])))
        if ph:
            lab_ = tel if phone else ctx.c([tel, ctx.t("Mobil", "Portable", "Cell.", "Mobile")])
            items.append(f"{lab_} {mk('PHONE', ph)}")
        if email:
            items.append(mk("EMAIL", email))
    if style == "pipe":
        return "-- \n" + " | ".join(items)
    body = "\n".join(items)
    return ("-- \n" + body) if style == "dash" else body


def salute(ctx: Ctx, p: Person, formal: bool | None = None) -> str:
    r = ctx.r
    formal = r.random() < 0.6 if formal is None else formal
    if ctx.lang == "de":
        if formal:
            if ctx.loc == "de_CH" and r.random() < 0.3:
                return f"Grüezi {ctx.tn(p)}"
            return f"{'Sehr geehrter' if p.g == 'm' else 'Sehr geehrte'} {ctx.tn(p)},"
        return (
            f"{r.choice(['Hallo', 'Liebe' if p.g == 'f' else 'Lieber', 'Servus' if ctx.loc == 'de_AT' else 'Hi'])}"
            f" {p.n('first')},"
        )
    if ctx.lang == "fr":
        if formal:
            return r.choice(
                [
                    f"{'Monsieur' if p.g == 'm' else 'Madame'},",
                    f"Bonjour {ctx.tn(p)},",
                    f"{'Cher Monsieur' if p.g == 'm' else 'Chère Madame'} {p.n('last')},",
                ]
            )
        return f"{r.choice(['Bonjour', 'Salut', 'Cher' if p.g == 'm' else 'Chère'])} {p.n('first')},"
    if ctx.lang == "it":
        if formal:
            return r.choice(
                [
                    f"Gentile {ctx.tn(p, False)},",
                    f"{'Egregio' if p.g == 'm' else 'Gentile'} {ctx.tn(p)},",
                    f"Buongiorno {ctx.tn(p, False)},",
                ]
            )
        return f"{r.choice(['Ciao', 'Caro' if p.g == 'm' else 'Cara', 'Buongiorno'])} {p.n('first')},"
    if formal:
        return f"Dear {ctx.tn(p)},"
    return f"{r.choice(['Hi', 'Hello', 'Dear'])} {p.n('first')},"


def closing(ctx: Ctx) -> str:
    if ctx.lang == "de":
        return ctx.c(
            ["Freundliche Grüsse", "Beste Grüsse", "Liebe Grüsse"]
            if ctx.loc == "de_CH"
            else ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "LG", "Liebe Grüße"]
        )
    if ctx.lang == "fr":
        return ctx.c(
            ["Meilleures salutations", "Avec mes meilleures salutations", "Bien à vous"]
            if ctx.cc == "CH"
            else ["Cordialement", "Bien à vous", "Bien cordialement", "Merci d'avance"]
        )
    if ctx.lang == "it":
        return ctx.c(["Cordiali saluti", "Distinti saluti", "Un saluto", "Grazie e buona giornata"])
    return ctx.c(
        ["Kind regards", "Best wishes", "Many thanks", "Best regards", "Thanks"]
        if not ctx.us
        else ["Best regards", "Thanks", "Sincerely", "Best"]
    )


def mail_headers(
    ctx: Ctx, frm: tuple[str, str], to: tuple[str, str], subject: str, d: dt.date, cc: tuple[str, str] | None = None
) -> str:
    """frm / to: (marked display name or '', marked e-mail)."""
    lab = ctx.t(
        ("Von", "An", "Cc", "Betreff", "Datum"),
        ("De", "À", "Cc", "Objet", "Date"),
        ("Da", "A", "Cc", "Oggetto", "Data"),
        ("From", "To", "Cc", "Subject", "Date"),
    )
    colon = " :" if ctx.lang == "fr" and ctx.p(0.5) else ":"

    def who(x: tuple[str, str]) -> str:
        return f"{x[0]} <{x[1]}>" if x[0] else x[1]

    lines = [f"{lab[0]}{colon} {who(frm)}", f"{lab[1]}{colon} {who(to)}"]
    if cc:
        lines.append(f"{lab[2]}{colon} {who(cc)}")
    lines += [f"{lab[4]}{colon} {ctx.date(d)} {ctx.time()}", f"{lab[3]}{colon} {subject}"]
    return "\n".join(lines)


def quote_intro(ctx: Ctx, d: dt.date, name: str, email: str | None) -> str:
    who = f"{name} <{email}>" if email else name
    tm = ctx.time()
    return ctx.t(
        f"Am {ctx.date(d)} um {tm} schrieb {who}:",
        f"Le {ctx.date(d)} à {tm}, {who} a écrit :",
        f"Il giorno {ctx.date(d)} alle ore {tm} {who} ha scritto:",
        f"On {ctx.date(d)}, at {tm}, {who} wrote:",
    )


def quoted(ctx: Ctx, text: str, d: dt.date, name: str, email: str | None) -> str:
    if ctx.p(0.3):
        hdr = ctx.t(
            "-----Ursprüngliche Nachricht-----",
            "-----Message d'origine-----",
            "-----Messaggio originale-----",
            "-----Original Message-----",
        )
        return f"{hdr}\n{text}"
    body = "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))
    return f"{quote_intro(ctx, d, name, email)}\n{body}"


CHAT_LAYOUTS = ["wa_ios", "wa_android", "telegram", "teams", "irc", "paren", "discord", "plain"]


def chat(
    ctx: Ctx,
    msgs: list[tuple[str, str]],
    lower: bool | None = None,
    layout: str | None = None,
    day: dt.date | None = None,
) -> str:
    """msgs: (marked sender display, message)."""
    r = ctx.r
    layout = layout or r.choice(CHAT_LAYOUTS)
    lower = r.random() < 0.3 if lower is None else lower
    d = day or ctx.today - dt.timedelta(days=r.randint(0, 20))
    h, m = r.randint(7, 18), r.randint(0, 59)
    out = []
    for who, msg in msgs:
        if lower:
            msg = msg.lower()
        m += r.randint(0, 9)
        if m >= 60:
            h, m = h + 1, m - 60
        if ctx.us:
            tm = f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
            ds = f"{d.month}/{d.day}/{d.year % 100:02d}"
        else:
            tm = f"{h:02d}:{m:02d}"
            ds = (
                f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
                if ctx.lang != "en"
                else f"{d.day:02d}/{d.month:02d}/{d.year}"
            )
        if layout == "wa_ios":
            out.append(f"[{ds}, {tm}:{r.randint(10, 59)}] {who}: {msg}")
        elif layout == "wa_android":
            out.append(f"{ds}, {tm} - {who}: {msg}")
        elif layout == "telegram":
            out.append(f"{who}, [{ds} {tm}]\n{msg}")
        elif layout == "teams":
            out.append(f"{who}  {tm}\n{msg}")
        elif layout == "irc":
            out.append(f"[{tm}] <{who}> {msg}")
        elif layout == "paren":
            out.append(f"{who} ({tm}): {msg}")
        elif layout == "discord":
            out.append(f"{who} — {ds} {tm}\n{msg}")
        else:
            out.append(f"{who}: {msg}")
    return "\n".join(out)


def ocr_noise(ctx: Ctx, text: str, rate: float = 0.04) -> str:
    r = ctx.r
    subs = {
        "l": ["1", "I"],
        "O": ["0"],
        "o": ["0", "c"],
        "e": ["c"],
        "i": ["l", "1"],
        "m": ["rn"],
        ",": ["."],
        "S": ["5"],
        "B": ["8"],
        "ü": ["u", "ii"],
        "é": ["e"],
        "a": ["o"],
        "n": ["h"],
    }

    def f(seg: str) -> str:
        out = []
        for ch in seg:
            if ch in subs and r.random() < rate:
                out.append(r.choice(subs[ch]))
            elif ch == " " and r.random() < rate / 2:
                out.append(r.choice(["", "  "]))
            else:
                out.append(ch)
        return "".join(out)

    return outside(text, f)


REQUESTS = {
    "de": [
        "Fasse bitte die wichtigsten Punkte zusammen:",
        "Kannst du daraus eine saubere Tabelle machen?",
        "Bitte formuliere eine höfliche Antwort darauf.",
        "Übersetze das bitte ins Englische.",
        "Prüf mal, ob da Angaben fehlen:",
        "Mach mir daraus eine Checkliste.",
        "Schreib das bitte etwas freundlicher um.",
        "Welche Termine und Fristen ergeben sich daraus?",
        "Kannst du das in ein CSV umwandeln?",
        "Bitte Rechtschreibung korrigieren, Inhalt so lassen:",
        "Was muss ich als Nächstes tun?",
        "Kurze Zusammenfassung für die Teamsitzung bitte.",
    ],
    "fr": [
        "Peux-tu résumer ce document ?",
        "Merci de transformer ceci en tableau.",
        "Rédige une réponse polie à ce message.",
        "Traduis en allemand, s'il te plaît :",
        "Vérifie s'il manque des informations :",
        "Fais-moi une liste des prochaines étapes.",
        "Corrige l'orthographe sans changer le contenu :",
        "Quelles échéances faut-il retenir ?",
        "Peux-tu reformuler plus poliment ?",
    ],
    "it": [
        "Puoi riassumere questo testo?",
        "Trasforma in una tabella, per favore:",
        "Scrivi una risposta cortese a questa mail.",
        "Traduci in tedesco:",
        "Controlla se mancano dati:",
        "Fammi un elenco delle cose da fare.",
        "Correggi gli errori senza cambiare il contenuto:",
        "Quali sono le scadenze?",
        "Riformula in modo più gentile, grazie.",
    ],
    "en": [
        "Can you summarise this?",
        "Please turn this into a table:",
        "Draft a polite reply to this email.",
        "Translate this into German, please.",
        "Check whether anything is missing:",
        "Make me a to-do list from this.",
        "Fix the spelling but keep the content:",
        "What are the deadlines here?",
        "Rewrite this a bit more friendly.",
    ],
}
REQUESTS_US = [
    "Can you summarize this?",
    "Please turn this into a table:",
    "Draft a polite reply to this email.",
    "Check whether anything is missing:",
    "Make me a to-do list from this.",
    "What are the deadlines here?",
]


def wrap(ctx: Ctx, body: str) -> str:
    r = ctx.r
    k = r.random()
    if k < 0.035:
        body = body.lower()
    elif k < 0.05:
        body = body.upper()
    lang = ctx.lang
    if r.random() < 0.07 and lang != "en":
        lang = "en"
    elif ctx.loc in ("fr_CH", "it_CH") and r.random() < 0.12:
        lang = "de"
    req = r.choice(REQUESTS_US if (ctx.us and lang == "en") else REQUESTS[lang])
    fence = r.choice(["", "", "", "```", '"""', "---", "<<<"])
    if fence == "<<<":
        body = f"<<<\n{body}\n>>>"
    elif fence:
        body = f"{fence}\n{body}\n{fence}"
    k = r.random()
    if k < 0.5:
        return f"{req}\n\n{body}"
    if k < 0.85:
        return f"{body}\n\n{req}"
    return body


# ---------------------------------------------------------------------------------------------------------------
# resolution and checks
# ---------------------------------------------------------------------------------------------------------------
def resolve(raw: str) -> tuple[str, list[dict]]:
    out, ents, pos, n = [], [], 0, 0
    for m in MARK_RE.finditer(raw):
        seg = raw[pos : m.start()]
        out.append(seg)
        n += len(seg)
        val = m.group(2)
        ents.append({"type": TYPES[m.group(1)], "start": n, "end": n + len(val), "text": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    assert "\x01" not in text and "\x02" not in text and "\x03" not in text
    return text, ents


EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def check(text: str, ents: list[dict]) -> str | None:
    last_end = -1
    for e in ents:
        if text[e["start"] : e["end"]] != e["text"]:
            return "offset"
        if e["text"] != e["text"].strip() or not e["text"]:
            return "space"
        if e["start"] < last_end:
            return "overlap"
        last_end = e["end"]
        t = e["type"]
        v = e["text"]
        if t == "IBAN" and not iban_valid(v):
            return "iban"
        if t == "CARD" and (not luhn_ok(v) or len(re.sub(r"\D", "", v)) not in (15, 16)):
            return "card"
        if t == "AHV":
            d = re.sub(r"\D", "", v)
            if not d.startswith("756") or len(d) != 13 or ean_digit(d[:12]) != d[12]:
                return "ahv"
        if t == "EMAIL" and not EMAIL_RE.match(v):
            return "email:" + v
        if t == "PERSON" and re.search(r"\d", v):
            return "digit-in-name"
        if t == "IP" and not ipaddress.ip_address(v).is_global:
            return "ip"
    for a, b in zip(ents, ents[1:], strict=False):
        if a["type"] == b["type"] == "PERSON" and text[a["end"] : b["start"]] == " ":
            return "split-name"
    covered = bytearray(len(text))
    for e in ents:
        covered[e["start"] : e["end"]] = b"\x01" * (e["end"] - e["start"])

    def free(s: int, e: int) -> bool:
        return not any(covered[s:e])

    seen: set[str] = set()
    for e in ents:
        v = e["text"]
        if e["type"] == "PERSON":
            for w in re.findall(r"[^\W\d_][\w'’]*", v):
                if len(w) < 3 or w.lower() in PARTICLES or w in seen:
                    continue
                seen.add(w)
                for m in re.finditer(r"(?<![\w])" + re.escape(w) + r"(?![\w])", text):
                    if free(m.start(), m.end()):
                        return f"name-word:{w}"
        elif len(v) >= 5 and v not in seen:
            seen.add(v)
            for m in re.finditer(re.escape(v), text):
                if free(m.start(), m.end()):
                    return f"value:{v}"
    return None


# ---------------------------------------------------------------------------------------------------------------
# shared labels and snippets
# ---------------------------------------------------------------------------------------------------------------
LABELS = {
    "name": (
        ["Name", "Name, Vorname"],
        ["Nom", "Nom et prénom"],
        ["Nome e cognome", "Nominativo"],
        ["Name", "Full name"],
    ),
    "surname": (["Nachname", "Name", "Familienname"], ["Nom", "Nom de famille"], ["Cognome"], ["Surname", "Last name"]),
    "first": (["Vorname", "Vorname(n)"], ["Prénom", "Prénom(s)"], ["Nome"], ["First name", "Forename"]),
    "dob": (
        ["Geburtsdatum", "Geb.-Datum", "geboren am", "Geb."],
        ["Date de naissance", "Né(e) le", "Naissance"],
        ["Data di nascita", "Nato/a il", "Data nascita"],
        ["Date of birth", "DOB", "Born"],
    ),
    "addr": (
        ["Adresse", "Anschrift", "Wohnadresse", "Straße, Nr."],
        ["Adresse", "Domicile"],
        ["Indirizzo", "Residenza"],
        ["Address", "Home address"],
    ),
    "phone": (
        ["Telefon", "Tel.", "Telefonnummer", "Rufnummer"],
        ["Téléphone", "Tél.", "Tél"],
        ["Telefono", "Tel.", "Recapito telefonico"],
        ["Phone", "Telephone", "Tel"],
    ),
    "mobile": (
        ["Mobil", "Handy", "Mobilnummer"],
        ["Portable", "Mobile", "Tél. portable"],
        ["Cellulare", "Cell.", "Mobile"],
        ["Mobile", "Mobile no."],
    ),
    "email": (
        ["E-Mail", "E-Mail-Adresse", "Mail"],
        ["E-mail", "Courriel", "Adresse e-mail"],
        ["E-mail", "Email", "Posta elettronica"],
        ["Email", "E-mail", "Email address"],
    ),
    "iban": (
        ["IBAN", "Konto (IBAN)", "Bankverbindung"],
        ["IBAN", "RIB / IBAN", "Coordonnées bancaires"],
        ["IBAN", "Coordinate bancarie"],
        ["IBAN", "Bank account (IBAN)"],
    ),
    "date": (["Datum"], ["Date"], ["Data"], ["Date"]),
    "price": (
        ["Preis", "Betrag", "Summe"],
        ["Prix", "Montant", "Total"],
        ["Prezzo", "Importo", "Totale"],
        ["Price", "Amount", "Total"],
    ),
    "ref": (
        ["Buchungsnr.", "Vorgangsnummer", "Referenz"],
        ["Référence", "N° de dossier"],
        ["Riferimento", "N. pratica"],
        ["Reference", "Ref."],
    ),
    "sign": (["Ort, Datum"], ["Fait à", "Lieu et date"], ["Luogo e data"], ["Place, date"]),
}
_LI = {"de": 0, "fr": 1, "it": 2, "en": 3}


def lab(ctx: Ctx, key: str) -> str:
    opts = LABELS[key][_LI[ctx.lang]]
    if ctx.loc == "de_CH" and key == "mobile":
        opts = opts + ["Natel"]
    if ctx.us and key == "surname":
        return "Last name"
    return ctx.c(opts)


def dob_cue(ctx: Ctx, p: Person) -> str:
    """'geb. <dob>' style cue + value."""
    f = p.g == "f"
    cue = ctx.t(
        ctx.c(["geb.", "geb. am", "*", "geboren am"]),
        "née le" if f else "né le",
        "nata il" if f else "nato il",
        ctx.c(["born", "b.", "DOB"]),
    )
    return f"{cue} {ctx.dob(p)}"


def pay(ctx: Ctx, holder: Person | None = None) -> tuple[str, str]:
    r = ctx.r
    k = r.random()
    if ctx.us:
        k = 0.5 + k / 2
    if k < 0.45:
        v = mk("IBAN", ctx.iban())
        if holder and r.random() < 0.5:
            v += f" ({ctx.t('Kontoinhaber', 'titulaire', 'intestatario', 'account holder')}: {holder.n()})"
        return lab(ctx, "iban"), v
    if k < 0.65:
        return ctx.t("Kreditkarte", "Carte bancaire", "Carta di credito", "Card"), mk("CARD", ctx.card())
    if k < 0.9:
        return ctx.t("Kreditkarte", "Carte", "Carta", "Card"), ctx.masked_card()
    return ctx.t("Zahlung", "Paiement", "Pagamento", "Payment"), ctx.t(
        "bar vor Ort", "sur place en espèces", "in contanti", "cash on the day"
    )


def code(ctx: Ctx, pre: str, n: int = 5) -> str:
    return f"{pre}-{ctx.today.year}-{ctx.num(n)}"


def rel_word(ctx: Ctx, q: Person, kind: str) -> str:
    f = q.g == "f"
    words = {
        "child": ctx.t(
            "Tochter" if f else "Sohn",
            "fille" if f else "fils",
            "figlia" if f else "figlio",
            "daughter" if f else "son",
        ),
        "partner": ctx.t(
            "Ehefrau" if f else "Ehemann",
            "épouse" if f else "époux",
            "moglie" if f else "marito",
            "wife" if f else "husband",
        ),
        "sibling": ctx.t(
            "Schwester" if f else "Bruder",
            "sœur" if f else "frère",
            "sorella" if f else "fratello",
            "sister" if f else "brother",
        ),
        "neighbour": ctx.t(
            "Nachbarin" if f else "Nachbar",
            "voisine" if f else "voisin",
            "vicina" if f else "vicino",
            "neighbour" if not ctx.us else "neighbor",
        ),
        "friend": ctx.t("Freundin" if f else "Freund", "amie" if f else "ami", "amica" if f else "amico", "friend"),
    }
    return words[kind]


FIRMS = {
    "de": [
        "Brennwerk Solutions AG",
        "Nordlicht Logistik GmbH",
        "Hexagon Treuhand AG",
        "Kupferdach Versicherungen",
        "Blauquader Software GmbH",
        "Feldstein Baustoffe KG",
        "Alpenglühn Medien AG",
        "Kranwerk Engineering",
    ],
    "fr": [
        "Groupe Azuréa SA",
        "Lumen Conseil SARL",
        "Atelier Boréal",
        "Vectis Logistique",
        "Quartz Assurances",
        "Solvéa Ingénierie",
    ],
    "it": [
        "Orizzonte Digitale Srl",
        "Ferrovie Leggere Spa",
        "Studio Aurora Consulting",
        "Meridiana Impianti Srl",
        "Cantiere Blu Costruzioni",
        "Pixelarte Srl",
    ],
    "en": [
        "Northgate Analytics Ltd",
        "Bluefin Logistics",
        "Harbourside Legal LLP",
        "Copperleaf Software",
        "Redbrick Consulting",
        "Summit Ridge Partners",
    ],
}


# ---------------------------------------------------------------------------------------------------------------
# 1. balloon - hot-air balloon rides
# ---------------------------------------------------------------------------------------------------------------
BALLOON_CO = {
    "de": [
        "Ballonteam Himmelblau GmbH",
        "Heißluftballon Wolkenreise {town}",
        "Ballonfahrten Aufwind KG",
        "Ballonsport Thermik {town}",
    ],
    "fr": ["Montgolfières du Léman SA", "Air Montgolfière {town}", "Ballons Horizon SARL", "Envol Montgolfière"],
    "it": [
        "Mongolfiere Alta Quota Srl",
        "Volo Libero Mongolfiere {town}",
        "Cieli Aperti Mongolfiere",
        "Aerostati del Lago Srl",
    ],
    "en": ["Skyward Balloon Flights Ltd", "Dawn Drift Ballooning", "{town} Balloon Company", "Lighter Than Air Co."],
}


def kg(ctx: Ctx) -> str:
    return f"{ctx.r.randint(52, 104)} kg" if not ctx.us else f"{ctx.r.randint(115, 230)} lbs"


def g_balloon(ctx: Ctx, v: int) -> str:
    r, T = ctx.r, ctx.t
    co = ctx.company(
        BALLOON_CO[ctx.lang],
        role=r.choice(["info", "buchung", "fly"]) if ctx.lang == "de" else r.choice(["info", "contact", "booking"]),
    )
    pilot = ctx.person(age=(32, 66))
    a = ctx.person()
    b = ctx.relative(a, g="f" if a.g == "m" else "m", age=(22, 80)) if r.random() < 0.5 else ctx.person()
    fdate = ctx.later(5, 120)
    d0 = ctx.earlier(2, 10)
    if v == 2:
        fdate = d0 + dt.timedelta(days=r.randint(1, 3))
    site = T(
        f"Startwiese bei {ctx.home[0]}",
        f"terrain de décollage près de {ctx.home[0]}",
        f"campo di decollo vicino a {ctx.home[0]}",
        f"launch field near {ctx.home[0]}",
    )
    if v == 0:
        title = T(
            "Buchungsbestätigung Ballonfahrt",
            "Confirmation de réservation – vol en montgolfière",
            "Conferma di prenotazione – volo in mongolfiera",
            "Booking confirmation – balloon flight",
        )
        rows = [
            (lab(ctx, "ref"), code(ctx, "BF")),
            (T("Fluggast 1", "Passager 1", "Passeggero 1", "Passenger 1"), a.n(ctx.style())),
            (lab(ctx, "dob"), ctx.dob(a)),
            (T("Gewicht", "Poids", "Peso", "Weight"), kg(ctx)),
            (T("Fluggast 2", "Passager 2", "Passeggero 2", "Passenger 2"), b.n(ctx.style())),
            (lab(ctx, "dob") + " ", ctx.dob(b)),
            (T("Gewicht", "Poids", "Peso", "Weight") + " ", kg(ctx)),
            (lab(ctx, "addr"), a.addr.line(r.choice([", ", " - ", "; "]))),
            (lab(ctx, "mobile"), mk("PHONE", a.mobile)),
            (lab(ctx, "email"), mk("EMAIL", a.email)),
            (T("Startplatz", "Lieu de départ", "Luogo di partenza", "Launch site"), site),
            (T("Termin", "Date du vol", "Data del volo", "Flight date"), f"{ctx.date(fdate)}, {ctx.time()}"),
            (T("Gutschein", "Bon cadeau", "Buono", "Voucher"), f"GS-{ctx.num(4)}-{ctx.num(4)}"),
            (lab(ctx, "price"), ctx.money(220, 690)),
            pay(ctx, a),
        ]
        rows = [(k.strip(), val) for k, val in rows]
        note = T(
            f"Bitte seien Sie 30 Minuten vor dem Start am Treffpunkt. Bei Wetterabsage melden wir uns bis 5 Uhr "
            f"morgens unter der angegebenen Mobilnummer. Ihr Pilot: {pilot.n(r.choice(['init', 'full']))}.",
            f"Merci d'arriver 30 minutes avant le départ. En cas d'annulation météo, nous vous appelons avant "
            f"5 h. Votre pilote : {pilot.n(r.choice(['init', 'full']))}.",
            f"Vi preghiamo di arrivare 30 minuti prima. In caso di maltempo vi chiamiamo entro le 5. "
            f"Pilota: {pilot.n(r.choice(['init', 'full']))}.",
            f"Please arrive 30 minutes before take-off. If the weather is against us we will call you by 5am. "
            f"Your pilot: {pilot.n(r.choice(['init', 'full']))}.",
        )
        return f"{letterhead(ctx, co)}\n\n{title}\n\n{form(ctx, rows)}\n\n{note}"
    if v == 1:
        pax = [a, b] + [ctx.person() for _ in range(r.randint(2, 6))]
        hdr = T(
            ["Nr", "Name", "Geb.-Datum", "Gewicht", "Telefon"],
            ["N°", "Nom", "Naissance", "Poids", "Tél."],
            ["N.", "Nominativo", "Data nascita", "Peso", "Telefono"],
            ["No", "Name", "DOB", "Weight", "Phone"],
        )
        st = ctx.c(["rev", "LASTfirst", "full", "LAST,first"])
        rows = [
            [str(i + 1), p.n(st), ctx.dob(p, ctx.dshape), kg(ctx), mk("PHONE", p.mobile)] for i, p in enumerate(pax)
        ]
        crew = ctx.person(age=(20, 60))
        farmer = ctx.person(age=(40, 80))
        meet = ctx.address(ctx.home).st()
        reg = {"DE": "D-OKRA", "AT": "OE-ZBL", "CH": "HB-QKA", "FR": "F-HBLU", "IT": "I-ALTQ", "GB": "G-BZUP"}.get(
            ctx.cc, "N451BT"
        )
        head = T(
            f"Passagierliste {co.name} – Fahrt am {ctx.date(fdate)}, Pilot {pilot.n('init')}, Ballon {reg}",
            f"Liste passagers {co.name} – vol du {ctx.date(fdate)}, pilote {pilot.n('init')}, ballon {reg}",
            f"Lista passeggeri {co.name} – volo del {ctx.date(fdate)}, pilota {pilot.n('init')}, {reg}",
            f"Passenger manifest {co.name} – flight {ctx.date(fdate)}, pilot {pilot.n('init')}, {reg}",
        )
        msgs = [
            (
                crew.n("first"),
                T(
                    f"Landung wahrscheinlich auf dem Feld von {farmer.n('full')}, ich ruf ihn an",
                    f"on va sans doute se poser chez {farmer.n('full')}, je l'appelle",
                    f"atterriamo probabilmente nel campo di {farmer.n('full')}, lo chiamo io",
                    f"looks like we land on {farmer.n('full')}'s field, I'll ring him",
                ),
            ),
            (
                pilot.n("first"),
                T(
                    f"ok, Nummer ist {mk('PHONE', farmer.mobile)}",
                    f"ok, son numéro {mk('PHONE', farmer.mobile)}",
                    f"ok, il numero è {mk('PHONE', farmer.mobile)}",
                    f"ok his number is {mk('PHONE', farmer.mobile)}",
                ),
            ),
            (
                crew.n("first"),
                T(
                    f"Verfolger treffen sich danach {meet}",
                    f"rendez-vous ensuite {meet}",
                    f"ci troviamo dopo in {meet}",
                    f"chase crew meet afterwards at {meet}",
                ),
            ),
            (
                pilot.n("first"),
                T(
                    f"{a.n('first')} hat Höhenangst, bitte vorne in den Korb",
                    f"{a.n('first')} a le vertige, devant dans la nacelle svp",
                    f"{a.n('first')} soffre di vertigini, davanti nel cesto",
                    f"{a.n('first')} is nervous of heights, front of the basket please",
                ),
            ),
        ]
        if farmer.g == "f":
            msgs[0] = (
                msgs[0][0],
                msgs[0][1]
                .replace(" ihn ", " sie ")
                .replace(" l'appelle", " l'appelle")
                .replace("lo chiamo", "la chiamo")
                .replace("ring him", "ring her"),
            )
            msgs[1] = (msgs[1][0], msgs[1][1].replace("his number", "her number"))
        return f"{head}\n\n{table(ctx, hdr, rows)}\n\n{chat(ctx, msgs)}"
    if v == 2:
        staff = ctx.person(age=(22, 60))
        se = ctx.email_for(staff, co.domain)
        orig = T(
            f"{salute(ctx, a, True)}\n\nleider müssen wir Ihre Fahrt am {ctx.date(fdate)} wegen Bodenwind "
            f"absagen. Ihr Gutschein bleibt gültig. Bitte nennen Sie uns zwei Ersatztermine.\n\n{closing(ctx)}\n"
            f"{signature(ctx, staff, co, 'Buchung', se)}",
            f"{salute(ctx, a, True)}\n\nnous devons malheureusement annuler votre vol du {ctx.date(fdate)} à "
            f"cause du vent. Votre bon reste valable. Merci de nous proposer deux nouvelles dates.\n\n"
            f"{closing(ctx)}\n{signature(ctx, staff, co, 'Réservations', se)}",
            f"{salute(ctx, a, True)}\n\npurtroppo il volo del {ctx.date(fdate)} è annullato per il vento. Il "
            f"buono resta valido. Ci indichi due date alternative.\n\n{closing(ctx)}\n"
            f"{signature(ctx, staff, co, 'Prenotazioni', se)}",
            f"{salute(ctx, a, True)}\n\nunfortunately we have had to cancel your flight on {ctx.date(fdate)} "
            f"because of surface wind. Your voucher remains valid. Please suggest two new dates.\n\n"
            f"{closing(ctx)}\n{signature(ctx, staff, co, 'Bookings', se)}",
        )
        d1, d2 = ctx.later(20, 60), ctx.later(61, 120)
        body = T(
            f"{salute(ctx, staff, r.random() < 0.7)}\n\ndanke für die Info. {b.n('first')} und ich könnten am "
            f"{ctx.date(d1)} oder {ctx.date(d2)}. Meine Handynummer hat sich geändert: "
            f"{mk('PHONE', a.mobile)}. Zur Sicherheit noch einmal die Geburtsdaten für die Versicherung: ich "
            f"{ctx.dob(a)}, {b.n('full')} {ctx.dob(b)}.",
            f"{salute(ctx, staff, r.random() < 0.7)}\n\nmerci. {b.n('first')} et moi serions libres le "
            f"{ctx.date(d1)} ou le {ctx.date(d2)}. Mon nouveau numéro : {mk('PHONE', a.mobile)}. Pour "
            f"l'assurance, nos dates de naissance : moi {ctx.dob(a)}, {b.n('full')} {ctx.dob(b)}.",
            f"{salute(ctx, staff, r.random() < 0.7)}\n\ngrazie. Io e {b.n('first')} saremmo liberi il "
            f"{ctx.date(d1)} oppure il {ctx.date(d2)}. Il mio nuovo cellulare: {mk('PHONE', a.mobile)}. Per "
            f"l'assicurazione: io {ctx.dob(a)}, {b.n('full')} {ctx.dob(b)}.",
            f"{salute(ctx, staff, r.random() < 0.7)}\n\nthanks for letting us know. {b.n('first')} and I could "
            f"do {ctx.date(d1)} or {ctx.date(d2)}. My mobile has changed: {mk('PHONE', a.mobile)}. For the "
            f"insurance, our dates of birth: me {ctx.dob(a)}, {b.n('full')} {ctx.dob(b)}.",
        )
        hdr = mail_headers(
            ctx,
            (a.n(), mk("EMAIL", a.email)),
            ("", co.mailbox),
            T("AW: Absage Ballonfahrt", "RE: Annulation vol", "R: Annullamento volo", "RE: Flight cancelled"),
            ctx.today,
        )
        return (
            f"{hdr}\n\n{body}\n\n{closing(ctx)}\n{a.n(r.choice(['full', 'first']))}\n\n"
            f"{quoted(ctx, orig, d0, staff.n(), mk('EMAIL', se))}"
        )
    recs = [a, b] + [ctx.person() for _ in range(r.randint(1, 4))]
    hdr = ["booking_id", "name", "email", "phone", "birth_date", "weight_kg", "ip", "payment"]
    rows = []
    for p in recs:
        payv = mk("CARD", ctx.card()) if r.random() < 0.3 else ctx.masked_card()
        rows.append(
            [
                f"WEB{ctx.num(6)}",
                p.n(r.choice(["full", "full", "upper"])),
                mk("EMAIL", p.email),
                mk("PHONE", p.mobile),
                mk("DOB", p.dob.isoformat()) if r.random() < 0.6 else ctx.dob(p),
                str(r.randint(50, 110)),
                mk("IP", ctx.ip()),
                payv,
            ]
        )
    note = T(
        f"Export Onlineshop {co.name}, Stand {ctx.date(ctx.today)}. Rückfragen an {pilot.n('init')}.",
        f"Export boutique en ligne {co.name} au {ctx.date(ctx.today)}. Questions : {pilot.n('init')}.",
        f"Esportazione shop online {co.name} del {ctx.date(ctx.today)}. Domande a {pilot.n('init')}.",
        f"Web shop export {co.name} as of {ctx.date(ctx.today)}. Questions to {pilot.n('init')}.",
    )
    return f"{note}\n\n{table(ctx, hdr, rows, ctx.c(['jsonl', 'json', 'csv', 'yaml', 'tsv']), keys=hdr)}"


# ---------------------------------------------------------------------------------------------------------------
# 2. karting - go-kart tracks and motorsport experience days
# ---------------------------------------------------------------------------------------------------------------
KART_CO = {
    "de": ["Kartbahn {town} GmbH", "Indoor-Kart Arena Südring", "RaceBox Kartcenter", "Kartcenter Zielflagge"],
    "fr": ["Karting des Alpes SA", "Kart'Indoor {town}", "Circuit Karting Horizon", "Speed Park Karting"],
    "it": ["Kartodromo {town} Srl", "Pista Kart Le Colline", "Go Kart Arena Srl", "Karting Club Lago Blu"],
    "en": ["{town} Karting Centre", "Apex Indoor Karting Ltd", "Gridline Raceway", "Chequered Flag Karting"],
}


def lap(r: random.Random) -> str:
    return f"0:{r.randint(38, 52)}.{r.randint(0, 999):03d}"


def g_karting(ctx: Ctx, v: int) -> str:
    r, T = ctx.r, ctx.t
    co = ctx.company(KART_CO[ctx.lang], role=r.choice(["info", "events", "team"]))
    if v == 0:
        minor = r.random() < 0.4
        parent = ctx.person(age=(32, 55))
        drv = ctx.child(parent, 12, 17) if minor else ctx.person(age=(18, 60))
        emerg = ctx.relative(drv, age=(20, 75)) if (not minor and r.random() < 0.5) else ctx.person()
        rel = rel_word(ctx, emerg, "partner" if emerg.last == drv.last else "friend")
        title = T(
            "Haftungsausschluss und Anmeldung",
            "Décharge de responsabilité et inscription",
            "Liberatoria e iscrizione",
            "Driver waiver and registration",
        )
        rows = [
            (lab(ctx, "surname"), mk("PERSON", drv.last.upper() if r.random() < 0.4 else drv.last)),
            (lab(ctx, "first"), drv.n("first")),
            (lab(ctx, "dob"), ctx.dob(drv)),
            (lab(ctx, "addr"), (parent if minor else drv).addr.line(r.choice([", ", " / "]))),
            (lab(ctx, "mobile"), mk("PHONE", (parent if minor else drv).mobile)),
            (lab(ctx, "email"), mk("EMAIL", (parent if minor else drv).email)),
            (T("Helmgröße", "Taille casque", "Taglia casco", "Helmet size"), r.choice(["XS", "S", "M", "L", "XL"])),
            (
                T("Session", "Session", "Sessione", "Session"),
                r.choice(["Grand Prix 2x15 min", "Sprint 10 min", "Endurance 45 min"]),
            ),
            (
                T("Notfallkontakt", "Contact d'urgence", "Contatto di emergenza", "Emergency contact"),
                f"{emerg.n()} ({rel}), {mk('PHONE', emerg.mobile)}",
            ),
        ]
        if minor:
            rows.append(
                (
                    T("Erziehungsberechtigte/r", "Représentant légal", "Genitore/tutore", "Parent/guardian"),
                    f"{parent.n(ctx.style())}, {dob_cue(ctx, parent)}",
                )
            )
        sign = f"{lab(ctx, 'sign')}: {ctx.home[0]}, {ctx.date(ctx.today)}"
        txt = T(
            "Ich bestätige, dass ich die Sicherheitseinweisung erhalten habe und auf eigene Gefahr fahre.",
            "Je confirme avoir reçu les consignes de sécurité et rouler à mes propres risques.",
            "Dichiaro di aver ricevuto le istruzioni di sicurezza e di guidare a mio rischio.",
            "I confirm that I have received the safety briefing and drive at my own risk.",
        )
        return f"{co.name} – {title}\n\n{form(ctx, rows)}\n\n{txt}\n{sign}"
    if v == 1:
        firm = ctx.c(FIRMS[ctx.lang])
        drivers = [ctx.person(age=(22, 60)) for _ in range(r.randint(5, 9))]
        org = drivers[0]
        hdr = T(
            ["Pos.", "Fahrer", "Kart", "Beste Runde", "Runden"],
            ["Pos.", "Pilote", "Kart", "Meilleur tour", "Tours"],
            ["Pos.", "Pilota", "Kart", "Giro migliore", "Giri"],
            ["Pos", "Driver", "Kart", "Best lap", "Laps"],
        )
        rows = []
        for i, p in enumerate(drivers):
            disp = p.n(r.choice(["firstL", "full", "nick", "init"]))
            rows.append([str(i + 1), disp, str(r.randint(1, 24)), lap(r), str(r.randint(14, 22))])
        oe = ctx.email_for(
            org,
            slug(firm.split()[0])
            + "."
            + {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "IT": "it", "GB": "co.uk", "US": "com"}[ctx.cc],
        )
        head = T(
            f"Ergebnisliste Firmenevent {firm} – {ctx.date(ctx.earlier(1, 5))}",
            f"Classement sortie d'entreprise {firm} – {ctx.date(ctx.earlier(1, 5))}",
            f"Classifica evento aziendale {firm} – {ctx.date(ctx.earlier(1, 5))}",
            f"Results – {firm} team event, {ctx.date(ctx.earlier(1, 5))}",
        )
        foot = T(
            f"Ansprechpartner: {org.n()}, {mk('EMAIL', oe)}, Tel. {mk('PHONE', ctx.phone('land', din=True))}\n"
            f"Rechnung folgt an {firm}, Rechnungsnr. RE-{ctx.num(6)}.",
            f"Contact : {org.n()}, {mk('EMAIL', oe)}, tél. {mk('PHONE', ctx.phone('land'))}\n"
            f"Facture à {firm}, n° F{ctx.num(6)}.",
            f"Referente: {org.n()}, {mk('EMAIL', oe)}, tel. {mk('PHONE', ctx.phone('land'))}\n"
            f"Fattura a {firm}, n. {ctx.num(4)}/{ctx.today.year}.",
            f"Contact: {org.n()}, {mk('EMAIL', oe)}, tel {mk('PHONE', ctx.phone('land'))}\n"
            f"Invoice to {firm}, no. INV-{ctx.num(6)}.",
        )
        return f"{head}\n\n{table(ctx, hdr, rows)}\n\n{foot}"
    if v == 2:
        firm = ctx.c(FIRMS[ctx.lang])
        dom = (
            slug(firm.split()[0])
            + "."
            + {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "IT": "it", "GB": "co.uk", "US": "com"}[ctx.cc]
        )
        hr = ctx.person(age=(25, 55))
        he = ctx.email_for(hr, dom)
        ppl = [ctx.person(age=(21, 62), addr=False) for _ in range(r.randint(3, 6))]
        lst = "\n".join(f"{i + 1}. {p.n(ctx.c(['full', 'rev']))}, {ctx.dob(p)}" for i, p in enumerate(ppl))
        ev = ctx.later(10, 50)
        staff = ctx.person(age=(22, 50))
        se = ctx.email_for(staff, co.domain)
        body = T(
            f"{salute(ctx, staff, True)}\n\nwie besprochen hier die Teilnehmer für unser Teamevent am "
            f"{ctx.date(ev)} (Geburtsdaten für die Versicherung):\n\n{lst}\n\n{ppl[0].n('first')} kommt "
            f"eventuell später. Bitte Rechnung an {firm}, Kostenstelle 4410.",
            f"{salute(ctx, staff, True)}\n\ncomme convenu, voici les participants pour notre sortie du "
            f"{ctx.date(ev)} (dates de naissance pour l'assurance) :\n\n{lst}\n\n{ppl[0].n('first')} arrivera "
            f"peut-être plus tard. Facture à {firm}, centre de coût 4410.",
            f"{salute(ctx, staff, True)}\n\ncome d'accordo, ecco i partecipanti all'evento del {ctx.date(ev)} "
            f"(date di nascita per l'assicurazione):\n\n{lst}\n\n{ppl[0].n('first')} forse arriva più tardi. "
            f"Fattura a {firm}, centro di costo 4410.",
            f"{salute(ctx, staff, True)}\n\nas discussed, here are the drivers for our team event on "
            f"{ctx.date(ev)} (dates of birth for the insurance):\n\n{lst}\n\n{ppl[0].n('first')} may arrive "
            f"late. Please invoice {firm}, cost centre 4410.",
        )
        sig = signature(
            ctx,
            hr,
            None,
            T("Personalabteilung", "Ressources humaines", "Risorse umane", "HR"),
            he,
            phone=ctx.phone("land", din=True),
        )
        hdrs = mail_headers(
            ctx,
            (hr.n(), mk("EMAIL", he)),
            (staff.n(), mk("EMAIL", se)),
            T(
                "Teilnehmerliste Kartevent",
                "Liste participants karting",
                "Lista partecipanti kart",
                "Karting event – driver list",
            ),
            ctx.today,
        )
        return f"{hdrs}\n\n{body}\n\n{closing(ctx)}\n{sig}"
    drv = ctx.person(age=(18, 55))
    wit = ctx.person()
    mar = ctx.person(age=(19, 40))
    mgr = ctx.person(age=(28, 60))
    rows = [
        (
            T("Vorfall", "Incident", "Incidente", "Incident"),
            T("Auffahrunfall Kurve 3", "Accrochage virage 3", "Tamponamento curva 3", "Collision at turn 3"),
        ),
        (lab(ctx, "date"), f"{ctx.date(ctx.today)} {ctx.time()}"),
        (T("Fahrer", "Pilote", "Pilota", "Driver"), drv.n(ctx.style())),
        (lab(ctx, "dob"), ctx.dob(drv)),
        (lab(ctx, "phone"), mk("PHONE", drv.mobile)),
        (T("Zeuge", "Témoin", "Testimone", "Witness"), f"{wit.n()}, {mk('PHONE', wit.mobile)}"),
        (T("Streckenposten", "Commissaire", "Commissario", "Marshal"), mar.n("init")),
        (
            "Kart",
            f"#{r.randint(1, 24)}, {T('Schaden Frontspoiler', 'spoiler avant', 'spoiler anteriore', 'front fairing')}",
        ),
    ]
    msgs = [
        (
            mgr.n("first"),
            T(
                f"wie gehts {drv.n('first')}?",
                f"comment va {drv.n('first')} ?",
                f"come sta {drv.n('first')}?",
                f"how is {drv.n('first')}?",
            ),
        ),
        (
            mar.n("first"),
            T(
                "alles ok, nur Prellung, Bericht ist oben",
                "ça va, juste un bleu, rapport ci-dessus",
                "tutto ok, solo una contusione, verbale sopra",
                "fine, just bruising, report above",
            ),
        ),
        (
            mgr.n("first"),
            T(
                f"danke. Servicenummer für die Versicherung ist {co.hotline}, nicht anrufen bevor "
                f"ich mit {wit.n('last')} gesprochen habe",
                f"merci. le service client de l'assurance c'est {co.hotline}, attends que j'aie parlé "
                f"à {wit.n('last')}",
                f"grazie. il numero verde dell'assicurazione è {co.hotline}, aspetta che parlo con {wit.n('last')}",
                f"thanks. insurer helpline is {co.hotline}, hold off until I've spoken to {wit.n('last')}",
            ),
        ),
    ]
    return (
        f"{T('Unfallbericht', 'Rapport d’incident', 'Verbale incidente', 'Incident report')} – {co.name}\n\n"
        f"{form(ctx, rows)}\n\n{chat(ctx, msgs, day=ctx.today)}"
    )


# ---------------------------------------------------------------------------------------------------------------
# 3. cruise - river and sea cruise bookings, manifests and check-ins
# ---------------------------------------------------------------------------------------------------------------
CRUISE_CO = {
    "de": [
        "Reisebüro Fernweh {town}",
        "Flusskreuzfahrten Donaublick GmbH",
        "Reisewelt Kompass GmbH",
        "Reisebüro Sonnendeck",
    ],
    "fr": ["Croisières Rive Gauche", "Agence Voyages Évasion {town}", "Fluvial Horizons SAS", "Escales & Rivages"],
    "it": [
        "Crociere Fluviali Adriatica Srl",
        "Agenzia Viaggi Orizzonte {town}",
        "Rotte Blu Viaggi",
        "Viaggi Il Timone Srl",
    ],
    "en": ["Riverline Cruises Ltd", "{town} Travel Centre", "Bluewater Voyages", "Meridian Cruise Holidays"],
}
SHIPS = [
    "MS Amadea Rhein",
    "MS Belle de Loire",
    "MN Regina del Po",
    "MV Danube Star",
    "MS Viola Moselle",
    "MS Douro Serenade",
    "MV Nordlys Bay",
]
ROUTES = [
    "Passau – Wien – Budapest – Passau",
    "Basel – Strasbourg – Koblenz – Amsterdam",
    "Lyon – Avignon – Arles",
    "Venezia – Chioggia – Mantova",
    "Porto – Régua – Pinhão",
    "Bergen – Ålesund – Tromsø",
    "Nantes – Saint-Nazaire – Ancenis",
]


def passport(ctx: Ctx) -> str:
    r = ctx.r
    s = [r.choice("0123456789") for _ in range(5)] + [r.choice("CFGHJKLMNPRTVWXYZ") for _ in range(3)]
    r.shuffle(s)
    return r.choice(["C", "X", "F", "Y", "E"]) + "".join(s)


NAT = {
    "tr": "TUR",
    "pl": "POL",
    "pt": "PRT",
    "sq": "XKX",
    "bcs": "SRB",
    "ta": "LKA",
    "vi": "VNM",
    "zh": "CHN",
    "ar": "SYR",
    "ti": "ERI",
    "uk": "UKR",
    "es": "ESP",
    "el": "GRC",
    "ng": "NGA",
    "in": "IND",
    "ko": "KOR",
    "ph": "PHL",
    "hu": "HUN",
    "ro": "ROU",
    "nl": "NLD",
    "ie": "IRL",
}


def nat(ctx: Ctx, p: Person) -> str:
    home = {"DE": "DEU", "AT": "AUT", "CH": "CHE", "FR": "FRA", "IT": "ITA", "GB": "GBR", "US": "USA"}[ctx.cc]
    return NAT[p.src] if p.src in NAT and ctx.r.random() < 0.45 else home


def g_cruise(ctx: Ctx, v: int) -> str:
    r, T = ctx.r, ctx.t
    co = ctx.company(
        CRUISE_CO[ctx.lang],
        role=r.choice(["info", "reisen", "booking"]) if ctx.lang == "de" else r.choice(["info", "contact", "booking"]),
    )
    ship, route = ctx.c(SHIPS), ctx.c(ROUTES)
    a = ctx.person(age=(40, 85))
    b = ctx.relative(a, g="f" if a.g == "m" else "m", age=(40, 85)) if r.random() < 0.6 else ctx.person(age=(40, 85))
    dep = ctx.later(30, 240)
    if v == 0:
        agent = ctx.person(age=(25, 60))
        ae = ctx.email_for(agent, co.domain)
        home = ctx.relative(a, age=(20, 55), same_addr=False) if r.random() < 0.6 else ctx.person()
        relw = rel_word(ctx, home, "child" if home.last == a.last else "neighbour")
        cab = (
            f"{T('Deck', 'Pont', 'Ponte', 'Deck')} {r.randint(1, 3)}, {T('Kabine', 'cabine', 'cabina', 'cabin')} "
            f"{r.randint(1, 3)}{r.randint(10, 40)}"
        )
        pax = ""
        for i, p in enumerate([a, b]):
            pax += (
                form(
                    ctx,
                    [
                        (T("Reisender", "Passager", "Passeggero", "Passenger") + f" {i + 1}", p.n(ctx.style())),
                        (lab(ctx, "dob"), ctx.dob(p)),
                        (T("Nationalität", "Nationalité", "Nazionalità", "Nationality"), nat(ctx, p)),
                        (T("Reisepass", "Passeport", "Passaporto", "Passport"), passport(ctx)),
                    ],
                    "colon",
                )
                + "\n\n"
            )
        rows = [
            (T("Schiff", "Bateau", "Nave", "Ship"), ship),
            (T("Route", "Itinéraire", "Itinerario", "Itinerary"), route),
            (T("Abreise", "Départ", "Partenza", "Departure"), ctx.date(dep)),
            (T("Kabine", "Cabine", "Cabina", "Cabin"), cab),
            (lab(ctx, "ref"), code(ctx, "CR", 6)),
            (lab(ctx, "price"), ctx.money(1800, 7900)),
            (T("Anzahlung auf", "Acompte sur", "Acconto su", "Deposit to"), f"{co.name}, {mk('IBAN', co.iban)}"),
        ]
        em = T(
            f"Notfallkontakt zu Hause: {home.n()} ({relw}), {home.addr.line()}, Tel. {mk('PHONE', home.mobile)}",
            f"Contact d'urgence : {home.n()} ({relw}), {home.addr.line()}, tél. {mk('PHONE', home.mobile)}",
            f"Contatto di emergenza: {home.n()} ({relw}), {home.addr.line()}, tel. {mk('PHONE', home.mobile)}",
            f"Emergency contact at home: {home.n()} ({relw}), {home.addr.line()}, tel {mk('PHONE', home.mobile)}",
        )
        head = f"{letterhead(ctx, co)}\n\n{a.n('full')}\n{a.addr.block()}\n\n" + T(
            "Reisebestätigung / Rechnung",
            "Confirmation de voyage / facture",
            "Conferma di viaggio / fattura",
            "Booking confirmation / invoice",
        )
        return (
            f"{head}\n\n{pax}{form(ctx, rows)}\n\n{em}\n\n{closing(ctx)}\n"
            f"{signature(ctx, agent, co, None, ae, style='block')}"
        )
    if v == 1:
        pax = [a, b] + [ctx.person(age=(30, 88), addr=False) for _ in range(r.randint(3, 7))]
        hdr = T(
            ["Kabine", "Name", "Geb.", "Nat.", "Tisch", "Hinweis"],
            ["Cabine", "Nom", "Né(e)", "Nat.", "Table", "Remarque"],
            ["Cabina", "Nome", "Nato/a", "Naz.", "Tavolo", "Note"],
            ["Cabin", "Name", "DOB", "Nat.", "Table", "Notes"],
        )
        notes = T(
            ["vegetarisch", "glutenfrei", "Rollator", "", "", "Hochzeitstag"],
            ["végétarien", "sans gluten", "déambulateur", "", "", ""],
            ["vegetariano", "senza glutine", "deambulatore", "", "", ""],
            ["vegetarian", "gluten free", "walker", "", "", "anniversary"],
        )
        st = ctx.c(["LAST,first", "rev", "LASTfirst"])
        rows = [
            [
                f"{r.randint(1, 3)}{r.randint(10, 45)}",
                p.n(st),
                ctx.dob(p, ctx.dshape),
                nat(ctx, p),
                str(r.randint(1, 30)),
                ctx.c(notes) or "-",
            ]
            for p in pax
        ]
        purser = ctx.person(age=(25, 55))
        chef = ctx.person(age=(25, 55))
        msgs = [
            (
                purser.n(r.choice(["first", "full"])),
                T(
                    f"Kabine {rows[1][0]}: {ctx.tn(b)} braucht morgen früh einen Rollstuhl in Melk",
                    f"cabine {rows[1][0]} : {ctx.tn(b)} a besoin d'un fauteuil demain",
                    f"cabina {rows[1][0]}: {ctx.tn(b)} domani serve la sedia a rotelle",
                    f"cabin {rows[1][0]}: {ctx.tn(b)} needs a wheelchair at the next stop",
                ),
            ),
            (
                chef.n("first"),
                T(
                    f"ok. und {pax[2].n('full')} hat Nussallergie?",
                    f"ok. et {pax[2].n('full')} est allergique aux noix ?",
                    f"ok. e {pax[2].n('full')} è allergico/a alle noci?",
                    f"ok. and {pax[2].n('full')} has a nut allergy?",
                ),
            ),
        ]
        head = T(
            f"Einschiffungsliste {ship}, {ctx.date(dep)}",
            f"Liste d'embarquement {ship}, {ctx.date(dep)}",
            f"Lista d'imbarco {ship}, {ctx.date(dep)}",
            f"Embarkation manifest {ship}, {ctx.date(dep)}",
        )
        return f"{head}\n\n{table(ctx, hdr, rows)}\n\n{chat(ctx, msgs)}"
    if v == 2:
        agent = ctx.person(age=(25, 60))
        ae = ctx.email_for(agent, co.domain)
        exc = T(
            "Ausflug Schloss Schönbrunn",
            "excursion au Palais des Papes",
            "escursione a Palazzo Te",
            "excursion to the castle",
        )
        orig = T(
            f"{salute(ctx, a, True)}\n\nanbei Ihre Reiseunterlagen für die {ship}. Ausflüge können Sie an Bord "
            f"buchen.\n\n{closing(ctx)}\n{signature(ctx, agent, co, None, ae)}",
            f"{salute(ctx, a, True)}\n\nci-joint vos documents de voyage pour le {ship}. Les excursions se "
            f"réservent à bord.\n\n{closing(ctx)}\n{signature(ctx, agent, co, None, ae)}",
            f"{salute(ctx, a, True)}\n\nin allegato i documenti di viaggio per la {ship}. Le escursioni si "
            f"prenotano a bordo.\n\n{closing(ctx)}\n{signature(ctx, agent, co, None, ae)}",
            f"{salute(ctx, a, True)}\n\nplease find attached your travel documents for the {ship}. Excursions "
            f"can be booked on board.\n\n{closing(ctx)}\n{signature(ctx, agent, co, None, ae)}",
        )
        amt = ctx.money(40, 180)
        body = T(
            f"{salute(ctx, agent)}\n\nder {exc} fiel aus, wir haben {amt} bezahlt. Bitte erstatten Sie den "
            f"Betrag auf das Konto meines Mannes/meiner Frau {b.n()}: {mk('IBAN', ctx.iban())}. Sie erreichen "
            f"mich unter {mk('PHONE', a.mobile)}.",
            f"{salute(ctx, agent)}\n\nl'{exc} a été annulée, nous avions payé {amt}. Merci de rembourser sur le "
            f"compte de {b.n()} : {mk('IBAN', ctx.iban())}. Vous pouvez me joindre au {mk('PHONE', a.mobile)}.",
            f"{salute(ctx, agent)}\n\nl'{exc} è stata annullata, avevamo pagato {amt}. Vi prego di rimborsare "
            f"sul conto di {b.n()}: {mk('IBAN', ctx.iban())}. Il mio cellulare: {mk('PHONE', a.mobile)}.",
            f"{salute(ctx, agent)}\n\nthe {exc} was cancelled and we had paid {amt}. Please refund it to "
            f"{b.n()}'s account: {mk('IBAN', ctx.iban())}. You can reach me on {mk('PHONE', a.mobile)}.",
        )
        if ctx.lang == "de":
            body = (
                body.replace("meines Mannes/meiner Frau", "meines Mannes" if b.g == "m" else "meiner Frau")
                if b.last == a.last
                else body.replace("meines Mannes/meiner Frau ", "")
            )
        hdrs = mail_headers(
            ctx,
            (a.n(), mk("EMAIL", a.email)),
            (agent.n(), mk("EMAIL", ae)),
            T("Erstattung Ausflug", "Remboursement excursion", "Rimborso escursione", "Excursion refund"),
            ctx.today,
        )
        return (
            f"{hdrs}\n\n{body}\n\n{closing(ctx)}\n{signature(ctx, a, None, None, None)}\n\n"
            f"{quoted(ctx, orig, ctx.earlier(20, 90), agent.n(), mk('EMAIL', ae))}"
        )
    recs = [a, b] + [ctx.person(age=(25, 88)) for _ in range(r.randint(0, 3))]
    keys = [
        "booking",
        "guest",
        "date_of_birth",
        "email",
        "mobile",
        "emergency_contact",
        "emergency_phone",
        "checkin_ip",
    ]
    rows = []
    for p in recs:
        e = ctx.person(addr=False)
        rows.append(
            [
                f"CR{ctx.num(6)}",
                p.n(r.choice(["full", "rev"])),
                mk("DOB", p.dob.isoformat()) if r.random() < 0.5 else ctx.dob(p),
                mk("EMAIL", p.email),
                mk("PHONE", p.mobile),
                e.n(),
                mk("PHONE", e.mobile),
                mk("IP", ctx.ip()),
            ]
        )
    head = T(
        f"Online-Check-in {ship} (Export {ctx.date(ctx.today)}), App-Version 4.12.0",
        f"Enregistrement en ligne {ship} (export du {ctx.date(ctx.today)}), version 4.12.0",
        f"Check-in online {ship} (export del {ctx.date(ctx.today)}), versione 4.12.0",
        f"Online check-in {ship} (export {ctx.date(ctx.today)}), app version 4.12.0",
    )
    return f"{head}\n\n{table(ctx, keys, rows, ctx.c(['json', 'jsonl', 'yaml', 'csv']), keys=keys)}"


# ---------------------------------------------------------------------------------------------------------------
# 4. arborist - tree surgeons, felling permits, overhanging branches
# ---------------------------------------------------------------------------------------------------------------
TREE_CO = {
    "de": [
        "Baumpflege Kronenschnitt GmbH",
        "Grünwerk Baumdienst {town}",
        "Seilklettertechnik Astwerk",
        "Baumservice Wipfelstürmer",
    ],
    "fr": ["Élagage Canopée SARL", "Arbor'Services {town}", "Les Élagueurs du Val", "Cime & Racines Élagage"],
    "it": [
        "Potature Verdechiaro Srl",
        "Arboricoltura Alto Fusto {town}",
        "Servizi Verdi Chioma",
        "Giardini e Potature Ramo Srl",
    ],
    "en": ["Canopy Tree Surgeons Ltd", "{town} Arboricultural Services", "Heartwood Tree Care", "Timberline Arborists"],
}
TREES = {
    "de": ["Fichte", "Rotbuche", "Bergahorn", "Birke", "Walnussbaum", "Linde", "Kiefer", "Thuja-Hecke"],
    "fr": ["épicéa", "hêtre", "érable", "bouleau", "noyer", "tilleul", "pin", "haie de thuyas"],
    "it": ["abete rosso", "faggio", "acero", "betulla", "noce", "tiglio", "pino", "siepe di tuia"],
    "en": ["Norway spruce", "beech", "sycamore", "silver birch", "walnut", "lime", "Scots pine", "leylandii hedge"],
}


def g_arborist(ctx: Ctx, v: int) -> str:
    r, T = ctx.r, ctx.t
    co = ctx.company(TREE_CO[ctx.lang], role=r.choice(["info", "office", "kontakt" if ctx.lang == "de" else "contact"]))
    cust = ctx.person(age=(30, 85), town=ctx.home)
    tree = ctx.c(TREES[ctx.lang])
    h = r.randint(6, 28)
    if v == 0:
        arb = ctx.person(age=(24, 58))
        nb = ctx.person(town=ctx.home)
        rows = [
            (T("Auftraggeber", "Client", "Committente", "Client"), cust.n(ctx.style())),
            (lab(ctx, "addr"), cust.addr.line(r.choice([", ", " – "]))),
            (lab(ctx, "phone"), mk("PHONE", r.choice([cust.mobile, cust.land]))),
            (lab(ctx, "email"), mk("EMAIL", cust.email)),
            (
                T("Arbeiten", "Travaux", "Lavori", "Works"),
                T(
                    f"1x {tree}, ca. {h} m, Kronenrückschnitt 20 %",
                    f"1 {tree} d'env. {h} m, réduction de couronne 20 %",
                    f"1 {tree} di circa {h} m, riduzione chioma 20%",
                    f"1 x {tree}, approx. {h} m, crown reduction 20%",
                ),
            ),
            (
                T("Genehmigung", "Autorisation", "Autorizzazione", "TPO / permit"),
                f"{r.choice(['BG', 'AUT', 'TPO'])}/{ctx.num(3)}/{ctx.today.year}",
            ),
            (
                T("Zufahrt über Grundstück", "Accès par la propriété de", "Accesso dal terreno di", "Access via"),
                f"{nb.n()}, {nb.addr.st()}",
            ),
            (T("Termin", "Date d'intervention", "Data intervento", "Scheduled"), ctx.date(ctx.later(7, 60))),
            (lab(ctx, "price"), ctx.money(380, 2900)),
            (T("Baumpfleger", "Élagueur", "Arboricoltore", "Climber"), f"{arb.n('init')}, {mk('PHONE', arb.mobile)}"),
        ]
        pay_line = T(
            f"Zahlbar innert 30 Tagen auf {mk('IBAN', co.iban)}.",
            f"Payable à 30 jours sur {mk('IBAN', co.iban)}.",
            f"Pagamento a 30 giorni su {mk('IBAN', co.iban)}.",
            f"Payment within 30 days to {mk('IBAN', co.iban)}."
            if not ctx.us
            else "Payment within 30 days by check or card.",
        )
        title = T(
            "Angebot / Arbeitsauftrag",
            "Devis / bon de travaux",
            "Preventivo / ordine di lavoro",
            "Quotation / work order" if not ctx.us else "Estimate / work order",
        )
        return f"{letterhead(ctx, co)}\n\n{title} {code(ctx, 'A', 4)}\n\n{form(ctx, rows)}\n\n{pay_line}"
    if v == 1:
        jobs = [ctx.person(age=(30, 88), town=ctx.home) for _ in range(r.randint(4, 7))]
        hdr = T(
            ["Tag", "Kunde", "Adresse", "Telefon", "Arbeit"],
            ["Jour", "Client", "Adresse", "Tél.", "Travaux"],
            ["Giorno", "Cliente", "Indirizzo", "Telefono", "Lavoro"],
            ["Day", "Client", "Address", "Phone", "Job"],
        )
        days = T(
            ["Mo", "Di", "Mi", "Do", "Fr"],
            ["lun.", "mar.", "mer.", "jeu.", "ven."],
            ["lun", "mar", "mer", "gio", "ven"],
            ["Mon", "Tue", "Wed", "Thu", "Fri"],
        )
        st = ctx.c(["LASTfirst", "rev", "full", "last"])
        rows = [
            [
                days[i % 5],
                p.n(st),
                p.addr.st(),
                mk("PHONE", p.mobile if r.random() < 0.6 else p.land),
                f"{ctx.c(TREES[ctx.lang])} {r.randint(4, 25)} m",
            ]
            for i, p in enumerate(jobs)
        ]
        keyp = ctx.person(town=ctx.home)
        crew = [ctx.person(age=(20, 50), addr=False) for _ in range(2)]
        msgs = [
            (
                crew[0].n("first"),
                T(
                    f"bei {jobs[1].n('last')} ist keiner da, Schlüssel fürs Gartentor hat "
                    f"{rel_word(ctx, keyp, 'neighbour')} {keyp.n('full')}, {keyp.addr.st()}",
                    f"personne chez {jobs[1].n('last')}, la clé du portail est chez {keyp.n('full')}, {keyp.addr.st()}",
                    f"da {jobs[1].n('last')} non c'è nessuno, la chiave del cancello ce l'ha "
                    f"{keyp.n('full')}, {keyp.addr.st()}",
                    f"nobody in at {jobs[1].n('last')}'s, gate key is with {keyp.n('full')} at {keyp.addr.st()}",
                ),
            ),
            (
                crew[1].n("first"),
                T(
                    "Häcksler steht noch beim Lager, Version 2.1 vom Protokoll ausfüllen!",
                    "le broyeur est au dépôt, remplis la fiche v2.1 !",
                    "la cippatrice è al deposito, compila il modulo v2.1!",
                    "chipper is still at the yard, fill in form v2.1!",
                ),
            ),
        ]
        head = T(
            f"Wochenplan {co.name}, KW {r.randint(1, 52)}",
            f"Planning {co.name}, semaine {r.randint(1, 52)}",
            f"Programma {co.name}, settimana {r.randint(1, 52)}",
            f"{co.name} – rota week {r.randint(1, 52)}",
        )
        return f"{head}\n\n{table(ctx, hdr, rows, ctx.c(['md', 'fixed', 'tsv', 'pipe', 'html']))}\n\n{chat(ctx, msgs)}"
    if v == 2:
        owner = ctx.person(age=(30, 85), town=ctx.home)
        d0 = ctx.earlier(20, 80)
        orig = T(
            f"{salute(ctx, cust, True)}\n\nwie telefonisch besprochen, wird die {tree} an der Grenze im "
            f"Herbst von der Firma {co.name} zurückgeschnitten.\n\n{closing(ctx)}\n{owner.n()}\n"
            f"{owner.addr.block()}",
            f"{salute(ctx, cust, True)}\n\ncomme convenu, le {tree} en limite de propriété sera taillé cet "
            f"automne par {co.name}.\n\n{closing(ctx)}\n{owner.n()}\n{owner.addr.block()}",
            f"{salute(ctx, cust, True)}\n\ncome d'accordo, il {tree} sul confine sarà potato in autunno dalla "
            f"ditta {co.name}.\n\n{closing(ctx)}\n{owner.n()}\n{owner.addr.block()}",
            f"{salute(ctx, cust, True)}\n\nas agreed on the phone, the {tree} on the boundary will be cut back "
            f"this autumn by {co.name}.\n\n{closing(ctx)}\n{owner.n()}\n{owner.addr.block()}",
        )
        body = T(
            f"{salute(ctx, owner, True)}\n\nbis heute ist nichts passiert, die Äste hängen weiter über unsere "
            f"Garage ({cust.addr.st()}). Ich setze Ihnen eine Frist bis {ctx.date(ctx.later(10, 30))}. Mein "
            f"Sohn {ctx.child(cust, 12, 40, g='m').n('first')} hat Fotos gemacht.",
            f"{salute(ctx, owner, True)}\n\nrien n'a été fait, les branches dépassent toujours sur notre garage "
            f"({cust.addr.st()}). Je vous laisse jusqu'au {ctx.date(ctx.later(10, 30))}.",
            f"{salute(ctx, owner, True)}\n\nad oggi nulla è stato fatto, i rami sporgono ancora sul nostro "
            f"garage ({cust.addr.st()}). Le concedo tempo fino al {ctx.date(ctx.later(10, 30))}.",
            f"{salute(ctx, owner, True)}\n\nnothing has happened so far and the branches still hang over our "
            f"garage ({cust.addr.st()}). I must ask you to deal with it by {ctx.date(ctx.later(10, 30))}.",
        )
        hdrs = mail_headers(
            ctx,
            (cust.n(), mk("EMAIL", cust.email)),
            (owner.n(), mk("EMAIL", owner.email)),
            T("Überhängende Äste", "Branches qui dépassent", "Rami sporgenti", "Overhanging branches"),
            ctx.today,
        )
        return (
            f"{hdrs}\n\n{body}\n\n{closing(ctx)}\n{signature(ctx, cust, None, None, None)}\n\n"
            f"{quoted(ctx, orig, d0, owner.n(), None)}"
        )
    clerk = ctx.person(age=(25, 60))
    dom = (
        f"{slug(ctx.home[0])}."
        + {"DE": "de", "AT": "gv.at", "CH": "ch", "FR": "fr", "IT": "it", "GB": "gov.uk", "US": "gov"}[ctx.cc]
    )
    ce = ctx.email_for(clerk, dom)
    rows = [
        (T("Antragsteller/in", "Demandeur", "Richiedente", "Applicant"), cust.n(ctx.style())),
        (lab(ctx, "dob"), ctx.dob(cust)),
        (lab(ctx, "addr"), cust.addr.line()),
        (lab(ctx, "phone"), mk("PHONE", cust.land)),
        (T("Flurstück", "Parcelle", "Particella", "Plot"), f"{r.randint(1, 40)}/{r.randint(100, 999)}"),
        (T("Baumart / Höhe", "Essence / hauteur", "Specie / altezza", "Species / height"), f"{tree}, {h} m"),
        (T("Stammumfang", "Circonférence", "Circonferenza", "Girth"), f"{r.randint(60, 320)} cm"),
        (T("Fachfirma", "Entreprise", "Ditta", "Contractor"), f"{co.name}, {mk('PHONE', co.phone)}"),
    ]
    head = T(
        f"Antrag auf Fällgenehmigung – Gemeinde {ctx.home[0]}",
        f"Demande d'autorisation d'abattage – commune de {ctx.home[0]}",
        f"Domanda di autorizzazione all'abbattimento – Comune di {ctx.home[0]}",
        f"Application for tree works consent – {ctx.home[0]} Council",
    )
    foot = T(
        f"Sachbearbeitung: {clerk.n('init')}, {mk('EMAIL', ce)}",
        f"Dossier suivi par {clerk.n('init')}, {mk('EMAIL', ce)}",
        f"Pratica seguita da {clerk.n('init')}, {mk('EMAIL', ce)}",
        f"Case officer: {clerk.n('init')}, {mk('EMAIL', ce)}",
    )
    txt = f"{head}\n\n{form(ctx, rows, ctx.c(['colon', 'aligned', 'dots', 'upper']))}\n\n{foot}"
    return ocr_noise(ctx, txt, 0.03) if r.random() < 0.5 else txt


# ---------------------------------------------------------------------------------------------------------------
# 5. hospice - volunteer visiting services in palliative care
# ---------------------------------------------------------------------------------------------------------------
HOSPICE_CO = {
    "de": [
        "Ambulanter Hospizdienst Lichtblick",
        "Hospizverein {town} e.V.",
        "Hospizgruppe Regenbogen",
        "Hospizbegleitung Abendstern",
    ],
    "fr": ["Présence Palliative", "Association Bénévoles Soins Palliatifs {town}", "Les Veilleurs d'Espérance"],
    "it": ["Associazione Volontari Hospice Il Girasole", "Cure Palliative Insieme {town}", "Volontari La Lanterna"],
    "en": ["Evening Star Hospice Volunteers", "{town} Community Hospice", "Lantern Hospice at Home"],
}


def doctor(ctx: Ctx) -> tuple[str, Person]:
    d = ctx.person(age=(35, 66))
    t = ctx.t("Dr. med.", "Dr", "Dott.ssa" if d.g == "f" else "Dott.", "Dr")
    return f"{t} {d.n(ctx.c(['full', 'last']))}", d


def g_hospice(ctx: Ctx, v: int) -> str:
    r, T = ctx.r, ctx.t
    co = ctx.company(HOSPICE_CO[ctx.lang], role=r.choice(["info", "kontakt" if ctx.lang == "de" else "contact"]))
    pat = ctx.person(age=(60, 96))
    kin = ctx.relative(pat, age=(35, 65), same_addr=False)
    vol = ctx.person(age=(25, 78))
    coord = ctx.person(age=(30, 62))
    cem = ctx.email_for(coord, co.domain)
    if v == 0:
        dname, doc = doctor(ctx)
        practice = ctx.address(pat.addr.townname) if r.random() < 0.7 else ctx.address()
        rows = [
            (T("Patient/in", "Patient(e)", "Paziente", "Patient"), pat.n(ctx.style())),
            (lab(ctx, "dob"), ctx.dob(pat)),
            (lab(ctx, "addr"), pat.addr.line()),
            (lab(ctx, "phone"), mk("PHONE", pat.land)),
            (
                T("Diagnose", "Diagnostic", "Diagnosi", "Diagnosis"),
                r.choice(["C34.9", "C50.9", "G12.2", "C25.0", "I50.9"]),
            ),
            (
                T("Hausarzt", "Médecin traitant", "Medico curante", "GP"),
                f"{dname}, {practice.line()}, {mk('PHONE', ctx.phone('land', practice.townname))}",
            ),
            (
                T("Angehörige/r", "Proche", "Familiare", "Next of kin"),
                f"{kin.n()} ({rel_word(ctx, kin, 'child')}), {mk('PHONE', kin.mobile)}, {mk('EMAIL', kin.email)}",
            ),
            (
                T("AHV-Nr.", "N° AVS", "N. AVS", "AHV") if ctx.cc == "CH" else None,
                mk("AHV", ctx.ahv()) if ctx.cc == "CH" else None,
            ),
            (
                T("Besuchswunsch", "Visites souhaitées", "Visite desiderate", "Preferred visits"),
                T(
                    "dienstags und freitags nachmittags",
                    "mardi et vendredi après-midi",
                    "martedì e venerdì pomeriggio",
                    "Tuesday and Friday afternoons",
                ),
            ),
            (T("Ehrenamtliche/r", "Bénévole", "Volontario/a", "Volunteer"), vol.n(r.choice(["full", "init"]))),
        ]
        head = T(
            "Erstgespräch / Anfrage Begleitung",
            "Demande d'accompagnement – premier entretien",
            "Richiesta di accompagnamento – primo colloquio",
            "Referral – first visit",
        )
        return (
            f"{co.name}\n{head}\n\n{form(ctx, rows)}\n\n"
            f"{T('Koordination', 'Coordination', 'Coordinamento', 'Coordinator')}: {coord.n()}, {mk('EMAIL', cem)}"
        )
    if v == 1:
        vols = [vol] + [ctx.person(age=(25, 78), addr=False) for _ in range(r.randint(1, 2))]
        hdr = T(
            ["Datum", "Begleiter/in", "Dauer", "Notiz"],
            ["Date", "Bénévole", "Durée", "Note"],
            ["Data", "Volontario", "Durata", "Nota"],
            ["Date", "Volunteer", "Duration", "Note"],
        )
        notes = T(
            [
                f"{pat.n('first')} wollte Musik hören",
                f"Gespräch mit {kin.n('first')}",
                "schläft viel",
                "Spaziergang im Rollstuhl",
            ],
            [
                f"{pat.n('first')} voulait écouter de la musique",
                f"discussion avec {kin.n('first')}",
                "dort beaucoup",
                "promenade en fauteuil",
            ],
            [
                f"{pat.n('first')} voleva ascoltare musica",
                f"colloquio con {kin.n('first')}",
                "dorme molto",
                "passeggiata in carrozzina",
            ],
            [f"{pat.n('first')} wanted music on", f"talked with {kin.n('first')}", "sleeping a lot", "wheelchair walk"],
        )
        st = ctx.c(["firstL", "init", "first"])
        rows = []
        d = ctx.earlier(30, 60)
        for _ in range(r.randint(4, 7)):
            d += dt.timedelta(days=r.randint(2, 6))
            rows.append([ctx.date(d), ctx.c(vols).n(st), f"{r.choice([60, 90, 120])} min", ctx.c(notes)])
        head = T(
            f"Besuchsprotokoll – {pat.n('full')}, {dob_cue(ctx, pat)}",
            f"Journal des visites – {pat.n('full')}, {dob_cue(ctx, pat)}",
            f"Registro visite – {pat.n('full')}, {dob_cue(ctx, pat)}",
            f"Visit log – {pat.n('full')}, {dob_cue(ctx, pat)}",
        )
        note = T(
            f"Rückfragen: {coord.n()}, Tel. {mk('PHONE', co.phone)}",
            f"Questions : {coord.n()}, tél. {mk('PHONE', co.phone)}",
            f"Per domande: {coord.n()}, tel. {mk('PHONE', co.phone)}",
            f"Queries: {coord.n()}, tel {mk('PHONE', co.phone)}",
        )
        return f"{head}\n\n{table(ctx, hdr, rows, ctx.c(['md', 'fixed', 'csv', 'ssv']))}\n\n{note}"
    if v == 2:
        home = (
            ctx.c(["Pflegeheim Sonnenhalde", "Seniorenzentrum Lindenhof"])
            if ctx.lang == "de"
            else T("", "EHPAD Les Glycines", "RSA Villa Serena", "Willowbank Care Home")
        )
        haddr = ctx.address(pat.addr.townname)
        ihr = "Ihre Mutter" if pat.g == "f" else "Ihren Vater"
        orig = T(
            f"{salute(ctx, kin, True)}\n\n{vol.n('full')} wird {ihr} ab nächster Woche "
            f"besuchen.\n\n{closing(ctx)}\n{coord.n()}\n{co.name}\n{mk('EMAIL', cem)}",
            f"{salute(ctx, kin, True)}\n\n{vol.n('full')} rendra visite à votre parent à partir de la semaine "
            f"prochaine.\n\n{closing(ctx)}\n{coord.n()}\n{co.name}\n{mk('EMAIL', cem)}",
            f"{salute(ctx, kin, True)}\n\n{vol.n('full')} farà visita al suo familiare dalla prossima "
            f"settimana.\n\n{closing(ctx)}\n{coord.n()}\n{co.name}\n{mk('EMAIL', cem)}",
            f"{salute(ctx, kin, True)}\n\n{vol.n('full')} will start visiting your parent next week.\n\n"
            f"{closing(ctx)}\n{coord.n()}\n{co.name}\n{mk('EMAIL', cem)}",
        )
        par = T(
            "meine Mutter" if pat.g == "f" else "mein Vater",
            "ma mère" if pat.g == "f" else "mon père",
            "mia madre" if pat.g == "f" else "mio padre",
            "my mother" if pat.g == "f" else "my father",
        )
        body = T(
            f"{salute(ctx, coord)}\n\nvielen Dank! Zur Info: {par} {pat.n('full')} ({dob_cue(ctx, pat)}) ist "
            f"seit gestern im {home}, {haddr.line()}. Besuche bitte dort. Ich bin unter "
            f"{mk('PHONE', kin.mobile)} erreichbar.",
            f"{salute(ctx, coord)}\n\nmerci beaucoup ! Pour info, {par} {pat.n('full')} ({dob_cue(ctx, pat)}) "
            f"est depuis hier à l'{home}, {haddr.line()}. Je reste joignable au {mk('PHONE', kin.mobile)}.",
            f"{salute(ctx, coord)}\n\ngrazie mille! {par.capitalize()} {pat.n('full')} ({dob_cue(ctx, pat)}) "
            f"da ieri è alla {home}, {haddr.line()}. Sono raggiungibile al {mk('PHONE', kin.mobile)}.",
            f"{salute(ctx, coord)}\n\nthank you so much. Just so you know, {par} {pat.n('full')} "
            f"({dob_cue(ctx, pat)}) moved to {home}, {haddr.line()} yesterday. I'm on {mk('PHONE', kin.mobile)}.",
        )
        hdrs = mail_headers(
            ctx,
            (kin.n(), mk("EMAIL", kin.email)),
            (coord.n(), mk("EMAIL", cem)),
            T("Begleitung", "Accompagnement", "Accompagnamento", "Visits"),
            ctx.today,
        )
        return (
            f"{hdrs}\n\n{body}\n\n{closing(ctx)}\n{kin.n(r.choice(['first', 'full']))}\n\n"
            f"{quoted(ctx, orig, ctx.earlier(3, 12), coord.n(), mk('EMAIL', cem))}"
        )
    vols = [ctx.person(age=(22, 78)) for _ in range(r.randint(4, 7))]
    hdr = T(
        ["Name", "Vorname", "Geburtsdatum", "Telefon", "E-Mail", "verfügbar"],
        ["Nom", "Prénom", "Naissance", "Téléphone", "E-mail", "Disponible"],
        ["Cognome", "Nome", "Nascita", "Telefono", "E-mail", "Disponibile"],
        ["Surname", "First name", "DOB", "Phone", "Email", "Available"],
    )
    days = T(
        ["Mo+Mi", "Di", "Fr", "Wochenende", "nach Absprache"],
        ["lun+mer", "mar", "ven", "week-end", "à voir"],
        ["lun+mer", "mar", "ven", "weekend", "da concordare"],
        ["Mon+Wed", "Tue", "Fri", "weekends", "flexible"],
    )
    rows = [
        [
            mk("PERSON", p.last),
            p.n("first"),
            ctx.dob(p, ctx.dshape),
            mk("PHONE", p.mobile),
            mk("EMAIL", p.email),
            ctx.c(days),
        ]
        for p in vols
    ]
    msgs = [
        (
            coord.n("first"),
            T(
                f"{vols[0].n('first')} fällt bis Monatsende aus, wer übernimmt {ctx.tn(pat)}?",
                f"{vols[0].n('first')} est absente jusqu'à la fin du mois, qui reprend {ctx.tn(pat)} ?",
                f"{vols[0].n('first')} è assente fino a fine mese, chi segue {ctx.tn(pat)}?",
                f"{vols[0].n('first')} is off till the end of the month, who can take {ctx.tn(pat)}?",
            ),
        ),
        (vols[1].n("first"), T("ich, ab Dienstag", "moi, dès mardi", "io, da martedì", "me, from Tuesday")),
    ]
    return (
        f"{T('Einsatzliste Ehrenamtliche', 'Liste des bénévoles', 'Elenco volontari', 'Volunteer roster')} "
        f"({co.name})\n\n{table(ctx, hdr, rows, ctx.c(['csv', 'ssv', 'tsv', 'md']))}\n\n{chat(ctx, msgs)}"
    )


# ---------------------------------------------------------------------------------------------------------------
# 6. petinsurance - pet health insurance claims
# ---------------------------------------------------------------------------------------------------------------
PET_CO = {
    "de": ["PfotenSicher Tierversicherung AG", "Animalia Tierkrankenversicherung", "Vierbeiner Schutz VVaG"],
    "fr": ["Assur'Animaux Mutuelle", "Compagnons Santé SA", "Mutuelle Patte Douce"],
    "it": ["Amici a Quattro Zampe Assicurazioni", "PetProtetti Spa", "Coda Felice Assicura"],
    "en": ["PawCover Insurance Ltd", "Waggle Pet Insurance", "Furlong Pet Cover"],
}
VET = {
    "de": ["Tierarztpraxis am Stadtpark", "Kleintierklinik Sonnenberg", "Tierärztliches Zentrum Nord"],
    "fr": ["Clinique vétérinaire des Tilleuls", "Cabinet vétérinaire du Parc"],
    "it": ["Ambulatorio Veterinario San Rocco", "Clinica Veterinaria dei Colli"],
    "en": ["Riverside Veterinary Surgery", "Oakfield Animal Hospital"],
}
PETS = [
    "Balu",
    "Minka",
    "Mogli",
    "Nala",
    "Simba",
    "Pepper",
    "Krümel",
    "Flocke",
    "Biscotto",
    "Pallina",
    "Briciola",
    "Fripouille",
    "Noisette",
    "Caramel",
    "Biscuit",
    "Pickle",
    "Waffles",
    "Socke",
    "Tequila",
    "Pünktchen",
]
SPECIES = {
    "de": ["Hund, Labrador", "Katze, EKH", "Hund, Mischling", "Kaninchen", "Katze, Maine Coon"],
    "fr": ["chien, labrador", "chat européen", "chien croisé", "lapin", "chat maine coon"],
    "it": ["cane, labrador", "gatto europeo", "cane meticcio", "coniglio", "gatto maine coon"],
    "en": ["dog, Labrador", "cat, domestic shorthair", "dog, crossbreed", "rabbit", "cat, Maine Coon"],
}


def g_petinsurance(ctx: Ctx, v: int) -> str:
    r, T = ctx.r, ctx.t
    co = ctx.company(PET_CO[ctx.lang], role=r.choice(["service", "schaden" if ctx.lang == "de" else "claims"]))
    own = ctx.person(age=(22, 80))
    pet, spec = ctx.c(PETS), ctx.c(SPECIES[ctx.lang])
    petdob = ctx.today - dt.timedelta(days=r.randint(300, 4500))
    pol = f"{r.choice(['TK', 'PS', 'AN', 'PC'])}-{ctx.num(8)}"
    if v == 0:
        vet = ctx.company(VET[ctx.lang], town=ctx.home)
        dr = ctx.person(age=(30, 65), addr=False)
        holder = ctx.relative(own, age=(22, 80)) if r.random() < 0.3 else own
        rows = [
            (T("Versicherungsnummer", "N° de contrat", "N. polizza", "Policy number"), pol),
            (lab(ctx, "name"), own.n(ctx.style())),
            (lab(ctx, "dob"), ctx.dob(own)),
            (lab(ctx, "addr"), own.addr.line()),
            (lab(ctx, "mobile"), mk("PHONE", own.mobile)),
            (lab(ctx, "email"), mk("EMAIL", own.email)),
            (T("Tier", "Animal", "Animale", "Pet"), f"{pet} ({spec})"),
            (
                T("Geburtsdatum Tier", "Né le (animal)", "Data di nascita animale", "Pet's date of birth"),
                ctx.date(petdob),
            ),
            (
                T("Chipnummer", "N° de puce", "Microchip", "Microchip"),
                f"{ctx.c(['276', '250', '380', '756', '826'])}{ctx.num(12)}",
            ),
            (
                T("Tierarzt", "Vétérinaire", "Veterinario", "Vet"),
                f"{T('Dr. med. vet.', 'Dr', 'Dott.', 'Dr')} {dr.n('full')}, {vet.name}, {vet.addr.line()}, "
                f"{mk('PHONE', vet.phone)}",
            ),
            (
                T("Rechnung", "Facture", "Fattura", "Invoice"),
                f"{ctx.num(5)} / {ctx.date(ctx.earlier(3, 30))} / {ctx.money(90, 1900)}",
            ),
            (
                T("Erstattung auf", "Remboursement sur", "Rimborso su", "Refund to"),
                mk("IBAN", ctx.iban()) if not ctx.us else T("", "", "", "check by mail"),
            ),
            (T("Kontoinhaber", "Titulaire", "Intestatario", "Account holder"), holder.n()),
        ]
        if ctx.us:
            rows = rows[:-2] + [("Refund", "check by mail to the address above")]
        head = T(
            "Schadenmeldung Tierkrankenversicherung",
            "Déclaration de sinistre – assurance santé animale",
            "Denuncia sinistro – polizza animali",
            "Pet insurance claim form",
        )
        return (
            f"{co.name} · {head}\n{T('Hotline', 'Service client', 'Numero verde', 'Claims line')}: {co.hotline}"
            f"\n\n{form(ctx, rows)}"
        )
    if v == 1:
        recs = [own] + [ctx.person(age=(22, 85), addr=False) for _ in range(r.randint(4, 7))]
        hdr = T(
            ["Schaden-Nr.", "Versicherungsnehmer", "Tier", "Betrag", "Status"],
            ["N° sinistre", "Assuré", "Animal", "Montant", "Statut"],
            ["N. sinistro", "Assicurato", "Animale", "Importo", "Stato"],
            ["Claim", "Policyholder", "Pet", "Amount", "Status"],
        )
        status = T(
            ["offen", "bezahlt", "abgelehnt", "Rückfrage"],
            ["ouvert", "payé", "refusé", "en attente"],
            ["aperto", "pagato", "respinto", "in verifica"],
            ["open", "paid", "declined", "query"],
        )
        st = ctx.c(["LASTfirst", "rev", "full"])
        pets = r.sample(PETS, len(recs))
        rows = [[f"S{ctx.num(7)}", p.n(st), pets[i], ctx.money(40, 2400), ctx.c(status)] for i, p in enumerate(recs)]
        adj = [ctx.person(age=(25, 60), addr=False) for _ in range(2)]
        msgs = [
            (
                adj[0].n("firstL"),
                T(
                    f"{rows[0][0]}: {ctx.tn(own)} hat angerufen, neue Nummer {mk('PHONE', own.mobile)}",
                    f"{rows[0][0]} : {ctx.tn(own)} a appelé, nouveau numéro {mk('PHONE', own.mobile)}",
                    f"{rows[0][0]}: ha chiamato {ctx.tn(own)}, nuovo numero {mk('PHONE', own.mobile)}",
                    f"{rows[0][0]}: {ctx.tn(own)} rang, new number {mk('PHONE', own.mobile)}",
                ),
            ),
            (
                adj[1].n("firstL"),
                T("danke, trage ich ein", "merci, je mets à jour", "grazie, aggiorno", "thanks, updating now"),
            ),
        ]
        return (
            f"{T('Schadenliste', 'Liste des sinistres', 'Elenco sinistri', 'Claims list')} {co.name}\n\n"
            f"{table(ctx, hdr, rows)}\n\n{chat(ctx, msgs, layout=ctx.c(['teams', 'paren', 'irc']))}"
        )
    if v == 2:
        h = ctx.person(age=(25, 60))
        he = ctx.email_for(h, co.domain)
        dline = ctx.phone("land", din=True)
        orig = T(
            f"{salute(ctx, own, True)}\n\nIhr Schaden vom {ctx.date(ctx.earlier(20, 60))} für {pet} kann nicht "
            f"übernommen werden, da die Erkrankung in die Wartezeit fällt.\n\n{closing(ctx)}\n"
            f"{signature(ctx, h, co, 'Leistungsabteilung', he, phone=dline)}",
            f"{salute(ctx, own, True)}\n\nvotre demande pour {pet} ne peut être prise en charge (délai de "
            f"carence).\n\n{closing(ctx)}\n{signature(ctx, h, co, 'Service sinistres', he, phone=dline)}",
            f"{salute(ctx, own, True)}\n\nla sua richiesta per {pet} non può essere accolta (periodo di "
            f"carenza).\n\n{closing(ctx)}\n{signature(ctx, h, co, 'Ufficio sinistri', he, phone=dline)}",
            f"{salute(ctx, own, True)}\n\nwe are unable to pay your claim for {pet} as the condition started "
            f"during the waiting period.\n\n{closing(ctx)}\n{signature(ctx, h, co, 'Claims team', he, phone=dline)}",
        )
        body = T(
            f"{salute(ctx, h, True)}\n\nich widerspreche. {pet} ist seit {ctx.date(petdob)} bei mir und die "
            f"Wartezeit war abgelaufen. Versicherungsnummer {pol}, Versicherungsnehmerin/Versicherungsnehmer "
            f"{own.n()}, {dob_cue(ctx, own)}. Rückruf bitte unter {mk('PHONE', own.mobile)}.",
            f"{salute(ctx, h, True)}\n\nje conteste. {pet} est avec moi depuis le {ctx.date(petdob)} et le délai "
            f"était écoulé. Contrat {pol}, {own.n()}, {dob_cue(ctx, own)}. Merci de me rappeler au "
            f"{mk('PHONE', own.mobile)}.",
            f"{salute(ctx, h, True)}\n\nnon sono d'accordo. {pet} è con me dal {ctx.date(petdob)} e la carenza "
            f"era scaduta. Polizza {pol}, {own.n()}, {dob_cue(ctx, own)}. Mi richiami al "
            f"{mk('PHONE', own.mobile)}.",
            f"{salute(ctx, h, True)}\n\nI'd like to appeal. {pet} has been with me since {ctx.date(petdob)} and "
            f"the waiting period was over. Policy {pol}, {own.n()}, {dob_cue(ctx, own)}. Please call me back on "
            f"{mk('PHONE', own.mobile)}.",
        )
        body = body.replace(
            "Versicherungsnehmerin/Versicherungsnehmer",
            "Versicherungsnehmerin" if own.g == "f" else "Versicherungsnehmer",
        )
        hdrs = mail_headers(
            ctx,
            (own.n(), mk("EMAIL", own.email)),
            (h.n(), mk("EMAIL", he)),
            T(f"Widerspruch {pol}", f"Contestation {pol}", f"Reclamo {pol}", f"Appeal {pol}"),
            ctx.today,
        )
        return (
            f"{hdrs}\n\n{body}\n\n{closing(ctx)}\n{own.n()}\n\n"
            f"{quoted(ctx, orig, ctx.earlier(2, 15), h.n(), mk('EMAIL', he))}"
        )
    recs = [own] + [ctx.person(age=(22, 80)) for _ in range(r.randint(1, 3))]
    keys = ["claim_id", "policy", "holder", "email", "iban", "pet", "pet_born", "submitted_from", "app"]
    rows = []
    for p in recs:
        ib = mk("IBAN", ctx.iban(grouped=False)) if not ctx.us else "n/a"
        rows.append(
            [
                f"C{ctx.num(8)}",
                f"{ctx.num(9)}",
                p.n(r.choice(["full", "rev"])),
                mk("EMAIL", p.email),
                ib,
                ctx.c(PETS),
                (ctx.today - dt.timedelta(days=r.randint(300, 4000))).isoformat(),
                mk("IP", ctx.ip()),
                f"{r.choice(['ios', 'android', 'web'])} {r.randint(3, 7)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
            ]
        )
    head = T(
        "Online-Schadenmeldungen (Export)",
        "Déclarations en ligne (export)",
        "Denunce online (export)",
        "Online claims (export)",
    )
    return f"{head} – {co.name}\n\n{table(ctx, keys, rows, ctx.c(['jsonl', 'json', 'yaml']), keys=keys)}"


# ---------------------------------------------------------------------------------------------------------------
# 7. watertest - private wells and drinking-water analyses
# ---------------------------------------------------------------------------------------------------------------
LAB_CO = {
    "de": ["Wasserlabor Quellklar GmbH", "Umweltanalytik {town}", "Trinkwasserlabor Aquatest", "Hydrolab Kristall"],
    "fr": ["Laboratoire Eau Claire SA", "Analyses Hydro {town}", "Labo Source Vive"],
    "it": ["Laboratorio Acque Limpide Srl", "Analisi Ambientali {town}", "Idrolab Sorgente"],
    "en": ["ClearSpring Water Testing Ltd", "{town} Water Lab", "Aquifer Analytical"],
}
PARAMS = [
    ("E. coli", "KBE/100 ml", "0"),
    ("Coliforme", "KBE/100 ml", "0"),
    ("Enterokokken", "KBE/100 ml", "0"),
    ("Nitrat", "mg/l", "50"),
    ("Nitrit", "mg/l", "0,5"),
    ("pH", "", "6,5–9,5"),
    ("Eisen", "mg/l", "0,2"),
    ("Mangan", "mg/l", "0,05"),
    ("Leitfähigkeit", "µS/cm", "2790"),
    ("Härte", "°dH", "-"),
]
PARAM_T = {
    "fr": {
        "Coliforme": "Coliformes",
        "Enterokokken": "Entérocoques",
        "Nitrat": "Nitrates",
        "Nitrit": "Nitrites",
        "Eisen": "Fer",
        "Mangan": "Manganèse",
        "Leitfähigkeit": "Conductivité",
        "Härte": "Dureté",
        "KBE/100 ml": "UFC/100 ml",
        "°dH": "°f",
    },
    "it": {
        "Coliforme": "Coliformi",
        "Enterokokken": "Enterococchi",
        "Nitrat": "Nitrati",
        "Nitrit": "Nitriti",
        "Eisen": "Ferro",
        "Mangan": "Manganese",
        "Leitfähigkeit": "Conducibilità",
        "Härte": "Durezza",
        "KBE/100 ml": "UFC/100 ml",
        "°dH": "°f",
    },
    "en": {
        "Coliforme": "Coliforms",
        "Enterokokken": "Enterococci",
        "Nitrat": "Nitrate",
        "Nitrit": "Nitrite",
        "Eisen": "Iron",
        "Mangan": "Manganese",
        "Leitfähigkeit": "Conductivity",
        "Härte": "Hardness",
        "KBE/100 ml": "CFU/100 ml",
        "°dH": "mg/l CaCO3",
    },
}


def ptr(ctx: Ctx, s: str) -> str:
    s2 = PARAM_T.get(ctx.lang, {}).get(s, s)
    return s2.replace(",", ".") if ctx.lang == "en" else s2


def g_watertest(ctx: Ctx, v: int) -> str:
    r, T = ctx.r, ctx.t
    co = ctx.company(
        LAB_CO[ctx.lang],
        role=r.choice(["labor" if ctx.lang == "de" else "lab", "info", "proben" if ctx.lang == "de" else "samples"]),
    )
    cl = ctx.person(age=(28, 82))
    site = ctx.address()
    sid = f"W-{ctx.today.year % 100}-{ctx.num(5)}"
    if v == 0:
        sampler = ctx.person(age=(20, 60), addr=False)
        tenant = ctx.person(addr=False)
        care = T("c/o", "c/o", "c/o", "c/o")
        k = r.random()
        bill = (
            cl.addr.block()
            if k < 0.45
            else ctx.po_box(cl.addr.townname).block()
            if k < 0.7
            else f"{care} {tenant.n()}\n{cl.addr.block()}"
        )
        checks = "\n".join(f"[{'x' if r.random() < 0.6 else ' '}] {ptr(ctx, p[0])}" for p in PARAMS[:7])
        rows = [
            (T("Proben-Nr.", "N° d'échantillon", "N. campione", "Sample no."), sid),
            (T("Auftraggeber", "Client", "Cliente", "Client"), cl.n(ctx.style())),
            (lab(ctx, "phone"), mk("PHONE", cl.mobile)),
            (lab(ctx, "email"), mk("EMAIL", cl.email)),
            (
                T("Entnahmestelle", "Lieu de prélèvement", "Punto di prelievo", "Sampling point"),
                f"{site.line()} – "
                + T(
                    "Hausbrunnen, Zapfhahn Küche",
                    "puits privé, robinet cuisine",
                    "pozzo privato, rubinetto cucina",
                    "private well, kitchen tap",
                ),
            ),
            (T("Entnahme", "Prélevé le", "Prelievo", "Sampled"), f"{ctx.date(ctx.earlier(0, 3))} {ctx.time()}"),
            (T("Probenehmer", "Préleveur", "Prelevatore", "Sampled by"), sampler.n(r.choice(["full", "init"]))),
            (T("Temperatur", "Température", "Temperatura", "Temperature"), f"{r.randint(8, 14)},{r.randint(0, 9)} °C"),
        ]
        head = T(
            "Probenbegleitschein Trinkwasser",
            "Fiche de prélèvement – eau de consommation",
            "Scheda di accompagnamento campione – acqua potabile",
            "Sample submission form – drinking water",
        )
        rech = T("Rechnungsadresse", "Adresse de facturation", "Indirizzo di fatturazione", "Invoice address")
        return (
            f"{co.name} – {head}\n\n{form(ctx, rows)}\n\n{T('Parameter', 'Paramètres', 'Parametri', 'Tests')}:\n"
            f"{checks}\n\n{rech}:\n{bill}"
        )
    if v == 1:
        headl = ctx.person(age=(35, 65))
        vals = []
        for name, unit, lim in PARAMS:
            if name == "Nitrat":
                val = str(r.randint(5, 78))
            elif name == "pH":
                val = f"{r.randint(6, 8)},{r.randint(0, 9)}"
            elif "KBE" in unit:
                val = str(r.choice([0, 0, 0, 3, 12]))
            else:
                val = f"{r.randint(0, 3)},{r.randint(0, 99):02d}"
            if ctx.lang == "en":
                val, lim = val.replace(",", "."), lim.replace(",", ".")
            vals.append([ptr(ctx, name), val, ptr(ctx, unit), lim])
        hdr = T(
            ["Parameter", "Wert", "Einheit", "Grenzwert"],
            ["Paramètre", "Valeur", "Unité", "Limite"],
            ["Parametro", "Valore", "Unità", "Limite"],
            ["Parameter", "Result", "Unit", "Limit"],
        )
        cust = f"{cl.n()}\n{cl.addr.block()}"
        txt = T(
            f"{letterhead(ctx, co, web=False)}\n\nPrüfbericht {sid}\n\n{cust}\n\nEntnahmestelle: {site.line()}\n\n"
            f"{table(ctx, hdr, vals, ctx.c(['fixed', 'md', 'tsv']))}\n\nBeurteilung: Die Probe entspricht "
            f"{'nicht ' if r.random() < 0.3 else ''}der Trinkwasserverordnung.\n\nFreigabe: Dr. {headl.n()}",
            f"{letterhead(ctx, co, web=False)}\n\nRapport d'essai {sid}\n\n{cust}\n\nPoint de prélèvement : "
            f"{site.line()}\n\n{table(ctx, hdr, vals, ctx.c(['fixed', 'md', 'tsv']))}\n\nConclusion : "
            f"eau {'non ' if r.random() < 0.3 else ''}conforme.\n\nValidé par Dr {headl.n()}",
            f"{letterhead(ctx, co, web=False)}\n\nRapporto di prova {sid}\n\n{cust}\n\nPunto di prelievo: "
            f"{site.line()}\n\n{table(ctx, hdr, vals, ctx.c(['fixed', 'md', 'tsv']))}\n\nGiudizio: campione "
            f"{'non ' if r.random() < 0.3 else ''}conforme.\n\nIl responsabile: dott. {headl.n()}",
            f"{letterhead(ctx, co, web=False)}\n\nTest report {sid}\n\n{cust}\n\nSampling point: {site.line()}"
            f"\n\n{table(ctx, hdr, vals, ctx.c(['fixed', 'md', 'tsv']))}\n\nOutcome: sample "
            f"{'does not meet' if r.random() < 0.3 else 'meets'} drinking water standards.\n\nAuthorised: "
            f"Dr {headl.n()}",
        )
        return ocr_noise(ctx, txt, 0.03) if r.random() < 0.4 else txt
    if v == 2:
        tech = ctx.person(age=(25, 60))
        te = ctx.email_for(tech, co.domain)
        nb = ctx.person(town=site.townname)
        n = r.randint(52, 80)
        orig = T(
            f"{salute(ctx, cl, True)}\n\nim Prüfbericht {sid} liegt Nitrat bei {n} mg/l und damit über dem "
            f"Grenzwert von 50 mg/l.\n\n{closing(ctx)}\n{signature(ctx, tech, co, None, te)}",
            f"{salute(ctx, cl, True)}\n\ndans le rapport {sid}, les nitrates atteignent {n} mg/l, au-dessus de "
            f"la limite de 50 mg/l.\n\n{closing(ctx)}\n{signature(ctx, tech, co, None, te)}",
            f"{salute(ctx, cl, True)}\n\nnel rapporto {sid} i nitrati risultano {n} mg/l, sopra il limite di "
            f"50 mg/l.\n\n{closing(ctx)}\n{signature(ctx, tech, co, None, te)}",
            f"{salute(ctx, cl, True)}\n\nreport {sid} shows nitrate at {n} mg/l, above the 50 mg/l limit.\n\n"
            f"{closing(ctx)}\n{signature(ctx, tech, co, None, te)}",
        )
        body = T(
            f"{salute(ctx, tech)}\n\ndanke. Der Brunnen wird auch von {rel_word(ctx, nb, 'neighbour')} "
            f"{nb.n()} ({nb.addr.st()}) genutzt, sie/er hat ein Baby. Können Sie ihr/ihm das Ergebnis direkt "
            f"schicken? {mk('EMAIL', nb.email)}, Tel. {mk('PHONE', nb.mobile)}.",
            f"{salute(ctx, tech)}\n\nmerci. Le puits sert aussi à {nb.n()} ({nb.addr.st()}), qui a un bébé. "
            f"Pouvez-vous lui envoyer le résultat ? {mk('EMAIL', nb.email)}, tél. {mk('PHONE', nb.mobile)}.",
            f"{salute(ctx, tech)}\n\ngrazie. Il pozzo è usato anche da {nb.n()} ({nb.addr.st()}), che ha un "
            f"neonato. Potete mandare il risultato anche a lei/lui? {mk('EMAIL', nb.email)}, tel. "
            f"{mk('PHONE', nb.mobile)}.",
            f"{salute(ctx, tech)}\n\nthanks. The well is shared with my {rel_word(ctx, nb, 'neighbour')} "
            f"{nb.n()} ({nb.addr.st()}), who has a baby. Could you send the result straight to them? "
            f"{mk('EMAIL', nb.email)}, tel {mk('PHONE', nb.mobile)}.",
        )
        f_ = nb.g == "f"
        body = (
            body.replace("sie/er", "sie" if f_ else "er")
            .replace("ihr/ihm", "ihr" if f_ else "ihm")
            .replace("lei/lui", "lei" if f_ else "lui")
        )
        hdrs = mail_headers(ctx, (cl.n(), mk("EMAIL", cl.email)), (tech.n(), mk("EMAIL", te)), f"Re: {sid}", ctx.today)
        return (
            f"{hdrs}\n\n{body}\n\n{closing(ctx)}\n{cl.n('first')}\n\n"
            f"{quoted(ctx, orig, ctx.earlier(1, 6), tech.n(), mk('EMAIL', te))}"
        )
    recs = [cl] + [ctx.person() for _ in range(r.randint(2, 5))]
    keys = ["sample_id", "customer", "email", "site", "ordered_from_ip", "package", "lims_version"]
    rows = [
        [
            f"W-{ctx.today.year % 100}-{ctx.num(5)}",
            p.n(r.choice(["full", "rev"])),
            mk("EMAIL", p.email),
            p.addr.st(),
            mk("IP", ctx.ip()),
            r.choice(["basic", "well-plus", "legionella", "metals"]),
            "LIMS 8.3.2",
        ]
        for p in recs
    ]
    tech = ctx.person(age=(25, 60), addr=False)
    msg = T(
        f"Web-Bestellungen von heute, Proben bitte bis 14 Uhr an {tech.n('first')} übergeben. Kühlkette beachten.",
        f"Commandes web du jour, échantillons à remettre à {tech.n('first')} avant 14h.",
        f"Ordini web di oggi, consegnare i campioni a {tech.n('first')} entro le 14.",
        f"Today's web orders, hand samples to {tech.n('first')} by 2pm. Keep them cold.",
    )
    return f"{msg}\n\n{table(ctx, keys, rows, ctx.c(['csv', 'jsonl', 'json', 'tsv']), keys=keys)}"


# ---------------------------------------------------------------------------------------------------------------
# 8. thesis - bachelor / master thesis supervision
# ---------------------------------------------------------------------------------------------------------------
UNI = {
    "de": ["Universität {town}", "Hochschule {town}", "Technische Hochschule {town}"],
    "fr": ["Université de {town}", "Haute École {town}", "Institut universitaire de {town}"],
    "it": ["Università degli Studi di {town}", "Politecnico di {town}", "Università di {town}"],
    "en": ["University of {town}", "{town} Institute of Technology", "{town} University"],
}
TOPICS = {
    "de": [
        "Bayes'sche Verfahren zur Prognose von Stromlasten",
        "Markov-Ketten in der Warteschlangentheorie",
        "Fourier-Analyse von Glockenklängen",
        "Der Kalman-Filter in der Drohnennavigation",
        "Dijkstra-Varianten für Radwegenetze",
        "Gauß-Prozesse in der Hydrologie",
        "Wohnungsgenossenschaften im Wandel",
        "Mehrsprachigkeit an Primarschulen",
    ],
    "fr": [
        "Méthodes bayésiennes pour la prévision de charge",
        "Chaînes de Markov et files d'attente",
        "Analyse de Fourier des sons de cloches",
        "Le filtre de Kalman en navigation",
        "Variantes de Dijkstra pour les réseaux cyclables",
        "Le bilinguisme à l'école primaire",
    ],
    "it": [
        "Metodi bayesiani per la previsione dei carichi",
        "Catene di Markov e teoria delle code",
        "Analisi di Fourier del suono delle campane",
        "Il filtro di Kalman nella navigazione",
        "Varianti di Dijkstra per le piste ciclabili",
        "Il bilinguismo nella scuola primaria",
    ],
    "en": [
        "Bayesian methods for load forecasting",
        "Markov chains in queueing theory",
        "Fourier analysis of church bells",
        "Kalman filtering for drone navigation",
        "Dijkstra variants for cycle networks",
        "Gaussian processes in hydrology",
    ],
}


def g_thesis(ctx: Ctx, v: int) -> str:
    r, T = ctx.r, ctx.t
    uni = ctx.c(UNI[ctx.lang]).format(town=ctx.home[0])
    udom = (
        f"{slug(ctx.home[0])[:12]}-uni."
        + {"DE": "de", "AT": "ac.at", "CH": "ch", "FR": "fr", "IT": "it", "GB": "ac.uk", "US": "edu"}[ctx.cc]
    )
    st = ctx.person(age=(21, 34))
    se = ctx.email_for(st, "stud." + udom if ctx.lang == "de" else udom)
    prof = ctx.person(age=(38, 66), addr=False)
    pe = ctx.email_for(prof, udom)
    sec = ctx.person(age=(30, 64), addr=False)
    topic = ctx.c(TOPICS[ctx.lang])
    ptit = T("Prof. Dr.", "Prof.", "Prof.", "Prof.")
    matr = ctx.num(r.choice([6, 7, 8]))
    if v == 0:
        deg = ctx.c(["BSc", "MSc", "MA", "BA"])
        rows = [
            (lab(ctx, "surname"), mk("PERSON", st.last)),
            (lab(ctx, "first"), st.n("first")),
            (T("Matrikelnummer", "N° d'étudiant", "Matricola", "Student ID"), matr),
            (lab(ctx, "dob"), ctx.dob(st)),
            (lab(ctx, "addr"), st.addr.line()),
            (lab(ctx, "email"), mk("EMAIL", se)),
            (lab(ctx, "mobile"), mk("PHONE", st.mobile)),
            (
                T("Studiengang", "Filière", "Corso di laurea", "Programme"),
                f"{deg} {T('Informatik', 'informatique', 'informatica', 'Computer Science')}",
            ),
            (
                T("Thema", "Sujet", "Titolo", "Title"),
                f"„{topic}“" if ctx.lang == "de" else f"« {topic} »" if ctx.lang == "fr" else f"\u201c{topic}\u201d",
            ),
            (T("Erstbetreuer/in", "Directeur/trice", "Relatore", "Supervisor"), f"{ptit} {prof.n()}"),
            (T("Zweitgutachter/in", "Co-encadrant(e)", "Correlatore", "Second marker"), f"Dr. {sec.n('init')}"),
            (T("Anmeldung", "Inscription", "Assegnazione", "Registered"), ctx.date(ctx.earlier(10, 90))),
            (
                T("Abgabe spätestens", "Dépôt au plus tard", "Consegna entro", "Submission due"),
                ctx.date(ctx.later(90, 200)),
            ),
        ]
        head = T(
            f"{uni}\nBetreuungsvereinbarung Abschlussarbeit",
            f"{uni}\nConvention d'encadrement de mémoire",
            f"{uni}\nModulo di assegnazione tesi",
            f"{uni}\nDissertation supervision agreement",
        )
        return (
            f"{head}\n\n{form(ctx, rows)}\n\n{lab(ctx, 'sign')}: {ctx.home[0]}, {ctx.date(ctx.today)}\n"
            f"{T('Unterschriften', 'Signatures', 'Firme', 'Signatures')}: ______  ______"
        )
    if v == 1:
        studs = [st] + [ctx.person(age=(21, 34), addr=False) for _ in range(r.randint(4, 7))]
        hdr = T(
            ["Student/in", "Art", "Thema", "Betreuung", "Status"],
            ["Étudiant(e)", "Type", "Sujet", "Encadrant", "Statut"],
            ["Studente", "Tipo", "Titolo", "Relatore", "Stato"],
            ["Student", "Type", "Title", "Supervisor", "Status"],
        )
        status = T(
            ["angemeldet", "abgegeben", "in Korrektur", "verlängert"],
            ["inscrit", "déposé", "en correction", "prolongé"],
            ["assegnata", "consegnata", "in revisione", "prorogata"],
            ["registered", "submitted", "marking", "extended"],
        )
        sts = ctx.c(["LAST,first", "rev", "full"])
        rows = [
            [p.n(sts), ctx.c(["BA", "MA", "MSc"]), ctx.c(TOPICS[ctx.lang]), ctx.c([prof, sec]).n("init"), ctx.c(status)]
            for p in studs
        ]
        asst = ctx.person(age=(25, 35), addr=False)
        msgs = [
            (
                asst.n("first"),
                T(
                    f"{studs[1].n('full')} hat eine Verlängerung beantragt, Attest liegt vor",
                    f"{studs[1].n('full')} demande une prolongation, certificat reçu",
                    f"{studs[1].n('full')} ha chiesto una proroga, certificato arrivato",
                    f"{studs[1].n('full')} has asked for an extension, note received",
                ),
            ),
            (
                prof.n("first") if r.random() < 0.5 else prof.n("init"),
                T("ok, 4 Wochen", "ok, 4 semaines", "ok, 4 settimane", "fine, 4 weeks"),
            ),
        ]
        head = T(
            f"Übersicht Abschlussarbeiten Lehrstuhl {prof.n('last')}",
            f"Mémoires encadrés – chaire {prof.n('last')}",
            f"Tesi assegnate – cattedra {prof.n('last')}",
            f"Dissertations – {prof.n('last')} group",
        )
        return f"{head} ({uni})\n\n{table(ctx, hdr, rows)}\n\n{chat(ctx, msgs)}"
    if v == 2:
        d0 = ctx.earlier(3, 20)
        orig = T(
            f"{salute(ctx, st, False)}\n\nIhr Abgabetermin ist der {ctx.date(ctx.later(5, 20))}. Eine "
            f"Verlängerung ist nur mit Attest möglich.\n\n{closing(ctx)}\n{sec.n()}\nPrüfungsamt",
            f"{salute(ctx, st, False)}\n\nvotre date de dépôt est le {ctx.date(ctx.later(5, 20))}. Une "
            f"prolongation n'est possible qu'avec certificat.\n\n{closing(ctx)}\n{sec.n()}\nScolarité",
            f"{salute(ctx, st, False)}\n\nla consegna è fissata al {ctx.date(ctx.later(5, 20))}. La proroga è "
            f"possibile solo con certificato.\n\n{closing(ctx)}\n{sec.n()}\nSegreteria studenti",
            f"{salute(ctx, st, False)}\n\nyour submission date is {ctx.date(ctx.later(5, 20))}. Extensions "
            f"need a medical note.\n\n{closing(ctx)}\n{sec.n()}\nStudent Office",
        )
        body = T(
            f"{salute(ctx, prof, True).replace('Herr ', 'Herr Prof. ').replace('Frau ', 'Frau Prof. ')}\n\n"
            f"ich war drei Wochen krank (Attest anbei) und bitte um Verlängerung meiner Arbeit „{topic}“. "
            f"Matrikelnummer {matr}, geboren {ctx.dob(st)}.",
            f"{salute(ctx, prof, True)}\n\nj'ai été malade trois semaines (certificat joint) et je sollicite une "
            f"prolongation pour mon mémoire « {topic} ». N° d'étudiant {matr}, né(e) le {ctx.dob(st)}.",
            f"{salute(ctx, prof, True)}\n\nsono stato/a malato/a tre settimane (certificato allegato) e chiedo "
            f"una proroga per la tesi \u201c{topic}\u201d. Matricola {matr}, nato/a il {ctx.dob(st)}.",
            f"{salute(ctx, prof, True)}\n\nI was ill for three weeks (note attached) and would like to ask for "
            f"an extension for my dissertation \u201c{topic}\u201d. Student ID {matr}, born {ctx.dob(st)}.",
        )
        f_ = st.g == "f"
        body = (
            body.replace("né(e)", "née" if f_ else "né")
            .replace("stato/a malato/a", "stata malata" if f_ else "stato malato")
            .replace("nato/a", "nata" if f_ else "nato")
        )
        hdrs = mail_headers(
            ctx,
            (st.n(), mk("EMAIL", se)),
            (f"{ptit} {prof.n()}", mk("EMAIL", pe)),
            T("Verlängerung Abschlussarbeit", "Prolongation mémoire", "Proroga tesi", "Extension request"),
            ctx.today,
            cc=(sec.n(), mk("EMAIL", ctx.email_for(sec, udom))),
        )
        return (
            f"{hdrs}\n\n{body}\n\n{closing(ctx)}\n{signature(ctx, st, None, None, se)}\n\n"
            f"{quoted(ctx, orig, d0, sec.n(), None)}"
        )
    recs = [st] + [ctx.person(age=(21, 34)) for _ in range(r.randint(1, 3))]
    keys = ["matrikel", "name", "birth_date", "email", "topic_id", "supervisor", "submitted_ip", "portal"]
    rows = [
        [
            ctx.num(7),
            p.n(),
            mk("DOB", p.dob.isoformat()) if r.random() < 0.6 else ctx.dob(p),
            mk("EMAIL", ctx.email_for(p, udom)),
            f"T-{ctx.num(4)}",
            prof.n("init"),
            mk("IP", ctx.ip()),
            f"v{r.randint(2, 5)}.{r.randint(0, 12)}",
        ]
        for p in recs
    ]
    return (
        f"{T('Export Thesis-Portal', 'Export portail mémoires', 'Export portale tesi', 'Thesis portal export')} "
        f"({uni})\n\n{table(ctx, keys, rows, ctx.c(['json', 'jsonl', 'yaml', 'csv']), keys=keys)}"
    )


# ---------------------------------------------------------------------------------------------------------------
# 9. stairlift - stair lift surveys and installations
# ---------------------------------------------------------------------------------------------------------------
LIFT_CO = {
    "de": ["Treppenlift-Service Aufwärts GmbH", "Liftsysteme Sicher Daheim", "Homelift {town}", "Stufenlos Lifte KG"],
    "fr": ["Monte-Escaliers Confort SA", "Accès Étages {town}", "Escalift Services"],
    "it": ["Montascale Serenità Srl", "Ascensori Domestici {town}", "Salita Facile Srl"],
    "en": ["Easyclimb Stairlifts Ltd", "{town} Mobility Lifts", "Landing Stairlifts"],
}
LIFT_MODELS = ["Flow X2", "Levant 300", "Curva Plus", "Handicare 1100", "Stannah 600", "Linea S", "T80 Outdoor"]


def g_stairlift(ctx: Ctx, v: int) -> str:
    r, T = ctx.r, ctx.t
    co = ctx.company(LIFT_CO[ctx.lang], role=r.choice(["info", "service", "auftrag" if ctx.lang == "de" else "sales"]))
    cl = ctx.person(age=(68, 96))
    kid = ctx.relative(cl, age=(38, 66), same_addr=False)
    tech = ctx.person(age=(24, 60), addr=False)
    model = ctx.c(LIFT_MODELS)
    if v == 0:
        rows = [
            (T("Kunde/Kundin", "Client(e)", "Cliente", "Client"), cl.n(ctx.style())),
            (lab(ctx, "dob"), ctx.dob(cl)),
            (lab(ctx, "addr"), cl.addr.line()),
            (
                T("Etage", "Étage", "Piano", "Floor"),
                T(
                    f"{r.randint(1, 3)}. OG, kein Aufzug",
                    f"{r.randint(1, 3)}e étage, sans ascenseur",
                    f"{r.randint(1, 3)}° piano, senza ascensore",
                    "first floor, no lift",
                ),
            ),
            (lab(ctx, "phone"), mk("PHONE", cl.land)),
            (
                T("Kontaktperson", "Personne de contact", "Persona di riferimento", "Contact"),
                f"{kid.n()} ({rel_word(ctx, kid, 'child')}), {mk('PHONE', kid.mobile)}",
            ),
            (
                T("Treppe", "Escalier", "Scala", "Staircase"),
                T(
                    f"{r.randint(11, 19)} Stufen, Breite {r.randint(72, 110)} cm, "
                    f"{'gewendelt' if r.random() < 0.5 else 'gerade'}",
                    f"{r.randint(11, 19)} marches, largeur {r.randint(72, 110)} cm",
                    f"{r.randint(11, 19)} gradini, larghezza {r.randint(72, 110)} cm",
                    f"{r.randint(11, 19)} steps, width {r.randint(72, 110)} cm",
                ),
            ),
            (
                T("Modell", "Modèle", "Modello", "Model"),
                f"{model}, {T('Schiene', 'rail', 'guida', 'rail')} "
                f"{r.randint(3, 9)}{'.' if ctx.lang == 'en' else ','}"
                f"{r.randint(0, 9)} m",
            ),
            (lab(ctx, "price"), ctx.money(3900, 14900)),
        ]
        if ctx.cc == "CH":
            rows.append(
                (T("AHV-Nr. (IV-Gesuch)", "N° AVS (demande AI)", "N. AVS (domanda AI)", "AHV"), mk("AHV", ctx.ahv()))
            )
        elif ctx.cc in ("DE", "AT"):
            rows.append(("Pflegegrad / Pflegekasse", f"{r.randint(2, 4)} / {ctx.c(['AOK', 'TK', 'Barmer', 'ÖGK'])}"))
        rows.append((T("Aufmaß durch", "Relevé par", "Sopralluogo di", "Surveyed by"), tech.n("init")))
        head = T(
            "Aufmaßprotokoll Treppenlift",
            "Relevé technique monte-escalier",
            "Sopralluogo montascale",
            "Stairlift survey",
        )
        return f"{co.name}\n{head} {code(ctx, 'AM', 4)}\n\n{form(ctx, rows)}"
    if v == 1:
        custs = [cl] + [ctx.person(age=(65, 96)) for _ in range(r.randint(3, 6))]
        hdr = T(
            ["Datum", "Kunde", "Adresse", "Telefon", "Modell", "Techniker"],
            ["Date", "Client", "Adresse", "Tél.", "Modèle", "Technicien"],
            ["Data", "Cliente", "Indirizzo", "Telefono", "Modello", "Tecnico"],
            ["Date", "Customer", "Address", "Phone", "Model", "Engineer"],
        )
        techs = [tech, ctx.person(age=(24, 60), addr=False)]
        sts = ctx.c(["LASTfirst", "rev", "full"])
        rows = []
        d = ctx.later(1, 5)
        for p in custs:
            d += dt.timedelta(days=r.randint(0, 2))
            rows.append(
                [
                    ctx.date(d),
                    p.n(sts),
                    p.addr.line(", "),
                    mk("PHONE", p.land),
                    ctx.c(LIFT_MODELS),
                    ctx.c(techs).n("firstL"),
                ]
            )
        msgs = [
            (
                techs[1].n("first"),
                T(
                    f"{ctx.tn(custs[1])} hat abgesagt, Tochter ruft zurück",
                    f"{ctx.tn(custs[1])} annule, sa fille rappelle",
                    f"{ctx.tn(custs[1])} ha disdetto, richiama la figlia",
                    f"{ctx.tn(custs[1])} cancelled, daughter will call back",
                ),
            ),
            (
                tech.n("first"),
                T(
                    f"ok. Ersatzteil für {model} über die Hotline {co.hotline} bestellt",
                    f"ok. pièce pour le {model} commandée via {co.hotline}",
                    f"ok. ricambio per {model} ordinato al {co.hotline}",
                    f"ok, part for the {model} ordered via {co.hotline}",
                ),
            ),
        ]
        return (
            f"{T('Montageplan', 'Planning de pose', 'Piano installazioni', 'Install schedule')} {co.name}\n\n"
            f"{table(ctx, hdr, rows)}\n\n{chat(ctx, msgs)}"
        )
    if v == 2:
        adv = ctx.person(age=(25, 60), addr=False)
        ae = ctx.email_for(adv, co.domain)
        dep = ctx.money(500, 1500)
        orig = T(
            f"{salute(ctx, kid, True)}\n\nleider ist die Treppe Ihrer Mutter/Ihres Vaters für den {model} zu "
            f"schmal. Die Anzahlung von {dep} erstatten wir.\n\n{closing(ctx)}\n"
            f"{signature(ctx, adv, co, 'Kundenberatung', ae)}",
            f"{salute(ctx, kid, True)}\n\nl'escalier de votre parent est trop étroit pour le {model}. Nous "
            f"remboursons l'acompte de {dep}.\n\n{closing(ctx)}\n{signature(ctx, adv, co, 'Conseil', ae)}",
            f"{salute(ctx, kid, True)}\n\nla scala del suo familiare è troppo stretta per il {model}. Le "
            f"rimborsiamo l'acconto di {dep}.\n\n{closing(ctx)}\n{signature(ctx, adv, co, 'Consulenza', ae)}",
            f"{salute(ctx, kid, True)}\n\nI'm afraid your parent's staircase is too narrow for the {model}. We "
            f"will refund the deposit of {dep}.\n\n{closing(ctx)}\n{signature(ctx, adv, co, 'Advisor', ae)}",
        )
        orig = orig.replace("Ihrer Mutter/Ihres Vaters", "Ihrer Mutter" if cl.g == "f" else "Ihres Vaters")
        pw = T(
            "meiner Mutter" if cl.g == "f" else "meines Vaters",
            "ma mère" if cl.g == "f" else "mon père",
            "mia madre" if cl.g == "f" else "mio padre",
            "my mother" if cl.g == "f" else "my father",
        )
        acct = mk("IBAN", ctx.iban()) if not ctx.us else "the card we paid with"
        body = T(
            f"{salute(ctx, adv)}\n\nschade. Bitte überweisen Sie die Anzahlung auf das Konto {pw} "
            f"{cl.n()} ({dob_cue(ctx, cl)}): {acct}.",
            f"{salute(ctx, adv)}\n\ndommage. Merci de rembourser l'acompte sur le compte de {pw}, {cl.n()} "
            f"({dob_cue(ctx, cl)}) : {acct}.",
            f"{salute(ctx, adv)}\n\npeccato. Vi prego di rimborsare l'acconto sul conto di {pw}, {cl.n()} "
            f"({dob_cue(ctx, cl)}): {acct}.",
            f"{salute(ctx, adv)}\n\nwhat a shame. Please refund the deposit to {pw}'s account, {cl.n()} "
            f"({dob_cue(ctx, cl)}): {acct}.",
        )
        hdrs = mail_headers(
            ctx,
            (kid.n(), mk("EMAIL", kid.email)),
            (adv.n(), mk("EMAIL", ae)),
            T("Anzahlung", "Acompte", "Acconto", "Deposit"),
            ctx.today,
        )
        return (
            f"{hdrs}\n\n{body}\n\n{closing(ctx)}\n{signature(ctx, kid, None, None, None)}\n\n"
            f"{quoted(ctx, orig, ctx.earlier(2, 9), adv.n(), mk('EMAIL', ae))}"
        )
    rows = [
        (T("Ticket", "Ticket", "Ticket", "Ticket"), f"#{ctx.num(6)}"),
        (
            T("Gerät", "Appareil", "Apparecchio", "Unit"),
            f"{model}, SN {ctx.num(4)}-{ctx.num(5)}, FW 2.{r.randint(0, 9)}",
        ),
        (T("Kunde", "Client", "Cliente", "Customer"), f"{cl.n()}, {cl.addr.line()}"),
        (T("Rückruf", "Rappel", "Richiamare", "Call back"), mk("PHONE", cl.land)),
        (
            T("Fehler", "Panne", "Guasto", "Fault"),
            T("E07 Akku schwach", "E07 batterie faible", "E07 batteria scarica", "E07 low battery"),
        ),
        (T("Gemeldet von", "Signalé par", "Segnalato da", "Reported by"), f"{kid.n()}, {mk('PHONE', kid.mobile)}"),
        (T("Techniker", "Technicien", "Tecnico", "Engineer"), tech.n("init")),
    ]
    return (
        f"{co.name} – {T('Störungsmeldung', 'Appel de dépannage', 'Chiamata di assistenza', 'Service call')} "
        f"({T('Service-Hotline', 'Service client', 'Numero verde', 'Helpline')} {co.hotline})\n\n"
        f"{form(ctx, rows, ctx.c(['colon', 'kv', 'bracket', 'upper', 'tab']))}"
    )


# ---------------------------------------------------------------------------------------------------------------
# 10. poolservice - private swimming-pool maintenance
# ---------------------------------------------------------------------------------------------------------------
POOL_CO = {
    "de": ["Poolservice Blauwasser GmbH", "Schwimmbadtechnik {town}", "AquaPflege Nord", "Pool & Wellness Klarblick"],
    "fr": ["Piscines Azur Entretien", "Bleu Lagon Services {town}", "Aqua Clarté SARL"],
    "it": ["Piscine Acquachiara Srl", "Manutenzione Piscine {town}", "Blu Cristallo Servizi"],
    "en": ["BlueLine Pool Care Ltd", "{town} Pool & Spa Service", "Crystal Water Pools"],
}


def creditor_id(ctx: Ctx) -> str:
    if ctx.cc == "CH":
        return "".join(ctx.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
    cc = ctx.cc if ctx.cc in ("DE", "AT", "FR", "IT") else "DE"
    return f"{cc}{ctx.num(2)}ZZZ{ctx.num(11 if cc == 'DE' else 8)}"


def g_poolservice(ctx: Ctx, v: int) -> str:
    r, T = ctx.r, ctx.t
    co = ctx.company(POOL_CO[ctx.lang], role=r.choice(["info", "service", "termine" if ctx.lang == "de" else "office"]))
    cl = ctx.person(age=(35, 85))
    pool = ctx.address()
    tech = ctx.person(age=(20, 58), addr=False)
    vol = f"{r.randint(18, 95)} m³"
    if v == 0:
        rows = [
            (T("Vertragsnehmer", "Client", "Cliente", "Customer"), cl.n(ctx.style())),
            (
                T("Rechnungsadresse", "Adresse de facturation", "Indirizzo di fatturazione", "Billing address"),
                cl.addr.line() if r.random() < 0.7 else ctx.po_box(cl.addr.townname).line(),
            ),
            (T("Objekt / Pool", "Adresse de la piscine", "Indirizzo piscina", "Pool location"), pool.line()),
            (lab(ctx, "mobile"), mk("PHONE", cl.mobile)),
            (lab(ctx, "email"), mk("EMAIL", cl.email)),
            (T("Beckeninhalt", "Volume", "Volume", "Volume"), vol),
            (T("Tor-Code", "Code portail", "Codice cancello", "Gate code"), f"{ctx.num(4)}#"),
            (
                T("Leistung", "Prestation", "Servizio", "Service"),
                T(
                    "wöchentlich Mai–September, Öffnen und Einwintern",
                    "hebdomadaire mai–septembre, mise en route et hivernage",
                    "settimanale maggio–settembre, apertura e chiusura",
                    "weekly May–September, opening and winterising",
                ),
            ),
            (lab(ctx, "price"), f"{ctx.money(90, 240)} / {T('Besuch', 'passage', 'intervento', 'visit')}"),
        ]
        if not ctx.us:
            mandate = T("SEPA-Lastschriftmandat", "Mandat de prélèvement SEPA", "Mandato SDD", "Direct debit mandate")
            if ctx.cc == "CH":
                mandate = T("LSV-Ermächtigung", "Autorisation LSV", "Autorizzazione LSV", "LSV")
            rows += [
                (mandate, mk("IBAN", ctx.iban())),
                (
                    T("Gläubiger-ID", "ICS", "ID creditore", "Creditor ID") if ctx.cc != "CH" else "LSV-ID",
                    creditor_id(ctx),
                ),
                (T("Mandatsreferenz", "RUM", "Rif. mandato", "Mandate ref."), f"PS-{ctx.num(6)}"),
            ]
        else:
            rows.append(("Payment", mk("CARD", ctx.card()) if r.random() < 0.5 else ctx.masked_card()))
        head = T(
            "Wartungsvertrag Pool",
            "Contrat d'entretien piscine",
            "Contratto di manutenzione piscina",
            "Pool maintenance agreement",
        )
        return (
            f"{letterhead(ctx, co)}\n\n{head} {code(ctx, 'WV', 4)}\n\n{form(ctx, rows)}\n\n"
            f"{T('Techniker', 'Technicien', 'Tecnico', 'Technician')}: {tech.n(r.choice(['init', 'full']))}"
        )
    if v == 1:
        custs = [cl] + [ctx.person(age=(35, 85), town=ctx.home) for _ in range(r.randint(3, 6))]
        hdr = T(
            ["Zeit", "Kunde", "Adresse", "Telefon", "Notiz"],
            ["Heure", "Client", "Adresse", "Tél.", "Note"],
            ["Ora", "Cliente", "Indirizzo", "Telefono", "Nota"],
            ["Time", "Client", "Address", "Phone", "Note"],
        )
        notes = T(
            ["Filter rückspülen", "pH senken", "Abdeckung defekt", "Hund im Garten!", ""],
            ["contre-lavage", "baisser le pH", "bâche abîmée", "chien dans le jardin !", ""],
            ["controlavaggio", "abbassare pH", "copertura rotta", "cane in giardino!", ""],
            ["backwash filter", "lower pH", "cover damaged", "dog in garden!", ""],
        )
        sts = ctx.c(["last", "LASTfirst", "full", "rev"])
        rows = [
            [
                ctx.time(),
                (ctx.title(p) + " " if sts == "last" else "") + p.n(sts),
                p.addr.st(),
                mk("PHONE", p.mobile),
                ctx.c(notes) or "-",
            ]
            for p in custs
        ]
        keyp = ctx.person(town=ctx.home)
        msgs = [
            (
                tech.n("first"),
                T(
                    f"bei {custs[2].n('last')} ist das Tor zu, Schlüssel hat {keyp.n()} gegenüber "
                    f"({keyp.addr.st()}), Tel {mk('PHONE', keyp.mobile)}",
                    f"portail fermé chez {custs[2].n('last')}, clé chez {keyp.n()} en face "
                    f"({keyp.addr.st()}), tél {mk('PHONE', keyp.mobile)}",
                    f"cancello chiuso da {custs[2].n('last')}, chiave da {keyp.n()} di fronte "
                    f"({keyp.addr.st()}), tel {mk('PHONE', keyp.mobile)}",
                    f"gate locked at {custs[2].n('last')}'s, key with {keyp.n()} opposite "
                    f"({keyp.addr.st()}), {mk('PHONE', keyp.mobile)}",
                ),
            )
        ]
        head = T(
            f"Tourenplan {tech.n('full')} – {ctx.date(ctx.later(1, 6))}",
            f"Tournée de {tech.n('full')} – {ctx.date(ctx.later(1, 6))}",
            f"Giro di {tech.n('full')} – {ctx.date(ctx.later(1, 6))}",
            f"Route sheet {tech.n('full')} – {ctx.date(ctx.later(1, 6))}",
        )
        return f"{head}\n\n{table(ctx, hdr, rows, ctx.c(['md', 'fixed', 'tsv', 'html']))}\n\n{chat(ctx, msgs)}"
    if v == 2:
        te = ctx.email_for(tech, co.domain)
        ph_, cl_ = f"{r.randint(7, 8)},{r.randint(0, 9)}", f"0,{r.randint(0, 3)}"
        if ctx.lang == "en":
            ph_, cl_ = ph_.replace(",", "."), cl_.replace(",", ".")
        orig = T(
            f"Servicebericht {ctx.date(ctx.earlier(5, 12))}: pH {ph_}, freies Chlor {cl_} mg/l, Filter "
            f"gereinigt. Nächster Besuch in 7 Tagen.\n{tech.n()}",
            f"Rapport du {ctx.date(ctx.earlier(5, 12))} : pH {ph_}, chlore libre {cl_} mg/l, filtre nettoyé.\n"
            f"{tech.n()}",
            f"Rapporto del {ctx.date(ctx.earlier(5, 12))}: pH {ph_}, cloro libero {cl_} mg/l, filtro pulito.\n"
            f"{tech.n()}",
            f"Service report {ctx.date(ctx.earlier(5, 12))}: pH {ph_}, free chlorine {cl_} mg/l, filter "
            f"cleaned.\n{tech.n()}",
        )
        nb = ctx.person(town=pool.townname)
        body = T(
            f"{salute(ctx, tech)}\n\ndas Wasser ist seit dem Wochenende grün. Wir sind verreist, "
            f"{rel_word(ctx, nb, 'neighbour')} {nb.n()} lässt Sie rein ({nb.addr.st()}, "
            f"{mk('PHONE', nb.mobile)}). Objekt: {pool.line()}.",
            f"{salute(ctx, tech)}\n\nl'eau est verte depuis le week-end. Nous sommes absents, {nb.n()} vous "
            f"ouvrira ({nb.addr.st()}, {mk('PHONE', nb.mobile)}). Piscine : {pool.line()}.",
            f"{salute(ctx, tech)}\n\nl'acqua è verde dal fine settimana. Siamo via, {nb.n()} vi apre "
            f"({nb.addr.st()}, {mk('PHONE', nb.mobile)}). Piscina: {pool.line()}.",
            f"{salute(ctx, tech)}\n\nthe water has turned green since the weekend. We're away, our "
            f"{rel_word(ctx, nb, 'neighbour')} {nb.n()} will let you in ({nb.addr.st()}, "
            f"{mk('PHONE', nb.mobile)}). Pool: {pool.line()}.",
        )
        hdrs = mail_headers(
            ctx,
            (cl.n(), mk("EMAIL", cl.email)),
            (tech.n(), mk("EMAIL", te)),
            T("Pool grün!", "Piscine verte", "Piscina verde", "Pool gone green"),
            ctx.today,
        )
        return (
            f"{hdrs}\n\n{body}\n\n{closing(ctx)}\n{cl.n()}\n{mk('PHONE', cl.mobile)}\n\n"
            f"{quoted(ctx, orig, ctx.earlier(3, 10), tech.n(), mk('EMAIL', te))}"
        )
    lines = []
    t0 = dt.datetime(ctx.today.year, ctx.today.month, ctx.today.day, 6, 0)
    dev = f"PC-{ctx.num(6)}"
    for _ in range(r.randint(5, 9)):
        t0 += dt.timedelta(minutes=r.randint(3, 240))
        k = r.random()
        ts = t0.strftime("%Y-%m-%dT%H:%M:%S")
        if k < 0.35:
            lines.append(
                f"{ts} INFO  login ok user={mk('EMAIL', cl.email)} src={mk('IP', ctx.ip())} "
                f"app=3.{r.randint(0, 9)}.{r.randint(0, 20)}"
            )
        elif k < 0.6:
            lines.append(
                f"{ts} INFO  device={dev} lan={ctx.lan_ip()} fw=v2.{r.randint(0, 9)}.{r.randint(0, 30)} "
                f"ph=7.{r.randint(0, 9)} orp={r.randint(550, 780)}mV temp={r.randint(19, 30)}.{r.randint(0, 9)}C"
            )
        elif k < 0.8:
            lines.append(
                f"{ts} WARN  device={dev} chlorine_low value=0.{r.randint(0, 4)} notify={mk('PHONE', cl.mobile)}"
            )
        else:
            lines.append(f"{ts} INFO  share invite sent to={mk('EMAIL', tech.email if r.random() < 0.5 else cl.email)}")
    txt = T(
        f"Log aus der Pool-App ({co.name}), warum meldet sich die Steuerung ständig ab?",
        f"Journal de l'appli piscine ({co.name}), pourquoi le boîtier se déconnecte ?",
        f"Log dell'app piscina ({co.name}), perché la centralina si disconnette?",
        f"Log from the pool app ({co.name}) – why does the controller keep dropping out?",
    )
    return f"{txt}\n\n" + "\n".join(lines)


# ---------------------------------------------------------------------------------------------------------------
# 11. guidedog - guide and assistance dog schools, puppy raisers
# ---------------------------------------------------------------------------------------------------------------
DOG_CO = {
    "de": ["Blindenführhundschule Spürnase", "Assistenzhunde-Zentrum {town}", "Führhundschule Weggefährte"],
    "fr": ["École de chiens guides Clairvoyance", "Centre de chiens d'assistance {town}", "Les Chiens du Phare"],
    "it": ["Scuola Cani Guida Il Faro", "Centro Cani d'Assistenza {town}", "Cani Guida Orizzonte"],
    "en": ["Bright Path Guide Dogs", "{town} Assistance Dog Trust", "Waypoint Guide Dogs"],
}
DOGS = ["Quinta", "Ares", "Kimba", "Odin", "Fjella", "Yuma", "Zorro", "Ebony", "Kaya", "Tasso", "Pluto", "Gipsy"]


def g_guidedog(ctx: Ctx, v: int) -> str:
    r, T = ctx.r, ctx.t
    co = ctx.company(DOG_CO[ctx.lang], role=r.choice(["info", "welpen" if ctx.lang == "de" else "puppies", "office"]))
    ap = ctx.person(age=(20, 75))
    trainer = ctx.person(age=(25, 60), addr=False)
    te = ctx.email_for(trainer, co.domain)
    if v == 0:
        dname, doc = doctor(ctx)
        part = ctx.relative(ap, g="f" if ap.g == "m" else "m", age=(20, 75)) if r.random() < 0.5 else None
        om = ctx.person(age=(25, 60), addr=False)
        rows = [
            (lab(ctx, "name"), ap.n(ctx.style())),
            (lab(ctx, "dob"), ctx.dob(ap)),
            (lab(ctx, "addr"), ap.addr.line()),
            (lab(ctx, "phone"), mk("PHONE", ap.mobile)),
            (lab(ctx, "email"), mk("EMAIL", ap.email)),
            (T("Sehvermögen", "Acuité visuelle", "Residuo visivo", "Vision"), f"{r.choice(['<2', '3', '5', '<1'])} %"),
            (T("Augenarzt/Augenärztin", "Ophtalmologue", "Oculista", "Ophthalmologist"), dname),
            (T("O&M-Trainer/in", "Instructeur en locomotion", "Istruttore O&M", "O&M instructor"), om.n()),
            (
                T("Haushalt", "Foyer", "Nucleo familiare", "Household"),
                (
                    f"{part.n('first')} ({rel_word(ctx, part, 'partner')}, {dob_cue(ctx, part)})"
                    if part
                    else T("allein lebend", "vit seul(e)", "vive da solo/a", "lives alone")
                )
                + T(", Katze", ", un chat", ", un gatto", ", one cat"),
            ),
        ]
        if ctx.cc == "CH":
            rows.append((T("AHV-Nummer", "N° AVS", "N. AVS", "AHV"), mk("AHV", ctx.ahv())))
        head = T(
            "Bewerbung um einen Blindenführhund",
            "Demande de chien guide",
            "Domanda per un cane guida",
            "Guide dog application",
        )
        return (
            f"{co.name}\n{head}\n\n{form(ctx, rows)}\n\n{T('Zuständig', 'Suivi par', 'Referente', 'Contact')}: "
            f"{trainer.n()}, {mk('EMAIL', te)}"
        )
    if v == 1:
        rais = [ctx.person(age=(25, 75)) for _ in range(r.randint(4, 7))]
        hdr = T(
            ["Patenfamilie", "Adresse", "Telefon", "Welpe", "Wurf"],
            ["Famille d'accueil", "Adresse", "Tél.", "Chiot", "Portée"],
            ["Famiglia affidataria", "Indirizzo", "Telefono", "Cucciolo", "Cucciolata"],
            ["Puppy raiser", "Address", "Phone", "Puppy", "Litter"],
        )
        dogs = r.sample(DOGS, len(rais))
        sts = ctx.c(["full", "rev", "LASTfirst"])
        rows = [
            [p.n(sts), p.addr.line(", "), mk("PHONE", p.mobile), dogs[i], f"{dogs[i][0]}/{ctx.today.year}"]
            for i, p in enumerate(rais)
        ]
        msgs = [
            (
                trainer.n("first"),
                T(
                    f"{dogs[0]} zieht zu {rais[0].n('full')}, Übergabe am {ctx.date(ctx.later(3, 20))}",
                    f"{dogs[0]} part chez {rais[0].n('full')}, remise le {ctx.date(ctx.later(3, 20))}",
                    f"{dogs[0]} va da {rais[0].n('full')}, consegna il {ctx.date(ctx.later(3, 20))}",
                    f"{dogs[0]} goes to {rais[0].n('full')}, handover {ctx.date(ctx.later(3, 20))}",
                ),
            )
        ]
        return (
            f"{T('Patenfamilien', 'Familles d’accueil', 'Famiglie affidatarie', 'Puppy raisers')} – {co.name}\n\n"
            f"{table(ctx, hdr, rows)}\n\n{chat(ctx, msgs)}"
        )
    if v == 2:
        rais = ap
        kid = ctx.child(rais, 6, 15)
        dog = ctx.c(DOGS)
        orig = T(
            f"{salute(ctx, rais)}\n\n{dog} ist jetzt 14 Monate alt und kommt am {ctx.date(ctx.later(5, 30))} in "
            f"die Ausbildung.\n\n{closing(ctx)}\n{signature(ctx, trainer, co, None, te)}",
            f"{salute(ctx, rais)}\n\n{dog} a 14 mois et entrera en formation le {ctx.date(ctx.later(5, 30))}.\n\n"
            f"{closing(ctx)}\n{signature(ctx, trainer, co, None, te)}",
            f"{salute(ctx, rais)}\n\n{dog} ha 14 mesi e inizierà l'addestramento il "
            f"{ctx.date(ctx.later(5, 30))}.\n\n{closing(ctx)}\n{signature(ctx, trainer, co, None, te)}",
            f"{salute(ctx, rais)}\n\n{dog} is now 14 months old and starts formal training on "
            f"{ctx.date(ctx.later(5, 30))}.\n\n{closing(ctx)}\n{signature(ctx, trainer, co, None, te)}",
        )
        body = T(
            f"{salute(ctx, trainer, False)}\n\n{kid.n('first')} ist traurig, aber wir bringen {dog} gern. Dürfen "
            f"wir später wieder einen Welpen nehmen? Unsere neue Adresse ab nächstem Monat: {ctx.address().line()}.",
            f"{salute(ctx, trainer, False)}\n\n{kid.n('first')} est triste mais nous amènerons {dog}. Pourrons-nous "
            f"accueillir un autre chiot ? Nouvelle adresse le mois prochain : {ctx.address().line()}.",
            f"{salute(ctx, trainer, False)}\n\n{kid.n('first')} è triste ma porteremo {dog}. Potremo avere un "
            f"altro cucciolo? Nuovo indirizzo dal mese prossimo: {ctx.address().line()}.",
            f"{salute(ctx, trainer, False)}\n\n{kid.n('first')} is sad but we'll bring {dog}. Could we raise "
            f"another puppy later? Our new address from next month: {ctx.address().line()}.",
        )
        hdrs = mail_headers(
            ctx,
            (rais.n(), mk("EMAIL", rais.email)),
            (trainer.n(), mk("EMAIL", te)),
            f"{T('AW', 'RE', 'R', 'RE')}: {dog}",
            ctx.today,
        )
        return (
            f"{hdrs}\n\n{body}\n\n{closing(ctx)}\n{rais.n('first')} & {kid.n('first')}\n"
            f"{mk('PHONE', rais.mobile)}\n\n{quoted(ctx, orig, ctx.earlier(1, 8), trainer.n(), mk('EMAIL', te))}"
        )
    donors = [ctx.person(age=(25, 85)) for _ in range(r.randint(3, 6))]
    keys = ["donor_id", "name", "email", "street", "postcode_town", "amount", "ip"]
    rows = [
        [
            f"D{ctx.num(6)}",
            p.n(r.choice(["full", "rev"])),
            mk("EMAIL", p.email),
            p.addr.st(),
            p.addr.tw(),
            ctx.money(10, 500),
            mk("IP", ctx.ip()),
        ]
        for p in donors
    ]
    msg = T(
        f"Spendenexport Welpenpatenschaften {co.name}, bitte Dankesbriefe vorbereiten (unterschreibt {trainer.n()}).",
        f"Export des dons {co.name}, merci de préparer les lettres (signées par {trainer.n()}).",
        f"Export donazioni {co.name}, preparare le lettere di ringraziamento (firma {trainer.n()}).",
        f"Puppy sponsorship export {co.name} – please draft thank-you letters for {trainer.n()} to sign.",
    )
    return f"{msg}\n\n{table(ctx, keys, rows, ctx.c(['csv', 'ssv', 'jsonl', 'yaml']), keys=keys)}"


# ---------------------------------------------------------------------------------------------------------------
# 12. carscrap - end-of-life vehicles and certificates of destruction
# ---------------------------------------------------------------------------------------------------------------
SCRAP_CO = {
    "de": ["Autoverwertung Nordkreuz GmbH", "Recycling-Center Altauto {town}", "Autorecycling Kreislauf KG"],
    "fr": ["Casse Auto du Centre", "VHU Recyclage {town}", "Démolition Auto Service"],
    "it": ["Autodemolizioni Il Rottame Srl", "Demolizioni Auto {town}", "Centro Raccolta Veicoli Srl"],
    "en": ["{town} Vehicle Recycling Ltd", "End-of-Life Auto Salvage", "Scrapright Motors"],
}
CARS = [
    "VW Golf IV",
    "Opel Astra G",
    "Renault Clio II",
    "Fiat Punto",
    "Ford Focus",
    "Peugeot 206",
    "Toyota Corolla",
    "Skoda Octavia",
    "Honda Civic",
    "Chevrolet Malibu",
    "Lancia Ypsilon",
    "Citroën C3",
]


def vin(ctx: Ctx) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return ctx.c(["WVW", "W0L", "VF1", "ZFA", "WF0", "VF3", "JT2", "TMB", "1HG", "1G1", "VF7"]) + "".join(
        ctx.r.choice(al) for _ in range(14)
    )


def plate(ctx: Ctx) -> str:
    r, up = ctx.r, "ABCDEFGHKLMNPRSTUVWXZ"
    cc = ctx.cc
    if cc == "DE":
        return (
            f"{r.choice(['B', 'HH', 'M', 'K', 'F', 'S', 'OL', 'GÖ'])}-{r.choice(up)}{r.choice(up)} {r.randint(1, 9999)}"
        )
    if cc == "AT":
        return f"{r.choice(['W', 'G', 'L', 'S', 'I'])}-{r.randint(100, 99999)} {r.choice(up)}"
    if cc == "CH":
        return f"{r.choice(['ZH', 'BE', 'VD', 'GE', 'TI', 'LU'])} {r.randint(1000, 999999)}"
    if cc == "FR":
        return f"{r.choice(up)}{r.choice(up)}-{r.randint(100, 999)}-{r.choice(up)}{r.choice(up)}"
    if cc == "IT":
        return f"{r.choice(up)}{r.choice(up)} {r.randint(100, 999)}{r.choice(up)}{r.choice(up)}"
    if cc == "GB":
        return f"{r.choice(up)}{r.choice(up)}{r.randint(51, 72)} {r.choice(up)}{r.choice(up)}{r.choice(up)}"
    return f"{r.randint(1, 9)}{r.choice(up)}{r.choice(up)}{r.choice(up)}{r.randint(100, 999)}"


def g_carscrap(ctx: Ctx, v: int) -> str:
    r, T = ctx.r, ctx.t
    co = ctx.company(SCRAP_CO[ctx.lang], role=r.choice(["info", "annahme" if ctx.lang == "de" else "office"]))
    own = ctx.person(age=(20, 88))
    car = ctx.c(CARS)
    if v == 0:
        cert = ctx.person(age=(28, 62), addr=False)
        rows = [
            (T("Halter/in", "Titulaire", "Intestatario", "Registered keeper"), own.n(ctx.style())),
            (lab(ctx, "dob"), ctx.dob(own)),
            (lab(ctx, "addr"), own.addr.line()),
            (lab(ctx, "phone"), mk("PHONE", own.mobile)),
            (T("Fahrzeug", "Véhicule", "Veicolo", "Vehicle"), car),
            (T("FIN", "N° VIN", "Telaio", "VIN"), vin(ctx)),
            (T("Kennzeichen", "Immatriculation", "Targa", "Registration"), plate(ctx)),
            (T("Annahme am", "Reçu le", "Ritirato il", "Received"), ctx.date(ctx.earlier(0, 5))),
            (T("Betriebsnummer", "N° d'agrément", "N. autorizzazione", "ATF licence"), f"{ctx.num(3)}-{ctx.num(5)}"),
            (T("Bearbeiter", "Agent", "Operatore", "Issued by"), f"{cert.n('init')}, {mk('PHONE', co.phone)}"),
        ]
        head = T(
            "Verwertungsnachweis",
            "Certificat de destruction",
            "Certificato di rottamazione",
            "Certificate of Destruction",
        )
        txt = f"{co.name}, {co.addr.line()}\n\n{head} Nr. {ctx.num(8)}\n\n{form(ctx, rows)}"
        return ocr_noise(ctx, txt, 0.025) if r.random() < 0.4 else txt
    if v == 1:
        custs = [own] + [ctx.person(age=(20, 90), town=ctx.home) for _ in range(r.randint(3, 6))]
        hdr = T(
            ["Abholung", "Halter", "Adresse", "Telefon", "Fahrzeug", "Kennz."],
            ["Enlèvement", "Titulaire", "Adresse", "Tél.", "Véhicule", "Immat."],
            ["Ritiro", "Intestatario", "Indirizzo", "Telefono", "Veicolo", "Targa"],
            ["Pick-up", "Owner", "Address", "Phone", "Vehicle", "Reg."],
        )
        sts = ctx.c(["LASTfirst", "rev", "full"])
        rows = [
            [ctx.time(), p.n(sts), p.addr.line(", "), mk("PHONE", p.mobile), ctx.c(CARS), plate(ctx)] for p in custs
        ]
        drv = ctx.person(age=(20, 60), addr=False)
        disp = ctx.person(age=(25, 60), addr=False)
        msgs = [
            (
                drv.n("first"),
                T(
                    f"bei {custs[1].n('last')} macht keiner auf, Auto steht aber da",
                    f"personne chez {custs[1].n('last')}, la voiture est là",
                    f"da {custs[1].n('last')} non risponde nessuno, l'auto c'è",
                    f"nobody answering at {custs[1].n('last')}'s, car is there",
                ),
            ),
            (
                disp.n("first"),
                T(
                    f"Sohn ist auf dem Weg, {mk('PHONE', ctx.phone('mobile'))}",
                    f"le fils arrive, {mk('PHONE', ctx.phone('mobile'))}",
                    f"arriva il figlio, {mk('PHONE', ctx.phone('mobile'))}",
                    f"son is on his way, {mk('PHONE', ctx.phone('mobile'))}",
                ),
            ),
        ]
        return (
            f"{T('Abholliste', 'Tournée enlèvements', 'Giro ritiri', 'Pick-up list')} "
            f"{ctx.date(ctx.later(0, 3))}\n\n{table(ctx, hdr, rows)}\n\n{chat(ctx, msgs)}"
        )
    if v == 2:
        dad = ctx.relative(own, g="m", age=(70, 95), same_addr=False)
        dad.dob = dad.dob.replace(year=min(dad.dob.year, own.dob.year - 22))
        sib = ctx.relative(own, age=(20, 70), same_addr=False)
        staff = ctx.person(age=(25, 60), addr=False)
        se = ctx.email_for(staff, co.domain)
        orig = T(
            f"{salute(ctx, own, True)}\n\nfür den {car} zahlen wir eine Prämie von {ctx.money(80, 400)}. Bitte "
            f"senden Sie uns Zulassungsbescheinigung Teil I und II.\n\n{closing(ctx)}\n"
            f"{signature(ctx, staff, co, None, se)}",
            f"{salute(ctx, own, True)}\n\npour la {car} nous versons une prime de {ctx.money(80, 400)}. Merci "
            f"d'envoyer la carte grise.\n\n{closing(ctx)}\n{signature(ctx, staff, co, None, se)}",
            f"{salute(ctx, own, True)}\n\nper la {car} riconosciamo {ctx.money(80, 400)}. Ci invii il libretto "
            f"e il certificato di proprietà.\n\n{closing(ctx)}\n{signature(ctx, staff, co, None, se)}",
            f"{salute(ctx, own, True)}\n\nwe can offer {ctx.money(80, 400)} for the {car}. Please send the "
            f"V5C logbook.\n\n{closing(ctx)}\n{signature(ctx, staff, co, None, se)}",
        )
        acct = mk("IBAN", ctx.iban()) if not ctx.us else "a check to my address below"
        body = T(
            f"{salute(ctx, staff)}\n\nder Wagen gehörte meinem verstorbenen Vater {dad.n()} "
            f"({dob_cue(ctx, dad)}). Ich bin Erbin/Erbe zusammen mit {rel_word(ctx, sib, 'sibling')} "
            f"{sib.n('first')}. Bitte zahlen Sie auf {acct}.",
            f"{salute(ctx, staff)}\n\nla voiture appartenait à mon père, {dad.n()}, décédé "
            f"({dob_cue(ctx, dad)}). J'hérite avec {'ma' if sib.g == 'f' else 'mon'} "
            f"{rel_word(ctx, sib, 'sibling')} {sib.n('first')}. Versement sur {acct}.",
            f"{salute(ctx, staff)}\n\nl'auto era del mio defunto padre {dad.n()} ({dob_cue(ctx, dad)}). Sono "
            f"erede con {'mia' if sib.g == 'f' else 'mio'} {rel_word(ctx, sib, 'sibling')} {sib.n('first')}. "
            f"Pagamento su {acct}.",
            f"{salute(ctx, staff)}\n\nthe car belonged to my late father {dad.n()} ({dob_cue(ctx, dad)}). I'm "
            f"executor together with my {rel_word(ctx, sib, 'sibling')} {sib.n('first')}. Please pay to {acct}.",
        )
        body = body.replace("Erbin/Erbe", "Erbin" if own.g == "f" else "Erbe").replace(
            f"mit {rel_word(ctx, sib, 'sibling')}",
            f"mit {'meiner' if sib.g == 'f' else 'meinem'} {rel_word(ctx, sib, 'sibling')}",
        )
        hdrs = mail_headers(
            ctx,
            (own.n(), mk("EMAIL", own.email)),
            (staff.n(), mk("EMAIL", se)),
            T("Altfahrzeug", "Épave", "Rottamazione", "Scrap car"),
            ctx.today,
        )
        return (
            f"{hdrs}\n\n{body}\n\n{closing(ctx)}\n{signature(ctx, own, None, None, None)}\n\n"
            f"{quoted(ctx, orig, ctx.earlier(2, 9), staff.n(), mk('EMAIL', se))}"
        )
    recs = [own] + [ctx.person(age=(20, 88)) for _ in range(r.randint(1, 4))]
    keys = ["request", "name", "phone", "email", "zip_town", "vehicle", "year", "km", "ip"]
    rows = [
        [
            f"Q{ctx.num(6)}",
            p.n(r.choice(["full", "rev"])),
            mk("PHONE", p.mobile),
            mk("EMAIL", p.email),
            p.addr.tw(),
            ctx.c(CARS),
            str(r.randint(1996, 2012)),
            str(r.randint(90, 380) * 1000),
            mk("IP", ctx.ip()),
        ]
        for p in recs
    ]
    note = T(
        f"Preisanfragen aus dem Webformular – {co.name}. Hotline für Rückfragen {co.hotline}.",
        f"Demandes de prix du formulaire web – {co.name}. Service client {co.hotline}.",
        f"Richieste di preventivo dal sito – {co.name}. Numero verde {co.hotline}.",
        f"Web quote requests – {co.name}. Customer line {co.hotline}.",
    )
    return f"{note}\n\n{table(ctx, keys, rows, ctx.c(['json', 'jsonl', 'csv', 'yaml', 'tsv']), keys=keys)}"


# ---------------------------------------------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------------------------------------------
GENRES = [
    ("balloon", g_balloon),
    ("karting", g_karting),
    ("cruise", g_cruise),
    ("arborist", g_arborist),
    ("hospice", g_hospice),
    ("petinsurance", g_petinsurance),
    ("watertest", g_watertest),
    ("thesis", g_thesis),
    ("stairlift", g_stairlift),
    ("poolservice", g_poolservice),
    ("guidedog", g_guidedog),
    ("carscrap", g_carscrap),
]
QUOTA = {
    "de_DE": 240,
    "de_CH": 190,
    "de_AT": 145,
    "fr_FR": 130,
    "fr_CH": 135,
    "it_IT": 100,
    "it_CH": 95,
    "en_GB": 135,
    "en_US": 130,
}
N_DOCS = sum(QUOTA.values())


def rng_for(key: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big"))


def locales() -> list[str]:
    locs = [loc for loc, n in QUOTA.items() for _ in range(n)]
    rng_for(f"{SEED}|locales").shuffle(locs)
    return locs


def make_doc(genre: str, fn, i: int, loc: str) -> tuple[dict, int]:
    for k in range(40):
        key = f"{SEED}|{genre}|{i}" + (f"|retry{k}" if k else "")
        ctx = Ctx(rng_for(key), loc)
        raw = wrap(ctx, fn(ctx, i % 4))
        if loc == "de_CH":
            raw = raw.replace("ß", "ss")
        text, ents = resolve(raw)
        err = check(text, ents)
        if err is None:
            return {"id": f"{SEED}-{genre}-{i:03d}", "locale": loc, "lang": loc[:2], "text": text, "entities": ents}, k
    raise RuntimeError(f"{genre} {i} {loc}: {err}")


def build() -> tuple[list[dict], int]:
    locs = locales()
    per: dict[int, list[str]] = collections.defaultdict(list)
    for k, loc in enumerate(locs):
        per[k % len(GENRES)].append(loc)
    docs, retries = [], 0
    for gi, (genre, fn) in enumerate(GENRES):
        for i, loc in enumerate(per[gi]):
            d, k = make_doc(genre, fn, i, loc)
            retries += k > 0
            docs.append(d)
    return docs, retries


def stats(docs: list[dict]) -> str:
    by_t: collections.Counter[str] = collections.Counter()
    by_tl: collections.Counter[tuple[str, str]] = collections.Counter()
    by_l: collections.Counter[str] = collections.Counter()
    for d in docs:
        for e in d["entities"]:
            by_t[e["type"]] += 1
            by_tl[(e["type"], d["lang"])] += 1
            by_l[d["lang"]] += 1
    langs = ["de", "fr", "it", "en"]
    loc = collections.Counter(d["locale"] for d in docs)
    gen = collections.Counter(d["id"].split("-")[1] for d in docs)
    out = [
        f"{len(docs)} documents, {sum(by_t.values())} entities",
        "locales: " + ", ".join(f"{k} {v}" for k, v in sorted(loc.items())),
        "genres: " + ", ".join(f"{k} {v}" for k, v in gen.items()),
        "types: " + ", ".join(f"{t} {n}" for t, n in by_t.most_common()),
        "languages: " + ", ".join(f"{lg} {by_l[lg]}" for lg in langs),
    ]
    for t, _ in by_t.most_common():
        out.append(f"  {t}: " + " / ".join(str(by_tl[(t, lg)]) for lg in langs))
    return "\n".join(out)


def scan(docs: list[dict]) -> str:
    """Unlabelled e-mail addresses, IPs and long digit runs (for reading the output)."""
    out = collections.Counter()
    for d in docs:
        text = d["text"]
        cov = bytearray(len(text))
        for e in d["entities"]:
            cov[e["start"] : e["end"]] = b"\x01" * (e["end"] - e["start"])
        for kind, rx in (
            ("email", r"[\w.+-]+@[\w-]+\.[\w.]+"),
            ("ipv4", r"\b\d{1,3}(?:\.\d{1,3}){3}\b"),
            ("digits", r"\+?\d[\d ./-]{8,}\d"),
        ):
            for m in re.finditer(rx, text):
                if not any(cov[m.start() : m.end()]):
                    out[(kind, re.sub(r"\d", "9", m.group(0)) if kind != "email" else m.group(0).split("@")[0])] += 1
    return "\n".join(f"{k[0]:7} {k[1]:40} {n}" for k, n in out.most_common(80))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--scan", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--genre")
    a = ap.parse_args()
    docs, retries = build()
    if a.show:
        sel = [d for d in docs if not a.genre or d["id"].split("-")[1] == a.genre]
        for d in rng_for("show").sample(sel, min(a.show, len(sel))):
            print(
                f"===== {d['id']} {d['locale']}\n{d['text']}\n--- "
                + " | ".join(f"{e['type']}:{e['text']}" for e in d["entities"])
            )
        return
    if a.scan:
        print(scan(docs))
        return
    if a.stats:
        print(stats(docs))
        print(f"documents drawn again: {retries}")
        return
    for d in docs:
        assert check(d["text"], d["entities"]) is None
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with a.out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {a.out}", file=sys.stderr)
    print(stats(docs), file=sys.stderr)


if __name__ == "__main__":
    main()
