#!/usr/bin/env python3
"""Thirty-eighth blind evaluation set ("holdout38") for the anonymizer.

Blind set 38, written 2026-12-07 by a helper session that read only the module docstrings of generate_holdout35.py,
generate_holdout36.py and generate_holdout37.py (``ast.get_docstring``), the module docstring of evaluate.py
(``ast.get_docstring``) and the source of its functions evaluate_synthetic and main (``ast.get_source_segment``; the
helpers they call were not extracted), and the standard library.  It did not read the detectors (src/), the tests, the
docs, README files, pyproject.toml, the bodies of the other generators or of templates.py, or any data set text, did not
use Faker, and ran no git command besides ``git branch --show-current`` (it printed "h38") and, at the end, adding and
committing its three files and reading the new commit's hash with ``git rev-parse``; it never ran ``git log``,
``git status`` or ``git diff``, and ``git show`` only once, as ``--stat --oneline`` on its own new commit (it printed
that commit's subject and the three changed files with their line counts; the commit was then amended to record this
in this docstring).  Slips, none of them showing detector code, test code or data set
text: the first print of the four docstrings was cut by the tool's output limit, so they were written to scratch files
in /tmp and read from there with ``sed`` / ``cat`` in parts; ``ls`` on bench/privacy printed the names of the files
there (the other generators and scripts, the data directory; no content); ``which ruff``, ``python3 -m ruff`` (not
installed), ``ls`` of a non-existent .venv in the worktree and a ``grep -ril`` for ruff in the package lists of the
environment (file names only) were run; ruff 0.17.6 was installed from the package registry into a scratch venv in
/tmp.  In evaluate.py only the
module docstring (this set's sentence) and the two places that list the holdout splits were edited (usage line,
``range(2, 38)`` -> ``range(2, 39)``, with Python ``str.replace`` on the exact strings, each checked to occur once);
before the edit ``grep -n`` for "range(2, 38)" and "holdout37" printed the two docstring lines where the holdout37
sentence starts, the usage line and the argparse line, and ``sed`` the eight lines after the end of that sentence;
after it ``grep`` for the new strings, ``ast.parse``, an ``awk`` for lines longer than 120 characters (nothing
printed), ``sed`` of the lines around this set's sentence and ruff (check) were run on it; evaluate.py itself was never
run.  That ruff was run on this script (format with ``--line-length 120``; check, with whatever configuration the
repository provides, which ruff picks up without printing it; ``--fix``, which fixed only F541), and a small helper in
/tmp split the string literals of lines that were still too long; the output was checked to be byte-identical before
and after.  tarnkappe is never imported here; the set
was never run through the anonymizer or evaluate.py's evaluation while it was written.  The written file was checked
only by this script's own assertions (``text[start:end] == text``, no surrounding white space, sorted and
non-overlapping spans, no name split into two PERSON spans separated by a single space, no digits in a PERSON span,
every IBAN mod 97, every card Luhn, every AHV number EAN-13 and starting with 756, e-mail shape, every IP a global
address, every PHONE with six or more digits, no marker left, and consistency: no labelled value of five or more
characters and no word of three or more letters of a labelled name - particles excepted - occurs unlabelled elsewhere
in the same document, case-sensitively and at word boundaries; a document failing any of these is drawn again from the
seed ``"holdout38|<genre>|<i>|retry<k>"`` - two of the 1,300 needed that, the Italian salutation "Gentile" next to a
person with that surname and a Swiss firm named after a surname that a person in the document bore), by a
re-check of every record before writing, by a check that the output is identical under two PYTHONHASHSEED values (0 and
12345; same SHA-256) and by reading its own output (``--show``, about 150 documents across all genres, variants and
locales) and a scan of unlabelled look-alikes: unlabelled e-mail addresses are only the platforms' support@ mailboxes,
unlabelled IPv4 addresses only LAN addresses (10.x of office clients in suggestion-portal exports), unlabelled long
digit runs only plain dates and times, ISBNs, kit, dosimeter, case, order, booking, application, plan, parcel, payroll,
reader-ticket and voter-list numbers and amounts.  Fixes after reading: a person-keyed e-mail cache keyed by ``id()``
that handed a collected person's address to a new one (found because the output changed after formatting; persons now
carry a serial number), French mobiles grouped wrongly, developers from other countries named in plan objections,
sign-up and noise-diary times running backwards, German "bei Herr" / "von Herr" (now "Herrn"), genders of neighbours,
caretakers, technicians, co-authors, witnesses and great-grandparents, "mes voisins" for one neighbour, claimants born
before the deceased parent and mothers barely older than their children (relatives are now born at realistic gaps:
children 20 to 44 years after a parent, siblings and partners within eight years), ancestors too young for the events
told about them, unsorted booking and recording times, a radon grant for a value below the
reference level, lower-case sentence starts after English salutations, empty YAML lists written as a string, and
reversed church-book year ranges.
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout38.jsonl: 1,300 documents, 13 genres of 100 documents each, locales drawn as
an exact quota and shuffled with the seed ``"holdout38|locales"``: de_DE 200, de_CH 150, de_AT 105, fr_FR 140, fr_CH
120, it_IT 110, it_CH 85, en_GB 200, en_US 190 (de 455, fr 260, it 195, en 390).
24,129 labelled values: PERSON 9,792, ADDRESS 5,403, EMAIL 2,928, PHONE 2,555, DOB 1,740, IP 1,286, IBAN 370, AHV 32,
CARD 23 (de 8,246, fr 4,907, it 3,691, en 7,285).  Per type and language (de / fr / it / en):
  PERSON 3,319 / 2,023 / 1,467 / 2,983; ADDRESS 1,839 / 1,094 / 802 / 1,668; EMAIL 1,004 / 599 / 459 / 866;
  PHONE 886 / 490 / 401 / 778; DOB 597 / 357 / 266 / 520; IP 409 / 253 / 234 / 390; IBAN 162 / 80 / 52 / 76;
  AHV 18 / 6 / 8 / 0; CARD 12 / 5 / 2 / 4.
Document k of the shuffled locale list goes to genre ``k % 13``; the template variant is ``i % 4`` (``i`` the index of
the document within its genre), so locale and variant are not correlated.  Deterministic (written with Python 3.11.7;
the output does not depend on PYTHONHASHSEED): ``random.Random`` is seeded with the first 8 bytes of a SHA-256 of
``"holdout38|<genre>|<i>"``.  All name lists (regional first and last names for Germany, Austria, German-, French- and
Italian-speaking Switzerland with Romansh names, France, Italy, Britain and the US; community names - Turkish, Balkan,
Albanian / Kosovar, Portuguese, Polish with gendered surnames, Ukrainian, Sri Lankan Tamil, Eritrean, Chinese,
Vietnamese, Arabic / Maghrebi, Spanish double surnames, Greek with gendered surnames, West African, Indian / Pakistani,
Filipino, Korean with hyphenated first names, Romanian; surnames that are ordinary words, surnames with particles,
invented syllable-built surnames with rare first names, double surnames with a hyphen or a space, first names that are
ordinary words, nicknames per language), streets of each region (Vienna streets with their districts' postcodes), towns
with real postcodes, area codes, Italian provinces and US states and ZIP codes, phone numbers (landlines with the
town's area code, mobiles by national prefix), e-mail addresses, IBANs (valid ISO 13616 check digits; French ones with a
valid RIB key, Italian ones with a computed CIN, Belgian ones with their mod-97 pair; now and then a neighbouring
country's IBAN - LI, NL, LU, BE; US documents have no IBANs but checks, ACH, Zelle or "account ending 1234"), card
numbers (Visa, Mastercard, Amex; Luhn), AHV numbers (756, EAN-13 check digit, dotted or compact), ISBN-13s with their
check digit and public IP addresses (IPv4 from common ISP ranges of the country, about 18 % IPv6) are written here.
Each record has ``id`` (``holdout38-<genre>-<NNN>``), ``locale``, ``lang``, ``genre``, ``variant``, ``text`` and
``entities`` (``type``, ``start``, ``end``, ``text``).  Every labelled value is wrapped in a marker (a private-use
character per type) when it is placed; the markers survive lower- and upper-casing (IBANs and AHV numbers keep their
case), padding, CSV quoting, JSON / YAML / XML cells, OCR noise (applied outside the markers) and "> " prefixes and are
resolved to offsets at the end (de_CH documents get "ß" -> "ss" before that).

Genres (text people paste into an AI assistant, each with a request in the document's language before or after it -
about 7 % in English for non-English documents -, sometimes fenced in ```, triple quotes, --- or <<< >>>; about 3 % of
the documents typed entirely in lower case and 1 % in upper case, about a third of the chats in lower case - names and
streets too), chosen to differ from every genre named in the docstrings read (evaluate.py lists the genres of
holdout3..holdout37).  Most of the brief's examples had been used already (beekeeping, amateur radio, dog walking,
hospital chaplaincy and bicycle marking 16, museum loans 21, blood-pressure diaries 17, home education 34, tree felling
33, livery yards 17, coworking 18, translation memories 19, wine clubs 20, bell-ringer rotas 24, river cruises 33 and
charter crew lists 12 for ferry manifests, reviews 3 for customer feedback), so only public consultations and karaoke
sign-ups were kept.  Near neighbours: building permits (12) and street parties (35) for plan consultations; band and DJ
bookings (20) and busking (37) for open mics; neighbourhood watch (13), tenancy (3) and mediation (16) for noise
diaries; well-water testing (33) and energy certificates (35) for radon; library notices (12), genealogy notes (6) and
museum loans (21) for archives; works councils (35) and HR onboarding (8) for suggestion schemes; exam access (37),
sports medical certificates (34) and kindergarten pick-ups (11) for medication plans; jury lists (15) for sortition;
poll workers (14) for postal votes; wills (7), estate inventories (10) and bank switching (9) for dormant accounts;
writing prizes (37) and print shops (19) for self-publishing; cleaning schedules (32), duty rosters (7) and owners'
associations (11) for laundry rotas; name changes (37) and temp agencies (32) for trade registrations - the genres here
are none of those:
 1. consultation - public consultation submissions on land-use and development plans (Bebauungsplan, Flächenwidmung,
    Mitwirkung / Einwendung, enquête publique / PLU, mise à l'enquête, osservazioni al PGT, opposizione al Piano
    regolatore, planning-application comments, rezoning public comment): letters (sender block, phone, e-mail, the
    office - unlabelled - with its business address labelled, the commissaire enquêteur by name, plan and parcel numbers
    and developers unlabelled, concerns naming streets without house numbers - unlabelled -, neighbours with house
    numbers on the same street, a co-signers' table; sometimes OCR noise), the office's register of submissions with a
    staff chat (a caller by title and surname with call-back number, a bounced e-mail), a citizen's reply quoting the
    clerk's acknowledgement (work e-mail, DIN-style direct line, a neighbour with street and phone), portal exports as
    JSON, JSON lines or CSV with log lines (e-mails and public IPs labelled);
 2. openmic - open-mic, karaoke and poetry-slam sign-ups: sign-up sheets (venue - unlabelled - with its street, host
    with mobile, performers by first name, "First L." or nickname, duets, song titles that contain first names and poem
    titles unlabelled, phones and e-mails; sometimes OCR noise), slam registrations (separate name fields, a stage name
    as its own PERSON span, date of birth, address, a parent with mobile for minors, prize-money IBAN), organisers'
    chats (sound technician's number, a singer's e-mail, a forgotten jacket's owner, an after-party address with the
    name on the door), ticket exports (names, e-mails, phones, masked cards unlabelled, public IPs, a duplicate order);
 3. noisediary - noise complaint diaries (Lärmprotokoll, journal des nuisances, diario dei rumori, noise diary): diaries
    (complainant, address, phone, the source flat and the neighbour as title and surname or "Familie / the ... family",
    witnesses by first name or title and surname, dB readings unlabelled), letters to the managing agent (firm
    unlabelled, its address labelled, the administrator by name, the caretaker with mobile), e-mails with the noise
    officer (case numbers unlabelled, work e-mail, DIN-style line, a witness with street and mobile), noise-app exports
    as JSON or YAML (recordings unlabelled, the account's name, e-mail, address and last IP) with a neighbours' chat;
 4. radon - radon measurement campaigns: registrations (participant, the address measured, phone, e-mail, the owner
    with phone, detector numbers and rooms unlabelled; sometimes OCR noise), result letters (address block, detector
    table with Bq/m³ or pCi/L unlabelled, the expert's direct line and work e-mail), remediation-grant applications in
    a mail thread (date of birth, the contractor firm with business address and phone, IBAN and account holder), lab
    exports (names, e-mails, addresses, activation IPs);
 5. archive - archive reading-room registrations, reproduction orders and genealogy enquiries: reader registrations
    (separate name fields, date of birth, address, phone, e-mail, ID numbers unlabelled, a research topic naming an
    ancestor with date of birth), searchroom registers (shelfmarks unlabelled) with an archivists' chat, an enquirer's
    thread (ancestors and their dates of birth, the archivist's address, line and work e-mail, a billing address, a full
    card number with expiry now and then), reader-database exports as JSON or YAML (ISO or document-shape dates of
    birth, last-login IPs);
 6. ideas - employee suggestion schemes (Ideenmanagement, boîte à idées, cassetta delle idee, staff suggestion scheme):
    suggestion forms (submitter, payroll and cost-centre numbers unlabelled, DIN-style extension, work e-mail,
    co-submitter, line manager, machines and firms - some named after persons or towns - unlabelled; sometimes OCR
    noise), panel minutes ("F. Last", "First L." or full names, savings and awards unlabelled) with a chat, an award
    letter to a retired employee quoted in the reply (date of birth, AHV number in Switzerland, IBAN or a US check, a
    new address), portal exports (authors' work e-mails; office LAN IPs unlabelled, public VPN IPs labelled);
 7. medplan - school and nursery medication and allergy action plans (Medikamentengabe, PAI, protocollo somministrazione
    farmaci, individual healthcare plan, allergy & emergency action plan): plans (child with date of birth and
    sometimes AHV number, class, condition and medication unlabelled, emergency numbers 112 / 144 / 15 / 999 / 911
    unlabelled, both parents with mobiles, the doctor with practice address and phone), class medical registers with a
    teachers' chat (a grandmother collecting, with street and phone), a parent's reply to the school nurse (new doctor,
    second emergency number, corrected date of birth), school-system exports (guardians' phones, e-mails, portal IPs);
 8. sortition - citizens' assembly invitations and replies (Bürgerrat, Bürgerpanel, convention citoyenne, assemblea
    cittadina, citizens' / civic assembly): invitation letters with reply slips (codes unlabelled, the organiser's
    line and e-mail, date of birth, a child needing childcare with date of birth), filled-in reply forms (emergency
    contact, AHV number for the pay slip in Switzerland, IBAN; sometimes OCR noise), seating lists (ages and districts
    unlabelled) with a facilitators' chat (a drop-out, the next on the reserve list, a pick-up street), registration
    exports (dates of birth in one shape per export, public IPs);
 9. postalvote - postal-vote, proxy and overseas-voter applications (Wahlschein, Wahlkarte, Auslandschweizer
    Stimmregister with AHV number, procuration, voto per corrispondenza / AIRE, postal vote, absentee ballot request):
    forms (separate name fields, a birth name, date of birth, registered and foreign delivery addresses in the foreign
    country's format, voter numbers unlabelled, a proxy or contact person with date of birth and address), issue logs
    with a staff chat, an overseas voter's reply quoting the office, online applications as JSON or JSON lines;
10. dormant - dormant accounts and unclaimed assets claimed by heirs: claim forms (claimant, date of birth, AHV number
    in Switzerland, the deceased holder with date of birth - the date of death unlabelled - and last address, the
    dormant account's IBAN, the payout IBAN, a table of heirs with dates of birth), case lists with a clerks' chat, a
    claimant's reply quoting the bank's or treasurer's letter (a sibling with address, mobile and IBAN), search-request
    exports;
11. selfpub - self-publishing contracts, legal-deposit forms and royalty statements: author data sheets (legal name,
    pen name as its own PERSON span, date of birth, address, royalty IBAN or ACH, cover designer with e-mail, editor,
    a card for a print package now and then; titles, ISBNs, prices and royalty rates unlabelled), legal-deposit forms
    (the self-publisher's address, an illustrator, the receiving clerk as "F. Last"), a support thread about missing
    royalties (support agent by first name, new IBAN, co-author with e-mail and IBAN or Zelle e-mail), royalty exports;
12. laundry - shared laundry-room rotas and booking systems (Waschküchenplan, plan de la buanderie, turni lavanderia,
    laundry room rota / schedule): posted rotas (the building's address, households as "Fam. X", "M. et Mme X" or bare
    surnames, the caretaker with mobile, the managing agent with address and phone; sometimes OCR noise), letters about
    a new fob system (residents as "Last, First" or full names with flat numbers unlabelled, the staff member's line and
    work e-mail), house chats (title and surname, a technician with number, the building's street), booking exports;
13. soletrader - sole-trader registrations and assumed-name filings (Gewerbeanmeldung GewA 1, GISA, Einzelunternehmen,
    micro-entrepreneur, raison individuelle, ditta individuale, sole trader, DBA / assumed name): forms (surname, birth
    name, first names, date of birth, place of birth and nationality unlabelled, AHV number in Switzerland, home and
    business address, phone, e-mail, trading names and activities unlabelled, IBAN), intake lists with a clerks' chat,
    an advisor's request answered with the missing details (a helping relative with date of birth), online filings as
    JSON, YAML or XML (public IPs).
Values appear in "Label: value" forms (colon, aligned, tab, dotted leaders, bold Markdown, "key = value", two-column
Markdown tables, upper-case labels, bullets, bracketed labels), address blocks and one-line addresses, letterheads,
signatures, Markdown tables (padded or not), fixed-width tables, comma-, semicolon-, tab- and pipe-separated tables,
JSON (one record per line, arrays, wrapped in an object, nested objects), YAML, XML, log lines, mail headers (display
names, quoted "Last, First", upper-case display names, bare addresses) and quoted replies ("Am ... schrieb", "Le ... a
écrit", "Il giorno ... ha scritto", "On ... wrote", quoted with "> " or not, nested), chats in eight layouts (WhatsApp
iOS / Android, Telegram export, Teams-like, IRC-like, "name (12:04):", Discord-like, plain; US chats with AM / PM;
senders as first names or nicknames), OCR noise, in each country's conventions (German "str.", "12a", ", 3. OG",
"(Hinterhaus)", "D-"; Austrian "/3/7", "/Top", "/Stiege/Tür", "A-", "Jänner"; Swiss "strasse", "CH-", no "ß",
"Rue du Lac 12", lower-case "chemin ..." and "via ..."; French "bis" / "ter", "12, rue", "Appt", "Bât.", upper-case
towns, "Cedex"; Italian "Via" / "via", "n.", "/B", "int.", "scala", provinces with and without parentheses, "I-";
British flats and "Town POSTCODE" (also upper case); US "Apt", "#", "Unit", "Suite", directions, ZIP+4).  Phone numbers
national and international with "(0)", "00", slashes, dots, hyphens, parentheses, compact E.164, grouped in pairs and
DIN-style "0221 47382-15" (the extension inside the span).  Dates of birth in 31 shapes (German / Austrian / Swiss
German 9, French 7, Italian 7, British 7, US 8; a document keeps one shape for about four fifths of its dates of birth,
tables keep one shape, exports use ISO or that shape): "12.03.1984", "2.3.1984", "12.03.84", ISO, "2. März 1984",
"02. März 1984", "2. Mrz. 1984", "12. 03. 1984", "12/03/1984" (Austrian "Jänner", "Jän."), "12 mars 1984" (also
"1er"), "12 MARS 1984", "12 févr. 1984", "12/03/84", "12-03-1984", "12 marzo 1984" (also "1°"), "12 MARZO 1984",
"12 mar 1984", "2/3/1984", "12 March 1984", "12th March 1984", "12th of March 1984", "12 Mar 1984", "12-MAR-1984",
"03/12/1984", "3/12/1984", "3/12/84", "March 12, 1984", "Mar 12, 1984", "Mar. 12, 1984", "March 12th, 1984",
"03-12-1984"; after a label or cue word (Geburtsdatum, geb., geboren am, "*", né / née le, nato / nata il, data di
nascita, date of birth, DOB, born, b.) or without one (table columns, JSON / YAML / XML fields).  Plain dates (events,
deadlines, measurement periods, postmarks, dates of death, mail and chat time stamps) use the document's shape (spelled
out or four-digit-year forms where the shape is upper-case or two-digit) and are not labelled.
Unlabelled distractors: plan, parcel, case, kit, detector, shelfmark, reader-ticket, ID-document, payroll, cost-centre,
suggestion, order, booking, application, voter, request and fob numbers, codes, ISBNs, prices, fees, awards, savings,
royalties and shares, dB and radon values, masked cards, office LAN IPs, plain dates and times, ages, towns and
districts alone, places of birth, nationalities, emergency short numbers, role and support mailboxes, song and poem
titles (some containing first names), book titles, medications, machines and products, and offices, councils,
archives, banks, firms, developers, venues, schools, platforms and libraries - also when named after a person or a
place.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP, as in holdout35-37):
* PERSON: the name of a natural person as written, in any order, with initials, particles and double surnames inside
  the span; titles and salutations (Herr, Herrn, Frau, Dr., Dr. med., dott., dott.ssa, M., Mme, Monsieur, Madame, Sig.,
  Sig.ra, signor, signora, Mr, Mrs, Ms, "Fam.", "Familie", "M. et Mme", "the ... family") outside; a first name, a
  nickname, "First L." or a surname alone used for a person is a PERSON, and so is a deceased person's or an ancestor's
  name, a birth name and a stage or pen name (their own spans); firms, venues and products are not labelled, also when
  named after a person.
* EMAIL: every personal e-mail address, private or a person's work address at an organisation's domain; role and
  support mailboxes are not labelled.
* PHONE: every phone number of a person or of a business, practice, office or authority; short emergency numbers are
  not labelled.
* ADDRESS: "street, postcode town" on one line is two spans (street with house number and flat / floor / "Appt" /
  "Bât." / "/Top" / "Apt" / "Unit" / "Suite" additions; postcode + town with "D-" / "CH-" / "A-" / "I-" prefixes,
  Italian provinces, "Town POSTCODE" and "Town, ST ZIP" inside the span), as is a two-line block; a street with its
  number alone is ADDRESS and so is a "postcode town" field; streets named without a house number, towns alone and flat
  numbers alone are not labelled; business addresses (offices, firms, venues, archives, practices) are labelled.
* DOB: a full date of birth (day, month, year) of an adult, a child, a deceased person or an ancestor, cue words
  outside; dates of death, ages and other dates are not.
* IBAN: every IBAN, compact or grouped, also in lower case.  CARD: full Luhn-valid card numbers; masked numbers are
  not.  AHV: Swiss social security numbers (756, dotted or compact).  IP: the public IPv4 / IPv6 address of a person's
  device or connection; LAN addresses are not labelled.

Usage (repo root): python bench/privacy/generate_holdout38.py [--out PATH] [--stats] [--show N [--genre NAME]
[--offset K]] [--debug]
(--stats and --show print and write nothing; --debug prints the documents drawn again.)
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = "holdout38"
OUT = Path(__file__).resolve().parent / "data" / "synthetic_holdout38.jsonl"

TYPES = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "IBAN", "DOB", "AHV", "CARD", "IP")
MS = {t: chr(0xE000 + i) for i, t in enumerate(TYPES)}
ME = "\ue01f"
MARK_RE = re.compile("[\ue000-\ue01f]")

LOCALE_QUOTA = {
    "de_DE": 200,
    "de_CH": 150,
    "de_AT": 105,
    "fr_FR": 140,
    "fr_CH": 120,
    "it_IT": 110,
    "it_CH": 85,
    "en_GB": 200,
    "en_US": 190,
}
COUNTRY = {
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_CH": "CH",
    "it_IT": "IT",
    "it_CH": "CH",
    "en_GB": "GB",
    "en_US": "US",
}


def mk(t: str, s: str) -> str:
    """Wrap a labelled value in its type's marker."""
    assert t in MS, t
    assert s and s == s.strip(), repr(s)
    assert not MARK_RE.search(s), repr(s)
    return MS[t] + s + ME


def vis(s: str) -> str:
    return MARK_RE.sub("", s)


def vlen(s: str) -> int:
    return len(vis(s))


# ---------------------------------------------------------------------------------------------------------------
# Name pools (written here)
# ---------------------------------------------------------------------------------------------------------------


def _w(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


DE_M = _w("""Andreas, Thomas, Michael, Stefan, Markus, Jürgen, Klaus, Wolfgang, Uwe, Matthias, Christian, Tobias,
Florian, Jan, Lukas, Jonas, Felix, Maximilian, Niklas, Sebastian, Dominik, Philipp, Moritz, Benedikt, Rainer,
Dieter, Günter, Horst, Manfred, Helmut, Volker, Bernd, Ralf, Sven, Timo, Kai, Dirk, Heiko, Jens, Lars, Malte,
Hendrik, Torben, Fabian, Leon, Paul, Elias, Ben, Finn, Henrik, Konstantin, Johannes, Georg, Karl-Heinz,
Hans-Jürgen, Detlef, Norbert, Reinhard, Ulrich, Carsten, Gerd, Oliver, Björn, Till, Jannik, Mats, Luca, Emil""")
DE_F = _w("""Sabine, Petra, Claudia, Andrea, Monika, Susanne, Birgit, Karin, Gabriele, Ursula, Renate, Heike, Anja,
Katrin, Nicole, Stefanie, Julia, Anna, Lena, Laura, Sarah, Lisa, Hannah, Leonie, Marie, Sophie, Johanna,
Katharina, Franziska, Miriam, Jana, Svenja, Nadine, Melanie, Daniela, Kerstin, Ines, Antje, Silke, Dagmar,
Ingrid, Gisela, Hildegard, Elke, Bettina, Carolin, Charlotte, Emilia, Mia, Greta, Frieda, Annika, Anna-Lena,
Marie-Luise, Jutta, Doris, Brigitte, Marlies, Tanja, Jessica, Vanessa, Pia, Paula, Clara, Ida, Thea, Wiebke""")
DE_L = _w("""Müller, Schmidt, Schneider, Meyer, Wagner, Schulz, Hoffmann, Schäfer, Richter, Schröder, Neumann,
Zimmermann, Krüger, Hofmann, Hartmann, Schmitt, Werner, Schmitz, Krause, Meier, Lehmann, Schulze, Maier, Köhler,
Herrmann, Walter, Mayer, Huber, Peters, Scholz, Möller, Schubert, Friedrich, Keller, Günther, Berger, Winkler,
Roth, Beck, Lorenz, Baumann, Franke, Albrecht, Ludwig, Simon, Kraus, Schumacher, Krämer, Vogt, Jäger, Otto,
Seidel, Heinrich, Brandt, Haas, Schreiber, Graf, Schulte, Dietrich, Ziegler, Kuhn, Kühn, Pohl, Horn, Busch,
Bergmann, Voigt, Sauer, Arnold, Wolff, Pfeiffer, Brinkmann, Ostermann, Wiesner, Heckmann, Grünewald, Ruppert,
Tiedemann, Kessler, Lindner, Oberländer, Wendt, Hagedorn, Rademacher, Petersen, Jansen, Thiele, Ehlers,
Hansen, Kröger, Behrens, Janßen, Wittmann, Rieger, Stumpf, Böhm, Dreher, Eichhorn, Gerlach, Hübner, Kolb,
Nowotny, Przybilla, Reuter, Sattler, Trautmann, Uhlig, Vollmer, Wegener, Zeller, Brückner, Steinmetz""")
AT_M = _w("""Alois, Leopold, Florian, Wolfgang, Herbert, Gerhard, Christoph, Lukas, David, Elias, Tobias, Valentin,
Raphael, Jakob, Matthias, Ferdinand, Johann, Franz, Josef, Karl, Stefan, Markus, Andreas, Bernhard, Harald,
Manfred, Reinhold, Gernot, Dominik, Fabian, Sebastian, Maximilian, Paul, Simon, Niklas, Clemens, Engelbert""")
AT_F = _w("""Roswitha, Brigitte, Theresia, Hannelore, Sonja, Verena, Magdalena, Katharina, Elisabeth, Barbara, Lea,
Valentina, Johanna, Anna, Sophie, Marlene, Hanna, Sabine, Andrea, Monika, Christine, Gertraud, Waltraud,
Birgit, Martina, Petra, Michaela, Karin, Claudia, Julia, Lena, Laura, Nina, Theresa, Romana, Hemma, Leonie""")
AT_L = _w("""Gruber, Huber, Wagner, Pichler, Steiner, Moser, Mayer, Hofer, Leitner, Berger, Eder, Schmid, Winkler,
Weber, Maier, Schneider, Reiter, Mayr, Wimmer, Egger, Brunner, Baumgartner, Auer, Binder, Lechner, Wallner,
Aigner, Ebner, Koller, Lehner, Haas, Schuster, Holzer, Strasser, Stadler, Pölzl, Kogler, Hinterberger, Grabner,
Riegler, Fellner, Zauner, Haider, Kaltenbrunner, Pucher, Hörmann, Ortner, Pirker, Zangerl, Obermoser, Kofler,
Rainer, Seidl, Windisch, Hackl, Resch, Oberhauser, Pfeifer, Url, Krenn, Gschwandtner, Höller, Eibl""")
CH_M = _w("""Urs, Beat, Reto, Daniel, Martin, Thomas, Peter, Hansruedi, Ueli, Fritz, Jürg, Stefan, Lukas, Noah,
Luca, Leon, Nico, Jonas, Levin, Gian, Andrin, Mattia, Simon, Adrian, Marco, Roman, Christoph, Remo, Silvan,
Dario, Hans, Ruedi, Kurt, Walter, Markus, Patrick, Roger, Thierry, Pascal, Cyrill, Fabio, Yannick, Livio""")
CH_F = _w("""Ursula, Verena, Regula, Barbara, Monika, Ruth, Heidi, Sandra, Corinne, Nicole, Andrea, Claudia,
Priska, Rahel, Seraina, Mirjam, Nadja, Lea, Lara, Mia, Lina, Elena, Alina, Chiara, Svenja, Jasmin, Fabienne,
Tamara, Brigitte, Esther, Marianne, Doris, Silvia, Karin, Daniela, Manuela, Yvonne, Céline, Nina, Anina""")
CH_L = _w("""Meier, Schmid, Keller, Weber, Huber, Schneider, Meyer, Steiner, Brunner, Baumann, Frei, Zimmermann,
Moser, Widmer, Wyss, Graf, Roth, Suter, Baumgartner, Bachmann, Studer, Bühler, Bieri, Hofer, Kälin, Ammann,
Zürcher, Egli, Lüthi, Hess, Burri, Wenger, Marti, Hänni, Aebischer, Rüegg, Schürch, Flückiger, Gasser, Imhof,
Jost, Kaufmann, Lehmann, Murer, Nussbaumer, Ochsner, Portmann, Rohner, Stalder, Tanner, Ulrich, Vonlanthen,
Wüthrich, Zbinden, Zumstein, Sutter, Häfliger, Stucki, Iseli, Blaser, Beerli, Tschudi, Zwahlen,
Grossenbacher, Allemann, Kuster, Lustenberger, Niederberger, Odermatt, Rüttimann, Schöpfer, Sigrist""")
RM_M = _w("Gion, Giachen, Duri, Men, Flurin, Curdin, Luregn, Tumasch, Gieri, Clau, Not, Reto")
RM_F = _w("Ursina, Ladina, Seraina, Mengia, Annatina, Madlaina, Chatrina, Cilgia, Bigna, Flurina")
RM_L = _w("""Casanova, Caduff, Cavelti, Derungs, Tuor, Cathomen, Capaul, Janett, Bezzola, Vital, Caflisch,
Camenisch, Deplazes, Arpagaus, Candinas, Bundi, Sialm, Tscharner, Cadonau, Cantieni, Padrutt, Netzer""")
FR_M = _w("""Jean, Pierre, Michel, Philippe, Alain, Nicolas, Christophe, Laurent, Stéphane, Olivier, Julien,
Sébastien, Frédéric, David, Thomas, Antoine, Mathieu, Guillaume, Hugo, Louis, Lucas, Gabriel, Raphaël, Arthur,
Théo, Maxime, Baptiste, Romain, Benoît, Yannick, Gilles, Patrice, Hervé, Thierry, Didier, Jean-Luc, Jean-Marc,
Pierre-Yves, Marc-André, Aurélien, Cédric, Jérôme, Loïc, Gaëtan, Bernard, Daniel, Pascal, Xavier, Quentin""")
FR_F = _w("""Marie, Nathalie, Isabelle, Sylvie, Catherine, Françoise, Valérie, Christine, Sandrine, Stéphanie,
Céline, Aurélie, Camille, Julie, Émilie, Léa, Manon, Chloé, Inès, Clara, Jade, Louise, Alice, Zoé, Élodie,
Mathilde, Hélène, Brigitte, Monique, Martine, Chantal, Dominique, Agnès, Béatrice, Claire, Pauline, Margaux,
Anne-Sophie, Marie-Claire, Marie-Hélène, Océane, Solène, Maëlle, Josiane, Laetitia, Virginie, Coralie""")
FR_L = _w("""Martin, Bernard, Dubois, Robert, Richard, Durand, Leroy, Moreau, Laurent, Lefebvre, Michel, Garcia,
Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Lefèvre, Mercier, Dupont, Lambert, Bonnet, François,
Martinez, Garnier, Faure, Rousseau, Guérin, Muller, Henry, Roussel, Perrin, Morin, Mathieu, Clément, Gauthier,
Dumont, Lopez, Robin, Masson, Sanchez, Gérard, Boyer, Denis, Lemaire, Duval, Joly, Gautier, Roger, Roche,
Noël, Lucas, Meunier, Perez, Dufour, Blanchard, Barbier, Giraud, Arnaud, Lemoine, Carpentier, Brunet, Caron,
Fabre, Leclerc, Le Gall, Kerbrat, Le Bihan, Tessier, Pichon, Colin, Vidal, Aubert, Rey, Hamon, Guillot""")
FRCH_L = _w("""Rochat, Favre, Perret, Jaquet, Gilliéron, Chappuis, Pittet, Mottier, Bovet, Cuendet, Bugnon, Golay,
Aubort, Baud, Chevalley, Cornaz, Décosterd, Dutoit, Favrod, Gindroz, Jaccard, Mauron, Monney, Morard, Pasche,
Rossier, Sallin, Tinguely, Vuilleumier, Zufferey, Bonvin, Crettenand, Fellay, Métral, Theytaz, Savioz, Clerc,
Brodard, Gavillet, Oberson, Borcard, Jotterand, Magnin, Pillonel, Repond, Terrapon, Vauthey, Berthoud""")
IT_M = _w("""Giuseppe, Giovanni, Antonio, Mario, Luigi, Francesco, Angelo, Vincenzo, Pietro, Salvatore, Carlo,
Franco, Domenico, Bruno, Paolo, Michele, Giorgio, Aldo, Sergio, Luciano, Marco, Andrea, Alessandro, Luca,
Matteo, Lorenzo, Davide, Simone, Federico, Riccardo, Stefano, Fabio, Massimo, Roberto, Claudio, Enrico,
Gianluca, Leonardo, Tommaso, Gabriele, Edoardo, Nicolò, Pierluigi, Gian Marco, Emanuele, Cristiano, Dario""")
IT_F = _w("""Maria, Anna, Giuseppina, Rosa, Angela, Giovanna, Teresa, Lucia, Carmela, Francesca, Giulia, Chiara,
Sara, Martina, Valentina, Alessia, Federica, Elisa, Silvia, Laura, Paola, Roberta, Cristina, Elena, Sofia,
Aurora, Ginevra, Beatrice, Alice, Emma, Greta, Noemi, Ilaria, Serena, Monica, Barbara, Daniela, Patrizia,
Antonella, Maria Grazia, Anna Maria, Rosaria, Concetta, Marta, Arianna, Vittoria, Letizia, Caterina""")
IT_L = _w("""Rossi, Russo, Esposito, Bianchi, Romano, Ricci, Marino, Greco, Conti, De Luca, Mancini, Costa,
Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli,
Martini, Longo, Gentile, Martinelli, Vitale, Lombardo, Serra, Coppola, De Santis, D'Angelo, Marchetti, Parisi,
Villa, Conte, Ferraro, Ferri, Marini, Grasso, Valentini, Messina, Sala, De Angelis, Gatti, Pellegrini,
Palumbo, Sanna, Farina, Rizzi, Monti, Cattaneo, Morelli, Amato, Silvestri, Mazza, Grassi, Pellegrino,
Carbone, Giuliani, Benedetti, Barone, Rossetti, Caputo, Montanari, Palmieri, Bernardi, Ferretti, Bellini,
Basile, Riva, Donati, Piras, Vitali, Battaglia, Sartori, Costantini, Milani, Pagano, Ruggiero, Sorrentino,
D'Amico, Orlando, Negri, Di Stefano, Lo Russo, Del Vecchio, Dell'Orto, Esposti, Zanetti, Colonna, Bonomi""")
ITCH_L = _w("""Bernasconi, Pedrazzini, Gianella, Ghiringhelli, Fumagalli, Lepori, Rusconi, Guidotti, Sciolli,
Maggini, Pedroni, Beffa, Cereghetti, Bernardoni, Ferrazzini, Jelmini, Lurati, Moccetti, Pellandini, Quadri,
Respini, Soldati, Tognola, Vassalli, Zanini, Canonica, Poretti, Rezzonico, Pifferini, Della Santa, Cavadini,
Albertoni, Balestra, Corti, Fransioli, Induni, Madonna, Nessi, Pozzi, Regazzoni, Stoppa, Tamò, Vanoni""")
GB_M = _w("""James, John, David, Michael, Paul, Andrew, Mark, Richard, Peter, Stephen, Christopher, Daniel,
Matthew, Thomas, Oliver, Harry, George, Jack, Charlie, Oscar, Alfie, Noah, Leo, Arthur, Freddie, Henry,
Samuel, Joseph, William, Edward, Robert, Gareth, Rhys, Callum, Ewan, Angus, Declan, Liam, Connor, Nathan,
Ryan, Kevin, Graham, Nigel, Trevor, Colin, Keith, Ian, Alan, Barry, Owain, Hamish, Rory, Toby, Jamie""")
GB_F = _w("""Sarah, Emma, Olivia, Amelia, Isla, Ava, Mia, Sophie, Charlotte, Emily, Jessica, Hannah, Lucy, Katie,
Rebecca, Laura, Rachel, Helen, Claire, Julie, Karen, Susan, Margaret, Elizabeth, Joanne, Nicola, Gemma,
Kirsty, Siobhan, Niamh, Aoife, Ffion, Bethan, Megan, Chloe, Ellie, Freya, Poppy, Daisy, Imogen, Harriet,
Philippa, Fiona, Morag, Eilidh, Sian, Alison, Deborah, Jacqueline, Beverley, Tracey""")
GB_L = _w("""Smith, Jones, Williams, Taylor, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson, Thompson,
Wright, Walker, Edwards, Hughes, Hall, Lewis, Harris, Clarke, Patel, Jackson, Wood, Turner, Martin, Cooper,
Ward, Morris, Moore, Clark, Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Bennett,
Griffiths, Mitchell, Kelly, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy, Miller, Cox, Richards,
Khan, Marshall, Anderson, Simpson, Ellis, Adams, Wilkinson, Foster, Chapman, Powell, Webb, Rogers, Gray,
Hunt, Campbell, Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Russell, Barker, Stevens,
Jenkins, Murray, Dixon, Harvey, Fraser, MacDonald, McKenzie, O'Neill, Llewellyn, Pritchard, Fairbairn,
Ashworth, Whitfield, Pemberton, Cartwright, Thornton, Hargreaves, Sutcliffe, Braithwaite, Goodwin""")
US_M = _w("""James, John, Robert, Michael, William, David, Richard, Joseph, Thomas, Christopher, Daniel, Matthew,
Anthony, Mark, Steven, Brian, Jason, Joshua, Tyler, Brandon, Justin, Kyle, Cody, Ethan, Logan, Mason,
Jackson, Aiden, Carter, Dwayne, DeShawn, Marcus, Terrence, Jamal, Luis, Carlos, Miguel, Jose, Kevin, Eric,
Gregory, Scott, Travis, Dustin, Caleb, Wyatt, Hunter, Colton, Garrett, Trevor""")
US_F = _w("""Mary, Patricia, Jennifer, Linda, Elizabeth, Barbara, Susan, Jessica, Sarah, Karen, Ashley, Brittany,
Amanda, Stephanie, Tiffany, Heather, Kayla, Madison, Taylor, Brianna, Destiny, Jasmine, Latoya, Keisha, Maria,
Guadalupe, Rosa, Ana, Megan, Lauren, Courtney, Kimberly, Michelle, Emily, Abigail, Hailey, Kaitlyn, Shannon,
Danielle, Crystal, Alyssa, Savannah, Paige""")
US_L = _w("""Smith, Johnson, Williams, Jones, Garcia, Miller, Davis, Rodriguez, Martinez, Hernandez, Lopez,
Gonzalez, Wilson, Anderson, Thomas, Taylor, Moore, Jackson, Martin, Lee, Perez, Thompson, Harris, Sanchez,
Clark, Ramirez, Lewis, Robinson, Walker, Allen, Wright, Scott, Torres, Nguyen, Flores, Adams, Nelson, Hall,
Rivera, Campbell, Mitchell, Carter, Roberts, Kowalski, Schultz, Olson, Peterson, Larson, Washington, Jefferson,
Brooks, Sullivan, O'Brien, McCarthy, Fitzgerald, Goldberg, Rosenthal, Cohen, Kaplan, Yamamoto, Tanaka, Okafor,
Castillo, Delgado, Vasquez, Romano, Hoffman, Novak, Jablonski, Lindqvist, Haugen, Becker, Reyes, Morales,
Gutierrez, Ortiz, Chavez, Ramos, Ruiz, Alvarez, Mendoza, Coleman, Jenkins, Perry, Powell, Hayes, Bryant""")

COMMUNITIES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "tr": (
        _w("""Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, Ibrahim, Murat, Emre, Burak, Yusuf, Ömer, Serkan, Cem,
Kerem, Onur, Tolga, Volkan, Kemal, Orhan"""),
        _w("""Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Özlem, Esra, Derya, Seda, Büşra, Gül, Sibel,
Aylin, Melek, Dilek, Nur, Selin, Ebru"""),
        _w("""Yılmaz, Yilmaz, Kaya, Demir, Şahin, Sahin, Çelik, Celik, Yıldız, Yildiz, Yıldırım, Öztürk, Oeztuerk,
Aydın, Aydin, Özdemir, Arslan, Doğan, Dogan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat,
Korkmaz, Güneş, Aksoy, Bozkurt, Karaca, Tekin, Uçar, Acar, Erdem, Tunç"""),
    ),
    "balkan": (
        _w("""Dragan, Milan, Nikola, Stefan, Marko, Ivan, Goran, Zoran, Dejan, Nenad, Emir, Adnan, Edin, Tarik,
Mirza, Josip, Tomislav, Ante, Dario, Luka"""),
        _w("""Jelena, Ivana, Marija, Ana, Snežana, Dragana, Milica, Vesna, Maja, Sanja, Amra, Lejla, Emina,
Azra, Mirela, Katarina, Nevena, Tijana"""),
        _w("""Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Pavlović, Kovačević, Horvat,
Babić, Marić, Novak, Jurić, Knežević, Hodžić, Hadžić, Begić, Delić, Mehmedović, Salihović, Kovač, Tomić,
Perić, Vuković, Popović, Lukić, Radić, Šarić, Grgić, Jovanovic, Petrovic, Nikolic, Kovacevic, Hodzic"""),
    ),
    "al": (
        _w("Arben, Besnik, Driton, Fatmir, Agron, Valon, Ardit, Blerim, Luan, Ilir, Granit, Shkëlzen, Florent"),
        _w("Arta, Blerta, Drita, Fjolla, Mimoza, Vjosa, Teuta, Albana, Liridona, Donika, Qendresa, Elira, Besa"),
        _w("""Krasniqi, Gashi, Berisha, Morina, Shala, Hoxha, Bytyqi, Kelmendi, Rexhepi, Sadiku, Hyseni, Ahmeti,
Osmani, Zeqiri, Beqiri, Halili, Aliu, Kryeziu, Thaçi, Llapashtica"""),
    ),
    "pt": (
        _w("João, José, António, Manuel, Francisco, Paulo, Rui, Nuno, Tiago, Pedro, Miguel, Luís, Vítor, Diogo"),
        _w("""Maria, Ana, Joana, Sofia, Inês, Catarina, Beatriz, Mariana, Rita, Sara, Filipa, Fernanda,
Conceição, Graça, Lurdes"""),
        _w("""Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Sousa, Fernandes, Gonçalves,
Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, Correia, Mendes, Nunes,
Soares, Vieira, Monteiro, Cardoso, Rocha, da Silva, dos Santos, da Costa, de Sousa, Pereira da Silva,
Azevedo, Magalhães, Figueiredo"""),
    ),
    "pl": (
        _w("""Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Marcin, Michał, Łukasz, Grzegorz, Jakub, Kamil, Mateusz,
Wojciech, Rafał, Dariusz"""),
        _w("""Anna, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Magdalena, Joanna, Aleksandra, Monika, Dorota,
Justyna, Zofia, Natalia, Weronika"""),
        _w("""Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański,
Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski, Nowakowski,
Pawłowski, Michalski, Wróbel, Zając, Król, Jabłoński, Wieczorek, Majewski, Olszewski, Stępień, Malinowski,
Jaworski, Górski, Sikora, Walczak, Baran, Rutkowski, Wysocki, Sadowski"""),
    ),
    "ua": (
        _w("""Oleksandr, Andrii, Serhii, Dmytro, Volodymyr, Mykola, Yurii, Bohdan, Taras, Oleh, Vasyl, Maksym,
Ihor, Roman"""),
        _w("""Olena, Nataliia, Tetiana, Iryna, Oksana, Yuliia, Olha, Kateryna, Anastasiia, Sofiia, Viktoriia,
Halyna, Liudmyla, Mariia"""),
        _w("""Shevchenko, Bondarenko, Kovalenko, Tkachenko, Kravchenko, Oliinyk, Shevchuk, Polishchuk, Bondar,
Tkachuk, Marchenko, Melnyk, Moroz, Lysenko, Rudenko, Savchenko, Petrenko, Kuzmenko, Pavlenko, Hrytsenko,
Boiko, Koval, Klymenko, Ponomarenko, Levchenko, Zaporozhets"""),
    ),
    "ta": (
        _w("""Suresh, Ramesh, Kumaran, Sivakumar, Tharshan, Niroshan, Kajan, Thayaparan, Jeyakumar, Senthil,
Ravindran, Mathivanan, Pirabu, Thileepan"""),
        _w("""Kavitha, Tharshini, Nirosha, Shanthi, Vasuki, Thanuja, Priyanka, Sangeetha, Janani, Abirami,
Lavanya, Meena, Kousalya, Sharmila"""),
        _w("""Sivarajah, Thurairajah, Balasubramaniam, Kanagaratnam, Selvarajah, Ponnambalam, Jeyaratnam,
Mahalingam, Arumugam, Nadarajah, Rajaratnam, Sivapalan, Thavarajah, Yogarajah, Kandiah, Velupillai,
Sinnathurai, Paramanathan"""),
    ),
    "er": (
        _w("""Tesfaye, Yonas, Mehari, Berhane, Samuel, Kidane, Habtom, Tekle, Dawit, Filmon, Yohannes, Aron, Senai,
Robel, Mulugeta"""),
        _w("Semhar, Helen, Selam, Saba, Yordanos, Mebrat, Tsega, Luwam, Rahwa, Feven, Senait, Hiwet, Aster, Winta"),
        _w("""Tesfamariam, Gebremedhin, Ghebreyesus, Habte, Tekle, Weldemichael, Berhe, Andemariam, Haile, Negassi,
Yemane, Asmerom, Ghirmay, Tewelde, Woldu, Kahsay"""),
    ),
    "cn": (
        _w("Wei, Jun, Hao, Lei, Jian, Ming, Qiang, Tao, Yong, Zhiwei, Haoran, Yifan, Zihao, Jiahao"),
        _w("Fang, Jing, Min, Yan, Xiaoyan, Mei, Hui, Ying, Xiu, Lina, Yuqi, Xinyi, Ruoxi, Jiayi"),
        _w("""Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, Lin, Gao, Luo,
Zheng, Liang, Xie, Tang, Song, Deng, Feng, Cao, Zeng"""),
    ),
    "vn": (
        _w("Minh, Tuấn, Hùng, Dũng, Long, Nam, Hải, Quang, Thanh, Đức, Khoa, Phúc, Văn Minh, Quốc Bảo"),
        _w("Lan, Hương, Linh, Mai, Thảo, Trang, Ngọc, Thu, Phương, Hoa, Vy, Thị Lan, Thị Hương, Ngọc Anh"),
        _w("Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Nguyen, Tran, Pham"),
    ),
    "ar": (
        _w("""Mohammed, Ahmad, Mahmoud, Khaled, Omar, Youssef, Karim, Hassan, Hussein, Samir, Tarek, Bilal, Rami,
Ziad, Walid, Nabil, Amine, Mehdi, Rachid, Abdelkader, Said, Anas, Hamza"""),
        _w("""Fatima, Aisha, Mariam, Noor, Layla, Rania, Hana, Yasmin, Salma, Amal, Dalia, Nour, Samira, Khadija,
Leila, Zineb, Houda, Nadia, Souad, Rim, Ghada"""),
        _w("""Al-Hassan, Haddad, Khoury, Nasser, Mansour, Saleh, Hamdan, Darwish, Khalil, Abboud, Al-Masri,
Al-Ahmad, Kassem, Najjar, Aziz, Benali, Bouzid, El Amrani, Benjelloun, Cherkaoui, Belkacem, Mebarki,
Ait Ahmed, Ben Youssef, El Idrissi, Tahiri, Ouali, Chaoui, Hamidi, Zeroual"""),
    ),
    "es": (
        _w("José, Juan, Carlos, Javier, Alejandro, Diego, Pablo, Sergio, Jorge, Manuel, Andrés, Fernando"),
        _w("María, Carmen, Lucía, Elena, Laura, Marta, Paula, Sofía, Isabel, Pilar, Rocío, Ximena, Valeria"),
        _w("""García López, Fernández Ruiz, Martínez Soto, Rodríguez Vega, Sánchez Morales, Pérez Navarro,
Gómez Castro, Díaz Ortega, Herrera, Jiménez, Moreno, Muñoz, Álvarez, Romero, Navarro, Ramos, Gil, Serrano,
Suárez, Molina, Castro, Ortiz, Rubio, Marín, Sanz, Iglesias, Núñez, Medina, Garrido, de la Cruz, del Río"""),
    ),
    "gr": (
        _w("""Georgios, Dimitrios, Konstantinos, Ioannis, Nikolaos, Christos, Panagiotis, Vasileios, Athanasios,
Evangelos, Stavros, Kostas, Yannis"""),
        _w("""Maria, Eleni, Aikaterini, Vasiliki, Sofia, Angeliki, Dimitra, Georgia, Christina, Despina, Ioanna,
Eirini, Anastasia"""),
        _w("""Papadopoulos, Nikolaidis, Georgiou, Papadakis, Karagiannis, Vlachos, Oikonomou, Antoniou,
Christodoulou, Konstantinidis, Dimitriou, Makris, Pappas, Ioannidis, Alexiou, Katsaros, Stavropoulos"""),
    ),
    "wa": (
        _w("""Chukwuemeka, Oluwaseun, Adebayo, Emeka, Chinedu, Babatunde, Olumide, Kwame, Kofi, Yaw, Mamadou,
Ousmane, Abdoulaye, Ibrahima, Moussa, Cheikh"""),
        _w("""Ngozi, Chiamaka, Adaeze, Folake, Funmilayo, Yetunde, Abena, Akosua, Ama, Aminata, Fatou, Awa,
Mariama, Khady"""),
        _w("""Okafor, Okonkwo, Adeyemi, Olawale, Nwosu, Eze, Obi, Chukwu, Balogun, Mensah, Asante, Owusu,
Boateng, Diallo, Traoré, Koné, Ndiaye, Diop, Sow, Camara, Cissé, Fall, N'Diaye, Ouédraogo"""),
    ),
    "in": (
        _w("""Rahul, Amit, Vikram, Arjun, Rohan, Sanjay, Anil, Rajesh, Imran, Asif, Faisal, Usman, Zubair,
Harpreet, Gurpreet, Navdeep"""),
        _w("Priya, Anjali, Neha, Pooja, Sunita, Kavya, Divya, Ayesha, Sana, Nazia, Rukhsana, Simran, Harleen"),
        _w("""Sharma, Patel, Gupta, Singh, Kumar, Reddy, Iyer, Nair, Menon, Chopra, Malhotra, Mehta, Shah, Joshi,
Desai, Khan, Qureshi, Chaudhry, Malik, Hussain, Sheikh, Siddiqui, Raza, Akhtar, Bhatti, Sandhu, Gill,
Dhillon"""),
    ),
    "ph": (
        _w("Jose, Mark, Ramon, Paolo, Rommel, Jerome, Arnel, Renato, Jun, Efren"),
        _w("Maricel, Rowena, Jocelyn, Marites, Lorna, Cherry, Analyn, Kristine, Mary Grace, Rosalie"),
        _w("""Santos, Reyes, Cruz, Bautista, Ocampo, Mendoza, Tomas, Andrada, Villanueva, Aquino, Dela Cruz,
De Guzman, Manalo, Macaraeg, Dimaculangan, Pangilinan"""),
    ),
    "kr": (
        _w("Min-jun, Seo-jun, Ji-ho, Jae-won, Dong-hyun, Sung-min, Hyun-woo, Joon-ho"),
        _w("Ji-yeon, Seo-yeon, Min-ji, Hye-jin, Su-bin, Eun-ji, Ji-woo, Ha-eun"),
        _w("Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Shin, Seo, Kwon, Hwang, Ahn"),
    ),
    "ro": (
        _w("Andrei, Mihai, Alexandru, Ionuț, Cristian, Florin, Bogdan, Adrian, Vlad, Sorin, Radu, Călin"),
        _w("Ioana, Andreea, Alexandra, Mihaela, Cristina, Roxana, Simona, Gabriela, Raluca, Diana, Oana, Irina"),
        _w("""Popescu, Ionescu, Popa, Dumitru, Stan, Stoica, Gheorghe, Munteanu, Constantin, Matei, Ciobanu, Rusu,
Lungu, Dobre, Tudor, Florea, Moldovan, Ene, Barbu, Neagu, Dinu, Vasilescu"""),
    ),
}
COMMUNITY_BY_COUNTRY = {
    "DE": ["tr", "tr", "balkan", "pl", "pl", "ar", "ua", "vn", "gr", "ro", "er", "cn"],
    "AT": ["balkan", "balkan", "tr", "pl", "ro", "ua", "ar", "al", "cn"],
    "CH": ["pt", "pt", "al", "al", "balkan", "ta", "ta", "er", "tr", "es", "ua"],
    "FR": ["ar", "ar", "pt", "pt", "wa", "wa", "vn", "es", "cn", "ua", "ro"],
    "IT": ["ro", "ro", "al", "ar", "cn", "ua", "ph", "in", "wa", "pl"],
    "GB": ["in", "in", "pl", "wa", "cn", "ro", "gr", "pt", "ar", "ua"],
    "US": ["es", "es", "es", "cn", "kr", "vn", "in", "wa", "ph", "ar", "pl"],
}

WORD_SURNAMES = {
    "de": _w("""Koch, Bauer, Fischer, Weiss, Weber, Vogel, Fuchs, Wolf, Winter, Sommer, Engel, König, Kaiser, Schwarz,
Braun, Klein, Lang, Jung, Hahn, Adler, Strauss, Hase, Glück, Fröhlich, Freitag, Morgenstern, Stern, Sonntag,
Kranich, Ernst, Frei, Heilig, Nachtigall, Specht"""),
    "fr": _w("""Marchand, Boulanger, Charpentier, Petit, Legrand, Leblanc, Renard, Rossignol, Lapierre, Boucher,
Berger, Poisson, Chevalier, Printemps, Lheureux, Fontaine, Lenoir, Lebon, Meunier, Fleury, Pommier, Bonheur"""),
    "it": _w("""Ferrari, Fabbri, Gallo, Volpe, Leone, Neri, Bianco, Fiore, Sole, Colombo, Porta, Gatto, Lupo,
Campana, Lieto, Santo, Ricci, Bruno, Mancino, Pace, Allegri, Speranza"""),
    "en": _w("""Baker, Cook, Mason, Butler, Bishop, King, Young, Hill, Green, White, Brown, Rose, Fox, Bird, Stone,
Marsh, Banks, Lamb, Cross, Moss, Wells, Little, Hunter, Fisher, Carpenter, Church, Friend, Snow, Frost, Swan,
Gold, Sharp, Best, Child, Gardner, Waters"""),
}
WORD_FIRST = {
    "de": (
        _w("Ernst, Frank, Wolf, Gottlieb, Fromm, Konrad, Traugott"),
        _w("Rosa, Linde, Heide, Frieda, Hoffnung, Liebe"),
    ),
    "fr": (
        _w("Aimé, Désiré, Modeste, Constant, Clément, Fidèle"),
        _w("Blanche, Rose, Fleur, Victoire, Prudence, Aurore"),
    ),
    "it": (
        _w("Felice, Primo, Fortunato, Angelo, Innocente, Benvenuto"),
        _w("Speranza, Gioia, Serena, Bianca, Celeste"),
    ),
    "en": (_w("Will, Rusty, Chase, Hunter, Sonny, Buck"), _w("Hope, Grace, June, Joy, Faith, Dawn, Ivy, Hazel, April")),
}
PARTICLE_SURNAMES = {
    "DE": _w("""von Arnim, von Bülow, von der Heyde, van der Meer, zur Linde, ten Brink, op den Camp, von Hirschberg,
de Vries, van Beek, ter Veen, von Lindenau, von Kessel, vom Hofe, von Oertzen, von der Osten, zu Dohna"""),
    "AT": _w("""von Braunau, Edler von Hartenau, von der Mühll, de Martin, van Leeuwen, von Stainach,
zu Trauttmansdorff,
von Pachmann"""),
    "CH": _w("""von Känel, von Allmen, von Gunten, de Weck, von Matt, auf der Maur, zur Gilgen, von Niederhäusern,
von Ballmoos, von Rohr, von Arx, de Meuron, de Pury, de Montmollin, du Pasquier, de Reynier, de Courten,
von Wattenwyl, in der Gand, de Torrenté"""),
    "FR": _w("""de Villiers, de La Tour, Le Goff, Le Bihan, Le Roux, du Mesnil, de Lacroix, d'Orval, de Kerguélen,
du Chastel, de Bellefonds, de la Fayolle, Le Floch, d'Aubigny, du Plessis, de Saint-Aubin"""),
    "IT": _w("""Di Stefano, Dal Molin, Da Ros, Dalla Pozza, Della Torre, Lo Bianco, Li Puma, Lo Presti, D'Alessandro,
Di Pietro, Del Bianco, De Filippis, Dell'Anna, Del Prete, Da Rin, La Rosa, Lo Iacono"""),
    "GB": _w("""O'Connor, O'Sullivan, McAllister, MacGregor, Fitzpatrick, St. Clair, De Souza, van der Berg,
Le Marchant,
ap Rhys, D'Arcy, de Courcy, O'Donnell, MacLeod"""),
    "US": _w("""O'Connor, McAllister, Van Buren, DeMarco, LeBlanc, Da Silva, dos Santos, De La Cruz, Del Rio, Van Dyke,
St. Pierre, DiMaggio, O'Hara, MacKenzie, Von Essen"""),
}
INVENT_A = {
    "de": _w("Brunn, Tann, Lind, Hasel, Stein, Mühl, Eich, Wald, Berg, Kreuz, Hollen, Wies, Ried, Ebers, Kalten"),
    "fr": _w("Gru, Mar, Bel, Cha, Fon, Ver, Mont, Bou, Lau, Roche, Cour, Ber"),
    "it": _w("Sca, Fri, Bel, Mar, Pan, Ros, Cor, Val, Ber, Gual, Tor, Mon"),
    "en": _w("Cauld, Marl, Hather, Ash, Thorn, Brack, Wick, Aln, Hol, Stan, Pen, Kel"),
}
INVENT_B = {
    "de": _w("huber, reiter, leitner, mayr, bichler, egger, hofer, stätter, bacher, wanger, auer, ecker"),
    "fr": _w("illard, ouin, ançon, eret, ignac, euil, alet, ichon, aumont, onnier, ereau, assin"),
    "it": _w("ruzzi, zzoni, otti, etti, anelli, ucchi, olini, ardi, acchio, isani, ezzi, uglia"),
    "en": _w("bury, hurst, ridge, combe, worth, ton, field, leigh, wood, bourne, stead, by"),
}
RARE_FIRST = {
    "de": (
        _w("Wendelin, Quirin, Leodegar, Pankraz, Eberhard, Gebhard, Notker, Lambert"),
        _w("Kunigunde, Notburga, Walburga, Irmgard, Hedwig, Adelheid, Gerlinde, Mechthild"),
    ),
    "fr": (
        _w("Clovis, Gontran, Anatole, Honoré, Barnabé, Eustache, Firmin"),
        _w("Philomène, Eulalie, Bérengère, Clotilde, Apolline, Ombeline, Ghislaine"),
    ),
    "it": (
        _w("Ermenegildo, Venanzio, Gaudenzio, Ubaldo, Filiberto, Eusebio, Corrado"),
        _w("Gelsomina, Ersilia, Assunta, Brunilde, Clelia, Filomena, Ornella"),
    ),
    "en": (
        _w("Peregrine, Thaddeus, Ambrose, Barnaby, Cuthbert, Ignatius, Lancelot"),
        _w("Tamsin, Araminta, Clementine, Henrietta, Ottilie, Perpetua, Winifred"),
    ),
}
NICKS = {
    "de": {
        "Stefanie": "Steffi",
        "Sebastian": "Basti",
        "Florian": "Flo",
        "Thomas": "Tom",
        "Katharina": "Kathi",
        "Susanne": "Susi",
        "Andreas": "Andi",
        "Gabriele": "Gabi",
        "Ulrich": "Uli",
        "Josef": "Sepp",
        "Matthias": "Hias",
        "Johannes": "Hannes",
        "Magdalena": "Leni",
        "Barbara": "Babsi",
        "Alexandra": "Alex",
        "Maximilian": "Max",
        "Philipp": "Phil",
        "Benedikt": "Bene",
        "Franziska": "Franzi",
        "Christian": "Chris",
        "Daniela": "Dani",
        "Manfred": "Manni",
        "Wolfgang": "Wolfi",
        "Theresia": "Resi",
        "Michael": "Michi",
    },
    "ch": {
        "Jakob": "Köbi",
        "Verena": "Vreni",
        "Ruedi": "Ruedi",
        "Daniel": "Dani",
        "Samuel": "Sämi",
        "Thomas": "Thömu",
        "Christoph": "Chrigu",
        "Barbara": "Babs",
        "Andrea": "Andi",
        "Markus": "Mäggi",
        "Regula": "Regi",
        "Stefan": "Stef",
        "Martin": "Tinu",
        "Ursula": "Ursi",
        "Nicole": "Nici",
    },
    "fr": {
        "Françoise": "Fanfan",
        "Julie": "Juju",
        "Nicolas": "Nico",
        "Stéphanie": "Steph",
        "Sébastien": "Seb",
        "Christophe": "Chris",
        "Aurélie": "Lili",
        "Maxime": "Max",
        "Mathilde": "Mathou",
        "Alexandre": "Alex",
        "Guillaume": "Guigui",
        "Thierry": "Titi",
        "Valérie": "Val",
        "Laetitia": "Laeti",
        "Dominique": "Domi",
    },
    "it": {
        "Salvatore": "Totò",
        "Domenico": "Mimmo",
        "Giuseppina": "Giusy",
        "Giuseppe": "Pino",
        "Federico": "Fede",
        "Alessandro": "Ale",
        "Valentina": "Vale",
        "Francesca": "Franci",
        "Matteo": "Teo",
        "Francesco": "Checco",
        "Roberta": "Robi",
        "Gabriele": "Gabri",
        "Alessia": "Ale",
        "Federica": "Fede",
        "Antonio": "Toni",
    },
    "en": {
        "Robert": "Bob",
        "Rebecca": "Becky",
        "Patricia": "Trish",
        "Michael": "Mike",
        "Elizabeth": "Liz",
        "Jessica": "Jess",
        "Margaret": "Maggie",
        "David": "Dave",
        "Andrew": "Andy",
        "Christopher": "Chris",
        "Jennifer": "Jen",
        "Kimberly": "Kim",
        "William": "Bill",
        "Richard": "Rick",
        "Joseph": "Joe",
        "Daniel": "Danny",
        "Thomas": "Tom",
        "Matthew": "Matt",
        "Samuel": "Sam",
        "Katie": "Kat",
        "Nicola": "Nicky",
        "Deborah": "Debbie",
        "Jacqueline": "Jackie",
        "Stephen": "Steve",
        "Anthony": "Tony",
    },
}
PARTICLES = {
    "von",
    "van",
    "der",
    "den",
    "de",
    "di",
    "da",
    "del",
    "della",
    "dalla",
    "dal",
    "dos",
    "du",
    "la",
    "le",
    "zu",
    "zur",
    "zum",
    "vom",
    "ter",
    "ten",
    "op",
    "auf",
    "in",
    "lo",
    "li",
    "st.",
    "ap",
    "al",
    "el",
    "ben",
    "ait",
    "edler",
    "d'",
    "dell'",
    "des",
    "mac",
    "mc",
}


def female_surname(last: str, src: str) -> str:
    if src == "pl":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if last.endswith(a):
                return last[: -len(a)] + b
    if src == "gr":
        for a, b in (
            ("opoulos", "opoulou"),
            ("idis", "idou"),
            ("annis", "anni"),
            ("os", "ou"),
            ("is", "i"),
            ("as", "a"),
        ):
            if last.endswith(a):
                return last[: -len(a)] + b
    return last


# ---------------------------------------------------------------------------------------------------------------
# Places (written here): (town, postcodes, area code without trunk 0, subscriber digits) and streets
# ---------------------------------------------------------------------------------------------------------------

DE_TOWNS = [
    ("Berlin", ["10115", "10247", "10437", "10965", "12043", "13347", "10585"], "30", 8),
    ("Hamburg", ["20095", "20249", "22765", "22041", "21073"], "40", 8),
    ("München", ["80331", "80469", "80797", "81369", "81667"], "89", 8),
    ("Köln", ["50667", "50823", "50937", "51063"], "221", 7),
    ("Frankfurt am Main", ["60311", "60316", "60486", "65929"], "69", 8),
    ("Stuttgart", ["70173", "70190", "70372", "70565"], "711", 7),
    ("Düsseldorf", ["40213", "40477", "40545"], "211", 7),
    ("Leipzig", ["04109", "04275", "04315"], "341", 7),
    ("Dresden", ["01067", "01099", "01277"], "351", 7),
    ("Hannover", ["30159", "30161", "30451"], "511", 7),
    ("Nürnberg", ["90402", "90419", "90459"], "911", 7),
    ("Bremen", ["28195", "28203", "28211"], "421", 7),
    ("Freiburg im Breisgau", ["79098", "79102", "79106", "79115"], "761", 6),
    ("Münster", ["48143", "48147", "48155"], "251", 6),
    ("Kassel", ["34117", "34119", "34131"], "561", 6),
    ("Regensburg", ["93047", "93049", "93053"], "941", 6),
    ("Würzburg", ["97070", "97072", "97082"], "931", 6),
    ("Bielefeld", ["33602", "33604", "33615"], "521", 6),
    ("Mainz", ["55116", "55118", "55131"], "6131", 6),
    ("Rostock", ["18055", "18057", "18069"], "381", 6),
    ("Erfurt", ["99084", "99086", "99096"], "361", 6),
    ("Heidelberg", ["69117", "69120", "69126"], "6221", 6),
    ("Göttingen", ["37073", "37075", "37083"], "551", 6),
    ("Augsburg", ["86150", "86152", "86161"], "821", 6),
    ("Kiel", ["24103", "24105", "24114"], "431", 6),
    ("Lübeck", ["23552", "23554", "23566"], "451", 6),
    ("Bonn", ["53111", "53113", "53129"], "228", 6),
    ("Konstanz", ["78462", "78464", "78467"], "7531", 5),
    ("Ulm", ["89073", "89075", "89077"], "731", 6),
    ("Trier", ["54290", "54292", "54295"], "651", 6),
    ("Potsdam", ["14467", "14469", "14482"], "331", 6),
    ("Oldenburg", ["26122", "26123", "26131"], "441", 6),
    ("Bamberg", ["96047", "96049", "96050"], "951", 6),
    ("Passau", ["94032", "94034", "94036"], "851", 6),
    ("Karlsruhe", ["76133", "76135", "76137"], "721", 6),
    ("Saarbrücken", ["66111", "66117", "66121"], "681", 6),
    ("Magdeburg", ["39104", "39106", "39112"], "391", 6),
    ("Jena", ["07743", "07745", "07747"], "3641", 6),
    ("Marburg", ["35037", "35039", "35043"], "6421", 5),
    ("Lüneburg", ["21335", "21337", "21339"], "4131", 5),
]
AT_TOWNS = [
    (
        "Wien",
        [
            "1020",
            "1030",
            "1040",
            "1050",
            "1060",
            "1070",
            "1080",
            "1090",
            "1100",
            "1110",
            "1150",
            "1160",
            "1170",
            "1180",
            "1210",
            "1220",
        ],
        "1",
        7,
    ),
    ("Graz", ["8010", "8020", "8045"], "316", 6),
    ("Linz", ["4020", "4030", "4040"], "732", 6),
    ("Salzburg", ["5020", "5023"], "662", 6),
    ("Innsbruck", ["6020"], "512", 6),
    ("Klagenfurt am Wörthersee", ["9020"], "463", 6),
    ("Villach", ["9500", "9504"], "4242", 6),
    ("St. Pölten", ["3100"], "2742", 6),
    ("Wels", ["4600"], "7242", 6),
    ("Dornbirn", ["6850"], "5572", 6),
    ("Bregenz", ["6900"], "5574", 5),
    ("Feldkirch", ["6800"], "5522", 5),
    ("Steyr", ["4400"], "7252", 5),
    ("Leoben", ["8700"], "3842", 5),
    ("Krems an der Donau", ["3500"], "2732", 5),
    ("Wiener Neustadt", ["2700"], "2622", 5),
    ("Baden", ["2500"], "2252", 6),
    ("Eisenstadt", ["7000"], "2682", 5),
    ("Kufstein", ["6330"], "5372", 5),
    ("Amstetten", ["3300"], "7472", 5),
]
VIENNA_STREETS = {
    "Mariahilfer Straße": ["1060", "1070", "1150"],
    "Favoritenstraße": ["1040", "1100"],
    "Wiedner Hauptstraße": ["1040", "1050"],
    "Landstraßer Hauptstraße": ["1030"],
    "Ottakringer Straße": ["1160", "1170"],
    "Währinger Straße": ["1090", "1180"],
    "Thaliastraße": ["1160"],
    "Neubaugasse": ["1070"],
    "Josefstädter Straße": ["1080"],
    "Gumpendorfer Straße": ["1060"],
    "Simmeringer Hauptstraße": ["1110"],
    "Brünner Straße": ["1210"],
    "Wagramer Straße": ["1220"],
    "Praterstraße": ["1020"],
    "Reinprechtsdorfer Straße": ["1050"],
    "Hernalser Hauptstraße": ["1170"],
}
CHDE_TOWNS = [
    ("Zürich", ["8001", "8003", "8004", "8005", "8006", "8032", "8037", "8046", "8050", "8055"], "44", 7),
    ("Bern", ["3005", "3007", "3011", "3012", "3014", "3018"], "31", 7),
    ("Basel", ["4051", "4052", "4055", "4056", "4057"], "61", 7),
    ("Luzern", ["6003", "6004", "6005", "6006"], "41", 7),
    ("St. Gallen", ["9000", "9008", "9010"], "71", 7),
    ("Winterthur", ["8400", "8404", "8406", "8408"], "52", 7),
    ("Zug", ["6300"], "41", 7),
    ("Aarau", ["5000", "5004"], "62", 7),
    ("Chur", ["7000"], "81", 7),
    ("Thun", ["3600", "3604"], "33", 7),
    ("Biel/Bienne", ["2502", "2503"], "32", 7),
    ("Schaffhausen", ["8200"], "52", 7),
    ("Frauenfeld", ["8500"], "52", 7),
    ("Solothurn", ["4500"], "32", 7),
    ("Olten", ["4600"], "62", 7),
    ("Baden", ["5400"], "56", 7),
    ("Uster", ["8610"], "44", 7),
    ("Wil SG", ["9500"], "71", 7),
    ("Rapperswil-Jona", ["8640", "8645"], "55", 7),
    ("Liestal", ["4410"], "61", 7),
    ("Brig", ["3900"], "27", 7),
    ("Burgdorf", ["3400"], "34", 7),
]
RM_TOWNS = [
    ("Scuol", ["7550"], "81", 7),
    ("Disentis/Mustér", ["7180"], "81", 7),
    ("Samedan", ["7503"], "81", 7),
    ("Ilanz", ["7130"], "81", 7),
    ("Savognin", ["7460"], "81", 7),
]
CHFR_TOWNS = [
    ("Genève", ["1201", "1202", "1203", "1205", "1206", "1207", "1209"], "22", 7),
    ("Lausanne", ["1003", "1004", "1005", "1006", "1007", "1010", "1018"], "21", 7),
    ("Fribourg", ["1700"], "26", 7),
    ("Neuchâtel", ["2000"], "32", 7),
    ("Sion", ["1950"], "27", 7),
    ("Yverdon-les-Bains", ["1400"], "24", 7),
    ("Montreux", ["1820"], "21", 7),
    ("Nyon", ["1260"], "22", 7),
    ("Vevey", ["1800"], "21", 7),
    ("La Chaux-de-Fonds", ["2300"], "32", 7),
    ("Delémont", ["2800"], "32", 7),
    ("Bulle", ["1630"], "26", 7),
    ("Morges", ["1110"], "21", 7),
    ("Martigny", ["1920"], "27", 7),
    ("Renens", ["1020"], "21", 7),
]
CHIT_TOWNS = [
    ("Lugano", ["6900", "6903"], "91", 7),
    ("Bellinzona", ["6500"], "91", 7),
    ("Locarno", ["6600"], "91", 7),
    ("Mendrisio", ["6850"], "91", 7),
    ("Chiasso", ["6830"], "91", 7),
    ("Biasca", ["6710"], "91", 7),
    ("Ascona", ["6612"], "91", 7),
    ("Minusio", ["6648"], "91", 7),
    ("Giubiasco", ["6512"], "91", 7),
    ("Massagno", ["6900"], "91", 7),
    ("Agno", ["6982"], "91", 7),
]
FR_TOWNS = [
    ("Paris", ["75003", "75005", "75010", "75011", "75012", "75014", "75015", "75017", "75018", "75020"], "1", 8),
    ("Lyon", ["69001", "69003", "69004", "69006", "69007", "69008"], "4", 8),
    ("Marseille", ["13001", "13004", "13005", "13006", "13008", "13012"], "4", 8),
    ("Toulouse", ["31000", "31200", "31300", "31400", "31500"], "5", 8),
    ("Bordeaux", ["33000", "33100", "33200", "33800"], "5", 8),
    ("Nantes", ["44000", "44100", "44200", "44300"], "2", 8),
    ("Lille", ["59000", "59800", "59160"], "3", 8),
    ("Strasbourg", ["67000", "67100", "67200"], "3", 8),
    ("Montpellier", ["34000", "34070", "34090"], "4", 8),
    ("Rennes", ["35000", "35200", "35700"], "2", 8),
    ("Nice", ["06000", "06100", "06300"], "4", 8),
    ("Grenoble", ["38000", "38100"], "4", 8),
    ("Dijon", ["21000"], "3", 8),
    ("Angers", ["49000", "49100"], "2", 8),
    ("Reims", ["51100"], "3", 8),
    ("Tours", ["37000", "37100", "37200"], "2", 8),
    ("Clermont-Ferrand", ["63000", "63100"], "4", 8),
    ("Rouen", ["76000", "76100"], "2", 8),
    ("Metz", ["57000", "57050"], "3", 8),
    ("Besançon", ["25000"], "3", 8),
    ("Limoges", ["87000", "87100"], "5", 8),
    ("Poitiers", ["86000"], "5", 8),
    ("Caen", ["14000"], "2", 8),
    ("Annecy", ["74000"], "4", 8),
    ("Perpignan", ["66000"], "4", 8),
    ("Brest", ["29200"], "2", 8),
    ("Pau", ["64000"], "5", 8),
    ("Nancy", ["54000"], "3", 8),
    ("Avignon", ["84000"], "4", 8),
    ("La Rochelle", ["17000"], "5", 8),
    ("Quimper", ["29000"], "2", 8),
    ("Colmar", ["68000"], "3", 8),
]
IT_TOWNS = [
    ("Roma", ["00153", "00162", "00175", "00185", "00192", "00136"], "6", 8, "RM"),
    ("Milano", ["20121", "20123", "20135", "20144", "20154", "20159"], "2", 8, "MI"),
    ("Torino", ["10121", "10128", "10138", "10153"], "11", 7, "TO"),
    ("Napoli", ["80121", "80129", "80138"], "81", 7, "NA"),
    ("Bologna", ["40121", "40125", "40137"], "51", 7, "BO"),
    ("Firenze", ["50121", "50129", "50136"], "55", 7, "FI"),
    ("Genova", ["16121", "16128", "16145"], "10", 7, "GE"),
    ("Venezia", ["30121", "30124", "30171"], "41", 7, "VE"),
    ("Verona", ["37121", "37129", "37138"], "45", 7, "VR"),
    ("Padova", ["35121", "35129", "35138"], "49", 7, "PD"),
    ("Bari", ["70121", "70122", "70126"], "80", 7, "BA"),
    ("Palermo", ["90133", "90141", "90144"], "91", 7, "PA"),
    ("Catania", ["95121", "95124", "95129"], "95", 7, "CT"),
    ("Trieste", ["34121", "34125", "34133"], "40", 7, "TS"),
    ("Bergamo", ["24121", "24122", "24128"], "35", 7, "BG"),
    ("Brescia", ["25121", "25122", "25128"], "30", 7, "BS"),
    ("Trento", ["38121", "38122"], "461", 6, "TN"),
    ("Bolzano", ["39100"], "471", 6, "BZ"),
    ("Parma", ["43121", "43123"], "521", 6, "PR"),
    ("Modena", ["41121", "41124"], "59", 7, "MO"),
    ("Perugia", ["06121", "06124"], "75", 7, "PG"),
    ("Pisa", ["56121", "56124"], "50", 7, "PI"),
    ("Lecce", ["73100"], "832", 6, "LE"),
    ("Cagliari", ["09121", "09127"], "70", 7, "CA"),
    ("Como", ["22100"], "31", 7, "CO"),
    ("Varese", ["21100"], "332", 6, "VA"),
    ("Udine", ["33100"], "432", 6, "UD"),
    ("Ancona", ["60121", "60124"], "71", 7, "AN"),
    ("Salerno", ["84121", "84127"], "89", 7, "SA"),
    ("Pescara", ["65121", "65124"], "85", 7, "PE"),
]
GB_TOWNS = [
    ("London", ["SW11", "N7", "E8", "SE15", "NW5", "W12", "E17", "N16", "SW2"], "20", 8),
    ("Manchester", ["M14", "M20", "M21", "M4"], "161", 7),
    ("Birmingham", ["B15", "B29", "B13", "B17"], "121", 7),
    ("Leeds", ["LS6", "LS7", "LS8", "LS17"], "113", 7),
    ("Bristol", ["BS6", "BS3", "BS7", "BS5"], "117", 7),
    ("Glasgow", ["G12", "G41", "G31", "G11"], "141", 7),
    ("Edinburgh", ["EH9", "EH6", "EH10", "EH3"], "131", 7),
    ("Cardiff", ["CF24", "CF11", "CF14", "CF5"], "29", 8),
    ("Liverpool", ["L17", "L15", "L18"], "151", 7),
    ("Sheffield", ["S10", "S11", "S7"], "114", 7),
    ("Nottingham", ["NG7", "NG5", "NG3"], "115", 7),
    ("Newcastle upon Tyne", ["NE2", "NE6", "NE4"], "191", 7),
    ("Brighton", ["BN1", "BN2", "BN3"], "1273", 6),
    ("Oxford", ["OX4", "OX2", "OX3"], "1865", 6),
    ("Cambridge", ["CB4", "CB1", "CB2"], "1223", 6),
    ("York", ["YO10", "YO31", "YO24"], "1904", 6),
    ("Norwich", ["NR2", "NR3", "NR4"], "1603", 6),
    ("Exeter", ["EX4", "EX2", "EX1"], "1392", 6),
    ("Bath", ["BA2", "BA1"], "1225", 6),
    ("Leicester", ["LE2", "LE3", "LE5"], "116", 7),
    ("Belfast", ["BT7", "BT9", "BT4"], "28", 8),
    ("Aberdeen", ["AB24", "AB10", "AB15"], "1224", 6),
    ("Swansea", ["SA2", "SA1"], "1792", 6),
    ("Reading", ["RG1", "RG2", "RG30"], "118", 7),
    ("Derby", ["DE22", "DE23"], "1332", 6),
    ("Canterbury", ["CT1", "CT2"], "1227", 6),
]
US_TOWNS = [
    ("Boston", "MA", ["02118", "02130", "02127"], ["617", "857"]),
    ("Chicago", "IL", ["60614", "60647", "60625", "60618"], ["312", "773"]),
    ("Austin", "TX", ["78704", "78745", "78702"], ["512", "737"]),
    ("Seattle", "WA", ["98103", "98115", "98122"], ["206"]),
    ("Denver", "CO", ["80206", "80211", "80220"], ["303", "720"]),
    ("Portland", "OR", ["97214", "97202", "97217"], ["503", "971"]),
    ("Philadelphia", "PA", ["19103", "19143", "19125"], ["215", "267"]),
    ("Atlanta", "GA", ["30307", "30306", "30318"], ["404", "678"]),
    ("Minneapolis", "MN", ["55408", "55406", "55418"], ["612"]),
    ("San Diego", "CA", ["92104", "92116", "92107"], ["619", "858"]),
    ("Columbus", "OH", ["43201", "43206", "43214"], ["614"]),
    ("Madison", "WI", ["53703", "53704", "53711"], ["608"]),
    ("Raleigh", "NC", ["27601", "27605", "27608"], ["919", "984"]),
    ("Nashville", "TN", ["37206", "37212", "37209"], ["615", "629"]),
    ("Phoenix", "AZ", ["85004", "85014", "85018"], ["602", "480"]),
    ("Sacramento", "CA", ["95816", "95818", "95819"], ["916"]),
    ("Pittsburgh", "PA", ["15213", "15217", "15206"], ["412"]),
    ("Baltimore", "MD", ["21218", "21224", "21211"], ["410", "443"]),
    ("Albuquerque", "NM", ["87106", "87108", "87110"], ["505"]),
    ("Burlington", "VT", ["05401", "05408"], ["802"]),
    ("Ann Arbor", "MI", ["48104", "48103", "48105"], ["734"]),
    ("Providence", "RI", ["02906", "02909"], ["401"]),
    ("Richmond", "VA", ["23220", "23221", "23225"], ["804"]),
    ("Salt Lake City", "UT", ["84102", "84105", "84108"], ["801", "385"]),
    ("New Orleans", "LA", ["70115", "70119", "70118"], ["504"]),
    ("Brooklyn", "NY", ["11215", "11211", "11238"], ["718", "347"]),
    ("Oakland", "CA", ["94610", "94606", "94618"], ["510"]),
    ("Tucson", "AZ", ["85719", "85705", "85716"], ["520"]),
]

DE_STREETS = _w("""Lindenstraße, Hauptstraße, Bahnhofstraße, Schulstraße, Gartenstraße, Kirchstraße, Bergstraße,
Waldweg, Am Mühlbach, Birkenweg, Rosenstraße, Goethestraße, Schillerstraße, Ringstraße, Wiesenweg,
Sonnenstraße, Feldstraße, Talstraße, Blumenstraße, Am Anger, Eichendorffstraße, Ahornweg, Kastanienallee,
Uhlandstraße, Mozartstraße, Beethovenstraße, Hölderlinweg, Brunnenstraße, Mittelweg, Heideweg, Am Sportplatz,
Burgstraße, Mühlenweg, Lessingstraße, Jahnstraße, Poststraße, Schlossstraße, Hafenstraße, Kantstraße,
Fliederweg, Tulpenweg, Drosselgasse, Amselweg, Lerchenweg, Zum Steinbruch, Weinbergstraße, Steinweg,
Kolpingstraße, Lange Reihe, Körnerstraße, Hegelstraße, Humboldtstraße, Parkstraße, Friedensstraße""")
AT_STREETS = _w("""Hauptstraße, Kirchengasse, Schulgasse, Bahnhofstraße, Grazer Straße, Linzer Straße, Salzburger
Straße, Mühlgasse, Feldgasse, Lindengasse, Rosengasse, Anton-Wildgans-Gasse, Dr.-Karl-Renner-Straße, Am Anger,
Wiener Straße, Sonnenweg, Birkenweg, Herrengasse, Färbergasse, Stiftgasse, Kaiserfeldgasse, Bergstraße,
Quellenstraße, Steinfeldgasse, Theodor-Körner-Straße, Brunnengasse, Rathausplatz, Stadtplatz""")
CHDE_STREETS = _w("""Bahnhofstrasse, Hauptstrasse, Dorfstrasse, Kirchgasse, Schulhausstrasse, Seestrasse, Bergstrasse,
Rosenweg, Birkenweg, Weinbergstrasse, Gartenstrasse, Feldstrasse, Im Grund, Sonnenbergstrasse,
Lindenhofstrasse, Mühlegasse, Alte Landstrasse, Rainstrasse, Wiesenstrasse, Bachstrasse, Hofackerstrasse,
Chilegasse, Steinhaldenweg, Freiestrasse, Spitalgasse, Zelgweg, Buchenweg, Obstgartenstrasse, Kirchweg,
Rebbergstrasse, Aeschengraben, Unterdorfstrasse, Oberdorfstrasse, Brunnmattstrasse""")
RM_STREETS = _w("Via da la Staziun, Stradun, Via Maistra, Plazza, Via Principala, Via Sura, Via Grischa, Vial")
CHFR_STREETS = _w("""Rue de la Gare, Rue du Lac, Chemin des Vignes, Avenue de la Gare, Route de Lausanne, Rue du Centre,
Chemin de la Forêt, Rue des Alpes, Avenue du Léman, Rue du Temple, Chemin du Pré, Route de Berne,
Rue de l'Industrie, Chemin des Lilas, Rue du Simplon, Avenue de Beaulieu, Chemin de Mornex, Rue des Moulins,
Route du Jura, Chemin des Crêts""")
CHIT_STREETS = _w("""Via Cantonale, Via San Gottardo, Via Lugano, Via Stazione, Via Ceresio, Via dei Faggi,
Via Monte Ceneri, Via Vela, Via Bellinzona, Via Collina, Via alla Chiesa, Via ai Ronchi, Via Municipio,
Via Luini, Via Trevano, Via Pioda, Via Ospedale, Via Motta""")
FR_STREETS = _w("""rue de la République, avenue Jean Jaurès, rue Victor Hugo, boulevard Gambetta, rue Pasteur,
rue de la Paix, rue des Lilas, impasse des Tilleuls, allée des Acacias, rue du Moulin, place de l'Église,
chemin des Vignes, rue de la Gare, avenue de la Libération, rue Nationale, rue du Général de Gaulle,
boulevard Voltaire, rue des Écoles, rue Saint-Michel, rue des Tanneurs, rue Émile Zola, rue Jules Ferry,
rue des Rosiers, avenue Foch, rue de Verdun, rue du 8 Mai 1945, rue des Jardins, allée des Peupliers,
rue de la Fontaine, rue Gambetta, cours Lafayette, rue des Carmes""")
IT_STREETS = _w("""Via Roma, Via Garibaldi, Via Mazzini, Via Dante Alighieri, Corso Italia, Via Cavour, Via Verdi,
Via XX Settembre, Via Manzoni, Piazza della Repubblica, Via Vittorio Veneto, Viale Europa, Via dei Mille,
Via San Francesco, Via Nazionale, Via Marconi, Via Leopardi, Via Matteotti, Via Gramsci, Via Carducci,
Via Pascoli, Corso Vittorio Emanuele II, Via delle Rose, Via dei Tigli, Via Fratelli Bandiera, Via Torino,
Via Solferino, Viale dei Pini, Via Aurelio Saffi, Via del Lavoro""")
GB_STREETS = _w("""High Street, Station Road, Church Lane, Victoria Road, Park Road, Mill Lane, King Street,
Queen's Road, Albert Road, Manor Road, The Crescent, Springfield Avenue, Chestnut Close, Willow Way,
Orchard Drive, Grove Road, Highfield Road, New Street, Kingsway, Elm Grove, St Mary's Road, Windsor Terrace,
Belvedere Gardens, Cedar Court, Beech Avenue, Mount Pleasant, Green Lane, York Road, Hawthorn Drive""")
US_STREETS = _w("""Maple Avenue, Oak Street, Main Street, Elm Street, Washington Avenue, Park Place, Pine Street,
Cedar Lane, Lincoln Avenue, Lake Drive, Hillcrest Road, Walnut Street, Chestnut Street, Jefferson Street,
Ridge Road, Spring Street, Highland Avenue, Magnolia Drive, Church Street, 2nd Street, 14th Street,
Willow Court, Meadow Lane, Grant Avenue, Sycamore Drive, Prospect Street, Franklin Avenue, Cherry Lane""")
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

MOBILE_PREFIX = {
    "DE": [
        "151",
        "152",
        "157",
        "159",
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
    ],
    "AT": ["664", "676", "650", "660", "699", "680", "681", "688"],
    "CH": ["76", "77", "78", "79", "75"],
    "FR": ["6", "7"],
    "IT": [
        "320",
        "328",
        "329",
        "333",
        "334",
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
        "393",
    ],
    "GB": [
        "7700",
        "7711",
        "7723",
        "7734",
        "7745",
        "7756",
        "7767",
        "7778",
        "7789",
        "7801",
        "7812",
        "7823",
        "7834",
        "7845",
        "7856",
        "7867",
        "7878",
        "7889",
        "7901",
        "7912",
        "7923",
        "7934",
        "7945",
        "7956",
        "7967",
        "7978",
    ],
}
CC = {"DE": "49", "AT": "43", "CH": "41", "FR": "33", "IT": "39", "GB": "44", "US": "1"}

PROVIDERS = {
    "DE": [
        "gmx.de",
        "web.de",
        "t-online.de",
        "posteo.de",
        "gmail.com",
        "outlook.de",
        "freenet.de",
        "mailbox.org",
        "icloud.com",
    ],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.com", "icloud.com"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "protonmail.ch", "gmail.com", "outlook.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com", "hotmail.fr", "yahoo.fr"],
    "IT": ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com", "hotmail.it", "yahoo.it"],
    "GB": ["btinternet.com", "yahoo.co.uk", "outlook.com", "gmail.com", "hotmail.co.uk", "sky.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "aol.com", "outlook.com", "hotmail.com"],
}
IP4 = {
    "DE": [(79, 192, 255), (84, 128, 191), (91, 32, 63), (93, 192, 255), (217, 224, 255), (87, 128, 191)],
    "AT": [(62, 178, 178), (80, 108, 110), (84, 112, 119), (178, 112, 115), (193, 80, 83)],
    "CH": [(85, 0, 7), (178, 194, 199), (212, 243, 243), (213, 55, 55), (188, 60, 63), (83, 76, 79)],
    "FR": [(82, 64, 127), (90, 0, 127), (78, 192, 255), (88, 160, 191), (176, 128, 191)],
    "IT": [(87, 0, 31), (151, 64, 95), (93, 32, 63), (79, 24, 63), (2, 32, 47)],
    "GB": [(81, 96, 111), (86, 128, 191), (90, 192, 223), (109, 144, 159), (2, 96, 127)],
    "US": [(73, 0, 127), (24, 0, 63), (98, 0, 255), (174, 0, 63), (71, 192, 255), (68, 32, 63)],
}
IP6 = {
    "DE": "2003:e8",
    "AT": "2a02:8388",
    "CH": "2a02:1210",
    "FR": "2a01:cb00",
    "IT": "2001:b07",
    "GB": "2a00:23c7",
    "US": "2600:1700",
}


# ---------------------------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------------------------

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
    "de": ["Jan.", "Feb.", "Mrz.", "Apr.", "Mai", "Jun.", "Jul.", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def _ord_en(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def fmt_date(d: dt.date, shape: str, austrian: bool = False) -> str:
    de_m = list(MONTHS["de"])
    de_a = list(MON_ABBR["de"])
    if austrian:
        de_m[0] = "Jänner"
        de_a[0] = "Jän."
    y, m, dd = d.year, d.month, d.day
    table = {
        "dmy_dot": f"{dd:02d}.{m:02d}.{y}",
        "dmy_dot_np": f"{dd}.{m}.{y}",
        "dmy_dot_yy": f"{dd:02d}.{m:02d}.{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "de_month": f"{dd}. {de_m[m - 1]} {y}",
        "de_month0": f"{dd:02d}. {de_m[m - 1]} {y}",
        "de_mon": f"{dd}. {de_a[m - 1]} {y}",
        "dmy_space": f"{dd:02d}. {m:02d}. {y}",
        "slash": f"{dd:02d}/{m:02d}/{y}",
        "slash_yy": f"{dd:02d}/{m:02d}/{y % 100:02d}",
        "slash_np": f"{dd}/{m}/{y}",
        "dash": f"{dd:02d}-{m:02d}-{y}",
        "fr_month": f"{'1er' if dd == 1 else dd} {MONTHS['fr'][m - 1]} {y}",
        "fr_MONTH": f"{'1ER' if dd == 1 else dd} {MONTHS['fr'][m - 1].upper()} {y}",
        "fr_mon": f"{dd} {MON_ABBR['fr'][m - 1]} {y}",
        "it_month": f"{'1°' if dd == 1 else dd} {MONTHS['it'][m - 1]} {y}",
        "it_MONTH": f"{dd} {MONTHS['it'][m - 1].upper()} {y}",
        "it_mon": f"{dd} {MON_ABBR['it'][m - 1]} {y}",
        "gb_month": f"{dd} {MONTHS['en'][m - 1]} {y}",
        "gb_th": f"{_ord_en(dd)} {MONTHS['en'][m - 1]} {y}",
        "gb_of": f"{_ord_en(dd)} of {MONTHS['en'][m - 1]} {y}",
        "gb_mon": f"{dd} {MON_ABBR['en'][m - 1]} {y}",
        "gb_MON": f"{dd:02d}-{MON_ABBR['en'][m - 1].upper()}-{y}",
        "us_slash": f"{m:02d}/{dd:02d}/{y}",
        "us_slash_np": f"{m}/{dd}/{y}",
        "us_yy": f"{m}/{dd}/{y % 100:02d}",
        "us_month": f"{MONTHS['en'][m - 1]} {dd}, {y}",
        "us_mon": f"{MON_ABBR['en'][m - 1]} {dd}, {y}",
        "us_mon_dot": f"{MON_ABBR['en'][m - 1]}{'' if m == 5 else '.'} {dd}, {y}",
        "us_th": f"{MONTHS['en'][m - 1]} {_ord_en(dd)}, {y}",
        "us_dash": f"{m:02d}-{dd:02d}-{y}",
    }
    return table[shape]


DOB_SHAPES = {
    "de_DE": ["dmy_dot"] * 5 + ["dmy_dot_np", "dmy_dot_yy", "iso", "de_month", "de_month0", "de_mon", "dmy_space"],
    "de_AT": ["dmy_dot"] * 5 + ["dmy_dot_np", "de_month", "de_month0", "de_mon", "dmy_space", "slash"],
    "de_CH": ["dmy_dot"] * 6 + ["dmy_dot_np", "de_month", "dmy_dot_yy", "iso"],
    "fr_FR": ["slash"] * 5 + ["fr_month", "fr_month", "fr_MONTH", "fr_mon", "slash_yy", "dash"],
    "fr_CH": ["dmy_dot"] * 3 + ["slash"] * 2 + ["fr_month", "fr_month", "fr_mon", "dash"],
    "it_IT": ["slash"] * 5 + ["it_month", "it_month", "it_MONTH", "it_mon", "dash", "slash_np"],
    "it_CH": ["dmy_dot"] * 3 + ["slash"] * 2 + ["it_month", "it_mon", "dash"],
    "en_GB": ["slash"] * 4 + ["gb_month", "gb_month", "gb_th", "gb_of", "gb_mon", "gb_MON", "iso"],
    "en_US": ["us_slash"] * 4
    + ["us_slash_np", "us_yy", "us_month", "us_month", "us_mon", "us_mon_dot", "us_th", "us_dash"],
}


# ---------------------------------------------------------------------------------------------------------------
# Check digits
# ---------------------------------------------------------------------------------------------------------------


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def iban_make(cc: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(s: str) -> str:
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def fr_rib_key(bank: str, branch: str, acct: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97:02d}"


def luhn_ok(s: str) -> bool:
    digits = [int(x) for x in s if x.isdigit()]
    tot = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    return tot % 10 == 0


def ahv_check(d12: str) -> str:
    tot = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(d12))
    return str((10 - tot % 10) % 10)


def slug(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
    s = s.replace("Ü", "Ue").replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("Ł", "L")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]", "", s.lower())


def strip_accents(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(ch for ch in s if not unicodedata.combining(ch)))


# ---------------------------------------------------------------------------------------------------------------
# Persons and addresses
# ---------------------------------------------------------------------------------------------------------------


class Person:
    def __init__(self, first: str, last: str, g: str, grp: str, src: str, born: dt.date | None = None):
        self.first, self.last, self.g, self.grp, self.src = first, last, g, grp, src
        self.born = born
        self.base_last = last
        self.uid = -1

    def initials(self) -> str:
        parts = []
        for w in self.first.split(" "):
            parts.append("-".join(x[0] + "." for x in w.split("-")))
        return " ".join(parts)

    def last_initial(self) -> str:
        words = [w for w in re.split(r"[ ]", self.last) if w]
        core = [w for w in words if w.lower() not in PARTICLES] or words
        return core[-1][0].upper() + "."

    def nick(self) -> str | None:
        return NICKS.get(self.grp, {}).get(self.first)

    def render(self, style: str) -> str:
        f, la = self.first, self.last
        out = {
            "full": f"{f} {la}",
            "lf": f"{la}, {f}",
            "LF": f"{la.upper()}, {f}",
            "Lf": f"{la.upper()} {f}",
            "lastfirst": f"{la} {f}",
            "ini": f"{self.initials()} {la}",
            "fi": f"{f} {self.last_initial()}",
            "first": f,
            "last": la,
            "FULL": f"{f} {la}".upper(),
            "nick": self.nick() or f,
        }
        return out[style]


class Addr:
    def __init__(self, street: str, city: str, t: tuple, country: str, name: str = ""):
        self.street, self.city, self.t, self.town, self.country = street, city, t, t[0], country
        self.name = name

    @property
    def s(self) -> str:
        return mk("ADDRESS", self.street)

    @property
    def c(self) -> str:
        return mk("ADDRESS", self.city)

    def one(self, sep: str = ", ") -> str:
        return self.s + sep + self.c

    def block(self) -> str:
        return self.s + "\n" + self.c


REQUESTS = {
    "de": [
        "Kannst du mir das kurz zusammenfassen?",
        "Bitte formuliere daraus eine freundliche Antwort.",
        "Mach mir bitte eine übersichtliche Tabelle daraus.",
        "Was fehlt hier noch? Bitte prüfen.",
        "Kannst du den Text etwas höflicher formulieren?",
        "Bitte korrigiere Rechtschreibung und Zeichensetzung.",
        "Fasse bitte die wichtigsten Punkte in Stichworten zusammen.",
        "Ich brauche eine kurze Antwort-Mail darauf, sachlich bitte.",
        "Kannst du daraus eine saubere Liste machen, sortiert nach Datum?",
        "Bitte übersetze das ins Englische.",
        "Welche Angaben sind hier widersprüchlich?",
    ],
    "fr": [
        "Peux-tu me résumer ça en quelques lignes ?",
        "Merci de rédiger une réponse polie à ce message.",
        "Fais-moi un tableau propre à partir de ces données.",
        "Qu'est-ce qui manque ? Merci de vérifier.",
        "Peux-tu reformuler ce texte de façon plus formelle ?",
        "Corrige l'orthographe, s'il te plaît.",
        "Résume les points importants sous forme de liste.",
        "Traduis ce texte en allemand, stp.",
        "Peux-tu trier ces lignes par date ?",
    ],
    "it": [
        "Puoi riassumermi questo testo?",
        "Scrivi una risposta cortese a questa mail, per favore.",
        "Fammi una tabella ordinata con questi dati.",
        "Cosa manca? Controlla per favore.",
        "Puoi riformulare il testo in modo più formale?",
        "Correggi gli errori di battitura, grazie.",
        "Riassumi i punti principali in un elenco.",
        "Traduci in tedesco, per favore.",
        "Puoi ordinare queste righe per data?",
    ],
    "en": [
        "Can you summarise this for me?",
        "Please draft a polite reply to this.",
        "Turn this into a clean table, please.",
        "What's missing here? Please check.",
        "Can you make this sound a bit more formal?",
        "Please fix spelling and punctuation.",
        "List the key points as bullets.",
        "Could you translate this into German?",
        "Can you sort these rows by date?",
        "Is anything inconsistent in here?",
    ],
}
REQUESTS_US = [
    "Can you summarize this for me?",
    "Please draft a polite reply to this.",
    "Turn this into a clean table, please.",
    "What's missing here? Please check.",
    "Can you make this sound a bit more professional?",
    "Please fix spelling and punctuation.",
    "List the key points as bullets.",
    "Can you sort these rows by date?",
]

TOWN_TABLE = {
    "de_DE": DE_TOWNS,
    "de_AT": AT_TOWNS,
    "de_CH": CHDE_TOWNS,
    "fr_FR": FR_TOWNS,
    "fr_CH": CHFR_TOWNS,
    "it_IT": IT_TOWNS,
    "it_CH": CHIT_TOWNS,
    "en_GB": GB_TOWNS,
    "en_US": US_TOWNS,
}


class Ctx:
    """Per-document drawing context."""

    def __init__(self, rng: random.Random, locale: str, genre: str):
        self.r = rng
        self.loc = locale
        self.lang = locale[:2]
        self.cc = COUNTRY[locale]
        self.genre = genre
        self.used: set[str] = set()
        self.used_first: set[str] = set()
        self.emails: dict[tuple[int, str | None], str] = {}
        self.nuid = 0
        self.shape = rng.choice(DOB_SHAPES[locale])
        self.at = locale == "de_AT"
        self.today = dt.date(2026, 1, 8) + dt.timedelta(days=rng.randint(0, 325))
        towns = TOWN_TABLE[locale]
        if locale == "de_CH" and rng.random() < 0.08:
            towns = RM_TOWNS
        self.towns = towns
        self.home = rng.choice(towns)
        self.rm = towns is RM_TOWNS

    # -- basics --------------------------------------------------------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x: float) -> bool:
        return self.r.random() < x

    def L(self, de=None, fr=None, it=None, en=None, **kw):
        key = {"de_CH": "ch", "de_AT": "at", "fr_CH": "frch", "it_CH": "itch", "en_US": "us", "en_GB": "gb"}.get(
            self.loc
        )
        v = kw[key] if key in kw else {"de": de, "fr": fr, "it": it, "en": en}[self.lang]
        if isinstance(v, list):
            return self.r.choice(v)
        if isinstance(v, tuple):
            return list(v)
        return v

    def request(self) -> str:
        if self.lang != "en" and self.p(0.07):
            return self.ch(REQUESTS["en"])
        if self.loc == "en_US":
            return self.ch(REQUESTS_US)
        return self.ch(REQUESTS[self.lang])

    # -- names ---------------------------------------------------------------------------------------------------
    def _region_pools(self):
        loc, r = self.loc, self.r
        if loc == "de_DE":
            return DE_M, DE_F, DE_L, "de"
        if loc == "de_AT":
            return (AT_M + DE_M[:20], AT_F + DE_F[:20], AT_L, "de")
        if loc == "de_CH":
            if self.rm or r.random() < 0.07:
                return RM_M + CH_M[:10], RM_F + CH_F[:10], RM_L, "ch"
            return CH_M, CH_F, CH_L, "ch"
        if loc == "fr_FR":
            return FR_M, FR_F, FR_L, "fr"
        if loc == "fr_CH":
            return FR_M, FR_F, (FRCH_L if r.random() < 0.7 else FR_L), "fr"
        if loc == "it_IT":
            return IT_M, IT_F, IT_L, "it"
        if loc == "it_CH":
            return IT_M, IT_F, (ITCH_L if r.random() < 0.65 else IT_L), "it"
        if loc == "en_GB":
            return GB_M, GB_F, GB_L, "en"
        return US_M, US_F, US_L, "en"

    def person(
        self,
        g: str | None = None,
        age: tuple[int, int] = (19, 84),
        kind: str | None = None,
        last: str | None = None,
        src: str | None = None,
    ) -> Person:
        r = self.r
        for _ in range(60):
            gg = g or r.choice("mf")
            k = kind or r.choices(["region", "community", "special"], [55, 23, 22])[0]
            M, F, LL, grp = self._region_pools()
            lg = "de" if grp == "ch" else grp
            s = "region"
            first = r.choice(M if gg == "m" else F)
            la = r.choice(LL)
            if k == "community" or src:
                s = src or r.choice(COMMUNITY_BY_COUNTRY[self.cc])
                cm, cf, cl = COMMUNITIES[s]
                first = r.choice(cm if gg == "m" else cf)
                la = r.choice(cl)
                base = la
                if gg == "f":
                    la = female_surname(la, s)
                grp = s
            elif k == "special":
                sub = r.choice(["word", "word", "particle", "particle", "invent", "double", "wordfirst"])
                s = "special-" + sub
                if sub == "word":
                    la = r.choice(WORD_SURNAMES[lg])
                elif sub == "particle":
                    la = r.choice(PARTICLE_SURNAMES[self.cc])
                elif sub == "invent":
                    la = r.choice(INVENT_A[lg]) + r.choice(INVENT_B[lg])
                    if r.random() < 0.5:
                        rm, rf = RARE_FIRST[lg]
                        first = r.choice(rm if gg == "m" else rf)
                elif sub == "double":
                    other = r.choice(LL)
                    if other == la:
                        continue
                    sep = " " if (lg in ("it", "en") and r.random() < 0.35) else "-"
                    la = la + sep + other
                else:
                    wm, wf = WORD_FIRST[lg]
                    first = r.choice(wm if gg == "m" else wf)
                    if r.random() < 0.5:
                        la = r.choice(WORD_SURNAMES[lg])
            if k != "community" and not src:
                base = la
            if last is not None:
                la = last
                base = last
            key = slug(la)
            if last is None and key in self.used:
                continue
            if first in self.used_first or slug(first) == key:
                continue
            if any(w in first.split() for w in la.split()):
                continue
            self.used.add(key)
            self.used_first.add(first)
            born = self.birth(*age)
            pp = Person(first, la, gg, grp, s, born)
            pp.uid = self.nuid
            self.nuid += 1
            pp.base_last = base
            return pp
        raise RuntimeError("no name")

    def relative(self, p: Person, g: str | None = None, age: tuple[int, int] = (19, 84), same: bool = True) -> Person:
        g = g or self.r.choice("mf")
        if not same:
            return self.person(g=g, age=age)
        la = p.base_last
        if g == "f" and p.grp in ("pl", "gr"):
            la = female_surname(la, p.grp)
        for _ in range(40):
            q = self.person(g=g, age=age, kind="region", last=la)
            q.base_last = p.base_last
            if p.grp in COMMUNITIES:
                cm, cf, _cl = COMMUNITIES[p.grp]
                pool = [x for x in (cm if g == "m" else cf) if x not in self.used_first]
                if pool:
                    self.used_first.discard(q.first)
                    q.first = self.r.choice(pool)
                    self.used_first.add(q.first)
            q.grp = p.grp if p.grp in COMMUNITIES else q.grp
            return q
        raise RuntimeError("no relative")

    def kin(self, p: Person, g: str | None = None, gap: tuple[int, int] = (20, 44), same: bool = True) -> Person:
        """A relative born `gap` years after p (negative: before): children (20, 44), parents (-44, -20),
        siblings and partners (-8, 8)."""
        q = self.relative(p, g) if same else self.person(g=g)
        for _ in range(20):
            yrs = self.r.randint(*gap)
            born = p.born + dt.timedelta(days=int(365.25 * yrs) + self.r.randint(-150, 150))
            if born <= self.today - dt.timedelta(days=400):
                q.born = born
                return q
        q.born = self.today - dt.timedelta(days=self.r.randint(400, 3000))
        return q

    def birth(self, lo: int, hi: int) -> dt.date:
        age = self.r.randint(lo, hi)
        start = dt.date(self.today.year - age - 1, self.today.month, 1) + dt.timedelta(days=self.r.randint(0, 360))
        if start > self.today:
            start = start.replace(year=start.year - 1)
        return start

    def N(self, p: Person, style: str | None = None) -> str:
        if style is None:
            style = self.r.choices(["full", "lf", "ini", "LF", "fi"], [70, 12, 8, 5, 5])[0]
        return mk("PERSON", p.render(style))

    def title(self, p: Person) -> str:
        g = p.g
        if self.lang == "de":
            return "Herr" if g == "m" else "Frau"
        if self.lang == "fr":
            return self.ch(["M.", "Monsieur"]) if g == "m" else self.ch(["Mme", "Madame"])
        if self.lang == "it":
            return self.ch(["Sig.", "signor"]) if g == "m" else self.ch(["Sig.ra", "signora"])
        if self.loc == "en_US":
            return "Mr." if g == "m" else self.ch(["Ms.", "Mrs."])
        return "Mr" if g == "m" else self.ch(["Ms", "Mrs"])

    def tn(self, p: Person, dative: bool = False) -> str:
        t = self.title(p)
        if dative and t == "Herr":
            t = "Herrn"
        return f"{t} {mk('PERSON', p.render('last'))}"

    def dr(self) -> str:
        return self.L(de="Dr.", fr="Dr", it=["dott.", "Dott."], en="Dr", us="Dr.")

    def drn(self, p: Person, med: bool = True) -> str:
        if self.lang == "it" and p.g == "f":
            return f"{self.ch(['dott.ssa', 'Dott.ssa'])} {self.N(p, 'full')}"
        if self.lang == "de" and med and self.p(0.4):
            return f"{self.dr()} med. {self.N(p, 'full')}"
        return f"{self.dr()} {self.N(p, self.ch(['full', 'full', 'last']))}"

    # -- places --------------------------------------------------------------------------------------------------
    def town(self, local: float = 0.75):
        return self.home if self.r.random() < local else self.r.choice(self.towns)

    def addr(self, t=None, loc: str | None = None, local: float = 0.75, extra: float = 0.15, biz: bool = False) -> Addr:
        r = self.r
        loc = loc or self.loc
        if t is None:
            if loc == self.loc:
                t = self.town(local)
            else:
                t = r.choice(TOWN_TABLE[loc])
        n = r.choice([r.randint(1, 40), r.randint(1, 40), r.randint(1, 140)])
        if loc == "de_DE":
            st = r.choice(DE_STREETS)
            if st.endswith("straße") and r.random() < 0.15:
                st = st[:-6] + "str."
            num = f"{n}{r.choice(['', '', '', '', 'a', 'b'])}"
            street = f"{st} {num}"
            if r.random() < extra:
                street += r.choice([", 3. OG", " (Hinterhaus)", ", 2. Stock", ", Whg. 7", ", EG links"])
            city = f"{r.choice(t[1])} {t[0]}"
            if r.random() < 0.05:
                city = "D-" + city
        elif loc == "de_AT":
            if t[0] == "Wien":
                st = r.choice(sorted(VIENNA_STREETS))
                pc = r.choice(VIENNA_STREETS[st])
            else:
                st = r.choice(AT_STREETS)
                pc = r.choice(t[1])
            num = r.choice(
                [
                    f"{n}",
                    f"{n}/{r.randint(1, 24)}",
                    f"{n}/{r.randint(1, 4)}/{r.randint(1, 30)}",
                    f"{n}/Top {r.randint(1, 30)}",
                    f"{n}/Stiege {r.randint(1, 4)}/Tür {r.randint(1, 20)}",
                ]
                if not biz
                else [f"{n}", f"{n}", f"{n}-{n + 2}"]
            )
            street = f"{st} {num}"
            city = f"{pc} {t[0]}"
            if r.random() < 0.06:
                city = "A-" + city
        elif loc == "de_CH":
            st = r.choice(RM_STREETS if t in RM_TOWNS else CHDE_STREETS)
            street = f"{st} {n}{r.choice(['', '', '', '', 'a'])}"
            city = f"{r.choice(t[1])} {t[0]}"
            if r.random() < 0.06:
                city = "CH-" + city
        elif loc == "fr_CH":
            st = r.choice(CHFR_STREETS)
            if st.startswith("Chemin") and r.random() < 0.4:
                st = "c" + st[1:]
            street = f"{st} {n}"
            if r.random() < 0.1:
                street = f"{st} {n}{r.choice(['A', 'bis', 'B'])}"
            city = f"{r.choice(t[1])} {t[0]}"
            if r.random() < 0.06:
                city = "CH-" + city
        elif loc == "it_CH":
            st = r.choice(CHIT_STREETS)
            if r.random() < 0.25:
                st = "v" + st[1:]
            street = f"{st} {n}"
            city = f"{r.choice(t[1])} {t[0]}"
            if r.random() < 0.06:
                city = "CH-" + city
        elif loc == "fr_FR":
            st = r.choice(FR_STREETS)
            bis = r.choice(["", "", "", "", "", " bis", " ter"])
            street = r.choice([f"{n}{bis} {st}", f"{n}{bis}, {st}"])
            if r.random() < extra:
                street = r.choice(
                    [
                        f"Appt {r.randint(2, 48)}, {street}",
                        f"{street}, Bât. {r.choice('ABCD')}",
                        f"Résidence les Tilleuls, {street}",
                    ]
                )
            town = t[0].upper() if r.random() < 0.25 else t[0]
            city = f"{r.choice(t[1])} {town}"
            if r.random() < 0.15 and t[0] in ("Paris", "Lyon", "Marseille"):
                city = f"{r.choice(t[1])} {town} {r.choice(['', 'Cedex '])}".strip()
        elif loc == "it_IT":
            st = r.choice(IT_STREETS)
            if r.random() < 0.2:
                st = st[0].lower() + st[1:]
            num = r.choice(
                [
                    f" {n}",
                    f", {n}",
                    f" n. {n}",
                    f" {n}/{r.choice('ABC')}",
                    f" {n} int. {r.randint(1, 20)}",
                    f", {n} scala {r.choice('ABC')}",
                ]
                if not biz
                else [f" {n}", f", {n}", f" n. {n}"]
            )
            street = f"{st}{num}"
            prov = t[4]
            city = r.choice(
                [
                    f"{r.choice(t[1])} {t[0]} ({prov})",
                    f"{r.choice(t[1])} {t[0]} {prov}",
                    f"{r.choice(t[1])} {t[0]}",
                    f"{r.choice(t[1])} {t[0].upper()} ({prov})",
                ]
            )
            if r.random() < 0.04:
                city = "I-" + city
        elif loc == "en_GB":
            st = r.choice(GB_STREETS)
            street = f"{n} {st}"
            if r.random() < 0.2 and not biz:
                street = f"Flat {r.randint(1, 12)}, {street}"
            elif biz and r.random() < 0.2:
                street = f"Unit {r.randint(1, 12)}, {street}"
            pc = f"{r.choice(t[1])} {r.randint(0, 9)}{r.choice(INWARD_LETTERS)}{r.choice(INWARD_LETTERS)}"
            city = f"{t[0].upper() if r.random() < 0.15 else t[0]} {pc}"
        else:
            st = r.choice(US_STREETS)
            n = r.randint(12, 9800)
            d = r.choice(["", "", "", "N ", "S ", "E ", "W "])
            street = f"{n} {d}{st}"
            if r.random() < 0.3 and not biz:
                street += r.choice(
                    [
                        f", Apt {r.randint(1, 6)}{r.choice('ABCD')}",
                        f" #{r.randint(2, 40)}",
                        f", Unit {r.randint(1, 30)}",
                        f" Apt {r.randint(101, 420)}",
                    ]
                )
            elif biz and r.random() < 0.3:
                street += f", Suite {r.randint(100, 450)}"
            z = r.choice(t[2])
            if r.random() < 0.1:
                z += f"-{r.randint(1000, 9999)}"
            city = f"{t[0]}, {t[1]} {z}"
        return Addr(street, city, t, loc, st)

    def bizaddr(self, t=None) -> Addr:
        return self.addr(t=t or self.home, extra=0.0, biz=True)

    # -- phones --------------------------------------------------------------------------------------------------
    def _digits(self, n: int, lead_nonzero: bool = True) -> str:
        r = self.r
        first = str(r.randint(2, 9)) if lead_nonzero else str(r.randint(0, 9))
        return first + "".join(str(r.randint(0, 9)) for _ in range(n - 1))

    def mobile_raw(self, cc: str | None = None) -> str:
        r = self.r
        cc = cc or self.cc
        if cc == "US":
            return self.landline_raw(cc="US")
        pre = r.choice(MOBILE_PREFIX[cc])
        if cc == "DE":
            sub = self._digits(8 if pre.startswith("15") else r.choice([7, 8]))
            return r.choice(
                [
                    f"0{pre} {sub}",
                    f"0{pre}/{sub}",
                    f"0{pre}-{sub}",
                    f"+49 {pre} {sub}",
                    f"+49 (0){pre} {sub[:4]} {sub[4:]}",
                    f"0049 {pre} {sub}",
                    f"+49{pre}{sub}",
                    f"0{pre} {sub[:3]} {sub[3:]}",
                ]
            )
        if cc == "AT":
            sub = self._digits(7)
            return r.choice(
                [
                    f"0{pre} {sub}",
                    f"0{pre}/{sub[:3]} {sub[3:5]} {sub[5:]}",
                    f"+43 {pre} {sub}",
                    f"+43 (0){pre} {sub[:3]} {sub[3:5]} {sub[5:]}",
                    f"0043 {pre} {sub}",
                    f"0{pre} {sub[:3]} {sub[3:]}",
                ]
            )
        if cc == "CH":
            sub = self._digits(7)
            g = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
            return r.choice(
                [
                    f"0{pre} {g}",
                    f"0{pre} {g}",
                    f"+41 {pre} {g}",
                    f"0041 {pre} {g}",
                    f"+41{pre}{sub}",
                    f"0{pre} {sub}",
                    f"+41 (0){pre} {g}",
                ]
            )
        if cc == "FR":
            sub = self._digits(8, lead_nonzero=False)
            pairs = [sub[i : i + 2] for i in range(0, 8, 2)]
            return r.choice(
                [
                    f"0{pre} " + " ".join(pairs),
                    f"0{pre}." + ".".join(pairs),
                    f"0{pre}-" + "-".join(pairs),
                    f"+33 {pre} " + " ".join(pairs),
                    f"+33 (0){pre} " + " ".join(pairs),
                    f"0{pre}{sub}",
                    f"+33{pre}{sub}",
                    f"0{pre} " + " ".join(pairs),
                ]
            )
        if cc == "IT":
            sub = self._digits(7, lead_nonzero=False)
            return r.choice(
                [
                    f"{pre} {sub}",
                    f"{pre} {sub[:3]} {sub[3:]}",
                    f"+39 {pre} {sub}",
                    f"+39 {pre} {sub[:3]} {sub[3:]}",
                    f"0039 {pre} {sub}",
                    f"{pre}-{sub}",
                    f"{pre}{sub}",
                    f"+39{pre}{sub}",
                ]
            )
        sub = self._digits(6, lead_nonzero=False)
        return r.choice(
            [
                f"0{pre} {sub}",
                f"0{pre} {sub[:3]} {sub[3:]}",
                f"+44 {pre} {sub}",
                f"+44 (0){pre} {sub}",
                f"0044 {pre} {sub}",
                f"0{pre}{sub}",
                f"+44 {pre} {sub[:3]} {sub[3:]}",
            ]
        )

    def landline_raw(self, t=None, cc: str | None = None, din: bool = False) -> str:
        r = self.r
        cc = cc or self.cc
        if cc == "US":
            if t is None or len(t) != 4:
                t = self.home if self.loc == "en_US" else r.choice(US_TOWNS)
            area = r.choice(t[3])
            ex = str(r.randint(2, 9)) + str(r.randint(0, 9)) + str(r.randint(2, 9))
            if ex == "555" or ex[1:] == "11":
                ex = "482"
            ln = f"{r.randint(0, 9999):04d}"
            return r.choice(
                [
                    f"({area}) {ex}-{ln}",
                    f"{area}-{ex}-{ln}",
                    f"{area}.{ex}.{ln}",
                    f"+1 {area}-{ex}-{ln}",
                    f"+1 ({area}) {ex}-{ln}",
                    f"1-{area}-{ex}-{ln}",
                    f"({area}) {ex}-{ln}",
                ]
            )
        if t is None or t not in TOWN_TABLE.get(self.loc, []):
            pool = {
                "DE": DE_TOWNS,
                "AT": AT_TOWNS,
                "CH": CHDE_TOWNS + CHFR_TOWNS + CHIT_TOWNS,
                "FR": FR_TOWNS,
                "IT": IT_TOWNS,
                "GB": GB_TOWNS,
            }[cc]
            if t is None or t not in pool:
                t = self.home if self.home in pool else r.choice(pool)
        area, n = t[2], t[3]
        if cc == "DE":
            sub = self._digits(n)
            if din:
                return r.choice(
                    [
                        f"0{area} {sub[:-2]}-{r.randint(10, 89)}",
                        f"0{area} {sub[:-1]}-{r.randint(0, 9)}",
                        f"+49 {area} {sub[:-2]}-{r.randint(10, 89)}",
                    ]
                )
            pairs = " ".join(sub[i : i + 2] for i in range(0, len(sub), 2))
            return r.choice(
                [
                    f"0{area} {sub}",
                    f"0{area}/{sub}",
                    f"(0{area}) {sub}",
                    f"0{area} {pairs}",
                    f"+49 {area} {sub}",
                    f"+49 (0){area} {sub}",
                    f"0{area}-{sub}",
                ]
            )
        if cc == "AT":
            sub = self._digits(n)
            if din:
                return r.choice([f"0{area} {sub}-{r.randint(10, 89)}", f"+43 {area} {sub}-{r.randint(10, 89)}"])
            return r.choice(
                [f"0{area} {sub}", f"0{area}/{sub}", f"(0{area}) {sub}", f"+43 {area} {sub}", f"+43 (0){area} {sub}"]
            )
        if cc == "CH":
            sub = self._digits(7)
            g = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
            return r.choice([f"0{area} {g}", f"0{area} {g}", f"+41 {area} {g}", f"0041 {area} {g}", f"+41{area}{sub}"])
        if cc == "FR":
            sub = self._digits(8, lead_nonzero=False)
            pairs = ["0" + area] + [sub[i : i + 2] for i in range(0, 8, 2)]
            return r.choice(
                [
                    " ".join(pairs),
                    ".".join(pairs),
                    "".join(pairs),
                    "+33 " + area + " " + " ".join(pairs[1:]),
                    "+33 (0)" + area + " " + " ".join(pairs[1:]),
                ]
            )
        if cc == "IT":
            sub = self._digits(n, lead_nonzero=False)
            return r.choice(
                [
                    f"0{area} {sub}",
                    f"0{area}/{sub}",
                    f"0{area} {sub[:4]} {sub[4:]}",
                    f"+39 0{area} {sub}",
                    f"0{area}-{sub}",
                    f"+39 0{area} {sub[:3]} {sub[3:]}",
                ]
            )
        sub = self._digits(n)
        if n == 8:
            g = f"{sub[:4]} {sub[4:]}"
        elif n == 7:
            g = f"{sub[:3]} {sub[3:]}"
        else:
            g = sub
        return r.choice([f"0{area} {g}", f"(0{area}) {g}", f"+44 {area} {g}", f"+44 (0){area} {g}", f"0{area} {g}"])

    def mob(self, cc: str | None = None) -> str:
        return mk("PHONE", self.mobile_raw(cc))

    def tel(self, t=None, din: bool = False, cc: str | None = None) -> str:
        return mk("PHONE", self.landline_raw(t, cc=cc, din=din))

    def anyphone(self, t=None) -> str:
        return self.mob() if self.p(0.6) else self.tel(t)

    # -- e-mail --------------------------------------------------------------------------------------------------
    def email_raw(self, p: Person, domain: str | None = None) -> str:
        r = self.r
        f, la = slug(p.first.split(" ")[0]), slug(p.last)
        if not f:
            f = "x"
        if domain:
            loc = r.choice([f"{f}.{la}", f"{f}.{la}", f"{f[0]}.{la}", f"{la}", f"{f}{la[0]}", f"{la}.{f}"])
            return f"{loc}@{domain}"
        yy = str(p.born.year % 100).zfill(2) if p.born else str(r.randint(60, 99))
        nk = slug(p.nick() or p.first.split(" ")[0])
        loc = r.choice(
            [
                f"{f}.{la}",
                f"{f}.{la}",
                f"{f}_{la}",
                f"{f}{la}",
                f"{f[0]}.{la}",
                f"{la}.{f}",
                f"{f}.{la}{yy}",
                f"{la}{yy}",
                f"{nk}{r.randint(1, 99)}",
                f"{f}{la[0]}{r.randint(70, 2009)}",
                f"{f}-{la}",
                f"{f[0]}{la}",
            ]
        )
        return f"{loc}@{r.choice(PROVIDERS[self.cc])}"

    def em(self, p: Person, domain: str | None = None) -> str:
        key = (p.uid, domain)
        if key not in self.emails:
            self.emails[key] = self.email_raw(p, domain)
        return mk("EMAIL", self.emails[key])

    # -- money, ids, network -------------------------------------------------------------------------------------
    def iban_raw(self, cc: str | None = None) -> str:
        r = self.r
        cc = cc or self.cc
        if cc == "US":
            cc = "GB"
        if cc == "CH" and r.random() < 0.04:
            cc = "LI"
        if r.random() < 0.03:
            cc = r.choice(["NL", "LU", "BE"])

        def d(n: int) -> str:
            return "".join(str(r.randint(0, 9)) for _ in range(n))

        if cc == "DE":
            blz = r.choice(
                [
                    "10010010",
                    "50010517",
                    "37040044",
                    "20050550",
                    "70150000",
                    "60050101",
                    "43060967",
                    "10090000",
                    "12030000",
                    "68050101",
                    "76050101",
                    "86050200",
                ]
            )
            s = iban_make("DE", blz + d(10))
        elif cc == "AT":
            s = iban_make("AT", r.choice(["20111", "12000", "14000", "32000", "20404", "38000", "34000"]) + d(11))
        elif cc == "CH":
            s = iban_make("CH", r.choice(["00700", "09000", "00235", "80808", "00767", "00762", "08390"]) + d(12))
        elif cc == "LI":
            s = iban_make("LI", r.choice(["08800", "08810", "08803"]) + d(12))
        elif cc == "FR":
            bank, br, ac = r.choice(["30004", "30003", "20041", "10278", "11306", "30002", "16006"]), d(5), d(11)
            s = iban_make("FR", bank + br + ac + fr_rib_key(bank, br, ac))
        elif cc == "IT":
            abi, cab, ac = r.choice(["03069", "02008", "05034", "01030", "08327", "05387", "03062"]), d(5), d(12)
            s = iban_make("IT", it_cin(abi + cab + ac) + abi + cab + ac)
        elif cc == "GB":
            s = iban_make("GB", r.choice(["BARC", "LOYD", "NWBK", "HBUK", "MIDL", "SRLG", "MONZ"]) + d(14))
        elif cc == "NL":
            s = iban_make("NL", r.choice(["INGB", "RABO", "ABNA", "ASNB"]) + d(10))
        elif cc == "LU":
            s = iban_make("LU", r.choice(["001", "002", "019"]) + d(13))
        else:
            base = d(10)
            chk = int(base) % 97 or 97
            s = iban_make("BE", base + f"{chk:02d}")
        assert iban_ok(s), s
        style = r.random()
        if style < 0.62:
            out = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        elif style < 0.95:
            out = s
        else:
            out = " ".join(s[i : i + 4] for i in range(0, len(s), 4)).lower()
        return out

    def ib(self, cc: str | None = None) -> str:
        return mk("IBAN", self.iban_raw(cc))

    def card_raw(self) -> str:
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "mc", "amex"])
        if kind == "visa":
            body = "4" + "".join(str(r.randint(0, 9)) for _ in range(14))
        elif kind == "mc":
            body = str(r.randint(51, 55)) + "".join(str(r.randint(0, 9)) for _ in range(13))
        else:
            body = r.choice(["34", "37"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
        for x in range(10):
            if luhn_ok(body + str(x)):
                num = body + str(x)
                break
        if len(num) == 15:
            return r.choice([f"{num[:4]} {num[4:10]} {num[10:]}", num])
        return r.choice(
            [" ".join(num[i : i + 4] for i in range(0, 16, 4)), num, "-".join(num[i : i + 4] for i in range(0, 16, 4))]
        )

    def masked_card(self) -> str:
        r = self.r
        last4 = f"{r.randint(0, 9999):04d}"
        return r.choice(
            [
                f"**** **** **** {last4}",
                f"•••• {last4}",
                f"XXXX-XXXX-XXXX-{last4}",
                f"**** {last4}",
                f"{r.choice(['4', '5'])}{r.randint(10000, 99999)}******{last4}",
            ]
        )

    def ahv(self) -> str:
        r = self.r
        d12 = "756" + "".join(str(r.randint(0, 9)) for _ in range(9))
        full = d12 + ahv_check(d12)
        s = f"{full[:3]}.{full[3:7]}.{full[7:11]}.{full[11:]}" if r.random() < 0.8 else full
        return mk("AHV", s)

    def ip(self) -> str:
        r = self.r
        if r.random() < 0.18:
            h = [f"{r.randint(0, 0xFFFF):x}" for _ in range(6)]
            return mk("IP", f"{IP6[self.cc]}:{':'.join(h)}")
        a, lo, hi = r.choice(IP4[self.cc])
        return mk("IP", f"{a}.{r.randint(lo, hi)}.{r.randint(0, 255)}.{r.randint(1, 254)}")

    # -- dates ---------------------------------------------------------------------------------------------------
    def dob(self, x, shape: str | None = None) -> str:
        d = x.born if isinstance(x, Person) else x
        if shape is None:
            shape = self.shape if self.r.random() < 0.8 else self.r.choice(DOB_SHAPES[self.loc])
        return mk("DOB", fmt_date(d, shape, self.at))

    def d(self, x: dt.date | int, shape: str | None = None) -> str:
        if isinstance(x, int):
            x = self.today + dt.timedelta(days=x)
        plain = {
            "fr_MONTH": "fr_month",
            "it_MONTH": "it_month",
            "gb_MON": "gb_mon",
            "dmy_dot_yy": "dmy_dot",
            "slash_yy": "slash",
            "us_yy": "us_slash_np",
        }
        return fmt_date(x, shape or plain.get(self.shape, self.shape), self.at)

    def iso(self, x: dt.date | int) -> str:
        if isinstance(x, int):
            x = self.today + dt.timedelta(days=x)
        return x.isoformat()

    def hm(self, lo: int = 7, hi: int = 22) -> str:
        h = self.r.randint(lo, hi)
        m = self.r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        if self.loc == "en_US":
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        return f"{h:02d}:{m:02d}" if self.lang != "fr" or self.p(0.5) else f"{h}h{m:02d}"

    def money(self, lo: float, hi: float) -> str:
        v = self.r.uniform(lo, hi)
        v = round(v, 2) if self.r.random() < 0.5 else round(v)
        if self.cc == "CH":
            return f"CHF {v:,.2f}".replace(",", "'")
        if self.cc == "GB":
            return f"£{v:,.2f}"
        if self.cc == "US":
            return f"${v:,.2f}"
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return f"{s} €" if self.lang != "it" or self.p(0.5) else f"€ {s}"

    def ref(self, prefix: str = "", n: int = 6) -> str:
        return prefix + "".join(str(self.r.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------------------------------------------------------
# Layout helpers (all of them keep the markers intact)
# ---------------------------------------------------------------------------------------------------------------


def pad(s: str, w: int) -> str:
    return s + " " * max(0, w - vlen(s))


def form(c: Ctx, rows: list[tuple[str, str]], style: str | None = None) -> str:
    rows = [(k, v) for k, v in rows if v is not None]
    style = style or c.ch(
        [
            "colon",
            "colon",
            "colon",
            "aligned",
            "aligned",
            "tab",
            "dots",
            "bold",
            "eq",
            "mdtable",
            "upper",
            "bullet",
            "bracket",
        ]
    )
    w = max(vlen(k) for k, _ in rows) + 1
    out = []
    if style == "mdtable":
        out += [
            f"| {c.L('Feld', 'Champ', 'Campo', 'Field')} | {c.L('Angabe', 'Valeur', 'Valore', 'Value')} |",
            "|---|---|",
        ]
    for k, v in rows:
        if style == "colon":
            out.append(f"{k}: {v}")
        elif style == "aligned":
            out.append(f"{pad(k + ':', w + 1)} {v}")
        elif style == "tab":
            out.append(f"{k}\t{v}")
        elif style == "dots":
            out.append(f"{k} {'.' * max(3, w + 6 - vlen(k))} {v}")
        elif style == "bold":
            out.append(f"**{k}:** {v}")
        elif style == "eq":
            out.append(f"{k.lower().replace(' ', '_')} = {v}")
        elif style == "mdtable":
            out.append(f"| {k} | {v} |")
        elif style == "upper":
            out.append(f"{k.upper()}: {v}")
        elif style == "bullet":
            out.append(f"- {k}: {v}")
        else:
            out.append(f"[{k}] {v}")
    return "\n".join(out)


def table(c: Ctx, headers: list[str], rows: list[list[str]], style: str | None = None) -> str:
    style = style or c.ch(["md", "md", "mdpad", "csv", "semi", "tsv", "pipe", "fixed", "fixed"])
    if style in ("csv", "semi"):
        buf = io.StringIO()
        wr = csv.writer(buf, delimiter="," if style == "csv" else ";", lineterminator="\n")
        wr.writerow(headers)
        for row in rows:
            wr.writerow(row)
        return buf.getvalue().rstrip("\n")
    if style == "tsv":
        return "\n".join("\t".join(r) for r in [headers, *rows])
    widths = [max(vlen(x) for x in col) for col in zip(headers, *rows, strict=True)]
    if style == "md":
        lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    if style == "mdpad":
        lines = [
            "| " + " | ".join(pad(h, w) for h, w in zip(headers, widths, strict=True)) + " |",
            "|" + "|".join("-" * (w + 2) for w in widths) + "|",
        ]
        lines += ["| " + " | ".join(pad(x, w) for x, w in zip(r, widths, strict=True)) + " |" for r in rows]
        return "\n".join(lines)
    if style == "pipe":
        return "\n".join(" | ".join(r) for r in [headers, *rows])
    lines = ["  ".join(pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(pad(x, w) for x, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)


def to_json(c: Ctx, obj, compact: bool | None = None) -> str:
    if compact is None:
        compact = c.p(0.25)
    if compact:
        return json.dumps(obj, ensure_ascii=False)
    return json.dumps(obj, ensure_ascii=False, indent=c.ch([2, 2, 4]))


def jsonl(recs: list[dict]) -> str:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in recs)


def _yq(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, (int, float)):
        return str(v)
    s = str(v)
    if re.search(r"[:#\[\]{},&*!|>'\"%@`]", vis(s)) or vis(s).strip() != vis(s) or re.fullmatch(r"[\d.\- +]+", vis(s)):
        return '"' + s.replace('"', '\\"') + '"'
    return s


def to_yaml(obj, ind: int = 0) -> str:
    sp = "  " * ind
    lines = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                lines.append(f"{sp}{k}:")
                lines.append(to_yaml(v, ind + 1))
            elif isinstance(v, (dict, list)):
                lines.append(f"{sp}{k}: {'[]' if isinstance(v, list) else '{}'}")
            else:
                lines.append(f"{sp}{k}: {_yq(v)}")
    else:
        for v in obj:
            if isinstance(v, dict):
                sub = to_yaml(v, ind + 1).split("\n")
                first = sub[0].lstrip()
                lines.append(f"{sp}- {first}")
                lines += sub[1:]
            else:
                lines.append(f"{sp}- {_yq(v)}")
    return "\n".join(lines)


def xml_esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_xml(tag: str, obj, ind: int = 0) -> str:
    sp = "  " * ind
    if isinstance(obj, dict):
        inner = "\n".join(to_xml(k, v, ind + 1) for k, v in obj.items())
        return f"{sp}<{tag}>\n{inner}\n{sp}</{tag}>"
    if isinstance(obj, list):
        return "\n".join(to_xml(tag, v, ind) for v in obj)
    return f"{sp}<{tag}>{xml_esc(str(obj))}</{tag}>"


CHAT_STYLES = ["wa_ios", "wa_android", "telegram", "paren", "irc", "plain", "teams", "discord"]


def chat(c: Ctx, msgs: list[tuple[str, str]], style: str | None = None, day: int = 0, lower: bool | None = None) -> str:
    """msgs: (sender already marked, text)."""
    style = style or c.ch(CHAT_STYLES)
    if lower is None:
        lower = c.p(0.33)
    t = dt.datetime.combine(c.today + dt.timedelta(days=day), dt.time(c.r.randint(7, 19), c.r.randint(0, 59)))
    out = []
    us = c.loc == "en_US"
    for who, txt in msgs:
        t += dt.timedelta(minutes=c.r.randint(0, 25), seconds=c.r.randint(0, 59))
        hhmm = t.strftime("%I:%M %p").lstrip("0") if us else t.strftime("%H:%M")
        dd = t.strftime("%m/%d/%y") if us else (t.strftime("%d.%m.%y") if c.lang == "de" else t.strftime("%d/%m/%Y"))
        if style == "wa_ios":
            line = f"[{dd}, {hhmm if us else t.strftime('%H:%M:%S')}] {who}: {txt}"
        elif style == "wa_android":
            line = f"{dd}, {hhmm} - {who}: {txt}"
        elif style == "telegram":
            line = f"{who}, [{t.strftime('%d.%m.%Y %H:%M')}]\n{txt}"
        elif style == "paren":
            line = f"{who} ({hhmm}): {txt}"
        elif style == "irc":
            line = f"[{t.strftime('%H:%M')}] <{who}> {txt}"
        elif style == "plain":
            line = f"{who}: {txt}"
        elif style == "teams":
            line = f"{who}  {hhmm}\n{txt}"
        else:
            line = f"{who} — {('Today at ' + hhmm) if c.lang == 'en' else hhmm}\n{txt}"
        out.append(line)
    s = ("\n\n" if style in ("telegram", "teams", "discord") else "\n").join(out)
    return recase(s, str.lower) if lower else s


def recase(s: str, fn, keep: tuple[str, ...] = ("IBAN", "AHV")) -> str:
    keep_marks = {MS[t] for t in keep}
    out, buf, inside_keep = [], [], False
    for ch in s:
        if ch in keep_marks:
            out.append(fn("".join(buf)))
            buf = []
            inside_keep = True
            out.append(ch)
        elif ch == ME and inside_keep:
            out.append("".join(buf))
            buf = []
            inside_keep = False
            out.append(ch)
        elif MARK_RE.match(ch):
            out.append(fn("".join(buf)))
            buf = []
            out.append(ch)
        else:
            buf.append(ch)
    out.append("".join(buf) if inside_keep else fn("".join(buf)))
    return "".join(out)


OCR_SUBS = [
    ("rn", "m"),
    ("m", "rn"),
    ("l", "1"),
    ("O", "0"),
    ("e", "c"),
    ("i", "í"),
    ("ü", "ii"),
    ("é", "e"),
    ("h", "b"),
    ("cl", "d"),
    ("u", "v"),
    ("S", "5"),
    (",", "."),
    (".", ","),
    ("fi", "ﬁ"),
]


def ocr(c: Ctx, s: str, rate: float = 0.012) -> str:
    """Light OCR noise outside the markers (labelled values are left intact)."""
    out, i, inside = [], 0, False
    while i < len(s):
        ch = s[i]
        if ch in MS.values():
            inside = True
        elif ch == ME:
            inside = False
        if not inside and ch not in MS.values() and ch != ME and c.r.random() < rate:
            a, b = c.ch(OCR_SUBS)
            if s.startswith(a, i) and not MARK_RE.search(s[i : i + len(a)]):
                out.append(b)
                i += len(a)
                continue
            if ch == " " and c.r.random() < 0.3:
                out.append("  ")
                i += 1
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def mailhdr(c: Ctx, frm: str, to: str, subj: str, day: int = 0, cc: str | None = None) -> str:
    lab = {
        "de": ("Von", "An", "Betreff", "Datum", "Cc"),
        "fr": ("De", "À", "Objet", "Date", "Cc"),
        "it": ("Da", "A", "Oggetto", "Data", "Cc"),
        "en": ("From", "To", "Subject", "Date", "Cc"),
    }[c.lang]
    lines = [f"{lab[0]}: {frm}", f"{lab[1]}: {to}"]
    if cc:
        lines.append(f"{lab[4]}: {cc}")
    lines += [f"{lab[3]}: {c.d(day)} {c.hm(8, 20)}", f"{lab[2]}: {subj}"]
    return "\n".join(lines)


def who(c: Ctx, p: Person, e: str) -> str:
    """Mail header display: "Name <mail>" with varying name shapes."""
    style = c.ch(["full", "full", "lf_q", "FULL", "bare"])
    if style == "bare":
        return e
    if style == "lf_q":
        return f'"{c.N(p, "lf")}" <{e}>'
    return f"{c.N(p, style)} <{e}>"


def quote_intro(c: Ctx, p: Person, day: int) -> str:
    n = c.N(p, c.ch(["full", "full", "lf"]))
    return c.L(
        de=f"Am {c.d(day)} um {c.hm(8, 19)} schrieb {n}:",
        fr=f"Le {c.d(day)} à {c.hm(8, 19)}, {n} a écrit :",
        it=f"Il giorno {c.d(day)} alle {c.hm(8, 19)} {n} ha scritto:",
        en=f"On {c.d(day)} at {c.hm(8, 19)}, {n} wrote:",
    )


def quoted(s: str, on: bool = True) -> str:
    if not on:
        return s
    return "\n".join(("> " + ln) if ln else ">" for ln in s.split("\n"))


def greet(c: Ctx, p: Person | None = None, formal: bool = True) -> str:
    if p is None:
        return c.L(
            de=["Sehr geehrte Damen und Herren,", "Guten Tag,"],
            fr=["Madame, Monsieur,", "Bonjour,"],
            it=["Gentili Signori,", "Buongiorno,"],
            en=["Dear Sir or Madam,", "Hello,"],
            ch=["Sehr geehrte Damen und Herren", "Grüezi"],
            us=["To whom it may concern,", "Hello,"],
        )
    if not formal:
        return c.L(
            de=f"Hallo {c.N(p, 'first')},",
            fr=f"Bonjour {c.N(p, 'first')},",
            it=f"Ciao {c.N(p, 'first')},",
            en=f"Hi {c.N(p, 'first')},",
            ch=f"Hoi {c.N(p, 'first')}",
        )
    t = c.title(p)
    ln = mk("PERSON", p.render("last"))
    if c.lang == "de":
        return f"{'Sehr geehrter' if p.g == 'm' else 'Sehr geehrte'} {t} {ln}" + ("" if c.loc == "de_CH" else ",")
    if c.lang == "fr":
        return f"{'Monsieur' if p.g == 'm' else 'Madame'} {ln}," if c.p(0.3) else f"Bonjour {t} {ln},"
    if c.lang == "it":
        return f"{'Gentile' if c.p(0.6) else 'Egregio' if p.g == 'm' else 'Gentilissima'} {t} {ln},"
    return f"Dear {t} {ln},"


def bye(c: Ctx) -> str:
    return c.L(
        de=["Mit freundlichen Grüßen", "Freundliche Grüße", "Viele Grüße", "Beste Grüße"],
        fr=[
            "Cordialement",
            "Bien cordialement",
            "Meilleures salutations",
            "Veuillez agréer mes salutations distinguées.",
        ],
        it=["Cordiali saluti", "Distinti saluti", "Un cordiale saluto", "Saluti"],
        en=["Kind regards", "Best wishes", "Many thanks", "Yours sincerely"],
        ch=["Freundliche Grüsse", "Mit freundlichen Grüssen", "Liebe Grüsse"],
        us=["Sincerely,", "Thanks,", "Best,", "Regards,"],
    )


def sig(c: Ctx, p: Person, lines: list[str] | None = None, style: str | None = None) -> str:
    style = style or c.ch(["block", "block", "dash", "pipe"])
    lines = [x for x in (lines or []) if x]
    name = c.N(p, c.ch(["full", "full", "full", "FULL"]))
    if style == "pipe":
        return " | ".join([name, *lines])
    if style == "dash":
        return "-- \n" + "\n".join([name, *lines])
    return "\n".join([name, *lines])


def wrap(c: Ctx, body: str) -> str:
    """Frame the pasted document with a request."""
    body = re.sub(r"\n{3,}", "\n\n", body)
    req = c.request()
    fence = c.ch(["", "", "", "```", '"""', "---", "<<<"])
    if fence == "<<<":
        inner = f"<<<\n{body}\n>>>"
    elif fence:
        inner = f"{fence}\n{body}\n{fence}"
    else:
        inner = body
    if c.p(0.5):
        return f"{req}\n\n{inner}"
    return f"{inner}\n\n{req}"


# ---------------------------------------------------------------------------------------------------------------
# Shared bits for the genres
# ---------------------------------------------------------------------------------------------------------------


def town_slug(c: Ctx, t=None) -> str:
    name = (t or c.home)[0]
    s = slug(name.split("/")[0].replace(" am Main", "").replace(" im Breisgau", "").replace(" am Wörthersee", ""))
    return s


def gov_domain(c: Ctx, t=None) -> str:
    s = town_slug(c, t)
    return {
        "de_DE": f"{s}.de",
        "de_AT": f"{s}.gv.at",
        "de_CH": f"{s}.ch",
        "fr_FR": f"ville-{s}.fr",
        "fr_CH": f"{s}.ch",
        "it_IT": f"comune.{s}.it",
        "it_CH": f"{s}.ch",
        "en_GB": f"{s}.gov.uk",
        "en_US": f"{s}{(t or c.home)[1].lower() if c.loc == 'en_US' else ''}.gov",
    }[c.loc]


def place_date(c: Ctx, day: int = 0) -> str:
    t = c.home[0]
    return c.L(
        de=f"{t}, {c.d(day)}", fr=f"{t}, le {c.d(day)}", it=f"{t}, {c.d(day)}", en=c.d(day), ch=f"{t}, {c.d(day)}"
    )


def cue_dob(c: Ctx, p: Person) -> str:
    """A date of birth after a cue word in running text."""
    if c.lang == "de":
        return f"{c.ch(['geb.', 'geboren am', '*'])} {c.dob(p)}"
    if c.lang == "fr":
        return f"{'né' if p.g == 'm' else 'née'} le {c.dob(p)}"
    if c.lang == "it":
        return f"{'nato' if p.g == 'm' else 'nata'} il {c.dob(p)}"
    return f"{c.ch(['born', 'born', 'DOB', 'b.'])} {c.dob(p)}"


def lbl(c: Ctx, key: str) -> str:
    L = {
        "name": ("Name", "Nom", "Cognome", "Surname"),
        "first": ("Vorname", "Prénom", "Nome", "First name"),
        "fullname": ("Name", "Nom et prénom", "Nome e cognome", "Name"),
        "dob": ("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"),
        "street": ("Straße, Nr.", "Adresse", "Indirizzo", "Address"),
        "city": ("PLZ, Ort", "Code postal, localité", "CAP, località", "Town, postcode"),
        "phone": ("Telefon", "Téléphone", "Telefono", "Phone"),
        "mobile": ("Mobil", "Portable", "Cellulare", "Mobile"),
        "email": ("E-Mail", "Courriel", "E-mail", "Email"),
        "iban": ("IBAN", "IBAN", "IBAN", "IBAN"),
        "holder": ("Kontoinhaber/in", "Titulaire du compte", "Intestatario", "Account holder"),
        "date": ("Datum", "Date", "Data", "Date"),
        "sign": ("Unterschrift", "Signature", "Firma", "Signature"),
        "ref": ("Aktenzeichen", "Référence", "Riferimento", "Reference"),
        "note": ("Bemerkung", "Remarque", "Note", "Notes"),
    }[key]
    i = {"de": 0, "fr": 1, "it": 2, "en": 3}[c.lang]
    v = L[i]
    if c.loc == "de_CH":
        v = v.replace("ß", "ss")
    if c.loc == "en_US" and key == "city":
        v = "City, State, ZIP"
    if c.loc == "en_US" and key == "mobile":
        v = "Cell"
    if c.loc == "de_CH" and key == "city":
        v = "PLZ / Ort"
    return v


# ---------------------------------------------------------------------------------------------------------------
# 1. consultation - public consultation submissions on land-use and development plans
# ---------------------------------------------------------------------------------------------------------------


def _plan(c: Ctx) -> dict:
    r = c.r
    n = r.randint(12, 290)
    name_de = c.ch(
        [
            "Am Lindenhof",
            "Gewerbegebiet Nord II",
            "Wohnquartier Alter Schlachthof",
            "Sondergebiet Am Kreisel",
            "Kasernenareal West",
            "Ortsmitte",
            "Sportpark Süd",
            "Quartier an der Bahn",
        ]
    )
    name_fr = c.ch(
        [
            "Les Prés Hauts",
            "Secteur Gare-Nord",
            "Îlot des Tanneurs",
            "ZAC du Moulin",
            "Quartier des Vergers",
            "Entrée de ville Est",
        ]
    )
    name_it = c.ch(
        [
            "Ambito di trasformazione AT-4",
            "Comparto ex Fornace",
            "Area ex Macello",
            "Piano attuativo Borgo Nuovo",
            "Ambito Stazione Sud",
        ]
    )
    name_en = c.ch(
        [
            "Land north of the Ring Road",
            "Former Gasworks Site",
            "Mill Quarter Masterplan",
            "Station Gateway",
            "Riverside Neighbourhood Plan",
        ]
    )
    plan = c.L(
        de=f"Bebauungsplan Nr. {n} „{name_de}“",
        at=f"Flächenwidmungs- und Bebauungsplan, Plandokument {r.randint(7800, 8400)} „{name_de}“",
        ch=f"Teilrevision Nutzungsplanung, Gestaltungsplan «{name_de}»",
        fr=f"révision du PLU – OAP « {name_fr} »",
        frch=f"plan d'affectation « {name_fr} »",
        it=f"variante al PGT – {name_it}",
        itch=f"variante di Piano regolatore – {name_it}",
        gb=f"Planning application {r.randint(24, 26)}/{r.randint(100, 4999):05d}/FUL – {name_en}",
        us=f"Rezoning case Z-{r.randint(24, 26)}-{r.randint(1, 140):03d} ({name_en})",
    )
    parcel = c.L(
        de=f"Flurstück {r.randint(100, 2999)}/{r.randint(1, 12)}, Gemarkung {c.home[0]}",
        at=f"Gst. Nr. {r.randint(100, 1999)}/{r.randint(1, 9)}, KG {c.home[0]}",
        ch=f"Parzelle Nr. {r.randint(100, 4999)}",
        fr=f"parcelle cadastrée section {r.choice(['AB', 'AK', 'BC', 'ZD'])} n° {r.randint(10, 899)}",
        frch=f"parcelle n° {r.randint(100, 4999)}",
        it=f"foglio {r.randint(1, 60)}, mappale {r.randint(10, 999)}",
        itch=f"mappale n. {r.randint(100, 2999)} RFD",
        gb=f"Title no. {r.choice(['BL', 'WYK', 'GR', 'MAN'])}{r.randint(10000, 999999)}",
        us=f"APN {r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(10, 99)}",
    )
    office = c.L(
        de=f"Stadt {c.home[0]}, Amt für Stadtplanung",
        at=f"Stadtgemeinde {c.home[0]}, Bauamt – Stadtplanung",
        ch=f"Gemeinde {c.home[0]}, Bauverwaltung",
        fr=f"Mairie de {c.home[0]} – Service urbanisme",
        frch=f"Commune de {c.home[0]}, Service de l'urbanisme",
        it=f"Comune di {c.home[0]} – Settore Urbanistica",
        itch=f"Municipio di {c.home[0]}, Ufficio tecnico",
        gb=f"{c.home[0]} City Council, Planning Services",
        us=f"City of {c.home[0]}, Planning & Development Department",
    )
    dev = c.L(
        de=["Wohnbau Südwest GmbH", "Quartier 21 Projektentwicklung GmbH & Co. KG", "Nordlicht Immobilien AG"],
        at=["Alpenland Bauträger GmbH", "Donaupark Wohnbau GmbH", "Gemeinnützige Siedlungsgenossenschaft Eigenheim"],
        ch=["Helvetia Immo AG", "Baugenossenschaft Sonnenhalde", "Mobimo Projekt AG"],
        fr=["Nexity Promotion", "Bouygues Immobilier Régions", "SCI Les Jardins du Moulin"],
        frch=["Losinger Marazzi SA", "Immobilière du Léman SA", "Coopérative Cité-Derrière"],
        it=["Immobiliare Lario S.r.l.", "Edilnord Costruzioni S.p.A.", "Cooperativa Edificatrice Aurora"],
        itch=["Ticino Immobili SA", "Costruzioni Ceresio SA"],
        gb=["Barratt Homes", "Bellway Homes", "Riverside Housing Association"],
        us=["Redwood Development LLC", "Summit Residential Partners", "Greystone Housing Inc."],
    )
    return {"plan": plan, "parcel": parcel, "office": office, "dev": dev, "n": n}


def _concerns(c: Ctx, street_name: str, k: int = 2) -> list[str]:
    r = c.r
    h = f"{r.randint(12, 26)},{r.randint(0, 9)}" if c.lang != "en" else f"{r.randint(12, 26)}.{r.randint(0, 9)}"
    if c.loc == "en_US":
        h = str(r.randint(40, 85))
    de = [
        f"Die geplante Gebäudehöhe von {h} m fügt sich nicht in die Umgebung ein und verschattet die Gärten "
        f"{sref(c, street_name, 'an')} ab Oktober fast vollständig.",
        f"Der zusätzliche Verkehr – laut Gutachten rund {r.randint(600, 2400)} Fahrten am Tag – soll "
        f"{sref(c, street_name, 'über')} abgewickelt werden, heute schon ein Schulweg.",
        f"Im Plangebiet stehen mindestens {r.randint(3, 14)} alte Linden und Eichen, deren Erhalt nicht festgesetzt "
        "ist.",
        "Bei Starkregen läuft das Wasser schon heute in unsere Keller; eine Versiegelung weiterer Flächen verschärft "
        "das.",
        f"Die Zahl von nur {r.randint(40, 180)} Stellplätzen für {r.randint(90, 320)} Wohnungen wird den Parkdruck in "
        "den Nebenstraßen erhöhen.",
        "Die Kaltluftschneise entlang des Bachs wird durch den Riegelbau am Nordrand unterbrochen.",
    ]
    fr = [
        f"La hauteur prévue de {h} m est disproportionnée par rapport au bâti existant {sref(c, street_name, 'of')}.",
        f"Le trafic supplémentaire, estimé à {r.randint(600, 2400)} véhicules par jour, passerait "
        f"{sref(c, street_name, 'über')}, déjà empruntée par les enfants pour aller à l'école.",
        f"Au moins {r.randint(3, 14)} arbres remarquables (platanes, tilleuls) ne sont pas protégés par le règlement.",
        "Les caves du quartier sont déjà inondées lors des orages ; l'imperméabilisation aggraverait la situation.",
        f"Seules {r.randint(40, 180)} places de stationnement sont prévues pour {r.randint(90, 320)} logements.",
    ]
    it = [
        f"L'altezza prevista di {h} m è incompatibile con gli edifici esistenti {sref(c, street_name, 'in')}.",
        f"Il traffico aggiuntivo, stimato in {r.randint(600, 2400)} veicoli al giorno, graverebbe "
        f"{sref(c, street_name, 'über')}, percorso casa-scuola dei bambini.",
        f"Nell'area sono presenti almeno {r.randint(3, 14)} alberi ad alto fusto non tutelati dalle norme.",
        "Con i temporali le cantine della zona si allagano già oggi; ulteriore cementificazione peggiorerebbe la "
        "situazione.",
        f"Sono previsti solo {r.randint(40, 180)} posti auto per {r.randint(90, 320)} alloggi.",
    ]
    en = [
        f"The proposed height of {h} {'feet' if c.loc == 'en_US' else 'm'} is out of scale with the houses "
        f"{sref(c, street_name, 'an')} and will "
        "overshadow our gardens.",
        f"The additional traffic (around {r.randint(600, 2400)} movements a day according to the transport statement) "
        f"would run {sref(c, street_name, 'über')}, which is a walking route to school.",
        f"At least {r.randint(3, 14)} mature trees on the site are not protected by any condition.",
        "Surface water already floods the back gardens after heavy rain; more hard surfaces will make this worse.",
        f"Only {r.randint(40, 180)} parking spaces are proposed for {r.randint(90, 320)} homes.",
    ]
    pool = {"de": de, "fr": fr, "it": it, "en": en}[c.lang]
    return r.sample(pool, k)


def _street_name(a: Addr) -> str:
    return a.name


def sref(c: Ctx, st: str, prep: str) -> str:
    """A street named in running text (no house number, not labelled): 'über die Lindenstraße', 'par l'avenue ...'."""
    low = st.lower()
    if c.lang == "de":
        fem = low.endswith(("straße", "strasse", "str.", "gasse", "allee", "reihe", "zeile"))
        bare = st.split(" ")[0] in ("Am", "Im", "Zum", "Zur", "In", "An", "Auf", "Alte", "Lange", "Obere")
        if bare:
            return {
                "über": f"über die Straße {st}",
                "an": f"an der Straße {st}",
                "in": f"in der Straße {st}",
                "of": f"der Straße {st}",
            }[prep]
        if fem:
            return {"über": f"über die {st}", "an": f"an der {st}", "in": f"in der {st}", "of": f"der {st}"}[prep]
        return {"über": f"über den {st}", "an": f"am {st}", "in": f"im {st}", "of": f"des {st}s"}[prep]
    if c.lang == "fr":
        w = low.split(" ")[0]
        fem = w in ("rue", "avenue", "allée", "impasse", "place", "route", "ruelle")
        vowel = w[0] in "aeiouéèh"
        art = "l'" if vowel else ("la " if fem else "le ")
        if prep == "of":
            return ("de l'" if vowel else ("de la " if fem else "du ")) + st[0].lower() + st[1:]
        if prep == "über":
            return "par " + art + st[0].lower() + st[1:]
        return ("dans " if prep == "in" else "") + art + st[0].lower() + st[1:]
    if c.lang == "it":
        return {"über": f"su {st}", "an": f"in {st}", "in": f"in {st}", "of": f"di {st}"}[prep]
    return {"über": f"along {st}", "an": f"on {st}", "in": f"on {st}", "of": st}[prep]


def g_consultation(c: Ctx, v: int) -> str:
    pl = _plan(c)
    r = c.r
    me = c.person()
    home = c.addr(local=1.0)
    stn = _street_name(home)
    office_addr = c.bizaddr()
    dom = gov_domain(c)
    if v == 0:
        neigh = [c.person() for _ in range(r.randint(1, 3))]
        lines = [c.N(me, c.ch(["full", "full", "lf"])), home.block()]
        if c.p(0.7):
            lines.append(f"{lbl(c, 'phone')}: {c.anyphone(home.t)}")
        if c.p(0.7):
            lines.append(f"{lbl(c, 'email')}: {c.em(me)}")
        hdr = "\n".join(lines)
        rec = f"{pl['office']}\n{office_addr.block()}"
        if c.loc == "fr_FR":
            ce = c.person()
            rec = (
                f"À l'attention de {c.title(ce)} {c.N(ce, 'full')}, commissaire "
                f"{'enquêteur' if ce.g == 'm' else 'enquêtrice'}\n{rec}"
            )
        subj = c.L(
            de=f"Stellungnahme zum {pl['plan']}",
            at=f"Stellungnahme im Rahmen der öffentlichen Auflage – {pl['plan']}",
            ch=f"Einwendung im Mitwirkungsverfahren – {pl['plan']}",
            fr=f"Observations – enquête publique, {pl['plan']}",
            frch=f"Opposition – mise à l'enquête du {pl['plan']}",
            it=f"Osservazioni – {pl['plan']}",
            itch=f"Opposizione – {pl['plan']}",
            gb=f"Objection – {pl['plan']}",
            us=f"Public comment – {pl['plan']}",
        )
        cons = _concerns(c, stn, r.randint(2, 3))
        neigh_txt = []
        for q in neigh:
            na = c.addr(local=1.0)
            na = Addr(
                f"{stn} {r.randint(1, 60)}"
                if c.lang in ("de", "it") or c.cc == "CH"
                else (f"{r.randint(1, 60)} {stn}" if c.lang == "en" else f"{r.randint(1, 60)}, {stn}"),
                home.city,
                home.t,
                home.country,
            )
            neigh_txt.append(f"{c.N(q, 'full')} ({na.s})")
        joined = ", ".join(neigh_txt)
        intro = c.L(
            de=f"als Eigentümer{'in' if me.g == 'f' else ''} des Grundstücks {home.s} nehme ich zu dem im Betreff "
            "genannten "
            f"Entwurf fristgerecht Stellung. Betroffen ist insbesondere {pl['parcel']}.",
            fr=f"propriétaire au {home.s}, je vous adresse mes observations sur le projet cité en objet, qui concerne "
            f"notamment la {pl['parcel']}.",
            it=f"in qualità di {'proprietario' if me.g == 'm' else 'proprietaria'} dell'immobile di {home.s}, presento "
            "le "
            f"seguenti osservazioni in merito al progetto in oggetto ({pl['parcel']}).",
            en=f"I live at {home.s} and wish to comment on the above proposal ({pl['parcel']}).",
        )
        one, fem = len(neigh) == 1, len(neigh) == 1 and neigh[0].g == "f"
        co = c.L(
            de="Die Stellungnahme wird von "
            f"{'meiner Nachbarin' if fem else 'meinem Nachbarn' if one else 'meinen Nachbarn'} "
            f"{joined} mitgetragen.",
            fr=f"Ces observations sont partagées par {'ma voisine' if fem else 'mon voisin' if one else 'mes voisins'} "
            f"{joined}.",
            it=f"Le osservazioni sono condivise {'dalla vicina' if fem else 'dal vicino' if one else 'dai vicini'} "
            f"{joined}.",
            en=f"{'My neighbour' if one else 'My neighbours'} {joined} {'supports' if one else 'support'} this "
            "comment.",
        )
        dev = c.L(
            de=f"Der Vorhabenträger {pl['dev']} hat die Anwohner bisher nicht informiert.",
            fr=f"Le promoteur ({pl['dev']}) n'a organisé aucune réunion d'information.",
            it=f"Il soggetto attuatore ({pl['dev']}) non ha mai incontrato i residenti.",
            en=f"The applicant ({pl['dev']}) has not consulted residents at all.",
        )
        body = "\n\n".join(
            [
                hdr,
                rec,
                place_date(c),
                subj,
                greet(c),
                intro,
                "\n".join(f"{i + 1}. {x}" for i, x in enumerate(cons)),
                dev,
                co,
                bye(c),
                c.N(me, "full"),
            ]
        )
        if c.p(0.35):
            rows = [[c.N(q, "full"), c.L(de="gez.", fr="signé", it="firmato", en="signed")] for q in neigh]
            body += "\n\n" + table(c, [lbl(c, "fullname"), lbl(c, "sign")], rows, c.ch(["md", "fixed", "pipe"]))
        if c.p(0.25):
            body = ocr(c, body)
        return body
    if v == 1:
        people = [c.person() for _ in range(r.randint(5, 9))]
        style = c.ch(["full", "lf", "LF"])
        chan = c.L(
            de=("Post", "E-Mail", "Online", "Niederschrift"),
            fr=("courrier", "courriel", "registre", "en ligne"),
            it=("PEC", "posta", "protocollo", "online"),
            en=("letter", "email", "portal", "portal"),
        )
        topics = c.L(
            de=("Verkehr", "Bäume", "Gebäudehöhe", "Parken", "Starkregen", "Lärm"),
            fr=("circulation", "arbres", "hauteur", "stationnement", "inondations"),
            it=("traffico", "alberi", "altezze", "parcheggi", "allagamenti"),
            en=("traffic", "trees", "height", "parking", "flooding", "noise"),
        )
        rows = []
        days = sorted(-r.randint(1, 30) for _ in people)
        for i, q in enumerate(people):
            a = c.addr(local=0.9)
            rows.append([str(i + 1), c.d(days[i]), c.N(q, style), a.one(), c.ch(chan), c.ch(topics)])
        heads = c.L(
            de=("Nr.", "Eingang", "Name", "Anschrift", "Weg", "Thema"),
            fr=("N°", "Reçu le", "Nom", "Adresse", "Canal", "Thème"),
            it=("N.", "Protocollo", "Nominativo", "Indirizzo", "Canale", "Tema"),
            en=("No.", "Received", "Name", "Address", "Channel", "Topic"),
        )
        t = table(c, heads, rows)
        a, b = c.person(), c.person()
        caller = people[r.randrange(len(people))]
        x = c.person()
        ms = [
            (
                c.N(a, "first"),
                c.L(
                    de=f"{c.tn(caller)} hat nochmal angerufen, will wissen ob die Einwendung angekommen ist. "
                    f"Rückruf bitte unter {c.anyphone()}",
                    fr=f"{c.tn(caller)} a rappelé, il faut {'le' if caller.g == 'm' else 'la'} "
                    f"rappeler au {c.anyphone()}",
                    it=f"ha richiamato {c.tn(caller)}, richiamare al {c.anyphone()}",
                    en=f"{c.tn(caller)} rang again re acknowledgement, call back on {c.anyphone()}",
                ),
            ),
            (
                c.N(b, "first"),
                c.L(de="mach ich nachher", fr="ok je m'en occupe", it="ok ci penso io", en="will do after lunch"),
            ),
            (
                c.N(a, "first"),
                c.L(
                    de=f"und die Eingangsbestätigung an {c.N(x, 'full')} ({c.em(x)}) kam zurück, Postfach voll?",
                    fr=f"la contribution de {c.N(x, 'full')} est revenue en erreur ({c.em(x)})",
                    it=f"la mail di {c.N(x, 'full')} ({c.em(x)}) torna indietro",
                    en=f"the reply to {c.N(x, 'full')} bounced ({c.em(x)})",
                ),
            ),
            (
                c.N(b, "first"),
                c.L(de="schick ich per Post", fr="on envoie par courrier", it="mandiamo per posta", en="I'll post it"),
            ),
        ]
        intro = c.L(
            de=f"Eingangsliste {pl['plan']} (Stand {c.d(0)})",
            fr=f"Registre des observations – {pl['plan']}",
            it=f"Registro osservazioni – {pl['plan']}",
            en=f"Comments received – {pl['plan']}",
        )
        return f"{intro}\n\n{t}\n\n{chat(c, ms)}"
    if v == 2:
        clerk = c.person()
        ce = c.em(clerk, dom)
        me_e = c.em(me)
        day0 = -r.randint(3, 20)
        ack = "\n".join(
            [
                greet(c, me),
                c.L(
                    de=f"vielen Dank für Ihre Stellungnahme zum {pl['plan']}. Sie wird im weiteren Verfahren "
                    "abgewogen; "
                    "eine Mitteilung über das Ergebnis erhalten Sie nach dem Satzungsbeschluss.",
                    fr=f"Nous accusons réception de vos observations concernant le {pl['plan']}. Elles seront annexées "
                    "au "
                    "registre d'enquête.",
                    it=f"confermiamo la ricezione delle Sue osservazioni sulla {pl['plan']}; saranno esaminate in sede "
                    "di "
                    "controdeduzione.",
                    en=f"Thank you for your comments on {pl['plan']}. They will be considered before a decision is "
                    "made.",
                ),
                "",
                bye(c),
                c.N(clerk, "full"),
                pl["office"],
                office_addr.one(),
                f"{lbl(c, 'phone')} {c.tel(din=True)}",
                ce,
            ]
        )
        extra = c.person()
        ea = c.addr(local=1.0)
        fem = extra.g == "f"
        reply = c.L(
            de=f"Guten Tag {c.tn(clerk)},\n\ndanke für die Bestätigung. Ergänzend: "
            f"{'Meine Nachbarin' if fem else 'Mein Nachbar'} "
            f"{c.N(extra, 'full')} ({ea.s}) möchte ebenfalls über das Ergebnis informiert werden, Telefon "
            f"{c.anyphone()}. Fotos vom letzten Starkregen hänge ich an.",
            fr=f"Bonjour {c.tn(clerk)},\n\nmerci. {'Ma voisine' if fem else 'Mon voisin'} {c.N(extra, 'full')} "
            f"({ea.s}) "
            f"souhaite aussi être {'informée' if fem else 'informé'} ; {'elle' if fem else 'il'} est joignable au "
            f"{c.anyphone()}. Je joins des photos de la dernière inondation.",
            it=f"Buongiorno {c.tn(clerk)},\n\ngrazie. Anche {'la vicina' if fem else 'il vicino'} {c.N(extra, 'full')} "
            f"({ea.s}) chiede di essere {'informata' if fem else 'informato'}, tel. {c.anyphone()}. Allego le foto "
            "dell'ultimo allagamento.",
            en=f"Dear {c.tn(clerk)},\n\nThanks for confirming. My neighbour {c.N(extra, 'full')} ({ea.s}) would also "
            "like "
            f"to be kept informed – phone {c.anyphone()}. Photos of the last flood attached.",
        )
        hdr = mailhdr(c, who(c, me, me_e), who(c, clerk, ce), f"Re: {pl['plan']}")
        return (
            f"{hdr}\n\n{reply}\n\n{bye(c)}\n{c.N(me, 'first' if c.p(0.3) else 'full')}\n\n"
            f"{quote_intro(c, clerk, day0)}\n"
            f"{quoted(ack, c.p(0.7))}"
        )
    # v == 3: portal export
    recs = []
    logs = []
    for _ in range(r.randint(3, 6)):
        q = c.person()
        a = c.addr(local=0.85)
        e = c.em(q)
        ip = c.ip()
        ts = f"{c.iso(-r.randint(0, 20))}T{r.randint(7, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
        rec = {
            "id": f"{pl['n']}-{r.randint(1, 400):04d}",
            "submitted": ts,
            c.L(de="vorname", fr="prenom", it="nome", en="first_name"): mk("PERSON", q.first),
            c.L(de="nachname", fr="nom", it="cognome", en="last_name"): mk("PERSON", q.last),
            c.L(de="strasse", fr="adresse", it="indirizzo", en="street"): a.s,
            c.L(de="plz_ort", fr="cp_ville", it="cap_comune", en="town_postcode"): a.c,
            "email": e,
            c.L(de="anmerkung", fr="observation", it="osservazione", en="comment"): _concerns(c, _street_name(a), 1)[0],
            "consent": True,
            "ip": ip,
        }
        if c.p(0.4):
            rec[c.L(de="telefon", fr="telephone", it="telefono", en="phone")] = c.anyphone()
        recs.append(rec)
        logs.append(f"{ts} INFO submission.created id={rec['id']} user={e} src={ip}")
    fmt = c.ch(["json", "jsonl", "csv"])
    if fmt == "json":
        out = to_json(c, {"plan": pl["plan"], "submissions": recs})
    elif fmt == "jsonl":
        out = jsonl(recs)
    else:
        keys = list(recs[0].keys())
        allk = [k for k in keys] + [
            k for k in ("telefon", "telephone", "telefono", "phone") if any(k in x for x in recs) and k not in keys
        ]
        out = table(c, allk, [[str(x.get(k, "")) for k in allk] for x in recs], c.ch(["csv", "semi"]))
    return out + "\n\n" + "\n".join(logs[: r.randint(1, len(logs))])


# ---------------------------------------------------------------------------------------------------------------
# 2. openmic - open-mic, karaoke and poetry-slam sign-ups
# ---------------------------------------------------------------------------------------------------------------

SONGS = {
    "de": [
        "Atemlos durch die Nacht",
        "99 Luftballons",
        "Ein Kompliment",
        "Major Tom",
        "Skandal im Sperrbezirk",
        "Marmor, Stein und Eisen bricht",
        "Bohemian Rhapsody",
        "Jolene",
        "Valerie",
        "Roxanne",
        "Hallelujah",
        "Hey Jude",
        "Verdammt, ich lieb' dich",
        "Griechischer Wein",
        "Rock Me Amadeus",
        "An Tagen wie diesen",
        "Layla",
        "Country Roads",
        "Westerland",
        "Ich war noch niemals in New York",
    ],
    "fr": [
        "La Bohème",
        "Ne me quitte pas",
        "Je veux",
        "Alors on danse",
        "L'Aventurier",
        "Les Champs-Élysées",
        "Dernière danse",
        "Jolene",
        "Valerie",
        "Hallelujah",
        "Emmenez-moi",
        "Mistral gagnant",
        "Balance ton quoi",
        "Capitaine abandonné",
        "Hey Jude",
        "Le Sud",
        "Comme d'habitude",
    ],
    "it": [
        "Volare",
        "Azzurro",
        "Albachiara",
        "Sarà perché ti amo",
        "Vita spericolata",
        "Gloria",
        "Il cielo in una stanza",
        "Piccolo grande amore",
        "Jolene",
        "Hallelujah",
        "Una vita da mediano",
        "Certe notti",
        "Zitti e buoni",
        "Felicità",
        "Ti amo",
        "Maria Salvador",
        "L'italiano",
    ],
    "en": [
        "Sweet Caroline",
        "Jolene",
        "Valerie",
        "Roxanne",
        "Delilah",
        "Mr. Brightside",
        "Wonderwall",
        "Livin' on a Prayer",
        "Don't Stop Me Now",
        "Angels",
        "Africa",
        "Mustang Sally",
        "Hey Jude",
        "Layla",
        "Come On Eileen",
        "Sweet Home Alabama",
        "Total Eclipse of the Heart",
        "Dancing Queen",
        "Hallelujah",
    ],
}
POEMS = {
    "de": [
        "Montagsgedicht",
        "Die Sache mit dem Fahrrad",
        "Heimweh nach morgen",
        "Bahnsteig 4",
        "Ode an den Kühlschrank",
        "Zwischen zwei Haltestellen",
        "Nachtschicht",
    ],
    "fr": ["Lundi matin", "L'affaire du vélo", "Quai numéro 4", "Ode au frigo", "Entre deux arrêts", "Insomnie"],
    "it": ["Lunedì mattina", "La questione della bici", "Binario 4", "Ode al frigorifero", "Tra due fermate"],
    "en": [
        "Monday Morning",
        "The Bicycle Thing",
        "Platform 4",
        "Ode to the Fridge",
        "Between Two Stops",
        "Night Shift",
    ],
}
VENUES = {
    "de_DE": ["Café Kairo", "Kulturkneipe Zapfhahn", "Bar Hafenkante", "Club Pavillon", "Die Wohnzimmerbar"],
    "de_AT": ["Café Anno", "Beisl zum Grünen Tor", "Kulturcafé Siebenstern", "Bar Stadtkind"],
    "de_CH": ["Bar Kasheme", "Kulturbeiz Rössli", "Café Mokka", "Bar Sternen"],
    "fr_FR": ["Le Zinc", "Bar Le Mélomane", "La Péniche Bleue", "Café Le Bougnat"],
    "fr_CH": ["Café du Lac", "Bar L'Éprouvette", "Le Bourg", "Caveau des Artistes"],
    "it_IT": ["Bar Centrale", "Circolo ARCI La Scighera", "Osteria del Pavone", "Birrificio Lambrate"],
    "it_CH": ["Bar Cittadella", "Studio Foce", "Grotto del Pozzo", "Bar Lux"],
    "en_GB": ["The Red Lion", "The Crown & Anchor", "The Fiddler's Elbow", "The Brass Monkey"],
    "en_US": ["Rusty Nail Tavern", "The Velvet Lounge", "Blue Moon Saloon", "Cactus Cafe"],
}


def g_openmic(c: Ctx, v: int) -> str:
    r = c.r
    venue = c.ch(VENUES[c.loc])
    va = c.bizaddr()
    kind = c.ch(["karaoke", "openmic", "slam"])
    title = {
        "karaoke": c.L(de="Karaoke-Abend", fr="Soirée karaoké", it="Serata karaoke", en="Karaoke Night"),
        "openmic": c.L(de="Open Stage", fr="Scène ouverte", it="Open mic", en="Open Mic Night"),
        "slam": c.L(de="Poetry Slam", fr="Slam de poésie", it="Poetry slam", en="Poetry Slam"),
    }[kind]
    if v == 0:
        host = c.person(age=(22, 55))
        n = r.randint(6, 11)
        performers = [c.person(age=(18, 60)) for _ in range(n)]
        h, m = r.choice([19, 20, 20, 21]), r.choice([0, 30])
        t0 = dt.datetime(2026, 1, 1, h, m)
        step = r.choice([6, 8, 10])
        rows = []
        styles = c.ch([["first", "fi", "nick"], ["full"], ["fi", "first"]])
        pool = (SONGS if kind != "slam" else POEMS)[c.lang]
        for i, q in enumerate(performers):
            tm = (t0 + dt.timedelta(minutes=i * step)).strftime("%H:%M")
            contact = ""
            x = r.random()
            if x < 0.4:
                contact = c.mob()
            elif x < 0.55:
                contact = c.em(q)
            act = c.ch(pool)
            if kind == "openmic" and c.p(0.3):
                act = c.L(
                    de="eigene Songs (Gitarre)",
                    fr="compos perso (guitare)",
                    it="brani propri (chitarra)",
                    en="own songs (guitar)",
                )
            if kind != "slam" and c.p(0.15):
                dq = c.person(age=(18, 60))
                name = f"{c.N(q, c.ch(styles))} & {c.N(dq, 'first')}"
            else:
                name = c.N(q, c.ch(styles))
            rows.append([str(i + 1), tm, name, act, contact])
        heads = c.L(
            de=("#", "Zeit", "Name", "Song / Text", "Kontakt"),
            fr=("#", "Heure", "Nom", "Chanson / texte", "Contact"),
            it=("#", "Ora", "Nome", "Brano / testo", "Contatto"),
            en=("#", "Time", "Name", "Song / piece", "Contact"),
        )
        head = c.L(
            de=f"{title} im {venue} – {c.d(r.randint(1, 20))}\n{va.one()}\nModeration: {c.N(host, 'full')} ({c.mob()})",
            fr=f"{title} – {venue}, {c.d(r.randint(1, 20))}\n{va.one()}\nAnimation : {c.N(host, 'full')}, {c.mob()}",
            it=f"{title} @ {venue} – {c.d(r.randint(1, 20))}\n{va.one()}\nPresenta: {c.N(host, 'full')} ({c.mob()})",
            en=f"{title} at {venue} – {c.d(r.randint(1, 20))}\n{va.one()}\nHost: {c.N(host, 'full')} ({c.mob()})",
        )
        rules = c.L(
            de="Max. 2 Songs bzw. 5 Minuten pro Person. Freigetränk an der Bar gegen Stempel.",
            fr="2 chansons ou 5 minutes max. par personne. Une boisson offerte au bar.",
            it="Massimo 2 brani o 5 minuti a testa. Una consumazione offerta al bancone.",
            en="Max 2 songs or 5 minutes each. One free drink at the bar with your stamp.",
        )
        body = f"{head}\n\n{table(c, heads, rows)}\n\n{rules}"
        if c.p(0.2):
            body = ocr(c, body)
        return body
    if v == 1:
        young = c.p(0.45)
        me = c.person(age=(14, 17) if young else (18, 45))
        a = c.addr(local=0.8)
        sw = c.L(
            de=["Nachtfalter", "Mondschein", "Wortwirbel", "Sturmfeder", "Silbenfuchs"],
            fr=["Vertige", "Lunaire", "Plume", "Sansfil", "Minuit"],
            it=["Inchiostro", "Lunare", "Vento", "Scirocco"],
            en=["Moonshine", "Riverstone", "Nightjar", "Inkwell", "Wildfire"],
        )
        stage_name = f"{me.nick() or me.first} {sw}"
        rows = [
            (lbl(c, "name"), mk("PERSON", me.last)),
            (lbl(c, "first"), mk("PERSON", me.first)),
            (
                c.L(de="Künstlername", fr="Nom de scène", it="Nome d'arte", en="Stage name"),
                mk("PERSON", stage_name) if c.p(0.5) else "—",
            ),
            (lbl(c, "dob"), c.dob(me)),
            (lbl(c, "street"), a.s),
            (lbl(c, "city"), a.c),
            (lbl(c, "mobile"), c.mob()),
            (lbl(c, "email"), c.em(me)),
            (
                c.L(de="Texte (Arbeitstitel)", fr="Textes", it="Testi", en="Pieces"),
                ", ".join(r.sample(POEMS[c.lang], 2)),
            ),
        ]
        if young:
            par = c.kin(me, gap=(-44, -22))
            rows += [
                (
                    c.L(
                        de="Erziehungsberechtigte/r",
                        fr="Représentant légal",
                        it="Genitore / tutore",
                        en="Parent / guardian",
                    ),
                    c.N(par, "full"),
                ),
                (c.L(de="Telefon Eltern", fr="Tél. parent", it="Tel. genitore", en="Parent phone"), c.mob()),
            ]
        rows.append(
            (
                c.L(
                    de="IBAN für Preisgeld",
                    fr="IBAN (prix)",
                    it="IBAN per il premio",
                    en="IBAN for prize money",
                    us="Payout (Venmo not accepted)",
                ),
                c.ib() if c.loc != "en_US" else c.L(en="check to home address"),
            )
        )
        rows.append(
            (
                c.L(de="Foto-/Videofreigabe", fr="Droit à l'image", it="Liberatoria foto", en="Photo consent"),
                c.L(de="ja", fr="oui", it="sì", en="yes"),
            )
        )
        head = c.L(
            de=f"Anmeldung {title}{' U20' if young else ''} – {venue}",
            fr=f"Inscription {title}{' jeunes' if young else ''} – {venue}",
            it=f"Iscrizione {title}{' under 20' if young else ''} – {venue}",
            en=f"{title}{' (U20)' if young else ''} sign-up – {venue}",
        )
        body = f"{head}\n\n{form(c, rows)}\n\n{place_date(c, -r.randint(1, 10))}"
        if c.p(0.3):
            body = ocr(c, body)
        return body
    if v == 2:
        a, b, d_ = c.person(age=(20, 45)), c.person(age=(20, 45)), c.person(age=(20, 45))
        tech, lost, singer = c.person(), c.person(), c.person()
        after = c.addr(local=1.0)
        song = c.ch(SONGS[c.lang])
        ms = [
            (
                c.N(a, "nick"),
                c.L(
                    de=f"ton macht heute {c.N(tech, 'first')}, nummer falls was ist: {c.mob()}",
                    fr=f"c'est {c.N(tech, 'first')} au son ce soir, son num : {c.mob()}",
                    it=f"stasera al mixer c'è {c.N(tech, 'first')}, numero: {c.mob()}",
                    en=f"{c.N(tech, 'first')} is doing sound tonight, number if needed {c.mob()}",
                ),
            ),
            (
                c.N(b, "nick"),
                c.L(
                    de=f"ok. {c.N(singer, 'full')} will das video von „{song}“, schick an {c.em(singer)}",
                    fr=f"ok. {c.N(singer, 'full')} voudrait la vidéo de « {song} » → {c.em(singer)}",
                    it=f"ok. {c.N(singer, 'full')} vuole il video di «{song}», mandalo a {c.em(singer)}",
                    en=f"ok. {c.N(singer, 'full')} wants the video of '{song}', send to {c.em(singer)}",
                ),
            ),
            (
                c.N(d_, "nick"),
                c.L(
                    de=f"jacke liegen geblieben, gehört wohl {c.N(lost, 'first')} – handy {c.mob()}",
                    fr=f"une veste oubliée, sûrement à {c.N(lost, 'first')} ({c.mob()})",
                    it=f"c'è una giacca dimenticata, forse di {c.N(lost, 'first')}: {c.mob()}",
                    en=f"someone left a jacket, probably {c.N(lost, 'first')}'s – {c.mob()}",
                ),
            ),
            (
                c.N(a, "nick"),
                c.L(
                    de=f"afterparty bei mir, {after.s}, klingeln bei {mk('PERSON', a.last)}",
                    fr=f"after chez moi, {after.s}, sonner {mk('PERSON', a.last)}",
                    it=f"dopo si va da me, {after.s}, citofono {mk('PERSON', a.last)}",
                    en=f"after-party at mine, {after.s}, buzzer says {mk('PERSON', a.last)}",
                ),
            ),
            (c.N(b, "nick"), c.L(de="bin dabei 🎤", fr="j'arrive 🎤", it="ci sono 🎤", en="in 🎤")),
        ]
        head = c.L(
            de=f"Orga-Gruppe {title} {venue}",
            fr=f"Groupe orga {title} {venue}",
            it=f"Gruppo {title} {venue}",
            en=f"{title} crew – {venue}",
        )
        return f"{head}\n\n{chat(c, ms, lower=c.p(0.5))}"
    recs = []
    for _ in range(r.randint(4, 8)):
        q = c.person(age=(18, 65))
        rec = {
            "order": c.ref("EB-", 8),
            "name": c.N(q, "full"),
            "email": c.em(q),
            "phone": c.mob() if c.p(0.6) else "",
            "tickets": r.randint(1, 4),
            "total": c.money(8, 60),
            "card": c.masked_card(),
            "ip": c.ip(),
            "created": f"{c.iso(-r.randint(1, 25))} {r.randint(8, 23):02d}:{r.randint(0, 59):02d}",
        }
        recs.append(rec)
    if c.p(0.5):
        dup = dict(recs[0])
        dup["order"] = c.ref("EB-", 8)
        recs.append(dup)
    fmt = c.ch(["csv", "json", "md"])
    if fmt == "json":
        out = to_json(c, recs)
    else:
        keys = list(recs[0].keys())
        out = table(c, keys, [[str(x[k]) for k in keys] for x in recs], "csv" if fmt == "csv" else "md")
    note = c.L(
        de=f"Export Ticketverkauf {title} {venue}, {c.d(0)}",
        fr=f"Export billetterie {title} – {venue}",
        it=f"Export biglietti {title} – {venue}",
        en=f"Ticket export – {title}, {venue}",
    )
    return f"{note}\n\n{out}"


# ---------------------------------------------------------------------------------------------------------------
# 3. noisediary - noise complaint diaries, letters to landlords and to the noise officer
# ---------------------------------------------------------------------------------------------------------------


def _noises(c: Ctx) -> list[str]:
    return c.L(
        de=(
            "laute Musik (Bass)",
            "Trampeln / Springen",
            "Bohren",
            "Streit, Schreien",
            "Hundegebell",
            "Party",
            "Waschmaschine nachts",
            "Möbelrücken",
            "Türenknallen",
        ),
        fr=(
            "musique forte (basses)",
            "bruits de pas",
            "perceuse",
            "dispute, cris",
            "aboiements",
            "fête",
            "machine à laver la nuit",
            "meubles déplacés",
            "portes claquées",
        ),
        it=(
            "musica alta (bassi)",
            "passi pesanti",
            "trapano",
            "litigio, urla",
            "cane che abbaia",
            "festa",
            "lavatrice di notte",
            "spostamento mobili",
            "porte sbattute",
        ),
        en=(
            "loud music (bass)",
            "stamping / jumping",
            "drilling",
            "shouting",
            "dog barking",
            "party",
            "washing machine at night",
            "furniture dragging",
            "doors slamming",
        ),
    )


def _flat(c: Ctx) -> str:
    return c.L(
        de=[
            f"{c.r.randint(1, 4)}. OG {c.ch(['links', 'rechts', 'Mitte'])}",
            "Dachgeschoss",
            f"EG {c.ch(['links', 'rechts'])}",
        ],
        at=[f"Top {c.r.randint(1, 24)}", f"Tür {c.r.randint(1, 24)}", f"{c.r.randint(1, 4)}. Stock"],
        ch=[f"{c.r.randint(1, 4)}. Stock {c.ch(['links', 'rechts'])}", "Dachgeschoss", "Parterre links"],
        fr=[f"{c.r.randint(1, 6)}e étage {c.ch(['gauche', 'droite'])}", "rez-de-chaussée", "dernier étage"],
        it=[f"{c.r.randint(1, 6)}° piano, int. {c.r.randint(1, 18)}", "piano terra", "sottotetto"],
        en=[f"Flat {c.r.randint(1, 18)}", "the flat above", "ground floor flat"],
        us=[f"Apt {c.r.randint(1, 6)}{c.ch('ABCD')}", "the unit above", f"unit #{c.r.randint(2, 40)}"],
    )


def aus_flat(c: Ctx, flat: str) -> str:
    if flat.startswith(("Top", "Tür")):
        return f"aus {flat}"
    return f"aus der Wohnung im {flat}"


def g_noisediary(c: Ctx, v: int) -> str:
    r = c.r
    me = c.person(age=(24, 82))
    home = c.addr(local=1.0)
    culprit = c.person(age=(20, 60))
    cul_ref = c.ch(["title", "family", "title"])
    if cul_ref == "family":
        cul = c.L(
            de=f"Familie {mk('PERSON', culprit.last)}",
            fr=f"la famille {mk('PERSON', culprit.last)}",
            it=f"la famiglia {mk('PERSON', culprit.last)}",
            en=f"the {mk('PERSON', culprit.last)} family",
        )
    else:
        cul = c.tn(culprit)
    flat = _flat(c)
    if v == 0:
        partner = c.kin(me, gap=(-8, 8))
        wit = c.person()
        rows = []
        days = sorted(r.sample(range(-40, 0), r.randint(5, 10)))
        for dd in days:
            t0 = dt.datetime(2026, 1, 1, r.choice([21, 22, 22, 23, 0, 1, 2, 6, 13]), r.choice([0, 10, 15, 30, 40, 45]))
            t1 = t0 + dt.timedelta(minutes=r.choice([15, 20, 30, 45, 50, 70, 90, 120, 150]))
            a, b = t0.strftime("%H:%M"), t1.strftime("%H:%M")
            w = c.ch([c.N(partner, "first"), "—", c.tn(wit), c.N(partner, "first")])
            db = f"{r.randint(48, 78)} dB" if c.p(0.5) else ""
            rows.append([c.d(dd), f"{a}–{b}", c.ch(_noises(c)), w, db])
        heads = c.L(
            de=("Datum", "Uhrzeit", "Art der Störung", "Zeugen", "Messung (App)"),
            fr=("Date", "Heure", "Nature du bruit", "Témoins", "Mesure (appli)"),
            it=("Data", "Orario", "Tipo di disturbo", "Testimoni", "Misura (app)"),
            en=("Date", "Time", "Type of noise", "Witness", "Reading (app)"),
        )
        head = form(
            c,
            [
                (
                    c.L(
                        de="Lärmprotokoll von",
                        fr="Journal des nuisances de",
                        it="Diario dei rumori di",
                        en="Noise diary kept by",
                    ),
                    c.N(me, c.ch(["full", "lf"])),
                ),
                (c.L(de="Anschrift", fr="Adresse", it="Indirizzo", en="Address"), home.one()),
                (lbl(c, "phone"), c.anyphone(home.t)),
                (c.L(de="Lärmquelle", fr="Source", it="Provenienza", en="Source"), f"{flat}, {cul}"),
            ],
            c.ch(["colon", "aligned", "bold"]),
        )
        foot = c.L(
            de=f"{'Zeugin' if wit.g == 'f' else 'Zeuge'} {c.tn(wit)} wohnt im Haus und ist bereit, die Angaben "
            "zu bestätigen.",
            fr=f"{c.tn(wit)}, {'voisine' if wit.g == 'f' else 'voisin'} de palier, peut confirmer ces faits.",
            it=f"{c.tn(wit)}, che abita nello stesso stabile, può confermare quanto sopra.",
            en=f"{c.tn(wit)}, who lives in the building, is willing to confirm these entries.",
        )
        body = f"{head}\n\n{table(c, heads, rows)}\n\n{foot}\n\n{place_date(c)}\n{c.N(me, 'full')}"
        if c.p(0.3):
            body = ocr(c, body)
        return body
    if v == 1:
        firm = c.L(
            de=["Hausverwaltung Sonnenschein GmbH", "Immobilienverwaltung Kruse & Partner", "WBG Nord eG"],
            at=["Hausverwaltung Steiner & Söhne", "Immobilienkanzlei Donaublick GmbH"],
            ch=["Liegenschaftsverwaltung Seeblick AG", "Verwaltung Rhyhof GmbH"],
            fr=["Cabinet Foncia Centre", "Syndic Les Trois Tilleuls", "Office public de l'habitat"],
            frch=["Régie du Rhône SA", "Gérance Bellerive Sàrl"],
            it=["Studio Amministrazioni Condominiali Aurora"],
            itch=["Amministrazione stabili Ceresio SA"],
            gb=["Parkside Lettings Ltd", "Greenfield Housing Association"],
            us=["Oak Ridge Property Management", "Metro Realty Group"],
        )
        fa = c.bizaddr()
        admin = c.person()
        care = c.person(age=(35, 65))
        f_ = care.g == "f"
        care_w = c.L(
            de="die Hausmeisterin" if f_ else "der Hausmeister",
            at="die Hausbesorgerin" if f_ else "der Hausbesorger",
            ch="die Hauswartin" if f_ else "der Hauswart",
            fr="la gardienne" if f_ else "le gardien",
            it="la portinaia" if f_ else "il portiere",
            en="the caretaker",
            us="the super",
        )
        adm_name = c.N(admin, "full")
        adm_line = c.L(
            de=f"z. Hd. {c.tn(admin, dative=True)}",
            fr=f"À l'attention de {c.title(admin)} {adm_name}",
            it=f"Alla c.a. {c.title(admin)} {adm_name}",
            en=f"FAO {adm_name}",
            us=f"Attn: {adm_name}",
        )
        body_txt = c.L(
            de=f"seit mehreren Wochen kommt es {aus_flat(c, flat)} ({cul}) regelmäßig nach 22 Uhr zu erheblichem "
            f"Lärm. Ein Gespräch mit den Bewohnern blieb ohne Erfolg; auch {care_w} {c.N(care, 'full')} "
            f"({c.mob()}) hat die Störungen mehrfach selbst gehört. Ich bitte Sie, die Mieter schriftlich auf die "
            "Hausordnung hinzuweisen, und behalte mir eine Mietminderung vor. Das Lärmprotokoll liegt bei.",
            at=f"seit Wochen kommt es {aus_flat(c, flat)} ({cul}) regelmäßig nach 22 Uhr zu erheblichem Lärm. Auch "
            f"{care_w} {c.N(care, 'full')} ({c.mob()}) hat das mehrfach gehört. Ich ersuche Sie, tätig zu werden; "
            "das Lärmprotokoll liegt bei.",
            fr="depuis plusieurs semaines, des nuisances sonores importantes proviennent de l'appartement situé au "
            f"{flat} ({cul}), "
            f"surtout après 22 h. {care_w[0].upper() + care_w[1:]}, {c.N(care, 'full')} ({c.mob()}), a pu les "
            "constater. Je vous demande "
            "de rappeler le règlement de copropriété aux occupants. Vous trouverez ci-joint mon journal des nuisances.",
            it=f"da alcune settimane dall'appartamento al {flat} ({cul}) provengono rumori molesti, soprattutto dopo "
            "le "
            f"22. Anche {care_w} {c.N(care, 'full')} ({c.mob()}) li ha sentiti più volte. Chiedo che venga "
            "richiamato il regolamento condominiale. Allego il diario dei rumori.",
            en=f"For several weeks there has been serious noise from {flat} ({cul}), mostly after 11 pm. "
            f"{care_w.capitalize()}, {c.N(care, 'full')} ({c.mob()}), has heard it himself more than once. Please "
            "remind the "
            "tenants of their tenancy obligations. My noise diary is attached.",
        )
        if c.lang == "en" and care.g == "f":
            body_txt = body_txt.replace("heard it himself", "heard it herself")
        lines = [
            c.N(me, "full"),
            home.block(),
            "",
            firm,
            adm_line,
            fa.block(),
            "",
            place_date(c),
            "",
            c.L(
                de="Ruhestörung – Bitte um Abhilfe",
                fr="Objet : nuisances sonores",
                it="Oggetto: disturbo della quiete",
                en="Re: ongoing noise nuisance",
            ),
            "",
            greet(c, admin if c.p(0.6) else None),
            body_txt,
            "",
            bye(c),
            "",
            c.N(me, "full"),
            f"{lbl(c, 'phone')}: {c.anyphone(home.t)}",
            f"{lbl(c, 'email')}: {c.em(me)}",
        ]
        body = "\n".join(lines)
        if c.p(0.2):
            body = ocr(c, body)
        return body
    if v == 2:
        off = c.person()
        dom = gov_domain(c)
        oe = c.em(off, dom)
        me_e = c.em(me)
        case = c.ref(c.L(de="OA-", fr="SCHS-", it="PL-", en="EH/"), 6)
        unit = c.L(
            de="Ordnungsamt – Umweltschutz / Lärm",
            at="Magistrat – Umweltamt",
            ch="Stadtpolizei – Gewerbe und Lärm",
            fr="Service communal d'hygiène et de santé",
            frch="Police du commerce – nuisances",
            it="Polizia Locale – Ufficio ambiente",
            itch="Polizia comunale – ufficio ordine pubblico",
            gb="Environmental Health – Noise Team",
            us="Department of Environmental Protection – Noise Unit",
        )
        oa = c.bizaddr()
        first = "\n".join(
            [
                greet(c, me),
                c.L(
                    de=f"Ihre Beschwerde ist unter {case} registriert. Bitte führen Sie das beigefügte Lärmprotokoll "
                    "zwei Wochen "
                    "lang und nennen Sie, wenn möglich, weitere Zeugen mit Erreichbarkeit.",
                    fr=f"Votre signalement est enregistré sous {case}. Merci de tenir le journal joint pendant deux "
                    "semaines et "
                    "d'indiquer d'éventuels témoins.",
                    it=f"la segnalazione è stata registrata con il n. {case}. La preghiamo di compilare il diario "
                    "allegato per "
                    "due settimane indicando eventuali testimoni.",
                    en=f"Your complaint has been logged as {case}. Please keep the enclosed diary sheets for two weeks "
                    "and let us "
                    "know of any other witnesses.",
                ),
                "",
                bye(c),
                c.N(off, "full"),
                unit,
                oa.one(),
                f"{lbl(c, 'phone')} {c.tel(oa.t, din=True)}",
                oe,
            ]
        )
        wit = c.person()
        wa = c.addr(local=1.0)
        reply = c.L(
            de=f"Guten Tag {c.tn(off)},\n\nanbei das ausgefüllte Protokoll. Als Zeuge steht {c.N(wit, 'full')} "
            f"({wa.s}, {c.mob()}) zur Verfügung. Der Lärm kommt {aus_flat(c, flat)} ({cul}).",
            fr=f"Bonjour {c.tn(off)},\n\nci-joint le journal rempli. Témoin : {c.N(wit, 'full')} ({wa.s}, {c.mob()}). "
            f"Les bruits viennent de {cul}, {flat}.",
            it=f"Buongiorno {c.tn(off)},\n\nallego il diario compilato. Testimone: {c.N(wit, 'full')} ({wa.s}, "
            f"{c.mob()}). I rumori provengono dall'appartamento al {flat} ({cul}).",
            en=f"Dear {c.tn(off)},\n\nPlease find the completed diary attached. A witness, {c.N(wit, 'full')} "
            f"({wa.s}, {c.mob()}), is happy to be contacted. The noise comes from {flat} ({cul}).",
        )
        hdr = mailhdr(c, who(c, me, me_e), who(c, off, oe), f"Re: {case}")
        return (
            f"{hdr}\n\n{reply}\n\n{bye(c)}\n{c.N(me, 'full')}\n{home.one()}\n\n{quote_intro(c, off, -14)}\n"
            f"{quoted(first, c.p(0.6))}"
        )
    recs = []
    t = c.today - dt.timedelta(days=r.randint(3, 20))
    for _ in range(r.randint(4, 8)):
        t += dt.timedelta(days=r.randint(0, 3), hours=r.randint(0, 5))
        recs.append(
            {
                "recording_id": c.ref("rec_", 7),
                "start": f"{t.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00",
                "duration_s": r.randint(20, 600),
                "laeq_db": round(r.uniform(38, 72), 1),
                "lmax_db": round(r.uniform(60, 92), 1),
                "tag": c.ch(_noises(c)),
            }
        )
    recs.sort(key=lambda x: x["start"])
    acct = {
        "user": {"name": c.N(me, "full"), "email": c.em(me), "address": home.one(), "last_ip": c.ip()},
        "case_shared_with": c.L(de="Ordnungsamt", fr="mairie", it="Comune", en="council"),
        "recordings": recs,
    }
    a, b = c.person(), c.person()
    ms = [
        (
            c.N(a, "first"),
            c.L(
                de=f"war heute nacht wieder so laut bei {c.tn(culprit, dative=True)}, ich hab's aufgenommen",
                fr=f"encore du bruit cette nuit chez {c.tn(culprit)}, j'ai enregistré",
                it=f"stanotte di nuovo rumore dal piano di sopra ({c.tn(culprit)}), ho registrato",
                en=f"loud again last night from {c.tn(culprit)}, I recorded it",
            ),
        ),
        (
            c.N(b, "first"),
            c.L(
                de=f"ich auch. schick mir die aufnahme an {c.em(b)}",
                fr=f"pareil, envoie-moi ça sur {c.em(b)}",
                it=f"anche io, mandamela a {c.em(b)}",
                en=f"same here, send me the file at {c.em(b)}",
            ),
        ),
    ]
    exp = to_json(c, acct) if c.p(0.7) else to_yaml(acct)
    return f"{exp}\n\n{chat(c, ms)}"


# ---------------------------------------------------------------------------------------------------------------
# 4. radon - radon measurement campaigns, results and remediation grants
# ---------------------------------------------------------------------------------------------------------------


def _radon_org(c: Ctx) -> tuple[str, str]:
    return c.L(
        de=[
            ("Landesamt für Umwelt – Radonberatungsstelle", "lfu-radon.de"),
            ("Radon-Messkampagne Landkreis", "radon-landkreis.de"),
        ],
        at=[("Radonfachstelle Österreich", "radon-fachstelle.at"), ("Landesradonstelle", "radon-land.at")],
        ch=[("Kantonale Radonfachstelle", "radon-kanton.ch"), ("Radonmessstelle Nordwest", "radon-nw.ch")],
        fr=[("Campagne radon – CPIE Val de Loire", "cpie-radon.fr"), ("ARS – Mission radon", "ars-radon.fr")],
        frch=[("Service cantonal de l'environnement – radon", "radon-canton.ch")],
        it=[("ARPA – Sezione radon", "arpa-radon.it"), ("Campagna radon comunale", "radon-comune.it")],
        itch=[("Sezione protezione aria – radon", "radon-ti.ch")],
        gb=[("Radon Measurement Service", "radon-measure.org.uk")],
        us=[("State Radon Program", "radon-program.org"), ("County Health Dept. – Radon Outreach", "radon-county.org")],
    )


def _rooms(c: Ctx) -> list[str]:
    return c.L(
        de=("Wohnzimmer", "Schlafzimmer", "Keller", "Kinderzimmer", "Büro", "Hobbyraum"),
        fr=("séjour", "chambre", "cave", "chambre d'enfant", "bureau", "sous-sol aménagé"),
        it=("soggiorno", "camera da letto", "cantina", "cameretta", "studio", "taverna"),
        en=("living room", "bedroom", "basement", "child's bedroom", "study", "playroom"),
    )


def _bq(c: Ctx, high: bool = False) -> str:
    if c.loc == "en_US":
        return f"{c.r.uniform(4.5 if high else 0.6, 14):.1f} pCi/L"
    return f"{c.r.randint(320 if high else 35, 1400)} Bq/m³"


def g_radon(c: Ctx, v: int) -> str:
    r = c.r
    org, dom = _radon_org(c)
    me = c.person(age=(28, 80))
    home = c.addr(local=0.85, extra=0.0)
    if v == 0:
        kits = [c.ref(c.ch(["RD-", "DOS ", "KIT-", "N° "]), 6) for _ in range(r.randint(1, 3))]
        rooms = r.sample(_rooms(c), len(kits))
        rows = [
            (lbl(c, "fullname"), c.N(me, c.ch(["full", "lf", "LF"]))),
            (
                c.L(
                    de="Messort (Gebäude)",
                    fr="Adresse du logement mesuré",
                    it="Indirizzo dell'immobile",
                    en="Address of the home tested",
                ),
                home.one(),
            ),
            (lbl(c, "phone"), c.anyphone(home.t)),
            (lbl(c, "email"), c.em(me)),
            (
                c.L(de="Baujahr", fr="Année de construction", it="Anno di costruzione", en="Year built"),
                str(r.randint(1890, 2015)),
            ),
            (
                c.L(de="Gebäudetyp", fr="Type", it="Tipologia", en="Type"),
                c.L(
                    de=["Einfamilienhaus", "Reihenhaus", "Mehrfamilienhaus"],
                    fr=["maison individuelle", "appartement"],
                    it=["villetta", "appartamento", "casa a schiera"],
                    en=["detached house", "terrace", "apartment"],
                ),
            ),
            (
                c.L(de="Dosimeter / Räume", fr="Dosimètres / pièces", it="Dosimetri / locali", en="Detectors / rooms"),
                "; ".join(f"{k} – {x}" for k, x in zip(kits, rooms, strict=True)),
            ),
            (
                c.L(de="Messbeginn", fr="Début de la mesure", it="Inizio misura", en="Start date"),
                c.d(-r.randint(1, 20)),
            ),
        ]
        if c.p(0.4):
            owner = c.person(age=(40, 85))
            rows.insert(
                2,
                (
                    c.L(
                        de="Eigentümer/in (falls abweichend)",
                        fr="Propriétaire (si différent)",
                        it="Proprietario (se diverso)",
                        en="Owner (if different)",
                    ),
                    f"{c.N(owner, 'full')}, {c.anyphone()}",
                ),
            )
        head = c.L(
            de=f"{org} – Anmeldung zur Radonmessung",
            fr=f"{org} – Bulletin d'inscription",
            it=f"{org} – Modulo di adesione",
            en=f"{org} – Test kit registration",
        )
        note = c.L(
            de="Die Dosimeter bleiben 3 Monate in den genannten Räumen und werden danach im Rückumschlag an das "
            "Labor geschickt.",
            fr="Les dosimètres restent deux mois dans les pièces indiquées puis sont renvoyés au laboratoire.",
            it="I dosimetri restano sei mesi nei locali indicati e vengono poi rispediti al laboratorio.",
            en="Leave the detectors in place for 3 months, then post them back in the prepaid envelope.",
        )
        body = f"{head}\n\n{form(c, rows)}\n\n{note}\n\n{lbl(c, 'sign')}: {c.N(me, 'full')}"
        if c.p(0.3):
            body = ocr(c, body)
        return body
    if v == 1:
        exp = c.person()
        oa = c.bizaddr()
        ref = c.ref(c.L(de="RN-", fr="RAD-", it="RN/", en="RM-"), 6)
        rows = []
        for room in r.sample(_rooms(c), r.randint(1, 3)):
            rows.append([c.ref("", 6), room, f"{c.d(-130)} – {c.d(-40)}", _bq(c)])
        heads = c.L(
            de=("Dosimeter", "Raum", "Zeitraum", "Radon"),
            fr=("Dosimètre", "Pièce", "Période", "Radon"),
            it=("Dosimetro", "Locale", "Periodo", "Radon"),
            en=("Detector", "Room", "Period", "Radon"),
        )
        ref_val = c.L(
            de="Referenzwert 300 Bq/m³",
            fr="niveau de référence 300 Bq/m³",
            it="livello di riferimento 300 Bq/m³",
            en="UK action level 200 Bq/m³",
            us="EPA action level 4 pCi/L",
            ch="Referenzwert 300 Bq/m³",
        )
        text = c.L(
            de=f"anbei erhalten Sie die Ergebnisse Ihrer Radonmessung. Liegt ein Wert über dem {ref_val}, empfehlen "
            "wir "
            "eine Beratung; Fördermöglichkeiten für eine Sanierung finden Sie im Merkblatt.",
            fr=f"veuillez trouver ci-dessous les résultats de votre mesure. Au-delà du {ref_val}, nous vous "
            "conseillons "
            "de prendre contact avec un professionnel.",
            it=f"di seguito i risultati della misura. In caso di superamento del {ref_val} consigliamo un sopralluogo "
            "tecnico.",
            en=f"Your results are below. If a reading is above the {ref_val}, we recommend speaking to a registered "
            "radon contractor.",
        )
        lines = [
            org,
            oa.one(),
            "",
            c.N(me, "full"),
            home.block(),
            "",
            f"{lbl(c, 'ref')}: {ref}",
            place_date(c),
            "",
            greet(c, me),
            text,
            "",
            table(c, heads, rows, c.ch(["md", "fixed", "mdpad"])),
            "",
            bye(c),
            "",
            c.drn(exp, med=False) if c.p(0.4) else c.N(exp, "full"),
            f"{lbl(c, 'phone')} {c.tel(oa.t, din=c.p(0.4))}",
            c.em(exp, dom),
        ]
        body = "\n".join(lines)
        if c.p(0.25):
            body = ocr(c, body)
        return body
    if v == 2:
        off = c.person()
        oe = c.em(off, dom)
        firm = c.L(
            de=["Radonsanierung Schmitt & Co.", "Bautechnik Hohenstein GmbH"],
            at=["Radonsanierung Tirol GmbH"],
            ch=["Radonschutz AG", "Bauphysik Seeland GmbH"],
            fr=["Radon Solutions SARL"],
            frch=["Assainissement Radon Romandie SA"],
            it=["Edil Radon S.r.l."],
            itch=["Radon Protezione SA"],
            gb=["RadonSafe Ltd"],
            us=["Clear Air Radon Mitigation LLC"],
        )
        fa = c.bizaddr(t=c.ch(c.towns))
        rows = [
            (lbl(c, "fullname"), c.N(me, "full")),
            (lbl(c, "dob"), c.dob(me)),
            (c.L(de="Anschrift", fr="Adresse", it="Indirizzo", en="Address"), home.one()),
            (lbl(c, "phone"), c.anyphone(home.t)),
            (lbl(c, "email"), c.em(me)),
            (c.L(de="Messwert", fr="Résultat", it="Valore misurato", en="Result"), _bq(c, high=True)),
            (c.L(de="Fachbetrieb", fr="Entreprise", it="Ditta", en="Contractor"), f"{firm}, {fa.one()}, {c.tel(fa.t)}"),
            (
                c.L(de="Kosten laut Angebot", fr="Montant du devis", it="Importo preventivo", en="Quote"),
                c.money(1800, 9800),
            ),
        ]
        if c.loc != "en_US":
            rows += [(lbl(c, "iban"), c.ib()), (lbl(c, "holder"), c.N(me, "full"))]
        form_txt = form(c, rows)
        ask = c.L(
            de=f"{greet(c, off)}\n\nwie besprochen sende ich Ihnen den Förderantrag für die Radonsanierung. Das "
            "Angebot und die Messergebnisse hänge ich an.",
            fr=f"{greet(c, off)}\n\ncomme convenu, voici ma demande d'aide pour les travaux de remédiation radon.",
            it=f"{greet(c, off)}\n\ncome concordato, invio la domanda di contributo per la bonifica radon.",
            en=f"{greet(c, off)}\n\nAs discussed, please find my application for the radon remediation grant.",
        )
        prev = c.L(
            de="Bitte senden Sie uns den Antrag vollständig ausgefüllt zurück; ohne Kontoverbindung können wir "
            "nicht auszahlen.",
            fr="Merci de nous retourner le formulaire complet avec votre RIB.",
            it="La preghiamo di restituire il modulo completo con le coordinate bancarie.",
            en="Please return the completed form with your payment details.",
        )
        old = "\n".join(
            [greet(c, me), prev, "", bye(c), c.N(off, "full"), org, f"{lbl(c, 'phone')} {c.tel(din=True)}", oe]
        )
        hdr = mailhdr(
            c,
            who(c, me, c.em(me)),
            who(c, off, oe),
            c.L(
                de="AW: Förderantrag Radonsanierung",
                fr="RE: demande d'aide radon",
                it="R: contributo bonifica radon",
                en="RE: radon grant application",
            ),
        )
        return (
            f"{hdr}\n\n{ask}\n\n{form_txt}\n\n{bye(c)}\n{c.N(me, 'full')}\n\n{quote_intro(c, off, -6)}\n{quoted(old)}"
        )
    recs = []
    for _ in range(r.randint(4, 8)):
        q = c.person(age=(25, 85))
        a = c.addr(local=0.6, extra=0.0)
        recs.append(
            {
                "kit": c.ref("RK", 7),
                "name": c.N(q, "full"),
                "email": c.em(q),
                "street": a.s,
                "city": a.c,
                "activated": c.iso(-r.randint(60, 150)),
                "activation_ip": c.ip(),
                "result": _bq(c) if c.p(0.7) else None,
            }
        )
    fmt = c.ch(["json", "csv", "jsonl"])
    if fmt == "json":
        out = to_json(c, {"campaign": org, "kits": recs})
    elif fmt == "jsonl":
        out = jsonl(recs)
    else:
        keys = list(recs[0].keys())
        out = table(c, keys, [[str(x[k] or "") for k in keys] for x in recs], c.ch(["csv", "semi"]))
    return out


# ---------------------------------------------------------------------------------------------------------------
# 5. archive - archive reading-room registrations, reproduction orders and genealogy enquiries
# ---------------------------------------------------------------------------------------------------------------


def _archive(c: Ctx) -> tuple[str, str]:
    t = c.home[0]
    s = town_slug(c)
    return c.L(
        de=[(f"Stadtarchiv {t}", f"stadtarchiv-{s}.de"), (f"Kreisarchiv {t}", f"kreisarchiv-{s}.de")],
        at=[(f"Stadtarchiv {t}", f"stadtarchiv-{s}.at"), (f"Diözesanarchiv {t}", f"dioezesanarchiv-{s}.at")],
        ch=[(f"Stadtarchiv {t}", f"stadtarchiv-{s}.ch"), ("Staatsarchiv des Kantons", "staatsarchiv-kanton.ch")],
        fr=[(f"Archives municipales de {t}", f"archives-{s}.fr"), ("Archives départementales", "archives-dept.fr")],
        frch=[(f"Archives de la Ville de {t}", f"archives-{s}.ch"), ("Archives cantonales", "archives-cantonales.ch")],
        it=[
            (f"Archivio di Stato di {t}", f"archiviodistato-{s}.it"),
            (f"Archivio storico comunale di {t}", f"archivio.comune-{s}.it"),
        ],
        itch=[
            ("Archivio di Stato del Cantone Ticino", "archivio-ti.ch"),
            (f"Archivio storico di {t}", f"archivio-{s}.ch"),
        ],
        gb=[
            (f"{t} Archives and Local Studies", f"{s}archives.org.uk"),
            ("County Record Office", "recordoffice.org.uk"),
        ],
        us=[
            (f"{t} Historical Society – Research Library", f"{s}history.org"),
            ("State Archives Reading Room", "statearchives.org"),
        ],
    )


def _shelf(c: Ctx) -> str:
    r = c.r
    return c.L(
        de=[
            f"Best. {r.randint(100, 900)} Nr. {r.randint(1, 3000)}",
            f"A {r.randint(1, 40)}/{r.randint(1, 9)} Bü {r.randint(10, 900)}",
            f"KB Taufen {(y0 := r.choice([1851, 1871, 1891]))}–{y0 + 19}",
            f"StA {r.randint(1, 99)}/{r.randint(100, 999)}",
        ],
        fr=[
            f"{r.randint(1, 9)} E {r.randint(100, 2999)}",
            f"{r.randint(1, 9)} M {r.randint(10, 999)}",
            f"état civil, naissances {r.randint(1860, 1920)}",
            f"{r.randint(1, 99)} Fi {r.randint(1, 500)}",
        ],
        it=[
            f"Notarile, b. {r.randint(100, 3000)}",
            f"Stato civile, nati {r.randint(1866, 1925)}, reg. {r.randint(1, 4)}",
            f"Catasto, mappa {r.randint(1, 400)}",
            f"Leva, ruolo {r.randint(1870, 1920)}",
        ],
        en=[
            f"Q/SR/{r.randint(1700, 1890)}",
            f"PR/{r.randint(1, 30)}/{r.randint(1, 9)}/{r.randint(1, 20)}",
            f"DDX {r.randint(100, 2000)}/{r.randint(1, 30)}",
            f"BG/{r.randint(1, 99)}/{r.randint(1, 400)}",
        ],
    )


def _ancestor(c: Ctx, g: str | None = None, age: tuple[int, int] = (100, 175)) -> Person:
    p = c.person(g=g, kind=c.ch(["region", "region", "special"]), age=age)
    return p


def g_archive(c: Ctx, v: int) -> str:
    r = c.r
    arch, dom = _archive(c)
    aa = c.bizaddr()
    me = c.person(age=(22, 80))
    home = c.addr(local=0.5)
    if v == 0:
        anc = _ancestor(c)
        topic = c.L(
            de=f"Familienforschung: Taufeintrag und Auswanderung "
            f"{'meines Urgroßvaters' if anc.g == 'm' else 'meiner Urgroßmutter'} {c.N(anc, 'full')} "
            f"({cue_dob(c, anc)}), vermutlich um {min(1950, anc.born.year + r.randint(18, 30))} nach Amerika "
            "ausgewandert",
            fr=f"Généalogie : acte de naissance de mon arrière-grand-{'père' if anc.g == 'm' else 'mère'} "
            f"{c.N(anc, 'full')}, {cue_dob(c, anc)}",
            it=f"Ricerca genealogica: atto di nascita del bisnonno {c.N(anc, 'full')}, {cue_dob(c, anc)}"
            if anc.g == "m"
            else f"Ricerca genealogica: atto di nascita della bisnonna {c.N(anc, 'full')}, {cue_dob(c, anc)}",
            en=f"Family history: baptism and emigration of my great-grand{'father' if anc.g == 'm' else 'mother'} "
            f"{c.N(anc, 'full')} ({cue_dob(c, anc)})",
        )
        if c.p(0.35):
            topic = c.L(
                de=["Ortsgeschichte: Mühlen am Stadtbach 1800–1950", "Bachelorarbeit zur Stadtplanung der 1960er"],
                fr=["Histoire locale : les lavoirs au XIXe siècle", "Mémoire de master : urbanisme 1960–1980"],
                it=["Storia locale: le filande dell'Ottocento", "Tesi di laurea: piano regolatore del 1962"],
                en=["Local history: the tanneries 1800–1950", "MA dissertation on post-war housing"],
            )
        idno = c.ref(c.ch(["L", "T", "C", "Y"]), 8) if c.lang != "en" else c.ref("", 9)
        rows = [
            (lbl(c, "name"), mk("PERSON", me.last)),
            (lbl(c, "first"), mk("PERSON", me.first)),
            (lbl(c, "dob"), c.dob(me)),
            (lbl(c, "street"), home.s),
            (lbl(c, "city"), home.c),
            (lbl(c, "phone"), c.anyphone()),
            (lbl(c, "email"), c.em(me)),
            (c.L(de="Ausweis-Nr.", fr="N° pièce d'identité", it="N. documento", en="ID seen"), idno),
            (
                c.L(de="Zweck", fr="Motif", it="Finalità", en="Purpose"),
                c.L(
                    de=["privat", "wissenschaftlich", "Familienforschung"],
                    fr=["personnel", "universitaire"],
                    it=["personale", "studio"],
                    en=["private", "academic"],
                ),
            ),
            (c.L(de="Thema", fr="Sujet de recherche", it="Oggetto della ricerca", en="Research topic"), topic),
        ]
        head = c.L(
            de=f"{arch} – Benutzungsantrag",
            fr=f"{arch} – Demande de carte de lecteur",
            it=f"{arch} – Domanda di ammissione alla sala studio",
            en=f"{arch} – Reader registration",
        )
        foot = c.L(
            de="Ich erkenne die Benutzungsordnung an. Fotografieren ohne Blitz ist gestattet.",
            fr="Je m'engage à respecter le règlement de la salle de lecture.",
            it="Dichiaro di accettare il regolamento della sala studio.",
            en="I agree to abide by the searchroom rules.",
        )
        body = f"{head}\n{aa.one()}\n\n{form(c, rows)}\n\n{foot}\n{place_date(c)}  {lbl(c, 'sign')}: {c.N(me, 'full')}"
        if c.p(0.35):
            body = ocr(c, body)
        return body
    if v == 1:
        rows = []
        readers = [c.person(age=(20, 85)) for _ in range(r.randint(4, 8))]
        st = c.ch(["lf", "full", "LF"])
        t = dt.datetime(2026, 1, 1, 9, 0)
        for i, q in enumerate(readers):
            t += dt.timedelta(minutes=r.randint(3, 40))
            rows.append([str(i + 1), t.strftime("%H:%M"), c.N(q, st), c.ref("", 5), _shelf(c)])
        heads = c.L(
            de=("Platz", "Ankunft", "Name", "Leserausweis", "Signatur"),
            fr=("Place", "Arrivée", "Nom", "Carte", "Cote"),
            it=("Posto", "Arrivo", "Nome", "Tessera", "Segnatura"),
            en=("Desk", "In", "Name", "Ticket", "Reference"),
        )
        a, b = c.person(), c.person()
        q1, q2 = readers[0], readers[-1]
        ms = [
            (
                c.N(a, "first"),
                c.L(
                    de=f"{c.tn(q1)} möchte die Scans von {_shelf(c)} per Mail an {c.em(q1)}",
                    fr=f"{c.tn(q1)} voudrait les scans de la cote {_shelf(c)} par mail : {c.em(q1)}",
                    it=f"{c.tn(q1)} chiede le scansioni di {_shelf(c)} via mail a {c.em(q1)}",
                    en=f"{c.tn(q1)} would like scans of {_shelf(c)} emailed to {c.em(q1)}",
                ),
            ),
            (
                c.N(b, "first"),
                c.L(
                    de="erst nach Bezahlung, Rechnung geht raus",
                    fr="après paiement seulement",
                    it="solo dopo il pagamento",
                    en="only once the invoice is paid",
                ),
            ),
            (
                c.N(a, "first"),
                c.L(
                    de=f"und {c.N(q2, 'full')} hat ihren Bleistift… nein, Handy liegen lassen. "
                    f"Rückrufnummer laut Antrag {c.anyphone()}",
                    fr=f"{c.N(q2, 'full')} a oublié son téléphone ici, numéro sur la fiche : {c.anyphone()}",
                    it=f"{c.N(q2, 'full')} ha dimenticato il telefono, numero sulla scheda: {c.anyphone()}",
                    en=f"{c.N(q2, 'full')} left a phone behind – number on file {c.anyphone()}",
                ),
            ),
        ]
        head = c.L(
            de=f"Lesesaal {arch}, {c.d(0)}",
            fr=f"Salle de lecture – {arch}, {c.d(0)}",
            it=f"Sala studio – {arch}, {c.d(0)}",
            en=f"Searchroom register – {arch}, {c.d(0)}",
        )
        return f"{head}\n\n{table(c, heads, rows)}\n\n{chat(c, ms)}"
    if v == 2:
        arch_p = c.person()
        ae = c.em(arch_p, dom)
        me_e = c.em(me)
        a1 = _ancestor(c, "m", age=(128, 172))
        a2 = c.relative(a1, "f", age=(128, 170)) if c.p(0.5) else _ancestor(c, "f", age=(128, 170))
        a2.born = a1.born + dt.timedelta(days=r.randint(-3000, 3000))
        fee = c.money(8, 45)
        ask = c.L(
            de=f"ich suche Unterlagen zu {c.N(a1, 'full')}, {cue_dob(c, a1)}, und seiner Frau {c.N(a2, 'full')}, "
            f"{cue_dob(c, a2)}. Beide lebten um 1910 in {c.home[0]}.",
            fr=f"je recherche des documents sur {c.N(a1, 'full')}, {cue_dob(c, a1)}, et son épouse "
            f"{c.N(a2, 'full')}, {cue_dob(c, a2)}, qui vivaient à {c.home[0]} vers 1910.",
            it=f"cerco documenti su {c.N(a1, 'full')}, {cue_dob(c, a1)}, e sua moglie {c.N(a2, 'full')}, "
            f"{cue_dob(c, a2)}, residenti a {c.home[0]} intorno al 1910.",
            en=f"I am researching {c.N(a1, 'full')} ({cue_dob(c, a1)}) and his wife {c.N(a2, 'full')} "
            f"({cue_dob(c, a2)}), who lived in {c.home[0]} around 1910.",
        )
        ans = c.L(
            de=f"in unseren Beständen findet sich ein Eintrag unter {_shelf(c)}. Eine Reproduktion kostet {fee}; bitte "
            "geben Sie uns Ihre Rechnungsanschrift an.",
            fr=f"nous avons trouvé une mention sous la cote {_shelf(c)}. La reproduction coûte {fee} ; merci de nous "
            "indiquer votre adresse de facturation.",
            it=f"abbiamo individuato un documento alla segnatura {_shelf(c)}. La riproduzione costa {fee}; ci indichi "
            "l'indirizzo per la fattura.",
            en=f"We have found an entry at {_shelf(c)}. A copy costs {fee}; please let us know your billing address.",
        )
        first = "\n".join(
            [
                greet(c, me),
                ans,
                "",
                bye(c),
                c.N(arch_p, "full"),
                arch,
                aa.one(),
                f"{lbl(c, 'phone')} {c.tel(aa.t, din=c.p(0.5))}",
                ae,
            ]
        )
        pay = ""
        if c.p(0.4):
            pay = c.L(
                de=f"Kreditkarte für die Gebühr: {mk('CARD', c.card_raw())}, gültig bis {r.randint(1, 12):02d}/"
                f"{r.randint(27, 31)}",
                fr=f"Carte bancaire : {mk('CARD', c.card_raw())}, exp. {r.randint(1, 12):02d}/{r.randint(27, 31)}",
                it=f"Carta di credito: {mk('CARD', c.card_raw())}, scad. {r.randint(1, 12):02d}/{r.randint(27, 31)}",
                en=f"Card for the fee: {mk('CARD', c.card_raw())}, exp {r.randint(1, 12):02d}/{r.randint(27, 31)}",
            )
        reply = "\n".join(
            [
                greet(c, arch_p),
                c.L(
                    de="vielen Dank! Meine Rechnungsanschrift:",
                    fr="merci ! Mon adresse :",
                    it="grazie! Il mio indirizzo:",
                    en="Many thanks! My address is:",
                ),
                c.N(me, "full"),
                home.block(),
                pay,
                "",
                bye(c),
                c.N(me, "full"),
            ]
        )
        hdr = mailhdr(
            c,
            who(c, me, me_e),
            who(c, arch_p, ae),
            c.L(
                de="AW: Anfrage Familienforschung",
                fr="RE: recherche généalogique",
                it="R: ricerca genealogica",
                en="RE: family history enquiry",
            ),
        )
        orig = "\n".join([greet(c, None), ask, "", bye(c), c.N(me, "full")])
        return (
            f"{hdr}\n\n{reply}\n\n{quote_intro(c, arch_p, -3)}\n{quoted(first)}\n\n"
            f"{quoted(quote_intro(c, me, -9) + chr(10) + quoted(orig))}"
        )
    recs = []
    shp = "iso" if c.p(0.6) else c.shape
    for _ in range(r.randint(3, 6)):
        q = c.person(age=(20, 85))
        a = c.addr(local=0.6)
        recs.append(
            {
                "reader_id": c.ref("R", 6),
                "name": {"last": mk("PERSON", q.last), "first": mk("PERSON", q.first)},
                "dob": c.dob(q, shp),
                "address": {"street": a.s, "city": a.c},
                "email": c.em(q),
                "phone": c.anyphone(),
                "registered": c.iso(-r.randint(30, 900)),
                "last_login": {"at": c.iso(-r.randint(0, 20)), "ip": c.ip()},
                "orders": [_shelf(c) for _ in range(r.randint(0, 3))],
            }
        )
    out = to_json(c, recs) if c.p(0.6) else to_yaml({"readers": recs})
    return out


# ---------------------------------------------------------------------------------------------------------------
# 6. ideas - employee suggestion schemes
# ---------------------------------------------------------------------------------------------------------------


def _company(c: Ctx) -> tuple[str, str]:
    return c.L(
        de=[
            ("Hoffmann Fördertechnik GmbH", "hoffmann-foerdertechnik.de"),
            ("Gebr. Kessler Maschinenbau GmbH & Co. KG", "kessler-maschinenbau.de"),
            ("Nordwerk Verpackungen AG", "nordwerk.de"),
            ("Stadtwerke", "stadtwerke-service.de"),
        ],
        at=[("Alpenmetall Industrie GmbH", "alpenmetall.at"), ("Donau Kunststofftechnik GmbH", "donau-kt.at")],
        ch=[("Bühler Präzision AG", "buehler-praezision.ch"), ("Seetal Druck AG", "seetaldruck.ch")],
        fr=[
            ("Établissements Marchal Industrie", "marchal-industrie.fr"),
            ("Normandie Emballages SAS", "norm-emballages.fr"),
        ],
        frch=[("Manufacture Horlogère du Jura SA", "mhj.ch"), ("Léman Composants SA", "leman-composants.ch")],
        it=[
            ("Officine Meccaniche Brambilla S.p.A.", "omb-spa.it"),
            ("Lattonerie Venete S.r.l.", "lattonerie-venete.it"),
        ],
        itch=[("Ticino Precision SA", "ticinoprecision.ch")],
        gb=[
            ("Hartley & Sons Engineering Ltd", "hartleyengineering.co.uk"),
            ("Midlands Packaging plc", "midpack.co.uk"),
        ],
        us=[("Carver Tool & Die Inc.", "carvertool.com"), ("Great Lakes Plastics Corp.", "glplastics.com")],
    )


def _idea(c: Ctx) -> tuple[str, str]:
    r = c.r
    m = c.ch(
        [
            c.L(de="Linie 3", fr="la ligne 3", it="linea 3", en="Line 3"),
            "TruLaser 3030",
            "KUKA KR 60",
            "Speedmaster XL 106",
            "Fanuc Robodrill",
            "Engel victory 200",
        ]
    )
    return c.L(
        de=[
            (
                f"Werkzeugwagen an {m}",
                f"Rüstzeit an {m} sinkt durch vorsortierte Werkzeugwagen um ca. {r.randint(8, 25)} "
                "Minuten pro Schicht.",
            ),
            (
                "Druckluftleckagen kennzeichnen",
                f"Leckage-Anhänger und monatlicher Rundgang; geschätzte Einsparung {r.randint(3, 19)} MWh pro Jahr.",
            ),
            (
                "Mehrwegbehälter statt Kartons",
                f"Anlieferung der Kleinteile in Mehrwegboxen spart ca. {r.randint(2, 9)} t Karton im Jahr.",
            ),
        ],
        fr=[
            (
                f"Chariot d'outils sur {m}",
                f"Réduction du temps de réglage sur {m} d'environ {r.randint(8, 25)} minutes par poste.",
            ),
            (
                "Repérage des fuites d'air comprimé",
                f"Étiquetage et tournée mensuelle, économie estimée {r.randint(3, 19)} MWh/an.",
            ),
        ],
        it=[
            (
                f"Carrello utensili su {m}",
                f"Tempo di attrezzaggio su {m} ridotto di circa {r.randint(8, 25)} minuti per turno.",
            ),
            ("Perdite di aria compressa", f"Cartellini e giro mensile, risparmio stimato {r.randint(3, 19)} MWh/anno."),
        ],
        en=[
            (f"Tool trolley for {m}", f"Changeover on {m} down by about {r.randint(8, 25)} minutes per shift."),
            (
                "Tag compressed-air leaks",
                f"Leak tags and a monthly walk-round; estimated saving {r.randint(3, 19)} MWh a year.",
            ),
            (
                "Returnable crates",
                f"Small parts delivered in returnable crates saves about {r.randint(2, 9)} t of cardboard a year.",
            ),
        ],
    )


def g_ideas(c: Ctx, v: int) -> str:
    r = c.r
    comp, dom = _company(c)
    ca = c.bizaddr()
    me = c.person(age=(20, 63))
    dept = c.L(
        de=["Montage", "Instandhaltung", "Logistik", "Qualitätssicherung", "Spritzguss"],
        fr=["Montage", "Maintenance", "Logistique", "Qualité"],
        it=["Montaggio", "Manutenzione", "Logistica"],
        en=["Assembly", "Maintenance", "Logistics", "Quality", "Moulding"],
    )
    title, desc = _idea(c)
    vid = f"{c.L(de='VV', fr='IDEE', it='IDEA', en='SUG')}-2026-{r.randint(1, 900):04d}"
    if v == 0:
        co = c.person(age=(20, 63))
        boss = c.person(age=(30, 63))
        rows = [
            (c.L(de="Vorschlag-Nr.", fr="N° d'idée", it="N. proposta", en="Suggestion no."), vid),
            (c.L(de="Titel", fr="Titre", it="Titolo", en="Title"), title),
            (c.L(de="Einreicher/in", fr="Auteur", it="Proponente", en="Submitted by"), c.N(me, c.ch(["full", "lf"]))),
            (c.L(de="Personalnummer", fr="Matricule", it="Matricola", en="Payroll no."), c.ref("", 6)),
            (
                c.L(de="Abteilung / Kostenstelle", fr="Service", it="Reparto", en="Department"),
                f"{dept} / {r.randint(4000, 4999)}",
            ),
            (
                c.L(de="Telefon (Durchwahl)", fr="Poste", it="Interno", en="Extension"),
                c.tel(ca.t, din=True) if c.lang == "de" else c.tel(ca.t),
            ),
            (lbl(c, "email"), c.em(me, dom)),
            (
                c.L(de="Miteinreicher/in", fr="Co-auteur", it="Co-proponente", en="Co-author"),
                f"{c.N(co, 'full')} ({c.em(co, dom)})" if c.p(0.6) else c.N(co, "full"),
            ),
            (c.L(de="Vorgesetzte/r", fr="Responsable", it="Responsabile", en="Line manager"), c.N(boss, "full")),
            (c.L(de="Beschreibung", fr="Description", it="Descrizione", en="Description"), desc),
            (
                c.L(de="Geschätzter Nutzen", fr="Gain estimé", it="Beneficio stimato", en="Estimated saving"),
                c.money(1500, 48000) + c.L(de=" / Jahr", fr=" / an", it=" / anno", en=" a year"),
            ),
        ]
        scheme = c.L(de="Ideenmanagement", fr="Boîte à idées", it="Cassetta delle idee", en="Staff suggestion scheme")
        head = f"{comp} – {scheme}"
        body = f"{head}\n{ca.one()}\n\n{form(c, rows)}\n\n{place_date(c)}"
        if c.p(0.25):
            body = ocr(c, body)
        return body
    if v == 1:
        rows = []
        for _ in range(r.randint(4, 7)):
            q, g_ = c.person(age=(20, 63)), c.person(age=(30, 63))
            t_, _d = _idea(c)
            rows.append(
                [
                    f"{r.randint(1, 900):04d}",
                    t_,
                    c.N(q, c.ch(["ini", "fi", "full"])),
                    c.N(g_, "ini"),
                    c.money(0, 30000),
                    c.money(50, 2500),
                    c.L(
                        de=["angenommen", "abgelehnt", "in Prüfung"],
                        fr=["accepté", "refusé", "à l'étude"],
                        it=["accettata", "respinta", "in valutazione"],
                        en=["accepted", "declined", "pending"],
                    ),
                ]
            )
        heads = c.L(
            de=("Nr.", "Titel", "Einreicher", "Gutachter", "Nutzen", "Prämie", "Status"),
            fr=("N°", "Titre", "Auteur", "Évaluateur", "Gain", "Prime", "Statut"),
            it=("N.", "Titolo", "Proponente", "Valutatore", "Beneficio", "Premio", "Stato"),
            en=("No.", "Title", "Submitted by", "Assessor", "Saving", "Award", "Status"),
        )
        a, b = c.person(), c.person()
        q = c.person()
        ms = [
            (
                c.N(a, "first"),
                c.L(
                    de=f"die Idee von {c.tn(q, dative=True)} zur Druckluft ist durch, kann jemand {c.mob()} anrufen? "
                    "ist in Elternzeit",
                    fr=f"l'idée de {c.tn(q)} est validée, quelqu'un peut appeler le {c.mob()} ? en congé",
                    it=f"la proposta di {c.N(q, 'full')} è passata, qualcuno chiama il {c.mob()}? è in ferie",
                    en=f"{c.tn(q)}'s idea went through – can someone ring {c.mob()}? on leave till Monday",
                ),
            ),
            (c.N(b, "first"), c.L(de="mach ich", fr="je m'en charge", it="ci penso io", en="on it")),
        ]
        head = c.L(
            de=f"Bewertungskommission {comp}, Sitzung vom {c.d(-2)}",
            fr=f"Comité idées {comp}, séance du {c.d(-2)}",
            it=f"Commissione idee {comp}, riunione del {c.d(-2)}",
            en=f"{comp} suggestions panel, {c.d(-2)}",
        )
        return f"{head}\n\n{table(c, heads, rows)}\n\n{chat(c, ms)}"
    if v == 2:
        me = c.person(age=(60, 75))
        home = c.addr(local=0.8)
        hr = c.person()
        he = c.em(hr, dom)
        award = c.money(200, 3500)
        letter = "\n".join(
            [
                comp,
                ca.one(),
                "",
                c.N(me, "full"),
                home.block(),
                "",
                place_date(c, -10),
                "",
                c.L(
                    de=f"Ihr Verbesserungsvorschlag {vid} „{title}“",
                    fr=f"Votre idée {vid} « {title} »",
                    it=f"La Sua proposta {vid} «{title}»",
                    en=f"Your suggestion {vid}: {title}",
                ),
                "",
                greet(c, me),
                c.L(
                    de=f"die Kommission hat Ihren Vorschlag angenommen und eine Prämie von {award} beschlossen. Da Sie "
                    "inzwischen im Ruhestand sind, bitten wir um Ihre Bankverbindung und Ihr Geburtsdatum zur "
                    "Zuordnung.",
                    fr=f"le comité a retenu votre idée et vous attribue une prime de {award}. Comme vous êtes "
                    "désormais "
                    f"{'retraitée' if me.g == 'f' else 'retraité'}, merci de nous communiquer vos coordonnées "
                    "bancaires et votre date de naissance.",
                    it=f"la commissione ha accolto la Sua proposta con un premio di {award}. Essendo Lei ora in "
                    "pensione, "
                    "La preghiamo di comunicarci IBAN e data di nascita.",
                    en=f"The panel has accepted your suggestion with an award of {award}. As you have since retired, "
                    "please "
                    "send us your bank details and date of birth so payroll can match the payment.",
                ),
                "",
                bye(c),
                c.N(hr, "full"),
                c.L(
                    de="Personalabteilung",
                    fr="Ressources humaines",
                    it="Ufficio personale",
                    en="HR",
                    us="Human Resources",
                ),
                f"{lbl(c, 'phone')} {c.tel(ca.t, din=True)}",
                he,
            ]
        )
        new = c.addr(local=0.5) if c.p(0.4) else None
        pay = c.ib() if c.loc != "en_US" else c.L(en="a check to my home address, please")
        reply = "\n".join(
            [
                greet(c, hr),
                c.L(
                    de="vielen Dank für die Nachricht! Hier meine Angaben:",
                    fr="merci beaucoup ! Voici mes informations :",
                    it="grazie! Ecco i miei dati:",
                    en="Thank you, that is lovely news. My details:",
                ),
                f"{lbl(c, 'dob')}: {c.dob(me)}",
                (c.L(de="AHV-Nr.: ", fr="N° AVS : ", it="N. AVS: ") + c.ahv()) if c.cc == "CH" else "",
                f"{lbl(c, 'iban')}: {pay}" if c.loc != "en_US" else pay,
                (
                    c.L(
                        de="Neue Anschrift seit Juni: ",
                        fr="Nouvelle adresse : ",
                        it="Nuovo indirizzo: ",
                        en="New address since June: ",
                    )
                    + new.one()
                )
                if new
                else "",
                "",
                bye(c),
                c.N(me, "full"),
            ]
        )
        hdr = mailhdr(c, who(c, me, c.em(me)), who(c, hr, he), f"Re: {vid}")
        return f"{hdr}\n\n{reply}\n\n{quote_intro(c, hr, -10)}\n{quoted(letter)}"
    recs = []
    for _ in range(r.randint(2, 4)):
        t_, d_ = _idea(c)
        authors = [c.person(age=(20, 63)) for _ in range(r.randint(1, 3))]
        remote = c.p(0.5)
        recs.append(
            {
                "id": f"{r.randint(1, 900):04d}",
                "title": t_,
                "text": d_,
                "authors": [{"name": c.N(q, "full"), "email": c.em(q, dom), "dept": dept} for q in authors],
                "created": c.iso(-r.randint(1, 60)),
                "votes": r.randint(0, 60),
                "client_ip": c.ip() if remote else f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(2, 250)}",
                "vpn": remote,
            }
        )
    out = to_json(c, {"portal": comp, "ideas": recs}) if c.p(0.7) else to_yaml({"ideas": recs})
    return out


# ---------------------------------------------------------------------------------------------------------------
# 7. medplan - school and nursery medication and allergy action plans
# ---------------------------------------------------------------------------------------------------------------


def _med(c: Ctx) -> tuple[str, str, str]:
    return c.ch(
        [
            (
                c.L(
                    de="Erdnuss- und Baumnussallergie",
                    fr="allergie arachide et fruits à coque",
                    it="allergia ad arachidi e frutta a guscio",
                    en="peanut and tree-nut allergy",
                ),
                "EpiPen 0,15 mg" if c.lang != "en" else "EpiPen Jr 0.15 mg",
                c.L(
                    de="bei Atemnot sofort in den Oberschenkel, dann 112",
                    fr="en cas de gêne respiratoire, injecter puis appeler le 15",
                    it="in caso di difficoltà respiratoria iniettare e chiamare il 112",
                    en="inject into outer thigh, then call 999",
                    us="inject into outer thigh, then call 911",
                    ch="sofort injizieren, dann 144",
                    frch="injecter puis appeler le 144",
                    itch="iniettare e chiamare il 144",
                ),
            ),
            (
                c.L(de="Asthma bronchiale", fr="asthme", it="asma", en="asthma"),
                "Salbutamol (Ventolin) 100 µg",
                c.L(
                    de="2 Hübe mit Spacer, bei keiner Besserung nach 10 Min. 112",
                    fr="2 bouffées avec chambre d'inhalation",
                    it="2 spruzzi con distanziatore",
                    en="2 puffs via spacer, repeat after 10 minutes if needed",
                    ch="2 Hübe, bei Verschlechterung 144",
                ),
            ),
            (
                c.L(de="Diabetes Typ 1", fr="diabète de type 1", it="diabete di tipo 1", en="type 1 diabetes"),
                c.L(
                    de="Traubenzucker, Glukagon-Nasenspray (Baqsimi)",
                    fr="sucre, Baqsimi",
                    it="zucchero, Baqsimi",
                    en="glucose tablets, Baqsimi",
                ),
                c.L(
                    de="BZ unter 70 mg/dl: 2 Plättchen Traubenzucker",
                    fr="glycémie < 0,70 g/l : 15 g de sucre",
                    it="glicemia < 70: 15 g di zucchero",
                    en="below 4 mmol/l: 3 glucose tablets",
                    us="below 70 mg/dL: 4 glucose tabs",
                ),
            ),
            (
                c.L(de="Epilepsie (Absencen)", fr="épilepsie", it="epilessia", en="epilepsy"),
                c.L(de="Buccolam 5 mg", fr="Buccolam 5 mg", it="Buccolam 5 mg", en="Buccolam 5 mg"),
                c.L(
                    de="Anfall länger als 5 Min.: Buccolam in die Wangentasche, 112",
                    fr="crise > 5 min : Buccolam, appeler le 15",
                    it="crisi > 5 min: Buccolam e 112",
                    en="seizure over 5 minutes: give Buccolam and call 999",
                    us="seizure over 5 minutes: give Buccolam and call 911",
                    ch="Anfall > 5 Min.: Buccolam, 144",
                ),
            ),
        ]
    )


def _school(c: Ctx) -> str:
    t = c.home[0]
    return c.L(
        de=[f"Grundschule am Park, {t}", f"Kita Sonnenblume {t}", f"Gesamtschule {t}-Nord"],
        at=[f"Volksschule {t} II", f"Kindergarten Regenbogen {t}"],
        ch=[f"Primarschule Hofacker {t}", "Kindergarten Lindenhof"],
        fr=[f"École élémentaire Jules Ferry, {t}", f"Collège Jean Moulin, {t}", "Crèche Les Petits Loups"],
        frch=[f"Établissement primaire de {t}", "Collège des Coteaux"],
        it=[f"Scuola primaria G. Rodari, {t}", f"Istituto comprensivo {t} 3", "Asilo nido Il Girasole"],
        itch=[f"Scuola elementare {t} Centro", "Scuola dell'infanzia Gerra"],
        gb=[f"St Mary's C of E Primary School, {t}", f"{t} Academy", "Little Acorns Nursery"],
        us=[f"Lincoln Elementary School, {t}", f"{t} Middle School", "Bright Horizons Preschool"],
    )


def g_medplan(c: Ctx, v: int) -> str:
    r = c.r
    kid = c.person(age=(3, 14), kind=c.ch(["region", "region", "community", "special"]))
    mum = c.kin(kid, "f", gap=(-44, -20))
    dad = c.kin(kid, "m", gap=(-46, -21), same=c.p(0.7))
    doc = c.person(age=(35, 66))
    home = c.addr(local=0.9)
    school = _school(c)
    cond, drug, step = _med(c)
    klass = c.L(
        de=[f"Klasse {r.randint(1, 4)}{c.ch('abc')}", "Gruppe Igel"],
        fr=[c.ch(["CP", "CE1", "CE2", "CM1", "CM2"])],
        it=[f"classe {r.randint(1, 5)}ª {c.ch('ABC')}"],
        en=[f"Year {r.randint(1, 6)}", "Reception"],
        us=[f"Grade {r.randint(1, 5)}", "Kindergarten"],
        ch=[f"{r.randint(1, 6)}. Klasse", "Kindergarten"],
    )
    if v == 0:
        pa = c.bizaddr()
        rows = [
            (
                c.L(de="Kind", fr="Enfant", it="Alunno/a", en="Child", us="Student"),
                c.N(kid, c.ch(["full", "lf", "LF"])),
            ),
            (lbl(c, "dob"), c.dob(kid)),
            (c.L(de="AHV-Nr.", fr="N° AVS", it="N. AVS"), c.ahv()) if c.cc == "CH" and c.p(0.4) else ("", None),
            (c.L(de="Klasse/Gruppe", fr="Classe", it="Classe", en="Class", us="Grade"), klass),
            (c.L(de="Diagnose", fr="Pathologie", it="Patologia", en="Condition"), cond),
            (c.L(de="Medikament", fr="Traitement", it="Farmaco", en="Medication"), drug),
            (c.L(de="Anwendung", fr="Conduite à tenir", it="Modalità", en="What to do"), step),
            (c.L(de="Mutter", fr="Mère", it="Madre", en="Mother"), f"{c.N(mum, 'full')}, {c.mob()}"),
            (c.L(de="Vater", fr="Père", it="Padre", en="Father"), f"{c.N(dad, 'full')}, {c.mob()}"),
            (c.L(de="Anschrift", fr="Adresse", it="Indirizzo", en="Home address"), home.one()),
            (lbl(c, "email"), c.em(mum if c.p(0.6) else dad)),
            (
                c.L(de="Kinderärztin/-arzt", fr="Médecin traitant", it="Pediatra", en="GP", us="Pediatrician"),
                f"{c.drn(doc)}, {pa.one()}, {c.tel(pa.t)}",
            ),
        ]
        head = c.L(
            de=f"Vereinbarung zur Medikamentengabe – {school}",
            at=f"Vereinbarung Medikamentengabe – {school}",
            ch=f"Vereinbarung Medikamentenabgabe – {school}",
            fr=f"Projet d'accueil individualisé (PAI) – {school}",
            frch=f"Protocole de soins – {school}",
            it=f"Protocollo somministrazione farmaci – {school}",
            gb=f"Individual Healthcare Plan – {school}",
            us=f"Allergy & Emergency Action Plan – {school}",
        )
        foot = c.L(
            de="Die Eltern entbinden die Lehrkräfte von der Haftung bei sachgemäßer Anwendung.",
            fr="Les parents autorisent le personnel à administrer le traitement ci-dessus.",
            it="I genitori autorizzano il personale scolastico alla somministrazione.",
            en="Parents consent to staff administering the medication above.",
        )
        body = f"{head}\n\n{form(c, rows)}\n\n{foot}\n{place_date(c)}\n{lbl(c, 'sign')}: {c.N(mum, 'full')}"
        if c.p(0.3):
            body = ocr(c, body)
        return body
    if v == 1:
        rows = []
        kids = [c.person(age=(5, 10)) for _ in range(r.randint(4, 7))]
        kst = c.ch(["full", "lf", "LF"])
        for q in kids:
            cond_, drug_, _s = _med(c)
            par = c.kin(q, c.ch("mf"), gap=(-44, -20))
            rows.append([c.N(q, kst), c.dob(q, c.shape), cond_, drug_, f"{c.N(par, 'first')} {c.mob()}"])
        heads = c.L(
            de=("Kind", "Geb.", "Diagnose", "Notfallmedikament", "Kontakt"),
            fr=("Élève", "Né(e) le", "PAI", "Traitement", "Contact"),
            it=("Alunno", "Nato/a", "Patologia", "Farmaco", "Contatto"),
            en=("Pupil", "DOB", "Condition", "Medication", "Contact"),
            us=("Student", "DOB", "Condition", "Medication", "Contact"),
        )
        a, b = c.person(age=(25, 60)), c.person(age=(25, 60))
        k = kids[0]
        gm = c.kin(k, "f", gap=(-80, -45))
        ga = c.addr(local=1.0)
        ms = [
            (
                c.N(a, "first"),
                c.L(
                    de=f"{c.N(k, 'first')} wird diese Woche von der Oma abgeholt, {c.N(gm, 'full')}, "
                    f"{ga.s}, Tel. {c.anyphone()}",
                    fr=f"{c.N(k, 'first')} sera {'récupérée' if k.g == 'f' else 'récupéré'} par sa grand-mère "
                    f"{c.N(gm, 'full')}, {ga.s}, "
                    f"tél. {c.anyphone()}",
                    it=f"{c.N(k, 'first')} questa settimana {'la' if k.g == 'f' else 'lo'} prende la nonna, "
                    f"{c.N(gm, 'full')}, "
                    f"{ga.s}, tel. {c.anyphone()}",
                    en=f"{c.N(k, 'first')}'s gran is collecting this week – {c.N(gm, 'full')}, {ga.s}, {c.anyphone()}",
                ),
            ),
            (
                c.N(b, "first"),
                c.L(
                    de="ok, Notfallset ist im Lehrerzimmer, Fach 3",
                    fr="ok, la trousse est en salle des profs",
                    it="ok, il kit è in sala insegnanti",
                    en="ok – kit is in the staffroom, drawer 3",
                ),
            ),
        ]
        head = c.L(
            de=f"Übersicht Notfallmedikamente {school} (intern)",
            fr=f"Liste PAI – {school} (usage interne)",
            it=f"Elenco alunni con farmaci – {school}",
            en=f"Medical needs register – {school}",
        )
        return f"{head}\n\n{table(c, heads, rows)}\n\n{chat(c, ms)}"
    if v == 2:
        nurse = c.person(age=(28, 60))
        dom = c.L(
            de="schule-" + town_slug(c) + ".de",
            at="schule-" + town_slug(c) + ".at",
            ch="schule-" + town_slug(c) + ".ch",
            fr="ac-" + town_slug(c) + ".fr",
            frch="edu-" + town_slug(c) + ".ch",
            it="ic" + town_slug(c) + ".edu.it",
            itch="scuole-" + town_slug(c) + ".ch",
            gb=town_slug(c) + "school.org.uk",
            us=town_slug(c) + "schools.org",
        )
        ne = c.em(nurse, dom)
        par = mum if c.p(0.6) else dad
        pe = c.em(par)
        newdoc = c.person(age=(35, 66))
        pa = c.bizaddr()
        req = "\n".join(
            [
                greet(c, par),
                c.L(
                    de=f"für {c.N(kid, 'first')} benötigen wir zum neuen Schuljahr eine aktuelle ärztliche "
                    "Bescheinigung und den "
                    "unterschriebenen Notfallplan. Bitte nennen Sie auch eine zweite Notfallnummer.",
                    fr=f"pour {c.N(kid, 'first')}, nous avons besoin d'un certificat médical à jour et du PAI signé, "
                    "ainsi que d'un "
                    "second numéro d'urgence.",
                    it=f"per {c.N(kid, 'first')} ci servono il certificato medico aggiornato e il protocollo firmato, "
                    "oltre a un "
                    "secondo numero di emergenza.",
                    en=f"For {c.N(kid, 'first')} we need an up-to-date letter from the doctor and the signed care "
                    "plan, plus a "
                    "second emergency number.",
                ),
                "",
                bye(c),
                c.N(nurse, "full"),
                c.L(
                    de="Schulsozialarbeit / Gesundheit",
                    fr="Infirmière scolaire" if nurse.g == "f" else "Infirmier scolaire",
                    it="Referente salute",
                    en="School nurse",
                ),
                ne,
            ]
        )
        other = dad if par is mum else mum
        reply = c.L(
            de=f"anbei das Attest. Wir sind zu {c.drn(newdoc)} gewechselt ({pa.one()}, {c.tel(pa.t)}). Zweite "
            f"Notfallnummer: {c.N(other, 'first')}, {c.mob()}. {c.N(kid, 'first')} ist übrigens {cue_dob(c, kid)}, im "
            "Formular stand ein falsches Datum.",
            fr=f"ci-joint le certificat. Nous avons changé de médecin : {c.drn(newdoc)}, {pa.one()}, {c.tel(pa.t)}. "
            f"Second numéro : {c.N(other, 'first')}, {c.mob()}. Attention, {c.N(kid, 'first')} est "
            f"{cue_dob(c, kid)}, la date sur la fiche était fausse.",
            it=f"allego il certificato. Abbiamo cambiato pediatra: {c.drn(newdoc)}, {pa.one()}, {c.tel(pa.t)}. Secondo "
            f"numero: {c.N(other, 'first')}, {c.mob()}. {c.N(kid, 'first')} è {cue_dob(c, kid)}, sulla scheda c'era "
            "una data sbagliata.",
            en=f"Doctor's letter attached. We have moved to {c.drn(newdoc)}, {pa.one()}, {c.tel(pa.t)}. Second "
            f"emergency number: {c.N(other, 'first')}, {c.mob()}. Also, {c.N(kid, 'first')}'s date of birth is "
            f"{c.dob(kid)} – the form had it wrong.",
        )
        hdr = mailhdr(
            c,
            who(c, par, pe),
            who(c, nurse, ne),
            c.L(de="Re: Notfallplan", fr="RE: PAI", it="R: protocollo farmaci", en="Re: care plan"),
        )
        return (
            f"{hdr}\n\n{greet(c, nurse)}\n\n{reply}\n\n{bye(c)}\n{c.N(par, 'full')}\n\n{quote_intro(c, nurse, -4)}"
            f"\n{quoted(req)}"
        )
    recs = []
    for _ in range(r.randint(2, 4)):
        q = c.person(age=(4, 15))
        g1 = c.kin(q, "f", gap=(-44, -20))
        g2 = c.kin(q, "m", gap=(-46, -21))
        a = c.addr(local=0.95)
        cond_, drug_, _s = _med(c)
        recs.append(
            {
                "pupil": {
                    "first_name": mk("PERSON", q.first),
                    "last_name": mk("PERSON", q.last),
                    "dob": c.dob(q, "iso"),
                    "class": klass,
                },
                "medical": {"condition": cond_, "medication": drug_},
                "guardians": [
                    {"name": c.N(g, "full"), "phone": c.mob(), "email": c.em(g), "portal_last_login_ip": c.ip()}
                    for g in ([g1, g2] if c.p(0.6) else [g1])
                ],
                "address": {"street": a.s, "city": a.c},
            }
        )
    return to_json(c, recs) if c.p(0.6) else to_yaml({"pupils": recs})


# ---------------------------------------------------------------------------------------------------------------
# 8. sortition - citizens' assembly sortition invitations, replies and participant lists
# ---------------------------------------------------------------------------------------------------------------


def _assembly(c: Ctx) -> tuple[str, str]:
    t = c.home[0]
    s = town_slug(c)
    topic = c.L(
        de=["Klima", "Mobilität", "Zukunft der Innenstadt"],
        fr=["climat", "mobilités", "alimentation"],
        it=["clima", "mobilità", "centro storico"],
        en=["climate", "transport", "the future of the high street"],
    )
    return c.L(
        de=(f"Bürgerrat {topic} {t}", f"buergerrat-{s}.de"),
        at=(f"Bürger:innenrat {topic} {t}", f"buergerrat-{s}.at"),
        ch=(f"Bürgerpanel {topic} {t}", f"buergerpanel-{s}.ch"),
        fr=(f"Convention citoyenne {topic} – {t}", f"convention-{s}.fr"),
        frch=(f"Assemblée citoyenne {topic} – {t}", f"assemblee-{s}.ch"),
        it=(f"Assemblea cittadina su {topic} – {t}", f"assemblea-{s}.it"),
        itch=(f"Assemblea cittadina su {topic} – {t}", f"assemblea-{s}.ch"),
        gb=(f"{t} Citizens' Assembly on {topic}", f"{s}assembly.org.uk"),
        us=(f"{t} Civic Assembly on {topic}", f"{s}civicassembly.org"),
    )


def g_sortition(c: Ctx, v: int) -> str:
    r = c.r
    name, dom = _assembly(c)
    me = c.person(age=(16, 88))
    home = c.addr(local=1.0)
    staff = c.person(age=(25, 60))
    se = c.em(staff, dom)
    code = (
        f"{c.ch('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.randint(2, 9)}"
        f"-{''.join(c.ch('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(4))}"
    )
    fee = c.money(150, 450)
    days = sorted(r.sample(range(20, 120), 3))
    if v == 0:
        letter = "\n".join(
            [
                name,
                "",
                c.N(me, c.ch(["full", "FULL"])),
                home.block(),
                "",
                place_date(c),
                "",
                c.L(
                    de=f"Einladung – Sie wurden ausgelost (Code {code})",
                    fr=f"Invitation – vous avez été {'tirée' if me.g == 'f' else 'tiré'} au sort (code {code})",
                    it=f"Invito – è {'stata estratta' if me.g == 'f' else 'stato estratto'} (codice {code})",
                    en=f"You have been selected (code {code})",
                ),
                "",
                greet(c, me),
                c.L(
                    de=f"Ihr Name wurde zufällig aus dem Melderegister gezogen. Der Bürgerrat tagt an drei Samstagen "
                    f"({c.d(days[0])}, {c.d(days[1])} und {c.d(days[2])}); Sie erhalten eine Aufwandsentschädigung von "
                    f"{fee}.",
                    ch=f"Ihr Name wurde zufällig aus dem Einwohnerregister gezogen. Das Panel tagt an drei Samstagen "
                    f"({c.d(days[0])}, {c.d(days[1])}, {c.d(days[2])}); Entschädigung {fee}.",
                    fr="votre nom a été tiré au sort sur les listes électorales. La convention se réunira trois "
                    "samedis "
                    f"({c.d(days[0])}, {c.d(days[1])} et {c.d(days[2])}) ; une indemnité de {fee} est prévue.",
                    it="il Suo nominativo è stato estratto a sorte dall'anagrafe. L'assemblea si riunirà per tre "
                    "sabati "
                    f"({c.d(days[0])}, {c.d(days[1])}, {c.d(days[2])}); è previsto un rimborso di {fee}.",
                    en=f"Your address was picked at random. The assembly meets on three Saturdays ({c.d(days[0])}, "
                    f"{c.d(days[1])} and {c.d(days[2])}) and members receive {fee} for their time.",
                ),
                c.L(
                    de=f"Fragen beantwortet {c.N(staff, 'full')}, {c.tel(din=c.p(0.5))}, {se}.",
                    fr=f"Pour toute question : {c.N(staff, 'full')}, {c.tel()}, {se}.",
                    it=f"Per informazioni: {c.N(staff, 'full')}, {c.tel()}, {se}.",
                    en=f"Questions? Contact {c.N(staff, 'full')} on {c.tel()} or {se}.",
                ),
                "",
                bye(c),
                c.N(staff, "full"),
            ]
        )
        slip_rows = [
            (lbl(c, "fullname"), c.N(me, "full")),
            (lbl(c, "dob"), c.dob(me)),
            (lbl(c, "phone"), c.anyphone()),
            (lbl(c, "email"), c.em(me) if c.p(0.7) else "—"),
        ]
        age = c.today.year - me.born.year
        if 26 <= age <= 52 and c.p(0.5):
            kid = c.kin(me, gap=(max(20, age - 10), age - 1))
            slip_rows.append(
                (
                    c.L(
                        de="Kinderbetreuung für",
                        fr="Garde d'enfant pour",
                        it="Servizio bimbi per",
                        en="Childcare needed for",
                    ),
                    f"{c.N(kid, 'first')}, {cue_dob(c, kid)}",
                )
            )
        slip = (
            c.L(
                de="--- Antwortbogen (bitte bis ",
                fr="--- Coupon-réponse (à renvoyer avant le ",
                it="--- Tagliando di risposta (entro il ",
                en="--- Reply slip (please return by ",
            )
            + c.d(14)
            + ") ---"
        )
        body = f"{letter}\n\n{slip}\n{form(c, slip_rows, c.ch(['colon', 'dots', 'aligned']))}"
        if c.p(0.35):
            body = ocr(c, body)
        return body
    if v == 1:
        emerg = c.person()
        rows = [
            (c.L(de="Code", fr="Code", it="Codice", en="Code"), code),
            (lbl(c, "name"), mk("PERSON", me.last)),
            (lbl(c, "first"), mk("PERSON", me.first)),
            (lbl(c, "dob"), c.dob(me)),
            (
                c.L(de="Geschlecht", fr="Genre", it="Genere", en="Gender"),
                c.L(
                    de="m" if me.g == "m" else "w",
                    fr="H" if me.g == "m" else "F",
                    it="M" if me.g == "m" else "F",
                    en="male" if me.g == "m" else "female",
                ),
            ),
            (lbl(c, "street"), home.s),
            (lbl(c, "city"), home.c),
            (lbl(c, "mobile"), c.mob()),
            (lbl(c, "email"), c.em(me)),
            (
                c.L(de="Höchster Abschluss", fr="Diplôme", it="Titolo di studio", en="Highest qualification"),
                c.L(
                    de=["Hauptschule", "Realschule", "Abitur", "Lehre", "Master"],
                    fr=["CAP", "bac", "licence", "aucun"],
                    it=["licenza media", "diploma", "laurea"],
                    en=["GCSEs", "A levels", "degree", "none"],
                    us=["high school", "associate degree", "bachelor's"],
                ),
            ),
            (
                c.L(de="Ernährung", fr="Régime", it="Alimentazione", en="Dietary needs"),
                c.L(
                    de=["vegetarisch", "keine", "halal"],
                    fr=["végétarien", "aucun", "sans gluten"],
                    it=["vegetariana", "nessuna"],
                    en=["vegetarian", "none", "halal"],
                ),
            ),
            (
                c.L(de="Notfallkontakt", fr="Personne à prévenir", it="Contatto di emergenza", en="Emergency contact"),
                f"{c.N(emerg, 'full')}, {c.mob()}",
            ),
        ]
        if c.cc == "CH" and c.p(0.6):
            rows.append(
                (
                    c.L(
                        de="AHV-Nr. (für den Lohnausweis)",
                        fr="N° AVS (certificat de salaire)",
                        it="N. AVS (certificato di salario)",
                    ),
                    c.ahv(),
                )
            )
        if c.loc != "en_US":
            rows.append(
                (
                    c.L(
                        de="IBAN für die Entschädigung",
                        fr="IBAN pour l'indemnité",
                        it="IBAN per il rimborso",
                        en="Bank details (IBAN)",
                    ),
                    c.ib(),
                )
            )
        else:
            rows.append(("Payment", c.L(en="check mailed to home address")))
        head = c.L(
            de=f"{name} – Rückmeldung", fr=f"{name} – Réponse", it=f"{name} – Adesione", en=f"{name} – Reply form"
        )
        body = f"{head}\n\n{form(c, rows)}\n\n{lbl(c, 'sign')}: {c.N(me, 'full')}   {place_date(c, -r.randint(2, 12))}"
        if c.p(0.4):
            body = ocr(c, body)
        return body
    if v == 2:
        rows = []
        members = [c.person(age=(16, 88)) for _ in range(r.randint(6, 10))]
        st = c.ch(["full", "lf", "fi"])
        for i, q in enumerate(members):
            dist = c.L(
                de=["Altstadt", "Nordstadt", "Südstadt", "Weststadt", "Oststadt", "Innenstadt"],
                fr=["Centre", "Nord", "Gare", "Vieille-Ville", "Les Hauts"],
                it=["Centro", "Borgo", "Stazione", "Quartiere Nord", "Collina"],
                en=["Northside", "Old Town", "Riverside", "East End", "Westfield"],
            )
            rows.append([str(i % 4 + 1), c.N(q, st), str(c.today.year - q.born.year), dist, c.anyphone()])
        heads = c.L(
            de=("Tisch", "Name", "Alter", "Stadtteil", "Telefon"),
            fr=("Table", "Nom", "Âge", "Quartier", "Téléphone"),
            it=("Tavolo", "Nome", "Età", "Quartiere", "Telefono"),
            en=("Table", "Name", "Age", "Area", "Phone"),
        )
        a, b = c.person(), c.person()
        gone, res = members[r.randrange(len(members))], c.person(age=(18, 80))
        ra = c.addr(local=1.0)
        ms = [
            (
                c.N(a, "first"),
                c.L(
                    de=f"{c.tn(gone)} hat abgesagt (krank). Nachrücker laut Reserveliste: {c.N(res, 'full')}, "
                    f"{c.anyphone()}",
                    fr=f"{c.tn(gone)} se désiste. {'Suppléante' if res.g == 'f' else 'Suppléant'} : "
                    f"{c.N(res, 'full')}, {c.anyphone()}",
                    it=f"{c.tn(gone)} ha rinunciato. Riserva: {c.N(res, 'full')}, {c.anyphone()}",
                    en=f"{c.tn(gone)} has dropped out. Next on the reserve list: {c.N(res, 'full')}, {c.anyphone()}",
                ),
            ),
            (
                c.N(b, "first"),
                c.L(
                    de=f"ruf ich an. {c.N(res, 'first')} braucht evtl. Abholung, {ra.s}",
                    fr=f"je l'appelle. Il faudra peut-être aller chercher {c.N(res, 'first')} au {ra.s}",
                    it=f"chiamo io. Forse {c.N(res, 'first')} va {'presa' if res.g == 'f' else 'preso'} in {ra.s}",
                    en=f"I'll ring. {c.N(res, 'first')} may need a lift from {ra.s}",
                ),
            ),
        ]
        head = c.L(
            de=f"{name} – Teilnehmende Sitzung 2",
            fr=f"{name} – participants séance 2",
            it=f"{name} – partecipanti 2ª sessione",
            en=f"{name} – session 2 seating",
        )
        return f"{head}\n\n{table(c, heads, rows)}\n\n{chat(c, ms)}"
    recs = []
    shp = "iso" if c.p(0.5) else c.shape
    for _ in range(r.randint(4, 7)):
        q = c.person(age=(16, 88))
        a = c.addr(local=1.0)
        recs.append(
            {
                "code": f"{c.ch('ABCDEFGHJK')}{r.randint(2, 9)}-{c.ref('', 4)}",
                "first_name": mk("PERSON", q.first),
                "last_name": mk("PERSON", q.last),
                "dob": c.dob(q, shp),
                "gender": q.g,
                "street": a.s,
                "postcode_town": a.c,
                "email": c.em(q) if c.p(0.8) else "",
                "phone": c.anyphone(),
                "accepted": c.p(0.7),
                "ip": c.ip(),
                "submitted": f"{c.iso(-r.randint(1, 20))}T{r.randint(6, 23):02d}:{r.randint(0, 59):02d}",
            }
        )
    fmt = c.ch(["json", "csv", "jsonl"])
    if fmt == "json":
        return to_json(c, recs)
    if fmt == "jsonl":
        return jsonl(recs)
    keys = list(recs[0].keys())
    return table(c, keys, [[str(x[k]) for k in keys] for x in recs], c.ch(["csv", "semi", "tsv"]))


# ---------------------------------------------------------------------------------------------------------------
# 9. postalvote - postal-vote, proxy-vote and overseas-voter applications
# ---------------------------------------------------------------------------------------------------------------

ABROAD = {
    "DE": ["it_IT", "fr_FR", "de_AT", "de_CH", "en_GB"],
    "AT": ["de_DE", "it_IT", "de_CH"],
    "CH": ["de_DE", "fr_FR", "it_IT", "en_GB", "en_US", "de_AT"],
    "FR": ["de_DE", "it_IT", "en_GB", "fr_CH"],
    "IT": ["de_DE", "fr_FR", "en_GB", "de_CH", "fr_CH"],
    "GB": ["fr_FR", "de_DE", "it_IT", "en_US"],
    "US": ["en_GB", "de_DE", "fr_FR", "it_IT"],
}


def _election(c: Ctx) -> str:
    return c.L(
        de=["Bundestagswahl", "Landtagswahl", "Kommunalwahl", "Europawahl"],
        at=["Nationalratswahl", "Gemeinderatswahl", "Landtagswahl"],
        ch=["eidgenössische Abstimmung", "Nationalratswahlen"],
        fr=["élections municipales", "élection présidentielle", "élections européennes"],
        frch=["votation fédérale", "élections fédérales"],
        it=["elezioni politiche", "referendum", "elezioni europee"],
        itch=["elezioni politiche italiane", "referendum"],
        gb=["local elections", "general election"],
        us=["general election", "primary election"],
    )


def g_postalvote(c: Ctx, v: int) -> str:
    r = c.r
    me = c.person(age=(18, 92))
    home = c.addr(local=1.0)
    el = _election(c)
    office = c.L(
        de=f"Stadt {c.home[0]} – Wahlamt",
        at=f"Magistrat {c.home[0]} – Wahlbehörde",
        ch="Schweizerische Vertretung – Stimmregister",
        fr=f"Mairie de {c.home[0]} – Service des élections",
        frch="Représentation suisse – registre électoral",
        it=f"Comune di {c.home[0]} – Ufficio elettorale",
        itch="Consolato generale d'Italia a Lugano – Ufficio AIRE",
        gb=f"{c.home[0]} Electoral Services",
        us=f"{c.home[0]} County Elections Office",
    )
    swiss_abroad = c.cc == "CH" and c.loc != "it_CH"
    if swiss_abroad:
        home = c.addr(loc=c.ch(ABROAD["CH"]))
    abroad = c.addr(loc=c.ch(ABROAD[c.cc])) if (c.p(0.5) or c.loc == "it_IT") else None
    voter_no = c.ref(c.L(de="WV ", fr="", it="", en="", gb="", us="VID "), 7)
    if v == 0:
        rows = [
            (lbl(c, "name"), mk("PERSON", me.last)),
            (lbl(c, "first"), mk("PERSON", me.first)),
            (lbl(c, "dob"), c.dob(me)),
        ]
        if c.lang == "de" and me.g == "f" and c.p(0.3):
            maiden = c.person(g="f", kind="region")
            rows.append(("Geburtsname", mk("PERSON", maiden.last)))
        if swiss_abroad:
            rows.append((c.L(de="AHV-Nummer", fr="N° AVS"), c.ahv()))
            rows.append((c.L(de="Heimatort", fr="Lieu d'origine"), c.ch(c.towns)[0]))
        rows += [
            (
                c.L(
                    de="Wohnanschrift",
                    fr="Adresse",
                    it="Residenza",
                    en="Registered address",
                    ch="Adresse im Ausland",
                    frch="Adresse à l'étranger",
                ),
                home.one(),
            ),
            (
                c.L(
                    de="Nr. im Wählerverzeichnis",
                    fr="N° national d'électeur",
                    it="N. tessera elettorale",
                    en="Electoral number",
                    us="Voter ID",
                    ch="Stimmregister-Nr.",
                    frch="N° de registre",
                ),
                voter_no,
            ),
        ]
        if abroad and not swiss_abroad:
            rows.append(
                (
                    c.L(
                        de="Versand an (abweichende Anschrift)",
                        fr="Envoi à l'adresse suivante",
                        it="Indirizzo estero per l'invio",
                        en="Send ballot to",
                    ),
                    abroad.one(),
                )
            )
        rows += [(lbl(c, "phone"), c.anyphone()), (lbl(c, "email"), c.em(me))]
        proxy_txt = ""
        if c.p(0.5):
            px = c.relative(me) if c.p(0.5) else c.person()
            pa = c.addr(local=1.0)
            proxy_txt = c.L(
                de=f"Vollmacht: Ich bevollmächtige {c.N(px, 'full')}, {cue_dob(c, px)}, wohnhaft {pa.one()}, die "
                "Briefwahlunterlagen für mich abzuholen.",
                at=f"Vollmacht: Die Wahlkarte darf {c.N(px, 'full')}, {cue_dob(c, px)}, wohnhaft {pa.one()}, für mich "
                "abholen.",
                ch=f"Kontaktperson in der Schweiz: {c.N(px, 'full')}, {pa.one()}, {c.anyphone()}",
                fr=f"Procuration donnée à {c.N(px, 'full')}, {cue_dob(c, px)}, demeurant {pa.one()}, électeur inscrit "
                f"dans la même commune (n° {c.ref('', 8)}).",
                frch=f"Personne de contact en Suisse : {c.N(px, 'full')}, {pa.one()}, {c.anyphone()}",
                it=f"Referente in Italia: {c.N(px, 'full')}, {cue_dob(c, px)}, residente in {pa.one()}.",
                en=f"Proxy: I appoint {c.N(px, 'full')} ({cue_dob(c, px)}), of {pa.one()}, to vote on my behalf.",
            )
        head = c.L(
            de=f"Antrag auf Erteilung eines Wahlscheins – {el}",
            at=f"Antrag auf Ausstellung einer Wahlkarte – {el}",
            ch=f"Anmeldung zur Stimmabgabe aus dem Ausland – {el}",
            fr=f"Demande de procuration – {el}",
            frch=f"Inscription au registre électoral des Suisses de l'étranger – {el}",
            it=f"Domanda di voto per corrispondenza (elettori temporaneamente all'estero) – {el}",
            itch=f"Opzione voto per corrispondenza AIRE – {el}",
            gb=f"Application for a postal vote – {el}",
            us=f"Absentee Ballot Request – {el}",
        )
        body = (
            f"{office}\n{head}\n\n{form(c, rows)}\n\n{proxy_txt}\n\n{place_date(c)}   {lbl(c, 'sign')}: "
            f"{c.N(me, 'full')}"
        )
        if c.p(0.35):
            body = ocr(c, body)
        return body
    if v == 1:
        rows = []
        ppl = [c.person(age=(18, 92)) for _ in range(r.randint(5, 9))]
        st = c.ch(["lf", "LF", "full"])
        days = sorted(-r.randint(0, 12) for _ in ppl)
        for i, q in enumerate(ppl):
            a = c.addr(local=1.0) if c.p(0.75) else c.addr(loc=c.ch(ABROAD[c.cc]))
            rows.append(
                [
                    c.ref("", 5),
                    c.N(q, st),
                    c.dob(q, c.shape),
                    a.one(),
                    c.d(days[i]),
                    c.L(
                        de=["Post", "online", "persönlich"],
                        fr=["courrier", "en ligne", "guichet"],
                        it=["posta", "PEC", "sportello"],
                        en=["post", "online", "in person"],
                    ),
                ]
            )
        heads = c.L(
            de=("Lfd.", "Name", "Geb.", "Versandanschrift", "Ausgestellt", "Antrag"),
            fr=("N°", "Nom", "Né(e) le", "Adresse d'envoi", "Date", "Canal"),
            it=("N.", "Nominativo", "Nato/a il", "Indirizzo di spedizione", "Data", "Canale"),
            en=("Ref", "Name", "DOB", "Send to", "Issued", "Via"),
        )
        a, b = c.person(), c.person()
        q = ppl[r.randrange(len(ppl))]
        ms = [
            (
                c.N(a, "first"),
                c.L(
                    de=f"Unterlagen für {c.tn(q, dative=True)} kamen zurück, Empfänger unbekannt. Hat jemand eine "
                    f"Nummer? Im Antrag steht {c.anyphone()}",
                    fr=f"le pli de {c.tn(q)} est revenu, NPAI. Numéro sur la demande : {c.anyphone()}",
                    it=f"il plico di {c.tn(q)} è tornato indietro. Numero sulla domanda: {c.anyphone()}",
                    en=f"{c.tn(q)}'s pack came back 'not known at this address'. Number on the form: {c.anyphone()}",
                ),
            ),
            (
                c.N(b, "first"),
                c.L(de="ruf ich an, sonst per Mail", fr="j'appelle", it="chiamo io", en="I'll call them"),
            ),
        ]
        head = c.L(
            de=f"{office} – Wahlscheinverzeichnis {el}",
            fr=f"{office} – registre des envois, {el}",
            it=f"{office} – registro plichi, {el}",
            en=f"{office} – postal vote issue log, {el}",
        )
        return f"{head}\n\n{table(c, heads, rows)}\n\n{chat(c, ms)}"
    if v == 2:
        clerk = c.person()
        dom = gov_domain(c) if not (c.cc == "CH") else c.L(de="eda.admin.ch", fr="eda.admin.ch", it="esteri.it")
        ce = c.em(clerk, dom)
        me_e = c.em(me)
        dest = abroad or c.addr(loc=c.ch(ABROAD[c.cc]))
        if swiss_abroad:
            dest, home = home, c.addr(loc=c.loc)
        req = "\n".join(
            [
                greet(c, me),
                c.L(
                    de="für die Zusendung ins Ausland benötigen wir Ihre vollständige Auslandsanschrift und Ihr "
                    "Geburtsdatum.",
                    fr="pour un envoi à l'étranger, merci de nous indiquer votre adresse complète et votre date de "
                    "naissance.",
                    it="per la spedizione all'estero ci servono l'indirizzo completo e la data di nascita.",
                    en="To send your ballot overseas we need your full address abroad and your date of birth.",
                ),
                "",
                bye(c),
                c.N(clerk, "full"),
                office,
                f"{lbl(c, 'phone')} {c.tel(din=c.p(0.5))}",
                ce,
            ]
        )
        reply = "\n".join(
            [
                greet(c, clerk),
                c.L(
                    de="gerne, hier meine Angaben:",
                    fr="voici mes informations :",
                    it="ecco i miei dati:",
                    en="Of course – here are my details:",
                ),
                f"{lbl(c, 'dob')}: {c.dob(me)}",
                c.L(
                    de="Anschrift bis Ende Juli: ",
                    fr="Adresse jusqu'à fin juillet : ",
                    it="Indirizzo fino a fine luglio: ",
                    en="Address until the end of July: ",
                )
                + dest.one(),
                c.L(
                    de="Meldeadresse: ",
                    fr="Adresse en France : ",
                    it="Residenza: ",
                    en="Home address: ",
                    frch="Dernière adresse en Suisse : ",
                    ch="Letzte Adresse in der Schweiz: ",
                )
                + home.one(),
                f"{lbl(c, 'mobile')}: {c.mob(dest.country[-2:])}",
                "",
                bye(c),
                c.N(me, "full"),
            ]
        )
        hdr = mailhdr(
            c,
            who(c, me, me_e),
            who(c, clerk, ce),
            c.L(
                de="AW: Briefwahl ins Ausland",
                fr="RE: vote depuis l'étranger",
                it="R: voto dall'estero",
                en="RE: overseas postal vote",
            ),
        )
        return f"{hdr}\n\n{reply}\n\n{quote_intro(c, clerk, -2)}\n{quoted(req)}"
    recs = []
    for _ in range(r.randint(3, 6)):
        q = c.person(age=(18, 90))
        a = c.addr(local=1.0)
        rec = {
            "application_id": c.ref("PV", 8),
            "surname": mk("PERSON", q.last),
            "given_names": mk("PERSON", q.first),
            "dob": c.dob(q, "iso"),
            "registered_address": {"street": a.s, "town": a.c},
            "email": c.em(q),
            "delivery": "home",
        }
        if c.p(0.35):
            ab = c.addr(loc=c.ch(ABROAD[c.cc]))
            rec["delivery"] = {"street": ab.s, "town": ab.c, "country": ab.country[-2:]}
        rec["client_ip"] = c.ip()
        rec["received"] = f"{c.iso(-r.randint(0, 30))}T{r.randint(6, 23):02d}:{r.randint(0, 59):02d}:00"
        recs.append(rec)
    return to_json(c, recs) if c.p(0.6) else jsonl(recs)


# ---------------------------------------------------------------------------------------------------------------
# 10. dormant - dormant accounts and unclaimed assets claimed by heirs
# ---------------------------------------------------------------------------------------------------------------


def _holder_org(c: Ctx) -> tuple[str, str]:
    t = c.home[0]
    s = town_slug(c)
    return c.L(
        de=[
            (f"Sparkasse {t} – Nachlassservice", f"sparkasse-{s}.de"),
            ("Volksbank Mitte eG – Nachlassabteilung", "vb-mitte.de"),
        ],
        at=[
            (f"Raiffeisenbank {t} – Verlassenschaften", f"rb-{s}.at"),
            ("Erste Bank – Nachlassservice", "erstebank-service.at"),
        ],
        ch=[
            ("Kontaktstelle für nachrichtenlose Vermögen", "nachrichtenlos-kontakt.ch"),
            (f"Kantonalbank – Erbschaften {t}", f"kb-{s}.ch"),
        ],
        fr=[
            ("Ciclade – Caisse des Dépôts", "ciclade-service.fr"),
            ("Service successions – Crédit Mutuel", "cm-successions.fr"),
        ],
        frch=[("Point de contact avoirs en déshérence", "desherence-contact.ch")],
        it=[
            ("Ufficio rapporti dormienti – Banca Popolare", "bp-dormienti.it"),
            ("Consap – Fondo rapporti dormienti", "consap-dormienti.it"),
        ],
        itch=[("Punto di contatto averi non rivendicati", "averi-contatto.ch")],
        gb=[("Dormant Accounts Team – Northern Building Society", "northernbs-dormant.co.uk")],
        us=[("State Treasurer – Unclaimed Property Division", "unclaimed-treasury.org")],
    )


def g_dormant(c: Ctx, v: int) -> str:
    r = c.r
    org, dom = _holder_org(c)
    oa = c.bizaddr()
    dec = c.person(age=(72, 99))
    death = c.today - dt.timedelta(days=r.randint(200, 5000))
    me = c.kin(dec, gap=(20, 42)) if c.p(0.7) else c.kin(dec, gap=(20, 42), same=False)
    home = c.addr(local=0.6)
    rel = c.L(
        de=["Sohn", "Tochter", "Neffe", "Nichte", "Enkel"],
        fr=["fils", "fille", "neveu", "nièce"],
        it=["figlio", "figlia", "nipote"],
        en=["son", "daughter", "nephew", "niece", "grandchild"],
    )
    if me.g == "m":
        rel = c.L(
            de=["Sohn", "Neffe", "Enkel"],
            fr=["fils", "neveu", "petit-fils"],
            it=["figlio", "nipote"],
            en=["son", "nephew", "grandson"],
        )
    else:
        rel = c.L(
            de=["Tochter", "Nichte", "Enkelin"],
            fr=["fille", "nièce", "petite-fille"],
            it=["figlia", "nipote"],
            en=["daughter", "niece", "granddaughter"],
        )
    dec_addr = c.addr(local=0.8)
    old_ib = c.ib() if c.cc != "US" else c.L(en=f"savings account ending {r.randint(1000, 9999)}")
    if v == 0:
        heirs = [me] + [c.kin(dec, gap=(20, 42)) for _ in range(r.randint(0, 2))]
        shares = {1: ["100 %"], 2: ["50 %", "50 %"], 3: ["1/3", "1/3", "1/3"]}[len(heirs)]
        rows_h = [[c.N(h, "full"), c.dob(h, c.shape), s_] for h, s_ in zip(heirs, shares, strict=True)]
        heads = c.L(
            de=("Erbe/Erbin", "Geburtsdatum", "Anteil"),
            fr=("Héritier", "Date de naissance", "Part"),
            it=("Erede", "Data di nascita", "Quota"),
            en=("Heir", "Date of birth", "Share"),
        )
        rows = [
            (c.L(de="Antragsteller/in", fr="Demandeur", it="Richiedente", en="Claimant"), c.N(me, "full")),
            (lbl(c, "dob"), c.dob(me)),
            (c.L(de="Anschrift", fr="Adresse", it="Indirizzo", en="Address"), home.one()),
            (lbl(c, "phone"), c.anyphone()),
            (lbl(c, "email"), c.em(me)),
            (
                c.L(
                    de="Verhältnis zum Kontoinhaber",
                    fr="Lien avec le titulaire",
                    it="Rapporto con il titolare",
                    en="Relationship to account holder",
                ),
                rel,
            ),
            (
                c.L(
                    de="Verstorbene/r Kontoinhaber/in",
                    fr="Titulaire décédé(e)",
                    it="Titolare deceduto/a",
                    en="Deceased account holder",
                ),
                c.N(dec, c.ch(["full", "LF"])),
            ),
            (
                c.L(de="Geburtsdatum Verstorbene/r", fr="Né(e) le", it="Nato/a il", en="Holder's date of birth"),
                c.dob(dec),
            ),
            (c.L(de="Sterbedatum", fr="Décédé(e) le", it="Data del decesso", en="Date of death"), c.d(death)),
            (
                c.L(
                    de="Letzte Anschrift", fr="Dernière adresse connue", it="Ultimo indirizzo", en="Last known address"
                ),
                dec_addr.one(),
            ),
            (c.L(de="Konto (IBAN)", fr="Compte concerné (IBAN)", it="Rapporto (IBAN)", en="Account"), old_ib),
        ]
        if c.cc == "CH":
            rows.insert(2, (c.L(de="AHV-Nr.", fr="N° AVS", it="N. AVS"), c.ahv()))
        if c.cc != "US":
            rows.append(
                (
                    c.L(
                        de="Auszahlung auf IBAN",
                        fr="IBAN pour le versement",
                        it="IBAN per il rimborso",
                        en="Pay to (IBAN)",
                    ),
                    c.ib(),
                )
            )
        else:
            rows.append(("Payment", "check to claimant's address"))
        head = c.L(
            de=f"{org}\nAntrag auf Auszahlung eines nachrichtenlosen Guthabens",
            ch=f"{org}\nSuchauftrag nachrichtenlose Vermögenswerte",
            fr=f"{org}\nDemande de restitution de sommes en déshérence",
            it=f"{org}\nIstanza di rimborso – rapporto dormiente",
            en=f"{org}\nDormant account claim",
            us=f"{org}\nUnclaimed Property Claim Form",
        )
        body = (
            f"{head}\n\n{form(c, rows)}\n\n{c.L(de='Miterben', fr='Autres héritiers', it='Coeredi', en='Heirs')}:\n"
            f"{table(c, heads, rows_h, c.ch(['md', 'fixed', 'pipe']))}\n\n{place_date(c)}  {lbl(c, 'sign')}: "
            f"{c.N(me, 'full')}"
        )
        if c.p(0.35):
            body = ocr(c, body)
        return body
    if v == 1:
        rows = []
        for _ in range(r.randint(4, 7)):
            d_ = c.person(age=(70, 99))
            cl = c.kin(d_, gap=(20, 42), same=c.p(0.6))
            rows.append(
                [
                    c.ref(c.L(de="NL-", fr="DS-", it="RD-", en="DA-"), 5),
                    c.N(d_, "lf"),
                    c.dob(d_, c.shape),
                    c.N(cl, "full"),
                    c.anyphone(),
                    c.L(
                        de=["Erbschein fehlt", "geprüft", "ausgezahlt"],
                        fr=["acte de notoriété manquant", "vérifié", "payé"],
                        it=["manca dichiarazione di successione", "verificato", "liquidato"],
                        en=["grant of probate missing", "verified", "paid"],
                    ),
                ]
            )
        heads = c.L(
            de=("Fall", "Kontoinhaber", "geb.", "Antragsteller", "Telefon", "Status"),
            fr=("Dossier", "Titulaire", "Né(e)", "Demandeur", "Téléphone", "Statut"),
            it=("Pratica", "Titolare", "Nato/a", "Richiedente", "Telefono", "Stato"),
            en=("Case", "Account holder", "DOB", "Claimant", "Phone", "Status"),
        )
        a, b = c.person(), c.person()
        q = c.person(age=(35, 70))
        ms = [
            (
                c.N(a, "first"),
                c.L(
                    de=f"{c.tn(q)} hat wegen des Falls angerufen, bitte zurückrufen: {c.anyphone()}",
                    fr=f"{c.tn(q)} a appelé pour son dossier, rappeler au {c.anyphone()}",
                    it=f"ha chiamato {c.tn(q)} per la pratica, richiamare al {c.anyphone()}",
                    en=f"{c.tn(q)} called about the claim, please ring back on {c.anyphone()}",
                ),
            ),
            (
                c.N(b, "first"),
                c.L(
                    de=f"mach ich, Unterlagen an {c.em(q)}?",
                    fr=f"ok, j'envoie les pièces à {c.em(q)} ?",
                    it=f"ok, mando i documenti a {c.em(q)}?",
                    en=f"will do – send the forms to {c.em(q)}?",
                ),
            ),
        ]
        return f"{org} – {c.d(0)}\n\n{table(c, heads, rows)}\n\n{chat(c, ms)}"
    if v == 2:
        clerk = c.person()
        ce = c.em(clerk, dom)
        letter = "\n".join(
            [
                greet(c, me),
                c.L(
                    de=f"zu dem Konto von {c.N(dec, 'full')} ({cue_dob(c, dec)}) liegt ein Guthaben vor. Für die "
                    "Auszahlung "
                    "benötigen wir den Erbschein sowie die Bankverbindungen aller Erben.",
                    fr=f"un compte au nom de {c.N(dec, 'full')} ({cue_dob(c, dec)}) a bien été identifié. Merci de "
                    "nous "
                    "transmettre l'acte de notoriété et le RIB de chaque héritier.",
                    it=f"risulta un rapporto intestato a {c.N(dec, 'full')} ({cue_dob(c, dec)}). Per il rimborso "
                    "servono la "
                    "dichiarazione di successione e l'IBAN di ciascun erede.",
                    en=f"We have located an account in the name of {c.N(dec, 'full')} ({cue_dob(c, dec)}). To release "
                    "the "
                    "funds we need the grant of probate and bank details for each beneficiary.",
                    us=f"We have located unclaimed property reported in the name of {c.N(dec, 'full')} "
                    f"({cue_dob(c, dec)}). "
                    "Please send a certified death certificate and letters testamentary.",
                ),
                "",
                bye(c),
                c.N(clerk, "full"),
                org,
                oa.one(),
                f"{lbl(c, 'phone')} {c.tel(oa.t, din=c.p(0.4))}",
                ce,
            ]
        )
        sib = c.kin(me, gap=(-8, 8))
        sa = c.addr(local=0.4)
        pay = c.ib() if c.cc != "US" else "check"
        pay2 = c.ib() if c.cc != "US" else "check"
        reply = c.L(
            de=f"anbei der Erbschein. Meine IBAN: {pay}. Mein Bruder/meine Schwester {c.N(sib, 'full')} ({sa.one()}, "
            f"{c.mob()}) hat die IBAN {pay2}.",
            fr=f"ci-joint l'acte de notoriété. Mon IBAN : {pay}. Mon frère/ma sœur {c.N(sib, 'full')} ({sa.one()}, "
            f"{c.mob()}) : IBAN {pay2}.",
            it=f"allego la dichiarazione di successione. Il mio IBAN: {pay}. Mio fratello/mia sorella "
            f"{c.N(sib, 'full')} "
            f"({sa.one()}, {c.mob()}): IBAN {pay2}.",
            en=f"Probate attached. My IBAN is {pay}; my sibling {c.N(sib, 'full')} ({sa.one()}, {c.mob()}) has IBAN "
            f"{pay2}.",
            us=f"Letters testamentary attached. Please mail my check to {home.one()}; my sibling {c.N(sib, 'full')} "
            f"({sa.one()}, {c.mob()}) would like theirs mailed too.",
        )
        if c.lang in ("de", "fr", "it"):
            sibw = {
                "de": ("Mein Bruder", "Meine Schwester"),
                "fr": ("Mon frère", "Ma sœur"),
                "it": ("Mio fratello", "Mia sorella"),
            }[c.lang]
            both = {"de": "Mein Bruder/meine Schwester", "fr": "Mon frère/ma sœur", "it": "Mio fratello/mia sorella"}[
                c.lang
            ]
            reply = reply.replace(both, sibw[0] if sib.g == "m" else sibw[1])
        hdr = mailhdr(
            c,
            who(c, me, c.em(me)),
            who(c, clerk, ce),
            c.L(de="AW: Nachlass", fr="RE: succession", it="R: successione", en="RE: dormant account"),
        )
        return (
            f"{hdr}\n\n{greet(c, clerk)}\n{reply}\n\n{bye(c)}\n{c.N(me, 'full')}\n\n{quote_intro(c, clerk, -5)}\n"
            f"{quoted(letter)}"
        )
    recs = []
    for _ in range(r.randint(3, 6)):
        d_ = c.person(age=(70, 99))
        q = c.kin(d_, gap=(20, 42), same=c.p(0.5))
        recs.append(
            {
                "request": c.ref("S", 7),
                "searched_person": {
                    "name": c.N(d_, "full"),
                    "dob": c.dob(d_, "iso"),
                    "last_address": c.addr(local=0.7).one(),
                },
                "requester": {"name": c.N(q, "full"), "email": c.em(q), "phone": c.anyphone()},
                "created": c.iso(-r.randint(0, 40)),
                "ip": c.ip(),
                "match": c.ch(["none", "possible", "confirmed"]),
            }
        )
    return to_json(c, recs) if c.p(0.6) else to_yaml({"requests": recs})


# ---------------------------------------------------------------------------------------------------------------
# 11. selfpub - self-publishing contracts, legal-deposit forms and royalty statements
# ---------------------------------------------------------------------------------------------------------------


def isbn13(c: Ctx) -> str:
    grp = {"de": "3", "fr": "2", "it": "88", "en": "1"}[c.lang]
    pub = str(c.r.randint(7000, 99999))
    body_len = 12 - 3 - len(grp) - len(pub)
    item = "".join(str(c.r.randint(0, 9)) for _ in range(body_len))
    d12 = "978" + grp + pub + item
    chk = (10 - sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(d12)) % 10) % 10
    return f"978-{grp}-{pub}-{item}-{chk}"


def _book(c: Ctx) -> str:
    return c.ch(
        c.L(
            de=(
                [
                    "Der Sommer am See",
                    "Spuren im Schnee",
                    "Das Haus der Uhrmacher",
                    "Kochen mit Oma",
                    "Nachtzug nach Triest",
                    "Wurzeln und Flügel",
                    "Die Katze vom Bahnhof",
                    "Grenzgänger",
                ],
            ),
            fr=(
                [
                    "L'Été au bord du lac",
                    "Traces dans la neige",
                    "La Maison de l'horloger",
                    "Recettes de grand-mère",
                    "Le Train de nuit",
                    "Racines et ailes",
                ],
            ),
            it=(
                [
                    "L'estate sul lago",
                    "Tracce nella neve",
                    "La casa dell'orologiaio",
                    "Le ricette della nonna",
                    "Treno di notte",
                    "Radici e ali",
                ],
            ),
            en=(
                [
                    "A Summer by the Lake",
                    "Tracks in the Snow",
                    "The Clockmaker's House",
                    "Grandma's Kitchen",
                    "Night Train to Trieste",
                    "Roots and Wings",
                ],
            ),
        )[0]
    )


def _platform(c: Ctx) -> tuple[str, str]:
    return c.L(
        de=[
            ("Seitenweise Self-Publishing GmbH", "seitenweise-verlag.de"),
            ("Druckfabrik Eigenverlag", "druckfabrik.de"),
        ],
        at=[("Buchwerk Eigenverlag GmbH", "buchwerk-verlag.at")],
        ch=[("Edition Selbstverlag AG", "edition-selbst.ch")],
        fr=[("Livres & Co. autoédition", "livresetco.fr"), ("Plume Libre Éditions", "plumelibre.fr")],
        frch=[("Éditions du Lac autoédition", "editionsdulac.ch")],
        it=[("Edizioni Autori Liberi", "autoriliberi.it"), ("StampaLibera srl", "stampalibera.it")],
        itch=[("Edizioni Ceresio", "edizioniceresio.ch")],
        gb=[("Quillpress Self-Publishing Ltd", "quillpress.co.uk")],
        us=[("Inkwell Print on Demand", "inkwellpod.com")],
    )


def g_selfpub(c: Ctx, v: int) -> str:
    r = c.r
    plat, dom = _platform(c)
    me = c.person(age=(24, 84))
    home = c.addr(local=0.7)
    sw = c.L(
        de=["Lindqvist", "Morgenroth", "Falkenberg", "Sturm"],
        fr=["Delorme", "Vasseur", "Lune"],
        it=["Valdoro", "Serafini", "Lunardi"],
        en=["Blackwood", "Ashcombe", "Winters"],
    )
    pen = f"{c.ch(['Anna', 'Clara', 'Jules', 'Max', 'Lou', 'Nora', 'Leo', 'Mara', 'Sam'])} {sw}"
    title = _book(c)
    isbn = isbn13(c)
    if v == 0:
        cover = c.person(age=(22, 60))
        editor = c.person(age=(25, 65))
        rows = [
            (
                c.L(
                    de="Autor/in (bürgerlicher Name)",
                    fr="Auteur (nom civil)",
                    it="Autore (nome anagrafico)",
                    en="Author (legal name)",
                ),
                c.N(me, c.ch(["full", "lf"])),
            ),
            (
                c.L(de="Pseudonym", fr="Pseudonyme", it="Pseudonimo", en="Pen name"),
                mk("PERSON", pen) if c.p(0.6) else "—",
            ),
            (lbl(c, "dob"), c.dob(me)),
            (c.L(de="Anschrift", fr="Adresse", it="Indirizzo", en="Address"), home.one()),
            (lbl(c, "phone"), c.anyphone()),
            (lbl(c, "email"), c.em(me)),
            (c.L(de="Titel", fr="Titre", it="Titolo", en="Title"), title),
            ("ISBN", isbn),
            (
                c.L(de="Format / Umfang", fr="Format", it="Formato", en="Format"),
                f"{c.ch(['12 x 19 cm', '13,5 x 21,5 cm', 'A5'])}, {r.randint(96, 480)} "
                f"{c.L(de='S.', fr='p.', it='pp.', en='pp.')}",
            ),
            (c.L(de="Ladenpreis", fr="Prix public", it="Prezzo di copertina", en="Retail price"), c.money(9, 29)),
            (c.L(de="Tantieme", fr="Droits d'auteur", it="Royalty", en="Royalty"), f"{r.randint(15, 70)} %"),
            (
                c.L(de="Covergestaltung", fr="Couverture", it="Copertina", en="Cover design"),
                f"{c.N(cover, 'full')} ({c.em(cover)})",
            ),
            (c.L(de="Lektorat", fr="Correction", it="Editing", en="Editor"), c.N(editor, "full")),
        ]
        if c.cc != "US":
            rows += [
                (
                    c.L(
                        de="Auszahlung Tantiemen (IBAN)",
                        fr="IBAN pour les droits",
                        it="IBAN per le royalty",
                        en="Royalties paid to (IBAN)",
                    ),
                    c.ib(),
                ),
                (lbl(c, "holder"), c.N(me, "full")),
            ]
        else:
            rows.append(("Royalties paid via", "ACH to checking account ending " + str(r.randint(1000, 9999))))
        if c.p(0.3):
            rows.append(
                (
                    c.L(
                        de="Zahlung Druckpaket",
                        fr="Paiement pack impression",
                        it="Pagamento pacchetto stampa",
                        en="Print package paid by card",
                    ),
                    f"{mk('CARD', c.card_raw())} ({r.randint(1, 12):02d}/{r.randint(27, 31)})",
                )
            )
        head = c.L(
            de=f"{plat} – Autorendatenblatt / Vertragsanlage 1",
            fr=f"{plat} – Fiche auteur (annexe au contrat)",
            it=f"{plat} – Scheda autore (allegato al contratto)",
            en=f"{plat} – Author details (Schedule 1)",
        )
        body = f"{head}\n\n{form(c, rows)}\n\n{place_date(c)}   {lbl(c, 'sign')}: {c.N(me, 'full')}"
        if c.p(0.3):
            body = ocr(c, body)
        return body
    if v == 1:
        lib = c.L(
            de="Deutsche Nationalbibliothek – Pflichtablieferung",
            at="Österreichische Nationalbibliothek – Pflichtexemplare",
            ch="Schweizerische Nationalbibliothek – Helvetica",
            fr="BnF – Dépôt légal éditeurs",
            frch="Bibliothèque nationale suisse – Helvetica",
            it="Biblioteca Nazionale Centrale – Deposito legale",
            itch="Biblioteca nazionale svizzera – Helvetica",
            gb="Legal Deposit Office",
            us="U.S. Copyright Office",
        )
        rows = [
            (
                c.L(
                    de="Verlag (Selbstverlag)",
                    fr="Éditeur (autoédition)",
                    it="Editore (in proprio)",
                    en="Publisher (self)",
                ),
                c.N(me, "full"),
            ),
            (c.L(de="Anschrift", fr="Adresse", it="Indirizzo", en="Address"), home.one()),
            (c.L(de="Titel", fr="Titre", it="Titolo", en="Title"), title),
            ("ISBN", isbn),
            (
                c.L(de="Erscheinungsdatum", fr="Date de parution", it="Data di pubblicazione", en="Publication date"),
                c.d(-r.randint(5, 60)),
            ),
            (c.L(de="Anzahl Exemplare", fr="Nombre d'exemplaires", it="Copie", en="Copies"), str(c.ch([1, 2, 2]))),
            (
                c.L(de="Ansprechperson", fr="Contact", it="Referente", en="Contact"),
                f"{c.N(me, 'full')}, {c.anyphone()}, {c.em(me)}",
            ),
        ]
        if c.p(0.5):
            ill = c.person()
            rows.insert(
                3,
                (
                    c.L(de="Illustrationen", fr="Illustrations", it="Illustrazioni", en="Illustrations"),
                    c.N(ill, "full"),
                ),
            )
        head = c.L(
            de=f"An: {lib}\nAblieferungsschein",
            fr=f"À : {lib}\nDéclaration de dépôt légal",
            it=f"A: {lib}\nModulo di deposito",
            en=f"To: {lib}\nDeposit form",
        )
        clerk = c.person()
        ack = c.L(
            de=f"Eingang bestätigt am {c.d(0)}, {c.N(clerk, 'ini')}",
            fr=f"Reçu le {c.d(0)} – {c.N(clerk, 'ini')}",
            it=f"Ricevuto il {c.d(0)} – {c.N(clerk, 'ini')}",
            en=f"Received {c.d(0)} – {c.N(clerk, 'ini')}",
        )
        body = f"{head}\n\n{form(c, rows)}\n\n{ack}"
        if c.p(0.35):
            body = ocr(c, body)
        return body
    if v == 2:
        agent = c.person(age=(22, 45))
        coa = c.person(age=(24, 84))
        ticket = c.ref("#", 6)
        me_e = c.em(me)
        msg = c.L(
            de=f"für „{title}“ (ISBN {isbn}, Pseudonym {mk('PERSON', pen)}) fehlt die Tantiemenabrechnung für das "
            "zweite "
            f"Quartal. Bitte überweisen Sie künftig auf meine neue IBAN {c.ib() if c.cc != 'US' else ''}. Meine "
            f"Co-Autorin/mein Co-Autor {c.N(coa, 'full')} ({c.em(coa)}) erhält 40 %, IBAN "
            f"{c.ib() if c.cc != 'US' else ''}.",
            fr=f"pour « {title} » (ISBN {isbn}, pseudonyme {mk('PERSON', pen)}), le relevé du 2e trimestre manque. "
            f"Merci de verser désormais sur mon nouvel IBAN {c.ib()}. Mon co-auteur {c.N(coa, 'full')} "
            f"({c.em(coa)}) reçoit 40 %, IBAN {c.ib()}.",
            it=f"per «{title}» (ISBN {isbn}, pseudonimo {mk('PERSON', pen)}) manca il rendiconto del secondo "
            "trimestre. "
            f"D'ora in poi vi prego di accreditare sul nuovo IBAN {c.ib()}. Il coautore {c.N(coa, 'full')} "
            f"({c.em(coa)}) riceve il 40 %, IBAN {c.ib()}.",
            en=f"The Q2 royalty statement for '{title}' (ISBN {isbn}, pen name {mk('PERSON', pen)}) is missing. Please "
            "pay "
            f"future royalties to my new account, IBAN {c.ib()}. My co-author {c.N(coa, 'full')} ({c.em(coa)}) gets "
            f"40 %, IBAN {c.ib()}.",
            us=f"The Q2 royalty statement for '{title}' (ISBN {isbn}, pen name {mk('PERSON', pen)}) is missing. My "
            f"co-author {c.N(coa, 'full')} ({c.em(coa)}) gets 40 %; please pay her share via Zelle to {c.em(coa)}.",
        )
        if c.lang == "de":
            msg = msg.replace("Meine Co-Autorin/mein Co-Autor", "Meine Co-Autorin" if coa.g == "f" else "Mein Co-Autor")
        if c.lang == "fr" and coa.g == "f":
            msg = msg.replace("Mon co-auteur", "Ma co-autrice")
        if c.lang == "it" and coa.g == "f":
            msg = msg.replace("Il coautore", "La coautrice")
        if c.loc == "en_US" and coa.g == "m":
            msg = msg.replace("her share", "his share")
        ans = c.L(
            de=f"Hallo {c.N(me, 'first')},\ndanke für deine Nachricht. Ich habe das an die Buchhaltung weitergegeben.",
            fr=f"Bonjour {c.N(me, 'first')},\nmerci pour votre message, je transmets au service comptable.",
            it=f"Ciao {c.N(me, 'first')},\ngrazie, ho girato la richiesta all'amministrazione.",
            en=f"Hi {c.N(me, 'first')},\nThanks for getting in touch – I've passed this to our accounts team.",
        )
        hdr = mailhdr(
            c,
            f"{c.N(agent, 'first')} ({plat}) <support@{dom}>",
            who(c, me, me_e),
            f"Re: [{ticket}] " + c.L(de="Tantiemen", fr="droits d'auteur", it="royalty", en="royalties"),
        )
        return (
            f"{hdr}\n\n{ans}\n\n{c.N(agent, 'first')} – Support\n\n{quote_intro(c, me, -3)}\n"
            f"{quoted(greet(c, None) + chr(10) + msg + chr(10) + chr(10) + bye(c) + chr(10) + c.N(me, 'full'))}"
        )
    recs = []
    for _ in range(r.randint(3, 6)):
        q = c.person(age=(24, 84))
        recs.append(
            {
                "author_id": c.ref("A", 6),
                "name": c.N(q, "full"),
                "pen_name": mk("PERSON", f"{c.ch(['Anna', 'Jules', 'Mara', 'Leo', 'Nora'])} {c.ch(sw and [sw])}")
                if c.p(0.3)
                else "",
                "email": c.em(q),
                "isbn": isbn13(c),
                "title": _book(c),
                "units": r.randint(0, 400),
                "royalty": c.money(0, 900),
                "payout": c.iban_raw() if c.cc != "US" else "ACH",
            }
        )
        if recs[-1]["payout"] != "ACH":
            recs[-1]["payout"] = mk("IBAN", recs[-1]["payout"])
    seen_pen: set[str] = set()
    for x in recs:
        if x["pen_name"] and vis(x["pen_name"]) in seen_pen:
            x["pen_name"] = ""
        seen_pen.add(vis(x["pen_name"]))
    fmt = c.ch(["csv", "json", "semi"])
    if fmt == "json":
        return to_json(c, {"statement": f"Q{r.randint(1, 4)}/2026", "platform": plat, "lines": recs})
    keys = list(recs[0].keys())
    return table(c, keys, [[str(x[k]) for k in keys] for x in recs], "csv" if fmt == "csv" else "semi")


# ---------------------------------------------------------------------------------------------------------------
# 12. laundry - shared laundry-room rotas, booking systems and house chats
# ---------------------------------------------------------------------------------------------------------------

WEEKDAYS = {
    "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
}


def _unit(c: Ctx, i: int) -> str:
    return c.L(
        de=f"Whg. {i}", at=f"Top {i}", ch=f"Whg. {i}", fr=f"appt {i}", it=f"int. {i}", en=f"Flat {i}", us=f"Apt {i}"
    )


def g_laundry(c: Ctx, v: int) -> str:
    r = c.r
    bld = c.addr(local=1.0, extra=0.0, biz=True)
    bld.street = re.sub(r"^Unit \d+, |, Suite \d+$", "", bld.street)
    care = c.person(age=(35, 66))
    f_ = care.g == "f"
    care_w = c.L(
        de="Hausmeisterin" if f_ else "Hausmeister",
        at="Hausbesorgerin" if f_ else "Hausbesorger",
        ch="Hauswartin" if f_ else "Hauswart",
        fr="Gardienne" if f_ else "Gardien",
        it="Custode",
        en="Caretaker",
        us="Super",
    )
    mgmt = c.L(
        de=["Hausverwaltung Lindenhof GmbH", "WBG Am Park eG"],
        at=["Hausverwaltung Steiner & Söhne"],
        ch=["Verwaltung Seeblick AG", "Wohnbaugenossenschaft Sonnenhalde"],
        fr=["Cabinet Foncia Centre", "OPH Habitat 21"],
        frch=["Régie du Rhône SA", "Gérance Bellerive Sàrl"],
        it=["Studio Amministrazioni Aurora"],
        itch=["Amministrazione stabili Ceresio SA"],
        gb=["Parkside Lettings Ltd"],
        us=["Metro Realty Group"],
    )
    residents = [c.person(age=(20, 88)) for _ in range(r.randint(6, 10))]
    if v == 0:
        days = WEEKDAYS[c.lang]
        slots = c.L(
            de=("07–12 Uhr", "12–17 Uhr", "17–21 Uhr"),
            fr=("7h–12h", "12h–17h", "17h–21h"),
            it=("7–12", "12–17", "17–21"),
            en=("7am–12", "12–5pm", "5–9pm"),
        )
        cells = [(i, j) for i in range(len(slots)) for j in range(len(days))]
        r.shuffle(cells)
        grid = [["—"] * len(days) for _ in slots]
        k = 0
        for q in residents:
            for _n in range(c.ch([1, 1, 2])):
                if k >= len(cells):
                    break
                i, j = cells[k]
                k += 1
                pre = c.L(de=["Fam. ", "", ""], fr=["Famille ", "", "M. et Mme "], it=["Fam. ", ""], en=[""])
                grid[i][j] = pre + mk("PERSON", q.last)
        rows = [[sl, *grid[i]] for i, sl in enumerate(slots)]
        head = c.L(
            de=f"Waschküchenplan {bld.street}",
            ch=f"Waschküchenordnung {bld.street}",
            fr=f"Planning buanderie – {bld.street}",
            frch=f"Plan de la buanderie – {bld.street}",
            it=f"Turni lavanderia – {bld.street}",
            en=f"Laundry room rota – {bld.street}",
            us=f"Laundry room schedule – {bld.street}",
        )
        head = head.replace(bld.street, bld.s)
        rules = c.L(
            de="Nach Gebrauch Flusensieb reinigen und Maschine offen lassen. Sonntag ist Ruhetag.",
            ch="Nach dem Waschen Sieb reinigen, Boden aufnehmen. Sonntags kein Waschen.",
            fr="Merci de nettoyer le filtre après usage. Pas de lessive le dimanche.",
            it="Pulire il filtro dopo l'uso. La domenica la lavanderia è chiusa.",
            en="Please clean the lint filter after use. No laundry on Sundays.",
        )
        contact = c.L(
            de=f"Bei Störungen: {care_w} {c.N(care, 'full')}, {c.mob()}",
            fr=f"En cas de panne : {care_w} {c.N(care, 'full')}, {c.mob()}",
            it=f"Guasti: {care_w} {c.N(care, 'full')}, {c.mob()}",
            en=f"Faults: {care_w} {c.N(care, 'full')}, {c.mob()}",
        )
        mg = c.bizaddr()
        body = (
            f"{head}\n{bld.c}\n\n{table(c, [''] + days, rows, c.ch(['md', 'mdpad', 'fixed']))}\n\n{rules}\n{contact}\n"
            f"{mgmt}, {mg.one()}, {c.tel(mg.t)}"
        )
        if c.p(0.35):
            body = ocr(c, body)
        return body
    if v == 1:
        staff = c.person()
        mg = c.bizaddr()
        dom = (
            slug(mgmt.split(" ")[0] + mgmt.split(" ")[1])
            + {"DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr", "IT": ".it", "GB": ".co.uk", "US": ".com"}[c.cc]
        )
        lst = "\n".join(
            f"- {c.N(q, c.ch(['lf', 'full']))} ({_unit(c, i + 1)})" for i, q in enumerate(residents[: r.randint(3, 6)])
        )
        letter = "\n".join(
            [
                mgmt,
                mg.one(),
                "",
                c.L(
                    de="An alle Mietparteien",
                    fr="À tous les locataires",
                    it="A tutti i condomini",
                    en="To all residents",
                ),
                bld.one(),
                "",
                place_date(c),
                "",
                c.L(
                    de="Neues Buchungssystem für die Waschküche",
                    fr="Nouveau système de réservation de la buanderie",
                    it="Nuovo sistema di prenotazione della lavanderia",
                    en="New booking system for the laundry room",
                ),
                "",
                c.L(
                    de=f"ab dem {c.d(14)} wird die Waschküche über Chip und App gebucht. Folgende Parteien haben ihren "
                    "Chip "
                    "noch nicht abgeholt:",
                    fr=f"à partir du {c.d(14)}, la buanderie se réserve par badge et application. Les locataires "
                    "suivants "
                    "n'ont pas encore retiré leur badge :",
                    it=f"dal {c.d(14)} la lavanderia si prenota con chiave elettronica e app. Non hanno ancora "
                    "ritirato la "
                    "chiave:",
                    en=f"From {c.d(14)} the laundry room is booked with a key fob and app. The following residents "
                    "have not "
                    "yet collected their fob:",
                ),
                lst,
                "",
                c.L(
                    de=f"Ausgabe durch {care_w} {c.N(care, 'full')} ({c.mob()}), Mo und Do 17–19 Uhr.",
                    fr=f"Remise par {c.N(care, 'full')} ({c.mob()}), lundi et jeudi de 17h à 19h.",
                    it=f"Consegna: {c.N(care, 'full')} ({c.mob()}), lunedì e giovedì 17–19.",
                    en=f"Collect from {c.N(care, 'full')} ({c.mob()}), Mon and Thu 5–7pm.",
                ),
                "",
                bye(c),
                c.N(staff, "full"),
                f"{lbl(c, 'phone')} {c.tel(mg.t, din=c.p(0.4))}",
                c.em(staff, dom),
            ]
        )
        if c.p(0.3):
            letter = ocr(c, letter)
        return letter
    if v == 2:
        a, b, d_, e_ = residents[:4]
        tech = c.person()
        ms = [
            (
                c.N(a, c.ch(["first", "nick", "full"])),
                c.L(
                    de="wer hat seit gestern wäsche in maschine 2? 🙄",
                    fr="à qui le linge dans la machine 2 depuis hier ? 🙄",
                    it="di chi è il bucato nella lavatrice 2 da ieri? 🙄",
                    en="whose washing has been in machine 2 since yesterday? 🙄",
                ),
            ),
            (
                c.N(b, "first"),
                c.L(
                    de=f"ich glaube von {c.tn(d_, dative=True)}, {_unit(c, r.randint(1, 12))}",
                    fr=f"je crois que c'est à {c.tn(d_)}, {_unit(c, r.randint(1, 12))}",
                    it=f"credo sia della {c.tn(d_)}" if d_.g == "f" else f"credo sia del {c.tn(d_)}",
                    en=f"think it's {c.tn(d_)}'s, {_unit(c, r.randint(1, 12))}",
                ),
            ),
            (
                c.N(d_, "first"),
                c.L(
                    de="sorry!! hol ich gleich",
                    fr=f"{'désolée' if d_.g == 'f' else 'désolé'} !! j'arrive",
                    it="scusate!! scendo subito",
                    en="sorry!! coming down now",
                ),
            ),
            (
                c.N(e_, "first"),
                c.L(
                    de=f"trockner piept wieder. {'technikerin' if tech.g == 'f' else 'techniker'} "
                    f"{c.N(tech, 'full')} kommt do, nummer {c.anyphone()}",
                    fr=f"le sèche-linge bipe encore. {'la technicienne' if tech.g == 'f' else 'le technicien'} "
                    f"{c.N(tech, 'full')} passe jeudi : {c.anyphone()}",
                    it=f"l'asciugatrice suona di nuovo. {'la tecnica' if tech.g == 'f' else 'il tecnico'} "
                    f"{c.N(tech, 'full')} viene giovedì: {c.anyphone()}",
                    en=f"dryer beeping again. engineer {c.N(tech, 'full')} coming thu, number {c.anyphone()}",
                ),
            ),
            (
                c.N(a, "first"),
                c.L(
                    de=f"und eine socke gefunden, liegt bei mir vor der tür ({bld.s})",
                    fr=f"et une chaussette trouvée, devant ma porte ({bld.s})",
                    it=f"trovato un calzino, è davanti alla mia porta ({bld.s})",
                    en=f"also found a sock, it's outside my door ({bld.s})",
                ),
            ),
        ]
        head = c.L(
            de=f"Hausgruppe {bld.street}".replace(bld.street, bld.s),
            fr=f"Groupe immeuble {bld.s}",
            it=f"Gruppo condominio {bld.s}",
            en=f"{bld.s} residents",
        )
        return f"{head}\n\n{chat(c, ms, lower=c.p(0.55))}"
    recs = []
    units = {q.uid: _unit(c, i + 1) for i, q in enumerate(residents)}
    day = c.today
    for _ in range(r.randint(5, 9)):
        q = r.choice(residents)
        day += dt.timedelta(days=c.ch([0, 0, 1]))
        t = dt.datetime.combine(day, dt.time(r.randint(7, 19), c.ch([0, 30])))
        recs.append(
            {
                "booking": c.ref("", 6),
                "resident": c.N(q, "full"),
                "unit": units[q.uid],
                "email": c.em(q),
                "slot": t.strftime("%Y-%m-%d %H:%M"),
                "machine": c.ch(["WM1", "WM2", "TR1", "Miele PW 5082", "Electrolux W5"]),
                "fob": c.ref("", 8),
                "app_ip": c.ip() if c.p(0.7) else "",
            }
        )
    recs.sort(key=lambda x: x["slot"])
    fmt = c.ch(["json", "csv", "md"])
    if fmt == "json":
        return to_json(c, {"building": bld.one(), "bookings": recs})
    keys = list(recs[0].keys())
    return f"{bld.one()}\n\n" + table(
        c, keys, [[str(x[k]) for k in keys] for x in recs], "csv" if fmt == "csv" else "md"
    )


# ---------------------------------------------------------------------------------------------------------------
# 13. soletrader - sole-trader business registrations and assumed-name filings
# ---------------------------------------------------------------------------------------------------------------


def _trade(c: Ctx) -> tuple[str, str]:
    return c.ch(
        c.L(
            de=(
                [
                    ("Fahrradwerkstatt Speiche", "Reparatur und Verkauf von Fahrrädern"),
                    ("Grafikbüro Kontur", "Grafikdesign und Webgestaltung"),
                    ("Hundesalon Wuschel", "Hundepflege"),
                    ("Näherei Fadenlauf", "Änderungsschneiderei"),
                    ("Café Bohne & Blatt", "Ausschank alkoholfreier Getränke"),
                    ("IT-Service Byteweise", "EDV-Dienstleistungen"),
                    ("Gartenpflege Grünschnitt", "Garten- und Landschaftspflege"),
                ],
            ),
            fr=(
                [
                    ("Atelier Rayon Vert", "réparation de vélos"),
                    ("Studio Contour", "graphisme et création web"),
                    ("Toilettage Frimousse", "toilettage canin"),
                    ("Retouches Fil d'Or", "retouches de vêtements"),
                    ("Le Petit Torréfacteur", "torréfaction et vente de café"),
                    ("Octet Services", "assistance informatique"),
                ],
            ),
            it=(
                [
                    ("Ciclofficina La Ruota", "riparazione biciclette"),
                    ("Studio Grafico Contorno", "grafica e siti web"),
                    ("Toelettatura Batuffolo", "toelettatura cani"),
                    ("Sartoria Filo d'Oro", "riparazioni sartoriali"),
                    ("Bottega del Caffè", "torrefazione"),
                    ("Bit & Byte Assistenza", "assistenza informatica"),
                ],
            ),
            en=(
                [
                    ("Spoke & Chain Cycles", "bicycle repair and sales"),
                    ("Outline Design Studio", "graphic and web design"),
                    ("Waggy Tails Grooming", "dog grooming"),
                    ("Golden Thread Alterations", "clothing alterations"),
                    ("Bean There Coffee Cart", "mobile coffee"),
                    ("ByteWise IT Help", "IT support"),
                ],
            ),
        )[0]
    )


def g_soletrader(c: Ctx, v: int) -> str:
    r = c.r
    me = c.person(age=(19, 66))
    home = c.addr(local=0.8)
    biz, act = _trade(c)
    ba = c.bizaddr() if c.p(0.6) else home
    start = c.d(r.randint(5, 60))
    office = c.L(
        de=f"Stadt {c.home[0]} – Gewerbeamt",
        at=f"Bezirkshauptmannschaft / Magistrat {c.home[0]} – Gewerbereferat",
        ch="Handelsregisteramt des Kantons",
        fr="Guichet unique – formalités des entreprises",
        frch="Registre du commerce du canton",
        it=f"Camera di Commercio – Registro delle imprese ({c.home[0]})",
        itch="Ufficio del registro di commercio",
        gb="HMRC – registering as self-employed (notes)",
        us=f"{c.home[0]} County Clerk – Assumed Name (DBA) Filing",
    )
    if v == 0:
        rows = [
            (
                c.L(de="Familienname", fr="Nom de naissance", it="Cognome", en="Surname", us="Owner's last name"),
                mk("PERSON", me.last),
            )
        ]
        if c.lang in ("de", "fr") and me.g == "f" and c.p(0.4):
            spouse = c.person(g="m", kind="region")
            rows = [
                (c.L(de="Familienname", fr="Nom d'usage"), mk("PERSON", spouse.last)),
                (c.L(de="Geburtsname", fr="Nom de naissance"), mk("PERSON", me.last)),
            ]
        rows += [
            (c.L(de="Vornamen", fr="Prénoms", it="Nome", en="Forenames", us="First name"), mk("PERSON", me.first)),
            (lbl(c, "dob"), c.dob(me)),
            (
                c.L(de="Geburtsort", fr="Lieu de naissance", it="Luogo di nascita", en="Place of birth"),
                c.ch(TOWN_TABLE[c.ch(list(TOWN_TABLE))])[0],
            ),
            (
                c.L(de="Staatsangehörigkeit", fr="Nationalité", it="Cittadinanza", en="Nationality"),
                c.L(
                    de=["deutsch", "türkisch", "polnisch", "italienisch"],
                    at=["österreichisch", "kroatisch", "rumänisch"],
                    ch=["Schweiz", "Portugal", "Kosovo", "Italien"],
                    fr=["française", "portugaise", "marocaine"],
                    frch=["suisse", "portugaise", "française"],
                    it=["italiana", "rumena", "albanese"],
                    itch=["svizzera", "italiana"],
                    en=["British", "Irish", "Polish"],
                    us=["US citizen"],
                ),
            ),
        ]
        if c.cc == "CH":
            rows.append((c.L(de="AHV-Nummer", fr="N° AVS", it="N. AVS"), c.ahv()))
        rows += [
            (c.L(de="Wohnanschrift", fr="Adresse personnelle", it="Residenza", en="Home address"), home.one()),
            (lbl(c, "phone"), c.anyphone()),
            (lbl(c, "email"), c.em(me)),
            (
                c.L(de="Geschäftsbezeichnung", fr="Nom commercial", it="Insegna", en="Trading name", us="Assumed name"),
                biz,
            ),
            (
                c.L(
                    de="Betriebsstätte", fr="Adresse de l'établissement", it="Sede dell'attività", en="Business address"
                ),
                ba.one()
                if ba is not home
                else c.L(de="wie Wohnanschrift", fr="domicile", it="presso la residenza", en="as home address"),
            ),
            (c.L(de="Tätigkeit", fr="Activité", it="Attività", en="Business activity"), act),
            (c.L(de="Beginn", fr="Date de début", it="Data di inizio", en="Start date"), start),
        ]
        if c.cc != "US" and c.p(0.6):
            rows.append(
                (
                    c.L(
                        de="Geschäftskonto (IBAN)",
                        fr="IBAN professionnel",
                        it="IBAN conto dedicato",
                        en="Business account (IBAN)",
                    ),
                    c.ib(),
                )
            )
        head = c.L(
            de="Gewerbe-Anmeldung (GewA 1)",
            at="Gewerbeanmeldung (GISA)",
            ch="Anmeldung Einzelunternehmen",
            fr="Déclaration de début d'activité – micro-entrepreneur",
            frch="Réquisition d'inscription – raison individuelle",
            it="Comunicazione di inizio attività – ditta individuale",
            itch="Notifica ditta individuale",
            gb="Sole trader – registration details",
            us="Certificate of Assumed Name",
        )
        body = f"{office}\n{head}\n\n{form(c, rows)}\n\n{place_date(c)}   {lbl(c, 'sign')}: {c.N(me, 'full')}"
        if c.p(0.35):
            body = ocr(c, body)
        return body
    if v == 1:
        rows = []
        for _ in range(r.randint(5, 8)):
            q = c.person(age=(19, 66))
            b_, a_ = _trade(c)
            ad = c.addr(local=0.9)
            rows.append(
                [c.ref("", 6), c.N(q, c.ch(["lf", "LF"])), c.dob(q, c.shape), b_, ad.one(), c.d(-r.randint(0, 20))]
            )
        heads = c.L(
            de=("Vorgang", "Inhaber/in", "Geb.", "Bezeichnung", "Betriebsstätte", "Eingang"),
            fr=("Dossier", "Exploitant", "Né(e) le", "Nom commercial", "Établissement", "Reçu"),
            it=("Pratica", "Titolare", "Nato/a", "Insegna", "Sede", "Ricevuta"),
            en=("Ref", "Owner", "DOB", "Trading name", "Premises", "Received"),
        )
        a, b = c.person(), c.person()
        q = c.person(age=(19, 66))
        ms = [
            (
                c.N(a, "first"),
                c.L(
                    de=f"bei {c.tn(q, dative=True)} fehlt die Unterschrift, Handy laut Formular {c.mob()}",
                    fr=f"il manque la signature de {c.tn(q)}, portable : {c.mob()}",
                    it=f"manca la firma di {c.N(q, 'full')}, cellulare {c.mob()}",
                    en=f"{c.tn(q)}'s form isn't signed – mobile on the form {c.mob()}",
                ),
            ),
            (
                c.N(b, "first"),
                c.L(
                    de=f"schreib ihm/ihr an {c.em(q)}",
                    fr=f"écris-lui à {c.em(q)}",
                    it=f"scrivigli a {c.em(q)}",
                    en=f"email them at {c.em(q)}",
                ),
            ),
        ]
        if c.lang == "de":
            ms[1] = (ms[1][0], ms[1][1].replace("ihm/ihr", "ihm" if q.g == "m" else "ihr"))
        if c.lang == "it" and q.g == "f":
            ms[1] = (ms[1][0], ms[1][1].replace("scrivigli", "scrivile"))
        return f"{office} – {c.d(0)}\n\n{table(c, heads, rows)}\n\n{chat(c, ms)}"
    if v == 2:
        adv = c.person(age=(30, 64))
        adom = c.L(
            de="gruendungsberatung-" + town_slug(c) + ".de",
            at="gruenderservice-" + town_slug(c) + ".at",
            ch="startup-" + town_slug(c) + ".ch",
            fr="cci-" + town_slug(c) + ".fr",
            frch="ccif-" + town_slug(c) + ".ch",
            it="cciaa-" + town_slug(c) + ".it",
            itch="cc-ti.ch",
            gb="enterprise-" + town_slug(c) + ".org.uk",
            us="sbdc-" + town_slug(c) + ".org",
        )
        ae = c.em(adv, adom)
        helper = c.kin(me, gap=(-8, 8)) if c.p(0.5) else c.person()
        q_txt = "\n".join(
            [
                greet(c, me),
                c.L(
                    de=f"für Ihre Anmeldung „{biz}“ fehlen noch das Geburtsdatum, die Anschrift der Betriebsstätte und "
                    "ein "
                    "Geschäftskonto. Bitte melden Sie auch mithelfende Familienangehörige.",
                    fr=f"pour votre dossier « {biz} », il manque la date de naissance, l'adresse de l'établissement et "
                    "un IBAN "
                    "professionnel. Merci d'indiquer aussi le conjoint collaborateur le cas échéant.",
                    it=f"per la pratica «{biz}» mancano data di nascita, indirizzo della sede e IBAN del conto "
                    "dedicato; "
                    "indichi anche eventuali collaboratori familiari.",
                    en=f"For '{biz}' we still need your date of birth, the business address and a business bank "
                    "account, plus "
                    "details of anyone helping in the business.",
                ),
                "",
                bye(c),
                c.N(adv, "full"),
                f"{lbl(c, 'phone')} {c.tel(din=c.p(0.5))}",
                ae,
            ]
        )
        rep_rows = [
            (lbl(c, "dob"), c.dob(me)),
            (c.L(de="Betriebsstätte", fr="Établissement", it="Sede", en="Premises"), ba.one()),
            (
                lbl(c, "iban") if c.cc != "US" else "Bank",
                c.ib() if c.cc != "US" else "checking account ending " + str(r.randint(1000, 9999)),
            ),
            (
                c.L(de="Mithelfend", fr="Collaborateur", it="Collaboratore", en="Helping"),
                f"{c.N(helper, 'full')}, {cue_dob(c, helper)}, {c.mob()}",
            ),
        ]
        hdr = mailhdr(c, who(c, me, c.em(me)), who(c, adv, ae), f"Re: {biz}")
        return (
            f"{hdr}\n\n{greet(c, adv)}\n"
            + c.L(
                de="hier die fehlenden Angaben:",
                fr="voici les informations manquantes :",
                it="ecco i dati mancanti:",
                en="Here are the missing details:",
            )
            + "\n\n"
            f"{form(c, rep_rows)}\n\n{bye(c)}\n{c.N(me, 'full')}\n\n{quote_intro(c, adv, -2)}\n{quoted(q_txt)}"
        )
    rec = {
        "application": {
            "id": c.ref("GA", 8),
            "submitted": f"{c.iso(-r.randint(0, 9))}T{r.randint(6, 23):02d}:{r.randint(0, 59):02d}:00",
            "ip": c.ip(),
        },
        "owner": {
            "surname": mk("PERSON", me.last),
            "forenames": mk("PERSON", me.first),
            "dob": c.dob(me, "iso"),
            "address": {"street": home.s, "city": home.c},
            "phone": c.anyphone(),
            "email": c.em(me),
        },
        "business": {"name": biz, "activity": act, "premises": {"street": ba.s, "city": ba.c}, "start": start},
    }
    if c.cc == "CH":
        rec["owner"]["ahv"] = c.ahv()
    if c.cc != "US" and c.p(0.5):
        rec["business"]["iban"] = c.ib()
    fmt = c.ch(["json", "yaml", "xml"])
    if fmt == "json":
        return to_json(c, rec)
    if fmt == "yaml":
        return to_yaml(rec)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + to_xml("registration", rec)


# ---------------------------------------------------------------------------------------------------------------
# Resolution, checks and driver
# ---------------------------------------------------------------------------------------------------------------

MARK_TYPE = {v: k for k, v in MS.items()}
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")


def resolve(marked: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    ents: list[dict] = []
    cur: tuple[str, int] | None = None
    pos = 0
    for ch in marked:
        if ch in MARK_TYPE:
            assert cur is None, "nested marker"
            cur = (MARK_TYPE[ch], pos)
        elif ch == ME:
            assert cur is not None, "stray end marker"
            ents.append({"type": cur[0], "start": cur[1], "end": pos})
            cur = None
        else:
            out.append(ch)
            pos += 1
    assert cur is None, "unclosed marker"
    text = "".join(out)
    for e in ents:
        e["text"] = text[e["start"] : e["end"]]
    return text, ents


class Reject(Exception):
    pass


def check(text: str, ents: list[dict]) -> None:
    """Hard assertions (bugs) and consistency checks (Reject -> the document is drawn again)."""
    import ipaddress

    assert not MARK_RE.search(text)
    prev_end = -1
    for e in ents:
        s, t = e["start"], e["end"]
        assert text[s:t] == e["text"], e
        assert e["text"] and e["text"] == e["text"].strip(), e
        assert s >= prev_end, ("overlap", e)
        prev_end = t
        v = e["text"]
        if e["type"] == "PERSON":
            assert not re.search(r"\d", v), e
        elif e["type"] == "IBAN":
            assert iban_ok(v), e
        elif e["type"] == "CARD":
            assert luhn_ok(v), e
        elif e["type"] == "AHV":
            dg = re.sub(r"\D", "", v)
            assert dg.startswith("756") and len(dg) == 13 and ahv_check(dg[:12]) == dg[12], e
        elif e["type"] == "EMAIL":
            assert EMAIL_RE.match(v), e
        elif e["type"] == "IP":
            assert ipaddress.ip_address(v).is_global, e
        elif e["type"] == "PHONE":
            assert len(re.sub(r"\D", "", v)) >= 6, e
    for a, b in zip(ents, ents[1:], strict=False):
        if a["type"] == b["type"] == "PERSON" and text[a["end"] : b["start"]] == " ":
            raise Reject(f"split name {a['text']!r} {b['text']!r}")
    chars = list(text)
    for e in ents:
        for k in range(e["start"], e["end"]):
            chars[k] = "\x00"
    unl = "".join(chars)
    for e in ents:
        if e["type"] == "PERSON":
            for w in re.findall(r"\w{3,}", e["text"]):
                if w.lower() in PARTICLES:
                    continue
                if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", unl):
                    raise Reject(f"name word {w!r} unlabelled")
        elif len(e["text"]) >= 5 and e["text"] in unl:
            raise Reject(f"value {e['text']!r} unlabelled")


GENRES = [
    ("consultation", g_consultation),
    ("openmic", g_openmic),
    ("noisediary", g_noisediary),
    ("radon", g_radon),
    ("archive", g_archive),
    ("ideas", g_ideas),
    ("medplan", g_medplan),
    ("sortition", g_sortition),
    ("postalvote", g_postalvote),
    ("dormant", g_dormant),
    ("selfpub", g_selfpub),
    ("laundry", g_laundry),
    ("soletrader", g_soletrader),
]


def build(locale: str, genre: str, i: int, fn) -> tuple[dict, int]:
    for k in range(40):
        key = f"{SEED}|{genre}|{i}" + (f"|retry{k}" if k else "")
        seed = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big")
        c = Ctx(random.Random(seed), locale, genre)
        body = fn(c, i % 4)
        doc = wrap(c, body)
        x = c.r.random()
        if x < 0.03:
            doc = recase(doc, str.lower)
        elif x < 0.04:
            doc = recase(doc, str.upper)
        if locale == "de_CH":
            doc = doc.replace("ß", "ss")
        text, ents = resolve(doc)
        try:
            check(text, ents)
        except Reject as err:
            if "--debug" in sys.argv:
                print(f"retry {genre} {i} {locale}: {err}", file=sys.stderr)
            continue
        rec = {
            "id": f"{SEED}-{genre}-{i:03d}",
            "locale": locale,
            "lang": locale[:2],
            "genre": genre,
            "variant": i % 4,
            "text": text,
            "entities": ents,
        }
        return rec, k
    raise RuntimeError(f"could not build {genre} {i} {locale}")


def all_docs() -> tuple[list[dict], int]:
    locs = [loc for loc, n in LOCALE_QUOTA.items() for _ in range(n)]
    random.Random(int.from_bytes(hashlib.sha256(f"{SEED}|locales".encode()).digest()[:8], "big")).shuffle(locs)
    counters: Counter[str] = Counter()
    docs, retries = [], 0
    for k, loc in enumerate(locs):
        name, fn = GENRES[k % len(GENRES)]
        i = counters[name]
        counters[name] += 1
        rec, nretry = build(loc, name, i, fn)
        retries += nretry > 0
        docs.append(rec)
    return docs, retries


def stats(docs: list[dict]) -> str:
    by_lang = Counter(d["lang"] for d in docs)
    by_loc = Counter(d["locale"] for d in docs)
    by_type = Counter(e["type"] for d in docs for e in d["entities"])
    tl = Counter((e["type"], d["lang"]) for d in docs for e in d["entities"])
    vl = Counter(d["lang"] for d in docs for _e in d["entities"])
    lines = [
        f"documents: {len(docs)}  " + ", ".join(f"{k} {v}" for k, v in sorted(by_lang.items())),
        "locales: " + ", ".join(f"{k} {v}" for k, v in sorted(by_loc.items())),
        f"values: {sum(by_type.values())}  " + ", ".join(f"{k} {v}" for k, v in by_type.most_common()),
        "values per language: " + ", ".join(f"{k} {vl[k]}" for k in ("de", "fr", "it", "en")),
    ]
    for t, _n in by_type.most_common():
        lines.append(f"  {t}: " + " / ".join(str(tl[(t, lg)]) for lg in ("de", "fr", "it", "en")))
    g = Counter(d["genre"] for d in docs)
    lines.append("genres: " + ", ".join(f"{k} {v}" for k, v in g.items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--stats", action="store_true", help="print counts, write nothing")
    ap.add_argument("--show", type=int, default=0, help="print N documents with their labels, write nothing")
    ap.add_argument("--genre", default=None)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--debug", action="store_true", help="print the documents drawn again")
    args = ap.parse_args(argv)
    docs, retries = all_docs()
    for d in docs:
        check(d["text"], d["entities"])
    if args.show:
        sel = [d for d in docs if args.genre in (None, d["genre"])][args.offset : args.offset + args.show]
        for d in sel:
            print("=" * 100)
            print(d["id"], d["locale"])
            print(d["text"])
            print("-" * 40)
            for e in d["entities"]:
                print(f"  {e['type']:8} {e['text']!r}")
        return 0
    print(stats(docs))
    print(f"documents drawn again: {retries}")
    if args.stats:
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
