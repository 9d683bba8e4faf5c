"""Twenty-eighth blind evaluation set ("holdout28") for the anonymizer.

Blind set 28, written 2026-12-06 by a helper session that read only the module docstrings of generate_holdout25.py,
generate_holdout26.py and generate_holdout27.py and the module docstring of evaluate.py with the source of its function
evaluate_synthetic and of the helpers it calls (``_covered``, ``Counts``, ``_held_out``, ``_fmt``; all extracted with
``ast``: record format, type names, matching rules, label decisions, the genres of all earlier sets), plus Faker (the
venv's Faker 40.54.0: which person-provider locales exist, the attribute names, types, sizes and first two entries of
their name lists, and a listing of the odd entries - names with spaces, lower-case starts, "II", trailing dots - of the
region lists used here, so that they could be filtered) and the standard library.  It did not read the detectors (src/),
the tests, the docs, README files, pyproject.toml, the bodies of the other generators or templates, any data set text,
or the git history, and ran no git command besides status / diff --stat of evaluate.py, adding and committing its three
files and reading the new commit's hash.  Slips, none of them showing detector code, test code or data set text: it
listed the four files it was allowed to read by name (``ls`` of those paths), listed the venv's site-packages and the
process list while waiting for Faker to be installed, and ran the venv's ruff (check and format, with the project's
configuration) on its own script.  In evaluate.py it edited only the module docstring (this set's sentence) and the two
places that list the holdout splits (usage line, ``range(2, 29)``), found with grep, and ran ``evaluate.py --help``
once.  tarnkappe is never imported; the set was never run through the anonymizer or evaluate.py while it was written.
The written file was checked only by the generator's own assertions (``text[start:end] == text``, no surrounding white
space, sorted and non-overlapping spans, no name split into two PERSON spans separated by a single space, every IBAN mod
97, every card Luhn, every AHV number EAN-13), by a check that the output is identical under two PYTHONHASHSEED values,
and by reading its own output, including ``--scan``: unlabelled e-mail addresses (only role mailboxes such as kurse@,
reservation@, ringing@, alle@, zeitmessung@, wettbewerb@, kartierung@, anmeldung@, cours@, concours@, inscriptions@,
iscrizioni@, cronometraggio@, surveys@, bookings@, show@), unlabelled IPv4 addresses (only LAN addresses 10.x /
172.16-31.x / 192.168.x of weather stations, kiln controllers, milk-intake terminals and tanker sensor gateways),
unlabelled long digit runs (only 15-digit pet microchip numbers - also Swiss ones starting with 756, which are not AHV
numbers - and firewood hotlines, unlabelled on purpose) and unlabelled repeats of the words of labelled names, matched
case-insensitively (only the particles "von", "der", "auf", "des" and "della" used as ordinary words - mostly the mail
header "Von:" -, and "Gut" of the farm "Gut Eichenhof", "Eiche" as a wood, "Church" of a church hall, "holt" as a German
verb and "Summer" of a summer camp in documents with persons of those names).  Fixes after reading: gender slips (a
woman called "Hauswart", a "Nachbar" / "voisin" drawn as a woman, a wife drawn as a man, Chechen surnames without their
female forms), wrong grammar around bird species ("einen toten Braunkehlchen"), German kiln programmes in French,
Italian and English documents, a hall's office address in another town than the hall, a ring found after the mail that
reported it, "Hallo zusammen" in one-to-one mails, two different work addresses for one person in one log, invented
surnames with doubled vowels ("Vauuz"), a chat line that split one name into two PERSON spans, punctuation in
"key = value" field names, and too many values per document (tables and lists were shortened).
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout28.jsonl: 1,300 documents, 12 genres (109 documents for the first four, 108
for the others), locales drawn as an exact quota and shuffled with the seed ``"holdout28|locales"``: de_DE 390, de_CH
260, de_AT 195, fr_CH 98, fr_FR 97, it_CH 65, it_IT 65, en_GB 65, en_US 65 (de 845, fr 195, it 130, en 130).
14,018 labelled values: PERSON 6,065, PHONE 2,674, ADDRESS 2,024, EMAIL 1,668, DOB 782, IP 374, IBAN 314, CARD 63,
AHV 54 (de 9,125, fr 2,049, it 1,414, en 1,430).  Per type and language (de / fr / it / en):
  PERSON 3,958 / 865 / 615 / 627; PHONE 1,734 / 408 / 252 / 280; ADDRESS 1,315 / 308 / 199 / 202;
  EMAIL 1,088 / 223 / 183 / 174; DOB 508 / 130 / 68 / 76; IP 250 / 40 / 48 / 36; IBAN 199 / 56 / 32 / 27;
  CARD 42 / 4 / 9 / 8; AHV 31 / 15 / 8 / 0.
Document k of the shuffled locale list goes to genre ``k % 12``; the template variant is ``i % 4`` (``i`` the index of
the document within its genre), so locale and variant are not correlated.  Deterministic for a given Faker version
(written with Faker 40.54.0 and Python 3.11.7; the output does not depend on PYTHONHASHSEED - checked with two seeds):
``random.Random`` is seeded with the first 8 bytes of a SHA-256 of ``"holdout28|<genre>|<i>"``; Faker's own generator
is never used - names are drawn by that ``Random`` from the Faker person providers' lists (sorted; dicts by their
keys; odd entries filtered out).  Streets, towns, postcodes, phone numbers (area codes matching the town where a
landline belongs to an address), e-mail addresses, IBANs (valid ISO 13616 check digits; French ones with a valid RIB
key, Italian ones with a computed CIN; now and then a neighbouring country's IBAN - LI, NL, AT, DE, BE, IE -; US
documents get British IBANs), card numbers (Visa, Mastercard 51-55 and 2221-2720, Amex; Luhn), AHV numbers (756,
EAN-13 check digit, dotted or compact) and IP addresses (public IPv4 from common ISP ranges of the country, about 18 %
IPv6) come from lists and code written here.  Each record has ``id`` (``holdout28-<genre>-<NNN>``), ``locale``,
``lang``, ``text`` and ``entities`` (``type``, ``start``, ``end``, ``text``).  Texts are written with every labelled
value wrapped in a marker when it is placed; the markers survive lower-casing, padding, quoting and "> " prefixes and
are resolved to offsets at the end (de_CH documents get "ß" -> "ss" before that), so chat typing, fixed-width and
Markdown padding, CSV quoting, JSON / YAML values and quoted replies keep the labels exact.

Genres (text people paste into an AI assistant, each with a request in the document's language before or after it -
about 7 % in English for non-English documents and some in German for Swiss French / Italian ones -, sometimes fenced
in ```, triple quotes, --- or <<< >>>, or quoted with "> ", sometimes typed in lower case), chosen to differ from every
genre named in the docstrings read (holdout3..holdout27; near neighbours: beekeeping (16), wildlife rescue (18),
mushroom inspection and toad patrols (26) for bird surveys; party equipment hire (20), kids' parties (24) and
ceremony-room bookings (27) for community halls; heating-oil group orders (17) and snow clearing and grounds care (20)
for firewood; makerspaces (25), cooking classes (24) and tailors (27) for pottery studios; portrait photographers (19)
for photo clubs; choirs (13), folk dance (27) and book clubs (27) for textile guilds; camp sign-up sheets (5), youth
sports (10) and youth circus (27) for scouts; dog walking (16), breeders (21) and animal shelters (24) for pet boarding;
HR onboarding (8), vaccination records (8) and dietitians (27) for occupational health; orienteering (26) and
sports results (4) for cycling sportives; swimming lessons and diving (22) and rowing (25) for lifeguards; CSA (22) and
alpine summering (26) for dairy co-operatives - the genres here are none of those):
 1. birding - bird surveys and ringing: breeding-bird survey sign-up forms (observer's date of birth for the volunteer
    insurance, second observer, plot and tetrad codes and coordinates unlabelled, mileage IBAN), ringing-station rotas
    with a catch log (ring numbers such as "Radolfzell 9A 12345", "HELGOLAND 12345678", weights unlabelled; weather
    station LAN address unlabelled), a finder's ring report quoted under the ringing centre's answer (who ringed the
    bird, the finder's address and phone; the centre's role mailbox), sightings-portal exports as JSON (observer,
    e-mail, client IP; GPS unlabelled) with an observers' chat (meeting street, a newcomer writing from a number);
 2. hallrental - community hall rentals (Bürgerhaus, Gemeindesaal, Pfarrsaal, salle communale / des fêtes, sala
    civica, village hall, Grange hall): hire agreements (hirer's date of birth for the 18+ rule, deposit-refund IBAN,
    the hall's address, caretaker and phone), booking-calendar exports (clubs unlabelled, contact persons labelled),
    a deposit dispute quoting the municipal office (the caretaker's name, a sister as witness, office signature),
    booking webhooks as JSON (card, masked card or IBAN; client IP; date of birth) with a caretaker chat (key
    hand-over street, alarm code unlabelled);
 3. firewood - forestry firewood orders (Ster, rm, stères, steri, cords): order forms (billing and delivery address,
    SEPA IBAN, the self-cutter's date of birth for the insurance, chainsaw-course numbers unlabelled, the forester),
    drivers' delivery lists (towns alone unlabelled), a complaint about wet wood quoting the forestry office (office
    phone labelled, firewood hotline unlabelled, a neighbour as witness), firewood auction results (lot numbers and
    prices unlabelled, buyers with street or town, the seller's IBAN and the forester's contact);
 4. pottery - pottery and ceramics studios: course enrolments (a child's date of birth, the parent, IBAN or card, the
    studio's letterhead), kiln firing logs (programmes, cones and costs unlabelled; kiln controller LAN address and
    firmware unlabelled), a student's mail about fired pieces quoting the studio (a friend collecting, a postal
    address), member lists in YAML / JSON (key-fob and shelf numbers unlabelled) with a studio chat;
 5. photoclub - photo club competitions: entry forms (date of birth for the youth section, a portrait model with her
    or his date of birth, camera models and member numbers unlabelled), judging results (picture titles and scores
    unlabelled; judges and authors as "F. Last", "LAST First", "Last First"), a member's mail about an exhibition
    quoting the organiser (gallery address, a spouse helping; print labs unlabelled), gallery upload exports (uploader,
    e-mail, IP; camera serials and GPS unlabelled) with a club chat;
 6. textile - quilting, knitting and lace guilds: exhibition entries (sizes, techniques, insurance values and prices
    unlabelled, sales IBAN), member lists with birthdays (full dates of birth) in YAML or Markdown, a charity knitting
    drive (drop-off address, donors, a group Cc mailbox), workshop booking exports as CSV (masked or full cards, IPs)
    with a chat;
 7. scouts - scout groups (Pfadi, DPSG, VCP, Pfadfindergruppe, groupe scout, EEDF, AGESCI, Scout Group, Troop):
    membership forms for a child (parents, Swiss AHV for J+S, insurer names unlabelled, fee IBAN), camp lists (dates of
    birth, emergency numbers, notes), a parent's mail quoting the leader (camp-house address, the parent's
    mother-in-law collecting, the child's date of birth), leaders' chats (camp-fee IBAN, a cash payer, a new number);
 8. petboarding - pet boarding kennels and catteries: booking forms (emergency contact, the vet as "Dr. med. vet.
    <surname>" with the practice phone; pets' names, breeds, pets' birth dates, vaccination dates and 15-digit
    microchip numbers unlabelled), occupancy boards (owners by surname), an owner's mail quoting the confirmation
    (deposit by full card or IBAN, a neighbour collecting), online booking exports (IP) with a staff chat;
 9. occhealth - occupational health services: employer referrals (employee's date of birth, personnel numbers,
    departments, exam types such as "G 25" and employers unlabelled; HR contact with work address and phone, Swiss AHV),
    site-day appointment lists (names as "LAST, First" with dates of birth), an employee's rescheduling mail quoting
    the appointment (manager, new mobile, practice address), fitness-for-work certificates (address, date of birth,
    Swiss AHV) with an employer-portal access log (work e-mail and IP);
10. sportive - cycling sportives (Radmarathon, cyclosportive, granfondo, sportive, century ride): entrant exports (bib
    numbers, clubs and categories unlabelled; dates of birth, ICE contacts), fixed-width results (birth years alone
    unlabelled, times unlabelled), an entry transfer quoting the organiser (the new rider's date of birth, address and
    e-mail; masked card), marshal rotas with a chat (km points and junctions unlabelled, a daughter standing in);
11. lifeguard - lifeguard and water rescue clubs (DLRG, Wasserwacht, SLRG, ÖWR, SSS, SNSM, RLSS): duty rotas (posts,
    hours, radio channels and water temperatures unlabelled), course registrations (date of birth, Swiss AHV, a
    parent for minors, refund IBAN), incident reports (the casualty's date of birth and address, next of kin, witness,
    lifeguards as "F. Last"; incident numbers and times unlabelled), member exports (certificate expiry dates
    unlabelled; date of birth, last-login IP) with a chat;
12. dairy - milk supplier and cheese-dairy co-operatives: monthly milk statements (supplier numbers, litres, fat,
    protein, cell counts and prices unlabelled; payout IBAN; the dairy's letterhead), supplier lists for the tanker
    driver (farm street labelled, "postcode town" labelled when combined, town alone not; intake-terminal LAN address
    unlabelled), a farm hand-over mail quoting the dairy (the successor's date of birth, IBAN, phone, Swiss AHV for
    direct payments), tanker collection logs (farm names such as "Hof Sonnenberg" or "Gut Eichenhof" unlabelled) with a
    driver chat (a farmer writing from a number).
Values appear in prose, "Label: value" forms (colon, aligned, tab, dotted leaders, bold Markdown, "key = value",
upper-case labels, bullet lists), two-line address blocks, one-line addresses with ", ", " - ", " · ", "; " or " / "
between street and town, letterheads and signatures (block, "-- " / "__" separators, one line with "|"), Markdown
tables (aligned and not), fixed-width tables, comma-, semicolon-, tab- and pipe-separated tables, JSON (one line per
record, arrays, nested objects), YAML, key=value logs, mail headers (with or without display names, Cc mailboxes) and
quoted replies ("Am ... schrieb", "Le ... a écrit", "Il giorno ... ha scritto", "On ... wrote", Outlook "-----Original
Message-----" blocks), chats in eight layouts (WhatsApp iOS / Android, Telegram export, Teams-like, IRC-like
"[12:04] <name>", "name (12:04):", Discord-like "name — date", plain; senders shown as full names, first names,
nicknames, scout names or phone numbers), lower-case typing, in each country's conventions (German "str.", "12a",
"12 a", "3-5", "D-"; Austrian "/Top", "12/3/7", "/Stiege/Tür", "A-", "Jänner"; Swiss "strasse", "CH-", no "ß"; French
"bis"/"ter", "12, rue", upper-case towns, Swiss-French "Rue de Bourg 45"; Italian "n.", "/B", "int.", provinces with
and without parentheses, "I-"; British flats and "Town POSTCODE"; US "Apt", "#", "Unit", "Suite", ZIP+4).  Phone
numbers national and international with "(0)", "00", slashes, dots, hyphens, parentheses, compact E.164, DIN-style
and "ext." / "int." / "x" extensions.  Dates of birth in 35 shapes (36 defined, all but the US "3/12/84" occur; a
document keeps one shape for about three quarters of its dates of birth): "12.03.1984", "2.3.1984", "12.03.84",
"12. 03. 1984", ISO, "19840312", "12/03/1984", "2/3/1984", "12/03/84", "12-03-1984", "12 03 1984", Roman
"12.III.1984", German "12. März 1984", "02. März 1984", "12.März 1984", "12 März 1984", "12. Mrz. 1984" (Austrian
"Jänner"), French "12 mars 1984" (also "1er"), "12 MARS 1984", "12 févr. 1984", Italian "12 marzo 1984" (also "1°"),
"12 MARZO 1984", "12 mar 1984", English "12 March 1984", "12th March 1984", "12th of March 1984", "12 Mar 1984",
"12-MAR-1984", US "03/12/1984", "3/12/1984", "3-12-1984", "March 12, 1984", "March 12th, 1984", "Mar 12, 1984",
"Mar. 12, 1984"; after a cue word or a label (geb., geboren, Geburtsdatum, né(e) le, date de naissance, nato/a il,
data di nascita, born, DOB, date of birth) or without one (table columns, JSON / YAML fields, chat messages).  Plain
dates (surveys, bookings, deliveries, firings, exams, races, duties) use the same shapes and are not labelled.
Names drawn from the Faker person lists of the region (de_DE, de_AT with a quarter of the first names from de_DE,
de_CH, fr_CH with fr_FR, fr_FR, it_IT - for Ticino with a list of Ticinese surnames written here -, en_GB, en_US),
community names from the Faker lists of tr_TR, hr_HR, ro_RO, pt_PT, pt_BR, es_ES, es_MX, es_CO, nl_NL, fr_BE, en_IN,
en_IE, hu_HU, sl_SI, cs_CZ / sk_SK (female surnames derived from the male ones), fr_DZ, yo_NG, sv_SE and it_IT (as a
community abroad), and lists written here (Albanian / Kosovar, Serbian / Bosnian, Eritrean, Sri Lankan Tamil,
Syrian / Afghan / Kurdish, Ukrainian, Vietnamese, Chinese, Polish, Somali, Greek, Filipino, Korean and Chechen, with
gendered surnames where the community uses them); about 55 % region, 23 % community, 22 % special: a surname that is
an ordinary word (Nagel, Himmel, Hammer, Freitag, Gut, Reich, Lapin, Renard, Soleil, Gallo, Lupo, Sole, Baker, Bird,
Snow, Hope ...; sometimes the first name too: Ernst, Wolf, Frank, Rosa, Linde, Heide, Blanche, Prudence, Fleur,
Felice, Celeste, Serena, Hope, Grace, Summer), a surname with a particle (von Gunten, zur Linden, von Rotz, auf
der Mauer, van Dyck, de Montmollin, du Plessis, Le Coultre, De Luca, Della Torre, Lo Russo, Dell'Orto, O'Brien,
McAllister, St. John, Van Buren), an invented syllable-built surname checked against the surname lists of
all 33 Faker locales loaded ("Brunnegger", "Fahrnlechner", "Kalchgrabner", "Courvaz", "Tissillod", "Castellazzi",
"Valdacchi", "Brackstone", "Haldford") with
sometimes a rare first name (Wendelin, Ottokar, Kunigunde, Notburga, Honorine, Philomène, Ermenegildo, Gelsomina,
Peregrine, Algernon, Ottoline), or a double surname (hyphenated; Italian and English also with a space).  Relatives
share the surname (gendered forms where the community uses them); some region names carry a double first name.
Written as "First Last", "Last, First", "LAST First", "LAST, First", "Last First", "F. Last" (also "K.-H. Last"),
"First L.", "FIRST LAST", separate fields, first names, nicknames (Steffi, Flo, Resi, Fritz, Lisi, Susi, Fred, Isa,
Babette, Nico, Beppe, Mimmo, Nanni, Ghita, Peggy, Maggie, Jamie, Bob ...), scout names (Pfadinamen and totems: Chili,
Balu, Smaragd, Castor, Lynx, Volpe ...) or surnames alone (chat senders, salutations, mentions, occupancy boards,
"bei <surname>", "Dr. med. vet. <surname>"), in lower case in chats.
Unlabelled distractors: plot, tetrad, ring, lot, booking, contract, course, member, key-fob, shelf, bib, personnel,
supplier, sample, incident and reference numbers, chainsaw-course and licence numbers, pets' microchip numbers,
pets' names (Max, Luna, Charlie, Oscar ...) and birth dates, breeds, bird species (vernacular and Latin), picture
titles, camera serials and models, coordinates and GPS fixes, weights, litres, fat / protein / cell counts, cones,
kiln temperatures, quilt sizes, insurance values, prices and fees, scores, race times and birth years alone, exam
types ("G 25", "G 41", "suivi individuel renforcé"), radio channels, water temperatures, alarm codes, firmware
versions, masked cards ("**** **** **** 1234", "•••• 1234", "XXXX-XXXX-XXXX-1234", "554500******1234"), plain dates
and times, towns alone (found-where lines, delivery-list town columns, supplier towns), role mailboxes, firewood
hotlines, LAN IP addresses, and clubs, studios, halls, kennels, practices, dairies, forestry offices, employers,
print labs, teams and farms (also when named after a saint or an ordinary word: "St Anne's Church Hall", "Gut
Eichenhof", "Hundepension am Waldrand").

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP; those of holdout25/26/27, carried
over):
* PERSON: the name of a natural person as written, in any order, with initials, particles and double surnames inside
  the span; titles and salutations (Herr, Frau, Dr., Dr. med., Dr. med. vet., M., Mme, Madame, Monsieur, Sig., Sig.ra,
  dott., Mr, Ms, Mrs, Dr) outside; a first name, a nickname, a scout name (Pfadiname, totem) used for a person, or a
  surname alone is a PERSON; companies, clubs, studios, halls, kennels, farms, teams, animals and bird species are not
  labelled.
* EMAIL: every personal e-mail address, private or a person's work address at an organisation's domain; role
  mailboxes are not labelled.
* PHONE: every phone number of a person or of a practice, office, studio, club, dairy or kennel (letterheads,
  signatures, duty lines); a chat sender shown as a number is PHONE; hotlines are not labelled.
* ADDRESS: "street, postcode town" on one line is two spans (street; postcode + town, with "D-" / "CH-" / "A-" / "I-"
  prefixes, Italian provinces, "Town POSTCODE" and "Town, ST ZIP" inside the town span), as is a two-line block; a
  street with its number alone is ADDRESS (tables, chats, JSON, YAML) and so is a combined "postcode town" field;
  towns alone are not labelled; business addresses (halls, studios, kennels, offices, dairies, camp houses,
  galleries) are labelled.
* DOB: a full date of birth (day, month, year) of an adult or a child, cue words outside; pets' birth dates, birth
  years alone, ages and other dates are not.
* IBAN: every IBAN, compact or grouped (also a club's, a commune's or a dairy's).  CARD: full Luhn-valid card numbers;
  masked numbers are not.
* AHV: Swiss social security numbers (756, dotted or compact; 15-digit Swiss pet microchips starting with 756 are
  not).  IP: the public IPv4 / IPv6 address of a person's device or connection (web forms, portals, bookings, uploads,
  logins); LAN addresses are not labelled.

Usage (repo root): python bench/privacy/generate_holdout28.py [--out PATH] [--scan] [--show N] [--stats]
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "privacy" / "data" / "synthetic_holdout28.jsonl"
SET = "holdout28"

# --------------------------------------------------------------------------------------------------------------------
# markers: every labelled value is wrapped when it is placed and resolved to offsets at the very end
# --------------------------------------------------------------------------------------------------------------------
TYPES = ["PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS", "DOB", "AHV", "CARD", "IP"]
_CODE = {t: str(i) for i, t in enumerate(TYPES)}
_S, _M, _E = "\ue000", "\ue001", "\ue002"
_MARK = re.compile(_S + r"(\d)" + _M + r"(.*?)" + _E, re.S)


def lab(t: str, v: str) -> str:
    assert v and v == v.strip() and _S not in v, (t, v)
    return f"{_S}{_CODE[t]}{_M}{v}{_E}"


def vis(s: str) -> str:
    """The visible text of a marked string."""
    return _MARK.sub(lambda m: m.group(2), s)


def vlen(s: str) -> int:
    return len(vis(s))


def pad(s: str, w: int, right: bool = False) -> str:
    n = w - vlen(s)
    return (" " * n + s) if right else (s + " " * max(0, n))


def lower_keep(s: str) -> str:
    """Lower-case a marked string, leaving pasted IBANs and card numbers as they are."""
    out, pos = [], 0
    for m in _MARK.finditer(s):
        out.append(s[pos : m.start()].lower())
        t = TYPES[int(m.group(1))]
        v = m.group(2) if t in ("IBAN", "CARD", "AHV") else m.group(2).lower()
        out.append(f"{_S}{m.group(1)}{_M}{v}{_E}")
        pos = m.end()
    out.append(s[pos:].lower())
    return "".join(out)


def resolve(s: str) -> tuple[str, list[dict]]:
    text, ents, pos, last = [], [], 0, 0
    for m in _MARK.finditer(s):
        chunk = s[last : m.start()]
        text.append(chunk)
        pos += len(chunk)
        v = m.group(2)
        ents.append({"start": pos, "end": pos + len(v), "type": TYPES[int(m.group(1))], "text": v})
        text.append(v)
        pos += len(v)
        last = m.end()
    text.append(s[last:])
    out = "".join(text)
    assert _S not in out and _M not in out and _E not in out
    return out, ents


# --------------------------------------------------------------------------------------------------------------------
# places: (postcode, town, area code[, province])
# --------------------------------------------------------------------------------------------------------------------
TOWNS = {
    "DE": [
        ("10115", "Berlin", "030"),
        ("10999", "Berlin", "030"),
        ("12049", "Berlin", "030"),
        ("20095", "Hamburg", "040"),
        ("22765", "Hamburg", "040"),
        ("80331", "München", "089"),
        ("81667", "München", "089"),
        ("50667", "Köln", "0221"),
        ("60311", "Frankfurt am Main", "069"),
        ("70173", "Stuttgart", "0711"),
        ("40213", "Düsseldorf", "0211"),
        ("04109", "Leipzig", "0341"),
        ("01067", "Dresden", "0351"),
        ("30159", "Hannover", "0511"),
        ("90402", "Nürnberg", "0911"),
        ("28195", "Bremen", "0421"),
        ("44135", "Dortmund", "0231"),
        ("45127", "Essen", "0201"),
        ("79098", "Freiburg im Breisgau", "0761"),
        ("69117", "Heidelberg", "06221"),
        ("93047", "Regensburg", "0941"),
        ("24103", "Kiel", "0431"),
        ("18055", "Rostock", "0381"),
        ("99084", "Erfurt", "0361"),
        ("34117", "Kassel", "0561"),
        ("48143", "Münster", "0251"),
        ("37073", "Göttingen", "0551"),
        ("86150", "Augsburg", "0821"),
        ("97070", "Würzburg", "0931"),
        ("54290", "Trier", "0651"),
        ("88212", "Ravensburg", "0751"),
        ("83022", "Rosenheim", "08031"),
        ("87435", "Kempten (Allgäu)", "0831"),
        ("72070", "Tübingen", "07071"),
        ("26122", "Oldenburg", "0441"),
        ("33602", "Bielefeld", "0521"),
        ("66111", "Saarbrücken", "0681"),
        ("55116", "Mainz", "06131"),
        ("35037", "Marburg", "06421"),
        ("17489", "Greifswald", "03834"),
        ("06108", "Halle (Saale)", "0345"),
        ("39104", "Magdeburg", "0391"),
        ("14467", "Potsdam", "0331"),
        ("23552", "Lübeck", "0451"),
        ("96047", "Bamberg", "0951"),
        ("78462", "Konstanz", "07531"),
        ("94032", "Passau", "0851"),
        ("09111", "Chemnitz", "0371"),
        ("07743", "Jena", "03641"),
        ("87509", "Immenstadt im Allgäu", "08323"),
        ("83471", "Berchtesgaden", "08652"),
        ("72250", "Freudenstadt", "07441"),
        ("54550", "Daun", "06592"),
        ("94227", "Zwiesel", "09922"),
        ("29525", "Uelzen", "0581"),
        ("25813", "Husum", "04841"),
        ("36037", "Fulda", "0661"),
        ("97980", "Bad Mergentheim", "07931"),
        ("57072", "Siegen", "0271"),
        ("32423", "Minden", "0571"),
        ("91522", "Ansbach", "0981"),
        ("84028", "Landshut", "0871"),
    ],
    "AT": [
        ("1010", "Wien", "01"),
        ("1070", "Wien", "01"),
        ("1100", "Wien", "01"),
        ("1160", "Wien", "01"),
        ("1210", "Wien", "01"),
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
        ("4400", "Steyr", "07252"),
        ("2700", "Wiener Neustadt", "02622"),
        ("6850", "Dornbirn", "05572"),
        ("8700", "Leoben", "03842"),
        ("3500", "Krems an der Donau", "02732"),
        ("5700", "Zell am See", "06542"),
        ("6370", "Kitzbühel", "05356"),
        ("8940", "Liezen", "03612"),
        ("3910", "Zwettl", "02822"),
        ("4840", "Vöcklabruck", "07672"),
        ("9900", "Lienz", "04852"),
        ("6460", "Imst", "05412"),
        ("8280", "Fürstenfeld", "03382"),
        ("2020", "Hollabrunn", "02952"),
        ("4910", "Ried im Innkreis", "07752"),
        ("5500", "Bischofshofen", "06462"),
        ("8600", "Bruck an der Mur", "03862"),
        ("3300", "Amstetten", "07472"),
        ("6600", "Reutte", "05672"),
        ("9800", "Spittal an der Drau", "04762"),
    ],
    "CH": [
        ("8001", "Zürich", "044"),
        ("8004", "Zürich", "044"),
        ("8037", "Zürich", "044"),
        ("8400", "Winterthur", "052"),
        ("3011", "Bern", "031"),
        ("3013", "Bern", "031"),
        ("4051", "Basel", "061"),
        ("4057", "Basel", "061"),
        ("6003", "Luzern", "041"),
        ("9000", "St. Gallen", "071"),
        ("5000", "Aarau", "062"),
        ("6300", "Zug", "041"),
        ("8200", "Schaffhausen", "052"),
        ("7000", "Chur", "081"),
        ("3600", "Thun", "033"),
        ("2502", "Biel/Bienne", "032"),
        ("4500", "Solothurn", "032"),
        ("8500", "Frauenfeld", "052"),
        ("6430", "Schwyz", "041"),
        ("6460", "Altdorf UR", "041"),
        ("3800", "Interlaken", "033"),
        ("8640", "Rapperswil-Jona", "055"),
        ("5400", "Baden", "056"),
        ("4410", "Liestal", "061"),
        ("9100", "Herisau", "071"),
        ("8750", "Glarus", "055"),
        ("3900", "Brig", "027"),
        ("6060", "Sarnen", "041"),
        ("6370", "Stans", "041"),
        ("9050", "Appenzell", "071"),
        ("8840", "Einsiedeln", "055"),
        ("3550", "Langnau im Emmental", "034"),
        ("3400", "Burgdorf", "034"),
        ("6210", "Sursee", "041"),
        ("9630", "Wattwil", "071"),
        ("7270", "Davos Platz", "081"),
        ("4600", "Olten", "062"),
        ("8610", "Uster", "044"),
        ("3700", "Spiez", "033"),
        ("3780", "Gstaad", "033"),
        ("8880", "Walenstadt", "081"),
        ("5600", "Lenzburg", "062"),
        ("4900", "Langenthal", "062"),
        ("8580", "Amriswil", "071"),
    ],
    "CHF": [
        ("1003", "Lausanne", "021"),
        ("1004", "Lausanne", "021"),
        ("1201", "Genève", "022"),
        ("1205", "Genève", "022"),
        ("2000", "Neuchâtel", "032"),
        ("1700", "Fribourg", "026"),
        ("1950", "Sion", "027"),
        ("1400", "Yverdon-les-Bains", "024"),
        ("1800", "Vevey", "021"),
        ("1820", "Montreux", "021"),
        ("2300", "La Chaux-de-Fonds", "032"),
        ("1110", "Morges", "021"),
        ("1260", "Nyon", "022"),
        ("2800", "Delémont", "032"),
        ("1630", "Bulle", "026"),
        ("1870", "Monthey", "024"),
        ("1920", "Martigny", "027"),
        ("3960", "Sierre", "027"),
        ("1530", "Payerne", "026"),
        ("2400", "Le Locle", "032"),
        ("1227", "Carouge GE", "022"),
        ("1510", "Moudon", "021"),
        ("2900", "Porrentruy", "032"),
        ("1450", "Sainte-Croix", "024"),
        ("1660", "Château-d'Oex", "026"),
        ("1337", "Vallorbe", "021"),
        ("1890", "Saint-Maurice", "024"),
    ],
    "FR": [
        ("75011", "Paris", "01"),
        ("75015", "Paris", "01"),
        ("75018", "Paris", "01"),
        ("69003", "Lyon", "04"),
        ("69007", "Lyon", "04"),
        ("13006", "Marseille", "04"),
        ("31000", "Toulouse", "05"),
        ("33000", "Bordeaux", "05"),
        ("44000", "Nantes", "02"),
        ("59000", "Lille", "03"),
        ("67000", "Strasbourg", "03"),
        ("34000", "Montpellier", "04"),
        ("35000", "Rennes", "02"),
        ("06000", "Nice", "04"),
        ("38000", "Grenoble", "04"),
        ("21000", "Dijon", "03"),
        ("49000", "Angers", "02"),
        ("37000", "Tours", "02"),
        ("63000", "Clermont-Ferrand", "04"),
        ("87000", "Limoges", "05"),
        ("29200", "Brest", "02"),
        ("25000", "Besançon", "03"),
        ("74000", "Annecy", "04"),
        ("64000", "Pau", "05"),
        ("51100", "Reims", "03"),
        ("68100", "Mulhouse", "03"),
        ("86000", "Poitiers", "05"),
        ("76000", "Rouen", "02"),
        ("14000", "Caen", "02"),
        ("57000", "Metz", "03"),
        ("73000", "Chambéry", "04"),
        ("24000", "Périgueux", "05"),
        ("88000", "Épinal", "03"),
        ("15000", "Aurillac", "04"),
        ("39000", "Lons-le-Saunier", "03"),
        ("12000", "Rodez", "05"),
        ("22000", "Saint-Brieuc", "02"),
        ("05000", "Gap", "04"),
        ("40000", "Mont-de-Marsan", "05"),
        ("19100", "Brive-la-Gaillarde", "05"),
        ("71100", "Chalon-sur-Saône", "03"),
    ],
    "CHI": [
        ("6900", "Lugano", "091"),
        ("6500", "Bellinzona", "091"),
        ("6600", "Locarno", "091"),
        ("6850", "Mendrisio", "091"),
        ("6830", "Chiasso", "091"),
        ("6512", "Giubiasco", "091"),
        ("6710", "Biasca", "091"),
        ("6780", "Airolo", "091"),
        ("6616", "Losone", "091"),
        ("6963", "Pregassona", "091"),
        ("6932", "Breganzona", "091"),
        ("6612", "Ascona", "091"),
        ("6760", "Faido", "091"),
        ("7742", "Poschiavo", "081"),
        ("6944", "Cureglia", "091"),
        ("6987", "Caslano", "091"),
        ("6533", "Lumino", "091"),
        ("6648", "Minusio", "091"),
        ("6883", "Novazzano", "091"),
    ],
    "IT": [
        ("20121", "Milano", "02", "MI"),
        ("20135", "Milano", "02", "MI"),
        ("00184", "Roma", "06", "RM"),
        ("00153", "Roma", "06", "RM"),
        ("10121", "Torino", "011", "TO"),
        ("40121", "Bologna", "051", "BO"),
        ("50122", "Firenze", "055", "FI"),
        ("80133", "Napoli", "081", "NA"),
        ("16121", "Genova", "010", "GE"),
        ("30121", "Venezia", "041", "VE"),
        ("37121", "Verona", "045", "VR"),
        ("35122", "Padova", "049", "PD"),
        ("24121", "Bergamo", "035", "BG"),
        ("25121", "Brescia", "030", "BS"),
        ("38122", "Trento", "0461", "TN"),
        ("39100", "Bolzano", "0471", "BZ"),
        ("34121", "Trieste", "040", "TS"),
        ("43121", "Parma", "0521", "PR"),
        ("41121", "Modena", "059", "MO"),
        ("06121", "Perugia", "075", "PG"),
        ("60121", "Ancona", "071", "AN"),
        ("70122", "Bari", "080", "BA"),
        ("90133", "Palermo", "091", "PA"),
        ("95131", "Catania", "095", "CT"),
        ("09124", "Cagliari", "070", "CA"),
        ("22100", "Como", "031", "CO"),
        ("23900", "Lecco", "0341", "LC"),
        ("28100", "Novara", "0321", "NO"),
        ("11100", "Aosta", "0165", "AO"),
        ("23100", "Sondrio", "0342", "SO"),
        ("33100", "Udine", "0432", "UD"),
        ("12100", "Cuneo", "0171", "CN"),
        ("55100", "Lucca", "0583", "LU"),
        ("53100", "Siena", "0577", "SI"),
        ("32100", "Belluno", "0437", "BL"),
        ("13900", "Biella", "015", "BI"),
    ],
    "GB": [
        ("SW9", "London", "020"),
        ("N16", "London", "020"),
        ("E8", "London", "020"),
        ("SE15", "London", "020"),
        ("M14", "Manchester", "0161"),
        ("LS6", "Leeds", "0113"),
        ("BS3", "Bristol", "0117"),
        ("S11", "Sheffield", "0114"),
        ("B13", "Birmingham", "0121"),
        ("L17", "Liverpool", "0151"),
        ("NG7", "Nottingham", "0115"),
        ("EH10", "Edinburgh", "0131"),
        ("G12", "Glasgow", "0141"),
        ("CF24", "Cardiff", "029"),
        ("YO31", "York", "01904"),
        ("NR2", "Norwich", "01603"),
        ("EX4", "Exeter", "01392"),
        ("OX4", "Oxford", "01865"),
        ("CB1", "Cambridge", "01223"),
        ("BN2", "Brighton", "01273"),
        ("BA2", "Bath", "01225"),
        ("LE2", "Leicester", "0116"),
        ("NE6", "Newcastle upon Tyne", "0191"),
        ("AB10", "Aberdeen", "01224"),
        ("IV2", "Inverness", "01463"),
        ("LA9", "Kendal", "01539"),
        ("NE46", "Hexham", "01434"),
        ("SY3", "Shrewsbury", "01743"),
        ("TR1", "Truro", "01872"),
        ("HG1", "Harrogate", "01423"),
        ("LN2", "Lincoln", "01522"),
        ("CT1", "Canterbury", "01227"),
        ("DH1", "Durham", "0191"),
        ("SA1", "Swansea", "01792"),
        ("FK8", "Stirling", "01786"),
        ("HR1", "Hereford", "01432"),
        ("DG1", "Dumfries", "01387"),
        ("PL4", "Plymouth", "01752"),
        ("GL1", "Gloucester", "01452"),
    ],
    "US": [
        ("62704", "Springfield", "217", "IL"),
        ("53703", "Madison", "608", "WI"),
        ("97214", "Portland", "503", "OR"),
        ("78704", "Austin", "512", "TX"),
        ("80206", "Denver", "303", "CO"),
        ("05401", "Burlington", "802", "VT"),
        ("28801", "Asheville", "828", "NC"),
        ("48104", "Ann Arbor", "734", "MI"),
        ("83702", "Boise", "208", "ID"),
        ("12203", "Albany", "518", "NY"),
        ("43215", "Columbus", "614", "OH"),
        ("95816", "Sacramento", "916", "CA"),
        ("55408", "Minneapolis", "612", "MN"),
        ("15213", "Pittsburgh", "412", "PA"),
        ("23220", "Richmond", "804", "VA"),
        ("85719", "Tucson", "520", "AZ"),
        ("31401", "Savannah", "912", "GA"),
        ("68102", "Omaha", "402", "NE"),
        ("59801", "Missoula", "406", "MT"),
        ("04401", "Bangor", "207", "ME"),
        ("97401", "Eugene", "541", "OR"),
        ("40502", "Lexington", "859", "KY"),
        ("87501", "Santa Fe", "505", "NM"),
        ("55802", "Duluth", "218", "MN"),
        ("80521", "Fort Collins", "970", "CO"),
        ("02906", "Providence", "401", "RI"),
        ("50309", "Des Moines", "515", "IA"),
        ("99201", "Spokane", "509", "WA"),
        ("37403", "Chattanooga", "423", "TN"),
        ("17603", "Lancaster", "717", "PA"),
        ("14607", "Rochester", "585", "NY"),
        ("53202", "Milwaukee", "414", "WI"),
        ("29401", "Charleston", "843", "SC"),
    ],
}

STREETS = {
    "DE": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Gartenstraße",
        "Schillerstraße",
        "Goethestraße",
        "Lindenweg",
        "Birkenweg",
        "Am Mühlbach",
        "Kirchgasse",
        "Bergstraße",
        "Waldstraße",
        "Ringstraße",
        "Schulstraße",
        "Rosenweg",
        "Ahornweg",
        "Dorfstraße",
        "Wiesenweg",
        "Lessingstraße",
        "Uhlandstraße",
        "Im Winkel",
        "Am Sonnenhang",
        "Kastanienallee",
        "Mozartstraße",
        "Talstraße",
        "Eichendorffweg",
        "Hirschgraben",
        "Am Anger",
        "Feldstraße",
        "Mühlenweg",
        "Jahnstraße",
        "Fasanenweg",
        "Brunnenstraße",
        "Steinweg",
        "Auf der Höhe",
        "Breite Straße",
        "Zum Sportplatz",
        "Kolpingstraße",
        "Holunderweg",
        "An der Ziegelei",
        "Grüner Weg",
        "Weidenstraße",
        "Am Forsthaus",
        "Hofweg",
        "Kantstraße",
        "Fontanestraße",
        "Schwalbenweg",
        "Sudetenstraße",
        "Lerchenfeld",
        "Obere Dorfstraße",
    ],
    "AT": [
        "Hauptstraße",
        "Kirchengasse",
        "Lindengasse",
        "Mariahilfer Straße",
        "Favoritenstraße",
        "Schulgasse",
        "Dorfplatz",
        "Angergasse",
        "Bahnhofstraße",
        "Feldgasse",
        "Am Kirchberg",
        "Wiener Straße",
        "Grazer Straße",
        "Linzer Gasse",
        "Herrengasse",
        "Sonnleitenweg",
        "Erlenweg",
        "Kaiser-Josef-Straße",
        "Radetzkystraße",
        "Schießstattweg",
        "Mühlgasse",
        "Florianigasse",
        "Gartengasse",
        "Leopoldauer Straße",
        "Brunnengasse",
        "Pfarrgasse",
        "Waldweg",
        "Siedlerstraße",
        "Bergstraße",
        "Auweg",
        "Lärchenweg",
        "Hofmühlgasse",
    ],
    "CH": [
        "Bahnhofstrasse",
        "Dorfstrasse",
        "Hauptstrasse",
        "Kirchweg",
        "Schulhausstrasse",
        "Seestrasse",
        "Bergstrasse",
        "Rosenweg",
        "Lindenstrasse",
        "Gartenstrasse",
        "Poststrasse",
        "Oberdorfstrasse",
        "Unterdorf",
        "Feldweg",
        "Sonnenbergstrasse",
        "Rainweg",
        "Allmendstrasse",
        "Weiherweg",
        "Mattenweg",
        "Hofackerstrasse",
        "Zelgweg",
        "Bühlstrasse",
        "Chilegass",
        "Brunnmattstrasse",
        "Alpenstrasse",
        "Rütistrasse",
        "Spitalgasse",
        "Junkerngasse",
        "Im Grund",
        "Buchenweg",
        "Haldenstrasse",
        "Tannenweg",
        "Schlossgasse",
        "Ringstrasse",
        "Sagiweg",
    ],
    "CHF": [
        "Rue de Bourg",
        "Avenue de la Gare",
        "Chemin des Vignes",
        "Route de Berne",
        "Rue du Marché",
        "Avenue de Cour",
        "Chemin du Levant",
        "Rue de la Gare",
        "Place du Tunnel",
        "Rue des Alpes",
        "Chemin de la Forêt",
        "Rue du Temple",
        "Avenue des Alpes",
        "Route du Village",
        "Chemin des Pâquerettes",
        "Rue de Lausanne",
        "Rue Centrale",
        "Avenue Léopold-Robert",
        "Rue du Simplon",
        "Chemin de Pierrefleur",
        "Rue du Collège",
        "Chemin des Écoliers",
        "Route de la Corniche",
        "Rue des Moulins",
        "Chemin du Crêt",
    ],
    "FR": [
        "rue de la République",
        "avenue Jean Jaurès",
        "boulevard Victor Hugo",
        "rue Pasteur",
        "place de la Mairie",
        "rue des Lilas",
        "impasse des Tilleuls",
        "allée des Érables",
        "rue du Moulin",
        "chemin des Vignes",
        "rue Nationale",
        "avenue de la Gare",
        "rue Gambetta",
        "rue des Écoles",
        "rue du Château",
        "quai des Bateliers",
        "rue Saint-Michel",
        "cours Lafayette",
        "rue de la Paix",
        "route de Lyon",
        "rue du Général Leclerc",
        "rue des Fleurs",
        "rue Voltaire",
        "avenue Foch",
        "rue des Jardins",
        "chemin du Lavoir",
        "rue de l'Église",
        "rue des Acacias",
        "allée des Peupliers",
        "rue Émile Zola",
    ],
    "IT": [
        "Via Roma",
        "Via Garibaldi",
        "Corso Italia",
        "Via Mazzini",
        "Piazza Duomo",
        "Via Dante Alighieri",
        "Via Verdi",
        "Viale dei Mille",
        "Via dei Faggi",
        "Via delle Rose",
        "Via Castello",
        "Via Manzoni",
        "Via Cavour",
        "Via XX Settembre",
        "Via Monte Rosa",
        "Via della Stazione",
        "Via dei Tigli",
        "Via Solferino",
        "Via Carducci",
        "Via San Francesco",
        "Vicolo del Pozzo",
        "Via Leopardi",
        "Via Matteotti",
        "Viale Europa",
        "Via Pascoli",
    ],
    "CHI": [
        "Via Nassa",
        "Via San Gottardo",
        "Via Cantonale",
        "Via Motta",
        "Via Borghetto",
        "Via Vela",
        "Via Lavizzari",
        "Via alla Chiesa",
        "Via ai Ronchi",
        "Via Ciseri",
        "Via Trevano",
        "Via Pretorio",
        "Via Stefano Franscini",
        "Via al Fiume",
        "Via dei Sindacatori",
        "Via Ospedale",
        "Via Luini",
        "Via Varenna",
    ],
    "GB": [
        "Church Lane",
        "High Street",
        "Victoria Road",
        "Station Road",
        "Mill Lane",
        "Park Avenue",
        "Queen's Road",
        "Orchard Close",
        "Albert Street",
        "The Crescent",
        "Manor Way",
        "Elm Grove",
        "Meadow View",
        "Kingsway",
        "St Mary's Road",
        "Chapel Street",
        "Beech Drive",
        "North Street",
        "Greenfield Terrace",
        "Riverside Walk",
        "Ashby Road",
        "Hawthorn Rise",
        "Cromwell Road",
        "Sycamore Gardens",
        "Windmill Hill",
        "Abbey Road",
    ],
    "US": [
        "Maple Ave",
        "Oak Street",
        "Main St",
        "Elm Street",
        "Washington Blvd",
        "Cedar Lane",
        "Pine Ridge Rd",
        "Lakeview Dr",
        "N 5th St",
        "Highland Ave",
        "Jefferson St",
        "Cherry Hill Rd",
        "W Grand Ave",
        "Birch Court",
        "Park Place",
        "Franklin Ave",
        "S Main St",
        "Orchard Way",
        "Willow Creek Dr",
        "E 12th Street",
        "Hillcrest Road",
    ],
}

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
    "AT": ["0650", "0660", "0664", "0676", "0677", "0680", "0681", "0688", "0699", "0670"],
    "CH": ["076", "077", "078", "079", "075"],
    "FR": ["06", "07"],
    "IT": [
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
        "388",
        "391",
        "392",
    ],
    "GB": [
        "07700",
        "07712",
        "07723",
        "07734",
        "07757",
        "07768",
        "07791",
        "07809",
        "07824",
        "07866",
        "07903",
        "07939",
        "07950",
        "07984",
        "07411",
        "07455",
        "07506",
        "07538",
    ],
    "US": [],
}

MAILHOSTS = {
    "DE": [
        "gmx.de",
        "web.de",
        "t-online.de",
        "gmail.com",
        "posteo.de",
        "freenet.de",
        "outlook.de",
        "mailbox.org",
        "yahoo.de",
        "icloud.com",
    ],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.com", "yahoo.com", "icloud.com"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "proton.me", "outlook.com", "icloud.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com", "hotmail.fr", "yahoo.fr"],
    "IT": ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com", "hotmail.it", "yahoo.it", "tim.it"],
    "GB": ["btinternet.com", "outlook.com", "gmail.com", "yahoo.co.uk", "sky.com", "hotmail.co.uk", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com", "aol.com", "hotmail.com"],
}

IP4 = {
    "DE": [79, 80, 84, 87, 91, 93, 217, 46, 77, 88, 95, 178],
    "AT": [77, 80, 84, 91, 178, 213, 62, 193, 194, 212],
    "CH": [85, 178, 188, 212, 213, 31, 83, 62, 80, 92],
    "FR": [2, 78, 82, 86, 88, 90, 92, 176, 109, 37],
    "IT": [2, 5, 79, 87, 93, 151, 95, 37, 62, 82],
    "GB": [81, 86, 90, 31, 2, 51, 109, 176, 82, 92],
    "US": [24, 50, 67, 68, 71, 73, 76, 98, 99, 107, 108, 174],
}
IP6 = {
    "DE": ["2003", "2a02", "2a01"],
    "AT": ["2a02", "2a01", "2001"],
    "CH": ["2a02", "2a01", "2001"],
    "FR": ["2a01", "2a02", "2001"],
    "IT": ["2a02", "2001", "2a01"],
    "GB": ["2a00", "2a02", "2a01"],
    "US": ["2600", "2601", "2603", "2607"],
}

# --------------------------------------------------------------------------------------------------------------------
# names: Faker person-provider lists (sorted; dict keys) drawn by our own Random, plus lists written here
# --------------------------------------------------------------------------------------------------------------------
_PARTICLES = ("de", "De", "Da", "Dos", "Le", "La", "van", "von", "Di", "Del", "Della", "Mac", "Mc")


def _name_ok(n: str) -> bool:
    return (
        len(n) >= 2
        and n[0].isupper()
        and n[-1].islower()
        and all(c.isalpha() or c in "'-" for c in n)
        and "--" not in n
        and "'-" not in n
    )


def _clean(names, first: bool = False) -> list[str]:
    out = set()
    for n in names:
        n = str(n)
        if "." in n or "II" in n or any(c.isdigit() for c in n):
            continue
        parts = n.split(" ")
        if len(parts) > 1:
            if first or parts[0] not in _PARTICLES or len(parts) > 2 or not _name_ok(parts[1]):
                continue
        elif not _name_ok(n):
            continue
        if len(n) < 2:
            continue
        out.add(n)
    return sorted(out)


def _faker(loc: str) -> dict[str, list[str]]:
    pr = importlib.import_module(f"faker.providers.person.{loc}").Provider
    d = {}
    for a in ("first_names_male", "first_names_female", "last_names", "last_names_male", "last_names_female"):
        v = getattr(pr, a, None)
        if v:
            d[a] = _clean(v, first=a.startswith("first"))
    return d


FAKER_LOCALES = [
    "de_DE",
    "de_AT",
    "de_CH",
    "fr_FR",
    "fr_CH",
    "it_IT",
    "en_GB",
    "en_US",
    "tr_TR",
    "pl_PL",
    "hr_HR",
    "pt_PT",
    "pt_BR",
    "es_ES",
    "es_MX",
    "ro_RO",
    "nl_NL",
    "en_IN",
    "hu_HU",
    "sl_SI",
    "cs_CZ",
    "sk_SK",
    "fr_DZ",
    "yo_NG",
    "en_IE",
    "fi_FI",
    "fr_BE",
    "sv_SE",
    "da_DK",
    "lv_LV",
    "et_EE",
    "de_LI",
    "es_CO",
]
FK = {loc: _faker(loc) for loc in FAKER_LOCALES}

# community lists written here (Latin script): male first names, female first names, surnames
# (a surname "a|b" is male form | female form)
OWN = {
    "albanian": (
        [
            "Arben",
            "Besnik",
            "Driton",
            "Fatmir",
            "Granit",
            "Ilir",
            "Labinot",
            "Valon",
            "Agron",
            "Shpëtim",
            "Bujar",
            "Leutrim",
        ],
        [
            "Arta",
            "Blerta",
            "Drita",
            "Fjolla",
            "Liridona",
            "Mimoza",
            "Vjosa",
            "Teuta",
            "Albana",
            "Besarta",
            "Qendresa",
            "Edona",
        ],
        [
            "Krasniqi",
            "Berisha",
            "Gashi",
            "Hoxha",
            "Morina",
            "Shala",
            "Bytyqi",
            "Kelmendi",
            "Rexhepi",
            "Ahmeti",
            "Hasani",
            "Zeqiri",
            "Sejdiu",
            "Thaçi",
        ],
    ),
    "serbian": (
        ["Dragan", "Milan", "Nenad", "Zoran", "Dejan", "Emir", "Haris", "Nemanja", "Goran", "Adnan"],
        ["Jelena", "Milica", "Snežana", "Dragana", "Amra", "Lejla", "Vesna", "Biljana", "Selma", "Sanja"],
        [
            "Petrović",
            "Jovanović",
            "Nikolić",
            "Marković",
            "Hodžić",
            "Begić",
            "Mujić",
            "Stojanović",
            "Ilić",
            "Đorđević",
            "Hadžić",
            "Delić",
        ],
    ),
    "eritrean": (
        ["Tesfay", "Yonas", "Mehari", "Kidane", "Berhane", "Semere", "Dawit", "Filmon", "Robel"],
        ["Senait", "Saba", "Rahwa", "Luwam", "Mebrat", "Yohana", "Selam", "Feven", "Hiwet"],
        [
            "Tesfamariam",
            "Gebremedhin",
            "Habte",
            "Weldemichael",
            "Kahsay",
            "Ghebreyesus",
            "Asmerom",
            "Tekle",
            "Woldu",
            "Haile",
        ],
    ),
    "tamil": (
        ["Sivakumar", "Tharshan", "Kajan", "Rajeevan", "Nirojan", "Mathan", "Kumaran", "Pirashanth"],
        ["Tharsika", "Kavitha", "Nirmala", "Sharmila", "Vithya", "Janani", "Sujitha", "Abirami"],
        [
            "Sivanesan",
            "Thevarajah",
            "Balasubramaniam",
            "Kanagaratnam",
            "Selvarajah",
            "Yogarajah",
            "Nadarajah",
            "Ponnampalam",
            "Jeyakumar",
        ],
    ),
    "levant": (
        [
            "Mohammad",
            "Ahmad",
            "Omar",
            "Khaled",
            "Bilal",
            "Hamid",
            "Rohullah",
            "Samir",
            "Yazan",
            "Rojhat",
            "Dilovan",
            "Firas",
        ],
        ["Rania", "Lina", "Nour", "Hiba", "Farida", "Zahra", "Marwa", "Shirin", "Rojda", "Berivan", "Zilan", "Ghazal"],
        [
            "Al-Hassan",
            "Haddad",
            "Khalil",
            "Nasser",
            "Hamidi",
            "Ahmadzai",
            "Rahimi",
            "Karimi",
            "Akbari",
            "Al-Khatib",
            "Sulaiman",
            "Barzani",
            "Mustafa",
            "Habibi",
        ],
    ),
    "ukrainian": (
        ["Oleksandr", "Dmytro", "Andrii", "Mykola", "Taras", "Bohdan", "Serhii", "Yurii", "Vitalii"],
        ["Olena", "Iryna", "Kateryna", "Oksana", "Nataliia", "Yuliia", "Tetiana", "Viktoriia", "Halyna"],
        [
            "Shevchenko",
            "Kovalenko",
            "Bondarenko",
            "Tkachenko",
            "Kravchenko",
            "Melnyk",
            "Boiko",
            "Moroz",
            "Lysenko",
            "Savchuk",
            "Hnatiuk",
            "Oliinyk",
            "Rudenko",
        ],
    ),
    "vietnamese": (
        ["Minh", "Tuan", "Hung", "Duc", "Quang", "Thanh", "Khoa"],
        ["Lan", "Huong", "Thu", "Mai", "Linh", "Ngoc", "Trang"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Truong"],
    ),
    "chinese": (
        ["Wei", "Jun", "Hao", "Lei", "Jian", "Zhiwei", "Yong"],
        ["Mei", "Xiaoyan", "Jing", "Yan", "Fang", "Xiu", "Ying"],
        ["Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Lin"],
    ),
    "polish": (
        ["Piotr", "Tomasz", "Krzysztof", "Paweł", "Marcin", "Grzegorz", "Łukasz", "Michał", "Jakub"],
        ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Magdalena", "Ewa", "Anna", "Dorota", "Zofia"],
        [
            "Kowalski|Kowalska",
            "Nowak",
            "Wiśniewski|Wiśniewska",
            "Wójcik",
            "Kamiński|Kamińska",
            "Lewandowski|Lewandowska",
            "Zieliński|Zielińska",
            "Szymański|Szymańska",
            "Woźniak",
            "Dąbrowski|Dąbrowska",
            "Kozłowski|Kozłowska",
            "Mazur",
            "Krawczyk",
            "Grabowski|Grabowska",
        ],
    ),
    "somali": (
        ["Abdirahman", "Mohamed", "Abdullahi", "Hassan", "Yusuf", "Abdikarim"],
        ["Hodan", "Fartun", "Ayaan", "Sahra", "Hibo", "Ifrah"],
        ["Warsame", "Farah", "Abdi", "Jama", "Hirsi", "Mohamud", "Osman", "Egal"],
    ),
    "greek": (
        ["Georgios", "Dimitrios", "Nikolaos", "Konstantinos", "Christos", "Panagiotis"],
        ["Eleni", "Katerina", "Sofia", "Despina", "Vasiliki", "Georgia"],
        [
            "Papadopoulos|Papadopoulou",
            "Georgiou",
            "Nikolaidis|Nikolaidou",
            "Karagiannis|Karagianni",
            "Christodoulou",
            "Oikonomou",
            "Vlachos|Vlachou",
        ],
    ),
    "filipino": (
        ["Rodel", "Jericho", "Marvin", "Arnel", "Romeo"],
        ["Maricel", "Rowena", "Jocelyn", "Analyn", "Rhea"],
        ["Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Dimaculangan", "Macaraeg", "Dela Cruz"],
    ),
    "korean": (
        ["Minjun", "Jiho", "Hyunwoo", "Seojun", "Dongha"],
        ["Seoyeon", "Jiwoo", "Hayoon", "Minji", "Soomin"],
        ["Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon"],
    ),
    "chechen": (
        ["Ramzan", "Aslan", "Magomed", "Shamil", "Islam"],
        ["Zarema", "Madina", "Kheda", "Aminat", "Luiza"],
        [
            "Dudaev|Dudaeva",
            "Umarov|Umarova",
            "Saidov|Saidova",
            "Khasanov|Khasanova",
            "Magomadov|Magomadova",
            "Bisultanov|Bisultanova",
        ],
    ),
}

# community mix per country: ("faker:<locale>" or "own:<key>", weight)
COMMUNITY = {
    "DE": [
        ("faker:tr_TR", 6),
        ("own:polish", 4),
        ("faker:hr_HR", 2),
        ("own:serbian", 2),
        ("faker:ro_RO", 2),
        ("own:ukrainian", 3),
        ("own:levant", 4),
        ("own:greek", 2),
        ("own:vietnamese", 2),
        ("faker:it_IT", 2),
        ("faker:pt_PT", 1),
        ("faker:es_ES", 1),
        ("faker:nl_NL", 1),
        ("faker:en_IN", 1),
        ("faker:yo_NG", 1),
    ],
    "AT": [
        ("faker:tr_TR", 5),
        ("own:serbian", 5),
        ("faker:hr_HR", 3),
        ("faker:ro_RO", 3),
        ("faker:hu_HU", 2),
        ("faker:cs_CZ", 2),
        ("faker:sk_SK", 2),
        ("own:polish", 2),
        ("own:levant", 3),
        ("own:chechen", 2),
        ("faker:sl_SI", 1),
        ("own:ukrainian", 2),
    ],
    "CH": [
        ("own:albanian", 6),
        ("faker:pt_PT", 4),
        ("faker:it_IT", 3),
        ("own:serbian", 2),
        ("faker:hr_HR", 1),
        ("own:eritrean", 3),
        ("own:tamil", 3),
        ("faker:tr_TR", 2),
        ("faker:es_ES", 2),
        ("own:ukrainian", 1),
        ("faker:pt_BR", 1),
        ("own:levant", 1),
        ("faker:fr_BE", 1),
        ("faker:de_LI", 0),
    ],
    "FR": [
        ("faker:fr_DZ", 6),
        ("faker:pt_PT", 4),
        ("faker:es_ES", 2),
        ("own:vietnamese", 2),
        ("faker:tr_TR", 2),
        ("faker:yo_NG", 1),
        ("faker:ro_RO", 2),
        ("faker:it_IT", 2),
        ("own:chinese", 2),
        ("faker:fr_BE", 1),
        ("own:levant", 1),
    ],
    "IT": [
        ("faker:ro_RO", 5),
        ("own:albanian", 4),
        ("own:ukrainian", 3),
        ("faker:fr_DZ", 3),
        ("own:chinese", 3),
        ("own:filipino", 2),
        ("faker:en_IN", 2),
        ("faker:es_CO", 1),
        ("faker:pt_BR", 1),
        ("own:polish", 1),
    ],
    "GB": [
        ("faker:en_IN", 5),
        ("own:polish", 4),
        ("faker:en_IE", 3),
        ("faker:yo_NG", 3),
        ("faker:pt_PT", 1),
        ("faker:ro_RO", 2),
        ("own:chinese", 2),
        ("own:somali", 2),
        ("own:greek", 1),
        ("faker:it_IT", 1),
        ("own:tamil", 1),
    ],
    "US": [
        ("faker:es_MX", 6),
        ("own:vietnamese", 2),
        ("own:chinese", 2),
        ("faker:en_IN", 3),
        ("own:korean", 2),
        ("faker:yo_NG", 1),
        ("own:polish", 1),
        ("faker:it_IT", 1),
        ("faker:es_CO", 1),
        ("own:filipino", 2),
        ("own:somali", 1),
        ("faker:sv_SE", 1),
    ],
}

REGION = {  # faker locales for first names and surnames per country
    "DE": (["de_DE"], ["de_DE"]),
    "AT": (["de_AT", "de_AT", "de_AT", "de_DE"], ["de_AT"]),
    "CH": (["de_CH"], ["de_CH"]),
    "CHF": (["fr_CH", "fr_FR"], ["fr_CH", "fr_CH", "fr_FR"]),
    "FR": (["fr_FR"], ["fr_FR"]),
    "IT": (["it_IT"], ["it_IT"]),
    "CHI": (["it_IT"], ["TICINO"]),
    "GB": (["en_GB"], ["en_GB"]),
    "US": (["en_US"], ["en_US"]),
}
TICINO = [
    "Bernasconi",
    "Caverzasio",
    "Pedrazzini",
    "Rusconi",
    "Soldati",
    "Lepori",
    "Gianella",
    "Pedroni",
    "Respini",
    "Cattaneo",
    "Balestra",
    "Quadri",
    "Mombelli",
    "Zanetti",
    "Borradori",
    "Cereghetti",
    "Fumagalli",
    "Induni",
    "Lafranchi",
    "Pellanda",
    "Rezzonico",
    "Stoppani",
    "Tamò",
    "Vanoni",
    "Guscetti",
    "Beffa",
    "Ghisletta",
    "Morosoli",
    "Bianchetti",
    "Delcò",
]

WORD_SURNAMES = {
    "de": [
        "Nagel",
        "Wolke",
        "Himmel",
        "Stern",
        "Rabe",
        "Spatz",
        "Hase",
        "Eiche",
        "Honig",
        "Kraut",
        "Mond",
        "Hammer",
        "Kessel",
        "Schnee",
        "Wunder",
        "Freitag",
        "Acker",
        "Bach",
        "Blume",
        "Feder",
        "Lamm",
        "Kurz",
        "Lang",
        "Klein",
        "Gut",
        "Bär",
        "Frei",
        "Reich",
        "Lustig",
        "Sauer",
        "Fröhlich",
        "Kranz",
        "Baum",
        "Traube",
    ],
    "fr": [
        "Lapin",
        "Renard",
        "Mouton",
        "Boulanger",
        "Chevalier",
        "Loiseau",
        "Marchand",
        "Berger",
        "Poisson",
        "Soleil",
        "Jardin",
        "Bonnet",
        "Fontaine",
        "Rivière",
        "Noël",
        "Beau",
        "Lecerf",
        "Leblanc",
        "Lagarde",
        "Montagne",
        "Vallée",
        "Bouchon",
        "Charpentier",
        "Sauvage",
    ],
    "it": [
        "Gallo",
        "Lupo",
        "Orso",
        "Fiore",
        "Sole",
        "Mare",
        "Monte",
        "Neri",
        "Ferro",
        "Gatto",
        "Grillo",
        "Colombo",
        "Cavallo",
        "Pesce",
        "Bello",
        "Allegro",
        "Fortuna",
        "Martello",
        "Vento",
        "Rondine",
        "Pane",
        "Fontana",
        "Riva",
        "Longo",
    ],
    "en": [
        "Baker",
        "Bird",
        "Wolf",
        "Rose",
        "King",
        "Bell",
        "Hill",
        "Field",
        "Marsh",
        "Snow",
        "Friend",
        "Sweet",
        "Sharp",
        "Gold",
        "Hunter",
        "Mason",
        "Cook",
        "Lamb",
        "Swan",
        "Church",
        "Young",
        "Little",
        "Best",
        "Hart",
        "Chance",
        "Wise",
        "Moody",
        "Stone",
        "Rich",
        "Bishop",
    ],
}
WORD_FIRST = {
    "de": (
        ["Ernst", "Wolf", "Frank", "Konstantin", "Sieger", "Gottlieb"],
        ["Rosa", "Linde", "Heide", "Erika", "Viola", "Iris"],
    ),
    "fr": (
        ["Clément", "Désiré", "Aimé", "Modeste", "Pascal", "Hyacinthe"],
        ["Blanche", "Prudence", "Victoire", "Fleur", "Violette", "Constance"],
    ),
    "it": (
        ["Felice", "Fortunato", "Primo", "Benvenuto", "Innocente", "Costante"],
        ["Serena", "Stella", "Celeste", "Gioia", "Speranza", "Viola"],
    ),
    "en": (
        ["Will", "Hunter", "Chase", "Drew", "Mark", "Rob"],
        ["Hope", "Grace", "June", "Faith", "Joy", "Holly", "Ivy", "Dawn", "Summer", "Amber"],
    ),
}
PARTICLE_NAMES = {
    "de": [
        "von Gunten",
        "von Arx",
        "zur Linden",
        "von Steiger",
        "von Rotz",
        "von Ballmoos",
        "zum Brunnen",
        "von der Heydt",
        "van Dyck",
        "ten Brink",
        "von Känel",
        "auf der Mauer",
        "von Bergen",
        "de Boer",
    ],
    "fr": [
        "de Montmollin",
        "de Rham",
        "Du Bois",
        "de la Harpe",
        "Le Roux",
        "de Coulon",
        "d'Ivernois",
        "Le Coultre",
        "de Siebenthal",
        "Des Jardins",
        "du Plessis",
        "La Fontaine",
        "de Pourtalès",
    ],
    "it": [
        "De Luca",
        "Dalla Costa",
        "Dal Bosco",
        "Della Torre",
        "Lo Russo",
        "La Rosa",
        "Di Stefano",
        "D'Alessandro",
        "De Marchi",
        "Lo Giudice",
        "Degli Esposti",
        "Dell'Orto",
    ],
    "en": [
        "O'Brien",
        "McAllister",
        "de Souza",
        "Van Buren",
        "St. John",
        "O'Sullivan",
        "MacKenzie",
        "D'Arcy",
        "Fitzgerald",
        "De Witt",
        "Le Page",
        "McNaughton",
    ],
}
INVENT = {
    "de": (
        [
            "Grub",
            "Moos",
            "Stock",
            "Ried",
            "Tann",
            "Holz",
            "Schwend",
            "Eggl",
            "Hinter",
            "Ober",
            "Brunn",
            "Gfell",
            "Kalch",
            "Rüti",
            "Zwahl",
            "Hasl",
            "Wiesn",
            "Bichl",
            "Lehn",
            "Gschwend",
            "Aschl",
            "Fahrn",
        ],
        [
            "bichler",
            "egger",
            "mooser",
            "linger",
            "reiter",
            "schwander",
            "lechner",
            "wieser",
            "stetter",
            "thaler",
            "mattner",
            "bacher",
            "leitner",
            "hofstetter",
            "grabner",
            "rainer",
            "mühlner",
            "wanger",
        ],
    ),
    "fr": (
        [
            "Chau",
            "Vau",
            "Mor",
            "Gre",
            "Bail",
            "Cour",
            "Jaqu",
            "Rouv",
            "Tiss",
            "Mell",
            "Cuen",
            "Gir",
            "Pral",
            "Bov",
            "Tschan",
            "Gen",
        ],
        ["vaz", "oz", "illod", "enet", "ouillat", "erin", "ellaz", "uz", "ex", "aud", "ignon", "eret"],
    ),
    "it": (
        [
            "Corv",
            "Pell",
            "Castell",
            "Scarp",
            "Vald",
            "Tagl",
            "Cavall",
            "Borr",
            "Gald",
            "Sciar",
            "Brun",
            "Mott",
            "Quar",
            "Ghir",
        ],
        ["asio", "ignani", "acchi", "uzzi", "etti", "oni", "azzi", "ardo", "ugli", "ascia", "ellini", "otta"],
    ),
    "en": (
        [
            "Kelth",
            "Brack",
            "Penth",
            "Thorn",
            "Wyck",
            "Hald",
            "Marl",
            "Cres",
            "Fern",
            "Stam",
            "Rother",
            "Glen",
            "Ashen",
            "Holl",
        ],
        ["waite", "ley", "ington", "worth", "stone", "by", "ford", "wick", "hurst", "combe", "thorpe", "stead"],
    ),
}
RARE_FIRST = {
    "de": (
        ["Wendelin", "Ottokar", "Gottlieb", "Eusebius", "Ruppert", "Fridolin", "Pankraz", "Leberecht", "Isidor"],
        ["Hiltrud", "Reinhild", "Leopoldine", "Kunigunde", "Notburga", "Mechthild", "Walpurga", "Roswitha"],
    ),
    "fr": (
        ["Anatole", "Gaspard", "Théophile", "Fulbert", "Anselme", "Barnabé", "Eudes", "Hilarion"],
        ["Eulalie", "Sidonie", "Cunégonde", "Athénaïs", "Honorine", "Philomène", "Aldegonde", "Bathilde"],
    ),
    "it": (
        ["Ermenegildo", "Zaccaria", "Ippolito", "Bartolomeo", "Pancrazio", "Gervasio", "Eusebio", "Onofrio"],
        ["Gelsomina", "Liberata", "Eufemia", "Teodolinda", "Crocifissa", "Assunta", "Filomena", "Nunziata"],
    ),
    "en": (
        ["Peregrine", "Algernon", "Barnaby", "Thaddeus", "Jolyon", "Ambrose", "Lysander", "Cuthbert"],
        ["Ottoline", "Euphemia", "Clementine", "Araminta", "Philippa", "Perpetua", "Marigold", "Winifred"],
    ),
}
NICK = {
    "Stefanie": ["Steffi"],
    "Florian": ["Flo"],
    "Thomas": ["Tom", "Tommi"],
    "Andreas": ["Andi", "Andy"],
    "Christian": ["Chris"],
    "Katharina": ["Kathi", "Kati"],
    "Johannes": ["Hannes"],
    "Matthias": ["Matze", "Hias"],
    "Alexander": ["Alex", "Sascha"],
    "Daniela": ["Dani"],
    "Susanne": ["Susi", "Sanne"],
    "Gabriele": ["Gabi"],
    "Michael": ["Michi", "Mike"],
    "Franziska": ["Franzi"],
    "Sebastian": ["Basti"],
    "Maximilian": ["Max", "Maxi"],
    "Wolfgang": ["Wolfi"],
    "Josef": ["Sepp", "Pepi"],
    "Barbara": ["Babsi", "Bärbel"],
    "Elisabeth": ["Lisi", "Sissi"],
    "Theresia": ["Resi"],
    "Ulrich": ["Ueli", "Uli"],
    "Rudolf": ["Ruedi", "Rudi"],
    "Verena": ["Vreni"],
    "Samuel": ["Sämi", "Sam"],
    "Daniel": ["Dänu", "Dani", "Dan", "Danny"],
    "Regula": ["Regi"],
    "Beatrice": ["Bea"],
    "Friedrich": ["Fritz"],
    "Margrit": ["Margritli"],
    "Jakob": ["Köbi"],
    "Johann": ["Hansi"],
    "Leopold": ["Poldi"],
    "Ferdinand": ["Ferdl"],
    "Nikolaus": ["Klaus"],
    "Christoph": ["Stoffel", "Chris"],
    "Patrick": ["Pat"],
    "Frédéric": ["Fred"],
    "Dominique": ["Domi"],
    "Nicolas": ["Nico"],
    "Alexandre": ["Alex"],
    "Catherine": ["Cathy"],
    "Christophe": ["Chris"],
    "Isabelle": ["Isa", "Babette"],
    "Stéphanie": ["Steph"],
    "Françoise": ["Fanfan"],
    "Sébastien": ["Seb"],
    "Valentin": ["Val"],
    "Philippe": ["Phil"],
    "Bernadette": ["Bernie"],
    "Jacqueline": ["Jacky"],
    "Giuseppe": ["Peppe", "Beppe"],
    "Francesco": ["Checco", "Franco"],
    "Antonio": ["Toni", "Totò"],
    "Salvatore": ["Totò", "Turi"],
    "Vincenzo": ["Enzo"],
    "Alessandro": ["Ale", "Sandro"],
    "Federica": ["Fede"],
    "Roberto": ["Robi"],
    "Elisabetta": ["Betta"],
    "Massimo": ["Max"],
    "Giovanni": ["Gianni", "Nanni"],
    "Domenico": ["Mimmo"],
    "Filippo": ["Pippo"],
    "Margherita": ["Ghita"],
    "Raffaele": ["Lello"],
    "Gabriella": ["Gabri"],
    "Francesca": ["Fra", "Franci"],
    "William": ["Will", "Bill"],
    "Robert": ["Rob", "Bob"],
    "Elizabeth": ["Liz", "Beth"],
    "Margaret": ["Maggie", "Peggy"],
    "Katherine": ["Kate", "Katie"],
    "James": ["Jim", "Jamie"],
    "Christopher": ["Chris"],
    "Jennifer": ["Jen"],
    "Rebecca": ["Bex", "Becky"],
    "David": ["Dave"],
    "Anthony": ["Tony"],
    "Patricia": ["Pat", "Trish"],
    "Victoria": ["Vicky"],
    "Jonathan": ["Jon"],
    "Joseph": ["Joe"],
    "Matthew": ["Matt"],
    "Nicholas": ["Nick"],
    "Benjamin": ["Ben"],
    "Samantha": ["Sam"],
    "Deborah": ["Debbie"],
    "Edward": ["Ted", "Eddie"],
    "Charlotte": ["Charlie", "Lottie"],
    "Oleksandr": ["Sasha"],
    "Katarzyna": ["Kasia"],
    "Małgorzata": ["Gosia"],
    "Mohammad": ["Mo"],
    "Mohamed": ["Mo"],
    "Abdirahman": ["Abdi"],
    "Konstantinos": ["Kostas"],
    "Dimitrios": ["Dimitris"],
    "Georgios": ["Giorgos"],
}


def _all_surnames() -> set[str]:
    s = set(TICINO)
    for d in FK.values():
        for k in ("last_names", "last_names_male", "last_names_female"):
            s.update(d.get(k, []))
    for _m, _f, ln in OWN.values():
        for x in ln:
            s.update(x.split("|"))
    return s


ALL_SURNAMES = _all_surnames()
ALL_FIRST = set()
for _d in FK.values():
    ALL_FIRST.update(_d.get("first_names_male", []))
    ALL_FIRST.update(_d.get("first_names_female", []))


# --------------------------------------------------------------------------------------------------------------------
# dates
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
    "de_abbr": ["Jan.", "Feb.", "Mrz.", "Apr.", "Mai", "Jun.", "Jul.", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
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
    "fr_abbr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
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
    "it_abbr": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
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
    "en_abbr": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

SHAPES = {
    "DE": ["dmy_dot"] * 6
    + [
        "dmy_dot_np",
        "dmy_dot_yy",
        "dmy_dot_sp",
        "iso",
        "de_long",
        "de_long0",
        "de_abbr",
        "de_nodot",
        "roman",
        "compact",
        "dmy_slash",
        "de_long_sp",
    ],
    "AT": ["dmy_dot"] * 6
    + ["dmy_dot_np", "dmy_dot_yy", "iso", "de_long", "de_long0", "de_abbr", "de_nodot", "dmy_dot_sp", "roman"],
    "CH": ["dmy_dot"] * 7 + ["dmy_dot_np", "dmy_dot_yy", "iso", "de_long", "de_abbr", "dmy_slash", "compact"],
    "CHF": ["dmy_dot"] * 4 + ["dmy_slash"] * 3 + ["fr_long", "fr_abbr", "fr_upper", "iso", "dmy_dot_np"],
    "FR": ["dmy_slash"] * 6
    + ["fr_long", "fr_long", "fr_abbr", "fr_upper", "iso", "dmy_dash", "dmy_slash_yy", "dmy_sp", "dmy_dot"],
    "CHI": ["dmy_dot"] * 4 + ["dmy_slash"] * 2 + ["it_long", "it_abbr", "iso", "it_upper"],
    "IT": ["dmy_slash"] * 6
    + ["it_long", "it_long", "it_abbr", "iso", "dmy_dash", "dmy_slash_np", "dmy_dot", "it_upper"],
    "GB": ["dmy_slash"] * 5
    + ["en_long", "en_ord", "en_ord_of", "en_abbr", "en_upper_dash", "iso", "dmy_dot", "dmy_slash_yy"],
    "US": ["us_slash"] * 5
    + ["us_slash_np", "us_yy", "us_long", "us_abbr", "us_abbr_dot", "us_dash", "iso", "us_long_ord"],
}


def _ord_en(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d: dt.date, shape: str, country: str = "DE") -> str:
    D, M, Y = d.day, d.month, d.year
    at = country == "AT"
    if shape == "dmy_dot":
        return f"{D:02d}.{M:02d}.{Y}"
    if shape == "dmy_dot_np":
        return f"{D}.{M}.{Y}"
    if shape == "dmy_dot_yy":
        return f"{D:02d}.{M:02d}.{Y % 100:02d}"
    if shape == "dmy_dot_sp":
        return f"{D:02d}. {M:02d}. {Y}"
    if shape == "iso":
        return f"{Y}-{M:02d}-{D:02d}"
    if shape == "compact":
        return f"{Y}{M:02d}{D:02d}"
    if shape == "ymd_slash":
        return f"{Y}/{M:02d}/{D:02d}"
    if shape == "dmy_slash":
        return f"{D:02d}/{M:02d}/{Y}"
    if shape == "dmy_slash_np":
        return f"{D}/{M}/{Y}"
    if shape == "dmy_slash_yy":
        return f"{D:02d}/{M:02d}/{Y % 100:02d}"
    if shape == "dmy_dash":
        return f"{D:02d}-{M:02d}-{Y}"
    if shape == "dmy_sp":
        return f"{D:02d} {M:02d} {Y}"
    if shape == "roman":
        return f"{D}.{ROMAN[M - 1]}.{Y}"
    if shape in ("de_long", "de_long0", "de_nodot", "de_long_sp"):
        mon = MONTHS["de"][M - 1]
        if at and M == 1:
            mon = "Jänner"
        dd = f"{D:02d}" if shape == "de_long0" else str(D)
        if shape == "de_nodot":
            return f"{dd}.{mon} {Y}"
        if shape == "de_long_sp":
            return f"{dd} {mon} {Y}"
        return f"{dd}. {mon} {Y}"
    if shape == "de_abbr":
        mon = MONTHS["de_abbr"][M - 1]
        if at and M == 1:
            mon = "Jän."
        return f"{D}. {mon} {Y}"
    if shape in ("fr_long", "fr_upper"):
        dd = "1er" if D == 1 else str(D)
        s = f"{dd} {MONTHS['fr'][M - 1]} {Y}"
        return s.upper() if shape == "fr_upper" else s
    if shape == "fr_abbr":
        return f"{D} {MONTHS['fr_abbr'][M - 1]} {Y}"
    if shape in ("it_long", "it_upper"):
        dd = "1°" if D == 1 else str(D)
        s = f"{dd} {MONTHS['it'][M - 1]} {Y}"
        return s.upper() if shape == "it_upper" else s
    if shape == "it_abbr":
        return f"{D} {MONTHS['it_abbr'][M - 1]} {Y}"
    if shape == "en_long":
        return f"{D} {MONTHS['en'][M - 1]} {Y}"
    if shape == "en_ord":
        return f"{_ord_en(D)} {MONTHS['en'][M - 1]} {Y}"
    if shape == "en_ord_of":
        return f"{_ord_en(D)} of {MONTHS['en'][M - 1]} {Y}"
    if shape == "en_abbr":
        return f"{D} {MONTHS['en_abbr'][M - 1]} {Y}"
    if shape == "en_upper_dash":
        return f"{D:02d}-{MONTHS['en_abbr'][M - 1].upper()}-{Y}"
    if shape == "us_slash":
        return f"{M:02d}/{D:02d}/{Y}"
    if shape == "us_slash_np":
        return f"{M}/{D}/{Y}"
    if shape == "us_yy":
        return f"{M}/{D}/{Y % 100:02d}"
    if shape == "us_dash":
        return f"{M}-{D}-{Y}"
    if shape == "us_long":
        return f"{MONTHS['en'][M - 1]} {D}, {Y}"
    if shape == "us_long_ord":
        return f"{MONTHS['en'][M - 1]} {_ord_en(D)}, {Y}"
    if shape == "us_abbr":
        return f"{MONTHS['en_abbr'][M - 1]} {D}, {Y}"
    if shape == "us_abbr_dot":
        mon = MONTHS["en_abbr"][M - 1]
        return f"{mon}{'' if mon == 'May' else '.'} {D}, {Y}"
    raise ValueError(shape)


# --------------------------------------------------------------------------------------------------------------------
# checksums
# --------------------------------------------------------------------------------------------------------------------
def _iban_check(cc: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def luhn_ok(n: str) -> bool:
    ds = [int(c) for c in n if c.isdigit()][::-1]
    return sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(ds)) % 10 == 0


def _luhn_complete(prefix: str, length: int, r: random.Random) -> str:
    s = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(s + c):
            return s + c
    raise AssertionError


def ean13_ok(n: str) -> bool:
    ds = [int(c) for c in n if c.isdigit()]
    if len(ds) != 13:
        return False
    s = sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(ds[:12]))
    return (10 - s % 10) % 10 == ds[12]


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]


def _it_cin(s: str) -> str:
    tot = sum(_CIN_ODD[int(c)] if i % 2 == 0 else int(c) for i, c in enumerate(s))
    return chr(ord("A") + tot % 26)


def _fr_rib(bank: str, branch: str, acct: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97:02d}"


# --------------------------------------------------------------------------------------------------------------------
# people and places
# --------------------------------------------------------------------------------------------------------------------
class Person:
    def __init__(self, first: str, last: str, g: str, kind: str, lang: str, nick: str | None, born: dt.date):
        self.first, self.last, self.g, self.kind, self.lang, self.nick, self.born = (
            first,
            last,
            g,
            kind,
            lang,
            nick,
            born,
        )
        self.fem_last: str | None = None

    @property
    def f(self) -> bool:
        return self.g == "f"

    def initials(self) -> str:
        parts = re.split(r"([- ])", self.first)
        return "".join(p[0] + "." if p not in ("-", " ") else ("-" if p == "-" else " ") for p in parts if p)

    def render(self, style: str) -> str:
        F, L = self.first, self.last
        if style == "full":
            return f"{F} {L}"
        if style == "lastfirst":
            return f"{L}, {F}"
        if style == "LASTfirst":
            return f"{L.upper()} {F}"
        if style == "LAST,first":
            return f"{L.upper()}, {F}"
        if style == "last_first":
            return f"{L} {F}"
        if style == "initial":
            return f"{self.initials()} {L}"
        if style == "first_initial":
            return f"{F} {L[0]}."
        if style == "upper":
            return f"{F} {L}".upper()
        if style == "first":
            return F
        if style == "last":
            return L
        if style == "nick":
            return self.nick or F
        if style == "nicklast":
            return f"{self.nick or F} {L}"
        raise ValueError(style)


class Addr:
    def __init__(self, street: str, town: str, plz: str, city: str, area: str, country: str):
        self.street, self.town, self.plz, self.city, self.area, self.country = street, town, plz, city, area, country


def _translit(s: str) -> str:
    import unicodedata

    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").replace("Ä", "Ae")
    s = s.replace("Ö", "Oe").replace("Ü", "Ue").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_"))


COUNTRY = {
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_CH": "CHF",
    "fr_FR": "FR",
    "it_CH": "CHI",
    "it_IT": "IT",
    "en_GB": "GB",
    "en_US": "US",
}
PHONE_CC = {"DE": "49", "AT": "43", "CH": "41", "CHF": "41", "CHI": "41", "FR": "33", "IT": "39", "GB": "44", "US": "1"}
NET = {"CHF": "CH", "CHI": "CH"}  # country of phone network / mail hosts / IP ranges / IBAN

TODAY = dt.date(2026, 12, 6)


def _seed(s: str) -> int:
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")


def _feminise(last: str) -> str:
    if last.endswith("ý"):
        return last[:-1] + "á"
    if last.endswith("ek") and len(last) > 4:
        return last[:-2] + "ková"
    if last.endswith(("a", "e", "o")):
        return last[:-1] + "ová"
    if last.endswith("ová") or last.endswith("á"):
        return last
    return last + "ová"


class Ctx:
    """All random choices of one document."""

    def __init__(self, locale: str, seed: str):
        self.r = random.Random(_seed(seed))
        self.locale, self.lang, self.cc = locale, locale[:2], COUNTRY[locale]
        self.net = NET.get(self.cc, self.cc)
        self.swiss = self.net == "CH"
        self.shape = self.r.choice(SHAPES[self.cc])
        self.names: set[tuple[str, str]] = set()
        self.emails: set[str] = set()

    # --- random helpers ------------------------------------------------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x: float) -> bool:
        return self.r.random() < x

    def n(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def digits(self, k: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(k))

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def t(self, d: dict) -> str:
        """Pick the current language's entry of a phrase dict (a list there means: choose one)."""
        v = d[self.lang] if self.lang in d else d["de"]
        if isinstance(v, dict):
            v = v.get(self.cc, v.get("*"))
        return self.ch(v) if isinstance(v, list) else v

    def tl(self, d: dict) -> list:
        """The current language's list of a phrase dict (no choice)."""
        v = d[self.lang] if self.lang in d else d["de"]
        if isinstance(v, dict):
            v = v.get(self.cc, v.get("*"))
        return v

    # --- persons -------------------------------------------------------------------------------------------------
    def _src_names(self, src: str, g: str) -> tuple[str, str, str]:
        """first name, male surname, female surname from a source."""
        if src.startswith("own:"):
            m, f, ln = OWN[src[4:]]
            first = self.ch(m if g == "m" else f)
            last = self.ch(ln)
            lm, lf = (last.split("|") + [last])[:2] if "|" in last else (last, last)
            return first, lm, lf
        d = FK[src[6:]]
        first = self.ch(d["first_names_male"] if g == "m" else d["first_names_female"])
        if "last_names_male" in d and src[6:] in ("cs_CZ", "sk_SK"):
            lm = self.ch(d["last_names_male"])
            return first, lm, _feminise(lm)
        last = self.ch(d["last_names"])
        return first, last, last

    def _region(self, g: str) -> tuple[str, str, str]:
        fl, ll = REGION[self.cc]
        d = FK[self.ch(fl)]
        first = self.ch(d["first_names_male"] if g == "m" else d["first_names_female"])
        lsrc = self.ch(ll)
        last = self.ch(TICINO) if lsrc == "TICINO" else self.ch(FK[lsrc]["last_names"])
        return first, last, last

    def _invent(self) -> str:
        pre, suf = INVENT[self.lang]
        for _ in range(50):
            s = self.ch(pre) + self.ch(suf)
            if (
                s not in ALL_SURNAMES
                and not re.search(r"(.)\1\1", s.lower())
                and not re.search(r"([aeiouy])\1", s.lower())
            ):
                return s
        return s

    def person(
        self, g: str | None = None, kind: str | None = None, age: tuple[int, int] = (19, 82), last: Person | None = None
    ) -> Person:
        for _ in range(30):
            gg = g or self.ch("mf")
            k = kind or self.ch(["region"] * 55 + ["community"] * 23 + ["special"] * 22)
            if last is not None:
                first = self._region(gg)[0] if last.kind != "community" else self._src_names(last.src, gg)[0]
                lm, lf = last.lm, last.lf
                src = last.src
                k = last.kind
            elif k == "region":
                first, lm, lf = self._region(gg)
                src = "region"
            elif k == "community":
                srcs = [s for s, w in COMMUNITY[self.net if self.cc not in ("AT",) else "AT"] for _ in range(w)]
                if self.cc == "CHF":
                    srcs += ["faker:pt_PT"] * 3 + ["own:albanian"] * 2 + ["faker:fr_DZ"] * 2
                src = self.ch(srcs)
                first, lm, lf = self._src_names(src, gg)
            else:
                src = "region"
                first, lm, lf = self._region(gg)
                sub = self.ch(["word", "word", "particle", "invent", "invent", "double"])
                if sub == "word":
                    lm = lf = self.ch(WORD_SURNAMES[self.lang])
                    if self.p(0.3):
                        first = self.ch(WORD_FIRST[self.lang][0 if gg == "m" else 1])
                elif sub == "particle":
                    lm = lf = self.ch(PARTICLE_NAMES[self.lang])
                elif sub == "invent":
                    lm = lf = self._invent()
                    if self.p(0.4):
                        first = self.ch(RARE_FIRST[self.lang][0 if gg == "m" else 1])
                else:
                    other = self._region(gg)[1]
                    if other == lm:
                        continue
                    sep = " " if self.lang in ("it", "en") and self.p(0.35) else "-"
                    lm = lf = f"{lm}{sep}{other}"
            lname = lm if gg == "m" else lf
            if (first, lname) in self.names:
                continue
            self.names.add((first, lname))
            nick = None
            if first in NICK and self.p(0.55):
                nick = self.ch(NICK[first])
                if (
                    self.lang == "de"
                    and self.cc != "CH"
                    and nick in ("Ueli", "Ruedi", "Vreni", "Sämi", "Dänu", "Köbi", "Margritli", "Regi")
                ):
                    nick = None
            years = self.n(*age)
            born = TODAY - dt.timedelta(days=int(years * 365.25) + self.n(0, 364))
            p = Person(first, lname, gg, k, self.lang, nick, born)
            p.lm, p.lf, p.src = lm, lf, src
            return p
        raise RuntimeError("no person")

    def kin(self, p: Person, g: str | None = None, age: tuple[int, int] = (19, 82)) -> Person:
        return self.person(g=g, age=age, last=p)

    def child(self, p: Person, g: str | None = None, age: tuple[int, int] = (5, 15)) -> Person:
        return self.person(g=g, age=age, last=p)

    def name(self, p: Person, style: str | None = None) -> str:
        style = style or self.ch(["full"] * 6 + ["lastfirst", "LASTfirst", "initial", "full"])
        return lab("PERSON", p.render(style))

    # --- places --------------------------------------------------------------------------------------------------
    def _housenr(self, cc: str) -> str:
        n = self.n(1, 140) if self.p(0.85) else self.n(141, 420)
        if cc in ("DE", "CH"):
            x = self.r.random()
            if x < 0.12:
                return f"{n}{self.ch('abcd')}"
            if x < 0.17:
                return f"{n} {self.ch('ab')}"
            if x < 0.2 and cc == "DE":
                return f"{n}-{n + 2}"
            return str(n)
        if cc == "AT":
            x = self.r.random()
            if x < 0.25:
                return f"{n}/{self.n(1, 9)}"
            if x < 0.4:
                return f"{n}/{self.n(1, 4)}/{self.n(1, 24)}"
            if x < 0.5:
                return f"{n}/Top {self.n(1, 30)}"
            if x < 0.55:
                return f"{n}/Stiege {self.n(1, 4)}/Tür {self.n(1, 20)}"
            return str(n)
        return str(n)

    def addr(self, cc: str | None = None, town: tuple | None = None, biz: bool = False) -> Addr:
        cc = cc or self.cc
        t = town or self.ch(TOWNS[cc])
        plz, city, area = t[0], t[1], t[2]
        st = self.ch(STREETS[cc])
        nr = self._housenr(cc)
        if biz:
            nr = re.sub(r"/.*", "", nr)
        if cc == "DE":
            if st.endswith("straße") and self.p(0.15):
                st = st[:-6] + "str."
            street = f"{st} {nr}"
            town = f"{'D-' if self.p(0.08) else ''}{plz} {city}"
        elif cc == "AT":
            street = f"{st} {nr}"
            town = f"{'A-' if self.p(0.1) else ''}{plz} {city}"
        elif cc in ("CH", "CHF", "CHI"):
            street = f"{st} {nr}"
            town = f"{'CH-' if self.p(0.12) else ''}{plz} {city}"
        elif cc == "FR":
            x = self.r.random()
            nn = f"{nr}{self.ch([' bis', ' ter'])}" if self.p(0.1) else nr
            stc = st[0].upper() + st[1:] if self.p(0.3) else st
            street = f"{nn}, {stc}" if x < 0.35 else f"{nn} {stc}"
            town = f"{plz} {city.upper() if self.p(0.4) else city}"
        elif cc == "IT":
            x = self.r.random()
            if x < 0.35:
                street = f"{st}, {nr}"
            elif x < 0.5:
                street = f"{st} n. {nr}"
            elif x < 0.6:
                street = f"{st} {nr}/{self.ch('ABC')}"
            elif x < 0.67:
                street = f"{st} {nr} int. {self.n(1, 12)}"
            else:
                street = f"{st} {nr}"
            prov = t[3]
            y = self.r.random()
            town = (
                f"{plz} {city} ({prov})"
                if y < 0.5
                else f"{plz} {city} {prov}"
                if y < 0.7
                else f"I-{plz} {city}"
                if y < 0.75
                else f"{plz} {city}"
            )
            plz = plz
        elif cc == "GB":
            x = self.r.random()
            if x < 0.2 and not biz:
                street = f"Flat {self.n(1, 12)}, {nr} {st}"
            elif x < 0.27:
                street = f"{nr}{self.ch('ab')} {st}"
            else:
                street = f"{nr} {st}"
            plz = f"{plz} {self.n(1, 9)}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}"
            town = f"{city.upper() if self.p(0.15) else city} {plz}"
        else:  # US
            nr = str(self.n(10, 9899))
            x = self.r.random()
            if biz:
                street = f"{nr} {st}" + (f", Suite {self.n(100, 450)}" if self.p(0.15) else "")
            elif x < 0.15:
                street = f"{nr} {st} Apt {self.n(1, 24)}{self.ch(['', 'B', 'C'])}"
            elif x < 0.25:
                street = f"{nr} {st} #{self.n(2, 40)}"
            elif x < 0.3:
                street = f"{nr} {st}, Unit {self.n(1, 12)}"
            else:
                street = f"{nr} {st}"
            zp = plz + (f"-{self.digits(4)}" if self.p(0.2) else "")
            town = f"{city}, {t[3]} {zp}"
        return Addr(street, town, plz, city, area, cc)

    def street(self, a: Addr) -> str:
        return lab("ADDRESS", a.street)

    def town(self, a: Addr) -> str:
        return lab("ADDRESS", a.town)

    def addr1(self, a: Addr, sep: str | None = None) -> str:
        sep = sep or self.ch([", "] * 6 + [" - ", " · ", "; ", " / "])
        return self.street(a) + sep + self.town(a)

    def addr2(self, a: Addr, indent: str = "") -> str:
        return indent + self.street(a) + "\n" + indent + self.town(a)

    def city(self) -> str:
        return self.ch(TOWNS[self.cc])[1]

    # --- phones --------------------------------------------------------------------------------------------------
    def phone_raw(self, mobile: bool = True, a: Addr | None = None, style: str | None = None, ext: bool = False) -> str:
        net = self.net
        cc = PHONE_CC[self.cc]
        r = self.r
        if net == "US":
            area = a.area if a else self.ch(TOWNS["US"])[2]
            ex = f"{self.n(201, 989)}"
            if ex in ("555", "911"):
                ex = "482"
            sub = self.digits(4)
            st = style or self.ch(["paren"] * 4 + ["dash"] * 3 + ["dot", "intl", "intl_paren", "one", "compact"])
            s = {
                "paren": f"({area}) {ex}-{sub}",
                "dash": f"{area}-{ex}-{sub}",
                "dot": f"{area}.{ex}.{sub}",
                "intl": f"+1 {area} {ex} {sub}",
                "intl_paren": f"+1 ({area}) {ex}-{sub}",
                "one": f"1-{area}-{ex}-{sub}",
                "compact": f"{area}{ex}{sub}",
            }[st]
            return s + (f" ext. {self.n(10, 499)}" if ext else "")
        if mobile:
            pre = self.ch(MOBILE[net])
        else:
            pre = a.area if a and a.country in (self.cc, net) else self.ch(TOWNS[self.cc])[2]
        # national subscriber part
        if net == "DE":
            sub = self.digits(self.n(7, 8) if mobile else max(5, 11 - len(pre) - self.n(0, 1)))
        elif net == "AT":
            sub = self.digits(self.n(6, 8) if mobile else max(5, 10 - len(pre)))
        elif net == "CH":
            sub = self.digits(7)
        elif net == "FR":
            pre = pre if mobile else pre
            sub = self.digits(8)
        elif net == "IT":
            sub = self.digits(7) if mobile else self.digits(max(6, 10 - len(pre)))
        else:  # GB
            sub = self.digits(11 - len(pre))
        nat = pre + sub
        intl_pre = pre[1:] if pre.startswith("0") and net != "IT" else pre
        x = r.random() if style is None else None

        def grp(s: str, sizes: list[int]) -> str:
            out, i = [], 0
            for k in sizes:
                out.append(s[i : i + k])
                i += k
            if i < len(s):
                out.append(s[i:])
            return " ".join(o for o in out if o)

        if net == "CH":
            body = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
            st = style or self.ch(["nat"] * 6 + ["intl"] * 3 + ["intl0", "00", "e164", "compact", "slash", "dots"])
            s = {
                "nat": f"{pre} {body}",
                "intl": f"+41 {intl_pre} {body}",
                "intl0": f"+41 (0){intl_pre} {body}",
                "00": f"0041 {intl_pre} {body}",
                "e164": f"+41{intl_pre}{sub}",
                "compact": f"{pre}{sub}",
                "slash": f"{pre}/{body}",
                "dots": f"{pre}.{sub[:3]}.{sub[3:5]}.{sub[5:]}",
            }[st]
        elif net == "FR":
            pairs = " ".join(sub[i : i + 2] for i in range(0, 8, 2))
            st = style or self.ch(
                ["nat"] * 6 + ["dots", "dots", "intl", "intl", "intl0", "00", "compact", "dash", "e164"]
            )
            s = {
                "nat": f"{pre} {pairs}",
                "dots": f"{pre}." + pairs.replace(" ", "."),
                "intl": f"+33 {pre[1:]} {pairs}",
                "intl0": f"+33 (0){pre[1:]} {pairs}",
                "00": f"0033 {pre[1:]} {pairs}",
                "compact": nat,
                "dash": f"{pre}-" + pairs.replace(" ", "-"),
                "e164": f"+33{pre[1:]}{sub}",
            }[st]
        elif net == "IT":
            body = f"{sub[:3]} {sub[3:]}" if mobile else (f"{sub[:4]} {sub[4:]}" if len(sub) == 8 else sub)
            st = style or self.ch(["nat"] * 5 + ["natc", "intl", "intl", "intlc", "00", "dash", "compact"])
            s = {
                "nat": f"{pre} {body}",
                "natc": f"{pre} {sub}",
                "intl": f"+39 {pre} {body}",
                "intlc": f"+39 {pre}{sub}",
                "00": f"0039 {pre} {sub}",
                "dash": f"{pre}-{sub}",
                "compact": f"{pre}{sub}",
            }[st]
        elif net == "GB":
            if mobile:
                body = f"{pre} {sub}"
                ib = f"{pre[1:]} {sub}"
            elif len(pre) == 3:
                body, ib = f"{pre} {sub[:4]} {sub[4:]}", f"{pre[1:]} {sub[:4]} {sub[4:]}"
            elif len(pre) == 4:
                body, ib = f"{pre} {sub[:3]} {sub[3:]}", f"{pre[1:]} {sub[:3]} {sub[3:]}"
            else:
                body, ib = f"{pre} {sub}", f"{pre[1:]} {sub}"
            st = style or self.ch(["nat"] * 6 + ["intl", "intl", "intl0", "paren", "compact", "e164"])
            s = {
                "nat": body,
                "intl": f"+44 {ib}",
                "intl0": f"+44 (0){ib}",
                "paren": f"({pre}) {body[len(pre) + 1 :]}",
                "compact": nat,
                "e164": f"+44{nat[1:]}",
            }[st]
        else:  # DE / AT
            c2 = "49" if net == "DE" else "43"
            st = style or self.ch(
                ["nat"] * 5
                + ["slash"] * 3
                + ["dash", "paren", "group", "intl", "intl", "intl0", "00", "e164", "intl_dash"]
            )
            gsub = grp(sub, [2, 2, 3, 3]) if len(sub) >= 6 else sub
            s = {
                "nat": f"{pre} {sub}",
                "slash": f"{pre}/{sub}",
                "dash": f"{pre}-{sub}",
                "paren": f"({pre}) {sub}",
                "group": f"{pre} {gsub}",
                "intl": f"+{c2} {intl_pre} {sub}",
                "intl0": f"+{c2} (0){intl_pre} {sub}",
                "00": f"00{c2} {intl_pre} {sub}",
                "e164": f"+{c2}{intl_pre}{sub}",
                "intl_dash": f"+{c2}-{intl_pre}-{sub}",
            }[st]
            if net == "AT" and st == "slash" and self.p(0.4):
                s = f"{pre}/{grp(sub, {6: [3, 3], 7: [3, 2, 2], 8: [2, 3, 3]}.get(len(sub), [3, 3, 3]))}"
        del x, cc
        if ext:
            if net in ("DE", "AT"):
                s = (f"{pre} {sub}" if not s.startswith("+") else f"+{c2} {intl_pre} {sub}") + f"-{self.n(10, 299)}"
            elif net in ("IT", "GB"):
                s += f"{self.ch([' ext. ', ' int. '] if net == 'IT' else [' ext. ', ' x'])}{self.n(10, 299)}"
        return s

    def tel(self, mobile: bool = True, a: Addr | None = None, style: str | None = None, ext: bool = False) -> str:
        return lab("PHONE", self.phone_raw(mobile, a, style, ext))

    def hotline(self) -> str:
        net = self.net
        return {
            "DE": self.ch(["0800 ", "0180 "]) + self.digits(3) + " " + self.digits(4),
            "AT": "0800 " + self.digits(3) + " " + self.digits(3),
            "CH": self.ch(["0800 ", "0848 ", "0844 "]) + self.digits(3) + " " + self.digits(3),
            "FR": self.ch(["0 800 ", "0 805 ", "0 969 "]) + self.digits(3) + " " + self.digits(3),
            "IT": "800 " + self.digits(3) + " " + self.digits(3),
            "GB": self.ch(["0800 ", "0345 ", "0300 "]) + self.digits(3) + " " + self.digits(4),
            "US": "1-800-" + self.digits(3) + "-" + self.digits(4),
        }[net]

    # --- e-mail --------------------------------------------------------------------------------------------------
    def email_raw(self, p: Person, domain: str | None = None) -> str:
        f = _translit(p.first.split(" ")[0].split("-")[0]).lower() or "x"
        f_full = _translit(p.first.replace(" ", "-")).lower() or f
        ln = _translit(p.last.replace(" ", "").replace("'", "")).lower() or "y"
        ln_first = _translit(p.last.split(" ")[-1].split("-")[0]).lower() or ln
        for _ in range(20):
            if domain:
                pat = self.ch(
                    [f"{f_full}.{ln}", f"{f_full}.{ln}", f"{f[0]}.{ln}", f"{f[0]}{ln}", f"{ln}", f"{f}.{ln_first}"]
                )
                host = domain
            else:
                yy = str(p.born.year)[self.ch([2, 0])]
                nk = _translit(p.nick or "").lower()
                pats = [
                    f"{f_full}.{ln}",
                    f"{f_full}.{ln}",
                    f"{f[0]}.{ln}",
                    f"{f}{ln}",
                    f"{ln}.{f}",
                    f"{f}_{ln}",
                    f"{f}.{ln}{yy}",
                    f"{f[0]}{ln}{self.n(1, 99)}",
                    f"{f}{ln_first[:3]}{self.n(10, 99)}",
                    f"{ln}-{f}",
                    f"{f}.{ln_first}",
                ]
                if nk:
                    pats += [f"{nk}.{ln}", f"{nk}{self.n(1, 99)}"]
                pat = self.ch(pats)
                host = self.ch(MAILHOSTS[self.net])
            e = f"{pat}@{host}".replace("..", ".").replace("-.", ".").replace(".-", ".")
            if e not in self.emails:
                self.emails.add(e)
                return e
        return e

    def mail(self, p: Person, domain: str | None = None) -> str:
        return lab("EMAIL", self.email_raw(p, domain))

    # --- money, ids, network ------------------------------------------------------------------------------------
    def iban_raw(self, country: str | None = None, grouped: bool | None = None) -> str:
        c = country or {"US": "GB"}.get(self.net, self.net)
        if country is None and self.p(0.06):
            c = {"CH": "LI", "DE": self.ch(["NL", "AT"]), "AT": "DE", "FR": "BE", "IT": "DE", "GB": "IE"}.get(c, c)
        d = self.digits
        if c == "DE":
            bban = f"{self.n(1, 8)}{d(7)}{d(10)}"
        elif c == "AT":
            bban = self.ch(["20111", "12000", "32000", "14000", "38000", "20404", "15000"]) + d(11)
        elif c in ("CH", "LI"):
            bank = (
                self.ch(["00230", "00762", "80808", "09000", "00700", "00483", "08390", "00767"])
                if c == "CH"
                else self.ch(["08800", "08810", "08812"])
            )
            bban = bank + d(12)
        elif c == "FR":
            bank, br, ac = self.ch(["30004", "30003", "20041", "10278", "11315", "16606", "17515"]), d(5), d(11)
            bban = bank + br + ac + _fr_rib(bank, br, ac)
        elif c == "IT":
            body = self.ch(["03069", "02008", "05034", "03062", "05387", "08327"]) + d(5) + d(12)
            bban = _it_cin(body) + body
        elif c == "GB":
            bban = self.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "SRLG"]) + d(6) + d(8)
        elif c == "IE":
            bban = self.ch(["AIBK", "BOFI"]) + d(6) + d(8)
        elif c == "NL":
            bban = self.ch(["INGB", "ABNA", "RABO", "TRIO"]) + d(10)
        elif c == "BE":
            ten = f"{self.n(1, 9)}{d(9)}"
            chk = int(ten) % 97 or 97
            bban = f"{ten}{chk:02d}"
        else:
            raise ValueError(c)
        s = c + _iban_check(c, bban) + bban
        assert iban_ok(s)
        if grouped is None:
            grouped = self.p(0.78)
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if grouped else s

    def iban(self, country: str | None = None, grouped: bool | None = None) -> str:
        return lab("IBAN", self.iban_raw(country, grouped))

    def card_raw(self) -> str:
        x = self.r.random()
        if x < 0.5:
            n = _luhn_complete("4", 16, self.r)
        elif x < 0.8:
            n = _luhn_complete(str(self.n(51, 55)) if self.p(0.7) else str(self.n(2221, 2720)), 16, self.r)
        else:
            n = _luhn_complete(self.ch(["34", "37"]), 15, self.r)
        if len(n) == 15:
            return self.ch([f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"])
        return self.ch(
            [" ".join(n[i : i + 4] for i in range(0, 16, 4))] * 3 + [n, "-".join(n[i : i + 4] for i in range(0, 16, 4))]
        )

    def card(self) -> str:
        return lab("CARD", self.card_raw())

    def masked_card(self) -> str:
        last = self.digits(4)
        return self.ch(
            [
                f"**** **** **** {last}",
                f"•••• {last}",
                f"XXXX-XXXX-XXXX-{last}",
                f"{self.n(4, 5)}{self.digits(5)}******{last}",
                f"************{last}",
            ]
        )

    def ahv_raw(self) -> str:
        body = "756" + self.digits(9)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        full = body + str((10 - s % 10) % 10)
        assert ean13_ok(full)
        return f"{full[:3]}.{full[3:7]}.{full[7:11]}.{full[11:]}" if self.p(0.85) else full

    def ahv(self) -> str:
        return lab("AHV", self.ahv_raw())

    def ip_raw(self) -> str:
        net = self.net
        if self.p(0.18):
            g = [f"{self.r.randrange(16**4):x}" for _ in range(7)]
            if self.p(0.5):
                return ":".join([self.ch(IP6[net])] + g)
            return f"{self.ch(IP6[net])}:{g[0]}:{g[1]}:{g[2]}::{g[3]}"
        return f"{self.ch(IP4[net])}.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}"

    def ip(self) -> str:
        return lab("IP", self.ip_raw())

    def lan_ip(self) -> str:
        return self.ch(
            [
                f"192.168.{self.n(0, 2)}.{self.n(2, 250)}",
                f"10.{self.n(0, 30)}.{self.n(0, 9)}.{self.n(2, 250)}",
                f"172.{self.n(16, 31)}.{self.n(0, 9)}.{self.n(2, 250)}",
            ]
        )

    # --- dates ---------------------------------------------------------------------------------------------------
    def dob_raw(self, p: Person, shape: str | None = None) -> str:
        if shape is None:
            shape = self.shape if self.p(0.75) else self.ch(SHAPES[self.cc])
        return fmt_date(p.born, shape, self.cc)

    def dob(self, p: Person, shape: str | None = None) -> str:
        return lab("DOB", self.dob_raw(p, shape))

    def date(self, start: int = -60, end: int = 120, shape: str | None = None) -> str:
        d = TODAY + dt.timedelta(days=self.n(start, end))
        return fmt_date(d, shape or self.ch(SHAPES[self.cc]), self.cc)

    def hdate(self, start: int = -60, end: int = 120) -> str:
        """A date as written in headers and running text of this country."""
        sh = {
            "DE": "dmy_dot",
            "AT": "dmy_dot",
            "CH": "dmy_dot",
            "CHF": "dmy_dot",
            "CHI": "dmy_dot",
            "FR": "dmy_slash",
            "IT": "dmy_slash",
            "GB": self.ch(["en_long", "dmy_slash"]),
            "US": self.ch(["us_long", "us_slash"]),
        }[self.cc]
        return self.date(start, end, sh)

    def day(self, start: int = -60, end: int = 120) -> dt.date:
        return TODAY + dt.timedelta(days=self.n(start, end))

    def time(self) -> str:
        h, m = self.n(7, 21), self.ch([0, 0, 15, 30, 45, 5, 10, 20, 40, 50])
        return (
            f"{h}:{m:02d}"
            if self.lang != "en" or self.cc == "GB"
            else f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
        )

    def money(self, a: float, b: float) -> str:
        v = round(self.r.uniform(a, b), 2)
        cur = {"DE": "EUR", "AT": "EUR", "FR": "EUR", "IT": "EUR", "CH": "CHF", "GB": "GBP", "US": "USD"}[self.net]
        if cur == "CHF":
            return self.ch([f"CHF {v:.2f}", f"Fr. {v:.2f}", f"{v:.2f} Fr."])
        if cur == "GBP":
            return f"£{v:,.2f}"
        if cur == "USD":
            return f"${v:,.2f}"
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return self.ch([f"{s} €", f"€ {s}", f"{s} EUR"])

    @property
    def cur(self) -> str:
        return {"DE": "€", "AT": "€", "FR": "€", "IT": "€", "CH": "CHF", "GB": "£", "US": "$"}[self.net]

    def ref(self, prefix: str = "", k: int = 6) -> str:
        return f"{prefix}{self.digits(k)}"


# --------------------------------------------------------------------------------------------------------------------
# layouts
# --------------------------------------------------------------------------------------------------------------------
def t_md(header: list[str], rows: list[list[str]], aligned: bool = True) -> str:
    if not aligned:
        out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        out += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(out)
    w = [max(vlen(x) for x in [h] + [r[i] for r in rows]) for i, h in enumerate(header)]
    out = [
        "| " + " | ".join(pad(h, w[i]) for i, h in enumerate(header)) + " |",
        "|" + "|".join("-" * (w[i] + 2) for i in range(len(header))) + "|",
    ]
    out += ["| " + " | ".join(pad(x, w[i]) for i, x in enumerate(r)) + " |" for r in rows]
    return "\n".join(out)


def t_sep(header: list[str], rows: list[list[str]], sep: str = ";", quote: bool = False) -> str:
    def q(x: str) -> str:
        if quote or sep in vis(x) or '"' in vis(x):
            return '"' + x.replace('"', '""') + '"'
        return x

    return "\n".join(sep.join(q(x) for x in r) for r in [header] + rows)


def t_fixed(header: list[str], rows: list[list[str]], gap: int = 2, rule: str | None = "-") -> str:
    w = [max(vlen(x) for x in [h] + [r[i] for r in rows]) for i, h in enumerate(header)]
    g = " " * gap
    out = [g.join(pad(h, w[i]) for i, h in enumerate(header)).rstrip()]
    if rule:
        out.append(rule * (sum(w) + gap * (len(w) - 1)))
    out += [g.join(pad(x, w[i]) for i, x in enumerate(r)).rstrip() for r in rows]
    return "\n".join(out)


def _jv(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, (int, float)):
        return json.dumps(v)
    if isinstance(v, dict):
        return "{" + ", ".join(f'"{k}": {_jv(x)}' for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(_jv(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)


def j_line(d: dict) -> str:
    return _jv(d)


def j_pretty(v, ind: int = 2, lvl: int = 0) -> str:
    sp = " " * (ind * (lvl + 1))
    if isinstance(v, dict) and v:
        items = [f'{sp}"{k}": {j_pretty(x, ind, lvl + 1)}' for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * (ind * lvl) + "}"
    if isinstance(v, list) and v and any(isinstance(x, (dict, list)) for x in v):
        items = [sp + j_pretty(x, ind, lvl + 1) for x in v]
        return "[\n" + ",\n".join(items) + "\n" + " " * (ind * lvl) + "]"
    return _jv(v)


def _yv(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "~"
    if isinstance(v, (int, float)):
        return str(v)
    s = vis(v)
    if (
        re.match(r"^[\d+\-]", s)
        and not re.match(r"^\d{4}-\d\d-\d\d$", s)
        or ": " in s
        or s.startswith(("*", "#"))
        or s in ("yes", "no", "on", "off")
    ):
        return '"' + v + '"'
    return v


def yaml_block(v, lvl: int = 0) -> str:
    sp = "  " * lvl
    out = []
    if isinstance(v, dict):
        for k, x in v.items():
            if isinstance(x, (dict, list)) and x:
                out.append(f"{sp}{k}:")
                out.append(yaml_block(x, lvl + 1))
            else:
                out.append(f"{sp}{k}: {_yv(x)}")
    elif isinstance(v, list):
        for x in v:
            if isinstance(x, dict):
                sub = yaml_block(x, lvl + 1).split("\n")
                out.append(f"{sp}- {sub[0].lstrip()}")
                out += sub[1:]
            else:
                out.append(f"{sp}- {_yv(x)}")
    return "\n".join(out)


def kv(c: Ctx, pairs: list[tuple[str, str]], style: str | None = None) -> str:
    style = style or c.ch(["colon", "colon", "aligned", "aligned", "tab", "dots", "bold", "eq", "upper", "bullet"])
    pairs = [(k, v) for k, v in pairs if v is not None]
    w = max(len(k) for k, _ in pairs) + 1
    out = []
    for k, v in pairs:
        if style == "colon":
            out.append(f"{k}: {v}")
        elif style == "aligned":
            out.append(f"{(k + ':').ljust(w + 1)} {v}")
        elif style == "tab":
            out.append(f"{k}:\t{v}")
        elif style == "dots":
            out.append(f"{k} {'.' * max(2, w + 3 - len(k))} {v}")
        elif style == "bold":
            out.append(f"**{k}:** {v}")
        elif style == "eq":
            key = re.sub(r"[^\w]+", "_", k.lower()).strip("_")
            out.append(f"{key} = {v}")
        elif style == "upper":
            out.append(f"{k.upper()}: {v}")
        else:
            out.append(f"- {k}: {v}")
    return "\n".join(out)


def quote(body: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln) if ln.strip() else prefix.rstrip() for ln in body.split("\n"))


MAILWORDS = {
    "de": ("Von", "An", "Cc", "Betreff", "Datum", "Gesendet"),
    "fr": ("De", "À", "Cc", "Objet", "Date", "Envoyé"),
    "it": ("Da", "A", "Cc", "Oggetto", "Data", "Inviato"),
    "en": ("From", "To", "Cc", "Subject", "Date", "Sent"),
}


def mail_head(
    c: Ctx, frm: str, to: list[str], subject: str, cc: list[str] | None = None, date: str | None = None
) -> str:
    w = MAILWORDS[c.lang]
    if "<" in frm and c.p(0.3):
        frm = frm[frm.index("<") + 1 : -1]
    lines = [f"{w[0]}: {frm}", f"{w[1]}: {', '.join(to)}"]
    if cc:
        lines.append(f"{w[2]}: {', '.join(cc)}")
    if date or c.p(0.5):
        lines.append(f"{w[4]}: {date or (c.hdate(-20, 0) + ' ' + c.time())}")
    lines.append(f"{w[3]}: {subject}")
    return "\n".join(lines)


def addr_of(name: str, mail: str) -> str:
    return f"{name} <{mail}>"


def quoted_reply(c: Ctx, who: str, mail: str | None, body: str) -> str:
    d, t = c.date(-15, -1, "dmy_dot" if c.lang != "en" else ("dmy_slash" if c.cc == "GB" else "us_slash")), c.time()
    m = f" <{mail}>" if mail and c.p(0.6) else ""
    style = c.r.random()
    if style < 0.7:
        head = {
            "de": f"Am {d} um {t} schrieb {who}{m}:",
            "fr": f"Le {d} à {t}, {who}{m} a écrit :",
            "it": f"Il giorno {d} alle ore {t} {who}{m} ha scritto:",
            "en": f"On {d} at {t}, {who}{m} wrote:",
        }[c.lang]
        return head + "\n" + quote(body)
    w = MAILWORDS[c.lang]
    orig = {
        "de": "-----Ursprüngliche Nachricht-----",
        "fr": "-----Message d'origine-----",
        "it": "-----Messaggio originale-----",
        "en": "-----Original Message-----",
    }[c.lang]
    head = f"{orig}\n{w[0]}: {who}{m}\n{w[5]}: {d} {t}"
    return head + "\n\n" + body


def chat(c: Ctx, msgs: list[tuple[str, str]], layout: str | None = None, lower: float = 0.0) -> str:
    layout = layout or c.ch(["wa_ios", "wa_android", "telegram", "teams", "plain", "irc", "paren", "discord"])
    d = c.day(-30, 0)
    h, mi = c.n(7, 20), c.n(0, 59)
    out = []
    for who, text in msgs:
        mi += c.n(0, 14)
        h, mi = (h + mi // 60) % 24, mi % 60
        if lower and c.p(lower):
            text = lower_keep(text)
        ds = fmt_date(d, "dmy_dot_yy" if c.lang != "en" else ("dmy_slash_yy" if c.cc == "GB" else "us_yy"))
        tm = f"{h:02d}:{mi:02d}"
        if layout == "wa_ios":
            out.append(f"[{ds}, {tm}:{c.n(10, 59)}] {who}: {text}")
        elif layout == "wa_android":
            out.append(f"{ds}, {tm} - {who}: {text}")
        elif layout == "telegram":
            tds = fmt_date(d, "dmy_dot" if c.lang != "en" else "dmy_slash" if c.cc == "GB" else "us_slash")
            out.append(f"{who}, [{tds} {tm}]\n{text}")
        elif layout == "teams":
            out.append(f"{who}  {tm}\n{text}\n")
        elif layout == "irc":
            out.append(f"[{tm}] <{who}> {text}")
        elif layout == "paren":
            out.append(f"{who} ({tm}): {text}")
        elif layout == "discord":
            out.append(f"{who} — {fmt_date(d, 'dmy_dot' if c.lang != 'en' else 'us_slash')} {tm}\n{text}")
        else:
            out.append(f"{who}: {text}")
    return "\n".join(out).rstrip()


REQ = {
    "de": [
        "Kannst du mir das übersichtlich zusammenfassen?",
        "Mach mir bitte eine Tabelle daraus.",
        "Formulier bitte eine freundliche Antwort darauf.",
        "Kannst du das ins Englische übersetzen?",
        "Bitte prüf das auf Fehler und Unstimmigkeiten.",
        "Was muss ich als Nächstes tun?",
        "Schreib mir daraus eine kurze Rundmail.",
        "Bitte sortier die Einträge und gib sie mir als CSV zurück.",
        "Fass mir die offenen Punkte zusammen.",
        "Kannst du daraus eine Checkliste machen?",
    ],
    "fr": [
        "Tu peux me résumer ça clairement ?",
        "Fais-moi un tableau à partir de ceci, s'il te plaît.",
        "Rédige une réponse aimable, merci.",
        "Peux-tu traduire ceci en allemand ?",
        "Vérifie s'il y a des erreurs ou des incohérences.",
        "Qu'est-ce que je dois faire ensuite ?",
        "Fais-en un court mail pour tout le monde.",
        "Trie les lignes et rends-les-moi en CSV.",
        "Résume-moi les points encore ouverts.",
        "Tu peux en faire une check-list ?",
    ],
    "it": [
        "Puoi riassumermi questo in modo chiaro?",
        "Fammi una tabella con questi dati, per favore.",
        "Scrivi una risposta gentile, grazie.",
        "Puoi tradurlo in tedesco?",
        "Controlla se ci sono errori o incongruenze.",
        "Cosa devo fare adesso?",
        "Trasformalo in una breve mail per tutti.",
        "Ordina le righe e restituiscimele in CSV.",
        "Riassumi i punti ancora aperti.",
        "Puoi farne una lista di controllo?",
    ],
    "en": [
        "Can you summarise this for me?",
        "Please turn this into a table.",
        "Draft a friendly reply to this.",
        "Can you translate this into German?",
        "Please check this for mistakes or inconsistencies.",
        "What do I need to do next?",
        "Turn this into a short group email.",
        "Sort the entries and give them back to me as CSV.",
        "Summarise the open points for me.",
        "Can you make a checklist out of this?",
    ],
}


def wrap(c: Ctx, body: str, own: list[str] | None = None) -> str:
    lang = c.lang
    if lang != "en" and c.p(0.07):
        lang = "en"
    elif c.cc in ("CHF", "CHI") and c.p(0.08):
        lang = "de"
    reqs = REQ[lang] + ((own or []) * 2 if lang == c.lang else [])
    req = c.ch(reqs)
    fence = c.ch(["none"] * 5 + ["```", "```", '"""', "---", "<<<"])
    if fence == "```":
        body = f"```\n{body}\n```"
    elif fence == '"""':
        body = f'"""\n{body}\n"""'
    elif fence == "---":
        body = f"---\n{body}\n---"
    elif fence == "<<<":
        body = f"<<<\n{body}\n>>>"
    if c.p(0.03) and fence == "none":
        body = quote(body)
    if c.p(0.12):
        req = req[0].lower() + req[1:]
    return f"{req}\n\n{body}" if c.p(0.55) else f"{body}\n\n{req}"


# --------------------------------------------------------------------------------------------------------------------
# small phrase helpers
# --------------------------------------------------------------------------------------------------------------------
TLD = {
    "DE": ".de",
    "AT": ".at",
    "CH": ".ch",
    "CHF": ".ch",
    "CHI": ".ch",
    "FR": ".fr",
    "IT": ".it",
    "GB": ".org.uk",
    "US": ".org",
}


def dom(c: Ctx, base: str) -> str:
    slug = re.sub(r"-+", "-", _translit(base.replace(" ", "-").replace("'", "-").replace("&", "")).lower()).strip("-")
    return slug + TLD[c.cc]


def greet(c: Ctx, p: Person, formal: bool | None = None) -> str:
    formal = c.p(0.45) if formal is None else formal
    L, nm = c.lang, c.name
    if c.p(0.18):
        return c.t(
            {
                "de": ["Guten Tag,", "Hallo,", "Grüezi," if c.cc == "CH" else "Guten Tag,"],
                "fr": ["Bonjour,", "Madame, Monsieur,"],
                "it": ["Buongiorno,", "Salve,"],
                "en": ["Hello,", "Good morning,"],
            }
        )
    if formal:
        if L == "de":
            if c.cc == "CH" and c.p(0.3):
                return f"Grüezi {'Frau' if p.f else 'Herr'} {nm(p, 'last')}"
            return f"Sehr geehrte{'' if p.f else 'r'} {'Frau' if p.f else 'Herr'} {nm(p, 'last')},"
        if L == "fr":
            return f"{c.ch(['Bonjour', 'Chère' if p.f else 'Cher'])} {'Madame' if p.f else 'Monsieur'} {nm(p, 'last')},"
        if L == "it":
            return f"{'Gentile signora' if p.f else c.ch(['Gentile sig.', 'Egregio signor'])} {nm(p, 'last')},"
        return f"Dear {c.ch(['Mrs', 'Ms']) if p.f else 'Mr'} {nm(p, 'last')},"
    st = "nick" if p.nick and c.p(0.4) else "first"
    if L == "de":
        w = c.ch(["Hallo", "Hallo", ("Liebe" if p.f else "Lieber"), {"AT": "Servus", "CH": "Hoi"}.get(c.cc, "Hi")])
    elif L == "fr":
        w = c.ch(["Bonjour", "Salut", "Chère" if p.f else "Cher", "Coucou"])
    elif L == "it":
        w = c.ch(["Ciao", "Ciao", "Cara" if p.f else "Caro", "Buongiorno"])
    else:
        w = c.ch(["Hi", "Hello", "Dear", "Hey"])
    return f"{w} {nm(p, st)},"


def bye(c: Ctx, p: Person | None = None, style: str | None = None) -> str:
    w = c.t(
        {
            "de": {
                "CH": ["Liebe Grüsse", "Freundliche Grüsse", "Gruess", "Danke und e schöne Tag"],
                "AT": ["Liebe Grüße", "Mit freundlichen Grüßen", "LG", "Schöne Grüße"],
                "*": ["Viele Grüße", "Mit freundlichen Grüßen", "LG", "Beste Grüße", "Danke und Gruß"],
            },
            "fr": ["Bien à vous", "Cordialement", "Belle journée", "Merci d'avance", "Meilleures salutations"],
            "it": ["Cordiali saluti", "Un saluto", "Grazie, a presto", "Distinti saluti", "Buona giornata"],
            "en": ["Best wishes", "Kind regards", "Cheers", "Thanks,", "Many thanks", "Best,"],
        }
    )
    if p is None or c.p(0.3):
        return w
    return f"{w}\n{c.name(p, style or c.ch(['full', 'full', 'first', 'nick']))}"


def mr(c: Ctx, p: Person) -> str:
    return {
        "de": "Frau" if p.f else "Herr",
        "fr": "Mme" if p.f else "M.",
        "it": "Sig.ra" if p.f else "Sig.",
        "en": c.ch(["Mrs", "Ms"]) if p.f else "Mr",
    }[c.lang]


def sig(
    c: Ctx,
    p: Person,
    org: str | None = None,
    a: Addr | None = None,
    phone: str | None = None,
    mail: str | None = None,
    role: str | None = None,
) -> str:
    lines = [c.name(p, c.ch(["full", "full", "full", "initial"]))]
    if role:
        lines.append(role)
    if org:
        lines.append(org)
    if a and c.p(0.75):
        if c.p(0.6):
            lines += [c.street(a), c.town(a)]
        else:
            lines.append(c.addr1(a))
    if phone and c.p(0.8):
        lines.append(
            c.t(
                {
                    "de": ["Tel.", "Tel", "Telefon"],
                    "fr": ["Tél.", "Tél"],
                    "it": ["Tel.", "Tel"],
                    "en": ["Tel", "Phone", "T:"],
                }
            )
            + f" {phone}"
        )
    if mail:
        lines.append(mail)
    sep = c.ch(["-- \n", "", "\n", "__\n"])
    if c.p(0.25):
        return sep + " | ".join(lines)
    return sep + "\n".join(lines)


def pick_style(c: Ctx, table: bool = False) -> str:
    if table:
        return c.ch(["full"] * 5 + ["lastfirst", "lastfirst", "LASTfirst", "initial", "last_first", "LAST,first"])
    return c.ch(["full"] * 8 + ["initial", "lastfirst", "first_initial"])


# ====================================================================================================================
# genres
# ====================================================================================================================
COORD = {
    "DE": (50.9, 10.2),
    "AT": (47.6, 14.1),
    "CH": (46.9, 8.0),
    "FR": (46.6, 2.4),
    "IT": (43.8, 11.2),
    "GB": (52.8, -1.6),
    "US": (40.5, -89.0),
}


def table_any(c: Ctx, hdr: list[str], rows: list[list[str]], fmt: str | None = None) -> str:
    fmt = fmt or c.ch(["md", "md", "csv", "ssv", "tsv", "fixed", "fixed", "pipe"])
    if fmt == "md":
        return t_md(hdr, rows, c.p(0.6))
    if fmt == "csv":
        return t_sep(hdr, rows, ",", c.p(0.3))
    if fmt == "ssv":
        return t_sep(hdr, rows, ";")
    if fmt == "tsv":
        return t_sep(hdr, rows, "\t")
    if fmt == "pipe":
        return t_sep(hdr, rows, " | ")
    return t_fixed(hdr, rows, c.n(2, 3), c.ch(["-", "=", None]))


def _town_org(c: Ctx) -> str:
    return c.ch(TOWNS[c.cc])[1]


def _town_t(c: Ctx) -> tuple:
    return c.ch(TOWNS[c.cc])


def town_dom(c: Ctx, t: str, kind: str) -> str:
    """A municipal / organisation domain built from a town name."""
    pat = {
        "de": {"CH": [f"{t}", f"gemeinde-{t}"], "AT": [f"{t}", f"gemeinde-{t}"], "*": [f"{t}", f"gemeinde-{t}"]},
        "fr": [f"{t}", f"mairie-{t}", f"commune-{t}"],
        "it": [f"comune.{t}", f"comune-{t}"],
        "en": {"US": [f"{t}parks", f"cityof{t}"], "*": [f"{t}-hall", f"{t}villagehall"]},
    }
    if kind != "town":
        return dom(c, f"{kind}-{t}")
    return dom(c, c.t(pat))


# 1. birding ---------------------------------------------------------------------------------------------------------
BIRDS = {
    "de": [
        "Rotmilan",
        "Neuntöter",
        "Feldlerche",
        "Kiebitz",
        "Mauersegler",
        "Gartenrotschwanz",
        "Wendehals",
        "Eisvogel",
        "Uhu",
        "Schwarzstorch",
        "Braunkehlchen",
        "Mehlschwalbe",
        "Goldammer",
        "Grauammer",
        "Zaunkönig",
    ],
    "fr": [
        "Milan royal",
        "Pie-grièche écorcheur",
        "Alouette des champs",
        "Vanneau huppé",
        "Martinet noir",
        "Rougequeue à front blanc",
        "Torcol fourmilier",
        "Martin-pêcheur",
        "Grand-duc d'Europe",
        "Cigogne noire",
        "Tarier des prés",
        "Hirondelle de fenêtre",
        "Bruant jaune",
        "Troglodyte mignon",
    ],
    "it": [
        "Nibbio reale",
        "Averla piccola",
        "Allodola",
        "Pavoncella",
        "Rondone comune",
        "Codirosso comune",
        "Torcicollo",
        "Martin pescatore",
        "Gufo reale",
        "Cicogna nera",
        "Stiaccino",
        "Balestruccio",
        "Zigolo giallo",
        "Scricciolo",
    ],
    "en": [
        "Red Kite",
        "Red-backed Shrike",
        "Skylark",
        "Lapwing",
        "Swift",
        "Redstart",
        "Wryneck",
        "Kingfisher",
        "Barn Owl",
        "Black Stork",
        "Whinchat",
        "House Martin",
        "Yellowhammer",
        "Wren",
        "Curlew",
    ],
}
LATIN = [
    "Milvus milvus",
    "Lanius collurio",
    "Alauda arvensis",
    "Vanellus vanellus",
    "Apus apus",
    "Jynx torquilla",
    "Alcedo atthis",
    "Tyto alba",
    "Ciconia nigra",
    "Saxicola rubetra",
    "Delichon urbicum",
    "Emberiza citrinella",
]


def _bird_org(c: Ctx) -> str:
    t = _town_org(c)
    return c.t(
        {
            "de": {
                "CH": [f"Natur- und Vogelschutzverein {t}", f"Ornithologischer Verein {t}"],
                "AT": [f"BirdLife Regionalgruppe {t}", f"Vogelkundliche Arbeitsgruppe {t}"],
                "*": [f"NABU-Gruppe {t}", f"Ornithologische Arbeitsgemeinschaft {t}", f"OAG {t}"],
            },
            "fr": {
                "CHF": [f"Cercle ornithologique de {t}", f"Groupe ornithologique {t}"],
                "*": [f"LPO délégation {t}", f"Groupe ornithologique de {t}"],
            },
            "it": [f"Gruppo ornitologico {t}", f"Società ornitologica di {t}"],
            "en": {
                "US": [f"{t} Audubon Society", f"{t} Bird Club"],
                "*": [f"{t} & District Bird Club", f"{t} Ornithological Society"],
            },
        }
    )


def _ring(c: Ctx) -> str:
    return c.ch(
        [
            f"Radolfzell {c.ch(['9A', 'KD', 'VC'])} {c.digits(5)}",
            f"HELGOLAND {c.digits(8)}",
            f"Sempach {c.ch(['S', 'P', 'N'])} {c.digits(6)}",
            f"Paris {c.ch(['GA', 'EF'])} {c.digits(5)}",
            f"ISPRA Ozzano {c.ch(['L', 'R'])}{c.digits(6)}",
            f"BTO London {c.ch(['Z', 'D', 'V'])}{c.digits(6)}",
            f"Wien {c.ch(['R', 'B'])} {c.digits(5)}",
        ]
    )


def g_birding(c: Ctx, v: int) -> str:
    L = c.lang
    org = _bird_org(c)
    d = dom(c, org.split(" ")[0] + "-" + org.split(" ")[-1])
    if v == 0:  # survey plot sign-up with insurance details
        p, co = c.person(age=(18, 78)), c.person(age=(16, 75))
        a = c.addr()
        plot = c.t(
            {
                "de": [f"TK {c.n(4000, 8999)}/{c.n(1, 4)}", f"MTB {c.n(4000, 8999)} Q{c.n(1, 4)}"],
                "fr": [f"Carré E{c.n(400, 999)}N{c.n(200, 700)}", f"Maille {c.n(1000, 9999)}"],
                "it": [f"Quadrante {c.n(100, 999)}-{c.n(1, 9)}", f"Particella UTM {c.n(10, 99)}"],
                "en": [
                    f"Tetrad {c.ch(['SK', 'SE', 'NY', 'TQ'])}{c.n(10, 99)}{c.ch('ABCDE')}",
                    f"Block {c.n(100, 999)}",
                ],
            }
        )
        lab_ = c.tl(
            {
                "de": [
                    "Name",
                    "Geburtsdatum",
                    "Adresse",
                    "PLZ/Ort",
                    "Telefon",
                    "E-Mail",
                    "Begleitperson",
                    "Telefon Begleitperson",
                    "Probefläche",
                    "Koordinaten",
                    "Zielarten",
                    "IBAN (Fahrtkosten)",
                ],
                "fr": [
                    "Nom",
                    "Date de naissance",
                    "Adresse",
                    "NPA/Localité" if c.swiss else "CP/Ville",
                    "Téléphone",
                    "E-mail",
                    "Accompagnant·e",
                    "Tél. accompagnant·e",
                    "Carré",
                    "Coordonnées",
                    "Espèces cibles",
                    "IBAN (frais de déplacement)",
                ],
                "it": [
                    "Nome",
                    "Data di nascita",
                    "Indirizzo",
                    "CAP/Località",
                    "Telefono",
                    "E-mail",
                    "Accompagnatore",
                    "Tel. accompagnatore",
                    "Quadrato",
                    "Coordinate",
                    "Specie bersaglio",
                    "IBAN (rimborso spese)",
                ],
                "en": [
                    "Name",
                    "Date of birth",
                    "Address",
                    "Town/Postcode" if c.cc == "GB" else "City/State/ZIP",
                    "Phone",
                    "Email",
                    "Second observer",
                    "Second observer's phone",
                    "Square",
                    "Coordinates",
                    "Target species",
                    "IBAN (mileage)",
                ],
            }
        )
        la, lo = COORD[c.net]
        coords = f"{la + c.r.uniform(-1.2, 1.2):.4f}, {lo + c.r.uniform(-1.5, 1.5):.4f}"
        has_co = c.p(0.8)
        pairs = [
            (lab_[0], c.name(p, pick_style(c, True))),
            (lab_[1], c.dob(p)),
            (lab_[2], c.street(a)),
            (lab_[3], c.town(a)),
            (lab_[4], c.tel()),
            (lab_[5], c.mail(p)),
            (lab_[6], c.name(co, "full") if has_co else "-"),
            (lab_[7], c.tel() if has_co and c.p(0.8) else None),
            (lab_[8], plot),
            (lab_[9], coords),
            (lab_[10], ", ".join(c.sample(BIRDS[L], 3))),
            (lab_[11], c.iban() if c.p(0.6) else None),
        ]
        title = c.t(
            {
                "de": f"Anmeldung Brutvogelkartierung {TODAY.year + 1} – {org}",
                "fr": f"Inscription au suivi des oiseaux nicheurs {TODAY.year + 1} – {org}",
                "it": f"Iscrizione al monitoraggio degli uccelli nidificanti {TODAY.year + 1} – {org}",
                "en": f"Breeding bird survey {TODAY.year + 1} – volunteer sign-up ({org})",
            }
        )
        note = c.t(
            {
                "de": "Die Angaben zu Geburtsdatum und Begleitperson brauchen wir für die Unfallversicherung "
                "der Ehrenamtlichen. Rückfragen an " + f"kartierung@{d}.",
                "fr": "La date de naissance et l'accompagnant·e sont demandés pour l'assurance accidents des "
                "bénévoles. Questions : " + f"suivi@{d}",
                "it": "Data di nascita e accompagnatore servono per l'assicurazione infortuni dei volontari. "
                "Domande: " + f"monitoraggio@{d}",
                "en": "We need the date of birth and the second observer for the volunteers' accident insurance. "
                "Questions to " + f"surveys@{d}",
            }
        )
        body = f"{title}\n\n{kv(c, pairs)}\n\n{note}"
        return wrap(
            c,
            body,
            [
                c.t(
                    {
                        "de": "Ist das Formular so vollständig?",
                        "fr": "Le formulaire est-il complet ?",
                        "it": "Il modulo è completo così?",
                        "en": "Is this form complete?",
                    }
                )
            ],
        )
    if v == 1:  # ringing station roster + catch log
        leader = c.person(age=(30, 75))
        rows = []
        k = 3
        for _ in range(k):
            q = c.person(age=(16, 74))
            rows.append(
                [
                    c.date(5, 60, "dmy_dot" if L != "en" else ("dmy_slash" if c.cc == "GB" else "us_slash")),
                    c.name(q, c.ch(["full", "lastfirst", "full"])),
                    c.tel(),
                    c.dob(q) if c.p(0.7) else "",
                    c.ch(["A", "B", "A+B", "C"]),
                ]
            )
        hdr = c.tl(
            {
                "de": ["Datum", "Helfer/in", "Handy", "Geb.-Datum", "Netze"],
                "fr": ["Date", "Bénévole", "Portable", "Né·e le", "Filets"],
                "it": ["Data", "Volontario/a", "Cellulare", "Nato/a il", "Reti"],
                "en": ["Date", "Helper", "Mobile", "DOB", "Nets"],
            }
        )
        fmt = c.ch(["md", "csv", "tsv", "fixed"])
        tab = (
            t_md(hdr, rows, c.p(0.6))
            if fmt == "md"
            else t_sep(hdr, rows, ";" if fmt == "csv" else "\t")
            if fmt != "fixed"
            else t_fixed(hdr, rows)
        )
        catch = []
        for _ in range(c.n(3, 5)):
            catch.append(
                f"{c.ch(LATIN)}  {_ring(c)}  {c.ch(['diesj.', 'vorj.', '1K', '2K', 'ad.', 'juv.'])}  "
                f"{c.r.uniform(9, 80):.1f} g"
            )
        head = c.t(
            {
                "de": f"Beringungsstation {c.city()} – Einsatzplan Herbstzug\nStationsleitung: "
                f"{c.name(leader)}, {c.tel()}",
                "fr": f"Station de baguage {c.city()} – planning migration d'automne\nResponsable : "
                f"{c.name(leader)}, {c.tel()}",
                "it": f"Stazione di inanellamento {c.city()} – turni migrazione autunnale\nResponsabile: "
                f"{c.name(leader)}, {c.tel()}",
                "en": f"Ringing station {c.city()} – autumn migration rota\nStation lead: {c.name(leader)}, {c.tel()}",
            }
        )
        wx = c.t(
            {
                "de": "Wetterstation (LAN)",
                "fr": "Station météo (LAN)",
                "it": "Stazione meteo (LAN)",
                "en": "Weather station (LAN)",
            }
        )
        logh = c.t(
            {
                "de": "Fangliste letzter Morgen:",
                "fr": "Captures de ce matin :",
                "it": "Catture di stamattina:",
                "en": "This morning's catches:",
            }
        )
        body = f"{head}\n\n{tab}\n\n{logh}\n" + "\n".join(catch) + f"\n\n{wx}: {c.lan_ip()}"
        return wrap(
            c,
            body,
            [
                c.t(
                    {
                        "de": "Wer ist in der ersten Woche noch nicht eingeteilt?",
                        "fr": "Qui manque encore la première semaine ?",
                        "it": "Chi manca ancora nella prima settimana?",
                        "en": "Who is still missing in week one?",
                    }
                )
            ],
        )
    if v == 2:  # found-ring report and the ringing centre's answer
        finder, ringer, staff = c.person(age=(20, 85)), c.person(age=(35, 80)), c.person(age=(28, 64))
        a = c.addr()
        ring = _ring(c)
        fm = c.mail(finder)
        sp = c.ch(BIRDS[L])
        centre = c.t(
            {
                "de": {
                    "CH": "Schweizerische Vogelwarte",
                    "AT": "Vogelwarte Radolfzell – Beringungszentrale",
                    "*": c.ch(["Beringungszentrale Hiddensee", "Vogelwarte Radolfzell"]),
                },
                "fr": {"CHF": "Station ornithologique suisse", "*": "CRBPO – Centre de baguage"},
                "it": {"CHI": "Stazione ornitologica svizzera", "*": "Centro nazionale di inanellamento"},
                "en": {"US": "Bird Banding Lab", "*": "BTO Ringing Scheme"},
            }
        )
        found = c.t(
            {
                "de": f"ich habe am {c.date(-40, -17)} in meinem Garten einen toten Vogel ({sp}) gefunden, "
                f"vermutlich gegen die Scheibe geflogen. Am Bein ist ein Ring: {ring}.\n"
                f"Fundort: {c.city()}, Garten hinter dem Haus.\nMeine Adresse: {c.addr1(a)}\n"
                f"Telefon: {c.tel()}\nKönnen Sie mir sagen, wo der Vogel beringt wurde?",
                "fr": f"j'ai trouvé le {c.date(-40, -17)} un oiseau mort ({sp}) dans mon jardin, sans doute contre "
                f"la vitre. Il porte une bague : {ring}.\nLieu : {c.city()}, derrière la maison.\n"
                f"Mon adresse : {c.addr1(a)}\nTél. : {c.tel()}\nPouvez-vous me dire où il a été bagué ?",
                "it": f"il {c.date(-40, -17)} ho trovato un uccello morto ({sp}) in giardino, probabilmente contro "
                "il vetro. "
                f"Ha un anello alla zampa: {ring}.\nLuogo: {c.city()}, dietro casa.\n"
                f"Indirizzo: {c.addr1(a)}\nTel.: {c.tel()}\nSapete dirmi dove era stato inanellato?",
                "en": f"on {c.date(-40, -17)} I found a dead {sp} in the garden, probably flew into the window. "
                f"It has a ring: {ring}.\nWhere: {c.city()}, back garden.\nMy address: {c.addr1(a)}\n"
                f"Phone: {c.tel()}\nCould you tell me where it was ringed?",
            }
        )
        hello = c.t({"de": "Guten Tag,", "fr": "Bonjour,", "it": "Buongiorno,", "en": "Hello,"})
        orig = f"{hello}\n\n{found}\n\n{bye(c, finder)}"
        age = c.n(2, 9)
        reply = c.t(
            {
                "de": f"vielen Dank für Ihre Meldung! Der Vogel wurde vor {age} Jahren als Nestling von "
                f"{c.name(ringer, c.ch(['full', 'initial']))} beringt, rund {c.n(3, 900)} km von Ihrem "
                f"Fundort entfernt. Die Ringfundmitteilung schicken wir Ihnen per Post an die angegebene "
                f"Adresse.",
                "fr": f"merci beaucoup pour votre signalement ! L'oiseau a été bagué il y a {age} ans au nid par "
                f"{c.name(ringer, c.ch(['full', 'initial']))}, à environ {c.n(3, 900)} km. Nous vous "
                f"enverrons le certificat de reprise par la poste.",
                "it": f"grazie mille della segnalazione! L'uccello era stato inanellato {age} anni fa al nido da "
                f"{c.name(ringer, c.ch(['full', 'initial']))}, a circa {c.n(3, 900)} km. Le invieremo il "
                f"certificato di ricattura per posta.",
                "en": f"thank you for the report! The bird was ringed as a nestling {age} years ago by "
                f"{c.name(ringer, c.ch(['full', 'initial']))}, about {c.n(3, 900)} km away. We will post "
                f"the recovery certificate to your address.",
            }
        )
        cdom = {
            "de": {"CH": "vogelwarte.ch", "*": "vogelwarte-beringung.de"},
            "fr": {"CHF": "vogelwarte.ch", "*": "crbpo-baguage.fr"},
            "it": {"CHI": "vogelwarte.ch", "*": "inanellamento-ispra.it"},
            "en": {"US": "banding-lab.org", "*": "bto-ringing.org.uk"},
        }
        if c.cc == "AT":
            cdom["de"]["*"] = "vogelwarte-beringung.at"
        cd = c.t(cdom)
        rm = f"ringing@{cd}" if c.p(0.5) else c.email_raw(staff, cd)
        rm_lab = lab("EMAIL", rm) if not rm.startswith("ringing@") else rm
        body = (
            mail_head(
                c,
                addr_of(c.name(staff, "full"), rm_lab),
                [fm],
                c.t(
                    {
                        "de": "AW: Ringfund",
                        "fr": "RE: Oiseau bagué trouvé",
                        "it": "R: Anello trovato",
                        "en": "RE: Ringed bird found",
                    }
                ),
            )
            + "\n\n"
            + f"{greet(c, finder, True)}\n\n{reply}\n\n{bye(c, staff, 'full')}\n{centre}\n\n"
            + quoted_reply(c, c.name(finder, "full"), fm, orig)
        )
        return wrap(c, body)
    # v3: portal export and a chat
    recs = []
    people = [c.person(age=(17, 80)) for _ in range(2)]
    for q in people:
        recs.append(
            {
                "observer": c.name(q, c.ch(["full", "full", "lastfirst"])),
                "email": c.mail(q),
                "species": c.ch(BIRDS[L]),
                "count": c.n(1, 40),
                "lat": round(COORD[c.net][0] + c.r.uniform(-1, 1), 5),
                "lon": round(COORD[c.net][1] + c.r.uniform(-1, 1), 5),
                "ts": f"{c.day(-5, 0).isoformat()}T{c.n(5, 19):02d}:{c.n(0, 59):02d}:00",
                "client_ip": c.ip(),
            }
        )
    js = "\n".join(j_line(r) for r in recs) if c.p(0.6) else j_pretty(recs)
    a = c.addr()
    x, y = people[0], people[-1]
    nb = c.person(age=(20, 70))
    low = 0.5
    msgs = [
        (
            c.name(x, c.ch(["first", "nick", "full"])),
            c.t(
                {
                    "de": f"Morgen früh Treffpunkt {c.street(a)}, 6:15. Wer bringt das Spektiv mit?",
                    "fr": f"Demain rendez-vous {c.street(a)}, 6h15. Qui prend la longue-vue ?",
                    "it": f"Domattina ritrovo in {c.street(a)}, alle 6:15. Chi porta il cannocchiale?",
                    "en": f"Meet tomorrow at {c.street(a)}, 6:15. Who's bringing the scope?",
                }
            ),
        ),
        (
            lab("PHONE", c.phone_raw()),
            c.t(
                {
                    "de": f"ich, bin übrigens {c.name(nb, 'first')}, neu in der Gruppe",
                    "fr": f"moi, c'est {c.name(nb, 'first')} au fait, {'nouvelle' if nb.f else 'nouveau'} ici",
                    "it": f"io, sono {c.name(nb, 'first')}, {'nuova' if nb.f else 'nuovo'} nel gruppo",
                    "en": f"me, I'm {c.name(nb, 'first')} btw, new to the group",
                }
            ),
        ),
        (
            c.name(y, c.ch(["first", "nick"])),
            c.t(
                {
                    "de": f"super. {c.name(x, 'first')}, meldest du die "
                    f"Sichtung ({c.ch(BIRDS['de'])}) bitte im Portal?",
                    "fr": f"top. {c.name(x, 'first')}, tu saisis l'observation ({c.ch(BIRDS['fr'])}) sur le portail ?",
                    "it": f"ottimo. {c.name(x, 'first')}, inserisci tu "
                    f"l'avvistamento ({c.ch(BIRDS['it'])}) nel portale?",
                    "en": f"great. {c.name(x, 'first')}, can you log the {c.ch(BIRDS['en'])} on the portal?",
                }
            ),
        ),
    ]
    intro = c.t(
        {
            "de": "Export aus dem Meldeportal (letzte 5 Tage) und unser Gruppenchat dazu:",
            "fr": "Export du portail de saisie (5 derniers jours) et notre discussion de groupe :",
            "it": "Export dal portale (ultimi 5 giorni) e la nostra chat di gruppo:",
            "en": "Export from the sightings portal (last 5 days) and our group chat:",
        }
    )
    if c.p(0.35):
        msgs = [msgs[0], msgs[2]]
    body = f"{intro}\n\n{js}\n\n{chat(c, msgs, lower=low)}"
    return wrap(
        c,
        body,
        [
            c.t(
                {
                    "de": "Welche Meldungen sind doppelt?",
                    "fr": "Quelles observations sont en double ?",
                    "it": "Quali segnalazioni sono doppie?",
                    "en": "Which records are duplicates?",
                }
            )
        ],
    )


def caretaker_word(c: Ctx, p: Person, art: str) -> str:
    """Caretaker with an article; ``art`` names the language's article (evaluated for every language)."""
    f = p.f
    de = {"CH": "Hauswart", "AT": "Schulwart"}.get(c.cc, "Hausmeister") + ("in" if f else "")
    table = {
        "den": f"{'die' if f else 'den'} {de}",
        "unseren": f"{'unsere' if f else 'unseren'} {de}",
        "": de if c.lang == "de" else {"fr": "Concierge", "it": "Custode", "en": "Caretaker"}[c.lang],
        "le": f"{'la' if f else 'le'} concierge",
        "notre": "notre concierge",
        "dal": f"{'dalla' if f else 'dal'} custode",
        "il nostro": f"{'la nostra' if f else 'il nostro'} custode",
        "our": "our caretaker",
    }
    return table[art]


# 2. hallrental ------------------------------------------------------------------------------------------------------
def _hall(c: Ctx, t: str) -> tuple[str, str]:
    hall = c.t(
        {
            "de": {
                "CH": [f"Gemeindesaal {t}", f"Mehrzweckhalle {t}", f"Kirchgemeindehaus {t}"],
                "AT": [f"Gemeindezentrum {t}", f"Pfarrsaal {t}", f"Kultursaal {t}"],
                "*": [f"Bürgerhaus {t}", f"Dorfgemeinschaftshaus {t}", f"Gemeindesaal {t}"],
            },
            "fr": {
                "CHF": [f"Salle communale de {t}", f"Grande salle de {t}", f"Salle polyvalente de {t}"],
                "*": [f"Salle des fêtes de {t}", f"Salle polyvalente de {t}", f"Foyer rural de {t}"],
            },
            "it": {
                "CHI": [f"Sala multiuso di {t}", f"Salone comunale di {t}", f"Casa comunale di {t}"],
                "*": [f"Sala civica di {t}", f"Salone parrocchiale di {t}", f"Centro civico di {t}"],
            },
            "en": {
                "US": [f"{t} Community Center", f"{t} Grange Hall", f"{t} VFW Hall"],
                "*": [f"{t} Village Hall", f"{t} Community Centre", f"St Anne's Church Hall, {t}"],
            },
        }
    )
    office = c.t(
        {
            "de": {"CH": f"Gemeindeverwaltung {t}", "AT": f"Marktgemeinde {t}", "*": f"Gemeinde {t}"},
            "fr": {"CHF": f"Administration communale de {t}", "*": f"Mairie de {t}"},
            "it": {"CHI": f"Cancelleria comunale di {t}", "*": f"Comune di {t}"},
            "en": {"US": f"{t} Parks & Recreation", "*": f"{t} Hall Committee"},
        }
    )
    return hall, office


def g_hallrental(c: Ctx, v: int) -> str:
    L = c.lang
    tt = _town_t(c)
    hall, office = _hall(c, tt[1])
    hall_a = c.addr(town=tt, biz=True)
    od = town_dom(c, tt[1], "town")
    cw = caretaker_word
    evs = c.tl(
        {
            "de": [
                "Geburtstagsfeier (50.)",
                "Hochzeitsfeier",
                "Vereinsversammlung",
                "Taufe",
                "Flohmarkt",
                "Konfirmationsfeier",
                "Kindergeburtstag",
                "Trauerkaffee",
            ],
            "fr": [
                "Anniversaire (50 ans)",
                "Mariage",
                "Assemblée générale",
                "Baptême",
                "Vide-grenier",
                "Repas de famille",
                "Loto",
                "Soirée dansante",
            ],
            "it": [
                "Festa di compleanno (50 anni)",
                "Matrimonio",
                "Assemblea",
                "Battesimo",
                "Mercatino",
                "Pranzo di famiglia",
                "Tombola",
                "Prima comunione",
            ],
            "en": [
                "50th birthday party",
                "Wedding reception",
                "AGM",
                "Christening",
                "Jumble sale",
                "Family lunch",
                "Quiz night",
                "Wake",
            ],
        }
    )
    ev = c.ch(evs)
    fee, dep = c.money(90, 650), c.money(150, 500)
    caretaker = c.person(age=(35, 72))
    if v == 0:  # rental agreement
        p = c.person(age=(19, 80))
        a = c.addr()
        L_ = c.tl(
            {
                "de": [
                    "Mieter/in",
                    "Geburtsdatum",
                    "Strasse" if c.cc == "CH" else "Straße",
                    "PLZ Ort",
                    "Telefon",
                    "E-Mail",
                    "Anlass",
                    "Datum",
                    "Personen",
                    "Miete",
                    "Kaution",
                    "Rückzahlung Kaution an IBAN",
                ],
                "fr": [
                    "Locataire",
                    "Date de naissance",
                    "Rue",
                    "NPA Localité" if c.swiss else "Code postal Ville",
                    "Téléphone",
                    "Courriel",
                    "Manifestation",
                    "Date",
                    "Personnes",
                    "Location",
                    "Caution",
                    "Remboursement caution sur IBAN",
                ],
                "it": [
                    "Locatario",
                    "Data di nascita",
                    "Via",
                    "CAP Località",
                    "Telefono",
                    "E-mail",
                    "Evento",
                    "Data",
                    "Persone",
                    "Affitto",
                    "Cauzione",
                    "Restituzione cauzione su IBAN",
                ],
                "en": [
                    "Hirer",
                    "Date of birth",
                    "Address",
                    "Town / postcode" if c.cc == "GB" else "City, State ZIP",
                    "Phone",
                    "Email",
                    "Event",
                    "Date",
                    "Guests",
                    "Hire fee",
                    "Deposit",
                    "Deposit refund to IBAN",
                ],
            }
        )
        pairs = [
            (L_[0], c.name(p, pick_style(c, True))),
            (L_[1], c.dob(p)),
            (L_[2], c.street(a)),
            (L_[3], c.town(a)),
            (L_[4], c.tel(c.p(0.7), a)),
            (L_[5], c.mail(p)),
            (L_[6], ev),
            (L_[7], c.date(10, 200)),
            (L_[8], str(c.n(15, 180))),
            (L_[9], fee),
            (L_[10], dep),
            (L_[11], c.iban()),
        ]
        head = c.t(
            {
                "de": f"Mietvertrag {hall} (Vertrag Nr. {c.ref('MV-', 5)})\n{office}, {c.addr1(hall_a)}",
                "fr": f"Contrat de location – {hall} (n° {c.ref('LOC-', 5)})\n{office}, {c.addr1(hall_a)}",
                "it": f"Contratto di locazione – {hall} (n. {c.ref('', 5)}/{TODAY.year})\n{office}, {c.addr1(hall_a)}",
                "en": f"Hire agreement – {hall} (ref {c.ref('HA', 5)})\n{office}, {c.addr1(hall_a)}",
            }
        )
        ct = c.tel(c.p(0.6), hall_a)
        foot = c.t(
            {
                "de": f"Schlüsselübergabe durch {cw(c, caretaker, 'den')} {c.name(caretaker, 'full')} ({ct}) am "
                f"Vortag ab 18 Uhr. Die Mieterin/der Mieter muss volljährig sein.",
                "fr": f"Remise des clés par {cw(c, caretaker, 'le')} {c.name(caretaker, 'full')} ({ct}) la "
                f"veille dès 18h. "
                f"Le/la locataire doit être majeur·e.",
                "it": f"Consegna delle chiavi {cw(c, caretaker, 'dal')} {c.name(caretaker, 'full')} ({ct}) "
                f"il giorno prima "
                f"dalle 18. Il locatario deve essere maggiorenne.",
                "en": f"Keys from the caretaker, {c.name(caretaker, 'full')} ({ct}), the evening before from "
                f"6 pm. The hirer must be over 18.",
            }
        )
        body = f"{head}\n\n{kv(c, pairs)}\n\n{foot}"
        return wrap(
            c,
            body,
            [
                c.t(
                    {
                        "de": "Fehlt im Vertrag noch etwas Wichtiges?",
                        "fr": "Manque-t-il quelque chose d'important ?",
                        "it": "Manca qualcosa di importante nel contratto?",
                        "en": "Is anything important missing from the agreement?",
                    }
                )
            ],
        )
    if v == 1:  # booking calendar export
        hdr = c.tl(
            {
                "de": ["Datum", "Zeit", "Raum", "Mieter", "Kontakt", "Telefon", "Zweck"],
                "fr": ["Date", "Heure", "Salle", "Locataire", "Contact", "Téléphone", "Objet"],
                "it": ["Data", "Ora", "Sala", "Locatario", "Referente", "Telefono", "Motivo"],
                "en": ["Date", "Time", "Room", "Hirer", "Contact", "Phone", "Purpose"],
            }
        )
        rooms = c.tl(
            {
                "de": ["Saal", "Foyer", "Küche", "Saal+Küche", "Sitzungszimmer"],
                "fr": ["Grande salle", "Foyer", "Cuisine", "Salle+cuisine", "Salle de réunion"],
                "it": ["Salone", "Foyer", "Cucina", "Salone+cucina", "Saletta riunioni"],
                "en": ["Main hall", "Lounge", "Kitchen", "Hall+kitchen", "Meeting room"],
            }
        )
        clubs = c.tl(
            {
                "de": [
                    "Turnverein",
                    "Landfrauen",
                    "Musikgesellschaft",
                    "Seniorenturnen",
                    "Elternrat",
                    "Jodlerklub" if c.cc == "CH" else "Kirchenchor",
                ],
                "fr": ["Gym dames", "Fanfare", "Club des aînés", "Association des parents", "Chœur mixte"],
                "it": [
                    "Società ginnastica",
                    "Filarmonica",
                    "Gruppo anziani",
                    "Assemblea genitori",
                    "Coro parrocchiale",
                ],
                "en": ["Women's Institute", "Brass band", "Over-60s club", "PTA", "Parish council"],
            }
        )
        rows = []
        for _ in range(c.n(3, 4)):
            d = c.date(1, 90, "dmy_dot" if L != "en" else ("dmy_slash" if c.cc == "GB" else "us_slash"))
            tm = f"{c.n(8, 19)}:00–{c.n(20, 23)}:{c.ch(['00', '30'])}"
            q = c.person(age=(22, 78))
            if c.p(0.4):
                rows.append(
                    [
                        d,
                        tm,
                        c.ch(rooms),
                        c.ch(clubs),
                        c.name(q, c.ch(["full", "lastfirst", "last"])),
                        c.tel() if c.p(0.75) else "",
                        c.t({"de": "Probe", "fr": "Répétition", "it": "Prove", "en": "Rehearsal"}),
                    ]
                )
            else:
                rows.append(
                    [
                        d,
                        tm,
                        c.ch(rooms),
                        c.t({"de": "privat", "fr": "privé", "it": "privato", "en": "private"}),
                        c.name(q, c.ch(["full", "lastfirst", "initial"])),
                        c.tel(c.p(0.6)) if c.p(0.8) else "",
                        c.ch(evs),
                    ]
                )
        head = c.t(
            {
                "de": f"Belegungsplan {hall} – Export aus dem Raumbuchungssystem",
                "fr": f"Planning d'occupation {hall} – export du logiciel de réservation",
                "it": f"Calendario occupazione {hall} – esportazione dal gestionale",
                "en": f"Booking calendar {hall} – export from the booking system",
            }
        )
        foot = c.t(
            {
                "de": f"{cw(c, caretaker, '')}: {c.name(caretaker, c.ch(['full', 'lastfirst']))}, {c.tel()}. "
                f"Reservationen: reservation@{od}",
                "fr": f"Concierge : {c.name(caretaker, c.ch(['full', 'lastfirst']))}, {c.tel()}. "
                f"Réservations : reservation@{od}",
                "it": f"Custode: {c.name(caretaker, c.ch(['full', 'lastfirst']))}, {c.tel()}. "
                f"Prenotazioni: prenotazioni@{od}",
                "en": f"Caretaker: {c.name(caretaker, c.ch(['full', 'lastfirst']))}, {c.tel()}. "
                f"Bookings: bookings@{od}",
            }
        )
        if c.cc == "DE":
            foot = foot.replace("Reservationen", "Buchungen")
        body = f"{head}\n\n{table_any(c, hdr, rows)}\n\n{foot}"
        return wrap(
            c,
            body,
            [
                c.t(
                    {
                        "de": "Gibt es Überschneidungen?",
                        "fr": "Y a-t-il des doublons de réservation ?",
                        "it": "Ci sono sovrapposizioni?",
                        "en": "Are there any double bookings?",
                    }
                )
            ],
        )
    if v == 2:  # deposit dispute thread
        p, clerk = c.person(age=(25, 75)), c.person(age=(25, 63))
        pm, cm = c.mail(p), c.mail(clerk, od)
        dmg = c.t(
            {
                "de": [
                    "ein Brandfleck im Parkett",
                    "zwei kaputte Stühle",
                    "die Küche war nicht gereinigt",
                    "ein Glas in der Spülmaschine gesprungen",
                ],
                "fr": [
                    "une brûlure sur le parquet",
                    "deux chaises cassées",
                    "la cuisine n'était pas nettoyée",
                    "un verre cassé dans le lave-vaisselle",
                ],
                "it": [
                    "una bruciatura sul parquet",
                    "due sedie rotte",
                    "la cucina non era pulita",
                    "un bicchiere rotto in lavastoviglie",
                ],
                "en": [
                    "a burn mark on the floor",
                    "two broken chairs",
                    "the kitchen had not been cleaned",
                    "a glass broken in the dishwasher",
                ],
            }
        )
        office_txt = c.t(
            {
                "de": f"bei der Abnahme durch {cw(c, caretaker, 'unseren')} "
                f"{c.name(caretaker, c.ch(['full', 'last']))} "
                f"wurde festgestellt: {dmg}. Wir behalten daher {c.money(40, 180)} von der Kaution "
                f"ein. Den Rest überweisen wir auf das angegebene Konto.",
                "fr": f"lors de l'état des lieux, {cw(c, caretaker, 'notre')} "
                f"{c.name(caretaker, c.ch(['full', 'last']))}"
                f" a constaté : {dmg}. Nous retenons donc {c.money(40, 180)} sur la caution et "
                f"versons le solde sur le compte indiqué.",
                "it": f"al controllo {cw(c, caretaker, 'il nostro')} {c.name(caretaker, c.ch(['full', 'last']))} ha "
                f"rilevato: {dmg}. Tratteniamo quindi {c.money(40, 180)} dalla cauzione e "
                f"restituiamo il resto sul conto indicato.",
                "en": f"at the check-out {cw(c, caretaker, 'our')} {c.name(caretaker, c.ch(['full', 'last']))} found "
                f"{dmg}. We are therefore keeping {c.money(40, 180)} of the deposit and will refund "
                f"the rest to the account you gave.",
            }
        )
        orig = f"{greet(c, p, True)}\n\n{office_txt}\n\n" + sig(
            c,
            clerk,
            office,
            hall_a if c.p(0.5) else c.addr(town=tt, biz=True),
            c.tel(False, hall_a, ext=c.p(0.3)),
            cm if c.p(0.4) else None,
        )
        reply = c.t(
            {
                "de": f"das stimmt so nicht – das ({dmg}) war schon vor unserer Feier so, das habe ich "
                f"beim "
                f"Schlüsselholen gesagt. Meine Schwester {c.name(c.kin(p, 'f'), 'full')} war dabei und "
                f"kann das bestätigen. Bitte überweisen Sie die ganze Kaution auf {c.iban()}.",
                "fr": f"ce n'est pas exact : le problème ({dmg}) existait déjà avant notre fête, je l'ai "
                f"signalé en "
                f"prenant les clés. Ma sœur {c.name(c.kin(p, 'f'), 'full')} était présente. Merci de "
                f"rembourser toute la caution sur {c.iban()}.",
                "it": f"non è corretto: il problema ({dmg}) c'era già prima della nostra festa, l'ho detto al "
                f"ritiro delle "
                f"chiavi. Mia sorella {c.name(c.kin(p, 'f'), 'full')} era presente. Vi prego di "
                f"restituire tutta la cauzione su {c.iban()}.",
                "en": f"that isn't right – the problem ({dmg}) was already there before our party, I mentioned "
                f"it when I "
                f"picked up the keys. My sister {c.name(c.kin(p, 'f'), 'full')} was there too. Please "
                f"refund the full deposit to {c.iban()}.",
            }
        )
        body = (
            mail_head(
                c,
                addr_of(c.name(p, "full"), pm),
                [cm],
                c.t(
                    {
                        "de": f"AW: Kaution {hall}",
                        "fr": f"RE: Caution {hall}",
                        "it": f"R: Cauzione {hall}",
                        "en": f"RE: Deposit {hall}",
                    }
                ),
            )
            + f"\n\n{greet(c, clerk, True)}\n\n{reply}\n\n{bye(c, p)}\n{c.tel()}\n\n"
            + quoted_reply(c, c.name(clerk, "full"), cm, orig)
        )
        return wrap(
            c,
            body,
            [
                c.t(
                    {
                        "de": "Hilf mir, sachlich zu antworten.",
                        "fr": "Aide-moi à répondre calmement.",
                        "it": "Aiutami a rispondere in modo pacato.",
                        "en": "Help me reply calmly and factually.",
                    }
                )
            ],
        )
    # v3: booking webhook + caretaker chat
    p = c.person(age=(20, 75))
    a = c.addr()
    pay = (
        {"method": "card", "card_number": c.card(), "exp": f"{c.n(1, 12):02d}/{c.n(27, 31)}"}
        if c.p(0.35)
        else {"method": "card", "card": c.masked_card(), "brand": c.ch(["visa", "mastercard"])}
        if c.p(0.5)
        else {"method": "sepa" if c.net != "GB" and c.net != "US" else "bank_transfer", "iban": c.iban()}
    )
    rec = {
        "event": "booking.created",
        "booking_id": c.ref("BK-", 7),
        "hall": hall,
        "date": c.day(5, 150).isoformat(),
        "slot": c.ch(["full_day", "evening", "morning"]),
        "customer": {
            "name": c.name(p, "full"),
            "email": c.mail(p),
            "phone": c.tel(),
            "date_of_birth": c.dob(p, "iso") if c.p(0.5) else None,
            "street": c.street(a),
            "zip_city": c.town(a),
        },
        "payment": pay,
        "amount": float(c.n(90, 650)),
        "client_ip": c.ip(),
        "user_agent": "Mozilla/5.0",
    }
    js = j_pretty(rec) if c.p(0.6) else j_line(rec)
    clerk = c.person(age=(25, 63))
    cn, kn = c.name(caretaker, c.ch(["first", "nick"])), c.name(clerk, c.ch(["first", "full"]))
    ka_ = c.p(0.5)
    msgs = [
        (
            kn,
            c.t(
                {
                    "de": f"{c.name(caretaker, 'first')}, neue Buchung für den Saal, Schlüssel bitte an "
                    f"{c.name(p, 'full')}. "
                    + (f"Sie wohnt {c.street(a)}, k" if ka_ else "K")
                    + "annst du ihn vorbeibringen?",
                    "fr": f"{c.name(caretaker, 'first')}, nouvelle réservation, les clés pour "
                    f"{c.name(p, 'full')}. "
                    + (f"Adresse : {c.street(a)}, tu" if ka_ else "Tu")
                    + " peux les déposer ?",
                    "it": f"{c.name(caretaker, 'first')}, nuova prenotazione, le chiavi vanno a "
                    f"{c.name(p, 'full')}. " + (f"Abita in {c.street(a)}, p" if ka_ else "P") + "uoi portargliele?",
                    "en": f"{c.name(caretaker, 'first')}, new booking for the hall, keys go to "
                    f"{c.name(p, 'full')}. "
                    + (f"Address is {c.street(a)}, c" if ka_ else "C")
                    + "an you drop them off?",
                }
            ),
        ),
        (
            cn,
            c.t(
                {
                    "de": "mach ich morgen. hat sie eine nummer?",
                    "fr": "je le fais demain. elle a un numéro ?",
                    "it": "domani. ha un numero?",
                    "en": "will do tomorrow. has she got a number?",
                }
            ),
        ),
        (
            kn,
            c.t({"de": f"ja {c.tel()}", "fr": f"oui {c.tel()}", "it": f"sì {c.tel()}", "en": f"yes {c.tel()}"})
            if c.p(0.5)
            else c.t(
                {
                    "de": "nein, schreib ihr per mail",
                    "fr": "non, écris-lui par mail",
                    "it": "no, scrivile una mail",
                    "en": "no, email her",
                }
            ),
        ),
        (
            cn,
            c.t(
                {
                    "de": f"ok. alarmcode ist wieder {c.digits(4)}, oder?",
                    "fr": f"ok. code alarme toujours {c.digits(4)} ?",
                    "it": f"ok. codice allarme sempre {c.digits(4)}?",
                    "en": f"ok. alarm code still {c.digits(4)}?",
                }
            ),
        ),
    ]
    if not p.f:
        msgs = [
            (
                w,
                t.replace("Sie wohnt", "Er wohnt")
                .replace("hat sie", "hat er")
                .replace("elle a", "il a")
                .replace("has she", "has he"),
            )
            for w, t in msgs
        ]
    intro = c.t(
        {
            "de": "Webhook von der Buchungsseite und unser Chat danach:",
            "fr": "Webhook du site de réservation, puis le chat avec le concierge :",
            "it": "Webhook dal sito di prenotazione e poi la chat con il custode:",
            "en": "Webhook from the booking site, then the chat with the caretaker:",
        }
    )
    body = f"{intro}\n\n{js}\n\n{chat(c, msgs, lower=0.6)}"
    return wrap(c, body)


# 3. firewood --------------------------------------------------------------------------------------------------------
def _forest_org(c: Ctx, t: str) -> str:
    return c.t(
        {
            "de": {
                "CH": [f"Forstbetrieb {t}", f"Bürgergemeinde {t} – Forst", f"Forstrevier {t}"],
                "AT": [f"Waldverband {t}", f"Forstgut {t}", f"Agrargemeinschaft {t} – Brennholz"],
                "*": [f"Forstrevier {t}", f"Stadtwald {t}", f"Forstbetriebsgemeinschaft {t}"],
            },
            "fr": {
                "CHF": [f"Triage forestier de {t}", f"Groupement forestier {t}", f"Service forestier de {t}"],
                "*": [f"ONF – agence de {t}", f"Commune de {t} – bois de chauffage", f"Coopérative forestière de {t}"],
            },
            "it": {
                "CHI": [f"Patriziato di {t}", f"Azienda forestale {t}", f"Consorzio forestale {t}"],
                "*": [f"Consorzio forestale {t}", f"Comunità montana – {t}", f"Azienda agricola forestale {t}"],
            },
            "en": {
                "US": [f"{t} Firewood Co.", f"{t} County Forestry", f"{t} Tree & Firewood"],
                "*": [f"{t} Estate Forestry", f"{t} Logs & Kindling", f"{t} Woodland Trust"],
            },
        }
    )


def g_firewood(c: Ctx, v: int) -> str:
    tt = _town_t(c)
    org = _forest_org(c, tt[1])
    od = town_dom(c, tt[1], c.t({"de": "forst", "fr": "forets", "it": "legna", "en": "firewood"}))
    oa = c.addr(town=tt, biz=True)
    woods = c.tl(
        {
            "de": ["Buche", "Eiche", "Esche", "Fichte", "Birke", "Buche/Esche gemischt", "Nadelholz"],
            "fr": ["hêtre", "chêne", "frêne", "épicéa", "bouleau", "mélange feuillus", "charme"],
            "it": ["faggio", "quercia", "castagno", "frassino", "carpino", "misto latifoglie", "robinia"],
            "en": ["beech", "oak", "ash", "birch", "mixed hardwood", "kiln-dried oak", "softwood"],
        }
    )
    unit = c.t(
        {
            "de": {"CH": "Ster", "AT": "rm", "*": "Ster"},
            "fr": "stères",
            "it": "q" if c.cc == "IT" else "steri",
            "en": {"US": "cords", "*": "bulk bags"},
        }
    )
    forester = c.person(age=(30, 64))
    fw = c.t(
        {
            "de": "Förster" + ("in" if forester.f else ""),
            "fr": "garde forestier" if not forester.f else "garde forestière",
            "it": "guardia forestale",
            "en": "head forester",
        }
    )
    if v == 0:  # order form
        p = c.person(age=(22, 85))
        a = c.addr()
        deliver_other = c.p(0.3)
        d2 = c.addr() if deliver_other else None
        L_ = c.tl(
            {
                "de": [
                    "Name",
                    "Geburtsdatum",
                    "Rechnungsadresse",
                    "",
                    "Lieferadresse",
                    "Telefon",
                    "E-Mail",
                    "Holzart",
                    "Menge",
                    "Länge",
                    "Zahlung",
                    "IBAN",
                ],
                "fr": [
                    "Nom",
                    "Date de naissance",
                    "Adresse de facturation",
                    "",
                    "Adresse de livraison",
                    "Téléphone",
                    "E-mail",
                    "Essence",
                    "Quantité",
                    "Longueur",
                    "Paiement",
                    "IBAN",
                ],
                "it": [
                    "Nome",
                    "Data di nascita",
                    "Indirizzo di fatturazione",
                    "",
                    "Indirizzo di consegna",
                    "Telefono",
                    "E-mail",
                    "Essenza",
                    "Quantità",
                    "Lunghezza",
                    "Pagamento",
                    "IBAN",
                ],
                "en": [
                    "Name",
                    "Date of birth",
                    "Billing address",
                    "",
                    "Delivery address",
                    "Phone",
                    "Email",
                    "Wood",
                    "Quantity",
                    "Length",
                    "Payment",
                    "IBAN",
                ],
            }
        )
        self_cut = c.p(0.6)
        pairs = [
            (L_[0], c.name(p, pick_style(c, True))),
            (L_[1], c.dob(p) if self_cut else None),
            (L_[2], c.addr1(a)),
            (
                L_[4],
                c.addr1(d2) if d2 else c.t({"de": "wie oben", "fr": "idem", "it": "come sopra", "en": "same as above"}),
            ),
            (L_[5], c.tel(c.p(0.6), a)),
            (L_[6], c.mail(p) if c.p(0.85) else None),
            (L_[7], c.ch(woods)),
            (L_[8], f"{c.n(2, 12)} {unit}"),
            (L_[9], c.ch(["33 cm", "25 cm", "50 cm", "1 m", "30 cm"])),
            (
                L_[10],
                c.t({"de": "SEPA-Lastschrift", "fr": "prélèvement", "it": "addebito diretto", "en": "direct debit"}),
            ),
            (L_[11], c.iban()),
        ]
        title = c.t(
            {
                "de": f"Brennholzbestellung {TODAY.year}/{TODAY.year + 1} – {org}",
                "fr": f"Commande de bois de chauffage {TODAY.year}/{TODAY.year + 1} – {org}",
                "it": f"Ordine legna da ardere {TODAY.year}/{TODAY.year + 1} – {org}",
                "en": f"Firewood order {TODAY.year}/{TODAY.year + 1} – {org}",
            }
        )
        sc = (
            c.t(
                {
                    "de": "Selbstwerber (Holz selbst im Wald aufarbeiten): Motorsägenkurs-Nachweis Nr. "
                    f"{c.ref('MS-', 5)} liegt bei, Geburtsdatum für die Versicherung angegeben.",
                    "fr": "Façonnage par le client en forêt : attestation de cours tronçonneuse n° "
                    f"{c.ref('', 5)} jointe, date de naissance indiquée pour l'assurance.",
                    "it": "Taglio in proprio nel bosco: attestato corso motosega n. "
                    f"{c.ref('', 5)} allegato, data di nascita per l'assicurazione.",
                    "en": "Self-cut in the woods: chainsaw certificate no. "
                    f"{c.ref('CS', 5)} attached, date of birth given for the insurance.",
                }
            )
            if self_cut
            else ""
        )
        foot = c.t(
            {
                "de": f"Rückfragen: {fw} {c.name(forester, 'full')}, {c.tel(True)}",
                "fr": f"Questions : {fw} {c.name(forester, 'full')}, {c.tel(True)}",
                "it": f"Informazioni: {fw} {c.name(forester, 'full')}, {c.tel(True)}",
                "en": f"Questions: {fw} {c.name(forester, 'full')}, {c.tel(True)}",
            }
        )
        body = f"{title}\n\n{kv(c, pairs)}\n\n{sc}\n{foot}".replace("\n\n\n", "\n\n")
        return wrap(c, body)
    if v == 1:  # delivery list for the drivers
        driver = c.person(age=(22, 60))
        rows = []
        for _ in range(c.n(3, 4)):
            q = c.person(age=(25, 88))
            a = c.addr()
            rows.append(
                [
                    c.name(q, c.ch(["lastfirst", "LASTfirst", "full", "last"])),
                    c.street(a),
                    a.city,
                    c.tel(c.p(0.5), a) if c.p(0.75) else "",
                    f"{c.n(2, 10)} {unit}",
                    c.ch(woods),
                ]
            )
        hdr = c.tl(
            {
                "de": ["Kunde", "Straße" if c.cc != "CH" else "Strasse", "Ort", "Telefon", "Menge", "Holz"],
                "fr": ["Client", "Adresse", "Localité", "Téléphone", "Quantité", "Essence"],
                "it": ["Cliente", "Indirizzo", "Località", "Telefono", "Quantità", "Essenza"],
                "en": ["Customer", "Street", "Town", "Phone", "Qty", "Wood"],
            }
        )
        head = c.t(
            {
                "de": f"Lieferliste {c.hdate(1, 20)} – Tour {c.n(1, 4)}\nFahrer: {c.name(driver, 'full')} "
                f"({c.tel()})\nFahrzeug: Traktor + Kipper, Kennz. unverändert",
                "fr": f"Liste de livraison du {c.hdate(1, 20)} – tournée {c.n(1, 4)}\nChauffeur : "
                f"{c.name(driver, 'full')} ({c.tel()})",
                "it": f"Lista consegne del {c.hdate(1, 20)} – giro {c.n(1, 4)}\nAutista: {c.name(driver, 'full')}"
                f" ({c.tel()})",
                "en": f"Delivery list {c.hdate(1, 20)} – round {c.n(1, 4)}\nDriver: {c.name(driver, 'full')} "
                f"({c.tel()})",
            }
        )
        note = c.t(
            {
                "de": "Bitte vor Ankunft anrufen, bei Nr. 3 Zufahrt über den Feldweg.",
                "fr": "Appeler avant d'arriver ; pour le n° 3, accès par le chemin agricole.",
                "it": "Telefonare prima di arrivare; per il n. 3 accesso dalla strada sterrata.",
                "en": "Ring before arriving; for no. 3 use the farm track.",
            }
        )
        body = f"{head}\n\n{table_any(c, hdr, rows)}\n\n{note}"
        return wrap(
            c,
            body,
            [
                c.t(
                    {
                        "de": "Kannst du die Tour nach Orten sortieren?",
                        "fr": "Peux-tu trier la tournée par localité ?",
                        "it": "Puoi ordinare il giro per località?",
                        "en": "Can you sort the round by town?",
                    }
                )
            ],
        )
    if v == 2:  # complaint quoting the office's reply
        p = c.person(age=(28, 85))
        a = c.addr()
        pm, fm = c.mail(p), c.mail(forester, od)
        office_txt = c.t(
            {
                "de": f"Ihre Lieferung ({c.n(3, 8)} {unit} {c.ch(woods)}) ist für "
                f"{c.hdate(2, 14)} vormittags an {c.street(a)} eingeplant. Bei Fragen erreichen Sie "
                f"unser Büro unter {c.tel(False, oa)} (Mo–Fr 7–12 Uhr); die Holzhotline "
                f"{c.hotline()} ist nur im Winter besetzt.",
                "fr": f"votre livraison ({c.n(3, 8)} {unit} de {c.ch(woods)}) est prévue le "
                f"{c.hdate(2, 14)} au matin au {c.street(a)}. Notre bureau répond au "
                f"{c.tel(False, oa)} (lu–ve 7h–12h) ; la ligne info-bois {c.hotline()} n'est "
                f"ouverte qu'en hiver.",
                "it": f"la consegna ({c.n(3, 8)} {unit} di {c.ch(woods)}) è prevista il {c.hdate(2, 14)} "
                f"mattina in {c.street(a)}. Il nostro ufficio risponde allo {c.tel(False, oa)} "
                f"(lu–ve 7–12); il numero verde {c.hotline()} è attivo solo d'inverno.",
                "en": f"your delivery ({c.n(3, 8)} {unit} of {c.ch(woods)}) is booked for the morning "
                f"of {c.hdate(2, 14)} at {c.street(a)}. Our office is on {c.tel(False, oa)} "
                f"(Mon–Fri 7–12); the firewood line {c.hotline()} is only staffed in winter.",
            }
        )
        orig = f"{greet(c, p, True)}\n\n{office_txt}\n\n" + sig(
            c, forester, org, oa, None, fm if c.p(0.5) else None, role=fw
        )
        moist = c.n(24, 38)
        reply = c.t(
            {
                "de": f"das Holz kam zwar, aber es ist viel zu feucht (Messgerät zeigt {moist} %) und statt "
                f"Buche ist die Hälfte Fichte. Mein Nachbar {c.name(c.person(g='m'), c.ch(['full', 'last']))} hat "
                f"beim Abladen geholfen und kann das bezeugen. Ich möchte, dass das Holz abgeholt wird. "
                f"Sie erreichen mich unter {c.tel()}.",
                "fr": f"le bois est arrivé, mais il est bien trop humide ({moist} % à l'humidimètre) et la "
                f"moitié est de l'épicéa au lieu du hêtre. Mon voisin "
                f"{c.name(c.person(g='m'), c.ch(['full', 'last']))} a aidé à décharger et peut en témoigner. "
                f"Je souhaite que le bois soit repris. Joignable au {c.tel()}.",
                "it": f"la legna è arrivata, ma è troppo umida ({moist} % al misuratore) e metà è abete invece "
                f"di faggio. Il mio vicino {c.name(c.person(g='m'), c.ch(['full', 'last']))} ha aiutato a "
                f"scaricare e può confermarlo. Vorrei che la legna venisse ritirata. Mi trovate al "
                f"{c.tel()}.",
                "en": f"the logs arrived, but they are far too wet ({moist}% on the meter) and half of it is "
                f"softwood instead of hardwood. My neighbour {c.name(c.person(g='m'), c.ch(['full', 'last']))} "
                f"helped unload and can confirm. I'd like it collected again. You can reach me on "
                f"{c.tel()}.",
            }
        )
        body = (
            mail_head(
                c,
                addr_of(c.name(p, "full"), pm),
                [fm],
                c.t(
                    {
                        "de": "AW: Ihre Brennholzlieferung",
                        "fr": "RE: Votre livraison de bois",
                        "it": "R: Consegna legna",
                        "en": "RE: Your firewood delivery",
                    }
                ),
            )
            + f"\n\n{greet(c, forester, True)}\n\n{reply}\n\n{bye(c, p)}\n\n"
            + quoted_reply(c, c.name(forester, "full"), fm, orig)
        )
        return wrap(c, body)
    # v3: wood auction results with bidders
    rows = []
    for _ in range(c.n(3, 4)):
        q = c.person(age=(25, 80))
        where = c.street(c.addr()) if c.p(0.4) else c.city()
        rows.append(
            [
                f"{c.n(1, 40)}",
                c.ch(woods),
                f"{c.n(3, 25)} {unit if c.lang != 'en' else 'm³'}",
                c.name(q, c.ch(["full", "lastfirst", "initial"])),
                where,
                c.tel(c.p(0.7)) if c.p(0.6) else "",
                f"{c.n(35, 95)}.{c.ch(['00', '50'])}",
            ]
        )
    hdr = c.tl(
        {
            "de": ["Los", "Holzart", "Menge", "Käufer/in", "Wohnort/Adresse", "Telefon", f"Zuschlag {c.cur}/Ster"],
            "fr": ["Lot", "Essence", "Volume", "Adjudicataire", "Domicile", "Téléphone", f"Prix {c.cur}/stère"],
            "it": ["Lotto", "Essenza", "Volume", "Aggiudicatario", "Residenza", "Telefono", f"Prezzo {c.cur}"],
            "en": ["Lot", "Wood", "Volume", "Buyer", "Address/town", "Phone", f"Price {c.cur}"],
        }
    )
    head = c.t(
        {
            "de": f"Ergebnis Brennholzversteigerung {org}, {c.hdate(-10, -1)}, Treffpunkt Waldparkplatz",
            "fr": f"Résultats de la mise de bois – {org}, {c.hdate(-10, -1)}",
            "it": f"Esito asta della legna – {org}, {c.hdate(-10, -1)}",
            "en": f"Firewood lot sale results – {org}, {c.hdate(-10, -1)}",
        }
    )
    pay = c.t(
        {
            "de": f"Zahlung innert 30 Tagen auf {c.iban()} ({org}), Abfuhr bis Ende März. Auskunft: "
            f"{c.name(forester, 'full')}, {c.tel()}, {c.mail(forester, od)}",
            "fr": f"Paiement sous 30 jours sur {c.iban()} ({org}), enlèvement avant fin mars. Renseignements : "
            f"{c.name(forester, 'full')}, {c.tel()}, {c.mail(forester, od)}",
            "it": f"Pagamento entro 30 giorni su {c.iban()} ({org}), ritiro entro fine marzo. Info: "
            f"{c.name(forester, 'full')}, {c.tel()}, {c.mail(forester, od)}",
            "en": f"Pay within 30 days to {c.iban()} ({org}), collect by the end of March. Contact: "
            f"{c.name(forester, 'full')}, {c.tel()}, {c.mail(forester, od)}",
        }
    )
    body = f"{head}\n\n{table_any(c, hdr, rows)}\n\n{pay}"
    return wrap(
        c,
        body,
        [
            c.t(
                {
                    "de": "Rechne mir bitte die Summe pro Los aus.",
                    "fr": "Calcule le total par lot.",
                    "it": "Calcola il totale per lotto.",
                    "en": "Work out the total per lot.",
                }
            )
        ],
    )


# 4. pottery ---------------------------------------------------------------------------------------------------------
def _studio(c: Ctx, t: str) -> str:
    return c.t(
        {
            "de": {
                "CH": [f"Keramikatelier {t}", f"Töpferwerkstatt {t}", "Tonwerk Kreativraum"],
                "AT": [f"Keramikwerkstatt {t}", f"Töpferstube {t}", "Atelier Erdfarben"],
                "*": [f"Töpferwerkstatt {t}", f"Keramikstudio {t}", "Offene Werkstatt Ton & Glasur"],
            },
            "fr": [f"Atelier céramique de {t}", f"Poterie de {t}", "Atelier Terre & Feu"],
            "it": [f"Laboratorio di ceramica {t}", f"Bottega della ceramica {t}", "Atelier Terra Cruda"],
            "en": {
                "US": [f"{t} Clay Studio", f"{t} Community Pottery", "Mud & Fire Studio"],
                "*": [f"{t} Pottery Studio", f"{t} Clay Collective", "Kiln & Wheel Studio"],
            },
        }
    )


def g_pottery(c: Ctx, v: int) -> str:
    L = c.lang
    tt = _town_t(c)
    st = _studio(c, tt[1])
    sd = dom(c, st.split(" ")[-1] + "-" + c.t({"de": "keramik", "fr": "ceramique", "it": "ceramica", "en": "pottery"}))
    sa = c.addr(town=tt, biz=True)
    owner = c.person(age=(30, 70))
    if v == 0:  # course enrolment (often a child)
        kid = c.p(0.55)
        parent = c.person(age=(28, 55))
        part = c.child(parent, age=(6, 15)) if kid else c.person(age=(18, 80))
        a = c.addr()
        course = c.t(
            {
                "de": [
                    "Kinderkurs Aufbaukeramik (Mi 15–17 Uhr)",
                    "Drehkurs Anfänger (8 Abende)",
                    "Raku-Wochenende",
                    "Ferienkurs Tiere aus Ton",
                ],
                "fr": [
                    "Atelier enfants modelage (mer. 15h–17h)",
                    "Tournage débutants (8 soirées)",
                    "Week-end raku",
                    "Stage vacances animaux en terre",
                ],
                "it": [
                    "Corso bambini modellazione (mer 15–17)",
                    "Tornio principianti (8 serate)",
                    "Weekend raku",
                    "Corso estivo animali in argilla",
                ],
                "en": [
                    "Kids' hand-building (Wed 3–5 pm)",
                    "Wheel throwing for beginners (8 evenings)",
                    "Raku weekend",
                    "Holiday clay animals course",
                ],
            }
        )
        L_ = c.tl(
            {
                "de": [
                    "Kurs",
                    "Teilnehmer/in",
                    "Geburtsdatum",
                    "Erziehungsberechtigte/r",
                    "Adresse",
                    "Handy",
                    "E-Mail",
                    "Allergien",
                    "Fotos erlaubt",
                    "Bezahlung",
                    "Kursnummer",
                ],
                "fr": [
                    "Cours",
                    "Participant·e",
                    "Date de naissance",
                    "Représentant·e légal·e",
                    "Adresse",
                    "Portable",
                    "E-mail",
                    "Allergies",
                    "Photos autorisées",
                    "Paiement",
                    "N° de cours",
                ],
                "it": [
                    "Corso",
                    "Partecipante",
                    "Data di nascita",
                    "Genitore",
                    "Indirizzo",
                    "Cellulare",
                    "E-mail",
                    "Allergie",
                    "Foto consentite",
                    "Pagamento",
                    "Codice corso",
                ],
                "en": [
                    "Course",
                    "Participant",
                    "Date of birth",
                    "Parent/guardian",
                    "Address",
                    "Mobile",
                    "Email",
                    "Allergies",
                    "Photos OK",
                    "Payment",
                    "Course code",
                ],
            }
        )
        payer = parent if kid else part
        pay = (
            (c.t({"de": "Lastschrift ", "fr": "Prélèvement ", "it": "Addebito ", "en": "Direct debit "}) + c.iban())
            if c.p(0.5)
            else (
                c.t({"de": "Karte ", "fr": "Carte ", "it": "Carta ", "en": "Card "})
                + (c.card() if c.p(0.4) else c.masked_card())
            )
        )
        pairs = [
            (L_[10], c.ref(c.ch(["K", "C", "T"]), 4)),
            (L_[0], course),
            (L_[1], c.name(part, c.ch(["full", "lastfirst"]))),
            (L_[2], c.dob(part)),
            (L_[3], c.name(parent, "full") if kid else None),
            (L_[4], c.addr1(a)),
            (L_[5], c.tel()),
            (L_[6], c.mail(payer)),
            (
                L_[7],
                c.t(
                    {
                        "de": ["keine", "Nüsse", "Latex"],
                        "fr": ["aucune", "noix", "latex"],
                        "it": ["nessuna", "noci", "lattice"],
                        "en": ["none", "nuts", "latex"],
                    }
                ),
            ),
            (L_[8], c.t({"de": ["ja", "nein"], "fr": ["oui", "non"], "it": ["sì", "no"], "en": ["yes", "no"]})),
            (L_[9], pay),
        ]
        head = c.t(
            {
                "de": f"Anmeldung – {st}",
                "fr": f"Inscription – {st}",
                "it": f"Iscrizione – {st}",
                "en": f"Enrolment – {st}",
            }
        )
        foot = c.t(
            {
                "de": f"{st} · {c.addr1(sa, ' · ')} · {c.tel(False, sa)} · kurse@{sd}",
                "fr": f"{st} · {c.addr1(sa, ' · ')} · {c.tel(False, sa)} · cours@{sd}",
                "it": f"{st} · {c.addr1(sa, ' · ')} · {c.tel(False, sa)} · corsi@{sd}",
                "en": f"{st} · {c.addr1(sa, ' · ')} · {c.tel(False, sa)} · classes@{sd}",
            }
        )
        body = f"{head}\n\n{kv(c, pairs)}\n\n{foot}"
        return wrap(c, body)
    if v == 1:  # kiln firing log
        rows = []
        for _ in range(c.n(3, 4)):
            q = c.person(age=(18, 80))
            rows.append(
                [
                    c.date(-20, 0, "iso"),
                    c.ch(["Brennofen 1", "Brennofen 2", "Raku"])
                    if L == "de"
                    else c.ch(["Four 1", "Four 2", "Raku"])
                    if L == "fr"
                    else c.ch(["Forno 1", "Forno 2", "Raku"])
                    if L == "it"
                    else c.ch(["Kiln A", "Kiln B", "Raku"]),
                    c.ch(
                        c.tl(
                            {
                                "de": ["Schrüh 950°C", "Glasur 1240°C", "Steinzeug 1260°C", "Cone 6"],
                                "fr": ["Dégourdi 950°C", "Émail 1240°C", "Grès 1260°C", "Cône 6"],
                                "it": ["Biscotto 950°C", "Smalto 1240°C", "Gres 1260°C", "Cono 6"],
                                "en": ["Bisque 950°C", "Glaze 1240°C", "Cone 6", "Cone 04"],
                            }
                        )
                    ),
                    c.name(q, c.ch(["full", "first_initial", "lastfirst"])),
                    c.tel() if c.p(0.6) else "",
                    str(c.n(1, 14)),
                    f"{c.n(4, 60)}.{c.ch(['00', '50'])}",
                ]
            )
        hdr = c.tl(
            {
                "de": ["Datum", "Ofen", "Programm", "Mitglied", "Telefon", "Stück", "Kosten"],
                "fr": ["Date", "Four", "Programme", "Membre", "Téléphone", "Pièces", "Coût"],
                "it": ["Data", "Forno", "Programma", "Socio/a", "Telefono", "Pezzi", "Costo"],
                "en": ["Date", "Kiln", "Program", "Member", "Phone", "Pieces", "Cost"],
            }
        )
        fw_ = f"4.{c.n(0, 9)}.{c.n(0, 9)}"
        ctrl = c.t(
            {
                "de": f"Ofensteuerung erreichbar unter {c.lan_ip()} (nur im Werkstatt-WLAN), Firmware {fw_}",
                "fr": f"Contrôleur du four : {c.lan_ip()} (Wi-Fi de l'atelier seulement), firmware {fw_}",
                "it": f"Centralina del forno: {c.lan_ip()} (solo Wi-Fi del laboratorio), firmware {fw_}",
                "en": f"Kiln controller at {c.lan_ip()} (studio Wi-Fi only), firmware 4.{c.n(0, 9)}.{c.n(0, 9)}",
            }
        )
        head = c.t(
            {
                "de": f"Brennprotokoll {st} – Export",
                "fr": f"Journal des cuissons {st} – export",
                "it": f"Registro cotture {st} – esportazione",
                "en": f"Firing log {st} – export",
            }
        )
        who = c.t(
            {
                "de": f"Ofenverantwortlich: {c.name(owner, 'full')}, {c.tel()}",
                "fr": f"Responsable du four : {c.name(owner, 'full')}, {c.tel()}",
                "it": f"Responsabile forno: {c.name(owner, 'full')}, {c.tel()}",
                "en": f"Kiln lead: {c.name(owner, 'full')}, {c.tel()}",
            }
        )
        body = f"{head}\n\n{table_any(c, hdr, rows)}\n\n{who}\n{ctrl}"
        return wrap(
            c,
            body,
            [
                c.t(
                    {
                        "de": "Wie viel muss jedes Mitglied insgesamt zahlen?",
                        "fr": "Combien chaque membre doit-il payer au total ?",
                        "it": "Quanto deve pagare in totale ogni socio?",
                        "en": "How much does each member owe in total?",
                    }
                )
            ],
        )
    if v == 2:  # student mail about pick-up, quoting the studio
        p = c.person(age=(20, 78))
        friend = c.person(age=(20, 78))
        post = c.p(0.5)
        pm, om = c.mail(p), c.mail(owner, sd)
        orig = c.t(
            {
                "de": f"deine Schalen sind aus dem Glasurbrand gekommen – eine hat leider einen Riss am Boden. "
                f"Du kannst sie ab {c.hdate(1, 10)} während der Öffnungszeiten abholen, Regal {c.n(1, 30)}.",
                "fr": f"tes bols sont sortis de la cuisson d'émail – l'un a malheureusement une fissure au fond. "
                f"Tu peux les récupérer dès le {c.hdate(1, 10)} aux heures d'ouverture, étagère "
                f"{c.n(1, 30)}.",
                "it": f"le tue ciotole sono uscite dalla cottura dello smalto – una purtroppo ha una crepa sul "
                f"fondo. Puoi ritirarle dal {c.hdate(1, 10)} negli orari di apertura, scaffale {c.n(1, 30)}.",
                "en": f"your bowls are out of the glaze firing – one has a hairline crack in the base, sorry. "
                f"You can collect them from {c.hdate(1, 10)} during opening hours, shelf {c.n(1, 30)}.",
            }
        )
        orig = f"{greet(c, p, False)}\n\n{orig}\n\n" + sig(c, owner, st, sa, c.tel(False, sa), None)
        body_txt = c.t(
            {
                "de": f"danke! Ich bin bis Monatsende im Spital, meine Freundin {c.name(friend, 'full')} holt "
                f"die Schalen ab (Handy {c.tel()}). Falls etwas ist, ich bin per Mail erreichbar."
                + (f" Könntest du die gerissene Schale notfalls an {c.addr1(c.addr())} schicken?" if post else ""),
                "fr": f"merci ! Je suis à l'hôpital jusqu'à la fin du mois, mon amie "
                f"{c.name(friend, 'full')} passera les chercher (portable {c.tel()})."
                + (f" Au besoin, pourrais-tu envoyer le bol fissuré au {c.addr1(c.addr())} ?" if post else ""),
                "it": f"grazie! Sono in ospedale fino a fine mese, la mia amica {c.name(friend, 'full')} "
                f"passerà a ritirarle (cell. {c.tel()})."
                + (f" Se serve, potresti spedire la ciotola crepata a {c.addr1(c.addr())}?" if post else ""),
                "en": f"thanks! I'm in hospital until the end of the month, my friend "
                f"{c.name(friend, 'full')} will pick them up (mobile {c.tel()})."
                + (f" If needed could you post the cracked one to {c.addr1(c.addr())}?" if post else ""),
            }
        )
        if c.cc != "CH":
            body_txt = body_txt.replace("Spital", "Krankenhaus")
        if not friend.f:
            body_txt = (
                body_txt.replace("meine Freundin", "mein Freund")
                .replace("mon amie", "mon ami")
                .replace("la mia amica", "il mio amico")
            )
        body = (
            mail_head(
                c,
                addr_of(c.name(p, "full"), pm),
                [om],
                c.t(
                    {
                        "de": "Re: Deine Stücke",
                        "fr": "Re: Tes pièces",
                        "it": "Re: I tuoi pezzi",
                        "en": "Re: Your pieces",
                    }
                ),
            )
            + f"\n\n{greet(c, owner, False)}\n\n{body_txt}\n\n{bye(c, p)}\n\n"
            + quoted_reply(c, c.name(owner, "full"), om, orig)
        )
        return wrap(c, body)
    # v3: member chat + YAML list
    mem = [c.person(age=(20, 78)) for _ in range(c.n(2, 3))]
    recs = [
        {
            "name": c.name(q, "full"),
            "phone": c.tel(),
            "email": c.mail(q) if c.p(0.7) else None,
            "key_fob": c.ref("", 5),
            "shelf": c.n(1, 40),
        }
        for q in mem
    ]
    yml = yaml_block({"members": recs}) if c.p(0.6) else "\n".join(j_line(r) for r in recs)
    x, y = mem[0], mem[1]
    msgs = [
        (
            c.name(owner, c.ch(["first", "nick"])),
            c.t(
                {
                    "de": f"Wer hat den Ofen gestern offen gelassen? {c.name(x, 'first')}, warst du das?",
                    "fr": f"Qui a laissé le four ouvert hier ? {c.name(x, 'first')}, c'était toi ?",
                    "it": f"Chi ha lasciato aperto il forno ieri? {c.name(x, 'first')}, eri tu?",
                    "en": f"Who left the kiln lid open yesterday? {c.name(x, 'first')}, was that you?",
                }
            ),
        ),
        (
            c.name(x, c.ch(["first", "nick", "full"])),
            c.t(
                {
                    "de": "sorry, ja 🙈 kommt nicht mehr vor",
                    "fr": "oups oui 🙈 ça ne se reproduira pas",
                    "it": "scusa sì 🙈 non capiterà più",
                    "en": "sorry yes 🙈 won't happen again",
                }
            ),
        ),
        (
            c.name(y, c.ch(["first", "nick"])),
            c.t(
                {
                    "de": f"übrigens: Tonlieferung kommt Do an {c.street(sa)}, wer kann ausladen helfen?",
                    "fr": f"au fait : livraison de terre jeudi au {c.street(sa)}, qui peut aider à décharger ?",
                    "it": f"a proposito: giovedì arriva l'argilla in {c.street(sa)}, chi aiuta a scaricare?",
                    "en": f"btw clay delivery Thursday at {c.street(sa)}, who can help unload?",
                }
            ),
        ),
    ]
    intro = c.t(
        {
            "de": "Unsere Mitgliederliste und der Werkstattchat von heute:",
            "fr": "Notre liste de membres et le chat de l'atelier d'aujourd'hui :",
            "it": "La lista soci e la chat del laboratorio di oggi:",
            "en": "Our member list and today's studio chat:",
        }
    )
    body = f"{intro}\n\n{yml}\n\n{chat(c, msgs, lower=0.4)}"
    return wrap(c, body)


# 5. photoclub -------------------------------------------------------------------------------------------------------
TITLES = {
    "de": [
        "Nebel über dem Moor",
        "Letztes Licht",
        "Stillleben mit Zwiebeln",
        "Bahnhof bei Nacht",
        "Fischreiher",
        "Spiegelung",
        "Alte Hände",
        "Winterweg",
        "Gegenlicht",
        "Zwischen den Zeilen",
    ],
    "fr": [
        "Brume sur l'étang",
        "Dernière lumière",
        "Nature morte aux oignons",
        "Gare de nuit",
        "Héron cendré",
        "Reflets",
        "Mains anciennes",
        "Chemin d'hiver",
        "Contre-jour",
        "Entre les lignes",
    ],
    "it": [
        "Nebbia sulla palude",
        "Ultima luce",
        "Natura morta con cipolle",
        "Stazione di notte",
        "Airone cenerino",
        "Riflessi",
        "Mani antiche",
        "Sentiero d'inverno",
        "Controluce",
        "Tra le righe",
    ],
    "en": [
        "Mist over the Moor",
        "Last Light",
        "Still Life with Onions",
        "Station at Night",
        "Grey Heron",
        "Reflections",
        "Old Hands",
        "Winter Path",
        "Backlit",
        "Between the Lines",
    ],
}


def _photo_club(c: Ctx, t: str) -> str:
    return c.t(
        {
            "de": [f"Fotoclub {t}", f"Photo-Club {t} e.V." if c.cc == "DE" else f"Fotoclub {t}", f"Fotogruppe {t}"],
            "fr": [f"Photo-club de {t}", f"Club photo {t}", f"Groupe photographique de {t}"],
            "it": [f"Circolo fotografico {t}", f"Fotoclub {t}", f"Gruppo fotografico {t}"],
            "en": {
                "US": [f"{t} Camera Club", f"{t} Photographic Society"],
                "*": [f"{t} Camera Club", f"{t} Photographic Society"],
            },
        }
    )


def g_photoclub(c: Ctx, v: int) -> str:
    L = c.lang
    tt = _town_t(c)
    club = _photo_club(c, tt[1])
    cd = town_dom(c, tt[1], c.t({"de": "fotoclub", "fr": "photoclub", "it": "fotoclub", "en": "cameraclub"}))
    sec = c.person(age=(30, 75))
    if v == 0:  # entry form with a model release
        p = c.person(age=(14, 80))
        model = c.person(age=(16, 70))
        a = c.addr()
        youth = (TODAY - p.born).days < 365 * 21
        cat = c.t(
            {
                "de": ["Natur", "Porträt", "Monochrom", "Freies Thema"],
                "fr": ["Nature", "Portrait", "Monochrome", "Libre"],
                "it": ["Natura", "Ritratto", "Monocromo", "Tema libero"],
                "en": ["Nature", "Portrait", "Monochrome", "Open"],
            }
        )
        L_ = c.tl(
            {
                "de": [
                    "Teilnehmer/in",
                    "Geburtsdatum",
                    "Straße",
                    "PLZ/Ort",
                    "Telefon",
                    "E-Mail",
                    "Mitgliedsnr.",
                    "Kategorie",
                    "Titel",
                    "Kamera",
                    "Model",
                    "Geburtsdatum Model",
                ],
                "fr": [
                    "Participant·e",
                    "Date de naissance",
                    "Rue",
                    "NPA/Localité" if c.swiss else "CP/Ville",
                    "Téléphone",
                    "E-mail",
                    "N° membre",
                    "Catégorie",
                    "Titre",
                    "Appareil",
                    "Modèle",
                    "Date de naissance du modèle",
                ],
                "it": [
                    "Partecipante",
                    "Data di nascita",
                    "Via",
                    "CAP/Località",
                    "Telefono",
                    "E-mail",
                    "N. socio",
                    "Categoria",
                    "Titolo",
                    "Fotocamera",
                    "Modella/o",
                    "Data di nascita modella/o",
                ],
                "en": [
                    "Entrant",
                    "Date of birth",
                    "Street",
                    "Town/postcode" if c.cc == "GB" else "City/State/ZIP",
                    "Phone",
                    "Email",
                    "Member no.",
                    "Category",
                    "Title",
                    "Camera",
                    "Model",
                    "Model's date of birth",
                ],
            }
        )
        portrait = cat in ("Porträt", "Portrait", "Ritratto")
        pairs = [
            (L_[0], c.name(p, pick_style(c, True))),
            (L_[1], c.dob(p) if youth or c.p(0.5) else None),
            (L_[2], c.street(a)),
            (L_[3], c.town(a)),
            (L_[4], c.tel()),
            (L_[5], c.mail(p)),
            (L_[6], c.ref("", 4)),
            (L_[7], cat),
            (L_[8], c.ch(TITLES[L])),
            (L_[9], c.ch(["Fujifilm X-T4", "Nikon Z6 II", "Canon EOS R6", "Sony A7 IV", "Olympus OM-1"])),
            (L_[10], c.name(model, "full") if portrait else None),
            (L_[11], c.dob(model) if portrait else None),
        ]
        note = c.t(
            {
                "de": f"Jugendwertung bis 21 Jahre. Die Einverständniserklärung des Models liegt unterschrieben "
                f"bei. Einsendeschluss {c.hdate(10, 40)}, Fragen an {c.name(sec, 'full')} ({c.tel()}).",
                "fr": f"Catégorie jeunes jusqu'à 21 ans. L'autorisation signée du modèle est jointe. Clôture le "
                f"{c.hdate(10, 40)}, questions à {c.name(sec, 'full')} ({c.tel()}).",
                "it": f"Categoria giovani fino a 21 anni. La liberatoria firmata della modella/del modello è "
                f"allegata. Scadenza {c.hdate(10, 40)}, domande a {c.name(sec, 'full')} ({c.tel()}).",
                "en": f"Youth section up to 21. Signed model release attached. Closing date {c.hdate(10, 40)}, "
                f"questions to {c.name(sec, 'full')} ({c.tel()}).",
            }
        )
        head = c.t(
            {
                "de": f"Clubwettbewerb {TODAY.year + 1} – {club} – Anmeldeformular",
                "fr": f"Concours interne {TODAY.year + 1} – {club} – bulletin d'inscription",
                "it": f"Concorso sociale {TODAY.year + 1} – {club} – modulo di iscrizione",
                "en": f"Club competition {TODAY.year + 1} – {club} – entry form",
            }
        )
        body = f"{head}\n\n{kv(c, pairs)}\n\n{note}"
        return wrap(c, body)
    if v == 1:  # judging results + contacts
        judges = [c.person(age=(35, 78)) for _ in range(2)]
        rows = []
        for i in range(4 if c.p(0.7) else 5):
            q = c.person(age=(16, 85))
            rows.append(
                [
                    str(i + 1),
                    c.name(q, c.ch(["initial", "last_first", "full", "LASTfirst"])),
                    c.ch(TITLES[L]),
                    f"{c.n(12, 20)}/20",
                    c.ch(["", "★", "HM", ""]),
                ]
            )
        rows.sort(key=lambda r: -int(r[3].split("/")[0]))
        for i, r in enumerate(rows):
            r[0] = str(i + 1)
        hdr = c.tl(
            {
                "de": ["Platz", "Autor/in", "Titel", "Punkte", "Auszeichnung"],
                "fr": ["Rang", "Auteur·e", "Titre", "Points", "Distinction"],
                "it": ["Pos.", "Autore", "Titolo", "Punti", "Menzione"],
                "en": ["Place", "Author", "Title", "Score", "Award"],
            }
        )
        head = c.t(
            {
                "de": f"{club} – Jahreswettbewerb, Kategorie Natur\nJury: {c.name(judges[0], 'full')}, "
                f"{c.name(judges[1], 'full')}",
                "fr": f"{club} – concours annuel, catégorie Nature\nJury : {c.name(judges[0], 'full')}, "
                f"{c.name(judges[1], 'full')}",
                "it": f"{club} – concorso annuale, categoria Natura\nGiuria: {c.name(judges[0], 'full')}, "
                f"{c.name(judges[1], 'full')}",
                "en": f"{club} – annual competition, Nature section\nJudges: {c.name(judges[0], 'full')}, "
                f"{c.name(judges[1], 'full')}",
            }
        )
        foot = c.t(
            {
                "de": f"Ausstellung der besten 20 Bilder im Foyer der Stadtbibliothek. Kontakt Wettbewerbsleitung: "
                f"{c.name(sec, 'full')}, {c.mail(sec)}, {c.tel()}. Ergebnisse auch an wettbewerb@{cd}",
                "fr": f"Exposition des 20 meilleures images au foyer de la médiathèque. Contact : "
                f"{c.name(sec, 'full')}, {c.mail(sec)}, {c.tel()}. Résultats aussi à concours@{cd}",
                "it": f"Mostra delle 20 migliori immagini nell'atrio della biblioteca. Contatto: "
                f"{c.name(sec, 'full')}, {c.mail(sec)}, {c.tel()}. Risultati anche a concorso@{cd}",
                "en": f"The top 20 prints will hang in the library foyer. Competition secretary: "
                f"{c.name(sec, 'full')}, {c.mail(sec)}, {c.tel()}. Results also to competitions@{cd}",
            }
        )
        body = f"{head}\n\n{table_any(c, hdr, rows)}\n\n{foot}"
        return wrap(
            c,
            body,
            [
                c.t(
                    {
                        "de": "Schreib einen kurzen Bericht für die Lokalzeitung.",
                        "fr": "Écris un court article pour le journal local.",
                        "it": "Scrivi un breve articolo per il giornale locale.",
                        "en": "Write a short piece for the local paper.",
                    }
                )
            ],
        )
    if v == 2:  # member mail to the exhibition organiser, quoting
        p = c.person(age=(20, 80))
        pm, sm = c.mail(p), c.mail(sec)
        lab_ = c.t(
            {
                "de": ["Fotolabor Schwarzweiss", "PrintWerk GmbH"],
                "fr": ["Labo Photon", "Tirages & Cie"],
                "it": ["Laboratorio Fotostampa", "Stampe d'Arte srl"],
                "en": ["PrintHouse Ltd", "Darkroom Lab"],
            }
        )
        ga = c.addr()
        spouse = c.kin(p, "f" if not p.f else "m")
        orig = c.t(
            {
                "de": f"für die Ausstellung brauchen wir deine drei Abzüge (40×50, gerahmt) bis {c.hdate(5, 20)}. "
                f"Bitte schick mir auch eine Handynummer für den Aufbau.",
                "fr": f"pour l'exposition, il nous faut tes trois tirages (40×50, encadrés) avant le "
                f"{c.hdate(5, 20)}. Envoie-moi aussi un numéro de portable pour le montage.",
                "it": f"per la mostra ci servono le tue tre stampe (40×50, incorniciate) entro il "
                f"{c.hdate(5, 20)}. Mandami anche un numero di cellulare per l'allestimento.",
                "en": f"for the exhibition we need your three prints (40×50, framed) by {c.hdate(5, 20)}. "
                f"Please also send me a mobile number for the hanging day.",
            }
        )
        orig = f"{greet(c, p, False)}\n\n{orig}\n\n{bye(c, sec)}"
        txt = c.t(
            {
                "de": f"die Abzüge kommen direkt vom {lab_} – Lieferadresse habe ich dort als {c.addr1(ga)} "
                f"angegeben, das ist die Galerie, oder? Meine Nummer: {c.tel()}. Mein Mann "
                f"{c.name(spouse, 'first')} hilft beim Aufhängen.",
                "fr": f"les tirages viennent directement de {lab_} – j'ai indiqué la galerie comme adresse de "
                f"livraison : {c.addr1(ga)}, c'est bien ça ? Mon numéro : {c.tel()}. Mon mari "
                f"{c.name(spouse, 'first')} aidera à l'accrochage.",
                "it": f"le stampe arrivano direttamente da {lab_} – come indirizzo ho dato la galleria, "
                f"{c.addr1(ga)}, giusto? Il mio numero: {c.tel()}. Mio marito "
                f"{c.name(spouse, 'first')} aiuta con l'allestimento.",
                "en": f"the prints are coming straight from {lab_} – I gave them the gallery as delivery address, "
                f"{c.addr1(ga)}, is that right? My number: {c.tel()}. My husband "
                f"{c.name(spouse, 'first')} will help with the hanging.",
            }
        )
        if not p.f:
            txt = (
                txt.replace("Mein Mann", "Meine Frau")
                .replace("Mon mari", "Ma femme")
                .replace("Mio marito", "Mia moglie")
                .replace("My husband", "My wife")
            )
        body = (
            mail_head(
                c,
                addr_of(c.name(p, "full"), pm),
                [addr_of(c.name(sec, "full"), sm)],
                c.t({"de": "Re: Ausstellung", "fr": "Re: Exposition", "it": "Re: Mostra", "en": "Re: Exhibition"}),
            )
            + f"\n\n{greet(c, sec, False)}\n\n{txt}\n\n{bye(c, p)}\n\n"
            + quoted_reply(c, c.name(sec, "full"), sm, orig)
        )
        return wrap(c, body)
    # v3: gallery upload export + chat
    ups = []
    mem = [c.person(age=(18, 80)) for _ in range(c.n(2, 3))]
    for q in mem:
        ups.append(
            {
                "file": f"{c.ch(['DSC', 'IMG', '_MG'])}_{c.digits(4)}.jpg",
                "title": c.ch(TITLES[L]),
                "uploader": c.name(q, "full"),
                "email": c.mail(q),
                "camera_serial": c.digits(7),
                "gps": f"{COORD[c.net][0] + c.r.uniform(-1, 1):.5f},{COORD[c.net][1] + c.r.uniform(-1, 1):.5f}",
                "ip": c.ip(),
            }
        )
    js = j_pretty(ups) if c.p(0.5) else "\n".join(j_line(u) for u in ups)
    x = mem[0]
    msgs = [
        (
            c.name(sec, c.ch(["first", "full"])),
            c.t(
                {
                    "de": f"{c.name(x, 'first')}, bei deinem Bild sind noch GPS-Daten drin, soll ich die löschen?",
                    "fr": f"{c.name(x, 'first')}, ta photo contient encore les données GPS, je les supprime ?",
                    "it": f"{c.name(x, 'first')}, nella tua foto ci sono ancora i dati GPS, li cancello?",
                    "en": f"{c.name(x, 'first')}, your picture still has GPS data in it, shall I strip it?",
                }
            ),
        ),
        (
            c.name(x, c.ch(["first", "nick"])),
            c.t(
                {
                    "de": "ja bitte, das ist vor unserem haus 😅",
                    "fr": "oui stp, c'est devant chez nous 😅",
                    "it": "sì grazie, è davanti a casa nostra 😅",
                    "en": "yes please, that's outside our house 😅",
                }
            ),
        ),
        (
            lab("PHONE", c.phone_raw()),
            c.t(
                {
                    "de": f"hier {c.name(c.person(), 'first')} – bin ab jetzt mit dieser nummer dabei",
                    "fr": f"ici {c.name(c.person(), 'first')} – nouveau numéro",
                    "it": f"sono {c.name(c.person(), 'first')} – nuovo numero",
                    "en": f"{c.name(c.person(), 'first')} here – this is my new number",
                }
            ),
        ),
    ]
    intro = c.t(
        {
            "de": "Upload-Export der Online-Galerie und der Vereinschat:",
            "fr": "Export des envois de la galerie en ligne et le chat du club :",
            "it": "Export dei caricamenti della galleria online e la chat del circolo:",
            "en": "Upload export from the online gallery, plus the club chat:",
        }
    )
    if c.p(0.4):
        msgs = msgs[:2]
    body = f"{intro}\n\n{js}\n\n{chat(c, msgs, lower=0.5)}"
    return wrap(
        c,
        body,
        [
            c.t(
                {
                    "de": "Welche Metadaten sollten wir vor dem Veröffentlichen entfernen?",
                    "fr": "Quelles métadonnées retirer avant publication ?",
                    "it": "Quali metadati togliere prima di pubblicare?",
                    "en": "Which metadata should we remove before publishing?",
                }
            )
        ],
    )


# 6. textile guilds ----------------------------------------------------------------------------------------------------
def _guild(c: Ctx, t: str) -> str:
    return c.t(
        {
            "de": {
                "CH": [f"Patchworkgruppe {t}", f"Strickrunde {t}", f"Klöppelverein {t}"],
                "AT": [f"Handarbeitsrunde {t}", f"Patchworkgilde {t}", f"Klöppelgruppe {t}"],
                "*": [f"Patchworkgilde {t}", f"Strickcafé {t}", f"Quiltfreundinnen {t}"],
            },
            "fr": [f"Club patchwork de {t}", f"Tricot-thé {t}", f"Dentellières de {t}"],
            "it": [f"Gruppo patchwork di {t}", f"Circolo del merletto di {t}", f"Maglia & chiacchiere {t}"],
            "en": {
                "US": [f"{t} Quilt Guild", f"{t} Knitters", f"{t} Lacemakers"],
                "*": [f"{t} Quilters' Guild", f"{t} Knit & Natter", f"{t} Lace Circle"],
            },
        }
    )


def g_textile(c: Ctx, v: int) -> str:
    L = c.lang
    tt = _town_t(c)
    guild = _guild(c, tt[1])
    gd = town_dom(c, tt[1], c.t({"de": "patchwork", "fr": "patchwork", "it": "patchwork", "en": "quilters"}))
    chair = c.person(g="f" if c.p(0.8) else "m", age=(40, 80))
    if v == 0:  # exhibition entry
        p = c.person(g="f" if c.p(0.75) else "m", age=(25, 88))
        a = c.addr()
        L_ = c.tl(
            {
                "de": [
                    "Name",
                    "Adresse",
                    "Telefon",
                    "E-Mail",
                    "Titel des Quilts",
                    "Größe (cm)",
                    "Technik",
                    "Versicherungswert",
                    "Verkauf",
                    "Erlös an IBAN",
                ],
                "fr": [
                    "Nom",
                    "Adresse",
                    "Téléphone",
                    "E-mail",
                    "Titre de l'ouvrage",
                    "Dimensions (cm)",
                    "Technique",
                    "Valeur d'assurance",
                    "À vendre",
                    "Produit de la vente sur IBAN",
                ],
                "it": [
                    "Nome",
                    "Indirizzo",
                    "Telefono",
                    "E-mail",
                    "Titolo del lavoro",
                    "Misure (cm)",
                    "Tecnica",
                    "Valore assicurativo",
                    "In vendita",
                    "Ricavo su IBAN",
                ],
                "en": [
                    "Name",
                    "Address",
                    "Phone",
                    "Email",
                    "Quilt title",
                    "Size (cm)",
                    "Technique",
                    "Insurance value",
                    "For sale",
                    "Proceeds to IBAN",
                ],
            }
        )
        sale = c.p(0.5)
        pairs = [
            (L_[0], c.name(p, pick_style(c, True))),
            (L_[1], c.addr1(a)),
            (L_[2], c.tel(c.p(0.5), a)),
            (L_[3], c.mail(p)),
            (L_[4], c.ch(TITLES[L])),
            (L_[5], f"{c.n(60, 220)} × {c.n(60, 240)}"),
            (
                L_[6],
                c.ch(
                    [
                        "Log Cabin",
                        "Crazy Patchwork",
                        "Hawaii-Applikation",
                        "Trapunto",
                        "Sashiko",
                        "Kantha",
                        "Bobbin lace",
                        "Fair Isle",
                    ]
                ),
            ),
            (L_[7], c.money(200, 2500)),
            (L_[8], c.money(150, 1800) if sale else c.t({"de": "nein", "fr": "non", "it": "no", "en": "no"})),
            (L_[9], c.iban() if sale else None),
        ]
        head = c.t(
            {
                "de": f"Anmeldung Quiltausstellung {TODAY.year + 1} – {guild}",
                "fr": f"Inscription à l'exposition {TODAY.year + 1} – {guild}",
                "it": f"Iscrizione alla mostra {TODAY.year + 1} – {guild}",
                "en": f"Quilt show {TODAY.year + 1} entry – {guild}",
            }
        )
        foot = c.t(
            {
                "de": f"Abgabe der Arbeiten am {c.hdate(20, 60)} im Gemeindesaal. Kontakt: "
                f"{c.name(chair, 'full')}, {c.tel()}, ausstellung@{gd}",
                "fr": f"Dépôt des ouvrages le {c.hdate(20, 60)} à la salle communale. Contact : "
                f"{c.name(chair, 'full')}, {c.tel()}, expo@{gd}",
                "it": f"Consegna dei lavori il {c.hdate(20, 60)} in sala civica. Referente: "
                f"{c.name(chair, 'full')}, {c.tel()}, mostra@{gd}",
                "en": f"Hand-in on {c.hdate(20, 60)} at the community hall. Contact: {c.name(chair, 'full')}, "
                f"{c.tel()}, show@{gd}",
            }
        )
        body = f"{head}\n\n{kv(c, pairs)}\n\n{foot}"
        return wrap(c, body)
    if v == 1:  # member list with birthdays
        recs = []
        for _ in range(3 if c.p(0.7) else 4):
            q = c.person(g="f" if c.p(0.85) else "m", age=(30, 92))
            recs.append(
                {
                    "name": c.name(q, c.ch(["full", "full", "lastfirst"])),
                    c.t({"de": "geburtstag", "fr": "anniversaire", "it": "compleanno", "en": "birthday"}): c.dob(q),
                    c.t({"de": "telefon", "fr": "telephone", "it": "telefono", "en": "phone"}): c.tel(c.p(0.5)),
                    "email": c.mail(q) if c.p(0.5) else None,
                    c.t({"de": "seit", "fr": "depuis", "it": "dal", "en": "since"}): c.n(1985, 2025),
                }
            )
        fmt = c.ch(["yaml", "md"])
        if fmt == "yaml":
            out = yaml_block(
                {"mitglieder" if L == "de" else "membres" if L == "fr" else "socie" if L == "it" else "members": recs}
            )
        else:
            keys = list(recs[0].keys())
            out = t_md(keys, [[("" if r[k] is None else str(r[k])) for k in keys] for r in recs], c.p(0.5))
        head = c.t(
            {
                "de": f"Mitgliederliste {guild} (Stand {c.hdate(-30, 0)}) – bitte Geburtstage für die "
                f"Glückwunschkarten prüfen",
                "fr": f"Liste des membres {guild} (au {c.hdate(-30, 0)}) – vérifier les anniversaires pour les cartes",
                "it": f"Elenco socie {guild} (al {c.hdate(-30, 0)}) – controllare i compleanni per i biglietti",
                "en": f"Member list {guild} (as of {c.hdate(-30, 0)}) – please check birthdays for the cards",
            }
        )
        body = f"{head}\n\n{out}"
        return wrap(
            c,
            body,
            [
                c.t(
                    {
                        "de": "Wer hat im nächsten Quartal Geburtstag?",
                        "fr": "Qui fête son anniversaire le trimestre prochain ?",
                        "it": "Chi compie gli anni nel prossimo trimestre?",
                        "en": "Whose birthdays fall in the next quarter?",
                    }
                )
            ],
        )
    if v == 2:  # charity knitting drive
        p = c.person(g="f", age=(30, 80))
        donors = [c.person(age=(25, 90)) for _ in range(c.n(1, 2))]
        pm, cm = c.mail(p), c.mail(chair)
        drop = c.addr()
        orig = c.t(
            {
                "de": f"wir sammeln wieder Mützen und Socken für die Notschlafstelle. Abgabestelle ist dieses "
                f"Jahr bei mir, {c.addr1(drop)}, Briefkasten geht auch.",
                "fr": f"nous recollectons bonnets et chaussettes pour l'accueil de nuit. Cette année, dépôt chez "
                f"moi, {c.addr1(drop)}, la boîte aux lettres convient aussi.",
                "it": f"raccogliamo di nuovo berretti e calze per il dormitorio. Quest'anno il punto di raccolta "
                f"è da me, {c.addr1(drop)}, va bene anche la cassetta delle lettere.",
                "en": f"we're collecting hats and socks for the night shelter again. Drop-off this year is at my "
                f"place, {c.addr1(drop)}, the letterbox is fine too.",
            }
        )
        hello = c.t({"de": "Hallo zusammen,", "fr": "Bonjour à toutes,", "it": "Ciao a tutte,", "en": "Hi all,"})
        orig = f"{hello}\n\n{orig}\n\n{bye(c, chair)}\n{c.tel()}"
        dl = ", ".join(c.name(d, c.ch(["full", "first_initial"])) for d in donors)
        txt = c.t(
            {
                "de": f"ich habe heute die Sachen von {dl} eingesammelt, zusammen {c.n(12, 60)} Teile. Kann "
                f"jemand am Samstag fahren? Ich bin unter {c.tel()} erreichbar.",
                "fr": f"j'ai récupéré aujourd'hui les ouvrages de {dl}, {c.n(12, 60)} pièces en tout. Quelqu'un "
                f"peut conduire samedi ? Je suis joignable au {c.tel()}.",
                "it": f"oggi ho raccolto i lavori di {dl}, in tutto {c.n(12, 60)} pezzi. Qualcuno può guidare "
                f"sabato? Sono raggiungibile al {c.tel()}.",
                "en": f"I picked up the things from {dl} today, {c.n(12, 60)} pieces in all. Can anyone drive on "
                f"Saturday? I'm on {c.tel()}.",
            }
        )
        body = (
            mail_head(
                c,
                addr_of(c.name(p, "full"), pm),
                [addr_of(c.name(chair, "full"), cm)],
                c.t(
                    {
                        "de": "Re: Strickaktion",
                        "fr": "Re: Collecte tricot",
                        "it": "Re: Raccolta maglia",
                        "en": "Re: Knitting drive",
                    }
                ),
                cc=[
                    f"alle@{gd}"
                    if L == "de"
                    else f"toutes@{gd}"
                    if L == "fr"
                    else f"tutte@{gd}"
                    if L == "it"
                    else f"members@{gd}"
                ],
            )
            + f"\n\n{greet(c, chair, False)}\n\n{txt}\n\n{bye(c, p)}\n\n"
            + quoted_reply(c, c.name(chair, "full"), cm, orig)
        )
        return wrap(c, body)
    # v3: workshop bookings + chat
    rows = []
    for _ in range(2 if c.p(0.6) else 3):
        q = c.person(g="f" if c.p(0.8) else "m", age=(20, 80))
        rows.append(
            [
                c.ref("W", 5),
                c.name(q, "full"),
                c.mail(q),
                c.tel() if c.p(0.4) else "",
                c.masked_card() if c.p(0.6) else c.card(),
                c.ip(),
            ]
        )
    hdr = c.tl(
        {
            "de": ["Buchung", "Name", "E-Mail", "Telefon", "Karte", "IP"],
            "fr": ["Réservation", "Nom", "E-mail", "Téléphone", "Carte", "IP"],
            "it": ["Prenotazione", "Nome", "E-mail", "Telefono", "Carta", "IP"],
            "en": ["Booking", "Name", "Email", "Phone", "Card", "IP"],
        }
    )
    tab = t_sep(hdr, rows, c.ch([",", ";"]), c.p(0.4))
    x = c.person(g="f", age=(30, 80))
    msgs = [
        (
            c.name(chair, c.ch(["first", "full"])),
            c.t(
                {
                    "de": f"Der Sashiko-Workshop ist voll! Warteliste führt {c.name(x, 'first')}.",
                    "fr": f"L'atelier sashiko est complet ! Liste d'attente : {c.name(x, 'first')}.",
                    "it": f"Il workshop di sashiko è pieno! La lista d'attesa la tiene {c.name(x, 'first')}.",
                    "en": f"The sashiko workshop is full! {c.name(x, 'first')} is keeping the waiting list.",
                }
            ),
        ),
        (
            c.name(x, c.ch(["first", "nick"])),
            c.t(
                {
                    "de": f"gerne. anfragen bitte an {c.mail(x)}",
                    "fr": f"avec plaisir. demandes à {c.mail(x)}",
                    "it": f"volentieri. richieste a {c.mail(x)}",
                    "en": f"happy to. requests to {c.mail(x)}",
                }
            ),
        ),
    ]
    intro = c.t(
        {
            "de": "Export der Workshop-Buchungen aus dem Shop und unser Chat:",
            "fr": "Export des réservations d'atelier de la boutique et notre chat :",
            "it": "Export delle prenotazioni dal negozio online e la nostra chat:",
            "en": "Workshop bookings exported from the shop, and our chat:",
        }
    )
    body = f"{intro}\n\n{tab}\n\n{chat(c, msgs, lower=0.4)}"
    return wrap(
        c,
        body,
        [
            c.t(
                {
                    "de": "Welche Buchungen sind noch nicht bezahlt?",
                    "fr": "Quelles réservations ne sont pas encore payées ?",
                    "it": "Quali prenotazioni non sono ancora pagate?",
                    "en": "Which bookings are still unpaid?",
                }
            )
        ],
    )


# 7. scouts ----------------------------------------------------------------------------------------------------------
SCOUTNAMES = {
    "CH": [
        "Wiesel",
        "Chili",
        "Momo",
        "Kiwi",
        "Balu",
        "Pirat",
        "Tschipp",
        "Fuego",
        "Smaragd",
        "Luchs",
        "Zwirbel",
        "Sputnik",
        "Pfiff",
        "Flamingo",
        "Mungg",
        "Schnägg",
    ],
    "CHF": [
        "Castor",
        "Lynx",
        "Hérisson",
        "Koala",
        "Écureuil",
        "Mouette",
        "Sitelle",
        "Chamois",
        "Marmotte",
        "Farfadet",
        "Ouistiti",
        "Tamia",
    ],
    "CHI": ["Volpe", "Gufo", "Scoiattolo", "Camoscio", "Ghiro", "Falco", "Tasso", "Cerbiatto"],
}


def _scout_group(c: Ctx, t: str) -> str:
    n = c.n(1, 12)
    return c.t(
        {
            "de": {
                "CH": [f"Pfadi {t}", f"Pfadiabteilung {t}", f"Pfadi St. Georg {t}"],
                "AT": [f"Pfadfindergruppe {t} {n}", f"Pfadfinder und Pfadfinderinnen {t}"],
                "*": [f"DPSG Stamm {t}", f"VCP Stamm {t}", f"Pfadfinderstamm {t}"],
            },
            "fr": {
                "CHF": [f"Groupe scout {t}", f"Brigade scoute de {t}"],
                "*": [f"Scouts et Guides de France – groupe {t}", f"Éclaireuses Éclaireurs de {t}"],
            },
            "it": {
                "CHI": [f"Sezione scout {t}", f"Gruppo scout {t}"],
                "*": [f"AGESCI {t} {n}", f"CNGEI sezione di {t}"],
            },
            "en": {
                "US": [f"Troop {n}{c.digits(1)} ({t})", f"Pack {n}{c.digits(2)}, {t}"],
                "*": [
                    f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'} {t} Scout Group",
                    f"{t} Scouts",
                ],
            },
        }
    )


def _scoutname(c: Ctx) -> str | None:
    lst = SCOUTNAMES.get(c.cc)
    return c.ch(lst) if lst else None


def g_scouts(c: Ctx, v: int) -> str:
    L = c.lang
    tt = _town_t(c)
    grp = _scout_group(c, tt[1])
    gd = town_dom(
        c, tt[1], c.t({"de": "pfadi" if c.cc == "CH" else "pfadfinder", "fr": "scouts", "it": "scout", "en": "scouts"})
    )
    leader = c.person(age=(18, 35))
    lname = _scoutname(c)
    lref = lab("PERSON", lname) if lname else c.name(leader, c.ch(["first", "nick"]))
    if v == 0:  # registration form for a child
        mum = c.person(g="f", age=(30, 52))
        dad = c.kin(mum, "m", age=(30, 56)) if c.p(0.7) else c.person(g="m", age=(30, 56))
        kid = c.child(mum if c.p(0.6) else dad, age=(6, 15))
        a = c.addr()
        L_ = c.tl(
            {
                "de": [
                    "Name Kind",
                    "Geburtsdatum",
                    "Adresse",
                    "Mutter",
                    "Handy Mutter",
                    "Vater",
                    "Handy Vater",
                    "E-Mail",
                    "AHV-Nr. (J+S)",
                    "Krankenkasse",
                    "Beitrag per IBAN",
                ],
                "fr": [
                    "Nom de l'enfant",
                    "Date de naissance",
                    "Adresse",
                    "Mère",
                    "Portable mère",
                    "Père",
                    "Portable père",
                    "E-mail",
                    "N° AVS (J+S)",
                    "Caisse maladie",
                    "Cotisation par IBAN",
                ],
                "it": [
                    "Nome bambino/a",
                    "Data di nascita",
                    "Indirizzo",
                    "Madre",
                    "Cell. madre",
                    "Padre",
                    "Cell. padre",
                    "E-mail",
                    "N. AVS (G+S)",
                    "Cassa malati",
                    "Quota via IBAN",
                ],
                "en": [
                    "Child's name",
                    "Date of birth",
                    "Address",
                    "Mother",
                    "Mother's mobile",
                    "Father",
                    "Father's mobile",
                    "Email",
                    "—",
                    "Medical notes",
                    "Subs by bank (IBAN)",
                ],
            }
        )
        if c.cc in ("DE", "AT"):
            L_[8] = "Versicherung"
        pairs = [
            (L_[0], c.name(kid, c.ch(["full", "lastfirst"]))),
            (L_[1], c.dob(kid)),
            (L_[2], c.addr1(a)),
            (L_[3], c.name(mum, "full")),
            (L_[4], c.tel()),
            (L_[5], c.name(dad, "full") if c.p(0.8) else None),
            (L_[6], c.tel() if c.p(0.7) else None),
            (L_[7], c.mail(c.ch([mum, dad]))),
            (
                L_[8],
                c.ahv()
                if c.swiss
                else (
                    c.t({"de": "über Familie (Haftpflicht vorhanden)", "fr": "—", "it": "—", "en": "—"})
                    if L == "de"
                    else None
                ),
            ),
            (
                L_[9],
                c.ch(["CSS", "Helsana", "Sanitas", "Visana", "Groupe Mutuel"])
                if c.swiss
                else c.t(
                    {
                        "de": ["AOK", "TK", "ÖGK", "Barmer"],
                        "fr": ["CPAM"],
                        "it": ["SSN"],
                        "en": ["asthma inhaler in bag", "none", "nut allergy"],
                    }
                ),
            ),
            (L_[10], c.iban()),
        ]
        if c.cc == "AT":
            pairs[9] = (L_[9], c.ch(["ÖGK", "BVAEB", "SVS"]))
        head = c.t(
            {
                "de": f"Anmeldung {grp}\n",
                "fr": f"Inscription – {grp}\n",
                "it": f"Iscrizione – {grp}\n",
                "en": f"New member form – {grp}\n",
            }
        )
        foot = c.t(
            {
                "de": f"Zurück an die Abteilungsleitung ({lref}, {c.tel()}) oder an anmeldung@{gd}.",
                "fr": f"À renvoyer à la responsable de groupe ({lref}, {c.tel()}) ou à inscriptions@{gd}.",
                "it": f"Da restituire al capo sezione ({lref}, {c.tel()}) o a iscrizioni@{gd}.",
                "en": f"Return to the group lead ({lref}, {c.tel()}) or to join@{gd}.",
            }
        )
        body = f"{head}\n{kv(c, pairs)}\n\n{foot}"
        return wrap(c, body)
    if v == 1:  # camp list
        rows = []
        for _ in range(3):
            par = c.person(age=(30, 55))
            k = c.child(par, age=(7, 16))
            sn = _scoutname(c) if c.p(0.4) else None
            rows.append(
                [
                    c.name(k, c.ch(["full", "lastfirst"])),
                    lab("PERSON", sn) if sn else "",
                    c.dob(k),
                    c.tel() if c.p(0.6) else "",
                    c.t(
                        {
                            "de": ["", "Laktose", "Bienenstich!", "vegetarisch", "Asthma"],
                            "fr": ["", "lactose", "piqûre d'abeille !", "végétarien", "asthme"],
                            "it": ["", "lattosio", "puntura d'ape!", "vegetariano", "asma"],
                            "en": ["", "lactose", "bee sting!", "vegetarian", "asthma"],
                        }
                    ),
                ]
            )
        hdr = c.tl(
            {
                "de": ["Name", "Pfadiname" if c.cc == "CH" else "Spitzname", "Geb.", "Notfallnummer", "Hinweise"],
                "fr": ["Nom", "Totem", "Né·e le", "Urgence", "Remarques"],
                "it": ["Nome", "Totem", "Nato/a", "Emergenza", "Note"],
                "en": ["Name", "Nickname", "DOB", "Emergency no.", "Notes"],
            }
        )
        if not any(r[1] for r in rows) or c.cc not in SCOUTNAMES:
            hdr = hdr[:1] + hdr[2:]
            rows = [r[:1] + r[2:] for r in rows]
        camp_a = c.addr(biz=True)
        head = c.t(
            {
                "de": f"Lagerliste Sommerlager – {grp}\nLagerhaus: {c.addr1(camp_a)}\nLagerleitung: "
                f"{c.name(leader, 'full')} ({lname or leader.first}), {c.tel()}",
                "fr": f"Liste du camp d'été – {grp}\nMaison de camp : {c.addr1(camp_a)}\nChef·fe de camp : "
                f"{c.name(leader, 'full')}, {c.tel()}",
                "it": f"Lista campo estivo – {grp}\nCasa: {c.addr1(camp_a)}\nCapo campo: "
                f"{c.name(leader, 'full')}, {c.tel()}",
                "en": f"Summer camp list – {grp}\nCampsite: {c.addr1(camp_a)}\nCamp lead: "
                f"{c.name(leader, 'full')}, {c.tel()}",
            }
        )
        head = head.replace(f"({lname or leader.first})", f"({lab('PERSON', lname)})" if lname else "")
        head = head.replace(" ,", ",")
        body = f"{head}\n\n{table_any(c, hdr, rows)}"
        return wrap(
            c,
            body,
            [
                c.t(
                    {
                        "de": "Welche Kinder brauchen besondere Aufmerksamkeit?",
                        "fr": "Quels enfants demandent une attention particulière ?",
                        "it": "Quali bambini richiedono attenzione particolare?",
                        "en": "Which children need extra attention?",
                    }
                )
            ],
        )
    if v == 2:  # parent mail quoting the leader
        par = c.person(age=(30, 55))
        kid = c.child(par, age=(7, 15))
        pm, lm = c.mail(par), c.mail(leader)
        camp_a = c.addr(biz=True)
        orig = c.t(
            {
                "de": f"das Herbstlager findet im Pfadiheim an der {c.addr1(camp_a)} statt. Abfahrt Freitag 17 "
                f"Uhr beim Bahnhof. Im Notfall bin ich unter {c.tel()} erreichbar.",
                "fr": f"le camp d'automne a lieu au chalet scout, {c.addr1(camp_a)}. Départ vendredi 17h à la "
                f"gare. En cas d'urgence : {c.tel()}.",
                "it": f"il campo autunnale si terrà alla casa scout, {c.addr1(camp_a)}. Partenza venerdì alle 17 "
                f"dalla stazione. In caso di emergenza: {c.tel()}.",
                "en": f"autumn camp is at the scout hut, {c.addr1(camp_a)}. We leave Friday 5 pm from the "
                f"station. Emergencies: {c.tel()}.",
            }
        )
        hello = c.t({"de": "Liebe Eltern", "fr": "Chers parents,", "it": "Cari genitori,", "en": "Dear parents,"})
        orig = f"{hello}\n\n{orig}\n\n{bye(c)}\n{lref}"
        txt = c.t(
            {
                "de": f"{c.name(kid, 'first')} freut sich riesig! Er/sie muss aber am Sonntag früher weg, meine "
                f"Schwiegermutter {c.name(c.person(g='f', age=(58, 85)), 'full')} holt ab "
                f"({c.tel()}). Geburtsdatum für die Versicherung: {c.dob(kid)}.",
                "fr": f"{c.name(kid, 'first')} se réjouit ! Il/elle doit par contre partir plus tôt dimanche, ma "
                f"belle-mère {c.name(c.person(g='f', age=(58, 85)), 'full')} viendra le/la chercher "
                f"({c.tel()}). Date de naissance pour l'assurance : {c.dob(kid)}.",
                "it": f"{c.name(kid, 'first')} non vede l'ora! Però domenica deve andare via prima, mia suocera "
                f"{c.name(c.person(g='f', age=(58, 85)), 'full')} passa a prenderlo/a ({c.tel()}). Data di "
                f"nascita per l'assicurazione: {c.dob(kid)}.",
                "en": f"{c.name(kid, 'first')} is so excited! They need to leave early on Sunday though, my "
                f"mother-in-law {c.name(c.person(g='f', age=(58, 85)), 'full')} will collect "
                f"({c.tel()}). Date of birth for the insurance: {c.dob(kid)}.",
            }
        )
        txt = (
            txt.replace("Er/sie", "Er" if not kid.f else "Sie")
            .replace("Il/elle", "Il" if not kid.f else "Elle")
            .replace("le/la chercher", "le chercher" if not kid.f else "la chercher")
            .replace("prenderlo/a", "prenderlo" if not kid.f else "prenderla")
        )
        body = (
            mail_head(
                c,
                addr_of(c.name(par, "full"), pm),
                [lm],
                c.t(
                    {
                        "de": "Re: Herbstlager",
                        "fr": "Re: Camp d'automne",
                        "it": "Re: Campo autunnale",
                        "en": "Re: Autumn camp",
                    }
                ),
            )
            + f"\n\n{c.t({'de': 'Hallo', 'fr': 'Bonjour', 'it': 'Ciao', 'en': 'Hi'})} {lref},\n\n{txt}\n\n"
            + f"{bye(c, par)}\n\n"
            + quoted_reply(c, lref, lm, orig)
        )
        return wrap(c, body)
    # v3: leaders' chat
    ls = [c.person(age=(17, 30)) for _ in range(3)]
    nm = [
        lab("PERSON", _scoutname(c)) if c.cc in SCOUTNAMES and c.p(0.6) else c.name(q, c.ch(["first", "nick"]))
        for q in ls
    ]
    par = c.person(age=(30, 55))
    msgs = [
        (
            nm[0],
            c.t(
                {
                    "de": f"Lagerbeitrag bitte bis Ende Monat auf {c.iban()} – Vermerk Name des Kindes.",
                    "fr": f"Participation au camp à verser avant la fin du mois sur {c.iban()}, mention nom "
                    f"de l'enfant.",
                    "it": f"Quota del campo entro fine mese su {c.iban()}, causale nome del bambino.",
                    "en": f"Camp fee to {c.iban()} by the end of the month please, reference child's name.",
                }
            ),
        ),
        (
            nm[1],
            c.t(
                {
                    "de": f"{c.name(par, 'full')} hat angerufen, zahlt bar. Nummer: {c.tel()}",
                    "fr": f"{c.name(par, 'full')} a appelé, paiera en espèces. Numéro : {c.tel()}",
                    "it": f"ha chiamato {c.name(par, 'full')}, paga in contanti. Numero: {c.tel()}",
                    "en": f"{c.name(par, 'full')} rang, paying cash. Number: {c.tel()}",
                }
            ),
        ),
        (
            lab("PHONE", c.phone_raw()),
            c.t(
                {
                    "de": f"bin's, {nm[2]} – neues handy. material liegt bei mir, {c.street(c.addr())}",
                    "fr": f"c'est {nm[2]} – nouveau tel. le matériel est chez moi, {c.street(c.addr())}",
                    "it": f"sono {nm[2]} – telefono nuovo. il materiale è da me, {c.street(c.addr())}",
                    "en": f"it's {nm[2]} – new phone. kit is at mine, {c.street(c.addr())}",
                }
            ),
        ),
        (nm[0], c.t({"de": "top, danke!", "fr": "top, merci !", "it": "perfetto, grazie!", "en": "great, ta!"})),
    ]
    intro = c.t(
        {
            "de": f"Leiterchat {grp}, letzte Woche:",
            "fr": f"Chat des responsables {grp}, semaine dernière :",
            "it": f"Chat dei capi {grp}, settimana scorsa:",
            "en": f"Leaders' chat {grp}, last week:",
        }
    )
    body = f"{intro}\n\n{chat(c, msgs, lower=0.6)}"
    return wrap(
        c,
        body,
        [
            c.t(
                {
                    "de": "Mach mir daraus eine To-do-Liste.",
                    "fr": "Fais-en une liste de tâches.",
                    "it": "Fanne una lista di cose da fare.",
                    "en": "Make a to-do list from this.",
                }
            )
        ],
    )


# 8. pet boarding ----------------------------------------------------------------------------------------------------
PETS = [
    "Bello",
    "Luna",
    "Rocky",
    "Minou",
    "Felix",
    "Max",
    "Lilly",
    "Oscar",
    "Charlie",
    "Mia",
    "Balu",
    "Nala",
    "Simba",
    "Filou",
    "Pepper",
    "Biscotto",
    "Briciola",
    "Tobi",
    "Bruno",
    "Kira",
    "Milo",
    "Nuvola",
]
BREEDS = {
    "de": [
        "Labrador",
        "Border Collie",
        "Dackel",
        "Europäisch Kurzhaar",
        "Maine Coon",
        "Jack Russell",
        "Golden Retriever",
        "Mischling",
        "Berner Sennenhund",
        "Perser",
    ],
    "fr": [
        "Labrador",
        "Border collie",
        "Teckel",
        "Européen",
        "Maine coon",
        "Jack russell",
        "Golden retriever",
        "Croisé",
        "Bouledogue français",
        "Chat de gouttière",
    ],
    "it": [
        "Labrador",
        "Border collie",
        "Bassotto",
        "Europeo",
        "Maine coon",
        "Jack russell",
        "Golden retriever",
        "Meticcio",
        "Bovaro del Bernese",
        "Persiano",
    ],
    "en": [
        "Labrador",
        "Border Collie",
        "Dachshund",
        "Domestic shorthair",
        "Maine Coon",
        "Jack Russell",
        "Golden Retriever",
        "Cross-breed",
        "Cocker Spaniel",
        "Persian",
    ],
}


def _kennel(c: Ctx, t: str) -> str:
    return c.t(
        {
            "de": [f"Tierpension {t}", "Hundepension am Waldrand", f"Katzenpension {t}"],
            "fr": [f"Pension canine et féline de {t}", "Pension Les Quatre Pattes", f"Chatterie de {t}"],
            "it": [f"Pensione per animali {t}", "Pensione Quattro Zampe", f"Pensione per gatti {t}"],
            "en": {
                "US": [f"{t} Pet Resort", f"{t} Boarding Kennels"],
                "*": [f"{t} Kennels & Cattery", "Four Paws Boarding"],
            },
        }
    )


def _chip(c: Ctx) -> str:
    cc = {"DE": "276", "AT": "040", "CH": "756", "FR": "250", "IT": "380", "GB": "826", "US": "840"}[c.net]
    return cc + "0981" + c.digits(8) if c.p(0.6) else f"{cc} {c.digits(3)} {c.digits(9)}"


def _vet(c: Ctx) -> tuple[Person, str, str]:
    vet = c.person(age=(30, 65))
    prac = c.t(
        {
            "de": [f"Tierarztpraxis {c.ch(['am Markt', 'an der Linde', 'Süd', 'im Park'])}", "Kleintierpraxis"],
            "fr": ["Clinique vétérinaire du Centre", "Cabinet vétérinaire des Tilleuls"],
            "it": ["Ambulatorio veterinario San Rocco", "Clinica veterinaria del Lago"],
            "en": ["Riverside Veterinary Clinic", "Oakwood Vets"],
        }
    )
    tit = c.t({"de": "Dr. med. vet.", "fr": "Dr", "it": "dott.", "en": "Dr"})
    return vet, prac, tit


def g_petboarding(c: Ctx, v: int) -> str:
    L = c.lang
    tt = _town_t(c)
    kennel = _kennel(c, tt[1])
    kd = dom(
        c, kennel.split(" ")[-1] + "-" + c.t({"de": "tierpension", "fr": "pension", "it": "pensione", "en": "kennels"})
    )
    ka = c.addr(town=tt, biz=True)
    staff = c.person(age=(20, 60))
    pet = c.ch(PETS)
    if v == 0:  # booking form
        p = c.person(age=(22, 80))
        a = c.addr()
        emer = c.person(age=(22, 80))
        vet, prac, tit = _vet(c)
        L_ = c.tl(
            {
                "de": [
                    "Halter/in",
                    "Adresse",
                    "Telefon",
                    "E-Mail",
                    "Notfallkontakt",
                    "Tierarzt",
                    "Tier",
                    "Rasse",
                    "Geboren",
                    "Chip-Nr.",
                    "Impfungen",
                    "Aufenthalt",
                    "Zahlung",
                ],
                "fr": [
                    "Propriétaire",
                    "Adresse",
                    "Téléphone",
                    "E-mail",
                    "Contact d'urgence",
                    "Vétérinaire",
                    "Animal",
                    "Race",
                    "Né le",
                    "N° de puce",
                    "Vaccins",
                    "Séjour",
                    "Paiement",
                ],
                "it": [
                    "Proprietario/a",
                    "Indirizzo",
                    "Telefono",
                    "E-mail",
                    "Contatto di emergenza",
                    "Veterinario",
                    "Animale",
                    "Razza",
                    "Nato il",
                    "N. microchip",
                    "Vaccinazioni",
                    "Soggiorno",
                    "Pagamento",
                ],
                "en": [
                    "Owner",
                    "Address",
                    "Phone",
                    "Email",
                    "Emergency contact",
                    "Vet",
                    "Pet",
                    "Breed",
                    "Born",
                    "Microchip",
                    "Vaccinations",
                    "Stay",
                    "Payment",
                ],
            }
        )
        pairs = [
            (L_[0], c.name(p, pick_style(c, True))),
            (L_[1], c.addr1(a)),
            (L_[2], c.tel()),
            (L_[3], c.mail(p)),
            (L_[4], f"{c.name(emer, 'full')}, {c.tel()}" if c.p(0.7) else None),
            (L_[5], f"{tit} {c.name(vet, 'last')}, {prac}, {c.tel(False)}"),
            (L_[6], pet),
            (L_[7], c.ch(BREEDS[L])),
            (L_[8], c.date(-5000, -200)),
            (L_[9], _chip(c)),
            (L_[10], c.date(-300, -10)),
            (L_[11], f"{c.hdate(5, 60)} – {c.hdate(61, 90)}"),
            (
                L_[12],
                c.t(
                    {
                        "de": "bar bei Abholung",
                        "fr": "espèces au départ",
                        "it": "contanti al ritiro",
                        "en": "cash on collection",
                    }
                )
                if c.p(0.4)
                else c.iban(),
            ),
        ]
        head = c.t(
            {
                "de": f"Buchungsformular {kennel}",
                "fr": f"Fiche de réservation – {kennel}",
                "it": f"Modulo di prenotazione – {kennel}",
                "en": f"Booking form – {kennel}",
            }
        )
        foot = f"{kennel} · {c.addr1(ka, ' · ')} · {c.tel(False, ka)}"
        body = f"{head}\n\n{kv(c, pairs)}\n\n{foot}"
        return wrap(c, body)
    if v == 1:  # occupancy board
        rows = []
        places = c.tl(
            {
                "de": ["Box", "Zwinger", "Katzenzimmer"],
                "fr": ["Box", "Chenil", "Chatterie"],
                "it": ["Box", "Recinto", "Gattile"],
                "en": ["Run", "Kennel", "Cattery"],
            }
        )
        for i in range(c.n(4, 5)):
            q = c.person(age=(22, 85))
            rows.append(
                [
                    f"{c.ch(places)} {i + 1}",
                    c.ch(PETS),
                    c.name(q, c.ch(["last", "last", "lastfirst", "full"])),
                    c.tel() if c.p(0.8) else "",
                    f"{c.date(-5, 3, 'dmy_dot' if L != 'en' else 'dmy_slash' if c.cc == 'GB' else 'us_slash')}–"
                    f"{c.date(4, 20, 'dmy_dot' if L != 'en' else 'dmy_slash' if c.cc == 'GB' else 'us_slash')}",
                ]
            )
        hdr = c.tl(
            {
                "de": ["Platz", "Tier", "Halter/in", "Telefon", "Zeitraum"],
                "fr": ["Place", "Animal", "Propriétaire", "Téléphone", "Période"],
                "it": ["Posto", "Animale", "Proprietario", "Telefono", "Periodo"],
                "en": ["Space", "Pet", "Owner", "Phone", "Dates"],
            }
        )
        head = c.t(
            {
                "de": f"Belegung {kennel} – Woche {c.n(1, 52)}\nDienst: {c.name(staff, 'full')}",
                "fr": f"Occupation {kennel} – semaine {c.n(1, 52)}\nDe service : {c.name(staff, 'full')}",
                "it": f"Occupazione {kennel} – settimana {c.n(1, 52)}\nIn servizio: {c.name(staff, 'full')}",
                "en": f"Occupancy {kennel} – week {c.n(1, 52)}\nOn duty: {c.name(staff, 'full')}",
            }
        )
        note = c.t(
            {
                "de": f"{c.ch(PETS)} bekommt Tabletten morgens und abends, Futter im Schrank 2.",
                "fr": f"{c.ch(PETS)} a ses comprimés matin et soir, croquettes dans l'armoire 2.",
                "it": f"{c.ch(PETS)} prende le pastiglie mattina e sera, cibo nell'armadio 2.",
                "en": f"{c.ch(PETS)} has tablets morning and evening, food in cupboard 2.",
            }
        )
        body = f"{head}\n\n{table_any(c, hdr, rows)}\n\n{note}"
        return wrap(c, body)
    if v == 2:  # owner's mail quoting the confirmation
        p = c.person(age=(22, 80))
        nb = c.person(age=(22, 80))
        pm, sm = c.mail(p), c.mail(staff, kd)
        orig = c.t(
            {
                "de": f"wir bestätigen den Aufenthalt von {pet} vom {c.hdate(5, 30)} bis {c.hdate(31, 45)}. "
                f"Bitte eine Anzahlung von {c.money(50, 150)} leisten und den Impfpass mitbringen.",
                "fr": f"nous confirmons le séjour de {pet} du {c.hdate(5, 30)} au {c.hdate(31, 45)}. Merci de "
                f"verser un acompte de {c.money(50, 150)} et d'apporter le carnet de vaccination.",
                "it": f"confermiamo il soggiorno di {pet} dal {c.hdate(5, 30)} al {c.hdate(31, 45)}. Vi "
                f"chiediamo un acconto di {c.money(50, 150)} e il libretto delle vaccinazioni.",
                "en": f"we confirm {pet}'s stay from {c.hdate(5, 30)} to {c.hdate(31, 45)}. Please pay a deposit "
                f"of {c.money(50, 150)} and bring the vaccination card.",
            }
        )
        orig = f"{greet(c, p, True)}\n\n{orig}\n\n" + sig(c, staff, kennel, ka, c.tel(False, ka), None)
        payline = (
            c.t(
                {
                    "de": "Die Anzahlung zahle ich mit Karte: ",
                    "fr": "Je règle l'acompte par carte : ",
                    "it": "Pago l'acconto con carta: ",
                    "en": "I'll pay the deposit by card: ",
                }
            )
            + f"{c.card()}, {c.n(1, 12):02d}/{c.n(27, 31)}"
            if c.p(0.5)
            else c.t(
                {
                    "de": "Die Anzahlung habe ich überwiesen, von ",
                    "fr": "J'ai viré l'acompte depuis ",
                    "it": "Ho fatto il bonifico dell'acconto da ",
                    "en": "I've transferred the deposit from ",
                }
            )
            + c.iban()
        )
        txt = c.t(
            {
                "de": f"{payline}\nAbholen wird {pet} unsere Nachbarin {c.name(nb, 'full')} ({c.tel()}), wir "
                f"landen erst spät.",
                "fr": f"{payline}\nC'est notre voisine {c.name(nb, 'full')} ({c.tel()}) qui viendra chercher "
                f"{pet}, nous atterrissons tard.",
                "it": f"{payline}\nA ritirare {pet} verrà la nostra vicina {c.name(nb, 'full')} ({c.tel()}), "
                f"atterriamo tardi.",
                "en": f"{payline}\nOur neighbour {c.name(nb, 'full')} ({c.tel()}) will collect {pet}, we land late.",
            }
        )
        if not nb.f:
            txt = (
                txt.replace("unsere Nachbarin", "unser Nachbar")
                .replace("notre voisine", "notre voisin")
                .replace("la nostra vicina", "il nostro vicino")
            )
        body = (
            mail_head(
                c,
                addr_of(c.name(p, "full"), pm),
                [sm],
                c.t(
                    {
                        "de": f"AW: Buchungsbestätigung {pet}",
                        "fr": f"RE: Confirmation séjour {pet}",
                        "it": f"R: Conferma soggiorno {pet}",
                        "en": f"RE: Booking confirmation {pet}",
                    }
                ),
            )
            + f"\n\n{greet(c, staff, c.p(0.5))}\n\n{txt}\n\n{bye(c, p)}\n\n"
            + quoted_reply(c, c.name(staff, "full"), sm, orig)
        )
        return wrap(c, body)
    # v3: online booking export + staff chat
    recs = []
    for _ in range(1 if c.p(0.6) else 2):
        q = c.person(age=(22, 80))
        a = c.addr()
        recs.append(
            {
                "id": c.ref("PB", 6),
                "owner": c.name(q, "full"),
                "email": c.mail(q),
                "mobile": c.tel(),
                "address": c.addr1(a, ", "),
                "pet": c.ch(PETS),
                "species": c.ch(["dog", "cat"]),
                "chip": _chip(c),
                "from": c.day(3, 40).isoformat(),
                "nights": c.n(2, 21),
                "ip": c.ip(),
            }
        )
    js = "\n".join(j_line(r) for r in recs) if c.p(0.6) else j_pretty(recs)
    s2 = c.person(age=(20, 60))
    msgs = [
        (
            c.name(staff, c.ch(["first", "nick"])),
            c.t(
                {
                    "de": f"{c.name(s2, 'first')}, kannst du Sa die Frühschicht übernehmen? {c.ch(PETS)} muss um 7 "
                    f"Tabletten bekommen",
                    "fr": f"{c.name(s2, 'first')}, tu peux faire le service du matin samedi ? {c.ch(PETS)} a ses "
                    f"comprimés à 7h",
                    "it": f"{c.name(s2, 'first')}, puoi fare il turno del mattino sabato? {c.ch(PETS)} deve prendere "
                    f"le pastiglie alle 7",
                    "en": f"{c.name(s2, 'first')}, can you do the early shift Saturday? {c.ch(PETS)} needs tablets "
                    f"at 7",
                }
            ),
        ),
        (
            c.name(s2, c.ch(["first", "nick"])),
            c.t(
                {
                    "de": "ja klar. schlüssel wieder beim nachbarn?",
                    "fr": "oui. clé toujours chez le voisin ?",
                    "it": "sì certo. chiave sempre dal vicino?",
                    "en": "sure. key still with the neighbour?",
                }
            ),
        ),
        (
            c.name(staff, c.ch(["first", "nick"])),
            c.t(
                {
                    "de": f"ja, {c.name(c.person(g='m'), 'last')}, {c.street(ka)}",
                    "fr": f"oui, chez {c.name(c.person(g='m'), 'last')}",
                    "it": f"sì, da {c.name(c.person(g='m'), 'last')}",
                    "en": f"yes, {c.name(c.person(g='m'), 'last')} at {c.street(ka)}",
                }
            ),
        ),
    ]
    intro = c.t(
        {
            "de": "Neue Online-Buchungen (Export) und der Chat vom Team:",
            "fr": "Nouvelles réservations en ligne (export) et le chat de l'équipe :",
            "it": "Nuove prenotazioni online (export) e la chat del team:",
            "en": "New online bookings (export) and the team chat:",
        }
    )
    body = f"{intro}\n\n{js}\n\n{chat(c, msgs, lower=0.5)}"
    return wrap(
        c,
        body,
        [
            c.t(
                {
                    "de": "Wie viele Plätze sind nächste Woche belegt?",
                    "fr": "Combien de places sont prises la semaine prochaine ?",
                    "it": "Quanti posti sono occupati la prossima settimana?",
                    "en": "How many spaces are taken next week?",
                }
            )
        ],
    )


# 9. occupational health -------------------------------------------------------------------------------------------
COMPANIES = {
    "DE": [
        "Hellweg Logistik GmbH",
        "Brandt Metallbau GmbH & Co. KG",
        "Stadtwerke",
        "Kaufland Lager Süd",
        "Rheinische Druckerei AG",
        "Bäckerei Kamps Filiale 12",
    ],
    "AT": ["Voestalpine Zulieferteile GmbH", "Spar Zentrallager", "Holzindustrie Pinzgau GmbH", "ÖBB Werkstätte"],
    "CH": ["Migros Verteilbetrieb", "Holcim Werk", "Stadler Rail Montage", "Emmi Käserei AG", "Hug Baustoffe AG"],
    "FR": ["Transports Girard SAS", "Menuiserie Lebrun SARL", "Carrefour entrepôt", "Imprimerie Moderne SA"],
    "IT": ["Logistica Padana srl", "Officine Meccaniche Riva spa", "Esselunga magazzino", "Cartiera del Garda"],
    "GB": ["Northern Freight Ltd", "Harrow Engineering plc", "Tesco distribution centre", "Ashby Print Works"],
    "US": ["Midwest Freight LLC", "Harlan Manufacturing Inc.", "Costco depot", "Riverbend Printing Co."],
}
EXAMS = {
    "de": [
        "G 25 Fahr-, Steuer- und Überwachungstätigkeiten",
        "G 20 Lärm",
        "G 41 Absturzgefahr",
        "G 37 Bildschirmarbeit",
        "Nachtarbeit § 6 ArbZG",
        "G 24 Hauterkrankungen",
    ],
    "fr": [
        "visite d'information et de prévention",
        "suivi individuel renforcé",
        "visite de reprise",
        "aptitude travail en hauteur",
        "exposition au bruit",
        "travail de nuit",
    ],
    "it": [
        "visita periodica",
        "visita preventiva",
        "idoneità lavoro in quota",
        "rischio rumore",
        "videoterminalista",
        "lavoro notturno",
    ],
    "en": [
        "pre-placement assessment",
        "hearing surveillance",
        "forklift driver medical",
        "night worker assessment",
        "skin surveillance",
        "working at height",
    ],
}


def _ohs(c: Ctx, t: str) -> str:
    return c.t(
        {
            "de": {
                "CH": [f"Arbeitsmedizin {t} AG", f"Betriebsärztlicher Dienst {t}"],
                "AT": [f"Arbeitsmedizinisches Zentrum {t}", f"AMZ {t}"],
                "*": [f"Arbeitsmedizinisches Zentrum {t}", f"Betriebsärztlicher Dienst {t}"],
            },
            "fr": {
                "CHF": [f"Médecine du travail {t} SA", f"Centre de santé au travail {t}"],
                "*": [f"Service de prévention et de santé au travail de {t}", f"SPSTI {t}"],
            },
            "it": [f"Centro di medicina del lavoro {t}", f"Studio medico competente {t}"],
            "en": {
                "US": [f"{t} Occupational Health", f"Employee Health Services {t}"],
                "*": [f"{t} Occupational Health Service", f"{t} OH Partners"],
            },
        }
    )


def g_occhealth(c: Ctx, v: int) -> str:
    L = c.lang
    tt = _town_t(c)
    ohs = _ohs(c, tt[1])
    oa = c.addr(town=tt, biz=True)
    od = dom(c, ohs.split(" ")[0] + "-" + tt[1])
    firm = c.ch(COMPANIES[c.net])
    fd = dom(c, "-".join(firm.split(" ")[:2]))
    doc = c.person(age=(35, 66))
    dt_ = c.t({"de": "Dr. med.", "fr": "Dr", "it": "dott.", "en": "Dr"})
    if v == 0:  # referral by the employer
        emp, hr = c.person(age=(18, 64)), c.person(age=(25, 60))
        L_ = c.tl(
            {
                "de": [
                    "Arbeitgeber",
                    "Mitarbeiter/in",
                    "Geburtsdatum",
                    "Personalnummer",
                    "Abteilung",
                    "Tätigkeit",
                    "Untersuchung",
                    "Ansprechpartner/in HR",
                    "Telefon",
                    "E-Mail",
                ],
                "fr": [
                    "Employeur",
                    "Salarié·e",
                    "Date de naissance",
                    "Matricule",
                    "Service",
                    "Poste",
                    "Examen",
                    "Contact RH",
                    "Téléphone",
                    "E-mail",
                ],
                "it": [
                    "Datore di lavoro",
                    "Lavoratore/trice",
                    "Data di nascita",
                    "Matricola",
                    "Reparto",
                    "Mansione",
                    "Visita",
                    "Referente HR",
                    "Telefono",
                    "E-mail",
                ],
                "en": [
                    "Employer",
                    "Employee",
                    "Date of birth",
                    "Payroll no.",
                    "Department",
                    "Job",
                    "Assessment",
                    "HR contact",
                    "Phone",
                    "Email",
                ],
            }
        )
        pairs = [
            (L_[0], firm),
            (L_[1], c.name(emp, pick_style(c, True))),
            (L_[2], c.dob(emp)),
            (L_[3], c.ref(c.ch(["", "P", "MA-"]), c.n(5, 7))),
            (
                L_[4],
                c.t(
                    {
                        "de": ["Lager", "Versand", "Produktion", "Instandhaltung"],
                        "fr": ["Entrepôt", "Expédition", "Production", "Maintenance"],
                        "it": ["Magazzino", "Spedizioni", "Produzione", "Manutenzione"],
                        "en": ["Warehouse", "Dispatch", "Production", "Maintenance"],
                    }
                ),
            ),
            (
                L_[5],
                c.t(
                    {
                        "de": ["Staplerfahrer/in", "Schichtleiter/in", "Elektriker/in"],
                        "fr": ["cariste", "chef d'équipe", "électricien·ne"],
                        "it": ["carrellista", "capoturno", "elettricista"],
                        "en": ["forklift driver", "shift lead", "electrician"],
                    }
                ),
            ),
            (L_[6], c.ch(EXAMS[L])),
            (
                "AHV-Nr." if L == "de" else "N° AVS" if L == "fr" else "N. AVS",
                c.ahv() if c.swiss and c.p(0.6) else None,
            ),
            (L_[7], c.name(hr, "full")),
            (L_[8], c.tel(False, ext=c.p(0.5))),
            (L_[9], c.mail(hr, fd)),
        ]
        head = c.t(
            {
                "de": f"Auftrag zur arbeitsmedizinischen Vorsorge an {ohs}",
                "fr": f"Demande de visite – {ohs}",
                "it": f"Richiesta di visita – {ohs}",
                "en": f"Referral for assessment – {ohs}",
            }
        )
        foot = c.t(
            {
                "de": f"Bitte Termin direkt mit der/dem Beschäftigten vereinbaren (privat: {c.tel()}).",
                "fr": f"Merci de convenir du rendez-vous directement avec la personne (portable : {c.tel()}).",
                "it": f"Fissate l'appuntamento direttamente con la persona (cellulare: {c.tel()}).",
                "en": f"Please book directly with the employee (mobile: {c.tel()}).",
            }
        )
        body = f"{head}\n\n{kv(c, pairs)}\n\n{foot}"
        return wrap(c, body)
    if v == 1:  # site day list
        rows = []
        h, m = 8, 0
        for _ in range(4):
            q = c.person(age=(18, 64))
            rows.append(
                [
                    f"{h:02d}:{m:02d}",
                    c.name(q, c.ch(["LAST,first", "lastfirst", "LASTfirst"])),
                    c.dob(q),
                    c.ref("", 6),
                    c.ch(EXAMS[L])[:28],
                ]
            )
            m += c.ch([15, 20, 30])
            h, m = h + m // 60, m % 60
        hdr = c.tl(
            {
                "de": ["Zeit", "Name", "Geb.-Datum", "Pers.-Nr.", "Untersuchung"],
                "fr": ["Heure", "Nom", "Né·e le", "Matricule", "Examen"],
                "it": ["Ora", "Nome", "Nato/a il", "Matricola", "Visita"],
                "en": ["Time", "Name", "DOB", "Payroll", "Assessment"],
            }
        )
        head = c.t(
            {
                "de": f"{ohs} – Werkstag bei {firm}, {c.hdate(1, 20)}\nÄrztin/Arzt: {dt_} "
                f"{c.name(doc, 'full')}\nAssistenz vor Ort: {c.tel()}",
                "fr": f"{ohs} – journée sur site chez {firm}, {c.hdate(1, 20)}\nMédecin : {dt_} "
                f"{c.name(doc, 'full')}\nAssistante sur place : {c.tel()}",
                "it": f"{ohs} – giornata in azienda presso {firm}, {c.hdate(1, 20)}\nMedico: {dt_} "
                f"{c.name(doc, 'full')}\nAssistente in sede: {c.tel()}",
                "en": f"{ohs} – site day at {firm}, {c.hdate(1, 20)}\nClinician: {dt_} {c.name(doc, 'full')}\n"
                f"Assistant on site: {c.tel()}",
            }
        )
        body = f"{head}\n\n{table_any(c, hdr, rows, c.ch(['fixed', 'md', 'ssv']))}"
        return wrap(
            c,
            body,
            [
                c.t(
                    {
                        "de": "Passt der Zeitplan, oder gibt es Lücken?",
                        "fr": "Le planning tient-il, ou y a-t-il des trous ?",
                        "it": "Il calendario funziona o ci sono buchi?",
                        "en": "Does the schedule work, or are there gaps?",
                    }
                )
            ],
        )
    if v == 2:  # employee mail quoting appointment
        emp, boss, asst = c.person(age=(18, 64)), c.person(age=(30, 64)), c.person(age=(22, 60))
        em, am = c.mail(emp), c.mail(asst, od)
        orig = c.t(
            {
                "de": f"Ihr Termin zur Vorsorgeuntersuchung ist am {c.hdate(3, 20)} um {c.time()} bei {dt_} "
                f"{c.name(doc, 'last')}. Bitte nüchtern erscheinen und Brille mitbringen. "
                f"Adresse: {c.addr1(oa)}.",
                "fr": f"votre visite est fixée au {c.hdate(3, 20)} à {c.time()} avec le {dt_} "
                f"{c.name(doc, 'last')}. Merci de venir à jeun et d'apporter vos lunettes. "
                f"Adresse : {c.addr1(oa)}.",
                "it": f"la sua visita è fissata il {c.hdate(3, 20)} alle {c.time()} con il {dt_} "
                f"{c.name(doc, 'last')}. Si presenti a digiuno e porti gli occhiali. Indirizzo: "
                f"{c.addr1(oa)}.",
                "en": f"your assessment is on {c.hdate(3, 20)} at {c.time()} with {dt_} {c.name(doc, 'last')}. "
                f"Please come fasting and bring your glasses. Address: {c.addr1(oa)}.",
            }
        )
        orig = f"{greet(c, emp, True)}\n\n{orig}\n\n" + sig(c, asst, ohs, None, c.tel(False, oa, ext=c.p(0.4)), None)
        txt = c.t(
            {
                "de": f"an dem Tag habe ich Spätschicht, mein Vorgesetzter {c.name(boss, 'full')} ist informiert. "
                f"Geht auch der Folgetag? Meine Handynummer hat sich geändert: {c.tel()}.",
                "fr": f"ce jour-là je suis d'après-midi, mon responsable {c.name(boss, 'full')} est au courant. "
                f"Le lendemain serait-il possible ? Mon nouveau portable : {c.tel()}.",
                "it": f"quel giorno ho il turno pomeridiano, il mio responsabile {c.name(boss, 'full')} è "
                f"informato. Va bene il giorno dopo? Il mio nuovo cellulare: {c.tel()}.",
                "en": f"I'm on lates that day, my manager {c.name(boss, 'full')} knows. Could I come the day "
                f"after? My mobile has changed: {c.tel()}.",
            }
        )
        if boss.f:
            txt = (
                txt.replace("mein Vorgesetzter", "meine Vorgesetzte")
                .replace("mon responsable", "ma responsable")
                .replace("il mio responsabile", "la mia responsabile")
            )
        body = (
            mail_head(
                c,
                addr_of(c.name(emp, "full"), em),
                [am],
                c.t(
                    {
                        "de": "AW: Termin Vorsorge",
                        "fr": "RE: Rendez-vous médecine du travail",
                        "it": "R: Appuntamento visita",
                        "en": "RE: OH appointment",
                    }
                ),
            )
            + f"\n\n{greet(c, asst, True)}\n\n{txt}\n\n{bye(c, emp)}\n\n"
            + quoted_reply(c, c.name(asst, "full"), am, orig)
        )
        return wrap(c, body)
    # v3: fitness certificate + portal log
    emp = c.person(age=(18, 64))
    a = c.addr()
    res = c.t(
        {
            "de": [
                "keine gesundheitlichen Bedenken",
                "keine Bedenken unter Voraussetzungen (Brille)",
                "befristete Bedenken",
            ],
            "fr": ["apte", "apte avec aménagement (lunettes)", "inapte temporaire"],
            "it": ["idoneo", "idoneo con prescrizioni (occhiali)", "temporaneamente non idoneo"],
            "en": ["fit", "fit with adjustments (glasses)", "temporarily unfit"],
        }
    )
    cert = c.t(
        {
            "de": f"Vorsorgebescheinigung\n\nName: {c.name(emp, 'full')}\nGeboren am: {c.dob(emp)}\n"
            f"Anschrift: {c.addr1(a)}\n"
            + (f"AHV-Nr.: {c.ahv()}\n" if c.swiss else "")
            + f"Arbeitgeber: {firm}\nAnlass: {c.ch(EXAMS['de'])}\nErgebnis: {res}\n"
            f"Nächste Untersuchung: {c.date(300, 1000)}\n{dt_} {c.name(doc, 'full')}, {ohs}",
            "fr": f"Attestation de suivi\n\nNom : {c.name(emp, 'full')}\nNé·e le : {c.dob(emp)}\n"
            f"Adresse : {c.addr1(a)}\n"
            + (f"N° AVS : {c.ahv()}\n" if c.swiss else "")
            + f"Employeur : {firm}\nType : {c.ch(EXAMS['fr'])}\nAvis : {res}\n"
            f"Prochaine visite : {c.date(300, 1000)}\n{dt_} {c.name(doc, 'full')}, {ohs}",
            "it": f"Giudizio di idoneità\n\nNome: {c.name(emp, 'full')}\nNato/a il: {c.dob(emp)}\n"
            f"Indirizzo: {c.addr1(a)}\n"
            + (f"N. AVS: {c.ahv()}\n" if c.swiss else "")
            + f"Datore di lavoro: {firm}\nVisita: {c.ch(EXAMS['it'])}\nGiudizio: {res}\n"
            f"Prossima visita: {c.date(300, 1000)}\n{dt_} {c.name(doc, 'full')}, {ohs}",
            "en": f"Fitness for work certificate\n\nName: {c.name(emp, 'full')}\nDOB: {c.dob(emp)}\n"
            f"Address: {c.addr1(a)}\nEmployer: {firm}\nAssessment: {c.ch(EXAMS['en'])}\nOutcome: {res}\n"
            f"Next review: {c.date(300, 1000)}\n{dt_} {c.name(doc, 'full')}, {ohs}",
        }
    )
    hr = c.person(age=(25, 60))
    hm = c.mail(hr, fd)
    log = "\n".join(
        [
            f"{c.day(-3, 0).isoformat()}T{c.n(7, 18):02d}:{c.n(0, 59):02d}:{c.n(0, 59):02d}Z "
            f"event={c.ch(['login', 'download_certificate', 'view'])} user={hm} "
            f"ip={c.ip()} status=200"
            for _ in range(2 if c.p(0.7) else 3)
        ]
    )
    intro = c.t(
        {
            "de": "Bescheinigung und das Zugriffsprotokoll aus dem Arbeitgeberportal:",
            "fr": "L'attestation et le journal d'accès du portail employeur :",
            "it": "Il giudizio e il registro accessi del portale aziendale:",
            "en": "The certificate and the access log from the employer portal:",
        }
    )
    body = f"{intro}\n\n{cert}\n\n{log}"
    return wrap(
        c,
        body,
        [
            c.t(
                {
                    "de": "Darf der Arbeitgeber das so sehen?",
                    "fr": "L'employeur a-t-il le droit de voir ça ?",
                    "it": "Il datore di lavoro può vedere questi dati?",
                    "en": "Is the employer allowed to see all of this?",
                }
            )
        ],
    )


# 10. cycling sportives ---------------------------------------------------------------------------------------------
def _sportive(c: Ctx, t: str) -> str:
    return c.t(
        {
            "de": {
                "CH": [f"Gigathlon-Velotour {t}", f"Radmarathon {t}", f"Alpenbrevet {t}"],
                "AT": [f"Radmarathon {t}", f"Jedermannrennen {t}"],
                "*": [f"Radmarathon {t}", f"Jedermann-Radrennen {t}", f"RTF {t}"],
            },
            "fr": [f"Cyclosportive de {t}", f"La {t}oise", f"Granfondo {t}"],
            "it": [f"Granfondo {t}", f"Mediofondo {t}", f"Randonnée {t}"],
            "en": {"US": [f"{t} Century Ride", f"Tour de {t}"], "*": [f"{t} Sportive", f"{t} 100"]},
        }
    )


def g_sportive(c: Ctx, v: int) -> str:
    tt = _town_t(c)
    ev = _sportive(c, tt[1])
    ed = dom(c, ev.split(" ")[0] + "-" + tt[1])
    org = c.person(age=(30, 70))
    if v == 0:  # entry list export
        rows = []
        for _ in range(c.n(2, 3)):
            q = c.person(age=(18, 76))
            ice = c.person(age=(20, 80))
            rows.append(
                [
                    str(c.n(100, 2999)),
                    c.name(q, c.ch(["full", "lastfirst"])),
                    c.dob(q),
                    c.ch(["RV Edelweiss", "VC Lugano", "CC Annecy", "Velo-Club", "Rapha CC", "—", "—"]),
                    c.mail(q),
                    c.name(ice, "full") if c.p(0.4) else "",
                    c.tel(),
                    f"{'W' if q.f else 'M'}{min(70, max(20, (TODAY - q.born).days // 3652 * 10))}",
                ]
            )
        hdr = c.tl(
            {
                "de": [
                    "Startnr.",
                    "Name",
                    "Geburtsdatum",
                    "Verein",
                    "E-Mail",
                    "Notfallkontakt",
                    "Notfalltelefon",
                    "Klasse",
                ],
                "fr": [
                    "Dossard",
                    "Nom",
                    "Date de naissance",
                    "Club",
                    "E-mail",
                    "Contact urgence",
                    "Tél. urgence",
                    "Catégorie",
                ],
                "it": [
                    "Pettorale",
                    "Nome",
                    "Data di nascita",
                    "Società",
                    "E-mail",
                    "Contatto emergenza",
                    "Tel. emergenza",
                    "Categoria",
                ],
                "en": ["Bib", "Name", "DOB", "Club", "Email", "ICE contact", "ICE phone", "Category"],
            }
        )
        head = c.t(
            {
                "de": f"{ev} – Teilnehmerexport (Strecke {c.ch([96, 128, 165, 210])} km)",
                "fr": f"{ev} – export des inscrits (parcours {c.ch([96, 128, 165])} km)",
                "it": f"{ev} – export iscritti (percorso {c.ch([96, 128, 165])} km)",
                "en": f"{ev} – entrants export ({c.ch([62, 80, 100])} miles)",
            }
        )
        body = f"{head}\n\n{t_sep(hdr, rows, c.ch([',', ';', chr(9)]), c.p(0.3))}"
        return wrap(
            c,
            body,
            [
                c.t(
                    {
                        "de": "Wer fehlt noch ein Notfallkontakt?",
                        "fr": "À qui manque-t-il un contact d'urgence ?",
                        "it": "A chi manca un contatto di emergenza?",
                        "en": "Who is still missing an ICE contact?",
                    }
                )
            ],
        )
    if v == 1:  # results
        rows = []
        t0 = c.n(11000, 15000)
        for i in range(c.n(5, 7)):
            q = c.person(age=(18, 72))
            t0 += c.n(5, 400)
            rows.append(
                [
                    str(i + 1),
                    str(c.n(100, 2999)),
                    c.name(q, c.ch(["LASTfirst", "LASTfirst", "lastfirst", "full"])),
                    str(q.born.year),
                    c.ch(["RV Edelweiss", "VC Lugano", "CC Annecy", "—", "Team Velofix", "Bikeshop Huber"]),
                    f"{t0 // 3600}:{t0 % 3600 // 60:02d}:{t0 % 60:02d}",
                ]
            )
        hdr = c.tl(
            {
                "de": ["Rang", "Nr.", "Name", "Jg.", "Verein/Team", "Zeit"],
                "fr": ["Rg", "Dos.", "Nom", "Année", "Club", "Temps"],
                "it": ["Pos", "Pett.", "Nome", "Anno", "Società", "Tempo"],
                "en": ["Pos", "Bib", "Name", "YOB", "Club", "Time"],
            }
        )
        off = c.person(age=(25, 65))
        foot = c.t(
            {
                "de": f"Einsprachen bis 24 h nach Zielschluss an die Zeitmessung: {c.name(off, 'full')}, "
                f"{c.tel()}, zeitmessung@{ed}",
                "fr": f"Réclamations dans les 24 h au chronométrage : {c.name(off, 'full')}, {c.tel()}, chrono@{ed}",
                "it": f"Reclami entro 24 ore al cronometraggio: {c.name(off, 'full')}, {c.tel()}, cronometraggio@{ed}",
                "en": f"Queries within 24 h to timing: {c.name(off, 'full')}, {c.tel()}, timing@{ed}",
            }
        )
        head = c.t(
            {
                "de": f"Ergebnisliste {ev}, Gesamtwertung Herren/Damen",
                "fr": f"Classement {ev}, scratch",
                "it": f"Classifica {ev}, assoluta",
                "en": f"Results {ev}, overall",
            }
        )
        body = f"{head}\n\n{t_fixed(hdr, rows, c.n(2, 3), c.ch(['-', '=', None]))}\n\n{foot}"
        return wrap(c, body)
    if v == 2:  # transfer of an entry
        p, fr_ = c.person(age=(20, 70)), c.person(age=(18, 70))
        a = c.addr()
        pm, om = c.mail(p), c.mail(org, ed)
        orig = c.t(
            {
                "de": f"eine Umschreibung ist bis {c.hdate(5, 20)} möglich (Gebühr {c.money(10, 25)}). Wir "
                f"brauchen Name, Geburtsdatum, Adresse und E-Mail der neuen Person.",
                "fr": f"un transfert est possible jusqu'au {c.hdate(5, 20)} (frais {c.money(10, 25)}). Il nous "
                f"faut nom, date de naissance, adresse et e-mail de la nouvelle personne.",
                "it": f"il cambio nome è possibile fino al {c.hdate(5, 20)} (costo {c.money(10, 25)}). Servono "
                f"nome, data di nascita, indirizzo ed e-mail della nuova persona.",
                "en": f"transfers are possible until {c.hdate(5, 20)} (fee {c.money(10, 25)}). We need the new "
                f"rider's name, date of birth, address and email.",
            }
        )
        orig = f"{greet(c, p, False)}\n\n{orig}\n\n{bye(c, org)}\n{ev}"
        txt = c.t(
            {
                "de": f"ich bin verletzt und gebe meinen Startplatz (Nr. {c.n(100, 2999)}) ab an:\n"
                f"{c.name(fr_, 'full')}, geb. {c.dob(fr_)}\n{c.addr2(a)}\n{c.mail(fr_)}\n"
                f"Die Gebühr kann von meiner Karte {c.masked_card()} abgebucht werden.",
                "fr": f"je suis blessé·e et je cède mon dossard (n° {c.n(100, 2999)}) à :\n"
                f"{c.name(fr_, 'full')}, né·e le {c.dob(fr_)}\n{c.addr2(a)}\n{c.mail(fr_)}\n"
                f"Les frais peuvent être débités de ma carte {c.masked_card()}.",
                "it": f"mi sono infortunato/a e cedo il mio pettorale (n. {c.n(100, 2999)}) a:\n"
                f"{c.name(fr_, 'full')}, nato/a il {c.dob(fr_)}\n{c.addr2(a)}\n{c.mail(fr_)}\n"
                f"Il costo può essere addebitato sulla mia carta {c.masked_card()}.",
                "en": f"I'm injured and would like to transfer my entry (bib {c.n(100, 2999)}) to:\n"
                f"{c.name(fr_, 'full')}, born {c.dob(fr_)}\n{c.addr2(a)}\n{c.mail(fr_)}\n"
                f"Please take the fee from my card {c.masked_card()}.",
            }
        )
        txt = (
            txt.replace("blessé·e", "blessée" if p.f else "blessé")
            .replace("né·e", "née" if fr_.f else "né")
            .replace("infortunato/a", "infortunata" if p.f else "infortunato")
            .replace("nato/a", "nata" if fr_.f else "nato")
        )
        body = (
            mail_head(
                c,
                addr_of(c.name(p, "full"), pm),
                [om],
                c.t(
                    {
                        "de": "Re: Umschreibung Startplatz",
                        "fr": "Re: Transfert de dossard",
                        "it": "Re: Cambio nome pettorale",
                        "en": "Re: Entry transfer",
                    }
                ),
            )
            + f"\n\n{greet(c, org, False)}\n\n{txt}\n\n{bye(c, p)}\n\n"
            + quoted_reply(c, c.name(org, "full"), om, orig)
        )
        return wrap(c, body)
    # v3: marshal rota + chat
    rows = []
    for _ in range(c.n(3, 4)):
        q = c.person(age=(18, 78))
        rows.append(
            [
                f"km {c.n(3, 160)}",
                c.t(
                    {
                        "de": ["Kreisel Ortsausgang", "Abzweigung Feldweg", "Verpflegung", "Passhöhe", "Bahnübergang"],
                        "fr": ["rond-point sortie", "bifurcation", "ravitaillement", "col", "passage à niveau"],
                        "it": ["rotonda uscita paese", "bivio", "ristoro", "passo", "passaggio a livello"],
                        "en": ["roundabout", "junction", "feed station", "summit", "level crossing"],
                    }
                ),
                c.name(q, c.ch(["full", "first_initial", "lastfirst"])),
                c.tel(),
            ]
        )
    hdr = c.tl(
        {
            "de": ["Posten", "Ort", "Helfer/in", "Handy"],
            "fr": ["Poste", "Lieu", "Signaleur", "Portable"],
            "it": ["Postazione", "Luogo", "Volontario", "Cellulare"],
            "en": ["Point", "Where", "Marshal", "Mobile"],
        }
    )
    x = c.person(age=(18, 70))
    msgs = [
        (
            c.name(org, c.ch(["first", "full"])),
            c.t(
                {
                    "de": "Briefing Samstag 6:30 beim Start, Westen nicht vergessen!",
                    "fr": "Briefing samedi 6h30 au départ, n'oubliez pas les gilets !",
                    "it": "Briefing sabato alle 6:30 alla partenza, non dimenticate i gilet!",
                    "en": "Briefing Saturday 6:30 at the start, don't forget your hi-vis!",
                }
            ),
        ),
        (
            c.name(x, c.ch(["first", "nick"])),
            c.t(
                {
                    "de": f"ich kann erst ab 8, meine tochter "
                    f"{c.name(c.child(x, 'f', (16, 30)), 'first')} "
                    f"übernimmt bis dahin",
                    "fr": f"je ne peux qu'à partir de 8h, ma fille "
                    f"{c.name(c.child(x, 'f', (16, 30)), 'first')} me "
                    f"remplace",
                    "it": f"posso solo dalle 8, mi sostituisce mia figlia {c.name(c.child(x, 'f', (16, 30)), 'first')}",
                    "en": f"can only do from 8, my daughter "
                    f"{c.name(c.child(x, 'f', (16, 30)), 'first')} covers "
                    f"till then",
                }
            ),
        ),
    ]
    intro = c.t(
        {
            "de": f"Streckenposten {ev}:",
            "fr": f"Signaleurs {ev} :",
            "it": f"Volontari sul percorso {ev}:",
            "en": f"Marshals {ev}:",
        }
    )
    body = f"{intro}\n\n{table_any(c, hdr, rows)}\n\n{chat(c, msgs, lower=0.6)}"
    return wrap(c, body)


# 11. lifeguards / water rescue volunteers --------------------------------------------------------------------------
def _rescue(c: Ctx, t: str) -> str:
    return c.t(
        {
            "de": {
                "CH": [f"SLRG Sektion {t}", f"Seerettungsdienst {t}"],
                "AT": [f"Wasserrettung Einsatzstelle {t}", f"ÖWR Ortsstelle {t}"],
                "*": [f"DLRG Ortsgruppe {t}", f"Wasserwacht {t}"],
            },
            "fr": {
                "CHF": [f"Société de sauvetage de {t}", f"Section SSS {t}"],
                "*": [f"SNSM – station de {t}", f"Association des sauveteurs de {t}"],
            },
            "it": {
                "CHI": [f"Società Salvataggio {t}", f"Sezione SSS {t}"],
                "*": [f"Società Nazionale di Salvamento – sezione di {t}", f"Salvamento {t} ODV"],
            },
            "en": {
                "US": [f"{t} Lifeguard Association", f"{t} Beach Patrol"],
                "*": [f"{t} Lifesaving Club", f"RLSS {t} Club"],
            },
        }
    )


def g_lifeguard(c: Ctx, v: int) -> str:
    L = c.lang
    tt = _town_t(c)
    club = _rescue(c, tt[1])
    cd = town_dom(
        c,
        tt[1],
        c.t(
            {
                "de": "slrg" if c.cc == "CH" else "dlrg" if c.cc == "DE" else "wasserrettung",
                "fr": "sauvetage",
                "it": "salvataggio",
                "en": "lifesaving",
            }
        ),
    )
    chief = c.person(age=(25, 65))
    spots = c.tl(
        {
            "de": ["Freibad Turm 1", "Freibad Turm 2", "Strandbad Süd", "Hallenbad", "Badestelle Nord", "Bootssteg"],
            "fr": ["Piscine – chaise 1", "Piscine – chaise 2", "Plage sud", "Piscine couverte", "Plage nord", "Ponton"],
            "it": [
                "Piscina postazione 1",
                "Piscina postazione 2",
                "Lido sud",
                "Piscina coperta",
                "Spiaggia nord",
                "Pontile",
            ],
            "en": ["Lido chair 1", "Lido chair 2", "South beach", "Indoor pool", "North beach", "Jetty"],
        }
    )
    if v == 0:  # duty roster
        rows = []
        for _ in range(4):
            q = c.person(age=(16, 60))
            rows.append(
                [
                    c.date(1, 60, "dmy_dot" if L != "en" else "dmy_slash" if c.cc == "GB" else "us_slash"),
                    f"{c.ch([9, 10, 12, 13])}–{c.ch([14, 17, 19, 20])}",
                    c.ch(spots),
                    c.name(q, c.ch(["full", "lastfirst", "first_initial", "initial"])),
                    c.tel() if c.p(0.75) else "",
                ]
            )
        hdr = c.tl(
            {
                "de": ["Datum", "Zeit", "Posten", "Rettungsschwimmer/in", "Handy"],
                "fr": ["Date", "Horaire", "Poste", "Sauveteur/euse", "Portable"],
                "it": ["Data", "Orario", "Postazione", "Assistente bagnanti", "Cellulare"],
                "en": ["Date", "Hours", "Post", "Lifeguard", "Mobile"],
            }
        )
        head = c.t(
            {
                "de": f"Wachplan {club} – Saison {TODAY.year + 1}\nEinsatzleitung: {c.name(chief, 'full')}, "
                f"{c.tel()} (bei Ausfall sofort melden!)",
                "fr": f"Planning de surveillance {club} – saison {TODAY.year + 1}\nChef de poste : "
                f"{c.name(chief, 'full')}, {c.tel()} (prévenir en cas d'absence !)",
                "it": f"Turni di sorveglianza {club} – stagione {TODAY.year + 1}\nCapo servizio: "
                f"{c.name(chief, 'full')}, {c.tel()} (avvisare subito in caso di assenza!)",
                "en": f"Lifeguard rota {club} – {TODAY.year + 1} season\nDuty officer: {c.name(chief, 'full')}, "
                f"{c.tel()} (call straight away if you can't make it!)",
            }
        )
        foot = c.t(
            {
                "de": f"Notruf Wasserrettung 112 – Funkkanal {c.n(1, 16)}, Wassertemperatur heute {c.n(16, 26)} °C",
                "fr": f"Urgences 112 – canal radio {c.n(1, 16)}, eau à {c.n(16, 26)} °C aujourd'hui",
                "it": f"Emergenze 112 – canale radio {c.n(1, 16)}, acqua oggi a {c.n(16, 26)} °C",
                "en": f"Emergency 999/112 – radio channel {c.n(1, 16)}, water {c.n(16, 26)} °C today",
            }
        )
        body = f"{head}\n\n{table_any(c, hdr, rows)}\n\n{foot}"
        return wrap(
            c,
            body,
            [
                c.t(
                    {
                        "de": "Wer ist zu oft eingeteilt?",
                        "fr": "Qui est planifié trop souvent ?",
                        "it": "Chi ha troppi turni?",
                        "en": "Who is rostered too often?",
                    }
                )
            ],
        )
    if v == 1:  # course registration
        p = c.person(age=(15, 45))
        a = c.addr()
        par = c.kin(p, age=(40, 65)) if (TODAY - p.born).days < 365 * 18 else None
        course = c.t(
            {
                "de": {
                    "CH": "Brevet Plus Pool",
                    "AT": "Rettungsschwimmer-Grundschein",
                    "*": "Deutsches Rettungsschwimmabzeichen Silber",
                },
                "fr": {"CHF": "Brevet Plus Pool", "*": "BNSSA"},
                "it": {"CHI": "Brevetto Plus Pool", "*": "Brevetto assistente bagnanti"},
                "en": {"US": "Lifeguard certification", "*": "National Pool Lifeguard Qualification"},
            }
        )
        L_ = c.tl(
            {
                "de": [
                    "Kurs",
                    "Name",
                    "Geburtsdatum",
                    "Adresse",
                    "Handy",
                    "E-Mail",
                    "AHV-Nr.",
                    "Erziehungsberechtigte/r",
                    "Kursgebühr (IBAN für Rückerstattung)",
                    "Schwimmnachweis",
                ],
                "fr": [
                    "Cours",
                    "Nom",
                    "Date de naissance",
                    "Adresse",
                    "Portable",
                    "E-mail",
                    "N° AVS",
                    "Représentant·e légal·e",
                    "Frais (IBAN pour remboursement)",
                    "Test de natation",
                ],
                "it": [
                    "Corso",
                    "Nome",
                    "Data di nascita",
                    "Indirizzo",
                    "Cellulare",
                    "E-mail",
                    "N. AVS",
                    "Genitore",
                    "Quota (IBAN per rimborso)",
                    "Prova di nuoto",
                ],
                "en": [
                    "Course",
                    "Name",
                    "Date of birth",
                    "Address",
                    "Mobile",
                    "Email",
                    "—",
                    "Parent/guardian",
                    "Fee (IBAN for refunds)",
                    "Swim test",
                ],
            }
        )
        pairs = [
            (L_[0], course),
            (L_[1], c.name(p, pick_style(c, True))),
            (L_[2], c.dob(p)),
            (L_[3], c.addr1(a)),
            (L_[4], c.tel()),
            (L_[5], c.mail(p)),
            (L_[6], c.ahv() if c.swiss else None),
            (L_[7], f"{c.name(par, 'full')}, {c.tel()}" if par else None),
            (L_[8], c.iban() if c.p(0.7) else None),
            (
                L_[9],
                c.t(
                    {
                        "de": "400 m in 15 min bestanden",
                        "fr": "400 m en 15 min réussi",
                        "it": "400 m in 15 min superato",
                        "en": "400 m in 15 min passed",
                    }
                ),
            ),
        ]
        head = c.t(
            {
                "de": f"Anmeldung {club}",
                "fr": f"Inscription {club}",
                "it": f"Iscrizione {club}",
                "en": f"Course booking – {club}",
            }
        )
        foot = c.t(
            {
                "de": f"Kursleitung: {c.name(chief, 'full')}, kurse@{cd}",
                "fr": f"Moniteur : {c.name(chief, 'full')}, cours@{cd}",
                "it": f"Istruttore: {c.name(chief, 'full')}, corsi@{cd}",
                "en": f"Trainer: {c.name(chief, 'full')}, courses@{cd}",
            }
        )
        body = f"{head}\n\n{kv(c, pairs)}\n\n{foot}"
        return wrap(c, body)
    if v == 2:  # incident report
        cas = c.person(age=(4, 85))
        rel = c.kin(cas, age=(25, 70)) if c.p(0.7) else c.person(age=(25, 70))
        wit = c.person(age=(18, 75))
        g1, g2 = c.person(age=(17, 50)), c.person(age=(17, 50))
        a = c.addr()
        t1 = f"{c.n(10, 18)}:{c.n(10, 59)}"
        rep_ = c.t(
            {
                "de": f"Einsatzbericht Nr. {c.ref('', 4)}/{TODAY.year} – {club}\n\nOrt: {c.ch(spots)}\n"
                f"Alarmierung: {t1} Uhr\nBetroffene Person: {c.name(cas, 'full')}, geb. {c.dob(cas)}\n"
                f"Wohnhaft: {c.addr1(a)}\nAngehörige informiert: {c.name(rel, 'full')}, {c.tel()}\n"
                f"Zeuge: {c.name(wit, 'full')}, {c.tel()}\nEingesetzt: {c.name(g1, 'initial')}, "
                f"{c.name(g2, 'initial')}\n\nHergang: Person im Nichtschwimmerbereich untergegangen, nach "
                f"ca. 20 Sekunden geborgen, ansprechbar, an Rettungsdienst übergeben "
                f"(Einsatznummer {c.ref('', 8)}).",
                "fr": f"Rapport d'intervention n° {c.ref('', 4)}/{TODAY.year} – {club}\n\nLieu : {c.ch(spots)}\n"
                f"Alerte : {t1}\nVictime : {c.name(cas, 'full')}, née/né le {c.dob(cas)}\n"
                f"Domicile : {c.addr1(a)}\nProche prévenu : {c.name(rel, 'full')}, {c.tel()}\n"
                f"Témoin : {c.name(wit, 'full')}, {c.tel()}\nIntervenants : {c.name(g1, 'initial')}, "
                f"{c.name(g2, 'initial')}\n\nDéroulement : personne en difficulté dans le petit bassin, "
                f"sortie après env. 20 secondes, consciente, confiée au SMUR (n° {c.ref('', 8)}).",
                "it": f"Rapporto di intervento n. {c.ref('', 4)}/{TODAY.year} – {club}\n\nLuogo: {c.ch(spots)}\n"
                f"Allarme: ore {t1}\nPersona soccorsa: {c.name(cas, 'full')}, nata/o il {c.dob(cas)}\n"
                f"Residenza: {c.addr1(a)}\nFamiliare avvisato: {c.name(rel, 'full')}, {c.tel()}\n"
                f"Testimone: {c.name(wit, 'full')}, {c.tel()}\nIntervenuti: {c.name(g1, 'initial')}, "
                f"{c.name(g2, 'initial')}\n\nDinamica: persona in difficoltà nella vasca bassa, recuperata "
                f"dopo circa 20 secondi, cosciente, affidata al 118/144 (n. {c.ref('', 8)}).",
                "en": f"Incident report no. {c.ref('', 4)}/{TODAY.year} – {club}\n\nLocation: {c.ch(spots)}\n"
                f"Alarm raised: {t1}\nCasualty: {c.name(cas, 'full')}, DOB {c.dob(cas)}\n"
                f"Home address: {c.addr1(a)}\nNext of kin informed: {c.name(rel, 'full')}, {c.tel()}\n"
                f"Witness: {c.name(wit, 'full')}, {c.tel()}\nLifeguards: {c.name(g1, 'initial')}, "
                f"{c.name(g2, 'initial')}\n\nWhat happened: casualty went under in the shallow end, "
                f"recovered after about 20 seconds, responsive, handed over to the ambulance crew "
                f"(incident no. {c.ref('', 8)}).",
            }
        )
        rep_ = rep_.replace("née/né", "née" if cas.f else "né").replace("nata/o", "nata" if cas.f else "nato")
        return wrap(
            c,
            rep_,
            [
                c.t(
                    {
                        "de": "Formulier das sachlicher für die Versicherung.",
                        "fr": "Reformule de façon plus factuelle pour l'assurance.",
                        "it": "Riformula in modo più oggettivo per l'assicurazione.",
                        "en": "Rewrite this more neutrally for the insurer.",
                    }
                )
            ],
        )
    # v3: member JSON export + chat
    recs = []
    mem = [c.person(age=(16, 60)) for _ in range(2)]
    for q in mem:
        recs.append(
            {
                "member": c.name(q, "full"),
                "dob": c.dob(q, c.ch(["iso", "iso", None])) if c.p(0.6) else None,
                "mobile": c.tel(),
                "email": c.mail(q),
                "cert": c.ch(["Pool", "Plus Pool", "Silber", "Gold", "NPLQ", "BNSSA"]),
                "cert_expires": c.day(30, 700).isoformat(),
                "last_login_ip": c.ip(),
            }
        )
    js = j_pretty(recs) if c.p(0.5) else "\n".join(j_line(r) for r in recs)
    x = mem[0]
    msgs = [
        (
            c.name(chief, c.ch(["first", "nick"])),
            c.t(
                {
                    "de": f"{c.name(x, 'first')}, dein Brevet läuft ab, bitte bis {c.hdate(10, 60)} auffrischen",
                    "fr": f"{c.name(x, 'first')}, ton brevet expire, recyclage avant le {c.hdate(10, 60)} stp",
                    "it": f"{c.name(x, 'first')}, il tuo brevetto scade, aggiornamento entro il {c.hdate(10, 60)}",
                    "en": f"{c.name(x, 'first')}, your cert is expiring, requalify by {c.hdate(10, 60)} please",
                }
            ),
        ),
        (
            c.name(x, c.ch(["first", "nick"])),
            c.t(
                {
                    "de": "mach ich, bin am samstag im hallenbad",
                    "fr": "ok, je suis samedi à la piscine",
                    "it": "ok, sabato sono in piscina",
                    "en": "will do, at the pool saturday",
                }
            ),
        ),
    ]
    intro = c.t(
        {
            "de": "Mitgliederexport aus der Vereinsverwaltung und Chat:",
            "fr": "Export des membres du logiciel de gestion et chat :",
            "it": "Export soci dal gestionale e chat:",
            "en": "Member export from the club system, and chat:",
        }
    )
    body = f"{intro}\n\n{js}\n\n{chat(c, msgs, lower=0.5)}"
    return wrap(
        c,
        body,
        [
            c.t(
                {
                    "de": "Wessen Brevet läuft in den nächsten drei Monaten ab?",
                    "fr": "Quels brevets expirent dans les trois mois ?",
                    "it": "Quali brevetti scadono nei prossimi tre mesi?",
                    "en": "Whose certificates expire within three months?",
                }
            )
        ],
    )


# 12. dairy co-operatives -----------------------------------------------------------------------------------------
def _dairy(c: Ctx, t: str) -> str:
    return c.t(
        {
            "de": {
                "CH": [f"Käsereigenossenschaft {t}", f"Milchgenossenschaft {t}", f"Dorfkäserei {t}"],
                "AT": [f"Sennerei {t} reg.Gen.m.b.H.", f"Bergkäserei {t}", f"Milchhof {t}"],
                "*": [f"Molkerei {t} eG", f"Milchliefergenossenschaft {t}", f"Milchwerk {t}"],
            },
            "fr": {
                "CHF": [f"Société de laiterie de {t}", f"Fromagerie de {t}"],
                "*": [f"Coopérative laitière de {t}", f"Fromagerie coopérative de {t}"],
            },
            "it": {
                "CHI": [f"Caseificio del Gottardo {t}", f"Latteria sociale di {t}"],
                "*": [f"Caseificio sociale di {t}", f"Latteria sociale {t}"],
            },
            "en": {
                "US": [f"{t} Valley Dairy Cooperative", f"{t} Creamery Co-op"],
                "*": [f"{t} Dairy Co-operative", f"{t} Farmhouse Creamery"],
            },
        }
    )


def g_dairy(c: Ctx, v: int) -> str:
    L = c.lang
    tt = _town_t(c)
    dairy = _dairy(c, tt[1])
    dd = town_dom(
        c,
        tt[1],
        c.t({"de": "molkerei" if c.cc != "CH" else "kaeserei", "fr": "laiterie", "it": "caseificio", "en": "dairy"}),
    )
    da = c.addr(town=tt, biz=True)
    mgr = c.person(age=(30, 65))
    farms = c.tl(
        {
            "de": ["Hof Sonnenberg", "Hinterer Stampf", "Gut Eichenhof", "Moosmatt", "Oberer Boden"],
            "fr": ["Ferme des Oeuches", "Domaine du Crêt", "La Grange Neuve", "Les Prés-Dessous"],
            "it": ["Cascina Ronco", "Azienda agricola Alpe Piana", "Fattoria La Selva", "Cascina Nuova"],
            "en": ["Hill Top Farm", "Lower Meadow Farm", "Oak Tree Farm", "Brookside Dairy Farm"],
        }
    )
    farm = c.ch(farms)
    if v == 0:  # monthly statement
        p = c.person(age=(28, 75))
        a = c.addr()
        lit = c.n(8000, 60000)
        price = round(c.r.uniform(0.42, 0.78), 4)
        L_ = c.tl(
            {
                "de": [
                    "Lieferant",
                    "Lieferanten-Nr.",
                    "Betrieb",
                    "Milchmenge",
                    "Fett",
                    "Eiweiss" if c.cc == "CH" else "Eiweiß",
                    "Zellzahl",
                    "Grundpreis",
                    "Abzüge",
                    "Auszahlung an",
                ],
                "fr": [
                    "Producteur",
                    "N° fournisseur",
                    "Exploitation",
                    "Quantité",
                    "Matière grasse",
                    "Protéines",
                    "Cellules",
                    "Prix de base",
                    "Déductions",
                    "Versement sur",
                ],
                "it": [
                    "Produttore",
                    "Cod. fornitore",
                    "Azienda",
                    "Quantità",
                    "Grasso",
                    "Proteine",
                    "Cellule",
                    "Prezzo base",
                    "Trattenute",
                    "Accredito su",
                ],
                "en": [
                    "Supplier",
                    "Supplier no.",
                    "Farm",
                    "Volume",
                    "Butterfat",
                    "Protein",
                    "SCC",
                    "Base price",
                    "Deductions",
                    "Paid to",
                ],
            }
        )
        pairs = [
            (L_[0], c.name(p, pick_style(c, True))),
            (L_[1], c.ref("", 5)),
            (L_[2], farm),
            (L_[3], f"{lit:,} l".replace(",", "'" if c.swiss else "." if L in ("de", "it", "fr") else ",")),
            (L_[4], f"{c.r.uniform(3.6, 4.6):.2f} %"),
            (L_[5], f"{c.r.uniform(3.1, 3.7):.2f} %"),
            (
                L_[6],
                f"{c.n(60, 380)}'000" if c.swiss else f"{c.n(60, 380)},000" if L == "en" else f"{c.n(60, 380)}.000",
            ),
            (L_[7], f"{price} {c.cur}/kg"),
            (L_[8], c.money(20, 900)),
            (L_[9], c.iban()),
        ]
        head = c.t(
            {
                "de": f"{dairy}\n{c.addr1(da)} · {c.tel(False, da)}\n\nMilchgeldabrechnung "
                f"{MONTHS['de'][(TODAY.month - 2) % 12]} {TODAY.year}\n\n{c.name(p, 'full')}\n{c.addr2(a)}",
                "fr": f"{dairy}\n{c.addr1(da)} · {c.tel(False, da)}\n\nDécompte lait "
                f"{MONTHS['fr'][(TODAY.month - 2) % 12]} {TODAY.year}\n\n{c.name(p, 'full')}\n{c.addr2(a)}",
                "it": f"{dairy}\n{c.addr1(da)} · {c.tel(False, da)}\n\nLiquidazione latte "
                f"{MONTHS['it'][(TODAY.month - 2) % 12]} {TODAY.year}\n\n{c.name(p, 'full')}\n{c.addr2(a)}",
                "en": f"{dairy}\n{c.addr1(da)} · {c.tel(False, da)}\n\nMilk statement "
                f"{MONTHS['en'][(TODAY.month - 2) % 12]} {TODAY.year}\n\n{c.name(p, 'full')}\n{c.addr2(a)}",
            }
        )
        body = f"{head}\n\n{kv(c, pairs, c.ch(['aligned', 'dots', 'colon']))}"
        return wrap(
            c,
            body,
            [
                c.t(
                    {
                        "de": "Stimmt die Abrechnung?",
                        "fr": "Le décompte est-il juste ?",
                        "it": "La liquidazione è corretta?",
                        "en": "Does the statement add up?",
                    }
                )
            ],
        )
    if v == 1:  # supplier list
        rows = []
        for _ in range(3):
            q = c.person(age=(25, 80))
            a = c.addr()
            rows.append(
                [
                    c.ref("", 4),
                    c.name(q, c.ch(["lastfirst", "full", "LASTfirst"])),
                    c.street(a),
                    c.town(a) if c.p(0.4) else a.city,
                    c.tel(c.p(0.5), a) if c.p(0.75) else "",
                    c.t(
                        {
                            "de": ["Tour A", "Tour B", "Tour C"],
                            "fr": ["Tournée A", "Tournée B"],
                            "it": ["Giro A", "Giro B"],
                            "en": ["Route A", "Route B"],
                        }
                    ),
                ]
            )
        hdr = c.tl(
            {
                "de": ["Nr.", "Lieferant", "Adresse", "Ort", "Telefon", "Tour"],
                "fr": ["N°", "Producteur", "Adresse", "Localité", "Téléphone", "Tournée"],
                "it": ["N.", "Produttore", "Indirizzo", "Località", "Telefono", "Giro"],
                "en": ["No.", "Supplier", "Address", "Town", "Phone", "Route"],
            }
        )
        head = c.t(
            {
                "de": f"Lieferantenliste {dairy} – für den neuen Tankwagenfahrer",
                "fr": f"Liste des producteurs {dairy} – pour le nouveau chauffeur",
                "it": f"Elenco produttori {dairy} – per il nuovo autista",
                "en": f"Supplier list {dairy} – for the new tanker driver",
            }
        )
        foot = c.t(
            {
                "de": f"Rückfragen an {c.name(mgr, 'full')} ({c.tel()}). Milchannahme-Terminal: {c.lan_ip()}",
                "fr": f"Questions à {c.name(mgr, 'full')} ({c.tel()}). Terminal de réception : {c.lan_ip()}",
                "it": f"Domande a {c.name(mgr, 'full')} ({c.tel()}). Terminale ricevimento: {c.lan_ip()}",
                "en": f"Questions to {c.name(mgr, 'full')} ({c.tel()}). Intake terminal: {c.lan_ip()}",
            }
        )
        body = f"{head}\n\n{table_any(c, hdr, rows)}\n\n{foot}"
        return wrap(
            c,
            body,
            [
                c.t(
                    {
                        "de": "Sortier die Liste nach Tour.",
                        "fr": "Trie la liste par tournée.",
                        "it": "Ordina la lista per giro.",
                        "en": "Sort the list by route.",
                    }
                )
            ],
        )
    if v == 2:  # handover to the next generation
        p = c.person(age=(55, 78))
        heir = c.child(p, age=(22, 40))
        pm, mm = c.mail(p), c.mail(mgr, dd)
        orig = c.t(
            {
                "de": f"für die Übergabe brauchen wir vom Nachfolger Name, Geburtsdatum, Kontonummer und "
                f"Telefon. Bitte bis {c.hdate(5, 30)} an uns.",
                "fr": f"pour la reprise, il nous faut le nom, la date de naissance, le compte et le téléphone du "
                f"repreneur, d'ici le {c.hdate(5, 30)}.",
                "it": f"per il subentro ci servono nome, data di nascita, conto e telefono del successore entro "
                f"il {c.hdate(5, 30)}.",
                "en": f"for the handover we need the successor's name, date of birth, bank details and phone by "
                f"{c.hdate(5, 30)}.",
            }
        )
        orig = f"{greet(c, p, True)}\n\n{orig}\n\n" + sig(c, mgr, dairy, da, c.tel(False, da), mm if c.p(0.3) else None)
        txt = c.t(
            {
                "de": f"ab 1. Januar übernimmt mein Sohn den Betrieb:\n{c.name(heir, 'full')}, geboren "
                f"{c.dob(heir)}\nHandy {c.tel()}\nKonto: {c.iban()}\nDie Adresse bleibt gleich.",
                "fr": f"dès le 1er janvier, mon fils reprend l'exploitation :\n{c.name(heir, 'full')}, né le "
                f"{c.dob(heir)}\nPortable {c.tel()}\nCompte : {c.iban()}\nL'adresse ne change pas.",
                "it": f"dal 1° gennaio l'azienda passa a mio figlio:\n{c.name(heir, 'full')}, nato il "
                f"{c.dob(heir)}\nCell. {c.tel()}\nConto: {c.iban()}\nL'indirizzo resta lo stesso.",
                "en": f"from 1 January my son takes over the farm:\n{c.name(heir, 'full')}, born {c.dob(heir)}\n"
                f"Mobile {c.tel()}\nAccount: {c.iban()}\nThe address stays the same.",
            }
        )
        if c.swiss:
            txt += (
                "\n"
                + c.t(
                    {
                        "de": "AHV-Nr. für die Direktzahlungen: ",
                        "fr": "N° AVS pour les paiements directs : ",
                        "it": "N. AVS per i pagamenti diretti: ",
                        "en": "AHV: ",
                    }
                )
                + c.ahv()
            )
        if heir.f:
            txt = (
                txt.replace("mein Sohn", "meine Tochter")
                .replace("mon fils", "ma fille")
                .replace("mio figlio", "mia figlia")
                .replace("my son", "my daughter")
                .replace("né le", "née le")
                .replace("nato il", "nata il")
            )
        body = (
            mail_head(
                c,
                addr_of(c.name(p, "full"), pm),
                [mm],
                c.t(
                    {
                        "de": "AW: Betriebsübergabe",
                        "fr": "RE: Reprise de l'exploitation",
                        "it": "R: Subentro azienda",
                        "en": "RE: Farm handover",
                    }
                ),
            )
            + f"\n\n{greet(c, mgr, True)}\n\n{txt}\n\n{bye(c, p)}\n\n"
            + quoted_reply(c, c.name(mgr, "full"), mm, orig)
        )
        return wrap(c, body)
    # v3: collection log + driver chat
    drv = c.person(age=(22, 60))
    lines = []
    for _ in range(c.n(4, 6)):
        lines.append(
            f"{c.n(4, 9):02d}:{c.n(0, 59):02d} {c.ch(farms)} "
            f"tank={c.n(1, 3)} litres={c.n(300, 4000)} temp={c.r.uniform(3.0, 6.5):.1f} "
            f"sample={c.ref('S', 6)}"
        )
    log = "\n".join(lines)
    q = c.person(age=(30, 75))
    msgs = [
        (
            c.name(drv, c.ch(["first", "nick"])),
            c.t(
                {
                    "de": f"bei {c.name(q, 'last')} war die Milch wieder zu warm, 7,2 grad. soll ich trotzdem laden?",
                    "fr": f"chez {c.name(q, 'last')} le lait était encore trop "
                    f"chaud, 7,2 degrés. je charge quand même ?",
                    "it": f"da {c.name(q, 'last')} il latte era di nuovo troppo caldo, 7,2 gradi. carico lo stesso?",
                    "en": f"{c.name(q, 'last')}'s milk was too warm again, 7.2 degrees. load it anyway?",
                }
            ),
        ),
        (
            c.name(mgr, c.ch(["first", "full"])),
            c.t(
                {
                    "de": f"nein, separat. ich ruf an: {c.tel(False)}",
                    "fr": f"non, à part. j'appelle : {c.tel(False)}",
                    "it": f"no, a parte. chiamo io: {c.tel(False)}",
                    "en": f"no, keep it separate. I'll ring them: {c.tel(False)}",
                }
            ),
        ),
        (
            lab("PHONE", c.phone_raw()),
            c.t(
                {
                    "de": f"hier {c.name(q, 'full')}, kühlung ist repariert, techniker war da",
                    "fr": f"ici {c.name(q, 'full')}, le refroidissement est réparé",
                    "it": f"sono {c.name(q, 'full')}, il raffreddamento è riparato",
                    "en": f"{c.name(q, 'full')} here, the cooling is fixed, engineer came out",
                }
            ),
        ),
    ]
    intro = c.t(
        {
            "de": f"Sammelprotokoll Tankwagen (Sensor-Gateway {c.lan_ip()}) und Chat mit dem Fahrer:",
            "fr": f"Journal de collecte du camion (passerelle capteurs {c.lan_ip()}) et chat avec le chauffeur :",
            "it": f"Registro di raccolta dell'autocisterna (gateway sensori {c.lan_ip()}) e chat con l'autista:",
            "en": f"Tanker collection log (sensor gateway {c.lan_ip()}) and chat with the driver:",
        }
    )
    body = f"{intro}\n\n{log}\n\n{chat(c, msgs, lower=0.5)}"
    return wrap(c, body)


GENRES = [
    ("birding", g_birding),
    ("hallrental", g_hallrental),
    ("firewood", g_firewood),
    ("pottery", g_pottery),
    ("photoclub", g_photoclub),
    ("textile", g_textile),
    ("scouts", g_scouts),
    ("petboarding", g_petboarding),
    ("occhealth", g_occhealth),
    ("sportive", g_sportive),
    ("lifeguard", g_lifeguard),
    ("dairy", g_dairy),
]


# ====================================================================================================================
# assembly
# ====================================================================================================================
QUOTA = {
    "de_DE": 390,
    "de_CH": 260,
    "de_AT": 195,
    "fr_CH": 98,
    "fr_FR": 97,
    "it_CH": 65,
    "it_IT": 65,
    "en_GB": 65,
    "en_US": 65,
}


def check(doc: dict) -> None:
    text, ents = doc["text"], doc["entities"]
    last_end = -1
    prev = None
    for e in ents:
        s, t = e["start"], e["end"]
        assert text[s:t] == e["text"], (doc["id"], e)
        assert e["text"] == e["text"].strip() and e["text"], (doc["id"], e)
        assert s >= last_end, (doc["id"], "overlap", e)
        if prev and prev["type"] == e["type"] == "PERSON" and text[prev["end"] : s] == " ":
            raise AssertionError((doc["id"], "split name", prev, e))
        if e["type"] == "IBAN":
            assert iban_ok(e["text"]), e
        if e["type"] == "CARD":
            assert luhn_ok(e["text"]) and 15 <= len(re.sub(r"\D", "", e["text"])) <= 16, e
        if e["type"] == "AHV":
            assert ean13_ok(e["text"]) and e["text"].startswith("756"), e
        last_end = t
        prev = e


def build() -> list[dict]:
    locs = [loc for loc, n in QUOTA.items() for _ in range(n)]
    random.Random(_seed(f"{SET}|locales")).shuffle(locs)
    counters = collections.Counter()
    docs = []
    for k, loc in enumerate(locs):
        gname, fn = GENRES[k % len(GENRES)]
        i = counters[gname]
        counters[gname] += 1
        c = Ctx(loc, f"{SET}|{gname}|{i}")
        marked = fn(c, i % 4)
        if loc == "de_CH":
            marked = marked.replace("ß", "ss")
        text, ents = resolve(marked)
        doc = {"id": f"{SET}-{gname}-{i:03d}", "locale": loc, "lang": loc[:2], "text": text, "entities": ents}
        check(doc)
        docs.append(doc)
    docs.sort(key=lambda d: (d["id"].rsplit("-", 1)[0], d["id"]))
    return docs


def stats(docs: list[dict]) -> str:
    by_t = collections.Counter(e["type"] for d in docs for e in d["entities"])
    by_l = collections.Counter(d["lang"] for d in docs for _ in d["entities"])
    by_tl = collections.Counter((e["type"], d["lang"]) for d in docs for e in d["entities"])
    docs_l = collections.Counter(d["lang"] for d in docs)
    docs_loc = collections.Counter(d["locale"] for d in docs)
    docs_g = collections.Counter(d["id"].split("-")[1] for d in docs)
    out = [
        f"{len(docs)} documents; {sum(by_t.values())} values",
        "docs per lang: " + ", ".join(f"{k} {v}" for k, v in docs_l.most_common()),
        "docs per locale: " + ", ".join(f"{k} {v}" for k, v in docs_loc.most_common()),
        "docs per genre: " + ", ".join(f"{k} {v}" for k, v in docs_g.items()),
        "values per type: " + ", ".join(f"{k} {v}" for k, v in by_t.most_common()),
        "values per lang: " + ", ".join(f"{k} {v}" for k, v in by_l.most_common()),
    ]
    for t, _ in by_t.most_common():
        out.append(f"  {t}: " + " / ".join(str(by_tl[(t, lg)]) for lg in ("de", "fr", "it", "en")))
    per_genre = collections.Counter()
    for d in docs:
        per_genre[d["id"].split("-")[1]] += len(d["entities"])
    out.append("values per genre: " + ", ".join(f"{k} {v}" for k, v in per_genre.items()))
    return "\n".join(out)


def scan(docs: list[dict]) -> str:
    """Unlabelled look-alikes, for reading the output: e-mails, IPv4s, long digit runs, repeated name words."""
    out = []
    pats = {
        "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
        "ipv4": re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b"),
        "digits": re.compile(r"\b\d[\d ]{11,22}\d\b"),
    }
    for d in docs:
        spans = [(e["start"], e["end"]) for e in d["entities"]]
        for k, rx in pats.items():
            for m in rx.finditer(d["text"]):
                if not any(s <= m.start() < e for s, e in spans):
                    out.append(f"{d['id']} {k}: {m.group(0)}")
        words = {w.lower() for e in d["entities"] if e["type"] == "PERSON" for w in re.findall(r"\w{3,}", e["text"])}
        for m in re.finditer(r"\w{3,}", d["text"]):
            if m.group(0).lower() in words and not any(s <= m.start() < e for s, e in spans):
                out.append(f"{d['id']} name-word: {m.group(0)}")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--scan", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    docs = build()
    if a.stats:
        print(stats(docs))
        return
    if a.scan:
        print(scan(docs))
        return
    if a.show:
        step = max(1, len(docs) // a.show)
        for d in docs[::step][: a.show]:
            print(f"===== {d['id']} {d['locale']}\n{d['text']}\n")
            print("  " + "; ".join(f"{e['type']}={e['text']}" for e in d["entities"]))
        return
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with a.out.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(stats(docs), file=sys.stderr)


if __name__ == "__main__":
    main()
